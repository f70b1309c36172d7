#!/usr/bin/python3
"""Write tests/eval35/docx: invented DOCX releases that wrap ordinary
release text in the WordprocessingML constructs real Word, LibreOffice and
Google documents carry and that tests/eval10, 13, 15, 18, 27 and 33 do not
probe (first-page and even page headers, group shapes, drop caps, nested
and legacy form fields, repeating-section controls with a glossary part,
paragraph-level tracked changes and formatting changes, numbered heading
styles and list restarts, Symbol-font and emoji characters, drawing
canvases), each beside the PDF LibreOffice Writer exports from it.

The markup helpers are tests/eval13/make_docx.py's; the package writer
here adds header/footer types, settings.xml, a glossary part and extra
numbering. The releases and their gold, written before pressmill was run
on them, are in tests/eval35/releases.py.

Usage (from the repository root):
  /usr/bin/python3 tests/eval35/make.py            # DOCX, gold and PDF (PDF: with soffice)
  /usr/bin/python3 tests/eval35/make.py --no-pdf   # DOCX and gold only
"""
import glob
import os
import sys

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__, "docx")
PROFILE = "file:///tmp/lo-eval35"

E13 = evaltools.load("eval13_make_docx", "eval13/make_docx.py")
W, R_NS, RT, CT_MAIN = E13.W, E13.R_NS, E13.RT, E13.CT_MAIN

# numId 1: eval13's bullets; 2: decimal "1."; 3: outline numbering of the
# heading styles ("1", "1.1"); 4 and 5: two instances of one decimal list,
# the second restarting at 1 through w:lvlOverride/w:startOverride
NUMBERING = E13.NUMBERING.replace(
    "</w:numbering>",
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
    '</w:abstractNum>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
    '</w:lvlOverride></w:num></w:numbering>')

RELEASES = evaltools.releases(HERE, {"E13": E13})

GLOSSARY_CT = CT_MAIN + "document.glossary+xml"


def write_docx(path, rel):
    styles = E13.BASE_STYLES + rel.get("styles", [])
    parts = {"word/styles.xml": E13.styles_xml(styles), "word/numbering.xml": NUMBERING}
    overrides = [("word/document.xml", CT_MAIN + "document.main+xml"), ("word/styles.xml", CT_MAIN + "styles+xml"),
                 ("word/numbering.xml", CT_MAIN + "numbering+xml")]
    drels = [("rId1", RT + "styles", "styles.xml", False), ("rId2", RT + "numbering", "numbering.xml", False)]
    sect = ""
    for kind, typ, xml in rel.get("furniture", []):  # ("header"|"footer", "default"|"first"|"even", inner xml)
        n = len(drels) + 1
        name = "%s%d.xml" % (kind, n)
        root = "hdr" if kind == "header" else "ftr"
        parts["word/" + name] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                 '<w:%s xmlns:w="%s" xmlns:r="%s">%s</w:%s>' % (root, W, R_NS, xml, root))
        overrides.append(("word/" + name, CT_MAIN + kind + "+xml"))
        drels.append(("rId%d" % n, RT + kind, name, False))
        sect += '<w:%sReference w:type="%s" r:id="rId%d"/>' % (kind, typ, n)
    if rel.get("settings"):
        parts["word/settings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                      '<w:settings xmlns:w="%s">%s</w:settings>' % (W, rel["settings"]))
        overrides.append(("word/settings.xml", CT_MAIN + "settings+xml"))
        drels.append(("rId%d" % (len(drels) + 1), RT + "settings", "settings.xml", False))
    if rel.get("glossary"):
        parts["word/glossary/document.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:glossaryDocument xmlns:w="%s" xmlns:r="%s"><w:docParts>%s</w:docParts></w:glossaryDocument>'
            % (W, R_NS, rel["glossary"]))
        overrides.append(("word/glossary/document.xml", GLOSSARY_CT))
        drels.append(("rId%d" % (len(drels) + 1), RT + "glossaryDocument", "glossary/document.xml", False))
    for kind, xml in rel.get("notes", []):  # ("footnotes"|"endnotes"|"comments", inner xml)
        n = len(drels) + 1
        sep = ""
        if kind != "comments":
            one = kind[:-1]
            sep = ('<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>'
                   '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                   '</w:r></w:p></w:%s>' % (one, one, one, one))
        parts["word/%s.xml" % kind] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                       '<w:%s xmlns:w="%s" xmlns:r="%s">%s%s</w:%s>' % (kind, W, R_NS, sep, xml, kind))
        overrides.append(("word/%s.xml" % kind, CT_MAIN + kind + "+xml"))
        drels.append(("rId%d" % n, RT + kind, "%s.xml" % kind, False))
    for rid, target in rel.get("links", []):
        drels.append((rid, RT + "hyperlink", target, True))
    doc = E13.DOCUMENT % (rel["body"], "")
    doc = doc.replace('mc:Ignorable="w14 w15 wp14"',
                      'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
                      'mc:Ignorable="w14 w15 wp14 w16se"')
    doc = doc.replace('<w:sectPr w:rsidR="00A1">', '<w:sectPr w:rsidR="00A1">' + sect + rel.get("sect", ""))
    parts["word/document.xml"] = doc
    parts["[Content_Types].xml"] = E13.content_types(overrides)
    parts["_rels/.rels"] = E13.rels([("rId1", RT + "officeDocument", "word/document.xml", False)])
    parts["word/_rels/document.xml.rels"] = E13.rels(drels)
    E13.write_parts(path, parts)


def gold_text(rel, with_pdf):
    docs = [rel["id"] + ".docx"] + ([rel["id"] + ".pdf"] if with_pdf else [])
    producers = {"docx": "tests/eval35/make.py (tests/eval13/make_docx.py markup)"}
    if with_pdf:
        producers["pdf"] = "LibreOffice Writer export of the DOCX"
    return evaltools.gold_json(evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))


def main():
    with_pdf = evaltools.pdf_tools(sys.argv, ["soffice"],
                                   "make.py: no soffice (LibreOffice exports the PDFs): the DOCX and their gold only")
    os.makedirs(OUT, exist_ok=True)
    for rel in RELEASES:
        base = os.path.join(OUT, rel["id"])
        write_docx(base + ".docx", rel)
        evaltools.write_text(base + ".gold.json", gold_text(rel, with_pdf))
    if with_pdf:
        evaltools.soffice_pdfs(sorted(glob.glob(os.path.join(OUT, "*.docx"))), OUT, PROFILE)
    print("eval35: wrote %d releases%s to %s" % (len(RELEASES), " and their PDFs" if with_pdf else "", OUT),
          file=sys.stderr)


if __name__ == "__main__":
    main()
