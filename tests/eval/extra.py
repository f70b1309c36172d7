#!/usr/bin/env python3
"""Score the gold fields that ../shared/eval/score.py leaves out.

Usage: extra.py GOLD_DIR --cmd 'build/bin/pressmill convert --ndjson' [--records F] [--show]

For each gold file whose "expect" has them (tests/eval/render.py puts them
there from a spec's "gold" object): "release" and "end_mark" (exact after
the same folding as score.py), "embargo" (the record's embargo starts with
the expected date), "date_ambiguous" (the boolean), "quotes" (the share of
expected speakers that the record's quotes name; a speaker matches when one
name contains the other). Prints a table per format; always exits 0.
"""
import argparse
import collections
import json
import os
import shlex
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
try:
    from score import norm
except ImportError:  # the same folding, reduced
    import re

    def norm(s):
        return None if s is None else re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(s))).strip()


def speakers_hit(rec, want):
    got = [norm(q.get("speaker")) for q in rec.get("quotes") or [] if isinstance(q, dict) and q.get("speaker")]
    hit = 0
    for w in want:
        w = norm(w["speaker"])
        if any(w in g or g in w for g in got):
            hit += 1
    return hit / len(want) if want else 1.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir")
    ap.add_argument("--cmd", default="pressmill convert --ndjson")
    ap.add_argument("--records")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    golds = []
    for f in sorted(os.listdir(a.gold_dir)):
        if f.endswith(".gold.json"):
            with open(os.path.join(a.gold_dir, f), encoding="utf-8") as fh:
                g = json.load(fh)
            g["_docs"] = [os.path.normpath(os.path.join(a.gold_dir, d)) for d in g["documents"]]
            golds.append(g)
    docs = [d for g in golds for d in g["_docs"]]
    if a.records:
        lines = open(a.records, encoding="utf-8").read().splitlines()
    else:
        lines = subprocess.run(shlex.split(a.cmd) + docs, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL).stdout.decode("utf-8", "replace").splitlines()
    recs = {}
    for ln in lines:
        try:
            r = json.loads(ln)
        except ValueError:
            continue
        recs[os.path.normpath((r.get("source") or {}).get("path") or "")] = r
    per = collections.defaultdict(lambda: collections.defaultdict(list))
    misses = []
    for g in golds:
        e = g["expect"]
        for d in g["_docs"]:
            fmt = os.path.splitext(d)[1].lstrip(".")
            r = recs.get(d) or {}
            s = {}
            for k in ("release", "end_mark"):
                if k in e:
                    s[k] = float(norm(r.get(k)) == norm(e[k]))
            if "embargo" in e:
                s["embargo"] = float(bool(r.get("embargo")) and r["embargo"][:10] == e["embargo"][:10])
            if "date_ambiguous" in e:
                s["date_ambiguous"] = float(bool(r.get("date_ambiguous")) == e["date_ambiguous"])
            if "quotes" in e:
                s["quotes.speakers"] = speakers_hit(r, e["quotes"])
            for k, v in s.items():
                per[fmt][k].append(v)
                per["all"][k].append(v)
                if v < 1.0:
                    got = r.get(k) if k != "quotes.speakers" else [q.get("speaker") for q in r.get("quotes") or []]
                    misses.append("miss %s %s %.3f got %s" % (d, k, v, json.dumps(got, ensure_ascii=False)))
    fmts = ["all"] + sorted(f for f in per if f != "all")
    fields = sorted({k for f in per.values() for k in f})
    print("%-20s" % "extra field" + "".join("%9s" % f for f in fmts))
    for k in fields:
        print("%-20s" % k + "".join("%9s" % ("%.3f" % (sum(per[f][k]) / len(per[f][k])) if per[f][k] else "-")
                                    for f in fmts))
    if a.show:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
