#!/usr/bin/python3
"""Write tests/eval15/docx: invented DOCX releases in the layouts real
organisations give their About sections, decks and titles in Word, each
beside the PDF LibreOffice Writer exports from it.

The markup helpers and the package writer are tests/eval13/make_docx.py's
(Word's own WordprocessingML, python3's zipfile only, byte-stable); the
releases and their gold, written before pressmill was run on them, are in
tests/eval15/releases.py. Each gold names the DOCX and its PDF, so
score.py's invariance compares the two.

Usage (from the repository root):
  /usr/bin/python3 tests/eval15/make.py            # DOCX, gold and PDF (PDF: with soffice)
  /usr/bin/python3 tests/eval15/make.py --no-pdf   # DOCX and gold only
"""
import importlib.util
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docx")
PROFILE = "file:///tmp/lo-eval15"


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", path))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


E13 = load("eval13_make_docx", "eval13/make_docx.py")
# numId 1: the bullet list of eval13; numId 2: Word's decimal list "1." (the numbers are generated, not text)
E13.NUMBERING = E13.NUMBERING.replace(
    "</w:numbering>",
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

NS = {"E13": E13}
exec(open(os.path.join(HERE, "releases.py"), encoding="utf-8").read(), NS)  # RELEASES
RELEASES = NS["RELEASES"]


def gold_text(rel, with_pdf):
    docs = [rel["id"] + ".docx"] + ([rel["id"] + ".pdf"] if with_pdf else [])
    producers = {"docx": "tests/eval15/make.py (tests/eval13/make_docx.py markup)"}
    if with_pdf:
        producers["pdf"] = "LibreOffice Writer export of the DOCX"
    return json.dumps({"id": rel["id"], "documents": docs, "producers": producers,
                       "expect": rel["expect"], "source_note": rel["note"]}, ensure_ascii=False, indent=1) + "\n"


def main():
    with_pdf = "--no-pdf" not in sys.argv
    if with_pdf and not shutil.which("soffice"):
        print("make.py: no soffice (LibreOffice exports the PDFs): the DOCX and their gold only", file=sys.stderr)
        with_pdf = False
    os.makedirs(OUT, exist_ok=True)
    for rel in RELEASES:
        base = os.path.join(OUT, rel["id"])
        E13.write_docx(base + ".docx", rel)
        with open(base + ".gold.json", "w", encoding="utf-8") as fh:
            fh.write(gold_text(rel, with_pdf))
    if with_pdf:
        load("eval12_make", "eval12/make.py").export_pdfs(OUT, PROFILE)
    print("eval15: wrote %d releases%s to %s" % (len(RELEASES), " and their PDFs" if with_pdf else "", OUT),
          file=sys.stderr)


if __name__ == "__main__":
    main()
