# The releases of tests/eval28 (read by make.py): invented organisations,
# people and towns, each an abstract block list (tests/eval27/releases.py's
# blocks, and ("pagebreak",), ("rtl", text), ("rtl_b", text), ("rtl_big",
# text) for Arabic) that make.py writes as DOCX, as plain text and as the
# DOCX's PDF export. What they probe is how a release ENDS: About headings
# with no About word, About text in the page footer, boilerplate after the
# end mark, notes to editors, several About sections in a row, About in
# table cells and text boxes, the heading a bold run opening its text. The
# gold ("expect") was written with the blocks, before pressmill was run on
# them; "about" lists the About sections' paragraphs, never their headings.


def E(lang, headline, sub, loc, date, body, about, emails):
    return {"language": lang, "headline": headline, "subheadline": sub,
            "dateline": {"location": loc, "date": date}, "date": date,
            "body": body, "about": about, "emails": emails}


RELEASES = [
    {"id": "e28-en-01",
     "note": "Typed in Word: the end mark ###, then the boilerplate under a bold heading in capitals that names the "
     "body's kind, not the body (THE FOUNDATION), then the media contact.",
     "blocks": [("big", "Harlow Beck Foundation funds forty village halls to fit heat pumps"),
                ("p", "KIRKBRIDGE, 14 April 2026 \u2013 The Harlow Beck Foundation will pay for air-source heat pumps "
                 "in forty village halls across the dales over the next two years."),
                ("p", "Each hall can apply for up to \u00a338,000, which also covers insulation of the roof and new "
                 "radiators where the old ones are too small."),
                ("p", "\u201cA village hall is the warmest room in the village or it is nothing,\u201d said Ruth "
                 "Ellerby, the foundation's director."),
                ("p", "Applications open on 1 May and close on 30 June."),
                ("p", "###"),
                ("b", "THE FOUNDATION"),
                ("p", "The Harlow Beck Foundation is a grant-making charity set up in 1974 by the Beck family "
                 "that supports rural communities in the northern dales."),
                ("p", "Media contact: Tom Askrigg, tom.askrigg@harlowbeck.example")],
     "expect": E("en", "Harlow Beck Foundation funds forty village halls to fit heat pumps", None, "KIRKBRIDGE",
                 "2026-04-14",
                 ["The Harlow Beck Foundation will pay for air-source heat pumps in forty village halls across the "
                  "dales over the next two years.",
                  "Each hall can apply for up to \u00a338,000, which also covers insulation of the roof and new "
                  "radiators where the old ones are too small.",
                  "\u201cA village hall is the warmest room in the village or it is nothing,\u201d said Ruth Ellerby, "
                  "the foundation's director.",
                  "Applications open on 1 May and close on 30 June."],
                 ["The Harlow Beck Foundation is a grant-making charity set up in 1974 by the Beck family that "
                  "supports rural communities in the northern dales."],
                 ["tom.askrigg@harlowbeck.example"])},

    {"id": "e28-en-02",
     "note": "Typed in Word: -ENDS-, then 'Notes to editors' holding two About sections of partner organisations, "
     "each heading a bold run opening its own paragraph ('About Quillon Robotics:' then the text).",
     "blocks": [("big", "Quillon Robotics and the Marsh Institute test a weeding robot on fenland farms"),
                ("p", "ELYSTOW, 2 March 2026 \u2013 Quillon Robotics and the Marsh Institute will run a weeding robot "
                 "on six fenland vegetable farms this summer to see whether it can replace herbicide on onions and "
                 "carrots."),
                ("p", "The robot finds weeds with a camera and pulls them with a small steel finger, working through "
                 "the night on a battery charged by the farm's solar panels."),
                ("p", "\u201cOnions are the crop where weeds cost the most,\u201d said Dr Priya Holloway of the Marsh "
                 "Institute."),
                ("p", "-ENDS-"),
                ("b", "Notes to editors"),
                ("p", "**About Quillon Robotics:** Quillon Robotics is a company based in Cambridge that builds "
                 "small field robots for vegetable growers."),
                ("p", "**About the Marsh Institute:** The Marsh Institute is an agricultural research centre founded "
                 "in 1931 that studies the crops and soils of the fens."),
                ("p", "Press office: Dan Tebbutt, press@quillon.example")],
     "expect": E("en", "Quillon Robotics and the Marsh Institute test a weeding robot on fenland farms", None,
                 "ELYSTOW", "2026-03-02",
                 ["Quillon Robotics and the Marsh Institute will run a weeding robot on six fenland vegetable farms "
                  "this summer to see whether it can replace herbicide on onions and carrots.",
                  "The robot finds weeds with a camera and pulls them with a small steel finger, working through the "
                  "night on a battery charged by the farm's solar panels.",
                  "\u201cOnions are the crop where weeds cost the most,\u201d said Dr Priya Holloway of the Marsh "
                  "Institute."],
                 ["Quillon Robotics is a company based in Cambridge that builds small field robots for vegetable "
                  "growers.",
                  "The Marsh Institute is an agricultural research centre founded in 1931 that studies the crops and "
                  "soils of the fens."],
                 ["press@quillon.example"])},

    {"id": "e28-en-03",
     "note": "Built from a template: the company profile (heading 'Company profile' and its text) in the page "
     "footer part, so the PDF prints it at the foot of both pages; the body runs over a page break; the contact "
     "the body's last line.",
     "footer": ["**Company profile**",
                "Tessaly Water supplies drinking water to 480,000 people in the Tessaly valley and treats their "
                "waste water at nine works."],
     "blocks": [("big", "Tessaly Water starts relining the Pennock aqueduct"),
                ("i", "The nineteenth-century tunnel will be shut for eleven weeks"),
                ("p", "PENNOCK, 20 May 2026 \u2013 Tessaly Water will shut the Pennock aqueduct on 1 June to reline "
                 "the brick tunnel that has carried water from the hill reservoirs to the town since 1868."),
                ("p", "While the tunnel is shut, the town will be supplied from the river intake at Lowgill and from "
                 "two boreholes that were brought back into use last winter."),
                ("p", "Engineers found cracks in three places during an inspection by drone in 2024. The new lining "
                 "is a glass-fibre sleeve that is pulled through the tunnel and hardened with ultraviolet light."),
                ("pagebreak",),
                ("p", "\u201cCustomers should notice nothing at the tap,\u201d said Helen Marwood, the company's "
                 "operations director."),
                ("p", "The work costs \u00a34.6 million and is part of the company's five-year investment plan."),
                ("p", "Media enquiries: press@tessalywater.example")],
     "expect": E("en", "Tessaly Water starts relining the Pennock aqueduct",
                 "The nineteenth-century tunnel will be shut for eleven weeks", "PENNOCK", "2026-05-20",
                 ["Tessaly Water will shut the Pennock aqueduct on 1 June to reline the brick tunnel that has "
                  "carried water from the hill reservoirs to the town since 1868.",
                  "While the tunnel is shut, the town will be supplied from the river intake at Lowgill and from two "
                  "boreholes that were brought back into use last winter.",
                  "Engineers found cracks in three places during an inspection by drone in 2024. The new lining is a "
                  "glass-fibre sleeve that is pulled through the tunnel and hardened with ultraviolet light.",
                  "\u201cCustomers should notice nothing at the tap,\u201d said Helen Marwood, the company's "
                  "operations director.",
                  "The work costs \u00a34.6 million and is part of the company's five-year investment plan."],
                 ["Tessaly Water supplies drinking water to 480,000 people in the Tessaly valley and treats their "
                  "waste water at nine works."],
                 ["press@tessalywater.example"])},

    {"id": "e28-de-01",
     "note": "Typed in Word: the end mark '\u2013 Ende \u2013', then the boilerplate under the bold heading "
     "'Kurzprofil', then the press contact.",
     "blocks": [("big", "Stadtwerke Auenfeld bauen Fernw\u00e4rmenetz in der Altstadt aus"),
                ("p", "Auenfeld, 11. M\u00e4rz 2026 \u2013 Die Stadtwerke Auenfeld verlegen bis Ende 2027 neue "
                 "Fernw\u00e4rmeleitungen durch die Altstadt und schlie\u00dfen 260 Geb\u00e4ude an."),
                ("p", "Die W\u00e4rme kommt aus der Abw\u00e4rme der Papierfabrik am Kanal und aus einem "
                 "W\u00e4rmespeicher, der im Sommer am Hafen gebaut wird."),
                ("p", "\u201eDie Altstadt hat keinen Platz f\u00fcr W\u00e4rmepumpen im Hof\u201c, sagte "
                 "Gesch\u00e4ftsf\u00fchrerin Anke Dorsemann."),
                ("p", "\u2013 Ende \u2013"),
                ("b", "Kurzprofil"),
                ("p", "Die Stadtwerke Auenfeld GmbH versorgt 54.000 Einwohner mit Strom, Gas, W\u00e4rme und "
                 "Wasser und betreibt das Hallenbad der Stadt."),
                ("p", "Pressekontakt: Jens Wohlfahrt, presse@stadtwerke-auenfeld.example")],
     "expect": E("de", "Stadtwerke Auenfeld bauen Fernw\u00e4rmenetz in der Altstadt aus", None, "Auenfeld",
                 "2026-03-11",
                 ["Die Stadtwerke Auenfeld verlegen bis Ende 2027 neue Fernw\u00e4rmeleitungen durch die Altstadt "
                  "und schlie\u00dfen 260 Geb\u00e4ude an.",
                  "Die W\u00e4rme kommt aus der Abw\u00e4rme der Papierfabrik am Kanal und aus einem "
                  "W\u00e4rmespeicher, der im Sommer am Hafen gebaut wird.",
                  "\u201eDie Altstadt hat keinen Platz f\u00fcr W\u00e4rmepumpen im Hof\u201c, sagte "
                  "Gesch\u00e4ftsf\u00fchrerin Anke Dorsemann."],
                 ["Die Stadtwerke Auenfeld GmbH versorgt 54.000 Einwohner mit Strom, Gas, W\u00e4rme und Wasser "
                  "und betreibt das Hallenbad der Stadt."],
                 ["presse@stadtwerke-auenfeld.example"])},

    {"id": "e28-de-02",
     "note": "Built from a template: 'Hinweis f\u00fcr Redaktionen', then the two partners' About sections side by "
     "side in a borderless two-cell table, each cell its heading ('\u00dcber \u2026') and its text.",
     "blocks": [("big", "Hochschule Wendorf und Verkehrsbetriebe Kellbach testen Rufbus auf dem Land"),
                ("p", "Kellbach, 8. April 2026 \u2013 Ab Mai f\u00e4hrt in zw\u00f6lf D\u00f6rfern rund um Kellbach "
                 "ein Rufbus, den Fahrg\u00e4ste bis eine Stunde vor der Fahrt per App oder Telefon bestellen."),
                ("p", "Die Hochschule Wendorf wertet zwei Jahre lang aus, wer den Bus nutzt und welche Fahrten "
                 "sich b\u00fcndeln lassen."),
                ("p", "\u201eEin leerer Linienbus hilft niemandem\u201c, sagte Professorin Katrin Obermeier."),
                ("b", "Hinweis f\u00fcr Redaktionen"),
                ("tbl", [["\u00dcber die Verkehrsbetriebe Kellbach",
                          "Die Verkehrsbetriebe Kellbach betreiben 31 Buslinien im Landkreis und bef\u00f6rdern "
                          "jedes Jahr 6,5 Millionen Fahrg\u00e4ste."],
                         ["\u00dcber die Hochschule Wendorf",
                          "Die Hochschule Wendorf ist eine Hochschule f\u00fcr angewandte Wissenschaften mit 4.800 "
                          "Studierenden in Technik, Wirtschaft und Sozialem."]]),
                ("p", "Pressekontakt: Mara Ilgner, presse@vb-kellbach.example")],
     "expect": E("de", "Hochschule Wendorf und Verkehrsbetriebe Kellbach testen Rufbus auf dem Land", None,
                 "Kellbach", "2026-04-08",
                 ["Ab Mai f\u00e4hrt in zw\u00f6lf D\u00f6rfern rund um Kellbach ein Rufbus, den Fahrg\u00e4ste bis "
                  "eine Stunde vor der Fahrt per App oder Telefon bestellen.",
                  "Die Hochschule Wendorf wertet zwei Jahre lang aus, wer den Bus nutzt und welche Fahrten sich "
                  "b\u00fcndeln lassen.",
                  "\u201eEin leerer Linienbus hilft niemandem\u201c, sagte Professorin Katrin Obermeier."],
                 ["Die Verkehrsbetriebe Kellbach betreiben 31 Buslinien im Landkreis und bef\u00f6rdern jedes Jahr "
                  "6,5 Millionen Fahrg\u00e4ste.",
                  "Die Hochschule Wendorf ist eine Hochschule f\u00fcr angewandte Wissenschaften mit 4.800 "
                  "Studierenden in Technik, Wirtschaft und Sozialem."],
                 ["presse@vb-kellbach.example"])},

    {"id": "e28-fr-01",
     "note": "Typed in Word: the end mark '\u00ab Fin \u00bb', then the boilerplate with no heading (the "
     "association's name, its verb and article), then the press contact.",
     "blocks": [("big", "La Maison de l'Estuaire ouvre un observatoire des oiseaux \u00e0 Saint-Brivan"),
                ("p", "Saint-Brivan, le 23 avril 2026 \u2013 La Maison de l'Estuaire inaugure samedi un observatoire "
                 "en bois sur la digue de Saint-Brivan, d'o\u00f9 l'on voit les vasi\u00e8res \u00e0 mar\u00e9e "
                 "basse."),
                ("p", "L'observatoire est ouvert tous les jours et accessible en fauteuil roulant. Des "
                 "b\u00e9n\u00e9voles y accueillent le public le week-end avec des longues-vues."),
                ("p", "\u00ab On compte ici jusqu'\u00e0 vingt mille bernaches en f\u00e9vrier \u00bb, explique "
                 "Ga\u00eblle Quiniou, animatrice nature."),
                ("p", "\u00ab Fin \u00bb"),
                ("p", "La Maison de l'Estuaire est une association d'\u00e9ducation \u00e0 l'environnement "
                 "cr\u00e9\u00e9e en 1989 qui accueille chaque ann\u00e9e 9 000 \u00e9l\u00e8ves."),
                ("p", "Contact presse : Yann Le Goff \u2013 presse@maison-estuaire.example")],
     "expect": E("fr", "La Maison de l'Estuaire ouvre un observatoire des oiseaux \u00e0 Saint-Brivan", None,
                 "Saint-Brivan", "2026-04-23",
                 ["La Maison de l'Estuaire inaugure samedi un observatoire en bois sur la digue de Saint-Brivan, "
                  "d'o\u00f9 l'on voit les vasi\u00e8res \u00e0 mar\u00e9e basse.",
                  "L'observatoire est ouvert tous les jours et accessible en fauteuil roulant. Des b\u00e9n\u00e9voles "
                  "y accueillent le public le week-end avec des longues-vues.",
                  "\u00ab On compte ici jusqu'\u00e0 vingt mille bernaches en f\u00e9vrier \u00bb, explique "
                  "Ga\u00eblle Quiniou, animatrice nature."],
                 ["La Maison de l'Estuaire est une association d'\u00e9ducation \u00e0 l'environnement "
                  "cr\u00e9\u00e9e en 1989 qui accueille chaque ann\u00e9e 9 000 \u00e9l\u00e8ves."],
                 ["presse@maison-estuaire.example"])},

    {"id": "e28-fr-02",
     "note": "Built from a template: the About under 'Qui sommes-nous ?' in the page footer part (the PDF prints "
     "it at the page's foot); the contact the body's last line; the deck in italics.",
     "footer": ["**Qui sommes-nous ?**",
                "La R\u00e9gie des transports de Valmorel exploite les bus et le t\u00e9l\u00e9ph\u00e9rique de "
                "l'agglom\u00e9ration de Valmorel, soit 24 lignes et 41 millions de voyages par an."],
     "blocks": [("big", "Valmorel passe ses bus de nuit au quart d'heure"),
                ("i", "Trois lignes de nuit desserviront les quartiers sud d\u00e8s septembre"),
                ("p", "Valmorel, le 2 juin 2026 \u2013 La R\u00e9gie des transports de Valmorel fera passer un bus "
                 "de nuit tous les quarts d'heure entre minuit et deux heures du matin sur ses trois lignes de "
                 "nuit \u00e0 partir du 1er septembre."),
                ("p", "Les \u00e9tudiants et les salari\u00e9s des h\u00f4pitaux, qui travaillent en horaires "
                 "d\u00e9cal\u00e9s, sont les premiers usagers de ces lignes."),
                ("p", "Contact presse : presse@regie-valmorel.example")],
     "expect": E("fr", "Valmorel passe ses bus de nuit au quart d'heure",
                 "Trois lignes de nuit desserviront les quartiers sud d\u00e8s septembre", "Valmorel", "2026-06-02",
                 ["La R\u00e9gie des transports de Valmorel fera passer un bus de nuit tous les quarts d'heure entre "
                  "minuit et deux heures du matin sur ses trois lignes de nuit \u00e0 partir du 1er septembre.",
                  "Les \u00e9tudiants et les salari\u00e9s des h\u00f4pitaux, qui travaillent en horaires "
                  "d\u00e9cal\u00e9s, sont les premiers usagers de ces lignes."],
                 ["La R\u00e9gie des transports de Valmorel exploite les bus et le t\u00e9l\u00e9ph\u00e9rique de "
                  "l'agglom\u00e9ration de Valmorel, soit 24 lignes et 41 millions de voyages par an."],
                 ["presse@regie-valmorel.example"])},

    {"id": "e28-es-01",
     "note": "Typed in Word: the end mark '- FIN -', then the About in a text box (wps:txbx with the same text again "
     "in the VML fallback) under the heading 'Qui\u00e9nes somos' inside the box; the contact the last line.",
     "blocks": [("big", "La Fundaci\u00f3n Serrabona abre una escuela de pastores en Valdecerro"),
                ("p", "Valdecerro, 16 de febrero de 2026 \u2013 La Fundaci\u00f3n Serrabona abrir\u00e1 en "
                 "septiembre una escuela de pastores en Valdecerro con doce plazas por curso y alojamiento en el "
                 "pueblo."),
                ("p", "Los alumnos pasar\u00e1n la mitad del curso en ganader\u00edas de la sierra, con ovejas y "
                 "cabras de razas aut\u00f3ctonas."),
                ("p", "\u00abSin pastores no hay pastos, y sin pastos arde el monte\u00bb, dijo la directora, "
                 "Amparo Villaluenga."),
                ("p", "- FIN -"),
                ("txbx", ["**Qui\u00e9nes somos**",
                          "La Fundaci\u00f3n Serrabona trabaja desde 2008 para mantener vivos los pueblos de la "
                          "sierra con proyectos de empleo, vivienda y escuela."], 20),
                ("p", "Prensa: prensa@fundacionserrabona.example")],
     "expect": E("es", "La Fundaci\u00f3n Serrabona abre una escuela de pastores en Valdecerro", None, "Valdecerro",
                 "2026-02-16",
                 ["La Fundaci\u00f3n Serrabona abrir\u00e1 en septiembre una escuela de pastores en Valdecerro con "
                  "doce plazas por curso y alojamiento en el pueblo.",
                  "Los alumnos pasar\u00e1n la mitad del curso en ganader\u00edas de la sierra, con ovejas y cabras "
                  "de razas aut\u00f3ctonas.",
                  "\u00abSin pastores no hay pastos, y sin pastos arde el monte\u00bb, dijo la directora, Amparo "
                  "Villaluenga."],
                 ["La Fundaci\u00f3n Serrabona trabaja desde 2008 para mantener vivos los pueblos de la sierra con "
                  "proyectos de empleo, vivienda y escuela."],
                 ["prensa@fundacionserrabona.example"])},

    {"id": "e28-it-01",
     "note": "Typed in Word: two About sections in a row, 'Chi siamo' for the issuer and the partner's under a "
     "heading in capitals naming its kind ('LA FONDAZIONE'), then the press office.",
     "blocks": [("big", "La Cooperativa Valtorre e la Fondazione Arnaldi riaprono il mulino di Pievelunga"),
                ("p", "Pievelunga, 9 maggio 2026 \u2013 Il mulino ad acqua di Pievelunga torna a macinare dopo "
                 "quarant'anni grazie alla Cooperativa Valtorre e alla Fondazione Arnaldi."),
                ("p", "Il mulino maciner\u00e0 il grano e le castagne dei soci della cooperativa e sar\u00e0 aperto "
                 "alle scuole due giorni alla settimana."),
                ("p", "\u00abLe macine erano ancora al loro posto, bastava ridare l'acqua\u00bb, ha detto la "
                 "presidente Lucia Bertagni."),
                ("b", "Chi siamo"),
                ("p", "La Cooperativa Valtorre riunisce 85 agricoltori della valle e vende farine, castagne e "
                 "legumi in tre botteghe."),
                ("b", "LA FONDAZIONE"),
                ("p", "La Fondazione Arnaldi sostiene dal 1996 il recupero degli edifici rurali storici "
                 "dell'Appennino."),
                ("p", "Ufficio stampa: stampa@coopvaltorre.example")],
     "expect": E("it", "La Cooperativa Valtorre e la Fondazione Arnaldi riaprono il mulino di Pievelunga", None,
                 "Pievelunga", "2026-05-09",
                 ["Il mulino ad acqua di Pievelunga torna a macinare dopo quarant'anni grazie alla Cooperativa "
                  "Valtorre e alla Fondazione Arnaldi.",
                  "Il mulino maciner\u00e0 il grano e le castagne dei soci della cooperativa e sar\u00e0 aperto alle "
                  "scuole due giorni alla settimana.",
                  "\u00abLe macine erano ancora al loro posto, bastava ridare l'acqua\u00bb, ha detto la presidente "
                  "Lucia Bertagni."],
                 ["La Cooperativa Valtorre riunisce 85 agricoltori della valle e vende farine, castagne e legumi in "
                  "tre botteghe.",
                  "La Fondazione Arnaldi sostiene dal 1996 il recupero degli edifici rurali storici "
                  "dell'Appennino."],
                 ["stampa@coopvaltorre.example"])},

    {"id": "e28-nl-01",
     "note": "Built from a template: 'Einde persbericht', then the About in a one-cell bordered box, its heading "
     "'Over ons' inside the box above two paragraphs, then 'Noot voor de redactie' with the contact.",
     "blocks": [("big", "Zorgboerderij De Kempenaar opent tweede locatie in Oostervelde"),
                ("p", "Oostervelde, 12 maart 2026 \u2013 Zorgboerderij De Kempenaar opent in juni een tweede "
                 "boerderij in Oostervelde, waar twintig mensen met dementie overdag kunnen meewerken."),
                ("p", "De deelnemers verzorgen kippen en geiten, werken in de moestuin en eten samen met de boer "
                 "en zijn gezin."),
                ("p", "\u201eHier is iedereen gewoon een collega\u201d, zegt eigenaar Bram Hulsewe."),
                ("p", "Einde persbericht"),
                ("box", ["**Over ons**",
                         "Zorgboerderij De Kempenaar is een familiebedrijf dat sinds 2011 dagbesteding biedt op "
                         "een melkveebedrijf in de Kempen.",
                         "Het bedrijf werkt samen met twaalf huisartsen en de gemeente."]),
                ("p", "Noot voor de redactie: voor meer informatie Lotte Verhagen, pers@dekempenaar.example")],
     "expect": E("nl", "Zorgboerderij De Kempenaar opent tweede locatie in Oostervelde", None, "Oostervelde",
                 "2026-03-12",
                 ["Zorgboerderij De Kempenaar opent in juni een tweede boerderij in Oostervelde, waar twintig "
                  "mensen met dementie overdag kunnen meewerken.",
                  "De deelnemers verzorgen kippen en geiten, werken in de moestuin en eten samen met de boer en zijn "
                  "gezin.",
                  "\u201eHier is iedereen gewoon een collega\u201d, zegt eigenaar Bram Hulsewe."],
                 ["Zorgboerderij De Kempenaar is een familiebedrijf dat sinds 2011 dagbesteding biedt op een "
                  "melkveebedrijf in de Kempen.",
                  "Het bedrijf werkt samen met twaalf huisartsen en de gemeente."],
                 ["pers@dekempenaar.example"])},

    {"id": "e28-pt-01",
     "note": "Typed in Word: 'Sobre n\u00f3s' for the issuer, then the partner's section 'Sobre a C\u00e2mara "
     "Municipal de Arrifana' right under it, then the press contact.",
     "blocks": [("big", "Associa\u00e7\u00e3o Rio Vivo limpa 12 quil\u00f3metros das margens do Ca\u00edma"),
                ("p", "Arrifana, 18 de mar\u00e7o de 2026 \u2013 A Associa\u00e7\u00e3o Rio Vivo e a C\u00e2mara "
                 "Municipal de Arrifana retiraram este fim de semana quatro toneladas de lixo das margens do rio "
                 "Ca\u00edma."),
                ("p", "Participaram 230 volunt\u00e1rios, entre eles turmas inteiras das escolas secund\u00e1rias "
                 "do concelho."),
                ("p", "\u201cO rio \u00e9 de todos e a limpeza tamb\u00e9m\u201d, disse a presidente da "
                 "associa\u00e7\u00e3o, Filipa Mour\u00e3o."),
                ("b", "Sobre n\u00f3s"),
                ("p", "A Associa\u00e7\u00e3o Rio Vivo \u00e9 uma organiza\u00e7\u00e3o de volunt\u00e1rios que "
                 "cuida dos rios do distrito desde 2015."),
                ("b", "Sobre a C\u00e2mara Municipal de Arrifana"),
                ("p", "A C\u00e2mara Municipal de Arrifana serve 38 mil habitantes e gere os parques e as margens "
                 "fluviais do concelho."),
                ("p", "Contacto de imprensa: imprensa@riovivo.example")],
     "expect": E("pt", "Associa\u00e7\u00e3o Rio Vivo limpa 12 quil\u00f3metros das margens do Ca\u00edma", None,
                 "Arrifana", "2026-03-18",
                 ["A Associa\u00e7\u00e3o Rio Vivo e a C\u00e2mara Municipal de Arrifana retiraram este fim de semana "
                  "quatro toneladas de lixo das margens do rio Ca\u00edma.",
                  "Participaram 230 volunt\u00e1rios, entre eles turmas inteiras das escolas secund\u00e1rias do "
                  "concelho.",
                  "\u201cO rio \u00e9 de todos e a limpeza tamb\u00e9m\u201d, disse a presidente da "
                  "associa\u00e7\u00e3o, Filipa Mour\u00e3o."],
                 ["A Associa\u00e7\u00e3o Rio Vivo \u00e9 uma organiza\u00e7\u00e3o de volunt\u00e1rios que cuida "
                  "dos rios do distrito desde 2015.",
                  "A C\u00e2mara Municipal de Arrifana serve 38 mil habitantes e gere os parques e as margens "
                  "fluviais do concelho."],
                 ["imprensa@riovivo.example"])},

    {"id": "e28-ar-01",
     "note": "Typed in Word, right to left: the end mark '\u0627\u0646\u062a\u0647\u0649', then the About under "
     "'\u0645\u0646 \u0646\u062d\u0646' (who we are), then the media contact.",
     "blocks": [("rtl_big", "\u062c\u0645\u0639\u064a\u0629 \u0648\u0627\u062d\u0629 \u0627\u0644\u0646\u062e\u064a\u0644 "
                 "\u062a\u0641\u062a\u062a\u062d \u0645\u0643\u062a\u0628\u0629 \u0644\u0644\u0623\u0637\u0641\u0627\u0644 "
                 "\u0641\u064a \u0628\u0644\u062f\u0629 \u0627\u0644\u0633\u0648\u0627\u0642\u064a"),
                ("rtl", "\u0627\u0644\u0633\u0648\u0627\u0642\u064a\u060c 10 \u0645\u0627\u0631\u0633 2026 \u2013 "
                 "\u0627\u0641\u062a\u062a\u062d\u062a \u062c\u0645\u0639\u064a\u0629 \u0648\u0627\u062d\u0629 "
                 "\u0627\u0644\u0646\u062e\u064a\u0644 \u0627\u0644\u064a\u0648\u0645 \u0645\u0643\u062a\u0628\u0629 "
                 "\u0644\u0644\u0623\u0637\u0641\u0627\u0644 \u0641\u064a \u0645\u0628\u0646\u0649 \u0627\u0644\u0633\u0648\u0642 "
                 "\u0627\u0644\u0642\u062f\u064a\u0645 \u0628\u0628\u0644\u062f\u0629 \u0627\u0644\u0633\u0648\u0627\u0642\u064a\u060c "
                 "\u062a\u0636\u0645 \u0623\u0643\u062b\u0631 \u0645\u0646 \u0633\u062a\u0629 \u0622\u0644\u0627\u0641 "
                 "\u0643\u062a\u0627\u0628."),
                ("rtl", "\u0648\u062a\u0641\u062a\u062d \u0627\u0644\u0645\u0643\u062a\u0628\u0629 "
                 "\u0623\u0628\u0648\u0627\u0628\u0647\u0627 \u0643\u0644 \u064a\u0648\u0645 \u0628\u0639\u062f "
                 "\u0627\u0644\u0638\u0647\u0631\u060c \u0648\u062a\u0646\u0638\u0645 \u0633\u0627\u0639\u0629 "
                 "\u0644\u0644\u0642\u0631\u0627\u0621\u0629 \u0627\u0644\u062c\u0645\u0627\u0639\u064a\u0629 "
                 "\u064a\u0648\u0645 \u0627\u0644\u0633\u0628\u062a."),
                ("rtl", "\u0627\u0646\u062a\u0647\u0649"),
                ("rtl_b", "\u0645\u0646 \u0646\u062d\u0646"),
                ("rtl", "\u062c\u0645\u0639\u064a\u0629 \u0648\u0627\u062d\u0629 \u0627\u0644\u0646\u062e\u064a\u0644 "
                 "\u062c\u0645\u0639\u064a\u0629 \u0623\u0647\u0644\u064a\u0629 \u062a\u0623\u0633\u0633\u062a "
                 "\u0639\u0627\u0645 2009 \u0648\u062a\u0639\u0645\u0644 \u0639\u0644\u0649 \u0646\u0634\u0631 "
                 "\u0627\u0644\u0642\u0631\u0627\u0621\u0629 \u0628\u064a\u0646 \u0627\u0644\u0623\u0637\u0641\u0627\u0644 "
                 "\u0641\u064a \u0627\u0644\u0642\u0631\u0649 \u0648\u0627\u0644\u0628\u0644\u062f\u0627\u062a "
                 "\u0627\u0644\u0635\u063a\u064a\u0631\u0629."),
                ("rtl", "\u0644\u0644\u062a\u0648\u0627\u0635\u0644 \u0627\u0644\u0625\u0639\u0644\u0627\u0645\u064a: "
                 "media@wahat-alnakheel.example")],
     "expect": E("ar", "\u062c\u0645\u0639\u064a\u0629 \u0648\u0627\u062d\u0629 \u0627\u0644\u0646\u062e\u064a\u0644 "
                 "\u062a\u0641\u062a\u062a\u062d \u0645\u0643\u062a\u0628\u0629 \u0644\u0644\u0623\u0637\u0641\u0627\u0644 "
                 "\u0641\u064a \u0628\u0644\u062f\u0629 \u0627\u0644\u0633\u0648\u0627\u0642\u064a", None,
                 "\u0627\u0644\u0633\u0648\u0627\u0642\u064a", "2026-03-10",
                 ["\u0627\u0641\u062a\u062a\u062d\u062a \u062c\u0645\u0639\u064a\u0629 \u0648\u0627\u062d\u0629 "
                  "\u0627\u0644\u0646\u062e\u064a\u0644 \u0627\u0644\u064a\u0648\u0645 \u0645\u0643\u062a\u0628\u0629 "
                  "\u0644\u0644\u0623\u0637\u0641\u0627\u0644 \u0641\u064a \u0645\u0628\u0646\u0649 \u0627\u0644\u0633\u0648\u0642 "
                  "\u0627\u0644\u0642\u062f\u064a\u0645 \u0628\u0628\u0644\u062f\u0629 \u0627\u0644\u0633\u0648\u0627\u0642\u064a\u060c "
                  "\u062a\u0636\u0645 \u0623\u0643\u062b\u0631 \u0645\u0646 \u0633\u062a\u0629 \u0622\u0644\u0627\u0641 "
                  "\u0643\u062a\u0627\u0628.",
                  "\u0648\u062a\u0641\u062a\u062d \u0627\u0644\u0645\u0643\u062a\u0628\u0629 "
                  "\u0623\u0628\u0648\u0627\u0628\u0647\u0627 \u0643\u0644 \u064a\u0648\u0645 \u0628\u0639\u062f "
                  "\u0627\u0644\u0638\u0647\u0631\u060c \u0648\u062a\u0646\u0638\u0645 \u0633\u0627\u0639\u0629 "
                  "\u0644\u0644\u0642\u0631\u0627\u0621\u0629 \u0627\u0644\u062c\u0645\u0627\u0639\u064a\u0629 "
                  "\u064a\u0648\u0645 \u0627\u0644\u0633\u0628\u062a."],
                 ["\u062c\u0645\u0639\u064a\u0629 \u0648\u0627\u062d\u0629 \u0627\u0644\u0646\u062e\u064a\u0644 "
                  "\u062c\u0645\u0639\u064a\u0629 \u0623\u0647\u0644\u064a\u0629 \u062a\u0623\u0633\u0633\u062a "
                  "\u0639\u0627\u0645 2009 \u0648\u062a\u0639\u0645\u0644 \u0639\u0644\u0649 \u0646\u0634\u0631 "
                  "\u0627\u0644\u0642\u0631\u0627\u0621\u0629 \u0628\u064a\u0646 \u0627\u0644\u0623\u0637\u0641\u0627\u0644 "
                  "\u0641\u064a \u0627\u0644\u0642\u0631\u0649 \u0648\u0627\u0644\u0628\u0644\u062f\u0627\u062a "
                  "\u0627\u0644\u0635\u063a\u064a\u0631\u0629."],
                 ["media@wahat-alnakheel.example"])},
]
