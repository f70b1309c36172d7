#!/usr/bin/env python3
"""Validate pressmill records against the record schema, and compare them
with golden records.

  check_records.py --schema S validate FILE.ndjson...
  check_records.py --schema S golden GOLDEN_DIR RECORDS.ndjson [--update]

Golden records are compared whole; keys listed in VOLATILE are ignored
(none today: records are deterministic). Prints 'N passed, N failed'.
"""
import argparse
import json
import os
import sys

try:
    import jsonschema
except ImportError:  # pragma: no cover - make deps installs it
    sys.stderr.write("python3-jsonschema is missing: run 'make deps'\n")
    sys.exit(2)


def load_records(paths):
    recs = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if line:
                    try:
                        recs.append((p, n, json.loads(line)))
                    except ValueError as e:
                        recs.append((p, n, e))
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema", required=True)
    ap.add_argument("mode", choices=["validate", "golden"])
    ap.add_argument("args", nargs="+")
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    with open(a.schema, encoding="utf-8") as fh:
        schema = json.load(fh)
    validator = jsonschema.Draft7Validator(schema)
    passed = failed = 0
    if a.mode == "validate":
        for p, n, r in load_records(a.args):
            errs = [r] if isinstance(r, Exception) else list(validator.iter_errors(r))
            if errs:
                failed += 1
                for e in errs[:3]:
                    print("invalid record %s:%d: %s" % (p, n, getattr(e, "message", e)))
            else:
                passed += 1
    else:
        gdir, recfile = a.args[0], a.args[1]
        for p, n, r in load_records([recfile]):
            if isinstance(r, Exception):
                failed += 1
                print("unreadable record %s:%d" % (p, n))
                continue
            errs = list(validator.iter_errors(r))
            src = r["source"]["path"]
            gold = os.path.join(gdir, os.path.basename(src) + ".json")
            if a.update:
                with open(gold, "w", encoding="utf-8") as fh:
                    json.dump(r, fh, ensure_ascii=False, indent=1)
                    fh.write("\n")
            if errs:
                failed += 1
                print("invalid record for %s: %s" % (src, errs[0].message))
                continue
            if not os.path.exists(gold):
                failed += 1
                print("no golden record %s (make golden-update)" % gold)
                continue
            with open(gold, encoding="utf-8") as fh:
                want = json.load(fh)
            if want != r:
                failed += 1
                diff = [k for k in set(want) | set(r) if want.get(k) != r.get(k)]
                print("golden mismatch %s: %s" % (src, ", ".join(sorted(diff))))
            else:
                passed += 1
    print("records: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
