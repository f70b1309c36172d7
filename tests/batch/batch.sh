#!/bin/sh
# batch.sh - `pressmill convert` over many inputs: the folder walk (odd names,
# symlinks, hidden files, its own output folder), -o with atomic writes that
# stay inside OUT, --resume, NDJSON streaming and --ordered, --files-from,
# worker isolation (crash, abort, hang, memory, exit), the loader's
# rejections, Ctrl-C then --resume, the summary and --report, progress only
# on a terminal, flat memory, and the mapper contract with GNU parallel.
# Generates its inputs; needs nothing from ../shared.
. "$SRC/tests/batch/lib.sh"

# the build's own plugins come from beside the library
TESTPATH="$TESTPLUGINDIR"
unset PRESSMILL_PLUGIN_PATH

text() { # text FILE N: a small release
	printf 'Press release %s\n\nACME announces its product number %s today in Paris. The product is very good and ships soon.\n' "$2" "$2" >"$1"
}

# ---- the folder walk and -o ----------------------------------------------
IN=$T/in
mkdir -p "$IN/sub/deep" "$IN/.git" "$IN/out"
text "$IN/a.txt" 1
text "$IN/sub/b.txt" 2
text "$IN/sub/deep/c.md" 3
text "$IN/with space.txt" 4
text "$IN/$(printf 'new\nline.txt')" 5
text "$IN/$(printf 'bad\377\376name.txt')" 6
: >"$IN/empty.txt"
text "$IN/.hidden.txt" 7
text "$IN/.git/x.txt" 8
ln -s a.txt "$IN/link.txt"
ln -s . "$IN/sub/loop"
ln -s .. "$IN/sub/deep/up"
ln -s nowhere "$IN/dangling.txt"
ln -s loop2 "$IN/loop1"
ln -s loop1 "$IN/loop2"
mkfifo "$IN/fifo"

"$CLI" convert -q -r "$IN" -o "$IN/out" --report "$T/r1.json"
rc=$?
checke "walk: exit status 1 (empty.txt fails), no walk error over odd names, links, a fifo" \
	'[ $rc -eq 1 ] && [ "$(field "$T/r1.json" walk_errors)" = 0 ]' 
cat_records "$IN/out" "$T/walk.ndjson"
check "walk: records validate against the schema" validate "$T/walk.ndjson"
py '
import os, sys
out = sys.argv[1].encode()
want = {b"a.txt", b"sub/b.txt", b"sub/deep/c.md", b"with space.txt", b"new\nline.txt",
        b"bad\xff\xfename.txt", b"empty.txt", b"link.txt"}
got = {}
for d, _, fs in os.walk(out):
    for f in fs:
        rel = os.path.relpath(os.path.join(d, f), out)
        assert rel.endswith(b".json"), rel
        got[rel[:-5]] = json.load(open(os.path.join(d, f), encoding="utf-8"))
assert set(got) == want, sorted(set(got) ^ want)
for rel, r in got.items():
    assert r["source"]["path"] == rel.decode("utf-8", "replace"), (rel, r["source"]["path"])
assert got[b"empty.txt"]["error"]["code"] == "empty"
assert got[b"a.txt"]["status"] == "ok" and got[b"link.txt"]["source"]["sha256"] == got[b"a.txt"]["source"]["sha256"]
' "$IN/out"
check "walk: OUT mirrors the tree; hidden, loops, dangling, fifo, OUT itself skipped" [ $? -eq 0 ]
check "walk: report counts 8 converted" [ "$(field "$T/r1.json" converted)" = 8 ]

# --resume: nothing to do on an unchanged folder, one record for one change
"$CLI" convert -q -r "$IN" -o "$IN/out" --resume --report "$T/r2.json"
check "resume: unchanged folder converts nothing" \
	[ "$(field "$T/r2.json" converted)-$(field "$T/r2.json" up_to_date)" = 0-8 ]
sleep 0.01
touch "$IN/sub/b.txt"
"$CLI" convert -q -r "$IN" -o "$IN/out" --resume --report "$T/r3.json" -v 2>"$T/r3.err"
check "resume: a touched input is converted again, alone" \
	[ "$(field "$T/r3.json" converted)-$(field "$T/r3.json" up_to_date)" = 1-7 ]
check "resume: -v names it" grep -q 'sub/b.txt: ok' "$T/r3.err"
: >"$IN/out/a.txt.json"
"$CLI" convert -q -r "$IN" -o "$IN/out" --resume --report "$T/r4.json"
check "resume: an empty record counts as missing" [ "$(field "$T/r4.json" converted)" = 1 ]
# a record of record 1.0 (or made by another pressmill or plugin) is stale
# even when the input is unchanged (issue 17); its mtime is kept
python3 - "$IN/out/a.txt.json" <<'PY'
import json, os, sys
p = sys.argv[1]
st = os.stat(p)
r = json.load(open(p))
assert r["producer"]["plugin"] == "txt" and r["producer"]["plugin_version"], r["producer"]
r["schema"] = "pressmill.record/1"
open(p, "w").write(json.dumps(r))
os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
PY
"$CLI" convert -q -r "$IN" -o "$IN/out" --resume --report "$T/r5.json"
check "resume: a record of another revision (1.0) is converted again" \
	[ "$(field "$T/r5.json" converted)-$(grep -c '"pressmill.record/1.2"' "$IN/out/a.txt.json")" = 1-1 ]
check "atomic: no temporary file left" [ -z "$(find "$IN/out" -name '*.tmp*')" ]

# records stay inside OUT: "..", absolute paths, symlinks inside OUT
mkdir -p "$T/cwd" "$T/victim" "$T/o3/sub"
text "$T/escape.txt" 9
(cd "$T/cwd" && "$CLI" convert -q ../escape.txt -o "$T/o3")
checke "out: ../x lands in OUT/%2E%2E/x.json, inside OUT" '[ -f "$T/o3/%2E%2E/escape.txt.json" ] && [ ! -e "$T/escape.txt.json" ]' 
"$CLI" convert -q "$T/escape.txt" -o "$T/o3"
check "out: an absolute path lands under OUT" [ -f "$T/o3/$T/escape.txt.json" ]
mkdir -p "$T/tree2/sub"
text "$T/tree2/sub/b.txt" 10
text "$T/tree2/top.txt" 11
mkdir -p "$T/o4"
ln -s "$T/victim" "$T/o4/sub"
ln -s "$T/victim/top.txt.json" "$T/o4/top.txt.json"
echo precious >"$T/victim/top.txt.json"
"$CLI" convert -q -r "$T/tree2" -o "$T/o4" 2>"$T/o4.err"
rc=$?
checke "out: a symlinked folder inside OUT is not written through (exit 1)" \
	'[ $rc -eq 1 ] && [ ! -e "$T/victim/b.txt.json" ]'
checke "out: a symlinked record is replaced, its target untouched" \
	'[ ! -L "$T/o4/top.txt.json" ] && [ "$(cat "$T/victim/top.txt.json")" = precious ]' 

# unreadable entries: a locked folder is reported (exit 1), a locked file
# gives an io_error record, the rest converts. Root reads everything, so
# as root the run drops to nobody.
PERM=$T/perm
mkdir -p "$PERM/locked"
text "$PERM/ok.txt" 13
text "$PERM/secret.txt" 14
text "$PERM/locked/x.txt" 15
chmod 000 "$PERM/locked" "$PERM/secret.txt"
as_user=
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null 2>&1 && as_user="setpriv --reuid=65534 --regid=65534 --clear-groups --"
fi
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
	$as_user "$CLI" convert -r "$PERM" >"$T/perm.ndjson" 2>"$T/perm.err"
	rc=$?
	checke "walk: a locked folder is reported and the walk goes on (exit 1)" \
		'[ $rc -eq 1 ] && grep -q "locked: cannot open the folder: Permission denied" "$T/perm.err"'
	checke "walk: a locked file gives an io_error record" \
		'[ "$(codes "$T/perm.ndjson" | sort | tr "\n" " ")" = "ok.txt ok secret.txt io_error " ]'
else
	echo "skip unreadable entries: running as root without setpriv"
fi
chmod 755 "$PERM/locked"

# ---- NDJSON on stdout, --ordered, --files-from ------------------------------
rm -rf "$IN/out"
"$CLI" convert -q -r "$IN" >"$T/nd.ndjson"
check "ndjson: one line per input" [ "$(wc -l <"$T/nd.ndjson")" -eq 8 ]
check "ndjson: records validate" validate "$T/nd.ndjson"
"$CLI" convert -q -r "$IN" -j 1 >"$T/nd1.ndjson"
checke "ndjson: -j 1 gives the same records" 'sort "$T/nd.ndjson" >"$T/a" && sort "$T/nd1.ndjson" >"$T/b" && cmp -s "$T/a" "$T/b"' 

SL=$T/slow
mkdir -p "$SL"
printf 'PMTEST-SLOW 0.8\nFirst, and slowest.\n' >"$SL/1.pmt"
printf 'PMTEST-SLOW 0\nSecond.\n' >"$SL/2.pmt"
printf 'PMTEST-SLOW 0.3\nThird.\n' >"$SL/3.pmt"
text "$SL/4.txt" 12
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r -j 4 "$SL" >"$T/unord.ndjson"
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r -j 4 --ordered "$SL" >"$T/ord.ndjson"
order() { py 'print(" ".join(json.loads(l)["source"]["path"] for l in open(sys.argv[1])))' "$1"; }
check "ndjson: streamed as they finish (the slow one last)" \
	[ "$(order "$T/unord.ndjson" | cut -d' ' -f4)" = 1.pmt ]
check "ndjson: --ordered keeps input order" [ "$(order "$T/ord.ndjson")" = "1.pmt 2.pmt 3.pmt 4.txt" ]
check "ndjson: slow records validate" validate "$T/ord.ndjson"

(cd "$IN" && find . -type f ! -path './.*' ! -name '.*' -print0) >"$T/list0"
(cd "$IN" && "$CLI" convert -q --files-from - <"$T/list0") >"$T/ff0.ndjson"
checke "files-from: NUL-separated from stdin (a name with a newline too)" \
	'[ "$(wc -l <"$T/ff0.ndjson")" -eq 7 ] && grep -q "new\\\\nline.txt" "$T/ff0.ndjson"' 
printf '%s\n' "$IN/a.txt" "$IN/sub/b.txt" "" "$IN/missing.txt" >"$T/list1"
"$CLI" convert -q --files-from "$T/list1" >"$T/ff1.ndjson"
check "files-from: one per line, blank lines ignored, missing file gives io_error" \
	[ "$(codes "$T/ff1.ndjson" | sort | tr '\n' ' ')" = "$IN/a.txt ok $IN/missing.txt io_error $IN/sub/b.txt ok " ]
printf '%s\n' "$IN/sub" | "$CLI" convert -q -r --files-from - >"$T/ff2.ndjson"
check "files-from: with -r a listed folder is walked" [ "$(wc -l <"$T/ff2.ndjson")" -eq 2 ]
check "files-from: records validate" validate "$T/ff0.ndjson" "$T/ff1.ndjson" "$T/ff2.ndjson"

# ---- isolation: every input gives exactly one record ------------------------
ISO=$T/iso
mkdir -p "$ISO"
for m in CRASH ABORT HANG ALLOC EXIT; do printf 'PMTEST-%s\n' $m >"$ISO/$m.pmt"; done
for i in 1 2 3 4; do text "$ISO/good$i.txt" $i; done
# the timeout is generous for ALLOC (page faults are slow on a loaded
# machine); HANG.pmt has its own run with a short one, below
mv "$ISO/HANG.pmt" "$T/HANG.pmt"
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r -j 2 --timeout 30 --max-memory 160 \
	--report "$T/iso.json" "$ISO" >"$T/iso.ndjson"
rc=$?
mv "$T/HANG.pmt" "$ISO/HANG.pmt"
start=$(date +%s)
# a sanitizer build takes a while to report a crash (more under load):
# the crash must not run into the hang's timeout
HANG_TIMEOUT=1
[ -n "$SANITIZE" ] && HANG_TIMEOUT=3
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -v -j 2 --timeout $HANG_TIMEOUT --report "$T/hang.json" \
	"$ISO/HANG.pmt" "$ISO/good1.txt" "$ISO/CRASH.pmt" 2>"$T/hang.err" | sed 's|"path":"[^"]*/|"path":"|' >>"$T/iso.ndjson"
took=$(($(date +%s) - start))
# the hang's own time, as the runner counts it against the timeout: its
# logged time less its wait for a CPU other processes held (a loaded
# machine stretches the wall time, not the count)
hang_ms=$(sed -n 's/.*HANG.pmt: failed timeout (\([0-9]*\) ms\(, \([0-9]*\) ms of them waiting for a CPU\)\{0,1\})$/\1 \3/p' \
	"$T/hang.err" | awk '{ print $1 - ($2 == "" ? 0 : $2) }')
check "isolation: exit status 1 when records failed" [ $rc -eq 1 ]
check "isolation: one record per input" [ "$(wc -l <"$T/iso.ndjson")" -eq 11 ]
codes "$T/iso.ndjson" | sort >"$T/iso.codes"
sort >"$T/iso.want" <<EOF2
ABORT.pmt crashed
ALLOC.pmt resource_limit
CRASH.pmt crashed
EXIT.pmt crashed
CRASH.pmt crashed
HANG.pmt timeout
good1.txt ok
good1.txt ok
good2.txt ok
good3.txt ok
good4.txt ok
EOF2
checke "isolation: crashed, crashed, timeout, resource_limit, crashed; the rest ok" \
	'cmp -s "$T/iso.codes" "$T/iso.want" || { diff "$T/iso.want" "$T/iso.codes"; false; }' 
check "isolation: failed records validate" validate "$T/iso.ndjson"
checke "isolation: the hang cost the timeout, not more (${hang_ms:-no} ms of its own, $took s in all)" \
	'[ -n "$hang_ms" ] && [ "$hang_ms" -le $((HANG_TIMEOUT * 1000 + 1500)) ]'
check "isolation: report counts 4 worker restarts" [ "$(field "$T/iso.json" worker_restarts)" -ge 4 ]
check "isolation: a timeout and a crash in one batch: 2 restarts" [ "$(field "$T/hang.json" worker_restarts)" -eq 2 ]
check "isolation: crashed record keeps the input's digest" \
	grep -q "\"path\":\"CRASH.pmt\".*\"sha256\":\"$(sha256sum "$ISO/CRASH.pmt" | cut -c1-64)\"" "$T/iso.ndjson"
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert --timeout 0.5 "$ISO/HANG.pmt" >"$T/one.json"
rc=$?
checke "isolation: a single input hangs, one failed record, exit 1" '[ $rc -eq 1 ] && grep -q "\"timeout\"" "$T/one.json"' 
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q --no-isolate "$ISO/good1.txt" "$ISO/good2.txt" >"$T/noiso.ndjson"
check "isolation: --no-isolate converts in process" [ "$(wc -l <"$T/noiso.ndjson")" -eq 2 ]

# ---- the loader: broken plugins are listed as rejected, never run -----------
mkdir -p "$T/garbage"
echo 'not an ELF file' >"$T/garbage/garbage.so"
PRESSMILL_PLUGIN_PATH="$BPLUGINDIR:$BADPLUGINDIR:$T/garbage" "$CLI" plugins >"$T/plugins.out" 2>&1
for want in "badabi.so: plugin ABI version does not match" "dupname.so: duplicate plugin name" \
	"noentry.so: no pressmill_plugin_entry symbol" "nullentry.so: entry function returned NULL" \
	"nullprobe.so: plugin lacks probe or extract" "garbage.so: cannot load"; do
	check "loader: rejected ${want%%:*} (${want#*: })" grep -q "^rejected .*/$want" "$T/plugins.out"
done
check "loader: txt still loaded" grep -q '^txt ' "$T/plugins.out"
PRESSMILL_PLUGIN_PATH="$BPLUGINDIR:$BADPLUGINDIR" "$CLI" convert "$IN/a.txt" >"$T/after.json" 2>/dev/null
check "loader: conversion unaffected by the rejected plugins" grep -q '"status":"ok"' "$T/after.json"

# ---- Ctrl-C, then --resume finishes the job ---------------------------------
INT=$T/int
mkdir -p "$INT"
for i in 1 2 3 4 5 6; do printf 'PMTEST-SLOW 0.5\nRecord %s of an interrupted run.\n' $i >"$INT/$i.pmt"; done
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -r -j 2 "$INT" -o "$T/into" --report "$T/int1.json" 2>"$T/int1.err" &
pid=$!
sleep 0.8
kill -INT $pid
wait $pid
rc=$?
check "interrupt: exit status 130" [ $rc -eq 130 ]
check "interrupt: no temporary or partial file left" [ -z "$(find "$T/into" -name '*.tmp*')" ]
done1=$(field "$T/int1.json" converted)
notdone=$(field "$T/int1.json" not_done)
checke "interrupt: report says interrupted, done + not done = 6 ($done1 + $notdone)" \
	'[ "$(field "$T/int1.json" interrupted)" = True ] && [ $((done1 + notdone)) -eq 6 ] && [ "$notdone" -gt 0 ]' 
check "interrupt: the summary says what was not done" grep -q "interrupted: $notdone inputs* not done" "$T/int1.err"
check "interrupt: records written are whole" [ "$(ls "$T/into" | wc -l)" -eq "$done1" ]
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r -j 2 "$INT" -o "$T/into" --resume --report "$T/int2.json"
rc=$?
checke "interrupt: --resume converts only what was not done" \
	'[ $rc -eq 0 ] && [ "$(field "$T/int2.json" converted)" -eq "$notdone" ] && [ "$(field "$T/int2.json" up_to_date)" -eq "$done1" ]'
cat_records "$T/into" "$T/into.ndjson"
checke "interrupt: all 6 records there and valid" '[ "$(wc -l <"$T/into.ndjson")" -eq 6 ] && validate "$T/into.ndjson"' 

# ---- summary, --report, progress --------------------------------------------
mkdir -p "$T/three"
for i in 1 2 3; do text "$T/three/$i.txt" $i; done
"$CLI" convert -r "$T/three" >/dev/null 2>"$T/sum.err"
check "summary: on stderr for several inputs" grep -q '^pressmill: 3 inputs: 3 converted (3 ok, 0 partial, 0 failed)' "$T/sum.err"
check "progress: silent when stderr is not a terminal" [ "$(tr -cd '\r' <"$T/sum.err" | wc -c)" -eq 0 ]
"$CLI" convert -q -r "$T/three" >/dev/null 2>"$T/q.err"
check "summary: --quiet says nothing" [ ! -s "$T/q.err" ]
"$CLI" convert "$SRC/samples/harbor-en.txt" >/dev/null 2>"$T/one.err"
check "summary: none for one input" [ ! -s "$T/one.err" ]
if command -v script >/dev/null 2>&1; then
	script -qec "\"$CLI\" convert -r \"$IN\" -o \"$T/tty\"" /dev/null >"$T/tty.out" 2>&1
	check "progress: drawn on a terminal (done/total, docs/s)" grep -q '[0-9]/8  .*docs/s' "$T/tty.out"
else
	echo "skip progress on a terminal: script(1) is missing"
fi
py '
import sys
r = json.load(open(sys.argv[1]))
for k in ("inputs", "converted", "ok", "partial", "failed", "failed_by_code", "up_to_date",
          "not_done", "interrupted", "seconds", "docs_per_second", "jobs"):
    assert k in r, k
assert r["failed_by_code"] == {"crashed": 3, "resource_limit": 1}, r["failed_by_code"]
assert r["ok"] == 4 and r["failed"] == 4 and r["inputs"] == 8
' "$T/iso.json"
check "report: JSON with the counts by error code" [ $? -eq 0 ]
"$CLI" convert --resume "$IN/a.txt" 2>/dev/null
check "usage: --resume without -o is a usage error (2)" [ $? -eq 2 ]
"$CLI" convert --pretty "$SRC/samples/harbor-en.txt" >"$T/pretty.json"
checke "single: --pretty prints one indented record" \
	'[ "$(wc -l <"$T/pretty.json")" -gt 10 ] && py "json.load(open(sys.argv[1]))" "$T/pretty.json"' 

# ---- memory stays flat (the 10,000-document figure: make bench-batch) -------
gen() { # gen DIR N
	mkdir -p "$1"
	i=0
	while [ $i -lt "$2" ]; do
		d="$1/d$((i % 20))"
		[ -d "$d" ] || mkdir "$d"
		printf 'Release %s\n\nACME opens plant %s in Lyon today.\n' $i $i >"$d/f$i.txt"
		i=$((i + 1))
	done
}
gen "$T/m100" 100
if [ -n "$SANITIZE" ]; then
	# ASan keeps freed memory in quarantine (256 MB by default): its RSS
	# says nothing about ours
	echo "skip memory: sanitizer build"
elif [ -x /usr/bin/time ]; then
	gen "$T/m2000" 2000
	/usr/bin/time -f %M -o "$T/m100.rss" "$CLI" convert -q -r "$T/m100" >/dev/null
	/usr/bin/time -f %M -o "$T/m2000.rss" "$CLI" convert -q -r "$T/m2000" >"$T/m2000.ndjson"
	a=$(tail -1 "$T/m100.rss")
	b=$(tail -1 "$T/m2000.rss")
	check "memory: peak RSS on 2000 documents ($b KB) within 2x that on 100 ($a KB)" [ "$b" -le $((2 * a)) ]
	check "memory: 2000 records" [ "$(wc -l <"$T/m2000.ndjson")" -eq 2000 ]
else
	echo "skip memory: /usr/bin/time is missing"
fi

# ---- the mapper contract: parallel --pipe over a path list ------------------
if command -v parallel >/dev/null 2>&1; then
	find "$T/m100" "$IN" -type f ! -name '.*' ! -path '*/.git/*' ! -name '*
*' | sort >"$T/paths"
	parallel --will-cite --pipe -N 50 "$CLI" convert -q --files-from - <"$T/paths" | sort >"$T/par.ndjson"
	"$CLI" convert -q --files-from "$T/paths" | sort >"$T/one.ndjson"
	checke "mapper: parallel --pipe -N 50 gives the same records as one run" \
		'[ -s "$T/par.ndjson" ] && cmp -s "$T/par.ndjson" "$T/one.ndjson"' 
	check "mapper: one record per path" [ "$(wc -l <"$T/par.ndjson")" -eq "$(wc -l <"$T/paths")" ]
else
	echo "skip mapper: GNU parallel is missing"
fi

finish
