#!/usr/bin/python3
"""Write tests/eval20/docs: invented press releases as they reach users from
an organisation's newsroom web page - printed to PDF by Chromium (headless
--print-to-pdf, with and without the browser's own print header and footer:
date, page title, URL, page 'N/M') and as the page's text scraped or copied
(TXT). Each page carries the site chrome newsrooms have: the site's name and
navigation menu, breadcrumbs, share buttons, a cookie notice, a kicker and
the page's date line, 'Related news' with dates, tags, a footer with links
and copyright.

The page is one block list (chrome and release), rendered to HTML for
Chromium and to text for the TXT, so both forms carry the same words. The
gold (the release only: the chrome is neither body, headline nor about) is
written from tests/eval20/releases.py, before pressmill was run on them.

The pages are served from a local HTTP server under their invented host
names (Chromium's --host-resolver-rules), so the printed footer shows the
page's real-looking URL.

Usage (from the repository root):
  /usr/bin/python3 tests/eval20/make.py            # TXT, PDF and gold
  /usr/bin/python3 tests/eval20/make.py --no-pdf   # TXT and gold only
"""
import http.server
import os
import shutil
import sys
import tempfile
import threading
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import evaltools  # noqa: E402

HERE, OUT = evaltools.set_dirs(__file__)

# The chrome's words in each language, as newsroom sites print them.
L = {
    "en": dict(nav=["Home", "About us", "Newsroom", "Careers", "Contact"], home="Home", news="Newsroom",
               share=["Share", "Facebook", "X", "LinkedIn", "Email", "Print"],
               cookie=("We use cookies to improve your experience on our website. By continuing to browse, you "
                       "agree to our use of cookies.", "Accept all", "Manage settings"),
               related="Related news", tags="Tags:", rights="All rights reserved.",
               legal=["Privacy policy", "Cookie policy", "Accessibility", "Terms of use"], back="Back to newsroom",
               follow="Follow us"),
    "fr": dict(nav=["Accueil", "Qui sommes-nous", "Espace presse", "Recrutement", "Contact"], home="Accueil",
               news="Espace presse", share=["Partager", "Facebook", "X", "LinkedIn", "E-mail", "Imprimer"],
               cookie=("Ce site utilise des cookies pour am\u00e9liorer votre exp\u00e9rience de navigation. En "
                       "poursuivant votre navigation, vous acceptez leur utilisation.", "Tout accepter",
                       "Personnaliser"),
               related="\u00c0 lire aussi", tags="Mots-cl\u00e9s :", rights="Tous droits r\u00e9serv\u00e9s.",
               legal=["Mentions l\u00e9gales", "Politique de confidentialit\u00e9", "Gestion des cookies",
                      "Plan du site"], back="Retour aux communiqu\u00e9s", follow="Suivez-nous"),
    "de": dict(nav=["Startseite", "\u00dcber uns", "Presse", "Karriere", "Kontakt"], home="Startseite",
               news="Presse", share=["Teilen", "Facebook", "X", "LinkedIn", "E-Mail", "Drucken"],
               cookie=("Wir verwenden Cookies, um Ihnen die bestm\u00f6gliche Nutzung unserer Website zu "
                       "erm\u00f6glichen. Weitere Informationen finden Sie in unserer Datenschutzerkl\u00e4rung.",
                       "Alle akzeptieren", "Nur notwendige"),
               related="Weitere Meldungen", tags="Schlagw\u00f6rter:", rights="Alle Rechte vorbehalten.",
               legal=["Impressum", "Datenschutz", "Barrierefreiheit", "Cookie-Einstellungen"],
               back="Zur\u00fcck zur \u00dcbersicht", follow="Folgen Sie uns"),
    "es": dict(nav=["Inicio", "Qui\u00e9nes somos", "Sala de prensa", "Empleo", "Contacto"], home="Inicio",
               news="Sala de prensa", share=["Compartir", "Facebook", "X", "LinkedIn", "Correo", "Imprimir"],
               cookie=("Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si contin\u00faa "
                       "navegando, consideramos que acepta su uso.", "Aceptar", "Configurar"),
               related="Noticias relacionadas", tags="Etiquetas:", rights="Todos los derechos reservados.",
               legal=["Aviso legal", "Pol\u00edtica de privacidad", "Pol\u00edtica de cookies", "Accesibilidad"],
               back="Volver a noticias", follow="S\u00edguenos"),
    "pt": dict(nav=["In\u00edcio", "Quem somos", "Imprensa", "Carreiras", "Contactos"], home="In\u00edcio",
               news="Imprensa", share=["Partilhar", "Facebook", "X", "LinkedIn", "E-mail", "Imprimir"],
               cookie=("Este s\u00edtio utiliza cookies para melhorar a sua experi\u00eancia de navega\u00e7\u00e3o. "
                       "Ao continuar a navegar, est\u00e1 a consentir a sua utiliza\u00e7\u00e3o.", "Aceitar",
                       "Rejeitar"),
               related="Not\u00edcias relacionadas", tags="Etiquetas:", rights="Todos os direitos reservados.",
               legal=["Pol\u00edtica de privacidade", "Pol\u00edtica de cookies", "Termos de utiliza\u00e7\u00e3o",
                      "Acessibilidade"], back="Voltar \u00e0s not\u00edcias", follow="Siga-nos"),
    "it": dict(nav=["Home", "Chi siamo", "Area stampa", "Lavora con noi", "Contatti"], home="Home",
               news="Area stampa", share=["Condividi", "Facebook", "X", "LinkedIn", "E-mail", "Stampa"],
               cookie=("Questo sito utilizza cookie tecnici e di terze parti. Proseguendo nella navigazione "
                       "accetti l\u2019utilizzo dei cookie.", "Accetta tutti", "Rifiuta"),
               related="Notizie correlate", tags="Argomenti:", rights="Tutti i diritti riservati.",
               legal=["Privacy policy", "Cookie policy", "Note legali", "Accessibilit\u00e0"],
               back="Torna alle notizie", follow="Seguici"),
    "nl": dict(nav=["Home", "Over ons", "Nieuws", "Werken bij", "Contact"], home="Home", news="Nieuws",
               share=["Delen", "Facebook", "X", "LinkedIn", "E-mail", "Printen"],
               cookie=("Wij gebruiken cookies om onze website te verbeteren. Door verder te klikken gaat u "
                       "akkoord met het gebruik van cookies.", "Accepteren", "Weigeren"),
               related="Meer nieuws", tags="Onderwerpen:", rights="Alle rechten voorbehouden.",
               legal=["Privacyverklaring", "Cookieverklaring", "Toegankelijkheid", "Disclaimer"],
               back="Terug naar overzicht", follow="Volg ons"),
    "ar": dict(nav=["\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629", "\u0645\u0646 \u0646\u062d\u0646",
                    "\u0627\u0644\u0645\u0631\u0643\u0632 \u0627\u0644\u0625\u0639\u0644\u0627\u0645\u064a",
                    "\u0627\u0644\u062e\u062f\u0645\u0627\u062a", "\u0627\u062a\u0635\u0644 \u0628\u0646\u0627"],
               home="\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629",
               news="\u0627\u0644\u0645\u0631\u0643\u0632 \u0627\u0644\u0625\u0639\u0644\u0627\u0645\u064a",
               share=["\u0645\u0634\u0627\u0631\u0643\u0629", "Facebook", "X", "LinkedIn",
                      "\u0627\u0644\u0628\u0631\u064a\u062f \u0627\u0644\u0625\u0644\u0643\u062a\u0631\u0648\u0646\u064a",
                      "\u0637\u0628\u0627\u0639\u0629"],
               cookie=("\u064a\u0633\u062a\u062e\u062f\u0645 \u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639 "
                       "\u0645\u0644\u0641\u0627\u062a \u062a\u0639\u0631\u064a\u0641 \u0627\u0644\u0627\u0631\u062a\u0628\u0627\u0637 "
                       "\u0644\u062a\u062d\u0633\u064a\u0646 \u062a\u062c\u0631\u0628\u062a\u0643.",
                       "\u0645\u0648\u0627\u0641\u0642", "\u0631\u0641\u0636"),
               related="\u0623\u062e\u0628\u0627\u0631 \u0630\u0627\u062a \u0635\u0644\u0629",
               tags="\u0627\u0644\u0648\u0633\u0648\u0645:",
               rights="\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642 \u0645\u062d\u0641\u0648\u0638\u0629.",
               legal=["\u0633\u064a\u0627\u0633\u0629 \u0627\u0644\u062e\u0635\u0648\u0635\u064a\u0629",
                      "\u0634\u0631\u0648\u0637 \u0627\u0644\u0627\u0633\u062a\u062e\u062f\u0627\u0645",
                      "\u062e\u0631\u064a\u0637\u0629 \u0627\u0644\u0645\u0648\u0642\u0639"],
               back="\u0627\u0644\u0639\u0648\u062f\u0629 \u0625\u0644\u0649 \u0627\u0644\u0623\u062e\u0628\u0627\u0631",
               follow="\u062a\u0627\u0628\u0639\u0648\u0646\u0627"),
}
SEPARATORS = ["\u203a", ">", "/"]


def page_blocks(rel, n):
    """The page, top to bottom, as (kind, payload) blocks: the same list makes the HTML and the TXT."""
    w = L[rel["lang"]]
    ch = rel["chrome"]
    year = rel["date"][:4]
    out = []
    cookie = ("cookie", w["cookie"])
    if "cookie_top" in ch:
        out.append(cookie)
    if "nav" in ch:
        out.append(("logo", rel["org"]))
        out.append(("nav", w["nav"]))
    if "crumbs" in ch:
        out.append(("crumbs", (SEPARATORS[n % 3], [w["home"], w["news"], year])))
    if rel["kicker"]:
        out.append(("kicker", rel["kicker"]))
    out.append(("h1", rel["headline"]))
    if rel["sub"]:
        out.append(("deck", rel["sub"]))
    out.append(("meta", rel["pubdate"]))
    if "share_top" in ch:
        out.append(("share", w["share"]))
    for i, p in enumerate(rel["body"]):
        out.append(("p", ((rel["dl"] + " ") if (i == 0 and rel["dl"]) else "", p)))
    if rel["about_head"]:
        out.append(("h2", rel["about_head"]))
    for p in rel["about"]:
        out.append(("p", ("", p)))
    out.append(("contact", rel["contact"]))
    if "tags" in ch and rel["tags"]:
        out.append(("tags", (w["tags"], rel["tags"])))
    if "share_bottom" in ch:
        out.append(("share", w["share"]))
        out.append(("back", w["back"]))
    if "related" in ch:
        out.append(("related", (w["related"], rel["related"])))
    if "footer" in ch:
        out.append(("footer", (rel["org"], w, year)))
    if "cookie_bottom" in ch:
        out.append(cookie)
    return out


CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; margin: 0; color: #222; }
.site { display: flex; justify-content: space-between; align-items: center; padding: 10px 24px;
        border-bottom: 1px solid #ccc; }
.logo { font-weight: bold; font-size: 16pt; color: #0b4f8a; }
nav ul { list-style: none; display: flex; gap: 18px; margin: 0; padding: 0; font-size: 10pt; }
.crumbs { font-size: 9pt; color: #666; padding: 8px 24px; }
main { padding: 0 24px; max-width: 720px; }
.kicker { text-transform: uppercase; font-size: 9pt; color: #0b4f8a; font-weight: bold; margin-top: 14px; }
h1 { font-size: 22pt; margin: 6px 0 8px 0; }
.deck { font-size: 13pt; color: #555; margin: 0 0 8px 0; }
.meta { font-size: 9pt; color: #777; }
.share { font-size: 9pt; display: flex; gap: 10px; margin: 8px 0 14px 0; color: #0b4f8a; }
.share span { border: 1px solid #0b4f8a; border-radius: 3px; padding: 1px 6px; }
h2 { font-size: 13pt; margin: 18px 0 6px 0; }
.contact { font-size: 10pt; }
.tags { font-size: 9pt; margin: 12px 0; }
.tags a { background: #eee; padding: 1px 6px; margin-right: 6px; }
.back { font-size: 9pt; color: #0b4f8a; }
aside { margin: 20px 24px; padding-top: 8px; border-top: 2px solid #0b4f8a; max-width: 720px; }
aside ul { list-style: none; padding: 0; }
aside li { margin: 6px 0; font-size: 10pt; }
aside .date { color: #777; font-size: 9pt; display: block; }
footer { background: #f2f2f2; padding: 14px 24px; font-size: 9pt; margin-top: 20px; }
footer ul { list-style: none; display: flex; gap: 14px; padding: 0; margin: 0 0 6px 0; }
.cookie { background: #333; color: #fff; padding: 10px 24px; font-size: 9pt; }
.cookie button { margin-left: 8px; }
"""


def html(rel, n):
    parts, in_main = [], False
    for kind, x in page_blocks(rel, n):
        article = kind in ("kicker", "h1", "deck", "meta", "share", "p", "h2", "contact", "tags", "back")
        if article and not in_main:
            parts.append("<main><article>")
            in_main = True
        if not article and in_main:
            parts.append("</article></main>")
            in_main = False
        if kind == "cookie":
            parts.append('<div class="cookie">%s<button>%s</button><button>%s</button></div>' % tuple(map(escape, x)))
        elif kind == "logo":
            parts.append('<header class="site"><div class="logo">%s</div>' % escape(x))
        elif kind == "nav":
            parts.append("<nav><ul>%s</ul></nav></header>" % "".join("<li><a href='#'>%s</a></li>" % escape(i)
                                                                      for i in x))
        elif kind == "crumbs":
            parts.append('<div class="crumbs">%s</div>' % (" %s " % escape(x[0])).join(escape(i) for i in x[1]))
        elif kind in ("kicker", "deck", "meta", "back"):
            parts.append('<p class="%s">%s</p>' % (kind, escape(x)))
        elif kind == "h1" or kind == "h2":
            parts.append("<%s>%s</%s>" % (kind, escape(x), kind))
        elif kind == "share":
            parts.append('<div class="share">%s</div>' % "".join("<span>%s</span>" % escape(i) for i in x))
        elif kind == "p":
            parts.append("<p>%s%s</p>" % ("<strong>%s</strong>" % escape(x[0]) if x[0] else "", escape(x[1])))
        elif kind == "contact":
            parts.append('<p class="contact">%s</p>' % "<br>".join(escape(i) for i in x))
        elif kind == "tags":
            parts.append('<div class="tags">%s %s</div>' % (escape(x[0]), "".join("<a href='#'>%s</a>" % escape(t)
                                                                                for t in x[1])))
        elif kind == "related":
            parts.append("<aside><h2>%s</h2><ul>%s</ul></aside>" % (escape(x[0]), "".join(
                '<li><span class="date">%s</span><a href="#">%s</a></li>' % (escape(d), escape(t)) for d, t in x[1])))
        elif kind == "footer":
            org, w, year = x
            parts.append("<footer><ul>%s</ul><p>%s</p><p>\u00a9 %s %s. %s</p></footer>" % (
                "".join("<li><a href='#'>%s</a></li>" % escape(i) for i in w["legal"]),
                escape(w["follow"] + ": Facebook \u00b7 X \u00b7 LinkedIn \u00b7 YouTube"),
                year, escape(org), escape(w["rights"])))
    if in_main:
        parts.append("</article></main>")
    rtl = ' dir="rtl"' if rel["lang"] == "ar" else ""
    return ('<!DOCTYPE html><html lang="%s"%s><head><meta charset="utf-8"><title>%s | %s</title><style>%s</style>'
            '</head><body>%s</body></html>\n' % (rel["lang"], rtl, escape(rel["headline"]), escape(rel["org"]), CSS,
                                                 "\n".join(parts)))


def text(rel, n):
    """The page's text. 'copy': a browser's Select All + copy (flex items and list items on lines of their own,
    a blank line between blocks); 'scrape': one line per block, no blank lines (get_text('\\n') with the
    empty strings dropped)."""
    blocks = []
    for kind, x in page_blocks(rel, n):
        if kind == "cookie":
            blocks.append(list(x))
        elif kind in ("logo", "kicker", "h1", "deck", "meta", "h2", "back"):
            blocks.append([x])
        elif kind in ("nav", "share"):
            blocks.append(list(x))
        elif kind == "crumbs":
            blocks.append([(" %s " % x[0]).join(x[1])])
        elif kind == "p":
            blocks.append([x[0] + x[1]])
        elif kind == "contact":
            blocks.append(list(x))
        elif kind == "tags":
            blocks.append([x[0]] + list(x[1]))
        elif kind == "related":
            blocks.append([x[0]])
            for d, t in x[1]:
                blocks.append([d, t])
        elif kind == "footer":
            org, w, year = x
            blocks.append(list(w["legal"]))
            blocks.append([w["follow"] + ": Facebook \u00b7 X \u00b7 LinkedIn \u00b7 YouTube"])
            blocks.append(["\u00a9 %s %s. %s" % (year, org, w["rights"])])
    if rel["txt"] == "copy":
        return "\n\n".join("\n".join(b) for b in blocks) + "\n"
    return "\n".join(line for b in blocks for line in b) + "\n"


class Page(http.server.BaseHTTPRequestHandler):
    current = b""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(Page.current)

    def log_message(self, *a):
        pass


def chromium_pdf(rel, n, path, tmp, port):
    Page.current = html(rel, n).encode("utf-8")
    evaltools.chromium_pdf("http://%s%s" % (rel["host"], rel["path"]), path, tmp, header_footer=rel["print_hf"],
                           extra=["--host-resolver-rules=MAP %s 127.0.0.1:%d" % (rel["host"], port)])


def gold_text(rel, with_pdf):
    docs = [rel["id"] + ".txt"] + ([rel["id"] + ".pdf"] if with_pdf else [])
    producers = {"txt": "the newsroom page's text, %s" % (
        "as a browser's Select All and copy gives it" if rel["txt"] == "copy"
        else "one line per block, as a scraper gives it")}
    if with_pdf:
        producers["pdf"] = "Chromium headless --print-to-pdf of the newsroom page%s" % (
            ", with the browser's print header and footer" if rel["print_hf"] else ", without header and footer")
    exp = {"language": rel["lang"], "headline": rel["headline"], "subheadline": rel["sub"],
           "dateline": {"location": rel["loc"], "date": rel["date"]} if rel["dl"] else None,
           "date": rel["date"], "body": rel["body"], "about": rel["about"], "emails": rel["emails"]}
    note = "%s newsroom page; chrome: %s; kicker %r; page date line %r." % (
        rel["org"], ", ".join(rel["chrome"]), rel["kicker"], rel["pubdate"])
    return evaltools.gold_json(evaltools.gold_record(rel["id"], docs, producers, exp, note))


def main():
    with_pdf = evaltools.pdf_tools(sys.argv, ["chromium"], "make.py: no chromium: the TXT and their gold only")
    releases = evaltools.releases(HERE)
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="eval20-")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for n, rel in enumerate(releases):
            base = os.path.join(OUT, rel["id"])
            evaltools.write_text(base + ".txt", text(rel, n))
            if with_pdf:
                chromium_pdf(rel, n, base + ".pdf", tmp, server.server_address[1])
            evaltools.write_text(base + ".gold.json", gold_text(rel, with_pdf))
        print("eval20: wrote %d releases%s to %s" % (len(releases), " and their PDFs" if with_pdf else "", OUT),
              file=sys.stderr)
    finally:
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
