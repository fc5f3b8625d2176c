#!/usr/bin/env bash
# Issue 6 benchmark: builds our index and two peers' (SQLite FTS5, Xapian) of the same news articles, runs the
# same queries against all three, prints a table and writes bench/RESULTS.md. One command, about 10-15 minutes
# on 2 cores:   bench/run.sh
# Settings (environment): SEARCH_SHARED (default ../shared beside the checkout), BENCH_WORK (default
# bench/work), BENCH_LOAD_SECONDS (each qps run, default 15).
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
SHARED=${SEARCH_SHARED:-$(dirname "$REPO")/shared}
WORK=${BENCH_WORK:-$BENCH/work}
LOAD_SECONDS=${BENCH_LOAD_SECONDS:-15}
SCRIPTS=$BENCH/scripts
# Debian's python: python3-xapian is installed for it, not for a pyenv python earlier on PATH.
PY=/usr/bin/python3
COMMAND="bench/run.sh${*:+ $*}"
STARTED=$(date +%s)
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)

say() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - STARTED))"; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }

# --- 0. The corpora are research data kept beside the checkout, never in it.
REUTERS=$SHARED/corpora/reuters21578
[ -d "$REUTERS" ] || die "no corpora at $SHARED/corpora (expected ../shared beside the checkout, with corpora/reuters21578). Set SEARCH_SHARED to the shared folder."
ls "$REUTERS"/*.sgm > /dev/null 2>&1 || die "no Reuters-21578 .sgm files in $REUTERS"
command -v dotnet > /dev/null || die "the .NET SDK (dotnet) is not on PATH"

# --- 1. Peers and tools, from Debian's packages, installed only when missing.
say "checking packages"
missing=()
for package in sqlite3 python3-xapian xapian-tools wrk time; do
  dpkg -s "$package" > /dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing packages (${missing[*]}); run as root or: sudo apt-get install -y ${missing[*]}"
  echo "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi
"$PY" -c 'import sqlite3, xapian; sqlite3.connect(":memory:").execute("create virtual table t using fts5(x)")' \
  || die "$PY cannot import sqlite3 with FTS5 and xapian"

mkdir -p "$WORK"/{bin,data,index,logs,results}
rm -rf "${WORK:?}"/index/* "$WORK"/logs/* "$WORK"/results/*

# --- 2. Our programs, Release, into the work folder (not the bin/ folders that other builds use); the indexer
# published ahead-of-time compiled, as it is deployed (README, "Building an index").
say "building the indexer and the API (Release)"
dotnet publish -c Release --use-current-runtime -v quiet -nologo "$REPO/src/Search.Indexer" -o "$WORK/bin/indexer" > "$WORK/logs/dotnet-build.log" 2>&1 \
  && dotnet build -c Release -v quiet -nologo "$REPO/src/Search.Api" -o "$WORK/bin/api" >> "$WORK/logs/dotnet-build.log" 2>&1 \
  && dotnet publish -c Release --use-current-runtime -p:PublishReadyToRun=true -v quiet -nologo "$BENCH/Search.Scale" -o "$WORK/bin/scale" >> "$WORK/logs/dotnet-build.log" 2>&1 \
  || { tail -30 "$WORK/logs/dotnet-build.log"; die "dotnet build failed (log: $WORK/logs/dotnet-build.log)"; }

# Runs one build under /usr/bin/time -v (wall time, CPU time, peak RSS): timed_build ENGINE CORPUS COMMAND...
timed_build() {
  local engine=$1 corpus=$2; shift 2
  local log=$WORK/logs/build-$engine-$corpus
  /usr/bin/time -v -o "$log.time" "$@" > "$log.out" 2>&1 || { tail -20 "$log.out"; die "$engine build of $corpus failed (log: $log.out)"; }
  printf '  %-7s %-8s %s\n' "$engine" "$corpus" "$(grep -E 'Elapsed' "$log.time" | sed 's/.*: //') wall, $(grep -E 'Maximum resident' "$log.time" | sed 's/.*: //') KB peak"
}

# --- 3. Our builds, fresh, from the corpus files: Reuters-21578, then every corpus together.
say "building our indexes"
timed_build ours reuters "$WORK/bin/indexer/indexer" build "$REUTERS" --include '*.sgm' --index "$WORK/index/ours-reuters" --full
timed_build ours all "$WORK/bin/indexer/indexer" build "$SHARED/corpora" --index "$WORK/index/ours-all" --full

# --- 4. The same articles for the peers, as JSON Lines (not timed: it stands in for their own ingestion),
# leaving out the files our indexer skipped, then the peers' builds from it.
say "exporting articles and building the peers' indexes"
"$PY" "$SCRIPTS/export_articles.py" "$REUTERS" --include '*.sgm' --skipped-in "$WORK/logs/build-ours-reuters.out" > "$WORK/data/reuters.jsonl"
"$PY" "$SCRIPTS/export_articles.py" "$SHARED/corpora" --skipped-in "$WORK/logs/build-ours-all.out" > "$WORK/data/all.jsonl"
for corpus in reuters all; do
  for engine in fts5 xapian; do
    timed_build "$engine" "$corpus" "$PY" "$SCRIPTS/build_peer.py" "$engine" "$WORK/data/$corpus.jsonl" "$WORK/index/$engine-$corpus"
  done
done
# Lucene.Net alone on the peers' input, with the indexer's runtime settings (its project file): the least time a
# build on our stack can take, before reading files or extracting anything (bench/README.md, "Build time").
timed_build lucene reuters env DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=0 \
  "$WORK/bin/scale/scale" floor "$WORK/data/reuters.jsonl" "$WORK/index/lucene-reuters"

# --- 5. One query set for everyone, from the Reuters vocabulary.
"$PY" "$SCRIPTS/make_queries.py" "$WORK/data/reuters.jsonl" "$REPO/src/Search.Core/Extraction/Data/places.txt" > "$WORK/data/queries.jsonl"

# --- 6. Ours over HTTP: a Release Search.Api on a free loopback port, serving the Reuters index.
say "querying ours over HTTP"
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
API_PID=
stop_api() { if [ -n "$API_PID" ]; then kill "$API_PID" 2> /dev/null || true; wait "$API_PID" 2> /dev/null || true; API_PID=; fi; }
trap stop_api EXIT
# Warning-level logging, as a deployment would have: Information logs a line per request. The per-client rate limit
# is off: every load-test request comes from one address, and 429s would count as (very fast) answers.
(cd "$REPO/src/Search.Api" && exec env Search__IndexPath="$WORK/index/ours-reuters" Search__CorpusPath= Search__RateLimit__PermitLimit=0 \
  Logging__LogLevel__Default=Warning dotnet "$WORK/bin/api/Search.Api.dll" --urls "http://127.0.0.1:$PORT") \
  > "$WORK/logs/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break
  kill -0 "$API_PID" 2> /dev/null || { cat "$WORK/logs/api.log"; die "the API exited before answering /health"; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/health" > /dev/null || die "the API did not answer /health in 60 s (log: $WORK/logs/api.log)"
# The API runs warm-up searches for its first seconds (Search:WarmupSeconds); measure it once they are done, as traffic
# would meet it, rather than against its own warm-up.
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health" | grep -q '"warm":true' && break
  sleep 0.5
done
"$PY" "$SCRIPTS/query_ours.py" "$PORT" "$WORK/data/queries.jsonl" "$WORK/results/query-ours.json" "$WORK/data/paths.txt"
for clients in 1 8; do
  # Loopback only; bounded by time (-d) and by count (BENCH_MAX_REQUESTS per wrk thread).
  BENCH_PATHS="$WORK/data/paths.txt" BENCH_MAX_REQUESTS=100000 wrk -t1 -c"$clients" -d"${LOAD_SECONDS}s" --timeout 10s --latency \
    -s "$BENCH/wrk/rotate.lua" "http://127.0.0.1:$PORT" > "$WORK/results/wrk-ours-$clients.txt"
  echo "  wrk, $clients client(s): $(grep Requests/sec "$WORK/results/wrk-ours-$clients.txt")"
  ! grep -q "Non-2xx" "$WORK/results/wrk-ours-$clients.txt" \
    || die "wrk saw error responses: $(grep Non-2xx "$WORK/results/wrk-ours-$clients.txt") (log: $WORK/logs/api.log)"
done
cp "/proc/$API_PID/status" "$WORK/results/api-status.txt"  # VmHWM: the API's peak RSS
stop_api

# --- 7. Peers in-process, the same queries, the same load time.
for engine in fts5 xapian; do
  say "querying $engine"
  "$PY" "$SCRIPTS/query_peer.py" "$engine" "$WORK/index/$engine-reuters" "$WORK/data/queries.jsonl" \
    "$WORK/results/query-$engine.json" "$LOAD_SECONDS"
done

# --- 8. The table, and bench/RESULTS.md.
say "results"
"$PY" "$SCRIPTS/write_results.py" "$WORK" "$BENCH/RESULTS.md" "$COMMAND" "$STARTED" "$LOAD_AT_START"
echo "wrote $BENCH/RESULTS.md"
