#!/usr/bin/python3
"""Write tests/eval37/docs: invented releases probing how releases set
the headline and the deck (subheadline): an italic or smaller deck, a
deck in the title's size and a lighter weight, bullet highlights under
the title, a title over two lines, an eyebrow (kicker) above the title,
a date line between title and deck, an all-caps title over a
sentence-case deck, a deck ending in a full stop, title and continuation
on one line after an em dash, a bold first paragraph and no deck.

The releases and their gold are in tests/eval37/releases.py (written
before pressmill was run on them). Two producers:
- word: python-docx's package and Word's default template, the DOCX kept
  beside LibreOffice's PDF export of it;
- html: a corporate newsroom page with its own CSS (site header line,
  eyebrow, h1, deck, article column, footer), printed by Chromium.

Usage (from the repository root):
  /usr/bin/python3 tests/eval37/make.py            # DOCX, gold and PDF
  /usr/bin/python3 tests/eval37/make.py --no-pdf   # DOCX and gold only
  /usr/bin/python3 tests/eval37/make.py e37-en-01  # only these releases
"""
import html as htmllib
import os
import shutil
import sys
import tempfile

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
# eval34's paragraph spacing helper (space after, space before)
spaced = evaltools.load("eval34_make", "eval34/make.py").spaced

TITLE_PT = 20


# ---- word (python-docx) -------------------------------------------------------


def run(p, text, bold=None, italic=None, size=None, grey=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    return r


def word_title(d, text, opts):
    lines = text.split("\n")
    if opts.get("title") == "style":
        p = spaced(d.add_paragraph(style="Title"), 12)
        for k, line in enumerate(lines):
            r = p.add_run(line)
            if k < len(lines) - 1:
                r.add_break()
        return
    p = spaced(d.add_paragraph(), 10, 6)
    for k, line in enumerate(lines):
        r = run(p, line, bold=True, size=TITLE_PT)
        if k < len(lines) - 1:
            r.add_break()


def word_top(d, b, opts):
    kind = b[0]
    if kind == "kicker":
        run(spaced(d.add_paragraph(), 6), b[1], bold=True, size=10, grey=True)
    elif kind == "title":
        word_title(d, b[1], opts)
    elif kind == "deck":
        style = b[2]
        if style == "style":
            spaced(d.add_paragraph(b[1], style="Subtitle"), 14)
        elif style == "italic":
            run(spaced(d.add_paragraph(), 14), b[1], italic=True, size=13)
        elif style == "small":
            run(spaced(d.add_paragraph(), 14), b[1], size=14, grey=True)
        elif style == "weight":
            run(spaced(d.add_paragraph(), 14), b[1], bold=False, size=TITLE_PT)
        else:
            raise ValueError(style)
    elif kind == "dateonly":
        run(spaced(d.add_paragraph(), 8), b[1])
    else:
        raise ValueError(kind)


def word_body(d, b):
    kind = b[0]
    text = (b[2] if len(b) > 2 else "") + b[1]
    if kind == "p":
        run(spaced(d.add_paragraph()), text)
    elif kind == "boldp":
        run(spaced(d.add_paragraph()), text, bold=True)
    elif kind == "bullet":
        run(spaced(d.add_paragraph(style="List Bullet"), 2), text)
    elif kind == "label":
        run(spaced(d.add_paragraph(), 4), text, bold=True)
    else:
        raise ValueError(kind)


def write_word(path, rel):
    d = evaltools.new_docx("Press Office")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for b in rel["top"]:
        word_top(d, b, rel["opts"])
    for b in rel["body"]:
        word_body(d, b)
    if rel["end"]:
        p = spaced(d.add_paragraph(), 12, 6)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(p, rel["end"])
    head, paras = rel["about"]
    run(spaced(d.add_paragraph(), 4, 8), head, bold=True)
    for t in paras:
        run(spaced(d.add_paragraph()), t)
    for k, line in enumerate(rel["contact"]):
        run(spaced(d.add_paragraph(), 0, 10 if k == 0 else 0), line)
    evaltools.save_docx(d, path)


# ---- html (a newsroom page, Chromium) -----------------------------------------

CSS = """
@page { size: A4; margin: 16mm 18mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222; font-size: 10.5pt; line-height: 1.5; margin: 0; }
.site { border-bottom: 3px solid #0b4f7c; padding: 4px 0 8px; margin-bottom: 22px;
        font-size: 10pt; font-weight: bold; color: #0b4f7c; letter-spacing: .02em; }
article { max-width: 150mm; }
.eyebrow { font-size: 8.5pt; font-weight: bold; letter-spacing: .08em; text-transform: none; color: #0b4f7c;
           margin: 0 0 6px; }
h1 { font-size: 22pt; line-height: 1.2; margin: 0 0 10px; font-weight: bold; color: #111; max-width: 140mm; }
.deck-italic { font-size: 13pt; font-style: italic; color: #333; margin: 0 0 18px; }
.deck-small { font-size: 13pt; color: #666; margin: 0 0 18px; }
.deck-weight { font-size: 22pt; line-height: 1.2; font-weight: 300; color: #111; margin: 0 0 20px; }
.dateonly { font-size: 10pt; color: #555; margin: 0 0 10px; }
p { margin: 0 0 10px; }
ul { margin: 0 0 12px 18px; padding: 0; }
li { margin: 0 0 3px; }
.label { font-weight: bold; margin: 0 0 4px; }
.lead { font-weight: bold; }
.end { text-align: center; }
h2 { font-size: 12pt; margin: 20px 0 6px; }
.contact { margin-top: 16px; border-top: 1px solid #ccc; padding-top: 8px; font-size: 9.5pt; }
.contact p { margin: 0; }
footer { margin-top: 30px; font-size: 8pt; color: #888; }
"""


def esc(t):
    return htmllib.escape(t, quote=False)


def html_page(rel):
    out = ['<!DOCTYPE html>', '<html lang="%s"><head><meta charset="utf-8">' % rel["expect"]["language"],
           '<title>%s</title>' % esc(rel["expect"]["headline"] or ""), "<style>%s</style></head><body>" % CSS]
    brand = None
    art = ["<article>"]
    for b in rel["top"]:
        kind = b[0]
        if kind == "brand":
            brand = b[1]
        elif kind == "kicker":
            art.append('<p class="eyebrow">%s</p>' % esc(b[1]))
        elif kind == "title":
            art.append("<h1>%s</h1>" % "<br>".join(esc(x) for x in b[1].split("\n")))
        elif kind == "deck":
            art.append('<p class="deck-%s">%s</p>' % (b[2], esc(b[1])))
        elif kind == "dateonly":
            art.append('<p class="dateonly">%s</p>' % esc(b[1]))
        else:
            raise ValueError(kind)
    items = []
    for b in rel["body"]:
        text = esc((b[2] if len(b) > 2 else "") + b[1])
        if b[0] == "bullet":
            items.append("<li>%s</li>" % text)
            continue
        if items:
            art.append("<ul>%s</ul>" % "".join(items))
            items = []
        cls = {"p": "", "boldp": ' class="lead"', "label": ' class="label"'}[b[0]]
        art.append("<p%s>%s</p>" % (cls, text))
    if items:
        art.append("<ul>%s</ul>" % "".join(items))
    if rel["end"]:
        art.append('<p class="end">%s</p>' % esc(rel["end"]))
    head, paras = rel["about"]
    art.append("<h2>%s</h2>" % esc(head))
    art.extend("<p>%s</p>" % esc(t) for t in paras)
    art.append('<div class="contact">%s</div>' % "".join("<p>%s</p>" % esc(x) for x in rel["contact"]))
    art.append("</article>")
    if brand:
        out.append('<div class="site">%s</div>' % esc(brand))
    out.extend(art)
    out.append("<footer>\u00a9 2026 %s</footer></body></html>" % esc(brand or "Newsroom"))
    return "\n".join(out) + "\n"


# ---- gold ------------------------------------------------------------------------

PRODUCERS = {"docx": "Word's default template (python-docx), as tests/eval37/make.py writes it",
             "pdf-word": "LibreOffice's PDF export of the DOCX",
             "pdf-html": "Chromium print of a corporate newsroom page with its own CSS (tests/eval37/make.py)"}


def main(argv):
    ids = [a for a in argv if not a.startswith("--")]
    with_pdf = evaltools.pdf_tools(argv, ["soffice", "chromium"], "make.py: no soffice or chromium: DOCX and gold only")
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="eval37-")
    try:
        for rel in evaltools.releases(HERE):
            if ids and rel["id"] not in ids:
                continue
            base = os.path.join(OUT, rel["id"])
            producers = {}
            if rel["producer"] == "word":
                write_word(base + ".docx", rel)
                producers["docx"] = PRODUCERS["docx"]
                if with_pdf:
                    evaltools.soffice_pdfs([base + ".docx"], OUT, quiet=True)
                if os.path.exists(base + ".pdf"):
                    producers["pdf"] = PRODUCERS["pdf-word"]
            else:
                if with_pdf:
                    evaltools.chromium_html_pdf(html_page(rel), rel["id"], base + ".pdf", tmp)
                if os.path.exists(base + ".pdf"):
                    producers["pdf"] = PRODUCERS["pdf-html"]
            docs = [rel["id"] + "." + k for k in producers]
            evaltools.write_gold(base + ".gold.json",
                                 evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))
            print(rel["id"], " ".join(docs))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
