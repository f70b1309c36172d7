#!/usr/bin/env python3
"""pdf_f1.py - word F1 of pressmill's PDF records against pdftotext's text
for the same files: a sanity check that the plugin loses nothing and invents
nothing (pdftotext is poppler's own reading of the same text layer).

Two scores per file, bags of words (case-folded, punctuation stripped at
the ends of words, soft hyphens dropped, NFKC so ligatures compare equal):
  text  - the record's `text` (headline + body): furniture, letterhead,
          contacts, about sections... are left out by design, so recall
          is below 1 wherever a document has them;
  all   - `text` plus every other part of the record that holds document
          text and `text` does not (release, a dateline on a line of its
          own, byline, about, contacts, end mark, tags, notes, the captions of images and
          tables, and record 1.2's `furniture`: running headers and
          footers, page numbers, a browser's print lines, letterhead,
          captions and chart labels, works cited closing the text): the
          fair comparison with what pdftotext prints, as far as the
          record goes. What no field holds still lowers it (a closing
          date line read as the date, scraper junk, what follows an end
          mark that no section took, rules of `~~~~` the layout drops).
          A contact member `text` or the furniture already holds is not
          counted twice.
Bidi marks are dropped and control characters (unmapped glyph codes that
pdftotext prints raw) separate words, on both sides.
Line-end hyphens are undone on both sides the same way (pdftotext keeps
"extré-" / "misme" as two words, the record joins them): both are compared
after removing every '-' inside and at the end of words.

usage: tools/pdf_f1.py [DIR ...] [--cmd CMD] [--below 0.9] [--json]
Default DIR: ../shared/corpus/suites. Files whose pdftotext output has
fewer than 20 words are listed apart (scans, empty or broken files).
"""
import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = [os.path.join(HERE, "..", "..", "shared", "corpus", "suites")]
PUNCT = "\"'“”‘’«»()[]{}<>.,;:!?*•·…–—-_/\\|"


# Bidi embedding, override and isolate marks, which pdftotext wraps around
# right-to-left runs ("\u202bשלום"): formatting, not letters.
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def words(text):
    text = unicodedata.normalize("NFKC", text or "").replace("\u00ad", "").translate(BIDI_MARKS)
    # A control character (C0/C1) is a glyph code with no Unicode mapping
    # that pdftotext prints raw (a font whose space is code 2 or 3, a
    # bullet drawn as code 7): never a letter, so it separates words.
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    out = []
    for w in text.split():
        w = w.strip(PUNCT).replace("-", "").replace("\u2010", "").casefold()
        if w:
            out.append(w)
    return collections.Counter(out)


def f1(ref, got):
    common = sum((ref & got).values())
    r, g = sum(ref.values()), sum(got.values())
    if not r and not g:
        return 1.0, 1.0, 1.0
    p = common / g if g else 0.0
    rc = common / r if r else 0.0
    return (2 * p * rc / (p + rc) if p + rc else 0.0), p, rc


def record_all(rec):
    # `text` already holds the headline, the subheadline and the body
    # (docs/record.md), and a dateline printed at the start of the first
    # paragraph stays in it: counting them again would be words pdftotext
    # never printed twice.
    text = rec.get("text") or ""
    parts = [text]
    for k in ("release", "byline", "end_mark", "embargo"):
        v = rec.get(k)
        if isinstance(v, str):
            parts.append(v)
    dl = rec.get("dateline")
    if isinstance(dl, dict) and dl.get("text") and dl["text"] not in text:
        parts.append(dl["text"])
    parts += [t for t in rec.get("tags") or [] if isinstance(t, str)]
    for a in rec.get("about") or []:
        # an About section is {heading, paragraphs} (docs/record.md)
        if isinstance(a, dict):
            parts.append(a.get("heading") or "")
            parts += [p for p in a.get("paragraphs") or [] if isinstance(p, str)]
        else:
            parts.append(str(a))
    # the page furniture (record 1.2) holds the footer or letterhead
    # lines a contact's address or phone may be read from
    furniture = " ".join(f.get("text", "") for f in rec.get("furniture") or [] if isinstance(f, dict))
    for c in rec.get("contacts") or []:
        # A contact's members are read from lines the body may keep (a
        # form's "Telephone: ..." lines stay paragraphs): a value `text`
        # already holds is not counted twice. `e164` is the phone
        # rewritten (docs/record.md), no words the page prints.
        if isinstance(c, dict):
            parts += [v for k, v in c.items()
                      if k != "e164" and isinstance(v, str) and v not in text and v not in furniture]
    # record 1.1 keeps figures' and tables' captions apart from the body
    # (docs/record.md, images[] and tables[]): the page's text all the same
    for key in ("images", "tables"):
        for f in rec.get(key) or []:
            if isinstance(f, dict) and isinstance(f.get("caption"), str):
                parts.append(f["caption"])
    # record 1.1 keeps footnotes and endnotes apart from the body, and
    # record 1.2 the page furniture
    for key in ("notes", "furniture"):
        for f in rec.get(key) or []:
            parts.append(f.get("text", "") if isinstance(f, dict) else str(f))
    return " ".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*", default=DEFAULT)
    ap.add_argument("--cmd", default=os.path.join(HERE, "..", "build", "bin", "pressmill") + " convert --ndjson -q")
    ap.add_argument("--below", type=float, default=0.9, help="list files whose 'all' F1 is below this")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    files = []
    for d in a.dirs:
        if os.path.isfile(d):
            files.append(d)
            continue
        for root, _, names in os.walk(d):
            files += [os.path.join(root, n) for n in names if n.lower().endswith(".pdf")]
    files.sort()
    if not files:
        print("no PDF files", file=sys.stderr)
        return 2
    out = subprocess.run(shlex.split(a.cmd) + ["--files-from", "-"], input="\n".join(files) + "\n",
                         capture_output=True, text=True).stdout
    recs = {}
    for line in out.splitlines():
        try:
            r = json.loads(line)
        except ValueError:
            continue
        recs[os.path.abspath(r["source"]["path"])] = r
    rows, small = [], []
    for f in files:
        ref = subprocess.run(["pdftotext", "-q", f, "-"], capture_output=True).stdout.decode("utf-8", "replace")
        rw = words(ref)
        rec = recs.get(os.path.abspath(f))
        if rec is None:
            rows.append((f, "no-record", 0, 0, 0, 0))
            continue
        if sum(rw.values()) < 20:
            small.append((f, rec["status"], sum(rw.values()), sum(words(rec.get("text")).values())))
            continue
        ft = f1(rw, words(rec.get("text")))
        fa = f1(rw, words(record_all(rec)))
        rows.append((f, rec["status"], ft[0], fa[0], fa[1], fa[2]))
    scored = [r for r in rows if r[1] != "no-record"]
    mean_t = sum(r[2] for r in scored) / len(scored) if scored else 0
    mean_a = sum(r[3] for r in scored) / len(scored) if scored else 0
    if a.json:
        json.dump({"files": len(files), "scored": len(scored), "mean_text_f1": mean_t, "mean_all_f1": mean_a,
                   "rows": rows, "small": small}, sys.stdout, indent=1)
        print()
        return 0
    print(f"files {len(files)}  scored {len(scored)}  (<20 pdftotext words: {len(small)})  "
          f"no record: {len(rows) - len(scored)}")
    print(f"mean word F1  text {mean_t:.3f}   all {mean_a:.3f}")
    low = sorted((r for r in scored if r[3] < a.below), key=lambda r: r[3])
    if low:
        print(f"\nbelow {a.below} (all F1, precision, recall; text F1):")
        for r in low:
            print(f"  {r[3]:.3f} p={r[4]:.2f} r={r[5]:.2f} text={r[2]:.3f} {r[1]:8} {os.path.relpath(r[0])}")
    for r in rows:
        if r[1] == "no-record":
            print("  NO RECORD", r[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
