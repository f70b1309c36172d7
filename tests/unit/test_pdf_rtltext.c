/*
 * test_pdf_rtltext.c - right-to-left readings as poppler gives them, made
 * by hand, put back in order by plugins/pdf/rtltext.c: a lam-alef glyph
 * split into two slices and turned round (pdf.rtl_ligature_split), the
 * marks that end a line set left to right read in two pieces
 * (pdf.rtl_neutrals.order), the runs of a line with Latin words in a
 * paragraph set left to right (pdf.rtl_ltr_paragraph_runs). Each test
 * also gives text that is right as read and must stay byte-identical:
 * the article's alef and lam as wide as a split glyph, Persian with the
 * marks in one piece, a page whose lines were set right to left. Invented
 * words and names.
 */
#include "pm_test.h"

#include <math.h>

#include "../../plugins/pdf/rtltext.h"

#define RLE "\xE2\x80\xAB"
#define LRE "\xE2\x80\xAA"
#define PDF "\xE2\x80\xAC"

/* Boxes for a reading: the widths of each top-level right-to-left group's
 * glyphs from the left (as poppler_page_get_text_layout gives them), one
 * list per group in the order the groups are read, -1 ending a list;
 * characters outside a group get a box 3 wide. */
static PopplerRectangle *boxes(const char *text, const double *const *groups, guint *nr)
{
	PopplerRectangle *r = g_new0(PopplerRectangle, strlen(text) + 1);
	const char *p;
	double x = 10;
	int depth = 0, g = 0, rle = 0;
	guint n = 0;
	for (p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == 0x202A || c == 0x202B) {
			if (!depth++ && c == 0x202B) {
				rle = 1;
				/* the group's glyphs, left to right */
				const double *w = groups[g++];
				for (; *w >= 0; w++) {
					r[n].x1 = x;
					r[n].x2 = x + *w;
					r[n].y1 = 100;
					r[n].y2 = 110;
					x += *w;
					n++;
				}
			}
			continue;
		}
		if (c == 0x202C) {
			if (!--depth)
				rle = 0;
			continue;
		}
		if (rle)
			continue; /* boxed with its group */
		r[n].x1 = x;
		r[n].x2 = x + 3;
		r[n].y1 = 100;
		r[n].y2 = 110;
		x += 3;
		n++;
	}
	*nr = n;
	return r;
}

/* Convention pdf.rtl_ligature_split: "ثلاث" read as "ثالث", its lam-alef
 * glyph in two equal slices 3.28 wide, goes back; "سالم", whose own alef
 * and lam are both 3.35 wide, the width this font gives its alef alone
 * ("باب", "كان"), stays as written. */
static void lam_alef_split_glyph(void **state)
{
	static const double thalath[] = {10.35, 3.28, 3.28, 3.06, -1};
	static const double salim[] = {9.21, 3.35, 3.35, 7.31, -1};
	static const double bab[] = {5.89, 3.35, 3.06, -1};
	static const double kan[] = {3.9, 3.35, 5.0, -1};
	static const double *const groups[] = {thalath, salim, bab, kan};
	char text[] = RLE "ثالث" PDF " " RLE "سالم" PDF " " RLE "باب" PDF " " RLE "كان" PDF;
	guint nr;
	PopplerRectangle *r = boxes(text, groups, &nr);
	(void)state;
	pdf_rtl_ligatures(text, r, nr, NULL, NULL);
	assert_string_equal(text, RLE "ثلاث" PDF " " RLE "سالم" PDF " " RLE "باب" PDF " " RLE "كان" PDF);
	g_free(r);
}

/* The same split with the hamza alef ("الأعمال" read "األعمال": the
 * glyph "لأ" turned round), the page showing "أ" alone in "أن" and
 * "أكثر"; a page that shows it alone once only proves nothing by the
 * width, and the text stays as read. */
static void lam_alef_needs_the_page(void **state)
{
	static const double amal[] = {3.49, 3.06, 3.13, 3.14, 3.28, 3.28, 3.35, -1};
	static const double an[] = {4.0, 3.5, -1};
	static const double akthar[] = {4.0, 4.1, 4.2, 3.5, -1};
	static const double *const groups[] = {amal, an, akthar};
	static const double *const alone_once[] = {amal, an};
	char text[] = RLE "األعمال" PDF " " RLE "أن" PDF " " RLE "أكثر" PDF;
	char once[] = RLE "األعمال" PDF " " RLE "أن" PDF;
	guint nr;
	PopplerRectangle *r = boxes(text, groups, &nr);
	(void)state;
	pdf_rtl_ligatures(text, r, nr, NULL, NULL);
	assert_string_equal(text, RLE "الأعمال" PDF " " RLE "أن" PDF " " RLE "أكثر" PDF);
	g_free(r);
	r = boxes(once, alone_once, &nr);
	pdf_rtl_ligatures(once, r, nr, NULL, NULL);
	assert_string_equal(once, RLE "األعمال" PDF " " RLE "أن" PDF);
	g_free(r);
}

/* Convention pdf.rtl_ligature_split.alef_kin: a title's "لأبحاث" read
 * "ألبحاث" (the glyph "لأ" in two equal slices of 3.28), the page showing
 * no "أ" alone in that font but the plain alef twice, 3.5 wide ("كان",
 * "باب", and the alef of the word itself): the hamza alef is measured
 * against it and the pair turned back. */
static void lam_hamza_alef_measured_by_plain_alef(void **state)
{
	static const double abhath[] = {4.0, 3.5, 4.2, 3.3, 3.28, 3.28, -1};
	static const double kan[] = {3.9, 3.5, 4.4, -1};
	static const double bab[] = {3.6, 3.5, 3.6, -1};
	static const double *const groups[] = {abhath, kan, bab};
	char text[] = RLE "ألبحاث" PDF " " RLE "كان" PDF " " RLE "باب" PDF;
	guint nr;
	PopplerRectangle *r = boxes(text, groups, &nr);
	(void)state;
	assert_int_equal(pdf_rtl_ligatures(text, r, nr, NULL, NULL), 1);
	assert_string_equal(text, RLE "لأبحاث" PDF " " RLE "كان" PDF " " RLE "باب" PDF);
	g_free(r);
}

/* Convention pdf.rtl_ligature_split.ink: LibreOffice's lam-alef glyph,
 * its slices 3.278 (the lam's, half the glyph) and 3.311 (the alef's,
 * reaching to the next glyph past a kerning adjustment) wide, is listed
 * for pdf.c to look at its ink, the strip running from the lam's slice's
 * middle to the alef's, low in the box; pdf_rtl_ligature_swap() turns
 * the pair back. Slices exactly equal (a title's real alef and lam of
 * one advance, the page showing no alef alone) and an alef and lam 0.34
 * apart in width (3% of the size) are not listed, and nothing changes
 * without the ink. */
static void lam_alef_ink_candidates(void **state)
{
	static const double thalath[] = {10.35, 3.278, 3.311, 3.06, -1};
	static const double salim[] = {9.21, 3.35, 3.35, 7.31, -1};
	static const double bilmaw[] = {6.2, 3.388, 3.047, 4.1, -1};
	static const double *const groups[] = {thalath, salim, bilmaw};
	char text[] = RLE "ثالث" PDF " " RLE "سالم" PDF " " RLE "والم" PDF;
	char copy[sizeof text];
	guint nr;
	PopplerRectangle *r = boxes(text, groups, &nr);
	PopplerTextAttributes *at = poppler_text_attributes_new();
	GArray *unproven = g_array_new(FALSE, FALSE, sizeof(pdf_rtl_gap));
	GList *attrs;
	const pdf_rtl_gap *g;
	(void)state;
	at->font_size = 11;
	at->start_index = 0;
	at->end_index = 100;
	attrs = g_list_append(NULL, at);
	memcpy(copy, text, sizeof text);
	assert_int_equal(pdf_rtl_ligatures(text, r, nr, attrs, unproven), 0);
	assert_memory_equal(text, copy, sizeof text);
	assert_int_equal(unproven->len, 2);
	g = &g_array_index(unproven, pdf_rtl_gap, 0);
	/* the lam's slice from 20.35, the alef's from 23.628 */
	assert_true(fabs(g->x0 - (20.35 + 3.278 / 2)) < 1e-6);
	assert_true(fabs(g->x1 - (23.628 + 3.311 / 2)) < 1e-6);
	assert_true(g->y0 > 100 && g->y1 <= 110 && g->y0 < g->y1);
	/* pdf.rtl_ligature_split.ink.left_edge: then the strip across the
	 * pair's left edge (20.35), at the same height, the same pair */
	assert_true(fabs(g[1].x0 - (20.35 - 0.15 * 11)) < 1e-6);
	assert_true(fabs(g[1].x1 - (20.35 + 0.05 * 11)) < 1e-6);
	assert_true(g[1].y0 == g->y0 && g[1].y1 == g->y1 && g[1].sep_from == g->sep_from);
	pdf_rtl_ligature_swap(text, g->sep_from);
	assert_string_equal(text, RLE "ثلاث" PDF " " RLE "سالم" PDF " " RLE "والم" PDF);
	g_free(r);
	g_array_free(unproven, TRUE);
	g_list_free_full(attrs, (GDestroyNotify)poppler_text_attributes_free);
}

/* Convention pdf.rtl_neutrals.order: ".»" at the right end of a line
 * set left to right, read as "»" then "‪.‬", goes back to ".»"; "»." read
 * in one piece, and Persian that opens with no mark, stay as read. */
static void line_end_marks_in_two_pieces(void **state)
{
	char two[] = RLE "»" LRE "." PDF "کتابخانه" PDF " " RLE "به" PDF "\n" RLE "نه" PDF;
	char one[] = RLE LRE "»." PDF "إلى" PDF " " RLE "الحقول" PDF;
	char none[] = RLE "کتابخانه" PDF " " RLE "به" PDF "\n" RLE "«" LRE ":" PDF PDF;
	char none_copy[sizeof none];
	(void)state;
	memcpy(none_copy, none, sizeof none);
	pdf_rtl_line_start_marks(two);
	assert_string_equal(two, RLE ".»" LRE PDF "کتابخانه" PDF " " RLE "به" PDF "\n" RLE "نه" PDF);
	pdf_rtl_line_start_marks(one);
	assert_string_equal(one, RLE LRE "»." PDF "إلى" PDF " " RLE "الحقول" PDF);
	pdf_rtl_line_start_marks(none);
	assert_memory_equal(none, none_copy, sizeof none);
}

/* Convention pdf.rtl_neutrals.before_number: a wrapped line set left to
 * right, read ". 120 מגה … ש״ח" (the stop in a piece of its own before
 * the number's), gets its stop back at its end, the stop's box with it;
 * a stop inside the number's piece (".5"), one before a letter (left to
 * pdf.rtl_neutrals) and a line already ending with a mark stay as read. */
static void number_line_end_marks(void **state)
{
	char text[] = RLE LRE "." PDF PDF RLE LRE "120" PDF PDF RLE "מגה" PDF " " RLE "ש״ח" PDF "\n" RLE "לדברי" PDF;
	char decimal[] = RLE LRE ".5" PDF PDF RLE "מגה" PDF;
	char letter[] = RLE LRE "." PDF "אותו" PDF " " RLE "הערב" PDF;
	char ended[] = RLE LRE "." PDF PDF RLE LRE "120" PDF PDF RLE "מגה." PDF;
	char copy[sizeof ended];
	PopplerRectangle r[32];
	guint i, nr = 20;
	(void)state;
	for (i = 0; i < 32; i++) {
		r[i].x1 = i;
		r[i].x2 = i + 1;
		r[i].y1 = 0;
		r[i].y2 = 1;
	}
	assert_int_equal(pdf_rtl_line_start_number_marks(text, r, nr), 1);
	assert_string_equal(text,
	                    RLE LRE "120" PDF PDF RLE "מגה" PDF " " RLE "ש״ח." PDF "\n" RLE "לדברי" PDF);
	/* "120", "מגה", " ", "ש״ח" (10 boxes) moved up one, the stop's after them */
	for (i = 0; i < 11; i++)
		assert_true(r[i].x1 == (i < 10 ? i + 1 : 0));
	assert_true(r[11].x1 == 11);
	memcpy(copy, decimal, sizeof decimal);
	assert_int_equal(pdf_rtl_line_start_number_marks(decimal, r, nr), 0);
	assert_string_equal(decimal, copy);
	memcpy(copy, letter, sizeof letter);
	assert_int_equal(pdf_rtl_line_start_number_marks(letter, r, nr), 0);
	assert_string_equal(letter, copy);
	memcpy(copy, ended, sizeof ended);
	assert_int_equal(pdf_rtl_line_start_number_marks(ended, r, nr), 0);
	assert_string_equal(ended, copy);
}

/* Strip the direction controls, as pdf.c's reading does. */
static char *plain(const char *t)
{
	GString *s = g_string_new(NULL);
	const char *p;
	for (p = t; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (!(c >= 0x202A && c <= 0x202E))
			g_string_append_unichar(s, c);
	}
	return g_string_free(s, FALSE);
}

/* Convention pdf.rtl_ltr_paragraph_runs: on a page whose lines were set
 * left to right (a line's reading opens with its full stop), a line with
 * a Latin acronym, brand names and a Latin name glued to "و" gets its
 * runs back in order; a line with digits only keeps its order. */
static void latin_runs_in_a_left_to_right_paragraph(void **state)
{
	char text[] = RLE "إضافة" PDF " " RLE "إلى" PDF " " RLE "موقف" PDF " " LRE "(NFSA)،" PDF " " RLE "ويضم" PDF
	              " " RLE "السوق" PDF " " RLE "الغذائي" PDF "\n"
	              RLE "ويتيح" PDF " " LRE "Play،" PDF " " RLE LRE "Google" PDF "و" PDF " " LRE "Store" PDF " " LRE
	              "App" PDF " " RLE "على" PDF " " RLE "متجري" PDF "\n"
	              RLE "بلغت" PDF " " RLE LRE "120" PDF "بوابة" PDF "\n"
	              RLE LRE "." PDF "الأعمال" PDF " " RLE "تنتهي" PDF;
	char *t;
	(void)state;
	pdf_rtl_ltr_paragraph_runs(text, NULL, 0);
	t = plain(text);
	assert_string_equal(t, "ويضم السوق الغذائي (NFSA)، إضافة إلى موقف\n"
	                       "على متجري App Store وGoogle Play، ويتيح\n"
	                       "بلغت 120بوابة\n"
	                       ".الأعمال تنتهي");
	g_free(t);
}

/* Convention pdf.rtl_edge_quotes.latin_line: on a page set left to right,
 * the quotation mark opening a line that holds a Latin word stands at
 * the line's left end and is read with the first Hebrew run's last
 * letter ("מחלקת“"): it goes back to the line's start; a mark that ends
 * a Latin piece ("IT”,") stays in it. */
static void edge_quote_latin_line(void **state)
{
	char text[] = RLE "אמר" PDF " " RLE "אורי" PDF " " RLE LRE "IT\xE2\x80\x9D," PDF PDF " " RLE "רוב" PDF " " RLE
	              "מחלקת\xE2\x80\x9C" PDF "\n" RLE LRE "." PDF "הסוף" PDF " " RLE "כאן" PDF;
	char *t;
	(void)state;
	pdf_rtl_ltr_paragraph_runs(text, NULL, 0);
	t = plain(text);
	assert_string_equal(t, "\xE2\x80\x9Cרוב מחלקת IT\xE2\x80\x9D, אמר אורי\n.הסוף כאן");
	g_free(t);
}

static PopplerRectangle *flat_boxes(const char *text, guint *nr);

/* pdf.rtl_ltr_paragraph_runs moves each character's box with it (a copy
 * of the boxes, for pdf.rtl_kashida_gap to measure the line's gaps):
 * every character of the new line has the box the same character had in
 * the reading, each box used once; a line left as read keeps its boxes. */
static void latin_runs_move_their_boxes(void **state)
{
	char text[] = RLE "تس" PDF " " RLE "لجيل" PDF " " LRE "NFC" PDF " " RLE "بتقنية" PDF "\n" RLE LRE "." PDF
	              "التطبيق" PDF " " RLE "ويعمل" PDF;
	char copy[sizeof text];
	gunichar was[64];
	guint nr, i, n = 0;
	PopplerRectangle *r = flat_boxes(text, &nr);
	unsigned char used[64] = {0};
	const char *p;
	(void)state;
	memcpy(copy, text, sizeof text);
	for (p = copy; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (!(c >= 0x202A && c <= 0x202E))
			was[n++] = c;
	}
	assert_true(pdf_rtl_ltr_paragraph_runs(text, r, nr));
	assert_memory_not_equal(text, copy, sizeof text);
	for (p = text, n = 0; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		guint k;
		if (c >= 0x202A && c <= 0x202E)
			continue;
		k = (guint)((r[n].x1 - 10) / 3 + 0.5);
		assert_true(k < nr);
		assert_int_equal(was[k], c);
		assert_false(used[k]);
		used[k] = 1;
		n++;
	}
	/* the second line ("\n" and 14 characters) was left as read */
	for (i = n - 15; i < n; i++)
		assert_int_equal((guint)((r[i].x1 - 10) / 3 + 0.5), i);
	g_free(r);
}

/* The same lines on a page set right to left (a line's reading ends with
 * its full stop after a letter, none opens with one): byte-identical. */
static void latin_runs_in_a_right_to_left_paragraph(void **state)
{
	char text[] = RLE "إضافة" PDF " " RLE "إلى" PDF " " RLE "موقف" PDF " " LRE "(NFSA)،" PDF " " RLE "ويضم" PDF
	              " " RLE "السوق" PDF "\n"
	              RLE "وتنتهي" PDF " " RLE "الأعمال." PDF;
	char copy[sizeof text];
	(void)state;
	memcpy(copy, text, sizeof text);
	pdf_rtl_ltr_paragraph_runs(text, NULL, 0);
	assert_memory_equal(text, copy, sizeof text);
}

/* Convention pdf.rtl_latin_run_words: on a page set right to left, a
 * line read from the right gives a run of Latin words from its last
 * ("Plus CityPay"): with boxes going leftwards the run's words go back
 * in order, the digits between two Latin words with them, each box with
 * its character; boxes going rightwards (a line read from the left)
 * leave the line as read. */
static void latin_run_words_in_a_right_to_left_line(void **state)
{
	char text[] = RLE "سامانه" PDF " " LRE "Plus" PDF " " LRE "CityPay" PDF " " RLE "را" PDF " " LRE "Pro" PDF
	              " " LRE "11" PDF " " LRE "Windows" PDF " " RLE "با" PDF;
	char rightwards[sizeof text];
	PopplerRectangle r[64], r2[64];
	guint nr = 0, i;
	const char *p;
	char *t;
	(void)state;
	memcpy(rightwards, text, sizeof text);
	for (p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c >= 0x202A && c <= 0x202E)
			continue;
		/* leftwards: character k from x = 300 - 3k */
		r[nr].x1 = 300 - 3.0 * nr - 3;
		r[nr].x2 = 300 - 3.0 * nr;
		r[nr].y1 = 0;
		r[nr].y2 = 10;
		r2[nr] = r[nr];
		r2[nr].x1 = 3.0 * nr;
		r2[nr].x2 = 3.0 * nr + 3;
		nr++;
	}
	assert_true(pdf_rtl_ltr_paragraph_runs(text, r, nr));
	t = plain(text);
	assert_string_equal(t, "سامانه CityPay Plus را Windows 11 Pro با");
	g_free(t);
	/* "C" of CityPay now first of the run, with its box (character 12) */
	for (p = text, i = 0; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c >= 0x202A && c <= 0x202E)
			continue;
		if (c == 'C') {
			assert_true(r[i].x2 == 300 - 3.0 * 12);
			break;
		}
		i++;
	}
	assert_false(pdf_rtl_ltr_paragraph_runs(rightwards, r2, nr));
	t = plain(rightwards);
	assert_string_equal(t, "سامانه Plus CityPay را Pro 11 Windows با");
	g_free(t);
}

/* Boxes for pdf_rtl_number_runs: one per character that is no direction
 * control, each 3 wide, rightwards (the number pieces read as drawn). */
static PopplerRectangle *flat_boxes(const char *text, guint *nr)
{
	PopplerRectangle *r = g_new0(PopplerRectangle, strlen(text) + 1);
	const char *p;
	guint n = 0;
	for (p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c >= 0x202A && c <= 0x202E)
			continue;
		r[n].x1 = 10 + 3.0 * n;
		r[n].x2 = r[n].x1 + 3;
		r[n].y1 = 100;
		r[n].y2 = 110;
		n++;
	}
	*nr = n;
	return r;
}

/* Convention pdf.rtl_number_runs.hebrew_marks: a prefix's hyphen read at
 * the number's far end ("ו,27-", "ל04:30-"), a comma after a year read
 * before it (",2025") and a bracket pair round a percentage read ")46%"
 * after its opening bracket go back where they were written; the box of
 * each glyph moves with it. */
static void hebrew_number_marks(void **state)
{
	char text[] = RLE "קווים" PDF " " RLE LRE "14" PDF PDF " " RLE "ו" LRE ",27-" PDF PDF " " RLE "ל" LRE
	              "04:30-" PDF PDF "\n" RLE "בינואר" PDF " " RLE LRE ",2025" PDF PDF " " RLE "(" LRE ")46%" PDF PDF
	              " " RLE "הם" PDF;
	guint nr;
	PopplerRectangle *r = flat_boxes(text, &nr);
	char *t;
	(void)state;
	pdf_rtl_number_runs(text, r, nr);
	t = plain(text);
	assert_string_equal(t, "קווים 14 ו-27, ל-04:30\nבינואר 2025, (46%) הם");
	/* the hyphen of "ו-27," (the line's eleventh glyph, the fourteenth
	 * as read) took its box with it */
	assert_true(fabs(r[10].x1 - 49) < 0.01);
	g_free(t);
	g_free(r);
}

/* The prefix letter written in its presentation form with its point
 * (U+FB35, vav with dagesh, as some fonts map the glyph) is a prefix
 * letter all the same: "וּ-27," goes back as "ו-27," does. */
static void hebrew_marks_after_presentation_form(void **state)
{
	char text[] = RLE "קווים" PDF " " RLE "\xEF\xAC\xB5" LRE ",27-" PDF PDF " " RLE "הם" PDF;
	guint nr;
	PopplerRectangle *r = flat_boxes(text, &nr);
	char *t;
	(void)state;
	pdf_rtl_number_runs(text, r, nr);
	t = plain(text);
	assert_string_equal(t, "קווים \xEF\xAC\xB5-27, הם");
	g_free(t);
	g_free(r);
}

/* The same pieces after Arabic letters, and pieces that are no number
 * with marks (a range, a Latin name with a number, a hyphen after no
 * prefix letter): byte-identical. */
static void number_marks_left_alone(void **state)
{
	char text[] = RLE "و" LRE ",27-" PDF PDF " " RLE "بين" PDF " " RLE LRE ",2025" PDF PDF " " RLE "(" LRE ")46%" PDF
	              PDF "\n" RLE "גרסה" PDF " " LRE "Pi 4" PDF " " RLE "ב" LRE "27-30" PDF PDF " " RLE "דגם" PDF
	              " " RLE LRE "-7" PDF PDF;
	char copy[sizeof text];
	guint nr;
	PopplerRectangle *r = flat_boxes(text, &nr);
	(void)state;
	memcpy(copy, text, sizeof text);
	pdf_rtl_number_runs(text, r, nr);
	assert_memory_equal(text, copy, sizeof text);
	g_free(r);
}

/* Boxes for pdf.rtl_touching_pieces: each piece of the reading (the
 * characters between spaces and direction controls) spans [x0, x1) of
 * edges, the pieces in the order read, its glyphs in equal slices; a
 * space gets the gap before the next piece. */
static PopplerRectangle *piece_boxes(const char *text, const double *edges, guint *nr)
{
	PopplerRectangle *r = g_new0(PopplerRectangle, strlen(text) + 1);
	const char *p = text;
	guint n = 0;
	int k = 0;
	while (*p) {
		gunichar c = g_utf8_get_char(p);
		const char *e;
		guint len = 0, i;
		if ((c >= 0x202A && c <= 0x202E) || c == ' ') {
			if (c == ' ') {
				r[n].x1 = edges[2 * k - 2];
				r[n].x2 = edges[2 * k + 1];
				r[n].y1 = 100;
				r[n].y2 = 120;
				n++;
			}
			p = g_utf8_next_char(p);
			continue;
		}
		for (e = p; *e && g_utf8_get_char(e) != ' ' && !(g_utf8_get_char(e) >= 0x202A && g_utf8_get_char(e) <= 0x202E);
		     e = g_utf8_next_char(e))
			len++;
		for (i = 0; i < len; i++, n++) {
			double w = (edges[2 * k + 1] - edges[2 * k]) / len;
			r[n].x1 = edges[2 * k] + i * w;
			r[n].x2 = r[n].x1 + w;
			r[n].y1 = 100;
			r[n].y2 = 120;
		}
		k++;
		p = e;
	}
	*nr = n;
	return r;
}

/* the separators between the pieces of a reading (spaces and controls),
 * as a string of '|' (a byte marked joined) and '.' (none) */
static void touching(const char *text, const double *edges, double size, char *out)
{
	guint nr;
	PopplerRectangle *r = piece_boxes(text, edges, &nr);
	PopplerTextAttributes *at = poppler_text_attributes_new();
	GList *attrs;
	unsigned char *joined = g_malloc0(strlen(text) + 1);
	const char *p;
	bool piece = false, mark = false, sep = false;
	at->font_size = size;
	at->start_index = 0;
	at->end_index = (gint)nr;
	attrs = g_list_append(NULL, at);
	pdf_rtl_touching_pieces(text, r, nr, attrs, joined, NULL);
	for (p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == ' ' || (c >= 0x202A && c <= 0x202E)) {
			sep = piece;
			mark = mark || joined[p - text];
			continue;
		}
		if (sep)
			*out++ = mark ? '|' : '.';
		piece = true;
		sep = mark = false;
	}
	*out = '\0';
	g_list_free_full(attrs, (GDestroyNotify)poppler_text_attributes_free);
	g_free(joined);
	g_free(r);
}

/* A reading, its pieces' edges, the font size and the separators
 * touching() should report. */
typedef struct touch_case {
	const char *text;
	const double *edges;
	double size;
	const char *want;
} touch_case;

static void touch_cases(const touch_case *c, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		char got[16];
		touching(c[i].text, c[i].edges, c[i].size, got);
		assert_string_equal(got, c[i].want);
	}
}

/* Convention pdf.rtl_touching_pieces: a Persian title printed by a
 * browser, its non-joiner and guillemets in a fallback font, read in
 * pieces ("« گر ه‌های … » را"): the pieces whose glyphs touch are one
 * word (the non-joiner's box, as wide as its font says, overlaps the
 * letter before it; its own space is pdf.rtl_zwnj_kept's), the real
 * space before "را" (0.4 em) stays; an Arabic title the same ("«دار
 * الكتب»": its guillemets touch, its word space stays); LibreOffice's
 * "يومي 24 و25" and "عام 1994، وتضم": the conjunction touches its
 * number, the comma the year, the drawn spaces stay; a Hebrew legal
 * citation "סעיף 15(ב)(4) לחוק", read "15" "(ב)(" "4" ")" with a space
 * after the number: the number, the brackets and the letter between
 * them touch and are one word, the drawn spaces on either side stay. */
static const double pe[] = {300, 312, 280, 300, 270, 280, 270, 277, 240, 270, 228, 240, 200, 220};
static const double ae[] = {300, 312, 260, 300.4, 200, 254, 188, 200.2};
static const double ne[] = {290, 312, 270.6, 284.6, 261.9, 267.2, 247.7, 261.7, 200, 240, 172.3, 196.3, 168.8, 172.33};
static const double he[] = {381.6, 407.2, 366.19, 378.2, 346.51, 366.2, 340.49, 346.52, 336.28, 340.5, 308.08, 332.8};
static const touch_case one_word[] = {
    {RLE "\xC2\xAB" PDF " " RLE "گر" PDF RLE "ه" PDF RLE "\xE2\x80\x8C" PDF RLE "های" PDF RLE "\xC2\xBB" PDF
     " " RLE "را" PDF,
     pe, 20, "||.||."},
    {RLE "\xC2\xAB" PDF RLE "دار" PDF " " RLE "الكتب" PDF RLE "\xC2\xBB" PDF, ae, 20, "|.|"},
    {RLE "يومي" PDF " " RLE LRE "24" PDF PDF " " RLE "و" PDF " " RLE LRE "25" PDF PDF " " RLE "عام" PDF " " RLE LRE
     "1994" PDF PDF " " RLE LRE "\xD8\x8C" PDF PDF,
     ne, 11, "..|..|"},
    {RLE "סעיף" PDF " " RLE LRE "15" PDF PDF " " RLE "(ב)(" PDF RLE LRE "4" PDF PDF RLE ")" PDF RLE "לחוק" PDF, he, 13,
     ".|||."},
};

static void touching_pieces_one_word(void **state)
{
	(void)state;
	touch_cases(one_word, sizeof one_word / sizeof *one_word);
}

/* A justified line's widened gap (a twentieth of an em), a Latin word
 * touching Arabic letters, a number after a drawn space, two numbers
 * that touch and a bracket after a drawn space keep their spaces. */
static const double ge[] = {240, 260, 220, 239};
static const double le[] = {290, 300, 250, 290, 220, 245, 200, 220};
static const double de[] = {280, 300, 250, 274, 240, 245};
static const double be[] = {280, 300, 270, 275};
static const touch_case left_alone[] = {
    {RLE "مدر" PDF " " RLE "سة" PDF, ge, 20, "."},
    {RLE "و" PDF RLE LRE "Nova" PDF PDF " " RLE "دار" PDF RLE "سة" PDF, le, 20, "..."},
    {RLE "عام" PDF " " RLE LRE "2024" PDF PDF " " RLE LRE "1" PDF PDF, de, 20, ".."},
    {RLE "ראו" PDF " " RLE "(" PDF, be, 20, "."},
};

static void touching_pieces_left_alone(void **state)
{
	(void)state;
	touch_cases(left_alone, sizeof left_alone / sizeof *left_alone);
}

/* Convention pdf.rtl_touching_pieces.number_groups: "تلفن: 031-5552-7781"
 * read in pieces ("031" "-" "5552" "-" "7781", LibreOffice's boxes): the
 * groups and hyphens touch and are one word; so are the label and the
 * colon touching it (pdf.rtl_touching_pieces.closing_mark); the colon's
 * drawn space stays, and so do the spaces of "2020 - 2021". */
static const double ge2[] = {182.7, 202.9, 178.7, 182.7, 154.0, 175.0, 150.1, 154.06, 122.1, 150.084, 118.2, 122.16, 90.1, 118.084};
static const double se2[] = {280, 300, 250, 274, 242, 246, 215, 239};
static const touch_case groups[] = {
    {RLE "تلفن" PDF RLE LRE ":" PDF PDF " " RLE LRE "031" PDF PDF " " RLE LRE "-" PDF PDF RLE LRE "5552" PDF PDF RLE LRE
     "-" PDF PDF RLE LRE "7781" PDF PDF,
     ge2, 11, "|.||||"},
    {RLE "عام" PDF " " RLE LRE "2020" PDF PDF " " RLE LRE "-" PDF PDF " " RLE LRE "2021" PDF PDF, se2, 20, "..."},
};

static void touching_number_groups(void **state)
{
	(void)state;
	touch_cases(groups, sizeof groups / sizeof *groups);
}

/* Convention pdf.rtl_touching_pieces.closing_mark: LibreOffice's text
 * layer sets the full stop or colon after a right-to-left word in a run
 * of its own ("برگزار کرد" then "." touching it, "گفت" then ":",
 * "هل حضر" then "؟"): the mark touches its word and is one word with it,
 * the drawn space after it stays; a full stop a drawn space away (a
 * quarter em) stays apart. */
static const double ce[] = {300, 320, 296.5, 300.02, 270, 290};
static const double ce2[] = {300, 320, 296.1, 299.98, 280, 292, 256, 276, 252.4, 256.01};
static const double ce3[] = {300, 320, 291, 295};
static const touch_case closing[] = {
    {RLE "کرد" PDF " " RLE "." PDF " " RLE "این" PDF, ce, 11, "|."},
    {RLE "گفت" PDF " " RLE ":" PDF " " RLE "هل" PDF " " RLE "حضر" PDF " " RLE "\xD8\x9F" PDF, ce2, 11, "|..|"},
    {RLE "کرد" PDF " " RLE "." PDF, ce3, 11, "."},
};

static void touching_closing_marks(void **state)
{
	(void)state;
	touch_cases(closing, sizeof closing / sizeof *closing);
}

/* Convention pdf.rtl_kashida_gap: the gaps a kashida may fill, listed for
 * pdf.c to look at their ink: after a letter that joins the next ("لتس
 * جيل": seen, 0.35 em; "جيل الوص": lam, a word space, listed too, the
 * ink tells), never after one that does not ("ادة وي": teh marbuta),
 * nor a gap of an em, nor in a line with a Latin word. */
static void kashida_gap_candidates(void **state)
{
	static const char line[] = RLE "لتس" PDF " " RLE "جيل" PDF " " RLE "ادة" PDF " " RLE "وي" PDF " " RLE "دعم" PDF;
	static const double ke[] = {300, 320, 276.1, 296.1, 256, 272.1, 240, 252, 210, 230};
	static const char latin[] = RLE "لتس" PDF " " RLE "جيل" PDF " " RLE LRE "NFC" PDF PDF;
	static const double la[] = {300, 320, 270, 296, 240, 266};
	guint nr, i;
	PopplerRectangle *r = piece_boxes(line, ke, &nr);
	PopplerTextAttributes *at = poppler_text_attributes_new();
	GList *attrs;
	unsigned char joined[sizeof line];
	GArray *gaps = g_array_new(FALSE, FALSE, sizeof(pdf_rtl_gap));
	(void)state;
	at->font_size = 11;
	at->start_index = 0;
	at->end_index = 100;
	attrs = g_list_append(NULL, at);
	memset(joined, 0, sizeof joined);
	pdf_rtl_touching_pieces(line, r, nr, attrs, joined, gaps);
	/* لتس|جيل (3.9 pt), جيل|ادة (4 pt); not ادة|وي (teh marbuta) nor
	 * وي|دعم (10 pt, 0.9 em) */
	assert_int_equal(gaps->len, 2);
	assert_true(fabs(g_array_index(gaps, pdf_rtl_gap, 0).x0 - (296.1 + 0.2 * 3.9)) < 1e-9);
	for (i = 0; i < sizeof joined; i++)
		assert_int_equal(joined[i], 0);
	g_free(r);
	g_array_set_size(gaps, 0);
	/* a line holding a Latin word: its gaps are looked at too (its
	 * boxes moved with its runs), no touch is joined */
	r = piece_boxes(latin, la, &nr);
	pdf_rtl_touching_pieces(latin, r, nr, attrs, joined, gaps);
	assert_int_equal(gaps->len, 1);
	for (i = 0; i < sizeof joined; i++)
		assert_int_equal(joined[i], 0);
	g_free(r);
	g_array_free(gaps, TRUE);
	g_list_free_full(attrs, (GDestroyNotify)poppler_text_attributes_free);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(lam_alef_split_glyph),
	    cmocka_unit_test(lam_alef_needs_the_page),
	    cmocka_unit_test(lam_hamza_alef_measured_by_plain_alef),
	    cmocka_unit_test(lam_alef_ink_candidates),
	    cmocka_unit_test(line_end_marks_in_two_pieces),
	    cmocka_unit_test(number_line_end_marks),
	    cmocka_unit_test(latin_runs_in_a_left_to_right_paragraph),
	    cmocka_unit_test(latin_runs_in_a_right_to_left_paragraph),
	    cmocka_unit_test(latin_runs_move_their_boxes),
	    cmocka_unit_test(latin_run_words_in_a_right_to_left_line),
	    cmocka_unit_test(hebrew_number_marks),
	    cmocka_unit_test(hebrew_marks_after_presentation_form),
	    cmocka_unit_test(number_marks_left_alone),
	    cmocka_unit_test(touching_pieces_one_word),
	    cmocka_unit_test(touching_pieces_left_alone),
	    cmocka_unit_test(touching_number_groups),
	    cmocka_unit_test(touching_closing_marks),
	    cmocka_unit_test(edge_quote_latin_line),
	    cmocka_unit_test(kashida_gap_candidates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
