#!/usr/bin/python3
"""Write tests/eval18/docs: invented releases as the producers our other
sets lack save them - Google Docs' DOCX export, Apple Pages' DOCX export,
Word Online, pandoc's Markdown-to-DOCX - each beside a Chromium PDF of
the same release styled as a Google Doc (Google Docs' own PDF download is
Skia-made, as Chromium's print is).

The releases are abstract block lists (tests/eval18/releases.py, gold
written with them, before pressmill was run on them); this file renders
them in each producer's shape:
- gdocs: Google Docs' package (its styles.xml with 'normal', Title,
  Subtitle and non-bold Heading 2/3 styles and Arial docDefaults, every
  run carrying direct fonts, sizes and colours, booleans written
  w:val="1"/"0", empty paragraphs as spacing, bullets numbered with
  a glyph, w:hyperlink runs coloured 1155cc, a header and a footer part,
  layout tables without borders);
- pages: Apple Pages' export (its own style names Body, Heading,
  Heading 2, Title, Subtitle, Body Bullet, Helvetica Neue);
- wordonline: Word for the web (Aptos, Title/Subtitle/heading styles,
  paragraph ids, runs split at proofing marks);
- pandoc: the DOCX pandoc itself writes from Markdown with a YAML title
  block (Title, Subtitle, Author, Date, First Paragraph, Body Text,
  Compact) - run at make time, the output checked in.
python3's zipfile only for our own packages (tests/eval13/make_docx.py's
writer: byte-stable, fixed dates).

Usage (from the repository root):
  /usr/bin/python3 tests/eval18/make.py            # DOCX, gold and PDF (PDF: with chromium)
  /usr/bin/python3 tests/eval18/make.py --no-pdf   # DOCX and gold only
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# Google Docs declares every namespace it might use on the root.
GD_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="%s" '
         'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
         'xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="%s" '
         'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"' % (R_NS, W))

# the package helpers (content types, relationships, the byte-stable zip) are eval13's
E13 = evaltools.load("eval13_make_docx", "eval13/make_docx.py")

INLINE = re.compile(r"\*\*(.+?)\*\*|\[(.+?)\]\((.+?)\)|\*(.+?)\*")


def segments(text):
    """'**bold**', '*italic*' and '[text](url)' in a block's text: (text, bold, italic, url) pieces."""
    out, pos = [], 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False, False, None))
        if m.group(1) is not None:
            out.append((m.group(1), True, False, None))
        elif m.group(2) is not None:
            out.append((m.group(2), False, False, m.group(3)))
        else:
            out.append((m.group(4), False, True, None))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False, False, None))
    return out


def wt(t):
    """A run's text: a newline is a soft line break (Shift+Enter, w:br)."""
    return "<w:br/>".join('<w:t xml:space="preserve">%s</w:t>' % escape(x) for x in t.split("\n"))


def plain(text):
    return "".join(s[0] for s in segments(text))


# ---- packages -----------------------------------------------------------------


def write_package(path, document, styles, numbering, header=None, footer=None, links=()):
    parts = {"word/document.xml": document, "word/styles.xml": styles, "word/numbering.xml": numbering}
    overrides = [("word/document.xml", CT_MAIN + "document.main+xml"), ("word/styles.xml", CT_MAIN + "styles+xml"),
                 ("word/numbering.xml", CT_MAIN + "numbering+xml")]
    drels = [("rId1", RT + "styles", "styles.xml", False), ("rId2", RT + "numbering", "numbering.xml", False)]
    for kind, xml in (("header", header), ("footer", footer)):
        if xml is None:
            continue
        root = "hdr" if kind == "header" else "ftr"
        parts["word/%s1.xml" % kind] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                        '<w:%s %s>%s</w:%s>' % (root, GD_NS, xml, root))
        overrides.append(("word/%s1.xml" % kind, CT_MAIN + kind + "+xml"))
        drels.append(("rId%s" % kind, RT + kind, "%s1.xml" % kind, False))
    for rid, url in links:
        drels.append((rid, RT + "hyperlink", url, True))
    parts["[Content_Types].xml"] = E13.content_types(overrides)
    parts["_rels/.rels"] = E13.rels([("rId1", RT + "officeDocument", "word/document.xml", False)])
    parts["word/_rels/document.xml.rels"] = E13.rels(drels)
    E13.write_parts(path, parts)


def sect(header, footer):
    refs = ""
    if header is not None:
        refs += '<w:headerReference w:type="default" r:id="rIdheader"/>'
    if footer is not None:
        refs += '<w:footerReference w:type="default" r:id="rIdfooter"/>'
    return ('<w:sectPr>%s<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/><w:pgMar w:bottom="1440" '
            'w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/>'
            '</w:sectPr>' % refs)


# ---- Google Docs ----------------------------------------------------------------

GD_STYLE = ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/>'
            '<w:pageBreakBefore w:val="0"/><w:spacing w:after="%d" w:before="%d" w:lineRule="auto"/></w:pPr>'
            '<w:rPr>%s</w:rPr></w:style>')


def gd_styles():
    s = [GD_STYLE % ("Heading1", "heading 1", 120, 400, '<w:sz w:val="40"/><w:szCs w:val="40"/>'),
         GD_STYLE % ("Heading2", "heading 2", 120, 360, '<w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
         GD_STYLE % ("Heading3", "heading 3", 80, 320,
                     '<w:b w:val="0"/><w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
         GD_STYLE % ("Heading4", "heading 4", 80, 280, '<w:color w:val="666666"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
         GD_STYLE % ("Title", "Title", 60, 0, '<w:sz w:val="52"/><w:szCs w:val="52"/>'),
         GD_STYLE % ("Subtitle", "Subtitle", 320, 0,
                     '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:i w:val="0"/>'
                     '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>')]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults><w:rPrDefault>'
            '<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/>'
            '<w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
            '<w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="normal"/></w:style>'
            '<w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name w:val="Table Normal"/></w:style>'
            '%s</w:styles>' % (GD_NS, "".join(s)))


def gd_numbering(glyphs):
    lv = "".join('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>'
                 '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/>'
                 '</w:rPr></w:lvl>' % (i, g, 720 * (i + 1)) for i, g in enumerate(glyphs))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s><w:abstractNum '
            'w:abstractNumId="1">%s</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
            '</w:numbering>' % (GD_NS, lv))


class GDocs:
    """Google Docs' run and paragraph markup: direct formatting everywhere."""
    font = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'

    def __init__(self):
        self.links = []

    def rpr(self, bold=False, italic=False, size=22, color="000000", link=False):
        r = self.font + '<w:b w:val="%d"/>' % bold + '<w:i w:val="%d"/>' % italic
        r += '<w:smallCaps w:val="0"/><w:strike w:val="0"/>'
        r += '<w:color w:val="%s"/>' % ("1155cc" if link else color)
        r += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
        r += '<w:u w:val="%s"/>' % ("single" if link else "none")
        r += '<w:shd w:fill="auto" w:val="clear"/><w:vertAlign w:val="baseline"/><w:rtl w:val="0"/>'
        return r

    def runs(self, text, bold=False, italic=False, size=22, color="000000"):
        out = ""
        for t, b, i, url in segments(text):
            r = "<w:r><w:rPr>%s</w:rPr>%s</w:r>" % (
                self.rpr(bold or b, italic or i, size, color, url is not None), wt(t))
            if url:
                rid = "rIdl%d" % (len(self.links) + 1)
                self.links.append((rid, url))
                r = '<w:hyperlink r:id="%s">%s</w:hyperlink>' % (rid, r)
            out += r
        return out

    def para(self, inner, style=None, jc=None, num=False, after=0):
        ppr = ('<w:pStyle w:val="%s"/>' % style) if style else ""
        ppr += '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>' if style else ""
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="720" w:hanging="360"/>'
        ppr += '<w:spacing w:after="%d" w:before="0" w:line="276" w:lineRule="auto"/>' % after
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        return '<w:p><w:pPr>%s<w:rPr/></w:pPr>%s</w:p>' % (ppr, inner)

    def block(self, b, opts):
        kind, text = b[0], (b[1] if len(b) > 1 else "")
        if kind == "title":
            if opts.get("title") == "direct":
                return self.para(self.runs(text, bold=True, size=opts.get("title_size", 32)),
                                 jc=opts.get("title_jc"))
            if opts.get("title") == "h1":
                return self.para(self.runs(text, bold=opts.get("title_bold", False), size=40), "Heading1")
            return self.para(self.runs(text, size=52), "Title")
        if kind == "sub":
            how = opts.get("sub", "style")
            if how == "direct":
                return self.para(self.runs(text, italic=opts.get("sub_italic", False), size=opts.get("sub_size", 26),
                                           color=opts.get("sub_color", "666666")))
            if how == "heading":
                return self.para(self.runs(text, size=28, color="434343"), "Heading3")
            if how == "h2":
                return self.para(self.runs(text, size=32), "Heading2")
            return self.para(self.runs(text, size=30, color="666666"), "Subtitle")
        if kind == "kicker":
            return self.para(self.runs(text, bold=True, size=20, color=opts.get("kicker_color", "cc0000")))
        if kind == "p":
            return self.para(self.runs(text), jc=opts.get("jc"))
        if kind == "bullet":
            return self.para(self.runs(text), num=True)
        if kind == "head":
            how = opts.get("head", "Heading2")
            if how == "bold":
                return self.para(self.runs(text, bold=True))
            if how == "boldsize":
                return self.para(self.runs(text, bold=True, size=26))
            return self.para(self.runs(text, size=32 if how == "Heading2" else 28), how)
        if kind == "boldline":
            return self.para(self.runs(text, bold=True))
        if kind == "small":
            return self.para(self.runs(text, size=18, color="666666"))
        if kind == "center":
            return self.para(self.runs(text), jc="center")
        if kind == "empty":
            return '<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/><w:rPr/></w:pPr></w:p>'
        if kind == "box":  # a one-cell table with a border, its first line bold
            inner = "".join(self.para(self.runs(line, bold=(i == 0))) for i, line in enumerate(b[1]))
            bd = "".join('<w:%s w:color="000000" w:space="0" w:sz="8" w:val="single"/>' % e
                         for e in ("top", "left", "bottom", "right"))
            return ('<w:tbl><w:tblPr><w:tblStyle w:val="Table2"/><w:tblW w:w="9360.0" w:type="dxa"/>'
                    '<w:jc w:val="left"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr>'
                    '<w:tblGrid><w:gridCol w:w="9360"/></w:tblGrid><w:tr><w:trPr><w:cantSplit w:val="0"/>'
                    '<w:tblHeader w:val="0"/></w:trPr><w:tc><w:tcPr><w:tcBorders>%s</w:tcBorders>'
                    '<w:shd w:fill="auto" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/>'
                    '<w:left w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>%s</w:tc></w:tr>'
                    '</w:tbl>' % (bd, inner))
        if kind == "table":
            cells = b[1]
            grid = "".join('<w:gridCol w:w="%d"/>' % (9360 // len(cells)) for _ in cells)
            tcs = "".join('<w:tc><w:tcPr><w:shd w:fill="auto" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/>'
                          '</w:tcMar><w:vAlign w:val="top"/></w:tcPr>%s</w:tc>'
                          % "".join(self.para(self.runs(line, bold=(i == 0)), jc="right" if k else None)
                                    for i, line in enumerate(c)) for k, c in enumerate(cells))
            return ('<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="9360.0" w:type="dxa"/><w:jc w:val="left"/>'
                    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
                    '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/>'
                    '<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>%s</w:tblGrid><w:tr><w:trPr><w:cantSplit w:val="0"/>'
                    '<w:tblHeader w:val="0"/></w:trPr>%s</w:tr></w:tbl>' % (grid, tcs))
        raise ValueError(kind)


def write_gdocs(path, rel):
    g = GDocs()
    opts = rel.get("opts", {})
    body = ""
    for b in rel["blocks"]:
        body += g.block(b, opts)
        if opts.get("spacing") and b[0] in ("title", "sub", "p", "head", "boldline", "table", "center"):
            body += g.block(("empty",), opts)  # Google Docs users space paragraphs with empty ones
    header = footer = None
    if rel.get("header"):
        header = "".join(g.para(g.runs(line, size=18, color="666666"), jc="right") for line in rel["header"])
    if rel.get("footer"):
        footer = "".join(g.para(g.runs(line, size=16, color="999999"), jc="center") for line in rel["footer"])
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body>'
           '</w:document>' % (GD_NS, body, sect(header, footer)))
    write_package(path, doc, gd_styles(), gd_numbering(opts.get("glyphs", ["\u25cf", "\u25cb", "\u25a0"])),
                  header, footer, g.links)


# ---- Apple Pages and Word for the web --------------------------------------------


def named_style(sid, name, rpr="", ppr="", based="Normal", kind="paragraph"):
    return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s<w:qFormat/>%s%s</w:style>'
            % (kind, sid, name, '<w:basedOn w:val="%s"/>' % based if based else "",
               "<w:pPr>%s</w:pPr>" % ppr if ppr else "", "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))


def styles_doc(font, size, styles):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s"><w:docDefaults>'
            '<w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/><w:sz w:val="%d"/>'
            '<w:szCs w:val="%d"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
            'w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>%s</w:styles>'
            % (W, font, font, font, font, size, size, "".join(styles)))


PAGES_STYLES = [
    named_style("Normal", "Normal", based=None),
    named_style("Body", "Body", rpr='<w:color w:val="000000"/><w:sz w:val="22"/>',
                ppr='<w:spacing w:before="0" w:after="180" w:line="240" w:lineRule="auto"/>'),
    named_style("Title", "Title", rpr='<w:b/><w:bCs/><w:sz w:val="64"/>', based="Body"),
    named_style("Subtitle", "Subtitle", rpr='<w:color w:val="5E5E5E"/><w:sz w:val="34"/>', based="Body"),
    # Pages' 'Heading' is its own style: no outline level, not Word's 'heading 1'
    named_style("Heading", "Heading", rpr='<w:b/><w:bCs/><w:sz w:val="32"/>', based="Body",
                ppr='<w:keepNext/><w:spacing w:before="360" w:after="120"/>'),
    named_style("Heading2", "Heading 2", rpr='<w:b/><w:bCs/><w:sz w:val="26"/>', based="Body",
                ppr='<w:keepNext/><w:spacing w:before="240" w:after="80"/>'),
    named_style("BodyBullet", "Body Bullet", based="Body",
                ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    named_style("Label", "Label", rpr='<w:caps/><w:color w:val="5E5E5E"/><w:sz w:val="18"/>', based="Body"),
]

WEB_STYLES = [
    named_style("Normal", "Normal", based=None),
    named_style("Title", "Title", rpr='<w:rFonts w:asciiTheme="majorHAnsi"/><w:kern w:val="28"/><w:sz w:val="56"/>',
                ppr='<w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>'),
    named_style("Subtitle", "Subtitle", rpr='<w:color w:val="595959"/><w:spacing w:val="15"/><w:sz w:val="28"/>',
                ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr><w:spacing w:after="160"/>'),
    named_style("Heading1", "heading 1", rpr='<w:color w:val="0F4761"/><w:sz w:val="40"/>',
                ppr='<w:keepNext/><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/>'),
    named_style("Heading2", "heading 2", rpr='<w:color w:val="0F4761"/><w:sz w:val="32"/>',
                ppr='<w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/>'),
    named_style("ListParagraph", "List Paragraph", ppr='<w:ind w:left="720"/><w:contextualSpacing/>'),
    named_style("Hyperlink", "Hyperlink", kind="character", based=None,
                rpr='<w:color w:val="467886"/><w:u w:val="single"/>'),
]


class Styled:
    """Pages and Word for the web: text in named styles, little direct formatting."""

    def __init__(self, producer):
        self.p = producer
        self.links = []
        self.n = 0

    def runs(self, text, rpr=""):
        out = ""
        for t, b, i, url in segments(text):
            r = rpr + ("<w:b/><w:bCs/>" if b else "") + ("<w:i/><w:iCs/>" if i else "")
            if url and self.p == "wordonline":
                r = '<w:rStyle w:val="Hyperlink"/>' + r
            pieces = [t]
            if self.p == "wordonline" and len(t) > 40:  # Word for the web splits runs at proofing marks
                k = t.rfind(" ", 0, len(t) // 2) + 1
                pieces = [t[:k], t[k:]] if k > 0 else [t]
            x = ""
            for pc in pieces:
                x += "<w:r%s>%s%s</w:r>" % (
                    ' w:rsidRPr="00D41C2B"' if self.p == "wordonline" else "",
                    "<w:rPr>%s</w:rPr>" % r if r else "", wt(pc))
                if self.p == "wordonline" and pc is not pieces[-1]:
                    x += '<w:proofErr w:type="spellStart"/>'
            if url:
                rid = "rIdl%d" % (len(self.links) + 1)
                self.links.append((rid, url))
                x = '<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>' % (rid, x)
            out += x
        return out

    def para(self, inner, style=None, jc=None, num=False):
        self.n += 1
        ppr = ('<w:pStyle w:val="%s"/>' % style) if style else ""
        if num and self.p == "wordonline":
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        pid = (' w14:paraId="%08X" w14:textId="%08X" w:rsidR="00D41C2B" w:rsidRDefault="00D41C2B"'
               % (0x1A2B0000 + self.n, 0x77E00000 + self.n)) if self.p == "wordonline" else ""
        return "<w:p%s>%s%s</w:p>" % (pid, "<w:pPr>%s</w:pPr>" % ppr if ppr else "", inner)

    def block(self, b, opts):
        kind, text = b[0], (b[1] if len(b) > 1 else "")
        body = "Body" if self.p == "pages" else None
        if kind == "title":
            return self.para(self.runs(text), "Title")
        if kind == "sub":
            if opts.get("sub") == "direct":
                return self.para(self.runs(text, '<w:i/><w:iCs/><w:sz w:val="28"/>'), body)
            return self.para(self.runs(text), "Subtitle")
        if kind == "kicker":
            return self.para(self.runs(text), "Label") if self.p == "pages" else \
                self.para(self.runs(text, '<w:b/><w:bCs/><w:caps/>'))
        if kind == "p":
            return self.para(self.runs(text), body)
        if kind == "bullet":
            return self.para(self.runs(text), "BodyBullet" if self.p == "pages" else "ListParagraph", num=True)
        if kind == "head":
            return self.para(self.runs(text), opts.get("head", "Heading" if self.p == "pages" else "Heading2"))
        if kind == "boldline":
            return self.para(self.runs(text, "<w:b/><w:bCs/>"), body)
        if kind == "small":
            return self.para(self.runs(text, '<w:sz w:val="18"/>'), body)
        if kind == "center":
            return self.para(self.runs(text), body, jc="center")
        if kind == "empty":
            return self.para("", body)
        if kind == "table":
            tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="4680" w:type="dxa"/></w:tcPr>%s</w:tc>'
                          % "".join(self.para(self.runs(line), body) for line in c) for c in b[1])
            return ('<w:tbl><w:tblPr><w:tblW w:w="9360" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr>'
                    '<w:tblGrid><w:gridCol w:w="4680"/><w:gridCol w:w="4680"/></w:tblGrid><w:tr>%s</w:tr></w:tbl>' % tcs)
        raise ValueError(kind)


def write_styled(path, rel, producer):
    s = Styled(producer)
    opts = rel.get("opts", {})
    body = "".join(s.block(b, opts) for b in rel["blocks"])
    header = footer = None
    if rel.get("header"):
        header = "".join(s.para(s.runs(line), None, jc="right") for line in rel["header"])
    if rel.get("footer"):
        footer = "".join(s.para(s.runs(line), None, jc="center") for line in rel["footer"])
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body>'
           '</w:document>' % (GD_NS, body, sect(header, footer)))
    if producer == "pages":
        styles = styles_doc("Helvetica Neue", 22, PAGES_STYLES)
        numbering = gd_numbering(["\u2022", "\u2022", "\u2022"])
    else:
        styles = styles_doc("Aptos", 24, WEB_STYLES)
        numbering = gd_numbering(["\uf0b7", "o", "\uf0a7"])
    write_package(path, doc, styles, numbering, header, footer, s.links)


# ---- pandoc -----------------------------------------------------------------------


def markdown(rel):
    meta, lines = {}, []
    for b in rel["blocks"]:
        kind, text = b[0], (b[1] if len(b) > 1 else "")
        if kind in ("title", "sub"):
            meta["title" if kind == "title" else "subtitle"] = plain(text)
        elif kind == "p":
            lines += [text.replace("\n", "\\\n"), ""]
        elif kind == "box":
            lines += ["**%s**" % b[1][0], ""] + sum(([x, ""] for x in b[1][1:]), [])
        elif kind == "bullet":
            lines += ["- " + text]
        elif kind == "head":
            lines += ["", "## " + text, ""]
        elif kind == "boldline":
            lines += ["**%s**" % text, ""]
        elif kind in ("center", "small", "kicker"):
            lines += [re.sub(r"([#*\\])", r"\\\1", text), ""]
        elif kind == "table":
            lines += ["| %s | %s |" % tuple(" ".join(c) for c in b[1]), "|---|---|", ""]
    for k in ("author", "date"):
        if rel.get(k):
            meta[k] = rel[k]
    head = ["---"] + ["%s: %s" % (k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()] + ["---", ""]
    out, prev_bullet = [], False
    for ln in lines:  # a list needs a blank line before and after it
        bullet = ln.startswith("- ")
        if bullet != prev_bullet and out and out[-1] != "":
            out.append("")
        out.append(ln)
        prev_bullet = bullet
    return "\n".join(head + out) + "\n"


def write_pandoc(path, rel, tmp):
    src = os.path.join(tmp, rel["id"] + ".md")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(markdown(rel))
    raw = os.path.join(tmp, rel["id"] + ".docx")
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", raw, src], check=True)
    # byte-stable: pandoc stamps the time of the run in docProps/core.xml and the zip entries
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-12-06T12:00:00Z", data)
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 6, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


# ---- Chromium PDF of a page styled as a Google Doc --------------------------------


def html_inline(text):
    out = ""
    for t, b, i, url in segments(text):
        t = escape(t).replace("\n", "<br>")
        if b:
            t = "<b>%s</b>" % t
        if i:
            t = "<i>%s</i>" % t
        if url:
            t = '<a href="%s">%s</a>' % (escape(url), t)
        out += t
    return out


CSS = """@page { size: 8.5in 11in; margin: 1in; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.15; color: #000; margin: 0; }
p { margin: 0; }
.title { font-size: 26pt; margin-bottom: 3pt; }
.titled { font-size: 16pt; font-weight: bold; }
.sub { font-size: 15pt; color: #666; margin-bottom: 16pt; }
.subd { font-size: 13pt; color: #666; }
h1 { font-size: 20pt; margin: 20pt 0 6pt; }
h2 { font-size: 16pt; font-weight: normal; margin: 18pt 0 6pt; }
h3 { font-size: 14pt; font-weight: normal; color: #434343; margin: 16pt 0 4pt; }
.kicker { font-size: 10pt; font-weight: bold; color: #c00; }
.small { font-size: 9pt; color: #666; }
.center { text-align: center; }
ul { margin: 0; padding-left: 36pt; }
a { color: #1155cc; }
table { width: 100%; border-collapse: collapse; }
td { vertical-align: top; padding: 5pt 0; }
td + td { text-align: right; }
.hdr { position: fixed; top: -0.5in; right: 0; font-size: 9pt; color: #666; text-align: right; }
.ftr { position: fixed; bottom: -0.5in; left: 0; right: 0; font-size: 8pt; color: #999; text-align: center; }
"""


def html(rel):
    opts = rel.get("opts", {})
    out, in_list = [], False
    spacing = opts.get("spacing") and rel["producer"] == "gdocs"
    for b in rel["blocks"]:
        kind, text = b[0], (b[1] if len(b) > 1 else "")
        if kind == "bullet" and not in_list:
            out.append("<ul>")
            in_list = True
        elif kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "title":
            if opts.get("title") == "h1" and rel["producer"] == "gdocs":
                out.append('<h1%s>%s</h1>' % ("" if opts.get("title_bold") else ' style="font-weight:normal"',
                                             html_inline(text)))
            else:
                cls = "titled" if opts.get("title") == "direct" else "title"
                style = ' style="text-align:center"' if opts.get("title_jc") == "center" else ""
                out.append('<p class="%s"%s>%s</p>' % (cls, style, html_inline(text)))
        elif kind == "sub":
            if opts.get("sub") == "direct":
                it = opts.get("sub_italic") or rel["producer"] != "gdocs"
                out.append('<p class="subd">%s%s%s</p>' % ("<i>" if it else "", html_inline(text), "</i>" if it else ""))
            elif opts.get("sub") == "heading":
                out.append("<h3>%s</h3>" % html_inline(text))
            elif opts.get("sub") == "h2":
                out.append("<h2>%s</h2>" % html_inline(text))
            else:
                out.append('<p class="sub">%s</p>' % html_inline(text))
        elif kind == "kicker":
            out.append('<p class="kicker">%s</p>' % html_inline(text))
        elif kind == "p":
            out.append("<p>%s</p>" % html_inline(text))
        elif kind == "bullet":
            out.append("<li>%s</li>" % html_inline(text))
        elif kind == "head":
            how = opts.get("head", "Heading2")
            if how in ("bold", "boldsize"):
                out.append('<p><b%s>%s</b></p>' % (' style="font-size:13pt"' if how == "boldsize" else "",
                                                   html_inline(text)))
            else:
                out.append("<%s>%s</%s>" % ("h3" if how == "Heading3" else "h2", html_inline(text),
                                            "h3" if how == "Heading3" else "h2"))
        elif kind == "boldline":
            out.append("<p><b>%s</b></p>" % html_inline(text))
        elif kind == "small":
            out.append('<p class="small">%s</p>' % html_inline(text))
        elif kind == "center":
            out.append('<p class="center">%s</p>' % html_inline(text))
        elif kind == "empty":
            out.append("<p>&nbsp;</p>")
        elif kind == "box":
            out.append('<table><tr><td style="border:1px solid #000;padding:5pt;text-align:left">%s</td></tr></table>'
                       % "".join("<p>%s</p>" % (("<b>%s</b>" if i == 0 else "%s") % html_inline(line))
                                 for i, line in enumerate(b[1])))
        elif kind == "table":
            out.append("<table><tr>%s</tr></table>" % "".join(
                "<td>%s</td>" % "<br>".join(("<b>%s</b>" if i == 0 else "%s") % html_inline(line)
                                            for i, line in enumerate(c)) for c in b[1]))
        if spacing and kind in ("title", "sub", "p", "head", "boldline", "table", "center"):
            out.append("<p>&nbsp;</p>")
    if in_list:
        out.append("</ul>")
    hf = ""
    if rel.get("header"):
        hf += '<div class="hdr">%s</div>' % "<br>".join(html_inline(x) for x in rel["header"])
    if rel.get("footer"):
        hf += '<div class="ftr">%s</div>' % "<br>".join(html_inline(x) for x in rel["footer"])
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s%s</body></html>\n' % (rel["expect"]["language"], escape(rel["id"]), CSS, hf, "\n".join(out)))


# ---- gold -------------------------------------------------------------------------

PRODUCER = {"gdocs": "Google Docs' DOCX export, as tests/eval18/make.py writes it",
            "pages": "Apple Pages' DOCX export, as tests/eval18/make.py writes it",
            "wordonline": "Word for the web, as tests/eval18/make.py writes it",
            "pandoc": "pandoc -f markdown -t docx (run by tests/eval18/make.py)"}


def gold_text(rel, with_pdf):
    docs = [rel["id"] + ".docx"] + ([rel["id"] + ".pdf"] if with_pdf else [])
    producers = {"docx": PRODUCER[rel["producer"]]}
    if with_pdf:
        producers["pdf"] = "Chromium print of the release as an HTML page styled like a Google Doc"
    return evaltools.gold_json(evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))


def main():
    with_pdf = evaltools.pdf_tools(sys.argv, ["chromium"], "make.py: no chromium: the DOCX and their gold only")
    releases = evaltools.releases(HERE)
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="eval18-")
    try:
        for rel in releases:
            base = os.path.join(OUT, rel["id"])
            if rel["producer"] == "gdocs":
                write_gdocs(base + ".docx", rel)
            elif rel["producer"] == "pandoc":
                write_pandoc(base + ".docx", rel, tmp)
            else:
                write_styled(base + ".docx", rel, rel["producer"])
            if with_pdf:
                evaltools.chromium_html_pdf(html(rel), rel["id"], base + ".pdf", tmp)
            evaltools.write_text(base + ".gold.json", gold_text(rel, with_pdf))
        print("eval18: wrote %d releases%s to %s" % (len(releases), " and their PDFs" if with_pdf else "", OUT),
              file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
