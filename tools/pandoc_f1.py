#!/usr/bin/env python3
"""pandoc_f1.py - word F1 of pressmill's DOCX records against pandoc's own
expected output for its DOCX reader tests (../shared/corpus/suites/jgm+pandoc).

For each test/docx/NAME.docx with an expected NAME.native (else
NAME_accept.native: pandoc's --track-changes=accept, which is what pressmill
does; else NAME_minus.native), the words of pandoc's Str/Code/CodeBlock
content (outside Note [...]: the record keeps footnotes out, RECORD.md) are
compared, as a multiset, with the words of the record: text, about sections,
release line, dateline, byline, contacts and end mark (the parts of the
document that the normaliser moves out of `text`). Words are split on white
space, case-folded, with punctuation stripped at their ends.

With --model PLUGIN.so the plugin is called directly (ctypes, through the
pm_host callbacks of plugin.h) and the words of every block it gives but
page headers, footers and notes are compared: the plugin's share of the
score, apart from what the normaliser then keeps in the record.

usage: tools/pandoc_f1.py [--suite DIR] [--cmd CMD | --model SO] [--below 0.95] [--show NAME]
"""
import ctypes
import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SUITE = os.path.join(HERE, "..", "..", "shared", "corpus", "suites", "jgm+pandoc", "test", "docx")

CONTENT_AFTER = {"Str", "Code", "CodeBlock"}
BREAKS = {"Space", "SoftBreak", "LineBreak"}
# block constructors: a word never runs across them
BLOCKS = {"Para", "Plain", "Header", "CodeBlock", "Div", "BulletList", "OrderedList", "Table", "Cell", "Row",
          "BlockQuote", "LineBlock", "DefinitionList", "HorizontalRule", "Figure", "Caption",
          "TableHead", "TableBody", "TableFoot", "MetaInlines", "MetaBlocks", "MetaString"}


def haskell_string(s, i):
    """Parse a Haskell string literal starting at s[i] == '"'; return (text, next index)."""
    assert s[i] == '"'
    i += 1
    out = []
    while i < len(s):
        c = s[i]
        if c == '"':
            return "".join(out), i + 1
        if c == "\\":
            i += 1
            c = s[i]
            if c.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                out.append(chr(int(s[i:j])))
                i = j
                continue
            if c == "&":
                i += 1
                continue
            if c == "x":
                j = i + 1
                while j < len(s) and s[j] in "0123456789abcdefABCDEF":
                    j += 1
                out.append(chr(int(s[i + 1:j], 16)))
                i = j
                continue
            out.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'"}.get(c, c))
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out), i


def native_text(s):
    """The document's words as pandoc reads them, notes left out."""
    out = []
    i = 0
    last_ident = None
    note_depth = None  # bracket depth at which a Note's content ends
    depth = 0
    pending_note = False
    while i < len(s):
        c = s[i]
        if c == '"':
            txt, i = haskell_string(s, i)
            if last_ident in CONTENT_AFTER and note_depth is None:
                out.append(txt)
            last_ident = None
            continue
        if c == "[":
            depth += 1
            if pending_note:
                note_depth = depth
                pending_note = False
            i += 1
            continue
        if c == "]":
            if note_depth is not None and depth == note_depth:
                note_depth = None
            depth -= 1
            i += 1
            continue
        if c.isalpha():
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == "_"):
                j += 1
            ident = s[i:j]
            if ident in BREAKS or ident in BLOCKS:
                out.append(" ")
            if ident == "Note" and note_depth is None:
                pending_note = True
            if ident in CONTENT_AFTER:
                last_ident = ident
            elif ident not in ("Attr",):
                # Code and CodeBlock take an Attr tuple before their string
                if last_ident not in ("Code", "CodeBlock"):
                    last_ident = ident
            i = j
            continue
        if c == "(" and last_ident in ("Code", "CodeBlock"):
            # skip the attribute tuple ("id",[classes],[(k,v)])
            d = 0
            while i < len(s):
                if s[i] == '"':
                    _, i = haskell_string(s, i)
                    continue
                if s[i] == "(":
                    d += 1
                elif s[i] == ")":
                    d -= 1
                    if d == 0:
                        i += 1
                        break
                i += 1
            continue
        i += 1
    return "".join(out)


def words(text):
    res = []
    for w in text.split():
        w = unicodedata.normalize("NFC", w).casefold()
        a, b = 0, len(w)
        while a < b and unicodedata.category(w[a])[0] in "PS":
            a += 1
        while b > a and unicodedata.category(w[b - 1])[0] in "PS":
            b -= 1
        if a < b:
            res.append(w[a:b])
    return res


def record_text(r):
    parts = [r.get("text") or ""]
    for a in r.get("about") or []:
        parts.append(a.get("heading") or "")
        parts.extend(a.get("paragraphs") or [])
    for k in ("release", "byline", "end_mark"):
        if r.get(k):
            parts.append(r[k])
    if r.get("dateline") and r["dateline"].get("text"):
        parts.append(r["dateline"]["text"])
    for c in r.get("contacts") or []:
        for k in ("name", "role", "organization", "email", "phone", "url"):
            if c.get(k):
                parts.append(c[k])
    return "\n".join(parts)


# plugin.h, for --model
class Limits(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("max_file_bytes", ctypes.c_uint64),
                ("max_entry_bytes", ctypes.c_uint64), ("max_total_bytes", ctypes.c_uint64),
                ("max_ratio", ctypes.c_uint), ("max_pages", ctypes.c_uint),
                ("max_text_bytes", ctypes.c_uint64), ("max_depth", ctypes.c_uint),
                ("timeout", ctypes.c_double), ("max_memory", ctypes.c_uint64)]


class BlockInfo(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("type", ctypes.c_int), ("level", ctypes.c_int),
                ("role", ctypes.c_int), ("page", ctypes.c_int), ("font_size", ctypes.c_double),
                ("flags", ctypes.c_uint), ("style", ctypes.c_char_p), ("x0", ctypes.c_double),
                ("y0", ctypes.c_double), ("x1", ctypes.c_double), ("y1", ctypes.c_double)]


V = ctypes.c_void_p
CB = {
    "block_begin": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.POINTER(BlockInfo)),
    "text": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t),
    "line_end": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.c_int),
    "cell": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.c_int),
    "link": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.c_char_p),
    "block_end": ctypes.CFUNCTYPE(ctypes.c_int, V),
    "property": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.c_char_p, ctypes.c_char_p),
    "pages": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.c_int),
    "encoding": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.c_char_p),
    "warn": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.c_char_p, ctypes.c_char_p),
    "fail": ctypes.CFUNCTYPE(ctypes.c_int, V, ctypes.c_int, ctypes.c_char_p),
}


class Host(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("abi", ctypes.c_int), ("limits", ctypes.POINTER(Limits))] + \
               [(k, v) for k, v in CB.items()]


class Input(ctypes.Structure):
    _fields_ = [("size_of", ctypes.c_size_t), ("data", ctypes.c_char_p), ("size", ctypes.c_size_t),
                ("name", ctypes.c_char_p)]


EXTRACT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(Input), ctypes.POINTER(Host), V)


class Plugin(ctypes.Structure):
    _fields_ = [("abi", ctypes.c_int), ("size", ctypes.c_size_t), ("name", ctypes.c_char_p),
                ("version", ctypes.c_char_p), ("description", ctypes.c_char_p),
                ("media_types", V), ("extensions", V), ("probe", V), ("extract", EXTRACT)]


BODY_TYPES = {1, 2, 3, 4, 5, 9, 10}  # paragraph heading list quote table text_box caption


def model_text(so, path):
    lib = ctypes.CDLL(so)
    entry = lib.pressmill_plugin_entry
    entry.restype = ctypes.POINTER(Plugin)
    plugin = entry().contents
    out, cur = [], {"keep": False}

    def begin(s, info):
        cur["keep"] = info.contents.type in BODY_TYPES
        out.append(" ")
        return 0

    def text(s, p, n):
        if cur["keep"]:
            out.append(ctypes.string_at(p, n).decode("utf-8", "replace"))
        return 0

    def sp(*a):
        out.append(" ")
        return 0

    def zero(*a):
        return 0
    fns = {"block_begin": begin, "text": text, "line_end": sp, "cell": sp, "block_end": sp}
    keep = {k: CB[k](fns.get(k, zero)) for k in CB}
    lim = Limits(ctypes.sizeof(Limits), 512 << 20, 256 << 20, 512 << 20, 200, 2000, 64 << 20, 256, 30.0, 0)
    host = Host(ctypes.sizeof(Host), 1, ctypes.pointer(lim), *[keep[k] for k in CB])
    data = open(path, "rb").read()
    inp = Input(ctypes.sizeof(Input), data, len(data), os.path.basename(path).encode())
    plugin.extract(ctypes.byref(inp), ctypes.byref(host), None)
    return "".join(out)


def f1(ref, got):
    rc, gc = collections.Counter(ref), collections.Counter(got)
    common = sum((rc & gc).values())
    if not ref and not got:
        return 1.0, 1.0, 1.0
    p = common / len(got) if got else 0.0
    r = common / len(ref) if ref else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def expected_for(suite, name):
    for suffix in ("", "_accept", "_minus"):
        p = os.path.join(suite, name + suffix + ".native")
        if os.path.exists(p):
            return p
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--suite", default=DEFAULT_SUITE)
    ap.add_argument("--cmd", default="build/bin/pressmill convert --ndjson")
    ap.add_argument("--below", type=float, default=0.95, help="list files under this F1")
    ap.add_argument("--show", help="print both word lists' differences for NAME")
    ap.add_argument("--model", help="score the plugin's blocks (path of docx.so) instead of records")
    a = ap.parse_args()
    suite = os.path.abspath(a.suite)
    if not os.path.isdir(suite):
        print("pandoc_f1: %s not found (../shared absent?): skipped" % suite)
        return 0
    pairs = []
    for f in sorted(os.listdir(suite)):
        if not f.endswith(".docx"):
            continue
        name = f[:-5]
        nat = expected_for(suite, name)
        if nat:
            pairs.append((name, os.path.join(suite, f), nat))
    recs = {}
    if a.model:
        for _, path, _ in pairs:
            recs[path] = {"text": model_text(os.path.abspath(a.model), path), "status": "model"}
    else:
        cmd = shlex.split(a.cmd) + [p[1] for p in pairs]
        out = subprocess.run(cmd, stdout=subprocess.PIPE, check=False).stdout.decode("utf-8")
        for line in out.splitlines():
            if line.strip():
                r = json.loads(line)
                recs[r["source"]["path"]] = r
    scores = []
    for name, path, nat in pairs:
        r = recs.get(path)
        ref = words(native_text(open(nat, encoding="utf-8").read()))
        got = words(record_text(r)) if r else []
        f, p, rc = f1(ref, got)
        scores.append((name, f, p, rc, len(ref), len(got), r["status"] if r else "missing"))
        if a.show == name:
            rcn, gcn = collections.Counter(ref), collections.Counter(got)
            print("missing:", sorted((rcn - gcn).elements()))
            print("extra:  ", sorted((gcn - rcn).elements()))
    mean = sum(s[1] for s in scores) / len(scores) if scores else 0.0
    print("%-40s %6s %6s %6s %5s %5s %s" % ("file", "F1", "prec", "recall", "ref", "ours", "status"))
    for s in scores:
        if s[1] < a.below:
            print("%-40s %6.3f %6.3f %6.3f %5d %5d %s" % s)
    print("files %d  mean word F1 %.4f  below %.2f: %d" % (len(scores), mean, a.below,
                                                          sum(1 for s in scores if s[1] < a.below)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
