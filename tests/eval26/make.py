#!/usr/bin/python3
"""Write tests/eval26/docs: invented press releases as software publishes
them, each as two PDFs with one gold:

- `<id>-wk.pdf`: a CMS article page printed by the site's print module
  through wkhtmltopdf (Qt WebKit, as Drupal's and WordPress's "print to
  PDF" modules do): site header and navigation, breadcrumbs, a kicker, the
  headline, a deck, a metadata box ("Published: ... Category: ..."), share
  buttons rendered as text, the story, About, contacts, a tag list, a
  "Related" sidebar (templates: "sidebar" floated right of the article,
  "grid" a table-laid column left of it, "plain" none), a site footer, and
  wkhtmltopdf's own page footer (the page's address and "Page n of m");
- `<id>-rl.pdf`: the release set by a report generator from a database
  (ReportLab platypus): each line one string, justified by word spacing,
  bullets drawn as separate strings, a header and a footer drawn by page
  callbacks; layouts "onecol", "twocol" (title block across the page, the
  story in two balanced columns), "letter" (a letterhead, indented paragraphs, the
  contacts in a table).

The gold is written from tests/eval26/releases.py, before pressmill was run
on the set.

Needs, for the PDFs only (the project does not): wkhtmltopdf, and
/usr/bin/python3 with reportlab.

Usage (from the repository root):
  /usr/bin/python3 tests/eval26/make.py            # PDFs and gold
  /usr/bin/python3 tests/eval26/make.py --no-pdf   # gold only
"""
import html
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)
RELEASES = evaltools.releases(HERE)

RL_VERSION = "3.6"

# the CMS template's words, per language
L = {
    "en": dict(home="Home", news="News", pr="Press releases", about="About us", contact="Contact",
               published="Published", category="Category", share="Share", tags="Tags", related="Related",
               email="Email", print="Print", top="Back to top", page="Page", of="of", rights="All rights reserved."),
    "fr": dict(home="Accueil", news="Actualités", pr="Communiqués", about="Qui sommes-nous", contact="Contact",
               published="Publié le", category="Catégorie", share="Partager", tags="Mots-clés", related="À lire aussi",
               email="E-mail", print="Imprimer", top="Haut de page", page="Page", of="sur", rights="Tous droits réservés."),
    "de": dict(home="Startseite", news="Aktuelles", pr="Pressemitteilungen", about="Über uns", contact="Kontakt",
               published="Veröffentlicht", category="Kategorie", share="Teilen", tags="Schlagwörter",
               related="Das könnte Sie auch interessieren", email="E-Mail", print="Drucken", top="Nach oben",
               page="Seite", of="von", rights="Alle Rechte vorbehalten."),
    "es": dict(home="Inicio", news="Actualidad", pr="Notas de prensa", about="Quiénes somos", contact="Contacto",
               published="Publicado", category="Categoría", share="Compartir", tags="Etiquetas",
               related="Noticias relacionadas", email="Correo", print="Imprimir", top="Volver arriba",
               page="Página", of="de", rights="Todos los derechos reservados."),
    "it": dict(home="Home", news="Notizie", pr="Comunicati stampa", about="Chi siamo", contact="Contatti",
               published="Pubblicato il", category="Categoria", share="Condividi", tags="Tag",
               related="Articoli correlati", email="Email", print="Stampa", top="Torna su", page="Pagina", of="di",
               rights="Tutti i diritti riservati."),
    "nl": dict(home="Home", news="Nieuws", pr="Persberichten", about="Over ons", contact="Contact",
               published="Gepubliceerd", category="Categorie", share="Delen", tags="Tags", related="Gerelateerd",
               email="E-mail", print="Printen", top="Naar boven", page="Pagina", of="van",
               rights="Alle rechten voorbehouden."),
    "pt": dict(home="Início", news="Notícias", pr="Comunicados", about="Sobre nós", contact="Contactos",
               published="Publicado em", category="Categoria", share="Partilhar", tags="Etiquetas",
               related="Notícias relacionadas", email="Email", print="Imprimir", top="Voltar ao topo",
               page="Página", of="de", rights="Todos os direitos reservados."),
}


def kind(p):
    return p[0] if isinstance(p, tuple) else "p"


def date_words(r):
    # the date part of the dateline, as the CMS prints it in its metadata box
    d = r["dl"]
    return d.split(", ", 1)[1] if ", " in d else d


def slug(r):
    return "/".join([r["site"], L[r["lang"]]["news"].lower(), r["id"][4:]])


# ---- wkhtmltopdf ---------------------------------------------------------

CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #222; margin: 0; }
.site { border-bottom: 3px solid #1d5a7a; padding: 6px 0 4px 0; }
.site .name { font-size: 15pt; font-weight: bold; color: #1d5a7a; }
.nav { font-size: 9pt; margin-top: 3px; }
.nav a { margin-right: 14px; color: #1d5a7a; text-decoration: none; }
.crumbs { font-size: 8pt; color: #666; margin: 8px 0; }
.kicker { font-size: 8.5pt; letter-spacing: 2px; color: #a0342b; font-weight: bold; margin-top: 10px; }
h1 { font-family: 'Liberation Serif', serif; font-size: 22pt; line-height: 1.15; margin: 4px 0 6px 0; }
.deck { font-size: 13pt; color: #444; margin: 0 0 8px 0; }
.meta { border: 1px solid #ccc; background: #f3f3f3; font-size: 8.5pt; padding: 5px 8px; margin: 8px 0; }
.meta span { margin-right: 18px; }
.share { font-size: 8.5pt; margin: 6px 0 10px 0; }
.share a { border: 1px solid #1d5a7a; border-radius: 3px; padding: 1px 5px; margin-right: 4px;
           color: #1d5a7a; text-decoration: none; }
.story p { margin: 0 0 9px 0; line-height: 1.4; text-align: justify; }
.story h2 { font-size: 12pt; margin: 14px 0 6px 0; color: #1d5a7a; }
.story h3 { font-size: 11pt; margin: 14px 0 4px 0; }
.story ul { margin: 0 0 9px 0; }
.story li { margin-bottom: 3px; line-height: 1.35; }
.dateline { font-weight: bold; }
.tags { font-size: 8.5pt; margin: 12px 0; }
.tags a { background: #e8eef2; padding: 1px 6px; margin-right: 4px; color: #333; text-decoration: none; }
.side { font-size: 9pt; }
.side h4 { font-size: 10pt; border-bottom: 1px solid #999; margin: 0 0 6px 0; }
.side li { margin-bottom: 5px; }
.side ul { padding-left: 14px; margin: 0; }
.sitefoot { border-top: 1px solid #999; font-size: 7.5pt; color: #555; margin-top: 14px; padding-top: 5px; }
"""


def story_html(r):
    e = html.escape
    out = []
    for i, p in enumerate(r["body"]):
        k = kind(p)
        if k == "h":
            out.append("<h2>%s</h2>" % e(p[1]))
        elif k == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in p[1]) + "</ul>")
        elif i == 0 and r["dl_mode"] == "open":
            out.append('<p><span class="dateline">%s</span>%s%s</p>' % (e(r["dl"]), e(r["sep"]), e(p)))
        else:
            out.append("<p>%s</p>" % e(p))
    if r["dl_mode"] == "line":
        out.insert(0, '<p class="dateline">%s</p>' % e(r["dl"]))
    out.append("<h3>%s</h3>" % e(r["about_head"]))
    out += ["<p>%s</p>" % e(a) for a in r["about"]]
    out.append("<h3>%s</h3>" % e(r["contact_head"]))
    out.append("<p>" + "<br>".join(e(c) for c in r["contact"]) + "</p>")
    return "\n".join(out)


def page_html(r):
    e = html.escape
    w = L[r["lang"]]
    head = ('<div class="site"><div class="name">%s</div><div class="nav"><a href="#">%s</a><a href="#">%s</a>'
            '<a href="#">%s</a><a href="#">%s</a></div></div>' % (e(r["org"]), w["home"], w["news"], w["about"],
                                                                 w["contact"]))
    crumbs = '<div class="crumbs">%s &rsaquo; %s &rsaquo; %s &rsaquo; %s</div>' % (
        w["home"], w["news"], w["pr"], e(r["headline"][:48] + ("\u2026" if len(r["headline"]) > 48 else "")))
    title = '<div class="kicker">%s</div><h1>%s</h1>' % (e(r["kicker"]), e(r["headline"]))
    if r.get("sub"):
        title += '<div class="deck">%s</div>' % e(r["sub"])
    meta = '<div class="meta"><span><b>%s:</b> %s</span><span><b>%s:</b> %s</span></div>' % (
        w["published"], e(date_words(r)), w["category"], e(r["category"]))
    share = '<div class="share">%s: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> ' \
            '<a href="#">%s</a> <a href="#">%s</a></div>' % (w["share"], w["email"], w["print"])
    tags = '<div class="tags">%s: %s</div>' % (w["tags"], " ".join('<a href="#">%s</a>' % e(t) for t in r["tags"]))
    side = '<div class="side"><h4>%s</h4><ul>%s</ul></div>' % (
        w["related"], "".join('<li><a href="#">%s</a></li>' % e(t) for t in r["related"]))
    foot = '<div class="sitefoot">&copy; 2026 %s &middot; %s &middot; %s<br>%s &uarr;</div>' % (
        e(r["address"]), e(r["site"]), w["rights"], w["top"])
    article = title + meta + share + '<div class="story">' + story_html(r) + "</div>" + tags
    if r["wk"] == "sidebar":
        main = ('<div style="float:right;width:28%%;margin-left:4%%">%s</div><div style="width:68%%">%s</div>'
                '<div style="clear:both"></div>' % (side, article))
    elif r["wk"] == "grid":
        main = ('<table style="width:100%%;border-collapse:collapse"><tr><td style="width:26%%;vertical-align:top;'
                'padding-right:18px">%s</td><td style="vertical-align:top">%s</td></tr></table>' % (side, article))
    else:
        main = article
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style>'
            '</head><body>%s%s%s%s</body></html>' % (r["lang"], e(r["headline"]), CSS, head, crumbs, main, foot))


def wk_pdf(r, out):
    w = L[r["lang"]]
    with tempfile.TemporaryDirectory(prefix="e26-") as tmp:
        p = os.path.join(tmp, "page.html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(page_html(r))
        subprocess.run(["wkhtmltopdf", "-q", "--page-size", "A4", "--margin-top", "14mm", "--margin-bottom", "16mm",
                        "--margin-left", "15mm", "--margin-right", "15mm", "--encoding", "utf-8",
                        "--title", r["headline"],
                        "--footer-font-size", "7", "--footer-font-name", "DejaVu Sans",
                        "--footer-left", "https://" + slug(r),
                        "--footer-right", "%s [page] %s [topage]" % (w["page"], w["of"]),
                        "--header-font-size", "7", "--header-left", date_words(r),
                        "--header-right", r["org"], p, out],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return "wkhtmltopdf-0.12-" + r["wk"]


# ---- ReportLab -----------------------------------------------------------

def rl_pdf(r, out):
    from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle)
    fd = "/usr/share/fonts/truetype/"
    for n, f in (("Serif", "liberation2/LiberationSerif-Regular.ttf"), ("Serif-B", "liberation2/LiberationSerif-Bold.ttf"),
                 ("Serif-I", "liberation2/LiberationSerif-Italic.ttf"), ("Sans", "dejavu/DejaVuSans.ttf"),
                 ("Sans-B", "dejavu/DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(n, fd + f))
    from reportlab.lib.fonts import addMapping
    addMapping("Serif", 0, 0, "Serif")
    addMapping("Serif", 1, 0, "Serif-B")
    addMapping("Serif", 0, 1, "Serif-I")
    addMapping("Serif", 1, 1, "Serif-B")
    e = html.escape
    w = L[r["lang"]]
    lay = r["rl"]
    body_font = "Serif" if lay != "twocol" else "Sans"
    bs = 10.5 if lay != "twocol" else 9
    st = {
        "kicker": ParagraphStyle("k", fontName="Sans-B", fontSize=9, leading=12, textColor=colors.HexColor("#8a1c1c")),
        "h1": ParagraphStyle("h1", fontName="Sans-B", fontSize=19, leading=23, spaceBefore=4, spaceAfter=6),
        "deck": ParagraphStyle("d", fontName="Serif-I", fontSize=13, leading=16, spaceAfter=8,
                               textColor=colors.HexColor("#444444")),
        "dl": ParagraphStyle("dl", fontName=body_font, fontSize=bs, leading=bs * 1.3, spaceAfter=6,
                             alignment=TA_RIGHT if lay == "letter" else 0),
        "p": ParagraphStyle("p", fontName=body_font, fontSize=bs, leading=bs * 1.3, alignment=TA_JUSTIFY,
                            spaceAfter=0 if lay == "letter" else 6, firstLineIndent=14 if lay == "letter" else 0),
        "p1": ParagraphStyle("p1", fontName=body_font, fontSize=bs, leading=bs * 1.3, alignment=TA_JUSTIFY,
                             spaceAfter=0 if lay == "letter" else 6),
        "h2": ParagraphStyle("h2", fontName="Sans-B", fontSize=bs + 1, leading=(bs + 1) * 1.3, spaceBefore=8,
                             spaceAfter=4),
        "li": ParagraphStyle("li", fontName=body_font, fontSize=bs, leading=bs * 1.3),
        "small": ParagraphStyle("s", fontName=body_font, fontSize=bs - 1, leading=(bs - 1) * 1.3, spaceAfter=3),
    }
    if lay == "letter":
        st["h2"].spaceBefore = 10
    story = []
    title = [Paragraph(e(r["kicker"]), st["kicker"]), Paragraph(e(r["headline"]), st["h1"])]
    if r.get("sub"):
        title.append(Paragraph(e(r["sub"]), st["deck"]))
    story += title
    if lay == "twocol":
        story.append(Spacer(1, 8))
        story.append("COLS")
    if r["dl_mode"] == "line":
        story.append(Paragraph("<b>%s</b>" % e(r["dl"]), st["dl"]))
    first = True
    for i, p in enumerate(r["body"]):
        k = kind(p)
        if k == "h":
            story.append(Paragraph(e(p[1]), st["h2"]))
            first = True
        elif k == "ul":
            story.append(ListFlowable([ListItem(Paragraph(e(x), st["li"]), leftIndent=14, bulletColor=colors.black)
                                       for x in p[1]], bulletType="bullet", start="\u2022", leftIndent=14,
                                      spaceAfter=6))
            first = True
        else:
            s = st["p1"] if first else st["p"]
            if i == 0 and r["dl_mode"] == "open":
                story.append(Paragraph("<b>%s</b>%s%s" % (e(r["dl"]), e(r["sep"]), e(p)), s))
            else:
                story.append(Paragraph(e(p), s))
            first = False
    story.append(Paragraph(e(r["about_head"]), st["h2"]))
    story += [Paragraph(e(a), st["p1"]) for a in r["about"]]
    story.append(Paragraph(e(r["contact_head"]), st["h2"]))
    if lay == "letter":
        t = Table([[Paragraph(e(c), st["small"])] for c in r["contact"]], colWidths=[90 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f0f0f0")),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(t)
    else:
        story += [Paragraph(e(c), st["small"]) for c in r["contact"]]
    if lay == "twocol":
        # the story balanced in two columns under the title block
        from reportlab.platypus.flowables import BalancedColumns
        n = story.index("COLS")
        story = story[:n] + [BalancedColumns(story[n + 1:], nCols=2, spaceBefore=0, innerPadding=10)]

    W, H = A4
    lm, rm, tm, bm = 20 * mm, 20 * mm, 28 * mm, 22 * mm

    def furniture(c, doc):
        c.saveState()
        if lay == "letter" and doc.page == 1:
            c.setFont("Sans-B", 16)
            c.setFillColor(colors.HexColor("#1d3f6e"))
            c.drawString(lm, H - 16 * mm, r["org"])
            c.setFont("Sans", 7.5)
            c.setFillColor(colors.black)
            y = H - 12 * mm
            for part in r["address"].replace(" \u2013 ", "|").replace(" \u00b7 ", "|").replace(" | ", "|").split("|")[1:]:
                c.drawRightString(W - rm, y, part.strip().rstrip(","))
                y -= 9
            c.drawRightString(W - rm, y, r["site"])
        else:
            c.setFont("Sans-B", 8)
            c.drawString(lm, H - 14 * mm, r["org"])
            c.setFont("Sans", 8)
            c.drawRightString(W - rm, H - 14 * mm, r["kicker"].title())
            c.setLineWidth(0.5)
            c.line(lm, H - 16 * mm, W - rm, H - 16 * mm)
        c.setFont("Sans", 7)
        c.line(lm, 15 * mm, W - rm, 15 * mm)
        c.drawString(lm, 11 * mm, r["address"])
        c.drawString(lm, 8 * mm, r["site"])
        c.drawRightString(W - rm, 11 * mm, "%s %d" % (w["page"], doc.page))
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          title=r["headline"], author=r["org"], creator="pressroom-db export",
                          invariant=1)
    fw, fh = W - lm - rm, H - tm - bm
    doc.addPageTemplates([PageTemplate("one", [Frame(lm, bm, fw, fh, id="f")], onPage=furniture)])
    doc.build(story)
    return "reportlab-%s-%s" % (RL_VERSION, lay)


def gold(r, docs, producers):
    body = []
    for p in r["body"]:
        k = kind(p)
        if k == "h":
            body.append(p[1])
        elif k == "ul":
            body += p[1]
        else:
            body.append(p)
    exp = evaltools.release_expect(r, body)
    note = ("CMS print (wkhtmltopdf, template %s): site header, navigation, breadcrumbs, kicker, metadata box, "
            "share buttons, tag list%s and site footer are not body; ReportLab (%s): page header and footer "
            "drawn on the canvas are not body; the kicker is a label; the deck is the subheadline; the dateline "
            "%s; list items are entries of their own.") % (
        r["wk"], ", Related sidebar" if r["wk"] != "plain" else "", r["rl"],
        "opens the first paragraph and is left out of it" if r["dl_mode"] == "open" else "is a line of its own")
    return evaltools.gold_record(r["id"], docs, producers, exp, note)


def main():
    with_pdf = "--no-pdf" not in sys.argv[1:]
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    for r in RELEASES:
        if only and r["id"] not in only:
            continue
        wk, rl = r["id"] + "-wk.pdf", r["id"] + "-rl.pdf"
        producers = {wk: "wkhtmltopdf-0.12-" + r["wk"], rl: "reportlab-%s-%s" % (RL_VERSION, r["rl"])}
        if with_pdf:
            producers[wk] = wk_pdf(r, os.path.join(OUT, wk))
            producers[rl] = rl_pdf(r, os.path.join(OUT, rl))
        evaltools.write_gold(os.path.join(OUT, r["id"] + ".gold.json"), gold(r, [wk, rl], producers), end="")
        print(r["id"], producers, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
