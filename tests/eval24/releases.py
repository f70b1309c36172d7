# The releases of tests/eval24 (read by make.py and make_one.py): invented
# press releases (fictitious organisations, towns and people) laid out as
# designers lay out corporate and agency releases in a desktop-publishing
# program (Scribus here, standing for InDesign, QuarkXPress, Affinity).
# Gold written with them, before pressmill was run on them.
#
# Per release: lang, hyph (Scribus hyphenation language), layout (see
# make.py: "threaded2" two linked columns on page 1 flowing into linked
# columns on page 2; "sidebar" a body frame beside a tinted fact box;
# "onecol" one wide frame on page 1 flowing into one on page 2; "three" the
# body in three linked columns), kicker (letter-spaced capitals over the
# headline, not body), headline, sub (standfirst set large under the
# headline, or None), dl and sep (the dateline opening the first
# paragraph), body (paragraphs; ("h", text) a heading inside the body),
# pull (a pull quote repeating words of the body, set large in the middle
# of a column: furniture, not body; or None), box (a fact box: a title and
# lines, not body; or None), caption (an image caption under a picture,
# not body; or None), about_head, about, contact_head, contact (lines),
# footer (the address lines printed in a coloured band at the page foot,
# not body), emails, phones, gold (dateline, date, byline), note.


def R(**kw):
    return kw


RELEASES = [
    R(id="e24-en-01", lang="en", hyph="en_GB", layout="threaded2",
      kicker="NEWS RELEASE",
      headline="Corravale Ferries orders two battery-electric ships for the Sallow Sound crossing",
      sub=None,
      dl="PORT ESKER, 12 May 2026", sep=" \u2013 ",
      body=["Corravale Ferries has signed a contract with the Tarnbridge shipyard for two battery-electric "
            "vessels that will replace the diesel ferries on the forty-minute crossing between Port Esker "
            "and the island of Holm Wray from the summer of 2028.",
            "Each ship will carry up to 320 passengers and 64 cars and will recharge in twelve minutes at "
            "either end of the route, drawing power from shore stations that the harbour authority is "
            "building with a grant from the regional transport fund. The order is worth 94 million pounds.",
            "\u201cThis crossing is the lifeline of the island, and for the first time it will run without "
            "burning a single litre of fuel on a normal day,\u201d said Imogen Fairweather, chief executive of "
            "Corravale Ferries. \u201cOur crews helped to design the bridge and the car deck, and the "
            "islanders chose the colours.\u201d",
            ("h", "Quieter mornings in the harbour"),
            "The new ships are expected to cut the company's carbon emissions by about 11,000 tonnes a year. "
            "Residents of the harbour front, who have long complained about engines idling before the first "
            "departure at six in the morning, will also notice the difference: the electric drive is almost "
            "silent at berth.",
            "A backup generator running on renewable diesel will be kept on board for storms, when the "
            "crossing can take twice as long. Sea trials are planned for the spring of 2028 off the "
            "Tarnbridge yard.",
            "The two diesel ferries now in service, the Kittiwake and the Lady Ardith, will be sold once the "
            "new vessels have completed their first winter."],
      pull="\u201cFor the first time it will run without burning a single litre of fuel on a normal day.\u201d",
      box=None,
      caption="An artist's impression of the new ferries at the Holm Wray slipway.",
      about_head="About Corravale Ferries",
      about=["Corravale Ferries operates five routes between the mainland and the islands of the Sallow "
             "Sound. It employs 410 people and carried 1.3 million passengers in 2025."],
      contact_head="Media enquiries",
      contact=["Rhodri Pennant, Head of Communications", "Phone: +44 1632 960 418",
               "press@corravale-ferries.example"],
      footer=["Corravale Ferries Ltd", "Harbour Office, 2 Quay Parade, Port Esker PE7 4RT",
              "www.corravale-ferries.example"],
      emails=["press@corravale-ferries.example"], phones=["+44 1632 960 418"],
      gold={"dateline": {"location": "PORT ESKER", "date": "2026-05-12"}, "date": "2026-05-12", "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline, two linked columns on page 1 threaded into two "
           "linked columns on page 2, a pull quote in the middle of the first column with the text flowing "
           "around it (repeats the third paragraph: not body), a picture with a caption (not body), a heading "
           "inside the body, justified text with hyphenation, a coloured footer band with the address (not "
           "body)."),

    R(id="e24-en-02", lang="en", hyph="en_US", layout="sidebar",
      kicker="FOR IMMEDIATE RELEASE",
      headline="Bellmont Children's Museum doubles its hands-on science hall",
      sub="A new wing with a tide pool, a weather station and a workshop for young inventors opens on June 6",
      dl="BELLMONT, Ore., May 19, 2026", sep=" \u2014 ",
      body=["The Bellmont Children's Museum will open a new wing on June 6 that doubles the size of its "
            "hands-on science hall, adding a living tide pool, a rooftop weather station and a workshop where "
            "children can build and test their own machines.",
            "The 14,000-square-foot extension was designed by the Portland firm Ostrander Vail Architects and "
            "paid for by a capital campaign that raised $11.2 million from more than 2,600 donors, most of "
            "them families from the county.",
            "\u201cChildren learn by touching, breaking and fixing things,\u201d said Dolores Kettering, the "
            "museum's executive director. \u201cThis wing gives them room to do all three, with real tools and "
            "real data from our own roof.\u201d",
            "Admission to the new wing is included in the regular ticket. On opening weekend, entry will be "
            "free for all visitors under twelve, and volunteers from the Bellmont Amateur Radio Club will "
            "demonstrate how weather balloons are tracked."],
      pull=None,
      box=["At a glance", "Opening: Saturday, June 6, 10 a.m.", "Area: 14,000 square feet",
           "Cost: $11.2 million", "Donors: more than 2,600", "Free entry under 12 on opening weekend"],
      caption=None,
      about_head="About the Bellmont Children's Museum",
      about=["Founded in 1987, the Bellmont Children's Museum welcomes about 180,000 visitors a year and runs "
             "science programs in forty schools across Halden County."],
      contact_head="Media contact",
      contact=["Corinne Whitlatch", "(503) 555-0172", "cwhitlatch@bellmontkids.example"],
      footer=["Bellmont Children's Museum", "410 Larkspur Avenue, Bellmont, OR 97999",
              "bellmontkids.example"],
      emails=["cwhitlatch@bellmontkids.example"], phones=["(503) 555-0172"],
      gold={"dateline": {"location": "BELLMONT", "date": "2026-05-19"}, "date": "2026-05-19", "byline": None},
      note="Scribus, US Letter, letter-spaced kicker, display headline and a standfirst (the subheadline), the "
           "body in a wide frame beside a tinted 'At a glance' fact box in a narrow column (facts beside the "
           "text: not body), justified with hyphenation, a coloured footer band with the address (not body)."),

    R(id="e24-fr-01", lang="fr", hyph="fr", layout="threaded2",
      kicker="COMMUNIQU\u00c9 DE PRESSE",
      headline="La M\u00e9diath\u00e8que de Villebrune-sur-Aude ouvre ses portes le dimanche",
      sub=None,
      dl="Villebrune-sur-Aude, le 4 mai 2026", sep=" \u2013 ",
      body=["\u00c0 partir du 7 juin, la m\u00e9diath\u00e8que intercommunale de Villebrune-sur-Aude "
            "accueillera le public tous les dimanches de 14 heures \u00e0 18 heures, une premi\u00e8re pour "
            "un \u00e9quipement culturel de la vall\u00e9e.",
            "Cette ouverture suppl\u00e9mentaire r\u00e9pond \u00e0 une demande exprim\u00e9e par plus de "
            "1 200 habitants lors de la consultation men\u00e9e l'automne dernier. Les familles et les "
            "\u00e9tudiants, qui travaillent souvent en semaine, \u00e9taient les plus nombreux \u00e0 la "
            "r\u00e9clamer.",
            "\u00ab Une biblioth\u00e8que ferm\u00e9e le dimanche, c'est une biblioth\u00e8que ferm\u00e9e "
            "\u00e0 ceux qui en ont le plus besoin \u00bb, explique Solange Marchetti, vice-pr\u00e9sidente "
            "de la communaut\u00e9 de communes charg\u00e9e de la culture.",
            "Quatre agents volontaires assureront l'accueil, renforc\u00e9s par deux \u00e9tudiants "
            "recrut\u00e9s pour l'\u00e9t\u00e9. L'espace jeunesse, la ludoth\u00e8que et la salle de "
            "travail resteront accessibles, tandis que le service de r\u00e9servation sera ferm\u00e9.",
            "Le co\u00fbt de cette extension des horaires, estim\u00e9 \u00e0 48 000 euros par an, est pris "
            "en charge pour moiti\u00e9 par l'\u00c9tat dans le cadre du plan de soutien \u00e0 la lecture "
            "publique. Un premier bilan sera pr\u00e9sent\u00e9 au conseil communautaire en d\u00e9cembre."],
      pull="\u00ab Une biblioth\u00e8que ferm\u00e9e le dimanche, c'est une biblioth\u00e8que ferm\u00e9e "
           "\u00e0 ceux qui en ont le plus besoin. \u00bb",
      box=None,
      caption="La salle de lecture de la m\u00e9diath\u00e8que, r\u00e9nov\u00e9e en 2024.",
      about_head="\u00c0 propos de la Communaut\u00e9 de communes du Val de Brune",
      about=["La Communaut\u00e9 de communes du Val de Brune r\u00e9unit dix-huit communes et 23 400 "
             "habitants. Elle g\u00e8re le r\u00e9seau de lecture publique, trois piscines et le "
             "conservatoire de musique."],
      contact_head="Contact presse",
      contact=["Aur\u00e9lien Castagn\u00e9", "T\u00e9l. : 04 68 55 27 31", "presse@valdebrune.example"],
      footer=["Communaut\u00e9 de communes du Val de Brune",
              "12, all\u00e9e des Platanes \u2013 11990 Villebrune-sur-Aude", "www.valdebrune.example"],
      emails=["presse@valdebrune.example"], phones=["04 68 55 27 31"],
      gold={"dateline": {"location": "Villebrune-sur-Aude", "date": "2026-05-04"}, "date": "2026-05-04",
            "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline, two linked columns on page 1 threaded into two "
           "linked columns on page 2, a pull quote in the first column repeating the third paragraph (not "
           "body), a picture with a caption (not body), French justification and hyphenation, a coloured "
           "footer band (not body)."),

    R(id="e24-fr-02", lang="fr", hyph="fr", layout="sidebar",
      kicker="INFORMATION PRESSE",
      headline="Les Ateliers Ronchamp-Delval reprennent la fabrication de v\u00e9los cargos \u00e0 Saint-Firmin",
      sub="Quarante emplois cr\u00e9\u00e9s d'ici 2028 sur l'ancien site de la fonderie",
      dl="Saint-Firmin-les-Vignes, le 21 avril 2026", sep=" \u2013 ",
      body=["Les Ateliers Ronchamp-Delval ont choisi l'ancien site de la fonderie de Saint-Firmin-les-Vignes "
            "pour y installer leur premi\u00e8re ligne d'assemblage de v\u00e9los cargos, jusqu'ici "
            "fabriqu\u00e9s \u00e0 l'\u00e9tranger.",
            "L'entreprise, fond\u00e9e il y a six ans par deux anciens m\u00e9caniciens de la r\u00e9gion, "
            "pr\u00e9voit de produire 3 000 v\u00e9los par an d\u00e8s la fin de 2026, puis le double en "
            "2028. Les cadres seront soud\u00e9s sur place et les roues mont\u00e9es par un sous-traitant "
            "voisin.",
            ("h", "Un site r\u00e9habilit\u00e9"),
            "La halle principale, construite en 1912, a \u00e9t\u00e9 d\u00e9pollu\u00e9e par la commune "
            "avec l'aide de l'agence r\u00e9gionale de d\u00e9veloppement. Sa charpente m\u00e9tallique, "
            "class\u00e9e au patrimoine industriel, sera conserv\u00e9e.",
            "\u00ab Nous voulions fabriquer l\u00e0 o\u00f9 nos clients roulent, et retrouver un savoir-faire "
            "que la vall\u00e9e n'a jamais perdu \u00bb, souligne Ma\u00eflys Ronchamp, cofondatrice et "
            "directrice g\u00e9n\u00e9rale."],
      pull=None,
      box=["En chiffres", "40 emplois d'ici 2028", "3 000 v\u00e9los par an d\u00e8s 2026",
           "6,5 millions d'euros investis", "4 200 m\u00b2 de halle r\u00e9nov\u00e9e"],
      caption=None,
      about_head="\u00c0 propos des Ateliers Ronchamp-Delval",
      about=["Cr\u00e9\u00e9s en 2020, les Ateliers Ronchamp-Delval con\u00e7oivent des v\u00e9los cargos "
             "pour les familles, les artisans et les collectivit\u00e9s. L'entreprise compte aujourd'hui 22 "
             "salari\u00e9s."],
      contact_head="Contact presse",
      contact=["Bastien Orliac", "06 71 42 88 19", "b.orliac@ronchamp-delval.example"],
      footer=["Ateliers Ronchamp-Delval SAS", "3, rue de la Fonderie \u2013 71990 Saint-Firmin-les-Vignes",
              "ronchamp-delval.example"],
      emails=["b.orliac@ronchamp-delval.example"], phones=["06 71 42 88 19"],
      gold={"dateline": {"location": "Saint-Firmin-les-Vignes", "date": "2026-04-21"}, "date": "2026-04-21",
            "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline and a standfirst (the subheadline), the body "
           "in a wide frame with a heading inside it, beside a tinted 'En chiffres' fact box (not body), "
           "French hyphenation, a coloured footer band (not body)."),

    R(id="e24-de-01", lang="de", hyph="de", layout="onecol",
      kicker="PRESSEMITTEILUNG",
      headline="Stadtwerke Lindenhagen bauen Fernw\u00e4rmenetz im Ostviertel aus",
      sub=None,
      dl="Lindenhagen, 28. April 2026", sep=" \u2013 ",
      body=["Die Stadtwerke Lindenhagen schlie\u00dfen bis Ende 2027 weitere 1.400 Haushalte im Ostviertel an "
            "das Fernw\u00e4rmenetz an. Die Bauarbeiten beginnen im Juni an der Kornblumenstra\u00dfe und "
            "werden abschnittsweise durchgef\u00fchrt, damit die Anwohnerinnen und Anwohner ihre "
            "Grundst\u00fccke jederzeit erreichen k\u00f6nnen.",
            "Die W\u00e4rme stammt zu zwei Dritteln aus dem neuen Holzhackschnitzel-Heizkraftwerk am "
            "Hafenbecken und aus der Abw\u00e4rme der Kl\u00e4ranlage Lindenhagen-S\u00fcd. Damit sinkt der "
            "Kohlendioxidaussto\u00df der angeschlossenen Geb\u00e4ude nach Berechnungen der Stadtwerke um "
            "rund 9.000 Tonnen im Jahr.",
            "\u201eWer heute eine alte \u00d6lheizung ersetzen muss, bekommt von uns eine verl\u00e4ssliche "
            "Alternative zu einem festen Preis\u201c, sagt Gesch\u00e4ftsf\u00fchrerin Henrike "
            "Stallbaum. Der Anschluss wird bis zum Jahresende mit 3.500 Euro je Geb\u00e4ude gef\u00f6rdert.",
            ("h", "Informationsabende im Mai"),
            "An drei Abenden im Mai stellen die Stadtwerke die Planung im B\u00fcrgerhaus Ostviertel vor. "
            "Fachleute beantworten dort Fragen zu Hausanschl\u00fcssen, \u00dcbergabestationen und "
            "Baustellenzeiten.",
            "Eine Anmeldung ist nicht erforderlich. Die Unterlagen der Veranstaltungen werden anschlie\u00dfend "
            "auf der Internetseite der Stadtwerke ver\u00f6ffentlicht."],
      pull=None,
      box=None,
      caption="Rohrverlegung an der Kornblumenstra\u00dfe: Der erste Bauabschnitt beginnt im Juni.",
      about_head="\u00dcber die Stadtwerke Lindenhagen",
      about=["Die Stadtwerke Lindenhagen GmbH versorgen rund 62.000 Menschen mit Strom, Wasser und W\u00e4rme "
             "und betreiben die beiden st\u00e4dtischen B\u00e4der. Das Unternehmen besch\u00e4ftigt 380 "
             "Mitarbeiterinnen und Mitarbeiter."],
      contact_head="Pressekontakt",
      contact=["Jannik Osterkamp", "Telefon: 04821 733-215", "presse@stadtwerke-lindenhagen.example"],
      footer=["Stadtwerke Lindenhagen GmbH", "Hafenstra\u00dfe 40 \u00b7 25599 Lindenhagen",
              "www.stadtwerke-lindenhagen.example"],
      emails=["presse@stadtwerke-lindenhagen.example"], phones=["04821 733-215"],
      gold={"dateline": {"location": "Lindenhagen", "date": "2026-04-28"}, "date": "2026-04-28", "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline, a picture with a caption (not body) above one "
           "wide frame threaded into a frame on page 2, a heading inside the body, German justification and "
           "hyphenation beside real compound hyphens ('Holzhackschnitzel-Heizkraftwerk', "
           "'Lindenhagen-S\u00fcd'), a coloured footer band on each page (not body)."),

    R(id="e24-de-02", lang="de", hyph="de", layout="three",
      kicker="MEDIENINFORMATION",
      headline="Bergbahnen Hochfalt setzen im Sommer auf Wanderbusse statt Parkpl\u00e4tze",
      sub="Neues Angebot verbindet f\u00fcnf D\u00f6rfer mit der Talstation",
      dl="Hochfalt, 6. Mai 2026", sep=" \u2013 ",
      body=["Die Bergbahnen Hochfalt AG verzichtet ab dieser Sommersaison auf die Erweiterung ihres "
            "Parkplatzes an der Talstation. Stattdessen fahren zwischen dem 20. Juni und dem 18. Oktober "
            "st\u00fcndlich Wanderbusse aus f\u00fcnf umliegenden D\u00f6rfern bis zur Gondelbahn.",
            "Wer ein Bergbahnticket kauft, f\u00e4hrt mit dem Bus kostenlos. Die Busse bieten Platz f\u00fcr "
            "Kinderwagen und bis zu acht Fahrr\u00e4der, und die Fahrpl\u00e4ne sind auf die Regionalz\u00fcge "
            "im Bahnhof Unterbrand abgestimmt.",
            "\u201eJeder Parkplatz, den wir nicht bauen, bleibt eine Alpwiese\u201c, sagt Verwaltungsratspr\u00e4sident "
            "Ruedi Ambauen. \u201eUnsere G\u00e4ste sollen schon auf dem Weg zu uns die Berge sehen, nicht den "
            "Stau.\u201c",
            "Das Angebot wird von den Gemeinden Hochfalt, Unterbrand, Seewil, Ottenalp und Gr\u00e4chen am "
            "Bach mitfinanziert und zun\u00e4chst f\u00fcr drei Jahre erprobt. Eine Z\u00e4hlung der "
            "Fahrg\u00e4ste soll im Herbst zeigen, ob der Takt im Juli und August verdichtet werden muss."],
      pull="\u201eJeder Parkplatz, den wir nicht bauen, bleibt eine Alpwiese.\u201c",
      box=None,
      caption=None,
      about_head="\u00dcber die Bergbahnen Hochfalt AG",
      about=["Die Bergbahnen Hochfalt AG betreibt eine Gondelbahn, drei Sesselbahnen und zwei "
             "Bergrestaurants. Sie besch\u00e4ftigt im Sommer 95 und im Winter 210 Mitarbeitende."],
      contact_head="Kontakt f\u00fcr Medien",
      contact=["Seraina Imboden, Kommunikation", "Tel. +41 27 555 81 40", "medien@bergbahnen-hochfalt.example"],
      footer=["Bergbahnen Hochfalt AG", "Talstation \u00b7 3999 Hochfalt", "www.bergbahnen-hochfalt.example"],
      emails=["medien@bergbahnen-hochfalt.example"], phones=["+41 27 555 81 40"],
      gold={"dateline": {"location": "Hochfalt", "date": "2026-05-06"}, "date": "2026-05-06", "byline": None},
      note="Scribus, A4 landscape-like wide page, letter-spaced kicker, display headline and a standfirst "
           "(the subheadline), the body in three linked columns, a pull quote in the middle column repeating "
           "the third paragraph (not body), German hyphenation, a coloured footer band (not body)."),

    R(id="e24-es-01", lang="es", hyph="es", layout="threaded2",
      kicker="NOTA DE PRENSA",
      headline="El Ayuntamiento de Valdeoria convierte la antigua estaci\u00f3n en un centro de formaci\u00f3n digital",
      sub=None,
      dl="Valdeoria, 14 de abril de 2026", sep=". \u2013 ",
      body=["El Ayuntamiento de Valdeoria ha aprobado el proyecto para transformar la antigua estaci\u00f3n de "
            "ferrocarril, cerrada desde 1994, en un centro de formaci\u00f3n digital abierto a vecinos de "
            "todas las edades.",
            "El edificio, de dos plantas y 900 metros cuadrados, albergar\u00e1 tres aulas, un laboratorio de "
            "fabricaci\u00f3n con impresoras 3D y un espacio de trabajo compartido para aut\u00f3nomos. Las "
            "obras comenzar\u00e1n en septiembre y durar\u00e1n catorce meses.",
            "\u00abQueremos que nadie en la comarca tenga que irse a la capital para aprender un oficio "
            "nuevo\u00bb, ha se\u00f1alado la alcaldesa, Remedios Garc\u00eda-Olmedo, durante la "
            "presentaci\u00f3n del proyecto en el sal\u00f3n de plenos.",
            "La inversi\u00f3n asciende a 2,4 millones de euros, financiados en un 70 por ciento con fondos "
            "europeos de desarrollo rural. El resto lo aportar\u00e1n el Ayuntamiento y la Diputaci\u00f3n "
            "provincial.",
            "Los primeros cursos, dedicados a la administraci\u00f3n electr\u00f3nica y al comercio en "
            "l\u00ednea, se dirigir\u00e1n a personas mayores y a peque\u00f1os comercios del municipio."],
      pull="\u00abQueremos que nadie en la comarca tenga que irse a la capital para aprender un oficio nuevo.\u00bb",
      box=None,
      caption="La antigua estaci\u00f3n de Valdeoria, cerrada al tr\u00e1fico desde 1994.",
      about_head="Sobre el Ayuntamiento de Valdeoria",
      about=["Valdeoria es un municipio de 8.700 habitantes situado en la vega del r\u00edo Oria. Su economía "
             "se basa en la agricultura de regad\u00edo y en la industria agroalimentaria."],
      contact_head="Contacto de prensa",
      contact=["Gabinete de Comunicaci\u00f3n", "Tel.: 941 555 203", "comunicacion@valdeoria.example"],
      footer=["Ayuntamiento de Valdeoria", "Plaza Mayor, 1 \u00b7 26999 Valdeoria", "www.valdeoria.example"],
      emails=["comunicacion@valdeoria.example"], phones=["941 555 203"],
      gold={"dateline": {"location": "Valdeoria", "date": "2026-04-14"}, "date": "2026-04-14", "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline, two linked columns on page 1 threaded into "
           "two linked columns on page 2, a pull quote in the first column repeating the third paragraph (not "
           "body), a picture with a caption (not body), Spanish hyphenation, a coloured footer band (not "
           "body); the dateline opens the first paragraph with '. \u2013 '."),

    R(id="e24-es-02", lang="es", hyph="es", layout="sidebar",
      kicker="COMUNICADO",
      headline="La Cooperativa Olivarera de Santa Luc\u00eda del Campo estrena una almazara sin residuos",
      sub=None,
      dl="Santa Luc\u00eda del Campo, 2 de marzo de 2026", sep=" \u2013 ",
      body=["La Cooperativa Olivarera de Santa Luc\u00eda del Campo ha puesto en marcha una nueva almazara "
            "que aprovecha la totalidad del fruto: el hueso se convierte en combustible para las calderas y "
            "el alperujo se composta en la propia finca.",
            "La instalaci\u00f3n, que ha costado 3,1 millones de euros, puede molturar 180 toneladas de "
            "aceituna al d\u00eda y ha permitido adelantar la recogida en las fincas de los 640 socios, que "
            "ahora entregan el fruto en menos de doce horas.",
            "\u00abEl aceite gana en calidad y el campo recupera lo que le quitamos\u00bb, ha explicado el "
            "presidente de la cooperativa, Anselmo Pe\u00f1alver-Ortu\u00f1o.",
            "La cooperativa organizar\u00e1 jornadas de puertas abiertas los s\u00e1bados de marzo para "
            "escolares y visitantes."],
      pull=None,
      box=["Datos clave", "640 socios", "180 toneladas al d\u00eda", "3,1 millones de euros",
           "Cero residuos a vertedero"],
      caption="Vista de la nueva almazara durante la primera campa\u00f1a.",
      about_head="Sobre la Cooperativa Olivarera de Santa Luc\u00eda del Campo",
      about=["Fundada en 1958, la cooperativa agrupa a 640 olivareros de la comarca y comercializa su aceite "
             "con la denominaci\u00f3n Campo de Luc\u00eda."],
      contact_head="Prensa",
      contact=["Marta Escudero", "Tel. 953 555 761", "prensa@olivareraslc.example"],
      footer=["Cooperativa Olivarera de Santa Luc\u00eda del Campo", "Carretera de Arjonilla, km 4 \u00b7 23999 "
              "Santa Luc\u00eda del Campo", "www.olivareraslc.example"],
      emails=["prensa@olivareraslc.example"], phones=["953 555 761"],
      gold={"dateline": {"location": "Santa Luc\u00eda del Campo", "date": "2026-03-02"}, "date": "2026-03-02",
            "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline, a picture with a caption (not body), the body "
           "beside a tinted 'Datos clave' fact box (not body), Spanish hyphenation, a coloured footer band (not "
           "body)."),

    R(id="e24-it-01", lang="it", hyph="it", layout="onecol",
      kicker="COMUNICATO STAMPA",
      headline="Il Consorzio di Bonifica della Val Serina inaugura la nuova diga di Roccafonda",
      sub="Pi\u00f9 acqua per l'irrigazione e meno rischi di piena per dodici comuni",
      dl="Roccafonda, 16 aprile 2026", sep=" \u2013 ",
      body=["Il Consorzio di Bonifica della Val Serina ha inaugurato oggi la nuova diga di Roccafonda, che "
            "raddoppia la capacit\u00e0 dell'invaso e protegge dalle piene dodici comuni della bassa valle.",
            "L'opera, costata 18 milioni di euro e finanziata in gran parte dal piano nazionale per la "
            "sicurezza idraulica, trattiene fino a 4,2 milioni di metri cubi d'acqua, destinati "
            "all'irrigazione di 3.600 ettari di frutteti e vigneti.",
            "\u00abDopo l'alluvione del 2019 avevamo promesso ai cittadini che non sarebbe pi\u00f9 successo\u00bb, "
            "ha dichiarato il presidente del Consorzio, Ottavio Brambillasca. \u00abOggi manteniamo quella "
            "promessa.\u00bb",
            "Una centralina idroelettrica posta ai piedi dello sbarramento produrr\u00e0 l'energia necessaria "
            "per il funzionamento delle paratoie e dei sensori di monitoraggio, collegati in tempo reale con "
            "la protezione civile.",
            "Il percorso pedonale sul coronamento sar\u00e0 aperto al pubblico ogni fine settimana a partire "
            "da maggio, con visite guidate su prenotazione."],
      pull=None,
      box=None,
      caption="La diga di Roccafonda vista dalla strada provinciale.",
      about_head="Il Consorzio di Bonifica della Val Serina",
      about_name_only=True,
      about=["Il Consorzio gestisce 420 chilometri di canali e sei impianti di sollevamento al servizio di "
             "oltre 9.000 consorziati."],
      contact_head="Ufficio stampa",
      contact=["Chiara Zanetti-Morlacchi", "Tel. 035 555 4410", "stampa@bonificavalserina.example"],
      footer=["Consorzio di Bonifica della Val Serina", "Via dei Mulini 8 \u2013 24099 Roccafonda (BG)",
              "www.bonificavalserina.example"],
      emails=["stampa@bonificavalserina.example"], phones=["035 555 4410"],
      gold={"dateline": {"location": "Roccafonda", "date": "2026-04-16"}, "date": "2026-04-16", "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline and a standfirst (the subheadline), a picture "
           "with a caption (not body), one wide frame threaded into a frame on page 2, Italian hyphenation, a "
           "coloured footer band on each page (not body); the closing section headed by the Consorzio's name "
           "alone, no About wording, is body (eval5's decision)."),

    R(id="e24-nl-01", lang="nl", hyph="nl", layout="three",
      kicker="PERSBERICHT",
      headline="Waterschap Lauwerdelta legt vispassage aan bij gemaal Oosterzijl",
      sub=None,
      dl="Oosterzijl, 9 april 2026", sep=" \u2013 ",
      body=["Waterschap Lauwerdelta begint in juni met de aanleg van een vispassage naast het gemaal "
            "Oosterzijl. Daardoor kunnen paling, driedoornige stekelbaars en spiering voor het eerst sinds "
            "1932 weer vrij tussen de Waddenzee en het binnenwater zwemmen.",
            "De passage bestaat uit een reeks van veertien bekkens met kleine hoogteverschillen, die samen een "
            "verval van bijna twee meter overbruggen. Een camera telt de vissen die erdoorheen trekken.",
            "\u201eHet gemaal houdt onze voeten droog, maar sloot de vissen buiten\u201d, zegt "
            "dijkgraaf Wietske Hoekstra-Veenstra. \u201eMet deze passage geven we ze de weg terug.\u201d",
            "Het project kost 1,8 miljoen euro en wordt voor de helft betaald uit het Europese "
            "visserijfonds. De werkzaamheden duren tot het voorjaar van 2027. Fietsers en wandelaars kunnen "
            "tijdens de bouw het dijkpad blijven gebruiken."],
      pull="\u201eMet deze passage geven we ze de weg terug.\u201d",
      box=None,
      caption=None,
      about_head="Over Waterschap Lauwerdelta",
      about=["Waterschap Lauwerdelta zorgt voor veilige dijken, voldoende en schoon water in het noorden van "
             "het land en beheert 46 gemalen."],
      contact_head="Meer informatie",
      contact=["Sjoerd Bakker, woordvoerder", "Telefoon: 058 555 3190", "pers@lauwerdelta.example"],
      footer=["Waterschap Lauwerdelta", "Postbus 840 \u00b7 9999 ZX Oosterzijl", "www.lauwerdelta.example"],
      emails=["pers@lauwerdelta.example"], phones=["058 555 3190"],
      gold={"dateline": {"location": "Oosterzijl", "date": "2026-04-09"}, "date": "2026-04-09", "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline, the body in three linked columns, a pull quote "
           "in the middle column repeating the third paragraph's last sentence (not body), Dutch hyphenation, "
           "a coloured footer band (not body)."),

    R(id="e24-pt-01", lang="pt", hyph="pt", layout="threaded2",
      kicker="COMUNICADO DE IMPRENSA",
      headline="Munic\u00edpio de Vila Serrada abre o primeiro banco de sementes da regi\u00e3o",
      sub="Agricultores podem levantar e devolver variedades tradicionais de milho, feij\u00e3o e ab\u00f3bora",
      dl="Vila Serrada, 23 de mar\u00e7o de 2026", sep=" \u2013 ",
      body=["O Munic\u00edpio de Vila Serrada inaugurou esta segunda-feira o primeiro banco de sementes "
            "tradicionais da regi\u00e3o, instalado no antigo celeiro da Quinta do Roseiral.",
            "O banco conserva j\u00e1 87 variedades locais de milho, feij\u00e3o, ab\u00f3bora e couve, "
            "recolhidas durante dois anos junto de agricultores das freguesias serranas. Cada agricultor pode "
            "levantar at\u00e9 um quilo de sementes por esta\u00e7\u00e3o, comprometendo-se a devolver o "
            "dobro depois da colheita.",
            "\u201cEstas sementes atravessaram gera\u00e7\u00f5es nas m\u00e3os das nossas av\u00f3s. N\u00e3o "
            "as podemos perder agora\u201d, afirmou a vereadora da Agricultura, Luc\u00edlia "
            "Fontainhas-Meireles.",
            "O projeto conta com o apoio t\u00e9cnico da Escola Superior Agr\u00e1ria de Penalva, que "
            "testar\u00e1 a germina\u00e7\u00e3o das sementes todos os anos, e com um investimento municipal "
            "de 65 mil euros.",
            "As sementes podem ser levantadas \u00e0s quartas-feiras e aos s\u00e1bados, das 9h00 \u00e0s "
            "13h00, mediante inscri\u00e7\u00e3o pr\u00e9via."],
      pull="\u201cEstas sementes atravessaram gera\u00e7\u00f5es nas m\u00e3os das nossas av\u00f3s.\u201d",
      box=None,
      caption="O antigo celeiro da Quinta do Roseiral, agora banco de sementes.",
      about_head="Sobre o Munic\u00edpio de Vila Serrada",
      about=["Vila Serrada \u00e9 um concelho de 11 mil habitantes, com onze freguesias e uma longa "
             "tradi\u00e7\u00e3o agr\u00edcola e pastoril."],
      contact_head="Contacto para a imprensa",
      contact=["Gabinete de Comunica\u00e7\u00e3o", "Tel.: 259 555 140", "imprensa@cm-vilaserrada.example"],
      footer=["C\u00e2mara Municipal de Vila Serrada", "Pra\u00e7a da Rep\u00fablica \u00b7 5999-101 Vila Serrada",
              "www.cm-vilaserrada.example"],
      emails=["imprensa@cm-vilaserrada.example"], phones=["259 555 140"],
      gold={"dateline": {"location": "Vila Serrada", "date": "2026-03-23"}, "date": "2026-03-23", "byline": None},
      note="Scribus, A4, letter-spaced kicker, display headline and a standfirst (the subheadline), two linked "
           "columns on page 1 threaded into two linked columns on page 2, a pull quote repeating the third "
           "paragraph (not body), a picture with a caption (not body), Portuguese hyphenation, a coloured "
           "footer band (not body)."),
]
