#!/usr/bin/env python3
"""Score the shared gold sets in two halves, split by release.

Rules are tuned looking at half A only; half B is the check that they
generalise (a gap of more than 0.03 on a field means a rule was fitted to
files). The split is by a hash of the release id, so it is stable, needs no
list kept in the project, and puts every format of one release on the same
side.

    tools/score_halves.py [--sets real2,real,dev] [--half A|B|both]
                          [--cmd 'build/bin/pressmill convert --ndjson']
                          [--show] [--json] [--formats pdf]
    tools/score_halves.py --sets tests/eval12/wordpdf   (a set of our own)

Gold files are copied to build/halves/<set>/<half>/ with their document
paths made absolute, then ../shared/eval/score.py scores each copy.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval"))


def half_of(release_id):
    """'A' or 'B' from the release id (the gold file's "id"). Two golds of
    one release given in two formats (ids ending -docx / -pdf) go together,
    and so do renditions of it (a -poor or -sound scan of a release whose
    born-digital files are scored in another folder of the same set):
    otherwise one release would be tuned on in half A and checked in half B."""
    base = release_id
    for tail in ("-poor", "-sound", "-docx", "-pdf", "-txt", "-md"):
        if base.endswith(tail):
            base = base[: -len(tail)]
    digest = hashlib.sha256(base.encode("utf-8")).digest()
    return "A" if digest[0] % 2 == 0 else "B"


def set_dir(set_name):
    """A shared set by name (real2), or a folder of golds of our own given
    as a path (tests/eval34/docs), so that a set we write can be split too."""
    if "/" in set_name:
        return os.path.normpath(os.path.join(ROOT, set_name))
    return os.path.join(EVAL, set_name)


def split(set_name, out_root):
    src = set_dir(set_name)
    counts = {"A": 0, "B": 0}
    for half in counts:
        d = os.path.join(out_root, set_name, half)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.unlink(os.path.join(d, f))
    for name in sorted(os.listdir(src)):
        if not name.endswith(".gold.json"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as fh:
            gold = json.load(fh)
        gold["documents"] = [os.path.normpath(os.path.join(src, p))
                             for p in gold.get("documents", [])]
        half = half_of(gold.get("id", name))
        counts[half] += 1
        with open(os.path.join(out_root, set_name, half, name), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False)
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="real2,real,dev")
    ap.add_argument("--half", default="both", choices=["A", "B", "both"])
    ap.add_argument("--cmd", default="build/bin/pressmill convert --ndjson")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--formats")
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(EVAL, "score.py")):
        print("score_halves: no ../shared/eval/score.py, nothing to score", file=sys.stderr)
        return 0
    out_root = os.path.join(ROOT, "build", "halves")
    halves = ["A", "B"] if args.half == "both" else [args.half]
    for set_name in args.sets.split(","):
        counts = split(set_name, out_root)
        for half in halves:
            print(f"== {set_name} half {half} ({counts[half]} releases)", flush=True)
            cmd = [sys.executable, os.path.join(EVAL, "score.py"),
                   os.path.join(out_root, set_name, half), "--cmd", args.cmd]
            if args.show:
                cmd.append("--show")
            if args.json:
                cmd.append("--json")
            if args.formats:
                cmd += ["--formats", args.formats]
            subprocess.run(cmd, cwd=ROOT, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
