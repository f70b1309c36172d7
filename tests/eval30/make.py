#!/usr/bin/python3
"""Write tests/eval30/docs: invented releases as PDFs whose lines and
paragraphs are hard to read back (issue 11), each with a TXT of the same
release and one gold.

The releases and their body items are in tests/eval30/releases.py (written
before pressmill was run on them); the gold is made from the same items.
Producers (the `shape` of a release):
  one-line, indent-ragged, twocol-hyph, footnote-pages, indent-justified,
  quote-list   a flat ODT (.fodt) written here, exported by LibreOffice
  shift-enter, docx-nospace   a DOCX (python-docx, w:br for Shift+Enter),
               exported by LibreOffice
  html-columns, html-quote-list   an HTML page printed by Chromium
               (--print-to-pdf, no print header or footer)
  quartz, gdocs   drawn word by word with reportlab's canvas, as Quartz
               (Mac) and Skia (Google Docs) PDFs position their words
The ODT/DOCX/HTML sources are not kept: the PDF and the TXT are the set.

Usage (from the repository root):
  /usr/bin/python3 tests/eval30/make.py            # PDFs, TXT and gold
  /usr/bin/python3 tests/eval30/make.py --no-pdf   # TXT and gold only
  /usr/bin/python3 tests/eval30/make.py e30-de-01  # only those ids
"""
import html
import os
import re
import shutil
import sys
import tempfile
import textwrap
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
FN = re.compile(r"\{fn:(.+?)\}")
COUNTRY = {"en": "GB", "de": "DE", "nl": "NL", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT"}


def plain(t):
    """The item's text as a reader takes it: typed line ends joined, notes out."""
    return FN.sub("", t).replace("/", " ")


def kind(item):
    return ("p", item) if isinstance(item, str) else item


def typed_lines(t):
    return FN.sub("", t).split("/")


def gold(rel):
    body = [plain(kind(i)[1]) for i in rel["body"]]
    return {"language": rel["lang"], "headline": rel["headline"], "subheadline": None,
            "dateline": {"location": rel["loc"], "date": rel["date"]}, "date": rel["date"],
            "body": body, "about": [plain(a) for a in rel["about"]],
            "emails": [re.search(r"\S+@\S+", rel["contact"]).group(0)]}


def first(rel):
    """The body items with the dateline opening the first paragraph."""
    items = [kind(i) for i in rel["body"]]
    items[0] = ("p", rel["dateline"] + " " + items[0][1])
    return items


# --- TXT: the release as a person types it in a plain-text mail ----------

def txt(rel):
    out = [rel["label"], "", rel["headline"], ""]
    oneline = rel["shape"] in ("one-line", "shift-enter")
    for k, t in first(rel) + [("h", rel["about_head"])] + [("p", a) for a in rel["about"]]:
        if k == "h":
            out += [t, ""]
        elif k == "li":
            out += textwrap.wrap(plain(t), 70, initial_indent="- ", subsequent_indent="  ")
            continue
        elif k == "q":
            out += textwrap.wrap(plain(t), 66, initial_indent="    ", subsequent_indent="    ") + [""]
        elif oneline:
            out += typed_lines(t) + [""]
        else:
            out += textwrap.wrap(plain(t), 72) + [""]
    if out[-1] != "":
        out.append("")
    out += [rel["contact"], ""]
    # a list ends with a blank line before the next paragraph
    text = "\n".join(out)
    return re.sub(r"(\n- [^\n]*(?:\n  [^\n]*)*)\n(?=[^-\s])", r"\1\n\n", text)


# --- flat ODT for LibreOffice --------------------------------------------

FODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

# page sizes: (width, height, margin) in cm
A4 = (21.0, 29.7, 2.2)
A5 = (14.8, 21.0, 1.6)


def pstyle(name, para="", textp=""):
    return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties %s/><style:text-properties %s/></style:style>' % (name, para, textp))


ITEM_STYLE = {"li": "Item", "q": "Quote", "h": "Head"}


def fodt(rel):
    shape = rel["shape"]
    lang, country = rel["lang"], COUNTRY[rel["lang"]]
    page = A5 if shape in ("footnote-pages", "indent-justified") else A4
    header = footer = ""
    if shape in ("footnote-pages",):
        header = '<style:header><text:p text:style-name="Hdr">%s</text:p></style:header>' % escape(rel["label"])
    if shape in ("footnote-pages", "indent-justified", "twocol-hyph"):
        footer = ('<style:footer><text:p text:style-name="Ftr"><text:page-number text:select-page="current">1'
                  '</text:page-number></text:p></style:footer>')
    size = "%gpt" % rel.get("size", 13 if page == A5 else 11)
    base_para = 'fo:margin-top="0cm" fo:line-height="115%"'
    body_para = {
        "one-line": base_para + ' fo:margin-bottom="0cm"',
        "indent-ragged": base_para + ' fo:margin-bottom="0cm" fo:text-indent="0.6cm"',
        "twocol-hyph": base_para + ' fo:text-align="justify" fo:margin-bottom="0.2cm"',
        "footnote-pages": base_para + ' fo:margin-bottom="0.25cm"',
        "indent-justified": base_para + ' fo:margin-bottom="0cm" fo:text-align="justify" fo:text-indent="0.6cm"',
        "quote-list": base_para + ' fo:margin-bottom="0.2cm"',
    }[shape]
    hyph = ' fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"' \
        if shape in ("twocol-hyph", "indent-justified") else ""
    styles = [
        pstyle("Body", body_para, hyph),
        pstyle("First", body_para.replace(' fo:text-indent="0.6cm"', ""), hyph),
        pstyle("Label", 'fo:margin-bottom="0.3cm"', 'fo:font-weight="bold" fo:font-size="10pt" '
               'fo:letter-spacing="0.05cm"'),
        pstyle("Title", 'fo:margin-bottom="0.4cm"', 'fo:font-weight="bold" fo:font-size="17pt"'),
        pstyle("Head", 'fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"', 'fo:font-weight="bold"'),
        '<style:style style:name="Item" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-left="0.7cm" fo:text-indent="-0.7cm" fo:margin-bottom="0.1cm">'
        '<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>'
        '</style:style>',
        pstyle("Quote", 'fo:margin-left="1.5cm" fo:margin-right="1.5cm" fo:margin-bottom="0.25cm" '
               'fo:text-align="justify"', 'fo:font-style="italic"'),
        pstyle("Contact", 'fo:margin-top="0.3cm"', 'fo:font-size="10pt"'),
        pstyle("Hdr", 'fo:text-align="end"', 'fo:font-size="8pt"'),
        pstyle("Ftr", 'fo:text-align="center"', 'fo:font-size="8pt"'),
        pstyle("Footnote", 'fo:margin-left="0.4cm" fo:text-indent="-0.4cm"', 'fo:font-size="8pt"'),
        '<style:style style:name="Sect" style:family="section"><style:section-properties>'
        '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>',
    ]
    paras = ['<text:p text:style-name="Label">%s</text:p>' % escape(rel["label"]),
             '<text:p text:style-name="Title">%s</text:p>' % escape(rel["headline"])]
    story = []
    note = [0]

    def inline(t):
        def fn(m):
            note[0] += 1
            return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                    '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s</text:p>'
                    '</text:note-body></text:note>' % (note[0], note[0], escape(m.group(1))))
        parts = FN.split(t)
        out = []
        for i, p in enumerate(parts):
            out.append(fn(FN.search("{fn:%s}" % p)) if i % 2 else escape(p))
        return "".join(out)

    prev = None
    for k, t in first(rel):
        if k in ITEM_STYLE:
            # a list item opens with its bullet and a tab (the hanging indent)
            story.append('<text:p text:style-name="%s">%s%s</text:p>'
                         % (ITEM_STYLE[k], "\u2022<text:tab/>" if k == "li" else "", inline(t)))
        elif shape == "one-line":
            if prev is not None:
                story.append('<text:p text:style-name="Body"/>')
            story += ['<text:p text:style-name="Body">%s</text:p>' % inline(ln) for ln in t.split("/")]
        else:
            style = "First" if prev is None or prev in ("h", "li", "q") else "Body"
            story.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(t)))
        prev = k
    story.append('<text:p text:style-name="Head">%s</text:p>' % escape(rel["about_head"]))
    for a in rel["about"]:
        if shape == "one-line":
            story += ['<text:p text:style-name="Body">%s</text:p>' % escape(ln) for ln in a.split("/")]
        else:
            story.append('<text:p text:style-name="First">%s</text:p>' % escape(a))
    story.append('<text:p text:style-name="Contact">%s</text:p>' % escape(rel["contact"]))
    if shape == "twocol-hyph":
        story = ['<text:section text:style-name="Sect" text:name="Story">%s</text:section>' % "".join(story)]
    w, h, m = page
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:font-face-decls><style:font-face style:name="Liberation Serif" '
            'svg:font-family="\'Liberation Serif\'"/></office:font-face-decls>'
            '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
            'style:font-name="Liberation Serif" fo:font-size="%s" fo:language="%s" fo:country="%s"/>'
            '</style:default-style><style:style style:name="Standard" style:family="paragraph"/></office:styles>'
            '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="%scm" fo:page-height="%scm" fo:margin-top="%scm" fo:margin-bottom="%scm" '
            'fo:margin-left="%scm" fo:margin-right="%scm"/><style:header-style><style:header-footer-properties '
            'fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>'
            '</style:page-layout>%s</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s%s'
            '</style:master-page></office:master-styles>'
            '<office:body><office:text>%s%s</office:text></office:body></office:document>\n'
            % (FODT_NS, size, lang, country, w, h, m, m, m, m, "".join(styles), header, footer,
               "".join(paras), "".join(story)))


# --- DOCX (python-docx) ----------------------------------------------------

def docx_file(rel, path):
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = evaltools.new_docx("Word user")
    normal = d.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(13 if rel["shape"] == "docx-nospace" else 11)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "%s-%s" % (rel["lang"], COUNTRY[rel["lang"]]))
    normal.element.get_or_add_rPr().append(lang)
    nospace = rel["shape"] == "docx-nospace"
    normal.paragraph_format.space_after = Pt(0) if nospace else Pt(10)
    normal.paragraph_format.line_spacing = 1.0 if nospace else 1.15
    sec = d.sections[0]
    if nospace:
        sec.page_width, sec.page_height = Cm(14.8), Cm(21.0)
        sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Cm(1.8)
        sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.alignment = 2
        r = hp.add_run(" ".join(rel["about_head"].split(" ")[1:]))
        r.font.size = Pt(8)
        fp = sec.footer.paragraphs[0]
        fp.alignment = 1
        for kind_, text in (("begin", None), (None, " PAGE "), ("end", None)):
            run = fp.add_run()
            run.font.size = Pt(8)
            if kind_:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind_)
                run._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                run._r.append(it)
    p = d.add_paragraph()
    r = p.add_run(rel["label"])
    r.bold = True
    p = d.add_paragraph()
    r = p.add_run(rel["headline"])
    r.bold = True
    r.font.size = Pt(16)
    p.paragraph_format.space_after = Pt(12)

    def typed(p, t):
        lines = typed_lines(t) if rel["shape"] == "shift-enter" else [plain(t)]
        for i, ln in enumerate(lines):
            run = p.add_run(ln)
            if i < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)

    for k, t in first(rel):
        typed(d.add_paragraph(), t)
    p = d.add_paragraph()
    p.add_run(rel["about_head"]).bold = True
    for a in rel["about"]:
        typed(d.add_paragraph(), a)
    d.add_paragraph(rel["contact"])
    evaltools.save_docx(d, path)


# --- HTML for Chromium ----------------------------------------------------

CSS = {
    "html-columns": "body{font:10pt 'Liberation Serif',serif;margin:0}h1{font:bold 20pt 'Liberation Sans',sans-serif;"
                    "margin:0 0 14pt}.label{font:bold 9pt sans-serif;letter-spacing:2pt}.story{column-count:3;"
                    "column-gap:14pt;text-align:justify;hyphens:auto;-webkit-hyphens:auto}p{margin:0 0 6pt}"
                    "h2{font:bold 10pt sans-serif;margin:8pt 0 2pt}",
    "html-quote-list": "body{font:11pt 'Liberation Sans',sans-serif;margin:0;width:15cm}h1{font-size:19pt;"
                       "margin:0 0 14pt}.label{font:bold 9pt sans-serif;letter-spacing:2pt}p{margin:0 0 8pt;"
                       "line-height:1.3}ul{margin:0 0 8pt;padding-left:22pt}li{margin:0 0 3pt;line-height:1.3}"
                       "blockquote{margin:4pt 40pt 10pt;font-style:italic;line-height:1.3}h2{font-size:11pt;"
                       "margin:12pt 0 3pt}",
}


def html_page(rel):
    out = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title></title><style>@page{size:A4;'
           'margin:2cm}%s</style></head><body>' % (rel["lang"], CSS[rel["shape"]]),
           '<div class="label">%s</div><h1>%s</h1>' % (html.escape(rel["label"]), html.escape(rel["headline"]))]
    if rel["shape"] == "html-columns":
        out.append('<div class="story">')
    items = first(rel) + [("h", rel["about_head"])] + [("p", a) for a in rel["about"]] + [("p", rel["contact"])]
    for n, (k, t) in enumerate(items):
        # a run of list items is one <ul>
        if k == "li" and (n == 0 or items[n - 1][0] != "li"):
            out.append("<ul>")
        tag = {"p": "p", "li": "li", "q": "blockquote", "h": "h2"}[k]
        out.append("<%s>%s</%s>" % (tag, html.escape(plain(t)), tag))
        if k == "li" and (n + 1 == len(items) or items[n + 1][0] != "li"):
            out.append("</ul>")
    if rel["shape"] == "html-columns":
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


# --- word by word (reportlab) --------------------------------------------

def wordwise(rel, path):
    from reportlab.lib.pagesizes import A4 as RA4, A5 as RA5
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    gd = rel["shape"] == "gdocs"
    pw, ph = RA5 if gd else RA4
    margin = 50 if gd else 72
    font, size = "Helvetica", rel.get("size", 10.5 if gd else 11)
    lead = size * (1.3 if gd else 1.25)
    c = canvas.Canvas(path, pagesize=(pw, ph), invariant=1, pageCompression=0)
    c.setTitle("")
    state = {"y": ph - margin, "page": 1}

    def foot():
        if gd:
            c.setFont(font, 8)
            c.drawCentredString(pw / 2, 28, str(state["page"]))

    def newline(adv):
        state["y"] -= adv
        if state["y"] < margin:
            foot()
            c.showPage()
            state["page"] += 1
            state["y"] = ph - margin - size

    def para(text, f=font, sz=size, after=None, indent=0.0):
        c.setFont(f, sz)
        words = text.split(" ")
        width = pw - 2 * margin - indent
        line = []
        lines = []
        for w in words:
            trial = " ".join(line + [w])
            if line and stringWidth(trial, f, sz) > width:
                lines.append(line)
                line = [w]
            else:
                line.append(w)
        lines.append(line)
        for ln in lines:
            x = margin + indent
            c.setFont(f, sz)
            for i, w in enumerate(ln):
                # Quartz: the word alone; Skia (Google Docs): the word and its space
                s = w + " " if gd and i < len(ln) - 1 else w
                c.drawString(x, state["y"], s)
                x += stringWidth(w + " ", f, sz)
            newline(sz * 1.3 if sz > size else lead)
        if gd:
            newline(lead)  # an empty line typed between paragraphs
        else:
            newline(after if after is not None else 8)

    state["y"] -= size
    para(rel["label"], "Helvetica-Bold", 9)
    para(rel["headline"], "Helvetica-Bold", 17, 10)
    for k, t in first(rel):
        para(plain(t), "Helvetica-Bold" if k == "h" else font)
    para(rel["about_head"], "Helvetica-Bold", size, 2)
    for a in rel["about"]:
        para(plain(a))
    para(rel["contact"])
    foot()
    c.showPage()
    c.save()


# --------------------------------------------------------------------------

def soffice_pdf(src, pdf):
    """LibreOffice's export of src (named as the release) to pdf."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    evaltools.soffice_pdfs([src], os.path.dirname(pdf), soffice=soffice, quiet=True)


def make_pdf(rel, pdf):
    shape = rel["shape"]
    with tempfile.TemporaryDirectory() as tmp:
        if shape in ("shift-enter", "docx-nospace"):
            src = os.path.join(tmp, rel["id"] + ".docx")
            docx_file(rel, src)
            soffice_pdf(src, pdf)
        elif shape.startswith("html"):
            src = os.path.join(tmp, rel["id"] + ".html")
            evaltools.write_text(src, html_page(rel))
            evaltools.chromium_pdf("file://" + src, pdf, tmp)
        elif shape in ("quartz", "gdocs"):
            wordwise(rel, pdf)
        else:
            src = os.path.join(tmp, rel["id"] + ".fodt")
            evaltools.write_text(src, fodt(rel))
            soffice_pdf(src, pdf)


PRODUCER = {"one-line": "LibreOffice's PDF export of a flat ODT written by tests/eval30/make.py",
            "shift-enter": "LibreOffice's PDF export of a DOCX written with python-docx",
            "docx-nospace": "LibreOffice's PDF export of a DOCX written with python-docx",
            "html-columns": "Chromium's print of an HTML page written by tests/eval30/make.py",
            "html-quote-list": "Chromium's print of an HTML page written by tests/eval30/make.py",
            "quartz": "reportlab canvas, one string per word (Quartz-like)",
            "gdocs": "reportlab canvas, one string per word with its space (Google-Docs-like)"}


def main(argv):
    no_pdf = "--no-pdf" in argv
    ids = [a for a in argv if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    for rel in evaltools.releases(HERE, globals()):
        if ids and rel["id"] not in ids:
            continue
        pdf = os.path.join(OUT, rel["id"] + ".pdf")
        if not no_pdf:
            make_pdf(rel, pdf)
        evaltools.write_text(os.path.join(OUT, rel["id"] + ".txt"), txt(rel))
        docs = [rel["id"] + ".pdf", rel["id"] + ".txt"]
        producers = {"pdf": PRODUCER.get(rel["shape"], PRODUCER["one-line"]) + " (shape %s)" % rel["shape"],
                     "txt": "plain text as typed in a mail, paragraphs apart by empty lines"}
        evaltools.write_gold(os.path.join(OUT, rel["id"] + ".gold.json"),
                             evaltools.gold_record(rel["id"], docs, producers, gold(rel), rel["note"]))
        print(rel["id"], " ".join(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
