# nl.lex - Dutch (the Netherlands and Flanders). Format and sections:
# core/lexicon/README. Most of it was added for issue 13: today's rules
# know Dutch months and little else, so the rest waits, tagged pending,
# for the rules that use it.

[release_lines]
embargo {alone}
# added for issue 13: the release lines of every language (headline.release_line.*)
persbericht
gezamenlijk persbericht
persmededeling
persverklaring

[end_marks]
# added for issue 13
{pending}
einde
einde persbericht

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

[junk_lines]
# added for issue 13
{pending}
delen
afdrukken
lees meer
naar boven

[about_headings]
# added for issue 13
{pending}
over
over ons
meer over

[contact_headings]
contact
# added for issue 13
{pending}
perscontact
persvragen
contactgegevens
voor meer informatie
meer informatie

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
# added for issue 13
{pending}
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
{pending}
datum
publicatiedatum
releasedatum

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

[byline_leads]
auteur {colon}
# added for issue 13
{pending}
door
bron {colon}
opgesteld door
geschreven door

[signature_titles]
minister
directeur
# added for issue 13
{pending}
voorzitter
burgemeester
woordvoerder
algemeen directeur
wethouder

[person_titles]
# Dutch writes its titles in lower case ("prof. dr. Jansen"); the rules
# compare titles as written, and know them capitalised only (en.lex), so
# these wait too
{pending}
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
# added for issue 13
{pending}
burgemeester*
woordvoerder*
voorzitter*
oprichter*
wethouder*
commissaris*

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
# added for issue 13
{pending}
zegt
verklaart
benadrukte
benadrukt
stelde
stelt
volgens {name_follows}

[pronoun_attributions]
# added for issue 13
{pending}
zei hij
zei ze
zei zij
zegt hij
zegt ze

[contact_roles]
directeur
manager
# added for issue 13
{pending}
woordvoerder
woordvoerster
persvoorlichter
communicatieadviseur
hoofd
voorzitter

[org_words]
media
# added for issue 13
{pending}
b.v. {strong}
n.v. {strong}
ministerie {strong}
universiteit {strong}
gemeente {strong}
stichting
vereniging
groep

[org_suffixes]
# added for issue 13
{pending}
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
{pending}
telefoon
mobiel
gsm

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

[function_words]
de
en
in
# added for issue 13
{pending}
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
