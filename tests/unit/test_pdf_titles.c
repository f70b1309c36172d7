/*
 * test_pdf_titles.c - titles in PDFs the test draws itself with cairo
 * (DejaVu, real embedded fonts, text in several languages): a title and
 * the line under it set in another size or face are two blocks
 * (plugins/pdf/layout.c, layout.title_type_change), the title the
 * headline and the other line the subheadline (core/normalize/headline.c,
 * headline.pdf.size_change); a title of several lines in one type stays
 * whole, a title whose phrase runs on across a word set apart stays whole,
 * and a bold lead-in inside body text does not split its paragraph; a
 * title on the cover and again over page two of a longer document is no
 * running header (core/normalize/furniture.c). And a results table under
 * the title, whose row cells the text layer runs into one line, is one
 * body entry of its cells row by row (layout.c, pdf.table_cells), as
 * the DOCX and TXT forms of a release give a table.
 */
#include "pm_test.h"

#if PDF_OCR /* cairo is linked with the plugin's OCR */

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>

/* A line drawn: size in points, its face, its baseline from the page's
 * top-left; x < 0 goes on after the text drawn before it. A size of 0
 * ends the page (NEXT_PAGE). */
enum { SANS = 0, BOLD = 1, ITALIC = 2, SERIF = 4, BLUE = 8 /* in blue, else black */ };

typedef struct dline {
	double size;
	int face;
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
		if (L[i].size == 0) {
			cairo_show_page(cr);
			continue;
		}
		cairo_select_font_face(cr, L[i].face & SERIF ? "DejaVu Serif" : "DejaVu Sans",
		                       L[i].face & ITALIC ? CAIRO_FONT_SLANT_OBLIQUE : CAIRO_FONT_SLANT_NORMAL,
		                       L[i].face & BOLD ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
		cairo_set_font_size(cr, L[i].size);
		if (L[i].face & BLUE)
			cairo_set_source_rgb(cr, 0x2E / 255.0, 0x75 / 255.0, 0xB6 / 255.0);
		else
			cairo_set_source_rgb(cr, 0, 0, 0);
		if (L[i].x >= 0)
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
	r = pm_convert_buffer(ctx, (const char *)pdf->data, pdf->len, "titles.pdf");
	g_byte_array_free(pdf, TRUE);
	pm_context_free(ctx);
	assert_non_null(r);
	return r;
}

/* The record's string field key, which must be there, equal to want. */
static void field_is(json_t *r, const char *key, const char *want)
{
	const char *got = pm_test_str(r, key);
	if (!got)
		fail_msg("%s is null, want \"%s\"", key, want);
	assert_string_equal(got, want);
}

static const char *body_text(json_t *r, size_t i)
{
	return json_string_value(json_object_get(json_array_get(json_object_get(r, "body"), i), "text"));
}

/* The body entry whose text holds needle (which must be there). */
static json_t *body_entry(json_t *r, const char *needle)
{
	json_t *body = json_object_get(r, "body");
	size_t i;
	for (i = 0; i < json_array_size(body); i++)
		if (strstr(body_text(r, i), needle))
			return json_array_get(body, i);
	fail_msg("no body entry holds \"%s\"", needle);
	return NULL;
}

#define NEXT_PAGE {0, 0, 0, 0, NULL}

/* Body lines under the title block, 11 pt, from y: the lead
 * paragraph (three lines) and a second (two). */
#define BODY(y, l1, l2, l3, l4, l5)                                                                          \
	{11, SANS, 72, (y), l1}, {11, SANS, 72, (y) + 14, l2}, {11, SANS, 72, (y) + 28, l3},                 \
	{11, SANS, 72, (y) + 52, l4}, {11, SANS, 72, (y) + 66, l5}

/* The two lines of a title block, drawn in the faces and sizes given,
 * then a body of five lines: the title is the headline, the other line
 * the subheadline, and the body opens with the dateline's paragraph. */
static void check_split(double s1, int f1, double s2, int f2, const char *title, const char *sub,
                        const char *const body[5])
{
	dline L[] = {{s1, f1, 72, 100, title}, {s2, f2, 72, 100 + 1.3 * s1, sub},
	             BODY(160, body[0], body[1], body[2], body[3], body[4])};
	json_t *r = convert(L, sizeof L / sizeof *L);
	field_is(r, "headline", title);
	field_is(r, "subheadline", sub);
	assert_non_null(json_object_get(json_object_get(r, "dateline"), "date"));
	json_decref(r);
}

/* Title and subtitle a little apart in size, or in face: one block
 * without the change of type read as evidence. */
static const char *const en_body[5] = {
    "LONDON, 3 March 2025 - The harbour authority opened its new ferry terminal",
    "on Monday, after two years of building work on the old north quay. The",
    "terminal will handle up to two hundred crossings a day.",
    "The works cost twelve million pounds and were paid for by the port and the",
    "county council together, the authority said in a statement on Monday."};

/* English: 15 pt roman over 14.5 pt italic */
static void subtitle_smaller_italic_en(void **state)
{
	(void)state;
	check_split(15, SANS, 14.5, ITALIC, "Harbour authority opens ferry terminal",
	            "Two hundred daily crossings expected from the spring", en_body);
}

/* French: 14 pt bold over 13 pt bold */
static void subtitle_a_point_smaller_fr(void **state)
{
	static const char *const fr[5] = {
	    "LYON, 3 mars 2025 - Le port a inauguré lundi son nouveau terminal de ferries,",
	    "après deux années de travaux sur l'ancien quai nord. Le terminal pourra",
	    "accueillir jusqu'à deux cents traversées par jour.",
	    "Les travaux ont coûté douze millions d'euros, payés ensemble par le port et",
	    "par la région, a indiqué l'autorité portuaire dans un communiqué lundi."};
	(void)state;
	check_split(14, BOLD, 13, BOLD, "Le port inaugure son terminal de ferries",
	            "Deux cents traversées par jour attendues dès le printemps", fr);
}

/* German: a serif title over a sans subtitle, 16 over 15 pt */
static void subtitle_in_another_family_de(void **state)
{
	static const char *const de[5] = {
	    "KIEL, 3. März 2025 - Die Hafenbehörde hat am Montag ihr neues Fährterminal",
	    "eröffnet, nach zwei Jahren Bauzeit am alten Nordkai. Das Terminal kann bis",
	    "zu zweihundert Überfahrten am Tag abfertigen.",
	    "Die Arbeiten kosteten zwölf Millionen Euro und wurden vom Hafen und vom Land",
	    "gemeinsam bezahlt, teilte die Behörde am Montag in einer Erklärung mit."};
	(void)state;
	check_split(16, SERIF, 15, SANS, "Hafenbehörde eröffnet neues Fährterminal",
	            "Zweihundert Überfahrten täglich ab dem Frühjahr erwartet", de);
}

/* headline.pdf.type_change.family: Spanish, a serif title over a sans
 * deck in one size and weight (15 pt regular): only the typeface sets
 * the deck apart. Without the rule the two are one headline. */
static void subtitle_in_another_family_same_size_es(void **state)
{
	dline L[] = {{15, SERIF, 72, 100, "La cooperativa Olivares abre una almazara"},
	             {15, SERIF, 72, 119, "comunitaria en Tajuña"},
	             {15, SANS, 72, 138, "Los socios podrán moler su aceituna por turnos en"},
	             {15, SANS, 72, 157, "la nueva sala desde noviembre"},
	             BODY(200, "TAJUÑA, 3 de marzo de 2025 - La cooperativa abrió el lunes su nueva almazara",
	                  "comunitaria, tras dos años de obras junto a la antigua estación. La almazara",
	                  "podrá moler la aceituna de todos los socios por turnos.",
	                  "Las obras costaron dos millones de euros y las pagaron la cooperativa y la",
	                  "diputación a partes iguales, informó la cooperativa en un comunicado.")};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	field_is(r, "headline", "La cooperativa Olivares abre una almazara comunitaria en Tajuña");
	field_is(r, "subheadline", "Los socios podrán moler su aceituna por turnos en la nueva sala desde noviembre");
	json_decref(r);
}

/* headline.pdf.type_change.colour: Italian, title and deck in one face,
 * size and weight (14 pt bold), the title black and the deck blue
 * (without the rule the two are one headline). */
static void subtitle_in_another_colour_it(void **state)
{
	static const char *const it[5] = {
	    "ROCCALBA, 3 marzo 2025 - Il teatro Sociale ha riaperto lunedì dopo sei anni",
	    "di lavori di consolidamento della struttura e di rifacimento della platea. La",
	    "sala potrà ospitare fino a quattrocento spettatori.",
	    "I lavori sono costati quattro milioni di euro, pagati dal Comune e dalla",
	    "Regione insieme, ha fatto sapere il Comune in un comunicato lunedì."};
	dline L[] = {{14, BOLD, 72, 100, "Il Comune riapre il teatro Sociale"},
	             {14, BOLD | BLUE, 72, 118, "Dopo sei anni di lavori la stagione parte"},
	             {14, BOLD | BLUE, 72, 136, "con dodici spettacoli"},
	             BODY(185, it[0], it[1], it[2], it[3], it[4])};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	field_is(r, "headline", "Il Comune riapre il teatro Sociale");
	field_is(r, "subheadline", "Dopo sei anni di lavori la stagione parte con dodici spettacoli");
	json_decref(r);
}

/* ... and a title of two lines in one colour stays whole */
static void title_of_two_lines_in_one_colour_stays_whole(void **state)
{
	dline L[] = {{15, BOLD | BLUE, 72, 100, "Il Comune di Roccalba riapre il teatro Sociale"},
	             {15, BOLD | BLUE, 72, 119, "Dopo sei anni di lavori"},
	             BODY(160, "ROCCALBA, 3 marzo 2025 - Il teatro Sociale ha riaperto lunedì dopo sei anni",
	                  "di lavori di consolidamento della struttura e di rifacimento della platea. La",
	                  "sala potrà ospitare fino a quattrocento spettatori.",
	                  "I lavori sono costati quattro milioni di euro, pagati dal Comune e dalla",
	                  "Regione insieme, ha fatto sapere il Comune in un comunicato lunedì.")};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	field_is(r, "headline", "Il Comune di Roccalba riapre il teatro Sociale Dopo sei anni di lavori");
	json_decref(r);
}

/* Spanish: bold over bold italic, one size */
static void subtitle_in_italic_same_size_es(void **state)
{
	static const char *const es[5] = {
	    "VALENCIA, 3 de marzo de 2025 - El puerto inauguró el lunes su nueva terminal",
	    "de transbordadores, tras dos años de obras en el antiguo muelle norte. La",
	    "terminal podrá atender hasta doscientas travesías al día.",
	    "Las obras costaron doce millones de euros y las pagaron el puerto y la",
	    "comunidad autónoma juntos, según informó la autoridad portuaria el lunes."};
	(void)state;
	check_split(16, BOLD, 16, BOLD | ITALIC, "El puerto abre su terminal de ferris",
	            "Se esperan doscientas travesías al día", es);
}

/* A standfirst set under the title in a smaller display size is the
 * subheadline, though it is a sentence of more than twelve words with
 * its full stop, and no dateline follows it (which would make it the
 * standfirst by position, where.after_standfirst). */
static void standfirst_under_the_title(void **state)
{
	const char *title = "Stadtbibliothek öffnet am Sonntag",
	           *sub = "Ab April bleibt die Bibliothek auch sonntags geöffnet, mit Lesesaal, Ausleihe und einem "
	                  "Programm für Kinder.";
	dline L[] = {{20, BOLD, 72, 100, title},
	             {13, SANS, 72, 124, "Ab April bleibt die Bibliothek auch sonntags geöffnet, mit Lesesaal,"},
	             {13, SANS, 72, 141, "Ausleihe und einem Programm für Kinder."},
	             BODY(180, "Die Stadtbibliothek in Münster öffnet ab dem ersten April 2025 auch",
	                  "am Sonntag, von elf bis siebzehn Uhr, wie die Stadt am Montag mitteilte. Der",
	                  "Lesesaal und die Ausleihe sind dann geöffnet, die Kasse bleibt geschlossen.",
	                  "Die Öffnung am Sonntag kostet im Jahr rund achtzigtausend Euro und wird aus",
	                  "dem Haushalt der Stadt und von einem Förderverein gemeinsam bezahlt.")};
	json_t *r;
	(void)state;
	r = convert(L, sizeof L / sizeof *L);
	field_is(r, "headline", title);
	field_is(r, "subheadline", sub);
	assert_non_null(strstr(body_text(r, 0), "Die Stadtbibliothek in Münster"));
	json_decref(r);
}

/* Guard: a title of three lines in one size and face, each line opening
 * with a capital, is one headline. */
static void title_of_three_lines_stays_whole(void **state)
{
	dline L[] = {{18, BOLD, 72, 100, "Harbour Authority Opens Its New"},
	             {18, BOLD, 72, 123, "Ferry Terminal on the North Quay After"},
	             {18, BOLD, 72, 146, "Two Years of Building Work"},
	             BODY(190, en_body[0], en_body[1], en_body[2], en_body[3], en_body[4])};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	field_is(r, "headline",
	                    "Harbour Authority Opens Its New Ferry Terminal on the North Quay After Two Years of Building Work");
	json_decref(r);
}

/* Guard: a title whose phrase runs on across a line set in another face
 * (a comma ends the first line, the second opens in lower case) is one
 * title with words set apart. */
static void title_running_on_across_a_face_stays_whole(void **state)
{
	dline L[] = {{18, BOLD, 72, 100, "Il porto apre il nuovo terminal,"},
	             {17, BOLD | ITALIC, 72, 123, "e raddoppia le corse verso le isole"},
	             BODY(170, "GENOVA, 3 marzo 2025 - Il porto ha aperto lunedì il suo nuovo terminal per",
	                  "i traghetti, dopo due anni di lavori sulla vecchia banchina nord. Il terminal",
	                  "potrà gestire fino a duecento corse al giorno verso le isole.",
	                  "I lavori sono costati dodici milioni di euro e sono stati pagati dal porto e",
	                  "dalla regione insieme, ha detto l'autorità portuale in una nota di lunedì.")};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	field_is(r, "headline", "Il porto apre il nuovo terminal, e raddoppia le corse verso le isole");
	json_decref(r);
}

/* Guard: a bold lead-in opening a body paragraph ("Note to editors
 * ...:") and the regular text after it on the same line are one
 * paragraph with the lines under it, though the line is mostly bold and
 * the next opens with a capital: body lines never split on their type. */
static void bold_lead_in_keeps_its_paragraph(void **state)
{
	dline L[] = {{20, BOLD, 72, 100, "Harbour authority opens ferry terminal"},
	             BODY(140, en_body[0], en_body[1], en_body[2], en_body[3], en_body[4]),
	             {11, BOLD, 72, 250, "Note to editors and to the photo desks of the press: "},
	             {11, SANS, -1, 250, "pictures of"},
	             {11, SANS, 72, 264, "Terminal Two and of the opening are available from the press office, free"},
	             {11, SANS, 72, 278, "of charge for use with this release, with the credit given under each."}};
	json_t *r = convert(L, sizeof L / sizeof *L);
	const char *t;
	(void)state;
	field_is(r, "headline", "Harbour authority opens ferry terminal");
	t = json_string_value(json_object_get(body_entry(r, "Note to editors"), "text"));
	assert_non_null(strstr(t, "pictures of Terminal Two"));
	assert_non_null(strstr(t, "the credit given under each."));
	json_decref(r);
}

/* Convention pdf.table_cells: a results table drawn cell by cell, its
 * header cells and its figures a little more than an em apart (the text
 * layer runs each row's cells into one line), is one body entry of type
 * table, its cells row by row; the paragraphs around it stay paragraphs. */
static void table_rows_drawn_cell_by_cell(void **state)
{
	dline L[] = {{20, BOLD, 72, 100, "Tarnow Valve Company reports second quarter results"},
	             BODY(140, en_body[0], en_body[1], en_body[2], en_body[3], en_body[4]),
	             {11, SANS, 72, 240, "(in thousands)"}, {11, SANS, 178, 240, "Q2 2025"}, {11, SANS, 240, 240, "Q2 2024"},
	             {11, SANS, 72, 256, "Net sales"}, {11, SANS, 178, 256, "$4,120"}, {11, SANS, 240, 256, "$3,870"},
	             {11, SANS, 72, 272, "Gross profit"}, {11, SANS, 178, 272, "1,310"}, {11, SANS, 240, 272, "1,190"},
	             {11, SANS, 72, 288, "Net income"}, {11, SANS, 178, 288, "$402"}, {11, SANS, 240, 288, "$365"},
	             {11, SANS, 72, 320, "The company will publish its results for the third quarter in October."}};
	json_t *r = convert(L, sizeof L / sizeof *L);
	json_t *table;
	(void)state;
	table = body_entry(r, "(in thousands)");
	assert_string_equal(json_string_value(json_object_get(table, "text")),
	                    "(in thousands) Q2 2025 Q2 2024 Net sales $4,120 $3,870 Gross profit 1,310 1,190 Net income $402 $365");
	assert_string_equal(json_string_value(json_object_get(table, "type")), "table");
	json_decref(r);
}

/* Guard: a title that fills its line and goes on in italic on the next,
 * in one size (a book's title set apart), is one title. */
static void title_filling_its_line_into_italic_stays_whole(void **state)
{
	dline L[] = {{16, BOLD, 72, 100, "Northfield Library Presents Ana Ruiz and Her Novel, The"},
	             {16, BOLD | ITALIC, 160, 121, "Lighthouse Keepers of Skerry"},
	             BODY(170, en_body[0], en_body[1], en_body[2], en_body[3], en_body[4])};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	field_is(r, "headline", "Northfield Library Presents Ana Ruiz and Her Novel, The Lighthouse Keepers of Skerry");
	json_decref(r);
}

/* furniture.repeated.title_kept and .most_pages: a report's title on its
 * cover, in the page's largest type, and again over its second page, in
 * a document of six pages, is the headline, not a running header. */
static void title_on_cover_and_page_two_is_kept(void **state)
{
	static const char *const title = "Harbour review, ferries and quays 2025";
	dline L[] = {{20, BOLD, 72, 100, title},
	             BODY(150, en_body[0], en_body[1], en_body[2], en_body[3], en_body[4]),
	             NEXT_PAGE,
	             {12, BOLD, 72, 80, title},
	             BODY(120, en_body[3], en_body[4], en_body[1], en_body[3], en_body[4]),
	             NEXT_PAGE,
	             BODY(120, en_body[1], en_body[2], en_body[3], en_body[4], en_body[1]),
	             NEXT_PAGE,
	             BODY(120, en_body[2], en_body[3], en_body[4], en_body[1], en_body[2]),
	             NEXT_PAGE,
	             BODY(120, en_body[3], en_body[4], en_body[1], en_body[2], en_body[3]),
	             NEXT_PAGE,
	             BODY(120, en_body[4], en_body[1], en_body[2], en_body[3], en_body[4])};
	json_t *r = convert(L, sizeof L / sizeof *L);
	(void)state;
	field_is(r, "headline", title);
	json_decref(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(subtitle_smaller_italic_en),
	    cmocka_unit_test(subtitle_a_point_smaller_fr),
	    cmocka_unit_test(subtitle_in_another_family_de),
	    cmocka_unit_test(subtitle_in_italic_same_size_es),
	    cmocka_unit_test(subtitle_in_another_family_same_size_es),
	    cmocka_unit_test(subtitle_in_another_colour_it),
	    cmocka_unit_test(title_of_two_lines_in_one_colour_stays_whole),
	    cmocka_unit_test(standfirst_under_the_title),
	    cmocka_unit_test(title_of_three_lines_stays_whole),
	    cmocka_unit_test(title_running_on_across_a_face_stays_whole),
	    cmocka_unit_test(title_filling_its_line_into_italic_stays_whole),
	    cmocka_unit_test(bold_lead_in_keeps_its_paragraph),
	    cmocka_unit_test(table_rows_drawn_cell_by_cell),
	    cmocka_unit_test(title_on_cover_and_page_two_is_kept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

#else

int main(void)
{
	printf("skipped: the PDF plugin was built without cairo (make OCR=0), which draws these tests' PDFs\n");
	return 0;
}

#endif
