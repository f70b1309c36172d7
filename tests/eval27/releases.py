# The releases of tests/eval27 (read by make.py): invented organisations,
# people and towns, each an abstract block list that make.py writes in the
# shape of a DOCX not typed in Word by a person - converted from a PDF
# (Acrobat's Export to Word, Word's PDF reflow, online converters, ABBYY)
# or built from a template by automation. The gold ("expect") was written
# with the blocks, before pressmill was run on them.
#
# Blocks (make.py renders them):
#  ("frame", text, half_points)   a positioned frame (w:framePr), bold
#  ("txbx", [texts], half_points) a text box: wps:txbx in mc:Choice and the
#                                  same text again in the VML mc:Fallback
#  ("lines", text)                 one paragraph per visual line (exact spacing)
#  ("lines_sp", text)              the same, the last line with space after
#  ("br", text)                    one paragraph, w:br at each visual line end
#  ("p", text)  ("b", text)  ("i", text)  ("big", text)   Normal paragraphs
#  ("tabs", [pieces])              one line laid out with tabs
#  ("spaces", [pieces])            one line laid out with runs of spaces
#  ("tbl", [[texts], [texts]])     a borderless layout table, one row
#  ("box", [texts])                a one-cell bordered table
#  ("sdt", alias, [blocks])        a content control around blocks
#  ("cols", n)                     a section break: what follows is in n columns
# Inline **bold** and *italic*.


def E(lang, headline, sub, loc, date, body, about, emails):
    return {"language": lang, "headline": headline, "subheadline": sub,
            "dateline": {"location": loc, "date": date}, "date": date,
            "body": body, "about": about, "emails": emails}


RELEASES = [
    {"id": "e27-en-01", "producer": "acrobat",
     "note": "Acrobat Export to Word: letterhead and title in positioned frames, every visual line of the body its "
     "own paragraph with exact line spacing, no space between paragraphs; About heading bold.",
     "wrap": 88,
     "blocks": [("frame", "FENWICK HARBOUR BOARD", 20), ("frame", "NEWS RELEASE", 18),
                ("frame", "Fenwick harbour opens a shore power berth for ferries", 36),
                ("lines", "FENWICK, 9 March 2026 \u2013 The Fenwick Harbour Board has switched on a shore power berth that "
                 "lets the island ferries turn off their engines while they wait at the quay overnight."),
                ("lines", "The berth draws 4 megawatts from the grid through a new substation behind the fish market "
                 "and cuts the harbour's diesel use by an estimated 1,100 tonnes a year."),
                ("lines", "\u201cPeople living on the waterfront will notice the quiet first,\u201d said Moira Calder, "
                 "the board's chief executive. \u201cThe air will follow.\u201d"),
                ("b", "About Fenwick Harbour Board"),
                ("lines", "The Fenwick Harbour Board is a trust port that has run the harbour since 1862 and handles "
                 "about 300,000 ferry passengers a year."),
                ("p", "Media: Callum Brodie, press@fenwickharbour.example")],
     "expect": E("en", "Fenwick harbour opens a shore power berth for ferries", None, "FENWICK", "2026-03-09",
                 ["The Fenwick Harbour Board has switched on a shore power berth that lets the island ferries turn "
                  "off their engines while they wait at the quay overnight.",
                  "The berth draws 4 megawatts from the grid through a new substation behind the fish market and "
                  "cuts the harbour's diesel use by an estimated 1,100 tonnes a year.",
                  "\u201cPeople living on the waterfront will notice the quiet first,\u201d said Moira Calder, the "
                  "board's chief executive. \u201cThe air will follow.\u201d"],
                 ["The Fenwick Harbour Board is a trust port that has run the harbour since 1862 and handles about "
                  "300,000 ferry passengers a year."],
                 ["press@fenwickharbour.example"])},

    {"id": "e27-fr-01", "producer": "reflow",
     "note": "Word's PDF reflow: each paragraph one w:p with a w:br at every visual line end; the deck in italics; "
     "the letterhead a line laid out with tabs.",
     "wrap": 84,
     "blocks": [("tabs", ["Syndicat des eaux de Vernouillet", "COMMUNIQU\u00c9 DE PRESSE"]),
                ("big", "Vernouillet remplace 14 kilom\u00e8tres de conduites en fonte"),
                ("i", "Les travaux dureront trois ans et r\u00e9duiront les fuites de moiti\u00e9"),
                ("br", "Vernouillet, le 21 avril 2026 \u2013 Le Syndicat des eaux de Vernouillet lance le "
                 "remplacement de quatorze kilom\u00e8tres de conduites en fonte pos\u00e9es dans les ann\u00e9es "
                 "1950 sous le centre-ville et les hameaux du plateau."),
                ("br", "Aujourd'hui, pr\u00e8s d'un litre sur quatre se perd avant d'arriver au robinet. Les nouvelles "
                 "conduites en polyéthyl\u00e8ne seront pos\u00e9es rue par rue, sans coupure de plus d'une demi-journ\u00e9e."),
                ("br", "\u00ab Chaque litre perdu est un litre pomp\u00e9 pour rien dans la nappe \u00bb, rappelle "
                 "Sol\u00e8ne Marchetti, pr\u00e9sidente du syndicat."),
                ("b", "\u00c0 propos du Syndicat des eaux de Vernouillet"),
                ("br", "Le Syndicat des eaux de Vernouillet distribue l'eau potable de onze communes et de 42 000 "
                 "habitants depuis 1961."),
                ("p", "Contact presse : Armand Lefebure \u2013 presse@eaux-vernouillet.example")],
     "expect": E("fr", "Vernouillet remplace 14 kilom\u00e8tres de conduites en fonte",
                 "Les travaux dureront trois ans et r\u00e9duiront les fuites de moiti\u00e9", "Vernouillet",
                 "2026-04-21",
                 ["Le Syndicat des eaux de Vernouillet lance le remplacement de quatorze kilom\u00e8tres de conduites "
                  "en fonte pos\u00e9es dans les ann\u00e9es 1950 sous le centre-ville et les hameaux du plateau.",
                  "Aujourd'hui, pr\u00e8s d'un litre sur quatre se perd avant d'arriver au robinet. Les nouvelles "
                  "conduites en polyéthyl\u00e8ne seront pos\u00e9es rue par rue, sans coupure de plus d'une "
                  "demi-journ\u00e9e.",
                  "\u00ab Chaque litre perdu est un litre pomp\u00e9 pour rien dans la nappe \u00bb, rappelle "
                  "Sol\u00e8ne Marchetti, pr\u00e9sidente du syndicat."],
                 ["Le Syndicat des eaux de Vernouillet distribue l'eau potable de onze communes et de 42 000 "
                  "habitants depuis 1961."],
                 ["presse@eaux-vernouillet.example"])},

    {"id": "e27-de-01", "producer": "converter",
     "note": "Online PDF-to-Word converter: letterhead and title each in a text box (wps:txbx with the same text "
     "again in the VML fallback), the body one paragraph per visual line, the last line of each paragraph with "
     "space after; the About in a text box at the foot.",
     "wrap": 86,
     "blocks": [("txbx", ["Genossenschaft Bergwald Ottenried", "Pressemitteilung"], 20),
                ("txbx", ["Bergwald Ottenried pflanzt 40.000 Tannen auf Sturmfl\u00e4chen"], 34),
                ("lines_sp", "Ottenried, 3. Februar 2026 \u2013 Die Genossenschaft Bergwald Ottenried forstet in diesem "
                 "Fr\u00fchjahr 60 Hektar Sturmfl\u00e4chen am Kesselberg mit Wei\u00dftannen und Bergahorn auf."),
                ("lines_sp", "Die Setzlinge stammen aus der eigenen Baumschule im Tal. Freiwillige aus den "
                 "Nachbargemeinden helfen an vier Samstagen im M\u00e4rz und April beim Pflanzen."),
                ("lines_sp", "\u201eDer Fichtenwald von fr\u00fcher kommt nicht zur\u00fcck, und das ist gut so\u201c, "
                 "sagte Vorstand Ludwig Hegenauer."),
                ("txbx", ["\u00dcber die Genossenschaft Bergwald Ottenried",
                          "Die Genossenschaft Bergwald Ottenried bewirtschaftet seit 1921 rund 1.800 Hektar "
                          "Bergwald im Besitz von 230 Mitgliedern.",
                          "Pressekontakt: Vroni Aschbacher, presse@bergwald-ottenried.example"], 20)],
     "expect": E("de", "Bergwald Ottenried pflanzt 40.000 Tannen auf Sturmfl\u00e4chen", None, "Ottenried",
                 "2026-02-03",
                 ["Die Genossenschaft Bergwald Ottenried forstet in diesem Fr\u00fchjahr 60 Hektar Sturmfl\u00e4chen "
                  "am Kesselberg mit Wei\u00dftannen und Bergahorn auf.",
                  "Die Setzlinge stammen aus der eigenen Baumschule im Tal. Freiwillige aus den Nachbargemeinden "
                  "helfen an vier Samstagen im M\u00e4rz und April beim Pflanzen.",
                  "\u201eDer Fichtenwald von fr\u00fcher kommt nicht zur\u00fcck, und das ist gut so\u201c, sagte "
                  "Vorstand Ludwig Hegenauer."],
                 ["Die Genossenschaft Bergwald Ottenried bewirtschaftet seit 1921 rund 1.800 Hektar Bergwald im "
                  "Besitz von 230 Mitgliedern."],
                 ["presse@bergwald-ottenried.example"])},

    {"id": "e27-es-01", "producer": "abbyy",
     "note": "ABBYY FineReader: the title in a frame, the deck bold, the body in a two-column section, one "
     "paragraph per visual column line; the About in a text box sidebar in the right column.",
     "wrap": 44,
     "blocks": [("frame", "Cooperativa Olivarera de Almazuela", 20),
                ("frame", "Almazuela estrena una almazara que aprovecha el hueso de aceituna", 34),
                ("b", "La planta quemar\u00e1 el hueso para calentar el agua del proceso"),
                ("cols", 2),
                ("lines", "Almazuela, 12 de enero de 2026 \u2013 La Cooperativa Olivarera de Almazuela ha puesto en "
                 "marcha una almazara nueva que separa el hueso de la aceituna y lo usa como combustible."),
                ("lines", "La caldera de biomasa cubre todo el calor que necesita la planta durante la campa\u00f1a, "
                 "de noviembre a febrero."),
                ("lines", "\u00abAntes pag\u00e1bamos por llevarnos el hueso y ahora nos ahorra el gas\u00bb, "
                 "explic\u00f3 la gerente, Remedios Alcocer."),
                ("b", "Sobre la Cooperativa Olivarera de Almazuela"),
                ("lines", "La Cooperativa Olivarera de Almazuela re\u00fane a 640 olivareros y molt\u00f3 21 "
                 "millones de kilos de aceituna en la \u00faltima campa\u00f1a."),
                ("p", "Prensa: prensa@olivarera-almazuela.example")],
     "expect": E("es", "Almazuela estrena una almazara que aprovecha el hueso de aceituna",
                 "La planta quemar\u00e1 el hueso para calentar el agua del proceso", "Almazuela", "2026-01-12",
                 ["La Cooperativa Olivarera de Almazuela ha puesto en marcha una almazara nueva que separa el hueso "
                  "de la aceituna y lo usa como combustible.",
                  "La caldera de biomasa cubre todo el calor que necesita la planta durante la campa\u00f1a, de "
                  "noviembre a febrero.",
                  "\u00abAntes pag\u00e1bamos por llevarnos el hueso y ahora nos ahorra el gas\u00bb, explic\u00f3 la "
                  "gerente, Remedios Alcocer."],
                 ["La Cooperativa Olivarera de Almazuela re\u00fane a 640 olivareros y molt\u00f3 21 millones de "
                  "kilos de aceituna en la \u00faltima campa\u00f1a."],
                 ["prensa@olivarera-almazuela.example"])},

    {"id": "e27-it-01", "producer": "converter",
     "note": "Online converter: the letterhead a line laid out with runs of spaces, the title and deck as "
     "paragraphs split at each visual line, the body one paragraph per visual line with no space cue; the About "
     "heading in capitals.",
     "wrap": 80,
     "blocks": [("spaces", ["Consorzio Bonifica Val Maresca", "COMUNICATO STAMPA"]),
                ("lines_big", "Il Consorzio Val Maresca rialza gli argini del torrente Lisca per tre chilometri"),
                ("i", "I lavori proteggeranno 900 abitazioni di Borgo Lisca dalle piene"),
                ("lines", "Borgo Lisca, 17 marzo 2026 \u2013 Il Consorzio di Bonifica Val Maresca ha avviato i "
                 "lavori per rialzare di un metro gli argini del torrente Lisca tra il ponte vecchio e la confluenza."),
                ("lines", "L'intervento costa 6,2 milioni di euro, finanziati dalla Regione, e si concluder\u00e0 "
                 "entro l'autunno del 2027."),
                ("lines", "\u00abDopo l'alluvione del 2023 non potevamo aspettare oltre\u00bb, ha detto il presidente "
                 "Ottavio Ferrandi."),
                ("b", "IL CONSORZIO"),
                ("lines", "Il Consorzio di Bonifica Val Maresca gestisce 420 chilometri di canali e undici impianti "
                 "idrovori in diciotto comuni."),
                ("p", "Ufficio stampa: stampa@bonificamaresca.example")],
     "expect": E("it", "Il Consorzio Val Maresca rialza gli argini del torrente Lisca per tre chilometri",
                 "I lavori proteggeranno 900 abitazioni di Borgo Lisca dalle piene", "Borgo Lisca", "2026-03-17",
                 ["Il Consorzio di Bonifica Val Maresca ha avviato i lavori per rialzare di un metro gli argini del "
                  "torrente Lisca tra il ponte vecchio e la confluenza.",
                  "L'intervento costa 6,2 milioni di euro, finanziati dalla Regione, e si concluder\u00e0 entro "
                  "l'autunno del 2027.",
                  "\u00abDopo l'alluvione del 2023 non potevamo aspettare oltre\u00bb, ha detto il presidente Ottavio "
                  "Ferrandi."],
                 ["Il Consorzio di Bonifica Val Maresca gestisce 420 chilometri di canali e undici impianti "
                  "idrovori in diciotto comuni."],
                 ["stampa@bonificamaresca.example"])},

    {"id": "e27-nl-01", "producer": "template",
     "note": "Built from a template: a two-cell letterhead table (organisation | PERSBERICHT and date), the title "
     "a big bold run in Normal, no Heading styles, the About under a bold line, the contacts in a two-column "
     "table at the end.",
     "blocks": [("tbl", [["Waterschap Lingerveld"], ["PERSBERICHT", "Lingerveld, 5 mei 2026"]]),
                ("big", "Waterschap Lingerveld legt vispassage aan bij stuw Hoornwijk"),
                ("p", "Het Waterschap Lingerveld begint in juni met de aanleg van een vispassage naast de stuw bij "
                 "Hoornwijk, zodat paling en winde weer stroomopwaarts kunnen zwemmen."),
                ("p", "De passage bestaat uit veertig kleine bekkens met een verval van vijf centimeter elk."),
                ("p", "\u201eDe stuw was honderd jaar een muur voor de vis\u201d, zegt dijkgraaf Jorien Smedinga."),
                ("b", "Over Waterschap Lingerveld"),
                ("p", "Waterschap Lingerveld zorgt voor droge voeten en schoon water voor 310.000 inwoners in "
                 "het rivierengebied."),
                ("tbl", [["Pers", "Sietske Vlaar"], ["pers@lingerveld.example", "+31 6 1234 5678"]])],
     "expect": E("nl", "Waterschap Lingerveld legt vispassage aan bij stuw Hoornwijk", None, "Lingerveld",
                 "2026-05-05",
                 ["Het Waterschap Lingerveld begint in juni met de aanleg van een vispassage naast de stuw bij "
                  "Hoornwijk, zodat paling en winde weer stroomopwaarts kunnen zwemmen.",
                  "De passage bestaat uit veertig kleine bekkens met een verval van vijf centimeter elk.",
                  "\u201eDe stuw was honderd jaar een muur voor de vis\u201d, zegt dijkgraaf Jorien Smedinga."],
                 ["Waterschap Lingerveld zorgt voor droge voeten en schoon water voor 310.000 inwoners in het "
                  "rivierengebied."],
                 ["pers@lingerveld.example"])},

    {"id": "e27-pt-01", "producer": "template",
     "note": "Built from a template: the deck in a one-cell bordered box under the title, the About in a one-cell "
     "box at the end with its heading inside the box; no Heading styles.",
     "blocks": [("b", "COMUNICADO DE IMPRENSA"),
                ("big", "Cooperativa de Vale Serrado abre lagar comunit\u00e1rio de azeite"),
                ("box", ["Cem pequenos produtores v\u00e3o moer a azeitona a dois quil\u00f3metros de casa"]),
                ("p", "Vale Serrado, 8 de novembro de 2026 \u2013 A Cooperativa Agr\u00edcola de Vale Serrado "
                 "inaugurou um lagar comunit\u00e1rio que permite aos pequenos produtores moer a sua azeitona sem "
                 "sair do concelho."),
                ("p", "O lagar tem capacidade para oito toneladas por dia e funciona de outubro a janeiro."),
                ("p", "\u201cAt\u00e9 agora muitos deixavam a azeitona na \u00e1rvore\u201d, disse a presidente, "
                 "Ermelinda Sarmento."),
                ("box", ["**Sobre a Cooperativa Agr\u00edcola de Vale Serrado**",
                         "A Cooperativa Agr\u00edcola de Vale Serrado foi fundada em 1958 e tem 380 s\u00f3cios que "
                         "produzem azeite, vinho e castanha."]),
                ("p", "Contacto: imprensa@coopvaleserrado.example")],
     "expect": E("pt", "Cooperativa de Vale Serrado abre lagar comunit\u00e1rio de azeite",
                 "Cem pequenos produtores v\u00e3o moer a azeitona a dois quil\u00f3metros de casa", "Vale Serrado",
                 "2026-11-08",
                 ["A Cooperativa Agr\u00edcola de Vale Serrado inaugurou um lagar comunit\u00e1rio que permite aos "
                  "pequenos produtores moer a sua azeitona sem sair do concelho.",
                  "O lagar tem capacidade para oito toneladas por dia e funciona de outubro a janeiro.",
                  "\u201cAt\u00e9 agora muitos deixavam a azeitona na \u00e1rvore\u201d, disse a presidente, Ermelinda "
                  "Sarmento."],
                 ["A Cooperativa Agr\u00edcola de Vale Serrado foi fundada em 1958 e tem 380 s\u00f3cios que "
                  "produzem azeite, vinho e castanha."],
                 ["imprensa@coopvaleserrado.example"])},

    {"id": "e27-en-02", "producer": "automation",
     "note": "Generated by a CRM's release template: the contacts in the page header, the About (with its "
     "heading) in the page footer, the title a big bold run in Normal, the deck italic.",
     "header": ["Press office: Priya Lanning | media@harrowgate-libraries.example | +44 1632 960 733"],
     "footer": ["**About Harrowgate Libraries**",
                "Harrowgate Libraries runs fourteen public libraries and a mobile library across the district of "
                "Harrowgate."],
     "blocks": [("big", "Harrowgate Libraries lend out tools from April"),
                ("i", "Drills, ladders and sewing machines join the books at five branches"),
                ("p", "HARROWGATE, 2 March 2026 \u2013 Harrowgate Libraries will lend power tools, ladders and "
                 "sewing machines from five of its branches from 1 April."),
                ("p", "Members can borrow up to two items for a week with their library card, free of charge."),
                ("p", "\u201cA drill is used for thirteen minutes in its life. It should live in a library,\u201d said "
                 "Ashok Pemberton, head of service."),
                ("p", "ENDS")],
     "expect": E("en", "Harrowgate Libraries lend out tools from April",
                 "Drills, ladders and sewing machines join the books at five branches", "HARROWGATE", "2026-03-02",
                 ["Harrowgate Libraries will lend power tools, ladders and sewing machines from five of its "
                  "branches from 1 April.",
                  "Members can borrow up to two items for a week with their library card, free of charge.",
                  "\u201cA drill is used for thirteen minutes in its life. It should live in a library,\u201d said "
                  "Ashok Pemberton, head of service."],
                 ["Harrowgate Libraries runs fourteen public libraries and a mobile library across the district of "
                  "Harrowgate."],
                 ["media@harrowgate-libraries.example"])},

    {"id": "e27-de-02", "producer": "automation",
     "note": "Template with content controls: title, date, deck and About each wrapped in a w:sdt with an alias; "
     "the date alone on its line; About in a one-cell box inside its content control.",
     "blocks": [("p", "PRESSEINFORMATION"),
                ("sdt", "Titel", [("big", "Stadtbibliothek Kelmbach \u00f6ffnet sonntags")]),
                ("sdt", "Unterzeile", [("i", "Ab Juni bleibt die Zentrale auch am Wochenende von 11 bis 17 Uhr offen")]),
                ("sdt", "Datum", [("p", "Kelmbach, 14. April 2026")]),
                ("p", "Die Stadtbibliothek Kelmbach \u00f6ffnet ihre Zentrale ab dem 1. Juni auch sonntags."),
                ("p", "Am Sonntag sind keine Bibliothekarinnen im Dienst; Ausleihe und R\u00fcckgabe laufen \u00fcber "
                 "die Selbstverbuchung, ein Wachdienst ist vor Ort."),
                ("p", "\u201eSonntag ist der Tag, an dem Familien Zeit haben\u201c, sagte Bibliotheksleiterin "
                 "Annegret Wolters."),
                ("sdt", "Boilerplate", [("box", ["**\u00dcber die Stadtbibliothek Kelmbach**",
                                                  "Die Stadtbibliothek Kelmbach hat 160.000 Medien und z\u00e4hlt "
                                                  "j\u00e4hrlich 290.000 Besuche."])]),
                ("p", "Kontakt: Timo Brandl, presse@stadtbibliothek-kelmbach.example")],
     "expect": E("de", "Stadtbibliothek Kelmbach \u00f6ffnet sonntags",
                 "Ab Juni bleibt die Zentrale auch am Wochenende von 11 bis 17 Uhr offen", "Kelmbach", "2026-04-14",
                 ["Die Stadtbibliothek Kelmbach \u00f6ffnet ihre Zentrale ab dem 1. Juni auch sonntags.",
                  "Am Sonntag sind keine Bibliothekarinnen im Dienst; Ausleihe und R\u00fcckgabe laufen \u00fcber die "
                  "Selbstverbuchung, ein Wachdienst ist vor Ort.",
                  "\u201eSonntag ist der Tag, an dem Familien Zeit haben\u201c, sagte Bibliotheksleiterin Annegret "
                  "Wolters."],
                 ["Die Stadtbibliothek Kelmbach hat 160.000 Medien und z\u00e4hlt j\u00e4hrlich 290.000 Besuche."],
                 ["presse@stadtbibliothek-kelmbach.example"])},

    {"id": "e27-fr-02", "producer": "automation",
     "note": "Mail-merge template: the deck in a text box under the title (wps:txbx and VML fallback with the same "
     "text), the title a big bold run, the contacts in the page header, the About heading bold in capitals.",
     "header": ["Contact presse : Ga\u00eblle Dormoy \u2013 presse@ville-saint-orvain.example"],
     "blocks": [("big", "Saint-Orvain ouvre une l\u00e9gumerie pour ses cantines"),
                ("txbx", ["Les 2 400 repas quotidiens des \u00e9coles seront pr\u00e9par\u00e9s avec des l\u00e9gumes "
                          "du canton"], 24),
                ("p", "Saint-Orvain, le 30 septembre 2026 \u2013 La Ville de Saint-Orvain a inaugur\u00e9 une "
                 "l\u00e9gumerie o\u00f9 les l\u00e9gumes des mara\u00eechers du canton sont lav\u00e9s, "
                 "\u00e9pluch\u00e9s et coup\u00e9s avant de partir vers les cantines."),
                ("p", "Douze mara\u00eechers livrent d\u00e9j\u00e0 la l\u00e9gumerie deux fois par semaine."),
                ("p", "\u00ab Nous savons enfin d'o\u00f9 viennent les carottes \u00bb, sourit l'adjointe "
                 "Mathilde Corbi\u00e8re."),
                ("b", "\u00c0 PROPOS DE SAINT-ORVAIN"),
                ("p", "Saint-Orvain compte 18 000 habitants et sert chaque jour 2 400 repas dans ses neuf "
                 "\u00e9coles.")],
     "expect": E("fr", "Saint-Orvain ouvre une l\u00e9gumerie pour ses cantines",
                 "Les 2 400 repas quotidiens des \u00e9coles seront pr\u00e9par\u00e9s avec des l\u00e9gumes du canton",
                 "Saint-Orvain", "2026-09-30",
                 ["La Ville de Saint-Orvain a inaugur\u00e9 une l\u00e9gumerie o\u00f9 les l\u00e9gumes des "
                  "mara\u00eechers du canton sont lav\u00e9s, \u00e9pluch\u00e9s et coup\u00e9s avant de partir vers "
                  "les cantines.",
                  "Douze mara\u00eechers livrent d\u00e9j\u00e0 la l\u00e9gumerie deux fois par semaine.",
                  "\u00ab Nous savons enfin d'o\u00f9 viennent les carottes \u00bb, sourit l'adjointe Mathilde "
                  "Corbi\u00e8re."],
                 ["Saint-Orvain compte 18 000 habitants et sert chaque jour 2 400 repas dans ses neuf "
                  "\u00e9coles."],
                 ["presse@ville-saint-orvain.example"])},

    {"id": "e27-es-02", "producer": "reflow",
     "note": "Word's PDF reflow: the title split over two w:br lines, the body paragraphs one w:p each with w:br "
     "at every visual line end and exact line spacing; the About heading bold; the letterhead in a frame.",
     "wrap": 82,
     "blocks": [("frame", "Ayuntamiento de Torrecilla del Pinar \u00b7 Gabinete de Prensa", 18),
                ("br_big", "Torrecilla del Pinar instala placas solares en todos sus colegios p\u00fablicos"),
                ("br", "Torrecilla del Pinar, 4 de mayo de 2026 \u2013 El Ayuntamiento de Torrecilla del Pinar ha "
                 "terminado de instalar placas solares en los tejados de sus seis colegios p\u00fablicos, con una "
                 "potencia total de 540 kilovatios."),
                ("br", "La energ\u00eda que no consumen los colegios los fines de semana se comparte con 120 "
                 "viviendas del barrio de La Solana."),
                ("br", "\u00abEl sol de los patios ya paga la luz de las aulas\u00bb, afirm\u00f3 la alcaldesa, "
                 "Inmaculada Berrocal."),
                ("b", "Sobre Torrecilla del Pinar"),
                ("br", "Torrecilla del Pinar es un municipio de 23.000 habitantes situado en la comarca de los "
                 "Pinares Altos."),
                ("p", "Contacto: prensa@torrecilladelpinar.example")],
     "expect": E("es", "Torrecilla del Pinar instala placas solares en todos sus colegios p\u00fablicos", None,
                 "Torrecilla del Pinar", "2026-05-04",
                 ["El Ayuntamiento de Torrecilla del Pinar ha terminado de instalar placas solares en los tejados de "
                  "sus seis colegios p\u00fablicos, con una potencia total de 540 kilovatios.",
                  "La energ\u00eda que no consumen los colegios los fines de semana se comparte con 120 viviendas del "
                  "barrio de La Solana.",
                  "\u00abEl sol de los patios ya paga la luz de las aulas\u00bb, afirm\u00f3 la alcaldesa, Inmaculada "
                  "Berrocal."],
                 ["Torrecilla del Pinar es un municipio de 23.000 habitantes situado en la comarca de los Pinares "
                  "Altos."],
                 ["prensa@torrecilladelpinar.example"])},

    {"id": "e27-en-03", "producer": "automation",
     "note": "Agency template: a two-cell letterhead table (logo text | 'MEDIA RELEASE'), title and date in "
     "content controls, the About in a one-cell box at the end under a bold heading outside the box, contacts "
     "in the footer.",
     "footer": ["Media contact: Declan Oyelaran \u00b7 declan@tallowmere-arts.example \u00b7 +44 1632 960 219"],
     "blocks": [("tbl", [["Tallowmere Arts Centre"], ["MEDIA RELEASE"]]),
                ("sdt", "Date", [("p", "17 June 2026")]),
                ("sdt", "Title", [("big", "Tallowmere Arts Centre reopens its riverside theatre")]),
                ("p", "The Tallowmere Arts Centre will reopen its riverside theatre on 4 July after "
                 "an eighteen-month rebuild of the stage, the seating and the roof."),
                ("p", "The new auditorium seats 420, up from 310, and has a lift to every level."),
                ("p", "\u201cWe kept the brick walls and changed everything between them,\u201d said the centre's "
                 "director, Hazel Penhallow."),
                ("b", "About Tallowmere Arts Centre"),
                ("box", ["Tallowmere Arts Centre is a charity that has run the riverside theatre, two galleries and "
                         "a cinema since 1978."])],
     "expect": E("en", "Tallowmere Arts Centre reopens its riverside theatre", None, None, "2026-06-17",
                 ["The Tallowmere Arts Centre will reopen its riverside theatre on 4 July after an eighteen-month "
                  "rebuild of the stage, the seating and the roof.",
                  "The new auditorium seats 420, up from 310, and has a lift to every level.",
                  "\u201cWe kept the brick walls and changed everything between them,\u201d said the centre's "
                  "director, Hazel Penhallow."],
                 ["Tallowmere Arts Centre is a charity that has run the riverside theatre, two galleries and a "
                  "cinema since 1978."],
                 ["declan@tallowmere-arts.example"])},
]
