#!/usr/bin/python3
"""Time a peer in-process: query_peer.py fts5|xapian INDEX QUERIES.jsonl OUT.json [SECONDS].

One untimed warm-up pass (page cache, parser), one timed pass (per-query latency and single-client qps),
then 8 processes, each with its own connection, for SECONDS (8 concurrent clients' qps)."""
import importlib
import json
import multiprocessing
import resource
import sys
import time

from latency import by_kind, load_queries, summarise, timed_pass

CLIENTS = 8
MAX_PER_CLIENT = 20000  # a bound on count as well as on time


def client(args):
    engine_name, index, queries, offset, start_at, seconds = args
    searcher = importlib.import_module(engine_name + "_engine").Searcher(index)
    while time.time() < start_at:  # start together, after every process has opened its index
        time.sleep(0.001)
    done, deadline = 0, start_at + seconds
    while time.time() < deadline and done < MAX_PER_CLIENT:
        searcher.search(queries[(offset + done) % len(queries)])
        done += 1
    return done, time.time() - start_at


def main():
    engine_name, index, queries_path, out = sys.argv[1:5]
    seconds = float(sys.argv[5]) if len(sys.argv) > 5 else 10
    queries = load_queries(queries_path)
    searcher = importlib.import_module(engine_name + "_engine").Searcher(index)
    timed_pass(queries, searcher.search)  # warm-up
    results, wall = timed_pass(queries, searcher.search)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # before the client processes exist

    start_at = time.time() + 1.0
    with multiprocessing.get_context("fork").Pool(CLIENTS) as pool:
        runs = pool.map(client, [(engine_name, index, queries, i * len(queries) // CLIENTS, start_at, seconds)
                                 for i in range(CLIENTS)])
    report = {
        "engine": engine_name,
        "latency_ms": summarise([r[0] for r in results]),
        "by_kind": by_kind(queries, results),
        "qps_1": len(queries) / wall,
        "qps_8": sum(done for done, _ in runs) / max(elapsed for _, elapsed in runs),
        "peak_rss_mb": peak_kb / 1024,
        "totals": [r[1] for r in results],
        "sample": {"query": queries[0], "hits": results[0][2][:2]},
    }
    json.dump(report, open(out, "w"), indent=1)
    print(f"{engine_name}: p50 {report['latency_ms']['p50']:.2f} ms, qps {report['qps_1']:.0f} (1), {report['qps_8']:.0f} (8)")


if __name__ == "__main__":
    main()
