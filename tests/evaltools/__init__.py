"""What the generators of our evaluation sets (tests/evalN/make.py) share:
reading a set's releases.py, writing its gold records and texts, and the
calls to the programs that print the PDFs (LibreOffice, Chromium). Each
generator used to carry its own copy of these; the copies had drifted only
in names. Used by tests/eval12, eval15, eval17, eval18, eval20, eval21,
eval23, eval24, eval25, eval26, eval27, eval28, eval29, eval30 and eval31
(make.py).

A generator finds it by appending tests/ to sys.path (appending, so that
no folder of tests/ hides a library such as python-docx's `docx`):

    sys.dont_write_bytecode = True
    sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    import evaltools  # noqa: E402
"""
import datetime
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def set_dirs(make_py, out="docs"):
    """The folder of a set's make.py and the folder it writes (out, inside it)."""
    here = os.path.dirname(os.path.abspath(make_py))
    return here, os.path.join(here, out)


def releases(here, ns=None):
    """RELEASES of here/releases.py, run with the names of ns (a set's
    releases.py may use a module the generator loaded, eval15's E13)."""
    ns = {} if ns is None else ns
    with open(os.path.join(here, "releases.py"), encoding="utf-8") as f:
        exec(f.read(), ns)
    return ns["RELEASES"]


def load(name, path):
    """The module of a file of another set, path relative to tests/ (eval15
    builds on eval13's DOCX writer)."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(TESTS, path))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---- gold -------------------------------------------------------------------

def gold_record(rid, docs, producers, expect, note):
    """A gold record as ../shared/eval/score.py reads it, its keys in the
    order every set writes them."""
    return {"id": rid, "documents": docs, "producers": producers, "expect": expect, "source_note": note}


def gold_json(record):
    """The text of a gold file: one-space indents, UTF-8 kept, a final newline."""
    return json.dumps(record, ensure_ascii=False, indent=1) + "\n"


def write_gold(path, record, end="\n"):
    """Writes a gold file (end: what follows the JSON; the older sets wrote
    none)."""
    write_text(path, json.dumps(record, ensure_ascii=False, indent=1) + end)


def release_expect(r, body, byline=None):
    """The expected record of a release written as eval21, eval24 and
    eval26 write theirs: lang, headline, sub, about, emails, phones of the
    release, its gold's dateline and date, no tags."""
    g = r["gold"]
    return {
        "language": r["lang"],
        "headline": r["headline"],
        "subheadline": r.get("sub"),
        "tags": [],
        "dateline": g["dateline"],
        "date": g["date"],
        "byline": byline,
        "body": body,
        "about": list(r["about"]),
        "emails": list(r["emails"]),
        "phones": list(r["phones"]),
    }


def txt_pdf_release(r, out, text, txt_producer, make_pdf, kept_pdf_producer):
    """The TXT of release r and, where make_pdf is given, its PDF (make_pdf()
    writes out/<id>.pdf and names its producer); without make_pdf (--no-pdf)
    a PDF made before is kept and kept_pdf_producer() names its producer.
    The gold's documents and producers."""
    docs, producers = [r["id"] + ".txt"], {"txt": txt_producer}
    write_text(os.path.join(out, r["id"] + ".txt"), text)
    if make_pdf:
        producers["pdf"] = make_pdf()
    if not make_pdf and os.path.exists(os.path.join(out, r["id"] + ".pdf")):
        producers["pdf"] = kept_pdf_producer()
    if "pdf" in producers:
        docs.append(r["id"] + ".pdf")
    return docs, producers


# ---- DOCX (python-docx, imported where a set writes one) --------------------

# The namespace declarations a raw-XML paragraph, text box or VML shape
# inserted into a python-docx body needs (eval27, eval36).
WORD_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word"')

DOCX_DATE = datetime.datetime(2026, 12, 7, 12, 0, 0)


def new_docx(author):
    """python-docx's blank document with fixed core properties (the date,
    author and last editor, revision 1), so that its package is the same
    at every run."""
    import docx
    d = docx.Document()
    props = d.core_properties
    props.created = props.modified = DOCX_DATE
    props.author = props.last_modified_by = author
    props.revision = 1
    return d


def add_body_xml(d, ns, xml):
    """Puts the WordprocessingML xml (paragraphs, tables; ns declares its
    prefixes) at the end of d's body, before the final w:sectPr, which
    it returns (a set adds columns to it)."""
    from docx.oxml import parse_xml
    final = d.element.body[-1]
    for el in parse_xml("<w:body %s>%s</w:body>" % (ns, xml)):
        final.addprevious(el)
    return final


def save_docx(d, path):
    d.save(path)
    fix_zip(path)


def fix_zip(path, date_time=(2026, 12, 7, 12, 0, 0)):
    """Rewrites the package (DOCX) at path with one fixed date on every
    entry: python-docx stamps the time of the run, and a committed DOCX
    must come out the same byte for byte when its set is made again."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---- the programs that print the PDFs ---------------------------------------

def pdf_tools(argv, tools, missing):
    """Whether to write the PDFs: not with --no-pdf, nor where one of the
    tools is not installed (missing says so on stderr)."""
    with_pdf = "--no-pdf" not in argv
    if with_pdf and not all(shutil.which(t) for t in tools):
        print(missing, file=sys.stderr)
        with_pdf = False
    return with_pdf


def soffice_pdfs(docxs, out, profile=None, soffice="soffice", quiet=False):
    """LibreOffice's PDF export of each DOCX of docxs, moved to out as
    <name>.pdf; one soffice run. profile: the user installation's URL (a
    fresh one in a temporary folder without it); quiet: stderr too is
    dropped."""
    with tempfile.TemporaryDirectory() as tmp:
        prof = profile or "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp] + list(docxs), check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL if quiet else None)
        for d in docxs:
            base = os.path.splitext(os.path.basename(d))[0] + ".pdf"
            shutil.move(os.path.join(tmp, base), os.path.join(out, base))
    return len(docxs)


CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_pdf(url, path, tmp, header_footer=False, extra=()):
    """Chromium's headless print of url to path (its profile in tmp),
    without the browser's header and footer unless header_footer."""
    args = CHROMIUM + list(extra) + ["--user-data-dir=" + os.path.join(tmp, "profile")]
    if not header_footer:
        args.append("--no-pdf-header-footer")
    subprocess.run(args + ["--print-to-pdf=" + path, url],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def chromium_html_pdf(page, name, path, tmp):
    """Chromium's print of the HTML page (text), saved first as tmp/<name>.html."""
    src = os.path.join(tmp, name + ".html")
    write_text(src, page)
    chromium_pdf("file://" + src, path, tmp)
