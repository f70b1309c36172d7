# The releases of tests/eval13 (read by make_docx.py): each a document.xml
# body written as Word writes it, and its gold. Invented organisations,
# people and towns.


def E(lang, headline, sub, loc, date, body, about, emails):
    return {"language": lang, "headline": headline, "subheadline": sub,
            "dateline": {"location": loc, "date": date}, "date": date,
            "body": body, "about": about, "emails": emails}


BOLD = "<w:b/><w:bCs/>"
CENTER = '<w:jc w:val="center"/>'
PLACEHOLDER = "Click or tap here to enter text."

RELEASES = [
    # 1: Word's cover-page building block: the title and subtitle in
    # block content controls bound to the document properties, the About
    # section in a block content control of its own.
    {"id": "e13-en-01", "note": "Title and Subtitle each in a block-level w:sdt (cover page docPartObj, "
     "dataBinding to core properties); the About heading and paragraph in one block w:sdt.",
     "body": sdt_block(
         sdt_block(P("Harlowe Ferries adds an electric crossing to Penmarth Sound", "Title"), alias="Title",
                   extra_pr='<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\'" '
                            'w:xpath="/ns0:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8}"/>'
                            '<w:text/>')
         + sdt_block(P("The first boat sails in June", "Subtitle"), alias="Subtitle", extra_pr="<w:text/>"),
         extra_pr='<w:docPartObj><w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj>')
     + P("PENMARTH, 14 April 2026 \u2013 Harlowe Ferries will run a battery-powered ferry between Penmarth and "
         "Gull Island from June, replacing one of its two diesel boats.")
     + P("The new boat carries 120 passengers and twelve cars and charges at the Penmarth quay during the "
         "twenty-minute turnaround.")
     + sdt_block(P("About Harlowe Ferries", "Heading2")
                 + P("Harlowe Ferries has run crossings on Penmarth Sound since 1962 and carries 900,000 "
                     "passengers a year."), alias="Boilerplate", tag="about")
     + P("Press: Tamsin Orrell, tamsin.orrell@harlowe-ferries.example"),
     "expect": E("en", "Harlowe Ferries adds an electric crossing to Penmarth Sound", "The first boat sails in June",
                 "PENMARTH", "2026-04-14",
                 ["Harlowe Ferries will run a battery-powered ferry between Penmarth and Gull Island from June, "
                  "replacing one of its two diesel boats.",
                  "The new boat carries 120 passengers and twelve cars and charges at the Penmarth quay during "
                  "the twenty-minute turnaround."],
                 ["Harlowe Ferries has run crossings on Penmarth Sound since 1962 and carries 900,000 "
                  "passengers a year."],
                 ["tamsin.orrell@harlowe-ferries.example"])},

    # 2: run-level content controls inside the paragraphs, and a template
    # control never filled in (w:showingPlcHdr: Word shows grey prompt text
    # that is not the release's).
    {"id": "e13-en-02", "note": "Run-level w:sdt around the title's words and the dateline's date; an unfilled "
     "template control (w:showingPlcHdr, 'Click or tap here to enter text.') for the subtitle and one in the "
     "body: placeholder text is not the document's.",
     "body": para(run("Orchard Lane Library ", "") + sdt_block(run("opens on Sundays"), alias="Headline"),
                  '<w:pStyle w:val="Title"/>')
     + sdt_block(P(PLACEHOLDER, "Subtitle", rpr='<w:rStyle w:val="PlaceholderText"/>'), alias="Subtitle",
                 extra_pr='<w:showingPlcHdr/><w:text/>')
     + para(run("BRISWICK, ") + sdt_block(run("2 March 2026"), alias="Date",
                                          extra_pr='<w:date w:fullDate="2026-03-02T00:00:00Z"><w:dateFormat '
                                                   'w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/></w:date>')
            + run(" \u2013 Orchard Lane Library in Briswick will open from noon to five on Sundays from "
                  "the first weekend of April."))
     + P("The council pays for the extra hours from a fund for reading programmes for children.")
     + sdt_block(P(PLACEHOLDER, rpr='<w:rStyle w:val="PlaceholderText"/>'), alias="Quote",
                 extra_pr="<w:showingPlcHdr/>")
     + P("About Orchard Lane Library", rpr=BOLD)
     + P("Orchard Lane Library lends 80,000 books a year and runs a homework club on weekdays.")
     + P("Contact: Nerys Caddick, nerys.caddick@orchardlane-library.example"),
     "expect": E("en", "Orchard Lane Library opens on Sundays", None, "BRISWICK", "2026-03-02",
                 ["Orchard Lane Library in Briswick will open from noon to five on Sundays from the first "
                  "weekend of April.",
                  "The council pays for the extra hours from a fund for reading programmes for children."],
                 ["Orchard Lane Library lends 80,000 books a year and runs a homework club on weekdays."],
                 ["nerys.caddick@orchardlane-library.example"])},

    # 3: fields: the date a DATE field, a MERGEFIELD left merged, a
    # HYPERLINK field and a w:fldSimple, PAGE in the footer.
    {"id": "e13-en-03", "note": "Complex fields (w:fldChar begin/separate/end, w:instrText): DATE in the "
     "dateline, MERGEFIELD in the body, HYPERLINK in the About paragraph; w:fldSimple for the e-mail; PAGE "
     "in the footer. Result text kept, instructions dropped.",
     "furniture": [("footer", P("Page ") .replace("</w:p>", "") + complex_field("PAGE \\* MERGEFORMAT", run("1"))
                    + "</w:p>")],
     "body": P("Kestrel Valley Orchestra tours four mill towns", "Title")
     + para(run("MILLBRACK, ") + complex_field('DATE \\@ "d MMMM yyyy"', run("9 May 2026"))
            + run(" \u2013 The Kestrel Valley Orchestra will play free concerts in four former mill towns "
                  "this summer."))
     + para(run("Tickets are reserved for residents of ")
            + complex_field("MERGEFIELD Town \\* MERGEFORMAT", run("Millbrack"))
            + run(" first and go on general sale a week later."))
     + P("About Kestrel Valley Orchestra", "Heading2")
     + para(run("Kestrel Valley Orchestra has 64 players and plays in the valley\u2019s halls; see ")
            + complex_field('HYPERLINK "https://kestrel-orchestra.example/about"',
                            run("kestrel-orchestra.example", '<w:rStyle w:val="Hyperlink"/>'))
            + run(" for its season."))
     + para(run("Media: Ottoline Brack, ")
            + '<w:fldSimple w:instr=" HYPERLINK &quot;mailto:press@kestrel-orchestra.example&quot; ">'
            + run("press@kestrel-orchestra.example") + "</w:fldSimple>"),
     "expect": E("en", "Kestrel Valley Orchestra tours four mill towns", None, "MILLBRACK", "2026-05-09",
                 ["The Kestrel Valley Orchestra will play free concerts in four former mill towns this summer.",
                  "Tickets are reserved for residents of Millbrack first and go on general sale a week later."],
                 ["Kestrel Valley Orchestra has 64 players and plays in the valley\u2019s halls; see "
                  "kestrel-orchestra.example for its season."],
                 ["press@kestrel-orchestra.example"])},

    # 4: tracked changes left in the file.
    {"id": "e13-en-04", "note": "Tracked changes: w:ins in the title and About (kept), w:del/w:delText in the "
     "body and subtitle (dropped), a paragraph moved (w:moveFrom dropped, w:moveTo kept, with range marks).",
     "body": para(run("Stellmoor Dairy ") + '<w:del w:id="1" w:author="Ida" w:date="2026-02-01T10:00:00Z">'
                  '<w:r><w:delText xml:space="preserve">launches </w:delText></w:r></w:del>'
                  '<w:ins w:id="2" w:author="Ida" w:date="2026-02-01T10:00:00Z">' + run("switches to ")
                  + '</w:ins>' + run("glass milk bottles"), '<w:pStyle w:val="Title"/>')
     + para(run("Returns collected at forty ") + '<w:del w:id="3" w:author="Ida"><w:r><w:delText>village '
            '</w:delText></w:r></w:del>' + run("shops"), '<w:pStyle w:val="Subtitle"/>')
     + P("HOLMBY, 20 January 2026 \u2013 Stellmoor Dairy will sell its milk in returnable glass bottles "
         "from March.")
     + '<w:moveFromRangeStart w:id="10" w:author="Ida" w:name="move1"/>'
     + para('<w:moveFrom w:id="11" w:author="Ida">' + run("Each bottle is washed and refilled up to fifty "
            "times.") + '</w:moveFrom>')
     + '<w:moveFromRangeEnd w:id="10"/>'
     + para(run("Customers pay a deposit of 30 cents ") + '<w:del w:id="4" w:author="Ida"><w:r><w:delText>'
            'per bottle </w:delText></w:r></w:del>' + run("that the shop returns."))
     + '<w:moveToRangeStart w:id="12" w:author="Ida" w:name="move1"/>'
     + para('<w:moveTo w:id="13" w:author="Ida">' + run("Each bottle is washed and refilled up to fifty "
            "times.") + '</w:moveTo>')
     + '<w:moveToRangeEnd w:id="12"/>'
     + P("About Stellmoor Dairy", rpr=BOLD)
     + para(run("Stellmoor Dairy is a cooperative of ") + '<w:ins w:id="5" w:author="Ida">' + run("38 ")
            + '</w:ins>' + run("farms near Holmby."))
     + P("Contact: Wiebke Anstorm, wiebke@stellmoor-dairy.example"),
     "expect": E("en", "Stellmoor Dairy switches to glass milk bottles", "Returns collected at forty shops",
                 "HOLMBY", "2026-01-20",
                 ["Stellmoor Dairy will sell its milk in returnable glass bottles from March.",
                  "Customers pay a deposit of 30 cents that the shop returns.",
                  "Each bottle is washed and refilled up to fifty times."],
                 ["Stellmoor Dairy is a cooperative of 38 farms near Holmby."],
                 ["wiebke@stellmoor-dairy.example"])},

    # 5: a Word 2010+ text box (DrawingML in mc:Choice, VML in
    # mc:Fallback) holding the About section: read once.
    {"id": "e13-en-05", "note": "The About section in a floating text box written as mc:AlternateContent: "
     "wps:txbx in mc:Choice and v:textbox in mc:Fallback hold the same text, which must appear once.",
     "body": P("Brackenridge Hospice opens a day centre", "Title")
     + P("LANGTHORPE, 3 June 2026 \u2013 Brackenridge Hospice opened a day centre in Langthorpe where "
         "patients who live at home can spend two days a week.")
     + P("Nurses, a physiotherapist and volunteers staff the centre, which has room for fourteen visitors.")
     + para(alt_box(P("About Brackenridge Hospice", rpr=BOLD)
                    + P("Brackenridge Hospice cares for 600 patients a year at its ward and in their homes.")))
     + P("Media enquiries: Gideon Farrant, gideon.farrant@brackenridge-hospice.example"),
     "expect": E("en", "Brackenridge Hospice opens a day centre", None, "LANGTHORPE", "2026-06-03",
                 ["Brackenridge Hospice opened a day centre in Langthorpe where patients who live at home can "
                  "spend two days a week.",
                  "Nurses, a physiotherapist and volunteers staff the centre, which has room for fourteen "
                  "visitors."],
                 ["Brackenridge Hospice cares for 600 patients a year at its ward and in their homes."],
                 ["gideon.farrant@brackenridge-hospice.example"])},

    # 6: the contacts in a VML text box anchored in the first paragraph,
    # and a paragraph in a frame (w:framePr) holding the release line.
    {"id": "e13-en-06", "note": "A framed paragraph (w:framePr, not a drop cap) with 'FOR IMMEDIATE RELEASE'; "
     "the contacts in a VML text box (w:txbxContent) anchored in the title paragraph.",
     "body": P("FOR IMMEDIATE RELEASE", ppr='<w:framePr w:w="3000" w:hSpace="180" w:wrap="around" '
               'w:vAnchor="text" w:hAnchor="page" w:x="8000" w:y="1"/>', rpr=BOLD)
     + para(run("Corvale Robotics opens a training site for farm robots")
            + vml_box(P("Media contact", rpr=BOLD) + P("Linnea Strade") + P("linnea.strade@corvale.example")),
            '<w:pStyle w:val="Title"/>')
     + P("ASHBECK, 11 February 2026 \u2013 Corvale Robotics opened a 40-hectare site near Ashbeck where "
         "farmers can try its weeding and harvesting robots.")
     + P("The company will train 300 farm workers a year to run and repair the machines.")
     + P("About Corvale Robotics", "Heading2")
     + P("Corvale Robotics builds field robots in Ashbeck and employs 85 people."),
     "expect": E("en", "Corvale Robotics opens a training site for farm robots", None, "ASHBECK", "2026-02-11",
                 ["Corvale Robotics opened a 40-hectare site near Ashbeck where farmers can try its weeding "
                  "and harvesting robots.",
                  "The company will train 300 farm workers a year to run and repair the machines."],
                 ["Corvale Robotics builds field robots in Ashbeck and employs 85 people."],
                 ["linnea.strade@corvale.example"])},

    # 7: hidden text: w:vanish (an editor's note hidden in the body, a
    # hidden word in the title), w:webHidden (a table-of-contents page
    # number shown only in print), w:specVanish.
    {"id": "e13-en-07", "note": "w:vanish hidden text: a hidden run in the title, a hidden paragraph in the "
     "body (an internal note), a hidden paragraph mark; w:webHidden page number (shown on paper, kept).",
     "body": para(run("Wrenfield Council plants ") + run("[DRAFT v3] ", "<w:vanish/>")
                  + run("ten thousand street trees"), '<w:pStyle w:val="Title"/>')
     + P("ELMSWORTH, 5 November 2025 \u2013 Wrenfield Council will plant ten thousand street trees in "
         "Elmsworth over the next three winters.")
     + P("INTERNAL: numbers to be checked with the parks team before release.", rpr="<w:vanish/>")
     + para(run("Residents can ask for a tree outside their home through the council\u2019s website."))
     + para(run("The first 2,000 trees go to streets with the least shade", "")
            + run(" (list on page ", "<w:vanish/>") + run("4", "<w:vanish/><w:webHidden/>")
            + run(")", "<w:vanish/>") + run("."))
     + P("About Wrenfield Council", "Heading2")
     + P("Wrenfield Council serves 140,000 residents in Elmsworth and eleven villages.")
     + P("Press office: press@wrenfield-council.example"),
     "expect": E("en", "Wrenfield Council plants ten thousand street trees", None, "ELMSWORTH", "2025-11-05",
                 ["Wrenfield Council will plant ten thousand street trees in Elmsworth over the next three "
                  "winters.",
                  "Residents can ask for a tree outside their home through the council\u2019s website.",
                  "The first 2,000 trees go to streets with the least shade."],
                 ["Wrenfield Council serves 140,000 residents in Elmsworth and eleven villages."],
                 ["press@wrenfield-council.example"])},

    # 8: smart tags, custom XML, bookmarks, proofing marks splitting words
    # across runs (rsid splits), comments (dropped).
    {"id": "e13-en-08", "note": "w:smartTag and w:customXml (run- and block-level) around words and a "
     "paragraph; w:bookmarkStart/End and w:proofErr between the runs of one word ('Thornc'+'liffe'); a "
     "comment (commentRangeStart/End, commentReference, comments.xml): its text is not the release's.",
     "notes": [("comments", '<w:comment w:id="0" w:author="Rhys" w:initials="R"><w:p><w:r><w:annotationRef/>'
                '</w:r><w:r><w:t>Check the opening date with the builders</w:t></w:r></w:p></w:comment>')],
     "body": para('<w:bookmarkStart w:id="0" w:name="_Toc1"/>' + run("Thornc") + '<w:proofErr w:type="spellStart"/>'
                  + run("liffe") + '<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>'
                  + run(" Climbing Centre opens a bouldering hall"), '<w:pStyle w:val="Title"/>')
     + para('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
            '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">'
            + run("CARNOCH") + '</w:smartTag></w:smartTag>'
            + run(", 21 August 2026 \u2013 Thorncliffe Climbing Centre ")
            + '<w:commentRangeStart w:id="0"/>' + run("will open a bouldering hall") + '<w:commentRangeEnd w:id="0"/>'
            + '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>'
            + run(" with 90 problems for beginners and experts on 1 October."))
     + '<w:customXml w:uri="urn:carnoch:release" w:element="body">'
     + para('<w:customXml w:element="detail">' + run("The hall takes the place of a former ") + run("bus")
            + run(" depot") + '</w:customXml>' + run(" next to the station."))
     + '</w:customXml>'
     + P("About Thorncliffe Climbing Centre", rpr=BOLD)
     + para(run("Thorncliffe Climbing Centre has run climbing walls in Carnoch since 2011.")
            + '<w:bookmarkStart w:id="1" w:name="about"/><w:bookmarkEnd w:id="1"/>')
     + P("Contact: Saoirse Galbraith, saoirse@thorncliffe-climbing.example"),
     "expect": E("en", "Thorncliffe Climbing Centre opens a bouldering hall", None, "CARNOCH", "2026-08-21",
                 ["Thorncliffe Climbing Centre will open a bouldering hall with 90 problems for beginners and "
                  "experts on 1 October.",
                  "The hall takes the place of a former bus depot next to the station."],
                 ["Thorncliffe Climbing Centre has run climbing walls in Carnoch since 2011."],
                 ["saoirse@thorncliffe-climbing.example"])},

    # 9: special characters: a headline broken by w:br textWrapping, soft
    # and non-breaking hyphens, Wingdings bullets by w:sym, w:ptab.
    {"id": "e13-en-09", "note": "Title broken by <w:br w:type=\"textWrapping\"/>; w:softHyphen inside words; "
     "w:noBreakHyphen in 'e-bikes' and a phone number; w:sym Wingdings bullets before body lines; w:ptab "
     "between a contact's name and e-mail.",
     "body": para(run("Feldhaven opens a cargo-bike library")
                  + '<w:r><w:br w:type="textWrapping"/></w:r>' + run("for shops in the old town"),
                  '<w:pStyle w:val="Title"/>')
     + P("FELDHAVEN, 16 March 2026 \u2013 The town of Feldhaven will lend cargo bikes free of charge to shops "
         "in its old town from April.")
     + para(run("Shops can borrow the bikes for a day or a week; the library also lends two e")
            + '<w:r><w:noBreakHyphen/></w:r>' + run("bikes with trail") + '<w:r><w:softHyphen/></w:r>'
            + run("ers for heavy loads."))
     + para('<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:sym w:font="Wingdings" '
            'w:char="F0D8"/></w:r>' + run(" Booking opens on 1 April at the town hall."))
     + P("About Feldhaven", "Heading2")
     + P("Feldhaven is a market town of 23,000 people on the Rell estuary.")
     + para(run("Contact: Brigid Oswald") + '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" '
            'w:leader="none"/></w:r>' + run("brigid.oswald@feldhaven.example")),
     "expect": E("en", "Feldhaven opens a cargo-bike library for shops in the old town", None, "FELDHAVEN",
                 "2026-03-16",
                 ["The town of Feldhaven will lend cargo bikes free of charge to shops in its old town from April.",
                  "Shops can borrow the bikes for a day or a week; the library also lends two e-bikes with "
                  "trailers for heavy loads.",
                  "\u27a2 Booking opens on 1 April at the town hall."],
                 ["Feldhaven is a market town of 23,000 people on the Rell estuary."],
                 ["brigid.oswald@feldhaven.example"])},

    # 10: headings by outline level only (a custom style, direct
    # w:outlineLvl), never a Heading style.
    {"id": "e13-en-10", "note": "No Heading style anywhere: the About heading is a Normal paragraph with "
     "direct <w:outlineLvl w:val=\"1\"/> (not bold), a body heading uses a custom style 'Section Head' that "
     "sets outlineLvl 1; the title is in Title.",
     "styles": [style("SectionHead", "Section Head", ppr='<w:outlineLvl w:val="1"/>', rpr='<w:sz w:val="26"/>')],
     "body": P("Ostrava Gardens Trust restores a glasshouse", "Title")
     + P("KELLSBY, 28 September 2026 \u2013 The Ostrava Gardens Trust will restore the Victorian palm house "
         "in Kellsby Park over two years.")
     + P("What happens next", "SectionHead")
     + P("The glass and ironwork will be taken down in sections and repaired in a workshop on site.")
     + P("About the Ostrava Gardens Trust", ppr='<w:outlineLvl w:val="1"/>')
     + P("The Ostrava Gardens Trust looks after six historic gardens and is funded by 9,000 members.")
     + P("Media: Petronel Ashdown, petronel@ostrava-gardens.example"),
     "expect": E("en", "Ostrava Gardens Trust restores a glasshouse", None, "KELLSBY", "2026-09-28",
                 ["The Ostrava Gardens Trust will restore the Victorian palm house in Kellsby Park over two years.",
                  "What happens next",
                  "The glass and ironwork will be taken down in sections and repaired in a workshop on site."],
                 ["The Ostrava Gardens Trust looks after six historic gardens and is funded by 9,000 members."],
                 ["petronel@ostrava-gardens.example"])},

    # 11: German Word: style ids Titel, Untertitel, berschrift2 with
    # English names in w:name as Word writes them.
    {"id": "e13-de-01", "note": "German Word's style ids: Titel, Untertitel, berschrift2 (w:name 'Title', "
     "'Subtitle', 'heading 2').",
     "styles": [style("Titel", "Title", rpr='<w:sz w:val="56"/>'), style("Untertitel", "Subtitle",
                rpr='<w:i/><w:sz w:val="28"/>'),
                style("berschrift2", "heading 2", ppr='<w:outlineLvl w:val="1"/>', rpr='<w:b/><w:sz w:val="26"/>')],
     "body": P("Bergwerk Lindenau wird Museum", "Titel")
     + P("Führungen unter Tage ab Mai", "Untertitel")
     + P("LINDENAU, 2. Februar 2026 \u2013 Das stillgelegte Bergwerk Lindenau öffnet im Mai als Museum "
         "mit Führungen in 120 Metern Tiefe.")
     + P("Der Förderverein hat drei Jahre lang Stollen gesichert und alte Maschinen instand gesetzt.")
     + P("Über den Förderverein Bergwerk Lindenau", "berschrift2")
     + P("Der Förderverein Bergwerk Lindenau hat 310 Mitglieder, viele davon ehemalige Bergleute.")
     + P("Pressekontakt: Henrike Vogtland, presse@bergwerk-lindenau.example"),
     "expect": E("de", "Bergwerk Lindenau wird Museum", "Führungen unter Tage ab Mai", "LINDENAU", "2026-02-02",
                 ["Das stillgelegte Bergwerk Lindenau öffnet im Mai als Museum mit Führungen in 120 Metern Tiefe.",
                  "Der Förderverein hat drei Jahre lang Stollen gesichert und alte Maschinen instand gesetzt."],
                 ["Der Förderverein Bergwerk Lindenau hat 310 Mitglieder, viele davon ehemalige Bergleute."],
                 ["presse@bergwerk-lindenau.example"])},

    # 12: French Word: ids Titre, Sous-titre, Titre2 (w:name localised
    # too, as a template saved by a French user may have).
    {"id": "e13-fr-01", "note": "French style ids and names: Titre/'Titre', Sous-titre/'Sous-titre', "
     "Titre2/'Titre 2'.",
     "styles": [style("Titre", "Titre", rpr='<w:sz w:val="56"/>'),
                style("Sous-titre", "Sous-titre", rpr='<w:i/><w:sz w:val="28"/>'),
                style("Titre2", "Titre 2", ppr='<w:outlineLvl w:val="1"/>', rpr='<w:b/><w:sz w:val="26"/>')],
     "body": P("La Coopérative du Val d’Orlan ouvre une fromagerie", "Titre")
     + P("Quarante éleveurs livrent leur lait", "Sous-titre")
     + P("SAINT-ORLAN, le 7 avril 2026 \u2013 La Coopérative du Val d’Orlan a ouvert une fromagerie où "
         "quarante éleveurs de la vallée transforment leur lait.")
     + P("La fromagerie produira 200 tonnes de tomme par an, vendues dans la région.")
     + P("À propos de la Coopérative du Val d’Orlan", "Titre2")
     + P("La Coopérative du Val d’Orlan réunit depuis 1978 les éleveurs laitiers de la vallée.")
     + P("Contact presse : Maëlle Rouvière, maelle.rouviere@val-orlan.example"),
     "expect": E("fr", "La Coopérative du Val d’Orlan ouvre une fromagerie", "Quarante éleveurs livrent leur lait",
                 "SAINT-ORLAN", "2026-04-07",
                 ["La Coopérative du Val d’Orlan a ouvert une fromagerie où quarante éleveurs de la vallée "
                  "transforment leur lait.",
                  "La fromagerie produira 200 tonnes de tomme par an, vendues dans la région."],
                 ["La Coopérative du Val d’Orlan réunit depuis 1978 les éleveurs laitiers de la vallée."],
                 ["maelle.rouviere@val-orlan.example"])},

    # 13: East Asian Word: numeric/letter style ids (a3, a5, 2) whose
    # meaning is only in w:name.
    {"id": "e13-en-11", "note": "Style ids as Japanese/Korean Word writes them: a3 (w:name 'Title'), a5 "
     "('Subtitle'), 2 ('heading 2').",
     "styles": [style("a3", "Title", rpr='<w:sz w:val="48"/>'), style("a5", "Subtitle", rpr='<w:sz w:val="28"/>'),
                style("2", "heading 2", ppr='<w:outlineLvl w:val="1"/>', rpr='<w:b/><w:sz w:val="24"/>')],
     "body": P("Mizuhara Tea Works opens a tasting room in Sendport", "a3")
     + P("Green tea from five family farms", "a5")
     + P("SENDPORT, 12 May 2026 \u2013 Mizuhara Tea Works opened a tasting room near the Sendport ferry "
         "terminal where visitors can taste teas from five family farms.")
     + P("The room seats 24 and offers a short class on brewing every afternoon.")
     + P("About Mizuhara Tea Works", "2")
     + P("Mizuhara Tea Works buys, blends and sells tea from small farms and was founded in 1994.")
     + P("Contact: Aiko Tanbridge, aiko@mizuhara-tea.example"),
     "expect": E("en", "Mizuhara Tea Works opens a tasting room in Sendport", "Green tea from five family farms",
                 "SENDPORT", "2026-05-12",
                 ["Mizuhara Tea Works opened a tasting room near the Sendport ferry terminal where visitors can "
                  "taste teas from five family farms.",
                  "The room seats 24 and offers a short class on brewing every afternoon."],
                 ["Mizuhara Tea Works buys, blends and sells tea from small farms and was founded in 1994."],
                 ["aiko@mizuhara-tea.example"])},

    # 14: a corporate template: custom styles based on Title, Subtitle and
    # Heading 2 (w:basedOn), their ids and names the company's own.
    {"id": "e13-en-12", "note": "Template styles through w:basedOn: 'PR Headline' based on Title, 'PR Deck' "
     "on Subtitle, 'PR Boilerplate Head' on a 'PR Heading' based on Heading2 (two steps).",
     "styles": [style("PRHeadline", "PR Headline", based="Title", rpr='<w:color w:val="1F3864"/>'),
                style("PRDeck", "PR Deck", based="Subtitle", rpr='<w:i/>'),
                style("PRHeading", "PR Heading", based="Heading2"),
                style("PRBoilerplateHead", "PR Boilerplate Head", based="PRHeading", rpr='<w:caps/>')],
     "body": P("Quenby Glassworks lights a new furnace with hydrogen", "PRHeadline")
     + P("Trial cuts the plant’s gas use by a third", "PRDeck")
     + P("QUENBY, 30 October 2026 \u2013 Quenby Glassworks has fired one of its three furnaces with a "
         "hydrogen blend for six weeks.")
     + P("The trial will run until spring, when the company decides whether to convert the other two.")
     + P("About Quenby Glassworks", "PRBoilerplateHead")
     + P("Quenby Glassworks makes bottles and jars for 150 food companies and employs 410 people.")
     + P("Press: Fenella Crane, fenella.crane@quenby-glass.example"),
     "expect": E("en", "Quenby Glassworks lights a new furnace with hydrogen",
                 "Trial cuts the plant’s gas use by a third", "QUENBY", "2026-10-30",
                 ["Quenby Glassworks has fired one of its three furnaces with a hydrogen blend for six weeks.",
                  "The trial will run until spring, when the company decides whether to convert the other two."],
                 ["Quenby Glassworks makes bottles and jars for 150 food companies and employs 410 people."],
                 ["fenella.crane@quenby-glass.example"])},

    # 15: the About section as a bulleted list (w:numPr in List Paragraph).
    {"id": "e13-en-13", "note": "About section whose facts are bullet points: List Paragraph with w:numPr "
     "(Symbol bullet level), after a bold 'About …' line.",
     "body": P("Tolland Rail Trust reopens the Brisley branch line", "Title")
     + P("BRISLEY, 8 July 2026 \u2013 Steam trains will run again on the four-mile Brisley branch line from "
         "August, after the Tolland Rail Trust rebuilt two bridges.")
     + P("Trains run on weekends and school holidays, six return journeys a day.")
     + P("About the Tolland Rail Trust", rpr=BOLD)
     + P("Founded in 1971 by former railway workers", "ListParagraph",
         ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
     + P("1,200 members and 180 active volunteers", "ListParagraph",
         ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
     + P("Runs the Brisley and Harnham stations", "ListParagraph",
         ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
     + P("Contact: Percival Undy, percival@tolland-rail.example"),
     "expect": E("en", "Tolland Rail Trust reopens the Brisley branch line", None, "BRISLEY", "2026-07-08",
                 ["Steam trains will run again on the four-mile Brisley branch line from August, after the "
                  "Tolland Rail Trust rebuilt two bridges.",
                  "Trains run on weekends and school holidays, six return journeys a day."],
                 ["Founded in 1971 by former railway workers", "1,200 members and 180 active volunteers",
                  "Runs the Brisley and Harnham stations"],
                 ["percival@tolland-rail.example"])},

    # 16: a layout table for the page top: the logo cell and the title
    # cell; no borders (tblBorders none).
    {"id": "e13-en-14", "note": "Layout table (no borders) for the top of the page: a cell holding only a "
     "picture (the logo, a drawing) and a cell with 'PRESS RELEASE' and the title in the Title style.",
     "body": '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="none" w:sz="0" '
     'w:space="0" w:color="auto"/><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:insideV '
     'w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
     '<w:tblGrid><w:gridCol w:w="2500"/><w:gridCol w:w="6500"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="2500" '
     'w:type="dxa"/></w:tcPr>'
     + para('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1200000" '
            'cy="600000"/><wp:docPr id="1" name="Picture 1" descr="logo"/><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic '
            'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" '
            'name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId99"/></pic:blipFill>'
            '<pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
     + '</w:tc><w:tc><w:tcPr><w:tcW w:w="6500" w:type="dxa"/></w:tcPr>'
     + P("PRESS RELEASE", rpr=BOLD)
     + P("Ambleworth Water cuts leaks by a fifth", "Title")
     + '</w:tc></w:tr></w:tbl>'
     + P("AMBLEWORTH, 19 January 2026 \u2013 Ambleworth Water lost a fifth less water through leaking pipes "
         "in 2025 than the year before, after fitting 3,000 acoustic sensors.")
     + P("The sensors find a leak within a day, and crews repair most leaks within a week.")
     + P("About Ambleworth Water", "Heading2")
     + P("Ambleworth Water supplies 420,000 homes and businesses across the Amble valley.")
     + P("Media: Crispin Loveday, crispin.loveday@ambleworth-water.example"),
     "expect": E("en", "Ambleworth Water cuts leaks by a fifth", None, "AMBLEWORTH", "2026-01-19",
                 ["Ambleworth Water lost a fifth less water through leaking pipes in 2025 than the year before, "
                  "after fitting 3,000 acoustic sensors.",
                  "The sensors find a leak within a day, and crews repair most leaks within a week."],
                 ["Ambleworth Water supplies 420,000 homes and businesses across the Amble valley."],
                 ["crispin.loveday@ambleworth-water.example"])},

    # 17: footnotes and endnotes (kept apart from the body and About),
    # a letterhead header and a footer with the contacts.
    {"id": "e13-en-15", "note": "A letterhead header (the organisation's name and 'News release', not a "
     "headline, not body), a footer with the address and press e-mail, a footnote reference in the body and "
     "an endnote in the About paragraph (notes are not body paragraphs).",
     "furniture": [("header", P("GRANBY MOOR WILDLIFE TRUST", rpr=BOLD + '<w:sz w:val="32"/>')
                    + P("News release", rpr='<w:sz w:val="24"/>')),
                   ("footer", P("Granby Moor Wildlife Trust, Mill Lane, Granby \u2022 press@granbymoor.example"))],
     "notes": [("footnotes", '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r>'
                '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space='
                '"preserve"> Counted by volunteers in April 2026.</w:t></w:r></w:p></w:footnote>'),
               ("endnotes", '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve">'
                ' Registered charity 1100457.</w:t></w:r></w:p></w:endnote>')],
     "body": P("Curlews return to Granby Moor", "Title")
     + para(run("GRANBY, 22 April 2026 \u2013 Eleven pairs of curlews are nesting on Granby Moor this spring, "
                "the most since 1990.") + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>')
     + P("The trust blocked old drains to make the moor wetter, which suits the birds.")
     + P("About Granby Moor Wildlife Trust", "Heading2")
     + para(run("Granby Moor Wildlife Trust manages 2,400 hectares of moorland and is a charity.")
            + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'),
     "expect": E("en", "Curlews return to Granby Moor", None, "GRANBY", "2026-04-22",
                 ["Eleven pairs of curlews are nesting on Granby Moor this spring, the most since 1990.",
                  "The trust blocked old drains to make the moor wetter, which suits the birds."],
                 ["Granby Moor Wildlife Trust manages 2,400 hectares of moorland and is a charity."],
                 ["press@granbymoor.example"])},

    # 18: Strict OOXML (ISO 29500 strict namespaces).
    {"id": "e13-en-16", "strict": True, "note": "Strict OOXML: w: and r: in the purl.oclc.org namespaces, "
     "relationship types in the strict namespace; Title, Subtitle and Heading2 styles.",
     "body": P("Dunmere Makerspace gets a laser cutter", "Title")
     + P("Members built the workshop themselves", "Subtitle")
     + P("DUNMERE, 4 December 2026 \u2013 Dunmere Makerspace has installed a laser cutter paid for by a "
         "grant from the town’s arts fund.")
     + P("Members can book it after a one-hour safety course held every Thursday.")
     + P("About Dunmere Makerspace", "Heading2")
     + P("Dunmere Makerspace is a volunteer-run workshop with 260 members.")
     + P("Contact: Osric Pennant, osric@dunmere-makers.example"),
     "expect": E("en", "Dunmere Makerspace gets a laser cutter", "Members built the workshop themselves",
                 "DUNMERE", "2026-12-04",
                 ["Dunmere Makerspace has installed a laser cutter paid for by a grant from the town’s arts fund.",
                  "Members can book it after a one-hour safety course held every Thursday."],
                 ["Dunmere Makerspace is a volunteer-run workshop with 260 members."],
                 ["osric@dunmere-makers.example"])},

    # 19: an altChunk: the About section imported as an HTML part that
    # Word renders in place (w:altChunk r:id).
    {"id": "e13-en-17", "note": "w:altChunk: the About section is an embedded XHTML part (aFChunk "
     "relationship) that Word merges in place when it opens the file.",
     "chunks": [("rIdAlt1", "about.htm",
                 '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>About</title></head><body>'
                 '<h2>About Pellinore Books</h2><p>Pellinore Books publishes twenty titles a year by writers '
                 'from the northern islands.</p></body></html>')],
     "body": P("Pellinore Books opens a bookshop in Skarholm", "Title")
     + P("SKARHOLM, 1 September 2026 \u2013 Pellinore Books will open its first bookshop on Skarholm’s "
         "harbour front in October.")
     + P("The shop will sell the publisher’s own titles and host readings on Friday evenings.")
     + '<w:altChunk r:id="rIdAlt1"/>'
     + P("Contact: Morwenna Kell, morwenna@pellinore-books.example"),
     "expect": E("en", "Pellinore Books opens a bookshop in Skarholm", None, "SKARHOLM", "2026-09-01",
                 ["Pellinore Books will open its first bookshop on Skarholm’s harbour front in October.",
                  "The shop will sell the publisher’s own titles and host readings on Friday evenings."],
                 ["Pellinore Books publishes twenty titles a year by writers from the northern islands."],
                 ["morwenna@pellinore-books.example"])},

    # 20: a title in a rich-text content control holding two runs with a
    # line break, inside a table cell with a Word 2010 checkbox control.
    {"id": "e13-en-18", "note": "A press-release template: 'Embargoed until' line in a w14:checkbox control, "
     "the title and subtitle in block controls, an About block control whose sdtContent holds the heading "
     "and two paragraphs, and a nested run control in the e-mail line.",
     "body": para(sdt_block('<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
                            '</w:rPr><w:t>\u2610</w:t></w:r>',
                            extra_pr='<w14:checkbox><w14:checked w14:val="0"/></w14:checkbox>')
                  + run(" Embargoed"))
     + sdt_block(P("Yelverton Scouts build a boathouse", "Title"), alias="Title", tag="title",
                 extra_pr="<w:richText/>")
     + P("YELVERTON, 25 May 2026 \u2013 The 3rd Yelverton Scout Group has finished a boathouse on the "
         "Tamar creek, built by parents and scouts over eighteen months.")
     + P("The boathouse stores twelve canoes and two sailing dinghies.")
     + sdt_block(P("About the 3rd Yelverton Scout Group", "Heading2")
                 + P("The 3rd Yelverton Scout Group has 95 members aged six to eighteen.")
                 + P("It meets on Tuesday and Thursday evenings at the old school in Yelverton."),
                 alias="About", tag="boilerplate", extra_pr="<w:richText/>")
     + para(run("Contact: ") + sdt_block(run("Rosalind Ebbott, rosalind@yelverton-scouts.example"),
                                         alias="Contact", extra_pr="<w:text/>")),
     "expect": E("en", "Yelverton Scouts build a boathouse", None, "YELVERTON", "2026-05-25",
                 ["The 3rd Yelverton Scout Group has finished a boathouse on the Tamar creek, built by parents "
                  "and scouts over eighteen months.",
                  "The boathouse stores twelve canoes and two sailing dinghies."],
                 ["The 3rd Yelverton Scout Group has 95 members aged six to eighteen.",
                  "It meets on Tuesday and Thursday evenings at the old school in Yelverton."],
                 ["rosalind@yelverton-scouts.example"])},
]
