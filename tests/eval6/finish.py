#!/usr/bin/python3
"""Finish the eval6 and eval7 renders: the Markdown form, and the gold of the hard layouts.

Usage (from the repository root, after tests/eval3/render.py and
tests/eval4/render.py have written docs/ and hard/; eval7 the same):
  /usr/bin/python3 tests/eval6/finish.py tests/eval6/specs/*.json --out tests/eval6/docs --hard tests/eval6/hard

1. ../shared/eval/render.py renders TXT, DOCX and PDF only. A spec's
"markdown" object asks for a fourth form, <id>.md, as a static-site
generator keeps a release: YAML front matter ("front_matter": its lines,
which hold the title), the title again as a '# ' heading when
"title_heading" is true (eval7; else no title in the text), the dateline leading the
first paragraph, the words of "emphasis" in *asterisks*, the About and
contact headings as '## ' headings (a trailing colon dropped), contact
lines ended by two spaces (a Markdown line break). The .md is added to the
gold file's documents, so its record must equal the other formats'.

2. tests/eval4/render.py writes render.py's derived gold and ignores the
spec's "gold" overrides; eval6 and eval7 have specs whose gold needs them (a
dateline printed after the standfirst, a date given only by the release line;
a byline or a closing date printed as a paragraph, contacts above the title
or after the end mark), so
they are merged into every hard/<id>-<layout>.gold.json too, then the
spec's "gold_hard" (what differs there: eval4 does not print the
"letterhead" lines).
"""
import argparse
import glob
import json
import os
import sys


def markdown(spec):
    md = spec["markdown"]
    out = ["---"] + md["front_matter"] + ["---", ""]
    if md.get("title_heading"):
        out += ["# " + spec["headline"], ""]
    dl = spec.get("dateline")
    for i, p in enumerate(spec.get("paragraphs") or []):
        text = p["text"]
        for e in md.get("emphasis") or []:
            text = text.replace(e, "*" + e + "*")
        if i == 0 and dl:
            text = dl["text"] + dl.get("sep", " \u2013 ") + text
        if p.get("type") == "heading":
            text = "## " + text
        elif p.get("type") == "list_item":
            text = "- " + text
        out += [text, ""]
    ab = spec.get("about")
    if ab:
        out += ["## " + ab["heading"].rstrip(" :"), ""]
        for p in ab["paragraphs"]:
            out += [p, ""]
    ct = spec.get("contacts")
    if ct:
        out += ["## " + ct["heading"].rstrip(" :"), ""]
        out += [ln + "  " for ln in ct["lines"][:-1]] + ct["lines"][-1:] + [""]
    if spec.get("end_mark"):
        out += [spec["end_mark"], ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--hard", help="the folder tests/eval4/render.py wrote")
    a = ap.parse_args()
    for sp in a.specs:
        with open(sp, encoding="utf-8") as f:
            spec = json.load(f)
        if a.hard:
            for gp in glob.glob(os.path.join(a.hard, spec["id"] + "-*.gold.json")):
                with open(gp, encoding="utf-8") as f:
                    g = json.load(f)
                g["expect"].update(spec.get("gold") or {})
                g["expect"].update(spec.get("gold_hard") or {})
                if spec.get("notes"):
                    g["source_note"] = spec["notes"]
                with open(gp, "w", encoding="utf-8") as f:
                    json.dump(g, f, ensure_ascii=False, indent=1)
        # the docs/ gold again, so that an edited "gold" needs no new render
        # (tests/eval3/render.py merged it the same way)
        gp = os.path.join(a.out, spec["id"] + ".gold.json")
        with open(gp, encoding="utf-8") as f:
            g = json.load(f)
        g["expect"].update(spec.get("gold") or {})
        if spec.get("notes"):
            g["source_note"] = spec["notes"]
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
        if not spec.get("markdown"):
            continue
        name = spec["id"] + ".md"
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(markdown(spec))
        gp = os.path.join(a.out, spec["id"] + ".gold.json")
        with open(gp, encoding="utf-8") as f:
            g = json.load(f)
        if name not in g["documents"]:
            g["documents"].append(name)
            g["producers"]["md"] = "render_md.py"
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
