# lib.sh - what the batch and command-line shell tests share: a scratch
# folder removed on exit, pass/fail counting with the final "batch: N
# passed, N failed" line ($SUITE instead of "batch" when set),
# schema validation of records, and small JSON queries (python3, which the
# tests need anyway for the schema).
# Expects CLI, PYTHON, SRC (and the plugin folders) from tests/batch.mk.
PASS=0
FAIL=0
T=$(mktemp -d "${TMPDIR:-/tmp}/pressmill-batch.XXXXXX") || exit 1
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
chmod 755 "$T"

ok() { PASS=$((PASS + 1)); echo "ok   $1"; }
ko() { FAIL=$((FAIL + 1)); echo "FAIL $1"; }
# check NAME COMMAND...: passes when COMMAND succeeds
check() {
	_n=$1
	shift
	if "$@"; then ok "$_n"; else ko "$_n"; fi
}
finish() {
	echo "${SUITE:-batch}: $PASS passed, $FAIL failed"
	[ "$FAIL" -eq 0 ]
}

# validate FILE.ndjson...: every record matches schema/record.schema.json
validate() {
	"$PYTHON" "$SRC/tests/tools/check_records.py" --schema "$SRC/schema/record.schema.json" \
		validate "$@" >"$T/validate.out" 2>&1 || { sed 's/^/    /' "$T/validate.out"; return 1; }
}

# py CODE ARGS...: run a python snippet (sys.argv[1:] = ARGS)
py() {
	_c=$1
	shift
	"$PYTHON" -c "import json, sys, os
$_c" "$@"
}

# field FILE KEY: a top-level value of a JSON report
field() { py 'print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

# codes FILE.ndjson: "path code" per record (code "ok"/"partial" when not failed)
codes() {
	py 'for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    print(r["source"]["path"], (r["error"] or {}).get("code") or r["status"])' "$1"
}

# cat_records DIR OUT.ndjson: the records of an output folder, one per line
cat_records() { find "$1" -name '*.json' -type f -exec cat {} + >"$2"; }

# checke NAME 'EXPRESSION': passes when the shell expression (&&, || ...) holds
checke() {
	_n=$1
	if eval "$2"; then ok "$_n"; else ko "$_n"; fi
}
