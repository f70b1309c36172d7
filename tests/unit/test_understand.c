/*
 * test_understand.c - the rules of the record 1.1 stages (understand.c),
 * one convention each, on examples written for them (invented names):
 * kind.words (a line that names the kind, alone, anywhere, in the
 * release line), reference.lead, issuer.about, issuer.release_line and
 * issuer.department; then the stages on a document built by hand.
 */
#include "pm_test.h"
#include "normalize/normalize.h"

static const char *kind(const char *line, bool release_line)
{
	return rule_kind_name(rule_kind_line(line, strlen(line), release_line));
}

/* kind.words, in every lexicon language */
static void kind_words(void **state)
{
	(void)state;
	assert_string_equal(kind("MEDIA ADVISORY", true), "media_advisory");
	assert_string_equal(kind("Media advisory: ribbon cutting at the Fenwick depot", false), "media_advisory");
	assert_string_equal(kind("Statement by the Harbour Board on the Quayside closure", false), "statement");
	assert_string_equal(kind("STATEMENT", false), "statement");
	/* alone: the word opening a headline is no kind */
	assert_null(kind("Statements of support pour in for the Tollbridge plan", false));
	assert_null(kind("Speech therapy clinic opens in Marrowby", false));
	assert_string_equal(kind("Remarks by Mayor Ilse Vantongeren, as prepared for delivery", false), "speech");
	assert_string_equal(kind("Check against delivery", false), "speech");
	assert_string_equal(kind("Avis aux médias – Inauguration du pont de Saint-Ombre", false), "media_advisory");
	assert_string_equal(kind("Compte rendu du Conseil des ministres du 4 mars 2025", false), "communique");
	assert_string_equal(kind("Seul le prononcé fait foi", false), "speech");
	assert_string_equal(kind("Discours", false), "speech");
	assert_string_equal(kind("Es gilt das gesprochene Wort.", false), "speech");
	assert_string_equal(kind("Medienhinweis: Spatenstich am Wasserwerk Kolbach", false), "media_advisory");
	assert_string_equal(kind("Stellungnahme zum Entwurf des Verkehrsplans", false), "statement");
	assert_string_equal(kind("Convocatoria de prensa", false), "media_advisory");
	assert_string_equal(kind("Referencia del Consejo de Ministros", false), "communique");
	assert_string_equal(kind("Declaração conjunta dos municípios do Vale do Sorraia", false), "statement");
	assert_string_equal(kind("Dichiarazione del sindaco di Vallerotta", false), "statement");
	assert_string_equal(kind("Toespraak van burgemeester De Wilde", false), "speech");
	assert_string_equal(kind("Nieuwsbrief maart 2025", false), "newsletter");
	assert_string_equal(kind("بيان مشترك", false), "statement");
	assert_string_equal(kind("بيان صحفي", true), "press_release");
	/* in the release line a kind word may close it */
	assert_string_equal(kind("Quillan Foods Media Statement", true), "statement");
	assert_null(kind("Quillan Foods Media Statement", false));
	/* the most telling kind when a line names two */
	assert_string_equal(kind("Press release: remarks as prepared for delivery", false), "speech");
	assert_null(kind("EMBARGOED UNTIL 10:00 CET", true));
	/* tail: the word closes the sender's name */
	assert_string_equal(kind("Marrowby Rowing Club Newsletter | Autumn 2025", false), "newsletter");
	assert_null(kind("Tollbridge launches a newsletter for ferry users", false));
}

static void reference(void **state)
{
	char *r;
	(void)state;
	r = rule_reference("Communiqué n° 12/2025", strlen("Communiqué n° 12/2025"));
	assert_string_equal(r, "Communiqué n° 12/2025");
	free(r);
	r = rule_reference("Ref. D/Press/2025/044 (replaces 041)", strlen("Ref. D/Press/2025/044 (replaces 041)"));
	assert_string_equal(r, "Ref. D/Press/2025/044");
	free(r);
	r = rule_reference("Pressemitteilung Nr. 7/2025", strlen("Pressemitteilung Nr. 7/2025"));
	assert_string_equal(r, "Pressemitteilung Nr. 7/2025");
	free(r);
	r = rule_reference("Release no. 17", strlen("Release no. 17"));
	assert_string_equal(r, "Release no. 17");
	free(r);
	r = rule_reference("Comunicado n.º 4/2025", strlen("Comunicado n.º 4/2025"));
	assert_string_equal(r, "Comunicado n.º 4/2025");
	free(r);
	/* a lead needs a code with a digit, and ends its word */
	assert_null(rule_reference("Reference customers include Tollbridge", strlen("Reference customers include Tollbridge")));
	assert_null(rule_reference("Reform 2025 passes", strlen("Reform 2025 passes")));
	assert_null(rule_reference("Ref. pending", strlen("Ref. pending")));
}

static void issuer_rules(void **state)
{
	char *s;
	bool dept;
	(void)state;
	s = rule_issuer_about("About the Quayside Rowing Trust");
	assert_string_equal(s, "Quayside Rowing Trust");
	free(s);
	s = rule_issuer_about("À propos de l’Agence des Forêts du Haut-Morvel");
	assert_string_equal(s, "Agence des Forêts du Haut-Morvel");
	free(s);
	s = rule_issuer_about("Über die Brenner Kältetechnik GmbH:");
	assert_string_equal(s, "Brenner Kältetechnik GmbH");
	free(s);
	assert_null(rule_issuer_about("About us"));
	assert_null(rule_issuer_about("About this release"));
	s = rule_issuer_release_line("Quillan Foods Media Release");
	assert_string_equal(s, "Quillan Foods");
	free(s);
	assert_null(rule_issuer_release_line("PRESS RELEASE"));
	s = rule_issuer_department("Pressestelle der Stadtwerke Kolbach", &dept);
	assert_true(dept);
	assert_string_equal(s, "Stadtwerke Kolbach");
	free(s);
	s = rule_issuer_department("Ufficio stampa dell'Ente Parco Valmora", &dept);
	assert_string_equal(s, "Ente Parco Valmora");
	free(s);
	s = rule_issuer_department("Press office of the Marrowby Council", &dept);
	assert_string_equal(s, "Marrowby Council");
	free(s);
	assert_null(rule_issuer_department("Unternehmenskommunikation", &dept));
	assert_true(dept);
	assert_null(rule_issuer_department("Tollbridge Ferries", &dept));
	assert_false(dept);
}

/* quote.role and quote.role_before */
static void speaker_role(void **state)
{
	char *role, *org, *r;
	const char *t = "\"We ordered two,\" said Mayor Ann Cole.";
	(void)state;
	assert_true(rule_speaker_role(", operations director at the Port of Quillan, said.", NULL, &role, &org));
	assert_string_equal(role, "operations director");
	assert_string_equal(org, "Port of Quillan");
	free(role);
	free(org);
	/* a single capitalised word is an organisation when the headline uses it */
	assert_true(rule_speaker_role(", chief executive of Brindle.", "Brindle opens a depot", &role, &org));
	assert_string_equal(role, "chief executive");
	assert_string_equal(org, "Brindle");
	free(role);
	free(org);
	assert_true(rule_speaker_role(", Minister of Agriculture.", "New rules for dairy farms", &role, &org));
	assert_string_equal(role, "Minister of Agriculture");
	assert_null(org);
	free(role);
	assert_true(rule_speaker_role(", Geschäftsführerin der Brenner Kältetechnik GmbH.", NULL, &role, &org));
	assert_string_equal(role, "Geschäftsführerin");
	assert_string_equal(org, "Brenner Kältetechnik GmbH");
	free(role);
	free(org);
	/* quote.role_comma: the organisation in a part of its own, also when a
	 * linking word is inside its name */
	assert_true(rule_speaker_role(", head of sales, Tarrow Mills Europe.", NULL, &role, &org));
	assert_string_equal(role, "head of sales");
	assert_string_equal(org, "Tarrow Mills Europe");
	free(role);
	free(org);
	assert_true(rule_speaker_role(", presidente, Cantina Sociale di Valmora.", NULL, &role, &org));
	assert_string_equal(role, "presidente");
	assert_string_equal(org, "Cantina Sociale di Valmora");
	free(role);
	free(org);
	/* a single word after the comma is no organisation unless the
	 * headline or issuer use it */
	assert_true(rule_speaker_role(", chief engineer, Emeritus.", NULL, &role, &org));
	assert_string_equal(role, "chief engineer, Emeritus");
	assert_null(org);
	free(role);
	/* quote.role_in_name: a title kept at the head of the speaker */
	r = rule_role_in_speaker("Burgemeester Femke Hoogland");
	assert_string_equal(r, "Burgemeester");
	free(r);
	assert_null(rule_role_in_speaker("Femke Hoogland"));
	assert_null(rule_role_in_speaker("Burgemeester Hoogland"));
	assert_null(rule_role_in_speaker("Vorsitzende des Vereins"));
	/* no role word: an age, a place, a clause */
	assert_false(rule_speaker_role(", 42, of Marrowby.", NULL, &role, &org));
	assert_false(rule_speaker_role(", whose family raised the money.", NULL, &role, &org));
	assert_false(rule_speaker_role(" on Tuesday.", NULL, &role, &org));
	r = rule_role_before(t, strstr(t, "Ann Cole"));
	assert_string_equal(r, "Mayor");
	free(r);
	/* no title before the name */
	t = "\"Fine,\" said Ann Cole.";
	assert_null(rule_role_before(t, strstr(t, "Ann")));
	/* quotes.role_complement_before_name: the role, its link and its
	 * complement; an article opening the sentence, a comma before the
	 * name; the walk stops at the speech verb */
	t = "\"Fine,\" Minister of Culture Ada Fenn said.";
	r = rule_role_before(t, strstr(t, "Ada"));
	assert_string_equal(r, "Minister of Culture");
	free(r);
	t = "La concejala de Cultura, Marta Gil, explic\xC3\xB3:";
	r = rule_role_before(t, strstr(t, "Marta"));
	assert_string_equal(r, "concejala de Cultura");
	free(r);
	t = "\"Fine,\" said the town of Kelmouth Ada Fenn.";
	assert_null(rule_role_before(t, strstr(t, "Ada")));
}

/* phone.e164 */
static void phone_e164(void **state)
{
	char *e;
	(void)state;
	e = rule_phone_e164("+44 (0)1632 960 415", false);
	assert_string_equal(e, "+441632960415");
	free(e);
	e = rule_phone_e164("0049 30 1234567", false);
	assert_string_equal(e, "+49301234567");
	free(e);
	e = rule_phone_e164("(+1) 248 555 0199", false);
	assert_string_equal(e, "+12485550199");
	free(e);
	e = rule_phone_e164("(315) 555-0143", true);
	assert_string_equal(e, "+13155550143");
	free(e);
	e = rule_phone_e164("1-315-555-0143", true);
	assert_string_equal(e, "+13155550143");
	free(e);
	/* not certain: a national number outside the US, a +1 of 9 digits,
	 * an extension, a US shape elsewhere */
	assert_null(rule_phone_e164("02 99 00 41 17", false));
	assert_null(rule_phone_e164("(315) 555-0143", false));
	assert_null(rule_phone_e164("+1 555 0143 12", false));
	assert_null(rule_phone_e164("+44 1632 960415 ext. 12", false));
	assert_null(rule_phone_e164("(1927-2000) 22", true));
}

/* The stages on a model: kind from the release line, the reference line,
 * the issuer from the About heading before the contact's organisation. */
static void stages(void **state)
{
	pm_limits lim;
	pm_doc doc;
	pm_fields f;
	pm_block *b;
	(void)state;
	pm_limits_default(&lim);
	pm_doc_init(&doc, &lim);
	memset(&f, 0, sizeof f);
	doc.format = "docx";
	doc.language = "en";
	pm_doc_add(&doc, PM_BLOCK_PARAGRAPH, "MEDIA ADVISORY");
	pm_doc_add(&doc, PM_BLOCK_PARAGRAPH, "Ref. TB/Media/2025/09");
	b = pm_doc_add(&doc, PM_BLOCK_HEADING, "Tollbridge Ferries names its first electric vessel");
	b->level = 1;
	pm_doc_add(&doc, PM_BLOCK_PARAGRAPH,
	           "MARROWBY, 3 March 2025 – Tollbridge Ferries will name its first electric vessel on "
	           "Friday at the north quay, and invites the press to the ceremony and a crossing after it.");
	pm_doc_add(&doc, PM_BLOCK_HEADING, "About Tollbridge Ferries")->level = 2;
	pm_doc_add(&doc, PM_BLOCK_PARAGRAPH, "Tollbridge Ferries runs four crossings of the Marrow estuary.");
	pm_doc_add(&doc, PM_BLOCK_PARAGRAPH, "Media contact: Ines Harrow, Harrow PR, press@harrow-pr.example");
	pm_doc_finish(&doc);
	pm_normalize(&doc, &f, false);
	assert_string_equal(f.kind, "media_advisory");
	assert_string_equal(f.reference, "Ref. TB/Media/2025/09");
	assert_non_null(f.issuer.name);
	assert_string_equal(f.issuer.name, "Tollbridge Ferries");
	assert_string_equal(f.issuer.evidence, "about");
	assert_null(f.lead);
	pm_fields_free(&f);
	pm_doc_free(&doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kind_words),
		cmocka_unit_test(reference),
		cmocka_unit_test(issuer_rules),
		cmocka_unit_test(speaker_role),
		cmocka_unit_test(phone_e164),
		cmocka_unit_test(stages),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
