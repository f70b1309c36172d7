#!/usr/bin/python3
"""Write tests/eval22/docs: invented press releases as they reach
monitoring services and archives - by e-mail - saved as text (TXT), four
of them also as the Markdown that html2text or pandoc make of the HTML
mail (MD). The mail brings its furniture: the header block (From/Sent/To/
Cc/Subject in the client's language: De :/Envoyé :/Objet :, Von:/
Gesendet:/Betreff:, Asunto:, Oggetto:, Assunto:, Onderwerp:, Ämne:,
الموضوع:), forward markers (Gmail's '---------- Forwarded message
---------', Outlook's '-----Original Message-----', Apple Mail's 'Début du
message réexpédié :') with the forwarder's note above them, '>' quoting
under an attribution line, hard wraps at 72 columns, the sender's greeting
and closing, a signature after '-- ', a legal disclaimer, and newsletter
furniture (view in browser, '[image: logo]', bracketed links, '*bold*',
copyright, 'you are receiving this e-mail because', unsubscribe).

The gold (only the release is the record; tests/eval22/README.md says
why) is written from tests/eval22/releases.py, before pressmill was run on
the files.

Usage (from the repository root): /usr/bin/python3 tests/eval22/make.py
"""
import json
import os
import sys
import textwrap

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")

FORWARD_MARKERS = {
    "gmail": "---------- Forwarded message ---------",
    "outlook": "-----Original Message-----",
    "apple": "D\u00e9but du message r\u00e9exp\u00e9di\u00e9\u00a0:",
}

# Mailchimp-style furniture, in the mail's language: (top lines, bottom lines).
NEWSLETTER = {
    "en": (["View this email in your browser <https://mc.marrowbylight.example/campaign/7f3a91>", "",
            "[image: Marrowby Festival of Light]"],
           ["[image: Facebook] <https://www.facebook.example/marrowbylight> [image: Instagram] "
            "<https://www.instagram.example/marrowbylight>", "",
            "*Copyright \u00a9 2026 Marrowby Festival of Light CIC, All rights reserved.*",
            "You are receiving this email because you signed up for press releases from the Marrowby "
            "Festival of Light.", "",
            "*Our mailing address is:*", "Marrowby Festival of Light CIC", "The Old Exchange, Market Place",
            "Marrowby MW1 4HS", "", "Want to change how you receive these emails?",
            "You can update your preferences <https://mc.marrowbylight.example/profile?u=7f3a91> or "
            "unsubscribe from this list <https://mc.marrowbylight.example/unsubscribe?u=7f3a91>."]),
    "es": (["Ver este correo en el navegador <https://mc.cornisaazul.example/campana/52c8>", "",
            "[image: Fundaci\u00f3n Cornisa Azul]"],
           ["S\u00edguenos: Facebook <https://www.facebook.example/cornisaazul> | Instagram "
            "<https://www.instagram.example/cornisaazul>", "",
            "*Copyright \u00a9 2026 Fundaci\u00f3n Cornisa Azul, todos los derechos reservados.*",
            "Has recibido este correo porque te suscribiste a las notas de prensa de la Fundaci\u00f3n "
            "Cornisa Azul.", "",
            "*Nuestra direcci\u00f3n postal es:*", "Fundaci\u00f3n Cornisa Azul", "Paseo del Faro 3",
            "11380 Puerto Arenal", "", "\u00bfQuieres cambiar c\u00f3mo recibes estos correos?",
            "Puedes actualizar tus preferencias <https://mc.cornisaazul.example/perfil?u=52c8> o darte de "
            "baja de esta lista <https://mc.cornisaazul.example/baja?u=52c8>."]),
    "nl": (["Bekijk deze e-mail in je browser <https://mail.zoutpakhuis.example/v/3b2e>", "",
            "[image: Museum Het Zoutpakhuis]"],
           ["*Copyright \u00a9 2026 Museum Het Zoutpakhuis, alle rechten voorbehouden.*",
            "Je ontvangt deze e-mail omdat je je hebt aangemeld voor de persberichten van Het Zoutpakhuis.",
            "", "*Ons postadres is:*", "Museum Het Zoutpakhuis", "Kade 12", "8861 AB Harlingerveen", "",
            "Wil je wijzigen hoe je deze e-mails ontvangt?",
            "Je kunt je voorkeuren aanpassen <https://mail.zoutpakhuis.example/p/3b2e> of je afmelden voor "
            "deze lijst <https://mail.zoutpakhuis.example/u/3b2e>."]),
}


def header_line(lang, name, value, spaced):
    # Outlook's French writes a space before the colon ("Objet : ...").
    return "%s%s: %s" % (name, " " if spaced else "", value)


def wrap(text, width):
    if not width:
        return [text]
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


def release_lines(rel, width, prefix=""):
    """The release as the issuer wrote it in the mail (greeting to disclaimer), one paragraph per
    blank-line-parted block, wrapped."""
    blocks = []
    if rel["greeting"]:
        blocks.append(rel["greeting"])
    if rel["kicker"]:
        blocks.append([rel["kicker"]])
    if rel["title_in_body"]:
        title = "*%s*" % rel["headline"] if rel["title_in_body"] == "bold" else rel["headline"]
        blocks.append([title] + ([rel["sub"]] if rel["sub"] else []))
    width = width - len(prefix) if width else width
    for i, p in enumerate(rel["body"]):
        blocks.append(wrap(((rel["dl"] + " ") if i == 0 and rel["dl"] else "") + p, width))
    if rel["about_head"]:
        blocks.append([rel["about_head"]])
    for p in rel["about"]:
        blocks.append(wrap(p, width))
    blocks.append(([rel["contact_head"]] if rel["contact_head"] else []) + rel["contact"])
    if rel["closing"]:
        blocks.append(rel["closing"])
    if rel["sig"]:
        blocks.append(["-- "] + rel["sig"])
    if rel["disclaimer"]:
        blocks.append(wrap(rel["disclaimer"], width))
    out = []
    for b in blocks:
        # the greeting and closing carry their own blank lines
        for line in b:
            out.append((prefix + line) if line else prefix.rstrip())
        out.append(prefix.rstrip())
    while out and out[-1] == prefix.rstrip():
        out.pop()
    return out


def spaced_colon(rel):
    return rel["lang"] == "fr" and rel["forward"] != "apple"


def mail_text(rel):
    w = rel["wrap"]
    lines = [header_line(rel["lang"], n, v, spaced_colon(rel)) for n, v in rel["headers"]]
    lines.append("")
    if rel["forward"]:
        lines += rel["fwd_note"] + [""]
        if rel["forward"] == "quote":
            lines.append(rel["attribution"])
            lines += release_lines(rel, w, "> ")
            return "\n".join(lines) + "\n"
        lines.append(FORWARD_MARKERS[rel["forward"]])
        if rel["forward"] == "apple":
            lines.append("")
        lines += [header_line(rel["lang"], n, v, False) for n, v in rel["inner"]]
        lines.append("")
    if rel["newsletter"]:
        top, bottom = NEWSLETTER[rel["lang"]]
        lines += top + [""] + release_lines(rel, w) + ["", ""] + bottom
    else:
        lines += release_lines(rel, w)
    return "\n".join(lines) + "\n"


def md_escape_pandoc(s):
    # an address in the header table is a mailto link: pandoc writes it as an autolink
    return s.replace("*", "\\*")


def mail_md(rel):
    """The HTML mail (Outlook's 'save as HTML': a bold-labelled header table, then the message) as
    html2text (links [text](url), line breaks two spaces, wrapped at 78) or pandoc -t markdown (escaped
    angle brackets, line breaks a backslash, wrapped at 72) write it."""
    pandoc = rel["md"] == "pandoc"
    width = 72 if pandoc else 78
    brk = "\\" if pandoc else "  "
    esc = md_escape_pandoc if pandoc else (lambda s: s)
    out = []
    heads = rel["headers"]
    out.append("\n".join("**%s:** %s%s" % (n, esc(v), brk if i < len(heads) - 1 else "")
                         for i, (n, v) in enumerate(heads)))
    blocks = []
    if rel["newsletter"]:
        blocks.append("[View this email in your browser](https://mc.marrowbylight.example/campaign/7f3a91)"
                      if rel["lang"] == "en" else
                      "[Ver este correo en el navegador](https://mc.cornisaazul.example/campana/52c8)")
        blocks.append("![%s](https://mc.%s.example/logo.png)" % (
            rel["org"], "marrowbylight" if rel["lang"] == "en" else "cornisaazul"))
    if rel["greeting"]:
        blocks.append("\n".join(l for l in rel["greeting"] if l))
    if rel["kicker"]:
        blocks.append("**%s**" % rel["kicker"].strip("*"))
    if rel["title_in_body"]:
        blocks.append("# %s" % rel["headline"] if not pandoc else "**%s**" % rel["headline"])
        if rel["sub"]:
            blocks.append("## %s" % rel["sub"] if not pandoc else "*%s*" % rel["sub"])
    for i, p in enumerate(rel["body"]):
        blocks.append("\n".join(textwrap.wrap(((rel["dl"] + " ") if i == 0 and rel["dl"] else "") + p,
                                              width=width, break_long_words=False, break_on_hyphens=False)))
    if rel["about_head"]:
        blocks.append("**%s**" % rel["about_head"])
    for p in rel["about"]:
        blocks.append("\n".join(textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False)))
    contact = ([rel["contact_head"]] if rel["contact_head"] else []) + rel["contact"]
    blocks.append((brk + "\n").join(contact))
    if rel["closing"]:
        blocks.append((brk + "\n").join(l for l in rel["closing"] if l))
    if rel["sig"]:
        blocks.append((brk + "\n").join(["--"] + rel["sig"]))
    if rel["disclaimer"]:
        blocks.append("\n".join(textwrap.wrap(rel["disclaimer"], width=width, break_long_words=False,
                                              break_on_hyphens=False)))
    if rel["newsletter"]:
        if rel["lang"] == "en":
            blocks += ["[Facebook](https://www.facebook.example/marrowbylight) "
                       "[Instagram](https://www.instagram.example/marrowbylight)",
                       "_Copyright \u00a9 2026 Marrowby Festival of Light CIC, All rights reserved._  \n"
                       "You are receiving this email because you signed up for press releases from the "
                       "Marrowby Festival of Light.",
                       "**Our mailing address is:**  \nMarrowby Festival of Light CIC  \nThe Old Exchange, "
                       "Market Place  \nMarrowby MW1 4HS",
                       "Want to change how you receive these emails?  \nYou can [update your preferences]"
                       "(https://mc.marrowbylight.example/profile?u=7f3a91) or [unsubscribe from this list]"
                       "(https://mc.marrowbylight.example/unsubscribe?u=7f3a91)."]
        else:
            blocks += ["S\u00edguenos: [Facebook](https://www.facebook.example/cornisaazul) | "
                       "[Instagram](https://www.instagram.example/cornisaazul)",
                       "_Copyright \u00a9 2026 Fundaci\u00f3n Cornisa Azul, todos los derechos reservados._  \n"
                       "Has recibido este correo porque te suscribiste a las notas de prensa de la "
                       "Fundaci\u00f3n Cornisa Azul.",
                       "**Nuestra direcci\u00f3n postal es:**  \nFundaci\u00f3n Cornisa Azul  \nPaseo del Faro 3  \n"
                       "11380 Puerto Arenal",
                       "\u00bfQuieres cambiar c\u00f3mo recibes estos correos?  \nPuedes [actualizar tus "
                       "preferencias](https://mc.cornisaazul.example/perfil?u=52c8) o [darte de baja de esta "
                       "lista](https://mc.cornisaazul.example/baja?u=52c8)."]
    return "\n\n".join(out + blocks) + "\n"


def shape_note(rel):
    parts = ["headers %s" % ", ".join(n for n, _ in rel["headers"])]
    if rel["forward"]:
        parts.append("forwarded (%s) under the forwarder's note" % rel["forward"])
    parts.append("title %s" % ("only in the Subject" if not rel["title_in_body"] else
                               "in the Subject and over the text (%s)" % rel["title_in_body"]))
    if rel["kicker"]:
        parts.append("release line %r" % rel["kicker"])
    parts.append("wrapped at %d" % rel["wrap"] if rel["wrap"] else "unwrapped")
    for k in ("greeting", "closing"):
        if rel[k]:
            parts.append(k)
    if rel["sig"]:
        parts.append("signature after '-- '")
    if rel["disclaimer"]:
        parts.append("legal disclaimer")
    if rel["newsletter"]:
        parts.append("newsletter furniture")
    return "; ".join(parts)


def gold_text(rel):
    docs = [rel["id"] + ".txt"] + ([rel["id"] + ".md"] if rel["md"] else [])
    producers = {"txt": "an e-mail saved as plain text by its mail client (%s)" % (
        "forwarded, %s" % rel["forward"] if rel["forward"] else "as received")}
    if rel["md"]:
        producers["md"] = "the HTML mail converted to Markdown by %s" % rel["md"]
    exp = {"language": rel["lang"], "headline": rel["headline"], "subheadline": rel["sub"],
           "dateline": {"location": rel["loc"], "date": rel["date"]} if rel["dl"] else None,
           "date": rel["date"], "body": rel["body"], "about": rel["about"], "emails": rel["emails"]}
    note = "%s release by e-mail; %s." % (rel["org"], shape_note(rel))
    if not rel["dl"]:
        note += " No dateline: the date is the send date of the issuer's own message%s." % (
            " (the forwarded one's, not the forward's)" if rel["forward"] else "")
    return json.dumps({"id": rel["id"], "documents": docs, "producers": producers, "expect": exp,
                       "source_note": note}, ensure_ascii=False, indent=1) + "\n"


def main():
    ns = {}
    exec(open(os.path.join(HERE, "releases.py"), encoding="utf-8").read(), ns)
    os.makedirs(OUT, exist_ok=True)
    for rel in ns["RELEASES"]:
        base = os.path.join(OUT, rel["id"])
        with open(base + ".txt", "w", encoding="utf-8") as fh:
            fh.write(mail_text(rel))
        if rel["md"]:
            with open(base + ".md", "w", encoding="utf-8") as fh:
                fh.write(mail_md(rel))
        with open(base + ".gold.json", "w", encoding="utf-8") as fh:
            fh.write(gold_text(rel))
    print("eval22: wrote %d releases to %s" % (len(ns["RELEASES"]), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
