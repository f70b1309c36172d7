#!/usr/bin/env python3
"""Corpus sweep (issue 7): every file under ../shared/corpus/hostile/ and
../shared/corpus/suites/ goes through the batch runner with its default
limits (each file isolated in a worker with the default 30 s timeout):

  pressmill convert --ndjson -j JOBS --files-from -

and the run is checked:
  - every input gives exactly one record (matched by source.path), and
    every record is valid against the record schema;
  - no input outlasts the timeout: the runner kills a worker at the limit
    and says "timeout"; each input's time, as the runner logs it with -v
    ("pressmill: PATH: STATUS (N ms)", or "(N ms, M ms of them waiting for
    a CPU)": time the runner does not count, so that a loaded machine gives
    the outcomes an idle one gives), less that wait, must stay within the
    timeout plus a margin for killing and reaping; no gap between two
    records may exceed the timeout, or the longest time an input took,
    plus that margin; and the whole run must finish within files x timeout
    / jobs;
  - peak memory stays bounded: the largest resident set of the runner or
    any of its workers (getrusage of the children, what /usr/bin/time -v
    reports as "Maximum resident set size") under --max-rss-mb;
  - each file's outcome (status and error.code) is the one recorded in
    tests/sweep-expected.tsv (path<TAB>status<TAB>code); every change is
    listed, and any change fails the test. After a deliberate change,
    'make sweep-update' rewrites the file (review its diff);
  - what repairs changed in each file (README, "Repairs"), as its record's
    "text.repaired" warning says (words changed per repair, paragraphs
    joined), is the one recorded in tests/sweep-repairs.tsv
    (path<TAB>words<TAB>repairs, files without repairs left out): a repair
    that starts rewriting correct text, or stops repairing, fails the test
    like an outcome change.

Skips, saying so, when ../shared/corpus is absent. Prints outcome counts
and 'sweep: N passed, N failed, N skipped'.
"""
import argparse
import collections
import json
import os
import re
import resource
import subprocess
import sys
import threading
import time

try:
    import jsonschema
except ImportError:  # pragma: no cover - make deps installs it
    jsonschema = None

SETS = ("hostile", "suites")


def corpus_files(root):
    out = []
    for s in SETS:
        base = os.path.join(root, s)
        for d, dirs, files in os.walk(base):
            dirs.sort()
            for f in sorted(files):
                p = os.path.join(d, f)
                if os.path.isfile(p) and not os.path.islink(p):
                    out.append(os.path.relpath(p, root))
    return out


def outcome(rec):
    err = rec.get("error") or {}
    return rec.get("status", "?"), err.get("code") or "-"


REPAIR_RE = re.compile(r"([a-z0-9_]+) (\d+)")


def repairs_of(rec):
    """(words changed, "name count, ..." sorted by name) from the record's
    text.repaired warning; (0, "") without one."""
    for w in rec.get("warnings") or []:
        if w.get("code") != "text.repaired":
            continue
        counts = {}
        for group in re.findall(r"\(([^)]*)\)", w.get("message", "")):
            for name, n in REPAIR_RE.findall(group):
                counts[name] = counts.get(name, 0) + int(n)
        words = sum(n for name, n in counts.items() if name != "runon")
        return words, ", ".join("%s %d" % kv for kv in sorted(counts.items()))
    return 0, ""


def cut_by_the_clock(rec):
    """Whether the record's text depends on how fast the machine was:
    OCR stopped at its share of the timeout (pdf.ocr_incomplete, "the time
    limit came first"), so which pages were read, and the repairs made in
    them, vary with the load. Its outcome is still compared."""
    return any(w.get("code") == "pdf.ocr_incomplete" and "time limit" in w.get("message", "")
               for w in rec.get("warnings") or [])


def read_repairs(path):
    exp = {}
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            p, words, detail = line.split("\t")
            exp[p] = (int(words), detail)
    return exp


def write_repairs(path, got):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# corpus sweep repairs: path<TAB>words changed<TAB>per repair "
                 "(files without repairs left out; 'make sweep-update')\n")
        for p in sorted(got):
            if got[p][1]:
                fh.write("%s\t%d\t%s\n" % (p, got[p][0], got[p][1]))


def read_expected(path):
    exp = {}
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            p, st, code = line.split("\t")
            exp[p] = (st, code)
    return exp


def write_expected(path, got):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# corpus sweep outcomes: path<TAB>status<TAB>error.code ('make sweep-update')\n")
        for p in sorted(got):
            fh.write("%s\t%s\t%s\n" % (p, got[p][0], got[p][1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", required=True, help="../shared/corpus")
    ap.add_argument("--expected", required=True)
    ap.add_argument("--repairs", help="expected repairs per file (tests/sweep-repairs.tsv)")
    ap.add_argument("--schema")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0, help="the runner's default")
    ap.add_argument("--max-rss-mb", type=float, default=1024.0)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--sanitized", action="store_true",
                    help="an ASan build: report outcome changes and memory, do not fail on them")
    a = ap.parse_args()

    if not os.path.isdir(os.path.join(a.corpus, "hostile")):
        print("sweep: skipped: %s is not here (user clone)" % a.corpus)
        print("sweep: 0 passed, 0 failed, 1 skipped")
        return 0
    files = corpus_files(a.corpus)
    # The runner is given the paths as we will match them: corpus/<set>/...
    given = {os.path.join(a.corpus, p): p for p in files}
    stdin = b"".join(os.fsencode(p) + b"\0" for p in given)
    cmd = [a.cli, "convert", "--ndjson", "-v", "-j", str(a.jobs), "--files-from", "-"]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    err_chunks = []
    err_reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    err_reader.start()

    def feed():
        proc.stdin.write(stdin)
        proc.stdin.close()
    threading.Thread(target=feed, daemon=True).start()
    arrivals, lines = [], []
    for line in proc.stdout:
        arrivals.append(time.monotonic())
        lines.append(line)
    rc = proc.wait()
    err_reader.join()
    wall = time.monotonic() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0

    problems = []
    margin = 10.0
    kill_margin = 3.0
    times, walls = {}, {}
    line_re = re.compile(r"^pressmill: (.*): (?:ok|partial|failed)(?: [a-z_]+)? "
                         r"\((\d+) ms(?:, (\d+) ms of them waiting for a CPU)?\)$")
    for l in b"".join(err_chunks).decode("utf-8", "replace").splitlines():
        m = line_re.match(l)
        if m and m.group(1) in given:
            walls[given[m.group(1)]] = int(m.group(2)) / 1000.0
            times[given[m.group(1)]] = (int(m.group(2)) - int(m.group(3) or 0)) / 1000.0
    if not times:
        problems.append("the runner logged no per-file times (-v): cannot check the timeout")
    for p, t in sorted(times.items()):
        if t > a.timeout + kill_margin:
            problems.append("%s: took %.1f s (%.1f s waiting for a CPU not counted), more than the "
                            "%.0f s timeout" % (p, t, walls[p] - t, a.timeout))
    validator = None
    if a.schema and jsonschema:
        with open(a.schema, encoding="utf-8") as fh:
            validator = jsonschema.Draft7Validator(json.load(fh))
    recs = collections.defaultdict(list)
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            problems.append("record %d is not JSON: %s" % (n, e))
            continue
        path = (r.get("source") or {}).get("path")
        if path not in given:
            problems.append("record %d for an unknown path: %r" % (n, path))
            continue
        if validator:
            errs = list(validator.iter_errors(r))
            if errs:
                problems.append("%s: record invalid: %s" % (given[path], errs[0].message))
        recs[given[path]].append(r)
    got, got_repairs = {}, {}
    clock_bound = set()
    per_file_bad = set()
    for p in files:
        n = len(recs.get(p, []))
        if n != 1:
            problems.append("%s: %d records (want exactly 1)" % (p, n))
            per_file_bad.add(p)
        if n:
            got[p] = outcome(recs[p][0])
            got_repairs[p] = repairs_of(recs[p][0])
            if cut_by_the_clock(recs[p][0]):
                clock_bound.add(p)
    gaps = [b - a_ for a_, b in zip([t0] + arrivals[:-1], arrivals)]
    worst_gap = max(gaps) if gaps else 0.0
    # an input's wall time may pass the timeout by the time it waited for
    # a CPU; a gap longer than any input took is the runner's own
    longest = max([a.timeout] + list(walls.values()))
    if worst_gap > longest + margin:
        problems.append("%.1f s without a record: some input outlasted the %.0f s timeout "
                        "(the longest input took %.1f s)" % (worst_gap, a.timeout, longest))
    bound = len(files) * a.timeout / max(1, a.jobs) + margin
    if wall > bound:
        problems.append("the run took %.0f s, more than %.0f s" % (wall, bound))
    if peak_mb > a.max_rss_mb and not a.sanitized:
        problems.append("peak resident memory %.0f MB exceeds %.0f MB" % (peak_mb, a.max_rss_mb))
    if rc not in (0, 1):
        problems.append("the runner exited with %d: %s" % (rc, b"".join(err_chunks)[-500:]))

    counts = collections.Counter()
    for st, code in got.values():
        counts[st if st != "failed" else "failed/" + code] += 1
    print("sweep: %d files in %.1f s with -j %d (%.1f files/s), slowest gap %.1f s, "
          "peak RSS %.0f MB" % (len(files), wall, a.jobs, len(files) / wall if wall else 0,
                               worst_gap, peak_mb))
    print("sweep: outcomes: " + ", ".join("%s %d" % kv for kv in sorted(counts.items())))
    slow = sorted(times.items(), key=lambda kv: -kv[1])[:3]
    print("sweep: slowest: " + ", ".join("%s %.1f s" % kv for kv in slow))
    repaired = {p: v for p, v in got_repairs.items() if v[1]}
    print("sweep: repairs: %d files, %d words changed; most: %s" % (
        len(repaired), sum(v[0] for v in repaired.values()),
        ", ".join("%s %d (%s)" % (p, v[0], v[1])
                  for p, v in sorted(repaired.items(), key=lambda kv: -kv[1][0])[:3]) or "none"))

    if a.update:
        write_expected(a.expected, got)
        print("sweep: wrote %s (%d files)" % (a.expected, len(got)))
        if a.repairs:
            write_repairs(a.repairs, got_repairs)
            print("sweep: wrote %s (%d files with repairs)" % (a.repairs, len(repaired)))
    exp = read_expected(a.expected)
    changed = set()
    if exp is None:
        problems.append("%s is missing: run 'make sweep-update'" % a.expected)
    else:
        for p in files:
            if p in got and p not in exp:
                problems.append("%s: new file, outcome %s %s (not in the expected file)"
                                % ((p,) + got[p]))
                changed.add(p)
            elif p in got and exp[p] != got[p]:
                problems.append("%s: outcome changed: %s %s -> %s %s" % ((p,) + exp[p] + got[p]))
                changed.add(p)
        for p in sorted(set(exp) - set(files)):
            problems.append("%s: in the expected file but no longer in the corpus" % p)
    if a.repairs:
        exp_rep = read_repairs(a.repairs)
        if exp_rep is None:
            problems.append("%s is missing: run 'make sweep-update'" % a.repairs)
        else:
            for p in files:
                want = exp_rep.get(p, (0, ""))
                if p in clock_bound and got_repairs.get(p) != want:
                    print("sweep: %s: repairs %s (expected %s), not compared: OCR stopped at the "
                          "time limit, so what was read depends on the machine's load" % (
                              p, got_repairs[p][1] or "none", want[1] or "none"))
                    continue
                if p in got_repairs and p not in changed and got_repairs[p] != want:
                    problems.append("%s: repairs changed: %s -> %s" % (
                        p, "%d words (%s)" % want if want[1] else "none",
                        "%d words (%s)" % got_repairs[p] if got_repairs[p][1] else "none"))
                    changed.add(p)
    if a.sanitized:
        for m in problems:
            if "outcome changed" in m or "new file" in m or "repairs changed" in m:
                print("sweep: (sanitizer build, not enforced) " + m)
        changed = set()
        problems = [m for m in problems
                    if "outcome changed" not in m and "new file" not in m and "repairs changed" not in m]
        print("sweep: (sanitizer build) peak RSS not enforced")
    for m in problems:
        print("sweep: " + m)
    bad = per_file_bad | changed
    global_bad = [m for m in problems if not any(m.startswith(p + ":") for p in bad)]
    failed = len(bad) + (1 if global_bad else 0)
    passed = len(files) - len(bad)
    print("sweep: %d passed, %d failed, 0 skipped" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
