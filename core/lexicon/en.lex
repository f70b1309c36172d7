# en.lex - English: the words of press releases written in English.
# Format and sections: core/lexicon/README. Entries are matched without
# regard to case; they are written in lower case but for abbreviations
# and names. A block under "# added for issue 13" and {pending} holds
# words that no rule sees yet.

[release_lines]
# headline.release_line.regulatory: the label a listed company's notice opens with, saying under which disclosure rule it is published (inside information, regulated information): a release line
inside information {alone}
regulated information {alone}
regulatory announcement {alone}
for immediate release
immediate release
for release
embargoed until
embargoed for
embargoed
embargo {alone}
under embargo until
joint media release
joint press release
joint news release
joint statement
press release {tail}
news release {tail}
media release {tail}
media statement {tail}
press statement {tail}
media advisory
news advisory
press note
release {alone}
# added for issue 13: the release lines of every language (headline.release_line.*)
media alert
for immediate distribution
for immediate publication
news from
# the phrase written with a hyphen ("Press-Release", "News-Release")
press-release {tail}
news-release {tail}
media-release {tail}
# an embargo line in the language's words, the time it ends after it
# (headline.release_line.embargo_case: read in any case)
embargo until

[end_marks]
end
ends
end of release
# added for issue 13 (live: text after these end marks was left in the body)
end of press release
# the wire's closing line, the issuer's name after it, in capitals as
# the wire sets it (PR Newswire: "SOURCE Harbour Trust")
source {name_follows}

[headline_labels]
headline
title

[site_labels]
press room
newsroom
news room
press releases
press release
news
home
media centre
media center

[caption_leads]
figure {number}
fig. {number}
illustration {number}
photo {colon}
image {colon}
picture {colon}
photo credit
# body.caption.credit: a picture's credit line, whose it is after the lead
photo by {name_follows}
photos by {name_follows}
photo courtesy {name_follows}
photo courtesy of {name_follows}
photos courtesy of {name_follows}
image courtesy of {name_follows}
courtesy photo {name_follows}
photograph {colon}
photography {colon}
credit {colon name_follows}
image credit
picture credit
photo © {name_follows}

[junk_lines]
share
share this
share this article
share on facebook
share on twitter
tweet
print
email
back to top
read more
click here
subscribe
skip to main content
skip to content
# furniture.junk_line: a newsroom page's share button
# and its link back to the list, alone on a line
back to newsroom
back to news
back to press releases
back to all news

[junk_prefixes]
# furniture.wire.disclosure_service: the lines a disclosure service (EQS, formerly DGAP; the RNS) sets around an issuer's notice: its header, the issuer's responsibility, its footer and news id
the issuer is solely responsible for the content
end of news eqs
end of inside information eqs
eqs news id
rns number
eqs-news:
eqs-ad-hoc:
eqs-adhoc:
view original content
view source version
view the original
view original
originally published
read more
connect with
follow us

[social_labels]
website
homepage
home page

[about_headings]
about
# added for issue 13 (live: rule_about_heading() read them already; now every rule does)
more about
learn more about
# about.whole_line: the whole heading, no name after it ("Who we are")
about us
who we are
# about.whole_line.profile: the company profile or boilerplate named as
# such, alone on its line ("Company profile", "Boilerplate"); not
# "Background", which heads the issue's own context as often as the body
company profile
corporate profile
company overview
boilerplate

[editor_notes_headings]
# about.editor_notes: the heading of the notes to editors that close a
# release (UK and Commonwealth practice); its section is the release's
# About when it only describes the bodies the release names, else it
# stays body (sections.c)
notes to editors
note to editors
notes for editors
note for editors
notes to the editor
note to the editor
notes for the editor
editor's notes
editors' notes
editor's note
editors' note
notes for editors and journalists

[contact_headings]
# contacts.heading.investors: a listed company's investor desk heads its own contact block beside the media's
investors
investor contacts
investor inquiries
investor enquiries
analysts and investors
investor and analyst contacts
media contacts
media contact
press contacts
press contact
media inquiries
media enquiries
press inquiries
press enquiries
for media inquiries
for media enquiries
enquiries
inquiries
contact press
media relations
investor contact
investor relations
# contacts.heading.audience_pair: the investor desk heads its contacts as the media's does
analyst relations
contacts
contact
for more information
for further information
further information
more information
# added for issue 13 (live: sections under these headings were left in the body)
for more details
# contacts.heading: the audience, then what it may ask for, closed by a
# colon ("For press tickets and interviews:", "For media accreditation:")
for press
for media

[contact_leads]
for more information
for further information
for media inquiries
for media enquiries
media contact
press contact
media inquiries
contact {colon}
contacts {colon}
# contacts.press_label: the press desk named by one word and its colon
# over the contact's name and address ("Press: Ida Venn, ida@…")
press {colon}

[contact_words]
contact
inquiries
enquiries

[months]
january = 1
february = 2
march = 3
april = 4
may = 5
june = 6
july = 7
august = 8
september = 9
october = 10
november = 11
december = 12
jan = 1
feb = 2
mar = 3
apr = 4
jun = 6
jul = 7
aug = 8
sept = 9
sep = 9
oct = 10
nov = 11
dec = 12

[weekdays]
monday = 1
tuesday = 2
wednesday = 3
thursday = 4
friday = 5
saturday = 6
sunday = 7
mon = 1
tue = 2
tues = 2
wed = 3
thu = 4
thurs = 4
fri = 5
sat = 6
sun = 7

[ordinals]
# added for issue 13
{pending}
first = 1
second = 2
third = 3
fourth = 4
fifth = 5
sixth = 6
seventh = 7
eighth = 8
ninth = 9
tenth = 10

[ordinal_suffixes]
st
nd
rd
th

[date_connectors]
of

[date_leads]
on

[date_labels]
published
date
# added for issue 13
release date
date of release
# furniture.web.published_line: the date line a newsroom page prints
# under the title ("Published 9 February 2026")
posted on
posted
published on

[closing_date_leads]
date {colon}
dated {colon}
issued {colon}
released {colon}
published {colon}

[today_words]
today

[place_particles]
upon
on
of

[place_suffixes]
# the District of Columbia after "Washington"
D C
D.C.
DC
D.C

[place_labels]
tel
tel.
phone
fax
date
mobile
email
e-mail
contact
updated
published
posted
issued
released
ref
# a participle before a date says when, never where ("Created 1/1/2022",
# "Updated March 5, 2024"): dateline.shape.label
created
founded
established
modified
revised

[month_first_places]
# US places, whose datelines read month first
NEW YORK
WASHINGTON
CHICAGO
LOS ANGELES
SAN FRANCISCO
BOSTON
SEATTLE
AUSTIN
DALLAS
HOUSTON
ATLANTA
MIAMI
DENVER
PHOENIX
SAN DIEGO
SAN JOSE
PHILADELPHIA
DETROIT
MINNEAPOLIS
PORTLAND
NASHVILLE
LAS VEGAS
ORLANDO
PITTSBURGH
CAMBRIDGE, MA
PALO ALTO
MOUNTAIN VIEW
REDMOND
MENLO PARK
SUNNYVALE
IRVINE
CHARLOTTE
GUAM
HAGÅTÑA
HAGATNA
# state abbreviations, after a comma
NY {after_comma}
CA {after_comma}
TX {after_comma}
MA {after_comma}
FL {after_comma}
IL {after_comma}
WA {after_comma}
D.C. {after_comma}
DC {after_comma}
GA {after_comma}
PA {after_comma}
OH {after_comma}
NJ {after_comma}
VA {after_comma}
CO {after_comma}
AZ {after_comma}
MI {after_comma}
MN {after_comma}
NC {after_comma}
TN {after_comma}
OR {after_comma}
MD {after_comma}
Calif. {after_comma}
Mass. {after_comma}
Fla. {after_comma}

[byline_leads]
by
prepared by
written by
source {colon}
author {colon}

[signature_titles]
minister
president
secretary
director
spokesperson
spokesman
chairman
chair
ceo
chief
governor
ambassador
mayor
commissioner
general
head of
coordinator

[person_titles]
Dr.
Dr
Mr.
Mrs.
Ms.
Prof.
Sir
Dame
Eng.
# quotes.speaker_honorific: British and Australian style writes the
# courtesy titles without a full stop ("Mr Chester said", "Ms Okafor
# said"), and Australian councils title a councillor "Cr" ("Cr Ruth
# Bell"), the UK "Cllr"
Mr
Mrs
Ms
Mx
Cr
Cllr

[role_words]
# word beginnings: "minist*" is minister, ministers, ministry ...
minist*
presiden*
director*
chief*
ceo*
cfo*
chair*
secretar*
general*
major*
colonel*
spokes*
mayor*
governor*
senator*
head*
founder*
ambassad*
commissioner*
rector*
dean*
coach*
captain*
king*
queen*
prince*
sheikh*
assistant*
deputy*
prime*
profes*
vice*
senior*
executive*
managing*
officer*
operating*
operations*
financial*
technology*
marketing*
communications*
manager*
coordinat*
advisor*
adviser*
partner*
superintendent*
commander*
inspector*
chancellor*
board*
his excellency*
her excellency*
# quotes.org_role_before_name: "said Dunmore Council leader Ann Bright"
leader

[not_name_words]
He
She
It
We
They
The
This
That
These
In
On
At
But
And
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
Today
Yesterday
Mr
Mrs
Ms
Dr
# the first person too ("Ich widersprach: „…“"): a pronoun is no speaker's name
I

[articles]
the

[speech_verbs]
said
says
added
adds
explained
explains
noted
notes
stated
states
commented
continued
remarked
emphasized
emphasised
concluded
observed
told
declared
announced
according to {name_follows}
# added for issue 13, live: attributions releases write (tests/conventions/quotes)
stressed
pointed out
highlighted
# quotes.speech_verbs.gaps (issue 13): the present tense of the verbs
# above, and attribution verbs releases write ("shared Jane Doe")
emphasizes
emphasises
concludes
observes
stresses
highlights
points out
continues
comments
remarks
recalled
recalls
acknowledged
acknowledges
affirmed
affirms
shared
underlined
underlines
reflected
reflects
confirmed
confirms
# quotes.speech_verbs.reply: verbs of reply and objection, a second
# speaker answering the first ("…,” countered Chief Economist Jane Roe)
replied
replies
responded
responds
countered
counters
retorted
retorts
objected
objects

[pronoun_attributions]
he said
she said
he added
she added
he explained
she explained
he says
she says
said he
said she

[contact_roles]
director
manager
officer
head
chief
ceo
cfo
coo
cto
founder
co-founder
spokesperson
spokesman
spokeswoman
coordinator
executive
president
vice president
vp
associate
specialist
lead
advisor
adviser
consultant
secretary
assistant
editor
analyst
partner

[org_words]
inc {strong}
inc. {strong}
ltd {strong}
ltd. {strong}
limited {strong}
plc {strong}
llc {strong}
llp {strong}
corp {strong}
corp. {strong}
corporation {strong}
company {strong}
ministry {strong}
university {strong}
group
communications
agency
association
foundation
institute
senate
department
council
bureau
services
service
partners
pr
media
relations
press
communication
city
office
coalition
alliance
centre
center

[org_suffixes]
Inc
Inc.
Ltd
Ltd.
LLC
LLP
plc
Corp.
Co.

[phone_labels]
tel
tel.
phone
telephone
mobile
mob
cell
cellular
fax
call
calling
ring
hotline
helpline
t:
m:
p:
f:
ph
t.
m.

[email_labels]
email
e-mail
mail
office
contact

[contact_field_labels]
e-mail
email
mail
tel.
tel
telephone
phone
mobile
mob.
mob
cell.
cell
web
website
internet
contact
name
fax
# contacts.table_header: the column heads of a contact table (Name |
# Role | Phone | E-mail), never a contact's organisation or role
role

[number_references]
no.
no
num.
ref
vat
art.
article
case
file

[number_units]
euro*
dollar*
people*
million*
billion*
years*

[function_words]
the
of
for
and
in
on
at
to
a
an
by
with
from
# acronyms.translated (issue 13): more prepositions and conjunctions a
# name holds in small letters ("Front against the Coup")
against
between
without
within
through
across
among
into
onto
upon
via
or
nor

[head_nouns]
agency
institute
council
committee
authority
program
organization
department
ministry
bank
fund
bureau
center
company
office
commission
union
association
organisation
federation

[stop_words]
the
and
of
to
is
that
with
for
this
are
will
was
has
which

[hyphen_prefixes]
co
ex
non
self
anti
pre
post
multi
pro
quasi
semi
vice
mid
e
extra

[page_labels]
# the word before a page number that a text extraction left among the
# paragraphs ("Page 3", "Seite 2 von 5"); a space follows
page

[page_count_words]
# the word between a page number and the count of pages ("3 of 7",
# "2 sur 4"); a space follows
of

[meridiems]
# after a time of day: its half of the day, as the hour it adds (12 for
# the afternoon; "12 am" is midnight); read with ASCII letters in either case
am = 0
a.m. = 0
pm = 12
p.m. = 12

[acronym_or]
# acronyms.or_apposition: "the X, or ABC," — the long form, a comma or a
# dash, this word and the acronym, closed by a comma or a dash
or
# acronyms.or_apposition also: "the X, also known as ABC,"
also known as
also called

[acronym_stands_for]
# acronyms.stands_for: what comes between an acronym and the long form
# it spells out ("TRAIL, which stands for Teens Restoring ...")
which stands for
stands for
which is short for
is short for
short for

[acronym_trails]
# acronyms.paren_trail: the words after the acronym in its parenthesis
# that make it the name used from then on, none of it ("(HVTA for short)")
for short

[acronym_leads]
# acronyms.paren_lead: the words that open the parenthesis before the
# acronym it defines ("(hereinafter HBG)", "(kurz: KWG)", "(en adelante,
# CRAV)"), which are none of it
hereinafter referred to as
hereinafter
hereafter
in short
short
collectively
together
# acronyms.paren_lead: another name the text will use ("(also known as
# HVTA)", "(a.k.a. HVTA)")
also known as
known as
also called
a.k.a.
aka

[long_form_links]
# the prepositions that tie a long form to the noun before it ("Ministry
# of Health", "Agence de ..."): an acronym may start after one
of
for

[heading_joiners]
# lower-case words inside a heading run into its section's first line
# ("About Bureau of Standards The bureau ..."), as written, a space after
of
and

[role_complements]
# what ties a role to its complement ("ministre de l'Intérieur", "Minister
# of Finance"): the words after it name no speaker; as written, a space after
of

[contact_joiners]
# a word standing alone between two contacts ("Jane Doe / or / John Roe")
or
and

[feed_footer_leads]
# what opens a blog feed's footer ("The post X appeared first on Y"),
# a space after
the post

[feed_footer_links]
# the middle of that footer, as written, between spaces
appeared first on

[platform_credits]
# a site's credit to its platform ("This site is powered by X"), as
# written, between spaces, in a short line
is powered by

[follow_leads]
# what opens an invitation to follow an account ("Follow us on ..."), a
# space after
follow

[follow_targets]
# what such an invitation names, as written, anywhere in the line
social

[social_invitations]
# an invitation to the social accounts ("Join us on our socials"), as
# written, anywhere in a short line
our socials
our social media

[letterhead_leads]
# the imprint that electoral law asks of political communication, above
# the title ("Authorised by J. Doe, ...") or closing the text
# (closing.imprint): Australia's Commonwealth Electoral Act 1918 s 321D
# "Authorised by"; the UK's imprint "Promoted by"; the US FEC disclaimer
# "Paid for by"
authorised by
authorized by
promoted by
printed and promoted by
paid for by

[contact_heading_tails]
# what completes a contact heading in a short line ("Contact us",
# "Contact details")
us
details

[contact_line_leads]
# the label that opens a short contact line, read in capitals
# ("CONTACT Jane Doe 555 0100")
contact

[email_at_words]
# the word for "@" in an address written to fool harvesters, inside
# brackets ("jane [at] acme [dot] org")
at

[email_dot_words]
# the word for "." in such an address
dot

[possessive_endings]
# the ending of a possessive, as written (’ as '): a word that ends so
# ("Tuesday’s", "Acme's") is no name
's

[embargo_words]
# a word that puts the release line under embargo, anywhere in it, in
# any case, inside a word too ("EMBARGOED UNTIL", "Sperrfrist:")
embargo

[social_media_labels]
# what labels a list of accounts, anywhere in a line, in any case
# ("Follow Acme on Social Media: ...")
on social media:

[role_joiners]
# what joins two roles before a speaker's name ("Founder and CEO Adam
# Boitnott"), as written
and

[role_modifiers]
# quotes.role_modifier_title: the role words that qualify the noun after
# them ("Chief Economist", "Senior Curator", "Head Gardener", "Deputy
# Librarian"): in a title set before a name the capitalised word after
# one is the title's head noun, none of the name
chief
senior
deputy
head
lead
principal
vice
assistant
associate
managing
acting
interim
junior
# not "executive", "general": the head noun themselves after another role
# ("Chief Executive", "Attorney General")

[spell_dictionaries]
# the hunspell dictionary (Debian's, /usr/share/hunspell/NAME.dic) that
# repairs read the language with: the first one listed
en_US

[kind_words]
# kind.* (core/normalize/understand.c): words that say what kind of
# release a document is, opening its release line, its headline or a short
# line above the body; {alone}: only as a whole line; {anywhere}: inside
# such a line too
press release {kind_press}
news release {kind_press}
media release {kind_press}
joint press release {kind_press}
joint media release {kind_press}
for immediate release {kind_press}
statement {kind_statement alone}
statement by {kind_statement}
statement from {kind_statement}
statement on {kind_statement}
joint statement {kind_statement}
media statement {kind_statement}
press statement {kind_statement}
speech {kind_speech alone}
speech by {kind_speech}
speech of {kind_speech}
remarks by {kind_speech}
remarks of {kind_speech}
keynote address {kind_speech}
address by {kind_speech}
as prepared for delivery {kind_speech anywhere}
check against delivery {kind_speech anywhere}
media advisory {kind_advisory}
news advisory {kind_advisory}
media alert {kind_advisory}
photo opportunity {kind_advisory}
advisory {kind_advisory alone}
joint communiqué {kind_communique}
joint communique {kind_communique}
final communiqué {kind_communique}
final communique {kind_communique}
council of ministers {kind_communique anywhere}
newsletter {kind_newsletter tail}

[reference_leads]
# reference.lead (core/normalize/understand.c): what opens a release's own
# reference or number, the code follows
ref.
ref
reference
our ref.
our ref
our reference
release no.
release number
press release no.
press release number
news release no.
statement no.

[department_words]
# issuer.department (core/normalize/understand.c): a press or
# communication department, which is not the issuer; "... of X" names it
press office
media office
media relations
press relations
public relations
corporate communications
communications department
communications
communication
public affairs
news desk
press desk
media desk
press service

[role_org_links]
# quote.role (core/normalize/understand.c): the word between a speaker's
# role and the organisation it is held in ("chief executive of Acme")
of
of the
at
at the
with

[regions]
# dateline.shape.region_alone and dateline.lang.en_ap_style: US states,
# Canadian provinces and territories, Australian states and the nations
# of the United Kingdom, which stand alone as a dateline ("Ohio –") or
# follow a place after a comma. The abbreviations (AP Stylebook's and the
# postal codes) count only after a place and a comma: {after_comma}.
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Georgia
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington
West Virginia
Wisconsin
Wyoming
Puerto Rico
Alberta
British Columbia
Manitoba
New Brunswick
Newfoundland and Labrador
Nova Scotia
Ontario
Prince Edward Island
Quebec
Saskatchewan
Yukon
Nunavut
Northwest Territories
New South Wales
Queensland
Tasmania
South Australia
Western Australia
Northern Territory
England
Scotland
Wales
Northern Ireland
# abbreviations, after a comma
Ala. {after_comma}
Ariz. {after_comma}
Ark. {after_comma}
Calif. {after_comma}
Colo. {after_comma}
Conn. {after_comma}
Del. {after_comma}
Fla. {after_comma}
Ga. {after_comma}
Ill. {after_comma}
Ind. {after_comma}
Kan. {after_comma}
Ky. {after_comma}
La. {after_comma}
Md. {after_comma}
Mass. {after_comma}
Mich. {after_comma}
Minn. {after_comma}
Miss. {after_comma}
Mo. {after_comma}
Mont. {after_comma}
Neb. {after_comma}
Nev. {after_comma}
N.H. {after_comma}
N.J. {after_comma}
N.M. {after_comma}
N.Y. {after_comma}
N.C. {after_comma}
N.D. {after_comma}
Okla. {after_comma}
Ore. {after_comma}
Pa. {after_comma}
R.I. {after_comma}
S.C. {after_comma}
S.D. {after_comma}
Tenn. {after_comma}
Vt. {after_comma}
Va. {after_comma}
Wash. {after_comma}
W.Va. {after_comma}
Wis. {after_comma}
Wyo. {after_comma}
D.C. {after_comma}
AL {after_comma}
AK {after_comma}
AZ {after_comma}
AR {after_comma}
CA {after_comma}
CO {after_comma}
CT {after_comma}
DE {after_comma}
FL {after_comma}
GA {after_comma}
HI {after_comma}
ID {after_comma}
IL {after_comma}
IN {after_comma}
IA {after_comma}
KS {after_comma}
KY {after_comma}
LA {after_comma}
ME {after_comma}
MD {after_comma}
MA {after_comma}
MI {after_comma}
MN {after_comma}
MS {after_comma}
MO {after_comma}
MT {after_comma}
NE {after_comma}
NV {after_comma}
NH {after_comma}
NJ {after_comma}
NM {after_comma}
NY {after_comma}
NC {after_comma}
ND {after_comma}
OH {after_comma}
OK {after_comma}
OR {after_comma}
PA {after_comma}
RI {after_comma}
SC {after_comma}
SD {after_comma}
TN {after_comma}
TX {after_comma}
UT {after_comma}
VT {after_comma}
VA {after_comma}
WA {after_comma}
WV {after_comma}
WI {after_comma}
WY {after_comma}
DC {after_comma}
PR {after_comma}
AB {after_comma}
BC {after_comma}
MB {after_comma}
NB {after_comma}
NL {after_comma}
NS {after_comma}
ON {after_comma}
PE {after_comma}
QC {after_comma}
SK {after_comma}
YT {after_comma}
NU {after_comma}
NT {after_comma}
Ont. {after_comma}
Que. {after_comma}
Alta. {after_comma}
Sask. {after_comma}
Man. {after_comma}
B.C. {after_comma}
N.S. {after_comma}
NSW {after_comma}
QLD {after_comma}
VIC {after_comma}
TAS {after_comma}
ACT {after_comma}

[column_words]
# headline.wire_column: a short name before a dash that holds one of
# these is a service column or rubric, a tag ("Terroirs en bref – …")
monitor
news
update
briefing
digest
roundup
spotlight
event
feature
column
weekly
daily
insight
focus
in brief
bulletin
dispatch

[day_first_spellings]
# date.numeric.uk_spelling: the spellings of British and Commonwealth
# English (Oxford and Cambridge dictionaries' -our, -re, -ise, -ll-,
# -ogue, -ence forms) whose American forms differ (Merriam-Webster):
# a text that uses them, and not the American ones, was written where
# numeric dates read day first (CLDR en-GB, en-AU, en-NZ, en-IE, en-IN).
# Stems only where no other word begins so ("organism", "realism" do)
colour*
favour*
behaviour*
neighbour*
labour*
honour
honours
honoured
harbour*
programme*
centre
centres
centred
theatre*
litre*
fibre*
calibre
organisation*
organise
organised
organises
organising
organiser*
realise
realised
realises
realising
recognis*
prioritis*
utilis*
mobilis*
apologis*
minimis*
travelled
travelling
traveller*
cancelled
cancelling
modelling
enrolment*
fulfilment
jewellery
aluminium
licence*
defence*
catalogue*

[month_first_spellings]
# date.numeric.uk_spelling: the American forms of the same words
# (Merriam-Webster); where a text has more of these, the spelling says
# nothing for the date
color
colors
colored
colorful
favor
favors
favored
favorite*
favorable
behavior*
neighbor*
honor
honors
honored
harbor*
center
centers
centered
theater*
liter
liters
fiber*
caliber
organiz*
realize
realized
realizes
realizing
recogniz*
prioritiz*
utiliz*
mobiliz*
apologiz*
minimiz*
traveled
traveling
traveler*
canceled
canceling
modeling
enrollment*
fulfillment
jewelry
aluminum
defense*
catalog
catalogs

[day_first_places]
# date.numeric.ambiguous_day_first: English outside the US reads a
# numeric date day first (CLDR short dates of en-GB, en-IE, en-AU, en-NZ,
# en-IN, en-ZA: d/M/y); the dateline's country or capital says so
England
Scotland
Wales
Northern Ireland
United Kingdom
UK
U.K.
Ireland
Australia
New Zealand
India
South Africa
London
Dublin
Edinburgh
Cardiff
Belfast
Sydney
Melbourne
Canberra
Auckland
Wellington
New Delhi
Mumbai
Johannesburg
Cape Town

[hijri_months]
# dateline.ar.hijri in English: the Hijri months as English-language
# Gulf releases spell them; a Hijri date is passed over, never read
Muharram = 1
Safar = 2
Rabi al-Awwal = 3
Rabi al-Thani = 4
Jumada al-Awwal = 5
Jumada al-Thani = 6
Rajab = 7
Shaaban = 8
Sha'ban = 8
Ramadan = 9
Shawwal = 10
Dhu al-Qadah = 11
Dhu al-Hijjah = 12

[calendar_marks]
# dateline.ar.hijri in English: "24 Shaaban 1445 AH, corresponding to"
AH
AD
corresponding to

[issuer_labels]
# dateline.wire.prnewswire: the scraped page's stack above the dateline
news provided by
provided by

[phone_extensions]
# contacts.phone_extension: the word before an extension after a number
# ("ext. 12", "ext 12"): the extension is part of the phone
ext.
ext
extension

[phone_alternatives]
# the word between a phone number and another one to call instead
# ("555 0100 or 555 0101"): the second is a phone too (contacts.phone_alternative)
or

[closing_list_headings]
# closing.references: the heading of a list of works cited closing the
# release, alone on its line (a colon after it or not)
works cited
references
sources
sources cited
bibliography
further reading

[appendix_headings]
# closing.appendix: the heading of material appended after the release
# (a list, a document, a table of figures), alone on its line, a
# letter or number after it allowed
appendix
appendices
annex
annexes
attachment

[social_headings]
# closing.social: the heading of a list of the issuer's accounts closing
# the release, alone on its line (a colon after it or not)
social media
follow us
follow us on
follow us on social media
connect with us
connect with us on
stay connected
find us online
find us on social media

[advisory_labels]
# advisory.five_w: the labels of a media advisory's lines ("WHAT:",
# "WHEN:"), a colon after them: the event's facts, body, never a
# subheadline, a dateline or the release's date
what
when
where
who
why
how
date and time
location
visuals
interview opportunities

[link_labels]
# what a browser prints for an embedded post it cannot show, in brackets
# alone on its line (furniture.link_line)
link to tweet
link to post
link to video
view on twitter
view on instagram
watch on youtube
embedded tweet
embedded video

[legal_links]
# the legal links of a site's footer, printed with the page
# (furniture.site_footer): a footer's evidence, never a release's text
privacy policy
privacy notice
privacy statement
terms of use
terms of service
terms and conditions
cookie policy
cookie settings
legal notice
accessibility statement
sitemap
site map

[suspended_hyphen_words]
# conjunctions after a suspended hyphen ("pre- and post-war", "two- or
# three-day"; Chicago Manual of Style 7.95); not "to", which joins
# compounds ("ready-to-heat")
and
or

[download_leads]
# furniture.download_link: the verb that opens a link to a file a page
# offers for download ("Download the report (PDF)")
download*

[valedictions]
# byline.valediction: the complimentary close of a letter-style release,
# alone on its line above the signature (a comma or a full stop after it)
yours sincerely
sincerely
sincerely yours
yours faithfully
kind regards
best regards
with best regards
regards
yours truly
respectfully

[masthead_labels]
# labels a sender's masthead box gives besides its contact fields
# (body.side_facts: no fact of the text)
address
headquarters
hq
vat
registration
# the last word of "Web site:", "Site internet :"
site

# release.mail_headers: an e-mail's header names (1 subject, 2 sent date, 3 an address)
[mail_headers]
subject = 1
date = 2
sent = 2
from = 3
to = 3
cc = 3
bcc = 3
reply-to = 3

[web_nav_items]
# furniture.web.nav_menu: a site's menu items
home
about us
newsroom
news
media
media centre
media center
press
press releases
careers
contact
contact us
services
investors
events

[cookie_leads]
# furniture.web.cookie_notice
we use cookies
this website uses cookies
this site uses cookies
our website uses cookies
by continuing to browse, you agree to our use of cookies

[cookie_buttons]
accept all
accept all cookies
accept cookies
reject all
manage settings
cookie settings
manage cookies
decline

[tag_labels]
# furniture.web.tags
tags
topics
filed under

[meta_labels]
# furniture.web.meta_box
category
categories
section
filed in

[related_headings]
# furniture.web.related
related
related articles
related content
related news
related releases
related press releases
more news
more releases
latest news
more press releases
you may also be interested in
read also

[about_copulas]
# about.headless: the verb (and article) after a body's name that opens
# its description, its boilerplate written without a heading
is a
is an
was founded

[about_notices]
# about.headless.notice: the statements US public bodies and employers
# set after the end mark ("X is an equal opportunity employer and …",
# the words after the verb and its article):
# a notice the law asks for, not the body's description
equal opportunity
equal-opportunity
affirmative action

# furniture.mail.forward_marker: the line a mail client writes over a forwarded or quoted message
[mail_forward_markers]
forwarded message
original message
begin forwarded message

# furniture.mail.forward_marker: the verb of a reply's attribution line ("On … X wrote:")
[mail_wrote]
wrote

# furniture.mail.greeting: the sender's salutation over the release
[mail_greetings]
dear editor
dear editors
dear sir or madam
dear colleagues
dear all
dear journalists
hello
hi all
good morning

# furniture.mail.disclaimer: the mail server's legal notice under the message
[mail_disclaimers]
this e-mail and any attachments
this email and any attachments
this message and any attachments
this e-mail is confidential
this email is confidential
this message is confidential
confidentiality notice
disclaimer:
the information contained in this e-mail
the information contained in this email

# furniture.mail.newsletter: a newsletter's view-in-browser, why-you-got-it and unsubscribe lines
[newsletter_lines]
view this email in your browser
view this email in a browser
view this e-mail in your browser
view in browser
view online
you are receiving this email because
you are receiving this e-mail because
you received this email because
you received this e-mail because
our mailing address is
want to change how you receive these emails
you can update your preferences
unsubscribe from this list
unsubscribe

# headline.mail_subject: a Subject's reply and forward prefixes ("Fwd:", "TR:", "AW:")
[mail_subject_prefixes]
re
fw
fwd

# contacts.address_line: the label of a postal address line in a contact block
[address_labels]
address
postal address
office address
visiting address
mailing address

[reader_possessives]
# contacts.heading.reader_possessive: a contact heading addressing the
# reader ("Your contact", "Ihre Ansprechpartner", "Vos contacts")
your

[dial_in_words]
# contacts.dial_in: a conference call's dial-in line and passcode in the body's text: the number reaches a call at one hour, no person or desk
dial
dial-in
dial in
dialing
dial-in number
conference id
passcode
participant code
access code
participant pin

[contact_audiences]
# contacts.heading.audience_pair: whom a contact desk serves, joined to
# another by [audience_joiners] in a heading ("Investor and media contact",
# "Contacts presse et investisseurs", "Presse- und Investorenkontakt")
media
press
news media
investor
investors
analyst
analysts
journalists

[audience_joiners]
# contacts.heading.audience_pair: the word between two audiences
and
&

[not_applicable]
# the optional sections that English does not have, each with why
# (core/lexicon/README, "Complete languages"): the compiler
# refuses a language file that neither fills nor names one here
top_level_domains  # language-neutral: the domains are any.lex's (contacts.email_wrapped)
copyright_leads  # language-neutral: any.lex holds "©", "(c)" and "copyright", which English releases print too
social_networks  # the networks' names are brands, the same in every language: any.lex
about_tails  # English's "about" opens the heading ([about_headings]); the postpositions (Turkish, Japanese, Korean) are in any.lex
about_founding  # English writes the founding after the name ("was founded", [about_copulas])
about_adjective_leads  # the Slavic About heading with an adjective (about.heading.slavic_adjective), in any.lex
about_adjective_nouns  # the nouns of that Slavic heading, in any.lex
about_elative_leads  # the Finnish About heading with an elative (about.heading.fi_elative), in any.lex
about_elative_endings  # the Finnish elative endings, in any.lex
clock_units  # English marks an hour with a.m./p.m. ([meridiems]) or its minutes, never a unit after it (AP Stylebook, "times")
clock_leads  # English writes no word for "o'clock" before an hour (Scandinavian "kl.", Finnish "klo": any.lex)
time_range_words  # any.lex holds the word between two hours for the Latin-script languages, English's with them ("to", "bis", "à", "tot", "a", "al")
era_marks  # an era glued to the year ("2024م"); English's "AD" and "AH" are [calendar_marks]
year_marks  # English writes no "year" mark after a year (Slavic "r.", "г.", Lithuanian "m.": any.lex)
day_marks  # English writes no "day" mark after a day (Lithuanian "d.": any.lex)
date_correspondences  # English's "corresponding to" is in [calendar_marks] (read with the Hijri months)
solar_hijri_months  # the Persian (Solar Hijri) calendar, in any.lex
buddhist_era_months  # the Thai calendar, in any.lex
buddhist_era_marks  # the Thai calendar, in any.lex
era_names  # the Japanese eras, in any.lex
name_particles  # a name's particles are its own language's ("van", "de", "bin"), read in every language; English writes none of its own (README, [name_particles])
name_stop_words  # Arabic only: where a name in a script without case ends; English ends a name at a lower-case word
verb_clitics  # English puts the object after the verb ("told him")
quote_particles  # Chinese, Japanese and Korean only; their words are in any.lex
quote_verbs  # Chinese, Japanese and Korean only; their words are in any.lex
subject_particles  # Chinese, Japanese and Korean only; their words are in any.lex
cjk_titles  # Chinese, Japanese and Korean only; their words are in any.lex
title_links  # Chinese, Japanese and Korean only; their words are in any.lex
family_names  # Chinese, Japanese and Korean only; their words are in any.lex
cjk_org_forms  # Chinese, Japanese and Korean only; their words are in any.lex
cjk_countries  # Chinese, Japanese and Korean only; their words are in any.lex
heading_marks  # Chinese, Japanese and Korean only; their words are in any.lex
cjk_unit_endings  # Chinese, Japanese and Korean only; their words are in any.lex
wire_labels  # the wire writes its label in English whatever the release's language ("Regulatory News:"), in any.lex
elided_links  # French only: "d" of "Agence d'Assistance"; English elides no preposition
hyphen_suffixes  # German only: its gender endings after a hyphen ("Bürger-innen"); English writes no ending after a hyphen
article_forms  # Arabic only: the article glued to its word ("وال")
hangul_endings  # Chinese, Japanese and Korean only; their words are in any.lex
agency_suffixes  # Chinese, Japanese and Korean only; their words are in any.lex

[number_words]
# acronyms.number_word: the cardinal numbers written out, a name's last
# word that its short form writes in figures ("Group of Twenty (G20)");
# a number of two parts joined by a hyphen adds them ("Twenty-Three")
one = 1
two = 2
three = 3
four = 4
five = 5
six = 6
seven = 7
eight = 8
nine = 9
ten = 10
eleven = 11
twelve = 12
thirteen = 13
fourteen = 14
fifteen = 15
sixteen = 16
seventeen = 17
eighteen = 18
nineteen = 19
twenty = 20
thirty = 30
forty = 40
fifty = 50
sixty = 60
seventy = 70
eighty = 80
ninety = 90
hundred = 100

# structure.translation_follows: a line alone naming the release given
# again in this language after the first (README)
[translation_marks]
english version
english text
english translation
in english
english below
version in english
english follows
