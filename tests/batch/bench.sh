#!/bin/sh
# bench.sh - the figures of the batch runner (make bench-batch; not part of
# make check, it takes a minute): throughput of -j 2 against -j 1 on
# ../shared/corpus/press (best of RUNS runs each, the corpus repeated REPEAT
# times so that start-up does not dominate a sub-second run), peak RSS of a
# whole run on 100 and on 10,000 generated documents, and the work a second
# --resume run does on an unchanged folder.
. "$SRC/tests/batch/lib.sh"

RUNS=${RUNS:-5}
REPEAT=${REPEAT:-1}
CORPUS=${CORPUS:-$SRC/../shared/corpus/press}

best() { # best COMMAND...: the shortest wall time of RUNS runs, in seconds
	"$PYTHON" - "$RUNS" "$@" <<'PYEOF'
import subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
best = None
for _ in range(runs):
    t = time.monotonic()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t = time.monotonic() - t
    best = t if best is None or t < best else best
print("%.3f" % best)
PYEOF
}
calc() { "$PYTHON" -c "print($1)"; }

if [ -d "$CORPUS" ]; then
	mkdir -p "$T/corpus"
	k=0
	while [ $k -lt "$REPEAT" ]; do
		cp -r "$CORPUS" "$T/corpus/copy$k"
		k=$((k + 1))
	done
	n=$(find "$T/corpus" -type f ! -name '.*' | wc -l)
	t1=$(best "$CLI" convert -q -r -j 1 "$T/corpus")
	t2=$(best "$CLI" convert -q -r -j 2 "$T/corpus")
	ratio=$(calc "'%.2f' % ($t1 / $t2)")
	echo "throughput: $n documents, -j 1 ${t1}s, -j 2 ${t2}s: ${ratio}x (nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg))"
	check "throughput: -j 2 at least 1.8x -j 1 (${ratio}x)" [ "$(calc "$ratio >= 1.8")" = True ]

	"$CLI" convert -q -r "$T/corpus" -o "$T/out" --report "$T/first.json"
	"$CLI" convert -q -r "$T/corpus" -o "$T/out" --resume --report "$T/second.json"
	echo "resume: first run converted $(field "$T/first.json" converted), second run converted" \
		"$(field "$T/second.json" converted), $(field "$T/second.json" up_to_date) up to date," \
		"in $(field "$T/second.json" seconds) s"
	check "resume: the second run converts nothing" [ "$(field "$T/second.json" converted)" = 0 ]
else
	echo "skip throughput and resume: $CORPUS is not here"
fi

gen() { # gen DIR N: N small releases in folders of 100
	"$PYTHON" - "$1" "$2" <<'PYEOF'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    d = os.path.join(root, "d%03d" % (i // 100))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "f%05d.txt" % i), "w") as f:
        f.write("Release %d\n\nACME opens plant %d in Lyon today, the company said on Monday.\n" % (i, i))
PYEOF
}
gen "$T/m100" 100
gen "$T/m10000" 10000
for mode in "" "--ordered"; do
	/usr/bin/time -f %M -o "$T/a.rss" "$CLI" convert -q -r $mode "$T/m100" >/dev/null
	/usr/bin/time -f %M -o "$T/b.rss" "$CLI" convert -q -r $mode "$T/m10000" >"$T/m.ndjson"
	a=$(tail -1 "$T/a.rss")
	b=$(tail -1 "$T/b.rss")
	echo "memory${mode:+ ($mode)}: peak RSS 100 documents ${a} KB, 10,000 documents ${b} KB ($(wc -l <"$T/m.ndjson") records)"
	check "memory${mode:+ ($mode)}: 10,000 within 2x of 100" [ "$b" -le $((2 * a)) ]
done
/usr/bin/time -f %M -o "$T/c.rss" "$CLI" convert -q -r "$T/m10000" -o "$T/mout" >/dev/null
echo "memory (-o): peak RSS 10,000 documents $(tail -1 "$T/c.rss") KB"

finish
