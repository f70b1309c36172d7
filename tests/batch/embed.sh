#!/bin/sh
# embed.sh - the library as users get it: `make install` into a temporary
# prefix, examples/embed.c built with nothing but `pkg-config --cflags
# --libs pressmill`, run against the installed library, which must find
# the installed plugins with no environment variable set; in process and
# isolated. Also the installed command.
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

finish
