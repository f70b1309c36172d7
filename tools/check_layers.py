#!/usr/bin/env python3
"""check_layers.py - the floors of core/ keep to their order.

    tools/check_layers.py [--build DIR] [--graph]

Each folder of core/ is a floor whose private header opens with two
lines that declare its place:

    /* This floor may use: text base kit
     * It is used by: model repair normalize engine isolate api

(core/api.h for the front door, core/cli/cli.h for the command line, the
program's own source for core/worker/). This script fails when

  - a floor's declaration is missing, names a floor that does not exist,
    is not answered by the other floor's ("may use B" without B's "used
    by A", or the reverse), or the floors' order has a cycle;
  - a file includes a header of a floor its floor may not use (quoted
    includes; a floor's own folder is always allowed, so is
    core/lexicon/sections.def for the text floor, and the public
    <pressmill/...> headers for everyone);
  - a .c file of core/ or plugins/ declares a function that is not static
    (a prototype belongs in a header);
  - core/internal.h exists again;
  - a plugin includes anything of core/ but the public headers;
  - with --build DIR (the build folder, "build"): two files of core/
    call each other, directly or round a longer loop (nm's defined and
    undefined symbols of their objects give the calls).

--graph prints the floors and who may use whom, for the README.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORE = os.path.join(ROOT, "core")

# Where each floor declares itself; a floor is a folder of core/, plus the
# front door (core/api.*) and the kit the plugins share.
SPECIAL = {"api": "core/api.h", "cli": "core/cli/cli.h",
           "worker": "core/worker/pressmill-worker.c"}
PSEUDO = {"kit", "public"}   # below everything; declare nothing


def rel(p):
    return os.path.relpath(p, ROOT)


def floors():
    """name -> (declaring file, files of the floor)."""
    out = {}
    for d in sorted(os.listdir(CORE)):
        full = os.path.join(CORE, d)
        if not os.path.isdir(full) or d in ("include", "lexicon"):
            continue
        files = sorted(os.path.join(full, f) for f in os.listdir(full) if f.endswith((".c", ".h")))
        decl = SPECIAL.get(d, os.path.join("core", d, d + ".h"))
        out[d] = (os.path.join(ROOT, decl), files)
    out["api"] = (os.path.join(ROOT, SPECIAL["api"]),
                  [os.path.join(CORE, f) for f in ("api.c", "api.h") if os.path.exists(os.path.join(CORE, f))])
    return out


DECL = re.compile(r"\A/\*\s*This floor may use:(?P<uses>[^\n]*)\n\s*\*\s*It is used by:(?P<users>[^\n]*)")


def words(s):
    s = re.sub(r"\([^)]*\)?", " ", s)   # a remark in parentheses names no floor
    return [w for w in re.split(r"[\s,]+", s.strip()) if re.fullmatch(r"[a-z]+", w)]


def strip_comments(src):
    return re.sub(r"/\*.*?\*/|//[^\n]*", lambda m: re.sub(r"[^\n]", " ", m.group(0)), src, flags=re.S)


def includes(path):
    src = strip_comments(open(path, encoding="utf-8").read())
    return re.findall(r'^\s*#\s*include\s+"([^"]+)"', src, flags=re.M)


def prototypes(path):
    """Function declarations at file scope of a .c file that are not
    static: (line, text)."""
    src = strip_comments(open(path, encoding="utf-8").read())
    src = re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', src)
    src = re.sub(r"^\s*#[^\n]*(?:\\\n[^\n]*)*", "", src, flags=re.M)
    out, depth, start = [], 0, 0
    stmt_start = 0
    for i, c in enumerate(src):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                stmt_start = i + 1
        elif c == ";" and depth == 0:
            stmt = src[stmt_start:i].strip()
            stmt_start = i + 1
            flat = " ".join(stmt.split())
            if (re.search(r"\w\s*\([^()]*(\([^()]*\)[^()]*)*\)\s*(__attribute__.*)?$", flat)
                    and "=" not in flat and not re.match(r"(static|typedef|extern\s+\w+\s*\*?\s*\w+$)", flat)
                    and not flat.startswith("typedef")):
                out.append((src.count("\n", 0, i) + 1, flat))
        elif c == "=" and depth == 0:
            pass
    return out


def main(argv):
    errors = []
    fl = floors()
    decl = {}
    for name, (dfile, _files) in fl.items():
        if not os.path.exists(dfile):
            errors.append(f"{rel(dfile)}: floor {name} has no declaring file")
            continue
        m = DECL.match(open(dfile, encoding="utf-8").read())
        if not m:
            errors.append(f"{rel(dfile)}: does not open with 'This floor may use: ...' / "
                          f"'It is used by: ...'")
            continue
        decl[name] = (set(words(m.group("uses"))) - {"nothing"}, set(words(m.group("users"))))
    known = set(fl) | PSEUDO
    for name, (uses, users) in decl.items():
        for u in uses:
            if u not in known:
                errors.append(f"{name}: may use an unknown floor '{u}'")
            elif u in decl and name not in decl[u][1] and not (decl[u][1] & {"every", "all"}):
                errors.append(f"{name} may use {u}, but {u} does not say it is used by {name}")
        for u in users - {"the", "tests", "every", "floor", "above", "all"}:
            if u in decl and name not in decl[u][0]:
                errors.append(f"{name} says it is used by {u}, but {u} may not use it")
    # the order: no cycle among the floors
    state = {}

    def visit(n, stack):
        if state.get(n) == 1:
            errors.append("the floors' order has a cycle: " + " -> ".join(stack + [n]))
            return
        if state.get(n) == 2:
            return
        state[n] = 1
        for u in sorted(decl.get(n, (set(), set()))[0]):
            visit(u, stack + [n])
        state[n] = 2
    for n in sorted(decl):
        visit(n, [])
    # includes
    for name, (_dfile, files) in fl.items():
        uses = decl.get(name, (set(), set()))[0]
        for f in files:
            for inc in includes(f):
                if os.path.exists(os.path.join(os.path.dirname(f), inc)) and "/" not in inc:
                    continue   # its own floor
                top = inc.split("/")[0]
                if inc == "lexicon/sections.def" and name == "text":
                    continue
                if top == "kit" and "kit" in uses:
                    continue
                if name == "api" and inc in ("api.h",):
                    continue
                target = top if "/" in inc else None
                if target and target in uses:
                    continue
                errors.append(f"{rel(f)}: includes \"{inc}\", but floor {name} may use only "
                              f"{', '.join(sorted(uses)) or 'nothing'}")
    # prototypes in .c files, internal.h
    cfiles = []
    for base in ("core", "plugins"):
        for dirpath, _dirs, files in os.walk(os.path.join(ROOT, base)):
            cfiles += [os.path.join(dirpath, f) for f in files if f.endswith(".c")]
    for f in sorted(cfiles):
        for line, text in prototypes(f):
            errors.append(f"{rel(f)}:{line}: a prototype that is not static: {text[:80]}")
    if os.path.exists(os.path.join(CORE, "internal.h")):
        errors.append("core/internal.h exists: each floor has its own header")
    # plugins see the public headers only
    for dirpath, _dirs, files in os.walk(os.path.join(ROOT, "plugins")):
        for f in files:
            if not f.endswith((".c", ".h")):
                continue
            p = os.path.join(dirpath, f)
            for inc in includes(p):
                if inc.startswith("kit/") or os.path.exists(os.path.join(dirpath, inc)):
                    continue
                errors.append(f"{rel(p)}: includes \"{inc}\": a plugin sees only <pressmill/...> and the kit")
    # calls between files
    if "--build" in argv:
        errors += call_cycles(argv[argv.index("--build") + 1], fl)
    if "--graph" in argv:
        for n in sorted(decl, key=lambda n: (len(decl[n][0]), n)):
            print(f"{n:10} may use {' '.join(sorted(decl[n][0])) or '-'}")
    for e in errors:
        print("check-layers: " + e)
    if errors:
        return 1
    print(f"check-layers: {len(decl)} floors, includes and prototypes in order"
          + (", no cycle of calls between core files" if "--build" in argv else ""))
    return 0


def call_cycles(build, fl):
    """Cycles in the graph 'file A calls (or reads) something file B
    defines', from nm over the objects of the library's sources."""
    objs = []
    for name, (_dfile, files) in fl.items():
        if name in ("cli", "worker"):
            continue
        for f in files:
            if f.endswith(".c"):
                o = os.path.join(ROOT, build, "obj", rel(f)[:-2] + ".o")
                if not os.path.exists(o):
                    return [f"{rel(o)} is missing: build first"]
                objs.append(o)
    defined, undefined = {}, {}
    for o in sorted(objs):
        name = rel(o).split("/obj/", 1)[1][:-2] + ".c"
        out = subprocess.run(["nm", "-P", o], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            sym, kind = parts[0], parts[1]
            if kind == "U":
                undefined.setdefault(name, set()).add(sym)
            elif kind in "TDBRVWG":
                defined.setdefault(sym, name)
    graph = {f: {defined[s] for s in syms if s in defined and defined[s] != f}
             for f, syms in undefined.items()}
    # strongly connected components (Tarjan)
    index, low, on, stack, sccs, counter = {}, {}, set(), [], [], [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))
    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            strong(v)
    errs = []
    for comp in sccs:
        calls = [f"{a} -> {b}" for a in comp for b in sorted(graph.get(a, ())) if b in comp]
        errs.append("files that call each other: " + "; ".join(calls))
    return errs


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
