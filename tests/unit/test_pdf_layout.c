/*
 * test_pdf_layout.c - the PDF plugin's layout pass (plugins/pdf/layout.c)
 * on lines made by hand, one convention per test: where a paragraph ends,
 * which fragments of one visual line belong together, what reading order
 * a page gets. Every line is given its box, size and weight, as read_page
 * would give it, so each case states exactly the geometry it is about.
 */
#include "pm_test.h"

#include "../../plugins/pdf/layout.h"
#include "../../plugins/kit/kit.h"

#include <ctype.h>
#include <math.h>

/* ---- lines made by hand -------------------------------------------------- */

typedef struct hl {
	int page;     /* 1-based; pages are 612x792 */
	double x0, y0; /* top-left of the line */
	double size;  /* font size; characters are 0.5 em wide */
	double bold;  /* share of bold characters */
	const char *text;
} hl;

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
static bool show_layout; /* cap_begin also writes the PM_BL_* flags */
static double box_height = 1.0; /* a line's box, in ems (a font's ascent and descent) */
static const double *line_ends;  /* where each line ends, when not where its characters put it */
static bool rtl_lines;           /* the lines are right-to-left */
static bool rtl_first_letter;    /* ... but those opening with a Latin letter */
static const double *line_heights; /* a line's box height where not 0, when not its type's */
static bool cell_cuts;           /* a '|' in a line's text is a cut (layout_cells) */
static const double *line_gaps;  /* each line's mean word gap in ems (layout.word_space_stretch), when given */
static const size_t *line_bold_open; /* the characters opening each line in bold (layout.bold_run_in_heading) */
static const bool *line_untagged;    /* outside a tagged page's structure tree (layout.tagged_artifact) */
static const bool *line_break_marks; /* the line's end hyphen was U+2010 (pdf.break_hyphen_mark) */
static const double *line_slopes; /* each line's slope, dy/dx (layout.skewed_baseline), when given */
static const char *const *line_fonts; /* each line's face (layout.picture_caption.narrow_type), when given */
static const double *line_advances;  /* each line's advance per character where not 0, when not half its size */
static const double (*page_rules)[4]; /* rules drawn on page 1, x0 y0 x1 y1 (layout.table.ruled_cells) */
static size_t npage_rules;

static int cap_begin(pm_sink *s, const pm_block_info *i)
{
	if (show_layout)
		pm_buf_printf((pm_buf *)s, "[%d%s%s%s%s%s]", i->type, i->layout & PM_BL_TOP_BAND ? "T" : "",
		              i->layout & PM_BL_BOTTOM_BAND ? "B" : "", i->layout & PM_BL_REPEATED ? "R" : "",
		              i->layout & PM_BL_ALONE ? "A" : "", i->layout & PM_BL_SIDE ? "S" : "");
	else
		pm_buf_printf((pm_buf *)s, "[%d]", i->type);
	return 0;
}
static int cap_none(pm_sink *s)
{
	(void)s;
	return 0;
}
static int cap_kv(pm_sink *s, const char *k, const char *v)
{
	(void)s, (void)k, (void)v;
	return 0;
}
static int cap_int(pm_sink *s, int v)
{
	(void)s, (void)v;
	return 0;
}
static int cap_str(pm_sink *s, const char *v)
{
	(void)s, (void)v;
	return 0;
}
static int cap_warn(pm_sink *s, const char *c, const char *m)
{
	(void)m;
	pm_buf_printf((pm_buf *)s, "{%s}", c);
	return 0;
}
static int cap_fail(pm_sink *s, int st, const char *m)
{
	(void)m;
	pm_buf_printf((pm_buf *)s, "{fail %d}", st);
	return 0;
}
static int cap_cell(pm_sink *s, int r)
{
	pm_buf_adds((pm_buf *)s, r ? "<R>" : "<C>");
	return 0;
}

/* Lay out the lines and return what pdfl_emit pushed: "[type]" opens a
 * block, "<W>" a wrap, "<B>" a line break. Caller frees. */
static char *layout(const hl *L, size_t n, int pages)
{
	pdfl_doc d;
	pm_buf out;
	pm_host h = {sizeof h, PM_PLUGIN_ABI, NULL, cap_begin, cap_text, cap_line_end, cap_cell, cap_str,
	             cap_none, cap_kv, cap_int, cap_str, cap_warn, cap_fail, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
	int pg;
	size_t i;
	pdfl_init(&d);
	pm_buf_init(&out);
	for (pg = 1; pg <= pages; pg++) {
		assert_true(pdfl_add_page(&d, 612, 792));
		d.pages[d.npages - 1].tagged = line_untagged != NULL;
		for (i = 0; i < n; i++) {
			pdfl_line l;
			const char *sp;
			size_t len = strlen(L[i].text), at[16], nc = 0, k;
			char t[512];
			double x = L[i].x0, x1[16], x0[16];
			if (L[i].page != pg)
				continue;
			assert_true(len < sizeof t);
			for (k = 0; k <= len; k++) {
				t[k] = cell_cuts && L[i].text[k] == '|' ? ' ' : L[i].text[k];
				if (k < len && t[k] != L[i].text[k]) {
					assert_true(nc < 16);
					at[nc] = k;
					x1[nc] = x;
					x += 2 * L[i].size;
					x0[nc++] = x;
				} else {
					x += 0.5 * L[i].size;
				}
			}
			memset(&l, 0, sizeof l);
			l.size = L[i].size;
			l.char_w = line_advances && line_advances[i] > 0 ? line_advances[i] : 0.5 * l.size;
			l.font = line_fonts ? line_fonts[i] : NULL;
			l.x0 = L[i].x0;
			l.x1 = line_ends ? line_ends[i] : x - 0.5 * l.size;
			if (line_advances && line_advances[i] > 0)
				l.x1 = l.x0 + l.char_w * (double)len;
			l.y0 = L[i].y0;
			l.y1 = l.y0 + (line_heights && line_heights[i] > 0 ? line_heights[i] : box_height * l.size);
			l.bold = L[i].bold;
			l.bold_open = line_bold_open ? line_bold_open[i] : 0;
			l.break_mark = line_break_marks && line_break_marks[i];
			l.untagged = line_untagged && line_untagged[i];
			l.rtl = rtl_lines;
			/* as pdf.c reads a line's direction: from its first
			 * letter (a line may open with a Latin name; the other
			 * letters of these lines are right-to-left ones) */
			if (rtl_lines && rtl_first_letter) {
				const char *c = L[i].text;
				while (*c && !isalpha((unsigned char)*c) && (unsigned char)*c < 0xC0)
					c++;
				l.rtl = !isalpha((unsigned char)*c);
			}
			l.slope = line_slopes ? line_slopes[i] : 0;
			if (line_gaps) {
				const char *c;
				l.word_gap = line_gaps[i];
				for (c = L[i].text; *c; c++)
					l.spaces += *c == ' ';
			}
			sp = strchr(t, ' ');
			l.first_w = (double)(sp ? (size_t)(sp - t) : len) * l.char_w;
			assert_true(pdfl_add_line(&d, &l, t, len));
			for (k = 0; k < nc; k++)
				assert_true(pdfl_add_cut(&d, at[k], x1[k], x0[k]));
		}
		for (i = 0; pg == 1 && i < npage_rules; i++)
			assert_true(pdfl_add_rule(&d, 1, page_rules[i][0], page_rules[i][1], page_rules[i][2], page_rules[i][3]));
	}
	pdfl_analyse(&d);
	assert_int_equal(pdfl_emit(&d, &h, (pm_sink *)&out), 0);
	pdfl_free(&d);
	pm_buf_addc(&out, '\0');
	return pm_buf_steal(&out);
}

/* layout() with rules drawn on page 1 (layout.table.ruled_cells and the
 * tests of ruled tables): set for the call only, so that no later test
 * sees them. */
static char *layout_ruled(const hl *L, size_t n, int pages, const double (*rules)[4], size_t nrules)
{
	char *o;
	page_rules = rules;
	npage_rules = nrules;
	o = layout(L, n, pages);
	page_rules = NULL;
	npage_rules = 0;
	return o;
}

/* layout() with each line ending where ends says (a justified or ragged
 * measure the character count alone would not give). */
static char *layout_ending(const hl *L, size_t n, int pages, const double *ends)
{
	char *o;
	line_ends = ends;
	o = layout(L, n, pages);
	line_ends = NULL;
	return o;
}

/* Convention pdf.table_cells: layout() with lines whose text layer ran
 * a row's cells together, '|' standing where a cell ends and the next
 * starts two ems further on (a wide gap read_selection records as a
 * pdfl_cut). */
static char *layout_cells(const hl *L, size_t n)
{
	char *o;
	cell_cuts = true;
	o = layout(L, n, 1);
	cell_cuts = false;
	return o;
}

/* Body lines of 10 points (5 points a character) at x = 72, so that a
 * line of 90 characters fills the measure 72-522. */
#define B(pg, y, t) {pg, 72, y, 10, 0, t}

/* ---- paragraphs ----------------------------------------------------------- */

/* A document that sets paragraphs apart with space: a short line at the
 * usual leading (an address, a verse) does not end the paragraph. */
static void spaced_paragraphs_keep_short_lines(void **state)
{
	const hl L[] = {
		B(1, 100, "The parish council opened the new reading room on the green this week, with a fund for"),
		B(1, 112, "books that the villagers raised over three winters."),
		B(1, 136, "The room is open every afternoon and on Saturday mornings, and the council will add"),
		B(1, 148, "a shelf of local history next spring."),
		B(1, 172, "The keys are kept at the post office,"),
		B(1, 184, "where the room's diary is too."),
		B(1, 208, "Reading Room"),
		B(1, 220, "4 Mill Lane"),
		B(1, 244, "Volunteers who would like to keep the room open on Sundays can sign up at the door."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]The keys are kept at the post office,<W>where the room's diary is too.[1]"));
	/* lines that neither punctuate nor run on stay apart (an address) */
	assert_non_null(strstr(o, "[1]Reading Room[1]4 Mill Lane[1]Volunteers"));
	free(o);
}

/* Convention layout.space_habit: a document that sets its paragraphs
 * apart with space shows the habit after paragraphs whose last line ends
 * a sentence too near the margin for the next word as well as after short
 * ones; counted, they tell a short line at the usual leading (a line
 * broken inside the paragraph) from a paragraph's end. */
static void space_habit_full_last_lines(void **state)
{
	static const double ends[] = {522, 510, 505, 300, 310, 505, 522, 512, 508, 290, 320, 506};
	const hl L[] = {
		B(1, 100, "The harbour trust of Kelmsby will dredge the old basin this summer so that the fishing"),
		B(1, 112, "fleet can moor there again at low tide, for the first time since the nineteen-sixties."),
		B(1, 136, "Contractors will start in June and finish before the autumn storms reach the coast."),
		B(1, 160, "Everyone is welcome at the quay on Saturday."),
		B(1, 172, "The trust will serve tea and explain the work."),
		B(1, 196, "Harbourmasters from the neighbouring ports have been invited to the open day as well."),
		B(1, 300, "Biblioteket i Norrvik öppnar en ny läsesal i den gamla brandstationen vid torget i"),
		B(1, 312, "april, efter ett år av ombyggnad som kommunen och en lokal stiftelse har betalat."),
		B(1, 336, "Salen har plats för sextio besökare och en hörna med tidningar från hela länet."),
		B(1, 360, "Alla är välkomna på invigningen."),
		B(1, 372, "Det bjuds på kaffe och musik från kulturskolan."),
		B(1, 396, "Bibliotekarierna visar också hur man lånar e-böcker med sitt vanliga lånekort."),
	};
	char *o;
	(void)state;
	/* two documents: the English lines, then the Swedish ones */
	o = layout_ending(L, 6, 1, ends);
	assert_non_null(strstr(o, "on Saturday.<W>The trust will serve tea"));
	assert_non_null(strstr(o, "the nineteen-sixties.[1]Contractors"));
	assert_non_null(strstr(o, "explain the work.[1]Harbourmasters"));
	free(o);
	o = layout_ending(L + 6, 6, 1, ends + 6);
	assert_non_null(strstr(o, "invigningen.<W>Det bjuds"));
	assert_non_null(strstr(o, "kommunen och en lokal stiftelse har betalat.[1]Salen"));
	free(o);
}

/* Convention layout.space_habit, with pdf.dash_speech: the space before
 * a paragraph of speech opened by a dash, after a sentence's end, is the
 * paragraph's (a list's items say nothing of the habit, speech does);
 * counted, it tells the line broken inside the speech from its end. */
static void space_habit_before_dash_speech(void **state)
{
	static const double ends[] = {522, 380, 300, 516, 400, 522, 390, 280, 514, 410};
	const hl L[] = {
		B(1, 100, "Gmina Dolna Sosnowa otwiera przy rynku nowy punkt wypożyczania rowerów miejskich dla"),
		B(1, 112, "mieszkańców i turystów, czynny codziennie."),
		B(1, 136, "\xE2\x80\x93 Rowery to przyszłość naszego miasta."),
		B(1, 148, "Chcemy, żeby każdy mógł dojechać do pracy bez samochodu \xE2\x80\x93 mówi wójt Jan Lis."),
		B(1, 172, "Punkt kosztował 40 tys. zł i został sfinansowany z budżetu gminy."),
		B(1, 300, "Kommunen i Norrbacka bygger en ny gång- och cykelbro över ån vid kvarnen, som ska stå"),
		B(1, 312, "klar i oktober och ersätta den gamla träbron."),
		B(1, 336, "\xE2\x80\x93 Bron knyter ihop byn igen."),
		B(1, 348, "Barnen slipper gå längs landsvägen till skolan varje morgon, s\xC3\xA4ger Eva Holm."),
		B(1, 372, "Bygget kostar tolv miljoner kronor och betalas av kommunen och Trafikverket."),
	};
	char *o;
	(void)state;
	o = layout_ending(L, 5, 1, ends);
	assert_non_null(strstr(o, "[1]\xE2\x80\x93 Rowery to przyszłość naszego miasta.<W>Chcemy"));
	free(o);
	o = layout_ending(L + 5, 5, 1, ends + 5);
	assert_non_null(strstr(o, "[1]\xE2\x80\x93 Bron knyter ihop byn igen.<W>Barnen"));
	free(o);
}

/* Convention pdf.dash_speech_indent: speech of one sentence opened by
 * a dash over three lines, its first line indented by the paragraph's
 * indent (15 points) past the lines that wrap from it, as TeX sets it:
 * a paragraph that keeps its dash, no list item (an item's lines hang
 * right of its dash or start where it does). Swedish: no speech verb of
 * the lexicon tells it. */
static void dash_speech_indented_paragraph(void **state)
{
	static const double ends[] = {300, 300, 300, 300, 300, 190};
	const hl L[] = {
		B(1, 100, "Kommunen i Ekby \xC3\xB6ppnar en ny simhall vid skolan i h\xC3\xB6st, med"),
		B(1, 112, "en bass\xC3\xA4ng f\xC3\xB6r simundervisning och en f\xC3\xB6r motionssim."),
		{1, 87, 124, 10, 0, "\xE2\x80\x93 Alla barn ska l\xC3\xA4ra sig simma innan de"},
		B(1, 136, "slutar sexan, oavsett var de bor, s\xC3\xA4ger Hanna Ek,"),
		B(1, 148, "ordf\xC3\xB6rande i barn- och utbildningsn\xC3\xA4mnden i Ekby"),
		B(1, 160, "kommun sedan valet."),
	};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "[1]\xE2\x80\x93 Alla barn ska"));
	assert_null(strstr(o, "[2]"));
	free(o);
}

/* Convention layout.equal_columns_not_float: two columns of one measure
 * (72-277 and 292-492, LaTeX's multicols), then an About heading set
 * across the page under them that ends within the first column's
 * measure, and its text at the full measure: the heading is read after
 * both columns, not drawn into the first as the line under a text that
 * flows around a box (layout.float_margin, whose box is narrower). */
static void equal_columns_then_full_width_heading(void **state)
{
	const hl L[] = {
		B(1, 100, "Tarnfield library opens a tool shed for"),
		B(1, 114, "its members in the old coach house, with"),
		B(1, 128, "drills, ladders and a pressure washer to"),
		B(1, 142, "borrow for up to a week at no charge, for"),
		B(1, 156, "anyone who holds a card of the library."),
		B(1, 170, "The shed opens on Saturday mornings."),
		{1, 292, 100, 10, 0, "The tools were given by residents who no"},
		{1, 292, 114, 10, 0, "longer needed them, and volunteers from"},
		{1, 292, 128, 10, 0, "the repair club check each one before it"},
		{1, 292, 142, 10, 0, "goes out, and keep a list of what needs"},
		{1, 292, 156, 10, 0, "mending and what has been returned late"},
		{1, 292, 170, 10, 0, "in the shed's book by the counter."},
		{1, 72, 195, 12, 1, "About Tarnfield Library"},
		B(1, 216, "Tarnfield Library lends books, music and tools to the 9,000 people of the parish and its farms."),
	};
	char *o;
	(void)state;
	o = layout(L, sizeof L / sizeof L[0], 1);
	assert_non_null(strstr(o, "in the shed's book by the counter."));
	assert_non_null(strstr(o, "About Tarnfield Library"));
	assert_true(strstr(o, "in the shed's book by the counter.") < strstr(o, "About Tarnfield Library"));
	assert_true(strstr(o, "The shed opens on Saturday mornings.") < strstr(o, "The tools were given"));
	free(o);
}

/* pdf.hangul_wrap_anywhere: Hangul lines that wrap anywhere fill their
 * measure to within a syllable, at ragged distances: a wrap there is
 * inside a word and joins with no space; a document that ends a wrapped
 * line a word short wraps at spaces, and keeps them. */
static void hangul_wraps_anywhere_join(void **state)
{
	static const double anywhere[] = {522, 517, 400};
	static const double by_word[] = {522, 503, 400};
	const hl L[] = {
		B(1, 100, "\xED\x95\x9C\xEC\x9A\xB8\xEB\xAC\xBC\xEC\x82\xB0\xEC\x9D\x80 \xEC\x98\xA8\xEB\x9D\xBC\xEC\x9D\xB8"),
		B(1, 112, "\xEB\xAA\xB0\xEC\x97\x90\xEC\x84\x9C \xED\x8C\x90\xEB\xA7\xA4\xED\x95\x9C\xEB\x8B\xA4"),
		B(1, 124, "\xEC\x9E\x91\xEC\x97\x85\xEB\xB3\xB5\xEC\x9D\x84 \xED\x8C\x90\xEB\x8B\xA4."),
	};
	char *o;
	(void)state;
	line_ends = anywhere;
	o = layout(L, 3, 1);
	/* "온라인" / "몰에서": one word */
	assert_non_null(strstr(o, "\xEC\x98\xA8\xEB\x9D\xBC\xEC\x9D\xB8\xEB\xAA\xB0"));
	free(o);
	line_ends = by_word;
	o = layout(L, 3, 1);
	assert_non_null(strstr(o, "\xEC\x9D\xB8<W>\xEB\xAA\xB0"));
	free(o);
	line_ends = NULL;
}

/* pdf.hangul_wrap_anywhere.figures: a full line that ends on a figure
 * with its counter opening the next ("…1" / "일 연다고") was broken
 * inside the word "1일", which a layout that wraps at spaces never
 * does: the document wraps anywhere, and the wrap joins with no space
 * even where no line stops at a ragged distance from the margin.
 * pdf.hangul_wrap_anywhere.whole_words: in a document that wraps
 * anywhere a ragged line that ends within a syllable of its margin may
 * still have broken at a space ("마을" / "가게에서"): the line's last
 * word written alone elsewhere ("해안 마을 열두") keeps the space, while a
 * wrap no word speaks against ("수거" / "함을") joins. */
static void hangul_wrap_figures_and_whole_words(void **state)
{
	static const double ends[] = {522, 400}, ends3[] = {512, 518, 400};
	const hl L[] = {
		B(1, 100, "\xED\x95\x9C\xEC\x9A\xB8\xEB\xAC\xBC\xEC\x82\xB0\xEC\x9D\x80 \xEC\x83\x88 \xEA\xB3\xB5\xEC\x9E\xA5\xEC\x9D\x84 \xEB\x8B\xA4\xEC\x9D\x8C \xEB\x8B\xAC 1"),
		B(1, 112, "\xEC\x9D\xBC \xEC\x97\xB0\xEB\x8B\xA4\xEA\xB3\xA0 \xEB\xB0\x9D\xED\x98\x94\xEB\x8B\xA4."),
	};
	const hl M[] = {
		B(1, 100, "\xED\x95\x9C\xEC\x9A\xB8\xEA\xB5\xB0\xEC\x9D\x80 \xED\x95\xB4\xEC\x95\x88 \xEB\xA7\x88\xEC\x9D\x84 \xEC\x97\xB4\xEB\x91\x90 \xEA\xB3\xB3\xEC\x97\x90 \xEC\x83\x88 \xEC\x88\x98\xEA\xB1\xB0"),
		B(1, 112, "\xED\x95\xA8\xEC\x9D\x84 \xEB\x91\x90\xEA\xB3\xA0 \xEC\xA3\xBC\xEB\xAF\xBC\xEB\x93\xA4\xEC\x9D\xB4 \xEB\xA7\x88\xEC\x9D\x84"),
		B(1, 124, "\xEA\xB0\x80\xEA\xB2\x8C\xEC\x97\x90\xEC\x84\x9C \xEC\x93\xB0\xEB\x8A\x94 \xEC\x83\x81\xED\x92\x88\xEA\xB6\x8C\xEC\x9D\x84 \xEC\xA4\x80\xEB\x8B\xA4."),
	};
	char *o;
	(void)state;
	o = layout_ending(L, 2, 1, ends);
	/* "1" / "일": "1일" */
	assert_non_null(strstr(o, "1\xEC\x9D\xBC"));
	assert_null(strstr(o, "<W>"));
	free(o);
	o = layout_ending(M, 3, 1, ends3);
	assert_non_null(strstr(o, "\xEC\x88\x98\xEA\xB1\xB0\xED\x95\xA8\xEC\x9D\x84"));
	assert_non_null(strstr(o, "\xEB\xA7\x88\xEC\x9D\x84<W>\xEA\xB0\x80\xEA\xB2\x8C\xEC\x97\x90\xEC\x84\x9C"));
	free(o);
}

/* pdf.cjk_heading_mark: a heading mark typed before a Japanese heading
 * ("■応募の流れ"), drawn apart from it by the fallback font's bearings,
 * in a larger bold type over unmarked lines set further in: the mark is
 * the writer's text, kept with no gap, and the line is a paragraph, not
 * a bulleted item; a
 * run of lines each opening with the mark ("● 北浜製菓", "● 南町珈琲")
 * is a list and loses its bullets. */
static void cjk_heading_mark_kept(void **state)
{
	const hl L[] = {
		B(1, 100, "\xE6\x9C\xAC\xE5\xB9\xB4\xE5\xBA\xA6\xE3\x81\xAF\xE5\x85\xA8\xE5\x9B\xBD\xE3\x81\xAE\xE6\x9B\xB8\xE5\xBA\x97\xE3\x81\x8C\xE5\x8F\x82\xE5\x8A\xA0\xE3\x81\x97\xE3\x80\x81\xE5\x8F\x97\xE8\xB3\x9E\xE4\xBD\x9C\xE3\x81\xAE\xE5\xB8\xAF\xE3\x82\x92\xE7\x84\xA1\xE6\x96\x99\xE3\x81\xA7\xE9\x85\x8D\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82"),
		{1, 72, 126, 14, 1, "\xE2\x96\xA0 \xE5\xBF\x9C\xE5\x8B\x9F\xE3\x81\xAE\xE6\xB5\x81\xE3\x82\x8C"},
		{1, 112, 150, 10, 0, "\xE7\x99\xBB\xE9\x8C\xB2\xEF\xBC\x9A" "6\xE6\x9C\x88" "10\xE6\x97\xA5\xE3\x81\xBE\xE3\x81\xA7\xE3\x81\xAB\xE5\x8F\x97\xE4\xBB\x98"},
		{1, 112, 164, 10, 0, "\xE6\x8A\x95\xE7\xA5\xA8\xEF\xBC\x9A" "7\xE6\x9C\x88" "1\xE6\x97\xA5\xEF\xBD\x9E" "7\xE6\x9C\x88" "20\xE6\x97\xA5"},
	};
	const hl M[] = {
		B(1, 100, "\xE5\x87\xBA\xE5\xB1\x95\xE8\x80\x85\xE3\x81\xAE\xE4\xB8\x80\xE8\xA6\xA7\xE3\x81\xAF\xE6\xAC\xA1\xE3\x81\xAE\xE3\x81\xA8\xE3\x81\x8A\xE3\x82\x8A\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82"),
		{1, 72, 126, 10, 0, "\xE2\x97\x8F \xE5\x8C\x97\xE6\xB5\x9C\xE8\xA3\xBD\xE8\x8F\x93"},
		{1, 72, 140, 10, 0, "\xE2\x97\x8F \xE5\x8D\x97\xE7\x94\xBA\xE7\x8F\x88\xE7\x90\xB2"},
		{1, 72, 154, 10, 0, "\xE2\x97\x8F \xE8\xA5\xBF\xE5\xB1\xB1\xE8\x8C\xB6\xE6\x88\xBF"},
	};
	char *o;
	(void)state;
	o = layout(L, 4, 1);
	assert_non_null(strstr(o, "[1]\xE2\x96\xA0\xE5\xBF\x9C\xE5\x8B\x9F\xE3\x81\xAE\xE6\xB5\x81\xE3\x82\x8C"));
	free(o);
	o = layout(M, 4, 1);
	assert_non_null(strstr(o, "[3]\xE5\x8C\x97\xE6\xB5\x9C\xE8\xA3\xBD\xE8\x8F\x93"));
	assert_null(strstr(o, "\xE2\x97\x8F"));
	free(o);
}

/* pdf.hangul_wrap_anywhere on a long document: forty pages of Hangul
 * paragraphs that wrap anywhere, 600 wrap candidates. Each is measured
 * against its page's ragged margin and natural word gap, read once per
 * page and left edge (ragged_cache), not from every line of the
 * document at each candidate (quadratic); every page's wraps still join
 * inside the word. */
static void hangul_wraps_anywhere_long_document(void **state)
{
	enum { PAGES = 40, GROUPS = 15, N = PAGES * GROUPS * 3 };
	static const char *text[] = {
		"\xED\x95\x9C\xEC\x9A\xB8\xEB\xAC\xBC\xEC\x82\xB0\xEC\x9D\x80 \xEC\x98\xA8\xEB\x9D\xBC\xEC\x9D\xB8",
		"\xEB\xAA\xB0\xEC\x97\x90\xEC\x84\x9C \xED\x8C\x90\xEB\xA7\xA4\xED\x95\x9C\xEB\x8B\xA4",
		"\xEC\x9E\x91\xEC\x97\x85\xEB\xB3\xB5\xEC\x9D\x84 \xED\x8C\x90\xEB\x8B\xA4.",
	};
	static const double end[] = {522, 517, 400};
	hl *L = malloc(N * sizeof *L);
	double *ends = malloc(N * sizeof *ends);
	const char *p;
	char *o;
	size_t i, joined = 0;
	(void)state;
	assert_non_null(L);
	assert_non_null(ends);
	for (i = 0; i < N; i++) {
		size_t g = i / 3 % GROUPS, k = i % 3;
		hl x = B((int)(i / (3 * GROUPS)) + 1, 40 + 48 * (double)g + 12 * (double)k, text[k]);
		L[i] = x;
		ends[i] = end[k];
	}
	line_ends = ends;
	o = layout(L, N, PAGES);
	line_ends = NULL;
	/* "온라인" / "몰에서": one word, on every page */
	for (p = o; (p = strstr(p, "\xEC\x98\xA8\xEB\x9D\xBC\xEC\x9D\xB8\xEB\xAA\xB0")) != NULL; p++)
		joined++;
	assert_int_equal(joined, PAGES * GROUPS);
	free(o);
	free(L);
	free(ends);
}

/* pdf.baseline_row: Latin digits in a Thai title, in a font whose boxes
 * are shorter than the Thai font's (a Thai box is near twice its size
 * tall) and whose size the text layer gives apart: the figure stands on
 * the title's baseline, within the title's height, and is read in its
 * place between the words, not after them nor as a line of its own. A
 * superscript (its middle above the line's) is not. */
static void baseline_row_figure_in_a_thai_title(void **state)
{
	static const double ends[] = {300, 314, 360, 540, 400};
	static const double heights[] = {40, 23.5, 40, 0, 0};
	const hl L[] = {
		{1, 72, 100, 30, 1, "\xE0\xB8\x95\xE0\xB8\xA5\xE0\xB8\xB2\xE0\xB8\x94 \xE0\xB9\x80\xE0\xB8\x9B\xE0\xB8\xB4\xE0\xB8\x94"},
		{1, 307, 110.3, 20, 1, "8"},
		{1, 321, 100, 30, 1, "\xE0\xB9\x81\xE0\xB8\xAB\xE0\xB9\x88\xE0\xB8\x87"},
		B(1, 160, "The market opens every Saturday morning by the river, and the stalls sell fruit,"),
		B(1, 172, "rice and cloth from the villages around it."),
	};
	char *o;
	(void)state;
	line_heights = heights;
	o = layout_ending(L, 5, 1, ends);
	line_heights = NULL;
	/* "ตลาด เปิด 8 แห่ง" */
	assert_non_null(strstr(o, "[1]\xE0\xB8\x95\xE0\xB8\xA5\xE0\xB8\xB2\xE0\xB8\x94 \xE0\xB9\x80\xE0\xB8\x9B\xE0\xB8\xB4\xE0\xB8\x94 8 "
	                          "\xE0\xB9\x81\xE0\xB8\xAB\xE0\xB9\x88\xE0\xB8\x87[1]The market"));
	free(o);
}

/* pdf.interleaved_runs: "2025年3月6日" whose figures the text layer
 * gives as one line ("2025 3 6", Latin figures of 0.64 em) and the
 * ideographs as another over it ("年 月 日", an em each): the ideographs
 * fill the gaps between the figures and follow the last, one date. Lines
 * over one another whose words would not land where the page has them
 * (the ideographs' line starts elsewhere) stay apart. */
static void interleaved_runs_cjk_date(void **state)
{
	static const double ends[] = {97.7, 108.7, 540, 400};
	static const double heights[] = {12.8, 14.3, 0, 0};
	const hl L[] = {
		{1, 33.7, 45.3, 11, 0, "2025 3 6"},
		{1, 61.7, 45.0, 11, 0, "\xE5\xB9\xB4 \xE6\x9C\x88 \xE6\x97\xA5"},
		B(1, 90, "The ferry company will run a night crossing from the first of May, every Friday"),
		B(1, 102, "and Saturday until the end of the summer."),
	};
	hl U[4];
	char *o;
	(void)state;
	line_heights = heights;
	o = layout_ending(L, 4, 1, ends);
	assert_non_null(strstr(o, "2025\xE5\xB9\xB4" "3\xE6\x9C\x88" "6\xE6\x97\xA5"));
	free(o);
	memcpy(U, L, sizeof L);
	U[1].x0 = 50;
	o = layout_ending(U, 4, 1, ends);
	assert_null(strstr(o, "2025\xE5\xB9\xB4"));
	free(o);
	line_heights = NULL;
}

/* pdf.leader_rows: rows set with dot leaders under their label, in a
 * document spaced between paragraphs, are one entry with the label; the
 * line after the last row is a paragraph of its own, and a prose ellipsis
 * ("..." and words going on) is no leader. */
/* pdf.row_opens_with_mark: a Sinhala heading that the text layer gives
 * in two fragments of one row, a word apart (a glyph mapped to nothing),
 * the second opening with a vowel sign written after its consonant
 * (U+0DD2): one line, not two paragraphs. A sign drawn before its
 * consonant (U+0DD9) opens a syllable in visual order: the fragments
 * stay apart, as any two a word wider apart would. */
static void row_fragment_opening_with_a_mark(void **state)
{
	/* "ගමට" / "ිය නගරය" (invented words) at 12 pt, 2.2 em apart; the
	 * second fragment opens with U+0DD2 (joined) or U+0DD9 (apart) */
	static const char left[] = "\xE0\xB6\x9C\xE0\xB6\xB8\xE0\xB6\xA7";
	static const char *const right[] = {"\xE0\xB7\x92\xE0\xB6\xBA \xE0\xB6\xB1\xE0\xB6\x9C\xE0\xB6\xBB\xE0\xB6\xBA",
	                                    "\xE0\xB7\x99\xE0\xB6\xBA \xE0\xB6\xB1\xE0\xB6\x9C\xE0\xB6\xBB\xE0\xB6\xBA"};
	hl L[] = {
		{1, 72, 100, 12, 1, left},
		{1, 72 + (double)(sizeof left - 2) * 6 + 2.2 * 12, 100, 12, 1, NULL},
		B(1, 130, "The river ferry will run every hour from the first of May until the end of"),
		B(1, 142, "September, the council said on Monday."),
	};
	size_t k;
	(void)state;
	for (k = 0; k < 2; k++) {
		char want[64], *o;
		L[1].text = right[k];
		snprintf(want, sizeof want, "%s %.6s", left, right[k]);
		o = layout(L, sizeof L / sizeof L[0], 1);
		assert_int_equal(strstr(o, want) != NULL, k == 0);
		free(o);
	}
}

static bool leader(const char *t)
{
	return pm_leader_row(t, strlen(t));
}

static void leader_rows_one_entry(void **state)
{
	const hl L[] = {
		B(1, 100, "The village hall committee has set the fees for the coming season, after a year in"),
		B(1, 112, "which bookings doubled."),
		B(1, 136, "Hall fees:"),
		B(1, 148, "Main hall, evening ........ 40.00"),
		B(1, 160, "Kitchen ........ 15.00"),
		B(1, 172, "Garden room ........ 20.00"),
		B(1, 184, "Bookings open on Monday at the post office."),
		B(1, 208, "Wait... the doors open at seven"),
		B(1, 220, "and close at ten."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]Hall fees:<W>Main hall, evening ........ 40.00<W>Kitchen ........ 15.00<W>Garden "
	                          "room ........ 20.00[1]Bookings open"));
	assert_true(leader("Lot 12 . . . . . 4 500 \xE2\x82\xAC"));
	assert_true(leader("Opening\xE2\x80\xA6\xE2\x80\xA6" "10:00"));
	assert_false(leader("Wait..... and then the speeches, the dinner and the long dance went on all night"));
	assert_false(leader("........ 40.00"));
	free(o);
}

/* Without space between paragraphs, the short line is the only sign of
 * the paragraph's end: the next word would have fitted on it. */
static void unspaced_short_line_ends_paragraph(void **state)
{
	const hl L[] = {
		B(1, 100, "The ferry company added a crossing at dawn for the workers of the two canneries on the"),
		B(1, 112, "island, who had asked for one since the spring."),
		B(1, 124, "The first sailing leaves at half past five and takes forty minutes in calm weather, and"),
		B(1, 136, "the return is timed for the end of the early shift."),
		B(1, 148, "Tickets cost the same as on the other crossings and season passes are valid on it too."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]The ferry company added a crossing at dawn for the workers of the two canneries on "
	                       "the<W>island, who had asked for one since the spring.[1]The first sailing leaves at "
	                       "half past five and takes forty minutes in calm weather, and<W>the return is timed for "
	                       "the end of the early shift.[1]Tickets cost the same as on the other crossings and "
	                       "season passes are valid on it too.");
	free(o);
}

/* Convention layout.symmetric_margins: margins are equal on both sides
 * of the page unless changed, so a line that starts at the left margin
 * and ends within a few characters of the mirrored one (612 - 72 = 540
 * here) shows where the measure ends, though most lines of a short
 * release (a title, one-line paragraphs, a list of names) end far
 * before it. Without it the title (ending at 287) was taken for a line
 * filled to a margin put at 287 and ran into the lead. */
static void measure_shown_by_the_mirrored_margin(void **state)
{
	const hl L[] = {
		B(1, 100, "Harbour trust opens a second ferry terminal"),
		B(1, 122, "ROCHEFORT, 4 May 2026 - The harbour trust opened its second ferry terminal on the east quay,"),
		B(1, 134, "where the old grain sheds stood for a century."),
		B(1, 156, "Ferries will leave every half hour."),
		B(1, 178, "Contact: Ada Morel, press@harbour.example"),
		B(1, 200, "Annex"),
		B(1, 222, "Members of the trust"),
	};
	const hl fr[] = {
		B(1, 100, "La ville de Morlaix ouvre une halle couverte"),
		B(1, 122, "MORLAIX, 2 mars 2026 - La ville ouvre ce samedi une halle couverte pour le marché du quai,"),
		B(1, 134, "fermé depuis l'incendie de l'hiver."),
		B(1, 156, "Contact : Jeanne Le Du"),
		B(1, 178, "Annexe"),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]Harbour trust opens a second ferry terminal[1]ROCHEFORT"));
	assert_non_null(strstr(o, "east quay,<W>where the old grain sheds stood for a century.[1]Ferries"));
	assert_non_null(strstr(o, "[1]Annex[1]Members of the trust"));
	free(o);
	o = layout(fr, sizeof fr / sizeof fr[0], 1);
	assert_non_null(strstr(o, "[1]La ville de Morlaix ouvre une halle couverte[1]MORLAIX"));
	assert_non_null(strstr(o, "[1]Contact : Jeanne Le Du[1]Annexe"));
	free(o);
}

/* ... a line that runs past the mirrored margin (an address too long to
 * break, 602 > 540) is no evidence of the measure: the other lines of
 * the paragraph, ragged about 420, stay one paragraph. */
static void overflowing_line_is_no_margin(void **state)
{
	const hl L[] = {
		B(1, 100, "Die Stadtwerke Hollstätt bauen das Fernwärmenetz im Westen der Stadt"),
		B(1, 112, "bis zum Herbst aus und schließen dabei weitere Schulen an, wie sie"),
		B(1, 124, "am Montag mitteilten. Die Pläne stehen unter https://stadtwerke-hollstaett.example/fernwaerme/ausbau-west"),
		B(1, 136, "zum Nachlesen bereit und werden ab Mittwoch im Rathaus ausgelegt, wo"),
		B(1, 148, "auch die Baustellen des nächsten Jahres eingezeichnet sind."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]Die Stadtwerke Hollstätt bauen das Fernwärmenetz im Westen der Stadt<W>bis zum Herbst "
	                       "aus und schließen dabei weitere Schulen an, wie sie<W>am Montag mitteilten. Die Pläne "
	                       "stehen unter https://stadtwerke-hollstaett.example/fernwaerme/ausbau-west<W>zum "
	                       "Nachlesen bereit und werden ab Mittwoch im Rathaus ausgelegt, wo<W>auch die Baustellen "
	                       "des nächsten Jahres eingezeichnet sind.");
	free(o);
}

/* ... but where the lines already end near the mirror, within a quarter
 * of the measure (435 here, against 540), the quantile is the text's own
 * measure: a block quote set in from both margins over much of the page
 * keeps its lines together, though the text around it fills the page's
 * measure. */
static void block_quote_keeps_its_measure(void **state)
{
	const hl L[] = {
		B(1, 100, "The court of appeal heard the case of the ferry workers on Monday and gave its ruling on its"),
		B(1, 112, "own the same day, quoting the harbour law in full:"),
		{1, 120, 130, 10, 0, "Every operator shall pay the crews of its night crossings a sum"},
		{1, 120, 142, 10, 0, "of one fifth of their wage for each crossing made, and shall"},
		{1, 120, 154, 10, 0, "keep a register of all the crossings made after dark, which"},
		{1, 120, 166, 10, 0, "inspectors of the port authority may consult at any time and"},
		{1, 120, 178, 10, 0, "copy, and that it shall keep for no less than six years."},
		B(1, 196, "The ruling applies to all three operators of the estuary, the court said."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "in full:[1]Every operator shall pay the crews of its night crossings a sum<W>of one fifth "
	                          "of their wage for each crossing made, and shall<W>keep a register of all the crossings "
	                          "made after dark, which<W>inspectors of the port authority may consult at any time "
	                          "and<W>copy, and that it shall keep for no less than six years.[1]The ruling"));
	free(o);
}

/* Lay out L and check that its output holds want (the tests of the
 * word-processor forms below, each in two languages). */
static void layout_holds(const hl *L, size_t n, int pages, const char *want)
{
	char *o = layout(L, n, pages);
	assert_non_null(strstr(o, want));
	free(o);
}

/* Convention layout.unspaced_mirror_measure: a word processor's page
 * without space between paragraphs, every line from the left margin:
 * the lines end between 467 and 522 and their quantile (502) stands
 * within a quarter of the measure of the mirror (540), but the first
 * line, at 522, shows the measure goes on to there. "Mondays." stops 50
 * points short of it, room for "Readers": the paragraph ended there
 * (without the rule it ran on into the next one, 30 points short of the
 * quantile). */
static void unspaced_paragraphs_measured_by_a_full_line(void **state)
{
	const hl L[] = {
		B(1, 100, "ALDERBY, 2 June 2026 - The county library opened a reading room in the old fire station on"),
		B(1, 112, "Market Street, with four hundred books and a table for the chess club on Monday."),
		B(1, 124, "Readers may borrow the books for three weeks, as in the other branches in town."),
		B(1, 136, "The reading room opens from nine to five on weekdays and from ten to one on Saturdays."),
		B(1, 148, "Contact: Ruth Amberly, press@alderby-library.example"),
	};
	const hl fr[] = {
		B(1, 100, "LORMONT-SUR-AUBE, le 2 juin 2026 - La commune a ouvert une salle de lecture dans l'ancienne"),
		B(1, 112, "caserne des pompiers, avec quatre cents livres et une table pour les joueurs."),
		B(1, 124, "Empruntés pour trois semaines, les livres se rendent dans toutes les salles."),
		B(1, 136, "La salle est ouverte du lundi au vendredi de neuf heures a dix-sept heures et le samedi."),
		B(1, 148, "Contact : Odile Sarrazin, presse@lormont.example"),
	};
	(void)state;
	layout_holds(L, sizeof L / sizeof L[0], 1, "old fire station on<W>Market Street, with four hundred books and a table for the chess "
	                          "club on Monday.[1]Readers may");
	layout_holds(fr, sizeof fr / sizeof fr[0], 1, "pour les joueurs.[1]Empruntés");
}

/* Convention layout.mirror_margin_fit: a word processor's page without
 * space between paragraphs, margins equal on both sides (612 - 72 = 540).
 * The lines end between 470 and 522 and the margin estimated from them
 * stands at 522; "Saturday." ends at 517, where "It" would not have
 * fitted before 522 but fits before the mirror: the lines wrapped
 * mid-phrase ("by" / "Oldfield", "as" / "well") left no room there for
 * their next word, so the mirror is the margin, and the paragraph ended
 * (without the rule it ran on into the next one). */
static void mirror_margin_fit(void **state)
{
	static const double ends[] = {512, 517, 522, 470, 300};
	const hl en[] = {
		B(1, 100, "WESTBRIDGE, 3 March 2026 - The parish of Westbridge opened a covered market hall by"),
		B(1, 112, "Oldfield Street on Saturday, with stalls for forty farmers and bakers of the valley."),
		B(1, 124, "It opens on Saturdays from eight to one, and on market days in the summer holidays as"),
		B(1, 136, "well as on the two fair days of the parish in May and in September."),
		B(1, 148, "Contact: Mara Quill, press@westbridge.example"),
	};
	const hl fr[] = {
		B(1, 100, "SAINT-AVOLD-LES-PINS, 3 mars 2026 - La commune a ouvert une halle couverte rue de la"),
		B(1, 112, "Fontaine samedi, avec des étals pour quarante maraîchers et boulangers de la vallée."),
		B(1, 124, "Il ouvre le samedi de huit heures à treize heures et les jours de foire, en mai et aussi"),
		B(1, 136, "pendant les deux semaines de la fête de la commune, en septembre."),
		B(1, 148, "Contact : Lise Morvan, presse@saint-avold-les-pins.example"),
	};
	char *o;
	(void)state;
	o = layout_ending(en, sizeof en / sizeof en[0], 1, ends);
	assert_non_null(strstr(o, "by<W>Oldfield Street"));
	assert_non_null(strstr(o, "bakers of the valley.[1]It opens on Saturdays"));
	assert_non_null(strstr(o, "holidays as<W>well as"));
	free(o);
	o = layout_ending(fr, sizeof fr / sizeof fr[0], 1, ends);
	assert_non_null(strstr(o, "de la vallée.[1]Il ouvre"));
	free(o);
}

/* ... but where a line wrapped mid-phrase left room before the mirror
 * for its next word ("by" at 492 / "Oldfield", 40 points, fits before
 * 540), the writer set the right margin apart from the left one, further
 * in: the mirror says nothing, and "valley." at 497, too full for "It"
 * before the lines' own margin, goes on. */
static void mirror_margin_unlike_the_lines(void **state)
{
	static const double ends[] = {492, 497, 500, 450, 300};
	const hl en[] = {
		B(1, 100, "WESTBRIDGE, 3 March 2026 - The parish of Westbridge opened a covered market hall by"),
		B(1, 112, "Oldfield Street on Saturday, with stalls for forty farmers and bakers of the valley."),
		B(1, 124, "It opens on Saturdays from eight to one, and on market days in the summer holidays as"),
		B(1, 136, "well as on the two fair days of the parish in May and in September."),
		B(1, 148, "Contact: Mara Quill, press@westbridge.example"),
	};
	char *o = layout_ending(en, sizeof en / sizeof en[0], 1, ends);
	(void)state;
	assert_non_null(strstr(o, "bakers of the valley.<W>It opens on Saturdays"));
	free(o);
}

/* ... nor on a page of two columns: the left column's lines (to 290)
 * stop far short of the page's mirrored margin, no line of it reaches
 * three quarters of that measure, and "valley." at 285 goes on though
 * "It" would fit before 540. */
static void mirror_margin_not_for_a_column(void **state)
{
	static const double ends[] = {288, 285, 290, 250, 286, 540, 538, 540, 420};
	const hl L[] = {
		B(1, 100, "The parish of Westbridge opened a covered"),
		B(1, 112, "market hall by Oldfield Street on Saturday,"),
		B(1, 124, "with stalls for forty farmers of the valley."),
		B(1, 136, "It opens on Saturdays from eight to one and"),
		B(1, 148, "on the fair days in May and in September."),
		{1, 322, 100, 10, 0, "The hall was built by the parish in 1898"},
		{1, 322, 112, 10, 0, "and served as a grain store until the war,"},
		{1, 322, 124, 10, 0, "when it was given to the fire brigade for"},
		{1, 322, 136, 10, 0, "its engines and its men."},
	};
	char *o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	(void)state;
	assert_non_null(strstr(o, "farmers of the valley.<W>It opens"));
	free(o);
}

/* Convention layout.marked_text_line_apart: a document that sets its
 * paragraphs apart with space, where a few paragraphs were set apart by
 * hand without it: a short line that ends a sentence, the next opening
 * another at the text's pitch, goes on in its paragraph (the document's
 * habit says so), but a line of symbols alone ("###", "-30-") and a
 * labelled contact line under a sentence are paragraphs of their own
 * (they ran on as the paragraph's last words). */
static void marked_text_line_apart(void **state)
{
	const hl en[] = {
		B(1, 100, "The cycling club opened a workshop in its clubhouse where newcomers can build a bicycle"),
		B(1, 112, "from donated parts."),
		B(1, 124, "Twenty bicycles were built in the first month, and the club wants to build twice as many"),
		B(1, 136, "by the summer."),
		B(1, 160, "The club asks for donations of old bicycles and spare parts at its clubhouse on Dock Road"),
		B(1, 172, "on Saturdays."),
		B(1, 184, "###"),
		B(1, 208, "The club was founded in 1932 and has 260 members. It runs rides for all ages every weekend"),
		B(1, 220, "from April to October."),
		B(1, 232, "Contact: Tobias Quill, tobias@harlow-cc.example"),
	};
	const hl nl[] = {
		B(1, 100, "De fietsclub heeft in haar clubhuis een werkplaats geopend waar nieuwkomers een fiets"),
		B(1, 112, "bouwen uit geschonken onderdelen."),
		B(1, 124, "In de eerste maand werden twintig fietsen gebouwd, en de club wil er voor de zomer nog"),
		B(1, 136, "veertig bouwen."),
		B(1, 160, "De club vraagt om oude fietsen en onderdelen, die men op zaterdag kan brengen naar het"),
		B(1, 172, "clubhuis aan de Dijkweg."),
		B(1, 184, "-30-"),
		B(1, 208, "De club werd in 1932 opgericht en telt 260 leden. Ze rijdt elk weekend tochten voor alle"),
		B(1, 220, "leeftijden, van april tot oktober."),
		B(1, 232, "Persinformatie: Femke Dorrestein, pers@fietsclub-ommel.example"),
	};
	char *o;
	(void)state;
	o = layout(en, sizeof en / sizeof en[0], 1);
	assert_non_null(strstr(o, "from donated parts.<W>Twenty bicycles"));
	assert_non_null(strstr(o, "on Saturdays.[1]###[1]"));
	assert_non_null(strstr(o, "to October.[1]Contact:"));
	free(o);
	o = layout(nl, sizeof nl / sizeof nl[0], 1);
	assert_non_null(strstr(o, "onderdelen.<W>In de eerste maand"));
	assert_non_null(strstr(o, "aan de Dijkweg.[1]-30-[1]"));
	assert_non_null(strstr(o, "tot oktober.[1]Persinformatie:"));
	free(o);
}

/* Convention layout.typed_line_break: a document that sets its
 * paragraphs apart with space, each typed as lines ended by hand well
 * short of the margin: a line of prose stopping in mid-phrase goes on
 * into the next whether that opens with a figure, a name or a German
 * noun (the case of the next word says nothing); the last word of a
 * typed line that wrapped at the margin ("from") goes on too. A line of
 * a few words, or one ending with a name, stays apart. */
static void typed_line_break(void **state)
{
	static const double en_ends[] = {522, 92, 380, 400, 250, 410, 390, 405, 200, 522, 190, 420};
	static const double de_ends[] = {400, 522, 300, 395, 522, 280, 360};
	const hl en[] = {
		B(1, 100, "The Tarrow Bay ferry will run a crossing at 23:40 every night for the hospital staff"),
		B(1, 112, "from"),
		B(1, 124, "1 June, so that nurses finishing the late shift can get home."),
		B(1, 148, "The new sailing uses the smaller of the two boats, which carries"),
		B(1, 160, "120 foot passengers and twelve cars."),
		B(1, 184, "“We heard the same story from dozens of people at the quay,” said"),
		B(1, 196, "Oona Pritchard, the company's operations manager, at the quay."),
		B(1, 220, "Tickets can be bought online or at the kiosk of the Harbour Office"),
		B(1, 232, "Tarrow Bay Ferry Company"),
		B(1, 256, "The crossing is funded for a trial year by the county health board, which will count"),
		B(1, 268, "the passengers each month."),
		B(1, 292, "Timetables are posted at both quays and on the company's web site."),
	};
	const hl de[] = {
		B(1, 100, "Die Stadtwerke verlegen bis zum Herbst rund neun Kilometer neue"),
		B(1, 112, "Fernwärmeleitungen im Hafenviertel und schließen zwei Schulen und das Hallenbad an,"),
		B(1, 124, "sobald die Leitungen liegen."),
		B(1, 148, "Die Wärme stammt zu einem großen Teil aus der Abwärme der"),
		B(1, 160, "Kläranlage am Deichweg, die bisher ungenutzt in die Luft geht, und aus einer Pumpe"),
		B(1, 172, "am Hafenbecken."),
		B(1, 196, "Die Bauarbeiten beginnen im Juni in der Speicherstraße."),
	};
	char *o;
	(void)state;
	o = layout_ending(en, sizeof en / sizeof en[0], 1, en_ends);
	assert_non_null(strstr(o, "for the hospital staff<W>from<W>1 June, so that"));
	assert_non_null(strstr(o, "which carries<W>120 foot passengers"));
	assert_non_null(strstr(o, "said<W>Oona Pritchard"));
	/* a line ending with a name, a short line: apart */
	assert_non_null(strstr(o, "Harbour Office[1]Tarrow Bay Ferry Company[1]The crossing"));
	free(o);
	o = layout_ending(de, sizeof de / sizeof de[0], 1, de_ends);
	assert_non_null(strstr(o, "neue<W>Fernwärmeleitungen"));
	assert_non_null(strstr(o, "der<W>Kläranlage"));
	free(o);
}

/* Convention layout.rewrapped_tail: lines fixed by a converter and set
 * again in a wider type, paragraphs with no space between them: the
 * words that no longer fitted stand on a short line of their own under a
 * full line that stops mid-phrase, and the next fixed line goes on at
 * the same pitch - one paragraph, whatever the case of its first word.
 * A contact's name under a full line, the address after it short, and a
 * paragraph's last line that ends its sentence stay apart. */
static void rewrapped_tail(void **state)
{
	static const double en_ends[] = {520, 112, 300, 420, 521, 107, 300, 519, 122, 210};
	static const double de_ends[] = {518, 150, 250, 410, 521, 98, 480, 330};
	const hl en[] = {
		B(1, 100, "The Corran Valley bus company will add a late service to the hill villages, said"),
		B(1, 112, "its manager"),
		B(1, 124, "Orrin Beck, on Tuesday in Corran."),
		B(1, 136, "Buses will leave the market square at 22:15 and stop at every village."),
		B(1, 148, "The service is paid for by the county for a trial year, and the company will count"),
		B(1, 160, "the riders"),
		B(1, 172, "each month before it decides on a second year."),
		B(1, 184, "For interviews and photographs of the new buses please contact the press office of"),
		B(1, 196, "Nia Farrow"),
		B(1, 208, "press@corran-buses.example"),
	};
	static const double list_ends[] = {500, 521, 120, 519, 200, 380};
	const hl list[] = {
		B(1, 100, "The dairy reports a good first half, and the board thanks its staff for the year."),
		{1, 100, 112, 10, 0, "The new packing hall at Brackley, built for two million pounds, was completed in"},
		{1, 100, 124, 10, 0, "May"},
		{1, 100, 136, 10, 0, "Energy use per tonne of cheese fell by six per cent, helped by the heat pumps at the"},
		{1, 100, 148, 10, 0, "Ketton creamery"},
		B(1, 172, "The board expects the second half to be as strong as the first."),
	};
	const hl de[] = {
		B(1, 100, "Die Gemeinde Haslach baut bis zum Herbst einen Radweg entlang der Kreisstraße, sagte"),
		B(1, 112, "die Bürgermeisterin"),
		B(1, 124, "Hanne Kolbe am Montag."),
		B(1, 136, "Der Weg wird drei Kilometer lang und am Abend beleuchtet."),
		B(1, 148, "Die Kosten von 1,4 Millionen Euro tragen das Land und der Landkreis zu gleichen"),
		B(1, 160, "Teilen,"),
		B(1, 172, "Fördermittel für die Beleuchtung hat die Gemeinde im Frühjahr beantragt und nun"),
		B(1, 184, "bewilligt bekommen."),
	};
	char *o;
	(void)state;
	o = layout_ending(en, sizeof en / sizeof en[0], 1, en_ends);
	assert_non_null(strstr(o, "said<W>its manager<W>Orrin Beck"));
	assert_non_null(strstr(o, "will count<W>the riders<W>each month"));
	assert_non_null(strstr(o, "in Corran.[1]Buses will leave"));
	assert_non_null(strstr(o, "Nia Farrow[1]press@corran-buses.example"));
	free(o);
	o = layout_ending(de, sizeof de / sizeof de[0], 1, de_ends);
	assert_non_null(strstr(o, "sagte<W>die Bürgermeisterin<W>Hanne Kolbe"));
	assert_non_null(strstr(o, "gleichen<W>Teilen,<W>Fördermittel"));
	free(o);
	/* items of a list without markers, set in from the margin where the
	 * text's lines start, each without its stop: apart */
	o = layout_ending(list, sizeof list / sizeof list[0], 1, list_ends);
	assert_non_null(strstr(o, "May[1]Energy use per tonne"));
	free(o);
}

/* Convention layout.wrap_pitch_bound: a text whose own wraps keep one
 * pitch (1.2 em here) is not double-spaced: a full line that stops
 * mid-phrase (a deck without its stop) and a line 2.4 em under it (the
 * dateline) are two blocks, not a sentence wrapped over a double space. */
static void wrap_pitch_bound(void **state)
{
	static const double ends[] = {518, 300, 520, 519, 521, 240};
	const hl L[] = {
		B(1, 100, "From June the central library will also stay open on Sundays from eleven until five"),
		B(1, 124, "Wexham, 14 April 2026"),
		B(1, 146, "The Wexham Town Library will open its central branch on Sundays from 1 June, so that"),
		B(1, 158, "families and students who work during the week can borrow books and use the study"),
		B(1, 170, "rooms, and volunteers from the friends of the library will run a reading hour for the"),
		B(1, 182, "children of the town."),
	};
	char *o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	(void)state;
	assert_non_null(strstr(o, "until five[1]Wexham, 14 April 2026"));
	assert_non_null(strstr(o, "so that<W>families"));
	free(o);
}

/* Convention layout.hanging_list_end: items on a hanging indent, their
 * wrapped lines at the item's text, in a document whose paragraphs are
 * set apart by more space than its items: the item's last line, short
 * and ending a sentence, then a line back at the margin - a paragraph of
 * its own (it ran into the item as a line broken by hand). */
static void hanging_list_end(void **state)
{
	const hl L[] = {
		B(1, 100, "L'agglomération met en service le 1er octobre une plateforme de covoiturage pour"),
		B(1, 112, "les trajets entre le domicile et le travail."),
		B(1, 136, "Le service repose sur deux engagements :"),
		B(1, 160, "• chaque conducteur reçoit 2 euros par passager transporté, versés chaque"),
		{1, 92, 172, 10, 0, "mois par l'agglomération ;"},
		B(1, 184, "• chaque passager voyage gratuitement sur les trajets de moins de 40 kilomètres,"),
		{1, 92, 196, 10, 0, "et pour un euro au-delà."},
		B(1, 208, "Lors de la présentation du service, la présidente a rappelé l'enjeu du projet pour"),
		B(1, 220, "la vallée."),
		B(1, 244, "L'inscription se fait sur l'application de l'agglomération."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "au-delà.[1]Lors de la présentation"));
	free(o);
}

/* Convention layout.bold_line_heading: a heading in the body's size and
 * bold, without space around it, between a paragraph whose last line
 * nearly fills the measure (512 of 517: "ÜBER" would not have fitted)
 * and a regular paragraph: a block of its own (it ran into the paragraph
 * above). */
static void bold_line_between_regular_lines_is_a_heading(void **state)
{
	const hl de[] = {
		B(1, 100, "KALTWASSER, 4. Juni 2026 - Der Heimatverein Kaltwasser hat die alte Dorfschmiede am Anger"),
		B(1, 112, "gekauft und will darin ab dem Frühjahr eine Werkstatt für Kinder und Jugendliche führen."),
		{1, 72, 124, 10, 1, "ÜBER UNS"},
		B(1, 136, "Der Heimatverein Kaltwasser wurde 1921 gegründet und zählt heute 140 Mitglieder im Ort."),
		B(1, 148, "Pressekontakt: Almut Berger, presse@heimat-kaltwasser.example"),
	};
	const hl en[] = {
		B(1, 100, "THORNBURY, 4 June 2026 - The Thornbury Allotment Society bought the old smithy by the green"),
		B(1, 112, "and will run a workshop for children there from the spring, on Saturday mornings at ten."),
		{1, 72, 124, 10, 1, "About the Society"},
		B(1, 136, "The Thornbury Allotment Society was founded in 1921 and has 140 members in the town."),
		B(1, 148, "Press: Hugh Fenner, press@thornbury-allotments.example"),
	};
	(void)state;
	layout_holds(de, sizeof de / sizeof de[0], 1, "Jugendliche führen.[1]ÜBER UNS[1]Der Heimatverein");
	layout_holds(en, sizeof en / sizeof en[0], 1, "Saturday mornings at ten.[1]About the Society[1]The Thornbury");
}

/* Convention layout.spaced_hyphen_is_dash: "- END -" ends in a hyphen
 * after a space, which breaks no word: the About paragraph under the end
 * mark is a paragraph of its own (it was taken for the end mark's
 * hyphenated continuation, "- END -About"). */
static void end_mark_hyphen_breaks_no_word(void **state)
{
	const hl L[] = {
		B(1, 100, "The Pellham trust will pay the farmers along the river to plant grass and trees by the water."),
		B(1, 112, "The first forty applications will be decided in September."),
		{1, 280, 124, 10, 0, "- END -"},
		B(1, 136, "About Pellham Water Trust: the trust is a charity that looks after the river and its banks."),
		B(1, 148, "Contact: Dorcas Whitlam, press@pellham.example"),
	};
	const hl fr[] = {
		B(1, 100, "La commune de Vasselot a ouvert une salle de lecture dans l'ancienne gare du village, hier."),
		B(1, 112, "Elle sera ouverte du mardi au samedi."),
		{1, 290, 124, 10, 0, "- FIN -"},
		B(1, 136, "A propos de Vasselot : la commune compte mille habitants et quatre hameaux dans la vallee."),
	};
	(void)state;
	layout_holds(L, sizeof L / sizeof L[0], 1, "[1]- END -[1]About Pellham");
	layout_holds(fr, sizeof fr / sizeof fr[0], 1, "[1]- FIN -[1]A propos");
}

/* Convention layout.label_after_sentence: a contact line opening with a
 * label ("Presskontakt:", 65 points) under a sentence that stops 45
 * points short of the margin: the label would not have fitted, yet the
 * line is one of its own (it ran into the About paragraph). */
static void label_line_after_a_sentence(void **state)
{
	const hl sv[] = {
		B(1, 100, "KVARNSJÖN, 12 mars 2026 - Fjällbacka Energi bygger en solcellspark vid sjön och den ska ge"),
		B(1, 112, "el till tolvhundra hushåll i kommunen och i grannbyarna när den är klar om två år."),
		B(1, 124, "Presskontakt: Linnea Backström, press@fjallbacka-energi.example"),
	};
	const hl en[] = {
		B(1, 100, "HOLLIN BAY, 12 March 2026 - Hollin Bay Energy is building a solar park by the lake, which"),
		B(1, 112, "will supply twelve hundred homes of the bay and the villages when it is finished."),
		B(1, 124, "Spokesperson: Morwenna Ashdown, press@hollin-energy.example"),
	};
	(void)state;
	layout_holds(sv, sizeof sv / sizeof sv[0], 1, "om två år.[1]Presskontakt:");
	layout_holds(en, sizeof en / sizeof en[0], 1, "is finished.[1]Spokesperson:");
}

/* Convention layout.bold_run_in_heading: the About paragraph opens with
 * a bold run-in heading ("Über den Segelclub Seebruck:", 28 characters in
 * bold) under a sentence that ends 15 points short of the margin, too
 * near for "Über" and a space: without the rule it ran on as the wrapped
 * end of the paragraph above. A bold phrase with a colon that does not
 * open the line, or a regular line, stays a wrap. */
static void bold_run_in_heading_after_a_sentence(void **state)
{
	const hl de[] = {
		B(1, 100, "SEEBRUCK, 4. Juni 2026 - Der Segelclub Seebruck hat am Samstag das neue Hafenbecken am Ufer"),
		B(1, 112, "eingeweiht und will dort ab dem Sommer Kurse für Kinder anbieten, jede Woche im Jahr."),
		{1, 72, 124, 10, 0.3, "Über den Segelclub Seebruck: Der Segelclub Seebruck wurde 1931 gegründet und zählt heute"},
		B(1, 136, "280 Mitglieder im Ort."),
		B(1, 148, "Pressekontakt: Almut Berger, presse@segelclub-seebruck.example"),
	};
	const hl en[] = {
		B(1, 100, "HOLLIN BAY, 12 March 2026 - The Hollin Bay Rowing Club opened its new boathouse by the quay"),
		B(1, 112, "on Saturday and will run courses for children there from the summer, on every Sunday."),
		{1, 72, 124, 10, 0.3, "About Hollin Bay Rowing Club: The club was founded in 1931 and has 280 members in the"},
		B(1, 136, "town and the villages."),
		B(1, 148, "Press: Morwenna Ashdown, press@hollin-rowing.example"),
	};
	/* the same line in regular type: a wrap, as before */
	const hl plain[] = {
		B(1, 100, "HOLLIN BAY, 12 March 2026 - The Hollin Bay Rowing Club opened its new boathouse by the quay"),
		B(1, 112, "on Saturday and will run courses for children there from the summer, on every Sunday."),
		B(1, 124, "About Hollin Bay Rowing Club: The club was founded in 1931 and has 280 members in the"),
		B(1, 136, "town and the villages."),
	};
	/* the third line opens with 28 and 29 characters in bold, up to the
	 * colon (a text layer that counts the spaces); 25 without them */
	const size_t de_bold[] = {0, 0, 28, 0, 0}, en_bold[] = {0, 0, 25, 0, 0};
	char *o;
	(void)state;
	line_bold_open = de_bold;
	layout_holds(de, sizeof de / sizeof de[0], 1, "jede Woche im Jahr.[1]Über den Segelclub Seebruck:");
	line_bold_open = en_bold;
	layout_holds(en, sizeof en / sizeof en[0], 1, "on every Sunday.[1]About Hollin Bay Rowing Club:");
	line_bold_open = NULL;
	o = layout(plain, sizeof plain / sizeof plain[0], 1);
	assert_non_null(strstr(o, "on every Sunday.<W>About Hollin Bay"));
	free(o);
}

/* Convention layout.centred_line_apart: an end mark centred in the column
 * ("###", "-ENDE-") under a flush-left sentence that ends too near the
 * margin for it: a paragraph of its own (it ran on as the wrapped end of
 * the last paragraph, "... the parish. ###"). */
static void centred_end_mark_under_a_full_line(void **state)
{
	const hl en[] = {
		B(1, 100, "MARLOW GREEN, 3 May 2026 - The Marlow Green Orchard Society planted two hundred apple trees"),
		B(1, 112, "on the common on Saturday, with the help of the school and the scouts of the parish."),
		{1, 290, 124, 10, 0, "###"},
		{1, 72, 136, 10, 1, "About the Orchard Society"},
		B(1, 148, "The Marlow Green Orchard Society was founded in 1987 and looks after six orchards."),
	};
	const hl de[] = {
		B(1, 100, "KALTENBACH, 3. Mai 2026 - Der Obstbauverein Kaltenbach hat am Samstag zweihundert Apfelbäume"),
		B(1, 112, "auf der Gemeindewiese gepflanzt, mit der Grundschule und den Pfadfindern aus dem Ort."),
		{1, 282, 124, 10, 0, "-ENDE-"},
		{1, 72, 136, 10, 1, "Über den Obstbauverein"},
		B(1, 148, "Der Obstbauverein Kaltenbach wurde 1987 gegründet und pflegt sechs Obstwiesen im Tal."),
	};
	(void)state;
	layout_holds(en, sizeof en / sizeof en[0], 1, "scouts of the parish.[1]###[1]About");
	layout_holds(de, sizeof de / sizeof de[0], 1, "aus dem Ort.[1]-ENDE-[1]Über");
}

/* Convention layout.centred_mark_apart: the sentence above the centred
 * "###" or "-30-" is the widest line of the page, so it fills the
 * measure and may be a centred paragraph's first line; a line of symbols
 * alone is no paragraph's text, and stands apart all the same (Google
 * Docs' and Chromium's PDFs with no space between paragraphs). */
static void centred_mark_under_the_widest_line(void **state)
{
	const hl en[] = {
		B(1, 100, "KETTLEWICK, 5 May 2026 - The Kettlewick Ferry Company will run a late boat on Fridays."),
		B(1, 112, "\"The town has asked for it for years and we can now crew it,\" said its director, Ivo Marsh."),
		{1, 300, 124, 10, 0, "###"},
		B(1, 136, "About the Kettlewick Ferry Company"),
		B(1, 148, "The company has run the crossing since 1921."),
	};
	const hl nl[] = {
		B(1, 100, "ZWANENBURG, 5 mei 2026 - De veerdienst van Zwanenburg vaart vanaf juni ook 's avonds."),
		B(1, 112, "De gemeente betaalt de extra afvaarten de eerste twee jaar volledig, zei wethouder Jelle Bos."),
		{1, 298, 124, 10, 0, "-30-"},
		B(1, 136, "Over de Veerdienst Zwanenburg"),
		B(1, 148, "De veerdienst vaart sinds 1921 tussen de twee oevers."),
	};
	(void)state;
	layout_holds(en, sizeof en / sizeof en[0], 1, "Ivo Marsh.[1]###[1]About");
	layout_holds(nl, sizeof nl / sizeof nl[0], 1, "Jelle Bos.[1]-30-[1]Over");
}

/* Convention layout.contact_label_after_sentence: a contact line whose
 * label is a phrase ("Ufficio stampa:", "Contacto de prensa:") under a
 * sentence that ends at the margin: a line of its own, since it holds an
 * e-mail address (it ran into the About paragraph). A line of prose
 * opening with a phrase and a colon, without an address, still wraps. */
static void contact_label_phrase_after_a_sentence(void **state)
{
	const hl it[] = {
		B(1, 100, "DOMOBIANCA, 7 aprile 2026 - Il Consorzio Val Grana ha aperto sabato un mercato coperto nel"),
		B(1, 112, "vecchio macello comunale, con trenta banchi di produttori della valle, aperto ogni sabato."),
		B(1, 124, "Ufficio stampa: Loredana Vercelli, stampa@valgrana.example"),
	};
	const hl es[] = {
		B(1, 100, "VALDEOCRE, 22 de abril de 2026 - El consorcio instalará el próximo año sensores de presión"),
		B(1, 112, "en la red general, para localizar las fugas de las tuberías antes de que salgan a la luz."),
		B(1, 124, "Contacto de prensa: Remedios Aldana, prensa@valleocre.example"),
	};
	const hl prose[] = {
		B(1, 100, "DOMOBIANCA, 7 aprile 2026 - Il Consorzio Val Grana ha aperto sabato un mercato coperto nel"),
		B(1, 112, "vecchio macello comunale, con trenta banchi di produttori della valle, aperto ogni sabato."),
		B(1, 124, "Il sindaco aggiunge: il mercato resterà aperto anche d'estate."),
	};
	char *o;
	(void)state;
	layout_holds(it, sizeof it / sizeof it[0], 1, "ogni sabato.[1]Ufficio stampa:");
	layout_holds(es, sizeof es / sizeof es[0], 1, "salgan a la luz.[1]Contacto de prensa:");
	o = layout(prose, sizeof prose / sizeof prose[0], 1);
	assert_non_null(strstr(o, "ogni sabato.<W>Il sindaco aggiunge:"));
	free(o);
}

/* Convention layout.page_wrap_next_word: the last line of page 1 stops
 * mid-phrase ("Professor Paul") 40 points short of a margin shown by
 * full lines, and "Krugman," (40 points and a space) would not have
 * fitted there: the paragraph goes on over the page break. */
static void page_break_after_a_line_too_full_for_the_next_word(void **state)
{
	const hl L[] = {
		B(1, 100, "Markets froze in the autumn and the banks hoarded their cash for fear of lending to the others"),
		B(1, 112, "in trouble, and spreads on the bonds of the lower-rated companies rose to the highest level in"),
		B(1, 124, "twenty years, while the last large investment banks were shunned by their clients. Professor"),
		B(1, 136, "Claudine Arbogast, a historian of money at the university, said that the economist Paul"),
		B(2, 100, "Krugman, who won the prize in economics, had said the failure brought the world market down."),
		B(2, 112, "Regulators met in Basel the next month to agree on the capital that banks must hold."),
		B(2, 124, "The rules took effect two years later in most countries of the group."),
		B(2, 136, "Their critics said the rules came too late and asked too little of the banks."),
	};
	(void)state;
	layout_holds(L, sizeof L / sizeof L[0], 2, "economist Paul<W>Krugman,");
}

/* Convention layout.block_quote_measure: a quotation set in 24 points
 * from the column's left edge on both sides (the lines of the text reach
 * 522, the quotation's 498). Its first line ends at 451: 71 points short
 * of the column, room for "encontrar" (45) measured against the column,
 * but 47 short of the quotation's own measure, where it does not fit:
 * the quotation is one paragraph. Its last line, short of its measure by
 * far, still ends it. */
static void block_quote_wrapped_against_its_own_measure(void **state)
{
	const hl L[] = {
		B(1, 100, "La fundacion ha inaugurado este lunes el nuevo centro de dia, el primero de la comarca de"),
		B(1, 112, "Tierras Altas dedicado a la atencion de las personas mayores y de sus familias cuidadoras."),
		{1, 96, 132, 10, 0, "Hasta ahora, muchas familias tenian que recorrer cien kilometros al dia"},
		{1, 96, 144, 10, 0, "encontrar un servicio asi. Eso se ha terminado, ha afirmado hoy la presidenta"},
		{1, 96, 156, 10, 0, "de la fundacion, Remedios Alcocer."},
		B(1, 176, "El centro ofrecera estimulacion cognitiva, fisioterapia y terapia ocupacional a todos los"),
		B(1, 188, "usuarios y tambien apoyo psicologico a las personas que los cuidan en sus casas cada dia."),
	};
	(void)state;
	layout_holds(L, sizeof L / sizeof L[0], 1, "kilometros al dia<W>encontrar");
	layout_holds(L, sizeof L / sizeof L[0], 1, "Alcocer.[1]El centro");
}

/* Convention layout.wrap_pitch: the pitch of running text is that of its
 * wrapped lines (a line filled to the measure that stops mid-sentence,
 * and the line after it). In a short release of one- and two-line
 * paragraphs most pairs of lines are paragraph breaks (20 points here,
 * against 12 inside a paragraph), so a low quantile of all pitches is
 * the break's and no break read as spaced: a paragraph whose last line
 * fills the measure ran into the next one. */
static void short_release_spaced_by_its_wraps(void **state)
{
	const hl en[] = {
		B(1, 100, "The coastal trust buys the Saltmarsh dunes"),
		B(1, 120, "SALTMARSH, 3 June 2026 - The county's coastal trust bought the last private stretch of the"),
		B(1, 132, "Saltmarsh dunes this week, after a fund raised by four villages reached its goal in April."),
		B(1, 152, "The dunes will be open to walkers from July, with a boardwalk laid across the wettest part of"),
		B(1, 164, "the marsh by volunteers."),
		B(1, 184, "The trust will graze the dunes with ponies and keep dogs on leads from March to the summer."),
		B(1, 204, "Contact: Mary Hollis, press@saltmarsh.example"),
		B(1, 224, "About the trust"),
	};
	const hl de[] = {
		B(1, 100, "Landkreis kauft die Kaltenbacher Au"),
		B(1, 120, "KALTENBACH, 3. Juni 2026 - Der Landkreis hat die letzte private Wiese der Kaltenbacher Au"),
		B(1, 132, "gekauft, nachdem eine Sammlung von vier Dörfern im April ihr Ziel von 80.000 Euro erreichte."),
		B(1, 152, "Die Au steht Wanderern ab Juli offen; ein Bohlenweg soll über die nassesten Teile der Wiese"),
		B(1, 164, "führen."),
		B(1, 184, "Der Landkreis lässt die Wiese von Schafen beweiden und bittet, Hunde an der Leine zu führen."),
		B(1, 204, "Kontakt: Anna Reiter, presse@kaltenbach.example"),
		B(1, 224, "Über den Landkreis"),
	};
	char *o = layout(en, sizeof en / sizeof en[0], 1);
	(void)state;
	assert_non_null(strstr(o, "reached its goal in April.[1]The dunes will be open"));
	assert_non_null(strstr(o, "wettest part of<W>the marsh by volunteers.[1]The trust"));
	assert_non_null(strstr(o, "to the summer.[1]Contact: Mary Hollis"));
	free(o);
	o = layout(de, sizeof de / sizeof de[0], 1);
	assert_non_null(strstr(o, "Kaltenbacher Au<W>gekauft, nachdem"));
	assert_non_null(strstr(o, "80.000 Euro erreichte.[1]Die Au steht"));
	assert_non_null(strstr(o, "an der Leine zu führen.[1]Kontakt: Anna Reiter"));
	free(o);
}

/* ... a long release whose paragraphs wrap over many lines reads as
 * before: its wraps and the quantile agree on the pitch (12 points), a
 * line filled to the measure that ends a sentence at that pitch goes on
 * in its paragraph, and 18 points part the paragraphs. */
static void long_release_keeps_its_pitch(void **state)
{
	const hl L[] = {
		B(1, 100, "The harbour board approved on Tuesday the plan to deepen the channel of the inner dock so"),
		B(1, 112, "that the grain ships of the new class can berth there at any tide. Work starts in October."),
		B(1, 124, "The dredging is to take two winters and will be paid for by the board and the port's users."),
		B(1, 142, "The board's chair said the plan had been discussed with the fishermen's association, whose"),
		B(1, 154, "boats will use the outer dock while the dredgers work, and with the town's sailing club, who"),
		B(1, 166, "lose their moorings for the first winter and will be given places at the marina instead."),
		B(1, 184, "The spoil is to be taken out to sea and dumped at the licensed ground off the point, as the"),
		B(1, 196, "harbour has done since the dock was built, after tests for the heavy metals of the old yard."),
		B(1, 208, "The board expects the results by the end of the summer."),
		B(1, 226, "The plans can be seen at the harbour office on weekdays from nine until five."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]The harbour board approved on Tuesday the plan to deepen the channel of the inner "
	                       "dock so<W>that the grain ships of the new class can berth there at any tide. Work "
	                       "starts in October.<W>The dredging is to take two winters and will be paid for by the "
	                       "board and the port's users.[1]The board's chair said the plan had been discussed with "
	                       "the fishermen's association, whose<W>boats will use the outer dock while the dredgers "
	                       "work, and with the town's sailing club, who<W>lose their moorings for the first winter "
	                       "and will be given places at the marina instead.[1]The spoil is to be taken out to sea "
	                       "and dumped at the licensed ground off the point, as the<W>harbour has done since the "
	                       "dock was built, after tests for the heavy metals of the old yard.<W>The board expects "
	                       "the results by the end of the summer.[1]The plans can be seen at the harbour office "
	                       "on weekdays from nine until five.");
	free(o);
}

/* ... and in a short release spaced by its wraps, a list of one-line
 * items set at the pitch, without space between them (names of venues),
 * stays one item a line: nothing ends a sentence and the next item opens
 * with a capital. */
static void list_at_the_pitch_stays_one_item_a_line(void **state)
{
	const hl L[] = {
		B(1, 100, "Le festival des marées revient à Saint-Malo"),
		B(1, 120, "SAINT-MALO, 2 mai 2026 - Le festival des marées revient du 12 au 14 juin avec des concerts"),
		B(1, 132, "sur les remparts et des sorties en mer chaque matin à marée basse, ouvertes à tous les âges."),
		B(1, 152, "Les salles du festival"),
		B(1, 164, "Salle Chateaubriand"),
		B(1, 176, "Théâtre de la Ville"),
		B(1, 188, "Fort National"),
		B(1, 208, "Contact : Yann Le Goff, presse@marees.example"),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "avec des concerts<W>sur les remparts"));
	assert_non_null(strstr(o, "tous les âges.[1]Les salles du festival[1]Salle Chateaubriand[1]Théâtre de la "
	                          "Ville[1]Fort National[1]Contact : Yann Le Goff"));
	free(o);
}

/* A paragraph double-spaced in a document whose list is single-spaced
 * (a typed letter, a scan read by OCR): the leading measured over the
 * whole text is the list's, and the paragraph's lines look spaced apart.
 * A line filled to the margin that stops mid-sentence was still wrapped:
 * the paragraph runs on. Space after a line that ends its sentence, or
 * stops short, is still a paragraph break. */
static void double_spaced_lines_filled_mid_sentence(void **state)
{
	const hl L[] = {
		B(1, 100, "The harbour board met on Tuesday to settle the plan for the old grain sheds on the quay"),
		B(1, 120, "and agreed that the sheds will be repaired rather than pulled down, at a cost the board"),
		B(1, 140, "will meet from its reserve."),
		B(1, 172, "The work will start in the spring, when the fishing fleet is out, so that the quay is open"),
		B(1, 192, "to the boats that land their catch there in winter. It should be done by the autumn fair."),
		B(1, 212, "The board will publish the contract in March."),
		B(1, 244, "The repairs are:"),
		{1, 90, 262, 10, 0, "\xE2\x80\xA2\tnew roofs on the two eastern sheds;"},
		{1, 90, 274, 10, 0, "\xE2\x80\xA2\ta ramp at the north door;"},
		{1, 90, 286, 10, 0, "\xE2\x80\xA2\tlighting along the quay;"},
		{1, 90, 298, 10, 0, "\xE2\x80\xA2\tnew gutters;"},
		{1, 90, 310, 10, 0, "\xE2\x80\xA2\tnew locks;"},
		{1, 90, 322, 10, 0, "\xE2\x80\xA2\ta new coat of paint on the doors."},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]The harbour board met on Tuesday to settle the plan for the old grain sheds on the "
	                          "quay<W>and agreed that the sheds will be repaired rather than pulled down, at a cost "
	                          "the board<W>will meet from its reserve.[1]"));
	assert_non_null(strstr(o, "[1]The work will start in the spring, when the fishing fleet is out, so that the quay is "
	                          "open<W>to the boats that land their catch there in winter. It should be done by the "
	                          "autumn fair.[1]The board will publish"));
	free(o);
}

/* The boxes of a font with a tall ascent and descent overlap from line
 * to line; the distance from line to line still shows the space between
 * paragraphs, and a document that sets its paragraphs apart with space
 * does so at most of their ends: a short line without it, where the prose
 * goes on, is a line broken inside the paragraph. */
static void spaced_paragraphs_with_tall_boxes(void **state)
{
	const hl L[] = {
		B(1, 100, "The lifeboat station on the point will get a new boathouse next year, the charity"),
		B(1, 112, "said on Tuesday."),
		B(1, 112 + 12, "The old one, built in 1911, is too small for the boat the station has had since the"),
		B(1, 136, "spring, which now lies at a mooring in the harbour."),
		B(1, 166, "Work starts in March and the crew will keep the boat afloat until the slipway is"),
		B(1, 178, "ready for the autumn gales."),
		B(1, 208, "The charity raised most of the money from legacies."),
		B(1, 220, "Local firms gave the rest, with the harbour board."),
		B(1, 250, "Visitors can follow the work from the harbour wall, where boards tell the story of"),
		B(1, 262, "the station and of its rescues since it opened."),
	};
	char *o;
	(void)state;
	box_height = 1.8;
	o = layout(L, sizeof L / sizeof L[0], 1);
	box_height = 1.0;
	assert_string_equal(o, "[1]The lifeboat station on the point will get a new boathouse next year, the charity<W>"
	                       "said on Tuesday.<W>The old one, built in 1911, is too small for the boat the station has "
	                       "had since the<W>spring, which now lies at a mooring in the harbour.[1]Work starts in "
	                       "March and the crew will keep the boat afloat until the slipway is<W>ready for the autumn "
	                       "gales.[1]The charity raised most of the money from legacies.<W>Local firms gave the rest, "
	                       "with the harbour board.[1]Visitors can follow the work from the harbour wall, where boards "
	                       "tell the story of<W>the station and of its rescues since it opened.");
	free(o);
}

/* Paragraphs marked by a first-line indent: a short line followed by a
 * line at the margin is a line broken inside the paragraph; followed by
 * an indented line, the end of one. */
static void indented_paragraphs_keep_short_lines(void **state)
{
	const hl L[] = {
		{1, 90, 100, 10, 0, "The museum of the mines reopens on Saturday after two years of repairs to the"},
		B(1, 112, "shaft house, which the storm of 2022 had left without a roof."),
		{1, 90, 124, 10, 0, "The collection of lamps is back in the old wash house, with the miners' own"},
		B(1, 136, "stories read by their grandchildren."),
		B(1, 148, "Admission is free on the opening weekend."),
		{1, 112, 160, 10, 0, "The museum will also open on Sunday mornings in summer, the curator said, for"},
		B(1, 172, "the walkers of the valley."),
		{1, 90, 184, 10, 0, "A new trail links it to the pit head, two kilometres up the hill, with boards on"},
		B(1, 196, "the history of the seams."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]The collection of lamps is back in the old wash house, with the miners' own<W>"
	                          "stories read by their grandchildren.<W>Admission is free on the opening weekend.[1]"
	                          "The museum will also open"));
	free(o);
}

/* A short release shows its indent habit in few short line ends: a
 * paragraph whose last line fills the measure, followed by an indented
 * line, shows it too. Then a sentence ended short and followed by a line
 * at the margin is a line break inside the paragraph (a quotation broken
 * after its first sentence); only an indented line opens one. */
static void indent_habit_from_full_last_lines(void **state)
{
	const hl L[] = {
		{1, 90, 100, 10, 0, "The mill of Corbeau reopens its doors on Sunday after a year of work on its wheel and"},
		B(1, 112, "sluice, which the floods of last winter had broken."),
		{1, 90, 124, 10, 0, "Our grandparents ground their flour here, and so will our children."},
		B(1, 136, "We want the wheel to turn every weekend from May to October, said Ada Rinn, who leads it."),
		{1, 90, 148, 10, 0, "Visits cost two euros and are free for children under twelve years, the village"},
		B(1, 160, "association said."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]Our grandparents ground their flour here, and so will our children.<W>We want the wheel"));
	assert_non_null(strstr(o, "broken.[1]Our grandparents"));
	assert_non_null(strstr(o, "who leads it.[1]Visits cost"));
	free(o);
}

/* layout.indent_after_full_line: the last line of a paragraph fills a
 * ragged measure and the indented first line of the next one ends at the
 * same point, give or take a letter: still a new paragraph. */
static void indent_after_a_full_line(void **state)
{
	const hl L[] = {
		{1, 90, 100, 10, 0, "The ferry of Lunden runs again from Monday, after a winter in the yard of the"},
		B(1, 112, "boatbuilders at Skarvik, who gave it a new engine and a cabin for the cyclists."),
		{1, 90, 124, 10, 0, "Tickets are sold on board and at the kiosks on the quays, as they were last"},
		B(1, 136, "year, and the first crossing leaves at seven."),
		B(1, 160, "The parish council of Holmen thanked the volunteers who painted the old hall."),
		{1, 90, 172, 10, 0, "The hall opens for the market on Saturday, with stalls for local growers,"},
		B(1, 184, "and for the choir's concert in the evening."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "cabin for the cyclists.[1]Tickets are sold"));
	assert_non_null(strstr(o, "painted the old hall.[1]The hall opens"));
	free(o);
}

/* In a document that indents its paragraphs, a one-line paragraph over a
 * list set further in still starts at the indent; a signature set flush
 * right after the last paragraph is a line of its own; two lines set flush
 * right at the top (a release line over its date) are no indent. */
static void indents_lists_and_signatures(void **state)
{
	const hl L[] = {
		{1, 420, 60, 10, 1, "For Immediate Release"},
		{1, 442, 72, 10, 1, "3 February 2025"},
		{1, 90, 100, 10, 0, "The county library opens three new branches this spring, in the villages that lost"},
		B(1, 112, "theirs ten years ago."),
		{1, 90, 124, 10, 0, "The council pays for the books and the staff, and the villages give the rooms, in"},
		B(1, 136, "their halls and schools."),
		{1, 90, 148, 10, 0, "Each branch opens two afternoons a week and on Saturday mornings, and the mobile"},
		B(1, 160, "library keeps its rounds."),
		{1, 90, 172, 10, 0, "The branches will offer:"},
		{1, 100, 184, 10, 0, "loans of books, films and games for all ages;"},
		{1, 100, 196, 10, 0, "a room for homework after school."},
		{1, 90, 208, 10, 0, "The first branch opens in Eastwick on the first of March, with a reading by the"},
		B(1, 220, "children of the village school."),
		{1, 400, 232, 10, 0, "The county library service"},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]For Immediate Release<W>3 February 2025[1]"));
	assert_non_null(strstr(o, "rounds.[1]The branches will offer:[1]"));
	assert_non_null(strstr(o, "school.[1]The county library service"));
	free(o);
}

/* A document without space between its paragraphs but a blank line or
 * two around a section still ends its paragraphs with short lines: the
 * few gaps are not its habit. */
static void section_gaps_do_not_make_a_spaced_document(void **state)
{
	const hl L[] = {
		B(1, 100, "The orchestra announced its season on Monday, with nine concerts in the old hall and"),
		B(1, 112, "three in the cathedral."),
		B(1, 124, "The season opens in September with the symphony that the orchestra played at its"),
		B(1, 136, "first concert, a hundred years ago."),
		B(1, 148, "Tickets go on sale in June, at the box office and online, with a discount for those"),
		B(1, 160, "under twenty-five."),
		B(1, 190, "The conductor stays for three more seasons."),
		B(1, 220, "Subscribers keep their seats if they renew before the end of May, the orchestra said,"),
		B(1, 232, "and may change their dates once."),
		B(1, 244, "The hall's bar opens an hour before each concert this year, and after it too, with a"),
		B(1, 256, "menu of local dishes."),
		B(1, 268, "Children under twelve go free to the Sunday concerts, with an adult, as last year."),
		B(1, 280, "The orchestra tours Japan in the spring, with four concerts in Tokyo and two in"),
		B(1, 292, "Osaka."),
		B(1, 304, "Its recordings of the season will be broadcast on the regional radio in the summer."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "three in the cathedral.[1]The season opens"));
	assert_non_null(strstr(o, "a hundred years ago.[1]Tickets go on sale"));
	assert_non_null(strstr(o, "and may change their dates once.[1]The hall's bar"));
	free(o);
}

/* Justified columns: every line reaches the right margin but the last
 * line of a paragraph. A line that ends a sentence a few points short of
 * the margin, too close for the next word to have fitted, ends its
 * paragraph, at a column break as inside a column; one set flush runs on. */
static void justified_columns(void **state)
{
	const hl L[] = {
		B(1, 100, "The river authority will dredge the harbour"),
		B(1, 112, "channel this summer, for the first time in"),
		B(1, 124, "twelve years, so that the larger ferries can"),
		B(1, 136, "use it at low tide as well."),
		B(1, 148, "The work takes six weeks and the channel stays"),
		B(1, 160, "open to small boats throughout, though the"),
		B(1, 172, "pilots ask skippers to keep to the buoys and"),
		B(1, 184, "to the speed limit of five knots on the quay."),
		{1, 320, 100, 10, 0, "Shipowners welcomed the plan, which they had"},
		{1, 320, 112, 10, 0, "asked for since the spring storms left the"},
		{1, 320, 124, 10, 0, "channel shallower than it has ever been, and"},
		{1, 320, 136, 10, 0, "the harbour master expects the first of the"},
		{1, 320, 148, 10, 0, "large ferries in September."},
	};
	/* columns 72-292 and 320-540; the short ends are a few points shy */
	static const double ends[] = {292, 292, 292, 214, 292, 292, 292, 287, 540, 540, 540, 540, 470};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "well.[1]The work takes six weeks"));
	assert_non_null(strstr(o, "five knots on the quay.[1]Shipowners welcomed"));
	assert_non_null(strstr(o, "ever been, and<W>the harbour master"));
	free(o);
}

/* Convention pdf.list_number_hanging: numbers set out in the margin with
 * only a word space after them, each item's wrapped line at the hanging
 * indent where the text after its number starts (an HTML ordered list
 * printed by a browser): the numbers are generated markers, the items'
 * one-line neighbours numbered on too. A typed "1. " whose paragraph
 * wraps back under its number stays text. */
static void list_number_hanging(void **state)
{
	const hl L[] = {
		B(1, 100, "The Brackwater ferry trust asks passengers for three things this season:"),
		B(1, 124, "1. Buy tickets at the kiosk on the quay or online before boarding the morning boats,"),
		{1, 87, 136, 10, 0, "since the crews no longer take cash on board."},
		B(1, 148, "2. Keep bicycles on the lower deck."),
		B(1, 160, "3. Leave the bow free for the crew."),
		B(1, 184, "The trust will publish its winter timetable in September, with a list of the changes."),
		B(1, 208, "7. Tickets bought before May stay valid for the whole of the summer timetable and can"),
		B(1, 220, "be changed at the kiosk."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[3]Buy tickets at the kiosk"));
	assert_non_null(strstr(o, "[3]Keep bicycles on the lower deck.[3]Leave the bow free for the crew."));
	assert_non_null(strstr(o, "[1]7. Tickets bought before May"));
	free(o);
}

/* Convention pdf.justified_first_line_indent: a justified paragraph's
 * first line, indented two ems and stretched over few words (a long word
 * went to the next line), comes from the text layer in fragments far
 * apart; it still ends flush right with the full lines around it, so its
 * fragments are one line with word gaps, not columns. */
static void justified_first_line_indent(void **state)
{
	const hl L[] = {
		B(1, 100, "The Orlen valley water board has finished"),
		B(1, 112, "the new filter beds at its works above the"),
		B(1, 124, "town, a month before the summer demand."),
		{1, 92, 136, 10, 0, "Its"},
		{1, 135, 136, 10, 0, "new"},
		{1, 178, 136, 10, 0, "chairwoman"},
		{1, 257, 136, 10, 0, "thanked"},
		B(1, 148, "Kristiansborgvaerket for lending engineers"),
		B(1, 160, "over the winter, when the frost held up the"),
		B(1, 172, "pipe laying for most of February and March."),
	};
	static const double ends[] = {292, 292, 267, 107, 150, 228, 292, 292, 292, 290};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "[1]Its new chairwoman thanked<W>Kristiansborgvaerket"));
	free(o);
}

/* Convention pdf.bold_lead_in_justified: a justified paragraph's first
 * line opens with a bold dateline and ends in regular type flush right
 * (stretched over few words when a long one went to the next line): a
 * paragraph's first line, not a heading over it. */
static void bold_lead_in_justified(void **state)
{
	const hl L[] = {
		B(1, 100, "The Orlen valley water board has finished"),
		B(1, 112, "the new filter beds at its works above the"),
		B(1, 124, "town, a month before the summer demand."),
		/* 38 of its 41 characters bold */
		{1, 72, 136, 10, 0.93, "TARNVIK HARBOUR, Friday 4 June 2026 \xE2\x80\x93 The"},
		B(1, 148, "Kristiansborgvaerket yard will lend divers"),
		B(1, 160, "to the board over the winter, as the frost"),
		B(1, 172, "held up the pipe laying for most of spring."),
	};
	static const double ends[] = {292, 292, 267, 292, 292, 292, 290};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "[1]TARNVIK HARBOUR, Friday 4 June 2026 \xE2\x80\x93 The<W>Kristiansborgvaerket"));
	free(o);
}

/* Convention pdf.justified_first_word, on a line the text layer gives in
 * fragments: a justified line's word gaps so wide that its words come
 * apart, the first of them one letter ("O", the Greek or Portuguese
 * article) that read_page set apart by a tab as it does a list marker.
 * Joined as one justified line (its ends are the lines' around it), the
 * gap after the letter was a word space: the line opens its paragraph
 * with the word, not a list item without it. */
static void justified_first_word_of_fragments(void **state)
{
	const hl L[] = {
		B(1, 100, "The harbour trust has finished its works and"),
		B(1, 112, "O\tcanal"),
		{1, 150, 112, 10, 0, "reopens"},
		{1, 220, 112, 10, 0, "to boats"},
		B(1, 124, "on Monday, a week earlier than the trust had"),
		B(1, 136, "planned when the dredging began in spring."),
	};
	static const double ends[] = {292, 107, 185, 292, 292, 262};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "works and<W>O canal reopens to boats<W>on Monday"));
	free(o);
}

/* Convention layout.float_margin: a box floated beside the text (9-point
 * lines at x = 380) keeps the text beside it narrow (72-350) a little
 * below its last line, where its frame and margin reach: the paragraph
 * that starts there, after the space that ends the first, wraps its first
 * line at the narrow measure and goes on at the full one (72-522). The
 * narrow line is read with the text beside the box, the box after the
 * paragraph that runs on under it. */
static void float_margin_keeps_the_narrow_measure(void **state)
{
	const hl L[] = {
		B(1, 100, "The county council will rebuild the old"),
		B(1, 114, "footbridge over the Lenn this autumn, after"),
		B(1, 128, "an inspection found rust in two of its four"),
		B(1, 142, "main girders and closed it to all traffic."),
		{1, 380, 100, 9, 1, "County Council"},
		{1, 380, 111, 9, 0, "Press office"},
		{1, 380, 122, 9, 0, "Mara Pellow"},
		{1, 380, 133, 9, 0, "01632 960 187"},
		{1, 380, 144, 9, 0, "press@lenn.example"},
		B(1, 162, "Walkers will use a temporary bridge beside"),
		B(1, 176, "the old one from September, and the works are due to end before the Christmas fair"),
		B(1, 190, "in the market square."),
		B(1, 210, "The new bridge will be wide enough for prams and wheelchairs."),
	};
	/* the narrow lines end at 350 at most, as the box's edge and gap make them */
	static const double ends[] = {340, 348, 344, 350, 443, 434, 434, 443, 461, 345, 512, 177, 377};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "to all traffic.[1]Walkers will use"));
	assert_non_null(strstr(o, "temporary bridge beside<W>the old one from September"));
	assert_non_null(strstr(o, "market square.[1]County Council"));
	free(o);
}

/* Convention layout.drop_cap: a drop cap - the paragraph's first letter
 * set at 40 points over three lines at the left (72-92), its lines set in
 * beside it from x = 94 - opens the paragraph's first word with no space,
 * and the three lines beside it are one paragraph with the lines under
 * it. A letter as big standing alone, no line at its top beside it (a
 * section's letter over its list), stays a block of its own. */
static void drop_cap_joins_the_first_word(void **state)
{
	const hl L[] = {
		{1, 72, 80, 40, 0, "T"},
		{1, 94, 84, 10, 0, "he county council will rebuild the old footbridge"},
		{1, 94, 98, 10, 0, "over the Lenn this autumn, after an inspection"},
		{1, 94, 112, 10, 0, "found rust in two of its four main girders and"},
		B(1, 126, "closed it to all traffic on the first of May."),
		B(1, 146, "Walkers will use a temporary bridge."),
		{1, 72, 200, 40, 1, "K"},
		B(1, 250, "Kestrel Lane, Kirkby Moor and the Kiln Yard."),
	};
	char *o;
	(void)state;
	o = layout(L, sizeof L / sizeof L[0], 1);
	assert_non_null(strstr(o, "The county council will rebuild the old footbridge<W>over the Lenn"));
	assert_non_null(strstr(o, "main girders and<W>closed it to all traffic"));
	assert_null(strstr(o, "T[1]"));
	assert_non_null(strstr(o, "K[1]Kestrel Lane") ? strstr(o, "K[1]Kestrel Lane") : strstr(o, "K<B>Kestrel Lane"));
	free(o);
}

/* Convention layout.drop_cap: a right-to-left page is left alone (its
 * large letter would stand at the right, and its lines' starts are their
 * right ends). */
static void drop_cap_not_on_rtl_page(void **state)
{
	const hl L[] = {
		{1, 72, 80, 40, 0, "T"},
		{1, 94, 84, 10, 0, "he county council will rebuild the old footbridge"},
		{1, 94, 98, 10, 0, "over the Lenn this autumn, after an inspection"},
	};
	char *o;
	(void)state;
	rtl_lines = true;
	o = layout(L, sizeof L / sizeof L[0], 1);
	rtl_lines = false;
	assert_null(strstr(o, "The county"));
	free(o);
}

/* Convention layout.frame_in_flow: a masthead and a title set in frames
 * at x = 60 (9 and 18 points), over a body set in from them at x = 100,
 * the body's first paragraph wrapping above and below each frame: the
 * frames are read first, as blocks of their own, and the paragraph whole
 * (no line of the body ends a paragraph above the frames). */
static void frames_at_the_head_of_the_text(void **state)
{
	const hl L[] = {
		{1, 60, 60, 9, 1, "ORCHARD LANE WATER TRUST"},
		{1, 100, 72, 10, 0, "DUNMERE, 4 May 2026 - The Orchard Lane Water Trust has opened a reed bed that"},
		{1, 60, 86, 9, 0, "MEDIA NOTICE"},
		{1, 100, 96, 10, 0, "cleans the run-off from the town's storm drains before it reaches the river, and"},
		{1, 60, 114, 18, 1, "Dunmere trust opens a reed bed"},
		{1, 60, 136, 18, 1, "beside the river"},
		{1, 100, 160, 10, 0, "the first tests show that the water leaving it is clean enough for trout again."},
		{1, 100, 172, 10, 0, "The bed covers two hectares of the old gravel pits north of the bridge, where the"},
		{1, 100, 184, 10, 0, "trust planted forty thousand reeds over the winter with help from local schools."},
		{1, 100, 202, 10, 0, "Visitors may walk the boardwalk every day from nine in the morning."},
	};
	static const double ends[] = {190, 520, 120, 518, 330, 200, 515, 519, 517, 400};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "reed bed that<W>cleans the run-off"));
	assert_non_null(strstr(o, "the river, and<W>the first tests"));
	assert_true(strstr(o, "MEDIA NOTICE") < strstr(o, "DUNMERE, 4 May"));
	assert_true(strstr(o, "beside the river") < strstr(o, "DUNMERE, 4 May"));
	free(o);
}

/* Convention layout.frame_in_flow: a box of facts in its own type (9
 * points at x = 60, out past the body's edge at x = 100) that the second
 * paragraph wraps above and below: the box is read after that paragraph,
 * which stays whole, not between its lines. */
static void frame_inside_a_later_paragraph(void **state)
{
	const hl L[] = {
		{1, 100, 72, 10, 0, "The Kestrel Valley Choir will sing the county's first open-air opera this summer"},
		{1, 100, 84, 10, 0, "on the meadow below Farrowby Castle, with three hundred singers from ten towns."},
		{1, 100, 102, 10, 0, "Rehearsals start in June in the old corn exchange, where the choir has met since"},
		{1, 60, 118, 9, 1, "In short"},
		{1, 60, 129, 9, 0, "Singers: three hundred"},
		{1, 60, 140, 9, 0, "Tickets: from twelve pounds"},
		{1, 100, 156, 10, 0, "its first concert, and every singer will learn the part by ear before the summer."},
		{1, 100, 168, 10, 0, "The choir still needs tenors."},
		{1, 100, 186, 10, 0, "Tickets go on sale on Monday at the castle's gate and at the library in Farrowby."},
		{1, 100, 198, 10, 0, "Children under twelve go free, and the meadow opens two hours before the show."},
	};
	static const double ends[] = {517, 515, 519, 140, 210, 240, 516, 250, 518, 514};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "met since<W>its first concert"));
	assert_non_null(strstr(o, "needs tenors.[1]In short"));
	free(o);
}

/* Convention layout.float_margin: the line beside the box stops short of
 * the narrow measure because the next word ("reconstruction," 75 points)
 * would not have fitted in it; the text under the box goes on from it
 * (and the box is read after that paragraph, not inside it). */
static void float_margin_long_next_word(void **state)
{
	const hl L[] = {
		B(1, 100, "The county council will rebuild the old"),
		B(1, 114, "footbridge over the Lenn this autumn, after"),
		B(1, 128, "an inspection found rust in two of its four"),
		B(1, 142, "girders, and it asks walkers for patience"),
		{1, 380, 100, 9, 1, "County Council"},
		{1, 380, 111, 9, 0, "Press office"},
		{1, 380, 122, 9, 0, "Mara Pellow"},
		{1, 380, 133, 9, 0, "01632 960 187"},
		{1, 380, 144, 9, 0, "press@lenn.example"},
		B(1, 156, "reconstruction, which lasts until the Christmas fair in the market square of Lenmouth."),
		B(1, 176, "The new bridge will be wide enough for prams and wheelchairs."),
	};
	static const double ends[] = {340, 348, 344, 280, 443, 434, 434, 443, 461, 505, 377};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "for patience<W>reconstruction, which lasts"));
	assert_non_null(strstr(o, "County Council"));
	assert_true(strstr(o, "County Council") > strstr(o, "Lenmouth."));
	free(o);
}

/* Convention layout.float_margin_paragraph_space: beside a box (9-point
 * lines at x = 380) the text keeps a narrow measure (72-350); its
 * paragraph ends there with a sentence on a line that runs a little past
 * the narrow lines' margin (358), and the next paragraph, under the box
 * at the full measure, starts after a paragraph's space (22 points where
 * lines stand 14 apart): two paragraphs, the narrow line no wrap. */
static void float_margin_paragraph_space_past_margin(void **state)
{
	const hl L[] = {
		B(1, 100, "The Wendle Valley choir will sing in the"),
		B(1, 114, "old mill at Harrowgate on the first three"),
		B(1, 128, "Sundays of May, with tickets at the door and"),
		B(1, 142, "a collection for the valley's flood fund."),
		{1, 380, 100, 9, 1, "Wendle Choir"},
		{1, 380, 111, 9, 0, "Orla Denning"},
		{1, 380, 122, 9, 0, "01632 960 552"},
		B(1, 164, "Rehearsals are open to anyone who would like to listen, on Thursday evenings in the"),
		B(1, 178, "chapel hall."),
	};
	static const double ends[] = {340, 346, 350, 358, 440, 442, 445, 512, 132};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_null(strstr(o, "flood fund.<W>Rehearsals"));
	assert_non_null(strstr(o, "flood fund.[1]"));
	assert_non_null(strstr(o, "listen, on Thursday evenings in the<W>chapel hall."));
	free(o);
}

/* Convention layout.float_margin_paragraph_space: the same flow where
 * the narrow paragraph's last sentence fills its line to the box's
 * margin (350) and the paragraph under the box opens with a long word:
 * the space between them, not the room left, parts them; a line at the
 * text's pitch under a full one still goes on (the rule's negative). */
static void float_margin_paragraph_space_full_line(void **state)
{
	const hl L[] = {
		B(1, 100, "Quillan Borough will plant two hundred oak"),
		B(1, 114, "and lime trees along Fennick Road before"),
		B(1, 128, "the end of March, paid by the county's"),
		B(1, 142, "fund for the streets that flood each year."),
		{1, 380, 100, 9, 1, "Quillan Borough"},
		{1, 380, 111, 9, 0, "Tobias Wren"},
		{1, 380, 122, 9, 0, "01632 960 774"},
		B(1, 166, "Neighbourhood groups may adopt a tree and water it through its first two summers;"),
		B(1, 180, "the borough will lend the cans and post a rota on its notice boards in the library."),
		B(1, 194, "Saplings come from the nursery at Brackley Farm."),
	};
	static const double ends[] = {344, 338, 332, 350, 460, 440, 445, 508, 512, 312};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_null(strstr(o, "each year.<W>Neighbourhood"));
	assert_non_null(strstr(o, "first two summers;<W>the borough will lend"));
	free(o);
}

/* Conventions layout.head_line_column and layout.side_box_deferred: a
 * box beside the text (9-point lines at x = 380) whose masthead line,
 * wider than its contact lines, starts beside the byline: the cut reads
 * the byline and the masthead as a band of their own, the byline alone,
 * and the masthead and the contact lines as two columns. The byline is
 * measured by the column under it (a short line, its own block); the
 * box, both of its columns, is read after the paragraph that runs on
 * under it, whole. */
static void side_box_beside_byline(void **state)
{
	const hl L[] = {
		{1, 72, 60, 18, 1, "Harbour trust maps the seals"},
		B(1, 90, "By Ada Fenn"),
		{1, 380, 95, 9, 1, "Lenn Estuary Trust \xC2\xB7 News"},
		{1, 380, 108, 9, 1, "Media contact"},
		{1, 380, 119, 9, 0, "Mara Pellow"},
		{1, 380, 130, 9, 0, "01632 960 187"},
		{1, 380, 141, 9, 0, "press@lenn.example"},
		B(1, 110, "Volunteers of the Lenn Estuary Trust counted"),
		B(1, 124, "ninety grey seals on the sandbanks this winter."),
		B(1, 142, "The count was made from two boats and a hide"),
		B(1, 156, "on the dunes, at low tide on six mornings, and"),
		B(1, 170, "the figures were checked against aerial photographs taken by the coastguard."),
		B(1, 190, "The trust will repeat the count next winter."),
	};
	static const double ends[] = {324, 127, 500, 438, 429, 438, 461, 345, 348, 340, 349, 452, 297};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "[1]By Ada Fenn[1]"));
	assert_non_null(strstr(o, "on six mornings, and<W>the figures were checked"));
	assert_true(strstr(o, "[1]Lenn Estuary Trust") > strstr(o, "coastguard."));
	assert_true(strstr(o, "Media contact") > strstr(o, "coastguard."));
	free(o);
}

/* Convention layout.indent_short_line: paragraphs marked by a first-line
 * indent; a closing date line, indented as every paragraph is and ended
 * short, over the signature set at the same indent, is a paragraph of
 * its own, not a line of the paragraph before it (nor of a block set
 * in: a block's first line fills the measure). */
static void indented_closing_date_line(void **state)
{
	const hl L[] = {
		{1, 93, 100, 10, 0, "The parish council opened the new reading room on the green this week, with a"},
		B(1, 114, "fund for books that the villagers raised over three winters and a grant from the"),
		B(1, 128, "county."),
		{1, 93, 142, 10, 0, "The room is open every afternoon and on Saturday mornings, and the council will"},
		B(1, 156, "add a shelf of local history next spring, paid for from the parish's own building"),
		B(1, 170, "fund."),
		{1, 93, 184, 10, 0, "Volunteers who would like to keep the room open on Sundays can sign up at the"},
		B(1, 198, "door."),
		{1, 93, 212, 10, 0, "Ashcombe, 5 March 2025."},
		{1, 93, 226, 10, 0, "Ashcombe Parish Council"},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "door.[1]Ashcombe, 5 March 2025.[1]Ashcombe Parish Council"));
	free(o);
}

/* Convention layout.hanging_list_end.one_line_items: one-line items set
 * in at a hanging indent, their markers drawn (a browser's print of a
 * When/Where/Cost list), then a paragraph at the margin with no more
 * space above it than between the items: the last item ends there, in a
 * document whose paragraphs are set apart by space. */
static void one_line_items_end_at_the_margin(void **state)
{
	const hl L[] = {
		B(1, 100, "The reading club of the county library meets every month in the annex, and this year"),
		B(1, 112, "it opens its doors to the whole valley."),
		B(1, 136, "Details:"),
		{1, 108, 148, 10, 0, "When: Saturday, 4 April"},
		{1, 108, 160, 10, 0, "Where: Library annex, Mill Street"},
		{1, 108, 172, 10, 0, "Cost: Free for members and guests; tea at the interval"},
		B(1, 184, "Members who would like to bring a friend can sign up at the desk before the first"),
		B(1, 196, "meeting of the season."),
		B(1, 220, "The club reads one novel a month and a play in the summer, chosen by a vote."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "tea at the interval[1]Members who would like"));
	free(o);
}

/* ... while a first-line indent whose short first line was broken by
 * hand, under a paragraph at the margin, goes on in its paragraph. */
static void indented_line_broken_by_hand_goes_on(void **state)
{
	const hl L[] = {
		B(1, 100, "The reading club of the county library meets every month in the annex, and this year"),
		B(1, 112, "it opens its doors to the whole valley."),
		{1, 108, 136, 10, 0, "Members and their guests,"},
		B(1, 148, "who are welcome at every meeting, can sign up at the desk before the first one of"),
		B(1, 160, "the season."),
		B(1, 184, "The club reads one novel a month and a play in the summer, chosen by a vote."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "Members and their guests,<W>who are welcome"));
	free(o);
}

/* Convention layout.figure_cells: lines that each hold one figure alone
 * (a table's column of amounts, read down the column) are cells, kept
 * apart by line breaks, never wrapped into one run of text: run together
 * they would read as a phone number. */
static void lone_figures_stay_cells(void **state)
{
	const hl L[] = {
		{1, 400, 100, 10, 0, "(2,399)"},
		{1, 410, 113, 10, 0, "559"},
		{1, 405, 126, 10, 0, "(80)"},
		{1, 415, 139, 10, 0, "51"},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1](2,399)<B>559<B>(80)<B>51");
	free(o);
}

/* Convention layout.stacked_not_columns: a short end mark centred under
 * the text, a heading set flush left under it, a little closer to it
 * than to the text above and below: the cut parts the two from the
 * rest, then finds them apart across, but neither stands
 * beside the other on the page's height, and the left one is lower: they
 * are read top to bottom, the end mark first. */
static void centred_end_mark_over_heading(void **state)
{
	const hl L[] = {
		B(1, 100, "The cottage will house a small exhibition on the families who kept the flight and a"),
		B(1, 114, "tea room run by volunteers."),
		{1, 277, 137, 10, 0, "- ENDS -"},
		B(1, 157, "Notes to editors"),
		B(1, 180, "1. The Kettleby Canal Society is a registered charity founded in 1971, with 640 members."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]- ENDS -[1]Notes to editors[1]1. The Kettleby"));
	free(o);
}

/* Convention layout.column_extent: the second of two columns of one
 * width (72-292, 320-540) holds the end of a paragraph, a heading and
 * short contact lines, so the margin found from its lines stands far
 * short of its width; the paragraph still runs on from the first
 * column's full last line into it. */
static void column_extent_decides_the_measure(void **state)
{
	const hl L[] = {
		B(1, 100, "The river authority will dredge the harbour"),
		B(1, 112, "channel this summer, for the first time in"),
		B(1, 124, "twelve years, so that the larger ferries can"),
		B(1, 136, "use it at low tide as well."),
		B(1, 148, "The work takes six weeks and the channel stays"),
		B(1, 160, "open to small boats throughout, though the"),
		B(1, 172, "harbour master will close the inner basin for"),
		B(1, 184, "two days in July, when the dredger turns in it,"),
		{1, 320, 100, 10, 0, "and pilots ask skippers to keep to the buoys."},
		{1, 320, 118, 13, 1, "About the authority"},
		{1, 320, 136, 10, 0, "The authority keeps the harbour open."},
		{1, 320, 154, 13, 1, "Contact"},
		{1, 320, 172, 10, 0, "Ana Torvik, +47 22 33 44 55"},
		{1, 320, 184, 10, 0, "www.river.example/harbour-channel-dredging"},
	};
	static const double ends[] = {292, 292, 292, 214, 292, 292, 292, 290, 470, 420, 450, 350, 400, 540};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "turns in it,<W>and pilots ask skippers"));
	free(o);
}

/* Convention pdf.columns_under_full_width_head: a title set across the
 * page (72-540) over a section of two columns whose second stayed empty
 * (a short text in an unbalanced continuous section): the text column
 * (72-300, justified) is measured on its own lines, not on the title's
 * width, so its full lines wrap and its paragraphs stay whole. */
static void column_under_full_width_head(void **state)
{
	const hl L[] = {
		{1, 72, 60, 20, 1, "Marnefond opens a cooperative bakery in its old"},
		{1, 72, 86, 20, 1, "customs house"},
		{1, 72, 120, 10, 0, "MARNEFOND, 3 March 2026 - The village of"},
		{1, 72, 132, 10, 0, "Marnefond opens on 1 April a cooperative"},
		{1, 72, 144, 10, 0, "bakery in the old customs house, closed since"},
		{1, 72, 156, 10, 0, "1968. Its 180 members own it together."},
		{1, 72, 176, 10, 0, "The bakery will sell bread baked each morning"},
		{1, 72, 188, 10, 0, "from flour milled at Oustrac and pastries"},
		{1, 72, 200, 10, 0, "made by two apprentices from the trade school"},
		{1, 72, 212, 10, 0, "of the valley."},
	};
	static const double ends[] = {540, 330, 300, 300, 300, 262, 300, 300, 300, 142};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "The village of<W>Marnefond opens on 1 April a cooperative<W>bakery"));
	assert_non_null(strstr(o, "each morning<W>from flour milled at Oustrac and pastries<W>made"));
	free(o);
}

/* Convention layout.cjk_punctuation: where two punctuation marks of
 * Japanese or Chinese meet ("。「", "」（"), each gives up the empty half of
 * its em, and the glyph after the first starts inside its box; the text
 * layer's two fragments of the line, overlapping by 0.6 em here, are one
 * line, joined without a space. */
static void cjk_punctuation_overlap_joins_fragments(void **state)
{
	const hl L[] = {
		{1, 72, 100, 10, 0, "本日、港の新しい案内書を発売しました。"},
		{1, 256, 100, 10, 0, "「港町の本」（税込）"},
		{1, 72, 114, 10, 0, "今天我们发布了新指南。"},
		{1, 176, 114, 10, 0, "《港口城市》一书"},
	};
	static const double ends[] = {262, 356, 182, 256};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "発売しました。「港町の本」（税込）"));
	assert_non_null(strstr(o, "新指南。《港口城市》一书"));
	free(o);
}

/* Where in o the text t starts (it must be there). */
static size_t at(const char *o, const char *t)
{
	const char *p = strstr(o, t);
	assert_non_null(p);
	return (size_t)(p - o);
}

/* Convention layout.spanning_cut: a line that spans the region (a title
 * over two columns, a closing line under them) marks where the layout
 * changes, and the strip beside it is cut first, though a wider strip
 * crosses both columns lower down (one column's paragraph ends and the
 * other's heading starts at the same height): the columns are read
 * whole, one after the other, not their tops and then their bottoms. */
static void strip_beside_a_spanning_line_cut_first(void **state)
{
	/* columns 72-297 and 320-545; the strip under the title is 8 points,
	 * the one across both columns at 124-140 is 16 */
	const hl en[] = {
		{1, 72, 60, 20, 1, "Harbour trust reopens the lighthouse to visits"},
		{1, 72, 88, 10, 0, "The harbour trust reopened the lighthouse on"},
		{1, 72, 100, 10, 0, "the north mole on Saturday after three years"},
		{1, 72, 112, 10, 0, "of repairs to its lantern."},
		{1, 72, 140, 10, 0, "Guided climbs leave every hour from the foot"},
		{1, 72, 152, 10, 0, "of the tower until the end of October."},
		{1, 320, 88, 14, 1, "About the trust"},
		{1, 320, 114, 10, 0, "The trust has kept the harbour since 1851."},
		{1, 320, 140, 14, 1, "Contact"},
		{1, 320, 160, 10, 0, "Mira Holt, press officer"},
	};
	/* a closing line in the body's type under both columns */
	const hl fr[] = {
		{1, 72, 60, 10, 0, "La commune de Ferrand ouvre un jardin partag\xC3\xA9"},
		{1, 72, 72, 10, 0, "derri\xC3\xA8re la mairie, avec vingt parcelles"},
		{1, 72, 84, 10, 0, "pour les habitants."},
		{1, 72, 110, 10, 0, "Les inscriptions sont ouvertes en mairie"},
		{1, 72, 122, 10, 0, "jusqu'au 30 avril."},
		{1, 320, 60, 10, 0, "Les parcelles sont attribu\xC3\xA9" "es pour un an"},
		{1, 320, 72, 10, 0, "et renouvelables, avec un cabanon commun"},
		{1, 320, 84, 10, 0, "pour les outils."},
		{1, 320, 110, 10, 0, "Un atelier de compostage aura lieu le"},
		{1, 320, 122, 10, 0, "premier samedi de chaque mois."},
		{1, 72, 140, 10, 0, "Contact presse : Lucie Marchal, mairie de Ferrand, 04 71 00 00 00, ferrand.example"},
	};
	char *o = layout(en, sizeof en / sizeof en[0], 1);
	(void)state;
	assert_true(at(o, "Harbour trust") < at(o, "The harbour trust reopened"));
	assert_true(at(o, "Guided climbs") < at(o, "About the trust"));
	assert_true(at(o, "About the trust") < at(o, "Contact"));
	free(o);
	o = layout(fr, sizeof fr / sizeof fr[0], 1);
	assert_true(at(o, "Les inscriptions") < at(o, "Les parcelles"));
	assert_true(at(o, "Un atelier") < at(o, "Contact presse"));
	free(o);
}

/* Words of a justified line in a narrow column, which the text layer
 * keeps apart, spread by spaces wider than an em: the lines below bridge
 * the gaps, so they are word spaces, not gutters, and the line is one;
 * the gutter between the columns, which no line bridges, stays. */
static void justified_words_are_no_columns(void **state)
{
	const hl L[] = {
		B(1, 100, "Harbourside"),
		{1, 143.25, 100, 10, 0, "Lantern"},
		{1, 194.5, 100, 10, 0, "Guild"},
		{1, 235.75, 100, 10, 0, "opens"},
		{1, 277, 100, 10, 0, "its"},
		B(1, 112, "winter market on the quay this Saturday,"),
		B(1, 124, "with stalls of smoked fish and lamps made"),
		B(1, 136, "by the guild's own glassblowers."),
		{1, 312, 100, 10, 0, "The fishermen's choir sings at dusk, and"},
		{1, 312, 112, 10, 0, "the ferry runs late for the visitors from"},
		{1, 312, 124, 10, 0, "the islands."},
	};
	/* columns 72-292 and 312-532, 20 points apart */
	static const double ends[] = {127, 178.25, 219.5, 260.75, 292, 292, 292, 232, 532, 532, 372};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "[1]Harbourside Lantern Guild opens its<W>winter market on the quay"));
	assert_non_null(strstr(o, "glassblowers.[1]The fishermen's choir"));
	assert_null(strstr(o, "its The"));
	free(o);
}

/* Convention pdf.narrow_gutter: LaTeX's multicols sets two columns of
 * 11-point text 10 points apart, under an em: the rows of the two columns
 * are not one line, because row after row the left column's lines end at
 * one x and the right column's start at another. A title over them and a
 * paragraph under them span the page. Without those straight edges (the
 * right fragments start at different x, as words of one line would), a
 * gap under an em stays a word space. */
static void narrow_gutter_columns(void **state)
{
	const hl L[] = {
		{1, 72, 80, 17, 1, "Harrowgate Ferry Trust opens its new slipway"},
		{1, 72, 120, 11, 0, "The Harrowgate Ferry Trust has finished"},
		{1, 302, 120, 11, 0, "the tide tables are printed on a board"},
		{1, 72, 133.5, 11, 0, "the new slipway at Quenby Point, where"},
		{1, 302, 133.5, 11, 0, "beside the ticket office, and the crew"},
		{1, 72, 147, 11, 0, "the old one had crumbled in the storms"},
		{1, 302, 147, 11, 0, "will help passengers with bicycles on"},
		{1, 72, 160.5, 11, 0, "of last winter. The crossing runs each"},
		{1, 302, 160.5, 11, 0, "board."},
		{1, 72, 174, 11, 0, "hour from seven in the morning, and"},
		{1, 72, 200, 11, 0, "The Harrowgate Ferry Trust is a charity that has run the crossing since 1957."},
	};
	static const double ends[] = {420, 292, 522, 292, 522, 292, 522, 292, 335, 292, 500};
	hl U[sizeof L / sizeof L[0]];
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "has finished<W>the new slipway"));
	/* the left column read whole before the right one */
	assert_non_null(strstr(o, "crumbled in the storms<W>of last winter"));
	assert_true(strstr(o, "morning, and") < strstr(o, "the tide tables are printed"));
	assert_null(strstr(o, "finished the tide"));
	free(o);
	/* the right fragments at 302, 305, 308: no straight edge, no gutter */
	memcpy(U, L, sizeof L);
	U[4].x0 = 305;
	U[6].x0 = 308;
	o = layout_ending(U, sizeof U / sizeof U[0], 1, ends);
	assert_null(strstr(o, "has finished<W>the new slipway"));
	free(o);
}

/* Convention layout.evenly_spread_row: a justified line under a heading,
 * over its paragraph's short last line, has no line near it to bridge
 * its gaps of more than an em; its gaps all alike and the row filling the
 * measure of a full line elsewhere on the page make it one line. Gaps
 * that differ (a row of cells) keep the fragments apart. */
static void evenly_spread_row_is_one_line(void **state)
{
	const hl L[] = {
		B(1, 100, "The footpaths around the reservoir were repaired by volunteers over the long wet autumn, a"),
		B(1, 112, "task that took them eleven weekends."),
		{1, 72, 136, 14, 1, "About Tallowmere"},
		{1, 72.00, 160, 10, 0, "Tallowmere"},
		{1, 134.50, 160, 10, 0, "parish"},
		{1, 177.00, 160, 10, 0, "welcomes"},
		{1, 229.50, 160, 10, 0, "walkers,"},
		{1, 282.00, 160, 10, 0, "anglers"},
		{1, 329.50, 160, 10, 0, "and"},
		{1, 357.00, 160, 10, 0, "swimmers"},
		{1, 409.50, 160, 10, 0, "throughout"},
		{1, 472.00, 160, 10, 0, "summertime"},
		B(1, 172, "and skaters in the frosts of winter."),
	};
	hl U[sizeof L / sizeof L[0]];
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "Tallowmere parish welcomes walkers, anglers and swimmers throughout summertime<W>and skaters"));
	free(o);
	/* the same row with gaps of 12.5, 22.5, 12.5, 32.5... points: cells */
	memcpy(U, L, sizeof L);
	U[5].x0 += 10;
	U[7].x0 += 20;
	U[8].x0 += 20;
	U[9].x0 += 20;
	o = layout(U, sizeof U / sizeof U[0], 1);
	assert_null(strstr(o, "Tallowmere parish welcomes"));
	free(o);
}

/* Convention layout.evenly_spread_row.inner_gaps: a justified line of
 * long words under a heading that the text layer gave in three fragments
 * (the widest of its gaps only): the word spaces read inside the first
 * fragment (1.05 em) are as wide as the gaps between the fragments (1.05
 * and 1.1 em), so the row is one line; the same fragments whose inner
 * spaces are a plain word space (0.3 em: a label, then figures set apart
 * in cells) stay apart. */
static char *stretch_layout(const hl *L, size_t n, const double *ends, const double *gaps);

static void evenly_spread_row_inner_gaps(void **state)
{
	const hl L[] = {
		B(1, 100, "The rowing club of Ashwater thanks the volunteers who rebuilt its landing stage over the"),
		B(1, 112, "winter."),
		{1, 72, 136, 14, 1, "About Ashwater Rowing Club"},
		{1, 72, 160, 10, 0, "Ashwater Rowing Club, established nineteen-twelve, trains"},
		{1, 410.5, 160, 10, 0, "juniors"},
		{1, 456.5, 160, 10, 0, "throughout"},
		B(1, 172, "the year on the Ashwater reservoir."),
	};
	static const double ends[] = {522, 107, 270, 400, 445.5, 522, 247};
	static const double inner[] = {0.3, 0, 0, 1.05, 0, 0, 0.3};
	static const double plain[] = {0.3, 0, 0, 0.3, 0, 0, 0.3};
	char *o;
	(void)state;
	o = stretch_layout(L, sizeof L / sizeof L[0], ends, inner);
	assert_non_null(strstr(o, "nineteen-twelve, trains juniors throughout<W>the year"));
	free(o);
	o = stretch_layout(L, sizeof L / sizeof L[0], ends, plain);
	assert_null(strstr(o, "trains juniors throughout"));
	free(o);
}

/* Two columns over a line as wide as both (a caption, a closing line in
 * the body's type): it bridges the gutter of the columns' last row, but
 * the right column's lines start where that row's right half does, so
 * the gap is a gutter and the columns are read one after the other. */
static void gutter_over_a_wide_line(void **state)
{
	const hl L[] = {
		B(1, 100, "The lock keepers of the upper canal will"),
		B(1, 112, "open the gates at dawn for the rowing race,"),
		B(1, 124, "which starts at the mill and ends at"),
		{1, 312, 100, 10, 0, "the boathouse in Westerly, where the crews"},
		{1, 312, 112, 10, 0, "and their families meet for the prizes and"},
		{1, 312, 124, 10, 0, "a supper cooked by the club's members."},
		B(1, 140, "Registration for the race closes on the first of June, at the boathouse or by letter to the club."),
	};
	static const double ends[] = {292, 292, 292, 532, 532, 532, 532};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "for the rowing race,<W>which starts at the mill and ends at"));
	assert_null(strstr(o, "ends at the boathouse in Westerly, where the crews<W>and"));
	assert_null(strstr(o, "ends at a supper"));
	free(o);
}

/* A word in small capitals inside a justified line: its smaller letters
 * stand between the large ones, and the gap they fill is no word space
 * to close over them ("FORCESSTACK" stays one word). */
static void small_capitals_in_a_justified_line(void **state)
{
	const hl L[] = {
		B(1, 100, "annotated as either F"),
		{1, 177.3, 101.6, 8, 0, "ORCES"},
		{1, 197.5, 100, 10, 0, "S"},
		{1, 202.8, 101.6, 8, 0, "TACK"},
		{1, 236, 100, 10, 0, "or the lamp makers"},
		B(1, 112, "mark that the guild checks on every lamp,"),
		B(1, 124, "and its stamp."),
	};
	static const double ends[] = {177, 197.3, 202.5, 218.8, 292, 292, 142};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "[1]annotated as either FORCESSTACK or the lamp makers<W>mark that"));
	free(o);
}

/* A row of two cells over a paragraph that runs under its gap: the row
 * stops short of the paragraph's right margin, as no justified line does,
 * so the gap stays a gap between cells. */
static void cells_short_of_the_margin_stay_apart(void **state)
{
	const hl L[] = {
		B(1, 100, "Opening hours"),
		{1, 160, 100, 10, 0, "10:00 to 18:00"},
		B(1, 112, "The stalls open on the quay from the morning, and the lamps are lit"),
		B(1, 124, "at dusk by the children of the harbour school, as every winter."),
	};
	static const double ends[] = {137, 230, 417, 392};
	char *o;
	(void)state;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_null(strstr(o, "Opening hours 10:00"));
	free(o);
}

/* A grid of figures: cells side by side in rows, their columns apart
 * by gutters down the whole grid, a row label wrapped over two lines. It
 * is one table block ([5]), its cells row by row, an empty cell where a
 * row leaves a column blank; the prose around it stays paragraphs. */
static void table_of_figures(void **state)
{
	const hl L[] = {
		B(1, 100, "The harbour's traffic over the last three years, by kind of vessel:"),
		B(1, 124, "Vessels"), {1, 300, 124, 10, 0, "2022"}, {1, 380, 124, 10, 0, "2023"},
		{1, 460, 124, 10, 0, "2024"},
		B(1, 136, "Container ships"), {1, 300, 136, 10, 0, "412"}, {1, 380, 136, 10, 0, "455"},
		{1, 460, 136, 10, 0, "501"},
		B(1, 148, "Ferries to the"),
		B(1, 160, "islands"), {1, 300, 160, 10, 0, "1,210"}, {1, 380, 160, 10, 0, "1,180"},
		{1, 460, 160, 10, 0, "1,260"},
		B(1, 172, "Bulk carriers"), {1, 300, 172, 10, 0, "96"}, {1, 460, 172, 10, 0, "104"},
		B(1, 196, "Figures for the current year will follow in the spring report."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]The harbour's traffic over the last three years, by kind of vessel:"
	                       "[5]<R>Vessels<C>2022<C>2023<C>2024<R>Container ships<C>412<C>455<C>501"
	                       "<R>Ferries to the<R>islands<C>1,210<C>1,180<C>1,260<R>Bulk carriers<C>96<C><C>104"
	                       "[1]Figures for the current year will follow in the spring report.");
	free(o);
}

/* Convention layout.table.ruled_cells: a contact table with borders, as
 * a word processor draws it: rules round every cell (columns at 72, 192,
 * 312 and 432, rows at 200, 220, 252 and 272). The text layer gives its
 * lines in the order of their tops, so a cell's wrapped line comes after
 * the next cells' first lines and the head row looks like a line of
 * prose. Read from the rules, it is one table, each cell's lines joined:
 * "Head of" wraps at a space, the address, one word filling its cell to
 * the border, is broken inside the word and joined without one. */
static const double contact_rules[][4] = {
	{72, 200, 432, 200}, {72, 220, 432, 220}, {72, 252, 432, 252}, {72, 272, 432, 272},
	{72, 200, 72, 272},  {192, 200, 192, 272}, {312, 200, 312, 272}, {432, 200, 432, 272},
};
static const hl contact_table[] = {
	B(1, 160, "The harbour trust opens its new ferry terminal on the north quay in May, with two berths."),
	B(1, 180, "Media contacts"),
	{1, 77, 205, 10, 0, "Name"}, {1, 197, 205, 10, 0, "Role"}, {1, 317, 205, 10, 0, "Email"},
	{1, 77, 225, 10, 0, "Mira Solberg"}, {1, 197, 225, 10, 0, "Head of"},
	{1, 317, 225, 10, 0, "m.solberg@northquaytru"},
	{1, 197, 237, 10, 0, "communications"}, {1, 317, 237, 10, 0, "st.example"},
	{1, 77, 257, 10, 0, "Tor Haugen"}, {1, 197, 257, 10, 0, "Press officer"},
	{1, 317, 257, 10, 0, "press@northquay.example"},
	B(1, 296, "The terminal was built by a consortium of three firms from the region over two years."),
};

static void ruled_table_cells(void **state)
{
	char *o;
	(void)state;
	o = layout_ruled(contact_table, sizeof contact_table / sizeof contact_table[0], 1, contact_rules, sizeof contact_rules / sizeof contact_rules[0]);
	assert_non_null(strstr(o, "Media contacts[5]<R>Name<C>Role<C>Email<R>Mira Solberg<C>Head of communications"
	                          "<C>m.solberg@northquaytrust.example<R>Tor Haugen<C>Press officer"
	                          "<C>press@northquay.example[1]The terminal"));
	free(o);
}

/* ... a line running across a border (no cells the rules frame) leaves
 * the grid alone: no table is made of it. */
static void ruled_grid_with_a_line_across(void **state)
{
	hl L[sizeof contact_table / sizeof contact_table[0]];
	char *o;
	(void)state;
	memcpy(L, contact_table, sizeof L);
	L[3] = (hl){1, 77, 205, 10, 0, "Name and role of the person to call"};
	o = layout_ruled(L, sizeof L / sizeof L[0], 1, contact_rules, sizeof contact_rules / sizeof contact_rules[0]);
	assert_null(strstr(o, "[5]<R>Name"));
	free(o);
}

/* ... a figure table's column heads, set right-aligned in two lines
 * ("Q4" over "2024"): a short word near the right border was broken at
 * a space, not inside a word; only a left-aligned cell's line, going on
 * under the start of the one above, is joined to it without one. */
static const double figure_rules[][4] = {
	{72, 200, 432, 200}, {72, 232, 432, 232}, {72, 252, 432, 252}, {72, 272, 432, 272},
	{72, 200, 72, 272},  {192, 200, 192, 272}, {312, 200, 312, 272}, {432, 200, 432, 272},
};
static const hl figure_table[] = {
	B(1, 160, "The ferry line carried more passengers in the fourth quarter than in any quarter before."),
	B(1, 180, "Key figures"),
	{1, 77, 205, 10, 0, "Item"}, {1, 297, 205, 10, 0, "Q4"}, {1, 417, 205, 10, 0, "FY"},
	{1, 287, 217, 10, 0, "2024"}, {1, 407, 217, 10, 0, "2024"},
	{1, 77, 237, 10, 0, "Revenue"}, {1, 287, 237, 10, 0, "86.4"}, {1, 402, 237, 10, 0, "318.9"},
	{1, 77, 257, 10, 0, "Margin"}, {1, 287, 257, 10, 0, "34.2"}, {1, 407, 257, 10, 0, "33.6"},
	B(1, 296, "The line will add a third ferry to its timetable in the spring of next year, the board said."),
};

static void ruled_cells_right_aligned_words_not_joined(void **state)
{
	char *o;
	(void)state;
	o = layout_ruled(figure_table, sizeof figure_table / sizeof figure_table[0], 1, figure_rules, sizeof figure_rules / sizeof figure_rules[0]);
	assert_non_null(strstr(o, "<R>Item<C>Q4 2024<C>FY 2024<R>Revenue<C>86.4<C>318.9<R>Margin"));
	free(o);
}

/* ... a grid of boxes mostly empty (an exercise sheet's frames round
 * its drawings, a caption in one here and there) is no table: half its
 * cells hold text at least. */
static const double box_rules[][4] = {
	{72, 200, 552, 200}, {72, 220, 552, 220}, {72, 240, 552, 240}, {72, 260, 552, 260}, {72, 280, 552, 280},
	{72, 200, 72, 280},  {192, 200, 192, 280}, {312, 200, 312, 280}, {432, 200, 432, 280}, {552, 200, 552, 280},
};
static const hl box_page[] = {
	B(1, 160, "Do each of the exercises below slowly, twice a day, for as long as your physiotherapist says."),
	{1, 77, 205, 10, 0, "Lift"}, {1, 197, 225, 10, 0, "Bend"}, {1, 317, 245, 10, 0, "Stretch"},
	B(1, 296, "Stop any exercise that hurts and tell your nurse or physiotherapist at your next visit."),
};

static void ruled_grid_mostly_empty_is_no_table(void **state)
{
	char *o;
	(void)state;
	o = layout_ruled(box_page, sizeof box_page / sizeof box_page[0], 1, box_rules, sizeof box_rules / sizeof box_rules[0]);
	assert_null(strstr(o, "<C>"));
	assert_null(strstr(o, "<R>"));
	free(o);
}

/* ... a diagram's boxes, set centred: a word over one as wide ("ABS/CDOs"
 * over "tranches") starts where it starts, both as near the box's right
 * border as its left one; no line of the column's other cells starts
 * there, so the cell is not left-aligned and the words were broken at a
 * space. */
static const double box_diagram_rules[][4] = {
	{72, 200, 312, 200}, {72, 232, 312, 232}, {72, 252, 312, 252},
	{72, 200, 72, 252},  {192, 200, 192, 252}, {312, 200, 312, 252},
};
static const hl box_diagram[] = {
	B(1, 160, "Banks funded the loans they made by selling them on in slices, each slice riskier than the one above."),
	{1, 77, 205, 10, 0, "Senior"}, {1, 232, 205, 10, 0, "ABS/CDOs"}, {1, 232, 217, 10, 0, "tranches"},
	{1, 77, 237, 10, 0, "Equity"}, {1, 239.5, 237, 10, 0, "Notes"},
	B(1, 296, "When the slices at the bottom lost their value, the ones above them were doubted as well."),
};

static void ruled_cells_centred_words_not_joined(void **state)
{
	char *o;
	(void)state;
	o = layout_ruled(box_diagram, sizeof box_diagram / sizeof box_diagram[0], 1, box_diagram_rules, sizeof box_diagram_rules / sizeof box_diagram_rules[0]);
	assert_non_null(strstr(o, "<R>Senior<C>ABS/CDOs tranches<R>Equity<C>Notes"));
	free(o);
}

/* ... a register's table open at its sides: rules between its columns,
 * over and under its head and under its last row, its first and last
 * columns unframed. The rules frame no cells: each ruled column would
 * hold all the rows' lines, run together; text beside the grid, up to
 * its outer rule, leaves it alone. */
static const double open_rules[][4] = {
	{72, 200, 552, 200}, {72, 215, 552, 215}, {72, 260, 552, 260},
	{192, 200, 192, 260}, {312, 200, 312, 260}, {432, 200, 432, 260},
};
static const hl open_table[] = {
	B(1, 160, "The following products are excluded from the schedules when sold over the counter."),
	{1, 77, 203, 10, 0, "Company"}, {1, 197, 203, 10, 0, "Trade name"}, {1, 317, 203, 10, 0, "Code"},
	{1, 437, 203, 10, 0, "Amount"},
	{1, 77, 220, 10, 0, "Bioline Laboratories ."}, {1, 197, 220, 10, 0, "Theophed ......"},
	{1, 317, 220, 10, 0, "00719-1945"}, {1, 517, 220, 10, 0, "8.00"},
	{1, 77, 232, 10, 0, "Goldline Laboratories"}, {1, 197, 232, 10, 0, "Guiaphed Elixir"},
	{1, 317, 232, 10, 0, "00182-1377"}, {1, 517, 232, 10, 0, "4.00"},
	{1, 77, 244, 10, 0, "Parke-Davis and Co .."}, {1, 197, 244, 10, 0, "Tedral ........"},
	{1, 317, 244, 10, 0, "00071-0230"}, {1, 517, 244, 10, 0, "8.00"},
	B(1, 296, "The amounts are given in milligrams for each tablet or millilitre of the product."),
};

static void ruled_grid_open_at_its_sides_is_no_table(void **state)
{
	char *o;
	(void)state;
	o = layout_ruled(open_table, sizeof open_table / sizeof open_table[0], 1, open_rules, sizeof open_rules / sizeof open_rules[0]);
	assert_null(strstr(o, "Theophed ...... Guiaphed"));
	assert_null(strstr(o, "00719-1945 00182-1377"));
	free(o);
}

static int probes;
static void count_probe(void *user, pdfl_doc *d, int page, double x0, double y0, double x1, double y1)
{
	(void)user;
	(void)d;
	(void)page;
	/* across the page's whole width (612 points): a last column's right
	 * border lies beyond its text, which ends far short of it */
	assert_true(x0 <= 0 && x1 >= 612 && y0 < 205 && y1 > 267);
	probes++;
}

/* ... the rules are looked for only on a page whose lines stand side by
 * side in two rows or more; a page of prose is not drawn. */
static void ruled_cells_looked_for_beside_cells_only(void **state)
{
	pdfl_doc d;
	size_t i, k;
	(void)state;
	for (k = 0; k < 2; k++) {
		pdfl_init(&d);
		assert_true(pdfl_add_page(&d, 612, 792));
		for (i = 0; i < sizeof contact_table / sizeof contact_table[0]; i++) {
			const hl *h = &contact_table[i];
			pdfl_line l;
			if (k && h->x0 != 72)
				continue;
			memset(&l, 0, sizeof l);
			l.size = h->size;
			l.char_w = 5;
			l.x0 = h->x0;
			l.x1 = h->x0 + 5 * (double)strlen(h->text);
			l.y0 = h->y0;
			l.y1 = h->y0 + h->size;
			assert_true(pdfl_add_line(&d, &l, h->text, strlen(h->text)));
		}
		probes = 0;
		assert_int_equal(pdfl_find_rules(&d, count_probe, NULL), k ? 0 : 1);
		assert_int_equal(probes, k ? 0 : 1);
		pdfl_free(&d);
	}
}

/* Convention pdf.table_touching_boxes: LibreOffice sets a table's cells
 * and the paragraph under it at single spacing, each line's box (ascent
 * to descent, 1.3 em here) taller than the 1.2 em leading, so the line
 * right under the grid touches its last row by a point: the grid is
 * still a table, the line a paragraph after it. */
static void table_with_touching_line_boxes(void **state)
{
	const hl L[] = {
		B(1, 100, "The mill's intake rose in every quarter of the year, as the table shows."),
		B(1, 124, "Quarter"), {1, 300, 124, 10, 0, "2024"}, {1, 380, 124, 10, 0, "2025"},
		B(1, 136, "First"), {1, 300, 136, 10, 0, "1,842"}, {1, 380, 136, 10, 0, "1,988"},
		B(1, 148, "Second"), {1, 300, 148, 10, 0, "2,131"}, {1, 380, 148, 10, 0, "2,304"},
		B(1, 160, "Total"), {1, 300, 160, 10, 0, "3,973"}, {1, 380, 160, 10, 0, "4,292"},
		B(1, 172, "Figures are in tonnes and include grain bought from outside the valley."),
	};
	char *o;
	(void)state;
	box_height = 1.3;
	o = layout(L, sizeof L / sizeof L[0], 1);
	box_height = 1.0;
	assert_non_null(strstr(o, "[5]<R>Quarter<C>2024<C>2025<R>First<C>1,842<C>1,988<R>Second<C>2,131<C>2,304"
	                          "<R>Total<C>3,973<C>4,292[1]Figures are in tonnes"));
	free(o);
}

/* Convention pdf.table_heading_not_label: a bold heading at the leading
 * above a table whose head row holds words is the table's heading, not
 * the first line of a wrapped row label: it stays a block of its own. */
static void heading_over_a_table_is_no_row_label(void **state)
{
	const hl L[] = {
		B(1, 100, "The pool reopens in May with new prices for families and students."),
		{1, 72, 124, 12, 1, "Prices from 4 May"},
		B(1, 138, "Ticket"), {1, 240, 138, 10, 0, "Visits"}, {1, 400, 138, 10, 0, "Price"},
		B(1, 150, "Adult"), {1, 240, 150, 10, 0, "1 visit"}, {1, 400, 150, 10, 0, "4.50"},
		B(1, 162, "Child"), {1, 240, 162, 10, 0, "1 visit"}, {1, 400, 162, 10, 0, "2.80"},
		B(1, 174, "Family card"), {1, 240, 174, 10, 0, "10 visits"}, {1, 400, 174, 10, 0, "32.00"},
		B(1, 198, "Residents of the town pay a fifth less on showing proof of address."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[5]<R>Ticket<C>Visits<C>Price<R>Adult<C>1 visit<C>4.50"));
	assert_null(strstr(o, "<R>Prices from 4 May"));
	free(o);
}

/* Convention pdf.table_digit_cells: a medal table's cells are mostly
 * lone digits; they are figures, not a font specimen's glyphs set apart,
 * so the grid is one table. */
static void table_of_lone_digits(void **state)
{
	const hl L[] = {
		B(1, 100, "The rowing club ends its best season with eleven medals in all."),
		B(1, 124, "Category"), {1, 240, 124, 10, 0, "Gold"}, {1, 320, 124, 10, 0, "Silver"},
		{1, 400, 124, 10, 0, "Bronze"},
		B(1, 136, "Juniors"), {1, 240, 136, 10, 0, "3"}, {1, 320, 136, 10, 0, "1"}, {1, 400, 136, 10, 0, "2"},
		B(1, 148, "Seniors"), {1, 240, 148, 10, 0, "1"}, {1, 320, 148, 10, 0, "2"}, {1, 400, 148, 10, 0, "0"},
		B(1, 160, "Masters"), {1, 240, 160, 10, 0, "0"}, {1, 320, 160, 10, 0, "1"}, {1, 400, 160, 10, 0, "1"},
		B(1, 184, "The club sends two eights to the autumn regatta."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[5]<R>Category<C>Gold<C>Silver<C>Bronze<R>Juniors<C>3<C>1<C>2<R>Seniors<C>1<C>2<C>0"
	                          "<R>Masters<C>0<C>1<C>1[1]The club"));
	free(o);
}

/* Convention pdf.table_figures_left: a two-column schedule, its times on
 * the left and what happens then on the right, is a table as key figures
 * with their labels are; a numbered list set on a hanging indent, its
 * numbers apart from short items by an em or more, stays a list. */
static void schedule_with_times_on_the_left(void **state)
{
	const hl L[] = {
		B(1, 100, "The fair opens on Saturday morning with a full programme for families."),
		B(1, 124, "Time"), {1, 200, 124, 10, 0, "Event"},
		B(1, 136, "10:00"), {1, 200, 136, 10, 0, "Doors open"},
		B(1, 148, "11:30"), {1, 200, 148, 10, 0, "Puppet show"},
		B(1, 160, "14:00"), {1, 200, 160, 10, 0, "Choir on the green"},
		B(1, 184, "Entry to every event is free."),
		B(1, 208, "1."), {1, 100, 208, 10, 0, "Bring a cup"},
		B(1, 220, "2."), {1, 100, 220, 10, 0, "Park by the mill"},
		B(1, 232, "3."), {1, 100, 232, 10, 0, "Keep dogs on leads"},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[5]<R>Time<C>Event<R>10:00<C>Doors open<R>11:30<C>Puppet show<R>14:00<C>Choir on the green"
	                          "[1]Entry to every event is free."));
	assert_null(strstr(o, "<R>1.<C>"));
	free(o);
}

/* Convention pdf.table_cell_wraps: a cell too long for its column wraps
 * inside it, its next line under the first and in lower case, the row's
 * other cells beside the first line: that line is the cell's, whether in
 * the label column or in the last cell of the last row. */
static void table_cell_wrapped_in_its_column(void **state)
{
	const hl L[] = {
		B(1, 100, "The water company set out how it will spend its budget."),
		B(1, 124, "Programme"), {1, 240, 124, 10, 0, "Budget"}, {1, 320, 124, 10, 0, "Share"},
		B(1, 136, "Mains renewal"), {1, 240, 136, 10, 0, "74"}, {1, 320, 136, 10, 0, "40%"},
		B(1, 148, "New works at the"), {1, 240, 148, 10, 0, "58"}, {1, 320, 148, 10, 0, "31%"},
		B(1, 160, "old bridge"),
		B(1, 172, "Leak detection"), {1, 240, 172, 10, 0, "29"}, {1, 320, 172, 10, 0, "16%"},
		B(1, 196, "Bills will rise by no more than inflation in each year of the plan."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "<R>Mains renewal<C>74<C>40%<R>New works at the old bridge<C>58<C>31%<R>Leak detection"
	                          "<C>29<C>16%[1]Bills"));
	free(o);
}

/* Convention pdf.table_cells: a results table whose header row and
 * figures the text layer ran into single lines (each cell two ems from
 * the next) is cut at those gaps and read as one table block, row by
 * row; a line of running text with wide gaps of its own, under it, stays
 * one line. */
static void table_cells_run_together(void **state)
{
	const hl L[] = {
		B(1, 100, "Tarnow Valve Company reported its results for the second quarter."),
		{1, 72, 124, 10, 0, "(in thousands)|Q2 2025|Q2 2024"},
		{1, 72, 138, 10, 0, "Net sales"}, {1, 162, 138, 10, 0, "$4,120|$3,870"},
		{1, 72, 152, 10, 0, "Gross profit"}, {1, 162, 152, 10, 0, "1,310|1,190"},
		{1, 72, 166, 10, 0, "Net income"}, {1, 172, 166, 10, 0, "$402|$365"},
		{1, 72, 190, 10, 0, "The board|will meet again in|the autumn to|set the dividend for the year."},
	};
	char *o = layout_cells(L, sizeof L / sizeof L[0]);
	(void)state;
	assert_non_null(strstr(o, "[5]<R>(in thousands)<C>Q2 2025<C>Q2 2024<R>Net sales<C>$4,120<C>$3,870"
	                          "<R>Gross profit<C>1,310<C>1,190<R>Net income<C>$402<C>$365["));
	assert_non_null(strstr(o, "The board will meet again in the autumn to set the dividend for the year."));
	free(o);
}

/* Running text whose lines have wide gaps (a justified narrow column)
 * at places that line up in no column is no table: its lines come back
 * whole. */
static void wide_gaps_in_prose_are_no_cells(void **state)
{
	const hl L[] = {
		{1, 72, 100, 10, 0, "The ferry|to Holm Island|will run|twice a day"},
		{1, 72, 112, 10, 0, "from the first|week of|May, as the|council agreed"},
		{1, 72, 124, 10, 0, "with the|owners at a|meeting held|in the town hall."},
	};
	char *o = layout_cells(L, sizeof L / sizeof L[0]);
	(void)state;
	assert_null(strstr(o, "[5]"));
	assert_non_null(strstr(o, "The ferry to Holm Island will run twice a day"));
	assert_non_null(strstr(o, "with the owners at a meeting held in the town hall."));
	free(o);
}

/* Convention pdf.table_section_row: a label alone on its row between two
 * rows of the grid ("Costs:" over its items) is a row of the table, not
 * its end: the statement is one table block. */
static void table_section_row(void **state)
{
	const hl L[] = {
		B(1, 100, "The Orrin Valley Water Board published its accounts for the year."),
		{1, 72, 124, 10, 0, "Income:"},
		{1, 80, 136, 10, 0, "Water rates"}, {1, 300, 136, 10, 0, "8,410"}, {1, 380, 136, 10, 0, "8,102"},
		{1, 80, 148, 10, 0, "Connections"}, {1, 300, 148, 10, 0, "612"}, {1, 380, 148, 10, 0, "598"},
		{1, 72, 160, 10, 0, "Costs:"},
		{1, 80, 172, 10, 0, "Treatment"}, {1, 300, 172, 10, 0, "5,230"}, {1, 380, 172, 10, 0, "5,011"},
		{1, 80, 184, 10, 0, "Staff"}, {1, 300, 184, 10, 0, "2,144"}, {1, 380, 184, 10, 0, "2,090"},
		B(1, 208, "The accounts were approved by the board on Tuesday."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[5]<R>Income:<R>Water rates<C>8,410<C>8,102<R>Connections<C>612<C>598<R>Costs:"
	                          "<R>Treatment<C>5,230<C>5,011<R>Staff<C>2,144<C>2,090["));
	free(o);
}

/* Convention pdf.table_in_column: a table of key figures in the third
 * column of a page, whose rows share their heights with the lines of
 * the two columns of running text beside it, is found in its column
 * alone; the running text stays paragraphs. */
static void table_in_column(void **state)
{
	const hl L[] = {
		{1, 40, 100, 10, 0, "The Brannock Mills group has"}, {1, 40, 112, 10, 0, "raised its sales by a tenth"},
		{1, 40, 124, 10, 0, "in the year, with its paper"}, {1, 40, 136, 10, 0, "mills busy through the long"},
		{1, 40, 148, 10, 0, "and cold winter months."},
		{1, 200, 100, 10, 0, "The board expects the new"}, {1, 200, 112, 10, 0, "year to bring slower growth"},
		{1, 200, 124, 10, 0, "as the price of the pulp"}, {1, 200, 136, 10, 0, "that the mills buy climbs"},
		{1, 200, 148, 10, 0, "again in the spring."},
		{1, 400, 100, 9, 0, "2024"}, {1, 480, 100, 9, 0, "2025e"},
		{1, 360, 112, 9, 0, "Sales"}, {1, 400, 112, 9, 0, "412.5"}, {1, 480, 112, 9, 0, "430.1"},
		{1, 360, 124, 9, 0, "EBIT"}, {1, 400, 124, 9, 0, "31.2"}, {1, 480, 124, 9, 0, "33.0"},
		{1, 360, 136, 9, 0, "EPS"}, {1, 400, 136, 9, 0, "1.04"}, {1, 480, 136, 9, 0, "1.12"},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[5]<R><C>2024<C>2025e<R>Sales<C>412.5<C>430.1<R>EBIT<C>31.2<C>33.0"
	                          "<R>EPS<C>1.04<C>1.12"));
	assert_non_null(strstr(o, "The Brannock Mills group has"));
	assert_null(strstr(o, "<C>The board expects"));
	assert_null(strstr(o, "<R>The Brannock"));
	free(o);
}

/* Convention pdf.table_not_wrapped_text: three boxes of text side by
 * side, each wrapped over three lines, share their lines' heights as a
 * grid does and the text layer runs each row of them into one line; but
 * each box's lines go on in lower case from the line above: no table,
 * and the lines come back whole. Convention pdf.table_aligned_cells:
 * labels scattered about a drawing (no edge or centre shared down a
 * column) are no table either. */
static void wrapped_boxes_and_scattered_labels_are_no_table(void **state)
{
	const hl boxes[] = {
		B(1, 100, "The strategy of the Harwick Port Authority rests on three pillars:"),
		{1, 72, 124, 10, 0, "Goals, targets|Budgets,|Duties, roles"},
		{1, 72, 136, 10, 0, "objectives and|investments and|and coordination"},
		{1, 72, 148, 10, 0, "measures of success|risks|of the port"},
	};
	const hl labels[] = {
		B(1, 100, "The figure shows how a vessel is cleared on arrival at the harbour."),
		{1, 80, 130, 10, 0, "Pilot"}, {1, 200, 130, 10, 0, "Berth"}, {1, 330, 130, 10, 0, "Customs"},
		{1, 110, 144, 10, 0, "Tug"}, {1, 250, 144, 10, 0, "Quay crane"}, {1, 400, 144, 10, 0, "Release"},
		{1, 95, 158, 10, 0, "Anchor"}, {1, 215, 158, 10, 0, "Yard"}, {1, 360, 158, 10, 0, "Gate"},
	};
	char *o = layout_cells(boxes, sizeof boxes / sizeof boxes[0]);
	(void)state;
	assert_null(strstr(o, "[5]"));
	assert_non_null(strstr(o, "Goals, targets Budgets, Duties, roles"));
	free(o);
	o = layout(labels, sizeof labels / sizeof labels[0], 1);
	assert_null(strstr(o, "[5]"));
	free(o);
}

/* Convention layout.key_value_rows: a fact sheet's labels in one column
 * and their values in another, the gutter between them running down
 * every row, are read row by row, each label with its value (as the
 * tab-stop line of a word processor reads), not all the labels and then
 * all the values; a value's wrapped line stays under its row, and the
 * next label opens a paragraph of its own. */
static void key_value_rows_read_row_by_row(void **state)
{
	const hl L[] = {
		B(1, 100, "The Kelsby Sea Shanty Festival returns to the harbour for a third summer."),
		B(1, 124, "Date:"), {1, 180, 124, 10, 0, "Saturday 14 June 2025"},
		B(1, 136, "Venue:"), {1, 180, 136, 10, 0, "Kelsby Harbour Hall"},
		{1, 180, 148, 10, 0, "12 Quay Road, Kelsby"},
		B(1, 160, "Organiser:"), {1, 180, 160, 10, 0, "Kelsby Shanty Society"},
		B(1, 184, "Tickets are free and can be booked at the harbour office from Monday."),
	};
	/* French, a space before each colon, and the rows far apart */
	const hl fr[] = {
		B(1, 100, "La Fête des Cerfs-volants de Pornivel revient sur la plage."),
		B(1, 124, "Date :"), {1, 200, 124, 10, 0, "dimanche 7 septembre 2025"},
		B(1, 140, "Lieu :"), {1, 200, 140, 10, 0, "plage des Grèves"},
		B(1, 170, "L'entrée est libre pour tous les visiteurs de la plage ce jour-là."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]Date: Saturday 14 June 2025[1]Venue: Kelsby Harbour Hall"));
	assert_non_null(strstr(o, "12 Quay Road, Kelsby[1]Organiser: Kelsby Shanty Society[1]Tickets"));
	free(o);
	o = layout(fr, sizeof fr / sizeof fr[0], 1);
	assert_non_null(strstr(o, "[1]Date : dimanche 7 septembre 2025[1]Lieu : plage des Grèves[1]L'entrée"));
	free(o);
}

/* ... without colons, labels set bold and of unequal lengths beside
 * values in roman are a table too (three rows at least); names set in
 * two columns in one type, and two rows without colons, stay columns. */
static void key_value_rows_by_weight(void **state)
{
	const hl de[] = {
		B(1, 100, "Der Hafenchor Brinkum lädt zum Sommerkonzert ein."),
		{1, 72, 124, 10, 1, "Datum"}, {1, 200, 124, 10, 0, "Samstag, 5. Juli 2025"},
		{1, 72, 136, 10, 1, "Ort"}, {1, 200, 136, 10, 0, "Alte Werfthalle Brinkum"},
		{1, 72, 148, 10, 1, "Veranstalter"}, {1, 200, 148, 10, 0, "Hafenchor Brinkum e.V."},
		B(1, 172, "Der Eintritt ist frei, um Spenden für die Orgel wird gebeten."),
	};
	const hl names[] = {
		B(1, 100, "The board of the Kelsby Harbour Trust:"),
		B(1, 124, "Ada Morel"), {1, 250, 124, 10, 0, "Bruno Castell"},
		B(1, 136, "Carla Ives"), {1, 250, 136, 10, 0, "Dmitri Vance"},
		B(1, 148, "Edwina Fairweather"), {1, 250, 148, 10, 0, "Finn Orr"},
	};
	char *o = layout(de, sizeof de / sizeof de[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]Datum Samstag, 5. Juli 2025[1]Ort Alte Werfthalle Brinkum[1]Veranstalter "
	                          "Hafenchor Brinkum e.V.[1]Der Eintritt"));
	free(o);
	o = layout(names, sizeof names / sizeof names[0], 1);
	assert_null(strstr(o, "Ada Morel Bruno"));
	assert_non_null(strstr(o, "Ada Morel"));
	free(o);
}

/* A dictionary of a few Arabic words, for pdfl_join_split_words. */
static int few_words(void *user, const char *lang, const char *word)
{
	static const char *const known[] = {"في", "هيئة", "لترميم", "مارس", "دبي", "المباني", NULL};
	size_t i;
	(void)user;
	if (strcmp(lang, "ar"))
		return -1;
	for (i = 0; known[i]; i++)
		if (!strcmp(word, known[i]))
			return 1;
	return 0;
}

/* Arabic justified by widening the gaps between letters: poppler splits
 * words at the wider gaps. A part starting with taa marbuta, or a tanween
 * alone, ends the word before it; a lone letter (but wa-) joins its
 * neighbour when the dictionary knows the two together; two parts that
 * are words each, or a part the dictionary merely does not know, stay
 * apart; left-to-right lines are not touched. */
static void arabic_words_split_by_justification(void **state)
{
	static const char *const in[] = {
		"أعلنت هيئ ة دبي", "برنامج ل ترميم المباني", "في 5 م ارس",
		"منزلا ً و البرنامج", "العم راني ل كتب", "a b ة c",
	};
	static const char *const want[] = {
		"أعلنت هيئة دبي", "برنامج لترميم المباني", "في 5 مارس",
		"منزلاً و البرنامج", "العم راني ل كتب", "a b ة c",
	};
	pdfl_doc d;
	size_t i;
	(void)state;
	pdfl_init(&d);
	assert_true(pdfl_add_page(&d, 612, 792));
	for (i = 0; i < sizeof in / sizeof in[0]; i++) {
		pdfl_line l;
		memset(&l, 0, sizeof l);
		l.x0 = 72;
		l.x1 = 400;
		l.y0 = 100 + 14 * (double)i;
		l.y1 = l.y0 + 10;
		l.size = 10;
		l.rtl = i + 1 < sizeof in / sizeof in[0];
		assert_true(pdfl_add_line(&d, &l, in[i], strlen(in[i])));
	}
	assert_int_equal(pdfl_join_split_words(&d, few_words, NULL), 4);
	for (i = 0; i < d.n; i++)
		assert_string_equal(d.lines[i].text, want[i]);
	pdfl_free(&d);
}

/* Three columns of running text share their lines' heights as a grid
 * does, but their lines read as sentences: no table, read column by
 * column. */
static void columns_of_prose_are_no_table(void **state)
{
	const hl L[] = {
		{1, 72, 100, 10, 0, "The ferry to the islands"}, {1, 72, 112, 10, 0, "will run twice a day from"},
		{1, 72, 124, 10, 0, "the first week of May, as"},
		{1, 240, 100, 10, 0, "the council and the owners"}, {1, 240, 112, 10, 0, "agreed in a meeting held"},
		{1, 240, 124, 10, 0, "at the town hall last week,"},
		{1, 408, 100, 10, 0, "and the fares will stay as"}, {1, 408, 112, 10, 0, "they were for the whole of"},
		{1, 408, 124, 10, 0, "the summer and the autumn."},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_null(strstr(o, "[5]"));
	assert_null(strstr(o, "<R>"));
	assert_non_null(strstr(o, "The ferry to the islands<W>will run twice a day from<W>the first week of May, as"));
	free(o);
}

/* Text goes on from one column into the next beside it only when it
 * leaves a full column: a date line under the release line, beside a
 * taller contact block set to the right, does not run into the block. */
static void short_column_does_not_run_into_the_next(void **state)
{
	const hl L[] = {
		{1, 72, 44, 11, 1, "FOR IMMEDIATE RELEASE"},
		{1, 72, 58, 11, 0, "12 March, 2025 Lyon"},
		{1, 430, 44, 11, 0, "Claire Dupont"},
		{1, 430, 58, 11, 0, "Harbour Festival of Lyon"},
		{1, 430, 73, 11, 0, "+33 4 72 00 00 00"},
		{1, 430, 87, 11, 0, "press@festival.example"},
		{1, 72, 130, 11, 0, "The harbour festival returns for its fifth year on the first weekend of June, with"},
		{1, 72, 144, 11, 0, "boats from twelve countries."},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]12 March, 2025 Lyon[1]Claire Dupont"));
	free(o);
}

/* Two one-line blocks side by side at the top of a page, of near the same
 * width (a masthead's name beside its date line, two header cells), are
 * two texts: text runs on into the next column only below where it left
 * the last, never from a line that stands beside it. */
static void side_by_side_lines_do_not_run_on(void **state)
{
	const hl L[] = {
		{1, 72, 40, 10, 0, "Aldermoor Valley Gazette, weekly"},
		{1, 340, 40, 10, 0, "Tuesday 4 February 2025, Kelby"},
		B(1, 90, "The valley council agreed on Monday to reopen the old mill road to traffic from the"),
		B(1, 102, "first of April, after two years of works on its bridges."),
		{2, 60, 30, 10, 0, "Orchard Growers of Penmoor"},
		{2, 330, 30, 10, 0, "Newsletter of the spring fair"},
		B(2, 90, "The growers of the county meet in Penmoor for their spring fair on the last weekend"),
		B(2, 102, "of March, with stalls from forty farms."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 2);
	(void)state;
	assert_null(strstr(o, "weekly<W>Tuesday"));
	assert_null(strstr(o, "Penmoor<W>Newsletter"));
	assert_non_null(strstr(o, "[1]Tuesday 4 February 2025, Kelby[1]"));
	assert_non_null(strstr(o, "[1]Newsletter of the spring fair[1]"));
	free(o);
}

/* Right-to-left text on a page laid out left to right: its lines are set
 * flush left and ragged on the right, so a paragraph's short last line
 * starts at the left margin like the others and ends short on the right.
 * It ends its paragraph there (read from its left edge, it would look
 * full and run into the next paragraph, or into a sign-off under it). */
static void right_to_left_lines_set_flush_left(void **state)
{
	static const hl L[] = {
		B(1, 100, "أعلنت بلدية الواحة عن افتتاح الحديقة العامة الجديدة في"),
		B(1, 112, "وسط المدينة يوم الخميس المقبل."),
		B(1, 124, "وتضم الحديقة ممرات للمشي وملاعب للأطفال ومكتبة صغيرة"),
		B(1, 136, "مفتوحة للجميع طوال أيام الأسبوع من الصباح حتى المساء"),
		B(1, 148, "بحسب ما أعلنته البلدية."),
		B(2, 100, "وقعت جمعية الصيادين في مرفأ الرمال اتفاقية جديدة مع"),
		B(2, 112, "مركز التدريب البحري."),
		B(2, 124, "وتشمل الاتفاقية دورات في السلامة البحرية وصيانة القوارب"),
		B(2, 136, "لمدة عامين."),
		B(3, 100, "افتتح نادي الفروسية في قرية النخيل موسمه الجديد بسباق"),
		B(3, 112, "شارك فيه ثلاثون فارسا من مدن الساحل والجبل"),
		B(3, 124, "وقال رئيس النادي إن الموسم يضم ستة سباقات حتى نهاية"),
		B(3, 136, "الربيع ودورات لتعليم الأطفال ركوب الخيل مع"),
		B(3, 148, "مدربين من النادي في كل يوم سبت من أيام"),
		B(3, 160, "الموسم."),
	};
	/* the third page's lines are ragged on the right, never justified:
	 * a line a word short of the others still runs on */
	static const double ends[] = {500, 300, 500, 500, 250, 500, 260, 500, 180, 500, 470, 505, 480, 490, 120};
	char *o;
	(void)state;
	rtl_lines = true;
	line_ends = ends;
	o = layout(L, sizeof L / sizeof L[0], 3);
	rtl_lines = false;
	line_ends = NULL;
	assert_non_null(strstr(o, "المقبل.[1]وتضم"));
	assert_non_null(strstr(o, "البحري.[1]وتشمل"));
	assert_non_null(strstr(o, "في<W>وسط"));
	assert_non_null(strstr(o, "والجبل<W>وقال"));
	assert_non_null(strstr(o, "نهاية<W>الربيع"));
	assert_non_null(strstr(o, "مع<W>مدربين"));
	free(o);
}

/* Convention layout.rtl_paragraph_direction: a column of right-to-left
 * text set from the right margin (its short lines stand there) indents
 * its first lines from the right: a paragraph whose last line nearly
 * fills the measure ends there all the same, and the lines of one
 * paragraph, filled to the left margin, run on. */
static void rtl_first_line_indent_from_the_right(void **state)
{
	static const hl L[] = {
		{1, 72, 100, 10, 0, "מועצת כפר הזית פתחה היום גן ציבורי חדש במרכז הכפר"},
		{1, 72, 112, 10, 0, "ובו מגרש משחקים, שבילי הליכה ופינת ישיבה מוצלת"},
		{1, 72, 124, 10, 0, "לתושבים."},
		{1, 72, 136, 10, 0, "הגן נבנה בתרומת תושבי הכפר ובעזרת מתנדבים שעבדו"},
		{1, 72, 148, 10, 0, "בו בכל סוף שבוע במשך שנה שלמה עד שהושלם לפני"},
		{1, 72, 160, 10, 0, "חודש."},
		{1, 72, 172, 10, 0, "ראש המועצה אמר שהגן יהיה פתוח לכל התושבים ולאורחים"},
		{1, 72, 184, 10, 0, "מהכפרים השכנים בכל ימות השבוע עד שעות הערב"},
		{1, 72, 196, 10, 0, "המאוחרות."},
	};
	/* x0 where each line starts (ends where its column's right margin
	 * is, 522, less the first line's indent of 20) */
	static const double starts[] = {72, 72, 460, 72, 72, 90, 72, 72, 430};
	static const double ends[] = {502, 522, 522, 502, 522, 522, 502, 522, 522};
	hl M[sizeof L / sizeof L[0]];
	char *o;
	size_t i;
	(void)state;
	for (i = 0; i < sizeof L / sizeof L[0]; i++) {
		M[i] = L[i];
		M[i].x0 = starts[i];
	}
	rtl_lines = true;
	o = layout_ending(M, sizeof M / sizeof M[0], 1, ends);
	rtl_lines = false;
	/* the second paragraph's last line fills the measure but for one
	 * word's room: the next line's indent ends it */
	assert_non_null(strstr(o, "לפני<W>חודש.[1]ראש"));
	assert_non_null(strstr(o, "לתושבים.[1]הגן"));
	assert_non_null(strstr(o, "הכפר<W>ובו"));
	assert_non_null(strstr(o, "שעבדו<W>בו"));
	free(o);
}

/* One page of right-to-left lines ending where ends says: the
 * layout holds each of want (NULL-ended). */
static void rtl_layout_holds(const hl *L, size_t n, const double *ends, const char *const *want)
{
	char *o;
	rtl_lines = true;
	o = layout_ending(L, n, 1, ends);
	rtl_lines = false;
	for (; *want; want++)
		if (!strstr(o, *want))
			fail_msg("layout lacks \"%s\": %s", *want, o);
	free(o);
}

/* Convention layout.rtl_paragraph_direction.latin_first: on a page set
 * from the right (its short lines stand at the right margin) a line that
 * opens with a Latin name is read left to right by its first letter, yet
 * it ends short on the left as the column's other lines do: a one-line
 * paragraph opening with a company's name ends there, and a full line
 * opening with one runs on. */
static void rtl_latin_first_line_ends_on_the_left(void **state)
{
	static const hl L[] = {
		{1, 72, 100, 10, 0, "Orion Labs מחיפה הציגה היום מערכת השקיה חכמה לחקלאים בעמק"},
		{1, 300, 112, 10, 0, "שפותחה עם מושבי האזור."},
		{1, 280, 124, 10, 0, "Blue Heron Systems ביקנעם תספק את החיישנים."},
		{1, 330, 136, 10, 0, "המכירות יחלו בחודש הבא בכל הארץ."},
		{1, 72, 148, 10, 0, "הסדנאות לחקלאים יתקיימו בכל יום שני בבית העם של המושב"},
		{1, 360, 160, 10, 0, "ובמרכז המבקרים."},
	};
	static const double ends[] = {522, 522, 522, 522, 522, 522};
	static const char *const want[] = {"בעמק<W>שפותחה", "האזור.[1]Blue", "החיישנים.[1]המכירות", "המושב<W>ובמרכז",
	                                   NULL};
	(void)state;
	rtl_first_letter = true;
	rtl_layout_holds(L, sizeof L / sizeof L[0], ends, want);
	rtl_first_letter = false;
}

/* layout.rtl_paragraph_direction on a page laid out left to right (an
 * HTML page without a direction): right-to-left lines set flush left,
 * first lines indented from the left; a line's closing full stop stands
 * at its right end, where its reading starts. A paragraph of one line
 * between two indented ones is a paragraph. */
static void rtl_first_line_indent_on_a_left_to_right_page(void **state)
{
	static const hl L[] = {
		{1, 93, 100, 10, 0, "אגודת השחייה של קריית הים פתחה השבוע את עונת הקיץ"},
		{1, 72, 112, 10, 0, ".בבריכה העירונית החדשה שנבנתה ליד חוף הצדפים"},
		{1, 93, 124, 10, 0, ".בעונה יתקיימו שיעורי שחייה לילדים ולמבוגרים בכל ערב"},
		{1, 93, 136, 10, 0, "המאמנת הראשית של האגודה אמרה שהבריכה תהיה פתוחה"},
		{1, 72, 148, 10, 0, ".לכולם"},
	};
	static const double ends[] = {520, 505, 515, 518, 110};
	static const char *const want[] = {"הקיץ<W>.בבריכה", "הצדפים[1].בעונה", "ערב[1]המאמנת", "פתוחה<W>.לכולם", NULL};
	(void)state;
	rtl_layout_holds(L, sizeof L / sizeof L[0], ends, want);
}

/* Convention layout.rtl_unwrapped_spacing: a release of one-line
 * right-to-left paragraphs, each ending a sentence, printed with space
 * between them (about a line's height) and no line wrapped anywhere:
 * the lines reach near the margin, so only the space tells the breaks;
 * the two lines of a paragraph below, set close, stay one paragraph. */
static void rtl_one_line_paragraphs_spaced(void **state)
{
	/* the lines' tops: a blank of a line's height after each paragraph
	 * (24 points apart at 10), 11 points between a paragraph's lines */
	static const double top[] = {100, 124, 148, 172, 183};
	static const char *const text[] = {
	    ".מועצת גבעת האלה פתחה השבוע את מרכז המחזור החדש ליד אזור התעשייה",
	    ".המרכז יקבל פסולת אלקטרונית, סוללות ונורות בכל ימות השבוע",
	    ".לדברי ראש המועצה, הפסולת תמוין במקום ותישלח למפעלים בצפון",
	    "הכניסה למרכז חופשית לתושבי המועצה ולעסקים הקטנים שבה, וזמן",
	    ".ההמתנה",
	};
	static const double ends[] = {520, 488, 505, 515, 110};
	static const char *const want[] = {"התעשייה[1].המרכז", "השבוע[1].לדברי", "בצפון[1]הכניסה", NULL};
	hl L[5];
	size_t k;
	(void)state;
	for (k = 0; k < 5; k++)
		L[k] = (hl){1, 72, top[k], 10, 0, text[k]};
	rtl_layout_holds(L, 5, ends, want);
}

/* Convention layout.copyright_apart: a site's footer on a right-to-left
 * page, its follow line and the copyright line under it set close and
 * nearly as wide (the notice wider by less than its sign and a space):
 * the room left cannot tell a wrap, and the notice, opening with the
 * sign and a year, is a paragraph of its own. */
static void copyright_line_apart(void **state)
{
	static const hl L[] = {
		{1, 380, 700, 10, 0, "עקבו אחרינו: Facebook · LinkedIn · YouTube"},
		{1, 372, 713, 10, 0, "\xC2\xA9 2026 מועצת גבעת האלה. כל הזכויות שמורות."},
	};
	static const double ends[] = {520, 520};
	static const char *const want[] = {"YouTube[1]\xC2\xA9 2026", NULL};
	(void)state;
	rtl_layout_holds(L, sizeof L / sizeof L[0], ends, want);
}

/* Convention layout.rtl_columns: right-to-left text in two columns goes
 * on at the top of the next column from a line filled to its margin that
 * ends no sentence, though that column, which holds the contact lines
 * after the body, reaches lower than the one it leaves. */
static void rtl_paragraph_goes_on_in_the_next_column(void **state)
{
	static const hl L[] = {
		{1, 72, 60, 18, 1, "بلدية تل الورد تفتتح سوقا للمزارعين"},
		{1, 72, 100, 10, 0, "افتتحت بلدية تل الورد اليوم سوقا أسبوعية"},
		{1, 72, 114, 10, 0, "للمزارعين في ساحة البلدة القديمة، يعرض فيها"},
		{1, 72, 128, 10, 0, "أكثر من أربعين مزارعا منتجاتهم من الخضار"},
		{1, 72, 142, 10, 0, "والفاكهة والعسل وزيت الزيتون كل يوم جمعة."},
		{1, 72, 162, 10, 0, "وقال رئيس البلدية إن السوق تهدف إلى دعم"},
		{1, 72, 176, 10, 0, "المزارعين الصغار وتقريب منتجاتهم من سكان"},
		{1, 322, 100, 10, 0, "البلدة والقرى المجاورة بأسعار مناسبة للجميع."},
		{1, 322, 120, 10, 0, "وتفتح السوق أبوابها من السابعة صباحا."},
		{1, 322, 144, 12, 1, "للتواصل الإعلامي"},
		{1, 322, 162, 10, 0, "مكتب الإعلام في البلدية"},
		{1, 322, 176, 10, 0, "هاتف: 0096265550000"},
		{1, 322, 190, 10, 0, "media@tell-alward.example"},
		{1, 322, 204, 10, 0, "press@tell-alward.example"},
	};
	static const double ends[] = {400, 290, 290, 290, 230, 290, 290, 540, 480, 420, 440, 430, 450, 450};
	char *o;
	(void)state;
	rtl_lines = true;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	rtl_lines = false;
	assert_non_null(strstr(o, "سكان<W>البلدة"));
	assert_non_null(strstr(o, "جمعة.[1]وقال"));
	free(o);
}

/* The lines of a title, broken by hand and even set apart by space, are
 * one block when the phrase goes on: a line that ends on a comma or a
 * colon, or a next line in lower case. A title line that ends its phrase
 * stays apart from the line under it. */
static void multi_line_titles(void **state)
{
	const hl L[] = {
		{1, 150, 60, 16, 1, "Festival des Voiliers 2025 :"},
		{1, 120, 90, 16, 1, "la ville accueille cent bateaux"},
		{1, 130, 120, 16, 1, "\xC3\xA0 quai du 3 au 6 juillet."},
		{1, 170, 160, 10, 0, "Appeal of the harbour board, case 21-044,"},
		{1, 160, 172, 10, 0, "Court of Appeal of the Northern District"},
		B(1, 200, "The harbour board lost its appeal on Tuesday, and the town may now go ahead with the"),
		B(1, 212, "festival as it planned it, on the quays and in the old dock."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]Festival des Voiliers 2025 :<W>la ville accueille cent bateaux<W>"
	                          "\xC3\xA0 quai du 3 au 6 juillet.[1]"));
	assert_non_null(strstr(o, "[1]Appeal of the harbour board, case 21-044,<W>Court of Appeal of the Northern "
	                          "District[1]The harbour board lost"));
	free(o);
}

/* A list item whose first words are bold: its bold first line, running on
 * in lower case, is no heading. */
static void bold_first_words_of_an_item(void **state)
{
	const hl L[] = {
		B(1, 100, "The programme of the three days:"),
		{1, 72, 124, 10, 1, "\xE2\x97\x8F workshops and sprints (Friday afternoon and all day on Saturday for"},
		{1, 84, 136, 10, 0, "those who stay), where everyone can help to improve the software,"},
		{1, 72, 148, 10, 0, "\xE2\x97\x8F an evening for the community on Friday."},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[3]workshops and sprints (Friday afternoon and all day on Saturday for<W>those who "
	                          "stay), where"));
	free(o);
}

/* A line that fills the measure and runs into a name set in bold goes on
 * in the same paragraph; a bold line standing alone above regular text is
 * a heading. */
static void bold_inside_a_sentence(void **state)
{
	const hl L[] = {
		{1, 72, 80, 10, 1, "Festival programme"},
		B(1, 100, "The festival opens on Friday with a reading by the three authors of the season, who are"),
		{1, 72, 112, 10, 1, "Maria Olsen, Peter Quist, Ana Lindqvist and the translator Jon Bergstrom Hallvardsen"},
		B(1, 124, "who brought their novels into English last year, and a concert in the old market hall."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]Festival programme[1]The festival opens on Friday with a reading by the three authors "
	                       "of the season, who are<W>Maria Olsen, Peter Quist, Ana Lindqvist and the translator Jon "
	                       "Bergstrom Hallvardsen<W>who brought their novels into English last year, and a concert "
	                       "in the old market hall.");
	free(o);
}

/* A paragraph whose last line on a page fills the measure runs on at the
 * top of the next page, even when the next page starts with a capital (a
 * German noun, a name); a short last line ends it. */
static void paragraph_runs_over_page_break(void **state)
{
	const hl L[] = {
		B(1, 100, "Die Stadtwerke haben am Montag den Bau einer neuen Leitung zwischen dem Hafen und dem"),
		B(1, 112, "Industriegebiet begonnen, die im kommenden Jahr fertig sein und die alte ersetzen soll, die"),
		B(2, 100, "Wasserversorgung der Betriebe bleibt während der Arbeiten gesichert, so die Stadt."),
		B(2, 124, "Die Kosten tragen Stadt und Land je zur Hälfte, wie der Stadtrat im Mai beschlossen hat."),
		B(2, 136, "Anwohner werden vor jeder Sperrung informiert."),
		B(2, 148, "Die Arbeiten an der Brücke beginnen erst im Herbst, wenn die Schifffahrt ruht."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 2);
	(void)state;
	assert_non_null(strstr(o, "ersetzen soll, die<W>Wasserversorgung der Betriebe"));
	assert_non_null(strstr(o, "informiert.[1]Die Arbeiten"));
	free(o);
}

/* Items of a list whose bullets are drawings, indented in a narrow
 * column: their lines start at the same place, so none of them is a
 * centred line however short, and an item's short last line ends it. */
static void indented_items_are_not_centred(void **state)
{
	const hl L[] = {
		{1, 40, 58, 10, 0, "The valley council met on Monday after the floods of"},
		{1, 40, 72, 10, 0, "the winter, which cut the farms off for a week, and"},
		{1, 40, 86, 10, 0, "heard the mayor's report on the damage to the roads."},
		{1, 40, 100, 10, 0, "The council agreed on three measures:"},
		{1, 70, 114, 10, 0, "a fund for the repair of the banks of the"},
		{1, 70, 128, 10, 0, "river after the floods;"},
		{1, 70, 142, 10, 0, "free transport for the pupils of the farms"},
		{1, 70, 156, 10, 0, "that the floods cut off from the villages"},
		{1, 70, 170, 10, 0, "(the valley road);"},
		{1, 70, 184, 10, 0, "a new bridge at the mill."},
		{1, 40, 198, 10, 0, "The works begin in the spring and end in the autumn,"},
		{1, 40, 212, 10, 0, "the mayor said, before the next rains can come."},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]a fund for the repair of the banks of the<W>river after the floods;[1]"));
	assert_non_null(strstr(o, "[1]free transport for the pupils of the farms<W>that the floods cut off from the villages"
	                          "<W>(the valley road);[1]a new bridge"));
	free(o);
}

/* A line starting with a dash after a full line that ends mid-sentence
 * goes on with the sentence; after a line that punctuates, it is an item. */
static void dash_at_line_start(void **state)
{
	const hl L[] = {
		B(1, 100, "The study was funded by the national research council and by the regional fund of the"),
		B(1, 112, "\xE2\x80\x93 Nature and Technology programme, which pays for the field work each winter."),
		B(1, 124, "The team will publish three reports this year:"),
		B(1, 136, "\xE2\x80\x93 one on the ice of the northern lakes;"),
		B(1, 148, "\xE2\x80\x93 one on the rivers."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "regional fund of the<W>\xE2\x80\x93 Nature and Technology programme"));
	assert_non_null(strstr(o, "[3]one on the ice of the northern lakes;[3]one on the rivers."));
	free(o);
}

/* Convention layout.word_space_stretch: lines that reach one margin
 * look justified, and then a line a few points short of it ends its
 * paragraph; a justified line stretches its word spaces by what it
 * lacks, so its lines' gaps differ, while ragged lines that happen to
 * end near one place keep the type's one gap: there the short line is
 * wrapped (the next word would not have fitted) and the paragraph goes
 * on. */
static char *stretch_layout(const hl *L, size_t n, const double *ends, const double *gaps)
{
	char *o;
	line_gaps = gaps;
	o = layout_ending(L, n, 1, ends);
	line_gaps = NULL;
	return o;
}

/* Convention pdf.footnote_reference: the text layer ends a justified
 * line's fragment at a note's raised number (read_page marked it), and
 * the line goes on past a gap as wide as its own stretched word spaces:
 * one line, not a fragment standing apart as a column's. */
static void justified_line_goes_on_after_a_note_mark(void **state)
{
	const hl L[] = {
		B(1, 100, "Die Orgel kostete 98.000 Euro.\x01" "1"),
		{1, 72 + 32 * 5 + 11, 100, 10, 0, "Den Rest trug der Freundeskreis"},
		B(1, 114, "der Kirchengemeinde mit Konzerten und Basaren."),
		{1, 72, 700, 8, 0, "1 Rechnung der Orgelbauwerkstatt."},
	};
	const double gaps[] = {0.3, 1.1, 0.3, 0.3};
	char *o = stretch_layout(L, sizeof L / sizeof L[0], NULL, gaps);
	(void)state;
	assert_string_equal(o, "[1]Die Orgel kostete 98.000 Euro. Den Rest trug der Freundeskreis<W>der Kirchengemeinde "
	                       "mit Konzerten und Basaren.[8]Rechnung der Orgelbauwerkstatt.");
	free(o);
}

static void word_space_stretch(void **state)
{
	static const double ends[] = {522, 521, 522, 514, 300, 522, 521, 522, 514, 300};
	static const double justified[] = {0.36, 0.31, 0.42, 0.38, 0.30, 0.33, 0.40, 0.35, 0.44, 0.30};
	static const double ragged[] = {0.318, 0.318, 0.318, 0.318, 0.318, 0.30, 0.30, 0.30, 0.30, 0.30};
	const hl L[] = {
		B(1, 100, "The Linwater rowing club will open its new boathouse on the east bank of the river in"),
		B(1, 112, "April, after two years of work by its members and a grant from the county sports fund."),
		B(1, 124, "The boathouse holds twelve boats, a workshop for repairs and a room for the juniors."),
		B(1, 136, "Members helped to build the slipway and the racks for the boats with their own hands."),
		B(1, 148, "Guided tours start at ten on the opening day."),
		B(1, 172, "De zeilvereniging van Oosterwolde krijgt in mei een nieuw clubhuis aan de haven, met"),
		B(1, 184, "een werkplaats, kleedruimtes en een terras dat uitkijkt over het water en de steigers."),
		B(1, 196, "Het oude clubhuis uit 1964 maakt plaats voor een speeltuin voor de jeugdleden en hun"),
		B(1, 208, "ouders, die er al jaren om vroegen en er zelf geld voor inzamelden op de braderie."),
		B(1, 220, "Iedereen is welkom op de open dag in juni."),
	};
	char *o;
	(void)state;
	o = stretch_layout(L, sizeof L / sizeof L[0], ends, justified);
	assert_non_null(strstr(o, "with their own hands.[1]Guided tours"));
	assert_non_null(strstr(o, "op de braderie.[1]Iedereen"));
	free(o);
	o = stretch_layout(L, sizeof L / sizeof L[0], ends, ragged);
	assert_non_null(strstr(o, "with their own hands.<W>Guided tours"));
	assert_non_null(strstr(o, "op de braderie.<W>Iedereen"));
	free(o);
}

/* Convention layout.unstretched_last_line: a justified column under a
 * running header and a two-line headline, whose full lines are too few
 * among its lines for the column to be judged justified by where they
 * end: the lines at the margin stretch their word spaces (0.42 to 0.50
 * em against the type's 0.30), and "fuga." at 515 keeps the type's own
 * space: a paragraph's last line, though "Según" would not have fitted
 * after it. Ragged lines with one gap throughout say nothing, and the
 * paragraph goes on. */
static void unstretched_last_line(void **state)
{
	static const double ends[] = {270, 400, 330, 540, 515, 540, 480, 540, 380, 330};
	static const double justified[] = {0.30, 0.30, 0.30, 0.45, 0.30, 0.42, 0.30, 0.50, 0.30, 0.30};
	static const double ragged[] = {0.30, 0.30, 0.30, 0.30, 0.30, 0.30, 0.30, 0.30, 0.30, 0.30};
	const hl es[] = {
		{1, 72, 60, 8, 0, "Consorcio de Aguas del Valle Seco - Nota de prensa"},
		{1, 72, 80, 16, 1, "Los contadores remotos del Valle Seco"},
		{1, 72, 100, 16, 1, "detectan doscientas fugas"},
		B(1, 124, "VALSECO, 3 de marzo de 2026 - El consorcio ha terminado de cambiar los contadores de"),
		B(1, 136, "las cuatro mil viviendas de sus tres pueblos por aparatos que avisan de una fuga."),
		B(1, 148, "Según el consorcio, los aparatos encontraron en tres meses doscientas fugas dentro de"),
		B(1, 160, "las casas, casi todas en cisternas, que perdían unos treinta metros cúbicos al día."),
		B(1, 172, "Los vecinos pueden ver su consumo en la oficina virtual del consorcio o pedir un aviso"),
		B(1, 184, "por mensaje cuando el consumo de la noche pase del habitual."),
		B(1, 196, "Contacto: Rosa Quintero, prensa@valleseco.example"),
	};
	const hl de[] = {
		{1, 72, 60, 8, 0, "Wasserverband Hollgrund - Pressemitteilung"},
		{1, 72, 80, 16, 1, "Neue Wasserzähler im Hollgrund"},
		{1, 72, 100, 16, 1, "finden zweihundert Lecks"},
		B(1, 124, "HOLLGRUND, 3. März 2026 - Der Wasserverband hat in den viertausend Wohnungen seiner drei"),
		B(1, 136, "Gemeinden neue Zähler eingebaut, die bei einem Leck eine Warnung an die Mieter schicken."),
		B(1, 148, "Nach Angaben des Verbands fanden die Geräte in drei Monaten zweihundert Lecks in den"),
		B(1, 160, "Wohnungen, fast alle an Spülkästen, die zusammen dreißig Kubikmeter am Tag verloren."),
		B(1, 172, "Die Mieter können ihren Verbrauch im Kundenportal des Verbands sehen oder sich per"),
		B(1, 184, "Nachricht warnen lassen, wenn der Verbrauch in der Nacht steigt."),
		B(1, 196, "Pressekontakt: Jutta Brenner, presse@wv-hollgrund.example"),
	};
	char *o;
	(void)state;
	o = stretch_layout(es, sizeof es / sizeof es[0], ends, justified);
	assert_non_null(strstr(o, "avisan de una fuga.[1]Según el consorcio"));
	free(o);
	o = stretch_layout(de, sizeof de / sizeof de[0], ends, justified);
	assert_non_null(strstr(o, "an die Mieter schicken.[1]Nach Angaben"));
	free(o);
	o = stretch_layout(es, sizeof es / sizeof es[0], ends, ragged);
	assert_non_null(strstr(o, "avisan de una fuga.<W>Según el consorcio"));
	free(o);
}

/* Convention layout.dash_after_indent: in a text whose paragraphs open
 * with a first-line indent, a name with a dash inside wrapped at its dash
 * ("\u201EEintracht" / "\u2013 1897\u201C") leaves the dash at the
 * start of the next line, back at the column's margin: the sentence goes
 * on. A dash line after an indented line that ends its sentence opens an
 * item. */
static void dash_after_indent(void **state)
{
	static const double ends[] = {522, 430, 522, 470, 522, 300, 400};
	const hl L[] = {
		{1, 90, 100, 10, 0, "Die Genossenschaft Talbach saniert ab Mai das alte Gemeindehaus \xE2\x80\x9E" "Eintracht"},
		B(1, 112, "\xE2\x80\x93 1897\xE2\x80\x9C im Ortsteil Unterried und baut einen Aufzug ein."),
		{1, 90, 124, 10, 0, "The Harrowgate Singers will give the first performance of the cantata \"Salt Marsh"},
		B(1, 136, "\xE2\x80\x93 Dawn\" by Orla Brennock at the abbey on Sunday evening."),
		{1, 90, 148, 10, 0, "The town band will play three marches after the service on the green by the abbey."},
		B(1, 160, "\xE2\x80\x93 tickets are free."),
		B(1, 172, "\xE2\x80\x93 the doors open at six."),
	};
	char *o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	(void)state;
	assert_non_null(strstr(o, "Gemeindehaus \xE2\x80\x9E" "Eintracht<W>\xE2\x80\x93 1897"));
	assert_non_null(strstr(o, "\"Salt Marsh<W>\xE2\x80\x93 Dawn\""));
	assert_null(strstr(o, "by the abbey.<W>"));
	free(o);
}

/* Convention pdf.dash_speech: a paragraph of direct speech opened by a
 * dash (Swedish, Norwegian, Polish, Russian quoting), two sentences over
 * wrapped lines, keeps its dash and is a paragraph; a dash list of short
 * phrases stays a list, and so does a wrapped item of one sentence. */
static void dash_speech_is_a_paragraph(void **state)
{
	const hl L[] = {
		B(1, 100, "Norrbacka kommun bygger i vår en ny gång- och cykelbro över Tallån vid Östra skolan."),
		B(1, 124, "\xE2\x80\x93 Barnen ska kunna ta sig till skolan utan att korsa landsvägen. Bron blir klar"),
		B(1, 136, "före sommarlovet, säger kommunalrådet Ulla Bergkvist."),
		B(1, 160, "\xE2\x80\x94 \xD0\x9C\xD1\x8B \xD0\xB6\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB8 \xD1\x8D\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xBC\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0 \xD0\xB4\xD0\xB5\xD1\x81\xD1\x8F\xD1\x82\xD1\x8C \xD0\xBB\xD0\xB5\xD1\x82. \xD0\xA2\xD0\xB5\xD0\xBF\xD0\xB5\xD1\x80\xD1\x8C \xD0\xB4\xD0\xB5\xD1\x82\xD0\xB8 \xD0\xB4\xD0\xBE\xD0\xB9\xD0\xB4\xD1\x83\xD1\x82 \xD0\xB4\xD0\xBE \xD1\x88\xD0\xBA\xD0\xBE\xD0\xBB\xD1\x8B \xD0\xB1\xD0\xB5\xD0\xB7 \xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD0\xB1\xD1\x83\xD1\x81\xD0\xB0, \xE2\x80\x94"),
		B(1, 172, "\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD0\xB8\xD1\x82 \xD0\x9F\xD1\x91\xD1\x82\xD1\x80 \xD0\x93\xD0\xBE\xD1\x80\xD0\xB8\xD0\xBD."),
		B(1, 196, "Bygget omfattar:"),
		B(1, 220, "\xE2\x80\x93 En bro av limträ. Den bär även snöplogen."),
		B(1, 244, "\xE2\x80\x93 Belysning längs gångvägen"),
		B(1, 268, "\xE2\x80\x93 Nya bänkar vid ån, med plats för rullstolar och barnvagnar bredvid varje bänk och"),
		B(1, 280, "en skylt om fåglarna vid ån."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[1]\xE2\x80\x93 Barnen ska kunna ta sig till skolan utan att korsa landsvägen. Bron blir klar<W>"
	                          "före sommarlovet, säger kommunalrådet Ulla Bergkvist.[1]"));
	assert_non_null(strstr(o, "[1]\xE2\x80\x94 \xD0\x9C\xD1\x8B \xD0\xB6\xD0\xB4"));
	assert_non_null(strstr(o, "[3]En bro av limträ. Den bär även snöplogen.[3]Belysning längs gångvägen[3]Nya bänkar"));
	free(o);
}

/* Convention pdf.letter_spaced_line: the gaps of one line, in ems, as
 * read_page measures them between glyph boxes. A space whose gap is a
 * letter gap of the line, beside word gaps several times wider, goes; a
 * line of tight but even word spaces, or with a gap in between, stays. */
static void letter_spaced_line(void **state)
{
	/* "PRESSE – 3 mars 20 2 5": letters abut, words 0.55 em apart,
	 * the digits of the year 0.1 em */
	const double g1[] = {0, 0, 0, 0, 0, 0.55, 0.55, 0.55, 0, 0, 0, 0.55, 0, 0.1, 0.1};
	const bool s1[] = {0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1};
	/* tracked letters 0.12 em apart, a split at 0.16, words at 0.6 */
	const double g2[] = {0.12, 0.12, 0.13, 0.6, 0.12, 0.16, 0.12, 0.6, 0.11, 0.12};
	const bool s2[] = {0, 0, 0, 1, 0, 1, 0, 1, 0, 0};
	/* a tight line: every word space 0.12 em, no wider gap beside them */
	const double g3[] = {0, 0, 0.12, 0, 0, 0.12, 0, 0, 0, 0.12, 0, 0};
	const bool s3[] = {0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0};
	/* a space of 0.2 em beside word gaps of 0.4: neither, a doubt */
	const double g4[] = {0, 0, 0, 0.4, 0, 0, 0.2, 0, 0, 0.4, 0, 0, 0.05};
	const bool s4[] = {0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1};
	/* uneven letter gaps (a font whose widths are wrong): not a line's tracking */
	const double g5[] = {0.01, 0.2, 0.05, 0.6, 0.3, 0.02, 0.1, 0.6, 0.15, 0.08, 0.6, 0.1};
	const bool s5[] = {0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0};
	bool j[16];
	(void)state;
	assert_int_equal(pdfl_letter_spaced_joins(g1, s1, sizeof g1 / sizeof g1[0], j), 2);
	assert_true(j[13] && j[14] && !j[5] && !j[11]);
	assert_int_equal(pdfl_letter_spaced_joins(g2, s2, sizeof g2 / sizeof g2[0], j), 1);
	assert_true(j[5] && !j[3] && !j[7]);
	assert_int_equal(pdfl_letter_spaced_joins(g3, s3, sizeof g3 / sizeof g3[0], j), 0);
	assert_false(j[2] || j[5] || j[9]);
	assert_int_equal(pdfl_letter_spaced_joins(g4, s4, sizeof g4 / sizeof g4[0], j), 0);
	assert_int_equal(pdfl_letter_spaced_joins(g5, s5, sizeof g5 / sizeof g5[0], j), 0);
}

/* Convention pdf.letter_spaced_line.all_spaced: a kicker tracked so
 * widely that nearly every letter gap became a space, but for a kerning
 * pair ("C U LT U U R"): the spaces go; two words keep their wider gap;
 * a row of cells an em apart, or a gap between letter and word gaps,
 * stays as read. */
static void letter_spaced_line_all_spaced(void **state)
{
	/* "C U LT U U R": 0.35 em tracking, L and T kerned to 0.2 */
	const double g1[] = {0.35, 0.36, 0.2, 0.34, 0.35, 0.35};
	const bool s1[] = {1, 1, 0, 1, 1, 1};
	/* "M E D I O  A M B I E N T E": letters 0.22 em, the word gap 0.55 */
	const double g2[] = {0.22, 0.22, 0.23, 0.21, 0.55, 0.22, 0.22, 0.22, 0.22, 0.21, 0.22, 0.22, 0.22};
	const bool s2[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
	/* "0 1 0 1": cells 1.5 em apart */
	const double g3[] = {1.5, 1.5, 1.5, 1.5};
	const bool s3[] = {1, 1, 1, 1};
	/* letters 0.22 em and a gap of 0.38: a doubt */
	const double g4[] = {0.22, 0.22, 0.38, 0.22, 0.22};
	const bool s4[] = {1, 1, 1, 1, 1};
	bool j[16];
	(void)state;
	assert_int_equal(pdfl_all_spaced_joins(g1, s1, sizeof g1 / sizeof g1[0], j), 5);
	assert_true(j[0] && j[1] && !j[2] && j[3] && j[5]);
	assert_int_equal(pdfl_all_spaced_joins(g2, s2, sizeof g2 / sizeof g2[0], j), 12);
	assert_true(!j[4] && j[3] && j[5]);
	assert_int_equal(pdfl_all_spaced_joins(g3, s3, sizeof g3 / sizeof g3[0], j), 0);
	assert_int_equal(pdfl_all_spaced_joins(g4, s4, sizeof g4 / sizeof g4[0], j), 0);
	assert_false(j[0] || j[1]);
}

/* ---- fragments of one visual line ------------------------------------------ */

/* A superscript ordinal kept apart by the text layer, raised and smaller,
 * goes back to its word, without a space. */
static void superscript_ordinal_rejoins_its_word(void **state)
{
	const hl L[] = {
		B(1, 100, "The games open on June 14"),
		{1, 72 + 25 * 5, 99, 6, 0, "th"},
		{1, 72 + 25 * 5 + 8, 100, 10, 0, "in the new stadium by the river, the organisers said."},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]The games open on June 14th in the new stadium by the river, the organisers said.");
	free(o);
}

/* Convention pdf.footnote_reference: a note's number raised after a word
 * inside a line, which the text layer gives apart from the words on both
 * sides (as Word and LibreOffice draw it), joins its word before the two
 * sides join each other: one line, its note at the page foot a note, not
 * a line of its own that splits the paragraph. */
static void note_reference_inside_a_line_joins_its_word(void **state)
{
	const hl L[] = {
		B(1, 100, "The grant came from the regional water fund"),
		{1, 72 + 43 * 5 + 8, 100, 10, 0, "and the rest from the rates of the last years,"},
		{1, 72 + 43 * 5 + 0.5, 100.2, 6, 0, "1"},
		B(1, 114, "without a rise in the price of water."),
		{1, 72, 700, 8, 0, "1 Regional Water Fund, report of the year 2024."},
	};
	/* after a sentence's full stop, in a German line whose right part
	 * the text layer gives a shade lower */
	const hl G[] = {
		{1, 72, 700, 8, 0, "1 Gemeindebrief vom Mai."},
		B(1, 114, "zwei Jahre lang Spenden."),
		{1, 72 + 48 * 5 + 8, 100.1, 10, 0, "Der Verein sammelte dafür"},
		{1, 72 + 48 * 5 + 0.5, 100.3, 6.5, 0, "1"},
		B(1, 100, "Die Orgel der Kirche Sankt Wendel klingt wieder."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1), *g = layout(G, sizeof G / sizeof G[0], 1);
	(void)state;
	assert_string_equal(o, "[1]The grant came from the regional water fund and the rest from the rates of the last "
	                       "years,<W>without a rise in the price of water.[8]Regional Water Fund, report of the year 2024.");
	assert_string_equal(g, "[1]Die Orgel der Kirche Sankt Wendel klingt wieder. Der Verein sammelte dafür<W>zwei "
	                       "Jahre lang Spenden.[8]Gemeindebrief vom Mai.");
	free(o);
	free(g);
}

/* Two fragments of one line that touch are one word cut by a change of
 * font or a link: no space between them. */
/* Convention layout.skewed_baseline (and layout.ocr_layer_size): an OCR
 * text layer over a page scanned a degree askew (slope -0.0175: each line
 * climbs 3.5 points over 200). The text layer broke each line in two, at
 * a word gap of a justified line (1.2 ems: the line's gaps are 0.7), the
 * right fragment nearer the line above; the left edge leans with the
 * page, and the OCR gave the lines sizes a tenth apart. One paragraph, its
 * lines in order. Without the rules the fragments stay apart (and out of
 * order) and the paragraph breaks at each change of size. */
static void skewed_ocr_layer_lines(void **state)
{
	static const char *const left[] = {"The harbour board of Wenlow voted on",
	                                   "new pontoons for the fishing fleet and",
	                                   "will ask the county for half the cost of"};
	static const char *const right[] = {"Tuesday to build two", "a slipway for the",
	                                    "the works this spring."};
	const double s = -0.0175, sizes[] = {10, 10.9, 10};
	hl L[6];
	double slopes[6], heights[6], gaps[6], ends[6];
	size_t k;
	char *o;
	(void)state;
	for (k = 0; k < 3; k++) {
		double y = 200 + 16 * (double)k, x = 72 - s * 16 * (double)k;
		double wl = 0.5 * sizes[k] * (double)strlen(left[k]), xr = x + wl + 1.2 * sizes[k];
		double wr = 0.5 * sizes[k] * (double)strlen(right[k]);
		L[2 * k] = (hl){1, x, y + s * wl, sizes[k], 0, left[k]};
		heights[2 * k] = sizes[k] - s * wl;
		/* justified: the full lines end at one margin */
		if (k < 2)
			wr = x + 330 - xr;
		ends[2 * k] = x + wl;
		ends[2 * k + 1] = xr + wr;
		L[2 * k + 1] = (hl){1, xr, y + s * (xr - x + wr), sizes[k], 0, right[k]};
		heights[2 * k + 1] = sizes[k] - s * wr;
		slopes[2 * k] = slopes[2 * k + 1] = s;
		gaps[2 * k] = gaps[2 * k + 1] = 0.7;
	}
	line_slopes = slopes;
	line_heights = heights;
	line_gaps = gaps;
	o = layout_ending(L, 6, 1, ends);
	line_slopes = line_heights = line_gaps = NULL;
	assert_string_equal(o, "[1]The harbour board of Wenlow voted on Tuesday to build two<W>new pontoons for the "
	                       "fishing fleet and a slipway for the<W>will ask the county for half the cost of the "
	                       "works this spring.");
	free(o);
	assert_true(pdfl_page_skew(NULL, 0) == 0);
}

/* Convention layout.skewed_baseline.width_vote: a page turned 0.7
 * degrees (slope 0.012) under an OCR layer: four full lines lean with it,
 * while three shorter lines of 8 to 20 ems (a heading, a contact's
 * number, a paragraph's last line) were given level baselines by the
 * reader. One line one vote, the four are fewer than two thirds of the
 * seven and the page reads as level; by width they hold four fifths. */
static void skew_votes_by_width(void **state)
{
	pdfl_line L[7];
	size_t k;
	(void)state;
	memset(L, 0, sizeof L);
	for (k = 0; k < 7; k++) {
		bool full = k < 4;
		L[k].text = (char *)(full ? "the lines of a paragraph that cross the page" : "a short line, level");
		L[k].len = strlen(L[k].text);
		L[k].size = 10;
		L[k].x0 = 72;
		L[k].x1 = full ? 522 : 72 + (k == 4 ? 90 : k == 5 ? 120 : 150);
		L[k].y0 = 100 + 14 * (double)k;
		L[k].y1 = L[k].y0 + 10;
		L[k].slope = full ? 0.012 : 0;
	}
	assert_true(fabs(pdfl_page_skew(L, 7) - 0.012) < 1e-9);
	/* a born-digital page: every line level */
	for (k = 0; k < 4; k++)
		L[k].slope = 0;
	assert_true(pdfl_page_skew(L, 7) == 0);
	/* the long lines disagree among themselves: no common slope */
	L[0].slope = 0.012, L[1].slope = -0.02, L[2].slope = 0.03, L[3].slope = 0.006;
	assert_true(pdfl_page_skew(L, 7) == 0);
}

/* Convention layout.skewed_baseline, a row given word by word: the same
 * turned page, its first row (a dateline opening a justified paragraph)
 * given by the text layer word by word, each word level at its own
 * height on the slope, the spaces stretched to 1.25 ems (1.6 after the
 * comma of the capitals). The row's words join and measure its stretched
 * spaces, then the row joins its first word (a second pass), "7" and "—"
 * are words and not list markers, and the paragraph is one block. (In
 * this hand-made geometry layout.justified_gap closes the row without
 * these joins too; the ocrmypdf page of tests/eval25 layers fr-02-sound
 * needs them.) */
static void skewed_row_word_by_word(void **state)
{
	static const char *const words[] = {"HALVERTON,", "7",   "May",     "2026", "—",   "The", "ferry",
	                                    "line",       "of",  "Ostrand", "will", "add", "one", "boat"};
	static const char *const rows[] = {"to the islands from June, the harbour master said on Monday, after a",
	                                   "summer in which the first boat left a hundred people on the quay on",
	                                   "busy days. The new boat seats two hundred and forty people and",
	                                   "crosses in fifty minutes."};
	const double s = 0.012, nw = sizeof words / sizeof words[0];
	hl L[18];
	double slopes[18], heights[18], ends[18], wsum = 0, g;
	size_t k, n = 0;
	double x = 72;
	char *o;
	(void)state;
	/* justified: the row's last word ends at the margin, 522 */
	for (k = 0; k < nw; k++)
		wsum += 5 * (double)strlen(words[k]);
	g = (450 - wsum - 3.5) / (nw - 1);
	assert_true(g > 12 && g < 13);
	for (k = 0; k < nw; k++) {
		double w = 5 * (double)strlen(words[k]);
		/* the capitals' box stands a little higher than the others' */
		L[n] = (hl){1, x, 200 + s * (x - 72) + (k ? 0.7 : 0), 10, 0, words[k]};
		slopes[n] = 0; /* one word's glyphs stand level */
		heights[n] = k ? 9.3 : 10;
		ends[n++] = x + w;
		/* the gap after the capitals' comma is wider (its box) */
		x += w + g + (k == 0 ? 3.5 : 0);
	}
	for (k = 0; k < 4; k++) {
		double w = k < 3 ? 450 : 5 * (double)strlen(rows[k]);
		L[n] = (hl){1, 72, 214 + 14 * (double)k, 10, 0, rows[k]};
		slopes[n] = s;
		heights[n] = 10 + s * w;
		ends[n++] = 72 + w;
	}
	line_slopes = slopes;
	line_heights = heights;
	o = layout_ending(L, n, 1, ends);
	line_slopes = line_heights = NULL;
	assert_string_equal(o, "[1]HALVERTON, 7 May 2026 — The ferry line of Ostrand will add one boat<W>to the islands "
	                       "from June, the harbour master said on Monday, after a<W>summer in which the first boat "
	                       "left a hundred people on the quay on<W>busy days. The new boat seats two hundred and "
	                       "forty people and<W>crosses in fifty minutes.");
	free(o);
}

static void touching_fragments_are_one_word(void **state)
{
	const hl L[] = {
		{1, 72, 100, 10, 1, "Supporting people at risk or A"},
		{1, 72 + 30 * 5, 100, 10, 0, "t Home, and the helplines of the region."},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]Supporting people at risk or At Home, and the helplines of the region.");
	free(o);
}

/* Convention pdf.tex_dotless_accent: TeX's accented i and j are the dotless
 * letter under a combining mark; the text is the plain letter and its
 * mark, which NFC then composes. */
static void tex_dotless_letter_under_an_accent(void **state)
{
	const hl L[] = {
		B(1, 100, "Mar\xC4\xB1\xCC\x81" "a Rodr\xC4\xB1\xCC\x81guez y Jos\xC3\xA9 Mart\xC4\xB1\xCC\x81nez abren la feria."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]Mari\xCC\x81" "a Rodri\xCC\x81guez y Jos\xC3\xA9 Marti\xCC\x81nez abren la feria.");
	free(o);
}

/* The same for a circumflex, a diaeresis and a dotless j; a Turkish
 * dotless \u0131 without a mark is a letter of its own and stays. */
static void dotless_letters_without_a_mark_stay(void **state)
{
	const hl L[] = {
		B(1, 100, "Ha\xC4\xB1\xCC\x88ti, \xC8\xB7\xCC\x8C and Kay\xC4\xB1\xCC\x82t met in Ispartakule, near Kad\xC4\xB1k\xC3\xB6y."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]Hai\xCC\x88ti, j\xCC\x8C and Kayi\xCC\x82t met in Ispartakule, near Kad\xC4\xB1k\xC3\xB6y.");
	free(o);
}

/* ---- furniture of the text ------------------------------------------------ */

/* Bullets from symbol fonts (private use U+F0B7), geometric ones, and the
 * "o" of Word's second level, which read_page marks with a tab, open list
 * items and are not text; a lone "o" inside prose is a word. */
static void bullet_glyphs_are_markers(void **state)
{
	const hl L[] = {
		B(1, 100, "The shelter asks for three things this winter, o Maria says:"),
		B(1, 124, "\xEF\x82\xB7 blankets and warm socks for the night rooms"),
		B(1, 148, "\xE2\x97\x8F tinned food that keeps for a month or more"),
		B(1, 172, "\xE2\x97\x8B volunteers for the Saturday kitchen"),
		B(1, 196, "o\tlifts to the clinic on Tuesday mornings"),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]The shelter asks for three things this winter, o Maria says:"
	                       "[3]blankets and warm socks for the night rooms[3]tinned food that keeps for a month or more"
	                       "[3]volunteers for the Saturday kitchen[3]lifts to the clinic on Tuesday mornings");
	free(o);
}

/* More bullets of symbol fonts and geometric ones, each opening an item:
 * Wingdings' square (U+F0A7) and diamond (U+F076), a lone bullet, a small
 * black square. */
static void more_bullet_glyphs(void **state)
{
	const hl L[] = {
		B(1, 100, "The market returns to the square on Saturday with:"),
		B(1, 124, "\xEF\x82\xA7 stalls of bread, cheese and honey from the valley"),
		B(1, 148, "\xEF\x81\xB6 a band on the steps of the town hall at noon"),
		B(1, 172, "\xE2\x80\xA2 games for children under the lime trees"),
		B(1, 196, "\xE2\x96\xAA a tombola for the school's new piano"),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]The market returns to the square on Saturday with:"
	                       "[3]stalls of bread, cheese and honey from the valley[3]a band on the steps of the town hall at noon"
	                       "[3]games for children under the lime trees[3]a tombola for the school's new piano");
	free(o);
}

/* Convention furniture.repeated.pages_differ: a line at the same place
 * on two pages is a running header only where the pages differ
 * elsewhere; two pages that hold the same lines (a notice printed
 * twice on one sheet) repeat their first and last lines as content. */
static void identical_pages_keep_their_lines(void **state)
{
	hl L[] = {
		B(1, 40, "Tidewater Rowing Club notice board"),
		B(1, 100, "The boathouse is closed on the first weekend of March for the new slipway."),
		B(1, 760, "Posted by the club secretary"),
		B(2, 40, "Tidewater Rowing Club notice board"),
		B(2, 100, "The boathouse is closed on the first weekend of March for the new slipway."),
		B(2, 760, "Posted by the club secretary"),
	};
	int differ;
	(void)state;
	for (differ = 0; differ < 2; differ++) {
		char *o;
		if (differ)
			L[4].text = "Crews who booked that weekend will row from the ferry pontoon instead.";
		o = layout(L, sizeof L / sizeof L[0], 2);
		/* header [6] and footer [7] only where the pages differ */
		assert_int_equal(strstr(o, "[6]Tidewater Rowing Club notice board") != NULL, differ);
		assert_int_equal(strstr(o, "[7]Posted by the club secretary") != NULL, differ);
		free(o);
	}
}

/* Convention layout.rotated_margin_line: a line running up the margin
 * beside two columns (a stamp along the page's edge, its box tall and
 * narrow) is set apart as the page's furniture, and the columns are
 * still found: each is read down before the next. */
static void rotated_margin_line_apart(void **state)
{
	static const char *const left[] = {
	    "The ferry company on the northern lakes will put two", "electric boats on the crossing to the island next",
	    "spring, after a winter of trials on the quiet side", "of the lake, where the water is calm in the cold.",
	    "Tickets keep their price for the whole first year,", "and cyclists cross free on the early morning boats.",
	};
	static const char *const right[] = {
	    "The harbour master said the new pontoon will be", "built by local firms over the summer months, with",
	    "a shelter for passengers who wait in the rain and", "a ramp that wheelchairs can use at every tide level.",
	    "The old diesel boats will go to a museum on the", "south shore, where visitors may climb on board.",
	};
	hl L[13];
	double ends[13] = {0}, heights[13] = {0};
	size_t i;
	char *o;
	(void)state;
	for (i = 0; i < 6; i++) {
		L[2 * i] = (hl){1, 90, 100 + 12 * i, 9, 0, left[i]};
		L[2 * i + 1] = (hl){1, 350, 100 + 12 * i, 9, 0, right[i]};
		ends[2 * i] = 90 + 4.5 * strlen(left[i]);
		ends[2 * i + 1] = 350 + 4.5 * strlen(right[i]);
	}
	L[12] = (hl){1, 20, 60, 18, 0, "MARSHFIELD LAKES TRANSPORT NEWS 2025"};
	ends[12] = 38;
	heights[12] = 400;
	line_ends = ends;
	line_heights = heights;
	o = layout(L, 13, 1);
	line_ends = NULL;
	line_heights = NULL;
	/* the left column whole, then the right one; the stamp is the
	 * margin's furniture */
	assert_non_null(strstr(o, "early morning boats.<W>The harbour master"));
	assert_non_null(strstr(o, "climb on board.[6]MARSHFIELD LAKES"));
	free(o);
}

/* ---- markers drawn as shapes (pdfl_find_drawn_markers) -------------------- */

/* A probe that sees a bullet of `mark_size` points in the strip of every
 * line whose text is in `marked` (the lines a test draws a marker beside),
 * and counts the strips it was asked about. */
static const char *const *marked;
static double mark_size = 4;
static size_t probed;
static const pdfl_doc *probing;

static void fake_probe(void *user, int page, pdfl_strip *s, size_t n)
{
	size_t i, k;
	(void)user, (void)page;
	for (i = 0; i < n; i++) {
		const pdfl_line *l = &probing->lines[s[i].line];
		probed++;
		for (k = 0; marked && marked[k]; k++)
			if (!strcmp(marked[k], l->text)) {
				double cy = l->y0 + 0.6 * (l->y1 - l->y0);
				s[i].ink = true;
				s[i].ix1 = l->x0 - 0.6 * l->size;
				s[i].ix0 = s[i].ix1 - mark_size;
				s[i].iy0 = cy - mark_size / 2;
				s[i].iy1 = cy + mark_size / 2;
				s[i].fill = 0.8;
			}
	}
}

static char *layout_drawn(const hl *L, size_t n, const char *const *with_marks)
{
	pdfl_doc d;
	pm_buf out;
	pm_host h = {sizeof h, PM_PLUGIN_ABI, NULL, cap_begin, cap_text, cap_line_end, cap_cell, cap_str,
	             cap_none, cap_kv, cap_int, cap_str, cap_warn, cap_fail, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
	size_t i;
	pdfl_init(&d);
	pm_buf_init(&out);
	assert_true(pdfl_add_page(&d, 612, 792));
	for (i = 0; i < n; i++) {
		pdfl_line l;
		const char *sp;
		size_t len = strlen(L[i].text);
		memset(&l, 0, sizeof l);
		l.size = L[i].size;
		l.char_w = 0.5 * l.size;
		l.x0 = L[i].x0;
		l.x1 = l.x0 + (double)len * l.char_w;
		l.y0 = L[i].y0;
		l.y1 = l.y0 + l.size;
		sp = strchr(L[i].text, ' ');
		l.first_w = (double)(sp ? (size_t)(sp - L[i].text) : len) * l.char_w;
		assert_true(pdfl_add_line(&d, &l, L[i].text, len));
	}
	pdfl_analyse(&d);
	marked = with_marks;
	probing = &d;
	pdfl_find_drawn_markers(&d, fake_probe, NULL);
	marked = NULL;
	probing = NULL;
	assert_int_equal(pdfl_emit(&d, &h, (pm_sink *)&out), 0);
	pdfl_free(&d);
	pm_buf_addc(&out, '\0');
	return pm_buf_steal(&out);
}

/* Items at a hanging indent, each filling its line, with a marker drawn
 * beside the first line of each: one list item per marker, the line
 * without one goes on with its item, the line back at the margin after
 * the list is a paragraph of its own. */
static void drawn_markers_open_items(void **state)
{
	const hl L[] = {
		B(1, 100, "The harbour board will spend the grant on three things this year, it said on Monday:"),
		{1, 90, 112, 10, 0, "Dredging of the inner basin so that the ferries can berth at low tide again in"},
		{1, 90, 124, 10, 0, "Repairs to the north pier, whose timbers the storms of the last two winters broke"},
		{1, 90, 136, 10, 0, "up where the fishing boats tie up for the night and land their catch at dawn and"},
		{1, 90, 148, 10, 0, "Lights along the quay for the crews who work there in the dark months of the year"},
		B(1, 160, "The works start in March and should be done before the regatta in the summer, the"),
		B(1, 172, "board said."),
	};
	const char *const marks[] = {L[1].text, L[2].text, L[4].text, NULL};
	char *o;
	(void)state;
	probed = 0;
	o = layout_drawn(L, sizeof L / sizeof L[0], marks);
	assert_string_equal(o, "[1]The harbour board will spend the grant on three things this year, it said on Monday:"
	                       "[3]Dredging of the inner basin so that the ferries can berth at low tide again in"
	                       "[3]Repairs to the north pier, whose timbers the storms of the last two winters broke"
	                       "<W>up where the fishing boats tie up for the night and land their catch at dawn and"
	                       "[3]Lights along the quay for the crews who work there in the dark months of the year"
	                       "[1]The works start in March and should be done before the regatta in the summer, the"
	                       "<W>board said.");
	free(o);
	/* one marker alone is decoration, not a list */
	{
		const char *const one[] = {L[2].text, NULL};
		o = layout_drawn(L, sizeof L / sizeof L[0], one);
		assert_null(strstr(o, "[3]"));
		free(o);
	}
	/* two marks make a list; two marks almost an em across are no bullets */
	{
		const char *const two[] = {L[1].text, L[2].text, NULL};
		o = layout_drawn(L, sizeof L / sizeof L[0], two);
		assert_non_null(strstr(o, "[3]Repairs"));
		free(o);
		mark_size = 9.5;
		o = layout_drawn(L, sizeof L / sizeof L[0], two);
		mark_size = 4;
		assert_null(strstr(o, "[3]"));
		free(o);
	}
}

/* Lines in from the margin that the text already reads as a list, or as
 * no list, are not looked at (looking costs a rendering): a first-line
 * indent, a quotation whose wrapped lines run on in lower case. */
static void drawn_markers_looked_for_only_where_needed(void **state)
{
	const hl L[] = {
		{1, 90, 100, 10, 0, "The museum of the mines reopens on Saturday after two years of repairs to the"},
		B(1, 112, "shaft house, which the storm of 2022 had left without a roof at all."),
		{1, 90, 124, 10, 0, "The collection of lamps is back in the old wash house, with the miners' own"},
		B(1, 136, "stories read by their grandchildren."),
		B(1, 148, "The curator said of the reopening, in front of the crowd at the gate this week:"),
		{1, 110, 160, 10, 0, "We kept every lamp that the families gave us over the years, and each of"},
		{1, 110, 172, 10, 0, "them has its story written beside it, so that the children know whose"},
		{1, 110, 184, 10, 0, "grandfather carried it down the shaft."},
		B(1, 196, "Admission is free on the opening weekend."),
	};
	char *o;
	(void)state;
	probed = 0;
	o = layout_drawn(L, sizeof L / sizeof L[0], NULL);
	assert_int_equal(probed, 0);
	free(o);
}

/* A quotation set in from the margin (a block quote) with its attribution
 * after the closing mark and a comma: the attribution runs on in lower
 * case as a list's next item may, but a quotation's lines open no item,
 * and the page is not rendered to look for markers beside them. */
static void drawn_markers_not_looked_for_in_quotation(void **state)
{
	const hl de[] = {
		B(1, 100, "The town library opens on Sundays from October with a new desk where readers lend"),
		B(1, 112, "books themselves, the council said on Tuesday after its vote on the coming budget."),
		{1, 90, 124, 10, 0, "\xE2\x80\x9E" "Eine B\xC3\xBC" "cherei ist ein Ort, an dem man teilt. Warum sollte das nur f\xC3\xBCr"},
		{1, 90, 136, 10, 0, "die B\xC3\xBC" "cher gelten?\xE2\x80\x9C, sagt die Leiterin der Stadtb\xC3\xBC" "cherei, Katrin Osswald,"},
		{1, 90, 148, 10, 0, "bei der Sitzung des Rates, der den Sonntag seit zwei Jahren verlangt hatte."},
		B(1, 160, "The yearly fee for adults stays at fifteen euros; children borrow for nothing as before."),
	};
	const hl fr[] = {
		B(1, 100, "The dairy cooperative opened its new cheese house on Thursday, heated by the panels"),
		B(1, 112, "on the roofs of its farms, and will take in twice as much milk by the end of 2027."),
		{1, 90, 124, 10, 0, "\xC2\xAB Nous voulions que le lait de nos fermes soit transform\xC3\xA9 ici, avec"},
		{1, 90, 136, 10, 0, "l'\xC3\xA9nergie de nos propres toits \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Marion Lestrade,"},
		{1, 90, 148, 10, 0, "pr\xC3\xA9sidente de la coop\xC3\xA9rative laiti\xC3\xA8re du Val, devant les adh\xC3\xA9rents."},
		B(1, 160, "The shop of the cheese house opens to the public on the fifteenth of May, the board said."),
	};
	char *o;
	(void)state;
	probed = 0;
	o = layout_drawn(de, sizeof de / sizeof de[0], NULL);
	free(o);
	assert_int_equal(probed, 0);
	o = layout_drawn(fr, sizeof fr / sizeof fr[0], NULL);
	free(o);
	assert_int_equal(probed, 0);
}

/* Rules typed as rows of one character are decoration; a bullet drawn on
 * a line of its own marks the item after it. "###" is no rule. */
static void rules_and_lone_bullets(void **state)
{
	const hl L[] = {
		B(1, 100, "The choir sings at the cathedral on Sunday at six."),
		B(1, 124, "~~~~~~~~~~~~~~~~~~~~"),
		B(1, 148, "+ + + + + + + +"),
		B(1, 172, "\xE2\x80\xA2"),
		B(1, 196, "Tickets at the door, ten euros, free for children."),
		B(1, 220, "______________________"),
		B(1, 244, "###"),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_string_equal(o, "[1]The choir sings at the cathedral on Sunday at six."
	                       "[3]Tickets at the door, ten euros, free for children.[1]###");
	free(o);
}

/* Small type in the page's top margin is a browser's print header, unless
 * it stands beside the page's own larger text (a masthead box set at the
 * top of the page beside the title). */
static void top_margin_box_beside_title(void **state)
{
	const hl L[] = {
		{1, 40, 20, 8, 0, "12/03/2024 10:41"},
		{1, 260, 20, 8, 0, "City budget - print"},
		{1, 40, 36, 19, 1, "The city keeps its taxes"},
		{1, 420, 34, 8, 0, "City of Northport"},
		B(1, 90, "The city council adopted the budget on Monday by thirty votes to nine, after a debate"),
		B(1, 102, "of four hours on the investments planned for the harbour district."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[6]12/03/2024 10:41"));
	assert_non_null(strstr(o, "[6]City budget - print"));
	assert_non_null(strstr(o, "[1]City of Northport"));
	free(o);
}

/* A footer on a one-page release, which no repetition shows: small type
 * below all the text, saying what footers say (a site, a registration).
 * Small type down there saying nothing of the kind stays text. */
static void one_page_footer_by_content(void **state)
{
	const hl L[] = {
		B(1, 100, "The ferry company opened its new crossing on Monday with two sailings a day in each"),
		B(1, 112, "direction, and a third in the summer months."),
		{1, 72, 730, 7, 0, "Northwind Ferries Ltd, registered in Scotland no. SC123456, www.northwind.example"},
	};
	const hl M[] = {
		B(1, 100, "The ferry company opened its new crossing on Monday with two sailings a day in each"),
		B(1, 112, "direction, and a third in the summer months."),
		{1, 72, 730, 7, 0, "Prices include the harbour tax and a seat reservation."},
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[7]Northwind Ferries Ltd"));
	free(o);
	o = layout(M, sizeof M / sizeof M[0], 1);
	assert_non_null(strstr(o, "[1]Prices include the harbour tax"));
	free(o);
}

/* Convention layout.tagged_artifact: on a tagged page, the lines outside
 * the structure tree at its foot (below every line the tree holds) in the
 * body's type or smaller are its footer, even saying nothing a footer
 * says; an untagged line between tagged ones stays text, as does one in
 * display type, and an untagged page keeps them all. */
static void tagged_artifacts_at_page_foot(void **state)
{
	const hl L[] = {
		B(1, 100, "The rowing club opened its new boathouse on the river on Saturday with a regatta for"),
		B(1, 112, "the town's schools, and a third crew of veterans joined in the summer months."),
		B(1, 140, "Training on the water starts again in the spring for all members of the club."),
		B(1, 152, "A second pontoon will follow in the autumn."),
		{1, 72, 700, 18, 0, "Row with us"},
		{1, 72, 740, 10, 0, "Harrowgate Rowing Club on the Old Towpath by the mill bridge"},
	};
	static const bool untagged[] = {false, false, true, false, true, true};
	char *o;
	(void)state;
	line_untagged = untagged;
	o = layout(L, sizeof L / sizeof L[0], 1);
	line_untagged = NULL;
	assert_non_null(strstr(o, "[7]Harrowgate Rowing Club on the Old Towpath"));
	assert_non_null(strstr(o, "Training on the water starts"));
	assert_null(strstr(o, "[7]Training"));
	assert_null(strstr(o, "[7]Row with us"));
	free(o);
	o = layout(L, sizeof L / sizeof L[0], 1);
	assert_null(strstr(o, "[7]Harrowgate Rowing Club on the Old Towpath"));
	assert_non_null(strstr(o, "Harrowgate Rowing Club on the Old Towpath"));
	free(o);
}

/* "-more-" at the foot of a page that is not the last says the release
 * goes on: furniture, not a paragraph; on the last page, or above text,
 * it is the text's. */
static void continuation_marks(void **state)
{
	const hl L[] = {
		B(1, 100, "The ferry company opened its new crossing on Monday with two sailings a day in each"),
		B(1, 112, "direction, and a third in the summer months."),
		{1, 280, 700, 10, 0, "-more-"},
		B(2, 100, "Tickets are sold at the terminal and online, and prices stay the same this year."),
		{2, 280, 124, 10, 0, "(more)"},
		B(2, 136, "Season passes are valid on the new crossing too."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 2);
	(void)state;
	assert_non_null(strstr(o, "[7]-more-"));
	assert_null(strstr(o, "[1]-more-"));
	assert_non_null(strstr(o, "[1](more)"));
	free(o);
}

/* Credits, sources and the figures of a chart's axes, set smaller than
 * the body, are captions; small type with words is not. */
static void captions_and_chart_labels(void **state)
{
	const hl L[] = {
		B(1, 100, "Sales grew in every quarter of the year, the company said, led by the northern stores."),
		{1, 100, 130, 7, 0, "0%    5%    10%    15%"},
		{1, 100, 150, 7, 0, "Q1 2023    Q2 2023    Q3 2023"},
		{1, 100, 170, 7, 0, "Source: company reports"},
		{1, 100, 190, 7, 0, "The stores of the north opened later."},
		B(1, 220, "The board will pay a dividend of ten pence a share in the spring, as every year before."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[10]0%"));
	assert_non_null(strstr(o, "[10]Q1 2023"));
	assert_non_null(strstr(o, "[10]Source: company reports"));
	assert_non_null(strstr(o, "[1]The stores of the north opened later."));
	free(o);
}

/* Convention layout.pull_quote: words of the text set again in display
 * type in the middle of a column, the text flowing around them, are
 * furniture (a caption-like block), and the paragraph they interrupt goes
 * on under them ("engi-" / "neer"); display type that the text does not
 * repeat stays text. */
static void pull_quote_in_column(void **state)
{
	const hl L[] = {
		B(1, 100, "The harbour board met on Monday to discuss the plan for the new ferry"),
		B(1, 114, "terminal, and said that for the first time it will run without burning"),
		B(1, 128, "a single litre of fuel on a normal day, the chair told the press. The"),
		B(1, 142, "board also agreed to build two shore stations for charging the ships"),
		B(1, 156, "and to pay for them with a grant from the regional fund. The work will"),
		B(1, 170, "begin in the autumn and take eighteen months to finish, said the engi-"),
		{1, 100, 196, 15, 0, "\xE2\x80\x9CIt will run without burning a single"},
		{1, 110, 216, 15, 0, "litre of fuel on a normal day.\xE2\x80\x9D"},
		B(1, 246, "neer in charge of the works, Dora Pell, at the meeting in the town hall."),
		B(1, 260, "Tickets will cost the same as on the old ferries."),
	};
	const double ends[] = {400, 400, 400, 400, 400, 400, 380, 340, 400, 320};
	const hl M[] = {
		B(1, 100, "The harbour board met on Monday to discuss the plan for the new ferry"),
		B(1, 114, "terminal, and said that for the first time it will run without burning"),
		B(1, 128, "a single litre of fuel on a normal day, the chair told the press. The"),
		B(1, 142, "board also agreed to build two shore stations for charging the ships"),
		B(1, 156, "and to pay for them with a grant from the regional fund."),
		{1, 72, 190, 15, 0, "Shore power for the whole harbour by 2029"},
		B(1, 220, "The work will begin in the autumn and take eighteen months to finish."),
		B(1, 234, "Tickets will cost the same as on the old ferries next year."),
	};
	const hl N[] = {
		B(1, 100, "The harbour board met on Monday to discuss the plan for the new ferry"),
		B(1, 114, "terminal, and said that the work would begin in the autumn next year."),
		B(1, 128, "The board expects the terminal to open in the spring of the year after."),
		B(1, 142, "board also agreed to build two shore stations for charging the ships"),
		B(1, 156, "and to pay for them with a grant from the regional fund."),
		{1, 72, 190, 15, 1, "Forward-Looking Statements"},
		B(1, 220, "This release holds forward-looking statements on the terminal's cost."),
		B(1, 234, "They may prove wrong, and the board takes no duty to update them."),
	};
	const double mends[] = {400, 400, 400, 400, 350, 380, 400, 360};
	char *o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	(void)state;
	assert_non_null(strstr(o, "engi-<W>neer in charge"));
	assert_non_null(strstr(o, "[10]\xE2\x80\x9CIt will run"));
	assert_null(strstr(o, "[1]\xE2\x80\x9CIt will run"));
	free(o);
	o = layout_ending(M, sizeof M / sizeof M[0], 1, mends);
	assert_null(strstr(o, "[10]Shore power"));
	assert_non_null(strstr(o, "Shore power for the whole harbour"));
	free(o);
	/* a heading that the text names again is no quote */
	o = layout_ending(N, sizeof N / sizeof N[0], 1, mends);
	assert_null(strstr(o, "[10]Forward-Looking"));
	assert_non_null(strstr(o, "Forward-Looking Statements"));
	free(o);
}

/* Convention layout.picture_caption: a short line in small type under a
 * tall empty space (where a picture is drawn), with text above the space
 * and body text under the line, is a caption; the same line close under
 * the title is text. */
static void caption_under_picture(void **state)
{
	const hl L[] = {
		{1, 72, 72, 22, 0, "Harbour board backs the ferry plan"},
		{1, 72, 300, 7, 0, "The new terminal as the architects drew it, seen from the quay."},
		B(1, 330, "The harbour board met on Monday to discuss the plan for the new ferry"),
		B(1, 344, "terminal, and said that work will begin in the autumn of next year."),
	};
	const hl M[] = {
		{1, 72, 72, 22, 0, "Harbour board backs the ferry plan"},
		{1, 72, 104, 7, 0, "The new terminal as the architects drew it, seen from the quay."},
		B(1, 134, "The harbour board met on Monday to discuss the plan for the new ferry"),
		B(1, 148, "terminal, and said that work will begin in the autumn of next year."),
	};
	char *o = layout(L, sizeof L / sizeof L[0], 1);
	(void)state;
	assert_non_null(strstr(o, "[10]The new terminal"));
	free(o);
	o = layout(M, sizeof M / sizeof M[0], 1);
	assert_null(strstr(o, "[10]The new terminal"));
	free(o);
}

/* Convention layout.fact_box.offset: a fact box in a narrow column of its
 * own, level with a picture over the text, no line of the text beside
 * it, is still a box beside the text (alone and side), and the text's
 * column under it, two thirds of the page, keeps its own measure: its
 * justified lines run on. The same short lines set over the text's own
 * column are no box. */
static void fact_box_offset(void **state)
{
	const hl L[] = {
		{1, 72, 72, 22, 1, "Harbour board opens its new ferry terminal"},
		{1, 430, 130, 10, 1, "Key figures"},
		{1, 430, 146, 8.5, 0, "3 new berths"},
		{1, 430, 158, 8.5, 0, "1.2 km of quay"},
		{1, 430, 170, 8.5, 0, "14 million euros"},
		B(1, 300, "The harbour board opened its new ferry terminal on the north quay on"),
		B(1, 314, "Monday, after two years of works that closed the old landing stage to"),
		B(1, 328, "the public and moved the ferries to a temporary berth by the fish market."),
		B(1, 342, "The board will now sell the old stage to the town for a museum."),
		B(1, 362, "The terminal has three berths and a waiting hall with room for four"),
		B(1, 376, "hundred passengers, the chair of the board said at the opening, and"),
		B(1, 390, "a cafe that the town's bakery will run from the first of May onwards."),
		B(1, 404, "Tickets will cost the same as on the old landing stage."),
	};
	const double ends[] = {534, 485, 481, 490, 498, 380, 380, 380, 330, 380, 380, 380, 350};
	const double mends[] = {534, 127, 123, 132, 140, 380, 380, 380, 330, 380, 380, 380, 350};
	hl M[sizeof L / sizeof L[0]];
	size_t i;
	char *o;
	(void)state;
	show_layout = true;
	o = layout_ending(L, sizeof L / sizeof L[0], 1, ends);
	assert_non_null(strstr(o, "AS]Key figures"));
	assert_non_null(strstr(o, "quay on<W>Monday"));
	assert_non_null(strstr(o, "stage to<W>the public"));
	free(o);
	/* the same box lines set over the text's own column */
	memcpy(M, L, sizeof M);
	for (i = 1; i <= 4; i++)
		M[i].x0 = 72;
	o = layout_ending(M, sizeof M / sizeof M[0], 1, mends);
	assert_null(strstr(o, "AS]Key figures"));
	show_layout = false;
	free(o);
}

/* Convention layout.picture_caption.narrow_type: a caption in a Type 3
 * face whose size the text layer reads near the body's (10.7 points over
 * a body of 10) is known by its advance, two thirds of the body text's
 * per character, and its face, another than the body's below it. The
 * same line in the body's face, or as wide per character as the body,
 * stays text; so does a narrow line with text straight above it. */
static void caption_narrow_type(void **state)
{
	const hl L[] = {
		{1, 72, 72, 22, 0, "Harbour board backs the ferry plan"},
		{1, 72, 300, 10.7, 0, "The new terminal as the architects drew it, seen from the quay."},
		B(1, 330, "The harbour board met on Monday to discuss the plan for the new ferry"),
		B(1, 344, "terminal, and said that work will begin in the autumn of next year."),
	};
	const hl M[] = {
		{1, 72, 72, 22, 0, "Harbour board backs the ferry plan"},
		{1, 72, 104, 10.7, 0, "The new terminal as the architects drew it, seen from the quay."},
		B(1, 134, "The harbour board met on Monday to discuss the plan for the new ferry"),
		B(1, 148, "terminal, and said that work will begin in the autumn of next year."),
	};
	const char *const other[] = {"Sans-Bold", "Default", "Sans", "Sans"};
	const char *const same[] = {"Sans-Bold", "Sans", "Sans", "Sans"};
	const double narrow[] = {0, 3.4, 0, 0}, wide[] = {0, 4.6, 0, 0};
	char *o;
	(void)state;
	line_fonts = other;
	line_advances = narrow;
	o = layout(L, sizeof L / sizeof L[0], 1);
	assert_non_null(strstr(o, "[10]The new terminal"));
	free(o);
	o = layout(M, sizeof M / sizeof M[0], 1);
	assert_null(strstr(o, "[10]The new terminal"));
	free(o);
	line_advances = wide;
	o = layout(L, sizeof L / sizeof L[0], 1);
	assert_null(strstr(o, "[10]The new terminal"));
	free(o);
	line_fonts = same;
	line_advances = narrow;
	o = layout(L, sizeof L / sizeof L[0], 1);
	assert_null(strstr(o, "[10]The new terminal"));
	free(o);
	line_fonts = NULL;
	line_advances = NULL;
}

/* Convention pdf.break_hyphen_mark: a producer that writes typed
 * hyphens as U+002D inside its lines and the hyphens of its own breaks
 * as U+2010 (read_page gives those as '-' with break_mark) has its
 * breaks joined: the line-end hyphen goes to the core as a soft hyphen.
 * Where U+2010 stands inside a line too, the hyphen stays for the core
 * to decide. */
static void break_hyphen_marks(void **state)
{
	const hl L[] = {
		B(1, 100, "L'opera, costata diciotto milioni, voluta da Ada Rinaldi-Sperone, trat-"),
		B(1, 114, "tiene fino a quattro milioni di metri cubi d'acqua per i frutteti."),
	};
	const hl M[] = {
		B(1, 100, "L'opera, costata diciotto milioni, voluta da Ada Rinaldi\xE2\x80\x90Sperone, trat-"),
		B(1, 114, "tiene fino a quattro milioni di metri cubi d'acqua per i frutteti."),
	};
	const bool marks[] = {true, false};
	char *o;
	(void)state;
	line_break_marks = marks;
	o = layout(L, 2, 1);
	assert_non_null(strstr(o, "trat\xC2\xAD<W>tiene"));
	free(o);
	o = layout(M, 2, 1);
	assert_non_null(strstr(o, "trat-<W>tiene"));
	free(o);
	line_break_marks = NULL;
	o = layout(L, 2, 1);
	assert_non_null(strstr(o, "trat-<W>tiene"));
	free(o);
}

/* ---- where blocks stand ---------------------------------------------------- */

/* A letterhead above the text is in the top band and alone at its height;
 * a narrow box beside the text is a side block; a footer line below the
 * text is in the bottom band; a line at the same place on two pages is
 * repeated. */
/* One page of the given lines (their boxes do not matter here). */
static void page_of(pdfl_doc *d, const char *const *lines, size_t n)
{
	size_t i;
	pdfl_init(d);
	assert_true(pdfl_add_page(d, 612, 792));
	for (i = 0; i < n; i++) {
		pdfl_line l;
		memset(&l, 0, sizeof l);
		l.size = 10;
		l.x0 = 72;
		l.x1 = 500;
		l.y0 = 72 + 14.0 * (double)i;
		l.y1 = l.y0 + 10;
		assert_true(pdfl_add_line(d, &l, lines[i], strlen(lines[i])));
	}
}

/* OCR reads only the scripts of its languages: a reading that gives back
 * none of the layer's second script (a Devanagari letterhead read with
 * English alone) lost text, however sound its letters look; a reading
 * that keeps it, or a page in one script, loses nothing. */
static void reading_that_loses_a_script(void **state)
{
	static const char *const layer[] = {
	    "\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\x9a\xe0\xa4\xbe\xe0\xa4\xb0 \xe0\xa4\xb5\xe0\xa4\xbf\xe0\xa4\xad\xe0\xa4\xbe\xe0\xa4\x97 "
	    "\xe0\xa4\x95\xe0\xa5\x87\xe0\xa4\x82\xe0\xa4\xa6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80\xe0\xa4\xaf \xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xbe\xe0\xa4\xb2\xe0\xa4\xaf "
	    "\xe0\xa4\xae\xe0\xa4\xb9\xe0\xa4\xbe\xe0\xa4\xa8\xe0\xa4\x97\xe0\xa4\xb0 \xe0\xa4\xa8\xe0\xa4\x97\xe0\xa4\xb0 \xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\xb2\xe0\xa4\xbf\xe0\xa4\x95\xe0\xa4\xbe",
	    "Department of Communication, Central Office, Harbour Road",
	    "The regulator lifted the restrictions placed on the lender in March",
	    "after the lender brought its pricing and conduct into line with the rules."};
	static const char *const latin_only[] = {
	    "Sanchar Vibhag Kendriya Karyalaya Mahanagar",
	    "Department of Communication, Central Office, Harbour Road",
	    "The regulator lifted the restrictions placed on the lender in March",
	    "after the lender brought its pricing and conduct into line with the rules."};
	pdfl_doc a, b;
	(void)state;
	page_of(&a, layer, 4);
	page_of(&b, latin_only, 4);
	assert_true(pdfl_reading_loses_script(&a, &b));
	assert_false(pdfl_reading_loses_script(&a, &a));
	assert_false(pdfl_reading_loses_script(&b, &b));
	assert_false(pdfl_reading_loses_script(&b, &a));
	pdfl_free(&a);
	pdfl_free(&b);
}

static void block_layout_flags(void **state)
{
	const hl L[] = {
		{1, 230, 60, 9, 0, "Harbour Trust"},
		{1, 230, 72, 9, 0, "www.harbourtrust.example"},
		B(1, 120, "The harbour trust opened the new ferry terminal on Monday, a year after the work"),
		B(1, 132, "began, with room for four ships."),
		{1, 72, 156, 10, 0, "The trust thanked the crews."},
		{1, 420, 156, 9, 0, "Opening hours:"},
		{1, 420, 168, 9, 0, "daily 6-22"},
		B(1, 180, "Tickets are sold at the terminal and online, as before, and prices stay the same"),
		B(1, 192, "this year."),
		{1, 72, 700, 8, 0, "Harbour Trust, 1 Quay Road, registered charity 123456"},
		B(2, 100, "The next terminal, on the east quay, is planned for the year after next, the trust"),
		B(2, 112, "said, once the dredging is done."),
		{2, 72, 700, 8, 0, "Harbour Trust, 1 Quay Road, registered charity 123456"},
	};
	char *o;
	(void)state;
	show_layout = true;
	o = layout(L, sizeof L / sizeof L[0], 2);
	show_layout = false;
	assert_non_null(strstr(o, "[1TA]Harbour Trust"));
	assert_non_null(strstr(o, "[1S]Opening hours:"));
	assert_non_null(strstr(o, "BRA]Harbour Trust, 1 Quay Road"));
	free(o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spaced_paragraphs_keep_short_lines),
		cmocka_unit_test(space_habit_full_last_lines),
		cmocka_unit_test(space_habit_before_dash_speech),
		cmocka_unit_test(hangul_wraps_anywhere_join),
		cmocka_unit_test(hangul_wraps_anywhere_long_document),
		cmocka_unit_test(hangul_wrap_figures_and_whole_words),
		cmocka_unit_test(cjk_heading_mark_kept),
		cmocka_unit_test(baseline_row_figure_in_a_thai_title),
		cmocka_unit_test(interleaved_runs_cjk_date),
		cmocka_unit_test(leader_rows_one_entry),
		cmocka_unit_test(row_fragment_opening_with_a_mark),
		cmocka_unit_test(double_spaced_lines_filled_mid_sentence),
		cmocka_unit_test(table_of_figures),
		cmocka_unit_test(ruled_table_cells),
		cmocka_unit_test(ruled_grid_with_a_line_across),
		cmocka_unit_test(ruled_cells_right_aligned_words_not_joined),
		cmocka_unit_test(ruled_grid_mostly_empty_is_no_table),
		cmocka_unit_test(ruled_cells_centred_words_not_joined),
		cmocka_unit_test(ruled_grid_open_at_its_sides_is_no_table),
		cmocka_unit_test(ruled_cells_looked_for_beside_cells_only),
		cmocka_unit_test(table_with_touching_line_boxes),
		cmocka_unit_test(heading_over_a_table_is_no_row_label),
		cmocka_unit_test(table_of_lone_digits),
		cmocka_unit_test(schedule_with_times_on_the_left),
		cmocka_unit_test(table_cell_wrapped_in_its_column),
		cmocka_unit_test(side_by_side_lines_do_not_run_on),
		cmocka_unit_test(right_to_left_lines_set_flush_left),
		cmocka_unit_test(rtl_first_line_indent_from_the_right),
		cmocka_unit_test(rtl_first_line_indent_on_a_left_to_right_page),
	    cmocka_unit_test(rtl_latin_first_line_ends_on_the_left),
		cmocka_unit_test(rtl_paragraph_goes_on_in_the_next_column),
		cmocka_unit_test(rtl_one_line_paragraphs_spaced),
		cmocka_unit_test(copyright_line_apart),
		cmocka_unit_test(arabic_words_split_by_justification),
		cmocka_unit_test(columns_of_prose_are_no_table),
		cmocka_unit_test(column_under_full_width_head),
		cmocka_unit_test(table_cells_run_together),
		cmocka_unit_test(wide_gaps_in_prose_are_no_cells),
		cmocka_unit_test(table_section_row),
		cmocka_unit_test(table_in_column),
		cmocka_unit_test(wrapped_boxes_and_scattered_labels_are_no_table),
		cmocka_unit_test(key_value_rows_read_row_by_row),
		cmocka_unit_test(cjk_punctuation_overlap_joins_fragments),
		cmocka_unit_test(key_value_rows_by_weight),
		cmocka_unit_test(unspaced_short_line_ends_paragraph),
		cmocka_unit_test(measure_shown_by_the_mirrored_margin),
		cmocka_unit_test(overflowing_line_is_no_margin),
		cmocka_unit_test(block_quote_keeps_its_measure),
		cmocka_unit_test(unspaced_paragraphs_measured_by_a_full_line),
		cmocka_unit_test(mirror_margin_fit),
		cmocka_unit_test(mirror_margin_unlike_the_lines),
		cmocka_unit_test(mirror_margin_not_for_a_column),
		cmocka_unit_test(marked_text_line_apart),
		cmocka_unit_test(typed_line_break),
		cmocka_unit_test(rewrapped_tail),
		cmocka_unit_test(wrap_pitch_bound),
		cmocka_unit_test(hanging_list_end),
		cmocka_unit_test(bold_line_between_regular_lines_is_a_heading),
		cmocka_unit_test(end_mark_hyphen_breaks_no_word),
		cmocka_unit_test(label_line_after_a_sentence),
		cmocka_unit_test(bold_run_in_heading_after_a_sentence),
		cmocka_unit_test(centred_end_mark_under_a_full_line),
		cmocka_unit_test(centred_mark_under_the_widest_line),
		cmocka_unit_test(contact_label_phrase_after_a_sentence),
		cmocka_unit_test(page_break_after_a_line_too_full_for_the_next_word),
		cmocka_unit_test(block_quote_wrapped_against_its_own_measure),
		cmocka_unit_test(short_release_spaced_by_its_wraps),
		cmocka_unit_test(long_release_keeps_its_pitch),
		cmocka_unit_test(list_at_the_pitch_stays_one_item_a_line),
		cmocka_unit_test(spaced_paragraphs_with_tall_boxes),
		cmocka_unit_test(indented_paragraphs_keep_short_lines),
		cmocka_unit_test(section_gaps_do_not_make_a_spaced_document),
		cmocka_unit_test(indents_lists_and_signatures),
		cmocka_unit_test(indent_habit_from_full_last_lines),
		cmocka_unit_test(indent_after_a_full_line),
		cmocka_unit_test(justified_words_are_no_columns),
		cmocka_unit_test(cells_short_of_the_margin_stay_apart),
		cmocka_unit_test(gutter_over_a_wide_line),
		cmocka_unit_test(narrow_gutter_columns),
		cmocka_unit_test(evenly_spread_row_is_one_line),
		cmocka_unit_test(evenly_spread_row_inner_gaps),
		cmocka_unit_test(small_capitals_in_a_justified_line),
		cmocka_unit_test(justified_columns),
		cmocka_unit_test(float_margin_keeps_the_narrow_measure),
		cmocka_unit_test(drop_cap_joins_the_first_word),
		cmocka_unit_test(drop_cap_not_on_rtl_page),
		cmocka_unit_test(frames_at_the_head_of_the_text),
		cmocka_unit_test(frame_inside_a_later_paragraph),
		cmocka_unit_test(equal_columns_then_full_width_heading),
		cmocka_unit_test(dash_speech_indented_paragraph),
		cmocka_unit_test(float_margin_long_next_word),
		cmocka_unit_test(float_margin_paragraph_space_past_margin),
		cmocka_unit_test(float_margin_paragraph_space_full_line),
		cmocka_unit_test(side_box_beside_byline),
		cmocka_unit_test(indented_closing_date_line),
		cmocka_unit_test(one_line_items_end_at_the_margin),
		cmocka_unit_test(indented_line_broken_by_hand_goes_on),
		cmocka_unit_test(lone_figures_stay_cells),
		cmocka_unit_test(centred_end_mark_over_heading),
		cmocka_unit_test(column_extent_decides_the_measure),
		cmocka_unit_test(justified_first_word_of_fragments),
		cmocka_unit_test(list_number_hanging),
		cmocka_unit_test(justified_first_line_indent),
		cmocka_unit_test(bold_lead_in_justified),
		cmocka_unit_test(strip_beside_a_spanning_line_cut_first),
		cmocka_unit_test(short_column_does_not_run_into_the_next),
		cmocka_unit_test(multi_line_titles),
		cmocka_unit_test(bold_first_words_of_an_item),
		cmocka_unit_test(bold_inside_a_sentence),
		cmocka_unit_test(paragraph_runs_over_page_break),
		cmocka_unit_test(indented_items_are_not_centred),
		cmocka_unit_test(dash_at_line_start),
		cmocka_unit_test(dash_after_indent),
		cmocka_unit_test(word_space_stretch),
		cmocka_unit_test(unstretched_last_line),
		cmocka_unit_test(dash_speech_is_a_paragraph),
		cmocka_unit_test(letter_spaced_line),
		cmocka_unit_test(letter_spaced_line_all_spaced),
		cmocka_unit_test(superscript_ordinal_rejoins_its_word),
		cmocka_unit_test(note_reference_inside_a_line_joins_its_word),
		cmocka_unit_test(justified_line_goes_on_after_a_note_mark),
		cmocka_unit_test(touching_fragments_are_one_word),
		cmocka_unit_test(skewed_ocr_layer_lines),
		cmocka_unit_test(skew_votes_by_width),
		cmocka_unit_test(skewed_row_word_by_word),
		cmocka_unit_test(tex_dotless_letter_under_an_accent),
		cmocka_unit_test(dotless_letters_without_a_mark_stay),
		cmocka_unit_test(bullet_glyphs_are_markers),
		cmocka_unit_test(rules_and_lone_bullets),
		cmocka_unit_test(more_bullet_glyphs),
		cmocka_unit_test(drawn_markers_open_items),
		cmocka_unit_test(drawn_markers_looked_for_only_where_needed),
		cmocka_unit_test(drawn_markers_not_looked_for_in_quotation),
		cmocka_unit_test(top_margin_box_beside_title),
		cmocka_unit_test(one_page_footer_by_content),
		cmocka_unit_test(tagged_artifacts_at_page_foot),
		cmocka_unit_test(identical_pages_keep_their_lines),
		cmocka_unit_test(rotated_margin_line_apart),
		cmocka_unit_test(continuation_marks),
		cmocka_unit_test(captions_and_chart_labels),
		cmocka_unit_test(pull_quote_in_column),
		cmocka_unit_test(caption_under_picture),
		cmocka_unit_test(fact_box_offset),
		cmocka_unit_test(caption_narrow_type),
		cmocka_unit_test(break_hyphen_marks),
		cmocka_unit_test(block_layout_flags),
		cmocka_unit_test(reading_that_loses_a_script),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
