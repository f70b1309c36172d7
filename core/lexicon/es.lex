# es.lex - Spanish. Format and sections: core/lexicon/README.

[release_lines]
# headline.release_line.regulatory: the label a listed company's notice opens with, saying under which disclosure rule it is published (inside information, regulated information): a release line
otra información relevante
información privilegiada
información relevante {alone}
nota de prensa {tail}
comunicado de prensa
comunicado conjunto
comunicado
embargo {alone}
# added for issue 13: the release lines of every language (headline.release_line.*)
para su publicación inmediata
para publicación inmediata
nota informativa
comunicado oficial
# an embargo line in the language's words, the time it ends after it
# (headline.release_line.embargo_case: read in any case)
embargo hasta
bajo embargo hasta
# issue 13: the distribution line, the joint release, the calls and
# notices to the media over the title; "boletín de prensa" and "nota para
# medios" as Mexican offices write them (headline.release_line.above)
para difusión inmediata
nota de prensa conjunta
convocatoria de prensa
convocatoria a medios
aviso a los medios
boletín de prensa
nota para medios

[end_marks]
fin
# added for issue 13 (live: text after these end marks was left in the body)
fin del comunicado
# the wire's closing line, the issuer's name after it, in capitals as
# the wire sets it (PR Newswire: "FUENTE Harbour Trust")
fuente {name_follows}

[headline_labels]
titular
título

[site_labels]
sala de prensa
noticias
# added for issue 13
{pending}
comunicados
actualidad

[caption_leads]
foto {colon}
figura {number}
fig. {number}
tabla {number}
imagen {colon}
fotografía {colon}
pie de foto {colon}
# body.caption.credit: el crédito de una foto, su autor tras la entrada
crédito {colon name_follows}
créditos {colon name_follows}
foto cortesía de {name_follows}
foto © {name_follows}

[junk_lines]
compartir
# added for issue 13
imprimir
leer más
volver arriba
# furniture.junk_line: a newsroom page's share button
# and its link back to the list, alone on a line
correo
volver a noticias
volver a la sala de prensa
volver al listado

[junk_prefixes]
leer más
síguenos

[about_headings]
acerca de
acerca del
sobre
# added for issue 13 (live: rule_about_heading() read them already; now every rule does)
más sobre
# about.whole_line: the whole heading, no name after it ("Who we are")
quiénes somos
quienes somos
# about.whole_line.profile
perfil de la empresa
perfil corporativo

[editor_notes_headings]
# about.editor_notes: the notes to editors that close a release
nota para editores
notas para editores
nota para los editores
notas para los editores
nota a los editores
notas a los editores
nota al editor
notas al editor
nota para el editor
notas para el editor
nota para la redacción
notas para la redacción
nota a la redacción

[contact_headings]
gabinete de prensa
oficina de prensa
servicio de prensa
departamento de comunicación
gabinete de comunicación
departamento de prensa
contacto para medios de comunicación
contacto con los medios
contacto para medios
contacto de prensa
contactos de prensa
contacto
contactos
para más información
más información
# added for issue 13 (live: sections under these headings were left in the body)
contacto de medios
relación con medios
para mayor información
# contacts.heading: the press office named as the heading ("Dirección de Prensa", "Medienstelle")
dirección de prensa
dirección de comunicación
área de prensa
comunicación y prensa
prensa
# issue 13: the media relations desk as the heading (contacts.heading)
relaciones con los medios
relación con los medios

[contact_leads]
para más información
contacto
# contacts.press_label: the press desk named by one word and its colon
# over the contact's name and address ("Prensa: Ida Venn, ida@…")
prensa {colon}

[contact_words]
contacto

[months]
enero = 1
febrero = 2
marzo = 3
abril = 4
mayo = 5
junio = 6
julio = 7
agosto = 8
septiembre = 9
setiembre = 9
octubre = 10
noviembre = 11
diciembre = 12
feb = 2
mar = 3
may = 5
jun = 6
jul = 7
sep = 9
sept = 9
oct = 10
nov = 11
# added for issue 13 (live: a date written with them was not read)
ene = 1
abr = 4
ago = 8
dic = 12

[weekdays]
lunes = 1
martes = 2
miércoles = 3
miercoles = 3
jueves = 4
viernes = 5
sábado = 6
domingo = 7
# added for issue 13 (live: a date written with them was not read)
sabado = 6

[ordinals]
# added for issue 13
{pending}
primero = 1
primera = 1
primer = 1
segundo = 2
segunda = 2
tercero = 3
tercera = 3
tercer = 3
cuarto = 4
cuarta = 4
quinto = 5
quinta = 5
sexto = 6
sexta = 6
séptimo = 7
séptima = 7
octavo = 8
octava = 8
noveno = 9
novena = 9
décimo = 10
décima = 10

[ordinal_suffixes]
º
°
o

[date_connectors]
de
del

[date_leads]
el

[date_labels]
fecha de publicación
# added for issue 13
fecha
# furniture.web.published_line: the date line a newsroom page prints
# under the title ("Published 9 February 2026")
publicado el
publicado

[closing_date_leads]
fecha {colon}

[today_words]
hoy

[place_particles]
de
del
la
el
y
# dateline.*: the plural articles of place names ("San Martín de las
# Flores", "San Juan de los Lagos")
las
los

[byline_leads]
por
elaborado por
fuente {colon}
# added for issue 13
autor {colon}
autora {colon}
redactado por
preparado por

[signature_titles]
presidente
secretario
director
directora
general
# added for issue 13
presidenta
secretaria
ministro
ministra
portavoz
alcalde
alcaldesa
director general
jefe
jefa
coordinador
coordinadora
gerente

[person_titles]
Sr.
Sra.
Dr.
Dra.
Lic.
Ing.
# added for issue 13
D.
Dña.
Srta.

[role_words]
# quotes.spelled_title_role: a title spelled out in small letters after
# the article ("a expliqué le docteur X", "dijo la doctora X") is the
# role's, not the written name's (the abbreviation "Dr." stays, as
# [person_titles]); whole words, so "doctorado" is none
doctor
doctora
minist*
presiden*
director*
secretar*
general*
portavoz*
alcalde*
gobernador*
diputad*
jefe*
fundador*
embajador*
comisari*
rector*
profes*
vice*
# added for issue 13
consejer*
concejal*
delegad*

[name_particles]
de {signatory}
del {signatory}
y
la

[not_name_words]
El
Ella
Los
Las
La

[articles]
el
la

[verb_clitics]
# quotes.speech_verbs.reply: the object pronoun before a verb of reply
# ("…", le replica el economista Juan Ruiz): the verb follows it
le
les

[speech_verbs]
ha declarado
ha dicho
ha afirmado
ha señalado
ha explicado
ha añadido
ha asegurado
ha indicado
ha destacado
ha subrayado
ha recordado
ha manifestado
dijo
declaró
afirmó
explicó
señaló
añadió
aseguró
indicó
destacó
subrayó
recordó
según {name_follows}
afirma
señala
explica
asegura
# added for issue 13, live: attributions releases write (tests/conventions/quotes)
agregó
comentó
expresó
manifestó
ha comentado
sostuvo
puntualizó
# quotes.speech_verbs.gaps (issue 13): the present tense of the verbs
# above, and more of the past
comenta
destaca
añade
subraya
recuerda
sostiene
apunta
apuntó
ha apuntado
insiste
insistió
concluyó
ha concluido
concluye
manifiesta
precisó
ha precisado
precisa
expresa
indica
# quotes.speech_verbs.reply: replicar, responder, objetar
replica
replicó
ha replicado
responde
respondió
ha respondido
contesta
contestó
rebate
rebatió
objeta
objetó

[pronoun_attributions]
añadió
# Spanish drops the subject pronoun: the verb alone after a quotation
# refers back to the last speaker ("…", afirmó.); a name, or a role and
# a name, after it is a new speaker
dijo
afirmó
explicó
señaló
aseguró
indicó
destacó
subrayó
agregó
comentó
recordó
concluyó
dijo él
dijo ella

[contact_roles]
director
directora
jefe
jefa
portavoz
responsable
responsable de
gerente
coordinador
coordinadora
# added for issue 13
{pending}
presidente
presidenta
directora de comunicación
jefe de prensa
jefa de prensa

[org_words]
ministerio {strong}
universidad {strong}
ltda {strong}
s.a. {strong}
sa
s.l.
sl
grupo
agencia
fundación
instituto
consejo
prensa
comunicación
gabinete
secretaría
centro
# added for issue 13
ayuntamiento
gobierno
asociación

[org_suffixes]
SA
S.A.
S.L.
# added for issue 13
S.L.U.
S.A.U.
S.A. de C.V.
SL

[phone_labels]
teléfono
telefono
tfno
tlf
móvil
movil
celular
tel
tel.
fax
# issue 13: a contact line's other labels (contacts.phone_label: the
# label is no organisation)
centralita
número de teléfono

[email_labels]
correo
# contacts.label_not_org: live, the label of an e-mail line (issue 13)
correo electrónico

[contact_field_labels]
correo electrónico
correo
teléfono
móvil
celular
contacto
nombre
# contacts.label_not_org: the e-mail label as Spanish releases write it
e-mail
email
# contacts.table_header: the column heads of a contact table (Name |
# Role | Phone | E-mail), never a contact's organisation or role
cargo
puesto

[number_references]
núm.
decreto
ley

[number_units]
millones*
años*

[function_words]
el
los
las
del
y
e
o
con
para
en
de
la
al
a
entre
# live since issue 13's audit (acronyms.repeated_letter: "Vereniging van …"):
# the rest of the language's function words
un
una
por
sobre

[head_nouns]
agencia
instituto
sociedad
entidad
consejo
comisión
fondo
centro
autoridad
programa
asociación
federación
organización
dirección
ministerio
banco
empresa

[stop_words]
el
los
las
del
y
es
una
en
por
para
que
con
se
su
al
como

[page_labels]
# the word before a page number that a text extraction left among the
# paragraphs ("Page 3", "Seite 2 von 5"); a space follows
página

[page_count_words]
# the word between a page number and the count of pages ("3 of 7",
# "2 sur 4"); a space follows
de

[acronym_or]
# acronyms.or_apposition: "the X, or ABC," — the long form, a comma or a
# dash, this word and the acronym, closed by a comma or a dash
o

[acronym_stands_for]
# acronyms.stands_for: what comes between an acronym and the long form
# it spells out ("TRAIL, which stands for Teens Restoring ...")
son las siglas de
es la sigla de
siglas de
sigla de

[acronym_trails]
# acronyms.paren_trail: the words after the acronym in its parenthesis
# that make it the name used from then on, none of it ("(ARP por sus siglas en inglés)", "(AAVP en adelante)")
por sus siglas en inglés
por sus siglas
en adelante

[acronym_leads]
# acronyms.paren_lead: the words that open the parenthesis before the
# acronym it defines ("(hereinafter HBG)", "(kurz: KWG)", "(en adelante,
# CRAV)"), which are none of it
en adelante
en lo sucesivo
por sus siglas en inglés
por sus siglas en español
por sus siglas en francés
por sus siglas
en inglés
sigla

[long_form_links]
# the prepositions that tie a long form to the noun before it ("Ministry
# of Health", "Agence de ..."): an acronym may start after one
de
del

[heading_joiners]
# lower-case words inside a heading run into its section's first line
# ("About Bureau of Standards The bureau ..."), as written, a space after
de
del
y

[role_complements]
# what ties a role to its complement ("ministre de l'Intérieur", "Minister
# of Finance"): the words after it name no speaker; as written, a space after
de
del

[social_invitations]
# an invitation to the social accounts ("Join us on our socials"), as
# written, anywhere in a short line
redes sociales

[embargo_words]
# a word that puts the release line under embargo, anywhere in it, in
# any case, inside a word too ("EMBARGOED UNTIL", "Sperrfrist:")
embargo

[spell_dictionaries]
# the hunspell dictionary (Debian's, /usr/share/hunspell/NAME.dic) that
# repairs read the language with: the first one listed
es_ES

[kind_words]
# kind.* (core/normalize/understand.c)
nota de prensa {kind_press}
comunicado de prensa {kind_press}
comunicado {kind_press alone}
nota informativa {kind_press}
declaración {kind_statement alone}
declaración de {kind_statement}
declaración del {kind_statement}
declaración conjunta {kind_statement}
discurso {kind_speech alone}
discurso de {kind_speech}
discurso del {kind_speech}
palabras de {kind_speech}
palabras del {kind_speech}
intervención de {kind_speech}
intervención del {kind_speech}
sólo vale lo pronunciado {kind_speech anywhere}
solo vale lo pronunciado {kind_speech anywhere}
aviso a los medios {kind_advisory}
aviso a medios {kind_advisory}
convocatoria de prensa {kind_advisory}
convocatoria a medios {kind_advisory}
convocatoria {kind_advisory alone}
comunicado conjunto {kind_communique}
comunicado final {kind_communique}
referencia del consejo de ministros {kind_communique}
consejo de ministros {kind_communique anywhere}
boletín informativo {kind_newsletter}
boletín {kind_newsletter alone}

[reference_leads]
# reference.lead (core/normalize/understand.c)
ref.
referencia
nota de prensa n.º
nota de prensa nº
nota de prensa núm.
comunicado n.º
comunicado nº
comunicado núm.
comunicado no.

[department_words]
# issuer.department (core/normalize/understand.c): a press or
# communication department, which is not the issuer; "... of X" names it
gabinete de prensa
gabinete de comunicación
departamento de comunicación
departamento de prensa
oficina de prensa
dirección de comunicación
comunicación
prensa

[role_org_links]
# quote.role (core/normalize/understand.c): the word between a speaker's
# role and the organisation it is held in ("chief executive of Acme")
de
del
de la
en
en la

[regions]
# dateline.shape.region_alone: Spanish autonomous communities and
# Mexican states, as they open a dateline alone
Andalucía
Aragón
Asturias
Baleares
Canarias
Cantabria
Castilla y León
Castilla-La Mancha
Cataluña
Comunidad Valenciana
Extremadura
Galicia
La Rioja
Navarra
País Vasco
Región de Murcia
Jalisco
Oaxaca
Chiapas
Yucatán
Sonora
Chihuahua
Nuevo León
Veracruz

[place_labels]
# a participle before a date says when, never where ("Created 1/1/2022",
# "Updated March 5, 2024"): dateline.shape.label
creado
creada
publicado
actualizado
fundado
fundada

[column_words]
# headline.wire_column: a short name before a dash that holds one of
# these is a service column or rubric, a tag ("Terroirs en bref – …")
actualidad
noticias
breves
agenda
evento
en breve
crónica
informe
boletín
en foco
# the newspaper sections a column is named after
economía
sociedad
deportes

[phone_extensions]
# contacts.phone_extension: the word before an extension after a number
# ("ext. 12", "extensión 12"): the extension is part of the phone
ext.
extensión
extension

[phone_alternatives]
# the word between a phone number and another one to call instead
# ("555 0100 or 555 0101"): the second is a phone too (contacts.phone_alternative)
o
u

[closing_list_headings]
# closing.references: the heading of a list of works cited closing the
# release, alone on its line (a colon after it or not)
referencias
fuentes
bibliografía
obras citadas

[appendix_headings]
# closing.appendix: the heading of material appended after the release
# (a list, a document, a table of figures), alone on its line, a
# letter or number after it allowed
anexo
anexos
apéndice

[social_headings]
# closing.social: the heading of a list of the issuer's accounts closing
# the release, alone on its line (a colon after it or not)
redes sociales
síguenos
síguenos en
síguenos en redes sociales
conéctate con nosotros
encuéntranos en

[advisory_labels]
# advisory.five_w: the labels of a media advisory's lines ("WHAT:",
# "WHEN:"), a colon after them: the event's facts, body, never a
# subheadline, a dateline or the release's date
qué
que
cuándo
cuando
dónde
donde
quién
quiénes
quien
quienes
por qué
lugar
fecha y hora

[follow_leads]
# what opens an invitation to follow an account, a space after
síguenos
siguenos

[follow_targets]
# what such an invitation names, as written, anywhere in the line
redes sociales

[feed_footer_leads]
# what opens a blog feed's footer ("La entrada X se publicó primero en Y"),
# a space after
la entrada

[feed_footer_links]
# the middle of that footer, as written, between spaces
se publicó primero en

[issuer_labels]
# dateline.wire.prnewswire: the scraped page's stack above the dateline
noticias proporcionadas por
proporcionado por

[contact_line_leads]
# the label that opens a short contact line, read in capitals
contacto

[social_labels]
sitio web
web
página web
página de inicio

[email_at_words]
# the word for "@" in an address written to fool harvesters, inside
# brackets ("prensa [arroba] ayto [punto] es")
arroba

[email_dot_words]
# the word for "." in such an address
punto

[contact_joiners]
# a word standing alone between two contacts
o
y

[meridiems]
# after a time of day: its half of the day, as the hour it adds; Latin
# American releases write "10:00 a. m." (RAE) or "10:00 a.m."
a. m. = 0
a.m. = 0
p. m. = 12
p.m. = 12

[clock_units]
# the unit written after an hour ("10:00 h", "10:00 horas"), as written
h
horas
hrs

[link_labels]
# what a browser prints for an embedded post it cannot show, in brackets
# alone on its line (furniture.link_line)
enlace al tuit
enlace al tweet
enlace a la publicación
enlace al vídeo
ver en twitter
ver en instagram
tuit incrustado

[legal_links]
# the legal links of a site's footer, printed with the page
# (furniture.site_footer): a footer's evidence, never a release's text
política de privacidad
aviso legal
términos y condiciones
condiciones de uso
política de cookies
mapa del sitio
accesibilidad

[suspended_hyphen_words]
# conjunciones tras un guion de prefijo suspendido ("pre- y posguerra";
# RAE, Ortografía 2010, 4.2.4)
y
o
e
u

[download_leads]
# furniture.download_link: the verb that opens a link to a file a page
# offers for download ("Download the report (PDF)")
descarg*

[valedictions]
# byline.valediction: the complimentary close of a letter-style release,
# alone on its line above the signature (a comma or a full stop after it)
atentamente
cordialmente
saludos cordiales
un cordial saludo
reciba un cordial saludo
afectuosamente

[masthead_labels]
# labels a sender's masthead box gives besides its contact fields
# (body.side_facts: no fact of the text)
dirección
domicilio
sede
cif
nif

# release.mail_headers: an e-mail's header names (1 subject, 2 sent date, 3 an address)
[mail_headers]
enviado el = 2
asunto = 1
fecha = 2
enviado = 2
de = 3
para = 3
cc = 3

[web_nav_items]
# furniture.web.nav_menu: a site's menu items
inicio
quiénes somos
sala de prensa
prensa
noticias
empleo
contacto
servicios
actualidad

[cookie_leads]
# furniture.web.cookie_notice
utilizamos cookies
este sitio web utiliza cookies
este sitio utiliza cookies
usamos cookies
esta web utiliza cookies

[cookie_buttons]
aceptar
aceptar todas
rechazar
rechazar todas
configurar
configurar cookies

[tag_labels]
# furniture.web.tags
etiquetas
temas

[meta_labels]
# furniture.web.meta_box
categoría
categorías
sección

[related_headings]
# furniture.web.related
noticias relacionadas
también te puede interesar
otras noticias
más noticias
últimas noticias

[about_copulas]
# about.headless: the verb (and article) after a body's name that opens
# its description, its boilerplate written without a heading
es un
es una
fue fundado
fue fundada

# furniture.mail.forward_marker: the line a mail client writes over a forwarded or quoted message
[mail_forward_markers]
mensaje reenviado
mensaje original

# furniture.mail.forward_marker: the verb of a reply's attribution line ("On … X wrote:")
[mail_wrote]
escribió

# furniture.mail.greeting: the sender's salutation over the release
[mail_greetings]
estimados señores
estimada redacción
estimados compañeros
estimados
buenos días
hola

# furniture.mail.disclaimer: the mail server's legal notice under the message
[mail_disclaimers]
aviso legal:
aviso de confidencialidad
este mensaje y sus archivos adjuntos
este mensaje y sus anexos
este correo electrónico y sus anexos
este mensaje es confidencial

# furniture.mail.newsletter: a newsletter's view-in-browser, why-you-got-it and unsubscribe lines
[newsletter_lines]
ver este correo en el navegador
ver en el navegador
ver este correo en tu navegador
has recibido este correo porque
recibes este correo porque
nuestra dirección postal es
darse de baja
darte de baja
puedes actualizar tus preferencias
¿quieres cambiar cómo recibes estos correos?

# headline.mail_subject: a Subject's reply and forward prefixes ("Fwd:", "TR:", "AW:")
[mail_subject_prefixes]
rv
re
reenviar

# contacts.address_line: the label of a postal address line in a contact block
[address_labels]
dirección
domicilio
dirección postal

[reader_possessives]
# contacts.heading.reader_possessive: a contact heading addressing the
# reader ("Your contact", "Ihre Ansprechpartner", "Vos contacts")
su
sus
tu
tus
vuestro
vuestros

[dial_in_words]
# contacts.dial_in: a conference call's dial-in line and passcode in the body's text: the number reaches a call at one hour, no person or desk
número de acceso
código de acceso
código de conferencia
marcar el
marque el

[contact_audiences]
# contacts.heading.audience_pair: whom a contact desk serves, joined to
# another by [audience_joiners] in a heading ("Investor and media contact",
# "Contacts presse et investisseurs", "Presse- und Investorenkontakt")
prensa
medios
medios de comunicación
inversores
analistas
periodistas

[audience_joiners]
# contacts.heading.audience_pair: the word between two audiences
y
e
&

[not_applicable]
# the optional sections that Spanish does not have, each with why
# (core/lexicon/README, "Complete languages"): the compiler
# refuses a language file that neither fills nor names one here
top_level_domains  # language-neutral: the domains are any.lex's (contacts.email_wrapped)
copyright_leads  # language-neutral: any.lex holds "©", "(c)" and "copyright", which Spanish releases print too
platform_credits  # the rendering is common in sentences and the line is only 8 words: none is listed (README, "Some languages leave a section empty")
social_media_labels  # English only (README): the other languages' labels open body sentences too; [social_headings], [follow_leads] read them
letterhead_leads  # English only (README): the electoral imprint of Australian, British and US law
social_networks  # the networks' names are brands, the same in every language: any.lex
about_tails  # Spanish's "about" opens the heading ([about_headings]); the postpositions (Turkish, Japanese, Korean) are in any.lex
about_notices  # the US equal-opportunity notice after "is an" (about.headless): an American employer's, in English
about_founding  # Spanish writes the founding with its verb after the name, listed in [about_copulas] (about.headless); the Arabic, Hebrew, Russian and Turkish words are before the name
about_adjective_leads  # the Slavic About heading with an adjective (about.heading.slavic_adjective), in any.lex
about_adjective_nouns  # the nouns of that Slavic heading, in any.lex
about_elative_leads  # the Finnish About heading with an elative (about.heading.fi_elative), in any.lex
about_elative_endings  # the Finnish elative endings, in any.lex
contact_heading_tails  # English only (README): Spanish writes the heading as one word or with its own noun ([contact_headings])
clock_leads  # Spanish writes no word for "o'clock" before an hour (Scandinavian "kl.", Finnish "klo": any.lex)
time_range_words  # any.lex holds the word between two hours for the Latin-script languages, Spanish's with them ("to", "bis", "à", "tot", "a", "al")
era_marks  # Arabic only: an era glued to the year ("2024م"); Spanish writes none
year_marks  # Spanish writes no "year" mark after a year (Slavic "r.", "г.", Lithuanian "m.": any.lex)
day_marks  # Spanish writes no "day" mark after a day (Lithuanian "d.": any.lex)
date_correspondences  # Arabic only ("الموافق"); Spanish releases give no second calendar's date
place_suffixes  # English only (README): "Washington D.C."
month_first_places  # English only (README, "Sections one language has"): Spanish reads numeric dates day first everywhere
day_first_places  # English only (README, "Sections one language has")
day_first_spellings  # English only (README, "Sections one language has")
month_first_spellings  # English only (README, "Sections one language has")
hijri_months  # Spanish releases do not date by the Hijri calendar
solar_hijri_months  # the Persian (Solar Hijri) calendar, in any.lex
buddhist_era_months  # the Thai calendar, in any.lex
buddhist_era_marks  # the Thai calendar, in any.lex
calendar_marks  # Spanish releases do not date by the Hijri calendar
era_names  # the Japanese eras, in any.lex
name_stop_words  # Arabic only: where a name in a script without case ends; Spanish ends a name at a lower-case word
possessive_endings  # English only (README): Spanish glues no possessive to a name
role_modifiers  # English only: Spanish puts the qualifier after its noun or in a compound ("économiste en chef", "Chefvolkswirt"), never before as "Chief"
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
elided_links  # French only: "d" of "Agence d'Assistance"; Spanish elides no preposition before a long form
hyphen_prefixes  # Spanish writes its prefixes joined or as words (README, "Some languages leave a section empty")
hyphen_suffixes  # German only: its gender endings after a hyphen ("Bürger-innen"); Spanish writes no ending after a hyphen
article_forms  # Arabic only: the article glued to its word ("وال")
hangul_endings  # Chinese, Japanese and Korean only; their words are in any.lex
agency_suffixes  # Chinese, Japanese and Korean only; their words are in any.lex

# ---- issue 13: the optional sections Spanish has, completed ---------

[role_joiners]
# what joins two roles before a speaker's name ("la fundadora y
# consejera delegada Marta Roig"); "e" before a word opening with "i"
y
e

[number_words]
# acronyms.number_word: the cardinal numbers written out, a name's last
# word that its short form writes in figures ("Group of Twenty (G20)");
# a number of two parts joined by a hyphen adds them ("Twenty-Three")
uno = 1
dos = 2
tres = 3
cuatro = 4
cinco = 5
seis = 6
siete = 7
ocho = 8
nueve = 9
diez = 10
once = 11
doce = 12
trece = 13
catorce = 14
quince = 15
dieciséis = 16
diecisiete = 17
dieciocho = 18
diecinueve = 19
veinte = 20
treinta = 30
cuarenta = 40
cincuenta = 50
sesenta = 60
setenta = 70
ochenta = 80
noventa = 90
cien = 100

# structure.translation_follows: a line alone naming the release given
# again in this language after the first (README)
[translation_marks]
versión en español
versión española
texto en español
traducción al español
en español
