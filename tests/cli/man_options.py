#!/usr/bin/env python3
"""man_options.py - does the manual page document exactly the options the
commands' --help name? Used by tests/cli/man.sh.

    man_options.py MANPAGE convert=HELP.txt serve=HELP.txt completion=HELP.txt

Each HELP.txt is the output of `pressmill <command> --help`. An option is
any word of the help that starts with '-' and a letter (`-o`, `--max-pages`).
In the man page, an option is documented when it is the tag of a .TP entry
(the line after .TP) in the section of its command: CONVERT OPTIONS (or
COMMANDS, for --help and --version) for convert, SERVE OPTIONS for serve,
COMMANDS or any section for completion. Also checked the other way: every
option a section of the man page documents is one its command's --help
names, so that a removed option cannot stay documented. Prints what is
missing or extra and exits 1 if anything is.
"""
import re
import sys

OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][A-Za-z0-9-]*)")

# the man page's sections that document each command's options
SECTIONS = {
    "convert": ("CONVERT OPTIONS", "COMMANDS"),
    "serve": ("SERVE OPTIONS",),
    "completion": ("COMMANDS",),
}
# the sections whose tags must all be options of that command
OWNED = {"CONVERT OPTIONS": "convert", "SERVE OPTIONS": "serve"}


def plain(roff):
    """A roff line without its escapes, as it reads."""
    s = roff.replace("\\-", "-").replace("\\%", "").replace("\\&", "")
    s = re.sub(r"\\f[A-Z]|\\f\[[A-Za-z]*\]|\\c$", "", s)
    s = re.sub(r"^\.[A-Z]+\s*", "", s)
    return s.replace('"', "")


def man_tags(path):
    """{section: set of options that are the tag of a .TP entry}."""
    tags, section, after_tp = {}, None, False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith(".SH "):
                section = line[4:].strip().strip('"')
                continue
            if line.startswith(".TP"):
                after_tp = True
                continue
            if after_tp:
                after_tp = False
                tags.setdefault(section, set()).update(OPTION.findall(plain(line)))
    return tags


def main(argv):
    man, helps = argv[1], {}
    for arg in argv[2:]:
        cmd, _, path = arg.partition("=")
        with open(path, encoding="utf-8") as f:
            helps[cmd] = set(OPTION.findall(f.read()))
    tags = man_tags(man)
    bad = []
    for cmd, opts in sorted(helps.items()):
        where = set()
        for section in SECTIONS.get(cmd, ()):
            where |= tags.get(section, set())
        for opt in sorted(opts - where):
            bad.append("%s: %s is in 'pressmill %s --help' but not documented in %s"
                       % (man, opt, cmd, " or ".join(SECTIONS.get(cmd, ("any section",)))))
    for section, cmd in sorted(OWNED.items()):
        for opt in sorted(tags.get(section, set()) - helps.get(cmd, set())):
            bad.append("%s: %s is documented in %s but not in 'pressmill %s --help'"
                       % (man, opt, section, cmd))
    for line in bad:
        print(line)
    if not helps or not tags:
        print("%s: nothing to compare" % man)
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
