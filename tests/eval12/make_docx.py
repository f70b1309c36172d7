#!/usr/bin/env python3
"""Write eval12's own DOCX releases: invented releases laid out the way
Word users lay them out (a letterhead with logo text and address in the
page header, registration number and web site in the footer of a
one-page release, a key-figures table, a frame floated beside the first
paragraph, footnotes, justified text, a two-column section, bulleted
lists with Symbol-font bullets), with their gold, written before
pressmill was run on them. WordprocessingML by hand, python3's zipfile
only; byte-stable (fixed zip dates).

Usage: python3 tests/eval12/make_docx.py OUTDIR   (make.py runs it)
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = ('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' % W)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
SYMBOL_BULLET = "\uf0b7"  # Word's bullet: U+F0B7 in the Symbol font


def run(text, b=False, i=False, sz=None, note=None):
    props = ("<w:b/>" if b else "") + ("<w:i/>" if i else "")
    if sz:
        props += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz * 2, sz * 2)
    rpr = "<w:rPr>%s</w:rPr>" % props if props else ""
    out = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))
    if note:
        out += ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'
                % note)
    return out


def para(*runs, style=None, jc=None, bullet=False, frame=None, sect=None, after=None):
    """runs: strings or run() XML; frame: (width twips, 'right'); sect: a
    section's properties ending here."""
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if frame:
        ppr += ('<w:framePr w:w="%d" w:hSpace="284" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" '
                'w:xAlign="%s" w:y="1"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="auto"/>'
                '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>'
                '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' % frame)
    if bullet:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    if after is not None:
        ppr += '<w:spacing w:after="%d"/>' % after
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if sect:
        ppr += sect
    body = "".join(r if r.startswith("<w:r>") else run(r) for r in runs)
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", body)


def table(rows, widths):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>'
           '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
           '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/>'
           '<w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (sum(widths), "".join('<w:gridCol w:w="%d"/>' % w for w in widths))]
    for k, row in enumerate(rows):
        cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                        % (w, para(run(c, b=(k == 0)), after=0)) for c, w in zip(row, widths))
        out.append("<w:tr>%s</w:tr>" % cells)
    out.append("</w:tbl>")
    return "".join(out)


PAGE = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" ' \
       'w:header="567" w:footer="567" w:gutter="0"/>'


def sect_pr(cols=1, continuous=False, header=False, footer=False):
    refs = ('<w:headerReference w:type="default" r:id="rIdH"/>' if header else "") + \
           ('<w:footerReference w:type="default" r:id="rIdF"/>' if footer else "")
    kind = '<w:type w:val="continuous"/>' if continuous else ""
    return '<w:sectPr>%s%s%s<w:cols w:num="%d" w:space="567"/></w:sectPr>' % (refs, kind, PAGE, cols)


def styles(spaced):
    spacing = '<w:pPrDefault><w:pPr><w:spacing w:after="%d" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>' \
              % (160 if spaced else 0)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults><w:rPrDefault>'
            '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/></w:rPr>'
            '</w:rPrDefault>%s</w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
            '<w:rPr><w:i/><w:sz w:val="26"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:spacing w:after="0"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>'
            '</w:style></w:styles>' % (NS, spacing))


NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
             '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
             '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % (NS, SYMBOL_BULLET))


def part(root, inner):
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%s %s>%s</w:%s>' % (root, NS, inner, root)


def footnotes_xml(notes):
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote>')
    body = "".join('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                   '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                   % (k + 1, run(" " + t)) for k, t in enumerate(notes))
    return part("footnotes", sep + body)


def write_docx(path, rel):
    ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>']
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml"
    parts = [("word/document.xml", "document.main"), ("word/styles.xml", "styles"),
             ("word/numbering.xml", "numbering")]
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml")]
    files = {"word/styles.xml": styles(rel["spaced"]), "word/numbering.xml": NUMBERING}
    if rel.get("header"):
        parts.append(("word/header1.xml", "header"))
        rels.append(("rIdH", "header", "header1.xml"))
        files["word/header1.xml"] = part("hdr", "".join(rel["header"]))
    if rel.get("footer"):
        parts.append(("word/footer1.xml", "footer"))
        rels.append(("rIdF", "footer", "footer1.xml"))
        files["word/footer1.xml"] = part("ftr", "".join(rel["footer"]))
    if rel.get("notes"):
        parts.append(("word/footnotes.xml", "footnotes"))
        rels.append(("rIdN", "footnotes", "footnotes.xml"))
        files["word/footnotes.xml"] = footnotes_xml(rel["notes"])
    last = sect_pr(rel.get("cols", 1), continuous=rel.get("cols", 1) > 1, header=bool(rel.get("header")),
                   footer=bool(rel.get("footer")))
    files["word/document.xml"] = part("document", "<w:body>%s%s</w:body>" % ("".join(rel["blocks"]), last))
    ct += ['<Override PartName="/%s" ContentType="%s"/>' % (p, mime % m) for p, m in parts]
    files["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
                                    'schemas.openxmlformats.org/package/2006/content-types">%s</Types>' % "".join(ct))
    files["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                            'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                            'Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % REL)
    files["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats'
        '.org/package/2006/relationships">%s</Relationships>'
        % "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, REL, t, f) for i, t, f in rels))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"] + [p for p, _ in parts]:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name].encode("utf-8"))


def gold(lang, headline, sub, place, date, body, about=None, emails=(), phones=(), acronyms=None):
    g = {"language": lang, "headline": headline, "subheadline": sub, "tags": [],
         "dateline": {"location": place, "date": date}, "date": date, "byline": None, "body": body,
         "about": about or [], "emails": list(emails), "phones": list(phones)}
    if acronyms is not None:
        g["acronyms"] = [{"short": s, "long": l} for s, l in acronyms]
    return g


def letterhead(name, address):
    return [para(run(name, b=True, sz=16), style="Header"), para(run(address, sz=8), style="Header"),
            para(style="Header")]


RELEASES = []

# 1. letterhead + one-page footer + key-figures table + Symbol bullets,
#    Word's spaced Normal (8 pt after), justified body
P1 = ["Northmere Cider Works pressed 1,240 tonnes of apples this autumn, a fifth more than last year, after a "
      "mild spring and a dry September in the orchards of the Wenlow valley.",
      "The cooperative bought fruit from 63 growers, eleven of them new members who replanted old orchards with "
      "the help of the county\u2019s hedgerow grant.",
      "Three new ciders will reach shops in March:",
      "a dry perry from the Hallow Pear orchards,",
      "a still cider aged in oak casks for eighteen months,",
      "a low-alcohol cider for the valley\u2019s pubs.",
      "\u201cThe growers gave us the best fruit we have seen in ten years,\u201d said cellar master Orla Penhaligon."]
RELEASES.append({
    "id": "e12-letterhead-en", "spaced": True,
    "header": letterhead("NORTHMERE CIDER WORKS",
                         "Orchard Lane 4 \u00b7 Northmere NM3 7QP \u00b7 Tel. +44 1632 960 418"),
    "footer": [para(run("Northmere Cider Works Ltd \u00b7 Registered in England No. 09127745 \u00b7 "
                        "www.northmere-cider.example", sz=8), style="Footer")],
    "blocks": [para("Northmere cider harvest up by a fifth", style="Title"),
               para(run("NORTHMERE, 14 November 2025 \u2013 ", b=True), P1[0], jc="both"),
               para(P1[1], jc="both"),
               table([["Harvest", "2024", "2025"], ["Apples pressed (t)", "1,032", "1,240"],
                      ["Growers", "52", "63"]], [3400, 1800, 1800]),
               para(""),
               para(P1[2], jc="both"),
               para(P1[3], bullet=True, after=0), para(P1[4], bullet=True, after=0), para(P1[5], bullet=True),
               para(P1[6], jc="both"),
               para(run("Press contact: ", b=True), "Tamsin Vell, press@northmere-cider.example, +44 1632 960 419")],
    "expect": gold("en", "Northmere cider harvest up by a fifth", None, "NORTHMERE", "2025-11-14",
                   [P1[0], P1[1], "Harvest 2024 2025 Apples pressed (t) 1,032 1,240 Growers 52 63"] + P1[2:],
                   emails=["press@northmere-cider.example"], phones=["+44 1632 960 418", "+44 1632 960 419"]),
    "note": "letterhead (logo text, address) in the page header and registration/web footer of a one-page "
            "release: not body; key-figures table as one entry, its cells in reading order; Symbol-font "
            "bullets are markers"})

# 2. a frame (framePr) floated beside the first paragraphs, justified,
#    footnotes, Word's spaced Normal
P2 = ["Der Heimatverein Ostrauen hat die Windmühle am Kirchberg nach drei Jahren Arbeit wieder in Gang gesetzt. "
      "Seit Samstag drehen sich die Flügel zum ersten Mal seit 1961, und der Müller mahlt an jedem ersten Sonntag "
      "im Monat Roggen aus den Dörfern der Umgebung.",
      "Die Sanierung kostete 412.000 Euro. Den größten Teil trug die Stiftung Niederrheinische Baudenkmale, den "
      "Rest sammelten die Mitglieder mit Flohmärkten, Konzerten und einer Patenschaft für jeden der 96 Zähne des "
      "neuen Kammrads.",
      "Das Mehl verkauft der Verein im Mühlenladen; der Erlös geht in die Pflege der Mühle. Führungen für "
      "Schulklassen sind ab April möglich."]
RELEASES.append({
    "id": "e12-frame-de", "spaced": True,
    "notes": ["Kostenaufstellung des Vereins vom 30. September 2025.", "Eintrag in die Denkmalliste von 1987."],
    "blocks": [para("Windmühle am Kirchberg mahlt wieder", style="Title"),
               para(run("Auf einen Blick", b=True), frame=(2700, "right"), after=0),
               para("Baujahr: 1838", frame=(2700, "right"), after=0),
               para("Flügelspannweite: 22 m", frame=(2700, "right"), after=0),
               para("Mahltage: jeden ersten Sonntag", frame=(2700, "right")),
               para(run("OSTRAUEN, 3. November 2025 \u2013 ", b=True), P2[0], jc="both"),
               para(run(P2[1][:P2[1].index(" Den")], note=1), P2[1][P2[1].index(" Den"):], jc="both"),
               para(run(P2[2], note=2), jc="both"),
               para("Pressekontakt: Hiltrud Evers, presse@heimatverein-ostrauen.example")],
    "expect": gold("de", "Windmühle am Kirchberg mahlt wieder", None, "OSTRAUEN", "2025-11-03", P2,
                   emails=["presse@heimatverein-ostrauen.example"]),
    "note": "a shaded frame (w:framePr, 'Auf einen Blick') floated right beside the first paragraph: facts beside "
            "the text, not body; footnote marks and footnotes are not body; justified"})

# 3. two-column section under a one-column title, justified, unspaced
#    Normal with 6 pt after
P3 = ["La commune de Vasselieu ouvre le 1er décembre une épicerie coopérative dans l'ancienne gare, fermée aux "
      "voyageurs depuis 1972. Les habitants en sont à la fois les clients et les propriétaires : 214 foyers ont "
      "acheté une part de cinquante euros.",
      "L'épicerie vendra surtout des produits des fermes situées à moins de trente kilomètres, du pain cuit chaque "
      "matin à Brézolles et des produits d'entretien en vrac. Deux salariés y travailleront, aidés par une "
      "quarantaine de bénévoles qui tiendront la caisse à tour de rôle.",
      "La mairie a loué le bâtiment pour un euro symbolique et financé la remise aux normes de la cuisine et de la "
      "chambre froide. Le conseil régional a pris en charge la moitié des travaux.",
      "« Nous n'avions plus de commerce depuis huit ans. Les anciens devaient prendre le car pour acheter du "
      "lait », rappelle la maire, Solange Brunerie.",
      "L'épicerie sera ouverte du mardi au samedi, de 8 h à 19 h, et le dimanche matin."]
RELEASES.append({
    "id": "e12-twocol-fr", "spaced": True, "cols": 2,
    "blocks": [para("Vasselieu ouvre une épicerie coopérative dans son ancienne gare", style="Title"),
               para(run("Communiqué de presse", i=True),
                    sect='<w:sectPr><w:type w:val="continuous"/>%s<w:cols w:num="1"/></w:sectPr>' % PAGE),
               para(run("VASSELIEU, le 17 novembre 2025 \u2013 ", b=True), P3[0], jc="both"),
               para(P3[1], jc="both"), para(P3[2], jc="both"), para(P3[3], jc="both"), para(P3[4], jc="both"),
               para("Contact presse : Lucien Ardouin, 04 73 55 21 08, mairie@vasselieu.example")],
    "expect": gold("fr", "Vasselieu ouvre une épicerie coopérative dans son ancienne gare", None, "VASSELIEU",
                   "2025-11-17", P3, emails=["mairie@vasselieu.example"], phones=["04 73 55 21 08"]),
    "note": "title and the 'Communiqué de presse' label in a one-column section, then the text in a two-column "
            "continuous section, justified; the label is not body (a release line)"})

# 4. letterhead with the address to the right of the logo text (a tab),
#    unspaced Normal (LibreOffice's default), heading in bold Normal,
#    Symbol bullets, footer with KvK number
P4 = ["De Waterschapsbibliotheek in Dorpveen leent vanaf januari ook gereedschap uit. Leden kunnen een boormachine, "
      "een ladder of een heggenschaar een week lang meenemen, voor twee euro per keer.",
      "Het idee kwam van de repaircafé-vrijwilligers, die merkten dat veel bewoners gereedschap kopen dat ze maar één "
      "keer gebruiken.",
      "In de uitleenkast liggen onder meer:",
      "twaalf accuboormachines en schroevendraaiers,",
      "vier ladders en twee steigers,",
      "tuingereedschap, van schoffels tot een hakselaar.",
      "Over de bibliotheek",
      "De Waterschapsbibliotheek heeft vestigingen in Dorpveen en Hoornwaard en telt 6.800 leden."]
RELEASES.append({
    "id": "e12-letterhead-nl", "spaced": False,
    "header": [para(run("Waterschapsbibliotheek", b=True, sz=18), "\t",
                    run("Kerkstraat 12, 7941 AB Dorpveen", sz=8), style="Header"),
               para(run("lezen \u00b7 lenen \u00b7 leren", i=True, sz=9), style="Header"), para(style="Header")],
    "footer": [para(run("KvK 40123987 \u00b7 www.wsbieb-dorpveen.example \u00b7 info@wsbieb-dorpveen.example",
                        sz=8), style="Footer")],
    "blocks": [para("Bibliotheek Dorpveen leent ook gereedschap uit", style="Title"),
               para(run("DORPVEEN, 8 december 2025 \u2013 ", b=True), P4[0]),
               para(P4[1]), para(P4[2]),
               para(P4[3], bullet=True), para(P4[4], bullet=True), para(P4[5], bullet=True),
               para(run(P4[6], b=True)), para(P4[7]),
               para("Pers: Joost Verhaar, 0521 38 44 90, pers@wsbieb-dorpveen.example")],
    "expect": gold("nl", "Bibliotheek Dorpveen leent ook gereedschap uit", None, "DORPVEEN", "2025-12-08",
                   P4[:6], about=[P4[7]],
                   emails=["info@wsbieb-dorpveen.example", "pers@wsbieb-dorpveen.example"],
                   phones=["0521 38 44 90"]),
    "note": "letterhead (name, address on a tab, tagline) in the header, KvK/web footer on a one-page release; "
            "no space between paragraphs (block style: a short last line ends a paragraph); Symbol bullets; "
            "'Over de bibliotheek' as a bold Normal line"})

# 5. footnotes, justified, unspaced Normal, two pages (a paragraph over
#    the page break), a page header repeated on both pages
P5 = ["El Consorcio de Aguas del Alto Jarama ha terminado de sustituir los contadores de las 9.400 viviendas de "
      "sus cinco municipios por contadores de lectura remota, que avisan al vecino cuando detectan una fuga.",
      "Según el consorcio, los nuevos aparatos detectaron en los primeros tres meses 312 fugas en el interior de "
      "viviendas, la mayoría en cisternas y calentadores, que perdían en conjunto unos 40 metros cúbicos al día.",
      "La sustitución ha costado 1,9 millones de euros, financiados en un sesenta por ciento con fondos del plan "
      "regional de eficiencia hídrica y el resto con las tarifas de los últimos cuatro años, sin subida del precio "
      "del agua para los abonados.",
      "Los vecinos pueden consultar su consumo diario en la oficina virtual del consorcio o pedir que se les avise "
      "por mensaje de texto cuando el consumo nocturno supere el habitual.",
      "El consorcio instalará el próximo año sensores de presión en la red general, para localizar también las "
      "fugas de las tuberías públicas antes de que salgan a la superficie."]
filler = ["Los contadores se leen cada hora y envían los datos una vez al día a la central del consorcio en "
          "Valdecierzo, donde un programa compara el consumo de cada vivienda con el de las semanas anteriores.",
          "Cuando el consumo nocturno no baja de cero durante tres noches seguidas, el sistema envía un aviso al "
          "abonado y, si no hay respuesta, un operario visita la vivienda en el plazo de una semana.",
          "Los municipios del consorcio son Valdecierzo, Torremolar, La Hiruela Baja, Cervera del Monte y "
          "Peñalsordo de Jarama, con unos 21.000 habitantes en total."]
P5 = P5[:2] + filler + P5[2:]
RELEASES.append({
    "id": "e12-footnote-es", "spaced": False,
    "header": [para(run("Consorcio de Aguas del Alto Jarama \u2013 Nota de prensa", sz=8), style="Header"),
               para(style="Header")],
    "notes": ["Datos de lectura de enero a marzo de 2025.", "Plan Regional de Eficiencia Hídrica 2022-2026."],
    "blocks": [para("Los contadores remotos del Alto Jarama detectan 312 fugas en tres meses", style="Title"),
               para(run("VALDECIERZO, 22 de abril de 2025 \u2013 ", b=True), P5[0], jc="both"),
               para(run(P5[1], note=1), jc="both")] +
              [para(x, jc="both") for x in P5[2:5]] +
              [para(run(P5[5][:P5[5].index(" y el resto")], note=2), P5[5][P5[5].index(" y el resto"):], jc="both")] +
              [para(x, jc="both") for x in P5[6:]] +
              [para("Contacto de prensa: Inmaculada Roldán, prensa@aguasaltojarama.example")],
    "expect": gold("es", "Los contadores remotos del Alto Jarama detectan 312 fugas en tres meses", None,
                   "VALDECIERZO", "2025-04-22", P5, emails=["prensa@aguasaltojarama.example"]),
    "note": "footnote marks and notes not body; running header (issuer line) not body; justified, block style "
            "without space between paragraphs"})


def save_gold(out, rid, docx_producer, expect, note):
    """<rid>.gold.json in out: the DOCX and its PDF export, one release."""
    g = {"id": rid, "documents": [rid + ".docx", rid + ".pdf"],
         "producers": {"docx": docx_producer, "pdf": "libreoffice-writer-export"},
         "expect": expect, "source_note": note}
    with open(os.path.join(out, rid + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "wordpdf")
    os.makedirs(out, exist_ok=True)
    for rel in RELEASES:
        rid = rel["id"]
        write_docx(os.path.join(out, rid + ".docx"), rel)
        save_gold(out, rid, "tests/eval12/make_docx.py", rel["expect"], rel["note"])
    print("wrote %d releases to %s" % (len(RELEASES), out), file=sys.stderr)


if __name__ == "__main__":
    main()
