#!/usr/bin/python3
"""Render tests/eval17/specs/*.json into docs/: TXT, DOCX, PDF and Markdown.

Usage (from the repository root; Debian's python3-docx, LibreOffice, Chromium):
  /usr/bin/python3 tests/eval17/make.py

The TXT, DOCX and PDF come from tests/eval8/render.py (which adds tables to
../shared/eval/render.py: a DOCX 'Table Grid' table, an HTML <table> with a
header row and figures set flush right, TXT rows padded into columns, dropped here; the
PDF from LibreOffice or Chromium by a hash of the id), the gold from
tests/eval6/finish.py (the spec's "gold" merged). This script then adds
<id>.lo.pdf (LibreOffice's export of the DOCX) and <id>.md, the release as a static-site generator keeps it: YAML front
matter with the title, '## ' headings, each table as a pipe table with a
header row; the .md joins the gold's documents, so its record must equal
the other formats'.
"""
import json
import os
import subprocess
import sys
import glob
import importlib.util
import shutil
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.append(TESTS)
import evaltools  # noqa: E402


def markdown(spec, finish):
    """tests/eval6/finish.py's Markdown form (front matter with the title,
    '## ' headings), each table a pipe table with a header row."""
    tables = {}
    paras = []
    for p in spec.get("paragraphs") or []:
        if p.get("type") == "table":
            rows = p["rows"]
            tok = "@@TABLE%d@@" % len(tables)
            tables[tok] = "\n".join(["| " + " | ".join(rows[0]) + " |",
                                     "|" + "|".join([" --- "] + [" ---: "] * (len(rows[0]) - 1)) + "|"] +
                                    ["| " + " | ".join(r) + " |" for r in rows[1:]])
            p = {"type": "paragraph", "text": tok}
        paras.append(p)
    title = "title: \"%s\"" % spec["headline"].replace('"', '\\"')
    text = finish.markdown(dict(spec, paragraphs=paras, markdown={"front_matter": [title]}))
    for tok, table in tables.items():
        text = text.replace(tok, table)
    return text


def word_docx(render, spec, path):
    """The release as a Word user writes it (python-docx, through eval8's
    table patch): a 'Table Grid' table across the text's width, the head
    row bold, the figures' columns flush right."""
    render.body_blocks(spec)  # registers the spec's tables
    render.render_docx_python(spec, path)
    d = docx.Document(path)
    for t in d.tables:
        for i, row in enumerate(t.rows):
            for j, cell in enumerate(row.cells):
                for p in cell.paragraphs:
                    if j:
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    for r in p.runs:
                        r.bold = i == 0 or None
    d.save(path)


def main():
    specs = sorted(glob.glob(os.path.join(HERE, "specs", "*.json")))
    docs = os.path.join(HERE, "docs")
    os.makedirs(docs, exist_ok=True)
    subprocess.check_call([sys.executable, os.path.join(TESTS, "eval8", "render.py"), "docs"] + specs + ["--out", docs])
    subprocess.check_call([sys.executable, os.path.join(TESTS, "eval6", "finish.py")] + specs + ["--out", docs])
    loader = importlib.util.spec_from_file_location("eval8_render", os.path.join(TESTS, "eval8", "render.py"))
    e8 = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(e8)
    finish = e8.load(os.path.join(TESTS, "eval6", "finish.py"), "finish")
    render = e8.patch(e8.load(os.path.join(os.path.dirname(TESTS), "..", "shared", "eval", "render.py"), "render"))
    for sp in specs:
        with open(sp, encoding="utf-8") as f:
            spec = json.load(f)
        # the plain-text form (rows padded into columns) is left out: this
        # set measures tables in PDF against the DOCX and Markdown forms
        txt = spec["id"] + ".txt"
        if os.path.exists(os.path.join(docs, txt)):
            os.remove(os.path.join(docs, txt))
        # a second PDF, LibreOffice's export of the DOCX (Word's way of
        # publishing: a python-docx 'Table Grid' table, word_docx)
        lo = spec["id"] + ".lo.pdf"
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, spec["id"] + ".docx")
            word_docx(render, spec, src)
            evaltools.soffice_pdfs([src], tmp, "file:///tmp/lo-eval17")
            shutil.move(os.path.join(tmp, spec["id"] + ".pdf"), os.path.join(docs, lo))
        name = spec["id"] + ".md"
        with open(os.path.join(docs, name), "w", encoding="utf-8") as f:
            f.write(markdown(spec, finish))
        gp = os.path.join(docs, spec["id"] + ".gold.json")
        g = json.load(open(gp, encoding="utf-8"))
        g["documents"] = [d for d in g["documents"] if d != txt] + [name, lo]
        g["producers"] = dict(g["producers"], md="tests/eval17/make.py", **{"lo.pdf": "soffice from a Word-like DOCX"})
        g["producers"].pop("txt", None)
        json.dump(g, open(gp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
