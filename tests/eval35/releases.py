# The releases of tests/eval35 (read by make.py, which passes E13, the
# markup helpers of tests/eval13/make_docx.py): each a document.xml body,
# its extra parts and its gold, written before pressmill was run on them.
# Invented organisations, people, towns and host names under .example.
from xml.sax.saxutils import escape

run, para, P, style, sdt_block = E13.run, E13.para, E13.P, E13.style, E13.sdt_block

B = "<w:b/><w:bCs/>"
I = "<w:i/><w:iCs/>"
AU = 'w:author="Mara Quist" w:date="2026-02-11T09:14:00Z"'


def sz(half_points):
    return '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (half_points, half_points)


def NUM(num_id, lvl=0):
    return '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (
        lvl, num_id)


def E(lang, headline, sub, loc, date, body, about, emails, dateline=True):
    return {"language": lang, "headline": headline, "subheadline": sub,
            "dateline": {"location": loc, "date": date} if dateline else None, "date": date,
            "body": body, "about": about, "emails": emails}


def fld(instr, result="", rpr="", begin_extra=""):
    """A complex field; result is run markup (may hold nested fields); no result: no separate mark."""
    rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    out = ('<w:r>%s<w:fldChar w:fldCharType="begin">%s</w:fldChar></w:r>' % (rp, begin_extra)
           if begin_extra else '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>' % rp)
    out += instr
    if result:
        out += '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>%s' % (rp, result)
    return out + '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>' % rp


def instr(text, rpr=""):
    return '<w:r>%s<w:instrText xml:space="preserve">%s</w:instrText></w:r>' % (
        "<w:rPr>%s</w:rPr>" % rpr if rpr else "", escape(text))


def anchor(inner_graphic, name, fallback, rid_id):
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2516%d" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>114300</wp:posOffset></wp:positionV>'
            '<wp:extent cx="5715000" cy="1600200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/><a:graphic>'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">%s'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>%s</w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>' % (rid_id, rid_id, name, inner_graphic, fallback))


def wsp_box(sid, name, inner, y):
    return ('<wps:wsp><wps:cNvPr id="%d" name="%s"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="%d"/>'
            '<a:ext cx="5715000" cy="700000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp>' % (sid, name, y, inner))


def wsp_rect(sid):
    return ('<wps:wsp><wps:cNvPr id="%d" name="Rectangle %d"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="5715000" cy="1600200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="E8EEF4"/></a:solidFill></wps:spPr><wps:bodyPr/></wps:wsp>' % (sid, sid))


def wgp(members):
    return ('<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5715000" cy="1600200"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="5715000" cy="1600200"/></a:xfrm></wpg:grpSpPr>%s</wpg:wgp>'
            % "".join(members))


def v_group(boxes):
    shapes = "".join('<v:shape id="_x0000_s10%d" type="#_x0000_t202" style="position:absolute;top:%d;width:21600;'
                     'height:10800" filled="f" stroked="f"><v:textbox><w:txbxContent>%s</w:txbxContent>'
                     '</v:textbox></v:shape>' % (i, i * 10800, b) for i, b in enumerate(boxes))
    return ('<v:group id="Group 5" o:spid="_x0000_s1030" style="position:absolute;margin-left:0;margin-top:9pt;'
            'width:450pt;height:220pt;z-index:251660288" coordsize="21600,21600">'
            '<v:rect id="_x0000_s1031" style="position:absolute;width:21600;height:21600" fillcolor="#e8eef4" '
            'stroked="f"/>%s</v:group>' % shapes)


def drop_cap(letter, rpr=""):
    return para(run(letter, '<w:position w:val="-9"/>' + sz(111) + rpr),
                '<w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" '
                'w:hAnchor="text"/><w:spacing w:after="0" w:line="827" w:lineRule="exact"/>'
                '<w:textAlignment w:val="baseline"/>')


def sym(font, char):
    return '<w:r><w:sym w:font="%s" w:char="%s"/></w:r>' % (font, char)


def emoji(hexcp):
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="w16se"><w16se:symEx w16se:font="Segoe UI Emoji" '
            'w16se:char="%s"/></mc:Choice><mc:Fallback><w:t>%s</w:t></mc:Fallback></mc:AlternateContent></w:r>'
            % (hexcp, chr(int(hexcp, 16))))


RELEASES = []

# ---- en-01: first-page, default and even page headers and footers --------------------------
RELEASES.append({
    "id": "e35-en-01",
    "note": "w:titlePg and w:evenAndOddHeaders: a first-page header with the letterhead ('NEWS RELEASE', the "
    "organisation and its address), a default header and an even header with running heads, a first-page footer "
    "with the press e-mail, a default footer with a PAGE field: none of it is body or headline. A page break run "
    "(w:br w:type=page) inside the body between two paragraphs. Title and Subtitle styles; About in Heading 2.",
    "settings": "<w:evenAndOddHeaders/>",
    "sect": "<w:titlePg/>",
    "furniture": [
        ("header", "first", P("NEWS RELEASE", rpr=B + sz(28)) + P("Hollowmere Water Trust \u00b7 14 Quay Street, Fenwick")),
        ("header", "default", P("Hollowmere Water Trust \u2013 news release (continued)", rpr=I)),
        ("header", "even", P("Elderby dam repairs 2026", rpr=I)),
        ("footer", "first", P("press@hollowmere-water.example \u00b7 +44 1632 960 412")),
        ("footer", "default", para(run("Page ") + fld(instr(" PAGE "), run("2")))),
    ],
    "body": P("Hollowmere Water Trust begins repairs to the Elderby dam", "Title")
    + P("Eighteen-month works keep the reservoir open to walkers", "Subtitle")
    + P("FENWICK, 16 February 2026 \u2013 The Hollowmere Water Trust has begun an eighteen-month repair of the "
        "Elderby dam, the stone wall that has held back the Elderby reservoir since 1894.")
    + P("Engineers will replace the spillway, reline the outlet tunnel and regrout the upstream face, which "
        "lost much of its mortar in the floods of 2023.")
    + para(run("The footpath along the crest closes, but the shore path and the car park stay open throughout.")
           + '<w:r><w:br w:type="page"/></w:r>')
    + P("\u201cThe dam is sound, and we want to keep it that way for another century,\u201d said Rhoda Petch, the "
        "trust\u2019s chief engineer.")
    + P("About Hollowmere Water Trust", "Heading2")
    + P("Hollowmere Water Trust is a charity that owns and looks after four reservoirs and 30 kilometres of "
        "footpaths in the Fenwick hills."),
    "expect": E("en", "Hollowmere Water Trust begins repairs to the Elderby dam",
                "Eighteen-month works keep the reservoir open to walkers", "FENWICK", "2026-02-16",
                ["The Hollowmere Water Trust has begun an eighteen-month repair of the Elderby dam, the stone wall "
                 "that has held back the Elderby reservoir since 1894.",
                 "Engineers will replace the spillway, reline the outlet tunnel and regrout the upstream face, which "
                 "lost much of its mortar in the floods of 2023.",
                 "The footpath along the crest closes, but the shore path and the car park stay open throughout.",
                 "\u201cThe dam is sound, and we want to keep it that way for another century,\u201d said Rhoda "
                 "Petch, the trust\u2019s chief engineer."],
                ["Hollowmere Water Trust is a charity that owns and looks after four reservoirs and 30 kilometres "
                 "of footpaths in the Fenwick hills."],
                ["press@hollowmere-water.example"]),
})

# ---- en-02: About in a drawing-anchored group shape (wpg) with a VML group fallback ---------
_EN02_HEAD = P("About Brackenfold Rail", rpr=B)
_EN02_TEXT = (P("Brackenfold Rail runs the 42-kilometre heritage line between Ashby Moor and Tellerhope and is "
                "run by 300 volunteers and 14 staff.")
              + P("The line carried 118,000 passengers in 2025."))
RELEASES.append({
    "id": "e35-en-02",
    "note": "The About section in a Word 2010+ group shape (mc:Choice Requires=wpg: wpg:wgp holding a coloured "
    "rectangle and two wps text boxes, the bold heading and the text) with its VML fallback (v:group with a "
    "v:rect and two v:textbox shapes holding the same text), anchored in an empty paragraph after the contacts: "
    "read once. Italic deck under the title.",
    "body": P("Brackenfold Rail reopens Tellerhope station after 60 years", "Title")
    + P("Volunteers rebuilt the platform and signal box in two winters", rpr=I)
    + P("ASHBY MOOR, 28 March 2026 \u2013 Trains on the Brackenfold heritage line will call at Tellerhope again "
        "from 4 April, sixty years after the station closed.")
    + P("Volunteers rebuilt the platform, the waiting room and the signal box from the original drawings, which "
        "turned up in a parish archive in 2022.")
    + P("\u201cPeople have waited a long time to get off the train here,\u201d said Owen Glassby, the line\u2019s "
        "general manager.")
    + P("Press office: news@brackenfold-rail.example")
    + para(anchor(wgp([wsp_rect(10), wsp_box(11, "Text Box 11", _EN02_HEAD, 0),
                       wsp_box(12, "Text Box 12", _EN02_TEXT, 400000)]),
                  "Group 9", v_group([_EN02_HEAD, _EN02_TEXT]), 9)),
    "expect": E("en", "Brackenfold Rail reopens Tellerhope station after 60 years",
                "Volunteers rebuilt the platform and signal box in two winters", "ASHBY MOOR", "2026-03-28",
                ["Trains on the Brackenfold heritage line will call at Tellerhope again from 4 April, sixty years "
                 "after the station closed.",
                 "Volunteers rebuilt the platform, the waiting room and the signal box from the original drawings, "
                 "which turned up in a parish archive in 2022.",
                 "\u201cPeople have waited a long time to get off the train here,\u201d said Owen Glassby, the "
                 "line\u2019s general manager."],
                ["Brackenfold Rail runs the 42-kilometre heritage line between Ashby Moor and Tellerhope and is run "
                 "by 300 volunteers and 14 staff.",
                 "The line carried 118,000 passengers in 2025."],
                ["news@brackenfold-rail.example"]),
})

# ---- en-03: repeating-section contacts, a filled boilerplate control, a glossary part ----------
_GUID = "B7E24C0A9F1D4E55A3C2D6F0E18A7B39"
RELEASES.append({
    "id": "e35-en-03",
    "note": "Contacts in a Word 2013 repeating-section content control (w15:repeatingSection, two "
    "w15:repeatingSectionItem controls); the About text in a rich-text control that names a glossary "
    "placeholder (w:placeholder/w:docPart) but was filled in (no w:showingPlcHdr): read. The package's glossary "
    "part (word/glossary/document.xml) holds the placeholder prompt and an older boilerplate building block: "
    "not the document's text. Title in a control with w15:appearance hidden.",
    "glossary": ('<w:docPart><w:docPartPr><w:name w:val="%s"/><w:category><w:name w:val="General"/>'
                 '<w:gallery w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types>'
                 '<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{%s}"/></w:docPartPr>'
                 '<w:docPartBody>%s</w:docPartBody></w:docPart>'
                 '<w:docPart><w:docPartPr><w:name w:val="Boilerplate 2024"/><w:category><w:name w:val="General"/>'
                 '<w:gallery w:val="docParts"/></w:category><w:guid w:val="{0C1D2E3F40516273849A5B6C7D8E9F00}"/>'
                 '</w:docPartPr><w:docPartBody>%s%s</w:docPartBody></w:docPart>'
                 % (_GUID, _GUID, P("Paste the approved boilerplate here.", rpr='<w:rStyle w:val="PlaceholderText"/>'),
                    P("About Tarnfield Labs", rpr=B),
                    P("Tarnfield Labs is a start-up of twelve people in a converted mill in Hexley."))),
    "body": sdt_block(P("Tarnfield Labs opens a soil-testing service for allotment holders", "Title"),
                      alias="Title", tag="title", extra_pr='<w15:appearance w15:val="hidden"/>')
    + P("Postal kits return results within ten days", "Subtitle")
    + P("HEXLEY, 5 May 2026 \u2013 Tarnfield Labs has opened a postal soil-testing service for allotment "
        "holders and community gardens.")
    + P("Gardeners send a sample in a prepaid pouch and receive a report on lead, acidity and nutrients, with "
        "advice on what to grow.")
    + P("\u201cMost of our old town plots were never tested,\u201d said Priya Anand, the company\u2019s chief "
        "scientist.")
    + P("Media contacts", rpr=B)
    + '<w:sdt><w:sdtPr><w:alias w:val="Contacts"/><w:id w:val="731"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>'
    + "".join('<w:sdt><w:sdtPr><w:id w:val="%d"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>%s'
              '</w:sdtContent></w:sdt>' % (740 + i, P(t)) for i, t in enumerate([
                  "Nell Carrow, +44 20 7946 0321, nell.carrow@tarnfield.example",
                  "Ibrahim Solt, +44 20 7946 0388, ibrahim.solt@tarnfield.example"]))
    + "</w:sdtContent></w:sdt>"
    + P("About Tarnfield Labs", rpr=B)
    + sdt_block(P("Tarnfield Labs, founded in Hexley in 2021, runs soil and water laboratories for councils, farms "
                  "and gardeners and employs 35 people.")
                + P("It is owned by its staff."),
                alias="Boilerplate", tag="boilerplate",
                extra_pr='<w:placeholder><w:docPart w:val="%s"/></w:placeholder><w:richText/>' % _GUID),
    "expect": E("en", "Tarnfield Labs opens a soil-testing service for allotment holders",
                "Postal kits return results within ten days", "HEXLEY", "2026-05-05",
                ["Tarnfield Labs has opened a postal soil-testing service for allotment holders and community "
                 "gardens.",
                 "Gardeners send a sample in a prepaid pouch and receive a report on lead, acidity and nutrients, "
                 "with advice on what to grow.",
                 "\u201cMost of our old town plots were never tested,\u201d said Priya Anand, the company\u2019s "
                 "chief scientist."],
                ["Tarnfield Labs, founded in Hexley in 2021, runs soil and water laboratories for councils, farms "
                 "and gardeners and employs 35 people.",
                 "It is owned by its staff."],
                ["nell.carrow@tarnfield.example", "ibrahim.solt@tarnfield.example"]),
})

# ---- en-04: DOCPROPERTY title, FORMTEXT deck, nested IF/MERGEFIELD, XE, SYMBOL fields ---------
RELEASES.append({
    "id": "e35-en-04",
    "note": "Fields whose instructions must not show: the title is a DOCPROPERTY Title field's result; the deck a "
    "legacy FORMTEXT form field (w:ffData with a different default text) showing its result; an IF field with a "
    "nested MERGEFIELD and quoted alternatives shows only its result; an XE index entry field (no result) inside a "
    "sentence shows nothing; a SYMBOL field shows its degree sign; the About text holds a HYPERLINK field.",
    "links": [],
    "body": para(fld(instr(" DOCPROPERTY  Title  \\* MERGEFORMAT "),
                     run("Pellworth Glass doubles the recycled glass in its bottles")), '<w:pStyle w:val="Title"/>')
    + para(fld(instr(" FORMTEXT "), run("New furnace in Carrick melts 70 per cent cullet"),
               begin_extra='<w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput>'
               '<w:default w:val="Type the subtitle here"/></w:textInput></w:ffData>'), '<w:pStyle w:val="Subtitle"/>')
    + P("CARRICK, 9 June 2026 \u2013 Pellworth Glass has lit a new furnace at its Carrick works that melts bottles "
        "made of up to 70 per cent recycled glass, twice the share of the furnace it replaces.")
    + para(run("The furnace runs at 1,550") + fld(instr(' SYMBOL 176 \\f "Symbol" \\s 11 '), sym("Symbol", "F0B0"))
           + run("C and burns hydrogen blended with gas for a quarter of its heat."))
    + para(run("Crushed bottles, known as cullet") + fld(instr(' XE "cullet" '))
           + run(", melt at a lower temperature than sand, so every tonne saves energy at ")
           + fld(instr(" IF ") + fld(instr(" MERGEFIELD Region "), run("South")) + instr(' = "North" "the northern '
                 'plant" "the Carrick plant" '), run("the Carrick plant")) + run("."))
    + P("\u201cThe glass we collect in the county now comes back to the county,\u201d said Tamsin Hale, the "
        "works manager.")
    + P("About Pellworth Glass", "Heading2")
    + para(run("Pellworth Glass, a family firm founded in Carrick in 1921, makes 400 million bottles a year for "
               "breweries and distillers. More at ")
           + fld(instr(' HYPERLINK "https://pellworth.example/" '), run("pellworth.example",
                                                                          '<w:rStyle w:val="Hyperlink"/>'))
           + run("."))
    + P("Press: media@pellworth.example"),
    "expect": E("en", "Pellworth Glass doubles the recycled glass in its bottles",
                "New furnace in Carrick melts 70 per cent cullet", "CARRICK", "2026-06-09",
                ["Pellworth Glass has lit a new furnace at its Carrick works that melts bottles made of up to 70 "
                 "per cent recycled glass, twice the share of the furnace it replaces.",
                 "The furnace runs at 1,550\u00b0C and burns hydrogen blended with gas for a quarter of its heat.",
                 "Crushed bottles, known as cullet, melt at a lower temperature than sand, so every tonne saves "
                 "energy at the Carrick plant.",
                 "\u201cThe glass we collect in the county now comes back to the county,\u201d said Tamsin Hale, "
                 "the works manager."],
                ["Pellworth Glass, a family firm founded in Carrick in 1921, makes 400 million bottles a year for "
                 "breweries and distillers. More at pellworth.example."],
                ["media@pellworth.example"]),
})

# ---- fr-01: a drop cap on the dateline's first letter ----------------------------------------
RELEASES.append({
    "id": "e35-fr-01",
    "note": "A drop cap (w:framePr w:dropCap=drop, a paragraph of its own holding the letter 'S') opens the first "
    "paragraph, whose text goes on with 'AINT-\u00c9VRARD, le 12 mai 2026 \u2013 \u2026': Word shows one paragraph "
    "and the dateline SAINT-\u00c9VRARD. Italic deck; About heading a bold line; contact line after the About.",
    "body": P("Les Ateliers Morvand rouvrent la filature de Saint-\u00c9vrard", "Title")
    + P("Quarante emplois et une boutique ouverte au public", rpr=I)
    + drop_cap("S")
    + P("AINT-\u00c9VRARD, le 12 mai 2026 \u2013 Les Ateliers Morvand ont remis en marche la filature de laine "
        "de Saint-\u00c9vrard, ferm\u00e9e depuis 2009, apr\u00e8s deux ans de travaux.")
    + P("Les machines, restaur\u00e9es une \u00e0 une, fileront chaque ann\u00e9e 40 tonnes de laine venue des "
        "\u00e9levages du plateau.")
    + P("\u00ab Les \u00e9leveurs vendaient leur laine \u00e0 perte ; elle a de nouveau un prix \u00bb, a "
        "d\u00e9clar\u00e9 Odile Sarrasin, g\u00e9rante des ateliers.")
    + P("\u00c0 propos des Ateliers Morvand", rpr=B)
    + P("Les Ateliers Morvand, soci\u00e9t\u00e9 coop\u00e9rative fond\u00e9e en 2018, fabriquent du fil, des "
        "couvertures et des v\u00eatements en laine du Morvan.")
    + P("Contact presse : presse@ateliers-morvand.example"),
    "expect": E("fr", "Les Ateliers Morvand rouvrent la filature de Saint-\u00c9vrard",
                "Quarante emplois et une boutique ouverte au public", "SAINT-\u00c9VRARD", "2026-05-12",
                ["Les Ateliers Morvand ont remis en marche la filature de laine de Saint-\u00c9vrard, ferm\u00e9e "
                 "depuis 2009, apr\u00e8s deux ans de travaux.",
                 "Les machines, restaur\u00e9es une \u00e0 une, fileront chaque ann\u00e9e 40 tonnes de laine venue "
                 "des \u00e9levages du plateau.",
                 "\u00ab Les \u00e9leveurs vendaient leur laine \u00e0 perte ; elle a de nouveau un prix \u00bb, a "
                 "d\u00e9clar\u00e9 Odile Sarrasin, g\u00e9rante des ateliers."],
                ["Les Ateliers Morvand, soci\u00e9t\u00e9 coop\u00e9rative fond\u00e9e en 2018, fabriquent du fil, "
                 "des couvertures et des v\u00eatements en laine du Morvan."],
                ["presse@ateliers-morvand.example"]),
})


def ins(inner, i=1):
    return '<w:ins w:id="%d" %s>%s</w:ins>' % (i, AU, inner)


def dele(text, i=2):
    return '<w:del w:id="%d" %s><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (
        i, AU, escape(text))


# ---- fr-02: paragraph-level tracked changes and formatting changes ----------------------------
RELEASES.append({
    "id": "e35-fr-02",
    "note": "Tracked changes at paragraph level: the deck's style changed from Heading 1 to Subtitle (w:pPrChange "
    "keeps the old w:pStyle) and its runs from bold 20 pt to plain (w:rPrChange); a deleted paragraph (its runs "
    "and its mark in w:del): gone; a paragraph whose mark was deleted joins the next (one paragraph); an "
    "inserted paragraph (runs and mark in w:ins): kept; a w:del inside a w:ins: gone; a word replaced in the "
    "title (w:del then w:ins); the About heading typed as an insertion.",
    "body": para(run("La coop\u00e9rative Brivaldes ") + dele("ouvre", 3) + ins(run("inaugure"), 4)
                 + run(" sa malterie de V\u00e9zenne"), '<w:pStyle w:val="Title"/>')
    + para(run("Une orge locale pour trente brasseries de la r\u00e9gion",
               '<w:rPrChange w:id="6" %s><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:rPrChange>' % AU),
           '<w:pStyle w:val="Subtitle"/><w:pPrChange w:id="5" %s><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
           '</w:pPrChange>' % AU)
    + P("V\u00c9ZENNE, 2 avril 2026 \u2013 La coop\u00e9rative agricole Brivaldes a inaugur\u00e9 jeudi une "
        "malterie qui transformera chaque ann\u00e9e 6 000 tonnes d\u2019orge cultiv\u00e9e par ses membres.")
    + para(dele("Ce paragraphe a \u00e9t\u00e9 retir\u00e9 par le service juridique avant la diffusion.", 7),
           '<w:rPr><w:del w:id="8" %s/></w:rPr>' % AU)
    + para(run("Les premiers lots de malt partiront en juin"), '<w:rPr><w:del w:id="9" %s/></w:rPr>' % AU)
    + P(" vers des brasseries du Massif central et de la vall\u00e9e du Rh\u00f4ne.")
    + para(ins(run("\u00ab Nous gardons enfin la valeur de notre orge ici \u00bb, a d\u00e9clar\u00e9 H\u00e9l\u00e8ne "
                   "Fabrol, pr\u00e9sidente de la coop\u00e9rative."), 10),
           '<w:rPr><w:ins w:id="11" %s/></w:rPr>' % AU)
    + para(run("Le projet a co\u00fbt\u00e9") + ins(dele(" environ", 12), 13) + run(" 11 millions d\u2019euros."))
    + para(ins(run("\u00c0 propos de Brivaldes", B), 14))
    + P("Brivaldes r\u00e9unit 420 exploitations c\u00e9r\u00e9ali\u00e8res du sud de la Loire et emploie 95 "
        "salari\u00e9s.")
    + P("Presse : presse@brivaldes.example"),
    "expect": E("fr", "La coop\u00e9rative Brivaldes inaugure sa malterie de V\u00e9zenne",
                "Une orge locale pour trente brasseries de la r\u00e9gion", "V\u00c9ZENNE", "2026-04-02",
                ["La coop\u00e9rative agricole Brivaldes a inaugur\u00e9 jeudi une malterie qui transformera chaque "
                 "ann\u00e9e 6 000 tonnes d\u2019orge cultiv\u00e9e par ses membres.",
                 "Les premiers lots de malt partiront en juin vers des brasseries du Massif central et de la "
                 "vall\u00e9e du Rh\u00f4ne.",
                 "\u00ab Nous gardons enfin la valeur de notre orge ici \u00bb, a d\u00e9clar\u00e9 H\u00e9l\u00e8ne "
                 "Fabrol, pr\u00e9sidente de la coop\u00e9rative.",
                 "Le projet a co\u00fbt\u00e9 11 millions d\u2019euros."],
                ["Brivaldes r\u00e9unit 420 exploitations c\u00e9r\u00e9ali\u00e8res du sud de la Loire et emploie "
                 "95 salari\u00e9s."],
                ["presse@brivaldes.example"]),
})

# ---- de-01: a VML group (Word 2007) holding the About box and the contact box ------------------
RELEASES.append({
    "id": "e35-de-01",
    "note": "A Word 2007 VML group (w:pict/v:group, no mc:AlternateContent) anchored in an empty last "
    "paragraph, holding a rectangle and two v:textbox shapes: the About heading 'Über Nordlicht Akustik' (bold) "
    "with its text, and the press contact. Title and Subtitle styles.",
    "body": P("Nordlicht Akustik baut ihr Werk in Gerswalde aus", "Title")
    + P("Neue Halle f\u00fcr 60 Besch\u00e4ftigte", "Subtitle")
    + P("GERSWALDE, 3. M\u00e4rz 2026 \u2013 Die Nordlicht Akustik GmbH errichtet neben ihrem Werk in Gerswalde eine "
        "zweite Fertigungshalle und stellt bis Ende 2027 sechzig Menschen ein.")
    + P("In der Halle sollen Schallschutzw\u00e4nde aus Holzfasern entstehen, die bisher ein Zulieferer in "
        "Polen herstellt.")
    + P("\u201eWir holen die Wertsch\u00f6pfung in die Uckermark zur\u00fcck\u201c, sagte Gesch\u00e4ftsf\u00fchrerin "
        "Birte Lohmeyer.")
    + para("<w:r><w:pict>%s</w:pict></w:r>" % v_group([
        P("\u00dcber Nordlicht Akustik", rpr=B)
        + P("Die Nordlicht Akustik GmbH entwickelt und fertigt seit 2012 Akustikpaneele f\u00fcr B\u00fcros, "
            "Schulen und Konzerts\u00e4le und besch\u00e4ftigt 140 Menschen."),
        P("Pressekontakt: Jana Wendt, presse@nordlicht-akustik.example")])),
    "expect": E("de", "Nordlicht Akustik baut ihr Werk in Gerswalde aus", "Neue Halle f\u00fcr 60 Besch\u00e4ftigte",
                "GERSWALDE", "2026-03-03",
                ["Die Nordlicht Akustik GmbH errichtet neben ihrem Werk in Gerswalde eine zweite Fertigungshalle "
                 "und stellt bis Ende 2027 sechzig Menschen ein.",
                 "In der Halle sollen Schallschutzw\u00e4nde aus Holzfasern entstehen, die bisher ein Zulieferer "
                 "in Polen herstellt.",
                 "\u201eWir holen die Wertsch\u00f6pfung in die Uckermark zur\u00fcck\u201c, sagte "
                 "Gesch\u00e4ftsf\u00fchrerin Birte Lohmeyer."],
                ["Die Nordlicht Akustik GmbH entwickelt und fertigt seit 2012 Akustikpaneele f\u00fcr B\u00fcros, "
                 "Schulen und Konzerts\u00e4le und besch\u00e4ftigt 140 Menschen."],
                ["presse@nordlicht-akustik.example"]),
})


def HNUM(style_id):
    return '<w:pStyle w:val="%s"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>' % style_id


# ---- de-02: numbered headings and a list that restarts -----------------------------------------
RELEASES.append({
    "id": "e35-de-02",
    "note": "Headings in Heading 2 with generated outline numbers (w:numPr to a multilevel list: '1', '2', "
    "'3': list markers, not text), the last one the About heading 'Über die Stadtwerke Kellinghusen'; two "
    "decimal lists, the second a new w:num restarting at 1 through w:lvlOverride/w:startOverride: list items. "
    "No subheadline.",
    "body": P("Stadtwerke Kellinghusen senken den Fernw\u00e4rmepreis", "Title")
    + P("KELLINGHUSEN, 20. Januar 2026 \u2013 Die Stadtwerke Kellinghusen senken zum 1. M\u00e4rz den Arbeitspreis "
        "f\u00fcr Fernw\u00e4rme um 14 Prozent.")
    + para(run("Die Preise im \u00dcberblick"), HNUM("Heading2"))
    + para(run("Arbeitspreis: 11,2 Cent je Kilowattstunde"), NUM(4))
    + para(run("Grundpreis: unver\u00e4ndert 96 Euro im Jahr"), NUM(4))
    + para(run("Messpreis: 18 Euro im Jahr"), NUM(4))
    + para(run("Was Kundinnen und Kunden tun m\u00fcssen"), HNUM("Heading2"))
    + para(run("Nichts: Der neue Preis gilt automatisch."), NUM(5))
    + para(run("Wer per Lastschrift zahlt, erh\u00e4lt im Februar einen neuen Abschlagsplan."), NUM(5))
    + para(run("\u00dcber die Stadtwerke Kellinghusen"), HNUM("Heading2"))
    + P("Die Stadtwerke Kellinghusen versorgen 9 000 Haushalte mit Strom, Wasser und W\u00e4rme und geh\u00f6ren "
        "der Stadt.")
    + P("Presse: kommunikation@stadtwerke-kellinghusen.example"),
    "expect": E("de", "Stadtwerke Kellinghusen senken den Fernw\u00e4rmepreis", None, "KELLINGHUSEN", "2026-01-20",
                ["Die Stadtwerke Kellinghusen senken zum 1. M\u00e4rz den Arbeitspreis f\u00fcr Fernw\u00e4rme um 14 "
                 "Prozent.",
                 "Die Preise im \u00dcberblick",
                 "Arbeitspreis: 11,2 Cent je Kilowattstunde",
                 "Grundpreis: unver\u00e4ndert 96 Euro im Jahr",
                 "Messpreis: 18 Euro im Jahr",
                 "Was Kundinnen und Kunden tun m\u00fcssen",
                 "Nichts: Der neue Preis gilt automatisch.",
                 "Wer per Lastschrift zahlt, erh\u00e4lt im Februar einen neuen Abschlagsplan."],
                ["Die Stadtwerke Kellinghusen versorgen 9 000 Haushalte mit Strom, Wasser und W\u00e4rme und "
                 "geh\u00f6ren der Stadt."],
                ["kommunikation@stadtwerke-kellinghusen.example"]),
})

# ---- es-01: Symbol-font characters, Wingdings glyphs as typed bullets, an emoji -----------------
RELEASES.append({
    "id": "e35-es-01",
    "note": "Characters written as w:sym: the registered sign of the Symbol font (F0D2) in the title, its degree "
    "sign (F0B0) in the body; two highlights opened by a Wingdings check mark (F0FC) and a tab, typed bullets "
    "(list markers, not text: the items are list entries of the body); a Wingdings envelope (F02A) before the "
    "press e-mail and a Word 2016 emoji (mc:AlternateContent, mc:Choice Requires=w16se with w16se:symEx, the "
    "character in mc:Fallback) before the phone number.",
    "body": para(run("Aquavera") + sym("Symbol", "F0D2") + run(" lanza filtros de agua para escuelas rurales"),
                 '<w:pStyle w:val="Title"/>')
    + P("Quinientos colegios de Extremadura recibir\u00e1n los equipos antes de septiembre", "Subtitle")
    + P("M\u00c9RIDA, 21 de abril de 2026 \u2013 Aquavera ha firmado con la Junta un contrato para instalar "
        "filtros de agua potable en 500 colegios rurales de la regi\u00f3n.")
    + para(run("Los filtros enfr\u00edan el agua a 12") + sym("Symbol", "F0B0") + run("C y eliminan el 99 por "
           "ciento de las bacterias sin usar cloro."))
    + para(sym("Wingdings", "F0FC") + "<w:r><w:tab/></w:r>" + run("Cada equipo abastece a 300 alumnos."),
           '<w:ind w:left="720" w:hanging="360"/>')
    + para(sym("Wingdings", "F0FC") + "<w:r><w:tab/></w:r>" + run("El mantenimiento corre a cargo de "
           "Aquavera durante cinco a\u00f1os."), '<w:ind w:left="720" w:hanging="360"/>')
    + P("\u00abNing\u00fan ni\u00f1o deber\u00eda llevar el agua de casa\u00bb, afirm\u00f3 Luc\u00eda Barrantes, "
        "directora general de Aquavera.")
    + P("Prensa", rpr=B)
    + para(sym("Wingdings", "F02A") + run(" prensa@aquavera.example"))
    + para(emoji("1F4DE") + run(" +34 924 000 118"))
    + P("Acerca de Aquavera", rpr=B)
    + P("Aquavera, con sede en M\u00e9rida, dise\u00f1a y fabrica sistemas de filtrado de agua desde 2011 y "
        "emplea a 85 personas."),
    "expect": E("es", "Aquavera\u00ae lanza filtros de agua para escuelas rurales",
                "Quinientos colegios de Extremadura recibir\u00e1n los equipos antes de septiembre",
                "M\u00c9RIDA", "2026-04-21",
                ["Aquavera ha firmado con la Junta un contrato para instalar filtros de agua potable en 500 "
                 "colegios rurales de la regi\u00f3n.",
                 "Los filtros enfr\u00edan el agua a 12\u00b0C y eliminan el 99 por ciento de las bacterias sin "
                 "usar cloro.",
                 "Cada equipo abastece a 300 alumnos.",
                 "El mantenimiento corre a cargo de Aquavera durante cinco a\u00f1os.",
                 "\u00abNing\u00fan ni\u00f1o deber\u00eda llevar el agua de casa\u00bb, afirm\u00f3 Luc\u00eda "
                 "Barrantes, directora general de Aquavera."],
                ["Aquavera, con sede en M\u00e9rida, dise\u00f1a y fabrica sistemas de filtrado de agua desde 2011 "
                 "y emplea a 85 personas."],
                ["prensa@aquavera.example"]),
})


def smart(inner, element="place"):
    return '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="%s">%s</w:smartTag>' % (
        element, inner)


# ---- es-02: markup inside the About section and the title ---------------------------------------
RELEASES.append({
    "id": "e35-es-02",
    "note": "The About heading and text wrapped in block-level w:customXml with w:customXmlPr, a smart tag "
    "around the company name, a bookmark and w:proofErr splitting a word, w:lastRenderedPageBreak inside the "
    "About text; the title split in runs by bookmarks and a w:fldSimple MERGEFIELD whose result is the town; "
    "an internal w:hyperlink (w:anchor) in the body. Title in Heading 1, deck in Heading 2.",
    "body": para(run("Bodegas Onta") + '<w:bookmarkStart w:id="0" w:name="_Hlk1"/>' + run("\u00f1\u00f3n abre un centro de "
                 "visitantes en ") + '<w:fldSimple w:instr=" MERGEFIELD Municipio "><w:r><w:t>Laguardia</w:t>'
                 '</w:r></w:fldSimple><w:bookmarkEnd w:id="0"/>', '<w:pStyle w:val="Heading1"/>')
    + P("Catas, un museo del vino y rutas entre vi\u00f1edos", "Heading2")
    + P("LAGUARDIA, 14 de mayo de 2026 \u2013 Bodegas Onta\u00f1\u00f3n ha abierto un centro de visitantes junto a "
        "sus calados del siglo XVI, con sala de catas y un peque\u00f1o museo del vino.")
    + para(run("El centro recibir\u00e1 a 30 000 personas al a\u00f1o, seg\u00fan ")
           + '<w:hyperlink w:anchor="_Plan" w:history="1">' + run("el plan de la bodega", '<w:rStyle w:val="Hyperlink"/>')
           + "</w:hyperlink>" + run(", y dar\u00e1 trabajo a doce gu\u00edas."))
    + P("\u00abQueremos que se entienda el vino desde la vi\u00f1a\u00bb, dijo Iker Salaverri, director de la bodega.")
    + '<w:customXml w:uri="urn:example:boilerplate" w:element="about"><w:customXmlPr><w:attr w:name="v" w:val="3"/>'
      '</w:customXmlPr>'
    + P("Acerca de Bodegas Onta\u00f1\u00f3n", rpr=B)
    + para(smart(run("Bodegas Onta\u00f1\u00f3n"), "PersonName") + run(" es una bodega familiar fundada en 1912 que "
           "cultiva 180 hect\u00e1reas de vi\u00f1edo en la ") + '<w:proofErr w:type="spellStart"/>'
           + run("Rioja Ala") + '<w:bookmarkStart w:id="1" w:name="_Plan"/><w:bookmarkEnd w:id="1"/>'
           + '<w:proofErr w:type="spellEnd"/>' + run("vesa") + '<w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve">'
           ' y exporta a 22 pa\u00edses.</w:t></w:r>')
    + "</w:customXml>"
    + P("Contacto de prensa: comunicacion@ontanon.example"),
    "expect": E("es", "Bodegas Onta\u00f1\u00f3n abre un centro de visitantes en Laguardia",
                "Catas, un museo del vino y rutas entre vi\u00f1edos", "LAGUARDIA", "2026-05-14",
                ["Bodegas Onta\u00f1\u00f3n ha abierto un centro de visitantes junto a sus calados del siglo XVI, con "
                 "sala de catas y un peque\u00f1o museo del vino.",
                 "El centro recibir\u00e1 a 30 000 personas al a\u00f1o, seg\u00fan el plan de la bodega, y "
                 "dar\u00e1 trabajo a doce gu\u00edas.",
                 "\u00abQueremos que se entienda el vino desde la vi\u00f1a\u00bb, dijo Iker Salaverri, director de "
                 "la bodega."],
                ["Bodegas Onta\u00f1\u00f3n es una bodega familiar fundada en 1912 que cultiva 180 hect\u00e1reas de "
                 "vi\u00f1edo en la Rioja Alavesa y exporta a 22 pa\u00edses."],
                ["comunicacion@ontanon.example"]),
})

# ---- it-01: footnote and endnote marks in the title and the About text, a comment on the deck ----
RELEASES.append({
    "id": "e35-it-01",
    "note": "A footnote reference mark after a word of the title and an endnote reference in the About text "
    "(marks, not text; the notes are not body); a comment anchored on the deck (range marks and reference: the "
    "comment is not the release's text). Title and Subtitle styles; 'Chi siamo' heading in bold.",
    "notes": [("footnotes", '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r>'
               '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">'
               ' Marchio registrato dal 1994.</w:t></w:r></w:p></w:footnote>'),
              ("endnotes", '<w:endnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
               '<w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Dati di bilancio 2025.</w:t></w:r></w:p>'
               '</w:endnote>'),
              ("comments", '<w:comment w:id="0" w:author="Sara Pini" w:date="2026-03-02T10:00:00Z" w:initials="SP">'
               '<w:p><w:r><w:t>Sottotitolo da accorciare?</w:t></w:r></w:p></w:comment>')],
    "body": para(run("Olivieri Tessuti") + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                 '<w:footnoteReference w:id="1"/></w:r>' + run(" porta la tessitura del lino a Biella"),
                 '<w:pStyle w:val="Title"/>')
    + para('<w:commentRangeStart w:id="0"/>' + run("Un nuovo telaio per tessuti tecnici e 25 assunzioni")
           + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>', '<w:pStyle w:val="Subtitle"/>')
    + P("BIELLA, 9 marzo 2026 \u2013 Olivieri Tessuti ha avviato a Biella una linea di tessitura del lino per "
        "tessuti tecnici destinati all\u2019arredamento e all\u2019automobile.")
    + P("L\u2019azienda ha investito 7 milioni di euro in dodici telai e assumer\u00e0 25 persone entro "
        "l\u2019autunno.")
    + P("\u00abIl lino torna in una valle che lo lavorava cent\u2019anni fa\u00bb, ha detto Carla Olivieri, "
        "amministratrice delegata.")
    + P("Chi siamo", rpr=B)
    + para(run("Olivieri Tessuti, fondata a Biella nel 1948, produce tessuti per l\u2019arredamento e ha chiuso "
               "il 2025 con 64 milioni di euro di ricavi")
           + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'
           + run("."))
    + P("Ufficio stampa: stampa@olivieri-tessuti.example"),
    "expect": E("it", "Olivieri Tessuti porta la tessitura del lino a Biella",
                "Un nuovo telaio per tessuti tecnici e 25 assunzioni", "BIELLA", "2026-03-09",
                ["Olivieri Tessuti ha avviato a Biella una linea di tessitura del lino per tessuti tecnici "
                 "destinati all\u2019arredamento e all\u2019automobile.",
                 "L\u2019azienda ha investito 7 milioni di euro in dodici telai e assumer\u00e0 25 persone entro "
                 "l\u2019autunno.",
                 "\u00abIl lino torna in una valle che lo lavorava cent\u2019anni fa\u00bb, ha detto Carla Olivieri, "
                 "amministratrice delegata."],
                ["Olivieri Tessuti, fondata a Biella nel 1948, produce tessuti per l\u2019arredamento e ha chiuso il "
                 "2025 con 64 milioni di euro di ricavi."],
                ["stampa@olivieri-tessuti.example"]),
})

# ---- nl-01: Dutch Word style ids, a linked title, a List Paragraph with its numbering removed --------
RELEASES.append({
    "id": "e35-nl-01",
    "note": "Dutch Word's style ids with English names (Kop1 'heading 1', Kop2 'heading 2', Kop3 'heading 3', "
    "Lijstalinea 'List Paragraph'): the title in Kop1 inside a w:hyperlink, the deck in Kop2, the About heading "
    "'Over Polderkracht' in Kop3; a paragraph in List Paragraph whose numbering was removed (w:numId 0): a "
    "plain paragraph; two real bullets; the contact line in a w:tab-separated layout.",
    "links": [("rId90", "https://polderkracht.example/nieuws")],
    "styles": [style("Kop1", "heading 1", ppr='<w:keepNext/><w:outlineLvl w:val="0"/>', rpr=B + sz(32)),
               style("Kop2", "heading 2", ppr='<w:keepNext/><w:outlineLvl w:val="1"/>', rpr=sz(26)),
               style("Kop3", "heading 3", ppr='<w:keepNext/><w:outlineLvl w:val="2"/>', rpr=B + sz(24)),
               style("Lijstalinea", "List Paragraph", ppr='<w:ind w:left="720"/><w:contextualSpacing/>')],
    "body": para('<w:hyperlink r:id="rId90" w:history="1">' + run("Polderkracht plaatst de eerste drijvende "
                 "zonnepanelen op het IJsselmeer", '<w:rStyle w:val="Hyperlink"/>') + "</w:hyperlink>",
                 '<w:pStyle w:val="Kop1"/>')
    + P("Proefveld van twee hectare levert stroom voor 900 huishoudens", "Kop2")
    + P("LEMSTERVAART, 11 februari 2026 \u2013 Polderkracht heeft voor de kust van Lemstervaart het eerste "
        "drijvende zonnepark op het IJsselmeer in gebruik genomen.")
    + para(run("Het park ligt in een beschutte hoek achter de dijk en is in overleg met vissers en "
               "natuurorganisaties ontworpen."),
           '<w:pStyle w:val="Lijstalinea"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
    + para(run("Vermogen: 2,4 megawatt piek"), '<w:pStyle w:val="Lijstalinea"/><w:numPr><w:ilvl w:val="0"/>'
           '<w:numId w:val="1"/></w:numPr>')
    + para(run("Looptijd van de proef: vijf jaar"), '<w:pStyle w:val="Lijstalinea"/><w:numPr><w:ilvl w:val="0"/>'
           '<w:numId w:val="1"/></w:numPr>')
    + P("\u201eWe willen weten wat golven en ijs met de drijvers doen\u201d, zei projectleider Anouk Dijkstra.")
    + P("Over Polderkracht", "Kop3")
    + P("Polderkracht is een co\u00f6peratie van 6 000 leden die sinds 2015 wind- en zonneparken in Friesland "
        "bouwt.")
    + para(run("Pers:") + "<w:r><w:tab/></w:r>" + run("Femke Hoekstra") + "<w:r><w:tab/></w:r>"
           + run("pers@polderkracht.example")),
    "expect": E("nl", "Polderkracht plaatst de eerste drijvende zonnepanelen op het IJsselmeer",
                "Proefveld van twee hectare levert stroom voor 900 huishoudens", "LEMSTERVAART", "2026-02-11",
                ["Polderkracht heeft voor de kust van Lemstervaart het eerste drijvende zonnepark op het IJsselmeer "
                 "in gebruik genomen.",
                 "Het park ligt in een beschutte hoek achter de dijk en is in overleg met vissers en "
                 "natuurorganisaties ontworpen.",
                 "Vermogen: 2,4 megawatt piek",
                 "Looptijd van de proef: vijf jaar",
                 "\u201eWe willen weten wat golven en ijs met de drijvers doen\u201d, zei projectleider Anouk "
                 "Dijkstra."],
                ["Polderkracht is een co\u00f6peratie van 6 000 leden die sinds 2015 wind- en zonneparken in "
                 "Friesland bouwt."],
                ["pers@polderkracht.example"]),
})
