#!/usr/bin/env python3
"""Invariance across formats, field by field, on releases printed in harder layouts.

One release given as DOCX, TXT and PDF should give one record. The gold
scorer (../shared/eval/score.py) counts a release as invariant only when
headline, date, dateline place, byline and body all agree; this tool
says which field breaks it. Each group is a dev spec of
../shared/eval/dev (its .docx, .txt and .pdf) together with the PDFs of
the same spec in the harder layouts of tests/eval4/docs
(<spec>-<layout>.pdf: two columns, sidebar, masthead box, justified A5,
print header, drawn bullets, spaced, indent, flush-right top). Every
record is compared with the DOCX one, normalised as score.py does.

    tools/invariance.py [--cli build/bin/pressmill] [--show] [--json]

Prints, per layout and overall, the share of records equal to the DOCX
record on each field, the share equal on all five (score.py's
invariance), and the mean body F1 against the DOCX body; "harder
layouts" sums the eval4 PDFs alone. --show lists each differing field.
"""
import argparse
import collections
import glob
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval"))
EVAL4 = os.path.join(ROOT, "tests", "eval4", "docs")
FIELDS = ("headline", "date", "location", "byline", "body")


def load_score():
    spec = importlib.util.spec_from_file_location("score", os.path.join(EVAL, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fields_of(sc, rec):
    d = rec.get("dateline") or {}
    return {"headline": sc.norm(rec.get("headline")), "date": rec.get("date"),
            "location": sc.norm_loc(d.get("location")), "byline": sc.norm(rec.get("byline")),
            "body": sc.body_of(rec)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "pressmill"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(EVAL):
        print("invariance: no ../shared/eval, nothing to compare", file=sys.stderr)
        return 0
    sc = load_score()
    groups = collections.OrderedDict()
    for docx in sorted(glob.glob(os.path.join(EVAL, "dev", "*.docx"))):
        spec = os.path.basename(docx)[:-5]
        members = [("docx", docx)]
        for fmt in ("txt", "pdf"):
            p = docx[:-4] + fmt
            if os.path.exists(p):
                members.append((fmt, p))
        for p in sorted(glob.glob(os.path.join(EVAL4, spec + "-*.pdf"))):
            members.append(("pdf-" + os.path.basename(p)[len(spec) + 1:-4], p))
        groups[spec] = members
    paths = [p for m in groups.values() for _, p in m]
    out = subprocess.run([a.cli, "convert", "--ndjson", "--ordered", "-q"] + paths,
                         capture_output=True, text=True).stdout
    recs = {}
    for line in out.splitlines():
        r = json.loads(line)
        recs[os.path.normpath((r.get("source") or {}).get("path") or "")] = r
    same = collections.defaultdict(lambda: collections.Counter())
    count = collections.Counter()
    bodyf1 = collections.defaultdict(list)
    for spec, members in groups.items():
        ref = fields_of(sc, recs.get(os.path.normpath(members[0][1]), {}))
        for kind, p in members[1:]:
            got = fields_of(sc, recs.get(os.path.normpath(p), {}))
            for key in (kind, "all") + (("harder layouts",) if kind.startswith("pdf-") else ()):
                count[key] += 1
                ok_all = True
                for f in FIELDS:
                    ok = got[f] == ref[f]
                    same[key][f] += ok
                    ok_all &= ok
                same[key]["all five"] += ok_all
                bodyf1[key].append(sc.f1(got["body"], ref["body"]))
            if a.show:
                for f in FIELDS:
                    if got[f] != ref[f]:
                        g, r = got[f], ref[f]
                        if f == "body":
                            g = [x for x in got[f] if x not in ref[f]][:2]
                            r = [x for x in ref[f] if x not in got[f]][:2]
                        print(f"diff {spec} {kind} {f}: docx {json.dumps(r, ensure_ascii=False)[:160]} "
                              f"| {json.dumps(g, ensure_ascii=False)[:160]}")
    table = {k: dict({f: round(same[k][f] / count[k], 3) for f in FIELDS + ("all five",)},
                     **{"body.f1": round(sum(bodyf1[k]) / len(bodyf1[k]), 3), "n": count[k]})
             for k in sorted(count, key=lambda k: (k in ("all", "harder layouts"), k))}
    if a.json:
        print(json.dumps(table, indent=1))
        return 0
    cols = FIELDS + ("all five", "body.f1")
    print(f"{'vs docx':18}" + "".join(f"{c:>10}" for c in cols) + f"{'n':>5}")
    for k, row in table.items():
        print(f"{k:18}" + "".join(f"{row[c]:10.3f}" for c in cols) + f"{row['n']:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
