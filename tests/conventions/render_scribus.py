# Run inside Scribus (Scripter), not by python3: the layout of a
# 'producer: scribus' convention case (render.py calls it,
#   QT_QPA_PLATFORM=offscreen CASE_SPEC=spec.json CASE_OUT=out.pdf \
#     scribus -g -ns -py render_scribus.py).
# A designer's page, as desktop-publishing programs make them: the title
# across the page, a picture (a tinted box) with its caption when the case
# gives 'caption:' (in the face 'caption_font:' names: "Nimbus Sans Italic",
# a Type 1 face Scribus exports as a Type 3 font), then the text in two linked columns, justified and
# hyphenated in the case's language, a pull quote ('pull:') set large in
# the middle of the first column with the text flowing around it; with
# 'factbox:' ("Heading | line | line"), the picture narrower and a tinted
# fact box beside it in a narrow column of its own (its heading bold and
# tracked, its lines smaller than the text), over the columns.
import json
import os

import scribus

S = json.load(open(os.environ["CASE_SPEC"], encoding="utf-8"))
PW, PH, M = 210.0, 297.0, 18.0
scribus.newDocument((PW, PH), (M, M, M, M), scribus.PORTRAIT, 1, scribus.UNIT_MILLIMETERS,
                    scribus.NOFACINGPAGES, scribus.FIRSTPAGERIGHT, 1)
scribus.defineColorRGB("Tint", 214, 230, 238)
LANG = S["hyph"]
for name, font, size in (("c-body", "Latin Modern Roman 10 Regular", 10), ("c-title", "DejaVu Sans Bold", 22),
                         ("c-pull", "Latin Modern Roman 10 Italic", 15),
                         ("c-cap", S.get("caption_font") or "Latin Modern Roman 10 Italic", 7.5)):
    scribus.createCharStyle(name=name, font=font, fontsize=size, language=LANG)
scribus.createCharStyle(name="c-boxh", font="DejaVu Sans Bold", fontsize=10, language=LANG, tracking=100)
scribus.createCharStyle(name="c-box", font="DejaVu Sans Book", fontsize=8.5, language=LANG)
scribus.createParagraphStyle(name="p-body", linespacingmode=0, linespacing=13.2, alignment=3, firstindent=0,
                             gapafter=6, charstyle="c-body")
scribus.createParagraphStyle(name="p-title", linespacingmode=0, linespacing=25, alignment=0, charstyle="c-title")
scribus.createParagraphStyle(name="p-pull", linespacingmode=0, linespacing=19, alignment=1, charstyle="c-pull")
scribus.createParagraphStyle(name="p-boxh", linespacingmode=0, linespacing=14, alignment=0, gapafter=3,
                             charstyle="c-boxh")
scribus.createParagraphStyle(name="p-box", linespacingmode=0, linespacing=12, alignment=0, gapafter=2,
                             charstyle="c-box")
scribus.createParagraphStyle(name="p-cap", linespacingmode=0, linespacing=9.5, alignment=0, charstyle="c-cap")


def frame(x, y, w, h, paras, style):
    f = scribus.createText(x, y, w, h)
    scribus.setText("\n".join(paras), f)
    scribus.selectObject(f)
    scribus.selectText(0, scribus.getTextLength(f), f)
    scribus.setParagraphStyle(style)
    scribus.deselectAll()
    return f


y = M
if S.get("title"):
    t = frame(M, y, PW - 2 * M, 12, [S["title"]], "p-title")
    h = 12.0
    while scribus.textOverflows(t):
        h += 9
        scribus.sizeObject(PW - 2 * M, h, t)
    y += h + 6
if S.get("factbox"):
    bw = 48.0
    pw = PW - 2 * M - bw - 8
    r = scribus.createRect(M, y, pw, 60)
    scribus.setFillColor("Tint", r)
    scribus.setLineColor("None", r)
    if S.get("caption"):
        frame(M, y + 61.5, pw, 6, [S["caption"]], "p-cap")
    lines = [t.strip() for t in S["factbox"].split("|")]
    box = frame(PW - M - bw, y, bw, 14 + 7.5 * len(lines), lines, "p-box")
    scribus.setFillColor("Tint", box)
    scribus.setTextDistances(3, 3, 3, 3, box)
    scribus.selectObject(box)
    scribus.selectText(0, len(lines[0]), box)
    scribus.setParagraphStyle("p-boxh")
    scribus.deselectAll()
    y += 72
elif S.get("caption"):
    r = scribus.createRect(M, y, PW - 2 * M, 70)
    scribus.setFillColor("Tint", r)
    scribus.setLineColor("None", r)
    frame(M, y + 71.5, PW - 2 * M, 6, [S["caption"]], "p-cap")
    y += 82
gut = 6.0
cw = (PW - 2 * M - gut) / 2
bottom = PH - M
if S.get("factbox"):
    # the sidebar layout: the text in one frame under the picture, the
    # box's column left empty beside it
    cw = pw
    cols = [scribus.createText(M, y, cw, bottom - y)]
else:
    cols = [scribus.createText(M, y, cw, bottom - y), scribus.createText(M + cw + gut, y, cw, bottom - y)]
    scribus.linkTextFrames(cols[0], cols[1])
p = None
if S.get("pull"):
    p = frame(M, y + 30, cw, 30, [S["pull"]], "p-pull")
    scribus.setTextDistances(2.5, 2.5, 2.5, 2.5, p)
    scribus.setTextFlowMode(p, 1)
scribus.setText("\n".join(S["paras"]), cols[0])
scribus.selectObject(cols[0])
scribus.selectText(0, scribus.getTextLength(cols[0]), cols[0])
scribus.setParagraphStyle("p-body")
scribus.deselectAll()
scribus.hyphenateText(cols[0])
# balanced columns: as short as the text allows, so that it reaches the second
h = 40.0
while len(cols) == 2:
    for c in cols:
        scribus.sizeObject(cw, h, c)
    if p:
        scribus.moveObjectAbs(M, y + 0.3 * h, p)  # the quote in the first column's middle
    if not scribus.textOverflows(cols[1]) or y + h >= bottom:
        break
    h += 4
pdf = scribus.PDFfile()
pdf.file = os.environ["CASE_OUT"]
pdf.version = 15
pdf.save()
