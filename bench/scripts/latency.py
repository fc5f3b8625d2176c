"""Shared by the query runners: load the query set, time a loop, summarise latencies."""
import json
import time


def load_queries(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def percentile(sorted_values, fraction):
    # Nearest-rank percentile: a value that was actually measured.
    if not sorted_values:
        return None
    rank = max(1, min(len(sorted_values), round(fraction * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def summarise(milliseconds):
    values = sorted(milliseconds)
    return {"count": len(values), "p50": percentile(values, 0.50), "p90": percentile(values, 0.90),
            "p99": percentile(values, 0.99), "mean": sum(values) / len(values) if values else None}


def timed_pass(queries, run_one):
    """Runs every query once in order; returns per-query (ms, total, hits) and the pass's wall seconds."""
    results = []
    started = time.perf_counter()
    for query in queries:
        t0 = time.perf_counter()
        total, hits = run_one(query)
        results.append(((time.perf_counter() - t0) * 1000, total, hits))
    return results, time.perf_counter() - started


def by_kind(queries, results):
    kinds = {}
    for query, (ms, total, hits) in zip(queries, results):
        kinds.setdefault(query["kind"], {"ms": [], "totals": [], "empty": 0})
        kinds[query["kind"]]["ms"].append(ms)
        kinds[query["kind"]]["totals"].append(total)
        kinds[query["kind"]]["empty"] += total == 0
    return {k: {**summarise(v["ms"]), "mean_total": sum(v["totals"]) / len(v["totals"]), "empty": v["empty"]}
            for k, v in kinds.items()}
