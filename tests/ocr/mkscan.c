/*
 * mkscan.c - makes the scans the OCR tests read (tests/ocr.mk): each page
 * of a born-digital PDF is rendered by poppler and cairo at a chosen
 * resolution, turned a little as a sheet on a scanner glass is, given
 * grain, JPEG-compressed by leptonica and wrapped as an image-only PDF of
 * the page's size. With --garble, an invisible text layer goes over the
 * image the way a broken producer writes one: ligatures without a Unicode
 * mapping (their letters missing, their place left blank), words run
 * together, or letters mapped to private-use code points. With --stamp, a
 * short line of real text is drawn over the scan, as a document system
 * stamps one.
 *
 *   mkscan [--dpi N] [--rotate DEG] [--noise SIGMA] [--jpeg Q] [--seed N]
 *          [--pages N] [--garble ligatures|glued|unmapped] [--stamp TEXT] IN.pdf OUT.pdf
 *
 * Deterministic: the same arguments give the same bytes.
 */
#define _GNU_SOURCE
#include <cairo.h>
#include <glib.h>
#include <leptonica/allheaders.h>
#include <poppler.h>

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pdfw {
	GString *out;
	GArray *offsets; /* long: byte offset of object i+1 */
} pdfw;

static int obj_begin(pdfw *w)
{
	long off = (long)w->out->len;
	g_array_append_val(w->offsets, off);
	g_string_append_printf(w->out, "%u 0 obj\n", w->offsets->len);
	return (int)w->offsets->len;
}

/* Object numbers are given in order of writing, so they are reserved by
 * counting: catalog 1, pages 2, fonts 3 and 4, the second font's
 * ToUnicode 5, then per page: page, image, content. */
#define OBJ_PAGE(i) (6 + 3 * (i))

static void pdf_string(GString *s, gunichar c)
{
	/* WinAnsi covers Latin-1: enough for the garbled layers of the
	 * tests; other characters are left out of the layer */
	if (c == '(' || c == ')' || c == '\\')
		g_string_append_printf(s, "\\%c", (char)c);
	else if (c >= 0x20 && c < 0x7F)
		g_string_append_c(s, (char)c);
	else if (c >= 0xA0 && c <= 0xFF)
		g_string_append_printf(s, "\\%03o", (unsigned)c);
}

typedef struct glyph {
	gunichar c;
	double x0, x1, y0, y1;
} glyph;

/* One run of glyphs as one string of Courier (every glyph 0.6 em wide),
 * scaled (Tz) to span the run's boxes exactly, so that the layer's words
 * stand where the image's do; font is /F1 (WinAnsi) or /F2 (whose
 * ToUnicode maps a, e and o into the private-use area). */
static void emit_run(GString *cs, const glyph *g, size_t n, double ph, const char *font)
{
	double size = 0, width, tz;
	size_t i;
	GString *str;
	if (!n)
		return;
	for (i = 0; i < n; i++)
		if (g[i].y1 - g[i].y0 > size)
			size = g[i].y1 - g[i].y0;
	if (size <= 0)
		return;
	width = g[n - 1].x1 - g[0].x0;
	tz = 100 * width / ((double)n * 0.6 * size);
	str = g_string_new(NULL);
	for (i = 0; i < n; i++)
		pdf_string(str, g[i].c);
	g_string_append_printf(cs, "/%s %.2f Tf %.2f Tz 1 0 0 1 %.2f %.2f Tm (%s) Tj\n", font, size, tz, g[0].x0,
	                       ph - g[0].y1 + 0.2 * size, str->str);
	g_string_free(str, TRUE);
}

/* The invisible text layer of one page, from poppler's characters, as a
 * broken producer writes it:
 *   ligatures  fi, fl and ff without a Unicode mapping: their letters
 *              missing, their place left blank ("nancial", "signi cant")
 *   glued      the space after every word of four letters or more lost
 *              (words run together; the short ones still tell the
 *              language)
 *   unmapped   a font whose ToUnicode maps a, e and o to private-use
 *              code points */
static void text_layer(PopplerPage *page, double ph, const char *mode, GString *cs)
{
	char *text = poppler_page_get_text(page);
	PopplerRectangle *rects = NULL;
	guint n = 0, i = 0;
	const char *p;
	GArray *word = g_array_new(FALSE, FALSE, sizeof(glyph)), *held = g_array_new(FALSE, FALSE, sizeof(glyph));
	if (!text || !poppler_page_get_text_layout(page, &rects, &n)) {
		g_free(text);
		return;
	}
	g_string_append(cs, "BT 3 Tr\n");
	for (p = text;; p = g_utf8_next_char(p), i++) {
		gunichar c = *p ? g_utf8_get_char(p) : '\n';
		if (c == ' ' || c == '\n' || i >= n) {
			/* a word ends */
			if (word->len) {
				const glyph *g = (const glyph *)(const void *)word->data;
				guint k, start = 0;
				if (!strcmp(mode, "ligatures")) {
					for (k = 0; k < word->len; k++) {
						bool lig = k + 1 < word->len && g[k].c == 'f' &&
						           (g[k + 1].c == 'i' || g[k + 1].c == 'l' || g[k + 1].c == 'f');
						if (lig) {
							emit_run(cs, g + start, k - start, ph, "F1");
							start = k + 2;
							k++;
						}
					}
					emit_run(cs, g + start, word->len - start, ph, "F1");
				} else if (!strcmp(mode, "unmapped")) {
					emit_run(cs, g, word->len, ph, "F2");
				} else if (word->len >= 4 && c == ' ') {
					/* glued: held until the next word joins it */
					g_array_append_vals(held, word->data, word->len);
				} else {
					g_array_append_vals(held, word->data, word->len);
					emit_run(cs, (const glyph *)(const void *)held->data, held->len, ph, "F1");
					g_array_set_size(held, 0);
				}
				g_array_set_size(word, 0);
			}
			if (c == '\n') {
				if (held->len)
					emit_run(cs, (const glyph *)(const void *)held->data, held->len, ph, "F1");
				g_array_set_size(held, 0);
			}
			if (!*p || i >= n)
				break;
			continue;
		}
		{
			const PopplerRectangle *r = &rects[i];
			glyph g = {c, r->x1, r->x2, r->y1, r->y2};
			g_array_append_val(word, g);
		}
	}
	g_string_append(cs, "ET\n");
	g_array_free(word, TRUE);
	g_array_free(held, TRUE);
	g_free(rects);
	g_free(text);
}

/* One page as a grey image: rendered at dpi, turned by deg about its
 * centre, given grain, and JPEG-compressed. */
static l_uint8 *scan_page(PopplerPage *page, double dpi, double deg, double noise, int quality, int *W, int *H,
                          size_t *len)
{
	double pw, ph;
	cairo_surface_t *cs;
	cairo_t *cr;
	PIX *pix, *noisy;
	l_uint8 *jpeg = NULL;
	int x, y, stride;
	const unsigned char *px;
	poppler_page_get_size(page, &pw, &ph);
	*W = (int)lround(pw * dpi / 72);
	*H = (int)lround(ph * dpi / 72);
	cs = cairo_image_surface_create(CAIRO_FORMAT_RGB24, *W, *H);
	cr = cairo_create(cs);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_translate(cr, *W / 2.0, *H / 2.0);
	cairo_rotate(cr, deg * M_PI / 180);
	cairo_translate(cr, -*W / 2.0, -*H / 2.0);
	cairo_scale(cr, dpi / 72, dpi / 72);
	poppler_page_render_for_printing(page, cr);
	cairo_destroy(cr);
	cairo_surface_flush(cs);
	pix = pixCreate(*W, *H, 8);
	px = cairo_image_surface_get_data(cs);
	stride = cairo_image_surface_get_stride(cs);
	for (y = 0; y < *H; y++) {
		const uint32_t *row = (const uint32_t *)(const void *)(px + (size_t)y * (size_t)stride);
		l_uint32 *line = pixGetData(pix) + (size_t)y * (size_t)pixGetWpl(pix);
		for (x = 0; x < *W; x++) {
			uint32_t v = row[x];
			SET_DATA_BYTE(line, x, (((v >> 16) & 0xFF) * 77 + ((v >> 8) & 0xFF) * 150 + (v & 0xFF) * 29) >> 8);
		}
	}
	cairo_surface_destroy(cs);
	noisy = noise > 0 ? pixAddGaussianNoise(pix, (l_float32)noise) : pixClone(pix);
	pixSetResolution(noisy, (l_int32)lround(dpi), (l_int32)lround(dpi));
	if (pixWriteMemJpeg(&jpeg, len, noisy, quality, 0))
		jpeg = NULL;
	pixDestroy(&noisy);
	pixDestroy(&pix);
	return jpeg;
}

int main(int argc, char **argv)
{
	double dpi = 200, deg = 0, noise = 0;
	int quality = 75, pages = 0, i, n, seed = 1;
	const char *garble = NULL, *stamp = NULL, *in = NULL, *outp = NULL;
	GError *err = NULL;
	PopplerDocument *doc;
	pdfw w;
	char *uri;
	FILE *f;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--dpi") && i + 1 < argc)
			dpi = atof(argv[++i]);
		else if (!strcmp(argv[i], "--rotate") && i + 1 < argc)
			deg = atof(argv[++i]);
		else if (!strcmp(argv[i], "--noise") && i + 1 < argc)
			noise = atof(argv[++i]);
		else if (!strcmp(argv[i], "--jpeg") && i + 1 < argc)
			quality = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
			seed = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--pages") && i + 1 < argc)
			pages = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--garble") && i + 1 < argc)
			garble = argv[++i];
		else if (!strcmp(argv[i], "--stamp") && i + 1 < argc)
			stamp = argv[++i];
		else if (!in)
			in = argv[i];
		else if (!outp)
			outp = argv[i];
		else
			in = NULL;
	}
	if (!in || !outp || dpi < 20 || dpi > 1200 || quality < 1 || quality > 100 ||
	    (garble && strcmp(garble, "ligatures") && strcmp(garble, "unmapped") && strcmp(garble, "glued"))) {
		fprintf(stderr, "usage: mkscan [--dpi N] [--rotate DEG] [--noise SIGMA] [--jpeg Q] [--seed N] "
		                "[--pages N] [--garble ligatures|glued|unmapped] [--stamp TEXT] IN.pdf OUT.pdf\n");
		return 2;
	}
	setMsgSeverity(L_SEVERITY_NONE);
	/* leptonica's noise draws from rand() */
	srand((unsigned)seed);
	uri = g_filename_to_uri(in[0] == '/' ? in : g_build_filename(g_get_current_dir(), in, NULL), NULL, &err);
	doc = uri ? poppler_document_new_from_file(uri, NULL, &err) : NULL;
	if (!doc) {
		fprintf(stderr, "mkscan: cannot open %s: %s\n", in, err ? err->message : "?");
		return 1;
	}
	n = poppler_document_get_n_pages(doc);
	if (pages > 0 && pages < n)
		n = pages;
	w.out = g_string_new("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
	w.offsets = g_array_new(FALSE, FALSE, sizeof(long));
	obj_begin(&w);
	g_string_append(w.out, "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
	obj_begin(&w);
	g_string_append(w.out, "<< /Type /Pages /Kids [");
	for (i = 0; i < n; i++)
		g_string_append_printf(w.out, " %d 0 R", OBJ_PAGE(i));
	g_string_append_printf(w.out, " ] /Count %d >>\nendobj\n", n);
	obj_begin(&w);
	g_string_append(w.out, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>\nendobj\n");
	obj_begin(&w);
	g_string_append(w.out, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding "
	                       "/ToUnicode 5 0 R >>\nendobj\n");
	{
		static const char cmap[] =
			"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
			"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
			"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
			"1 begincodespacerange <00> <FF> endcodespacerange\n"
			"1 beginbfrange <20> <7E> <0020> endbfrange\n"
			"3 beginbfchar <61> <E061> <65> <E065> <6F> <E06F> endbfchar\n"
			"endcmap CMapName currentdict /CMap defineresource pop end end\n";
		obj_begin(&w);
		g_string_append_printf(w.out, "<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", sizeof cmap - 1, cmap);
	}
	for (i = 0; i < n; i++) {
		PopplerPage *page = poppler_document_get_page(doc, i);
		double pw, ph;
		int W, H;
		size_t len;
		/* each page its own turn, within the ±deg given */
		double turn = deg * (i % 2 ? -1.0 : 1.0) * (1.0 - 0.3 * (i % 3));
		l_uint8 *jpeg = scan_page(page, dpi, turn, noise, quality, &W, &H, &len);
		GString *cs = g_string_new(NULL);
		if (!jpeg) {
			fprintf(stderr, "mkscan: page %d could not be encoded\n", i + 1);
			return 1;
		}
		poppler_page_get_size(page, &pw, &ph);
		g_string_append_printf(cs, "q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q\n", pw, ph);
		if (garble)
			text_layer(page, ph, garble, cs);
		if (stamp) {
			/* a visible line of text over the scan, as a document
			 * system stamps one ("Page 1 of 2") */
			GString *t = g_string_new(NULL);
			const char *q;
			for (q = stamp; *q; q = g_utf8_next_char(q))
				pdf_string(t, g_utf8_get_char(q));
			g_string_append_printf(cs, "BT /F1 8 Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n", pw - 150, ph - 20, t->str);
			g_string_free(t, TRUE);
		}
		obj_begin(&w);
		g_string_append_printf(w.out,
		                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Resources << /XObject << "
		                       "/Im0 %d 0 R >> /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>\nendobj\n",
		                       pw, ph, OBJ_PAGE(i) + 1, OBJ_PAGE(i) + 2);
		obj_begin(&w);
		g_string_append_printf(w.out,
		                       "<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
		                       "/BitsPerComponent 8 /Filter /DCTDecode /Length %zu >>\nstream\n",
		                       W, H, len);
		g_string_append_len(w.out, (const char *)jpeg, (gssize)len);
		g_string_append(w.out, "\nendstream\nendobj\n");
		obj_begin(&w);
		g_string_append_printf(w.out, "<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", cs->len, cs->str);
		lept_free(jpeg);
		g_string_free(cs, TRUE);
		g_object_unref(page);
	}
	{
		long xref = (long)w.out->len;
		guint k;
		g_string_append_printf(w.out, "xref\n0 %u\n0000000000 65535 f \n", w.offsets->len + 1);
		for (k = 0; k < w.offsets->len; k++)
			g_string_append_printf(w.out, "%010ld 00000 n \n", g_array_index(w.offsets, long, k));
		g_string_append_printf(w.out, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%ld\n%%%%EOF\n",
		                       w.offsets->len + 1, xref);
	}
	f = fopen(outp, "wb");
	if (!f || fwrite(w.out->str, 1, w.out->len, f) != w.out->len || fclose(f)) {
		fprintf(stderr, "mkscan: cannot write %s\n", outp);
		return 1;
	}
	g_string_free(w.out, TRUE);
	g_array_free(w.offsets, TRUE);
	g_object_unref(doc);
	g_free(uri);
	return 0;
}
