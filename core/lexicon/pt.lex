# pt.lex - Portuguese (Portugal and Brazil). Format and sections:
# core/lexicon/README.

[release_lines]
comunicado de imprensa
comunicado à imprensa
nota à imprensa
nota de imprensa
release para a imprensa
release para imprensa
release {alone}
comunicado
embargo {alone}
# added for issue 13: the release lines of every language (headline.release_line.*)
para divulgação imediata
nota oficial
# an embargo line in the language's words, the time it ends after it
# (headline.release_line.embargo_case: read in any case)
embargo até
sob embargo até
# issue 13: the distribution line and the invitations to the press over
# the title; Brazil's "aviso de pauta" (headline.release_line.above)
para publicação imediata
convite à imprensa
aviso de pauta

[end_marks]
fim
# added for issue 13 (live: text after these end marks was left in the body)
fim do comunicado
# the wire's closing line, the issuer's name after it, in capitals as
# the wire sets it (PR Newswire: "FONTE Harbour Trust")
fonte {name_follows}

[headline_labels]
título

[site_labels]
notícias
# added for issue 13
{pending}
sala de imprensa
comunicados

[caption_leads]
foto {colon}
figura {number}
fig. {number}
tabela {number}
imagem {colon}
fotografia {colon}
legenda {colon}
# body.caption.credit: o crédito de uma foto, o autor depois da entrada
crédito {colon name_follows}
créditos {colon name_follows}
foto por {name_follows}
foto © {name_follows}

[junk_lines]
# added for issue 13
compartilhar
partilhar
imprimir
leia mais
voltar ao topo
# furniture.junk_line: a newsroom page's share button
# and its link back to the list, alone on a line
e-mail
voltar às notícias
voltar à lista
voltar a notícias

[about_headings]
sobre
acerca de
# about.heading.pt_contraction: "Acerca da Câmara Municipal …", "Acerca do
# Instituto …": the preposition joined to the article, as Portuguese
# writes it before a name (Spanish keeps "acerca de la")
acerca da
acerca do
acerca das
acerca dos
# added for issue 13 (live: rule_about_heading() read them already; now every rule does)
mais sobre
saiba mais sobre
# about.whole_line: the whole heading, no name after it ("Who we are")
quem somos
# about.whole_line.profile
perfil da empresa
perfil corporativo

[editor_notes_headings]
# about.editor_notes: the notes to editors that close a release
nota aos editores
notas aos editores
nota para os editores
notas para os editores
nota ao editor
notas ao editor
nota à redação
notas à redação
nota à redacção
nota para a redação

[contact_headings]
assessoria de comunicação
assessoria de imprensa
contactos de imprensa
gabinete de imprensa
imprensa
relações com a imprensa
contato para a imprensa
contatos
contato
contacto
contactos
informações à imprensa
mais informações
para mais informações
# added for issue 13 (live: sections under these headings were left in the body)
contactos para a imprensa
contatos para a imprensa
# furniture.mail (tests/eval22): the singular, as Portugal writes it
contacto para a imprensa
informações para a imprensa
contato com a imprensa
# contacts.heading (tests/eval37 pt-01): "de" between the two words, as
# Portugal's and Brazil's press offices also write it
contacto de imprensa
contato de imprensa
atendimento à imprensa
# issue 13: Brazilian "contato" and the media relations desk as the
# heading (contacts.heading). Not "Gabinete de Comunicação": under a
# heading it names the office that is the contact (tests/eval5 pt-04)
contato para imprensa
relações com os media

[contact_leads]
para mais informações
contacto
# contacts.press_label: the press desk named by one word and its colon
# over the contact's name and address ("Imprensa: Ida Venn, ida@…")
imprensa {colon}

[contact_words]
contato
contacto

[months]
janeiro = 1
fevereiro = 2
março = 3
marco = 3
abril = 4
maio = 5
junho = 6
julho = 7
agosto = 8
setembro = 9
outubro = 10
dezembro = 12
jan = 1
mar = 3
mai = 5
jun = 6
jul = 7
nov = 11
# added for issue 13 (live: a date written with them was not read)
novembro = 11
fev = 2
abr = 4
ago = 8
set = 9
out = 10
dez = 12

[weekdays]
segunda-feira = 1
terça-feira = 2
quarta-feira = 3
quinta-feira = 4
sexta-feira = 5
sábado = 6
domingo = 7
# added for issue 13 (live: a date written with them was not read)
terca-feira = 2
segunda = 1
terça = 2
quarta = 3
quinta = 4
sexta = 5

[ordinals]
# added for issue 13
{pending}
primeiro = 1
primeira = 1
segundo = 2
segunda = 2
terceiro = 3
terceira = 3
quarto = 4
quarta = 4
quinto = 5
quinta = 5
sexto = 6
sexta = 6
sétimo = 7
sétima = 7
oitavo = 8
oitava = 8
nono = 9
nona = 9
décimo = 10
décima = 10

[ordinal_suffixes]
º
°
o

[date_connectors]
de

[date_leads]
em
a

[date_labels]
data de publicação
# added for issue 13
data
publicado
data de divulgação
# furniture.web.published_line: the date line a newsroom page prints
# under the title ("Published 9 February 2026")
publicado em
publicado a

[closing_date_leads]
data {colon}

[today_words]
hoje

[place_particles]
de
da
do
# dateline.*: the plural contractions ("Mogi das Cruzes", "Campos dos
# Goytacazes")
dos
das

[byline_leads]
por
fonte {colon}
# added for issue 13
autor {colon}
autora {colon}
elaborado por
preparado por
redigido por

[signature_titles]
presidente
secretário
diretor
# added for issue 13
presidenta
secretária
diretora
ministro
ministra
porta-voz
prefeito
prefeita
coordenador
coordenadora

[person_titles]
Sr.
Sra.
Dr.
Drª
Eng.
Dra.
# added for issue 13
Prof.ª

[role_words]
# quotes.spelled_title_role: a title spelled out in small letters after
# the article ("a expliqué le docteur X", "dijo la doctora X") is the
# role's, not the written name's (the abbreviation "Dr." stays, as
# [person_titles]); whole words, so "doctorado" is none
doutor
doutora
minist*
presiden*
secretar*
general*
porta-voz*
prefeit*
deputad*
fundador*
profes*
vice*
# added for issue 13
diretor*
vereador*
governador*
embaixador*

[name_particles]
de
da {signatory}
das
do
dos
e

[not_name_words]
Ele
Ela
Eles
O
A
Os
As

[articles]
o
a

[verb_clitics]
# quotes.speech_verbs.reply: the object pronoun before a verb of reply
# ("…", lhe responde Joana Rocha): the verb follows it
lhe
lhes

[speech_verbs]
disse
afirmou
declarou
explicou
acrescentou
destacou
salientou
sublinhou
referiu
segundo {name_follows}
afirma
diz
explica
# added for issue 13, live: attributions releases write (tests/conventions/quotes)
ressaltou
comentou
enfatizou
garantiu
afirmou ainda
de acordo com {name_follows}
# quotes.speech_verbs.gaps (issue 13): the present tense of the verbs
# above, and more of the past
acrescenta
destaca
sublinha
salienta
refere
comenta
ressalta
garante
observou
observa
concluiu
conclui
lembrou
lembra
frisou
frisa
reforçou
reforça
assegurou
assegura
enfatiza
declara
# quotes.speech_verbs.reply: responder, rebater, contrapor
responde
respondeu
rebate
rebateu
retruca
retrucou
contrapõe
contrapôs

[pronoun_attributions]
disse ele
disse ela
# Portuguese drops the subject pronoun: the verb alone after a quotation
# refers back to the last speaker ("…", afirmou.)
disse
afirmou
explicou
acrescentou
acrescentou ele
acrescentou ela
afirmou ele
afirmou ela
destacou
sublinhou
salientou
referiu
concluiu

[contact_roles]
assessor
assessora
diretor
diretora
coordenador
coordenadora
porta-voz
gerente
# added for issue 13
{pending}
presidente
assessor de imprensa
assessora de imprensa

[org_words]
ministério {strong}
universidade {strong}
ltda {strong}
s.a. {strong}
sa
grupo
agência
fundação
instituto
conselho
imprensa
comunicação
gabinete
assessoria
centro
# added for issue 13
prefeitura
secretaria
associação
câmara

[org_suffixes]
SA
S.A.
Ltda
Ltda.
# added for issue 13
Lda.
Lda
EIRELI
# ME (microempresa) is also the US state ("Portland, ME") and "me" in
# capitals: it waits
{pending}
ME

[phone_labels]
telefone
telemóvel
telemovel
telm.
telm
celular
tel
tel.
fax
# issue 13: a contact line's other labels, "tlm" the short telemóvel
# (contacts.phone_label: the label is no organisation)
tlm
número de telefone

[email_labels]
e-mail
# contacts.label_not_org: live, the label of an e-mail line (issue 13)
correio eletrónico
correio eletrônico

[contact_field_labels]
telefone
celular
contato
contacto
nome
# contacts.label_not_org: the e-mail label and the Portuguese mobile
e-mail
email
telemóvel
# contacts.table_header: the column heads of a contact table (Name |
# Role | Phone | E-mail), never a contact's organisation or role
cargo
função

[number_references]
lei
decreto
r$

[number_units]
milhões*
anos*

[function_words]
o
os
as
a
da
das
do
dos
no
na
nos
nas
em
para
com
e
de
entre
# live since issue 13's audit (acronyms.repeated_letter: "Vereniging van …"):
# the rest of the language's function words
um
uma
ao
aos
pela
pelo
por

[head_nouns]
agência
sociedade
conselho
comissão
fundação
fundo
autoridade
associação
organização
ministério
instituto
centro
programa
banco
empresa
# added for issue 13
{pending}
federação
direção
secretaria

[stop_words]
o
os
as
do
da
dos
das
e
é
um
uma
em
para
que
com
não
no
na

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
ou

[acronym_stands_for]
# acronyms.stands_for: what comes between an acronym and the long form
# it spells out ("TRAIL, which stands for Teens Restoring ...")
é a sigla de
sigla de
sigla para

[acronym_trails]
# acronyms.paren_trail: the words after the acronym in its parenthesis
# that make it the name used from then on, none of it ("(ARP na sigla em inglês)", "(AVL em sigla)")
na sigla em inglês
pela sigla em inglês
sigla em inglês
em sigla

[acronym_leads]
# acronyms.paren_lead: the words that open the parenthesis before the
# acronym it defines ("(hereinafter HBG)", "(kurz: KWG)", "(en adelante,
# CRAV)"), which are none of it
doravante
adiante designada
adiante designado
pela sigla em inglês
sigla em inglês
na sigla em inglês
em inglês
sigla

[long_form_links]
# the prepositions that tie a long form to the noun before it ("Ministry
# of Health", "Agence de ..."): an acronym may start after one
de
do
da
dos
das

[kind_words]
# kind.* (core/normalize/understand.c)
comunicado de imprensa {kind_press}
comunicado à imprensa {kind_press}
nota à imprensa {kind_press}
nota de imprensa {kind_press}
release para a imprensa {kind_press}
comunicado {kind_press alone}
declaração {kind_statement alone}
declaração de {kind_statement}
declaração do {kind_statement}
declaração da {kind_statement}
declaração conjunta {kind_statement}
nota oficial {kind_statement}
discurso {kind_speech alone}
discurso de {kind_speech}
discurso do {kind_speech}
discurso da {kind_speech}
pronunciamento {kind_speech}
aviso de pauta {kind_advisory}
convite à imprensa {kind_advisory}
convite para a imprensa {kind_advisory}
convocatória {kind_advisory alone}
comunicado conjunto {kind_communique}
comunicado final {kind_communique}
comunicado do conselho de ministros {kind_communique}
conselho de ministros {kind_communique anywhere}
boletim informativo {kind_newsletter}
newsletter {kind_newsletter tail}

[reference_leads]
# reference.lead (core/normalize/understand.c)
ref.
ref.ª
referência
comunicado n.º
comunicado nº
nota à imprensa n.º
nota à imprensa nº
nota n.º
nota nº

[department_words]
# issuer.department (core/normalize/understand.c): a press or
# communication department, which is not the issuer; "... of X" names it
assessoria de imprensa
assessoria de comunicação
gabinete de imprensa
gabinete de comunicação
departamento de comunicação
comunicação

[role_org_links]
# quote.role (core/normalize/understand.c): the word between a speaker's
# role and the organisation it is held in ("chief executive of Acme")
de
do
da
dos
das

[heading_joiners]
# lower-case words inside a heading run into its section's first line
# ("About Bureau of Standards The bureau ..."), as written, a space after
de
da
do
e

[role_complements]
# what ties a role to its complement ("ministre de l'Intérieur", "Minister
# of Finance"): the words after it name no speaker; as written, a space after
do
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
pt_PT

na
no

[regions]
# dateline.shape.region_alone: Brazilian states and Portuguese regions;
# the states' two-letter codes after a city and a comma ("Campinas, SP")
Acre
Alagoas
Amapá
Amazonas
Bahia
Ceará
Espírito Santo
Goiás
Maranhão
Mato Grosso
Mato Grosso do Sul
Minas Gerais
Pará
Paraíba
Paraná
Pernambuco
Piauí
Rio Grande do Norte
Rio Grande do Sul
Rondônia
Roraima
Santa Catarina
Sergipe
Tocantins
Alentejo
Algarve
Açores
Madeira
Minho
# abbreviations, after a comma
SP {after_comma}
RJ {after_comma}
MG {after_comma}
RS {after_comma}
PR {after_comma}
SC {after_comma}
BA {after_comma}
PE {after_comma}
CE {after_comma}
DF {after_comma}
GO {after_comma}
ES {after_comma}
# the other states of Brazil (IBGE unidades federativas), after a comma
# or a slash ("CAMPO SERRANO/MT")
AC {after_comma}
AL {after_comma}
AP {after_comma}
AM {after_comma}
MA {after_comma}
MT {after_comma}
MS {after_comma}
PA {after_comma}
PB {after_comma}
PI {after_comma}
RN {after_comma}
RO {after_comma}
RR {after_comma}
SE {after_comma}
TO {after_comma}

[place_labels]
# a participle before a date says when, never where ("Created 1/1/2022",
# "Updated March 5, 2024"): dateline.shape.label
criado
criada
publicado
atualizado
fundado
fundada

[column_words]
# headline.wire_column: a short name before a dash that holds one of
# these is a service column or rubric, a tag ("Terroirs en bref – …")
notícias
agenda
evento
em foco
destaque
breves
boletim
crónica
crônica
atualidade
# the newspaper sections a column is named after
economia
desporto
esportes

[phone_extensions]
# contacts.phone_extension: the word before an extension after a number
# ("ramal 12"): the extension is part of the phone
ramal

[phone_alternatives]
# the word between a phone number and another one to call instead
# ("555 0100 or 555 0101"): the second is a phone too (contacts.phone_alternative)
ou

[closing_list_headings]
# closing.references: the heading of a list of works cited closing the
# release, alone on its line (a colon after it or not)
referências
referências bibliográficas
fontes
bibliografia
obras citadas

[appendix_headings]
# closing.appendix: the heading of material appended after the release
# (a list, a document, a table of figures), alone on its line, a
# letter or number after it allowed
anexo
anexos
apêndice

[social_headings]
# closing.social: the heading of a list of the issuer's accounts closing
# the release, alone on its line (a colon after it or not)
redes sociais
siga-nos
siga-nos em
siga-nos nas redes sociais
acompanhe-nos
acompanhe-nos em
conecte-se conosco

[advisory_labels]
# advisory.five_w: the labels of a media advisory's lines ("WHAT:",
# "WHEN:"), a colon after them: the event's facts, body, never a
# subheadline, a dateline or the release's date
o quê
o que
quando
onde
quem
por quê
por que
local

[follow_leads]
# what opens an invitation to follow an account, a space after
siga-nos
sigam-nos
segue-nos

[follow_targets]
# what such an invitation names, as written, anywhere in the line
redes sociais

[social_invitations]
nossas redes sociais

[feed_footer_leads]
# what opens a blog feed's footer ("O post X apareceu primeiro em Y"),
# a space after
o post
o artigo

[feed_footer_links]
# the middle of that footer, as written, between spaces
apareceu primeiro em

[issuer_labels]
# dateline.wire.prnewswire: the scraped page's stack above the dateline
notícias fornecidas por
fornecido por

[contact_line_leads]
# the label that opens a short contact line, read in capitals
contato
contacto

[social_labels]
site
sítio
sítio web
página inicial
website

[link_labels]
# what a browser prints for an embedded post it cannot show, in brackets
# alone on its line (furniture.link_line)
link para o tweet
link para a publicação
link para o post
link para o vídeo
ver no twitter
ver no instagram
tweet incorporado

[email_at_words]
# the word for "@" in an address written to fool harvesters, inside
# brackets ("imprensa [arroba] camara [ponto] pt")
arroba

[email_dot_words]
# the word for "." in such an address
ponto

[contact_joiners]
# a word standing alone between two contacts
ou
e

[clock_units]
# the unit written after an hour ("10h00", "10:00 horas"), as written
h
horas

[hyphen_prefixes]
# what keeps its hyphen at a line end when neither the document nor the
# dictionary decides: the prefixes that always take one (Acordo
# Ortográfico de 1990, Base XVI: "ex-presidente", "vice-reitor",
# "pós-graduação", "pró-reitora", "recém-eleito", "além-mar",
# "aquém-fronteiras"); as written, in lower case. Every language's text
# reads this list: "pré" ("pré-escolar") is left out, as French words
# split after it ("pré-sent", "pré-cise") would keep their hyphen
ex
vice
pós
pró
recém
além
aquém

[legal_links]
# the legal links of a site's footer, printed with the page
# (furniture.site_footer): a footer's evidence, never a release's text
política de privacidade
termos de uso
termos e condições
aviso legal
política de cookies
mapa do site

[suspended_hyphen_words]
# conjunções depois de um hífen suspenso ("pré- e pós-operatório")
e
ou

[download_leads]
# furniture.download_link: the verb that opens a link to a file a page
# offers for download ("Download the report (PDF)")
baixar
baixe
descarregar
descarregue
download*

[valedictions]
# byline.valediction: the complimentary close of a letter-style release,
# alone on its line above the signature (a comma or a full stop after it)
atenciosamente
cordialmente
com os melhores cumprimentos
melhores cumprimentos
cumprimentos
respeitosamente

[masthead_labels]
# labels a sender's masthead box gives besides its contact fields
# (body.side_facts: no fact of the text)
endereço
morada
sede
nif
cnpj

# release.mail_headers: an e-mail's header names (1 subject, 2 sent date, 3 an address)
[mail_headers]
assunto = 1
data = 2
enviada = 2
enviado = 2
de = 3
para = 3
cc = 3

[web_nav_items]
# furniture.web.nav_menu: a site's menu items
início
inicio
quem somos
imprensa
notícias
carreiras
contactos
contato
contatos
serviços
sala de imprensa

[cookie_leads]
# furniture.web.cookie_notice
este sítio utiliza cookies
este site utiliza cookies
este site usa cookies
utilizamos cookies
usamos cookies

[cookie_buttons]
aceitar
aceitar todos
rejeitar
recusar
configurar
definições de cookies

[tag_labels]
# furniture.web.tags
etiquetas
tags
temas

[meta_labels]
# furniture.web.meta_box
categoria
categorias
secção
seção
rubrica

[related_headings]
# furniture.web.related
notícias relacionadas
leia também
veja também
outras notícias
mais notícias
últimas notícias

[about_copulas]
# about.headless: the verb (and article) after a body's name that opens
# its description, its boilerplate written without a heading
é um
é uma
foi fundado
foi fundada

# furniture.mail.forward_marker: the line a mail client writes over a forwarded or quoted message
[mail_forward_markers]
mensagem encaminhada
mensagem original

# furniture.mail.forward_marker: the verb of a reply's attribution line ("On … X wrote:")
[mail_wrote]
escreveu

# furniture.mail.greeting: the sender's salutation over the release
[mail_greetings]
caros jornalistas
exmos. senhores
exmos senhores
caros colegas
bom dia
olá

# furniture.mail.disclaimer: the mail server's legal notice under the message
[mail_disclaimers]
aviso de confidencialidade
esta mensagem e os seus anexos
esta mensagem e quaisquer anexos
esta mensagem é confidencial

# furniture.mail.newsletter: a newsletter's view-in-browser, why-you-got-it and unsubscribe lines
[newsletter_lines]
ver no navegador
ver este e-mail no navegador
está a receber este e-mail porque
recebeu este e-mail porque
cancelar subscrição
cancelar inscrição

# headline.mail_subject: a Subject's reply and forward prefixes ("Fwd:", "TR:", "AW:")
[mail_subject_prefixes]
enc
res
fwd

# contacts.address_line: the label of a postal address line in a contact block
[address_labels]
endereço
morada

[reader_possessives]
# contacts.heading.reader_possessive: a contact heading addressing the
# reader ("Your contact", "Ihre Ansprechpartner", "Vos contacts")
o seu
a sua
os seus
as suas
seu
sua
seus
suas
o teu
os teus

[dial_in_words]
# contacts.dial_in: a conference call's dial-in line and passcode in the body's text: the number reaches a call at one hour, no person or desk
número de acesso
código de acesso
código de participante

# ---- issue 13: the optional sections Portuguese has, completed ------

[junk_prefixes]
# a web page's "read more" links ("follow us" is [follow_leads], which
# wants a network or "social" after it)
leia mais
leia também

[time_range_words]
# between two hours: "das 10h às 18h" (any.lex's "a" is the other form)
às

[not_applicable]
# the optional sections that Portuguese does not have, each with why
# (core/lexicon/README, "Complete languages"): the compiler
# refuses a language file that neither fills nor names one here
contact_audiences  # not written yet: contacts.heading.audience_pair has cases in en fr de es it only
audience_joiners  # not written yet: contacts.heading.audience_pair has cases in en fr de es it only
top_level_domains  # language-neutral: the domains are any.lex's (contacts.email_wrapped)
copyright_leads  # language-neutral: any.lex holds "©", "(c)" and "copyright", which Portuguese releases print too
platform_credits  # the rendering is common in sentences and the line is only 8 words: none is listed (README, "Some languages leave a section empty")
social_media_labels  # English only (README): the other languages' labels open body sentences too; [social_headings], [follow_leads] read them
letterhead_leads  # English only (README): the electoral imprint of Australian, British and US law
social_networks  # the networks' names are brands, the same in every language: any.lex
about_tails  # Portuguese's "about" opens the heading ([about_headings]); the postpositions (Turkish, Japanese, Korean) are in any.lex
about_notices  # the US equal-opportunity notice after "is an" (about.headless): an American employer's, in English
about_founding  # Portuguese writes the founding with its verb after the name, listed in [about_copulas] (about.headless); the Arabic, Hebrew, Russian and Turkish words are before the name
about_adjective_leads  # the Slavic About heading with an adjective (about.heading.slavic_adjective), in any.lex
about_adjective_nouns  # the nouns of that Slavic heading, in any.lex
about_elative_leads  # the Finnish About heading with an elative (about.heading.fi_elative), in any.lex
about_elative_endings  # the Finnish elative endings, in any.lex
contact_heading_tails  # English only (README): Portuguese writes the heading as one word or with its own noun ([contact_headings])
meridiems  # Portuguese releases write times on the 24-hour clock ("14h30")
clock_leads  # Portuguese writes no word for "o'clock" before an hour (Scandinavian "kl.", Finnish "klo": any.lex)
era_marks  # Arabic only: an era glued to the year ("2024م"); Portuguese writes none
year_marks  # Portuguese writes no "year" mark after a year (Slavic "r.", "г.", Lithuanian "m.": any.lex)
day_marks  # Portuguese writes no "day" mark after a day (Lithuanian "d.": any.lex)
date_correspondences  # Arabic only ("الموافق"); Portuguese releases give no second calendar's date
place_suffixes  # English only (README): "Washington D.C."
month_first_places  # English only (README, "Sections one language has"): Portuguese reads numeric dates day first everywhere
day_first_places  # English only (README, "Sections one language has")
day_first_spellings  # English only (README, "Sections one language has")
month_first_spellings  # English only (README, "Sections one language has")
hijri_months  # Portuguese releases do not date by the Hijri calendar
solar_hijri_months  # the Persian (Solar Hijri) calendar, in any.lex
buddhist_era_months  # the Thai calendar, in any.lex
buddhist_era_marks  # the Thai calendar, in any.lex
calendar_marks  # Portuguese releases do not date by the Hijri calendar
era_names  # the Japanese eras, in any.lex
name_stop_words  # Arabic only: where a name in a script without case ends; Portuguese ends a name at a lower-case word
possessive_endings  # English only (README): Portuguese glues no possessive to a name
role_modifiers  # English only: Portuguese puts the qualifier after its noun or in a compound ("économiste en chef", "Chefvolkswirt"), never before as "Chief"
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
elided_links  # French only: "d" of "Agence d'Assistance"; Portuguese elides no preposition before a long form
hyphen_suffixes  # German only: its gender endings after a hyphen ("Bürger-innen"); Portuguese writes no ending after a hyphen
article_forms  # Arabic only: the article glued to its word ("وال")
hangul_endings  # Chinese, Japanese and Korean only; their words are in any.lex
agency_suffixes  # Chinese, Japanese and Korean only; their words are in any.lex

[number_words]
# acronyms.number_word: the cardinal numbers written out, a name's last
# word that its short form writes in figures ("Group of Twenty (G20)");
# a number of two parts joined by a hyphen adds them ("Twenty-Three")
um = 1
dois = 2
três = 3
quatro = 4
cinco = 5
seis = 6
sete = 7
oito = 8
nove = 9
dez = 10
onze = 11
doze = 12
treze = 13
catorze = 14
quinze = 15
dezasseis = 16
dezassete = 17
dezoito = 18
dezanove = 19
vinte = 20
trinta = 30
quarenta = 40
cinquenta = 50
sessenta = 60
setenta = 70
oitenta = 80
noventa = 90
cem = 100
dezesseis = 16
dezessete = 17
dezenove = 19
quatorze = 14

# structure.translation_follows: a line alone naming the release given
# again in this language after the first (README)
[translation_marks]
versão portuguesa
versão em português
texto em português
tradução portuguesa
em português
