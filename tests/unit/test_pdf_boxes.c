/*
 * test_pdf_boxes.c - text set side by side in PDFs the test draws itself
 * with cairo (DejaVu, embedded): a fact sheet's labels in one column and
 * their values in another are read row by row, each label with its
 * value, as the same release written in a word processor with tab stops
 * reads (plugins/pdf/layout.c, layout.key_value_rows), the paragraphs
 * around the table whole; a box beside the first paragraph holding only
 * the issuer's name is the masthead, not body
 * (core/normalize/furniture.c, furniture.side_masthead); a place and date
 * set at the top left across from such a masthead date the release
 * (core/normalize/dateline.c, where.top_date_line).
 */
#include "pm_test.h"

#if PDF_OCR /* cairo is linked with the plugin's OCR */

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>

/* A line drawn: size in points, bold or not, its baseline's start from
 * the page's top-left. */
typedef struct dline {
	double size;
	bool bold;
	double x, y;
	const char *text;
} dline;

static cairo_status_t grow(void *closure, const unsigned char *data, unsigned int length)
{
	g_byte_array_append(closure, data, length);
	return CAIRO_STATUS_SUCCESS;
}

/* An A4 page holding the lines, as a PDF in memory. */
static GByteArray *draw_pdf(const dline *L, size_t n)
{
	GByteArray *out = g_byte_array_new();
	cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream(grow, out, 595, 842);
	cairo_t *cr = cairo_create(pdf);
	size_t i;
	for (i = 0; i < n; i++) {
		cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
		                       L[i].bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
		cairo_set_font_size(cr, L[i].size);
		cairo_move_to(cr, L[i].x, L[i].y);
		cairo_show_text(cr, L[i].text);
	}
	cairo_destroy(cr);
	cairo_surface_finish(pdf);
	cairo_surface_destroy(pdf);
	return out;
}

static json_t *convert(const dline *L, size_t n)
{
	pm_context *ctx = pm_test_context();
	GByteArray *pdf = draw_pdf(L, n);
	json_t *r;
	assert_non_null(ctx);
	r = pm_convert_buffer(ctx, (const char *)pdf->data, pdf->len, "factsheet.pdf");
	g_byte_array_free(pdf, TRUE);
	pm_context_free(ctx);
	assert_non_null(r);
	return r;
}

/* The record's body holds want, in this order, one entry after the
 * other. */
static void body_has_run(json_t *r, const char *const *want, size_t n)
{
	json_t *body = json_object_get(r, "body");
	size_t i, k;
	for (i = 0; i < json_array_size(body); i++) {
		const char *t = json_string_value(json_object_get(json_array_get(body, i), "text"));
		if (t && !strcmp(t, want[0]))
			break;
	}
	if (i == json_array_size(body))
		fail_msg("no body entry \"%s\"", want[0]);
	for (k = 1; k < n; k++) {
		const char *t = json_string_value(json_object_get(json_array_get(body, i + k), "text"));
		if (!t || strcmp(t, want[k]))
			fail_msg("body entry %zu is \"%s\", want \"%s\"", i + k, t ? t : "(none)", want[k]);
	}
}

#define P(y, t) {11, false, 72, (y), t}

/* An English event fact sheet: labels with colons at 72, values at 190,
 * one value wrapped over two lines. */
static void fact_sheet_en(void **state)
{
	static const dline L[] = {
		{16, true, 72, 90, "Kelsby Sea Shanty Festival returns to the harbour"},
		P(130, "KELSBY, 3 March 2025 - The Kelsby Sea Shanty Festival returns to the harbour"),
		P(144, "this summer for its third year, with choirs from nine coastal towns."),
		{12, true, 72, 180, "Facts"},
		P(204, "Days:"), {11, false, 190, 204, "Saturday 14 and Sunday 15 June"},
		P(220, "Venue:"), {11, false, 190, 220, "Kelsby Harbour Hall"},
		{11, false, 190, 234, "12 Quay Road, Kelsby"},
		P(250, "Organiser:"), {11, false, 190, 250, "Kelsby Shanty Society"},
		P(266, "Tickets:"), {11, false, 190, 266, "free, booked at the harbour office"},
		P(300, "The festival was first held in 2023 and drew two thousand visitors to the"),
		P(314, "quay over its two days, the society said."),
	};
	static const char *const want[] = {"Days: Saturday 14 and Sunday 15 June", "Venue: Kelsby Harbour Hall"};
	static const char *const want2[] = {"Organiser: Kelsby Shanty Society",
	                                    "Tickets: free, booked at the harbour office"};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	body_has_run(r, want, 2);
	body_has_run(r, want2, 2);
	json_decref(r);
}

/* Italian, labels in bold without colons, values in roman: the weight
 * sets the labels apart. */
static void fact_sheet_it_bold_labels(void **state)
{
	static const dline L[] = {
		{16, true, 72, 90, "Torna la Sagra del Pesce di Portovelo"},
		P(130, "PORTOVELO, 3 marzo 2025 - La Sagra del Pesce torna sul molo di Portovelo"),
		P(144, "per la sua decima edizione, con i cuochi di dodici paesi della costa."),
		{11, true, 72, 180, "Data"}, {11, false, 200, 180, "domenica 8 giugno 2025"},
		{11, true, 72, 196, "Luogo"}, {11, false, 200, 196, "Molo vecchio di Portovelo"},
		{11, true, 72, 212, "Organizzazione"}, {11, false, 200, 212, "Pro Loco di Portovelo"},
		P(246, "La sagra fu tenuta la prima volta nel 2015 e attira ogni anno migliaia di"),
		P(260, "visitatori, ha detto la Pro Loco."),
	};
	static const char *const want[] = {"Data domenica 8 giugno 2025", "Luogo Molo vecchio di Portovelo",
	                                   "Organizzazione Pro Loco di Portovelo"};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	body_has_run(r, want, 3);
	json_decref(r);
}

/* The body's entries, none equal to name. */
static void body_lacks(json_t *r, const char *name)
{
	json_t *body = json_object_get(r, "body");
	size_t i;
	if (json_array_size(body) < 3)
		fail_msg("a body of %zu entries", json_array_size(body));
	for (i = 0; i < json_array_size(body); i++) {
		const char *t = json_string_value(json_object_get(json_array_get(body, i), "text"));
		if (t && !strcmp(t, name))
			fail_msg("the masthead \"%s\" is body entry %zu", name, i);
	}
}

/* A release whose first paragraph (72-340) stands beside a box (380-)
 * holding the issuer's name in 9 pt bold, which the paragraph names. */
static void masthead_box(const char *title, const char *const para[7], const char *box1, const char *box2,
                         const char *name)
{
	dline L[] = {
		{16, true, 72, 90, title},
		P(130, para[0]), P(144, para[1]), P(158, para[2]),
		{9, true, 390, 136, box1}, {9, true, 390, 148, box2},
		P(182, para[3]), P(196, para[4]),
		P(220, para[5]), P(234, para[6]),
	};
	json_t *r = convert(L, sizeof L / sizeof *L);
	body_lacks(r, name);
	json_decref(r);
}

static void masthead_box_beside_the_text(void **state)
{
	static const char *const de[7] = {
		"KELSBURG, 4. März 2025 - Der Ruderverein Kelsburg",
		"an der Aue eröffnet im Mai sein neues Bootshaus",
		"am Nordufer des Stausees.",
		"Der Bau hat zwei Jahre gedauert und wurde von den Mitgliedern selbst",
		"zu einem guten Teil in vielen Arbeitsstunden geleistet.",
		"Die Eröffnung feiert der Verein am ersten Maiwochenende mit einer",
		"Regatta für Jugendmannschaften aus dem ganzen Land."};
	static const char *const es[7] = {
		"VALDEMORA, 4 de marzo de 2025 - La Sociedad Coral",
		"de Valdemora estrena este mes su nueva sede en",
		"la antigua estación del pueblo.",
		"La obra ha durado un año y la han pagado los socios con conciertos",
		"y rifas celebrados durante los dos últimos inviernos.",
		"La inauguración será el sábado con un concierto abierto a todos los",
		"vecinos en la plaza de la estación."};
	(void)state;
	masthead_box("Neues Bootshaus am Stausee", de, "Ruderverein Kelsburg", "an der Aue",
	             "Ruderverein Kelsburg an der Aue");
	masthead_box("La Sociedad Coral estrena sede", es, "Sociedad Coral", "de Valdemora",
	             "Sociedad Coral de Valdemora");
}

/* Place and date at the top left, the masthead (a name, no contact
 * line) on the right across from them, then the title and the text. */
static void top_date_line(const char *date_line, const char *mast, const char *title, const char *const para[4],
                          const char *place, const char *date)
{
	dline L[] = {
		{11, false, 28, 40, date_line}, {11, false, 380, 40, mast},
		{18, true, 28, 80, title},
		{11, false, 28, 120, para[0]}, {11, false, 28, 134, para[1]},
		{11, false, 28, 160, para[2]}, {11, false, 28, 174, para[3]},
	};
	json_t *r = convert(L, sizeof L / sizeof *L);
	json_t *dl = json_object_get(r, "dateline");
	const char *got = pm_test_str(r, "date");
	if (!got || strcmp(got, date))
		fail_msg("date %s, want %s", got ? got : "null", date);
	assert_string_equal(json_string_value(json_object_get(dl, "location")), place);
	json_decref(r);
}

static void date_line_across_from_masthead(void **state)
{
	static const char *const en[4] = {
		"Volunteers of the harbour trust will repaint the old lighthouse on the north pier",
		"over the next three weekends, weather permitting.",
		"The pier stays open to walkers while the work goes on, the trust said, and the",
		"lighthouse will be lit again for the regatta at the end of the month."};
	static const char *const es[4] = {
		"Los vecinos de Valdemora podrán visitar desde el lunes la antigua estación de tren,",
		"restaurada por el ayuntamiento durante los dos últimos años.",
		"La estación abrirá de martes a domingo y acogerá una exposición sobre la historia",
		"del ferrocarril en la comarca, con fotografías cedidas por los vecinos."};
	(void)state;
	top_date_line("Kelsby, 14/07/2025", "The Harbour Trust of Kelsby Bay", "Lighthouse to be repainted by volunteers", en,
	              "Kelsby", "2025-07-14");
	top_date_line("Valdemora, 3 de marzo de 2025", "Concejo de Valdemora",
	              "La antigua estación abre sus puertas", es, "Valdemora", "2025-03-03");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(fact_sheet_en),
	    cmocka_unit_test(fact_sheet_it_bold_labels),
	    cmocka_unit_test(masthead_box_beside_the_text),
	    cmocka_unit_test(date_line_across_from_masthead),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

#else

/* Place and date at the top left, the masthead (a name, no contact
 * line) on the right across from them, then the title and the text. */
static void top_date_line(const char *date_line, const char *mast, const char *title, const char *const para[4],
                          const char *place, const char *date)
{
	dline L[] = {
		{11, false, 28, 40, date_line}, {11, false, 380, 40, mast},
		{18, true, 28, 80, title},
		{11, false, 28, 120, para[0]}, {11, false, 28, 134, para[1]},
		{11, false, 28, 160, para[2]}, {11, false, 28, 174, para[3]},
	};
	json_t *r = convert(L, sizeof L / sizeof *L);
	json_t *dl = json_object_get(r, "dateline");
	const char *got = pm_test_str(r, "date");
	if (!got || strcmp(got, date))
		fail_msg("date %s, want %s", got ? got : "null", date);
	assert_string_equal(json_string_value(json_object_get(dl, "location")), place);
	json_decref(r);
}

static void date_line_across_from_masthead(void **state)
{
	static const char *const en[4] = {
		"Volunteers of the harbour trust will repaint the old lighthouse on the north pier",
		"over the next three weekends, weather permitting.",
		"The pier stays open to walkers while the work goes on, the trust said, and the",
		"lighthouse will be lit again for the regatta at the end of the month."};
	static const char *const es[4] = {
		"Los vecinos de Valdemora podrán visitar desde el lunes la antigua estación de tren,",
		"restaurada por el ayuntamiento durante los dos últimos años.",
		"La estación abrirá de martes a domingo y acogerá una exposición sobre la historia",
		"del ferrocarril en la comarca, con fotografías cedidas por los vecinos."};
	(void)state;
	top_date_line("Kelsby, 14/07/2025", "The Harbour Trust of Kelsby Bay", "Lighthouse to be repainted by volunteers", en,
	              "Kelsby", "2025-07-14");
	top_date_line("Valdemora, 3 de marzo de 2025", "Concejo de Valdemora",
	              "La antigua estación abre sus puertas", es, "Valdemora", "2025-03-03");
}

int main(void)
{
	printf("skipped: the PDF plugin was built without cairo (make OCR=0), which draws these tests' PDFs\n");
	return 0;
}

#endif
