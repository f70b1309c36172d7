#!/bin/sh
# embed.sh - the library as users get it: `make install` into a temporary
# prefix, examples/embed.c built with nothing but `pkg-config --cflags
# --libs pressmill`, run against the installed library, which must find
# the installed plugins with no environment variable set; in process and
# isolated. Also the installed command, its manual page and completion
# scripts, the installed Python package
# (found by Debian's python3 with PYTHONPATH only because the prefix is not
# /usr/local; it must find the installed library with no other variable),
# and `make uninstall`, which must leave no file behind.
. "$SRC/tests/batch/lib.sh"

P=$T/prefix
${MAKE:-make} --no-print-directory -C "$SRC" BUILD="$BUILD" install PREFIX="$P" DESTDIR= >"$T/install.log" 2>&1
rc=$?
[ $rc -eq 0 ] || sed 's/^/    /' "$T/install.log"
check "install: make install PREFIX=tmp DESTDIR=" [ $rc -eq 0 ]
check "install: pressmill.pc installed" [ -f "$P/lib/pkgconfig/pressmill.pc" ]
check "install: the worker program installed beside the plugins" [ -x "$P/lib/pressmill/pressmill-worker" ]

flags=$(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --cflags --libs pressmill)
check "pkg-config: pressmill found ($flags)" [ -n "$flags" ]
# shellcheck disable=SC2086
# a sanitizer build's library needs the sanitizer runtime in the program
san=
[ -n "$SANITIZE" ] && san="-fsanitize=address,undefined"
cc -std=c11 -Wall -Wextra -Werror $san -o "$T/embed" "$SRC/examples/embed.c" $flags 2>"$T/cc.err"
rc=$?
[ $rc -eq 0 ] || sed 's/^/    /' "$T/cc.err"
check "pkg-config: examples/embed.c builds" [ $rc -eq 0 ]
ldd "$T/embed" >"$T/ldd" 2>&1
checke "pkg-config: the program loads the installed libpressmill" 'grep -q "libpressmill.so.0 => $P/lib/" "$T/ldd"'

env -u PRESSMILL_PLUGIN_PATH -u LD_LIBRARY_PATH "$T/embed" "$SRC/samples/harbor-en.txt" >"$T/embed.out" 2>"$T/embed.err"
rc=$?
checke "embed: converts with the installed plugins, no environment variable" \
	'[ $rc -eq 0 ] && grep -q "harbor-en.txt	ok	" "$T/embed.out" && [ ! -s "$T/embed.err" ]'
tail -1 "$T/embed.out" >"$T/memo.ndjson"
checke "embed: an in-memory buffer as a JSON string" \
	'grep -q "\"path\":\"memo.txt\"" "$T/memo.ndjson" && validate "$T/memo.ndjson"'
env -u PRESSMILL_PLUGIN_PATH -u LD_LIBRARY_PATH "$T/embed" -i "$SRC/samples/harbor-en.txt" >"$T/embed-i.out" 2>&1
check "embed: isolated (-i) gives the same output" cmp -s "$T/embed.out" "$T/embed-i.out"
env -u PRESSMILL_PLUGIN_PATH "$P/bin/pressmill" plugins >"$T/plugins.out" 2>&1
checke "install: the installed pressmill finds the installed plugins" \
	'grep -q "^txt .*$P/.*lib/pressmill/plugins/txt.so" "$T/plugins.out"'
env -u PRESSMILL_PLUGIN_PATH "$P/bin/pressmill" convert -q "$SRC/samples/harbor-en.txt" "$SRC/samples/ministry-fr.txt" >"$T/inst.ndjson"
check "install: the installed pressmill converts" validate "$T/inst.ndjson"
check "install: the schema is installed" [ -f "$P/share/pressmill/record.schema.json" ]
checke "install: the manual page, found by man (man -M PREFIX/share/man pressmill)" \
	'[ "$(man -M "$P/share/man" -w pressmill 2>/dev/null)" = "$P/share/man/man1/pressmill.1" ]'
check "install: the bash completion where bash-completion looks (PREFIX/share/bash-completion/completions)" \
	cmp -s "$P/share/bash-completion/completions/pressmill" "$SRC/core/cli/completion/pressmill.bash"
check "install: the zsh completion in PREFIX/share/zsh/site-functions" \
	cmp -s "$P/share/zsh/site-functions/_pressmill" "$SRC/core/cli/completion/pressmill.zsh"

pydir=$(ls -d "$P"/lib/python3*/dist-packages 2>/dev/null | head -1)
check "install: the Python package is installed ($pydir)" [ -f "$pydir/pressmill/__init__.py" ]
# a sanitizer build's library needs the sanitizer runtime in the process
pre=
[ -n "$SANITIZE" ] && pre="$(cc -print-file-name=libasan.so) $(cc -print-file-name=libubsan.so)"
(cd "$T" && env -u PRESSMILL_PLUGIN_PATH -u PRESSMILL_LIBRARY -u LD_LIBRARY_PATH PYTHONPATH="$pydir" \
	PYTHONDONTWRITEBYTECODE=1 LD_PRELOAD="$pre" ASAN_OPTIONS=detect_leaks=0 "$PYTHON" -c '
import sys, pressmill
r = pressmill.convert(sys.argv[1])
print(pressmill.__file__, r["status"], r["source"]["format"])' "$SRC/samples/harbor-en.txt") >"$T/py.out" 2>&1
checke "install: the installed Python package finds the installed library and plugins" \
	'grep -q "^$pydir/pressmill/__init__.py ok txt$" "$T/py.out" || { sed "s/^/    /" "$T/py.out"; false; }'

${MAKE:-make} --no-print-directory -C "$SRC" BUILD="$BUILD" uninstall PREFIX="$P" DESTDIR= >"$T/uninstall.log" 2>&1
rc=$?
[ $rc -eq 0 ] || sed 's/^/    /' "$T/uninstall.log"
find "$P" ! -type d >"$T/left"
checke "uninstall: make uninstall removes every file make install installed" \
	'[ $rc -eq 0 ] && [ ! -s "$T/left" ] || { sed "s/^/    left: /" "$T/left"; false; }'

finish
