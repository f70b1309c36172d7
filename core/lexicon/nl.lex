# nl.lex - Dutch (the Netherlands and Flanders). Format and sections:
# core/lexicon/README. Most of it was added for issue 13: today's rules
# know Dutch months and little else, so the rest waits, tagged pending,
# for the rules that use it.

[release_lines]
# headline.release_line.regulatory: the label a listed company's notice opens with, saying under which disclosure rule it is published (inside information, regulated information): a release line
gereglementeerde informatie
voorwetenschap {alone}
koersgevoelige informatie
embargo {alone}
# added for issue 13: the release lines of every language (headline.release_line.*)
persbericht
gezamenlijk persbericht
persmededeling
persverklaring
nieuwsbericht
persuitnodiging
# issue 13 (nl complete): the distribution line over the title, as Dutch
# and Flemish press offices write it (headline.release_line.above)
voor onmiddellijke publicatie
voor directe publicatie
voor onmiddellijke verspreiding
mediabericht
# an embargo line in the language's words, the time it ends after it
# (headline.release_line.embargo_case: read in any case)
embargo tot
onder embargo tot

[end_marks]
# added for issue 13 (live: text after these end marks was left in the body)
einde
einde persbericht
# issue 13 (nl complete): the other closing phrases (closing.end_mark.phrase)
einde bericht
einde nieuwsbericht
einde mededeling

[headline_labels]
titel

[site_labels]
# added for issue 13
{pending}
nieuws
persberichten
perskamer

[caption_leads]
foto {colon}
# added for issue 13
{pending}
afbeelding {number}
{}
figuur {number}
tabel {number}
beeld {colon}
# body.caption.credit: de fotoverantwoording, de maker na de aanloop
fotografie {colon}
foto © {name_follows}

[junk_lines]
# added for issue 13
delen
afdrukken
lees meer
naar boven
# furniture.junk_line: a newsroom page's share button
# and its link back to the list, alone on a line
e-mail
printen
terug naar overzicht
terug naar nieuws

[about_headings]
# added for issue 13 (live: rule_about_heading() read them already; now every rule does)
over
over ons
meer over
# about.whole_line: the whole heading, no name after it ("Who we are")
wie zijn wij
wie wij zijn
# about.whole_line.profile
bedrijfsprofiel

[editor_notes_headings]
# about.editor_notes: the notes to editors that close a release (the
# Dutch one over the press contact, "Noot voor de redactie, niet voor
# publicatie", stays a contact lead: sections.c reads the contacts first)
noot voor de redactie
noten voor de redactie
noot voor redacties

[contact_headings]
contact
# the note to editors set as a heading of its own, above the press
# contact ("Noot voor de redactie, niet voor publicatie:", contacts.heading.comma_tail)
noot voor de redactie
# added for issue 13, live: the contact headings releases print (contacts.heading)
perscontact
persvragen
contactgegevens
voor meer informatie
meer informatie
# contacts.heading: the press office named as the heading ("Dirección de Prensa", "Medienstelle")
persdienst
persinformatie
voor de pers
# issue 13 (nl complete): the other headings Dutch and Flemish press
# offices print over their contacts (contacts.heading)
perscontacten
mediacontact
mediacontacten
informatie voor de pers
voor vragen van de pers
persvoorlichting
woordvoering

[months]
januari = 1
februari = 2
maart = 3
april = 4
mei = 5
juni = 6
juli = 7
augustus = 8
september = 9
oktober = 10
november = 11
december = 12
jan = 1
feb = 2
apr = 4
jun = 6
jul = 7
aug = 8
sep = 9
sept = 9
nov = 11
dec = 12
# added for issue 13 (live: a date written with them was not read)
mrt = 3
okt = 10

[weekdays]
# added for issue 13; read since dateline.lang.nl_month ("Oosterzand,
# dinsdag 1 oktober 2024")
maandag = 1
dinsdag = 2
woensdag = 3
donderdag = 4
vrijdag = 5
zaterdag = 6
zondag = 7
# issue 13 (nl complete): the weekday's two letters (Taalunie; CLDR
# nl), with or without a dot, as invitations and agendas date ("di 4
# maart 2025"; dateline.lang.nl_month)
ma = 1
di = 2
wo = 3
do = 4
vr = 5
za = 6
zo = 7

[ordinals]
# added for issue 13
{pending}
eerste = 1
tweede = 2
derde = 3
vierde = 4
vijfde = 5
zesde = 6
zevende = 7
achtste = 8
negende = 9
tiende = 10

[ordinal_suffixes]
# added for issue 13: "1e", "1ste", "2de"
{pending}
e
ste
de

[date_leads]
# added for issue 13; read since the weekdays are ("Op zaterdag 8 juni
# 2024 zet ..." is an event's date, and "Op" no place)
op

[date_labels]
# added for issue 13
datum
publicatiedatum
releasedatum
# furniture.web.published_line: the date line a newsroom page prints
# under the title ("Published 9 February 2026")
gepubliceerd op
gepubliceerd
geplaatst op

[closing_date_leads]
datum {colon}

[today_words]
# where.announced_today: live since the second pass of issue 13
vandaag

[place_particles]
# added for issue 13: Alphen aan den Rijn, Bergen op Zoom; read since
# dateline.lang.nl_month ("Nieuwkerk aan de Vliet, 5 maart 2024")
aan
den
op
# dateline.*: "Wijk bij Duurstede", "Hoek van Holland"
bij
van

[byline_leads]
auteur {colon}
# added for issue 13
door
bron {colon}
opgesteld door
geschreven door

[signature_titles]
minister
directeur
# added for issue 13, live: a signatory's title (byline.signature_block)
voorzitter
burgemeester
woordvoerder
algemeen directeur
wethouder
gedeputeerde
dijkgraaf
rector magnificus
secretaris-generaal
# byline.signature_full_stop: the body that signs, in small letters
# ("Het bestuur.", "De directie.")
bestuur
directie

[person_titles]
# Dutch writes its titles in lower case ("prof. dr. Jansen"); the rules
# compare titles as written, and know them capitalised only (en.lex), so
# these wait too
mr.
prof.
dr.
# added for issue 13
dhr.
mevr.
drs.
ir.

[role_words]
minist*
presiden*
directeur*
secretar*
ambassad*
senator*
profes*
vice*
# added for issue 13, live: titles before a speaker's name
burgemeester*
woordvoerder*
voorzitter*
oprichter*
wethouder*
commissaris*
gedeputeerde*
dijkgraaf*
rector*

[name_particles]
van {signatory}
der
den
ter
de

[articles]
# added for issue 13
{pending}
de
het

[speech_verbs]
# live for quote attribution (issue 17)
zei
verklaarde
aldus {name_follows}
# added for issue 13, live: attributions releases write (tests/conventions/quotes)
zegt
verklaart
benadrukte
benadrukt
stelde
stelt
volgens {name_follows}
# quotes.speech_verbs.gaps (issue 13): the attribution verbs that keep
# no particle apart from them ("vertelt Name"; "legt … uit" splits)
vertelt
vertelde
onderstreept
onderstreepte
reageert
reageerde
concludeert
concludeerde
meldt
meldde
antwoordt
antwoordde
# quotes.speech_verbs.reply: weerleggen, tegenwerpen, pareren
pareert
pareerde
werpt tegen
wierp tegen

[pronoun_attributions]
# "…", zei hij. Dutch names the pronoun after the verb
zei hij
zei ze
zei zij
zegt hij
zegt ze
zegt zij
voegde hij
voegde ze
voegt hij
voegt ze
vervolgt hij
vervolgt ze
benadrukte hij
benadrukte ze
legt hij
legt ze

[contact_roles]
directeur
manager
# added for issue 13, live: roles on contact lines (contacts.roles)
woordvoerder
woordvoerster
persvoorlichter
communicatieadviseur
hoofd
voorzitter
persvoorlichtster
communicatiemedewerker
medewerker communicatie
perswoordvoerder
hoofd communicatie

[org_words]
media
# added for issue 13, live: bodies on contact lines (contacts.organizations)
b.v. {strong}
n.v. {strong}
ministerie {strong}
universiteit {strong}
gemeente {strong}
stichting
vereniging
groep
bv {strong}
nv {strong}
hogeschool {strong}
waterschap {strong}
provincie {strong}
instituut
federatie
coöperatie

[org_suffixes]
# added for issue 13
B.V.
BV
N.V.
NV
VOF

[phone_labels]
tel
tel.
fax
# added for issue 13
telefoon
mobiel nummer
mobiel
gsm
# issue 13 (nl complete): the other labels of a Dutch contact line
# (contacts.phone_label: the label is no organisation)
telefoonnummer
telefonisch
mobiele telefoon

[email_labels]
e-mail
mail
e-mailadres
emailadres

[number_units]
euro*
# added for issue 13
{pending}
miljoen*
miljard*
jaar*

[acronym_or]
# acronyms.or_apposition: "the X, or ABC," — the long form, a comma or a
# dash, this word and the acronym, closed by a comma or a dash
oftewel

[acronym_stands_for]
# acronyms.stands_for: what comes between an acronym and the long form
# it spells out ("TRAIL, which stands for Teens Restoring ...")
staat voor
afkorting van

[acronym_trails]
# acronyms.paren_trail: the words after the acronym in its parenthesis
# that make it the name used from then on, none of it ("(hierna „HWB“ genoemd)", "(HWB afgekort)")
genoemd
afgekort

[acronym_leads]
# acronyms.paren_lead: the words that open the parenthesis before the
# acronym it defines ("(hereinafter HBG)", "(kurz: KWG)", "(en adelante,
# CRAV)"), which are none of it
hierna te noemen
hierna
afgekort
kortweg

[function_words]
de
en
in
# live since issue 13's audit (acronyms.repeated_letter: "Vereniging van …"):
# the rest of the language's function words
het
een
van
op
te
voor
met
door
aan
bij
uit
naar
om
tot

[head_nouns]
fonds
bank
bureau
# added for issue 13
{pending}
agentschap
instituut
raad
commissie
centrum
autoriteit
vereniging
federatie
organisatie
directie
ministerie
stichting
dienst

[stop_words]
# added for issue 13
{pending}
de
het
een
en
van
is
dat
niet
zijn
op

[embargo_words]
# a word that puts the release line under embargo, anywhere in it, in
# any case, inside a word too ("EMBARGOED UNTIL", "Sperrfrist:")
embargo

[spell_dictionaries]
# the hunspell dictionary (Debian's, /usr/share/hunspell/NAME.dic) that
# repairs read the language with: the first one listed
nl_NL

[kind_words]
# kind.* (core/normalize/understand.c)
persbericht {kind_press}
gezamenlijk persbericht {kind_press}
persmededeling {kind_press}
verklaring {kind_statement alone}
verklaring van {kind_statement}
gezamenlijke verklaring {kind_statement}
persverklaring {kind_statement}
toespraak {kind_speech alone}
toespraak van {kind_speech}
toespraak door {kind_speech}
speech van {kind_speech}
alleen het gesproken woord geldt {kind_speech anywhere}
het gesproken woord geldt {kind_speech anywhere}
persuitnodiging {kind_advisory}
uitnodiging voor de pers {kind_advisory}
uitnodiging voor de media {kind_advisory}
gezamenlijk communiqué {kind_communique}
slotcommuniqué {kind_communique}
ministerraad {kind_communique anywhere}
nieuwsbrief {kind_newsletter}

[reference_leads]
# reference.lead (core/normalize/understand.c)
kenmerk
ons kenmerk
ref.
persbericht nr.
persbericht nummer

[department_words]
# issuer.department (core/normalize/understand.c): a press or
# communication department, which is not the issuer; "... of X" names it
afdeling communicatie
persvoorlichting
woordvoering
persdienst
communicatie

[role_org_links]
# quote.role (core/normalize/understand.c): the word between a speaker's
# role and the organisation it is held in ("chief executive of Acme")
van
van de
van het
bij
bij de

[regions]
# dateline.shape.region_alone: Dutch provinces and Belgian regions
Drenthe
Flevoland
Friesland
Fryslân
Gelderland
Limburg
Noord-Brabant
Noord-Holland
Overijssel
Zeeland
Zuid-Holland
Vlaanderen
Wallonië

[place_labels]
# a participle before a date says when, never where ("Created 1/1/2022",
# "Updated March 5, 2024"): dateline.shape.label
gemaakt
gepubliceerd
bijgewerkt
opgericht
gewijzigd

[column_words]
# headline.wire_column: a short name before a dash that holds one of
# these is a service column or rubric, a tag ("Terroirs en bref – …")
nieuws
actueel
agenda
evenement
in het kort
column
bulletin
kort
# the newspaper sections a column is named after
economie
binnenland
buitenland

[phone_extensions]
# contacts.phone_extension: the word before an extension after a number
# ("toestel 12"): the extension is part of the phone
toestel

[phone_alternatives]
# the word between a phone number and another one to call instead
# ("555 0100 or 555 0101"): the second is a phone too (contacts.phone_alternative)
of

[closing_list_headings]
# closing.references: the heading of a list of works cited closing the
# release, alone on its line (a colon after it or not)
bronnen
bronvermelding
referenties
literatuur
literatuurlijst

[appendix_headings]
# closing.appendix: the heading of material appended after the release
# (a list, a document, a table of figures), alone on its line, a
# letter or number after it allowed
bijlage
bijlagen

[social_headings]
# closing.social: the heading of a list of the issuer's accounts closing
# the release, alone on its line (a colon after it or not)
sociale media
social media
volg ons
volg ons op
blijf op de hoogte

[advisory_labels]
# advisory.five_w: the labels of a media advisory's lines ("WHAT:",
# "WHEN:"), a colon after them: the event's facts, body, never a
# subheadline, a dateline or the release's date
wat
wanneer
waar
wie
waarom
locatie
plaats

[contact_leads]
# a paragraph that is a contact block in itself ("Voor meer informatie:
# Anouk de Wit, 06 ..., pers@..."); the note to editors that Dutch
# releases close with ("Noot voor de redactie, niet voor publicatie:")
# holds the press contact
voor meer informatie
voor nadere informatie
voor vragen
noot voor de redactie
noot voor redactie
meer informatie {colon}
contact {colon}
# contacts.press_label: the press desk named by one word and its colon
# over the contact's name and address ("Pers: Ida Venn, ida@…")
pers {colon}

[contact_words]
# a word that, with an e-mail and a phone, makes a paragraph a contact block
contact
informatie
inlichtingen

[contact_field_labels]
# "Tel.: 020 ...", "Mobiel: 06 ...", "Contactpersoon: Anouk ..."
telefoon
tel.
tel
mobiel
gsm
e-mail
email
mail
fax
website
web
naam
contactpersoon
contact
# contacts.table_header: the column heads of a contact table (Name |
# Role | Phone | E-mail), never a contact's organisation or role
functie

[page_labels]
# the word before a page number that a text extraction left among the
# paragraphs ("Pagina 3", "blz. 2")
pagina
blz.

[page_count_words]
# the word between a page number and the count of pages ("3 van 7")
van

[number_references]
# what before a number makes it a reference or an amount, not a phone
# ("Kenmerk 2024/0123", "KvK 12345678", "art. 12")
nr.
nr
nummer
kenmerk
zaaknummer
dossiernummer
kvk
btw
art.
artikel

[not_name_words]
# capitalised words opening a sentence that are no name ("Hij", "Het");
# not "De" or "Van", which open Flemish surnames ("De Smet")
Hij
Zij
Ze
Wij
We
Het
Een
Dit
Deze
Dat
Die
Vandaag

[follow_leads]
# what opens an invitation to follow an account, a space after
volg ons

[follow_targets]
# what such an invitation names, as written, anywhere in the line
sociale media
social media

[social_invitations]
onze sociale media
onze socials

[feed_footer_leads]
# what opens a blog feed's footer ("Het bericht X verscheen eerst op Y"),
# a space after
het bericht

[feed_footer_links]
# the middle of that footer, as written, between spaces
verscheen eerst op

[platform_credits]
# a site's credit to its platform ("Trots aangedreven door WordPress"), as
# written, between spaces, in a short line
aangedreven door

[contact_line_leads]
# the label that opens a short contact line, read in capitals
# ("CONTACT Jeanne Roy 01 ...")
contact

[social_labels]
website
homepage
webpagina
webstek

[link_labels]
# what a browser prints for an embedded post it cannot show, in brackets
# alone on its line (furniture.link_line)
link naar tweet
link naar de tweet
link naar bericht
link naar het bericht
link naar video
bekijk op twitter
bekijk op instagram
ingesloten tweet

[email_at_words]
# the word for "@" in an address written to fool harvesters, inside
# brackets ("pers [apenstaartje] gemeente [punt] nl")
apenstaartje

[email_dot_words]
# the word for "." in such an address
punt

[contact_joiners]
# a word standing alone between two contacts
of
en

[heading_joiners]
# lower-case words inside a heading run into its first line ("Over
# Stichting voor Natuurbehoud De stichting ..."), as written, a space after
voor
van
en

[clock_units]
# the unit written after an hour ("10.00 uur"), as written
uur

[hyphen_prefixes]
# what keeps its hyphen at a line end when neither the document nor the
# dictionary decides (Woordenlijst, koppelteken: "ex-wethouder",
# "oud-burgemeester", "niet-leden"); as written, in lower case. Other
# prefixes are written joined ("vicevoorzitter", "antivries")
ex
oud
niet
# wrap.hyphen_prefix.lang: "e-" of e-mail, e-book, e-learning, always
# written with its hyphen (Woordenlijst); "email" (enamel) is a word too,
# so the dictionary cannot decide "e-" / "mail"
e

[legal_links]
# the legal links of a site's footer, printed with the page
# (furniture.site_footer): a footer's evidence, never a release's text
privacyverklaring
privacybeleid
algemene voorwaarden
cookiebeleid
disclaimer
sitemap
toegankelijkheid

[suspended_hyphen_words]
# de voegwoorden na een weglatingsstreepje ("voor- en nadelen", "in- of
# uitvoer"; Taalunie, weglatingsstreepje)
en
of

[download_leads]
# furniture.download_link: the verb that opens a link to a file a page
# offers for download ("Download the report (PDF)")
download*

[valedictions]
# byline.valediction: the complimentary close of a letter-style release,
# alone on its line above the signature (a comma or a full stop after it)
met vriendelijke groet
met vriendelijke groeten
hoogachtend
vriendelijke groeten
met hartelijke groet

[masthead_labels]
# labels a sender's masthead box gives besides its contact fields
# (body.side_facts: no fact of the text)
adres
bezoekadres
postadres
vestiging
kvk
btw

# release.mail_headers: an e-mail's header names (1 subject, 2 sent date, 3 an address)
[mail_headers]
onderwerp = 1
datum = 2
verzonden = 2
van = 3
aan = 3
cc = 3

[web_nav_items]
# furniture.web.nav_menu: a site's menu items
home
over ons
nieuws
pers
werken bij
contact
actueel
diensten

[cookie_leads]
# furniture.web.cookie_notice
wij gebruiken cookies
we gebruiken cookies
deze website gebruikt cookies
deze site gebruikt cookies

[cookie_buttons]
accepteren
alle cookies accepteren
weigeren
instellingen
cookie-instellingen
akkoord

[tag_labels]
# furniture.web.tags
onderwerpen
tags
trefwoorden

[meta_labels]
# furniture.web.meta_box
categorie
categorieën
rubriek

[related_headings]
# furniture.web.related
gerelateerd
meer nieuws
gerelateerd nieuws
ander nieuws
lees ook
laatste nieuws
meer persberichten

[about_copulas]
# about.headless: the verb (and article) after a body's name that opens
# its description, its boilerplate written without a heading
is een
werd opgericht
is opgericht

# furniture.mail.forward_marker: the line a mail client writes over a forwarded or quoted message
[mail_forward_markers]
doorgestuurd bericht
oorspronkelijk bericht
origineel bericht

# furniture.mail.forward_marker: the verb of a reply's attribution line ("On … X wrote:")
[mail_wrote]
schreef

# furniture.mail.greeting: the sender's salutation over the release
[mail_greetings]
geachte redactie
beste redactie
geachte heer, mevrouw
geachte dames en heren
beste collega's
goedemiddag
goedemorgen

# furniture.mail.disclaimer: the mail server's legal notice under the message
[mail_disclaimers]
dit e-mailbericht is uitsluitend bestemd
dit bericht is uitsluitend bestemd
de informatie in dit e-mailbericht
dit e-mailbericht is vertrouwelijk

# furniture.mail.newsletter: a newsletter's view-in-browser, why-you-got-it and unsubscribe lines
[newsletter_lines]
bekijk deze e-mail in je browser
bekijk deze e-mail in uw browser
bekijk in browser
je ontvangt deze e-mail omdat
u ontvangt deze e-mail omdat
ons postadres is
wil je wijzigen hoe je deze e-mails ontvangt?
je kunt je voorkeuren aanpassen
afmelden

# headline.mail_subject: a Subject's reply and forward prefixes ("Fwd:", "TR:", "AW:")
[mail_subject_prefixes]
antw
doorst
fw

# contacts.address_line: the label of a postal address line in a contact block
[address_labels]
adres
bezoekadres
postadres

[reader_possessives]
# contacts.heading.reader_possessive: a contact heading addressing the
# reader ("Your contact", "Ihre Ansprechpartner", "Vos contacts")
uw
jouw
je

[dial_in_words]
# contacts.dial_in: a conference call's dial-in line and passcode in the body's text: the number reaches a call at one hour, no person or desk
inbellen
inbelnummer
toegangscode
deelnemerscode

# ---- issue 13: the optional sections Dutch has, completed -----------

[junk_prefixes]
# a web page's "read more" links ("follow us" is [follow_leads], which
# wants a network or "social" after it)
lees meer
lees verder

[long_form_links]
# the prepositions between a head noun and the rest of a long form
# ("Fonds voor Duurzame Kustvisserij Walcheren (DKW)")
voor
van

[not_applicable]
# the optional sections that Dutch does not have, each with why
# (core/lexicon/README, "Complete languages"): the compiler
# refuses a language file that neither fills nor names one here
contact_audiences  # not written yet: contacts.heading.audience_pair has cases in en fr de es it only
audience_joiners  # not written yet: contacts.heading.audience_pair has cases in en fr de es it only
top_level_domains  # language-neutral: the domains are any.lex's (contacts.email_wrapped)
copyright_leads  # language-neutral: any.lex holds "©", "(c)" and "copyright", which Dutch releases print too
social_media_labels  # English only (README): the other languages' labels open body sentences too; [social_headings], [follow_leads] read them
letterhead_leads  # English only (README): the electoral imprint of Australian, British and US law
issuer_labels  # no wire page in Dutch prints "News provided by" (README, "Some languages leave a section empty")
social_networks  # the networks' names are brands, the same in every language: any.lex
about_tails  # Dutch's "about" opens the heading ([about_headings]); the postpositions (Turkish, Japanese, Korean) are in any.lex
about_notices  # the US equal-opportunity notice after "is an" (about.headless): an American employer's, in English
about_founding  # Dutch writes the founding with its verb after the name, listed in [about_copulas] (about.headless); the Arabic, Hebrew, Russian and Turkish words are before the name
about_adjective_leads  # the Slavic About heading with an adjective (about.heading.slavic_adjective), in any.lex
about_adjective_nouns  # the nouns of that Slavic heading, in any.lex
about_elative_leads  # the Finnish About heading with an elative (about.heading.fi_elative), in any.lex
about_elative_endings  # the Finnish elative endings, in any.lex
contact_heading_tails  # English only (README): Dutch writes the heading as one word or with its own noun ([contact_headings])
date_connectors  # Dutch writes no word between a day and its month ("5 maart 2026")
meridiems  # Dutch releases write times on the 24-hour clock ("14.30 uur")
clock_leads  # Dutch writes no word for "o'clock" before an hour (Scandinavian "kl.", Finnish "klo": any.lex)
time_range_words  # any.lex holds the word between two hours for the Latin-script languages, Dutch's with them ("to", "bis", "à", "tot", "a", "al")
era_marks  # Arabic only: an era glued to the year ("2024م"); Dutch writes none
year_marks  # Dutch writes no "year" mark after a year (Slavic "r.", "г.", Lithuanian "m.": any.lex)
day_marks  # Dutch writes no "day" mark after a day (Lithuanian "d.": any.lex)
date_correspondences  # Arabic only ("الموافق"); Dutch releases give no second calendar's date
place_suffixes  # English only (README): "Washington D.C."
month_first_places  # English only (README, "Sections one language has"): Dutch reads numeric dates day first everywhere
day_first_places  # English only (README, "Sections one language has")
day_first_spellings  # English only (README, "Sections one language has")
month_first_spellings  # English only (README, "Sections one language has")
hijri_months  # Dutch releases do not date by the Hijri calendar
solar_hijri_months  # the Persian (Solar Hijri) calendar, in any.lex
buddhist_era_months  # the Thai calendar, in any.lex
buddhist_era_marks  # the Thai calendar, in any.lex
calendar_marks  # Dutch releases do not date by the Hijri calendar
era_names  # the Japanese eras, in any.lex
name_stop_words  # Arabic only: where a name in a script without case ends; Dutch ends a name at a lower-case word
possessive_endings  # English only (README): Dutch glues no possessive to a name
role_modifiers  # English only: Dutch puts the qualifier after its noun or in a compound ("économiste en chef", "Chefvolkswirt"), never before as "Chief"
verb_clitics  # only the Romance languages put the object pronoun before the verb of reply ("lui rétorque"); Dutch puts it after
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
elided_links  # French only: "d" of "Agence d'Assistance"; Dutch elides no preposition before a long form
hyphen_suffixes  # German only: its gender endings after a hyphen ("Bürger-innen"); Dutch writes no ending after a hyphen
article_forms  # Arabic only: the article glued to its word ("وال")
hangul_endings  # Chinese, Japanese and Korean only; their words are in any.lex
agency_suffixes  # Chinese, Japanese and Korean only; their words are in any.lex

[role_joiners]
# what joins two roles before a speaker's name ("oprichter en directeur
# Sanne de Wit")
en

[role_complements]
# what ties a role before a name to its complement ("minister van
# Financiën", "gedeputeerde voor Cultuur"): no speaker's name follows
van
voor

[number_words]
# acronyms.number_word: the cardinal numbers written out, a name's last
# word that its short form writes in figures ("Group of Twenty (G20)");
# a number of two parts joined by a hyphen adds them ("Twenty-Three")
een = 1
twee = 2
drie = 3
vier = 4
vijf = 5
zes = 6
zeven = 7
acht = 8
negen = 9
tien = 10
elf = 11
twaalf = 12
dertien = 13
veertien = 14
vijftien = 15
zestien = 16
zeventien = 17
achttien = 18
negentien = 19
twintig = 20
dertig = 30
veertig = 40
vijftig = 50
zestig = 60
zeventig = 70
tachtig = 80
negentig = 90
honderd = 100

# structure.translation_follows: a line alone naming the release given
# again in this language after the first (README)
[translation_marks]
nederlandse versie
nederlandse tekst
nederlandse vertaling
in het nederlands
