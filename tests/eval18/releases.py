# The releases of tests/eval18 (read by make.py): each an abstract block
# list rendered in one producer's DOCX shape and as a Chromium PDF, with
# its gold, written before pressmill was run on them. Invented
# organisations, people and towns. Inline: **bold**, *italic*, [text](url).
#
# Blocks: ("title", t) ("sub", t) ("kicker", t) ("p", t) ("bullet", t)
# ("head", t) an About/notes heading in the producer's heading style (opts
# "head": Heading2, Heading3, bold, boldsize), ("boldline", t), ("small", t),
# ("center", t), ("empty",), ("table", [[lines of cell 1], [lines of cell 2]]).


def E(lang, headline, sub, loc, date, body, about, emails, dateline=True):
    return {"language": lang, "headline": headline, "subheadline": sub,
            "dateline": {"location": loc, "date": date} if dateline else None, "date": date,
            "body": body, "about": about, "emails": emails}


RELEASES = [
    {"id": "e18-en-01", "producer": "gdocs", "opts": {"spacing": True},
     "note": "Google Docs: Title and Subtitle styles, empty paragraphs between every paragraph, an About heading "
     "in Google's non-bold Heading 2, a media contact after the About text, a header part with the "
     "organisation's address.",
     "header": ["Bramblecote Water Trust \u00b7 4 Mill Lane, Bramblecote"],
     "blocks": [("title", "Bramblecote Water Trust restores three chalk streams"),
                ("sub", "Volunteers planted 9,000 reeds along the Wenlow and its tributaries"),
                ("p", "BRAMBLECOTE, 14 April 2026 \u2013 The Bramblecote Water Trust has finished restoring three "
                 "chalk streams that had silted up after decades of dredging."),
                ("p", "Some 240 volunteers planted reeds, laid gravel beds for trout and removed two concrete weirs "
                 "over the winter."),
                ("p", "\u201cThe water runs clear again for the first time in thirty years,\u201d said Orla Finchley, "
                 "the trust\u2019s director."),
                ("head", "About Bramblecote Water Trust"),
                ("p", "The Bramblecote Water Trust is a charity founded in 1994 that looks after 60 kilometres of "
                 "rivers in the Wenlow valley."),
                ("boldline", "Media contact"),
                ("p", "Tamsin Reed, [press@bramblecote-water.example](mailto:press@bramblecote-water.example)")],
     "expect": E("en", "Bramblecote Water Trust restores three chalk streams",
                 "Volunteers planted 9,000 reeds along the Wenlow and its tributaries", "BRAMBLECOTE", "2026-04-14",
                 ["The Bramblecote Water Trust has finished restoring three chalk streams that had silted up after "
                  "decades of dredging.",
                  "Some 240 volunteers planted reeds, laid gravel beds for trout and removed two concrete weirs over "
                  "the winter.",
                  "\u201cThe water runs clear again for the first time in thirty years,\u201d said Orla Finchley, the "
                  "trust\u2019s director."],
                 ["The Bramblecote Water Trust is a charity founded in 1994 that looks after 60 kilometres of rivers "
                  "in the Wenlow valley."],
                 ["press@bramblecote-water.example"])},

    {"id": "e18-en-02", "producer": "gdocs", "opts": {"title": "direct", "title_size": 36, "sub": "direct",
                                                      "sub_italic": True, "sub_size": 24, "head": "bold"},
     "note": "Google Docs without styles: a layout table (organisation | 'PRESS RELEASE', date), the title and "
     "deck as Normal paragraphs with direct bold 18 pt and italic 12 pt grey, bullets with Google's glyphs, "
     "a hyperlink in the body, '###', then a bold 'About Quillfield Robotics' line and its text, a footer.",
     "footer": ["Quillfield Robotics Ltd \u00b7 Registered in England No. 11223344"],
     "blocks": [("table", [["Quillfield Robotics"], ["PRESS RELEASE", "For immediate release"]]),
                ("title", "Quillfield Robotics opens a repair school for farm machines"),
                ("sub", "Twelve-week course teaches mechanics to service milking robots"),
                ("p", "HARROWFORD, 2 June 2026 \u2013 Quillfield Robotics will open a repair school at its Harrowford "
                 "works in September, the first of its kind in the county."),
                ("p", "The course covers:"),
                ("bullet", "servicing of milking and feeding robots"),
                ("bullet", "diagnostics over the farm network"),
                ("bullet", "safety around moving machinery"),
                ("p", "Applications open on 15 June at [quillfield.example/school](https://quillfield.example/school)."),
                ("center", "###"),
                ("head", "About Quillfield Robotics"),
                ("p", "Quillfield Robotics builds and services robots for dairy farms and employs 140 people in "
                 "Harrowford."),
                ("p", "Press: Niamh Castell, niamh.castell@quillfield.example, +44 1632 960 412")],
     "expect": E("en", "Quillfield Robotics opens a repair school for farm machines",
                 "Twelve-week course teaches mechanics to service milking robots", "HARROWFORD", "2026-06-02",
                 ["Quillfield Robotics will open a repair school at its Harrowford works in September, the first of "
                  "its kind in the county.",
                  "The course covers:", "servicing of milking and feeding robots", "diagnostics over the farm network",
                  "safety around moving machinery",
                  "Applications open on 15 June at quillfield.example/school."],
                 ["Quillfield Robotics builds and services robots for dairy farms and employs 140 people in "
                  "Harrowford."],
                 ["niamh.castell@quillfield.example"])},

    {"id": "e18-en-03", "producer": "pandoc", "author": "Larchmont Library Service", "date": "9 March 2026",
     "note": "pandoc from Markdown: YAML title, subtitle, author (the issuer) and date in pandoc's Title, "
     "Subtitle, Author and Date styles; First Paragraph and Body Text; a Compact bullet list; '## About the "
     "Larchmont Library Service' as Heading 2; contacts after it.",
     "blocks": [("title", "Larchmont libraries lend tools from April"),
                ("sub", "Drills, ladders and sewing machines join the catalogue"),
                ("p", "LARCHMONT, 9 March 2026 \u2013 From 1 April the eleven libraries of Larchmont will lend "
                 "household tools as well as books."),
                ("p", "Members can borrow up to three tools for a week:"),
                ("bullet", "power drills and sanders"),
                ("bullet", "ladders and wallpaper steamers"),
                ("bullet", "sewing machines"),
                ("p", "\u201cA drill is used for thirteen minutes in its whole life,\u201d said Petra Oyelaran, head "
                 "of the library service."),
                ("head", "About the Larchmont Library Service"),
                ("p", "The Larchmont Library Service runs eleven libraries and a mobile library and has 48,000 members."),
                ("boldline", "Press enquiries"),
                ("p", "Devon Maple, libraries@larchmont.example")],
     "expect": E("en", "Larchmont libraries lend tools from April",
                 "Drills, ladders and sewing machines join the catalogue", "LARCHMONT", "2026-03-09",
                 ["From 1 April the eleven libraries of Larchmont will lend household tools as well as books.",
                  "Members can borrow up to three tools for a week:", "power drills and sanders",
                  "ladders and wallpaper steamers", "sewing machines",
                  "\u201cA drill is used for thirteen minutes in its whole life,\u201d said Petra Oyelaran, head of "
                  "the library service."],
                 ["The Larchmont Library Service runs eleven libraries and a mobile library and has 48,000 members."],
                 ["libraries@larchmont.example"])},

    {"id": "e18-fr-01", "producer": "gdocs", "opts": {"spacing": True, "head": "Heading3"},
     "note": "Google Docs: Title, Subtitle, empty paragraphs as spacing, 'À propos de …' in Google's grey "
     "non-bold Heading 3, 'Contact presse' bold line after the About text.",
     "blocks": [("title", "La Coopérative de Vaubrac ouvre une conserverie solidaire"),
                ("sub", "Les surplus des maraîchers de la vallée seront mis en bocaux sur place"),
                ("p", "VAUBRAC, le 21 mai 2026 \u2013 La Coopérative de Vaubrac inaugure ce samedi une conserverie "
                 "ouverte aux maraîchers de la vallée de l\u2019Ardelle."),
                ("p", "Les producteurs pourront y transformer leurs invendus en soupes, coulis et confitures, "
                 "avec l\u2019aide de deux cuisiniers salariés."),
                ("p", "\u00ab Rien ne sera plus jeté \u00bb, assure Mathilde Roussange, présidente de la coopérative."),
                ("head", "À propos de la Coopérative de Vaubrac"),
                ("p", "Créée en 2009, la Coopérative de Vaubrac réunit 64 exploitations maraîchères et emploie "
                 "douze personnes."),
                ("boldline", "Contact presse"),
                ("p", "Aurélien Brassac \u2013 presse@cooperative-vaubrac.example \u2013 04 75 00 12 34")],
     "expect": E("fr", "La Coopérative de Vaubrac ouvre une conserverie solidaire",
                 "Les surplus des maraîchers de la vallée seront mis en bocaux sur place", "VAUBRAC", "2026-05-21",
                 ["La Coopérative de Vaubrac inaugure ce samedi une conserverie ouverte aux maraîchers de la vallée "
                  "de l\u2019Ardelle.",
                  "Les producteurs pourront y transformer leurs invendus en soupes, coulis et confitures, avec "
                  "l\u2019aide de deux cuisiniers salariés.",
                  "\u00ab Rien ne sera plus jeté \u00bb, assure Mathilde Roussange, présidente de la coopérative."],
                 ["Créée en 2009, la Coopérative de Vaubrac réunit 64 exploitations maraîchères et emploie douze "
                  "personnes."],
                 ["presse@cooperative-vaubrac.example"])},

    {"id": "e18-fr-02", "producer": "pages",
     "note": "Apple Pages: its Title, Subtitle, Body and 'Heading' styles ('Heading' is not Word's heading 1 "
     "and has no outline level); 'COMMUNIQUÉ DE PRESSE' in Pages' Label style above the title; the About "
     "heading 'À propos d\u2019Éditions Lanterne' in 'Heading' followed by two paragraphs.",
     "blocks": [("kicker", "Communiqué de presse"),
                ("title", "Les Éditions Lanterne publient leur premier atlas sonore"),
                ("sub", "Quarante paysages de Bretagne à écouter avec un téléphone"),
                ("p", "RENNES, le 3 février 2026 \u2013 Les Éditions Lanterne publient un atlas dont chaque carte "
                 "s\u2019écoute : un code imprimé renvoie aux sons enregistrés sur place."),
                ("p", "Les enregistrements ont été faits pendant deux ans par l\u2019audionaturaliste Yann Kerdoual."),
                ("head", "À propos d\u2019Éditions Lanterne"),
                ("p", "Les Éditions Lanterne sont une maison indépendante fondée à Rennes en 2015."),
                ("p", "Elles publient une dizaine de livres par an, consacrés à la nature et aux voyages."),
                ("p", "Contact : Solène Mabic, solene@editions-lanterne.example")],
     "expect": E("fr", "Les Éditions Lanterne publient leur premier atlas sonore",
                 "Quarante paysages de Bretagne à écouter avec un téléphone", "RENNES", "2026-02-03",
                 ["Les Éditions Lanterne publient un atlas dont chaque carte s\u2019écoute : un code imprimé renvoie "
                  "aux sons enregistrés sur place.",
                  "Les enregistrements ont été faits pendant deux ans par l\u2019audionaturaliste Yann Kerdoual."],
                 ["Les Éditions Lanterne sont une maison indépendante fondée à Rennes en 2015.",
                  "Elles publient une dizaine de livres par an, consacrés à la nature et aux voyages."],
                 ["solene@editions-lanterne.example"])},

    {"id": "e18-de-01", "producer": "gdocs", "opts": {"title": "direct", "title_size": 32, "sub": "direct",
                                                      "sub_size": 26, "sub_color": "666666", "head": "boldsize"},
     "note": "Google Docs without styles: 'PRESSEMITTEILUNG' kicker in bold red 10 pt, title bold 16 pt, deck "
     "13 pt grey not italic, 'Über die Stadtwerke Hollerbach' as a bold 13 pt line, 'Pressekontakt' after it; "
     "header with the organisation's name.",
     "header": ["Stadtwerke Hollerbach GmbH"],
     "blocks": [("kicker", "PRESSEMITTEILUNG"),
                ("title", "Stadtwerke Hollerbach bauen Wärmenetz für die Altstadt"),
                ("sub", "1.200 Haushalte sollen bis 2029 mit Abwärme aus dem Klärwerk heizen"),
                ("p", "Hollerbach, 12. März 2026 \u2013 Die Stadtwerke Hollerbach beginnen im Mai mit dem Bau eines "
                 "Wärmenetzes für die Altstadt."),
                ("p", "Die Wärme stammt aus dem Abwasser des Klärwerks am Südufer und wird über Wärmepumpen auf "
                 "75 Grad gebracht."),
                ("p", "\u201eDie Altstadt wird damit fast ohne Gas auskommen\u201c, sagte Geschäftsführerin "
                 "Henrike Sollmann."),
                ("head", "Über die Stadtwerke Hollerbach"),
                ("p", "Die Stadtwerke Hollerbach versorgen 38.000 Menschen mit Strom, Wasser und Wärme."),
                ("boldline", "Pressekontakt"),
                ("p", "Jonas Ebertshäuser, Telefon 07151 123456, presse@stadtwerke-hollerbach.example")],
     "expect": E("de", "Stadtwerke Hollerbach bauen Wärmenetz für die Altstadt",
                 "1.200 Haushalte sollen bis 2029 mit Abwärme aus dem Klärwerk heizen", "Hollerbach", "2026-03-12",
                 ["Die Stadtwerke Hollerbach beginnen im Mai mit dem Bau eines Wärmenetzes für die Altstadt.",
                  "Die Wärme stammt aus dem Abwasser des Klärwerks am Südufer und wird über Wärmepumpen auf 75 Grad "
                  "gebracht.",
                  "\u201eDie Altstadt wird damit fast ohne Gas auskommen\u201c, sagte Geschäftsführerin Henrike "
                  "Sollmann."],
                 ["Die Stadtwerke Hollerbach versorgen 38.000 Menschen mit Strom, Wasser und Wärme."],
                 ["presse@stadtwerke-hollerbach.example"])},

    {"id": "e18-de-02", "producer": "pandoc", "author": "Kunstverein Lindenau", "date": "4. September 2026",
     "note": "pandoc from Markdown: title, subtitle, author and date in the YAML block; '## Über den "
     "Kunstverein Lindenau' as Heading 2 with two paragraphs; 'Kontakt' as a bold line before the About "
     "section.",
     "blocks": [("title", "Kunstverein Lindenau zeigt Textilkunst aus drei Generationen"),
                ("sub", "Ausstellung \u201eFaden und Zeit\u201c vom 19. September bis 8. November"),
                ("p", "Lindenau, 4. September 2026 \u2013 Der Kunstverein Lindenau zeigt ab dem 19. September "
                 "Arbeiten von vierzehn Weberinnen und Stickerinnen."),
                ("p", "Die älteste Künstlerin ist 91 Jahre alt, die jüngste studiert noch in Halle."),
                ("boldline", "Kontakt"),
                ("p", "Miriam Tessendorf, info@kunstverein-lindenau.example"),
                ("head", "Über den Kunstverein Lindenau"),
                ("p", "Der Kunstverein Lindenau wurde 1952 gegründet und hat 430 Mitglieder."),
                ("p", "Er zeigt jedes Jahr vier Ausstellungen zeitgenössischer Kunst.")],
     "expect": E("de", "Kunstverein Lindenau zeigt Textilkunst aus drei Generationen",
                 "Ausstellung \u201eFaden und Zeit\u201c vom 19. September bis 8. November", "Lindenau", "2026-09-04",
                 ["Der Kunstverein Lindenau zeigt ab dem 19. September Arbeiten von vierzehn Weberinnen und "
                  "Stickerinnen.",
                  "Die älteste Künstlerin ist 91 Jahre alt, die jüngste studiert noch in Halle."],
                 ["Der Kunstverein Lindenau wurde 1952 gegründet und hat 430 Mitglieder.",
                  "Er zeigt jedes Jahr vier Ausstellungen zeitgenössischer Kunst."],
                 ["info@kunstverein-lindenau.example"])},

    {"id": "e18-es-01", "producer": "gdocs", "opts": {"spacing": True, "head": "bold"},
     "note": "Google Docs: Title, Subtitle, empty spacing paragraphs; 'Sobre Aguas del Morral' as a bold line; "
     "'Contacto de prensa' bold line and the contact after it; footer part with the web address.",
     "footer": ["www.aguasdelmorral.example"],
     "blocks": [("title", "Aguas del Morral reduce un 30 % las fugas de su red"),
                ("sub", "Sensores acústicos localizan las roturas antes de que afloren"),
                ("p", "EL MORRAL, 18 de junio de 2026 \u2013 Aguas del Morral ha reducido un 30 % el agua que se "
                 "perdía en fugas desde que instaló 800 sensores acústicos en sus tuberías."),
                ("p", "Los sensores escuchan el ruido del agua que escapa y avisan a los técnicos, que reparan la "
                 "tubería en menos de 48 horas."),
                ("boldline", "Sobre Aguas del Morral"),
                ("p", "Aguas del Morral gestiona el abastecimiento de agua de once municipios de la comarca y "
                 "da empleo a 210 personas."),
                ("boldline", "Contacto de prensa"),
                ("p", "Lucía Baeza Ortal \u2013 comunicacion@aguasdelmorral.example")],
     "expect": E("es", "Aguas del Morral reduce un 30 % las fugas de su red",
                 "Sensores acústicos localizan las roturas antes de que afloren", "EL MORRAL", "2026-06-18",
                 ["Aguas del Morral ha reducido un 30 % el agua que se perdía en fugas desde que instaló 800 "
                  "sensores acústicos en sus tuberías.",
                  "Los sensores escuchan el ruido del agua que escapa y avisan a los técnicos, que reparan la "
                  "tubería en menos de 48 horas."],
                 ["Aguas del Morral gestiona el abastecimiento de agua de once municipios de la comarca y da empleo "
                  "a 210 personas."],
                 ["comunicacion@aguasdelmorral.example"])},

    {"id": "e18-es-02", "producer": "wordonline",
     "note": "Word for the web: Title and Subtitle styles, runs split at proofing marks, paragraph ids; "
     "'NOTA DE PRENSA' in bold capitals above the title; 'Acerca de Fundación Olmedal' in Heading 2 with "
     "two paragraphs; contact before the About section.",
     "blocks": [("kicker", "Nota de prensa"),
                ("title", "La Fundación Olmedal becará a 120 estudiantes de formación profesional"),
                ("sub", "Las ayudas cubren el transporte y el material de los ciclos de grado medio"),
                ("p", "VALDEROBLE, 7 de septiembre de 2026 \u2013 La Fundación Olmedal concederá este curso 120 becas "
                 "a estudiantes de formación profesional de la provincia."),
                ("p", "Cada beca cubre hasta 1.500 euros de transporte y material escolar."),
                ("p", "Más información: Ignacio Ferreruela, prensa@fundacionolmedal.example"),
                ("head", "Acerca de Fundación Olmedal"),
                ("p", "La Fundación Olmedal nació en 1988 para apoyar la educación en el medio rural."),
                ("p", "Desde entonces ha concedido más de 4.000 becas.")],
     "expect": E("es", "La Fundación Olmedal becará a 120 estudiantes de formación profesional",
                 "Las ayudas cubren el transporte y el material de los ciclos de grado medio", "VALDEROBLE",
                 "2026-09-07",
                 ["La Fundación Olmedal concederá este curso 120 becas a estudiantes de formación profesional de la "
                  "provincia.",
                  "Cada beca cubre hasta 1.500 euros de transporte y material escolar."],
                 ["La Fundación Olmedal nació en 1988 para apoyar la educación en el medio rural.",
                  "Desde entonces ha concedido más de 4.000 becas."],
                 ["prensa@fundacionolmedal.example"])},

    {"id": "e18-it-01", "producer": "gdocs", "opts": {"sub": "heading", "head": "Heading2"},
     "note": "Google Docs: Title, the deck in Google's Heading 3 (grey, not bold) rather than Subtitle, "
     "'Chi è Vetreria Sorgenti' in Heading 2, 'Ufficio stampa' bold line at the end; header part.",
     "header": ["Vetreria Sorgenti S.r.l. \u2013 Via dei Forni 12, Casalvetro"],
     "blocks": [("title", "Vetreria Sorgenti porta il vetro riciclato nelle bottiglie dell\u2019olio"),
                ("sub", "Nuovo forno elettrico a Casalvetro, 40 assunzioni entro l\u2019estate"),
                ("p", "CASALVETRO, 10 aprile 2026 \u2013 Vetreria Sorgenti ha acceso il suo primo forno elettrico, "
                 "che fonde vetro riciclato per le bottiglie dei frantoi della zona."),
                ("p", "Il forno consuma il 40 per cento di energia in meno di quello a gas che sostituisce."),
                ("head", "Chi è Vetreria Sorgenti"),
                ("p", "Vetreria Sorgenti produce bottiglie e vasetti dal 1961 e ha 310 dipendenti."),
                ("boldline", "Ufficio stampa"),
                ("p", "Chiara Lodigiani, stampa@vetreriasorgenti.example")],
     "expect": E("it", "Vetreria Sorgenti porta il vetro riciclato nelle bottiglie dell\u2019olio",
                 "Nuovo forno elettrico a Casalvetro, 40 assunzioni entro l\u2019estate", "CASALVETRO", "2026-04-10",
                 ["Vetreria Sorgenti ha acceso il suo primo forno elettrico, che fonde vetro riciclato per le "
                  "bottiglie dei frantoi della zona.",
                  "Il forno consuma il 40 per cento di energia in meno di quello a gas che sostituisce."],
                 ["Vetreria Sorgenti produce bottiglie e vasetti dal 1961 e ha 310 dipendenti."],
                 ["stampa@vetreriasorgenti.example"])},

    {"id": "e18-it-02", "producer": "pandoc", "author": "Consorzio Valle Ombrina", "date": "22 ottobre 2026",
     "note": "pandoc from Markdown: YAML title, subtitle, author and date; a bullet list after the first "
     "paragraph; '## A proposito del Consorzio Valle Ombrina' in Heading 2; contacts last.",
     "blocks": [("title", "Il Consorzio Valle Ombrina apre tre nuovi sentieri"),
                ("sub", "Trentadue chilometri segnalati tra castagneti e alpeggi"),
                ("p", "VALLE OMBRINA, 22 ottobre 2026 \u2013 Il Consorzio Valle Ombrina ha inaugurato tre sentieri "
                 "che collegano i borghi della valle."),
                ("p", "I percorsi sono:"),
                ("bullet", "il Sentiero dei Castagni, 9 chilometri"),
                ("bullet", "l\u2019Anello delle Malghe, 14 chilometri"),
                ("bullet", "la Via dei Mulini, 9 chilometri"),
                ("head", "A proposito del Consorzio Valle Ombrina"),
                ("p", "Il Consorzio Valle Ombrina riunisce sei comuni e quaranta imprese turistiche della valle."),
                ("p", "Contatti stampa: Davide Ronchetta, comunicazione@valleombrina.example")],
     "expect": E("it", "Il Consorzio Valle Ombrina apre tre nuovi sentieri",
                 "Trentadue chilometri segnalati tra castagneti e alpeggi", "VALLE OMBRINA", "2026-10-22",
                 ["Il Consorzio Valle Ombrina ha inaugurato tre sentieri che collegano i borghi della valle.",
                  "I percorsi sono:", "il Sentiero dei Castagni, 9 chilometri",
                  "l\u2019Anello delle Malghe, 14 chilometri", "la Via dei Mulini, 9 chilometri"],
                 ["Il Consorzio Valle Ombrina riunisce sei comuni e quaranta imprese turistiche della valle."],
                 ["comunicazione@valleombrina.example"])},

    {"id": "e18-pt-01", "producer": "gdocs", "opts": {"spacing": True, "head": "bold"},
     "note": "Google Docs: a layout table (organisation, address | 'COMUNICADO DE IMPRENSA'), Title and "
     "Subtitle, empty spacing paragraphs, 'Sobre a Rota do Sal' as a bold line with two paragraphs.",
     "blocks": [("table", [["Rota do Sal", "Cais Velho 3, Aveiras"], ["COMUNICADO DE IMPRENSA"]]),
                ("title", "Rota do Sal recupera dez salinas abandonadas em Aveiras"),
                ("sub", "Produção de flor de sal volta a empregar trinta marnotos"),
                ("p", "AVEIRAS, 5 de agosto de 2026 \u2013 A associação Rota do Sal concluiu a recuperação de dez "
                 "salinas que estavam abandonadas desde os anos oitenta."),
                ("p", "Este verão as salinas vão produzir cerca de 200 toneladas de sal e flor de sal."),
                ("boldline", "Sobre a Rota do Sal"),
                ("p", "A Rota do Sal é uma associação sem fins lucrativos criada em 2012 por marnotos e "
                 "biólogos."),
                ("p", "Gere hoje 48 salinas na ria de Aveiras."),
                ("p", "Contacto: Inês Carapinha, imprensa@rotadosal.example")],
     "expect": E("pt", "Rota do Sal recupera dez salinas abandonadas em Aveiras",
                 "Produção de flor de sal volta a empregar trinta marnotos", "AVEIRAS", "2026-08-05",
                 ["A associação Rota do Sal concluiu a recuperação de dez salinas que estavam abandonadas desde os "
                  "anos oitenta.",
                  "Este verão as salinas vão produzir cerca de 200 toneladas de sal e flor de sal."],
                 ["A Rota do Sal é uma associação sem fins lucrativos criada em 2012 por marnotos e biólogos.",
                  "Gere hoje 48 salinas na ria de Aveiras."],
                 ["imprensa@rotadosal.example"])},

    {"id": "e18-pt-02", "producer": "pages", "opts": {"head": "Heading2"},
     "note": "Apple Pages: Title, Subtitle, Body; 'Sobre a Cervejaria Monte Alvar' in Pages' 'Heading 2'; "
     "bullets in Pages' 'Body Bullet' style; contacts before the About section.",
     "blocks": [("title", "Cervejaria Monte Alvar abre fábrica movida a energia solar"),
                ("sub", "Investimento de 6 milhões cria 45 postos de trabalho em Ferrais"),
                ("p", "FERRAIS, 12 de janeiro de 2026 \u2013 A Cervejaria Monte Alvar inaugurou hoje a sua nova "
                 "fábrica, alimentada por 3.000 painéis solares."),
                ("p", "A fábrica vai produzir:"),
                ("bullet", "quatro milhões de litros de cerveja por ano"),
                ("bullet", "dois milhões de litros de sidra"),
                ("p", "Contactos de imprensa: Rui Valadares, rui.valadares@montealvar.example"),
                ("head", "Sobre a Cervejaria Monte Alvar"),
                ("p", "Fundada em 2014, a Cervejaria Monte Alvar vende as suas cervejas em oito países.")],
     "expect": E("pt", "Cervejaria Monte Alvar abre fábrica movida a energia solar",
                 "Investimento de 6 milhões cria 45 postos de trabalho em Ferrais", "FERRAIS", "2026-01-12",
                 ["A Cervejaria Monte Alvar inaugurou hoje a sua nova fábrica, alimentada por 3.000 painéis solares.",
                  "A fábrica vai produzir:", "quatro milhões de litros de cerveja por ano",
                  "dois milhões de litros de sidra"],
                 ["Fundada em 2014, a Cervejaria Monte Alvar vende as suas cervejas em oito países."],
                 ["rui.valadares@montealvar.example"])},

    {"id": "e18-nl-01", "producer": "gdocs", "opts": {"title": "direct", "title_size": 34, "sub": "style",
                                                      "head": "Heading3"},
     "note": "Google Docs: the title as a bold 17 pt Normal paragraph, the deck in Subtitle, 'PERSBERICHT' as "
     "a red kicker, 'Over Zuivelhoeve De Kempkes' in Google's Heading 3, 'Noot voor de redactie' bold line "
     "with the contact last; header and footer parts.",
     "header": ["Zuivelhoeve De Kempkes"], "footer": ["Kempkesweg 4 \u00b7 Ommerloo"],
     "blocks": [("kicker", "PERSBERICHT"),
                ("title", "Zuivelhoeve De Kempkes maakt kaas met melk van eigen weidekoeien"),
                ("sub", "Nieuwe kaasmakerij in Ommerloo draait volledig op zonnestroom"),
                ("p", "OMMERLOO, 27 mei 2026 \u2013 Zuivelhoeve De Kempkes opent zaterdag een kaasmakerij waarin "
                 "alleen melk van de eigen 90 koeien wordt verwerkt."),
                ("p", "Bezoekers kunnen door een glazen wand zien hoe de kaas wordt gemaakt."),
                ("head", "Over Zuivelhoeve De Kempkes"),
                ("p", "Zuivelhoeve De Kempkes is een familiebedrijf dat sinds 1921 melkvee houdt in Ommerloo."),
                ("boldline", "Noot voor de redactie"),
                ("p", "Meer informatie bij Femke Lammerink, pers@dekempkes.example")],
     "expect": E("nl", "Zuivelhoeve De Kempkes maakt kaas met melk van eigen weidekoeien",
                 "Nieuwe kaasmakerij in Ommerloo draait volledig op zonnestroom", "OMMERLOO", "2026-05-27",
                 ["Zuivelhoeve De Kempkes opent zaterdag een kaasmakerij waarin alleen melk van de eigen 90 koeien "
                  "wordt verwerkt.",
                  "Bezoekers kunnen door een glazen wand zien hoe de kaas wordt gemaakt."],
                 ["Zuivelhoeve De Kempkes is een familiebedrijf dat sinds 1921 melkvee houdt in Ommerloo."],
                 ["pers@dekempkes.example"])},

    {"id": "e18-nl-02", "producer": "wordonline", "opts": {"sub": "direct"},
     "note": "Word for the web: Title; the deck as an italic 14 pt Normal paragraph; bullets as List Paragraph; "
     "'Over Fietsfabriek Veldhorst' in Heading 2; contact after it.",
     "blocks": [("title", "Fietsfabriek Veldhorst bouwt bakfietsen voor de post"),
                ("sub", "Eerste 300 elektrische bakfietsen in het najaar geleverd"),
                ("p", "VELDHORST, 16 juli 2026 \u2013 Fietsfabriek Veldhorst gaat bakfietsen bouwen voor de "
                 "bezorgers van de landelijke post."),
                ("p", "De fietsen krijgen:"),
                ("bullet", "een laadbak van 250 liter"),
                ("bullet", "een accu die een hele werkdag meegaat"),
                ("head", "Over Fietsfabriek Veldhorst"),
                ("p", "Fietsfabriek Veldhorst bouwt sinds 1934 fietsen en heeft 85 medewerkers."),
                ("p", "Persvragen: Sanne Oudejans, pers@fietsfabriekveldhorst.example")],
     "expect": E("nl", "Fietsfabriek Veldhorst bouwt bakfietsen voor de post",
                 "Eerste 300 elektrische bakfietsen in het najaar geleverd", "VELDHORST", "2026-07-16",
                 ["Fietsfabriek Veldhorst gaat bakfietsen bouwen voor de bezorgers van de landelijke post.",
                  "De fietsen krijgen:", "een laadbak van 250 liter", "een accu die een hele werkdag meegaat"],
                 ["Fietsfabriek Veldhorst bouwt sinds 1934 fietsen en heeft 85 medewerkers."],
                 ["pers@fietsfabriekveldhorst.example"])},

    {"id": "e18-en-04", "producer": "gdocs", "opts": {"spacing": True, "head": "bold"},
     "note": "Google Docs: Title and Subtitle, 'FOR IMMEDIATE RELEASE' kicker, then 'ENDS' centred, a bold "
     "'Notes to editors' line, the About heading a bold run opening its paragraph ('About Pellham Ferries:') "
     "and the contact.",
     "blocks": [("kicker", "FOR IMMEDIATE RELEASE"),
                ("title", "Pellham Ferries orders two battery-electric ferries"),
                ("sub", "Crossings to Skerrin Island to be emission-free from 2028"),
                ("p", "PELLHAM, 30 October 2026 \u2013 Pellham Ferries has ordered two battery-electric ferries for "
                 "its crossing to Skerrin Island."),
                ("p", "Each ferry will carry 40 cars and 300 passengers and recharge in ten minutes at either pier."),
                ("center", "ENDS"),
                ("boldline", "Notes to editors"),
                ("p", "**About Pellham Ferries:** Pellham Ferries has run the Skerrin crossing since 1958 and carries "
                 "900,000 passengers a year."),
                ("p", "For interviews contact Callum Dunmore, media@pellhamferries.example")],
     "expect": E("en", "Pellham Ferries orders two battery-electric ferries",
                 "Crossings to Skerrin Island to be emission-free from 2028", "PELLHAM", "2026-10-30",
                 ["Pellham Ferries has ordered two battery-electric ferries for its crossing to Skerrin Island.",
                  "Each ferry will carry 40 cars and 300 passengers and recharge in ten minutes at either pier."],
                 ["Pellham Ferries has run the Skerrin crossing since 1958 and carries 900,000 passengers a year."],
                 ["media@pellhamferries.example"])},
    # ---- second batch, written before pressmill was run on it: titles in
    # Heading 1, decks in Heading 2, no deck at all, a contact block at the
    # top, About headings with a soft line break, About in a bordered cell,
    # a release over two pages with a repeated header and footer.
    {"id": "e18-en-05", "producer": "gdocs", "opts": {"title": "h1", "title_bold": True, "head": "Heading2"},
     "note": "Google Docs press-release template: 'FOR IMMEDIATE RELEASE' and a contact block (name, phone, "
     "e-mail) above the title; the title in Heading 1 made bold, no deck; '###' then 'About Ketterby "
     "Outfitters' in Heading 2. No subheadline.",
     "blocks": [("boldline", "FOR IMMEDIATE RELEASE"),
                ("p", "Contact: Wren Addison\nKetterby Outfitters\n+44 1632 960 733\nwren@ketterby.example"),
                ("empty",),
                ("title", "Ketterby Outfitters will repair any jacket it has ever sold"),
                ("p", "MARLOWE BAY, 4 May 2026 \u2013 Ketterby Outfitters will repair, free of charge, any jacket "
                 "it has sold since the company was founded in 1971."),
                ("p", "Customers can send a jacket to the workshop in Marlowe Bay or leave it at one of the nine "
                 "Ketterby shops."),
                ("p", "\u201cA jacket should outlive the person who bought it,\u201d said Abel Ketterby, the "
                 "founder\u2019s grandson."),
                ("center", "###"),
                ("head", "About Ketterby Outfitters"),
                ("p", "Ketterby Outfitters makes waterproof clothing in Marlowe Bay and employs 260 people.")],
     "expect": E("en", "Ketterby Outfitters will repair any jacket it has ever sold", None, "MARLOWE BAY",
                 "2026-05-04",
                 ["Ketterby Outfitters will repair, free of charge, any jacket it has sold since the company was "
                  "founded in 1971.",
                  "Customers can send a jacket to the workshop in Marlowe Bay or leave it at one of the nine "
                  "Ketterby shops.",
                  "\u201cA jacket should outlive the person who bought it,\u201d said Abel Ketterby, the founder"
                  "\u2019s grandson."],
                 ["Ketterby Outfitters makes waterproof clothing in Marlowe Bay and employs 260 people."],
                 ["wren@ketterby.example"])},

    {"id": "e18-fr-03", "producer": "gdocs", "opts": {"title": "h1", "sub": "h2", "head": "bold"},
     "note": "Google Docs: the title in Heading 1 and the deck in Heading 2 (as Google Docs users set them), "
     "the About heading a bold run 'À propos de l\u2019Orchestre de Bréval' then a soft line break and the "
     "text in the same paragraph; contact after it.",
     "blocks": [("title", "L\u2019Orchestre de Bréval joue dans les villages sans salle de concert"),
                ("sub", "Vingt concerts gratuits dans des granges et des églises cet été"),
                ("p", "BRÉVAL, le 2 juin 2026 \u2013 L\u2019Orchestre de Bréval part en tournée dans vingt "
                 "villages du département qui n\u2019ont pas de salle de spectacle."),
                ("p", "Les musiciens joueront dans des granges, des églises et des cours d\u2019école, avec un "
                 "programme de Haydn et de chansons populaires."),
                ("p", "**À propos de l\u2019Orchestre de Bréval**\nFondé en 1987, l\u2019Orchestre de Bréval "
                 "compte 42 musiciens et donne 60 concerts par an."),
                ("p", "Contact presse : Hélène Vautrin, presse@orchestre-breval.example")],
     "expect": E("fr", "L\u2019Orchestre de Bréval joue dans les villages sans salle de concert",
                 "Vingt concerts gratuits dans des granges et des églises cet été", "BRÉVAL", "2026-06-02",
                 ["L\u2019Orchestre de Bréval part en tournée dans vingt villages du département qui n\u2019ont "
                  "pas de salle de spectacle.",
                  "Les musiciens joueront dans des granges, des églises et des cours d\u2019école, avec un "
                  "programme de Haydn et de chansons populaires."],
                 ["Fondé en 1987, l\u2019Orchestre de Bréval compte 42 musiciens et donne 60 concerts par an."],
                 ["presse@orchestre-breval.example"])},

    {"id": "e18-de-03", "producer": "gdocs", "opts": {"title": "direct", "title_size": 28, "head": "bold"},
     "note": "Google Docs over two pages: a header (the organisation) and a footer (address) on each page; "
     "the title bold 14 pt, no deck; six body paragraphs; 'Über das Klinikum Auental' bold line; "
     "'Pressekontakt:' with the contact. No subheadline.",
     "header": ["Klinikum Auental gGmbH \u2013 Unternehmenskommunikation"],
     "footer": ["Klinikum Auental gGmbH \u00b7 Am Kurpark 1 \u00b7 71299 Auental"],
     "blocks": [("title", "Klinikum Auental eröffnet eine Station für Altersmedizin"),
                ("p", "Auental, 20. April 2026 \u2013 Das Klinikum Auental eröffnet am 1. Juni eine Station für "
                 "Altersmedizin mit 32 Betten. Sie ist die erste ihrer Art im Landkreis und soll ältere "
                 "Menschen nach einem Sturz, einem Schlaganfall oder einer Operation wieder auf die Beine "
                 "bringen, bevor sie nach Hause zurückkehren."),
                ("p", "Auf der Station arbeiten Ärztinnen und Ärzte, Pflegekräfte, Physio- und Ergotherapeuten "
                 "sowie Logopäden in einem gemeinsamen Team. Jeden Morgen besprechen sie, welche Ziele jeder "
                 "Patient in der Woche erreichen soll, und passen die Behandlung daran an."),
                ("p", "\u201eViele unserer Patienten sind über achtzig und haben mehrere Krankheiten zugleich\u201c, "
                 "sagt Chefarzt Dr. Matthias Oberholzner. \u201eSie brauchen mehr Zeit und mehr Übung als jüngere "
                 "Menschen, und genau dafür haben wir die Station gebaut.\u201c"),
                ("p", "Die Zimmer sind hell, haben breite Türen und Bäder ohne Schwellen. Ein Übungsflur mit "
                 "Treppe, Rampe und Bordstein erlaubt es, den Alltag außerhalb der Klinik zu trainieren, "
                 "bevor die Patienten entlassen werden."),
                ("p", "Angehörige können an den Therapien teilnehmen und werden in der Pflege angeleitet. Eine "
                 "Sozialarbeiterin hilft bei Anträgen für Pflegegrad, Hilfsmittel und Umbauten der Wohnung."),
                ("p", "Der Bau der Station hat 6,4 Millionen Euro gekostet. Das Land hat 4,1 Millionen Euro "
                 "übernommen, den Rest trägt das Klinikum aus eigenen Mitteln und Spenden des Fördervereins."),
                ("p", "Am Tag der offenen Tür am 30. Mai können Interessierte die Station von 10 bis 16 Uhr "
                 "besichtigen und mit dem Team sprechen. Eine Anmeldung ist nicht nötig."),
                ("boldline", "Über das Klinikum Auental"),
                ("p", "Das Klinikum Auental ist ein gemeinnütziges Krankenhaus mit 420 Betten und 1.300 "
                 "Beschäftigten. Es versorgt jedes Jahr rund 24.000 stationäre Patienten."),
                ("p", "Pressekontakt:\nSabine Kreuzwirth\nTelefon 07144 555 210\npresse@klinikum-auental.example")],
     "expect": E("de", "Klinikum Auental eröffnet eine Station für Altersmedizin", None, "Auental", "2026-04-20",
                 ["Das Klinikum Auental eröffnet am 1. Juni eine Station für Altersmedizin mit 32 Betten. Sie ist "
                  "die erste ihrer Art im Landkreis und soll ältere Menschen nach einem Sturz, einem Schlaganfall "
                  "oder einer Operation wieder auf die Beine bringen, bevor sie nach Hause zurückkehren.",
                  "Auf der Station arbeiten Ärztinnen und Ärzte, Pflegekräfte, Physio- und Ergotherapeuten sowie "
                  "Logopäden in einem gemeinsamen Team. Jeden Morgen besprechen sie, welche Ziele jeder Patient in "
                  "der Woche erreichen soll, und passen die Behandlung daran an.",
                  "\u201eViele unserer Patienten sind über achtzig und haben mehrere Krankheiten zugleich\u201c, "
                  "sagt Chefarzt Dr. Matthias Oberholzner. \u201eSie brauchen mehr Zeit und mehr Übung als jüngere "
                  "Menschen, und genau dafür haben wir die Station gebaut.\u201c",
                  "Die Zimmer sind hell, haben breite Türen und Bäder ohne Schwellen. Ein Übungsflur mit Treppe, "
                  "Rampe und Bordstein erlaubt es, den Alltag außerhalb der Klinik zu trainieren, bevor die "
                  "Patienten entlassen werden.",
                  "Angehörige können an den Therapien teilnehmen und werden in der Pflege angeleitet. Eine "
                  "Sozialarbeiterin hilft bei Anträgen für Pflegegrad, Hilfsmittel und Umbauten der Wohnung.",
                  "Der Bau der Station hat 6,4 Millionen Euro gekostet. Das Land hat 4,1 Millionen Euro übernommen, "
                  "den Rest trägt das Klinikum aus eigenen Mitteln und Spenden des Fördervereins.",
                  "Am Tag der offenen Tür am 30. Mai können Interessierte die Station von 10 bis 16 Uhr besichtigen "
                  "und mit dem Team sprechen. Eine Anmeldung ist nicht nötig."],
                 ["Das Klinikum Auental ist ein gemeinnütziges Krankenhaus mit 420 Betten und 1.300 Beschäftigten. "
                  "Es versorgt jedes Jahr rund 24.000 stationäre Patienten."],
                 ["presse@klinikum-auental.example"])},

    {"id": "e18-es-03", "producer": "gdocs", "opts": {"title": "direct", "title_size": 30, "title_jc": "center",
                                                      "head": "bold", "spacing": True},
     "note": "Google Docs: the title centred, bold, in capitals typed as such, no deck; a short first "
     "paragraph holding the dateline; 'SOBRE CERÁMICAS TOLVA' in bold capitals; empty spacing paragraphs. "
     "No subheadline.",
     "blocks": [("title", "CERÁMICAS TOLVA ABRE UNA ESCUELA DE ALFARERÍA EN MONTEJÁBAR"),
                ("p", "MONTEJÁBAR, 11 de marzo de 2026 \u2013 Cerámicas Tolva abrirá en abril una escuela de "
                 "alfarería."),
                ("p", "La escuela ofrecerá cursos de un año para veinte alumnos, con prácticas en el taller de la "
                 "empresa y en los hornos de leña del pueblo."),
                ("p", "\u201cQueremos que el oficio no desaparezca con nosotros\u201d, explicó Rocío Tolva, "
                 "tercera generación de la familia."),
                ("boldline", "SOBRE CERÁMICAS TOLVA"),
                ("p", "Cerámicas Tolva fabrica vajilla y azulejos a mano en Montejábar desde 1948."),
                ("p", "Prensa: Álvaro Quintanar, prensa@ceramicastolva.example")],
     "expect": E("es", "CERÁMICAS TOLVA ABRE UNA ESCUELA DE ALFARERÍA EN MONTEJÁBAR", None, "MONTEJÁBAR",
                 "2026-03-11",
                 ["Cerámicas Tolva abrirá en abril una escuela de alfarería.",
                  "La escuela ofrecerá cursos de un año para veinte alumnos, con prácticas en el taller de la "
                  "empresa y en los hornos de leña del pueblo.",
                  "\u201cQueremos que el oficio no desaparezca con nosotros\u201d, explicó Rocío Tolva, tercera "
                  "generación de la familia."],
                 ["Cerámicas Tolva fabrica vajilla y azulejos a mano en Montejábar desde 1948."],
                 ["prensa@ceramicastolva.example"])},

    {"id": "e18-nl-03", "producer": "gdocs", "opts": {"title": "style", "sub": "style"},
     "note": "Google Docs: Title and Subtitle; the About section in a bordered one-cell table, its first line "
     "'Over Watersportcentrum De Plas' bold and the text under it; contact after the table.",
     "blocks": [("title", "Watersportcentrum De Plas leert duizend kinderen zwemmen in open water"),
                ("sub", "Gratis lessen voor groep 7 en 8 van alle scholen in Lemmerveen"),
                ("p", "LEMMERVEEN, 8 juni 2026 \u2013 Watersportcentrum De Plas geeft deze zomer gratis "
                 "zwemlessen in open water aan duizend kinderen uit Lemmerveen."),
                ("p", "De kinderen leren hoe ze veilig zwemmen in een meer, met stroming en koud water."),
                ("box", ["Over Watersportcentrum De Plas",
                         "Watersportcentrum De Plas is een stichting die sinds 1978 zeil- en zwemles geeft aan "
                         "de Lemmerplas."]),
                ("p", "Contact: Joris Hoogerwerf, pers@deplas.example")],
     "expect": E("nl", "Watersportcentrum De Plas leert duizend kinderen zwemmen in open water",
                 "Gratis lessen voor groep 7 en 8 van alle scholen in Lemmerveen", "LEMMERVEEN", "2026-06-08",
                 ["Watersportcentrum De Plas geeft deze zomer gratis zwemlessen in open water aan duizend kinderen "
                  "uit Lemmerveen.",
                  "De kinderen leren hoe ze veilig zwemmen in een meer, met stroming en koud water."],
                 ["Watersportcentrum De Plas is een stichting die sinds 1978 zeil- en zwemles geeft aan de "
                  "Lemmerplas."],
                 ["pers@deplas.example"])},

    {"id": "e18-pt-03", "producer": "pandoc", "author": "Museu do Linho de Vale Formoso",
     "note": "pandoc from Markdown without a subtitle: YAML title and author only; '## Sobre o Museu do Linho' "
     "and '## Contactos' as Heading 2. No subheadline.",
     "blocks": [("title", "Museu do Linho de Vale Formoso reabre com tear do século XVIII"),
                ("p", "VALE FORMOSO, 14 de setembro de 2026 \u2013 O Museu do Linho de Vale Formoso reabriu hoje "
                 "depois de um ano de obras, com um tear restaurado do século XVIII."),
                ("p", "As tecedeiras da vila vão trabalhar no tear aos sábados, diante dos visitantes."),
                ("head", "Sobre o Museu do Linho"),
                ("p", "O Museu do Linho de Vale Formoso foi criado em 1996 pela junta de freguesia e recebe "
                 "12.000 visitantes por ano."),
                ("head", "Contactos"),
                ("p", "Marta Seixas, museu@linho-valeformoso.example")],
     "expect": E("pt", "Museu do Linho de Vale Formoso reabre com tear do século XVIII", None, "VALE FORMOSO",
                 "2026-09-14",
                 ["O Museu do Linho de Vale Formoso reabriu hoje depois de um ano de obras, com um tear restaurado "
                  "do século XVIII.",
                  "As tecedeiras da vila vão trabalhar no tear aos sábados, diante dos visitantes."],
                 ["O Museu do Linho de Vale Formoso foi criado em 1996 pela junta de freguesia e recebe 12.000 "
                  "visitantes por ano."],
                 ["museu@linho-valeformoso.example"])},

    {"id": "e18-it-03", "producer": "gdocs", "opts": {"title": "h1", "sub": "direct", "sub_italic": True,
                                                      "sub_size": 24, "head": "Heading3"},
     "note": "Google Docs: the title in Heading 1 (not bold, Google's default), the deck italic 12 pt in a "
     "Normal paragraph; a layout table at the top (logo text | 'COMUNICATO STAMPA'); 'Informazioni su "
     "Pastificio Arnaldi' in Heading 3; footer with the VAT number.",
     "footer": ["Pastificio Arnaldi S.p.A. \u2013 P.IVA 01234560789"],
     "blocks": [("table", [["Pastificio Arnaldi"], ["COMUNICATO STAMPA"]]),
                ("title", "Pastificio Arnaldi produce la pasta solo con grano della provincia"),
                ("sub", "Accordo di filiera con 180 aziende agricole per dieci anni"),
                ("p", "SAN VITO AL MONTE, 26 gennaio 2026 \u2013 Pastificio Arnaldi ha firmato un accordo con 180 "
                 "aziende agricole della provincia che gli forniranno tutto il grano duro per i prossimi dieci "
                 "anni."),
                ("p", "Il prezzo del grano sarà fissato ogni anno sopra la media del mercato nazionale."),
                ("head", "Informazioni su Pastificio Arnaldi"),
                ("p", "Pastificio Arnaldi produce pasta secca a San Vito al Monte dal 1912 e ha 95 dipendenti."),
                ("p", "Ufficio stampa: Giulia Manfredini, stampa@arnaldi.example")],
     "expect": E("it", "Pastificio Arnaldi produce la pasta solo con grano della provincia",
                 "Accordo di filiera con 180 aziende agricole per dieci anni", "SAN VITO AL MONTE", "2026-01-26",
                 ["Pastificio Arnaldi ha firmato un accordo con 180 aziende agricole della provincia che gli "
                  "forniranno tutto il grano duro per i prossimi dieci anni.",
                  "Il prezzo del grano sarà fissato ogni anno sopra la media del mercato nazionale."],
                 ["Pastificio Arnaldi produce pasta secca a San Vito al Monte dal 1912 e ha 95 dipendenti."],
                 ["stampa@arnaldi.example"])},
]
