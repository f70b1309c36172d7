#!/usr/bin/env python3
"""A 1.0 consumer reads a 1.1 record as it read 1.0 ('make check-golden').

  check_compat10.py OLD_DIR RECORDS.ndjson...

OLD_DIR holds the records pressmill.record/1 gave for samples/
(tests/golden-1.0, frozen at the 1.1 bump). For each record of RECORDS
whose source.path names one of them: the keys 1.0 had come first, in the
same order, with the same values (but `schema`, which says 1.1), and the
keys after them are exactly those 1.1 appended (docs/record.md,
"Versions"), in their order; inside objects likewise (quotes[] gain role
and organization after their 1.0 keys, contacts[] e164). Prints 'compat-1.0: N passed, N failed'.
"""
import json
import os
import sys

# the keys record 1.1 appends after producer, in order; another branch's
# (tables, links, images) join this list when they land
APPENDED_11 = ["lead", "kind", "reference", "issuer", "tables", "links", "images", "notes",
               # record 1.2 appends furniture after them
               "furniture"]
# and inside objects of 1.0, after their keys: quotes[] gain the speaker's
# role and organisation
APPENDED_INSIDE = {"quotes[]": ["role", "organization"], "contacts[]": ["e164"],
                   "source.properties": ["tags", "categories"]}


def old_view(was, new, where, problems):
    """new as a 1.0 consumer reads it: the keys 1.0 had, first, in order,
    with 1.0's values; keys appended inside objects only where 1.1 says."""
    if isinstance(was, dict) and isinstance(new, dict):
        keys = list(new)
        if keys[:len(was)] != list(was):
            problems.append("%s: the 1.0 keys are not first, in order" % where)
            return
        extra = keys[len(was):]
        # optional keys (source.properties has only those the file gives):
        # each appended key is one 1.1 names there, in its order
        if extra and extra != [k for k in APPENDED_INSIDE.get(where, []) if k in extra]:
            problems.append("%s: keys appended %s" % (where, extra))
        for k in was:
            old_view(was[k], new[k], "%s.%s" % (where, k) if where else k, problems)
    elif isinstance(was, list) and isinstance(new, list) and len(was) == len(new):
        for a, b in zip(was, new):
            old_view(a, b, where + "[]", problems)
    elif was != new:
        problems.append("%s differs from 1.0" % where)


def main():
    old_dir, files = sys.argv[1], sys.argv[2:]
    old = {}
    for name in sorted(os.listdir(old_dir)):
        with open(os.path.join(old_dir, name), encoding="utf-8") as fh:
            r = json.load(fh)
        old[r["source"]["path"]] = r
    passed = failed = 0
    seen = set()
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                new = json.loads(line)
                was = old.get(new["source"]["path"])
                if was is None:
                    continue
                seen.add(new["source"]["path"])
                problems = []
                if new.get("schema") != "pressmill.record/1.2":
                    problems.append("schema is %r" % new.get("schema"))
                keys10 = [k for k in was if k != "evidence"]
                keys = list(new)
                if keys[:len(keys10)] != keys10:
                    problems.append("the 1.0 keys are not first, in order: %s" % keys[:len(keys10)])
                extra = [k for k in keys[len(keys10):] if k != "evidence"]
                if extra != [k for k in APPENDED_11 if k in extra]:
                    problems.append("keys after producer: %s" % extra)
                for k in keys10:
                    if k != "schema" and k in new:
                        old_view(was[k], new[k], k, problems)
                if problems:
                    failed += 1
                    print("FAIL %s: %s" % (new["source"]["path"], "; ".join(problems)))
                else:
                    passed += 1
    for p in sorted(set(old) - seen):
        failed += 1
        print("FAIL %s: no record to compare" % p)
    print("compat-1.0: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
