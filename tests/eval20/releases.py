# The releases of tests/eval20 (read by make.py): each an invented release
# published on an invented organisation's newsroom web page, with the page's
# site chrome (header, navigation, breadcrumbs, share buttons, cookie
# notice, related news, tags, footer). Gold written with them, before
# pressmill was run on them. Only the release is the record: the chrome is
# neither body, nor headline, nor about.
#
# Per release: lang, org, host, path, kicker (a label over the title or
# None), headline, sub (None: no deck), pubdate (the page's own date line,
# as the site prints it), dl (the dateline opening the first paragraph, or
# None), body (paragraphs; the first without its dateline), about_head,
# about, contact (lines; the e-mail in the last one), emails, related
# [(date, title)], tags, chrome (which chrome parts the page has and where),
# print_hf (Chromium's own print header and footer on), txt ("copy": the
# text as a browser's Select All + copy gives it, "scrape": one line per
# block, as a scraper's get_text('\n') gives it).


def R(**kw):
    return kw


RELEASES = [
    R(id="e20-en-01", lang="en", org="Fenwick Harbour Authority", host="www.fenwickharbour.example",
      path="/newsroom/2026/ferry-terminal-solar-roof", kicker="Press release",
      headline="Fenwick Harbour Authority puts a solar roof on the ferry terminal",
      sub="The 4,200 panels will cover a third of the terminal's power use",
      pubdate="Published 9 February 2026", dl="FENWICK, 9 February 2026 \u2013", date="2026-02-09", loc="FENWICK",
      body=["Fenwick Harbour Authority has begun fitting 4,200 solar panels to the roof of its ferry terminal, "
            "the largest rooftop array on the east coast.",
            "The work will take four months and will not disrupt sailings to Carrow Island, the authority said.",
            "\u201cThe terminal roof has been empty for forty years. Now it will pay for its own lighting,\u201d said "
            "harbour master Judith Oakden."],
      about_head="About Fenwick Harbour Authority",
      about=["Fenwick Harbour Authority is a trust port that runs the harbour, its ferry terminal and two "
             "marinas. It employs 310 people."],
      contact=["Media enquiries", "Gareth Pembury, communications officer", "press@fenwickharbour.example"],
      emails=["press@fenwickharbour.example"],
      related=[("2 February 2026", "Winter timetable for Carrow Island sailings extended"),
               ("19 January 2026", "Harbour dredging programme completed ahead of schedule"),
               ("5 January 2026", "New pilot boat named after lifeboat coxswain")],
      tags=["Energy", "Ferry terminal", "Sustainability"],
      chrome=["nav", "crumbs", "share_top", "related", "tags", "footer", "cookie_bottom"], print_hf=True, txt="copy"),

    R(id="e20-en-02", lang="en", org="Larchmere University", host="news.larchmere.example",
      path="/press-releases/library-night-opening", kicker=None,
      headline="Larchmere University library to open through the night during exams",
      sub=None,
      pubdate="16 March 2026", dl="LARCHMERE, March 16, 2026 \u2014", date="2026-03-16",
      loc="LARCHMERE",
      body=["The main library at Larchmere University will stay open 24 hours a day for the six weeks of the summer "
            "exam period, the university announced today.",
            "A survey of 2,800 students found that two in three wanted somewhere quiet to study after midnight.",
            "Extra security staff and a night bus to the halls of residence will be paid for from the student "
            "services budget.",
            "\u201cWe listened, and we found the money,\u201d said Professor Anwen Castell, pro-vice-chancellor "
            "for education."],
      about_head="About Larchmere University",
      about=["Larchmere University was founded in 1962 and teaches 19,000 students in four faculties."],
      contact=["Press office: +44 1632 960 418", "pressoffice@larchmere.example"],
      emails=["pressoffice@larchmere.example"],
      related=[("March 9, 2026", "Larchmere researchers map the county's lost orchards"),
               ("March 2, 2026", "New chancellor installed at spring ceremony")],
      tags=[],
      chrome=["nav", "crumbs", "share_bottom", "related", "footer"], print_hf=False, txt="scrape"),

    R(id="e20-en-03", lang="en", org="Osterley Bus Company", host="www.osterleybus.example",
      path="/news/electric-fleet-route-12", kicker="News",
      headline="Route 12 becomes Osterley's first all-electric bus line",
      sub="Sixteen battery buses enter service on Monday",
      pubdate="Posted on 4 May 2026 by Press Office", dl="OSTERLEY, 4 May 2026 \u2013", date="2026-05-04",
      loc="OSTERLEY",
      body=["Osterley Bus Company will run only battery-electric buses on route 12 from Monday, after sixteen new "
            "vehicles passed their final tests at the Brenton Road depot.",
            "Each bus charges overnight and can cover 280 kilometres, enough for a full day on the route.",
            "Fares and timetables stay the same."],
      about_head="About Osterley Bus Company",
      about=["Osterley Bus Company carries 14 million passengers a year on 38 routes across the Osterley "
             "district."],
      contact=["For more information: media@osterleybus.example"],
      emails=["media@osterleybus.example"],
      related=[("27 April 2026", "Night buses return to the city centre"),
               ("14 April 2026", "Apprentice drivers graduate at Brenton Road")],
      tags=["Electric buses", "Route 12"],
      chrome=["cookie_top", "nav", "crumbs", "share_top", "tags", "related", "footer"], print_hf=True, txt="scrape"),

    R(id="e20-fr-01", lang="fr", org="M\u00e9tropole de Valcourt", host="www.valcourt-metropole.example",
      path="/espace-presse/communiques/2026/tramway-ligne-3", kicker="Communiqu\u00e9 de presse",
      headline="La M\u00e9tropole de Valcourt lance les travaux de la ligne 3 du tramway",
      sub="Huit kilom\u00e8tres et quatorze stations pour relier la gare au campus de Montr\u00e9ville",
      pubdate="Publi\u00e9 le 12 mars 2026", dl="Valcourt, le 12 mars 2026 \u2013", date="2026-03-12", loc="Valcourt",
      body=["Les premiers travaux de la ligne 3 du tramway commencent lundi avenue Jean-Mermoz, a annonc\u00e9 la "
            "M\u00e9tropole de Valcourt.",
            "La ligne reliera la gare centrale au campus de Montr\u00e9ville en vingt-deux minutes et devrait "
            "transporter 45 000 voyageurs par jour.",
            "\u00ab Ce tramway, les habitants du sud l\u2019attendent depuis quinze ans \u00bb, a d\u00e9clar\u00e9 la "
            "pr\u00e9sidente de la M\u00e9tropole, Clarisse Daumont."],
      about_head="\u00c0 propos de la M\u00e9tropole de Valcourt",
      about=["La M\u00e9tropole de Valcourt regroupe 31 communes et 420 000 habitants."],
      contact=["Contact presse : Hugo Ferrandi", "presse@valcourt-metropole.example"],
      emails=["presse@valcourt-metropole.example"],
      related=[("5 mars 2026", "Budget 2026 : la M\u00e9tropole vote 180 millions d\u2019investissements"),
               ("26 f\u00e9vrier 2026", "Plan v\u00e9lo : douze nouvelles pistes cyclables")],
      tags=["Mobilit\u00e9", "Tramway"],
      chrome=["nav", "crumbs", "share_top", "related", "tags", "footer", "cookie_bottom"], print_hf=True, txt="copy"),

    R(id="e20-fr-02", lang="fr", org="Fromagerie coop\u00e9rative du Haut-Vernois", host="www.haut-vernois.example",
      path="/actualites/medaille-comte-2026", kicker="Actualit\u00e9s",
      headline="La fromagerie du Haut-Vernois d\u00e9croche l\u2019or au concours de Lisieux",
      sub=None,
      pubdate="23/04/2026", dl="SAINT-AUBRY-SUR-VERNOIS, 23 avril 2026 \u2013", date="2026-04-23",
      loc="SAINT-AUBRY-SUR-VERNOIS",
      body=["La fromagerie coop\u00e9rative du Haut-Vernois a remport\u00e9 la m\u00e9daille d\u2019or pour sa "
            "tomme affin\u00e9e dix-huit mois.",
            "La coop\u00e9rative r\u00e9unit 42 \u00e9leveurs qui livrent chaque matin leur lait cru \u00e0 "
            "l\u2019atelier du village.",
            "La production sera port\u00e9e \u00e0 150 tonnes par an d\u2019ici 2028."],
      about_head="\u00c0 propos de la fromagerie",
      about=["Fond\u00e9e en 1931, la fromagerie coop\u00e9rative du Haut-Vernois fabrique tommes et raclettes au "
             "lait cru."],
      contact=["Relations presse : contact@haut-vernois.example"],
      emails=["contact@haut-vernois.example"],
      related=[("02/04/2026", "Portes ouvertes de l\u2019atelier le 14 mai"),
               ("15/03/2026", "Nouvelle cave d\u2019affinage inaugur\u00e9e")],
      tags=[],
      chrome=["nav", "share_bottom", "related", "footer"], print_hf=False, txt="scrape"),

    R(id="e20-de-01", lang="de", org="Stadtwerke Krellingen", host="www.stadtwerke-krellingen.example",
      path="/presse/pressemitteilungen/2026/freibad-waermepumpe", kicker="Pressemitteilung",
      headline="Stadtwerke Krellingen heizen das Freibad mit Flusswasser",
      sub="Neue W\u00e4rmepumpe ersetzt den alten Gaskessel am Auenbad",
      pubdate="18.05.2026", dl="Krellingen, 18. Mai 2026 \u2013", date="2026-05-18", loc="Krellingen",
      body=["Die Stadtwerke Krellingen haben am Auenbad eine W\u00e4rmepumpe in Betrieb genommen, die dem Fluss "
            "W\u00e4rme entzieht.",
            "Das Becken wird damit ab der Saisoner\u00f6ffnung am 1. Juni auf 24 Grad gehalten, ohne einen Kubikmeter "
            "Gas.",
            "\u201eDas spart im Jahr rund 90 Tonnen CO\u2082\u201c, sagte B\u00e4derleiter Falko Brinkhaus."],
      about_head="\u00dcber die Stadtwerke Krellingen",
      about=["Die Stadtwerke Krellingen versorgen 64.000 Menschen mit Strom, Gas, Wasser und W\u00e4rme und "
             "betreiben drei B\u00e4der."],
      contact=["Pressekontakt", "Imke Vollrath", "presse@stadtwerke-krellingen.example"],
      emails=["presse@stadtwerke-krellingen.example"],
      related=[("11.05.2026", "Neue Lades\u00e4ulen am Bahnhof Krellingen"),
               ("28.04.2026", "Wasserpreise bleiben 2026 stabil")],
      tags=["Energie", "B\u00e4der"],
      chrome=["cookie_top", "nav", "crumbs", "share_top", "related", "tags", "footer"], print_hf=True, txt="copy"),

    R(id="e20-de-02", lang="de", org="Landesmuseum Ostheide", host="www.landesmuseum-ostheide.example",
      path="/presse/bronzezeit-ausstellung", kicker=None,
      headline="Landesmuseum Ostheide zeigt den Goldschatz von Wendlingen",
      sub="Gro\u00dfe Sonderausstellung zur Bronzezeit \u00f6ffnet im Oktober",
      pubdate="Ver\u00f6ffentlicht am 2. September 2026", dl=None, date="2026-09-02", loc=None,
      body=["Das Landesmuseum Ostheide zeigt ab dem 9. Oktober erstmals den vollst\u00e4ndigen Goldschatz von "
            "Wendlingen.",
            "Die 212 Fundst\u00fccke waren 2019 bei Bauarbeiten an der Umgehungsstra\u00dfe entdeckt und seither "
            "restauriert worden.",
            "Die Ausstellung l\u00e4uft bis zum 28. Februar 2027."],
      about_head="\u00dcber das Landesmuseum",
      about=["Das Landesmuseum Ostheide sammelt seit 1889 Arch\u00e4ologie und Landesgeschichte der Region."],
      contact=["Presse und \u00d6ffentlichkeitsarbeit", "Tel. +49 5391 7720-14", "presse@landesmuseum-ostheide.example"],
      emails=["presse@landesmuseum-ostheide.example"],
      related=[("20.08.2026", "Museumsnacht mit 8.000 Besuchern"),
               ("03.07.2026", "Neue Direktorin tritt ihr Amt an")],
      tags=[],
      chrome=["nav", "crumbs", "share_bottom", "related", "footer", "cookie_bottom"], print_hf=False, txt="scrape"),

    R(id="e20-es-01", lang="es", org="Ayuntamiento de Villaseca del R\u00edo", host="www.villasecadelrio.example",
      path="/sala-de-prensa/noticias/biblioteca-municipal", kicker="Nota de prensa",
      headline="Villaseca del R\u00edo abre su nueva biblioteca municipal en el antiguo mercado",
      sub="El edificio rehabilitado tendr\u00e1 sala de estudio abierta hasta medianoche",
      pubdate="Publicado el 20 de enero de 2026", dl="Villaseca del R\u00edo, 20 de enero de 2026.", date="2026-01-20",
      loc="Villaseca del R\u00edo",
      body=["El Ayuntamiento de Villaseca del R\u00edo inaugurar\u00e1 el pr\u00f3ximo s\u00e1bado la nueva biblioteca "
            "municipal en el edificio del antiguo mercado de abastos.",
            "La rehabilitaci\u00f3n ha costado 2,4 millones de euros y ha conservado la estructura de hierro de 1908.",
            "\u00abEs el edificio m\u00e1s querido del pueblo y ahora ser\u00e1 de todos\u00bb, afirm\u00f3 la "
            "alcaldesa, Remedios Galindo."],
      about_head=None, about=[],
      contact=["Gabinete de prensa", "prensa@villasecadelrio.example"],
      emails=["prensa@villasecadelrio.example"],
      related=[("13 de enero de 2026", "Aprobado el presupuesto municipal para 2026"),
               ("8 de enero de 2026", "La cabalgata de Reyes re\u00fane a 6.000 personas")],
      tags=["Cultura", "Bibliotecas"],
      chrome=["nav", "crumbs", "share_top", "related", "tags", "footer", "cookie_bottom"], print_hf=True, txt="scrape"),

    R(id="e20-es-02", lang="es", org="Bodegas Altozano", host="www.bodegasaltozano.example",
      path="/prensa/nueva-bodega-subterranea", kicker="Comunicado",
      headline="Bodegas Altozano excava una bodega subterr\u00e1nea para ahorrar energ\u00eda",
      sub=None,
      pubdate="07/06/2026", dl="LOGRO\u00d1ETE, 7 de junio de 2026 \u2013", date="2026-06-07", loc="LOGRO\u00d1ETE",
      body=["Bodegas Altozano ha terminado una nave de crianza excavada a doce metros bajo sus vi\u00f1edos.",
            "La temperatura se mantiene a 14 grados todo el a\u00f1o sin climatizaci\u00f3n, lo que reduce el consumo "
            "el\u00e9ctrico de la bodega un 40 %.",
            "La nave alberga 3.000 barricas de roble."],
      about_head="Sobre Bodegas Altozano",
      about=["Bodegas Altozano es una empresa familiar fundada en 1954 que elabora vinos tintos con uva de "
             "sus 180 hect\u00e1reas."],
      contact=["Contacto de prensa: comunicacion@bodegasaltozano.example"],
      emails=["comunicacion@bodegasaltozano.example"],
      related=[("15/05/2026", "Altozano Reserva 2021, mejor tinto del a\u00f1o"),
               ("30/04/2026", "Visitas guiadas a la nueva nave desde julio")],
      tags=[],
      chrome=["nav", "share_bottom", "related", "footer"], print_hf=False, txt="copy"),

    R(id="e20-pt-01", lang="pt", org="C\u00e2mara Municipal de Penaverde", host="www.cm-penaverde.example",
      path="/imprensa/comunicados/praia-fluvial", kicker="Comunicado de imprensa",
      headline="Penaverde inaugura praia fluvial com acesso para pessoas com mobilidade reduzida",
      sub="Obra de 850 mil euros recupera a margem do rio Alvi\u00e7a",
      pubdate="Publicado em 26 de junho de 2026", dl="Penaverde, 26 de junho de 2026 \u2013", date="2026-06-26",
      loc="Penaverde",
      body=["A C\u00e2mara Municipal de Penaverde inaugura no s\u00e1bado a praia fluvial da Azenha, na margem "
            "esquerda do rio Alvi\u00e7a.",
            "A praia tem rampa de acesso, cadeira anf\u00edbia e nadador-salvador entre julho e setembro.",
            "\u201cQuer\u00edamos uma praia para todos\u201d, disse o presidente da C\u00e2mara, Ant\u00f3nio Barreiros."],
      about_head=None, about=[],
      contact=["Gabinete de Comunica\u00e7\u00e3o", "comunicacao@cm-penaverde.example"],
      emails=["comunicacao@cm-penaverde.example"],
      related=[("19 de junho de 2026", "Festas de S\u00e3o Jo\u00e3o com programa alargado"),
               ("5 de junho de 2026", "Novo centro de sa\u00fade abre em setembro")],
      tags=["Ambiente", "Turismo"],
      chrome=["cookie_top", "nav", "crumbs", "share_top", "related", "tags", "footer"], print_hf=True, txt="copy"),

    R(id="e20-pt-02", lang="pt", org="Cooperativa Agr\u00edcola do Vale do Sorraia", host="www.coopsorraia.example",
      path="/noticias/fabrica-de-azeite", kicker=None,
      headline="Cooperativa do Vale do Sorraia abre lagar de azeite movido a energia solar",
      sub="Investimento de 3,1 milh\u00f5es de euros duplica a capacidade de moagem",
      pubdate="14/10/2026", dl="CORUCHEIRA, 14 de outubro de 2026 \u2013", date="2026-10-14", loc="CORUCHEIRA",
      body=["A Cooperativa Agr\u00edcola do Vale do Sorraia abriu um novo lagar capaz de moer 200 toneladas de "
            "azeitona por dia.",
            "O lagar funciona com pain\u00e9is solares instalados nas coberturas dos armaz\u00e9ns.",
            "A cooperativa conta com 610 associados."],
      about_head="Sobre a Cooperativa",
      about=["A Cooperativa Agr\u00edcola do Vale do Sorraia foi fundada em 1958 e comercializa azeite, arroz e "
             "tomate dos seus associados."],
      contact=["Contactos para a imprensa: imprensa@coopsorraia.example"],
      emails=["imprensa@coopsorraia.example"],
      related=[("30/09/2026", "Colheita de arroz supera previs\u00f5es"),
               ("12/09/2026", "Nova loja da cooperativa em Corucheira")],
      tags=[],
      chrome=["nav", "crumbs", "share_bottom", "related", "footer", "cookie_bottom"], print_hf=False, txt="scrape"),

    R(id="e20-it-01", lang="it", org="Comune di Roccabruna Val di Sole", host="www.comune.roccabruna.example",
      path="/area-stampa/comunicati/ponte-ciclopedonale", kicker="Comunicato stampa",
      headline="Roccabruna apre il ponte ciclopedonale sul torrente Verla",
      sub="La passerella in legno collega il centro storico alla pista del fondovalle",
      pubdate="Pubblicato il 3 luglio 2026", dl="Roccabruna, 3 luglio 2026 \u2013", date="2026-07-03", loc="Roccabruna",
      body=["Il Comune di Roccabruna Val di Sole ha aperto al pubblico il nuovo ponte ciclopedonale sul torrente "
            "Verla.",
            "La passerella, lunga 64 metri, \u00e8 costruita in larice locale e ha richiesto otto mesi di lavori.",
            "\u00abFinalmente si arriva in bicicletta dal paese alla ciclabile senza passare sulla statale\u00bb, ha "
            "detto il sindaco Walter Dallapiccola."],
      about_head=None, about=[],
      contact=["Ufficio stampa del Comune", "stampa@comune.roccabruna.example"],
      emails=["stampa@comune.roccabruna.example"],
      related=[("26 giugno 2026", "Estate in valle: il calendario degli eventi"),
               ("12 giugno 2026", "Raccolta differenziata, nuovi orari dell\u2019ecocentro")],
      tags=["Mobilit\u00e0", "Lavori pubblici"],
      chrome=["nav", "crumbs", "share_top", "related", "tags", "footer", "cookie_bottom"], print_hf=True, txt="scrape"),

    R(id="e20-it-02", lang="it", org="Pastificio Serravalle", host="www.pastificioserravalle.example",
      path="/news/nuovo-stabilimento", kicker="Press release",
      headline="Pastificio Serravalle raddoppia la produzione con un nuovo stabilimento a Castelfranco Irpino",
      sub=None,
      pubdate="21 settembre 2026", dl="CASTELFRANCO IRPINO, 21 settembre 2026 \u2013", date="2026-09-21",
      loc="CASTELFRANCO IRPINO",
      body=["Pastificio Serravalle ha inaugurato il nuovo stabilimento di Castelfranco Irpino, che porter\u00e0 la "
            "produzione a 90.000 tonnellate l\u2019anno.",
            "Lo stabilimento impiega 120 persone, 70 delle quali assunte negli ultimi sei mesi.",
            "Il grano duro arriva per l\u201980 % da aziende agricole della provincia."],
      about_head="Chi siamo",
      about=["Pastificio Serravalle produce pasta di semola di grano duro dal 1921 ed esporta in 34 paesi."],
      contact=["Ufficio stampa: press@pastificioserravalle.example"],
      emails=["press@pastificioserravalle.example"],
      related=[("7 settembre 2026", "Serravalle sponsor della maratona di Napoli"),
               ("22 luglio 2026", "Bilancio 2025: ricavi in crescita del 9 %")],
      tags=[],
      chrome=["cookie_top", "nav", "share_bottom", "related", "footer"], print_hf=False, txt="copy"),

    R(id="e20-nl-01", lang="nl", org="Waterschap Lindemeer", host="www.waterschaplindemeer.example",
      path="/nieuws/persberichten/dijkversterking-oostpolder", kicker="Persbericht",
      headline="Waterschap Lindemeer begint aan versterking van de Oostpolderdijk",
      sub="Zes kilometer dijk wordt breder en twee meter hoger",
      pubdate="Gepubliceerd op 11 maart 2026", dl="LINDEMEER, 11 maart 2026 \u2013", date="2026-03-11",
      loc="LINDEMEER",
      body=["Waterschap Lindemeer begint op 23 maart met de versterking van de dijk langs de Oostpolder.",
            "De werkzaamheden duren twee jaar; het fietspad op de dijk blijft zoveel mogelijk open.",
            "\u2018Met deze dijk zijn 9.000 inwoners beschermd tot ver na 2100\u2019, zegt dijkgraaf Marieke "
            "Hoogendijk."],
      about_head="Over Waterschap Lindemeer",
      about=["Waterschap Lindemeer zorgt voor veilige dijken, schoon water en droge voeten in acht gemeenten."],
      contact=["Voor de pers: communicatie@waterschaplindemeer.example"],
      emails=["communicatie@waterschaplindemeer.example"],
      related=[("4 maart 2026", "Waterschapsbelasting 2026 licht omlaag"),
               ("18 februari 2026", "Nieuw gemaal bij Sluisdorp in gebruik")],
      tags=["Dijken", "Veiligheid"],
      chrome=["nav", "crumbs", "share_top", "related", "tags", "footer", "cookie_bottom"], print_hf=True, txt="copy"),

    R(id="e20-nl-02", lang="nl", org="Zorggroep Heuvelrand", host="www.zorggroepheuvelrand.example",
      path="/actueel/nieuw-verpleeghuis", kicker=None,
      headline="Zorggroep Heuvelrand opent verpleeghuis met eigen moestuin",
      sub=None,
      pubdate="30-09-2026", dl="BERKENHOUT, 30 september 2026 \u2013", date="2026-09-30", loc="BERKENHOUT",
      body=["Zorggroep Heuvelrand heeft in Berkenhout een nieuw verpleeghuis geopend voor 64 bewoners met "
            "dementie.",
            "Het gebouw ligt rond een moestuin en een kippenren waar bewoners elke dag kunnen helpen.",
            "Vrijwilligers uit het dorp onderhouden de tuin samen met de bewoners."],
      about_head="Over Zorggroep Heuvelrand",
      about=["Zorggroep Heuvelrand biedt ouderenzorg op elf locaties en heeft 1.400 medewerkers."],
      contact=["Persvoorlichting: pers@zorggroepheuvelrand.example"],
      emails=["pers@zorggroepheuvelrand.example"],
      related=[("16-09-2026", "Zorggroep zoekt vrijwilligers voor de kerstmarkt"),
               ("02-09-2026", "Nieuwe bestuurder benoemd")],
      tags=[],
      chrome=["nav", "crumbs", "share_bottom", "related", "footer"], print_hf=False, txt="scrape"),

    R(id="e20-ar-01", lang="ar", org="\u0628\u0644\u062f\u064a\u0629 \u0648\u0627\u062f\u064a \u0627\u0644\u0646\u062e\u064a\u0644",
      host="www.wadi-alnakheel.example", path="/media/news/green-park", kicker="\u0628\u064a\u0627\u0646 \u0635\u062d\u0641\u064a",
      headline="\u0628\u0644\u062f\u064a\u0629 \u0648\u0627\u062f\u064a \u0627\u0644\u0646\u062e\u064a\u0644 \u062a\u0641\u062a\u062a\u062d \u062d\u062f\u064a\u0642\u0629 \u0639\u0627\u0645\u0629 \u062c\u062f\u064a\u062f\u0629 \u0641\u064a \u062d\u064a \u0627\u0644\u0631\u0628\u0648\u0629",
      sub=None,
      pubdate="\u0646\u064f\u0634\u0631 \u0641\u064a 15 \u0623\u0628\u0631\u064a\u0644 2026",
      dl="\u0648\u0627\u062f\u064a \u0627\u0644\u0646\u062e\u064a\u0644\u060c 15 \u0623\u0628\u0631\u064a\u0644 2026 \u2013",
      date="2026-04-15", loc="\u0648\u0627\u062f\u064a \u0627\u0644\u0646\u062e\u064a\u0644",
      body=["\u0627\u0641\u062a\u062a\u062d\u062a \u0628\u0644\u062f\u064a\u0629 \u0648\u0627\u062f\u064a \u0627\u0644\u0646\u062e\u064a\u0644 \u062d\u062f\u064a\u0642\u0629 \u0627\u0644\u0631\u0628\u0648\u0629 \u0627\u0644\u0639\u0627\u0645\u0629 \u0639\u0644\u0649 \u0645\u0633\u0627\u062d\u0629 12 \u0647\u0643\u062a\u0627\u0631\u0627\u064b.",
            "\u0648\u062a\u0636\u0645 \u0627\u0644\u062d\u062f\u064a\u0642\u0629 \u0645\u0633\u0627\u0631\u0627\u064b \u0644\u0644\u0645\u0634\u064a \u0628\u0637\u0648\u0644 3 \u0643\u064a\u0644\u0648\u0645\u062a\u0631\u0627\u062a \u0648\u0645\u0644\u0627\u0639\u0628 \u0644\u0644\u0623\u0637\u0641\u0627\u0644 \u0648\u0623\u0643\u062b\u0631 \u0645\u0646 4000 \u0634\u062c\u0631\u0629.",
            "\u0648\u0642\u0627\u0644 \u0631\u0626\u064a\u0633 \u0627\u0644\u0628\u0644\u062f\u064a\u0629 \u0633\u0627\u0644\u0645 \u0627\u0644\u062d\u0631\u0628\u064a \u0625\u0646 \u0627\u0644\u062d\u062f\u064a\u0642\u0629 \u0633\u062a\u0641\u062a\u062d \u0623\u0628\u0648\u0627\u0628\u0647\u0627 \u064a\u0648\u0645\u064a\u0627\u064b \u062d\u062a\u0649 \u0645\u0646\u062a\u0635\u0641 \u0627\u0644\u0644\u064a\u0644."],
      about_head=None, about=[],
      contact=["\u0627\u0644\u0645\u0631\u0643\u0632 \u0627\u0644\u0625\u0639\u0644\u0627\u0645\u064a: media@wadi-alnakheel.example"],
      emails=["media@wadi-alnakheel.example"],
      related=[("8 \u0623\u0628\u0631\u064a\u0644 2026", "\u0625\u0637\u0644\u0627\u0642 \u062d\u0645\u0644\u0629 \u0627\u0644\u062a\u0634\u062c\u064a\u0631 \u0627\u0644\u0633\u0646\u0648\u064a\u0629"),
               ("1 \u0623\u0628\u0631\u064a\u0644 2026", "\u062a\u0637\u0648\u064a\u0631 \u0634\u0627\u0631\u0639 \u0627\u0644\u0633\u0648\u0642 \u0627\u0644\u0642\u062f\u064a\u0645")],
      tags=[],
      chrome=["nav", "crumbs", "share_top", "related", "footer"], print_hf=True, txt="copy"),
]
