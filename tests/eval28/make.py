#!/usr/bin/python3
"""Write tests/eval28/docs: invented releases that END in the ways the
About section is hard to find - a heading with no About word (the body's
kind in capitals, a company profile, "Qui sommes-nous ?"), the About in
the page footer, boilerplate after an end mark, notes to editors holding
About paragraphs, several About sections in a row, About sections in
table cells and text boxes, the heading a bold run opening its paragraph.

The releases and their gold are in tests/eval28/releases.py (written
before pressmill was run on them). The DOCX markup (text boxes with their
VML fallback, tables, header and footer parts, the fixed zip dates) is
tests/eval27/make.py's, loaded from there; this file adds page breaks,
right-to-left paragraphs for Arabic, the plain-text rendering and the PDF
export (LibreOffice's, of the DOCX).

Usage (from the repository root):
  /usr/bin/python3 tests/eval28/make.py            # DOCX, TXT, gold, and PDF with soffice
  /usr/bin/python3 tests/eval28/make.py --no-pdf   # DOCX, TXT and gold only
"""
import datetime
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml import parse_xml

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
_spec = importlib.util.spec_from_file_location("eval27_make", os.path.join(HERE, "..", "eval27", "make.py"))
E27 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(E27)

RTL_P = '<w:bidi/><w:jc w:val="right"/><w:spacing w:after="160"/>'


class Writer(E27.Writer):
    def block(self, b):
        k = b[0]
        if k == "pagebreak":
            return E27.para('<w:r><w:br w:type="page"/></w:r>')
        if k == "rtl":
            return E27.para(E27.runs(b[1], "<w:rtl/>"), RTL_P)
        if k == "rtl_b":
            return E27.para(E27.runs(b[1], "<w:b/><w:rtl/>"), RTL_P)
        if k == "rtl_big":
            return E27.para(E27.runs(b[1], E27.BIG + "<w:rtl/>"), RTL_P)
        return super().block(b)


def plain(t):
    return re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m.group(1) or m.group(2), t)


def txt_lines(b):
    """The block as a plain-text release gives it: one paragraph a line."""
    k = b[0]
    if k in ("pagebreak", "cols"):
        return []
    if k == "txbx":
        return [plain(t) for t in b[1]]
    if k in ("tabs", "spaces"):
        return [" \u2013 ".join(plain(t) for t in b[1])]
    if k == "tbl":
        return [plain(t) for cell in b[1] for t in cell]
    if k == "box":
        return [plain(t) for t in b[1]]
    if k == "sdt":
        return [ln for x in b[2] for ln in txt_lines(x)]
    return [plain(b[1])]


def write_txt(rel, path):
    paras = [ln for b in rel["blocks"] for ln in txt_lines(b)]
    paras += [plain(t) for t in rel.get("footer") or []]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")


def write_docx(rel, path):
    d = docx.Document()
    props = d.core_properties
    props.created = props.modified = datetime.datetime(2026, 12, 7, 12, 0, 0)
    props.author = props.last_modified_by = "press office"
    props.revision = 1
    sec = d.sections[0]
    if rel.get("header"):
        E27.header_footer(sec.header, rel["header"])
    if rel.get("footer"):
        E27.header_footer(sec.footer, rel["footer"])
    w = Writer(rel)
    final = d.element.body[-1]  # the final w:sectPr
    for el in parse_xml("<w:body %s>%s</w:body>" % (E27.NS, "".join(w.block(b) for b in rel["blocks"]))):
        final.addprevious(el)
    d.save(path)
    E27.fix_zip(path)


def export_pdf(soffice, src, dst):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "-env:UserInstallation=file://%s/u" % tmp, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, os.path.basename(src)[:-5] + ".pdf"), dst)


def main(argv):
    ids = [a for a in argv if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    exec(open(os.path.join(HERE, "releases.py"), encoding="utf-8").read(), globals())
    soffice = None if "--no-pdf" in argv else shutil.which("soffice") or shutil.which("libreoffice")
    for rel in RELEASES:  # noqa: F821 (from releases.py)
        if ids and rel["id"] not in ids:
            continue
        base = os.path.join(OUT, rel["id"])
        write_docx(rel, base + ".docx")
        write_txt(rel, base + ".txt")
        if soffice:
            export_pdf(soffice, base + ".docx", base + ".pdf")
        docs = [rel["id"] + ext for ext in (".txt", ".docx", ".pdf") if os.path.exists(base + ext)]
        producers = {"txt": "the release as plain text, one paragraph a line, the footer's text at the end",
                     "docx": "as tests/eval28/make.py writes it (python-docx, raw WordprocessingML)"}
        if rel["id"] + ".pdf" in docs:
            producers["pdf"] = "LibreOffice's PDF export of the DOCX"
        gold = {"id": rel["id"], "documents": docs, "producers": producers, "expect": rel["expect"],
                "source_note": rel["note"]}
        with open(base + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(rel["id"], " ".join(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
