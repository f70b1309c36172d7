#!/bin/sh
# man.sh - the manual page (docs/pressmill.1) as man(1) shows it: it
# renders without a warning from man or groff, its NAME line is one
# whatis/apropos can index, its version is the program's, and it
# documents exactly the options the commands' --help name
# (tests/cli/man_options.py), so that an option added to a command
# without its documentation fails here. The check is checked too: a help
# with an option the page lacks must fail it.
SUITE=man
. "$SRC/tests/batch/lib.sh"

MANPAGE=${MANPAGE:-$SRC/docs/pressmill.1}
for tool in man groff lexgrog; do
	command -v $tool >/dev/null 2>&1 || { ko "$tool is missing (man-db, groff-base: make deps)"; finish; exit 1; }
done

MANWIDTH=80 man --warnings -l "$MANPAGE" 2>&1 >/dev/null | sed 's/^/    /' >"$T/man.warn"
checke "render: man --warnings -l: no warning" '[ ! -s "$T/man.warn" ] || { cat "$T/man.warn"; false; }'
groff -man -ww -z -Tutf8 "$MANPAGE" 2>&1 | sed 's/^/    /' >"$T/groff.warn"
checke "render: groff -ww (every warning): none" '[ ! -s "$T/groff.warn" ] || { cat "$T/groff.warn"; false; }'
LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$MANPAGE" 2>/dev/null >"$T/man.txt"
checke "render: the page has its sections" \
	'for s in NAME SYNOPSIS DESCRIPTION COMMANDS "CONVERT OPTIONS" STDIN FOLDERS "SERVE OPTIONS" "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
	     grep -qx "$s" "$T/man.txt" || { echo "    no section $s"; exit 1; }; done'
# a hyphenated word ends its line with U+2010 in UTF-8
checke "render: no word split at a line end (options stay whole)" '! grep -q "[a-z]‐$" "$T/man.txt"'
checke "whatis: lexgrog reads the NAME line" \
	'lexgrog "$MANPAGE" | grep -q ": \"pressmill - turn press releases into JSON records\""'
version=$("$CLI" --version | cut -d" " -f2)
check "version: the page's is the program's ($version)" grep -q "^\.TH PRESSMILL 1 [^ ]* \"pressmill $version\"" "$MANPAGE"

"$CLI" convert --help >"$T/convert.help"
"$CLI" serve --help >"$T/serve.help"
"$CLI" completion --help >"$T/completion.help"
"$PYTHON" "$SRC/tests/cli/man_options.py" "$MANPAGE" convert="$T/convert.help" serve="$T/serve.help" \
	completion="$T/completion.help" >"$T/options.out" 2>&1
rc=$?
checke "options: the page documents every option of every --help, and no other" \
	'[ $rc = 0 ] || { sed "s/^/    /" "$T/options.out"; false; }'
"$CLI" --help >"$T/main.help"
check "options: 'pressmill --help' is convert's help (checked above)" cmp -s "$T/convert.help" "$T/main.help"
MANWIDTH=1000 man -l "$MANPAGE" 2>/dev/null >"$T/man-wide.txt"
"$PYTHON" -c '
import re, sys
sys.path.insert(0, sys.argv[1])
from man_options import OPTION
shown = set(OPTION.findall(open(sys.argv[2], encoding="utf-8").read()))
helps = set()
for f in sys.argv[3:]:
    helps |= set(OPTION.findall(open(f, encoding="utf-8").read()))
for opt in sorted(helps - shown): print(opt)' "$SRC/tests/cli" "$T/man-wide.txt" "$T/convert.help" \
	"$T/serve.help" "$T/completion.help" >"$T/unshown"
check "options: each one is in the page as man shows it" [ ! -s "$T/unshown" ] ||
	sed 's/^/    missing: /' "$T/unshown"

# the check fails when an option is added without documentation, or
# documented without existing
{ cat "$T/convert.help"; echo "  --frobnicate N     an option nobody documented"; } >"$T/fake.help"
"$PYTHON" "$SRC/tests/cli/man_options.py" "$MANPAGE" convert="$T/fake.help" serve="$T/serve.help" \
	completion="$T/completion.help" >"$T/fake.out" 2>&1
rc=$?
checke "options check: fails on an undocumented option" '[ $rc = 1 ] && grep -q -- "--frobnicate" "$T/fake.out"'
grep -v -- '--max-pages' "$T/serve.help" >"$T/fewer.help"
"$PYTHON" "$SRC/tests/cli/man_options.py" "$MANPAGE" convert="$T/convert.help" serve="$T/fewer.help" \
	completion="$T/completion.help" >"$T/fewer.out" 2>&1
rc=$?
checke "options check: fails on a documented option the command lacks" \
	'[ $rc = 1 ] && grep -q -- "--max-pages is documented in SERVE OPTIONS" "$T/fewer.out"'

finish
