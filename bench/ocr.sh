#!/bin/sh
# bench/ocr.sh - OCR throughput and memory: the releases of tests/eval/docs
# scanned at 300 dpi by build/tests/mkscan (turned, grain, JPEG), read by
# pressmill in process with one job (CPU seconds per page: pages per
# second per core; peak resident size of the one converting process, a
# worker's) and with two isolated workers (pages per second of wall time).
# The timeout is raised to 600 s: on a loaded machine the default 30 s
# (OCR stops at four fifths of it, in wall time) would leave pages unread
# and the figure would count fewer pages for the same work.
# usage: bench/ocr.sh [BUILD] (default build)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$here/$build ;; esac
pm=$build/bin/pressmill
mkscan=$build/tests/mkscan
if ! "$pm" plugins | grep -q 'ocr: tesseract'; then
	echo "bench/ocr.sh: skipped: $("$pm" plugins | grep -o 'ocr: not available.*' || echo 'no OCR')"
	exit 0
fi
[ -x "$mkscan" ] || { echo "bench/ocr.sh: $mkscan missing (make $build/tests/mkscan)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench/ocr.sh: /usr/bin/time missing (Debian's time)" >&2; exit 1; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
i=0
for f in "$here"/tests/eval/docs/x-*.pdf; do
	i=$((i + 1))
	"$mkscan" --dpi 300 --rotate 0.5 --noise 8 --jpeg 75 --seed $i "$f" "$d/$(basename "$f")"
done
ls "$d"/*.pdf > "$d/list"
/usr/bin/time -f '%U %S %M %e' -o "$d/one" "$pm" convert --no-isolate --timeout 600 --ndjson -q -j 1 --files-from "$d/list" > "$d/one.ndjson" || true
/usr/bin/time -f '%U %S %M %e' -o "$d/two" "$pm" convert --timeout 600 --ndjson -q -j 2 --files-from "$d/list" > "$d/two.ndjson" || true
pages=$(python3 -c 'import json,sys
print(sum(len(((json.loads(l)["source"].get("ocr") or {}).get("pages")) or []) for l in open(sys.argv[1])))' "$d/one.ndjson")
read u s m e < "$d/one"
read u2 s2 m2 e2 < "$d/two"
awk -v n="$(wc -l < "$d/list")" -v p="$pages" -v u="$u" -v s="$s" -v m="$m" -v e="$e" -v e2="$e2" 'BEGIN {
	printf "ocr: %d scans of tests/eval/docs at 300 dpi, %d pages OCRed\n", n, p;
	printf "  in process, -j 1   %6.1f s CPU  %5.2f pages/s per core  %5.2f s/page  peak RSS %d MB\n", u + s, p / (u + s), (u + s) / p, m / 1024;
	printf "  isolated, -j 2     %6.1f s wall %5.2f pages/s on two workers\n", e2, p / e2;
}'
