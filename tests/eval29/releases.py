# The releases of tests/eval29 (read by make.py): invented organisations,
# people and towns. Each title block is told apart from the text and from
# its deck by typography alone - size, weight, colour, the font itself,
# capitals - set as direct formatting (no Heading or Title style) in the
# DOCX, as inline CSS on <div>s (no h1/h2) in the HTML pages Chromium
# prints. The gold ("expect") was written with the blocks, before
# pressmill was run on them. See make.py for the block kinds.


def E(lang, headline, sub, loc, date, body, about, emails, tags=None):
    e = {"language": lang, "headline": headline, "subheadline": sub,
         "dateline": {"location": loc, "date": date}, "date": date,
         "body": body, "about": about, "emails": emails}
    if tags is not None:
        e["tags"] = tags
    return e


def F(size, **kw):
    kw["size"] = size
    return kw


RELEASES = [
    {"id": "e29-en-01", "shape": "docx",
     "note": "Title and deck told apart by size alone (22 pt and 15 pt, both regular, black), body 11 pt; "
     "the dateline opens the first paragraph.",
     "blocks": [("para", "Larchmere Ferry Company adds a night crossing to Skelby", F(22, after=4)),
                ("para", "Two sailings a week from June, with cabins for foot passengers", F(15, after=14)),
                ("p", "LARCHMERE, 4 May 2026 \u2013 The Larchmere Ferry Company will run a night crossing between "
                 "Larchmere and the island of Skelby on Tuesdays and Fridays from 5 June."),
                ("p", "The crossing leaves Larchmere at 23:30 and reaches Skelby at dawn. Twelve cabins and a "
                 "lounge with reclining seats are kept for passengers without a car."),
                ("p", "\u201cIslanders have asked for this for years,\u201d said Petra Haldane, the company's "
                 "operations director."),
                ("mix", [("About Larchmere Ferry Company", F(11, b=True, after=2))]),
                ("p", "Larchmere Ferry Company runs three ships between the mainland and the Skelby islands and "
                 "carries 410,000 passengers a year."),
                ("p", "Media: Owen Tarrant, press@larchmereferries.example")],
     "expect": E("en", "Larchmere Ferry Company adds a night crossing to Skelby",
                 "Two sailings a week from June, with cabins for foot passengers", "LARCHMERE", "2026-05-04",
                 ["The Larchmere Ferry Company will run a night crossing between Larchmere and the island of "
                  "Skelby on Tuesdays and Fridays from 5 June.",
                  "The crossing leaves Larchmere at 23:30 and reaches Skelby at dawn. Twelve cabins and a lounge "
                  "with reclining seats are kept for passengers without a car.",
                  "\u201cIslanders have asked for this for years,\u201d said Petra Haldane, the company's "
                  "operations director."],
                 ["Larchmere Ferry Company runs three ships between the mainland and the Skelby islands and "
                  "carries 410,000 passengers a year."],
                 ["press@larchmereferries.example"])},

    {"id": "e29-fr-01", "shape": "docx",
     "note": "Title and deck of one size (15 pt) told apart by weight alone: the title bold, the deck regular.",
     "blocks": [("para", "La régie de Saint-Aubrac achète trois autobus électriques", F(15, b=True, after=2)),
                ("para", "Les véhicules rouleront sur la ligne du plateau dès la rentrée", F(15, after=14)),
                ("p", "Saint-Aubrac, le 12 mars 2026 \u2013 La régie des transports de Saint-Aubrac a commandé "
                 "trois autobus électriques de douze mètres pour la ligne 4, qui dessert le plateau et le lycée."),
                ("p", "Les bus seront rechargés la nuit au dépôt de la Combe. Leur autonomie de 280 kilomètres "
                 "couvre une journée de service."),
                ("p", "\u00ab Le plateau est la ligne la plus longue, c'est là que le gain sera le plus net \u00bb, "
                 "explique Maëlle Fournier, directrice de la régie."),
                ("mix", [("À propos de la régie des transports de Saint-Aubrac", F(11, b=True, after=2))]),
                ("p", "La régie des transports de Saint-Aubrac exploite six lignes d'autobus et transporte "
                 "1,2 million de voyageurs par an."),
                ("p", "Contact presse : Hugo Ressac \u2013 presse@regie-saintaubrac.example")],
     "expect": E("fr", "La régie de Saint-Aubrac achète trois autobus électriques",
                 "Les véhicules rouleront sur la ligne du plateau dès la rentrée", "Saint-Aubrac", "2026-03-12",
                 ["La régie des transports de Saint-Aubrac a commandé trois autobus électriques de douze mètres "
                  "pour la ligne 4, qui dessert le plateau et le lycée.",
                  "Les bus seront rechargés la nuit au dépôt de la Combe. Leur autonomie de 280 kilomètres couvre "
                  "une journée de service.",
                  "\u00ab Le plateau est la ligne la plus longue, c'est là que le gain sera le plus net \u00bb, "
                  "explique Maëlle Fournier, directrice de la régie."],
                 ["La régie des transports de Saint-Aubrac exploite six lignes d'autobus et transporte 1,2 million "
                  "de voyageurs par an."],
                 ["presse@regie-saintaubrac.example"])},

    {"id": "e29-de-01", "shape": "docx",
     "note": "A title of two paragraphs in one style (20 pt bold dark blue; the writer pressed Enter inside it): one "
     "headline; the deck 13 pt bold grey under it.",
     "blocks": [("para", "Gemeindewerke Ulmenfeld bauen", F(20, b=True, color="1F3864", after=0)),
                ("para", "ein Nahwärmenetz für die Altstadt", F(20, b=True, color="1F3864", after=6)),
                ("para", "Rund 140 Häuser sollen ab 2028 angeschlossen werden", F(13, b=True, color="7F7F7F",
                                                                               after=14)),
                ("p", "Ulmenfeld, 23. Februar 2026 \u2013 Die Gemeindewerke Ulmenfeld verlegen ab dem Sommer ein "
                 "Nahwärmenetz unter den Gassen der Altstadt."),
                ("p", "Die Wärme kommt aus einer Hackschnitzelanlage am Bauhof und aus der Abwärme der Molkerei. "
                 "Die Leitungen werden zusammen mit den neuen Wasserrohren verlegt."),
                ("p", "\u201eSo reißen wir jede Gasse nur einmal auf\u201c, sagte Werkleiter Konrad Meisinger."),
                ("mix", [("Über die Gemeindewerke Ulmenfeld", F(11, b=True, after=2))]),
                ("p", "Die Gemeindewerke Ulmenfeld versorgen 9.000 Einwohnerinnen und Einwohner mit Wasser und "
                 "Strom."),
                ("p", "Pressekontakt: Sabine Rothfuß, presse@gw-ulmenfeld.example")],
     "expect": E("de", "Gemeindewerke Ulmenfeld bauen ein Nahwärmenetz für die Altstadt",
                 "Rund 140 Häuser sollen ab 2028 angeschlossen werden", "Ulmenfeld", "2026-02-23",
                 ["Die Gemeindewerke Ulmenfeld verlegen ab dem Sommer ein Nahwärmenetz unter den Gassen der "
                  "Altstadt.",
                  "Die Wärme kommt aus einer Hackschnitzelanlage am Bauhof und aus der Abwärme der Molkerei. Die "
                  "Leitungen werden zusammen mit den neuen Wasserrohren verlegt.",
                  "\u201eSo reißen wir jede Gasse nur einmal auf\u201c, sagte Werkleiter Konrad Meisinger."],
                 ["Die Gemeindewerke Ulmenfeld versorgen 9.000 Einwohnerinnen und Einwohner mit Wasser und "
                  "Strom."],
                 ["presse@gw-ulmenfeld.example"])},

    {"id": "e29-es-01", "shape": "docx",
     "note": "A kicker (overline) in small red letter-spaced capitals above the title: a rubric, so a tag; title 20 pt "
     "bold, deck 13 pt regular grey.",
     "blocks": [("para", "MEDIO AMBIENTE", F(9, b=True, color="C00000", spacing=2, after=2)),
                ("para", "Valdecerro planta un bosque de ribera junto al río Ombla", F(20, b=True, after=4)),
                ("para", "Voluntarios de cuatro colegios plantarán 2.000 sauces y fresnos en marzo",
                 F(13, color="595959", after=14)),
                ("p", "Valdecerro, 2 de febrero de 2026 \u2013 El Ayuntamiento de Valdecerro recuperará dos "
                 "kilómetros de ribera del río Ombla con especies autóctonas."),
                ("p", "La plantación se hará en cuatro jornadas de sábado. El vivero municipal ha criado los "
                 "plantones a partir de semillas recogidas en el propio río."),
                ("p", "\u201cDentro de diez años, esta orilla dará sombra a todo el paseo\u201d, afirmó la "
                 "concejala de Medio Ambiente, Lucía Arranz."),
                ("mix", [("Sobre el Ayuntamiento de Valdecerro", F(11, b=True, after=2))]),
                ("p", "Valdecerro es un municipio de 18.000 habitantes situado en la vega del Ombla."),
                ("p", "Prensa: Andrés Quesada, prensa@valdecerro.example")],
     "expect": E("es", "Valdecerro planta un bosque de ribera junto al río Ombla",
                 "Voluntarios de cuatro colegios plantarán 2.000 sauces y fresnos en marzo", "Valdecerro",
                 "2026-02-02",
                 ["El Ayuntamiento de Valdecerro recuperará dos kilómetros de ribera del río Ombla con especies "
                  "autóctonas.",
                  "La plantación se hará en cuatro jornadas de sábado. El vivero municipal ha criado los plantones "
                  "a partir de semillas recogidas en el propio río.",
                  "\u201cDentro de diez años, esta orilla dará sombra a todo el paseo\u201d, afirmó la concejala "
                  "de Medio Ambiente, Lucía Arranz."],
                 ["Valdecerro es un municipio de 18.000 habitantes situado en la vega del Ombla."],
                 ["prensa@valdecerro.example"], tags=["MEDIO AMBIENTE"])},

    {"id": "e29-it-01", "shape": "docx",
     "note": "The release line above; title (18 pt bold) and deck (12 pt italic) in one paragraph, parted by a "
     "line break (w:br).",
     "blocks": [("para", "COMUNICATO STAMPA", F(10, b=True, after=10)),
                ("mix", [("Il Consorzio di bonifica Valdorna apre il museo delle idrovore\n", F(18, b=True)),
                         ("Visite guidate ogni domenica nella vecchia centrale di Campolungo",
                          F(12, i=True, after=14))]),
                ("p", "Campolungo, 16 aprile 2026 \u2013 Il Consorzio di bonifica Valdorna apre al pubblico la "
                 "centrale idrovora di Campolungo, ferma dal 1974."),
                ("p", "Le tre pompe a vapore sono state restaurate da un gruppo di ex dipendenti. Il percorso "
                 "racconta un secolo di bonifica della pianura."),
                ("p", "\u00abQuesta sala ha asciugato mezza provincia\u00bb, ha detto il presidente del consorzio, "
                 "Dario Venturelli."),
                ("mix", [("Informazioni sul Consorzio di bonifica Valdorna", F(11, b=True, after=2))]),
                ("p", "Il Consorzio di bonifica Valdorna gestisce 640 chilometri di canali e dodici impianti "
                 "idrovori."),
                ("p", "Ufficio stampa: Chiara Bellotti, stampa@bonificavaldorna.example")],
     "expect": E("it", "Il Consorzio di bonifica Valdorna apre il museo delle idrovore",
                 "Visite guidate ogni domenica nella vecchia centrale di Campolungo", "Campolungo", "2026-04-16",
                 ["Il Consorzio di bonifica Valdorna apre al pubblico la centrale idrovora di Campolungo, ferma "
                  "dal 1974.",
                  "Le tre pompe a vapore sono state restaurate da un gruppo di ex dipendenti. Il percorso racconta "
                  "un secolo di bonifica della pianura.",
                  "\u00abQuesta sala ha asciugato mezza provincia\u00bb, ha detto il presidente del consorzio, "
                  "Dario Venturelli."],
                 ["Il Consorzio di bonifica Valdorna gestisce 640 chilometri di canali e dodici impianti idrovori."],
                 ["stampa@bonificavaldorna.example"])},

    {"id": "e29-nl-01", "shape": "docx",
     "note": "An all-caps title and a sentence-case deck in the same size and weight (14 pt bold): only the case "
     "parts them.",
     "blocks": [("para", "WATERSCHAP LINGEWAARD VERSTERKT DE DIJK BIJ OSSENWAARD", F(14, b=True, after=2)),
                ("para", "Het werk aan het dijkvak langs de Waal begint in september", F(14, b=True, after=14)),
                ("p", "Ossenwaard, 10 juni 2026 \u2013 Waterschap Lingewaard maakt de dijk tussen Ossenwaard en "
                 "Hulsdonk hoger en breder."),
                ("p", "Het fietspad op de kruin blijft tijdens het werk open in de weekenden. Omwonenden krijgen "
                 "in juli een uitnodiging voor een inloopavond."),
                ("p", "\u201eDeze dijk moet ook in 2100 nog droge voeten geven\u201d, zei dijkgraaf Marjolein "
                 "Verhaar."),
                ("mix", [("Over Waterschap Lingewaard", F(11, b=True, after=2))]),
                ("p", "Waterschap Lingewaard beheert 180 kilometer dijk en zorgt voor schoon water in twaalf "
                 "gemeenten."),
                ("p", "Pers: Bram Oosterhuis, pers@lingewaard-waterschap.example")],
     "expect": E("nl", "WATERSCHAP LINGEWAARD VERSTERKT DE DIJK BIJ OSSENWAARD",
                 "Het werk aan het dijkvak langs de Waal begint in september", "Ossenwaard", "2026-06-10",
                 ["Waterschap Lingewaard maakt de dijk tussen Ossenwaard en Hulsdonk hoger en breder.",
                  "Het fietspad op de kruin blijft tijdens het werk open in de weekenden. Omwonenden krijgen in "
                  "juli een uitnodiging voor een inloopavond.",
                  "\u201eDeze dijk moet ook in 2100 nog droge voeten geven\u201d, zei dijkgraaf Marjolein Verhaar."],
                 ["Waterschap Lingewaard beheert 180 kilometer dijk en zorgt voor schoon water in twaalf "
                  "gemeenten."],
                 ["pers@lingewaard-waterschap.example"])},

    {"id": "e29-pt-01", "shape": "docx",
     "note": "Under the title (18 pt bold) a standfirst in italics, one sentence closed by a full stop: by the gold "
     "rules the first body paragraph, no subheadline; the dateline opens the next paragraph.",
     "blocks": [("para", "Vila Serrana inaugura linha de elétrico até ao campus", F(18, b=True, after=6)),
                ("para", "A nova linha liga o centro histórico ao campus universitário em doze minutos e funciona "
                 "todos os dias até à meia-noite.", F(12, i=True, after=12)),
                ("p", "Vila Serrana, 9 de abril de 2026 \u2013 A Câmara Municipal de Vila Serrana inaugurou hoje a "
                 "linha 3 do elétrico, com sete paragens entre a Praça do Rossio e o Polo das Ciências."),
                ("p", "Os veículos passam a cada oito minutos nas horas de ponta. O bilhete comum da rede é válido "
                 "na nova linha."),
                ("p", "\u201cOs estudantes deixam de depender do carro\u201d, disse o vereador da Mobilidade, "
                 "Rui Cardoso."),
                ("mix", [("Sobre a Câmara Municipal de Vila Serrana", F(11, b=True, after=2))]),
                ("p", "Vila Serrana é um município de 64 mil habitantes no interior centro do país."),
                ("p", "Contacto: Inês Valadares, imprensa@cm-vilaserrana.example")],
     "expect": E("pt", "Vila Serrana inaugura linha de elétrico até ao campus", None, "Vila Serrana", "2026-04-09",
                 ["A nova linha liga o centro histórico ao campus universitário em doze minutos e funciona todos "
                  "os dias até à meia-noite.",
                  "A Câmara Municipal de Vila Serrana inaugurou hoje a linha 3 do elétrico, com sete paragens entre "
                  "a Praça do Rossio e o Polo das Ciências.",
                  "Os veículos passam a cada oito minutos nas horas de ponta. O bilhete comum da rede é válido na "
                  "nova linha.",
                  "\u201cOs estudantes deixam de depender do carro\u201d, disse o vereador da Mobilidade, Rui "
                  "Cardoso."],
                 ["Vila Serrana é um município de 64 mil habitantes no interior centro do país."],
                 ["imprensa@cm-vilaserrana.example"])},

    {"id": "e29-en-02", "shape": "docx",
     "note": "The title (18 pt bold) printed in the page-header band of page 1 (a different first-page header part); "
     "the deck (13 pt grey) opens the page's text.",
     "first_header": ("Orrin Valley Hospice opens a day centre in Blackmoss", F(18, b=True)),
     "blocks": [("para", "Patients can visit twice a week for care, meals and company", F(13, color="595959",
                                                                                        after=14)),
                ("p", "BLACKMOSS, 19 January 2026 \u2013 Orrin Valley Hospice has opened a day centre in the old "
                 "library on Mill Street in Blackmoss."),
                ("p", "Nurses, a physiotherapist and volunteers run the centre on Tuesdays and Thursdays. A minibus "
                 "collects patients from the surrounding villages."),
                ("p", "\u201cMany of our patients want to stay at home but not alone,\u201d said Dr Fiona Allard, "
                 "the hospice's medical director."),
                ("mix", [("About Orrin Valley Hospice", F(11, b=True, after=2))]),
                ("p", "Orrin Valley Hospice is a charity caring for 900 people with a terminal illness each year."),
                ("p", "Press office: Gareth Lund, press@orrinvalleyhospice.example")],
     "expect": E("en", "Orrin Valley Hospice opens a day centre in Blackmoss",
                 "Patients can visit twice a week for care, meals and company", "BLACKMOSS", "2026-01-19",
                 ["Orrin Valley Hospice has opened a day centre in the old library on Mill Street in Blackmoss.",
                  "Nurses, a physiotherapist and volunteers run the centre on Tuesdays and Thursdays. A minibus "
                  "collects patients from the surrounding villages.",
                  "\u201cMany of our patients want to stay at home but not alone,\u201d said Dr Fiona Allard, the "
                  "hospice's medical director."],
                 ["Orrin Valley Hospice is a charity caring for 900 people with a terminal illness each year."],
                 ["press@orrinvalleyhospice.example"])},

    {"id": "e29-es-02", "shape": "docx",
     "note": "Title and deck in the same size (15 pt), regular, black, told apart only by the font (DejaVu Serif for "
     "the title, DejaVu Sans for the deck); the body in the default font at 11 pt.",
     "blocks": [("para", "La cooperativa Olivares del Tajuña abre una almazara comunitaria",
                 F(15, font="DejaVu Serif", after=4)),
                ("para", "Los socios podrán moler su aceituna por turnos desde noviembre",
                 F(15, font="DejaVu Sans", after=14)),
                ("p", "Tajuña, 28 de septiembre de 2026 \u2013 La cooperativa Olivares del Tajuña pondrá en marcha "
                 "una almazara de uso compartido para sus 320 socios."),
                ("p", "Cada socio reservará un turno de molienda por internet. El aceite saldrá con la etiqueta "
                 "de la cooperativa o con la del propio agricultor."),
                ("p", "\u201cHasta ahora, la aceituna viajaba ochenta kilómetros para molerse\u201d, explicó el "
                 "presidente, Julián Ocaña."),
                ("mix", [("Acerca de Olivares del Tajuña", F(11, b=True, after=2))]),
                ("p", "Olivares del Tajuña es una cooperativa agraria fundada en 1958 que reúne a olivareros de "
                 "nueve pueblos de la comarca."),
                ("p", "Comunicación: Rocío Garcés, comunicacion@olivarestajuna.example")],
     "expect": E("es", "La cooperativa Olivares del Tajuña abre una almazara comunitaria",
                 "Los socios podrán moler su aceituna por turnos desde noviembre", "Tajuña", "2026-09-28",
                 ["La cooperativa Olivares del Tajuña pondrá en marcha una almazara de uso compartido para sus "
                  "320 socios.",
                  "Cada socio reservará un turno de molienda por internet. El aceite saldrá con la etiqueta de la "
                  "cooperativa o con la del propio agricultor.",
                  "\u201cHasta ahora, la aceituna viajaba ochenta kilómetros para molerse\u201d, explicó el "
                  "presidente, Julián Ocaña."],
                 ["Olivares del Tajuña es una cooperativa agraria fundada en 1958 que reúne a olivareros de nueve "
                  "pueblos de la comarca."],
                 ["comunicacion@olivarestajuna.example"])},

    {"id": "e29-en-03", "shape": "docx",
     "note": "`PRESS RELEASE` as a small letter-spaced grey overline (a release line, no tag); a title of two lines "
     "in one paragraph parted by a line break (w:br), one style (20 pt bold): one headline; the deck 12 pt bold "
     "dark red.",
     "blocks": [("para", "PRESS RELEASE", F(9, color="808080", spacing=3, after=6)),
                ("para", "Kestrel Bay Rowing Club builds a boathouse\nfor adaptive rowers", F(20, b=True, after=4)),
                ("para", "Ramps, a hoist and wide pontoons open the river to rowers with disabilities",
                 F(12, b=True, color="8B1A1A", after=14)),
                ("p", "KESTREL BAY, 7 July 2026 \u2013 Kestrel Bay Rowing Club has begun building a boathouse "
                 "designed for adaptive rowing on the south bank of the Tarne."),
                ("p", "The club raised \u00a3380,000 from members, a lottery grant and a local builders' merchant. "
                 "The boathouse should be ready for the spring regatta."),
                ("p", "\u201cWe have had a waiting list of adaptive rowers for three seasons,\u201d said the club "
                 "captain, Jonah Whitcombe."),
                ("mix", [("About Kestrel Bay Rowing Club", F(11, b=True, after=2))]),
                ("p", "Kestrel Bay Rowing Club was founded in 1889 and has 260 members."),
                ("p", "Contact: Niamh Corrigan, media@kestrelbayrc.example")],
     "expect": E("en", "Kestrel Bay Rowing Club builds a boathouse for adaptive rowers",
                 "Ramps, a hoist and wide pontoons open the river to rowers with disabilities", "KESTREL BAY",
                 "2026-07-07",
                 ["Kestrel Bay Rowing Club has begun building a boathouse designed for adaptive rowing on the "
                  "south bank of the Tarne.",
                  "The club raised \u00a3380,000 from members, a lottery grant and a local builders' merchant. The "
                  "boathouse should be ready for the spring regatta.",
                  "\u201cWe have had a waiting list of adaptive rowers for three seasons,\u201d said the club "
                  "captain, Jonah Whitcombe."],
                 ["Kestrel Bay Rowing Club was founded in 1889 and has 260 members."],
                 ["media@kestrelbayrc.example"])},

    {"id": "e29-fr-02", "shape": "html",
     "note": "HTML page printed by Chromium: a date line alone (10 pt grey) between the title (20 pt bold) and the "
     "deck (13 pt bold grey); the text opens without a place: a dateline without place.",
     "blocks": [("para", "Le musée de Montclavel rouvre sa galerie des automates", F(20, b=True, after=4)),
                ("para", "Lundi 2 février 2026", F(10, color="777777", after=6)),
                ("para", "Quarante pièces restaurées sont de nouveau présentées en mouvement",
                 F(13, b=True, color="555555", after=14)),
                ("p", "Fermée depuis trois ans, la galerie des automates du musée de Montclavel rouvre au public "
                 "le samedi 7 février."),
                ("p", "Les restaurateurs ont démonté chaque mécanisme pièce par pièce. Des démonstrations ont lieu "
                 "tous les jours à 15 heures."),
                ("p", "\u00ab Ces automates ont été faits pour bouger, pas pour dormir en vitrine \u00bb, souligne "
                 "la conservatrice, Apolline Sérigny."),
                ("mix", [("À propos du musée de Montclavel", F(11, b=True, after=2))]),
                ("p", "Le musée de Montclavel conserve depuis 1911 les collections d'horlogerie et de mécanique de "
                 "la vallée."),
                ("p", "Contact presse : Lison Marchal, presse@musee-montclavel.example")],
     "expect": E("fr", "Le musée de Montclavel rouvre sa galerie des automates",
                 "Quarante pièces restaurées sont de nouveau présentées en mouvement", None, "2026-02-02",
                 ["Fermée depuis trois ans, la galerie des automates du musée de Montclavel rouvre au public le "
                  "samedi 7 février.",
                  "Les restaurateurs ont démonté chaque mécanisme pièce par pièce. Des démonstrations ont lieu tous "
                  "les jours à 15 heures.",
                  "\u00ab Ces automates ont été faits pour bouger, pas pour dormir en vitrine \u00bb, souligne la "
                  "conservatrice, Apolline Sérigny."],
                 ["Le musée de Montclavel conserve depuis 1911 les collections d'horlogerie et de mécanique de la "
                  "vallée."],
                 ["presse@musee-montclavel.example"])},

    {"id": "e29-de-02", "shape": "html",
     "note": "HTML page printed by Chromium: under the title (20 pt bold) three bullets summing the release up "
     "instead of a deck: highlights, body entries of their own (no subheadline); the dateline opens the text "
     "under them.",
     "blocks": [("para", "Stadtwerke Hallfeld senken den Strompreis zum 1. Mai", F(20, b=True, after=8)),
                ("bul", "Der Arbeitspreis sinkt um 2,1 Cent je Kilowattstunde"),
                ("bul", "Ein Haushalt mit 2.500 Kilowattstunden spart rund 60 Euro im Jahr"),
                ("bul", "Der Grundpreis bleibt unverändert"),
                ("p", "Hallfeld, 17. März 2026 \u2013 Die Stadtwerke Hallfeld geben gesunkene Einkaufspreise an "
                 "ihre Kundinnen und Kunden weiter."),
                ("p", "Die Kundinnen und Kunden werden bis Ende März schriftlich informiert. Sie müssen nichts "
                 "unternehmen."),
                ("p", "\u201eWir haben günstiger eingekauft, das soll sich auf der Rechnung zeigen\u201c, sagte "
                 "Geschäftsführerin Ilka Brandstetter."),
                ("mix", [("Über die Stadtwerke Hallfeld", F(11, b=True, after=2))]),
                ("p", "Die Stadtwerke Hallfeld beliefern 31.000 Haushalte mit Strom, Gas und Wasser."),
                ("p", "Pressekontakt: Timo Kessler, presse@stadtwerke-hallfeld.example")],
     "expect": E("de", "Stadtwerke Hallfeld senken den Strompreis zum 1. Mai", None, "Hallfeld", "2026-03-17",
                 ["Der Arbeitspreis sinkt um 2,1 Cent je Kilowattstunde",
                  "Ein Haushalt mit 2.500 Kilowattstunden spart rund 60 Euro im Jahr",
                  "Der Grundpreis bleibt unverändert",
                  "Die Stadtwerke Hallfeld geben gesunkene Einkaufspreise an ihre Kundinnen und Kunden weiter.",
                  "Die Kundinnen und Kunden werden bis Ende März schriftlich informiert. Sie müssen nichts "
                  "unternehmen.",
                  "\u201eWir haben günstiger eingekauft, das soll sich auf der Rechnung zeigen\u201c, sagte "
                  "Geschäftsführerin Ilka Brandstetter."],
                 ["Die Stadtwerke Hallfeld beliefern 31.000 Haushalte mit Strom, Gas und Wasser."],
                 ["presse@stadtwerke-hallfeld.example"])},

    {"id": "e29-it-02", "shape": "html",
     "note": "HTML page printed by Chromium: title and deck in one size and weight (17 pt bold), told apart by "
     "colour alone (black, then blue).",
     "blocks": [("para", "Il Comune di Roccalba riapre il teatro Sociale", F(17, b=True, after=2)),
                ("para", "Dopo sei anni di lavori la prima stagione parte con dodici spettacoli",
                 F(17, b=True, color="2E75B6", after=14)),
                ("p", "Roccalba, 5 ottobre 2026 \u2013 Il teatro Sociale di Roccalba riapre sabato 24 ottobre "
                 "dopo il consolidamento della struttura e il rifacimento della platea."),
                ("p", "La sala ospita 420 spettatori. Gli abbonamenti si possono sottoscrivere alla biglietteria "
                 "del teatro da lunedì 12 ottobre."),
                ("p", "\u00abIl teatro torna a essere il salotto della città\u00bb, ha dichiarato la sindaca "
                 "Federica Zanon."),
                ("mix", [("Chi siamo", F(11, b=True, after=2))]),
                ("p", "Roccalba è un comune di 22.000 abitanti nella bassa collina."),
                ("p", "Ufficio stampa: Matteo Guidi, stampa@comune-roccalba.example")],
     "expect": E("it", "Il Comune di Roccalba riapre il teatro Sociale",
                 "Dopo sei anni di lavori la prima stagione parte con dodici spettacoli", "Roccalba", "2026-10-05",
                 ["Il teatro Sociale di Roccalba riapre sabato 24 ottobre dopo il consolidamento della struttura e "
                  "il rifacimento della platea.",
                  "La sala ospita 420 spettatori. Gli abbonamenti si possono sottoscrivere alla biglietteria del "
                  "teatro da lunedì 12 ottobre.",
                  "\u00abIl teatro torna a essere il salotto della città\u00bb, ha dichiarato la sindaca Federica "
                  "Zanon."],
                 ["Roccalba è un comune di 22.000 abitanti nella bassa collina."],
                 ["stampa@comune-roccalba.example"])},

    {"id": "e29-nl-02", "shape": "html",
     "note": "HTML page printed by Chromium: a kicker (rubric) in small teal capitals above the title (a tag), the "
     "title 20 pt bold, the deck 12 pt regular grey.",
     "blocks": [("para", "CULTUUR", F(9, b=True, color="00807F", spacing=2, after=2)),
                ("para", "Bibliotheek Dreveland opent een leeszaal in het oude station", F(20, b=True, after=4)),
                ("para", "Kranten, studieplekken en een koffiebar in de voormalige wachtkamer",
                 F(12, color="666666", after=14)),
                ("p", "Dreveland, 21 januari 2026 \u2013 Bibliotheek Dreveland opent op 2 maart een leeszaal in "
                 "het gerestaureerde stationsgebouw."),
                ("p", "De leeszaal telt veertig studieplekken en is zeven dagen per week open. De koffiebar wordt "
                 "gerund door een leerwerkbedrijf."),
                ("p", "\u201eWie op de trein wacht, kan voortaan een boek lenen\u201d, zei directeur Femke "
                 "Bosschaert."),
                ("mix", [("Over Bibliotheek Dreveland", F(11, b=True, after=2))]),
                ("p", "Bibliotheek Dreveland heeft vijf vestigingen en 19.000 leden."),
                ("p", "Pers: Joris Hendrikse, pers@bibliotheekdreveland.example")],
     "expect": E("nl", "Bibliotheek Dreveland opent een leeszaal in het oude station",
                 "Kranten, studieplekken en een koffiebar in de voormalige wachtkamer", "Dreveland", "2026-01-21",
                 ["Bibliotheek Dreveland opent op 2 maart een leeszaal in het gerestaureerde stationsgebouw.",
                  "De leeszaal telt veertig studieplekken en is zeven dagen per week open. De koffiebar wordt "
                  "gerund door een leerwerkbedrijf.",
                  "\u201eWie op de trein wacht, kan voortaan een boek lenen\u201d, zei directeur Femke Bosschaert."],
                 ["Bibliotheek Dreveland heeft vijf vestigingen en 19.000 leden."],
                 ["pers@bibliotheekdreveland.example"], tags=["CULTUUR"])},
]
