# fr.lex - French. Format and sections: core/lexicon/README.

[release_lines]
# headline.release_line.regulatory: the label a listed company's notice opens with, saying under which disclosure rule it is published (inside information, regulated information): a release line
information réglementée
information privilégiée
information réglementée privilégiée
communiqué de presse conjoint
communiqué de presse {tail}
communique de presse
communiqué conjoint
communiqué
communique
information presse
information médias
dossier de presse
note de presse
embargo {alone}
# added for issue 13: the release lines of every language (headline.release_line.*)
pour diffusion immédiate
avis aux médias
communiqué commun
# an embargo line in the language's words, the time it ends after it
# (headline.release_line.embargo_case: read in any case)
sous embargo jusqu'au
sous embargo jusqu'à
embargo jusqu'au
embargo jusqu'à

[end_marks]
fin
fin du communiqué
# the wire's closing line, the issuer's name after it, in capitals as
# the wire sets it (PR Newswire: "SOURCE Harbour Trust")
source {name_follows}

[headline_labels]
titre

[site_labels]
salle de presse
actualités
communiqués
# added for issue 13
{pending}
espace presse

[caption_leads]
figure {number}
illustration {number}
tableau {number}
photo {colon}
image {colon}
crédit photo
# body.caption.credit: le crédit d'une photo, son auteur après l'amorce
crédit {colon name_follows}
crédits {colon name_follows}
crédits photo
crédit photographique
photo © {name_follows}
© photo {name_follows}

[junk_lines]
partager
imprimer
retour en haut
haut de page
lire la suite
# furniture.junk_line: a newsroom page's share button
# and its link back to the list, alone on a line
e-mail
retour aux communiqués
retour aux actualités
retour à la liste

[junk_prefixes]
lire la suite
suivez-nous

[about_headings]
à propos de
à propos d'
à propos du
à propos des
a propos de
a propos d'
a propos du
# added for issue 13 (live: rule_about_heading() read them already; now every rule does)
a propos des
en savoir plus sur
# about.whole_line: the whole heading, no name after it ("Who we are")
qui sommes-nous
qui sommes-nous ?
qui sommes nous
# about.whole_line: "À propos" alone on its line, no name after it
à propos
a propos
# about.whole_line.profile
profil de l'entreprise
présentation de l'entreprise

[editor_notes_headings]
# about.editor_notes: the notes to editors that close a release
note aux rédactions
notes aux rédactions
note à la rédaction
notes à la rédaction
note aux rédacteurs
notes aux rédacteurs
note aux journalistes
notes aux journalistes
note pour les rédactions

[contact_headings]
contact
contacts
renseignements
renseignements presse
service presse
service de presse
service de communication
service communication
service de la communication
contacts presse
contact presse
contact médias
contacts médias
contact media
relations presse
relations médias
pour plus d'informations
pour toute information
plus d'informations
# added for issue 13 (live: sections under these headings were left in the body)
contact média
pour en savoir plus
relations avec les médias
# contacts.heading: the press office named as the heading ("Dirección de Prensa", "Medienstelle")
relations publiques
presse

[contact_leads]
pour plus d'informations
contact presse
contacts presse
contact {colon}
contacts {colon}
# contacts.press_label: the press desk named by one word and its colon
# over the contact's name and address ("Presse: Ida Venn, ida@…")
presse {colon}

[contact_words]
contact
renseignements

[months]
janvier = 1
février = 2
fevrier = 2
mars = 3
avril = 4
mai = 5
juin = 6
juillet = 7
août = 8
aout = 8
septembre = 9
octobre = 10
novembre = 11
décembre = 12
decembre = 12
janv = 1
févr = 2
fév = 2
avr = 4
juil = 7
sept = 9
oct = 10
nov = 11
déc = 12
dec = 12
# added for issue 13 (live: a date written with them was not read)
juill = 7
fevr = 2
fev = 2

[weekdays]
lundi = 1
mardi = 2
mercredi = 3
jeudi = 4
vendredi = 5
samedi = 6
dimanche = 7

[ordinals]
# added for issue 13
{pending}
premier = 1
première = 1
deuxième = 2
second = 2
seconde = 2
troisième = 3
quatrième = 4
cinquième = 5
sixième = 6
septième = 7
huitième = 8
neuvième = 9
dixième = 10

[ordinal_suffixes]
er
ère
# acronyms.ordinal_figure: "la 29e Conférence …", "la 12ème édition"
e
ème
# added for issue 13
{pending}
re

[date_leads]
le
ce

[date_labels]
date de publication
publié le
date
# furniture.web.published_line: the date line a newsroom page prints
# under the title ("Published 9 February 2026")
mis à jour le

[closing_date_leads]
fait à
fait a
publié le
date {colon}

[time_zones]
# heure de l'Europe centrale, and its summer time
HEC = +01:00
HAEC = +02:00

[today_words]
aujourd'hui

[place_particles]
de
des
la
le
les
sur
en
# dateline.*: "Saint-Martin du Var", "Villeneuve lès Avignon" written
# without hyphens
du
lès

[place_labels]
tél
tél.
tel
fax
date
mobile
e-mail
contact
réf
# a participle before a date says when, never where ("Created 1/1/2022",
# "Updated March 5, 2024"): dateline.shape.label
créé
créée
publié
publiée
mis à jour
modifié
fondé
fondée

[byline_leads]
par
préparé par
rédigé par
source {colon}
auteur {colon}

[signature_titles]
ministre
président
secrétaire
directeur
directrice
porte-parole
gouverneur
ambassadeur
maire
préfet
commissaire
général
chef
coordinateur
# added for issue 13
présidente
ministre délégué
secrétaire général
directeur général
directrice générale
coordinatrice
chargée
chargé
# byline.signature_name_title: the deputy who signs for the mayor ("L'Adjointe
# à la culture,")
adjoint
adjointe

[person_titles]
M.
Mme
Me
Pr
Pr.
Dr
Dr.
# added for issue 13
Mlle

[role_words]
# quotes.spelled_title_role: a title spelled out in small letters after
# the article ("a expliqué le docteur X", "dijo la doctora X") is the
# role's, not the written name's (the abbreviation "Dr." stays, as
# [person_titles]); whole words, so "doctorado" is none
docteur
docteure
minist*
président*
directeur*
directrice*
secrétaire*
général*
colonel*
porte-parole*
maire*
gouverneur*
sénat*
député*
chef*
fondat*
ambassad*
commissaire*
recteur*
doyen*
entraîneur*
capitaine*
prince*
roi*
reine*
cheikh*
adjoint*
vice*
assistant*
profes*
son excellence*
# added for issue 13
préfet*
conseill*

[name_particles]
de
du
des
le
la

[not_name_words]
Il
Elle
Ils
Elles
Nous
On
Le
La
Les
Ce
Cette
Pour
M
Mme
# the first person too ("Ich widersprach: „…“"): a pronoun is no speaker's name
Je

[articles]
le
la
l'

[verb_clitics]
# quotes.speech_verbs.reply: the object pronoun before a verb of reply
# (« … », lui rétorque Jeanne Roux): the verb follows it
lui
leur

[speech_verbs]
a déclaré
a dit
a affirmé
a souligné
a expliqué
a ajouté
a précisé
a estimé
a indiqué
a confié
a insisté
a rappelé
a poursuivi
a conclu
a assuré
a lancé
a martelé
a commenté
déclare
affirme
souligne
explique
ajoute
précise
estime
indique
confie
insiste
rappelle
poursuit
conclut
assure
commente
selon {name_follows}
d'après {name_follows}
# added for issue 13, live: attributions releases write (tests/conventions/quotes)
a annoncé
a noté
a observé
a fait savoir
a-t-il déclaré
a-t-elle déclaré
# quotes.speech_verbs.gaps (issue 13): the inverted forms after the
# quote and the verbs of testimony releases write
a-t-il ajouté
a-t-elle ajouté
a-t-il expliqué
a-t-elle expliqué
a-t-il souligné
a-t-elle souligné
a-t-il précisé
a-t-elle précisé
a-t-il indiqué
a-t-elle indiqué
a-t-il affirmé
a-t-elle affirmé
note
observe
raconte
a raconté
témoigne
a témoigné
résume
a résumé
détaille
a détaillé
complète
a complété
annonce
# quotes.speech_verbs.reply: répondre, objecter (« …, » rétorque X)
rétorque
a rétorqué
répond
a répondu
réplique
a répliqué
objecte
a objecté
nuance
a nuancé

# quotes.speech_verbs.gaps: the verbs of sharing and enthusing French
# releases attribute with (« … » partage Name, « … » se réjouit Name,
# « … » s'enthousiasme Name; « … », explique-t-il continues a speaker)
partage
a partagé
se réjouit
s'est réjoui
s'est réjouie
s'enthousiasme
explique-t-il
explique-t-elle

[pronoun_attributions]
a-t-il
a-t-elle
dit-il
dit-elle
ajoute-t-il
ajoute-t-elle
explique-t-il
explique-t-elle
poursuit-il
poursuit-elle
estime-t-il
estime-t-elle

[contact_roles]
chargé
chargée
responsable
attaché
attachée
directeur
directrice
porte-parole
conseiller
conseillère
délégué
déléguée
présidente
président
chef
adjoint
adjointe
assistant
consultant
# added for issue 13
{pending}
attaché de presse
attachée de presse
chargée de communication
chargé de communication

[org_words]
ministère {strong}
université {strong}
mairie {strong}
sas {strong}
sarl {strong}
s.a. {strong}
sa
groupe
agence
association
fondation
institut
sénat
département
conseil
bureau
service
médias
presse
communication
ville
centre
# added for issue 13
préfecture
ambassade

[org_suffixes]
SA
S.A.
SAS
SARL
# added for issue 13
SNC
SCA
# SE (Societas Europaea) is also a word in capitals (Spanish, Portuguese, Italian
# "se" in a headline set in capitals): it waits
{pending}
SE

[phone_labels]
tél
tel
tel.
téléphone
portable
standard
ligne directe
fax
mobile

[email_labels]
courriel
e-mail
email

[contact_field_labels]
courriel
e-mail
tél.
tél
téléphone
portable
site web
site
nom
contact
fax
mobile
# contacts.label_not_org: "Mél :", the abbreviation the Commission
# d'enrichissement de la langue française gives for e-mail
mél
mel
# contacts.table_header: the column heads of a contact table (Name |
# Role | Phone | E-mail), never a contact's organisation or role
fonction

[number_references]
réf
siret
siren
rcs
tva
décret
loi
dossier
article
art.
fcfa
cfa

[number_units]
euro*
francs*
fcfa*
cfa*
tonnes*
habitants*
personnes*
million*
milliard*
ans*

[function_words]
de
du
des
d
l
la
le
les
et
en
au
aux
pour
sur
dans
avec
entre
par
à
# live since issue 13's audit (acronyms.repeated_letter: "Vereniging van …"):
# the rest of the language's function words
un
une

[head_nouns]
société
agence
office
fonds
centre
institut
conseil
commission
comité
autorité
programme
projet
association
fédération
union
organisation
direction
ministère
banque
caisse
groupe
syndicat
compagnie
cellule
délégation
service
bureau

[stop_words]
le
la
les
des
et
est
une
dans
du
pour
que
qui
sur
avec
au
aux
sont

[hyphen_prefixes]
sous
demi
mi
auto
extra
ex
co
non
anti
post
quasi
semi
vice

[page_labels]
# the word before a page number that a text extraction left among the
# paragraphs ("Page 3", "Seite 2 von 5"); a space follows
page

[page_count_words]
# the word between a page number and the count of pages ("3 of 7",
# "2 sur 4"); a space follows
sur

[clock_units]
# the unit written after an hour ("14 h", "10 Uhr"), as written
h

[long_form_links]
# the prepositions that tie a long form to the noun before it ("Ministry
# of Health", "Agence de ..."): an acronym may start after one
de
des
du

[heading_joiners]
# lower-case words inside a heading run into its section's first line
# ("About Bureau of Standards The bureau ..."), as written, a space after
de
et
du
des

[role_complements]
# what ties a role to its complement ("ministre de l'Intérieur", "Minister
# of Finance"): the words after it name no speaker; as written, a space after
de

[contact_joiners]
# a word standing alone between two contacts ("Jane Doe / or / John Roe")
ou
et

[social_invitations]
# an invitation to the social accounts ("Join us on our socials"), as
# written, anywhere in a short line
nos réseaux sociaux

[acronym_or]
# acronyms.or_apposition: "the X, or ABC," — the long form, a comma or a
# dash, this word and the acronym, closed by a comma or a dash
ou

[acronym_stands_for]
# acronyms.stands_for: what comes between an acronym and the long form
# it spells out ("TRAIL, which stands for Teens Restoring ...")
est l'acronyme de
est le sigle de
acronyme de
sigle de

[acronym_trails]
# acronyms.paren_trail: the words after the acronym in its parenthesis
# that make it the name used from then on, none of it ("(SIVB en abrégé)", "(« SIVB » en abrégé)")
en abrégé

[acronym_leads]
# acronyms.paren_lead: the words that open the parenthesis before the
# acronym it defines ("(hereinafter HBG)", "(kurz: KWG)", "(en adelante,
# CRAV)"), which are none of it
ci-après dénommée
ci-après dénommé
ci-après
en abrégé
abrégé en
sigle
# (« dit SIVB », « dite APAV »)
dite
dit

[elided_links]
# such a preposition elided before a vowel, without its apostrophe
# ("Agence d'Assistance": "d")
d

[embargo_words]
# a word that puts the release line under embargo, anywhere in it, in
# any case, inside a word too ("EMBARGOED UNTIL", "Sperrfrist:")
embargo

[role_joiners]
# what joins two roles before a speaker's name ("Founder and CEO Adam
# Boitnott"), as written
et

[spell_dictionaries]
# the hunspell dictionary (Debian's, /usr/share/hunspell/NAME.dic) that
# repairs read the language with: the first one listed
fr_FR

[kind_words]
# kind.* (core/normalize/understand.c)
communiqué de presse {kind_press}
communique de presse {kind_press}
communiqué {kind_press alone}
information presse {kind_press}
information médias {kind_press}
note de presse {kind_press}
déclaration {kind_statement alone}
déclaration de {kind_statement}
déclaration du {kind_statement}
déclaration conjointe {kind_statement}
discours {kind_speech alone}
discours de {kind_speech}
discours du {kind_speech}
allocution de {kind_speech}
allocution du {kind_speech}
seul le prononcé fait foi {kind_speech anywhere}
seul le texte prononcé fait foi {kind_speech anywhere}
avis aux médias {kind_advisory}
avis aux rédactions {kind_advisory}
invitation presse {kind_advisory}
invitation aux médias {kind_advisory}
communiqué conjoint {kind_communique}
communiqué final {kind_communique}
compte rendu du conseil des ministres {kind_communique}
conseil des ministres {kind_communique anywhere}
lettre d'information {kind_newsletter}
infolettre {kind_newsletter}
bulletin d'information {kind_newsletter}

[reference_leads]
# reference.lead (core/normalize/understand.c)
réf.
réf
référence
n/réf.
nos réf.
notre référence
communiqué n°
communiqué nº
communiqué no
communiqué de presse n°
communiqué de presse nº
cp n°

[department_words]
# issuer.department (core/normalize/understand.c): a press or
# communication department, which is not the issuer; "... of X" names it
service de presse
service presse
service communication
service de communication
direction de la communication
relations presse
relations médias
bureau de presse
cellule communication
communication

[role_org_links]
# quote.role (core/normalize/understand.c): the word between a speaker's
# role and the organisation it is held in ("chief executive of Acme")
de
de l'
du
de la
des
d'
chez
à la
au

[regions]
# dateline.shape.region_alone: French regions and overseas regions,
# Belgian regions, Canadian provinces, as they open a dateline alone
Auvergne-Rhône-Alpes
Bourgogne-Franche-Comté
Bretagne
Centre-Val de Loire
Corse
Grand Est
Hauts-de-France
Île-de-France
Normandie
Nouvelle-Aquitaine
Occitanie
Pays de la Loire
Provence-Alpes-Côte d'Azur
Guadeloupe
Martinique
Guyane
La Réunion
Mayotte
Wallonie
Flandre
Québec
Ontario
Nouveau-Brunswick

[column_words]
# headline.wire_column: a short name before a dash that holds one of
# these is a service column or rubric, a tag ("Terroirs en bref – …")
actualité
actualités
événement
évènement
evènement
evenement
en bref
brève
brèves
focus
chronique
agenda
zoom
dossier
éditorial
tribune
# the newspaper sections a column is named after
économie
société

[phone_extensions]
# contacts.phone_extension: the word before an extension after a number
# ("poste 12"): the extension is part of the phone
poste

[phone_alternatives]
# the word between a phone number and another one to call instead
# ("555 0100 or 555 0101"): the second is a phone too (contacts.phone_alternative)
ou

[closing_list_headings]
# closing.references: the heading of a list of works cited closing the
# release, alone on its line (a colon after it or not)
références
sources
bibliographie
ouvrages cités

[appendix_headings]
# closing.appendix: the heading of material appended after the release
# (a list, a document, a table of figures), alone on its line, a
# letter or number after it allowed
annexe
annexes

[social_headings]
# closing.social: the heading of a list of the issuer's accounts closing
# the release, alone on its line (a colon after it or not)
réseaux sociaux
suivez-nous
suivez-nous sur
suivez-nous sur les réseaux sociaux
retrouvez-nous sur
retrouvez-nous sur les réseaux sociaux

[advisory_labels]
# advisory.five_w: the labels of a media advisory's lines ("WHAT:",
# "WHEN:"), a colon after them: the event's facts, body, never a
# subheadline, a dateline or the release's date
quoi
quand
où
qui
pourquoi
comment
lieu
date et heure

[follow_leads]
# what opens an invitation to follow an account, a space after
suivez-nous

[follow_targets]
# what such an invitation names, as written, anywhere in the line
réseaux sociaux

[feed_footer_leads]
# what opens a blog feed's footer ("L'article X est apparu en premier sur
# Y"), a space after
l'article

[feed_footer_links]
# the middle of that footer, as written, between spaces
est apparu en premier sur

[platform_credits]
# a site's credit to its platform ("Fièrement propulsé par WordPress"), as
# written, between spaces, in a short line
propulsé par

[issuer_labels]
# dateline.wire.prnewswire: the scraped page's stack above the dateline
nouvelles fournies par
fourni par

[contact_line_leads]
# the label that opens a short contact line, read in capitals
# ("CONTACT Jeanne Roy 01 ...")
contact

[social_labels]
site web
site internet
page d'accueil

[email_at_words]
# the word for "@" in an address written to fool harvesters, inside
# brackets ("presse [arobase] ville [point] fr")
arobase

[email_dot_words]
# the word for "." in such an address
point

[link_labels]
# what a browser prints for an embedded post it cannot show, in brackets
# alone on its line (furniture.link_line)
lien vers le tweet
lien vers la publication
lien vers la vidéo
voir sur twitter
voir sur instagram
tweet intégré

[legal_links]
# the legal links of a site's footer, printed with the page
# (furniture.site_footer): a footer's evidence, never a release's text
politique de confidentialité
mentions légales
conditions générales d'utilisation
conditions d'utilisation
politique de cookies
gestion des cookies
plan du site
données personnelles

[suspended_hyphen_words]
# conjonctions après un trait d'union suspendu ("pré- et post-opératoire")
et
ou

[download_leads]
# furniture.download_link: the verb that opens a link to a file a page
# offers for download ("Download the report (PDF)")
télécharg*

[valedictions]
# byline.valediction: the complimentary close of a letter-style release,
# alone on its line above the signature (a comma or a full stop after it)
cordialement
bien cordialement
très cordialement
salutations distinguées
sincères salutations
bien à vous
avec mes salutations distinguées

[masthead_labels]
# labels a sender's masthead box gives besides its contact fields
# (body.side_facts: no fact of the text)
adresse
siège
siret
tva
site

# release.mail_headers: an e-mail's header names (1 subject, 2 sent date, 3 an address)
[mail_headers]
objet = 1
sujet = 1
date = 2
envoyé = 2
de = 3
à = 3
cc = 3
répondre à = 3

[web_nav_items]
# furniture.web.nav_menu: a site's menu items
accueil
qui sommes-nous
espace presse
presse
actualités
recrutement
contact
nous contacter
services
agenda

[cookie_leads]
# furniture.web.cookie_notice
ce site utilise des cookies
nous utilisons des cookies
ce site web utilise des cookies
en poursuivant votre navigation, vous acceptez

[cookie_buttons]
tout accepter
tout refuser
accepter
refuser
personnaliser
paramétrer les cookies
j'accepte

[tag_labels]
# furniture.web.tags
mots-clés
tags
thématiques
étiquettes

[meta_labels]
# furniture.web.meta_box
catégorie
catégories
rubrique
thématique

[related_headings]
# furniture.web.related
à lire aussi
a lire aussi
sur le même sujet
dans la même rubrique
autres communiqués
voir aussi
dernières actualités
actualités liées

[about_copulas]
# about.headless: the verb (and article) after a body's name that opens
# its description, its boilerplate written without a heading
est un
est une
a été fondé
a été fondée

# furniture.mail.forward_marker: the line a mail client writes over a forwarded or quoted message
[mail_forward_markers]
début du message réexpédié
message transféré
message d'origine
message original

# furniture.mail.forward_marker: the verb of a reply's attribution line ("On … X wrote:")
[mail_wrote]
a écrit

# furniture.mail.greeting: the sender's salutation over the release
[mail_greetings]
madame, monsieur
mesdames, messieurs
madame, messieurs
bonjour
chers journalistes
chère madame, cher monsieur

# furniture.mail.disclaimer: the mail server's legal notice under the message
[mail_disclaimers]
ce message et toutes les pièces jointes
ce message et les pièces jointes
ce message et ses pièces jointes
ce courriel et ses pièces jointes
ce message est confidentiel
ce courriel est confidentiel
avertissement :

# furniture.mail.newsletter: a newsletter's view-in-browser, why-you-got-it and unsubscribe lines
[newsletter_lines]
voir la version en ligne
afficher dans le navigateur
voir cet e-mail dans votre navigateur
vous recevez cet e-mail car
vous recevez ce message car
vous recevez cet email car
se désinscrire
se désabonner
désinscription
notre adresse postale est

# headline.mail_subject: a Subject's reply and forward prefixes ("Fwd:", "TR:", "AW:")
[mail_subject_prefixes]
tr
réf
ré

# contacts.address_line: the label of a postal address line in a contact block
[address_labels]
adresse
adresse postale
siège

[reader_possessives]
# contacts.heading.reader_possessive: a contact heading addressing the
# reader ("Your contact", "Ihre Ansprechpartner", "Vos contacts")
votre
vos
ton
tes

[dial_in_words]
# contacts.dial_in: a conference call's dial-in line and passcode in the body's text: the number reaches a call at one hour, no person or desk
numéro d'accès
code d'accès
composer le
composez le
code de conférence
code participant

[contact_audiences]
# contacts.heading.audience_pair: whom a contact desk serves, joined to
# another by [audience_joiners] in a heading ("Investor and media contact",
# "Contacts presse et investisseurs", "Presse- und Investorenkontakt")
presse
médias
media
investisseurs
analystes
journalistes

[audience_joiners]
# contacts.heading.audience_pair: the word between two audiences
et
&

[not_applicable]
# the optional sections that French does not have, each with why
# (core/lexicon/README, "Complete languages"): the compiler
# refuses a language file that neither fills nor names one here
top_level_domains  # language-neutral: the domains are any.lex's (contacts.email_wrapped)
copyright_leads  # language-neutral: any.lex holds "©", "(c)" and "copyright", which French releases print too
social_media_labels  # English only (README): the other languages' labels open body sentences too; [social_headings], [follow_leads] read them
letterhead_leads  # English only (README): the electoral imprint of Australian, British and US law
social_networks  # the networks' names are brands, the same in every language: any.lex
about_tails  # French's "about" opens the heading ([about_headings]); the postpositions (Turkish, Japanese, Korean) are in any.lex
about_notices  # the US equal-opportunity notice after "is an" (about.headless): an American employer's, in English
about_founding  # French writes the founding with its verb after the name, listed in [about_copulas] (about.headless); the Arabic, Hebrew, Russian and Turkish words are before the name
about_adjective_leads  # the Slavic About heading with an adjective (about.heading.slavic_adjective), in any.lex
about_adjective_nouns  # the nouns of that Slavic heading, in any.lex
about_elative_leads  # the Finnish About heading with an elative (about.heading.fi_elative), in any.lex
about_elative_endings  # the Finnish elative endings, in any.lex
contact_heading_tails  # English only (README): French writes the heading as one word or with its own noun ([contact_headings])
date_connectors  # French writes no word between a day and its month ("5 mars 2026")
meridiems  # French releases write times on the 24-hour clock ("14 h 30", "14h30")
clock_leads  # French writes no word for "o'clock" before an hour (Scandinavian "kl.", Finnish "klo": any.lex)
time_range_words  # any.lex holds the word between two hours for the Latin-script languages, French's with them ("to", "bis", "à", "tot", "a", "al")
era_marks  # Arabic only: an era glued to the year ("2024م"); French writes none
year_marks  # French writes no "year" mark after a year (Slavic "r.", "г.", Lithuanian "m.": any.lex)
day_marks  # French writes no "day" mark after a day (Lithuanian "d.": any.lex)
date_correspondences  # Arabic only ("الموافق"); French releases give no second calendar's date
place_suffixes  # English only (README): "Washington D.C."
month_first_places  # English only (README, "Sections one language has"): French reads numeric dates day first everywhere
day_first_places  # English only (README, "Sections one language has")
day_first_spellings  # English only (README, "Sections one language has")
month_first_spellings  # English only (README, "Sections one language has")
hijri_months  # French releases do not date by the Hijri calendar
solar_hijri_months  # the Persian (Solar Hijri) calendar, in any.lex
buddhist_era_months  # the Thai calendar, in any.lex
buddhist_era_marks  # the Thai calendar, in any.lex
calendar_marks  # French releases do not date by the Hijri calendar
era_names  # the Japanese eras, in any.lex
name_stop_words  # Arabic only: where a name in a script without case ends; French ends a name at a lower-case word
possessive_endings  # English only (README): French glues no possessive to a name
role_modifiers  # English only: French puts the qualifier after its noun or in a compound ("économiste en chef", "Chefvolkswirt"), never before as "Chief"
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
hyphen_suffixes  # German only: its gender endings after a hyphen ("Bürger-innen"); French writes no ending after a hyphen
article_forms  # Arabic only: the article glued to its word ("وال")
hangul_endings  # Chinese, Japanese and Korean only; their words are in any.lex
agency_suffixes  # Chinese, Japanese and Korean only; their words are in any.lex

[number_words]
# acronyms.number_word: the cardinal numbers written out, a name's last
# word that its short form writes in figures ("Group of Twenty (G20)");
# a number of two parts joined by a hyphen adds them ("Twenty-Three")
un = 1
deux = 2
trois = 3
quatre = 4
cinq = 5
six = 6
sept = 7
huit = 8
neuf = 9
dix = 10
onze = 11
douze = 12
treize = 13
quatorze = 14
quinze = 15
seize = 16
dix-sept = 17
dix-huit = 18
dix-neuf = 19
vingt = 20
trente = 30
quarante = 40
cinquante = 50
soixante = 60
cent = 100
soixante-dix = 70
quatre-vingt = 80
quatre-vingts = 80
quatre-vingt-dix = 90

# structure.translation_follows: a line alone naming the release given
# again in this language after the first (README)
[translation_marks]
version française
version en français
texte français
texte en français
traduction française
en français
version française ci-dessous
