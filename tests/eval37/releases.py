# The releases of tests/eval37 (read by make.py): how releases set the
# headline and the deck (subheadline). Invented organisations, people and
# towns (host names under .example); the gold was written with the block
# lists, before pressmill was run on them.
#
# "top": the blocks above the body, in order:
#   ("kicker", t)        an eyebrow above the title (PRESS RELEASE, MEDIA
#                        ALERT, FOR IMMEDIATE RELEASE, a category word):
#                        never the headline;
#   ("brand", t)         a newsroom site's header line (html only): page
#                        furniture;
#   ("title", t)         the title; "\n" in t is a forced line break
#                        (one headline, both lines the same size);
#   ("deck", t, style)   the deck: "italic" (italic, smaller), "small"
#                        (upright, smaller, grey), "weight" (the title's
#                        size and font, regular weight), "style" (Word's
#                        Subtitle style, word only);
#   ("dateonly", t)      a line giving only the date.
# "body": ("p", t[, prefix]) a paragraph (prefix: the dateline opening it,
#   left out of the body); ("boldp", t) a paragraph in bold; ("bullet", t)
#   a list item; ("label", t) a bold label line ("Highlights:"), a body
#   entry as headings are.
# "about": (heading, [paragraphs]); "contact": lines at the foot; "end":
#   an end mark or None.
# producer: word (python-docx, Word's default template; DOCX kept beside
#   LibreOffice's PDF export) or html (a corporate newsroom page with its
#   own CSS, printed by Chromium).


def R(rid, producer, lang, note, top, body, about, contact, headline, sub, dateline, date, emails, phones,
      end=None, opts=None):
    gold_body = [b[1] for b in body]
    gold_about = list(about[1])
    if (opts or {}).get("bare_name_heading"):
        # a bare name over the closing paragraph, no About wording: a
        # heading of the body and its paragraph (../shared/eval/README.md
        # reads only "About ..." sections as about)
        gold_body += [about[0]] + gold_about
        gold_about = []
    return {"id": rid, "producer": producer, "note": note, "top": top, "body": body, "about": about,
            "contact": contact, "end": end, "opts": opts or {},
            "expect": {"language": lang, "headline": headline, "subheadline": sub,
                       "dateline": dateline, "date": date, "body": gold_body, "about": gold_about,
                       "emails": emails, "phones": phones}}


def DL(loc, date):
    return {"location": loc, "date": date}


RELEASES = [
    R("e37-en-01", "html", "en",
      "Corporate newsroom page printed by Chromium: a site header line, a 'PRESS RELEASE' eyebrow above the "
      "title (not the headline), an italic deck in a smaller size under the title (the subheadline), the "
      "dateline opening the first paragraph, an About section and a media contact at the foot.",
      [("brand", "Halvorsen Marine Newsroom"), ("kicker", "PRESS RELEASE"),
       ("title", "Halvorsen Marine Launches an Electric Harbour Tug for Small Ports"),
       ("deck", "The 18-metre tug charges overnight from a shore connection and tows vessels of up to 9,000 tonnes",
        "italic")],
      [("p", "Halvorsen Marine today launched the Tern E18, a battery-electric harbour tug built for ports "
        "that handle fewer than twenty ship calls a week.", "BERGHAVEN, Maine, March 3, 2026 \u2014 "),
       ("p", "The tug carries 2.4 megawatt-hours of batteries and needs no diesel generator on board. A "
        "first unit will enter service at the port of Lindell Cove in June."),
       ("p", "\u201cSmall ports told us they could not wait for a hydrogen network,\u201d said Ingrid Sauvage, "
        "chief executive of Halvorsen Marine. \u201cThey have a quay and a grid connection, and that is "
        "enough.\u201d"),
       ("p", "The Tern E18 is priced from $6.8 million and can be ordered now.")],
      ("About Halvorsen Marine", ["Halvorsen Marine designs and builds workboats for ports and wind farms. "
                                  "Founded in 1961, it employs 340 people in Maine and Nova Scotia."]),
      ["Media contact: Colm Barraclough", "press@halvorsenmarine.example", "+1 207 555 0144"],
      "Halvorsen Marine Launches an Electric Harbour Tug for Small Ports",
      "The 18-metre tug charges overnight from a shore connection and tows vessels of up to 9,000 tonnes",
      DL("BERGHAVEN", "2026-03-03"), "2026-03-03", ["press@halvorsenmarine.example"], ["+1 207 555 0144"]),

    R("e37-en-02", "word", "en",
      "Word (python-docx), LibreOffice PDF: the title in bold, then three bullet points summarising the "
      "news under a bold 'Highlights:' label, before the dateline paragraph. The bullets are list items of "
      "the body (each its own entry, the label too, as a heading is), not a subheadline: there is no deck.",
      [("title", "Corvane Analytics Reports Record First-Quarter Revenue")],
      [("label", "Highlights:"),
       ("bullet", "Revenue of $41.2 million, up 23% from a year earlier"),
       ("bullet", "Subscription customers passed 5,000 for the first time"),
       ("bullet", "Full-year revenue outlook raised to $178 million"),
       ("p", "Corvane Analytics, a maker of supply-chain forecasting software, reported revenue of $41.2 "
        "million for the first quarter ended March 31, 2026.", "DENTWORTH, Ohio, April 28, 2026 \u2013 "),
       ("p", "Operating margin rose to 14% from 9%, helped by lower hosting costs after the move to a "
        "single cloud region."),
       ("p", "\u201cRetailers are buying forecasts they can act on the same morning,\u201d said Marguerite "
        "Oyelaran, Corvane\u2019s chief executive."),
       ("p", "Corvane will discuss the results on a webcast today at 5:00 p.m. Eastern time.")],
      ("About Corvane Analytics", ["Corvane Analytics builds demand-forecasting software for retailers and "
                                   "distributors. It is based in Dentworth, Ohio."]),
      ["Investor relations: ir@corvane.example", "Media: Tobias Wrenfield, (614) 555-0128"],
      "Corvane Analytics Reports Record First-Quarter Revenue", None,
      DL("DENTWORTH", "2026-04-28"), "2026-04-28", ["ir@corvane.example"], ["(614) 555-0128"],
      end="###"),

    R("e37-fr-01", "html", "fr",
      "Page de salle de presse imprimée par Chromium : surtitre 'COMMUNIQUÉ DE PRESSE', titre sur deux "
      "lignes de même taille (un saut de ligne forcé : un seul titre, pas titre et sous-titre), aucun "
      "chapeau ; le lieu et la date ouvrent le premier paragraphe.",
      [("kicker", "COMMUNIQUÉ DE PRESSE"),
       ("title", "La Coopérative laitière du Haut-Vernois ouvre\nune fromagerie-école à Saint-Aubrac")],
      [("p", "La Coopérative laitière du Haut-Vernois a inauguré jeudi une fromagerie-école qui formera "
        "chaque année vingt-quatre apprentis aux métiers de l\u2019affinage.", "Saint-Aubrac, le 12 février 2026 \u2013 "),
       ("p", "Le bâtiment, construit en bois local, abrite deux caves d\u2019affinage et une salle de cours. "
        "Les apprentis y passeront une semaine sur trois pendant deux ans."),
       ("p", "\u00ab Nos fromagers partent à la retraite plus vite que nous ne les remplaçons \u00bb, explique "
        "Odile Marchetti, présidente de la coopérative."),
       ("p", "Les inscriptions pour la rentrée de septembre sont ouvertes jusqu\u2019au 30 avril.")],
      ("À propos de la Coopérative laitière du Haut-Vernois",
       ["Fondée en 1952, la coopérative réunit 118 exploitations laitières du plateau du Haut-Vernois et "
        "produit quatre fromages sous appellation."]),
      ["Contact presse : Baptiste Lenormand", "presse@hautvernois.example", "04 71 55 02 36"],
      "La Coopérative laitière du Haut-Vernois ouvre une fromagerie-école à Saint-Aubrac", None,
      DL("Saint-Aubrac", "2026-02-12"), "2026-02-12", ["presse@hautvernois.example"], ["04 71 55 02 36"]),

    R("e37-de-01", "word", "de",
      "Word (python-docx), LibreOffice-PDF: ein Rubrikwort ('Forschung') über dem Titel (nicht die "
      "Überschrift); die Unterzeile in derselben Schrift und Größe wie der Titel, aber nicht fett (die "
      "Unterzeile); die Ortsmarke eröffnet den ersten Absatz.",
      [("kicker", "Forschung"),
       ("title", "Hochschule Lindenfeld entwickelt Ziegel aus Bauschutt"),
       ("deck", "Ein neues Brennverfahren spart ein Drittel der Energie", "weight")],
      [("p", "Ein Team der Hochschule Lindenfeld hat ein Verfahren entwickelt, mit dem sich Mauerziegel zu "
        "zwei Dritteln aus zermahlenem Bauschutt herstellen lassen.", "Lindenfeld, 9. März 2026 \u2013 "),
       ("p", "Die Ziegel werden bei 880 statt 1.050 Grad gebrannt. Erste Prüfungen zeigen eine "
        "Druckfestigkeit wie bei herkömmlichen Ziegeln."),
       ("p", "\u201eAbbruchhäuser sind die Tongruben von morgen\u201c, sagt Professorin Henrike Vossberg, die "
        "das Projekt leitet."),
       ("p", "Ein Ziegelwerk in Ostwestfalen will im Herbst eine Versuchsreihe brennen.")],
      ("Über die Hochschule Lindenfeld",
       ["Die Hochschule Lindenfeld ist eine Hochschule für angewandte Wissenschaften mit 7.200 Studierenden "
        "in den Fachbereichen Bauwesen, Technik und Gestaltung."]),
      ["Pressekontakt: Jannik Terhoeven", "Telefon: 05231 555 0417", "E-Mail: presse@hs-lindenfeld.example"],
      "Hochschule Lindenfeld entwickelt Ziegel aus Bauschutt",
      "Ein neues Brennverfahren spart ein Drittel der Energie",
      DL("Lindenfeld", "2026-03-09"), "2026-03-09", ["presse@hs-lindenfeld.example"], ["05231 555 0417"]),

    R("e37-es-01", "html", "es",
      "Página de sala de prensa impresa por Chromium: titular, una línea con solo la fecha entre el "
      "titular y el subtítulo (una línea de fecha sin lugar: dateline sin location), el subtítulo en "
      "cursiva más pequeño (el subtitular), luego el cuerpo sin lugar en su primer párrafo.",
      [("kicker", "NOTA DE PRENSA"),
       ("title", "Aguas del Valdoria renovará 40 kilómetros de tuberías en la comarca"),
       ("dateonly", "14 de mayo de 2026"),
       ("deck", "La obra reducirá a la mitad las pérdidas de agua en once municipios", "italic")],
      [("p", "Aguas del Valdoria invertirá 23 millones de euros en sustituir las tuberías de fibrocemento "
        "que abastecen a once municipios de la comarca del Valdoria."),
       ("p", "Las obras comenzarán en septiembre y durarán tres años. Los cortes de suministro se "
        "anunciarán con una semana de antelación."),
       ("p", "\u00abHoy perdemos casi uno de cada tres litros antes de que llegue al grifo\u00bb, afirmó la "
        "directora general, Remedios Albarracín."),
       ("p", "El proyecto cuenta con fondos europeos de recuperación.")],
      ("Sobre Aguas del Valdoria", ["Aguas del Valdoria es la empresa pública que gestiona el "
                                    "abastecimiento de agua de 64.000 habitantes de la comarca."]),
      ["Gabinete de comunicación", "comunicacion@aguasvaldoria.example", "+34 974 555 218"],
      "Aguas del Valdoria renovará 40 kilómetros de tuberías en la comarca",
      "La obra reducirá a la mitad las pérdidas de agua en once municipios",
      DL(None, "2026-05-14"), "2026-05-14", ["comunicacion@aguasvaldoria.example"], ["+34 974 555 218"]),

    R("e37-it-01", "word", "it",
      "Word (python-docx), PDF di LibreOffice: 'COMUNICATO STAMPA' sopra il titolo; titolo tutto in "
      "maiuscolo, sottotitolo in minuscolo (sentence case) più piccolo e non in corsivo (il sottotitolo); "
      "luogo e data aprono il primo paragrafo. In fondo il nome del museo, senza 'Chi siamo' né 'Informazioni "
      "su', sopra il paragrafo che lo descrive: un titolo del corpo, non una sezione About (gold corretto dopo "
      "la prima esecuzione, vedi README).",
      [("kicker", "COMUNICATO STAMPA"),
       ("title", "IL MUSEO CIVICO DI VALMORESCA RIAPRE DOPO TRE ANNI DI RESTAURI"),
       ("deck", "Nuove sale per la collezione di ceramiche e ingresso gratuito nel primo fine settimana", "small")],
      [("p", "Il Museo civico di Valmoresca riaprirà al pubblico sabato 18 aprile dopo tre anni di lavori "
        "di consolidamento e di restauro.", "Valmoresca, 2 aprile 2026 \u2013 "),
       ("p", "Il percorso espositivo è stato ridisegnato: le ceramiche rinascimentali occupano ora quattro "
        "sale al piano nobile, con nuove vetrine illuminate."),
       ("p", "\u00abAbbiamo restituito alla città il suo palazzo più antico\u00bb, ha dichiarato la "
        "direttrice Lucrezia Benvenuti."),
       ("p", "L\u2019ingresso sarà gratuito sabato 18 e domenica 19 aprile.")],
      ("Il Museo civico di Valmoresca", ["Fondato nel 1889, il museo conserva oltre 6.000 opere tra "
                                         "ceramiche, dipinti e reperti archeologici del territorio."]),
      ["Ufficio stampa: Filippo Arcangeli", "stampa@museovalmoresca.example", "0575 555 382"],
      "IL MUSEO CIVICO DI VALMORESCA RIAPRE DOPO TRE ANNI DI RESTAURI",
      "Nuove sale per la collezione di ceramiche e ingresso gratuito nel primo fine settimana",
      DL("Valmoresca", "2026-04-02"), "2026-04-02", ["stampa@museovalmoresca.example"], ["0575 555 382"],
      opts={"bare_name_heading": True}),

    R("e37-pt-01", "html", "pt",
      "Página de sala de imprensa impressa pelo Chromium: título, subtítulo curto que termina em ponto "
      "final, mais pequeno e em cinzento (o subtítulo, com o ponto final), depois o corpo com local e data "
      "no primeiro parágrafo.",
      [("title", "Transportes Serrano lança rede de autocarros elétricos em Vilar da Serra"),
       ("deck", "Doze linhas passam a circular sem emissões a partir de junho.", "small")],
      [("p", "A Transportes Serrano vai substituir até junho toda a frota urbana de Vilar da Serra por 28 "
        "autocarros elétricos.", "Vilar da Serra, 20 de janeiro de 2026 \u2013 "),
       ("p", "Os novos veículos carregam durante a noite no parque da empresa e têm uma autonomia de 300 "
        "quilómetros."),
       ("p", "\u201cOs passageiros vão notar sobretudo o silêncio\u201d, disse o administrador Anselmo Correia "
        "Brandão."),
       ("p", "O investimento de 15 milhões de euros é apoiado pelo Fundo Ambiental.")],
      ("Sobre a Transportes Serrano", ["A Transportes Serrano opera o transporte público rodoviário de "
                                       "Vilar da Serra e de quatro concelhos vizinhos desde 1974."]),
      ["Contacto de imprensa: Leonor Vasconcelos", "imprensa@tserrano.example", "+351 232 555 901"],
      "Transportes Serrano lança rede de autocarros elétricos em Vilar da Serra",
      "Doze linhas passam a circular sem emissões a partir de junho.",
      DL("Vilar da Serra", "2026-01-20"), "2026-01-20", ["imprensa@tserrano.example"], ["+351 232 555 901"]),

    R("e37-nl-01", "word", "nl",
      "Word (python-docx), LibreOffice-pdf: 'PERSBERICHT' boven de titel; titel en toelichting op één "
      "regel gescheiden door een em-streep, in één opmaak: zoals geschreven één kop, geen ondertitel; "
      "plaats en datum openen de eerste alinea.",
      [("kicker", "PERSBERICHT"),
       ("title", "Fietsfabriek Wadderveen opent tweede werkplaats \u2014 zestig nieuwe banen in Oostermeer")],
      [("p", "Fietsfabriek Wadderveen opent in september een tweede werkplaats op het bedrijventerrein "
        "De Kolk in Oostermeer.", "OOSTERMEER, 16 juni 2026 \u2013 "),
       ("p", "In de nieuwe hal worden bakfietsen en elektrische transportfietsen gemonteerd. Het bedrijf "
        "zoekt zestig monteurs en magazijnmedewerkers."),
       ("p", "\u2018De vraag naar bakfietsen is in twee jaar verdubbeld\u2019, zegt directeur Floortje "
        "Hoogendijk."),
       ("p", "Sollicitanten kunnen zich aanmelden voor een open dag op 4 juli.")],
      ("Over Fietsfabriek Wadderveen", ["Fietsfabriek Wadderveen bouwt sinds 1998 fietsen op maat en "
                                        "heeft 140 medewerkers."]),
      ["Persvoorlichting: Sjoerd van Eemnes", "pers@wadderveen.example", "0513 555 772"],
      "Fietsfabriek Wadderveen opent tweede werkplaats \u2014 zestig nieuwe banen in Oostermeer", None,
      DL("OOSTERMEER", "2026-06-16"), "2026-06-16", ["pers@wadderveen.example"], ["0513 555 772"]),

    R("e37-en-03", "word", "en",
      "Word (python-docx), LibreOffice PDF: 'FOR IMMEDIATE RELEASE' above the title, no deck; the first "
      "paragraph is set in bold (a two-sentence summary, a full-sentence standfirst): it is the first "
      "body paragraph, not a subheadline. The dateline opens the second paragraph.",
      [("kicker", "FOR IMMEDIATE RELEASE"),
       ("title", "Pell County Library Ends Overdue Fines")],
      [("boldp", "The Pell County Library will stop charging fines for overdue books on July 1. Existing "
        "fines on more than 3,100 accounts will be cleared the same day."),
       ("p", "The library board voted 6\u20131 on Tuesday to end the fines, which brought in about $11,000 "
        "last year.", "ASHGROVE, Ky., May 21, 2026 \u2013 "),
       ("p", "\u201cFines kept the families who need us most away from our doors,\u201d said library director "
        "Wendell Okafor-Price."),
       ("p", "Borrowers will still pay for books they lose or damage.")],
      ("About the Pell County Library", ["The Pell County Library runs a main library in Ashgrove and two "
                                         "branches, and lends 410,000 items a year."]),
      ["Contact: Harriet Quennell", "(502) 555-0196", "hquennell@pellcountylibrary.example"],
      "Pell County Library Ends Overdue Fines", None,
      DL("ASHGROVE", "2026-05-21"), "2026-05-21", ["hquennell@pellcountylibrary.example"], ["(502) 555-0196"],
      end="###"),

    R("e37-en-04", "html", "en",
      "Newsroom page printed by Chromium: a 'MEDIA ALERT' eyebrow, the title, a deck in upright grey type "
      "smaller than the title (the subheadline), then What/When/Where lines as body entries and a closing "
      "paragraph.",
      [("brand", "Calloway Regional Airport"), ("kicker", "MEDIA ALERT"),
       ("title", "Calloway Regional Airport Opens Its New Terminal to the Public"),
       ("deck", "Open house with guided tours of the baggage hall and the control tower", "small")],
      [("p", "What: Public open house of the new passenger terminal"),
       ("p", "When: Saturday, September 12, 2026, 10:00 a.m. to 4:00 p.m."),
       ("p", "Where: Calloway Regional Airport, 2200 Airfield Road, Brennock, Neb."),
       ("p", "Reporters and camera crews should register by September 10 to join the tour of the control "
        "tower at 11:00 a.m.")],
      ("About Calloway Regional Airport", ["Calloway Regional Airport serves 620,000 passengers a year with "
                                           "flights to nine hub airports."]),
      ["Media contact: Deshawn Marlowe", "media@flycalloway.example", "(308) 555-0172"],
      "Calloway Regional Airport Opens Its New Terminal to the Public",
      "Open house with guided tours of the baggage hall and the control tower",
      None, None, ["media@flycalloway.example"], ["(308) 555-0172"]),

    R("e37-fr-02", "word", "fr",
      "Word (python-docx), PDF LibreOffice : 'COMMUNIQUÉ DE PRESSE' au-dessus du titre ; titre dans le "
      "style Title de Word, coupé sur deux lignes par un saut de ligne forcé (un seul titre) ; chapeau court "
      "dans le style Subtitle (le sous-titre) ; lieu et date en tête du premier paragraphe.",
      [("kicker", "COMMUNIQUÉ DE PRESSE"),
       ("title", "Le festival Jazz en Brévanne\nannonce sa programmation 2026"),
       ("deck", "Trente concerts en plein air du 3 au 12 juillet", "style")],
      [("p", "Le festival Jazz en Brévanne a dévoilé mardi la programmation de sa dix-neuvième édition, "
        "qui réunira trente concerts sur quatre scènes.", "Brévanne, le 17 mars 2026 \u2013 "),
       ("p", "La billetterie ouvre le 1er avril. Les concerts de l\u2019après-midi restent gratuits."),
       ("p", "\u00ab Nous avons voulu une édition plus courte et plus proche des habitants \u00bb, indique "
        "la directrice artistique, Maëlle Quintard."),
       ("p", "Le festival emploie cette année 45 saisonniers et 200 bénévoles.")],
      ("À propos de Jazz en Brévanne", ["Créé en 2007, Jazz en Brévanne accueille chaque été 38 000 "
                                         "spectateurs dans les jardins de l\u2019ancienne abbaye."]),
      ["Contact presse : Ronan Deschamps", "presse@jazzbrevanne.example", "02 99 55 47 10"],
      "Le festival Jazz en Brévanne annonce sa programmation 2026",
      "Trente concerts en plein air du 3 au 12 juillet",
      DL("Brévanne", "2026-03-17"), "2026-03-17", ["presse@jazzbrevanne.example"], ["02 99 55 47 10"],
      opts={"title": "style"}),

    R("e37-de-02", "html", "de",
      "Newsroom-Seite eines Unternehmens, von Chromium gedruckt: Rubrikwort 'Nachhaltigkeit' über dem "
      "Titel, Titel in Versalien, Unterzeile in gemischter Schreibung in derselben Schrift und Größe wie "
      "der Titel, aber leichter (die Unterzeile); die Ortsmarke eröffnet den ersten Absatz.",
      [("brand", "Kessler Farbwerke \u00b7 Presse"), ("kicker", "Nachhaltigkeit"),
       ("title", "KESSLER FARBWERKE STELLEN AUF GRÜNEN WASSERSTOFF UM"),
       ("deck", "Das Werk in Ahlbeck soll bis 2029 ohne Erdgas auskommen", "weight")],
      [("p", "Die Kessler Farbwerke stellen die Trocknungsöfen ihres Werks in Ahlbeck schrittweise von "
        "Erdgas auf grünen Wasserstoff um.", "Ahlbeck, 24. Februar 2026 \u2013 "),
       ("p", "Der Wasserstoff kommt aus einem Elektrolyseur, den ein regionaler Windparkbetreiber neben "
        "dem Werk errichtet. Die erste Ofenlinie läuft ab Oktober."),
       ("p", "\u201eWir sparen damit 14.000 Tonnen CO\u2082 im Jahr\u201c, sagt Vorstand Gerlinde "
        "Osterkamp."),
       ("p", "Die Investition beträgt 31 Millionen Euro.")],
      ("Über die Kessler Farbwerke", ["Die Kessler Farbwerke stellen seit 1921 Pulverlacke und "
                                      "Industriefarben her und beschäftigen 900 Menschen."]),
      ["Unternehmenskommunikation: Matthias Brockhoff", "presse@kessler-farbwerke.example",
       "+49 3971 555 260"],
      "KESSLER FARBWERKE STELLEN AUF GRÜNEN WASSERSTOFF UM",
      "Das Werk in Ahlbeck soll bis 2029 ohne Erdgas auskommen",
      DL("Ahlbeck", "2026-02-24"), "2026-02-24", ["presse@kessler-farbwerke.example"], ["+49 3971 555 260"]),

    R("e37-es-02", "word", "es",
      "Word (python-docx), PDF de LibreOffice: titular en negrita, luego 'Claves:' en negrita y tres "
      "viñetas que resumen la noticia antes del párrafo con lugar y fecha: son elementos de lista del "
      "cuerpo (cada uno una entrada, también la etiqueta), no un subtitular; no hay subtítulo.",
      [("title", "Cooperativa Olivar del Sur duplica su producción de aceite ecológico")],
      [("label", "Claves:"),
       ("bullet", "La cosecha ecológica alcanza 2,4 millones de litros"),
       ("bullet", "Nueva almazara en Villarejo de la Sierra"),
       ("bullet", "Exportaciones a doce países, cuatro más que en 2025"),
       ("p", "La Cooperativa Olivar del Sur ha cerrado la campaña 2025-2026 con 2,4 millones de litros de "
        "aceite de oliva ecológico, el doble que la anterior.", "JAÉN, 8 de abril de 2026 \u2013 "),
       ("p", "El aumento se debe a la conversión de 1.800 hectáreas de olivar y a la nueva almazara, que "
        "empezó a moler en noviembre."),
       ("p", "\u00abNuestros socios han apostado por lo ecológico y el mercado ha respondido\u00bb, señaló "
        "el presidente, Fermín Castellanos."),
       ("p", "La cooperativa prevé contratar a quince trabajadores más en la próxima campaña.")],
      ("Acerca de Olivar del Sur", ["Olivar del Sur es una cooperativa de 1.450 olivareros de la provincia "
                                    "de Jaén fundada en 1966."]),
      ["Prensa: Inmaculada Roldán", "prensa@olivardelsur.example", "953 555 140"],
      "Cooperativa Olivar del Sur duplica su producción de aceite ecológico", None,
      DL("JAÉN", "2026-04-08"), "2026-04-08", ["prensa@olivardelsur.example"], ["953 555 140"]),

    R("e37-en-05", "html", "en",
      "Newsroom page printed by Chromium: 'FOR IMMEDIATE RELEASE' above the title, the title wrapping over "
      "two lines in one size (a long title in a narrow column, one headline), a short deck in italics "
      "ending in a full stop (the subheadline, its full stop kept), then a bold first paragraph opening "
      "with the dateline (body, not a second deck).",
      [("kicker", "FOR IMMEDIATE RELEASE"),
       ("title", "Marrowby Health Partners With Three Rural Clinics to Offer Same-Day Telehealth Appointments "
        "Across Dunmere Valley"),
       ("deck", "Patients will see a doctor within four hours of calling.", "italic")],
      [("boldp", "Marrowby Health will connect three rural clinics to its telehealth service from August 1, "
        "giving patients in the Dunmere Valley same-day video appointments.", "DUNMERE, Vt., July 7, 2026 \u2014 "),
       ("p", "Nurses at the clinics in Harlowe, Pendry and Cobb Falls will take vital signs on site while a "
        "Marrowby physician joins by video."),
       ("p", "\u201cFor many of these patients the nearest hospital is an hour away,\u201d said Dr. Anneliese "
        "Thorsby, Marrowby\u2019s medical director."),
       ("p", "The service is covered by most insurance plans, including Medicaid.")],
      ("About Marrowby Health", ["Marrowby Health is a nonprofit health system with two hospitals and 19 "
                                 "clinics in Vermont and New Hampshire."]),
      ["Media Relations: Gideon Fairweather", "news@marrowbyhealth.example", "802-555-0119"],
      "Marrowby Health Partners With Three Rural Clinics to Offer Same-Day Telehealth Appointments Across "
      "Dunmere Valley",
      "Patients will see a doctor within four hours of calling.",
      DL("DUNMERE", "2026-07-07"), "2026-07-07", ["news@marrowbyhealth.example"], ["802-555-0119"]),
]
