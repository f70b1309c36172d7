#!/bin/sh
# bench/pdf.sh - PDF throughput against pdftotext, in the same run, on every
# .pdf under ../shared/corpus/suites and ../shared/corpus/press: pressmill in
# process (--no-isolate) and with its default worker isolation, one job each
# so that the time per document compares with pdftotext's, which makes no
# record. Prints seconds per run, ms per document and the ratios.
# usage: bench/pdf.sh [PRESSMILL] (default build/bin/pressmill)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
pm=${1:-$here/build/bin/pressmill}
shared=${PM_SHARED:-$here/../shared}
if [ ! -d "$shared/corpus" ]; then
	echo "bench/pdf.sh: skipped: $shared/corpus is not here"
	exit 0
fi
command -v pdftotext >/dev/null || { echo "bench/pdf.sh: pdftotext missing (poppler-utils)" >&2; exit 1; }
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$shared/corpus/suites" "$shared/corpus/press" -iname '*.pdf' -type f | sort > "$list"
n=$(wc -l < "$list")

now() { date +%s.%N; }
t0=$(now)
while IFS= read -r f; do pdftotext -q "$f" - > /dev/null 2>&1 || true; done < "$list"
t1=$(now)
"$pm" convert --no-isolate --ndjson -q -j 1 --files-from "$list" > /dev/null 2>&1 || true
t2=$(now)
"$pm" convert --ndjson -q -j 1 --files-from "$list" > /dev/null 2>&1 || true
t3=$(now)

awk -v n="$n" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
	p = b - a; q = c - b; r = d - c;
	printf "pdf: %d files (suites + press), one job\n", n;
	printf "  pdftotext             %7.2f s  %7.2f ms/doc\n", p, 1000 * p / n;
	printf "  pressmill --no-isolate%7.2f s  %7.2f ms/doc  %.2fx pdftotext\n", q, 1000 * q / n, q / p;
	printf "  pressmill (isolated)  %7.2f s  %7.2f ms/doc  %.2fx pdftotext\n", r, 1000 * r / n, r / p;
}'
