"""SQLite FTS5 peer: porter-stemmed title + body, bm25 with title weighted 3x (as ours), exact count(*)."""
import json
import sqlite3

SCHEMA = """CREATE VIRTUAL TABLE articles USING fts5(
    title, body, id UNINDEXED, places UNINDEXED, date UNINDEXED, tokenize = 'porter unicode61')"""
# highlight() marks the whole title; snippet() picks the best ~32-token window of the body.
TOP = """SELECT id, date, highlight(articles, 0, '<mark>', '</mark>'),
    snippet(articles, 1, '<mark>', '</mark>', '…', 32)
  FROM articles WHERE articles MATCH ?{filters} ORDER BY bm25(articles, 3.0, 1.0) LIMIT 10"""
COUNT = "SELECT count(*) FROM articles WHERE articles MATCH ?{filters}"


def build(articles_path, index_path):
    db = sqlite3.connect(index_path)
    db.execute(SCHEMA)
    count = 0
    with db:  # one transaction: the usual way to bulk-load SQLite
        for line in open(articles_path, encoding="utf-8"):
            a = json.loads(line)
            # places as "|usa|japan|" so a filter is an exact code match with instr().
            db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?)",
                       (a["title"], a["body"], a["id"], "|" + "|".join(a["places"]) + "|", a["date"]))
            count += 1
    db.execute("INSERT INTO articles(articles) VALUES ('optimize')")  # merge segments, as a served index would be
    db.commit()
    db.close()
    return count


def match_text(query):
    if query["kind"] == "phrase":
        return '"' + " ".join(query["words"]) + '"'
    return " ".join(f'"{w}"' for w in query["words"])  # quoted words: implicit AND, no operator surprises


class Searcher:
    def __init__(self, index_path):
        self.db = sqlite3.connect(index_path, check_same_thread=False)

    def search(self, query):
        filters, args = "", [match_text(query)]
        if "place" in query:
            filters += " AND instr(places, ?) > 0"
            args.append("|" + query["place"] + "|")
        if "from" in query:
            filters += " AND date BETWEEN ? AND ?"
            args += [query["from"], query["to"]]
        hits = [{"id": r[0], "date": r[1], "title": r[2], "body": [r[3]]}
                for r in self.db.execute(TOP.format(filters=filters), args)]
        total = self.db.execute(COUNT.format(filters=filters), args).fetchone()[0]
        return total, hits
