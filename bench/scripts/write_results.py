#!/usr/bin/python3
"""Collect run.sh's measurements from WORK into a table (printed) and bench/RESULTS.md.

Usage: write_results.py WORK RESULTS_MD COMMAND STARTED_EPOCH LOAD_AT_START"""
import json
import os
import re
import subprocess
import sys
import time

ENGINES = ["ours", "fts5", "xapian"]
NAMES = {"ours": "ours (Lucene.Net)", "fts5": "SQLite FTS5", "xapian": "Xapian"}
CORPORA = {"reuters": "Reuters-21578", "all": "all corpora"}


def read(path, default=None):
    return open(path, encoding="utf-8").read() if os.path.exists(path) else default


def size_mb(path):
    if os.path.isfile(path):
        return os.path.getsize(path) / 1e6
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files) / 1e6


def time_log(path):
    """Wall seconds, CPU seconds and peak RSS (MB) from /usr/bin/time -v."""
    text = read(path, "")
    wall = re.search(r"Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)", text)
    user = re.search(r"User time \(seconds\): ([\d.]+)", text)
    system = re.search(r"System time \(seconds\): ([\d.]+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if not wall:
        return None
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return {"seconds": seconds, "cpu": float(user.group(1)) + float(system.group(1)), "rss": int(rss.group(1)) / 1024}


def articles(path):
    match = re.search(r"indexed ([\d,]+) articles", read(path, ""))
    return int(match.group(1).replace(",", "")) if match else None


def wrk_qps(path):
    text = read(path, "")
    match = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if re.search(r"Non-2xx or 3xx responses|Socket errors", text):
        print(f"warning: {path} reports errors", file=sys.stderr)
    return float(match.group(1)) if match else None


def wrk_latency(path):
    """Percentiles of `wrk --latency` ("Latency Distribution"), in ms: {"p50": ..., "p90": ..., "p99": ...}."""
    units = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    found = dict(re.findall(r"^\s+(50|90|99)%\s+([\d.]+(?:us|ms|s))\s*$", read(path, ""), re.M))
    result = {}
    for p in ("50", "90", "99"):
        match = re.fullmatch(r"([\d.]+)(us|ms|s)", found.get(p, ""))
        result[f"p{p}"] = float(match.group(1)) * units[match.group(2)] if match else None
    return result


def machine():
    cpu = re.search(r"model name\s*:\s*(.*)", read("/proc/cpuinfo", "")).group(1).strip()
    ram = int(re.search(r"MemTotal:\s+(\d+)", read("/proc/meminfo")).group(1)) / 1024 / 1024
    return cpu, os.cpu_count(), ram


def git(*args):
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def fmt(value, digits=1):
    return "n/a" if value is None else f"{value:,.{digits}f}"


def ratio(ours, peer):
    return "n/a" if ours is None or not peer else f"{ours / peer:.2f}x"


def collect(work):
    rows = []  # (metric, {engine: value}, digits)
    for corpus, label in CORPORA.items():
        builds = {e: time_log(f"{work}/logs/build-{e}-{corpus}.time") for e in ENGINES}
        rows.append((f"{label}: articles indexed", {e: articles(f"{work}/logs/build-{e}-{corpus}.out") for e in ENGINES}, 0))
        rows.append((f"{label}: build seconds (wall)", {e: b and b["seconds"] for e, b in builds.items()}, 1))
        rows.append((f"{label}: build CPU seconds", {e: b and b["cpu"] for e, b in builds.items()}, 1))
        floor = time_log(f"{work}/logs/build-lucene-{corpus}.time")
        if floor:
            # In the ours column: Lucene.Net alone on the peers' input (scale floor), so the ratios compare the stack.
            alone = "Lucene.Net alone (title + body from the peers' input, no extraction)"
            rows.append((f"{label}: build seconds (wall), {alone}", {**{e: b and b["seconds"] for e, b in builds.items()}, "ours": floor["seconds"]}, 1))
            rows.append((f"{label}: build CPU seconds, {alone}", {**{e: b and b["cpu"] for e, b in builds.items()}, "ours": floor["cpu"]}, 1))
        rows.append((f"{label}: index size MB", {e: size_mb(f"{work}/index/{e}-{corpus}") for e in ENGINES}, 1))
        rows.append((f"{label}: build peak RSS MB", {e: b and b["rss"] for e, b in builds.items()}, 0))
    queries = {e: json.loads(read(f"{work}/results/query-{e}.json", "null") or "null") for e in ENGINES}
    for p in ("p50", "p90", "p99"):
        rows.append((f"query {p} ms (ours over HTTP)", {e: q and q["latency_ms"][p] for e, q in queries.items()}, 2))
    # The same HTTP requests timed by wrk (C) instead of Python's http.client, which adds its own parsing to each.
    by_wrk = wrk_latency(f"{work}/results/wrk-ours-1.txt")
    for p in ("p50", "p99"):
        timed = {e: q and q["latency_ms"][p] for e, q in queries.items()}
        timed["ours"] = by_wrk[p]
        rows.append((f"query {p} ms (ours over HTTP, wrk 1 client)", timed, 2))
    for p in ("p50", "p90", "p99"):
        # Like for like: ours as the server timed itself (tookMs), peers as timed in-process.
        inside = {e: q and q["latency_ms"][p] for e, q in queries.items()}
        inside["ours"] = queries["ours"] and queries["ours"]["server_took_ms"][p]
        rows.append((f"query {p} ms (ours in-process)", inside, 2))
    qps1 = {e: q and q.get("qps_1") for e, q in queries.items()}
    qps8 = {e: q and q.get("qps_8") for e, q in queries.items()}
    qps1["ours"], qps8["ours"] = wrk_qps(f"{work}/results/wrk-ours-1.txt"), wrk_qps(f"{work}/results/wrk-ours-8.txt")
    rows.append(("qps, 1 client", qps1, 0))
    rows.append(("qps, 8 clients", qps8, 0))
    serving = {e: q and q.get("peak_rss_mb") for e, q in queries.items()}
    hwm = re.search(r"VmHWM:\s+(\d+)", read(f"{work}/results/api-status.txt", ""))
    serving["ours"] = int(hwm.group(1)) / 1024 if hwm else None
    rows.append(("serving peak RSS MB", serving, 0))
    return rows, queries


def table(rows):
    head = "| metric | " + " | ".join(NAMES[e] for e in ENGINES) + " | ours/FTS5 | ours/Xapian |"
    lines = [head, "|" + " --- |" * (len(ENGINES) + 3)]
    for metric, values, digits in rows:
        cells = [fmt(values.get(e), digits) for e in ENGINES]
        lines.append(f"| {metric} | " + " | ".join(cells) + f" | {ratio(values['ours'], values['fts5'])} | {ratio(values['ours'], values['xapian'])} |")
    return "\n".join(lines)


def kinds_table(queries):
    """p50 / p99 ms and mean total per kind of query; ours as the server timed itself (like the peers)."""
    lines = ["| query kind (count) | " + " | ".join(f"{NAMES[e]}" for e in ENGINES) + " |",
             "|" + " --- |" * (len(ENGINES) + 1)]
    reference = next((q for q in queries.values() if q), None)
    for kind in (reference or {}).get("by_kind", {}):
        cells = []
        for e in ENGINES:
            q = queries[e] or {}
            k = (q.get("server_by_kind") or q.get("by_kind") or {}).get(kind)
            cells.append("n/a" if not k else f"{k['p50']:.2f} / {k['p99']:.2f} ms, {k['mean_total']:,.0f} hits")
        lines.append(f"| {kind} ({reference['by_kind'][kind]['count']}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    work, results_md, command, started, load_start = sys.argv[1:6]
    rows, queries = collect(work)
    cpu, cores, ram = machine()
    took = time.time() - float(started)
    load_end = read("/proc/loadavg", "?").split()[0]
    ours = queries.get("ours") or {}
    server = ours.get("server_took_ms") or {}
    summary = table(rows)
    print(summary)
    print(f"\nrun took {took / 60:.1f} min; load average {load_start} at start, {load_end} at end")

    # The results file of an earlier run is not a change to what is measured.
    dirty = "\n".join(line for line in git("status", "--porcelain").splitlines() if not line.endswith("bench/RESULTS.md"))
    text = f"""# Benchmark: ours against SQLite FTS5 and Xapian

Written by `bench/run.sh` (issue 6, the measurement harness). Same articles, same queries, one machine, one run.

- Machine: {cpu}, {cores} cores, {ram:.1f} GiB RAM (from /proc)
- Date: {time.strftime("%Y-%m-%d %H:%M %Z")}; the run took {took / 60:.1f} min
- Commit: `{git("rev-parse", "--short", "HEAD")}`{" plus uncommitted changes in the work tree" if dirty and dirty != "?" else ""}
- Command: `{command}`
- Load average (1 min) {load_start} at start, {load_end} at end, on {cores} cores.
  **The machine was shared with other work during the run**, so wall-clock numbers are noisy: compare the CPU
  seconds of the builds, and treat latency and qps ratios as rough.

{summary}

Ratios are ours divided by the peer: above 1x means ours is slower, bigger or hungrier for time, size and memory,
and faster for qps. Query latency is given twice for ours: as an HTTP client on loopback sees it, and as the
server timed the search itself (`tookMs`: query, count, facets, loading and highlighting the hits, without HTTP
and JSON), which compares like for like with the peers' in-process times.

Latency by kind of query (p50 / p99, in-process: ours as `tookMs`), with the mean number of matching
articles each engine counted:

{kinds_table(queries)}

## What is compared

- **Articles.** Reuters-21578 (`--include '*.sgm'`) and all corpora in `../shared/corpora`
  together (what our indexer reads without `--include`: Reuters SGML plus the plain-text files). The peers get
  the same articles from `bench/scripts/export_articles.py`, which parses Reuters SGML and plain text the same
  simple way as our readers (title; dateline + body), leaving out the files our indexer skipped, so the
  article counts above should agree.
- **Peers index title + body without any extraction.** Our build time includes reading the files, the whole
  extraction pipeline (datelines, people, places, quotes, dates) and Lucene; theirs is only loading exported
  JSON Lines and indexing (the export itself is not timed). SQLite FTS5: `tokenize='porter unicode61'`,
  one transaction, then `optimize`. Xapian: `TermGenerator` with the English stemmer, title wdf x3, a commit
  every 1,000 documents, then compacted. Both store the text, as ours does, for snippets.
- **Lucene.Net alone.** The rows so marked time `scale floor` (`bench/Search.Scale`) in the ours column: the
  peers' exported JSON Lines, title and body indexed with Lucene's English analyzer and stored, on every core,
  merged into one segment; no files read, no extraction, no other fields. No build of ours can take less, so it
  shows how much of our build ratio the library itself accounts for.
- **Queries.** {ours.get("latency_ms", {}).get("count", "?")} queries generated deterministically
  (`bench/scripts/make_queries.py`, fixed seed) from the Reuters vocabulary: single terms from three
  frequency bands, 2-3 word AND queries and quoted two-word phrases from real articles, and queries with a filter,
  all run against each engine's Reuters-21578 index.
  Every engine returns the top 10 by BM25-style rank (title weighted 3x), a highlighted title and body
  snippet per hit, and the exact total count (`count(*)`; Xapian with check_at_least = all documents).
- **Filters.** Ours: `location=` (our extracted locations, canonical names: the Reuters code `usa` is sent as
  `United States`) and `from`/`to`. Peers: an exact match on the Reuters PLACES code and a date range on the
  Reuters DATE. Our locations also come from datelines and the text, so our filtered totals are larger.
- **Matching differs a little.** Our query also searches the speaker, people and location name fields, so a
  word such as "states" matches every article located in the United States; the peers see title and body
  only. Ours drops English stop words; the peers keep them.
- **Latency.** Ours over HTTP on loopback with keep-alive (a Python client: request sent to body read),
  against a Release `Search.Api` with logging at Warning; every search also computes facets. Peers in-process
  (a Python loop timing each search with `time.perf_counter`). One untimed warm-up pass first, for each engine;
  ours is measured once its own startup warm-up is done (`/health` says `"warm": true`, 10 s of searches of its
  most frequent words), as a load balancer would route traffic to it.
- **Latency by wrk.** The single-client `wrk` run below also times each request (`--latency`): the same
  requests over the same loopback, timed by a C client, without the time Python's `http.client` spends building
  and parsing them.
- **qps.** Ours: `wrk` with 1 and 8 connections, each request the next query (`bench/wrk/rotate.lua`),
  bounded in time and count. Peers: single-client qps is the timed pass; 8 clients are 8 processes with their
  own connection, for the same time.
- **Memory.** Peak RSS: builds from `/usr/bin/time -v`; serving from the API's VmHWM after the load runs, and
  for peers the query process before the 8 client processes start (a Python interpreter included).
- **Highlights differ in shape.** Ours: up to three ~200-character body fragments cut at sentence and word
  boundaries, HTML-escaped. FTS5: one 32-token `snippet()`. Xapian: one 200-character `MSet.snippet`.

Raw measurements, logs and indexes are in `bench/work/` (ignored by git). The hot paths of our side are
measured separately by `dotnet run -c Release --project bench/Search.Benchmarks -- --filter '*'`.
"""
    with open(results_md, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
