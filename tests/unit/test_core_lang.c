/*
 * test_core_lang.c - record.language on a few sentences of each language
 * press releases here come in (written for this test, not taken from
 * anywhere), with and without the n-gram models, and the script shortcut.
 */
#include "pm_test.h"

static const struct {
	const char *lang;
	const char *text;
} samples[] = {
	{"fr", "La mairie a présenté ce matin son nouveau plan de circulation pour le centre-ville. "
	       "Les travaux commenceront au printemps et dureront deux ans. Selon l'adjointe chargée "
	       "des transports, les commerçants seront consultés avant chaque étape du chantier."},
	{"en", "The city council presented its new traffic plan for the town centre this morning. "
	       "Work will begin in the spring and is expected to last two years. According to the "
	       "deputy mayor for transport, local shops will be consulted before each stage of the works."},
	{"es", "El ayuntamiento presentó esta mañana su nuevo plan de tráfico para el centro de la "
	       "ciudad. Las obras comenzarán en primavera y durarán dos años. Según la concejala de "
	       "transportes, los comerciantes serán consultados antes de cada fase de los trabajos."},
	{"de", "Die Stadtverwaltung hat heute Morgen ihren neuen Verkehrsplan für die Innenstadt "
	       "vorgestellt. Die Bauarbeiten beginnen im Frühjahr und dauern zwei Jahre. Nach Angaben "
	       "der zuständigen Dezernentin werden die Händler vor jedem Bauabschnitt angehört."},
	{"pt", "A câmara municipal apresentou esta manhã o seu novo plano de trânsito para o centro "
	       "da cidade. As obras vão começar na primavera e devem durar dois anos. Segundo a "
	       "vereadora dos transportes, os comerciantes serão ouvidos antes de cada fase da obra."},
	{"ar", "قدمت البلدية صباح اليوم خطتها الجديدة لتنظيم حركة المرور في وسط المدينة. وستبدأ "
	       "الأشغال في فصل الربيع وتستمر لمدة عامين. وأكدت المسؤولة عن النقل أن التجار سيستشارون "
	       "قبل كل مرحلة من مراحل المشروع."},
};

static void identifies_each_language(void **state)
{
	pm_context *ctx = pm_test_context();
	size_t i;
	(void)state;
	assert_non_null(ctx);
	for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		const char *l = pm_lang_identify(pm_test_lingua(ctx), samples[i].text, strlen(samples[i].text));
		if (!l || strcmp(l, samples[i].lang))
			print_error("sample %s identified as %s\n", samples[i].lang, l ? l : "(null)");
		assert_non_null(l);
		assert_string_equal(l, samples[i].lang);
	}
	pm_context_free(ctx);
}

/* Without a context (no n-gram models), the stop-word vote still knows
 * the Latin-script languages it has words for. */
static void stop_words_alone(void **state)
{
	size_t i;
	(void)state;
	for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		const char *l;
		if (!strcmp(samples[i].lang, "ar"))
			continue;
		l = pm_lang_identify(NULL, samples[i].text, strlen(samples[i].text));
		assert_non_null(l);
		assert_string_equal(l, samples[i].lang);
	}
}

/* The vote reads words in capitals too (ASCII letters fold), and a word
 * two languages share votes for both: a tie names neither. */
static void stop_word_votes(void **state)
{
	const char caps[] = "LES \xC3\x89LUS ET LES AGENTS SONT DANS LA SALLE DU CONSEIL.";
	const char shared[] = "Roma e Lisboa e Porto e Napoli";
	(void)state;
	assert_string_equal(pm_lang_identify(NULL, caps, strlen(caps)), "fr");
	assert_null(pm_lang_identify(NULL, shared, strlen(shared)));
}

static void scripts_and_unsure(void **state)
{
	pm_context *ctx = pm_test_context();
	const char el[] = "Η δημοτική αρχή παρουσίασε σήμερα το νέο σχέδιο κυκλοφορίας για το κέντρο.";
	const char ja[] = "市は本日、中心街の新しい交通計画を発表しました。工事は春に始まります。";
	(void)state;
	assert_string_equal(pm_lang_identify(pm_test_lingua(ctx), el, strlen(el)), "el");
	assert_string_equal(pm_lang_identify(pm_test_lingua(ctx), ja, strlen(ja)), "ja");
	assert_null(pm_lang_identify(pm_test_lingua(ctx), "", 0));
	assert_null(pm_lang_identify(pm_test_lingua(ctx), NULL, 5));
	/* digits and punctuation say nothing */
	assert_null(pm_lang_identify(NULL, "12 345 - 678 / 90", 17));
	pm_context_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(identifies_each_language),
		cmocka_unit_test(stop_words_alone),
		cmocka_unit_test(stop_word_votes),
		cmocka_unit_test(scripts_and_unsure),
	};
	return cmocka_run_group_tests_name("core_lang", tests, NULL, NULL);
}
