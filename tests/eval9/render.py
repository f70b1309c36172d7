#!/usr/bin/python3
"""Render tests/eval9/specs/*.json: docs/ (TXT, DOCX, PDF) and hard/ (harder PDF layouts).

Usage (from the repository root, with Debian's python3-docx, LibreOffice, Chromium):
  /usr/bin/python3 tests/eval9/render.py docs tests/eval9/specs/*.json --out tests/eval9/docs
  /usr/bin/python3 tests/eval9/render.py hard tests/eval9/specs/*.json --out tests/eval9/hard
  /usr/bin/python3 tests/eval6/finish.py tests/eval9/specs/*.json --out tests/eval9/docs --hard tests/eval9/hard

`docs` renders through tests/eval3/render.py (which adds "letterhead" and
"after_end" to ../shared/eval/render.py), `hard` through
tests/eval4/render.py (three harder layouts per spec, by sorted position;
no letterhead printed there). Both get the spec features eval8 added
(tests/eval8/render.py: "table", "caption", "about2") and one more that
eval9's posters need, added around eval8's patch (which is loaded, not
copied); render.py itself is left as it is:

- "poster": true prints the release as a one-page event poster: a large
  centred title and subheadline, paragraphs centred in a larger type, and
  the paragraphs of type "block" (the date/venue block) as short bold
  centred lines (HTML class 'block'; DOCX centred and bold). A "block"
  paragraph is a body paragraph in the gold; the hard layouts print it as a
  plain paragraph.

The table, caption and about2 features are described in
tests/eval8/render.py.
"""
import html
import importlib.util
import os
import re
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
POSTER_CSS = ("<style>h1{font-size:34pt;text-align:center;margin:.6em 0 .3em}"
              ".sub{text-align:center;font-size:15pt}p.par{text-align:center;font-size:13pt}"
              "p.block{text-align:center;font-weight:bold;font-size:16pt;margin:.15em 0}</style>")


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


E8 = load(os.path.join(TESTS, "eval8", "render.py"), "eval8_render")
E8_PATCH = E8.patch


def blocks_of(spec, escape=False):
    return {html.escape(p["text"]) if escape else p["text"]
            for p in spec.get("paragraphs") or [] if p.get("type") == "block"}


def patch(mod):
    """eval8's tables, captions and second About, and the poster form."""
    orig_blocks = mod.body_blocks

    def body_blocks(spec):
        # a poster's date/venue "block" prints as a paragraph
        s = dict(spec)
        s["paragraphs"] = [dict(p, type="paragraph") if p.get("type") == "block" else p
                           for p in spec.get("paragraphs") or []]
        return orig_blocks(s)

    mod.body_blocks = body_blocks
    E8_PATCH(mod)
    orig_html, orig_docx = mod.html_doc, mod.render_docx_python

    def html_doc(spec, for_print):
        out = orig_html(spec, for_print)
        if not spec.get("poster"):
            return out
        blocks = blocks_of(spec, escape=True)
        out = re.sub(r"<p class='par'>(.*?)</p>",
                     lambda m: "<p class='block'>%s</p>" % m.group(1)
                     if m.group(1).replace("&shy;", "") in blocks else m.group(0), out)
        return out.replace("</head>", POSTER_CSS + "</head>", 1)

    def render_docx_python(spec, path):
        orig_docx(spec, path)
        if not spec.get("poster"):
            return
        d = docx.Document(path)
        blocks = blocks_of(spec)
        for p in d.paragraphs:
            if p.text in blocks or p.style.name in ("Title", "Subtitle"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if p.text in blocks:
                for r in p.runs:
                    r.bold = True
        d.save(path)

    mod.html_doc, mod.render_docx_python = html_doc, render_docx_python
    return mod


def main():
    E8.patch = patch
    E8.__doc__ = __doc__  # eval8's main prints its module's usage
    return E8.main()


if __name__ == "__main__":
    sys.exit(main())
