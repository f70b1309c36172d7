/*
 * overlaid.c - convention pdf.ocr_layer.stretched_word, for pdf.c's
 * reading of each page (page_reading, after pdf.mark_order).
 *
 * An OCR program writes its invisible text layer (Tesseract's PDF and
 * textonly_pdf, ocrmypdf: GlyphLessFont, render mode 3) word by word:
 * each word starts where the scan shows it and its glyphs are stretched
 * (Tz) to the width of the box the recogniser gave it. A layer read from
 * a blurred or poor copy gives some word a box far too wide (a heading's
 * "Landesmuseum" over the three words after it), and that word's glyphs
 * then run over the words the layer places after it on the same line.
 * Poppler reads the row by where the glyphs stand: the stretched word is
 * cut where a following word starts inside it and its pieces are read
 * between those words, on lines of their own ("Landes", "Oberried" +
 * "mus", "zeigt Trachten", "eum"), and the heading comes out scrambled.
 *
 * The pieces of the stretched word have one glyph width (one Tz over one
 * word) and follow one another without a gap; words of the layer meet
 * with a space between them. So, on a row of consecutive lines of the
 * reading that lie over one another, all in GlyphLessFont: each line is
 * cut where its glyphs go back left (a word drawn over the one before);
 * pieces that touch end to start, with the same glyph width, in the
 * order read, are one word; the words are then read left to right by
 * where they start (where the layer placed them) and a word's glyphs
 * that still run over the next word are pressed back into the space
 * before it (the next word's start ends the word). The text keeps its
 * characters: the line breaks between the row's pieces become the
 * spaces between its words (any left over go at the row's end, which
 * the line reader trims). Rows whose lines do not lie over one another,
 * or with no word in pieces, are left as poppler read them: a stretched
 * word poppler left whole, on a line of its own before the words it
 * lies over ("Über" over "das Museum"), too, since the page's lines then
 * keep the row apart as the heading it often is (read as one line, an
 * OCR layer's heading of body size runs into its paragraph: tests/eval25
 * docs de-02).
 */
#include "overlaid.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

/* a row of more lines or pieces than these is left as it is */
#define MAX_LINES 64
#define MAX_PIECES 256

typedef struct {
	guint s, e;      /* characters [s, e) of the text, no line break */
	double x0, x1;   /* left of the first glyph, right of the last */
	double wfirst, wlast;
	int next;        /* the piece that goes on with this word, or -1 */
	bool claimed;    /* another piece goes on with this one */
} piece;

static double bx0(const PopplerRectangle *r)
{
	return fmin(r->x1, r->x2);
}

static double bx1(const PopplerRectangle *r)
{
	return fmax(r->x1, r->x2);
}

static double by0(const PopplerRectangle *r)
{
	return fmin(r->y1, r->y2);
}

static double by1(const PopplerRectangle *r)
{
	return fmax(r->y1, r->y2);
}

/* the font run holding characters [s, e) whole, when it is the OCR
 * layer's glyphless font */
static bool glyphless_run(GList *attrs, guint s, guint e)
{
	GList *a;
	for (a = attrs; a; a = a->next) {
		const PopplerTextAttributes *t = a->data;
		if (t->start_index <= (gint)s && t->end_index >= (gint)e - 1)
			return t->font_name && strstr(t->font_name, "GlyphLessFont");
	}
	return false;
}

/* pieces that touch end to start and share a glyph width: one word */
static bool goes_on(const piece *a, const piece *b)
{
	/* b starts right of a's start: a word's pieces never go round */
	if (b->x0 <= a->x0 || fabs(b->x0 - a->x1) > 0.5 || a->wlast <= 0 || b->wfirst <= 0)
		return false;
	return b->wfirst / a->wlast > 0.95 && b->wfirst / a->wlast < 1.05;
}

static int cmp_start(const void *a, const void *b, void *arg)
{
	const piece *P = arg;
	const piece *x = &P[*(const int *)a], *y = &P[*(const int *)b];
	if (x->x0 != y->x0)
		return x->x0 < y->x0 ? -1 : 1;
	return x->s < y->s ? -1 : x->s > y->s;
}

/* characters [s, e) of the chains from heads[], in x order, written over
 * the same characters of cps/rects; h: the row's height */
static void rewrite_row(gunichar *cps, PopplerRectangle *rects, guint s, guint e, piece *P, const int *heads,
                        int nh, double h)
{
	guint n = e - s, k = 0, i;
	gunichar *oc = g_new(gunichar, n);
	PopplerRectangle *orr = g_new(PopplerRectangle, n);
	double end = 0;
	int c;
	for (c = 0; c < nh; c++) {
		int p;
		double x0 = P[heads[c]].x0, x1 = x0, lim;
		guint first;
		for (p = heads[c]; p >= 0; p = P[p].next)
			x1 = P[p].x1;
		if (c) {
			/* the space between two words: from the end of one to
			 * the start of the next */
			PopplerRectangle sp = rects[P[heads[c]].s];
			sp.x1 = fmin(end, x0);
			sp.x2 = x0;
			oc[k] = ' ';
			orr[k++] = sp;
		}
		first = k;
		for (p = heads[c]; p >= 0; p = P[p].next)
			for (i = P[p].s; i < P[p].e; i++) {
				oc[k] = cps[i];
				orr[k++] = rects[i];
			}
		/* the next word's start ends this one: glyphs stretched over
		 * it are pressed into the space before it */
		lim = c + 1 < nh ? P[heads[c + 1]].x0 - 0.3 * h : x1;
		if (x1 > lim && lim > x0 + 0.5 * (k - first) && x1 > x0) {
			double f = (lim - x0) / (x1 - x0);
			for (i = first; i < k; i++) {
				double a = bx0(&orr[i]), b = bx1(&orr[i]);
				orr[i].x1 = x0 + (a - x0) * f;
				orr[i].x2 = x0 + (b - x0) * f;
			}
			x1 = lim;
		}
		end = x1;
	}
	while (k < n) {
		PopplerRectangle sp = orr[k - 1];
		sp.x1 = sp.x2 = end;
		oc[k] = ' ';
		orr[k++] = sp;
	}
	memcpy(cps + s, oc, n * sizeof *oc);
	memcpy(rects + s, orr, n * sizeof *orr);
	g_free(oc);
	g_free(orr);
}

/* the lines [li, lk] (starts ls[], ends le[]) of one row: rewritten when
 * a word of the layer lies in pieces among them */
static bool mend_row(gunichar *cps, PopplerRectangle *rects, const guint *ls, const guint *le, int li, int lk)
{
	piece P[MAX_PIECES];
	int heads[MAX_PIECES];
	int np = 0, nh = 0, p, q, l;
	bool joined = false;
	double h = by1(&rects[ls[li]]) - by0(&rects[ls[li]]);
	guint chars = 0;
	for (l = li; l <= lk; l++) {
		guint i;
		bool open = false;
		for (i = ls[l]; i < le[l]; i++) {
			double a = bx0(&rects[i]), b = bx1(&rects[i]);
			if (cps[i] == ' ') {
				open = false;
				continue;
			}
			chars++;
			if (!open || a < P[np - 1].x1 - 1.0) {
				if (np == MAX_PIECES)
					return false;
				P[np] = (piece){i, i + 1, a, b, b - a, b - a, -1, false};
				np++;
				open = true;
			} else {
				P[np - 1].e = i + 1;
				P[np - 1].x1 = fmax(P[np - 1].x1, b);
				P[np - 1].wlast = b - a;
			}
		}
	}
	/* a piece goes on with the one that starts where it ends, in one
	 * glyph width, wherever the reading put the two */
	for (p = 0; p < np; p++)
		for (q = 0; q < np; q++)
			if (q != p && !P[q].claimed && goes_on(&P[p], &P[q])) {
				P[p].next = q;
				P[q].claimed = true;
				joined = true;
				break;
			}
	if (!joined)
		return false;
	for (p = 0; p < np; p++)
		if (!P[p].claimed)
			heads[nh++] = p;
	/* the row's spaces and line breaks become the spaces between its
	 * words */
	if (chars + nh - 1 > le[lk] - ls[li])
		return false;
	g_qsort_with_data(heads, nh, sizeof *heads, cmp_start, P);
	rewrite_row(cps, rects, ls[li], le[lk], P, heads, nh, h);
	return true;
}

/* two lines of one row: their middles within a third of the first's height */
static bool same_row(const PopplerRectangle *a, const PopplerRectangle *b)
{
	double ha = by1(a) - by0(a);
	return ha > 0 && fabs((by0(a) + by1(a)) / 2 - (by0(b) + by1(b)) / 2) < ha / 3;
}

/* the line [s, e) lies over [ux0, ux1] by more than a point */
static bool line_over(const PopplerRectangle *r, guint s, guint e, double ux0, double ux1)
{
	double x0 = bx0(&r[s]), x1 = x0;
	guint i;
	for (i = s; i < e; i++) {
		x0 = fmin(x0, bx0(&r[i]));
		x1 = fmax(x1, bx1(&r[i]));
	}
	return fmin(x1, ux1) - fmax(x0, ux0) > 1.0;
}

unsigned pdf_ocr_overlaid_words(char *text, PopplerRectangle *rects, guint nr, GList *attrs)
{
	glong n;
	gunichar *cps;
	PopplerRectangle *work;
	guint *ls, *le, i, nl = 0;
	unsigned mended = 0;
	int li;
	GList *a;
	for (a = attrs; a; a = a->next) {
		const PopplerTextAttributes *t = a->data;
		if (t->font_name && strstr(t->font_name, "GlyphLessFont"))
			break;
	}
	/* a page with no OCR layer (nearly all) is left at once */
	if (!a || !text)
		return 0;
	n = g_utf8_strlen(text, -1);
	if (n <= 0 || (guint)n != nr)
		return 0;
	cps = g_utf8_to_ucs4_fast(text, -1, NULL);
	ls = g_new(guint, nr + 1);
	le = g_new(guint, nr + 1);
	/* the reading's lines: [ls, le) up to each line break */
	{
		guint s = 0;
		for (i = 0; i <= nr; i++)
			if (i == nr || cps[i] == '\n') {
				ls[nl] = s;
				le[nl++] = i;
				s = i + 1;
			}
	}
	work = g_memdup2(rects, nr * sizeof *rects);
	for (li = 0; li < (int)nl; li++) {
		int lk = li;
		double ux0, ux1;
		if (ls[li] == le[li])
			continue;
		ux0 = bx0(&work[ls[li]]);
		ux1 = bx1(&work[le[li] - 1]);
		/* the lines after it on its row that lie over what the row
		 * holds so far: words drawn over one another */
		while (lk + 1 < (int)nl && lk - li + 1 < MAX_LINES && ls[lk + 1] < le[lk + 1] &&
		       same_row(&work[ls[li]], &work[ls[lk + 1]]) && line_over(work, ls[lk + 1], le[lk + 1], ux0, ux1)) {
			guint j;
			lk++;
			for (j = ls[lk]; j < le[lk]; j++) {
				ux0 = fmin(ux0, bx0(&work[j]));
				ux1 = fmax(ux1, bx1(&work[j]));
			}
		}
		if (lk > li && glyphless_run(attrs, ls[li], le[lk]) && mend_row(cps, work, ls, le, li, lk))
			mended++;
		li = lk;
	}
	if (mended) {
		/* the same characters in another order, and spaces for line
		 * breaks: the same number of bytes */
		char *out = g_ucs4_to_utf8(cps, n, NULL, NULL, NULL);
		if (out && strlen(out) == strlen(text)) {
			memcpy(text, out, strlen(out));
			memcpy(rects, work, nr * sizeof *rects);
		} else {
			mended = 0;
		}
		g_free(out);
	}
	g_free(work);
	g_free(cps);
	g_free(ls);
	g_free(le);
	return mended;
}
