#!/usr/bin/python3
"""Write tests/eval25/docs: invented press releases printed on a letterhead,
scanned and given an OCR text layer, as ocrmypdf, Acrobat's "Recognize
text", ABBYY FineReader or a scanner's software give them: the page is a
JPEG image (turned a little, grain), the text is invisible (render mode 3,
GlyphLessFont) and placed word by word where Tesseract saw it; stamps and
signatures are in the image. Three have a broken layer (recognised from a
blurred low-resolution copy), one a layer on page 1 only. The gold is what
a person reads, written from tests/eval25/releases.py before pressmill was
run on the set; also written: the TXT a person would type from the page.

Needs, for the PDFs only (the project does not): chromium, poppler-utils
(pdftoppm), Pillow (python3-pil), tesseract-ocr with the models of the
languages, ocrmypdf, img2pdf and pikepdf (Debian's python3-img2pdf,
python3-pikepdf).

Usage (from the repository root):
  /usr/bin/python3 tests/eval25/make.py            # TXT, PDF and gold
  /usr/bin/python3 tests/eval25/make.py --no-pdf   # TXT and gold only
  /usr/bin/python3 tests/eval25/make.py e25-fr-01  # only these
  /usr/bin/python3 tests/eval25/make.py --layers   # the twins of layers/
"""
import glob
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
RELEASES = evaltools.releases(HERE)

COLOURS = ["#1d4e7a", "#7a1d2e", "#2f6b3a", "#5a3d8a", "#8a5a1d"]
VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûüãõAEIOU")
SIGNATURE = ('<svg width="190" height="54" viewBox="0 0 190 54"><path d="M4 40 C 20 5, 30 5, 34 38 S 52 50, 60 22 '
             'S 80 10, 86 36 S 110 46, 118 18 C 124 4, 132 50, 146 30 S 170 20, 186 34" fill="none" '
             'stroke="#1a2a6c" stroke-width="2.2"/></svg>')


def is_head(p):
    return isinstance(p, tuple)


def shy(text):
    """Soft hyphens in long words, so that justified lines break words with
    a hyphen, as a word processor hyphenating a letter does."""
    def one(m):
        w = m.group(0)
        for d in (0, 1, -1, 2, -2, 3):
            i = len(w) // 2 + d
            if 3 <= i <= len(w) - 3 and w[i - 1] in VOWELS and w[i] not in VOWELS and w[i].isalpha():
                return w[:i] + "\u00ad" + w[i:]
        return w
    return re.sub(r"[^\W\d_]{10,}", one, text)


def txt(r):
    blocks = [r["headline"]]
    if r.get("sub"):
        blocks.append(r["sub"])
    for i, p in enumerate(r["body"]):
        blocks.append(p[1] if is_head(p) else ((r["dl"] + r["sep"] + p) if i == 0 else p))
    blocks.append(r["about_head"])
    blocks += r["about"]
    blocks.append(r["contact_head"])
    blocks.append("\n".join(r["contact"]))
    return "\n\n".join(blocks) + "\n"


def page_html(r, k):
    e = html.escape
    col = COLOURS[k % len(COLOURS)]
    indent = r["para"] == "indent"
    css = """
@page { size: A4; margin: 22mm 24mm 24mm 26mm; }
body { font-family: '%s'; font-size: 11pt; line-height: 1.38; color: #111; }
.lh { border-bottom: 1.5pt solid %s; padding-bottom: 3mm; margin-bottom: 9mm; }
.org { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 17pt; color: %s; }
.lh2 { font-family: 'DejaVu Sans'; font-size: 8pt; color: #444; margin-top: 1mm; }
h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 3mm 0; }
h2 { font-size: 12.5pt; font-style: italic; font-weight: normal; margin: 0 0 6mm 0; }
p { margin: 0 0 %s 0; text-align: justify; hyphens: manual; text-indent: %s; }
p.first, p.np { text-indent: 0; }
.sh { font-weight: bold; margin-top: 5mm; text-indent: 0; }
.ct { margin: 0; text-indent: 0; text-align: left; }
.stamp { position: absolute; top: 12mm; right: 8mm; transform: rotate(-9deg); border: 2.2pt solid #b3262e;
  color: #b3262e; font-family: 'DejaVu Sans'; font-weight: bold; font-size: 12pt; padding: 2mm 4mm;
  border-radius: 3mm; opacity: 0.85; }
.sig { margin: 2mm 0 -3mm 0; }
.brk { break-before: page; }
""" % (r["font"], col, col, "0" if indent else "3.2mm", "7mm" if indent else "0")
    h = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><style>%s</style></head><body>'
         % (r["lang"], css)]
    h.append('<div class="lh"><div class="org">%s</div><div class="lh2">%s</div></div>' % (e(r["org"]), e(r["lh"])))
    if r.get("stamp"):
        h.append('<div class="stamp">%s</div>' % e(r["stamp"]))
    h.append("<h1>%s</h1>" % e(r["headline"]))
    if r.get("sub"):
        h.append("<h2>%s</h2>" % e(r["sub"]))
    after_head = False
    for i, p in enumerate(r["body"]):
        if is_head(p):
            h.append('<p class="sh">%s</p>' % e(p[1]))
            after_head = True
            continue
        if i == 0:
            h.append('<p class="first"><b>%s</b>%s%s</p>' % (e(r["dl"]), e(r["sep"]), e(shy(p))))
        else:
            h.append('<p%s>%s</p>' % (' class="np"' if after_head else "", e(shy(p))))
        after_head = False
    brk = ' brk' if r["scan"]["ocr"] == "first" else ""
    h.append('<p class="sh%s">%s</p>' % (brk, e(r["about_head"])))
    for p in r["about"]:
        h.append('<p class="np">%s</p>' % e(shy(p)))
    h.append('<p class="sh">%s</p>' % e(r["contact_head"]))
    if r.get("sign"):
        h.append('<div class="sig">%s</div>' % SIGNATURE)
    for c in r["contact"]:
        h.append('<p class="ct">%s</p>' % e(c))
    h.append("</body></html>")
    return "\n".join(h)


def run(args, **kw):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, **kw)


def pdf(r, k, ocr=None, out=None, lo=70):
    """Print, scan and recognise release r (the k-th); ocr and out override
    the release's own (the twins of layers/), lo is the resolution the
    poor layer is recognised at."""
    s = r["scan"]
    ocr = ocr or s["ocr"]
    out = out or os.path.join(OUT, r["id"] + ".pdf")
    tmp = tempfile.mkdtemp(prefix="e25-")
    try:
        src = os.path.join(tmp, "r.html")
        evaltools.write_text(src, page_html(r, k))
        printed = os.path.join(tmp, "printed.pdf")
        evaltools.chromium_pdf("file://" + src, printed, tmp)
        # the scanner: grey at its resolution, turned a little, grain, JPEG
        run(["pdftoppm", "-r", str(s["dpi"]), "-gray", "-png", printed, os.path.join(tmp, "pg")])
        pages = sorted(glob.glob(os.path.join(tmp, "pg*.png")))
        jpgs = []
        for n, p in enumerate(pages):
            j = os.path.join(tmp, "scan-%d.jpg" % n)
            scan(p, j, s["angle"] + 0.15 * n, s["noise"], s["q"], s["dpi"], 100 + k * 7 + n)
            jpgs.append(j)
        env = dict(os.environ, SOURCE_DATE_EPOCH="1772496000", OMP_THREAD_LIMIT="1")
        if ocr == "tesseract":
            lst = os.path.join(tmp, "list.txt")
            with open(lst, "w") as f:
                f.write("\n".join(jpgs) + "\n")
            run(["tesseract", lst, os.path.join(tmp, "t"), "-l", r["tess"], "--dpi", str(s["dpi"]), "pdf"], env=env)
            shutil.copy(os.path.join(tmp, "t.pdf"), out)
            return "tesseract-5-pdf"
        import img2pdf
        image_pdf = os.path.join(tmp, "image.pdf")
        with open(image_pdf, "wb") as f:
            f.write(img2pdf.convert(jpgs, layout_fun=img2pdf.get_fixed_dpi_layout_fun((s["dpi"], s["dpi"]))))
        if ocr in ("ocrmypdf", "first"):
            args = ["ocrmypdf", "-q", "-l", r["tess"], "--output-type", "pdf", "--optimize", "0"]
            if ocr == "first":
                args += ["--pages", "1"]
            run(args + [image_pdf, out], env=env)
            return "ocrmypdf-" + ("page1-only" if ocr == "first" else "hocr")
        # "bad": the layer of a poor scanner's OCR, recognised from a blurred
        # low-resolution copy of each page (70 dpi unless told), put under a
        # good image
        import pikepdf
        doc = pikepdf.open(image_pdf)
        for n, j in enumerate(jpgs):
            small = os.path.join(tmp, "small-%d.png" % n)
            lowres(j, small, s["dpi"], lo)
            base = os.path.join(tmp, "layer-%d" % n)
            run(["tesseract", small, base, "-l", r["tess"], "--dpi", str(lo), "-c", "textonly_pdf=1", "pdf"],
                env=env)
            layer = pikepdf.open(base + ".pdf")
            doc.pages[n].add_underlay(layer.pages[0])
        doc.save(out, static_id=True)
        return "scan-with-poor-ocr-layer" + ("" if lo == 70 else "-%ddpi" % lo)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def scan(src, dst, angle, noise, quality, dpi, seed):
    """A scanner's page: turned by angle degrees (white corners), grain of
    noise grey levels, a JPEG of the quality given."""
    from PIL import Image
    import random
    im = Image.open(src).convert("L")
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    rnd = random.Random(seed)
    px = im.load()
    w, h = im.size
    for _ in range(w * h // 40):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-noise * 4, noise * 4)))
    im.save(dst, "JPEG", quality=quality, dpi=(dpi, dpi))


def lowres(src, dst, dpi, lo):
    from PIL import Image, ImageFilter
    im = Image.open(src)
    im = im.resize((im.size[0] * lo // dpi, im.size[1] * lo // dpi), Image.BILINEAR)
    im.filter(ImageFilter.GaussianBlur(0.6)).save(dst, dpi=(lo, lo))


def gold(r, docs, producers):
    body = [p[1] if is_head(p) else p for p in r["body"]]
    expect = evaltools.release_expect(r, body, r["gold"]["byline"])
    return evaltools.gold_record(r["id"], docs, producers, expect, r["note"])


PRODUCER = {"tesseract": "tesseract-5-pdf", "ocrmypdf": "ocrmypdf-hocr", "first": "ocrmypdf-page1-only",
            "bad": "scan-with-poor-ocr-layer"}


LAYERS = os.path.join(HERE, "layers")
# the poor twins' resolutions, in turn: a scanner's quick OCR reads a copy
# of 60 to 85 dpi
TWIN_LO = (60, 75, 65, 85)


def twin(r, k):
    """layers/: the release scanned as its PDF is, under the other kind of
    layer - a sound one (ocrmypdf) for a release whose layer is poor, a poor
    one (recognised from a blurred 60-85 dpi copy) for the others - with
    the release's gold. They measure the health check's verdict on OCR
    layers (health.ocr_layer_unknown_words) in seven languages."""
    poor = r["scan"]["ocr"] != "bad"
    name = r["id"] + ("-poor" if poor else "-sound")
    lo = TWIN_LO[k % len(TWIN_LO)]
    os.makedirs(LAYERS, exist_ok=True)
    prod = pdf(r, k, "bad" if poor else "ocrmypdf", os.path.join(LAYERS, name + ".pdf"), lo)
    g = gold(r, [name + ".pdf"], {"pdf": prod})
    g["id"] = name
    g["source_note"] += (" This twin (layers/): the same page under a layer recognised from a blurred %d-dpi copy."
                         % lo if poor else " This twin (layers/): the same page under ocrmypdf's layer.")
    evaltools.write_gold(os.path.join(LAYERS, name + ".gold.json"), g, end="")
    print(name, prod, file=sys.stderr)


def main():
    with_pdf = "--no-pdf" not in sys.argv[1:]
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    for k, r in enumerate(RELEASES):
        if only and r["id"] not in only:
            continue
        if "--layers" in sys.argv[1:]:
            twin(r, k)
            continue
        docs, producers = evaltools.txt_pdf_release(
            r, OUT, txt(r), "utf-8-plain", (lambda: pdf(r, k)) if with_pdf else None,
            lambda: PRODUCER[r["scan"]["ocr"]])
        # the set's gold files were written without a final newline
        evaltools.write_gold(os.path.join(OUT, r["id"] + ".gold.json"), gold(r, docs, producers), end="")
        print(r["id"], producers, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
