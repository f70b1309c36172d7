#!/usr/bin/python3
"""Render the dev specs (../shared/eval/specs) as PDFs in harder layouts.

Usage (from the repository root, with Debian's chromium):
  /usr/bin/python3 tests/eval4/render.py [SPEC.json ...] [--out tests/eval4/docs]

Each spec is printed by Chromium in two of six layouts that real PDF
releases use and that a reader of text lines finds hard:

  twocol    the text in two justified columns under a full-width headline
  sidebar   a box floated beside the first paragraphs, holding the
            masthead and the contacts
  textbox   the masthead in a framed box at the top right, beside the
            headline
  a5just    an A5 page, small type, justified and hyphenated
  printhdr  Chromium's print header and footer (date, title, URL, page
            numbers) with a narrow top margin, so that the header sits over
            the text's first line on every page
  bullets   list items whose bullets are drawings, not characters (specs
            without list items get it with their paragraphs unchanged)

and in a third one of three more, which test how paragraphs and the
blocks above the title are read:

  spaced    paragraphs set apart by space after them, as Google Docs and
            Word export them, in a font whose boxes are taller than its
            leading; every other paragraph has a line break after its
            first sentence, so that a short line followed by more of the
            same paragraph, without the space, stands in the text
  indent    paragraphs marked by a first-line indent and no space, with
            the same line breaks (the line after one starts at the margin),
            and the signature set flush right
  topright  the masthead and the contacts in a block set flush right at
            the top of the page, beside the label and the dateline on the
            left

The layouts are given by the spec's position in sorted order, so a run is
reproducible. Content and order come from ../shared/eval/render.py
(body_blocks, gold); the gold of each PDF is render.py's gold for the spec,
with its own id (<spec id>-<layout>). 'make check-eval4' scores the set.
"""
import argparse
import glob
import html
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "eval")
LAYOUTS = ["twocol", "sidebar", "textbox", "a5just", "printhdr", "bullets"]
MORE_LAYOUTS = ["spaced", "indent", "topright"]


def load_render():
    spec = importlib.util.spec_from_file_location("shared_render", os.path.join(SHARED, "render.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


CSS = """
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; margin: 0; }
h1 { font-size: 19pt; margin: .2em 0 .4em; }
h2 { font-size: 13pt; margin: 1em 0 .3em; }
.sub { font-size: 12.5pt; font-style: italic; }
.label { font-weight: bold; letter-spacing: .1em; font-size: 9pt; }
.dateline { font-style: italic; }
p { margin: 0 0 .7em; }
blockquote { margin: 0 0 .7em 2em; font-style: italic; }
.mast { font-size: 9pt; color: #333; }
"""

LAYOUT_CSS = {
    "twocol": ".cols { column-count: 2; column-gap: 1.8em; } .cols p { text-align: justify; hyphens: auto; }",
    "sidebar": "aside { float: right; width: 33%; margin: 0 0 1em 1.4em; padding: .6em; border: 1px solid #888;"
               " font-size: 9pt; background: #f2f2f2; } aside div { margin-bottom: .2em; }",
    "textbox": ".box { position: absolute; top: 0; right: 0; width: 30%; border: 2px solid #333; padding: .5em;"
               " font-size: 9pt; } h1 { width: 62%; }",
    "a5just": "@page { size: A5; margin: 1.1cm; } body { font-size: 9pt; } h1 { font-size: 15pt; }"
              " p { text-align: justify; hyphens: auto; }",
    "printhdr": "@page { margin: 0.45cm 1.6cm 1.2cm; } body { font-size: 11pt; }",
    "bullets": "ul.gb { list-style: none; padding-left: 1.4em; } ul.gb li { margin-bottom: .3em; }"
               " ul.gb li::before { content: ''; display: inline-block; width: .45em; height: .45em;"
               " background: #222; border-radius: 50%; margin: 0 .6em .1em -1.05em; }",
    "spaced": "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.0; }"
              " p, blockquote { margin: 0 0 11pt; } h2 { margin: 14pt 0 6pt; }",
    "indent": "p { margin: 0; text-indent: 2em; } blockquote { margin: 0 0 0 2em; }"
              " h2 { margin: .8em 0 .2em; } .dateline, .sub { text-indent: 0; } .byline { text-align: right; }",
    "topright": ".top { display: flex; justify-content: space-between; align-items: flex-start;"
                " margin-bottom: 1.2em; } .top .right { text-align: right; font-size: 10pt; }"
                " .top .left { font-size: 10pt; }",
}


def break_after_first_sentence(text):
    """The paragraph with a line break after its first sentence, when it
    has two or more (a break the gold does not count as a paragraph's)."""
    for i in range(40, len(text) - 20):
        if text[i] in ".!?" and text[i + 1] == " " and text[i + 2].isupper():
            return html.escape(text[:i + 1]) + "<br>" + html.escape(text[i + 2:])
    return html.escape(text)


def html_doc(r, spec, layout):
    blocks = r.body_blocks(spec)
    out = ["<!doctype html><html lang='%s'><head><meta charset='utf-8'><title>%s</title><style>%s%s</style>"
           "</head><body>" % (spec.get("lang", "en"), html.escape(spec["headline"]), CSS, LAYOUT_CSS[layout])]
    mast = spec.get("masthead")
    contacts = [t for k, t in blocks if k == "contact"]
    ct = spec.get("contacts") or {}
    if layout == "textbox" and mast:
        out.append("<div class='box'>%s</div>" % html.escape(mast))
    elif layout == "topright":
        left = [html.escape(t) for k, t in blocks if k in ("label", "dateline")]
        right = ([html.escape(mast)] if mast else []) + [html.escape(c) for c in contacts]
        out.append("<div class='top'><div class='left'>%s</div><div class='right'>%s</div></div>"
                   % ("<br>".join(left), "<br>".join(right)))
    elif mast and layout != "sidebar":
        out.append("<div class='mast'>%s</div>" % html.escape(mast))
    npara = 0
    in_list = in_cols = False
    aside_done = False
    seen_head = False
    for kind, text in blocks:
        t = html.escape(text)
        if kind != "list_item" and in_list:
            out.append("</ul>")
            in_list = False
        if layout in ("sidebar", "topright") and kind == "contact":
            continue
        if layout in ("sidebar", "topright") and kind == "heading" and ct and text == ct.get("heading"):
            continue
        if layout == "topright" and kind in ("label", "dateline"):
            continue
        if layout == "twocol" and seen_head and not in_cols and kind not in ("subheadline", "dateline"):
            out.append("<div class='cols'>")
            in_cols = True
        if layout == "sidebar" and seen_head and not aside_done and kind in ("paragraph", "quote", "list_item"):
            side = []
            if mast:
                side.append("<div><b>%s</b></div>" % html.escape(mast))
            if contacts:
                side.append("<div><b>%s</b></div>" % html.escape(ct.get("heading") or ""))
                side.extend("<div>%s</div>" % html.escape(c) for c in contacts)
            if side:
                out.append("<aside>%s</aside>" % "".join(side))
            aside_done = True
        if kind == "headline":
            out.append("<h1>%s</h1>" % t)
            seen_head = True
        elif kind == "subheadline":
            out.append("<p class='sub'>%s</p>" % t)
        elif kind == "heading":
            out.append("<h2>%s</h2>" % t)
        elif kind == "list_item":
            if not in_list:
                out.append("<ul class='gb'>" if layout == "bullets" else "<ul>")
                in_list = True
            out.append("<li>%s</li>" % t)
        elif kind == "quote":
            out.append("<blockquote>%s</blockquote>" % t)
        elif kind == "label":
            out.append("<div class='label'>%s</div>" % t)
        elif kind in ("dateline", "byline"):
            out.append("<p class='dateline %s'>%s</p>" % (kind, t))
        elif kind == "contact":
            out.append("<div>%s</div>" % t)
        elif kind == "end":
            out.append("<p style='text-align:center'>%s</p>" % t)
        elif layout in ("spaced", "indent"):
            npara += 1
            out.append("<p>%s</p>" % (break_after_first_sentence(text) if npara % 2 == 0 else t))
        else:
            out.append("<p>%s</p>" % (r.shy(t) if layout in ("a5just", "twocol") else t))
    if in_list:
        out.append("</ul>")
    if in_cols:
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


def print_pdf(src, path, header):
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + tempfile.mkdtemp(prefix="chr-"), "--print-to-pdf=" + path]
    if not header:
        args.append("--no-pdf-header-footer")
    subprocess.run(args + ["file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--out", default=os.path.join(HERE, "docs"))
    ap.add_argument("--layouts", help="render only these layouts (comma-separated)")
    a = ap.parse_args()
    r = load_render()
    specs = a.specs or sorted(glob.glob(os.path.join(SHARED, "specs", "*.json")))
    os.makedirs(a.out, exist_ok=True)
    for i, sp in enumerate(specs):
        with open(sp, encoding="utf-8") as f:
            spec = json.load(f)
        has_list = any(p.get("type") == "list_item" for p in spec.get("paragraphs") or [])
        chosen = [LAYOUTS[i % 6], LAYOUTS[(i + 3) % 6]]
        if has_list and "bullets" not in chosen:
            chosen[1] = "bullets"
        chosen.append(MORE_LAYOUTS[i % 3])
        for layout in chosen:
            if a.layouts and layout not in a.layouts.split(","):
                continue
            name = "%s-%s" % (spec["id"], layout)
            tmp = tempfile.mkdtemp(prefix="eval4-")
            src = os.path.join(tmp, name + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(html_doc(r, spec, layout))
            print_pdf(src, os.path.join(a.out, name + ".pdf"), layout == "printhdr")
            g = r.gold(spec, [name + ".pdf"], {"pdf": "chromium-" + layout})
            g["id"] = name
            with open(os.path.join(a.out, name + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
            print(name, file=sys.stderr)


if __name__ == "__main__":
    main()
