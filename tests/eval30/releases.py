# The releases of tests/eval30 (read by make.py): invented organisations,
# people and towns, written for issue 11 (lines and paragraphs in PDF)
# before pressmill was run on them. Each release is a list of body items
# that make.py lays out in the shape named by "shape"; the gold is made
# from the same items (make.py `gold`), so the paragraphs of the gold are
# the paragraphs a person sees on the page.
#
# Body items:
#   "text"            a paragraph
#   ("h", text)       a heading inside the body (its own entry)
#   ("q", text)       a quotation block, indented on both sides (its own entry)
#   ("li", text)      a list item (its own entry, the marker not text)
# A footnote inside a paragraph is written {fn:text}: the page shows a
# mark and the note at the page's foot; neither is body.
# "typed" (shapes one-line and shift-enter) holds the lines as the person
# typed them, "/" between lines; the gold joins them.


def R(id, lang, shape, label, headline, dateline, loc, date, body, about_head, about, contact, **kw):
    d = dict(id=id, lang=lang, shape=shape, label=label, headline=headline, dateline=dateline, loc=loc,
             date=date, body=body, about_head=about_head, about=about, contact=contact)
    d.update(kw)
    return d


RELEASES = [
    R("e30-en-01", "en", "one-line",
      "PRESS RELEASE", "Tarrow Bay ferry adds a night crossing for hospital staff",
      "TARROW BAY, 12 May 2026 \u2013", "TARROW BAY", "2026-05-12",
      ["The Tarrow Bay Ferry Company will run a crossing at 23:40 every night from/1 June, so that nurses and "
       "porters finishing the late shift at Kellan General/can get home without the forty-minute drive round "
       "the estuary.",
       "The new sailing uses the smaller of the two boats, the Marit Ellis, which/carries 120 foot passengers "
       "and twelve cars. Tickets cost the same as on/the day crossings, and hospital staff showing a pass "
       "travel at half fare.",
       "\u201cWe heard the same story from dozens of people at the quay,\u201d said/Oona Pritchard, the "
       "company's operations manager. \u201cThey were sitting in/their cars at midnight looking at the lights "
       "on the other side.\u201d",
       "The crossing is funded for a trial year by the county health board,/which will count passengers each "
       "month and decide in the spring whether/to keep it."],
      "About the Tarrow Bay Ferry Company",
      ["The Tarrow Bay Ferry Company has run the estuary crossing since 1931 and/carries about 800,000 "
       "passengers a year on two boats."],
      "Press: Ruaridh Fane, news@tarrowferry.example",
      note="typed one line per paragraph (Enter at every line, lines stopping well short of the margin), an "
      "empty paragraph between paragraphs: only the empty line shows the paragraph breaks"),

    R("e30-fr-01", "fr", "shift-enter",
      "COMMUNIQU\u00c9 DE PRESSE", "La m\u00e9diath\u00e8que de Villerande ouvre le dimanche",
      "VILLERANDE, le 3 mars 2026 \u2013", "VILLERANDE", "2026-03-03",
      ["La m\u00e9diath\u00e8que Colette-Aubry ouvrira ses portes chaque dimanche/de 14 heures \u00e0 18 "
       "heures \u00e0 partir du 5 avril, apr\u00e8s une consultation/men\u00e9e aupr\u00e8s de 1 400 "
       "habitants de Villerande et des communes voisines.",
       "Quatre postes de biblioth\u00e9caires \u00e0 temps partiel ont \u00e9t\u00e9 cr\u00e9\u00e9s pour/"
       "couvrir ces horaires. L'espace jeunesse, la salle de presse et les postes/informatiques seront "
       "ouverts, mais pas l'auditorium.",
       "\u00ab Le dimanche est le seul jour o\u00f9 beaucoup de familles ont du temps/libre ensemble \u00bb, "
       "explique Sol\u00e8ne Marchetti, adjointe \u00e0 la culture./\u00ab Nous voulions que la "
       "m\u00e9diath\u00e8que en fasse partie. \u00bb",
       "Un premier bilan de fr\u00e9quentation sera pr\u00e9sent\u00e9 au conseil municipal/en "
       "d\u00e9cembre."],
      "\u00c0 propos de la m\u00e9diath\u00e8que Colette-Aubry",
      ["Ouverte en 1998, la m\u00e9diath\u00e8que Colette-Aubry compte 9 000 inscrits/et un fonds de 85 000 "
       "documents."],
      "Contact presse : Lo\u00efc Teyssier, presse@villerande.example",
      note="typed with Shift+Enter at the end of every line (one paragraph, a line break at each visual line), "
      "space after each paragraph: the breaks inside a paragraph are wraps"),

    R("e30-de-01", "de", "indent-ragged",
      "PRESSEMITTEILUNG", "Stadtwerke Altmoorhausen bauen Fernw\u00e4rmenetz im Hafenviertel aus",
      "ALTMOORHAUSEN, 14. April 2026 \u2013", "ALTMOORHAUSEN", "2026-04-14",
      ["Die Stadtwerke Altmoorhausen verlegen bis zum Herbst 2027 rund neun Kilometer neue "
       "Fernw\u00e4rmeleitungen im Hafenviertel. Angeschlossen werden 46 Wohnh\u00e4user, zwei Schulen, das "
       "Hallenbad und die Berufsfachschule f\u00fcr Pflege.",
       "Die W\u00e4rme stammt zu einem gro\u00dfen Teil aus der Abw\u00e4rme der Kl\u00e4ranlage am "
       "Deichweg, die bisher ungenutzt in die Luft geht. Gro\u00dfw\u00e4rmepumpen heben sie auf die "
       "Vorlauftemperatur, die das Netz braucht.",
       "\u201eDas Hafenviertel ist dicht bebaut, und viele Geb\u00e4udeeigent\u00fcmer k\u00f6nnten eine "
       "eigene W\u00e4rmepumpe gar nicht aufstellen\u201c, sagt Henrike Ostendorp, Gesch\u00e4ftsf\u00fchrerin "
       "der Stadtwerke. \u201eMit dem Netz bekommen sie trotzdem klimafreundliche W\u00e4rme.\u201c",
       "Die Bauarbeiten beginnen im Juni in der Speicherstra\u00dfe. Anwohnerinnen und Anwohner werden "
       "vorab in Informationsveranstaltungen \u00fcber Sperrungen und Umleitungen unterrichtet.",
       "Die Investitionssumme betr\u00e4gt 31 Millionen Euro, davon tr\u00e4gt das Bundesf\u00f6rderprogramm "
       "f\u00fcr effiziente W\u00e4rmenetze rund 40 Prozent."],
      "\u00dcber die Stadtwerke Altmoorhausen",
      ["Die Stadtwerke Altmoorhausen versorgen 58.000 Einwohnerinnen und Einwohner mit Strom, Wasser und "
       "W\u00e4rme und betreiben das Hallenbad am Stadtpark."],
      "Pressekontakt: Jannes Brookmann, presse@stadtwerke-altmoorhausen.example",
      note="ragged right, a first-line indent and no space between paragraphs; lines wrapped before long "
      "capitalised nouns"),

    R("e30-de-02", "de", "twocol-hyph",
      "PRESSEMITTEILUNG", "Verkehrsverbund Ebersauer Land stellt auf E-Busse um",
      "EBERSAU, 2. Juni 2026 \u2013", "EBERSAU", "2026-06-02",
      ["Der Verkehrsverbund Ebersauer Land ersetzt bis Ende 2028 alle 64 Dieselbusse seiner Regionallinien "
       "durch batterieelektrische Fahrzeuge. Die ersten zw\u00f6lf E-Busse fahren ab September auf den "
       "Linien zwischen Ebersau, Kranzfelden und dem Nord-S\u00fcd-Gewerbegebiet.",
       "Geladen wird \u00fcber Nacht im Betriebshof an der Lindenallee, der daf\u00fcr eine neue "
       "Mittelspannungs-Schaltanlage und 40 Ladepunkte erh\u00e4lt. Auf den l\u00e4ngsten Uml\u00e4ufen "
       "kommen Schnellladestationen an den Endhaltestellen hinzu.",
       "\u201eUnsere Fahrerinnen und Fahrer haben die Testfahrzeuge im Winter auf den Bergstrecken "
       "ausprobiert\u201c, sagt Betriebsleiter Korbinian Straubinger. \u201eDie Reichweite hat auch bei "
       "minus zehn Grad f\u00fcr einen ganzen Umlauf gereicht.\u201c",
       "Die Anschaffungskosten von 38 Millionen Euro teilen sich der Freistaat, die Landkreise und der "
       "Verkehrsverbund. Die Fahrpreise bleiben unver\u00e4ndert.",
       "Wer die neuen Busse kennenlernen m\u00f6chte, kann sie am Tag der offenen T\u00fcr am 19. Juli im "
       "Betriebshof besichtigen und eine Probefahrt durch die Innenstadt machen."],
      "\u00dcber den Verkehrsverbund Ebersauer Land",
      ["Der Verkehrsverbund Ebersauer Land betreibt 31 Buslinien in zwei Landkreisen und bef\u00f6rdert "
       "j\u00e4hrlich rund 11 Millionen Fahrg\u00e4ste."],
      "Pressekontakt: Walburga Heindl, presse@vv-ebersau.example",
      note="two justified columns with LibreOffice's automatic hyphenation (hyphens of the breaks dropped), "
      "hyphenated compounds (E-Busse, Nord-S\u00fcd-Gewerbegebiet, Mittelspannungs-Schaltanlage) whose "
      "hyphens stay; the page number in the footer"),

    R("e30-nl-01", "nl", "docx-nospace",
      "PERSBERICHT", "Waterschap Lindevecht legt natuurvriendelijke oevers aan langs de Oude Vaart",
      "LINDEVECHT, 21 april 2026 \u2013", "LINDEVECHT", "2026-04-21",
      ["Waterschap Lindevecht legt deze zomer over een lengte van vier kilometer natuurvriendelijke oevers "
       "aan langs de Oude Vaart tussen Lindevecht en Haarsloot. De steile beschoeiing van hout maakt plaats "
       "voor flauwe taluds met riet en lisdodde.",
       "Op de nieuwe oevers kunnen vissen paaien en vinden libellen en amfibie\u00ebn beschutting. "
       "Waterplanten zuiveren bovendien het water, dat in de zomer vaak te veel voedingsstoffen bevat.",
       "\u201eDe oude beschoeiing was aan het eind van haar levensduur\u201d, zegt dijkgraaf Marijke "
       "Oosterbeek. \u201eIn plaats van nieuwe planken kiezen we voor een oever die zichzelf onderhoudt en "
       "tegelijk de waterkwaliteit verbetert.\u201d",
       "Voor het werk koopt het waterschap stroken grond van twaalf grondeigenaren langs de vaart. Met alle "
       "eigenaren zijn inmiddels afspraken gemaakt over de vergoeding.",
       "De werkzaamheden beginnen op 1 juli en duren tot half oktober. Het fietspad langs de vaart blijft "
       "open, op enkele dagen na waarop zware machines het pad moeten oversteken.",
       "Bewoners kunnen op 4 juni vanaf 19.30 uur terecht op een inloopavond in het Dorpshuis van Haarsloot, "
       "waar de projectleider de tekeningen toelicht en vragen beantwoordt.",
       "De kosten van 2,3 miljoen euro worden voor de helft gedragen door het Rijksprogramma voor "
       "waterkwaliteit."],
      "Over Waterschap Lindevecht",
      ["Waterschap Lindevecht zorgt voor veilige dijken, voldoende en schoon water in een gebied van "
       "62.000 hectare met 240.000 inwoners."],
      "Pers: Thijs van Leeuwarden, pers@lindevecht.example",
      note="Word-typed DOCX with no space between paragraphs (a paragraph ends where its last line stops "
      "short), A5 pages with a running header and the page number in the footer, a paragraph over the page "
      "break; names (Oude Vaart, Haarsloot, Dorpshuis) capitalised where a line may start"),

    R("e30-es-01", "es", "footnote-pages",
      "NOTA DE PRENSA", "El Consorcio de Aguas de Valdemira renueva la red de Cantaleja",
      "VALDEMIRA, 8 de mayo de 2026 \u2013", "VALDEMIRA", "2026-05-08",
      ["El Consorcio de Aguas de Valdemira sustituir\u00e1 este verano 14 kil\u00f3metros de tuber\u00edas "
       "de fibrocemento en el barrio de Cantaleja, donde las aver\u00edas se han triplicado en los "
       "\u00faltimos cinco a\u00f1os{fn:Datos del servicio de explotaci\u00f3n del Consorcio, 2020-2025.}. "
       "Las nuevas conducciones son de fundici\u00f3n d\u00factil y tienen una vida \u00fatil de m\u00e1s de "
       "setenta a\u00f1os.",
       "Las obras se har\u00e1n por tramos de doscientos metros para que ninguna calle quede cortada m\u00e1s "
       "de dos semanas. Durante los trabajos, los vecinos recibir\u00e1n el agua por una red provisional "
       "instalada en las aceras, y el Consorcio avisar\u00e1 por carta y por SMS de cada corte programado con "
       "al menos 48 horas de antelaci\u00f3n, como establece su reglamento de servicio.",
       "\u00abCantaleja tiene la red m\u00e1s antigua de la ciudad y la que m\u00e1s agua pierde\u00bb, "
       "explic\u00f3 la directora t\u00e9cnica, Inmaculada Serrat. \u00abCon la renovaci\u00f3n esperamos "
       "ahorrar unos 90 millones de litros al a\u00f1o.\u00bb",
       "La inversi\u00f3n asciende a 6,2 millones de euros y est\u00e1 financiada con fondos propios del "
       "Consorcio y una subvenci\u00f3n de la Diputaci\u00f3n."],
      "Acerca del Consorcio de Aguas de Valdemira",
      ["El Consorcio de Aguas de Valdemira abastece a 210.000 habitantes de once municipios."],
      "Prensa: Bruno Arregui, prensa@aguasvaldemira.example",
      note="A5 pages: a running header (organisation) and a page number in the footer, a footnote at the foot "
      "of page 1, the second paragraph running over the page break", size=14.5),

    R("e30-it-01", "it", "indent-justified",
      "COMUNICATO STAMPA", "Il Comune di Serravalle Lario apre un centro per la riparazione di biciclette",
      "SERRAVALLE LARIO, 9 giugno 2026 \u2013", "SERRAVALLE LARIO", "2026-06-09",
      ["Il Comune di Serravalle Lario apre il 20 giugno, negli spazi dell'ex magazzino comunale di via dei "
       "Tessitori, una ciclofficina aperta a tutti, dove chi lo desidera potr\u00e0 riparare la propria "
       "bicicletta con gli attrezzi e i consigli dei volontari.",
       "La ciclofficina sar\u00e0 aperta il mercoled\u00ec e il sabato pomeriggio. I pezzi di ricambio usati "
       "arrivano dalle biciclette abbandonate che la polizia locale recupera ogni anno in citt\u00e0 e che "
       "finora venivano rottamate, mentre quelli nuovi saranno venduti a prezzo di costo.",
       "\u00abVogliamo che riparare costi meno che ricomprare\u00bb, spiega l'assessora alla mobilit\u00e0 "
       "Ginevra Tagliabue. \u00abE vogliamo che chi impara qui un mestiere possa un giorno insegnarlo ad "
       "altri.\u00bb",
       "Per le scuole medie della citt\u00e0 sono previsti corsi del mattino, in cui gli studenti imparano a "
       "cambiare una camera d'aria, regolare i freni e tendere la catena.",
       "Il progetto costa 85.000 euro ed \u00e8 finanziato dal bando regionale per l'economia "
       "circolare."],
      "Informazioni sul Comune di Serravalle Lario",
      ["Serravalle Lario conta 23.000 abitanti e dal 2019 ha raddoppiato la rete delle piste ciclabili."],
      "Ufficio stampa: Matteo Brambati, stampa@comune-serravalle.example",
      note="justified and hyphenated, A5 pages, a first-line indent and no space between paragraphs; the "
      "quotation's paragraph runs over the page break with a word hyphenated across it", size=18),

    R("e30-fr-02", "fr", "quote-list",
      "COMMUNIQU\u00c9 DE PRESSE", "L'Agglom\u00e9ration du Val d'Orsenne lance un service de "
      "covoiturage domicile-travail",
      "ORSENNE, le 17 septembre 2026 \u2013", "ORSENNE", "2026-09-17",
      ["L'Agglom\u00e9ration du Val d'Orsenne met en service le 1er octobre une plateforme de covoiturage "
       "r\u00e9serv\u00e9e aux trajets entre le domicile et le travail, d\u00e9velopp\u00e9e avec les "
       "quatre plus grands employeurs de la vall\u00e9e.",
       "Le service repose sur trois engagements :",
       ("li", "chaque conducteur re\u00e7oit 2 euros par passager transport\u00e9, vers\u00e9s chaque mois "
        "par l'Agglom\u00e9ration, dans la limite de 120 euros ;"),
       ("li", "chaque passager voyage gratuitement sur les trajets de moins de 40 kilom\u00e8tres, et pour "
        "un euro au-del\u00e0 ;"),
       ("li", "en cas d'annulation du conducteur, un taxi ram\u00e8ne le passager chez lui sans frais, "
        "deux fois par mois au plus."),
       "Lors de la pr\u00e9sentation du service, la pr\u00e9sidente de l'Agglom\u00e9ration, Nadège "
       "Villecourt, a rappel\u00e9 l'enjeu :",
       ("q", "\u00ab Sept actifs sur dix de la vall\u00e9e vont travailler seuls dans leur voiture. Si un "
        "sur cinq partage son trajet deux jours par semaine, nous retirons chaque matin pr\u00e8s de mille "
        "voitures de la route d\u00e9partementale. \u00bb"),
       "L'inscription se fait sur l'application Orsenne Mobilit\u00e9s ou aupr\u00e8s des "
       "services des ressources humaines des employeurs partenaires."],
      "\u00c0 propos de l'Agglom\u00e9ration du Val d'Orsenne",
      ["L'Agglom\u00e9ration du Val d'Orsenne regroupe 27 communes et 96 000 habitants."],
      "Contact presse : Ma\u00ebl Gaudichon, presse@valdorsenne.example",
      note="a list typed with a bullet and a tab on a hanging indent (items over two lines), a quotation block "
      "indented on both sides in italics, space after paragraphs"),

    R("e30-en-02", "en", "html-columns",
      "NEWS RELEASE", "Holmcroft University opens a public seed library",
      "HOLMCROFT, 3 March 2026 \u2013", "HOLMCROFT", "2026-03-03",
      ["Holmcroft University's botanic garden has opened a public seed library in the glasshouse foyer, "
       "where anyone with a library card can borrow up to ten packets of locally adapted vegetable and "
       "wildflower seed each season, free of charge.",
       "Borrowers are asked to let a few plants go to seed and bring back a share of the harvest, so that "
       "the collection grows year by year. The first drawers hold 140 varieties, among them a drought-"
       "tolerant runner bean bred on the county's allotments and a long-keeping onion that a market "
       "gardener in Wexley grew for forty years.",
       "\u201cSeed saving used to be an everyday household skill,\u201d said Dr Imogen Castellane, the "
       "garden's curator. \u201cWe want to make it ordinary again, one packet at a time, with well-labelled "
       "drawers and a volunteer on hand every Saturday morning.\u201d",
       "The library is supported by a three-year grant from the Wexley Community Foundation, which also "
       "pays for monthly workshops on cleaning, drying and storing seed, and for a part-time coordinator "
       "based in the glasshouse.",
       "Opening hours follow those of the botanic garden: Tuesday to Sunday, 10:00 to 16:30."],
      "About Holmcroft University Botanic Garden",
      ["Holmcroft University Botanic Garden was founded in 1884 and holds 9,000 plant species on a "
       "twelve-acre site by the river."],
      "Media contact: Priya Dunmore, press@holmcroft.example",
      note="Chromium print of an HTML page: the story in three narrow justified columns with hyphens:auto "
      "(Chromium's hyphenation: hyphens of the breaks dropped), compounds (drought-tolerant, long-keeping, "
      "well-labelled, part-time) kept with their hyphen wherever the line breaks"),

    R("e30-pt-01", "pt", "html-quote-list",
      "COMUNICADO DE IMPRENSA", "Museu do Sal de Figueir\u00f3 reabre com nova exposi\u00e7\u00e3o "
      "permanente",
      "FIGUEIR\u00d3, 22 de maio de 2026 \u2013", "FIGUEIR\u00d3", "2026-05-22",
      ["O Museu do Sal de Figueir\u00f3 reabre ao p\u00fablico no s\u00e1bado, 30 de maio, depois de dois "
       "anos de obras de requalifica\u00e7\u00e3o do antigo armaz\u00e9m das salinas, com uma nova "
       "exposi\u00e7\u00e3o permanente sobre a hist\u00f3ria da produ\u00e7\u00e3o de sal no estu\u00e1rio.",
       "A exposi\u00e7\u00e3o est\u00e1 organizada em quatro n\u00facleos:",
       ("li", "o trabalho nas marinhas, com ferramentas doadas por fam\u00edlias de marnotos de Figueir\u00f3 "
        "e das freguesias vizinhas;"),
       ("li", "o com\u00e9rcio do sal, dos barcos moliceiros aos comboios que o levavam para o interior;"),
       ("li", "a vida das aves das salinas, com uma janela de observa\u00e7\u00e3o virada para os "
        "tanques;"),
       ("li", "as salinas hoje, com testemunhos dos produtores que mant\u00eam a atividade."),
       "Na inaugura\u00e7\u00e3o, a diretora do museu, Leonor Vasconcelos Pires, recordou as palavras de "
       "um antigo marnoto:",
       ("q", "\u201cO sal n\u00e3o se faz, colhe-se. Quem trabalha na marinha passa o ver\u00e3o a olhar "
        "para o c\u00e9u e para o vento, e s\u00f3 depois para a \u00e1gua.\u201d"),
       "A entrada \u00e9 gratuita no primeiro fim de semana."],
      "Sobre o Museu do Sal de Figueir\u00f3",
      ["O Museu do Sal de Figueir\u00f3 \u00e9 um museu municipal fundado em 2001."],
      "Contacto de imprensa: Rui Alvarenga, imprensa@museusal.example",
      note="Chromium print of an HTML page: an unordered list (markers generated, items over two lines on a "
      "hanging indent) and a blockquote indented on both sides"),

    R("e30-en-03", "en", "quartz",
      "MEDIA RELEASE", "Corrin Valley Rail Trust restores the Halse viaduct",
      "CORRIN, 30 April 2026 \u2013", "CORRIN", "2026-04-30",
      ["The Corrin Valley Rail Trust has finished restoring the Halse viaduct, the nine-arch stone bridge "
       "that carries the heritage line across the river, after eighteen months of work by masons and "
       "volunteers.",
       "Every arch was cleared of vegetation and repointed with lime mortar, and 300 damaged stones were "
       "replaced with sandstone cut from the quarry that supplied the original builders in 1868.",
       "\u201cWe found the masons' marks on stones that nobody had seen for a century and a half,\u201d "
       "said Gethin Rowlands, the trust's chairman. \u201cSome of our volunteers are great-grandchildren "
       "of the men who carved them.\u201d",
       "Steam trains will cross the viaduct again from the Whitsun weekend, and the trust will run "
       "guided walks underneath the arches on the first Sunday of each month.",
       "The restoration cost \u00a31.4 million, raised from the National Lottery Heritage Fund, the county "
       "council and more than 2,000 individual donors."],
      "About the Corrin Valley Rail Trust",
      ["The Corrin Valley Rail Trust is a charity that runs seven miles of heritage railway with a team "
       "of 400 volunteers."],
      "Press office: Ffion Parry, press@corrinrail.example",
      note="a Quartz-like PDF: every word drawn as a string of its own at its own position (no space glyphs), "
      "left aligned, space after paragraphs"),

    R("e30-es-02", "es", "gdocs",
      "COMUNICADO", "La Cooperativa Agr\u00edcola de Torrealba estrena una almazara solar",
      "TORREALBA, 11 de noviembre de 2026 \u2013", "TORREALBA", "2026-11-11",
      ["La Cooperativa Agr\u00edcola de Torrealba ha puesto en marcha su nueva almazara, que funciona con "
       "la energ\u00eda de 1.800 paneles solares instalados sobre las naves de la cooperativa y con una "
       "caldera alimentada con el hueso de la propia aceituna.",
       "La almazara puede moler 400.000 kilos de aceituna al d\u00eda, el doble que la anterior, lo que "
       "permitir\u00e1 a los 650 socios entregar la cosecha en el mismo d\u00eda de la recogida y mejorar "
       "la calidad del aceite. Los turnos de entrega se reservan desde el m\u00f3vil, y cada socio puede "
       "consultar el rendimiento de su aceituna al d\u00eda siguiente de la molienda.",
       "\u00abEsta campa\u00f1a es la primera en la que no compramos ni un litro de gas\u00f3leo\u00bb, "
       "afirm\u00f3 el presidente de la cooperativa, Ant\u00f3n Villalobos. \u00abEl sol de Torrealba "
       "mueve ahora los molinos.\u00bb",
       "El proyecto ha costado 4,8 millones de euros, financiados en parte por el programa de desarrollo "
       "rural de la Junta. La cooperativa organizar\u00e1 visitas guiadas para colegios durante la "
       "campa\u00f1a.",
       "Las obras de la antigua almazara se aprovechar\u00e1n para abrir una tienda y un aula de cata."],
      "Sobre la Cooperativa Agr\u00edcola de Torrealba",
      ["Fundada en 1957, la Cooperativa Agr\u00edcola de Torrealba re\u00fane a 650 olivareros de la "
       "comarca."],
      "Contacto de prensa: Roc\u00edo Almansa, prensa@coopetorrealba.example",
      note="a Google-Docs-like PDF: every word drawn as a string of its own with its trailing space, an empty "
      "line between paragraphs, A5 pages with the page number at the foot, a paragraph over the page break", size=13),
]
