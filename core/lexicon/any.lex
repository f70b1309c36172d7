# any.lex - the lists that belong to no language: symbols, brand names,
# international abbreviations. Format: core/lexicon/README.

[release_lines]
# headline.release_line.th: the Thai "press release" (ข่าวประชาสัมพันธ์,
# "public-relations news"; ข่าวแจก "handout"; ข่าวเผยแพร่) and "for
# immediate release" (สำหรับเผยแพร่ทันที, เผยแพร่ทันที)
ข่าวประชาสัมพันธ์
ข่าวแจก
ข่าวเผยแพร่
สำหรับเผยแพร่ทันที
เผยแพร่ทันที
# headline.release_line.cjk: the release lines of Japanese and Chinese
# releases, which have no language file of their own: "To the press"
# (報道関係各位, the salutation heading a Japanese release), "press
# release", "news release", "press announcement material" (報道発表資料),
# and the Chinese "press release" (新闻稿, 新聞稿), "wire copy" (新闻通稿)
# and "for immediate release" (即时发布, 即時發布)
報道関係各位
報道関係者各位
プレスリリース
ニュースリリース
報道発表資料
報道発表
記者発表資料
新闻稿 {tail}
新聞稿 {tail}
新闻通稿
新聞通稿
即时发布 {date_tail}
即時發布 {date_tail}
即時發佈 {date_tail}
# date.cjk.release_phrase_tail: the release phrase that closes a Korean,
# Japanese or Chinese date line ("2025년 3월 5일 배포 즉시", "2025年3月5日
# 即日発表"): the Korean "for immediate release" (배포 즉시, 즉시 배포,
# also unspaced), the Japanese "announced the same day" (即日発表) and
# "released the same day" (即日解禁, 報道解禁 "embargo lifted"), the
# Chinese "published the same day" (即日发布); on a line of their own
# they are release lines (alone)
배포 즉시 {alone date_tail}
배포즉시 {alone date_tail}
즉시 배포 {alone date_tail}
즉시배포 {alone date_tail}
# date.cjk.release_phrase_tail.edition: the Korean release line's
# edition the date is for, "morning papers" (조간) or "evening papers"
# (석간): "보도일시: 2025. 4. 10.(목) 조간" releases for that day's
# morning editions
조간 {alone date_tail}
석간 {alone date_tail}
조간용 {alone date_tail}
석간용 {alone date_tail}
即日発表 {alone date_tail}
即日解禁 {alone date_tail}
報道解禁 {alone date_tail}
即日发布 {alone date_tail}
即日發布 {alone date_tail}
# headline.release_line.ko: the Korean "press release" (보도자료, also
# spaced 보도 자료), "press reference material" (보도참고자료) and the
# government's "press explanation material" (보도설명자료)
보도자료
보도 자료
보도참고자료
보도 참고자료
보도설명자료

# headline.release_line.other: the release lines of languages that have
# no file of their own (Swedish, Danish, Norwegian, Finnish, Polish,
# Czech, Turkish, Russian, Greek, Romanian). The lexicon folds the case
# of Latin-1 letters only: a line in capitals with ı, İ, Ă or in Cyrillic
# or Greek is listed as releases print it
pressmeddelande
pressinformation
pressemeddelelse
pressemelding
tiedote
lehdistötiedote
mediatiedote
informacja prasowa
komunikat prasowy
tisková zpráva
basın bülteni
BASIN BÜLTENİ
basın duyurusu
BASIN DUYURUSU
Пресс-релиз
ПРЕСС-РЕЛИЗ
Δελτίο Τύπου
ΔΕΛΤΙΟ ΤΥΠΟΥ
comunicat de presă
COMUNICAT DE PRESĂ
# the same for Catalan, Hungarian, Ukrainian (Cyrillic as written),
# Indonesian, Vietnamese and Hebrew (headline.release_line.other)
nota de premsa
comunicat de premsa
sajtóközlemény
Прес-реліз
ПРЕС-РЕЛІЗ
siaran pers
rilis pers
thông cáo báo chí
הודעה לעיתונות
הודעה לתקשורת

# the same for Bulgarian, Croatian, Slovak, Malay, Swahili, Persian and
# the Turkish public notice (headline.release_line.other); Cyrillic and
# letters beyond Latin-1 (Ć, Č) as printed in capitals too
прессъобщение
ПРЕССЪОБЩЕНИЕ
Прессъобщение
priopćenje za medije
PRIOPĆENJE ZA MEDIJE
priopćenje
PRIOPĆENJE
tlačová správa
TLAČOVÁ SPRÁVA
kenyataan media
siaran media
taarifa kwa vyombo vya habari
taarifa kwa umma
بیانیه مطبوعاتی
اطلاعیه مطبوعاتی
kamuoyu duyurusu
# headline.release_line.embargo_label: the embargo labels of Korean
# ("embargo", 엠바고; "the point in time of reporting", 보도시점, the hour
# from which the news may be reported), Japanese ("reporting lifted",
# 報道解禁; 解禁日時 "lifting date and time") and Chinese ("lifting time",
# 解禁时间, 解禁時間), each closed by its colon and the time it ends
# ("엠바고: 2026년 3월 10일(화) 오전 6시", "報道解禁：2026年3月10日午前5時"):
# alone on their line, or as that label
엠바고 {alone}
보도시점 {alone}
解禁日時 {alone}
報道解禁日時 {alone}
解禁时间 {alone}
解禁時間 {alone}
# headline.release_line.embargo_other: the embargo words of languages
# without a file of their own: Norwegian "Sperrefrist" (NTB), Danish
# "Spærrefrist", Finnish "Julkaisuvapaa" ("free to publish", STT),
# Hungarian "Embargó", Russian "Эмбарго" (Cyrillic as written), the time
# it ends after it
sperrefrist
spærrefrist
julkaisuvapaa
embargó
эмбарго
Эмбарго
ЭМБАРГО
эмбарго до
Эмбарго до
ЭМБАРГО ДО
# headline.release_line.embargo_do: the embargo line of the Slavic
# languages, 'EMBARGO do 12. marca 2025, 10.00 h' ("do", until: Polish,
# Czech, Slovak, Croatian)
embargo do

[end_marks]
"###"
"# # #"
# closing.end_mark_cjk: the end marks of Chinese and Japanese releases: "（完）" (the
# Chinese wires' "end", full-width brackets; "(完)" and "-完-" framed),
# "以上" (Japanese business documents' "end of text", alone on its line)
（完）
完 {framed}
以上
# "-30-", the newsroom's end of copy: a mark only with its dashes
30 {framed}

[reporter_credits]
# byline.cjk_agency_credit: "reporter", opening the credit in parentheses
# after a Chinese agency's dateline ("新华社云川3月5日电（记者 林晓燕）")
记者
記者

[time_zones]
# the abbreviations releases print after a time, with their UTC offset;
# none when the abbreviation does not say it (ET is EST or EDT)
CET = +01:00
CEST = +02:00
GMT = Z
UTC = Z
BST = +01:00
EST = -05:00
EDT = -04:00
CST = -06:00
CDT = -05:00
MST = -07:00
MDT = -06:00
PST = -08:00
PDT = -07:00
ET
AEST = +10:00
AEDT = +11:00
WAT = +01:00
EAT = +03:00
IST = +05:30
JST = +09:00
# added for issue 13
{pending}
PT
CT
MT
EET = +02:00
EEST = +03:00
WET = Z
SAST = +02:00
MSK = +03:00
HKT = +08:00
SGT = +08:00
KST = +09:00
NZST = +12:00
NZDT = +13:00
HST = -10:00
# the words of a zone's name, read one by one after a clock
# (dateline.wire.time_zone: "7:00 AM Eastern", "07:00 AM Eastern Standard
# Time"); Still pending: only the
# dateline's clock asks for them, the embargo's time does not
Eastern
Pacific
Central
Mountain
Standard
Daylight
Time

[junk_lines]
Facebook
Twitter
LinkedIn
WhatsApp

[social_labels]
Twitter
X
LinkedIn
Telegram
Instagram
Facebook
YouTube
TikTok
Discord
Medium
Reddit

[social_networks]
LinkedIn
YouTube
Facebook
Twitter
X
Instagram
TikTok
Threads
Bluesky
Pinterest
WhatsApp
Telegram

[top_level_domains]
# contacts.email_wrapped: the generic top-level domains of three letters or
# more that addresses end in most (IANA root zone): a domain ending in one
# is whole, and a lower-case word after it ("press@acme.org now") is no
# piece of a top-level domain a narrow box broke; two-letter country
# domains are whole by their shape
com
org
net
edu
gov
int
mil
info
biz
name
pro
mobi
coop
museum
aero
travel
jobs
asia
tel
cat
eus
gal
bzh
swiss
berlin
paris
hamburg
bayern
koeln
wien
tirol
amsterdam
brussels
vlaanderen
barcelona
madrid
lat
africa
arab
xyz
online
site
app
dev

[phone_labels]
whatsapp
# contacts.phone_label.messenger: the other messenger apps a press office
# gives a number for ("Signal: +49 160 …", "Telegram +351 …"): the number
# is a phone, and the app's name no organisation
signal
telegram
threema
# contacts.phone_label.cjk: the phone labels of Chinese ("电话", "手机"),
# Japanese ("電話", "携帯"; "TEL" is English's) and Korean ("전화",
# "휴대폰") contact lines, before a full-width or ASCII colon
电话
電話
手机
手機
携帯
携帯電話
전화
휴대폰
# contacts.phone_label.fa_ur: the phone labels of Persian ("تلفن",
# "تلفن همراه", "موبایل") and Urdu ("فون", "موبائل", "ٹیلی فون") contact
# lines, languages with no file of their own yet: the number after the
# label is a phone, and the label is no organisation
تلفن
تلفن همراه
موبایل
فون
موبائل
ٹیلی فون
ٹیلیفون

[number_references]
n°
nº
id:
isbn
issn
iban
bic
$
€
£
¥
usd
eur
cad
gbp
chf
sar
aed

[number_units]
%
€
$
£
°
‰
km*
kg*
m²
m2*
# the tonne and the hectare
t
ha
eur*
usd*

[wire_tags]
# news agencies and wire services as a dateline prints them, inside
# parentheses or slashes ("Berlin (dpa) -", "/PRNewswire/ --") or after a
# dash (Arabic agencies: "الرياض - واس"); a lookup ignores case
ots
dpa
dpa-AFX
lby
afp
ap
reuters
efe
ansa
# the other Italian agencies (dateline.wire.it_agencies): AGI and askanews
# lead with their tag as ANSA does, Adnkronos, LaPresse and Italpress
# close the place and date with it
agi
adnkronos
askanews
lapresse
italpress
lusa
apa
sda
kna
epd
anp
belga
europa press
agência brasil
xinhua
kyodo
yonhap
prnewswire
pr newswire
prnewswire-firstcall
business wire
businesswire
globe newswire
globenewswire
newsfile corp.
newsfile
accesswire
newmediawire
marketwired
cision
notimex
telam
ips
واس
وام
بترا
كونا
قنا
بنا
العمانية
سانا
أ ف ب
رويترز
# dateline.wire.ko_equals: the Korean agencies, after the place and '='
# inside the parentheses ("(서울=연합뉴스)", "(부산=뉴스1)")
연합뉴스
뉴스1
뉴시스
뉴스와이어
# date.cjk.ymd: the Chinese wires' names and their "dispatch" (电, 電)
# closing a date ("成都2024年3月5日电 /美通社/ --")
美通社
美通社亚洲
# dateline.cjk.agency: the Chinese agencies whose name opens a lead
# glued to the place ("新华社云川3月5日电"): Xinhua (新华社, 新華社),
# China News Service (中新社), Taiwan's Central News Agency (中央社)
新华社
新華社
中新社
中央社
电
電

[follow_targets]
# what such an invitation names, as written, anywhere in the line
Facebook
Instagram
Twitter
LinkedIn

[role_joiners]
# what joins two roles before a speaker's name ("Founder and CEO Adam
# Boitnott"), as written
&

[acronym_leads]
# acronyms.paren_lead in Japanese, Chinese and Korean: "hereinafter" and
# "abbreviated" before the acronym in its parenthesis ("（以下、NTRI）",
# "（以下「NTRI」）", "（简称：NTRI）", "(이하 NTRI)"), none of it
以下简称
以下簡稱
以下
简称
簡稱
略称
이하

[reference_leads]
# reference.lead (core/normalize/understand.c): a number sign opening a
# line of its own ("N° 12/2024")
n°
nº
n.º
№

[cjk_countries]
# dateline.cjk.date_place: the names of countries a Chinese or Japanese
# dateline puts before the city with no dot between ("2025年3月5日，中国
# 苏州——", "日本東京"): the place is the city. Simplified and traditional
# Chinese, and Japanese where it writes them otherwise
中国
中國
日本
韩国
韓國
韓国
美国
美國
米国
英国
英國
德国
德國
ドイツ
法国
法國
フランス
新加坡
澳大利亚
澳大利亞
加拿大

[heading_marks]
# about.heading.cjk_marks, contacts.heading.cjk_marks: the symbols that
# Japanese and Chinese releases set before a section's heading, as a
# bullet of the heading ("■会社概要", "◆本件に関するお問い合わせ先",
# "●关于…"); the heading is read without it
■
□
◆
◇
●
◎
◼
▪
▶
▼
★
☆

[cjk_org_forms]
# date.cjk.issuer: the legal forms and body words of Japanese and Chinese
# organisations, as written anywhere in a line (no spaces between words):
# a line under (or glued to) a 年月日 date that holds one names the issuer,
# never the dateline's place
株式会社
有限会社
合同会社
合資会社
一般社団法人
公益社団法人
一般財団法人
公益財団法人
特定非営利活動法人
NPO法人
実行委員会
委員会
# the offices of Japanese towns and cities (役場, 市役所) and a
# body's secretariat (事務局), which sign their releases as issuers do
役場
役所
事務局
# date.cjk.issuer.section: the sections of a city or prefecture office
# that sign its releases ("みどり台市環境政策課": the environmental policy
# section; public relations, promotion, measures sections), compounds
# whose last character alone ("課", section) opens ordinary words (課題)
政策課
広報課
広報室
広報部
振興課
推進課
対策課
県庁
都庁
協会
研究所
有限公司
股份有限公司
有限责任公司
集团
集團
委员会
协会
協會

[contact_headings]
# contacts.heading.cjk: the contact headings of Japanese, Korean and
# Chinese releases, which have no language file of their own yet; as
# written, no spaces between words ("本件に関するお問い合わせ先",
# "보도 문의" keeps the space Korean writes)
本件に関するお問い合わせ先
本件に関するお問い合わせ
報道関係者お問い合わせ先
報道関係者からのお問い合わせ先
報道関係のお問い合わせ先
報道に関するお問い合わせ先
お問い合わせ先
お問い合わせ
問い合わせ先
문의처
언론 문의
보도 문의
미디어 문의
문의
취재 문의
媒体联系
媒体联系人
媒體聯絡
新闻联系人
媒體聯絡人
新聞聯絡人
# contacts.heading.media_enquiries.zh: Hong Kong's and Taiwan's "media
# enquiries" (傳媒查詢, 媒體查詢; simplified 传媒查询, 媒体查询), the
# heading of a release's contact block
傳媒查詢
传媒查询
媒體查詢
媒体查询
联系方式
聯絡方式
홍보 담당
# contacts.heading.other: the contact headings of languages that have
# no file of their own (Swedish, Danish, Norwegian, Finnish, Polish,
# Czech, Russian, Turkish, Greek, Romanian)
presskontakt
presskontakter
mediekontakt
för mer information
för ytterligare information
for yderligere information
yderligere oplysninger
for mer informasjon
for ytterligere informasjon
lisätietoja
lisätietoja antavat
mediayhteydet
kontakt dla mediów
kontakt prasowy
biuro prasowe
więcej informacji
kontakt pro média
kontakt pro novináře
další informace
# (the lexicon folds the case of Latin letters only: Cyrillic and
# Turkish dotted capitals as they are written in a heading)
Контакты для СМИ
Контакты для прессы
Пресс-служба
Контактная информация
Дополнительная информация
# Greek as written; Romanian
Πληροφορίες
Επικοινωνία
Γραφείο Τύπου
date de contact
contact presă
persoană de contact
informații suplimentare
basın iletişim
basın iletişimi
Basın İletişim
Basın İletişimi
medya iletişim
bilgi için
# contacts.heading.other for Catalan, Hungarian, Indonesian,
# Vietnamese (its capitals as written: Ệ does not fold), Ukrainian and
# Hebrew
contacte de premsa
més informació
sajtókapcsolat
további információ
további információk
narahubung
kontak media
kontak pers
informasi lebih lanjut
thông tin liên hệ
THÔNG TIN LIÊN HỆ
liên hệ báo chí
Контакти для ЗМІ
Контакти для преси
Прес-служба
Додаткова інформація
לפרטים נוספים
למידע נוסף
ליצירת קשר
# contacts.heading.other for Malay, Swahili, Persian ("public
# relations", "contact details", "for more information"), Urdu
# ("contact", "media contact", "for more information"), Bulgarian (as
# written), Croatian and Slovak
untuk maklumat lanjut
maklumat lanjut
pertanyaan media
kwa maelezo zaidi
mawasiliano
روابط عمومی
اطلاعات تماس
برای اطلاعات بیشتر
رابطہ
میڈیا رابطہ
مزید معلومات کے لیے
За контакти
Контакти
Контакти за медиите
kontakt za medije
kontakt pre médiá
# the spokesperson as heading: Polish "Rzecznik prasowy:", Czech
# "Tiskový mluvčí:", Slovak "Hovorca:"
rzecznik prasowy
tiskový mluvčí
tisková mluvčí
hovorca
hovorkyňa
# contacts.heading.other for Lithuanian, Hindi (Devanagari, as written)
# and Thai (as written): "more information", "contacts", "media contact"
daugiau informacijos
kontaktai
kontaktai žiniasklaidai
मीडिया संपर्क
संपर्क
अधिक जानकारी के लिए
ติดต่อสื่อมวลชน
ติดต่อ
# contacts.heading.th: "further information" (ข้อมูลเพิ่มเติม), "for
# further information contact" (สอบถามข้อมูลเพิ่มเติม, ติดต่อสอบถาม), the
# press-relations contact (ติดต่อฝ่ายประชาสัมพันธ์); Thai glues the words,
# so each form is an entry
ข้อมูลเพิ่มเติม
สอบถามข้อมูลเพิ่มเติม
ติดต่อสอบถาม
ติดต่อสอบถามข้อมูลเพิ่มเติม
ติดต่อฝ่ายประชาสัมพันธ์

[caption_leads]
# body.caption.credit: a picture's credit in languages without a file of
# their own (Croatian, Serbian and Slovene "Fotografija" (Czech and
# Romanian "Fotografie" is nl.lex's word), Polish "Zdjęcie" and "fot.", Finnish "Kuva",
# Hungarian "Fotó", Russian, Ukrainian, Bulgarian "Фото", Ukrainian
# "Світлина", Bulgarian "Снимка", Greek, Hebrew); Cyrillic and Greek as
# printed, a capital first (they do not fold)
fotografija {colon}
zdjęcie {colon}
fot. {name_follows}
kuva {colon}
fotó {colon}
Фото {colon}
Світлина {colon}
Снимка {colon}
Φωτογραφία {colon}
צילום {colon}
# body.caption.bracketed_lead: the Korean "photo material" (사진자료),
# "photo" (사진) and "photo caption" (사진설명) as a caption's lead in
# square brackets ("[사진자료] …"), the closing bracket held here
사진자료]
사진]
사진설명]

[hyphenating_producers]
# wrap.typesetter_hyphenates: typesetters that hyphenate every paragraph
# unless told not to, as their PDFs name themselves in the Producer or
# Creator property ("pdfTeX-1.40.24", "XeTeX output 2026.03.03",
# "LuaHBTeX, Version 1.15.0", "groff version 1.22.4"; dvipdfmx and
# xdvipdfmx are the TeX engines' PDF drivers). Word processors and
# browsers do not hyphenate by default, and are not listed.
pdfTeX
XeTeX
LuaTeX
LuaHBTeX
dvipdfmx
xdvipdfmx
groff
gropdf
# wrap.layout_program_hyphenates: page-layout programs whose default
# paragraph settings hyphenate: Adobe InDesign's [Basic Paragraph] style
# has Hyphenate on (its PDFs name "Adobe InDesign 18.5 (Macintosh)" as
# Creator, the Producer being "Adobe PDF Library"); QuarkXPress's
# Standard H&J has Auto Hyphenation on ("QuarkXPress(R) 17.0.2").
# Not listed: Scribus hyphenates only on Extras > Hyphenate Text or with
# "Hyphenate Text Automatically During Typing", off by default (Scribus
# wiki, Hyphenation); Affinity Publisher's "Use auto-hyphenation" is a
# paragraph option not shown to be on in its default style; Word and
# LibreOffice leave automatic hyphenation off (Word's Layout >
# Hyphenation: None; Writer's paragraph Text Flow > Hyphenation
# "Automatically" unchecked).
InDesign
QuarkXPress

[copyright_leads]
# furniture.copyright (core/normalize/furniture.c): what opens a
# copyright line; {year}: only where a year follows (a sentence may open
# with the word, "(c)" a list's third item); after the sign a name may
©
copyright {year}
copyright ©
(c) {year}
copyright (c) {year}

[months]
# dateline.lang.other_month: the months of languages that have no file of
# their own, as their dates write them: the genitive after the day in
# Polish, Czech, Russian and Greek ("12 marca 2025 r.", "5. března 2025",
# "14 марта 2025 г.", "11 Μαρτίου 2025"), the partitive in Finnish
# ("5. maaliskuuta 2025"), the nominative in Swedish, Danish, Norwegian,
# Turkish and Romanian. Months that another file holds already ("mars",
# "juni", "mai", "august") are read from
# it: every lookup of [months] reads every list. Greek and Turkish months
# are capitalised in dates and their capitals do not fold: as written
# Swedish, Danish, Norwegian
maj = 5
augusti = 8
marts = 3
desember = 12
# Finnish (partitive, then nominative)
tammikuuta = 1
helmikuuta = 2
maaliskuuta = 3
huhtikuuta = 4
toukokuuta = 5
kesäkuuta = 6
heinäkuuta = 7
elokuuta = 8
syyskuuta = 9
lokakuuta = 10
marraskuuta = 11
joulukuuta = 12
tammikuu = 1
helmikuu = 2
maaliskuu = 3
huhtikuu = 4
toukokuu = 5
kesäkuu = 6
heinäkuu = 7
elokuu = 8
syyskuu = 9
lokakuu = 10
marraskuu = 11
joulukuu = 12
# Polish (genitive, then nominative)
stycznia = 1
lutego = 2
marca = 3
kwietnia = 4
maja = 5
czerwca = 6
lipca = 7
sierpnia = 8
września = 9
października = 10
listopada = 11
grudnia = 12
styczeń = 1
luty = 2
marzec = 3
kwiecień = 4
czerwiec = 6
lipiec = 7
sierpień = 8
wrzesień = 9
październik = 10
listopad = 11
grudzień = 12
# Czech (genitive, then nominative)
ledna = 1
února = 2
března = 3
dubna = 4
května = 5
června = 6
července = 7
srpna = 8
září = 9
října = 10
listopadu = 11
prosince = 12
leden = 1
únor = 2
březen = 3
duben = 4
květen = 5
červen = 6
červenec = 7
srpen = 8
říjen = 10
prosinec = 12
# Russian (genitive, then nominative)
января = 1
февраля = 2
марта = 3
апреля = 4
мая = 5
июня = 6
июля = 7
августа = 8
сентября = 9
октября = 10
ноября = 11
декабря = 12
январь = 1
февраль = 2
март = 3
апрель = 4
май = 5
июнь = 6
июль = 7
август = 8
сентябрь = 9
октябрь = 10
ноябрь = 11
декабрь = 12
# Greek (genitive, as dates write it)
Ιανουαρίου = 1
Φεβρουαρίου = 2
Μαρτίου = 3
Απριλίου = 4
Μαΐου = 5
Ιουνίου = 6
Ιουλίου = 7
Αυγούστου = 8
Σεπτεμβρίου = 9
Οκτωβρίου = 10
Νοεμβρίου = 11
Δεκεμβρίου = 12
# Turkish
ocak = 1
Şubat = 2
mart = 3
nisan = 4
mayıs = 5
haziran = 6
temmuz = 7
ağustos = 8
eylül = 9
ekim = 10
kasım = 11
aralık = 12
# Romanian
ianuarie = 1
februarie = 2
martie = 3
aprilie = 4
iunie = 6
iulie = 7
septembrie = 9
octombrie = 10
noiembrie = 11
decembrie = 12
# Hungarian (its dates put the year first: date.hu.year_first)
január = 1
február = 2
március = 3
április = 4
május = 5
június = 6
július = 7
augusztus = 8
szeptember = 9
október = 10
# Ukrainian (genitive, then nominative; the year word "року" is in
# [year_marks])
січня = 1
лютого = 2
березня = 3
квітня = 4
травня = 5
червня = 6
липня = 7
серпня = 8
вересня = 9
жовтня = 10
листопада = 11
грудня = 12
січень = 1
лютий = 2
березень = 3
квітень = 4
травень = 5
червень = 6
липень = 7
серпень = 8
вересень = 9
жовтень = 10
листопад = 11
грудень = 12
# Indonesian (the others are English, Dutch or German words)
maret = 3
agustus = 8
# Catalan, and the months that elide "de" before a vowel ("3 d'abril de
# 2025", dateline.lang.elided_month)
gener = 1
febrer = 2
març = 3
maig = 5
juny = 6
juliol = 7
agost = 8
setembre = 9
desembre = 12
d'abril = 4
d'agost = 8
d'octubre = 10
# Vietnamese writes "ngày 5 tháng 3 năm 2025" (day, "month" and its
# number, "year"; date.vi.words): "tháng" and the number are the month;
# "ngày" is in [date_leads], "năm" in [date_connectors]
tháng 1 = 1
tháng 2 = 2
tháng 3 = 3
tháng 4 = 4
tháng 5 = 5
tháng 6 = 6
tháng 7 = 7
tháng 8 = 8
tháng 9 = 9
tháng 10 = 10
tháng 11 = 11
tháng 12 = 12
# Hebrew, alone and with the preposition ב ("in") glued, as a date
# writes it ("5 במרץ 2025"); מרס is the other spelling of March
ינואר = 1
פברואר = 2
מרץ = 3
מרס = 3
אפריל = 4
מאי = 5
יוני = 6
יולי = 7
אוגוסט = 8
ספטמבר = 9
אוקטובר = 10
נובמבר = 11
דצמבר = 12
בינואר = 1
בפברואר = 2
במרץ = 3
במרס = 3
באפריל = 4
במאי = 5
ביוני = 6
ביולי = 7
באוגוסט = 8
בספטמבר = 9
באוקטובר = 10
בנובמבר = 11
בדצמבר = 12
# Slovak (genitive after the day: "12. marca 2025"; marca is above),
# Croatian (genitive, "6. ožujka 2025.", then nominative), Malay and
# Swahili (the months other files do not hold already), Bulgarian (the
# others are Russian's), Persian's Gregorian months (its Solar Hijri
# ones are date.fa.solar_hijri's, below) (dateline.lang.other_month)
januára = 1
februára = 2
apríla = 4
mája = 5
júna = 6
júla = 7
augusta = 8
septembra = 9
októbra = 10
novembra = 11
decembra = 12
siječnja = 1
veljače = 2
ožujka = 3
travnja = 4
svibnja = 5
lipnja = 6
srpnja = 7
kolovoza = 8
rujna = 9
studenoga = 11
studenog = 11
prosinca = 12
siječanj = 1
veljača = 2
ožujak = 3
travanj = 4
svibanj = 5
lipanj = 6
srpanj = 7
kolovoz = 8
rujan = 9
studeni = 11
prosinac = 12
mac = 3
julai = 7
ogos = 8
disember = 12
machi = 3
aprili = 4
agosti = 8
septemba = 9
oktoba = 10
novemba = 11
desemba = 12
януари = 1
февруари = 2
април = 4
юни = 6
юли = 7
септември = 9
октомври = 10
ноември = 11
декември = 12
ژانویه = 1
فوریه = 2
آوریل = 4
مه = 5
ژوئن = 6
ژوئیه = 7
اوت = 8
سپتامبر = 9
اکتبر = 10
نوامبر = 11
دسامبر = 12

# Urdu's Gregorian months, as its dates write them after the day ("10
# مارچ 2025"; مئی also written مئ) (dateline.lang.other_month)
جنوری = 1
فروری = 2
مارچ = 3
اپریل = 4
مئی = 5
مئ = 5
جون = 6
جولائی = 7
اگست = 8
ستمبر = 9
اکتوبر = 10
نومبر = 11
دسمبر = 12

# Lithuanian, the genitive of a year-first date ("2025 m. kovo 5 d.",
# date.lt.year_first)
sausio = 1
vasario = 2
kovo = 3
balandžio = 4
gegužės = 5
birželio = 6
liepos = 7
rugpjūčio = 8
rugsėjo = 9
spalio = 10
lapkričio = 11
gruodžio = 12
# Hindi, as written in Devanagari, with the spellings' variants
# ("5 मार्च 2025"; फ़रवरी with and without the nukta, सितंबर and सितम्बर)
जनवरी = 1
फरवरी = 2
फ़रवरी = 2
मार्च = 3
अप्रैल = 4
मई = 5
जून = 6
जुलाई = 7
अगस्त = 8
सितंबर = 9
सितम्बर = 9
अक्टूबर = 10
नवंबर = 11
नवम्बर = 11
दिसंबर = 12
दिसम्बर = 12

[solar_hijri_months]
# date.fa.solar_hijri: the months of the Solar Hijri calendar as Persian
# writes them ("۱۴ اسفند ۱۴۰۳", 2025-03-04); core/text/dates.c gives the
# Gregorian date. Read only in a day-month-year date with a year of
# 1300-1500, so "مهر" (seal) and "دی" elsewhere are no months
فروردین = 1
اردیبهشت = 2
خرداد = 3
تیر = 4
مرداد = 5
امرداد = 5
شهریور = 6
مهر = 7
آبان = 8
آذر = 9
دی = 10
بهمن = 11
اسفند = 12

[buddhist_era_months]
# date.th.buddhist_era: the Thai months, full and abbreviated with their
# points ("5 มีนาคม 2568", "5 มี.ค. 68"); a date in them counts its year in
# the Buddhist era (BE = CE + 543) when the year is 2400 or more, or
# written with two figures after an abbreviation ("68" is 2568 BE, 2025);
# core/text/dates.c gives the Gregorian year. A year below 2400 is CE
มกราคม = 1
กุมภาพันธ์ = 2
มีนาคม = 3
เมษายน = 4
พฤษภาคม = 5
มิถุนายน = 6
กรกฎาคม = 7
สิงหาคม = 8
กันยายน = 9
ตุลาคม = 10
พฤศจิกายน = 11
ธันวาคม = 12
ม.ค. = 1
ก.พ. = 2
มี.ค. = 3
เม.ย. = 4
พ.ค. = 5
มิ.ย. = 6
ก.ค. = 7
ส.ค. = 8
ก.ย. = 9
ต.ค. = 10
พ.ย. = 11
ธ.ค. = 12

[buddhist_era_marks]
# date.th.buddhist_era: the era written before a Thai date's year, with
# the years to take off for the Gregorian one: "พ.ศ." (พุทธศักราช,
# Buddhist era, "5 มีนาคม พ.ศ. 2568" is 2025) and "ค.ศ." (คริสต์ศักราช,
# Christian era, "5 มีนาคม ค.ศ. 2025")
พ.ศ. = 543
ค.ศ. = 0

[about_headings]
# about.heading.other: the About headings of languages that have no file
# of their own: "Om" (Swedish, Danish, Norwegian), "Tietoa" (Finnish),
# "Despre" (Romanian), "Σχετικά με" (Greek); Polish, Czech and Russian
# "O"/"О" with the noun that follows it, as a lone "O" opens Portuguese
# and Spanish lines too ("O Governo …"); Cyrillic and Greek as written
om
tietoa
# Finnish "Tietoja X:stä", "Tietoja meistä" (the partitive plural, as
# often as "Tietoa"); Turkish "Hakkımızda" ("about us", whole line;
# its "X Hakkında" is about.heading_tail's)
tietoja
hakkımızda
hakkimizda
despre
Σχετικά με
o firmie
o spółce
o gminie
o fundacji
o stowarzyszeniu
o nas
# Polish public bodies after "O": the nouns in the locative, and the
# stems of the adjectives that open their names ("O Regionalnej Dyrekcji
# …", "O Miejskim Ośrodku …", "O Krajowym …")
o dyrekcji
o urzędzie
o ministerstwie
o instytucie
o agencji
o uczelni
o uniwersytecie
o muzeum
o projekcie
o programie
o festiwalu
o region*
o miejsk*
o krajow*
o wojewódzk*
o powiatow*
o gminn*
o narodow*
o państwow*
o polsk*
o społecznościow*
o společnosti
o obci
o městě
o nadaci
o nás
О компании
О нас
О фонде
Об организации
# Indonesian "Tentang", Vietnamese "Về", Hebrew "אודות", Hungarian
# "Rólunk" ("about us"; its "about X" is a suffix: about.heading_suffix),
# Ukrainian "Про" with the noun that follows it (Cyrillic as written)
tentang
về
אודות
rólunk
Про компанію
Про нас
Про організацію
Про громадську організацію
Про фонд
Про громаду
# Malay "Mengenai", Swahili "Kuhusu", Persian "درباره"; Croatian and
# Bulgarian "O"/"За" only with the noun after it, as "O" and "За" open
# sentences too ("За да …", "in order to")
mengenai
kuhusu
درباره
o gradu
o općini
o tvrtki
o udruzi
o nama
o županiji
За Община
За общината
За компанията
За фондацията
За сдружението
За нас
# about.heading_zh: the Chinese "about" (关于, zh-TW 關於) glued to the
# organisation's name on a line of its own ("关于松川市公园管理处");
# the whole-line headings "about us" (关于我们, 關於我們) and "company
# profile" (公司简介, 公司簡介, ja 会社概要, ko 회사 소개)
关于
關於
# about.heading.th: the Thai "about" (เกี่ยวกับ) glued to its subject
# ("เกี่ยวกับสหกรณ์ดอยคำ", as Chinese writes 关于), and the whole-line
# "about us" (เกี่ยวกับเรา)
เกี่ยวกับ
เกี่ยวกับเรา
关于我们
關於我們
公司简介
公司簡介
会社概要
회사 소개

# apie: Lithuanian "about" ("Apie VšĮ „Ąžuolynės amatai“")
apie

[about_adjective_leads]
# about.heading.slavic_adjective: the Slavic "about" that opens an About
# heading whose subject is one or two adjectives and a common noun
# ("Про Вербівську громаду", "O Gradskoj knjižnici", "О Городском музее",
# "O Městské knihovně", "За Столичната библиотека"): Ukrainian "Про",
# Russian "О"/"Об", Bulgarian "За", Croatian, Polish, Czech, Slovak "O"
# (Cyrillic as written: a heading in capitals is left out, as its
# nouns would be too); the heading must end with one of
# [about_adjective_nouns], so a sentence that opens with the word stays
# text
Про
О
Об
За
o

[about_adjective_nouns]
# the nouns such a heading ends with, in the case its "about" governs:
# Ukrainian (accusative after "Про"): community, council, company,
# organisation, foundation, association, library, museum, university,
# centre, city, town, region, park, theatre, school, cooperative
громаду
раду
компанію
організацію
фундацію
асоціацію
спілку
бібліотеку
музей
університет
центр
місто
область
парк
театр
школу
кооператив
адміністрацію
# Russian (prepositional after "О"): community, company, organisation,
# foundation, association, library, museum, university, centre, city,
# region, administration, theatre, union, society
компании
организации
фонде
ассоциации
библиотеке
музее
университете
центре
городе
области
администрации
театре
союзе
обществе
# Bulgarian (after "За"; the article goes on the first word, the
# adjective, so the noun after one is bare: "За Общинската библиотека";
# after none it carries it): municipality, library, company, foundation,
# association, museum, university, centre, community centre (читалище),
# theatre
библиотека
компания
фондация
сдружение
университет
читалище
театър
център
община
общината
библиотеката
компанията
фондацията
сдружението
музея
университета
центъра
читалището
театъра
# Croatian (locative after "O"): town, municipality, county, library,
# company, association, foundation, museum, university, centre, theatre,
# institute, agency
gradu
općini
županiji
knjižnici
tvrtki
udruzi
zakladi
muzeju
sveučilištu
centru
kazalištu
zavodu
agenciji
# Polish (locative after "O"): foundation, association, library, museum,
# company, commune, town, centre, university, theatre, agency, institute
fundacji
stowarzyszeniu
bibliotece
muzeum
spółce
firmie
gminie
mieście
ośrodku
centrum
uniwersytecie
teatrze
agencji
instytucie
# Czech and Slovak (locative after "O"): company, municipality, town,
# region, foundation, library, museum, association, university, theatre,
# (centre: "centru", as Croatian)
společnosti
spoločnosti
obci
městě
meste
kraji
nadaci
nadácii
knihovně
knižnici
muzeu
múzeu
spolku
univerzitě
univerzite
divadle

[about_elative_leads]
# about.heading.fi_elative: the Finnish "more information" whose subject
# stands in the elative ("Lisätietoa Kuusijärven kirjastosta", "Lisää
# tietoa yhdistyksestä"); "Tietoa" alone is an [about_headings] lead.
# Not "Lisätietoja": its line heads the contacts ("Lisätietoja antaa:")
lisätietoa
lisää tietoa

[about_elative_endings]
# the elative endings glued to the subject's last word ("kirjastosta",
# "yhdistyksestä"), or after a colon behind an abbreviation ("KAO:sta")
sta
stä

[editor_notes_headings]
# about.editor_notes: the notes to editors of languages without a file
# of their own (Danish, Norwegian, Swedish, Polish, Czech, Finnish)
note til redaktionen
noter til redaktionen
note til redaksjonen
til redaksjonen
not till redaktionen
noter till redaktionen
informacja dla redakcji
nota dla redakcji
poznámka pro redakce
poznámky pro redakce
tiedoksi toimituksille

[about_tails]
# what closes an About heading after its subject (one section, two
# rules): about.heading_tail, a word after a space in a cased script,
# Turkish "Yenikale Belediyesi Hakkında" (its capitals I, İ do not fold
# to ı: as written); about.heading_ja, about.heading_ko, a tail in an
# uncased script: the Japanese particle "について", glued
# ("株式会社霧島について"), the Korean "소개" ("introduction") and
# "개요" ("overview") after a space ("한빛소프트 소개", "솔내재단 개요")
hakkında
HAKKINDA
について
소개
개요
# about.heading_suffix: the Hungarian delative case ending, glued to the
# subject's last word ("Szentkővár Önkormányzatáról", "A Dombvári
# Egyesületről")
ról
ről
# about.heading_tail in Devanagari: the Hindi postposition "के बारे में"
# ("about") after the subject ("नवगढ़ नगर परिषद के बारे में")
के बारे में

# about.heading_ko: the Korean "about" after the subject and its particle
# ("한울물산에 대하여", "…에 대해"), which the particle glues to the name
에 대하여
에 대해

[contact_roles]
# contacts.name_ko_title: the job titles Korean writes after a contact's
# name ("정수민 과장", "한지우 대리"): manager, assistant manager, team
# leader, deputy general manager, general manager, senior staff, head of
# office, staff member
과장
대리
팀장
차장
부장
주임
실장
매니저
선임
책임
사원

[contact_field_labels]
# contacts.name_ko_title: the Korean "person in charge" (담당자, 담당)
# before a contact's name, with a colon or a space ("담당자: 정수민",
# "담당자 한지우")
# headline.label_line: the "department in charge" (담당부서, 담당 부서)
# and the "team in charge" (담당팀) that label a Korean release's
# sender above its title ("담당부서: 누리시 문화관광과")
담당부서
담당 부서
담당팀
담당자
담당

[email_labels]
# contacts.email_label.cjk: the e-mail labels of Chinese ("邮箱",
# "电子邮件", zh-TW "電子郵件", "電郵"), Japanese ("メール") and Korean
# ("이메일") contact lines
邮箱
电子邮件
電子郵件
電郵
メール
이메일

[email_tlds]
# repair ocr_at_sign: the top-level domains a press release's address
# ends in (IANA's generic ones in wide use, the country codes of the
# languages the lexicon has and of their neighbours, and RFC 2606's
# reserved names that invented addresses use)
com
org
net
edu
gov
int
info
biz
eu
uk
ie
fr
be
ch
lu
mc
de
at
li
it
sm
va
es
ad
pt
br
ao
mz
nl
dk
se
no
fi
is
pl
cz
sk
hu
ro
gr
cy
mt
us
ca
au
nz
mx
ar
cl
co
pe
ve
uy
ma
dz
tn
eg
sa
ae
qa
kw
bh
om
jo
lb
iq
ir
pk
in
cn
jp
kr
tw
hk
sg
news
media
press
online
example
test

[cjk_unit_endings]
# contacts.name_cjk: what ends the name of a department or unit in
# Chinese, Japanese and Korean (宣传部, 新闻办公室, 広報課, 홍보팀): a
# short line ending with one is a unit, never a person's name
部
处
處
科
課
室
中心
办公室
辦公室
组
組
팀
실

[era_names]
# date.ja.era: the eras of the Japanese calendar, each with the Gregorian
# year before its first ("令和7年3月12日" is 2025): 令和 from 2019,
# 平成 from 1989, 昭和 from 1926
令和 = 2018
平成 = 1988
昭和 = 1925
# date.cjk.minguo: the Republic of China's calendar (民國, simplified 民国),
# year 1 = 1912, as Taiwan's public bodies date ("民國114年3月5日")
民國 = 1911
民国 = 1911

[year_marks]
# dateline.lang.year_mark: the word "year" after the year of a date, in
# the languages that write it there (Polish "roku", Russian "года",
# Ukrainian "року"), mostly abbreviated; Cyrillic as written
r.
roku
г.
года
р.
року
# date.lt.year_first: Lithuanian "m." ("metai", year) after the year
m.

[clock_leads]
# dateline.event_time: the word for "o'clock" before an hour, in the
# Nordic languages ("kl. 11–18", "klo 18–21", "klockan 19–22"), as written
kl.
kl
klo
klockan
klokken
kello

[time_range_words]
# dateline.event_time: between the two hours of an event's time range
# ("11 a.m. to 6 p.m.", "10 bis 16 Uhr", "19 til 22", "de 10h à 18h")
to
until
till
til
bis
à
tot
a
al

[day_marks]
# date.lt.year_first: Lithuanian "d." ("diena", day) after the day of a
# year-first date ("Ąžuolynė, 2025 m. kovo 5 d. –")
d.

[date_connectors]
# date.vi.words: "năm" ("year") before the year ("ngày 5 tháng 3 năm 2025")
năm

[date_labels]
# date.cjk.release_label: the Korean label of a release's date line,
# "release date and time" (보도일시, 배포일시, 보도일자, 배포일자, also
# spaced): a label before the date, never its place
보도일시
보도 일시
배포일시
배포 일시
보도일자
배포일자

[date_leads]
# date.vi.words: "ngày" ("day") before the day ("Bình Lạc, ngày 5 tháng 3 năm 2025")
ngày
# date.closing_line.lead_word: Czech "dne", Slovak "dňa", Polish "dnia"
# ("on the day"), before the date of an official closing formula ("V
# Lipové Hoře dne 5. března 2025") and of a dateline ("Brno dne …")
dne
dňa
dnia

[speech_verbs]
# quotes.dash_speech: the attribution verbs of the languages that open
# direct speech with a dash and have no file of their own, in the present
# tense releases write ("– …, säger Name."): Swedish, Norwegian, Danish,
# Finnish, Polish ("– … – mówi Name."), Russian ("— …, — говорит Name.");
# Cyrillic as written
säger
sier
siger
sanoo
mówi
говорит
# the past tense, which news reports and some releases write ("— …, —
# сказала Name.", "– …, sade Name.", "– … – powiedział Name.")
sade
sagde
sanoi
powiedział
powiedziała
сказал
сказала
заявил
заявила
отметил
отметила
подчеркнул
подчеркнула
добавил
добавила
пояснил
пояснила
# quotes.speech_verbs.gaps (issue 13): the present and past tense of the
# verbs Russian, Polish and Scandinavian releases attribute with
# ("— …, — полемизирует Name.", "– …, berättar Name.")
полемизирует
полемизировал
полемизировала
утверждает
утверждал
утверждала
отмечает
подчеркивает
подчёркивает
добавляет
поясняет
рассказывает
рассказал
рассказала
сообщил
сообщила
сообщает
уточняет
уточнил
уточнила
комментирует
прокомментировал
прокомментировала
резюмирует
считает
dodaje
dodał
dodała
podkreśla
podkreślił
podkreśliła
zaznacza
zaznaczył
zaznaczyła
wyjaśnia
wyjaśnił
wyjaśniła
berättar
berättade
menar
tillägger
konstaterar
förklarar
betonar
forteller
fortalte
mener
fortæller
tilføjer
kertoo
kertoi
toteaa
totesi
korostaa
korosti
# quotes.speech_verbs.reply: Russian, Ukrainian and Bulgarian verbs of
# reply and objection ("«…», – возражает ему директор Name"; the object
# pronoun after the verb is no name, quotes.c reads the name after it)
возражает
возразил
возразила
отвечает
ответил
ответила
парирует
парировал
парировала
заперечує
заперечив
заперечила
відповідає
відповів
відповіла
парирує
възразява
възрази
отговаря
отговори

# quotes.speech_verbs.other_langs (issue 13): the verbs of saying after a
# quotation in the languages with no file of their own, present and past
# tense as releases write them ("„…“, říká starostka Name.", "«…», δήλωσε
# ο δήμαρχος Name.", "„…”, a declarat primarul Name.", "«…», ha explicat
# la regidora, Name.", "„…” – mondta Name polgármester.", "„…“, rekao je
# Name.", "\"…,\" kata Name."): the capitalised name after the verb is
# the speaker. Scripts without capitals (Hebrew) and the languages that
# set the verb after the name (Turkish "dedi", Hindi "ने कहा") need more
# than a verb and are not here
# Czech and Slovak
říká
řekl
řekla
uvedl
uvedla
dodal
dodala
dodává
vysvětluje
zdůraznil
zdůraznila
povedal
povedala
hovorí
uviedol
uviedla
vysvetľuje
# Greek
δήλωσε
δηλώνει
είπε
πρόσθεσε
τόνισε
σημείωσε
εξήγησε
# Romanian
a declarat
a spus
a adăugat
a explicat
a precizat
a subliniat
declară
spune
# Catalan
ha explicat
ha dit
ha afegit
ha assegurat
ha destacat
afegeix
# Hungarian
mondta
nyilatkozta
hangsúlyozta
fogalmazott
közölte
tette hozzá
# Ukrainian and Bulgarian
розповіла
розповів
зазначила
зазначив
сказав
додав
додала
наголосила
наголосив
пояснив
каже
каза
заяви
добави
подчерта
обясни
казва
# Croatian, Serbian and Slovene (Latin script)
rekao je
rekla je
izjavio je
izjavila je
dodao je
dodala je
istaknuo je
istaknula je
kaže
je povedal
je povedala
# Lithuanian
sakė
teigė
pridūrė
pabrėžė
# Indonesian and Malay
kata
ujar
ujarnya
katanya
tambahnya
# Swahili
alisema
aliongeza
alieleza

[person_titles]
# quotes.role_comma_honorific: Indonesian and Malay honorifics (Bapak,
# Ibu, Puan, Encik, Tuan, Datuk) and the Swahili Bi. and Bw. before a
# name: part of the written name, and the sign that the name follows a
# role and a comma ("kata Kepala Desa Suka Maju, Bapak Made Arsana")
Bapak
Ibu
Puan
Encik
Tuan
Datuk
Bi.
Bw.

[sibling_words]
# language.scandinavian: spellings that tell Norwegian (Bokmål), Danish
# and Swedish apart, which the n-gram models confuse (a Bokmål release
# ranks Danish first). One vote per word of the text for each language
# in the entry's braces; core/text/lang.c reads them only when the
# n-grams' verdict is one of the three. Words the three share ("og"/"och"
# aside: ikke, også, fordi, kun, skal, mange, både) are no evidence and
# are left out.
# Bokmål alone
å {nb}
etter {nb}
nå {nb}
hva {nb}
seg {nb}
meg {nb}
deg {nb}
noen {nb}
noe {nb}
mye {nb}
ble {nb}
blitt {nb}
mellom {nb}
gjennom {nb}
sier {nb}
enn {nb}
opp {nb}
uke {nb}
dere {nb}
kjører {nb}
litt {nb}
hadde {nb}
fikk {nb}
slik {nb}
dessuten {nb}
innen {nb}
tilbake {nb}
igjen {nb}
måte {nb}
hjelp {nb}
kjent {nb}
tjue {nb}
åtte {nb}
hundre {nb}
# the tens, and Bokmål "nn" where Danish writes "nd" ("inn"/"ind",
# "inngang"/"indgang"), the definite plural "barna"/"børnene" and "sjø"/"sø"
femti {nb}
førti {nb}
seksti {nb}
sytti {nb}
nitti {nb}
inn {nb}
inngang {nb}
barna {nb}
sjøen {nb}
# Danish alone
af {da}
hvad {da}
nogen {da}
noget {da}
meget {da}
bliver {da}
blevet {da}
mellem {da}
gennem {da}
siger {da}
mere {da}
end {da}
ud {da}
op {da}
uge {da}
jer {da}
kører {da}
lidt {da}
havde {da}
fik {da}
desuden {da}
inden {da}
tilbage {da}
mod {da}
måde {da}
hjælp {da}
kendt {da}
tyve {da}
otte {da}
hundrede {da}
halvtreds {da}
fyrre {da}
tres {da}
halvfjerds {da}
halvfems {da}
ind {da}
indgang {da}
børnene {da}
søen {da}
# Swedish alone
och {sv}
att {sv}
inte {sv}
är {sv}
också {sv}
mycket {sv}
vad {sv}
hur {sv}
från {sv}
ett {sv}
även {sv}
säger {sv}
genom {sv}
dessutom {sv}
tillbaka {sv}
hjälp {sv}
för {sv}
när {sv}
där {sv}
fick {sv}
sedan {sv}
till {sv}
# two of the three
av {nb sv}
blir {nb sv}
mer {nb sv}
ut {nb sv}
mot {nb sv}
ska {nb sv}
efter {da sv}
nu {da sv}
sig {da sv}
mig {da sv}
dig {da sv}
blev {da sv}
igen {da sv}
sådan {da sv}
# language.siblings: Czech, Slovak and Croatian, which the n-gram models
# confuse (a Slovak or a Croatian release ranks Czech); read only when
# the verdict is one of the three. Words all three write (je, na, do, za,
# od, po) are no evidence and are left out
# Czech alone
které {cs}
který {cs}
která {cs}
kteří {cs}
jsou {cs}
také {cs}
jako {cs}
nebo {cs}
při {cs}
pro {cs}
byl {cs}
byla {cs}
bylo {cs}
byli {cs}
budou {cs}
roce {cs}
mezi {cs}
ještě {cs}
již {cs}
není {cs}
před {cs}
# Slovak alone
sa {sk}
ktorý {sk}
ktorá {sk}
ktoré {sk}
ktorí {sk}
sú {sk}
tiež {sk}
ako {sk}
alebo {sk}
pre {sk}
pri {sk}
bol {sk}
bola {sk}
bolo {sk}
boli {sk}
budú {sk}
aj {sk}
vo {sk}
zo {sk}
medzi {sk}
ešte {sk}
môžu {sk}
môže {sk}
nie {sk}
# Croatian alone
u {hr}
i {hr}
su {hr es}  # Spanish "su" too (its block below)
koji {hr}
koja {hr}
koje {hr}
što {hr}
kao {hr}
ili {hr}
iz {hr}
nije {hr}
će {hr}
biti {hr}
godine {hr}
također {hr}
između {hr}
sada {hr}
gdje {hr}
# two of the three
v {cs sk}
že {cs sk}
už {cs sk}
však {cs sk}
se {cs hr}
# Indonesian and Malay, which the models confuse (a Malay release ranks
# Indonesian); read only when the verdict is one of the two
bahwa {id}
karena {id}
saja {id}
uang {id}
setelah {id}
informasi {id}
pemerintah {id}
yaitu {id}
komunitas {id}
universitas {id}
kualitas {id}
aktivitas {id}
fasilitas {id}
polisi {id}
bisa {id}
kabupaten {id}
kecamatan {id}
provinsi {id}
ujar {id}
bahawa {ms}
kerana {ms}
sahaja {ms}
mahu {ms}
wang {ms}
selepas {ms}
sila {ms}
maklumat {ms}
jiran {ms}
kerajaan {ms}
iaitu {ms}
komuniti {ms}
universiti {ms}
kualiti {ms}
aktiviti {ms}
fasiliti {ms}
polis {ms}
majlis {ms}
perbandaran {ms}
mentadbir {ms}
pentadbiran {ms}
seramai {ms}
encik {ms}
puan {ms}
# Spanish and Catalan, which the models confuse (a short Spanish release
# ranks Catalan); read only when the verdict is one of the two. Words
# both write (el, la, de, del, al, que, en, una, no, ha, octubre, abril)
# are no evidence and are left out, and so are the Catalan words a
# Spanish text shows for other reasons: "i" (a Roman numeral), "com" (a
# web address), "les" (a Spanish pronoun too)
# Spanish alone ("su" is with Croatian above, tagged {hr es})
y {es}
los {es}
las {es}
por {es}
para {es}
con {es}
sus {es}
como {es}
pero {es}
muy {es}
también {es}
más {es}
año {es}
años {es}
hasta {es}
desde {es}
hoy {es}
según {es}
sin {es}
cuando {es}
donde {es}
está {es}
están {es}
fue {es}
será {es}
mediante {es}
durante {es}
nuevo {es}
nueva {es}
enero {es}
febrero {es}
marzo {es}
mayo {es}
junio {es}
septiembre {es}
noviembre {es}
diciembre {es}
# Catalan alone
amb {ca}
per {ca}
els {ca}
dels {ca}
pels {ca}
seu {ca}
seva {ca}
seus {ca}
seves {ca}
és {ca}
però {ca}
més {ca}
any {ca}
anys {ca}
aquest {ca}
aquesta {ca}
aquests {ca}
aquestes {ca}
també {ca}
fins {ca}
molt {ca}
perquè {ca}
avui {ca}
segons {ca}
sense {ca}
quan {ca}
durant {ca}
mitjançant {ca}
estat {ca}
serà {ca}
hi {ca}
ho {ca}
gener {ca}
febrer {ca}
març {ca}
maig {ca}
juny {ca}
juliol {ca}
agost {ca}
setembre {ca}
novembre {ca}
desembre {ca}


[quote_particles]
# quotes.ja.particle, quotes.ko.particle: the particle that Japanese and
# Korean glue to a quotation's closing mark before the verb that
# attributes it: Japanese "と" (「…」と述べた), Korean "라고" after a
# vowel or as the direct-speech marker, "이라고" after a consonant, "고"
# (indirect speech, as releases write it after a quotation too)
と
라고
이라고
고

[quote_verbs]
# quotes.ja.particle: Japanese speech verbs after the particle, their
# stems (述べた, 述べています; 話した, 話しています; 語った; 強調した;
# コメントした; 説明した; 明かした; 意気込みを語った)
述べ
話し
話す
語っ
語り
語る
強調
コメント
説明
明かし
意気込
# quotes.ko.particle: Korean speech verbs after the particle, their past
# and present stems (말했다, 말한다; 밝혔다, 밝혔습니다; 강조했다; 전했다;
# 설명했다; 덧붙였다; 당부했다)
말했
말한
밝혔
밝힌
강조했
강조한
전했
전한
설명했
설명한
덧붙였
당부했
# quotes.zh.verb: Chinese speech verbs, between the speaker and the
# quotation (林晓雯表示：“…”) or after both (“…”，林晓雯说。), simplified
# and traditional
表示 {lead}
说 {lead}
說 {lead}
指出 {lead}
强调 {lead}
強調說 {lead}
称 {lead}
稱 {lead}
介绍 {lead}
介紹 {lead}
透露 {lead}
坦言 {lead}

[subject_particles]
# quotes.ja.particle, quotes.ko.particle: the particles that close the
# subject of a sentence, its speaker when a quotation follows: Japanese
# topic "は" and subject "が", Korean topic "은"/"는" and subject
# "이"/"가"
は
が
은
는
이
가

[cjk_titles]
# quotes.cjk.title: titles and roles glued to a speaker's name. Chinese
# writes them before the name (馆长林晓雯, 总经理王明): director of a
# library, museum, institute, general manager, chair, head of office,
# bureau, mayor, head of school, president, secretary-general, founder,
# person in charge, chief executive, professor; simplified and traditional
馆长
館長
总经理
總經理
经理
經理
董事长
董事長
主任
院长
院長
局长
局長
市长
市長
校长
校長
主席
会长
會長
理事长
理事長
秘书长
秘書長
负责人
負責人
总裁
總裁
创始人
創辦人
首席执行官
教授
部长
部長
所长
所長
# Japanese writes them after the name (高橋社長, 中村部長, 山田氏) or
# before it with の (代表取締役の高橋美咲): president, representative
# director, director, chair, head of department, section, office,
# institute, mayor of a city, town, village, governor, professor,
# representative, store manager, and the honorifics 氏, さん (理事長,
# 部長, 市長: listed with the Chinese titles above, written alike)
社長
代表取締役
取締役
会長
課長
室長
店長
町長
村長
知事
委員長
事務局長
代表
センター長
氏
さん
# Korean writes them after the name, as a word of their own (박서연
# 관장은) or glued to the organisation they head (…도서관장은): head of
# a library or museum, president, CEO, chair, mayor, director, head of
# a centre, department, team, professor, Mr/Ms
관장
대표
대표이사
사장
회장
이사장
시장
군수
구청장
청장
원장
소장
센터장
본부장
국장
과장
팀장
부장
실장
단장
처장
이사
교수
총장
위원장
씨

[title_links]
# quotes.cjk.title: Japanese "の" between a role and the name
# (代表取締役の高橋美咲)
の

[family_names]
# quotes.cjk.title: Korean family names (the Statistics Korea census
# lists about 280; these are the common ones, and the two-syllable 남궁,
# 황보, 제갈, 선우, 독고): the speaker's name among the words of the
# subject opens with one ("한지호 들빛농산 대표는", "들빛농산 한지호 대표는")
김
이
박
최
정
강
조
윤
장
임
한
오
서
신
권
황
안
송
류
유
전
홍
고
문
양
손
배
백
허
남
심
노
하
곽
성
차
주
우
구
민
진
지
엄
채
원
천
방
공
현
함
변
염
여
추
도
소
석
선
설
마
길
연
위
표
명
기
반
라
왕
금
옥
육
인
맹
제
모
탁
국
어
은
편
용
예
경
봉
사
부
가
복
태
목
형
계
피
두
감
음
빈
동
온
호
범
좌
팽
승
간
상
갈
시
남궁
황보
제갈
선우
독고

[hangul_endings]
# wrap.hangul_in_word: Korean endings and particles that close a word
# and are never a word of their own; one alone at a line's start, right
# before a stop, a comma or a closing mark ("계획이" / "다.", "기관" /
# "으로,"), proves that the typesetter broke the line inside a word
다
이다
였다
었다
했다
한다
된다
니다
습니다
이며
이고
며
고
면
으로
에서
에게
까지
부터
라고
이라고

[about_copulas]
# about.headless: the same in languages without a file of their own
# (Swedish, Danish, Norwegian, Polish)
är ett
är en
er et
er en
jest

[agency_suffixes]
# dateline.cjk.agency_paren: the last character of a Chinese news
# organisation's name ("…社" of an agency, 通讯社 / 新闻社; "…网" of a
# news site, 中国网), which ends the agency in a lead set in brackets
# before the place ("（河东社北京3月5日电）", "（南岭网广州6月2日电）")
社
网
網

# release.mail_headers: an e-mail's header names (1 subject, 2 sent date, 3 an address)
[mail_headers]
# Swedish (Outlook, Thunderbird): no language file of its own
från = 3
skickat = 2
till = 3
ämne = 1
kopia = 3

# furniture.mail.forward_marker: the line a mail client writes over a forwarded or quoted message
[mail_forward_markers]
vidarebefordrat meddelande
ursprungligt meddelande

# furniture.mail.forward_marker: the verb of a reply's attribution line ("On … X wrote:")
[mail_wrote]
skrev

# furniture.mail.greeting: the sender's salutation over the release
[mail_greetings]
till redaktionen
hej

# furniture.mail.disclaimer: the mail server's legal notice under the message
[mail_disclaimers]
detta e-postmeddelande
detta meddelande är konfidentiellt

# furniture.mail.newsletter: a newsletter's view-in-browser, why-you-got-it and unsubscribe lines
[newsletter_lines]
visa i webbläsaren
avregistrera

# headline.mail_subject: a Subject's reply and forward prefixes ("Fwd:", "TR:", "AW:")
[mail_subject_prefixes]
vb
sv

[about_founding]
# about.headless.founded: the same in languages without a file of their
# own. Hebrew: the name, then "was founded in the year" ("עמותת הגן
# הירוק נוסדה בשנת 1998"); the other verb, "was established"
נוסדה בשנת
נוסד בשנת
הוקמה בשנת
הוקם בשנת
# Russian: the name, then "(was) founded in" ("Компания «Северный
# ветер» основана в 1998 году")
основана в
основан в
основано в
была основана в
был основан в
было основано в
# Turkish: "founded in the year", then the name ("1998 yılında kurulan
# Yeşil Vadi Derneği, …")
yılında kurulan {name_follows}
yılında kurulmuş {name_follows}

# contacts.address_line: the label of a postal address line in a contact block
[address_labels]
地址
住所
所在地
주소

[embargo_words]
# a word that puts the release line under embargo, anywhere in it, inside
# a word too, for the languages without a file of their own
# (headline.release_line.embargo_label, headline.release_line.embargo_other):
# Korean 엠바고 and 보도시점, Japanese 報道解禁 and 解禁日時, Chinese 解禁时间
# and 解禁時間 (not the bare 解禁: "即日解禁", lifted the same day, puts
# nothing under embargo), Norwegian and Danish "sperrefrist",
# "spærrefrist", Finnish "julkaisuvapaa", Hungarian "embargó", Russian
# "эмбарго" as written
엠바고
보도시점
報道解禁
解禁日時
解禁时间
解禁時間
sperrefrist
spærrefrist
julkaisuvapaa
embargó
эмбарго
Эмбарго
ЭМБАРГО

[wire_labels]
# dateline.wire.label: Business Wire's label of a regulated disclosure after its lead ("PARIS--(BUSINESS WIRE)--Regulatory News:"), in the releases of every language
regulatory news
