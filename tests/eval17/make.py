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


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def markdown(spec):
    out = ["---", "title: \"%s\"" % spec["headline"].replace('"', '\\"'), "---", ""]
    dl = spec.get("dateline")
    for i, p in enumerate(spec.get("paragraphs") or []):
        if p.get("type") == "table":
            rows = p["rows"]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join([" --- "] + [" ---: "] * (len(rows[0]) - 1)) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
            continue
        text = p["text"]
        if i == 0 and dl:
            text = dl["text"] + dl.get("sep", " \u2013 ") + text
        if p.get("type") == "heading":
            text = "## " + text
        out += [text, ""]
    ab = spec.get("about")
    if ab:
        out += ["## " + ab["heading"].rstrip(" :"), ""]
        out += [q for p in ab["paragraphs"] for q in (p, "")]
    ct = spec.get("contacts")
    if ct:
        out += ["## " + ct["heading"].rstrip(" :"), ""]
        out += [ln + "  " for ln in ct["lines"][:-1]] + ct["lines"][-1:] + [""]
    return "\n".join(out)


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
    e8 = load(os.path.join(TESTS, "eval8", "render.py"), "eval8_render")
    render = e8.patch(load(os.path.join(os.path.dirname(TESTS), "..", "shared", "eval", "render.py"), "render"))
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
            subprocess.check_call(["soffice", "-env:UserInstallation=file:///tmp/lo-eval17", "--headless",
                                   "--convert-to", "pdf", "--outdir", tmp, src], stdout=subprocess.DEVNULL)
            shutil.move(os.path.join(tmp, spec["id"] + ".pdf"), os.path.join(docs, lo))
        name = spec["id"] + ".md"
        with open(os.path.join(docs, name), "w", encoding="utf-8") as f:
            f.write(markdown(spec))
        gp = os.path.join(docs, spec["id"] + ".gold.json")
        with open(gp, encoding="utf-8") as f:
            g = json.load(f)
        g["documents"] = [d for d in g["documents"] if d != txt]
        g["producers"].pop("txt", None)
        for d in (name, lo):
            if d not in g["documents"]:
                g["documents"].append(d)
        g["producers"]["md"] = "tests/eval17/make.py"
        g["producers"]["lo.pdf"] = "soffice --convert-to pdf from the DOCX"
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
