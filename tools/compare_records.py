#!/usr/bin/env python3
"""Records before and after a change that must not change behaviour.

A refactoring or an optimisation is gated on this: the records of every
document named by a gold set (../shared/eval/*, tests/eval*, samples and
the golden records' inputs) must stay byte-identical.

    tools/compare_records.py snapshot OUT.ndjson [--cli build/bin/pressmill] [--explain] [--corpus]
    tools/compare_records.py diff BEFORE.ndjson AFTER.ndjson [--evidence-stage]

`snapshot` converts every such document in process order (sorted paths,
`--ordered`, so the file is the same from run to run) and writes one
record per line; `--corpus` adds every file of ../shared/corpus (press,
suites, hostile: about 1,200 more, a minute or so). `diff` compares two snapshots line by line and prints, for
each document whose record differs, the first differing keys; it exits 1
when any record differs, 0 when all are identical. `--evidence-stage`
compares an --explain snapshot made before the evidence items named their
stage with one made after: it drops that member ("stage", the first of
each item of AFTER's `evidence`) and compares the rest byte for byte.
Typical use:

    git stash; make -j2 all; tools/compare_records.py snapshot /tmp/a.ndjson
    git stash pop; make -j2 all; tools/compare_records.py snapshot /tmp/b.ndjson
    tools/compare_records.py diff /tmp/a.ndjson /tmp/b.ndjson
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def documents(corpus=False):
    """Every document named by a gold file we know of, as paths relative
    to the project folder (records carry source.path as given)."""
    found = set()
    gold_dirs = [os.path.join(ROOT, "..", "shared", "eval", d) for d in ("dev", "real", "real2")]
    # every folder of our own sets that holds gold (docs/, and eval10-13's
    # docx/, hard/, wordpdf/)
    gold_dirs += sorted(d for d in glob.glob(os.path.join(ROOT, "tests", "eval*", "*"))
                        if glob.glob(os.path.join(d, "*.gold.json")))
    for d in gold_dirs:
        for g in sorted(glob.glob(os.path.join(d, "*.gold.json"))):
            with open(g, encoding="utf-8") as fh:
                gold = json.load(fh)
            for p in gold.get("documents", []):
                full = os.path.normpath(os.path.join(d, p))
                if os.path.isfile(full):
                    found.add(os.path.relpath(full, ROOT))
    for p in glob.glob(os.path.join(ROOT, "samples", "*")):
        if os.path.isfile(p) and not p.endswith(".md"):
            found.add(os.path.relpath(p, ROOT))
    if corpus:
        base = os.path.join(ROOT, "..", "shared", "corpus")
        for top in ("press", "suites", "hostile"):
            for dirpath, _dirs, files in os.walk(os.path.join(base, top)):
                for f in files:
                    found.add(os.path.relpath(os.path.join(dirpath, f), ROOT))
    return sorted(found)


def snapshot(out, cli, explain, corpus):
    docs = documents(corpus)
    args = [cli, "convert", "--ndjson", "--ordered", "-j", "2"]
    if explain:
        args.append("--explain")
    with open(out, "wb") as fh:
        proc = subprocess.run(args + ["--files-from", "-"], cwd=ROOT,
                              input=("\n".join(docs) + "\n").encode(), stdout=fh)
    with open(out, "rb") as fh:
        lines = sum(1 for _ in fh)
    print(f"snapshot: {lines} records of {len(docs)} documents in {out} (exit {proc.returncode})")
    return 0 if lines == len(docs) else 1


EVIDENCE_STAGE = re.compile(r'\{"stage":"[a-z_]+",')


def without_evidence_stage(line):
    """The record as written before evidence items named their stage:
    evidence is the last member, and nothing before it can hold the
    member's bytes (a string's quotes are escaped)."""
    at = line.rfind('"evidence":{')
    return line if at < 0 else line[:at] + EVIDENCE_STAGE.sub("{", line[at:])


def load(path, drop_stage=False):
    recs = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            line = line.rstrip("\n")
            recs[rec["source"]["path"]] = without_evidence_stage(line) if drop_stage else line
    return recs


def first_differences(a, b, prefix=""):
    out = []
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a.keys()) != list(b.keys()):
            out.append(f"{prefix or '.'}: keys {list(a.keys())} != {list(b.keys())}")
        for k in a:
            if k in b and a[k] != b[k]:
                out += first_differences(a[k], b[k], f"{prefix}.{k}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                out += first_differences(x, y, f"{prefix}[{i}]")
    else:
        out.append(f"{prefix}: {json.dumps(a, ensure_ascii=False)[:120]} != "
                   f"{json.dumps(b, ensure_ascii=False)[:120]}")
    return out


def diff(before, after, drop_stage=False):
    a, b = load(before), load(after, drop_stage)
    changed = 0
    for path in sorted(set(a) | set(b)):
        if path not in a or path not in b:
            print(f"{path}: only in {'after' if path in b else 'before'}")
            changed += 1
        elif a[path] != b[path]:
            changed += 1
            print(f"{path}:")
            ja, jb = json.loads(a[path]), json.loads(b[path])
            diffs = first_differences(ja, jb) or ["(same values, different bytes)"]
            for d in diffs[:5]:
                print(f"  {d}")
    print(f"compare: {len(set(a) | set(b))} records, {changed} differ")
    return 1 if changed else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "snapshot":
        cli = os.path.join(ROOT, "build", "bin", "pressmill")
        if "--cli" in argv:
            cli = argv[argv.index("--cli") + 1]
        return snapshot(argv[2], cli, "--explain" in argv, "--corpus" in argv)
    if len(argv) in (4, 5) and argv[1] == "diff" and argv[4:] in ([], ["--evidence-stage"]):
        return diff(argv[2], argv[3], argv[4:] == ["--evidence-stage"])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
