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
import glob
import os
import sys

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__, "docx")
PROFILE = "file:///tmp/lo-eval15"

E13 = evaltools.load("eval13_make_docx", "eval13/make_docx.py")
# numId 1: the bullet list of eval13; numId 2: Word's decimal list "1." (the numbers are generated, not text)
E13.NUMBERING = E13.NUMBERING.replace(
    "</w:numbering>",
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

RELEASES = evaltools.releases(HERE, {"E13": E13})


def gold_text(rel, with_pdf):
    docs = [rel["id"] + ".docx"] + ([rel["id"] + ".pdf"] if with_pdf else [])
    producers = {"docx": "tests/eval15/make.py (tests/eval13/make_docx.py markup)"}
    if with_pdf:
        producers["pdf"] = "LibreOffice Writer export of the DOCX"
    return evaltools.gold_json(evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))


def main():
    with_pdf = evaltools.pdf_tools(sys.argv, ["soffice"],
                                   "make.py: no soffice (LibreOffice exports the PDFs): the DOCX and their gold only")
    os.makedirs(OUT, exist_ok=True)
    for rel in RELEASES:
        base = os.path.join(OUT, rel["id"])
        E13.write_docx(base + ".docx", rel)
        evaltools.write_text(base + ".gold.json", gold_text(rel, with_pdf))
    if with_pdf:
        evaltools.soffice_pdfs(sorted(glob.glob(os.path.join(OUT, "*.docx"))), OUT, PROFILE)
    print("eval15: wrote %d releases%s to %s" % (len(RELEASES), " and their PDFs" if with_pdf else "", OUT),
          file=sys.stderr)


if __name__ == "__main__":
    main()
