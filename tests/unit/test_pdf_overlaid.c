/*
 * test_pdf_overlaid.c - readings of an OCR text layer's row as poppler
 * gives them, made by hand, put back in order by plugins/pdf/overlaid.c
 * (convention pdf.ocr_layer.stretched_word): a heading's first word given
 * a box far too wide by the recogniser, its stretched glyphs over the two
 * words after it, read in pieces among them, in the order of the page and
 * in the reverse order poppler gives a row climbing to the right. Rows in
 * another font, rows whose lines lie over one another with no word in
 * pieces and rows of two columns stay as read. Invented words; glyph
 * widths as Tesseract's GlyphLessFont gives them (one width a word).
 */
#include "pm_test.h"

#include "../../plugins/pdf/overlaid.h"

#include <math.h>
#include <string.h>

/* a run of glyphs of one width on the row's line; '\n' ends a line of
 * the reading */
typedef struct {
	const char *text; /* NULL: a line break */
	double x0, w;
} run;

/* the reading of runs: its text and boxes (one a character; a space
 * between two runs of one line spans the gap; a line break has no
 * width), in font, every glyph 100..120 high */
static char *reading(const run *runs, size_t n, PopplerRectangle **rects, guint *nr, GList **attrs,
                     const char *font)
{
	GString *t = g_string_new(NULL);
	PopplerRectangle *r = g_new0(PopplerRectangle, 256);
	PopplerTextAttributes *a = poppler_text_attributes_new();
	guint k = 0;
	size_t i;
	double end = 0;
	for (i = 0; i < n; i++) {
		const char *p;
		double x;
		if (!runs[i].text) {
			g_string_append_c(t, '\n');
			r[k++] = (PopplerRectangle){end, 100, end, 120};
			continue;
		}
		if (t->len && t->str[t->len - 1] != '\n') {
			g_string_append_c(t, ' ');
			r[k++] = (PopplerRectangle){end, 100, runs[i].x0, 120};
		}
		for (p = runs[i].text, x = runs[i].x0; *p; p = g_utf8_next_char(p), x += runs[i].w) {
			g_string_append_len(t, p, g_utf8_next_char(p) - p);
			r[k++] = (PopplerRectangle){x, 100, x + runs[i].w, 120};
		}
		end = x;
	}
	a->font_name = g_strdup(font);
	a->font_size = 18;
	a->start_index = 0;
	a->end_index = (gint)k - 1;
	*attrs = g_list_append(NULL, a);
	*rects = r;
	*nr = k;
	return g_string_free(t, FALSE);
}

/* the reading of runs in font given to pdf_ocr_overlaid_words(): its
 * count of rows mended; *text and *r for the caller to look at and free */
static unsigned mend(const run *runs, size_t n, const char *font, char **text, PopplerRectangle **r, guint *nr)
{
	GList *attrs;
	unsigned m;
	*text = reading(runs, n, r, nr, &attrs, font);
	m = pdf_ocr_overlaid_words(*text, *r, *nr, attrs);
	poppler_page_free_text_attributes(attrs);
	return m;
}

/* "Kornhaus Weiden sammelt Saatgut": "Kornhaus" stretched from 10 to 170
 * (20 a glyph) over "Weiden" (70) and "sammelt" (115), read as "Korn",
 * then "Weiden" with "haus" drawn back over its end */
static const run in_order[] = {
    {"Korn", 10, 20}, {NULL, 0, 0}, {"Weiden", 70, 6}, {"haus", 90, 20}, {NULL, 0, 0},
    {"sammelt", 115, 6}, {"Saatgut", 180, 6}, {NULL, 0, 0},
};

static void stretched_word_in_pieces(void **state)
{
	PopplerRectangle *r;
	guint nr;
	char *text;
	(void)state;
	/* the reading's "Weiden haus" had a space more than the words
	 * need: it goes at the row's end */
	assert_int_equal(mend(in_order, G_N_ELEMENTS(in_order), "GlyphLessFont", &text, &r, &nr), 1);
	assert_string_equal(text, "Kornhaus Weiden sammelt Saatgut \n");
	/* the stretched word ends in the space before "Weiden" (70, less
	 * 0.3 of the row's 20 points) */
	assert_true(fabs(r[0].x1 - 10) < 1e-9);
	assert_true(fabs(r[7].x2 - 64) < 1e-9);
	/* "Weiden" keeps its boxes */
	assert_true(fabs(r[9].x1 - 70) < 1e-9);
	g_free(text);
	g_free(r);
}

/* the same row climbing to the right: poppler reads its right end first
 * ("Saatgut" moved to 165, over the end of "haus") */
static const run reversed[] = {
    {"Saatgut", 165, 6}, {NULL, 0, 0}, {"haus", 90, 20}, {NULL, 0, 0},
    {"Weiden", 70, 6}, {"sammelt", 115, 6}, {NULL, 0, 0}, {"Korn", 10, 20}, {NULL, 0, 0},
};

static void stretched_word_read_backwards(void **state)
{
	PopplerRectangle *r;
	guint nr;
	char *text;
	(void)state;
	assert_int_equal(mend(reversed, G_N_ELEMENTS(reversed), "GlyphLessFont", &text, &r, &nr), 1);
	/* the row's fourth line break is left over: a space at its end */
	assert_string_equal(text, "Kornhaus Weiden sammelt Saatgut \n");
	g_free(text);
	g_free(r);
}

/* as read: the same row in a born-digital font; a layer's row whose
 * lines lie over one another but whose pieces do not meet in one glyph
 * width (a word drawn twice, a gap); a stretched word left whole on its
 * own line ("Fährhaus" over "am Deich": mending it would run a heading
 * of body size into its paragraph); a line read with a gap that another
 * line's word fills; two columns on one row */
static void rows_left_as_read(void **state)
{
	static const run overdrawn[] = {
	    {"Korn", 10, 20}, {NULL, 0, 0}, {"Weiden", 70, 6}, {"haus", 92, 20}, {NULL, 0, 0},
	    {"sammelt", 115, 6}, {NULL, 0, 0},
	};
	static const run whole[] = {
	    {"F\xC3\xA4hrhaus", 10, 17}, {NULL, 0, 0}, {"am", 60, 6}, {"Deich", 80, 6}, {NULL, 0, 0},
	};
	static const run apart[] = {
	    {"Korn", 10, 6}, {"Saatgut", 180, 6}, {NULL, 0, 0}, {"Weiden", 70, 6}, {NULL, 0, 0},
	};
	static const run columns[] = {
	    {"Kornhaus", 10, 6}, {"Weiden", 64, 6}, {NULL, 0, 0}, {"sammelt", 300, 6}, {"Saatgut", 348, 6},
	    {NULL, 0, 0},
	};
	struct {
		const run *runs;
		size_t n;
		const char *font;
	} rows[] = {
	    {in_order, G_N_ELEMENTS(in_order), "Helvetica"},
	    {overdrawn, G_N_ELEMENTS(overdrawn), "GlyphLessFont"},
	    {whole, G_N_ELEMENTS(whole), "GlyphLessFont"},
	    {apart, G_N_ELEMENTS(apart), "GlyphLessFont"},
	    {columns, G_N_ELEMENTS(columns), "GlyphLessFont"},
	};
	size_t i;
	(void)state;
	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		PopplerRectangle *r, *r0;
		guint nr, nr0;
		GList *attrs;
		char *text, *before = reading(rows[i].runs, rows[i].n, &r0, &nr0, &attrs, rows[i].font);
		poppler_page_free_text_attributes(attrs);
		assert_int_equal(mend(rows[i].runs, rows[i].n, rows[i].font, &text, &r, &nr), 0);
		assert_string_equal(text, before);
		assert_memory_equal(r, r0, nr * sizeof *r);
		g_free(r0);
		g_free(before);
		g_free(text);
		g_free(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(stretched_word_in_pieces),
	    cmocka_unit_test(stretched_word_read_backwards),
	    cmocka_unit_test(rows_left_as_read),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
