# The releases of tests/eval34 (read by make.py): releases as students,
# clubs, hackathons, small businesses, volunteers and local campaigns
# write them in Word or Google Docs from a course handout or a template.
# Invented organisations, people and towns; the gold was written with the
# block lists, before pressmill was run on them. Inline: **bold**,
# *italic*, [text](url).
#
# Blocks: ("release", t) a bold release line; ("contact", [lines], align)
# a contact block, one paragraph a line; ("image", alt) a letterhead
# picture with alt text (word only); ("logotable", alt, [lines]) a
# borderless two-cell table, logo picture | contact lines (word only);
# ("table", [[cell 1 lines], [cell 2 lines]]) a borderless layout table
# of text; ("title", t); ("sub", t) a deck in italics (or Subtitle, opts
# "sub": "style"); ("p", t); ("bullet", t); ("quote", t) an indented
# italic paragraph; ("head", t) an About/notes heading (opts "head":
# bold, plain, Heading2); ("end", t) a centred end mark; ("boldline", t).
#
# producer: word (python-docx, Word's default template; PDF: LibreOffice)
# or gdocs (Google Docs' markup as tests/eval18 writes it; PDF: LibreOffice,
# or Chromium's print of a Google-Doc-like page where "pdf" is "chromium").


def E(lang, headline, sub, loc, date, body, about, emails, phones, dateline=True):
    return {"language": lang, "headline": headline, "subheadline": sub,
            "dateline": {"location": loc, "date": date} if dateline else None, "date": date,
            "body": body, "about": about, "emails": emails, "phones": phones}


RELEASES = [
    {"id": "e34-en-01", "producer": "word", "opts": {"title": "style", "head": "bold"},
     "note": "Course template in Word: FOR IMMEDIATE RELEASE top left, a contact block right-aligned above the "
     "title with a placeholder left in it ('[Insert cell number]'), the title in Word's Title style, the "
     "dateline opening the first paragraph, '###' centred, then a bold 'Boilerplate' heading and its text "
     "(the About section).",
     "blocks": [("release", "FOR IMMEDIATE RELEASE"),
                ("contact", ["Contact: Priya Haldane", "Tallow Creek Student Garden", "Phone: (541) 555-0187",
                             "Cell: [Insert cell number]", "Email: phaldane@tallowcreek.example"], "right"),
                ("title", "Student Garden Donates 2,000 Pounds of Produce to Tallow Creek Food Pantry"),
                ("p", "TALLOW CREEK, Ore. \u2013 October 6, 2026 \u2013 The Tallow Creek Student Garden has given "
                 "more than 2,000 pounds of squash, beans and greens to the Tallow Creek Food Pantry since the "
                 "start of the summer term."),
                ("p", "About forty students from three agriculture classes tend the half-acre plot behind Merriam "
                 "Hall. Each Friday a volunteer team weighs the harvest and drives it to the pantry in a borrowed "
                 "pickup truck."),
                ("p", "\u201cWe started with six raised beds and a hose that leaked,\u201d said garden coordinator "
                 "Priya Haldane. \u201cNow families pick up lettuce we cut that same morning.\u201d"),
                ("p", "The garden will hold a harvest open day on October 17 and is looking for volunteers for the "
                 "winter cover-crop planting."),
                ("end", "###"),
                ("head", "Boilerplate"),
                ("p", "The Tallow Creek Student Garden is a student-run club at Tallow Creek Community College. "
                 "Founded in 2019, it grows vegetables for local food banks and teaches workshops on composting.")],
     "expect": E("en", "Student Garden Donates 2,000 Pounds of Produce to Tallow Creek Food Pantry", None,
                 "TALLOW CREEK", "2026-10-06",
                 ["The Tallow Creek Student Garden has given more than 2,000 pounds of squash, beans and greens to "
                  "the Tallow Creek Food Pantry since the start of the summer term.",
                  "About forty students from three agriculture classes tend the half-acre plot behind Merriam Hall. "
                  "Each Friday a volunteer team weighs the harvest and drives it to the pantry in a borrowed pickup "
                  "truck.",
                  "\u201cWe started with six raised beds and a hose that leaked,\u201d said garden coordinator Priya "
                  "Haldane. \u201cNow families pick up lettuce we cut that same morning.\u201d",
                  "The garden will hold a harvest open day on October 17 and is looking for volunteers for the "
                  "winter cover-crop planting."],
                 ["The Tallow Creek Student Garden is a student-run club at Tallow Creek Community College. Founded "
                  "in 2019, it grows vegetables for local food banks and teaches workshops on composting."],
                 ["phaldane@tallowcreek.example"], ["(541) 555-0187"])},

    {"id": "e34-en-02", "producer": "gdocs", "pdf": "chromium",
     "opts": {"title": "direct", "title_size": 36, "sub": "direct", "sub_italic": True, "sub_size": 24,
              "sub_color": "000000", "head": "Heading2", "spacing": True},
     "note": "Google Docs, a student hackathon: the title a bold 18 pt Normal paragraph, an italic deck, a "
     "bulleted When/Where/Cost list with bold labels, '###', an About heading in Google's Heading 2, a contact "
     "line, a hashtag and social handles line after it; empty paragraphs as spacing.",
     "blocks": [("release", "FOR IMMEDIATE RELEASE"),
                ("title", "HackHollow 2027 Invites 300 Students to Build for Their Hometowns"),
                ("sub", "Registration is open for the 36-hour hackathon at Hollow Ridge University"),
                ("p", "HOLLOW RIDGE, Pa. \u2013 November 12, 2026 \u2013 HackHollow, the student-run hackathon of "
                 "Hollow Ridge University, opened registration today for its fourth edition, which asks teams to "
                 "build tools for the small towns they come from."),
                ("p", "Event details:"),
                ("bullet", "**When:** February 20\u201321, 2027"),
                ("bullet", "**Where:** Okafor Engineering Center, Hollow Ridge University"),
                ("bullet", "**Cost:** Free for students; meals and travel grants provided"),
                ("p", "Teams of up to four will have 36 hours to build a working prototype. Mentors from regional "
                 "libraries, transit agencies and county offices will judge the projects."),
                ("p", "\u201cLast year a team built a bus-arrival text line for a town of 900 people, and the county "
                 "still runs it,\u201d said lead organizer Mateo Brandvold."),
                ("center", "###"),
                ("head", "About HackHollow"),
                ("p", "HackHollow is organized by the Hollow Ridge University Computing Society and has hosted "
                 "more than 800 student hackers since 2023."),
                ("p", "Press contact: Mateo Brandvold, team@hackhollow.example, (814) 555-0142"),
                ("p", "#HackHollow2027 | Instagram @hackhollow | X @hackhollow")],
     "expect": E("en", "HackHollow 2027 Invites 300 Students to Build for Their Hometowns",
                 "Registration is open for the 36-hour hackathon at Hollow Ridge University",
                 "HOLLOW RIDGE", "2026-11-12",
                 ["HackHollow, the student-run hackathon of Hollow Ridge University, opened registration today for "
                  "its fourth edition, which asks teams to build tools for the small towns they come from.",
                  "Event details:",
                  "When: February 20\u201321, 2027",
                  "Where: Okafor Engineering Center, Hollow Ridge University",
                  "Cost: Free for students; meals and travel grants provided",
                  "Teams of up to four will have 36 hours to build a working prototype. Mentors from regional "
                  "libraries, transit agencies and county offices will judge the projects.",
                  "\u201cLast year a team built a bus-arrival text line for a town of 900 people, and the county "
                  "still runs it,\u201d said lead organizer Mateo Brandvold."],
                 ["HackHollow is organized by the Hollow Ridge University Computing Society and has hosted more "
                  "than 800 student hackers since 2023."],
                 ["team@hackhollow.example"], ["(814) 555-0142"])},

    {"id": "e34-en-03", "producer": "word", "opts": {"title": "direct", "title_size": 16},
     "note": "Class assignment from a course handout: a contact block top left before the title (Contact, "
     "phone, e-mail, 'Date:' line: the only date), FOR IMMEDIATE RELEASE under it, the title a bold 16 pt "
     "Normal paragraph, no dateline, '-30-' at the end, no About section.",
     "blocks": [("contact", ["Contact: Delphine Osei", "Phone: 608-555-0119", "Email: dosei@marrowfield.example",
                             "Date: March 3, 2026"], "left"),
                ("release", "FOR IMMEDIATE RELEASE"),
                ("title", "Marrowfield Bike Co-op Opens Free Repair Nights for Commuters"),
                ("p", "The Marrowfield Bike Co-op will open its workshop on Tuesday and Thursday evenings this "
                 "spring so that anyone who rides to work can fix a flat, adjust brakes or replace a chain for free."),
                ("p", "Volunteer mechanics will be on hand from 6 to 9 p.m. to show riders how to do the repair "
                 "themselves. Tools, stands and used parts are provided; new parts are sold at cost."),
                ("p", "\u201cMost people who stop riding stop because of one small repair they did not know how "
                 "to make,\u201d said co-op president Delphine Osei."),
                ("p", "Repair nights begin March 10 at the co-op\u2019s shop at 214 Foundry Street."),
                ("end", "-30-")],
     "expect": E("en", "Marrowfield Bike Co-op Opens Free Repair Nights for Commuters", None, None, "2026-03-03",
                 ["The Marrowfield Bike Co-op will open its workshop on Tuesday and Thursday evenings this spring "
                  "so that anyone who rides to work can fix a flat, adjust brakes or replace a chain for free.",
                  "Volunteer mechanics will be on hand from 6 to 9 p.m. to show riders how to do the repair "
                  "themselves. Tools, stands and used parts are provided; new parts are sold at cost.",
                  "\u201cMost people who stop riding stop because of one small repair they did not know how to "
                  "make,\u201d said co-op president Delphine Osei.",
                  "Repair nights begin March 10 at the co-op\u2019s shop at 214 Foundry Street."],
                 [], ["dosei@marrowfield.example"], ["608-555-0119"], dateline=False)},

    {"id": "e34-en-04", "producer": "word", "opts": {"title": "style", "head": "plain"},
     "note": "Small business in Word: a borderless layout table (logo picture with alt text | contact lines), "
     "the title in the Title style, an italic deck, a quotation as an indented italic paragraph, '###', an "
     "'About …' heading that is not bold, then a 'Note to editors:' section (neither body nor About).",
     "blocks": [("logotable", "Juniper & Slate Bakery logo",
                 ["Media contact: Rosalind Achebe", "hello@juniperslate.example", "(207) 555-0163"]),
                ("title", "Juniper & Slate Bakery Opens a Second Shop in Old Harbor"),
                ("sub", "The family bakery will bake its rye and sourdough on site from May 2"),
                ("p", "PORT ALDER, Maine, April 20, 2026 \u2013 Juniper & Slate Bakery will open a second shop on "
                 "Wharf Street in the Old Harbor district on May 2, eight years after it started selling bread "
                 "from a farmers\u2019 market stall."),
                ("p", "The new shop has a wood-fired oven and twelve seats, and will employ six bakers and "
                 "counter staff from the neighborhood."),
                ("quote", "\u201cWe were carrying loaves across town at four in the morning. Now the harbor will "
                 "smell of rye again,\u201d said co-owner Rosalind Achebe."),
                ("p", "The opening day will offer free coffee with every loaf until noon."),
                ("end", "###"),
                ("head", "About Juniper & Slate Bakery"),
                ("p", "Juniper & Slate Bakery is a family-owned bakery founded in Port Alder in 2018. It bakes "
                 "naturally leavened bread with grain from Maine farms."),
                ("head", "Note to editors:"),
                ("p", "Photographs of the new shop and the bakers are available on request.")],
     "expect": E("en", "Juniper & Slate Bakery Opens a Second Shop in Old Harbor",
                 "The family bakery will bake its rye and sourdough on site from May 2", "PORT ALDER", "2026-04-20",
                 ["Juniper & Slate Bakery will open a second shop on Wharf Street in the Old Harbor district on May "
                  "2, eight years after it started selling bread from a farmers\u2019 market stall.",
                  "The new shop has a wood-fired oven and twelve seats, and will employ six bakers and counter "
                  "staff from the neighborhood.",
                  "\u201cWe were carrying loaves across town at four in the morning. Now the harbor will smell of "
                  "rye again,\u201d said co-owner Rosalind Achebe.",
                  "The opening day will offer free coffee with every loaf until noon."],
                 ["Juniper & Slate Bakery is a family-owned bakery founded in Port Alder in 2018. It bakes naturally "
                  "leavened bread with grain from Maine farms."],
                 ["hello@juniperslate.example"], ["(207) 555-0163"])},

    {"id": "e34-en-05", "producer": "word", "opts": {"title": "style", "sub": "style", "head": "bold"},
     "note": "Volunteer group in Word: a letterhead picture with alt text, FOR IMMEDIATE RELEASE, the title in "
     "the Title style and the deck in the Subtitle style, a bulleted When/Where/Cost list, a bold 'About …' "
     "heading, then a 'Media contacts' block with two people, '-30-' last.",
     "blocks": [("image", "Friends of Wrenfield Marsh letterhead"),
                ("release", "FOR IMMEDIATE RELEASE"),
                ("title", "Volunteers Needed for the Wrenfield Marsh Autumn Cleanup"),
                ("sub", "Friends of Wrenfield Marsh aim to clear a ton of litter in one morning"),
                ("p", "WRENFIELD, Ohio, September 8, 2026 \u2013 Friends of Wrenfield Marsh are calling for "
                 "volunteers to join their annual autumn cleanup along the marsh boardwalk and the banks of "
                 "Kestrel Creek."),
                ("bullet", "When: Saturday, September 26, 8 a.m. to noon"),
                ("bullet", "Where: Boardwalk entrance, 40 Heron Lane, Wrenfield"),
                ("bullet", "Cost: Free; gloves, bags and lunch provided"),
                ("p", "Last year 150 volunteers removed 1,700 pounds of litter, including 38 tires pulled from the "
                 "creek bed. Families and school groups are welcome."),
                ("head", "About Friends of Wrenfield Marsh"),
                ("p", "Friends of Wrenfield Marsh is a volunteer group that has cared for the 90-acre marsh "
                 "preserve since 2004."),
                ("boldline", "Media contacts"),
                ("contact", ["Gideon Marsh-Tull, volunteer coordinator", "gideon@wrenfieldmarsh.example",
                             "(330) 555-0126", "", "Anneliese Corrigan, board secretary",
                             "anneliese@wrenfieldmarsh.example", "(330) 555-0171"], "left"),
                ("end", "-30-")],
     "expect": E("en", "Volunteers Needed for the Wrenfield Marsh Autumn Cleanup",
                 "Friends of Wrenfield Marsh aim to clear a ton of litter in one morning", "WRENFIELD", "2026-09-08",
                 ["Friends of Wrenfield Marsh are calling for volunteers to join their annual autumn cleanup along "
                  "the marsh boardwalk and the banks of Kestrel Creek.",
                  "When: Saturday, September 26, 8 a.m. to noon",
                  "Where: Boardwalk entrance, 40 Heron Lane, Wrenfield",
                  "Cost: Free; gloves, bags and lunch provided",
                  "Last year 150 volunteers removed 1,700 pounds of litter, including 38 tires pulled from the "
                  "creek bed. Families and school groups are welcome."],
                 ["Friends of Wrenfield Marsh is a volunteer group that has cared for the 90-acre marsh preserve "
                  "since 2004."],
                 ["gideon@wrenfieldmarsh.example", "anneliese@wrenfieldmarsh.example"],
                 ["(330) 555-0126", "(330) 555-0171"])},

    {"id": "e34-en-06", "producer": "word", "opts": {"title": "direct", "title_size": 20},
     "note": "App launch in Word: the title a bold 20 pt Normal paragraph, an italic deck, the About as a bold "
     "run opening its paragraph ('About Lumenkeep:'), an 'Editor's note:' paragraph before the end mark (body: "
     "RECORD.md leaves out only what it names), '###', then a hashtag line and a line of social handles after "
     "the end mark.",
     "blocks": [("release", "FOR IMMEDIATE RELEASE"),
                ("title", "Lumenkeep Launches a Budgeting App Built by Two College Roommates"),
                ("sub", "The free app splits rent, groceries and bills between housemates"),
                ("p", "BRACKENRIDGE, Texas \u2013 January 15, 2027 \u2013 Lumenkeep, a start-up founded by two "
                 "students at Brackenridge State University, released its budgeting app for iPhone and Android "
                 "today."),
                ("p", "The app keeps a shared ledger for each household and reminds housemates when a bill is due. "
                 "More than 4,000 students tested it during the fall semester."),
                ("p", "\u201cWe built it because our own fridge had a spreadsheet taped to it,\u201d said co-founder "
                 "Ifeoma Lindqvist."),
                ("p", "**About Lumenkeep:** Lumenkeep was founded in 2025 by Ifeoma Lindqvist and Caleb Ountree and "
                 "is based in Brackenridge, Texas."),
                ("p", "**Editor\u2019s note:** The founders are available for interviews on campus through "
                 "January 30. Contact press@lumenkeep.example."),
                ("end", "###"),
                ("p", "#Lumenkeep #SplitItFair"),
                ("p", "Instagram: @lumenkeepapp | TikTok: @lumenkeep")],
     "expect": E("en", "Lumenkeep Launches a Budgeting App Built by Two College Roommates",
                 "The free app splits rent, groceries and bills between housemates", "BRACKENRIDGE", "2027-01-15",
                 ["Lumenkeep, a start-up founded by two students at Brackenridge State University, released its "
                  "budgeting app for iPhone and Android today.",
                  "The app keeps a shared ledger for each household and reminds housemates when a bill is due. More "
                  "than 4,000 students tested it during the fall semester.",
                  "\u201cWe built it because our own fridge had a spreadsheet taped to it,\u201d said co-founder "
                  "Ifeoma Lindqvist.",
                  "Editor\u2019s note: The founders are available for interviews on campus through January 30. "
                  "Contact press@lumenkeep.example."],
                 ["Lumenkeep was founded in 2025 by Ifeoma Lindqvist and Caleb Ountree and is based in "
                  "Brackenridge, Texas."],
                 ["press@lumenkeep.example"], [])},

    {"id": "e34-en-07", "producer": "gdocs", "pdf": "chromium", "opts": {"title": "style", "spacing": True},
     "note": "Local campaign in Google Docs from a template: a borderless layout table (campaign name | FOR "
     "IMMEDIATE RELEASE and a '[Insert date]' placeholder), the title in Google's Title style, the dateline "
     "with the date left as a placeholder (a dateline with a place and no date), a quotation as an indented "
     "italic paragraph, no About section, a closing 'Contacts:' block with two people.",
     "blocks": [("table", [["Yes on Measure 4 \u2013 Save Linden Pool"], ["FOR IMMEDIATE RELEASE", "[Insert date]"]]),
                ("title", "Neighbors Launch Campaign to Reopen the Linden Street Pool"),
                ("p", "LINDEN FALLS, Wis. \u2013 [Insert date] \u2013 A group of parents, swim coaches and retirees "
                 "has launched a campaign for Measure 4, which would fund repairs to the Linden Street Pool, closed "
                 "since a pipe burst in 2024."),
                ("p", "The measure would raise $1.2 million over six years through a small increase in the "
                 "village sales tax. Volunteers will knock on doors every weekend until the April vote."),
                ("quote", "\u201cEvery kid in this town learned to swim in that pool. We are not ready to let it "
                 "go,\u201d said campaign chair Hollis Vandergrift."),
                ("p", "The campaign will hold a kickoff picnic at Linden Park on Sunday at noon."),
                ("boldline", "Contacts:"),
                ("p", "Hollis Vandergrift, campaign chair \u2013 hollis@savelindenpool.example \u2013 (715) 555-0148"),
                ("p", "Renata Okonkwo-Baird, volunteer lead \u2013 renata@savelindenpool.example \u2013 (715) 555-0190")],
     "expect": E("en", "Neighbors Launch Campaign to Reopen the Linden Street Pool", None, "LINDEN FALLS", None,
                 ["A group of parents, swim coaches and retirees has launched a campaign for Measure 4, which would "
                  "fund repairs to the Linden Street Pool, closed since a pipe burst in 2024.",
                  "The measure would raise $1.2 million over six years through a small increase in the village "
                  "sales tax. Volunteers will knock on doors every weekend until the April vote.",
                  "\u201cEvery kid in this town learned to swim in that pool. We are not ready to let it go,\u201d "
                  "said campaign chair Hollis Vandergrift.",
                  "The campaign will hold a kickoff picnic at Linden Park on Sunday at noon."],
                 [], ["hollis@savelindenpool.example", "renata@savelindenpool.example"],
                 ["(715) 555-0148", "(715) 555-0190"])},

    {"id": "e34-en-08", "producer": "word", "opts": {"title": "style", "head": "plain"},
     "note": "Hackathon in Word: a right-aligned contact block whose 'Date:' line is the only date, FOR "
     "IMMEDIATE RELEASE, the title in the Title style, an italic deck, When/Where/Cost bullets, '###', a "
     "'Boilerplate' heading that is not bold.",
     "blocks": [("release", "FOR IMMEDIATE RELEASE"),
                ("contact", ["Contact: Tobias Wengrow", "Stonemere Code Club", "tobias@stonemerecode.example",
                             "Date: May 11, 2026"], "right"),
                ("title", "Stonemere Code Club Hosts First Hackathon for High School Girls"),
                ("sub", "Forty students will build apps for local nonprofits over one weekend"),
                ("p", "The Stonemere Code Club will host its first hackathon for high school girls next month, "
                 "pairing each team with a nonprofit from the county that needs a small app or website."),
                ("bullet", "When: June 13\u201314, 2026"),
                ("bullet", "Where: Stonemere Public Library, Makerspace Room"),
                ("bullet", "Cost: Free, laptops available on loan"),
                ("p", "Volunteer developers from three local companies will coach the teams, and the nonprofits "
                 "will pick the projects they want to keep."),
                ("end", "###"),
                ("head", "Boilerplate"),
                ("p", "The Stonemere Code Club is a volunteer-run club that has taught programming to teenagers "
                 "in the Stonemere area since 2021.")],
     "expect": E("en", "Stonemere Code Club Hosts First Hackathon for High School Girls",
                 "Forty students will build apps for local nonprofits over one weekend", None, "2026-05-11",
                 ["The Stonemere Code Club will host its first hackathon for high school girls next month, pairing "
                  "each team with a nonprofit from the county that needs a small app or website.",
                  "When: June 13\u201314, 2026",
                  "Where: Stonemere Public Library, Makerspace Room",
                  "Cost: Free, laptops available on loan",
                  "Volunteer developers from three local companies will coach the teams, and the nonprofits will "
                  "pick the projects they want to keep."],
                 ["The Stonemere Code Club is a volunteer-run club that has taught programming to teenagers in the "
                  "Stonemere area since 2021."],
                 ["tobias@stonemerecode.example"], [], dateline=False)},

    {"id": "e34-en-09", "producer": "gdocs", "opts": {"title": "style", "head": "bold"},
     "note": "Course template in Google Docs (PDF: LibreOffice): a '[Insert logo here]' placeholder line, a "
     "contact block top left, FOR IMMEDIATE RELEASE, the title in Google's Title style, '###', a bold "
     "'Boilerplate' heading, then a bold 'Notes to editors' heading and a note (neither body nor About).",
     "blocks": [("p", "[Insert logo here]"),
                ("contact", ["Media Contact:", "Samira Thornbury", "Kettleby Youth Theatre",
                             "(902) 555-0135", "samira@kettlebytheatre.example"], "left"),
                ("release", "FOR IMMEDIATE RELEASE"),
                ("title", "Kettleby Youth Theatre Stages an Original Musical Written by Its Members"),
                ("p", "KETTLEBY, N.S., June 2, 2026 \u2013 The Kettleby Youth Theatre will stage \u201cLanterns on "
                 "the Wharf,\u201d a musical written and scored by eleven of its teenage members, at the Kettleby "
                 "Town Hall from June 19 to 21."),
                ("p", "The cast of 28 has rehearsed three evenings a week since January. The set was built from "
                 "old fishing crates donated by the harbour authority."),
                ("p", "Tickets are $12 for adults and $5 for students at the town hall box office."),
                ("end", "###"),
                ("head", "Boilerplate"),
                ("p", "The Kettleby Youth Theatre is a non-profit company for actors aged 12 to 19, founded in 2011."),
                ("head", "Notes to editors"),
                ("p", "Photographers are welcome at the dress rehearsal on June 18 at 6 p.m.")],
     "expect": E("en", "Kettleby Youth Theatre Stages an Original Musical Written by Its Members", None,
                 "KETTLEBY", "2026-06-02",
                 ["The Kettleby Youth Theatre will stage \u201cLanterns on the Wharf,\u201d a musical written and "
                  "scored by eleven of its teenage members, at the Kettleby Town Hall from June 19 to 21.",
                  "The cast of 28 has rehearsed three evenings a week since January. The set was built from old "
                  "fishing crates donated by the harbour authority.",
                  "Tickets are $12 for adults and $5 for students at the town hall box office."],
                 ["The Kettleby Youth Theatre is a non-profit company for actors aged 12 to 19, founded in 2011."],
                 ["samira@kettlebytheatre.example"], ["(902) 555-0135"])},

    {"id": "e34-fr-01", "producer": "word", "opts": {"title": "direct", "title_size": 18, "head": "bold"},
     "note": "Association étudiante dans Word : un tableau de mise en page sans bordure (logo avec texte de "
     "remplacement | contact), 'COMMUNIQUÉ DE PRESSE – POUR DIFFUSION IMMÉDIATE', le titre en gras 18 pt dans "
     "Normal, un chapô court en italique, une liste Quand/Où/Tarif, '###', 'À propos de …' en gras.",
     "blocks": [("logotable", "Logo du Bureau des arts de Montclerc",
                 ["Contact presse : Anaïs Verbeke", "presse@bda-montclerc.example", "06 12 34 56 78"]),
                ("release", "COMMUNIQUÉ DE PRESSE \u2013 POUR DIFFUSION IMMÉDIATE"),
                ("title", "Le Bureau des arts de Montclerc lance son premier festival de courts-métrages"),
                ("sub", "Douze films d\u2019étudiants projetés en plein air sur le campus"),
                ("p", "MONTCLERC, le 4 avril 2026 \u2013 Le Bureau des arts de l\u2019université de Montclerc "
                 "organise son premier festival de courts-métrages étudiants, avec douze films sélectionnés parmi "
                 "soixante candidatures."),
                ("bullet", "Quand : vendredi 22 mai 2026, à partir de 20 h 30"),
                ("bullet", "Où : pelouse de la bibliothèque universitaire"),
                ("bullet", "Tarif : entrée libre"),
                ("p", "Un jury de trois réalisateurs de la région remettra le prix du public et le prix du jury à "
                 "la fin de la soirée."),
                ("end", "###"),
                ("head", "À propos du Bureau des arts"),
                ("p", "Le Bureau des arts de Montclerc est une association étudiante fondée en 2015 qui organise "
                 "des concerts, des expositions et des ateliers sur le campus.")],
     "expect": E("fr", "Le Bureau des arts de Montclerc lance son premier festival de courts-métrages",
                 "Douze films d\u2019étudiants projetés en plein air sur le campus", "MONTCLERC", "2026-04-04",
                 ["Le Bureau des arts de l\u2019université de Montclerc organise son premier festival de "
                  "courts-métrages étudiants, avec douze films sélectionnés parmi soixante candidatures.",
                  "Quand : vendredi 22 mai 2026, à partir de 20 h 30",
                  "Où : pelouse de la bibliothèque universitaire",
                  "Tarif : entrée libre",
                  "Un jury de trois réalisateurs de la région remettra le prix du public et le prix du jury à la "
                  "fin de la soirée."],
                 ["Le Bureau des arts de Montclerc est une association étudiante fondée en 2015 qui organise des "
                  "concerts, des expositions et des ateliers sur le campus."],
                 ["presse@bda-montclerc.example"], ["06 12 34 56 78"])},

    {"id": "e34-fr-02", "producer": "gdocs", "pdf": "chromium",
     "opts": {"title": "style", "sub": "style", "head": "Heading2", "spacing": True},
     "note": "Hackathon dans Google Docs : titre et sous-titre dans les styles Title et Subtitle, 'À propos de "
     "…' en Heading 2, une 'Note aux rédactions' sans marque de fin avant elle (corps, comme RECORD.md ne "
     "retire que ce qu'il nomme), deux contacts presse, une ligne de mots-dièse et de comptes à la fin.",
     "blocks": [("title", "Hack\u2019Loire réunit 150 codeurs pour les associations de Saint-Aubrac"),
                ("sub", "48 heures pour construire des outils numériques au service du bénévolat"),
                ("p", "SAINT-AUBRAC, le 9 octobre 2026 \u2013 Le hackathon Hack\u2019Loire se tiendra les 14 et "
                 "15 novembre à la halle Marcel-Pagnol, avec 150 participants répartis en trente équipes."),
                ("p", "Chaque équipe travaillera sur le besoin d\u2019une association locale : planning de "
                 "bénévoles, gestion des dons alimentaires ou covoiturage vers les clubs sportifs."),
                ("p", "\u00ab Les associations manquent rarement d\u2019idées, elles manquent de temps pour les "
                 "outils \u00bb, explique Clémence Dutertre, coorganisatrice."),
                ("head", "À propos de Hack\u2019Loire"),
                ("p", "Hack\u2019Loire est organisé depuis 2022 par l\u2019association Code Solidaire et des "
                 "étudiants de l\u2019IUT de Saint-Aubrac."),
                ("boldline", "Note aux rédactions"),
                ("p", "Les journalistes peuvent assister à la remise des prix le 15 novembre à 17 h."),
                ("boldline", "Contacts presse"),
                ("p", "Clémence Dutertre \u2013 clemence@hackloire.example \u2013 07 81 22 45 19"),
                ("p", "Yanis Belkacem \u2013 yanis@hackloire.example"),
                ("p", "#HackLoire2026 \u00b7 Instagram : @hackloire \u00b7 LinkedIn : Hack\u2019Loire")],
     "expect": E("fr", "Hack\u2019Loire réunit 150 codeurs pour les associations de Saint-Aubrac",
                 "48 heures pour construire des outils numériques au service du bénévolat", "SAINT-AUBRAC",
                 "2026-10-09",
                 ["Le hackathon Hack\u2019Loire se tiendra les 14 et 15 novembre à la halle Marcel-Pagnol, avec "
                  "150 participants répartis en trente équipes.",
                  "Chaque équipe travaillera sur le besoin d\u2019une association locale : planning de bénévoles, "
                  "gestion des dons alimentaires ou covoiturage vers les clubs sportifs.",
                  "\u00ab Les associations manquent rarement d\u2019idées, elles manquent de temps pour les outils "
                  "\u00bb, explique Clémence Dutertre, coorganisatrice.",
                  "Note aux rédactions",
                  "Les journalistes peuvent assister à la remise des prix le 15 novembre à 17 h."],
                 ["Hack\u2019Loire est organisé depuis 2022 par l\u2019association Code Solidaire et des étudiants "
                  "de l\u2019IUT de Saint-Aubrac."],
                 ["clemence@hackloire.example", "yanis@hackloire.example"], ["07 81 22 45 19"])},

    {"id": "e34-es-01", "producer": "word", "opts": {"title": "style", "head": "plain"},
     "note": "Pequeña empresa en Word: imagen de membrete con texto alternativo, 'PARA PUBLICACIÓN INMEDIATA', "
     "bloque de contacto alineado a la derecha antes del título, título en el estilo Title, una cita en un "
     "párrafo sangrado en cursiva, 'Acerca de …' sin negrita, '-30-' al final.",
     "blocks": [("image", "Membrete de Cerámicas Valdeolmo"),
                ("release", "PARA PUBLICACIÓN INMEDIATA"),
                ("contact", ["Contacto: Lucía Arregui", "Tel.: 612 345 678", "lucia@ceramicasvaldeolmo.example"],
                 "right"),
                ("title", "Cerámicas Valdeolmo abre un taller de torno para vecinos del barrio"),
                ("p", "VALDEOLMO, 18 de febrero de 2026 \u2013 Cerámicas Valdeolmo, un pequeño taller familiar "
                 "del casco antiguo, abrirá a partir de marzo sus tornos a los vecinos los martes y jueves por la "
                 "tarde."),
                ("p", "Las clases tendrán grupos de seis personas y un precio de 15 euros por sesión, con el "
                 "barro y la cocción incluidos."),
                ("quote", "\u201cQueremos que el taller vuelva a ser un sitio del barrio y no solo una tienda\u201d, "
                 "afirma la ceramista Lucía Arregui."),
                ("p", "Las inscripciones se pueden hacer en el propio taller, en la calle del Horno 7."),
                ("head", "Acerca de Cerámicas Valdeolmo"),
                ("p", "Cerámicas Valdeolmo es un taller fundado en 1986 que fabrica vajilla de gres y azulejos "
                 "pintados a mano."),
                ("end", "-30-")],
     "expect": E("es", "Cerámicas Valdeolmo abre un taller de torno para vecinos del barrio", None, "VALDEOLMO",
                 "2026-02-18",
                 ["Cerámicas Valdeolmo, un pequeño taller familiar del casco antiguo, abrirá a partir de marzo sus "
                  "tornos a los vecinos los martes y jueves por la tarde.",
                  "Las clases tendrán grupos de seis personas y un precio de 15 euros por sesión, con el barro y "
                  "la cocción incluidos.",
                  "\u201cQueremos que el taller vuelva a ser un sitio del barrio y no solo una tienda\u201d, afirma "
                  "la ceramista Lucía Arregui.",
                  "Las inscripciones se pueden hacer en el propio taller, en la calle del Horno 7."],
                 ["Cerámicas Valdeolmo es un taller fundado en 1986 que fabrica vajilla de gres y azulejos pintados "
                  "a mano."],
                 ["lucia@ceramicasvaldeolmo.example"], ["612 345 678"])},

    {"id": "e34-de-01", "producer": "gdocs",
     "opts": {"title": "direct", "title_size": 32, "sub": "direct", "sub_italic": True, "sub_size": 24,
              "sub_color": "000000", "head": "Heading2"},
     "note": "Verein in Google Docs (PDF: LibreOffice): der Titel fett 16 pt in Normal, eine kursive "
     "Unterzeile, eine Liste Wann/Wo/Eintritt, 'Über den …' in Googles Heading 2, am Ende zwei "
     "Pressekontakte, kein Schlusszeichen.",
     "blocks": [("release", "PRESSEMITTEILUNG"),
                ("title", "Repair-Café Lindenhain feiert fünfjähriges Bestehen mit großem Reparaturtag"),
                ("sub", "Ehrenamtliche reparieren Toaster, Fahrräder und Kleidung kostenlos"),
                ("p", "Lindenhain, 3. September 2026 \u2013 Das Repair-Café Lindenhain lädt zu seinem fünften "
                 "Geburtstag zu einem großen Reparaturtag ein, bei dem 25 Ehrenamtliche defekte Geräte und "
                 "Kleidung reparieren."),
                ("bullet", "Wann: Samstag, 19. September 2026, 10 bis 16 Uhr"),
                ("bullet", "Wo: Gemeindehaus Lindenhain, Kirchweg 12"),
                ("bullet", "Eintritt: frei, Spenden willkommen"),
                ("p", "Seit der Gründung hat der Verein nach eigener Zählung mehr als 2.300 Gegenstände vor dem "
                 "Müll bewahrt. Besonders häufig kommen Kaffeemaschinen und Lampen auf den Tisch."),
                ("p", "\u201eWer etwas selbst repariert hat, wirft es nicht mehr so schnell weg\u201c, sagt die "
                 "Vorsitzende Hannelore Brückner."),
                ("head", "Über das Repair-Café Lindenhain"),
                ("p", "Das Repair-Café Lindenhain ist ein gemeinnütziger Verein mit 60 Mitgliedern, der seit 2021 "
                 "monatlich Reparaturtreffen anbietet."),
                ("boldline", "Pressekontakte"),
                ("p", "Hannelore Brückner, Vorsitzende, presse@repaircafe-lindenhain.example, 0171 2345678"),
                ("p", "Jonas Feldkamp, Öffentlichkeitsarbeit, jonas.feldkamp@repaircafe-lindenhain.example")],
     "expect": E("de", "Repair-Café Lindenhain feiert fünfjähriges Bestehen mit großem Reparaturtag",
                 "Ehrenamtliche reparieren Toaster, Fahrräder und Kleidung kostenlos", "Lindenhain", "2026-09-03",
                 ["Das Repair-Café Lindenhain lädt zu seinem fünften Geburtstag zu einem großen Reparaturtag ein, "
                  "bei dem 25 Ehrenamtliche defekte Geräte und Kleidung reparieren.",
                  "Wann: Samstag, 19. September 2026, 10 bis 16 Uhr",
                  "Wo: Gemeindehaus Lindenhain, Kirchweg 12",
                  "Eintritt: frei, Spenden willkommen",
                  "Seit der Gründung hat der Verein nach eigener Zählung mehr als 2.300 Gegenstände vor dem Müll "
                  "bewahrt. Besonders häufig kommen Kaffeemaschinen und Lampen auf den Tisch.",
                  "\u201eWer etwas selbst repariert hat, wirft es nicht mehr so schnell weg\u201c, sagt die "
                  "Vorsitzende Hannelore Brückner."],
                 ["Das Repair-Café Lindenhain ist ein gemeinnütziger Verein mit 60 Mitgliedern, der seit 2021 "
                  "monatlich Reparaturtreffen anbietet."],
                 ["presse@repaircafe-lindenhain.example", "jonas.feldkamp@repaircafe-lindenhain.example"],
                 ["0171 2345678"])},

    {"id": "e34-pt-01", "producer": "word", "opts": {"title": "style", "head": "bold"},
     "note": "Campanha local em Word a partir de um modelo: bloco de contacto à esquerda antes do título, "
     "'PARA DIVULGAÇÃO IMEDIATA', título no estilo Title, sem secção 'Sobre', '###', depois 'Nota aos "
     "editores' em negrito (nem corpo nem Sobre).",
     "blocks": [("contact", ["Contacto de imprensa:", "Beatriz Lameirinho", "Tel.: 912 345 678",
                             "beatriz@salvarojardim.example"], "left"),
                ("release", "PARA DIVULGAÇÃO IMEDIATA"),
                ("title", "Moradores de Vila Serrana lançam petição para salvar o Jardim do Coreto"),
                ("p", "VILA SERRANA, 27 de abril de 2026 \u2013 Um grupo de moradores lançou uma petição contra a "
                 "construção de um parque de estacionamento no Jardim do Coreto, o único espaço verde do centro "
                 "da vila."),
                ("p", "A petição já reuniu 1.400 assinaturas em duas semanas e será entregue na assembleia "
                 "municipal de 14 de maio."),
                ("p", "\u201cO jardim é onde os nossos filhos aprenderam a andar de bicicleta\u201d, afirma "
                 "Beatriz Lameirinho, uma das promotoras."),
                ("end", "###"),
                ("head", "Nota aos editores"),
                ("p", "Há fotografias do jardim disponíveis a pedido.")],
     "expect": E("pt", "Moradores de Vila Serrana lançam petição para salvar o Jardim do Coreto", None,
                 "VILA SERRANA", "2026-04-27",
                 ["Um grupo de moradores lançou uma petição contra a construção de um parque de estacionamento no "
                  "Jardim do Coreto, o único espaço verde do centro da vila.",
                  "A petição já reuniu 1.400 assinaturas em duas semanas e será entregue na assembleia municipal "
                  "de 14 de maio.",
                  "\u201cO jardim é onde os nossos filhos aprenderam a andar de bicicleta\u201d, afirma Beatriz "
                  "Lameirinho, uma das promotoras."],
                 [], ["beatriz@salvarojardim.example"], ["912 345 678"])},

    {"id": "e34-it-01", "producer": "word", "opts": {"title": "direct", "title_size": 18, "head": "bold"},
     "note": "Lancio di una collezione NFT in Word: tabella di impaginazione senza bordi (logo con testo "
     "alternativo | contatti), il titolo in grassetto 18 pt in Normal, un occhiello in corsivo, 'Chi siamo' in "
     "grassetto, '###', poi una riga di hashtag e account social.",
     "blocks": [("logotable", "Logo di Pixelnove",
                 ["Ufficio stampa: Giulia Ferraresi", "stampa@pixelnove.example", "+39 331 234 5678"]),
                ("release", "COMUNICATO STAMPA"),
                ("title", "Pixelnove lancia una collezione NFT per finanziare il restauro del teatro di Borgoleone"),
                ("sub", "Mille opere digitali disegnate da illustratori del territorio"),
                ("p", "BORGOLEONE, 12 marzo 2026 \u2013 Lo studio Pixelnove ha messo in vendita oggi mille opere "
                 "digitali ispirate al Teatro Comunale di Borgoleone, chiuso dal 2019 per lavori."),
                ("p", "Il ricavato, al netto delle commissioni, andrà al comitato cittadino che raccoglie i fondi "
                 "per il restauro del sipario e dei palchi."),
                ("p", "\u00abAbbiamo voluto che anche chi vive lontano potesse possedere un pezzo del teatro\u00bb, "
                 "spiega la fondatrice Giulia Ferraresi."),
                ("head", "Chi siamo"),
                ("p", "Pixelnove è uno studio di illustrazione digitale fondato nel 2022 a Borgoleone da tre ex "
                 "studenti dell\u2019Accademia di Belle Arti."),
                ("end", "###"),
                ("p", "#Pixelnove #SalviamoIlTeatro \u2013 Instagram @pixelnove \u2013 X @pixelnove_art")],
     "expect": E("it", "Pixelnove lancia una collezione NFT per finanziare il restauro del teatro di Borgoleone",
                 "Mille opere digitali disegnate da illustratori del territorio", "BORGOLEONE", "2026-03-12",
                 ["Lo studio Pixelnove ha messo in vendita oggi mille opere digitali ispirate al Teatro Comunale di "
                  "Borgoleone, chiuso dal 2019 per lavori.",
                  "Il ricavato, al netto delle commissioni, andrà al comitato cittadino che raccoglie i fondi per "
                  "il restauro del sipario e dei palchi.",
                  "\u00abAbbiamo voluto che anche chi vive lontano potesse possedere un pezzo del teatro\u00bb, "
                  "spiega la fondatrice Giulia Ferraresi."],
                 ["Pixelnove è uno studio di illustrazione digitale fondato nel 2022 a Borgoleone da tre ex "
                  "studenti dell\u2019Accademia di Belle Arti."],
                 ["stampa@pixelnove.example"], ["+39 331 234 5678"])},
]
