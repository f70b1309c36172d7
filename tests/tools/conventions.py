#!/usr/bin/python3
"""The convention suite (issue 13): small releases written for the tests,
one per convention and language, each with the fields it must give.

Usage (from the repository root; 'make check-conventions' runs it):
  tests/tools/conventions.py --cli build/bin/pressmill [--cases tests/conventions]
        [--known tests/conventions/known-failures.txt] [--work build/conventions]
        [--update] [--show] [--by-convention] [--only GLOB]

Every tests/conventions/<family>/<name>.case is a header of expectations,
a line '---', and the document (README.md there describes the format).
The documents are written to WORK/docs, converted in one run of the CLI
(with the DOCX and PDF renderings kept in tests/conventions/rendered/),
and each expected field compared with the record's. It prints a table of
documents that pass, per family and language, and exits 1 when

  - a field fails that known-failures.txt does not list, or
  - a field known-failures.txt lists now passes (take it off the list:
    the list only shrinks), or names a case or field that does not exist,
  - a case is malformed, or its convention is not in the README's
    catalogue, or a catalogued convention has fewer than two cases.

--update rewrites known-failures.txt from this run (review the diff).
"""
import argparse
import collections
import fnmatch
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

META_KEYS = ("tables", "convention", "lang", "format", "render", "producer", "pdfinfo", "align", "links", "pull", "caption", "caption_font", "factbox", "side", "header", "footer", "measure",
             "superscripts", "breaks", "list", "note")
LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl", "ar")
FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2013": "-", "\u2014": "-", "\u2011": "-",
    "\u00ad": "",
})


class CaseError(Exception):
    pass


def norm(s):
    """Text as the gold scorer compares it: NFC, typographic quotes,
    dashes and spaces folded, white space collapsed."""
    s = unicodedata.normalize("NFC", s).translate(FOLD)
    s = re.sub(r'"\s+', '"', s)
    s = re.sub(r'\s+"', '"', s)
    return re.sub(r"\s+", " ", s).strip()


def parse_value(raw):
    """null, true, false, numbers, JSON strings and lists as JSON; anything
    else is the text itself."""
    raw = raw.strip()
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def parse_case(path, cid):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.split("\n")
    try:
        sep = lines.index("---")
    except ValueError:
        raise CaseError("%s: no '---' line between the header and the document" % path)
    case = {"id": cid, "path": path, "expect": [], "render": [], "format": "txt", "note": ""}
    for n, line in enumerate(lines[:sep], 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key = line.split(":", 1)[0].strip()
        if key in META_KEYS and ":" in line:
            val = line.split(":", 1)[1].strip()
            case[key] = val.split() if key == "render" else val
            continue
        # a field is one word, but for an acronym's short form, which may
        # hold spaces ("acronyms.EE. UU.")
        m = re.match(r"^(acronyms\..+?|\S+)\s+(\^=|!\*=|\*=|!=|=)\s?(.*)$", line)
        if not m:
            raise CaseError("%s:%d: neither 'key: value' nor 'field OP value': %r" % (path, n, line))
        case["expect"].append((m.group(1), m.group(2), parse_value(m.group(3))))
    for key in ("convention", "lang"):
        if not case.get(key):
            raise CaseError("%s: no '%s:' line" % (path, key))
    if case["format"] not in ("txt", "md"):
        raise CaseError("%s: format must be txt or md" % path)
    if not case["expect"]:
        raise CaseError("%s: no expected field" % path)
    seen = set()
    for field, op, _ in case["expect"]:
        if (field, op) in seen:
            raise CaseError("%s: '%s %s' given twice" % (path, field, op))
        seen.add((field, op))
    body = "\n".join(lines[sep + 1:])
    if not body.strip():
        raise CaseError("%s: empty document" % path)
    case["document"] = body.rstrip("\n") + "\n"
    return case


def load_cases(root):
    cases = []
    for dirpath, dirnames, files in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "rendered")
        for f in sorted(files):
            if f.endswith(".case"):
                path = os.path.join(dirpath, f)
                cid = os.path.relpath(path, root)[:-len(".case")]
                cases.append(parse_case(path, cid))
    return cases


def catalogue(readme):
    """The README's catalogue: {id: set of languages} from the table rows
    '| `id` | what | languages | source |'."""
    ids = {}
    with open(readme, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*`([a-z0-9_.]+)`\s*\|", line)
            if m:
                cells = [x.strip() for x in line.strip().strip("|").split("|")]
                if len(cells) != 4:
                    raise CaseError("%s: catalogue row %s: want 4 cells" % (readme, m.group(1)))
                ids[m.group(1)] = set(cells[2].split())
    return ids


def lookup(rec, field):
    """The record's value for a field path (README: 'Fields')."""
    parts = field.split(".")
    head = parts[0]
    if head == "about" and parts[1:] == ["headings"]:
        return [a.get("heading") for a in rec.get("about") or []]
    if head == "about" and parts[1:] == ["paragraphs"]:
        return [p for a in rec.get("about") or [] for p in a.get("paragraphs") or []]
    if head == "contacts" and len(parts) == 2 and parts[1] in ("names", "roles", "organizations",
                                                               "emails", "phones", "urls"):
        key = {"names": "name", "roles": "role", "organizations": "organization",
               "emails": "email", "phones": "phone", "urls": "url"}[parts[1]]
        return [c.get(key) for c in rec.get("contacts") or [] if c.get(key)]
    if head == "acronyms" and len(parts) >= 2 and not parts[1].isdigit():
        # the short form whole, points and all ("acronyms.U.S.", "acronyms.อบต.")
        short = field[len("acronyms."):]
        for a in rec.get("acronyms") or []:
            if a.get("short") == short:
                return a.get("long")
        return None
    if head == "body" and parts[1:] == ["texts"]:
        return [b.get("text") for b in rec.get("body") or []]
    if head == "warnings" and parts[1:] == ["codes"]:
        return [w.get("code") for w in rec.get("warnings") or []]
    val = rec
    for p in parts:
        if val is None:
            return None
        if isinstance(val, list):
            if not p.isdigit():
                raise CaseError("field %s: %s is a list, index it" % (field, p))
            i = int(p)
            val = val[i] if i < len(val) else None
        elif isinstance(val, dict):
            if p not in val:
                raise CaseError("field %s: the record has no %s" % (field, p))
            val = val[p]
        else:
            raise CaseError("field %s: %s is not an object" % (field, p))
    return val


def canon(val, field):
    """Both sides in one form: text normalised, places case-folded, e-mails
    lower case, phones as their digits."""
    if isinstance(val, list):
        return [canon(v, field) for v in val]
    if not isinstance(val, str):
        return val
    if field.endswith("phones") or field.endswith(".phone"):
        return re.sub(r"\D", "", val)
    s = norm(val)
    if field.endswith("location") or field.endswith("emails") or field.endswith(".email"):
        s = s.casefold()
    return s


def holds(got, op, want):
    if op == "=":
        return got == want
    if op == "!=":
        return got != want
    if not isinstance(want, str):
        raise CaseError("'%s' needs a text value" % op)
    if op == "^=":
        return isinstance(got, str) and got.startswith(want)
    if op == "!*=":
        return not holds(got, "*=", want)
    if isinstance(got, list):
        return any(isinstance(g, str) and want in g for g in got)
    return isinstance(got, str) and want in got


def short(v, n=90):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= n else s[:n - 1] + "…"


def documents(cases, work, cases_root):
    """(case, variant, path) for every document: the case's own text, and
    the renderings it names."""
    out = []
    docdir = os.path.join(work, "docs")
    for c in cases:
        path = os.path.join(docdir, c["id"] + "." + c["format"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(c["document"])
        out.append((c, c["format"], path))
        for fmt in c["render"]:
            r = os.path.join(cases_root, "rendered", c["id"] + "." + fmt)
            if not os.path.isfile(r):
                raise CaseError("%s: render %s named but %s is missing (tests/conventions/render.py)"
                                % (c["path"], fmt, r))
            out.append((c, fmt, r))
    return out


def convert(cli, paths, work):
    lst = os.path.join(work, "inputs.lst")
    with open(lst, "w", encoding="utf-8") as fh:
        fh.write("".join(p + "\n" for p in paths))
    proc = subprocess.run([cli, "convert", "--ndjson", "-q", "-j", "2", "--files-from", lst],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    recs = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            recs[r["source"]["path"]] = r
    return recs, proc


def read_known(path):
    known = {}
    if not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2:
                raise CaseError("%s:%d: want 'CASE[@FORMAT] FIELD'" % (path, n))
            known[(parts[0], parts[1])] = n
    return known


def write_known(path, failures):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# Convention cases whose field fails today: 'CASE[@FORMAT] FIELD'.\n"
                 "# Written by 'make conventions-update' (tests/tools/conventions.py --update);\n"
                 "# 'make check-conventions' fails when a field not listed here fails, or when\n"
                 "# one listed here passes: the list only shrinks as the rules learn.\n")
        for key in sorted(failures):
            fh.write("%s %s\n" % key)


def table(rows, title, cols):
    """rows: {name: {col: [passed, total]}}"""
    width = max([len(title)] + [len(r) for r in rows]) + 2
    head = title.ljust(width) + "".join(c.rjust(8) for c in cols + ["all"])
    lines = [head, "-" * len(head)]
    totals = collections.defaultdict(lambda: [0, 0])
    for name in sorted(rows):
        cells, allp, allt = [], 0, 0
        for c in cols:
            p, t = rows[name].get(c, (0, 0))
            cells.append(("%d/%d" % (p, t) if t else "-").rjust(8))
            allp, allt = allp + p, allt + t
            totals[c][0] += p
            totals[c][1] += t
        cells.append(("%d/%d" % (allp, allt)).rjust(8))
        lines.append(name.ljust(width) + "".join(cells))
    lines.append("-" * len(head))
    tp = sum(v[0] for v in totals.values())
    tt = sum(v[1] for v in totals.values())
    lines.append("all".ljust(width) + "".join(
        (("%d/%d" % tuple(totals[c])) if totals[c][1] else "-").rjust(8) for c in cols)
        + ("%d/%d" % (tp, tt)).rjust(8))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--cases", default="tests/conventions")
    ap.add_argument("--known", default=None)
    ap.add_argument("--work", default="build/conventions")
    ap.add_argument("--update", action="store_true", help="rewrite the known failures from this run")
    ap.add_argument("--show", action="store_true", help="print every failing field, known or not")
    ap.add_argument("--by-convention", action="store_true", help="also a table per convention id")
    ap.add_argument("--only", help="run only the cases whose id or convention matches this glob")
    a = ap.parse_args()
    known_path = a.known or os.path.join(a.cases, "known-failures.txt")

    problems = []
    try:
        cases = load_cases(a.cases)
        ids = catalogue(os.path.join(a.cases, "README.md"))
        known = read_known(known_path)
    except CaseError as e:
        print("conventions: %s" % e, file=sys.stderr)
        return 1
    per_conv = collections.Counter(c["convention"] for c in cases)
    for c in cases:
        if c["convention"] not in ids:
            problems.append("%s: convention %s is not in the README's catalogue" % (c["id"], c["convention"]))
    for i in ids:
        if per_conv[i] < 2:
            problems.append("convention %s has %d case(s); every convention needs two or more"
                            % (i, per_conv[i]))
        langs = set(c["lang"] for c in cases if c["convention"] == i)
        if per_conv[i] and langs != ids[i]:
            problems.append("convention %s: the catalogue says languages %s, the cases are in %s"
                            % (i, " ".join(sorted(ids[i])), " ".join(sorted(langs))))
    if a.only:
        cases = [c for c in cases if fnmatch.fnmatch(c["id"], a.only) or fnmatch.fnmatch(c["convention"], a.only)]

    os.makedirs(a.work, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=a.work) as tmp:
        try:
            docs = documents(cases, tmp, a.cases)
        except CaseError as e:
            print("conventions: %s" % e, file=sys.stderr)
            return 1
        recs, proc = convert(a.cli, [d[2] for d in docs], tmp)

        failures = {}
        fields_seen = set()
        by_family = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
        by_conv = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
        by_field = collections.defaultdict(lambda: [0, 0])
        for c, variant, path in docs:
            key = c["id"] if variant == c["format"] else c["id"] + "@" + variant
            rec = recs.get(path)
            ok_doc = True
            for field, op, want in c["expect"]:
                fields_seen.add((key, field))
                try:
                    if rec is None:
                        raise CaseError("no record (exit %d: %s)" % (proc.returncode, proc.stderr.decode()[-200:]))
                    got = lookup(rec, field)
                    ok = holds(canon(got, field), op, canon(want, field))
                    why = "%s %s %s, got %s" % (field, op, short(want), short(got))
                except CaseError as e:
                    ok, why = False, "%s: %s" % (field, e)
                by_field[field][1] += 1
                if ok:
                    by_field[field][0] += 1
                else:
                    ok_doc = False
                    failures[(key, field)] = why
            lang = c["lang"] if c["lang"] in LANGUAGES else "other"
            family = c["convention"].rsplit(".", 1)[0]
            for tbl, row in ((by_family, family), (by_conv, c["convention"])):
                tbl[row][lang][1] += 1
                tbl[row][lang][0] += ok_doc

    cols = list(LANGUAGES) + ["other"]
    print("convention cases: documents whose every expected field holds, per family and language")
    print(table(by_family, "family", cols))
    if a.by_convention:
        print()
        print(table(by_conv, "convention", cols))
    print()
    fields = collections.defaultdict(lambda: [0, 0])
    for f, (p, t) in by_field.items():
        name = "acronyms.SHORT" if f.startswith("acronyms.") else f
        fields[name][0] += p
        fields[name][1] += t
    cells = ["%s %d/%d" % (f, p, t) for f, (p, t) in sorted(fields.items())]
    line = "fields:"
    for cell in cells:
        if len(line) + len(cell) > 100:
            print(line)
            line = "       "
        line += " " + cell
    print(line)

    if a.update:
        if a.only:
            print("conventions: --update needs the whole suite, not --only", file=sys.stderr)
            return 2
        write_known(known_path, failures)
        print("conventions: wrote %s (%d failing fields)" % (known_path, len(failures)))
        return 1 if problems else 0

    new = sorted(k for k in failures if k not in known)
    fixed = sorted(k for k in known if k not in failures and k in fields_seen)
    stale = [] if a.only else sorted(k for k in known if k not in fields_seen)
    if a.show:
        for k in sorted(failures):
            print("  %s%s %s" % ("" if k in known else "NEW ", k[0], failures[k]))
    for k in new:
        problems.append("FAIL %s: %s" % (k[0], failures[k]))
    for k in fixed:
        problems.append("PASS %s %s now holds: take it off %s" % (k[0], k[1], known_path))
    for k in stale:
        problems.append("%s:%d: %s %s is no case's field" % (known_path, known[k], k[0], k[1]))
    print("conventions: %d documents, %d fields checked, %d failing (%d known), %d problem(s)"
          % (len(docs), len(fields_seen), len(failures), len(failures) - len(new), len(problems)))
    for p in problems:
        print("conventions: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
