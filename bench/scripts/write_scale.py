#!/usr/bin/python3
"""Collect scale.sh's measurements from SCALE_DIR into bench/SCALE.md (and print the table).

Usage: write_scale.py SCALE_DIR SCALE_MD COMMAND SIZE..."""
import json
import os
import sys
import time

from write_results import read, size_mb, time_log


def main():
    scale, out, command, sizes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    rows = {
        "build seconds (wall)": [],
        "build CPU seconds": [],
        "articles/s (wall)": [],
        "build peak RSS MB": [],
        "index size MB": [],
        "query p50 ms (in-process)": [],
        "query p90 ms (in-process)": [],
        "query p99 ms (in-process)": [],
        "qps, 1 thread": [],
        "CPU ms a query (whole process)": [],
        "serving peak RSS MB": [],
    }
    for size in sizes:
        build = time_log(f"{scale}/logs/build-{size}.time")
        query = json.loads(read(f"{scale}/results/query-{size}.json", "null") or "null")
        serve = time_log(f"{scale}/logs/query-{size}.time")
        n = int(size)
        rows["build seconds (wall)"].append(f"{build['seconds']:.0f}" if build else "-")
        rows["build CPU seconds"].append(f"{build['cpu']:.0f}" if build else "-")
        rows["articles/s (wall)"].append(f"{n / build['seconds']:,.0f}" if build else "-")
        rows["build peak RSS MB"].append(f"{build['rss']:,.0f}" if build else "-")
        index = f"{scale}/index/{size}"
        rows["index size MB"].append(f"{size_mb(index):,.0f}" if build and os.path.isdir(index) else "-")
        for p in ("p50", "p90", "p99"):
            rows[f"query {p} ms (in-process)"].append(f"{query['latency_ms'][p.upper()]:.2f}" if query else "-")
        rows["qps, 1 thread"].append(f"{query['qps']:.0f}" if query else "-")
        rows["CPU ms a query (whole process)"].append(f"{query['cpu_ms_per_query']:.2f}" if query and "cpu_ms_per_query" in query else "-")
        rows["serving peak RSS MB"].append(f"{serve['rss']:,.0f}" if serve else "-")

    header = "| metric | " + " | ".join(f"{int(s):,} articles" for s in sizes) + " |"
    table = [header, "| --- |" + " --- |" * len(sizes)]
    table += [f"| {name} | " + " | ".join(values) + " |" for name, values in rows.items()]
    kinds = []
    for size in sizes:
        query = json.loads(read(f"{scale}/results/query-{size}.json", "null") or "null")
        if query:
            kinds.append(f"| {int(size):,} | " + " | ".join(
                f"{v['ms']['P50']:.2f} / {v['ms']['P99']:.2f} ms, {v['mean_total']:,.0f} hits" for v in query["by_kind"].values()) + " |")
            kind_names = list(query["by_kind"].keys())
    generate = read(f"{scale}/logs/generate.log", "").strip().splitlines()
    machine = open("/proc/cpuinfo").read().count("processor\t:")
    load = open("/proc/loadavg").read().split()[0]
    text = f"""# Scale run: 10k to 1M articles

Written by `bench/scale.sh` (issue 6). Our indexer and searcher on a synthetic archive made by
`bench/Search.Scale` from the real corpora in `../shared`: every article takes its title from one real article, its
opening sentence (with the dateline) from another, 3-15 more sentences drawn from all of them, and a date from yet
another, so articles are not copies of each other but have real news vocabulary, sentence shapes and metadata.
Each size is the first files of one generated archive. Builds are full builds with extraction (`indexer build
--full`); queries are the 325 queries of `bench/run.sh` run in-process (`scale query`: top 10, highlights, facets
over all hits; one untimed warm-up pass, then one timed pass).

- Machine: {machine} cores (shared with other work; load average {load} when this was written)
- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}
- Command: `{command}`
- Archive: {'; '.join(generate)}

{chr(10).join(table)}

Latency by kind of query (p50 / p99, mean hits):

| articles | {' | '.join(kind_names) if kinds else ''} |
| --- |{' --- |' * (len(kind_names) if kinds else 0)}
{chr(10).join(kinds)}

Raw logs and JSON are in `bench/work/scale/` (ignored by git).
"""
    open(out, "w", encoding="utf-8").write(text)
    print("\n".join(table))


if __name__ == "__main__":
    main()
