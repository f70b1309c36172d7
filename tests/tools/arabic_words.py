#!/usr/bin/env python3
"""Corpus test (issue 10): logical-order text is never rewritten. For every
DOCX and plain-text file under ../shared/corpus whose text holds the
Arabic script (Arabic, Persian, Urdu...), the Arabic-script words of the
record are the words of the source, read independently of pressmill:

  - DOCX with python-docx (Debian's python3-docx): every w:t of the main
    document part in document order, paragraphs, cells, tabs and breaks
    apart (tracked deletions, field codes and the fallback copy of a
    text box left out, as Word shows them);
  - plain text as UTF-8 (a file that is not UTF-8 is decoded with the
    charset the record names, with Python's codec, not pressmill's).

Both sides get the cleaning RECORD.md specifies for every field (NFC,
invisible format characters dropped, white space collapsed), and words are
compared as multisets of whitespace-separated tokens holding an
Arabic-script letter, from the record's own text fields (headline,
subheadline, tags, release, dateline, byline, body, About sections, end
mark; quotes, contacts and acronyms are copies of these). A record word
that the source does not hold as often is a rewrite (two words joined,
letters turned round, marks moved): the test fails and lists them. Words
of the source that the record leaves out are furniture the normaliser
removed (page numbers, repeated lines, letterhead, contact blocks); the
test fails when they are more than --max-dropped of the source's words
and more than --max-dropped-words.

  arabic_words.py --cli build/bin/pressmill --corpus ../shared/corpus

Skipped, saying so, without ../shared or without python3-docx.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

try:
    import docx
    from docx.oxml.ns import qn
except ImportError:  # pragma: no cover - make deps installs python3-docx
    docx = None

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# RECORD.md's cleaning: soft hyphen, zero-width space, BOM, bidi marks,
# embeddings and isolates, word joiner, Arabic letter mark are dropped
INVISIBLE = re.compile("[\u00ad\u200b\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u2060\u061c"
                       "\u0000-\u0008\u000e-\u001f\u007f-\u009f]")
TEXT_EXT = (".txt", ".text", ".md", ".markdown")


def clean(t):
    return unicodedata.normalize("NFC", INVISIBLE.sub("", t))


def arabic_words(t):
    return collections.Counter(w for w in clean(t).split() if ARABIC.search(w))


def docx_text(path):
    """The main part's text as Word shows it, read with python-docx."""
    d = docx.Document(path)
    body = d.element.body
    out = []
    skip = {qn("w:del"), qn("w:moveFrom"), qn("w:instrText"), qn("w:delText")}
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

    def walk(el):
        for ch in el:
            tag = ch.tag
            if not isinstance(tag, str) or tag in skip or tag == fallback:
                continue
            if tag == qn("w:t"):
                out.append(ch.text or "")
            elif tag in (qn("w:tab"), qn("w:br"), qn("w:cr")):
                out.append(" ")
            elif tag == qn("w:noBreakHyphen"):
                out.append("-")
            else:
                walk(ch)
                if tag in (qn("w:p"), qn("w:tc")):
                    out.append("\n")
    walk(body)
    return "".join(out)


def source_text(path, rec):
    if path.lower().endswith(".docx"):
        return docx_text(path)
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        enc = (rec.get("source") or {}).get("encoding") or ""
        return raw.decode(enc.lower().replace("windows-", "cp"), "replace")


def record_text(rec):
    parts = [rec.get("headline"), rec.get("subheadline"), rec.get("release"), rec.get("byline"),
             rec.get("end_mark"), (rec.get("dateline") or {}).get("text")]
    parts += rec.get("tags") or []
    parts += [b.get("text") for b in rec.get("body") or []]
    for a in rec.get("about") or []:
        parts.append(a.get("heading"))
        parts += a.get("paragraphs") or []
    return "\n".join(p for p in parts if p)


def candidates(corpus):
    out = []
    for d, dirs, files in os.walk(corpus):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            if f.lower().endswith((".docx",) + TEXT_EXT) and os.path.isfile(p) and not os.path.islink(p):
                out.append(p)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--max-dropped", type=float, default=0.1,
                    help="share of the source's Arabic-script words the record may leave out")
    ap.add_argument("--max-dropped-words", type=int, default=10,
                    help="words the record may leave out whatever the share")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(a.corpus):
        print("arabic-words: skipped: %s is not here (user clone)" % a.corpus)
        return 0
    if docx is None:
        print("arabic-words: skipped: python3-docx is missing (make deps installs it)")
        return 0
    passed, failed, unreadable = 0, 0, []
    for path in candidates(a.corpus):
        rel = os.path.relpath(path, a.corpus)
        # which files hold the script is decided on the source alone
        try:
            if path.lower().endswith(".docx"):
                src = docx_text(path)
            else:
                src = open(path, "rb").read().decode("utf-8", "replace")
        except Exception as e:  # python-docx cannot read a damaged package
            unreadable.append("%s (%s)" % (rel, type(e).__name__))
            continue
        if not ARABIC.search(src):
            continue
        proc = subprocess.run([a.cli, "convert", "--no-isolate", path], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
        try:
            rec = json.loads(proc.stdout)
        except ValueError:
            print("arabic-words: %s: no record" % rel)
            failed += 1
            continue
        if rec.get("status") == "failed":
            if a.verbose:
                print("arabic-words: %s: failed record (%s), nothing to compare" %
                      (rel, (rec.get("error") or {}).get("code")))
            continue
        sw = arabic_words(source_text(path, rec))
        rw = arabic_words(record_text(rec))
        if not sw:
            continue  # not UTF-8 after all: its bytes only looked like Arabic
        rewritten = rw - sw
        dropped = sum((sw - rw).values())
        share = dropped / max(1, sum(sw.values()))
        ok = not rewritten and (share <= a.max_dropped or dropped <= a.max_dropped_words)
        if ok:
            passed += 1
        else:
            failed += 1
        if not ok or a.verbose:
            print("arabic-words: %s: %s: %d words in the source, %d in the record, %d not in the "
                  "source, %d (%.1f%%) left out" % (rel, "ok" if ok else "FAILED", sum(sw.values()),
                                                    sum(rw.values()), sum(rewritten.values()),
                                                    dropped, share * 100))
            if rewritten:
                print("arabic-words:   not in the source: " +
                      ", ".join("%s x%d" % kv for kv in rewritten.most_common(12)))
    if unreadable and a.verbose:
        print("arabic-words: python-docx cannot read (not compared): " + ", ".join(unreadable))
    print("arabic-words: %d passed, %d failed, %d unreadable by python-docx" %
          (passed, failed, len(unreadable)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
