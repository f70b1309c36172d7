#!/bin/sh
# bench/docx.sh - DOCX throughput of pressmill against pandoc (-t plain) and
# docx2txt on the same files in the same run, and pressmill's peak memory
# on each press release. Every .docx/.docm/.dotx under ../shared/corpus/suites
# and ../shared/corpus/press is converted; ratios are what matter (machines
# differ), so each tool is timed over exactly the same list.
#
#   bench/docx.sh [BUILD_DIR]      (default: build)
#
# pandoc and docx2txt read one document per process, so they are timed one
# process per file; pressmill is timed that way too (like for like) and as
# one batch (its normal use: isolated workers, then --no-isolate in process).
set -u
BUILD=${1:-build}
HERE=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${PRESSMILL_SHARED:-$HERE/../shared}
PM="$HERE/$BUILD/bin/pressmill"
if [ ! -d "$SHARED/corpus" ]; then
	echo "bench/docx.sh: $SHARED/corpus not found: skipped"
	exit 0
fi
if [ ! -x "$PM" ]; then
	echo "bench/docx.sh: $PM not built (make all)" >&2
	exit 1
fi
LIST=$(mktemp)
PRESS=$(mktemp)
trap 'rm -f "$LIST" "$PRESS"' EXIT
find "$SHARED/corpus/suites" "$SHARED/corpus/press" -type f \
	\( -iname '*.docx' -o -iname '*.docm' -o -iname '*.dotx' \) | sort > "$LIST"
find "$SHARED/corpus/press" -type f -iname '*.docx' | sort > "$PRESS"
N=$(wc -l < "$LIST")
echo "docx bench: $N files ($(cat "$LIST" | tr '\n' '\0' | xargs -0 du -cb | tail -1 | cut -f1) bytes)"

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }

per_file() { # command prefix, then each file appended; stdout discarded
	t0=$(now)
	while IFS= read -r f; do
		timeout 60 "$@" "$f" > /dev/null 2>&1 < /dev/null
	done < "$LIST"
	t1=$(now)
	elapsed "$t0" "$t1"
}

T_BATCH_ISO=$( t0=$(now); "$PM" convert --ndjson -q --files-from "$LIST" > /dev/null 2>&1; t1=$(now); elapsed "$t0" "$t1")
T_BATCH_INP=$( t0=$(now); "$PM" convert --ndjson -q --no-isolate --files-from "$LIST" > /dev/null 2>&1; t1=$(now); elapsed "$t0" "$t1")
T_PM_FILE=$(per_file "$PM" convert --no-isolate -q)
T_PANDOC=$(per_file pandoc -t plain)
T_D2T=$( t0=$(now); while IFS= read -r f; do timeout 60 docx2txt "$f" - > /dev/null 2>&1 < /dev/null; done < "$LIST"; t1=$(now); elapsed "$t0" "$t1")

rate() { echo "scale=1; $N / $1" | bc -l; }
ratio() { echo "scale=1; $2 / $1" | bc -l; }
printf '%-44s %9s %9s\n' "tool" "seconds" "docs/s"
printf '%-44s %9.2f %9s\n' "pressmill batch (isolated workers)" "$T_BATCH_ISO" "$(rate "$T_BATCH_ISO")"
printf '%-44s %9.2f %9s\n' "pressmill batch --no-isolate (in process)" "$T_BATCH_INP" "$(rate "$T_BATCH_INP")"
printf '%-44s %9.2f %9s\n' "pressmill, one process per file" "$T_PM_FILE" "$(rate "$T_PM_FILE")"
printf '%-44s %9.2f %9s\n' "pandoc -t plain, one process per file" "$T_PANDOC" "$(rate "$T_PANDOC")"
printf '%-44s %9.2f %9s\n' "docx2txt, one process per file" "$T_D2T" "$(rate "$T_D2T")"
echo "ratios (pressmill throughput / peer throughput):"
echo "  batch isolated   vs pandoc $(ratio "$T_BATCH_ISO" "$T_PANDOC")x   vs docx2txt $(ratio "$T_BATCH_ISO" "$T_D2T")x"
echo "  batch in-process vs pandoc $(ratio "$T_BATCH_INP" "$T_PANDOC")x   vs docx2txt $(ratio "$T_BATCH_INP" "$T_D2T")x"
echo "  per file         vs pandoc $(ratio "$T_PM_FILE" "$T_PANDOC")x   vs docx2txt $(ratio "$T_PM_FILE" "$T_D2T")x"

MAX=0
MAXF=
while IFS= read -r f; do
	kb=$(/usr/bin/time -f %M "$PM" convert --no-isolate -q "$f" 2>&1 > /dev/null | tail -1)
	case $kb in *[!0-9]*|'') continue ;; esac
	if [ "$kb" -gt "$MAX" ]; then MAX=$kb; MAXF=$f; fi
done < "$PRESS"
echo "peak RSS over $(wc -l < "$PRESS") press releases: $((MAX / 1024)) MB ($(basename "$MAXF"))"
[ "$MAX" -lt $((50 * 1024)) ] || echo "bench/docx.sh: peak RSS above 50 MB" >&2
exit 0
