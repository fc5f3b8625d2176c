#!/usr/bin/env bash
# Issue 6 scale run: generates a synthetic archive recombined from the real corpora (bench/Search.Scale), builds our
# index of its first 10k, 100k and 1M articles, and times the benchmark's query set against each; writes bench/SCALE.md.
#   bench/scale.sh [SIZES...]        default: 10000 100000 1000000
# Steps can be rerun on their own: SCALE_STEPS="query report" bench/scale.sh (default "generate build query report").
# Needs bench/work/data/queries.jsonl from bench/run.sh (or bench/scripts/make_queries.py).
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
SHARED=${SEARCH_SHARED:-$(dirname "$REPO")/shared}
WORK=${BENCH_WORK:-$BENCH/work}
SCALE=$WORK/scale
STEPS=${SCALE_STEPS:-generate build query report}
SIZES=("${@:-10000 100000 1000000}")
read -r -a SIZES <<< "${SIZES[*]}"
LARGEST=${SIZES[-1]}
PER_FILE=10000
COMMAND="bench/scale.sh${*:+ $*}"

say() { printf '\n== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }
die() { printf 'bench/scale.sh: %s\n' "$*" >&2; exit 1; }
has_step() { [[ " $STEPS " == *" $1 "* ]]; }

[ -d "$SHARED/corpora" ] || die "no corpora at $SHARED/corpora; set SEARCH_SHARED"
[ -f "$WORK/data/queries.jsonl" ] || die "no query set at $WORK/data/queries.jsonl; run bench/run.sh first"
mkdir -p "$SCALE"/{data,index,logs,results} "$WORK/bin"

say "building the indexer and the scale tool (Release)"
dotnet publish -c Release --use-current-runtime -v quiet -nologo "$REPO/src/Search.Indexer" -o "$WORK/bin/indexer" > "$SCALE/logs/dotnet-build.log" 2>&1 \
  && dotnet build -c Release -v quiet -nologo "$BENCH/Search.Scale" -o "$WORK/bin/scale" >> "$SCALE/logs/dotnet-build.log" 2>&1 \
  || { tail -30 "$SCALE/logs/dotnet-build.log"; die "dotnet build failed"; }

# One archive of the largest size; each smaller size is its first files, hard-linked (no extra disk).
if has_step generate; then
  say "generating $LARGEST articles"
  rm -rf "$SCALE/data/all"
  "$WORK/bin/scale/scale" generate "$SHARED/corpora" "$SCALE/data/all" "$LARGEST" | tee "$SCALE/logs/generate.log"
  for size in "${SIZES[@]}"; do
    rm -rf "$SCALE/data/$size" && mkdir -p "$SCALE/data/$size"
    files=$(( (size + PER_FILE - 1) / PER_FILE ))
    ls "$SCALE/data/all" | sort | head -n "$files" | while read -r f; do ln "$SCALE/data/all/$f" "$SCALE/data/$size/$f"; done
  done
  du -sh "$SCALE/data/all"
fi

if has_step build; then
  for size in "${SIZES[@]}"; do
    say "building the index of $size articles"
    rm -rf "$SCALE/index/$size"
    /usr/bin/time -v -o "$SCALE/logs/build-$size.time" "$WORK/bin/indexer/indexer" build "$SCALE/data/$size" --index "$SCALE/index/$size" --full \
      > "$SCALE/logs/build-$size.out" 2>&1 || { tail -20 "$SCALE/logs/build-$size.out"; die "build of $size failed"; }
    grep -E 'Elapsed|Maximum resident' "$SCALE/logs/build-$size.time"
    du -sm "$SCALE/index/$size"
  done
fi

if has_step query; then
  for size in "${SIZES[@]}"; do
    say "querying the index of $size articles"
    /usr/bin/time -v -o "$SCALE/logs/query-$size.time" "$WORK/bin/scale/scale" query "$SCALE/index/$size" "$WORK/data/queries.jsonl" "$SCALE/results/query-$size.json"
  done
fi

if has_step report; then
  /usr/bin/python3 "$BENCH/scripts/write_scale.py" "$SCALE" "$BENCH/SCALE.md" "$COMMAND" "${SIZES[@]}"
  echo "wrote $BENCH/SCALE.md"
fi
