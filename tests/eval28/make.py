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
tests/eval27/make.py's, loaded from there (the fixed zip dates, the
reading of releases.py, the gold and the soffice call are tests/evaltools');
this file adds page breaks,
right-to-left paragraphs for Arabic, the plain-text rendering and the PDF
export (LibreOffice's, of the DOCX).

Usage (from the repository root):
  /usr/bin/python3 tests/eval28/make.py            # DOCX, TXT, gold, and PDF with soffice
  /usr/bin/python3 tests/eval28/make.py --no-pdf   # DOCX, TXT and gold only
"""
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
E27 = evaltools.load("eval27_make", os.path.join("eval27", "make.py"))

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
    evaltools.write_text(path, "\n\n".join(paras) + "\n")


def write_docx(rel, path):
    d = evaltools.new_docx("press office")
    sec = d.sections[0]
    if rel.get("header"):
        E27.header_footer(sec.header, rel["header"])
    if rel.get("footer"):
        E27.header_footer(sec.footer, rel["footer"])
    w = Writer(rel)
    evaltools.add_body_xml(d, E27.NS, "".join(w.block(b) for b in rel["blocks"]))
    evaltools.save_docx(d, path)


def main(argv):
    ids = [a for a in argv if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    soffice = None if "--no-pdf" in argv else shutil.which("soffice") or shutil.which("libreoffice")
    for rel in evaltools.releases(HERE, globals()):
        if ids and rel["id"] not in ids:
            continue
        base = os.path.join(OUT, rel["id"])
        write_docx(rel, base + ".docx")
        write_txt(rel, base + ".txt")
        if soffice:
            evaltools.soffice_pdfs([base + ".docx"], OUT, soffice=soffice, quiet=True)
        docs = [rel["id"] + ext for ext in (".txt", ".docx", ".pdf") if os.path.exists(base + ext)]
        producers = {"txt": "the release as plain text, one paragraph a line, the footer's text at the end",
                     "docx": "as tests/eval28/make.py writes it (python-docx, raw WordprocessingML)"}
        if rel["id"] + ".pdf" in docs:
            producers["pdf"] = "LibreOffice's PDF export of the DOCX"
        evaltools.write_gold(base + ".gold.json",
                             evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))
        print(rel["id"], " ".join(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
