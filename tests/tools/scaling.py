#!/usr/bin/env python3
"""Scaling test (issue 10, part 4): conversion cost must be linear in the
input. A long document (a transcript, a report) is generated at test time
with N and 10 x N paragraphs, and each is converted in process (pressmill
convert --no-isolate); the CPU time of the converting process (user +
sys, from wait4, not wall time: the machine is shared) for 10 x N must
stay within --max-ratio (15) times that for N. Formats:
  txt        paragraphs apart by blank lines
  docx       paragraphs (styles, headings, list items with a numbering
             each, hyperlinks with a relationship each)
  txt-long   the same text as one paragraph, hard-wrapped
  docx-long  the same text as the lines of one paragraph (w:br)
The long forms find costs that grow with the length of one block or one
line rather than with the number of blocks.

The paragraphs are varied on purpose so that every pass of the normaliser
has work to do at every size: short lines (furniture candidates, some
repeated), sentences with dates, e-mail addresses and phone numbers,
acronyms defined either way round, quotes with their speaker, headings,
"About" headings, contact lines, wrapped lines with line-end hyphens,
paragraphs a stray blank line cut in mid-sentence, and Arabic, French
and German text. Deterministic (seeded), nothing taken from a corpus.

  scaling.py --cli build/bin/pressmill [--sizes 10000,100000]
             [--formats txt,docx,txt-long,docx-long]
             [--max-ratio 15] [--runs 3] [--retries 1] [--keep DIR] [--write-only]

The sizes are measured in turn, --runs rounds of one run each, and the
least CPU of each size counts; a format over the bar gets --retries more
sets of rounds before it fails (a shared machine stretches single runs,
a superlinear cost is over the bar every time).

Prints one line per format and size with its CPU seconds and the ratio.
Exit 1 when a ratio is over the bar (or a conversion failed).
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

WORDS = ("market network energy project city council harbour region budget school water "
         "transport research partner service growth report quarter community product station "
         "program festival museum library vehicle hospital contract platform study airport "
         "river bridge farm industry customer launch design export grant").split()
NAMES = ["Maria Lindqvist", "Ahmed Saleh", "Jean Dupont", "Yuki Tanaka", "Olu Adeyemi",
         "Sofia Rossi", "Liam Walsh", "Priya Nair"]
PLACES = ["OSLO", "LYON", "NAIROBI", "PERTH", "QUITO", "BERGEN", "LEEDS", "DAKAR"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FRENCH = ("La commission régionale a présenté aujourd'hui son rapport annuel sur "
          "l'énergie et les transports dans la métropole.")
GERMAN = ("Die Stadtwerke haben heute ihren Bericht über die Wasserversorgung und "
          "den öffentlichen Nahverkehr in der Region vorgestellt.")
ARABIC = "أعلنت الهيئة العامة للطاقة اليوم عن إطلاق برنامج جديد لدعم المشاريع الصغيرة في المنطقة."


def sentence(rnd, n):
    w = [rnd.choice(WORDS) for _ in range(n)]
    w[0] = w[0].capitalize()
    return " ".join(w) + "."


def acronym(rnd, i):
    words = [rnd.choice(WORDS).capitalize() for _ in range(3)]
    ac = "".join(x[0] for x in words)
    if i % 2:
        return "The %s (%s) said the %s would grow." % (" ".join(words), ac, rnd.choice(WORDS))
    return "%s (%s) will open a %s office." % (ac, " ".join(words), rnd.choice(WORDS))


def paragraphs(n, seed=10):
    """(kind, text) pairs; kind is 'h' heading, 'p' paragraph, 'w' a
    paragraph given as wrapped lines, 'c' a paragraph cut by a stray blank
    line (the second part starts in lower case)."""
    rnd = random.Random(seed)
    out = [("t", "Regional Council Publishes Its Annual Transcript of Proceedings"),
           ("p", "%s, %d %s 2024 - %s" % (PLACES[0], 3, MONTHS[4], sentence(rnd, 18)))]
    i = 0
    while len(out) < n:
        i += 1
        k = i % 23
        if k == 0:
            out.append(("h", "Session %d: %s" % (i, sentence(rnd, 4).rstrip("."))))
        elif k == 1:
            out.append(("p", "Council transcript - confidential"))  # repeated furniture shape
        elif k == 2:
            out.append(("p", "\u201c%s\u201d said %s, director of the %s." %
                        (sentence(rnd, 12), rnd.choice(NAMES), rnd.choice(WORDS))))
        elif k == 3:
            out.append(("p", acronym(rnd, i)))
        elif k == 4:
            out.append(("p", "Contact: %s, %s@example.org, +47 %03d %02d %03d" %
                        (rnd.choice(NAMES), rnd.choice(WORDS), i % 1000, i % 100, (i * 7) % 1000)))
        elif k == 5:
            out.append(("p", "On %d %s %d the %s met in %s. %s" %
                        (1 + i % 28, MONTHS[i % 12], 1990 + i % 35, rnd.choice(WORDS),
                         rnd.choice(PLACES).title(), sentence(rnd, 10))))
        elif k == 6:
            out.append(("p", "%d" % (i % 400)))  # a page-number-like line
        elif k == 7:
            out.append(("w", sentence(rnd, 40) + " The infra-structure and recon-struction "
                        "of the " + sentence(rnd, 20)))
        elif k == 8:
            out.append(("c", "the %s of the %s was discussed at" % (rnd.choice(WORDS), rnd.choice(WORDS)),))
        elif k == 9:
            out.append(("p", FRENCH if i % 2 else GERMAN))
        elif k == 10:
            out.append(("p", ARABIC))
        elif k == 11:
            out.append(("h", "About the %s %s" % (rnd.choice(WORDS).title(), rnd.choice(WORDS).title())))
        elif k == 12:
            out.append(("p", "See https://example.org/%s/%d or call (555) 010-%04d." %
                        (rnd.choice(WORDS), i, i % 10000)))
        elif k == 13:
            out.append(("p", rnd.choice(WORDS).title() + " " + rnd.choice(WORDS)))  # short line
        elif i % 2:
            out.append(("p", " ".join(rnd.choice(WORDS) for _ in range(2 + i % 4)).capitalize()))
        else:
            out.append(("p", sentence(rnd, 6 + (i * 5) % 30)))
    return out[:n]


def wrap(text, width=60):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines


def write_txt_long(path, paras):
    """The same text as one paragraph, hard-wrapped, no blank line."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(wrap(" ".join(t for _, t in paras), 70)) + "\n")


def write_docx_long(path, paras):
    """The same text as one paragraph, its lines apart by w:br."""
    runs = "<w:r><w:br/></w:r>".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(t)
                                     for _, t in paras)
    write_docx_body(path, "<w:p>%s</w:p>" % runs)


def write_txt(path, paras):
    with open(path, "w", encoding="utf-8") as fh:
        for kind, text in paras:
            if kind == "w":
                lines = wrap(text)
                # a line-end hyphen on the first wrap
                first = lines[0].rsplit(" ", 1)
                if len(first) == 2 and len(first[1]) > 6:
                    lines[0] = first[0] + " " + first[1][:3] + "-"
                    lines[1] = first[1][3:] + " " + lines[1]
                fh.write("\n".join(lines) + "\n\n")
            elif kind == "c":
                fh.write(text + "\n\nthe end of the session.\n\n")
            else:
                fh.write(text + "\n\n")


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
REL = '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" ' \
    'Target="%s"%s/>'
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>%s%s</w:numbering>')
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
          '<w:rPr><w:sz w:val="22"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
          '<w:rPr><w:sz w:val="48"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
          '</w:styles>' % W)


def docx_para(text, style=None, breaks=False, num=0):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    if num:
        ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr></w:pPr>' % num
    if breaks:
        runs = "<w:r><w:br/></w:r>".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(x)
                                         for x in wrap(text))
    else:
        runs = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)
    return "<w:p>%s%s</w:p>" % (ppr, runs)


def write_docx(path, paras):
    """Paragraphs with styles; every address paragraph a hyperlink with
    a relationship of its own, every sentence of a certain length a list
    item with a numbering of its own (documents converted from HTML give
    both in thousands)."""
    body, links, nums = [], [], 0
    for kind, text in paras:
        if kind == "p" and text.startswith("See https://"):
            url = text.split()[1]
            links.append(url)
            body.append('<w:p><w:hyperlink r:id="rIdL%d"><w:r><w:t xml:space="preserve">%s</w:t></w:r>'
                        '</w:hyperlink></w:p>' % (len(links), escape(text)))
        elif kind == "p" and len(text.split()) == 16:
            nums += 1
            body.append(docx_para(text, num=nums))
        elif kind == "t":
            body.append(docx_para(text, "Title"))
        elif kind == "h":
            body.append(docx_para(text, "Heading2"))
        elif kind == "w":
            body.append(docx_para(text, breaks=True))
        elif kind == "c":
            body.append(docx_para(text))
            body.append(docx_para("the end of the session."))
        else:
            body.append(docx_para(text))
    write_docx_body(path, "".join(body), links, nums)


def write_docx_body(path, body, links=(), nums=0):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (W, body))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        rels = [REL % ("rId1", "styles", "styles.xml", ""), REL % ("rId2", "numbering", "numbering.xml", "")]
        rels += [REL % ("rIdL%d" % (i + 1), "hyperlink", escape(u), ' TargetMode="External"')
                 for i, u in enumerate(links)]
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
                   % "".join(rels))
        z.writestr("word/styles.xml", STYLES)
        absn = "".join('<w:abstractNum w:abstractNumId="%d"><w:lvl w:ilvl="0"><w:numFmt w:val="%s"/>'
                       '<w:lvlText w:val="%s"/></w:lvl></w:abstractNum>'
                       % (i, "decimal" if i % 2 else "bullet", "%1." if i % 2 else "-")
                       for i in range(1, nums + 1))
        numn = "".join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (i, i)
                       for i in range(1, nums + 1))
        z.writestr("word/numbering.xml", NUMBERING % (W, absn, numn))
        z.writestr("word/document.xml", doc)


WRITERS = {"txt": write_txt, "docx": write_docx, "txt-long": write_txt_long, "docx-long": write_docx_long}


def cpu_of(cmd):
    """CPU seconds (user + sys) of one run of cmd and its children, and its status."""
    t0 = time.monotonic()
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(cmd, stdout=null, stderr=subprocess.PIPE)
        err = p.stderr.read()
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    return ru.ru_utime + ru.ru_stime, p.returncode, time.monotonic() - t0, err


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--formats", default="txt,docx,txt-long,docx-long")
    ap.add_argument("--max-ratio", type=float, default=15.0)
    ap.add_argument("--runs", type=int, default=3,
                    help="measurement rounds (every size once, in turn); the least CPU of each size counts")
    ap.add_argument("--retries", type=int, default=1,
                    help="when a ratio is over the bar, measure that many times --runs rounds more")
    ap.add_argument("--keep", help="write the documents into this folder and keep them")
    ap.add_argument("--write-only", action="store_true", help="only write the documents (with --keep)")
    a = ap.parse_args()
    sizes = [int(x) for x in a.sizes.split(",")]
    fmts = a.formats.split(",")
    tmp = a.keep or tempfile.mkdtemp(prefix="pm-scaling-")
    os.makedirs(tmp, exist_ok=True)
    failed = False
    try:
        for fmt in fmts:
            paths = {}
            for n in sizes:
                paths[n] = os.path.join(tmp, "scale-%d-%s.%s" % (n, fmt, fmt.split("-")[0]))
                WRITERS[fmt](paths[n], paragraphs(n))
            if a.write_only:
                continue
            cpu, wall = {}, {}
            # One measurement round runs every size once, in turn, so a
            # busy spell on the shared machine falls on all sizes alike;
            # the least CPU of each size over the rounds counts. A ratio
            # over the bar is measured again (--retries rounds more)
            # before it fails: a cost that grows faster than the input
            # is over the bar every time, a noisy neighbour is not.
            rounds = a.runs
            for attempt in range(1 + a.retries):
                for _ in range(rounds):
                    for n in sizes:
                        c, rc, w, err = cpu_of([a.cli, "convert", "--no-isolate", paths[n]])
                        if rc != 0:
                            print("scaling: %s: exit %d: %s" %
                                  (paths[n], rc, err.decode("utf-8", "replace")[-300:]))
                            failed = True
                        if n not in cpu or c < cpu[n]:
                            cpu[n], wall[n] = c, w
                over = [(lo, hi) for lo, hi in zip(sizes, sizes[1:])
                        if cpu[hi] / max(cpu[lo], 1e-3) > a.max_ratio * hi / lo / 10]
                if not over or attempt == a.retries:
                    break
                print("scaling: %-9s over the bar after %d round(s); measuring again" %
                      (fmt, rounds * (attempt + 1)))
            for n in sizes:
                print("scaling: %-9s %7d paragraphs, %8d bytes: %.2f s CPU (%.2f s wall)" %
                      (fmt, n, os.path.getsize(paths[n]), cpu[n], wall[n]))
            for lo, hi in zip(sizes, sizes[1:]):
                ratio = cpu[hi] / max(cpu[lo], 1e-3)
                bar = a.max_ratio * hi / lo / 10
                ok = ratio <= bar
                failed |= not ok
                print("scaling: %-9s %dx the paragraphs cost %.1fx the CPU (bar %.0fx): %s" %
                      (fmt, hi // lo, ratio, bar, "ok" if ok else "FAILED"))
            sys.stdout.flush()
    finally:
        if not a.keep:
            for f in os.listdir(tmp):
                os.unlink(os.path.join(tmp, f))
            os.rmdir(tmp)
    if a.write_only:
        return 0
    print("scaling: %s" % ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
