# The releases of tests/eval15 (read by make.py, which passes E13, the
# markup helpers of tests/eval13/make_docx.py): each a document.xml body
# and its gold, written before pressmill was run on them. Invented
# organisations, people and towns.
run, para, P, style, alt_box, vml_box = E13.run, E13.para, E13.P, E13.style, E13.alt_box, E13.vml_box

B = "<w:b/><w:bCs/>"
I = "<w:i/><w:iCs/>"
CAPS = "<w:caps/>"


def sz(half_points):
    return '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (half_points, half_points)


def NUM(num_id):
    return '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num_id


def BR():
    return "<w:r><w:br/></w:r>"


def cell(inner, width=9000):
    return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (width, inner)


def table(rows, borders=True):
    b = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>') if borders else ""
    ncols = max(len(r) for r in rows)
    grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // ncols) for _ in range(ncols))
    return ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>%s<w:tblLook w:val="04A0"/></w:tblPr>'
            '<w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
            % (b, grid, "".join("<w:tr>%s</w:tr>" % "".join(cell(c, 9000 // ncols) for c in r) for r in rows)))


def section_break(kind, inner_runs=""):
    """The last paragraph of a section: Word keeps the section's properties in its w:pPr."""
    return para(inner_runs, '<w:sectPr><w:type w:val="%s"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
                'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>' % kind)


def E(lang, headline, sub, loc, date, body, about, emails, dateline=True):
    return {"language": lang, "headline": headline, "subheadline": sub,
            "dateline": {"location": loc, "date": date} if dateline else None, "date": date,
            "body": body, "about": about, "emails": emails}


RELEASES = [
    # en-01: italic deck under a Title; a contacts block between the body
    # and the About section; the About heading a bold run opening its
    # paragraph, with a colon.
    {"id": "e15-en-01", "note": "Italic deck under a Title-styled title (subheadline). Media contacts between "
     "the body and the About section (not body). The About section is one paragraph opened by a bold run "
     "'About Calloway Drones:' and its text after it in plain type.",
     "body": P("Calloway Drones maps flood defences along the River Teme", "Title")
     + P("Survey flights cover 140 kilometres of embankment in six weeks", rpr=I)
     + P("LEDBRIDGE, 3 March 2026 \u2013 Calloway Drones has finished a survey of the flood embankments along "
         "the River Teme for the Teme Valley Drainage Board.")
     + P("Its two survey aircraft flew 212 times between January and mid-February and measured the height of "
         "each embankment every half metre.")
     + P("\u201cWe now know where the banks have settled and by how much,\u201d said Corinna Vale, the board\u2019s "
         "chief engineer.")
     + P("Media contact", rpr=B)
     + P("Hollis Brandt, Calloway Drones")
     + P("press@calloway-drones.example")
     + para(run("About Calloway Drones:", B) + run(" Calloway Drones, founded in Ledbridge in 2017, flies survey "
            "drones for water boards, railways and farms and employs 38 people."))
     ,
     "expect": E("en", "Calloway Drones maps flood defences along the River Teme",
                 "Survey flights cover 140 kilometres of embankment in six weeks", "LEDBRIDGE", "2026-03-03",
                 ["Calloway Drones has finished a survey of the flood embankments along the River Teme for the "
                  "Teme Valley Drainage Board.",
                  "Its two survey aircraft flew 212 times between January and mid-February and measured the "
                  "height of each embankment every half metre.",
                  "\u201cWe now know where the banks have settled and by how much,\u201d said Corinna Vale, the "
                  "board\u2019s chief engineer."],
                 ["Calloway Drones, founded in Ledbridge in 2017, flies survey drones for water boards, railways "
                  "and farms and employs 38 people."],
                 ["press@calloway-drones.example"])},

    # en-02: Subtitle style; -ENDS-; About the X in Heading 2, typed in capitals.
    {"id": "e15-en-02", "note": "Title and Subtitle styles. '-ENDS-' closes the body; the About heading "
     "'ABOUT THE HARTWELL TRUST' typed in capitals in Heading 2, two paragraphs of About text.",
     "body": P("Hartwell Trust reopens the Saltmarsh Light", "Title")
     + P("Restored lighthouse welcomes visitors from May", "Subtitle")
     + P("FENWICK MARSH, 21 April 2026 \u2013 The Hartwell Trust will reopen the Saltmarsh Light to visitors "
         "on 2 May after a two-year restoration.")
     + P("The tower\u2019s iron lantern was taken down, repaired in a foundry in Dunmere and lifted back in "
         "place in January.")
     + P("-ENDS-", ppr='<w:jc w:val="center"/>')
     + P("ABOUT THE HARTWELL TRUST", "Heading2")
     + P("The Hartwell Trust is a charity that looks after eleven historic buildings on the Fenwick coast.")
     + P("It is funded by its 6,000 members and by visitors\u2019 admissions.")
     + P("For more information contact Imogen Tarrant at imogen.tarrant@hartwell-trust.example"),
     "expect": E("en", "Hartwell Trust reopens the Saltmarsh Light", "Restored lighthouse welcomes visitors from May",
                 "FENWICK MARSH", "2026-04-21",
                 ["The Hartwell Trust will reopen the Saltmarsh Light to visitors on 2 May after a two-year "
                  "restoration.",
                  "The tower\u2019s iron lantern was taken down, repaired in a foundry in Dunmere and lifted back "
                  "in place in January."],
                 ["The Hartwell Trust is a charity that looks after eleven historic buildings on the Fenwick coast.",
                  "It is funded by its 6,000 members and by visitors\u2019 admissions."],
                 ["imogen.tarrant@hartwell-trust.example"])},

    # en-03: bulleted summary under the title; ###; Notes to editors as a
    # Word-numbered list, the About note's heading bold then a line break.
    {"id": "e15-en-03", "note": "A bold 20 pt title, then three bulleted highlights (a list is no subheadline: "
     "list items are body entries). '###', then 'Notes to editors' and a Word-numbered list (decimal, numbers "
     "not text): note 1 photographs, note 2 opens with the bold heading 'About the Ashgrove Arts Festival', a "
     "line break, then the About text (the About section: that text). Neither the notes nor the heading are "
     "body.",
     "body": P("Ashgrove Arts Festival doubles its free programme", rpr=B + sz(40))
     + P("Forty free events in parks and libraries", ppr=NUM(1))
     + P("A late-night opening of the Corn Exchange", ppr=NUM(1))
     + P("Tickets for paid events on sale from 1 June", ppr=NUM(1))
     + P("ASHGROVE, 12 May 2026 \u2013 The Ashgrove Arts Festival will hold forty free events this July, twice as "
         "many as last year.")
     + P("Theatre, music and readings will take place in six parks and in every branch library of the town.")
     + P("###", ppr='<w:jc w:val="center"/>')
     + P("Notes to editors", rpr=B)
     + para(run("Photographs of last year\u2019s festival can be requested from press@ashgrove-festival.example."),
            NUM(2))
     + para(run("About the Ashgrove Arts Festival", B) + BR() + run("The Ashgrove Arts Festival has been held every "
            "July since 1988 and is run by a charitable company with four staff and 200 volunteers."), NUM(2)),
     "expect": E("en", "Ashgrove Arts Festival doubles its free programme", None, "ASHGROVE", "2026-05-12",
                 ["Forty free events in parks and libraries",
                  "A late-night opening of the Corn Exchange",
                  "Tickets for paid events on sale from 1 June",
                  "The Ashgrove Arts Festival will hold forty free events this July, twice as many as last year.",
                  "Theatre, music and readings will take place in six parks and in every branch library of the "
                  "town."],
                 ["The Ashgrove Arts Festival has been held every July since 1988 and is run by a charitable "
                  "company with four staff and 200 volunteers."],
                 ["press@ashgrove-festival.example"])},

    # en-04: title in a layout-table cell; a bold deck; ENDS; Notes for
    # editors with typed numbers, the About note a heading line of its own.
    {"id": "e15-en-04", "note": "A borderless layout table: 'NEWS RELEASE' in the first cell, the bold 18 pt "
     "title in the second. A short bold line in the body's size under it is the deck (subheadline). 'ENDS', "
     "then 'Notes for editors' with typed numbers: '1.' a note, '2. About Oxley Cider' alone (the About "
     "heading), its text in the next paragraph, '3.' a note again (not About).",
     "body": table([[P("NEWS RELEASE", rpr=B + sz(20)), P("Oxley Cider plants 4,000 apple trees", rpr=B + sz(36))]],
                   borders=False)
     + P("Six old varieties return to the Wenlow hills", rpr=B)
     + P("WENLOW, 9 February 2026 \u2013 Oxley Cider has planted 4,000 apple trees on three farms in the Wenlow "
         "hills, the largest planting in the county for forty years.")
     + P("The orchards bring back six varieties that had almost disappeared, among them the Wenlow Russet.")
     + P("ENDS", ppr='<w:jc w:val="center"/>')
     + P("Notes for editors", rpr=B)
     + P("1. Interviews with the growers can be arranged through Ptolemy Ashe, ptolemy@oxley-cider.example.")
     + P("2. About Oxley Cider", rpr=B)
     + P("Oxley Cider is a cooperative of nineteen farms around Wenlow that presses and bottles its own cider.")
     + P("3. The planting was paid for in part by the Wenlow Landscape Fund."),
     "expect": E("en", "Oxley Cider plants 4,000 apple trees", "Six old varieties return to the Wenlow hills",
                 "WENLOW", "2026-02-09",
                 ["Oxley Cider has planted 4,000 apple trees on three farms in the Wenlow hills, the largest "
                  "planting in the county for forty years.",
                  "The orchards bring back six varieties that had almost disappeared, among them the Wenlow "
                  "Russet."],
                 ["Oxley Cider is a cooperative of nineteen farms around Wenlow that presses and bottles its own "
                  "cider."],
                 ["ptolemy@oxley-cider.example"])},

    # en-05: Heading 1 title; a larger-font deck by direct formatting; two
    # About sections (bold lines alone) after a contacts block.
    {"id": "e15-en-05", "note": "Title in Heading 1; the deck a 14 pt paragraph in plain type set by direct "
     "formatting (subheadline). A contacts block between the body and two About sections, each a bold heading "
     "line alone, 'About Brackenfield Council' and 'About Northway Buses', each with one paragraph.",
     "body": P("Brackenfield and Northway Buses launch a night route", "Heading1")
     + P("The N7 links the hospital, the station and four estates", rpr=sz(28))
     + P("BRACKENFIELD, 30 September 2026 \u2013 A night bus will run every hour between midnight and five "
         "o\u2019clock from 1 November, the council and Northway Buses announced today.")
     + P("The route was asked for by hospital staff who finish late shifts when no other bus runs.")
     + P("Contacts", rpr=B)
     + P("Brackenfield Council press office: news@brackenfield.example")
     + P("Northway Buses: Delphine Aske, media@northway-buses.example")
     + P("About Brackenfield Council", rpr=B)
     + P("Brackenfield Council serves 96,000 residents and runs the town\u2019s transport partnership.")
     + P("About Northway Buses", rpr=B)
     + P("Northway Buses operates 41 routes across the north of the county with 230 buses."),
     "expect": E("en", "Brackenfield and Northway Buses launch a night route",
                 "The N7 links the hospital, the station and four estates", "BRACKENFIELD", "2026-09-30",
                 ["A night bus will run every hour between midnight and five o\u2019clock from 1 November, the "
                  "council and Northway Buses announced today.",
                  "The route was asked for by hospital staff who finish late shifts when no other bus runs."],
                 ["Brackenfield Council serves 96,000 residents and runs the town\u2019s transport partnership.",
                  "Northway Buses operates 41 routes across the north of the county with 230 buses."],
                 ["news@brackenfield.example", "media@northway-buses.example"])},

    # fr-01: a bold chapeau (a full standfirst: body); About as a bold run
    # opening the paragraph, no colon; contacts after.
    {"id": "e15-fr-01", "note": "A bold full-sentence chapeau under the bold title: a standfirst, so body "
     "(../shared/eval/README.md), no subheadline. The About section one paragraph opened by the bold run "
     "'À propos de Maison Verlaine' with no colon; contacts after it.",
     "body": P("Maison Verlaine rouvre son atelier de tissage \u00e0 Sainte-Aurore", rpr=B + sz(32))
     + P("Fermé depuis 2019, l\u2019atelier de la rue des Cardeurs reprend la production de toiles de lin et "
         "embauche douze tisserands formés sur place.", rpr=B)
     + P("SAINTE-AURORE, le 14 janvier 2026 \u2013 Maison Verlaine a remis en marche huit métiers à tisser dans "
         "son ancien atelier.")
     + P("Les premières toiles seront vendues au printemps dans la boutique de la maison et chez trente "
         "détaillants.")
     + para(run("\u00c0 propos de Maison Verlaine", B) + run(" Maison Verlaine est une entreprise familiale fondée "
            "en 1921 qui fabrique du linge de maison dans la vallée de l\u2019Aurore."))
     + P("Contact presse : Solène Marchetti \u2013 presse@maison-verlaine.example"),
     "expect": E("fr", "Maison Verlaine rouvre son atelier de tissage \u00e0 Sainte-Aurore", None,
                 "SAINTE-AURORE", "2026-01-14",
                 ["Fermé depuis 2019, l\u2019atelier de la rue des Cardeurs reprend la production de toiles de lin "
                  "et embauche douze tisserands formés sur place.",
                  "Maison Verlaine a remis en marche huit métiers à tisser dans son ancien atelier.",
                  "Les premières toiles seront vendues au printemps dans la boutique de la maison et chez trente "
                  "détaillants."],
                 ["Maison Verlaine est une entreprise familiale fondée en 1921 qui fabrique du linge de maison "
                  "dans la vallée de l\u2019Aurore."],
                 ["presse@maison-verlaine.example"])},

    # fr-02: Title/Subtitle; a next-page section break; the About section
    # alone in the last section, Heading 2 'À propos de l'…'.
    {"id": "e15-fr-02", "note": "Title and Subtitle styles. The body and the press contact end the first "
     "section (next-page section break in the contact paragraph's w:pPr); the last section holds only the "
     "About section, 'À propos de l\u2019Agence …' in Heading 2 and two paragraphs.",
     "body": P("L\u2019Agence de l\u2019eau du Lérin lance un plan pour les zones humides", "Title")
     + P("Quarante marais restaurés d\u2019ici 2030", "Subtitle")
     + P("MONTVALLON, le 5 juin 2026 \u2013 L\u2019Agence de l\u2019eau du Lérin consacrera 18 millions d\u2019euros à "
         "la restauration de quarante marais du bassin.")
     + P("Les travaux commenceront cet automne par les marais de Brévière et de Saint-Ours.")
     + section_break("nextPage", run("Contact presse : Aurélien Dufresne, a.dufresne@agence-lerin.example"))
     + P("\u00c0 propos de l\u2019Agence de l\u2019eau du Lérin", "Heading2")
     + P("L\u2019Agence de l\u2019eau du Lérin est un établissement public qui finance la protection des rivières et "
         "des nappes du bassin.")
     + P("Elle compte 140 agents répartis entre Montvallon et Sarrebaix."),
     "expect": E("fr", "L\u2019Agence de l\u2019eau du Lérin lance un plan pour les zones humides",
                 "Quarante marais restaurés d\u2019ici 2030", "MONTVALLON", "2026-06-05",
                 ["L\u2019Agence de l\u2019eau du Lérin consacrera 18 millions d\u2019euros à la restauration de "
                  "quarante marais du bassin.",
                  "Les travaux commenceront cet automne par les marais de Brévière et de Saint-Ours."],
                 ["L\u2019Agence de l\u2019eau du Lérin est un établissement public qui finance la protection des "
                  "rivières et des nappes du bassin.",
                  "Elle compte 140 agents répartis entre Montvallon et Sarrebaix."],
                 ["a.dufresne@agence-lerin.example"])},

    # de-01: larger-font deck; – Ende –; Heading 3 'Über die …' without colon; Pressekontakt after.
    {"id": "e15-de-01", "note": "Title style; the deck a 15 pt grey paragraph by direct formatting "
     "(subheadline). '\u2013 Ende \u2013' closes the body; About heading 'Über die Stadtwerke Halmbach' in "
     "Heading 3, no colon; 'Pressekontakt:' block after the About text.",
     "body": P("Stadtwerke Halmbach bauen ein Wärmenetz für die Altstadt", "Title")
     + P("Erste Häuser werden im Herbst 2027 angeschlossen", rpr=sz(30) + '<w:color w:val="595959"/>')
     + P("Halmbach, 17. März 2026 \u2013 Die Stadtwerke Halmbach legen in den kommenden zwei Jahren ein "
         "Fernwärmenetz unter den Gassen der Altstadt.")
     + P("Die Wärme kommt aus der Abwärme des Klärwerks und aus einer großen Wärmepumpe am Mühlkanal.")
     + P("\u2013 Ende \u2013", ppr='<w:jc w:val="center"/>')
     + P("Über die Stadtwerke Halmbach", "Heading3")
     + P("Die Stadtwerke Halmbach versorgen 48.000 Einwohner mit Strom, Wasser und Wärme und gehören der "
         "Stadt.")
     + P("Pressekontakt:", rpr=B)
     + P("Jannik Oberländer, presse@stadtwerke-halmbach.example"),
     "styles": [style("Heading3", "heading 3", ppr='<w:keepNext/><w:outlineLvl w:val="2"/>',
                      rpr='<w:b/><w:sz w:val="24"/>')],
     "expect": E("de", "Stadtwerke Halmbach bauen ein Wärmenetz für die Altstadt",
                 "Erste Häuser werden im Herbst 2027 angeschlossen", "Halmbach", "2026-03-17",
                 ["Die Stadtwerke Halmbach legen in den kommenden zwei Jahren ein Fernwärmenetz unter den Gassen "
                  "der Altstadt.",
                  "Die Wärme kommt aus der Abwärme des Klärwerks und aus einer großen Wärmepumpe am Mühlkanal."],
                 ["Die Stadtwerke Halmbach versorgen 48.000 Einwohner mit Strom, Wasser und Wärme und gehören der "
                  "Stadt."],
                 ["presse@stadtwerke-halmbach.example"])},

    # de-02: italic deck; Pressekontakt between body and notes; – ENDE –;
    # 'Hinweis an die Redaktion:' with bulleted notes, one an 'Über …:' note.
    {"id": "e15-de-02", "note": "Bold title, italic deck (subheadline). A 'Pressekontakt' block right after the "
     "body, then '\u2013 ENDE \u2013', then 'Hinweis an die Redaktion:' (bold) and two bulleted notes: "
     "photographs, and 'Über den Ruderclub Wendlingen 1898:' in bold opening the About text in the same item.",
     "body": P("Ruderclub Wendlingen richtet die Deutsche Jugendmeisterschaft aus", rpr=B + sz(32))
     + P("Rund 900 Ruderinnen und Ruderer auf dem Wendsee erwartet", rpr=I)
     + P("WENDLINGEN, 8. Mai 2026 \u2013 Der Ruderclub Wendlingen 1898 richtet im Juli die Deutsche "
         "Jugendmeisterschaft im Rudern aus.")
     + P("Für die drei Wettkampftage baut der Verein eine Tribüne für 1.500 Zuschauer am Nordufer.")
     + P("Pressekontakt", rpr=B)
     + P("Svea Lindqvist-Brohm, Tel. 07021 555 0198, presse@rc-wendlingen.example")
     + P("\u2013 ENDE \u2013", ppr='<w:jc w:val="center"/>')
     + P("Hinweis an die Redaktion:", rpr=B)
     + para(run("Fotos vom Training stehen unter rc-wendlingen.example/presse zum Download bereit."), NUM(1))
     + para(run("Über den Ruderclub Wendlingen 1898:", B) + run(" Der Verein hat 640 Mitglieder und stellte "
            "bei den letzten Meisterschaften drei Jugendmeister."), NUM(1)),
     "expect": E("de", "Ruderclub Wendlingen richtet die Deutsche Jugendmeisterschaft aus",
                 "Rund 900 Ruderinnen und Ruderer auf dem Wendsee erwartet", "WENDLINGEN", "2026-05-08",
                 ["Der Ruderclub Wendlingen 1898 richtet im Juli die Deutsche Jugendmeisterschaft im Rudern aus.",
                  "Für die drei Wettkampftage baut der Verein eine Tribüne für 1.500 Zuschauer am Nordufer."],
                 ["Der Verein hat 640 Mitglieder und stellte bei den letzten Meisterschaften drei Jugendmeister."],
                 ["presse@rc-wendlingen.example"])},

    # es-01: larger italic deck; ###; Heading 1 'ACERCA DE …' in capitals.
    {"id": "e15-es-01", "note": "Title style; the deck a 13 pt italic paragraph (direct formatting, "
     "subheadline). '###' closes the body; About heading in Heading 1 typed in capitals, 'ACERCA DE LA "
     "COOPERATIVA OLIVAR DEL SUR', two paragraphs; contact line after.",
     "body": P("La Cooperativa Olivar del Sur abre una almazara solar en Valdehiguera", "Title")
     + P("La planta molerá 9.000 toneladas de aceituna por campaña", rpr=I + sz(26))
     + P("VALDEHIGUERA, 22 de octubre de 2026 \u2013 La Cooperativa Olivar del Sur ha inaugurado una almazara "
         "que funciona con la energía de 3.000 paneles solares.")
     + P("La nueva planta sustituye a los dos molinos que la cooperativa tenía en el pueblo desde los años "
         "sesenta.")
     + P("###", ppr='<w:jc w:val="center"/>')
     + P("ACERCA DE LA COOPERATIVA OLIVAR DEL SUR", "Heading1")
     + P("La Cooperativa Olivar del Sur agrupa a 1.150 agricultores de la comarca de Valdehiguera.")
     + P("Fue fundada en 1958 y exporta aceite a catorce países.")
     + P("Contacto de prensa: Remedios Alcaraz, prensa@olivardelsur.example"),
     "expect": E("es", "La Cooperativa Olivar del Sur abre una almazara solar en Valdehiguera",
                 "La planta molerá 9.000 toneladas de aceituna por campaña", "VALDEHIGUERA", "2026-10-22",
                 ["La Cooperativa Olivar del Sur ha inaugurado una almazara que funciona con la energía de 3.000 "
                  "paneles solares.",
                  "La nueva planta sustituye a los dos molinos que la cooperativa tenía en el pueblo desde los años "
                  "sesenta."],
                 ["La Cooperativa Olivar del Sur agrupa a 1.150 agricultores de la comarca de Valdehiguera.",
                  "Fue fundada en 1958 y exporta aceite a catorce países."],
                 ["prensa@olivardelsur.example"])},

    # es-02: title in a table cell beside 'NOTA DE PRENSA'; two About
    # sections in Heading 3 ('Acerca de …', 'Sobre …').
    {"id": "e15-es-02", "note": "A bordered two-cell table: 'NOTA DE PRENSA' in the first cell, the "
     "title (bold 16 pt) in the second. Two About sections in Heading 3, 'Acerca de Fundación Marearta' and "
     "'Sobre el Ayuntamiento de Puerto Lirio', after a contacts line.",
     "body": table([[P("NOTA DE PRENSA", rpr=B),
                     P("Fundación Marearta y Puerto Lirio abren un museo del mar en la antigua lonja",
                       rpr=B + sz(32))]])
     + P("PUERTO LIRIO, 2 de julio de 2026 \u2013 La Fundación Marearta y el Ayuntamiento de Puerto Lirio abrirán el 18 de julio el Museo del Mar en el "
         "edificio de la antigua lonja de pescado.")
     + P("El museo reúne 2.400 objetos donados por familias de pescadores del puerto.")
     + P("Prensa: Iñaki Soler, comunicacion@marearta.example")
     + P("Acerca de Fundación Marearta", "Heading3")
     + P("La Fundación Marearta conserva el patrimonio marítimo de la costa de Lirio desde 2004.")
     + P("Sobre el Ayuntamiento de Puerto Lirio", "Heading3")
     + P("Puerto Lirio es un municipio costero de 21.000 habitantes."),
     "styles": [style("Heading3", "heading 3", ppr='<w:keepNext/><w:outlineLvl w:val="2"/>',
                      rpr='<w:b/><w:sz w:val="24"/>')],
     "expect": dict(E("es", "Fundación Marearta y Puerto Lirio abren un museo del mar en la antigua lonja", None,
                      "PUERTO LIRIO", "2026-07-02",
                      ["La Fundación Marearta y el Ayuntamiento de Puerto Lirio abrirán el 18 de julio el Museo del "
                       "Mar en el edificio de la antigua lonja de pescado.",
                       "El museo reúne 2.400 objetos donados por familias de pescadores del puerto."],
                      ["La Fundación Marearta conserva el patrimonio marítimo de la costa de Lirio desde 2004.",
                       "Puerto Lirio es un municipio costero de 21.000 habitantes."],
                      ["comunicacion@marearta.example"]))},

    # it-01: Subtitle; contacts between body and About; About in a one-cell table.
    {"id": "e15-it-01", "note": "Title and Subtitle styles. 'Per informazioni:' contacts right after the body; "
     "the About section in a bordered one-cell table: the bold heading 'Informazioni su Ferrovie Alpine Val "
     "Brena' and one paragraph.",
     "body": P("Ferrovie Alpine Val Brena rinnova il trenino del Passo Serra", "Title")
     + P("Tre nuove carrozze panoramiche dal 1\u00b0 luglio", "Subtitle")
     + P("ROVEGNO, 11 marzo 2026 \u2013 Ferrovie Alpine Val Brena metterà in servizio tre carrozze panoramiche "
         "sulla linea a cremagliera del Passo Serra.")
     + P("Le carrozze, costruite a Bolzanello, hanno finestrini che arrivano fino al tetto.")
     + P("Per informazioni:", rpr=B)
     + P("Ufficio stampa \u2013 Ginevra Colonnetti, stampa@ferrovie-valbrena.example")
     + table([[P("Informazioni su Ferrovie Alpine Val Brena", rpr=B)
               + P("Ferrovie Alpine Val Brena gestisce dal 1911 la ferrovia a cremagliera tra Rovegno e il Passo "
                   "Serra e trasporta 300.000 passeggeri l\u2019anno.")]]),
     "expect": E("it", "Ferrovie Alpine Val Brena rinnova il trenino del Passo Serra",
                 "Tre nuove carrozze panoramiche dal 1\u00b0 luglio", "ROVEGNO", "2026-03-11",
                 ["Ferrovie Alpine Val Brena metterà in servizio tre carrozze panoramiche sulla linea a "
                  "cremagliera del Passo Serra.",
                  "Le carrozze, costruite a Bolzanello, hanno finestrini che arrivano fino al tetto."],
                 ["Ferrovie Alpine Val Brena gestisce dal 1911 la ferrovia a cremagliera tra Rovegno e il Passo "
                  "Serra e trasporta 300.000 passeggeri l\u2019anno."],
                 ["stampa@ferrovie-valbrena.example"])},

    # it-02: italic deck; About as a bold run opening the paragraph with a dash.
    {"id": "e15-it-02", "note": "Bold centred title, italic centred deck (subheadline). The About section "
     "opens with the bold run 'A proposito di "
     "Cantina Serravalle' followed by ' \u2013 ' and the text in the same paragraph; a second About paragraph "
     "after it.",
     "body": P("Cantina Serravalle vendemmia di notte per salvare gli aromi", ppr='<w:jc w:val="center"/>',
               rpr=B + sz(30))
     + P("Raccolta tra le due e le otto del mattino in 40 ettari di vigneto", ppr='<w:jc w:val="center"/>', rpr=I)
     + P("MONTECORVO, 28 agosto 2026 \u2013 Da quest\u2019anno Cantina Serravalle raccoglie l\u2019uva bianca solo "
         "di notte, quando la temperatura scende sotto i 18 gradi.")
     + P("Le squadre lavorano con lampade frontali e l\u2019uva arriva in cantina in meno di un\u2019ora.")
     + para(run("A proposito di Cantina Serravalle", B) + run(" \u2013 Cantina Serravalle è un\u2019azienda "
            "vitivinicola a conduzione familiare sulle colline di Montecorvo."))
     + P("Produce 250.000 bottiglie l\u2019anno, per metà esportate.")
     + P("Contatti stampa: Lorenzo Pezzali, ufficiostampa@cantinaserravalle.example"),
     "expect": E("it", "Cantina Serravalle vendemmia di notte per salvare gli aromi",
                 "Raccolta tra le due e le otto del mattino in 40 ettari di vigneto", "MONTECORVO", "2026-08-28",
                 ["Da quest\u2019anno Cantina Serravalle raccoglie l\u2019uva bianca solo di notte, quando la "
                  "temperatura scende sotto i 18 gradi.",
                  "Le squadre lavorano con lampade frontali e l\u2019uva arriva in cantina in meno di un\u2019ora."],
                 ["Cantina Serravalle è un\u2019azienda vitivinicola a conduzione familiare sulle colline di "
                  "Montecorvo.",
                  "Produce 250.000 bottiglie l\u2019anno, per metà esportate."],
                 ["ufficiostampa@cantinaserravalle.example"])},

    # nl-01: Subtitle; About heading in a custom paragraph style with a colon.
    {"id": "e15-nl-01", "note": "Title and Subtitle styles. About heading 'Over Zeeland Fietswerk:' in a "
     "template's own paragraph style 'Boilerplatekop' (bold, no outline level, not a heading style), one "
     "paragraph after it in the style 'Boilerplate'; contact after.",
     "body": P("Zeeland Fietswerk opent werkplaats voor bakfietsen in Veerhaven", "Title")
     + P("Reparaties binnen twee dagen", "Subtitle")
     + P("VEERHAVEN, 4 november 2026 \u2013 Zeeland Fietswerk opent op 1 december een werkplaats die alleen "
         "bakfietsen en fietsen met een aanhanger repareert.")
     + P("De werkplaats aan de Kaaistraat heeft plaats voor twintig fietsen tegelijk en leent klanten een "
         "vervangende bakfiets.")
     + P("Over Zeeland Fietswerk:", "Boilerplatekop")
     + P("Zeeland Fietswerk verkoopt en repareert sinds 2009 fietsen in vier winkels op de Zeeuwse eilanden.",
         "Boilerplate")
     + P("Persinformatie: Maartje Verhoeckx, pers@zeelandfietswerk.example"),
     "styles": [style("Boilerplatekop", "Boilerplate kop", ppr='<w:spacing w:before="240" w:after="60"/>',
                      rpr='<w:b/><w:color w:val="1F3864"/>'),
                style("Boilerplate", "Boilerplate", rpr='<w:sz w:val="18"/>')],
     "expect": E("nl", "Zeeland Fietswerk opent werkplaats voor bakfietsen in Veerhaven", "Reparaties binnen twee dagen",
                 "VEERHAVEN", "2026-11-04",
                 ["Zeeland Fietswerk opent op 1 december een werkplaats die alleen bakfietsen en fietsen met een "
                  "aanhanger repareert.",
                  "De werkplaats aan de Kaaistraat heeft plaats voor twintig fietsen tegelijk en leent klanten een "
                  "vervangende bakfiets."],
                 ["Zeeland Fietswerk verkoopt en repareert sinds 2009 fietsen in vier winkels op de Zeeuwse "
                  "eilanden."],
                 ["pers@zeelandfietswerk.example"])},

    # nl-02: title in the page header; bulleted summary; About in a text box.
    {"id": "e15-nl-02", "note": "The title only in the page header (bold 16 pt, the header of the one-page "
     "release), the body opening with a bulleted summary (body entries, no subheadline) and the dateline "
     "paragraph; the About section in a text box (DrawingML with VML fallback) anchored in the last paragraph: "
     "'Over Stichting Duinwacht' bold, one paragraph.",
     "furniture": [("header", P("Stichting Duinwacht telt recordaantal broedende plevieren", rpr=B + sz(32)))],
     "body": P("Tweehonderd broedparen op het strand van Westerzand", ppr=NUM(1))
     + P("Afgezette zones werken", ppr=NUM(1))
     + P("WESTERZAND, 15 juli 2026 \u2013 Vrijwilligers van Stichting Duinwacht telden dit voorjaar 212 "
         "broedparen van de strandplevier, het hoogste aantal sinds 1990.")
     + P("De stichting zette in maart twaalf stukken strand af met touw en borden.")
     + para(run("Pers: Joost Dijkgraaf, pers@duinwacht.example")
            + alt_box(P("Over Stichting Duinwacht", rpr=B)
                      + P("Stichting Duinwacht beschermt met 350 vrijwilligers de duinen en stranden tussen "
                          "Westerzand en Kaaghoek."))),
     "expect": E("nl", "Stichting Duinwacht telt recordaantal broedende plevieren", None, "WESTERZAND", "2026-07-15",
                 ["Tweehonderd broedparen op het strand van Westerzand",
                  "Afgezette zones werken",
                  "Vrijwilligers van Stichting Duinwacht telden dit voorjaar 212 broedparen van de strandplevier, "
                  "het hoogste aantal sinds 1990.",
                  "De stichting zette in maart twaalf stukken strand af met touw en borden."],
                 ["Stichting Duinwacht beschermt met 350 vrijwilligers de duinen en stranden tussen Westerzand en "
                  "Kaaghoek."],
                 ["pers@duinwacht.example"])},

    # pt-01: bulleted summary; ###; About in a one-cell table with a Heading 3.
    {"id": "e15-pt-01", "note": "Bold 18 pt title, then a bulleted summary of three points (body, no "
     "subheadline). '###' closes the body; the About section in a one-cell table, its heading 'Sobre a "
     "Lusomar' in Heading 3 inside the cell, two paragraphs.",
     "body": P("Lusomar inaugura fábrica de redes recicladas em Vila Nova de Aramo", rpr=B + sz(36))
     + P("Investimento de 12 milhões de euros", ppr=NUM(1))
     + P("85 novos postos de trabalho", ppr=NUM(1))
     + P("Redes feitas de plástico recolhido nos portos", ppr=NUM(1))
     + P("VILA NOVA DE ARAMO, 19 de maio de 2026 \u2013 A Lusomar inaugurou hoje a sua fábrica de redes de pesca "
         "feitas com plástico reciclado.")
     + P("A fábrica vai transformar 4.000 toneladas de redes velhas por ano.")
     + P("###", ppr='<w:jc w:val="center"/>')
     + table([[P("Sobre a Lusomar", "Heading3")
               + P("A Lusomar é uma empresa portuguesa de equipamento de pesca fundada em 1974.")
               + P("Tem sede em Vila Nova de Aramo e clientes em 30 países.")]])
     + P("Contacto para a imprensa: Beatriz Quaresma, imprensa@lusomar.example"),
     "styles": [style("Heading3", "heading 3", ppr='<w:keepNext/><w:outlineLvl w:val="2"/>',
                      rpr='<w:b/><w:sz w:val="24"/>')],
     "expect": E("pt", "Lusomar inaugura fábrica de redes recicladas em Vila Nova de Aramo", None,
                 "VILA NOVA DE ARAMO", "2026-05-19",
                 ["Investimento de 12 milhões de euros", "85 novos postos de trabalho",
                  "Redes feitas de plástico recolhido nos portos",
                  "A Lusomar inaugurou hoje a sua fábrica de redes de pesca feitas com plástico reciclado.",
                  "A fábrica vai transformar 4.000 toneladas de redes velhas por ano."],
                 ["A Lusomar é uma empresa portuguesa de equipamento de pesca fundada em 1974.",
                  "Tem sede em Vila Nova de Aramo e clientes em 30 países."],
                 ["imprensa@lusomar.example"])},

    # pt-02: bold deck; contacts block; continuous section break; About in
    # Heading 2 shown in capitals by w:caps.
    {"id": "e15-pt-02", "note": "Title style; a short bold line in the body's size as deck (subheadline). "
     "Contacts after the body; a continuous section break; the About heading 'Sobre a Quinta do Vale Escuro' "
     "in Heading 2 with w:caps (shown in capitals, stored in mixed case), one paragraph.",
     "body": P("Quinta do Vale Escuro abre centro de visitas no Douro", "Title")
     + P("Provas, loja e passeios pela vinha", rpr=B)
     + P("PESO DA FONTELA, 3 de abril de 2026 \u2013 A Quinta do Vale Escuro abre no sábado um centro de "
         "visitas junto à sua adega de 1880.")
     + P("Os visitantes podem provar seis vinhos e seguir um percurso de dois quilómetros entre socalcos.")
     + P("Contactos de imprensa", rpr=B)
     + section_break("continuous", run("Leonor Brandão | comunicacao@valeescuro.example"))
     + P("Sobre a Quinta do Vale Escuro", "Heading2", rpr=CAPS)
     + P("A Quinta do Vale Escuro produz vinho do Porto e vinhos do Douro desde 1880 e pertence à família "
         "Sarmento."),
     "expect": E("pt", "Quinta do Vale Escuro abre centro de visitas no Douro", "Provas, loja e passeios pela vinha",
                 "PESO DA FONTELA", "2026-04-03",
                 ["A Quinta do Vale Escuro abre no sábado um centro de visitas junto à sua adega de 1880.",
                  "Os visitantes podem provar seis vinhos e seguir um percurso de dois quilómetros entre socalcos."],
                 ["A Quinta do Vale Escuro produz vinho do Porto e vinhos do Douro desde 1880 e pertence à família "
                  "Sarmento."],
                 ["comunicacao@valeescuro.example"])},

    # da-01: title in the page header; About as a bold run with a colon.
    {"id": "e15-da-01", "note": "The title only in the page header (Title style there); the body opens with "
     "the dateline paragraph. The About section one paragraph opened by the bold run 'Om Fjordlys Energi:' "
     "(Danish 'about'), a contact line before it.",
     "furniture": [("header", P("Fjordlys Energi bygger havvindmøller ved Skarø Rev", "Title"))],
     "body": P("SKARØBY, 12. marts 2026 \u2013 Fjordlys Energi vil opstille 24 vindmøller på Skarø Rev, otte "
               "kilometer fra kysten.")
     + P("Møllerne skal levere strøm til 180.000 husstande fra 2029.")
     + P("Kontakt: Mette Kjærgaard, presse@fjordlys.example")
     + para(run("Om Fjordlys Energi:", B) + run(" Fjordlys Energi er et andelsselskab ejet af 9.000 husstande i "
            "Skarø Kommune.")),
     "expect": E("da", "Fjordlys Energi bygger havvindmøller ved Skarø Rev", None, "SKARØBY", "2026-03-12",
                 ["Fjordlys Energi vil opstille 24 vindmøller på Skarø Rev, otte kilometer fra kysten.",
                  "Møllerne skal levere strøm til 180.000 husstande fra 2029."],
                 ["Fjordlys Energi er et andelsselskab ejet af 9.000 husstande i Skarø Kommune."],
                 ["presse@fjordlys.example"])},

    # pl-01: title in a table cell (Title style); italic deck; About in a VML text box.
    {"id": "e15-pl-01", "note": "A bordered one-row table: the logo text 'WISŁOMET' and the Title-styled "
     "title in its second cell; an italic deck under the table (subheadline); the About section in a VML "
     "text box after the body, 'O spółce Wisłomet' bold and one paragraph.",
     "body": table([[P("WISŁOMET", rpr=B), P("Wisłomet otwiera centrum serwisowe w Borowie Nadrzecznym", "Title")]])
     + P("Pierwsze naprawy tramwajów już w czerwcu", rpr=I)
     + P("BORÓW NADRZECZNY, 6 maja 2026 r. \u2013 Wisłomet otworzył halę serwisową dla tramwajów i pociągów "
         "regionalnych.")
     + P("W hali pracuje 120 osób na dwóch zmianach.")
     + P("Kontakt dla mediów: Zofia Kędzierska, media@wislomet.example")
     + para(vml_box(P("O spółce Wisłomet", rpr=B)
                    + P("Wisłomet produkuje i naprawia pojazdy szynowe od 1952 roku."))),
     "expect": E("pl", "Wisłomet otwiera centrum serwisowe w Borowie Nadrzecznym",
                 "Pierwsze naprawy tramwajów już w czerwcu", "BORÓW NADRZECZNY", "2026-05-06",
                 ["Wisłomet otworzył halę serwisową dla tramwajów i pociągów regionalnych.",
                  "W hali pracuje 120 osób na dwóch zmianach."],
                 ["Wisłomet produkuje i naprawia pojazdy szynowe od 1952 roku."],
                 ["media@wislomet.example"])},
]
