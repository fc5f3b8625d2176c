#!/usr/bin/python3
"""Build one peer's index from exported JSON Lines: build_peer.py fts5|xapian ARTICLES.jsonl INDEX_PATH.
Run under /usr/bin/time -v by run.sh, which reads wall time and peak RSS from it."""
import importlib
import sys

engine = importlib.import_module(sys.argv[1] + "_engine")
print(f"{sys.argv[1]}: indexed {engine.build(sys.argv[2], sys.argv[3])} articles")
