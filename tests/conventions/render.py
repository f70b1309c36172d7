#!/usr/bin/python3
"""Render the convention cases that ask for it (a 'render: docx pdf' line)
as DOCX and PDF, so that the same expectations are checked on every format.

Usage (from the repository root; needs Debian's python3-docx and chromium;
'producer: pdflatex' and 'producer: groff' cases TeX Live and groff,
'producer: scribus' ones scribus and the hyphen-* patterns):
  /usr/bin/python3 tests/conventions/render.py [CASE-ID ...]

The outputs go to tests/conventions/rendered/<case id>.docx and .pdf and
are committed: 'make check' reads them and needs neither python3-docx nor
Chromium. Run this again after editing a rendered case's document.

The document is laid out as a writer would: the block equal to the
expected headline becomes the DOCX 'Title' paragraph and the HTML h1,
lines starting with '- ' become list items, and every other line its own
paragraph (a letterhead's three lines stay three lines). The DOCX has no
document properties beyond python-docx's defaults, emptied, so that the
title found is the text's, not the file's.
"""
import html
import os
import re
import subprocess
import sys
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import conventions  # noqa: E402  (the harness's case parser)

CSS = """
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.35; margin: 0; }
h1 { font-size: 18pt; margin: .3em 0 .6em; }
p { margin: 0 0 .6em; }
"""


LEADERS = re.compile(r"(?:\. ?){5,}\S")


def blocks(case):
    """[(kind, text)]: kind 'title', 'item' or 'para'; or ('lines', [line...])
    for a block of dot-leader rows."""
    want = None
    for field, op, val in case["expect"]:
        if field == "headline" and op == "=" and isinstance(val, str):
            want = conventions.norm(val)
    out = []
    for block in case["document"].split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if want and conventions.norm(" ".join(lines)) == want:
            out.append(("title", " ".join(lines)))
            continue
        if any(LEADERS.search(ln) for ln in lines):
            # a list set with dot leaders: its lines one under the other
            # in one paragraph, at the body's line spacing
            out.append(("lines", lines))
            continue
        for ln in lines:
            if ln.startswith("- "):
                out.append(("item", ln[2:]))
            else:
                out.append(("para", ln))
    return out


def render_docx(case, path):
    d = docx.Document()
    props = d.core_properties
    props.author = ""
    props.title = ""
    props.last_modified_by = ""
    props.comments = ""
    d.styles["Normal"].font.size = Pt(11)
    # 'align: kashida': the same justified paragraphs in python-docx's own
    # styles (an Arabic-capable font, no complex-script language set):
    # LibreOffice stretches their Arabic lines with kashida
    if case.get("align") == "justify":
        # a serif body font without Arabic glyphs, as templates made for
        # Latin text set it: LibreOffice justifies the fallback font's
        # Arabic by widening the gaps between letters, not by kashida
        d.styles["Normal"].font.name = "DejaVu Serif"
        # and no Arabic-script language for the complex-script text (a
        # document LibreOffice saves from an HTML page says "hi-IN"):
        # LibreOffice then widens the gaps between letters, no kashida
        for lang in d.styles.element.iter(docx.oxml.ns.qn("w:lang")):
            lang.set(docx.oxml.ns.qn("w:bidi"), "hi-IN")
        for fonts in d.styles.element.iter(docx.oxml.ns.qn("w:rFonts")):
            fonts.set(docx.oxml.ns.qn("w:cs"), "Lohit Devanagari")
    for kind, text in blocks(case):
        if kind == "lines":
            run = d.add_paragraph().add_run(text[0])
            for ln in text[1:]:
                run.add_break()
                run.add_text(ln)
        elif kind == "title":
            d.add_paragraph(text, style="Title")
        elif kind == "item":
            d.add_paragraph(text, style="List Bullet")
        else:
            if case.get("align") in ("justify", "kashida"):
                # 'align: justify': paragraphs set flush on both sides, in
                # runs of one direction each (right-to-left runs marked
                # w:rtl, numbers apart), as LibreOffice saves an HTML page
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                for piece in re.findall(r"[0-9]+|[^0-9]+", text):
                    r = p.add_run(piece)
                    if not piece[0].isdigit():
                        r._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
            else:
                d.add_paragraph(text)
    d.save(path)


# 'producer: gdocs': a page styled as Google Docs sets a document (Arial
# 11 pt, no space between paragraphs, a line of symbols alone centred, as
# an end mark is), printed by Chromium: Google Docs' own PDF download is
# Skia-made, as Chromium's print is
GDOCS_CSS = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.15; margin: 0; }
h1 { font-size: 20pt; font-weight: normal; margin: 0 0 6pt; }
p { margin: 0; }
p.mark { text-align: center; }
"""
SYMBOLS = re.compile(r"^[^\w]{1,12}$")
# With 'measure:', an e-mail or web address may break after its '@', a
# dot, a slash, a hyphen, an underscore or '=' '&' '?', as word
# processors break a long address at the margin (Chromium breaks none)
SUPERS = str.maketrans("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079", "1230456789")
ADDRESS = re.compile(r"[\w.%+-]+@[\w.-]+\w|(?:https?://|www\.)[^\s<>]+[\w/]")


def render_pdf(case, path, tmp):
    lang = case["lang"]
    rtl = " dir='rtl'" if lang in ("ar", "he", "fa", "ur") else ""
    gdocs = case.get("producer") == "gdocs"
    css = GDOCS_CSS if gdocs else CSS
    if case.get("measure"):
        # 'measure: 6cm': the text set in a column that narrow, so that
        # its lines wrap inside the addresses and numbers the case holds
        css += "body { width: %s; }" % case["measure"]
    parts = ["<!doctype html><html lang='%s'%s><head><meta charset='utf-8'><title></title><style>%s</style>"
             "</head><body>" % (lang, rtl, css)]
    in_list = False
    for kind, text in blocks(case):
        if kind == "item" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif kind != "item" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "lines":
            parts.append("<p>%s</p>" % "<br>".join(html.escape(ln) for ln in text))
            continue
        tag = {"title": "h1", "item": "li", "para": "p"}[kind]
        if gdocs and kind == "para" and SYMBOLS.match(text.strip()):
            parts.append("<p class='mark'>%s</p>" % html.escape(text))
            continue
        if case.get("links") == "short" and kind == "para" and len(text.split()) <= 3:
            # 'links: short': a paragraph of three words or fewer is a
            # link, underlined, as a newsroom page's menu and footer links
            # are printed (in a sans face, as eval20's pages set them)
            parts.append("<p><a href='#' style=\"font: 10pt 'DejaVu Sans'\">%s</a></p>" % html.escape(text))
            continue
        body = html.escape(text)
        if case.get("superscripts") == "raised":
            # 'superscripts: raised': superscript digits (¹ ² ³) are set
            # as raised small figures (<sup>), as word processors set a
            # note's number, instead of the superscript characters
            body = re.sub("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+",
                          lambda m: "<sup>%s</sup>" % m.group(0).translate(SUPERS), body)
        if case.get("measure"):
            body = ADDRESS.sub(lambda m: re.sub(r"([@./_?=-])(?=\w)", r"\1<wbr>", m.group(0)), body)
        parts.append("<%s>%s</%s>" % (tag, body, tag))
    if in_list:
        parts.append("</ul>")
    parts.append("</body></html>")
    src = os.path.join(tmp, "case.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write("".join(parts))
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-pdf-header-footer", "--user-data-dir=" + os.path.join(tmp, "profile"),
            "--print-to-pdf=" + path, "file://" + src]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def render_pdf_libreoffice(case, path, tmp):
    """The case's DOCX exported by LibreOffice (a 'producer: libreoffice'
    line), whose text layer places each glyph on its own."""
    src = os.path.join(tmp, "case.docx")
    render_docx(case, src)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"), "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    os.replace(os.path.join(tmp, "case.pdf"), path)


# 'producer: pdflatex' / 'producer: groff': the case typeset as
# universities and public bodies typeset releases, on a narrow page so that
# the typesetter hyphenates words at line ends: pdflatex's article class with
# babel in the case's language (T1 fonts), or groff -ms (gropdf);
# 'producer: pdflatex-multicol': the text under the title in the multicol
# package's two columns (10 points apart), on a wider page. Their PDFs
# name the typesetter in the Producer property (wrap.typesetter_hyphenates).
BABEL = {"en": "english", "fr": "french", "de": "ngerman", "es": "spanish", "it": "italian",
         "pt": "portuguese", "nl": "dutch", "sv": "swedish", "da": "danish"}
TEX_ESC = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex(s):
    return "".join(TEX_ESC.get(c, c) for c in s)


def render_pdf_typeset(case, path, tmp):
    if case.get("producer") == "groff":
        src = [".nr PS 11", ".nr VS 13", ".nr LL 3.2i", ".nr PI 3n"]
        for kind, text in blocks(case):
            lines = text if kind == "lines" else [text]
            src += [".TL" if kind == "title" else ".PP"] + [("\\&" + ln) if ln[:1] in ".'" else ln
                                                            for ln in lines]
        with open(os.path.join(tmp, "case.ms"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(src) + "\n")
        with open(path, "wb") as out:
            subprocess.run(["groff", "-k", "-ms", "-Tpdf", os.path.join(tmp, "case.ms")], check=True, stdout=out)
        return
    multicol = case.get("producer") in ("pdflatex-multicol", "pdflatex-multicol-about")
    # 'pdflatex-multicol-about': the columns end at the first short line
    # without a stop after the text (an About heading), set as \section*
    # across the page with what follows it (a full-width block under the
    # columns: layout.equal_columns_not_float)
    about_ends = case.get("producer") == "pdflatex-multicol-about"
    paras = 0
    doc = [r"\documentclass[11pt]{article}", r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}",
           r"\usepackage{lmodern}", r"\usepackage[%s]{babel}" % BABEL.get(case["lang"], "english"),
           r"\usepackage[paperwidth=%s,paperheight=24cm,margin=1.8cm]{geometry}" % ("18cm" if multicol else "12cm"),
           r"\usepackage{multicol}", r"\pagestyle{empty}", r"\begin{document}"]
    # 'pdfinfo: Creator=…; Producer=…': the PDF's Info names another
    # program (a page-layout program that hyphenates as TeX does), and the
    # pdfTeX banner is left out, so that only the names given are read
    if case.get("pdfinfo"):
        keys = [kv.split("=", 1) for kv in case["pdfinfo"].split(";") if "=" in kv]
        doc.insert(doc.index(r"\begin{document}"), r"\pdfsuppressptexinfo=-1\pdfinfo{%s}" %
                   " ".join("/%s (%s)" % (k.strip(), v.strip()) for k, v in keys))
    for kind, text in blocks(case):
        if kind == "title":
            doc.append(r"\noindent{\Large\bfseries %s\par}\bigskip" % tex(text))
            if multicol:
                doc.append(r"\begin{multicols}{2}")
        elif kind == "lines":
            doc.append(r" \\ ".join(tex(ln) for ln in text) + "\n")
        elif about_ends and multicol and paras >= 2 and len(text.split()) <= 6 and not text.endswith("."):
            doc.append(r"\end{multicols}")
            doc.append(r"\section*{%s}" % tex(text))
            multicol = False
        else:
            paras += 1
            doc.append(tex(text) + "\n")
    if multicol:
        doc.append(r"\end{multicols}")
    doc.append(r"\end{document}")
    with open(os.path.join(tmp, "case.tex"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(doc) + "\n")
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                    os.path.join(tmp, "case.tex")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, SOURCE_DATE_EPOCH="1772496000", FORCE_SOURCE_DATE="1"))
    os.replace(os.path.join(tmp, "case.pdf"), path)


# 'producer: scribus': the case laid out in a desktop-publishing program
# (render_scribus.py, run headless inside Scribus): the title across the
# page, two linked justified columns hyphenated in the case's language, a
# picture and its caption ('caption:'), a pull quote in the first column
# ('pull:'). Needs scribus and the language's hyphen-* package.
HYPH = {"en": "en_GB", "fr": "fr", "de": "de", "es": "es", "it": "it", "pt": "pt", "nl": "nl"}


def render_pdf_scribus(case, path, tmp):
    import json
    title, paras = None, []
    for kind, text in blocks(case):
        if kind == "title":
            title = text
        else:
            paras += text if kind == "lines" else [text]
    spec = os.path.join(tmp, "spec.json")
    with open(spec, "w", encoding="utf-8") as fh:
        json.dump({"title": title, "paras": paras, "pull": case.get("pull"), "caption": case.get("caption"),
                   "hyph": HYPH.get(case["lang"], "en_GB")}, fh, ensure_ascii=False)
    subprocess.run(["scribus", "-g", "-ns", "-py", os.path.join(HERE, "render_scribus.py")], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen", CASE_SPEC=spec, CASE_OUT=path),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def main():
    cases = conventions.load_cases(HERE)
    only = set(sys.argv[1:])
    done = 0
    for case in cases:
        if not case["render"] or (only and case["id"] not in only):
            continue
        for fmt in case["render"]:
            out = os.path.join(HERE, "rendered", case["id"] + "." + fmt)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            if fmt == "docx":
                render_docx(case, out)
            elif fmt == "pdf" and case.get("producer") in ("pdflatex", "pdflatex-multicol", "pdflatex-multicol-about",
                                                           "groff"):
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_typeset(case, out, tmp)
            elif fmt == "pdf" and case.get("producer") == "scribus":
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_scribus(case, out, tmp)
            elif fmt == "pdf" and case.get("producer") == "libreoffice":
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf_libreoffice(case, out, tmp)
            elif fmt == "pdf":
                with tempfile.TemporaryDirectory() as tmp:
                    render_pdf(case, out, tmp)
            else:
                sys.exit("%s: cannot render %s" % (case["path"], fmt))
            print(out)
            done += 1
    print("rendered %d documents" % done, file=sys.stderr)


if __name__ == "__main__":
    main()
