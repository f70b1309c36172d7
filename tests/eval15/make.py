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
  /usr/bin/python3 tests/eval15/make.py            # DOCX, gold and PDF (needs soffice)
  /usr/bin/python3 tests/eval15/make.py --no-pdf   # DOCX and gold only
"""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docx")
PROFILE = "file:///tmp/lo-eval15"


def load_eval13():
    spec = importlib.util.spec_from_file_location("eval13_make_docx",
                                                  os.path.join(HERE, "..", "eval13", "make_docx.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


E13 = load_eval13()
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


def export_pdfs(docs):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp] + docs, check=True, stdout=subprocess.DEVNULL)
        for d in docs:
            base = os.path.splitext(os.path.basename(d))[0] + ".pdf"
            shutil.move(os.path.join(tmp, base), os.path.join(OUT, base))


def main():
    with_pdf = "--no-pdf" not in sys.argv
    if with_pdf and not shutil.which("soffice"):
        sys.exit("make.py: soffice (LibreOffice) is needed to export the PDFs (or pass --no-pdf)")
    os.makedirs(OUT, exist_ok=True)
    docs = []
    for rel in RELEASES:
        base = os.path.join(OUT, rel["id"])
        E13.write_docx(base + ".docx", rel)
        docs.append(base + ".docx")
        with open(base + ".gold.json", "w", encoding="utf-8") as fh:
            fh.write(gold_text(rel, with_pdf))
    if with_pdf:
        export_pdfs(docs)
    print("eval15: wrote %d releases%s to %s" % (len(RELEASES), " and their PDFs" if with_pdf else "", OUT),
          file=sys.stderr)


if __name__ == "__main__":
    main()
