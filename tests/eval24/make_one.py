# Run inside Scribus (Scripter), not by python3: lays out one release of
# tests/eval24 as a designer would in a desktop-publishing program and
# exports it to PDF. make.py calls it once per release:
#   QT_QPA_PLATFORM=offscreen DTP_SPEC=spec.json DTP_OUT=out.pdf \
#     scribus -g -ns -py make_one.py
# spec.json is one entry of releases.py plus the fonts make.py chose.
# Text frames are linked (linkTextFrames) so the story flows from a column
# into the next and from page 1 to page 2; the pull quote frame makes the
# column text flow around it; Scribus hyphenates in the release's language.
import json
import os

import scribus

S = json.load(open(os.environ["DTP_SPEC"], encoding="utf-8"))
OUT = os.environ["DTP_OUT"]
LANG = S["hyph"]
F = S["fonts"]
PW, PH = 210.0, 297.0
M = 18.0

scribus.newDocument((PW, PH), (M, M, M, M), scribus.PORTRAIT, 1, scribus.UNIT_MILLIMETERS,
                    scribus.NOFACINGPAGES, scribus.FIRSTPAGERIGHT, 1)
scribus.defineColorRGB("Brand", *S["colour"])
scribus.defineColorRGB("Tint", *S["tint"])
scribus.defineColorRGB("Ink", 30, 30, 30)
scribus.defineColorRGB("Paper", 255, 255, 255)


def cs(name, font, size, **kw):
    scribus.createCharStyle(name=name, font=font, fontsize=size, language=LANG, **kw)


def ps(name, char, lead, align=3, **kw):
    scribus.createParagraphStyle(name=name, linespacingmode=0, linespacing=lead, alignment=align,
                                 charstyle=char, **kw)


body_size = S["body_size"]
lead = body_size * 1.32
cs("c-body", F["body"], body_size, fillcolor="Ink")
cs("c-bold", F["bold"], body_size, fillcolor="Ink")
cs("c-head", F["head"], body_size + 1, fillcolor="Brand")
cs("c-kick", F["head"], 9, fillcolor="Brand", tracking=300)
cs("c-hl", F["head"], S["hl_size"], fillcolor="Ink")
cs("c-sub", F["italic"], 13, fillcolor="Ink")
cs("c-pull", F["italic"], 15, fillcolor="Brand")
cs("c-cap", F["italic"], 7.5, fillcolor="Ink")
cs("c-foot", F["sans"], 7.5, fillcolor="Paper")
cs("c-boxh", F["head"], 10, fillcolor="Brand", tracking=100)
cs("c-box", F["sans"], 8.5, fillcolor="Ink")
indent = S["indent"]
ps("p-body", "c-body", lead, firstindent=indent, gapafter=0 if indent else lead * 0.55)
ps("p-first", "c-body", lead, firstindent=0, gapafter=0 if indent else lead * 0.55)
ps("p-head", "c-head", lead, align=0, gapbefore=lead * 0.7, gapafter=lead * 0.2)
ps("p-contact", "c-body", lead, align=0)
ps("p-kick", "c-kick", 11, align=0)
ps("p-hl", "c-hl", S["hl_size"] * 1.12, align=0)
ps("p-sub", "c-sub", 16, align=0)
ps("p-pull", "c-pull", 19, align=1)
ps("p-cap", "c-cap", 9.5, align=0)
ps("p-foot", "c-foot", 10, align=0)
ps("p-boxh", "c-boxh", 14, align=0, gapafter=3)
ps("p-box", "c-box", 12, align=0, gapafter=2)


def fill(frame, paras, bold_prefix=0):
    """paras: (style, text); the first bold_prefix characters set bold (the dateline)."""
    scribus.setText("\n".join(t for _, t in paras), frame)
    pos = 0
    for st, t in paras:
        scribus.selectObject(frame)
        scribus.selectText(pos, len(t), frame)
        scribus.setParagraphStyle(st)
        pos += len(t) + 1
    if bold_prefix:
        scribus.selectText(0, bold_prefix, frame)
        scribus.setCharacterStyle("c-bold")
    scribus.selectText(0, 0, frame)
    scribus.deselectAll()


def textframe(x, y, w, h, name, paras, pad=0.0, bg=None):
    f = scribus.createText(x, y, w, h, name)
    if pad:
        scribus.setTextDistances(pad, pad, pad, pad, f)
    if bg:
        scribus.setFillColor(bg, f)
    fill(f, paras)
    return f


def footer_band(page):
    scribus.gotoPage(page)
    r = scribus.createRect(0, PH - 17, PW, 17, "band%d" % page)
    scribus.setFillColor("Brand", r)
    scribus.setLineColor("None", r)
    textframe(M, PH - 12.5, PW - 2 * M, 9, "foot%d" % page, [("p-foot", "  |  ".join(S["footer"]))])


def picture(x, y, w, h, name):
    r = scribus.createRect(x, y, w, h, name)
    scribus.setFillColor("Tint", r)
    scribus.setLineColor("None", r)
    return r


def pull_quote(x, y, w, h):
    f = textframe(x, y, w, h, "pull", [("p-pull", S["pull"])], pad=2.5)
    scribus.setTextFlowMode(f, 1)
    for k, yy in enumerate((y, y + h)):
        ln = scribus.createLine(x + 6, yy, x + w - 6, yy, "pullrule%d" % k)
        scribus.setLineColor("Brand", ln)
        scribus.setLineWidth(1.2, ln)


# ---- the story: body paragraphs, About, contact
story = []
for i, p in enumerate(S["body"]):
    if isinstance(p, list):
        story.append(("p-head", p[1]))
    else:
        story.append(("p-first" if i == 0 or isinstance(S["body"][i - 1], list) else "p-body",
                      (S["dl"] + S["sep"] + p) if i == 0 else p))
story.append(("p-head", S["about_head"]))
story += [("p-first", t) for t in S["about"]]
story.append(("p-head", S["contact_head"]))
story += [("p-contact", t) for t in S["contact"]]

# ---- page 1 top: kicker, display headline, standfirst
footer_band(1)
scribus.gotoPage(1)
y = M
textframe(M, y, PW - 2 * M, 6, "kicker", [("p-kick", S["kicker"])])
y += 8
hl_h = S["hl_size"] * 1.12 * 0.3528 + 3
hl = textframe(M, y, PW - 2 * M, hl_h, "headline", [("p-hl", S["headline"])])
while scribus.textOverflows(hl):
    hl_h += S["hl_size"] * 1.12 * 0.3528
    scribus.sizeObject(PW - 2 * M, hl_h, hl)
y += hl_h + 2
if S.get("sub"):
    sf_h = 8.0
    sf = textframe(M, y, PW - 2 * M, sf_h, "standfirst", [("p-sub", S["sub"])])
    while scribus.textOverflows(sf):
        sf_h += 5.6
        scribus.sizeObject(PW - 2 * M, sf_h, sf)
    y += sf_h + 2
rule = scribus.createLine(M, y, PW - M, y, "toprule")
scribus.setLineColor("Brand", rule)
scribus.setLineWidth(0.8, rule)
y += 5

lay = S["layout"]
bottom = PH - 17 - 8
frames = []
if lay in ("threaded2", "onecol") and S.get("caption"):
    pic_h = 105 if lay == "threaded2" else 95
    picture(M, y, PW - 2 * M, pic_h, "picture")
    textframe(M, y + pic_h + 1.5, PW - 2 * M, 6, "caption", [("p-cap", S["caption"])])
    y += pic_h + 10
if lay == "threaded2":
    gut = 6.0
    cw = (PW - 2 * M - gut) / 2
    frames = [scribus.createText(M, y, cw, bottom - y, "col1"), scribus.createText(M + cw + gut, y, cw, bottom - y, "col2")]
    if S.get("pull"):
        mid = y + (bottom - y) * 0.45
        pull_quote(M, mid, cw, 36)
elif lay == "onecol":
    frames = [scribus.createText(M, y, PW - 2 * M, bottom - y, "col1")]
elif lay == "three":
    gut = 5.0
    cw = (PW - 2 * M - 2 * gut) / 3
    frames = [scribus.createText(M + k * (cw + gut), y, cw, bottom - y, "col%d" % (k + 1)) for k in range(3)]
    if S.get("pull"):
        pull_quote(M + cw + gut, y + 28, cw, 36)
elif lay == "sidebar":
    bw = 52.0
    mw = PW - 2 * M - bw - 7
    if S.get("caption"):
        picture(M, y, mw, 60, "picture")
        textframe(M, y + 61.5, mw, 6, "caption", [("p-cap", S["caption"])])
        frames = [scribus.createText(M, y + 70, mw, bottom - y - 70, "col1")]
    else:
        frames = [scribus.createText(M, y, mw, bottom - y, "col1")]
    box = S["box"]
    bh = 14 + 7.5 * len(box)
    textframe(PW - M - bw, y, bw, bh, "factbox", [("p-boxh", box[0])] + [("p-box", t) for t in box[1:]],
              pad=4, bg="Tint")
for a, b in zip(frames, frames[1:]):
    scribus.linkTextFrames(a, b)
fill(frames[0], story, bold_prefix=len(S["dl"]))
scribus.hyphenateText(frames[0])
if lay == "three":
    # balanced columns: as short as the story allows
    h = 60.0
    for f in frames:
        scribus.sizeObject(cw, h, f)
    while scribus.textOverflows(frames[-1]) and y + h < bottom:
        h += 4
        for f in frames:
            scribus.sizeObject(cw, h, f)

# ---- page 2 when the story overflows: the same columns, threaded on
if scribus.textOverflows(frames[-1]):
    scribus.newPage(-1)
    footer_band(2)
    scribus.gotoPage(2)
    if lay == "threaded2":
        more = [scribus.createText(M, M, cw, bottom - M, "col3"),
                scribus.createText(M + cw + gut, M, cw, bottom - M, "col4")]
    elif lay == "three":
        more = [scribus.createText(M + k * (cw + gut), M, cw, bottom - M, "col%d" % (k + 4)) for k in range(3)]
    else:
        more = [scribus.createText(M, M, frames[0] and scribus.getSize(frames[0])[0], bottom - M, "col9")]
    prev = frames[-1]
    for f in more:
        scribus.linkTextFrames(prev, f)
        prev = f
    scribus.hyphenateText(frames[0])

pdf = scribus.PDFfile()
pdf.file = OUT
pdf.version = 15
pdf.info = S["headline"]
pdf.save()
