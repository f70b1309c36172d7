#!/usr/bin/python3
"""Regenerate tests/eval12/wordpdf: DOCX releases that have gold, each with
the PDF that LibreOffice Writer exports from it (the way most real releases
are published: written in a word processor, exported to PDF).

Usage (from the repository root, with Debian's LibreOffice):
  /usr/bin/python3 tests/eval12/make.py

For every DOCX release of tests/eval10/docx, tests/eval9/docs and
tests/eval8/docs it copies the DOCX into tests/eval12/wordpdf and writes a
gold file of the same id naming the DOCX and its PDF export (so score.py's
invariance compares the two), its expected fields copied unchanged from the
source gold. tests/eval12/make_docx.py first writes this set's own DOCX
releases (Word templates: letterhead and footer in the page header and
footer, a key-figures table, a frame beside the first paragraph, footnotes,
justified text, two columns, Symbol-font bullets) with their gold. Then
one soffice run exports every DOCX to PDF with a private profile.
"""
import glob
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import make_docx  # noqa: E402  (save_gold)

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "wordpdf")
SOURCES = ["tests/eval10/docx", "tests/eval9/docs", "tests/eval8/docs"]
PROFILE = "file:///tmp/lo-wordpdf"


def copy_sources():
    n = 0
    for src in SOURCES:
        for gpath in sorted(glob.glob(os.path.join(ROOT, src, "*.gold.json"))):
            with open(gpath, encoding="utf-8") as fh:
                gold = json.load(fh)
            docx = [d for d in gold["documents"] if d.endswith(".docx")]
            if not docx:
                continue
            rid = gold["id"]
            shutil.copyfile(os.path.join(os.path.dirname(gpath), docx[0]), os.path.join(OUT, rid + ".docx"))
            make_docx.save_gold(OUT, rid, "%s (%s)" % (src, gold.get("producers", {}).get("docx", "?")),
                                gold["expect"], "gold copied from %s/%s; %s"
                                % (src, os.path.basename(gpath), gold.get("source_note", "")))
            n += 1
    return n


def main():
    if not shutil.which("soffice"):
        sys.exit("make.py: soffice (LibreOffice) is needed to export the PDFs")
    os.makedirs(OUT, exist_ok=True)
    n = copy_sources()
    subprocess.run([sys.executable, os.path.join(HERE, "make_docx.py"), OUT], check=True)
    m = evaltools.soffice_pdfs(sorted(glob.glob(os.path.join(OUT, "*.docx"))), OUT, PROFILE)
    print("eval12: %d copied releases, %d PDFs exported to %s" % (n, m, OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
