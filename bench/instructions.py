#!/usr/bin/env python3
"""make bench-instructions (issue 15): callgrind instruction counts per
document for a fixed set of files, so that a regression shows as a number
and not as noise (instruction counts do not depend on the machine's load).

Files: bench/instructions.list (corpus paths, relative to ../shared/corpus;
skipped, saying so, when ../shared is not here) and every sample of
samples/. All are converted in one process by bench/pmbench under
callgrind: each file once uncollected (so that a dictionary or model
loaded on first use is not charged to the document that happens to come
first), then once collected, one callgrind dump per document. Then the
single-file CLI cost: `pressmill convert FILE` on one sample per format,
isolated (the runner and its pressmill-worker, both counted) and with
--no-isolate: start-up, plugin loads and the one conversion.

Prints instructions per document and per input byte; with --baseline FILE
(a file written by --save; bench/instructions.baseline is main's after
the second optimisation pass of issue 15, so that a change shows against
today's figures; the README gives the earlier ones) the ratio of each
count to the baseline's,
and the geometric mean per format. Counts repeat to 0.01% for text and to
about 0.3% for DOCX and PDF (libxml2 and GLib seed their hash tables at
random; pmbench fixes jansson's seed): a change below 0.5% is noise.

  instructions.py [--build build] [--baseline FILE] [--save FILE]
                  [--keep DIR] [--no-cli]

--keep DIR keeps the callgrind dumps (callgrind_annotate DIR/FILE.callgrind
gives the functions of one document).
"""
import argparse
import glob
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shared_dir  # noqa: E402

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CALLGRIND = ["valgrind", "--tool=callgrind", "--dump-instr=no", "--compress-strings=no",
             "--compress-pos=no"]
CLI_SAMPLES = ["samples/harbor-en.txt", "samples/docx-orchard-en.docx", "samples/pdf-lighthouse-en.pdf"]


def fmt_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".docx", ".docm", ".dotx"):
        return "docx"
    if ext == ".pdf":
        return "pdf"
    return "txt"


def totals(dump):
    """The Ir total of one callgrind output file."""
    with open(dump, errors="replace") as fh:
        for line in fh:
            if line.startswith(("totals:", "summary:")):
                return int(line.split()[1])
    return 0


def file_list(shared):
    listed, missing = [], 0
    with open(os.path.join(SRC, "bench", "instructions.list")) as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            path = os.path.join(shared, "corpus", line)
            if os.path.isfile(path):
                listed.append((line, path))
            else:
                missing += 1
    samples = [(os.path.relpath(p, SRC), p) for p in sorted(glob.glob(os.path.join(SRC, "samples", "*")))
               if os.path.isfile(p) and not p.endswith("README.md")]
    return listed, missing, samples


def measure_docs(pmbench, files, tmp):
    """[(label, path, instructions)] from one callgrind run of pmbench."""
    lst = os.path.join(tmp, "files.list")
    with open(lst, "w") as fh:
        fh.write("".join(p + "\n" for _, p in files))
    cmd = CALLGRIND + ["--collect-atstart=no", "--toggle-collect=pmbench_measured",
                       "--dump-after=pmbench_measured",
                       "--callgrind-out-file=" + os.path.join(tmp, "doc.%p"),
                       pmbench, "-w", "--files-from", lst]
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace")[-2000:])
        raise SystemExit("bench-instructions: callgrind run failed")
    # dumps are doc.PID.1, doc.PID.2 ... in conversion order (the final
    # dump at exit, doc.PID, holds nothing collected)
    dumps = sorted(glob.glob(os.path.join(tmp, "doc.*.*")), key=lambda d: int(d.rsplit(".", 1)[1]))
    if len(dumps) != len(files):
        raise SystemExit("bench-instructions: %d dumps for %d files" % (len(dumps), len(files)))
    return [(label, path, totals(d), d) for (label, path), d in zip(files, dumps)]


def measure_cli(cli, sample, isolate, tmp):
    """Instructions of one `pressmill convert` run, every process of it."""
    out = os.path.join(tmp, "cli.%p")
    for f in glob.glob(os.path.join(tmp, "cli.*")):
        os.unlink(f)
    # the pool ends its worker with SIGKILL, which leaves callgrind no
    # time to write its profile: the worker's is dumped when its record
    # is serialised, the end of its work (the parent's at its exit; every
    # dump is summed)
    cmd = CALLGRIND + ["--trace-children=yes", "--dump-after=pm_record_dumps",
                       "--callgrind-out-file=" + out, cli, "convert", "-q"]
    if not isolate:
        cmd.append("--no-isolate")
    subprocess.run(cmd + [sample], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dumps = glob.glob(os.path.join(tmp, "cli.*"))
    return sum(totals(d) for d in dumps), len(dumps), dumps


def load_baseline(path):
    base = {}
    with open(path) as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            ins, _, label = line.rstrip("\n").split("\t", 2)
            base[label] = int(ins)
    return base


def main():
    sys.stdout.reconfigure(line_buffering=True)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--python", help=argparse.SUPPRESS)
    ap.add_argument("--shared")
    ap.add_argument("--baseline", help="compare with this saved run")
    ap.add_argument("--save", help="save this run here (tab-separated: instructions, bytes, file)")
    ap.add_argument("--keep", help="keep the callgrind dumps in this folder")
    ap.add_argument("--no-cli", action="store_true", help="skip the single-file CLI runs")
    a = ap.parse_args()
    if not shutil.which("valgrind"):
        print("bench-instructions: valgrind not installed", file=sys.stderr)
        return 1
    build = os.path.join(SRC, a.build)
    pmbench = os.path.join(build, "bench", "pmbench")
    cli = os.path.join(build, "bin", "pressmill")
    shared = shared_dir(SRC, a.shared)
    listed, missing, samples = file_list(shared)
    if not os.path.isdir(os.path.join(shared, "corpus")):
        print("bench-instructions: %s/corpus not found: its files skipped, samples/ only" % shared)
    elif missing:
        print("bench-instructions: %d files of bench/instructions.list not in %s/corpus: skipped" %
              (missing, shared))
    base = load_baseline(a.baseline) if a.baseline else None
    tmp = a.keep or tempfile.mkdtemp(prefix="pm-instr-")
    os.makedirs(tmp, exist_ok=True)
    started = time.monotonic()
    try:
        files = listed + samples
        results = measure_docs(pmbench, files, tmp)
        rows = []
        for label, path, ins, dump in results:
            rows.append((fmt_of(path), label, os.path.getsize(path), ins))
            if a.keep:
                os.replace(dump, os.path.join(tmp, re.sub(r"[^A-Za-z0-9._-]+", "_", label) + ".callgrind"))
        if not a.no_cli:
            for s in CLI_SAMPLES:
                for isolate in (True, False):
                    ins, nproc, dumps = measure_cli(cli, os.path.join(SRC, s), isolate, tmp)
                    label = "cli: pressmill convert%s %s" % ("" if isolate else " --no-isolate", s)
                    rows.append(("cli", label, os.path.getsize(os.path.join(SRC, s)), ins))
                    if a.keep:
                        for d in dumps:
                            os.replace(d, os.path.join(tmp, "cli-%s%s-%s" % (
                                os.path.basename(s), "" if isolate else "-noiso", os.path.basename(d))))
        report(rows, base)
        if a.save:
            # the commit that last changed what is measured, not the
            # benchmark's own latest commit
            head = subprocess.run(["git", "-C", SRC, "log", "-1", "--format=%h (%ad)", "--date=short", "--",
                                   "core", "plugins"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode().strip()
            with open(a.save, "w") as fh:
                fh.write("# make bench-instructions, %s; core/ and plugins/ as of %s\n"
                         "# instructions, bytes, file\n" % (time.strftime("%Y-%m-%d"), head or "?"))
                for _, label, size, ins in rows:
                    fh.write("%d\t%d\t%s\n" % (ins, size, label))
            print("saved to %s" % a.save)
        print("(%.0f s)" % (time.monotonic() - started))
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def report(rows, base):
    head = "%-10s %14s %10s %9s" % ("format", "instructions", "bytes", "per byte")
    if base is not None:
        head += " %14s %7s" % ("baseline", "ratio")
    print(head + "  file")
    logs = {}
    for fmt, label, size, ins in rows:
        line = "%-10s %14s %10d %9.0f" % (fmt, "{:,}".format(ins), size, ins / max(size, 1))
        if base is not None:
            b = base.get(label)
            if b:
                r = ins / b
                logs.setdefault(fmt, []).append(math.log(r))
                line += " %14s %6.3fx" % ("{:,}".format(b), r)
            else:
                line += " %14s %7s" % ("-", "new")
        print(line + "  " + label)
    sums = {}
    for fmt, label, size, ins in rows:
        if fmt != "cli":
            s = sums.setdefault(fmt, [0, 0, 0])
            s[0] += 1
            s[1] += ins
            s[2] += size
    for fmt, (n, ins, size) in sums.items():
        line = "%s: %d files, %s instructions per document on average, %.0f per byte" % (
            fmt, n, "{:,}".format(ins // n), ins / max(size, 1))
        if fmt in logs:
            line += "; %.3fx the baseline (geometric mean)" % math.exp(sum(logs[fmt]) / len(logs[fmt]))
        print(line)
    if "cli" in logs:
        print("cli: %.3fx the baseline (geometric mean)" % math.exp(sum(logs["cli"]) / len(logs["cli"])))


if __name__ == "__main__":
    sys.exit(main())
