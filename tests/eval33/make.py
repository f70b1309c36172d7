#!/usr/bin/python3
"""Write tests/eval33/docs: invented releases in shapes no other set holds -
press kits (a release and what follows it after a page break), slide-deck
PDFs, PDFs whose text is placed glyph by glyph or as kerned TJ runs with no
space characters, DOCX with the About or contact block in the page header
or footer part or in a text box anchored at the page foot, and releases
given in two languages one after the other.

The releases are in tests/eval33/releases.py; the gold is made here from
the same blocks (gold()), by the rules written in README.md. Each release
is written as TXT and in its shape:
  docx      python-docx (page breaks, header/footer parts, an anchored text
            box as WordprocessingML with tests/eval27/make.py's namespaces),
            and LibreOffice's PDF export of it
  html      an HTML page printed by Chromium (CSS page breaks)
  deck16, deck43   reportlab slides, 16:9 or 4:3 landscape, large type
  glyph, tj, wordjust   reportlab content streams with the text placed one
            glyph at a time, as TJ arrays (kerning inside words, the word gap
            a number), or one word at a time justified; no space character

Usage (from the repository root):
  /usr/bin/python3 tests/eval33/make.py            # all documents and gold
  /usr/bin/python3 tests/eval33/make.py --no-pdf   # TXT, DOCX and gold only
  /usr/bin/python3 tests/eval33/make.py e33-en-bi1 # only those ids
"""
import html
import os
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
E27 = evaltools.load("eval27_make", os.path.join("eval27", "make.py"))
NS = {}
RELEASES = evaltools.releases(HERE, NS)
BODY_KINDS = ("p", "h", "li")


# --- gold -------------------------------------------------------------------

def record_blocks(rel):
    """The blocks of the record: those before the first page break or
    translation heading (what follows is another document)."""
    out = []
    for b in rel["blocks"]:
        if b[0] in ("break", "lang"):
            break
        out.append(b)
    return out


def gold(rel):
    bl = record_blocks(rel)
    body = []
    for b in bl:
        if b[0] == "dl" and b[2]:
            body.append(b[2])
        elif b[0] in BODY_KINDS:
            body.append(b[1])
    loc, date = NS["DATELINES"][rel["id"]]
    sub = [b[1] for b in bl if b[0] == "sub"]
    return {"language": rel["lang"],
            "headline": next(b[1] for b in bl if b[0] == "title"),
            "subheadline": sub[0] if sub else None,
            "dateline": {"location": loc, "date": date},
            "date": date,
            "body": body,
            "about": [b[1] for b in bl if b[0] == "about"] + list(rel.get("gold_about", [])),
            "emails": list(rel["emails"]),
            "phones": list(rel["phones"])}


# --- TXT ----------------------------------------------------------------------

def block_text(b):
    if b[0] == "dl":
        return (b[1] + b[2]).strip()
    if b[0] == "li":
        return "- " + b[1]
    if b[0] == "contact":
        return "\n".join(b[1])
    if b[0] in ("break", "slide"):
        return None
    return b[1]


def txt(rel):
    out = []
    if rel.get("header"):
        out.append("\n".join(rel["header"]))
    for b in rel["blocks"]:
        t = block_text(b)
        if b[0] == "break":
            out.append("\f")
        elif t:
            out.append(t)
    for k in ("endbox",):
        if rel.get(k):
            out.append("\n\n".join(rel[k]))
    if rel.get("footer") and rel["shape"] == "docx":
        out.append("\n\n".join(rel["footer"]))
    return "\n\n".join(out).replace("\n\n\f\n\n", "\n\n\f") + "\n"


# --- DOCX ---------------------------------------------------------------------

def endbox_xml(lines, n=1):
    """A text box anchored to the bottom of the margin of page 1 (Word's
    'bottom of page' placement), its anchor in the first paragraph."""
    inner = "".join(E27.para(E27.runs(t, '<w:sz w:val="18"/>' + ("<w:b/>" if i == 0 else "")),
                             '<w:spacing w:after="60"/>') for i, t in enumerate(lines))
    cx, cy = 5900000, 1000000
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="3" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>left</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="Text Box %d" o:spid="_x0000_s30%02d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:465pt;height:79pt;z-index:3;'
        'mso-position-horizontal:left;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:bottom;mso-position-vertical-relative:margin" stroked="f">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'
        % (cx, cy, n, n, cx, cy, inner, n, n, inner))


def docx_xml(rel):
    out = []
    first = True
    for b in rel["blocks"]:
        k = b[0]
        anchor = endbox_xml(rel["endbox"]) if first and rel.get("endbox") else ""
        if k == "title":
            out.append(E27.para(anchor + E27.runs(b[1], E27.BIG), '<w:spacing w:after="240"/>'))
        elif k == "sub":
            out.append(E27.para(E27.runs(b[1], '<w:i/><w:sz w:val="28"/>'), '<w:spacing w:after="200"/>'))
        elif k in ("dl", "p", "about"):
            out.append(E27.para(E27.runs(block_text(b)), '<w:spacing w:after="160"/>'))
        elif k in ("h", "about_h", "lang"):
            out.append(E27.para(E27.runs(b[1], "<w:b/>"), '<w:spacing w:before="240" w:after="80"/>'))
        elif k == "li":
            out.append(E27.para(E27.runs("\u2022\t" + b[1]),
                                '<w:tabs><w:tab w:val="left" w:pos="360"/></w:tabs>'
                                '<w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>'))
        elif k == "contact":
            out.append(E27.para('<w:r><w:br/></w:r>'.join(E27.runs(t) for t in b[1]), '<w:spacing w:after="160"/>'))
        elif k == "end":
            out.append(E27.para(E27.runs(b[1]), '<w:jc w:val="center"/>'))
        elif k == "break":
            out.append(E27.para('<w:r><w:br w:type="page"/></w:r>'))
        first = False
    return "".join(out)


def write_docx(rel):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = evaltools.new_docx("eval33")
    evaltools.add_body_xml(d, E27.NS, docx_xml(rel))
    sec = d.sections[0]
    if rel.get("header"):
        E27.header_footer(sec.header, rel["header"])
        for p in sec.header.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if rel.get("footer"):
        E27.header_footer(sec.footer, ["**%s**" % rel["footer"][0]] + rel["footer"][1:])
        for p in sec.footer.paragraphs:
            for r in p.runs:
                r.font.size = Pt(8)
    path = os.path.join(OUT, rel["id"] + ".docx")
    evaltools.save_docx(d, path)
    return path


# --- HTML (Chromium) ------------------------------------------------------------

def html_page(rel):
    e = html.escape
    parts = []
    for b in rel["blocks"]:
        k = b[0]
        if k == "title":
            parts.append("<h1%s>%s</h1>" % (' class="pb"' if parts and parts[-1] == "<!--break-->" else "", e(b[1])))
        elif k in ("h", "about_h"):
            parts.append("<h3>%s</h3>" % e(b[1]))
        elif k == "lang":
            parts.append('<hr><h2 lang="en">%s</h2>' % e(b[1]))
        elif k == "li":
            parts.append("<ul><li>%s</li></ul>" % e(b[1]))
        elif k == "contact":
            parts.append("<p>%s</p>" % "<br>".join(e(t) for t in b[1]))
        elif k == "break":
            parts.append("<!--break-->")
        else:
            parts.append("<p>%s</p>" % e(block_text(b)))
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><style>'
            '@page{size:A4;margin:22mm 20mm}body{font:11pt/1.45 "DejaVu Sans",sans-serif}'
            'h1{font-size:20pt;margin:0 0 14pt}h1.pb{break-before:page}h3{font-size:12pt;margin:14pt 0 4pt}'
            'ul{margin:0 0 0 1.2em;padding:0}p{margin:0 0 9pt}'
            '</style></head><body>%s</body></html>' % (rel["lang"], "\n".join(parts)))


# --- reportlab: slides and placed text ------------------------------------------

def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, line = [], []
    for w in text.split():
        if line and stringWidth(" ".join(line + [w]), font, size) > width:
            lines.append(line)
            line = [w]
        else:
            line.append(w)
    if line:
        lines.append(line)
    return lines


def deck(rel, path):
    """One slide per ("slide",) block: the title slide in 40 pt centred,
    others a 30 pt heading and 22 pt text at the left, the footer and the
    slide number in 11 pt at the foot."""
    from reportlab.pdfgen import canvas
    pw, ph = (960, 540) if rel["shape"] == "deck16" else (720, 540)
    c = canvas.Canvas(path, pagesize=(pw, ph), invariant=1, pageCompression=0)
    c.setTitle("")
    slides, cur = [], []
    for b in rel["blocks"]:
        if b[0] in ("slide", "break"):
            slides.append(cur)
            cur = []
        else:
            cur.append(b)
    slides.append(cur)
    m = 60
    for n, sl in enumerate(slides, 1):
        c.setFillColorRGB(0.95, 0.96, 0.98)
        c.rect(0, 0, pw, ph, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.15, 0.3)
        title_slide = any(b[0] == "title" for b in sl)
        y = ph / 2 + 70 if title_slide else ph - m - 20
        for b in sl:
            k = b[0]
            if k == "title":
                font, size, centre = "Helvetica-Bold", 40, True
            elif k == "sub":
                font, size, centre = "Helvetica", 26, True
            elif k in ("h", "about_h"):
                font, size, centre = "Helvetica-Bold", 30, False
            else:
                font, size, centre = "Helvetica", 22, False
            texts = b[1] if k == "contact" else [block_text(b)]
            for t in texts:
                bullet = k == "li"
                if bullet:
                    t = t[2:]
                for i, ln in enumerate(wrap(t, font, size, pw - 2 * m - (30 if bullet else 0))):
                    c.setFont(font, size)
                    s = " ".join(ln)
                    if centre:
                        c.drawCentredString(pw / 2, y, s)
                    else:
                        if bullet and i == 0:
                            c.drawString(m, y, "\u2022")
                        c.drawString(m + (30 if bullet else 0), y, s)
                    y -= size * 1.25
                y -= size * 0.5
            y -= 10
        c.setFont("Helvetica", 11)
        c.setFillColorRGB(0.4, 0.4, 0.5)
        c.drawString(m, 24, rel.get("footer", ""))
        c.drawRightString(pw - m, 24, str(n))
        c.showPage()
    c.save()


def placed(rel, path):
    """A4, text placed without space characters: shape glyph (every glyph
    in its own BT/Tm/Tj/ET, tracking rel['track'] on the headline), tj (a
    TJ array per line, a kerning number between some letter pairs and the
    word gap as a number) or wordjust (one string per word, the line
    justified by stretching the gaps)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth, unicode2T1, getFont
    from reportlab.pdfgen import canvas
    shape = rel["shape"]
    pw, ph = 595.28, 841.89
    m = 64
    c = canvas.Canvas(path, pagesize=(pw, ph), invariant=1, pageCompression=0)
    c.setTitle("")
    state = {"y": ph - m}

    def enc(s, font):
        return "(%s)" % c._escape(b"".join(t for f, t in unicode2T1(s, [getFont(font)])))

    def fname(font):
        c.setFont(font, 10)  # registers the font on the page
        return c._doc.getInternalFontName(font)

    def line(words, font, size, x0, y, width, last, track=0.0):
        sp = stringWidth(" ", font, size)
        natural = sum(stringWidth(w, font, size) + track * len(w) for w in words) + sp * (len(words) - 1)
        gap = sp
        if shape == "wordjust" and not last and len(words) > 1:
            gap = sp + (width - natural) / (len(words) - 1)
        fn = fname(font)
        x = x0
        if shape == "tj":
            arr = []
            for i, w in enumerate(words):
                # kerning: a small number between letter pairs such as 'Te', 'Vo', 'We' as Skia writes them
                pieces, cur = [], ""
                for j, ch in enumerate(w):
                    cur += ch
                    if j + 1 < len(w) and (ch + w[j + 1]) in ("Te", "Vo", "We", "Wa", "Ta", "ke", "rt", "av", "Ye"):
                        pieces.append(enc(cur, font))
                        pieces.append("40")
                        cur = ""
                pieces.append(enc(cur, font))
                arr.extend(pieces)
                if i + 1 < len(words):
                    arr.append("%d" % -round(sp / size * 1000 + (37 if i % 3 else 12)))
            c._code.append("BT /%s %s Tf 1 0 0 1 %.2f %.2f Tm [%s] TJ ET"
                           % (fn.lstrip("/"), size, x, y, " ".join(arr)))
            return
        for i, w in enumerate(words):
            if shape == "glyph":
                for ch in w:
                    c._code.append("BT /%s %s Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET"
                                   % (fn.lstrip("/"), size, x, y, enc(ch, font)))
                    x += stringWidth(ch, font, size) + track
            else:
                c._code.append("BT /%s %s Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET"
                               % (fn.lstrip("/"), size, x, y, enc(w, font)))
                x += stringWidth(w, font, size)
            x += gap

    def para(text, font="Helvetica", size=11, after=9, track=0.0):
        width = pw - 2 * m
        lines = wrap(text, font, size, width - track * 40)
        for i, ln in enumerate(lines):
            line(ln, font, size, m, state["y"], width, i == len(lines) - 1, track)
            state["y"] -= size * 1.35
        state["y"] -= after

    state["y"] -= 20
    for b in record_blocks(rel):
        k = b[0]
        if k == "title":
            para(b[1], "Helvetica-Bold", 18, 12, rel.get("track", 0.0))
        elif k in ("h", "about_h"):
            para(b[1], "Helvetica-Bold", 11, 3)
        elif k == "contact":
            for t in b[1]:
                para(t, after=0)
        else:
            para(block_text(b))
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------

def main(argv):
    no_pdf = "--no-pdf" in argv
    ids = [a for a in argv if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    for rel in RELEASES:
        if ids and rel["id"] not in ids:
            continue
        rid, shape = rel["id"], rel["shape"]
        evaltools.write_text(os.path.join(OUT, rid + ".txt"), txt(rel))
        docs = [rid + ".txt"]
        producers = {"txt": "plain text, as tests/eval33/make.py writes it"}
        pdf = os.path.join(OUT, rid + ".pdf")
        if shape == "docx":
            dpath = write_docx(rel)
            docs.append(rid + ".docx")
            producers["docx"] = "python-docx with WordprocessingML, as tests/eval33/make.py writes it"
            if not no_pdf:
                evaltools.soffice_pdfs([dpath], OUT, quiet=True)
            producers["pdf"] = "LibreOffice's PDF export of the DOCX"
        elif not no_pdf and shape == "html":
            with tempfile.TemporaryDirectory() as tmp:
                evaltools.chromium_html_pdf(html_page(rel), rid, pdf, tmp)
        elif not no_pdf and shape.startswith("deck"):
            deck(rel, pdf)
        elif not no_pdf:
            placed(rel, pdf)
        if shape != "docx":
            producers["pdf"] = {"html": "Chromium's print of an HTML page",
                                "deck16": "reportlab slides 16:9", "deck43": "reportlab slides 4:3",
                                "glyph": "reportlab content stream, one Tj per glyph, no spaces",
                                "tj": "reportlab content stream, one TJ array per line with kerning, no spaces",
                                "wordjust": "reportlab content stream, one Tj per word, justified, no spaces"}[shape]
        if os.path.exists(pdf):
            docs.append(rid + ".pdf")
        evaltools.write_gold(os.path.join(OUT, rid + ".gold.json"),
                             evaltools.gold_record(rid, docs, producers, gold(rel), rel["note"]))
        print(rid, " ".join(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
