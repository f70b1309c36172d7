/*
 * test_pdf_marks.c - Thai and Devanagari readings as poppler gives them,
 * made by hand, put back in order by plugins/pdf/marks.c (convention
 * pdf.mark_order): a stacked tone mark read after the next letter, a
 * mark read after a word space. Readings whose marks follow their own
 * letter stay byte-identical. Invented words.
 */
#include "pm_test.h"

#include "../../plugins/pdf/marks.h"

/* One box a character: x0[i]..x1[i] on one line (a mark: no width). */
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

/* "กุ้ง" (ก ุ ้ ง) read "กุง้": the tone mark's box, of no width, stands at
 * the start of ง, left of its middle: it moves back before ง, with its
 * box. */
static void stacked_mark_after_next_letter(void **state)
{
	static const double x0[] = {10, 16, 16.4, 16.4};
	static const double x1[] = {16, 16, 22, 16.4};
	char text[] = "กุง้";
	PopplerRectangle *r = boxes(x0, x1, 4);
	(void)state;
	assert_int_equal(pdf_mark_order(text, r, 4), 1);
	assert_string_equal(text, "กุ้ง");
	assert_true(r[2].x1 == 16.4 && r[2].x2 == 16.4);
	assert_true(r[3].x1 == 16.4 && r[3].x2 == 22);
	g_free(r);
}

/* "ศุกร์ นี้" read "ศุกร ์นี้": a mark after a space opens no word; it goes
 * back before the space, its box at the end of ร. */
static void mark_after_space(void **state)
{
	static const double x0[] = {10, 16, 16, 22, 27.3, 28.6, 31, 37, 37};
	static const double x1[] = {16, 16, 22, 27.3, 28.6, 28.6, 37, 37, 37};
	char text[] = "ศุกร ์นี้";
	PopplerRectangle *r = boxes(x0, x1, 9);
	(void)state;
	assert_int_equal(pdf_mark_order(text, r, 9), 1);
	assert_string_equal(text, "ศุกร์ นี้");
	assert_true(r[4].x1 == 27.3 && r[4].x2 == 27.3);
	assert_true(r[5].x1 == 27.3 && r[5].x2 == 28.6);
	g_free(r);
}

/* Marks read after their own letter, their boxes at its end ("ปิดกุ้ง",
 * Devanagari "कुल", "दिन" with its spacing vowel sign before the
 * consonant), a mark at a line's start and boxes that do not pair up
 * with the characters: all stay as read. */
static void marks_in_order_stay(void **state)
{
	static const double tx0[] = {10, 16, 16, 22, 28, 28, 28, 34};
	static const double tx1[] = {16, 16, 22, 28, 28, 28, 34, 34};
	/* क ु ल, the space, द ि न: ि's box before द's, but a spacing sign */
	static const double dx0[] = {10, 16, 16, 22, 28, 25, 34};
	static const double dx1[] = {16, 16, 22, 25, 34, 28, 40};
	char thai[] = "ปิดกุ้ง";
	char deva[] = "कुल दिन";
	char start[] = "ก\n้ง";
	PopplerRectangle *r = boxes(tx0, tx1, 7);
	(void)state;
	/* ปิดกุ้ง: ป ิ ด ก ุ ้ ง, seven characters */
	assert_int_equal(pdf_mark_order(thai, r, 7), 0);
	assert_string_equal(thai, "ปิดกุ้ง");
	/* seven characters and eight boxes: left alone */
	g_free(r);
	r = boxes(tx0, tx1, 8);
	assert_int_equal(pdf_mark_order(thai, r, 8), 0);
	g_free(r);
	r = boxes(dx0, dx1, 7);
	assert_int_equal(pdf_mark_order(deva, r, 7), 0);
	assert_string_equal(deva, "कुल दिन");
	g_free(r);
	r = boxes(tx0, tx1, 4);
	assert_int_equal(pdf_mark_order(start, r, 4), 0);
	assert_string_equal(start, "ก\n้ง");
	g_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(stacked_mark_after_next_letter),
	    cmocka_unit_test(mark_after_space),
	    cmocka_unit_test(marks_in_order_stay),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
