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
	pdf_rtl_ligatures(text, r, nr, NULL);
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
	pdf_rtl_ligatures(text, r, nr, NULL);
	assert_string_equal(text, RLE "الأعمال" PDF " " RLE "أن" PDF " " RLE "أكثر" PDF);
	g_free(r);
	r = boxes(once, alone_once, &nr);
	pdf_rtl_ligatures(once, r, nr, NULL);
	assert_string_equal(once, RLE "األعمال" PDF " " RLE "أن" PDF);
	g_free(r);
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
	pdf_rtl_ltr_paragraph_runs(text);
	t = plain(text);
	assert_string_equal(t, "ويضم السوق الغذائي (NFSA)، إضافة إلى موقف\n"
	                       "على متجري App Store وGoogle Play، ويتيح\n"
	                       "بلغت 120بوابة\n"
	                       ".الأعمال تنتهي");
	g_free(t);
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
	pdf_rtl_ltr_paragraph_runs(text);
	assert_memory_equal(text, copy, sizeof text);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(lam_alef_split_glyph),
	    cmocka_unit_test(lam_alef_needs_the_page),
	    cmocka_unit_test(line_end_marks_in_two_pieces),
	    cmocka_unit_test(latin_runs_in_a_left_to_right_paragraph),
	    cmocka_unit_test(latin_runs_in_a_right_to_left_paragraph),
	    cmocka_unit_test(hebrew_number_marks),
	    cmocka_unit_test(hebrew_marks_after_presentation_form),
	    cmocka_unit_test(number_marks_left_alone),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
