#!/usr/bin/env python3
"""cgtree.py - read callgrind profiles (make bench-instructions KEEP=dir, or
any valgrind --tool=callgrind output) as a call tree: where the
instructions of a function go, and who calls a function at what cost.
callgrind_annotate lists functions; this answers "of pm_normalize's 78%,
how much is date finding, and from which rule", which is what choosing an
optimisation needs.

  cgtree.py PROFILE... [--root FUNC] [--depth 4] [--min 1.0]
  cgtree.py PROFILE... --callers FUNC
  cgtree.py PROFILE... --top 30          (functions by inclusive cost)

Several profiles are summed (one per document from bench-instructions).
FUNC matches a function name exactly or, failing that, as a substring
(pm_normalize; "utf8proc_NFC"). Percentages are of the profiles' total.
Recursive calls are shown once; a function's inclusive cost is what
callgrind recorded for the calls into it. Call counts are callgrind's,
which counts calls made while collection was off too (pmbench's warm-up
conversion doubles them), unlike costs.
"""
import argparse
import collections
import re
import sys


class Profile:
    def __init__(self):
        self.self_cost = collections.Counter()          # fn -> Ir
        self.calls = collections.defaultdict(collections.Counter)   # caller -> callee -> Ir
        self.ncalls = collections.defaultdict(collections.Counter)  # caller -> callee -> count
        self.total = 0

    def read(self, path):
        names = {}   # compressed name ids, per file
        fn = None
        callee = None
        pending_calls = None
        with open(path, errors="replace") as fh:
            for line in fh:
                if not line or line[0] == "#":
                    continue
                if line.startswith("fn="):
                    fn = self._name(line[3:].strip(), names, "fn")
                    callee = None
                elif line.startswith(("cfn=", "cfni=")):
                    callee = self._name(line.split("=", 1)[1].strip(), names, "fn")
                elif line.startswith("calls="):
                    pending_calls = int(line[6:].split()[0])
                elif line[0].isdigit() or line[0] in "+-*":
                    parts = line.split()
                    cost = int(parts[1]) if len(parts) > 1 else 0
                    if pending_calls is not None:
                        if callee != fn:
                            self.calls[fn][callee] += cost
                            self.ncalls[fn][callee] += pending_calls
                        pending_calls = None
                    elif fn is not None:
                        self.self_cost[fn] += cost
                elif line.startswith(("summary:", "totals:")):
                    pass
        self.total = sum(self.self_cost.values())

    @staticmethod
    def _name(text, names, kind):
        m = re.match(r"\((\d+)\)\s*(.*)", text)
        if m:
            key = (kind, m.group(1))
            if m.group(2):
                names[key] = m.group(2)
            return names.get(key, text)
        return text

    def inclusive(self, fn):
        return self.self_cost[fn] + sum(self.calls[fn].values())

    def callers(self, fn):
        out = collections.Counter()
        counts = collections.Counter()
        for caller, callees in self.calls.items():
            if fn in callees:
                out[caller] += callees[fn]
                counts[caller] += self.ncalls[caller][fn]
        return out, counts

    def find(self, name):
        fns = set(self.self_cost) | set(self.calls)
        for callees in self.calls.values():
            fns |= set(callees)
        exact = [f for f in fns if f == name]
        if exact:
            return exact
        return sorted((f for f in fns if name in f), key=lambda f: -self.inclusive_in(f))

    def inclusive_in(self, fn):
        """The cost of every call into fn (its inclusive cost as a callee)."""
        return sum(c[fn] for c in self.calls.values() if fn in c) or self.inclusive(fn)


def pct(p, x):
    return 100.0 * x / max(p.total, 1)


def tree(p, fn, depth, minpct, indent="", seen=(), share=1.0):
    """fn's callees. Below the first level a callee called from several
    places is shown with its callees' costs scaled by the share of its
    cost that comes from this caller (callgrind keeps no deeper context):
    those lines are marked ~."""
    if depth < 0:
        return
    mark = "~" if share < 0.999 else " "
    kids = sorted(p.calls[fn].items(), key=lambda kv: -kv[1])
    for callee, cost in kids:
        cost = cost * share
        if pct(p, cost) < minpct:
            continue
        rec = " (recursive)" if callee in seen else ""
        print("%s%s%6.2f%%  %14s  %8dx  %s%s" % (indent, mark, pct(p, cost), "{:,}".format(int(cost)),
                                                p.ncalls[fn][callee], callee, rec))
        if not rec:
            whole = p.inclusive_in(callee)
            tree(p, callee, depth - 1, minpct, indent + "  ", seen + (fn,),
                 min(1.0, cost / whole) if whole else 0.0)
    own = p.self_cost[fn] * share
    if pct(p, own) >= minpct and kids:
        print("%s%s%6.2f%%  %14s  %9s  (self)" % (indent, mark, pct(p, own), "{:,}".format(int(own)), ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("profiles", nargs="+")
    ap.add_argument("--root")
    ap.add_argument("--callers")
    ap.add_argument("--top", type=int)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--min", type=float, default=1.0, help="hide calls below this percentage")
    a = ap.parse_args()
    p = Profile()
    for path in a.profiles:
        p.read(path)
    p.total = sum(p.self_cost.values())
    print("total: %s instructions in %d profile(s)" % ("{:,}".format(p.total), len(a.profiles)))
    if a.top:
        fns = set(p.self_cost) | set(p.calls)
        rows = sorted(((p.inclusive_in(f), p.self_cost[f], f) for f in fns), reverse=True)[:a.top]
        for inc, own, f in rows:
            print("%6.2f%% incl  %6.2f%% self  %s" % (pct(p, inc), pct(p, own), f))
    if a.root:
        for fn in p.find(a.root)[:1]:
            print("%6.2f%%  %14s  %s" % (pct(p, p.inclusive_in(fn)), "{:,}".format(p.inclusive_in(fn)), fn))
            tree(p, fn, a.depth, a.min, "  ")
    if a.callers:
        for fn in p.find(a.callers)[:1]:
            out, counts = p.callers(fn)
            print("callers of %s (%.2f%%):" % (fn, pct(p, sum(out.values()))))
            for caller, cost in out.most_common():
                if pct(p, cost) >= a.min / 10:
                    print("  %6.2f%%  %14s  %8dx  %s" % (pct(p, cost), "{:,}".format(cost), counts[caller], caller))
    return 0


if __name__ == "__main__":
    sys.exit(main())
