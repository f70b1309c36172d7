#!/usr/bin/python3
"""Render the convention cases that ask for it (a 'render: docx pdf' line)
as DOCX and PDF, so that the same expectations are checked on every format.

Usage (from the repository root; needs Debian's python3-docx and chromium;
'producer: pdflatex' and 'producer: groff' cases TeX Live and groff,
'producer: scribus' ones scribus and the hyphen-* patterns,
'producer: wkhtmltopdf' ones wkhtmltopdf, 'producer: ocrscan' ones
pdftoppm, Pillow, img2pdf, ocrmypdf and tesseract):
  /usr/bin/python3 tests/conventions/render.py [CASE-ID ...]

The outputs go to tests/conventions/rendered/<case id>.docx and .pdf and
are committed: 'make check' reads them and needs neither python3-docx nor
Chromium. Run this again after editing a rendered case's document.

The document is laid out as a writer would: the block equal to the
expected headline becomes the DOCX 'Title' paragraph and the HTML h1,
lines starting with '- ' become list items, and every other line its own
paragraph (a letterhead's three lines stay three lines). The DOCX has no
document properties beyond python-docx's defaults, emptied, so that the
title found is the text's, not the file's.
"""
import html
import os
import re
import subprocess
import sys
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import conventions  # noqa: E402  (the harness's case parser)

CSS = """
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.35; margin: 0; }
h1 { font-size: 18pt; margin: .3em 0 .6em; }
p { margin: 0 0 .6em; }
"""


DECK_TITLE = "font: bold 17pt 'DejaVu Serif'; margin: 0 0 2pt 0"
DECKS = {"deck-colour": "color: #2e75b6", "deck-family": "font-family: 'DejaVu Sans'", "date-then-deck": "",
         "kicker": ""}
KICKER = "margin:0 0 2pt 0;font-family:'Liberation Sans';font-size:9pt;font-weight:700;color:#c00000;letter-spacing:2pt"
DATED_DECK = "font: bold 13pt 'DejaVu Serif'; color: #555; margin: 0 0 12pt 0"

LEADERS = re.compile(r"(?:\. ?){5,}\S")


def blocks(case):
    """[(kind, text)]: kind 'title', 'item' or 'para'; or ('lines', [line...])
    for a block of dot-leader rows."""
    want = None
    for field, op, val in case["expect"]:
        if field == "headline" and op == "=" and isinstance(val, str):
            want = conventions.norm(val)
    out = []
    for block in case["document"].split("\n\n"):
        if block.strip(" \n") == "\f":
            # a form feed alone: a hard page break (a press kit's next
            # document; structure.appended_document)
            out.append(("break", ""))
            continue
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if want and conventions.norm(" ".join(lines).lstrip("# ")) == want:
            out.append(("title", " ".join(lines).lstrip("# ")))
            continue
        if case.get("breaks") == "typed" and len(lines) > 1 and not any(ln.startswith("- ") for ln in lines):
            # 'breaks: typed': the block's lines typed with a line break
            # at each end (Shift+Enter, <br>), one paragraph
            out.append(("lines", lines))
            continue
        if case.get("producer") == "converter-spacing" and not any(ln.startswith("- ") for ln in lines):
            # 'producer: converter-spacing': a PDF-to-Word converter's
            # output, each line a paragraph of its own stating its spacing:
            # none after the lines inside a block, some after its last
            out.append(("spaced", lines))
            continue
        if case.get("tables") == "ruled" and all(ln.startswith("|") for ln in lines):
            # 'tables: ruled': a pipe table is a DOCX table with a rule
            # round every cell (Word's "Table Grid", LibreOffice's default)
            rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines
                    if not re.fullmatch(r"[|\s:-]+", ln)]
            out.append(("table", rows))
            continue
        if any(LEADERS.search(ln) for ln in lines):
            # a list set with dot leaders: its lines one under the other
            # in one paragraph, at the body's line spacing
            out.append(("lines", lines))
            continue
        for ln in lines:
            if ln.startswith("- "):
                out.append(("item", ln[2:]))
            else:
                out.append(("para", ln))
    return out


# 'producer: textboxes': the blocks down to the title each in a text box
# anchored in an empty paragraph, as PDF-to-Word converters and templates
# set a letterhead and a title: DrawingML (wps) in mc:Choice and the same
# text again in the VML mc:Fallback, as Word writes a text box
TEXTBOX = (
    '<w:p %s><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
    'distL="0" distR="0" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" '
    'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
    '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
    '</wp:positionV><wp:extent cx="5400000" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    '<wp:wrapTopAndBottom/><wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/><a:graphic>'
    '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
    '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="%d"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr><wps:txbx><w:txbxContent>%s'
    '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
    '</mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box %d" type="#_x0000_t202" style="position:absolute;'
    'margin-left:0;margin-top:0;width:425pt;height:%dpt" filled="f" stroked="f"><v:textbox><w:txbxContent>%s'
    '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
TEXTBOX_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:v="urn:schemas-microsoft-com:vml"')


def add_textbox(d, text, size, n):
    inner = ('<w:p><w:r><w:rPr>%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
             % ("<w:b/>" if size > 24 else "", size, html.escape(text, quote=False)))
    h = 500000 if size > 24 else 300000
    d.element.body.append(docx.oxml.parse_xml(TEXTBOX % (TEXTBOX_NS, n, h, n, n, h, inner, n, h // 12700, inner)))


# 'producer: libreoffice-symbol': the signs of SYMBOL_CHARS in the text
# are inserted as Word's Insert Symbol does, a w:sym of the Symbol font
# (its character code as the private-use F0xx); exported by LibreOffice,
# whose OpenSymbol then maps them to those private-use code points
SYMBOL_CHARS = {"\u00ae": "F0D2", "\u00b0": "F0B0", "\u00b1": "F0B1", "\u00d7": "F0B4"}


def add_symbol_runs(p, text):
    for piece in re.split("([%s])" % "".join(SYMBOL_CHARS), text):
        if piece in SYMBOL_CHARS:
            sym = OxmlElement("w:sym")
            sym.set(docx.oxml.ns.qn("w:font"), "Symbol")
            sym.set(docx.oxml.ns.qn("w:char"), SYMBOL_CHARS[piece])
            p.add_run()._r.append(sym)
        elif piece:
            p.add_run(piece)
    return p


def render_docx(case, path):
    d = docx.Document()
    props = d.core_properties
    props.author = ""
    props.title = ""
    props.last_modified_by = ""
    props.comments = ""
    d.styles["Normal"].font.size = Pt(11)
    # 'align: kashida': the same justified paragraphs in python-docx's own
    # styles (an Arabic-capable font, no complex-script language set):
    # LibreOffice stretches their Arabic lines with kashida
    if case.get("align") == "justify":
        # a serif body font without Arabic glyphs, as templates made for
        # Latin text set it: LibreOffice justifies the fallback font's
        # Arabic by widening the gaps between letters, not by kashida
        d.styles["Normal"].font.name = "DejaVu Serif"
        # and no Arabic-script language for the complex-script text (a
        # document LibreOffice saves from an HTML page says "hi-IN"):
        # LibreOffice then widens the gaps between letters, no kashida
        for lang in d.styles.element.iter(docx.oxml.ns.qn("w:lang")):
            lang.set(docx.oxml.ns.qn("w:bidi"), "hi-IN")
        for fonts in d.styles.element.iter(docx.oxml.ns.qn("w:rFonts")):
            fonts.set(docx.oxml.ns.qn("w:cs"), "Lohit Devanagari")
    todo = blocks(case)
    # 'footer: last N': the document's last N blocks are the section's
    # page footer, one paragraph each, not text (templates that print the
    # boilerplate at the foot of every page); the TXT keeps them last
    footer_blocks = []
    m = re.fullmatch(r"last (\d+)", case.get("footer") or "")
    if m:
        footer_blocks = [text for _, text in todo[-int(m.group(1)):]]
        del todo[-int(m.group(1)):]
    if case.get("producer") == "textboxes" and any(k == "title" for k, _ in todo):
        n = 0
        while todo:
            kind, text = todo.pop(0)
            n += 1
            add_textbox(d, text, 36 if kind == "title" else 20, n)
            if kind == "title":
                break
        # the final section properties stay last
        body = d.element.body
        body.append(body.find(docx.oxml.ns.qn("w:sectPr")))
    if case.get("producer") == "frames" and any(k == "title" for k, _ in todo):
        # 'producer: frames': the blocks down to the title each a
        # paragraph positioned on the page (w:framePr, text wrapping
        # around it) left of the body's margin, one under the other, as
        # PDF-to-Word converters place a masthead and a title; the body,
        # set from the top margin, wraps above and below each frame
        n = 0
        while todo:
            kind, text = todo.pop(0)
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = kind == "title" or n == 0
            r.font.size = Pt(18 if kind == "title" else 9)
            p._p.get_or_add_pPr().insert(0, docx.oxml.parse_xml(
                '<w:framePr %s w:w="9000" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
                'w:x="1134" w:y="%d"/>' % (docx.oxml.ns.nsdecls("w"), 1500 + 560 * n)))
            n += 1
            if kind == "title":
                break
    if case.get("producer") == "layout-table" and any(k == "title" for k, _ in todo):
        # 'producer: layout-table': the lines above the title in a
        # borderless table of one row, as a template's letterhead: the
        # first in the left cell, the others one a paragraph in the right
        top = []
        while todo[0][0] != "title":
            top.append(todo.pop(0)[1])
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).paragraphs[0].add_run(top[0] if top else "")
        right = t.cell(0, 1)
        for k, text in enumerate(top[1:]):
            (right.paragraphs[0] if k == 0 else right.add_paragraph()).add_run(text)
    # 'producer: header-title': the title in the first page's header part
    # (a different first-page header), 18 pt bold, and the paragraph under
    # it, the deck, opening the page's text at 14 pt, in direct formatting
    header_title = case.get("producer") == "header-title"
    if header_title and todo and todo[0][0] == "title":
        sec = d.sections[0]
        sec.different_first_page_header_footer = True
        r = sec.first_page_header.paragraphs[0].add_run(todo.pop(0)[1])
        r.bold = True
        r.font.size = Pt(18)
        if todo and todo[0][0] == "para":
            d.add_paragraph().add_run(todo.pop(0)[1]).font.size = Pt(14)
    boxed, seen_title = case.get("producer") == "boxed-deck", False
    dropped = False
    for kind, text in todo:
        seen_title = seen_title or kind == "title"
        if boxed and seen_title and kind == "para":
            # 'producer: boxed-deck': the paragraph under the title in a
            # bordered table of one cell, as templates box the deck
            boxed = False
            t = d.add_table(rows=1, cols=1)
            t.style = d.styles["Table Grid"]
            t.cell(0, 0).paragraphs[0].add_run(text).italic = True
            continue
        if case.get("producer") == "direct-title" and kind == "title":
            # 'producer: direct-title': the title in the Normal style made
            # bold and 16 pt by direct formatting, and each paragraph
            # opening with a section number ("1. ") in Heading 2, as a
            # company's own notice is typed
            r = d.add_paragraph().add_run(text)
            r.bold = True
            r.font.size = Pt(16)
            continue
        if case.get("producer") == "direct-title" and kind == "para" and re.match(r"[0-9]+\. ", text):
            d.add_paragraph(text, style="Heading 2")
            continue
        if kind == "break":
            d.add_page_break()
            continue
        if kind == "table":
            t = d.add_table(rows=len(text), cols=len(text[0]))
            t.style = "Table Grid"
            for r, row in enumerate(text):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            continue
        if kind == "spaced":
            for k, ln in enumerate(text):
                p = d.add_paragraph(ln)
                p.paragraph_format.space_before = Pt(0)
                p.paragraph_format.space_after = Pt(10 if k == len(text) - 1 else 0)
            continue
        if kind == "lines":
            run = d.add_paragraph().add_run(text[0])
            for ln in text[1:]:
                run.add_break()
                run.add_text(ln)
        elif kind == "title" and case.get("producer") == "libreoffice-symbol":
            add_symbol_runs(d.add_paragraph(style="Title"), text)
        elif kind == "title":
            d.add_paragraph(text, style="Title")
        elif kind == "item":
            d.add_paragraph(text, style="List Bullet")
        else:
            if case.get("align") in ("justify", "kashida"):
                # 'align: justify': paragraphs set flush on both sides, in
                # runs of one direction each (right-to-left runs marked
                # w:rtl, numbers apart), as LibreOffice saves an HTML page
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                for piece in re.findall(r"[0-9]+|[^0-9]+", text):
                    r = p.add_run(piece)
                    if not piece[0].isdigit():
                        r._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
            elif case.get("producer") == "libreoffice-symbol":
                add_symbol_runs(d.add_paragraph(), text)
            elif case.get("producer") == "dropcap" and seen_title and not dropped and text[:1].isalpha():
                # 'producer: dropcap': the first paragraph after the title
                # opens with a drop cap, its first letter a paragraph of
                # its own in a frame (w:framePr w:dropCap="drop" over 3
                # lines, 55.5 pt), as Word writes one
                dropped = True
                cap = d.add_paragraph()
                r = cap.add_run(text[0])
                r.font.size = Pt(55.5)
                r._r.get_or_add_rPr().append(docx.oxml.parse_xml(
                    '<w:position %s w:val="-9"/>' % docx.oxml.ns.nsdecls("w")))
                ppr = cap._p.get_or_add_pPr()
                for xml in ('<w:keepNext %s/>', '<w:framePr %s w:dropCap="drop" w:lines="3" w:wrap="around" '
                            'w:vAnchor="text" w:hAnchor="text"/>',
                            '<w:spacing %s w:after="0" w:line="827" w:lineRule="exact"/>',
                            '<w:textAlignment %s w:val="baseline"/>'):
                    ppr.append(docx.oxml.parse_xml(xml % docx.oxml.ns.nsdecls("w")))
                d.add_paragraph(text[1:])
            else:
                d.add_paragraph(text)
    # 'header: TEXT' / 'footer: TEXT': the section's running header and
    # footer, which a tagged export writes outside the structure tree
    # (Artifacts), in the body's type
    if case.get("header"):
        d.sections[0].header.paragraphs[0].text = case["header"]
    if footer_blocks:
        foot = d.sections[0].footer
        foot.paragraphs[0].text = footer_blocks[0]
        for text in footer_blocks[1:]:
            foot.add_paragraph(text)
    elif case.get("footer"):
        d.sections[0].footer.paragraphs[0].text = case["footer"]
    d.save(path)


# 'producer: gdocs': a page styled as Google Docs sets a document (Arial
# 11 pt, no space between paragraphs, a line of symbols alone centred, as
# an end mark is), printed by Chromium: Google Docs' own PDF download is
# Skia-made, as Chromium's print is
GDOCS_CSS = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.15; margin: 0; }
h1 { font-size: 20pt; font-weight: normal; margin: 0 0 6pt; }
p { margin: 0; }
p.mark { text-align: center; }
"""
SYMBOLS = re.compile(r"^[^\w]{1,12}$")
# With 'measure:', an e-mail or web address may break after its '@', a
# dot, a slash, a hyphen, an underscore or '=' '&' '?', as word
# processors break a long address at the margin (Chromium breaks none)
SUPERS = str.maketrans("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079", "1230456789")
ADDRESS = re.compile(r"[\w.%+-]+@[\w.-]+\w|(?:https?://|www\.)[^\s<>]+[\w/]")


def render_pdf(case, path, tmp):
    lang = case["lang"]
    rtl = " dir='rtl'" if lang in ("ar", "he", "fa", "ur") else ""
    gdocs = case.get("producer") == "gdocs"
    css = GDOCS_CSS if gdocs else CSS
    if case.get("list") == "tight":
        # 'list: tight': a list set with no margin above or below it (a
        # site's style sheet), so that the paragraph after it follows
        # its last item with no more space than between the items
        css += "ul { margin: 0; }"
    if case.get("measure"):
        # 'measure: 6cm': the text set in a column that narrow, so that
        # its lines wrap inside the addresses and numbers the case holds
        css += "body { width: %s; }" % case["measure"]
    parts = ["<!doctype html><html lang='%s'%s><head><meta charset='utf-8'><title></title><style>%s</style>"
             "</head><body>" % (lang, rtl, css)]
    in_list = False
    # 'producer: deck-colour' / 'deck-family': the paragraph under the
    # title (the deck) set in the title's size and weight, close under it,
    # told apart only by its colour (blue) or by its typeface (sans under
    # the serif title), as a page styled with inline CSS sets it
    # 'producer: date-then-deck': the title, a date line (10 pt grey) and
    # the deck under it (13 pt bold grey), as a newsroom page dates a
    # release between its title and its deck
    # 'producer: kicker': the first line, above the title, a kicker in
    # small letter-spaced red capitals (9 pt), the title 17 pt bold
    deck = DECKS.get(case.get("producer"))
    after_title, seen_kicker = False, False
    for kind, text in blocks(case):
        if case.get("producer") == "kicker" and not seen_kicker and kind == "para":
            parts.append("<div style=\"%s\">%s</div>" % (KICKER, html.escape(text)))
            seen_kicker = True
            continue
        if deck is not None and kind == "title":
            parts.append("<div style=\"%s\">%s</div>" % (DECK_TITLE, html.escape(text)))
            after_title = True
            continue
        if case.get("producer") == "date-then-deck" and after_title == "date" and kind == "para":
            parts.append("<div style=\"%s\">%s</div>" % (DATED_DECK, html.escape(text)))
            after_title = False
            continue
        if case.get("producer") == "date-then-deck" and after_title is True and kind == "para":
            parts.append("<div style=\"font-size:10pt;color:#777;margin:0 0 6pt 0\">%s</div>" % html.escape(text))
            after_title = "date"
            continue
        if deck and after_title is True and kind == "para":
            parts.append("<div style=\"%s;%s\">%s</div>" % (DECK_TITLE, deck, html.escape(text)))
            after_title = False
            continue
        after_title = False
        if kind == "item" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif kind != "item" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "lines":
            parts.append("<p>%s</p>" % "<br>".join(html.escape(ln) for ln in text))
            continue
        if kind == "break":
            parts.append("<div style=\"break-after:page\"></div>")
            continue
        tag = {"title": "h1", "item": "li", "para": "p"}[kind]
        if gdocs and kind == "para" and SYMBOLS.match(text.strip()):
            parts.append("<p class='mark'>%s</p>" % html.escape(text))
            continue
        if case.get("links") == "short" and kind == "para" and len(text.split()) <= 3:
            # 'links: short': a paragraph of three words or fewer is a
            # link, underlined, as a newsroom page's menu and footer links
            # are printed (in a sans face, as eval20's pages set them)
            parts.append("<p><a href='#' style=\"font: 10pt 'DejaVu Sans'\">%s</a></p>" % html.escape(text))
            continue
        body = html.escape(text)
        if case.get("superscripts") == "raised":
            # 'superscripts: raised': superscript digits (¹ ² ³) are set
            # as raised small figures (<sup>), as word processors set a
            # note's number, instead of the superscript characters
            body = re.sub("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+",
                          lambda m: "<sup>%s</sup>" % m.group(0).translate(SUPERS), body)
        if case.get("measure"):
            body = ADDRESS.sub(lambda m: re.sub(r"([@./_?=-])(?=\w)", r"\1<wbr>", m.group(0)), body)
        parts.append("<%s>%s</%s>" % (tag, body, tag))
    if in_list:
        parts.append("</ul>")
    parts.append("</body></html>")
    src = os.path.join(tmp, "case.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write("".join(parts))
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-pdf-header-footer", "--user-data-dir=" + os.path.join(tmp, "profile"),
            "--print-to-pdf=" + path, "file://" + src]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# 'producer: wkhtmltopdf': the case as a CMS article page printed by its
# print module through wkhtmltopdf (Qt WebKit), sans type; 'side: right N'
# / 'side: left N' sets the document's last N blocks in a sidebar beside
# the article (right: floated, its text read after the article's; left: a
# table's first cell, read before it), as CMS templates set a "Related"
# list
WK_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; margin: 0; }
h1 { font-size: 20pt; margin: 4px 0 8px 0; }
p { margin: 0 0 9px 0; line-height: 1.4; }
.side { font-size: 9pt; }
.side p { margin: 0 0 5px 0; }
"""


def render_pdf_wkhtmltopdf(case, path, tmp):
    e = html.escape
    bl = blocks(case)
    where, n = (case.get("side") or "right 0").split()
    n = int(n)
    main, side = (bl[:-n], bl[-n:]) if n else (bl, [])

    def part(items):
        out = []
        for kind, text in items:
            if kind == "lines":
                out.append("<p>%s</p>" % "<br>".join(e(ln) for ln in text))
            else:
                tag = {"title": "h1", "item": "p", "para": "p"}[kind]
                out.append("<%s>%s</%s>" % (tag, e(text), tag))
        return "".join(out)
    art, sd = part(main), '<div class="side">%s</div>' % part(side)
    if not side:
        page = art
    elif where == "left":
        page = ('<table style="width:100%%;border-collapse:collapse"><tr><td style="width:26%%;vertical-align:top;'
                'padding-right:18px">%s</td><td style="vertical-align:top">%s</td></tr></table>' % (sd, art))
    else:
        page = ('<div style="float:right;width:28%%;margin-left:4%%">%s</div><div style="width:68%%">%s</div>' %
                (sd, art))
    src = os.path.join(tmp, "case.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'><title></title><style>%s</style>"
                 "</head><body>%s</body></html>" % (case["lang"], WK_CSS, page))
    subprocess.run(["wkhtmltopdf", "-q", "--page-size", "A4", "--encoding", "utf-8", src, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def render_pdf_libreoffice(case, path, tmp):
    """The case's DOCX exported by LibreOffice (a 'producer: libreoffice'
    line), whose text layer places each glyph on its own; 'producer:
    libreoffice-tagged': with its tagged-PDF option (the structure tree,
    running header and footer as Artifacts)."""
    src = os.path.join(tmp, "case.docx")
    render_docx(case, src)
    fmt = "pdf"
    if case.get("producer") == "libreoffice-tagged":
        fmt = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"), "--headless",
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    os.replace(os.path.join(tmp, "case.pdf"), path)


# 'producer: pdflatex' / 'producer: groff': the case typeset as
# universities and public bodies typeset releases, on a narrow page so that
# the typesetter hyphenates words at line ends: pdflatex's article class with
# babel in the case's language (T1 fonts), or groff -ms (gropdf);
# 'producer: pdflatex-multicol': the text under the title in the multicol
# package's two columns (10 points apart), on a wider page. Their PDFs
# name the typesetter in the Producer property (wrap.typesetter_hyphenates).
BABEL = {"en": "english", "fr": "french", "de": "ngerman", "es": "spanish", "it": "italian",
         "pt": "portuguese", "nl": "dutch", "sv": "swedish", "da": "danish"}
TEX_ESC = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex(s):
    return "".join(TEX_ESC.get(c, c) for c in s)


def render_pdf_typeset(case, path, tmp):
    if case.get("producer") == "groff":
        src = [".nr PS 11", ".nr VS 13", ".nr LL 3.2i", ".nr PI 3n"]
        for kind, text in blocks(case):
            lines = text if kind == "lines" else [text]
            src += [".TL" if kind == "title" else ".PP"] + [("\\&" + ln) if ln[:1] in ".'" else ln
                                                            for ln in lines]
        with open(os.path.join(tmp, "case.ms"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(src) + "\n")
        with open(path, "wb") as out:
            subprocess.run(["groff", "-k", "-ms", "-Tpdf", os.path.join(tmp, "case.ms")], check=True, stdout=out)
        return
    multicol = case.get("producer") in ("pdflatex-multicol", "pdflatex-multicol-about")
    # 'pdflatex-multicol-about': the columns end at the first short line
    # without a stop after the text (an About heading), set as \section*
    # across the page with what follows it (a full-width block under the
    # columns: layout.equal_columns_not_float)
    about_ends = case.get("producer") == "pdflatex-multicol-about"
    paras = 0
    doc = [r"\documentclass[11pt]{article}", r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}",
           r"\usepackage{lmodern}", r"\usepackage[%s]{babel}" % BABEL.get(case["lang"], "english"),
           r"\usepackage[paperwidth=%s,paperheight=24cm,margin=1.8cm]{geometry}" % ("18cm" if multicol else "12cm"),
           r"\usepackage{multicol}", r"\pagestyle{empty}", r"\begin{document}"]
    # 'pdfinfo: Creator=…; Producer=…': the PDF's Info names another
    # program (a page-layout program that hyphenates as TeX does), and the
    # pdfTeX banner is left out, so that only the names given are read
    if case.get("pdfinfo"):
        keys = [kv.split("=", 1) for kv in case["pdfinfo"].split(";") if "=" in kv]
        doc.insert(doc.index(r"\begin{document}"), r"\pdfsuppressptexinfo=-1\pdfinfo{%s}" %
                   " ".join("/%s (%s)" % (k.strip(), v.strip()) for k, v in keys))
    for kind, text in blocks(case):
        if kind == "title":
            doc.append(r"\noindent{\Large\bfseries %s\par}\bigskip" % tex(text))
            if multicol:
                doc.append(r"\begin{multicols}{2}")
        elif kind == "lines":
            doc.append(r" \\ ".join(tex(ln) for ln in text) + "\n")
        elif about_ends and multicol and paras >= 2 and len(text.split()) <= 6 and not text.endswith("."):
            doc.append(r"\end{multicols}")
            doc.append(r"\section*{%s}" % tex(text))
            multicol = False
        else:
            paras += 1
            doc.append(tex(text) + "\n")
    if multicol:
        doc.append(r"\end{multicols}")
    doc.append(r"\end{document}")
    with open(os.path.join(tmp, "case.tex"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(doc) + "\n")
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                    os.path.join(tmp, "case.tex")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, SOURCE_DATE_EPOCH="1772496000", FORCE_SOURCE_DATE="1"))
    os.replace(os.path.join(tmp, "case.pdf"), path)


# 'producer: scribus': the case laid out in a desktop-publishing program
# (render_scribus.py, run headless inside Scribus): the title across the
# page, two linked justified columns hyphenated in the case's language, a
# picture and its caption ('caption:', in the face 'caption_font:' names
# when given), a pull quote in the first column
# ('pull:'), a tinted fact box ('factbox: Heading | line | line', its
# heading bold) in a narrow column beside the picture, over the text
# and beside none of it. Needs scribus and the language's hyphen-* package.
HYPH = {"en": "en_GB", "fr": "fr", "de": "de", "es": "es", "it": "it", "pt": "pt", "nl": "nl"}


def render_pdf_scribus(case, path, tmp):
    import json
    title, paras = None, []
    for kind, text in blocks(case):
        if kind == "title":
            title = text
        else:
            paras += text if kind == "lines" else [text]
    spec = os.path.join(tmp, "spec.json")
    with open(spec, "w", encoding="utf-8") as fh:
        json.dump({"title": title, "paras": paras, "pull": case.get("pull"), "caption": case.get("caption"),
                   "caption_font": case.get("caption_font"), "factbox": case.get("factbox"),
                   "hyph": HYPH.get(case["lang"], "en_GB")}, fh, ensure_ascii=False)
    subprocess.run(["scribus", "-g", "-ns", "-py", os.path.join(HERE, "render_scribus.py")], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen", CASE_SPEC=spec, CASE_OUT=path),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# 'producer: ocrscan': the case printed (Chromium), scanned and given an
# OCR text layer, as ocrmypdf, Acrobat's "Recognize text" or a scanner's
# software give it: the page rasterised in grey at 300 dpi, turned by an
# angle of 0.5 to 1.4 degrees that the case id decides (a sheet fed
# askew), grain and JPEG, then recognised by ocrmypdf in the case's
# language (GlyphLessFont, render mode 3, words on each line's slope).
# Needs pdftoppm, Pillow, img2pdf, ocrmypdf and tesseract's model.
TESS = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por", "nl": "nld"}


def render_pdf_ocrscan(case, path, tmp):
    import glob
    import random
    import zlib
    import img2pdf
    from PIL import Image
    printed = os.path.join(tmp, "printed.pdf")
    render_pdf(case, printed, tmp)
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", printed, os.path.join(tmp, "pg")], check=True)
    seed = zlib.crc32(case["id"].encode())
    angle = (0.5 + (seed % 10) / 10.0) * (1 if seed & 1024 else -1)
    rnd = random.Random(seed)
    jpgs = []
    for n, pg in enumerate(sorted(glob.glob(os.path.join(tmp, "pg*.png")))):
        im = Image.open(pg).convert("L").rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 40):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-30, 30)))
        jpgs.append(os.path.join(tmp, "scan-%d.jpg" % n))
        im.save(jpgs[-1], "JPEG", quality=75, dpi=(300, 300))
    image_pdf = os.path.join(tmp, "image.pdf")
    with open(image_pdf, "wb") as fh:
        fh.write(img2pdf.convert(jpgs, layout_fun=img2pdf.get_fixed_dpi_layout_fun((300, 300))))
    subprocess.run(["ocrmypdf", "-q", "-l", TESS.get(case["lang"], "eng"), "--output-type", "pdf", "--optimize", "0",
                    image_pdf, path], check=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# 'producer: ocrscan-stretched': an 'ocrscan' page whose OCR layer gives
# the first word of its first line a box reaching to the start of the
# fourth word, as Tesseract does with a heading read from a blurred or
# poor copy: its PDF renderer stretches the word's glyphs (Tz) to that
# width, over the two words it places after it on the line (convention
# pdf.ocr_layer.stretched_word). The words keep their places; only that
# word's horizontal scaling changes. Needs pikepdf besides ocrscan's tools.
def render_pdf_ocrscan_stretched(case, path, tmp):
    import pikepdf
    scanned = os.path.join(tmp, "scanned.pdf")
    render_pdf_ocrscan(case, scanned, tmp)
    pdf = pikepdf.open(scanned)
    page = pdf.pages[0]
    xobjects = page.Resources.get("/XObject")
    forms = [xobjects[k] for k in (xobjects.keys() if xobjects is not None else []) if xobjects[k].get("/Subtype") == "/Form"]
    for holder in forms + [page]:
        ops = pikepdf.parse_content_stream(holder)
        first = next((i for i, (_, op) in enumerate(ops) if str(op) == "BT"), None)
        if first is None:
            continue
        # the first line's words: each a Tz then its TJ, moved to by Td
        tz = [i for i in range(first, len(ops)) if str(ops[i][1]) == "Tz"]
        td = [i for i in range(first, len(ops)) if str(ops[i][1]) == "Td"]
        end = next(i for i in range(first, len(ops)) if str(ops[i][1]) == "ET")
        tz = [i for i in tz if i < end]
        td = [i for i in td if i < end]
        if len(tz) < 4 or len(td) < 3:
            continue
        adv = [float(ops[i][0][0]) for i in td[:3]]
        if min(adv) <= 0:
            continue
        scale = float(ops[tz[0]][0][0]) * sum(adv) / adv[0]
        ops[tz[0]] = pikepdf.ContentStreamInstruction([scale], pikepdf.Operator("Tz"))
        data = pikepdf.unparse_content_stream(ops)
        if holder is page:
            page.Contents = pdf.make_stream(data)
        else:
            holder.write(data)
        break
    else:
        sys.exit("%s: no OCR line of four words to stretch" % case["path"])
    pdf.save(path)


def main():
    cases = conventions.load_cases(HERE)
    only = set(sys.argv[1:])
    done = 0
    for case in cases:
        if not case["render"] or (only and case["id"] not in only):
            continue
        for fmt in case["render"]:
            out = os.path.join(HERE, "rendered", case["id"] + "." + fmt)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            if fmt == "docx":
                render_docx(case, out)
            elif fmt == "pdf" and case.get("producer") in ("pdflatex", "pdflatex-multicol", "pdflatex-multicol-about",
                                                           "groff"):
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_typeset(case, out, tmp)
            elif fmt == "pdf" and case.get("producer") == "scribus":
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_scribus(case, out, tmp)
            elif fmt == "pdf" and case.get("producer") == "wkhtmltopdf":
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_wkhtmltopdf(case, out, tmp)
            elif fmt == "pdf" and case.get("producer") == "ocrscan-stretched":
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_ocrscan_stretched(case, out, tmp)
            elif fmt == "pdf" and case.get("producer") == "ocrscan":
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_ocrscan(case, out, tmp)
            elif fmt == "pdf" and case.get("producer") in ("libreoffice", "libreoffice-tagged", "libreoffice-footer",
                                                            "libreoffice-symbol", "frames", "dropcap"):
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_libreoffice(case, out, tmp)
            elif fmt == "pdf":
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf(case, out, tmp)
            else:
                sys.exit("%s: cannot render %s" % (case["path"], fmt))
            print(out)
            done += 1
    print("rendered %d documents" % done, file=sys.stderr)


if __name__ == "__main__":
    main()
