/*
 * rtltext.c - right-to-left text as poppler reads it, put back in the
 * order it was written before pdf.c reads its lines: pdf.c's
 * page_reading() passes every page's text through these after
 * poppler_page_get_text() (the runs of numbers on every page, the rest
 * on a page that holds right-to-left text), while the direction
 * controls poppler writes (U+202A, U+202B, U+202C) still say which
 * pieces it turned round. Each changes only the order of characters
 * within a line, never how many there are, so the boxes of
 * poppler_page_get_text_layout() still count with the text; and
 * read_selection() asks pdf_rtl_touching_pieces() which spaces of a
 * page's text stand inside a right-to-left word.
 * tests/unit/test_pdf_rtltext.c gives them hand-made readings.
 */
#include "rtltext.h"

#include "kit/kit.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

/* Convention pdf.rtl_number_runs: a run written left to right inside a
 * right-to-left line (a phone number, a date, a Latin name), which
 * poppler wraps in U+202A ... U+202C, keeps its own order: read left to
 * right, as it is drawn. Poppler orders its parts as the words of the
 * line around it, right to left, so the groups of "021-5554-3210" come
 * out as "3210-5554-021"; the boxes of its glyphs say the order they
 * stand in. A run on one line (no line end, every glyph boxed, no
 * nested run) whose glyphs do not go rightwards is put in the order of
 * its boxes, left edge first (a stable sort: glyphs of one ligature
 * share a box). The bytes stay in place, only their order changes; a
 * run's glyphs are in one font, so the font runs still index them; the
 * boxes move with their glyphs. */
#define LTR_RUN_MAX 128

/* The nearest letter before at on its line, or 0. */
static gunichar letter_before(const char *text, const char *at)
{
	while (at > text) {
		gunichar c;
		at = g_utf8_prev_char(at);
		c = g_utf8_get_char(at);
		if (c == '\n')
			return 0;
		if (g_unichar_isalpha(c))
			return c;
	}
	return 0;
}

/* The letter before at, on its line, is of the Arabic script (bidi class
 * AL): the digits after it are Arabic numbers to the Unicode bidi
 * algorithm (rule W2), which a hyphen or a plus sign does not join. */
static bool after_arabic_letter(const char *text, const char *at)
{
	gunichar c = letter_before(text, at);
	return c && pm_rtl_char(c) && !(c >= 0x0590 && c <= 0x05FF) && !(c >= 0xFB1D && c <= 0xFB4F);
}

static bool number_digit(gunichar c)
{
	return (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

/* One word of a left-to-right run in a right-to-left line, w[0..n): made
 * of digit groups parted by single hyphens, maybe with a plus sign
 * after. Put in the order it was written: a plus sign drawn at the
 * number's right end stood before it (a sign between a right-to-left
 * letter and a number takes the letter's direction, so it is drawn on
 * the number's far side); after an Arabic letter, the groups, which
 * the bidi algorithm ordered right to left as parts of the line, are
 * read the other way round ("3210-5554-021" is 021-5554-3210). */
static void number_word_order(char *w, size_t n, bool arabic)
{
	char tmp[LTR_RUN_MAX * 4];
	size_t i, at = 0, groups = 1, e = n;
	bool plus = n > 1 && w[n - 1] == '+';
	if (plus)
		e--;
	for (i = 0; i < e;) {
		gunichar c = g_utf8_get_char(w + i);
		if (c == '-') {
			if (!i || i + 1 >= e || w[i - 1] == '-')
				return;
			groups++;
			i++;
			continue;
		}
		if (!number_digit(c))
			return;
		i = (size_t)(g_utf8_next_char(w + i) - w);
	}
	if (!e || (!plus && (!arabic || groups < 2)))
		return;
	if (plus)
		tmp[at++] = '+';
	if (arabic && groups > 1) {
		size_t end = e;
		while (end > 0) {
			size_t start = end;
			while (start > 0 && w[start - 1] != '-')
				start--;
			memcpy(tmp + at, w + start, end - start);
			at += end - start;
			if (start > 0)
				tmp[at++] = '-';
			end = start ? start - 1 : 0;
		}
	} else {
		memcpy(tmp + at, w, e);
		at += e;
	}
	memcpy(w, tmp, at);
}

/* Convention pdf.rtl_number_runs.hebrew_marks: in a Hebrew line a
 * number's digits are European numbers to the bidi algorithm, and the
 * marks at its ends are neutrals between them and the Hebrew letters:
 * they take the line's direction (UAX #9 N1, the number counting as
 * right-to-left) and are drawn on the number's far side, the hyphen of a
 * prefix ("ו-27", "ל-04:30") at its right end, next to the prefix, the
 * comma or stop after it ("2025,") at its left end. Poppler keeps them
 * in the number's left-to-right piece, read left to right: ",27-",
 * "04:30-", ",2025". Put back: a hyphen at the piece's right end after a
 * Hebrew prefix letter goes first, a comma or stop at its left end goes
 * last. And a bracket pair round a number: the opening bracket read
 * before the piece (right of it, as the line reads), the closing one
 * drawn mirrored at the piece's left end and read first inside it
 * ("(" then ")46%"): the closing bracket goes to the piece's end,
 * "(46%)". Only where the nearest letter before the piece on its line is
 * Hebrew: after an Arabic-script letter digits are Arabic numbers (W2)
 * and this trade, tried there, cost a release of the dev set its byline
 * (a8c0579), so Arabic-script lines keep poppler's reading. Only pieces
 * of ASCII digits with their inner separators (":" "." "," "/") and a
 * percent sign, so one byte is one glyph and one box. */
static bool after_hebrew_letter(const char *text, const char *at)
{
	return pdf_hebrew_letter(letter_before(text, at));
}

/* w[0..n) holds digits, maybe parted by single separators, maybe with a
 * percent sign after them */
static bool plain_number(const char *w, size_t n)
{
	size_t i;
	if (!n || w[0] < '0' || w[0] > '9')
		return false;
	if (w[n - 1] == '%')
		n--;
	if (!n || w[n - 1] < '0' || w[n - 1] > '9')
		return false;
	for (i = 1; i + 1 < n; i++)
		if ((w[i] < '0' || w[i] > '9') &&
		    !(strchr(":.,/", w[i]) && w[i - 1] >= '0' && w[i - 1] <= '9' && w[i + 1] >= '0' && w[i + 1] <= '9'))
			return false;
	return true;
}

/* the run's n bytes (and boxes) from [k, k + m) moved to the run's end */
static void run_rotate(char *run, PopplerRectangle *box, size_t n, size_t k, size_t m)
{
	char t[LTR_RUN_MAX];
	PopplerRectangle tb[LTR_RUN_MAX];
	memcpy(t, run, n);
	memcpy(tb, box, n * sizeof *box);
	memcpy(run + k, t + k + m, n - k - m);
	memcpy(run + n - m, t + k, m);
	memcpy(box + k, tb + k + m, (n - k - m) * sizeof *box);
	memcpy(box + n - m, tb + k, m * sizeof *box);
}

static void hebrew_number_marks(const char *text, const char *open, char *run, size_t n, PopplerRectangle *box)
{
	size_t i;
	gunichar before;
	for (i = 0; i < n; i++)
		if ((unsigned char)run[i] >= 0x80)
			return;
	if (n < 2 || open == text || !after_hebrew_letter(text, open))
		return;
	before = g_utf8_get_char(g_utf8_prev_char(open));
	if ((before == '(' && run[0] == ')') || (before == '[' && run[0] == ']')) {
		if (plain_number(run + 1, n - 1))
			run_rotate(run, box, n, 0, 1);
		return;
	}
	if (run[n - 1] == '-' && pdf_hebrew_letter(before)) {
		size_t lead = run[0] == ',' || run[0] == '.';
		if (n - 1 > lead && plain_number(run + lead, n - 1 - lead)) {
			/* "-" first: the number and its lead move one place right */
			run_rotate(run, box, n, 0, n - 1);
			if (lead)
				run_rotate(run, box, n, 1, 1);
		}
		return;
	}
	if ((run[0] == ',' || run[0] == '.') && plain_number(run + 1, n - 1) && before == 0x202B)
		run_rotate(run, box, n, 0, 1);
}

void pdf_rtl_number_runs(char *text, PopplerRectangle *rects, guint nr)
{
	char *p = text;
	guint ci = 0;
	while (*p) {
		gunichar c = g_utf8_get_char(p);
		char *run, *q, *starts[LTR_RUN_MAX], tmp[LTR_RUN_MAX * 4];
		double x[LTR_RUN_MAX];
		size_t n = 0, i, len[LTR_RUN_MAX], at = 0;
		bool ok = true, backwards = false;
		if (c != 0x202A) {
			if (!((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)))
				ci++; /* the embedding controls have no box */
			p = g_utf8_next_char(p);
			continue;
		}
		run = q = g_utf8_next_char(p);
		while (*q && ok) {
			gunichar k = g_utf8_get_char(q);
			if (k == 0x202C)
				break;
			if (k == '\n' || (k >= 0x202A && k <= 0x202E) || (k >= 0x2066 && k <= 0x2069) || n == LTR_RUN_MAX ||
			    ci + n >= nr) {
				ok = false;
				break;
			}
			starts[n] = q;
			x[n] = rects[ci + n].x1 < rects[ci + n].x2 ? rects[ci + n].x1 : rects[ci + n].x2;
			if (n && x[n] < x[n - 1] - 0.5)
				backwards = true;
			q = g_utf8_next_char(q);
			len[n] = (size_t)(q - starts[n]);
			n++;
		}
		if (!ok || !*q) {
			p = run;
			continue;
		}
		if (backwards) {
			size_t order[LTR_RUN_MAX];
			PopplerRectangle box[LTR_RUN_MAX];
			for (i = 0; i < n; i++) {
				size_t j = i;
				while (j > 0 && x[order[j - 1]] > x[i] + 0.5) {
					order[j] = order[j - 1];
					j--;
				}
				order[j] = i;
			}
			for (i = 0; i < n; i++) {
				memcpy(tmp + at, starts[order[i]], len[order[i]]);
				at += len[order[i]];
				box[i] = rects[ci + order[i]];
			}
			memcpy(run, tmp, at);
			memcpy(rects + ci, box, n * sizeof *box);
		}
		{
			/* pdf.rtl_number_runs: its numbers, word by word */
			bool arabic = after_arabic_letter(text, p);
			char *w = run;
			while (w < q) {
				char *we = w;
				while (we < q && *we != ' ')
					we++;
				number_word_order(w, (size_t)(we - w), arabic);
				w = we < q ? we + 1 : q;
			}
			if (!arabic)
				hebrew_number_marks(text, p, run, n, rects + ci);
		}
		ci += n;
		p = q;
	}
}

/* Convention pdf.rtl_ligature_split: a glyph that stands for several
 * letters, the Arabic lam-alef ligatures above all (U+FEF5..U+FEFC: "لا",
 * "لأ", "لإ", "لآ", which every Arabic font draws as one glyph), reaches
 * poppler as two letters, from a /ActualText span (Chromium's Skia writes
 * one around every Arabic glyph) or a ToUnicode entry with two code
 * points (LibreOffice); poppler spreads them over equal slices of the
 * glyph's box, left to right in the order given, and reading the word
 * right to left then turns them round: "ثلاث" comes out "ثالث", "حالا"
 * "حاال", "الأعمال" "األعمال". The boxes are the evidence: an alef read
 * before a lam, their two boxes equal slices that touch, the lam's on
 * the left, and the slice's width one that the same alef of the same
 * font and size never has where it stands alone in the page: half of
 * another glyph. Two glyphs of their own ("ال", "سالم") may well be as
 * wide as each other (a final alef and an initial lam are both one
 * stroke), but the alef's box is then as wide as that alef is
 * everywhere else; so nothing changes where the page does not show the
 * alef alone at least twice, or shows it at that width.
 *
 * Poppler writes a right-to-left run as U+202B, the run's characters
 * from its right end, U+202C; in a page it reads right to left, one such
 * group per word, with its left-to-right pieces inside (U+202A ...
 * U+202C) kept in their order. The boxes (poppler_page_get_text_layout)
 * follow the word's glyphs left to right: the right-to-left letter at
 * text position t of a group whose boxes are [gs, ge) is box
 * gs + ge - 1 - t. Only the text changes, two letters of two bytes each
 * trading places. */
typedef struct lig_alef_box {
	size_t at;        /* byte offset of the alef in the text */
	gunichar c;       /* which alef */
	const char *font; /* its font (an attribute's name), or NULL */
	double size;      /* its font size */
	double w;         /* its box's width */
	bool split;       /* before a lam, in equal touching slices, the lam's on the left */
	bool near;        /* or touching slices that differ by the spacing after the glyph */
	double sx0, sx1, sy0, sy1; /* then: from the lam's slice's middle to the alef's, low in the box */
	double ex0, ex1;          /* and across the pair's left edge, the same height */
} lig_alef_box;

static bool lig_alef(gunichar c)
{
	return c == 0x0627 || c == 0x0623 || c == 0x0625 || c == 0x0622;
}

/* The attributes of box ci in attrs (poppler_page_get_text_attributes),
 * from a cursor that only moves forward. */
static const PopplerTextAttributes *lig_attrs(GList **cursor, guint ci)
{
	while (*cursor && ((PopplerTextAttributes *)(*cursor)->data)->end_index < (gint)ci)
		*cursor = (*cursor)->next;
	if (*cursor && ((PopplerTextAttributes *)(*cursor)->data)->start_index <= (gint)ci)
		return (*cursor)->data;
	return NULL;
}

/* The alefs of one top-level right-to-left group, text [from, to) whose
 * boxes are [gs, ge). */
static void lig_group_alefs(const char *text, const char *from, const char *to, guint gs, guint ge,
                            const PopplerRectangle *rects, GList **cursor, GArray *alefs)
{
	const char *p = from;
	guint ci = gs;
	while (p < to && ci < ge) {
		gunichar c = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
			p = next;
			continue;
		}
		if (lig_alef(c)) {
			const PopplerRectangle *ra = &rects[gs + ge - 1 - ci];
			const PopplerTextAttributes *at = lig_attrs(cursor, ci);
			double a0 = fmin(ra->x1, ra->x2), a1 = fmax(ra->x1, ra->x2);
			lig_alef_box ab = {(size_t)(p - text), c, at ? at->font_name : NULL, at ? at->font_size : 0, a1 - a0,
			                   false, false, 0, 0, 0, 0, 0, 0};
			if (next < to && g_utf8_get_char(next) == 0x0644 && ci + 1 < ge) {
				const PopplerRectangle *rl = &rects[gs + ge - 2 - ci];
				double l0 = fmin(rl->x1, rl->x2), l1 = fmax(rl->x1, rl->x2);
				bool touch = ab.w > 0 && fabs(l1 - a0) < 0.002 && fabs(rl->y1 - ra->y1) < 0.01;
				ab.split = touch && fabs((l1 - l0) - ab.w) < 0.002;
				/* pdf.rtl_ligature_split.ink: or the alef's slice, the
				 * glyph's last, reaches to the next glyph, past the
				 * lam's (exactly half the glyph) or short of it by a
				 * kerning adjustment or a title's spacing, under 3% of
				 * the size. Slices exactly equal are left to the
				 * widths: a title whose glyphs each get the same
				 * spacing gives a real alef and lam of one advance
				 * equal boxes, and some faces' lam foot touches the
				 * alef before it */
				ab.near = touch && ab.size > 0 && fabs(ab.w - (l1 - l0)) > 0.002 &&
				          fabs(ab.w - (l1 - l0)) < 0.03 * ab.size;
				ab.sx0 = (l0 + l1) / 2;
				ab.sx1 = (a0 + a1) / 2;
				/* pdf.rtl_ligature_split.ink.left_edge: a lam-alef
				 * never joins the letter on its left (its alef is a
				 * final form), so no stroke crosses its left edge; one
				 * that does is an underline (a link, whose line joins
				 * every letter it runs under) or the joining stroke of
				 * a real initial lam ("الرئيسية"), and the ink between
				 * the slices then proves nothing */
				ab.ex0 = l0 - 0.15 * ab.size;
				ab.ex1 = l0 + 0.05 * ab.size;
				/* from the joining stroke's height to the descent: a
				 * lam-alef's two strokes meet at the baseline, and a
				 * tight line above reaches into the box's top */
				ab.sy0 = fmin(ra->y1, ra->y2) + 0.45 * fabs(ra->y2 - ra->y1);
				ab.sy1 = fmin(ra->y1, ra->y2) + 0.9 * fabs(ra->y2 - ra->y1);
			}
			g_array_append_val(alefs, ab);
		}
		ci++;
		p = next;
	}
}

static bool lig_same_font(const lig_alef_box *a, const lig_alef_box *b)
{
	return a->c == b->c && fabs(a->size - b->size) < 0.01 &&
	       (a->font == b->font || (a->font && b->font && !strcmp(a->font, b->font)));
}

void pdf_rtl_ligature_swap(char *text, size_t at)
{
	char t[4];
	memcpy(t, text + at, 4);
	memcpy(text + at, t + 2, 2);
	memcpy(text + at + 2, t, 2);
}

unsigned long pdf_rtl_ligatures(char *text, const PopplerRectangle *rects, guint nr, GList *attrs, GArray *unproven)
{
	unsigned long swapped = 0;
	GArray *alefs = g_array_new(FALSE, FALSE, sizeof(lig_alef_box));
	GList *cursor = attrs;
	const char *p = text, *gstart = NULL;
	guint ci = 0, gs = 0;
	int depth = 0;
	size_t i, j;
	while (*p) {
		gunichar c = g_utf8_get_char(p);
		if (c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E) {
			if (!depth && c == 0x202B) {
				gstart = g_utf8_next_char(p);
				gs = ci;
			}
			depth++;
		} else if (c == 0x202C) {
			if (depth > 0 && !--depth && gstart) {
				if (ci <= nr)
					lig_group_alefs(text, gstart, p, gs, ci, rects, &cursor, alefs);
				gstart = NULL;
			}
		} else if (c == '\n') {
			depth = 0; /* a group never crosses a line */
			gstart = NULL;
			ci++;
		} else if (!(c >= 0x2066 && c <= 0x2069)) {
			ci++;
		}
		p = g_utf8_next_char(p);
	}
	for (i = 0; i < alefs->len; i++) {
		const lig_alef_box *a = &g_array_index(alefs, lig_alef_box, i);
		size_t alone = 0;
		bool seen = false;
		if (a->near) {
			if (unproven) {
				pdf_rtl_gap g = {a->sx0, a->sx1, a->sy0, a->sy1, a->at, a->at + 4};
				pdf_rtl_gap edge = {a->ex0, a->ex1, a->sy0, a->sy1, a->at, a->at + 4};
				g_array_append_val(unproven, g);
				g_array_append_val(unproven, edge);
			}
			continue;
		}
		if (!a->split)
			continue;
		for (j = 0; j < alefs->len && !seen; j++) {
			const lig_alef_box *b = &g_array_index(alefs, lig_alef_box, j);
			if (b->split || b->near || !lig_same_font(a, b))
				continue;
			alone++;
			seen = fabs(b->w - a->w) < 0.005;
		}
		/* Convention pdf.rtl_ligature_split.alef_kin: an alef with a
		 * hamza or a madda ("لأ", "لإ", "لآ") that the page never shows
		 * alone in that font, not even once (a title's one "لأبحاث"),
		 * is measured against the plain alef of the same font and
		 * size, seen alone twice: the marks
		 * above or below it add no advance, so its box alone is the
		 * plain alef's width, and a slice of another width is half of
		 * the lam-alef glyph all the same */
		if (alone == 0 && a->c != 0x0627) {
			lig_alef_box plain = *a;
			plain.c = 0x0627;
			for (alone = 0, j = 0; j < alefs->len && !seen; j++) {
				const lig_alef_box *b = &g_array_index(alefs, lig_alef_box, j);
				if (b->split || b->near || !lig_same_font(&plain, b))
					continue;
				alone++;
				seen = fabs(b->w - a->w) < 0.005;
			}
		}
		if (alone >= 2 && !seen) {
			pdf_rtl_ligature_swap(text, a->at);
			swapped++;
		}
	}
	g_array_free(alefs, TRUE);
	return swapped;
}

/* Convention pdf.rtl_neutrals.order: the marks that end a right-to-left
 * line set in a left-to-right paragraph (a browser's or a word
 * processor's default direction) stand after the line's letters at its
 * right end, in their own order left to right (".»" of "… می‌رود.»"), and
 * poppler, reading the line from the right, gives them first: the run of
 * them that it takes for left-to-right (from a full stop, a digit's kin,
 * back to the letters) it keeps in order inside U+202A … U+202C, the
 * marks right of it it turns round ("» ‪.‬", read ".»"). Where the marks
 * that open a line's first word come in both kinds of piece, they are
 * put back in the order they stand in, that of the line's end, which
 * pdf.rtl_neutrals (core/repair/arabic.c) then moves them to; a run read
 * whole in one piece is in that order already. Only marks: the first
 * letter after them must be a right-to-left one. */
static bool line_end_mark(gunichar c)
{
	return c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == 0x060C || c == 0x061B ||
	       c == 0x061F || c == 0xAB || c == 0xBB || c == 0x201C || c == 0x201D || c == '"' || c == ')' ||
	       c == '(' || c == 0x2026;
}

#define LINE_MARKS_MAX 8

void pdf_rtl_line_start_marks(char *text)
{
	char *p = text;
	while (*p) {
		char *line = p, *q, *span_end;
		gunichar mark[LINE_MARKS_MAX];
		bool nested[LINE_MARKS_MAX], any_in = false, any_out = false;
		int n = 0, depth = 0;
		while (*p && *p != '\n')
			p++;
		if (*p)
			p++;
		if (g_utf8_get_char(line) != 0x202B)
			continue;
		q = g_utf8_next_char(line);
		span_end = NULL;
		while (q < p) {
			gunichar c = g_utf8_get_char(q);
			if (c == 0x202A || c == 0x202B) {
				depth++;
			} else if (c == 0x202C) {
				if (!depth)
					break; /* the word ended */
				depth--;
			} else if (line_end_mark(c) && n < LINE_MARKS_MAX) {
				mark[n] = c;
				nested[n] = depth > 0;
				any_in = any_in || depth > 0;
				any_out = any_out || !depth;
				n++;
			} else {
				if (pm_rtl_char((int32_t)c))
					span_end = q;
				break;
			}
			q = g_utf8_next_char(q);
		}
		if (!span_end || n < 2 || !any_in || !any_out)
			continue;
		{
			/* the pieces from the last read to the first: the
			 * left-to-right ones as read, the others turned round */
			gunichar order[LINE_MARKS_MAX];
			char buf[LINE_MARKS_MAX * 4 + 64], *w = buf;
			const char *r;
			int k = 0, end = n;
			size_t span = (size_t)(span_end - g_utf8_next_char(line));
			while (end > 0) {
				int start = end, i;
				while (start > 0 && nested[start - 1] == nested[end - 1])
					start--;
				if (nested[end - 1])
					for (i = start; i < end; i++)
						order[k++] = mark[i];
				else
					for (i = end - 1; i >= start; i--)
						order[k++] = mark[i];
				end = start;
			}
			if (span > sizeof buf)
				continue;
			/* the marks in their order, then the controls as read: the
			 * same bytes, the same boxes (controls have none) */
			for (k = 0; k < n; k++)
				w += g_unichar_to_utf8(order[k], w);
			for (r = g_utf8_next_char(line); r < span_end; r = g_utf8_next_char(r)) {
				gunichar c = g_utf8_get_char(r);
				if (!line_end_mark(c))
					w += g_unichar_to_utf8(c, w);
			}
			if ((size_t)(w - buf) == span)
				memcpy(g_utf8_next_char(line), buf, span);
		}
	}
}

/* Convention pdf.rtl_neutrals.before_number: in a paragraph set left to
 * right, a wrapped line that ends with a full stop (or another closing
 * mark) and opens with a number ("120 מגה־וואט … ש״ח.") stands as the
 * number at the right of its right-to-left run and the stop further
 * right still, at the paragraph's level (UAX #9, N1/N2: a neutral between
 * a right-to-left run and the paragraph's end takes the paragraph's
 * direction); poppler reads the stop first, in a piece of its own before
 * the number's (".120 מגה־וואט"), which pdf.rtl_neutrals, looking for a
 * letter after the mark, leaves there and the layout then loses. The
 * marks go to the line's end, after its last letter, their boxes with
 * them. The shape is its own evidence of the paragraph's direction: in a
 * paragraph set right to left a stop read right of a number would stand
 * before it in the text, which only a decimal or a number's own marks do,
 * and those poppler reads in the number's piece (".5", ",2025", left to
 * pdf.rtl_number_runs), not in a piece of their own. */
static bool closing_mark(gunichar c)
{
	return c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == 0x060C || c == 0x061B ||
	       c == 0x061F || c == 0x06D4;
}

static bool dir_control(gunichar c)
{
	return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

unsigned pdf_rtl_line_start_number_marks(char *text, PopplerRectangle *rects, guint nr)
{
	char *p = text;
	guint ci = 0;
	unsigned moved = 0;
	while (*p) {
		char *line = p, *end, *q, *cut = NULL, *after_last = NULL;
		char marks[LINE_MARKS_MAX * 4];
		size_t mlen = 0;
		guint lci = ci, nmarks = 0, before_last = 0, chars = 0;
		int depth = 0;
		gunichar last = 0;
		bool shape = true, digit = false;
		while (*p && *p != '\n')
			p = g_utf8_next_char(p);
		end = p;
		/* the marks, each in its own pieces, then the number's piece */
		for (q = line; q < end && shape; q = g_utf8_next_char(q)) {
			gunichar c = g_utf8_get_char(q);
			if (c == 0x202A || c == 0x202B) {
				depth++;
			} else if (c == 0x202C) {
				if (--depth == 0 && nmarks)
					cut = g_utf8_next_char(q);
			} else if (dir_control(c)) {
				shape = false;
			} else if (closing_mark(c) && nmarks < LINE_MARKS_MAX && !cut) {
				mlen += (size_t)g_unichar_to_utf8(c, marks + mlen);
				nmarks++;
			} else {
				digit = c >= '0' && c <= '9' && cut;
				break;
			}
		}
		/* the line's last character, a right-to-left letter */
		for (q = line; q < end; q = g_utf8_next_char(q)) {
			gunichar c = g_utf8_get_char(q);
			if (dir_control(c))
				continue;
			chars++;
			if (c != ' ') {
				last = c;
				before_last = chars;
				after_last = g_utf8_next_char(q);
			}
		}
		if (shape && digit && nmarks && after_last && after_last > cut && pm_rtl_char((int32_t)last) &&
		    !closing_mark(last) && lci + before_last <= nr) {
			size_t mid = (size_t)(after_last - cut), tail = (size_t)(end - after_last);
			char *buf = g_malloc(mid + mlen + tail);
			PopplerRectangle mb[LINE_MARKS_MAX];
			memcpy(buf, cut, mid);
			memcpy(buf + mid, marks, mlen);
			memcpy(buf + mid + mlen, after_last, tail);
			memcpy(line, buf, mid + mlen + tail);
			g_free(buf);
			/* the text shrinks by the marks' controls */
			memmove(line + mid + mlen + tail, end, strlen(end) + 1);
			end = line + mid + mlen + tail;
			memcpy(mb, rects + lci, nmarks * sizeof *rects);
			memmove(rects + lci, rects + lci + nmarks, (before_last - nmarks) * sizeof *rects);
			memcpy(rects + lci + before_last - nmarks, mb, nmarks * sizeof *rects);
			moved++;
		}
		ci = lci + chars + (*end == '\n');
		p = *end ? end + 1 : end;
	}
	return moved;
}

/* Convention pdf.rtl_ltr_paragraph_runs: right-to-left text in a
 * paragraph whose direction is left to right (an HTML page without
 * dir="rtl", a word processor's default paragraph) with a Latin word in
 * a line (a brand, an acronym, an e-mail): the line is laid out as its
 * runs in their order from the left, the Arabic or Hebrew runs each
 * written right to left in its place, the Latin ones left to right, and
 * the marks between a run of each kind with the Latin one (Unicode's
 * bidi algorithm, N1/N2 with a left-to-right embedding). Poppler reads
 * every line right to left, as a right-to-left paragraph's: the runs come
 * in the wrong order ("إضافة إلى موقف (NFSA)، ويضم … الغذاء" for "ويضم …
 * الغذاء (NFSA)، إضافة إلى موقف") and the words of a Latin run backwards
 * ("Pi Raspberry"). The page says which direction its paragraphs have:
 * a line whose reading opens with its own closing mark (".الأعمال",
 * pdf.rtl_neutrals) was set left to right, one that ends with it after a
 * letter (".‬" after "الغذاء") right to left; where the first kind is in
 * the majority, a line holding a Latin letter gets its runs back in
 * order: the pieces the reading gave (words, and the parts poppler
 * wrapped in direction controls) are right-to-left (Arabic or Hebrew
 * letters), left-to-right (Latin letters) or neither (digits, which go
 * with the right-to-left letters unless Latin stands on both sides,
 * marks, which go with them only between two such runs); the runs of one
 * kind are put in the opposite order, the words inside a Latin run too.
 * The line keeps its characters, spaces included (each gap goes where
 * its two runs meet again), so the boxes read with it still count. */
#define RUNS_MAX 96

typedef struct run_piece {
	const char *s, *e; /* the piece's bytes (no control, no space) */
	int kind;          /* 1 right to left, 0 left to right, -1 neither */
	bool digit;
} run_piece;

static int piece_kind(const char *s, const char *e, bool *digit)
{
	int kind = -1;
	*digit = false;
	for (; s < e; s = g_utf8_next_char(s)) {
		gunichar c = g_utf8_get_char(s);
		if (pm_rtl_char((int32_t)c))
			return 1;
		if (g_unichar_isdigit(c))
			*digit = true;
		else if (g_unichar_isalpha(c))
			kind = 0;
	}
	return kind;
}

/* the quotation marks and guillemets that open or close a quotation in
 * right-to-left text (Hebrew's gershayim, typed '"', stands inside a
 * word, before its last letter, never at its end) */
static bool edge_quote(gunichar c)
{
	return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x2039 ||
	       c == 0x203A;
}

static bool run_gap_char(gunichar c)
{
	return c == ' ' || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* The page's lines were set left to right: more lines open their
 * reading with a closing mark before a right-to-left letter than end it
 * with one after such a letter. */
static bool page_set_left_to_right(const char *text)
{
	const char *p = text;
	int ltr = 0, rtl = 0;
	while (*p) {
		const char *line = p, *end, *q;
		gunichar c = 0, last_letter = 0;
		bool mark_first = false, mark_last = false;
		while (*p && *p != '\n')
			p++;
		end = p;
		if (*p)
			p++;
		for (q = line; q < end; q = g_utf8_next_char(q)) {
			c = g_utf8_get_char(q);
			if (run_gap_char(c))
				continue;
			if (line_end_mark(c) && c != 0xAB && c != 0x201C && c != '(') {
				mark_first = true;
				continue;
			}
			mark_first = mark_first && pm_rtl_char((int32_t)c);
			break;
		}
		ltr += mark_first;
		for (q = line; q < end; q = g_utf8_next_char(q)) {
			c = g_utf8_get_char(q);
			if (run_gap_char(c))
				continue;
			if (c == '.' || c == ':' || c == '!' || c == 0x061F) {
				mark_last = last_letter != 0;
				continue;
			}
			mark_last = false;
			last_letter = pm_rtl_char((int32_t)c) ? c : 0;
		}
		rtl += mark_last;
	}
	return ltr > 0 && ltr > rtl;
}

/* buf[w..) gets src[0..n) of the line, from: the byte of the line each
 * byte of the new line came from */
static size_t put_bytes(char *buf, size_t *from, size_t w, const char *line, const char *src, size_t n)
{
	size_t i;
	memcpy(buf + w, src, n);
	for (i = 0; i < n; i++)
		from[w + i] = (size_t)(src - line) + i;
	return w + n;
}

/* The boxes of the line's characters, moved as its bytes were: from
 * says where each byte of the new line was; the line's first character
 * that has a box has box ci. */
static void move_line_boxes(const char *old, const char *line, size_t len, const size_t *from, PopplerRectangle *rects,
                            guint nr, guint ci)
{
	guint *box_of = g_new(guint, len + 1), n = 0, k = 0;
	PopplerRectangle *moved;
	const char *q;
	for (q = old; q < old + len; q = g_utf8_next_char(q)) {
		gunichar c = g_utf8_get_char(q);
		box_of[q - old] = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ? G_MAXUINT : n++;
	}
	if (ci + n > nr) {
		g_free(box_of);
		return;
	}
	moved = g_new(PopplerRectangle, n + 1);
	for (q = line; q < line + len; q = g_utf8_next_char(q)) {
		guint b = box_of[from[q - line]];
		if (b != G_MAXUINT && k < n)
			moved[k++] = rects[ci + b];
	}
	if (k == n)
		memcpy(rects + ci, moved, n * sizeof *moved);
	g_free(moved);
	g_free(box_of);
}

/* The line's pieces (pc, at most RUNS_MAX) and, when gap_s is not NULL,
 * the gaps before each (gap_s[k] to gap_e[k] before piece k; gap_s[n],
 * the line's tail, starts after the last piece and gap_e[n] is left to
 * the caller); -1 when there are too many. */
static int line_pieces(const char *line, const char *end, run_piece *pc, const char **gap_s, const char **gap_e)
{
	const char *q = line;
	int n = 0;
	if (gap_s)
		gap_s[0] = q;
	while (q < end) {
		const char *st;
		while (q < end && run_gap_char(g_utf8_get_char(q)))
			q = g_utf8_next_char(q);
		if (gap_s)
			gap_e[n] = q;
		if (q >= end)
			break;
		if (n == RUNS_MAX)
			return -1;
		st = q;
		while (q < end && !run_gap_char(g_utf8_get_char(q)))
			q = g_utf8_next_char(q);
		pc[n].s = st;
		pc[n].e = q;
		pc[n].kind = piece_kind(st, q, &pc[n].digit);
		n++;
		if (gap_s)
			gap_s[n] = q;
	}
	return n;
}

static bool order_line_runs(char *line, char *end, PopplerRectangle *rects, guint nr, guint ci)
{
	run_piece pc[RUNS_MAX];
	const char *gap_s[RUNS_MAX + 1], *gap_e[RUNS_MAX + 1];
	int n = 0, i, seg_start[RUNS_MAX], nseg = 0, order[RUNS_MAX], resolved[RUNS_MAX], k = 0;
	bool latin = false, moved;
	char *buf;
	size_t w, *from;
	/* pieces and the gaps between them */
	n = line_pieces(line, end, pc, gap_s, gap_e);
	if (n < 0)
		return false;
	for (i = 0; i < n; i++)
		latin = latin || pc[i].kind == 0;
	if (!latin || n < 2)
		return false;
	gap_e[n] = end;
	/* Convention pdf.rtl_edge_quotes.latin_line: the quotation mark that
	 * opens the line ("“רוב … מחלקת IT”, אמר …") takes the paragraph's
	 * direction at its start (UAX #9 N1: between the paragraph's start
	 * and a right-to-left letter a neutral is left to right) and stands
	 * at the line's left end, against the last letter of the first
	 * right-to-left run, which poppler reads it with ("מחלקת“"). In a
	 * line holding a Latin word nothing else is drawn there: a mark
	 * ending that run before the Latin word stands right of the run, one
	 * ending the line left of it is drawn only where the line is one
	 * right-to-left run (and no Latin word). Split off, it is a piece of
	 * marks at the line's end and goes first, as the line's ends are
	 * left to right. */
	if (n < RUNS_MAX && pc[n - 1].kind == 1) {
		const char *m = pc[n - 1].e, *before;
		while (m > pc[n - 1].s && edge_quote(g_utf8_get_char(g_utf8_prev_char(m))))
			m = g_utf8_prev_char(m);
		before = m > pc[n - 1].s ? g_utf8_prev_char(m) : NULL;
		if (m < pc[n - 1].e && before && pm_rtl_char((int32_t)g_utf8_get_char(before)) &&
		    g_unichar_isalpha(g_utf8_get_char(before))) {
			pc[n].s = m;
			pc[n].e = pc[n - 1].e;
			pc[n].kind = -1;
			pc[n].digit = false;
			pc[n - 1].e = m;
			gap_s[n] = gap_e[n] = m;
			n++;
			gap_s[n] = pc[n - 1].e;
			gap_e[n] = end;
		}
	}
	/* the pieces of neither kind: digits with the right-to-left letters
	 * unless Latin stands on both sides, marks with them only between two
	 * (a line's ends count as left to right) */
	for (i = 0; i < n; i++) {
		int l = i - 1, r = i + 1, kl, kr;
		resolved[i] = pc[i].kind;
		if (pc[i].kind >= 0)
			continue;
		while (l >= 0 && pc[l].kind < 0)
			l--;
		while (r < n && pc[r].kind < 0)
			r++;
		kl = l >= 0 ? pc[l].kind : 0;
		kr = r < n ? pc[r].kind : 0;
		resolved[i] = pc[i].digit ? (kl == 0 && kr == 0 ? 0 : 1) : (kl == 1 && kr == 1 ? 1 : 0);
	}
	for (i = 0; i < n; i++) {
		pc[i].kind = resolved[i];
		if (!i || resolved[i] != resolved[i - 1])
			seg_start[nseg++] = i;
	}
	if (nseg < 2)
		return false;
	/* the runs from the last read to the first; a Latin run's pieces
	 * from its last to its first */
	for (i = nseg - 1; i >= 0; i--) {
		int a = seg_start[i], z = i + 1 < nseg ? seg_start[i + 1] : n, m;
		if (pc[a].kind == 0)
			for (m = z - 1; m >= a; m--)
				order[k++] = m;
		else
			for (m = a; m < z; m++)
				order[k++] = m;
	}
	buf = g_malloc((size_t)(end - line) + 1);
	from = g_new(size_t, (size_t)(end - line) + 1);
	w = put_bytes(buf, from, 0, line, gap_s[0], (size_t)(gap_e[0] - gap_s[0]));
	for (i = 0; i < n; i++) {
		int cur = order[i], g;
		w = put_bytes(buf, from, w, line, pc[cur].s, (size_t)(pc[cur].e - pc[cur].s));
		if (i + 1 == n)
			break;
		/* the gap where these two pieces met in the reading (either
		 * way round), or, between two runs, the gap of the two runs'
		 * old meeting */
		{
			int nx = order[i + 1];
			if (nx == cur + 1)
				g = cur + 1;
			else if (nx == cur - 1)
				g = cur;
			else {
				/* a run boundary: which runs meet here */
				int sa = 0, sb = 0, t;
				for (t = 0; t < nseg; t++) {
					if (seg_start[t] <= cur)
						sa = t;
					if (seg_start[t] <= nx)
						sb = t;
				}
				/* runs sa then sb, read as sb then sa = sa - 1 */
				g = seg_start[sa > sb ? sa : sb];
			}
		}
		w = put_bytes(buf, from, w, line, gap_s[g], (size_t)(gap_e[g] - gap_s[g]));
	}
	w = put_bytes(buf, from, w, line, gap_s[n], (size_t)(gap_e[n] - gap_s[n]));
	moved = w == (size_t)(end - line);
	if (moved) {
		char *old = rects ? g_memdup2(line, w) : NULL;
		memcpy(line, buf, w);
		if (old)
			move_line_boxes(old, line, w, from, rects, nr, ci);
		g_free(old);
	}
	g_free(from);
	g_free(buf);
	return moved;
}

/* The end of the line starting at p (its '\n' or the text's end), and in
 * *boxes how many of its characters have a box (all but the direction
 * controls). */
static char *line_end(char *p, guint *boxes)
{
	*boxes = 0;
	while (*p && *p != '\n') {
		gunichar c = g_utf8_get_char(p);
		*boxes += !((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
		p = g_utf8_next_char(p);
	}
	return p;
}

/* Convention pdf.rtl_latin_run_words: in a line of a page set right to
 * left, a run of Latin words ("CityPay Plus", "Orion Labs", "Windows 11
 * Pro") stands left to right inside the right-to-left text (UAX #9: its
 * level is even, one above the paragraph's, so L2 reverses it twice), and
 * poppler's reading of the line from the right gives its words from the
 * last to the first ("Plus CityPay"; each word's letters stay in order).
 * The pieces from a Latin word to the last Latin word read before a
 * right-to-left one, with the digits and signs between them (W7, N1:
 * they take the Latin run's direction), go back in order, the gaps
 * between them kept, when the boxes show the reading went leftwards from
 * the run's first piece to its second (a line poppler read from the left
 * is left alone, as is every line when there are no boxes). Boxes move
 * with their characters. */
static double box_right(const PopplerRectangle *r)
{
	return r->x1 < r->x2 ? r->x2 : r->x1;
}

static guint box_index(const char *line, const char *at, guint ci)
{
	const char *q;
	for (q = line; q < at; q = g_utf8_next_char(q)) {
		gunichar c = g_utf8_get_char(q);
		ci += !((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
	}
	return ci;
}

static bool order_latin_spans(char *line, char *end, PopplerRectangle *rects, guint nr, guint ci)
{
	run_piece pc[RUNS_MAX];
	int n = 0, a;
	bool any = false;
	n = line_pieces(line, end, pc, NULL, NULL);
	if (n < 0)
		return false;
	for (a = 0; a < n; a++) {
		int z = -1, k;
		guint ba, bb;
		size_t len;
		char *buf, *o;
		size_t *from;
		if (pc[a].kind != 0)
			continue;
		for (k = a + 1; k < n && pc[k].kind != 1; k++)
			if (pc[k].kind == 0)
				z = k;
		if (z < 0)
			continue;
		ba = box_index(line, pc[a].s, ci);
		bb = box_index(line, pc[a + 1].s, ci);
		if (bb >= nr || !(box_right(&rects[ba]) > box_right(&rects[bb]))) {
			a = z;
			continue;
		}
		len = (size_t)(pc[z].e - pc[a].s);
		buf = g_malloc(len + 1);
		from = g_new(size_t, (size_t)(end - line) + 1);
		for (k = 0; k < (int)(end - line); k++)
			from[k] = (size_t)k;
		o = buf;
		for (k = z; k >= a; k--) {
			size_t w = (size_t)(pc[k].e - pc[k].s);
			size_t at = (size_t)(pc[a].s - line) + (size_t)(o - buf), i;
			memcpy(o, pc[k].s, w);
			for (i = 0; i < w; i++)
				from[at + i] = (size_t)(pc[k].s - line) + i;
			o += w;
			if (k > a) {
				/* the gap before piece k (between k - 1 and k) */
				size_t g = (size_t)(pc[k].s - pc[k - 1].e);
				at = (size_t)(pc[a].s - line) + (size_t)(o - buf);
				memcpy(o, pc[k - 1].e, g);
				for (i = 0; i < g; i++)
					from[at + i] = (size_t)(pc[k - 1].e - line) + i;
				o += g;
			}
		}
		{
			char *old = g_memdup2(line, (size_t)(end - line));
			memcpy((char *)pc[a].s, buf, len);
			move_line_boxes(old, line, (size_t)(end - line), from, rects, nr, ci);
			g_free(old);
		}
		g_free(from);
		g_free(buf);
		any = true;
		a = z;
	}
	return any;
}

bool pdf_rtl_ltr_paragraph_runs(char *text, PopplerRectangle *rects, guint nr)
{
	char *p = text;
	guint ci = 0;
	bool any = false;
	/* a page set right to left: its Latin runs' words only
	 * (pdf.rtl_latin_run_words), which needs the boxes */
	bool rtl_page = !page_set_left_to_right(text);
	if (rtl_page && !rects)
		return false;
	while (*p) {
		char *line = p;
		guint boxes;
		p = line_end(p, &boxes);
		if (!rtl_page)
			any = order_line_runs(line, p, rects, nr, ci) || any;
		else if (ci + boxes <= nr)
			any = order_latin_spans(line, p, rects, nr, ci) || any;
		ci += boxes;
		if (*p) {
			p++;
			ci++;
		}
	}
	return any;
}


/* Convention pdf.rtl_touching_pieces: a right-to-left word that a
 * browser draws in two fonts (a bold title's letters in one, its
 * zero-width non-joiner or its guillemets in a fallback font: "«",
 * "گره‌های", "فراموش‌شده»") reaches poppler in pieces: it parts words at a
 * change of font, or where the fallback glyph's box, as wide as that
 * font says though the browser gave it no advance, overlaps the letter
 * drawn before it, and a reading then has a space or a run boundary
 * inside the word ("« گر ه‌های فرامو ش‌شده »"). A word space is drawn:
 * the space glyph's advance, a quarter em or so, parts the two words'
 * glyphs. Two pieces of a right-to-left line whose facing glyphs touch
 * (the right one's left edge within 3% of the size of the left one's
 * right edge) and that meet at right-to-left letters, a non-joiner or
 * guillemets are one word; so are a letter and a number read after it
 * ("و25", where LibreOffice's text layer parts the runs) and a number
 * or word and the Arabic comma after it ("1994،"): the space or run boundary between them is
 * marked in joined (one byte per byte of text), for read_selection to
 * leave out. A justified line's widened gaps are no touch and stay.
 * Lines holding a Latin letter are left alone (their gaps are only
 * looked at for kashida). */
typedef struct touch_piece {
	double x0, x1, y0, y1, size;
	gunichar first, last;
	size_t sep_from, sep_to; /* the separator bytes before the piece */
} touch_piece;

static bool touch_joinable(gunichar c)
{
	return pm_rtl_char((int32_t)c) || c == 0x200C || c == 0xAB || c == 0xBB;
}

static bool touch_bracket(gunichar c)
{
	return c == '(' || c == ')' || c == '[' || c == ']';
}

/* a piece ending with a and the next one opening with b may be one
 * word: right-to-left letters, non-joiners and guillemets, one letter
 * at least; a conjunction or preposition glued to a number ("و25"); an
 * Arabic comma or semicolon after a number or a word ("1994،"); a
 * bracket and a number, a right-to-left letter or another bracket (a
 * Hebrew or Arabic legal citation's "סעיף 15(ב)(4)", "المادة 3(أ)",
 * which poppler reads in pieces, a space after the number) */
static bool touch_pair(gunichar a, gunichar b)
{
	bool ra = pm_rtl_char((int32_t)a), rb = pm_rtl_char((int32_t)b);
	if (touch_joinable(a) && touch_joinable(b) && (ra || rb))
		return true;
	if ((touch_bracket(a) || touch_bracket(b)) && (touch_bracket(a) || ra || g_unichar_isdigit(a)) &&
	    (touch_bracket(b) || rb || g_unichar_isdigit(b)))
		return true;
	if (ra && g_unichar_isdigit(b))
		return true;
	/* pdf.rtl_touching_pieces.number_groups: a number's groups and the
	 * hyphens between them ("031-5552-7781"), which poppler reads as
	 * pieces of their own after an Arabic-script letter */
	if ((g_unichar_isdigit(a) && b == '-') || (a == '-' && g_unichar_isdigit(b)))
		return true;
	/* pdf.rtl_touching_pieces.closing_mark: so are a word and the full
	 * stop, colon, question or exclamation mark touching it, which
	 * LibreOffice's text layer sets in a run of their own ("کرد .",
	 * "قال :") */
	if ((b == '.' || b == ':' || b == '!' || b == '?' || b == 0x061F) && ra)
		return true;
	return (b == 0x060C || b == 0x061B) && (ra || g_unichar_isdigit(a));
}

/* Convention pdf.rtl_kashida_gap: a justified Arabic-script line set by
 * LibreOffice is stretched with kashida, elongation glyphs drawn inside
 * words between two joined letters, which its text layer maps to no
 * character: poppler drops them and parts the word there ("لتس جيل",
 * "موبائ ل"), and the gap (0.29-0.39 em on eval14's lines) is as wide
 * as the line's word spaces (0.30-0.34 em), which poppler drops too (a
 * space glyph ends its word, leaving no box). What tells them apart is
 * ink: a kashida is a stroke along the baseline joining the two
 * letters, across the whole gap; a word space is blank there. The gaps
 * that can hold one are listed for pdf.c to look at: between two
 * Arabic-script letters, the first a
 * letter that joins the next (Unicode's ArabicShaping.txt: dual-joining,
 * not alef, dal, reh, waw, teh marbuta and their kin), wider than a
 * touch, under 0.8 em; the strip looked at is the gap's middle three
 * fifths, at the height of the letters' joining stroke (0.45 to 0.8 of
 * the box down). Convention pdf.rtl_kashida_gap.latin_line: a line
 * holding a Latin word too, measured on boxes that moved with its runs
 * (pdf_rtl_ltr_paragraph_runs); touching pieces are not joined there. */
static bool joins_next(gunichar c)
{
	if (!((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 || c == 0x06EE ||
	      c == 0x06EF || (c >= 0x06FA && c <= 0x06FC)))
		return false;
	/* right-joining and non-joining letters */
	return !((c >= 0x0621 && c <= 0x0625) || c == 0x0627 || c == 0x0629 || (c >= 0x062F && c <= 0x0632) ||
	         c == 0x0648 || (c >= 0x0671 && c <= 0x0677) || (c >= 0x0688 && c <= 0x0699) || c == 0x06C0 ||
	         (c >= 0x06C3 && c <= 0x06CB) || c == 0x06CD || c == 0x06CF || c == 0x06D2 || c == 0x06D3 ||
	         c == 0x06D5 || c == 0x06EE || c == 0x06EF);
}

static bool arabic_script_letter(gunichar c)
{
	return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 ||
	       (c >= 0x06EE && c <= 0x06EF) || (c >= 0x06FA && c <= 0x06FC);
}

static void touch_line(const char *text, const touch_piece *pc, guint n, bool latin, unsigned char *joined,
                       GArray *gaps)
{
	guint i;
	for (i = 1; i < n; i++) {
		const touch_piece *a = &pc[i - 1], *b = &pc[i];
		double size = a->size > b->size ? a->size : b->size;
		double gap = a->x0 - b->x1, h = a->y1 - a->y0;
		size_t k;
		if (size <= 0 || b->x0 >= a->x0)
			continue;
		if (gaps && gap > 0.03 * size && gap < 0.8 * size && h > 0 && joins_next(a->last) &&
		    arabic_script_letter(b->first)) {
			pdf_rtl_gap g = {b->x1 + 0.2 * gap, a->x0 - 0.2 * gap, a->y0 + 0.45 * h, a->y0 + 0.8 * h,
			                 b->sep_from, b->sep_to};
			g_array_append_val(gaps, g);
			continue;
		}
		if (latin || !touch_pair(a->last, b->first))
			continue;
		if (fabs(gap) > 0.03 * size)
			continue;
		for (k = b->sep_from; k < b->sep_to; k++)
			if (text[k] == ' ' || (unsigned char)text[k] == 0xE2)
				joined[k] = 1;
	}
}

bool pdf_rtl_touching_pieces(const char *text, const PopplerRectangle *rects, guint nr, GList *attrs,
                             unsigned char *joined, GArray *gaps)
{
	GArray *pcs;
	GList *cursor = attrs;
	const char *p = text;
	guint ci = 0;
	bool any = false, latin = false, in_piece = false;
	size_t sep_from = 0;
	if (!strstr(text, "\xE2\x80\xAB"))
		return false;
	pcs = g_array_new(FALSE, FALSE, sizeof(touch_piece));
	for (;;) {
		gunichar c = g_utf8_get_char(p);
		const char *next = *p ? g_utf8_next_char(p) : p;
		bool control = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
		if (!*p || c == '\n') {
			if (pcs->len > 1) {
				touch_line(text, (touch_piece *)(void *)pcs->data, pcs->len, latin, joined, gaps);
				any = true;
			}
			g_array_set_size(pcs, 0);
			latin = in_piece = false;
			if (!*p)
				break;
			sep_from = (size_t)(next - text);
			ci++;
			p = next;
			continue;
		}
		if (control || c == ' ') {
			if (in_piece)
				sep_from = (size_t)(p - text);
			in_piece = false;
			if (!control)
				ci++;
			p = next;
			continue;
		}
		if (ci >= nr)
			break;
		{
			const PopplerRectangle *r = &rects[ci];
			const PopplerTextAttributes *at = lig_attrs(&cursor, ci);
			double x0 = fmin(r->x1, r->x2), x1 = fmax(r->x1, r->x2);
			touch_piece *t;
			if (!in_piece) {
				touch_piece np = {x0, x1, fmin(r->y1, r->y2), fmax(r->y1, r->y2), at ? at->font_size : 0, c, c,
				                  sep_from, (size_t)(p - text)};
				g_array_append_val(pcs, np);
				in_piece = true;
			}
			t = &g_array_index(pcs, touch_piece, pcs->len - 1);
			t->x0 = fmin(t->x0, x0);
			t->x1 = fmax(t->x1, x1);
			t->last = c;
			if (at && at->font_size > t->size)
				t->size = at->font_size;
			latin = latin || (g_unichar_isalpha(c) && !pm_rtl_char((int32_t)c));
		}
		ci++;
		p = next;
	}
	g_array_free(pcs, TRUE);
	return any;
}
