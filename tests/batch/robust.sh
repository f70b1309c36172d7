#!/bin/sh
# robust.sh - the batch runner under the conditions of issue 10 (part 3),
# each a defect once reproduced: inputs that shrink while converted, a stop
# of the whole process group, two inputs mapping to one record, names too
# long or hostile for a terminal, stale records and --resume, --retry-failed,
# a descriptor limit below -j, a job stopped longer than --timeout, a memory
# limit too low to work in, names that are not UTF-8, paths longer than
# PATH_MAX, an output folder that cannot be written, an unreadable
# --files-from list, the progress line with records on stdout, and symlinks
# out of the folder given. Counts, over these cases, records lost (inputs
# without a record and not reported as not done) and false failed records
# (a healthy input whose record failed). Generates its inputs.
. "$SRC/tests/batch/lib.sh"

TESTPATH="$TESTPLUGINDIR"
unset PRESSMILL_PLUGIN_PATH
LOST=0
FALSE_FAILED=0

text() { # text FILE N: a small release
	printf 'Press release %s\n\nACME announces its product number %s today in Paris. The product is very good and ships soon.\n' "$2" "$2" >"$1"
}
gen() { # gen DIR N: N small releases in DIR
	mkdir -p "$1"
	_i=0
	while [ $_i -lt "$2" ]; do
		printf 'Release %s\n\nACME opens plant %s in Lyon today.\n' $_i $_i >"$1/f$_i.txt"
		_i=$((_i + 1))
	done
}
# wait_open PID NAME: until a worker of PID has a file named NAME open or
# mapped (at most 5 s): the document is being read, whatever the start-up
# took
wait_open() {
	_n=0
	while [ $_n -lt 100 ]; do
		for _w in $(pgrep -P "$1"); do
			{ ls -l "/proc/$_w/fd"; cat "/proc/$_w/maps"; } 2>/dev/null | grep -q "$2" && return 0
		done
		sleep 0.05
		_n=$((_n + 1))
	done
	return 1
}
# count FILE.ndjson CODE: records whose code (or status) is CODE
count() { codes "$1" | awk -v c="$2" '$NF == c' | wc -l; }
# lost WANT GOT: add to the records-lost figure
lost() { [ "$2" -lt "$1" ] && LOST=$((LOST + $1 - $2)); return 0; }
# falsefail N: add to the false-failed figure
falsefail() { FALSE_FAILED=$((FALSE_FAILED + $1)); }

# ---- an input that shrinks while it is converted ----------------------------
SH=$T/shrink
mkdir -p "$SH"
for i in 1 2 3 4 5; do text "$SH/ok$i.txt" $i; done
: >"$SH/f.txt"
(while :; do truncate -s 300M "$SH/f.txt"; truncate -s 0 "$SH/f.txt"; done) &
loop=$!
for run in 1 2 3; do
	"$CLI" convert -q -j 2 "$SH/f.txt" "$SH/ok1.txt" "$SH/f.txt" "$SH/ok2.txt" "$SH/f.txt" "$SH/ok3.txt" \
		"$SH/f.txt" "$SH/ok4.txt" "$SH/f.txt" "$SH/ok5.txt" "$SH/f.txt" >"$T/shrink.ndjson" 2>"$T/shrink.err"
	rc=$?
	n=$(wc -l <"$T/shrink.ndjson")
	lost 11 "$n"
	checke "shrink: run $run: the runner survives a file truncated under it (exit $rc, $n records of 11)" \
		'[ $rc -lt 128 ] && [ "$n" -eq 11 ]'
	n=$(count "$T/shrink.ndjson" ok)
	falsefail $((5 - n))
	checke "shrink: run $run: the five healthy files are ok, the shrinking one never 'crashed'" \
		'[ "$n" -eq 5 ] && [ "$(count "$T/shrink.ndjson" crashed)" -eq 0 ] && validate "$T/shrink.ndjson"'
done
kill $loop
wait $loop 2>/dev/null
rm -f "$SH/f.txt"

# ---- SIGTERM to the whole process group -------------------------------------
# A group stop reaches the runner and its workers in no set order. "first"
# makes the order that used to lose: the workers get it before the runner.
# Two slow but good documents (the crashy plugin's PMTEST-SLOW, padded so
# that the runner, largest first, starts them at once) keep both workers in
# the middle of a document when the stop comes, however fast the machine
# converts the 1,500 small ones.
gen "$T/term" 1500
for s in 1 2; do
	{ printf 'PMTEST-SLOW 2\n\nA slow release that is read in the end.\n'; head -c 20000 /dev/zero | tr '\0' 'x'; printf '\n'; } >"$T/term/slow$s.pmt"
done
for how in first 0 0.1; do
	rm -rf "$T/term.out" "$T/term.json"
	PRESSMILL_PLUGIN_PATH=$TESTPATH setsid "$CLI" convert -q -r -j 2 "$T/term" -o "$T/term.out" --report "$T/term.json" 2>/dev/null &
	pid=$!
	# once records are coming (the runner started)
	n=0
	while [ $n -lt 100 ] && [ -z "$(ls "$T/term.out" 2>/dev/null | head -1)" ]; do
		sleep 0.05
		n=$((n + 1))
	done
	if [ "$how" = first ]; then
		/bin/kill -s TERM $(pgrep -P $pid) 2>/dev/null
		sleep 0.3
	else
		sleep "$how"
	fi
	/bin/kill -s TERM -- -$pid
	wait $pid
	rc=$?
	cat_records "$T/term.out" "$T/term.ndjson"
	bad=$(count "$T/term.ndjson" crashed)
	falsefail "$bad"
	checke "term: a stop of the process group ($how) gives no crashed record (exit $rc, $bad crashed)" \
		'[ $rc -eq 143 ] && [ "$bad" -eq 0 ] && [ "$(field "$T/term.json" not_done)" -gt 0 ]'
	PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r -j 2 "$T/term" -o "$T/term.out" --resume --report "$T/term2.json"
	cat_records "$T/term.out" "$T/term.ndjson"
	n=$(count "$T/term.ndjson" ok)
	lost 1502 "$(wc -l <"$T/term.ndjson")"
	check "term: --resume finishes: 1502 records, all ok ($n)" [ "$n" -eq 1502 ]
done

# ---- two inputs, one output path --------------------------------------------
C=$T/clash
mkdir -p "$C/in" "$C/work/in" "$C/work/sub"
text "$C/in/x.txt" 1
text "$C/work/in/x.txt" 2
(cd "$C/work" && "$CLI" convert -q -r in ../in -o out)
rc=$?
cat_records "$C/work/out" "$T/clash1.ndjson"
n=$(wc -l <"$T/clash1.ndjson")
lost 2 "$n"
checke "clash: -r in ../in -o out keeps both records ($n, exit $rc)" \
	'[ "$n" -eq 2 ] && [ "$(py "print(len({json.loads(l)[\"source\"][\"sha256\"] for l in open(sys.argv[1])}))" "$T/clash1.ndjson")" -eq 2 ]'
text "$C/x.txt" 3
text "$C/work/x.txt" 4
printf '%s\n' x.txt ../x.txt >"$T/clash.list"
(cd "$C/work" && "$CLI" convert -q --files-from "$T/clash.list" -o out2)
cat_records "$C/work/out2" "$T/clash2.ndjson"
n=$(wc -l <"$T/clash2.ndjson")
lost 2 "$n"
check "clash: --files-from with x.txt and ../x.txt keeps both records ($n)" [ "$n" -eq 2 ]
# what still maps to one name (an absolute path and the same path relative
# to another folder) is an error, and the first record stays
rel=$(echo "$C" | sed 's|^/*||')
mkdir -p "$C/work/$rel"
text "$C/work/$rel/x.txt" 5
(cd "$C/work" && "$CLI" convert -q "$C/x.txt" "$rel/x.txt" -o out3 2>"$T/clash3.err")
rc=$?
checke "clash: a real clash is an error naming both inputs (exit 1), the first record kept" \
	'[ $rc -eq 1 ] && grep -q "x.txt" "$T/clash3.err" && grep -q "$(sha256sum "$C/x.txt" | cut -c1-64)" "$C/work/out3/$rel/x.txt.json"'
(cd "$C/work" && "$CLI" convert -q x.txt ./x.txt sub/../x.txt -o out4 2>"$T/clash4.err")
check "clash: the same file named twice is not a clash" [ $? -eq 0 ]

# ---- names of 239+ bytes; a file x beside a folder x.json/ ------------------
L=$T/long
mkdir -p "$L/x.json"
n239=$(printf 'a%.0s' $(seq 1 235)).txt
n255=$(printf 'b%.0s' $(seq 1 251)).txt
text "$L/$n239" 1
text "$L/$n255" 2
text "$L/x" 3
text "$L/x.json/in.txt" 4
"$CLI" convert -q -r "$L" -o "$T/long.out" 2>"$T/long.err"
rc=$?
cat_records "$T/long.out" "$T/long.ndjson"
check "long: a 239-byte name gets its record under its own name" [ -f "$T/long.out/$n239.json" ]
py '
import os, sys
names = [n for n in os.listdir(sys.argv[1]) if n.startswith("bbbb")]
assert len(names) == 1 and len(names[0].encode()) <= 255 and names[0].endswith(".json"), names
r = json.load(open(os.path.join(sys.argv[1], names[0])))
assert r["source"]["path"] == sys.argv[2] and r["status"] == "ok", r["source"]
' "$T/long.out" "$n255"
check "long: a 255-byte name gets a shortened record name, source.path whole" [ $? -eq 0 ]
checke "long: x beside x.json/ is a clear failure (exit 1), the rest written" \
	'[ $rc -eq 1 ] && grep -q "x.json.*folder\|folder.*x.json" "$T/long.err" && [ "$(wc -l <"$T/long.ndjson")" -eq 3 ]'

# ---- hostile names on stderr -------------------------------------------------
E=$T/esc
mkdir -p "$E"
evil=$(printf 'e\033]0;pwned\007\033[2Jx.txt')
: >"$E/$evil"
: >"$E/$(printf 'a\nfake: ok.txt')"
"$CLI" convert -v -r "$E" >/dev/null 2>"$T/esc.err"
checke "escape: no control character of a name reaches stderr" \
	'! LC_ALL=C grep -q "$(printf "[\001-\010\013-\037\177]")" "$T/esc.err"'
py '
import sys
t = open(sys.argv[1], "rb").read()
assert not any(l.startswith(b"fake: ok") for l in t.split(b"\n")), t
q = chr(39)
want = (q + "a" + q + "$" + q + "\\n" + q + q + "fake: ok.txt" + q).encode()
assert want in t, t
' "$T/esc.err"
check "escape: a newline in a name does not forge a log line; names quoted as coreutils does" [ $? -eq 0 ]

# ---- --resume: a record made stale while it was written, or by another version
R=$T/res
mkdir -p "$R"
printf 'PMTEST-SLOW 0.6\nFirst version.\n' >"$R/s.pmt"
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r "$R" -o "$T/res.out" &
pid=$!
wait_open $pid s.pmt
sleep 0.1
printf 'PMTEST-SLOW 0\nSecond version, longer.\n' >"$R/s.pmt"
wait $pid
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r "$R" -o "$T/res.out" --resume --report "$T/res.json"
check "resume: an input changed during its conversion is converted again" [ "$(field "$T/res.json" converted)" = 1 ]
check "resume: the new record has the new text" grep -q "Second version" "$T/res.out/s.pmt.json"
text "$R/t.txt" 1
"$CLI" convert -q "$R/t.txt" -o "$T/res2.out"
f=$(find "$T/res2.out" -name t.txt.json)
py '
import sys
r = json.load(open(sys.argv[1]))
p = r.get("producer")
k = list(r)
# record 1.1: producer is the last key of 1.0, the keys 1.1 added follow it
assert k[k.index("error") + 1] == "producer", k
assert k[k.index("producer") + 1:] == ["lead", "kind", "reference", "issuer", "tables", "links", "images", "notes",
                                     "furniture"], k
assert p and p["name"] == "pressmill" and p["plugin"] == "txt" and p["version"] and p["plugin_version"], p
' "$f"
check "producer: the record says which pressmill and plugin made it" [ $? -eq 0 ]
"$CLI" convert -q "$R/t.txt" -o "$T/res2.out" --resume --report "$T/res2.json"
check "producer: --resume keeps a record of this version" [ "$(field "$T/res2.json" up_to_date)" = 1 ]
for k in version plugin_version; do
	cp -p "$f" "$T/saved.json"
	py 'r = json.load(open(sys.argv[1])); r["producer"][sys.argv[2]] = "0.0.0-old"
open(sys.argv[1], "w").write(json.dumps(r, ensure_ascii=False) + "\n")' "$f" $k
	touch -r "$T/saved.json" "$f"
	"$CLI" convert -q "$R/t.txt" -o "$T/res2.out" --resume --report "$T/res3.json"
	check "producer: --resume converts again a record of another $k" [ "$(field "$T/res3.json" converted)" = 1 ]
done

# ---- --retry-failed -----------------------------------------------------------
RF=$T/retry
mkdir -p "$RF"
printf 'PMTEST-SLOW 0.4\nSlow but good.\n' >"$RF/slow.pmt"
text "$RF/good.txt" 1
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r "$RF" -o "$T/retry.out" --timeout 0.2
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r "$RF" -o "$T/retry.out" --resume --report "$T/retry1.json"
check "retry: --resume alone keeps a timeout record" [ "$(field "$T/retry1.json" up_to_date)" = 2 ]
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -r "$RF" -o "$T/retry.out" --resume --retry-failed \
	--report "$T/retry2.json" 2>"$T/retry2.err"
checke "retry: --retry-failed converts it again, and says so" \
	'[ "$(field "$T/retry2.json" retried)" = 1 ] && grep -q "1 retried" "$T/retry2.err" && grep -q "\"status\":\"ok\"" "$T/retry.out/slow.pmt.json"'

# ---- -j above the descriptor limit -------------------------------------------
gen "$T/fds" 300
(ulimit -n 64 && "$CLI" convert -q -r -j 200 "$T/fds" --report "$T/fds.json" >"$T/fds.ndjson" 2>"$T/fds.err")
rc=$?
n=$(count "$T/fds.ndjson" ok)
lost 300 "$(wc -l <"$T/fds.ndjson")"
falsefail $((300 - n))
checke "fds: -j 200 under ulimit -n 64: 300 ok records, none failed for want of descriptors (exit $rc, $n ok)" \
	'[ $rc -eq 0 ] && [ "$n" -eq 300 ] && [ "$(field "$T/fds.json" jobs)" -lt 64 ]'

# ---- stopped (Ctrl-Z) longer than --timeout, then continued ------------------
Z=$T/stop
mkdir -p "$Z"
for i in 1 2 3 4; do printf 'PMTEST-SLOW 0.5\nGood %s.\n' $i >"$Z/$i.pmt"; done
PRESSMILL_PLUGIN_PATH=$TESTPATH setsid "$CLI" convert -q -r -j 2 --timeout 1 "$Z" >"$T/stop.ndjson" &
pid=$!
wait_open $pid 1.pmt
sleep 0.1
/bin/kill -s STOP -- -$pid
sleep 1.5
/bin/kill -s CONT -- -$pid
wait $pid
rc=$?
n=$(count "$T/stop.ndjson" ok)
falsefail $((4 - n))
check "stop: a job stopped 1.5 s under --timeout 1 gives no timeout record ($n ok of 4)" [ "$n" -eq 4 ]

# ---- a machine loaded over its cores ----------------------------------------
# Everything on CPU 0 beside four processes that spin: a worker gets a
# sixth of a CPU or less, so a document needing 0.2 s of CPU takes over a
# second. The time it waits for the CPU is not counted against --timeout
# 0.5 (it would have timed out); one that spins past the timeout, or
# sleeps past it, still times out.
L=$T/load
mkdir -p "$L"
for i in 1 2; do printf 'PMTEST-BUSY 0.2\nBusy %s.\n' $i >"$L/busy$i.pmt"; done
printf 'PMTEST-HANG\n' >"$L/hang.pmt"
printf 'PMTEST-SLOW 3\nAsleep.\n' >"$L/sleep.pmt"
spinners=
for i in 1 2 3 4; do
	taskset -c 0 sh -c 'while :; do :; done' &
	spinners="$spinners $!"
done
PRESSMILL_PLUGIN_PATH=$TESTPATH taskset -c 0 "$CLI" convert -v -r -j 2 --timeout 0.5 "$L" \
	>"$T/load.ndjson" 2>"$T/load.err"
kill $spinners
wait $spinners 2>/dev/null
busy_ok=$(codes "$T/load.ndjson" | grep -c '^busy[12].pmt ok$')
falsefail $((2 - busy_ok))
lost 4 "$(wc -l <"$T/load.ndjson")"
checke "load: two documents of 0.2 s of CPU on a sixth of a CPU are ok under --timeout 0.5 ($busy_ok of 2), the wait logged" \
	'[ "$busy_ok" -eq 2 ] && grep -q "busy1.pmt: ok ([0-9]* ms, [0-9]* ms of them waiting for a CPU)" "$T/load.err"'
checke "load: a document that spins, and one that sleeps, past --timeout 0.5 still time out" \
	'codes "$T/load.ndjson" | grep -qx "hang.pmt timeout" && codes "$T/load.ndjson" | grep -qx "sleep.pmt timeout"'

# ---- --max-memory too low ----------------------------------------------------
"$CLI" convert --max-memory 16 "$SH/ok1.txt" >/dev/null 2>"$T/mem.err"
rc=$?
checke "memory: --max-memory 16 is a usage error (exit 2) saying the minimum" '[ $rc -eq 2 ] && grep -q "max-memory" "$T/mem.err"'
"$CLI" convert --max-memory 64 "$SH/ok1.txt" >/dev/null 2>&1
check "memory: --max-memory 64 too" [ $? -eq 2 ]
min=$(sed -n 's/.*at least \([0-9]*\).*/\1/p' "$T/mem.err")
truncate -s 400M "$T/big.txt"
"$CLI" convert -q --max-memory "${min:-0}" "$SH/ok1.txt" "$T/big.txt" >"$T/mem.ndjson"
checke "memory: at the minimum ($min MB) a small file converts, one too big for it is resource_limit" \
	'[ "$(codes "$T/mem.ndjson" | sort | sed "s|.*/||" | tr "\n" " ")" = "big.txt resource_limit ok1.txt ok " ]'
rm -f "$T/big.txt"

# ---- names that are not UTF-8 ------------------------------------------------
U=$T/utf
mkdir -p "$U"
text "$U/$(printf 'bad\377.txt')" 1
text "$U/$(printf 'bad\376.txt')" 2
text "$U/good-é.txt" 3
"$CLI" convert -q -r "$U" >"$T/utf.ndjson"
py '
import base64, os, sys
seen = {}
for l in open(sys.argv[1]):
    s = json.loads(l)["source"]
    if "path_bytes" in s:
        b = base64.b64decode(s["path_bytes"])
        assert b.decode("utf-8", "replace") == s["path"], s
        seen[b] = s
    else:
        assert s["path"] == "good-é.txt", s
assert set(seen) == {b"bad\xff.txt", b"bad\xfe.txt"}, seen
' "$T/utf.ndjson"
check "utf8: two names that differ only in invalid bytes keep their exact bytes (path_bytes)" [ $? -eq 0 ]
check "utf8: records validate" validate "$T/utf.ndjson"

# ---- paths longer than PATH_MAX -----------------------------------------------
py '
import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
os.mkdir("deep", dir_fd=fd); d = os.open("deep", os.O_RDONLY, dir_fd=fd); os.close(fd)
for i in range(18):
    n = ("%02d" % i) + "d" * 240
    os.mkdir(n, dir_fd=d)
    nd = os.open(n, os.O_RDONLY, dir_fd=d); os.close(d); d = nd
f = os.open("leaf.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=d)
os.write(f, b"Deep release\n\nACME opens a plant very deep down in the folders today.\n")
os.close(f)
' "$T"
"$CLI" convert -q -r "$T/deep" -o "$T/deep.out"
rc=$?
n=$(find "$T/deep.out" -name leaf.txt.json | wc -l)
lost 1 "$n"
checke "pathmax: a file below PATH_MAX converts and its record is written under -o (exit $rc)" \
	'[ $rc -eq 0 ] && [ "$n" -eq 1 ]'
find "$T/deep" -name leaf.txt >"$T/deep.list"
"$CLI" convert -q --files-from "$T/deep.list" >"$T/deep.ndjson"
check "pathmax: the same path from --files-from converts" [ "$(count "$T/deep.ndjson" ok)" -eq 1 ]
rm -rf "$T/deep" "$T/deep.out"

# ---- an output folder that cannot be written ---------------------------------
gen "$T/ro.in" 40
chmod -R a+rX "$T/ro.in"
mkdir -p "$T/ro.out"
chmod 755 "$T/ro.out"
as_user=
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null 2>&1 && as_user="setpriv --reuid=65534 --regid=65534 --clear-groups --"
fi
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
	[ "$(id -u)" != 0 ] && chmod 555 "$T/ro.out"
	$as_user "$CLI" convert -v -r "$T/ro.in" -o "$T/ro.out" 2>"$T/ro.err"
	rc=$?
	checke "out: a read-only OUT stops the run at once (exit 1, one error line, nothing converted)" \
		'[ $rc -eq 1 ] && [ "$(wc -l <"$T/ro.err")" -eq 1 ] && ! grep -q ": ok" "$T/ro.err"'
else
	echo "skip read-only OUT: running as root without setpriv"
fi
# OUT removed while the run goes on: it stops, errors are not repeated
mkdir -p "$T/gone.in"
for i in $(seq 1 30); do printf 'PMTEST-SLOW 0.05\nGood %s.\n' $i >"$T/gone.in/$i.pmt"; done
PRESSMILL_PLUGIN_PATH=$TESTPATH "$CLI" convert -q -r -j 2 "$T/gone.in" -o "$T/gone.out" --report "$T/gone.json" 2>"$T/gone.err" &
pid=$!
n=0
while [ $n -lt 100 ] && [ -z "$(ls "$T/gone.out" 2>/dev/null | head -1)" ]; do
	sleep 0.05
	n=$((n + 1))
done
# a record written while rm walks the folder makes its last rmdir fail
# ("Directory not empty") and OUT stays: remove until it is gone
n=0
while [ -e "$T/gone.out" ] && [ $n -lt 50 ]; do
	rm -rf "$T/gone.out" 2>/dev/null
	n=$((n + 1))
done
wait $pid
rc=$?
checke "out: OUT removed during the run: exit 1, at most 3 error lines, the rest not done" \
	'[ $rc -eq 1 ] && [ "$(grep -c "cannot write" "$T/gone.err")" -le 3 ] && [ "$(field "$T/gone.json" not_done)" -gt 0 ]'

# ---- --files-from an unreadable list -------------------------------------------
"$CLI" convert -q --files-from "$T/no-such-list" >/dev/null 2>&1
check "files-from: a missing list is an error (exit 1)" [ $? -eq 1 ]
"$CLI" convert -q --files-from "$T" >/dev/null 2>&1
check "files-from: a folder given as the list is an error (exit 1)" [ $? -eq 1 ]

# ---- the progress line while records go to stdout -------------------------------
if command -v script >/dev/null 2>&1; then
	P=$T/prog
	mkdir -p "$P"
	for i in $(seq 1 12); do printf 'PMTEST-SLOW 0.15\nGood %s.\n' $i >"$P/$i.pmt"; done
	PRESSMILL_PLUGIN_PATH=$TESTPATH script -qec "\"$CLI\" convert -r -j 2 \"$P\" >\"$T/prog.ndjson\"" /dev/null >"$T/prog.tty" 2>&1
	py '
import sys
t = open(sys.argv[1], "rb").read()
pieces = t.split(b"\r\x1b[K")
# every clear of the line is followed by something drawn: never wiped bare
bare = [p for p in pieces[1:-1] if not p]
assert len(pieces) > 3, pieces
assert not bare, (len(bare), len(pieces))
' "$T/prog.tty"
	check "progress: stays drawn while records go to stdout" [ $? -eq 0 ]
	check "progress: 12 records on stdout" [ "$(wc -l <"$T/prog.ndjson")" -eq 12 ]
else
	echo "skip progress with stdout redirected: script(1) is missing"
fi

# ---- symlinks out of the folder given -------------------------------------------
S=$T/links
mkdir -p "$S/in/sub"
text "$S/in/a.txt" 1
text "$S/outside.txt" 2
ln -s /etc/passwd "$S/in/passwd.txt"
ln -s ../outside.txt "$S/in/out.txt"
ln -s ../a.txt "$S/in/sub/inside.txt"
"$CLI" convert -r "$S/in" --report "$T/links.json" >"$T/links.ndjson" 2>"$T/links.err"
rc=$?
checke "symlinks: links out of the folder are skipped by default, counted (exit $rc)" \
	'[ $rc -eq 0 ] && [ "$(codes "$T/links.ndjson" | sort | tr "\n" " ")" = "a.txt ok sub/inside.txt ok " ] && [ "$(field "$T/links.json" symlinks_skipped)" = 2 ] && grep -q "2 symlinks" "$T/links.err"'
check "symlinks: nothing of /etc/passwd in a record" sh -c "! grep -q root: '$T/links.ndjson'"
"$CLI" convert -q -r --follow-symlinks "$S/in" >"$T/links2.ndjson"
check "symlinks: --follow-symlinks converts them" [ "$(wc -l <"$T/links2.ndjson")" -eq 4 ]

# ---- --help lists the new options ------------------------------------------------
"$CLI" --help >"$T/help.out"
for o in --retry-failed --follow-symlinks; do
	check "help: lists $o" grep -q -- "$o" "$T/help.out"
done

echo "robust: records lost $LOST, false failed records $FALSE_FAILED"
check "robust: no record lost" [ "$LOST" -eq 0 ]
check "robust: no false failed record" [ "$FALSE_FAILED" -eq 0 ]
finish
