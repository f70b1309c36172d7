# The releases of tests/eval33 (read by make.py): invented organisations,
# people, towns and numbers, each an abstract block list that make.py
# renders in the release's `shape` (and always as TXT). The gold is made
# from the same blocks by make.py's gold() (the rules are in README.md),
# written before pressmill was run on them.
#
# Blocks:
#  ("title", t)          the headline          ("sub", t)   a deck under it
#  ("dl", lead, t)       the first paragraph, opened by the dateline `lead`
#                        (the gold's body holds t only)
#  ("p", t) ("h", t) ("li", t)   a paragraph, a heading, a list item (body)
#  ("contact", [lines])  a contact block (not body)
#  ("about_h", t) ("about", t)   the About heading and its paragraphs
#  ("end", t)            an end mark
#  ("break",)            a page break: what follows (a second release, a
#                        fact sheet, a backgrounder) is not the record's
#  ("lang", t)           a heading naming the translation that follows
#                        (e.g. "Version française"): what follows is not
#                        the record's
#  ("slide",)            (slide decks) a new slide
# Shapes: docx (python-docx, LibreOffice's PDF), html (Chromium's print),
# deck16 / deck43 (reportlab slides 16:9 / 4:3), glyph, tj, wordjust
# (reportlab, text placed glyph by glyph, as TJ runs with kerning, word by
# word justified; never a space character between words).
# rel["header"] / rel["footer"] / rel["endbox"]: lines put in the DOCX's
# page header part, footer part, or a text box anchored at the foot of
# page 1; rel["gold_about"]: the About paragraphs those hold.

RELEASES = [
    # ---- press kits ---------------------------------------------------
    {"id": "e33-en-kit1", "lang": "en", "shape": "docx",
     "note": "Press kit: the release, then after a page break a fact sheet with its own title (key figures "
     "as a list, a timeline). The record is the release; the fact sheet is an appended document, not body; "
     "its contact line's address counts (every address the document gives).",
     "emails": ["media@harrowgate-rail.example", "depot@harrowgate-rail.example"],
     "phones": ["+44 1632 960 214"],
     "blocks": [
         ("title", "Harrowgate Valley Railway reopens its Corby Lane viaduct"),
         ("dl", "CORBY LANE, 12 May 2026 \u2013 ",
          "The Harrowgate Valley Railway will run its first steam train across the restored Corby Lane viaduct "
          "on Saturday, after a repair that took volunteers three winters."),
         ("p", "The nine-arch viaduct had been closed since a flood in 2022 washed out two of its piers. Volunteers "
          "rebuilt the piers in local sandstone and relaid 240 metres of track."),
         ("p", "\u201cWe have waited a long time to hear a whistle over the valley again,\u201d said Mabel Tranter, "
          "the railway's chair of trustees."),
         ("contact", ["Media contact: Owen Pickersgill", "media@harrowgate-rail.example", "+44 1632 960 214"]),
         ("about_h", "About Harrowgate Valley Railway"),
         ("about", "Harrowgate Valley Railway is a heritage line run by 300 volunteers between Corby Lane and "
          "Elsdon Moor."),
         ("break",),
         ("title", "Fact sheet: the Corby Lane viaduct"),
         ("li", "Built: 1871, by the Elsdon Moor Mineral Company"),
         ("li", "Length: 182 metres, nine arches"),
         ("li", "Repair: 2023\u20132026, 14,000 volunteer hours"),
         ("p", "Visits to the depot can be booked at depot@harrowgate-rail.example."),
     ]},
    {"id": "e33-fr-kit2", "lang": "fr", "shape": "docx",
     "note": "Dossier de presse: two releases in one DOCX, the second after a page break with its own title, "
     "dateline and contact. The record is the first release.",
     "emails": ["presse@festival-vaudreuil.example"],
     "phones": ["+33 2 99 41 07 52"],
     "blocks": [
         ("title", "Le festival de Vaudreuil-sur-Oise annonce sa programmation"),
         ("dl", "Vaudreuil-sur-Oise, le 3 juin 2026 \u2013 ",
          "Le festival de musique de chambre de Vaudreuil-sur-Oise accueillera quatorze ensembles du 10 au 19 "
          "juillet, dans l'église Saint-Éloi et la halle aux grains."),
         ("p", "Pour sa huitième édition, le festival ouvre une scène aux jeunes quatuors issus des conservatoires "
          "de la région."),
         ("p", "Les billets sont en vente à l'office de tourisme à partir du 15 juin, au prix de 12 euros."),
         ("contact", ["Contact presse : Léonie Barbaroux", "presse@festival-vaudreuil.example",
                      "+33 2 99 41 07 52"]),
         ("break",),
         ("title", "Un concert gratuit sur la place du marché"),
         ("dl", "Vaudreuil-sur-Oise, le 3 juin 2026 \u2013 ",
          "Le festival offrira le 14 juillet un concert gratuit sur la place du marché, avec l'harmonie municipale."),
         ("p", "Le concert commencera à 21 heures et sera suivi d'un bal."),
     ]},
    {"id": "e33-de-kit3", "lang": "de", "shape": "html",
     "note": "Pressemappe printed by Chromium: the release, then (CSS page break) a backgrounder "
     "'Hintergrund' with its own title and headings. The record is the release.",
     "emails": ["presse@stadtwerke-kelmbach.example"],
     "phones": ["+49 6431 55 82 10"],
     "blocks": [
         ("title", "Stadtwerke Kelmbach bauen ein Solardach auf dem Busdepot"),
         ("dl", "Kelmbach, 21. April 2026 \u2013 ",
          "Die Stadtwerke Kelmbach decken das Dach ihres Busdepots mit 2.400 Solarmodulen ein und laden damit "
          "ab dem Herbst die elf Elektrobusse der Stadt."),
         ("p", "Die Anlage leistet 1,1 Megawatt und kostet 1,6 Millionen Euro, von denen das Land ein Drittel "
          "trägt."),
         ("p", "\u201eDer Strom für unsere Busse kommt künftig vom eigenen Dach\u201c, sagte Geschäftsführerin "
          "Irmgard Vollrath."),
         ("contact", ["Pressekontakt: Tobias Fenchel", "Telefon +49 6431 55 82 10",
                      "presse@stadtwerke-kelmbach.example"]),
         ("break",),
         ("title", "Hintergrund: Elektrobusse in Kelmbach"),
         ("h", "Seit 2021 im Einsatz"),
         ("p", "Die ersten drei Elektrobusse fuhren 2021 auf der Linie 4 zwischen Bahnhof und Klinikum."),
         ("h", "Die Flotte"),
         ("p", "Bis 2028 sollen alle 26 Stadtbusse elektrisch fahren."),
     ]},
    # ---- slide decks --------------------------------------------------
    {"id": "e33-en-deck1", "lang": "en", "shape": "deck16",
     "note": "A release exported from a slide program as a 16:9 PDF: a title slide, one idea per slide "
     "(a heading and one or two sentences), a contact slide; the organisation's name and a slide number "
     "in each slide's foot are page furniture.",
     "footer": "Brackenridge Water Trust",
     "emails": ["press@brackenridge-water.example"],
     "phones": ["+1 802 555 0163"],
     "blocks": [
         ("title", "Brackenridge Water Trust restores Miller Creek wetland"),
         ("sub", "A 40-acre wetland returns to the Otter Valley"),
         ("slide",),
         ("dl", "OTTER FALLS, Vt., September 9, 2026 \u2013 ",
          "Brackenridge Water Trust has finished restoring a 40-acre wetland on Miller Creek that had been "
          "drained for pasture in the 1950s."),
         ("slide",),
         ("h", "Why it matters"),
         ("p", "The wetland holds back spring floodwater that used to reach Main Street in Otter Falls twice a "
          "decade."),
         ("slide",),
         ("h", "Who did the work"),
         ("p", "Crews and 210 volunteers removed two miles of drainage tile and planted 18,000 sedges and "
          "willows."),
         ("slide",),
         ("contact", ["Press contact", "Nadia Quarles", "press@brackenridge-water.example", "+1 802 555 0163"]),
     ]},
    {"id": "e33-es-deck2", "lang": "es", "shape": "deck43",
     "note": "Nota de prensa exportada de una presentación 4:3: título, una idea por diapositiva, puntos como "
     "lista, diapositiva de contacto con 'Sobre ...'. Pie con el nombre y el número: mobiliario.",
     "footer": "Cooperativa Olivarera de Valdemuro",
     "emails": ["comunicacion@olivarera-valdemuro.example"],
     "phones": ["+34 953 41 22 80"],
     "blocks": [
         ("title", "La Cooperativa de Valdemuro abre su almazara a las visitas"),
         ("slide",),
         ("dl", "Valdemuro (Jaén), 2 de octubre de 2026 \u2013 ",
          "La Cooperativa Olivarera de Valdemuro abrirá su almazara al público todos los sábados de la "
          "campaña de recogida."),
         ("slide",),
         ("h", "La visita"),
         ("li", "Recorrido por la nave de molienda y la bodega"),
         ("li", "Cata de tres aceites de la cosecha"),
         ("li", "Grupos de hasta 25 personas"),
         ("slide",),
         ("p", "\u00abQueremos que se vea cómo se hace el aceite que sale de este pueblo\u00bb, dijo su presidenta, "
          "Remedios Alcaraz."),
         ("slide",),
         ("about_h", "Sobre la Cooperativa"),
         ("about", "La Cooperativa Olivarera de Valdemuro reúne a 640 olivareros desde 1961."),
         ("contact", ["comunicacion@olivarera-valdemuro.example", "+34 953 41 22 80"]),
     ]},
    {"id": "e33-it-deck3", "lang": "it", "shape": "deck16",
     "note": "Comunicato esportato da una presentazione 16:9, titolo e sottotitolo sulla prima slide, la data "
     "da sola sulla prima slide (dateline senza luogo), una idea per slide.",
     "footer": "Consorzio Bonifica Val Serena",
     "emails": ["stampa@bonifica-valserena.example"],
     "phones": ["+39 0445 812 330"],
     "blocks": [
         ("title", "Il Consorzio Val Serena apre la ciclabile degli argini"),
         ("sub", "Diciotto chilometri lungo il canale Brentella"),
         ("dl", "12 maggio 2026", ""),
         ("slide",),
         ("p", "Il Consorzio di Bonifica Val Serena inaugura sabato una pista ciclabile di diciotto chilometri "
          "sugli argini del canale Brentella, tra Borgo Sanvito e Castelmarno."),
         ("slide",),
         ("h", "Il percorso"),
         ("p", "La pista è sterrata, senza auto, e passa accanto a quattro idrovore storiche che si potranno "
          "visitare la domenica."),
         ("slide",),
         ("contact", ["Ufficio stampa", "stampa@bonifica-valserena.example", "+39 0445 812 330"]),
     ]},
    # ---- text placed glyph by glyph / word by word ---------------------
    {"id": "e33-en-glyph1", "lang": "en", "shape": "glyph",
     "note": "Every glyph drawn at its own position (one Tj per character, as online editors and some "
     "Quartz PDFs write them); no space character anywhere, words told apart only by the gap.",
     "emails": ["hello@pennywhistle-books.example"],
     "phones": ["+1 503 555 0148"],
     "blocks": [
         ("title", "Pennywhistle Books opens a children's reading room in Tillamook Bay"),
         ("dl", "TILLAMOOK BAY, Ore., June 2, 2026 \u2013 ",
          "Pennywhistle Books, an independent bookshop on Harbor Street, has opened a reading room for children "
          "in the former ferry office next door."),
         ("p", "The room holds 3,000 picture books, a puppet theatre and a reading corner shaped like a boat. "
          "Story time runs every Wednesday and Saturday morning."),
         ("p", "\u201cA town this size should have a place where children can sit and read without buying "
          "anything,\u201d said owner Clementine Oduya."),
         ("contact", ["Contact: Clementine Oduya, hello@pennywhistle-books.example, +1 503 555 0148"]),
     ]},
    {"id": "e33-de-tj1", "lang": "de", "shape": "tj",
     "note": "Lines written as TJ arrays: kerning numbers inside words and a large negative number for each "
     "word gap, no space character (as Skia/Quartz write them).",
     "emails": ["info@imkerverein-haselbach.example"],
     "phones": ["+49 8234 77 91 05"],
     "blocks": [
         ("title", "Imkerverein Haselbach eröffnet einen Lehrbienenstand"),
         ("dl", "Haselbach, 18. Mai 2026 \u2013 ",
          "Der Imkerverein Haselbach hat am Ortsrand einen Lehrbienenstand mit acht Völkern eröffnet, an dem "
          "Schulklassen und Neuimker das Handwerk lernen können."),
         ("p", "Der Stand liegt am Feldweg zum Weiher und hat einen überdachten Schauraum mit einem gläsernen "
          "Beobachtungskasten."),
         ("p", "Kurse für Anfänger beginnen im Juni und kosten für Mitglieder nichts."),
         ("contact", ["Kontakt: Walburga Stemmler, info@imkerverein-haselbach.example, Tel. +49 8234 77 91 05"]),
     ]},
    {"id": "e33-nl-word1", "lang": "nl", "shape": "wordjust",
     "note": "Justified text drawn word by word (one drawString per word, the gaps stretched to fill the "
     "line, so they differ from line to line); no space character.",
     "emails": ["pers@watersportbond-lindeveen.example"],
     "phones": ["+31 513 68 42 17"],
     "blocks": [
         ("title", "Watersportbond Lindeveen legt een drijvende steiger aan"),
         ("dl", "LINDEVEEN, 4 april 2026 \u2013 ",
          "De Watersportbond Lindeveen legt deze zomer een drijvende steiger aan in de haven van het dorp, "
          "zodat ook rolstoelgebruikers in een zeilboot kunnen stappen."),
         ("p", "De steiger is veertig meter lang en heeft een lift die de rolstoel tot op de hoogte van het dek "
          "brengt. De gemeente en een fonds betalen samen 180.000 euro."),
         ("p", "Vanaf juli geeft de bond op zaterdag gratis zeillessen aan mensen met een beperking."),
         ("contact", ["Perscontact: Jorinde Wessemaker, pers@watersportbond-lindeveen.example, +31 513 68 42 17"]),
     ]},
    {"id": "e33-pt-glyph2", "lang": "pt", "shape": "glyph",
     "note": "Glyph by glyph like en-glyph1, with tracking (letter-spacing) on the headline, so the gap "
     "between letters of the headline is wide and a word gap is only somewhat wider.",
     "track": 2.5,
     "emails": ["imprensa@moinhos-vilarelho.example"],
     "phones": ["+351 259 418 203"],
     "blocks": [
         ("title", "Associação dos Moinhos de Vilarelho recupera três moinhos"),
         ("dl", "Vilarelho, 7 de julho de 2026 \u2013 ",
          "A Associação dos Moinhos de Vilarelho concluiu a recuperação de três moinhos de água no rio Pinhão, "
          "que voltam a moer milho para o pão da aldeia."),
         ("p", "As obras duraram dois anos e foram feitas por voluntários com a ajuda de um moleiro reformado."),
         ("p", "Os moinhos abrem a visitas no primeiro domingo de cada mês."),
         ("contact", ["Contacto: Filipa Vasconcelos, imprensa@moinhos-vilarelho.example, +351 259 418 203"]),
     ]},
    # ---- DOCX: About or contact block in the header/footer part or a box at the page end
    {"id": "e33-en-hdr1", "lang": "en", "shape": "docx",
     "note": "The media contact block is in the page header part (right-aligned lines above the title, "
     "as a letterhead); it is not body.",
     "header": ["Cobblestone Theatre Company", "Press: Marigold Ashdown", "marigold@cobblestone-theatre.example",
                "+44 1632 960 577"],
     "emails": ["marigold@cobblestone-theatre.example"],
     "phones": ["+44 1632 960 577"],
     "blocks": [
         ("title", "Cobblestone Theatre takes a play about the mill strike on tour"),
         ("dl", "HEBBLETHWAITE, 20 March 2026 \u2013 ",
          "Cobblestone Theatre Company will take its new play, The Loom Bell, to eleven village halls in the "
          "Calder uplands this spring."),
         ("p", "The play tells the story of the weavers' strike at Thornley Mill in 1893 and was written with "
          "descendants of the strikers."),
         ("p", "Tickets cost \u00a38 and can be bought at each hall on the night."),
         ("about_h", "About Cobblestone Theatre"),
         ("about", "Cobblestone Theatre Company has toured rural halls in the north of England since 1998."),
     ]},
    {"id": "e33-it-ftr1", "lang": "it", "shape": "docx",
     "note": "La sezione 'Chi siamo' e i contatti stanno nella parte piè di pagina (footer part) del DOCX; "
     "la 'Chi siamo' è about, i contatti danno email e telefono.",
     "footer": ["Chi siamo", "La Filarmonica di Roccalvera è una banda musicale fondata nel 1874, con 60 "
                "musicisti.", "Ufficio stampa: stampa@filarmonica-roccalvera.example \u00b7 +39 0575 61 24 98"],
     "gold_about": ["La Filarmonica di Roccalvera è una banda musicale fondata nel 1874, con 60 musicisti."],
     "emails": ["stampa@filarmonica-roccalvera.example"],
     "phones": ["+39 0575 61 24 98"],
     "blocks": [
         ("title", "La Filarmonica di Roccalvera compie 150 anni con un concerto in piazza"),
         ("dl", "Roccalvera, 5 agosto 2026 \u2013 ",
          "La Filarmonica di Roccalvera festeggia i suoi 150 anni con un concerto in piazza del Comune il 22 "
          "agosto, con musiche scritte per la banda dai suoi direttori."),
         ("p", "Per l'occasione la banda ha ritrovato in archivio una marcia del 1891 che non veniva suonata da "
          "un secolo."),
         ("p", "L'ingresso è libero; in caso di pioggia il concerto si terrà nel teatro comunale."),
     ]},
    {"id": "e33-pt-tbx1", "lang": "pt", "shape": "docx",
     "note": "O 'Sobre' e os contactos numa caixa de texto ancorada no fundo da página 1 (wp:anchor "
     "relativo à margem, alinhado em baixo); no DOCX a âncora está no primeiro parágrafo.",
     "endbox": ["Sobre a Cooperativa Agrícola de Serrazes",
                "A Cooperativa Agrícola de Serrazes junta 210 produtores de castanha e mel da serra.",
                "Contactos: Gonçalo Meireles \u00b7 comunicacao@coop-serrazes.example \u00b7 +351 232 764 118"],
     "gold_about": ["A Cooperativa Agrícola de Serrazes junta 210 produtores de castanha e mel da serra."],
     "emails": ["comunicacao@coop-serrazes.example"],
     "phones": ["+351 232 764 118"],
     "blocks": [
         ("title", "Cooperativa de Serrazes abre uma loja na estação de comboios"),
         ("dl", "Serrazes, 14 de setembro de 2026 \u2013 ",
          "A Cooperativa Agrícola de Serrazes abre no sábado uma loja na antiga estação de comboios, onde vai "
          "vender castanha, mel e compotas dos seus produtores."),
         ("p", "A loja ocupa a antiga sala de espera, recuperada pela junta de freguesia, e terá também um "
          "pequeno café."),
         ("p", "Estará aberta de quinta-feira a domingo, das 10 às 19 horas."),
     ]},
    # ---- two languages in one document --------------------------------
    {"id": "e33-en-bi1", "lang": "en", "shape": "docx",
     "note": "The release in English, then a heading 'Version française' and the same release in French. "
     "The record is the English release; the translation is not body (like an appended document).",
     "emails": ["press@lakeshore-ferries.example"],
     "phones": ["+1 514 555 0190"],
     "blocks": [
         ("title", "Lakeshore Ferries adds an evening crossing to Île Bérard"),
         ("dl", "PORT-AUX-SAULES, Que., May 28, 2026 \u2013 ",
          "Lakeshore Ferries will add a 9 p.m. crossing to Île Bérard from June 15, so that islanders who work "
          "late shifts on the mainland can get home."),
         ("p", "The crossing will run every day until the end of September."),
         ("contact", ["Media: Héloïse Carmody, press@lakeshore-ferries.example, +1 514 555 0190"]),
         ("lang", "Version française"),
         ("title", "Les Traversiers Lakeshore ajoutent une traversée du soir vers l'île Bérard"),
         ("dl", "PORT-AUX-SAULES (Québec), le 28 mai 2026 \u2013 ",
          "Les Traversiers Lakeshore ajouteront une traversée à 21 h vers l'île Bérard à partir du 15 juin, "
          "pour que les insulaires qui travaillent tard sur la terre ferme puissent rentrer chez eux."),
         ("p", "La traversée sera offerte tous les jours jusqu'à la fin de septembre."),
         ("contact", ["Médias : Héloïse Carmody, press@lakeshore-ferries.example, +1 514 555 0190"]),
     ]},
    {"id": "e33-de-bi2", "lang": "de", "shape": "html",
     "note": "Die Mitteilung auf Deutsch, dann 'English version' und dieselbe Mitteilung auf Englisch "
     "(Chromium). The record is the German release.",
     "emails": ["medien@bergbahn-oberfalken.example"],
     "phones": ["+41 81 555 23 40"],
     "blocks": [
         ("title", "Bergbahn Oberfalken fährt im Sommer bis Mitternacht"),
         ("dl", "Oberfalken, 30. Mai 2026 \u2013 ",
          "Die Bergbahn Oberfalken fährt in diesem Sommer freitags und samstags bis Mitternacht, damit Gäste "
          "den Sonnenuntergang auf dem Falkenhorn erleben können."),
         ("p", "Das Bergrestaurant bleibt an diesen Abenden bis 23 Uhr geöffnet."),
         ("contact", ["Medienkontakt: Ursina Caduff, medien@bergbahn-oberfalken.example, +41 81 555 23 40"]),
         ("lang", "English version"),
         ("title", "Oberfalken cable car runs until midnight this summer"),
         ("dl", "Oberfalken, 30 May 2026 \u2013 ",
          "The Oberfalken cable car will run until midnight on Fridays and Saturdays this summer, so that "
          "visitors can watch the sunset from the Falkenhorn."),
         ("p", "The mountain restaurant stays open until 11 p.m. on those evenings."),
     ]},
]

# The gold's dateline of each release (location as written without its
# region; None where only a date is printed) and its date.
DATELINES = {
    "e33-en-kit1": ("CORBY LANE", "2026-05-12"),
    "e33-fr-kit2": ("Vaudreuil-sur-Oise", "2026-06-03"),
    "e33-de-kit3": ("Kelmbach", "2026-04-21"),
    "e33-en-deck1": ("OTTER FALLS", "2026-09-09"),
    "e33-es-deck2": ("Valdemuro", "2026-10-02"),
    "e33-it-deck3": (None, "2026-05-12"),
    "e33-en-glyph1": ("TILLAMOOK BAY", "2026-06-02"),
    "e33-de-tj1": ("Haselbach", "2026-05-18"),
    "e33-nl-word1": ("LINDEVEEN", "2026-04-04"),
    "e33-pt-glyph2": ("Vilarelho", "2026-07-07"),
    "e33-en-hdr1": ("HEBBLETHWAITE", "2026-03-20"),
    "e33-it-ftr1": ("Roccalvera", "2026-08-05"),
    "e33-pt-tbx1": ("Serrazes", "2026-09-14"),
    "e33-en-bi1": ("PORT-AUX-SAULES", "2026-05-28"),
    "e33-de-bi2": ("Oberfalken", "2026-05-30"),
}
