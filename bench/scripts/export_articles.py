#!/usr/bin/python3
"""Export a corpus folder to JSON Lines (id, title, body, date, places, source) for the peer engines.

Reads the files our indexer reads, the same simple way: Reuters-21578 SGML records (title, dateline + body,
DATE, PLACES) and plain-text files (first non-empty line is the title, the rest the body). No extraction:
peers index title + body only. Files our indexer skipped are left out when its build output is given.
Usage: export_articles.py CORPUS_DIR [--include GLOB] [--skipped-in BUILD_OUTPUT] > out.jsonl
"""
import argparse
import fnmatch
import html
import json
import os
import re
import sys
from datetime import datetime

RECORD = re.compile(r"<REUTERS([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(r'NEWID="([^"]*)"')
CODE = re.compile(r"<D>(.*?)</D>", re.S)
TAG = re.compile(r"<[^>]+>")
CONTROL = re.compile(r"&#(\d+);")
SPACE = re.compile(r"\s+")
PARAGRAPH_BREAK = re.compile(r"\n(?=[ \t]+\S)|\n\s*\n")
TRAILER = re.compile(r"\s*\bReut(?:er|ers)?\s*$")
# Files our indexer leaves out when no --include is given (README/LICENSE/CHANGELOG, dot-files).
SKIPPED_NAMES = re.compile(r"^(readme|license|licence|changelog)(\..*)?$", re.I)
SKIPPED_LINE = re.compile(r"^skipped (\S+?): ", re.M)  # "skipped reuters21578/x.txt: does not read as..."
TEXT_EXTENSIONS = {".txt", ".text"}
SGML_EXTENSIONS = {".sgm", ".sgml"}


def decode(data: bytes) -> str:
    # UTF-8, else Latin-1, as our reader does (one Reuters file has Latin-1 bytes).
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def unescape(value: str) -> str:
    value = CONTROL.sub(lambda m: "" if int(m.group(1)) < 32 or int(m.group(1)) == 127 else chr(int(m.group(1))), value)
    return html.unescape(value)


def element(content: str, name: str):
    start = content.find("<" + name)
    if start < 0:
        return None
    opened = content.find(">", start)
    closed = content.find("</" + name + ">", opened + 1)
    return None if opened < 0 or closed < 0 else content[opened + 1:closed]


def clean(value) -> str:
    return "" if value is None else SPACE.sub(" ", unescape(value)).strip().rstrip("-").strip()


def paragraphs(raw: str) -> str:
    text = unescape(raw).replace("\r\n", "\n")
    parts = (SPACE.sub(" ", p).strip() for p in PARAGRAPH_BREAK.split(text))
    return "\n".join(p for p in parts if p)


def reuters_date(value: str):
    # "26-FEB-1987 15:01:01.79" -> "1987-02-26"
    try:
        return datetime.strptime(value.split()[0].title(), "%d-%b-%Y").date().isoformat()
    except (ValueError, IndexError):
        return None


def read_reuters(path: str, relative: str):
    for position, record in enumerate(RECORD.finditer(decode(open(path, "rb").read())), start=1):
        attributes, content = record.group(1), record.group(2)
        text = element(content, "TEXT") or ""
        title = clean(element(text, "TITLE"))
        dateline = clean(element(text, "DATELINE"))
        raw_body = element(text, "BODY")
        body = paragraphs(raw_body if raw_body is not None else TAG.sub(" ", text))
        body = TRAILER.sub("", body).strip()
        if dateline:
            body = f"{dateline} - {body}"
        newid = NEWID.search(attributes)
        places = [clean(c) for c in CODE.findall(element(content, "PLACES") or "")]
        yield {
            "id": "reuters-" + newid.group(1) if newid else f"{relative}#{position}",
            "title": title,
            "body": body,
            "date": reuters_date(clean(element(content, "DATE"))),
            "places": [p for p in places if p],
            "source": f"{relative}#{position}",
        }


def read_text(path: str, relative: str):
    lines = decode(open(path, "rb").read()).replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return
    yield {"id": relative, "title": lines[0].strip(), "body": "\n".join(lines[1:]).strip(),
           "date": None, "places": [], "source": relative}


def corpus_files(root: str, includes):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            relative = os.path.relpath(os.path.join(folder, name), root)
            if includes:
                if not any(fnmatch.fnmatch(name if "/" not in g else relative, g) for g in includes):
                    continue
            elif name.startswith(".") or SKIPPED_NAMES.match(name):
                continue
            yield os.path.join(folder, name), relative


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--skipped-in", help="our indexer's build output; the files it skipped are skipped here too")
    args = parser.parse_args()
    skipped = set(SKIPPED_LINE.findall(open(args.skipped_in, encoding="utf-8").read())) if args.skipped_in else set()
    count = 0
    out = sys.stdout
    for path, relative in corpus_files(args.corpus, args.include):
        if relative.replace(os.sep, "/") in skipped:
            continue
        extension = os.path.splitext(path)[1].lower()
        reader = read_reuters if extension in SGML_EXTENSIONS else read_text if extension in TEXT_EXTENSIONS else None
        if reader is None:
            continue  # formats our indexer does not read either (.ann, .tml, .tsv, CoNLL columns)
        for article in reader(path, relative):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
            count += 1
    print(f"exported {count} articles from {args.corpus}", file=sys.stderr)


if __name__ == "__main__":
    main()
