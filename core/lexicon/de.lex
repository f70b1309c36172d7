# de.lex - German. Format and sections: core/lexicon/README.

[release_lines]
# headline.release_line.regulatory: the label a listed company's notice opens with, saying under which disclosure rule it is published (inside information, regulated information): a release line
ad-hoc-mitteilung
insiderinformation {alone}
pressemitteilung {tail}
presseinformation
medienmitteilung
pressemeldung
gemeinsame pressemitteilung
# added for issue 13: the release lines of every language (headline.release_line.*)
medieninformation
presseerklärung
sperrfrist
# headline.release_line.other: the Austrian word for a release ("Presseaussendung
# am 5. März 2024", "Medienaussendung")
presseaussendung {tail}
medienaussendung {tail}
# issue 13: the distribution line and the invitations to the press over
# the title (headline.release_line.above)
zur sofortigen veröffentlichung
zur veröffentlichung freigegeben
einladung an die medien
presseeinladung
terminhinweis

[end_marks]
# closing.end_mark.disclosure: the end mark of a disclosure service's notice
ende der insiderinformation
ende der ad-hoc-mitteilung
ende der mitteilung
ende
# added for issue 13 (live: text after these end marks was left in the body)
ende der pressemitteilung

[headline_labels]
titel
überschrift

[site_labels]
pressemitteilungen
# added for issue 13
{pending}
presse
aktuelles
neuigkeiten

[caption_leads]
abbildung {number}
foto {colon}
abb. {number}
tabelle {number}
bild {colon}
bildunterschrift {colon}
bildnachweis
fotonachweis
# body.caption.credit: die Bildunterschrift mit dem Urheber nach der Einleitung
bildquelle
foto © {name_follows}
foto von {name_follows}

[junk_lines]
teilen
drucken
# added for issue 13
weiterlesen
nach oben
# furniture.junk_line: a newsroom page's share button
# and its link back to the list, alone on a line
e-mail
zurück zur übersicht
zurück zu den pressemitteilungen
zurück zur liste

[junk_prefixes]
# furniture.wire.disclosure_service: the lines a disclosure service (EQS, formerly DGAP; the RNS) sets around an issuer's notice: its header, the issuer's responsibility, its footer and news id
für den inhalt der mitteilung ist der emittent
veröffentlichung einer insiderinformation
eqs news id
die eqs distributionsservices
ende der mitteilung eqs
eqs-news:
eqs-ad-hoc:
eqs-adhoc:
dgap-news:
dgap-ad-hoc:
dgap-adhoc:
folgen sie uns

[about_headings]
über
ueber
# added for issue 13 (live: rule_about_heading() read them already; now every rule does)
über uns
mehr über
# about.whole_line: the whole heading, no name after it ("Who we are")
wer wir sind
# about.whole_line.profile
firmenprofil
unternehmensprofil
# about.whole_line.profile (de): the short profile, Kurzprofil / Kurzporträt
kurzprofil
kurzporträt
unternehmensporträt
firmenporträt

[editor_notes_headings]
# about.editor_notes: the notes to editors that close a release
hinweis für redaktionen
hinweise für redaktionen
hinweis für die redaktion
hinweise für die redaktion
hinweis an die redaktion
hinweise an die redaktion
hinweis an redaktionen
redaktioneller hinweis
redaktionelle hinweise
anmerkung für die redaktion
anmerkungen für die redaktion

[contact_headings]
pressestelle
presse-kontakt
pressekontakt
pressekontakte
medienkontakt
medienanfragen
presseanfragen
rückfragehinweis
rückfragen
für rückfragen
kontakt
weitere informationen
# added for issue 13 (live: sections under these headings were left in the body)
ansprechpartner
ansprechpartnerin
kontakt für medien
# contacts.heading: the press office named as the heading ("Dirección de Prensa", "Medienstelle")
medienstelle
kontakt für medienschaffende
medienkontakte
# contacts.heading.audience_pair: the investor desk heads its contacts as the media's does
investorenkontakt
# issue 13: the headings German press offices also print over their
# contacts (contacts.heading)
ansprechpartner für die presse
ansprechpartnerin für die presse
rückfragen an

[contact_leads]
pressekontakt
# contacts.press_label: the press desk named by one word and its colon
# over the contact's name and address ("Presse: Ida Venn, ida@…")
presse {colon}

[contact_words]
kontakt

[months]
januar = 1
jänner = 1
februar = 2
märz = 3
maerz = 3
april = 4
mai = 5
juni = 6
juli = 7
august = 8
september = 9
oktober = 10
november = 11
dezember = 12
jan = 1
feb = 2
apr = 4
jun = 6
jul = 7
aug = 8
sep = 9
sept = 9
nov = 11
# added for issue 13 (live: a date written with them was not read)
feber = 2
okt = 10
dez = 12

[weekdays]
montag = 1
dienstag = 2
mittwoch = 3
donnerstag = 4
freitag = 5
samstag = 6
sonntag = 7
# added for issue 13 (live: a date written with them was not read)
sonnabend = 6

[ordinals]
# added for issue 13
{pending}
erste = 1
erster = 1
ersten = 1
zweite = 2
dritte = 3
vierte = 4
fünfte = 5
sechste = 6
siebte = 7
achte = 8
neunte = 9
zehnte = 10

[date_leads]
am
den

[date_labels]
veröffentlicht
# added for issue 13
datum
veröffentlicht am
# furniture.web.published_line: the date line a newsroom page prints
# under the title ("Published 9 February 2026")
erstellt am

[closing_date_leads]
datum {colon}

[time_zones]
# Mitteleuropäische (Sommer)zeit
MEZ = +01:00
MESZ = +02:00

[today_words]
heute

[place_particles]
am
an
der
im
# dateline.*: "Garching bei München", "Rothenburg ob der Tauber",
# "Neumarkt in der Oberpfalz", "Bad Homburg vor der Höhe"
bei
ob
in
vor

[byline_leads]
von
quelle {colon}
# added for issue 13
autor {colon}
autorin {colon}
verfasst von
geschrieben von
# byline.prepared_by: "Erstellt von Name (E-Mail)"
erstellt von

[signature_titles]
präsident
sprecher
leiter
geschäftsführer
vorsitzende
minister
chef
# added for issue 13
präsidentin
sprecherin
leiterin
geschäftsführerin
vorsitzender
ministerin
bürgermeister
bürgermeisterin
direktor
direktorin

[person_titles]
Herr
Frau
Dr.
Prof.
Mag.
Mag
DI
Dipl.-Ing.
Ing.

[role_words]
minist*
präsident*
direktor*
sekretär*
general*
major*
oberst*
sprecher*
leiter*
stadtr*
bürgermeister*
abgeordnet*
vorsitzend*
geschäftsführ*
chef*
gründer*
botschaft*
senator*
profes*
# added for issue 13
staatssekretär*
kanzler*
vorstand*
# quotes.role_before_name: district, council and university offices
# before a name ("sagte Landrätin Dr. Ulrike Brandl", "Kulturdezernentin",
# "Intendant", "Rektorin", "Dekan")
landrat*
landrät*
dezernent*
intendant*
rektor*
dekan*

[name_particles]
von {signatory}
zu
der
den

[not_name_words]
Er
Sie
Es
Wir
Der
Die
Das
# the first person too ("Ich widersprach: „…“"): a pronoun is no speaker's name
Ich

[articles]
der
die
das
# the accusative after "Über" in an About heading ("Über den Zweckverband …", issue 17)
den
dem

[speech_verbs]
sagte
sagt
erklärte
erklärt
betonte
betont
fügte hinzu
ergänzte
ergänzt
so {name_follows}
laut {name_follows}
meinte
meint
# added for issue 13, live: attributions releases write (tests/conventions/quotes)
erläuterte
erläutert
unterstrich
bekräftigte
zufolge
# quotes.speech_verbs.gaps (issue 13): present and past tense releases
# write after the quote ("…", bilanziert Name.)
fügt hinzu
berichtet
berichtete
unterstreicht
bekräftigt
kommentiert
kommentierte
resümiert
resümierte
bilanziert
bilanzierte
versichert
versicherte
führt aus
führte aus
# quotes.speech_verbs.reply: erwidern, entgegnen, widersprechen („…“,
# entgegnet ihm X: the pronoun before the speaker is no name)
entgegnet
entgegnete
erwidert
erwiderte
widerspricht
widersprach
kontert
konterte

[pronoun_attributions]
sagte er
sagte sie
so er
so sie
betonte er
betonte sie

[contact_roles]
pressesprecher
pressesprecherin
sprecher
sprecherin
leiter
leiterin
referent
referentin
geschäftsführer
geschäftsführerin
# added for issue 13
{pending}
pressereferent
pressereferentin
ansprechpartner
ansprechpartnerin

[org_words]
gmbh {strong}
ag {strong}
ministerium {strong}
bezirksamt {strong}
universität {strong}
gruppe
stiftung
institut
pressestelle
kommunikation
presse
amt
verband
zentrum
# added for issue 13
senatsverwaltung
landesamt
bundesamt
verein
# contacts.org_above_name: the PR agency named above its consultant
# ("Agentur Feldlicht"), as fr "agence", es "agencia", it "agenzia"
agentur

[org_suffixes]
GmbH
AG
# added for issue 13
KG
e.V.
GmbH & Co. KG
# SE (Societas Europaea) is also a word in capitals (Spanish, Portuguese, Italian
# "se" in a headline set in capitals): it waits
{pending}
SE

[phone_labels]
telefon
tel
tel.
handy
mobil
durchwahl
fax
hotline
# issue 13: a contact line's other labels (contacts.phone_label: the
# label is no organisation)
telefonnummer
mobilnummer
zentrale

[email_labels]
kontakt
e-mail

[contact_field_labels]
telefon
handy
kontakt
e-mail
# contacts.table_header: the column heads of a contact table (Name |
# Role | Phone | E-mail), never a contact's organisation or role
funktion
name

[number_references]
nr.
nr
gesetz

[number_units]
mrd*
mio*
jahre*
euro*

[function_words]
der
die
das
den
dem
und
für
in
im
von
vom
zur
zum
bei
mit
des
# live since issue 13's audit (acronyms.repeated_letter: "Vereniging van …"):
# the rest of the language's function words
ein
eine
einer
auf
aus

[head_nouns]
bundesamt
amt
verband
stiftung
agentur
behörde
rat
kommission
ministerium
gesellschaft
institut
union
bank
fonds
# added for issue 13
{pending}
zentrum
verein
anstalt

[stop_words]
der
die
das
und
ist
ein
eine
mit
für
von
den
dem
nicht
auf
sich
auch

[page_labels]
# the word before a page number that a text extraction left among the
# paragraphs ("Page 3", "Seite 2 von 5"); a space follows
seite

[page_count_words]
# the word between a page number and the count of pages ("3 of 7",
# "2 sur 4"); a space follows
von

[clock_units]
# the unit written after an hour ("14 h", "10 Uhr"), as written
Uhr

[acronym_or]
# acronyms.or_apposition: German names the short form after its long form
# with "beziehungsweise" ("der Hollstätter Wasserverband, bzw. HWV,",
# "(bzw. HWV)"); "oder" before an acronym between commas is not German
# usage
bzw.

[acronym_stands_for]
# acronyms.stands_for: what comes between an acronym and the long form
# it spells out ("TRAIL, which stands for Teens Restoring ...")
steht für
kurz für

[acronym_trails]
# acronyms.paren_trail: the words after the acronym in its parenthesis
# that make it the name used from then on, none of it ("(nachfolgend „HWV“ genannt)", "(„HWV“ abgekürzt)")
genannt
abgekürzt

[acronym_leads]
# acronyms.paren_lead: the words that open the parenthesis before the
# acronym it defines ("(hereinafter HBG)", "(kurz: KWG)", "(en adelante,
# CRAV)"), which are none of it
im Folgenden
nachfolgend
kurz
abgekürzt

[long_form_links]
# the prepositions that tie a long form to the noun before it ("Ministry
# of Health", "Agence de ..."): an acronym may start after one
für
der

[embargo_words]
# a word that puts the release line under embargo, anywhere in it, in
# any case, inside a word too ("EMBARGOED UNTIL", "Sperrfrist:")
sperrfrist

[role_joiners]
# what joins two roles before a speaker's name ("Founder and CEO Adam
# Boitnott"), as written
und

[spell_dictionaries]
# the hunspell dictionary (Debian's, /usr/share/hunspell/NAME.dic) that
# repairs read the language with: the first one listed
de_DE

[kind_words]
# kind.* (core/normalize/understand.c)
pressemitteilung {kind_press}
presseinformation {kind_press}
medienmitteilung {kind_press}
pressemeldung {kind_press}
medieninformation {kind_press}
gemeinsame pressemitteilung {kind_press}
erklärung {kind_statement alone}
erklärung von {kind_statement}
erklärung des {kind_statement}
erklärung der {kind_statement}
gemeinsame erklärung {kind_statement}
stellungnahme {kind_statement}
presseerklärung {kind_statement}
rede {kind_speech alone}
rede von {kind_speech}
rede des {kind_speech}
rede der {kind_speech}
ansprache {kind_speech}
grußwort {kind_speech}
es gilt das gesprochene wort {kind_speech anywhere}
medienhinweis {kind_advisory}
terminhinweis {kind_advisory}
presseeinladung {kind_advisory}
medieneinladung {kind_advisory}
einladung an die medien {kind_advisory}
gemeinsames kommuniqué {kind_communique}
abschlusskommuniqué {kind_communique}
kommuniqué {kind_communique}
bericht aus dem ministerrat {kind_communique}
ministerrat {kind_communique anywhere}
newsletter {kind_newsletter tail}
rundbrief {kind_newsletter tail}

[reference_leads]
# reference.lead (core/normalize/understand.c)
az.
aktenzeichen
unser zeichen
pressemitteilung nr.
pressemitteilung nr
presseinformation nr.
medienmitteilung nr.
medieninformation nr.
pm nr.

[department_words]
# issuer.department (core/normalize/understand.c): a press or
# communication department, which is not the issuer; "... of X" names it
pressestelle
pressebüro
unternehmenskommunikation
öffentlichkeitsarbeit
kommunikation
presse- und öffentlichkeitsarbeit
medienstelle
pressesprecher

[role_org_links]
# quote.role (core/normalize/understand.c): the word between a speaker's
# role and the organisation it is held in ("chief executive of Acme")
der
des
bei
bei der
von
im
für

[regions]
# dateline.shape.region_alone: German and Austrian states (Länder)
Baden-Württemberg
Bayern
Brandenburg
Hessen
Mecklenburg-Vorpommern
Niedersachsen
Nordrhein-Westfalen
Rheinland-Pfalz
Saarland
Sachsen
Sachsen-Anhalt
Schleswig-Holstein
Thüringen
Burgenland
Kärnten
Niederösterreich
Oberösterreich
Steiermark
Tirol
Vorarlberg

[place_labels]
# a participle before a date says when, never where ("Created 1/1/2022",
# "Updated March 5, 2024"): dateline.shape.label
erstellt
aktualisiert
veröffentlicht
gegründet
geändert

[column_words]
# headline.wire_column: a short name before a dash that holds one of
# these is a service column or rubric, a tag ("Terroirs en bref – …")
aktuell
kompakt
im blick
nachrichten
meldung
kurz
termine
veranstaltung
kolumne
im fokus
monitor
# the newspaper sections (Ressorts) a column is named after
wirtschaft
politik
kultur
lokales
regionales

[phone_extensions]
# contacts.phone_extension: the word before an extension after a number
# ("App. 12"): the extension is part of the phone
app.

[phone_alternatives]
# the word between a phone number and another one to call instead
# ("555 0100 or 555 0101"): the second is a phone too (contacts.phone_alternative)
oder

[closing_list_headings]
# closing.references: the heading of a list of works cited closing the
# release, alone on its line (a colon after it or not)
quellen
quellenangaben
literatur
literaturverzeichnis

[appendix_headings]
# closing.appendix: the heading of material appended after the release
# (a list, a document, a table of figures), alone on its line, a
# letter or number after it allowed
anhang
anlage
anlagen

[social_headings]
# closing.social: the heading of a list of the issuer's accounts closing
# the release, alone on its line (a colon after it or not)
social media
soziale medien
folgen sie uns
folgen sie uns auf
folge uns
folge uns auf
bleiben sie in verbindung

[advisory_labels]
# advisory.five_w: the labels of a media advisory's lines ("WHAT:",
# "WHEN:"), a colon after them: the event's facts, body, never a
# subheadline, a dateline or the release's date
was
wann
wo
wer
warum
ort
termin

[follow_leads]
# what opens an invitation to follow an account, a space after
folgen sie uns
folgt uns

[follow_targets]
# what such an invitation names, as written, anywhere in the line
sozialen Medien
Social Media
sozialen Netzwerken

[social_invitations]
unseren Social-Media-Kanälen
unsere Social-Media-Kanäle

[feed_footer_leads]
# what opens a blog feed's footer ("Der Beitrag X erschien zuerst auf Y"),
# a space after
der beitrag

[feed_footer_links]
# the middle of that footer, as written, between spaces
erschien zuerst auf

[issuer_labels]
# dateline.wire.prnewswire: the scraped page's stack above the dateline
news bereitgestellt von
bereitgestellt von

[contact_line_leads]
# the label that opens a short contact line, read in capitals
kontakt

[social_labels]
webseite
website
homepage
startseite

[email_at_words]
# the word for "@" in an address written to fool harvesters, inside
# brackets ("presse(at)stadt(punkt)de")
at
ät

[email_dot_words]
# the word for "." in such an address
punkt

[contact_joiners]
# a word standing alone between two contacts
oder
und

[heading_joiners]
# lower-case words inside a heading run into its first line ("Über
# Stiftung für Küstenschutz Die Stiftung ..."), as written, a space after
für
der
und

[hyphen_prefixes]
# what keeps its hyphen at a line end when neither the document nor the
# dictionary decides (Duden, Bindestrich: a single letter before a noun,
# "E-Mail", "U-Bahn", "S-Bahn"); as written, with the noun's capital.
# Every language's text reads this list: "Ex" ("Ex-Kanzlerin") is left
# out, as an English sentence's first word split after it ("Ex-tensive")
# would keep its hyphen. Other German prefixes are written joined
# ("Vizepräsident", "Antikörper"): a hyphen after them is the typesetter's
E
U
S

[hyphen_suffixes]
# endings never written after a hyphen, so that a hyphen at a line end
# before them is the typesetter's: the feminine plural of the gender-
# inclusive forms is written "Bürger*innen", "Bürger:innen",
# "Bürger_innen", "BürgerInnen" or "Bürger/-innen" (Duden, "Geschlechter-
# gerechter Sprachgebrauch"), never "Bürger-innen". The singular "in" is
# left out: "Check-in", "Log-in", "Sit-in" keep their hyphen.
innen

[link_labels]
# what a browser prints for an embedded post it cannot show, in brackets
# alone on its line (furniture.link_line)
link zum tweet
link zum beitrag
link zum video
auf Twitter ansehen
auf Instagram ansehen
eingebetteter tweet

[legal_links]
# the legal links of a site's footer, printed with the page
# (furniture.site_footer): a footer's evidence, never a release's text
datenschutzerklärung
datenschutz
impressum
nutzungsbedingungen
cookie-einstellungen
barrierefreiheit
sitemap

[suspended_hyphen_words]
# the conjunctions a suspended compound's hyphen stands before ("Tram- und
# Busnetz", "Ein- oder Ausgang"; Duden, Ergänzungsstrich)
und
oder
bzw.
sowie

[download_leads]
# furniture.download_link: the verb that opens a link to a file a page
# offers for download ("Download the report (PDF)")
herunterlad*
download*

[valedictions]
# byline.valediction: the complimentary close of a letter-style release,
# alone on its line above the signature (a comma or a full stop after it)
mit freundlichen grüßen
mit freundlichen grüssen
freundliche grüße
freundliche grüsse
beste grüße
herzliche grüße
hochachtungsvoll

[masthead_labels]
# labels a sender's masthead box gives besides its contact fields
# (body.side_facts: no fact of the text)
adresse
anschrift
sitz
ust-idnr
handelsregister

# release.mail_headers: an e-mail's header names (1 subject, 2 sent date, 3 an address)
[mail_headers]
betreff = 1
datum = 2
gesendet = 2
von = 3
an = 3
cc = 3
kopie = 3

[web_nav_items]
# furniture.web.nav_menu: a site's menu items
startseite
über uns
presse
aktuelles
karriere
kontakt
service
unternehmen
news

[cookie_leads]
# furniture.web.cookie_notice
wir verwenden cookies
diese website verwendet cookies
diese webseite verwendet cookies
wir nutzen cookies

[cookie_buttons]
alle akzeptieren
akzeptieren
ablehnen
nur notwendige
einstellungen
alle ablehnen
nur notwendige cookies

[tag_labels]
# furniture.web.tags
schlagwörter
schlagworte
themen
tags

[meta_labels]
# furniture.web.meta_box
kategorie
kategorien
rubrik
bereich

[related_headings]
# furniture.web.related
weitere meldungen
weitere pressemitteilungen
das könnte sie auch interessieren
ähnliche meldungen
weitere nachrichten
aktuelle meldungen

[about_copulas]
# about.headless: the verb (and article) after a body's name that opens
# its description, its boilerplate written without a heading
ist ein
ist eine
wurde gegründet

# furniture.mail.forward_marker: the line a mail client writes over a forwarded or quoted message
[mail_forward_markers]
weitergeleitete nachricht
ursprüngliche nachricht
originalnachricht

# furniture.mail.forward_marker: the verb of a reply's attribution line ("On … X wrote:")
[mail_wrote]
schrieb

# furniture.mail.greeting: the sender's salutation over the release
[mail_greetings]
sehr geehrte damen und herren
liebe kolleginnen und kollegen
sehr geehrte redaktion
liebe redaktion
guten tag
hallo

# furniture.mail.disclaimer: the mail server's legal notice under the message
[mail_disclaimers]
diese e-mail enthält vertrauliche
diese e-mail kann vertrauliche
diese nachricht enthält vertrauliche
diese e-mail ist vertraulich
vertraulichkeitshinweis

# furniture.mail.newsletter: a newsletter's view-in-browser, why-you-got-it and unsubscribe lines
[newsletter_lines]
diese e-mail im browser ansehen
im browser ansehen
online ansehen
sie erhalten diese e-mail, weil
sie erhalten diesen newsletter, weil
newsletter abbestellen
abmelden
abbestellen
unsere postanschrift

# headline.mail_subject: a Subject's reply and forward prefixes ("Fwd:", "TR:", "AW:")
[mail_subject_prefixes]
aw
wg
wtr

# contacts.address_line: the label of a postal address line in a contact block
[address_labels]
adresse
anschrift
postanschrift
besucheradresse

[reader_possessives]
# contacts.heading.reader_possessive: a contact heading addressing the
# reader ("Your contact", "Ihre Ansprechpartner", "Vos contacts")
ihr
ihre
eure
euer

[dial_in_words]
# contacts.dial_in: a conference call's dial-in line and passcode in the body's text: the number reaches a call at one hour, no person or desk
einwahl
einwahlnummer
einwahldaten
zugangscode
konferenz-id
teilnehmercode

[contact_audiences]
# contacts.heading.audience_pair: whom a contact desk serves, joined to
# another by [audience_joiners] in a heading ("Investor and media contact",
# "Contacts presse et investisseurs", "Presse- und Investorenkontakt")
presse
medien
investoren
analysten
journalisten

[audience_joiners]
# contacts.heading.audience_pair: the word between two audiences
und
&

[not_applicable]
# the optional sections that German does not have, each with why
# (core/lexicon/README, "Complete languages"): the compiler
# refuses a language file that neither fills nor names one here
top_level_domains  # language-neutral: the domains are any.lex's (contacts.email_wrapped)
role_complements  # German's complements ("für", "der", "des") are its [role_org_links], which the same rules read (nz_role_link, role_phrase_end); [role_complements]' own reading follows a lower-case role, and German capitalises its roles
copyright_leads  # language-neutral: any.lex holds "©", "(c)" and "copyright", which German releases print too
platform_credits  # the rendering is common in sentences and the line is only 8 words: none is listed (README, "Some languages leave a section empty")
social_media_labels  # English only (README): the other languages' labels open body sentences too; [social_headings], [follow_leads] read them
letterhead_leads  # English only (README): the electoral imprint of Australian, British and US law
social_networks  # the networks' names are brands, the same in every language: any.lex
about_tails  # German's "about" opens the heading ([about_headings]); the postpositions (Turkish, Japanese, Korean) are in any.lex
about_notices  # the US equal-opportunity notice after "is an" (about.headless): an American employer's, in English
about_founding  # German writes the founding with its verb after the name, listed in [about_copulas] (about.headless); the Arabic, Hebrew, Russian and Turkish words are before the name
about_adjective_leads  # the Slavic About heading with an adjective (about.heading.slavic_adjective), in any.lex
about_adjective_nouns  # the nouns of that Slavic heading, in any.lex
about_elative_leads  # the Finnish About heading with an elative (about.heading.fi_elative), in any.lex
about_elative_endings  # the Finnish elative endings, in any.lex
contact_heading_tails  # English only (README): German writes the heading as one word or with its own noun ([contact_headings])
ordinal_suffixes  # German writes the day with a full stop ("5. März"), which dates.c reads as the day's own punctuation, no suffix
date_connectors  # German writes no word between a day and its month ("5. März 2026")
meridiems  # German releases write times on the 24-hour clock ("14:30 Uhr")
clock_leads  # German writes no word for "o'clock" before an hour (Scandinavian "kl.", Finnish "klo": any.lex)
time_range_words  # any.lex holds the word between two hours for the Latin-script languages, German's with them ("to", "bis", "à", "tot", "a", "al")
era_marks  # Arabic only: an era glued to the year ("2024م"); German writes none
year_marks  # German writes no "year" mark after a year (Slavic "r.", "г.", Lithuanian "m.": any.lex)
day_marks  # German writes no "day" mark after a day (Lithuanian "d.": any.lex)
date_correspondences  # Arabic only ("الموافق"); German releases give no second calendar's date
place_suffixes  # English only (README): "Washington D.C."
month_first_places  # English only (README, "Sections one language has"): German reads numeric dates day first everywhere
day_first_places  # English only (README, "Sections one language has")
day_first_spellings  # English only (README, "Sections one language has")
month_first_spellings  # English only (README, "Sections one language has")
hijri_months  # German releases do not date by the Hijri calendar
solar_hijri_months  # the Persian (Solar Hijri) calendar, in any.lex
buddhist_era_months  # the Thai calendar, in any.lex
buddhist_era_marks  # the Thai calendar, in any.lex
calendar_marks  # German releases do not date by the Hijri calendar
era_names  # the Japanese eras, in any.lex
name_stop_words  # Arabic only: where a name in a script without case ends; German ends a name at a lower-case word
possessive_endings  # English only (README): German glues no possessive to a name
role_modifiers  # English only: German puts the qualifier after its noun or in a compound ("économiste en chef", "Chefvolkswirt"), never before as "Chief"
verb_clitics  # only the Romance languages put the object pronoun before the verb of reply ("lui rétorque"); German puts it after
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
elided_links  # French only: "d" of "Agence d'Assistance"; German elides no preposition before a long form
article_forms  # Arabic only: the article glued to its word ("وال")
hangul_endings  # Chinese, Japanese and Korean only; their words are in any.lex
agency_suffixes  # Chinese, Japanese and Korean only; their words are in any.lex

[number_words]
# acronyms.number_word: the cardinal numbers written out, a name's last
# word that its short form writes in figures ("Group of Twenty (G20)");
# a number of two parts joined by a hyphen adds them ("Twenty-Three")
eins = 1
zwei = 2
drei = 3
vier = 4
fünf = 5
sechs = 6
sieben = 7
acht = 8
neun = 9
zehn = 10
elf = 11
zwölf = 12
dreizehn = 13
vierzehn = 14
fünfzehn = 15
sechzehn = 16
siebzehn = 17
achtzehn = 18
neunzehn = 19
zwanzig = 20
dreißig = 30
vierzig = 40
fünfzig = 50
sechzig = 60
siebzig = 70
achtzig = 80
neunzig = 90
hundert = 100

# structure.translation_follows: a line alone naming the release given
# again in this language after the first (README)
[translation_marks]
deutsche fassung
deutsche version
deutsche übersetzung
auf deutsch
deutscher text
deutsche fassung siehe unten
