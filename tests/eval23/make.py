#!/usr/bin/python3
"""Write tests/eval23/docs: invented listed companies' results and investor
releases (quarterly and annual results, trading updates, ad-hoc notices,
dividend and AGM notices, an acquisition) as the wires carry them and as
the companies print them:

- TXT: the wire text (GlobeNewswire, Business Wire, PR Newswire, EQS, RNS,
  eMarket SDIR forms), one line per paragraph or wrapped at 72 columns,
  bullets as '•' or '-', tables as padded columns;
- DOCX: the company's own document (python-docx: bold headline, italic
  deck, 'List Bullet' highlights, Heading 2 section heads, a 'Table Grid'
  key-figure table with a bold head row, contact lines parted by line
  breaks), without the wire's furniture;
- PDF: Chromium's print of the wire page (pdf='chromium') or LibreOffice's
  export of the DOCX (pdf='lo').

The gold is written from tests/eval23/releases.py (see README.md for the
readings), before pressmill was run on the set.

Usage (from the repository root):
  /usr/bin/python3 tests/eval23/make.py            # TXT, DOCX, PDF and gold
  /usr/bin/python3 tests/eval23/make.py --no-pdf   # TXT, DOCX and gold only
"""
import os
import shutil
import sys
import tempfile
import textwrap
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)


def cells(row):
    return [c for c in row if c]


def table_text(rows):
    return " ".join(" ".join(cells(r)) for r in rows)


def gold(rel, docs):
    body, about = [], []
    for p in rel["parts"]:
        k = p[0]
        if k in ("li", "p", "h"):
            body.append(p[1])
        elif k == "dl" and p[2]:
            body.append(p[2])
        elif k == "t":
            body.append(table_text(p[1]))
        elif k == "about":
            about.extend(p[2])
    hl = [p[1] for p in rel["parts"] if p[0] == "hl"][0]
    # the issuer's name before a title's colon is a rubric prefix: tags (RECORD.md's
    # "Togo | CIMCT : Lomé accueillera …", whose CIMCT is the issuer); see README.md
    tags = [p for p in rel["parts"] if p[0] == "tags"]
    if tags:
        hl = tags[0][2]
    sub = ([p[1] for p in rel["parts"] if p[0] == "sub"] or [None])[0]
    dl_date = rel.get("dl_date", rel["date"])
    exp = {"language": rel["lang"], "headline": hl, "subheadline": sub, "tags": tags[0][1] if tags else [],
           "dateline": {"location": rel["loc"], "date": dl_date}, "date": rel["date"],
           "body": body, "about": about, "emails": rel["emails"], "phones": rel["phones"]}
    producers = {"txt": "the %s wire text, %s" % (rel["wire"], "wrapped at %d columns" % rel["wrap"] if rel["wrap"]
                                                  else "one line per paragraph"),
                 "docx": "the company's own document, python-docx"}
    if any(d.endswith(".pdf") for d in docs):
        producers["pdf"] = ("Chromium headless --print-to-pdf of the wire page" if rel["pdf"] == "chromium"
                            else "LibreOffice's PDF export of the DOCX")
    kinds = sorted({p[0] for p in rel["parts"]})
    notes = [p[1] for p in rel["parts"] if p[0] == "note"]
    note = "%s, %s; parts: %s; notice lines (not body): %s." % (
        rel["org"], rel["wire"], ", ".join(kinds), "; ".join(repr(n) for n in notes) or "none")
    return evaltools.gold_json(evaltools.gold_record(rel["id"], docs, producers, exp, note))


def wrap(s, width, indent=""):
    if not width:
        return indent + s
    return "\n".join(textwrap.wrap(s, width, initial_indent=indent,
                                   subsequent_indent=" " * len(indent), break_on_hyphens=False))


def dl_join(dateline, rest):
    """Business Wire sets its dateline tight against the text ('--(BUSINESS WIRE)--Corvane ...')."""
    if not rest:
        return dateline
    return dateline + ("" if dateline.endswith("--") else " ") + rest


def txt_table(rows):
    n = max(len(r) for r in rows)
    w = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for r in rows:
        line = r[0].ljust(w[0]) + "".join("   " + r[i].rjust(w[i]) for i in range(1, len(r)))
        out.append(line.rstrip())
    return "\n".join(out)


def text(rel):
    W, blocks, prev = rel["wrap"], [], None
    bullet = "- " if W else "\u2022 "
    for p in rel["parts"]:
        k = p[0]
        if k == "li":
            s = wrap(p[1], W, bullet)
            if prev == "li":
                blocks[-1] += "\n" + s
            else:
                blocks.append(s)
        elif k in ("wire", "note", "hl", "sub", "h", "end"):
            blocks.append(p[1])
        elif k == "dl":
            blocks.append(wrap(dl_join(p[1], p[2]), W))
        elif k == "p":
            blocks.append(wrap(p[1], W))
        elif k == "t":
            blocks.append(txt_table(p[1]))
        elif k == "about":
            blocks.append(p[1])
            blocks.extend(wrap(x, W) for x in p[2])
        elif k == "contacts":
            blocks.append(p[1] + "\n" + "\n".join(p[2]))
        prev = k
    return "\n\n".join(blocks) + "\n"


CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:0 8mm;color:#222}
h1{font-size:17pt;margin:8pt 0 4pt} .deck{font-style:italic;font-size:12pt;margin:0 0 8pt}
.note{font-size:9pt;color:#555;margin:2pt 0} h3{font-size:11pt;margin:12pt 0 4pt}
table{border-collapse:collapse;margin:6pt 0} td,th{border-bottom:1px solid #999;padding:2pt 8pt}
td.n,th.n{text-align:right} th{background:#e8edf3} ul{margin:4pt 0 8pt} li{margin:2pt 0}"""


def html(rel):
    out, prev = [], None
    for p in rel["parts"]:
        k = p[0]
        if prev == "li" and k != "li":
            out.append("</ul>")
        if k in ("wire", "note"):
            out.append('<p class="note">%s</p>' % escape(p[1]))
        elif k == "hl":
            out.append("<h1>%s</h1>" % escape(p[1]))
        elif k == "sub":
            out.append('<p class="deck">%s</p>' % escape(p[1]))
        elif k == "li":
            if prev != "li":
                out.append("<ul>")
            out.append("<li>%s</li>" % escape(p[1]))
        elif k == "dl":
            out.append("<p>%s</p>" % escape(dl_join(p[1], p[2])))
        elif k == "p":
            out.append("<p>%s</p>" % escape(p[1]))
        elif k == "h":
            out.append("<h3>%s</h3>" % escape(p[1]))
        elif k == "t":
            rows = p[1]
            h = "".join('<th%s>%s</th>' % (' class="n"' if i else "", escape(c)) for i, c in enumerate(rows[0]))
            b = "".join("<tr>%s</tr>" % "".join('<td%s>%s</td>' % (' class="n"' if i else "", escape(c))
                                                  for i, c in enumerate(r)) for r in rows[1:])
            out.append("<table><tr>%s</tr>%s</table>" % (h, b))
        elif k == "about":
            out.append("<h3>%s</h3>" % escape(p[1]))
            out.extend("<p>%s</p>" % escape(x) for x in p[2])
        elif k == "contacts":
            out.append("<p><b>%s</b><br>%s</p>" % (escape(p[1]), "<br>".join(escape(x) for x in p[2])))
        elif k == "end":
            out.append('<p style="text-align:center">%s</p>' % escape(p[1]))
        prev = k
    if prev == "li":
        out.append("</ul>")
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            "<body>%s</body></html>" % (rel["lang"], escape(rel["org"]), CSS, "\n".join(out)))


def docx(rel, path):
    import docx as D
    from docx.shared import Pt
    doc = D.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial" if rel["lang"] != "ja" else "Noto Sans CJK JP"
    st.font.size = Pt(10.5)
    for p in rel["parts"]:
        k = p[0]
        if k == "wire":
            continue
        if k == "note":
            r = doc.add_paragraph().add_run(p[1])
            r.font.size = Pt(9)
        elif k == "hl":
            r = doc.add_paragraph().add_run(p[1])
            r.bold, r.font.size = True, Pt(16)
        elif k == "sub":
            r = doc.add_paragraph().add_run(p[1])
            r.italic, r.font.size = True, Pt(12)
        elif k == "li":
            doc.add_paragraph(p[1], style="List Bullet")
        elif k == "dl":
            para = doc.add_paragraph()
            para.add_run(p[1]).bold = True
            if p[2]:
                para.add_run(dl_join("", p[2]) if p[1].endswith("--") else " " + p[2])
        elif k == "p":
            doc.add_paragraph(p[1])
        elif k == "h":
            doc.add_heading(p[1], level=2)
        elif k == "t":
            rows = p[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    run = cell.paragraphs[0].add_run(c)
                    run.bold = i == 0
                    if j:
                        cell.paragraphs[0].alignment = 2
            doc.add_paragraph()
        elif k == "about":
            doc.add_heading(p[1], level=2)
            for x in p[2]:
                doc.add_paragraph(x)
        elif k == "contacts":
            para = doc.add_paragraph()
            para.add_run(p[1]).bold = True
            for x in p[2]:
                para.add_run().add_break()
                para.add_run(x)
        elif k == "end":
            doc.add_paragraph(p[1]).alignment = 1
    doc.core_properties.author = "Investor Relations"
    doc.save(path)


def main():
    with_pdf = evaltools.pdf_tools(sys.argv, ["chromium", "soffice"],
                                   "make.py: no chromium or soffice: TXT, DOCX and gold only")
    releases = evaltools.releases(HERE)
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="eval23-")
    try:
        lo = []
        for rel in releases:
            base = os.path.join(OUT, rel["id"])
            evaltools.write_text(base + ".txt", text(rel))
            docx(rel, base + ".docx")
            if with_pdf and rel["pdf"] == "chromium":
                evaltools.chromium_html_pdf(html(rel), rel["id"], base + ".pdf", tmp)
            elif with_pdf:
                lo.append(base + ".docx")
            docs = [rel["id"] + ".txt", rel["id"] + ".docx"] + ([rel["id"] + ".pdf"] if with_pdf else [])
            evaltools.write_text(base + ".gold.json", gold(rel, docs))
        if lo:
            evaltools.soffice_pdfs(lo, OUT)
        print("eval23: wrote %d releases to %s" % (len(releases), OUT), file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
