#!/usr/bin/env python3
"""Write tests/eval10/docx: invented DOCX releases, WordprocessingML by hand.

Each release below is a list of paragraphs with the run formatting a Word
user gives them (styles, bold, italic, caps, sizes, line breaks, numbered
and bulleted lists, a one-cell table, a text box) and its gold, written
before pressmill was run on it. Run: python3 tests/eval10/make_docx.py
(python3's zipfile only; the files are a few KB each and byte-stable: the
zip entries carry a fixed date).
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ---- the document model: runs, paragraphs, tables, text boxes ------------


def R(text, b=False, i=False, caps=False, sz=None, br=False):
    """A run; br=True puts a line break (w:br) before its text."""
    return {"t": text, "b": b, "i": i, "caps": caps, "sz": sz, "br": br}


def P(*runs, style=None, jc=None, num=None, lvl=0, sz=None, b=False, i=False):
    """A paragraph of runs (plain strings are runs with the paragraph's own
    b/i/sz)."""
    rr = [r if isinstance(r, dict) else R(r, b=b, i=i, sz=sz) for r in runs]
    return {"kind": "p", "runs": rr, "style": style, "jc": jc, "num": num, "lvl": lvl}


def TABLE(*cells_rows):
    """A table: each argument a row, a list of cells, each a list of P."""
    return {"kind": "tbl", "rows": cells_rows}


def BOX(*paras):
    """A text box (VML v:textbox, w:txbxContent) anchored in an empty
    paragraph."""
    return {"kind": "box", "paras": paras}


def run_xml(r):
    props = ""
    if r["b"]:
        props += "<w:b/>"
    if r["i"]:
        props += "<w:i/>"
    if r["caps"]:
        props += "<w:caps/>"
    if r["sz"]:
        props += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (r["sz"] * 2, r["sz"] * 2)
    rpr = "<w:rPr>%s</w:rPr>" % props if props else ""
    brk = "<w:br/>" if r["br"] else ""
    return '<w:r>%s%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, brk, escape(r["t"]))


def p_xml(p):
    ppr = ""
    if p["style"]:
        ppr += '<w:pStyle w:val="%s"/>' % p["style"]
    if p["num"]:
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (p["lvl"], p["num"])
    if p["jc"]:
        ppr += '<w:jc w:val="%s"/>' % p["jc"]
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", "".join(run_xml(r) for r in p["runs"]))


def block_xml(b):
    if b["kind"] == "p":
        return p_xml(b)
    if b["kind"] == "tbl":
        rows = []
        for row in b["rows"]:
            cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                            % (9000 // len(row), "".join(p_xml(p) for p in cell)) for cell in row)
            rows.append("<w:tr>%s</w:tr>" % cells)
        return ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
                '<w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
                '<w:tblGrid/>%s</w:tbl><w:p/>' % "".join(rows))
    if b["kind"] == "p_box":
        # a paragraph of text that anchors a text box (the box's XML inside it)
        inner = "".join(p_xml(p) for p in b["box"])
        return ('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:pict><v:shape id="tb2" '
                'type="#_x0000_t202" style="position:absolute;width:450pt;height:120pt"><v:textbox>'
                '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
                % (escape(b["text"]), inner))
    if b["kind"] == "box":
        inner = "".join(p_xml(p) for p in b["paras"])
        return ('<w:p><w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" '
                'style="width:450pt;height:120pt"><v:textbox><w:txbxContent>%s'
                '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>' % inner)
    raise ValueError(b["kind"])


DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:body>%%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % W)

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="%s">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
          '<w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
          '<w:rPr><w:sz w:val="52"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
          '<w:rPr><w:i/><w:sz w:val="30"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
          '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
          '</w:styles>' % W)

NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:numbering xmlns:w="%s">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
             '<w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%%1."/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '</w:numbering>' % W)

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.numbering+xml"/>'
                 '</Types>')

RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/></Relationships>')


def write_docx(path, blocks):
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES),
             ("word/numbering.xml", NUMBERING),
             ("word/document.xml", DOCUMENT % "".join(block_xml(b) for b in blocks))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


exec(open(os.path.join(HERE, "releases.py"), encoding="utf-8").read())  # RELEASES: the specs and their gold


def main():
    os.makedirs(OUT, exist_ok=True)
    for rel in RELEASES:
        rid = rel["id"]
        write_docx(os.path.join(OUT, rid + ".docx"), rel["blocks"])
        gold = {"id": rid, "documents": [rid + ".docx"], "producers": {"docx": "tests/eval10/make_docx.py"},
                "expect": rel["expect"], "source_note": rel["note"]}
        with open(os.path.join(OUT, rid + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d releases to %s" % (len(RELEASES), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
