# any.lex - the lists that belong to no language: symbols, brand names,
# international abbreviations. Format: core/lexicon/README.

[release_lines]
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
新闻稿
新聞稿
新闻通稿
新聞通稿
即时发布
即時發布
即時發佈

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

[phone_labels]
whatsapp
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
# date.cjk.ymd: the Chinese wires' names and their "dispatch" (电, 電)
# closing a date ("成都2024年3月5日电 /美通社/ --")
美通社
美通社亚洲
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

[reference_leads]
# reference.lead (core/normalize/understand.c): a number sign opening a
# line of its own ("N° 12/2024")
n°
nº
n.º
№

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
媒体联系
媒体联系人
媒體聯絡
新闻联系人
媒體聯絡人
新聞聯絡人
联系方式
聯絡方式
홍보 담당
# contacts.heading.other: the contact headings of languages that have
# no file of their own (Swedish, Danish, Norwegian, Finnish, Polish,
# Czech, Russian, Turkish)
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
Пресс-служба
Контактная информация
Дополнительная информация
basın iletişim
basın iletişimi
Basın İletişim
Basın İletişimi
medya iletişim
bilgi için

[copyright_leads]
# furniture.copyright (core/normalize/furniture.c): what opens a
# copyright line; {year}: only where a year follows (a sentence may open
# with the word, "(c)" a list's third item); after the sign a name may
©
copyright {year}
copyright ©
(c) {year}
copyright (c) {year}

[about_headings]
# about.heading_cjk: the Chinese "about" (关于, zh-TW 關於) glued to the
# organisation's name on a line of its own ("关于松川市公园管理处");
# the whole-line headings "about us" (关于我们, 關於我們) and "company
# profile" (公司简介, 公司簡介, ja 会社概要, ko 회사 소개)
关于
關於
关于我们
關於我們
公司简介
公司簡介
会社概要
회사 소개

[about_heading_tails]
# about.heading_ja, about.heading_ko: what closes an About heading after
# its subject, on a line of its own: the Japanese particle "について"
# ("株式会社霧島について"), the Korean "소개" ("introduction") after a
# space ("한빛소프트 소개")
について
소개

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
