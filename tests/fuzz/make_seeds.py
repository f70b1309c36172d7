#!/usr/bin/env python3
"""Write the fuzz targets' seed corpora, tests/fuzz/corpus/<target>/.

Every seed is generated here (or taken from samples/, which was written for
the project), so that no third-party file is copied into the tree. Run from
the source root: python3 tests/fuzz/make_seeds.py. Seeds are small on
purpose: libFuzzer mutates small inputs faster, and the dictionaries bring
the tokens.
"""
import io
import os
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")


def zput(z, name, data, method=zipfile.ZIP_DEFLATED):
    """A zip entry with a fixed date, so that seeds regenerate byte for byte."""
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = method
    z.writestr(info, data)


def put(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as fh:
        fh.write(data)


def samples():
    d = os.path.join(ROOT, "samples")
    for n in sorted(os.listdir(d)):
        if n != "README.md" and os.path.isfile(os.path.join(d, n)):
            with open(os.path.join(d, n), "rb") as fh:
                yield n, fh.read()


FR = ("COMMUNIQUÉ DE PRESSE\n\nLa ville lance un plan vélo\n\nLyon, le 3 mars 2024 – "
      "La Métropole de Lyon (ML) annonce un plan ambitieux.\n\n« Nous voulons des rues "
      "apaisées », a déclaré Marie Dupont, présidente.\n\nÀ propos de la ML\n\nLa ML regroupe "
      "59 communes.\n\nContact presse : Jean Martin, jean.martin@example.org, +33 4 78 00 00 00\n\n###\n")
EN = ("FOR IMMEDIATE RELEASE\n\nHarbor Lights Opens New Pier\n\nBOSTON, May 6, 2024 /PRNewswire/ -- "
      "The Harbor Authority (HA) today opened a new pier. The project was\nfinanced by the city "
      "and by private donors over three years of work on the\nwaterfront.\n\n\"It is a great "
      "day,\" said Jane Doe, director.\n\nAbout HA\nThe HA runs the port.\n\nMedia contact:\n"
      "John Smith\n+1 617 555 0100\njohn@example.com\n\n-30-\n")
ES = ("NOTA DE PRENSA\n\nMadrid, 12 de abril de 2024.- El Ministerio de Cultura (MC) presenta "
      "su programa anual.\n")
DE = ("PRESSEMITTEILUNG\n\nBerlin, 2. Mai 2024 – Die Stadt eröffnet eine neue Bibliothek "
      "für alle Bürger.\n")


def by_format(n):
    ext = n.rsplit(".", 1)[-1].lower()
    return {"txt": "txt", "md": "txt", "docx": "docx", "pdf": "pdf"}.get(ext)


def sample_seeds():
    # samples/ was written for the project: every sample seeds its format
    for n, b in samples():
        if by_format(n):
            put(by_format(n), "sample-" + n, b)


def txt_seeds():
    put("txt", "fr-utf8.txt", FR)
    put("txt", "en-crlf.txt", EN.replace("\n", "\r\n"))
    put("txt", "en-cr.txt", EN.replace("\n", "\r"))
    put("txt", "utf8-bom.txt", b"\xef\xbb\xbf" + FR.encode())
    put("txt", "utf16le.txt", b"\xff\xfe" + FR.encode("utf-16-le"))
    put("txt", "utf16be.txt", b"\xfe\xff" + EN.encode("utf-16-be"))
    put("txt", "cp1252.txt", FR.replace("«", '"').replace("»", '"').replace("–", "-")
        .encode("cp1252", "replace"))
    put("txt", "latin9.txt", ES.encode("iso-8859-15"))
    put("txt", "invalid-utf8.txt", b"Titre\n\nUn texte \xc3 avec \xff des octets \xe2\x82 faux.\n")
    put("txt", "markdown.md", "---\ntitle: \"Un titre\"\ndate: 2024-03-03\nauthor: La rédaction\n---\n\n"
        "# Un titre\n\n## Sous-titre\n\nDu **gras**, de l'*italique*, un [lien](https://example.org) "
        "et <b>du HTML</b>.\n\n- un\n- deux\n  - trois\n1. premier\n\n> « Une citation », dit-elle.\n")
    put("txt", "ligatures.txt", "The \ufb01 rst e\ufb03cient \ufb02ow, sta\ufb00 members; "
        "soft\u00adhyphen; \u200fbidi\u200e marks; \u202atext\u202c\n")
    put("txt", "hyphens.txt", "Le problème de l'extré-\nmisme est sous-\nestimée ici. L'extrémisme\n"
        "recule, la sous-estimée demeure.\n")
    put("txt", "arabic.txt", "بيان صحفي\n\nالرياض، 31-5-2023 - أعلنت الوزارة اليوم عن برنامج جديد.\n")
    put("txt", "de.txt", DE)
    put("txt", "one-line.txt", "x")
    put("txt", "spaces.txt", " \t \n\n \r\n")
    put("txt", "binary.txt", bytes(range(256)))
    # record 1.1's structure: a pipe table with its header row, an
    # escaped bar and a pandoc caption, links of every kind, figures
    put("txt", "structure.md", "# Horaires\n\nVoir [le plan](https://example.org/plan \"t\") et www.example.org/a_(b).\n\n"
        "| Ligne | Départ |\n|:--|--:|\n| A \\| B | 19:40 |\n| C | |\n\nTable: Les départs\n\n"
        "![Le quai](q.jpg)\n\n[![logo](l.png)](https://example.org/) <a href=\"/x\">x</a> <mailto:a@b.org>\n")


def docx_bytes(paras, core=True, extra=None, styles=True):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    body = []
    for style, text in paras:
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        runs = []
        for i, part in enumerate(text.split("\n")):
            if i:
                runs.append("<w:r><w:br/></w:r>")
            runs.append('<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                        % ("<w:b/>" if style == "Title" else "", part))
        body.append("<w:p>%s%s</w:p>" % (ppr, "".join(runs)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>'
           '<w:t>Cell B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
           '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>a link</w:t></w:r></w:hyperlink></w:p>'
           '<w:sectPr/></w:body></w:document>') % (ns, "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
          '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
          'package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
            '"word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://'
             'schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target='
             '"https://example.org/" TargetMode="External"/></Relationships>')
    st = ('<?xml version="1.0" encoding="UTF-8"?><w:styles %s><w:style w:type="paragraph" '
          'w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" '
          'w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>') % ns
    cp = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
          'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
          'elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Seed</dc:title>'
          '<dc:creator>pressmill</dc:creator><dcterms:created>2024-03-03T10:00:00Z</dcterms:created>'
          '</cp:coreProperties>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        zput(z, "[Content_Types].xml", ct)
        zput(z, "_rels/.rels", rels)
        zput(z, "word/document.xml", doc)
        zput(z, "word/_rels/document.xml.rels", drels)
        if styles:
            zput(z, "word/styles.xml", st)
        if core:
            zput(z, "docProps/core.xml", cp)
        for k, v in (extra or {}).items():
            zput(z, k, v)
    return b.getvalue()


def docx_seeds():
    paras = [(None, "COMMUNIQUÉ DE PRESSE"), ("Title", "La ville lance un plan vélo"),
             (None, "Lyon, le 3 mars 2024 – La Métropole de Lyon (ML) annonce un plan."),
             ("Heading1", "À propos de la ML"), (None, "Contact : jean@example.org\n+33 4 78 00 00 00"),
             (None, "###")]
    put("docx", "basic.docx", docx_bytes(paras))
    put("docx", "minimal.docx", docx_bytes([(None, "Hello")], core=False, styles=False))
    put("docx", "entity.docx", docx_bytes([(None, "x")], extra={
        "word/footnotes.xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'}))
    full = docx_bytes(paras)
    put("docx", "truncated.docx", full[: len(full) // 2])
    put("docx", "zip-not-docx.docx", _zip({"a.txt": "hello"}))
    # record 1.1's structure: a header row, a caption above a table, a
    # picture with its caption below, a field link and a linked picture
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    put("docx", "structure.docx", _zip({
        "[Content_Types].xml": "<Types/>",
        "word/document.xml": '<w:document %s><w:body>'
        '<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Table 1</w:t></w:r></w:p>'
        '<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:hyperlink r:id="rId9"><w:r><w:t>B</w:t></w:r></w:hyperlink></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>'
        '<w:p><w:r><w:drawing><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"/>'
        '</w:drawing></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Figure 1</w:t>'
        '</w:r></w:p><w:p><w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/f&quot; ">'
        '<w:r><w:t>f</w:t></w:r></w:fldSimple><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText>HYPERLINK "pic.doc"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
        '</w:r><w:r><w:pict><v:imagedata xmlns:v="urn:schemas-microsoft-com:vml"/></w:pict></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:body></w:document>' % w,
        "word/_rels/document.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/hyperlink" Target="javascript:x()" TargetMode="External"/>'
        '</Relationships>'}))
    put("docx", "stored.docx", _zip({"[Content_Types].xml": "<Types/>", "word/document.xml":
                                      "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>Stored"
                                      "</w:t></w:r></w:p></w:body></w:document>"}, zipfile.ZIP_STORED))


def _zip(entries, method=zipfile.ZIP_DEFLATED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as z:
        for k, v in entries.items():
            zput(z, k, v, method)
    return b.getvalue()


def pdf_bytes(lines, compress=False, info=True, version="1.4"):
    content = "BT /F1 12 Tf 72 720 Td 14 TL\n" + "".join(
        "(%s) Tj T*\n" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        for l in lines) + "ET\n"
    data = content.encode("latin-1")
    if compress:
        data = zlib.compress(data)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(data), b" /Filter /FlateDecode" if compress else b"")
        + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (Seed release) /Author (pressmill) /CreationDate (D:20240303100000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n" % version.encode())
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, b" /Info 6 0 R" if info else b"", x))
    return out.getvalue()


def pdf_seeds():
    lines = ["COMMUNIQUE DE PRESSE", "", "La ville lance un plan velo", "",
             "Lyon, le 3 mars 2024 - La Metropole de Lyon (ML) annonce un plan ambi-",
             "tieux pour les rues de la ville.", "", "Contact : jean@example.org", "###"]
    put("pdf", "basic.pdf", pdf_bytes(lines))
    put("pdf", "flate.pdf", pdf_bytes(lines, compress=True, info=False, version="1.7"))
    full = pdf_bytes(lines)
    put("pdf", "truncated.pdf", full[: len(full) * 2 // 3])
    put("pdf", "no-xref.pdf", full.split(b"xref")[0] + b"%%EOF\n")
    put("pdf", "not-a-pdf.pdf", b"%PDF-1.4\nthis is not a pdf at all\n")


def probe_seeds():
    # first byte picks the file name (see fuzz_probe.c)
    for n, b in samples():
        name_index = {"txt": 1, "pdf": 2, "docx": 3}.get(n.rsplit(".", 1)[-1], 0)
        put("probe", "sample-" + n, bytes([name_index]) + b[:4096])
    put("probe", "pdf", bytes([2]) + pdf_bytes(["Hello"]))
    put("probe", "pdf-named-txt", bytes([1]) + pdf_bytes(["Hello"])[:200])
    put("probe", "docx", bytes([3]) + docx_bytes([(None, "Hello")], core=False))
    put("probe", "zip", bytes([3]) + _zip({"a.txt": "hello"}))
    put("probe", "utf16", bytes([0]) + b"\xff\xfe" + "Hello there".encode("utf-16-le"))
    put("probe", "binary", bytes([5]) + bytes(range(256)))
    put("probe", "md", bytes([4]) + b"# Title\n\nSome *text*.\n")


def model(blocks, opts=0):
    """blocks: (type, flags, level, font, text) -> the fuzz_normalize format."""
    out = bytearray([opts])
    for i, (t, f, l, fs, text) in enumerate(blocks):
        if i:
            out.append(0)
        out += bytes([t, f, l, fs]) + text.encode("utf-8")
    return bytes(out)


def normalize_seeds():
    P, H, L, Q, T, HDR, FTR = 1, 2, 3, 4, 5, 6, 7
    for k, (n, b) in enumerate(x for x in samples() if by_format(x[0]) == "txt"):
        try:
            s = b.decode("utf-8")
        except UnicodeDecodeError:
            s = b.decode("cp1252")
        paras = [p.replace("\r\n", "\n").replace("\n", "\r") for p in s.split("\n\n") if p.strip()]
        put("normalize", "sample-%d" % k, model([(P, 0, 0, 44, p) for p in paras], opts=3))
    put("normalize", "fr", model([
        (HDR, 0, 0, 36, "Ministère de l'Exemple"), (P, 0x01, 0, 44, "COMMUNIQUÉ DE PRESSE"),
        (H, 0x01, 1, 80, "Togo | CIMCT : Lomé accueillera le forum"),
        (P, 0, 0, 44, "Lomé, le 12 mars 2024 – La Coalition Islamique Militaire de Lutte contre "
                      "le Terrorisme (CIMCT) organise un forum sur l'extré\rmisme."),
        (Q, 0, 0, 44, "« Nous sommes prêts », a déclaré le ministre Kofi Mensah."),
        (L, 0, 1, 44, "premier point"), (L, 0, 2, 44, "second point"),
        (T, 0, 0, 40, "Nom\tTéléphone\vJean\t+228 90 00 00 00"),
        (H, 0x01, 2, 60, "À propos de la CIMCT"), (P, 0, 0, 44, "La CIMCT regroupe 41 pays."),
        (P, 0, 0, 44, "Contact presse\nJean Dupont\nChargé de communication\njean@example.org\n"
                      "+228 22 00 00 00\n\x01www.example.org"),
        (P, 0, 0, 44, "- FIN -"), (FTR, 0, 0, 30, "Page 1 / 1"), (P, 0, 0, 44, "after the end")],
        opts=1))
    put("normalize", "en", model([
        (P, 0x04, 0, 44, "FOR IMMEDIATE RELEASE"), (P, 0x04, 0, 44, "EMBARGOED UNTIL 10:00 CET, 5 March 2024"),
        (H, 0x01, 1, 88, "Harbor Lights Opens New Pier"), (P, 0x02, 0, 56, "A subtitle under it"),
        (P, 0, 0, 44, "By Jane Doe"),
        (P, 0, 0, 44, "BOSTON, May 6, 2024 /PRNewswire/ -- The Harbor Authority (HA) today opened "
                      "a pier co-\rfounded by the city."),
        (P, 0x20, 0, 44, "and by donors, on 03/04/2024."),
        (P, 0, 0, 44, "\u201cIt is a great day,\u201d said Jane Doe, director of the HA."),
        (P, 0, 0, 44, "About Harbor Authority\nThe HA runs the port."),
        (P, 0, 0, 44, "Media contact: John Smith, (617) 555-0100, john@example.com"),
        (P, 0, 0, 44, "-30-")], opts=2))
    put("normalize", "es-de-pt-ar", model([
        (P, 0, 0, 44, "Madrid, 12 de abril de 2024.- El Ministerio de Cultura (MC) presenta su programa."),
        (P, 0, 0, 44, "Berlin, 2. Mai 2024 – Die Stadt eröffnet eine Bibliothek."),
        (P, 0, 0, 44, "Lisboa, 5 de junho de 2024 – O Governo anuncia um plano."),
        (P, 0, 0, 44, "الرياض، 31-5-2023 - أعلنت الوزارة اليوم عن برنامج جديد."),
        (0xFF, 0, 0, 0, "Property title"), (0xFF, 9, 0, 0, "2024-03-03")]))
    # text a PDF reader put in visual order (opts bit 4), with the marks of
    # a bidi reordering: the Arabic repairs run on it
    put("normalize", "ar-visual", model([
        (H, 0, 1, 80, "األمين العام يفتتح معرض الكتاب السنوي"),
        (P, 0, 0, 44, "افتتح األمين العام معرض الكتاب صباح اليوم\r.في مدينة الرياض بحضور عدد من الناشرين"
                      "\rُيذكر أن المعرض يستمر خالل أسبوعين 1445 هـ"),
        (P, 0, 0, 44, "کتاب تازه برای دانشجویان است و ناامید نیستند")], opts=0x10 | 1))
    put("normalize", "empty", bytes([0]))
    put("normalize", "furniture-only", model([(HDR, 0, 0, 0, "header"), (FTR, 0, 0, 0, "footer")]))


def json_seeds():
    put("json", "ascii", b"Headline\0Sub\0path/a.txt\0Body one\0Body two")
    put("json", "utf8", "Titre é ü 中文 😀\0\0dir/é.pdf\0« citation »".encode())
    put("json", "invalid", b"Bad \xc3 \xff \xed\xa0\x80 \xf4\x90\x80\x80\0\xc0\xaf\0p\0\xe2\x82")
    put("json", "controls", b"\x01\x02\x1f\x7f\"\\/\b\f\n\r\t\0x\0y\0\xe2\x80\xa8\xe2\x80\xa9")
    put("json", "empty", b"")


if __name__ == "__main__":
    sample_seeds()
    txt_seeds()
    docx_seeds()
    pdf_seeds()
    probe_seeds()
    normalize_seeds()
    json_seeds()
