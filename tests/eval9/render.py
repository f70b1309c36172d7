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
eval9's posters need; render.py itself is left as it is, the features are
added around its functions:

- "poster": true prints the release as a one-page event poster: a large
  centred title and subheadline, paragraphs centred in a larger type, and
  the paragraphs of type "block" (the date/venue block) as short bold
  centred lines (HTML class 'block'; DOCX centred and bold). A "block"
  paragraph is a body paragraph in the gold; the hard layouts print it as a
  plain paragraph.

- a paragraph of type "table" with "rows" (lists of cells): printed as a
  table (HTML <table>, a DOCX table, TXT rows with cells padded into
  columns); its gold body entry is its "text", the cells in reading order;
- a paragraph of type "caption" (a photo caption or a credit line):
  printed as a paragraph, left out of the gold body (RECORD.md: figure
  captions are no body);
- "about2" {heading, paragraphs}: a second About section printed after the
  first (a joint statement's); its paragraphs join the gold's about.
"""
import argparse
import html
import importlib.util
import json
import os
import re
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
TOKEN = re.compile(r"@@TABLE(\d+)@@")
TABLES = []
POSTER_CSS = ("<style>h1{font-size:34pt;text-align:center;margin:.6em 0 .3em}"
              ".sub{text-align:center;font-size:15pt}p.par{text-align:center;font-size:13pt}"
              "p.block{text-align:center;font-weight:bold;font-size:16pt;margin:.15em 0}</style>")


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def table_token(rows):
    TABLES.append(rows)
    return "@@TABLE%d@@" % (len(TABLES) - 1)


def table_html(rows):
    out = ["<table style='border-collapse:collapse;margin:0 0 .8em'>"]
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>%s</tr>" % "".join(
            "<%s style='border:1px solid #999;padding:2px 8px;text-align:%s'>%s</%s>"
            % (tag, "left" if j == 0 else "right", html.escape(c), tag) for j, c in enumerate(row)))
    out.append("</table>")
    return "".join(out)


def table_txt(rows):
    widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
    return ["   ".join(c.ljust(widths[j]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)).rstrip()
            for r in rows]


def html_tables(text):
    return re.sub(r"<p[^>]*>@@TABLE(\d+)@@</p>", lambda m: table_html(TABLES[int(m.group(1))]), text)


def patch(mod):
    """Add tables, captions and a second About to a loaded render.py."""
    orig_blocks, orig_gold = mod.body_blocks, mod.gold
    orig_html, orig_docx, orig_txt = mod.html_doc, mod.render_docx_python, mod.render_txt

    def body_blocks(spec):
        s = dict(spec)
        s["paragraphs"] = [dict(p, type="paragraph", text=table_token(p["rows"])) if p.get("type") == "table"
                           else dict(p, type="paragraph") if p.get("type") in ("caption", "block") else p
                           for p in spec.get("paragraphs") or []]
        out = orig_blocks(s)
        ab2 = spec.get("about2")
        if ab2:
            heads = [i for i, (k, t) in enumerate(out) if k == "heading" and t == spec["about"]["heading"]]
            at = heads[0] + 1 + len(spec["about"]["paragraphs"])
            out[at:at] = [("heading", ab2["heading"])] + [("paragraph", p) for p in ab2["paragraphs"]]
        return out

    def gold(spec, docs, producers):
        g = orig_gold(spec, docs, producers)
        g["expect"]["body"] = [p["text"] for p in spec.get("paragraphs") or [] if p.get("type") != "caption"]
        if spec.get("about2"):
            g["expect"]["about"] = spec["about"]["paragraphs"] + spec["about2"]["paragraphs"]
        return g

    def html_doc(spec, for_print):
        out = html_tables(orig_html(spec, for_print))
        if not spec.get("poster"):
            return out
        blocks = {html.escape(p["text"]) for p in spec.get("paragraphs") or [] if p.get("type") == "block"}
        out = re.sub(r"<p class='par'>(.*?)</p>",
                     lambda m: "<p class='block'>%s</p>" % m.group(1)
                     if m.group(1).replace("&shy;", "") in blocks else m.group(0), out)
        return out.replace("</head>", POSTER_CSS + "</head>", 1)

    def render_docx_python(spec, path):
        orig_docx(spec, path)
        d = docx.Document(path)
        changed = False
        for p in list(d.paragraphs):
            m = TOKEN.fullmatch(p.text.strip())
            if not m:
                continue
            rows = TABLES[int(m.group(1))]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            p._p.addnext(t._tbl)
            p._p.getparent().remove(p._p)
            changed = True
        if spec.get("poster"):
            blocks = {p["text"] for p in spec.get("paragraphs") or [] if p.get("type") == "block"}
            for p in d.paragraphs:
                if p.text in blocks or p.style.name in ("Title", "Subtitle"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if p.text in blocks:
                    for r in p.runs:
                        r.bold = True
            changed = True
        if changed:
            d.save(path)

    def render_txt(spec, path):
        kind = orig_txt(spec, path)
        enc = {"utf-8": "utf-8", "cp1252-wrapped-crlf": "cp1252", "utf-16le-bom": "utf-16",
               "utf-8-bom-wrapped-crlf": "utf-8-sig"}[kind]
        with open(path, "rb") as f:
            text = f.read().decode(enc)
        if TOKEN.search(text):
            nl = "\r\n" if "\r\n" in text else "\n"
            text = TOKEN.sub(lambda m: nl.join(table_txt(TABLES[int(m.group(1))])), text)
            data = text.encode("utf-16-le") if enc == "utf-16" else text.encode(enc)
            with open(path, "wb") as f:
                f.write((b"\xff\xfe" if enc == "utf-16" else b"\xef\xbb\xbf" if enc == "utf-8-sig" else b"") + data)
        return kind

    mod.body_blocks, mod.gold, mod.html_doc = body_blocks, gold, html_doc
    mod.render_docx_python, mod.render_txt = render_docx_python, render_txt
    return mod


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["docs", "hard"])
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.what == "docs":
        e3 = load(os.path.join(TESTS, "eval3", "render.py"), "eval3_render")
        orig_load = e3.load
        e3.load = lambda path: patch(orig_load(path))
        sys.argv = [e3.__file__] + a.specs + ["--out", a.out]
        return e3.main()
    e4 = load(os.path.join(TESTS, "eval4", "render.py"), "eval4_render")
    r = patch(e4.load_render())
    e4.load_render = lambda: r
    orig_html = e4.html_doc
    e4.html_doc = lambda rr, spec, layout: html_tables(orig_html(rr, spec, layout))
    sys.argv = [e4.__file__] + a.specs + ["--out", a.out]
    return e4.main()


if __name__ == "__main__":
    sys.exit(main())
