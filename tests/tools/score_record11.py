#!/usr/bin/env python3
"""Precision and recall of the fields record 1.1 added ('make check-record11').

  score_record11.py --cli build/bin/pressmill --work DIR [--cases tests/record11]
                    [--show] [--min FIELD=RECALL ...]

Each case of tests/record11 (the format of tests/conventions: a header of
expectations, '---', the document; README.md there) gives the expected
value of `kind`, `issuer.name`, `reference`, `lead` and the first
quotes' `role` and `organization`, the first contact's `e164`, null when the
release has none; any other field a case expects with "=" is scored the same way. Per field: a hit is a value equal to the gold's
(compared as the gold scorer compares text); precision = hits / values
given, recall = hits / values the gold has. `--min kind=0.9` fails the
run when that field's recall is lower. Prints one line per field.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conventions as cv  # noqa: E402

FIELDS = ("kind", "issuer.name", "issuer.evidence", "reference", "lead", "quotes.0.role",
          "quotes.0.organization", "quotes.1.role", "contacts.0.e164")
# any other field a case expects with '=' (source.properties.tags,
# contacts.phones, body.0.text ...) is scored the same way, after these


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--cases", default=os.path.join(os.path.dirname(__file__), "..", "record11"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--min", action="append", default=[])
    a = ap.parse_args()
    cases = cv.load_cases(a.cases)
    os.makedirs(a.work, exist_ok=True)
    docs = cv.documents(cases, a.work, a.cases)
    recs, _ = cv.convert(a.cli, [p for _, _, p in docs], a.work)
    stats = {f: [0, 0, 0] for f in FIELDS}  # hits, given, gold
    for c in cases:
        for field, op, _ in c["expect"]:
            if op == "=" and field not in stats:
                stats[field] = [0, 0, 0]
    for c, fmt, path in docs:
        rec = recs.get(path)
        for field, op, want in c["expect"]:
            if op != "=" or field not in stats:
                continue
            try:
                got = cv.lookup(rec, field) if rec else None
            except cv.CaseError:
                got = None  # a key the record does not have (source.properties' are optional)
            s = stats[field]
            hit = want is not None and cv.canon(got, field) == cv.canon(want, field)
            s[0] += hit
            s[1] += got is not None
            s[2] += want is not None
            if a.show and cv.canon(got, field) != cv.canon(want, field):
                print("MISS %s %s: got %s, want %s" % (c["id"], field, cv.short(got), cv.short(want)))
    bad = []
    floors = dict(m.split("=", 1) for m in a.min)
    print("record11: %d documents" % len(docs))
    for f in list(FIELDS) + sorted(set(stats) - set(FIELDS)):
        hits, given, gold = stats[f]
        if not gold:
            continue
        p = hits / given if given else 1.0
        r = hits / gold
        print("%-16s precision %.2f (%d/%d)  recall %.2f (%d/%d)" % (f, p, hits, given, r, hits, gold))
        if f in floors and r < float(floors[f]):
            bad.append("%s recall %.2f < %s" % (f, r, floors[f]))
    for b in bad:
        print("FAIL " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
