#!/usr/bin/env python3
"""Score the record's `tables` and `links` (record 1.1) against reference
readers written apart from pressmill, over DOCX, Markdown and plain text.

    tools/check_structure.py [--cli build/bin/pressmill] [--show] [PATH ...]

PATHs are files or folders (walked); by default: the documents of the
gold sets (../shared/eval, tests/eval*), tests/ and ../shared/corpus.
The references read the files with the Python standard library only:

- DOCX (zipfile + ElementTree): the tables of the body (w:tbl outside
  another table and outside text boxes), their rows (deleted rows left
  out) and cells (the text of their w:t, paragraphs one space apart,
  nested tables' text in their cell; hidden runs, w:vanish set on the
  run or through its styles and docDefaults, and the
  prompt of a content control showing its placeholder, w:showingPlcHdr,
  left out), the header flag from the first row's w:tblHeader; a table
  whose first row with text holds a paragraph in the Title or Subtitle
  style (by id, or by name in styles.xml, through w:basedOn) lays out
  the page and is no table (pressmill's docx.layout_table), and so does
  a table opening the body whose first row holds a paragraph of at most
  25 words set at 1.4 times the default size (docx.layout_table.title_size),
  and a table of one row, not a header row, whose one cell holds one
  paragraph with text is a box around a line (docx.one_cell_box); links from w:hyperlink whose relationship is a
  hyperlink to an external target (or a target with a scheme), and
  HYPERLINK fields without \\l, in document.xml, headers, footers,
  footnotes and endnotes. What mc:Fallback holds is not read (pressmill
  reads the Choice it understands). A w:altChunk of the body (outside
  tables and text boxes) whose aFChunk relationship names an HTML part
  of the package (never above its root, at most 4 MiB, each part once,
  not the document itself) adds that part's tables (html.parser: no
  table, ul or ol inside; header when the first row is all th; caption
  left out) and its http, https and mailto links (pressmill's
  docx.alt_chunk); script, style and head are skipped.
- Markdown (.md): pipe tables (lines opening with '|', the |---| row is
  the header rule) with cells split at unescaped bars and inline markup
  taken off; links [text](url) (images not), autolinks <url>, and bare
  http://, https://, www. addresses in what is left.
- Plain text (.txt): bare addresses.
- PDF, links only, when poppler-utils' pdfinfo is there: the URI link
  annotations `pdfinfo -url` lists (the same poppler as the plugin, but
  its annotation reader, not the glib link mapping the plugin reads).

Tables are compared as whole grids (every cell exactly, text compared
with white space collapsed and NFC); links as the multiset of their URLs.
Prints, per format, documents, tables and links found by the reference
and by pressmill, matched, precision and recall; --show lists each
document that differs.
"""
import argparse
import collections
import html.parser
import posixpath
import urllib.parse
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}


def norm(s):
    """The record's text cleaning that a comparison must follow: NFC,
    ligatures U+FB00-FB06 as their letters, white space collapsed."""
    s = unicodedata.normalize("NFC", (s or "").translate(LIGATURES))
    return re.sub(r"\s+", " ", s).strip()


# ---- DOCX ---------------------------------------------------------------

def onoff(el):
    v = el.get(W + "val")
    return v is None or v not in ("0", "false", "off", "none")


# Hidden text through styles (ECMA-376 17.7.2 and 17.7.3): docDefaults
# give the start; the paragraph's style (or the default paragraph style)
# and then the run's character style each toggle it when, in their own
# w:basedOn chain, the nearest style that says anything about w:vanish
# turns it on; a run's own w:vanish is absolute. Set per document by
# ref_docx.
VANISH = {"start": False, "para": {}, "char": {}, "default_para": None, "default_char": None}


def vanish_styles(z):
    out = {"start": False, "para": {}, "char": {}, "default_para": None, "default_char": None}
    try:
        st = ET.fromstring(z.read("word/styles.xml"))
    except (KeyError, ET.ParseError):
        return out
    d = st.find(W + "docDefaults/" + W + "rPrDefault/" + W + "rPr/" + W + "vanish")
    out["start"] = d is not None and onoff(d)
    own, based, kinds = {}, {}, {}
    for e in st.iter(W + "style"):
        sid = e.get(W + "styleId")
        v = e.find(W + "rPr/" + W + "vanish")
        own[sid] = None if v is None else onoff(v)
        b = e.find(W + "basedOn")
        based[sid] = b.get(W + "val") if b is not None else None
        kinds[sid] = e.get(W + "type")
        if onoff_attr(e.get(W + "default")) and e.get(W + "type") in ("paragraph", "character"):
            out["default_" + ("para" if e.get(W + "type") == "paragraph" else "char")] = sid
    for sid in own:
        cur, seen, eff = sid, set(), None
        while cur and cur not in seen and len(seen) < 32:
            seen.add(cur)
            if own.get(cur) is not None:
                eff = own[cur]
                break
            cur = based.get(cur)
        out["para" if kinds[sid] == "paragraph" else "char"][sid] = bool(eff)
    return out


def onoff_attr(v):
    return v is not None and v not in ("0", "false", "off")


def hidden_run(r, pstyle=None):
    state = VANISH["start"]
    if VANISH["para"].get(pstyle or VANISH["default_para"]):
        state = not state
    rpr = r.find(W + "rPr")
    rs = rpr.find(W + "rStyle") if rpr is not None else None
    if VANISH["char"].get(rs.get(W + "val") if rs is not None else VANISH["default_char"]):
        state = not state
    v = rpr.find(W + "vanish") if rpr is not None else None
    return onoff(v) if v is not None else state


def placeholder(sdt):
    pr = sdt.find(W + "sdtPr")
    v = pr.find(W + "showingPlcHdr") if pr is not None else None
    return v is not None and onoff(v)


def para_text(p):
    out = []
    ps = p.find(W + "pPr/" + W + "pStyle")
    pstyle = ps.get(W + "val") if ps is not None else None
    def walk(e):
        for c in e:
            t = c.tag
            if t in (W + "del", W + "moveFrom", W + "txbxContent", MC + "Fallback", W + "instrText",
                     W + "delText", W + "pPr", W + "rPr", W + "sdtPr"):
                continue
            if (t == W + "r" and hidden_run(c, pstyle)) or (t == W + "sdt" and placeholder(c)):
                continue
            if t == W + "t":
                out.append(c.text or "")
            elif t in (W + "tab", W + "br", W + "cr"):
                out.append(" ")
            elif t == W + "noBreakHyphen":
                out.append("-")
            walk(c)
    walk(p)
    return "".join(out).replace("\u00ad", "")


def cell_text(tc):
    parts = []
    def walk(e):
        for c in e:
            if c.tag in (W + "txbxContent", MC + "Fallback", W + "tcPr"):
                continue
            if c.tag == W + "sdt" and placeholder(c):
                continue
            if c.tag == W + "p":
                parts.append(para_text(c))
            else:
                walk(c)
    walk(tc)
    return norm(" ".join(parts))


def children(e, tag):
    """Direct children with this tag, through content controls (w:sdt)."""
    for c in e:
        if c.tag == tag:
            yield c
        elif c.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            yield from children(c, tag)


def title_styles(z):
    """The ids of the paragraph styles named, or based on, Title or Subtitle."""
    names, based = {}, {}
    try:
        st = ET.fromstring(z.read("word/styles.xml"))
    except (KeyError, ET.ParseError):
        st = None
    for s in (st.iter(W + "style") if st is not None else []):
        sid, n, b = s.get(W + "styleId"), s.find(W + "name"), s.find(W + "basedOn")
        names[sid] = n.get(W + "val") if n is not None else sid
        based[sid] = b.get(W + "val") if b is not None else None
    out = set()
    for sid in names:
        cur, seen = sid, set()
        while cur and cur not in seen:
            seen.add(cur)
            if (names.get(cur) or cur).lower() in ("title", "subtitle"):
                out.add(sid)
                break
            cur = based.get(cur)
    return out


def layout_row(tr, titles):
    """A row holding a paragraph in a Title or Subtitle style."""
    for p in tr.iter(W + "p"):
        ps = p.find(W + "pPr/" + W + "pStyle")
        sid = ps.get(W + "val") if ps is not None else None
        if sid and (sid in titles or sid.lower() in ("title", "subtitle")) and norm(para_text(p)):
            return True
    return False


def title_sized_row(tr, sizes):
    """A row holding a paragraph of at most 25 words whose most-written
    size is 1.4 times the default or more (pressmill's
    docx.layout_table.title_size, for a table that opens the body);
    sizes: (default, {style id: size}) in half-points."""
    default, by_style = sizes
    for p in tr.iter(W + "p"):
        text = norm(para_text(p))
        if not text or len(text.split()) > 25:
            continue
        ps = p.find(W + "pPr/" + W + "pStyle")
        base = by_style.get(ps.get(W + "val")) if ps is not None else None
        count = {}
        for r in p.iter(W + "r"):
            n = sum(len(t.text or "") for t in r.iter(W + "t"))
            sz = r.find(W + "rPr/" + W + "sz")
            v = int(sz.get(W + "val")) if sz is not None and (sz.get(W + "val") or "").isdigit() else base or default
            count[v] = count.get(v, 0) + n
        if count and max(count, key=count.get) >= 1.4 * default:
            return True
    return False


def style_sizes(z):
    """The default run size and each paragraph style's own size, in half-points."""
    try:
        st = ET.fromstring(z.read("word/styles.xml"))
    except (KeyError, ET.ParseError):
        return 20, {}
    d = st.find(W + "docDefaults/" + W + "rPrDefault/" + W + "rPr/" + W + "sz")
    default = int(d.get(W + "val")) if d is not None and (d.get(W + "val") or "").isdigit() else 20
    by_style = {}
    for s in st.iter(W + "style"):
        sz = s.find(W + "rPr/" + W + "sz")
        if sz is not None and (sz.get(W + "val") or "").isdigit():
            by_style[s.get(W + "styleId")] = int(sz.get(W + "val"))
    return default, by_style


class ChunkHTML(html.parser.HTMLParser):
    """The tables and links of an HTML part merged by w:altChunk."""
    SKIP = {"script", "style", "head", "title", "noscript", "template", "object", "iframe", "svg", "math"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = []
        self.open = []       # tables being read, innermost last
        self.tables = []
        self.links = []
        self.has_text = False

    def close_cell(self, t):
        if t["cell"] is not None:
            # invisible marks HTML editors leave in empty cells (zero-width
            # space, word joiner, BOM, soft hyphen): the record's text has none
            t["rows"][-1].append(norm(re.sub("[\u200b\u2060\ufeff\u00ad]", "", " ".join(t["cell"]))))
            t["cell"] = None

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.append(tag)
            return
        if tag in self.SKIP:
            self.skip.append(tag)
            return
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if re.match(r"(?i)(https?://|mailto:)", href):
                self.links.append(href)
        t = self.open[-1] if self.open else None
        if tag == "table":
            for o in self.open:
                o["simple"] = False
            self.open.append({"rows": [], "cell": None, "simple": True, "header": False,
                              "th_row": None, "caption": 0})
        elif tag in ("ul", "ol"):
            for o in self.open:
                o["simple"] = False
        elif t is not None and tag == "caption":
            t["caption"] += 1
        elif t is not None and tag == "tr":
            self.close_cell(t)
            self.end_row(t)
            t["rows"].append([])
            t["th_row"] = True
        elif t is not None and tag in ("td", "th"):
            self.close_cell(t)
            if not t["rows"]:
                t["rows"].append([])
                t["th_row"] = True
            if tag == "td":
                t["th_row"] = False
            t["cell"] = []

    def end_row(self, t):
        if t["th_row"] and len(t["rows"]) == 1 and t["rows"][0]:
            t["header"] = True
        t["th_row"] = None

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        t = self.open[-1] if self.open else None
        if t is None:
            return
        if tag == "caption" and t["caption"]:
            t["caption"] -= 1
        elif tag in ("td", "th"):
            self.close_cell(t)
        elif tag == "tr":
            self.close_cell(t)
            self.end_row(t)
        elif tag == "table":
            self.close_cell(t)
            self.end_row(t)
            self.open.pop()
            rows = [r for r in t["rows"] if r]
            if t["simple"] and any(any(x for x in r) for r in rows):
                self.tables.append({"rows": rows, "header": t["header"]})

    def handle_data(self, data):
        if self.skip:
            return
        if data.strip():
            self.has_text = True
        for t in self.open:
            if t["cell"] is not None and not t["caption"]:
                t["cell"].append(data)


def chunk_part(z, rels, rid, seen):
    """What a body w:altChunk merges: (tables, links, has text), or None."""
    if rid not in rels or len(seen) >= 64:
        return None
    typ, target, ext = rels[rid]
    if ext or not target:
        return None
    t = urllib.parse.unquote(target)
    t = t[1:] if t.startswith("/") else "word/" + t
    t = posixpath.normpath(t)
    if t.startswith("..") or t.lower() == "word/document.xml" or t.lower() in seen:
        return None
    seen.add(t.lower())
    names = {n.lower(): n for n in z.namelist()}
    name = t if t in z.namelist() else names.get(t.lower())
    if not name or z.getinfo(name).file_size > (4 << 20):
        return None
    data = z.read(name)
    if data.startswith((b"{\\rtf", b"PK\x03\x04")) or name.lower().endswith((".mht", ".mhtml")) or \
            data[:12].lower() == b"mime-version":
        return None
    lead = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not name.lower().endswith((".htm", ".html", ".xhtml", ".xht")) and \
            (name.lower().endswith(".txt") or not lead.lstrip().startswith(b"<")):
        return [], [], bool(data.strip())
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', data[:2048])
    enc = m.group(1).decode() if m else "utf-8"
    try:
        text = data.decode(enc, "replace")
    except LookupError:
        text = data.decode("utf-8", "replace")
    h = ChunkHTML()
    h.feed(text)
    h.close()
    return h.tables, h.links, h.has_text


def one_cell_box(tbl):
    """A table of one row, not a header row, whose one cell holds one
    paragraph with text: a frame drawn around a line (a boxed deck, a
    note), no table of data (pressmill's docx.one_cell_box)."""
    trs = [tr for tr in children(tbl, W + "tr")
           if tr.find(W + "trPr") is None or tr.find(W + "trPr").find(W + "del") is None]
    if len(trs) != 1:
        return False
    trpr = trs[0].find(W + "trPr")
    if trpr is not None and trpr.find(W + "tblHeader") is not None and onoff(trpr.find(W + "tblHeader")):
        return False
    tcs = list(children(trs[0], W + "tc"))
    return len(tcs) == 1 and sum(1 for p in tcs[0].iter(W + "p") if norm(para_text(p))) == 1


def docx_tables(root, titles=frozenset(), sizes=(20, {}), chunk=None):
    tables = []
    seen_text = [False]
    def walk(e):
        for c in e:
            if c.tag == W + "altChunk" and chunk:
                got = chunk(c.get(R + "id"))
                if got:
                    tables.extend(got[0])
                    seen_text[0] = seen_text[0] or got[2]
                continue
            if c.tag == W + "p" and not seen_text[0] and norm(para_text(c)):
                seen_text[0] = True
            if c.tag == W + "tbl":
                first = next((tr for tr in children(c, W + "tr")
                              if any(cell_text(tc) for tc in children(tr, W + "tc"))), None)
                opens = not seen_text[0]
                seen_text[0] = True
                if first is not None and (layout_row(first, titles) or (opens and title_sized_row(first, sizes))):
                    continue
                if one_cell_box(c):
                    continue
                rows, header = [], False
                for i, tr in enumerate(children(c, W + "tr")):
                    trpr = tr.find(W + "trPr")
                    if trpr is not None and trpr.find(W + "del") is not None:
                        continue
                    if i == 0 and trpr is not None:
                        th = trpr.find(W + "tblHeader")
                        header = th is not None and onoff(th)
                    rows.append([cell_text(tc) for tc in children(tr, W + "tc")])
                if any(any(x for x in r) for r in rows):
                    tables.append({"rows": rows, "header": header})
            elif c.tag in (W + "txbxContent", MC + "Fallback", W + "del", W + "moveFrom"):
                continue
            else:
                walk(c)
    body = root.find(W + "body")
    if body is not None:
        walk(body)
    return tables


def field_url(code):
    m = re.match(r'\s*HYPERLINK\s+(.*)', code or "", re.I)
    if not m:
        return None
    # switches with their argument (\l "bookmark", \o "tip") and alone;
    # what is left is the file or address, if any (\l alone: a bookmark)
    rest = re.sub(r'\\[a-zA-Z](\s+"[^"]*")?', " ", m.group(1)).strip()
    m = re.match(r'"([^"]*)"|(\S+)', rest)
    if not m:
        return None
    return m.group(1) if m.group(1) is not None else m.group(2)


def docx_links(z, part):
    rels = {}
    relname = os.path.dirname(part) + "/_rels/" + os.path.basename(part) + ".rels"
    try:
        rr = ET.fromstring(z.read(relname))
        for r in rr.iter(PR + "Relationship"):
            rels[r.get("Id")] = (r.get("Type") or "", r.get("Target") or "", r.get("TargetMode") == "External")
    except (KeyError, ET.ParseError):
        pass
    try:
        root = ET.fromstring(z.read(part))
    except (KeyError, ET.ParseError):
        return []
    urls = []
    instr = []
    def walk(e):
        for c in e:
            if c.tag in (W + "del", W + "moveFrom", MC + "Fallback", W + "delText", W + "delInstrText"):
                continue
            if c.tag == W + "hyperlink" and c.get(R + "id") in rels:
                typ, target, ext = rels[c.get(R + "id")]
                if target and (ext or ":" in target):
                    urls.append(target)
            elif c.tag == W + "fldSimple":
                u = field_url(c.get(W + "instr"))
                if u:
                    urls.append(u)
            elif c.tag == W + "fldChar":
                t = c.get(W + "fldCharType")
                if t == "begin":
                    instr.append("")
                elif t == "separate" and instr:
                    u = field_url(instr[-1])
                    if u:
                        urls.append(u)
                elif t == "end" and instr:
                    instr.pop()
            elif c.tag == W + "instrText" and instr:
                instr[-1] += c.text or ""
            walk(c)
    walk(root)
    return urls


def ref_docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        root = ET.fromstring(z.read("word/document.xml"))
        VANISH.update(vanish_styles(z))
        doc_rels = {}
        try:
            rr = ET.fromstring(z.read("word/_rels/document.xml.rels"))
            for r in rr.iter(PR + "Relationship"):
                doc_rels[r.get("Id")] = (r.get("Type") or "", r.get("Target") or "",
                                         r.get("TargetMode") == "External")
        except (KeyError, ET.ParseError):
            pass
        seen, chunk_links = set(), []
        def chunk(rid):
            got = chunk_part(z, doc_rels, rid, seen)
            if got:
                chunk_links.extend(got[1])
            return got
        tables = docx_tables(root, title_styles(z), style_sizes(z), chunk)
        links = list(chunk_links)
        parts = ["word/document.xml"] + sorted(n for n in names if re.match(
            r"word/(header\d*|footer\d*|footnotes|endnotes)\.xml$", n))
        for p in parts:
            links += docx_links(z, p)
    return tables, links


# ---- Markdown and text --------------------------------------------------

MD_LINK = re.compile(r'(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*([^)\s]*)(?:\s+"[^"]*")?\s*\)')
HTML_A = re.compile(r'<a\s[^>]*href="([^"]*)"', re.I)
HTML_TAG = re.compile(r'</?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"\'=<>`]+|\'[^\']*\'|"[^"]*"))?)*\s*/?>')
AUTOLINK = re.compile(r'<((?:https?://|mailto:)[^>\s]+|[^@\s<>]+@[^@\s<>]+)>')
BARE = re.compile(r'(?<![\w/.@:])(?:https?://|www\.)[\w\u0080-\uffff][^\s<"]*', re.I)


def trim_url(u):
    while u and u[-1] in ".,:;!?'*_~":
        u = u[:-1]
    while u.endswith(")") and u.count(")") > u.count("("):
        u = u[:-1]
    return u


def bare_urls(text):
    return [trim_url(m.group(0)) for m in BARE.finditer(text)]


def code_spans(s):
    """The code spans of a line as (start, end, content), CommonMark's way
    ("Code spans"): a backtick string opens one that the next backtick
    string of the same length closes; a backslash-escaped backtick opens
    none; an autolink or an HTML tag binds tighter than a code span; a
    backtick string that nothing closes is text."""
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "<":
            m = AUTOLINK.match(s, i) or HTML_TAG.match(s, i)
            if m:
                i = m.end()
                continue
        if c != "`":
            i += 1
            continue
        j = i
        while j < n and s[j] == "`":
            j += 1
        tick = j - i
        k = j
        while k < n:
            if s[k] != "`":
                k += 1
                continue
            e = k
            while e < n and s[e] == "`":
                e += 1
            if e - k == tick:
                break
            k = e
        if k >= n:
            i = j
            continue
        body = s[j:k]
        if len(body) > 2 and body[0] == " " and body[-1] == " " and body.strip(" "):
            body = body[1:-1]
        out.append((i, k + tick, body))
        i = k + tick
    return out


def md_inline(s, cell=False):
    # code spans first: their content is literal (a bar escaped in a
    # table's cell aside)
    spans, parts, pos = [], [], 0
    for a, b, body in code_spans(s):
        spans.append(body.replace("\\|", "|") if cell else body)
        parts.append(s[pos:a] + "\x00%d\x00" % (len(spans) - 1))
        pos = b
    s = "".join(parts) + s[pos:]
    s = MD_LINK.sub(lambda m: "" if m.group(1) else m.group(2), s)
    s = AUTOLINK.sub(lambda m: m.group(1)[7:] if m.group(1).startswith("mailto:") else m.group(1), s)
    s = re.sub(r"\\(.)", r"\1", s)
    s = re.sub(r"(\*\*|__|\*|`|~~)", "", s)
    s = re.sub("\x00(\\d+)\x00", lambda m: spans[int(m.group(1))], s)
    return norm(s)


def md_cells(line):
    s = line.strip()
    s = s[1:]
    cells, cur, i = [], "", 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            cur += s[i:i + 2]
            i += 2
            continue
        if s[i] == "|":
            cells.append(cur)
            cur = ""
        else:
            cur += s[i]
        i += 1
    if cur.strip():
        cells.append(cur)
    return [md_inline(c, True) for c in cells]


def is_rule(line):
    s = line.strip()
    return s.startswith("|") and set(s) <= set("|-: ") and "-" in s


def ref_md(path, markdown):
    raw = open(path, "rb").read()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = raw.decode("utf-16", "replace")
    elif raw[:3] == b"\xef\xbb\xbf":
        text = raw[3:].decode("utf-8", "replace")
    elif len(raw) > 1 and raw[1:2] == b"\0" and raw[0:1] != b"\0":
        text = raw.decode("utf-16-le", "replace")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if markdown and lines and lines[0].strip() == "---":
        for k in range(1, min(len(lines), 500)):
            if lines[k].strip() in ("---", "..."):
                lines = lines[k + 1:]
                break
    tables, links = [], []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if markdown and ln.lstrip().startswith("|"):
            rows, header = [], i + 1 < len(lines) and is_rule(lines[i + 1])
            while i < len(lines) and lines[i].lstrip().startswith("|") and lines[i].strip():
                if not set(lines[i].strip()[1:]) <= set("|-: "):
                    rows.append(md_cells(lines[i]))
                    links += line_links(lines[i], markdown)
                i += 1
            if any(any(c for c in r) for r in rows):
                tables.append({"rows": rows, "header": header})
            continue
        links += line_links(ln, markdown)
        i += 1
    return tables, links


def line_links(ln, markdown):
    if not markdown:
        return bare_urls(ln)
    # a code span's content is literal: no link, autolink or bare address
    # in it (CommonMark "Code spans"; GFM's autolinks extension)
    for a, b, _ in reversed(code_spans(ln)):
        ln = ln[:a] + " " * (b - a) + ln[b:]
    out = []
    rest = []
    pos = 0
    for m in sorted(list(MD_LINK.finditer(ln)) + list(AUTOLINK.finditer(ln)) + list(HTML_A.finditer(ln)),
                    key=lambda m: m.start()):
        if m.start() < pos:
            continue
        rest.append(ln[pos:m.start()])
        pos = m.end()
        if m.re is MD_LINK:
            if not m.group(1) and m.group(3):
                out.append(m.group(3))
            inner = MD_LINK.findall(m.group(2))
            for g in inner:
                if not g[0] and g[2]:
                    out.append(g[2])
        elif m.group(1):
            out.append(m.group(1))
    rest.append(ln[pos:])
    for r in rest:
        out += bare_urls(r)
    return out


# ---- pressmill and the scores -------------------------------------------

def grid(t):
    return json.dumps([[norm(c) for c in r] for r in t["rows"]], ensure_ascii=False)


def default_paths():
    paths = set()
    for g in [os.path.join(ROOT, "..", "shared", "eval", d) for d in ("dev", "real", "real2")] + \
            [os.path.join(ROOT, "tests")] + [os.path.join(ROOT, "..", "shared", "corpus", d) for d in ("press", "suites")]:
        for dp, _d, fs in os.walk(g):
            for f in fs:
                paths.add(os.path.normpath(os.path.join(dp, f)))
    return sorted(paths)


PDFINFO = shutil.which("pdfinfo")


def kind(p):
    p = p.lower()
    return "docx" if p.endswith(".docx") else "md" if p.endswith((".md", ".markdown")) else \
        "txt" if p.endswith(".txt") else "pdf" if p.endswith(".pdf") and PDFINFO else None


def ref_pdf(path):
    out = subprocess.run([PDFINFO, "-url", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         timeout=60).stdout.decode("utf-8", "replace")
    links = []
    for line in out.splitlines()[1:]:
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] == "Annotation":
            links.append(parts[2].strip())
    return [], links


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "pressmill"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--min", action="append", default=[], metavar="FORMAT.WHAT=V",
                    help="exit 1 when precision or recall of tables or links of a format is below V "
                         "(docx.tables=1.0)")
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    files = []
    for p in a.paths or default_paths():
        if os.path.isdir(p):
            for dp, _d, fs in os.walk(p):
                files += [os.path.join(dp, f) for f in fs]
        else:
            files.append(p)
    files = sorted(f for f in set(files) if kind(f))
    refs = {}
    for f in files:
        try:
            refs[f] = ref_docx(f) if kind(f) == "docx" else ref_pdf(f) if kind(f) == "pdf" else \
                ref_md(f, kind(f) == "md")
        except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, ValueError, subprocess.TimeoutExpired):
            pass  # not readable by the reference: not scored
    listing = "".join(f + "\n" for f in refs)
    out = subprocess.run([a.cli, "convert", "--ndjson", "--ordered", "-q", "-j", "2", "--files-from", "-"],
                         input=listing.encode(), stdout=subprocess.PIPE).stdout.decode("utf-8", "replace")
    got = {}
    for line in out.splitlines():
        try:
            r = json.loads(line)
        except ValueError:
            continue
        got[r["source"]["path"]] = r
    S = collections.defaultdict(collections.Counter)
    for f, (rt, rl) in refs.items():
        r = got.get(f)
        if not r or r.get("status") == "failed":
            continue
        if kind(f) == "pdf" and any(w.get("code") == "pdf.page_limit" for w in r.get("warnings") or []):
            continue  # pages past the limit are not read
        k = kind(f)
        s = S[k]
        s["documents"] += 1
        gt = r.get("tables") or []
        a_ref, a_got = collections.Counter(grid(t) for t in rt), collections.Counter(grid(t) for t in gt)
        hit = sum((a_ref & a_got).values())
        s["tables_ref"] += sum(a_ref.values())
        s["tables_got"] += sum(a_got.values())
        s["tables_hit"] += hit
        hdr_ref = collections.Counter((grid(t), bool(t["header"])) for t in rt)
        hdr_got = collections.Counter((grid(t), bool(t["header"])) for t in gt)
        s["header_hit"] += sum((hdr_ref & hdr_got).values())
        l_ref = collections.Counter(norm(u) for u in rl)
        l_got = collections.Counter(norm(x["url"]) for x in r.get("links") or [])
        lhit = sum((l_ref & l_got).values())
        s["links_ref"] += sum(l_ref.values())
        s["links_got"] += sum(l_got.values())
        s["links_hit"] += lhit
        if a.show and (hit != sum(a_ref.values()) or hit != sum(a_got.values()) or l_ref != l_got):
            print("==", f)
            for t in (a_ref - a_got):
                print("   table missed:", t[:300])
            for t in (a_got - a_ref):
                print("   table extra: ", t[:300])
            for u in (l_ref - l_got):
                print("   link missed: ", u[:200])
            for u in (l_got - l_ref):
                print("   link extra:  ", u[:200])

    def pr(hit, got_, ref):
        p = hit / got_ if got_ else 1.0
        rc = hit / ref if ref else 1.0
        return "%d/%d/%d  P %.3f  R %.3f" % (ref, got_, hit, p, rc)
    def ratios(k, what):
        s = S[k]
        hit, got_, ref = s[what + "_hit"], s[what + "_got"], s[what + "_ref"]
        return (hit / got_ if got_ else 1.0), (hit / ref if ref else 1.0)
    print("format  docs  tables ref/got/exact              header   links ref/got/matched")
    for k in sorted(S):
        s = S[k]
        print("%-6s %5d  %-32s %4d/%-4d  %s" % (k, s["documents"], pr(s["tables_hit"], s["tables_got"], s["tables_ref"]),
                                            s["header_hit"], s["tables_hit"], pr(s["links_hit"], s["links_got"], s["links_ref"])))
    failed = 0
    for m in a.min:
        key, _, v = m.partition("=")
        k, _, what = key.partition(".")
        if what not in ("tables", "links") or not v:
            print("bad --min %s" % m, file=sys.stderr)
            return 2
        p, r = ratios(k, what)
        if min(p, r) < float(v):
            print("FAIL %s: precision %.3f, recall %.3f below %s" % (key, p, r, v))
            failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main())
