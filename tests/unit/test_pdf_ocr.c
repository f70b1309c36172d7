/*
 * test_pdf_ocr.c - the PDF plugin's OCR (plugins/pdf/ocr.c) on page images
 * the test draws itself with cairo (text in DejaVu at known sizes, turned,
 * blank, huge) and wraps as image-only PDFs in memory: what Tesseract
 * reads becomes lines with their sizes, a scan is read at its own
 * resolution, a page whose only ink is its text layer's is not read,
 * the pixel limit and the deadline hold, a page turned a
 * quarter is read upright (on the first page read, or on a later one
 * found turned by its reading), a drawn bullet becomes a list marker, and the
 * languages asked for are mapped onto the installed models. Built without
 * Tesseract (make OCR=0), it checks that the plugin says so.
 */
#include "pm_test.h"

#include "../../plugins/pdf/ocr.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <math.h>
#include <poppler.h>

#if PDF_OCR

#include <dlfcn.h>

static cairo_status_t grow(void *closure, const unsigned char *data, unsigned int length)
{
	g_byte_array_append(closure, data, length);
	return CAIRO_STATUS_SUCCESS;
}

typedef struct tline {
	double size;      /* points */
	double x, y;      /* points from the top-left, baseline */
	const char *text;
	int bold;
} tline;

/* The image of a page of pw x ph points at dpi, white, with the lines
 * drawn on it turned by quarter turns (0-3). */
static cairo_surface_t *page_image(double pw, double ph, double dpi, const tline *L, size_t n, int quarter)
{
	int W = (int)lround(pw * dpi / 72), H = (int)lround(ph * dpi / 72);
	cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, quarter % 2 ? H : W, quarter % 2 ? W : H);
	cairo_t *cr = cairo_create(img);
	size_t i;
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	if (quarter == 1) {
		cairo_translate(cr, H, 0);
		cairo_rotate(cr, M_PI / 2);
	} else if (quarter == 2) {
		cairo_translate(cr, W, H);
		cairo_rotate(cr, M_PI);
	}
	cairo_scale(cr, dpi / 72, dpi / 72);
	cairo_set_source_rgb(cr, 0, 0, 0);
	for (i = 0; i < n; i++) {
		cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
		                       L[i].bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
		cairo_set_font_size(cr, L[i].size);
		cairo_move_to(cr, L[i].x, L[i].y);
		cairo_show_text(cr, L[i].text);
	}
	cairo_destroy(cr);
	return img;
}

/* A PDF in memory of npages pages of pw x ph points, each one grey image
 * at dpi holding the lines, page k turned by quarters[k] quarter turns. */
static GByteArray *scan_pages(double pw, double ph, double dpi, const tline *L, size_t n, const int *quarters,
                              size_t npages)
{
	GByteArray *out = g_byte_array_new();
	cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream(grow, out, pw, ph);
	cairo_t *cr = cairo_create(pdf);
	size_t k;
	for (k = 0; k < npages; k++) {
		cairo_surface_t *img = page_image(pw, ph, dpi, L, n, quarters[k]);
		if (quarters[k] % 2)
			cairo_pdf_surface_set_size(pdf, ph, pw);
		else
			cairo_pdf_surface_set_size(pdf, pw, ph);
		cairo_save(cr);
		cairo_scale(cr, 72 / dpi, 72 / dpi);
		cairo_set_source_surface(cr, img, 0, 0);
		cairo_paint(cr);
		cairo_restore(cr);
		cairo_show_page(cr);
		cairo_surface_destroy(img);
	}
	cairo_destroy(cr);
	cairo_surface_finish(pdf);
	cairo_surface_destroy(pdf);
	return out;
}

/* One such page. */
static GByteArray *scan_pdf(double pw, double ph, double dpi, const tline *L, size_t n, int quarter)
{
	return scan_pages(pw, ph, dpi, L, n, &quarter, 1);
}

typedef struct reading {
	GByteArray *pdf;
	PopplerDocument *doc;
	PopplerPage *page;
	pdfo_doc *o;
	pdfl_doc d;
	pdfo_result r;
	pdfo_status st;
} reading;

static const char *guess_en(void *user, const char *t, size_t n)
{
	(void)user;
	(void)n;
	return strstr(t, " le ") || strstr(t, " la ") ? "fr" : "en";
}

static void read_scan(reading *rd, GByteArray *pdf, const pdfo_settings *given)
{
	GError *err = NULL;
	GBytes *bytes;
	pdfo_settings s;
	memset(rd, 0, sizeof *rd);
	memset(&s, 0, sizeof s);
	s.dpi = 300;
	s.max_pixels = PM_OCR_DEFAULT_MAX_PIXELS;
	s.language = guess_en;
	if (given)
		s = *given;
	rd->pdf = pdf;
	bytes = g_bytes_new_static(pdf->data, pdf->len);
	rd->doc = poppler_document_new_from_bytes(bytes, NULL, &err);
	g_bytes_unref(bytes);
	assert_non_null(rd->doc);
	rd->page = poppler_document_get_page(rd->doc, 0);
	assert_non_null(rd->page);
	rd->o = pdfo_new(&s, pdf->data, pdf->len);
	assert_non_null(rd->o);
	pdfl_init(&rd->d);
	rd->st = pdfo_read_page(rd->o, rd->page, NULL, 0, &rd->d, &rd->r);
}

static void reading_free(reading *rd)
{
	pdfl_free(&rd->d);
	pdfo_free(rd->o);
	g_object_unref(rd->page);
	g_object_unref(rd->doc);
	g_byte_array_unref(rd->pdf);
}

/* The line holding needle, or NULL. */
static const pdfl_line *line_with(const pdfl_doc *d, const char *needle)
{
	size_t i;
	if (getenv("TEST_OCR_SHOW"))
		for (i = 0; i < d->n; i++)
			fprintf(stderr, "  |%s| %.1f\n", d->lines[i].text, d->lines[i].size);
	for (i = 0; i < d->n; i++)
		if (strstr(d->lines[i].text, needle))
			return &d->lines[i];
	return NULL;
}

/* The listing's line names the engine and the models without loading
 * Tesseract (issue 15: --resume and the server's version endpoint read
 * the listing); once the library is loaded, its own version. Runs before
 * any test that reads a page. */
static void features_name_the_engine(void **state)
{
	void *h;
	(void)state;
	assert_true(pdfo_available());
	assert_non_null(strstr(pdfo_features(), "ocr: tesseract "));
	assert_non_null(strstr(pdfo_features(), "eng"));
	h = dlopen(PDF_TESSERACT_LIB, RTLD_LAZY | RTLD_NOLOAD);
	if (h)
		dlclose(h);
	assert_null(h);
	assert_true(strlen(pdfo_version()) > 0);
	h = dlopen(PDF_TESSERACT_LIB, RTLD_LAZY | RTLD_NOLOAD);
	assert_non_null(h);
	dlclose(h);
	assert_non_null(strstr(pdfo_features(), "ocr: tesseract "));
	assert_non_null(strstr(pdfo_features(), pdfo_version()));
}

/* Text at two sizes on a scan made at 150 dpi: read at the scan's own
 * resolution, lines in page points, sizes as drawn. */
static void reads_lines_with_sizes_at_the_scans_resolution(void **state)
{
	static const tline L[] = {
		{24, 72, 120, "Harbour board opens new ferry terminal", 0},
		{11, 72, 170, "The harbour board opened its new ferry terminal on Monday, three", 0},
		{11, 72, 186, "months ahead of schedule and within the budget approved last year.", 0},
	};
	reading rd;
	const pdfl_line *title, *body;
	(void)state;
	read_scan(&rd, scan_pdf(612, 792, 150, L, 3, 0), NULL);
	assert_int_equal(rd.st, PDFO_READ);
	assert_int_equal(rd.r.dpi, 150);
	assert_int_equal(rd.d.npages, 1);
	assert_true(fabs(rd.d.pages[0].w - 612) < 1 && fabs(rd.d.pages[0].h - 792) < 1);
	title = line_with(&rd.d, "ferry terminal");
	body = line_with(&rd.d, "ahead of schedule");
	assert_non_null(title);
	assert_non_null(body);
	assert_true(title->size > 24 * 0.85 && title->size < 24 * 1.15);
	assert_true(body->size > 11 * 0.85 && body->size < 11 * 1.15);
	/* where it was drawn: the baseline at 186 points, text from 72 */
	assert_true(fabs(body->x0 - 72) < 3);
	assert_true(body->y1 > 180 && body->y1 < 192);
	assert_true(rd.r.confidence > 80);
	assert_string_equal(pdfo_languages(rd.o), "en");
	reading_free(&rd);
}

/* The same page without ink is not given to Tesseract at all. */
static void blank_page_is_not_read(void **state)
{
	reading rd;
	(void)state;
	read_scan(&rd, scan_pdf(612, 792, 150, NULL, 0, 0), NULL);
	assert_int_equal(rd.st, PDFO_BLANK);
	assert_int_equal(rd.d.n, 0);
	reading_free(&rd);
}

/* A page whose one character is a page number drawn large, as real text:
 * its ink is the text layer's own, and it is not read; the same number
 * on a page that also holds an image of lines is read. */
static void text_layer_ink_is_not_read(void **state)
{
	static const tline L[] = {
		{11, 72, 160, "The district council will close the old bridge to cars from May,", 0},
		{11, 72, 176, "after an inspection found cracks in two of its four arches.", 0},
	};
	int withimage;
	(void)state;
	for (withimage = 0; withimage < 2; withimage++) {
		GByteArray *pdf = g_byte_array_new();
		cairo_surface_t *s = cairo_pdf_surface_create_for_stream(grow, pdf, 612, 792);
		cairo_t *cr = cairo_create(s);
		PopplerRectangle *boxes = NULL;
		guint nboxes = 0;
		reading rd;
		if (withimage) {
			cairo_surface_t *img = page_image(612, 792, 150, L, 2, 0);
			cairo_save(cr);
			cairo_scale(cr, 72.0 / 150, 72.0 / 150);
			cairo_set_source_surface(cr, img, 0, 0);
			cairo_paint(cr);
			cairo_restore(cr);
			cairo_surface_destroy(img);
		}
		cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
		cairo_set_font_size(cr, 300);
		cairo_move_to(cr, 220, 700);
		cairo_show_text(cr, "7");
		cairo_destroy(cr);
		cairo_surface_finish(s);
		cairo_surface_destroy(s);
		read_scan(&rd, pdf, NULL);
		/* read_scan read it without the layer's boxes: the digit is ink */
		assert_int_equal(rd.st, PDFO_READ);
		assert_true(poppler_page_get_text_layout(rd.page, &boxes, &nboxes));
		assert_true(nboxes >= 1);
		pdfl_free(&rd.d);
		pdfl_init(&rd.d);
		rd.st = pdfo_read_page(rd.o, rd.page, boxes, nboxes, &rd.d, &rd.r);
		g_free(boxes);
		if (withimage) {
			assert_int_equal(rd.st, PDFO_READ);
			assert_non_null(line_with(&rd.d, "old bridge"));
		} else {
			assert_int_equal(rd.st, PDFO_BLANK);
		}
		reading_free(&rd);
	}
}

/* A page of 100,000 points square cannot be rendered legibly within the
 * pixel limit: refused at once, never rendered. */
static void huge_page_is_refused(void **state)
{
	GByteArray *pdf = g_byte_array_new();
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(grow, pdf, 100000, 100000);
	cairo_t *cr = cairo_create(s);
	reading rd;
	double t0 = g_get_monotonic_time() / 1e6;
	(void)state;
	cairo_rectangle(cr, 100, 100, 5000, 5000);
	cairo_fill(cr);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	cairo_surface_destroy(s);
	read_scan(&rd, pdf, NULL);
	assert_int_equal(rd.st, PDFO_TOO_LARGE);
	assert_true(g_get_monotonic_time() / 1e6 - t0 < 5 * PM_TEST_SLOWDOWN);
	reading_free(&rd);
}

/* A smaller pixel limit lowers the resolution the page is read at. */
static void pixel_limit_lowers_the_resolution(void **state)
{
	static const tline L[] = {{28, 72, 150, "Pixel limits hold", 0}};
	pdfo_settings s;
	reading rd;
	(void)state;
	memset(&s, 0, sizeof s);
	s.dpi = 300;
	s.max_pixels = 1000000; /* 612 x 792 points: about 103 dpi */
	s.language = guess_en;
	read_scan(&rd, scan_pdf(612, 792, 300, L, 1, 0), &s);
	assert_int_equal(rd.st, PDFO_READ);
	assert_true(rd.r.dpi >= 100 && rd.r.dpi <= 106);
	reading_free(&rd);
}

/* A deadline already past: nothing is started. */
static void deadline_stops_reading(void **state)
{
	static const tline L[] = {{14, 72, 150, "Too late to read this", 0}};
	pdfo_settings s;
	reading rd;
	(void)state;
	memset(&s, 0, sizeof s);
	s.dpi = 300;
	s.deadline = pdfo_clock() - 1;
	read_scan(&rd, scan_pdf(612, 792, 150, L, 1, 0), &s);
	assert_int_equal(rd.st, PDFO_NO_TIME);
	reading_free(&rd);
}

/* A page scanned a quarter turn round is read upright, in the frame of
 * the upright page. */
static void turned_page_is_read_upright(void **state)
{
	static const tline L[] = {
		{14, 72, 120, "Regional council approves the new cycling network", 0},
		{11, 72, 160, "The regional council approved a network of protected cycle lanes", 0},
		{11, 72, 176, "linking the eleven towns of the valley, to be built by the end of 2027.", 0},
		{11, 72, 192, "Work on the first section between the station and the hospital starts", 0},
		{11, 72, 208, "in the spring, the council said in a statement released on Tuesday.", 0},
	};
	reading rd;
	(void)state;
	read_scan(&rd, scan_pdf(612, 792, 200, L, 5, 1), NULL);
	assert_int_equal(rd.st, PDFO_READ);
	assert_true(rd.r.rotated == 90 || rd.r.rotated == 270);
	assert_non_null(line_with(&rd.d, "cycling network"));
	assert_true(rd.d.pages[0].w < rd.d.pages[0].h);
	reading_free(&rd);
}

/* Script and orientation detection runs up front on the first page
 * read only; a later page turned round shows itself by its reading (read
 * as vertical text, or with little confidence) and is read again turned
 * upright: a quarter turn, and a page upside down. */
static void later_turned_page_is_read_again_upright(void **state)
{
	static const tline L[] = {
		{14, 72, 120, "Library extends its opening hours", 0},
		{11, 72, 160, "The city library will open on Sunday afternoons from the first of", 0},
		{11, 72, 176, "March, after a survey in which readers asked for longer hours at", 0},
		{11, 72, 192, "the weekend, the head librarian announced at a meeting on Friday.", 0},
	};
	static const int turns[][2] = {{0, 1}, {0, 2}};
	size_t t;
	(void)state;
	for (t = 0; t < 2; t++) {
		reading rd;
		PopplerPage *second;
		pdfo_result r2;
		read_scan(&rd, scan_pages(612, 792, 200, L, 4, turns[t], 2), NULL);
		assert_int_equal(rd.st, PDFO_READ);
		assert_int_equal(rd.r.rotated, 0);
		second = poppler_document_get_page(rd.doc, 1);
		assert_non_null(second);
		assert_int_equal(pdfo_read_page(rd.o, second, NULL, 0, &rd.d, &r2), PDFO_READ);
		g_object_unref(second);
		assert_int_equal(rd.d.npages, 2);
		if (turns[t][1] == 1) {
			assert_true(r2.rotated == 90 || r2.rotated == 270);
			assert_true(rd.d.pages[1].w < rd.d.pages[1].h);
		} else {
			assert_int_equal(r2.rotated, 180);
		}
		assert_true(r2.confidence > 80);
		/* the second page's lines, upright */
		{
			size_t i;
			bool found = false;
			for (i = rd.d.pages[1].first; i < rd.d.n; i++)
				found |= strstr(rd.d.lines[i].text, "librarian announced") != NULL;
			assert_true(found);
		}
		reading_free(&rd);
	}
}

/* A one-character marker drawn before an item with a tab-like gap (a
 * dash here; a drawn bullet Tesseract reads as the letter it resembles):
 * the gap becomes a tab, as in a text layer. */
static void bullet_gap_becomes_a_tab(void **state)
{
	static const tline L[] = {
		{11, 72, 150, "The programme has three parts:", 0},
		{11, 90, 170, "\xE2\x80\x93", 0},
		{11, 108, 170, "a new ferry line between the two islands", 0},
		{11, 90, 190, "\xE2\x80\x93", 0},
		{11, 108, 190, "a bus link to the airport every hour", 0},
	};
	reading rd;
	const pdfl_line *item;
	(void)state;
	read_scan(&rd, scan_pdf(612, 792, 200, L, 5, 0), NULL);
	assert_int_equal(rd.st, PDFO_READ);
	item = line_with(&rd.d, "ferry line");
	assert_non_null(item);
	assert_non_null(strchr(item->text, '\t'));
	/* and a line of prose does not get one */
	item = line_with(&rd.d, "three parts");
	assert_non_null(item);
	assert_null(strchr(item->text, '\t'));
	reading_free(&rd);
}

/* Languages asked for are mapped onto installed models, ISO or
 * Tesseract's own codes; none installed is said so. */
static void languages_asked_for(void **state)
{
	static const tline L[] = {{14, 72, 150, "Le conseil municipal a vot\xC3\xA9 le budget", 0}};
	pdfo_settings s;
	reading rd;
	pdfo_doc *o;
	(void)state;
	memset(&s, 0, sizeof s);
	s.dpi = 300;
	s.languages = "fr+en";
	read_scan(&rd, scan_pdf(612, 792, 200, L, 1, 0), &s);
	assert_int_equal(rd.st, PDFO_READ);
	assert_string_equal(pdfo_languages(rd.o), "fr+en");
	assert_non_null(line_with(&rd.d, "municipal"));
	reading_free(&rd);
	s.languages = "fra";
	o = pdfo_new(&s, (const unsigned char *)"", 0);
	assert_string_equal(pdfo_languages(o), "fr");
	pdfo_free(o);
	s.languages = "xx+yy";
	o = pdfo_new(&s, (const unsigned char *)"", 0);
	assert_string_equal(pdfo_languages(o), "");
	assert_non_null(strstr(pdfo_problem(o), "installed"));
	pdfo_free(o);
}

/* An address read without its '@' takes the English model's reading only
 * when that is the same address with its '@'. */
static void address_takes_its_at(void **state)
{
	char *a;
	(void)state;
	a = pdfo_take_address("desk.pressQOharbour.example", "desk.press@harbour.example");
	assert_string_equal(a, "desk.press@harbour.example");
	free(a);
	/* what the margin round the word added is left out */
	a = pdfo_take_address("info©ville-exemple.fr", "-info@ville-exemple.fr.");
	assert_string_equal(a, "info@ville-exemple.fr");
	free(a);
	/* another address, two '@', no '@', or an '@' where nothing stood: kept */
	assert_null(pdfo_take_address("desk.pressQOharbour.example", "desk.presse@harbour.example"));
	assert_null(pdfo_take_address("desk.pressQOharbour.example", "desk@press@harbour.example"));
	assert_null(pdfo_take_address("desk.pressQOharbour.example", "desk.pressQOharbour.example"));
	assert_null(pdfo_take_address("desk.pressharbour.example", "desk.press@harbour.example"));
}

/* Specks: no letter or digit and little confidence; at a line's end, not
 * full confidence (the margin's grain read as a bar: "ended 30 |"). */
static void specks_are_dropped(void **state)
{
	(void)state;
	assert_true(pdfo_speck("|", 65, true));
	assert_false(pdfo_speck("|", 65, false)); /* a rubric's bar: "Togo | CIMCT" */
	assert_true(pdfo_speck("~.", 40, false));
	assert_false(pdfo_speck("\xC2\xBB", 93, true)); /* a closing guillemet read surely */
	assert_false(pdfo_speck("30", 20, true));
	assert_false(pdfo_speck("e", 30, false));
}

/* The bidirectional marks Tesseract writes round a Latin run in an
 * Arabic line are no text; letters and other formatting stay. */
static void bidi_marks_are_no_text(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"\xE2\x80\x8E" "Gls" "\xE2\x80\x8F", "Gls"},          /* LRM Gls RLM */
		{"\xE2\x80\x8E", ""},                                    /* a word of one LRM */
		{"\xD8\xA8\xD9\x8A\xD8\xA7\xD9\x86", "\xD8\xA8\xD9\x8A\xD8\xA7\xD9\x86"}, /* Arabic, untouched */
		{"\xD8\x9C" "9" "\xE2\x81\xA7" "km" "\xE2\x81\xA9", "9km"}, /* ALM, an isolate round "km" */
		{"a\xE2\x80\x8D" "b", "a\xE2\x80\x8D" "b"},            /* a zero-width joiner is no bidi mark */
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[64];
		snprintf(buf, sizeof buf, "%s", cases[i].in);
		pdfo_drop_bidi_marks(buf);
		assert_string_equal(buf, cases[i].out);
	}
}

/* A right-to-left line's closing marks, read before its first word, go
 * after its last one, in the reverse order; a line that ends with a mark,
 * marks before a Latin word, and a left-to-right line stay. */
static void rtl_line_end_marks_go_last(void **state)
{
	/* "بدأ العمل اليوم" (work started today) and "قال: «نعم»" */
	static const struct {
		const char *in, *out;
	} cases[] = {
		{".\xD8\xA8\xD8\xAF\xD8\xA3 \xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x84 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85",
		 "\xD8\xA8\xD8\xAF\xD8\xA3 \xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x84 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85."},
		{".\xE2\x80\x9D\xD8\xA8\xD8\xAF\xD8\xA3 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85",
		 "\xD8\xA8\xD8\xAF\xD8\xA3 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85\xE2\x80\x9D."},
		{"\xD8\x8C\xD8\xA8\xD8\xAF\xD8\xA3", "\xD8\xA8\xD8\xAF\xD8\xA3\xD8\x8C"},   /* an Arabic comma */
		{".\xD8\xA8\xD8\xAF\xD8\xA3 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85.",
		 ".\xD8\xA8\xD8\xAF\xD8\xA3 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85."},          /* ends with one already */
		{".com \xD8\xA8\xD8\xAF\xD8\xA3", ".com \xD8\xA8\xD8\xAF\xD8\xA3"},                  /* before a Latin word */
		{"\xC2\xAB\xD9\x86\xD8\xB9\xD9\x85\xC2\xBB", "\xC2\xAB\xD9\x86\xD8\xB9\xD9\x85\xC2\xBB"}, /* an opening guillemet */
		{"...", "..."},
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[128];
		snprintf(buf, sizeof buf, "%s", cases[i].in);
		pdfo_rtl_end_marks(buf);
		assert_string_equal(buf, cases[i].out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(address_takes_its_at),
		cmocka_unit_test(specks_are_dropped),
		cmocka_unit_test(bidi_marks_are_no_text),
		cmocka_unit_test(rtl_line_end_marks_go_last),
		cmocka_unit_test(features_name_the_engine),
		cmocka_unit_test(reads_lines_with_sizes_at_the_scans_resolution),
		cmocka_unit_test(blank_page_is_not_read),
		cmocka_unit_test(text_layer_ink_is_not_read),
		cmocka_unit_test(huge_page_is_refused),
		cmocka_unit_test(pixel_limit_lowers_the_resolution),
		cmocka_unit_test(deadline_stops_reading),
		cmocka_unit_test(turned_page_is_read_upright),
		cmocka_unit_test(later_turned_page_is_read_again_upright),
		cmocka_unit_test(bullet_gap_becomes_a_tab),
		cmocka_unit_test(languages_asked_for),
	};
	if (!pdfo_available()) {
		printf("pdf_ocr: 0 passed, 0 failed, 1 skipped (no Tesseract language data installed)\n");
		return 0;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}

#else

static void says_not_available(void **state)
{
	(void)state;
	assert_false(pdfo_available());
	assert_non_null(strstr(pdfo_features(), "ocr: not available"));
	assert_null(pdfo_new(&(pdfo_settings){0}, (const unsigned char *)"", 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(says_not_available),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

#endif
