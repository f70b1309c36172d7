#!/usr/bin/python3
"""Render tests/eval/specs/*.json into tests/eval/docs/ with ../shared/eval/render.py.

Usage (from the repository root, with Debian's python3-docx, LibreOffice, Chromium):
  /usr/bin/python3 tests/eval/render.py [SPEC.json ...] [--out tests/eval/docs]

render.py writes each gold file from the spec. A spec may carry a "gold"
object that this script merges into the gold file's "expect" afterwards:

- "byline": the byline as RECORD.md wants it where it differs from the
  printed line ("By Kendra Ashby" gives "Kendra Ashby"); score.py scores it.
- "release", "embargo", "end_mark", "date_ambiguous", "quotes" (a list of
  {"speaker": ...}): fields score.py does not score; tests/eval/extra.py
  checks them.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RENDER = os.path.join(os.path.dirname(ROOT), "shared", "eval", "render.py")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--out", default=os.path.join(HERE, "docs"))
    ap.add_argument("--render", default=RENDER)
    a = ap.parse_args()
    specs = a.specs or sorted(glob.glob(os.path.join(HERE, "specs", "*.json")))
    subprocess.run(["/usr/bin/python3", a.render] + specs + ["--out", a.out], check=True)
    for sp in specs:
        with open(sp, encoding="utf-8") as f:
            spec = json.load(f)
        extra = spec.get("gold")
        if not extra:
            continue
        gp = os.path.join(a.out, spec["id"] + ".gold.json")
        with open(gp, encoding="utf-8") as f:
            g = json.load(f)
        g["expect"].update(extra)
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
