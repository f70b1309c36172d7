#!/usr/bin/python3
"""Measure OCR on scans of born-digital releases (make check-ocr-eval).

Every release of the gold sets given (../shared/eval/dev, tests/eval/docs,
tests/eval3/docs: rendered from specs by ../shared/eval/render.py) that has
a PDF is scanned by mkscan at each resolution asked (turned by up to 0.8
degree, grey grain, JPEG), as an image-only PDF, into OUT/dpiN/ with a copy
of its gold file naming the scan. pressmill converts each set in process,
one file at a time (--no-isolate: the process is one worker), and the
records are scored with ../shared/eval/score.py against the born-digital
gold, beside the scores of the born-digital PDFs themselves. Also printed:
body word F1 (bag of words) for Latin-script and Arabic releases, the CPU
time per OCRed page (pages per second per core) and the peak resident size
of the process.

usage: eval.py --cli CLI --mkscan MKSCAN --out DIR [--dpi 300,150] GOLD_DIR...
"""
import argparse
import collections
import hashlib
import json
import os
import re
import resource
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def norm_words(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                                   "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-",
                                   "\u00a0": " ", "\u202f": " "}))
    return re.findall(r"\w+(?:['\-.,]\w+)*", s.casefold())


def word_f1(got, want):
    g, w = collections.Counter(got), collections.Counter(want)
    if not g and not w:
        return 1.0
    hit = sum((g & w).values())
    if not hit:
        return 0.0
    p, r = hit / sum(g.values()), hit / sum(w.values())
    return 2 * p * r / (p + r)


def scan_args(rid, dpi):
    """A turn, grain and JPEG quality of its own for each release."""
    h = hashlib.sha256(("%s:%d" % (rid, dpi)).encode()).digest()
    turn = (h[0] / 255.0 * 1.6 - 0.8)
    return ["--dpi", str(dpi), "--rotate", "%.2f" % turn, "--noise", str(6 + h[1] % 6),
            "--jpeg", str(60 + h[2] % 26), "--seed", str(h[3])]


def run(cli, docs, out_ndjson):
    """Convert docs in process; (cpu seconds, peak RSS MB, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    with open(out_ndjson, "wb") as fh:
        # one process at a time: ru_maxrss of the children is then the
        # peak of one converting process, a worker's equivalent
        for i in range(0, len(docs), 200):
            subprocess.run([cli, "convert", "--ndjson", "--no-isolate", "-q", "--timeout", "600"] + docs[i:i + 200],
                           stdout=fh, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, after.ru_maxrss / 1024.0, time.time() - t0


def score(gold_dir, records):
    p = subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"),
                        gold_dir, "--records", records, "--json"], stdout=subprocess.PIPE, check=False)
    try:
        return json.loads(p.stdout)["all"]
    except (ValueError, KeyError):
        return {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--mkscan", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--dpi", default="300,150")
    ap.add_argument("gold_dirs", nargs="+")
    a = ap.parse_args()
    golds = []
    for d in a.gold_dirs:
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith(".gold.json"):
                continue
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                g = json.load(fh)
            pdfs = [x for x in g.get("documents", []) if x.endswith(".pdf")]
            if pdfs:
                g["_pdf"] = os.path.abspath(os.path.join(d, pdfs[0]))
                golds.append(g)
    if not golds:
        print("ocr-eval: 0 passed, 0 failed, 1 skipped (no gold sets)")
        return 0
    sets = [("born", None)] + [("dpi%d" % int(x), int(x)) for x in a.dpi.split(",")]
    groups = ("latin", "arabic")
    rows = {}
    for name, dpi in sets:
        # absolute, as the born-digital PDFs' paths are: score.py matches
        # a record to its gold by the path it was given
        sdir = os.path.abspath(os.path.join(a.out, name))
        docs = []
        for g in golds:
            group = "arabic" if g["expect"].get("language") == "ar" else "latin"
            gdir = os.path.join(sdir, group)
            os.makedirs(gdir, exist_ok=True)
            if dpi:
                scan = os.path.join(gdir, g["id"] + ".pdf")
                if not os.path.exists(scan):
                    subprocess.run([a.mkscan] + scan_args(g["id"], dpi) + [g["_pdf"], scan], check=True)
                doc = scan
            else:
                doc = g["_pdf"]
            docs.append(doc)
            gg = {k: v for k, v in g.items() if not k.startswith("_")}
            gg["documents"] = [os.path.relpath(doc, gdir)]
            with open(os.path.join(gdir, g["id"] + ".gold.json"), "w", encoding="utf-8") as fh:
                json.dump(gg, fh, ensure_ascii=False)
        recs_path = os.path.join(sdir, "records.ndjson")
        cpu, rss, wall = run(a.cli, docs, recs_path)
        recs = {}
        with open(recs_path, encoding="utf-8") as fh:
            for ln in fh:
                try:
                    r = json.loads(ln)
                except ValueError:
                    continue
                recs[os.path.normpath(r["source"]["path"])] = r
        wf = collections.defaultdict(list)
        pages = 0
        conf = []
        for g, doc in zip(golds, docs):
            r = recs.get(os.path.normpath(doc), {})
            ocr = (r.get("source") or {}).get("ocr") or {}
            pages += len(ocr.get("pages") or [])
            if ocr.get("confidence") is not None:
                conf.append(ocr["confidence"])
            exp = g["expect"]
            if "body" not in exp:
                continue
            got = [w for b in r.get("body") or [] for w in norm_words(b.get("text"))]
            want = [w for p in exp["body"] for w in norm_words(p)]
            group = "arabic" if exp.get("language") == "ar" else "latin"
            wf[group].append(word_f1(got, want))
        s = {grp: score(os.path.join(sdir, grp), recs_path) for grp in groups
             if os.path.isdir(os.path.join(sdir, grp))}
        rows[name] = (s, {k: sum(v) / len(v) for k, v in wf.items()}, pages, cpu, rss, wall,
                      sum(conf) / len(conf) if conf else None)
    fields = ["headline", "date", "dateline.location", "dateline.date", "body.f1", "body.sim", "about.f1",
              "emails.f1", "phones.f1", "language"]
    counts = collections.Counter("arabic" if g["expect"].get("language") == "ar" else "latin" for g in golds)
    print("OCR evaluation: %d releases (%s) scanned at %s dpi; scores against the born-digital gold"
          % (len(golds), ", ".join(a.gold_dirs), a.dpi))
    print("%-22s" % "field" + "".join("%10s" % ("%s %s" % (n, g[:2])) for g in groups for n, _ in sets))
    for f in fields:
        print("%-22s" % f + "".join("%10s" % ("%.3f" % rows[n][0].get(g, {})[f] if f in rows[n][0].get(g, {}) else "-")
                                    for g in groups for n, _ in sets))
    print("%-22s" % "body word F1" +
          "".join("%10s" % ("%.3f" % rows[n][1][g] if g in rows[n][1] else "-") for g in groups for n, _ in sets))
    print("(%s)" % ", ".join("%s: %d releases" % (g, counts[g]) for g in groups))
    print("%-22s" % "" + "".join("%10s" % n for n, _ in sets) + "   (all releases)")
    print("%-22s" % "mean word confidence" +
          "".join("%10s" % ("%.1f" % rows[n][6] if rows[n][6] is not None else "-") for n, _ in sets))
    print("%-22s" % "pages OCRed" + "".join("%10d" % rows[n][2] for n, _ in sets))
    print("%-22s" % "CPU s" + "".join("%10.1f" % rows[n][3] for n, _ in sets))
    print("%-22s" % "pages/s per core" +
          "".join("%10s" % ("%.2f" % (rows[n][2] / rows[n][3]) if rows[n][2] else "-") for n, _ in sets))
    print("%-22s" % "peak RSS MB (1 proc)" + "".join("%10.0f" % rows[n][4] for n, _ in sets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
