# The releases of tests/eval25 (read by make.py): invented press releases
# (fictitious organisations, towns and people) printed on a letterhead,
# scanned and given an OCR text layer - what ocrmypdf, Acrobat's
# "Recognize text", ABBYY FineReader or a scanner's own software produce.
# Gold written with them, before pressmill was run on them.
#
# Per release: lang, tess (the Tesseract model the scan is recognised
# with), org (the letterhead's name) and lh (its second line: not body),
# headline, sub (or None), dl and sep (the dateline opening the first
# paragraph), body (paragraphs; ("h", text) a heading inside the body),
# about_head, about, contact_head, contact (lines), emails, phones, gold
# (dateline, date, byline), para ("indent": first-line indent, no space
# between paragraphs; "space": block paragraphs with space between),
# font, scan (how it was scanned and recognised, see make.py: dpi, angle
# in degrees, noise, JPEG quality, ocr = "ocrmypdf" | "tesseract" |
# "bad" (the layer recognised from a blurred low-resolution copy of the
# page: a broken layer over a good image) | "first" (only page 1 has a
# layer, as when the operator recognised one page)), stamp (a received
# stamp printed over the page: not body), sign (a signature over the
# name: not body), note.


def R(**kw):
    return kw


RELEASES = [
    R(id="e25-en-01", lang="en", tess="eng", org="HALLORAN VALLEY WATER TRUST",
      lh="Mill House, 4 Quarry Lane, Ashcombe Ferrers AF3 9QT \u2022 www.halloranwater.example",
      headline="Halloran Valley Water Trust completes the restoration of the Brinsley reservoir dam",
      sub=None,
      dl="ASHCOMBE FERRERS, 3 March 2026", sep=" \u2013 ",
      body=["The Halloran Valley Water Trust has completed a two-year programme of repairs to the Brinsley "
            "reservoir dam, which supplies drinking water to some 48,000 households in the upper valley.",
            "Engineers replaced the spillway channel, re-lined the draw-off tower and installed sixty sensors "
            "that measure water pressure inside the embankment every ten minutes. The work cost 7.2 million "
            "pounds, of which the regional resilience fund paid two thirds.",
            "\u201cBrinsley was built in 1889 by people who had never heard of climate change, and it has served "
            "the valley well,\u201d said Dr Fenella Marchbank, chief engineer of the Trust. \u201cThe storms of the "
            "last ten years told us it needed help, and now it has the instruments to warn us long before "
            "anything goes wrong.\u201d",
            "The footpath across the crest of the dam, closed since the start of the works, reopens to walkers "
            "on Saturday 14 March. A small exhibition on the history of the reservoir will be shown in the "
            "valve house on weekends until the end of May."],
      about_head="About the Halloran Valley Water Trust",
      about=["The Halloran Valley Water Trust is a not-for-profit company that owns and manages three "
             "reservoirs and 640 kilometres of water mains in the Halloran valley. It employs 230 people."],
      contact_head="Press contact",
      contact=["Gideon Ashworth, Communications Manager", "Tel: 01632 960 274",
               "Email: g.ashworth@halloranwater.example"],
      emails=["g.ashworth@halloranwater.example"], phones=["01632 960 274"],
      gold={"dateline": {"location": "Ashcombe Ferrers", "date": "2026-03-03"}, "date": "2026-03-03", "byline": None},
      para="space", font="Liberation Serif",
      scan={"dpi": 300, "angle": 0.6, "noise": 6, "q": 80, "ocr": "ocrmypdf"},
      stamp="RECEIVED 05 MAR 2026", sign=False,
      note="Printed on a letterhead (not body), scanned at 300 dpi, turned 0.6 degrees, grain, JPEG; "
           "text layer by ocrmypdf (GlyphLessFont, invisible). A received stamp over the page (not body)."),

    R(id="e25-en-02", lang="en", tess="eng", org="Penhallow District Council",
      lh="Civic Offices \u00b7 Market Square \u00b7 Penhallow PW1 2RD",
      headline="Penhallow to pilot free evening buses for shift workers",
      sub="Six-month trial on three routes serving the hospital and the industrial estate",
      dl="PENHALLOW, 19 January 2026", sep=" \u2014 ",
      body=["Penhallow District Council will run free buses on three routes between ten at night and six in "
            "the morning from 2 February, in a six-month trial aimed at workers whose shifts begin or end "
            "when the regular timetable has stopped.",
            "The routes link the town centre and the outlying villages of Trewint and Lower Colvennor with "
            "St Piran's hospital and the Carnmoor industrial estate, where more than 2,600 people work nights. "
            "Buses will run every forty minutes and wait for late trains at Penhallow station.",
            "Councillor Bronwen Tregaskis, cabinet member for transport, said: \u201cToo many people tell us "
            "that they turned down a job because they could not get home from it. If the trial shows the "
            "demand we expect, we will look for a way to keep the service permanently.\u201d",
            "Passengers will be asked to fill in a short survey on board. The results will be published "
            "in September."],
      about_head="Notes to editors",
      about=["Penhallow District Council serves a population of 96,000 in the town of Penhallow and "
             "twenty-two surrounding parishes."],
      contact_head="For more information",
      contact=["Council press office", "01632 960 815", "press@penhallow.example"],
      emails=["press@penhallow.example"], phones=["01632 960 815"],
      gold={"dateline": {"location": "Penhallow", "date": "2026-01-19"}, "date": "2026-01-19", "byline": None},
      para="indent", font="DejaVu Serif",
      scan={"dpi": 200, "angle": -1.1, "noise": 10, "q": 70, "ocr": "tesseract"},
      stamp=None, sign=True,
      note="Letterhead (not body), a signature over the contact (not body); scanned at 200 dpi, turned "
           "-1.1 degrees, grain, JPEG; page and invisible text layer by tesseract's PDF renderer. "
           "Paragraphs by first-line indent without space."),

    R(id="e25-fr-01", lang="fr", tess="fra", org="Communaut\u00e9 de communes du Val de Sorgeac",
      lh="2 place de la Halle \u2013 24510 Sorgeac \u2013 T\u00e9l. 05 53 61 20 40",
      headline="Le Val de Sorgeac ouvre sa premi\u00e8re maison de sant\u00e9 pluridisciplinaire",
      sub=None,
      dl="SORGEAC, le 12 f\u00e9vrier 2026", sep=" \u2013 ",
      body=["La Communaut\u00e9 de communes du Val de Sorgeac inaugurera le 2 mars sa premi\u00e8re maison de "
            "sant\u00e9, install\u00e9e dans l'ancienne gendarmerie r\u00e9nov\u00e9e du bourg.",
            "Trois m\u00e9decins g\u00e9n\u00e9ralistes, deux infirmi\u00e8res, une kin\u00e9sith\u00e9rapeute et une "
            "sage-femme y recevront les patients du lundi au samedi. Un cabinet sera r\u00e9serv\u00e9 aux "
            "consultations de sp\u00e9cialistes venus de l'h\u00f4pital de P\u00e9rigueux une journ\u00e9e par semaine.",
            "\u00ab Depuis le d\u00e9part \u00e0 la retraite du docteur Lascombes, beaucoup d'habitants faisaient "
            "quarante kilom\u00e8tres pour voir un m\u00e9decin. Cette maison change la vie du canton \u00bb, "
            "souligne Odile Fauconnet, pr\u00e9sidente de la Communaut\u00e9 de communes.",
            "Le b\u00e2timent a co\u00fbt\u00e9 1,4 million d'euros, financ\u00e9s par l'\u00c9tat, la R\u00e9gion et le "
            "D\u00e9partement. Les loyers des professionnels couvriront son entretien."],
      about_head="\u00c0 propos",
      about=["La Communaut\u00e9 de communes du Val de Sorgeac regroupe dix-huit communes et 11 200 habitants."],
      contact_head="Contact presse",
      contact=["Julien Maury \u2013 06 72 18 44 09", "j.maury@valdesorgeac.example"],
      emails=["j.maury@valdesorgeac.example"], phones=["06 72 18 44 09"],
      gold={"dateline": {"location": "Sorgeac", "date": "2026-02-12"}, "date": "2026-02-12", "byline": None},
      para="space", font="Liberation Sans",
      scan={"dpi": 300, "angle": 0.9, "noise": 8, "q": 75, "ocr": "ocrmypdf"},
      stamp=None, sign=False,
      note="Letterhead (not body), scanned at 300 dpi, turned 0.9 degrees, grain, JPEG; layer by ocrmypdf "
           "(French model)."),

    R(id="e25-fr-02", lang="fr", tess="fra", org="Coop\u00e9rative laiti\u00e8re des Hautes-Brandes",
      lh="Route de Mervent \u2013 79340 Saint-Aurel-des-Bois",
      headline="La coop\u00e9rative des Hautes-Brandes lance un fromage au lait cru de vaches nantaises",
      sub="Une race locale sauv\u00e9e de la disparition par quinze \u00e9leveurs",
      dl="SAINT-AUREL-DES-BOIS, 7 avril 2026", sep=" \u2013 ",
      body=["La coop\u00e9rative laiti\u00e8re des Hautes-Brandes commercialisera \u00e0 partir du mois de mai "
            "une tomme affin\u00e9e six mois, fabriqu\u00e9e uniquement avec le lait de vaches de race nantaise.",
            "Cette race rustique, qui ne comptait plus qu'une cinquantaine de b\u00eates dans les ann\u00e9es "
            "1980, est aujourd'hui \u00e9lev\u00e9e par quinze exploitations adh\u00e9rentes. Leur troupeau "
            "commun atteint 340 vaches, nourries \u00e0 l'herbe des prairies humides du marais.",
            "\u00ab Le lait est moins abondant mais plus riche, et il donne au fromage un go\u00fbt de noisette "
            "que nos clients reconnaissent tout de suite \u00bb, explique Armelle Guibaud, ma\u00eetre "
            "fromag\u00e8re de la coop\u00e9rative.",
            "La production d\u00e9marrera avec 12 tonnes par an, vendues dans les fromageries de la r\u00e9gion "
            "et au magasin de la coop\u00e9rative."],
      about_head="\u00c0 propos de la coop\u00e9rative",
      about=["Fond\u00e9e en 1921, la coop\u00e9rative laiti\u00e8re des Hautes-Brandes r\u00e9unit 62 \u00e9leveurs "
             "et emploie 48 salari\u00e9s."],
      contact_head="Contact",
      contact=["Sol\u00e8ne Pairault", "T\u00e9l. : 05 49 72 30 16", "s.pairault@hautes-brandes.example"],
      emails=["s.pairault@hautes-brandes.example"], phones=["05 49 72 30 16"],
      gold={"dateline": {"location": "Saint-Aurel-des-Bois", "date": "2026-04-07"}, "date": "2026-04-07",
            "byline": None},
      para="indent", font="Liberation Serif",
      scan={"dpi": 300, "angle": -0.7, "noise": 10, "q": 60, "ocr": "bad"},
      stamp=None, sign=True,
      note="Letterhead (not body), a signature (not body); the page image scanned at 300 dpi, turned "
           "-0.7 degrees; its text layer recognised from a blurred 70-dpi copy of the page, as a poor "
           "scanner's OCR gives: a broken layer over a good image."),

    R(id="e25-de-01", lang="de", tess="deu", org="Stadtwerke Kellerbach",
      lh="Am Wasserturm 12 \u00b7 73512 Kellerbach \u00b7 www.stadtwerke-kellerbach.example",
      headline="Stadtwerke Kellerbach bauen Fernw\u00e4rmenetz in der Altstadt aus",
      sub=None,
      dl="Kellerbach, 24. Februar 2026", sep=" \u2013 ",
      body=["Die Stadtwerke Kellerbach beginnen im April mit dem Ausbau ihres Fernw\u00e4rmenetzes in der "
            "Altstadt. Bis Ende 2027 sollen rund 420 Geb\u00e4ude an das Netz angeschlossen werden.",
            "Die W\u00e4rme stammt zu zwei Dritteln aus der Abw\u00e4rme des Papierwerks am Neckarkanal und aus "
            "einer Gro\u00dfw\u00e4rmepumpe, die dem gereinigten Abwasser der Kl\u00e4ranlage Energie entzieht. "
            "Die Investition betr\u00e4gt 23 Millionen Euro.",
            "\u201eF\u00fcr die Altstadt mit ihren denkmalgesch\u00fctzten H\u00e4usern ist Fernw\u00e4rme oft die "
            "einzige vern\u00fcnftige M\u00f6glichkeit, ohne Gas und \u00d6l zu heizen\u201c, sagt Gesch\u00e4ftsf\u00fchrerin "
            "Dr. Henrike Obermaier.",
            "Die Bauarbeiten erfolgen abschnittsweise, damit Gesch\u00e4fte und Gastst\u00e4tten erreichbar bleiben. "
            "Anwohner werden vier Wochen vor Beginn jedes Abschnitts schriftlich informiert."],
      about_head="\u00dcber die Stadtwerke Kellerbach",
      about=["Die Stadtwerke Kellerbach GmbH versorgt 58.000 Einwohner mit Strom, Wasser und W\u00e4rme "
             "und besch\u00e4ftigt 310 Mitarbeiterinnen und Mitarbeiter."],
      contact_head="Pressekontakt",
      contact=["Matthias Br\u00e4utigam", "Telefon: 07141 96 35 20", "E-Mail: presse@stadtwerke-kellerbach.example"],
      emails=["presse@stadtwerke-kellerbach.example"], phones=["07141 96 35 20"],
      gold={"dateline": {"location": "Kellerbach", "date": "2026-02-24"}, "date": "2026-02-24", "byline": None},
      para="space", font="DejaVu Sans",
      scan={"dpi": 300, "angle": 1.3, "noise": 8, "q": 75, "ocr": "ocrmypdf"},
      stamp="EINGANG 25. FEB. 2026", sign=False,
      note="Letterhead (not body), an 'Eingang' stamp (not body); scanned at 300 dpi, turned 1.3 degrees, "
           "grain, JPEG; layer by ocrmypdf (German model)."),

    R(id="e25-de-02", lang="de", tess="deu", org="Landesmuseum f\u00fcr Volkskunde Oberried",
      lh="Schlossplatz 3 \u00b7 79254 Oberried",
      headline="Landesmuseum Oberried zeigt Trachten aus drei Jahrhunderten",
      sub="Gro\u00dfe Sonderausstellung ab 8. Mai mit Leihgaben aus dem ganzen Schwarzwald",
      dl="Oberried, 9. April 2026", sep=" \u2013 ",
      body=["Das Landesmuseum f\u00fcr Volkskunde Oberried zeigt vom 8. Mai bis zum 1. November die "
            "Ausstellung \u201eStoff und Stand\u201c mit mehr als 260 Trachten, Hauben und Schmuckst\u00fccken "
            "aus dem 18. bis 20. Jahrhundert.",
            "Viele der Leihgaben stammen aus Privatbesitz und wurden noch nie \u00f6ffentlich gezeigt. "
            "Restauratorinnen des Museums haben in den vergangenen zwei Jahren mehr als achtzig "
            "Kleidungsst\u00fccke gereinigt und gesichert.",
            "\u201eEine Tracht verr\u00e4t, woher jemand kam, ob er verheiratet war und wie viel Geld die Familie "
            "hatte\u201c, erkl\u00e4rt Kuratorin Annegret Winterhalder. \u201eWir wollen zeigen, wie genau die "
            "Menschen diese Zeichen lesen konnten.\u201c",
            "Zur Ausstellung erscheint ein Katalog. F\u00fcr Schulklassen bietet das Museum F\u00fchrungen und "
            "eine Nähwerkstatt an."],
      about_head="\u00dcber das Museum",
      about=["Das Landesmuseum f\u00fcr Volkskunde Oberried wurde 1952 gegr\u00fcndet und z\u00e4hlt j\u00e4hrlich "
             "rund 90.000 Besucherinnen und Besucher."],
      contact_head="Kontakt f\u00fcr die Presse",
      contact=["Lena Ketterer", "Tel. 07661 93 84 17", "ketterer@museum-oberried.example"],
      emails=["ketterer@museum-oberried.example"], phones=["07661 93 84 17"],
      gold={"dateline": {"location": "Oberried", "date": "2026-04-09"}, "date": "2026-04-09", "byline": None},
      para="indent", font="Liberation Serif",
      scan={"dpi": 200, "angle": -0.4, "noise": 12, "q": 65, "ocr": "bad"},
      stamp=None, sign=False,
      note="Letterhead (not body); the page image scanned at 200 dpi, turned -0.4 degrees; its text "
           "layer recognised from a blurred 70-dpi copy of the page: a broken layer over a good image."),

    R(id="e25-it-01", lang="it", tess="ita", org="Consorzio di Bonifica della Piana di Valdorsa",
      lh="Via dei Mulini 18 \u2013 06049 Valdorsa (PG)",
      headline="Il Consorzio di Bonifica di Valdorsa completa il nuovo canale irriguo del Chiascio",
      sub=None,
      dl="VALDORSA, 16 marzo 2026", sep=" \u2013 ",
      body=["Il Consorzio di Bonifica della Piana di Valdorsa ha completato i lavori del nuovo canale "
            "irriguo che porter\u00e0 l'acqua del Chiascio a 1.800 ettari di campi finora irrigati con pozzi.",
            "Il canale, lungo 14 chilometri, \u00e8 interamente interrato e dotato di contatori che "
            "permettono a ogni azienda agricola di controllare i propri consumi dal telefono. Le perdite "
            "d'acqua, che nei vecchi fossi superavano il trenta per cento, saranno quasi azzerate.",
            "\u00abFinalmente potremo lasciare riposare le falde, che negli ultimi anni si erano abbassate "
            "in modo preoccupante\u00bb, ha dichiarato il presidente del Consorzio, Ettore Brunacci.",
            "L'opera \u00e8 costata 9,6 milioni di euro, finanziati dal Piano nazionale per la sicurezza "
            "idrica. La prima stagione irrigua con il nuovo canale comincer\u00e0 a giugno."],
      about_head="Il Consorzio",
      about=["Il Consorzio di Bonifica della Piana di Valdorsa gestisce 420 chilometri di canali in "
             "undici comuni."],
      contact_head="Ufficio stampa",
      contact=["Chiara Passeri", "Tel. 075 812 44 60", "stampa@bonificavaldorsa.example"],
      emails=["stampa@bonificavaldorsa.example"], phones=["075 812 44 60"],
      gold={"dateline": {"location": "Valdorsa", "date": "2026-03-16"}, "date": "2026-03-16", "byline": None},
      para="space", font="Liberation Serif",
      scan={"dpi": 300, "angle": -0.8, "noise": 6, "q": 80, "ocr": "tesseract"},
      stamp="PROTOCOLLO 17/03/2026", sign=True,
      note="Letterhead (not body), a protocol stamp and a signature (not body); scanned at 300 dpi, turned "
           "-0.8 degrees; page and layer by tesseract's PDF renderer (Italian model)."),

    R(id="e25-nl-01", lang="nl", tess="nld", org="Waterschap Lindewolde",
      lh="Postbus 214 \u2013 8440 AE Heerenbrug",
      headline="Waterschap Lindewolde verhoogt de dijk langs de Oude Vaart",
      sub=None,
      dl="HEERENBRUG, 5 maart 2026", sep=" \u2013 ",
      body=["Waterschap Lindewolde begint in mei met het versterken van vier kilometer dijk langs de Oude "
            "Vaart tussen Heerenbrug en Oosterveld. De dijk wordt gemiddeld zestig centimeter hoger en "
            "krijgt een bredere kruin.",
            "Tijdens de werkzaamheden blijft het fietspad op de dijk zoveel mogelijk open. Op drie plaatsen "
            "wordt het verkeer enkele weken omgeleid. Bewoners langs de dijk krijgen een persoonlijke "
            "uitnodiging voor een informatieavond op 24 maart.",
            "\u201eDe dijk voldoet niet meer aan de nieuwe normen voor hoogwater. We pakken dit nu aan, "
            "voordat het een probleem wordt\u201d, zegt dijkgraaf Wietske Hoogendijk.",
            "Het project kost 18 miljoen euro en wordt voor negentig procent betaald uit het "
            "Hoogwaterbeschermingsprogramma."],
      about_head="Over het waterschap",
      about=["Waterschap Lindewolde zorgt voor veilige dijken, schoon water en voldoende water in een "
             "gebied met 310.000 inwoners."],
      contact_head="Persvoorlichting",
      contact=["Joost van Leeuwarden", "Telefoon 0521 38 61 90", "pers@lindewolde.example"],
      emails=["pers@lindewolde.example"], phones=["0521 38 61 90"],
      gold={"dateline": {"location": "Heerenbrug", "date": "2026-03-05"}, "date": "2026-03-05", "byline": None},
      para="indent", font="DejaVu Sans",
      scan={"dpi": 250, "angle": 0.4, "noise": 8, "q": 70, "ocr": "ocrmypdf"},
      stamp=None, sign=False,
      note="Letterhead (not body), scanned at 250 dpi, turned 0.4 degrees; layer by ocrmypdf (Dutch model). "
           "Paragraphs by first-line indent."),

    R(id="e25-es-01", lang="es", tess="spa", org="Fundaci\u00f3n Sierra de Almen\u00e1raz",
      lh="Calle Mayor 27 \u2013 44120 Almen\u00e1raz (Teruel)",
      headline="La Fundaci\u00f3n Sierra de Almen\u00e1raz recupera cuatro molinos harineros del siglo XVIII",
      sub="Las obras devolver\u00e1n la molienda tradicional al valle del r\u00edo Cabriel",
      dl="ALMEN\u00c1RAZ, 28 de abril de 2026", sep=" \u2013 ",
      body=["La Fundaci\u00f3n Sierra de Almen\u00e1raz ha terminado la restauraci\u00f3n de cuatro molinos "
            "harineros del siglo XVIII situados en el valle del r\u00edo Cabriel, que llevaban m\u00e1s de "
            "sesenta a\u00f1os abandonados.",
            "Dos de ellos volver\u00e1n a moler trigo y centeno de variedades locales, que cultivan seis "
            "agricultores de la comarca. Los otros dos se convertir\u00e1n en un centro de interpretaci\u00f3n y "
            "en un albergue para senderistas.",
            "\u00abLos molinos fueron el coraz\u00f3n econ\u00f3mico del valle durante dos siglos. Queremos que "
            "vuelvan a dar trabajo\u00bb, afirma la directora de la fundaci\u00f3n, Pilar Ezquerra.",
            "La restauraci\u00f3n ha costado 870.000 euros, aportados por la fundaci\u00f3n, el Gobierno de "
            "Arag\u00f3n y una campa\u00f1a de micromecenazgo."],
      about_head="Sobre la Fundaci\u00f3n",
      about=["La Fundaci\u00f3n Sierra de Almen\u00e1raz trabaja desde 2009 por el patrimonio y la poblaci\u00f3n "
             "de los pueblos de la sierra."],
      contact_head="Contacto de prensa",
      contact=["Andr\u00e9s Lafuente", "Tel.: 978 61 42 30", "prensa@sierra-almenaraz.example"],
      emails=["prensa@sierra-almenaraz.example"], phones=["978 61 42 30"],
      gold={"dateline": {"location": "Almen\u00e1raz", "date": "2026-04-28"}, "date": "2026-04-28", "byline": None},
      para="space", font="DejaVu Serif",
      scan={"dpi": 300, "angle": 1.0, "noise": 10, "q": 70, "ocr": "first"},
      stamp=None, sign=True,
      note="Letterhead (not body), a signature (not body); scanned at 300 dpi, turned 1.0 degree; two "
           "pages, a layer by ocrmypdf on page 1 only (page 2 is an image without text)."),

    R(id="e25-pt-01", lang="pt", tess="por", org="Associa\u00e7\u00e3o de Viticultores do Alto Ribeiral",
      lh="Largo da Igreja 5 \u2013 5130-214 Ribeiral",
      headline="Viticultores do Alto Ribeiral plantam castas antigas em socalcos abandonados",
      sub=None,
      dl="RIBEIRAL, 11 de maio de 2026", sep=" \u2013 ",
      body=["A Associa\u00e7\u00e3o de Viticultores do Alto Ribeiral vai replantar doze hectares de socalcos "
            "abandonados h\u00e1 mais de trinta anos com castas antigas da regi\u00e3o, algumas das quais "
            "quase desaparecidas.",
            "As videiras foram multiplicadas a partir de cepas encontradas em quintas velhas do concelho e "
            "identificadas por investigadores da universidade. Entre elas est\u00e3o a Tinta Carvalha e a "
            "Gouveio Real.",
            "\u201cEstes socalcos foram constru\u00eddos \u00e0 m\u00e3o pelos nossos av\u00f3s. Deix\u00e1-los cair "
            "seria perder uma parte da nossa hist\u00f3ria\u201d, diz o presidente da associa\u00e7\u00e3o, "
            "Ant\u00f3nio Meireles.",
            "A primeira vindima nos novos socalcos est\u00e1 prevista para 2029."],
      about_head="Sobre a Associa\u00e7\u00e3o",
      about=["A Associa\u00e7\u00e3o de Viticultores do Alto Ribeiral re\u00fane 140 pequenos produtores."],
      contact_head="Contacto",
      contact=["In\u00eas Carrilho", "Tel.: 259 318 420", "imprensa@altoribeiral.example"],
      emails=["imprensa@altoribeiral.example"], phones=["259 318 420"],
      gold={"dateline": {"location": "Ribeiral", "date": "2026-05-11"}, "date": "2026-05-11", "byline": None},
      para="indent", font="Liberation Serif",
      scan={"dpi": 300, "angle": -1.4, "noise": 8, "q": 75, "ocr": "ocrmypdf"},
      stamp=None, sign=False,
      note="Letterhead (not body), scanned at 300 dpi, turned -1.4 degrees; layer by ocrmypdf "
           "(Portuguese model). Paragraphs by first-line indent."),

    R(id="e25-en-03", lang="en", tess="eng", org="Northmoor College of Agriculture",
      lh="Corby Road, Northmoor NM4 7HX",
      headline="Northmoor College opens a robotic dairy for its students",
      sub=None,
      dl="NORTHMOOR, 22 April 2026", sep=" \u2013 ",
      body=["Northmoor College of Agriculture has opened a robotic milking parlour on its teaching farm, "
            "where students will learn to manage a herd of 120 cows with the tools now used on many "
            "commercial dairy farms.",
            "Two milking robots let each cow choose when to be milked, and collars record how long she eats, "
            "ruminates and rests. Students will compare the data with the herd records kept by hand "
            "since the farm opened in 1962.",
            "\u201cOur graduates go to work on farms that already have this equipment. They should not be "
            "seeing it for the first time on their first day,\u201d said the principal, Margery Oakenshaw.",
            "The parlour was paid for by the college and a group of local farmers, who will use the data to "
            "study the welfare of their own herds."],
      about_head="About Northmoor College",
      about=["Northmoor College of Agriculture teaches 1,100 students on a 400-hectare estate."],
      contact_head="Media",
      contact=["Tobias Wrenfield", "01632 960 533", "media@northmoor.example"],
      emails=["media@northmoor.example"], phones=["01632 960 533"],
      gold={"dateline": {"location": "Northmoor", "date": "2026-04-22"}, "date": "2026-04-22", "byline": None},
      para="indent", font="Liberation Serif",
      scan={"dpi": 300, "angle": 0.5, "noise": 14, "q": 50, "ocr": "bad"},
      stamp="RECEIVED 23 APR 2026", sign=True,
      note="Letterhead (not body), a stamp and a signature (not body); the page image scanned at 300 dpi, "
           "turned 0.5 degrees, heavy grain; its layer recognised from a blurred 70-dpi copy: a broken layer."),

    # Added on 2026-12-07 (ocr2, issue 11) for layout.skewed_baseline.width_vote
    # and .word_by_word, written with their gold before pressmill was run on
    # them: pages turned under 1 degree whose short lines (one-line
    # paragraphs, contact lines) outnumber the full ones, and a dateline
    # with a one-digit day opening a justified paragraph.
    R(id="e25-fr-03", lang="fr", tess="fra", org="Syndicat mixte des eaux de la Brenaise",
      lh="3 rue du Lavoir \u2013 71460 Saint-Ombrel",
      headline="Le syndicat de la Brenaise remplace cinq kilom\u00e8tres de conduites en fonte",
      sub=None,
      dl="SAINT-OMBREL, 6 mai 2026", sep=" \u2014 ",
      body=["Le syndicat mixte des eaux de la Brenaise engagera \u00e0 partir du 18 mai le remplacement de cinq "
            "kilom\u00e8tres de conduites en fonte pos\u00e9es en 1958 entre Saint-Ombrel et le hameau des Vernottes.",
            "Les travaux dureront quatre mois.",
            "Les nouvelles conduites en poly\u00e9thyl\u00e8ne r\u00e9duiront les fuites, qui font perdre aujourd'hui "
            "pr\u00e8s d'un litre sur cinq entre le ch\u00e2teau d'eau et les robinets des abonn\u00e9s.",
            "La circulation sera altern\u00e9e sur la route d\u00e9partementale.",
            "\u00ab Nous aurons moins d'eau perdue et moins de coupures pendant l'\u00e9t\u00e9 \u00bb, "
            "indique le pr\u00e9sident du syndicat, Gaspard Meuniot.",
            "Le chantier co\u00fbte 2,3 millions d'euros."],
      about_head="\u00c0 propos du syndicat",
      about=["Le syndicat distribue l'eau potable de onze communes."],
      contact_head="Contact presse",
      contact=["Ma\u00ebl Tissandier", "T\u00e9l. : 03 85 41 27 60", "m.tissandier@eaux-brenaise.example"],
      emails=["m.tissandier@eaux-brenaise.example"], phones=["03 85 41 27 60"],
      gold={"dateline": {"location": "Saint-Ombrel", "date": "2026-05-06"}, "date": "2026-05-06", "byline": None},
      para="space", font="DejaVu Serif",
      scan={"dpi": 300, "angle": -0.7, "noise": 8, "q": 75, "ocr": "ocrmypdf"},
      stamp=None, sign=False,
      note="Letterhead (not body), scanned at 300 dpi, turned -0.7 degrees; layer by ocrmypdf (French model). "
           "Short paragraphs of one line between full ones."),

    R(id="e25-en-04", lang="en", tess="eng", org="Corrowby Harbour Commissioners",
      lh="Harbour Office, East Quay, Corrowby CW2 8LN",
      headline="Corrowby harbour dredges its inner basin for the first time in thirty years",
      sub=None,
      dl="CORROWBY, 9 June 2026", sep=" \u2014 ",
      body=["The Corrowby Harbour Commissioners will begin dredging the inner basin on 22 June, removing about "
            "40,000 tonnes of silt that has left the berths too shallow for the larger fishing boats.",
            "The work will take six weeks.",
            "The silt will be tested and taken by barge to a licensed site offshore. Boats will move to "
            "the outer harbour while their berths are dredged.",
            "Night work is not planned.",
            "\u201cSome of our boats have had to wait for the tide to land their catch,\u201d said the harbour "
            "master, Isobel Tregarthen.",
            "The dredging costs 1.1 million pounds."],
      about_head="About the Commissioners",
      about=["The Commissioners have run Corrowby harbour since 1847."],
      contact_head="Press office",
      contact=["Rowan Penberthy", "Tel: 01632 960 815", "press@corrowbyharbour.example"],
      emails=["press@corrowbyharbour.example"], phones=["01632 960 815"],
      gold={"dateline": {"location": "Corrowby", "date": "2026-06-09"}, "date": "2026-06-09", "byline": None},
      para="space", font="Liberation Serif",
      scan={"dpi": 300, "angle": 0.8, "noise": 8, "q": 75, "ocr": "ocrmypdf"},
      stamp=None, sign=False,
      note="Letterhead (not body), scanned at 300 dpi, turned 0.8 degrees; layer by ocrmypdf. Short "
           "paragraphs of one line between full ones."),
]
