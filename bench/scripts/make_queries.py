#!/usr/bin/python3
"""Generate the query set, deterministically, from an exported corpus's own vocabulary.

Kinds: single terms (common, medium and rare words), 2-3 word AND queries and quoted two-word phrases taken
from real articles (so most match), and filtered queries (location, a month's date range, or both) built from
an article's Reuters PLACES code and DATE. Our API gets the place as our gazetteer's canonical name (so "usa" is
sent as "United States"); peers get the code. Usage: make_queries.py ARTICLES.jsonl PLACES.txt > queries.jsonl
"""
import calendar
import json
import random
import re
import sys
from collections import Counter

SEED = 6  # issue 6: the same queries on every run and machine
WORD = re.compile(r"[a-z]{4,15}")
# Common English words, also most of Lucene's stop set: queries of only these say little about an engine.
STOP = set("""
a an and are as at be but by for if in into is it no not of on or such that the their then there these they this
to was will with from have has had were been said would also which about after more than other over some could
last year years week weeks told its mln dlrs pct billion shares share reuter reuters
""".split())


def words(text):
    return [w for w in WORD.findall(text.lower()) if w not in STOP]


def load_places(path):
    # Reuters code (or any alias) -> our canonical name, from the gazetteer the extraction uses.
    names = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or "|" not in line:
            continue
        fields = [f.strip() for f in line.rstrip("\n").split("|")]
        canonical = fields[0]
        for alias in [canonical] + fields[2:]:
            names.setdefault(alias.lower(), canonical)
    return names


def month_range(date):
    year, month = int(date[:4]), int(date[5:7])
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def main():
    articles = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    canonical = load_places(sys.argv[2])
    rng = random.Random(SEED)
    frequency = Counter()
    for article in articles:
        frequency.update(set(words(article["title"] + " " + article["body"])))

    # Single terms from three document-frequency bands, so cheap and expensive posting lists both appear.
    ranked = sorted((w for w, n in frequency.items() if n >= 3), key=lambda w: (-frequency[w], w))
    bands = [ranked[:300], ranked[300:3000], ranked[3000:]]
    queries = [{"kind": "term", "words": [w]} for band in bands for w in rng.sample(band, 35)]

    with_text = [a for a in articles if len(words(a["body"])) >= 20]
    for _ in range(100):
        body = words(rng.choice(with_text)["body"])
        queries.append({"kind": "words", "words": rng.sample(sorted(set(body)), rng.choice([2, 3]))})

    # Phrases: two adjacent content words of a real sentence.
    while sum(q["kind"] == "phrase" for q in queries) < 60:
        tokens = re.findall(r"[a-z]+", rng.choice(with_text)["body"].lower())
        pairs = [(a, b) for a, b in zip(tokens, tokens[1:]) if WORD.fullmatch(a) and WORD.fullmatch(b) and a not in STOP and b not in STOP]
        if pairs:
            queries.append({"kind": "phrase", "words": list(rng.choice(pairs))})

    placed = [a for a in with_text if a["date"] and any(p.replace("-", " ") in canonical for p in a["places"])]
    for i in range(60):
        article = rng.choice(placed)
        query = {"kind": "filter", "words": rng.sample(sorted(set(words(article["body"]))), rng.choice([1, 2]))}
        if i % 3 != 1:  # location alone, or with the date range
            code = rng.choice([p for p in article["places"] if p.replace("-", " ") in canonical])
            query["place"] = code
            query["location"] = canonical[code.replace("-", " ")]
        if i % 3 != 0:  # date range alone, or with the location
            query["from"], query["to"] = month_range(article["date"])
        queries.append(query)

    for number, query in enumerate(queries, start=1):
        query["n"] = number
        print(json.dumps(query))
    print(f"{len(queries)} queries", file=sys.stderr)


if __name__ == "__main__":
    main()
