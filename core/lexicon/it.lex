# it.lex - Italian. Format and sections: core/lexicon/README. Most of it
# was added for issue 13: today's rules know Italian dates and little
# else, so the rest waits, tagged pending, for the rules that use it.

[release_lines]
# headline.release_line.regulatory: the label a listed company's notice opens with, saying under which disclosure rule it is published (inside information, regulated information): a release line
informazione regolamentata
informazione privilegiata
embargo {alone}
# added for issue 13: the release lines of every language (headline.release_line.*)
comunicato stampa
comunicato congiunto
comunicato
nota stampa
nota per la stampa
# issue 13 (it complete): a joint release, the distribution line over the
# title and the invitations and advisories to the press
# (headline.release_line.above)
comunicato stampa congiunto
per la diffusione immediata
per diffusione immediata
diffusione immediata
per la pubblicazione immediata
per pubblicazione immediata
avviso ai media
invito alla stampa
# an embargo line in the language's words, the time it ends after it
# (headline.release_line.embargo_case: read in any case)
embargo fino al
embargo fino alle
sotto embargo fino al
sotto embargo fino alle

[end_marks]
fine
# added for issue 13 (live: text after these end marks was left in the body)
fine comunicato
# issue 13 (it complete): the longer closing phrases (closing.end_mark.phrase)
fine del comunicato
fine comunicato stampa
fine del comunicato stampa

[headline_labels]
# added for issue 13
{pending}
titolo

[site_labels]
# added for issue 13
{pending}
comunicati stampa
sala stampa
notizie

[caption_leads]
foto {colon}
figura {number}
fig. {number}
tabella {number}
immagine {colon}
nella foto {colon}
# body.caption.credit: il credito di una foto, l'autore dopo l'attacco
credito fotografico
crediti fotografici
credits {colon name_follows}
foto di {name_follows}
foto © {name_follows}

[junk_lines]
# added for issue 13
condividi
stampa
leggi tutto
torna su
# furniture.junk_line: a newsroom page's share button
# and its link back to the list, alone on a line
e-mail
torna alle notizie
torna all'elenco
torna ai comunicati

[about_headings]
informazioni su
# added for issue 13 (live: rule_about_heading() read them already; now every rule does)
a proposito di
chi siamo
chi è
chi sono
# about.whole_line.profile (whole lines, as "chi siamo")
profilo aziendale
{}
# "Informazioni sul Museo ...", "Informazioni sulla Fondazione ...": the
# preposition joined to the article, as Italian writes it
informazioni sul
informazioni sulla
informazioni sull'
informazioni sui
informazioni sugli
informazioni sullo
informazioni sulle
# "A proposito del Consorzio …", "A proposito della Fondazione …": "di"
# joined to the article, as with "informazioni sul"
a proposito del
a proposito della
a proposito dello
a proposito dell'
a proposito dei
a proposito degli
a proposito delle

[editor_notes_headings]
# about.editor_notes: the notes to editors that close a release
nota per i redattori
note per i redattori
nota per la redazione
note per la redazione
nota alla redazione
note alla redazione
nota per i giornalisti
note per i giornalisti

[contact_headings]
# added for issue 13, live: the contact headings releases print (contacts.heading)
contatti
contatto
contatti stampa
ufficio stampa
per informazioni
per ulteriori informazioni
relazioni con i media
# contacts.heading: the press office named as the heading ("Dirección de Prensa", "Medienstelle")
ufficio comunicazione
contatti per la stampa
per la stampa
# issue 13 (it complete): the other headings Italian press offices print
# over their contacts (contacts.heading)
informazioni per la stampa
per maggiori informazioni
contatti per i media
contatti media
ufficio stampa e comunicazione

[months]
gennaio = 1
febbraio = 2
marzo = 3
aprile = 4
maggio = 5
giugno = 6
luglio = 7
agosto = 8
settembre = 9
ottobre = 10
novembre = 11
dicembre = 12
feb = 2
mar = 3
apr = 4
nov = 11
# added for issue 13 (live: a date written with them was not read)
gen = 1
mag = 5
giu = 6
lug = 7
ago = 8
set = 9
ott = 10
dic = 12
# issue 13 (it complete): the older abbreviations dictionaries and
# letters still write, with their dot ("3 sett. 2025", "14 febbr.";
# dateline.lang.month_abbrev)
genn = 1
febbr = 2
magg = 5
lugl = 7
sett = 9

[weekdays]
lunedì = 1
martedì = 2
mercoledì = 3
giovedì = 4
venerdì = 5
sabato = 6
domenica = 7
# issue 13 (it complete): CLDR's abbreviated weekdays, with or without
# their dot ("lun. 3 marzo 2025"; dateline.lang.it_month)
lun = 1
mar = 2
mer = 3
gio = 4
ven = 5
sab = 6
dom = 7

[ordinals]
# added for issue 13
{pending}
primo = 1
prima = 1
secondo = 2
seconda = 2
terzo = 3
terza = 3
quarto = 4
quarta = 4
quinto = 5
quinta = 5
sesto = 6
sesta = 6
settimo = 7
settima = 7
ottavo = 8
ottava = 8
nono = 9
nona = 9
decimo = 10
decima = 10

[ordinal_suffixes]
º
°

[date_connectors]
di

[date_leads]
# dateline.lang.it_month: the "lì" of Italian letters and acts between
# the place and the date ("Roma, lì 5 marzo 2024"), with and without its
# accent
lì
li
# added for issue 13
{pending}
il

[date_labels]
# added for issue 13
data
data di pubblicazione
# furniture.web.published_line: the date line a newsroom page prints
# under the title ("Published 9 February 2026")
pubblicato il
pubblicato

[closing_date_leads]
data {colon}
# added for issue 13
{pending}
fatto a

[today_words]
# where.announced_today: live since the second pass of issue 13
oggi

[place_particles]
di
# dateline.*: the articulated prepositions of place names ("Castiglione
# della Pescaia", "Castiglione delle Stiviere", "San Giorgio dei Lombardi")
della
del
dei
delle
degli
# dateline.place.it_sul: "su" + "il" in the names of places on a lake or
# a river ("Passignano sul Trasimeno", "Castelnuovo sul Po")
sul
# added for issue 13
{pending}
nel

[byline_leads]
fonte {colon}
# added for issue 13
a cura di
autore {colon}
di {colon}
redatto da
scritto da

[signature_titles]
presidente
# added for issue 13, live: a signatory's title (byline.signature_block)
ministro
ministra
direttore
direttrice
segretario
segretaria
portavoce
sindaco
amministratore delegato
direttore generale
assessore
assessora
rettore
rettrice
presidente della regione

[person_titles]
Dott.
Avv.
Ing.
Prof.
# added for issue 13
Dott.ssa
Sig.
Sig.ra
On.

[role_words]
# quotes.spelled_title_role: a title spelled out in small letters after
# the article ("a expliqué le docteur X", "dijo la doctora X") is the
# role's, not the written name's (the abbreviation "Dr." stays, as
# [person_titles]); whole words, so "doctorado" is none
dottor
dottore
dottoressa
minist*
presiden*
general*
senator*
fondat*
profes*
vice*
# added for issue 13, live: titles before a speaker's name
direttor*
segretari*
sindaco
sindaca
portavoce*
rettor*
ambasciat*
assessor*
consiglier*

[name_particles]
di
della
de
del
da

[articles]
la
l'
# added for issue 13; live since quotes.role_complement_before_name
# reads "il sindaco di …" past its article
il
lo
gli

[verb_clitics]
# quotes.speech_verbs.reply: the object pronoun before a verb of reply
# ("…", gli risponde Giovanna Rossi): the verb follows it
gli
le

[speech_verbs]
# live for quote attribution (issue 17)
ha detto
ha dichiarato
afferma
# added for issue 13, live: attributions releases write (tests/conventions/quotes)
ha affermato
ha spiegato
ha aggiunto
ha sottolineato
ha commentato
ha concluso
dice
spiega
aggiunge
sottolinea
dichiara
commenta
secondo {name_follows}
# quotes.speech_verbs.gaps (issue 13): more of the forms releases write
ha precisato
precisa
ha osservato
osserva
ha ricordato
ricorda
ha evidenziato
evidenzia
conclude
ha proseguito
prosegue
ha ribadito
ribadisce
ha sostenuto
sostiene
ha rimarcato
rimarca
ha annunciato
annuncia
# quotes.speech_verbs.reply: replicare, rispondere, obiettare
replica
ha replicato
risponde
ha risposto
ribatte
ha ribattuto
obietta
ha obiettato

[contact_roles]
# added for issue 13, live: roles on contact lines (contacts.roles)
direttore
direttrice
responsabile
portavoce
coordinatore
coordinatrice
presidente
addetto stampa
addetta stampa
amministratore delegato
responsabile comunicazione
capo ufficio stampa
addetto alla comunicazione
addetta alla comunicazione
responsabile relazioni esterne

[org_words]
# added for issue 13, live: bodies on contact lines (contacts.organizations)
s.p.a. {strong}
s.r.l. {strong}
ministero {strong}
università {strong}
comune {strong}
gruppo
agenzia
fondazione
istituto
associazione
ufficio stampa
regione
cooperativa
consorzio
federazione
camera di commercio
provincia

[org_suffixes]
# added for issue 13
S.p.A.
SpA
S.r.l.
Srl

[phone_labels]
tel
tel.
telefono
fax
cell
# added for issue 13
cellulare
# issue 13 (it complete): the other labels of an Italian contact line
# (contacts.phone_label: the label is no organisation)
centralino
numero verde
recapito telefonico
numero di telefono

[email_labels]
email
e-mail

[number_units]
euro*
# added for issue 13
{pending}
milioni*
miliardi*
anni*

[function_words]
la
le
l
d
e
o
a
in
con
da
del
al
# live since issue 13's audit (acronyms.repeated_letter: "Vereniging van …"):
# the rest of the language's function words
il
lo
i
gli
un
uno
una
di
della
dei
delle
degli
dello
ed
per
su
nel
nella
tra
fra
alla

[head_nouns]
fondo
centro
# added for issue 13
{pending}
programma
agenzia
istituto
società
consiglio
commissione
autorità
associazione
federazione
organizzazione
direzione
ministero
banca
impresa
ufficio
ente
comitato

[stop_words]
il
lo
gli
della
di
e
è
un
una
per
che
con
nel
sono
non

[page_labels]
# the word before a page number that a text extraction left among the
# paragraphs ("Page 3", "Seite 2 von 5"); a space follows
pag.
pagina
pag

[acronym_or]
# acronyms.or_apposition: "the X, or ABC," — the long form, a comma or a
# dash, this word and the acronym, closed by a comma or a dash
o
ovvero

[acronym_stands_for]
# acronyms.stands_for: what comes between an acronym and the long form
# it spells out ("TRAIL, which stands for Teens Restoring ...")
sta per
acronimo di
sigla di

[acronym_trails]
# acronyms.paren_trail: the words after the acronym in its parenthesis
# that make it the name used from then on, none of it ("(AFP in sigla)", "(AFP nella sigla inglese)")
in sigla
nella sigla inglese

[acronym_leads]
# acronyms.paren_lead: the words that open the parenthesis before the
# acronym it defines ("(hereinafter HBG)", "(kurz: KWG)", "(en adelante,
# CRAV)"), which are none of it
di seguito
in seguito
in breve
sigla

[long_form_links]
# the prepositions that tie a long form to the noun before it ("Ministry
# of Health", "Agence de ..."): an acronym may start after one
del
da

[embargo_words]
# a word that puts the release line under embargo, anywhere in it, in
# any case, inside a word too ("EMBARGOED UNTIL", "Sperrfrist:")
embargo

[role_joiners]
# what joins two roles before a speaker's name ("Founder and CEO Adam
# Boitnott"), as written
e

[spell_dictionaries]
# the hunspell dictionary (Debian's, /usr/share/hunspell/NAME.dic) that
# repairs read the language with: the first one listed
it_IT

[kind_words]
# kind.* (core/normalize/understand.c)
comunicato stampa {kind_press}
nota stampa {kind_press}
comunicato {kind_press alone}
dichiarazione {kind_statement alone}
dichiarazione di {kind_statement}
dichiarazione del {kind_statement}
dichiarazione della {kind_statement}
dichiarazione congiunta {kind_statement}
discorso {kind_speech alone}
discorso di {kind_speech}
discorso del {kind_speech}
intervento di {kind_speech}
intervento del {kind_speech}
fa fede il testo pronunciato {kind_speech anywhere}
fa fede solo il testo pronunciato {kind_speech anywhere}
avviso ai media {kind_advisory}
avviso stampa {kind_advisory}
invito stampa {kind_advisory}
invito ai giornalisti {kind_advisory}
comunicato congiunto {kind_communique}
comunicato finale {kind_communique}
consiglio dei ministri {kind_communique anywhere}
newsletter {kind_newsletter tail}
notiziario {kind_newsletter tail}

[reference_leads]
# reference.lead (core/normalize/understand.c)
rif.
riferimento
prot.
prot. n.
comunicato stampa n.
comunicato stampa n°
comunicato n.
comunicato n°

[department_words]
# issuer.department (core/normalize/understand.c): a press or
# communication department, which is not the issuer; "... of X" names it
ufficio stampa
ufficio comunicazione
relazioni esterne
comunicazione

[role_org_links]
# quote.role (core/normalize/understand.c): the word between a speaker's
# role and the organisation it is held in ("chief executive of Acme")
di
del
della
dell'
presso

[regions]
# dateline.shape.region_alone: Italian regions
Abruzzo
Basilicata
Calabria
Campania
Emilia-Romagna
Friuli-Venezia Giulia
Lazio
Liguria
Lombardia
Marche
Molise
Piemonte
Puglia
Sardegna
Sicilia
Toscana
Trentino-Alto Adige
Umbria
Valle d'Aosta
Veneto

[place_labels]
# a participle before a date says when, never where ("Created 1/1/2022",
# "Updated March 5, 2024"): dateline.shape.label
creato
creata
pubblicato
aggiornato
fondato
fondata

[column_words]
# headline.wire_column: a short name before a dash that holds one of
# these is a service column or rubric, a tag ("Terroirs en bref – …")
notizie
eventi
evento
agenda
in breve
focus
cronaca
bollettino
attualità
# the newspaper sections a column is named after
economia
società

[phone_extensions]
# contacts.phone_extension: the word before an extension after a number
# ("int. 12", "interno 12"): the extension is part of the phone
int.
interno

[phone_alternatives]
# the word between a phone number and another one to call instead
# ("555 0100 or 555 0101"): the second is a phone too (contacts.phone_alternative)
o
oppure

[closing_list_headings]
# closing.references: the heading of a list of works cited closing the
# release, alone on its line (a colon after it or not)
fonti
riferimenti
riferimenti bibliografici
bibliografia
opere citate

[appendix_headings]
# closing.appendix: the heading of material appended after the release
# (a list, a document, a table of figures), alone on its line, a
# letter or number after it allowed
allegato
allegati
appendice

[social_headings]
# closing.social: the heading of a list of the issuer's accounts closing
# the release, alone on its line (a colon after it or not)
social media
social network
seguici
seguici su
seguiteci su
resta in contatto

[advisory_labels]
# advisory.five_w: the labels of a media advisory's lines ("WHAT:",
# "WHEN:"), a colon after them: the event's facts, body, never a
# subheadline, a dateline or the release's date
cosa
che cosa
quando
dove
chi
perché
luogo

[contact_leads]
# a paragraph that is a contact block in itself ("Per informazioni:
# Ufficio stampa Valtessa, tel. 055 ..., stampa@...")
per informazioni
per ulteriori informazioni
per maggiori informazioni
per info
contatti stampa
contatto stampa
contatti {colon}
contatto {colon}
# contacts.press_label: the press desk named by one word and its colon
# over the contact's name and address ("Stampa: Ida Venn, ida@…")
stampa {colon}

[contact_words]
# a word that, with an e-mail and a phone, makes a paragraph a contact block
contatti
contatto
informazioni
contattare

[contact_field_labels]
# "Tel.: 055 ...", "Cellulare: 347 ...", "Referente: Giulia ..."
telefono
tel.
tel
cellulare
cell.
cell
e-mail
email
mail
fax
sito web
sito
web
nome
referente
contatto
# contacts.label_not_org: certified e-mail ("PEC: …") and its long form
pec
posta elettronica
# contacts.table_header: the column heads of a contact table (Name |
# Role | Phone | E-mail), never a contact's organisation or role
ruolo
funzione

[page_count_words]
# the word between a page number and the count of pages ("pagina 3 di 7")
di

[number_references]
# what before a number makes it a reference or an amount, not a phone
# ("Prot. n. 1234", "art. 12", "P. IVA 01234567890")
n.
nr.
num.
rif.
prot.
art.
articolo
decreto
legge
p. iva
p.iva
partita iva
codice fiscale

[not_name_words]
# capitalised words opening a sentence that are no name ("Lui", "Il")
Lui
Lei
Loro
Noi
Il
Lo
La
Gli
Le
Questo
Questa
Oggi

[pronoun_attributions]
# Italian drops the subject pronoun: the verb alone after a quotation
# refers back to the last speaker ("…", ha aggiunto.)
ha detto
ha aggiunto
ha spiegato
ha sottolineato
ha concluso
ha affermato
ha dichiarato
aggiunge
spiega
sottolinea
conclude

[follow_leads]
# what opens an invitation to follow an account, a space after
seguici
seguiteci

[follow_targets]
# what such an invitation names, as written, anywhere in the line
social
canali social

[social_invitations]
nostri canali social
nostri social

[feed_footer_leads]
# what opens a blog feed's footer ("L'articolo X sembra essere il primo su
# Y", as the plugin's Italian prints it), a space after
l'articolo

[feed_footer_links]
# the middle of that footer, as written, between spaces
sembra essere il primo su

[contact_line_leads]
# the label that opens a short contact line, read in capitals
contatti
contatto

[social_labels]
sito web
sito
sito internet
pagina iniziale
homepage

[link_labels]
# what a browser prints for an embedded post it cannot show, in brackets
# alone on its line (furniture.link_line)
link al tweet
link al post
link al video
vedi su twitter
visualizza su instagram
guarda su youtube
tweet incorporato

[email_at_words]
# the word for "@" in an address written to fool harvesters, inside
# brackets ("stampa [chiocciola] comune [punto] it")
chiocciola

[email_dot_words]
# the word for "." in such an address
punto

[contact_joiners]
# a word standing alone between two contacts
o
oppure
e

[heading_joiners]
# lower-case words inside a heading run into its first line ("Informazioni
# su Consorzio di Bonifica Il Consorzio ..."), as written, a space after
di
del
della
e

[legal_links]
# the legal links of a site's footer, printed with the page
# (furniture.site_footer): a footer's evidence, never a release's text
informativa sulla privacy
privacy policy
note legali
termini e condizioni
cookie policy
mappa del sito
condizioni d'uso

[suspended_hyphen_words]
# congiunzioni dopo un trattino sospeso ("pre- e post-operatorio")
e
o
ed

[download_leads]
# furniture.download_link: the verb that opens a link to a file a page
# offers for download ("Download the report (PDF)")
scaric*

[valedictions]
# byline.valediction: the complimentary close of a letter-style release,
# alone on its line above the signature (a comma or a full stop after it)
cordiali saluti
distinti saluti
con i migliori saluti
cordialmente
un cordiale saluto

[masthead_labels]
# labels a sender's masthead box gives besides its contact fields
# (body.side_facts: no fact of the text)
indirizzo
sede
p.iva
partita iva

# release.mail_headers: an e-mail's header names (1 subject, 2 sent date, 3 an address)
[mail_headers]
oggetto = 1
data = 2
inviato = 2
da = 3
a = 3
cc = 3

[web_nav_items]
# furniture.web.nav_menu: a site's menu items
home
chi siamo
area stampa
stampa
notizie
news
lavora con noi
contatti
servizi

[cookie_leads]
# furniture.web.cookie_notice
questo sito utilizza cookie
questo sito usa cookie
utilizziamo i cookie
utilizziamo cookie
questo sito web utilizza cookie

[cookie_buttons]
accetta
accetta tutti
rifiuta
rifiuta tutti
personalizza
impostazioni cookie

[tag_labels]
# furniture.web.tags
argomenti
tag

[meta_labels]
# furniture.web.meta_box
categoria
categorie
sezione
rubrica

[related_headings]
# furniture.web.related
articoli correlati
notizie correlate
potrebbe interessarti anche
leggi anche
altre notizie
ultime notizie
comunicati correlati

[about_copulas]
# about.headless: the verb (and article) after a body's name that opens
# its description, its boilerplate written without a heading
è un
è una
è un'
è uno
è stato fondato
è stata fondata

# furniture.mail.forward_marker: the line a mail client writes over a forwarded or quoted message
[mail_forward_markers]
messaggio inoltrato
messaggio originale

# furniture.mail.forward_marker: the verb of a reply's attribution line ("On … X wrote:")
[mail_wrote]
ha scritto

# furniture.mail.greeting: the sender's salutation over the release
[mail_greetings]
gentili redazioni
gentile redazione
gentili colleghi
buongiorno
egregi signori

# furniture.mail.disclaimer: the mail server's legal notice under the message
[mail_disclaimers]
le informazioni contenute in questo messaggio
questo messaggio e i suoi allegati
questo messaggio e gli eventuali allegati
il presente messaggio e gli eventuali allegati
ai sensi del regolamento ue 2016/679

# furniture.mail.newsletter: a newsletter's view-in-browser, why-you-got-it and unsubscribe lines
[newsletter_lines]
visualizza nel browser
visualizza questa email nel browser
ricevi questa email perché
hai ricevuto questa email perché
cancella iscrizione
annulla iscrizione

# headline.mail_subject: a Subject's reply and forward prefixes ("Fwd:", "TR:", "AW:")
[mail_subject_prefixes]
i
r
inoltra
rif

# contacts.address_line: the label of a postal address line in a contact block
[address_labels]
indirizzo
sede

[reader_possessives]
# contacts.heading.reader_possessive: a contact heading addressing the
# reader ("Your contact", "Ihre Ansprechpartner", "Vos contacts")
il vostro
la vostra
i vostri
le vostre
il suo
i suoi
vostro
vostri
tuo
tuoi

[dial_in_words]
# contacts.dial_in: a conference call's dial-in line and passcode in the body's text: the number reaches a call at one hour, no person or desk
per partecipare
codice di accesso
numero di accesso
numeri di accesso
codice partecipante

# ---- issue 13: the optional sections Italian has, completed ---------

[junk_prefixes]
# a web page's "read more" links ("follow us" is [follow_leads], which
# wants a network or "social" after it)
leggi tutto
leggi di più
continua a leggere

[clock_leads]
# "ore" before the hours of an event ("sabato 5 aprile, ore 10-18"):
# a poster's time range (dateline.event_time)
ore

[time_range_words]
# between two hours: "dalle 10 alle 18"
alle

[contact_audiences]
# contacts.heading.audience_pair: whom a contact desk serves, joined to
# another by [audience_joiners] in a heading ("Investor and media contact",
# "Contacts presse et investisseurs", "Presse- und Investorenkontakt")
stampa
media
investitori
analisti
giornalisti

[audience_joiners]
# contacts.heading.audience_pair: the word between two audiences
e
ed
&

[not_applicable]
# the optional sections that Italian does not have, each with why
# (core/lexicon/README, "Complete languages"): the compiler
# refuses a language file that neither fills nor names one here
top_level_domains  # language-neutral: the domains are any.lex's (contacts.email_wrapped)
role_complements  # Italian's complements ("di", "del", "della", "dell'") are its [role_org_links], which the same rules read (nz_role_link, role_phrase_end): "il ministro della Cultura Paolo Ferri" is read (quotes.role_complement_before_name it-1); listed twice they change nothing
copyright_leads  # language-neutral: any.lex holds "©", "(c)" and "copyright", which Italian releases print too
platform_credits  # the rendering is common in sentences and the line is only 8 words: none is listed (README, "Some languages leave a section empty")
social_media_labels  # English only (README): the other languages' labels open body sentences too; [social_headings], [follow_leads] read them
letterhead_leads  # English only (README): the electoral imprint of Australian, British and US law
issuer_labels  # no wire page in Italian prints "News provided by" (README, "Some languages leave a section empty")
social_networks  # the networks' names are brands, the same in every language: any.lex
about_tails  # Italian's "about" opens the heading ([about_headings]); the postpositions (Turkish, Japanese, Korean) are in any.lex
about_notices  # the US equal-opportunity notice after "is an" (about.headless): an American employer's, in English
about_founding  # Italian writes the founding with its verb after the name, listed in [about_copulas] (about.headless); the Arabic, Hebrew, Russian and Turkish words are before the name
about_adjective_leads  # the Slavic About heading with an adjective (about.heading.slavic_adjective), in any.lex
about_adjective_nouns  # the nouns of that Slavic heading, in any.lex
about_elative_leads  # the Finnish About heading with an elative (about.heading.fi_elative), in any.lex
about_elative_endings  # the Finnish elative endings, in any.lex
contact_heading_tails  # English only (README): Italian writes the heading as one word or with its own noun ([contact_headings])
meridiems  # Italian releases write times on the 24-hour clock ("ore 14.30")
clock_units  # Italian writes the hour after "ore" or "alle", or with its minutes ("18.30"), no unit after it
era_marks  # Arabic only: an era glued to the year ("2024م"); Italian writes none
year_marks  # Italian writes no "year" mark after a year (Slavic "r.", "г.", Lithuanian "m.": any.lex)
day_marks  # Italian writes no "day" mark after a day (Lithuanian "d.": any.lex)
date_correspondences  # Arabic only ("الموافق"); Italian releases give no second calendar's date
place_suffixes  # English only (README): "Washington D.C."
month_first_places  # English only (README, "Sections one language has"): Italian reads numeric dates day first everywhere
day_first_places  # English only (README, "Sections one language has")
day_first_spellings  # English only (README, "Sections one language has")
month_first_spellings  # English only (README, "Sections one language has")
hijri_months  # Italian releases do not date by the Hijri calendar
solar_hijri_months  # the Persian (Solar Hijri) calendar, in any.lex
buddhist_era_months  # the Thai calendar, in any.lex
buddhist_era_marks  # the Thai calendar, in any.lex
calendar_marks  # Italian releases do not date by the Hijri calendar
era_names  # the Japanese eras, in any.lex
name_stop_words  # Arabic only: where a name in a script without case ends; Italian ends a name at a lower-case word
possessive_endings  # English only (README): Italian glues no possessive to a name
role_modifiers  # English only: Italian puts the qualifier after its noun or in a compound ("économiste en chef", "Chefvolkswirt"), never before as "Chief"
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
elided_links  # Italian's elided prepositions keep their apostrophe before the long form ("dell'Energia"), which [long_form_links] and the elision rule read
hyphen_prefixes  # Italian writes its prefixes joined or as words (README, "Some languages leave a section empty")
hyphen_suffixes  # German only: its gender endings after a hyphen ("Bürger-innen"); Italian writes no ending after a hyphen
article_forms  # Arabic only: the article glued to its word ("وال")
hangul_endings  # Chinese, Japanese and Korean only; their words are in any.lex
agency_suffixes  # Chinese, Japanese and Korean only; their words are in any.lex

[number_words]
# acronyms.number_word: the cardinal numbers written out, a name's last
# word that its short form writes in figures ("Group of Twenty (G20)");
# a number of two parts joined by a hyphen adds them ("Twenty-Three")
uno = 1
due = 2
tre = 3
quattro = 4
cinque = 5
sei = 6
sette = 7
otto = 8
nove = 9
dieci = 10
undici = 11
dodici = 12
tredici = 13
quattordici = 14
quindici = 15
sedici = 16
diciassette = 17
diciotto = 18
diciannove = 19
venti = 20
trenta = 30
quaranta = 40
cinquanta = 50
sessanta = 60
settanta = 70
ottanta = 80
novanta = 90
cento = 100

# structure.translation_follows: a line alone naming the release given
# again in this language after the first (README)
[translation_marks]
versione italiana
versione in italiano
testo italiano
traduzione italiana
in italiano
