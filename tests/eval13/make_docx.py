#!/usr/bin/env python3
"""Write tests/eval13/docx: invented DOCX releases in the markup real Word writes.

python-docx writes plain paragraphs and runs; Word writes much more around
the same text: content controls (w:sdt, placeholders), fields (simple and
complex), tracked changes, mc:AlternateContent text boxes (DrawingML and
their VML fallback), frames, hidden text, smart tags and custom XML,
bookmarks and proofing marks that split a word across runs, special
characters (soft and non-breaking hyphens, w:sym, w:ptab), headings set by
outline level, localised style ids, basedOn chains, numbering, layout
tables, notes, comments, letterheads, altChunk parts and Strict OOXML.
Each release below is one to three of these forms, its document.xml
written by hand here (python3's zipfile only, byte-stable: the zip entries
carry a fixed date), and its gold written with it, before pressmill was
run on it. Run: python3 tests/eval13/make_docx.py
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/"

# ---- markup helpers ---------------------------------------------------------


def run(text, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        "<w:rPr>%s</w:rPr>" % rpr if rpr else "", escape(text))


def para(inner, ppr=""):
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", inner)


def P(text, style=None, ppr="", rpr=""):
    st = '<w:pStyle w:val="%s"/>' % style if style else ""
    return para(run(text, rpr), st + ppr)


def sdt_block(inner, alias="", tag="", extra_pr=""):
    pr = ""
    if alias:
        pr += '<w:alias w:val=%s/>' % quoteattr(alias)
    if tag:
        pr += '<w:tag w:val=%s/>' % quoteattr(tag)
    return ('<w:sdt><w:sdtPr>%s<w:id w:val="-1187413"/>%s</w:sdtPr><w:sdtEndPr/>'
            '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (pr, extra_pr, inner))


def complex_field(instr, result_runs, rpr=""):
    rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>%s'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>' % (rp, rp, escape(instr), rp, result_runs, rp))


def vml_box(inner):
    return ('<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/></v:shapetype>'
            '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="position:absolute;margin-left:0;margin-top:0;width:450pt;height:110pt;z-index:251659264">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % inner)


def alt_box(inner):
    """A Word 2010+ text box: DrawingML (wps) in mc:Choice, VML in mc:Fallback, the same text in both."""
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>left</wp:align>'
            '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>228600</wp:posOffset>'
            '</wp:positionV><wp:extent cx="5715000" cy="1400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="217" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
            '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="5715000" cy="1400000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="position:absolute;margin-top:18pt;width:450pt;height:110pt;z-index:251659264">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>' % (inner, inner))


DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="%s" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="%s" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'mc:Ignorable="w14 w15 wp14"><w:body>%%s<w:sectPr w:rsidR="00A1"%%s><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
            % (R_NS, W))

DOCUMENT_STRICT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<w:document xmlns:r="%s" xmlns:w="%s" conformance="strict"><w:body>%%s<w:sectPr%%s>'
                   '<w:pgSz w:w="11906pt" w:h="16838"/></w:sectPr></w:body></w:document>' % (R_STRICT, W_STRICT))


def style(sid, name, kind="paragraph", based="Normal", ppr="", rpr="", extra=""):
    return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s%s%s%s</w:style>'
            % (kind, sid, name, '<w:basedOn w:val="%s"/>' % based if based else "", extra,
               "<w:pPr>%s</w:pPr>" % ppr if ppr else "", "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))


BASE_STYLES = [
    style("Normal", "Normal", based=None, extra='<w:qFormat/>'),
    style("Title", "Title", extra='<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>',
          ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
          rpr='<w:rFonts w:asciiTheme="majorHAnsi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/>'),
    style("Subtitle", "Subtitle", ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr>',
          rpr='<w:color w:val="5A5A5A"/><w:spacing w:val="15"/><w:sz w:val="22"/>'),
    style("Heading1", "heading 1", ppr='<w:keepNext/><w:outlineLvl w:val="0"/>', rpr='<w:b/><w:sz w:val="32"/>'),
    style("Heading2", "heading 2", ppr='<w:keepNext/><w:outlineLvl w:val="1"/>', rpr='<w:b/><w:sz w:val="26"/>'),
    style("ListParagraph", "List Paragraph", ppr='<w:ind w:left="720"/><w:contextualSpacing/>'),
    style("Hyperlink", "Hyperlink", kind="character", based="DefaultParagraphFont",
          rpr='<w:color w:val="0563C1"/><w:u w:val="single"/>'),
    style("DefaultParagraphFont", "Default Paragraph Font", kind="character", based=None,
          extra='<w:uiPriority w:val="1"/><w:semiHidden/>'),
    style("PlaceholderText", "Placeholder Text", kind="character", based="DefaultParagraphFont",
          rpr='<w:color w:val="808080"/>'),
]


def styles_xml(styles, ns=W):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" '
            'w:hAnsi="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
            '</w:pPrDefault></w:docDefaults>%s</w:styles>' % (ns, "".join(styles)))


NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:numbering xmlns:w="%s">'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
             '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
             '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '</w:numbering>' % W)

CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def content_types(overrides):
    o = "".join('<Override PartName="/%s" ContentType="%s"/>' % (p, ct) for p, ct in overrides)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="htm" ContentType="application/xhtml+xml"/>%s</Types>' % o)


def rels(items):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % "".join('<Relationship Id="%s" Type="%s" Target=%s%s/>'
                      % (i, t, quoteattr(tg), ' TargetMode="External"' if ext else "")
                      for i, t, tg, ext in items))


def write_docx(path, rel):
    strict = rel.get("strict", False)
    rt = RT_STRICT if strict else RT
    wns = W_STRICT if strict else W
    styles = BASE_STYLES + rel.get("styles", [])
    parts = {"word/styles.xml": styles_xml(styles, wns).replace('"Normal" w:styleId', '"Normal" w:styleId')}
    overrides = [("word/document.xml", CT_MAIN + "document.main+xml"), ("word/styles.xml", CT_MAIN + "styles+xml")]
    drels = [("rId1", rt + "styles", "styles.xml", False)]
    if not strict:
        parts["word/numbering.xml"] = NUMBERING
        overrides.append(("word/numbering.xml", CT_MAIN + "numbering+xml"))
        drels.append(("rId2", rt + "numbering", "numbering.xml", False))
    sect = ""
    for kind, xml in rel.get("furniture", []):  # ("header"|"footer", inner xml)
        n = len(drels) + 1
        name = "%s%d.xml" % (kind, n)
        root = "hdr" if kind == "header" else "ftr"
        parts["word/" + name] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                 '<w:%s xmlns:w="%s" xmlns:r="%s">%s</w:%s>' % (root, W, R_NS, xml, root))
        overrides.append(("word/" + name, CT_MAIN + kind + "+xml"))
        drels.append(("rId%d" % n, rt + kind, name, False))
        sect += '<w:%sReference w:type="default" r:id="rId%d"/>' % (kind, n)
    for kind, xml in rel.get("notes", []):  # ("footnotes"|"endnotes"|"comments", inner xml)
        n = len(drels) + 1
        root = {"footnotes": "footnotes", "endnotes": "endnotes", "comments": "comments"}[kind]
        sep = ""
        if kind != "comments":
            one = kind[:-1]
            sep = ('<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>'
                   '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                   '</w:r></w:p></w:%s>' % (one, one, one, one))
        parts["word/%s.xml" % kind] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                       '<w:%s xmlns:w="%s" xmlns:r="%s">%s%s</w:%s>'
                                       % (root, W, R_NS, sep, xml, root))
        overrides.append(("word/%s.xml" % kind, CT_MAIN + kind + "+xml"))
        drels.append(("rId%d" % n, rt + kind, "%s.xml" % kind, False))
    for rid, target in rel.get("links", []):
        drels.append((rid, rt + "hyperlink", target, True))
    for rid, name, data in rel.get("chunks", []):
        parts["word/" + name] = data
        drels.append((rid, rt + "aFChunk", name, False))
    doc = (DOCUMENT_STRICT if strict else DOCUMENT) % (rel["body"], "")
    if sect:
        doc = doc.replace('<w:sectPr w:rsidR="00A1">', '<w:sectPr w:rsidR="00A1">' + sect)
    parts["word/document.xml"] = doc
    parts["[Content_Types].xml"] = content_types(overrides)
    parts["_rels/.rels"] = rels([("rId1", rt + "officeDocument", "word/document.xml", False)])
    parts["word/_rels/document.xml.rels"] = rels(drels)
    write_parts(path, parts)


def write_parts(path, parts):
    """The package's parts (name -> text) zipped in Word's order, byte-stable
    (a fixed date on every entry); tests/eval18/make.py writes with it too."""
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
    order += sorted(p for p in parts if p not in order)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name].encode("utf-8"))


exec(open(os.path.join(HERE, "releases.py"), encoding="utf-8").read())  # RELEASES: the specs and their gold


def gold_text(rel):
    """The gold file of a release (../RECORD.md's expected fields), as JSON text."""
    name = rel["id"] + ".docx"
    return json.dumps({"id": rel["id"], "documents": [name], "producers": {"docx": "tests/eval13/make_docx.py"},
                       "expect": rel["expect"], "source_note": rel["note"]}, ensure_ascii=False, indent=1) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    for rel in RELEASES:
        base = os.path.join(OUT, rel["id"])
        write_docx(base + ".docx", rel)
        with open(base + ".gold.json", "w", encoding="utf-8") as fh:
            fh.write(gold_text(rel))
    print("wrote %d releases to %s" % (len(RELEASES), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
