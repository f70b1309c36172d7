# The releases of tests/eval31 (read by make.py): invented organisations,
# people, towns, addresses and numbers, each an abstract block list that
# make.py writes as TXT and as DOCX (LibreOffice exports the PDF). The gold
# ("expect") was written with the blocks, before pressmill was run on them.
# The set is about the media contact block: tables, several people in one
# block, labelled lines in seven languages, fax, messenger lines, e-mails
# split, marked, glued or written to fool harvesters, phones in each
# country's written forms, contact boxes beside and inside the text.
#
# Blocks (make.py renders them):
#  ("title", text)                 the title: a big bold run (TXT: its line)
#  ("p", text)  ("b", text)        a paragraph, a bold one-line paragraph
#  ("lines", [texts])              one paragraph, a w:br between its lines
#                                  (TXT: one line each, no blank line)
#  ("rows", [[cells]], [widths])   a bordered table, the first row a header
#                                  (TXT: the cells of a row joined by tabs);
#                                  widths in twips, narrow ones make the PDF
#                                  break a long address inside its cell
#  ("txbx", [texts])               a text box in the flow (wps:txbx with the
#                                  same text in the VML fallback)
#  ("side", [texts])               a narrow text box anchored at the right
#                                  margin of page 1, the text wrapping round
#                                  it: a sidebar (TXT: its lines after the
#                                  title, as a text export puts them)
#  ("small", text)                 a small-type paragraph (a note at the foot)
# Inline **bold**, *italic* and ^1^ (a superscript note mark; TXT: the same
# figure as a superscript character).


def E(lang, headline, loc, date, body, emails, phones, about=None):
    e = {"language": lang, "headline": headline, "dateline": {"location": loc, "date": date}, "date": date,
         "body": body, "emails": emails, "phones": phones}
    if about is not None:
        e["about"] = about
    return e


RELEASES = [
    {"id": "e31-en-01",
     "note": "A contact table at the foot (Name | Role | Phone | E-mail), two people, US numbers with an "
     "extension; the extension is part of the number as written.",
     "blocks": [("title", "Granite Falls library opens a tool lending shelf"),
                ("p", "GRANITE FALLS, Minn., March 3, 2026 \u2013 The Granite Falls Public Library now lends drills, "
                 "ladders and sewing machines to anyone with a library card."),
                ("p", "The shelf holds 140 tools donated by residents and two hardware stores on Prentice Street."),
                ("b", "Media contacts"),
                ("rows", [["Name", "Role", "Phone", "E-mail"],
                          ["Dolores Ekberg", "Library director", "(320) 555-0142 ext. 12", "dekberg@gflibrary.example"],
                          ["Avery Lindqvist", "Communications", "320-555-0187", "alindqvist@gflibrary.example"]],
                 [2000, 2000, 2400, 2600])],
     "expect": E("en", "Granite Falls library opens a tool lending shelf", "GRANITE FALLS", "2026-03-03",
                 ["The Granite Falls Public Library now lends drills, ladders and sewing machines to anyone with a "
                  "library card.",
                  "The shelf holds 140 tools donated by residents and two hardware stores on Prentice Street."],
                 ["dekberg@gflibrary.example", "alindqvist@gflibrary.example"],
                 ["(320) 555-0142 ext. 12", "320-555-0187"])},

    {"id": "e31-en-02",
     "note": "Two people in one contact block, each with labelled Tel./Mob./Fax lines in UK written forms "
     "(+44 (0)20 \u2026, 07700 \u2026); a fax number is a number the document gives, so a phone; the first "
     "address carries a superscript note mark whose note is at the foot (not body).",
     "blocks": [("title", "Thamesmead rowing club builds a floating pontoon"),
                ("p", "LONDON, 14 April 2026 \u2013 Thamesmead Rowing Club has begun building a floating pontoon that "
                 "rises and falls with the tide, so that juniors can launch at any hour."),
                ("p", "The pontoon is 36 metres long and was paid for by a lottery grant and 400 members."),
                ("b", "Press enquiries"),
                ("lines", ["Harriet Okonjo, Club Secretary", "Tel. +44 (0)20 7946 0312",
                           "Mob. 07700 900 418", "Fax +44 (0)20 7946 0399",
                           "press@thamesmeadrowing.example^1^"]),
                ("lines", ["Gideon Frayne, Boatman", "Tel. +44 (0)20 7946 0316",
                           "gideon.frayne@thamesmeadrowing.example"]),
                ("small", "^1^ Read on weekdays between 9:00 and 17:00.")],
     "expect": E("en", "Thamesmead rowing club builds a floating pontoon", "LONDON", "2026-04-14",
                 ["Thamesmead Rowing Club has begun building a floating pontoon that rises and falls with the tide, "
                  "so that juniors can launch at any hour.",
                  "The pontoon is 36 metres long and was paid for by a lottery grant and 400 members."],
                 ["press@thamesmeadrowing.example", "gideon.frayne@thamesmeadrowing.example"],
                 ["+44 (0)20 7946 0312", "07700 900 418", "+44 (0)20 7946 0399", "+44 (0)20 7946 0316"])},

    {"id": "e31-en-03",
     "note": "A sidebar on page 1 (a narrow text box at the right margin) holding the contact: name, a Signal "
     "line, a toll-free number and an e-mail glued to its label; the body wraps round it.",
     "blocks": [("title", "Cobalt Ridge school district adds late buses"),
                ("side", ["MEDIA CONTACT", "Renata Szabo", "Office 1-800-555-0163", "Signal +1 555 010 4477",
                          "Emailrszabo@cobaltridge.example"]),
                ("p", "COBALT RIDGE, Colo., Sept. 8, 2026 \u2013 The Cobalt Ridge School District will run three late "
                 "buses on weekdays from October, so that students in after-school clubs and sports can get home "
                 "without a parent driving out to collect them."),
                ("p", "The buses leave the high school at 5:30 p.m. and stop at every middle school on the way to the "
                 "three outlying villages of the district."),
                ("p", "The district expects about 180 riders a day and will review the routes after the winter "
                 "break.")],
     "expect": E("en", "Cobalt Ridge school district adds late buses", "COBALT RIDGE", "2026-09-08",
                 ["The Cobalt Ridge School District will run three late buses on weekdays from October, so that "
                  "students in after-school clubs and sports can get home without a parent driving out to collect "
                  "them.",
                  "The buses leave the high school at 5:30 p.m. and stop at every middle school on the way to the "
                  "three outlying villages of the district.",
                  "The district expects about 180 riders a day and will review the routes after the winter break."],
                 ["rszabo@cobaltridge.example"],
                 ["1-800-555-0163", "+1 555 010 4477"])},

    {"id": "e31-fr-01",
     "note": "The contact in a text box at the foot: T\u00e9l., Port. and Fax lines in French written forms "
     "(+33 (0)1 \u2026, 06 \u2026), the press address written to fool harvesters with [at] and [dot]: the "
     "address.",
     "blocks": [("title", "Saint-Aubrac rouvre sa piscine municipale"),
                ("p", "Saint-Aubrac, le 2 juin 2026 \u2013 La piscine municipale de Saint-Aubrac rouvre ses portes "
                 "samedi apr\u00e8s dix-huit mois de travaux de r\u00e9novation \u00e9nerg\u00e9tique."),
                ("p", "Le bassin est d\u00e9sormais chauff\u00e9 par des panneaux solaires pos\u00e9s sur le toit du "
                 "gymnase voisin."),
                ("txbx", ["Contact presse", "Mireille Castagn\u00e9, charg\u00e9e de communication",
                          "T\u00e9l. : +33 (0)1 45 67 89 10", "Port. : 06 12 34 56 78",
                          "Fax : +33 (0)1 45 67 89 11", "presse [at] saint-aubrac [dot] fr"])],
     "expect": E("fr", "Saint-Aubrac rouvre sa piscine municipale", "Saint-Aubrac", "2026-06-02",
                 ["La piscine municipale de Saint-Aubrac rouvre ses portes samedi apr\u00e8s dix-huit mois de "
                  "travaux de r\u00e9novation \u00e9nerg\u00e9tique.",
                  "Le bassin est d\u00e9sormais chauff\u00e9 par des panneaux solaires pos\u00e9s sur le toit du "
                  "gymnase voisin."],
                 ["presse@saint-aubrac.fr"],
                 ["+33 (0)1 45 67 89 10", "06 12 34 56 78", "+33 (0)1 45 67 89 11"])},

    {"id": "e31-fr-02",
     "note": "A contact table with a narrow e-mail column: the PDF breaks the long address inside its cell "
     "(after a hyphen), the DOCX and TXT keep it whole; the address is one.",
     "blocks": [("title", "La communaut\u00e9 de communes du Val d'Orveille ouvre un tiers-lieu"),
                ("p", "Orveille, le 19 mars 2026 \u2013 La communaut\u00e9 de communes du Val d'Orveille ouvre un "
                 "tiers-lieu dans l'ancienne gare, avec des bureaux partag\u00e9s et un atelier de "
                 "r\u00e9paration."),
                ("p", "Le lieu sera ouvert six jours sur sept et g\u00e9r\u00e9 par une association de "
                 "b\u00e9n\u00e9voles."),
                ("b", "Contacts presse"),
                ("rows", [["Nom", "Fonction", "T\u00e9l\u00e9phone", "Courriel"],
                          ["Anne-Claire Dupont-Moreau", "Directrice de la communication", "05 55 12 34 56",
                           "anne-claire.dupont-moreau@valdorveille-communaute.example"],
                          ["Th\u00e9o Baradat", "Attach\u00e9 de presse", "07 81 22 40 19",
                           "theo.baradat@valdorveille-communaute.example"]],
                 [2400, 2400, 2000, 2200])],
     "expect": E("fr", "La communaut\u00e9 de communes du Val d'Orveille ouvre un tiers-lieu", "Orveille",
                 "2026-03-19",
                 ["La communaut\u00e9 de communes du Val d'Orveille ouvre un tiers-lieu dans l'ancienne gare, avec "
                  "des bureaux partag\u00e9s et un atelier de r\u00e9paration.",
                  "Le lieu sera ouvert six jours sur sept et g\u00e9r\u00e9 par une association de "
                  "b\u00e9n\u00e9voles."],
                 ["anne-claire.dupont-moreau@valdorveille-communaute.example",
                  "theo.baradat@valdorveille-communaute.example"],
                 ["05 55 12 34 56", "07 81 22 40 19"])},

    {"id": "e31-de-01",
     "note": "Two people in one Pressekontakt block, Tel./Handy/Fax lines (+49 (0)30 \u2026, 0171 \u2026), "
     "a Signal line, and one address written name(at)org.de: the address.",
     "blocks": [("title", "Bezirk Lindenhain pflanzt 300 Stra\u00dfenb\u00e4ume"),
                ("p", "Berlin, 5. November 2026 \u2013 Das Bezirksamt Lindenhain pflanzt bis M\u00e4rz 300 neue "
                 "Stra\u00dfenb\u00e4ume, vor allem Linden und Feldahorn."),
                ("p", "Anwohnerinnen und Anwohner k\u00f6nnen Gie\u00dfpatenschaften f\u00fcr einzelne B\u00e4ume "
                 "\u00fcbernehmen."),
                ("b", "Pressekontakt"),
                ("lines", ["Katrin Wollenweber, Pressesprecherin", "Tel.: +49 (0)30 9029 4410",
                           "Handy: 0171 234 5678", "Fax: +49 (0)30 9029 4419",
                           "E-Mail: k.wollenweber(at)lindenhain.de"]),
                ("lines", ["Jannik Oberheim, Stra\u00dfen- und Gr\u00fcnfl\u00e4chenamt",
                           "Tel.: +49 (0)30 9029 4471", "Signal: +49 170 555 2290",
                           "E-Mail: j.oberheim@lindenhain.example"])],
     "expect": E("de", "Bezirk Lindenhain pflanzt 300 Stra\u00dfenb\u00e4ume", "Berlin", "2026-11-05",
                 ["Das Bezirksamt Lindenhain pflanzt bis M\u00e4rz 300 neue Stra\u00dfenb\u00e4ume, vor allem "
                  "Linden und Feldahorn.",
                  "Anwohnerinnen und Anwohner k\u00f6nnen Gie\u00dfpatenschaften f\u00fcr einzelne B\u00e4ume "
                  "\u00fcbernehmen."],
                 ["k.wollenweber@lindenhain.de", "j.oberheim@lindenhain.example"],
                 ["+49 (0)30 9029 4410", "0171 234 5678", "+49 (0)30 9029 4419", "+49 (0)30 9029 4471",
                  "+49 170 555 2290"])},

    {"id": "e31-de-02",
     "note": "A sidebar on page 1 with the press office: a freephone 0800 hotline and a Mobil line; the "
     "body wraps round it.",
     "blocks": [("title", "Stadtwerke Kornbach stellen auf Wasserstoffbusse um"),
                ("side", ["Pressestelle", "Lutz Brenneisen", "Hotline: 0800 555 3141", "Mobil: 0152 555 01 77",
                          "presse@stadtwerke-kornbach.example"]),
                ("p", "Kornbach, 21. Januar 2027 \u2013 Die Stadtwerke Kornbach ersetzen bis Ende 2028 alle "
                 "Dieselbusse im Stadtverkehr durch Busse mit Brennstoffzelle, die an einer eigenen Tankstelle "
                 "im Betriebshof Nord betankt werden."),
                ("p", "Den Wasserstoff liefert ein Elektrolyseur am Kl\u00e4rwerk, der Strom aus dem Solarpark "
                 "an der Autobahn bezieht und nachts die Tanks der ersten zw\u00f6lf Busse f\u00fcllt."),
                ("p", "Die ersten Busse fahren ab April auf der Linie 4 zwischen Bahnhof und Klinikum.")],
     "expect": E("de", "Stadtwerke Kornbach stellen auf Wasserstoffbusse um", "Kornbach", "2027-01-21",
                 ["Die Stadtwerke Kornbach ersetzen bis Ende 2028 alle Dieselbusse im Stadtverkehr durch Busse mit "
                  "Brennstoffzelle, die an einer eigenen Tankstelle im Betriebshof Nord betankt werden.",
                  "Den Wasserstoff liefert ein Elektrolyseur am Kl\u00e4rwerk, der Strom aus dem Solarpark an der "
                  "Autobahn bezieht und nachts die Tanks der ersten zw\u00f6lf Busse f\u00fcllt.",
                  "Die ersten Busse fahren ab April auf der Linie 4 zwischen Bahnhof und Klinikum."],
                 ["presse@stadtwerke-kornbach.example"],
                 ["0800 555 3141", "0152 555 01 77"])},

    {"id": "e31-es-01",
     "note": "Contacto de prensa with M\u00f3vil and Tel. lines (+34 \u2026), the address written "
     "prensa [arroba] \u2026 [punto] es, and a second address glued to its label (Correoprensa@\u2026).",
     "blocks": [("title", "Villaseca del Ebro estrena un carril bici hasta la estaci\u00f3n"),
                ("p", "Villaseca del Ebro, 10 de febrero de 2026 \u2013 El Ayuntamiento de Villaseca del Ebro ha "
                 "abierto un carril bici de cuatro kil\u00f3metros entre el casco antiguo y la estaci\u00f3n de "
                 "tren."),
                ("p", "El carril est\u00e1 separado de la calzada por un bordillo y tiene alumbrado en todo su "
                 "recorrido."),
                ("b", "Contacto de prensa"),
                ("lines", ["Roc\u00edo Almansa, jefa de prensa", "Tel.: +34 976 555 214", "M\u00f3vil: 612 345 678",
                           "prensa [arroba] villasecadelebro [punto] es"]),
                ("lines", ["Gabinete de Alcald\u00eda", "Correogabinete@villasecadelebro.example"])],
     "expect": E("es", "Villaseca del Ebro estrena un carril bici hasta la estaci\u00f3n", "Villaseca del Ebro",
                 "2026-02-10",
                 ["El Ayuntamiento de Villaseca del Ebro ha abierto un carril bici de cuatro kil\u00f3metros entre "
                  "el casco antiguo y la estaci\u00f3n de tren.",
                  "El carril est\u00e1 separado de la calzada por un bordillo y tiene alumbrado en todo su recorrido."],
                 ["prensa@villasecadelebro.es", "gabinete@villasecadelebro.example"],
                 ["+34 976 555 214", "612 345 678"])},

    {"id": "e31-es-02",
     "note": "A contact table (Nombre | Cargo | Tel\u00e9fono | Correo) with a WhatsApp row under it.",
     "blocks": [("title", "La Cooperativa Frut\u00edcola del Jal\u00f3n abre una planta de zumos"),
                ("p", "Calatorao, 7 de octubre de 2026 \u2013 La Cooperativa Frut\u00edcola del Jal\u00f3n ha "
                 "inaugurado una planta que convierte en zumo la fruta que no llega al calibre de venta."),
                ("p", "La planta procesar\u00e1 3.000 toneladas de manzana y pera al a\u00f1o."),
                ("b", "Contactos"),
                ("rows", [["Nombre", "Cargo", "Tel\u00e9fono", "Correo"],
                          ["Itziar Goicoechea", "Directora de comunicaci\u00f3n", "+34 976 555 380",
                           "itziar@fruticolajalon.example"],
                          ["Mateo Lacambra", "Prensa", "+34 699 555 104", "prensa@fruticolajalon.example"]],
                 [2200, 2400, 2200, 2200]),
                ("p", "WhatsApp para medios: +34 699 555 105")],
     "expect": E("es", "La Cooperativa Frut\u00edcola del Jal\u00f3n abre una planta de zumos", "Calatorao",
                 "2026-10-07",
                 ["La Cooperativa Frut\u00edcola del Jal\u00f3n ha inaugurado una planta que convierte en zumo la "
                  "fruta que no llega al calibre de venta.",
                  "La planta procesar\u00e1 3.000 toneladas de manzana y pera al a\u00f1o."],
                 ["itziar@fruticolajalon.example", "prensa@fruticolajalon.example"],
                 ["+34 976 555 380", "+34 699 555 104", "+34 699 555 105"])},

    {"id": "e31-it-01",
     "note": "Contatti stampa: two people, Tel./Cellulare/Fax lines in Italian written forms (+39 06 \u2026, "
     "333 \u2026), one address written ufficiostampa(at)\u2026 with a figure glued after it (a note mark).",
     "blocks": [("title", "Il Comune di Castelpietra apre un asilo nido nel vecchio convento"),
                ("p", "Castelpietra, 16 settembre 2026 \u2013 Il Comune di Castelpietra ha inaugurato un asilo nido "
                 "per quaranta bambini nei locali restaurati del convento di San Rocco."),
                ("p", "Le iscrizioni per il prossimo anno si aprono a gennaio sul sito del Comune."),
                ("b", "Contatti stampa"),
                ("lines", ["Ilaria Bonfiglio, portavoce del sindaco", "Tel. +39 06 5550 3121",
                           "Cellulare 333 555 0192", "Fax 06 5550 3129", "ufficiostampa(at)castelpietra.it^2^"]),
                ("lines", ["Paolo Ferracane, assessore all'istruzione", "Cell. +39 347 555 0610",
                           "p.ferracane@castelpietra.example"]),
                ("small", "^2^ Indirizzo riservato ai giornalisti.")],
     "expect": E("it", "Il Comune di Castelpietra apre un asilo nido nel vecchio convento", "Castelpietra",
                 "2026-09-16",
                 ["Il Comune di Castelpietra ha inaugurato un asilo nido per quaranta bambini nei locali restaurati "
                  "del convento di San Rocco.",
                  "Le iscrizioni per il prossimo anno si aprono a gennaio sul sito del Comune."],
                 ["ufficiostampa@castelpietra.it", "p.ferracane@castelpietra.example"],
                 ["+39 06 5550 3121", "333 555 0192", "06 5550 3129", "+39 347 555 0610"])},

    {"id": "e31-nl-01",
     "note": "Noot voor de redactie in a text box: Telefoon (+31 (0)20 \u2026) and Mobiel (06 \u2026) lines "
     "and a WhatsApp line.",
     "blocks": [("title", "Gemeente Amstelwijde opent fietsenstalling onder het Stationsplein"),
                ("p", "Amstelwijde, 30 januari 2026 \u2013 De gemeente Amstelwijde opent maandag een "
                 "fietsenstalling voor 4.000 fietsen onder het Stationsplein."),
                ("p", "De eerste 24 uur stallen is gratis; daarna kost een dag 1,25 euro."),
                ("txbx", ["Noot voor de redactie", "Sanne Hoekstra, woordvoerder", "Telefoon: +31 (0)20 555 7120",
                          "Mobiel: 06 55 51 23 40", "WhatsApp: +31 6 5555 0878", "pers@amstelwijde.example"])],
     "expect": E("nl", "Gemeente Amstelwijde opent fietsenstalling onder het Stationsplein", "Amstelwijde",
                 "2026-01-30",
                 ["De gemeente Amstelwijde opent maandag een fietsenstalling voor 4.000 fietsen onder het "
                  "Stationsplein.",
                  "De eerste 24 uur stallen is gratis; daarna kost een dag 1,25 euro."],
                 ["pers@amstelwijde.example"],
                 ["+31 (0)20 555 7120", "06 55 51 23 40", "+31 6 5555 0878"])},

    {"id": "e31-pt-01",
     "note": "Contactos para a imprensa: two people, Tel. and Telem\u00f3vel lines (+351 \u2026), one address "
     "written imprensa [arroba] \u2026 [ponto] pt, a WhatsApp line.",
     "blocks": [("title", "C\u00e2mara de Vilarinho do Sado abre centro de dia para idosos"),
                ("p", "Vilarinho do Sado, 22 de maio de 2026 \u2013 A C\u00e2mara Municipal de Vilarinho do Sado "
                 "inaugurou um centro de dia com capacidade para sessenta utentes na antiga escola prim\u00e1ria."),
                ("p", "O centro funciona de segunda a s\u00e1bado e tem transporte pr\u00f3prio para as aldeias do "
                 "concelho."),
                ("b", "Contactos para a imprensa"),
                ("lines", ["Beatriz Quaresma, assessora de imprensa", "Tel.: +351 265 555 120",
                           "Telem\u00f3vel: +351 912 555 341", "imprensa [arroba] cm-vilarinhodosado [ponto] pt"]),
                ("lines", ["Nuno Valadares, vereador", "Telem\u00f3vel: 963 555 027", "WhatsApp: +351 963 555 028",
                           "nuno.valadares@cm-vilarinho.example"])],
     "expect": E("pt", "C\u00e2mara de Vilarinho do Sado abre centro de dia para idosos", "Vilarinho do Sado",
                 "2026-05-22",
                 ["A C\u00e2mara Municipal de Vilarinho do Sado inaugurou um centro de dia com capacidade para "
                  "sessenta utentes na antiga escola prim\u00e1ria.",
                  "O centro funciona de segunda a s\u00e1bado e tem transporte pr\u00f3prio para as aldeias do "
                  "concelho."],
                 ["imprensa@cm-vilarinhodosado.pt", "nuno.valadares@cm-vilarinho.example"],
                 ["+351 265 555 120", "+351 912 555 341", "963 555 027", "+351 963 555 028"])},
]
