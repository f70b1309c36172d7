/*
 * test_core_hyphen.c - the line-end hyphen rule of hyphen.c, step by step:
 * the document's own spelling first, then the dictionary of the text's
 * language, then "typesetting, join" unless the left part is a prefix
 * that takes a hyphen. Each case is chosen so that the step under test
 * gives a different answer from the steps after it.
 */
#include "pm_test.h"

static pm_context *ctx;

static int setup(void **state)
{
	(void)state;
	ctx = pm_test_context();
	return ctx ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	pm_context_free(ctx);
	return 0;
}

static void evidence_first(void **state)
{
	(void)state;
	/* the dictionary would join "sous"+"estimée"? no matter: evidence */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "extré", "misme", 2, 0, "fr"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "sous", "estimée", 0, 1, "fr"), 0);
	/* "example" is a word, but this document hyphenates it */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "ex", "ample", 1, 3, "en"), 0);
	/* a prefix, but the document writes it joined */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "co", "founder", 2, 1, NULL), 1);
}

static void dictionary_second(void **state)
{
	(void)state;
	/* "ex" and "pre" are prefixes (default: keep) but only the joined
	 * forms are words. (Two dictionary words joined by a hyphen are
	 * always "known" to hunspell, so the halves must not both be words.) */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "ex", "ecutive", 0, 0, "en"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "pre", "sident", 0, 0, "en"), 1);
	/* French: "extrémisme" is a word, "extré-misme" is not */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "extré", "misme", 0, 0, "fr"), 1);
	/* two known halves and neither form known: a compound (default: join) */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "data", "driven", 0, 0, "en"), 0);
	/* the dictionary says the hyphenated form ("sous-estimée") */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "sous", "estimée", 0, 0, "fr"), 0);
	/* Convention wrap.hyphen_dictionary: Italian and Dutch have their
	 * dictionaries too (hunspell-it, hunspell-nl): "comunicazione" and
	 * "gemeentelijke" are words, their splits are not; "italo-francese"
	 * and Dutch compounds whose vowels would run together
	 * ("radio-uitzending", "zee-egel") are written with their hyphen.
	 * Without a dictionary each falls to the default (join, as no
	 * prefix keeps it): the kept ones fail. */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "comuni", "cazione", 0, 0, "it"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "italo", "francese", 0, 0, "it"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "gemeen", "telijke", 0, 0, "nl"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "radio", "uitzending", 0, 0, "nl"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "zee", "egel", 0, 0, "nl"), 0);
}

static void default_last(void **state)
{
	(void)state;
	/* no language, no evidence: join, unless a hyphen-taking prefix */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "zorb", "ulant", 0, 0, NULL), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "co", "founder", 0, 0, NULL), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "anti", "corruption", 0, 0, NULL), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "demi", "finale", 0, 0, NULL), 0);
	/* a language without a dictionary falls through to the default */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "zorb", "ulant", 0, 0, "xx"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "vice", "président", 0, 0, "xx"), 0);
	/* no context at all (no dictionary cache): still the default */
	assert_int_equal(pm_hyphen_join(NULL, "non", "profit", 0, 0, "en"), 0);
}

/* Convention wrap.hyphen_prefix.lang: the prefixes that keep their
 * hyphen are looked up in the text's own language when it has a lexicon:
 * Italian writes its prefixes joined ("presidente", "coordinatrice",
 * "vicedirettrice"), so English's "pre-", "co-" and "vice-" do not keep
 * an Italian split; in a language without a lexicon every language's
 * prefixes still count. */
static void prefixes_of_the_texts_language(void **state)
{
	(void)state;
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "pre", "sidente", 0, 0, "it"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "co", "ordinatrice", 0, 0, "it"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "vice", "direttrice", 0, 0, "it"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "pre", "sidente", 0, 0, "xx"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "co", "ordinatrice", 0, 0, "xx"), 0);
	/* Dutch "e-mail": "email" (enamel) is a word too, so the dictionary
	 * cannot decide; Dutch's own "e-" keeps the hyphen */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "e", "mail", 0, 0, "nl"), 0);
}

/* The prefixes each language writes with a hyphen ([hyphen_prefixes]):
 * German (Duden: a single letter before a noun), Portuguese (the Acordo
 * Ortográfico's Base XVI: "ex-", "vice-", "pós-", "pró-", "recém-",
 * "além-"), Dutch (Woordenlijst: "ex-", "oud-", "niet-"). With no
 * dictionary and no evidence the hyphen stays; a prefix the language
 * writes joined ("Vize") is joined, and so are the words the lists leave
 * out because every language reads them: an English sentence's "Ex-tensive",
 * a French "pré-sent" (Portuguese "pré-"). */
static void prefixes_per_language(void **state)
{
	(void)state;
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "E", "Lastenrad", 0, 0, "xx"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "U", "Bahnhof", 0, 0, "xx"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "Vize", "landrätin", 0, 0, "xx"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "recém", "empossada", 0, 0, "xx"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "pós", "doutoranda", 0, 0, "xx"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "além", "Tejo", 0, 0, "xx"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "oud", "wethouder", 0, 0, "xx"), 0);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "niet", "leden", 0, 0, "xx"), 0);
	/* a break after other letters is the typesetter's: joined */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "Ei", "senbahn", 0, 0, "xx"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "ou", "tro", 0, 0, "xx"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "Ex", "tensive", 0, 0, "xx"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "pré", "sent", 0, 0, "xx"), 1);
}

/* wrap.hyphen_suffix: German's gender plural "innen" never follows a
 * hyphen; English has no such list, and "Check-in" keeps its hyphen */
static void suffixes_per_language(void **state)
{
	(void)state;
	assert_true(pm_hyphen_suffix("innen", "de"));
	assert_false(pm_hyphen_suffix("innen", "en"));
	assert_false(pm_hyphen_suffix("in", "de"));
	assert_false(pm_hyphen_suffix("Innen", "de"));
	assert_false(pm_hyphen_suffix("", "de"));
}

static void long_words(void **state)
{
	char l[300];
	(void)state;
	memset(l, 'a', sizeof l - 1);
	l[sizeof l - 1] = '\0';
	/* longer than the rule's buffers: joined, never overflowed */
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), l, "b", 0, 0, "en"), 1);
	assert_int_equal(pm_hyphen_join(pm_test_lingua(ctx), "b", l, 0, 0, "fr"), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(evidence_first),
		cmocka_unit_test(dictionary_second),
		cmocka_unit_test(default_last),
		cmocka_unit_test(prefixes_per_language),
		cmocka_unit_test(prefixes_of_the_texts_language),
		cmocka_unit_test(suffixes_per_language),
		cmocka_unit_test(long_words),
	};
	return cmocka_run_group_tests_name("core_hyphen", tests, setup, teardown);
}
