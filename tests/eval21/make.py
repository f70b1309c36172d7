#!/usr/bin/python3
"""Write tests/eval21/docs: invented press releases typeset as universities,
research institutes, public bodies and NGOs typeset theirs - LaTeX (pdflatex
or xelatex, the `article` class with babel: a fancyhdr letterhead, two
columns, multicols, a letter layout with the date flush right, a \\maketitle
block) and groff -ms - as PDF, and as the TXT a user would copy (one line per
paragraph, or wrapped at 72 columns; footnotes left out). Each PDF keeps
what TeX and groff do to text: paragraphs marked by first-line indentation
and no vertical space, hyphenation at line ends beside real compound
hyphens, ligatures, justified lines, footnotes with superscript marks.

The gold is written from tests/eval21/releases.py, before pressmill was run
on the set. The generated .tex/.ms sources are kept beside the PDFs
(docs/src/) so that a reader sees what made each one.

Needs, for the PDFs only (the project does not): texlive-latex-recommended,
texlive-xetex, texlive-lang-{european,french,german,spanish,italian,
portuguese} and groff.

Usage (from the repository root):
  /usr/bin/python3 tests/eval21/make.py            # TXT, PDF and gold
  /usr/bin/python3 tests/eval21/make.py --no-pdf   # TXT and gold only
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
RELEASES = evaltools.releases(HERE)

FN = re.compile(r"\{\{fn:(.*?)\}\}")


def plain(text):
    """A paragraph's text without its footnotes (the TXT's and the gold's)."""
    return FN.sub("", text)


def paragraphs(r):
    """(kind, text) of the body: 'p' paragraphs, 'h' headings."""
    return [("h", p[1]) if isinstance(p, tuple) else ("p", p) for p in r["body"]]


# ---------------------------------------------------------------- TXT

def txt(r):
    blocks = []
    lay = r["layout"]
    if lay == "letter":
        blocks += [("c", ln) for ln in r["letterhead"]]
        if r.get("label"):
            blocks.append(("b", r["label"]))
        blocks.append(("b", r["dl"]))
        blocks.append(("b", r["headline"]))
    elif lay in ("maketitle", "ms"):
        blocks.append(("b", r["headline"]))
        if r.get("author"):
            blocks += [("c", ln) for ln in r["author"]]
            blocks[-1] = ("b", blocks[-1][1])
        if lay == "maketitle":
            blocks.append(("b", r["dl"]))
    else:
        if r.get("org"):
            blocks.append(("b", r["org"]))
        if r.get("label"):
            blocks.append(("b", r["label"]))
        blocks.append(("b", r["headline"]))
    if r.get("sub"):
        blocks.append(("b", r["sub"]))
    if r["dl_style"] == "line":
        blocks.append(("b", r["dl"]))
    for i, (kind, text) in enumerate(paragraphs(r)):
        text = plain(text)
        if i == 0 and r["dl_style"] == "lead":
            text = r["dl"] + r["sep"] + text
        blocks.append(("p" if kind == "p" else "b", text))
    blocks.append(("b", r["about_head"]))
    blocks += [("p", t) for t in r["about"]]
    blocks.append(("b", r["contact_head"]))
    blocks += [("c", ln) for ln in r["contact"]]
    if r.get("end"):
        blocks[-1] = ("b", blocks[-1][1])
        blocks.append(("b", r["end"]))
    lines = []
    for kind, text in blocks:
        if kind == "p" and r["txt"] == "wrapped":
            lines += textwrap.wrap(text, 72, break_long_words=False, break_on_hyphens=False)
        else:
            lines.append(text)
        if kind != "c":
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- LaTeX

TEX_ESC = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           "\u202f": r"\,", "\u00a0": "~"}


def tex(s):
    out = []
    pos = 0
    for m in FN.finditer(s):
        out.append("".join(TEX_ESC.get(c, c) for c in s[pos:m.start()]))
        out.append(r"\footnote{%s}" % "".join(TEX_ESC.get(c, c) for c in m.group(1)))
        pos = m.end()
    out.append("".join(TEX_ESC.get(c, c) for c in s[pos:]))
    # " -- " is how a TeX writer types the en dash
    return "".join(out).replace(" \u2013 ", " -- ")


def latex(r):
    lay = r["layout"]
    opts = ["11pt", "a4paper"] + (["twocolumn"] if lay == "twocolumn" else [])
    pre = [r"\documentclass[%s]{article}" % ",".join(opts)]
    if r["engine"] == "pdflatex":
        pre.append(r"\usepackage[utf8]{inputenc}")
        if r["id"] != "e21-en-01":  # en-01: the default OT1 Computer Modern, as many English papers
            pre.append(r"\usepackage[T1]{fontenc}")
            pre.append(r"\usepackage{lmodern}")
    else:
        pre.append(r"\usepackage{fontspec}")
    pre.append(r"\usepackage[%s]{babel}" % r["babel"])
    pre.append(r"\usepackage[a4paper,margin=%s]{geometry}" % ("2cm" if lay == "twocolumn" else "2.5cm"))
    if lay == "multicol":
        pre.append(r"\usepackage{multicol}")
    if r.get("org") and lay in ("fancyhdr", "multicol"):
        pre += [r"\usepackage{fancyhdr}", r"\pagestyle{fancy}", r"\fancyhf{}",
                r"\fancyhead[L]{\large\bfseries %s}" % tex(r["org"]),
                r"\fancyhead[R]{\small %s}" % tex(r.get("label") or ""),
                r"\fancyfoot[C]{\thepage}", r"\renewcommand{\headrulewidth}{0.6pt}",
                r"\setlength{\headheight}{15pt}"]
    if lay == "maketitle":
        pre += [r"\title{%s}" % tex(r["headline"]), r"\author{%s}" % r" \\ ".join(tex(a) for a in r["author"]),
                r"\date{%s}" % tex(r["dl"])]
    doc = [r"\begin{document}"]
    head = []
    if lay == "maketitle":
        doc.append(r"\maketitle")
    elif lay == "letter":
        head.append(r"\noindent{\Large\bfseries %s}\\" % tex(r["letterhead"][0]))
        head.append(r"{\small %s}\par" % tex(r["letterhead"][1]))
        head.append(r"\vspace{1.2cm}")
        if r.get("label"):
            head.append(r"\noindent\textbf{%s}\par" % tex(r["label"]))
        head.append(r"\begin{flushright}%s\end{flushright}" % tex(r["dl"]))
        head.append(r"\vspace{0.5cm}")
        head.append(r"\noindent{\large\bfseries %s\par}" % tex(r["headline"]))
        if r.get("sub"):
            head.append(r"\smallskip\noindent{\itshape %s\par}" % tex(r["sub"]))
        head.append(r"\bigskip")
    else:
        if r.get("label") and lay not in ("fancyhdr", "multicol"):
            head.append(r"\noindent{\small\scshape %s}\par\medskip" % tex(r["label"]))
        head.append(r"\noindent{\LARGE\bfseries %s\par}" % tex(r["headline"]))
        if r.get("sub"):
            head.append(r"\medskip\noindent{\large\itshape %s\par}" % tex(r["sub"]))
        head.append(r"\bigskip")
        if r["dl_style"] == "line":
            head.append(r"\noindent\textit{%s}\par\medskip" % tex(r["dl"]))
    body = []
    for i, (kind, text) in enumerate(paragraphs(r)):
        if kind == "h":
            body.append(r"\subsection*{%s}" % tex(text))
            continue
        if i == 0 and r["dl_style"] == "lead":
            text = r["dl"] + r["sep"] + text
        body.append(tex(text))
        body.append("")
    tail = [r"\section*{%s}" % tex(r["about_head"])]
    for p in r["about"]:
        tail += [tex(p), ""]
    tail.append(r"\section*{%s}" % tex(r["contact_head"]))
    tail.append(r"\noindent " + " \\\\\n".join(tex(c) for c in r["contact"]) + "\n")
    if r.get("end"):
        tail.append(r"\begin{center}%s\end{center}" % tex(r["end"]))
    if lay == "twocolumn":
        doc.append(r"\twocolumn[{%s}]" % "\n".join(head))
        doc += body + tail
    elif lay == "multicol":
        doc += head + [r"\begin{multicols}{2}"] + body + [r"\end{multicols}"] + tail
    else:
        doc += head + body + tail
    doc.append(r"\end{document}")
    return "\n".join(pre + doc) + "\n"


# ---------------------------------------------------------------- groff -ms

def roff_text(s):
    s = s.replace("\\", "\\e")
    out, pos = [], 0
    notes = []
    for m in FN.finditer(s):
        out.append(s[pos:m.start()] + "\\**")
        notes.append(m.group(1))
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    lines = []
    # one sentence-ish chunk per input line, none opening with a control character
    for ln in textwrap.wrap(text, 70, break_long_words=False, break_on_hyphens=False):
        lines.append(("\\&" + ln) if ln[:1] in ".'" else ln)
    res = []
    k = 0
    for ln in lines:
        while "\\**" in ln and k < len(notes):
            before, ln = ln.split("\\**", 1)
            res.append(before + "\\**")
            res += [".FS", notes[k], ".FE"]
            k += 1
            if not ln.strip():
                ln = ""
                break
        if ln:
            res.append(ln.lstrip())
    return res


def ms(r):
    out = ['.\\" -*- coding: utf-8 -*-', ".nr PS 11", ".nr VS 13", ".nr LL 6.2i", ".nr PI 3n", ".TL"]
    out += roff_text(r["headline"])
    if r.get("author"):
        out += [".AU", r["author"][0]]
        for a in r["author"][1:]:
            out += [".AI", a]
    for i, (kind, text) in enumerate(paragraphs(r)):
        if kind == "h":
            out += [".SH"] + roff_text(text)
            continue
        if i == 0 and r["dl_style"] == "lead":
            text = r["dl"] + r["sep"] + text
        out.append(".PP")
        out += roff_text(text)
    out += [".SH"] + roff_text(r["about_head"])
    for p in r["about"]:
        out += [".PP"] + roff_text(p)
    out += [".SH"] + roff_text(r["contact_head"])
    out.append(".LP")
    for c in r["contact"]:
        out += roff_text(c) + [".br"]
    if r.get("end"):
        out += [".DS C", r["end"], ".DE"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- build

def pdf(r, srcdir):
    tmp = tempfile.mkdtemp(prefix="e21-")
    try:
        if r["engine"] == "groff":
            src = os.path.join(srcdir, r["id"] + ".ms")
            with open(src, "w", encoding="utf-8") as f:
                f.write(ms(r))
            # groff's own gropdf (-Tpdf), or PostScript through Ghostscript's ps2pdf, as both are used
            args = ["groff", "-k", "-ms"] + (["-m" + r["babel"]] if r.get("babel") else []) + ["-T" + r["device"], src]
            ps = os.path.join(tmp, r["id"] + "." + r["device"])
            with open(ps, "wb") as f:
                subprocess.run(args, check=True, stdout=f)
            if r["device"] == "ps":
                subprocess.run(["ps2pdf", ps, os.path.join(OUT, r["id"] + ".pdf")], check=True)
            else:
                shutil.copy(ps, os.path.join(OUT, r["id"] + ".pdf"))
            return "groff-ms" + ("-" + r["babel"] if r.get("babel") else "") + "-T" + r["device"] + (
                "-ps2pdf" if r["device"] == "ps" else "")
        src = os.path.join(srcdir, r["id"] + ".tex")
        with open(src, "w", encoding="utf-8") as f:
            f.write(latex(r))
        for _ in range(2):
            subprocess.run([r["engine"], "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                            src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=dict(os.environ, SOURCE_DATE_EPOCH="1772496000", FORCE_SOURCE_DATE="1"))
        shutil.copy(os.path.join(tmp, r["id"] + ".pdf"), os.path.join(OUT, r["id"] + ".pdf"))
        return r["engine"] + "-article-" + r["layout"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def gold(r, docs, producers):
    body = [plain(t) for _, t in paragraphs(r)]
    return evaltools.gold_record(r["id"], docs, producers, evaltools.release_expect(r, body, r["gold"]["byline"]),
                                 r["note"])


def kept_pdf_producer(r):
    """The producer the gold names for a PDF made before (--no-pdf)."""
    with open(os.path.join(OUT, r["id"] + ".gold.json"), encoding="utf-8") as f:
        return json.load(f)["producers"]["pdf"]


def main():
    with_pdf = "--no-pdf" not in sys.argv[1:]
    os.makedirs(OUT, exist_ok=True)
    srcdir = os.path.join(OUT, "src")
    os.makedirs(srcdir, exist_ok=True)
    for r in RELEASES:
        docs, producers = evaltools.txt_pdf_release(r, OUT, txt(r), "utf-8-" + r["txt"],
                                                    with_pdf and (lambda: pdf(r, srcdir)),
                                                    lambda: kept_pdf_producer(r))
        evaltools.write_gold(os.path.join(OUT, r["id"] + ".gold.json"), gold(r, docs, producers), end="")
        print(r["id"], producers, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
