"""Xapian peer: English-stemmed title (wdf x3, as our title boost) + body, exact count, MSet.snippet highlights."""
import json
import shutil
import xapian

PLACE_PREFIX = "XP"  # boolean filter terms for Reuters PLACES codes
DATE_SLOT = 0  # "YYYY-MM-DD" value, so a string range is a date range
# Commit every 1,000 documents: here faster than one transaction or the default 10,000 (adding slows as
# uncommitted changes grow).
COMMIT_EVERY = 1000


def build(articles_path, index_path):
    draft = index_path + ".draft"
    db = xapian.WritableDatabase(draft, xapian.DB_CREATE_OR_OVERWRITE)
    generator = xapian.TermGenerator()
    generator.set_stemmer(xapian.Stem("english"))
    count = 0
    for line in open(articles_path, encoding="utf-8"):
        a = json.loads(line)
        doc = xapian.Document()
        generator.set_document(doc)
        generator.index_text(a["title"], 3)
        generator.increase_termpos()  # no phrase spans title and body
        generator.index_text(a["body"])
        for place in a["places"]:
            doc.add_boolean_term(PLACE_PREFIX + place)
        if a["date"]:
            doc.add_value(DATE_SLOT, a["date"])
        doc.set_data(json.dumps({"id": a["id"], "title": a["title"], "body": a["body"], "date": a["date"]}))
        db.add_document(doc)
        count += 1
        if count % COMMIT_EVERY == 0:
            db.commit()
    db.close()
    # Compacted, as an index is served (what xapian-compact does); FTS5 gets 'optimize' likewise.
    xapian.Database(draft).compact(index_path)
    shutil.rmtree(draft)
    return count


def text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else value  # this binding's snippet() returns bytes


def query_text(query):
    words = " ".join(query["words"])
    return f'"{words}"' if query["kind"] == "phrase" else words


class Searcher:
    def __init__(self, index_path):
        self.db = xapian.Database(index_path)
        self.stemmer = xapian.Stem("english")
        self.parser = xapian.QueryParser()
        self.parser.set_stemmer(self.stemmer)
        self.parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
        self.parser.set_default_op(xapian.Query.OP_AND)  # words are ANDed, as ours
        self.parser.set_database(self.db)

    def search(self, query):
        parsed = self.parser.parse_query(query_text(query), xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_PHRASE)
        if "place" in query:
            parsed = xapian.Query(xapian.Query.OP_FILTER, parsed, xapian.Query(PLACE_PREFIX + query["place"]))
        if "from" in query:
            dates = xapian.Query(xapian.Query.OP_VALUE_RANGE, DATE_SLOT, query["from"], query["to"])
            parsed = xapian.Query(xapian.Query.OP_FILTER, parsed, dates)
        enquire = xapian.Enquire(self.db)
        enquire.set_query(parsed)
        # check_at_least = every document: an exact total, as ours and count(*) give.
        mset = enquire.get_mset(0, 10, self.db.get_doccount())
        hits = []
        for match in mset:
            data = json.loads(match.document.get_data())
            hits.append({"id": data["id"], "date": data["date"],
                         "title": text(mset.snippet(data["title"], 500, self.stemmer, 0, "<mark>", "</mark>", "…")),
                         "body": [text(mset.snippet(data["body"], 200, self.stemmer,
                                                    xapian.MSet.SNIPPET_BACKGROUND_MODEL | xapian.MSet.SNIPPET_EXHAUSTIVE,
                                                    "<mark>", "</mark>", "…"))]})
        return mset.get_matches_estimated(), hits
