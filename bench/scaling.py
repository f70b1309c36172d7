#!/usr/bin/env python3
"""make bench-scaling (issue 15): the CPU a conversion costs against the
length of its text, from 1 KB to 10 MB, in plain text, DOCX and PDF; the
goal is linear cost (10x the text at most 11x the CPU). Figures, not a
gate: make check-scaling is the gate (tests/scaling.mk).

The documents are generated here, nothing from a corpus: the varied
paragraphs of tests/tools/scaling.py (headings, quotes, dates, contacts,
acronyms, wrapped lines, French, German, Arabic ...), cut at the size
wanted (bytes of UTF-8 text, before any container), written as text, as
DOCX (tests/tools/scaling.py's writer) and as PDF (a plain PDF written
below: Helvetica, one paragraph after another, 56 lines a page, each page
a compressed content stream; paragraphs outside Windows-1252, the Arabic
ones, are left out of the PDF).

Each document is converted in process by bench/pmbench (the least CPU of
--runs conversions after a warm-up; documents of 1 MB and more twice at
most, after a warm-up on the smallest one, so that the run stays within a
minute or two).
Prints, per format and size: CPU, CPU per KB of text, peak RSS, and the
ratio to the size ten times smaller.

  scaling.py [--build build] [--bytes 1000,10000,...] [--formats txt,docx,pdf]
             [--runs 3] [--keep DIR]
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(SRC, "tests", "tools"))
from common import driver_lines, run  # noqa: E402
import scaling as gen  # noqa: E402  (tests/tools/scaling.py)

LINE_CHARS = 95
LINES_PER_PAGE = 56


def cut(paras, nbytes):
    """The first paragraphs whose text (each followed by a blank line)
    reaches nbytes."""
    out, size = [], 0
    for kind, text in paras:
        if size >= nbytes:
            break
        out.append((kind, text))
        size += len(text.encode("utf-8")) + 2
    return out


def pdf_string(line):
    b = line.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(path, paras):
    lines = []
    for _, text in paras:
        try:
            text.encode("cp1252")
        except UnicodeEncodeError:
            continue
        lines += gen.wrap(text, LINE_CHARS) + [""]
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]
    objs = {}  # number -> bytes
    font, pages_obj = 3, 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[font] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                  b"/Encoding /WinAnsiEncoding >>")
    kids = []
    n = 4
    for pg in pages:
        ops = [b"BT /F1 10 Tf 12 TL 56 800 Td"]
        for ln in pg:
            ops.append(pdf_string(ln) + b" Tj T*" if ln else b"T*")
        ops.append(b"ET")
        data = zlib.compress(b"\n".join(ops))
        objs[n] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % n)
        kids.append(n + 1)
        n += 2
    objs[pages_obj] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for num in sorted(objs):
            offsets[num] = fh.tell()
            fh.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
        xref = fh.tell()
        fh.write(b"xref\n0 %d\n0000000000 65535 f \n" % (n,))
        for num in range(1, n):
            fh.write(b"%010d 00000 n \n" % offsets[num])
        fh.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref))


WRITERS = {"txt": gen.write_txt, "docx": gen.write_docx, "pdf": write_pdf}


def write_all(folder, sizes, fmts):
    """Every document, named scale-SIZE.FMT, and the text bytes of each
    size in folder/sizes.tsv."""
    paras = gen.paragraphs(max(100, max(sizes) // 60))  # about 92 bytes each
    with open(os.path.join(folder, "sizes.tsv"), "w") as fh:
        for size in sizes:
            part = cut(paras, size)
            fh.write("%d\t%d\n" % (size, sum(len(t.encode("utf-8")) + 2 for _, t in part)))
            for fmt in fmts:
                WRITERS[fmt](os.path.join(folder, "scale-%d.%s" % (size, fmt)), part)


def main():
    sys.stdout.reconfigure(line_buffering=True)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--bytes", default="1000,10000,100000,1000000,10000000")
    ap.add_argument("--formats", default="txt,docx,pdf")
    ap.add_argument("--runs", type=int, default=3, help="conversions per document under 1 MB")
    ap.add_argument("--keep", help="write the documents here and keep them")
    ap.add_argument("--write-only", help=argparse.SUPPRESS)
    a = ap.parse_args()
    sizes = [int(float(x)) for x in a.bytes.split(",")]
    fmts = a.formats.split(",")
    if a.write_only:
        write_all(a.write_only, sizes, fmts)
        return 0
    pmbench = os.path.join(SRC, a.build, "bench", "pmbench")
    runcpu = os.path.join(SRC, a.build, "bench", "runcpu")
    tmp = a.keep or tempfile.mkdtemp(prefix="pm-bench-scaling-")
    os.makedirs(tmp, exist_ok=True)
    started = time.monotonic()
    try:
        # written by a child process, so that this one stays small (the
        # documents of 10 MB take some 200 MB to build)
        _, _, rc, _ = run(runcpu, [a.python, os.path.abspath(__file__), "--write-only", tmp, "--bytes", a.bytes,
                                   "--formats", a.formats])
        if rc != 0:
            print("bench-scaling: writing the documents failed", file=sys.stderr)
            return 1
        text_of = dict(tuple(int(x) for x in line.split()) for line in open(os.path.join(tmp, "sizes.tsv")))
        print("bench-scaling: CPU per document in process (bench/pmbench), text from tests/tools/scaling.py")
        print("%-5s %10s %11s %12s %10s %9s %11s" % ("", "text", "file", "CPU ms", "us/KB", "RSS MB",
                                                    "x smaller"))
        for fmt in fmts:
            prev = None
            warm = os.path.join(tmp, "scale-%d.%s" % (sizes[0], fmt))
            for size in sizes:
                text_bytes = text_of[size]
                path = os.path.join(tmp, "scale-%d.%s" % (size, fmt))
                if size < 1000000:
                    cmd = [pmbench, "--max-pages", "0", "-w", "-n", str(a.runs), path]
                else:
                    cmd = [pmbench, "--max-pages", "0", "-n", str(min(a.runs, 2)), warm, path]
                _, rss, rc, out = run(runcpu, cmd, capture=True)
                docs = driver_lines(out or "")
                if rc != 0 or not docs:
                    print("%-5s %10d: pmbench failed (exit %d)" % (fmt, text_bytes, rc))
                    break
                ns, fbytes, status = docs[-1][0], docs[-1][1], docs[-1][2]
                ratio = ""
                if prev:
                    ratio = "%.1fx / %.0fx" % (ns / prev[0], text_bytes / prev[1])
                print("%-5s %10d %11d %12.2f %10.1f %9.1f %11s %s" % (
                    fmt, text_bytes, fbytes, ns / 1e6, ns / 1e3 / (text_bytes / 1024), rss / 1024, ratio,
                    "" if status == "ok" else status))
                prev = (ns, text_bytes)
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print("(x smaller: the CPU against the size ten times smaller / their text ratio; "
          "goal <= 11x for 10x; %.0f s)" % (time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
