/*
 * test_core_lang.c - record.language on a few sentences of each language
 * press releases here come in (written for this test, not taken from
 * anywhere), with and without the n-gram models, and the script shortcut;
 * and ngram.c's classification against libexttextcat's own on generated
 * texts (it must give the same verdict to the byte).
 */
#include "pm_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <textcat.h>
#include <unistd.h>

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

/* A clear vote (12 votes or more, three times the next language's, a
 * tenth of the words) names the language without the n-gram models,
 * which are then not even loaded; a short text still needs them. */
static void clear_vote_spares_ngrams(void **state)
{
	pm_context *ctx = pm_test_context();
	pm_lingua *lg = pm_test_lingua(ctx);
	const char *en = samples[1].text;
	char twice[1024];
	(void)state;
	assert_non_null(ctx);
	snprintf(twice, sizeof twice, "%s %s", en, en);
	assert_string_equal(pm_lang_identify(lg, twice, strlen(twice)), "en");
	assert_null(lg->ngrams);
	assert_string_equal(pm_lang_identify(lg, "The council and the mayor", 25), "en");
	assert_non_null(lg->ngrams);
	pm_context_free(ctx);
}

/* Polish shares "na", "do" and "o" with the Portuguese list: three texts'
 * worth give Portuguese 12 votes and no rival, but only some 8% of the
 * words, below a language's own share: the n-grams decide, Polish. */
static void few_shared_words_do_not_settle(void **state)
{
	static const char pl[] =
	    "Rada miasta przedstawiła dziś rano nowy plan ruchu dla centrum. Prace "
	    "rozpoczną się na wiosnę i potrwają dwa lata. Według "
	    "zastępczyni burmistrza kupcy zostaną zapytani o zdanie przed każdym "
	    "etapem budowy, a mieszkańcy mogą zgłaszać uwagi na stronie urzędu "
	    "do końca miesiąca. Nowe autobusy elektryczne pojadą ulicami starego "
	    "miasta już jesienią. ";
	pm_context *ctx = pm_test_context();
	char thrice[2048];
	(void)state;
	assert_non_null(ctx);
	snprintf(thrice, sizeof thrice, "%s%s%s", pl, pl, pl);
	assert_string_equal(pm_lang_identify(pm_test_lingua(ctx), thrice, strlen(thrice)), "pl");
	pm_context_free(ctx);
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

/* The models lang.c uses, in its order (the order decides ties). */
static const char *const models[] = {
	"en", "fr", "es", "ar", "pt", "de", "it", "nl", "ru", "tr", "pl", "id", "ms", "sw",
	"ro", "sv", "da", "nb", "fi", "cs", "sk", "hu", "el", "he", "fa", "ur", "hi", "ne",
	"si", "uz", "vi", "uk", "bg", "hr", "ca", "ja", "ko", "zh-Hans", NULL};

static uint32_t rng_state = 2463534242u;
static uint32_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 17;
	rng_state ^= rng_state << 5;
	return rng_state;
}

/* Pieces a text is drawn from: words of several languages and scripts,
 * digits, runs of white space, underscores (which n-grams treat as word
 * edges), stray UTF-8 bytes. Few pieces and many repeats give the equal
 * counts whose order the heap decides. */
static const char *const pieces[] = {
	"the", "and", "of", "council", "will", "le", "les", "de", "la", "conseil", "el", "los",
	"ayuntamiento", "der", "die", "und", "Stadt", "o", "da", "câmara", "één", "très", "über",
	"город", "совет", "المدينة", "في", "市は", "交通", "Ελλάδα", "ş", "ğ", "ı", "ą", "ł",
	"2026", "12", " ", "  ", "\t", "\n", " \n ", "_", "__", "a_b", "\xC3", "\x80", "\xE2\x80",
	"\xF8\x88\x80\x80\x80", "\xFF", "-", ",", ".", "'", "\xF0\x9F\x98\x80", "x", "y"};

static void ngram_matches_libexttextcat(void **state)
{
	char conf[] = "/tmp/pm-test-textcat-XXXXXX";
	const char *dir = getenv("PRESSMILL_TEXTCAT_DIR");
	pm_ngram_models *m;
	void *tc;
	FILE *f;
	int fd, t, fallbacks = 0;
	size_t i, np = sizeof pieces / sizeof pieces[0];
	char *text = malloc(9000), out[256];
	(void)state;
	assert_non_null(text);
	if (!dir || !*dir)
		dir = "/usr/share/libexttextcat/";
	m = pm_ngram_load(dir, models);
	if (!m) {
		print_message("n-gram models not in %s: skipped\n", dir);
		free(text);
		skip();
	}
	fd = mkstemp(conf);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	for (i = 0; models[i]; i++)
		fprintf(f, "%s.lm %s\n", models[i], models[i]);
	fclose(f);
	tc = special_textcat_Init(conf, dir);
	unlink(conf);
	assert_non_null(tc);
	for (t = 0; t < 600; t++) {
		/* lengths from one byte to past lang.c's 6,000; a few pieces
		 * or many; len cut short of the text at times, which
		 * libexttextcat reads past when spaces collapse */
		size_t want = t < 200 ? 1 + rng() % 60 : t < 550 ? 1 + rng() % 1500 : 6000 + rng() % 2000;
		size_t kinds = 2 + rng() % (t % 3 ? np - 2 : 6), w = 0, len;
		while (w < want) {
			const char *pc = pieces[rng() % kinds];
			size_t n = strlen(pc);
			if (w + n + 1 >= 9000)
				break;
			memcpy(text + w, pc, n);
			w += n;
			if (rng() % 3)
				text[w++] = ' ';
		}
		text[w] = '\0';
		len = w && rng() % 4 == 0 ? 1 + rng() % w : w;
		if (len > 6000)
			len = 6000;
		if (!len)
			continue;
		if (!pm_ngram_classify(m, text, len, out, sizeof out)) {
			fallbacks++;
			continue;
		}
		{
			const char *ref = textcat_Classify(tc, text, len);
			if (strcmp(out, ref))
				print_error("text %d (%zu bytes): %s, libexttextcat %s\n", t, len, out, ref);
			assert_string_equal(out, ref);
		}
	}
	/* the samples too, whole and cut */
	for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		size_t n = strlen(samples[i].text), cut;
		for (cut = 1; cut <= n; cut += 1 + n / 7) {
			if (!pm_ngram_classify(m, samples[i].text, cut, out, sizeof out)) {
				fallbacks++;
				continue;
			}
			assert_string_equal(out, textcat_Classify(tc, samples[i].text, cut));
		}
	}
	/* it leaves only texts that end inside a UTF-8 sequence */
	assert_true(fallbacks < 100);
	print_message("%d of the texts left to libexttextcat\n", fallbacks);
	assert_int_equal(pm_ngram_classify(m, "abc  \xE2\x80", 7, out, sizeof out), 0);
	assert_int_equal(pm_ngram_classify(m, "abc  \xE2\x80 ", 8, out, sizeof out), 1);
	textcat_Done(tc);
	pm_ngram_free(m);
	free(text);
}

/* Model files written as fp_Read must read them: duplicates (the first
 * after its qsort counts), empty and over-long lines, CR LF, spaces and
 * tabs around, a count after a tab, more than 400 lines. */
static void ngram_reads_models_as_libexttextcat(void **state)
{
	char dir[] = "/tmp/pm-test-lm-XXXXXX", path[128], conf[160], out[256];
	static const char *const names[] = {"aa", "bb", "cc", NULL};
	const char *sym[] = {"_", "a", "e", "_t", "th", "he", "é", "ß", "_d", "er", "en", "an", "\xE2\x80\x99"};
	pm_ngram_models *m;
	void *tc;
	FILE *f;
	size_t i, k;
	int t;
	(void)state;
	assert_non_null(mkdtemp(dir));
	for (i = 0; names[i]; i++) {
		snprintf(path, sizeof path, "%s/%s.lm", dir, names[i]);
		f = fopen(path, "w");
		assert_non_null(f);
		for (k = 0; k < 430; k++) {
			const char *a = sym[rng() % 13], *b = sym[rng() % 13];
			switch (rng() % 9) {
			case 0: fprintf(f, "\n"); break;
			case 1: fprintf(f, "  %s%s\t 123\r\n", a, b); break;
			case 2: fprintf(f, "%s%s%s%s%s%s%s\n", a, b, a, b, a, b, a); break;
			case 3: fprintf(f, "%s %s\n", a, b); break;
			default: fprintf(f, "%s%s\t %zu\n", a, i ? b : "", 1000 - k); break;
			}
		}
		fclose(f);
	}
	snprintf(path, sizeof path, "%s/", dir);
	m = pm_ngram_load(path, names);
	assert_non_null(m);
	snprintf(conf, sizeof conf, "%s/conf", dir);
	f = fopen(conf, "w");
	assert_non_null(f);
	for (i = 0; names[i]; i++)
		fprintf(f, "%s.lm %s\n", names[i], names[i]);
	fclose(f);
	tc = special_textcat_Init(conf, path);
	assert_non_null(tc);
	for (t = 0; t < 300; t++) {
		char text[400];
		size_t w = 0;
		while (w < 40 + (size_t)t) {
			const char *pc = sym[rng() % 13];
			memcpy(text + w, pc, strlen(pc));
			w += strlen(pc);
			if (rng() % 2)
				text[w++] = ' ';
		}
		text[w] = '\0';
		assert_int_equal(pm_ngram_classify(m, text, w, out, sizeof out), 1);
		assert_string_equal(out, textcat_Classify(tc, text, w));
	}
	textcat_Done(tc);
	pm_ngram_free(m);
	unlink(conf);
	for (i = 0; names[i]; i++) {
		snprintf(path, sizeof path, "%s/%s.lm", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(identifies_each_language),
		cmocka_unit_test(stop_words_alone),
		cmocka_unit_test(stop_word_votes),
		cmocka_unit_test(clear_vote_spares_ngrams),
		cmocka_unit_test(few_shared_words_do_not_settle),
		cmocka_unit_test(scripts_and_unsure),
		cmocka_unit_test(ngram_matches_libexttextcat),
		cmocka_unit_test(ngram_reads_models_as_libexttextcat),
	};
	return cmocka_run_group_tests_name("core_lang", tests, NULL, NULL);
}
