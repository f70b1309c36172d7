#!/usr/bin/python3
"""Render tests/eval3/specs/*.json into tests/eval3/docs/ with ../shared/eval/render.py.

Usage (from the repository root, with Debian's python3-docx, LibreOffice, Chromium):
  /usr/bin/python3 tests/eval3/render.py [SPEC.json ...] [--out tests/eval3/docs]

It imports ../shared/eval/render.py and adds two spec keys to its reading
order (render.py itself is left as it is):

- "letterhead": lines printed above the release line and headline, in the
  text flow of all three formats (render.py's own "masthead" goes to the DOCX
  page header and the HTML top only, not into the TXT);
- "after_end": paragraphs printed after the end mark (a disclaimer or a
  distribution notice), which RECORD.md leaves out of the body.

Then, like tests/eval/render.py, it merges the spec's "gold" object into the
gold file's "expect" (byline without "By", release, end_mark,
date_ambiguous, quotes, and any override of a field render.py derives), and
copies the spec's "notes" into the gold file as "source_note".
"""
import argparse
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RENDER = os.path.join(os.path.dirname(ROOT), "shared", "eval", "render.py")


def load(path):
    spec = importlib.util.spec_from_file_location("shared_render", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    orig = mod.body_blocks

    def body_blocks(s):
        out = []
        lh = s.get("letterhead") or []
        for i, ln in enumerate(lh):
            # "contact" lines follow each other without a blank line in TXT;
            # the last one gets a paragraph of its own so a blank line follows.
            out.append(("contact" if i < len(lh) - 1 else "letterhead", ln))
        out.extend(orig(s))
        for p in s.get("after_end") or []:
            out.append(("after_end", p))
        return out

    mod.body_blocks = body_blocks
    return mod


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--out", default=os.path.join(HERE, "docs"))
    ap.add_argument("--render", default=RENDER)
    a = ap.parse_args()
    specs = a.specs or sorted(glob.glob(os.path.join(HERE, "specs", "*.json")))
    mod = load(a.render)
    sys.argv = [a.render] + specs + ["--out", a.out]
    mod.main()
    for sp in specs:
        with open(sp, encoding="utf-8") as f:
            spec = json.load(f)
        gp = os.path.join(a.out, spec["id"] + ".gold.json")
        with open(gp, encoding="utf-8") as f:
            g = json.load(f)
        if spec.get("notes"):
            g["source_note"] = spec["notes"]
        g["expect"].update(spec.get("gold") or {})
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
