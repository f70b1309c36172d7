/*
 * marks.c - convention pdf.mark_order, for pdf.c's reading of each page.
 * A vowel or tone mark set above or below its letter (Thai ทั้ง, ศ์,
 * Devanagari दू) is a glyph of its own, drawn back over the letter before
 * it. Poppler's reading orders a word's glyphs by where they stand, and
 * a mark whose box lies over its letter but whose glyph came after the
 * next one (a stacked second mark, a mark after the letter that ends a
 * word) is read after that next character: "ทัง้" for ทั้ง, "दरू" for
 * दूर, "ศรีวงศ ์นายก" for ศรีวงศ์ นายก. A non-spacing mark of Thai or an
 * Indic block read after a letter but whose box ends left of that
 * letter's middle, on its line, or read after a space (a mark opens no
 * word), belongs before it: it moves back one character, with its box
 * (poppler gives a mark a box of no width where its pen stood: at the
 * end of its own letter when read in order). Two marks stacked on one
 * letter may both be late: passes repeat until none moves. Where the pen
 * went on from a late mark, poppler read the rest of the jumped letter
 * as a space ("ทัง้ สิบ"): a space whose box lies inside that letter goes.
 * A mark over its own letter, or a spacing vowel sign (Devanagari ि, set
 * before its consonant), is left where it is.
 */
#include "marks.h"

#include <stdbool.h>
#include <string.h>

/* the scripts of pdf.mark_gap: the Indic blocks and Thai */
static bool mark_of_script(gunichar c)
{
	return ((c >= 0x0900 && c <= 0x0D7F) || (c >= 0x0E00 && c <= 0x0E7F)) &&
	       g_unichar_type(c) == G_UNICODE_NON_SPACING_MARK;
}

static double lo(double a, double b)
{
	return a < b ? a : b;
}

static double hi(double a, double b)
{
	return a < b ? b : a;
}

/* One pass over the text: the marks read one character late moved back. */
static unsigned order_pass(char *text, PopplerRectangle *rects, guint nr)
{
	char *p, *prev = NULL, *prev2 = NULL;
	guint ci = 0;
	unsigned moved = 0;
	for (p = text; *p && ci < nr; prev2 = prev, prev = p, p = g_utf8_next_char(p), ci++) {
		gunichar c = g_utf8_get_char(p), pc, bc;
		const PopplerRectangle *m = &rects[ci], *r;
		double mx1, mid;
		char tmp[8];
		size_t ml, pl;
		PopplerRectangle box;
		if (!prev || !prev2 || !mark_of_script(c))
			continue;
		pc = g_utf8_get_char(prev);
		bc = g_utf8_get_char(prev2);
		/* the character jumped over is a letter or a space, the one
		 * before it a letter or mark of the same script */
		if (!(pc == ' ' || g_unichar_isalpha(pc)) || !(bc >= 0x0900 && bc <= 0x0E7F))
			continue;
		r = &rects[ci - 1];
		mx1 = hi(m->x1, m->x2);
		mid = (r->x1 + r->x2) / 2;
		/* a mark after a space opens no word, wherever its box is; after
		 * a letter, on the same line and ending left of its middle */
		if (pc != ' ' &&
		    (hi(m->y1, m->y2) < lo(r->y1, r->y2) || lo(m->y1, m->y2) > hi(r->y1, r->y2) || !(mx1 < mid)))
			continue;
		ml = (size_t)(g_utf8_next_char(p) - p);
		pl = (size_t)(p - prev);
		if (ml > sizeof tmp)
			continue;
		memcpy(tmp, p, ml);
		memmove(prev + ml, prev, pl);
		memcpy(prev, tmp, ml);
		box = rects[ci];
		rects[ci] = rects[ci - 1];
		if (pc == ' ') {
			/* its pen stood after the space: it stands, of no width,
			 * at the end of its letter, where the space begins */
			box.x1 = box.x2 = lo(rects[ci].x1, rects[ci].x2);
		}
		rects[ci - 1] = box;
		moved++;
		/* the mark now stands at prev and the jumped character after
		 * it, at index ci, which the loop goes on from */
		p = prev + ml;
	}
	return moved;
}

/* The spaces poppler read after a mark drawn back over a letter, where
 * the pen went on from the mark: a space whose box lies inside the
 * letter before it, after that letter's mark, is no gap (the next
 * letter starts where the letter ends). Returns how many went. */
static guint drop_pen_spaces(char *text, PopplerRectangle *rects, guint nr)
{
	char *p, *prev = NULL, *prev2 = NULL;
	guint ci = 0, dropped = 0;
	for (p = text; *p && ci < nr;) {
		if (*p == ' ' && prev && prev2 && g_unichar_isalpha(g_utf8_get_char(prev)) &&
		    mark_of_script(g_utf8_get_char(prev2))) {
			const PopplerRectangle *l = &rects[ci - 1], *s = &rects[ci];
			double tol = 0.05 * (hi(l->y1, l->y2) - lo(l->y1, l->y2));
			if (lo(s->x1, s->x2) >= lo(l->x1, l->x2) - tol && hi(s->x1, s->x2) <= hi(l->x1, l->x2) + tol) {
				memmove(p, p + 1, strlen(p + 1) + 1);
				memmove(&rects[ci], &rects[ci + 1], (nr - ci - 1) * sizeof *rects);
				nr--;
				dropped++;
				continue;
			}
		}
		prev2 = prev;
		prev = p;
		p = g_utf8_next_char(p);
		ci++;
	}
	return dropped;
}

unsigned pdf_mark_order(char *text, PopplerRectangle *rects, guint *nr)
{
	unsigned moved = 0, m;
	int pass;
	if (!text || !rects || !nr)
		return 0;
	if (g_utf8_strlen(text, -1) != (glong)*nr)
		return 0; /* boxes and characters do not pair up: leave it */
	/* two marks stacked over one letter may both be read after the
	 * next: each pass moves a mark back one character */
	for (pass = 0; pass < 4 && (m = order_pass(text, rects, *nr)); pass++)
		moved += m;
	if (moved)
		*nr -= drop_pen_spaces(text, rects, *nr);
	return moved;
}
