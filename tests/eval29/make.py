#!/usr/bin/python3
"""Write tests/eval29/docs: invented releases whose headline and
subheadline only typography tells apart (size, weight, colour, the font
itself; no style names), as DOCX with direct formatting beside
LibreOffice's PDF export of it, or as an HTML page printed to PDF by
Chromium.

The releases and their gold are in tests/eval29/releases.py (written
before pressmill was run on them). A release is a list of blocks:
  ("para", text, fmt)          one paragraph in direct formatting; "\\n" in
                               the text is a line break (w:br, <br>)
  ("mix", [(text, fmt), ...])  one paragraph of runs in several formats
  ("p", text)                  a body paragraph (Normal, 11 pt)
  ("bul", text)                a bullet (python-docx's List Bullet; <li>)
fmt keys: size (pt), b, i, color (hex), font, after (pt space after),
caps (w:caps / text-transform), spacing (letter spacing, pt).
A release's "first_header" is a paragraph (text, fmt) printed in the
first page's header band (DOCX: a different first-page header part;
HTML: a block at the page's top margin).

Usage (from the repository root):
  /usr/bin/python3 tests/eval29/make.py            # DOCX, gold, PDFs
  /usr/bin/python3 tests/eval29/make.py --no-pdf   # DOCX and gold only
"""
import html
import os
import shutil
import sys
import tempfile

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
BODY = {"size": 11, "after": 8}


def fmt_run(r, f):
    if f.get("size"):
        r.font.size = Pt(f["size"])
    if f.get("b"):
        r.bold = True
    if f.get("i"):
        r.italic = True
    if f.get("color"):
        r.font.color.rgb = RGBColor.from_string(f["color"])
    if f.get("font"):
        r.font.name = f["font"]
        rpr = r._element.get_or_add_rPr()
        rpr.rFonts.set(docx.oxml.ns.qn("w:hAnsi"), f["font"])
    if f.get("caps"):
        r.font.all_caps = True
    if f.get("spacing"):
        r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), f["spacing"] * 20)))


def add_runs(p, pieces):
    for text, f in pieces:
        for k, part in enumerate(text.split("\n")):
            if k:
                p.add_run().add_break(WD_BREAK.LINE)
            if part:
                fmt_run(p.add_run(part), f)


def para_fmt(p, f):
    pf = p.paragraph_format
    pf.space_after = Pt(f.get("after", 6))
    pf.space_before = Pt(f.get("before", 0))


def docx_write(rel):
    d = evaltools.new_docx("Communications")
    sec = d.sections[0]
    if rel.get("first_header"):
        sec.different_first_page_header_footer = True
        text, f = rel["first_header"]
        p = sec.first_page_header.paragraphs[0]
        add_runs(p, [(text, f)])
    first = True
    for b in rel["blocks"]:
        k = b[0]
        if k == "para":
            p = d.paragraphs[0] if first and d.paragraphs else d.add_paragraph()
            add_runs(p, [(b[1], b[2])])
            para_fmt(p, b[2])
        elif k == "mix":
            p = d.add_paragraph()
            add_runs(p, b[1])
            para_fmt(p, b[1][-1][1])
        elif k == "p":
            p = d.add_paragraph()
            add_runs(p, [(b[1], BODY)])
            para_fmt(p, BODY)
        elif k == "bul":
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, [(b[1], BODY)])
        else:
            raise ValueError(k)
        first = False
    path = os.path.join(OUT, rel["id"] + ".docx")
    evaltools.save_docx(d, path)
    return path


def css(f):
    out = ["margin:0 0 %dpt 0" % f.get("after", 6)]
    if f.get("size"):
        out.append("font-size:%dpt" % f["size"])
    out.append("font-weight:%s" % ("700" if f.get("b") else "400"))
    if f.get("i"):
        out.append("font-style:italic")
    if f.get("color"):
        out.append("color:#" + f["color"])
    if f.get("font"):
        out.append("font-family:'%s'" % f["font"])
    if f.get("caps"):
        out.append("text-transform:uppercase")
    if f.get("spacing"):
        out.append("letter-spacing:%dpt" % f["spacing"])
    return ";".join(out)


def span(text, f):
    return '<span style="%s">%s</span>' % (css(f).split(";", 1)[1], html.escape(text).replace("\n", "<br>"))


def html_write(rel):
    out = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>'
           '@page{size:A4;margin:18mm 20mm} body{font-family:"Liberation Sans",sans-serif;font-size:11pt;'
           'line-height:1.35} div{display:block} ul{margin:0 0 8pt 0}</style></head><body>'
           % (rel["expect"]["language"], html.escape(rel["id"]))]
    if rel.get("first_header"):
        text, f = rel["first_header"]
        out.append('<div style="%s">%s</div>' % (css(f), html.escape(text).replace("\n", "<br>")))
    items = []
    for b in rel["blocks"]:
        if b[0] != "bul" and items:
            out.append("<ul>%s</ul>" % "".join(items))
            items = []
        if b[0] == "para":
            out.append('<div style="%s">%s</div>' % (css(b[1 + 1]), html.escape(b[1]).replace("\n", "<br>")))
        elif b[0] == "mix":
            out.append('<div style="%s">%s</div>' % (css(b[1][-1][1]), "".join(span(t, f) for t, f in b[1])))
        elif b[0] == "p":
            out.append('<div style="margin:0 0 8pt 0">%s</div>' % html.escape(b[1]))
        elif b[0] == "bul":
            items.append("<li>%s</li>" % html.escape(b[1]))
    if items:
        out.append("<ul>%s</ul>" % "".join(items))
    out.append("</body></html>\n")
    return "".join(out)


def main(argv):
    no_pdf = "--no-pdf" in argv
    ids = [a for a in argv if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    soffice = None if no_pdf else shutil.which("soffice") or shutil.which("libreoffice")
    chromium = None if no_pdf else shutil.which("chromium")
    for rel in evaltools.releases(HERE, globals()):
        if ids and rel["id"] not in ids:
            continue
        docs, producers = [], {}
        pdf = os.path.join(OUT, rel["id"] + ".pdf")
        with tempfile.TemporaryDirectory() as tmp:
            if rel["shape"] == "docx":
                path = docx_write(rel)
                docs.append(rel["id"] + ".docx")
                producers["docx"] = "python-docx, direct formatting only (tests/eval29/make.py)"
                if soffice:
                    evaltools.soffice_pdfs([path], OUT, soffice=soffice, quiet=True)
                if os.path.exists(pdf):
                    producers["pdf"] = "LibreOffice's PDF export of the DOCX"
            else:
                page = html_write(rel)
                if chromium:
                    evaltools.chromium_html_pdf(page, rel["id"], pdf, tmp)
                if os.path.exists(pdf):
                    producers["pdf"] = "Chromium headless --print-to-pdf of an HTML page in inline CSS (no h1/h2)"
        if os.path.exists(pdf):
            docs.append(rel["id"] + ".pdf")
        evaltools.write_gold(os.path.join(OUT, rel["id"] + ".gold.json"),
                             evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))
        print(rel["id"], " ".join(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
