/*
 * test_pdf_marks.c - Thai and Devanagari readings as poppler gives them,
 * made by hand, put back in order by plugins/pdf/marks.c (convention
 * pdf.mark_order): a stacked tone mark read after the next letter, the
 * space read where its pen stood, a mark read after a word space.
 * Readings whose marks follow their own letter stay byte-identical.
 * Invented words; the boxes as LibreOffice's exports give them (a mark
 * has no width and stands where the pen stood).
 */
#include "pm_test.h"

#include "../../plugins/pdf/marks.h"

/* One box a character: x0[i]..x1[i] on one line. */
static PopplerRectangle *boxes(const double *x0, const double *x1, guint n)
{
	PopplerRectangle *r = g_new0(PopplerRectangle, n);
	guint i;
	for (i = 0; i < n; i++) {
		r[i].x1 = x0[i];
		r[i].x2 = x1[i];
		r[i].y1 = 100;
		r[i].y2 = 114;
	}
	return r;
}

/* The reading read, its boxes x0[i]..x1[i], given to pdf_mark_order():
 * it moves moved marks and leaves want, in want_n characters. Returns
 * the boxes, for the caller to look at and free. */
static PopplerRectangle *expect_order(const char *read, const double *x0, const double *x1, guint n,
                                      unsigned moved, const char *want, guint want_n)
{
	char *text = g_strdup(read);
	PopplerRectangle *r = boxes(x0, x1, n);
	guint m = n;
	assert_int_equal(pdf_mark_order(text, r, &m), moved);
	assert_string_equal(text, want);
	assert_int_equal(m, want_n);
	g_free(text);
	return r;
}

/* "กุ้ง" (ก ุ ้ ง) read "กุง้": the tone mark's box stands at the start of
 * ง, left of its middle: it moves back before ง, with its box. */
static void stacked_mark_after_next_letter(void **state)
{
	static const double x0[] = {10, 16, 16.4, 16.4};
	static const double x1[] = {16, 16, 22, 16.4};
	PopplerRectangle *r = expect_order("กุง้", x0, x1, 4, 1, "กุ้ง", 4);
	(void)state;
	assert_true(r[2].x1 == 16.4 && r[2].x2 == 16.4);
	assert_true(r[3].x1 == 16.4 && r[3].x2 == 22);
	g_free(r);
}

/* "ทั้งวัน" read "ทัง้ วัน": the pen went on from the mark at ง's start
 * and poppler read the rest of ง as a space, its box inside ง's: the
 * mark goes back and the space goes. "ทั้งหม" read "ทงั ้ หม", both
 * marks after ง, a space after each: passes put them back, one
 * character a move, and both spaces go. */
static void pen_space_dropped(void **state)
{
	/* ท ั ง ้, the space, ว ั น */
	static const double x0[] = {10, 17.6, 17.5, 17.9, 17.9, 23, 29, 29};
	static const double x1[] = {17.6, 17.6, 23, 17.9, 23, 29, 29, 35};
	/* ท ง ั, a space, ้, a space, ห ม */
	static const double y0[] = {10, 17.6, 17.6, 17.6, 18, 18, 23, 29};
	static const double y1[] = {17.6, 23, 17.6, 18, 18, 23, 29, 35};
	(void)state;
	g_free(expect_order("ทัง้ วัน", x0, x1, 8, 1, "ทั้งวัน", 7));
	g_free(expect_order("ทงั ้ หม", y0, y1, 8, 3, "ทั้งหม", 6));
}

/* "ศุกร์ นี้" read "ศุกร ์นี้": a mark after a space opens no word; it goes
 * back before the space, its box at the end of ร, and the space, a
 * real one past ร's end, stays. */
static void mark_after_space(void **state)
{
	static const double x0[] = {10, 16, 16, 22, 27.3, 28.6, 31, 37, 37};
	static const double x1[] = {16, 16, 22, 27.3, 28.6, 28.6, 37, 37, 37};
	PopplerRectangle *r = expect_order("ศุกร ์นี้", x0, x1, 9, 1, "ศุกร์ นี้", 9);
	(void)state;
	assert_true(r[4].x1 == 27.3 && r[4].x2 == 27.3);
	assert_true(r[5].x1 == 27.3 && r[5].x2 == 28.6);
	g_free(r);
}

/* Marks read after their own letter, their boxes at its end ("ปิดกุ้ง",
 * Devanagari "कुल दिन", whose spacing vowel sign ि stands before its
 * consonant), a mark at a line's start and boxes that do not pair up
 * with the characters: all stay as read. */
static void marks_in_order_stay(void **state)
{
	static const double tx0[] = {10, 16, 16, 22, 28, 28, 28, 34};
	static const double tx1[] = {16, 16, 22, 28, 28, 28, 34, 34};
	/* क ु ल, the space, द ि न */
	static const double dx0[] = {10, 16, 16, 22, 28, 25, 34};
	static const double dx1[] = {16, 16, 22, 25, 34, 28, 40};
	(void)state;
	g_free(expect_order("ปิดกุ้ง", tx0, tx1, 7, 0, "ปิดกุ้ง", 7));
	/* seven characters and eight boxes */
	g_free(expect_order("ปิดกุ้ง", tx0, tx1, 8, 0, "ปิดกุ้ง", 8));
	g_free(expect_order("कुल दिन", dx0, dx1, 7, 0, "कुल दिन", 7));
	g_free(expect_order("ก\n้ง", tx0, tx1, 4, 0, "ก\n้ง", 4));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(stacked_mark_after_next_letter),
	    cmocka_unit_test(pen_space_dropped),
	    cmocka_unit_test(mark_after_space),
	    cmocka_unit_test(marks_in_order_stay),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
