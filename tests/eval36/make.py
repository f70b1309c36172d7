#!/usr/bin/python3
"""Write tests/eval36/docx: invented DOCX releases (and LibreOffice's PDF
export of each) that carry their boilerplate ("About" sections) the many
ways real writers do in Word: a bold run in a Normal paragraph, a Heading
style, capitals, a trailing colon, a run-in heading, two organisations,
a one-cell table, a text box, after an end mark, before or after the
contacts, numbered notes to editors, `Boilerplate`, and the About words
of eight languages.

The releases are in tests/eval36/releases.py, written with their gold
before pressmill was run on them. The gold is derived from the block
list (each block says what it is: body, About paragraph, heading,
contact, end mark, note), so that text and gold cannot drift apart.

Usage (from the repository root):
  /usr/bin/python3 tests/eval36/make.py            # DOCX, gold and PDF
  /usr/bin/python3 tests/eval36/make.py --no-pdf   # DOCX and gold only
  /usr/bin/python3 tests/eval36/make.py e36-en-01  # only these releases
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__, "docx")
E13 = evaltools.load("eval13_make_docx", "eval13/make_docx.py")

NS = evaltools.WORD_NS

BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(text):
    return BOLD.sub(r"\1", text)


def add_runs(p, text, bold=False, italic=False, size=None, caps=False):
    pos = 0
    pieces = []
    for m in BOLD.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], False))
        pieces.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    for t, b in pieces:
        r = p.add_run(t)
        r.bold = True if (bold or b) else None
        r.italic = True if italic else None
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)


def spaced(p, after=8, before=0):
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    return p


def head(container, text, mode):
    """An About or notes heading: 'bold' a bold run alone in a Normal
    paragraph, 'caps' the same with Word's All caps (w:caps), 'plain' not
    bold, or a style name (Heading 2, Heading 3)."""
    if mode in ("bold", "caps", "plain"):
        p = spaced(container.add_paragraph(), 4, 10)
        add_runs(p, text, bold=mode != "plain", caps=mode == "caps")
    elif mode in ("underline", "big", "bolditalic"):
        p = spaced(container.add_paragraph(), 4, 10)
        add_runs(p, text, bold=mode == "bolditalic", italic=mode == "bolditalic", size=14 if mode == "big" else None)
        if mode == "underline":
            for r in p.runs:
                r.underline = True
    else:
        p = spaced(container.add_paragraph(text, style=mode), 4, 10)
    return p


def block(d, container, b, opts):
    kind = b[0]
    if kind == "release":
        add_runs(spaced(container.add_paragraph(), 10), b[1], bold=True)
    elif kind == "title":
        if opts.get("title") == "style":
            spaced(container.add_paragraph(b[1], style="Title"), 12)
        else:
            add_runs(spaced(container.add_paragraph(), 12, 6), b[1], bold=True, size=16)
    elif kind == "sub":
        add_runs(spaced(container.add_paragraph(), 12), b[1], italic=True, size=13)
    elif kind == "lead":
        add_runs(spaced(container.add_paragraph()), b[1] + b[2])
    elif kind in ("p", "ap", "contactp"):
        add_runs(spaced(container.add_paragraph()), b[1])
    elif kind == "bh":
        add_runs(spaced(container.add_paragraph(), 4, 8), b[1], bold=True)
    elif kind == "head":
        head(container, b[1], b[2])
    elif kind == "runin":
        p = spaced(container.add_paragraph())
        add_runs(p, b[1], bold=True)
        add_runs(p, (b[3] if len(b) > 3 else " ") + b[2])
    elif kind == "linkhead":
        p = spaced(container.add_paragraph(), 4, 10)
        add_runs(p, b[1], bold=True)
        rid = d.part.relate_to(b[3], "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                               is_external=True)
        p._p.append(parse_xml('<w:hyperlink %s r:id="%s"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:b/>'
                              '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>'
                              % (nsdecls("w", "r"), rid, escape(b[2]))))
    elif kind == "empty":
        spaced(container.add_paragraph(), 0)
    elif kind == "brparas":
        p = spaced(container.add_paragraph())
        for k, t in enumerate(b[1]):
            if k:
                p.runs[-1].add_break()
                p.runs[-1].add_break()
            add_runs(p, t)
    elif kind == "topbox":
        # a text box anchored in the first paragraph, placed by Word at
        # the foot of the page (positionV relative to the page)
        inner = "".join(box_para(sub) for sub in b[1])
        xml = E13.alt_box(inner).replace(
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>228600</wp:posOffset>',
            '<wp:positionV relativeFrom="page"><wp:posOffset>8001000</wp:posOffset>').replace(
            "position:absolute;margin-top:18pt;", "position:absolute;margin-top:630pt;mso-position-vertical-relative:page;")
        first = d.element.body[0]
        first.append(parse_xml("<w:r %s>%s</w:r>" % (NS, xml[len("<w:r>"):-len("</w:r>")])))
    elif kind == "cols2":
        # a continuous section break, then the blocks in the last section,
        # set in two columns
        last = container.paragraphs[-1]._p
        last.get_or_add_pPr().append(parse_xml(
            '<w:sectPr %s><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/></w:sectPr>' % nsdecls("w")))
        for sub in b[1]:
            block(d, container, sub, opts)
        sect = d.sections[-1]._sectPr
        for el in sect.findall(qn("w:type")) + sect.findall(qn("w:cols")):
            sect.remove(el)
        sect.insert(0, parse_xml('<w:type %s w:val="continuous"/>' % nsdecls("w")))
        cols = parse_xml('<w:cols %s w:num="2" w:space="708"/>' % nsdecls("w"))
        grid = sect.find(qn("w:docGrid"))
        if grid is not None:
            grid.addprevious(cols)
        else:
            sect.append(cols)
    elif kind == "italichead":
        add_runs(spaced(container.add_paragraph(), 4, 10), b[1], italic=True)
    elif kind == "brhead":
        p = spaced(container.add_paragraph())
        add_runs(p, b[1], bold=True)
        p.runs[-1].add_break()
        add_runs(p, b[2])
    elif kind in ("bullet", "abullet"):
        add_runs(spaced(container.add_paragraph(style="List Bullet"), 2), b[1])
    elif kind == "pagebreak":
        container.add_page_break()
    elif kind == "table2":
        t = container.add_table(rows=1, cols=2)
        for cell, blocks in zip(t.rows[0].cells, b[1:]):
            first = cell.paragraphs[0]
            for sub in blocks:
                block(d, cell, sub, opts)
            first._element.getparent().remove(first._element)
        spaced(container.add_paragraph(), 0)
    elif kind == "end":
        p = spaced(container.add_paragraph(), 12, 6)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, b[1])
    elif kind == "contact":
        for k, line in enumerate(b[1]):
            add_runs(spaced(container.add_paragraph(), 10 if k == len(b[1]) - 1 else 0), line)
    elif kind == "note":
        add_runs(spaced(container.add_paragraph(style="List Number"), 4), b[1])
    elif kind == "anote":
        p = spaced(container.add_paragraph(style="List Number"), 4)
        add_runs(p, b[1], bold=True)
        add_runs(p, " " + b[2])
    elif kind == "cell":
        t = container.add_table(rows=1, cols=1)
        t.style = d.styles["Table Grid"]
        cell = t.rows[0].cells[0]
        first = cell.paragraphs[0]
        for sub in b[1]:
            block(d, cell, sub, opts)
        first._element.getparent().remove(first._element)
        spaced(container.add_paragraph(), 0)
    elif kind == "box":
        inner = "".join(box_para(sub) for sub in b[1])
        evaltools.add_body_xml(d, NS, E13.para(E13.alt_box(inner)))
    else:
        raise ValueError(kind)


def box_para(b):
    """A paragraph of a text box's content, in WordprocessingML."""
    kind = b[0]
    if kind == "head":
        return E13.P(b[1], rpr="<w:b/>", ppr='<w:spacing w:after="80"/>')
    if kind == "runin":
        return E13.para(E13.run(b[1], "<w:b/>") + E13.run(" " + b[2]), '<w:spacing w:after="80"/>')
    return E13.P(plain(b[1]), ppr='<w:spacing w:after="80"/>')


def write_docx(path, rel):
    d = evaltools.new_docx("Press office")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    opts = rel.get("opts", {})
    for b in rel["blocks"]:
        block(d, d, b, opts)
    evaltools.save_docx(d, path)


def flatten(blocks):
    for b in blocks:
        if b[0] in ("cell", "box", "topbox", "cols2"):
            yield from flatten(b[1])
        elif b[0] == "table2":
            yield from flatten(b[1] + b[2])
        else:
            yield b


def expect(rel):
    """The gold record's expect, from the block list: body the lead's text
    (its dateline cut off), body paragraphs and body headings; about the
    About paragraphs (ap), run-in About texts and About notes (anote)."""
    body, about, headline, sub = [], [], None, None
    for b in flatten(rel["blocks"]):
        kind = b[0]
        if kind == "title":
            headline = b[1]
        elif kind == "sub":
            sub = plain(b[1])
        elif kind == "lead":
            body.append(plain(b[2]))
        elif kind in ("p", "bh", "bullet"):
            body.append(plain(b[1]))
        elif kind in ("ap", "abullet"):
            about.append(plain(b[1]))
        elif kind == "brparas":
            about.extend(plain(t) for t in b[1])
        elif kind in ("runin", "anote", "brhead"):
            about.append(plain(b[2]))
    loc, date = rel["dateline"]
    return {"language": rel["lang"], "headline": headline, "subheadline": sub,
            "dateline": {"location": loc, "date": date}, "date": date,
            "body": body, "about": about, "emails": rel["emails"], "phones": rel["phones"]}


def main(argv):
    ids = [a for a in argv if not a.startswith("--")]
    with_pdf = evaltools.pdf_tools(argv, ["soffice"], "make.py: no soffice: DOCX and gold only")
    os.makedirs(OUT, exist_ok=True)
    made = []
    for rel in evaltools.releases(HERE):
        if ids and rel["id"] not in ids:
            continue
        base = os.path.join(OUT, rel["id"])
        write_docx(base + ".docx", rel)
        made.append(rel)
    if with_pdf and made:
        evaltools.soffice_pdfs([os.path.join(OUT, r["id"] + ".docx") for r in made], OUT, quiet=True)
    for rel in made:
        base = os.path.join(OUT, rel["id"])
        producers = {"docx": "Word's default template (python-docx), as tests/eval36/make.py writes it"}
        if os.path.exists(base + ".pdf"):
            producers["pdf"] = "LibreOffice's PDF export of the DOCX"
        docs = [rel["id"] + "." + k for k in producers]
        evaltools.write_gold(base + ".gold.json",
                             evaltools.gold_record(rel["id"], docs, producers, expect(rel), rel["note"]))
        print(rel["id"], " ".join(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
