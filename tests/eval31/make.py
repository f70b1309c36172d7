#!/usr/bin/python3
"""Write tests/eval31/docs: invented releases about the media contact block,
each as TXT and DOCX, and as LibreOffice's PDF export of the DOCX.

The releases and their gold are in tests/eval31/releases.py (written before
pressmill was run on them). The DOCX is python-docx's package with the story
written as WordprocessingML: the paragraph, text box and package helpers are
tests/eval27/make.py's (loaded from there, not copied), the reading of
releases.py, the gold and the soffice call tests/evaltools'; what is new here is
a bordered table of several rows (a contact table), a text box anchored at
the right margin with the text wrapping round it (a sidebar), superscript
note marks and a plain-text rendering of the same blocks.

Usage (from the repository root):
  /usr/bin/python3 tests/eval31/make.py            # TXT, DOCX, gold, and PDF with soffice
  /usr/bin/python3 tests/eval31/make.py --no-pdf   # TXT, DOCX and gold only
"""
import os
import re
import shutil
import sys
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
e27 = evaltools.load("eval27_make", os.path.join("eval27", "make.py"))

SUP = re.compile(r"\^(\d+)\^")
SUPCHARS = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def runs(text, rpr=""):
    """eval27's runs, with ^N^ as a superscript run (a note mark)."""
    out, pos = [], 0
    for m in SUP.finditer(text):
        out.append(e27.runs(text[pos:m.start()], rpr))
        out.append('<w:r><w:rPr>%s<w:vertAlign w:val="superscript"/></w:rPr><w:t>%s</w:t></w:r>'
                   % (rpr, escape(m.group(1))))
        pos = m.end()
    out.append(e27.runs(text[pos:], rpr))
    return "".join(out)


def para(inner, ppr=""):
    return e27.para(inner, ppr)


def rows_table(rows, widths):
    bd = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="666666"/>' % e
                 for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    trs = []
    for i, row in enumerate(rows):
        rpr = "<w:b/>" if i == 0 else ""
        trs.append("<w:tr>%s</w:tr>" % "".join(
            '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (w, para(runs(c, rpr)))
            for c, w in zip(row, widths)))
    return ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders>'
            '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
            % (sum(widths), bd, "".join('<w:gridCol w:w="%d"/>' % w for w in widths), "".join(trs))) + para("")


def sidebar(texts, n):
    """A text box 5.5 cm wide at the page's right margin, the text wrapping round it."""
    inner = "".join(para(runs(t, '<w:sz w:val="18"/>' + ("<w:b/>" if i == 0 else "")),
                         '<w:spacing w:after="40"/>') for i, t in enumerate(texts))
    cx, cy = 1980000, 1600000
    return para(
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="180000" distR="0" simplePos="0" relativeHeight="%d" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="Sidebar %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EEEEEE"/>'
        '</a:solidFill></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="Sidebar %d" o:spid="_x0000_s20%02d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:156pt;height:126pt;z-index:%d;'
        'mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#eee" stroked="f">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'
        % (n + 2, cx, cy, n + 1, n + 1, cx, cy, inner, n + 1, n, n + 2, inner))


def docx_block(b, n):
    k = b[0]
    if k == "title":
        return para(runs(b[1], e27.BIG), '<w:spacing w:after="240"/>')
    if k == "p":
        return para(runs(b[1]), '<w:spacing w:after="160"/>')
    if k == "b":
        return para(runs(b[1], "<w:b/>"), '<w:spacing w:before="240" w:after="60"/>')
    if k == "lines":
        return para('<w:r><w:br/></w:r>'.join(runs(t) for t in b[1]), '<w:spacing w:after="160"/>')
    if k == "rows":
        return rows_table(b[1], b[2])
    if k == "txbx":
        return e27.txbx(b[1], 20, n)
    if k == "side":
        return sidebar(b[1], n)
    if k == "small":
        return para(runs(b[1], '<w:sz w:val="16"/>'), '<w:spacing w:before="240"/>')
    raise ValueError(k)


def txt_of(blocks):
    """The release as a plain-text export gives it: a blank line between paragraphs, a table's cells
    joined by tabs, a text box's lines where it is anchored."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "p", "b", "small"):
            out.append(b[1])
        elif k in ("lines", "txbx", "side"):
            out.append("\n".join(b[1]))
        elif k == "rows":
            out.append("\n".join("\t".join(r) for r in b[1]))
    text = "\n\n".join(out) + "\n"
    text = SUP.sub(lambda m: m.group(1).translate(SUPCHARS), text)
    return re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m.group(1) or m.group(2), text)


def write_docx(rel):
    d = evaltools.new_docx("template")
    xml = "".join(docx_block(b, i + 1) for i, b in enumerate(rel["blocks"]))
    evaltools.add_body_xml(d, e27.NS, xml)
    path = os.path.join(OUT, rel["id"] + ".docx")
    evaltools.save_docx(d, path)
    return path


def main(argv):
    no_pdf = "--no-pdf" in argv
    ids = [a for a in argv if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    soffice = None if no_pdf else shutil.which("soffice") or shutil.which("libreoffice")
    for rel in evaltools.releases(HERE, globals()):
        if ids and rel["id"] not in ids:
            continue
        evaltools.write_text(os.path.join(OUT, rel["id"] + ".txt"), txt_of(rel["blocks"]))
        path = write_docx(rel)
        docs = [rel["id"] + ".txt", rel["id"] + ".docx"]
        pdf = os.path.join(OUT, rel["id"] + ".pdf")
        if soffice:
            evaltools.soffice_pdfs([path], OUT, soffice=soffice, quiet=True)
        if os.path.exists(pdf):
            docs.append(rel["id"] + ".pdf")
        producers = {"txt": "plain text, as tests/eval31/make.py writes it",
                     "docx": "template shape, as tests/eval31/make.py writes it"}
        if len(docs) > 2:
            producers["pdf"] = "LibreOffice's PDF export of the DOCX"
        evaltools.write_gold(os.path.join(OUT, rel["id"] + ".gold.json"),
                             evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))
        print(rel["id"], " ".join(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
