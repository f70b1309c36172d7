/*
 * test_quotes.c - quotes.c: quotations and their speakers in six
 * languages, the speaker before or after the quote, split quotes,
 * paragraphs that continue a statement, and quotes that name nobody.
 */
#include "pm_test.h"
#include "normalize/normalize.h"

static void expect_q(const char *t, size_t idx, const char *text, const char *speaker)
{
	pm_fields f;
	memset(&f, 0, sizeof f);
	rule_quotes_text(t, &f);
	if (f.nquotes <= idx)
		print_message("only %zu quotes in '%s'\n", f.nquotes, t);
	assert_true(f.nquotes > idx);
	assert_non_null(f.quotes[idx].text);
	assert_non_null(f.quotes[idx].speaker);
	if (text)
		assert_string_equal(f.quotes[idx].text, text);
	assert_string_equal(f.quotes[idx].speaker, speaker);
	pm_fields_free(&f);
}

static size_t nquotes(const char *t)
{
	pm_fields f;
	size_t n;
	memset(&f, 0, sizeof f);
	rule_quotes_text(t, &f);
	n = f.nquotes;
	pm_fields_free(&f);
	return n;
}

static void speaker_after(void **state)
{
	(void)state;
	expect_q("“We built Clearpath for every reader,” said Dana Whitcombe, co-founder and CEO of Lumenfold.",
	         0, "We built Clearpath for every reader", "Dana Whitcombe");
	expect_q("« Nous sommes fiers de ce projet pour la ville », a déclaré Marie Dupont, maire de Nantes.", 0,
	         "Nous sommes fiers de ce projet pour la ville", "Marie Dupont");
	expect_q("“Es un paso decisivo para el sector”, dijo Luis Planas en Madrid.", 0,
	         "Es un paso decisivo para el sector", "Luis Planas");
	expect_q("„Schulstraßen machen den Schulweg sicherer“, sagte Bezirksstadträtin Miriam Kessler-Yildiz.", 0,
	         "Schulstraßen machen den Schulweg sicherer", "Miriam Kessler-Yildiz");
	expect_q("“A cooperação marítima é uma prioridade comum”, disse João Lourenço aos jornalistas.", 0,
	         "A cooperação marítima é uma prioridade comum", "João Lourenço");
	expect_q("\"This changes how schools work,\" Jane Doe said.", 0, "This changes how schools work", "Jane Doe");
	expect_q("“The results speak for themselves,” said Dr. Amara Okafor.", 0, NULL, "Dr. Amara Okafor");
	expect_q("«Le terrorisme ne connaît pas de frontières», a souligné le Général Mohammed bin Saeed Al-Moghedi.",
	         0, NULL, "Mohammed bin Saeed Al-Moghedi");
	expect_q("« Nous agirons vite », a affirmé Pieter van der Berg.", 0, NULL, "Pieter van der Berg");
	/* two roles joined before the name ([role_joiners], whole words) */
	expect_q("“The ferry runs all winter,” said Founder and CEO Ottilie Brandt.", 0, NULL, "Ottilie Brandt");
	expect_q("“A ponte abre em maio”, afirmou Presidente e Fundadora Inês Carvalho.", 0, NULL, "Inês Carvalho");
	expect_q("„Wir bauen weiter“, sagte Gründer und Geschäftsführer Jonas Albrecht.", 0, NULL, "Jonas Albrecht");
}

/* The words around a quote as the lexicon lists them: verbs with ASCII
 * letters in either case, the apostrophe either way, roles inside
 * compounds, an Arabic name's end. */
static void words_around_quotes(void **state)
{
	(void)state;
	expect_q("“Wir bauen die Brücke bis Mai fertig”, SAGTE Anna Klein.", 0, NULL, "Anna Klein");
	expect_q("D’après Claire Rousseau, « le chantier avance bien cette année ».", 0, NULL, "Claire Rousseau");
	expect_q("„Die Stadt wächst weiter als geplant“, sagte Oberbürgermeisterin Jana Wolff.", 0, NULL,
	         "Jana Wolff");
	expect_q("«نحن ملتزمون بدعم المشاريع الصغيرة»، قال سامي الحربي في المؤتمر.", 0, NULL, "سامي الحربي");
	expect_q("“We open two more plants next year,” said the Chief Executive, Lena Hart.", 0, NULL,
	         "Lena Hart");
}

static void speaker_before(void **state)
{
	(void)state;
	expect_q("Jane Doe said: “We are delighted to open the plant in Ohio.”", 0,
	         "We are delighted to open the plant in Ohio.", "Jane Doe");
	expect_q("Selon Paul Martin, « la situation reste très préoccupante ».", 0,
	         "la situation reste très préoccupante", "Paul Martin");
	expect_q("Le ministre Ali Traoré a déclaré : « Nous renforcerons la coopération régionale. »", 0,
	         "Nous renforcerons la coopération régionale.", "Ali Traoré");
	expect_q("وقال اللواء محمد المغيدي: «إن التهديدات الإرهابية لا تعترف بالحدود»، معرباً عن تطلعه.", 0,
	         "إن التهديدات الإرهابية لا تعترف بالحدود", "محمد المغيدي");
	expect_q("Según Ana López, “la sequía es el mayor reto del campo”.", 0, NULL, "Ana López");
}

static void split_and_continued(void **state)
{
	pm_context *ctx = pm_test_context();
	json_t *r, *q;
	(void)state;
	/* one quote split around the attribution: two quotes, one speaker */
	expect_q("“The first part is done,” said Jane Doe, “and the second part starts in May.”", 1,
	         "and the second part starts in May.", "Jane Doe");
	expect_q("“The first part is done,” said Jane Doe, “and the second part starts in May.”", 0,
	         "The first part is done", "Jane Doe");
	/* a pronoun refers back in a record; a paragraph continues the statement */
	assert_non_null(ctx);
	r = pm_test_convert_text(ctx,
	                         "Acme opens a plant\n\n"
	                         "BOSTON, March 5, 2024 -- Acme Corp opened a plant in Ohio that will employ 400 "
	                         "people by 2026, the company said on Tuesday.\n\n"
	                         "“This plant is a commitment to the region,” said Jane Doe, chief executive of Acme.\n\n"
	                         "“We will hire locally and train every new employee ourselves.”\n\n"
	                         "“It is only the beginning,” she added.\n",
	                         "q.txt");
	q = json_object_get(r, "quotes");
	assert_int_equal(json_array_size(q), 3);
	assert_string_equal(json_string_value(json_object_get(json_array_get(q, 1), "speaker")), "Jane Doe");
	assert_string_equal(json_string_value(json_object_get(json_array_get(q, 2), "speaker")), "Jane Doe");
	json_decref(r);
	pm_context_free(ctx);
}

static void no_speaker(void **state)
{
	(void)state;
	/* no name: not listed */
	assert_int_equal(nquotes("“We are delighted with the results of this year,” the company said."), 0);
	assert_int_equal(nquotes("Le programme « Villes durables pour tous les habitants » sera lancé en mai."), 0);
	/* titles and scare quotes are too short to be quotations */
	assert_int_equal(nquotes("the “Wiggofy” iPhone app, said Ben Smith"), 0);
	assert_int_equal(nquotes("Il a qualifié le projet d’« ambitieux », a dit Paul Martin."), 0);
	/* an apostrophe is no closing mark */
	assert_int_equal(nquotes("l’État et l’Union ont signé l’accord"), 0);
	/* a weekday is no speaker */
	assert_int_equal(nquotes("“The plant opens in May and will hire 400 people,” said Tuesday’s statement."), 0);
}

/* What may stand between the closing mark and the attribution or the
 * signature, byte by byte: a no-break space (U+00A0, C2 A0), the Arabic
 * comma (U+060C, D8 8C), en and em dashes (E2 80 93 / 94). */
static void attribution_lead(void **state)
{
	(void)state;
	expect_q("\xe2\x80\x9cThe tide comes in twice a day.\xe2\x80\x9d\xc2\xa0\xe2\x80\x93 Mara Quist, Director of "
	         "Pellow Trust",
	         0, NULL, "Mara Quist");
	expect_q("\xc2\xab Le quai rouvre en juin \xc2\xbb\xc2\xa0\xe2\x80\x94 Odile Ferrand, adjointe au port", 0, NULL,
	         "Odile Ferrand");
	expect_q("\xe2\x80\x9cThe ferry runs all winter,\xe2\x80\x9d\xc2\xa0said Ottilie Brandt.", 0, NULL,
	         "Ottilie Brandt");
	/* a lead that is only dashes and spaces, then the end of the text:
	 * the quotation stands, with no one named */
	assert_int_equal(nquotes("Mara Quist said: \xe2\x80\x9cThe tide comes in twice a day, and the ferry "
	                         "waits for it.\xe2\x80\x9d \xe2\x80\x94\xc2\xa0"),
	                 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(speaker_after),
		cmocka_unit_test(words_around_quotes),
		cmocka_unit_test(speaker_before),
		cmocka_unit_test(split_and_continued),
		cmocka_unit_test(no_speaker),
		cmocka_unit_test(attribution_lead),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
