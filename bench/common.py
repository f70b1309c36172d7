"""Shared by the benchmark scripts of bench/ (bench.py, instructions.py,
scaling.py): the corpus lists, CPU time of a child process from the kernel,
and the in-process driver's output.

CPU time is user + system time as wait4() reports it for the child and
every descendant it waited for (pressmill's workers, a script's unzip), so
that neither the machine's other load nor this script's own work is in it;
commands are started by bench/runcpu.c (see there why not from Python).
"""
import os
import subprocess
import tempfile

# What each format's benchmark reads: the corpus folders and the file
# extensions (lower case). Text and Markdown only from the press releases
# (the suites' text files are test fixtures of other formats).
FORMATS = {
    "txt": ("text and Markdown", ("press",), (".txt", ".md", ".markdown")),
    "docx": ("DOCX", ("suites", "press"), (".docx", ".docm", ".dotx")),
    "pdf": ("PDF", ("suites", "press"), (".pdf",)),
}


def shared_dir(src, given=None):
    return given or os.environ.get("PRESSMILL_SHARED") or os.path.join(src, "..", "shared")


def corpus_files(shared, fmt):
    """Every file of the format under its corpus folders, sorted by path
    (byte order, the same on every machine)."""
    _, roots, exts = FORMATS[fmt]
    out = []
    for root in roots:
        top = os.path.join(shared, "corpus", root)
        for d, dirs, files in os.walk(top):
            dirs.sort()
            for f in files:
                if f.lower().endswith(exts) and os.path.isfile(os.path.join(d, f)):
                    out.append(os.path.normpath(os.path.join(d, f)))
    return sorted(out, key=lambda p: p.encode("utf-8", "surrogateescape"))


def run_many(runcpu, cmds, timeout=120):
    """Runs each command of cmds, a list of (argv, stdin path or None,
    stdout path or None), one after another through bench/runcpu; returns
    [(cpu seconds, peak RSS in KB, exit status)]."""
    with tempfile.NamedTemporaryFile("w", suffix=".cmds", delete=False) as fh:
        for argv, fin, fout in cmds:
            fields = [fin or "-", fout or "-"] + list(argv)
            if any("\t" in f or "\n" in f for f in fields):
                raise ValueError("a tab or newline in %r" % fields)
            fh.write("\t".join(fields) + "\n")
        listing = fh.name
    try:
        out = subprocess.run([runcpu, "-t", str(int(timeout)), listing], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, check=True).stdout.decode()
    finally:
        os.unlink(listing)
    res = []
    for line in out.splitlines():
        ns, rss, rc = line.split("\t")
        res.append((int(ns) / 1e9, int(rss), int(rc)))
    if len(res) != len(cmds):
        raise RuntimeError("runcpu ran %d of %d commands" % (len(res), len(cmds)))
    return res


def run(runcpu, argv, stdin=None, capture=False, timeout=3600):
    """One command: (cpu seconds, peak RSS in KB, exit status, its stdout
    as text when capture)."""
    if not capture:
        return run_many(runcpu, [(argv, stdin, None)], timeout)[0] + (None,)
    fd, out = tempfile.mkstemp(suffix=".out")
    os.close(fd)
    try:
        r = run_many(runcpu, [(argv, stdin, out)], timeout)[0]
        with open(out, encoding="utf-8", errors="surrogateescape") as fh:
            return r + (fh.read(),)
    finally:
        os.unlink(out)


def driver_lines(text):
    """pmbench / popplerfloor output: (ns, bytes, status or pages, path)."""
    rows = []
    for line in text.splitlines():
        parts = line.split("\t", 3)
        if len(parts) == 4:
            rows.append((int(parts[0]), int(parts[1]), parts[2], parts[3]))
    return rows


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if not n:
        return 0.0
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2
