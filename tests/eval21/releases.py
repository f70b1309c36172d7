# The releases of tests/eval21 (read by make.py): invented press releases
# (fictitious organisations, towns and people) typeset as universities,
# research institutes, public bodies and NGOs typeset theirs: LaTeX
# (pdflatex or xelatex, `article` class with babel) and groff -ms. Gold
# written with them, before pressmill was run on them.
#
# Per release: lang, babel (LaTeX language name; groff: its -m language
# macro or None), engine (pdflatex, xelatex, groff; groff's device: pdf
# for gropdf, ps for -Tps | ps2pdf), layout (fancyhdr: a
# letterhead page header with logo text and a rule; twocolumn:
# \documentclass[twocolumn]; multicol: the body in a multicols
# environment; letter: letterhead, then the place and date flush right;
# maketitle: \title/\author/\date and \maketitle; ms: groff -ms), org
# (the letterhead's logo text), label (a line over the title or None),
# headline, sub (None: no subtitle), dl (the dateline text), dl_style
# ("lead": opening the first paragraph; "line": a line of its own; "right":
# flush right, letter-style; "title": the \date of \maketitle), sep (the
# lead's separator), author (the \author / .AU lines or None), body (a list
# of paragraphs: a str, or ("h", heading); `{{fn:...}}` is a footnote,
# printed as a footnote with its superscript mark, not in the TXT, not in
# the gold), about_head, about, contact_head, contact (lines), emails,
# phones, end (an end mark or None), gold (what the gold says beyond the
# derivation: dateline, date, byline), txt ("plain": one line per
# paragraph; "wrapped": wrapped at 72 columns), note (the gold's
# source_note).


def R(**kw):
    return kw


RELEASES = [
    R(id="e21-en-01", lang="en", babel="british", engine="pdflatex", layout="fancyhdr",
      org="BRACKLEY INSTITUTE OF MARINE SCIENCE", label="PRESS RELEASE",
      headline="Brackley researchers map a cold-water coral reef off Tollan Head",
      sub=None,
      dl="BRACKLEY, 3 March 2026", dl_style="lead", sep=" -- ",
      body=["Scientists at the Brackley Institute of Marine Science have mapped a cold-water coral reef "
            "stretching for eleven kilometres along the continental shelf off Tollan Head, the first such "
            "reef to be charted in detail in the northern sea lanes.{{fn:The survey ran from 14 September "
            "to 2 November 2025 aboard the research vessel Kittiwake.}}",
            "The team used a remotely operated vehicle fitted with a high-definition camera and a multibeam "
            "sonar, recording more than 140 hours of footage at depths between 180 and 320 metres. The "
            "reef-building coral Lophelia pertusa was found in dense thickets, with sponges, brittle stars "
            "and at least nine species of fish sheltering among its branches.",
            "\u201cWe expected fragments, not a living reef of this size,\u201d said Dr Fiona Aldergrove, who "
            "led the expedition. \u201cIt is astonishingly intact, and that is a reason to protect it before "
            "bottom trawling reaches it.\u201d",
            "The findings have been submitted to the national conservation agency, which will decide by the "
            "end of the year whether the area should become a marine protected zone.{{fn:A summary of the "
            "data is available to journalists on request.}}"],
      about_head="About the Brackley Institute of Marine Science",
      about=["The Brackley Institute of Marine Science is an independent research institute affiliated "
             "with the University of Wenlow. Its 85 staff study ocean ecosystems, fisheries and coastal "
             "flooding."],
      contact_head="Media contact",
      contact=["Thomas Penhallow, Communications Officer", "Tel: +44 1632 960 771",
               "Email: t.penhallow@brackley-ims.example"],
      emails=["t.penhallow@brackley-ims.example"], phones=["+44 1632 960 771"], end=None,
      gold={"dateline": {"location": "BRACKLEY", "date": "2026-03-03"}, "date": "2026-03-03", "byline": None},
      txt="plain",
      note="pdflatex article, OT1 Computer Modern (no fontenc), babel british, fancyhdr letterhead (logo text "
           "left, 'Press release' right, a rule), justified paragraphs marked by first-line indentation with no "
           "vertical space, TeX hyphenation at line ends (compounds 'cold-water', 'high-definition', "
           "'reef-building' kept), ligatures, two footnotes with superscript marks (not body), a dateline "
           "opening the first paragraph with ' -- ' (an en dash), \\section*{About ...} and \\section*{Media "
           "contact}."),

    R(id="e21-en-02", lang="en", babel=None, engine="groff", device="pdf", layout="ms",
      org=None, label=None,
      headline="Harwick County opens three new flood shelters before the spring thaw",
      sub=None,
      dl="HARWICK, March 9, 2026", dl_style="lead", sep=" \u2014 ",
      author=["Marguerite Ellery", "Harwick County Emergency Management Office"],
      body=["The Harwick County Emergency Management Office has opened three new flood shelters in the "
            "townships of Millbrook, Osgood Falls and Tarrant Crossing, ahead of the spring thaw that "
            "flooded more than two hundred homes along the Little Wapsie River last year.",
            "Each shelter can house up to 150 people for a week and has been fitted with backup generators, "
            "a first-aid room and a kitchen run by volunteers from the county's food bank. The buildings are "
            "former school gymnasiums that the county bought from the school district in 2024.{{fn:The "
            "purchase was approved by the Board of Supervisors on a four-to-one vote.}}",
            "\u201cLast April we were sheltering families in church basements and a bowling alley,\u201d said "
            "emergency manager Marguerite Ellery. \u201cThis year everyone will know exactly where to go.\u201d",
            "Residents can sign up for flood warnings by text message at the county's website or by calling "
            "the office during business hours."],
      about_head="About the Harwick County Emergency Management Office",
      about=["The Emergency Management Office coordinates the county's response to floods, storms and "
             "other disasters. It has a staff of twelve and works with 400 trained volunteers."],
      contact_head="Contact",
      contact=["Dale Whitcombe, Public Information Officer", "(319) 555-0148", "dwhitcombe@harwickcounty.example"],
      emails=["dwhitcombe@harwickcounty.example"], phones=["(319) 555-0148"], end="###",
      gold={"dateline": {"location": "HARWICK", "date": "2026-03-09"}, "date": "2026-03-09",
            "byline": "Marguerite Ellery"},
      txt="wrapped",
      note="groff -ms -Tpdf: .TL title, .AU author and .AI institution centred under it (the author is the "
           "byline; the institution line is not body), .PP paragraphs with first-line indentation, groff's own "
           "hyphenation at line ends (compounds 'first-aid', 'four-to-one' kept), a footnote with an "
           "auto-numbered mark (.FS/.FE, not body), .SH About heading, a contact block and the end mark '###'."),

    R(id="e21-en-03", lang="en", babel="english", engine="pdflatex", layout="maketitle",
      org=None, label=None,
      headline="Fernhollow Wildlife Trust buys Redmire Moss to restore a lost peat bog",
      sub=None,
      dl="12 March 2026", dl_style="title", sep=None,
      author=["Dr Priya Castellane", "Fernhollow Wildlife Trust"],
      body=["The Fernhollow Wildlife Trust has completed the purchase of Redmire Moss, a 260-hectare "
            "former peat extraction site on the edge of the Sallow Fells, with the aim of turning it back "
            "into a living bog within fifteen years.",
            "Commercial peat cutting stopped at Redmire in 2019, leaving bare, drained fields that release "
            "an estimated 4,000 tonnes of carbon dioxide a year. The trust will block the drainage ditches, "
            "raise the water table and reintroduce sphagnum mosses grown from cuttings at its nursery near "
            "Ashby Staithe.",
            "The purchase was funded by a public appeal that raised \u00a31.2 million from more than 9,000 "
            "donors, together with a grant from the Northern Uplands Fund.{{fn:The remaining \u00a3300,000 came "
            "from the trust's own reserves.}}",
            "\u201cPeatlands are the most efficient carbon stores on land, and they are also wonderful places "
            "for wildlife,\u201d said Dr Priya Castellane, the trust's head of conservation. \u201cWe are "
            "grateful to every person who gave.\u201d"],
      about_head="About the Fernhollow Wildlife Trust",
      about=["The Fernhollow Wildlife Trust is a charity that looks after 41 nature reserves and has 23,000 "
             "members. It was founded in 1968 by a group of local naturalists."],
      contact_head="Press enquiries",
      contact=["Owen Trevithick", "press@fernhollowwildlife.example", "01632 960 905"],
      emails=["press@fernhollowwildlife.example"], phones=["01632 960 905"], end=None,
      gold={"dateline": {"location": None, "date": "2026-03-12"}, "date": "2026-03-12",
            "byline": "Dr Priya Castellane"},
      txt="wrapped",
      note="pdflatex article with \\maketitle: the title (headline), \\author (a person's name, the byline, "
           "with the organisation on a second line, not body) and \\date (a date-only line: a dateline without "
           "place) centred above the text; T1 fontenc, lmodern; paragraphs by indentation, TeX hyphenation "
           "('260-hectare' kept), a footnote (not body), \\section*{About ...} and \\section*{Press enquiries}."),

    R(id="e21-en-04", lang="en", babel="english", engine="pdflatex", layout="letter",
      org="Thornbury Housing Cooperative", label=None,
      letterhead=["Thornbury Housing Cooperative", "14 Canal Wharf, Thornbury TB4 2QL"],
      headline="Thornbury Housing Cooperative finishes its first passive-house terrace",
      sub="Twelve family homes with heating bills under \u00a3200 a year",
      dl="14 April 2026", dl_style="right", sep=None,
      body=["Thornbury Housing Cooperative has handed over the keys to the twelve homes of Wharfside Row, "
            "the first terrace in the county built to the passive-house standard. The homes are owned by the "
            "cooperative and let to members at rents tied to local incomes.",
            "Thick insulation, triple glazing and a heat-recovery ventilation system mean that each home needs "
            "so little heating that the cooperative expects the average annual bill to be under \u00a3200. "
            "Solar panels on the south-facing roofs supply most of the electricity for the shared laundry.",
            "\u201cOur members told us that affordable rent means nothing if the heating costs a fortune,\u201d "
            "said the cooperative's chair, Bernadette Okonjo. \u201cWharfside Row shows that a small, "
            "member-run organisation can build to the highest standard.\u201d"],
      about_head="About Thornbury Housing Cooperative",
      about=["Thornbury Housing Cooperative was founded in 1981 and owns 164 homes. It is run by its "
             "members, who elect a board of nine."],
      contact_head="For further information",
      contact=["Rhiannon Fells, 01632 960 318, rhiannon@thornburycoop.example"],
      emails=["rhiannon@thornburycoop.example"], phones=["01632 960 318"], end="ENDS",
      gold={"dateline": {"location": None, "date": "2026-04-14"}, "date": "2026-04-14", "byline": None},
      txt="plain",
      note="pdflatex article laid out as a letter: the letterhead (name and address, flush left, not body), "
           "then the date alone flush right (a date-only line: a dateline without place), a bold title and an "
           "italic subtitle, paragraphs by indentation, TeX hyphenation ('passive-house', 'heat-recovery', "
           "'south-facing', 'member-run' kept), \\section*{About ...}, a contact line and 'ENDS'."),

    R(id="e21-fr-01", lang="fr", babel="french", engine="pdflatex", layout="fancyhdr",
      org="INSTITUT DE RECHERCHE EN AGRO\u00c9COLOGIE DE VALMORET", label="COMMUNIQU\u00c9 DE PRESSE",
      headline="Des haies fruiti\u00e8res pour prot\u00e9ger les sols du plateau de Valmoret",
      sub=None,
      dl="Valmoret, le 4 mars 2026", dl_style="lead", sep=" \u2013 ",
      body=["L'Institut de recherche en agro\u00e9cologie de Valmoret lance un programme de plantation de "
            "quarante kilom\u00e8tres de haies fruiti\u00e8res chez soixante agriculteurs volontaires du "
            "plateau. Ces haies, compos\u00e9es de pommiers, de poiriers et de noisetiers, doivent freiner "
            "l'\u00e9rosion des sols et offrir un revenu compl\u00e9mentaire aux exploitations.",
            "Les chercheurs suivront pendant dix ans l'effet des plantations sur l'humidit\u00e9 des sols, la "
            "biodiversit\u00e9 et les rendements des cultures voisines. Les premi\u00e8res mesures seront "
            "publi\u00e9es au printemps 2027.{{fn:Le protocole scientifique a \u00e9t\u00e9 valid\u00e9 par le "
            "conseil scientifique de l'institut en d\u00e9cembre 2025.}}",
            "\u00ab Les haies ont \u00e9t\u00e9 arrach\u00e9es en masse apr\u00e8s le remembrement. Nous voulons "
            "montrer qu'elles peuvent redevenir rentables \u00bb, explique Sol\u00e8ne Marchadier, directrice "
            "de recherche et coordinatrice du programme.",
            "Le financement, d'un montant de 2,4 millions d'euros, est assur\u00e9 par la r\u00e9gion et par "
            "un fonds europ\u00e9en de d\u00e9veloppement rural."],
      about_head="\u00c0 propos de l'Institut de recherche en agro\u00e9cologie de Valmoret",
      about=["Cr\u00e9\u00e9 en 1994, l'institut r\u00e9unit 120 chercheurs, ing\u00e9nieurs et techniciens "
             "qui travaillent sur les syst\u00e8mes agricoles sobres en intrants."],
      contact_head="Contact presse",
      contact=["Aur\u00e9lien Casteran", "T\u00e9l. : 05 55 01 42 87", "aurelien.casteran@irav.example"],
      emails=["aurelien.casteran@irav.example"], phones=["05 55 01 42 87"], end=None,
      gold={"dateline": {"location": "Valmoret", "date": "2026-03-04"}, "date": "2026-03-04", "byline": None},
      txt="wrapped",
      note="pdflatex article, T1 fontenc, babel french (its thin spaces inside \u00ab \u00bb and before ':'), "
           "fancyhdr letterhead with logo text and a rule, 'COMMUNIQU\u00c9 DE PRESSE' label, dateline opening "
           "the first paragraph, paragraphs by indentation, French TeX hyphenation at line ends, a footnote "
           "(not body), \\section*{\u00c0 propos de ...}, \\section*{Contact presse}."),

    R(id="e21-fr-02", lang="fr", babel="french", engine="xelatex", layout="twocolumn",
      org=None, label="Communiqu\u00e9 de presse",
      headline="La m\u00e9diath\u00e8que de Saint-Auvrin ouvre le dimanche toute l'ann\u00e9e",
      sub="Une exp\u00e9rimentation concluante men\u00e9e pendant l'hiver",
      dl="Saint-Auvrin, le 20 f\u00e9vrier 2026", dl_style="line", sep=None,
      body=["La m\u00e9diath\u00e8que intercommunale de Saint-Auvrin sera d\u00e9sormais ouverte tous les "
            "dimanches, de 10 heures \u00e0 18 heures, \u00e0 partir du 1er mars. La d\u00e9cision a \u00e9t\u00e9 "
            "prise par le conseil communautaire apr\u00e8s une exp\u00e9rimentation de trois mois qui a attir\u00e9 "
            "en moyenne 640 visiteurs chaque dimanche.",
            "Les familles ont \u00e9t\u00e9 les plus nombreuses \u00e0 profiter de ces nouveaux horaires : un "
            "visiteur sur trois avait moins de douze ans. L'espace jeux vid\u00e9o et l'atelier de r\u00e9paration "
            "de v\u00e9los, install\u00e9 dans l'ancienne salle des f\u00eates, ont affich\u00e9 complet.",
            "Pour assurer ces ouvertures, quatre postes suppl\u00e9mentaires ont \u00e9t\u00e9 cr\u00e9\u00e9s et "
            "les agents volontaires b\u00e9n\u00e9ficient d'une r\u00e9cup\u00e9ration major\u00e9e.{{fn:Accord "
            "sign\u00e9 avec les repr\u00e9sentants du personnel le 12 f\u00e9vrier 2026.}}",
            "\u00ab Le dimanche, c'est le seul jour o\u00f9 beaucoup d'habitants ont le temps de venir \u00bb, "
            "souligne Maryvonne Le Gall-Harismendy, vice-pr\u00e9sidente charg\u00e9e de la culture."],
      about_head="\u00c0 propos de la Communaut\u00e9 de communes du Val d'Auvrin",
      about=["La Communaut\u00e9 de communes du Val d'Auvrin regroupe dix-huit communes et 31 000 habitants. "
             "Elle g\u00e8re trois m\u00e9diath\u00e8ques, deux piscines et le r\u00e9seau de transport \u00e0 la "
             "demande."],
      contact_head="Contact presse",
      contact=["Service communication : 02 97 55 18 40", "presse@valdauvrin.example"],
      emails=["presse@valdauvrin.example"], phones=["02 97 55 18 40"], end=None,
      gold={"dateline": {"location": "Saint-Auvrin", "date": "2026-02-20"}, "date": "2026-02-20", "byline": None},
      txt="plain",
      note="xelatex article in two columns (\\documentclass[twocolumn]), babel french, Latin Modern OpenType: "
           "a label, title and subtitle spanning both columns, the dateline on a line of its own, narrow "
           "justified columns with many TeX hyphenations (compounds 'Saint-Auvrin', 'vice-pr\u00e9sidente', "
           "'Le Gall-Harismendy', 'dix-huit' kept), a footnote (not body), \\section*{\u00c0 propos de ...}."),

    R(id="e21-de-01", lang="de", babel="ngerman", engine="pdflatex", layout="letter",
      org="Stadtwerke Lindenbr\u00fcck", label="Pressemitteilung",
      letterhead=["Stadtwerke Lindenbr\u00fcck GmbH", "Am Wasserturm 3, 34567 Lindenbr\u00fcck"],
      headline="Stadtwerke Lindenbr\u00fcck bauen Fernw\u00e4rmenetz in der Altstadt aus",
      sub=None,
      dl="Lindenbr\u00fcck, 12. M\u00e4rz 2026", dl_style="right", sep=None,
      body=["Die Stadtwerke Lindenbr\u00fcck erweitern ihr Fernw\u00e4rmenetz um sieben Kilometer und schlie\u00dfen "
            "ab dem Sommer rund 900 Geb\u00e4ude in der Altstadt an. Die Bauarbeiten beginnen im Mai in der "
            "Kirchgasse und werden abschnittsweise bis Ende 2027 ausgef\u00fchrt.",
            "Die W\u00e4rme stammt zu zwei Dritteln aus dem neuen Holzhackschnitzel-Heizkraftwerk am Hafen und "
            "aus der Abw\u00e4rme der Kl\u00e4ranlage. Damit sinkt der CO2-Aussto\u00df der angeschlossenen "
            "Haushalte nach Berechnungen der Stadtwerke um etwa 11.000 Tonnen pro Jahr.",
            "\u201eF\u00fcr viele Eigent\u00fcmerinnen und Eigent\u00fcmer in der Altstadt ist die Fernw\u00e4rme die "
            "einfachste M\u00f6glichkeit, ihre \u00d6l- und Gasheizungen zu ersetzen\u201c, sagt Gesch\u00e4ftsf\u00fchrer "
            "Matthias Grevenkamp. Eine Informationsveranstaltung findet am 26. M\u00e4rz im Rathaus statt."],
      about_head="\u00dcber die Stadtwerke Lindenbr\u00fcck",
      about=["Die Stadtwerke Lindenbr\u00fcck GmbH versorgen 48.000 Einwohnerinnen und Einwohner mit Strom, Gas, "
             "Wasser und Fernw\u00e4rme und betreiben zwei Hallenb\u00e4der. Sie geh\u00f6ren zu 100 Prozent der "
             "Stadt."],
      contact_head="Pressekontakt",
      contact=["Carola Westhoff, Unternehmenskommunikation", "Telefon: 05631 94 12-208",
               "E-Mail: presse@stadtwerke-lindenbrueck.example"],
      emails=["presse@stadtwerke-lindenbrueck.example"], phones=["05631 94 12-208"], end=None,
      gold={"dateline": {"location": "Lindenbr\u00fcck", "date": "2026-03-12"}, "date": "2026-03-12",
            "byline": None},
      txt="wrapped",
      note="pdflatex article laid out as a German business letter: the letterhead (name and address, not "
           "body), 'Pressemitteilung', then 'Lindenbr\u00fcck, 12. M\u00e4rz 2026' flush right (place and date: "
           "the dateline), a bold title; T1 fontenc, babel ngerman, paragraphs by indentation, German TeX "
           "hyphenation of long compounds at line ends (real hyphens in 'Holzhackschnitzel-Heizkraftwerk', "
           "'CO2-Aussto\u00df', '\u00d6l- und' kept), \\section*{\u00dcber ...}, \\section*{Pressekontakt}."),

    R(id="e21-de-02", lang="de", babel="de", engine="groff", device="ps", layout="ms",
      org=None, label=None,
      headline="Hochschule Hohenkirchen er\u00f6ffnet Lernwerkstatt f\u00fcr Reparatur und Kreislaufwirtschaft",
      sub=None,
      dl="Hohenkirchen, 5. Mai 2026", dl_style="lead", sep=" \u2013 ",
      author=None,
      body=["Die Hochschule Hohenkirchen hat am Dienstag ihre neue Lernwerkstatt f\u00fcr Reparatur und "
            "Kreislaufwirtschaft er\u00f6ffnet. In den umgebauten Werkstattr\u00e4umen des ehemaligen "
            "Maschinenbaulabors lernen Studierende aller Fachrichtungen, defekte Elektroger\u00e4te, Fahrr\u00e4der "
            "und M\u00f6bel zu reparieren und wiederzuverwenden.",
            "Das Angebot ist Teil des neuen Wahlpflichtmoduls \u201eNachhaltiges Produktdesign\u201c, steht aber "
            "auch B\u00fcrgerinnen und B\u00fcrgern offen: Jeden Donnerstagnachmittag findet ein \u00f6ffentliches "
            "Reparatur-Caf\u00e9 statt.{{fn:Die Teilnahme ist kostenlos, eine Anmeldung ist nicht erforderlich.}}",
            "\u201eWer einmal einen Toaster selbst repariert hat, entwirft anschlie\u00dfend anders\u201c, sagt "
            "Professorin Henrike Vo\u00dfberg-Alaoui, die die Werkstatt leitet. Die Einrichtung wurde mit 380.000 "
            "Euro aus Landesmitteln gef\u00f6rdert."],
      about_head="\u00dcber die Hochschule Hohenkirchen",
      about=["Die Hochschule Hohenkirchen ist eine staatliche Hochschule f\u00fcr angewandte Wissenschaften mit "
             "6.200 Studierenden in den Bereichen Technik, Wirtschaft und Gestaltung."],
      contact_head="Kontakt f\u00fcr Medien",
      contact=["Pressestelle der Hochschule Hohenkirchen", "Telefon 07351 660-1120", "presse@hs-hohenkirchen.example"],
      emails=["presse@hs-hohenkirchen.example"], phones=["07351 660-1120"], end=None,
      gold={"dateline": {"location": "Hohenkirchen", "date": "2026-05-05"}, "date": "2026-05-05", "byline": None},
      txt="plain",
      note="groff -ms -mde (German hyphenation) -k -Tps, then ps2pdf: .TL title, .PP paragraphs by indentation with "
           "the dateline opening the first, groff's hyphenation of German compounds at line ends (real "
           "hyphens in 'Reparatur-Caf\u00e9', 'Vo\u00dfberg-Alaoui' kept), a footnote with an auto-numbered mark "
           "(not body), .SH headings for About and the contact block."),

    R(id="e21-es-01", lang="es", babel="spanish", engine="pdflatex", layout="twocolumn",
      org=None, label="NOTA DE PRENSA",
      headline="La Universidad de Villabermeja abre un banco de semillas de variedades locales",
      sub=None,
      dl="VILLABERMEJA, 10 de marzo de 2026", dl_style="lead", sep=".\u2013 ",
      body=["La Universidad de Villabermeja ha inaugurado un banco de germoplasma que conservar\u00e1 las "
            "semillas de m\u00e1s de trescientas variedades tradicionales de tomate, jud\u00eda, pimiento y "
            "calabaza recogidas en las huertas de la comarca durante los \u00faltimos cinco a\u00f1os.",
            "Las semillas se guardan en c\u00e1maras fr\u00edas a cuatro grados bajo cero y se ceder\u00e1n "
            "gratuitamente a los agricultores que quieran recuperar estas variedades.{{fn:Las solicitudes se "
            "atender\u00e1n por orden de llegada a partir de septiembre.}} El proyecto ha contado con la "
            "colaboraci\u00f3n de cuarenta hortelanos jubilados, que han cedido sus propias semillas y su "
            "conocimiento.",
            "\u00abCada variedad que se pierde es un trozo de historia agr\u00edcola que no se puede "
            "reconstruir\u00bb, ha afirmado la catedr\u00e1tica de Gen\u00e9tica Vegetal Amparo Ruiz-Tabernero, "
            "directora del proyecto.",
            "El banco ha recibido una financiaci\u00f3n de 650.000 euros del programa auton\u00f3mico de "
            "investigaci\u00f3n agroalimentaria."],
      about_head="Sobre la Universidad de Villabermeja",
      about=["La Universidad de Villabermeja es una universidad p\u00fablica fundada en 1989 que cuenta con "
             "14.000 estudiantes y cuatro campus."],
      contact_head="Contacto de prensa",
      contact=["Gabinete de Comunicaci\u00f3n", "Tel\u00e9fono: 927 55 31 08", "prensa@uvillabermeja.example"],
      emails=["prensa@uvillabermeja.example"], phones=["927 55 31 08"], end=None,
      gold={"dateline": {"location": "VILLABERMEJA", "date": "2026-03-10"}, "date": "2026-03-10",
            "byline": None},
      txt="wrapped",
      note="pdflatex article in two columns, T1 fontenc, babel spanish: 'NOTA DE PRENSA' label and title "
           "spanning the columns, a dateline opening the first paragraph with '.\u2013', narrow justified columns "
           "with Spanish TeX hyphenation ('Ruiz-Tabernero' kept), a footnote in the middle of a paragraph (not "
           "body), \\section*{Sobre ...}, \\section*{Contacto de prensa}."),

    R(id="e21-es-02", lang="es", babel="spanish", engine="xelatex", layout="maketitle",
      org=None, label=None,
      headline="El Ayuntamiento de Vallehondo instala sombras vegetales en doce patios escolares",
      sub=None,
      dl="Vallehondo, 2 de abril de 2026", dl_style="title", sep=None,
      author=["Gabinete de Prensa"],
      body=["El Ayuntamiento de Vallehondo plantar\u00e1 este a\u00f1o m\u00e1s de cuatrocientos \u00e1rboles y "
            "p\u00e9rgolas con plantas trepadoras en los patios de doce colegios p\u00fablicos, con el fin de reducir "
            "la temperatura que soportan los alumnos en los meses de calor.",
            "Las mediciones realizadas el pasado junio registraron hasta 52 grados en la superficie del asfalto "
            "de algunos patios. Los t\u00e9cnicos municipales calculan que las nuevas sombras rebajar\u00e1n esa "
            "temperatura en m\u00e1s de quince grados.",
            "\u00abQueremos que los ni\u00f1os vuelvan a jugar en el patio en mayo y en junio\u00bb, ha explicado la "
            "concejala de Educaci\u00f3n, Roc\u00edo Santamar\u00eda. Las obras se har\u00e1n durante las vacaciones "
            "de verano para no interrumpir las clases."],
      about_head="Sobre el Ayuntamiento de Vallehondo",
      about=["Vallehondo es un municipio de 27.500 habitantes situado en la vega del r\u00edo Hondo."],
      contact_head="Contacto",
      contact=["comunicacion@vallehondo.example", "Tel. 925 44 17 60"],
      emails=["comunicacion@vallehondo.example"], phones=["925 44 17 60"], end=None,
      gold={"dateline": {"location": "Vallehondo", "date": "2026-04-02"}, "date": "2026-04-02",
            "byline": "Gabinete de Prensa"},
      txt="plain",
      note="xelatex article with \\maketitle: title, \\author{Gabinete de Prensa} (the signature as written: "
           "the byline) and \\date{Vallehondo, 2 de abril de 2026} (place and date: the dateline) centred; "
           "babel spanish, paragraphs by indentation, TeX hyphenation, \\section*{Sobre ...}, a contact "
           "section."),

    R(id="e21-it-01", lang="it", babel="italian", engine="pdflatex", layout="multicol",
      org="FONDAZIONE MONTEBRUNO PER LA SALUTE", label="COMUNICATO STAMPA",
      headline="La Fondazione Montebruno porta l'ambulatorio mobile nei borghi dell'Alta Valserina",
      sub=None,
      dl="Roccalba, 18 marzo 2026", dl_style="lead", sep=" \u2013 ",
      body=["Dal prossimo aprile un ambulatorio mobile della Fondazione Montebruno visiter\u00e0 ogni settimana "
            "quattordici borghi dell'Alta Valserina rimasti senza medico di famiglia. Il mezzo, un furgone "
            "attrezzato con elettrocardiografo, ecografo e strumenti per le analisi del sangue, sar\u00e0 "
            "guidato da un infermiere e ospiter\u00e0 a rotazione tre medici volontari.",
            "Secondo i dati della fondazione, quasi duemila residenti con pi\u00f9 di settantacinque anni "
            "devono oggi percorrere oltre trenta chilometri per una visita.{{fn:Dati raccolti dalla fondazione "
            "presso i comuni della valle nel 2025.}}",
            "\u00abLa montagna si spopola anche perch\u00e9 curarsi diventa difficile\u00bb, ha dichiarato la "
            "presidente della fondazione, Ludovica Ferraris-Bonomi. \u00abVogliamo che nessuno debba lasciare "
            "il proprio paese per questo motivo\u00bb.",
            "Il progetto, del valore di 480.000 euro in tre anni, \u00e8 sostenuto da due banche di credito "
            "cooperativo e dalla comunit\u00e0 montana."],
      about_head="Informazioni sulla Fondazione Montebruno",
      about=["La Fondazione Montebruno per la Salute \u00e8 un ente senza scopo di lucro nato nel 2008 per "
             "migliorare l'accesso alle cure nelle aree interne."],
      contact_head="Ufficio stampa",
      contact=["Giacomo Pellegrinetti", "Tel. 0342 615 447", "stampa@fondazionemontebruno.example"],
      emails=["stampa@fondazionemontebruno.example"], phones=["0342 615 447"], end=None,
      gold={"dateline": {"location": "Roccalba", "date": "2026-03-18"}, "date": "2026-03-18", "byline": None},
      txt="wrapped",
      note="pdflatex article, T1 fontenc, babel italian, fancyhdr letterhead, the body in a two-column "
           "multicols environment under a full-width title, paragraphs by indentation, Italian TeX "
           "hyphenation ('Ferraris-Bonomi' kept), a footnote (not body), About and press-office sections "
           "after the columns."),

    R(id="e21-pt-01", lang="pt", babel="portuguese", engine="xelatex", layout="letter",
      org="Associa\u00e7\u00e3o Rio Vivo", label="Comunicado de imprensa",
      letterhead=["Associa\u00e7\u00e3o Rio Vivo", "Rua dos Moinhos, 41, 4950-203 Vila Nova de Alcarva"],
      headline="Volunt\u00e1rios retiram quatro toneladas de lixo das margens do rio Alcarva",
      sub=None,
      dl="Vila Nova de Alcarva, 7 de abril de 2026", dl_style="right", sep=None,
      body=["Mais de trezentos volunt\u00e1rios participaram no passado fim de semana na maior a\u00e7\u00e3o de "
            "limpeza alguma vez realizada nas margens do rio Alcarva, organizada pela Associa\u00e7\u00e3o Rio "
            "Vivo. Ao longo de dezoito quil\u00f3metros foram recolhidas quatro toneladas de res\u00edduos, "
            "sobretudo pl\u00e1sticos, pneus e restos de constru\u00e7\u00e3o.",
            "Os res\u00edduos foram separados no local e entregues ao sistema municipal de reciclagem. A "
            "associa\u00e7\u00e3o identificou ainda onze pontos de descarga ilegal, que comunicou \u00e0s "
            "autoridades.",
            "\u00abO rio \u00e9 de todos e a resposta das pessoas mostrou isso mesmo\u00bb, afirmou a presidente da "
            "associa\u00e7\u00e3o, Teresa Gon\u00e7alves-Moura. A pr\u00f3xima a\u00e7\u00e3o est\u00e1 marcada para "
            "outubro."],
      about_head="Sobre a Associa\u00e7\u00e3o Rio Vivo",
      about=["A Associa\u00e7\u00e3o Rio Vivo \u00e9 uma organiza\u00e7\u00e3o n\u00e3o governamental de ambiente "
             "fundada em 2011, com 850 associados."],
      contact_head="Contactos para a imprensa",
      contact=["Nuno Ferreira Braga", "Tel.: 253 108 442", "imprensa@riovivo.example"],
      emails=["imprensa@riovivo.example"], phones=["253 108 442"], end=None,
      gold={"dateline": {"location": "Vila Nova de Alcarva", "date": "2026-04-07"}, "date": "2026-04-07",
            "byline": None},
      txt="plain",
      note="xelatex article laid out as a letter: letterhead (name and address, not body), 'Comunicado de "
           "imprensa', then place and date flush right (the dateline), a bold title; babel portuguese, "
           "paragraphs by indentation, TeX hyphenation ('Gon\u00e7alves-Moura' kept), \\section*{Sobre ...}, "
           "\\section*{Contactos para a imprensa}."),

    R(id="e21-nl-01", lang="nl", babel="dutch", engine="pdflatex", layout="fancyhdr",
      org="WATERSCHAP LEEDEVELD", label="Persbericht",
      headline="Waterschap Leedeveld legt natuurvriendelijke oevers aan langs de Oude Wetering",
      sub=None,
      dl="Westerveld, 3 april 2026", dl_style="lead", sep=" \u2013 ",
      body=["Waterschap Leedeveld begint deze maand met het aanleggen van twaalf kilometer "
            "natuurvriendelijke oevers langs de Oude Wetering tussen Westerveld en Kortenhoeve. De steile "
            "beschoeiing maakt plaats voor flauwe, begroeide taluds waar planten, vissen en amfibie\u00ebn zich "
            "kunnen vestigen.",
            ("h", "Minder onderhoud, meer waterberging"),
            "De nieuwe oevers kunnen bij hevige regen extra water opvangen. Daarmee neemt de kans op "
            "wateroverlast in de lager gelegen polders af. Bovendien hoeft het waterschap de oude houten "
            "beschoeiing niet meer te vervangen, wat op termijn geld bespaart.{{fn:De aanleg kost 3,1 miljoen "
            "euro, waarvan de provincie de helft betaalt.}}",
            "\u201cWe geven de sloot een stukje van zijn natuurlijke vorm terug\u201d, zegt dijkgraaf Hendrikje "
            "van der Wiel-Bosman. Aanwonenden zijn op 16 april welkom op een informatieavond in het "
            "gemeentehuis van Westerveld."],
      about_head="Over Waterschap Leedeveld",
      about=["Waterschap Leedeveld zorgt voor veilige dijken, voldoende en schoon water in een gebied van "
             "1.100 vierkante kilometer met 420.000 inwoners."],
      contact_head="Meer informatie",
      contact=["Afdeling Communicatie, 0541 88 20 75", "pers@leedeveld.example"],
      emails=["pers@leedeveld.example"], phones=["0541 88 20 75"], end=None,
      gold={"dateline": {"location": "Westerveld", "date": "2026-04-03"}, "date": "2026-04-03", "byline": None},
      txt="wrapped",
      note="pdflatex article, T1 fontenc, babel dutch, fancyhdr letterhead with logo text and a rule, a "
           "'Persbericht' label, the dateline opening the first paragraph, a \\subsection* heading inside the "
           "body (a heading entry), paragraphs by indentation (the first after a heading not indented), Dutch "
           "TeX hyphenation ('van der Wiel-Bosman' kept), a footnote (not body), \\section*{Over ...}."),

    R(id="e21-sv-01", lang="sv", babel="swedish", engine="xelatex", layout="multicol",
      org="BJ\u00d6RKVIKS KOMMUN", label="Pressmeddelande",
      headline="Bj\u00f6rkviks kommun \u00f6ppnar Sveriges f\u00f6rsta l\u00e5nebod f\u00f6r sportutrustning i "
               "en skola",
      sub=None,
      dl="Bj\u00f6rkvik, 9 mars 2026", dl_style="line", sep=None,
      body=["Bj\u00f6rkviks kommun \u00f6ppnar en l\u00e5nebod f\u00f6r sport- och fritidsutrustning i "
            "Ekbackeskolan. D\u00e4r kan barn och unga gratis l\u00e5na skridskor, skidor, hj\u00e4lmar och "
            "fiskesp\u00f6n i upp till tv\u00e5 veckor.",
            "Utrustningen kommer fr\u00e5n privatpersoner och f\u00f6reningar som sk\u00e4nkt den under vintern. "
            "Hittills har boden tagit emot drygt 1\u202f400 f\u00f6rem\u00e5l, som kontrolleras och lagas av elever "
            "p\u00e5 skolans fordons- och transportprogram.",
            "\u2013 Alla barn ska kunna prova p\u00e5 en sport, oavsett vad familjen har r\u00e5d med, s\u00e4ger "
            "Ingela Str\u00f6mqvist-Lindh, ordf\u00f6rande i kultur- och fritidsn\u00e4mnden."],
      about_head="Om Bj\u00f6rkviks kommun",
      about=["Bj\u00f6rkviks kommun har 24\u202f000 inv\u00e5nare och ligger vid norra delen av sj\u00f6n "
             "Storl\u00e5ngen."],
      contact_head="Presskontakt",
      contact=["Petter Alm\u00e9n, kommunikat\u00f6r, 0581-45 12 30", "petter.almen@bjorkvik.example"],
      emails=["petter.almen@bjorkvik.example"], phones=["0581-45 12 30"], end=None,
      gold={"dateline": {"location": "Bj\u00f6rkvik", "date": "2026-03-09"}, "date": "2026-03-09", "byline": None},
      txt="plain",
      note="xelatex article, babel swedish, fancyhdr letterhead, 'Pressmeddelande' label, a dateline line, "
           "the body in multicols, paragraphs by indentation, Swedish TeX hyphenation of long compounds "
           "('sport- och', 'Str\u00f6mqvist-Lindh' kept), a quotation opened by a dash, \\section*{Om ...}, "
           "\\section*{Presskontakt}."),
]
