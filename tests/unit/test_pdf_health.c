/*
 * test_pdf_health.c - the text-layer health check (plugins/pdf/health.c)
 * on pages fed character by character: a sound page passes; ligature
 * holes, words run together, glyphs drawn twice and unmapped characters
 * each make it fail, and the reason names the measure; a page whose few
 * glyphs without Unicode leave its words readable keeps its layer
 * (health.proportionate); an OCR layer whose words the dictionary does
 * not know fails (health.ocr_layer_unknown_words). The dictionary
 * checks need Debian's hunspell-en-us (a make deps package).
 */
#include "pm_test.h"

#include "../../plugins/pdf/health.h"

#include <glib.h>

/* Feed text as one line per '\n': letters 5 points wide and 10 high,
 * spaces 3 wide, lines 14 points apart; '#' is a glyph drawn without a
 * Unicode mapping (a ligature): it leaves its width blank and no text.
 * twice = draw every glyph a second time on itself. */
static void feed(pdfh_page *h, const char *text, bool twice)
{
	const char *p;
	double x = 72, y = 100;
	for (p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		double w = c == ' ' ? 3 : 5;
		if (c == '#') {
			x += 8;
			continue;
		}
		pdfh_glyph(h, c, x, y, x + w, y + 10);
		if (twice && c != ' ' && c != '\n')
			pdfh_glyph(h, c, x, y, x + w, y + 10);
		x += w;
		if (c == '\n') {
			x = 72;
			y += 14;
		}
	}
}

static const char *sound =
	"The harbour board said on Monday that the new terminal will open in the spring, after two years\n"
	"of building work that was delayed by the storms of the last winter. The terminal has room for four\n"
	"ships at once and a warehouse for the goods that wait for the trains, which will run every hour.\n"
	"The board thanked the workers and the people of the town for their patience during the works, and\n"
	"said that the old quay will become a promenade with benches, trees and a small museum of the port.\n";

static bool measure(const char *text, bool twice, char *why, size_t n, pdfh_page *out)
{
	pdfh_page h;
	bool fail;
	pdfh_begin(&h);
	feed(&h, text, twice);
	pdfh_end(&h, NULL, NULL);
	fail = pdfh_failing(&h, why, n);
	if (out)
		*out = h;
	pdfh_free(&h);
	return fail;
}

static bool have_english(void)
{
	return access("/usr/share/hunspell/en_US.dic", R_OK) == 0;
}

static void sound_page_passes(void **state)
{
	char why[400];
	pdfh_page h;
	(void)state;
	assert_false(measure(sound, false, why, sizeof why, &h));
	assert_true(h.words > 80);
	assert_int_equal(h.overlaid, 0);
	/* nothing on it looks damaged: no dictionary was even looked at */
	assert_null(h.lang);
	assert_int_equal(h.ligature_holes, 0);
}

/* "nancial", "signi cant", "o ce", "denite": fi, ffi and ff without
 * their Unicode mapping, which leave a blank where they were drawn. */
static void ligature_holes_fail(void **state)
{
	char why[400];
	pdfh_page h;
	const char *text =
		"The #nancial results of the year were signi# cant for the company and its o# ce in the north,\n"
		"which the board called a de#nite success after the di#cult years that came before it, and the\n"
		"workers were told that the pro#ts will be shared with them in the spring of the next year.\n";
	(void)state;
	if (!have_english())
		skip();
	assert_true(measure(text, false, why, sizeof why, &h));
	assert_true(h.ligature_holes >= 3);
	assert_non_null(strstr(why, "ligature holes"));
}

/* Words run together: long tokens no dictionary knows, among short words
 * that it does (they tell the page's language). */
static void glued_words_fail(void **state)
{
	char why[400];
	pdfh_page h;
	const char *text =
		"The harbourboard reported the financialresults of the yearon Monday, which were significantlybetter\n"
		"than expected afterthe difficultwinter, and the profits will besharedwith the crews andthe pensionfund\n"
		"of the harbourworkers, the board saidin a statement publishedyesterday. The remainingmoney goes to\n"
		"the maintenanceof the northern breakwaterand the purchase of another pilotboat for the winterseason.\n";
	(void)state;
	if (!have_english())
		skip();
	assert_true(measure(text, false, why, sizeof why, &h));
	assert_true(h.unknown_long * 2 >= h.long_words);
	assert_non_null(strstr(why, "long words unknown"));
}

/* The same text drawn twice on itself (a producer's fake bold). */
static void overlaid_glyphs_fail(void **state)
{
	char why[400];
	pdfh_page h;
	(void)state;
	assert_true(measure(sound, true, why, sizeof why, &h));
	assert_true(h.overlaid * 2 >= h.glyphs - 10);
	assert_non_null(strstr(why, "drawn twice"));
}

/* Replacement characters and private-use code points inside words. */
static void unmapped_characters_fail(void **state)
{
	char why[400];
	pdfh_page h;
	const char *text = "The harbour \xEF\xBF\xBD\xEF\xBF\xBD" "ard said on Monday that the new termi\xEE\x80\x81" "al will "
	                   "open in the spring, after two years of building work.\n";
	(void)state;
	assert_true(measure(text, false, why, sizeof why, &h));
	assert_true(h.replacement == 2 && h.private_use >= 1);
	/* a font whose codes are glyph numbers, passed through as control
	 * characters: code 2 for its space, C1 codes for its letters */
	assert_true(measure("The harbour\x02" "board\x02" "said on Monday that the new \xC2\x8A\xC2\x90\xC2\x91 will "
	                    "open in the spring, after two years of building work.\n",
	                    false, why, sizeof why, &h));
	assert_true(h.unmapped == 4);
	assert_non_null(strstr(why, "4 glyph codes without Unicode"));
	/* a sound layer with a few symbols its font left unmapped (a Type3
	 * font's marks after a name), one glyph in a hundred: kept */
	if (measure("The Quayside\x06 board said on Monday that the new terminal will open in the spring, after two\n"
	            "years of building work that was delayed by the storms of the last winter. The terminal has room\n"
	            "for four ships at once and a warehouse for the goods that wait for the trains of Railfreight\x06,\n"
	            "which will run every hour. The board thanked the workers and the people of the town for their\n"
	            "patience during the works, and said the old quay becomes a promenade with a museum\x07 by May\x07.\n",
	            false, why, sizeof why, &h))
		fail_msg("%s", why);
	assert_true(h.unmapped == 4 && h.glyphs > 300);
	/* a lone symbol-font bullet is no damage, nor a control code that
	 * stands for one before a word */
	if (measure("\x07" "The harbour board said on Monday that the new terminal will open in the "
	            "spring, after two years of building work.\n",
	            false, why, sizeof why, &h))
		fail_msg("%s", why);
	assert_false(measure("\xEF\x82\xB7 The harbour board said on Monday that the new terminal will open in the "
	                     "spring, after two years of building work.\n",
	                     false, why, sizeof why, &h));
}

/* health.proportionate on hand-made measures: the glyphs without Unicode
 * a small share of the page and the words read keep the layer, with a
 * reason naming both; many such glyphs, or words that do not read, or
 * too few words to judge by, do not. */
static void proportionate_measures(void **state)
{
	char why[400];
	pdfh_page h;
	(void)state;
	/* a line in a symbol font of six glyphs among 390, 59 of 62 words read */
	memset(&h, 0, sizeof h);
	h.glyphs = 391;
	h.replacement = 6;
	h.words = 75;
	h.read_words = 62;
	h.read_known = 59;
	h.lang = "en";
	assert_false(pdfh_failing(&h, NULL, 0));
	assert_true(pdfh_partial(&h, why, sizeof why));
	assert_non_null(strstr(why, "6 of 391 glyphs"));
	assert_non_null(strstr(why, "59 of 62 words known to the en dictionary"));
	/* raw glyph codes, one in forty */
	h.replacement = 0;
	h.unmapped = 10;
	assert_false(pdfh_failing(&h, NULL, 0));
	/* the words do not read: two in three known */
	h.read_known = 40;
	assert_true(pdfh_failing(&h, NULL, 0));
	assert_false(pdfh_partial(&h, why, sizeof why));
	h.read_known = 59;
	/* a layer without Unicode: one glyph in eight (a legacy font) */
	h.glyphs = 1960;
	h.unmapped = 260;
	assert_true(pdfh_failing(&h, NULL, 0));
	assert_false(pdfh_partial(&h, NULL, 0));
	/* too few words to judge by */
	h.glyphs = 391;
	h.unmapped = 10;
	h.read_words = 12;
	h.read_known = 12;
	assert_true(pdfh_failing(&h, NULL, 0));
	/* another measure failing too: the glyphs do not excuse it */
	h.read_words = 62;
	h.read_known = 59;
	h.overlaid = 100;
	assert_true(pdfh_failing(&h, NULL, 0));
	assert_false(pdfh_partial(&h, NULL, 0));
	/* a sound page is not partial */
	memset(&h, 0, sizeof h);
	h.glyphs = 391;
	h.words = 75;
	assert_false(pdfh_failing(&h, NULL, 0));
	assert_false(pdfh_partial(&h, NULL, 0));
}

/* The same fed character by character: a sound page with a word in a
 * font without Unicode (six replacement characters) keeps its layer; the
 * page with a, e and o in private-use code points does not. */
static void proportionate_page_kept(void **state)
{
	char why[400];
	pdfh_page h;
	char *text, *garbled, *p;
	GString *g;
	(void)state;
	if (!have_english())
		skip();
	text = g_strconcat(sound, "And then a line in another script: "
	                          "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\n",
	                   NULL);
	if (measure(text, false, why, sizeof why, &h))
		fail_msg("%s", why);
	assert_int_equal(h.replacement, 6);
	assert_true(h.read_words >= 20 && h.read_known * 10 >= h.read_words * 9);
	assert_string_equal(h.lang, "en");
	/* pdfh_free() left the measures in the copy; why needs only them */
	h.buf = NULL;
	h.seen = NULL;
	assert_true(pdfh_partial(&h, why, sizeof why));
	/* every a, e and o in a private-use code point */
	g = g_string_new(NULL);
	for (p = text; *p; p++)
		if (*p == 'a' || *p == 'e' || *p == 'o')
			g_string_append(g, "\xEE\x80\x81");
		else
			g_string_append_c(g, *p);
	garbled = g_string_free(g, FALSE);
	assert_true(measure(garbled, false, why, sizeof why, &h));
	g_free(garbled);
	g_free(text);
}

/* health.ocr_layer_unknown_words: the page as an OCR layer gives it. */
static bool measure_layer(const char *text, char *why, size_t n, pdfh_page *out)
{
	pdfh_page h;
	bool fail;
	pdfh_begin(&h);
	h.ocr_layer = true;
	feed(&h, text, false);
	pdfh_end(&h, NULL, NULL);
	fail = pdfh_failing(&h, why, n);
	if (out)
		*out = h;
	pdfh_free(&h);
	return fail;
}

/* The sound page's words as a scanner's quick OCR reads them from a
 * blurred copy: letters misread ("wbich", "tbe"), words run together
 * ("withthe"), letters lost ("wil", "winte"): 9 of some 80 lower-case
 * words. */
static const char *misread =
	"The harbour board said on Monday that the new termnal wil open in the spring, after two years\n"
	"of building work that was delayed by tbe storms of the last winte. The terminal has room for four\n"
	"ships at once and a warehonse for the goods that wait for the trains, wbich will run every hour.\n"
	"The board thanked the workers and the people of the town for their patiencc during the works, and\n"
	"said that the old quay will become a promenade withthe benches, trees and a smal museum of the port.\n";

static void ocr_layer_misreadings_fail(void **state)
{
	char why[400];
	pdfh_page h;
	(void)state;
	if (!have_english())
		skip();
	/* a sound OCR layer: every word looked up, few unknown */
	if (measure_layer(sound, why, sizeof why, &h))
		fail_msg("%s", why);
	assert_string_equal(h.lang, "en");
	assert_true(h.ocr_words >= 60);
	assert_true(h.ocr_unknown * 100 < 7 * h.ocr_words);
	assert_true(pdfh_damage(&h) < 1);
	/* the misread layer fails, and says what was measured */
	assert_true(measure_layer(misread, why, sizeof why, &h));
	assert_true(h.ocr_unknown >= 5);
	assert_non_null(strstr(why, "an OCR layer:"));
	assert_non_null(strstr(why, "lower-case words unknown to the en dictionary"));
	assert_true(pdfh_damage(&h) >= 1);
	/* a born-digital page is not judged so: its words are not all
	 * looked up (the measure is an OCR layer's) */
	assert_false(measure(misread, false, why, sizeof why, &h));
	assert_int_equal(h.ocr_words, 0);
}

/* Not counted: the parts of an address, which no dictionary knows, and
 * the second half of a word broken with a hyphen at a line's end. */
static void ocr_layer_addresses_and_breaks(void **state)
{
	char *text;
	char why[400];
	pdfh_page h, plain;
	(void)state;
	if (!have_english())
		skip();
	assert_false(measure_layer(sound, why, sizeof why, &plain));
	text = g_strconcat(sound,
	                   "Write to press@harbourboard.example or see www.harbourboard.example for the ware-\n"
	                   "housing plans and the timetable of the trains.\n",
	                   NULL);
	assert_false(measure_layer(text, why, sizeof why, &h));
	/* the new line's lower-case words are all known: "press",
	 * "harbourboard", "example", "www" and "housing" were not counted */
	assert_int_equal(h.ocr_unknown, plain.ocr_unknown);
	assert_true(h.ocr_words > plain.ocr_words);
	g_free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sound_page_passes),
		cmocka_unit_test(ligature_holes_fail),
		cmocka_unit_test(glued_words_fail),
		cmocka_unit_test(overlaid_glyphs_fail),
		cmocka_unit_test(unmapped_characters_fail),
		cmocka_unit_test(proportionate_measures),
		cmocka_unit_test(proportionate_page_kept),
		cmocka_unit_test(ocr_layer_misreadings_fail),
		cmocka_unit_test(ocr_layer_addresses_and_breaks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
