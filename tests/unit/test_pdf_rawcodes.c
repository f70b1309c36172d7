/*
 * test_pdf_rawcodes.c - glyph codes a font gave no Unicode for, which
 * poppler passes through as control characters (plugins/pdf/pdf.c,
 * convention pdf.unmapped_space): a Type3 font written here whose letters
 * have standard glyph names (so Unicode) and whose other glyphs have
 * names of their own (so none). A space glyph without Unicode parts the
 * words it stands between; a glyph without advance (an accent), or one
 * as thin as a space on lines that poppler's own spaces part, is no
 * space and is dropped as before.
 */
#include "pm_test.h"

/* Codes of the Type3 font without Unicode: RAW_SPACE is a blank glyph a
 * space wide (278/1000 em), RAW_ACCENT a mark drawn over the letter
 * before it, without advance, RAW_THIN a drawn mark as thin as a space
 * (a dingbat). */
#define RAW_SPACE "\x02"
#define RAW_ACCENT "\x03"
#define RAW_THIN "\x04"

typedef struct rline {
	int font; /* 1: the Type3 font, 2: Helvetica */
	double size, x, y; /* y from the top, of the baseline */
	const char *text;  /* ASCII and the RAW_ codes */
} rline;

/* A one-page PDF of lines; letters A-Z a-z, comma and full stop of the
 * Type3 font are boxes 0.5 em wide, its space (code 32, named) is blank. */
static char *make_raw_pdf(const rline *L, size_t n, size_t *len)
{
	pm_buf b, c, names, procs, widths;
	size_t off[11], xref, k;
	int i;
	pm_buf_init(&b);
	pm_buf_init(&c);
	pm_buf_init(&names);
	pm_buf_init(&procs);
	pm_buf_init(&widths);
	for (k = 0; k < n; k++) {
		const char *s;
		pm_buf_printf(&c, "BT /F%d %.1f Tf 1 0 0 1 %.2f %.2f Tm (", L[k].font, L[k].size, L[k].x, 792 - L[k].y);
		for (s = L[k].text; *s; s++)
			if (*s == '(' || *s == ')' || *s == '\\' || (unsigned char)*s < 0x20)
				pm_buf_printf(&c, "\\%03o", (unsigned)(unsigned char)*s);
			else
				pm_buf_addc(&c, *s);
		pm_buf_adds(&c, ") Tj ET\n");
	}
	/* codes 2-122: the raw glyphs, then comma, full stop and the letters */
	pm_buf_adds(&names, "2 /rawspace /rawaccent /rawthin 32 /space 44 /comma 46 /period 65");
	for (i = 'A'; i <= 'Z'; i++)
		pm_buf_printf(&names, " /%c", i);
	pm_buf_adds(&names, " 97");
	for (i = 'a'; i <= 'z'; i++)
		pm_buf_printf(&names, " /%c", i);
	pm_buf_adds(&procs, "/rawspace 8 0 R /rawaccent 10 0 R /rawthin 9 0 R /space 8 0 R /comma 7 0 R /period 7 0 R");
	for (i = 'A'; i <= 'z'; i++)
		if (i <= 'Z' || i >= 'a')
			pm_buf_printf(&procs, " /%c 7 0 R", i);
	for (i = 2; i <= 'z'; i++)
		pm_buf_printf(&widths, " %d",
		              i == 2 || i == 4 || i == ' ' ? 278
		              : i == 3                 ? 0
		              : i == ',' || i == '.' || (i >= 'A' && i <= 'Z') || (i >= 'a' && i <= 'z') ? 500
		                                                                                                  : 0);
	pm_buf_adds(&b, "%PDF-1.4\n");
	off[1] = b.len;
	pm_buf_adds(&b, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
	off[2] = b.len;
	pm_buf_adds(&b, "2 0 obj\n<< /Type /Pages /Count 1 /Kids [3 0 R] >>\nendobj\n");
	off[3] = b.len;
	pm_buf_adds(&b, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
	                "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>\nendobj\n");
	off[4] = b.len;
	pm_buf_printf(&b, "4 0 obj\n<< /Length %zu >>\nstream\n", c.len);
	pm_buf_add(&b, c.data, c.len);
	pm_buf_adds(&b, "\nendstream\nendobj\n");
	off[5] = b.len;
	pm_buf_printf(&b,
	              "5 0 obj\n<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] "
	              "/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << %s >> /Encoding << /Type /Encoding "
	              "/Differences [%s] >> /FirstChar 2 /LastChar 122 /Widths [%s] /Resources << >> >>\nendobj\n",
	              procs.data, names.data, widths.data);
	off[6] = b.len;
	pm_buf_adds(&b, "6 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\n"
	                "endobj\n");
	{
		static const char *const glyph[] = {"500 0 0 0 450 700 d1 0 0 450 700 re f", "278 0 d0",
		                                    "278 0 0 0 200 500 d1 50 0 150 500 re f",
		                                    "0 0 -400 600 -100 700 d1 -400 600 300 100 re f"};
		for (i = 0; i < 4; i++) {
			off[7 + i] = b.len;
			pm_buf_printf(&b, "%d 0 obj\n<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", 7 + i,
			              strlen(glyph[i]), glyph[i]);
		}
	}
	xref = b.len;
	pm_buf_adds(&b, "xref\n0 11\n0000000000 65535 f \n");
	for (i = 1; i < 11; i++)
		pm_buf_printf(&b, "%010zu 00000 n \n", off[i]);
	pm_buf_printf(&b, "trailer\n<< /Size 11 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", xref);
	assert_false(b.failed || c.failed || names.failed || procs.failed || widths.failed);
	pm_buf_free(&c);
	pm_buf_free(&names);
	pm_buf_free(&procs);
	pm_buf_free(&widths);
	*len = b.len;
	return pm_buf_steal(&b);
}

static json_t *convert_lines(const rline *L, size_t n)
{
	size_t len;
	char *pdf = make_raw_pdf(L, n, &len);
	pm_context *ctx = pm_test_context();
	json_t *r;
	assert_non_null(ctx);
	r = pm_convert_buffer(ctx, pdf, len, "raw.pdf");
	pm_context_free(ctx);
	free(pdf);
	assert_non_null(r);
	return r;
}

/* The record's text, headline and body. */
static const char *text_of(json_t *r)
{
	const char *t = pm_test_str(r, "text");
	assert_non_null(t);
	return t;
}

static bool has_warning(json_t *r, const char *code)
{
	return pm_test_warning(r, code) != NULL;
}

/* Every word space of the text is the font's space glyph without
 * Unicode: the words are parted, and nothing on the page is damaged. */
static void unmapped_space_parts_words(void **state)
{
	const rline L[] = {
		{2, 18, 72, 90, "Ferry timetable for the winter"},
		{1, 11, 72, 130, "The" RAW_SPACE "island" RAW_SPACE "ferry" RAW_SPACE "keeps" RAW_SPACE "two" RAW_SPACE
		                 "crossings" RAW_SPACE "a" RAW_SPACE "day"},
		{1, 11, 72, 144, "through" RAW_SPACE "the" RAW_SPACE "winter," RAW_SPACE "the" RAW_SPACE "operator"
		                 RAW_SPACE "said."},
	};
	json_t *r = convert_lines(L, sizeof L / sizeof L[0]);
	(void)state;
	if (!strstr(text_of(r), "The island ferry keeps two crossings a day through the winter, the operator said."))
		fail_msg("%s", text_of(r));
	assert_false(has_warning(r, "pdf.text_layer"));
	json_decref(r);
}

/* Raw codes that are no spaces: an accent without advance among the
 * font's unmapped spaces, and a thin mark inside words on lines that
 * poppler's spaces part (a symbol). Both are left out of the text, the
 * words they stand in kept whole. */
static void other_raw_codes_stay_out(void **state)
{
	const rline L[] = {
		{2, 18, 72, 90, "Ferry timetable for the winter"},
		{1, 11, 72, 130, "The" RAW_SPACE "cafe" RAW_ACCENT RAW_SPACE "by" RAW_SPACE "the" RAW_SPACE "pier"
		                 RAW_SPACE "serves" RAW_SPACE "pate" RAW_ACCENT "s" RAW_SPACE "and" RAW_SPACE "cre" RAW_ACCENT
		                 "pes."},
		{1, 11, 72, 160, "The island ferry" RAW_THIN " keeps two crossings a day through the winter, the"},
		{1, 11, 72, 174, "operator said. The Saltmarsh" RAW_THIN "line runs as in the summer, and the"},
		{1, 11, 72, 188, "Northway" RAW_THIN "line stops for the season."},
	};
	json_t *r = convert_lines(L, sizeof L / sizeof L[0]);
	const char *t;
	(void)state;
	t = text_of(r);
	if (!strstr(t, "The cafe by the pier serves pates and crepes.") || !strstr(t, "The Saltmarshline runs") ||
	    !strstr(t, "Northwayline stops"))
		fail_msg("%s", t);
	json_decref(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(unmapped_space_parts_words),
		cmocka_unit_test(other_raw_codes_stay_out),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
