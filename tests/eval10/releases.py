# The releases of tests/eval10/docx and their gold (read by make_docx.py,
# which defines R, P, TABLE and BOX). Organisations, people and towns are
# invented. The gold was written with the specs, before pressmill was run.

E = {}  # shorthand for an empty list in the gold


def gold(lang, headline, sub, loc, date, body, about, emails=(), phones=None):
    g = {"language": lang, "headline": headline, "subheadline": sub,
         "dateline": {"location": loc, "date": date}, "date": date,
         "body": list(body), "about": list(about), "emails": list(emails)}
    if phones is not None:
        g["phones"] = list(phones)
    return g


RELEASES = [
    {
        "id": "e10-en-01",
        "note": "Title and Subtitle styles; About as a Heading 2 after '###'.",
        "blocks": [
            P(R("FOR IMMEDIATE RELEASE", b=True)),
            P("Northwind Labs opens a seed library for its hill farms", style="Title"),
            P("Forty growers share rare bean and squash varieties", style="Subtitle"),
            P("ALDERMOOR, March 3, 2025 \u2013 Northwind Labs opened a seed library on Monday in the old grain "
              "store of Aldermoor, where forty hill farmers can borrow and return seeds of rare bean and squash "
              "varieties."),
            P("The library holds 212 varieties collected over six seasons. Each borrower returns twice the seed "
              "they took at the end of the harvest."),
            P("\u201cA seed that stays in a drawer is lost. A seed that goes into the ground every year keeps its "
              "place in the valley,\u201d said Maren Tolliver, the library\u2019s keeper."),
            P("###", jc="center"),
            P("About Northwind Labs", style="Heading2"),
            P("Northwind Labs is a farmer-owned research cooperative founded in 2011 in Aldermoor. It breeds and "
              "tests crops for upland farms."),
            P("Media contact: Ilse Branton, press@northwind-labs.example, +44 1632 960 401"),
        ],
        "expect": gold("en", "Northwind Labs opens a seed library for its hill farms",
                       "Forty growers share rare bean and squash varieties", "ALDERMOOR", "2025-03-03",
                       ["Northwind Labs opened a seed library on Monday in the old grain store of Aldermoor, "
                        "where forty hill farmers can borrow and return seeds of rare bean and squash varieties.",
                        "The library holds 212 varieties collected over six seasons. Each borrower returns twice "
                        "the seed they took at the end of the harvest.",
                        "\u201cA seed that stays in a drawer is lost. A seed that goes into the ground every year "
                        "keeps its place in the valley,\u201d said Maren Tolliver, the library\u2019s keeper."],
                       ["Northwind Labs is a farmer-owned research cooperative founded in 2011 in Aldermoor. It "
                        "breeds and tests crops for upland farms."],
                       ["press@northwind-labs.example"]),
    },
    {
        "id": "e10-en-02",
        "note": "Title a bold 16 pt Normal paragraph, centred; an italic line right under it (subheadline); "
                "'About …' a bold run alone in its paragraph after '###', two paragraphs; a bold contact heading.",
        "blocks": [
            P(R("Harrowgate Ferries adds an electric crossing to Skelly Island", b=True, sz=16), jc="center"),
            P(R("The new boat halves the crossing\u2019s fuel bill", i=True), jc="center"),
            P("SKELLY ISLAND, Scotland, 12 May 2025 \u2013 Harrowgate Ferries put its first electric ferry into "
              "service on Monday on the twenty-minute crossing between Harrowgate and Skelly Island."),
            P("The boat charges at the Harrowgate slipway during the ten-minute turnaround and carries up to 24 "
              "cars."),
            P("Islanders will pay the same fares as before."),
            P("###"),
            P(R("About Harrowgate Ferries", b=True)),
            P("Harrowgate Ferries is a community-owned company that has run the Skelly Island crossing since "
              "1987."),
            P("It employs 31 people on the island and the mainland."),
            P(R("Press enquiries", b=True)),
            P("Fionn Rackley, fionn.rackley@harrowgate-ferries.example, +44 1632 960 522"),
        ],
        "expect": gold("en", "Harrowgate Ferries adds an electric crossing to Skelly Island",
                       "The new boat halves the crossing\u2019s fuel bill", "SKELLY ISLAND", "2025-05-12",
                       ["Harrowgate Ferries put its first electric ferry into service on Monday on the "
                        "twenty-minute crossing between Harrowgate and Skelly Island.",
                        "The boat charges at the Harrowgate slipway during the ten-minute turnaround and carries "
                        "up to 24 cars.",
                        "Islanders will pay the same fares as before."],
                       ["Harrowgate Ferries is a community-owned company that has run the Skelly Island crossing "
                        "since 1987.",
                        "It employs 31 people on the island and the mainland."],
                       ["fionn.rackley@harrowgate-ferries.example"]),
    },
    {
        "id": "e10-en-03",
        "note": "Title bold 18 pt, subheadline bold 13 pt (a smaller bold size); two About sections: one typed "
                "in capitals and bold ('ABOUT QUILLON ROBOTICS'), one bold with w:caps (typed 'About the …').",
        "blocks": [
            P(R("Quillon Robotics and Danebury Makers Guild open a repair workshop for school robots", b=True,
                sz=18)),
            P(R("Pupils learn to mend the machines they build", b=True, sz=13)),
            P("DANEBURY, April 7, 2025 \u2013 Quillon Robotics and the Danebury Makers Guild opened a repair "
              "workshop on Saturday where pupils from nine schools can bring broken classroom robots."),
            P("Volunteers from the guild staff the workshop on Saturday mornings, and Quillon Robotics supplies "
              "spare motors and sensors at cost."),
            P("Teachers can book a visit for a whole class through the guild\u2019s website."),
            P(R("ABOUT QUILLON ROBOTICS", b=True)),
            P("Quillon Robotics designs small educational robots in Danebury and sells them to schools in eleven "
              "countries."),
            P(R("About the Danebury Makers Guild", b=True, caps=True)),
            P("The Danebury Makers Guild is a volunteer club with 140 members who share tools and teach repair "
              "skills."),
            P("Contact: Oriel Vantongeren, oriel@quillon-robotics.example"),
        ],
        "expect": gold("en", "Quillon Robotics and Danebury Makers Guild open a repair workshop for school robots",
                       "Pupils learn to mend the machines they build", "DANEBURY", "2025-04-07",
                       ["Quillon Robotics and the Danebury Makers Guild opened a repair workshop on Saturday "
                        "where pupils from nine schools can bring broken classroom robots.",
                        "Volunteers from the guild staff the workshop on Saturday mornings, and Quillon Robotics "
                        "supplies spare motors and sensors at cost.",
                        "Teachers can book a visit for a whole class through the guild\u2019s website."],
                       ["Quillon Robotics designs small educational robots in Danebury and sells them to schools "
                        "in eleven countries.",
                        "The Danebury Makers Guild is a volunteer club with 140 members who share tools and teach "
                        "repair skills."],
                       ["oriel@quillon-robotics.example"]),
    },
    {
        "id": "e10-en-04",
        "note": "Title in Heading 1; '- END -'; two About sections each in one paragraph, only the heading "
                "'About X:' bold, the text after it in the same paragraph.",
        "blocks": [
            P("Pellham Water Trust and Corran Bank fund river-friendly farming on the Pell", style="Heading1"),
            P("PELLHAM, June 2, 2025 \u2013 The Pellham Water Trust and Corran Bank will pay farmers along the "
              "River Pell to plant buffer strips of grass and trees between their fields and the water."),
            P("Farmers can apply for up to \u00a34,000 a year for each kilometre of river bank they plant, for "
              "five years."),
            P("The first forty applications will be decided in September."),
            P("- END -", jc="center"),
            P(R("About Pellham Water Trust:", b=True),
              R(" Pellham Water Trust is a charity that looks after the River Pell and its tributaries. It was "
                "founded in 1994 by anglers and farmers.")),
            P(R("About Corran Bank:", b=True),
              R(" Corran Bank is a regional savings bank with branches in fourteen towns of the Pell valley.")),
            P("Media: Dorcas Whitlam, dorcas.whitlam@pellham-water.example, +44 1632 960 733"),
        ],
        "expect": gold("en", "Pellham Water Trust and Corran Bank fund river-friendly farming on the Pell", None,
                       "PELLHAM", "2025-06-02",
                       ["The Pellham Water Trust and Corran Bank will pay farmers along the River Pell to plant "
                        "buffer strips of grass and trees between their fields and the water.",
                        "Farmers can apply for up to \u00a34,000 a year for each kilometre of river bank they "
                        "plant, for five years.",
                        "The first forty applications will be decided in September."],
                       ["Pellham Water Trust is a charity that looks after the River Pell and its tributaries. "
                        "It was founded in 1994 by anglers and farmers.",
                        "Corran Bank is a regional savings bank with branches in fourteen towns of the Pell "
                        "valley."],
                       ["dorcas.whitlam@pellham-water.example"]),
    },
    {
        "id": "e10-en-05",
        "note": "Three bulleted highlights under the title (list items, body: no subheadline); '-ends-'; the "
                "About heading bold and its text after a line break in the same paragraph.",
        "blocks": [
            P("Brisa Solar connects the largest rooftop array in Merrow County", style="Title"),
            P("2.4 megawatts on the roofs of six warehouses", num=1),
            P("Power for about 700 homes a year", num=1),
            P("Built in eleven weeks by a local crew", num=1),
            P("MERROW, Ohio, September 9, 2025 \u2013 Brisa Solar has connected 2.4 megawatts of solar panels on "
              "six warehouse roofs at the Merrow Logistics Park to the county grid."),
            P("The panels will produce about as much electricity in a year as 700 homes use. The warehouse "
              "owners buy the power at a fixed price for twenty years."),
            P("-ends-"),
            P(R("About Brisa Solar", b=True),
              R("Brisa Solar builds and runs rooftop solar plants for businesses in Ohio and Indiana. The company "
                "was founded in 2016 and employs 85 people.", br=True)),
            P("Press contact: Wendell Okafor-Reyes, media@brisa-solar.example, (614) 555-0187"),
        ],
        "expect": gold("en", "Brisa Solar connects the largest rooftop array in Merrow County", None, "MERROW",
                       "2025-09-09",
                       ["2.4 megawatts on the roofs of six warehouses",
                        "Power for about 700 homes a year",
                        "Built in eleven weeks by a local crew",
                        "Brisa Solar has connected 2.4 megawatts of solar panels on six warehouse roofs at the "
                        "Merrow Logistics Park to the county grid.",
                        "The panels will produce about as much electricity in a year as 700 homes use. The "
                        "warehouse owners buy the power at a fixed price for twenty years."],
                       ["Brisa Solar builds and runs rooftop solar plants for businesses in Ohio and Indiana. The "
                        "company was founded in 2016 and employs 85 people."],
                       ["media@brisa-solar.example"]),
    },
    {
        "id": "e10-en-06",
        "note": "The title split over two Title paragraphs (one headline); a Subtitle; 'ENDS'; the About "
                "section in a one-cell table (a framed box) at the end.",
        "blocks": [
            P("Ravensholt Library starts lending tools,", style="Title"),
            P("tents and telescopes to its members", style="Title"),
            P("A \u2018library of things\u2019 opens in the former reading room", style="Subtitle"),
            P("RAVENSHOLT, 14 October 2025 \u2013 Ravensholt Public Library has started lending more than 300 "
              "household items, from drills and sewing machines to tents and a telescope, to anyone with a "
              "library card."),
            P("Items are lent for a week and can be reserved online. A deposit of ten pounds is asked for the "
              "most expensive ones."),
            P("ENDS"),
            TABLE([[P(R("About Ravensholt Public Library", b=True)),
                    P("Ravensholt Public Library has served the town since 1904. It has 9,200 members and opens "
                      "six days a week.")]]),
            P("Contact: Agnieszka Holm, agnieszka.holm@ravensholt-library.example"),
        ],
        "expect": gold("en", "Ravensholt Library starts lending tools, tents and telescopes to its members",
                       "A \u2018library of things\u2019 opens in the former reading room", "RAVENSHOLT",
                       "2025-10-14",
                       ["Ravensholt Public Library has started lending more than 300 household items, from "
                        "drills and sewing machines to tents and a telescope, to anyone with a library card.",
                        "Items are lent for a week and can be reserved online. A deposit of ten pounds is asked "
                        "for the most expensive ones."],
                       ["Ravensholt Public Library has served the town since 1904. It has 9,200 members and "
                        "opens six days a week."],
                       ["agnieszka.holm@ravensholt-library.example"]),
    },
    {
        "id": "e10-en-07",
        "note": "Title bold 20 pt, an italic subheadline; '###'; the About section in a text box "
                "(w:txbxContent) at the end.",
        "blocks": [
            P(R("Tidewell Coast Rescue launches a second lifeboat", b=True, sz=20)),
            P(R("Volunteers raised the money in eighteen months", i=True)),
            P("TIDEWELL, 21 July 2025 \u2013 Tidewell Coast Rescue named its second inshore lifeboat on Sunday in "
              "front of about 400 people at the harbour."),
            P("The boat cost \u00a3185,000, raised from cake sales, a sponsored swim and two local firms. It will "
              "cover the sandbanks north of the harbour, where most calls come from in summer."),
            P("###"),
            BOX(P(R("About Tidewell Coast Rescue", b=True)),
                P("Tidewell Coast Rescue is an independent volunteer lifeboat crew founded in 1971. Its 28 "
                  "volunteers answered 64 calls last year.")),
            P("Media: Corwin Abernethy, corwin@tidewell-rescue.example"),
        ],
        "expect": gold("en", "Tidewell Coast Rescue launches a second lifeboat",
                       "Volunteers raised the money in eighteen months", "TIDEWELL", "2025-07-21",
                       ["Tidewell Coast Rescue named its second inshore lifeboat on Sunday in front of about 400 "
                        "people at the harbour.",
                        "The boat cost \u00a3185,000, raised from cake sales, a sponsored swim and two local firms. "
                        "It will cover the sandbanks north of the harbour, where most calls come from in summer."],
                       ["Tidewell Coast Rescue is an independent volunteer lifeboat crew founded in 1971. Its 28 "
                        "volunteers answered 64 calls last year."],
                       ["corwin@tidewell-rescue.example"]),
    },
    {
        "id": "e10-en-08",
        "note": "'Notes to editors' (bold, alone) after '###', its notes a numbered list (Word's numbering, "
                "the numbers are not text); the first note is the About section, its heading 'About …:' in "
                "bold at its start. 'Notes to editors' itself is no About heading (the project's reading, "
                "tests/eval3/README.md: its content varies), and what follows the end mark is no body.",
        "blocks": [
            P("Kestrel Valley bat survey counts a record 3,100 roosting bats", style="Title"),
            P("KESTREL BRIDGE, 2 October 2025 \u2013 Volunteers of the Kestrel Valley Trust counted 3,100 bats "
              "leaving their roosts this summer, the highest number since the survey began in 2009."),
            P("Soprano pipistrelles made up two thirds of the count. The rare barbastelle was recorded at three "
              "new roosts in old oak woodland."),
            P("###"),
            P(R("Notes to editors", b=True)),
            P(R("About the Kestrel Valley Trust:", b=True),
              R(" The Kestrel Valley Trust is a charity that manages 600 hectares of woodland and meadow in the "
                "Kestrel valley."), num=2),
            P("The survey was carried out by 48 trained volunteers between May and August 2025.", num=2),
            P("Media contact: Rhodri Paske, rhodri@kestrel-valley.example, 01632 960 844"),
        ],
        "expect": gold("en", "Kestrel Valley bat survey counts a record 3,100 roosting bats", None,
                       "KESTREL BRIDGE", "2025-10-02",
                       ["Volunteers of the Kestrel Valley Trust counted 3,100 bats leaving their roosts this "
                        "summer, the highest number since the survey began in 2009.",
                        "Soprano pipistrelles made up two thirds of the count. The rare barbastelle was recorded "
                        "at three new roosts in old oak woodland."],
                       ["The Kestrel Valley Trust is a charity that manages 600 hectares of woodland and meadow in "
                        "the Kestrel valley."],
                       ["rhodri@kestrel-valley.example"]),
    },
    {
        "id": "e10-en-09",
        "note": "A kicker above the title (a short bold line in a smaller size: not the subheadline, not body); "
                "the title split over two bold 18 pt paragraphs (one headline); About in Heading 3.",
        "blocks": [
            P(R("Community Energy Week 2025", b=True, sz=12)),
            P(R("Ollerby villagers buy the wind turbine", b=True, sz=18)),
            P(R("that has powered their school for ten years", b=True, sz=18)),
            P("OLLERBY, November 4, 2025 \u2013 Two hundred and twelve households in Ollerby have bought the "
              "250-kilowatt wind turbine on Hobb\u2019s Rise from its developer through a new community share "
              "offer."),
            P("The turbine\u2019s income, about \u00a360,000 a year, will pay for insulation in the village\u2019s "
              "oldest homes."),
            P("###"),
            P("About Ollerby Community Energy", style="Heading3"),
            P("Ollerby Community Energy is a cooperative owned by its 212 members. It was set up in 2024 to buy "
              "the turbine."),
            P("Contact: Sunniva Blakemore, sunniva@ollerby-energy.example"),
        ],
        "expect": gold("en", "Ollerby villagers buy the wind turbine that has powered their school for ten years",
                       None, "OLLERBY", "2025-11-04",
                       ["Two hundred and twelve households in Ollerby have bought the 250-kilowatt wind turbine "
                        "on Hobb\u2019s Rise from its developer through a new community share offer.",
                        "The turbine\u2019s income, about \u00a360,000 a year, will pay for insulation in the "
                        "village\u2019s oldest homes."],
                       ["Ollerby Community Energy is a cooperative owned by its 212 members. It was set up in "
                        "2024 to buy the turbine."],
                       ["sunniva@ollerby-energy.example"]),
    },
    {
        "id": "e10-fr-01",
        "note": "French: Title and Subtitle styles; two About sections after '###': 'À propos de …' a bold run "
                "alone, then 'À propos de la Ville de …' in Heading 3.",
        "blocks": [
            P(R("COMMUNIQU\u00c9 DE PRESSE", b=True)),
            P("La Maison V\u00e9rand ouvre un atelier de vannerie \u00e0 Saint-Aubrac", style="Title"),
            P("Douze apprentis form\u00e9s chaque ann\u00e9e", style="Subtitle"),
            P("Saint-Aubrac, le 5 mars 2025 \u2013 La Maison V\u00e9rand a inaugur\u00e9 samedi un atelier de "
              "vannerie dans l\u2019ancienne gare de Saint-Aubrac, o\u00f9 douze apprentis apprendront chaque "
              "ann\u00e9e \u00e0 tresser l\u2019osier."),
            P("L\u2019atelier vendra paniers et claies aux march\u00e9s de la vall\u00e9e."),
            P("###"),
            P(R("\u00c0 propos de la Maison V\u00e9rand", b=True)),
            P("La Maison V\u00e9rand est une entreprise familiale de vannerie fond\u00e9e en 1952 \u00e0 "
              "Saint-Aubrac."),
            P("\u00c0 propos de la Ville de Saint-Aubrac", style="Heading3"),
            P("Saint-Aubrac compte 3 400 habitants. La commune a r\u00e9nov\u00e9 l\u2019ancienne gare en 2023."),
            P("Contact presse : Ga\u00eblle Morvandiau, presse@maison-verand.example"),
        ],
        "expect": gold("fr", "La Maison V\u00e9rand ouvre un atelier de vannerie \u00e0 Saint-Aubrac",
                       "Douze apprentis form\u00e9s chaque ann\u00e9e", "Saint-Aubrac", "2025-03-05",
                       ["La Maison V\u00e9rand a inaugur\u00e9 samedi un atelier de vannerie dans l\u2019ancienne "
                        "gare de Saint-Aubrac, o\u00f9 douze apprentis apprendront chaque ann\u00e9e \u00e0 "
                        "tresser l\u2019osier.",
                        "L\u2019atelier vendra paniers et claies aux march\u00e9s de la vall\u00e9e."],
                       ["La Maison V\u00e9rand est une entreprise familiale de vannerie fond\u00e9e en 1952 \u00e0 "
                        "Saint-Aubrac.",
                        "Saint-Aubrac compte 3 400 habitants. La commune a r\u00e9nov\u00e9 l\u2019ancienne gare "
                        "en 2023."],
                       ["presse@maison-verand.example"]),
    },
    {
        "id": "e10-de-01",
        "note": "German: title bold 16 pt centred, two bulleted highlights under it (body list items, no "
                "subheadline); '- ENDE -'; 'Über die …' in Heading 2.",
        "blocks": [
            P(R("PRESSEMITTEILUNG", b=True)),
            P(R("Stadtwerke Lindenau stellen auf Elektrobusse um", b=True, sz=16), jc="center"),
            P("Zw\u00f6lf neue Busse ab Juni im Linienverkehr", num=1),
            P("Ladestation im Betriebshof Nord", num=1),
            P("Lindenau, 3. April 2025 \u2013 Die Stadtwerke Lindenau setzen ab Juni zw\u00f6lf Elektrobusse "
              "auf den Stadtlinien 2, 5 und 7 ein."),
            P("Die Busse werden nachts im Betriebshof Nord geladen. Die Fahrpl\u00e4ne bleiben unver\u00e4ndert."),
            P("- ENDE -"),
            P("\u00dcber die Stadtwerke Lindenau", style="Heading2"),
            P("Die Stadtwerke Lindenau versorgen 48.000 Einwohner mit Strom, Wasser und \u00f6ffentlichem "
              "Nahverkehr. Sie besch\u00e4ftigen 420 Mitarbeiterinnen und Mitarbeiter."),
            P("Pressekontakt: Henrike Voskamp, presse@stadtwerke-lindenau.example"),
        ],
        "expect": gold("de", "Stadtwerke Lindenau stellen auf Elektrobusse um", None, "Lindenau", "2025-04-03",
                       ["Zw\u00f6lf neue Busse ab Juni im Linienverkehr",
                        "Ladestation im Betriebshof Nord",
                        "Die Stadtwerke Lindenau setzen ab Juni zw\u00f6lf Elektrobusse auf den Stadtlinien 2, 5 "
                        "und 7 ein.",
                        "Die Busse werden nachts im Betriebshof Nord geladen. Die Fahrpl\u00e4ne bleiben "
                        "unver\u00e4ndert."],
                       ["Die Stadtwerke Lindenau versorgen 48.000 Einwohner mit Strom, Wasser und "
                        "\u00f6ffentlichem Nahverkehr. Sie besch\u00e4ftigen 420 Mitarbeiterinnen und "
                        "Mitarbeiter."],
                       ["presse@stadtwerke-lindenau.example"]),
    },
    {
        "id": "e10-es-01",
        "note": "Spanish: a kicker above the title (smaller, not body, not subheadline); 'ACERCA DE …' typed in "
                "capitals and bold; '-FIN-'.",
        "blocks": [
            P(R("Programa Huertos Escolares", b=True, sz=11)),
            P("La Cooperativa Almendral reparte mil \u00e1rboles frutales entre veinte escuelas", style="Title"),
            P("Villarcayo del Monte, 10 de marzo de 2025. La Cooperativa Almendral entreg\u00f3 el lunes mil "
              "\u00e1rboles frutales a veinte escuelas de la comarca para que cada una plante su propio huerto."),
            P("Los alumnos cuidar\u00e1n los \u00e1rboles con ayuda de los socios de la cooperativa durante tres "
              "a\u00f1os."),
            P("-FIN-"),
            P(R("ACERCA DE COOPERATIVA ALMENDRAL", b=True)),
            P("La Cooperativa Almendral agrupa a 260 agricultores de la comarca de Villarcayo y produce almendra "
              "y fruta de hueso desde 1978."),
            P("Contacto de prensa: Nerea Iturbide, prensa@almendral.example"),
        ],
        "expect": gold("es", "La Cooperativa Almendral reparte mil \u00e1rboles frutales entre veinte escuelas",
                       None, "Villarcayo del Monte", "2025-03-10",
                       ["La Cooperativa Almendral entreg\u00f3 el lunes mil \u00e1rboles frutales a veinte "
                        "escuelas de la comarca para que cada una plante su propio huerto.",
                        "Los alumnos cuidar\u00e1n los \u00e1rboles con ayuda de los socios de la cooperativa "
                        "durante tres a\u00f1os."],
                       ["La Cooperativa Almendral agrupa a 260 agricultores de la comarca de Villarcayo y produce "
                        "almendra y fruta de hueso desde 1978."],
                       ["prensa@almendral.example"]),
    },
    {
        "id": "e10-pt-01",
        "note": "Portuguese: an italic subheadline; 'Sobre a …:' bold at the start of its paragraph, the text "
                "after it in the same paragraph.",
        "blocks": [
            P("Associa\u00e7\u00e3o Ribeira Viva limpa doze quil\u00f3metros do rio Sorraia", style="Title"),
            P(R("Trezentos volunt\u00e1rios retiraram quatro toneladas de lixo", i=True)),
            P("Coruche, 8 de abril de 2025 \u2013 A Associa\u00e7\u00e3o Ribeira Viva reuniu no s\u00e1bado "
              "trezentos volunt\u00e1rios para limpar as margens do rio Sorraia entre Coruche e Erra."),
            P("O lixo recolhido ser\u00e1 separado e levado para reciclagem pela c\u00e2mara municipal."),
            P(R("Sobre a Associa\u00e7\u00e3o Ribeira Viva:", b=True),
              R(" A Associa\u00e7\u00e3o Ribeira Viva \u00e9 uma organiza\u00e7\u00e3o sem fins lucrativos criada "
                "em 2008 que protege os rios do Ribatejo.")),
            P("Contacto: Leonor Quaresma, leonor@ribeiraviva.example"),
        ],
        "expect": gold("pt", "Associa\u00e7\u00e3o Ribeira Viva limpa doze quil\u00f3metros do rio Sorraia",
                       "Trezentos volunt\u00e1rios retiraram quatro toneladas de lixo", "Coruche", "2025-04-08",
                       ["A Associa\u00e7\u00e3o Ribeira Viva reuniu no s\u00e1bado trezentos volunt\u00e1rios para "
                        "limpar as margens do rio Sorraia entre Coruche e Erra.",
                        "O lixo recolhido ser\u00e1 separado e levado para reciclagem pela c\u00e2mara municipal."],
                       ["A Associa\u00e7\u00e3o Ribeira Viva \u00e9 uma organiza\u00e7\u00e3o sem fins lucrativos "
                        "criada em 2008 que protege os rios do Ribatejo."],
                       ["leonor@ribeiraviva.example"]),
    },
    {
        "id": "e10-it-01",
        "note": "Italian: Title and Subtitle styles; 'Informazioni su …' with its text in a text box at the end.",
        "blocks": [
            P("Cantine Valsorda apre la prima cantina a energia solare della valle", style="Title"),
            P("Pannelli sul tetto e vasche interrate per il freddo", style="Subtitle"),
            P("Valsorda, 14 maggio 2025 \u2013 Cantine Valsorda ha inaugurato sabato la nuova cantina, che "
              "produce da s\u00e9 tutta l\u2019energia che consuma."),
            P("Il vino matura in vasche interrate, dove la temperatura resta fresca tutto l\u2019anno."),
            BOX(P(R("Informazioni su Cantine Valsorda", b=True)),
                P("Cantine Valsorda \u00e8 una cooperativa di 85 viticoltori fondata nel 1961. Produce ogni anno "
                  "circa un milione di bottiglie.")),
            P("Ufficio stampa: Ottavia Brunelleschi, stampa@valsorda.example"),
        ],
        "expect": gold("it", "Cantine Valsorda apre la prima cantina a energia solare della valle",
                       "Pannelli sul tetto e vasche interrate per il freddo", "Valsorda", "2025-05-14",
                       ["Cantine Valsorda ha inaugurato sabato la nuova cantina, che produce da s\u00e9 tutta "
                        "l\u2019energia che consuma.",
                        "Il vino matura in vasche interrate, dove la temperatura resta fresca tutto l\u2019anno."],
                       ["Cantine Valsorda \u00e8 una cooperativa di 85 viticoltori fondata nel 1961. Produce ogni "
                        "anno circa un milione di bottiglie."],
                       ["stampa@valsorda.example"]),
    },
    {
        "id": "e10-nl-01",
        "note": "Dutch: a subheadline in a smaller bold size; 'Over …' bold and its text after a line break in "
                "the same paragraph.",
        "blocks": [
            P(R("Stichting Duinwerk plant vijftigduizend helmplanten op Kroonduin", b=True, sz=18)),
            P(R("Scholieren en vrijwilligers beschermen de zeereep", b=True, sz=13)),
            P("Kroonduin, 18 maart 2025 \u2013 Stichting Duinwerk heeft met 600 scholieren en vrijwilligers "
              "vijftigduizend helmplanten gepoot op de zeereep van Kroonduin."),
            P("De planten houden het zand vast en laten het duin langzaam groeien."),
            P(R("Over Stichting Duinwerk", b=True),
              R("Stichting Duinwerk beheert sinds 1996 de duinen tussen Kroonduin en Westerhoek.", br=True)),
            P("Persinformatie: Jorien Haverkamp, pers@duinwerk.example"),
        ],
        "expect": gold("nl", "Stichting Duinwerk plant vijftigduizend helmplanten op Kroonduin",
                       "Scholieren en vrijwilligers beschermen de zeereep", "Kroonduin", "2025-03-18",
                       ["Stichting Duinwerk heeft met 600 scholieren en vrijwilligers vijftigduizend "
                        "helmplanten gepoot op de zeereep van Kroonduin.",
                        "De planten houden het zand vast en laten het duin langzaam groeien."],
                       ["Stichting Duinwerk beheert sinds 1996 de duinen tussen Kroonduin en Westerhoek."],
                       ["pers@duinwerk.example"]),
    },
    {
        "id": "e10-de-02",
        "note": "German: 'Über uns' style heading written 'Über den Verein …' bold at the start of its "
                "paragraph with a colon; an italic subheadline.",
        "blocks": [
            P(R("Ruderverein Elbtal baut ein neues Bootshaus", b=True, sz=16)),
            P(R("Spender finanzieren ein Drittel der Kosten", i=True)),
            P("Pirnwitz, 22. Mai 2025 \u2013 Der Ruderverein Elbtal hat am Samstag den Grundstein f\u00fcr sein "
              "neues Bootshaus am Elbufer gelegt."),
            P("Das Haus soll im Fr\u00fchjahr 2026 fertig sein und Platz f\u00fcr vierzig Boote bieten."),
            P(R("\u00dcber den Ruderverein Elbtal:", b=True),
              R(" Der Ruderverein Elbtal wurde 1921 gegr\u00fcndet und hat heute 310 Mitglieder.")),
            P("Kontakt: Wiebke Ostendarp, presse@rv-elbtal.example"),
        ],
        "expect": gold("de", "Ruderverein Elbtal baut ein neues Bootshaus",
                       "Spender finanzieren ein Drittel der Kosten", "Pirnwitz", "2025-05-22",
                       ["Der Ruderverein Elbtal hat am Samstag den Grundstein f\u00fcr sein neues Bootshaus am "
                        "Elbufer gelegt.",
                        "Das Haus soll im Fr\u00fchjahr 2026 fertig sein und Platz f\u00fcr vierzig Boote bieten."],
                       ["Der Ruderverein Elbtal wurde 1921 gegr\u00fcndet und hat heute 310 Mitglieder."],
                       ["presse@rv-elbtal.example"]),
    },
    {
        "id": "e10-es-02",
        "note": "Spanish: the title split over two Title paragraphs; 'Acerca de …' in a one-cell table with "
                "its text.",
        "blocks": [
            P("El Ayuntamiento de Robledal abre", style="Title"),
            P("un centro de d\u00eda para mayores", style="Title"),
            P("Robledal, 2 de junio de 2025 \u2013 El Ayuntamiento de Robledal abri\u00f3 el lunes un centro de "
              "d\u00eda con plazas para cuarenta personas mayores."),
            P("El centro ofrece comida, talleres y transporte desde las aldeas del municipio."),
            TABLE([[P(R("Acerca de Robledal", b=True)),
                    P("Robledal es un municipio de 5.300 habitantes repartidos en once aldeas.")]]),
            P("Prensa: Itziar Mendaro, prensa@robledal.example"),
        ],
        "expect": gold("es", "El Ayuntamiento de Robledal abre un centro de d\u00eda para mayores", None,
                       "Robledal", "2025-06-02",
                       ["El Ayuntamiento de Robledal abri\u00f3 el lunes un centro de d\u00eda con plazas para "
                        "cuarenta personas mayores.",
                        "El centro ofrece comida, talleres y transporte desde las aldeas del municipio."],
                       ["Robledal es un municipio de 5.300 habitantes repartidos en once aldeas."],
                       ["prensa@robledal.example"]),
    },    {
        "id": "e10-en-10",
        "note": "The About heading bold at the start of its paragraph with no colon and the text (not repeating "
                "the name) in plain runs after it; a centred plain line under a centred bold title "
                "(subheadline).",
        "blocks": [
            P(R("Fenwick Mills reopens its weaving shed to visitors", b=True, sz=16), jc="center"),
            P("Looms from 1911 run again every Saturday", jc="center"),
            P("HALSTEAD CROSS, August 5, 2025 \u2013 Fenwick Mills has reopened its weaving shed to visitors "
              "after a two-year restoration of its twelve Victorian looms."),
            P("Guided tours start every hour on Saturdays and end in the mill shop."),
            P("###"),
            P(R("About Fenwick Mills", b=True),
              R(" The company was founded in 1911 and still weaves woollen cloth for tailors in four countries.")),
            P("Media contact: Perpetua Lindqvist, perpetua@fenwick-mills.example"),
        ],
        "expect": gold("en", "Fenwick Mills reopens its weaving shed to visitors",
                       "Looms from 1911 run again every Saturday", "HALSTEAD CROSS", "2025-08-05",
                       ["Fenwick Mills has reopened its weaving shed to visitors after a two-year restoration of "
                        "its twelve Victorian looms.",
                        "Guided tours start every hour on Saturdays and end in the mill shop."],
                       ["The company was founded in 1911 and still weaves woollen cloth for tailors in four "
                        "countries."],
                       ["perpetua@fenwick-mills.example"]),
    },
    {
        "id": "e10-en-11",
        "note": "Title in Heading 1, subheadline in Heading 2, a body section heading in Heading 2, About in "
                "Heading 2 with two paragraphs, the second a web address line.",
        "blocks": [
            P("Marlow Arts Trust buys the old cinema on Quay Street", style="Heading1"),
            P("A venue for film, music and theatre by 2027", style="Heading2"),
            P("MARLOW QUAY, January 15, 2025 \u2013 Marlow Arts Trust has bought the former Regal cinema on Quay "
              "Street and will turn it into a venue for film, music and theatre."),
            P("What happens next", style="Heading2"),
            P("The trust will ask residents what they want from the venue at three open evenings in February."),
            P("About Marlow Arts Trust", style="Heading2"),
            P("Marlow Arts Trust is a charity that has run arts festivals in Marlow Quay since 2002."),
            P("www.marlow-arts.example"),
            P("Press: Evander Nakashima, press@marlow-arts.example"),
        ],
        "expect": gold("en", "Marlow Arts Trust buys the old cinema on Quay Street",
                       "A venue for film, music and theatre by 2027", "MARLOW QUAY", "2025-01-15",
                       ["Marlow Arts Trust has bought the former Regal cinema on Quay Street and will turn it "
                        "into a venue for film, music and theatre.",
                        "What happens next",
                        "The trust will ask residents what they want from the venue at three open evenings in "
                        "February."],
                       ["Marlow Arts Trust is a charity that has run arts festivals in Marlow Quay since 2002.",
                        "www.marlow-arts.example"],
                       ["press@marlow-arts.example"]),
    },
    {
        "id": "e10-en-12",
        "note": "A joint release: the two About sections side by side in a two-cell table row, each cell a "
                "bold heading and its paragraph.",
        "blocks": [
            P("Greyfriars College and Tolland Hospital open a nursing school", style="Title"),
            P("TOLLAND, 9 June 2025 \u2013 Greyfriars College and Tolland Hospital will open a joint school of "
              "nursing in September with places for sixty students a year."),
            P("Students will spend half of their time on the hospital\u2019s wards from their first term."),
            P("###"),
            TABLE([[P(R("About Greyfriars College", b=True)),
                    P("Greyfriars College teaches 4,000 students in health, care and science.")],
                   [P(R("About Tolland Hospital", b=True)),
                    P("Tolland Hospital is the county\u2019s general hospital, with 520 beds.")]]),
            P("Contact: Yusra Pemberton, media@greyfriars.example"),
        ],
        "expect": gold("en", "Greyfriars College and Tolland Hospital open a nursing school", None, "TOLLAND",
                       "2025-06-09",
                       ["Greyfriars College and Tolland Hospital will open a joint school of nursing in September "
                        "with places for sixty students a year.",
                        "Students will spend half of their time on the hospital\u2019s wards from their first "
                        "term."],
                       ["Greyfriars College teaches 4,000 students in health, care and science.",
                        "Tolland Hospital is the county\u2019s general hospital, with 520 beds."],
                       ["media@greyfriars.example"]),
    },
    {
        "id": "e10-fr-02",
        "note": "French: 'A PROPOS DE …' without its accent, bold capitals, alone; a bold 13 pt subheadline "
                "under a bold 18 pt title.",
        "blocks": [
            P(R("La Fromagerie Coustal agrandit sa cave d\u2019affinage", b=True, sz=18)),
            P(R("Deux mille meules de plus chaque ann\u00e9e", b=True, sz=13)),
            P("Lauzac, le 4 f\u00e9vrier 2025 \u2013 La Fromagerie Coustal a doubl\u00e9 la taille de sa cave "
              "d\u2019affinage creus\u00e9e dans la roche."),
            P("Les travaux ont dur\u00e9 huit mois et cr\u00e9\u00e9 quatre emplois."),
            P(R("A PROPOS DE LA FROMAGERIE COUSTAL", b=True)),
            P("La Fromagerie Coustal affine des fromages de brebis \u00e0 Lauzac depuis 1934."),
            P("Contact : Solange Ribeyrolles, contact@coustal.example"),
        ],
        "expect": gold("fr", "La Fromagerie Coustal agrandit sa cave d\u2019affinage",
                       "Deux mille meules de plus chaque ann\u00e9e", "Lauzac", "2025-02-04",
                       ["La Fromagerie Coustal a doubl\u00e9 la taille de sa cave d\u2019affinage creus\u00e9e dans "
                        "la roche.",
                        "Les travaux ont dur\u00e9 huit mois et cr\u00e9\u00e9 quatre emplois."],
                       ["La Fromagerie Coustal affine des fromages de brebis \u00e0 Lauzac depuis 1934."],
                       ["contact@coustal.example"]),
    },    {
        "id": "e10-en-13",
        "note": "A release line and a date line above the Title; a bold line in the body's size under it "
                "(subheadline); 'ABOUT HOLLIS & GRANT:' in bold capitals with its colon, the section a "
                "paragraph and two bulleted facts; the contact, then '###' last.",
        "blocks": [
            P(R("FOR IMMEDIATE RELEASE", b=True)),
            P("February 11, 2025"),
            P("Hollis & Grant opens a water testing lab in Brackenridge", style="Title"),
            P(R("Free tests for 300 private wells in the county", b=True)),
            P("Hollis & Grant, an engineering firm based in Brackenridge, has opened a water testing laboratory "
              "and will test 300 private wells in the county free of charge this spring."),
            P("Well owners can collect a sampling kit at any county library from March 1."),
            P(R("ABOUT HOLLIS & GRANT:", b=True)),
            P("Hollis & Grant is an engineering firm that designs water and drainage systems for towns in the "
              "Appalachian region."),
            P("Founded in 1988 in Brackenridge", num=1),
            P("Offices in three states", num=1),
            P("Contact: Delphine Osei, dosei@hollisgrant.example, (304) 555-0143"),
            P("###", jc="center"),
        ],
        "expect": gold("en", "Hollis & Grant opens a water testing lab in Brackenridge",
                       "Free tests for 300 private wells in the county", None, "2025-02-11",
                       ["Hollis & Grant, an engineering firm based in Brackenridge, has opened a water testing "
                        "laboratory and will test 300 private wells in the county free of charge this spring.",
                        "Well owners can collect a sampling kit at any county library from March 1."],
                       ["Hollis & Grant is an engineering firm that designs water and drainage systems for towns "
                        "in the Appalachian region.",
                        "Founded in 1988 in Brackenridge",
                        "Offices in three states"],
                       ["dosei@hollisgrant.example"]),
    },
    {
        "id": "e10-en-14",
        "note": "The About section in a text box anchored in the last body paragraph (Word puts the box's XML "
                "inside its anchor paragraph); the subheadline in Heading 3 under the Title.",
        "blocks": [
            P("Corvid Theatre Company announces a season of new plays", style="Title"),
            P("Six premieres by writers from the Wrexley valley", style="Heading3"),
            P("WREXLEY, 3 September 2025 \u2013 Corvid Theatre Company will stage six new plays by writers from "
              "the Wrexley valley in its autumn and winter season."),
            {"kind": "p_box", "text": "Tickets go on sale on Monday at the box office and online.",
             "box": [P(R("About Corvid Theatre Company", b=True)),
                     P("Corvid Theatre Company was founded in 1999 and tours village halls across the valley.")]},
            P("Press: Ambrose Kettleby, ambrose@corvid-theatre.example"),
        ],
        "expect": gold("en", "Corvid Theatre Company announces a season of new plays",
                       "Six premieres by writers from the Wrexley valley", "WREXLEY", "2025-09-03",
                       ["Corvid Theatre Company will stage six new plays by writers from the Wrexley valley in "
                        "its autumn and winter season.",
                        "Tickets go on sale on Monday at the box office and online."],
                       ["Corvid Theatre Company was founded in 1999 and tours village halls across the valley."],
                       ["ambrose@corvid-theatre.example"]),
    },
    {
        "id": "e10-sv-01",
        "note": "Swedish: Title and Subtitle styles; 'Om …' a bold run alone after '###'.",
        "blocks": [
            P("Fj\u00e4llbacka Energi bygger ett solcellspark vid Kvarnsj\u00f6n", style="Title"),
            P("Parken ska ge el till 1 200 hush\u00e5ll", style="Subtitle"),
            P("Fj\u00e4llbacka, 12 mars 2025 \u2013 Fj\u00e4llbacka Energi b\u00f6rjar i april bygga en "
              "solcellspark p\u00e5 tolv hektar vid Kvarnsj\u00f6n."),
            P("Parken ska vara klar h\u00f6sten 2026."),
            P("###"),
            P(R("Om Fj\u00e4llbacka Energi", b=True)),
            P("Fj\u00e4llbacka Energi \u00e4r ett kommunalt energibolag med 14 000 kunder."),
            P("Presskontakt: Linnea Backstr\u00f6m, press@fjallbacka-energi.example"),
        ],
        "expect": gold("sv", "Fj\u00e4llbacka Energi bygger ett solcellspark vid Kvarnsj\u00f6n",
                       "Parken ska ge el till 1 200 hush\u00e5ll", "Fj\u00e4llbacka", "2025-03-12",
                       ["Fj\u00e4llbacka Energi b\u00f6rjar i april bygga en solcellspark p\u00e5 tolv hektar vid "
                        "Kvarnsj\u00f6n.",
                        "Parken ska vara klar h\u00f6sten 2026."],
                       ["Fj\u00e4llbacka Energi \u00e4r ett kommunalt energibolag med 14 000 kunder."],
                       ["press@fjallbacka-energi.example"]),
    },
    {
        "id": "e10-it-02",
        "note": "Italian: title bold 16 pt, an italic subheadline; '- FINE -'; 'Chi siamo' alone in bold as "
                "the About heading.",
        "blocks": [
            P(R("Il Consorzio Valle Ossola apre un mercato contadino coperto", b=True, sz=16)),
            P(R("Trenta produttori ogni sabato nell\u2019ex macello", i=True)),
            P("Domodossola, 7 aprile 2025 \u2013 Il Consorzio Valle Ossola ha aperto sabato un mercato contadino "
              "coperto nell\u2019ex macello comunale."),
            P("Il mercato sar\u00e0 aperto ogni sabato mattina tutto l\u2019anno."),
            P("- FINE -"),
            P(R("Chi siamo", b=True)),
            P("Il Consorzio Valle Ossola riunisce dal 2004 sessanta aziende agricole della valle."),
            P("Ufficio stampa: Ludovica Ferraris, stampa@valleossola.example"),
        ],
        "expect": gold("it", "Il Consorzio Valle Ossola apre un mercato contadino coperto",
                       "Trenta produttori ogni sabato nell\u2019ex macello", "Domodossola", "2025-04-07",
                       ["Il Consorzio Valle Ossola ha aperto sabato un mercato contadino coperto nell\u2019ex "
                        "macello comunale.",
                        "Il mercato sar\u00e0 aperto ogni sabato mattina tutto l\u2019anno."],
                       ["Il Consorzio Valle Ossola riunisce dal 2004 sessanta aziende agricole della valle."],
                       ["stampa@valleossola.example"]),
    },
    {
        "id": "e10-pt-02",
        "note": "European Portuguese: 'Acerca da …' in Heading 2; a subheadline in a smaller bold size.",
        "blocks": [
            P(R("C\u00e2mara Municipal de Vilar Seco renova o mercado municipal", b=True, sz=18)),
            P(R("Obra de oito meses devolve o mercado aos produtores locais", b=True, sz=13)),
            P("Vilar Seco, 20 de maio de 2025 \u2013 A C\u00e2mara Municipal de Vilar Seco reabriu ontem o "
              "mercado municipal, depois de oito meses de obras."),
            P("O mercado tem agora 42 bancas e um espa\u00e7o para restaura\u00e7\u00e3o."),
            P("Acerca da C\u00e2mara Municipal de Vilar Seco", style="Heading2"),
            P("Vilar Seco \u00e9 um concelho de 9 800 habitantes no distrito de Viseu."),
            P("Contacto: Mafalda Sequeira, imprensa@cm-vilarseco.example"),
        ],
        "expect": gold("pt", "C\u00e2mara Municipal de Vilar Seco renova o mercado municipal",
                       "Obra de oito meses devolve o mercado aos produtores locais", "Vilar Seco", "2025-05-20",
                       ["A C\u00e2mara Municipal de Vilar Seco reabriu ontem o mercado municipal, depois de oito "
                        "meses de obras.",
                        "O mercado tem agora 42 bancas e um espa\u00e7o para restaura\u00e7\u00e3o."],
                       ["Vilar Seco \u00e9 um concelho de 9 800 habitantes no distrito de Viseu."],
                       ["imprensa@cm-vilarseco.example"]),
    },
    {
        "id": "e10-de-03",
        "note": "German: Title style, a subheadline in Heading 2; '\u00dcBER UNS' in bold capitals alone.",
        "blocks": [
            P("Imkerverein Waldhufen stellt zwanzig neue Bienenst\u00f6cke auf", style="Title"),
            P("Schulen \u00fcbernehmen Patenschaften", style="Heading2"),
            P("Waldhufen, 14. April 2025 \u2013 Der Imkerverein Waldhufen hat am Wochenende zwanzig neue "
              "Bienenst\u00f6cke am Rand der Streuobstwiesen aufgestellt."),
            P("Vier Grundschulen betreuen je f\u00fcnf St\u00f6cke gemeinsam mit den Imkern."),
            P(R("\u00dcBER UNS", b=True)),
            P("Der Imkerverein Waldhufen wurde 1908 gegr\u00fcndet und z\u00e4hlt heute 85 Mitglieder."),
            P("Pressekontakt: Gesine Th\u00f6ring, presse@imker-waldhufen.example"),
        ],
        "expect": gold("de", "Imkerverein Waldhufen stellt zwanzig neue Bienenst\u00f6cke auf",
                       "Schulen \u00fcbernehmen Patenschaften", "Waldhufen", "2025-04-14",
                       ["Der Imkerverein Waldhufen hat am Wochenende zwanzig neue Bienenst\u00f6cke am Rand der "
                        "Streuobstwiesen aufgestellt.",
                        "Vier Grundschulen betreuen je f\u00fcnf St\u00f6cke gemeinsam mit den Imkern."],
                       ["Der Imkerverein Waldhufen wurde 1908 gegr\u00fcndet und z\u00e4hlt heute 85 Mitglieder."],
                       ["presse@imker-waldhufen.example"]),
    },    {
        "id": "e10-en-15",
        "note": "Line breaks (Shift+Enter) instead of paragraphs: a blank line (two w:br) between the body's "
                "last two paragraphs, and the whole About section in one paragraph: the heading, a break, "
                "the first paragraph, a blank line, the second.",
        "blocks": [
            P("Saltmarsh Cycling Club opens a bike workshop for refugees", style="Title"),
            P("PORT EDRIC, 26 March 2025 \u2013 Saltmarsh Cycling Club has opened a workshop in its clubhouse "
              "where newly arrived refugees can build a bicycle of their own from donated parts."),
            P(R("Twenty bicycles were built in the first month."),
              R("", br=True),
              R("The club is asking for donations of old bicycles and spare parts.", br=True)),
            P("###"),
            P(R("About Saltmarsh Cycling Club", b=True),
              R("Saltmarsh Cycling Club was founded in 1932 and has 260 members.", br=True),
              R("", br=True),
              R("The club runs rides for all ages every weekend.", br=True)),
            P("Contact: Tobias Quennell, tobias@saltmarsh-cc.example"),
        ],
        "expect": gold("en", "Saltmarsh Cycling Club opens a bike workshop for refugees", None, "PORT EDRIC",
                       "2025-03-26",
                       ["Saltmarsh Cycling Club has opened a workshop in its clubhouse where newly arrived "
                        "refugees can build a bicycle of their own from donated parts.",
                        "Twenty bicycles were built in the first month.",
                        "The club is asking for donations of old bicycles and spare parts."],
                       ["Saltmarsh Cycling Club was founded in 1932 and has 260 members.",
                        "The club runs rides for all ages every weekend."],
                       ["tobias@saltmarsh-cc.example"]),
    },
    {
        "id": "e10-en-16",
        "note": "The title and the subheadline in one paragraph, split by a line break, the second line in "
                "a smaller italic type (one w:p, two type runs).",
        "blocks": [
            P(R("Brantwood Museum returns a carved canoe to the Heron River people", b=True, sz=18),
              R("The canoe left the valley in 1893", i=True, sz=13, br=True)),
            P("BRANTWOOD, 30 April 2025 \u2013 Brantwood Museum has returned a carved cedar canoe to the "
              "Heron River people, 132 years after it was taken from the valley."),
            P("The canoe will be kept at the community\u2019s new cultural centre."),
            P("###"),
            P(R("About Brantwood Museum", b=True)),
            P("Brantwood Museum holds the county\u2019s collections of history and natural science."),
            P("Media: Philippa Strand, media@brantwood-museum.example"),
        ],
        "expect": gold("en", "Brantwood Museum returns a carved canoe to the Heron River people",
                       "The canoe left the valley in 1893", "BRANTWOOD", "2025-04-30",
                       ["Brantwood Museum has returned a carved cedar canoe to the Heron River people, 132 years "
                        "after it was taken from the valley.",
                        "The canoe will be kept at the community\u2019s new cultural centre."],
                       ["Brantwood Museum holds the county\u2019s collections of history and natural science."],
                       ["media@brantwood-museum.example"]),
    },    {
        "id": "e10-en-17",
        "note": "The About section in a text box anchored in the second of four body paragraphs (where the "
                "writer dropped it; Word draws it at the page's foot): the body goes on after it.",
        "blocks": [
            P("Pennock Valley Railway reopens its northern section", style="Title"),
            P("PENNOCK, 11 August 2025 \u2013 Pennock Valley Railway ran its first steam train in thirty years "
              "on the six miles between Pennock and Hawley Bridge on Saturday."),
            {"kind": "p_box", "text": "Volunteers relaid the track over four winters, using rails bought from a "
             "closed quarry line.",
             "box": [P(R("About Pennock Valley Railway", b=True)),
                     P("Pennock Valley Railway is a heritage railway run by 300 volunteers since 1968.")]},
            P("Trains will run every weekend until the end of October."),
            P("Tickets cost twelve pounds for adults and are free for children under five."),
            P("Press: Morwenna Ashdown, press@pennock-railway.example"),
        ],
        "expect": gold("en", "Pennock Valley Railway reopens its northern section", None, "PENNOCK", "2025-08-11",
                       ["Pennock Valley Railway ran its first steam train in thirty years on the six miles between "
                        "Pennock and Hawley Bridge on Saturday.",
                        "Volunteers relaid the track over four winters, using rails bought from a closed quarry "
                        "line.",
                        "Trains will run every weekend until the end of October.",
                        "Tickets cost twelve pounds for adults and are free for children under five."],
                       ["Pennock Valley Railway is a heritage railway run by 300 volunteers since 1968."],
                       ["press@pennock-railway.example"]),
    },    {
        "id": "e10-en-18",
        "note": "A short sentence closed by a full stop, bold and centred under a bold centred title, the text "
                "under it plain: the subheadline (headline.subheadline.display_type), as the PDF of the same "
                "page reads it by its type.",
        "blocks": [
            P(R("WebFlux Conference returns to Harbour City", b=True, sz=16), jc="center"),
            P(R("Sixth annual event brings 1,000 developers to the waterfront.", b=True), jc="center"),
            P("HARBOUR CITY, May 12, 2025 \u2013 The WebFlux Conference will return to the Harbour City Convention "
              "Centre on September 3 and 4, its organisers said on Monday."),
            P("Registration opens on June 1, with reduced tickets for students."),
            P("###"),
            P(R("About WebFlux", b=True)),
            P("WebFlux is a non-profit association of web developers founded in 2019."),
            P("Contact: Ines Carvalho-Strand, press@webflux.example"),
        ],
        "expect": gold("en", "WebFlux Conference returns to Harbour City",
                       "Sixth annual event brings 1,000 developers to the waterfront.", "HARBOUR CITY", "2025-05-12",
                       ["The WebFlux Conference will return to the Harbour City Convention Centre on September 3 "
                        "and 4, its organisers said on Monday.",
                        "Registration opens on June 1, with reduced tickets for students."],
                       ["WebFlux is a non-profit association of web developers founded in 2019."],
                       ["press@webflux.example"]),
    },
]
