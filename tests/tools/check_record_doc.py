#!/usr/bin/env python3
"""Keep the record's documentation true ('make check-docs').

  check_record_doc.py --schema schema/record.schema.json --doc docs/record.md \
      --readme README.md --golden tests/golden --sources core plugins

- every property of the schema (nested objects and array items included)
  has a row in docs/record.md, and every row names a property of the
  schema;
- the error codes table lists exactly the schema's error codes;
- the warnings table lists exactly the warning codes the sources emit,
  and marks as "informational" exactly those raised with PM_EFFECT_INFO
  (each raise says its effect, pm_doc_warn or pm_host_warn; docx's
  recover() raises PM_EFFECT_PARTIAL);
- README.md's record (its first ```json block, abbreviated: strings cut
  with "…", lists shortened, keys left out) agrees with the golden record
  of the same source.path, and its table of fields names every top-level
  property.
Prints 'docs: N passed, N failed'.
"""
import argparse
import json
import os
import re
import sys


def schema_paths(schema):
    """Dotted paths of every property: "source.properties.title",
    "body[].text"."""
    defs = schema.get("definitions", {})

    def resolve(node):
        while "$ref" in node:
            node = defs[node["$ref"].split("/")[-1]]
        return node

    def objects(node):
        """The object schemas a property may be (through oneOf/anyOf)."""
        node = resolve(node)
        out = []
        for alt in node.get("oneOf", []) + node.get("anyOf", []):
            out += objects(alt)
        if "properties" in node:
            out.append(node)
        return out

    paths = set()

    def walk(node, prefix):
        for obj in objects(node):
            for name, sub in obj["properties"].items():
                path = prefix + name
                paths.add(path)
                sub = resolve(sub)
                walk(sub, path + ".")
                if sub.get("type") == "array" or "items" in sub:
                    walk(sub.get("items", {}), path + "[].")

    walk(schema, "")
    return paths


def doc_tables(text):
    """(section heading, header cells, rows of cells) for each table."""
    tables = []
    section = None
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            section = line[3:].strip()
        if line.startswith("|") and i + 1 < len(lines) and re.match(r"^\|[-| ]+\|$", lines[i + 1]):
            header = [c.strip() for c in line.strip("|").split("|")]
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in re.split(r"(?<!\\)\|", lines[i].strip("|"))])
                i += 1
            tables.append((section, header, rows))
            continue
        i += 1
    return tables


def code_of(cell):
    m = re.match(r"^`([^`]+)`$", cell)
    return m.group(1) if m else None


def section_path(section):
    """"Top level" -> "", "`source.properties`" -> "source.properties."."""
    if section == "Top level":
        return ""
    m = re.match(r"^`([^`]+)`$", section or "")
    return m.group(1) + "." if m else None


def emitted_warnings(dirs):
    """code -> the effects it is raised with ("PM_EFFECT_INFO",
    "PM_EFFECT_PARTIAL", or "unsaid" for a warn() that does not say)."""
    pat = re.compile(r'(warn|recover)\((?:[^,;()]+,\s*){1,2}"([a-z0-9_]+\.[a-z0-9_.]+)"'
                     r'(?:,\s*(PM_EFFECT_[A-Z]+))?')
    codes = {}
    for d in dirs:
        for top, _, names in os.walk(d):
            for n in names:
                if n.endswith((".c", ".h")):
                    with open(os.path.join(top, n), encoding="utf-8", errors="replace") as fh:
                        for how, code, effect in pat.findall(fh.read()):
                            effect = effect or ("PM_EFFECT_PARTIAL" if how == "recover" else "unsaid")
                            codes.setdefault(code, set()).add(effect)
    return codes


def agrees(shown, real, where, problems):
    """shown (from the README) is an abbreviation of real."""
    if isinstance(shown, dict):
        if not isinstance(real, dict):
            problems.append("%s: an object in the README, %r in the record" % (where, real))
            return
        keys = [k for k in real if k in shown]
        if list(shown) != keys:
            extra = [k for k in shown if k not in real]
            problems.append("%s: keys %s" % (where, extra or "out of order"))
        for k in shown:
            if k in real:
                agrees(shown[k], real[k], where + "." + k, problems)
    elif isinstance(shown, list):
        if not isinstance(real, list) or len(shown) > len(real):
            problems.append("%s: a list of %d in the README, %r in the record"
                            % (where, len(shown), real))
            return
        for i, v in enumerate(shown):
            agrees(v, real[i], "%s[%d]" % (where, i), problems)
    elif isinstance(shown, str) and shown.endswith("…"):
        if not isinstance(real, str) or not real.startswith(shown[:-1]):
            problems.append("%s: %r does not start the record's %r" % (where, shown, real))
    elif shown != real:
        problems.append("%s: %r in the README, %r in the record" % (where, shown, real))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema", required=True)
    ap.add_argument("--doc", required=True)
    ap.add_argument("--readme", required=True)
    ap.add_argument("--golden", required=True)
    ap.add_argument("--sources", nargs="+", required=True)
    a = ap.parse_args()
    with open(a.schema, encoding="utf-8") as fh:
        schema = json.load(fh)
    with open(a.doc, encoding="utf-8") as fh:
        doc = fh.read()
    with open(a.readme, encoding="utf-8") as fh:
        readme = fh.read()
    passed = failed = 0

    def check(ok, name, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print("ok   " + name)
        else:
            failed += 1
            print("FAIL %s%s" % (name, (": " + detail) if detail else ""))

    want = schema_paths(schema)
    documented, codes, warnings, informational = set(), set(), set(), set()
    for section, header, rows in doc_tables(doc):
        first = header[0] if header else ""
        for row in rows:
            name = code_of(row[0])
            if not name:
                continue
            if first == "key":
                prefix = section_path(section)
                if prefix is not None:
                    documented.add(prefix + name)
            elif first == "code":
                codes.add(name)
            elif first == "warning":
                warnings.add(name)
                if len(row) > 1 and row[1].startswith("informational"):
                    informational.add(name)
    check(not (want - documented), "docs/record.md describes every property of the schema",
          "missing: " + ", ".join(sorted(want - documented)))
    check(not (documented - want), "docs/record.md describes no property the schema lacks",
          "not in the schema: " + ", ".join(sorted(documented - want)))
    enum = set(schema["definitions"]["error"]["properties"]["code"]["enum"])
    check(codes == enum, "docs/record.md lists exactly the schema's error codes",
          "missing %s, extra %s" % (sorted(enum - codes), sorted(codes - enum)))
    effects = emitted_warnings(a.sources)
    emitted = set(effects)
    check(warnings == emitted, "docs/record.md lists exactly the warning codes the sources emit",
          "missing %s, extra %s" % (sorted(emitted - warnings), sorted(warnings - emitted)))
    unsure = sorted(c for c, e in effects.items() if len(e) != 1 or "unsaid" in e)
    check(not unsure, "every warning is raised with one effect, said where it is raised",
          ", ".join("%s: %s" % (c, sorted(effects[c])) for c in unsure))
    info = {c for c, e in effects.items() if e == {"PM_EFFECT_INFO"}}
    check(info == informational & emitted, "docs/record.md marks as informational exactly the "
          "warnings raised with PM_EFFECT_INFO", "raised so but not marked %s, marked but not "
          "raised so %s" % (sorted(info - informational), sorted((informational & emitted) - info)))

    m = re.search(r"```json\n(.*?)```", readme, re.S)
    check(m is not None, "README.md shows a record (a ```json block)")
    if m:
        try:
            shown = json.loads(m.group(1))
        except ValueError as e:
            shown = None
            check(False, "README.md's record is valid JSON", str(e))
        if shown is not None:
            path = shown.get("source", {}).get("path", "")
            golden = os.path.join(a.golden, os.path.basename(path) + ".json")
            if not os.path.exists(golden):
                check(False, "README.md's record is one of the golden records", path)
            else:
                with open(golden, encoding="utf-8") as fh:
                    real = json.load(fh)
                problems = []
                agrees(shown, real, "record", problems)
                check(not problems, "README.md's record agrees with %s" % golden,
                      "; ".join(problems[:5]))
    top = [k for k in schema["properties"]]
    in_table = set()
    for section, header, rows in doc_tables(readme):
        if header and header[0] == "field":
            for r in rows:
                in_table.update(re.findall(r"`([^`]+)`", r[0]))
    check(all(k in in_table for k in top) and not (in_table - set(top) - {None}),
          "README.md's table of fields names every top-level property",
          "missing %s, extra %s" % ([k for k in top if k not in in_table],
                                    sorted(in_table - set(top) - {None})))
    print("docs: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
