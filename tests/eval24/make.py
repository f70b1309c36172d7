#!/usr/bin/python3
"""Write tests/eval24/docs: invented press releases laid out as designers
lay out corporate and agency releases in a desktop-publishing program
(InDesign, QuarkXPress, Affinity Publisher; here Scribus, scripted by
make_one.py) - a letter-spaced kicker, a display headline, a standfirst,
text frames threaded from column to column and from page 1 to page 2, a
pull quote set large in a column with the text flowing around it, a tinted
fact box beside the body, a picture with its caption, a coloured footer
band with the address, justified text hyphenated by Scribus in the
release's language, ligatures - as PDF, and as the TXT a user would copy
(one line per paragraph; no kicker, pull quote, box, caption or footer).

The gold is written from tests/eval24/releases.py, before pressmill was run
on the set.

Needs, for the PDFs only (the project does not): scribus, and the hyphen-*
packages of the languages (hyphen-en-us, hyphen-en-gb, hyphen-fr,
hyphen-de, hyphen-es, hyphen-it, hyphen-nl, hyphen-pt-pt).

Usage (from the repository root):
  /usr/bin/python3 tests/eval24/make.py            # TXT, PDF and gold
  /usr/bin/python3 tests/eval24/make.py --no-pdf   # TXT and gold only
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
RELEASES = evaltools.releases(HERE)

# type families a designer might pick (all OpenType or TrueType, embedded)
FONTS = [
    {"body": "Latin Modern Roman 10 Regular", "bold": "Latin Modern Roman 10 Bold",
     "italic": "Latin Modern Roman 10 Italic", "head": "DejaVu Sans Bold", "sans": "DejaVu Sans Book"},
    {"body": "Nimbus Sans Regular", "bold": "Liberation Sans Bold", "italic": "Nimbus Sans Italic",
     "head": "Liberation Sans Bold", "sans": "Nimbus Sans Regular"},
    {"body": "Liberation Serif Regular", "bold": "Liberation Serif Bold", "italic": "Liberation Serif Italic",
     "head": "Liberation Sans Bold", "sans": "Liberation Sans Regular"},
]
COLOURS = [((0, 84, 119), (214, 230, 238)), ((150, 30, 45), (242, 226, 222)), ((32, 96, 58), (222, 238, 226)),
           ((70, 50, 120), (230, 226, 242))]


def is_head(p):
    return isinstance(p, tuple)


def txt(r):
    blocks = [r["headline"]]
    if r.get("sub"):
        blocks.append(r["sub"])
    for i, p in enumerate(r["body"]):
        if is_head(p):
            blocks.append(p[1])
        else:
            blocks.append((r["dl"] + r["sep"] + p) if i == 0 else p)
    blocks.append(r["about_head"])
    blocks += r["about"]
    blocks.append(r["contact_head"])
    blocks.append("\n".join(r["contact"]))
    return "\n\n".join(blocks) + "\n"


def spec(r, k):
    s = dict(r)
    s["body"] = [list(p) if is_head(p) else p for p in r["body"]]
    s["fonts"] = FONTS[k % len(FONTS)]
    s["colour"], s["tint"] = COLOURS[k % len(COLOURS)]
    s["indent"] = 4.0 if r["layout"] in ("threaded2", "three") else 0.0
    s["body_size"] = {"threaded2": 10.0, "three": 9.0, "onecol": 11.0, "sidebar": 10.0}[r["layout"]]
    s["hl_size"] = 24 if len(r["headline"]) < 70 else 21
    return s


def pdf(r, k):
    tmp = tempfile.mkdtemp(prefix="e24-")
    try:
        sp = os.path.join(tmp, "spec.json")
        with open(sp, "w", encoding="utf-8") as f:
            json.dump(spec(r, k), f, ensure_ascii=False)
        out = os.path.join(tmp, r["id"] + ".pdf")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DTP_SPEC=sp, DTP_OUT=out,
                   SOURCE_DATE_EPOCH="1772496000")
        subprocess.run(["scribus", "-g", "-ns", "-py", os.path.join(HERE, "make_one.py")], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(out, os.path.join(OUT, r["id"] + ".pdf"))
        return "scribus-1.5-" + r["layout"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def gold(r, docs, producers):
    body = [p[1] if is_head(p) else p for p in r["body"]]
    if r.get("about_name_only"):
        # a section headed by the body's name alone, no About wording, is
        # body (eval5's decision of 2026-12-06, after
        # ../shared/eval/README.md, which counts "About ..." sections only)
        body = body + [r["about_head"]] + list(r["about"])
        r = dict(r, about=[])
    return evaltools.gold_record(r["id"], docs, producers, evaltools.release_expect(r, body, r["gold"]["byline"]),
                                 r["note"])


def main():
    with_pdf = "--no-pdf" not in sys.argv[1:]
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    for k, r in enumerate(RELEASES):
        if only and r["id"] not in only:
            continue
        docs, producers = evaltools.txt_pdf_release(r, OUT, txt(r), "utf-8-plain", with_pdf and (lambda: pdf(r, k)),
                                                    lambda: "scribus-1.5-" + r["layout"])
        evaltools.write_gold(os.path.join(OUT, r["id"] + ".gold.json"), gold(r, docs, producers), end="")
        print(r["id"], producers, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
