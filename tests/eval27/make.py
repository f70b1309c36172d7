#!/usr/bin/python3
"""Write tests/eval27/docs: invented releases as DOCX that no person typed
in Word - converted from a PDF (Acrobat's Export to Word, Word's PDF
reflow, online converters, ABBYY FineReader) or built from a template by
automation (CRM and mail-merge templates, agency templates).

The releases and their gold are in tests/eval27/releases.py (written
before pressmill was run on them). python-docx makes the package (its
default template: styles.xml with Normal, Heading, Title, header and
footer parts) and the page headers and footers; the story's markup that
python-docx cannot write - positioned frames (w:framePr), text boxes
(wps:txbx in mc:AlternateContent with a VML fallback holding the same
text a second time), w:br line breaks, exact line spacing, section
columns, borderless and one-cell tables, content controls - is written
here as raw WordprocessingML and put into the body with lxml.

Usage (from the repository root):
  /usr/bin/python3 tests/eval27/make.py            # DOCX, gold, and PDF with soffice
  /usr/bin/python3 tests/eval27/make.py --no-pdf   # DOCX and gold only
"""
import os
import re
import shutil
import sys
import textwrap
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.shared import Pt

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
NS = evaltools.WORD_NS

INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")
# converters write exact line spacing (w:lineRule="exact") from the PDF's leading
EXACT = '<w:spacing w:before="0" w:after="0" w:line="264" w:lineRule="exact"/>'


def runs(text, rpr=""):
    out, pos = [], 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], ""))
        out.append((m.group(1), "<w:b/>") if m.group(1) is not None else (m.group(2), "<w:i/>"))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], ""))
    return "".join('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                   % ("<w:rPr>%s</w:rPr>" % (rpr + extra) if rpr + extra else "", escape(t)) for t, extra in out)


def para(inner, ppr=""):
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", inner)


BIG = '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>'


def frame(text, size, n):
    # Acrobat/ABBYY: a paragraph positioned on the page at the PDF's coordinates
    ppr = ('<w:framePr w:w="9000" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
           'w:x="1134" w:y="%d"/>' % (700 + 600 * n))
    return para(runs(text, '<w:b/><w:sz w:val="%d"/>' % size), ppr)


def txbx(texts, size, n):
    inner = "".join(para(runs(t, '<w:sz w:val="%d"/>' % size)) for t in texts)
    h = 400000 * len(texts) + 200000
    return para(
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>720000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="6000000" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="6000000" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>'
        '</a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"/><v:shape id="Text Box %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:472pt;height:%dpt;z-index:%d" filled="f" '
        'stroked="f"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
        % (n + 2, h, n + 1, n + 1, h, inner, n + 1, n, h // 12700, n + 2, inner))


def lines(text, width, last_after=0, rpr=""):
    ws = textwrap.wrap(text, width)
    out = []
    for i, ln in enumerate(ws):
        sp = EXACT if i < len(ws) - 1 or not last_after else EXACT.replace('w:after="0"', 'w:after="%d"' % last_after)
        out.append(para(runs(ln, rpr), sp))
    return "".join(out)


def brpara(text, width, rpr=""):
    ws = textwrap.wrap(text, width)
    inner = '<w:r><w:br/></w:r>'.join(runs(ln, rpr) for ln in ws)
    return para(inner, EXACT.replace('w:after="0"', 'w:after="160"'))


def table(cells, borders):
    b = ('<w:tblBorders>%s</w:tblBorders>' % "".join('<w:%s w:val="single" w:sz="8" w:space="0" w:color="444444"/>'
                                                      % e for e in ("top", "left", "bottom", "right"))
         if borders else '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
         '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
    w = 9000 // len(cells)
    tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                  % (w, "".join(para(runs(t)) for t in cell)) for cell in cells)
    return ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>%s<w:tblLook w:val="0000"/></w:tblPr>'
            '<w:tblGrid>%s</w:tblGrid><w:tr>%s</w:tr></w:tbl>'
            % (b, "".join('<w:gridCol w:w="%d"/>' % w for _ in cells), tcs))


class Writer:
    def __init__(self, rel):
        self.wrap = rel.get("wrap", 88)
        self.n = 0
        self.cols = 1

    def block(self, b):
        k = b[0]
        self.n += 1
        if k == "frame":
            return frame(b[1], b[2], self.n)
        if k == "txbx":
            return txbx(b[1], b[2], self.n)
        if k == "lines":
            return lines(b[1], self.wrap)
        if k == "lines_sp":
            return lines(b[1], self.wrap, 200)
        if k == "lines_big":
            return lines(b[1], 48, 0, BIG)
        if k == "br":
            return brpara(b[1], self.wrap)
        if k == "br_big":
            return brpara(b[1], 48, BIG)
        if k == "p":
            return para(runs(b[1]), '<w:spacing w:after="160"/>')
        if k == "b":
            return para(runs(b[1], "<w:b/>"))
        if k == "i":
            return para(runs(b[1], '<w:i/><w:sz w:val="26"/>'))
        if k == "big":
            return para(runs(b[1], BIG), '<w:spacing w:after="120"/>')
        if k == "tabs":
            return para('<w:r><w:tab/></w:r>'.join(runs(t) for t in b[1]),
                        '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>')
        if k == "spaces":
            return para(runs((" " * 24).join(b[1])))
        if k == "tbl":
            return table(b[1], False) + para("")
        if k == "box":
            return table([b[1]], True) + para("")
        if k == "sdt":
            return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr>'
                    '<w:sdtContent>%s</w:sdtContent></w:sdt>'
                    % (b[1], b[1].lower(), 1000 + self.n, "".join(self.block(x) for x in b[2])))
        if k == "cols":
            # a continuous section break: the section so far is one column, what follows b[1]
            self.cols = b[1]
            return para("", '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
                        'w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
        raise ValueError(k)


def header_footer(part, texts):
    part.is_linked_to_previous = False
    p = part.paragraphs[0]
    for i, t in enumerate(texts):
        if i:
            p = part.add_paragraph()
        m = INLINE.fullmatch(t)
        r = p.add_run(m.group(1) if m else t)
        r.bold = bool(m)
        r.font.size = Pt(8)


def write(rel):
    d = evaltools.new_docx("converter" if rel["producer"] in ("acrobat", "reflow", "converter", "abbyy") else "template")
    sec = d.sections[0]
    if rel.get("header"):
        header_footer(sec.header, rel["header"])
    if rel.get("footer"):
        header_footer(sec.footer, rel["footer"])
    w = Writer(rel)
    xml = "".join(w.block(b) for b in rel["blocks"])
    final = evaltools.add_body_xml(d, NS, xml)
    if w.cols > 1:
        final.append(parse_xml('<w:cols %s w:num="%d" w:space="567"/>' % (NS, w.cols)))
        final.insert(0, parse_xml('<w:type %s w:val="continuous"/>' % NS))
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
        path = write(rel)
        docs = [rel["id"] + ".docx"]
        pdf = os.path.join(OUT, rel["id"] + ".pdf")
        if soffice:
            evaltools.soffice_pdfs([path], OUT, soffice=soffice, quiet=True)
        if os.path.exists(pdf):
            docs.append(rel["id"] + ".pdf")
        producers = {"docx": "%s shape, as tests/eval27/make.py writes it" % rel["producer"]}
        if len(docs) > 1:
            producers["pdf"] = "LibreOffice's PDF export of the DOCX"
        evaltools.write_gold(os.path.join(OUT, rel["id"] + ".gold.json"),
                             evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))
        print(rel["id"], " ".join(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
