# The releases of tests/eval36 (read by make.py): the ways writers carry
# boilerplate in Word. Invented organisations, people and towns; written
# before pressmill was run on them. Inline: **bold**.
#
# Blocks: ("release", t); ("title", t) (opts "title": "style" for Word's
# Title style, else bold 16 pt); ("sub", t) italic deck; ("lead",
# dateline, text) the first paragraph, its dateline opening it (body:
# text); ("p", t) body paragraph; ("bh", t) bold body heading (body);
# ("head", t, mode) About/notes heading, neither (mode bold, caps (w:caps),
# plain or a style name); ("ap", t) About paragraph; ("runin", head, t)
# About paragraph opened by a bold run-in heading (about: t); ("end", t)
# centred end mark; ("contact", [lines]) contact lines; ("contactp", t) a
# contact paragraph; ("note", t) a numbered note (List Number), neither;
# ("anote", head, t) a numbered note opened by a bold About run-in (about: t); ("cell",
# [blocks]) a one-cell bordered table; ("box", [blocks]) a text box
# (DrawingML with VML fallback) anchored in an empty paragraph.

RELEASES = [
    {"id": "e36-en-01", "lang": "en", "opts": {"title": "style"},
     "note": "About heading as a bold run alone in a Normal paragraph after '###'; the contacts after the About text.",
     "dateline": ("HARROWGATE", "2026-11-03"),
     "emails": ["press@brackwater.example"], "phones": ["+44 1423 555 017"],
     "blocks": [("release", "FOR IMMEDIATE RELEASE"),
                ("title", "Brackwater Analytics Opens Data Lab for Small Water Utilities"),
                ("lead", "HARROWGATE, England \u2013 3 November 2026 \u2013 ",
                 "Brackwater Analytics today opened a data laboratory where small water utilities can test leak "
                 "detection software on their own meter readings before they buy it."),
                ("p", "The lab holds anonymised readings from eleven rural networks and a bench of forty smart "
                 "meters that can be set to fail in the ways field meters do."),
                ("p", "\u201cA utility with four engineers cannot run a pilot for every vendor that calls,\u201d said "
                 "Imogen Threlkeld, who leads the lab. \u201cHere they can try three in a week.\u201d"),
                ("p", "The first twelve utilities to apply will use the lab free of charge until March."),
                ("end", "###"),
                ("head", "About Brackwater Analytics", "bold"),
                ("ap", "Brackwater Analytics builds software that finds leaks in water networks from meter data. "
                 "Founded in 2017, it employs 60 people in Harrowgate and Leeds."),
                ("contact", ["Media contact: Imogen Threlkeld", "press@brackwater.example", "+44 1423 555 017"])]},

    {"id": "e36-en-02", "lang": "en", "opts": {"title": "bold"},
     "note": "Contacts before the boilerplate; About heading typed in capitals in Heading 2, after '-ends-'.",
     "dateline": ("DUNMORE", "2026-10-21"),
     "emails": ["media@helvinfoods.example"], "phones": ["(570) 555-0163"],
     "blocks": [("title", "Helvin Foods to Build Cold Storage Hub for Regional Farmers"),
                ("sub", "The $14 million site will open in the spring of 2028"),
                ("lead", "DUNMORE, Pa., Oct. 21, 2026 \u2013 ",
                 "Helvin Foods will build a cold storage hub on the former rail yard in Dunmore, giving growers "
                 "within 80 miles a place to keep fruit and vegetables fresh until they are sold."),
                ("p", "The hub will hold 4,000 pallets and will rent space by the week, so that a farm with a "
                 "single truckload can use it as easily as a packing house."),
                ("p", "Construction begins in January and is expected to create 35 permanent jobs."),
                ("end", "-ends-"),
                ("contact", ["Media Contact:", "Rosalind Achterberg", "media@helvinfoods.example",
                             "(570) 555-0163"]),
                ("head", "ABOUT HELVIN FOODS", "Heading 2"),
                ("ap", "Helvin Foods is a family-owned wholesaler of fresh produce serving grocers in "
                 "Pennsylvania and New York since 1958."),
                ("ap", "For more information, visit www.helvinfoods.example.")]},

    {"id": "e36-en-03", "lang": "en", "opts": {"title": "style"},
     "note": "Run-in About section: 'About Tarrow Mills:' as a bold run opening the paragraph, then a second "
     "organisation's boilerplate with no heading, opening with its name ('Corvell Trust, Inc. is'); '- 30 -' "
     "before them, a contact paragraph after.",
     "dateline": ("ASHFORD", "2026-09-15"),
     "emails": ["news@tarrowmills.example"], "phones": ["860-555-0148"],
     "blocks": [("title", "Tarrow Mills and Corvell Trust Restore Ashford Riverside Mill"),
                ("lead", "ASHFORD, Conn. \u2013 September 15, 2026 \u2013 ",
                 "Tarrow Mills and the Corvell Trust have finished restoring the 1870 riverside mill in Ashford, "
                 "which reopens this weekend as a working flour mill and a museum."),
                ("p", "The restoration replaced the water wheel, rebuilt two pairs of millstones and repaired the "
                 "brick walls with lime mortar made on site."),
                ("p", "Visitors can watch grain being ground every Saturday and buy the flour in the mill shop."),
                ("end", "- 30 -"),
                ("runin", "About Tarrow Mills:", "Tarrow Mills grinds heritage grains for bakeries in New England "
                 "and has run three restored water mills since 2009."),
                ("ap", "Corvell Trust, Inc. is a nonprofit that buys and restores "
                 "industrial buildings in eastern Connecticut."),
                ("contactp", "Contact: Wendell Ostrander, 860-555-0148, news@tarrowmills.example")]},

    {"id": "e36-en-04", "lang": "en", "opts": {"title": "style"},
     "note": "Two About sections for two organisations, 'About the X:' in Heading 3 with a trailing colon, "
     "after 'ENDS' and before the contacts.",
     "dateline": ("GALLOWAY", "2026-11-18"),
     "emails": ["comms@ferrin.example", "press@lowmoor.example"], "phones": [],
     "blocks": [("title", "Ferrin Institute and Lowmoor Energy Test Tidal Turbine Off Galloway Coast"),
                ("lead", "GALLOWAY, Scotland, 18 November 2026 \u2013 ",
                 "The Ferrin Institute and Lowmoor Energy have lowered a 250-kilowatt tidal turbine into the "
                 "channel off Portmurran, the first test of its kind in the Solway Firth."),
                ("p", "For eighteen months the turbine will feed power to the harbour while sensors record how "
                 "seals and fish move around it."),
                ("p", "\u201cWe will learn as much about the animals as about the machine,\u201d said Dr Aileen "
                 "Carmody of the Ferrin Institute."),
                ("end", "ENDS"),
                ("head", "About the Ferrin Institute:", "Heading 3"),
                ("ap", "The Ferrin Institute is a marine research centre in Dumfries that studies coastal "
                 "ecosystems and renewable energy at sea."),
                ("head", "About Lowmoor Energy:", "Heading 3"),
                ("ap", "Lowmoor Energy designs and operates small tidal turbines for island and harbour "
                 "communities in Scotland and Ireland."),
                ("contact", ["Press enquiries: comms@ferrin.example / press@lowmoor.example"])]},

    {"id": "e36-en-05", "lang": "en", "opts": {"title": "bold"},
     "note": "'Notes to editors' (bold) after '-ENDS-' with Word-numbered notes: the first an About note "
     "opening 'About Kestwick Rail:' the others a photo note and an event note (neither body nor About).",
     "dateline": ("KESTWICK", "2026-10-02"),
     "emails": ["press@kestwickrail.example"], "phones": ["01768 555 902"],
     "blocks": [("title", "Kestwick Rail Reopens Lakeside Branch Line After 60 Years"),
                ("lead", "KESTWICK, 2 October 2026 \u2013 ",
                 "Passenger trains will run again on the lakeside branch from Saturday, sixty years after the "
                 "line closed to traffic."),
                ("p", "Volunteers relaid four miles of track, rebuilt two stations and restored a 1950s diesel "
                 "railcar over nine years of weekends."),
                ("p", "Trains will run hourly at weekends and daily in the school holidays."),
                ("contactp", "Media enquiries: Harriet Ambler, 01768 555 902, press@kestwickrail.example"),
                ("end", "-ENDS-"),
                ("head", "Notes to editors", "bold"),
                ("anote", "About Kestwick Rail:", "Kestwick Rail is a charity run by 300 volunteers that restores "
                 "and operates heritage railways in Cumbria."),
                ("note", "Photographs of the reopening are available on request."),
                ("note", "The opening train leaves Kestwick station at 10.15 on Saturday.")]},

    {"id": "e36-en-06", "lang": "en", "opts": {"title": "style"},
     "note": "'Boilerplate' as a bold heading inside a one-cell bordered table with the About text; "
     "contacts before the table.",
     "dateline": ("BRAMLEY", "2026-08-27"),
     "emails": ["hello@qarrolabs.example"], "phones": ["(303) 555-0121"],
     "blocks": [("title", "Qarro Labs Releases Free Soil Moisture Kit for School Gardens"),
                ("lead", "BRAMLEY, Colo. \u2013 Aug. 27, 2026 \u2013 ",
                 "Qarro Labs will send a free soil moisture kit to every school garden in Colorado that asks "
                 "for one before the end of the year."),
                ("p", "The kit holds three sensors, a small solar panel and a display that shows pupils when "
                 "each bed needs water."),
                ("p", "Teachers can download lesson plans that use the readings in science and mathematics classes."),
                ("contact", ["Contact: Tobias Reinholt", "hello@qarrolabs.example", "(303) 555-0121"]),
                ("cell", [("head", "Boilerplate", "bold"),
                          ("ap", "Qarro Labs makes low-cost environmental sensors for farms, schools and "
                           "community groups. The company was founded in 2020 and is based in Bramley.")])]},

    {"id": "e36-fr-01", "lang": "fr", "opts": {"title": "style"},
     "note": "'\u00c0 propos de Verdaline :' (bold, French space and colon) after '###', two paragraphs, "
     "then 'Contact presse'.",
     "dateline": ("Lyon", "2026-11-10"),
     "emails": ["presse@verdaline.example"], "phones": ["04 72 55 01 38"],
     "blocks": [("title", "Verdaline ouvre une conserverie solidaire \u00e0 Lyon"),
                ("lead", "Lyon, le 10 novembre 2026 \u2013 ",
                 "Verdaline ouvre dans le 8e arrondissement une conserverie o\u00f9 les mara\u00eechers de la "
                 "r\u00e9gion transforment leurs invendus en bocaux vendus aux \u00e9piceries solidaires."),
                ("p", "L\u2019atelier emploie huit personnes en insertion et pourra traiter deux tonnes de "
                 "l\u00e9gumes par semaine."),
                ("p", "\u00ab Rien ne devrait finir au compost tant qu\u2019on peut le mettre en bocal \u00bb, "
                 "explique sa fondatrice, Margaux Delorme-Vasseur."),
                ("end", "###"),
                ("head", "\u00c0 propos de Verdaline :", "bold"),
                ("ap", "Verdaline est une entreprise d\u2019insertion fond\u00e9e en 2021 \u00e0 Lyon. Elle lutte "
                 "contre le gaspillage alimentaire en transformant les surplus agricoles."),
                ("ap", "Elle compte aujourd\u2019hui 24 salari\u00e9s et trois ateliers."),
                ("head", "Contact presse", "bold"),
                ("contact", ["Margaux Delorme-Vasseur", "presse@verdaline.example", "04 72 55 01 38"])]},

    {"id": "e36-fr-02", "lang": "fr", "opts": {"title": "bold"},
     "note": "'A propos d\u2019Orbelle' (no accent, elided article) and its text in a text box at the end, "
     "after the contacts.",
     "dateline": ("Rennes", "2026-10-14"),
     "emails": ["contact@orbelle.example"], "phones": ["02 99 55 47 10"],
     "blocks": [("title", "Orbelle lance un service de v\u00e9los cargos partag\u00e9s pour les artisans"),
                ("lead", "Rennes, 14 octobre 2026 \u2013 ",
                 "Orbelle met \u00e0 disposition des artisans rennais quarante v\u00e9los cargos \u00e0 assistance "
                 "\u00e9lectrique, r\u00e9servables \u00e0 la demi-journ\u00e9e."),
                ("p", "Plombiers, fleuristes et \u00e9b\u00e9nistes pourront y charger jusqu\u2019\u00e0 150 kilos "
                 "de mat\u00e9riel et circuler dans le centre pi\u00e9tonnier."),
                ("p", "Le service ouvrira le 2 novembre dans quatre stations."),
                ("contact", ["Contact presse : Yannick Le Goff", "contact@orbelle.example \u2013 02 99 55 47 10"]),
                ("box", [("head", "A propos d\u2019Orbelle", "bold"),
                         ("ap", "Orbelle est une coop\u00e9rative rennaise cr\u00e9\u00e9e en 2022 qui d\u00e9veloppe "
                          "la logistique urbaine \u00e0 v\u00e9lo pour les professionnels.")])]},

    {"id": "e36-de-01", "lang": "de", "opts": {"title": "style"},
     "note": "'\u00dcber die Stadtwerke Haldenbach' in Heading 2 after '\u2013 Ende \u2013', then "
     "'Pressekontakt:' with the contact lines.",
     "dateline": ("Haldenbach", "2026-11-04"),
     "emails": ["presse@sw-haldenbach.example"], "phones": ["+49 6221 555 3040"],
     "blocks": [("title", "Stadtwerke Haldenbach bauen W\u00e4rmenetz f\u00fcr die Altstadt"),
                ("lead", "Haldenbach, 4. November 2026 \u2013 ",
                 "Die Stadtwerke Haldenbach beginnen im Fr\u00fchjahr mit dem Bau eines W\u00e4rmenetzes, das "
                 "bis 2030 rund 1.200 Geb\u00e4ude der Altstadt mit Abw\u00e4rme aus dem Kl\u00e4rwerk versorgen soll."),
                ("p", "Die Leitungen werden in den Gassen verlegt, wenn ohnehin Wasserrohre erneuert werden."),
                ("p", "\u201eSo m\u00fcssen wir jede Stra\u00dfe nur einmal aufrei\u00dfen\u201c, sagt "
                 "Gesch\u00e4ftsf\u00fchrerin Annelie Brugger."),
                ("end", "\u2013 Ende \u2013"),
                ("head", "\u00dcber die Stadtwerke Haldenbach", "Heading 2"),
                ("ap", "Die Stadtwerke Haldenbach versorgen 48.000 Menschen mit Strom, Wasser und W\u00e4rme. "
                 "Das Unternehmen geh\u00f6rt der Stadt und besch\u00e4ftigt 310 Mitarbeitende."),
                ("head", "Pressekontakt:", "bold"),
                ("contact", ["Jonas Wendeler", "presse@sw-haldenbach.example", "+49 6221 555 3040"])]},

    {"id": "e36-de-02", "lang": "de", "opts": {"title": "bold"},
     "note": "Run-in '\u00dcber Kesselbrunn Software:' as a bold run opening the About paragraph, after the "
     "contacts; no end mark.",
     "dateline": ("Kesselbrunn", "2026-09-29"),
     "emails": ["presse@kesselbrunn.example"], "phones": ["0731 555 2290"],
     "blocks": [("title", "Kesselbrunn Software bringt Dienstplan-App f\u00fcr Pflegedienste"),
                ("lead", "Kesselbrunn, 29. September 2026 \u2013 ",
                 "Kesselbrunn Software hat eine App vorgestellt, mit der ambulante Pflegedienste ihre "
                 "Dienstpl\u00e4ne in wenigen Minuten erstellen k\u00f6nnen."),
                ("p", "Die App ber\u00fccksichtigt Fahrtzeiten, Qualifikationen und W\u00fcnsche der "
                 "Mitarbeitenden und schl\u00e4gt bei Krankheit Vertretungen vor."),
                ("p", "Sie kostet 4 Euro pro Mitarbeiterin und Monat."),
                ("contactp", "Pressekontakt: Lena Obermaier, presse@kesselbrunn.example, Tel. 0731 555 2290"),
                ("runin", "\u00dcber Kesselbrunn Software:", "Das 2015 gegr\u00fcndete Unternehmen entwickelt "
                 "Software f\u00fcr soziale Dienste und besch\u00e4ftigt 45 Menschen in Kesselbrunn und Ulm.")]},

    {"id": "e36-es-01", "lang": "es", "opts": {"title": "bold"},
     "note": "'ACERCA DE GRUPO ALVERDE' bold with Word's All caps (w:caps) on text typed in mixed case, "
     "after the contacts.",
     "dateline": ("Valencia", "2026-11-10"),
     "emails": ["prensa@alverde.example"], "phones": ["+34 963 55 21 07"],
     "blocks": [("title", "Grupo Alverde abre una planta de compostaje en la huerta de Valencia"),
                ("lead", "Valencia, 10 de noviembre de 2026.\u2013 ",
                 "Grupo Alverde ha inaugurado en Alboraia una planta que convertir\u00e1 cada a\u00f1o 20.000 "
                 "toneladas de restos de poda y de mercado en compost para los agricultores de la huerta."),
                ("p", "La planta da empleo a 18 personas y evitar\u00e1 que esos restos terminen en el vertedero."),
                ("p", "Los agricultores podr\u00e1n recoger el compost a precio de coste a partir de enero."),
                ("contact", ["Contacto de prensa:", "Nuria Castellv\u00ed", "prensa@alverde.example",
                             "+34 963 55 21 07"]),
                ("head", "Acerca de Grupo Alverde", "caps"),
                ("ap", "Grupo Alverde es una empresa valenciana de gesti\u00f3n de residuos org\u00e1nicos "
                 "fundada en 2004, con plantas en Valencia, Castell\u00f3n y Murcia.")]},

    {"id": "e36-es-02", "lang": "es", "opts": {"title": "style"},
     "note": "Two About sections 'Sobre Fundaci\u00f3n Miraluz' and 'Sobre la Universidad de Ternal' as bold "
     "lines after '###'.",
     "dateline": ("Ternal", "2026-10-06"),
     "emails": ["comunicacion@miraluz.example"], "phones": [],
     "blocks": [("title", "Fundaci\u00f3n Miraluz y la Universidad de Ternal crean becas para estudiantes rurales"),
                ("lead", "Ternal, 6 de octubre de 2026 \u2013 ",
                 "La Fundaci\u00f3n Miraluz y la Universidad de Ternal han firmado un acuerdo para financiar cada "
                 "a\u00f1o 50 becas completas para j\u00f3venes de municipios de menos de 5.000 habitantes."),
                ("p", "Las becas cubren la matr\u00edcula, el alojamiento y un ordenador port\u00e1til."),
                ("p", "La convocatoria se abrir\u00e1 en febrero."),
                ("end", "###"),
                ("head", "Sobre Fundaci\u00f3n Miraluz", "bold"),
                ("ap", "La Fundaci\u00f3n Miraluz apoya desde 1996 la educaci\u00f3n de j\u00f3venes en el "
                 "medio rural."),
                ("head", "Sobre la Universidad de Ternal", "bold"),
                ("ap", "La Universidad de Ternal es una universidad p\u00fablica con 14.000 estudiantes y "
                 "cuatro campus."),
                ("contactp", "Comunicaci\u00f3n: comunicacion@miraluz.example")]},

    {"id": "e36-it-01", "lang": "it", "opts": {"title": "style"},
     "note": "'Informazioni su Valtessa:' bold with a colon, after the contacts 'Ufficio stampa'.",
     "dateline": ("Bergamo", "2026-11-09"),
     "emails": ["stampa@valtessa.example"], "phones": ["035 555 8812"],
     "blocks": [("title", "Valtessa porta la fibra ottica in venti comuni delle valli bergamasche"),
                ("lead", "Bergamo, 9 novembre 2026 \u2013 ",
                 "Valtessa collegher\u00e0 entro il 2028 venti comuni delle valli bergamasche alla rete in fibra "
                 "ottica, raggiungendo 31.000 abitazioni."),
                ("p", "I lavori useranno in gran parte le condotte gi\u00e0 esistenti dell\u2019illuminazione "
                 "pubblica, riducendo gli scavi."),
                ("p", "I primi allacciamenti sono previsti a Zogno e a Serina in primavera."),
                ("head", "Ufficio stampa", "bold"),
                ("contact", ["Chiara Rottoli", "stampa@valtessa.example", "035 555 8812"]),
                ("head", "Informazioni su Valtessa:", "bold"),
                ("ap", "Valtessa \u00e8 un operatore di telecomunicazioni nato nel 2012 che costruisce reti in "
                 "fibra nelle aree montane della Lombardia.")]},

    {"id": "e36-it-02", "lang": "it", "opts": {"title": "bold"},
     "note": "'Chi \u00e8 Lumetra' in Heading 2 after '- FINE -'.",
     "dateline": ("Ravenna", "2026-10-20"),
     "emails": ["press@lumetra.example"], "phones": [],
     "blocks": [("title", "Lumetra restaura i mosaici della basilica di San Fulgenzio"),
                ("lead", "Ravenna, 20 ottobre 2026 \u2013 ",
                 "Lumetra ha completato il restauro dei mosaici dell\u2019abside della basilica di San Fulgenzio, "
                 "chiusa al pubblico da tre anni."),
                ("p", "Sei restauratori hanno consolidato oltre 40.000 tessere e ripulito le dorature."),
                ("p", "La basilica riapre al pubblico domenica con visite guidate gratuite."),
                ("end", "- FINE -"),
                ("head", "Chi \u00e8 Lumetra", "Heading 2"),
                ("ap", "Lumetra \u00e8 un laboratorio di restauro di Ravenna specializzato in mosaici antichi, "
                 "attivo dal 1988."),
                ("contactp", "Per informazioni: press@lumetra.example")]},

    {"id": "e36-nl-01", "lang": "nl", "opts": {"title": "style"},
     "note": "'Over Brinkveld' bold after '###', then 'Noot voor de redactie' with the contact (not body).",
     "dateline": ("Zwolle", "2026-11-02"),
     "emails": ["pers@brinkveld.example"], "phones": ["038 555 1964"],
     "blocks": [("title", "Brinkveld opent eerste energiecooperatie voor sportclubs"),
                ("lead", "Zwolle, 2 november 2026 \u2013 ",
                 "Brinkveld heeft vandaag de eerste energiecoöperatie voor sportclubs geopend: 22 "
                 "verenigingen in Overijssel delen de zonnepanelen op hun kantines en tribunes."),
                ("p", "De clubs verwachten samen jaarlijks 140.000 euro aan energiekosten te besparen."),
                ("p", "Andere verenigingen kunnen zich vanaf januari aansluiten."),
                ("end", "###"),
                ("head", "Over Brinkveld", "bold"),
                ("ap", "Brinkveld is een adviesbureau uit Zwolle dat verenigingen helpt met verduurzaming. "
                 "Het bureau werkt sinds 2016 met meer dan 300 clubs."),
                ("head", "Noot voor de redactie", "bold"),
                ("contactp", "Voor meer informatie: Sanne Hofstede, pers@brinkveld.example, 038 555 1964")]},

    {"id": "e36-pt-01", "lang": "pt", "opts": {"title": "bold"},
     "note": "'Sobre a Carvalhal Energia' in Heading 3 after the contacts.",
     "dateline": ("Porto", "2026-11-05"),
     "emails": ["imprensa@carvalhal.example"], "phones": ["+351 22 555 0193"],
     "blocks": [("title", "Carvalhal Energia instala pain\u00e9is solares em 40 escolas do Porto"),
                ("lead", "Porto, 5 de novembro de 2026 \u2013 ",
                 "A Carvalhal Energia vai instalar pain\u00e9is solares nos telhados de 40 escolas do Porto, "
                 "que passar\u00e3o a produzir um ter\u00e7o da eletricidade que consomem."),
                ("p", "A obra ser\u00e1 feita durante as f\u00e9rias escolares e n\u00e3o ter\u00e1 custos para "
                 "o munic\u00edpio."),
                ("p", "Os alunos poder\u00e3o acompanhar a produ\u00e7\u00e3o num painel instalado em cada escola."),
                ("contact", ["Contacto para a imprensa:", "Beatriz Sousa Lemos", "imprensa@carvalhal.example",
                             "+351 22 555 0193"]),
                ("head", "Sobre a Carvalhal Energia", "Heading 3"),
                ("ap", "A Carvalhal Energia \u00e9 uma empresa portuguesa de energia solar fundada em 2011, "
                 "com 120 colaboradores.")]},

    {"id": "e36-sv-01", "lang": "sv", "opts": {"title": "style"},
     "note": "'Om Norrvik Marin' bold after the contacts 'Presskontakt:'.",
     "dateline": ("Ume\u00e5", "2026-11-03"),
     "emails": ["press@norrvikmarin.example"], "phones": ["090-555 47 12"],
     "blocks": [("title", "Norrvik Marin bygger eldrivna arbetsb\u00e5tar f\u00f6r fiskodlingar"),
                ("lead", "Ume\u00e5, 3 november 2026 \u2013 ",
                 "Norrvik Marin har f\u00e5tt en order p\u00e5 tolv eldrivna arbetsb\u00e5tar fr\u00e5n "
                 "fiskodlingar i Norrbotten."),
                ("p", "B\u00e5tarna laddas vid bryggan under natten och kan arbeta en hel dag utan att "
                 "starta en dieselmotor."),
                ("p", "De f\u00f6rsta b\u00e5tarna levereras i maj."),
                ("head", "Presskontakt:", "bold"),
                ("contact", ["Elin Marklund", "press@norrvikmarin.example", "090-555 47 12"]),
                ("head", "Om Norrvik Marin", "bold"),
                ("ap", "Norrvik Marin \u00e4r ett varv i Ume\u00e5 som sedan 1994 bygger arbetsb\u00e5tar i "
                 "aluminium f\u00f6r vattenbruk och kommuner.")]},

    {"id": "e36-da-01", "lang": "da", "opts": {"title": "bold"},
     "note": "'OM FJORDBYEN CYKLER' typed in capitals in Heading 2 after '###'.",
     "dateline": ("Aarhus", "2026-10-27"),
     "emails": ["presse@fjordbyen.example"], "phones": ["+45 86 55 12 34"],
     "blocks": [("title", "Fjordbyen Cykler \u00e5bner v\u00e6rksted for ladcykler p\u00e5 havnen"),
                ("lead", "Aarhus, 27. oktober 2026 \u2013 ",
                 "Fjordbyen Cykler \u00e5bner et v\u00e6rksted p\u00e5 havnen, hvor familier og "
                 "h\u00e5ndv\u00e6rkere kan f\u00e5 repareret deres ladcykler samme dag."),
                ("p", "V\u00e6rkstedet har seks mekanikere og et lager af reservedele til de mest solgte "
                 "m\u00e6rker."),
                ("p", "Det holder \u00e5bent alle hverdage fra klokken 7."),
                ("end", "###"),
                ("head", "OM FJORDBYEN CYKLER", "Heading 2"),
                ("ap", "Fjordbyen Cykler er en cykelforretning i Aarhus, grundlagt i 2008, med 25 ansatte."),
                ("contactp", "Kontakt: Mads Kjeldgaard, presse@fjordbyen.example, +45 86 55 12 34")]},
]

# Second round (written after the first scored 1.000 on every field, and
# before pressmill was run on these): the forms the first round left out.
# Blocks added: ("brhead", head, t) a bold About heading, a line break
# (Shift+Enter) and the About text in one paragraph (about: t); ("bullet",
# t) a body list item; ("abullet", t) a list item of an About section;
# ("table2", [left], [right]) a borderless two-cell table; ("pagebreak",);
# head modes underline, big (14 pt, not bold) and bolditalic.
RELEASES += [
    {"id": "e36-en-07", "lang": "en", "opts": {"title": "style"},
     "note": "About heading, a line break and the About text in one paragraph (bold heading run, Shift+Enter), "
     "a second About paragraph under it; after '###', contacts after.",
     "dateline": ("CARRICK", "2026-11-12"),
     "emails": ["media@pellinorehealth.example"], "phones": ["+353 1 555 0142"],
     "blocks": [("title", "Pellinore Health Opens Night Clinic for Shift Workers in Carrick"),
                ("lead", "CARRICK, Ireland \u2013 12 November 2026 \u2013 ",
                 "Pellinore Health has opened a clinic in Carrick that sees patients from 8 p.m. to 6 a.m., "
                 "for nurses, drivers and factory staff who work through the day."),
                ("p", "Two doctors and three nurses will staff the clinic each night; appointments can be made "
                 "by text message."),
                ("p", "The clinic is funded for two years by the regional health board."),
                ("end", "###"),
                ("brhead", "About Pellinore Health", "Pellinore Health runs eight primary care clinics in the "
                 "south-east of Ireland and employs 140 clinicians."),
                ("ap", "It was founded in 2012 by a group of general practitioners."),
                ("contact", ["Media contact: Orla Vickery", "media@pellinorehealth.example", "+353 1 555 0142"])]},

    {"id": "e36-en-08", "lang": "en", "opts": {"title": "bold"},
     "note": "'Note for editors' (bold, singular) over two About sections in Heading 3 for two organisations, "
     "after '-ends-'; contact before the end mark.",
     "dateline": ("SALTHAVEN", "2026-10-08"),
     "emails": ["press@marlowfinch.example"], "phones": ["01502 555 781"],
     "blocks": [("title", "Marlow & Finch Architects Win Quayside Prize for Salthaven Lifeboat Station"),
                ("lead", "SALTHAVEN, 8 October 2026 \u2013 ",
                 "Marlow & Finch Architects have won this year\u2019s Quayside Prize for the new lifeboat station "
                 "at Salthaven, built of larch and recycled brick on the harbour wall."),
                ("p", "The judges praised the station\u2019s boat hall, which opens on both sides so that crews "
                 "can launch at any tide."),
                ("p", "The prize of \u00a320,000 will fund two student placements at the practice."),
                ("contactp", "For interviews contact Tamsin Okafor on 01502 555 781 or press@marlowfinch.example"),
                ("end", "-ends-"),
                ("head", "Note for editors", "bold"),
                ("head", "About Marlow & Finch Architects", "Heading 3"),
                ("ap", "Marlow & Finch Architects is a practice of 22 architects in Salthaven and Norwich that "
                 "designs public buildings on the coast."),
                ("head", "About the Quayside Prize", "Heading 3"),
                ("ap", "The Quayside Prize is awarded every year by the Eastern Coast Building Society to a "
                 "building that serves a harbour community.")]},

    {"id": "e36-en-09", "lang": "en", "opts": {"title": "style"},
     "note": "About heading underlined, not bold; the About section holds a bulleted list and a web address "
     "line; after '# # #'.",
     "dateline": ("GRELLAN BAY", "2026-09-22"),
     "emails": ["info@grellanbaytrust.example"], "phones": [],
     "blocks": [("title", "Grellan Bay Trust Buys Last Privately Owned Stretch of Coastline"),
                ("lead", "GRELLAN BAY, Maine \u2013 Sept. 22, 2026 \u2013 ",
                 "The Grellan Bay Trust has bought the last privately owned mile of shoreline in the bay and "
                 "will open it to the public next summer."),
                ("p", "The purchase was paid for by 2,300 donors and a state conservation grant."),
                ("p", "A footpath will link the new land to the trust\u2019s two existing beaches."),
                ("end", "# # #"),
                ("head", "About Grellan Bay Trust", "underline"),
                ("ap", "The Grellan Bay Trust is a land trust founded in 1987. It:"),
                ("abullet", "protects 3,400 acres of coast and forest;"),
                ("abullet", "maintains 22 miles of public trails;"),
                ("abullet", "runs a summer school on marine life."),
                ("ap", "Learn more at www.grellanbaytrust.example."),
                ("contactp", "Contact: Ezra Lindqvist, info@grellanbaytrust.example")]},

    {"id": "e36-en-10", "lang": "en", "opts": {"title": "style"},
     "note": "About section before the end mark: its heading in 14 pt, not bold; '###' after it, then the "
     "contacts.",
     "dateline": ("MILLBROOK", "2026-11-16"),
     "emails": ["pr@sundialrobotics.example"], "phones": ["(845) 555-0199"],
     "blocks": [("title", "Sundial Robotics Delivers First Orchard Pruning Robots"),
                ("lead", "MILLBROOK, N.Y., Nov. 16, 2026 \u2013 ",
                 "Sundial Robotics has delivered its first six pruning robots to apple growers in the Hudson "
                 "Valley, where they will work through the winter dormant season."),
                ("p", "Each robot prunes about 400 trees a day, guided by cameras that recognise fruiting buds."),
                ("p", "Growers lease the robots by the season, with a technician on call."),
                ("head", "About Sundial Robotics", "big"),
                ("ap", "Sundial Robotics builds field robots for fruit growers. The company was founded in 2019 "
                 "and is based in Millbrook."),
                ("end", "###"),
                ("contact", ["Media Contact", "Renata Szabo", "pr@sundialrobotics.example", "(845) 555-0199"])]},

    {"id": "e36-en-11", "lang": "en", "opts": {"title": "style"},
     "note": "A borderless two-cell table at the end: the About heading and text on the left, the media "
     "contacts on the right.",
     "dateline": ("PORT ELLIS", "2026-10-30"),
     "emails": ["newsroom@halyardferries.example"], "phones": ["+61 8 5550 2231"],
     "blocks": [("title", "Halyard Ferries Adds Electric Ferry to Port Ellis Crossing"),
                ("lead", "PORT ELLIS, South Australia \u2013 30 October 2026 \u2013 ",
                 "Halyard Ferries has put its first battery-electric ferry into service on the twenty-minute "
                 "crossing between Port Ellis and Kerrin Island."),
                ("p", "The ferry carries 40 cars and 200 passengers and charges at the Port Ellis berth while "
                 "it loads."),
                ("p", "A second ferry of the same design will join it in 2028."),
                ("table2", [("head", "About Halyard Ferries", "bold"),
                            ("ap", "Halyard Ferries has run island crossings in South Australia since 1964 and "
                             "carries 900,000 passengers a year.")],
                 [("contact", ["Media contacts", "Callum Reardon", "newsroom@halyardferries.example",
                               "+61 8 5550 2231"])])]},

    {"id": "e36-en-12", "lang": "en", "opts": {"title": "bold"},
     "note": "A page break before the boilerplate; 'ABOUT WYNDCREST:' typed in capitals, bold italic, with a "
     "colon; three About paragraphs, the last a web address line.",
     "dateline": ("WYNDHAM FALLS", "2026-09-09"),
     "emails": ["press@wyndcrest.example"], "phones": ["(802) 555-0110"],
     "blocks": [("title", "Wyndcrest Opens Tool Library in Former Wyndham Falls Post Office"),
                ("lead", "WYNDHAM FALLS, Vt. \u2013 Sept. 9, 2026 \u2013 ",
                 "Wyndcrest, the town\u2019s community land trust, has opened a tool library in the former post "
                 "office, lending ladders, saws and garden tools to residents for free."),
                ("p", "The library holds 600 tools, most of them donated by retired tradespeople."),
                ("p", "Members can borrow up to five tools for a week at a time."),
                ("contactp", "Media contact: Lucinda Barrow, (802) 555-0110, press@wyndcrest.example"),
                ("pagebreak",),
                ("head", "ABOUT WYNDCREST:", "bolditalic"),
                ("ap", "Wyndcrest is a community land trust that owns and manages affordable homes and shared "
                 "buildings in Wyndham Falls."),
                ("ap", "Founded in 2003, it is governed by a board elected by its members."),
                ("ap", "www.wyndcrest.example")]},

    {"id": "e36-fr-03", "lang": "fr", "opts": {"title": "style"},
     "note": "Run-in '\u00c0 propos d'Arvel :' with a straight apostrophe and a French space before the colon, "
     "after '- FIN -'; contacts after.",
     "dateline": ("Annecy", "2026-11-19"),
     "emails": ["presse@arvel.example"], "phones": ["04 50 55 12 96"],
     "blocks": [("title", "Arvel ouvre un atelier de r\u00e9paration de skis \u00e0 Annecy"),
                ("lead", "Annecy, le 19 novembre 2026 \u2013 ",
                 "Arvel ouvre \u00e0 Annecy un atelier o\u00f9 les skieurs peuvent faire r\u00e9parer semelles "
                 "et carres plut\u00f4t que de racheter une paire neuve."),
                ("p", "L\u2019atelier r\u00e9pare aussi les fixations et les chaussures, en 48 heures."),
                ("p", "Il est ouvert du mardi au samedi pendant toute la saison."),
                ("end", "- FIN -"),
                ("runin", "\u00c0 propos d'Arvel :", "Arvel est une entreprise savoyarde cr\u00e9\u00e9e en 2018 "
                 "qui fabrique et r\u00e9pare du mat\u00e9riel de ski \u00e0 partir de pi\u00e8ces recycl\u00e9es."),
                ("contactp", "Contact presse : Ma\u00ebl Giroud \u2013 presse@arvel.example \u2013 04 50 55 12 96")]},

    {"id": "e36-de-03", "lang": "de", "opts": {"title": "style"},
     "note": "Bold heading '\u00dcber uns' (no name) over the boilerplate, after the contacts "
     "'Pressekontakt'.",
     "dateline": ("Feldlingen", "2026-10-13"),
     "emails": ["presse@feldlinger-muehle.example"], "phones": ["07071 555 480"],
     "blocks": [("title", "Feldlinger M\u00fchle backt Brot aus regionalem Urkorn"),
                ("lead", "Feldlingen, 13. Oktober 2026 \u2013 ",
                 "Die Feldlinger M\u00fchle bringt ein Brot aus Einkorn und Emmer auf den Markt, die auf zw\u00f6lf "
                 "H\u00f6fen im Umkreis von 30 Kilometern angebaut werden."),
                ("p", "Die B\u00e4uerinnen und Bauern erhalten einen festen Preis \u00fcber f\u00fcnf Jahre."),
                ("p", "Das Brot ist ab Montag in 40 B\u00e4ckereien erh\u00e4ltlich."),
                ("head", "Pressekontakt", "bold"),
                ("contact", ["Theresa Albrecht", "presse@feldlinger-muehle.example", "Telefon 07071 555 480"]),
                ("head", "\u00dcber uns", "bold"),
                ("ap", "Die Feldlinger M\u00fchle ist ein Familienunternehmen in f\u00fcnfter Generation und "
                 "mahlt j\u00e4hrlich 9.000 Tonnen Getreide aus Baden-W\u00fcrttemberg.")]},

    {"id": "e36-es-03", "lang": "es", "opts": {"title": "bold"},
     "note": "'Sobre nosotros' in Heading 2 after '- FIN -', then the press contact paragraph.",
     "dateline": ("Zaragoza", "2026-10-26"),
     "emails": ["prensa@ebrotech.example"], "phones": ["976 55 43 21"],
     "blocks": [("title", "Ebrotech instala sensores de riego en 300 explotaciones de Arag\u00f3n"),
                ("lead", "Zaragoza, 26 de octubre de 2026 \u2013 ",
                 "Ebrotech ha instalado sensores de humedad en 300 explotaciones de regad\u00edo de Arag\u00f3n, "
                 "que podr\u00e1n ahorrar hasta un 25 % del agua que usan."),
                ("p", "Los agricultores reciben en el m\u00f3vil un aviso cuando cada parcela necesita riego."),
                ("p", "El proyecto cuenta con fondos del Gobierno de Arag\u00f3n."),
                ("end", "- FIN -"),
                ("head", "Sobre nosotros", "Heading 2"),
                ("ap", "Ebrotech es una empresa zaragozana de tecnolog\u00eda agr\u00edcola fundada en 2016, con "
                 "35 empleados."),
                ("contactp", "Contacto de prensa: Irene Lacasa, prensa@ebrotech.example, 976 55 43 21")]},

    {"id": "e36-it-03", "lang": "it", "opts": {"title": "style"},
     "note": "'A proposito di Ortensia Bio', a line break and the About text in one paragraph, after "
     "'***'; contacts after.",
     "dateline": ("Cesena", "2026-11-11"),
     "emails": ["ufficiostampa@ortensiabio.example"], "phones": ["0547 555 901"],
     "blocks": [("title", "Ortensia Bio apre il primo mercato coperto di prodotti biologici a Cesena"),
                ("lead", "Cesena, 11 novembre 2026 \u2013 ",
                 "Ortensia Bio ha aperto nell\u2019ex foro boario di Cesena un mercato coperto dove 30 aziende "
                 "agricole biologiche vendono direttamente i loro prodotti."),
                ("p", "Il mercato \u00e8 aperto dal mercoled\u00ec alla domenica e ospita un laboratorio di cucina."),
                ("p", "Nei primi tre giorni lo hanno visitato oltre 6.000 persone."),
                ("end", "***"),
                ("brhead", "A proposito di Ortensia Bio", "Ortensia Bio \u00e8 un consorzio di produttori "
                 "biologici romagnoli nato nel 2010, con 140 aziende associate."),
                ("contactp", "Ufficio stampa: Davide Montanari, ufficiostampa@ortensiabio.example, 0547 555 901")]},

    {"id": "e36-pt-02", "lang": "pt", "opts": {"title": "bold"},
     "note": "Run-in 'Sobre a Lusoflor:' bold, opening the About paragraph after '###'; contacts after.",
     "dateline": ("Braga", "2026-10-15"),
     "emails": ["comunicacao@lusoflor.example"], "phones": ["+351 253 555 017"],
     "blocks": [("title", "Lusoflor abre estufa de flores com energia geot\u00e9rmica em Braga"),
                ("lead", "Braga, 15 de outubro de 2026 \u2013 ",
                 "A Lusoflor inaugurou em Braga uma estufa de cinco hectares aquecida com energia "
                 "geot\u00e9rmica, onde vai cultivar rosas e t\u00falipas durante todo o ano."),
                ("p", "A estufa emprega 60 pessoas e deixa de usar g\u00e1s natural."),
                ("p", "As primeiras flores chegam aos mercados em dezembro."),
                ("end", "###"),
                ("runin", "Sobre a Lusoflor:", "A Lusoflor \u00e9 uma produtora de flores de corte fundada em "
                 "1991, com estufas no Minho e no Alentejo."),
                ("contactp", "Contacto: Rita Abreu Novais, comunicacao@lusoflor.example, +351 253 555 017")]},

    {"id": "e36-da-02", "lang": "da", "opts": {"title": "style"},
     "note": "'Om Kobbervig Bryghus', a line break and the About text in one paragraph, after the contacts "
     "'Pressekontakt:'.",
     "dateline": ("Kobbervig", "2026-11-06"),
     "emails": ["presse@kobbervig.example"], "phones": ["+45 98 55 31 20"],
     "blocks": [("title", "Kobbervig Bryghus brygger \u00f8l p\u00e5 tang fra fjorden"),
                ("lead", "Kobbervig, 6. november 2026 \u2013 ",
                 "Kobbervig Bryghus lancerer en \u00f8l brygget med sukkertang h\u00f8stet i Limfjorden af "
                 "lokale fiskere."),
                ("p", "Tangen giver \u00f8llet en let salt smag og h\u00f8stes uden at skade havbunden."),
                ("p", "\u00d8llet s\u00e6lges fra december i 80 butikker."),
                ("head", "Pressekontakt:", "bold"),
                ("contact", ["Line Dam\u00f8ller", "presse@kobbervig.example", "+45 98 55 31 20"]),
                ("brhead", "Om Kobbervig Bryghus", "Kobbervig Bryghus er et mikrobryggeri grundlagt i 2014 med "
                 "12 medarbejdere.")]},

    {"id": "e36-sv-02", "lang": "sv", "opts": {"title": "bold"},
     "note": "'Om oss' in Heading 3 after '###', then the contact paragraph.",
     "dateline": ("Falun", "2026-10-19"),
     "emails": ["press@kopparlinjen.example"], "phones": ["023-555 18 40"],
     "blocks": [("title", "Kopparlinjen b\u00f6rjar k\u00f6ra elbussar mellan Falun och Borl\u00e4nge"),
                ("lead", "Falun, 19 oktober 2026 \u2013 ",
                 "Kopparlinjen s\u00e4tter in tolv elbussar p\u00e5 sträckan mellan Falun och Borl\u00e4nge fr\u00e5n "
                 "och med december."),
                ("p", "Bussarna laddas vid \u00e4ndh\u00e5llplatserna och g\u00e5r var femtonde minut."),
                ("p", "Biljettpriset \u00e4r detsamma som i dag."),
                ("end", "###"),
                ("head", "Om oss", "Heading 3"),
                ("ap", "Kopparlinjen \u00e4r ett bussbolag i Dalarna med 260 anst\u00e4llda och 90 bussar."),
                ("contactp", "Presskontakt: Johan Ekl\u00f6f, press@kopparlinjen.example, 023-555 18 40")]},

    {"id": "e36-nl-02", "lang": "nl", "opts": {"title": "style"},
     "note": "Run-in 'Over Tuinhof:' bold, after the editors' note 'Noot voor de redactie, niet voor "
     "publicatie:' with the contact.",
     "dateline": ("Deventer", "2026-10-22"),
     "emails": ["info@tuinhof.example"], "phones": ["0570 555 623"],
     "blocks": [("title", "Tuinhof maakt van braakliggend terrein een pluktuin voor de buurt"),
                ("lead", "Deventer, 22 oktober 2026 \u2013 ",
                 "Tuinhof verandert een braakliggend terrein in de wijk Keizerslanden in een pluktuin waar "
                 "buurtbewoners gratis groente en bloemen kunnen plukken."),
                ("p", "Vrijwilligers uit de wijk planten deze winter fruitbomen en leggen zeventig bedden aan."),
                ("p", "De tuin gaat in april open."),
                ("head", "Noot voor de redactie, niet voor publicatie:", "bold"),
                ("contactp", "Voor meer informatie: Femke Brouwer, info@tuinhof.example, 0570 555 623"),
                ("runin", "Over Tuinhof:", "Tuinhof is een stichting uit Deventer die sinds 2019 "
                 "buurttuinen aanlegt op tijdelijk lege grond.")]},
]

# Third round (written after the second, before pressmill was run on
# these): run-in headings closed by a dash, a heading whose name is a
# hyperlink, an italic heading, no-break spaces and a tab in a heading,
# About sections for a project and a body, headings with no name.
# Blocks added: ("runin", head, t, sep) the run-in closed by sep (" \u2014 ");
# ("linkhead", t, name, url) a bold heading whose name is a hyperlink;
# ("italichead", t) an italic heading, not bold.
RELEASES += [
    {"id": "e36-en-13", "lang": "en", "opts": {"title": "style"},
     "note": "Run-in About heading in bold closed by an em dash in regular type ('About Calder Ridge Hospice "
     "\u2014 Calder Ridge Hospice \u2026'), after '###'; contacts after.",
     "dateline": ("CALDER RIDGE", "2026-11-20"),
     "emails": ["comms@calderridgehospice.example"], "phones": ["(319) 555-0174"],
     "blocks": [("title", "Calder Ridge Hospice Opens Respite House for Family Caregivers"),
                ("lead", "CALDER RIDGE, Iowa \u2013 Nov. 20, 2026 \u2013 ",
                 "Calder Ridge Hospice has opened a six-bedroom respite house where patients can stay for up to "
                 "a week while the relatives who care for them rest."),
                ("p", "Nurses staff the house around the clock, and stays are free for families enrolled in the "
                 "hospice\u2019s home care."),
                ("p", "The house was paid for by a three-year community campaign."),
                ("end", "###"),
                ("runin", "About Calder Ridge Hospice", "Calder Ridge Hospice is a nonprofit that has cared for "
                 "patients and families in four eastern Iowa counties since 1982.", " \u2014 "),
                ("contactp", "Contact: Noreen Baptiste, (319) 555-0174, comms@calderridgehospice.example")]},

    {"id": "e36-en-14", "lang": "en", "opts": {"title": "bold"},
     "note": "About heading whose organisation name is a hyperlink (bold 'About ' then the linked name), "
     "after '-30-'; two About paragraphs.",
     "dateline": ("TOLLERTON", "2026-10-05"),
     "emails": ["press@fennicklabs.example"], "phones": [],
     "blocks": [("title", "Fennick Labs Publishes Open Dataset of Urban Tree Canopy"),
                ("lead", "TOLLERTON, Nottinghamshire, 5 October 2026 \u2013 ",
                 "Fennick Labs has published an open dataset that maps the tree canopy of 120 British towns "
                 "street by street, drawn from aerial photographs taken this summer."),
                ("p", "Councils can use the data to see which streets lack shade and plan new planting."),
                ("p", "The dataset is free to use under an open licence."),
                ("end", "-30-"),
                ("linkhead", "About ", "Fennick Labs", "https://www.fennicklabs.example/"),
                ("ap", "Fennick Labs is a research company that turns aerial and satellite images into maps for "
                 "local government."),
                ("ap", "It was founded in 2021 and employs 18 people."),
                ("contactp", "Press office: press@fennicklabs.example")]},

    {"id": "e36-en-15", "lang": "en", "opts": {"title": "style"},
     "note": "About heading in italics, not bold, with no-break spaces inside and a tab after it "
     "('About\u00a0Norrow\u00a0College\\t'); contacts before it.",
     "dateline": ("NORROW", "2026-09-30"),
     "emails": ["news@norrow.example"], "phones": ["(207) 555-0133"],
     "blocks": [("title", "Norrow College Adds Boatbuilding Degree"),
                ("lead", "NORROW, Maine, Sept. 30, 2026 \u2013 ",
                 "Norrow College will offer a two-year degree in wooden boatbuilding from next autumn, taught in "
                 "a workshop on the town wharf."),
                ("p", "Students will build a working lobster boat in their second year."),
                ("p", "Applications open on December 1."),
                ("contact", ["Media contact: Abigail Trask", "news@norrow.example", "(207) 555-0133"]),
                ("italichead", "About\u00a0Norrow\u00a0College\t"),
                ("ap", "Norrow College is a public community college on the Maine coast with 2,100 students.")]},

    {"id": "e36-fr-04", "lang": "fr", "opts": {"title": "style"},
     "note": "'\u00c0 PROPOS DE LA FONDATION SOLENNE' typed in capitals in Heading 2, two About paragraphs, "
     "then 'Contacts presse' (bold).",
     "dateline": ("Toulouse", "2026-11-17"),
     "emails": ["presse@fondation-solenne.example"], "phones": ["05 61 55 20 84"],
     "blocks": [("title", "La Fondation Solenne finance dix r\u00e9sidences d\u2019artistes en milieu rural"),
                ("lead", "Toulouse, le 17 novembre 2026 \u2013 ",
                 "La Fondation Solenne financera en 2027 dix r\u00e9sidences d\u2019artistes dans des villages "
                 "d\u2019Occitanie de moins de mille habitants."),
                ("p", "Chaque artiste s\u00e9journera trois mois dans son village et y pr\u00e9sentera son travail."),
                ("p", "Les communes int\u00e9ress\u00e9es peuvent candidater jusqu\u2019au 15 janvier."),
                ("head", "\u00c0 PROPOS DE LA FONDATION SOLENNE", "Heading 2"),
                ("ap", "La Fondation Solenne, cr\u00e9\u00e9e en 2005, soutient la cr\u00e9ation artistique "
                 "hors des grandes villes."),
                ("ap", "Elle a accompagn\u00e9 plus de 400 artistes."),
                ("head", "Contacts presse", "bold"),
                ("contact", ["Camille Roumagnac", "presse@fondation-solenne.example", "05 61 55 20 84"])]},

    {"id": "e36-de-04", "lang": "de", "opts": {"title": "style"},
     "note": "Two About sections in Heading 3: '\u00dcber das Projekt Moorwende' (a project) and '\u00dcber die "
     "Stiftung Kranichfeld', after '\u2013 ENDE \u2013'; contact paragraph after.",
     "dateline": ("Kranichfeld", "2026-10-01"),
     "emails": ["presse@stiftung-kranichfeld.example"], "phones": ["03643 555 710"],
     "blocks": [("title", "Projekt Moorwende vern\u00e4sst 300 Hektar Moor im Th\u00fcringer Becken"),
                ("lead", "Kranichfeld, 1. Oktober 2026 \u2013 ",
                 "Das Projekt Moorwende hat begonnen, 300 Hektar entw\u00e4sserter Moorfl\u00e4chen im "
                 "Th\u00fcringer Becken wieder zu vern\u00e4ssen."),
                ("p", "Dazu werden 40 Gr\u00e4ben verschlossen; die Landwirte erhalten f\u00fcr die Fl\u00e4chen "
                 "eine Pacht f\u00fcr den Anbau von Schilf."),
                ("p", "Die Arbeiten dauern bis 2029."),
                ("end", "\u2013 ENDE \u2013"),
                ("head", "\u00dcber das Projekt Moorwende", "Heading 3"),
                ("ap", "Moorwende ist ein Verbundprojekt von sechs Gemeinden, zwei Landwirtschaftsbetrieben "
                 "und der Stiftung Kranichfeld."),
                ("head", "\u00dcber die Stiftung Kranichfeld", "Heading 3"),
                ("ap", "Die Stiftung Kranichfeld f\u00f6rdert seit 1998 den Naturschutz in Th\u00fcringen."),
                ("contactp", "Pressekontakt: Henrike Vogt, presse@stiftung-kranichfeld.example, 03643 555 710")]},

    {"id": "e36-es-04", "lang": "es", "opts": {"title": "bold"},
     "note": "Run-in 'Acerca de Lumbre Solar' in bold closed by an en dash; after the contacts.",
     "dateline": ("M\u00e1laga", "2026-10-28"),
     "emails": ["prensa@lumbresolar.example"], "phones": ["952 55 60 14"],
     "blocks": [("title", "Lumbre Solar instala bater\u00edas comunitarias en tres barrios de M\u00e1laga"),
                ("lead", "M\u00e1laga, 28 de octubre de 2026 \u2013 ",
                 "Lumbre Solar ha instalado bater\u00edas comunitarias en tres barrios de M\u00e1laga que "
                 "almacenan la energ\u00eda de los tejados solares de 600 viviendas."),
                ("p", "Los vecinos pagan un 30 % menos en la factura de la luz durante la noche."),
                ("p", "La empresa prev\u00e9 ampliar el servicio a otros cinco barrios en 2027."),
                ("contactp", "Contacto de prensa: Marta Ib\u00e1\u00f1ez \u2013 prensa@lumbresolar.example "
                 "\u2013 952 55 60 14"),
                ("runin", "Acerca de Lumbre Solar", "Lumbre Solar es una cooperativa andaluza de energ\u00eda "
                 "renovable fundada en 2017 con 5.000 socios.", " \u2013 ")]},

    {"id": "e36-it-04", "lang": "it", "opts": {"title": "style"},
     "note": "Run-in 'Informazioni su Feltrami' in bold closed by an en dash, after '- FINE -'.",
     "dateline": ("Treviso", "2026-11-24"),
     "emails": ["stampa@feltrami.example"], "phones": ["0422 555 316"],
     "blocks": [("title", "Feltrami ricicla la lana delle pecore venete in pannelli isolanti"),
                ("lead", "Treviso, 24 novembre 2026 \u2013 ",
                 "Feltrami ha avviato a Treviso una linea che trasforma la lana grezza degli allevamenti veneti "
                 "in pannelli isolanti per l\u2019edilizia."),
                ("p", "La linea lavorer\u00e0 ogni anno 400 tonnellate di lana che oggi viene smaltita come "
                 "rifiuto."),
                ("p", "I primi pannelli saranno in vendita a febbraio."),
                ("end", "- FINE -"),
                ("runin", "Informazioni su Feltrami", "Feltrami \u00e8 un\u2019azienda tessile trevigiana "
                 "fondata nel 1956 che produce feltri tecnici.", " \u2013 "),
                ("contactp", "Ufficio stampa: Giulia Bortolan, stampa@feltrami.example, 0422 555 316")]},

    {"id": "e36-nl-03", "lang": "nl", "opts": {"title": "style"},
     "note": "'Over ons' in Heading 2 after '-- einde persbericht --'; contact after.",
     "dateline": ("Leeuwarden", "2026-11-09"),
     "emails": ["pers@waddenwol.example"], "phones": ["058 555 4471"],
     "blocks": [("title", "Waddenwol opent spinnerij voor Friese schapenwol"),
                ("lead", "Leeuwarden, 9 november 2026 \u2013 ",
                 "Waddenwol heeft in Leeuwarden een spinnerij geopend die de wol van Friese schapenhouders "
                 "verwerkt tot garen voor breiers en weverijen."),
                ("p", "Tot nu toe werd die wol vaak verbrand of tegen een lage prijs naar het buitenland verkocht."),
                ("p", "De spinnerij verwerkt jaarlijks 80 ton wol."),
                ("end", "-- einde persbericht --"),
                ("head", "Over ons", "Heading 2"),
                ("ap", "Waddenwol is een co\u00f6peratie van 90 schapenhouders uit Friesland en Groningen."),
                ("contactp", "Meer informatie: Jelle Hoekstra, pers@waddenwol.example, 058 555 4471")]},

    {"id": "e36-pt-03", "lang": "pt", "opts": {"title": "style"},
     "note": "'Sobre o Instituto Mar\u00e9s' in Heading 2 after '###'; contact after.",
     "dateline": ("Aveiro", "2026-10-09"),
     "emails": ["imprensa@institutomares.example"], "phones": ["+351 234 555 208"],
     "blocks": [("title", "Instituto Mar\u00e9s recupera salinas abandonadas na Ria de Aveiro"),
                ("lead", "Aveiro, 9 de outubro de 2026 \u2013 ",
                 "O Instituto Mar\u00e9s vai recuperar doze salinas abandonadas na Ria de Aveiro, que voltar\u00e3o "
                 "a produzir sal e a servir de abrigo a aves migrat\u00f3rias."),
                ("p", "O projeto emprega antigos marnotos para ensinar a arte a jovens da regi\u00e3o."),
                ("p", "As primeiras salinas produzem j\u00e1 no pr\u00f3ximo ver\u00e3o."),
                ("end", "###"),
                ("head", "Sobre o Instituto Mar\u00e9s", "Heading 2"),
                ("ap", "O Instituto Mar\u00e9s \u00e9 uma associa\u00e7\u00e3o sem fins lucrativos dedicada \u00e0 "
                 "conserva\u00e7\u00e3o das zonas h\u00famidas costeiras, fundada em 2009."),
                ("contactp", "Contacto: Tiago Ventura, imprensa@institutomares.example, +351 234 555 208")]},

    {"id": "e36-da-03", "lang": "da", "opts": {"title": "bold"},
     "note": "'Om os' in bold after '###'; contact after.",
     "dateline": ("Odense", "2026-11-13"),
     "emails": ["presse@fynsk-frugt.example"], "phones": ["+45 66 55 80 12"],
     "blocks": [("title", "Fynsk Frugt planter 10.000 gamle \u00e6bletr\u00e6er"),
                ("lead", "Odense, 13. november 2026 \u2013 ",
                 "Fynsk Frugt planter i vinter 10.000 tr\u00e6er af gamle danske \u00e6blesorter i frugtplantager "
                 "p\u00e5 Fyn."),
                ("p", "Sorterne er udvalgt, fordi de klarer sig uden spr\u00f8jtning."),
                ("p", "De f\u00f8rste \u00e6bler kan h\u00f8stes om fire \u00e5r."),
                ("end", "###"),
                ("head", "Om os", "bold"),
                ("ap", "Fynsk Frugt er et andelsselskab med 35 frugtavlere p\u00e5 Fyn og Langeland."),
                ("contactp", "Kontakt: Sofie Lund, presse@fynsk-frugt.example, +45 66 55 80 12")]},

    {"id": "e36-sv-03", "lang": "sv", "opts": {"title": "style"},
     "note": "'Om f\u00f6retaget' in Heading 2 after the contacts.",
     "dateline": ("Karlstad", "2026-10-16"),
     "emails": ["press@varmlandsvirke.example"], "phones": ["054-555 27 90"],
     "blocks": [("title", "V\u00e4rmlandsvirke bygger skola i massivtr\u00e4 i Karlstad"),
                ("lead", "Karlstad, 16 oktober 2026 \u2013 ",
                 "V\u00e4rmlandsvirke ska bygga en grundskola f\u00f6r 600 elever i massivtr\u00e4 i stadsdelen "
                 "Gruvl\u00f6kken i Karlstad."),
                ("p", "Stommen tillverkas i f\u00f6retagets fabrik och monteras p\u00e5 tolv veckor."),
                ("p", "Skolan ska st\u00e5 klar till h\u00f6stterminen 2028."),
                ("contactp", "Presskontakt: Karin Sj\u00f6berg, press@varmlandsvirke.example, 054-555 27 90"),
                ("head", "Om f\u00f6retaget", "Heading 2"),
                ("ap", "V\u00e4rmlandsvirke tillverkar byggelement i massivtr\u00e4 och har 140 anst\u00e4llda.")]},
]

# Fourth round (written after the third, before pressmill was run on
# these): what Word documents carry around the words. Blocks added:
# ("empty",) an empty paragraph used as spacing; ("brparas", [t, ...])
# About paragraphs in one Word paragraph, each after two line breaks
# (about: each); ("topbox", [blocks]) a text box anchored in the first
# paragraph and placed at the foot of the page (last in the list: it
# needs the first paragraph); ("cols2", [blocks]) the blocks after a
# continuous section break, in two columns (last in the list).
RELEASES += [
    {"id": "e36-en-16", "lang": "en", "opts": {"title": "style"},
     "note": "About heading with the ticker and a registered sign ('About Orvane Therapeutics\u00ae "
     "(NASDAQ: ORVN)'), empty paragraphs as spacing around it, after '###'; contacts after.",
     "dateline": ("CAMBRIDGE", "2026-11-02"),
     "emails": ["ir@orvane.example"], "phones": ["(617) 555-0187"],
     "blocks": [("title", "Orvane Therapeutics Reports Positive Phase 2 Results for Kidney Drug"),
                ("lead", "CAMBRIDGE, Mass., Nov. 2, 2026 \u2013 ",
                 "Orvane Therapeutics today reported that its lead drug slowed the loss of kidney function in a "
                 "phase 2 trial of 240 patients with chronic kidney disease."),
                ("p", "Patients who took the drug for a year lost 40 percent less kidney function than those on "
                 "placebo."),
                ("p", "The company plans to begin a phase 3 trial in the second half of 2027."),
                ("empty",),
                ("end", "###"),
                ("empty",),
                ("head", "About Orvane Therapeutics\u00ae (NASDAQ: ORVN)", "bold"),
                ("empty",),
                ("ap", "Orvane Therapeutics is a clinical-stage biotechnology company developing medicines for "
                 "kidney disease. It is based in Cambridge, Massachusetts."),
                ("empty",),
                ("contact", ["Investor and media contact:", "Priyanka Dorsey", "ir@orvane.example",
                             "(617) 555-0187"])]},

    {"id": "e36-en-17", "lang": "en", "opts": {"title": "bold"},
     "note": "A long About heading for an association with its acronym in parentheses; its two paragraphs "
     "in one Word paragraph, split by two line breaks; after '- END -'.",
     "dateline": ("OTTAWA", "2026-10-19"),
     "emails": ["media@acmwt.example"], "phones": ["613-555-0156"],
     "blocks": [("title", "Municipal Water Technicians Launch National Apprenticeship"),
                ("lead", "OTTAWA, Oct. 19, 2026 \u2013 ",
                 "The Association of Canadian Municipal Water Technicians has launched a national apprenticeship "
                 "that lets small towns train their own water plant operators."),
                ("p", "Apprentices work in their home town\u2019s plant and study online for two years."),
                ("p", "The first 150 places are funded by the provinces."),
                ("end", "- END -"),
                ("head", "About the Association of Canadian Municipal Water Technicians (ACMWT)", "bold"),
                ("brparas", ["The ACMWT represents 6,000 operators and technicians who run drinking water and "
                             "wastewater plants across Canada.",
                             "It was founded in 1974 and has offices in Ottawa and Winnipeg."]),
                ("contactp", "Media: Louis Bergeron, 613-555-0156, media@acmwt.example")]},

    {"id": "e36-en-18", "lang": "en", "opts": {"title": "style"},
     "note": "The boilerplate in a text box anchored in the first paragraph (the release line) and placed "
     "by Word at the foot of the page; contacts after the body.",
     "dateline": ("BRISTOW", "2026-09-24"),
     "emails": ["press@quillanfoods.example"], "phones": ["0117 555 0193"],
     "blocks": [("release", "PRESS RELEASE"),
                ("title", "Quillan Foods Cuts Packaging Plastic by Half"),
                ("lead", "BRISTOW, 24 September 2026 \u2013 ",
                 "Quillan Foods has halved the plastic in its packaging in two years by moving its soups and "
                 "sauces into paper pouches and glass jars."),
                ("p", "The change removed 900 tonnes of plastic from its supply chain last year."),
                ("p", "The company will publish its packaging figures every six months."),
                ("contactp", "Press contact: Nadia Kerridge, 0117 555 0193, press@quillanfoods.example"),
                ("topbox", [("head", "About Quillan Foods", "bold"),
                            ("ap", "Quillan Foods makes chilled soups and sauces in Bristow and sells them in "
                             "1,200 shops across the UK.")])]},

    {"id": "e36-en-19", "lang": "en", "opts": {"title": "style"},
     "note": "Two About sections for two organisations set side by side after a continuous section break "
     "in two columns, after '###' and the contact paragraph.",
     "dateline": ("HALIFAX", "2026-11-25"),
     "emails": ["news@tidewright.example"], "phones": ["902-555-0148"],
     "blocks": [("title", "Tidewright and Basin Ports Electrify Halifax Harbour Tugs"),
                ("lead", "HALIFAX, Nov. 25, 2026 \u2013 ",
                 "Tidewright Marine and Basin Ports will convert the four tugs that work Halifax harbour to "
                 "battery power by 2029."),
                ("p", "The tugs will charge from a shore station powered by the port\u2019s wind turbines."),
                ("p", "The conversion will cut the harbour\u2019s diesel use by 1.2 million litres a year."),
                ("end", "###"),
                ("contactp", "Contact: Evan MacIsaac, 902-555-0148, news@tidewright.example"),
                ("cols2", [("head", "About Tidewright Marine", "bold"),
                           ("ap", "Tidewright Marine designs electric and hybrid work boats and has yards in "
                            "Halifax and Saint John."),
                           ("head", "About Basin Ports", "bold"),
                           ("ap", "Basin Ports operates the public port facilities of Halifax and three smaller "
                            "harbours in Nova Scotia.")])]},

    {"id": "e36-de-05", "lang": "de", "opts": {"title": "style"},
     "note": "'\u00dcber die Brenner & Sohn GmbH' bold, empty paragraphs as spacing, the About text in one "
     "Word paragraph split by two line breaks, after the contacts.",
     "dateline": ("Lohmar", "2026-10-07"),
     "emails": ["presse@brenner-sohn.example"], "phones": ["02246 555 120"],
     "blocks": [("title", "Brenner & Sohn liefert erste Elektro-Kehrmaschinen an Kommunen"),
                ("lead", "Lohmar, 7. Oktober 2026 \u2013 ",
                 "Die Brenner & Sohn GmbH hat die ersten 25 elektrischen Kehrmaschinen an St\u00e4dte und "
                 "Gemeinden im Rheinland ausgeliefert."),
                ("p", "Die Maschinen fahren eine ganze Schicht mit einer Akkuladung und sind deutlich leiser als "
                 "Dieselger\u00e4te."),
                ("p", "Weitere 60 Maschinen sind bestellt."),
                ("empty",),
                ("contact", ["Pressekontakt: Miriam Kessler", "presse@brenner-sohn.example", "02246 555 120"]),
                ("empty",),
                ("head", "\u00dcber die Brenner & Sohn GmbH", "bold"),
                ("brparas", ["Die Brenner & Sohn GmbH baut seit 1949 Kommunalfahrzeuge in Lohmar.",
                             "Das Familienunternehmen besch\u00e4ftigt 230 Mitarbeitende."])]},

    {"id": "e36-es-05", "lang": "es", "opts": {"title": "style"},
     "note": "'Sobre Hidrocantera, S.A.' in Heading 2 with the company's legal form, after '- FIN -', empty "
     "paragraph before it; contact after.",
     "dateline": ("Santander", "2026-11-04"),
     "emails": ["comunicacion@hidrocantera.example"], "phones": ["942 55 71 30"],
     "blocks": [("title", "Hidrocantera moderniza la minicentral del r\u00edo Pas"),
                ("lead", "Santander, 4 de noviembre de 2026 \u2013 ",
                 "Hidrocantera ha terminado la modernizaci\u00f3n de la minicentral hidroel\u00e9ctrica del "
                 "r\u00edo Pas, que producir\u00e1 un 35 % m\u00e1s de electricidad con el mismo caudal."),
                ("p", "La obra incluye una escala para que los salmones remonten el r\u00edo."),
                ("p", "La central abastece a unas 4.000 viviendas."),
                ("end", "- FIN -"),
                ("empty",),
                ("head", "Sobre Hidrocantera, S.A.", "Heading 2"),
                ("ap", "Hidrocantera es una empresa c\u00e1ntabra que gestiona doce minicentrales "
                 "hidroel\u00e9ctricas en el norte de Espa\u00f1a."),
                ("contactp", "Comunicaci\u00f3n: Pablo Ruiz Sainz, comunicacion@hidrocantera.example, 942 55 71 30")]},

    {"id": "e36-fr-05", "lang": "fr", "opts": {"title": "style"},
     "note": "'\u00c0 propos du Groupe Lavandi\u00e8re\u00ae' bold in a text box anchored in the first paragraph "
     "and placed at the foot of the page; '###' after the body; contacts after.",
     "dateline": ("Valence", "2026-10-12"),
     "emails": ["presse@lavandiere.example"], "phones": ["04 75 55 39 02"],
     "blocks": [("title", "Le Groupe Lavandi\u00e8re ouvre une distillerie de lavande bio \u00e0 Valence"),
                ("lead", "Valence, le 12 octobre 2026 \u2013 ",
                 "Le Groupe Lavandi\u00e8re ouvre \u00e0 Valence une distillerie qui traitera la lavande de "
                 "quarante producteurs bio de la Dr\u00f4me."),
                ("p", "Elle produira chaque \u00e9t\u00e9 six tonnes d\u2019huile essentielle."),
                ("p", "La distillerie sera ouverte aux visiteurs en juillet et en ao\u00fbt."),
                ("end", "###"),
                ("contactp", "Contact presse : Ana\u00efs Brunel \u2013 presse@lavandiere.example \u2013 04 75 55 39 02"),
                ("topbox", [("head", "\u00c0 propos du Groupe Lavandi\u00e8re\u00ae", "bold"),
                            ("ap", "Le Groupe Lavandi\u00e8re r\u00e9unit depuis 1992 des producteurs et "
                             "distillateurs de plantes aromatiques de la Dr\u00f4me provençale.")])]},
]
