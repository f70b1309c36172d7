#!/usr/bin/env python3
"""lexc.py - the lexicon compiler: core/lexicon/*.lex into C.

    tools/lexc.py [-o OUT.c] [--list] SECTIONS.def FILE.lex...

Reads the sections and tags that SECTIONS.def declares and the .lex files
(one per language, any.lex for the language-neutral lists), checks them
and writes the C source that the library compiles (tables only: a
compressed trie of case-folded keys per section, the entries, a string
pool; core/lexicon.c walks them). Without -o it only checks; --list
prints every entry as section, language, entry, value, tags (tab-separated).

Any error (an unknown section or tag, a malformed line, a value out of
range, a word listed twice in one list, a missing mandatory section, an
optional section a language file neither fills nor declares in its
[not_applicable] list, text that is not UTF-8 NFC) is printed as FILE:LINE: message and the exit
status is 1, so that make stops. The format is described in
core/lexicon/README.
"""
import os
import re
import sys
import unicodedata

# ---- sections.def -------------------------------------------------------

NEEDS = ("LANG", "ANY", "BOTH", "OPT")
# how many entries of one section may open one text (PM_LEX_MAX_NESTED in
# core/text/text.h, the size of the rules' arrays of matches)
NESTED_MAX = 16
VALUES = ("NONE", "MONTH", "WEEKDAY", "NUMBER", "OFFSET")
FOLDS = ("NZ", "BASE")


class Section:
    def __init__(self, upper, name, need, value, fold, tags, line):
        self.upper, self.name, self.need, self.value, self.fold = upper, name, need, value, fold
        self.tags = set(tags.split()) | {"pending"}
        self.line = line


def read_sections(path):
    sections, tags, errors = [], [], []
    text = open(path, encoding="utf-8").read()
    for no, line in enumerate(text.split("\n"), 1):
        m = re.match(r'\s*PM_LEX_TAG_DEF\((\w+),\s*(\w+)\)\s*$', line)
        if m:
            if m.group(1) != m.group(2).upper():
                errors.append(f"{path}:{no}: tag {m.group(2)}: its C name must be {m.group(2).upper()}")
            tags.append(m.group(2))
            continue
        m = re.match(r'\s*PM_LEX_SECTION_DEF\((\w+),\s*(\w+),\s*(\w+),\s*(\w+),\s*(\w+),\s*"([a-z_ ]*)"\)\s*$', line)
        if m:
            up, name, need, value, fold, tg = m.groups()
            if up != name.upper():
                errors.append(f"{path}:{no}: section {name}: its C name must be {name.upper()}")
            if need not in NEEDS or value not in VALUES or fold not in FOLDS:
                errors.append(f"{path}:{no}: section {name}: need, value or fold unknown")
            sections.append(Section(up, name, need, value, fold, tg, no))
            continue
        if "PM_LEX_" in line and not line.lstrip().startswith(("*", "/*")):
            errors.append(f"{path}:{no}: cannot read this declaration")
    names = [s.name for s in sections]
    for n in set(names):
        if names.count(n) > 1:
            errors.append(f"{path}: section {n} declared twice")
    if len(tags) > 32 or len(set(tags)) != len(tags):
        errors.append(f"{path}: at most 32 tags, each once")
    for s in sections:
        for t in s.tags - set(tags):
            errors.append(f"{path}:{s.line}: section {s.name}: tag {t} is not declared")
    return sections, tags, errors


# ---- folding (must agree with pm_lex_fold_cp() in core/lexicon.c) -------

def fold_nz(c):
    if 0x61 <= c <= 0x7A:
        return c - 32
    if 0xE0 <= c <= 0xFE and c != 0xF7:
        return c - 32
    if c == 0x2019:
        return 0x27
    return c


def fold_base(c):
    if c == 0x2019:
        return 0x27
    if c < 0x80:
        return c + 32 if 0x41 <= c <= 0x5A else c
    if c in (0x152, 0x153):
        return ord("o")
    if c in (0xC6, 0xE6):
        return ord("a")
    s = unicodedata.normalize("NFD", chr(c).casefold())
    s = [ch for ch in s if not unicodedata.category(ch).startswith("M")]
    return ord(s[0]) if s else c


def fold_key(text, fold):
    f = fold_base if fold == "BASE" else fold_nz
    return tuple(f(ord(ch)) for ch in text)


# ---- .lex files ---------------------------------------------------------

class Entry:
    __slots__ = ("section", "lang", "text", "value", "num", "tags", "stem", "path", "line", "key")


def parse_value(kind, raw):
    """(num, error) for the value written after '='."""
    if kind == "OFFSET":
        if raw == "Z":
            return 0, None
        m = re.fullmatch(r"([+-])(\d\d):(\d\d)", raw)
        if not m or int(m.group(2)) > 14 or m.group(3) not in ("00", "15", "30", "45"):
            return 0, f"offset {raw!r}: write +HH:MM, -HH:MM or Z"
        mins = int(m.group(2)) * 60 + int(m.group(3))
        return (-mins if m.group(1) == "-" else mins), None
    if not re.fullmatch(r"\d{1,4}", raw):
        return 0, f"value {raw!r} is not a number"
    v = int(raw)
    lo, hi = {"MONTH": (1, 12), "WEEKDAY": (1, 7), "NUMBER": (0, 9999)}[kind]
    if not lo <= v <= hi:
        return 0, f"value {v} out of {lo}-{hi}"
    return v, None


def split_entry(s):
    """An entry line: text, stem, value, tags; or raises ValueError."""
    i = 0
    if s.startswith('"'):
        out, i = [], 1
        while i < len(s) and s[i] != '"':
            if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in '"\\':
                i += 1
            out.append(s[i])
            i += 1
        if i >= len(s):
            raise ValueError("unterminated quotes")
        text, i = "".join(out), i + 1
        stem = i < len(s) and s[i] == "*"
        if stem:
            i += 1
        rest = s[i:]
        if rest and not rest[0].isspace():
            raise ValueError("text after the closing quote")
    else:
        m = re.match(r"[^={#]*", s)
        text = m.group(0)
        cut = text.find(" #")
        if cut >= 0:
            text = text[:cut]
        rest = s[len(text):]
        text = text.rstrip()
        stem = text.endswith("*")
        if stem:
            text = text[:-1]
        if text != text.strip() or not text:
            raise ValueError("an entry is needed before '=', '{' or '#'")
    rest = rest.strip()
    value = tags = None
    if rest.startswith("="):
        m = re.match(r"=\s*([^{#\s]+)\s*", rest)
        if not m:
            raise ValueError("a value is needed after '='")
        value, rest = m.group(1), rest[m.end():]
    if rest.startswith("{"):
        m = re.match(r"\{([a-z_ ,]*)\}\s*", rest)
        if not m:
            raise ValueError("tags are written {tag, tag}")
        tags, rest = set(re.split(r"[ ,]+", m.group(1).strip())) - {""}, rest[m.end():]
    if rest and not rest.startswith("#"):
        raise ValueError(f"cannot read {rest!r} (quote an entry that holds '=', '{{' or '#')")
    return text, stem, value, tags or set()


def check_text(text):
    if unicodedata.normalize("NFC", text) != text:
        return "not in Unicode NFC form (the normaliser's text is)"
    for ch in text:
        cat = unicodedata.category(ch)
        if cat.startswith("C") or (cat.startswith("Z") and ch != " "):
            return f"holds U+{ord(ch):04X} (a control or a space other than U+0020)"
    if "  " in text:
        return "two spaces in a row"
    if len(text) > 60:
        return "is longer than 60 characters (a lookup follows at most 64 nodes)"
    return None


# The pseudo-section of a language file that names, one a line, the
# optional sections that do not apply to the language, each with its
# reason after " # " ("place_particles  # no letter case: ..."). A
# language file must fill every optional section or name it here
# (issue 13: a language is complete when every section is one or the
# other), so that emptying a list stops the build.
NOT_APPLICABLE = "not_applicable"


def read_lex(path, lang, sections, errors, not_applicable=None):
    by_name = {s.name: s for s in sections}
    entries, seen_sections = [], {}
    na_open = False
    try:
        raw = open(path, "rb").read().decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{path}: not UTF-8 ({e})")
        return entries, seen_sections
    sec, block_tags = None, set()
    for no, line in enumerate(raw.split("\n"), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        where = f"{path}:{no}"
        if s.startswith("["):
            m = re.fullmatch(r"\[([a-z_]+)\]", s)
            na_open = bool(m) and m.group(1) == NOT_APPLICABLE
            if na_open:
                if not_applicable is None:
                    errors.append(f"{where}: only a language file declares [{NOT_APPLICABLE}] sections")
                elif NOT_APPLICABLE in seen_sections:
                    errors.append(f"{where}: section [{NOT_APPLICABLE}] already opened at line "
                                  f"{seen_sections[NOT_APPLICABLE][0]}")
                seen_sections.setdefault(NOT_APPLICABLE, [no, 0])
                sec = None
                continue
            if not m or m.group(1) not in by_name:
                errors.append(f"{where}: unknown section {s} (sections.def declares them)")
                sec = None
                continue
            if m.group(1) in seen_sections:
                errors.append(f"{where}: section [{m.group(1)}] already opened at line {seen_sections[m.group(1)][0]}")
            sec = by_name[m.group(1)]
            seen_sections.setdefault(sec.name, [no, 0])
            block_tags = set()
            continue
        if s.startswith("{"):
            m = re.fullmatch(r"\{([a-z_ ,]*)\}", s)
            if not m:
                errors.append(f"{where}: a tag line is {{tag, tag}} alone")
                continue
            block_tags = set(re.split(r"[ ,]+", m.group(1).strip())) - {""}
            if sec:
                for t in block_tags - sec.tags:
                    errors.append(f"{where}: tag {t} is not allowed in [{sec.name}]")
            continue
        if na_open:
            m = re.fullmatch(r"([a-z_]+) +# *(\S.*)", s)
            if not m:
                errors.append(f"{where}: [{NOT_APPLICABLE}] takes a section's name, then ' # ' and why "
                              f"it does not apply to the language")
            elif m.group(1) not in by_name or by_name[m.group(1)].need != "OPT":
                errors.append(f"{where}: [{NOT_APPLICABLE}] names {m.group(1)}, which is no optional "
                              f"section of sections.def")
            elif not_applicable is not None:
                if m.group(1) in not_applicable:
                    errors.append(f"{where}: {m.group(1)} is already declared not applicable")
                not_applicable.setdefault(m.group(1), no)
            continue
        if sec is None:
            errors.append(f"{where}: an entry outside a known section")
            continue
        try:
            text, stem, value, tags = split_entry(s)
        except ValueError as e:
            errors.append(f"{where}: {e}")
            continue
        bad = check_text(text) or (check_text(value) if value else None)
        if bad:
            errors.append(f"{where}: {text!r} {bad}")
            continue
        for t in tags - sec.tags:
            errors.append(f"{where}: tag {t} is not allowed in [{sec.name}]")
        num = 0
        if value is not None and sec.value == "NONE":
            errors.append(f"{where}: [{sec.name}] takes no value")
            continue
        if value is None and sec.value not in ("NONE", "OFFSET"):
            errors.append(f"{where}: [{sec.name}] needs a value ({sec.value.lower()}) after '='")
            continue
        if value is not None:
            num, err = parse_value(sec.value, value)
            if err:
                errors.append(f"{where}: {err}")
                continue
        e = Entry()
        e.section, e.lang, e.text, e.value, e.num = sec, lang, text, value, num
        e.tags, e.stem, e.path, e.line = (tags | block_tags) & sec.tags, stem, path, no
        e.key = fold_key(text, sec.fold)
        entries.append(e)
        seen_sections[sec.name][1] += 1
    return entries, seen_sections


def check_all(sections, files, errors):
    """Read every file; the entries, and the language codes in id order."""
    langs, entries = [], []
    for path in files:
        m = re.fullmatch(r"([a-z]{2,3}|any)\.lex", os.path.basename(path))
        if not m:
            errors.append(f"{path}: a lexicon file is named LANG.lex (ISO 639-1 code) or any.lex")
            continue
        langs.append((m.group(1), path))
    codes = sorted(c for c, _ in langs)
    if "any" not in codes:
        errors.append("any.lex is missing")
    order = ["any"] + [c for c in codes if c != "any"]
    if len(order) > 32:
        errors.append("at most 31 languages")
    for code, path in sorted(langs, key=lambda cp: order.index(cp[0])):
        na = None if code == "any" else {}
        got, seen = read_lex(path, order.index(code), sections, errors, na)
        entries += got
        for s in sections:
            need = s.need == "BOTH" or s.need == ("ANY" if code == "any" else "LANG")
            filled = seen.get(s.name, [0, 0])[1] > 0
            if need and not filled:
                errors.append(f"{path}: mandatory section [{s.name}] is missing or empty")
            # a language is complete: each optional section filled (its
            # words, pending ones too) or declared not applicable
            if na is None or s.need != "OPT":
                continue
            if filled and s.name in na:
                errors.append(f"{path}:{na[s.name]}: [{s.name}] has entries and is declared "
                              f"[{NOT_APPLICABLE}]: keep one")
            elif not filled and s.name not in na:
                errors.append(f"{path}: optional section [{s.name}] is empty and not declared "
                              f"[{NOT_APPLICABLE}] (core/lexicon/README, \"Complete languages\")")
    # a word once per list and language; a word of any.lex in no language file
    first = {}
    for e in entries:
        k = (e.section.name, e.lang, e.key)
        if k in first:
            f = first[k]
            errors.append(f"{e.path}:{e.line}: {e.text!r} is already in [{e.section.name}] "
                          f"at line {f.line} ({f.text!r})")
        else:
            first[k] = e
    # at most NESTED_MAX entries (keys) open any one text: the rules ask
    # for every entry a text opens into arrays of that size
    keys = {}
    for e in entries:
        keys.setdefault(e.section.name, {}).setdefault(e.key, e)
    for sec, ks in keys.items():
        for k, e in ks.items():
            n = sum(1 for i in range(1, len(k) + 1) if k[:i] in ks)
            if n > NESTED_MAX:
                errors.append(f"{e.path}:{e.line}: {e.text!r}: {n} entries of [{sec}] open it, "
                              f"at most {NESTED_MAX} may")
    for e in entries:
        if e.lang != 0 and (e.section.name, 0, e.key) in first:
            f = first[(e.section.name, 0, e.key)]
            errors.append(f"{e.path}:{e.line}: {e.text!r} is in [{e.section.name}] of any.lex "
                          f"too (line {f.line}): keep one")
    return entries, order


# ---- the trie -----------------------------------------------------------

class Node:
    __slots__ = ("label", "children", "entries", "id")

    def __init__(self, label):
        self.label, self.children, self.entries, self.id = label, {}, [], -1


def build_trie(keyed):
    """keyed: [(key tuple, entry index)] -> root of a radix trie over code points."""
    root = Node(())
    for key, idx in keyed:
        node, i = root, 0
        while True:
            if i == len(key):
                node.entries.append(idx)
                break
            child = node.children.get(key[i])
            if child is None:
                leaf = Node(key[i:])
                leaf.entries.append(idx)
                node.children[key[i]] = leaf
                break
            lab, j = child.label, 0
            while j < len(lab) and i + j < len(key) and lab[j] == key[i + j]:
                j += 1
            if j < len(lab):  # split the edge where the key leaves it
                mid = Node(lab[:j])
                child.label = lab[j:]
                mid.children[child.label[0]] = child
                node.children[key[i]] = mid
                child = mid
            node, i = child, i + j
    return root


def c_string(b):
    """bytes as a C string literal, octal escapes outside printable ASCII."""
    out = []
    for ch in b:
        if ch in (0x22, 0x5C):
            out.append("\\" + chr(ch))
        elif 0x20 <= ch < 0x7F and ch != 0x3F:  # no '?', trigraphs
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return '"' + "".join(out) + '"'


def generate(sections, entries, order, files):
    # entries grouped by section (sections.def order), then language, then line
    sec_index = {s.name: i for i, s in enumerate(sections)}
    entries = sorted(entries, key=lambda e: (sec_index[e.section.name], e.lang, e.path, e.line))
    strings, string_at, string_list = bytearray(), {}, []

    def intern(s):
        if s not in string_at:
            string_at[s] = len(strings)
            string_list.append(s)
            strings.extend(s.encode("utf-8") + b"\0")
        return string_at[s]

    intern("")
    rows = []
    for e in entries:
        tagbits = 0
        for t in e.tags:
            tagbits |= 1 << TAGS.index(t)
        rows.append((intern(e.text), intern(e.value) if e.value is not None else 0xFFFFFFFF,
                     e.num, tagbits, e.lang, int(e.stem)))
    labels, nodes, node_entries, sect_rows = bytearray(), [], [], []
    for s in sections:
        idxs = [i for i, e in enumerate(entries) if e.section is s or e.section.name == s.name]
        first = idxs[0] if idxs else 0
        root = build_trie([(entries[i].key, i) for i in idxs])
        # breadth first, so that a node's children are contiguous
        queue, base = [root], len(nodes)
        root.id = base
        k = 0
        while k < len(queue):
            n = queue[k]
            k += 1
            for c in sorted(n.children):
                ch = n.children[c]
                ch.id = base + len(queue)
                queue.append(ch)
        for n in queue:
            lab = "".join(chr(c) for c in n.label).encode("utf-8")
            kids = [n.children[c] for c in sorted(n.children)]
            ents = sorted(n.entries, key=lambda i: (entries[i].lang, entries[i].line))
            nodes.append((len(labels), n.label[0] if n.label else 0, kids[0].id if kids else 0,
                          len(node_entries), len(lab), len(kids), len(ents)))
            labels.extend(lab)
            node_entries.extend(ents)
        # the root's branch for each ASCII code point (as folded), as 1 +
        # its place among the root's children (sorted by code point, so
        # ASCII's come first), 0 for none: pm_lex_find() tests each
        # character of a text against it, and every lookup's walk takes
        # its first step through it instead of a binary search
        ascii = ", ".join("[%d] = %d" % (c, k + 1) for k, c in enumerate(sorted(root.children)) if c < 128)
        sect_rows.append((base, first, len(idxs), 1 if s.fold == "BASE" else 0, ascii or "0"))
    if len(entries) >= 65536 or len(nodes) >= 1 << 31:
        raise SystemExit("lexc: the lexicon outgrew its 16-bit entry indices")
    out = []
    w = out.append
    w("/* generated by tools/lexc.py from %s: do not edit */" % ", ".join(
        os.path.join(os.path.basename(os.path.dirname(f)), os.path.basename(f)) for f in files))
    w('#include "text/text.h"')
    w("")
    w("const char pm_lex_strings[] =")
    for text in string_list:
        w("\t" + c_string(text.encode("utf-8")) + ' "\\0"')
    w(";")
    w("")
    w("const unsigned char pm_lex_labels[] =")
    for i in range(0, max(len(labels), 1), 48):
        w("\t" + c_string(bytes(labels[i:i + 48])))
    w(";")
    w("")
    w("const pm_lex_node pm_lex_nodes[] = {")
    for n in nodes:
        w("\t{%d, %d, %d, %d, %d, %d, %d}," % n)
    w("};")
    w("")
    w("const uint16_t pm_lex_node_entries[] = {")
    for i in range(0, max(len(node_entries), 1), 16):
        w("\t" + ", ".join(str(x) for x in node_entries[i:i + 16]) + ",")
    w("};")
    w("")
    w("const pm_lex_row pm_lex_rows[] = {")
    for r in rows:
        w("\t{%d, %du, %d, %du, %d, %d}," % r)
    w("};")
    w("")
    w("const pm_lex_sect pm_lex_sects[PM_LEX_NSECTIONS] = {")
    for s, r in zip(sections, sect_rows):
        w("\t{%d, %d, %d, %d, {%s}}, /* %s */" % (r + (s.name,)))
    w("};")
    w("")
    w("const char *const pm_lex_lang_codes[] = {%s};" % ", ".join('"%s"' % c for c in order))
    w("const size_t pm_lex_nlang = %d;" % len(order))
    w("const char *const pm_lex_section_names[PM_LEX_NSECTIONS] = {")
    for s in sections:
        w('\t"%s",' % s.name)
    w("};")
    w("/* %d entries, %d trie nodes, %d bytes of labels, %d of strings */" % (
        len(entries), len(nodes), len(labels), len(strings)))
    return "\n".join(out) + "\n"


TAGS = []


def main(argv):
    out, listing, args = None, False, []
    i = 0
    while i < len(argv):
        if argv[i] == "-o" and i + 1 < len(argv):
            out = argv[i + 1]
            i += 2
            continue
        if argv[i] == "--list":
            listing = True
        else:
            args.append(argv[i])
        i += 1
    if len(args) < 2:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    sections, tags, errors = read_sections(args[0])
    TAGS[:] = tags
    files = sorted(args[1:])
    entries, order = check_all(sections, files, errors) if not errors else ([], [])
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"lexc: {len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    if listing:
        for e in sorted(entries, key=lambda e: ([s.name for s in sections].index(e.section.name), e.lang, e.line)):
            print("\t".join([e.section.name, order[e.lang], e.text + ("*" if e.stem else ""),
                             e.value or "", ",".join(sorted(e.tags))]))
    if out:
        text = generate(sections, entries, order, files)
        tmp = out + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
