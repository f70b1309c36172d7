# The releases of tests/eval26 (read by make.py): invented press releases
# (fictitious organisations, towns and people) as systems publish them
# from a database or a content management system: printed by a CMS print
# module through wkhtmltopdf (Qt WebKit) and set by a report generator
# (ReportLab platypus). Gold written with them, before pressmill was run.
#
# Per release: lang, org, site (web address), address (footer line),
# kicker (label over the headline, not body), headline, sub (deck under
# the headline, or None), dl (the dateline), dl_mode ("open": opening the
# first paragraph after sep; "line": a line of its own over the body),
# body (paragraphs; ("h", text) a heading; ("ul", [items]) a bulleted
# list, one body entry per item), about_head, about, contact_head, contact
# (lines), category, tags (the CMS tag list: not body, not record tags),
# related (titles of the CMS sidebar's "Related" links: not body), wk
# (wkhtmltopdf page template), rl (ReportLab layout: "onecol", "twocol",
# "letter"), emails, phones, gold (dateline, date).


def R(**kw):
    return kw


RELEASES = [
    R(id="e26-en-01", lang="en", org="Harrowgate Water Trust", site="www.harrowgate-water.example",
      address="Harrowgate Water Trust, 14 Mill Lane, Dunmere DN4 7QP",
      kicker="PRESS RELEASE",
      headline="Harrowgate Water Trust replaces 40 kilometres of lead pipes in Dunmere",
      sub="Work in the old town starts in September and ends before the winter of 2027",
      dl="DUNMERE, 3 June 2026", dl_mode="open", sep=" \u2013 ",
      body=["Harrowgate Water Trust will replace the last 40 kilometres of lead supply pipes under the old "
            "town of Dunmere over the next fifteen months, ending a programme that began in 1998 and "
            "removing lead from the drinking water of about 6,200 homes.",
            "Crews will work street by street, closing one lane at a time, and every household will receive "
            "a letter two weeks before its connection is changed. Water will be cut for no more than four "
            "hours on the day of the work.",
            ("h", "What residents can expect"),
            ("ul", ["a free test of the tap water before and after the work",
                    "temporary parking permits for streets that are closed",
                    "a helpline open from 7 am to 9 pm on weekdays"]),
            "\u201cThis is the last chapter of a long story, and we want to finish it with as little disruption "
            "as we can,\u201d said Priya Lockhart, director of operations at the Trust.",
            "The programme costs 23 million pounds and is funded from the Trust's capital budget without an "
            "increase in charges."],
      about_head="About Harrowgate Water Trust",
      about=["Harrowgate Water Trust is a not-for-profit company supplying drinking water to 310,000 people "
             "in Dunmere and the Harrow valley."],
      contact_head="Media contact",
      contact=["Owen Tremlett, Press Officer", "Tel: +44 1632 960 271", "media@harrowgate-water.example"],
      category="Infrastructure", tags=["Water", "Dunmere", "Lead pipes"],
      related=["Reservoir levels back to normal after dry spring", "New meter reading app launched",
               "Annual report 2025 published"],
      wk="sidebar", rl="onecol",
      emails=["media@harrowgate-water.example"], phones=["+44 1632 960 271"],
      gold={"dateline": {"location": "DUNMERE", "date": "2026-06-03"}, "date": "2026-06-03"}),

    R(id="e26-en-02", lang="en", org="Calloway Institute of Technology", site="news.calloway-tech.example",
      address="Calloway Institute of Technology, 800 Bracken Avenue, Fennimore, OH 43999",
      kicker="NEWS",
      headline="Calloway engineers build a bridge sensor that runs for ten years on one battery",
      sub=None,
      dl="FENNIMORE, Ohio, April 21, 2026", dl_mode="line", sep="",
      body=["A team at the Calloway Institute of Technology has built a wireless sensor that listens for "
            "cracks in steel bridges and can run for ten years on a single coin-sized battery, the "
            "institute announced today.",
            "The sensor sleeps for most of the day and wakes only when the vibration of passing traffic "
            "changes its pattern. It then sends a short message to the state's bridge inspectors, who can "
            "decide whether a visit is needed.",
            "\u201cInspectors cannot be on every bridge every week, but a sensor can,\u201d said Dr. Marisol "
            "Ketterman, associate professor of civil engineering, who led the project with three graduate "
            "students.",
            ("h", "Field trials on three bridges"),
            "Forty sensors have been fixed to three bridges over the Tallow River since last autumn. In that "
            "time they reported two fatigue cracks that had not yet been found by eye, both of which were "
            "repaired in March.",
            "The work was funded by the state department of transportation and is described in a paper "
            "published this week in the Journal of Structural Monitoring."],
      about_head="About the Calloway Institute of Technology",
      about=["Founded in 1889, the Calloway Institute of Technology is a private research university with "
             "7,400 students in Fennimore, Ohio.",
             "Its school of engineering runs eleven research centres."],
      contact_head="Contact",
      contact=["Dana Whitlock", "University Communications", "(614) 555-0187", "dwhitlock@calloway-tech.example"],
      category="Research", tags=["Engineering", "Infrastructure", "Sensors"],
      related=["Calloway opens new materials laboratory", "Students win national robotics cup"],
      wk="grid", rl="twocol",
      emails=["dwhitlock@calloway-tech.example"], phones=["(614) 555-0187"],
      gold={"dateline": {"location": "FENNIMORE", "date": "2026-04-21"}, "date": "2026-04-21"}),

    R(id="e26-fr-01", lang="fr", org="Métropole de Vauclerc", site="www.vauclerc-metropole.example",
      address="Métropole de Vauclerc \u2013 2 place de l'Hôtel de Ville \u2013 71480 Vauclerc",
      kicker="COMMUNIQUÉ DE PRESSE",
      headline="La Métropole de Vauclerc ouvre trois nouvelles lignes de bus express",
      sub="Un bus toutes les dix minutes entre les communes de la première couronne",
      dl="Vauclerc, le 9 mars 2026", dl_mode="open", sep=" \u2013 ",
      body=["La Métropole de Vauclerc mettra en service le 4 mai trois lignes de bus express qui relieront "
            "sans correspondance les communes de Saint-Oradour, Bellefontaine et Montcaillou au centre-ville, "
            "avec un passage toutes les dix minutes aux heures de pointe.",
            "Les nouvelles lignes emprunteront des couloirs réservés sur la moitié de leur parcours. Le temps "
            "de trajet entre Montcaillou et la gare passera ainsi de quarante-cinq à vingt-huit minutes.",
            ("h", "Des véhicules électriques"),
            "Les vingt-quatre bus affectés à ces lignes sont électriques et seront rechargés la nuit au dépôt "
            "de la Brosse. Ils offrent chacun quatre emplacements pour les vélos pliants.",
            "« Nous voulons que le bus devienne le choix évident pour aller travailler », a déclaré Hélène "
            "Marchadier, vice-présidente chargée des mobilités."],
      about_head="À propos de la Métropole de Vauclerc",
      about=["La Métropole de Vauclerc regroupe 27 communes et 412 000 habitants. Elle est compétente en "
             "matière de transports, de voirie et d'eau potable."],
      contact_head="Contact presse",
      contact=["Bastien Lagarrigue", "Tél. : 03 85 55 41 20", "presse@vauclerc-metropole.example"],
      category="Mobilités", tags=["Transports", "Bus", "Environnement"],
      related=["Travaux sur le pont de la Loue : circulation alternée", "Le vélo en libre-service s'étend"],
      wk="sidebar", rl="letter",
      emails=["presse@vauclerc-metropole.example"], phones=["03 85 55 41 20"],
      gold={"dateline": {"location": "Vauclerc", "date": "2026-03-09"}, "date": "2026-03-09"}),

    R(id="e26-fr-02", lang="fr", org="Fondation Aurèle Besnard", site="www.fondation-besnard.example",
      address="Fondation Aurèle Besnard, 18 rue des Tanneurs, 35210 Pléven-sur-Oust",
      kicker="INFORMATION PRESSE",
      headline="La Fondation Aurèle Besnard lance un prix pour les jeunes luthiers",
      sub=None,
      dl="Pléven-sur-Oust, 15 janvier 2026", dl_mode="line", sep="",
      body=["La Fondation Aurèle Besnard crée un prix annuel destiné aux luthiers de moins de trente ans. "
            "Doté de 15 000 euros, il récompensera un instrument à cordes fabriqué dans un atelier français "
            "au cours des deux dernières années.",
            "Le jury, présidé par la violoncelliste Anne-Laure Quéméner, entendra les instruments lors d'une "
            "audition publique à l'auditorium de Pléven-sur-Oust en octobre.",
            "Les candidatures sont ouvertes jusqu'au 30 juin. Les candidats doivent joindre :",
            ("ul", ["une description de l'instrument et des bois employés",
                    "un enregistrement de trois minutes au plus",
                    "une lettre de recommandation d'un maître luthier"]),
            "Le lauréat sera accueilli pendant un mois en résidence dans l'atelier de la fondation."],
      about_head="À propos de la Fondation Aurèle Besnard",
      about=["Reconnue d'utilité publique depuis 1994, la Fondation Aurèle Besnard soutient la transmission "
             "des métiers d'art dans l'ouest de la France."],
      contact_head="Contacts",
      contact=["Margaux Le Tallec \u2013 chargée de communication", "02 99 55 18 64",
               "m.letallec@fondation-besnard.example"],
      category="Culture", tags=["Musique", "Métiers d'art"],
      related=["Résidences d'artisans : l'appel 2026 est ouvert", "Bilan de l'année 2025"],
      wk="plain", rl="onecol",
      emails=["m.letallec@fondation-besnard.example"], phones=["02 99 55 18 64"],
      gold={"dateline": {"location": "Pléven-sur-Oust", "date": "2026-01-15"}, "date": "2026-01-15"}),

    R(id="e26-de-01", lang="de", org="Stadtwerke Lindenau", site="www.stadtwerke-lindenau.example",
      address="Stadtwerke Lindenau GmbH \u00b7 Kanalstraße 12 \u00b7 34987 Lindenau",
      kicker="PRESSEMITTEILUNG",
      headline="Stadtwerke Lindenau bauen das größte Solarfeld der Region",
      sub="Strom für 9.000 Haushalte ab Herbst 2027",
      dl="Lindenau, 18. Februar 2026", dl_mode="open", sep=" \u2013 ",
      body=["Die Stadtwerke Lindenau errichten auf einer ehemaligen Kiesgrube am Ortsrand von Hüttenfeld ein "
            "Solarfeld mit einer Leistung von 28 Megawatt. Es soll ab dem Herbst 2027 Strom für rund 9.000 "
            "Haushalte liefern.",
            "Zwischen den Modulreihen wird eine Blühwiese angelegt, die ein örtlicher Imkerverein pflegt. Der "
            "Baggersee am Rand des Geländes bleibt für Angler zugänglich.",
            ("h", "Bürger können sich beteiligen"),
            "Ein Fünftel der Anlage wird über eine Energiegenossenschaft finanziert. Anteile zu 250 Euro "
            "können Bürgerinnen und Bürger aus Lindenau und den Nachbargemeinden ab dem 1. April zeichnen.",
            "\u201eMit dem Solarfeld decken wir rechnerisch ein Viertel des Strombedarfs unserer Stadt\u201c, "
            "sagte Geschäftsführer Jörg Wendelin."],
      about_head="Über die Stadtwerke Lindenau",
      about=["Die Stadtwerke Lindenau versorgen 64.000 Menschen mit Strom, Gas, Wasser und Fernwärme und "
             "betreiben das Hallenbad am Stadtpark."],
      contact_head="Pressekontakt",
      contact=["Katrin Obermüller", "Telefon: 05631 55 18 40", "presse@stadtwerke-lindenau.example"],
      category="Energie", tags=["Solar", "Klimaschutz", "Genossenschaft"],
      related=["Neue Tarife für Fernwärme ab Juli", "Hallenbad: Sanierung abgeschlossen"],
      wk="grid", rl="twocol",
      emails=["presse@stadtwerke-lindenau.example"], phones=["05631 55 18 40"],
      gold={"dateline": {"location": "Lindenau", "date": "2026-02-18"}, "date": "2026-02-18"}),

    R(id="e26-de-02", lang="de", org="Hochschule Krummbach", site="www.hs-krummbach.example",
      address="Hochschule Krummbach \u00b7 Am Zeughaus 5 \u00b7 96612 Krummbach",
      kicker="PRESSEINFORMATION",
      headline="Hochschule Krummbach startet Studiengang für Holzbau",
      sub=None,
      dl="Krummbach, 7. Mai 2026", dl_mode="line", sep="",
      body=["Zum Wintersemester bietet die Hochschule Krummbach erstmals den Bachelorstudiengang "
            "Holzbau und Ingenieurwesen an. Er dauert sieben Semester und verbindet Tragwerksplanung, "
            "Bauphysik und Digitalisierung.",
            "Die Studierenden verbringen ein Praxissemester in einem Betrieb der Region. Mehr als zwanzig "
            "Zimmereien und Fertighaushersteller haben bereits Plätze zugesagt.",
            "Voraussetzungen für die Bewerbung sind:",
            ("ul", ["die allgemeine oder fachgebundene Hochschulreife",
                    "ein Vorpraktikum von acht Wochen",
                    "Grundkenntnisse in technischem Zeichnen"]),
            "Bewerbungen sind bis zum 15. Juli über das Online-Portal der Hochschule möglich."],
      about_head="Über die Hochschule Krummbach",
      about=["Die Hochschule Krummbach ist eine staatliche Hochschule für angewandte Wissenschaften mit "
             "5.100 Studierenden in vier Fakultäten."],
      contact_head="Kontakt",
      contact=["Dr. Tobias Reiningerhaus", "Pressestelle", "Tel. 0951 55 40 13",
               "pressestelle@hs-krummbach.example"],
      category="Studium", tags=["Holzbau", "Bachelor"],
      related=["Tag der offenen Tür am 20. Juni", "Neue Mensa eröffnet"],
      wk="plain", rl="letter",
      emails=["pressestelle@hs-krummbach.example"], phones=["0951 55 40 13"],
      gold={"dateline": {"location": "Krummbach", "date": "2026-05-07"}, "date": "2026-05-07"}),

    R(id="e26-es-01", lang="es", org="Ayuntamiento de Valdeolmos del Río", site="www.valdeolmos.example",
      address="Ayuntamiento de Valdeolmos del Río \u2013 Plaza Mayor, 1 \u2013 45871 Valdeolmos del Río",
      kicker="NOTA DE PRENSA",
      headline="Valdeolmos del Río abrirá una biblioteca en la antigua estación de tren",
      sub="Las obras comenzarán en otoño y costarán 2,4 millones de euros",
      dl="Valdeolmos del Río, 11 de marzo de 2026", dl_mode="open", sep=".- ",
      body=["El Ayuntamiento de Valdeolmos del Río convertirá la antigua estación de tren, cerrada desde "
            "1985, en una biblioteca municipal con sala de estudio, espacio infantil y un pequeño auditorio "
            "para cien personas.",
            "El proyecto conserva la marquesina de hierro y los azulejos del vestíbulo, que serán "
            "restaurados por una escuela taller de la comarca.",
            "\u00abQueremos que la estación vuelva a ser un lugar de encuentro\u00bb, explicó la alcaldesa, "
            "Remedios Carrasquilla.",
            ("h", "Horario ampliado"),
            "La biblioteca abrirá de lunes a sábado de 9 a 21 horas, y en época de exámenes también los "
            "domingos por la mañana."],
      about_head="Sobre el Ayuntamiento de Valdeolmos del Río",
      about=["Valdeolmos del Río es un municipio de 18.300 habitantes situado a orillas del río Alberche."],
      contact_head="Contacto de prensa",
      contact=["Gabinete de Comunicación", "Tel.: 925 55 31 07", "prensa@valdeolmos.example"],
      category="Cultura", tags=["Bibliotecas", "Patrimonio"],
      related=["Fiestas patronales: programa completo", "Nuevo carril bici hasta el polígono"],
      wk="sidebar", rl="twocol",
      emails=["prensa@valdeolmos.example"], phones=["925 55 31 07"],
      gold={"dateline": {"location": "Valdeolmos del Río", "date": "2026-03-11"}, "date": "2026-03-11"}),

    R(id="e26-es-02", lang="es", org="Cooperativa Vinícola Sierra de Almendralejo", site="www.covisa.example",
      address="Cooperativa Vinícola Sierra de Almendralejo, Camino de la Vega, s/n, 06389 Torremocha de Jara",
      kicker="COMUNICADO",
      headline="La Cooperativa Vinícola Sierra de Almendralejo presenta su primer vino sin alcohol",
      sub=None,
      dl="Torremocha de Jara, 24 de abril de 2026", dl_mode="line", sep="",
      body=["La Cooperativa Vinícola Sierra de Almendralejo ha presentado hoy su primer vino tinto sin "
            "alcohol, elaborado con uva tempranillo de los viñedos de sus 240 socios.",
            "El vino se desalcoholiza a baja temperatura en una planta instalada el año pasado con ayuda de "
            "fondos europeos, lo que permite conservar buena parte de su aroma.",
            "La primera tirada será de 60.000 botellas y se venderá en:",
            ("ul", ["la tienda de la cooperativa",
                    "supermercados de Extremadura y Andalucía",
                    "la tienda en línea de la cooperativa"]),
            "El presidente de la cooperativa, Anselmo Barrantes, destacó que el proyecto abre un mercado "
            "nuevo para los pequeños viticultores de la sierra."],
      about_head="Acerca de la Cooperativa",
      about=["Fundada en 1962, la Cooperativa Vinícola Sierra de Almendralejo elabora vinos blancos y "
             "tintos y comercializa 4 millones de botellas al año."],
      contact_head="Prensa",
      contact=["Lucía Olmedilla", "Tel. +34 924 55 80 12", "comunicacion@covisa.example"],
      category="Empresa", tags=["Vino", "Innovación"],
      related=["La vendimia de 2025 supera las previsiones"],
      wk="grid", rl="onecol",
      emails=["comunicacion@covisa.example"], phones=["+34 924 55 80 12"],
      gold={"dateline": {"location": "Torremocha de Jara", "date": "2026-04-24"}, "date": "2026-04-24"}),

    R(id="e26-it-01", lang="it", org="Comune di Castelvarano", site="www.comune.castelvarano.example",
      address="Comune di Castelvarano \u2013 Piazza del Popolo 3 \u2013 06047 Castelvarano (PG)",
      kicker="COMUNICATO STAMPA",
      headline="Castelvarano riapre il teatro comunale dopo sei anni di restauri",
      sub="La prima stagione comincia il 2 ottobre con un concerto della banda cittadina",
      dl="Castelvarano, 28 maggio 2026", dl_mode="open", sep=" \u2013 ",
      body=["Il teatro comunale di Castelvarano tornerà ad aprire le sue porte il 2 ottobre, dopo sei anni "
            "di lavori che hanno consolidato la struttura dopo il terremoto e restaurato il soffitto dipinto "
            "della sala.",
            "I posti sono 312, distribuiti tra platea e tre ordini di palchi. Il palcoscenico è stato dotato "
            "di una nuova torre scenica e di un impianto acustico regolabile.",
            ("h", "Una stagione per tutti"),
            "Il cartellone comprende prosa, musica e spettacoli per le scuole. Gli abbonamenti saranno in "
            "vendita dal 1 settembre presso la biglietteria del teatro.",
            "\u00abRestituiamo ai cittadini un luogo che appartiene alla loro storia\u00bb, ha detto il sindaco "
            "Ottavio Brunacci."],
      about_head="Informazioni sul Comune di Castelvarano",
      about=["Castelvarano è un comune umbro di 9.700 abitanti noto per il suo centro storico medievale."],
      contact_head="Ufficio stampa",
      contact=["Serena Pacifici", "Tel. 075 555 2218", "ufficiostampa@comune.castelvarano.example"],
      category="Cultura", tags=["Teatro", "Restauro"],
      related=["Mercato dell'antiquariato: nuove date", "Lavori in via Garibaldi"],
      wk="grid", rl="letter",
      emails=["ufficiostampa@comune.castelvarano.example"], phones=["075 555 2218"],
      gold={"dateline": {"location": "Castelvarano", "date": "2026-05-28"}, "date": "2026-05-28"}),

    R(id="e26-it-02", lang="it", org="Consorzio Latterie Val Brenta", site="www.latterievalbrenta.example",
      address="Consorzio Latterie Val Brenta, Via dei Casari 21, 36020 Solagna di Sopra (VI)",
      kicker="NOTA STAMPA",
      headline="Il Consorzio Latterie Val Brenta apre un caseificio didattico",
      sub=None,
      dl="Solagna di Sopra, 16 giugno 2026", dl_mode="line", sep="",
      body=["Il Consorzio Latterie Val Brenta ha inaugurato un caseificio didattico dove scolaresche e "
            "visitatori potranno seguire la lavorazione del latte, dalla mungitura alla stagionatura del "
            "formaggio.",
            "Il percorso dura un'ora e mezza e si conclude con una degustazione. Le visite sono gratuite per "
            "le scuole della provincia fino al termine dell'anno scolastico 2026-2027.",
            "Il caseificio offre:",
            ("ul", ["una sala di lavorazione visibile da una galleria vetrata",
                    "una cantina di stagionatura con 2.000 forme",
                    "un laboratorio per i bambini"]),
            "Il progetto è stato finanziato dalla Regione con 480.000 euro."],
      about_head="Chi siamo",
      about=["Il Consorzio Latterie Val Brenta riunisce 85 allevatori e produce formaggi di montagna dal "
             "1951."],
      contact_head="Contatti",
      contact=["Davide Zanchetta", "Tel. 0424 555 903", "stampa@latterievalbrenta.example"],
      category="Territorio", tags=["Formaggi", "Scuole"],
      related=["Festa della transumanza 2026"],
      wk="plain", rl="twocol",
      emails=["stampa@latterievalbrenta.example"], phones=["0424 555 903"],
      gold={"dateline": {"location": "Solagna di Sopra", "date": "2026-06-16"}, "date": "2026-06-16"}),

    R(id="e26-nl-01", lang="nl", org="Waterschap Drielanden", site="www.waterschap-drielanden.example",
      address="Waterschap Drielanden | Dijkweg 40 | 7621 ZK Oosterveld",
      kicker="PERSBERICHT",
      headline="Waterschap Drielanden versterkt twaalf kilometer dijk langs de Berkel",
      sub="Werkzaamheden duren tot eind 2027",
      dl="Oosterveld, 2 april 2026", dl_mode="open", sep=" \u2013 ",
      body=["Waterschap Drielanden begint in mei met het versterken van twaalf kilometer dijk langs de "
            "Berkel tussen Oosterveld en Hengeloo. De dijk wordt verhoogd en verbreed zodat hij bestand is "
            "tegen de hoogwaters die in de komende decennia worden verwacht.",
            "Tijdens de werkzaamheden blijft het fietspad op de dijk zoveel mogelijk open. Waar dat niet kan, "
            "wordt een omleiding aangegeven.",
            ("h", "Informatieavond"),
            "Bewoners kunnen op 14 april vragen stellen tijdens een informatieavond in het dorpshuis van "
            "Oosterveld. Medewerkers van het waterschap en de aannemer zijn dan aanwezig.",
            "\u201eVeiligheid staat voorop, maar we houden ook rekening met de natuur langs de rivier\u201d, "
            "zegt dijkgraaf Marieke Hoogendijk."],
      about_head="Over Waterschap Drielanden",
      about=["Waterschap Drielanden zorgt voor veilige dijken, voldoende en schoon water in het oosten van "
             "het land."],
      contact_head="Meer informatie",
      contact=["Pieter van Steenbergen, woordvoerder", "Telefoon: 0573 555 210",
               "pers@waterschap-drielanden.example"],
      category="Waterveiligheid", tags=["Dijken", "Berkel"],
      related=["Maaiwerkzaamheden langs sloten", "Nieuwe gemaal in gebruik"],
      wk="sidebar", rl="onecol",
      emails=["pers@waterschap-drielanden.example"], phones=["0573 555 210"],
      gold={"dateline": {"location": "Oosterveld", "date": "2026-04-02"}, "date": "2026-04-02"}),

    R(id="e26-pt-01", lang="pt", org="Câmara Municipal de Vila Nova de Sorraia", site="www.cm-vnsorraia.example",
      address="Câmara Municipal de Vila Nova de Sorraia \u2013 Largo do Município \u2013 2120-455 Vila Nova de Sorraia",
      kicker="COMUNICADO DE IMPRENSA",
      headline="Vila Nova de Sorraia inaugura parque ribeirinho com quatro quilómetros",
      sub=None,
      dl="Vila Nova de Sorraia, 5 de maio de 2026", dl_mode="line", sep="",
      body=["A Câmara Municipal de Vila Nova de Sorraia inaugurou hoje o novo parque ribeirinho, um percurso "
            "de quatro quilómetros ao longo do rio Sorraia com ciclovia, zonas de merendas e dois miradouros.",
            "O parque ocupa terrenos de antigas hortas que estavam abandonadas há mais de vinte anos. Foram "
            "plantadas 1.200 árvores de espécies autóctones.",
            ("h", "Atividades ao fim de semana"),
            "Aos sábados, a autarquia organiza passeios guiados para observação de aves, com partida junto à "
            "ponte velha às nove horas.",
            "\u201cDevolvemos o rio às pessoas\u201d, afirmou o presidente da Câmara, Rui Bettencourt Lobo."],
      about_head="Sobre a Câmara Municipal de Vila Nova de Sorraia",
      about=["Vila Nova de Sorraia é um concelho do Ribatejo com 21.500 habitantes."],
      contact_head="Contactos",
      contact=["Gabinete de Imprensa", "Tel.: +351 263 555 140", "imprensa@cm-vnsorraia.example"],
      category="Ambiente", tags=["Parques", "Rio Sorraia"],
      related=["Feira do cavalo regressa em junho"],
      wk="grid", rl="letter",
      emails=["imprensa@cm-vnsorraia.example"], phones=["+351 263 555 140"],
      gold={"dateline": {"location": "Vila Nova de Sorraia", "date": "2026-05-05"}, "date": "2026-05-05"}),
]
