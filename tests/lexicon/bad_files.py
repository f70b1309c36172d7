#!/usr/bin/env python3
"""bad_files.py - the lexicon compiler refuses malformed files ('make
check-lexicon'). Each case copies core/lexicon/ to a temporary folder,
breaks one file in one way, runs tools/lexc.py on it and expects exit
status 1, the message named, and no C file written; the untouched copy
must compile. The build runs the same compiler, so a file that fails here
stops 'make'.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LEXDIR = os.path.join(ROOT, "core", "lexicon")
PYTHON = os.environ.get("PYTHON", sys.executable)

# (what is wrong, file, where: "after <line>" | "start" | "drop <section>"
#  | "bytes" | "rename <name>", text to insert, message expected)
CASES = [
    ("an unknown section", "en.lex", "start", "[misc_words]\nfoo\n", "unknown section [misc_words]"),
    ("an entry before any section", "en.lex", "start", "stray\n", "outside a known section"),
    ("a word twice in a list", "fr.lex", "after [months]", "Mars = 3\n", "is already in [months]"),
    ("twice, once as a case variant", "de.lex", "after [speech_verbs]", "SAGTE\n", "is already in [speech_verbs]"),
    ("twice, the apostrophes differ", "fr.lex", "after [today_words]", "aujourd\u2019hui\n", "is already in [today_words]"),
    ("twice in a BASE list, the accents differ", "fr.lex", "after [head_nouns]", "societe\n",
     "is already in [head_nouns]"),
    ("a word of any.lex in a language too", "en.lex", "after [junk_lines]", "facebook\n", "any.lex too"),
    ("a month out of range", "es.lex", "after [months]", "trece = 13\n", "out of 1-12"),
    ("a weekday out of range", "es.lex", "after [weekdays]", "octidi = 8\n", "out of 1-7"),
    ("a month without its number", "it.lex", "after [months]", "mese\n", "needs a value"),
    ("a value that is no number", "it.lex", "after [ordinals]", "ultimo = last\n", "is not a number"),
    ("an offset written wrong", "any.lex", "after [time_zones]", "XST = +5\n", "write +HH:MM"),
    ("an offset past fourteen hours", "any.lex", "after [time_zones]", "YST = +15:00\n", "write +HH:MM"),
    ("a value where none is taken", "en.lex", "after [release_lines]", "news flash = 1\n", "takes no value"),
    ("a tag no section declares", "en.lex", "after [release_lines]", "news flash {urgent}\n", "is not allowed"),
    ("a tag of another section", "en.lex", "after [months]", "smarch = 3 {alone}\n", "is not allowed"),
    ("a tag line that is not one", "en.lex", "after [months]", "{pending\n", "a tag line is"),
    ("text after the tags", "en.lex", "after [release_lines]", "news flash {alone} extra\n", "cannot read"),
    ("quotes left open", "any.lex", "after [end_marks]", "\"-30-\n", "unterminated quotes"),
    ("text after closing quotes", "any.lex", "after [end_marks]", "\"-30-\"x\n", "after the closing quote"),
    ("an entry that is not NFC", "fr.lex", "after [release_lines]", "e\u0301cran\n", "NFC"),
    ("a control character", "fr.lex", "after [release_lines]", "bulletin\u0007\n", "control"),
    ("two spaces in a row", "en.lex", "after [release_lines]", "press  release\n", "two spaces in a row"),
    ("a mandatory section missing", "it.lex", "drop [weekdays]", "", "mandatory section [weekdays]"),
    ("a mandatory section of any.lex missing", "any.lex", "drop [time_zones]", "",
     "mandatory section [time_zones]"),
    # issue 13: each language complete, every optional section filled or
    # declared [not_applicable] with its reason
    ("an optional section emptied and not declared", "fr.lex", "drop [embargo_words]", "",
     "optional section [embargo_words] is empty and not declared"),
    ("an optional Arabic section emptied and not declared", "ar.lex", "drop [meridiems]", "",
     "optional section [meridiems] is empty and not declared"),
    ("a section both filled and declared", "es.lex", "after [not_applicable]",
     "embargo_words  # none\n", "has entries and is declared"),
    ("a declaration without its reason", "de.lex", "after [not_applicable]", "regions\n",
     "takes a section's name, then ' # '"),
    ("a mandatory section declared", "nl.lex", "after [not_applicable]", "months  # none\n",
     "no optional section"),
    ("a declaration in any.lex", "any.lex", "start", "[not_applicable]\nregions  # none\n",
     "only a language file declares"),
    ("a section opened twice", "nl.lex", "after [months]", "[weekdays]\nmaandag = 1\n[months]\n",
     "already opened"),
    ("bytes that are no UTF-8", "pt.lex", "bytes", "", "not UTF-8"),
    ("a file not named after a language", "en.lex", "rename english.lex", "", "named LANG.lex"),
    ("an entry too long to look up", "en.lex", "after [junk_lines]", ("word " * 14) + "end\n", "longer than"),
    ("more entries opening one text than a rule holds", "en.lex", "after [junk_lines]",
     "".join(" ".join(["zz"] * k) + "\n" for k in range(1, 18)), "17 entries of [junk_lines] open it"),
]


def break_copy(tmp, name, where, text):
    path = os.path.join(tmp, name)
    with open(path, "rb") as fh:
        data = fh.read()
    if where == "start":
        data = text.encode() + data
    elif where.startswith("after "):
        anchor = (where[6:] + "\n").encode()
        at = data.index(anchor) + len(anchor)
        data = data[:at] + text.encode() + data[at:]
    elif where.startswith("drop "):
        head = (where[5:] + "\n").encode()
        a = data.index(head)
        b = data.find(b"\n[", a + 1)
        data = data[:a] + (data[b + 1:] if b >= 0 else b"")
    elif where == "bytes":
        data += b"[months]\n\xff\xfe\n"
    elif where.startswith("rename "):
        os.rename(path, os.path.join(tmp, where[7:]))
        return
    with open(path, "wb") as fh:
        fh.write(data)


def compile_dir(tmp):
    files = sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".lex"))
    out = os.path.join(tmp, "out.c")
    p = subprocess.run([PYTHON, os.path.join(ROOT, "tools", "lexc.py"), "-o", out,
                        os.path.join(tmp, "sections.def")] + files, capture_output=True, text=True)
    return p.returncode, p.stderr, os.path.exists(out)


# A word written inline in a comparison in core/ stops the build
# (tools/lex_migrate.py, run by it): (what, file, line it follows, line).
INLINE_CASES = [
    ("a word in a strstr()", "normalize/rules.c", "bool rule_junk(const pm_block *b)\n{\n",
     "\tif (b->text && strstr(b->text, \"Pressemitteilung\")) return true;\n"),
    ("a word in a strncasecmp()", "text/dates.c", "int pm_date_time_at(const char *s, size_t n, size_t i, "
     "int *hh, int *mm, size_t *end)\n{\n", "\tif (!strncasecmp(s, \"midi\", 4)) return 0;\n"),
]


def inline_words(tmp):
    """The guard against words in C conditions: the copy of core/ passes,
    each broken copy fails naming the word."""
    failed = 0
    lm = os.path.join(ROOT, "tools", "lex_migrate.py")
    good = os.path.join(tmp, "core-good")
    shutil.copytree(os.path.join(ROOT, "core"), good)
    p = subprocess.run([PYTHON, lm, "--tsv", "--src", good], capture_output=True, text=True)
    if p.returncode != 0:
        print(f"FAIL inline words: the sources themselves fail:\n{p.stderr}")
        return 1
    for i, (what, name, after, line) in enumerate(INLINE_CASES):
        d = os.path.join(tmp, f"core-inline{i}")
        shutil.copytree(os.path.join(ROOT, "core"), d)
        path = os.path.join(d, name)
        src = open(path, encoding="utf-8").read()
        if after not in src:
            print(f"FAIL {what}: {name} no longer has {after!r}")
            failed += 1
            continue
        open(path, "w", encoding="utf-8").write(src.replace(after, after + line, 1))
        p = subprocess.run([PYTHON, lm, "--tsv", "--src", d], capture_output=True, text=True)
        if p.returncode != 1 or "compared inline" not in p.stderr:
            print(f"FAIL {what}: exit {p.returncode}, expected 'compared inline' in:\n{p.stderr}")
            failed += 1
    print(f"lexicon: {len(INLINE_CASES) - failed} passed, {failed} failed (words inline in C refused)")
    return failed


def main():
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(LEXDIR, os.path.join(tmp, "good"))
        rc, err, wrote = compile_dir(os.path.join(tmp, "good"))
        if rc != 0 or not wrote:
            print(f"lexicon: the lexicon itself does not compile:\n{err}")
            return 1
        for i, (what, name, where, text, expect) in enumerate(CASES):
            d = os.path.join(tmp, f"case{i}")
            shutil.copytree(LEXDIR, d)
            break_copy(d, name, where, text)
            rc, err, wrote = compile_dir(d)
            if rc != 1 or expect not in err or wrote:
                failed += 1
                print(f"FAIL {what}: exit {rc}, {'a C file written, ' if wrote else ''}"
                      f"expected {expect!r} in:\n{err}")
        print(f"lexicon: {len(CASES) - failed} passed, {failed} failed (malformed files refused)")
        failed += inline_words(tmp)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
