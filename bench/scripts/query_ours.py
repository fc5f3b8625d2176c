#!/usr/bin/python3
"""Time our Search.Api over HTTP on loopback: query_ours.py PORT QUERIES.jsonl OUT.json PATHS.txt.

One untimed warm-up pass (JIT, caches), then one timed pass on a keep-alive connection: per-query latency
as a client sees it (request sent to body read) and single-client qps. Also writes the request paths, one a
line, for wrk's 1- and 8-client runs."""
import http.client
import json
import sys
import urllib.parse

from latency import by_kind, load_queries, summarise, timed_pass


def path(query):
    words = " ".join(query["words"])
    params = [("q", f'"{words}"' if query["kind"] == "phrase" else words), ("size", "10")]
    params += [(key, query[key]) for key in ("location", "from", "to") if key in query]
    return "/api/search?" + urllib.parse.urlencode(params)


def main():
    port, queries_path, out, paths_out = sys.argv[1:5]
    queries = load_queries(queries_path)
    paths = [path(q) for q in queries]
    with open(paths_out, "w") as f:
        f.write("\n".join(paths) + "\n")
    connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
    bodies = {}

    def run_one(query):
        connection.request("GET", paths[query["n"] - 1])
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"HTTP {response.status} for {paths[query['n'] - 1]}: {body[:300]!r}")
        bodies[query["n"]] = body  # parsed after the clock stops
        return None, None

    timed_pass(queries, run_one)  # warm-up
    results, wall = timed_pass(queries, run_one)
    parsed = [json.loads(bodies[q["n"]]) for q in queries]
    results = [(ms, p["total"], p["hits"]) for (ms, _, _), p in zip(results, parsed)]
    assert all("highlight" in h for p in parsed for h in p["hits"]), "hits without highlight"
    report = {
        "engine": "ours",
        "latency_ms": summarise([r[0] for r in results]),
        "server_took_ms": summarise([p["tookMs"] for p in parsed]),
        "by_kind": by_kind(queries, results),
        "server_by_kind": by_kind(queries, [(p["tookMs"], p["total"], None) for p in parsed]),
        "qps_1_python": len(queries) / wall,
        "totals": [r[1] for r in results],
        "sample": {"query": queries[0], "path": paths[0],
                   "hits": [{"id": h["id"], "title": h["highlight"]["title"], "body": h["highlight"]["body"][:1]}
                            for h in parsed[0]["hits"][:2]]},
    }
    json.dump(report, open(out, "w"), indent=1)
    print(f"ours: p50 {report['latency_ms']['p50']:.2f} ms (server {report['server_took_ms']['p50']:.2f} ms), "
          f"qps {report['qps_1_python']:.0f} (1, python client)")


if __name__ == "__main__":
    main()
