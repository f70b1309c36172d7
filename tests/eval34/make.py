#!/usr/bin/python3
"""Write tests/eval34/docs: invented releases as students, clubs,
hackathons, small businesses, volunteers and local campaigns write them
in Word or Google Docs from a course handout or a template (FOR IMMEDIATE
RELEASE top left, a contact block before the title, `###` or `-30-`,
`Boilerplate`, placeholders left in, layout tables with a logo, a
letterhead picture with alt text, When/Where/Cost bullets, hashtag lines,
notes to editors, several contacts at the foot).

The releases and their gold are in tests/eval34/releases.py (written
before pressmill was run on them). Two producers:
- word: python-docx's package and default template (Title, Subtitle,
  List Bullet styles), pictures with alt text (wp:docPr descr), borderless
  tables; PDF: LibreOffice's export of the DOCX;
- gdocs: Google Docs' markup as tests/eval18/make.py writes it (its
  GDocs class and package writer, reused); PDF: LibreOffice's export, or
  (release "pdf": "chromium") Chromium's print of the page eval18 styles
  as a Google Doc, as Google Docs' own Skia-made download is.

Usage (from the repository root):
  /usr/bin/python3 tests/eval34/make.py            # DOCX, gold and PDF
  /usr/bin/python3 tests/eval34/make.py --no-pdf   # DOCX and gold only
  /usr/bin/python3 tests/eval34/make.py e34-en-01  # only these releases
"""
import io
import os
import shutil
import struct
import sys
import tempfile
import zlib

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
E18 = evaltools.load("eval18_make", "eval18/make.py")

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}


def png(width, height, rgb):
    """A plain PNG of one colour with a darker band (a logo stand-in)."""
    rows = b""
    for y in range(height):
        c = tuple(v // 2 for v in rgb) if height // 3 <= y < 2 * height // 3 else rgb
        rows += b"\x00" + bytes(c) * width

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ---- word (python-docx) -------------------------------------------------------


def add_runs(p, text, bold=False, italic=False, size=None):
    for t, b, i, url in E18.segments(text):
        r = p.add_run(t)
        r.bold = True if (bold or b) else None
        r.italic = True if (italic or i) else None
        if size:
            r.font.size = Pt(size)


def picture(run, alt, width):
    """A picture in run whose alt text (wp:docPr descr) is alt, as Word's
    Alt Text pane writes it."""
    shape = run.add_picture(io.BytesIO(png(240, 60, (40, 90, 140))), width=width)
    docpr = shape._inline.docPr
    docpr.set("descr", alt)
    return shape


def spaced(p, after=8, before=0):
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    return p


def word_block(d, b, opts):
    kind = b[0]
    if kind == "release":
        add_runs(spaced(d.add_paragraph(), 10), b[1], bold=True)
    elif kind == "contact":
        lines, align = b[1], b[2]
        for k, line in enumerate(lines):
            p = spaced(d.add_paragraph(), 12 if k == len(lines) - 1 else 0)
            p.alignment = ALIGN[align]
            add_runs(p, line)
    elif kind == "image":
        p = spaced(d.add_paragraph(), 12)
        p.alignment = ALIGN["center"]
        picture(p.add_run(), b[1], Inches(4))
    elif kind == "logotable":
        t = d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        left, right = t.rows[0].cells
        picture(left.paragraphs[0].add_run(), b[1], Inches(2))
        for k, line in enumerate(b[2]):
            p = right.paragraphs[0] if k == 0 else right.add_paragraph()
            p.alignment = ALIGN["right"]
            spaced(p, 0)
            add_runs(p, line)
        spaced(d.add_paragraph(), 0)
    elif kind == "title":
        if opts.get("title") == "style":
            spaced(d.add_paragraph(b[1], style="Title"), 12)
        else:
            p = spaced(d.add_paragraph(), 12, 6)
            add_runs(p, b[1], bold=True, size=opts.get("title_size", 16))
    elif kind == "sub":
        if opts.get("sub") == "style":
            spaced(d.add_paragraph(b[1], style="Subtitle"), 12)
        else:
            add_runs(spaced(d.add_paragraph(), 12), b[1], italic=True, size=13)
    elif kind == "p":
        add_runs(spaced(d.add_paragraph()), b[1])
    elif kind == "bullet":
        add_runs(spaced(d.add_paragraph(style="List Bullet"), 2), b[1])
    elif kind == "quote":
        p = spaced(d.add_paragraph())
        p.paragraph_format.left_indent = p.paragraph_format.right_indent = Inches(0.5)
        add_runs(p, b[1], italic=True)
    elif kind == "head":
        add_runs(spaced(d.add_paragraph(), 4, 8), b[1], bold=opts.get("head") == "bold")
    elif kind == "boldline":
        add_runs(spaced(d.add_paragraph(), 4, 8), b[1], bold=True)
    elif kind == "end":
        p = spaced(d.add_paragraph(), 12, 6)
        p.alignment = ALIGN["center"]
        add_runs(p, b[1])
    else:
        raise ValueError(kind)


def write_word(path, rel):
    d = evaltools.new_docx("student")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for b in rel["blocks"]:
        word_block(d, b, rel.get("opts", {}))
    evaltools.save_docx(d, path)


# ---- gdocs (eval18's Google Docs markup) ----------------------------------------


def gdocs_blocks(rel):
    """This set's blocks in eval18's vocabulary, for GDocs.block and html():
    a release line and a contact line are bold or plain lines, a quotation
    an italic paragraph, an end mark a centred line."""
    out = []
    for b in rel["blocks"]:
        kind = b[0]
        if kind == "release":
            out.append(("boldline", b[1]))
        elif kind == "contact":
            out.extend(("p", line) for line in b[1])
        elif kind == "quote":
            out.append(("p", "*%s*" % b[1]))
        elif kind == "end":
            out.append(("center", b[1]))
        elif kind in ("image", "logotable"):
            raise ValueError("%s: no pictures in the gdocs producer" % rel["id"])
        else:
            out.append(b)
    return out


def write_gdocs(path, rel):
    E18.write_gdocs(path, dict(rel, blocks=gdocs_blocks(rel)))


def chromium_page(rel):
    return E18.html(dict(rel, blocks=gdocs_blocks(rel)))


# ---- gold ------------------------------------------------------------------------

PRODUCER = {"word": "Word's default template (python-docx), as tests/eval34/make.py writes it",
            "gdocs": "Google Docs' DOCX export, as tests/eval18/make.py's GDocs writes it"}


def main(argv):
    ids = [a for a in argv if not a.startswith("--")]
    with_pdf = evaltools.pdf_tools(argv, ["soffice", "chromium"], "make.py: no soffice or chromium: DOCX and gold only")
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="eval34-")
    try:
        for rel in evaltools.releases(HERE):
            if ids and rel["id"] not in ids:
                continue
            base = os.path.join(OUT, rel["id"])
            if rel["producer"] == "word":
                write_word(base + ".docx", rel)
            else:
                write_gdocs(base + ".docx", rel)
            producers = {"docx": PRODUCER[rel["producer"]]}
            if with_pdf and rel.get("pdf") == "chromium":
                evaltools.chromium_html_pdf(chromium_page(rel), rel["id"], base + ".pdf", tmp)
            elif with_pdf:
                evaltools.soffice_pdfs([base + ".docx"], OUT, quiet=True)
            if os.path.exists(base + ".pdf"):
                producers["pdf"] = ("Chromium print of the release as an HTML page styled like a Google Doc"
                                    if rel.get("pdf") == "chromium" else "LibreOffice's PDF export of the DOCX")
            docs = [rel["id"] + "." + k for k in producers]
            evaltools.write_gold(base + ".gold.json",
                                 evaltools.gold_record(rel["id"], docs, producers, rel["expect"], rel["note"]))
            print(rel["id"], " ".join(docs))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
