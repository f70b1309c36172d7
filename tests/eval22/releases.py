# The releases of tests/eval22 (read by make.py): each an invented release
# that reached a monitoring service or an archive by e-mail and was saved
# as text. Gold written with them, before pressmill was run on them.
#
# Per release: id, lang, org, headline, sub (None: no subheadline), dl (the
# dateline opening the first paragraph, or None), loc, date (the gold date:
# the dateline's, else the send date of the issuer's own message), body
# (paragraphs; the first without its dateline), about_head, about, contact
# (lines), emails (the release's and the signature's addresses; never the
# header's or the newsletter's), and the mail's shape (see make.py):
# headers [(name, value)] of the mail as saved; subject (the Subject's
# value); title_in_body (the release's title printed over the text, and
# how: "plain", "bold" for *...*, "caps"); kicker (a release line over the
# title, or None); forward (None, "gmail", "outlook", "apple",
# "thunderbird", "quote": '>' quoting under an attribution line), with
# fwd_note (the forwarder's lines above it) and inner (the original
# message's headers); wrap (72 or None); greeting / closing (the sender's
# lines before and after the release); sig (the lines after "-- "),
# disclaimer (the mail's legal notice), newsletter (Mailchimp-style
# furniture, in the mail's language), md (None, "html2text" or "pandoc":
# also given as a Markdown conversion of the HTML mail).


def R(**kw):
    kw.setdefault("sub", None)
    kw.setdefault("kicker", None)
    kw.setdefault("forward", None)
    kw.setdefault("fwd_note", [])
    kw.setdefault("inner", [])
    kw.setdefault("wrap", 72)
    kw.setdefault("greeting", [])
    kw.setdefault("closing", [])
    kw.setdefault("sig", [])
    kw.setdefault("disclaimer", None)
    kw.setdefault("newsletter", False)
    kw.setdefault("md", None)
    kw.setdefault("contact_head", None)
    return kw


RELEASES = [
    R(id="e22-en-01", lang="en", org="Brambleford Canal Trust",
      headers=[("From", "Nadia Pellow <n.pellow@bramblefordcanal.example>"),
               ("Sent", "Tuesday, March 3, 2026 9:41 AM"),
               ("To", "newsdesk@eastmercianpost.example"),
               ("Cc", "press@bramblefordcanal.example"),
               ("Subject", "PRESS RELEASE: Brambleford Canal Trust reopens the Hollins flight of locks")],
      subject="PRESS RELEASE: Brambleford Canal Trust reopens the Hollins flight of locks",
      title_in_body="plain", kicker="FOR IMMEDIATE RELEASE",
      headline="Brambleford Canal Trust reopens the Hollins flight of locks",
      dl="BRAMBLEFORD, 3 March 2026 \u2013", loc="BRAMBLEFORD", date="2026-03-03",
      greeting=["Dear editor,", "", "Please find our latest news release below."],
      body=["The seven locks of the Hollins flight reopen to boats on Saturday after a winter of repairs "
            "that replaced fourteen lock gates and rebuilt two collapsed culverts.",
            "Volunteers gave more than 6,000 hours to the work, which cost \u00a31.2 million and was paid "
            "for by the trust's members and a heritage lottery grant.",
            "\u201cThe flight had been closed for nine months. Boaters can now cross the Hollins ridge "
            "again in a single afternoon,\u201d said Owen Tregarth, the trust's waterways manager."],
      about_head="About Brambleford Canal Trust",
      about=["Brambleford Canal Trust looks after 38 miles of canal, 41 locks and the Hollins tunnel. "
             "It was founded in 1971 by boaters who saved the canal from closure."],
      contact_head="Media contact", contact=["Nadia Pellow", "n.pellow@bramblefordcanal.example",
                                             "01632 960 771"],
      emails=["n.pellow@bramblefordcanal.example"],
      closing=["Kind regards,", "Nadia"],
      sig=["Nadia Pellow | Communications Officer", "Brambleford Canal Trust", "Wharf House, Canal Street,",
           "Brambleford BR4 2QT"],
      disclaimer="This e-mail and any attachments are confidential and intended solely for the addressee. "
                 "If you have received it in error, please notify the sender and delete it. Brambleford "
                 "Canal Trust is a registered charity in England and Wales, no. 1093312."),

    R(id="e22-en-02", lang="en", org="Kestle Valley Water",
      headers=[("From", "Tom Ashby <tom.ashby@mercianwire.example>"),
               ("Date", "Wed, 11 Mar 2026 at 08:02"),
               ("Subject", "Fwd: Press release: Kestle Valley Water to fit smart meters in 40,000 homes"),
               ("To", "Archive <archive@mercianwire.example>")],
      subject="Fwd: Press release: Kestle Valley Water to fit smart meters in 40,000 homes",
      title_in_body=None, forward="gmail",
      fwd_note=["For the archive - came in yesterday afternoon.", "", "Tom"],
      inner=[("From", "Kestle Valley Water Press Office <press@kestlevalley.example>"),
             ("Date", "Tue, 10 Mar 2026 at 16:37"),
             ("Subject", "Press release: Kestle Valley Water to fit smart meters in 40,000 homes"),
             ("To", "<newsdesk@mercianwire.example>")],
      headline="Kestle Valley Water to fit smart meters in 40,000 homes",
      dl=None, loc=None, date="2026-03-10",
      body=["Kestle Valley Water will fit smart water meters to 40,000 homes in Pendry and the Upper "
            "Kestle villages over the next two years, the company said on Tuesday.",
            "The meters send a reading every hour, so that leaks on customers' pipes can be found within a "
            "day instead of at the next quarterly bill.",
            "Customers will not pay for the meter or its fitting. Bills will be based on the water used from "
            "April 2027, with a two-year guarantee that no household pays more than it does today.",
            "\u201cOne litre in five that we treat is lost before it reaches a tap. Meters are the quickest "
            "way to find where,\u201d said Harriet Venn, the company's director of operations."],
      about_head="About Kestle Valley Water",
      about=["Kestle Valley Water supplies drinking water to 310,000 people in the Kestle and Pendry valleys."],
      contact_head="Press office", contact=["press@kestlevalley.example", "01632 960 233"],
      emails=["press@kestlevalley.example"]),

    R(id="e22-en-03", lang="en", org="Marrowby Festival of Light",
      headers=[("From", "Marrowby Festival of Light <news@marrowbylight.example>"),
               ("Date", "Thu, 16 Apr 2026 07:00:12 +0000"),
               ("To", "listings@northshiremagazine.example"),
               ("Subject", "PRESS RELEASE: Marrowby Festival of Light announces 2026 programme")],
      subject="PRESS RELEASE: Marrowby Festival of Light announces 2026 programme",
      title_in_body="bold", kicker="*PRESS RELEASE*", newsletter=True, wrap=None, md="html2text",
      headline="Marrowby Festival of Light announces its 2026 programme",
      sub="Twenty-two installations across the old town, free for the first time",
      dl="MARROWBY, 16 April 2026 \u2013", loc="MARROWBY", date="2026-04-16",
      body=["The Marrowby Festival of Light will fill the old town with twenty-two light installations "
            "from 6 to 15 November, and for the first time every one of them will be free to visit.",
            "The programme includes a projection on the west front of St Alda's church by the artist "
            "collective Lumenwright and a floating lantern garden on the river Marrow.",
            "\u201cLast year 90,000 people came. Making it free means nobody in Marrowby has to stay at "
            "home,\u201d said festival director Priya Castellane."],
      about_head="About the festival",
      about=["The Marrowby Festival of Light has been held every November since 2015 and is run by a "
             "community interest company."],
      contact_head="Press enquiries", contact=["Lewis Harrop, press@marrowbylight.example"],
      emails=["press@marrowbylight.example"]),

    R(id="e22-fr-01", lang="fr", org="Communaut\u00e9 de communes du Val d'Ormance",
      headers=[("De", "Service communication <communication@valdormance.example>"),
               ("Envoy\u00e9", "jeudi 12 mars 2026 10:02"),
               ("\u00c0", "redaction@lechodesvallees.example"),
               ("Cc", "Juliette Marsac <j.marsac@valdormance.example>"),
               ("Objet", "Communiqu\u00e9 de presse : Le Val d'Ormance ouvre sa premi\u00e8re "
                         "maison de sant\u00e9 \u00e0 Saint-Brieuc-d'Ormance")],
      subject="Communiqu\u00e9 de presse : Le Val d'Ormance ouvre sa premi\u00e8re maison de sant\u00e9 "
              "\u00e0 Saint-Brieuc-d'Ormance",
      title_in_body=None,
      headline="Le Val d'Ormance ouvre sa premi\u00e8re maison de sant\u00e9 \u00e0 Saint-Brieuc-d'Ormance",
      dl="Valmorin, le 12 mars 2026 \u2013", loc="Valmorin", date="2026-03-12",
      greeting=["Madame, Monsieur,", "", "Veuillez trouver ci-dessous notre communiqu\u00e9 de presse."],
      body=["La Communaut\u00e9 de communes du Val d'Ormance inaugurera le 28 mars sa premi\u00e8re maison "
            "de sant\u00e9 pluriprofessionnelle, rue des Tilleuls \u00e0 Saint-Brieuc-d'Ormance.",
            "Trois m\u00e9decins g\u00e9n\u00e9ralistes, deux infirmi\u00e8res, une kin\u00e9sith\u00e9rapeute et "
            "une orthophoniste y recevront les patients du lundi au samedi.",
            "\u00ab Depuis le d\u00e9part du dernier m\u00e9decin en 2023, 4 000 habitants n'avaient plus de "
            "m\u00e9decin traitant \u00bb, rappelle le pr\u00e9sident de la communaut\u00e9, Bernard Lasseube."],
      about_head=None, about=[],
      contact_head="Contact presse", contact=["Juliette Marsac \u2013 06 12 34 56 78",
                                               "j.marsac@valdormance.example"],
      emails=["j.marsac@valdormance.example"],
      closing=["Bien cordialement,"],
      sig=["Service communication", "Communaut\u00e9 de communes du Val d'Ormance",
           "2 place de la Halle \u2013 81450 Valmorin"],
      disclaimer="Ce message et toutes les pi\u00e8ces jointes sont confidentiels et \u00e9tablis \u00e0 "
                 "l'intention exclusive de ses destinataires. Toute utilisation non conforme \u00e0 sa "
                 "destination est interdite. Si vous avez re\u00e7u ce message par erreur, merci d'en "
                 "avertir imm\u00e9diatement l'exp\u00e9diteur."),

    R(id="e22-fr-02", lang="fr", org="Orchestre r\u00e9gional de Lanvallec",
      headers=[("De", "Sophie Kerbrat <s.kerbrat@ouest-agenda.example>"),
               ("Objet", "TR: Communiqu\u00e9 : l'Orchestre r\u00e9gional de Lanvallec part en tourn\u00e9e"),
               ("Date", "3 avril 2026 \u00e0 08:47:02 UTC+2"),
               ("\u00c0", "archives@ouest-agenda.example")],
      subject="TR: Communiqu\u00e9 : l'Orchestre r\u00e9gional de Lanvallec part en tourn\u00e9e",
      title_in_body="plain", forward="apple",
      fwd_note=["Pour l'agenda de mai.", "", "Sophie"],
      inner=[("De", "Orchestre r\u00e9gional de Lanvallec <presse@orchestre-lanvallec.example>"),
             ("Objet", "Communiqu\u00e9 : l'Orchestre r\u00e9gional de Lanvallec part en tourn\u00e9e"),
             ("Date", "2 avril 2026 \u00e0 17:15:44 UTC+2"),
             ("\u00c0", "Sophie Kerbrat <s.kerbrat@ouest-agenda.example>")],
      kicker="COMMUNIQU\u00c9 DE PRESSE",
      headline="L'Orchestre r\u00e9gional de Lanvallec part en tourn\u00e9e dans douze communes rurales",
      dl="LANVALLEC, le 2 avril 2026 \u2013", loc="LANVALLEC", date="2026-04-02",
      body=["L'Orchestre r\u00e9gional de Lanvallec jouera du 4 au 23 mai dans douze communes de moins de "
            "2 000 habitants, dans des salles des f\u00eates, des granges et une \u00e9glise.",
            "Le programme, consacr\u00e9 \u00e0 Haydn et \u00e0 des danses bretonnes arrang\u00e9es pour "
            "orchestre, sera pr\u00e9c\u00e9d\u00e9 d'une r\u00e9p\u00e9tition ouverte aux \u00e9coles.",
            "Les places sont \u00e0 5 euros, gratuites pour les moins de dix-huit ans."],
      about_head="\u00c0 propos de l'Orchestre r\u00e9gional de Lanvallec",
      about=["Fond\u00e9 en 1988, l'orchestre r\u00e9unit quarante musiciens permanents et donne "
             "soixante concerts par an."],
      contact_head="Contact presse", contact=["Ma\u00ebl Le Goff", "presse@orchestre-lanvallec.example"],
      emails=["presse@orchestre-lanvallec.example"]),

    R(id="e22-de-01", lang="de", org="Stadtwerke Grauweiler",
      headers=[("Von", "Pressestelle Stadtwerke Grauweiler <presse@sw-grauweiler.example>"),
               ("Gesendet", "Dienstag, 17. M\u00e4rz 2026 08:45"),
               ("An", "redaktion@grauweiler-anzeiger.example"),
               ("Betreff", "Pressemitteilung: Stadtwerke Grauweiler bauen Fernw\u00e4rmenetz im Nordviertel aus")],
      subject="Pressemitteilung: Stadtwerke Grauweiler bauen Fernw\u00e4rmenetz im Nordviertel aus",
      title_in_body="plain", kicker="Pressemitteilung", md="pandoc",
      headline="Stadtwerke Grauweiler bauen Fernw\u00e4rmenetz im Nordviertel aus",
      sub="2.300 Haushalte k\u00f6nnen ab 2027 angeschlossen werden",
      dl="Grauweiler, 17. M\u00e4rz 2026 \u2013", loc="Grauweiler", date="2026-03-17",
      greeting=["Sehr geehrte Damen und Herren,", "", "anbei erhalten Sie unsere aktuelle Pressemitteilung."],
      body=["Die Stadtwerke Grauweiler verlegen ab Mai neun Kilometer neue Fernw\u00e4rmeleitungen im "
            "Nordviertel. Damit k\u00f6nnen rund 2.300 Haushalte ab 2027 an das Netz angeschlossen werden.",
            "Die W\u00e4rme kommt zu zwei Dritteln aus der Abw\u00e4rme der Papierfabrik am Kanalhafen. "
            "Die Bauarbeiten sind in sechs Abschnitte geteilt, damit jede Stra\u00dfe h\u00f6chstens zehn "
            "Wochen gesperrt ist.",
            "\u201eWer jetzt eine neue Heizung plant, sollte auf uns warten\u201c, sagt Gesch\u00e4ftsf\u00fchrerin "
            "Martina Oldekamp."],
      about_head="\u00dcber die Stadtwerke Grauweiler",
      about=["Die Stadtwerke Grauweiler versorgen 64.000 Einwohner mit Strom, Gas, W\u00e4rme und Wasser."],
      contact_head="Pressekontakt", contact=["Jonas Brettschneider", "Telefon: 02161 555 3010",
                                              "presse@sw-grauweiler.example"],
      emails=["presse@sw-grauweiler.example"],
      closing=["Mit freundlichen Gr\u00fc\u00dfen", "Jonas Brettschneider"],
      sig=["Stadtwerke Grauweiler GmbH", "Unternehmenskommunikation", "Am Kanalhafen 4, 41199 Grauweiler",
           "Gesch\u00e4ftsf\u00fchrung: Martina Oldekamp | Amtsgericht Grauweiler HRB 4471"],
      disclaimer="Diese E-Mail enth\u00e4lt vertrauliche und/oder rechtlich gesch\u00fctzte Informationen. "
                 "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrt\u00fcmlich erhalten haben, "
                 "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."),

    R(id="e22-de-02", lang="de", org="Landkreis Ostermoor",
      headers=[("Von", "Birte Wendland <b.wendland@kreiszeitung-ostermoor.example>"),
               ("Gesendet", "Montag, 20. April 2026 11:30"),
               ("An", "archiv@kreiszeitung-ostermoor.example"),
               ("Betreff", "AW: Pressemitteilung Landkreis Ostermoor")],
      subject="AW: Pressemitteilung Landkreis Ostermoor",
      title_in_body="plain", forward="quote",
      fwd_note=["Zur Ablage.", "", "Birte"],
      attribution="Am 20.04.2026 um 09:12 schrieb Pressestelle Landkreis Ostermoor "
                  "<presse@lk-ostermoor.example>:",
      headline="Landkreis Ostermoor f\u00fchrt Rufbus in zw\u00f6lf D\u00f6rfern ein",
      dl="Ostermoor, 20. April 2026 \u2013", loc="Ostermoor", date="2026-04-20",
      body=["Ab dem 1. Juni f\u00e4hrt in zw\u00f6lf D\u00f6rfern des Landkreises Ostermoor ein Rufbus. "
            "Fahrg\u00e4ste bestellen ihn bis eine Stunde vor der Fahrt per Telefon oder App.",
            "Der Rufbus f\u00e4hrt montags bis samstags von 6 bis 22 Uhr und kostet so viel wie eine "
            "normale Busfahrkarte.",
            "\u201eKein Dorf soll abgeh\u00e4ngt sein\u201c, sagte Landr\u00e4tin Hella Brockmann bei der "
            "Vorstellung in Kirchwerden."],
      about_head=None, about=[],
      contact_head="Pressekontakt", contact=["Pressestelle Landkreis Ostermoor", "presse@lk-ostermoor.example"],
      emails=["presse@lk-ostermoor.example"]),

    R(id="e22-es-01", lang="es", org="Ayuntamiento de Villaserena",
      headers=[("De", "Gabinete de Prensa <prensa@villaserena.example>"),
               ("Enviado el", "mi\u00e9rcoles, 8 de abril de 2026 12:30"),
               ("Para", "redaccion@diariodelvalle.example"),
               ("Asunto", "NOTA DE PRENSA: Villaserena abre el nuevo parque fluvial del r\u00edo Alm\u00e9n")],
      subject="NOTA DE PRENSA: Villaserena abre el nuevo parque fluvial del r\u00edo Alm\u00e9n",
      title_in_body="bold",
      headline="Villaserena abre el nuevo parque fluvial del r\u00edo Alm\u00e9n",
      dl="VILLASERENA, 8 de abril de 2026 \u2013", loc="VILLASERENA", date="2026-04-08",
      body=["El Ayuntamiento de Villaserena abri\u00f3 este mi\u00e9rcoles el parque fluvial del r\u00edo "
            "Alm\u00e9n, once hect\u00e1reas de paseos, huertos y zonas de ba\u00f1o recuperadas de una "
            "antigua gravera.",
            "El parque cuenta con tres kil\u00f3metros de senda accesible, un embarcadero para piragu\u00e1s "
            "y 1.200 \u00e1rboles de ribera plantados por escolares del municipio.",
            "\u201cEs el mayor espacio verde que ha ganado la ciudad en cincuenta a\u00f1os\u201d, "
            "afirm\u00f3 la alcaldesa, Remedios Albarr\u00e1n."],
      about_head=None, about=[],
      contact_head="Contacto de prensa", contact=["Gabinete de Prensa del Ayuntamiento de Villaserena",
                                                   "prensa@villaserena.example", "Tel. 924 555 018"],
      emails=["prensa@villaserena.example"],
      sig=["Gabinete de Prensa", "Ayuntamiento de Villaserena", "Plaza Mayor, 1 \u2013 06990 Villaserena"],
      disclaimer="AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
                 "destinatario y pueden contener informaci\u00f3n confidencial. Si no es usted el "
                 "destinatario, le rogamos que lo comunique al remitente y proceda a su eliminaci\u00f3n."),

    R(id="e22-es-02", lang="es", org="Fundaci\u00f3n Cornisa Azul",
      headers=[("De", "Fundaci\u00f3n Cornisa Azul <boletin@cornisaazul.example>"),
               ("Fecha", "martes, 21 de abril de 2026, 10:00"),
               ("Para", "documentacion@revistamar.example"),
               ("Asunto", "Nota de prensa: La Fundaci\u00f3n Cornisa Azul limpia 40 calas de la costa de Arenal")],
      subject="Nota de prensa: La Fundaci\u00f3n Cornisa Azul limpia 40 calas de la costa de Arenal",
      title_in_body=None, newsletter=True, wrap=None, md="html2text",
      headline="La Fundaci\u00f3n Cornisa Azul limpia 40 calas de la costa de Arenal",
      dl="Puerto Arenal, 21 de abril de 2026.", loc="Puerto Arenal", date="2026-04-21",
      body=["M\u00e1s de 900 voluntarios retiraron el pasado fin de semana 7,4 toneladas de residuos de "
            "cuarenta calas de la costa de Arenal, en la mayor jornada de limpieza organizada por la "
            "Fundaci\u00f3n Cornisa Azul.",
            "Dos de cada tres objetos recogidos eran pl\u00e1sticos de un solo uso, y casi la mitad "
            "llegaron por mar.",
            "La fundaci\u00f3n entregar\u00e1 los datos al Gobierno regional para su plan de residuos "
            "marinos."],
      about_head="Sobre la Fundaci\u00f3n Cornisa Azul",
      about=["La Fundaci\u00f3n Cornisa Azul protege el litoral de Arenal desde 2009 con programas de "
             "voluntariado y educaci\u00f3n ambiental."],
      contact_head="Contacto", contact=["Irene Sotomayor", "comunicacion@cornisaazul.example"],
      emails=["comunicacion@cornisaazul.example"]),

    R(id="e22-it-01", lang="it", org="Consorzio di bonifica Valle del Lirone",
      headers=[("Da", "Ufficio stampa Consorzio Valle del Lirone <stampa@vallelirone.example>"),
               ("Inviato", "venerd\u00ec 15 maggio 2026 11:04"),
               ("A", "redazione@gazzettadellapiana.example"),
               ("Oggetto", "COMUNICATO STAMPA: Il Consorzio Valle del Lirone rinnova l'argine di Borgoverde")],
      subject="COMUNICATO STAMPA: Il Consorzio Valle del Lirone rinnova l'argine di Borgoverde",
      title_in_body=None, md="pandoc",
      headline="Il Consorzio Valle del Lirone rinnova l'argine di Borgoverde",
      dl="Borgoverde, 15 maggio 2026 \u2013", loc="Borgoverde", date="2026-05-15",
      greeting=["Gentili redazioni,", "", "vi inviamo il comunicato in allegato e qui sotto."],
      body=["Sono iniziati i lavori per rialzare e consolidare due chilometri dell'argine sinistro del "
            "Lirone a Borgoverde, il tratto che nell'alluvione del 2024 aveva ceduto in tre punti.",
            "L'intervento costa 3,8 milioni di euro e si concluder\u00e0 entro l'autunno, prima della "
            "stagione delle piene.",
            "\u00abProteggiamo 600 famiglie e le aziende agricole della bassa\u00bb, ha detto il "
            "presidente del Consorzio, Gianluca Ferradini."],
      about_head="Chi \u00e8 il Consorzio",
      about=["Il Consorzio di bonifica Valle del Lirone gestisce 1.400 chilometri di canali e dodici "
             "impianti idrovori in 31 comuni."],
      contact_head="Ufficio stampa", contact=["Chiara Bonvicini", "stampa@vallelirone.example",
                                               "tel. 0522 555 190"],
      emails=["stampa@vallelirone.example"],
      closing=["Cordiali saluti"],
      sig=["Ufficio stampa", "Consorzio di bonifica Valle del Lirone", "Via dei Mulini 12, 42099 Borgoverde (RE)"],
      disclaimer="Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente "
                 "al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di "
                 "distruggerlo e di informare il mittente. Ai sensi del Regolamento UE 2016/679 (GDPR)."),

    R(id="e22-it-02", lang="it", org="Teatro civico di Montalcino Basso",
      headers=[("Da", "Elena Rapisarda <e.rapisarda@cronacheteatrali.example>"),
               ("Inviato", "gioved\u00ec 21 maggio 2026 18:20"),
               ("A", "archivio@cronacheteatrali.example"),
               ("Oggetto", "I: Comunicato stampa - stagione 2026/27")],
      subject="I: Comunicato stampa - stagione 2026/27",
      title_in_body="plain", forward="outlook",
      fwd_note=["Da archiviare.", "E."],
      inner=[("From", "Teatro civico Montalcino Basso <stampa@teatrocivicomb.example>"),
             ("Sent", "Thursday, May 21, 2026 12:02 PM"),
             ("To", "Elena Rapisarda <e.rapisarda@cronacheteatrali.example>"),
             ("Subject", "Comunicato stampa - stagione 2026/27")],
      headline="Il Teatro civico di Montalcino Basso presenta la stagione 2026/27",
      sub="Ventiquattro spettacoli, sei prime nazionali e un abbonamento per gli under 30",
      dl="MONTALCINO BASSO, 21 maggio 2026 \u2013", loc="MONTALCINO BASSO", date="2026-05-21",
      body=["Il Teatro civico di Montalcino Basso ha presentato oggi la stagione 2026/27, che si aprir\u00e0 "
            "il 9 ottobre con una nuova messa in scena della Locandiera.",
            "In cartellone ventiquattro spettacoli tra prosa, danza e teatro per ragazzi, sei dei quali in "
            "prima nazionale.",
            "Il nuovo abbonamento per gli under 30 costa 60 euro per otto spettacoli a scelta."],
      about_head=None, about=[],
      contact_head="Ufficio stampa", contact=["Davide Moretto", "stampa@teatrocivicomb.example"],
      emails=["stampa@teatrocivicomb.example"]),

    R(id="e22-pt-01", lang="pt", org="C\u00e2mara Municipal de Vila Nova de Arcelha",
      headers=[("De", "Gabinete de Comunica\u00e7\u00e3o <comunicacao@cm-arcelha.example>"),
               ("Enviada", "segunda-feira, 1 de junho de 2026 10:15"),
               ("Para", "redacao@jornaldoalto.example"),
               ("Assunto", "Comunicado de imprensa: Arcelha inaugura mercado municipal renovado")],
      subject="Comunicado de imprensa: Arcelha inaugura mercado municipal renovado",
      title_in_body="plain", kicker="COMUNICADO DE IMPRENSA",
      headline="Arcelha inaugura mercado municipal renovado",
      dl="Vila Nova de Arcelha, 1 de junho de 2026 \u2013", loc="Vila Nova de Arcelha", date="2026-06-01",
      body=["O mercado municipal de Vila Nova de Arcelha reabre no s\u00e1bado, depois de dezoito meses de "
            "obras que recuperaram a cobertura de ferro de 1912 e criaram 34 bancas novas.",
            "Metade das bancas foi atribu\u00edda a produtores do concelho, com rendas reduzidas nos "
            "primeiros tr\u00eas anos.",
            "\u00abO mercado volta a ser o cora\u00e7\u00e3o da vila\u00bb, afirmou o presidente da "
            "C\u00e2mara, Rui Cerqueira."],
      about_head=None, about=[],
      contact_head="Contacto para a imprensa", contact=["Marta Lobo \u2013 comunicacao@cm-arcelha.example"],
      emails=["comunicacao@cm-arcelha.example"],
      closing=["Com os melhores cumprimentos,"],
      sig=["Gabinete de Comunica\u00e7\u00e3o", "C\u00e2mara Municipal de Vila Nova de Arcelha"],
      disclaimer="AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos podem conter "
                 "informa\u00e7\u00e3o confidencial destinada exclusivamente ao destinat\u00e1rio. Se a "
                 "recebeu por engano, por favor informe o remetente e elimine-a."),

    R(id="e22-nl-01", lang="nl", org="Waterschap Lage Vennen",
      headers=[("Van", "Communicatie Waterschap Lage Vennen <communicatie@lagevennen.example>"),
               ("Verzonden", "dinsdag 9 juni 2026 14:02"),
               ("Aan", "redactie@dagbladdepolder.example"),
               ("Onderwerp", "PERSBERICHT: Waterschap Lage Vennen legt vispassage aan bij gemaal De Hoorn")],
      subject="PERSBERICHT: Waterschap Lage Vennen legt vispassage aan bij gemaal De Hoorn",
      title_in_body=None,
      headline="Waterschap Lage Vennen legt vispassage aan bij gemaal De Hoorn",
      dl=None, loc=None, date="2026-06-09",
      greeting=["Geachte redactie,"],
      body=["Waterschap Lage Vennen begint volgende week met de aanleg van een vispassage naast gemaal De "
            "Hoorn bij Wierdum. Paling en stekelbaars kunnen dan weer van de Waddenzee naar de polder "
            "zwemmen.",
            "De passage bestaat uit een reeks kleine bekkens die het water trapsgewijs laten stromen. "
            "Het werk duurt tot eind september en kost 1,1 miljoen euro.",
            "\u201cHet gemaal houdt onze voeten droog, maar was voor vissen een muur\u201d, zegt "
            "dijkgraaf Anneke Hoogterp."],
      about_head=None, about=[],
      contact_head="Noot voor de redactie", contact=["Voor meer informatie: Sietse Bouma, "
                                                      "communicatie@lagevennen.example, 058 555 2240"],
      emails=["communicatie@lagevennen.example"],
      closing=["Met vriendelijke groet,", "", "Sietse Bouma"],
      sig=["Waterschap Lage Vennen", "Postbus 180, 8900 AD Wierdum"],
      disclaimer="Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht "
                 "niet voor u bestemd is, wordt u verzocht de afzender hiervan op de hoogte te stellen "
                 "en het bericht te verwijderen."),

    R(id="e22-nl-02", lang="nl", org="Museum Het Zoutpakhuis",
      headers=[("Van", "Museum Het Zoutpakhuis <nieuwsbrief@zoutpakhuis.example>"),
               ("Datum", "donderdag 18 juni 2026 09:00"),
               ("Aan", "documentatie@kunstkrant.example"),
               ("Onderwerp", "Persbericht: Zoutpakhuis toont schatten uit de Lemmerwaard-wrakken")],
      subject="Persbericht: Zoutpakhuis toont schatten uit de Lemmerwaard-wrakken",
      title_in_body="bold", newsletter=True, wrap=None, kicker="*Persbericht*",
      headline="Zoutpakhuis toont schatten uit de Lemmerwaard-wrakken",
      dl="HARLINGERVEEN, 18 juni 2026 \u2013", loc="HARLINGERVEEN", date="2026-06-18",
      body=["Museum Het Zoutpakhuis opent op 4 juli de tentoonstelling Verzonken handel, met meer dan "
            "tweehonderd voorwerpen uit drie zeventiende-eeuwse wrakken bij de Lemmerwaard.",
            "Te zien zijn onder meer een kist vol tinnen lepels, Chinees porselein en een bijna gave "
            "scheepsbel.",
            "De tentoonstelling loopt tot en met 10 januari 2027."],
      about_head="Over Het Zoutpakhuis",
      about=["Museum Het Zoutpakhuis vertelt de geschiedenis van de zouthandel en de scheepvaart op de "
             "Zuiderzee, in een pakhuis uit 1642."],
      contact_head="Noot voor de redactie", contact=["Perscontact: Femke Dijkstra, pers@zoutpakhuis.example"],
      emails=["pers@zoutpakhuis.example"]),

    R(id="e22-ar-01", lang="ar", org="\u0628\u0644\u062f\u064a\u0629 \u0627\u0644\u0639\u064a\u0646 "
                                     "\u0627\u0644\u0632\u0631\u0642\u0627\u0621",
      headers=[("\u0645\u0646", "\u0627\u0644\u0645\u0643\u062a\u0628 \u0627\u0644\u0625\u0639\u0644\u0627\u0645\u064a "
                                "<media@ain-zarqa.example>"),
               ("\u0623\u0631\u0633\u0644", "\u0627\u0644\u0627\u062b\u0646\u064a\u0646 22 \u064a\u0648\u0646\u064a\u0648 "
                                           "2026 10:30 \u0635"),
               ("\u0625\u0644\u0649", "desk@akhbar-alwadi.example"),
               ("\u0627\u0644\u0645\u0648\u0636\u0648\u0639",
                "\u0628\u064a\u0627\u0646 \u0635\u062d\u0641\u064a: \u0628\u0644\u062f\u064a\u0629 \u0627\u0644\u0639\u064a\u0646 "
                "\u0627\u0644\u0632\u0631\u0642\u0627\u0621 \u062a\u0641\u062a\u062a\u062d \u0645\u0643\u062a\u0628\u0629 "
                "\u0639\u0627\u0645\u0629 \u062c\u062f\u064a\u062f\u0629")],
      subject="\u0628\u064a\u0627\u0646 \u0635\u062d\u0641\u064a: \u0628\u0644\u062f\u064a\u0629 \u0627\u0644\u0639\u064a\u0646 "
              "\u0627\u0644\u0632\u0631\u0642\u0627\u0621 \u062a\u0641\u062a\u062a\u062d \u0645\u0643\u062a\u0628\u0629 "
              "\u0639\u0627\u0645\u0629 \u062c\u062f\u064a\u062f\u0629",
      title_in_body="plain", wrap=None,
      headline="\u0628\u0644\u062f\u064a\u0629 \u0627\u0644\u0639\u064a\u0646 \u0627\u0644\u0632\u0631\u0642\u0627\u0621 "
               "\u062a\u0641\u062a\u062a\u062d \u0645\u0643\u062a\u0628\u0629 \u0639\u0627\u0645\u0629 "
               "\u062c\u062f\u064a\u062f\u0629 \u0641\u064a \u062d\u064a \u0627\u0644\u0646\u062e\u064a\u0644",
      dl="\u0627\u0644\u0639\u064a\u0646 \u0627\u0644\u0632\u0631\u0642\u0627\u0621\u060c 22 \u064a\u0648\u0646\u064a\u0648 "
         "2026 \u2013", loc="\u0627\u0644\u0639\u064a\u0646 \u0627\u0644\u0632\u0631\u0642\u0627\u0621", date="2026-06-22",
      body=["\u0627\u0641\u062a\u062a\u062d\u062a \u0628\u0644\u062f\u064a\u0629 \u0627\u0644\u0639\u064a\u0646 "
            "\u0627\u0644\u0632\u0631\u0642\u0627\u0621 \u0627\u0644\u064a\u0648\u0645 \u0645\u0643\u062a\u0628\u0629 "
            "\u0639\u0627\u0645\u0629 \u062c\u062f\u064a\u062f\u0629 \u0641\u064a \u062d\u064a \u0627\u0644\u0646\u062e\u064a\u0644 "
            "\u062a\u0636\u0645 \u0623\u0643\u062b\u0631 \u0645\u0646 \u062b\u0644\u0627\u062b\u064a\u0646 \u0623\u0644\u0641 "
            "\u0643\u062a\u0627\u0628 \u0648\u0642\u0627\u0639\u0629 \u0644\u0644\u0623\u0637\u0641\u0627\u0644.",
            "\u0648\u0633\u062a\u0641\u062a\u062d \u0627\u0644\u0645\u0643\u062a\u0628\u0629 \u0623\u0628\u0648\u0627\u0628\u0647\u0627 "
            "\u0637\u0648\u0627\u0644 \u0623\u064a\u0627\u0645 \u0627\u0644\u0623\u0633\u0628\u0648\u0639 \u0645\u0646 "
            "\u0627\u0644\u062a\u0627\u0633\u0639\u0629 \u0635\u0628\u0627\u062d\u0627 \u062d\u062a\u0649 "
            "\u0627\u0644\u062a\u0627\u0633\u0639\u0629 \u0645\u0633\u0627\u0621\u060c \u0648\u0627\u0644\u0627\u0634\u062a\u0631\u0627\u0643 "
            "\u0641\u064a\u0647\u0627 \u0645\u062c\u0627\u0646\u064a \u0644\u062c\u0645\u064a\u0639 \u0627\u0644\u0633\u0643\u0627\u0646.",
            "\u0648\u0642\u0627\u0644 \u0631\u0626\u064a\u0633 \u0627\u0644\u0628\u0644\u062f\u064a\u0629 \u0633\u0627\u0645\u0631 "
            "\u0627\u0644\u062d\u062f\u064a\u062f\u064a: \u00ab\u0627\u0644\u0645\u0643\u062a\u0628\u0629 \u0628\u064a\u062a "
            "\u062b\u0627\u0646\u064d \u0644\u0643\u0644 \u0637\u0627\u0644\u0628 \u0641\u064a \u0627\u0644\u0645\u062f\u064a\u0646\u0629\u00bb."],
      about_head=None, about=[],
      contact_head="\u0644\u0644\u0627\u0633\u062a\u0641\u0633\u0627\u0631\u0627\u062a",
      contact=["\u0627\u0644\u0645\u0643\u062a\u0628 \u0627\u0644\u0625\u0639\u0644\u0627\u0645\u064a: media@ain-zarqa.example"],
      emails=["media@ain-zarqa.example"],
      sig=["\u0627\u0644\u0645\u0643\u062a\u0628 \u0627\u0644\u0625\u0639\u0644\u0627\u0645\u064a",
           "\u0628\u0644\u062f\u064a\u0629 \u0627\u0644\u0639\u064a\u0646 \u0627\u0644\u0632\u0631\u0642\u0627\u0621"],
      disclaimer="\u0647\u0630\u0647 \u0627\u0644\u0631\u0633\u0627\u0644\u0629 \u0633\u0631\u064a\u0629 "
                 "\u0648\u0645\u0648\u062c\u0647\u0629 \u0625\u0644\u0649 \u0627\u0644\u0645\u0631\u0633\u0644 "
                 "\u0625\u0644\u064a\u0647 \u0641\u0642\u0637. \u0625\u0630\u0627 \u0648\u0635\u0644\u062a\u0643 "
                 "\u0647\u0630\u0647 \u0627\u0644\u0631\u0633\u0627\u0644\u0629 \u0628\u0627\u0644\u062e\u0637\u0623 "
                 "\u064a\u0631\u062c\u0649 \u0625\u0628\u0644\u0627\u063a \u0627\u0644\u0645\u0631\u0633\u0644 "
                 "\u0648\u062d\u0630\u0641\u0647\u0627."),

    R(id="e22-sv-01", lang="sv", org="Norrvika kommun",
      headers=[("Fr\u00e5n", "Kommunikationsavdelningen <press@norrvika.example>"),
               ("Skickat", "den 30 juni 2026 09:20"),
               ("Till", "nyheter@kustbladet.example"),
               ("\u00c4mne", "PRESSMEDDELANDE: Norrvika bygger ny simhall vid Sj\u00f6torget")],
      subject="PRESSMEDDELANDE: Norrvika bygger ny simhall vid Sj\u00f6torget",
      title_in_body="plain",
      headline="Norrvika bygger ny simhall vid Sj\u00f6torget",
      dl="NORRVIKA, 30 juni 2026 \u2013", loc="NORRVIKA", date="2026-06-30",
      body=["Kommunfullm\u00e4ktige i Norrvika har beslutat att bygga en ny simhall vid Sj\u00f6torget. "
            "Den ers\u00e4tter badhuset fr\u00e5n 1967 som st\u00e4ngdes f\u00f6rra v\u00e5ren.",
            "Simhallen f\u00e5r en 25-metersbass\u00e4ng, en undervisningsbass\u00e4ng och ett gym. "
            "Bygget b\u00f6rjar i mars och hallen ska \u00f6ppna h\u00f6sten 2028.",
            "\u2013 Alla barn i Norrvika ska kunna l\u00e4ra sig simma, s\u00e4ger "
            "kommunstyrelsens ordf\u00f6rande Lena Forsgren."],
      about_head=None, about=[],
      contact_head="F\u00f6r mer information", contact=["Erik Lindqvist, presschef", "press@norrvika.example",
                                                          "0570-555 12 00"],
      emails=["press@norrvika.example"],
      closing=["V\u00e4nliga h\u00e4lsningar,"],
      sig=["Kommunikationsavdelningen", "Norrvika kommun"]),
]
