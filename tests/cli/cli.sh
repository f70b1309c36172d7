#!/bin/sh
# cli.sh - `pressmill` as a user types it (issue 16): usage errors that
# say one thing and where to read more (exit 2, nothing converted), a
# folder given without -r, the reason of a single failed input on stderr,
# the document on stdin (`-`, --name, -o -) converted in the worker pool
# like a file (same record, crashes isolated, --max-file-size enforced on
# a pipe that never ends, other workers' limits enforced while stdin is
# slow, a stop while waiting for it), and --include / --exclude on folder
# walks.
SUITE=cli
. "$SRC/tests/batch/lib.sh"
# sorted lists below are in byte order
LC_ALL=C
export LC_ALL

S=$SRC/samples
# run NAME ARGS...: the command's stdout, stderr and status in $T/NAME.{out,err,rc}
run() {
	_n=$1
	shift
	"$CLI" "$@" >"$T/$_n.out" 2>"$T/$_n.err"
	echo $? >"$T/$_n.rc"
}
rc() { cat "$T/$1.rc"; }

# ---- usage errors: one line, then "Try ...", status 2, nothing on stdout
# usage_error NAME TRY ARGS...: ARGS is a usage error of the command TRY
# names ("pressmill" or "pressmill serve")
usage_error() {
	_u=$1
	_try=$2
	shift 2
	run "$_u" "$@"
	checke "usage: $* -> one line, '$_try --help', exit 2" \
		'[ "$(rc "$_u")" = 2 ] && [ ! -s "$T/$_u.out" ] && [ "$(wc -l <"$T/$_u.err")" = 2 ] &&
		 [ "$(sed -n 2p "$T/$_u.err")" = "Try '"'"'$_try --help'"'"'." ] &&
		 sed -n 1p "$T/$_u.err" | grep -q "^pressmill" ||
		 { sed "s/^/    /" "$T/$_u.err"; false; }'
}
usage_error u1 pressmill
usage_error u2 pressmill frob
usage_error u3 pressmill convert
usage_error u4 pressmill convert --frob "$S/harbor-en.txt"
usage_error u5 pressmill convert "$S/harbor-en.txt" -o
usage_error u6 pressmill convert --timeout soon "$S/harbor-en.txt"
usage_error u7 pressmill convert --pretty --ndjson "$S/harbor-en.txt"
usage_error u8 pressmill convert --resume "$S/harbor-en.txt"
usage_error u9 pressmill convert --include '*.pdf' "$S"
usage_error u10 pressmill convert --name x.txt "$S/harbor-en.txt"
usage_error u11 pressmill convert - -
usage_error u12 pressmill convert --files-from - -
usage_error u13 pressmill convert -r --exclude / "$S"
usage_error u14 pressmill convert --max-memory 16 "$S/harbor-en.txt"
usage_error u15 pressmill convert --max "$S/harbor-en.txt"
usage_error u16 pressmill -v convert "$S/harbor-en.txt"
usage_error u17 pressmill schema extra
usage_error u18 pressmill completion fish
usage_error u19 "pressmill serve" serve --frob
usage_error u20 "pressmill serve" serve --listen nowhere
checke "usage: getopt's message names the program, not the command" \
	'grep -q "^pressmill: unrecognized option .--frob." "$T/u4.err" &&
	 grep -q "^pressmill serve: unrecognized option .--frob." "$T/u19.err"'
run help convert --help
checke "usage: --help is the whole usage, on stdout, exit 0" \
	'[ "$(rc help)" = 0 ] && grep -q "^usage: pressmill convert" "$T/help.out" && [ ! -s "$T/help.err" ]'

# ---- a folder without -r; the reason of a single failure ---------------
run dir convert "$S"
checke "folder without -r: a failed record saying to use -r, one line on stderr, exit 1" \
	'[ "$(rc dir)" = 1 ] && [ "$(codes "$T/dir.out")" = "$S io_error" ] &&
	 grep -q "convert -r" "$T/dir.out" && [ "$(wc -l <"$T/dir.err")" = 1 ] &&
	 grep -q "is a folder: use -r" "$T/dir.err"'
run dir2 convert --ndjson "$S" "$S/harbor-en.txt"
checke "folder without -r among files: said at once, the files converted, exit 1" \
	'[ "$(rc dir2)" = 1 ] && grep -q "is a folder: use -r" "$T/dir2.err" &&
	 [ "$(codes "$T/dir2.out" | sort | tr "\n" " ")" = "$S io_error $S/harbor-en.txt ok " ]'

: >"$T/empty.txt"
run fail1 convert "$T/empty.txt"
checke "single failure: why on stderr without -v, exit 1" \
	'[ "$(rc fail1)" = 1 ] && [ "$(wc -l <"$T/fail1.err")" = 1 ] &&
	 grep -q "empty.txt: failed (empty): the file is empty" "$T/fail1.err"'
run fail2 convert -q -o "$T/fail2" "$T/empty.txt"
checke "single failure: said with -q and -o too" \
	'[ "$(rc fail2)" = 1 ] && grep -q "failed (empty)" "$T/fail2.err"'
run fail3 convert "$T/empty.txt" "$S/harbor-en.txt"
checke "several inputs: the summary counts the failure, no line of its own" \
	'[ "$(rc fail3)" = 1 ] && ! grep -q "failed (empty)" "$T/fail3.err" && grep -q "1 empty" "$T/fail3.err"'
run ok1 convert "$S/harbor-en.txt"
check "single success: nothing on stderr" [ "$(rc ok1)" = 0 ] && [ ! -s "$T/ok1.err" ]

# ---- the document on stdin ---------------------------------------------
"$CLI" convert "$S/docx-orchard-en.docx" >"$T/file.json"
cat "$S/docx-orchard-en.docx" | "$CLI" convert --name "$S/docx-orchard-en.docx" - >"$T/pipe.json" 2>"$T/pipe.err"
check "stdin: a pipe gives the record the file gives (--name as source.path)" cmp -s "$T/file.json" "$T/pipe.json"
"$CLI" convert --name "$S/docx-orchard-en.docx" - <"$S/docx-orchard-en.docx" >"$T/redir.json"
check "stdin: a redirected file gives it too" cmp -s "$T/file.json" "$T/redir.json"
cat "$S/docx-orchard-en.docx" | "$CLI" convert --no-isolate --name "$S/docx-orchard-en.docx" - >"$T/here.json"
check "stdin: --no-isolate gives it too" cmp -s "$T/file.json" "$T/here.json"
cat "$S/harbor-en.txt" | "$CLI" convert - >"$T/dash.json"
checke "stdin: without --name, source.path is '-'" \
	'[ "$(codes "$T/dash.json")" = "- ok" ] && validate "$T/dash.json"'
cat "$S/docx-orchard-en.docx" | "$CLI" convert - >"$T/noname.json"
checke "stdin: without a name the format is found from the bytes" \
	'py "r = json.load(open(sys.argv[1])); assert r[\"source\"][\"format\"] == \"docx\", r[\"source\"]" "$T/noname.json"'
size=$(wc -c <"$S/harbor-en.txt")
{ dd bs=1 count=10 of=/dev/null 2>/dev/null; "$CLI" convert - >"$T/offset.json"; } <"$S/harbor-en.txt"
checke "stdin: a redirected file already partly read is converted from where stdin is" \
	'[ "$(py "print(json.load(open(sys.argv[1]))[\"source\"][\"bytes\"])" "$T/offset.json")" = $((size - 10)) ]'
"$CLI" convert -o - "$S/harbor-en.txt" >"$T/o-dash.json"
"$CLI" convert "$S/harbor-en.txt" >"$T/o-none.json"
check "-o -: stdout" cmp -s "$T/o-dash.json" "$T/o-none.json"
cat "$S/ministry-fr.txt" | "$CLI" convert -q "$S/harbor-en.txt" - "$S/docx-orchard-en.docx" >"$T/mixed.ndjson"
checke "stdin among files: one record each, in one NDJSON stream" \
	'[ "$(codes "$T/mixed.ndjson" | sort | tr "\n" " ")" = "- ok $S/docx-orchard-en.docx ok $S/harbor-en.txt ok " ] &&
	 validate "$T/mixed.ndjson"'
cat "$S/ministry-fr.txt" | "$CLI" convert -q --name 'press/../fr.txt' - "$S/harbor-en.txt" -o "$T/outdir"
checke "stdin with -o: OUT/<name>.json, inside OUT" \
	'[ -f "$T/outdir/press/%2E%2E/fr.txt.json" ] && [ "$(find "$T/outdir" -name "*.json" | wc -l)" = 2 ]'
cat "$S/ministry-fr.txt" | "$CLI" convert -q - -o "$T/outdash"
check "stdin with -o and no --name: OUT/-.json" [ -f "$T/outdash/-.json" ]
"$CLI" convert - </dev/null >"$T/empty-in.json" 2>"$T/empty-in.err"
check "stdin: nothing on stdin is an empty record" [ "$(codes "$T/empty-in.json")" = "- empty" ]
"$CLI" convert - <&- >"$T/closed.json" 2>"$T/closed.err"
checke "stdin: a closed stdin is an io_error record, said on stderr" \
	'[ "$(codes "$T/closed.json")" = "- io_error" ] && grep -q "cannot read stdin" "$T/closed.err"'

# a producer that never ends: reading stops one byte past the limit
timeout 60 sh -c 'yes "press release" | "$1" convert --max-file-size 1 -' sh "$CLI" >"$T/big.json" 2>"$T/big.err"
rc=$?
checke "stdin: --max-file-size stops reading an endless pipe: too_large, exit 1" \
	'[ $rc = 1 ] && [ "$(codes "$T/big.json")" = "- too_large" ] && grep -q "the rest was not read" "$T/big.json"'

# through the worker pool: a crash on stdin costs a record, not the run
printf 'PMTEST-CRASH\n' | PRESSMILL_PLUGIN_PATH=$TESTPLUGINDIR "$CLI" convert - "$S/harbor-en.txt" >"$T/crash.ndjson" 2>"$T/crash.err"
rc=$?
checke "stdin: read in a worker (a crashing reader gives 'crashed', the run goes on)" \
	'[ $rc = 1 ] && [ "$(codes "$T/crash.ndjson" | sort | tr "\n" " ")" = "- crashed $S/harbor-en.txt ok " ]'

# a slow stdin does not hold the other workers' limits: a worker past its
# timeout is stopped after 1 s while stdin is still being waited for (3 s);
# asleep, so that its time counts whatever the machine's load (a spinning
# worker's wait for a CPU would not)
printf 'PMTEST-SLOW 60\nAsleep.\n' >"$T/hang.pmt"
(sleep 3; cat "$S/harbor-en.txt") | PRESSMILL_PLUGIN_PATH=$TESTPLUGINDIR "$PYTHON" -c '
import subprocess, sys, time, json
t0 = time.monotonic()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    r = json.loads(line)
    print("%.1f %s %s" % (time.monotonic() - t0, r["source"]["path"].rsplit("/", 1)[-1],
                          (r["error"] or {}).get("code") or r["status"]))
p.wait()' "$CLI" convert -q -j 2 --timeout 1 "$T/hang.pmt" - >"$T/slow.out" 2>&1
checke "stdin: while waiting for it, a hung worker is stopped at its timeout" \
	'awk "\$2 == \"hang.pmt\" && \$3 == \"timeout\" && \$1 < 2.5 {h=1} \$2 == \"-\" && \$3 == \"ok\" {s=1} END {exit !(h && s)}" "$T/slow.out" ||
	 { sed "s/^/    /" "$T/slow.out"; false; }'

# a stop while waiting for stdin (a FIFO whose writer stays silent): no
# record, counted as not done, 128+15
mkfifo "$T/fifo"
"$CLI" convert - <"$T/fifo" >"$T/stop.out" 2>"$T/stop.err" &
pid=$!
exec 3>"$T/fifo"
sleep 1
kill -TERM $pid
wait $pid
rc=$?
exec 3>&-
checke "stdin: SIGTERM while waiting for it stops at once, 1 input not done, exit 143" \
	'[ $rc = 143 ] && [ ! -s "$T/stop.out" ] && grep -q "1 input not done" "$T/stop.err"'

# ---- --include / --exclude --------------------------------------------
IN=$T/in
mkdir -p "$IN/2024/drafts" "$IN/old/2024" "$IN/press/x"
for f in a.txt b.md 2024/c.txt 2024/d.txt 2024/drafts/e.txt old/2024/f.txt press/x/g.txt press/h.txt; do
	printf 'Harbor news %s\n\nA paragraph of the release.\n' "$f" >"$IN/$f"
done
# walked GLOBS...: the paths converted below $IN, sorted, on one line
walked() {
	"$CLI" convert -q -r "$@" "$IN" >"$T/walk.ndjson" 2>"$T/walk.err"
	codes "$T/walk.ndjson" | cut -d" " -f1 | sort | tr "\n" " "
}
checke "include: a name glob matches at any depth" \
	'[ "$(walked --include "*.md" --include "e.*")" = "2024/drafts/e.txt b.md " ]'
checke "exclude: a name glob that matches a folder leaves out all below it" \
	'[ "$(walked --exclude 2024)" = "a.txt b.md press/h.txt press/x/g.txt " ]'
checke "exclude: a glob with '/' is anchored at the folder given" \
	'[ "$(walked --exclude "2024/*.txt")" = "2024/drafts/e.txt a.txt b.md old/2024/f.txt press/h.txt press/x/g.txt " ]'
checke "exclude: a leading '/' anchors a name" \
	'[ "$(walked --exclude /2024)" = "a.txt b.md old/2024/f.txt press/h.txt press/x/g.txt " ]'
checke "include: '**' matches any number of folders" \
	'[ "$(walked --include "**/2024/?.txt")" = "2024/c.txt 2024/d.txt old/2024/f.txt " ]'
checke "include: a glob that matches a folder takes in everything below it" \
	'[ "$(walked --include press)" = "press/h.txt press/x/g.txt " ]'
checke "exclude: a trailing '/' matches folders only" \
	'[ "$(walked --exclude "*.txt/" --exclude "drafts/")" = "2024/c.txt 2024/d.txt a.txt b.md old/2024/f.txt press/h.txt press/x/g.txt " ]'
checke "include and exclude: --exclude wins, whatever the order" \
	'[ "$(walked --exclude "?.txt" --include "*.txt")" = "" ] && [ "$(walked --include "*.txt" --exclude "?.txt")" = "" ]'
checke "include and exclude: exclude a folder, include by name" \
	'[ "$(walked --include "*.txt" --exclude old --exclude drafts)" = "2024/c.txt 2024/d.txt a.txt press/h.txt press/x/g.txt " ]'
"$CLI" convert -r --exclude 2024 --include "*.txt" --report "$T/glob.json" "$IN" >/dev/null 2>"$T/glob.err"
checke "exclude: counted in the summary and in --report (excluded)" \
	'[ "$(field "$T/glob.json" excluded)" = 3 ] && grep -q "3 left out by --include/--exclude" "$T/glob.err"'
"$CLI" convert -v -r --exclude drafts "$IN" >/dev/null 2>"$T/globv.err"
check "exclude: -v names what is left out" grep -q "drafts: skipped: folder left out" "$T/globv.err"
"$CLI" convert -q -r --exclude "*.txt" "$IN/a.txt" "$IN/press" >"$T/named.ndjson"
checke "exclude: a file named on the command line is converted as named" \
	'[ "$(codes "$T/named.ndjson" | cut -d" " -f1)" = "$IN/a.txt" ]'

finish
