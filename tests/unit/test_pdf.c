/*
 * test_pdf.c - the PDF plugin on PDFs written by the tests themselves
 * (base-14 fonts, exact positions, so every case is known): probe bids,
 * paragraphs joined across wrapped lines, two columns, running headers,
 * footers and page numbers kept out of the body, line-end hyphens left for
 * the core (joined and kept), properties, no text layer, legacy-font soup,
 * encryption, corrupt input, the page limit; and the hostile corpus.
 */
#include "pm_test.h"

#include "../../plugins/pdf/layout.h"

#include <math.h>

const pm_plugin *pressmill_plugin_entry_pdf(void);

/* ---- a tiny PDF writer ------------------------------------------------ */

/* HELV_TU: Helvetica whose ToUnicode maps code 0xAD to U+00AD, as
 * Quartz and Word exports map their hyphen glyph. */
enum { COURIER, HELV_BOLD, HELV, HELV_TU, HEBREW, SYMBOL_TU };
/* SYMBOL_TU: the Symbol font whose ToUnicode maps its signs to the
 * private-use U+F0xx (B0, D2) as Word's and LibreOffice's exports do,
 * and letters, digits and the space to themselves. */
/* HEBREW: Helvetica whose ToUnicode map reads the bytes A-Z as the
 * letters U+05D0-U+05E9, a right-to-left text layer written in ASCII. */

typedef struct tline {
	int page;     /* 1-based */
	int font;
	double size;
	double x, y;  /* from the top-left, y of the baseline */
	const char *text; /* UTF-8, Latin-1 range only */
} tline;

typedef struct tpdf {
	pm_buf b;
	size_t off[64];
	int nobj;
} tpdf;

static void obj_begin(tpdf *p, int n)
{
	p->off[n] = p->b.len;
	pm_buf_printf(&p->b, "%d 0 obj\n", n);
	if (n > p->nobj)
		p->nobj = n;
}

/* PDF string in WinAnsi: Latin-1 code points as octal escapes. */
static void pdf_string(pm_buf *b, const char *s)
{
	pm_buf_addc(b, '(');
	while (*s) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)s, strlen(s), &c);
		if (c == '(' || c == ')' || c == '\\')
			pm_buf_printf(b, "\\%c", (char)c);
		else if (c >= 0x20 && c < 0x7F)
			pm_buf_addc(b, (char)c);
		else if (c >= 0xA0 && c <= 0xFF)
			pm_buf_printf(b, "\\%03o", (unsigned)c);
		else
			pm_buf_addc(b, '?');
		s += l;
	}
	pm_buf_addc(b, ')');
}

/* Annotations of the first page (the inside of its /Annots array), or
 * NULL: set by the test that needs them. */
static const char *first_page_annots;

/* Form fields of the first page (each the inside of a widget's
 * dictionary, NULL-terminated), or NULL: written as objects of their
 * own, listed in the catalog's AcroForm and the page's annotations, as
 * form fields must be. */
static const char *const *first_page_fields;

/* Drawing operators for the first page (its content stream draws them
 * before the text), or NULL: list markers and rules drawn as shapes. */
static const char *first_page_drawing;

/* Entries added to the catalog's dictionary, or NULL. */
static const char *catalog_extra;

/* Entries added to every page's resources, and one object written after
 * the others (its number: the Hebrew font's two plus the fields', 12 for
 * one page without fields), or NULL. */
static const char *page_resources_extra;
static const char *extra_object;

/* Pages of 612x792 points; info is the body of an Info dictionary or NULL. */
static char *make_pdf(const tline *L, size_t n, int pages, const char *info, size_t *len)
{
	tpdf p;
	int i, first_page = 8, obj, hebrew;
	size_t k, xref;
	memset(&p, 0, sizeof p);
	pm_buf_init(&p.b);
	pm_buf_adds(&p.b, "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
	size_t nfields = 0;
	pm_buf refs;
	pm_buf_init(&refs);
	while (first_page_fields && first_page_fields[nfields])
		nfields++;
	/* the fields' objects follow the Hebrew font's two */
	for (k = 0; k < nfields; k++)
		pm_buf_printf(&refs, " %d 0 R", first_page + 2 * pages + 2 + (int)k);
	obj_begin(&p, 1);
	if (nfields)
		pm_buf_printf(&p.b, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s ] >> %s>>\nendobj\n", refs.data,
		              catalog_extra ? catalog_extra : "");
	else
		pm_buf_printf(&p.b, "<< /Type /Catalog /Pages 2 0 R %s>>\nendobj\n", catalog_extra ? catalog_extra : "");
	obj_begin(&p, 2);
	pm_buf_printf(&p.b, "<< /Type /Pages /Count %d /Kids [", pages);
	for (i = 0; i < pages; i++)
		pm_buf_printf(&p.b, " %d 0 R", first_page + 2 * i);
	pm_buf_adds(&p.b, " ] >>\nendobj\n");
	obj_begin(&p, 3);
	pm_buf_adds(&p.b, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>\nendobj\n");
	obj_begin(&p, 4);
	pm_buf_adds(&p.b, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>\nendobj\n");
	obj_begin(&p, 5);
	pm_buf_adds(&p.b, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n");
	obj_begin(&p, 6);
	pm_buf_adds(&p.b, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
	                  "/ToUnicode 7 0 R >>\nendobj\n");
	{
		static const char cmap[] = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
		                           "/CMapName /T def /CMapType 2 def\n1 begincodespacerange <00> <FF> "
		                           "endcodespacerange\n1 beginbfchar <AD> <00AD> endbfchar\n"
		                           "endcmap CMapName currentdict /CMap defineresource pop end end\n";
		obj_begin(&p, 7);
		pm_buf_printf(&p.b, "<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", sizeof cmap - 1, cmap);
	}
	hebrew = first_page + 2 * pages;
	for (i = 0; i < pages; i++) {
		pm_buf c;
		pm_buf_init(&c);
		if (i == 0 && first_page_drawing)
			pm_buf_adds(&c, first_page_drawing);
		for (k = 0; k < n; k++) {
			if (L[k].page != i + 1)
				continue;
			pm_buf_printf(&c, "BT /F%d %.1f Tf 1 0 0 1 %.2f %.2f Tm ", L[k].font + 1, L[k].size, L[k].x,
			              792 - L[k].y);
			pdf_string(&c, L[k].text);
			pm_buf_adds(&c, " Tj ET\n");
		}
		if (!c.len)
			pm_buf_adds(&c, "0 0 1 rg 100 100 400 500 re f\n"); /* a drawing, no text */
		obj_begin(&p, first_page + 2 * i);
		pm_buf_printf(&p.b,
		              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
		              "/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R /F5 %d 0 R /F6 %d 0 R >> %s>> "
		              "/Annots [%s%s] >>\nendobj\n",
		              first_page + 2 * i + 1, hebrew, hebrew + 2 + (int)nfields + (extra_object ? 1 : 0), page_resources_extra ? page_resources_extra : "", i == 0 && first_page_annots ? first_page_annots : "",
		              i == 0 && nfields ? refs.data : "");
		obj_begin(&p, first_page + 2 * i + 1);
		pm_buf_printf(&p.b, "<< /Length %zu >>\nstream\n", c.len);
		pm_buf_add(&p.b, c.data, c.len);
		pm_buf_adds(&p.b, "\nendstream\nendobj\n");
		pm_buf_free(&c);
	}
	{
		static const char cmap[] = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
		                           "/CMapName /H def /CMapType 2 def\n1 begincodespacerange <00> <FF> "
		                           "endcodespacerange\n1 beginbfrange <41> <5A> <05D0> endbfrange\n"
		                           "endcmap CMapName currentdict /CMap defineresource pop end end\n";
		obj_begin(&p, hebrew);
		pm_buf_printf(&p.b, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
		                    "/ToUnicode %d 0 R >>\nendobj\n", hebrew + 1);
		obj_begin(&p, hebrew + 1);
		pm_buf_printf(&p.b, "<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", sizeof cmap - 1, cmap);
	}
	for (k = 0; k < nfields; k++) {
		obj_begin(&p, hebrew + 2 + (int)k);
		pm_buf_printf(&p.b, "<< /Type /Annot /Subtype /Widget /P %d 0 R %s >>\nendobj\n", first_page,
		              first_page_fields[k]);
	}
	pm_buf_free(&refs);
	if (extra_object) {
		obj_begin(&p, hebrew + 2 + (int)nfields);
		pm_buf_printf(&p.b, "%s\nendobj\n", extra_object);
	}
	{
		static const char cmap[] = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
		                           "/CMapName /S def /CMapType 2 def\n1 begincodespacerange <00> <FF> "
		                           "endcodespacerange\n3 beginbfrange <20> <20> <0020> <30> <39> <0030> "
		                           "<41> <7A> <0041> endbfrange\n2 beginbfchar <B0> <F0B0> <D2> <F0D2> endbfchar\n"
		                           "endcmap CMapName currentdict /CMap defineresource pop end end\n";
		int sym = hebrew + 2 + (int)nfields + (extra_object ? 1 : 0);
		obj_begin(&p, sym);
		pm_buf_printf(&p.b, "<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /ToUnicode %d 0 R >>\nendobj\n",
		              sym + 1);
		obj_begin(&p, sym + 1);
		pm_buf_printf(&p.b, "<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", sizeof cmap - 1, cmap);
	}
	obj = p.nobj + 1;
	if (info) {
		obj_begin(&p, obj);
		pm_buf_printf(&p.b, "<< %s >>\nendobj\n", info);
	}
	xref = p.b.len;
	pm_buf_printf(&p.b, "xref\n0 %d\n0000000000 65535 f \n", p.nobj + 1);
	for (i = 1; i <= p.nobj; i++)
		pm_buf_printf(&p.b, "%010zu 00000 n \n", p.off[i]);
	pm_buf_printf(&p.b, "trailer\n<< /Size %d /Root 1 0 R", p.nobj + 1);
	if (info)
		pm_buf_printf(&p.b, " /Info %d 0 R", obj);
	pm_buf_printf(&p.b, " >>\nstartxref\n%zu\n%%%%EOF\n", xref);
	assert_false(p.b.failed);
	*len = p.b.len;
	return pm_buf_steal(&p.b);
}

static json_t *conv_lim(const char *bytes, size_t n, const char *name, unsigned max_pages)
{
	pm_options o;
	pm_context *ctx;
	json_t *r;
	pm_options_init(&o);
	o.plugin_path = PM_BUILD_DIR "/lib/pressmill/plugins";
	o.no_default_plugin_dir = 1;
	if (max_pages)
		o.limits.max_pages = max_pages;
	ctx = pm_context_new(&o);
	assert_non_null(ctx);
	r = pm_convert_buffer(ctx, bytes, n, name);
	pm_context_free(ctx);
	assert_non_null(r);
	return r;
}

static json_t *conv_lines(const tline *L, size_t n, int pages, const char *info)
{
	size_t len;
	char *pdf = make_pdf(L, n, pages, info, &len);
	json_t *r = conv_lim(pdf, len, "t.pdf", 0);
	free(pdf);
	return r;
}

static size_t body_count(json_t *r)
{
	return json_array_size(json_object_get(r, "body"));
}

static const char *body_text(json_t *r, size_t i)
{
	const char *t = json_string_value(json_object_get(json_array_get(json_object_get(r, "body"), i), "text"));
	assert_non_null(t);
	return t;
}

static bool has_warning(json_t *r, const char *code)
{
	return pm_test_warning(r, code) != NULL;
}

static const char *error_code(json_t *r)
{
	return json_string_value(json_object_get(json_object_get(r, "error"), "code"));
}

/* Courier 11: every character is 6.6 points wide, so wraps are exact. */
#define BODY(pg, yy, s) {pg, COURIER, 11, 72, yy, s}

/* ---- probing ---------------------------------------------------------- */

static void probe_bids(void **state)
{
	const pm_plugin *p = pressmill_plugin_entry_pdf();
	char junk[600];
	(void)state;
	assert_int_equal(p->probe((const unsigned char *)"%PDF-1.7\n", 9, 9, "a.bin"), PM_BID_STRUCTURE);
	assert_int_equal(p->probe((const unsigned char *)"%PDF-2.0\n", 9, 9, "a.pdf"),
	                 PM_BID_STRUCTURE + PM_BID_NAME_HINT);
	assert_int_equal(p->probe((const unsigned char *)"%PDF-x", 6, 6, "a"), PM_BID_MAGIC);
	assert_int_equal(p->probe((const unsigned char *)"Hello", 5, 5, "a.pdf"), PM_BID_NONE);
	/* junk before the header, as readers allow */
	memset(junk, 'j', sizeof junk);
	memcpy(junk + 500, "%PDF-1.4\n", 9);
	assert_int_equal(p->probe((const unsigned char *)junk, sizeof junk, sizeof junk, "x"), PM_BID_STRUCTURE);
}

static void pdf_named_txt_goes_to_pdf(void **state)
{
	const tline L[] = {BODY(1, 100, "A short note written for the probe test of the plugin.")};
	size_t len;
	char *pdf = make_pdf(L, 1, 1, NULL, &len);
	json_t *r = conv_lim(pdf, len, "note.txt", 0);
	(void)state;
	assert_string_equal(json_string_value(json_object_get(json_object_get(r, "source"), "format")), "pdf");
	assert_non_null(strstr(pm_test_str(r, "text"), "probe test"));
	json_decref(r);
	free(pdf);
}

/* ---- right-to-left pages ----------------------------------------------- */

/* Poppler reads a page as a selection from its top-left corner; on a
 * right-to-left page that selection drops the lines it starts and ends
 * beside: here a letterhead set right above the title, the title, and a
 * signature set left under the text. read_page reads such a page the
 * other way as well and keeps the lines only that reading has. */
static void rtl_page_keeps_first_and_last_lines(void **state)
{
	const tline L[] = {
		{1, HEBREW, 14, 430, 40, "ABCDE FGHIJ"},
		{1, HEBREW, 18, 72, 100, "KLMN OPQRS TUV"},
		{1, HEBREW, 11, 72, 140, "ABC DEF GHI JKL MNO PQR STU VAB CDE FGH IJK LMN OPQ RST"},
		{1, HEBREW, 11, 72, 155, "ABC DEF GHI JKL MNO PQR STU VAB CDE FGH IJK LMN OPQ RST"},
		{1, HEBREW, 11, 72, 170, "ABC DEF GHI JKL MNO PQR."},
		{1, HEBREW, 11, 72, 200, "QRST UVA"},
	};
	/* FGHIJ, OPQRS and QRST as Hebrew, in either order */
	static const char *const words[][2] = {
		{"\xD7\x95\xD7\x96\xD7\x97\xD7\x98\xD7\x99", "\xD7\x99\xD7\x98\xD7\x97\xD7\x96\xD7\x95"},
		{"\xD7\x9E\xD7\x9F\xD7\xA0\xD7\xA1\xD7\xA2", "\xD7\xA2\xD7\xA1\xD7\xA0\xD7\x9F\xD7\x9E"},
		{"\xD7\xA0\xD7\xA1\xD7\xA2\xD7\xA3", "\xD7\xA3\xD7\xA2\xD7\xA1\xD7\xA0"},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	char *all = json_dumps(r, 0);
	size_t i;
	(void)state;
	assert_non_null(all);
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		assert_true(strstr(all, words[i][0]) || strstr(all, words[i][1]));
	/* 41 words drawn, each read once: the lines both selections hold
	 * are not doubled */
	assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "stats"), "words")), 41);
	free(all);
	json_decref(r);
}

/* An invented Arabic release in two justified columns under a title,
 * printed by Chromium (tests/data/pdf/make_rtl_columns.py) from HTML
 * without a direction and with dir='rtl'. Convention pdf.rtl_gutter:
 * the text layer runs a line of one column and the heading beside it in
 * the other into one line; a word that starts far right of all the line
 * read so far, past the gutter, starts a line of its own. Convention
 * layout.rtl_columns: lines set flush right fill the columns from the
 * right, lines set flush left from the left. Convention
 * layout.spanning_cut: the title over both columns is cut from them
 * first, though a wider strip crosses both columns lower down. Either
 * way the three paragraphs are the body, in order, the dateline opens
 * the first and the About section is the left column's. */
static json_t *conv_file(const char *name)
{
	char path[512];
	FILE *f;
	size_t n;
	char *buf = malloc(1 << 20);
	json_t *r;
	assert_non_null(buf);
	snprintf(path, sizeof path, "%s/tests/data/pdf/%s", PM_SOURCE_DIR, name);
	f = fopen(path, "rb");
	assert_non_null(f);
	n = fread(buf, 1, 1 << 20, f);
	fclose(f);
	r = conv_lim(buf, n, name, 0);
	free(buf);
	return r;
}

static void rtl_two_column_pages(void **state)
{
	static const char *const files[] = {"rtl-columns-ltrpage.pdf", "rtl-columns-rtlpage.pdf"};
	size_t i;
	(void)state;
	for (i = 0; i < 2; i++) {
		json_t *r = conv_file(files[i]);
		json_t *about = json_array_get(json_object_get(r, "about"), 0);
		assert_string_equal(json_string_value(json_object_get(json_object_get(r, "dateline"), "location")),
		                    "\xD9\x88\xD8\xA7\xD8\xAF\xD9\x8A \xD8\xA7\xD9\x84\xD9\x86\xD8\xAE\xD9\x8A\xD9\x84");
		assert_int_equal(body_count(r), 3);
		/* افتتحت, وقالت, وتفتح */
		assert_true(!strncmp(body_text(r, 0), "\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xAD\xD8\xAA ", 13));
		assert_true(!strncmp(body_text(r, 1), "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA ", 11));
		assert_true(!strncmp(body_text(r, 2), "\xD9\x88\xD8\xAA\xD9\x81\xD8\xAA\xD8\xAD ", 11));
		/* the About section holds its paragraph, and nothing of the body */
		assert_non_null(about);
		assert_int_equal(json_array_size(json_object_get(about, "paragraphs")), 1);
		json_decref(r);
	}
}

/* Made by tests/data/pdf/make_rtl_runs.py: Persian and Hebrew releases
 * printed by Chromium with dir='rtl' and without. Convention
 * pdf.rtl_zwnj_kept: the zero-width non-joiner of Persian words
 * ("راه\u200Cاندازی", "می\u200Cکند") stays in the word, neither dropped
 * nor a space. Convention pdf.rtl_number_runs: a number written left to
 * right in a right-to-left line keeps the order it was written in: after
 * Persian letters the hyphen's groups come back in order
 * ("026-5550-1177", not "1177-5550-026"), a plus sign drawn at the
 * number's right end goes before it, in Hebrew lines too, where the
 * groups were drawn in order and stay. */
static const char *phone_at(json_t *r, size_t i)
{
	return json_string_value(json_object_get(json_array_get(json_object_get(r, "contacts"), i), "phone"));
}

static void rtl_text_runs(void **state)
{
	json_t *r;
	(void)state;
	r = conv_file("rtl-runs-fa-rtlpage.pdf");
	/* ... آب\u200Cشناسی تازه\u200Cای راه\u200Cاندازی کرد */
	assert_non_null(strstr(pm_test_str(r, "headline"), "\xD8\xB1\xD8\xA7\xD9\x87\xE2\x80\x8C\xD8\xA7\xD9\x86\xD8\xAF\xD8\xA7\xD8\xB2\xDB\x8C"));
	/* می\u200Cکند. */
	assert_non_null(strstr(body_text(r, 0), "\xD9\x85\xDB\x8C\xE2\x80\x8C\xDA\xA9\xD9\x86\xD8\xAF."));
	assert_string_equal(phone_at(r, 0), "026-5550-1177");
	assert_string_equal(phone_at(r, 1), "+98-26-5550-1188");
	json_decref(r);
	r = conv_file("rtl-runs-fa-ltrpage.pdf");
	/* باران\u200Cدشت */
	assert_non_null(strstr(pm_test_str(r, "headline"), "\xD8\xA8\xD8\xA7\xD8\xB1\xD8\xA7\xD9\x86\xE2\x80\x8C\xD8\xAF\xD8\xB4\xD8\xAA"));
	assert_null(strstr(body_text(r, 0), "\xD8\xA8\xD8\xA7\xD8\xB1\xD8\xA7\xD9\x86 "));
	assert_string_equal(phone_at(r, 0), "031-5557-2040");
	json_decref(r);
	r = conv_file("rtl-runs-he-ltrpage.pdf");
	assert_string_equal(phone_at(r, 0), "04-555-0123");
	assert_string_equal(phone_at(r, 1), "+972-4-555-0124");
	json_decref(r);
}

/* ---- paragraphs ----------------------------------------------------- */

static void paragraphs_joined_across_lines(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "Harbour pilots sign a new safety charter"},
		BODY(1, 130, "The pilots of the northern harbour signed a charter on"),
		BODY(1, 144, "Monday that sets new rules for the boarding of large"),
		BODY(1, 158, "vessels in bad weather and at night."),
		BODY(1, 186, "The charter was drafted over two years with the crews"),
		BODY(1, 200, "and the port authority, and it takes effect in June."),
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	(void)state;
	assert_string_equal(pm_test_str(r, "headline"), "Harbour pilots sign a new safety charter");
	assert_int_equal(body_count(r), 2);
	assert_string_equal(body_text(r, 0), "The pilots of the northern harbour signed a charter on Monday that sets "
	                                     "new rules for the boarding of large vessels in bad weather and at night.");
	assert_string_equal(body_text(r, 1), "The charter was drafted over two years with the crews and the port "
	                                     "authority, and it takes effect in June.");
	json_decref(r);
}

/* Convention pdf.selection_from_outside: a paragraph whose text bleeds
 * off the page's left edge (its first glyphs start left of the page, a
 * box set partly outside it) is the block nearest the page's top-left
 * corner; a selection dragged from that corner started there, and the
 * title read before it, over the text and further from the corner, was
 * lost. Read from outside the page, both are there, in order. */
static void text_bleeding_off_the_page(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 180, 90, "Lantern makers reopen the old quay works"},
		{1, COURIER, 11, -3, 130, "Wharfside glassworks in Pellingford reopened on"},
		{1, COURIER, 11, -3, 144, "Friday after nine years, with eleven makers back"},
		{1, COURIER, 11, -3, 158, "at the furnaces and a shop open to visitors."},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *text = pm_test_str(r, "text"), *title, *para;
	(void)state;
	title = text ? strstr(text, "Lantern makers reopen the old quay works") : NULL;
	para = text ? strstr(text, "Wharfside glassworks in Pellingford") : NULL;
	assert_non_null(title);
	assert_non_null(para);
	assert_true(title < para);
	json_decref(r);
}

/* A PDF/A's output intent (an ICC profile for colour) is hidden from the
 * text reading, which needs no colour, by renaming the catalog's key in a
 * copy of the file: the text read is the same, the copy's offsets intact,
 * and the same key printed on the page (inside a content stream, not the
 * catalog's) is left as it is. The profile here is a stream that is no
 * ICC profile (poppler's colour set-up fails quietly, as it would on a
 * damaged one). */
static void output_intent_hidden_from_text(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 18, 72, 90, "Ferndale library opens a seed exchange"},
		BODY(1, 130, "The public library of Ferndale lends vegetable seeds from"),
		BODY(1, 144, "April; borrowers bring back seeds from their own harvest."),
		BODY(1, 172, "The catalog key /OutputIntents [ is printed here as text."),
	};
	const size_t n = sizeof L / sizeof L[0];
	json_t *plain, *intent;
	size_t i;
	(void)state;
	plain = conv_lines(L, n, 1, NULL);
	catalog_extra = "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) "
	                "/DestOutputProfile 7 0 R >>] ";
	intent = conv_lines(L, n, 1, NULL);
	catalog_extra = NULL;
	assert_string_equal(pm_test_str(intent, "headline"), "Ferndale library opens a seed exchange");
	assert_int_equal(body_count(intent), body_count(plain));
	assert_true(body_count(plain) >= 2);
	for (i = 0; i < body_count(plain); i++)
		assert_string_equal(body_text(intent, i), body_text(plain, i));
	assert_non_null(strstr(body_text(intent, body_count(intent) - 1), "/OutputIntents ["));
	json_decref(plain);
	json_decref(intent);
}

/* Text drawn in an ICC-based colour space (and an inline image in it) is
 * read as the same text drawn in black: the copy read for text makes the
 * profile unreadable (its stream's /Filter key renamed, same length), and
 * poppler then falls back to the space's alternate, same components, so
 * the image spans the same bytes. A reference that names no ICC stream
 * (the ToUnicode CMap, object 7: no /N) is left alone. */
static void icc_profile_hidden_from_text(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 18, 72, 90, "Orchard valley co-op opens a cider press"},
		BODY(1, 130, "The growers of the valley share a press from September;"),
		BODY(1, 144, "members bring their apples and take home the juice."),
	};
	const size_t n = sizeof L / sizeof L[0];
	json_t *plain, *icc, *wrong;
	size_t i;
	(void)state;
	plain = conv_lines(L, n, 1, NULL);
	page_resources_extra = "/ColorSpace << /CS0 [/ICCBased 12 0 R] /CS1 [/ICCBased 7 0 R] >> ";
	extra_object = "<< /N 3 /Alternate /DeviceRGB /Filter /ASCIIHexDecode /Length 24 >>\nstream\n"
	               "0011223344556677 8899AA>\nendstream";
	first_page_drawing = "/CS0 cs 0.2 0.4 0.6 scn /CS0 CS 0 0 1 SCN\n"
	                     "q 20 0 0 10 40 40 cm BI /W 2 /H 1 /BPC 8 /CS /CS0 ID \x45\x49()'Z EI Q\n";
	icc = conv_lines(L, n, 1, NULL);
	first_page_drawing = "/CS1 cs 0.5 scn\n";
	wrong = conv_lines(L, n, 1, NULL);
	page_resources_extra = NULL;
	extra_object = NULL;
	first_page_drawing = NULL;
	assert_string_equal(pm_test_str(icc, "headline"), "Orchard valley co-op opens a cider press");
	assert_true(body_count(plain) >= 1);
	assert_int_equal(body_count(icc), body_count(plain));
	assert_int_equal(body_count(wrong), body_count(plain));
	for (i = 0; i < body_count(plain); i++) {
		assert_string_equal(body_text(icc, i), body_text(plain, i));
		assert_string_equal(body_text(wrong, i), body_text(plain, i));
	}
	json_decref(plain);
	json_decref(icc);
	json_decref(wrong);
}

/* List items whose markers are drawings: indented lines, each item closed
 * by ';', the first filling its line. Each item is an entry. */
static void drawn_bullet_items(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "The town sets out its plans for the year"},
		BODY(1, 130, "The council voted on Monday for a budget of two parts:"),
		{1, HELV, 11, 100, 144, "the renovation of the pools and the new nordic basin;"},
		{1, HELV, 11, 100, 158, "the cycle lanes between the centre and the west side;"},
		{1, HELV, 11, 100, 172, "the library that opens its doors on Sundays."},
		BODY(1, 200, "The vote was unanimous and the works begin in June."),
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	(void)state;
	assert_int_equal(body_count(r), 5);
	assert_string_equal(body_text(r, 1), "the renovation of the pools and the new nordic basin;");
	assert_string_equal(body_text(r, 2), "the cycle lanes between the centre and the west side;");
	json_decref(r);
}

/* Shapes for first_page_drawing, at points from the page's top-left:
 * a filled disc (four Bezier arcs), a filled square, a filled box. */
static void draw_disc(pm_buf *b, double cx, double cy, double r)
{
	double k = 0.5523 * r, y = 792 - cy;
	pm_buf_printf(b, "%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
	                 "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c f\n",
	              cx + r, y, cx + r, y + k, cx + k, y + r, cx, y + r, cx - k, y + r, cx - r, y + k, cx - r, y,
	              cx - r, y - k, cx - k, y - r, cx, y - r, cx + k, y - r, cx + r, y - k, cx + r, y);
}

static void draw_box(pm_buf *b, double x0, double y0, double x1, double y1)
{
	pm_buf_printf(b, "%.2f %.2f %.2f %.2f re f\n", x0, 792 - y1, x1 - x0, y1 - y0);
}

/* Items in Courier 11 at x = 100 under body lines at 72: a marker sits at
 * the middle of the x-height, 3.3 points over the baseline y. */
#define ITEM(yy, s) {1, COURIER, 11, 100, yy, s}

static json_t *conv_drawn(const tline *L, size_t n, const pm_buf *drawing)
{
	json_t *r;
	first_page_drawing = drawing ? drawing->data : NULL;
	r = conv_lines(L, n, 1, NULL);
	first_page_drawing = NULL;
	return r;
}

static const char *body_type_of(json_t *r, size_t i)
{
	return json_string_value(json_object_get(json_array_get(json_object_get(r, "body"), i), "type"));
}

/* List items whose bullets are drawn as shapes (a filled disc, a filled
 * square), which the text layer does not hold: every marked line opens
 * an item, however full the line before it, and an item's lines without
 * a marker go on with it. Items fill their lines and end without
 * punctuation, so that nothing in the text says where one ends. (Items
 * that open in lower case after a line without punctuation are not
 * looked for: a quotation's wrapped lines have that shape too, and
 * looking costs a rendering of the page.) */
static void drawn_shape_bullets(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "The village fund chooses its first projects"},
		BODY(1, 130, "The village fund met on Tuesday and chose the first projects it will"),
		BODY(1, 144, "pay for this year from the gifts of the last two winters, namely:"),
		ITEM(158, "New roofs for both halls of the school and for the old chapel"),
		ITEM(172, "A footpath from the station to the river, lit along its whole"),
		ITEM(186, "length and wide enough for prams and for wheelchairs"),
		ITEM(200, "A shelter at the bus stop by the green, with a bench and a map"),
		ITEM(214, "Books and games for the youth club that meets in the old forge"),
		BODY(1, 228, "The works start in the spring. Next year the fund will look at:"),
		ITEM(242, "A room for the doctor who comes to the village on two mornings"),
		ITEM(256, "a week and on the first Saturday of every month, all year round"),
		ITEM(270, "A bus to the market town on Saturdays for those who cannot drive"),
		BODY(1, 284, "The treasurer will report on the works at the autumn fair, when the"),
		BODY(1, 298, "village votes on the next year's projects."),
	};
	pm_buf dr;
	json_t *r;
	(void)state;
	pm_buf_init(&dr);
	draw_disc(&dr, 88, 158 - 3.3, 2.2);
	draw_disc(&dr, 88, 172 - 3.3, 2.2);
	draw_disc(&dr, 88, 200 - 3.3, 2.2);
	draw_disc(&dr, 88, 214 - 3.3, 2.2);
	draw_box(&dr, 86, 242 - 5.3, 90, 242 - 1.3);
	draw_box(&dr, 86, 270 - 5.3, 90, 270 - 1.3);
	r = conv_drawn(L, sizeof L / sizeof L[0], &dr);
	pm_buf_free(&dr);
	assert_int_equal(body_count(r), 9);
	assert_string_equal(body_type_of(r, 0), "paragraph");
	assert_string_equal(body_text(r, 1), "New roofs for both halls of the school and for the old chapel");
	assert_string_equal(body_type_of(r, 1), "list_item");
	assert_string_equal(body_text(r, 2), "A footpath from the station to the river, lit along its whole length "
	                                     "and wide enough for prams and for wheelchairs");
	assert_string_equal(body_type_of(r, 2), "list_item");
	assert_string_equal(body_text(r, 3), "A shelter at the bus stop by the green, with a bench and a map");
	assert_string_equal(body_text(r, 4), "Books and games for the youth club that meets in the old forge");
	assert_string_equal(body_type_of(r, 4), "list_item");
	assert_string_equal(body_type_of(r, 5), "paragraph");
	assert_string_equal(body_text(r, 6), "A room for the doctor who comes to the village on two mornings a week "
	                                     "and on the first Saturday of every month, all year round");
	assert_string_equal(body_type_of(r, 6), "list_item");
	assert_string_equal(body_text(r, 7), "A bus to the market town on Saturdays for those who cannot drive");
	assert_string_equal(body_type_of(r, 7), "list_item");
	assert_string_equal(body_text(r, 8), "The treasurer will report on the works at the autumn fair, when the "
	                                     "village votes on the next year's projects.");
	assert_string_equal(body_type_of(r, 8), "paragraph");
	json_decref(r);
}

/* Shapes beside text that are no list markers change nothing: a dot
 * beside one indented paragraph (decoration: a list has two items), a
 * rule down the side of a quotation, the points of a chart beside its
 * small labels, and a numbered list whose numbers are text. The record
 * is the one the same lines give without the drawings. */
static void drawn_shapes_that_are_no_markers(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "The river trust reports a cleaner summer"},
		BODY(1, 130, "The river trust published its summer report on Friday, with the"),
		BODY(1, 144, "counts of its volunteers at the twelve places they watch each week"),
		BODY(1, 158, "and the words of the chair, who spoke at the weir:"),
		ITEM(172, "This is the first summer in ten years that the otters came back"),
		ITEM(186, "to the lower reaches, and they came back because the water is"),
		ITEM(200, "clean enough for the fish they eat again, said the chair."),
		BODY(1, 214, "The trust's counts rose at nine of the twelve places. Its report"),
		BODY(1, 228, "says that three changes made the difference over the summer:"),
		ITEM(242, "1. The two farms above the weir fenced their cattle off the bank"),
		{1, COURIER, 11, 119.8, 256, "and planted willows where the bank had fallen in last winter"},
		ITEM(270, "2. The town's storm drains no longer overflow into the river"),
		{1, COURIER, 7, 330, 300, "14"},
		{1, COURIER, 7, 380, 290, "18"},
		{1, COURIER, 7, 430, 282, "23"},
		BODY(1, 320, "A member of the trust said the chart shows how far the river came:"),
		ITEM(334, "Nobody thought the counts would rise that fast in one summer, and"),
		ITEM(348, "we will keep counting every week to see whether it lasts."),
		BODY(1, 362, "The report is on the trust's website and at the library."),
	};
	pm_buf dr;
	json_t *plain, *drawn;
	char *a, *b;
	(void)state;
	pm_buf_init(&dr);
	draw_box(&dr, 88, 162, 89.5, 203);        /* a rule down the quotation */
	draw_disc(&dr, 88, 334 - 3.3, 2.2);       /* a dot by one paragraph */
	draw_disc(&dr, 322, 300 - 2.5, 1.8);      /* a chart's points by their labels */
	draw_disc(&dr, 372, 290 - 2.5, 1.8);
	draw_disc(&dr, 422, 282 - 2.5, 1.8);
	plain = conv_drawn(L, sizeof L / sizeof L[0], NULL);
	drawn = conv_drawn(L, sizeof L / sizeof L[0], &dr);
	pm_buf_free(&dr);
	a = json_dumps(json_object_get(plain, "body"), JSON_SORT_KEYS);
	b = json_dumps(json_object_get(drawn, "body"), JSON_SORT_KEYS);
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(b, a);
	free(a);
	free(b);
	json_decref(plain);
	json_decref(drawn);
}

/* A picture over most of the page (a scan, a letterhead or a background
 * printed as one image): the strips that reach onto it are not looked
 * at, since its own pixels stand where a marker would (and looking would
 * decode the whole image); strips off it still are. Here a light
 * picture covers the page's top 430 points: the discs beside the list on
 * it change nothing, those beside the list under it open items. */
static void drawn_markers_on_a_picture_not_looked_at(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "The village fund chooses its first projects"},
		BODY(1, 130, "The village fund met on Tuesday and chose the first projects it will"),
		BODY(1, 144, "pay for this year from the gifts of the last two winters, namely:"),
		ITEM(158, "New roofs for both halls of the school and for the old chapel"),
		ITEM(172, "A footpath from the station to the river, lit along its whole"),
		ITEM(186, "length and wide enough for prams and for wheelchairs"),
		ITEM(200, "A shelter at the bus stop by the green, with a bench and a map"),
		BODY(1, 228, "The works start in the spring and end before the autumn fair."),
		BODY(1, 470, "The fund will look at three more projects in the next year, which"),
		BODY(1, 484, "the village chose at its meeting in the old forge last month:"),
		ITEM(498, "A room for the doctor who comes to the village on two mornings"),
		ITEM(512, "a week and on the first Saturday of every month, all year round"),
		ITEM(526, "A bus to the market town on Saturdays for those who cannot drive"),
		ITEM(540, "Books and games for the youth club that meets in the old forge"),
		BODY(1, 568, "The treasurer will report on the works at the autumn fair, when the"),
		BODY(1, 582, "village votes on the next year's projects."),
	};
	/* a 3 by 2 image of light grey (240), 612 by 430 points from the top */
	static const char picture[] = "q 612 0 0 430 0 362 cm BI /W 3 /H 2 /CS /G /BPC 8 ID "
	                              "\xF0\xF0\xF0\xF0\xF0\xF0\nEI Q\n";
	pm_buf lower, both;
	json_t *plain, *drawn;
	char *a, *b;
	(void)state;
	pm_buf_init(&lower);
	pm_buf_adds(&lower, picture);
	draw_disc(&lower, 88, 498 - 3.3, 2.2);
	draw_disc(&lower, 88, 526 - 3.3, 2.2);
	draw_disc(&lower, 88, 540 - 3.3, 2.2);
	pm_buf_init(&both);
	pm_buf_add(&both, lower.data, lower.len);
	draw_disc(&both, 88, 158 - 3.3, 2.2);
	draw_disc(&both, 88, 172 - 3.3, 2.2);
	draw_disc(&both, 88, 200 - 3.3, 2.2);
	plain = conv_drawn(L, sizeof L / sizeof L[0], &lower);
	drawn = conv_drawn(L, sizeof L / sizeof L[0], &both);
	pm_buf_free(&lower);
	pm_buf_free(&both);
	a = json_dumps(json_object_get(plain, "body"), JSON_SORT_KEYS);
	b = json_dumps(json_object_get(drawn, "body"), JSON_SORT_KEYS);
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(b, a);
	assert_int_equal(body_count(drawn), 9);
	assert_string_equal(body_type_of(drawn, 1), "paragraph");
	assert_string_equal(body_text(drawn, 5), "A room for the doctor who comes to the village on two mornings a week "
	                                         "and on the first Saturday of every month, all year round");
	assert_string_equal(body_type_of(drawn, 5), "list_item");
	assert_string_equal(body_type_of(drawn, 6), "list_item");
	assert_string_equal(body_type_of(drawn, 7), "list_item");
	free(a);
	free(b);
	json_decref(plain);
	json_decref(drawn);
}

/* A table of figures reaches the core as one table block, its cells
 * row by row (the core makes one body entry of it today). */
static void table_block_in_row_order(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "The harbour's traffic grows for a third year"},
		BODY(1, 130, "The harbour counted these vessels over three years:"),
		{1, HELV_BOLD, 11, 72, 156, "Vessels"}, {1, HELV_BOLD, 11, 300, 156, "2022"},
		{1, HELV_BOLD, 11, 380, 156, "2023"}, {1, HELV_BOLD, 11, 460, 156, "2024"},
		{1, HELV, 11, 72, 170, "Container ships"}, {1, HELV, 11, 300, 170, "412"},
		{1, HELV, 11, 380, 170, "455"}, {1, HELV, 11, 460, 170, "501"},
		{1, HELV, 11, 72, 184, "Ferries"}, {1, HELV, 11, 300, 184, "1,210"},
		{1, HELV, 11, 380, 184, "1,180"}, {1, HELV, 11, 460, 184, "1,260"},
		BODY(1, 212, "The figures for this year follow in the spring."),
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL), *b;
	size_t i, tables = 0;
	(void)state;
	b = json_object_get(r, "body");
	for (i = 0; i < json_array_size(b); i++) {
		json_t *e = json_array_get(b, i);
		if (strcmp(json_string_value(json_object_get(e, "type")), "table"))
			continue;
		tables++;
		assert_string_equal(json_string_value(json_object_get(e, "text")),
		                    "Vessels 2022 2023 2024 Container ships 412 455 501 Ferries 1,210 1,180 1,260");
	}
	assert_int_equal(tables, 1);
	assert_string_equal(body_text(r, 0), "The harbour counted these vessels over three years:");
	json_decref(r);
}

static void two_columns_in_reading_order(void **state)
{
	/* Courier 10 (6 points a character): columns 72-282 and 330-540. */
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "Lighthouse museum opens its new wing"},
		{1, COURIER, 10, 72, 130, "The museum of the old lighthouse"},
		{1, COURIER, 10, 72, 142, "opened a new wing on Saturday,"},
		{1, COURIER, 10, 72, 154, "with lenses and logbooks that the"},
		{1, COURIER, 10, 72, 166, "keepers left behind when the light"},
		{1, COURIER, 10, 330, 130, "was automated in the seventies."},
		{1, COURIER, 10, 330, 154, "Entry is free for children under"},
		{1, COURIER, 10, 330, 166, "twelve during the first month."},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *t;
	(void)state;
	t = pm_test_str(r, "text");
	assert_non_null(t);
	/* the left column is read to its end before the right one, and the
	 * sentence cut by the column break is one paragraph again */
	assert_int_equal(body_count(r), 2);
	assert_string_equal(body_text(r, 0), "The museum of the old lighthouse opened a new wing on Saturday, with lenses "
	                                     "and logbooks that the keepers left behind when the light was automated in "
	                                     "the seventies.");
	assert_string_equal(body_text(r, 1), "Entry is free for children under twelve during the first month.");
	json_decref(r);
}

/* Justified columns: the first line of a paragraph, its words spread
 * by spaces wider than an em and placed one by one, is one line of the
 * column, not a column a word (layout.justified_gap); the gutter stays. */
static void justified_words_in_a_column(void **state)
{
	/* Courier 10 (6 points a character): columns 72-282 and 330-540; the
	 * first line's spaces are 36 points, where read_page starts a new
	 * line (a gap wider than 2.5 em) */
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "Harbour guild lights the quay"},
		{1, COURIER, 10, 72, 130, "Harbourside"},
		{1, COURIER, 10, 174, 130, "Lantern"},
		{1, COURIER, 10, 252, 130, "Guild"},
		{1, COURIER, 10, 72, 142, "winter market on the quay on Monday"},
		{1, COURIER, 10, 72, 154, "with stalls of smoked fish and lamp"},
		{1, COURIER, 10, 72, 166, "made by the glassblowers."},
		{1, COURIER, 10, 330, 130, "The fishermen's choir sings at dusk"},
		{1, COURIER, 10, 330, 142, "and the ferry runs late for all the"},
		{1, COURIER, 10, 330, 154, "visitors from the islands."},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	(void)state;
	assert_int_equal(body_count(r), 2);
	assert_string_equal(body_text(r, 0), "Harbourside Lantern Guild winter market on the quay on Monday with "
	                                     "stalls of smoked fish and lamp made by the glassblowers.");
	assert_string_equal(body_text(r, 1), "The fishermen's choir sings at dusk and the ferry runs late for all the "
	                                     "visitors from the islands.");
	json_decref(r);
}

/* Convention pdf.justified_first_word: a justified line stretches all
 * its word spaces alike, so a one-letter first word ("a", Portuguese "o")
 * stands as far from the next word as the others do from theirs; that is
 * no list marker on a tab stop, and its paragraph goes on. A Word "o" on
 * a tab stop, its text spaced as usual, stays a marker. */
static void justified_one_letter_first_word(void **state)
{
	/* Courier 10 (6 points a character): column 72-342; the third line
	 * of each paragraph is set word by word, spread to both margins */
	const tline en[] = {
		{1, HELV_BOLD, 16, 72, 90, "Lantern night on the quay"},
		{1, COURIER, 10, 72, 130, "The lantern guild will light every lamp along"},
		{1, COURIER, 10, 72, 142, "the quay on Friday evening, and at dusk there"},
		{1, COURIER, 10, 72, 154, "a"},
		{1, COURIER, 10, 88.29, 154, "boat"},
		{1, COURIER, 10, 122.57, 154, "from"},
		{1, COURIER, 10, 156.86, 154, "the"},
		{1, COURIER, 10, 185.14, 154, "islands"},
		{1, COURIER, 10, 237.43, 154, "brings"},
		{1, COURIER, 10, 283.71, 154, "the"},
		{1, COURIER, 10, 312, 154, "choir"},
		{1, COURIER, 10, 72, 166, "to sing on the steps of the harbour office."},
		{1, COURIER, 10, 72, 190, "Bring with you:"},
		{1, COURIER, 10, 90, 206, "o"},
		{1, COURIER, 10, 108, 206, "a lantern of your own making"},
	};
	const tline pt[] = {
		{1, HELV_BOLD, 16, 72, 90, "Noite de cantigas na lota"},
		{1, COURIER, 10, 72, 130, "A confraria de pescadores abre a lota ao povo"},
		{1, COURIER, 10, 72, 142, "no s\xC3\xA1" "bado de manh\xC3\xA3, e \xC3\xA0 tarde, no cais velho,"},
		{1, COURIER, 10, 72, 154, "o"},
		{1, COURIER, 10, 88.29, 154, "coro"},
		{1, COURIER, 10, 122.57, 154, "dos"},
		{1, COURIER, 10, 150.86, 154, "pescadores"},
		{1, COURIER, 10, 221.14, 154, "da"},
		{1, COURIER, 10, 243.43, 154, "vila"},
		{1, COURIER, 10, 277.71, 154, "canta"},
		{1, COURIER, 10, 318, 154, "hoje"},
		{1, COURIER, 10, 72, 166, "antes do leil\xC3\xA3o do peixe."},
	};
	json_t *r = conv_lines(en, sizeof en / sizeof en[0], 1, NULL);
	(void)state;
	assert_int_equal(body_count(r), 3);
	assert_string_equal(body_text(r, 0), "The lantern guild will light every lamp along the quay on Friday evening, and "
	                                     "at dusk there a boat from the islands brings the choir to sing on the steps "
	                                     "of the harbour office.");
	assert_string_equal(body_type_of(r, 0), "paragraph");
	assert_string_equal(body_type_of(r, 2), "list_item");
	assert_string_equal(body_text(r, 2), "a lantern of your own making");
	json_decref(r);
	r = conv_lines(pt, sizeof pt / sizeof pt[0], 1, NULL);
	assert_int_equal(body_count(r), 1);
	assert_string_equal(body_text(r, 0), "A confraria de pescadores abre a lota ao povo no s\xC3\xA1"
	                                     "bado de manh\xC3\xA3, e \xC3\xA0 tarde, no cais velho, o coro dos "
	                                     "pescadores da vila canta hoje antes do leil\xC3\xA3o do peixe.");
	json_decref(r);
}

/* A list whose numbers a word processor generated sets each number on a
 * tab stop, its text at the hanging indent: the numbers are markers, not
 * text. Numbers typed with a space are text (a numbered heading). */
static void generated_list_numbers(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "The port sets three goals for the decade"},
		{1, HELV, 10, 72, 130, "The harbour board adopted its plan on Monday. Its goals:"},
		{1, HELV, 10, 90, 150, "1."},
		{1, HELV, 10, 108, 150, "A quay for the ferries that sail to the islands."},
		{1, HELV, 10, 90, 164, "2."},
		{1, HELV, 10, 108, 164, "Electric cranes on the container terminal."},
		{1, HELV_BOLD, 10, 72, 190, "3. Financing"},
		{1, HELV, 10, 72, 204, "The state pays half of the works, the board the rest."},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *t;
	(void)state;
	t = pm_test_str(r, "text");
	assert_non_null(t);
	assert_non_null(strstr(t, "A quay for the ferries"));
	assert_null(strstr(t, "1. A quay"));
	assert_null(strstr(t, "2. Electric"));
	assert_non_null(strstr(t, "3. Financing"));
	json_decref(r);
}

/* A note's number, set smaller and raised after a word, is no part of the
 * word where the page holds the note; a raised figure with no note (an
 * exponent) stays. Courier 11 puts "2022" at 72-98.4. */
static void note_numbers_out_of_words(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "Schools get more teachers of computing"},
		BODY(1, 130, "The plan adds 8,000 teachers by 2022"),
		{1, COURIER, 7, 310, 126, "1"},
		BODY(1, 144, "and a hall of 400 m"),
		{1, COURIER, 7, 197, 140, "2"},
		BODY(1, 158, "for every new school."),
		{1, COURIER, 7, 72, 740, "1 Department for Education, press notice of 12 March."},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *t;
	(void)state;
	t = pm_test_str(r, "text");
	assert_non_null(t);
	assert_non_null(strstr(t, "by 2022 and a hall"));
	assert_non_null(strstr(t, "400 m2"));
	json_decref(r);
}

/* The note a mark points at is the record's note, without its number:
 * its lines under it in its type are the same note, the next number opens
 * the next one; neither is body. */
static void notes_the_text_points_at(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "Harbour bridge opens to cyclists"},
		BODY(1, 130, "The bridge carried 9,000 cyclists in its first week"),
		{1, COURIER, 7, 409, 126, "1"},
		BODY(1, 144, "and the council counts on more in summer"),
		{1, COURIER, 7, 336, 140, "2"},
		BODY(1, 158, "when the ferries run less often, or not at all"),
		{1, COURIER, 7, 376, 154, "3"},
		BODY(1, 172, "in a storm."),
		{1, COURIER, 7, 72, 721, "1 Counted by the loops at both ends of the bridge,"},
		{1, COURIER, 7, 72, 730, "from Monday to Sunday."},
		{1, COURIER, 7, 72, 739, "2 Council transport plan, chapter 4."},
		/* the number drawn alone, its note under it */
		{1, COURIER, 5, 72, 746, "3"},
		{1, COURIER, 7, 76, 752, "Winds over force 8."},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	json_t *notes;
	const char *t;
	(void)state;
	t = pm_test_str(r, "text");
	assert_non_null(t);
	assert_null(strstr(t, "Counted by"));
	assert_null(strstr(t, "Sunday"));
	assert_null(strstr(t, "chapter 4"));
	assert_null(strstr(t, "force 8"));
	assert_non_null(strstr(t, "or not at all in a storm."));
	notes = json_object_get(r, "notes");
	assert_int_equal(json_array_size(notes), 3);
	assert_string_equal(pm_test_str(json_array_get(notes, 2), "text"), "Winds over force 8.");
	assert_string_equal(pm_test_str(json_array_get(notes, 0), "text"),
	                    "Counted by the loops at both ends of the bridge, from Monday to Sunday.");
	assert_string_equal(pm_test_str(json_array_get(notes, 1), "text"), "Council transport plan, chapter 4.");
	assert_int_equal(json_integer_value(json_object_get(json_array_get(notes, 1), "page")), 1);
	json_decref(r);
}

/* The cells of a table row, drawn apart on one baseline: poppler may run
 * them together with nothing between them, but a gap wider than a word
 * space is one, and a gutter parts them. */
static void table_cells_drawn_apart(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "The new council takes its seats"},
		BODY(1, 130, "The members of the new council, by party:"),
		/* drawn column by column, as a layout program draws a table */
		{1, HELV, 10, 90, 160, "Anna Moreau"},
		{1, HELV, 10, 90, 174, "Jon Berg"},
		{1, HELV, 10, 90, 188, "Lea Haas"},
		{1, HELV, 10, 230, 160, "Greens"},
		{1, HELV, 10, 230, 174, "Liberals"},
		{1, HELV, 10, 230, 188, "Greens"},
		{1, HELV, 10, 340, 160, "Paul Weber"},
		{1, HELV, 10, 340, 174, "Ines Costa"},
		{1, HELV, 10, 340, 188, "Tom Roth"},
		{1, HELV, 10, 480, 160, "Liberals"},
		{1, HELV, 10, 480, 174, "Greens"},
		{1, HELV, 10, 480, 188, "Liberals"},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *t;
	(void)state;
	t = pm_test_str(r, "text");
	assert_non_null(t);
	assert_null(strstr(t, "MoreauGreens"));
	assert_null(strstr(t, "GreensPaul"));
	assert_null(strstr(t, "BergLiberals"));
	assert_non_null(strstr(t, "Anna Moreau"));
	json_decref(r);
}

/* Convention furniture.listed: how many items of the record's
 * furniture[] (record 1.2) have this kind, hold text and stand on page
 * (0: any). */
static size_t furniture_count(const json_t *r, const char *kind, const char *text, int page)
{
	const json_t *a = json_object_get(r, "furniture");
	size_t i, n = 0;
	for (i = 0; i < json_array_size(a); i++) {
		const json_t *f = json_array_get(a, i);
		if (!strcmp(pm_test_str(f, "kind"), kind) && strstr(pm_test_str(f, "text"), text) &&
		    (!page || json_integer_value(json_object_get(f, "page")) == page))
			n++;
	}
	return n;
}

static void furniture_across_pages(void **state)
{
	const tline L[] = {
		{1, HELV, 8, 72, 40, "Northwind Ferries - Press Office"},
		{1, HELV_BOLD, 20, 72, 90, "Northwind Ferries adds a night crossing"},
		BODY(1, 130, "Northwind Ferries will run a night crossing between the"),
		BODY(1, 144, "two islands from the first of July, the company said on"),
		BODY(1, 158, "Tuesday, after a summer in which day sailings were full"),
		BODY(1, 172, "and many passengers had to wait for the next day to"),
		{1, HELV, 9, 280, 760, "Page 1 of 3"},
		{2, HELV, 8, 72, 40, "Northwind Ferries - Press Office"},
		BODY(2, 100, "travel with their cars and their freight."),
		BODY(2, 128, "The night ship has cabins for two hundred passengers."),
		{2, HELV, 9, 280, 760, "Page 2 of 3"},
		{3, HELV, 8, 72, 40, "Northwind Ferries - Press Office"},
		BODY(3, 100, "Tickets go on sale at the harbour offices next week."),
		{3, HELV, 9, 280, 760, "Page 3 of 3"},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 3, NULL);
	const char *t = pm_test_str(r, "text");
	(void)state;
	assert_non_null(t);
	assert_null(strstr(t, "Press Office"));
	assert_null(strstr(t, "Page 2"));
	assert_null(strstr(t, "of 3"));
	assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "source"), "pages")), 3);
	/* the paragraph cut by the page break is whole again */
	assert_int_equal(body_count(r), 3);
	assert_non_null(strstr(body_text(r, 0), "wait for the next day to travel with their cars"));
	/* furniture.listed: the running header and the page numbers are
	 * the record's furniture, one item per page; a header set small
	 * this close to the page's edge is, for the layout, in the margin
	 * where a browser prints */
	assert_int_equal(furniture_count(r, "margin", "Northwind Ferries - Press Office", 0), 3);
	assert_int_equal(furniture_count(r, "margin", "Northwind Ferries - Press Office", 2), 1);
	assert_int_equal(furniture_count(r, "page_number", "Page 1 of 3", 1), 1);
	assert_int_equal(furniture_count(r, "page_number", "Page 3 of 3", 3), 1);
	assert_int_equal(json_array_size(json_object_get(r, "furniture")), 6);
	json_decref(r);
}

/* A soft hyphen code drawn as a hyphen (WinAnsi 0xAD in Helvetica, the
 * glyph named "hyphen") is a hyphen in the text, not a hyphenation hint.
 * (The U+00AD that Quartz and Word write through ToUnicode takes the same
 * road in read_page; these WinAnsi fonts cannot produce it.) */
static void visible_soft_hyphen(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "A river school opens its doors"},
		{1, HELV, 11, 72, 130, "The first\xC2\xAD" "ever river school of the valley opened on Monday."},
		{1, HELV, 11, 72, 158, "Its twenty pupils learn to sail, to swim and to read the currents."},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	(void)state;
	assert_string_equal(body_text(r, 0), "The first-ever river school of the valley opened on Monday.");
	json_decref(r);
	{
		/* U+00AD through ToUnicode, drawn with a hyphen's width: a
		 * hyphen; after a hyphen (a non-breaking hyphen as some
		 * producers write it), nothing more */
		const tline M[] = {
			{1, HELV_BOLD, 20, 72, 90, "A river school opens its doors"},
			{1, HELV_TU, 11, 72, 130, "The first\xC2\xAD" "ever school teaches post-\xC2\xAD" "war history."},
			{1, HELV, 11, 72, 158, "Its twenty pupils learn to sail, to swim and to read the currents."},
		};
		r = conv_lines(M, sizeof M / sizeof M[0], 1, NULL);
		assert_string_equal(body_text(r, 0), "The first-ever school teaches post-war history.");
		json_decref(r);
	}
}

/* Convention pdf.symbol_font_pua: a sign set in the Symbol font, which
 * the text layer gives as its glyph's private-use code point (U+F0B0,
 * U+F0D2), is the sign itself: the degree and registered signs, as the
 * DOCX reader gives them for the same w:sym. */
static void symbol_font_pua(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "A water filter for rural schools"},
		{1, SYMBOL_TU, 11, 72, 130, "Filters cool the water to 12\xC2\xB0" "C"},
		{1, HELV, 11, 72, 158, "Its twenty pupils learn to sail, to swim and to read the currents."},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	(void)state;
	assert_non_null(strstr(json_string_value(json_object_get(r, "text")), "Filters cool the water to 12\xC2\xB0" "C"));
	json_decref(r);
}

/* A text layer whose words run together passes through with a
 * pdf.text_layer warning saying what was measured, and the record is
 * partial; the same page with its spaces is ok. */
static void damaged_text_layer_warns(void **state)
{
	const tline bad[] = {
		{1, HELV_BOLD, 20, 72, 90, "Harbour results for the year"},
		{1, HELV, 11, 72, 130, "The harbourboard reported the financialresults of the yearon Monday,"},
		{1, HELV, 11, 72, 144, "which were significantlybetter than expected afterthe difficultwinter,"},
		{1, HELV, 11, 72, 158, "and the profits will besharedwith the crews andthe pensionfund of the"},
		{1, HELV, 11, 72, 172, "harbourworkers, the board saidin a statement publishedyesterday."},
		{1, HELV, 11, 72, 186, "The remainingmoney goes towards the maintenanceof the northern"},
		{1, HELV, 11, 72, 200, "breakwaterand the purchase of another pilotboat for the winterseason."},
	};
	const tline good[] = {
		{1, HELV_BOLD, 20, 72, 90, "Harbour results for the year"},
		{1, HELV, 11, 72, 130, "The harbour board reported the financial results of the year on Monday,"},
		{1, HELV, 11, 72, 144, "which were significantly better than expected after the difficult winter,"},
		{1, HELV, 11, 72, 158, "and the profits will be shared with the crews and the pension fund of the"},
		{1, HELV, 11, 72, 172, "harbour workers, the board said in a statement published yesterday."},
		{1, HELV, 11, 72, 186, "The remaining money goes towards the maintenance of the northern"},
		{1, HELV, 11, 72, 200, "breakwater and the purchase of another pilot boat for the winter season."},
	};
	json_t *r;
	(void)state;
	if (access("/usr/share/hunspell/en_US.dic", R_OK))
		skip();
	r = conv_lines(bad, sizeof bad / sizeof bad[0], 1, NULL);
	assert_true(has_warning(r, "pdf.text_layer"));
	assert_string_equal(pm_test_str(r, "status"), "partial");
	json_decref(r);
	r = conv_lines(good, sizeof good / sizeof good[0], 1, NULL);
	assert_false(has_warning(r, "pdf.text_layer"));
	assert_string_equal(pm_test_str(r, "status"), "ok");
	json_decref(r);
}

/* A letterhead centred above the text (name, line, site, e-mail) is not
 * body, even where no title under it marks it off (layout_letterhead in
 * the core, from the plugin's PM_BL_TOP_BAND). */
static void letterhead_above_the_text(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 12, 250, 60, "Valley Rowing Club"},
		{1, HELV, 11, 262, 76, "Boathouse Lane 4"},
		{1, HELV, 11, 250, 92, "www.valleyrowing.example"},
		{1, HELV, 11, 250, 108, "info@valleyrowing.example"},
		BODY(1, 160, "The rowing club of the valley opens its boathouse to the"),
		BODY(1, 174, "public on Saturday, with boats to try on the river and a"),
		BODY(1, 188, "barbecue on the bank for the members and their guests,"),
		BODY(1, 202, "who are asked to bring a salad or a cake for the table,"),
		BODY(1, 216, "while the club provides the drinks and the grill, and the"),
		BODY(1, 230, "trainers show the new boats bought with last year's grant."),
		BODY(1, 258, "Children can row with a trainer from ten in the morning."),
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *t = pm_test_str(r, "text");
	(void)state;
	assert_non_null(t);
	assert_null(strstr(t, "Boathouse Lane"));
	assert_null(strstr(t, "www.valleyrowing"));
	assert_null(strstr(t, "Valley Rowing Club"));
	assert_non_null(strstr(t, "The rowing club of the valley opens"));
	json_decref(r);
}

/* byline.signature_name_title on a page: the signatory's typed name in
 * parentheses above the title, the two lines centred on each other on the
 * right half of the column under the last paragraph, as official letters
 * sign: two lines of their own (not one wrapped paragraph), the byline,
 * and no part of the body. */
static void signature_flush_right(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 16, 72, 90, "Port authority lifts the berth limits"},
		BODY(1, 130, "The port authority lifted on Monday the limits it had"),
		BODY(1, 144, "set on the eastern berths in March, after the repairs to"),
		BODY(1, 158, "the quay wall were finished and inspected by engineers."),
		BODY(1, 186, "Ships of every size may berth there again from today, and"),
		BODY(1, 200, "the pilots' timetable returns to the one of last year."),
		{1, HELV, 11, 353, 250, "(Tarun V. Okafor)"},
		{1, HELV, 11, 344, 264, "Chief Harbour Master"},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	size_t i;
	(void)state;
	assert_non_null(pm_test_str(r, "byline"));
	assert_string_equal(pm_test_str(r, "byline"), "Tarun V. Okafor");
	assert_int_equal(body_count(r), 2);
	for (i = 0; i < body_count(r); i++)
		assert_null(strstr(body_text(r, i), "Harbour Master"));
	json_decref(r);
}

/* A box floated beside the first paragraph, which flows on under it: the
 * paragraph is read whole, and the box's lines without a sentence (name,
 * office, e-mail) are not body, while the e-mail is still found. */
static void sidebar_beside_a_paragraph(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "Harbour trust opens a ferry terminal"},
		BODY(1, 130, "The harbour trust opened the new ferry"),
		BODY(1, 144, "terminal on Monday, a year after the"),
		BODY(1, 158, "works began, with room for four ships"),
		BODY(1, 172, "and a hall for the passengers who wait"),
		{1, HELV_BOLD, 9, 380, 128, "Harbour Trust"},
		{1, HELV, 9, 380, 140, "Press office"},
		{1, HELV, 9, 380, 152, "press@harbourtrust.example"},
		{1, HELV, 9, 380, 164, "+44 20 7946 0321"},
		BODY(1, 186, "for the night crossing to the islands, which runs again"),
		BODY(1, 200, "from the first of June, when the summer timetable of the"),
		BODY(1, 214, "ferries begins."),
		BODY(1, 242, "Tickets are sold at the terminal and online, as before, and"),
		BODY(1, 256, "the prices stay the same for the whole of the summer."),
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *t = pm_test_str(r, "text");
	(void)state;
	assert_non_null(t);
	assert_string_equal(body_text(r, 0), "The harbour trust opened the new ferry terminal on Monday, a year after the "
	                                     "works began, with room for four ships and a hall for the passengers who "
	                                     "wait for the night crossing to the islands, which runs again from the first "
	                                     "of June, when the summer timetable of the ferries begins.");
	assert_null(strstr(t, "Press office"));
	{
		char *c = json_dumps(json_object_get(r, "contacts"), 0);
		assert_non_null(strstr(c, "press@harbourtrust.example"));
		free(c);
	}
	json_decref(r);
}

static void page_number_forms(void **state)
{
	(void)state;
	assert_true(pdfl_is_page_number("3"));
	assert_true(pdfl_is_page_number("- 3 -"));
	assert_true(pdfl_is_page_number("Page 3 of 7"));
	assert_true(pdfl_is_page_number("page 3"));
	assert_true(pdfl_is_page_number("3/7"));
	assert_true(pdfl_is_page_number("3 / 7"));
	assert_true(pdfl_is_page_number("Seite 2 von 5"));
	assert_true(pdfl_is_page_number("[12]"));
	assert_false(pdfl_is_page_number("2024"  " was a year"));
	assert_false(pdfl_is_page_number("Chapter 3"));
	assert_false(pdfl_is_page_number("2024")); /* a year on a line of its own */
	assert_true(pdfl_is_page_number("Page 1024"));
	assert_false(pdfl_is_page_number("3 pages"));
	assert_false(pdfl_is_page_number(""));
}

/* A single page printed by a browser: date and title at the top, URL and
 * "1/1" at the bottom, in small type in the margins. */
static void browser_print_margins(void **state)
{
	const tline L[] = {
		{1, HELV, 8, 24, 22, "5/6/24, 10:30 AM"},
		{1, HELV, 8, 250, 22, "Quarry trail reopens"},
		{1, HELV_BOLD, 20, 72, 90, "Quarry trail reopens after repairs"},
		BODY(1, 130, "The quarry trail reopened on Friday after six weeks of"),
		BODY(1, 144, "repairs to its bridges and its drainage."),
		{1, HELV, 8, 24, 778, "https://example.org/news/quarry-trail"},
		{1, HELV, 8, 570, 778, "1/1"},
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *t = pm_test_str(r, "text");
	(void)state;
	assert_non_null(t);
	assert_null(strstr(t, "10:30"));
	assert_null(strstr(t, "example.org"));
	assert_null(strstr(t, "1/1"));
	assert_string_equal(pm_test_str(r, "headline"), "Quarry trail reopens after repairs");
	/* furniture.listed: what the browser printed, each piece kept */
	assert_int_equal(furniture_count(r, "margin", "5/6/24, 10:30 AM", 1), 1);
	assert_int_equal(furniture_count(r, "margin", "https://example.org/news/quarry-trail", 1), 1);
	assert_int_equal(furniture_count(r, "page_number", "1/1", 1), 1);
	json_decref(r);
}

/* A release label set alone in small type at the very top of the page
 * ("FOR IMMEDIATE RELEASE", "COMMUNIQUÉ DE PRESSE - 3 mars 2025") is the
 * page's own, though it stands where a browser prints its header; what a
 * browser prints there stays out even when it stands alone: the time of
 * printing, or the page's title repeated; so does a generator's header of
 * several lines in the margin. */
static void release_label_in_the_top_margin(void **state)
{
	const tline L[] = {
		{1, HELV, 8, 72, 30, "FOR IMMEDIATE RELEASE"},
		{1, HELV_BOLD, 20, 72, 90, "Harbour ferry adds a night crossing"},
		BODY(1, 130, "The Kellmouth ferry will sail at midnight from May,"),
		BODY(1, 144, "the harbour board said on Tuesday."),
	};
	const tline M[] = {
		{1, HELV, 8, 72, 30, "COMMUNIQU\xC3\x89 DE PRESSE - 3 mars 2025"},
		{1, HELV_BOLD, 20, 72, 90, "La biblioth\xC3\xA8que de Vaudrelle ouvre le dimanche"},
		BODY(1, 130, "La biblioth\xC3\xA8que municipale ouvrira le dimanche"),
		BODY(1, 144, "matin \xC3\xA0 partir du mois d'avril."),
	};
	const tline P[] = {
		{1, HELV, 8, 24, 22, "14/05/2024, 09:12"},
		{1, HELV, 8, 250, 40, "Orchard fair returns"},
		{1, HELV_BOLD, 20, 72, 90, "Orchard fair returns to Dunmere"},
		BODY(1, 130, "The orchard fair returns to Dunmere on Saturday with"),
		BODY(1, 144, "forty growers and a cider press."),
	};
	/* a generator's header stacked beside its logo: two lines in the margin */
	const tline Q[] = {
		{1, HELV, 8, 136, 26, "Bramble Forms 7"},
		{1, HELV, 8, 136, 38, "by Tove Haldane - Bramble Press"},
		{1, HELV_BOLD, 20, 72, 90, "Orchard fair returns to Dunmere"},
		BODY(1, 130, "The orchard fair returns to Dunmere on Saturday with"),
		BODY(1, 144, "forty growers and a cider press."),
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *t;
	(void)state;
	assert_string_equal(pm_test_str(r, "release"), "FOR IMMEDIATE RELEASE");
	json_decref(r);
	r = conv_lines(M, sizeof M / sizeof M[0], 1, NULL);
	assert_non_null(pm_test_str(r, "release"));
	assert_non_null(strstr(pm_test_str(r, "release"), "COMMUNIQU\xC3\x89 DE PRESSE"));
	assert_string_equal(pm_test_str(r, "date"), "2025-03-03");
	json_decref(r);
	r = conv_lines(P, sizeof P / sizeof P[0], 1, NULL);
	t = pm_test_str(r, "text");
	assert_non_null(t);
	assert_null(strstr(t, "09:12"));
	assert_null(strstr(t, "Orchard fair returns\n"));
	assert_string_equal(pm_test_str(r, "headline"), "Orchard fair returns to Dunmere");
	json_decref(r);
	r = conv_lines(Q, sizeof Q / sizeof Q[0], 1, NULL);
	t = pm_test_str(r, "text");
	assert_non_null(t);
	assert_null(strstr(t, "Bramble Forms 7"));
	assert_null(strstr(t, "by Tove Haldane"));
	json_decref(r);
}

/* ---- hyphens: left to the core, both outcomes ------------------------ */

static void line_end_hyphens(void **state)
{
	const tline L[] = {
		{1, HELV_BOLD, 20, 72, 90, "La commune lance un plan contre les inondations"},
		BODY(1, 130, "La commune a présenté lundi un plan de prévention qui"),
		BODY(1, 144, "rejette tout extré-"),
		BODY(1, 158, "misme dans le choix des ouvrages et privilégie les digues"),
		BODY(1, 172, "existantes, dont le coût avait été longtemps sous-"),
		BODY(1, 186, "estimée par les services de la ville et de la région."),
		BODY(1, 214, "Les habitants pourront consulter le dossier à la mairie."),
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	const char *b;
	(void)state;
	assert_string_equal(pm_test_str(r, "language"), "fr");
	b = body_text(r, 0);
	assert_non_null(strstr(b, "tout extrémisme dans"));
	assert_non_null(strstr(b, "longtemps sous-estimée par"));
	json_decref(r);
}

/* The plugin itself hands the core the hyphen as written. */
static int cap_text(pm_sink *s, const char *t, size_t n)
{
	pm_buf_add((pm_buf *)s, t, n);
	return 0;
}
static int cap_line_end(pm_sink *s, int kind)
{
	pm_buf_adds((pm_buf *)s, kind == PM_LINE_WRAP ? "<W>" : "<B>");
	return 0;
}
static int cap_begin(pm_sink *s, const pm_block_info *i)
{
	pm_buf_printf((pm_buf *)s, "[%d]", i->type);
	return 0;
}
static int cap_none(pm_sink *s)
{
	return 0;
}
static int cap_kv(pm_sink *s, const char *k, const char *v)
{
	return 0;
}
static int cap_int(pm_sink *s, int v)
{
	return 0;
}
static int cap_str(pm_sink *s, const char *v)
{
	return 0;
}
static int cap_warn(pm_sink *s, const char *c, const char *m)
{
	pm_buf_printf((pm_buf *)s, "{%s}", c);
	return 0;
}
static int cap_fail(pm_sink *s, int st, const char *m)
{
	pm_buf_printf((pm_buf *)s, "{fail %d}", st);
	return 0;
}
static int cap_cell(pm_sink *s, int r)
{
	return 0;
}

static int extract_raw(const char *pdf, size_t len, pm_buf *out, unsigned max_pages)
{
	pm_limits lim;
	pm_host h = {sizeof h, PM_PLUGIN_ABI, &lim, cap_begin, cap_text, cap_line_end, cap_cell, cap_str,
	             cap_none, cap_kv, cap_int, cap_str, cap_warn, cap_fail, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
	pm_input in = {sizeof in, (const unsigned char *)pdf, len, "t.pdf"};
	pm_limits_default(&lim);
	lim.max_pages = max_pages;
	return pressmill_plugin_entry_pdf()->extract(&in, &h, (pm_sink *)out);
}

static void hyphen_emitted_intact(void **state)
{
	const tline L[] = {
		BODY(1, 130, "A first line that ends with a broken com-"),
		BODY(1, 144, "pound and a second line that ends the sentence."),
	};
	size_t len;
	char *pdf = make_pdf(L, 2, 1, NULL, &len);
	pm_buf out;
	(void)state;
	pm_buf_init(&out);
	assert_int_equal(extract_raw(pdf, len, &out, 0), PM_OK);
	assert_non_null(out.data);
	assert_non_null(strstr(out.data, "broken com-<W>pound"));
	pm_buf_free(&out);
	free(pdf);
}

/* ---- properties and warnings ------------------------------------------ */

static void properties(void **state)
{
	const tline L[] = {BODY(1, 100, "Properties are read from the Info dictionary of this file.")};
	json_t *r = conv_lines(L, 1, 1,
	                       "/Title (Spring fair programme) /Author (Town of Elmstead) /Subject (Fair) "
	                       "/Keywords (fair, spring) /Creator (Writer) /Producer (Hand-made) "
	                       "/CreationDate (D:20240506103000+02'00') /ModDate (D:20240507090000Z)");
	json_t *p = json_object_get(json_object_get(r, "source"), "properties");
	(void)state;
	assert_string_equal(json_string_value(json_object_get(p, "title")), "Spring fair programme");
	assert_string_equal(json_string_value(json_object_get(p, "author")), "Town of Elmstead");
	assert_string_equal(json_string_value(json_object_get(p, "keywords")), "fair, spring");
	assert_string_equal(json_string_value(json_object_get(p, "producer")), "Hand-made");
	assert_string_equal(json_string_value(json_object_get(p, "created")), "2024-05-06T10:30:00+02:00");
	assert_string_equal(json_string_value(json_object_get(p, "modified")), "2024-05-07T09:00:00Z");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "source"), "pages")), 1);
	json_decref(r);
}

static void no_text_layer(void **state)
{
	json_t *r = conv_lines(NULL, 0, 2, NULL);
	(void)state;
	/* a record with no text fails (no_text), saying why; the warning stays */
	assert_string_equal(pm_test_str(r, "status"), "failed");
	assert_string_equal(json_string_value(json_object_get(json_object_get(r, "error"), "code")),
	                    "no_text");
	assert_non_null(strstr(json_string_value(json_object_get(json_object_get(r, "error"), "message")),
	                       "without a text layer"));
	assert_true(has_warning(r, "pdf.no_text_layer"));
	json_decref(r);
}

static void legacy_font_soup(void **state)
{
	/* What a Preeti-style font without a Unicode mapping extracts as */
	const tline L[] = {
		BODY(1, 100, "k|]; lj1lKt g]kfn On]lS6\xC2\xABs kfj/ nfO6 tyf g]kfn"),
		BODY(1, 114, "sGHo'd/ On]S6\xC2\xAB]lgS; P08 xf]d cKnfoG;]; cGt/f{li6\xC2\xABo"),
		BODY(1, 128, "k|bz{gL @)*# cfof]hgf x'Fb} sf7df8f}+ ldl8of :k]; ;f]n';G;"),
		BODY(1, 142, "k|f=ln= PlShla;g P08 6\xC2\xAB]8 ;le{;]; OlG8of k|f=ln= tyf"),
	};
	json_t *r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	(void)state;
	assert_true(has_warning(r, "pdf.unreliable_text"));
	assert_string_equal(pm_test_str(r, "status"), "partial");
	json_decref(r);
	/* and plain prose does not trip it */
	r = conv_lines((const tline[]){BODY(1, 100, "Plain words, with a comma; and 3 numbers: 1/2, don't.")}, 1, 1, NULL);
	assert_false(has_warning(r, "pdf.unreliable_text"));
	json_decref(r);
}

static void page_limit(void **state)
{
	const tline L[] = {BODY(1, 100, "First page."), BODY(2, 100, "Second page."), BODY(3, 100, "Third page.")};
	size_t len;
	char *pdf = make_pdf(L, 3, 3, NULL, &len);
	json_t *r = conv_lim(pdf, len, "t.pdf", 2);
	(void)state;
	assert_true(has_warning(r, "pdf.page_limit"));
	assert_null(strstr(pm_test_str(r, "text"), "Third"));
	assert_non_null(strstr(pm_test_str(r, "text"), "Second"));
	json_decref(r);
	free(pdf);
}

static void stop_when_told(void **state)
{
	/* a host whose first text call says stop: extract returns at once */
	const tline L[] = {BODY(1, 100, "One."), BODY(1, 130, "Two."), BODY(2, 100, "Three.")};
	size_t len;
	char *pdf = make_pdf(L, 3, 2, NULL, &len);
	(void)state;
	{
		json_t *r;
		pm_options o;
		pm_context *ctx;
		pm_options_init(&o);
		o.plugin_path = PM_BUILD_DIR "/lib/pressmill/plugins";
		o.no_default_plugin_dir = 1;
		o.limits.max_text_bytes = 3;
		ctx = pm_context_new(&o);
		r = pm_convert_buffer(ctx, pdf, len, "t.pdf");
		assert_non_null(r);
		assert_true(has_warning(r, "limit.text"));
		json_decref(r);
		pm_context_free(ctx);
	}
	free(pdf);
}

static void corrupt_and_encrypted(void **state)
{
	static const char junk[] = "%PDF-1.4\nthis is not a PDF body at all\n%%EOF\n";
	char path[4096];
	FILE *f;
	char buf[65536];
	size_t n;
	json_t *r = conv_lim(junk, sizeof junk - 1, "bad.pdf", 0);
	(void)state;
	assert_string_equal(pm_test_str(r, "status"), "failed");
	assert_string_equal(error_code(r), "corrupt");
	json_decref(r);
	/* user password: encrypted; owner password only: read */
	snprintf(path, sizeof path, "%s/tests/data/pdf/user-password.pdf", PM_SOURCE_DIR);
	f = fopen(path, "rb");
	assert_non_null(f);
	n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	r = conv_lim(buf, n, "enc.pdf", 0);
	assert_string_equal(pm_test_str(r, "status"), "failed");
	assert_string_equal(error_code(r), "encrypted");
	json_decref(r);
	snprintf(path, sizeof path, "%s/tests/data/pdf/owner-password.pdf", PM_SOURCE_DIR);
	f = fopen(path, "rb");
	assert_non_null(f);
	n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	r = conv_lim(buf, n, "own.pdf", 0);
	assert_string_not_equal(pm_test_str(r, "status"), "failed");
	assert_non_null(strstr(pm_test_str(r, "text"), "owner password"));
	json_decref(r);
}

/* ---- layout on lines made by hand ------------------------------------- */

/* Convention furniture.page_footer: a one-page release's footer, which
 * no repetition shows, is found by its place (below the text), its type
 * (smaller than the body's) and its words (a postal address: names
 * and figures). A sentence set small at the foot stays. */
static void footer_out_sentence_kept(const tline *L, size_t n, const char *footer, const char *sentence,
                                     const char *last_body)
{
	json_t *r = conv_lines(L, n, 1, NULL);
	size_t i, nb = body_count(r);
	bool kept = false;
	for (i = 0; i < nb; i++) {
		assert_null(strstr(body_text(r, i), footer));
		if (strstr(body_text(r, i), sentence))
			kept = true;
	}
	assert_true(kept);
	assert_true(nb >= 2);
	assert_non_null(strstr(body_text(r, nb - 2), last_body));
	/* furniture.listed: the footer is the record's furniture */
	assert_int_equal(furniture_count(r, "footer", footer, 1), 1);
	json_decref(r);
}

static void one_page_footer_by_layout(void **state)
{
	const tline en[] = {
		{1, HELV_BOLD, 20, 72, 90, "Kelsby ferries add a night crossing"},
		BODY(1, 130, "Kelsby Ferries will run a night crossing to the islands"),
		BODY(1, 144, "from the first of June, leaving the quay at eleven."),
		BODY(1, 172, "Tickets go on sale in May at the quay and on the web."),
		BODY(1, 200, "Cyclists travel free on the night boat all summer."),
		{1, HELV, 7, 72, 700, "Printed timetables may change at short notice in bad weather."},
		{1, HELV, 7, 72, 740, "Harbour Arts Trust  PO Box 412  Kelsby ME 04921"},
	};
	const tline de[] = {
		{1, HELV_BOLD, 20, 72, 90, "Hafenkultur zeigt Fotografien vom Kai"},
		BODY(1, 130, "Der Verein Hafenkultur zeigt ab Mai Fotografien aus"),
		BODY(1, 144, "hundert Jahren Hafenarbeit im alten Zollschuppen."),
		BODY(1, 172, "Der Eintritt ist frei, Spenden sind willkommen."),
		{1, HELV, 7, 72, 700, "Die Ausstellung ist montags wegen Reinigung geschlossen."},
		{1, HELV, 7, 72, 740, "Verein Hafenkultur e.V.  Hafenstra\xc3\x9f" "e 12  20457 Hamburg  VR 18834"},
	};
	(void)state;
	footer_out_sentence_kept(en, sizeof en / sizeof en[0], "PO Box 412", "Printed timetables may change",
	                         "Cyclists travel free");
	footer_out_sentence_kept(de, sizeof de / sizeof de[0], "20457 Hamburg", "montags wegen Reinigung",
	                         "Der Eintritt ist frei");
}

/* Convention furniture.site_footer: a web page printed to PDF ends with
 * the site's footer in the body's own type (the organisation, its
 * address, the legal links), below the rest of the last page's text;
 * neither its size nor repetition shows it, its place and its legal
 * links do. Without a legal link the same closing lines stay. */
static void site_footer_body_size(void **state)
{
	const tline en[] = {
		{1, HELV_BOLD, 20, 72, 90, "Orrin Valley choir records its first album"},
		BODY(1, 130, "The Orrin Valley Community Choir has recorded its first"),
		BODY(1, 144, "album in the chapel at Lowbridge over three weekends."),
		BODY(1, 172, "The album goes on sale at the spring concert in April."),
		BODY(1, 200, "Members sing without charge and rehearse every Tuesday."),
		BODY(1, 300, "Orrin Valley Community Choir"),
		BODY(1, 314, "Chapel Row 9, Lowbridge OV4 7HL"),
		BODY(1, 328, "Privacy policy   Terms of use"),
	};
	const tline fr[] = {
		{1, HELV_BOLD, 20, 72, 90, "La chorale de Saint-Aubin enregistre un disque"},
		BODY(1, 130, "La chorale de Saint-Aubin a enregistr\xc3\xa9 son premier"),
		BODY(1, 144, "disque dans l'\xc3\xa9glise du village en trois week-ends."),
		BODY(1, 172, "Le disque sera vendu au concert de printemps."),
		BODY(1, 300, "Chorale de Saint-Aubin"),
		BODY(1, 314, "4 rue du Lavoir, 35250 Saint-Aubin"),
		BODY(1, 328, "Mentions l\xc3\xa9gales"),
	};
	const tline kept[] = {
		{1, HELV_BOLD, 20, 72, 90, "Orrin Valley choir records its first album"},
		BODY(1, 130, "The Orrin Valley Community Choir has recorded its first"),
		BODY(1, 144, "album in the chapel at Lowbridge over three weekends."),
		BODY(1, 172, "The album goes on sale at the spring concert in April."),
		BODY(1, 300, "Orrin Valley Community Choir"),
		BODY(1, 314, "Chapel Row 9, Lowbridge OV4 7HL"),
	};
	json_t *r;
	size_t i, nb;
	bool found = false;
	(void)state;
	r = conv_lines(en, sizeof en / sizeof en[0], 1, NULL);
	nb = body_count(r);
	assert_true(nb >= 2);
	for (i = 0; i < nb; i++) {
		assert_null(strstr(body_text(r, i), "Privacy policy"));
		assert_null(strstr(body_text(r, i), "Chapel Row"));
	}
	assert_non_null(strstr(body_text(r, nb - 1), "Members sing"));
	json_decref(r);
	r = conv_lines(fr, sizeof fr / sizeof fr[0], 1, NULL);
	nb = body_count(r);
	for (i = 0; i < nb; i++) {
		assert_null(strstr(body_text(r, i), "Mentions"));
		assert_null(strstr(body_text(r, i), "35250"));
	}
	assert_non_null(strstr(body_text(r, nb - 1), "concert de printemps"));
	json_decref(r);
	r = conv_lines(kept, sizeof kept / sizeof kept[0], 1, NULL);
	nb = body_count(r);
	for (i = 0; i < nb; i++)
		found = found || strstr(body_text(r, i), "Chapel Row") != NULL;
	assert_true(found);
	json_decref(r);
}

static void layout_side_box(void **state)
{
	/* a box to the right of the body, read after the column it sits by */
	pdfl_doc d;
	pdfl_line l;
	pm_buf out;
	pm_host h = {sizeof h, PM_PLUGIN_ABI, NULL, cap_begin, cap_text, cap_line_end, cap_cell, cap_str,
	             cap_none, cap_kv, cap_int, cap_str, cap_warn, cap_fail, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
	const char *body[] = {"Body line one goes on and on", "body line two goes on and on",
	                      "body line three ends here."};
	int i;
	(void)state;
	pdfl_init(&d);
	pm_buf_init(&out);
	assert_true(pdfl_add_page(&d, 612, 792));
	for (i = 0; i < 3; i++) {
		memset(&l, 0, sizeof l);
		l.x0 = 72, l.x1 = 360, l.y0 = 100 + 14 * i, l.y1 = l.y0 + 11, l.size = 11;
		l.char_w = 6, l.first_w = 24;
		assert_true(pdfl_add_line(&d, &l, body[i], strlen(body[i])));
	}
	memset(&l, 0, sizeof l);
	l.x0 = 420, l.x1 = 540, l.y0 = 100, l.y1 = 111, l.size = 11, l.char_w = 6, l.first_w = 30;
	assert_true(pdfl_add_line(&d, &l, "Side box", 8));
	pdfl_analyse(&d);
	assert_int_equal(pdfl_emit(&d, &h, (pm_sink *)&out), 0);
	assert_string_equal(out.data, "[1]Body line one goes on and on<W>body line two goes on and on<W>body line "
	                              "three ends here.[1]Side box");
	pm_buf_free(&out);
	pdfl_free(&d);
}

/* ---- the hostile corpus: a record each, in bounded time ------------- */

static void hostile_corpus(void **state)
{
	char cmd[8192];
	FILE *p;
	char *line = NULL;
	size_t cap = 0;
	int records = 0;
	(void)state;
	PM_SKIP_WITHOUT_SHARED();
	snprintf(cmd, sizeof cmd,
	         "find '%s/corpus/hostile' -iname '*.pdf' -print0 | sort -z | "
	         "'%s/bin/pressmill' convert --ndjson -q --timeout 10 --files-from - 2>/dev/null",
	         pm_test_shared(), PM_BUILD_DIR);
	p = popen(cmd, "r");
	assert_non_null(p);
	while (getline(&line, &cap, p) > 0) {
		json_error_t e;
		json_t *r = json_loads(line, 0, &e);
		const char *st;
		assert_non_null(r);
		st = pm_test_str(r, "status");
		assert_non_null(st);
		if (!strcmp(st, "failed"))
			assert_non_null(error_code(r));
		records++;
		json_decref(r);
	}
	free(line);
	pclose(p);
	assert_true(records >= 10);
}

/* Link annotations with a URI action are links, with the text under
 * their box, in the block that holds that text; one over no text (a
 * picture) follows the page's last block; a GoTo within the document is
 * no hyperlink; a hostile target is kept as written. */
static void link_annotations(void **state)
{
	static const tline L[] = {
		BODY(1, 100, "The harbour trust opened the new quay on Friday. Read"),
		BODY(1, 114, "the full plan on the trust's site before the meeting."),
		BODY(1, 150, "Questions go to the harbour office by e-mail."),
	};
	json_t *r, *links;
	(void)state;
	/* Courier 11: "the full plan" is characters 0-12 of line 2, x 72 to
	 * 157.8; the baseline at y 114 is 678 from the bottom */
	first_page_annots =
		"<< /Type /Annot /Subtype /Link /Rect [71 675 158 688] /A << /S /URI /URI (https://trust.example/plan) >> >> "
		"<< /Type /Annot /Subtype /Link /Rect [71 639 400 652] /A << /S /URI /URI (javascript:void\\(0\\)) >> >> "
		"<< /Type /Annot /Subtype /Link /Rect [300 300 400 400] /A << /S /URI /URI (https://trust.example/photo) >> >> "
		"<< /Type /Annot /Subtype /Link /Rect [71 639 400 652] /Dest [8 0 R /XYZ 0 792 0] >>";
	r = conv_lines(L, sizeof L / sizeof L[0], 1, NULL);
	first_page_annots = NULL;
	links = json_object_get(r, "links");
	assert_int_equal(json_array_size(links), 3);
	assert_string_equal(json_string_value(json_object_get(json_array_get(links, 0), "url")), "https://trust.example/plan");
	assert_string_equal(json_string_value(json_object_get(json_array_get(links, 0), "text")), "the full plan");
	assert_string_equal(json_string_value(json_object_get(json_array_get(links, 1), "url")), "javascript:void(0)");
	assert_string_equal(json_string_value(json_object_get(json_array_get(links, 1), "text")),
	                    "Questions go to the harbour office by e-mail.");
	assert_string_equal(json_string_value(json_object_get(json_array_get(links, 2), "url")), "https://trust.example/photo");
	assert_true(json_is_null(json_object_get(json_array_get(links, 2), "text")));
	json_decref(r);
}

/* The record of the one-page PDF of lines L with the form fields given
 * (PDF dictionaries' bodies) on its page. */
static json_t *conv_form(const tline *L, size_t n, const char *const *fields)
{
	json_t *r;
	first_page_fields = fields;
	r = conv_lines(L, n, 1, NULL);
	first_page_fields = NULL;
	return r;
}

/* A filled-in form's values are the page's text, at their widgets'
 * places: a text field's value and a list's chosen item; a password's
 * value, a tick box and a value the page already prints under its box
 * (a flattened form) give no words. */
static void form_field_values(void **state)
{
	static const tline L[] = {
		BODY(1, 100, "Application for a mooring at the harbour of Kelowna."),
		BODY(1, 140, "Name of the skipper:"),
		BODY(1, 170, "Length of the boat:"),
		BODY(1, 200, "Mooring season:"),
		BODY(1, 230, "Home port: Westbank"),
	};
	/* the baselines at y 140, 170, 200, 230 are 652, 622, 592, 562 from
	 * the bottom; the boxes stand right of the labels (Courier 11 ends
	 * "Name of the skipper:" at x 204), the last over "Westbank" */
	static const char *const fields[] = {
		"/FT /Tx /T (skipper) /Rect [300 648 520 664] /V (Ingrid Solberg) /DA (/Helv 10 Tf 0 g)",
		"/FT /Tx /T (length) /Rect [300 618 520 634] /V (12.5 metres) /DA (/Helv 10 Tf 0 g)",
		"/FT /Ch /Ff 131072 /T (season) /Rect [300 588 520 604] /Opt [(Winter only) (Summer only) (All year)] "
		"/V (Summer only) /DA (/Helv 10 Tf 0 g)",
		"/FT /Tx /Ff 8192 /T (pin) /Rect [300 500 520 516] /V (letmein42) /DA (/Helv 10 Tf 0 g)",
		"/FT /Btn /T (insured) /Rect [300 470 312 482] /V /Yes /AS /Yes",
		"/FT /Tx /T (port) /Rect [140 558 220 572] /V (Westbank) /DA (/Helv 10 Tf 0 g)",
		NULL,
	};
	json_t *r = conv_form(L, sizeof L / sizeof L[0], fields);
	const char *text = json_string_value(json_object_get(r, "text"));
	(void)state;
	assert_non_null(text);
	assert_non_null(strstr(text, "Ingrid Solberg"));
	assert_non_null(strstr(text, "12.5 metres"));
	assert_non_null(strstr(text, "Summer only"));
	assert_null(strstr(text, "Winter only"));
	assert_null(strstr(text, "letmein42"));
	assert_null(strstr(text, "Yes"));
	/* "Westbank" once: the page prints it under the field's box */
	assert_non_null(strstr(text, "Westbank"));
	assert_null(strstr(strstr(text, "Westbank") + 1, "Westbank"));
	/* each value after its label, in reading order */
	assert_true(strstr(text, "Ingrid Solberg") > strstr(text, "skipper"));
	assert_true(strstr(text, "Summer only") > strstr(text, "Mooring season"));
	json_decref(r);
}

/* Convention pdf.form_value_kept: a field's value set in smaller type
 * than the page's text and made of figures only (a fee, a season typed
 * into the form) is the form's text, after its label; the same figures
 * printed small on the page are a chart's labels, which stay out. */
static void form_values_never_captions(void **state)
{
	static const tline L[] = {
		BODY(1, 100, "Mooring fees at the Tallowmere marina are set each spring by its board."),
		BODY(1, 140, "Mooring fee:"),
		BODY(1, 170, "Discount for members:"),
		{1, COURIER, 7, 72, 300, "2 150.75"},
		BODY(1, 330, "The board meets again in the autumn to review the fees for the winter."),
	};
	/* 7-point values in boxes right of the labels (baselines 652 and
	 * 622 from the bottom) */
	static const char *const fields[] = {
		"/FT /Tx /T (fee) /Rect [300 648 420 660] /V (4,500.00) /DA (/Helv 7 Tf 0 g)",
		"/FT /Tx /T (season) /Rect [300 618 420 630] /V (12.5%) /DA (/Helv 7 Tf 0 g)",
		NULL,
	};
	static const char *const values[] = {"4,500.00", "12.5%"};
	json_t *r = conv_form(L, sizeof L / sizeof L[0], fields);
	const char *text = json_string_value(json_object_get(r, "text"));
	size_t k;
	(void)state;
	assert_non_null(text);
	/* each in the text, after the first label */
	for (k = 0; k < sizeof values / sizeof *values; k++)
		assert_true(strstr(text, values[k]) > strstr(text, "Mooring fee:"));
	/* printed small with figures only, on the page: a label, left out */
	assert_null(strstr(text, "2 150.75"));
	json_decref(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(probe_bids),
		cmocka_unit_test(pdf_named_txt_goes_to_pdf),
		cmocka_unit_test(rtl_page_keeps_first_and_last_lines),
		cmocka_unit_test(rtl_two_column_pages),
		cmocka_unit_test(rtl_text_runs),
		cmocka_unit_test(paragraphs_joined_across_lines),
		cmocka_unit_test(text_bleeding_off_the_page),
		cmocka_unit_test(output_intent_hidden_from_text),
		cmocka_unit_test(icc_profile_hidden_from_text),
		cmocka_unit_test(drawn_bullet_items),
		cmocka_unit_test(drawn_shape_bullets),
		cmocka_unit_test(drawn_shapes_that_are_no_markers),
		cmocka_unit_test(drawn_markers_on_a_picture_not_looked_at),
		cmocka_unit_test(table_block_in_row_order),
		cmocka_unit_test(two_columns_in_reading_order),
		cmocka_unit_test(justified_words_in_a_column),
		cmocka_unit_test(justified_one_letter_first_word),
		cmocka_unit_test(generated_list_numbers),
		cmocka_unit_test(note_numbers_out_of_words),
		cmocka_unit_test(notes_the_text_points_at),
		cmocka_unit_test(table_cells_drawn_apart),
		cmocka_unit_test(furniture_across_pages),
		cmocka_unit_test(page_number_forms),
		cmocka_unit_test(visible_soft_hyphen),
		cmocka_unit_test(symbol_font_pua),
		cmocka_unit_test(damaged_text_layer_warns),
		cmocka_unit_test(letterhead_above_the_text),
		cmocka_unit_test(sidebar_beside_a_paragraph),
		cmocka_unit_test(signature_flush_right),
		cmocka_unit_test(browser_print_margins),
		cmocka_unit_test(release_label_in_the_top_margin),
		cmocka_unit_test(line_end_hyphens),
		cmocka_unit_test(link_annotations),
		cmocka_unit_test(form_field_values),
		cmocka_unit_test(form_values_never_captions),
		cmocka_unit_test(hyphen_emitted_intact),
		cmocka_unit_test(properties),
		cmocka_unit_test(no_text_layer),
		cmocka_unit_test(legacy_font_soup),
		cmocka_unit_test(page_limit),
		cmocka_unit_test(stop_when_told),
		cmocka_unit_test(corrupt_and_encrypted),
		cmocka_unit_test(layout_side_box),
		cmocka_unit_test(one_page_footer_by_layout),
		cmocka_unit_test(site_footer_body_size),
		cmocka_unit_test(hostile_corpus),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
