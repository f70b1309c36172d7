#!/usr/bin/env python3
"""
headlines.py - a table of the headlines and dates of a folder of press
releases, newest first, as CSV: the standard library and pressmill, no
pandas. The conversions run on pressmill's worker pool (one process per
CPU); a file that cannot be read still gets its row, with its status and
why.

    python3 examples/headlines.py inbox/ > headlines.csv
    python3 examples/headlines.py -j 2 samples/

Run by `make check` (python/tests/test_many.py) on samples/.
"""
import argparse
import csv
import os
import sys

import pressmill

COLUMNS = ["date", "headline", "place", "language", "status", "error", "path"]


def files_below(folder):
    """Every file below folder, in sorted order, hidden entries left out."""
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield os.path.join(top, name)


def row(record):
    dateline = record["dateline"] or {}
    error = record["error"] or {}
    return {
        "date": record["date"] or "",
        "headline": record["headline"] or "",
        "place": dateline.get("location") or "",
        "language": record["language"] or "",
        "status": record["status"],
        "error": error.get("code", ""),
        "path": record["source"]["path"],
    }


def table(folder, jobs=None):
    """The rows, newest first; undated releases last, by path."""
    rows = [row(r) for r in pressmill.convert_many(files_below(folder), jobs=jobs)]
    undated = sorted((r for r in rows if not r["date"]), key=lambda r: r["path"])
    dated = sorted((r for r in rows if r["date"]), key=lambda r: (r["date"], r["path"]),
                   reverse=True)
    return dated + undated


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    ap.add_argument("folder")
    ap.add_argument("-j", "--jobs", type=int, default=None)
    a = ap.parse_args()
    out = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    out.writeheader()
    out.writerows(table(a.folder, a.jobs))


if __name__ == "__main__":
    main()
