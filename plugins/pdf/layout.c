/*
 * layout.c - from the text lines of PDF pages to paragraphs in reading
 * order, for pdf.c (and the tests, on lines made by hand). A PDF says
 * where glyphs go, not what a paragraph is, so every break here is
 * inferred: columns from vertical strips of white space (a recursive XY
 * cut), paragraphs by the document's own convention, measured on it
 * (space between paragraphs or first-line indents, and then a short line
 * without the mark is a line broken inside a paragraph; or neither, and a
 * short line ends one), short lines that the next word would have fitted
 * on or that stop short of a justified column's margin, and changes of
 * font size or weight. Running headers, footers, page numbers and the
 * "-more-" at a page's foot become furniture blocks, never body; the
 * numbers of notes and generated list numbers are left out of the text.
 */
#define _GNU_SOURCE
#include "layout.h"
#include "kit/kit.h"
#include <glib.h>

#include <ctype.h>
#ifdef PDFL_TRACE
#include <stdio.h>
#endif
#include <math.h>
#include <stdint.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Room for need elements of elem bytes in arr, whose capacity is *cap:
 * the capacity doubles from first. The array as it now is, or NULL when
 * memory ran out (arr is then still valid and *cap unchanged). Every
 * growing array of the document (pages, links, fonts, lines, cuts) grows
 * with it. */
static void *grow_array(void *arr, size_t *cap, size_t need, size_t elem, size_t first)
{
	size_t nc = *cap ? *cap : first;
	void *na;
	if (need <= *cap)
		return arr;
	while (nc < need)
		nc *= 2;
	na = realloc(arr, nc * elem);
	if (na)
		*cap = nc;
	return na;
}

/* Room for need lines in d->lines. */
static bool grow_lines(pdfl_doc *d, size_t need)
{
	pdfl_line *nl = grow_array(d->lines, &d->cap, need, sizeof *nl, 256);
	if (!nl)
		return false;
	d->lines = nl;
	return true;
}

void pdfl_init(pdfl_doc *d)
{
	memset(d, 0, sizeof *d);
}

void pdfl_free(pdfl_doc *d)
{
	size_t i;
	for (i = 0; i < d->n; i++)
		free(d->lines[i].text);
	for (i = 0; i < d->nfonts; i++)
		free(d->fonts[i]);
	for (i = 0; i < d->nlinks; i++) {
		free(d->links[i].url);
		free(d->links[i].text);
	}
	free(d->links);
	free(d->cuts);
	free(d->rules);
	free(d->fonts);
	free(d->lines);
	free(d->pages);
	memset(d, 0, sizeof *d);
}

bool pdfl_add_page(pdfl_doc *d, double w, double h)
{
	{
		pdfl_page *np = grow_array(d->pages, &d->pcap, d->npages + 1, sizeof *np, 16);
		if (!np) {
			d->oom = true;
			return false;
		}
		d->pages = np;
	}
	d->pages[d->npages].w = w > 0 && w < 1e6 ? w : 612;
	d->pages[d->npages].h = h > 0 && h < 1e6 ? h : 792;
	d->pages[d->npages].first = d->n;
	d->pages[d->npages].n = 0;
	d->pages[d->npages].skew = 0;
	d->pages[d->npages].tagged = false;
	d->npages++;
	return true;
}

static bool rule_line(const char *s);

bool pdfl_add_link(pdfl_doc *d, double x0, double y0, double x1, double y1, const char *url, const char *text)
{
	pdfl_link *l;
	if (!d->npages || !url || !*url)
		return true;
	l = grow_array(d->links, &d->lcap, d->nlinks + 1, sizeof *l, 16);
	if (!l) {
		d->oom = true;
		return false;
	}
	d->links = l;
	l = &d->links[d->nlinks];
	l->page = (int)d->npages;
	l->x0 = x0;
	l->y0 = y0;
	l->x1 = x1;
	l->y1 = y1;
	l->url = strdup(url);
	l->text = text && *text ? strdup(text) : NULL;
	if (!l->url) {
		free(l->text);
		d->oom = true;
		return false;
	}
	d->nlinks++;
	return true;
}

/* The links whose box's centre lies on one of these lines (or, with
 * lines NULL, every link of the pages up to `page` not given yet), to
 * the open block, in the order the document lists them. */
static void emit_links(const pdfl_doc *d, const pm_host *h, pm_sink *s, const pdfl_line *const *lines,
                       size_t n, int page, bool *sent, int *stop)
{
	size_t i, k;
	for (i = 0; i < d->nlinks && !*stop; i++) {
		const pdfl_link *l = &d->links[i];
		double cx = (l->x0 + l->x1) / 2, cy = (l->y0 + l->y1) / 2;
		bool on = !lines && l->page <= page;
		if (sent[i])
			continue;
		for (k = 0; lines && k < n && !on; k++)
			on = lines[k]->page == l->page && cx >= lines[k]->x0 - 1 && cx <= lines[k]->x1 + 1 &&
			     cy >= lines[k]->y0 - 1 && cy <= lines[k]->y1 + 1;
		if (!on)
			continue;
		sent[i] = true;
		*stop = pm_host_link_text(h, s, l->url, l->text) != 0;
	}
}

/* The doc's copy of a font name (documents use a handful of fonts). */
static const char *intern_font(pdfl_doc *d, const char *name)
{
	size_t i;
	char *c;
	if (!name || !*name)
		return NULL;
	for (i = 0; i < d->nfonts; i++)
		if (!strcmp(d->fonts[i], name))
			return d->fonts[i];
	if (d->nfonts >= 256)
		return NULL; /* a document of a thousand fonts gets no names */
	{
		char **nf = grow_array(d->fonts, &d->fcap, d->nfonts + 1, sizeof *nf, 8);
		if (!nf)
			return NULL;
		d->fonts = nf;
	}
	c = strndup(name, 127);
	if (!c)
		return NULL;
	d->fonts[d->nfonts++] = c;
	return c;
}

/* Convention pdf.tex_dotless_accent: TeX sets an accented i or j as the
 * dotless letter under the accent (\'{\i}, \^{\j}), and its text layer
 * keeps both: U+0131 or U+0237 followed by a combining mark above
 * (U+0300-U+0314). NFC composes no dotless letter, so "Garc\u0131\u0301a"
 * would stay unlike every other spelling of the name; the mark stands
 * where the dot was, and the letter is a plain i or j (Turkish writes
 * its dotless \u0131 without such a mark). In place; returns the new length. */
static size_t fold_dotless_accent(char *t, size_t len)
{
	size_t i, o = 0;
	for (i = 0; i < len; i++) {
		unsigned char c0 = (unsigned char)t[i], c1 = i + 1 < len ? (unsigned char)t[i + 1] : 0;
		bool dotless = (c0 == 0xC4 && c1 == 0xB1) || (c0 == 0xC8 && c1 == 0xB7);
		/* U+0300-U+0314: 0xCC 0x80-0x94 */
		if (dotless && i + 3 < len && (unsigned char)t[i + 2] == 0xCC && (unsigned char)t[i + 3] >= 0x80 &&
		    (unsigned char)t[i + 3] <= 0x94) {
			t[o++] = c0 == 0xC4 ? 'i' : 'j';
			i++;
			continue;
		}
		t[o++] = t[i];
	}
	t[o] = '\0';
	return o;
}

/* Convention pdf.break_hyphen_mark: the hyphens inside a line (not at
 * its end), between two letters, counted by the character the text layer
 * gives them: a producer that writes a typed hyphen as U+002D and the
 * hyphen of its own line breaks as U+2010 (Scribus; the Unicode HYPHEN
 * for a discretionary break) tells the two apart in every line. */
static void count_inner_hyphens(pdfl_doc *d, const char *t, size_t len)
{
	size_t i;
	while (len && t[len - 1] == ' ')
		len--;
	for (i = 1; i + 1 < len; i++) {
		unsigned char a = (unsigned char)t[i - 1];
		if (t[i] == '-' && (isalpha(a) || a >= 0x80) && (isalpha((unsigned char)t[i + 1]) || (unsigned char)t[i + 1] >= 0xC0))
			d->inner_ascii++;
		else if (i + 3 < len && !memcmp(t + i, "\xE2\x80\x90", 3) && (isalpha(a) || a >= 0x80))
			d->inner_u2010++;
	}
}

bool pdfl_add_line(pdfl_doc *d, const pdfl_line *l, const char *text, size_t len)
{
	pdfl_line *nl;
	if (!d->npages || d->oom)
		return false;
	if (!grow_lines(d, d->n + 1)) {
		d->oom = true;
		return false;
	}
	nl = &d->lines[d->n];
	*nl = *l;
	nl->text = malloc(len + 1);
	if (!nl->text) {
		d->oom = true;
		return false;
	}
	memcpy(nl->text, text, len);
	nl->text[len] = '\0';
	len = fold_dotless_accent(nl->text, len);
	if (rule_line(nl->text)) {
		/* decoration: never text, and the gap it leaves still parts
		 * the paragraphs around it */
		free(nl->text);
		return true;
	}
	nl->len = len;
	count_inner_hyphens(d, nl->text, len);
	nl->page = (int)d->npages;
	nl->furniture = 0;
	nl->note_goes_on = false;
	nl->note_skip = 0;
	nl->repeated = false;
	nl->margin = false;
	nl->table = nl->row = nl->col = 0;
	nl->kv_row = false;
	nl->cut0 = d->ncuts;
	nl->ncut = 0;
	nl->split = 0;
	nl->mirror = 0;
	nl->natural_gap = 0;
	nl->font = intern_font(d, l->font);
	if (!(nl->size > 0 && nl->size < 2000))
		nl->size = nl->y1 - nl->y0 > 0 ? nl->y1 - nl->y0 : 10;
	if (!(nl->char_w > 0))
		nl->char_w = nl->size * 0.5;
	d->n++;
	d->pages[d->npages - 1].n++;
	return true;
}

/* Append a cut to the pool; the caller makes it its line's last. */
static bool push_cut(pdfl_doc *d, size_t at, double x1, double x0)
{
	{
		pdfl_cut *c = grow_array(d->cuts, &d->cutcap, d->ncuts + 1, sizeof *c, 64);
		if (!c) {
			d->oom = true;
			return false;
		}
		d->cuts = c;
	}
	d->cuts[d->ncuts].at = at;
	d->cuts[d->ncuts].x1 = x1;
	d->cuts[d->ncuts++].x0 = x0;
	return true;
}

bool pdfl_add_cut(pdfl_doc *d, size_t at, double x1, double x0)
{
	pdfl_line *l;
	if (!d->n || d->oom)
		return false;
	l = &d->lines[d->n - 1];
	if (l->cut0 + l->ncut != d->ncuts || at >= l->len || l->text[at] != ' ')
		return true; /* not the last line's own, or its text moved: no cut */
	if (!push_cut(d, at, x1, x0))
		return false;
	l->ncut++;
	return true;
}

bool pdfl_add_rule(pdfl_doc *d, int page, double x0, double y0, double x1, double y1)
{
	if (d->oom)
		return false;
	if (d->nrules >= 100000)
		return true; /* a page of hatching is no table */
	{
		pdfl_rule *r = grow_array(d->rules, &d->rcap, d->nrules + 1, sizeof *r, 64);
		if (!r) {
			d->oom = true;
			return false;
		}
		d->rules = r;
	}
	d->rules[d->nrules++] = (pdfl_rule){page, x0, y0, x1, y1};
	return true;
}

bool pdfl_replace_page(pdfl_doc *d, const pdfl_doc *src)
{
	pdfl_page *pg;
	size_t i;
	if (!d->npages || !src->npages || d->oom)
		return false;
	pg = &d->pages[d->npages - 1];
	for (i = pg->first; i < d->n; i++)
		free(d->lines[i].text);
	d->n = pg->first;
	pg->n = 0;
	pg->w = src->pages[src->npages - 1].w;
	pg->h = src->pages[src->npages - 1].h;
	for (i = src->pages[src->npages - 1].first; i < src->n; i++)
		if (!pdfl_add_line(d, &src->lines[i], src->lines[i].text, src->lines[i].len))
			return false;
	return true;
}

/* ---- small helpers ----------------------------------------------------- */

/* The q-quantile of v[0..n) (sorted in place). */
static double quantile(double *v, size_t n, double q)
{
	size_t k;
	if (!n)
		return 0;
	if (n > 1)
		qsort(v, n, sizeof *v, pm_cmp_double);
	k = (size_t)(q * (double)(n - 1) + 0.5);
	return v[k < n ? k : n - 1];
}

/* Decode one UTF-8 code point (lenient: a bad byte is returned as is). */
static uint32_t u8next(const char **pp)
{
	const unsigned char *p = (const unsigned char *)*pp;
	uint32_t c = p[0];
	int n = 0, i;
	if (c < 0x80)
		n = 0;
	else if ((c & 0xE0) == 0xC0)
		n = 1, c &= 0x1F;
	else if ((c & 0xF0) == 0xE0)
		n = 2, c &= 0x0F;
	else if ((c & 0xF8) == 0xF0)
		n = 3, c &= 0x07;
	for (i = 1; i <= n; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*pp += 1;
			return p[0];
		}
		c = (c << 6) | (p[i] & 0x3F);
	}
	*pp += n + 1;
	return c;
}

/* The last code point of s. */
static uint32_t last_cp(const char *s, size_t n)
{
	const char *p;
	while (n && s[n - 1] == ' ')
		n--;
	if (!n)
		return 0;
	p = s + n - 1;
	while (p > s && ((unsigned char)*p & 0xC0) == 0x80)
		p--;
	return u8next(&p);
}

/* Whether c is a lower-case letter (ASCII, Latin-1, Latin Extended-A,
 * Greek, Cyrillic: the scripts that have case and that releases use). */
static bool lower_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	if (c >= 0xDF && c <= 0xFF)
		return c != 0xF7;
	if (c >= 0x100 && c <= 0x17F) {
		/* pairs, capital first; the pairs are shifted by one from
		 * U+0139 to U+0148 and from U+0179 */
		if (c == 0x138 || c == 0x149 || c == 0x17F)
			return true;
		if ((c >= 0x139 && c <= 0x148) || c >= 0x179)
			return (c & 1) == 0;
		return (c & 1) == 1 && c != 0x178;
	}
	return (c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F);
}

static bool ends_sentence(const pdfl_line *l)
{
	uint32_t c = last_cp(l->text, l->len);
	return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026 ||
	       c == 0xBB || c == 0x201D || c == '"' || c == 0x3002 || c == 0x06D4 || c == 0x061F;
}

/* Convention layout.spaced_hyphen_is_dash: a hyphen after a space ends
 * no broken word: it is a dash typed as a hyphen, or the close of an end
 * mark ("- END -", "-30-" has none), and the line break after it is no
 * hyphenation (the end mark ran into the About paragraph under it). */
static bool ends_hyphen(const pdfl_line *l)
{
	return l->len >= 2 && l->text[l->len - 1] == '-' && l->text[l->len - 2] != ' ';
}

/* Whether c is drawn as a list marker: bullets, squares, circles,
 * arrows, checks, dashes, and the private-use code points of symbol fonts
 * (Symbol's U+F0B7, Wingdings' U+F0A7, U+F076, U+F0D8...), which a Word
 * export keeps for the bullets of its lists. */
static bool marker_glyph(uint32_t c)
{
	static const uint32_t g[] = {0x2022, 0x25CF, 0x25AA, 0x25E6, 0x25A0, 0x25A1, 0x25CB, 0x25C6, 0x25C7,
	                             0x2023, 0x2043, 0x2219, 0x27A2, 0x25BA, 0x25B6, 0x2713, 0x2714, 0x2717,
	                             0x2756, 0x27A4, 0x2192, 0xB7, 0x2013, 0x2014, 0x2212};
	size_t i;
	if (c >= 0xF000 && c <= 0xF0FF)
		return true;
	for (i = 0; i < sizeof g / sizeof g[0]; i++)
		if (g[i] == c)
			return true;
	return false;
}

static size_t number_marker_len(const char *s, char sep);

/* The marker opening a list item, and the bytes to skip after it: a
 * marker glyph (which may touch its text), '-' or '*' followed by a
 * space, or any one character or list number that read_page saw set apart
 * by a tab-like gap ("o", the second-level bullet of Word lists in Courier
 * New; "2.", the number a word processor generates). */
static size_t bullet_len(const char *s)
{
	size_t l, n = strlen(s);
	const char *p = s;
	uint32_t c;
	if (!n)
		return 0;
	/* "- FIN -", "— 30 —": a mark framed by the same dash, not an item */
	if (n >= 4 && s[n - 2] == ' ' && s[n - 1] == s[0] && (s[0] == '-' || s[0] == '*'))
		return 0;
	if (n >= 7 && !strncmp(s, "\xE2\x80\x94", 3) && !strcmp(s + n - 3, "\xE2\x80\x94"))
		return 0;
	if (n >= 7 && !strncmp(s, "\xE2\x80\x93", 3) && !strcmp(s + n - 3, "\xE2\x80\x93"))
		return 0;
	if ((l = number_marker_len(s, '\t')) != 0)
		return s[l] ? l : 0; /* a list number on a tab stop: generated, not typed */
	c = u8next(&p);
	l = (size_t)(p - s);
	if (s[l] == '\t' && c != ' ')
		; /* set apart by a tab stop */
	else if (c == '-' || c == '*') {
		if (s[l] != ' ')
			return 0;
	} else if (!marker_glyph(c) || !s[l]) {
		return 0;
	} else if (s[l] != ' ') {
		/* a glyph bullet may touch its text, but not another symbol */
		const char *q = s + l;
		uint32_t d = u8next(&q);
		if (marker_glyph(d) || d == '-')
			return 0;
	}
	while (s[l] == ' ' || s[l] == '\t')
		l++;
	return s[l] ? l : 0;
}

/* Convention pdf.cjk_heading_mark: Japanese and Chinese writers type a
 * symbol before a heading inside the text ("■今後の日程", "◆開催概要",
 * "●活动安排"; about.heading.cjk_marks), which a browser draws in a
 * fallback font set apart from the heading by the glyph's own side
 * bearings, so that the line reads as a bulleted item. A mark the
 * writer typed is text: the DOCX and TXT readers keep it. It is one when
 * it stands before a single line of ideographs or kana that ends no
 * sentence (no "。"), and neither the paragraph before it nor the line
 * after it opens with the same mark (a run of marked lines is a list).
 * Returns the bytes of the mark to keep (the gap after it is dropped),
 * or 0. */
static size_t cjk_heading_mark(const pdfl_line *const *para, size_t np, const char *before, const pdfl_line *next)
{
	const char *s = para[0]->text, *p = s, *q;
	uint32_t c = u8next(&p), f;
	size_t m = (size_t)(p - s), n = para[0]->len;
	if (np != 1 || (c != 0x25A0 && c != 0x25A1 && c != 0x25C6 && c != 0x25C7 && c != 0x25CF && c != 0x25AA &&
	                c != 0x25B6))
		return 0;
	for (q = p; *q == ' ' || *q == '\t'; q++)
		;
	f = u8next(&q);
	if (!((f >= 0x3400 && f <= 0x4DBF) || (f >= 0x4E00 && f <= 0x9FFF) || (f >= 0x3041 && f <= 0x3096) ||
	      (f >= 0x30A1 && f <= 0x30FA)))
		return 0;
	if (n >= 3 && !memcmp(s + n - 3, "\xE3\x80\x82", 3)) /* 。 */
		return 0;
	if ((before && !strncmp(before, s, m)) || (next && !strncmp(next->text, s, m)))
		return 0;
	return m;
}

/* Convention pdf.dash_speech: the Nordic, Polish, Finnish and Russian
 * way of quoting opens a paragraph of direct speech with an en or em dash
 * ("– Vi kan spara …. Det minskar …, säger Name."), where a list's
 * dash would mark an item. The speech is prose: the dash, a space and a
 * capital, then two sentences or more over wrapped lines; the items of a
 * dash list are short phrases, one sentence at most. Such a paragraph
 * keeps its dash, as the TXT and DOCX readers (which never take a dash
 * for a bullet) keep it. */
static bool opens_capital(const char *p)
{
	uint32_t c = u8next(&p);
	return c < 0x80 ? (c >= 'A' && c <= 'Z') : (c >= 0xC0 && c != 0xD7 && c != 0xF7 && !lower_cp(c));
}

static bool dash_speech(const pdfl_line *const *para, size_t np)
{
	const char *s = para[0]->text;
	size_t k, ends = 0;
	if (np < 2 || strncmp(s, "\xE2\x80", 2) || ((unsigned char)s[2] != 0x93 && (unsigned char)s[2] != 0x94) ||
	    s[3] != ' ' || !opens_capital(s + 4) || !ends_sentence(para[np - 1]))
		return false;
	for (k = 0; k < np; k++) {
		const char *t = para[k]->text, *e = t + para[k]->len;
		for (; t < e; t++)
			if ((*t == '.' || *t == '!' || *t == '?') && t + 2 < e && t[1] == ' ' && opens_capital(t + 2))
				ends++;
		if (k + 1 < np && ends_sentence(para[k]) && opens_capital(para[k + 1]->text))
			ends++;
	}
	return ends >= 1; /* and the sentence that closes the paragraph */
}

/* Convention pdf.dash_speech_line: speech of one line ("– Det er fint,
 * sier Name.") has the shape of a dash list's item that is a sentence;
 * only its speech verb tells it apart, and the words are the core's
 * (core/lexicon, [speech_verbs]). A one-line paragraph opened by an en
 * or em dash, a space and a capital, that ends a sentence and sets a
 * lower-case word after a comma or a spaced dash (where the attribution
 * stands), stays a list item but keeps its dash in its text: the core
 * (body.dash_speech_item) makes it a paragraph of speech when a speech
 * verb follows, and else takes the dash for the item's marker. */
static bool is_dash(const char *p)
{
	return !strncmp(p, "\xE2\x80", 2) && ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94);
}

static bool dash_speech_line(const pdfl_line *const *para, size_t np)
{
	const char *s = para[0]->text, *p;
	if (np != 1 || !is_dash(s) || s[3] != ' ' || !opens_capital(s + 4) || !ends_sentence(para[0]))
		return false;
	for (p = s + 4; *p; p++) {
		const char *w = NULL;
		if (p[0] == ',' && p[1] == ' ')
			w = p + 2;
		else if (p[0] == ' ' && is_dash(p + 1) && p[4] == ' ')
			w = p + 5;
		if (w && lower_cp(u8next(&w)))
			return true;
	}
	return false;
}

/* Convention pdf.dash_speech_indent: a paragraph opened by an en or em
 * dash whose first line is indented past the lines that wrap from it
 * (TeX's \parindent, a word processor's first-line indent: "    – Alla
 * barn ska kunna …" over "oavsett vad …" at the column's margin) has a
 * paragraph's shape, not a list item's: an item's wrapped lines hang
 * under its text, right of the dash, or start where the dash does. So
 * speech of one sentence over several lines keeps its dash and stays a
 * paragraph without a speech verb to tell it (languages the lexicon
 * lacks). */
static bool dash_indented_paragraph(const pdfl_line *const *para, size_t np)
{
	const char *s = para[0]->text;
	size_t k;
	if (np < 2 || !is_dash(s) || s[3] != ' ' || !opens_capital(s + 4))
		return false;
	for (k = 1; k < np; k++)
		if (para[0]->x0 - para[k]->x0 < 0.8 * para[0]->size)
			return false;
	return true;
}

/* A line made only of a character repeated as a rule ("~~~~~~", "+++++",
 * "*****", "_______", "=====", "-----", ". . . ."): decoration, not text.
 * '#' is left alone, "###" being the newsroom's end mark. */
static bool rule_line(const char *s)
{
	char c = 0;
	size_t n = 0;
	for (; *s; s++) {
		if (*s == ' ')
			continue;
		if (!strchr("~+*_=-.", *s) || (c && *s != c))
			return false;
		c = *s;
		n++;
	}
	return n >= 4;
}

/* "12. " or "3) " at the start of a line, the number followed by sep
 * (a space where it was typed, a tab where read_page saw it set on a tab
 * stop; after a tab, also "b)" and "iv."). */
static size_t number_marker_len(const char *s, char sep)
{
	size_t i = 0;
	while (i < 3 && isdigit((unsigned char)s[i]))
		i++;
	if (!i && sep == '\t') {
		if (isalpha((unsigned char)s[0]) && (s[1] == '.' || s[1] == ')'))
			i = 1;
		else
			while (i < 4 && s[i] && strchr("ivx", s[i]))
				i++;
	}
	if (i && (s[i] == '.' || s[i] == ')') && s[i + 1] == sep)
		return i + 2;
	return 0;
}

/* ---- page numbers and furniture ---------------------------------------- */

static bool word_at(const char **pp, const char *const *words)
{
	size_t i;
	for (i = 0; words[i]; i++) {
		size_t l = strlen(words[i]);
		if (!strncasecmp(*pp, words[i], l) && !isalpha((unsigned char)(*pp)[l])) {
			*pp += l;
			return true;
		}
	}
	return false;
}

bool pdfl_is_page_number(const char *s)
{
	static const char *const pagew[] = {"page", "pages", "pg.", "p.", "seite", "página", "pagina",
	                                    "pág.", "pag.", "blatt", NULL};
	static const char *const ofw[] = {"of", "de", "sur", "von", "di", "/", NULL};
	const char *p = s;
	int digits = 0;
	bool worded = false;
	/* "-30-", the newsroom's end mark, is not page 30 */
	if (!strcmp(s, "-30-") || !strcmp(s, "- 30 -"))
		return false;
	while (*p == ' ' || *p == '-' || *p == '[' || *p == '(' || !strncmp(p, "\xE2\x80\x93", 3) ||
	       !strncmp(p, "\xE2\x80\x94", 3))
		p += ((unsigned char)*p >= 0x80) ? 3 : 1;
	if (word_at(&p, pagew)) {
		worded = true;
		while (*p == ' ')
			p++;
	}
	while (isdigit((unsigned char)*p))
		p++, digits++;
	if (!digits || digits > 5)
		return false;
	while (*p == ' ')
		p++;
	if (word_at(&p, ofw) || (*p == '/' && ++p)) {
		worded = true;
		int d2 = 0;
		while (*p == ' ')
			p++;
		while (isdigit((unsigned char)*p))
			p++, d2++;
		if (!d2 || d2 > 5)
			return false;
	}
	while (*p == ' ' || *p == '-' || *p == ']' || *p == ')' || !strncmp(p, "\xE2\x80\x93", 3) ||
	       !strncmp(p, "\xE2\x80\x94", 3))
		p += ((unsigned char)*p >= 0x80) ? 3 : 1;
	/* a bare number of four digits or more is a year or a figure (a
	 * title's "2024" on a line of its own), not a page of a release */
	return *p == '\0' && (worded || digits <= 3);
}

/* Text compared across pages: case folded (ASCII), digits as '#', spaces
 * collapsed, so "Page 2 of 9" and "Page 3 of 9" are one running line. */
static char *furniture_key(const char *s)
{
	size_t n = strlen(s), k = 0;
	char *r = malloc(n + 1);
	bool sp = false;
	if (!r)
		return NULL;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ') {
			sp = k > 0;
			continue;
		}
		if (sp)
			r[k++] = ' ';
		sp = false;
		r[k++] = isdigit(c) ? '#' : (char)tolower(c);
	}
	r[k] = '\0';
	return r;
}

typedef struct fkey {
	char *key;
	size_t line;
	int band; /* 1 top, 2 bottom */
} fkey;

static int cmp_fkey(const void *a, const void *b)
{
	const fkey *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->band - y->band;
}

static int band_of(const pdfl_doc *d, const pdfl_line *l, double share)
{
	const pdfl_page *p = &d->pages[l->page - 1];
	if (l->y1 <= p->h * share)
		return 1;
	if (l->y0 >= p->h * (1 - share))
		return 2;
	return 0;
}

static void mark(pdfl_doc *d, pdfl_line *l)
{
	const pdfl_page *p = &d->pages[l->page - 1];
	l->furniture = (l->y0 + l->y1) / 2 < p->h / 2 ? PM_BLOCK_PAGE_HEADER : PM_BLOCK_PAGE_FOOTER;
}

/* Whether a line of the body's size or larger shares l's height on its
 * page (the lines of pages are still in one block of the array here). */
static bool beside_larger_text(const pdfl_doc *d, const pdfl_line *l)
{
	const pdfl_page *p = &d->pages[l->page - 1];
	size_t i;
	for (i = p->first; i < p->first + p->n; i++) {
		const pdfl_line *o = &d->lines[i];
		double ov = (o->y1 < l->y1 ? o->y1 : l->y1) - (o->y0 > l->y0 ? o->y0 : l->y0);
		if (o != l && o->size >= d->body_size * 0.92 && ov > 0.3 * (l->y1 - l->y0))
			return true;
	}
	return false;
}

/* What a page footer says that text does not: a web site, an e-mail, a
 * company's legal form or registration, a postal box. */
static bool footer_words(const char *t)
{
	static const char *const w[] = {"www.", "http", "@", "registered", "reg. no", "company no", "vat ",
	                                "siret", "siren", "rcs ", "hrb ", "amtsgericht", "handelsregister",
	                                "ust-id", "partita iva", "p.iva", "cif ", "nif ", "kvk", "abn ",
	                                " ltd", " gmbh", " s.a.", " sas", " sarl", " inc.", " llc", " ag ",
	                                " b.v.", " n.v.", "p.o. box", "postfach", "tel.", "tel:", "phone",
	                                "fax", "©", "copyright", NULL};
	size_t i;
	for (i = 0; w[i]; i++)
		if (strcasestr(t, w[i]))
			return true;
	return false;
}

/* Convention layout.tagged_artifact: a tagged PDF (Word, LibreOffice
 * with its tagged export, InDesign, Chromium) writes its running header,
 * footer and page number outside the structure tree, as Artifacts (PDF
 * 32000-1 14.8.2.2). On a page whose tree holds the rest of its text, the
 * lines outside it that stand at the page's foot (in its lower quarter,
 * below every line of the tree) in type no larger than the body's are its
 * footer: the footer of a one-page release, which no repetition can show,
 * even in the body's type and saying nothing footers say. The head of the
 * page is left to the other rules: a Word template's header holds the
 * release label and the letterhead, which the record wants, and a title
 * whose text poppler loses from the tree (Chromium's lines after a
 * ligature) would go with it. An untagged line between tagged ones (a
 * producer's lapse) is left alone too. */
static void footer_by_artifact(pdfl_doc *d)
{
	size_t pg, i;
	if (d->body_size <= 0)
		return;
	for (pg = 0; pg < d->npages; pg++) {
		const pdfl_page *p = &d->pages[pg];
		double bottom = 0;
		if (!p->tagged)
			continue;
		for (i = p->first; i < p->first + p->n; i++) {
			const pdfl_line *l = &d->lines[i];
			if (!l->untagged && l->y1 > bottom)
				bottom = l->y1;
		}
		if (bottom <= 0)
			continue;
		for (i = p->first; i < p->first + p->n; i++) {
			pdfl_line *l = &d->lines[i];
			if (l->untagged && !l->furniture && l->y0 >= p->h * 0.75 && l->y0 >= bottom &&
			    l->size <= d->body_size * 1.05)
				l->furniture = PM_BLOCK_PAGE_FOOTER;
		}
	}
}

/* A footer on a page that no repetition can show (a one-page release):
 * the lines in the page's bottom band, in smaller type than the body and
 * below all of its text in the body's size, when one of them says what
 * footers say (footer_words). */
static void footer_by_content(pdfl_doc *d)
{
	size_t pg, i;
	footer_by_artifact(d);
	for (pg = 0; pg < d->npages; pg++) {
		const pdfl_page *p = &d->pages[pg];
		double last_body = 0;
		bool says = false;
		if (d->body_size <= 0)
			return;
		for (i = p->first; i < p->first + p->n; i++) {
			const pdfl_line *l = &d->lines[i];
			if (!l->furniture && l->size >= d->body_size * 0.95 && l->y1 > last_body)
				last_body = l->y1;
		}
		for (i = p->first; i < p->first + p->n; i++) {
			const pdfl_line *l = &d->lines[i];
			if (!l->furniture && l->y0 >= p->h * 0.85 && l->y0 > last_body && l->size < d->body_size * 0.95 &&
			    footer_words(l->text))
				says = true;
		}
		if (!says)
			continue;
		for (i = p->first; i < p->first + p->n; i++) {
			pdfl_line *l = &d->lines[i];
			if (!l->furniture && l->y0 >= p->h * 0.85 && l->y0 > last_body && l->size < d->body_size * 0.95)
				l->furniture = PM_BLOCK_PAGE_FOOTER;
		}
	}
}

/* The newsroom's mark that the release goes on over the page: "-more-",
 * "(more)", "- MORE -", "continued". */
static bool continuation_mark(const char *s)
{
	static const char *const w[] = {"more", "continued", "cont'd", NULL};
	const char *p = s;
	size_t i;
	while (*p == ' ' || *p == '-' || *p == '(' || *p == '[' || !strncmp(p, "\xE2\x80\x93", 3) ||
	       !strncmp(p, "\xE2\x80\x94", 3))
		p += ((unsigned char)*p >= 0x80) ? 3 : 1;
	for (i = 0; w[i]; i++) {
		size_t n = strlen(w[i]);
		if (!strncasecmp(p, w[i], n)) {
			const char *q = p + n;
			while (*q == ' ' || *q == '-' || *q == ')' || *q == ']' || *q == '.' || !strncmp(q, "\xE2\x80\x93", 3) ||
			       !strncmp(q, "\xE2\x80\x94", 3))
				q += ((unsigned char)*q >= 0x80) ? 3 : 1;
			return *q == '\0' && p > s; /* framed, as the mark is ("-more-", "(more)") */
		}
	}
	return false;
}

/* What only a browser prints in a page's margin: an address ("https://",
 * "file://", "www."), a page counter ("1/2", "Page 1 of 2"), or the date
 * and time of printing, numeric date and clock together ("5/6/24, 10:30
 * AM", "06.12.2026 14:05"). A release label's own date ("3 mars 2025") or
 * embargo hour ("00:01 AEDT") is not of that shape. */
static bool browser_print_words(const char *t)
{
	const char *p;
	bool date = false, clock = false;
	if (strstr(t, "://") || strcasestr(t, "www.") || pdfl_is_page_number(t))
		return true;
	for (p = t; *p; p++) {
		const char *q = p;
		int a = 0, b = 0, c = 0;
		if (!isdigit((unsigned char)*p) || (p > t && isdigit((unsigned char)p[-1])))
			continue;
		while (isdigit((unsigned char)*q))
			q++, a++;
		if ((*q == '/' || *q == '.') && isdigit((unsigned char)q[1])) {
			char sep = *q++;
			while (isdigit((unsigned char)*q))
				q++, b++;
			if (*q == sep && isdigit((unsigned char)q[1]))
				for (q++; isdigit((unsigned char)*q); q++)
					c++;
			if (sep == '/' && !c && a <= 3 && b <= 3 && !isalnum((unsigned char)*q))
				return true; /* a page counter inside the line: "Page 1/2" */
			if (c && a <= 4 && b <= 2 && c <= 4)
				date = true;
		} else if (*q == ':' && a <= 2 && isdigit((unsigned char)q[1]) && isdigit((unsigned char)q[2]))
			clock = true;
		p = q - 1; /* on past the number read, never into it */
	}
	return date && clock;
}

/* A line set alone in the page's top margin is the page's own label (a
 * release label, "PRESSMEDDELANDE", "COMMUNIQUÉ DE PRESSE - 3 mars 2025",
 * an embargo) when it has nothing of a browser's print header: a browser
 * prints its header in two or three pieces across the width (date left,
 * title centred), fills it with addresses, counters and the time of
 * printing, and repeats the page's title; a generator's page header
 * (title, author, site stacked beside a logo) is several lines in the
 * margin. So: the only line inside the margin, none other on its row, no
 * browser words, short, and not the start of another line of the
 * document. Repetition over pages is left to the running-header rule. */
static bool top_margin_label(const pdfl_doc *d, const pdfl_line *l)
{
	const pdfl_page *p = &d->pages[l->page - 1];
	size_t i, n = strlen(l->text), cmp;
	int words = 1;
	const char *s;
	if (n < 4 || n > 90 || browser_print_words(l->text))
		return false;
	for (s = l->text; *s; s++)
		if (*s == ' ' && s[1] && s[1] != ' ')
			words++;
	if (words > 16)
		return false;
	for (i = p->first; i < p->first + p->n; i++) {
		const pdfl_line *o = &d->lines[i];
		double ov = (o->y1 < l->y1 ? o->y1 : l->y1) - (o->y0 > l->y0 ? o->y0 : l->y0);
		if (o != l && (ov > 0.3 * (l->y1 - l->y0) || o->y1 <= p->h * 0.06))
			return false;
	}
	cmp = n < 16 ? n : 16;
	for (i = 0; i < d->n; i++)
		if (&d->lines[i] != l && !strncasecmp(d->lines[i].text, l->text, cmp) &&
		    strlen(d->lines[i].text) >= cmp)
			return false;
	return true;
}

/* No other line of the page, furniture aside, stands below l. */
static bool lowest_on_page(const pdfl_doc *d, const pdfl_line *l)
{
	const pdfl_page *p = &d->pages[l->page - 1];
	size_t i;
	for (i = p->first; i < p->first + p->n; i++)
		if (&d->lines[i] != l && !d->lines[i].furniture && d->lines[i].y0 > l->y1 &&
		    !pdfl_is_page_number(d->lines[i].text))
			return false;
	return true;
}

/* Convention furniture.repeated.pages_differ: a running header or footer
 * is the same line over pages that say different things; two pages that
 * hold the same lines (a sheet printed twice, a form and its copy) repeat
 * everything, their top and bottom lines included, and those are their
 * content. A page's print: a sum of its lines' hashes, with their count,
 * so that the order the lines were read in does not matter. */
static uint64_t page_print(const pdfl_doc *d, const pdfl_page *p)
{
	uint64_t sum = p->n;
	size_t i;
	for (i = p->first; i < p->first + p->n; i++) {
		uint64_t h = 1469598103934665603ULL;
		const unsigned char *c;
		for (c = (const unsigned char *)d->lines[i].text; *c; c++)
			h = (h ^ *c) * 1099511628211ULL;
		sum += h * 2654435761ULL + 1;
	}
	return sum;
}

static void mark_furniture(pdfl_doc *d)
{
	fkey *k;
	uint64_t *print;
	size_t nk = 0, i, j;
	for (i = 0; i < d->n; i++) {
		pdfl_line *l = &d->lines[i];
		const pdfl_page *p = &d->pages[l->page - 1];
		int b6 = 0;
		/* page numbers, near either edge */
		if (band_of(d, l, 0.15) && pdfl_is_page_number(l->text)) {
			mark(d, l);
			continue;
		}
		/* What a browser prints in the margins (date, title, URL, "1/1"):
		 * outside the page's text area, smaller than the body, and with
		 * no text of the page beside it (a box set at the top of the
		 * page beside the title is the page's own). */
		if (l->y1 <= p->h * 0.06)
			b6 = 1;
		else if (l->y0 >= p->h * 0.94)
			b6 = 2;
		if (b6 && d->body_size > 0 && l->size < d->body_size * 0.92 && !beside_larger_text(d, l) &&
		    !(b6 == 1 && top_margin_label(d, l))) {
			mark(d, l);
			l->margin = true;
		}
		else if ((size_t)l->page < d->npages && continuation_mark(l->text) && lowest_on_page(d, l))
			mark(d, l);
	}
	if (d->npages < 2) {
		footer_by_content(d);
		return;
	}
	/* Running headers and footers: the same text (modulo digits) in the
	 * same place on two pages or more. */
	k = malloc(d->n * sizeof *k + 1);
	print = malloc(d->npages * sizeof *print);
	if (!k || !print) {
		free(k);
		free(print);
		footer_by_content(d);
		return;
	}
	for (i = 0; i < d->npages; i++)
		print[i] = page_print(d, &d->pages[i]);
	for (i = 0; i < d->n; i++) {
		pdfl_line *l = &d->lines[i];
		int band = band_of(d, l, 0.12);
		if (!band || l->furniture)
			continue;
		k[nk].key = furniture_key(l->text);
		if (!k[nk].key)
			break;
		k[nk].line = i;
		k[nk].band = band;
		nk++;
	}
	if (nk > 1)
		qsort(k, nk, sizeof *k, cmp_fkey);
	for (i = 0; i < nk; i = j) {
		size_t a, b;
		for (j = i + 1; j < nk && !cmp_fkey(&k[i], &k[j]); j++)
			;
		if (j - i < 2)
			continue;
		for (a = i; a < j; a++) {
			pdfl_line *la = &d->lines[k[a].line];
			const pdfl_page *p = &d->pages[la->page - 1];
			for (b = i; b < j; b++) {
				pdfl_line *lb = &d->lines[k[b].line];
				if (lb->page != la->page && fabs(lb->y0 - la->y0) < p->h * 0.02 &&
				    print[lb->page - 1] != print[la->page - 1]) {
					mark(d, la);
					la->repeated = true;
					break;
				}
			}
		}
	}
	for (i = 0; i < nk; i++)
		free(k[i].key);
	free(k);
	free(print);
	footer_by_content(d);
}

/* ---- reading order: a recursive XY cut --------------------------------- */

typedef struct cutctx {
	pdfl_line *L;
	size_t *out;
	size_t nout;
} cutctx;

static int cmp_x0(const void *a, const void *b, void *arg)
{
	const pdfl_line *L = arg, *x = &L[*(const size_t *)a], *y = &L[*(const size_t *)b];
	return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static int cmp_y0(const void *a, const void *b, void *arg)
{
	const pdfl_line *L = arg, *x = &L[*(const size_t *)a], *y = &L[*(const size_t *)b];
	if (x->y0 != y->y0)
		return x->y0 < y->y0 ? -1 : 1;
	return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

/* Top to bottom; lines of one row (tops within half a line) left to right,
 * or right to left in a right-to-left text. */
static void sort_rows(const pdfl_line *L, size_t *idx, size_t n)
{
	size_t i, j, r;
	qsort_r(idx, n, sizeof *idx, cmp_y0, (void *)L);
	for (i = 0; i < n; i = r) {
		for (r = i + 1; r < n && L[idx[r]].y0 - L[idx[i]].y0 < 0.5 * L[idx[i]].size; r++)
			;
		for (j = i + 1; j < r; j++) {
			size_t k = j, t = idx[j];
			bool rtl = L[t].rtl;
			while (k > i && (rtl ? L[idx[k - 1]].x0 < L[t].x0 : L[idx[k - 1]].x0 > L[t].x0)) {
				idx[k] = idx[k - 1];
				k--;
			}
			idx[k] = t;
		}
	}
}

static double median_size(const pdfl_line *L, const size_t *idx, size_t n)
{
	double v[64];
	size_t i, k = 0, step = n / 64 + 1;
	for (i = 0; i < n && k < 64; i += step)
		v[k++] = L[idx[i]].size;
	return quantile(v, k, 0.5);
}

/* A group is a column only if it holds real text, not a stray glyph (a
 * bullet or a drop cap set apart from its line would otherwise be read
 * before the lines it belongs to). */
static bool substantial(const pdfl_line *L, const size_t *idx, size_t n, double size)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (L[idx[i]].x1 - L[idx[i]].x0 > 3 * size)
			return true;
	return false;
}

/* Two lines in one type, a gap under half a line apart: lines of one
 * paragraph or title (a title wrapped over two columns' width), no
 * change of layout between them. */
static bool same_block_type(const pdfl_line *a, const pdfl_line *b, double gap)
{
	return fabs(a->size - b->size) < 0.1 * a->size && fabs(a->bold - b->bold) < 0.5 && gap < 0.5 * a->size;
}

/* Whether line k has another line of idx beside it, on its height and
 * apart from it: the widest strip between two rows of columns. */
static bool beside_another(const pdfl_line *L, const size_t *idx, size_t n, size_t k)
{
	size_t i;
	for (i = 0; i < n; i++) {
		const pdfl_line *m = &L[idx[i]];
		if (idx[i] != k && m->y0 < L[k].y1 && m->y1 > L[k].y0 && (m->x0 > L[k].x1 || m->x1 < L[k].x0))
			return true;
	}
	return false;
}

/* Whether the groups idx[from[g]..cuts[g]) (g = 0..nc, left to right, of
 * left-to-right text) stand none beside another on the page's height,
 * and one read before another stands wholly below it. */
static bool stacked_out_of_order(const pdfl_line *L, const size_t *idx, const size_t *from, const size_t *cuts,
                                 size_t nc)
{
	double gy0[64], gy1[64];
	size_t g, h, i;
	bool inverted = false;
	for (g = 0; g <= nc; g++) {
		gy0[g] = 1e9;
		gy1[g] = -1e9;
		for (i = from[g]; i < cuts[g]; i++) {
			if (L[idx[i]].rtl)
				return false; /* right-to-left text: layout.rtl_columns orders it */
			gy0[g] = fmin(gy0[g], L[idx[i]].y0);
			gy1[g] = fmax(gy1[g], L[idx[i]].y1);
		}
	}
	for (g = 0; g <= nc; g++)
		for (h = g + 1; h <= nc; h++) {
			if (gy0[g] < gy1[h] && gy0[h] < gy1[g])
				return false; /* side by side: columns */
			if (gy0[g] >= gy1[h])
				inverted = true;
		}
	return inverted;
}

/* Convention pdf.columns_under_full_width_head: a head set across the
 * page (a title over a section of two columns) over a column of text
 * that ends before the page's middle (the second column left empty: a
 * short text in a continuous section that is not balanced) does not
 * give that column its measure: its lines, justified to the column,
 * would all look ended short, each a paragraph of its own. The part
 * under the cut idx[k..n) (lines all within the left 60% of the region,
 * one line above reaching past them by more than a gutter, and at least
 * three lines and half of them ending within an em of one right edge: a
 * column's margin, not a list of short lines or a caption's) of
 * left-to-right text takes that edge as its column's; otherwise cx1
 * stays. Convention layout.fact_box.offset, its measure: a designer's
 * sidebar layout sets the text in a column of two thirds or three
 * quarters of the page and a fact box in the narrow column beside it,
 * level with the title or a picture, the column under the box left
 * empty: when a line above the cut stands wholly beyond the part's right
 * edge by a gutter (the box), the part may reach 85% of the region, and
 * a third of its lines at that edge, six or more, make its margin. */
static double under_head_measure(const pdfl_line *L, const size_t *idx, size_t n, size_t k, double cx0, double cx1,
                                 double msize)
{
	double lx1 = -1e9, ux1 = -1e9;
	size_t i, full = 0;
	bool side = false;
	if (n - k < 4)
		return cx1;
	for (i = k; i < n; i++) {
		if (L[idx[i]].rtl)
			return cx1; /* right-to-left text is measured from the right (layout.rtl_columns) */
		lx1 = fmax(lx1, L[idx[i]].x1);
	}
	for (i = 0; i < k; i++) {
		ux1 = fmax(ux1, L[idx[i]].x1);
		/* a line above standing wholly beyond the part's right edge by
		 * a gutter: a box in a column of its own (layout.fact_box.offset) */
		side = side || L[idx[i]].x0 >= lx1 + msize;
	}
	if (ux1 < lx1 + msize || lx1 - cx0 > (side ? 0.85 : 0.6) * (cx1 - cx0))
		return cx1;
	for (i = k; i < n; i++)
		full += L[idx[i]].x1 > lx1 - msize;
	/* beside a box, the column's short lines (contact lines, an About's
	 * last lines under the text) may be more: a third is enough when
	 * six lines or more show the margin (a figure's labels, a few lines
	 * that happen to end together, are no column) */
	return full >= 3 && (2 * full >= n - k || (side && full >= 6 && 3 * full >= n - k)) ? lx1 : cx1;
}

static void xycut(cutctx *c, size_t *idx, size_t n, double cx0, double cx1, int depth)
{
	pdfl_line *L = c->L;
	size_t i, start;
	double msize, maxx, maxy, best;
	size_t bestk;
	if (!n)
		return;
	msize = median_size(L, idx, n);
	if (n > 1 && depth < 200) {
		/* vertical strips of white space: columns, read left to right */
		size_t cuts[64], nc = 0;
		qsort_r(idx, n, sizeof *idx, cmp_x0, L);
		maxx = L[idx[0]].x1;
		for (i = 1; i < n && nc < 63; i++) {
			if (L[idx[i]].x0 - maxx >= (msize * 0.8 > 6 ? msize * 0.8 : 6))
				cuts[nc++] = i;
			if (L[idx[i]].x1 > maxx)
				maxx = L[idx[i]].x1;
		}
		if (nc) {
			size_t a = 0, g;
			bool ok = true;
			cuts[nc] = n;
			for (g = 0; g <= nc && ok; a = cuts[g], g++)
				ok = substantial(L, idx + a, cuts[g] - a, msize);
			if (ok) {
				double gx0[64], gx1[64];
				size_t from[64];
				int right = 0, left = 0;
				for (a = 0, g = 0; g <= nc; a = cuts[g], g++) {
					from[g] = a;
					gx0[g] = 1e9;
					gx1[g] = -1e9;
					for (i = a; i < cuts[g]; i++) {
						if (L[idx[i]].x0 < gx0[g])
							gx0[g] = L[idx[i]].x0;
						if (L[idx[i]].x1 > gx1[g])
							gx1[g] = L[idx[i]].x1;
					}
					/* Convention layout.rtl_columns: right-to-left
					 * text set flush right (its short lines hang from
					 * the right margin) fills its columns from the
					 * right; set flush left (a page laid out left to
					 * right holding Arabic text), from the left. */
					for (i = a; i < cuts[g]; i++) {
						const pdfl_line *l = &L[idx[i]];
						if (!l->rtl || l->x1 - l->x0 > 0.8 * (gx1[g] - gx0[g]))
							continue;
						if (gx1[g] - l->x1 < l->size && l->x0 - gx0[g] > 2 * l->size)
							right++;
						else if (l->x0 - gx0[g] < l->size && gx1[g] - l->x1 > 2 * l->size)
							left++;
					}
				}
				/* Convention layout.stacked_not_columns: groups apart
				 * across but none beside another on the page's
				 * height, one read before a group that stands wholly
				 * above it (a short line centred over a heading set
				 * flush left under it: "ENDS" over "Notes to
				 * editors"), are rows, read top to bottom by the
				 * horizontal cut; columns stand side by side. Groups
				 * stacked in reading order (a paragraph's end, then a
				 * signature set flush right under it) keep the cut:
				 * it reads them in that order and measures each */
				if (!stacked_out_of_order(L, idx, from, cuts, nc)) {
					for (g = 0; g <= nc; g++) {
						size_t k = right > left ? nc - g : g;
						xycut(c, idx + from[k], cuts[k] - from[k], gx0[k], gx1[k], depth + 1);
					}
					return;
				}
			}
		}
		/* horizontal strips: split at the widest one, top part first.
		 * Convention layout.spanning_cut: where a line spans the
		 * region (a title over two columns), the strip beside it is
		 * where the layout changes, and is cut first, however narrow,
		 * when the widest strip runs between rows of columns (the
		 * lines above and below it have others beside them): a strip that happens to cross both columns at
		 * once (one's paragraph ends where the other's heading
		 * starts) would read the columns' tops, then their bottoms. */
		{
			double rx0 = 1e9, rx1 = -1e9, sbest = 0;
			size_t above, sbestk = 0, best_above = 0;
			for (i = 0; i < n; i++) {
				if (L[idx[i]].x0 < rx0)
					rx0 = L[idx[i]].x0;
				if (L[idx[i]].x1 > rx1)
					rx1 = L[idx[i]].x1;
			}
			qsort_r(idx, n, sizeof *idx, cmp_y0, L);
			maxy = L[idx[0]].y1;
			above = idx[0];
			best = 0;
			bestk = 0;
			for (i = 1; i < n; i++) {
				double g = L[idx[i]].y0 - maxy;
				if (g > best + 0.01) {
					best = g;
					bestk = i;
					best_above = above;
				}
				if (g > sbest + 0.01 && !same_block_type(&L[above], &L[idx[i]], g) &&
				    (L[above].x1 - L[above].x0 > 0.75 * (rx1 - rx0) ||
				     L[idx[i]].x1 - L[idx[i]].x0 > 0.75 * (rx1 - rx0))) {
					sbest = g;
					sbestk = i;
				}
				if (L[idx[i]].y1 > maxy) {
					maxy = L[idx[i]].y1;
					above = idx[i];
				}
			}
			if (sbestk && sbestk != bestk &&
			    beside_another(L, idx, n, best_above) && beside_another(L, idx, n, idx[bestk]))
				bestk = sbestk;
		}
		if (bestk) {
			/* All lines above the gap end before it: the sort by y0 put
			 * them first, and maxy proved none reaches below. */
			double lx1 = under_head_measure(L, idx, n, bestk, cx0, cx1, msize);
			xycut(c, idx, bestk, cx0, cx1, depth + 1);
			xycut(c, idx + bestk, n - bestk, cx0, lx1, depth + 1);
			return;
		}
	}
	/* no cut: top to bottom */
	sort_rows(L, idx, n);
	for (start = 0; start < n; start++) {
		pdfl_line *l = &L[idx[start]];
		l->cx0 = cx0;
		l->cx1 = cx1;
		c->out[c->nout++] = idx[start];
	}
}

/* How far from its column's margin a line may stop and still be set flush
 * with it: rounding, and punctuation a typesetter lets hang out. */
static double flush_tolerance(const pdfl_line *l)
{
	return 0.5 + 0.3 * l->char_w;
}

/* Where the lines of a column start, v[0..n) (sorted here): the leftmost
 * place where two lines start, so that first lines set in by an indent,
 * however many paragraphs are short, are not taken for the margin, nor a
 * lone line set out of it; a low quantile when no two lines agree. */
static double left_margin(double *v, size_t n)
{
	double q = quantile(v, n, 0.25);
	size_t i;
	for (i = 0; i + 1 < n && v[i] <= q; i++)
		if (v[i + 1] - v[i] < 1)
			return v[i];
	return q;
}

/* The mirror of a column's left text margin l: where its right margin
 * stands on a page whose margins are the same on both sides, page_w - l;
 * 0 where the column does not hold half the page's width or more (no
 * single column across the page: its mirror says nothing). The one
 * reading of a mirrored margin, for the conventions that measure a
 * column's lines against it: layout.symmetric_margins and
 * layout.unspaced_mirror_measure (mirrored_margin: how far out the
 * column's right margin stands), layout.mirror_margin_fit
 * (mirror_fit_margin: whether the lines the layout wrapped show that
 * they reach it) and pdf.hangul_wrap_anywhere (ragged_margin: what room
 * a wrapped Hangul line left before it). Each column's measure, read
 * once: colL and colR (column_margins), mirror (mirror_fit_margin) and
 * natural_gap (unstretched_gap) of its lines; on a page of Hangul lines
 * that wrap, ragged_measure (one pass per page and left edge). */
static double page_mirror(double page_w, double l)
{
	double mirror = page_w - l;
	return page_w <= 0 || mirror - l < 0.5 * page_w ? 0 : mirror;
}

/* Convention layout.symmetric_margins: a page's margins are the same on
 * both sides unless the writer changed them (the default of Word,
 * LibreOffice, a browser's print and LaTeX's one-sided classes), so a
 * column that holds the page's whole measure ends near page_w - left.
 * Where few of its lines fill that measure (one-line paragraphs, a short
 * release of a title and two sentences, a list of names) a quantile of
 * where lines end falls well short of the margin, and every line that
 * does fill it looks "ended short". A line that starts at the column's
 * left margin, holds two words or more and ends within four characters
 * of the mirrored margin, not past it, shows where the measure ends:
 * the margin is at least there. A line that runs past the mirror (a URL
 * too long to break) and one set flush right on its own (a date, a
 * signature) say nothing. Only a quantile more than a quarter of the
 * measure short of the mirror is no measure: ragged-right prose ends
 * its lines within a few words of the margin, and a quantile nearer
 * than that is the text's own (a block quote set in from both margins
 * over most of a page keeps its narrower measure). Returns the right
 * margin, r or further out. */
/* Convention layout.unspaced_mirror_measure: a word processor's default
 * page (LibreOffice's, a template without space between paragraphs) sets
 * every line from the left margin, its paragraphs told apart only by a
 * short last line that the next word would have fitted on. In a short
 * release of such paragraphs the quantile of line ends falls near the
 * mirrored margin but short of it (480 of 523), so a paragraph's last
 * line, 40 points short, looks full and runs into the next paragraph.
 * The quantile is the text's own measure only where lines set in from
 * the left margin (a block quote, an indented list), neither centred on
 * the page's axis (a title) nor reaching the mirror (a first line's
 * indent), could have made it: two such lines keep it. */
static bool set_in_measure(const pdfl_line *L, size_t n, double l, double mirror)
{
	size_t k, set_in = 0;
	for (k = 0; k < n && set_in < 2; k++) {
		const pdfl_line *x = &L[k];
		if (x->rtl || x->x0 - l <= x->size || fabs((x->x0 + x->x1) / 2 - (l + mirror) / 2) < 2 ||
		    x->x1 >= mirror - 4 * x->char_w)
			continue;
		set_in++;
	}
	return set_in >= 2;
}

static double mirrored_margin(const pdfl_line *L, size_t n, double l, double r, double page_w)
{
	double mirror = page_mirror(page_w, l);
	size_t k;
	if (!mirror)
		return r;
	if (r > mirror - 0.25 * (mirror - l) && set_in_measure(L, n, l, mirror))
		return r;
	for (k = 0; k < n; k++) {
		const pdfl_line *x = &L[k];
		if (x->rtl || !memchr(x->text, ' ', x->len) || fabs(x->x0 - l) > 0.5 * x->size)
			continue;
		if (x->x1 > r && x->x1 <= mirror + flush_tolerance(x) && x->x1 >= mirror - 4 * x->char_w)
			r = x->x1;
	}
	return r;
}

/* The gaps read_page marked between Japanese and Latin letters
 * (PDFL_STRETCH_MARK): spacing a justified line stretched, left out, on
 * a line that ends at its column's margin; spaces on another. */
static void resolve_stretch_marks(pdfl_line *l, bool full)
{
	char *r, *w;
	if (!memchr(l->text, PDFL_STRETCH_MARK, l->len))
		return;
	for (r = w = l->text; *r; r++) {
		if (*r != PDFL_STRETCH_MARK)
			*w++ = *r;
		else if (!full)
			*w++ = ' ';
	}
	*w = '\0';
	l->len = (size_t)(w - l->text);
}

/* Convention layout.rtl_paragraph_direction: a column's direction is
 * that of most of its strong letters (the share of right-to-left ones,
 * not each line's first letter: a line may open with a name or a number
 * in Latin), and a right-to-left column is set from the right when more
 * of its short lines (under three quarters of the measure: a paragraph's
 * last line, a heading, a contact line) stand at the right margin than
 * at the left one. Then its paragraphs
 * start at the right margin: a first line is indented from the right, a
 * paragraph's short last line ends on the left. A right-to-left text
 * on a page laid out left to right (an HTML page without a direction, a
 * word processor's left-aligned paragraphs) keeps its lines flush left,
 * and the geometry of left-to-right text. */
static bool set_from_right(const pdfl_line *L, size_t n, double l, double r)
{
	size_t k, rtl = 0, ltr = 0, left = 0, right = 0;
	/* a column none of whose lines opens right to left is read as set
	 * left to right, its letters uncounted (nearly every page's) */
	for (k = 0; k < n && !L[k].rtl; k++)
		;
	if (k == n)
		return false;
	for (k = 0; k < n; k++) {
		const char *p = L[k].text;
		/* short lines only: a first line indented from one margin
		 * reaches the other one */
		bool is_short = L[k].x1 - L[k].x0 < 0.75 * (r - l);
		bool at_l = is_short && L[k].x0 <= l + flush_tolerance(&L[k]);
		bool at_r = is_short && L[k].x1 >= r - flush_tolerance(&L[k]);
		while (*p) {
			uint32_t c = u8next(&p);
			if (pm_rtl_char((int32_t)c))
				rtl++;
			else if (c >= 'A' && (c < 0x80 ? isalpha((int)c) : g_unichar_isalpha(c)))
				ltr++;
		}
		left += at_l && !at_r;
		right += at_r && !at_l;
	}
	return rtl > ltr && right > left;
}

/* Convention layout.word_space_stretch: a justified line reaches its
 * margin by stretching its word spaces, each line by what it lacks, so
 * the lines of a justified column that reach the margin have word gaps
 * of their own, wider than the gap of its paragraphs' last lines; a
 * ragged column whose lines happen to end near one place (a narrow
 * measure beside a box, a short release) keeps the type's one gap on
 * every line. Three lines or more at the margin r, each with two spaces
 * or more measured, whose mean gaps agree within a fiftieth of an em:
 * the column is ragged, however its line ends look. */
static bool ragged_by_spacing(const pdfl_line *L, size_t n, double r)
{
	double lo = 1e9, hi = -1e9;
	size_t k, m = 0;
	for (k = 0; k < n; k++) {
		if (L[k].rtl || L[k].spaces < 2 || !(L[k].word_gap > 0) || L[k].x1 < r - flush_tolerance(&L[k]))
			continue;
		lo = fmin(lo, L[k].word_gap);
		hi = fmax(hi, L[k].word_gap);
		m++;
	}
	return m >= 3 && hi - lo < 0.02;
}

/* Convention layout.mirror_margin_fit: a word processor's page has one
 * margin on both sides unless the writer changed it
 * (layout.symmetric_margins), so a ragged column across the page ends
 * its lines at page_w - l, however short of it the widest of a few lines
 * stops (ragged text reaches its margin only within a word). What the
 * lines show decides whether that mirror is the column's margin: a line
 * the layout wrapped (it stops mid-phrase, on a letter, a figure or a
 * comma, and the line under it goes on from the same left edge) was
 * wrapped because the next word did not fit, so no such line may leave
 * room under the mirror for the next line's first word (the text's
 * margin stands further in: the writer set the margins apart); one such
 * line at least must show the next word did not fit (evidence that the
 * lines reach that far), and no line set from the left margin may run
 * past the mirror. Only long lines speak (three quarters of the measure
 * or more): a contact block, a table's cell or the lines beside a
 * floated box stop short for reasons of their own. Left-to-right lines
 * of a ragged column across the page; a justified column has its margin
 * where its lines end. Returns the mirror, or 0. */
static double word_space(const pdfl_line *a)
{
	return (a->spaces && a->word_gap > 0 ? a->word_gap : 0.28) * a->size;
}

/* b's first word would have fitted at the end of a, before margin r,
 * by more than a glyph's rounding */
static bool fits_before(const pdfl_line *a, const pdfl_line *b, double r)
{
	return a->x1 + word_space(a) + b->first_w < r - (0.5 + 0.1 * b->char_w);
}

static bool phrase_goes_on(const pdfl_line *a, const pdfl_line *b)
{
	const char *p = b->text;
	uint32_t e = last_cp(a->text, a->len), f = u8next(&p);
	return !ends_sentence(a) && (e == ',' || (e < 0x80 ? isalnum((int)e) : g_unichar_isalnum(e))) &&
	       (f < 0x80 ? isalnum((int)f) : g_unichar_isalnum(f));
}

static double mirror_fit_margin(const pdfl_line *L, size_t n, double l, double page_w)
{
	double mirror = page_mirror(page_w, l), lo = l + 0.75 * (mirror - l);
	size_t k, wraps = 0;
	if (!mirror)
		return 0;
	for (k = 0; k < n; k++) {
		const pdfl_line *a = &L[k], *b = k + 1 < n ? &L[k + 1] : NULL;
		if (a->rtl)
			return 0;
		if (fabs(a->x0 - l) > 0.5 * a->size)
			continue;
		if (a->x1 > mirror + flush_tolerance(a))
			return 0;
		if (!b || b->rtl || fabs(b->x0 - l) > 0.5 * b->size || fabs(a->size - b->size) > 0.5 ||
		    b->y0 < a->y0 + 0.3 * a->size || b->y0 - a->y0 > 2.5 * a->size || a->x1 < lo || !phrase_goes_on(a, b))
			continue;
		if (fits_before(a, b, mirror))
			return 0;
		wraps++;
	}
	return wraps ? mirror : 0;
}

/* Convention layout.unstretched_last_line: a justified column stretches
 * the word spaces of every line that reaches its margin, each by what it
 * lacks, all but a paragraph's last line, which keeps the type's own
 * space (layout.word_space_stretch): so the word gaps of a column show it
 * justified where its lines' ends do not (a headline, a running header
 * and notes in the column outnumber a short page's full lines). The
 * type's own gap is a low quantile of the column's measured gaps; the
 * lines at the margin r stretch theirs when three or more, two thirds of
 * those measured, are wider by 0.04 em or more (a ragged column keeps one
 * gap within 0.02 em). Returns that own gap, or 0. Left-to-right lines
 * with two spaces or more measured. */
static double unstretched_gap(const pdfl_line *L, size_t n, double r)
{
	double *g, own;
	size_t k, m = 0, at = 0, wide = 0;
	g = malloc((n + 1) * sizeof *g);
	if (!g)
		return 0;
	for (k = 0; k < n; k++)
		if (!L[k].rtl && L[k].spaces >= 2 && L[k].word_gap > 0)
			g[m++] = L[k].word_gap;
	own = m >= 5 ? quantile(g, m, 0.1) : 0;
	free(g);
	if (!(own > 0))
		return 0;
	for (k = 0; k < n; k++) {
		if (L[k].rtl || L[k].spaces < 2 || !(L[k].word_gap > 0) || L[k].x1 < r - flush_tolerance(&L[k]))
			continue;
		at++;
		wide += L[k].word_gap >= own + 0.04;
	}
	return wide >= 3 && wide * 3 >= at * 2 ? own : 0;
}

/* The text margins of each column: a low quantile of where lines start and
 * a high one of where they end, so that one stray long line (a URL) does
 * not make every other line look short; pushed out to the page's mirrored
 * margin where a full line shows the measure is there (see above). With
 * marks, the stretched gaps are resolved: a line ends at the margin of a
 * justified column when it ends at the margin found or past it, where
 * two other lines of the column end too (the quantile may stand short of
 * the margin in a column of short lines, a list or a table, and a
 * table's cell or a URL may run past it alone). */
static void column_margins(pdfl_line *L, size_t n, double page_w, bool marks)
{
	size_t i, j, k, flush;
	bool just;
	double *v = malloc((n + 1) * sizeof *v), *w = malloc((n + 1) * sizeof *w);
	if (!v || !w) {
		free(v);
		free(w);
		for (i = 0; i < n; i++) {
			L[i].colL = L[i].cx0;
			L[i].colR = L[i].cx1;
			if (marks)
				resolve_stretch_marks(&L[i], false);
		}
		return;
	}
	for (i = 0; i < n; i = j) {
		double l, r;
		for (j = i, k = 0; j < n && fabs(L[j].cx0 - L[i].cx0) < 0.5 && fabs(L[j].cx1 - L[i].cx1) < 0.5; j++) {
			v[k] = L[j].x0;
			w[k++] = L[j].x1;
		}
		l = k >= 4 ? left_margin(v, k) : L[i].cx0;
		r = k >= 4 ? quantile(w, k, 0.75) : L[i].cx1;
		if (k >= 4)
			r = mirrored_margin(L + i, j - i, l, r, page_w);
		/* Justified: the lines reach the margin where they end (the
		 * right one, or the left one in right-to-left text), all but
		 * the last lines of paragraphs, so most of them do. Right-to-
		 * left lines may be set flush left on a page laid out left to
		 * right, ragged on the right: they count only when they reach
		 * both margins. */
		for (k = i, flush = 0; k < j; k++)
			if (L[k].rtl ? L[k].x0 <= l + flush_tolerance(&L[k]) && L[k].x1 >= r - flush_tolerance(&L[k])
			             : L[k].x1 >= r - flush_tolerance(&L[k]))
				flush++;
		just = j - i >= 5 && flush * 5 >= (j - i) * 3;
		if (just && ragged_by_spacing(L + i, j - i, r))
			just = false;
		{
			bool from_right = set_from_right(L + i, j - i, l, r);
			double mirror = !just && j - i >= 4 ? mirror_fit_margin(L + i, j - i, l, page_w) : 0;
			double own = !just && j - i >= 5 ? unstretched_gap(L + i, j - i, r) : 0;
			for (k = i; k < j; k++) {
				L[k].colL = l;
				L[k].colR = r;
				L[k].justified = just;
				L[k].from_right = from_right;
				L[k].mirror = mirror;
				L[k].natural_gap = own;
			}
		}
		for (k = i; marks && k < j; k++) {
			size_t m, at = 0;
			if (!memchr(L[k].text, PDFL_STRETCH_MARK, L[k].len))
				continue;
			if (L[k].x1 < r - flush_tolerance(&L[k])) {
				resolve_stretch_marks(&L[k], false);
				continue;
			}
			for (m = i; m < j && at < 3; m++)
				at += fabs(L[m].x1 - L[k].x1) <= flush_tolerance(&L[k]);
			resolve_stretch_marks(&L[k], at >= 3);
		}
	}
	free(v);
	free(w);
}

/* A lone marker: a bullet glyph or "3." that the producer drew apart from
 * its item's text. */
static bool marker_only(const pdfl_line *l)
{
	const char *p = l->text;
	size_t n = 0;
	uint32_t c;
	if (number_marker_len(l->text, ' ') && !l->text[number_marker_len(l->text, ' ')])
		return true;
	while (*p) {
		c = u8next(&p);
		if (c < 0x80 && isalnum((int)c))
			return false;
		/* a word of two ideographs, kana or Hangul syllables ("문의",
		 * "概要") is a heading, never a marker; the katakana middle
		 * dot and the Hangul araea (・, ㆍ) that mark items are none */
		if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
		    (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA))
			return false;
		n++;
	}
	return n >= 1 && n <= 2;
}

/* s is a superscript standing after (or before) line l: a few small
 * characters (an ordinal's "th", "er", a note number) raised above l's
 * baseline within l's height. The text layer often keeps them apart, or
 * on a line of their own. */
static bool superscript_of(const pdfl_line *s, const pdfl_line *l)
{
	double h = l->y1 - l->y0;
	if (s->len > 6 || s->size > 0.85 * l->size || h <= 0)
		return false;
	return s->y0 >= l->y0 - 0.35 * h && s->y1 <= l->y1 - 0.15 * h && s->y1 > l->y0;
}

static bool digits_only(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

static int cmp_top(const void *a, const void *b)
{
	const pdfl_line *x = a, *y = b;
	return x->y0 < y->y0 ? -1 : x->y0 > y->y0;
}

/* Convention layout.cjk_punctuation: Japanese and Chinese set each
 * punctuation mark (、。「」（）) on a full em of which the mark takes
 * half, and where two meet they give up the empty halves (JLREQ 3.1.4,
 * "。「" set in one em and a half): the glyph after such a mark starts
 * inside its box, up to three quarters of an em back, and the text
 * layer may keep the two parts of the line apart. */
static bool cjk_punctuation(uint32_t c)
{
	return (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301F) ||
	       (c >= 0xFF01 && c <= 0xFF0F && c != 0xFF04 && c != 0xFF05 && c != 0xFF06 && c != 0xFF0A &&
	        c != 0xFF0B) ||
	       c == 0xFF1A || c == 0xFF1B || c == 0xFF1F || c == 0xFF3B || c == 0xFF3D || c == 0xFF5B || c == 0xFF5D;
}

static bool punctuation_kerned(const pdfl_line *lf, const pdfl_line *rt, double gap)
{
	const char *p = rt->text;
	return gap >= -0.75 * lf->size && (cjk_punctuation(last_cp(lf->text, lf->len)) || cjk_punctuation(u8next(&p)));
}

/* Convention layout.justified_gap: a justified line in a narrow column
 * spreads its words with spaces wider than an em, and the text layer often
 * keeps each word apart; a column's gutter is white space that runs down
 * the page, so a gap that a line of the same type a row or two above or below
 * bridges is a word space, not a gutter. The row's fragments reach that
 * line's two margins, as a justified line does (the last row of a table
 * over a paragraph stops short of its right margin). L[0..n) is the page,
 * sorted by top; row is the index of a fragment on the row. */
/* Convention layout.evenly_spread_row: a justified line whose rows
 * around it are a heading and a paragraph's short last line (a short
 * paragraph under a heading) has no line near it to bridge its gaps; its
 * word spaces, wider than an em, are then known by being all alike (the
 * justification shares the slack evenly), three or more of them, and the
 * row filling the measure of a line of the same type elsewhere on the
 * page, from its left margin to its right. The gaps between a table's
 * cells or a page's columns differ from one another, and lines under
 * them start where their cells do. Asked once per row, before its
 * fragments are joined. L[0..n) is the page, sorted by top; row is the
 * index of a fragment on the row. */
static bool evenly_spread_row(const pdfl_line *L, size_t n, size_t row)
{
	enum { MAXF = 48 };
	const pdfl_line *a = &L[row];
	double x0[MAXF], x1[MAXF], size = a->size, tol = 0.5 * size, gmin = 1e9, gmax = -1e9;
	double top = a->y0 - 4 * size, bottom = a->y1 + 4 * size, inner = 0;
	size_t c = 0, k, m, lo, hi, spaces = 0;
	for (lo = row; lo > 0 && L[lo - 1].y0 > top; lo--)
		;
	for (hi = row; hi < n && L[hi].y0 < bottom; hi++)
		;
	for (k = lo; k < hi; k++) {
		const pdfl_line *f = &L[k];
		if (!f->text || fabs(f->y0 - a->y0) >= 0.6 * size || fabs(f->size - size) > 0.1 * size)
			continue;
		if (c == MAXF)
			return false;
		for (m = c; m > 0 && x0[m - 1] > f->x0; m--)
			x0[m] = x0[m - 1], x1[m] = x1[m - 1];
		x0[m] = f->x0;
		x1[m] = f->x1;
		c++;
		if (f->word_gap > 0 && f->spaces) {
			inner += f->word_gap * f->size * f->spaces;
			spaces += f->spaces;
		}
	}
	/* Convention layout.evenly_spread_row.inner_gaps: fewer fragments
	 * (long words, few gaps: the text layer kept apart only the widest)
	 * show the same when the word spaces inside them, which read_page
	 * measured, are as wide as the gaps between them: three gaps or more
	 * in all, all alike */
	if (c < 2 || (c < 4 && (c - 1 + spaces < 3 || !spaces)))
		return false;
	if (spaces) {
		gmin = gmax = inner / (double)spaces;
		if (c >= 4)
			gmin = 1e9, gmax = -1e9; /* the fragments' own gaps suffice, as before */
	}
	for (k = 0; k + 1 < c; k++) {
		double g = x0[k + 1] - x1[k];
		gmin = g < gmin ? g : gmin;
		gmax = g > gmax ? g : gmax;
	}
	if (gmin < 0 || gmax > 3 * size || gmax - gmin > 0.15 * size)
		return false;
	for (k = lo; k < hi; k++) /* a gutter: a line under or over starts where a fragment does */
		for (m = 1; m < c; m++)
			if (L[k].text && fabs(L[k].y0 - a->y0) >= 0.6 * size && fabs(L[k].x0 - x0[m]) < tol)
				return false;
	for (k = 0; k < n; k++) {
		const pdfl_line *o = &L[k];
		if (o->text && fabs(o->y0 - a->y0) >= 0.6 * size && fabs(o->size - size) <= 0.1 * size &&
		    fabs(o->x0 - x0[0]) < tol && fabs(o->x1 - x1[c - 1]) < tol)
			return true;
	}
	return false;
}

static bool baseline_row(const pdfl_line *a, const pdfl_line *b);

/* Whether text of a's row, in another fragment, stands in the gap from lf
 * to rt (a subscript, small capitals): the ordinary joins close it first,
 * or the words would be put out of order. by_baseline: the row is read
 * by its baseline (pdf.baseline_row: its fragments, sorted by their tops,
 * are not in the order of the row), a fragment on it or with a's box. */
static bool gap_holds_text(const pdfl_line *L, size_t n, size_t row, const pdfl_line *lf, const pdfl_line *rt,
                           bool by_baseline)
{
	const pdfl_line *a = &L[row];
	size_t k;
	for (k = row; k > 0 && L[k - 1].y0 > a->y0 - 4 * a->size; k--)
		;
	for (; k < n && L[k].y0 < a->y1 + 4 * a->size; k++) {
		const pdfl_line *o = &L[k];
		if (!o->text || o == lf || o == rt || o->x1 <= lf->x1 + 0.5 || o->x0 >= rt->x0 - 0.5)
			continue;
		if (by_baseline ? baseline_row(a, o) || (fabs(o->y1 - a->y1) <= 0.3 * a->size &&
		                                         fabs(o->y0 - a->y0) <= 0.3 * a->size)
		                : o->y0 < a->y1 && o->y1 > a->y0)
			return true;
	}
	return false;
}

/* Convention pdf.footnote_reference: a note's number raised after a word
 * inside a row (Word and LibreOffice draw it as a run of its own, so the
 * text layer gives it apart from the words on either side): it stands in
 * the gap from lf to rt and joins its word first, or it would be left
 * over as a line of its own that splits the paragraph there. */
static bool gap_holds_note_mark(const pdfl_line *L, size_t n, size_t row, const pdfl_line *lf, const pdfl_line *rt)
{
	const pdfl_line *a = &L[row];
	size_t k;
	for (k = row; k > 0 && L[k - 1].y0 > a->y0 - a->size; k--)
		;
	for (; k < n && L[k].y0 < a->y1; k++) {
		const pdfl_line *o = &L[k];
		if (o->text && o != lf && o != rt && o->x0 >= lf->x1 - 0.5 && o->x1 <= rt->x0 + 0.5 &&
		    superscript_of(o, a) && digits_only(o->text))
			return true;
	}
	return false;
}

/* Convention pdf.footnote_reference: the text layer also ends its line
 * at a note's raised number (read_page marked it), and a justified line
 * goes on after it past one of its own stretched word spaces: a gap as
 * wide as the spaces measured between the words on its right (within a
 * fifth) is a word space, not a gutter. */
static bool ends_with_note_mark(const pdfl_line *l)
{
	size_t k = l->len;
	while (k > 0 && isdigit((unsigned char)l->text[k - 1]))
		k--;
	return k > 0 && k < l->len && l->text[k - 1] == PDFL_NOTE_MARK;
}

static bool stretched_word_space(const pdfl_line *rt, double gap)
{
	return rt->spaces >= 2 && rt->size > 0 && rt->word_gap > 0 && fabs(gap / rt->size - rt->word_gap) <= 0.2 * rt->word_gap;
}

/* Convention pdf.narrow_gutter: LaTeX's multicols and \twocolumn set
 * their columns a bare 10 points apart (\columnsep), under an em of
 * 11-point text, which the joins of a row's fragments take for a word
 * space (or, on a short line, for a justified line's stretched one). A
 * column's edges are straight: other rows around have a fragment that
 * ends where lf ends (the left column's justified margin) and one that
 * starts where rt starts (the right column's left margin), two rows each
 * at least, and no line of the rows next to it crosses the gap; the word
 * spaces of justified lines never line up so at both edges of one gap.
 * lf is a column's line, eight ems or more (not a list marker or a
 * label). L[0..n) is the page, sorted by top; row is the index of a
 * fragment on the row. */
static bool narrow_gutter(const pdfl_line *L, size_t n, size_t row, const pdfl_line *lf, const pdfl_line *rt)
{
	const pdfl_line *a = &L[row];
	double size = a->size, tol = 0.05 * size, top = a->y0 - 8 * size, bottom = a->y1 + 8 * size;
	size_t k, lo, hi, ends = 0, starts = 0;
	if (lf->x1 - lf->x0 < 8 * size)
		return false;
	for (lo = row; lo > 0 && L[lo - 1].y0 > top; lo--)
		;
	for (hi = row; hi < n && L[hi].y0 < bottom; hi++)
		;
	for (k = lo; k < hi; k++) {
		const pdfl_line *o = &L[k];
		if (!o->text || o == lf || o == rt || fabs(o->y0 - a->y0) < 0.6 * size || fabs(o->size - size) > 0.1 * size)
			continue;
		/* a line of the rows next to it that crosses the gap: no gutter */
		if (o->x0 < lf->x1 - tol && o->x1 > rt->x0 + tol && fabs(o->y0 - a->y0) < 2 * size)
			return false;
		ends += fabs(o->x1 - lf->x1) < tol;
		starts += fabs(o->x0 - rt->x0) < tol;
	}
	return ends >= 2 && starts >= 2;
}

static bool justified_gap(const pdfl_line *L, size_t n, size_t row, const pdfl_line *lf, const pdfl_line *rt)
{
	const pdfl_line *a = &L[row];
	double size = a->size, tol = 0.5 * size, top = a->y0 - 4 * size, bottom = a->y1 + 4 * size;
	size_t k, lo, hi, m;
	for (lo = row; lo > 0 && L[lo - 1].y0 > top; lo--)
		;
	for (hi = row; hi < n && L[hi].y0 < bottom; hi++)
		;
	/* a line of another row that starts where rt does: rt opens a
	 * column, and the gap is its gutter (the row stands over a block as
	 * wide as the columns, which bridges it) */
	for (k = lo; k < hi; k++)
		if (L[k].text && fabs(L[k].y0 - a->y0) >= 0.6 * size && fabs(L[k].x0 - rt->x0) < tol)
			return false;
	/* nor is a gap that holds text of the row in another size (small
	 * capitals, a superscript): the ordinary joins close it first */
	for (k = lo; k < hi; k++)
		if (L[k].text && &L[k] != lf && &L[k] != rt && L[k].y0 < a->y1 && L[k].y1 > a->y0 &&
		    L[k].x1 > lf->x1 + 0.5 && L[k].x0 < rt->x0 - 0.5)
			return false;
	for (k = lo; k < hi; k++) {
		const pdfl_line *o = &L[k];
		bool left = false, right = false;
		if (!o->text || o == lf || o == rt || fabs(o->y0 - a->y0) < 0.6 * size ||
		    fabs(o->size - size) > 0.1 * size || o->x0 > lf->x1 - tol || o->x1 < rt->x0 + tol)
			continue;
		/* the row's fragments, from lf to rt and any beside them */
		for (m = lo; m < hi; m++) {
			const pdfl_line *f = &L[m];
			if (!f->text || fabs(f->y0 - a->y0) >= 0.6 * size || fabs(f->size - size) > 0.1 * size)
				continue;
			/* Convention pdf.justified_first_line_indent: a
			 * paragraph's first line starts up to three ems in
			 * from the margin that the full lines around it share,
			 * and still ends flush right */
			if (f->x0 > o->x0 - tol && f->x0 < o->x0 + 3 * size)
				left = true;
			if (fabs(f->x1 - o->x1) < tol)
				right = true;
		}
		if (left && right) {
#ifdef PDFL_TRACE
			fprintf(stderr, "justified gap |%s| |%s| over |%s|\n", lf->text, rt->text, o->text);
#endif
			return true;
		}
	}
	return false;
}

/* Convention pdf.baseline_row: a run in another font stands on the line's
 * baseline with a box of another height (Latin digits in a Thai or
 * Japanese title: "… 8 แห่ง", "2025年3月6日"; a Thai font's box is near
 * twice its size), so its box's top and bottom are not the line's, and
 * the font sizes the text layer reports may differ too. The boxes show
 * the baseline without the fonts' metrics this way: the shorter box lies
 * within the taller one's height and reaches its lower half, where the
 * baseline of any font stands, and it is no superscript: half the
 * other's height at least, its middle not above the other's by a tenth
 * of that height (a superscript's stands a fifth higher). A drop cap,
 * whose baseline is lines below the first line beside it, holds that
 * line in its upper part. The taller box is a script's whose fonts have
 * tall boxes (Indic, Thai, Hangul, Han, kana, and the mathematical
 * letters of a formula, Cambria Math's: it opens with a letter from
 * U+0900 on); Latin, Greek and Cyrillic lines of two sizes are left to
 * the tests below, which know their superscripts and small capitals. */
static bool tall_script(const pdfl_line *l)
{
	const char *p = l->text;
	while (*p) {
		uint32_t c = u8next(&p);
		if (g_unichar_isalpha(c))
			return c >= 0x0900;
	}
	return false;
}

static bool baseline_row(const pdfl_line *a, const pdfl_line *b)
{
	const pdfl_line *t = a->y1 - a->y0 >= b->y1 - b->y0 ? a : b, *s = t == a ? b : a;
	double ht = t->y1 - t->y0, hs = s->y1 - s->y0, slack = 0.1 * hs;
	return ht > 0 && hs >= 0.5 * ht && tall_script(t) && s->y0 >= t->y0 - slack && s->y1 <= t->y1 + slack &&
	       s->y1 >= t->y0 + 0.5 * ht && (s->y0 + s->y1) / 2 >= (t->y0 + t->y1) / 2 - 0.1 * ht;
}

/* Convention pdf.interleaved_runs: the text layer may give a row's runs
 * in two fonts as two lines over one another, which interleave: a
 * Japanese or Chinese date printed with Latin digits ("2025 3 6" and
 * "年 月 日" where the page shows "2025年3月6日", "令和 年" and "7"). The
 * words of the ideographs' line fill the gaps between the figures' words,
 * one a gap, and may stand before the first and after the last. Each
 * ideograph takes an em of its size, and a font's figures one width
 * alike (tabular figures), which the figures' line's width then gives;
 * the interleaving holds when it puts the ideographs' line where the page
 * has it, both its ends within a third of an em. The words touch: no
 * space between them. The joined text, or NULL. */
static size_t run_words(const char *s, const char **w, size_t *wl, size_t max)
{
	size_t m = 0;
	while (*s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		if (m == max)
			return 0;
		w[m] = s;
		while (*s && *s != ' ')
			s++;
		wl[m] = (size_t)(s - w[m]);
		m++;
	}
	return m;
}

static bool fullwidth_cp(uint32_t c)
{
	return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF5E);
}

static char *interleaved_text(const pdfl_line *x, const pdfl_line *y)
{
	enum { MAXW = 8 };
	const char *xw[MAXW], *yw[MAXW], *p;
	size_t xl[MAXW], yl[MAXW], nx, ny, k, digits = 0, ycps[MAXW], n = 0;
	int before, after;
	double em = y->size, tol = em / 3;
	char *t;
	nx = run_words(x->text, xw, xl, MAXW);
	ny = run_words(y->text, yw, yl, MAXW);
	if (!nx || !ny || em <= 0)
		return NULL;
	for (p = x->text; *p; p++)
		if (isdigit((unsigned char)*p))
			digits++;
		else if (*p != ' ')
			return NULL;
	for (k = 0; k < ny; k++) {
		const char *q = yw[k];
		ycps[k] = 0;
		while (q < yw[k] + yl[k]) {
			if (!fullwidth_cp(u8next(&q)))
				return NULL;
			ycps[k]++;
		}
	}
	for (before = 0; before <= 1; before++)
		for (after = 0; after <= 1; after++) {
			double inner = 0, w, at, y0, y1;
			if ((size_t)before + (nx - 1) + (size_t)after != ny)
				continue;
			for (k = 0; k + 1 < nx; k++)
				inner += (double)ycps[before + k] * em;
			w = (x->x1 - x->x0 - inner) / (double)digits;
			if (w <= 0.2 * em || w > 1.1 * em)
				continue;
			/* where the ideographs' line would start and end */
			at = x->x0 + (double)xl[0] * w;
			y0 = before ? x->x0 - (double)ycps[0] * em : at;
			y1 = after ? x->x1 + (double)ycps[ny - 1] * em : x->x1 - (double)xl[nx - 1] * w;
			if (fabs(y0 - y->x0) > tol || fabs(y1 - y->x1) > tol)
				continue;
			t = malloc(x->len + y->len + 1);
			if (!t)
				return NULL;
			if (before) {
				memcpy(t + n, yw[0], yl[0]);
				n += yl[0];
			}
			for (k = 0; k < nx; k++) {
				memcpy(t + n, xw[k], xl[k]);
				n += xl[k];
				if (k + 1 < nx || after) {
					memcpy(t + n, yw[before + k], yl[before + k]);
					n += yl[before + k];
				}
			}
			t[n] = '\0';
			return t;
		}
	return NULL;
}

/* Fragments of one visual line that the text layer keeps apart (a bullet
 * and its item, a word placed on its own, the words of a justified line)
 * are put back together, so that the cut below never reads the markers of
 * a list before its items, nor a line's words as columns. */
/* Convention pdf.row_opens_with_mark: a fragment of a row whose text
 * opens with a combining mark that stands after or over its letter (a
 * Sinhala or Tamil vowel sign, a virama) cannot open a word: it goes on
 * from the fragment on its left, whatever the gap (fonts that map some
 * glyphs to nothing leave one a word wide). Signs drawn before their
 * consonant (Tamil "ே", Sinhala "ෙ", Devanagari "ि": a left part, in the
 * Unicode Indic positional categories) open a syllable in visual order,
 * so they prove nothing and are left out. */
static bool prebase_sign(uint32_t c)
{
	static const uint32_t left[] = {0x093F, 0x094E, 0x09BF, 0x09C7, 0x09C8, 0x09CB, 0x09CC, 0x0A3F, 0x0ABF,
	                                0x0B47, 0x0B48, 0x0B4B, 0x0B4C, 0x0BC6, 0x0BC7, 0x0BC8, 0x0BCA, 0x0BCB,
	                                0x0BCC, 0x0D46, 0x0D47, 0x0D48, 0x0D4A, 0x0D4B, 0x0D4C, 0x0DD9, 0x0DDA,
	                                0x0DDB, 0x0DDC, 0x0DDD, 0x0DDE, 0x1031, 0x1084, 0x17BE, 0x17BF, 0x17C0,
	                                0x17C1, 0x17C2, 0x17C3, 0x17C4, 0x17C5};
	size_t k;
	for (k = 0; k < sizeof left / sizeof *left; k++)
		if (left[k] == c)
			return true;
	return false;
}

static bool opens_with_trailing_mark(const pdfl_line *l)
{
	const char *q = l->text;
	uint32_t c = q ? u8next(&q) : 0;
	return c && g_unichar_ismark(c) && !prebase_sign(c);
}

/* Convention pdf.cjk_ideographic_space: Chinese and Japanese titles and
 * lines part their phrases with the ideographic space (U+3000,
 * "優惠　每趟"), one em wide, which poppler drops, and the text layer
 * then gives the words after it apart, past a gap of an em between two
 * ideographs or kana: one line with a space in it, not two things side
 * by side, whose gutter is wider. */
static bool ideographic_space(const pdfl_line *lf, const pdfl_line *rt, double gap)
{
	double size = lf->size > rt->size ? lf->size : rt->size;
	return lf->len && rt->len && size > 0 && gap > 0 && gap < 1.15 * size && fabs(lf->size - rt->size) < 0.1 * size &&
	       fullwidth_cp(last_cp(lf->text, lf->len)) &&
	       fullwidth_cp(g_utf8_get_char_validated(rt->text, (gssize)rt->len));
}

/* Convention layout.skewed_baseline: on a page turned back straight
 * (deskew_page), the text layer broke each line where its glyphs had
 * climbed too far from the line's start, at any of its word gaps, and a
 * justified line's gaps stretch past an em: the gap between two
 * fragments of one row is a word space when it is no wider than twice
 * the wider of their word gaps (read_page's measure; 0.6 em at least,
 * a fragment of one word has none) and two and a half ems. A gutter between columns is wider than the words' spaces. */
static bool skewed_word_gap(const pdfl_page *p, const pdfl_line *lf, const pdfl_line *rt, double gap)
{
	double size = lf->size < rt->size ? lf->size : rt->size;
	double wg = lf->word_gap > rt->word_gap ? lf->word_gap : rt->word_gap;
	if (wg < 0.6)
		wg = 0.6; /* a fragment of one word measured none */
	return p->skew != 0 && size > 0 && gap > 0 && gap < 2.5 * size && gap <= 2 * wg * size + 0.1 * size &&
	       fabs(lf->size - rt->size) < 0.15 * size;
}

/* Convention layout.skewed_baseline, a row given word by word: an OCR
 * layer places each word by itself, and on a page turned back straight
 * the text layer gives a justified line's words as fragments of one
 * word each. A one-letter word among them ("7" of a date, "a", the "t"
 * the reader split off a word's end) is not a list marker when the row
 * goes on to its left within a word space: a marker opens its line. */
static bool skewed_row_goes_on_left(const pdfl_page *p, const pdfl_line *L, size_t n, size_t row,
                                    const pdfl_line *lf)
{
	const pdfl_line *a = &L[row];
	size_t k;
	if (p->skew == 0 || !(lf->size > 0))
		return false;
	for (k = row; k > 0 && L[k - 1].y0 > a->y0 - 2 * a->size; k--)
		;
	for (; k < n && L[k].y0 < a->y0 + 2 * a->size; k++) {
		const pdfl_line *o = &L[k];
		if (!o->text || o == lf || o->x1 > lf->x0 + 0.5 || lf->x0 - o->x1 > 2.5 * lf->size)
			continue;
		if (baseline_row(lf, o) || (o->y0 < lf->y1 && o->y1 > lf->y0 &&
		                            fabs((o->y0 + o->y1) - (lf->y0 + lf->y1)) < 0.6 * lf->size))
			return true;
	}
	return false;
}

/* The page's lines left without text (joined into another) taken out;
 * the slots left at the end of the page are dropped by pdfl_analyse. */
static void drop_joined_lines(pdfl_page *p, pdfl_line *L)
{
	size_t i, w;
	for (i = 0, w = 0; i < p->n; i++)
		if (L[i].text)
			L[w++] = L[i];
	for (i = w; i < p->n; i++)
		L[i].text = NULL;
	p->n = w;
}

static bool merge_row_fragments_once(pdfl_doc *d, pdfl_page *p)
{
	bool merged = false;
	pdfl_line *L;
	size_t i, j;
	if (p->n < 2)
		return false;
	L = pdfl_page_lines(d, p);
	if (p->n > 1)
		qsort(L, p->n, sizeof *L, cmp_top);
	for (i = 0; i < p->n; i++) {
		pdfl_line *a = &L[i];
		int spread = -1; /* evenly_spread_row, once asked */
		if (!a->text)
			continue;
		for (j = i + 1; j < p->n && L[j].y0 - a->y0 < 0.6 * a->size; j++) {
			pdfl_line *b = &L[j];
			const pdfl_line *lf, *rt;
			double gap, tol = 0.3 * a->size;
			bool sup, base, space, mark, note, wide, just, sign;
			char *t;
			if (!b->text || a->rtl || b->rtl)
				continue;
			lf = b->x0 < a->x0 ? b : a;
			rt = lf == a ? b : a;
			gap = rt->x0 - lf->x1;
			base = baseline_row(a, b);
			sup = !base && (superscript_of(lf, rt) || superscript_of(rt, lf));
			/* a fragment of the row stands between the two: it joins
			 * them first, or the words would be put out of order */
			if (base && gap > 0 && gap_holds_text(L, p->n, i, lf, rt, true))
				continue;
			if (!sup && gap > 0 && gap_holds_note_mark(L, p->n, i, lf, rt))
				continue;
			if (!sup && !base && (fabs(b->y1 - a->y1) > tol || b->y0 - a->y0 > 0.3 * a->size))
				continue;
			if (gap < -0.5 && ((t = interleaved_text(lf, rt)) != NULL || (t = interleaved_text(rt, lf)) != NULL)) {
				/* pdf.interleaved_runs: one line of both */
				if (b->y0 < a->y0)
					a->y0 = b->y0;
				if (b->y1 > a->y1)
					a->y1 = b->y1;
				a->bold = (a->bold * (double)a->len + b->bold * (double)b->len) / (double)(a->len + b->len);
				a->bold_open = 0; /* runs interleaved: where bold ends is not known */
				a->x0 = lf->x0;
				a->x1 = rt->x1 > lf->x1 ? rt->x1 : lf->x1;
				a->ncut = 0;
				free(a->text);
				a->text = t;
				a->len = strlen(t);
				a->char_w = (a->x1 - a->x0 > 0 ? a->x1 - a->x0 : 1) / (double)(a->len ? a->len : 1);
				free(b->text);
				b->text = NULL;
				j = i;
				continue;
			}
			mark = (marker_only(lf) || lf->len == 1) && gap > 0.8 * lf->size && gap < 4 * a->size &&
			       !(skewed_word_gap(p, lf, rt, gap) && skewed_row_goes_on_left(p, L, p->n, i, lf));
			sign = base && gap > 0 && gap < 2.5 * a->size && opens_with_trailing_mark(rt);
			wide = !(gap < 1.0 * a->size || mark || sign || ideographic_space(lf, rt, gap) ||
			         skewed_word_gap(p, lf, rt, gap));
			if (wide && gap < 5 * a->size && justified_gap(L, p->n, i, lf, rt))
				wide = false;
			if (wide && gap < 2 * a->size && ends_with_note_mark(lf) && stretched_word_space(rt, gap))
				wide = false;
			if (wide && gap < 3 * a->size) {
				if (spread < 0)
					spread = evenly_spread_row(L, p->n, i);
				wide = !spread || gap_holds_text(L, p->n, i, lf, rt, false);
			}
			if (!wide && !mark && gap > 0.6 * a->size && gap < 5 * a->size && narrow_gutter(L, p->n, i, lf, rt))
				wide = true;
			just = !wide && gap >= 1.0 * a->size && !mark; /* a justified line's wide gap */
			if ((gap < -0.5 && !punctuation_kerned(lf, rt, gap)) || wide)
				continue;
			if (!sup && !base && fabs(a->size - b->size) > 0.25 * a->size && !marker_only(lf))
				continue;
			/* glyphs that touch are one word: a fragment boundary inside
			 * a word (a link, a change of font) adds no space, and a
			 * superscript ordinal or note mark stays with its word */
			space = gap > 0.12 * (lf->size < rt->size ? lf->size : rt->size) && !(sup && gap < 0.3 * a->size);
			/* a raised number after its word may be a note's, as
			 * read_page marks those it reads within a line */
			note = sup && !space && superscript_of(rt, lf) && digits_only(rt->text);
			t = malloc(a->len + b->len + 3);
			if (!t) {
				d->oom = true;
				return false;
			}
			memcpy(t, lf->text, lf->len);
			if (space)
				t[lf->len] = mark ? '\t' : ' '; /* a marker set apart, as read_page marks it */
			if (note)
				t[lf->len] = PDFL_NOTE_MARK;
			memcpy(t + lf->len + (space || note ? 1 : 0), rt->text, rt->len + 1);
			/* Convention pdf.justified_first_word, on a line that the
			 * text layer gave in fragments: read_page saw the gap after
			 * a one-letter first word ("Ο", "a", "y") alone, as wide as
			 * a marker's tab; the row's other gaps, wide enough to be
			 * joined here only as a justified line's, show it was a word
			 * space stretched like them */
			/* layout.skewed_baseline, a row given word by word: the
			 * fragment on the right opened with a one-letter word that
			 * read_page took for a list marker (its tab); joined to the
			 * row's words on its left it opens no line, and the tab is
			 * a word space */
			if (p->skew != 0) {
				size_t off = lf->len + (space || note ? 1 : 0), k;
				for (k = 0; k < 5 && k < rt->len; k++)
					if (t[off + k] == '\t') {
						t[off + k] = ' ';
						break;
					}
			}
			if (just) {
				const char *q = t;
				uint32_t c0 = u8next(&q);
				if (*q == '\t' && g_unichar_isalpha(c0))
					t[q - t] = ' ';
			}
			if (!sup && b->len > a->len)
				a->size = b->size;
			else if (sup && b->size > a->size)
				a->size = b->size;
			/* layout.word_space_stretch: the gap between the fragments
			 * is one of the line's word spaces */
			{
				double sum = a->word_gap * a->spaces + b->word_gap * b->spaces;
				a->spaces += b->spaces;
				/* layout.skewed_baseline, a row given word by word: on
				 * a page turned back straight, fragments of one word
				 * each measure the row's spaces as they join */
				if (space && !mark && (a->spaces || p->skew != 0) && gap < 2 * a->size) {
					sum += gap / a->size;
					a->spaces++;
				}
				a->word_gap = a->spaces ? sum / a->spaces : 0;
			}
			a->bold = (a->bold * (double)a->len + b->bold * (double)b->len) / (double)(a->len + b->len);
			a->char_w = ((rt->x1 - lf->x0) > 0 ? (rt->x1 - lf->x0) : 1) / (double)(a->len + b->len);
			if (lf == b) {
				a->first_w = b->first_w;
				a->bold_open = b->bold_open;
			}
			if (b->y0 < a->y0 && !(sup && b->size < a->size))
				a->y0 = b->y0;
			if (b->y1 > a->y1 && !(sup && b->size < a->size))
				a->y1 = b->y1;
			if (sup && b->size > a->size) {
				a->y0 = b->y0;
				a->y1 = b->y1;
			}
			/* pdf.table_cells: the joined line keeps both fragments'
			 * wide gaps, and the one between them */
			{
				size_t c0 = d->ncuts, k, off = lf->len + (space || note ? 1 : 0);
				bool ok = true;
				for (k = 0; k < lf->ncut && ok; k++)
					ok = push_cut(d, d->cuts[lf->cut0 + k].at, d->cuts[lf->cut0 + k].x1,
					              d->cuts[lf->cut0 + k].x0);
				if (ok && space && !mark && !sign && gap >= (lf->size > rt->size ? lf->size : rt->size))
					ok = push_cut(d, lf->len, lf->x1, rt->x0);
				for (k = 0; k < rt->ncut && ok; k++)
					ok = push_cut(d, d->cuts[rt->cut0 + k].at + off, d->cuts[rt->cut0 + k].x1,
					              d->cuts[rt->cut0 + k].x0);
				if (!ok) {
					free(t);
					return false;
				}
				a->cut0 = c0;
				a->ncut = d->ncuts - c0;
			}
			a->x0 = lf->x0;
			a->x1 = rt->x1;
			free(a->text);
			a->text = t;
			a->len += b->len + (space || note ? 1 : 0);
			free(b->text);
			b->text = NULL;
			merged = true;
			j = i; /* the merged line may take the next fragment too */
		}
	}
	drop_joined_lines(p, L);
	return merged;
}

/* Convention layout.skewed_baseline: on a page turned back straight a
 * row given word by word joins from its right end as well as its
 * left: a fragment passed over before its right neighbour had joined
 * the rest of the row, and so measured the row's stretched spaces, is
 * tried again (three passes at most). */
static void merge_row_fragments(pdfl_doc *d, pdfl_page *p)
{
	int pass = 0;
	while (merge_row_fragments_once(d, p) && p->skew != 0 && !d->oom && ++pass < 3)
		;
}

static size_t word_count(const char *s);
static bool figures_only(const char *t);

/* A label of a key/value table: a few words (four at most, twelve ems
 * at most: "Venue:", "Date and time", "参加予定人数："), no sentence's
 * end, not the lower-case continuation of a wrapped line. */
static bool kv_label(const pdfl_line *l)
{
	uint32_t last = last_cp(l->text, l->len);
	const char *p = l->text;
	if (l->rtl || l->size <= 0 || l->x1 - l->x0 > 12 * l->size || word_count(l->text) > 4)
		return false;
	if (last == '.' || last == '!' || last == '?' || last == 0x3002 || last == ',' || last == ';')
		return false;
	return !lower_cp(u8next(&p));
}

static bool kv_colon(const pdfl_line *l)
{
	uint32_t last = last_cp(l->text, l->len);
	return last == ':' || last == 0xFF1A;
}

/* The line of row i's band (tops within half a line of L[i]'s) that
 * stands right of L[i] apart from it by a gutter (an em or more, which
 * merge_row_fragments leaves apart), in the same type; SIZE_MAX when
 * there is none, or when the band holds a third line (a grid of three
 * columns is find_tables'), or one left of L[i]. L is sorted by top. */
static size_t kv_value_of(const pdfl_line *L, size_t n, size_t i)
{
	size_t j, k, found = SIZE_MAX;
	const pdfl_line *a = &L[i];
	for (k = i; k > 0 && a->y0 - L[k - 1].y0 < 0.5 * a->size; k--)
		;
	for (j = k; j < n && L[j].y0 - a->y0 < 0.5 * a->size; j++) {
		const pdfl_line *b = &L[j];
		if (j == i || !b->text)
			continue;
		if (found != SIZE_MAX || b->rtl || b->x0 < a->x1 + 0.8 * a->size ||
		    fabs(b->size - a->size) > 0.15 * (a->size > b->size ? a->size : b->size))
			return SIZE_MAX;
		found = j;
	}
	return found;
}

/*
 * Convention layout.key_value_rows: a table of facts set as labels in
 * one column and their values in another ("Date:" | "14 June 2025",
 * "Venue:" | "Harbour Hall", "開催地：" | "ソラシティ ...") is read row by
 * row, each label with its value, as the word processor's tab-stop line
 * it usually is reads: "Date: 14 June 2025". The XY cut would otherwise
 * see a gutter down the rows and read every label, then every value.
 * A row is a label (kv_label) and one line right of it with the same top
 * (within half a line), nothing else beside them; rows follow one
 * another with their labels flush, their values flush, and only lines of
 * the value column (a value's wrapped lines) between them. Two rows are
 * a table when every label ends with a colon; without colons it takes
 * three, with labels of unequal lengths (their ends two ems apart or
 * more) set bold beside values that are not: lines of two prose columns
 * share their tops too, but they fill their column, and a list of names
 * set in two columns is in one type. A table of figures (every value a number) is left to
 * find_tables. Each label is joined to its value's first line with a
 * space; the value's other lines stay where they are, below.
 */
static void join_key_value_rows(pdfl_doc *d, pdfl_page *p)
{
	pdfl_line *L = pdfl_page_lines(d, p);
	size_t n = p->n, i, w, *row, *val, nr = 0, r, s;
	if (n < 4)
		return;
	row = malloc(n * sizeof *row);
	val = malloc(n * sizeof *val);
	if (!row || !val) {
		free(row);
		free(val);
		d->oom = true;
		return;
	}
	for (i = 0; i < n; i++) {
		size_t v;
		if (!L[i].text || !kv_label(&L[i]))
			continue;
		v = kv_value_of(L, n, i);
		if (v == SIZE_MAX || (nr && val[nr - 1] == v))
			continue;
		row[nr] = i;
		val[nr++] = v;
	}
	for (r = 0; r < nr; r = s) {
		const pdfl_line *a = &L[row[r]], *v = &L[val[r]];
		double em = a->size, lo = a->x1, hi = a->x1;
		bool colons = kv_colon(a), figures = figures_only(v->text), weighted = a->bold > 0.5 && v->bold < 0.5;
		size_t k;
		for (s = r + 1; s < nr; s++) {
			const pdfl_line *a2 = &L[row[s]], *v2 = &L[val[s]];
			double bottom = L[val[s - 1]].y1;
			bool ok = fabs(a2->x0 - a->x0) < 0.5 * em && fabs(v2->x0 - v->x0) < 0.5 * em;
			/* between two rows: the wrapped lines of the value above */
			for (k = val[s - 1] + 1; k < n && ok && L[k].y0 < a2->y0 - 0.5 * em; k++) {
				if (k == row[s] || k == val[s] || k == row[s - 1] || !L[k].text)
					continue;
				if (L[k].y0 < L[val[s - 1]].y0 + 0.5 * em)
					ok = false;
				else if (L[k].x0 < v->x0 - 0.5 * em || L[k].y0 - bottom > 1.5 * em)
					ok = false;
				else if (L[k].y1 > bottom)
					bottom = L[k].y1;
			}
			if (!ok || a2->y0 - bottom > 1.5 * em || a2->y0 <= L[row[s - 1]].y1 - 0.5 * em)
				break;
			colons = colons && kv_colon(a2);
			weighted = weighted && a2->bold > 0.5 && v2->bold < 0.5;
			figures = figures && figures_only(v2->text);
			if (a2->x1 < lo)
				lo = a2->x1;
			if (a2->x1 > hi)
				hi = a2->x1;
		}
		if (figures || (!(s - r >= 2 && colons) && !(s - r >= 3 && hi - lo >= 2 * em && weighted)))
			continue;
		for (k = r; k < s; k++) {
			pdfl_line *lb = &L[row[k]], *vl = &L[val[k]];
			char *t = malloc(lb->len + vl->len + 2);
			if (!t) {
				d->oom = true;
				break;
			}
			memcpy(t, lb->text, lb->len);
			t[lb->len] = ' ';
			memcpy(t + lb->len + 1, vl->text, vl->len + 1);
			lb->word_gap = 0; /* a label and its value: no line of prose */
			lb->spaces = 0;
			lb->bold = (lb->bold * (double)lb->len + vl->bold * (double)vl->len) / (double)(lb->len + vl->len);
			lb->char_w = (lb->char_w * (double)lb->len + vl->char_w * (double)vl->len) /
			             (double)(lb->len + vl->len);
			if (vl->size > lb->size)
				lb->size = vl->size;
			if (vl->y0 < lb->y0)
				lb->y0 = vl->y0;
			if (vl->y1 > lb->y1)
				lb->y1 = vl->y1;
			lb->x1 = vl->x1;
			free(lb->text);
			lb->text = t;
			lb->len += vl->len + 1;
			lb->kv_row = true;
			free(vl->text);
			vl->text = NULL;
		}
	}
	free(row);
	free(val);
	for (i = 0, w = 0; i < n; i++)
		if (L[i].text)
			L[w++] = L[i];
	for (i = w; i < n; i++)
		L[i].text = NULL;
	p->n = w;
}

/* Convention layout.float_margin: text flowing around a box floated
 * beside it (a sidebar, a contact box) keeps the narrower measure for as
 * long as the box's frame, padding and margin reach down, a line or so
 * below the box's last line of text. The XY cut reads the text beside the
 * box (column N), the box (S) and the text under both (W, wider, one of
 * its edges with N's); W's first lines that still end within N's measure,
 * above the box's reach, wrapped at the float's edge: they are lines of N
 * (read with it, before the box, measured by its margin), else the first
 * would look ended short of W's wide margin and split its paragraph, or
 * be read apart from the lines of N it goes on from. */
static bool side_by_side(const pdfl_line *L, const size_t *a, size_t na, const size_t *b, size_t nb)
{
	double a0 = 1e9, a1 = -1e9, b0 = 1e9, b1 = -1e9;
	size_t i;
	for (i = 0; i < na; i++) {
		a0 = fmin(a0, L[a[i]].y0);
		a1 = fmax(a1, L[a[i]].y1);
	}
	for (i = 0; i < nb; i++) {
		b0 = fmin(b0, L[b[i]].y0);
		b1 = fmax(b1, L[b[i]].y1);
	}
	return a0 < b1 && b0 < a1 && (L[b[0]].cx0 >= L[a[0]].cx1 || L[b[0]].cx1 <= L[a[0]].cx0);
}

static size_t group_end(const pdfl_line *L, const size_t *out, size_t n, size_t i)
{
	size_t j;
	for (j = i + 1; j < n && fabs(L[out[j]].cx0 - L[out[i]].cx0) < 0.5 && fabs(L[out[j]].cx1 - L[out[i]].cx1) < 0.5;
	     j++)
		;
	return j;
}

static void float_margin_lines(pdfl_line *L, size_t *out, size_t n)
{
	size_t g1, g2, g3, e3, i, m;
	for (g1 = 0; g1 < n; g1 = g2) {
		size_t *N, *S, nn, ns;
		double nx0, nx1, wx0, wx1, sbottom = -1e9, ssize, bottom = -1e9;
		g2 = group_end(L, out, n, g1);
		if (g2 >= n)
			break;
		g3 = group_end(L, out, n, g2);
		if (g3 >= n || !side_by_side(L, out + g1, g2 - g1, out + g2, g3 - g2))
			continue;
		e3 = group_end(L, out, n, g3);
		wx0 = L[out[g3]].cx0;
		wx1 = L[out[g3]].cx1;
		/* N is the group that shares an edge with W; S stands where W
		 * reaches beyond N, and is narrower than N */
		if (L[out[g1]].cx1 - L[out[g1]].cx0 > L[out[g2]].cx1 - L[out[g2]].cx0) {
			N = out + g1, nn = g2 - g1, S = out + g2, ns = g3 - g2;
		} else {
			N = out + g2, nn = g3 - g2, S = out + g1, ns = g2 - g1;
		}
		nx0 = L[N[0]].cx0;
		nx1 = L[N[0]].cx1;
		ssize = L[S[0]].size;
		/* N is running text (15 ems wide at least), not a table's
		 * column of figures over its total */
		if (nx1 - nx0 < 15 * L[N[0]].size)
			continue;
		/* Convention layout.equal_columns_not_float: two groups of one
		 * measure side by side (within two ems: LaTeX's multicols and
		 * \twocolumn, a word processor's even columns) are the page's
		 * columns, not text and a box floated beside it, which is
		 * narrower: the full-width part under them (an About heading
		 * that ends within the first column's measure, then its text)
		 * is read after both columns, not drawn into the first. Lines
		 * under the second column, read after both anyway, still take
		 * its measure (a column that runs on below the other's end) */
		if (N == out + g1 && fabs((L[S[0]].cx1 - L[S[0]].cx0) - (nx1 - nx0)) < 2 * L[N[0]].size)
			continue;
		if (!(fabs(wx0 - nx0) < ssize && wx1 > nx1 + ssize && wx1 > L[S[0]].cx0) &&
		    !(fabs(wx1 - nx1) < ssize && wx0 < nx0 - ssize && wx0 < L[S[0]].cx1))
			continue;
		for (i = 0; i < ns; i++)
			sbottom = fmax(sbottom, L[S[i]].y1);
		for (i = 0; i < nn; i++)
			bottom = fmax(bottom, L[N[i]].y1);
		/* W's top lines under N, within N's measure, above the box's
		 * reach (two lines of the box's type under its text) */
		for (m = g3; m < e3; m++) {
			pdfl_line *l = &L[out[m]];
			if (l->y0 < bottom - 0.3 * l->size || l->y0 - bottom > 2 * l->size || l->y0 > sbottom + 2 * ssize ||
			    l->x0 < nx0 - 0.5 * l->size || l->x1 > nx1 + 0.5 * l->size)
				break;
			l->cx0 = nx0;
			l->cx1 = nx1;
			bottom = l->y1;
		}
		if (m == g3)
			continue;
		/* read them right after N: N, S, W becomes N, W's top, S */
		if (N == out + g1) {
			size_t k = m - g3, *tmp = malloc(k * sizeof *tmp);
			if (!tmp)
				return; /* left as the cut read them */
			memcpy(tmp, out + g3, k * sizeof *tmp);
			memmove(out + g2 + k, out + g2, (g3 - g2) * sizeof *out);
			memcpy(out + g2, tmp, k * sizeof *tmp);
			free(tmp);
		}
		g2 = m; /* go on from W's rest */
	}
}

/* Convention layout.head_line_column: a line the XY cut read as a
 * column of its own, alone (a byline or a date line whose band the top
 * of a box floated beside the text shares: the cut parts the band from
 * the text under it, then the line from the box), that stands right
 * over the column read next, at its left edge, is that column's first
 * line, and is measured by its margins: by its own extent it would look
 * a full line that the column's first line goes on from. */
static void reverse_idx(size_t *v, size_t n)
{
	size_t a, t;
	for (a = 0; a < n / 2; a++) {
		t = v[a];
		v[a] = v[n - 1 - a];
		v[n - 1 - a] = t;
	}
}

static void head_line_column(pdfl_line *L, size_t *out, size_t n)
{
	size_t i, k;
	for (i = 0; i + 1 < n; i++) {
		pdfl_line *l = &L[out[i]];
		const pdfl_line *m = NULL;
		double gap;
		if ((i && fabs(L[out[i - 1]].cx0 - l->cx0) < 0.5 && fabs(L[out[i - 1]].cx1 - l->cx1) < 0.5) ||
		    group_end(L, out, n, i) != i + 1 || l->rtl)
			continue;
		/* the next line read under it (the box's lines beside it may
		 * be read first) */
		for (k = i + 1; k < n && k < i + 64 && !m; k++)
			if (L[out[k]].x0 < l->x1 && L[out[k]].x1 > l->x0)
				m = &L[out[k]];
		if (!m || m->rtl)
			continue;
		gap = m->y0 - l->y1;
		if (fabs(m->cx0 - l->cx0) < 0.5 * l->size && m->cx1 > l->cx1 + 2 * l->size && gap > -0.2 * l->size &&
		    gap < 1.5 * l->size && fabs(m->size - l->size) < 0.1 * l->size) {
			size_t mk = k - 1, j, ge;
			l->cx0 = m->cx0;
			l->cx1 = m->cx1;
			/* the box's top read between them, wholly beside the
			 * column: read after the column, with the rest of the
			 * box (layout.side_box_deferred takes it from there) */
			for (j = i + 1; j < mk; j++)
				if (L[out[j]].x0 < m->cx1 - 0.5 && L[out[j]].x1 > m->cx0 + 0.5)
					break;
			if (j < mk)
				continue;
			ge = group_end(L, out, n, mk);
			reverse_idx(out + i + 1, mk - i - 1);
			reverse_idx(out + mk, ge - mk);
			reverse_idx(out + i + 1, ge - i - 1);
		}
	}
}

/* Convention layout.rotated_margin_line: a line set running up or down
 * the page (an arXiv stamp, a "PRESS RELEASE" label along the margin, a
 * printer's code): one line of type thick (its box no wider than one
 * and a half of its size) and several times taller than wide and than
 * its type. A column of figures gathered into one fragment is wider
 * than that. It stands beside the columns over their whole height, so
 * cutting the page around it would find no gutter and read the columns
 * across; it is set apart, a label of the page's margin (furniture). */
static bool running_up(const pdfl_line *l)
{
	double h = l->y1 - l->y0, w = l->x1 - l->x0;
	return w <= 1.5 * l->size && h > 3 * w && h > 3 * l->size;
}

/* Convention layout.skewed_baseline: a page scanned askew and given an
 * OCR text layer (ocrmypdf, Acrobat's "Recognize text", FineReader, a
 * scanner's software) has its invisible words placed where the image
 * shows them, so every line of the page climbs or falls by one slope (a
 * degree turns a line of 16 cm by 3 mm, a fifth of a line's leading):
 * the text layer breaks each line into fragments at different heights,
 * the right one nearer the line above, and a paragraph's left edge
 * leans. When the page's long lines (15 bytes and 8 ems or more, three
 * or more) share one slope between 0.2 and 5 degrees (two thirds of
 * them within a tenth of a degree, or a third of it, of their median), the
 * page's lines are turned back about its centre by that slope, as the
 * OCR path straightens an image before reading it: the fragments of a
 * line come level again and join (merge_row_fragments), and its
 * paragraphs' edges stand straight for the indent and spacing rules. A
 * born-digital page's lines are level (slope 0) and stay as they are. */
#define SKEW_MIN 0.0035 /* tan 0.2 degrees */
#define SKEW_MAX 0.0875 /* tan 5 degrees */

/* Convention layout.skewed_baseline.width_vote: the long lines vote
 * for the page's slope by their width, not one line one vote. An OCR
 * layer fits each line's baseline to the words it found, and places a
 * word's glyphs level on it: a short line (a paragraph's last, a
 * heading, a contact's number, a one-word fragment) comes level or at a
 * slope of its own as often as at the page's, while the full lines of
 * the paragraphs, which cross the page, show its turn. A third of the
 * page's long lines may be short ones that do not agree (a page of short
 * paragraphs, a dateline the layer gave word by word) while four fifths
 * of the width of its lines lean together. */
typedef struct {
	double slope, w;
} skew_vote;

static int cmp_skew_vote(const void *a, const void *b)
{
	double x = ((const skew_vote *)a)->slope, y = ((const skew_vote *)b)->slope;
	return (x > y) - (x < y);
}

/* The page's common slope, or 0. */
double pdfl_page_skew(const pdfl_line *L, size_t n)
{
	skew_vote *v;
	double s = 0, tol, total = 0, acc = 0, agree = 0;
	size_t i, m = 0;
	if (n < 3 || !(v = malloc(n * sizeof *v)))
		return 0;
	for (i = 0; i < n; i++)
		if (L[i].text && L[i].len >= 15 && L[i].size > 0 && L[i].x1 - L[i].x0 >= 8 * L[i].size) {
			v[m].slope = L[i].slope;
			v[m].w = L[i].x1 - L[i].x0;
			total += v[m++].w;
		}
	if (m < 3) {
		free(v);
		return 0;
	}
	/* the median by width */
	qsort(v, m, sizeof *v, cmp_skew_vote);
	for (i = 0; i < m; i++) {
		acc += v[i].w;
		if (2 * acc >= total) {
			s = v[i].slope;
			break;
		}
	}
	tol = fabs(s) / 3 > 0.00175 ? fabs(s) / 3 : 0.00175;
	for (i = 0; i < m; i++)
		if (fabs(v[i].slope - s) <= tol)
			agree += v[i].w;
	free(v);
	return fabs(s) >= SKEW_MIN && fabs(s) <= SKEW_MAX && 3 * agree >= 2 * total ? s : 0;
}

/* Convention layout.ocr_layer_size: an OCR text layer gives each line
 * (Tesseract's renderer, which ocrmypdf and scanner programs use) the
 * font size that fits its words' boxes, and those boxes' heights go with
 * the letters (ascenders, descenders, a capital) and the grain: lines of
 * one paragraph come in sizes a tenth apart, which a born-digital page
 * would only show at a change of type. On such a page (turned back
 * straight by deskew_page, or written in Tesseract's invisible
 * GlyphLessFont) a line within an eighth of the size most of the page's
 * long lines have takes that size. */
bool pdfl_glyphless_page(const pdfl_line *L, size_t n)
{
	size_t i, g = 0, all = 0;
	for (i = 0; i < n; i++) {
		if (!L[i].text)
			continue;
		all += L[i].len;
		if (L[i].font && strstr(L[i].font, "GlyphLessFont"))
			g += L[i].len;
	}
	return all && 2 * g > all;
}

static void even_ocr_sizes(pdfl_line *L, size_t n)
{
	double *v, med;
	size_t i, m = 0;
	if (n < 3 || !(v = malloc(n * sizeof *v)))
		return;
	for (i = 0; i < n; i++)
		if (L[i].text && L[i].len >= 15 && L[i].size > 0)
			v[m++] = L[i].size;
	if (m < 3) {
		free(v);
		return;
	}
	med = quantile(v, m, 0.5);
	free(v);
	for (i = 0; i < n; i++)
		if (L[i].text && fabs(L[i].size - med) <= 0.125 * med)
			L[i].size = med;
}

static void deskew_page(pdfl_doc *d, pdfl_page *p)
{
	pdfl_line *L = pdfl_page_lines(d, p);
	double s = pdfl_page_skew(L, p->n), xc = p->w / 2, yc = p->h / 2;
	size_t i, k;
	p->skew = s;
	if (s != 0 || pdfl_glyphless_page(L, p->n))
		even_ocr_sizes(L, p->n);
	if (s == 0)
		return;
	for (i = 0; i < p->n; i++) {
		pdfl_line *l = &L[i];
		double cx = (l->x0 + l->x1) / 2, cy = (l->y0 + l->y1) / 2, hw = (l->x1 - l->x0) / 2;
		/* the box held the glyphs' rise along the line: what is left is
		 * the height of the type */
		double hh = ((l->y1 - l->y0) - fabs(l->slope) * (l->x1 - l->x0)) / 2;
		double dx = s * (cy - yc), ny = yc + (cy - yc) - s * (cx - xc);
		if (!(hh > 0.35 * l->size))
			hh = 0.35 * l->size;
		if (hh > (l->y1 - l->y0) / 2)
			hh = (l->y1 - l->y0) / 2;
		l->x0 = cx + dx - hw;
		l->x1 = cx + dx + hw;
		l->y0 = ny - hh;
		l->y1 = ny + hh;
		l->slope -= s;
		for (k = 0; k < l->ncut && l->cut0 + k < d->ncuts; k++) {
			d->cuts[l->cut0 + k].x0 += dx;
			d->cuts[l->cut0 + k].x1 += dx;
		}
	}
}

/* Convention layout.drop_cap: a drop cap - a paragraph's first letter
 * (or two) set at least twice the size of its text, sunk over its first
 * lines at the left - comes out of the text layer as a line of its own,
 * and the lines set in beside it look indented. Its box ends left of
 * where those lines start, and the first of them stands at its top: the
 * letter opens that line's first word with no space ("S" + "AINT-ÉVRARD"),
 * and the lines beside it start where the letter does, so that they read
 * as one paragraph with the lines under it. A big letter with no line
 * starting right of it at its top (a section's letter, a logo's initial,
 * a list's letter) is no drop cap; right-to-left text is left alone. */
static bool cap_letters(const pdfl_line *c)
{
	const char *q = c->text, *e = c->text + c->len;
	int k = 0;
	if (c->len == 0 || c->len > 8 || c->rtl)
		return false;
	while (q < e) {
		if (!g_unichar_isalpha(u8next(&q)) || ++k > 2)
			return false;
	}
	return true;
}

static bool beside_cap(const pdfl_line *c, const pdfl_line *b)
{
	double gap = b->x0 - c->x1, mid = 0.5 * (b->y0 + b->y1);
	return b != c && b->text && !b->rtl && gap > -0.1 * b->size && gap < 1.5 * b->size && mid > c->y0 &&
	       mid < c->y1 && 2 * b->size <= c->size;
}

static void drop_caps(pdfl_doc *d, pdfl_page *p, pdfl_line *L)
{
	size_t i, j;
	bool dropped = false;
	for (i = 0; i < p->n; i++) {
		pdfl_line *c = &L[i], *first = NULL;
		const char *q;
		double at;
		if (!c->text || !cap_letters(c))
			continue;
		for (j = 0; j < p->n; j++)
			if (beside_cap(c, &L[j]) && (!first || L[j].y0 < first->y0))
				first = &L[j];
		/* the first line beside it at the letter's top, opening with a
		 * letter that goes on the word */
		if (!first || first->y0 - c->y0 > (c->y1 - c->y0) / 3)
			continue;
		q = first->text;
		if (!g_unichar_isalpha(u8next(&q)))
			continue;
		at = first->x0;
		{
			char *t = malloc(c->len + first->len + 1);
			/* out of memory: the letters joined so far still leave
			 * their emptied lines, which must be taken out below */
			if (!t) {
				d->oom = true;
				break;
			}
			memcpy(t, c->text, c->len);
			memcpy(t + c->len, first->text, first->len + 1);
			free(first->text);
			first->text = t;
			first->len += c->len;
			first->first_w += at - c->x0;
		}
		for (j = 0; j < p->n; j++)
			if (beside_cap(c, &L[j]) && fabs(L[j].x0 - at) < 0.5 * L[j].size)
				L[j].x0 = c->x0;
		free(c->text);
		c->text = NULL;
		dropped = true;
	}
	if (dropped)
		drop_joined_lines(p, L);
}

static void order_page(pdfl_doc *d, pdfl_page *p)
{
	size_t *idx, *out, i, m, nvert = 0;
	pdfl_line *tmp;
	cutctx c;
	double cx0 = 1e9, cx1 = -1e9;
	bool vert;
	deskew_page(d, p);
	merge_row_fragments(d, p);
	join_key_value_rows(d, p);
	drop_caps(d, p, pdfl_page_lines(d, p));
	if (p->n < 2) {
		for (i = 0; i < p->n; i++) {
			pdfl_line *l = &d->lines[p->first + i];
			l->cx0 = l->colL = l->x0;
			l->cx1 = l->colR = l->x1;
			if (d->stretch_marks)
				resolve_stretch_marks(l, false);
		}
		return;
	}
	idx = malloc(p->n * sizeof *idx);
	out = malloc(p->n * sizeof *out);
	tmp = malloc(p->n * sizeof *tmp);
	if (!idx || !out || !tmp) {
		free(idx);
		free(out);
		free(tmp);
		d->oom = true;
		return;
	}
	for (i = 0, m = 0; i < p->n; i++)
		nvert += running_up(&d->lines[p->first + i]);
	/* a page written in vertical lines (tategaki) is read as it is */
	vert = nvert && 4 * nvert <= p->n;
	for (i = 0; i < p->n; i++) {
		pdfl_line *l = &d->lines[p->first + i];
		if (vert && running_up(l))
			continue;
		idx[m++] = i;
		if (l->x0 < cx0)
			cx0 = l->x0;
		if (l->x1 > cx1)
			cx1 = l->x1;
	}
	c.L = pdfl_page_lines(d, p);
	c.out = out;
	c.nout = 0;
	xycut(&c, idx, m, cx0, cx1, 0);
	float_margin_lines(c.L, out, c.nout);
	head_line_column(c.L, out, c.nout);
	/* after the page's text, as the page's furniture: set after it in the
	 * flow, it would run into a paragraph going on over the page break */
	for (i = 0; vert && i < p->n; i++)
		if (running_up(&d->lines[p->first + i])) {
			d->lines[p->first + i].furniture = PM_BLOCK_PAGE_HEADER;
			d->lines[p->first + i].margin = true;
			out[c.nout++] = i;
		}
	for (i = 0; i < c.nout; i++)
		tmp[i] = c.L[out[i]];
	memcpy(c.L, tmp, c.nout * sizeof *tmp);
	column_margins(c.L, c.nout, p->w, d->stretch_marks);
	free(idx);
	free(out);
	free(tmp);
}

/* ---- document statistics ------------------------------------------------ */

static bool same_column(const pdfl_line *a, const pdfl_line *b)
{
	return a->page == b->page && fabs(a->cx0 - b->cx0) < 0.5 && fabs(a->cx1 - b->cx1) < 0.5;
}

/* The leading from line a to line b below it, in points: the distance
 * from top to top or from bottom to bottom, whichever is smaller (a glyph
 * taller than the rest of its line moves one edge only). Boxes are the
 * fonts' own, often taller than the leading, so the space between two
 * boxes says little; the distance between two lines does. */
static double leading(const pdfl_line *a, const pdfl_line *b)
{
	double t = b->y0 - a->y0, u = b->y1 - a->y1;
	return t < u ? t : u;
}

/* Whether line b, after line a at the paragraph's start, sits in from the
 * margin as a first-line indent does (a and the line after b flush). */
static bool first_line_indent(const pdfl_line *a, const pdfl_line *b, const pdfl_line *next);
static bool centered(const pdfl_line *l);
static bool next_word_fits(const pdfl_line *a, const pdfl_line *b);
static bool ended_short(const pdfl_line *a, const pdfl_line *b);

/* Whether the document marks its paragraph breaks, with vertical space or
 * a first-line indent. A writer who does so does it at every paragraph,
 * so a short line without the mark is a line broken inside a paragraph
 * (Google Docs and Word exports with space after paragraphs; a verse, an
 * address kept together); one who does not ends a paragraph with a short
 * line only. The document's own habit decides, by counting, between two
 * body lines of one column in the body's type, the lines ended short of
 * the margin that are followed by the mark against those that end a
 * sentence and are not: a writer who marks breaks leaves out the mark at
 * a few line breaks, one who does not puts space at a few section
 * breaks; marks at a third of such line ends or more are a habit.
 * Headings (a change of weight) and list items say nothing of it: space
 * around a heading is the heading's. */
static void measure_spacing(pdfl_doc *d)
{
	size_t i, marked = 0, bare = 0;
	for (i = 1; i < d->n; i++) {
		const pdfl_line *a = &d->lines[i - 1], *b = &d->lines[i], *next = i + 1 < d->n ? &d->lines[i + 1] : NULL;
		double w = a->colR - a->colL, lead = leading(a, b);
		if (!same_column(a, b) || fabs(a->size - b->size) > 0.5 || a->furniture || b->furniture ||
		    fabs(a->size - d->body_size) > 0.08 * d->body_size || a->bold >= 0.6 || b->bold >= 0.6 ||
		    w < 20 * a->char_w || lead < 0.5 * a->size || lead > 4 * a->size || centered(a) || centered(b))
			continue;
		/* ... but a paragraph of speech opened by a dash after a
		 * sentence's end (pdf.dash_speech) is prose, and the space
		 * before it the paragraph's (convention layout.space_habit) */
		if (bullet_len(a->text) || (bullet_len(b->text) && !(is_dash(b->text) && b->text[3] == ' ' &&
		                                                      opens_capital(b->text + 4) && ends_sentence(a))) ||
		    number_marker_len(a->text, ' ') || number_marker_len(b->text, ' '))
			continue;
		/* A paragraph whose last line happens to fill its measure shows
		 * the indent habit too (convention layout.indent_habit): in a
		 * short release, the few short line ends alone may not. So does
		 * it the space habit (convention layout.space_habit): a line
		 * that ends a sentence too near the margin for the next word,
		 * then the paragraph's space. */
		if (!ended_short(a, b)) {
			if (first_line_indent(a, b, next) || (ends_sentence(a) && lead > (d->lead + 0.4) * a->size))
				marked++;
			continue;
		}
		if (lead > (d->lead + 0.4) * a->size || first_line_indent(a, b, next))
			marked++;
		else if (ends_sentence(a))
			bare++;
	}
	d->marked = marked >= 2 && marked * 2 >= bare;
#ifdef PDFL_TRACE
	fprintf(stderr, "body %.1f lead %.2f marked %zu bare %zu\n", d->body_size, d->lead, marked, bare);
#endif
}

/* Convention layout.wrap_pitch: the line pitch of running text is the
 * distance from a line the layout wrapped to the line after it. A line
 * wrapped for certain fills its column's measure to within a word (the
 * next line's first word would not have fitted, or it reaches a
 * justified margin) and stops mid-sentence, and the next line goes on
 * from the same left edge in the same size; a full line that ends a
 * sentence may end its paragraph, and the space after it would be the
 * paragraph's. In a short release whose paragraphs are one or two lines
 * (a title, a lead, contact lines) most pairs of lines are paragraph
 * breaks and a low quantile of all pitches is the break's, so that no
 * break reads as spaced; the pitch of its few wraps is the text's. */
static bool certain_wrap(const pdfl_line *a, const pdfl_line *b)
{
	double size = a->size, g;
	if (!same_column(a, b) || fabs(a->size - b->size) > 0.5 || a->furniture || b->furniture || a->rtl ||
	    b->rtl || a->colR - a->colL < 20 * a->char_w || centered(a) || centered(b) ||
	    fabs(a->x0 - b->x0) > 0.5 * size)
		return false;
	g = leading(a, b);
	if (g < 0.5 * size || g > 4 * size)
		return false;
	/* not ended short: the line reaches the margin within a word */
	return !ends_sentence(a) && !bullet_len(b->text) && !number_marker_len(b->text, ' ') && !ended_short(a, b);
}

static void measure(pdfl_doc *d)
{
	size_t i, k = 0, step;
	double *v;
	/* body size: the median over characters (a sample of lines weighted
	 * by their length keeps it cheap on long documents) */
	v = malloc(4096 * sizeof *v);
	if (!v)
		return;
	step = d->n / 4096 + 1;
	{
		double total = 0, acc = 0;
		double *sz = malloc(((d->n + step - 1) / step + 1) * sizeof *sz);
		double *wt = malloc(((d->n + step - 1) / step + 1) * sizeof *wt);
		size_t m = 0, a, b;
		if (sz && wt) {
			for (i = 0; i < d->n; i += step) {
				sz[m] = d->lines[i].size;
				wt[m++] = (double)d->lines[i].len;
				total += (double)d->lines[i].len;
			}
			/* insertion-free: sort pairs by size */
			for (a = 1; a < m && m < 5000; a++)
				for (b = a; b > 0 && sz[b - 1] > sz[b]; b--) {
					double t = sz[b];
					sz[b] = sz[b - 1];
					sz[b - 1] = t;
					t = wt[b];
					wt[b] = wt[b - 1];
					wt[b - 1] = t;
				}
			for (a = 0; a < m; a++) {
				acc += wt[a];
				if (acc * 2 >= total) {
					d->body_size = sz[a];
					break;
				}
			}
		}
		free(sz);
		free(wt);
	}
	/* leading: from one line to the next in one column and one size; a
	 * low quantile, since paragraph breaks are among them */
	for (i = 1; i < d->n && k < 4096; i++) {
		const pdfl_line *a = &d->lines[i - 1], *b = &d->lines[i];
		double g;
		if (!same_column(a, b) || fabs(a->size - b->size) > 0.5 || a->furniture || b->furniture)
			continue;
		g = leading(a, b);
		if (g < 0.5 * a->size || g > 4 * a->size)
			continue;
		v[k++] = g / a->size;
	}
	d->lead = k >= 3 ? quantile(v, k, 0.3) : 1.2;
	/* ... unless the text's wrapped lines show a closer one (see
	 * certain_wrap): where most pairs of lines are paragraph breaks, the
	 * quantile is the break itself. Two wraps at least, and a low
	 * quantile of theirs, so that one line filled by chance does not
	 * decide; the pitch is only lowered (a text double-spaced and its
	 * list single-spaced keeps the list's, see wrapped_mid_phrase) */
	k = 0;
	for (i = 1; i < d->n && k < 4096; i++)
		if (certain_wrap(&d->lines[i - 1], &d->lines[i]))
			v[k++] = leading(&d->lines[i - 1], &d->lines[i]) / d->lines[i - 1].size;
#ifdef PDFL_TRACE
	fprintf(stderr, "pitch: quantile %.2f, %zu wraps at %.2f\n", d->lead, k, k ? quantile(v, k, 0.3) : 0.0);
#endif
	d->wraps = k;
	d->wrap_pitch = k >= 3 ? quantile(v, k, 0.5) : 0;
	if (k >= 2 && quantile(v, k, 0.3) < d->lead)
		d->lead = quantile(v, k, 0.3);
	free(v);
	measure_spacing(d);
}

/* Where each page's main text lies: its lines in the body's size that
 * are not furniture and fill at least two fifths of the widest such line
 * (a caption, a date or a short label in body type is not "the text").
 * What stands above or below it is in the page's top or bottom band. */
static void text_extent(pdfl_doc *d)
{
	size_t pg, i;
	for (pg = 0; pg < d->npages; pg++) {
		pdfl_page *p = &d->pages[pg];
		double wmax = 0;
		p->text_top = p->h;
		p->text_bottom = 0;
		p->measure = 0;
		for (i = p->first; i < p->first + p->n; i++) {
			const pdfl_line *l = &d->lines[i];
			if (!l->furniture && d->body_size > 0 && fabs(l->size - d->body_size) < 0.08 * d->body_size &&
			    l->x1 - l->x0 > wmax)
				wmax = l->x1 - l->x0;
		}
		for (i = p->first; i < p->first + p->n; i++) {
			const pdfl_line *l = &d->lines[i];
			if (l->furniture || !(d->body_size > 0 && fabs(l->size - d->body_size) < 0.08 * d->body_size) ||
			    l->x1 - l->x0 < 0.4 * wmax)
				continue;
			if (l->y0 < p->text_top)
				p->text_top = l->y0;
			if (l->y1 > p->text_bottom)
				p->text_bottom = l->y1;
			if (l->colR - l->colL > p->measure)
				p->measure = l->colR - l->colL;
		}
		if (p->text_bottom < p->text_top) {
			/* no text in the body's size: no bands */
			p->text_top = 0;
			p->text_bottom = p->h;
		}
	}
}

/* How a line follows the one before it (see relation()). */
enum { JOIN_WRAP, JOIN_BREAK, NEW_INFERRED, NEW_STATED };

static int relation(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b, const pdfl_line *next,
                    bool a_opens);
static bool runs_on(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b);
static bool body_type(const pdfl_doc *d, const pdfl_line *l);

/* A box floated beside the text (a sidebar, a masthead, a contact box)
 * that the XY cut reads between two parts of one paragraph, the part the
 * box stands beside and the part under it: the box is read after that
 * paragraph, as a block of its own, so that the paragraph stays whole. */
static void defer_side_boxes(pdfl_doc *d)
{
	size_t pg;
	for (pg = 0; pg < d->npages && !d->oom; pg++) {
		pdfl_page *p = &d->pages[pg];
		pdfl_line *L = pdfl_page_lines(d, p);
		size_t i, j, k, n = p->n;
		double bw;
		for (i = 1; i < n; i++) {
			pdfl_line *g = &L[i];
			pdfl_line *tmp;
			if (same_column(&L[i - 1], g) || L[i - 1].furniture || g->furniture)
				continue;
			/* the box: its lines stand beside the column of the line
			 * before it, wholly on one side of it; a box may be read
			 * as several columns of the cut (a masthead line wider
			 * than the contact lines under it) */
			for (j = i, bw = 0; j < n && !L[j].furniture && L[j].page == g->page &&
			                    (same_column(&L[j], g) || L[j].x0 >= L[i - 1].cx1 - 0.5 ||
			                     L[j].x1 <= L[i - 1].cx0 + 0.5);
			     j++)
				bw = fmax(bw, L[j].cx1 - L[j].cx0);
			if (j >= n || L[j].furniture)
				continue;
			/* ... narrower than the text it interrupts, beside the
			 * line before it */
			if (bw > 0.6 * (L[j].cx1 - L[j].cx0) || g->y0 > L[i - 1].y1 + 2 * g->size ||
			    !runs_on(d, &L[i - 1], &L[j]))
				continue;
			/* the paragraph's end: where the next line no longer joins */
			for (k = j; k + 1 < n && same_column(&L[k], &L[k + 1]) &&
			            relation(d, &L[k], &L[k + 1], NULL, false) <= JOIN_BREAK;
			     k++)
				;
			tmp = malloc((j - i) * sizeof *tmp);
			if (!tmp) {
				d->oom = true;
				return;
			}
			memcpy(tmp, L + i, (j - i) * sizeof *tmp);
			memmove(L + i, L + j, (k + 1 - j) * sizeof *tmp);
			memcpy(L + i + (k + 1 - j), tmp, (j - i) * sizeof *tmp);
			free(tmp);
			i += k - j; /* go on after the moved paragraph part */
		}
	}
}

/* Convention layout.frame_in_flow: l as it would stand without the frame
 * that the layout pass lifted out from between prev and l (over_frame):
 * one lead under prev, so that the paragraph the frame interrupted goes
 * on where its own lines say so. Other lines are given back as they are. */
static const pdfl_line *frame_lifted(const pdfl_doc *d, const pdfl_line *prev, const pdfl_line *l, pdfl_line *moved)
{
	double h = l->y1 - l->y0;
	if (!prev || l->over_frame <= 0 || prev->page != l->page || fabs(prev->y0 - l->over_frame) > 0.5 ||
	    d->lead <= 0)
		return l;
	*moved = *l;
	moved->y0 = prev->y0 + d->lead * prev->size;
	moved->y1 = moved->y0 + h;
	return moved;
}

/* Whether b goes on with a's paragraph (next: the line after b, or
 * NULL), a frame lifted from between them closed up. */
static bool flow_joins(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b, const pdfl_line *next)
{
	pdfl_line moved;
	return same_column(a, b) && relation(d, a, frame_lifted(d, a, b, &moved), next, false) <= JOIN_BREAK;
}

/* Whether line f stands at the main flow's left edge x. */
static bool at_flow_edge(const pdfl_line *f, double x)
{
	return fabs(f->x0 - x) < 0.5 * f->size;
}

/* Whether more lines of a's column on the page (L[0..n)) stand at a's
 * left edge than at the edge x. */
static bool flow_edge_holds_most(const pdfl_line *L, size_t n, const pdfl_line *a, double x)
{
	size_t i, at_a = 0, at_x = 0;
	for (i = 0; i < n; i++)
		if (same_column(a, &L[i]) && !L[i].furniture) {
			at_a += at_flow_edge(&L[i], a->x0);
			at_x += at_flow_edge(&L[i], x);
		}
	return at_a > at_x;
}

/* Convention layout.frame_in_flow: a frame (a word processor's positioned
 * frame or text box: a masthead, a title, a box of facts) placed over the
 * column so that the text wraps above and below it, not beside it: in
 * one column of the cut, the frame's lines fill the gap between two
 * lines of one paragraph of the main flow. The frame is a box of its
 * own: its lines leave the flow's left edge, out past it (the flow is
 * set in from the frame's edge, and that edge holds most of the
 * column's lines), in a type of their own (another size), and the
 * flow's sentence goes on across it. Its lines are read apart,
 * the paragraph whole: before the paragraph when no line of the main
 * flow ends a paragraph above it on the page (a masthead or a title set
 * at the head of the text), else after the paragraph it interrupts. */
static void lift_frames(pdfl_doc *d)
{
	size_t pg;
	for (pg = 0; pg < d->npages && !d->oom; pg++) {
		pdfl_page *p = &d->pages[pg];
		pdfl_line *L = pdfl_page_lines(d, p);
		size_t i, j, k, s, f, n = p->n;
		for (i = 0; i + 2 < n; i++) {
			pdfl_line *a = &L[i], *tmp;
			double x = a->x0, top, bottom;
			bool own_type = false, head = true;
			size_t nr, to;
			if (a->furniture || a->table || !body_type(d, a))
				continue;
			for (j = i + 1, top = 1e9, bottom = -1e9; j < n && same_column(a, &L[j]) && !L[j].furniture &&
			                                        !L[j].table && L[j].x0 < x - a->size;
			     j++) {
				top = fmin(top, L[j].y0);
				bottom = fmax(bottom, L[j].y1);
				if (fabs(L[j].size - a->size) > fmax(0.08 * a->size, 0.6))
					own_type = true;
			}
			nr = j - i - 1;
			if (!nr || j >= n || L[j].furniture || L[j].table || !same_column(a, &L[j]) ||
			    !at_flow_edge(&L[j], x) || fabs(L[j].size - a->size) > 0.6)
				continue;
			/* the frame fills the paragraph's gap: under its line above,
			 * over its line below, not beside them; in a type of its own
			 * (text of the body's type out past the edge is a list's
			 * hanging label or another column's line) */
			if (top < a->y1 - 0.5 * a->size || bottom > L[j].y0 + 0.5 * a->size || !own_type)
				continue;
			/* the flow is prose: one of its two lines fills most of
			 * the measure (a chart's labels are no flow), and its
			 * sentence goes on across the frame (a heading stands
			 * between two paragraphs, after a sentence's end) */
			if (fmax(a->x1 - a->x0, L[j].x1 - L[j].x0) < 0.6 * (a->colR - a->colL) || a->rtl ||
			    ends_sentence(a))
				continue;
			/* the flow's edge holds more of the column's lines than
			 * the frame's (where a paragraph's first line is indented,
			 * its other lines at the margin, the margin holds most) */
			if (!flow_edge_holds_most(L, n, a, L[i + 1].x0))
				continue;
			/* the flow's paragraph goes on across the frame */
			L[j].over_frame = a->y0;
			if (!flow_joins(d, a, &L[j], j + 1 < n ? &L[j + 1] : NULL)) {
				L[j].over_frame = 0;
				continue;
			}
			/* the paragraph's start, and whether a paragraph of the
			 * flow ended above it on the page */
			for (s = i; s > 0 && at_flow_edge(&L[s - 1], x) &&
			            flow_joins(d, &L[s - 1], &L[s], s + 1 < n ? &L[s + 1] : NULL);
			     s--)
				;
			for (f = 0; f < s && head; f++)
				if (at_flow_edge(&L[f], x) && same_column(a, &L[f]) && !L[f].furniture)
					head = false;
			tmp = malloc(nr * sizeof *tmp);
			if (!tmp) {
				d->oom = true;
				return;
			}
			memcpy(tmp, L + i + 1, nr * sizeof *tmp);
			if (head) {
				/* s..i, then the frame: the frame, then s..i */
				memmove(L + s + nr, L + s, (i + 1 - s) * sizeof *tmp);
				memcpy(L + s, tmp, nr * sizeof *tmp);
				to = i + nr; /* a's place now: its paragraph goes on at to + 1 */
			} else {
				/* the paragraph's end: where the next line no longer joins */
				for (k = j; k + 1 < n && at_flow_edge(&L[k + 1], x) &&
				            flow_joins(d, &L[k], &L[k + 1], k + 2 < n ? &L[k + 2] : NULL);
				     k++)
					;
				memmove(L + i + 1, L + j, (k + 1 - j) * sizeof *tmp);
				memcpy(L + i + 1 + (k + 1 - j), tmp, nr * sizeof *tmp);
				to = i;
			}
			free(tmp);
			i = to - 1; /* look again from a (i wraps at 0, as unsigned): another frame may follow */
		}
	}
}

/* The line of page p that holds note n: a line in smaller type than the
 * body, or below the page's text, that starts with the number; NULL when
 * none does. */
static pdfl_line *page_note(pdfl_doc *d, const pdfl_page *p, const char *n, size_t len)
{
	size_t i;
	for (i = p->first; i < p->first + p->n; i++) {
		pdfl_line *l = &d->lines[i];
		if (strncmp(l->text, n, len) || isdigit((unsigned char)l->text[len]) || l->text[len] == PDFL_NOTE_MARK)
			continue;
		if (l->size < d->body_size * 0.95 || l->y0 >= p->text_bottom - 0.5)
			return l;
	}
	return NULL;
}

/* A note the text points at (its mark matched, above) is the record's
 * note, never body: its first line, without its number, and the lines
 * under it in the same type and column that go on with it (set as the
 * lines of one paragraph are, not opening the next note's number; a note's
 * first line may be indented, as a paragraph's). Page headers stay what
 * they are. */
static void mark_note(pdfl_doc *d, pdfl_line *n, size_t numlen, long number)
{
	const pdfl_line *prev = n, *type = n; /* the note's type: its text's, not its number's */
	size_t i, last = (size_t)(n - d->lines), end = d->pages[n->page - 1].first + d->pages[n->page - 1].n;
	unsigned char after = (unsigned char)n->text[numlen];
	/* "1 Source", "1Source", "1 “Quoted”", or the number alone on its line
	 * with the text under it: a note; "1.1: Goal", "1)" are numbered lines
	 * of a list */
	if (n->furniture == PM_BLOCK_PAGE_HEADER || n->furniture == PM_BLOCK_FOOTNOTE ||
	    !(after == ' ' || after == '\t' || after == '\0' || isalpha(after) || after >= 0x80))
		return;
	n->furniture = PM_BLOCK_FOOTNOTE;
	n->note_goes_on = false;
	n->note_skip = numlen;
	while (n->note_skip < n->len && (n->text[n->note_skip] == ' ' || n->text[n->note_skip] == '\t'))
		n->note_skip++;
	for (i = last + 1; i < end; i++) {
		pdfl_line *l = &d->lines[i];
		double pitch = l->y1 - prev->y1; /* from baseline to baseline, near enough */
		bool text_under_number = after == '\0' && prev == n;
		if (text_under_number)
			type = l;
		if (l->furniture == PM_BLOCK_PAGE_HEADER || l->furniture == PM_BLOCK_FOOTNOTE ||
		    (isdigit((unsigned char)l->text[0]) && strtol(l->text, NULL, 10) == number + 1) ||
		    fabs(l->size - type->size) > 0.5 || !same_column(n, l) || l->x0 < n->x0 - 3 * type->size ||
		    pitch < (text_under_number ? 0 : 0.5 * type->size) || pitch > 1.7 * type->size) {
#ifdef PDFL_TRACE
			fprintf(stderr, "note ends: |%s| sz %.1f/%.1f x0 %.0f/%.0f pitch %.1f |%s|\n", n->text, type->size,
			        l->size, n->x0, l->x0, pitch, l->text);
#endif
			break;
		}
		l->furniture = PM_BLOCK_FOOTNOTE;
		l->note_goes_on = true;
		l->note_skip = 0;
		prev = l;
	}
}

/* Convention pdf.note_mark_unmatched: a raised number glued to the end of
 * an e-mail or web address ("seeds@pellow-county.example³") or to an
 * acronym closing its definition's parenthesis ("(PCSL²)") is a note's
 * mark even where no page holds the note to match it (the notes on
 * another page, numbered another way, or left out): a top-level domain is
 * letters only, and a definition's acronym takes no power. It leaves the
 * text, as a matched mark does. An acronym in the text keeps its raised
 * figure ("CDO²", squared). [s, w) the line's text before the mark, after
 * the text after its figures. */
static bool mark_after_name_or_address(const char *s, const char *w, const char *after)
{
	const char *p = w, *tok, *at = NULL, *dot = NULL;
	size_t caps = 0;
	while (p > s && isupper((unsigned char)p[-1])) {
		p--;
		caps++;
	}
	if (caps >= 2 && p > s && p[-1] == '(' && *after == ')')
		return true;
	if (w == s || !isalpha((unsigned char)w[-1]))
		return false;
	for (tok = w; tok > s && tok[-1] != ' ' && tok[-1] != '\t' && tok[-1] != '(' && tok[-1] != '<'; tok--)
		;
	for (p = tok; p < w; p++) {
		if (*p == '@' && !at)
			at = p;
		else if (*p == '.')
			dot = p;
	}
	/* the host's last label, letters after a dot: a whole address */
	if (!dot || dot + 3 > w)
		return false;
	for (p = dot + 1; p < w; p++)
		if (!isalpha((unsigned char)*p))
			return false;
	if (at)
		return at > tok && dot > at + 1;
	for (p = tok; p + 4 <= w; p++)
		if (!strncmp(p, "://", 3) || !strncasecmp(p, "www.", 4))
			return true;
	return false;
}

/* The notes' numbers read_page marked: out of the text where they go on
 * from the note before (1, 2, 3... in reading order, or the same again)
 * and the page (or the last page, for endnotes) holds the note; kept,
 * the mark dropped, where not (an exponent, "CDO2", a number set small). */
static void resolve_note_marks(pdfl_doc *d)
{
	size_t i;
	long last = 0;
	for (i = 0; i < d->n; i++) {
		pdfl_line *l = &d->lines[i], *note;
		char *r, *w;
		if (!memchr(l->text, PDFL_NOTE_MARK, l->len))
			continue;
		for (r = w = l->text; *r;) {
			size_t k = 1;
			if (*r != PDFL_NOTE_MARK) {
				*w++ = *r++;
				continue;
			}
			while (isdigit((unsigned char)r[k]) && k < 6)
				k++;
			if (k > 1 && (strtol(r + 1, NULL, 10) == last + 1 || strtol(r + 1, NULL, 10) == last) &&
			    ((note = page_note(d, &d->pages[l->page - 1], r + 1, k - 1)) ||
			     (note = page_note(d, &d->pages[d->npages - 1], r + 1, k - 1)))) {
				last = strtol(r + 1, NULL, 10);
				if (note != l)
					mark_note(d, note, k - 1, last);
				r += k; /* the note's number */
			} else if (k > 1 && mark_after_name_or_address(l->text, w, r + k)) {
				r += k; /* pdf.note_mark_unmatched */
			} else {
				r++;
			}
		}
		*w = '\0';
		l->len = (size_t)(w - l->text);
	}
}


/* ---- tables ------------------------------------------------------------ */

/*
 * A grid of cells: lines side by side in rows, the rows' cells falling
 * into the same columns, set apart by gutters (an em at least) that run
 * down the whole grid, three rows or more one under the other, and no
 * other text inside it; a row label that wraps is a row of its own in
 * the left column. Such a grid is one PM_BLOCK_TABLE, its cells row by
 * row, instead of columns read one after the other. Only a grid that no
 * running text makes is taken (grid_columns); any other is read as
 * before, column by column.
 */

static bool figures_only(const char *t);

/* Lines that share their height on the page (the cells of one row). */
static bool same_row(const pdfl_line *a, const pdfl_line *b)
{
	double ov = (a->y1 < b->y1 ? a->y1 : b->y1) - (a->y0 > b->y0 ? a->y0 : b->y0);
	double h = a->y1 - a->y0 < b->y1 - b->y0 ? a->y1 - a->y0 : b->y1 - b->y0;
	return h > 0 && ov > 0.5 * h;
}

static int cmp_ptr_top(const void *a, const void *b)
{
	const pdfl_line *x = *(const pdfl_line *const *)a, *y = *(const pdfl_line *const *)b;
	if (x->y0 != y->y0)
		return x->y0 < y->y0 ? -1 : 1;
	return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static int cmp_cell(const void *a, const void *b)
{
	const pdfl_line *x = a, *y = b;
	if (x->row != y->row)
		return x->row - y->row;
	if (x->col != y->col)
		return x->col - y->col;
	return x->y0 < y->y0 ? -1 : x->y0 > y->y0; /* a cell's wrapped lines */
}

/* Words in s (runs of non-spaces). */
static size_t word_count(const char *s)
{
	size_t n = 0;
	bool in = false;
	for (; *s; s++) {
		bool sp = *s == ' ' || *s == '\t';
		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

/*
 * Whether rows R[0..nr) of lines (each row's lines sorted left to right,
 * row r holding R[r].. of count[r]) are a table, and its columns: the
 * x-projections of all their cells fall into k >= 2 strips apart by a
 * gutter of an em or more, and no row puts two cells in one strip. Only
 * a grid no prose makes counts (a writer's table of figures): three
 * columns or more, or two whose right one holds only figures below its
 * head; and no column whose cells read as sentences (five words or more
 * in half of them), as two or three columns of running text do, whose
 * lines also share their heights.
 */
static int cmp_iv(const void *a, const void *b)
{
	const double *x = a, *y = b;
	return x[0] < y[0] ? -1 : x[0] > y[0];
}

static int grid_columns(pdfl_line **row_lines, const size_t *start, const size_t *count, size_t nr, double *cx0,
                        double *cx1, int maxk)
{
	size_t r, i, ni = 0, total = 0;
	int k = 0, c;
	double em = 0, (*iv)[2];
	for (r = 0; r < nr; r++)
		total += count[r];
	iv = malloc((total + 1) * sizeof *iv);
	if (!iv)
		return 0;
	for (r = 0; r < nr; r++)
		for (i = 0; i < count[r]; i++) {
			const pdfl_line *l = row_lines[start[r] + i];
			iv[ni][0] = l->x0;
			iv[ni++][1] = l->x1;
			if (l->size > em)
				em = l->size;
		}
	/* the strips: the cells' x-intervals, merged where they overlap */
	qsort(iv, ni, sizeof *iv, cmp_iv);
	for (i = 0; i < ni; i++) {
		if (k && iv[i][0] < cx1[k - 1]) {
			if (iv[i][1] > cx1[k - 1])
				cx1[k - 1] = iv[i][1];
			continue;
		}
		if (k == maxk) {
			k = 0;
			break;
		}
		cx0[k] = iv[i][0];
		cx1[k++] = iv[i][1];
	}
	free(iv);
	if (k < 2)
		return 0;
	for (c = 1; c < k; c++)
		if (cx0[c] - cx1[c - 1] < em)
			return 0;
	return k;
}

/* Convention pdf.table_heading_not_label: the line over a table is its
 * heading, not the first line of a wrapped row label, unless it is set
 * as that row's label is (the same size, both bold or neither) and the
 * row it would go on in holds figures beside its label: a head row of
 * words under a heading (Word's bold caption line, a larger heading at
 * the leading above the grid) leaves the heading out of the table. */
static bool wrapped_label(const pdfl_line *l, pdfl_line *const *row, size_t n)
{
	size_t a;
	bool figs = false;
	if (fabs(l->size - row[0]->size) > 0.1 * l->size || (l->bold >= 0.5) != (row[0]->bold >= 0.5))
		return false;
	for (a = 1; a < n && !figs; a++)
		figs = figures_only(row[a]->text);
	return figs;
}

/* Row j is one line of a row label that wraps (the line above the row
 * that holds the label's last line and the figures): it stands in the
 * left column, ending before the next row's second cell starts, and
 * that row follows at the leading. */
static bool label_row(pdfl_line *const *byrow, const size_t *start, const size_t *count, size_t nr, size_t j)
{
	const pdfl_line *l, *c1;
	if (count[j] != 1 || j + 1 >= nr || count[j + 1] < 2)
		return false;
	l = byrow[start[j]];
	c1 = byrow[start[j + 1] + 1];
	return l->x1 + l->size <= c1->x0 && byrow[start[j + 1]]->y0 - l->y1 < 0.6 * l->size &&
	       wrapped_label(l, byrow + start[j + 1], count[j + 1]);
}

/* Convention pdf.table_section_row: a row label alone on its row between
 * two rows of the grid ("Revenue:", "Cost of revenue:" over their items),
 * ending before both rows' second cells start, heads the rows under it:
 * a row of the table, not the table's end. */
static bool section_row(pdfl_line *const *byrow, const size_t *start, const size_t *count, size_t nr, size_t j)
{
	const pdfl_line *l;
	if (count[j] != 1 || !j || j + 1 >= nr || count[j - 1] < 2 || count[j + 1] < 2)
		return false;
	l = byrow[start[j]];
	return l->x1 + l->size <= byrow[start[j - 1] + 1]->x0 && l->x1 + l->size <= byrow[start[j + 1] + 1]->x0 &&
	       byrow[start[j + 1]]->y0 - l->y1 < 2.5 * l->size;
}

/* Convention pdf.table_cell_wraps: a cell too long for its column wraps
 * inside it (a word processor sets the next line under the first, at the
 * leading, the row's other cells standing beside the first line): row j
 * is one line that goes on in lower case, in the type of the row above,
 * right under it and inside the width of one of its cells. It is that
 * cell's next line, not a row of its own nor a paragraph after the table. */
static bool cell_wrap_row(pdfl_line *const *byrow, const size_t *start, const size_t *count, size_t j)
{
	const pdfl_line *l, *above = NULL;
	const char *q;
	size_t a;
	if (count[j] != 1 || !j || count[j - 1] < 2)
		return false;
	l = byrow[start[j]];
	q = l->text;
	if (!g_unichar_islower(u8next(&q)))
		return false;
	for (a = 0; a < count[j - 1]; a++) {
		const pdfl_line *c = byrow[start[j - 1] + a];
		if (l->x0 >= c->x0 - 0.5 * l->size && l->x1 <= c->x1 + 0.5 * l->size)
			above = c;
	}
	return above && fabs(above->size - l->size) < 0.1 * l->size && l->y0 - above->y1 < 0.6 * l->size &&
	       last_cp(above->text, above->len) != '.';
}

/* Put the lines of table t of page p, in row order, where its line
 * firstpos was read; the page's other lines keep their order. */
static void place_table(pdfl_doc *d, pdfl_page *p, int t, size_t firstpos)
{
	pdfl_line *L = pdfl_page_lines(d, p), *tmp;
	size_t n = p->n, w = 0, nt = 0, q;
	tmp = malloc(n * sizeof *tmp);
	if (!tmp) {
		d->oom = true;
		return;
	}
	for (q = 0; q < n; q++)
		if (L[q].table == t)
			nt++;
	for (q = 0; q < n; q++) {
		if (q == firstpos) {
			size_t t0 = w, z;
			for (z = 0; z < n; z++)
				if (L[z].table == t)
					tmp[w++] = L[z];
			qsort(tmp + t0, nt, sizeof *tmp, cmp_cell);
		}
		if (L[q].table != t)
			tmp[w++] = L[q];
	}
	memcpy(L, tmp, n * sizeof *tmp);
	free(tmp);
}

/* Take rows i..j of byrow as table number ++*ntables of page p: mark the
 * cells and put them, row by row, where the table's first line was read;
 * the page's other lines keep their order. */
static void take_table(pdfl_doc *d, pdfl_page *p, pdfl_line *const *byrow, const size_t *start, const size_t *count,
                       size_t i, size_t j, const double *cx0, const double *cx1, int k, int *ntables)
{
	pdfl_line *L = pdfl_page_lines(d, p);
	size_t r, a, firstpos = SIZE_MAX;
	int c;
	(*ntables)++;
	for (r = i; r < j; r++)
		for (a = 0; a < count[r]; a++) {
			pdfl_line *l = byrow[start[r] + a];
			for (c = 0; c < k && !(l->x0 < cx1[c] && l->x1 > cx0[c]); c++)
				;
			l->table = *ntables;
			/* pdf.table_cell_wraps: a cell's next line is in its row */
			l->row = (int)(r - i) - (r > i && cell_wrap_row(byrow, start, count, r));
			l->col = c;
			if ((size_t)(l - L) < firstpos)
				firstpos = (size_t)(l - L);
		}
	place_table(d, p, *ntables, firstpos);
}

/* Whether s holds a letter (a row label, not a figure). */
static bool has_letters(const char *s)
{
	while (*s) {
		const char *p = s;
		uint32_t c = u8next(&p);
		if (g_unichar_isalpha(c))
			return true;
		s = p > s ? p : s + 1;
	}
	return false;
}

/* A list's number ("3.", "12)", "iv." is no figure): the marker of a
 * numbered item set on a hanging indent, not a figure of a table. */
static bool list_number_cell(const char *t)
{
	size_t n = strspn(t, "0123456789");
	return n >= 1 && n <= 3 && (t[n] == '.' || t[n] == ')') && !t[n + 1];
}

/* Whether each of the n lines of a row stands inside one of the k strips. */
static bool row_in_strips(pdfl_line *const *row, size_t n, const double *cx0, const double *cx1, int k)
{
	size_t a;
	for (a = 0; a < n; a++) {
		int c = 0;
		while (c < k && !(row[a]->x0 >= cx0[c] - 0.5 * row[a]->size && row[a]->x1 <= cx1[c] + 0.5 * row[a]->size))
			c++;
		if (c == k)
			return false;
	}
	return true;
}

/* Convention pdf.table_touching_boxes: a line's box runs from its font's
 * ascent to its descent, taller than the leading where lines are set
 * tight (LibreOffice's single spacing, in a table's cells and in the
 * paragraph under it), so the box of the line right above or below a
 * grid overlaps its first or last row by a point or two; that line
 * stands outside the grid unless it reaches a quarter of its own height
 * into the rows from top to bottom. (A row of cells that touches the
 * grid is one of its own rows left out, which grid_ok does not allow:
 * a grid of boxes, names over their addresses, set tight.) */
static bool inside_rows(const pdfl_line *o, double top, double bottom)
{
	double cut = 0.25 * (o->y1 - o->y0);
	return o->y1 > top + cut && o->y0 < bottom - cut;
}

/*
 * Whether rows i..e of byrow are a table; k and its strips in cx0/cx1,
 * and which strips read as running text (prose, may be NULL).
 */
static bool grid_ok(pdfl_line *const *byrow, const size_t *start, const size_t *count, size_t m, size_t i,
                    size_t e, int depth, double *cx0, double *cx1, int *kp, bool *prose_col)
{
	size_t r, a;
	int c, k;
	bool ok = true, two_figs[2] = {false, false}, own_above, own_below;
	k = *kp = grid_columns((pdfl_line **)byrow, start + i, count + i, e - i, cx0, cx1, 16);
	if (!k)
		return false;
	/* every row: one cell to a strip */
	for (r = i; r < e && ok; r++) {
		int used = 0;
		for (a = 0; a < count[r] && ok; a++) {
			const pdfl_line *l = byrow[start[r] + a];
			for (c = 0; c < k && !(l->x0 < cx1[c] && l->x1 > cx0[c]); c++)
				;
			ok = c < k && !(used & (1 << c));
			used |= 1 << c;
		}
	}
	/* no column of sentences; a grid of three columns, or of two one of
	 * whose columns holds figures below its head: the right one (key
	 * figures), or the left one (pdf.table_figures_left: a schedule's
	 * times, a timeline's years, beside what happens then) */
	for (c = 0; c < k; c++) {
		size_t cells = 0, prose = 0, figs = 0, words = 0;
		for (r = i; r < e; r++)
			for (a = 0; a < count[r]; a++) {
				const pdfl_line *l = byrow[start[r] + a];
				if (!(l->x0 < cx1[c] && l->x1 > cx0[c]))
					continue;
				cells++;
				prose += word_count(l->text) >= 5;
				figs += r > i && figures_only(l->text) && !(c == 0 && list_number_cell(l->text));
				words += has_letters(l->text);
			}
		if (prose_col)
			prose_col[c] = prose * 2 >= cells;
		if (prose * 2 >= cells)
			ok = false;
		if (k == 2 && c < 2)
			two_figs[c] = figs + 1 >= cells;
		/* a part of a page's grid is a table of its own when it holds
		 * its rows' labels, not only figures cut off them */
		if (depth && c == 0 && words * 2 < cells)
			ok = false;
	}
	if (k == 2 && !two_figs[0] && !two_figs[1])
		ok = false;
	/* pdf.table_not_wrapped_text: no column whose cells go on from the
	 * cell above in lower case (text set in boxes side by side, wrapped
	 * within each box: read box by box), and no grid of lone glyphs (a
	 * specimen of a font's characters, set apart) */
	for (c = 0; c < k && ok; c++) {
		size_t cells = 0, wraps = 0;
		const pdfl_line *above = NULL;
		for (r = i; r < e; r++) {
			const pdfl_line *here = NULL;
			for (a = 0; a < count[r]; a++) {
				const pdfl_line *l = byrow[start[r] + a];
				if (l->x0 < cx1[c] && l->x1 > cx0[c])
					here = l;
			}
			if (here) {
				const char *q = here->text;
				uint32_t first = u8next(&q);
				cells++;
				if (above && g_unichar_islower(first) && last_cp(above->text, above->len) != ':')
					wraps++;
			}
			above = here;
		}
		if (wraps && 2 * wraps >= cells)
			ok = false;
	}
	/* pdf.table_aligned_cells: a table's cells line up in their column,
	 * flush left (labels), flush right (figures) or centred under a
	 * head; labels set about a figure or chart stand where their
	 * drawing puts them. Two thirds of each column's cells share an
	 * edge or a centre with another cell of it. */
	for (c = 0; c < k && ok; c++) {
		size_t cells = 0, aligned = 0, r2, b;
		for (r = i; r < e; r++)
			for (a = 0; a < count[r]; a++) {
				const pdfl_line *l = byrow[start[r] + a];
				bool found = false;
				if (!(l->x0 < cx1[c] && l->x1 > cx0[c]))
					continue;
				cells++;
				for (r2 = i; r2 < e && !found; r2++)
					for (b = 0; b < count[r2] && !found; b++) {
						const pdfl_line *o = byrow[start[r2] + b];
						double tol = 0.5 * l->size;
						if (r2 == r || !(o->x0 < cx1[c] && o->x1 > cx0[c]))
							continue;
						found = fabs(o->x0 - l->x0) < tol || fabs(o->x1 - l->x1) < tol ||
						        fabs(o->x0 + o->x1 - l->x0 - l->x1) < 2 * tol;
					}
				aligned += found;
			}
		if (3 * aligned < 2 * cells)
			ok = false;
	}
	if (ok) {
		size_t cells = 0, glyphs = 0;
		for (r = i; r < e; r++)
			for (a = 0; a < count[r]; a++) {
				const pdfl_line *l = byrow[start[r] + a];
				const char *q = l->text;
				uint32_t c0 = u8next(&q);
				cells++;
				/* pdf.table_digit_cells: a lone digit is a figure (a
				 * count of medals, of seats), not a specimen's glyph */
				glyphs += !*q && !g_unichar_isdigit(c0);
			}
		if (2 * glyphs >= cells)
			ok = false;
	}
	/* nothing else of the page inside the grid. A row of two cells or
	 * more right above it (its head row, which a grid never leaves out),
	 * or one right below each of whose cells stands in one of the
	 * grid's columns, is the grid's own and may not touch it; a line of
	 * text there may (pdf.table_touching_boxes; a justified line under
	 * the grid cut at its wide gaps has pieces across the columns) */
	own_above = ok && i > 0 && count[i - 1] >= 2;
	own_below = ok && start[e - 1] + count[e - 1] < m && count[e] >= 2 &&
	            row_in_strips(byrow + start[e], count[e], cx0, cx1, k);
	for (a = 0; a < m && ok; a++) {
		const pdfl_line *o = byrow[a];
		double top = byrow[start[i]]->y0, bottom = byrow[start[e - 1]]->y1;
		bool own = (own_above && a >= start[i - 1] && a < start[i]) ||
		           (own_below && a >= start[e] && a < start[e] + count[e]);
		if (a >= start[i] && a < start[e - 1] + count[e - 1])
			continue;
		if (o->x1 > cx0[0] && o->x0 < cx1[k - 1] && (own ? o->y1 > top && o->y0 < bottom : inside_rows(o, top, bottom)))
			ok = false;
	}
	return ok;
}

/* Look for a table among sel[0..m) (lines of page p); take the first one
 * found and return true (the page's lines moved: sel is stale). A run of
 * rows that is no grid as a whole may be one without a row or two at
 * its ends (a line of text close under the table, cut at its wide gaps),
 * or hold one in a part of the page set apart by columns of running
 * text (pdf.table_in_column: a table of key figures in the third column
 * of a page, whose rows share their heights with the lines of the two
 * columns of text beside it): each stretch of the run's strips between
 * such columns is searched again, on its own. */
static bool table_in(pdfl_doc *d, pdfl_page *p, pdfl_line **byrow, size_t m, int depth, int *ntables)
{
	size_t nr = 0, i, j, r;
	size_t *start, *count;
	bool found = false;
	if (m < 6)
		return false;
	start = malloc((m + 1) * sizeof *start);
	count = malloc((m + 1) * sizeof *count);
	if (!start || !count) {
		free(start);
		free(count);
		d->oom = true;
		return false;
	}
	qsort(byrow, m, sizeof *byrow, cmp_ptr_top);
	/* rows: lines sharing their height, left to right */
	for (i = 0; i < m; i = j) {
		for (j = i + 1; j < m && same_row(byrow[i], byrow[j]); j++)
			;
		for (r = i + 1; r < j; r++) {
			size_t q = r;
			pdfl_line *t = byrow[r];
			while (q > i && byrow[q - 1]->x0 > t->x0) {
				byrow[q] = byrow[q - 1];
				q--;
			}
			byrow[q] = t;
		}
		start[nr] = i;
		count[nr++] = j - i;
	}
	/* runs of rows of two cells or more, one close under the other */
	for (i = 0; i < nr && !found && !d->oom; i = j) {
		double cx0[16], cx1[16];
		bool prose[16];
		int k = 0, c;
		size_t a, s, e;
		if (count[i] < 2 && !label_row(byrow, start, count, nr, i)) {
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < nr &&
		                (count[j] >= 2 || label_row(byrow, start, count, nr, j) ||
		                 section_row(byrow, start, count, nr, j) || cell_wrap_row(byrow, start, count, j)) &&
		                byrow[start[j]]->y0 - byrow[start[j - 1]]->y1 < 2.5 * byrow[start[j]]->size;
		     j++)
			;
#ifdef PDFL_TRACE
		fprintf(stderr, "run rows %zu..%zu |%s|\n", i, j, byrow[start[i]]->text);
#endif
		if (j - i < 3)
			continue;
		/* the whole run, then without a row or two at either end */
		for (s = i; s <= i + 2 && s + 3 <= j && !found; s++)
			for (e = j; e >= s + 3 && e + 2 >= j && !found; e--) {
				double tx0[16], tx1[16];
				int tk;
				if (grid_ok(byrow, start, count, m, s, e, depth, tx0, tx1, &tk, s == i && e == j ? prose : NULL)) {
#ifdef PDFL_TRACE
					fprintf(stderr, "grid depth %d rows %zu k %d |%s|\n", depth, e - s, tk, byrow[start[s]]->text);
#endif
					take_table(d, p, byrow, start, count, s, e, tx0, tx1, tk, ntables);
					found = true;
				} else if (s == i && e == j) {
					k = tk;
					memcpy(cx0, tx0, sizeof cx0);
					memcpy(cx1, tx1, sizeof cx1);
				}
			}
		if (found || depth >= 1 || k < 2)
			continue;
		{
			double top = byrow[start[i]]->y0, bottom = byrow[start[j - 1]]->y1;
			size_t inrun = start[j - 1] + count[j - 1] - start[i];
			bool any_prose = false;
			pdfl_line **sub = malloc(m * sizeof *sub);
			if (!sub) {
				d->oom = true;
				break;
			}
			for (c = 0; c < k; c++)
				any_prose = any_prose || prose[c];
			/* the stretches of strips between columns of text; without
			 * such columns, each strip */
			for (c = 0; c < k && !found && !d->oom; c++) {
				size_t ns = 0;
				int z = c;
				if (any_prose) {
					if (prose[c])
						continue;
					while (z + 1 < k && !prose[z + 1])
						z++;
				}
				for (a = 0; a < m; a++) {
					pdfl_line *o = byrow[a];
					if (o->y0 >= top - 0.5 && o->y1 <= bottom + 0.5 && o->x0 >= cx0[c] - 0.5 &&
					    o->x1 <= cx1[z] + 0.5)
						sub[ns++] = o;
				}
				if (ns < inrun)
					found = table_in(d, p, sub, ns, depth + 1, ntables);
				c = z;
			}
			free(sub);
		}
	}
	free(start);
	free(count);
	return found;
}


/* Convention pdf.table_cells: the text layer may run a row's cells into
 * one line (their gaps narrower than its column break); before the search
 * each line of page pg is cut at its wide gaps (pdfl_cut) into pieces,
 * the lines it was kept in orig. Returns how many lines were cut. */
static size_t cut_page(pdfl_doc *d, size_t pg, pdfl_line **orig, size_t **npieces)
{
	pdfl_page *p = &d->pages[pg];
	pdfl_line *L = pdfl_page_lines(d, p), *nw;
	size_t n = p->n, q, extra = 0, ncut = 0, w = 0, tail;
	*orig = NULL;
	*npieces = NULL;
	for (q = 0; q < n; q++)
		if (L[q].ncut && !L[q].furniture && !L[q].rtl && !L[q].table && !L[q].kv_row) {
			extra += L[q].ncut;
			ncut++;
		}
	if (!ncut)
		return 0;
	nw = malloc((n + extra) * sizeof *nw);
	*orig = malloc(ncut * sizeof **orig);
	*npieces = malloc(ncut * sizeof **npieces);
	if (!nw || !*orig || !*npieces || (d->n + extra > d->cap && !grow_lines(d, d->n + extra))) {
		free(nw);
		free(*orig);
		free(*npieces);
		*orig = NULL;
		*npieces = NULL;
		d->oom = true;
		return 0;
	}
	L = pdfl_page_lines(d, p);
	ncut = 0;
	for (q = 0; q < n; q++) {
		const pdfl_line *l = &L[q];
		size_t s = 0, c, w0 = w;
		double x = l->x0;
		if (d->oom || !(l->ncut && !l->furniture && !l->rtl && !l->table && !l->kv_row)) {
			nw[w++] = *l;
			continue;
		}
		for (c = 0; c <= l->ncut; c++) {
			const pdfl_cut *k = c < l->ncut ? &d->cuts[l->cut0 + c] : NULL;
			size_t e = k ? k->at : l->len;
			pdfl_line *pc;
			if (k && (e <= s || e >= l->len || l->text[e] != ' '))
				continue; /* not a cut of this text */
			pc = &nw[w];
			*pc = *l;
			pc->text = malloc(e - s + 1);
			if (!pc->text) {
				d->oom = true;
				break;
			}
			memcpy(pc->text, l->text + s, e - s);
			pc->text[e - s] = '\0';
			pc->len = e - s;
			pc->x0 = x;
			pc->x1 = k ? k->x1 : l->x1;
			pc->ncut = 0;
			pc->split = (int)ncut + 1;
			pc->char_w = pc->len && pc->x1 > pc->x0 ? (pc->x1 - pc->x0) / (double)pc->len : l->char_w;
			if (c)
				pc->first_w = pc->char_w * (double)strcspn(pc->text, " ");
			w++;
			if (k) {
				s = e + 1;
				x = k->x0;
			}
		}
		(*orig)[ncut] = *l;
		(*npieces)[ncut++] = w - w0;
	}
	tail = d->n - (p->first + n);
	memmove(d->lines + p->first + w, d->lines + p->first + n, tail * sizeof *nw);
	memcpy(d->lines + p->first, nw, w * sizeof *nw);
	free(nw);
	for (q = pg + 1; q < d->npages; q++)
		d->pages[q].first += w - n;
	d->n += w - n;
	p->n = w;
	return ncut;
}

/* After the search: the pieces of a line that no table took are the line
 * again; a line whose pieces are cells keeps them. */
static void join_pieces(pdfl_doc *d, size_t pg, pdfl_line *orig, const size_t *npieces)
{
	pdfl_page *p = &d->pages[pg];
	pdfl_line *L = pdfl_page_lines(d, p);
	size_t n = p->n, q, w = 0, z, tail;
	for (q = 0; q < n; q = z) {
		int s = L[q].split;
		bool any = false;
		for (z = q; z < n && s && L[z].split == s; z++)
			any = any || L[z].table;
		if (!s) {
			L[w++] = L[q];
			z = q + 1;
			continue;
		}
		if (!any && z - q == npieces[s - 1]) {
			size_t y;
			for (y = q; y < z; y++)
				free(L[y].text);
			L[w++] = orig[s - 1];
			orig[s - 1].text = NULL;
		} else {
			size_t y;
			for (y = q; y < z; y++) {
				L[y].split = 0;
				L[w++] = L[y];
			}
		}
	}
	tail = d->n - (p->first + n);
	memmove(d->lines + p->first + w, d->lines + p->first + n, tail * sizeof *L);
	for (q = pg + 1; q < d->npages; q++)
		d->pages[q].first -= n - w;
	d->n -= n - w;
	p->n = w;
}

/* ---- tables framed by drawn rules -------------------------------------- */

/*
 * Convention layout.table.ruled_cells: a word processor's table with
 * borders (Word's and LibreOffice's default) draws a rule round each
 * cell, and a PDF of it holds those rules as paths, not text. The cells
 * are the rectangles the rules enclose: where level and upright rules
 * meet in a grid of two rows and two columns or more and every line
 * inside stands within one of its rectangles, the table is those cells,
 * each cell's lines joined in reading order, row by row. A rule missing
 * between two rectangles (merged cells) makes them one cell. The text
 * layer alone runs a wrapped cell's lines into the next row's and a
 * header's cells into the paragraph above.
 */
#define RULE_TOL 2.0 /* points: rules meeting, a line touching its cell's border */

static bool rule_level(const pdfl_rule *r)
{
	return r->y1 - r->y0 < r->x1 - r->x0;
}

/* A level rule h and an upright one v cross or meet. */
static bool rules_meet(const pdfl_rule *h, const pdfl_rule *v)
{
	return v->x0 >= h->x0 - RULE_TOL && v->x0 <= h->x1 + RULE_TOL && h->y0 >= v->y0 - RULE_TOL &&
	       h->y0 <= v->y1 + RULE_TOL;
}

static size_t uf_find(size_t *up, size_t i)
{
	while (up[i] != i)
		i = up[i] = up[up[i]];
	return i;
}

/* Sort v[0..n) and merge values closer than RULE_TOL; returns how many. */
static size_t merge_stops(double *v, size_t n)
{
	size_t i, w = 0;
	qsort(v, n, sizeof *v, pm_cmp_double);
	for (i = 0; i < n; i++)
		if (!w || v[i] - v[w - 1] > RULE_TOL)
			v[w++] = v[i];
	return w;
}

/* Some rule of component comp, level or not, runs along `at` (a y for a
 * level rule, an x for an upright one) across the point `across`. */
static bool rule_along(const pdfl_rule *R, const size_t *comp_of, size_t comp, size_t nr, bool level, double at,
                       double across)
{
	size_t i;
	for (i = 0; i < nr; i++) {
		const pdfl_rule *r = &R[i];
		if (comp_of[i] != comp || rule_level(r) != level)
			continue;
		if (level ? fabs(r->y0 - at) <= RULE_TOL && across >= r->x0 && across <= r->x1
		          : fabs(r->x0 - at) <= RULE_TOL && across >= r->y0 && across <= r->y1)
			return true;
	}
	return false;
}

/* Line i of a ruled cell goes on from the cell's line above it without a
 * space: that line is one word that ends in a hyphen or a slash or fills
 * the cell to its border (as far from it as the text from the left one),
 * so the word processor broke a word too long for the cell. */
static bool cell_glued(const pdfl_line *L, size_t n, const int *rc, const double *edge, size_t i)
{
	const pdfl_line *a = NULL;
	size_t k;
	uint32_t last;
	for (k = 0; k < n; k++)
		if (k != i && rc[2 * k] == rc[2 * i] && rc[2 * k + 1] == rc[2 * i + 1] && L[k].y0 < L[i].y0 &&
		    (!a || L[k].y0 > a->y0))
			a = &L[k];
	if (!a || !a->len || memchr(a->text, ' ', a->len))
		return false;
	/* only in a left-aligned cell, where the line goes on under the
	 * start of the one above and a line of another cell of the column
	 * starts there too: a centred or right-aligned cell's short words (a
	 * column head's "Q4" over "2024", a diagram's boxed "Capital" over
	 * "Notes") stand as near its right border as its left one, and were
	 * broken at a space */
	if (fabs(L[i].x0 - a->x0) > RULE_TOL)
		return false;
	for (k = 0; k < n; k++)
		if (rc[2 * k] >= 0 && rc[2 * k] != rc[2 * i] && rc[2 * k + 1] == rc[2 * i + 1] &&
		    fabs(L[k].x0 - a->x0) <= RULE_TOL)
			break;
	if (k == n)
		return false;
	last = last_cp(a->text, a->len);
	if (last == '-' || last == '/')
		return true;
	/* an address or a link broken where its next letter would not fit;
	 * a word of prose only when it fills the cell closer than half a letter
	 * (else it was wrapped at the space after it) */
	return edge[2 * (size_t)(a - L) + 1] - a->x1 <=
	       (a->x0 - edge[2 * (size_t)(a - L)]) +
	               (memchr(a->text, '@', a->len) || memchr(a->text, '/', a->len) || memchr(a->text, '.', a->len - 1)
	                        ? 2.5
	                        : 0.6) *
	                       a->char_w;
}

/* Half the cells of a grid hold text at least: a page of empty boxes
 * drawn round figures, or a form's fields, with a caption standing in
 * one box here and there, is no table (layout.table.ruled_cells). A
 * cell is a rectangle of the grid with a rule on its left and its top
 * (merged cells are one); rc holds each line's cell, or -1. */
static bool mostly_filled(size_t n, const int *rc, const pdfl_rule *R, const size_t *comp_of,
                          size_t nr, size_t comp, const double *xs, size_t nx, const double *ys, size_t ny)
{
	size_t cols = nx - 1, rows = ny - 1, cells = 0, filled = 0, i, r, c;
	unsigned char *seen;
	if (rows * cols > 4096)
		return false; /* more boxes than any table of a release */
	seen = calloc(rows * cols, 1);
	if (!seen)
		return false;
	for (i = 0; i < n; i++)
		if (rc[2 * i] >= 0 && !seen[(size_t)rc[2 * i] * cols + (size_t)rc[2 * i + 1]]) {
			seen[(size_t)rc[2 * i] * cols + (size_t)rc[2 * i + 1]] = 1;
			filled++;
		}
	free(seen);
	for (r = 0; r < rows; r++)
		for (c = 0; c < cols; c++)
			cells += (!c || rule_along(R, comp_of, comp, nr, false, xs[c], 0.5 * (ys[r] + ys[r + 1]))) &&
			         (!r || rule_along(R, comp_of, comp, nr, true, ys[r], 0.5 * (xs[c] + xs[c + 1])));
	return 2 * filled >= cells;
}

/* The grid of component comp of page p's rules as a table, if its lines
 * are its cells' (layout.table.ruled_cells). */
static void ruled_grid(pdfl_doc *d, pdfl_page *p, const pdfl_rule *R, const size_t *comp_of, size_t nr, size_t comp,
                       int *ntables)
{
	pdfl_line *L = pdfl_page_lines(d, p);
	double *xs = malloc(nr * sizeof *xs), *ys = malloc(nr * sizeof *ys);
	size_t nx = 0, ny = 0, i, inside = 0, firstpos = SIZE_MAX;
	int *rc = NULL, rows_seen = 0, cols_seen = 0, lastr = -1;
	double *edge = NULL; /* each line's cell's left and right border */
	bool ok = true;
	unsigned long colmask = 0;
	if (!xs || !ys) {
		d->oom = true;
		goto done;
	}
	for (i = 0; i < nr; i++)
		if (comp_of[i] == comp) {
			if (rule_level(&R[i]))
				ys[ny++] = R[i].y0;
			else
				xs[nx++] = R[i].x0;
		}
	nx = merge_stops(xs, nx);
	ny = merge_stops(ys, ny);
	if (nx < 3 || ny < 3 || nx > 64)
		goto done;
	rc = malloc(2 * p->n * sizeof *rc);
	edge = malloc(2 * p->n * sizeof *edge);
	if (!rc || !edge) {
		d->oom = true;
		goto done;
	}
	for (i = 0; i < p->n && ok; i++) {
		const pdfl_line *l = &L[i];
		/* a line's box may take in the row under it (a break's empty
		 * glyph): its top, and its first line's height, place it */
		double cx = 0.5 * (l->x0 + l->x1), cy = fmin(0.5 * (l->y0 + l->y1), l->y0 + 0.6 * l->size);
		int r = 0, c = 0;
		rc[2 * i] = -1;
		if (l->furniture || l->rtl || l->table || cy < ys[0] || cy > ys[ny - 1])
			continue;
		if (cx < xs[0] || cx > xs[nx - 1]) {
			/* text beside the grid, reaching to within an em of its
			 * outer rule: the rules are the column rules of a table
			 * open at its sides (a register's, its first and last
			 * columns unframed), not a frame round all its cells */
			if (cx < xs[0] ? l->x1 > xs[0] - l->size : l->x0 < xs[nx - 1] + l->size)
				ok = false;
			continue;
		}
		while ((size_t)c + 2 < nx && cx > xs[c + 1])
			c++;
		while ((size_t)r + 2 < ny && cy > ys[r + 1])
			r++;
		/* merged cells: no rule between two rectangles makes them one */
		while (c > 0 && !rule_along(R, comp_of, comp, nr, false, xs[c], 0.5 * (ys[r] + ys[r + 1])))
			c--;
		while (r > 0 && !rule_along(R, comp_of, comp, nr, true, ys[r], 0.5 * (xs[c] + xs[c + 1])))
			r--;
		{
			/* the cell runs to the next rule that stands on its row */
			size_t e = (size_t)c + 1;
			while (e + 1 < nx && !rule_along(R, comp_of, comp, nr, false, xs[e], 0.5 * (ys[r] + ys[r + 1])))
				e++;
			if (l->x0 < xs[c] - RULE_TOL || l->x1 > xs[e] + RULE_TOL)
				ok = false; /* a line across a border: not cells we can read */
			edge[2 * i] = xs[c];
			edge[2 * i + 1] = xs[e];
		}
		rc[2 * i] = r;
		rc[2 * i + 1] = c;
		inside++;
		if (r != lastr)
			rows_seen++;
		lastr = r;
		colmask |= 1ul << (c & 63);
	}
	for (i = 0; i < 64; i++)
		cols_seen += (colmask >> i) & 1;
	if (!ok || inside < 3 || rows_seen < 2 || cols_seen < 2 || !mostly_filled(p->n, rc, R, comp_of, nr, comp, xs, nx, ys, ny))
		goto done;
	(*ntables)++;
	for (i = 0; i < p->n; i++)
		if (rc[2 * i] >= 0) {
			L[i].table = *ntables;
			L[i].row = rc[2 * i];
			L[i].col = rc[2 * i + 1];
			if (i < firstpos)
				firstpos = i;
		}
	for (i = 0; i < p->n; i++)
		if (rc[2 * i] >= 0)
			L[i].glued = cell_glued(L, p->n, rc, edge, i);
	place_table(d, p, *ntables, firstpos);
done:
	free(edge);
	free(rc);
	free(xs);
	free(ys);
}

/* The grids of page pg's rules, as tables (layout.table.ruled_cells). */
static void ruled_tables(pdfl_doc *d, size_t pg, int *ntables)
{
	pdfl_page *p = &d->pages[pg];
	const pdfl_rule *R;
	size_t i, j, a = 0, nr, *up, *comp_of;
	while (a < d->nrules && d->rules[a].page < (int)pg + 1)
		a++;
	for (nr = 0; a + nr < d->nrules && d->rules[a + nr].page == (int)pg + 1; nr++)
		;
	if (nr < 6 || nr > 2000 || !p->n)
		return;
	R = d->rules + a;
	up = malloc(nr * sizeof *up);
	comp_of = malloc(nr * sizeof *comp_of);
	if (!up || !comp_of) {
		free(up);
		free(comp_of);
		d->oom = true;
		return;
	}
	/* a border meets two borders across it at least (a cell's two
	 * sides); a run of ink that meets fewer is underlining or type */
	for (i = 0; i < nr; i++)
		up[i] = 0;
	for (i = 0; i < nr; i++)
		for (j = 0; j < nr; j++)
			if (rule_level(&R[i]) && !rule_level(&R[j]) && rules_meet(&R[i], &R[j])) {
				up[i]++;
				up[j]++;
			}
	for (i = 0; i < nr; i++)
		comp_of[i] = up[i] >= 2 ? i : SIZE_MAX;
	for (i = 0; i < nr; i++)
		up[i] = i;
	for (i = 0; i < nr; i++)
		for (j = 0; j < nr; j++)
			if (comp_of[i] != SIZE_MAX && comp_of[j] != SIZE_MAX && rule_level(&R[i]) && !rule_level(&R[j]) &&
			    rules_meet(&R[i], &R[j]))
				up[uf_find(up, i)] = uf_find(up, j);
	for (i = 0; i < nr; i++)
		comp_of[i] = comp_of[i] == SIZE_MAX ? SIZE_MAX : uf_find(up, i);
	for (i = 0; i < nr && !d->oom; i++)
		if (comp_of[i] == i)
			ruled_grid(d, p, R, comp_of, nr, i, ntables);
	free(up);
	free(comp_of);
}

/* Line i of page p is short enough to be a table's cell and stands beside
 * another such on its row, or holds wide gaps (pdf.table_cells). */
static bool cell_like(const pdfl_page *p, const pdfl_line *L, size_t i)
{
	size_t j;
	if (L[i].x1 - L[i].x0 > 0.4 * p->w)
		return false;
	if (L[i].ncut)
		return true;
	for (j = 0; j < p->n; j++)
		if (j != i && L[j].x1 - L[j].x0 <= 0.4 * p->w && same_row(&L[i], &L[j]) &&
		    (L[j].x0 >= L[i].x1 || L[j].x1 <= L[i].x0))
			return true;
	return false;
}

/* The rows of cells of a table stand one close under the other: runs of
 * cell-like lines, each within three ems under the one before, of two
 * rows or more, are looked at, the page's head and foot (a browser's
 * date and title over the page, its address and page number under it)
 * not together. */
size_t pdfl_find_rules(pdfl_doc *d, pdfl_rules_fn probe, void *user)
{
	size_t pg, looked = 0;
	for (pg = 0; pg < d->npages && !d->oom; pg++) {
		const pdfl_page *p = &d->pages[pg];
		const pdfl_line *L;
		const pdfl_line **c;
		size_t i, j, nc = 0;
		bool any = false;
		if (p->n < 3)
			continue;
		L = pdfl_page_lines(d, p);
		c = malloc(p->n * sizeof *c);
		if (!c) {
			d->oom = true;
			return looked;
		}
		for (i = 0; i < p->n; i++)
			if (cell_like(p, L, i))
				c[nc++] = &L[i];
		qsort(c, nc, sizeof *c, cmp_ptr_top);
		for (i = 0; i < nc && !any; i = j) {
			double x0 = c[i]->x0, y0 = c[i]->y0, x1 = c[i]->x1, y1 = c[i]->y1, em = c[i]->size;
			size_t rows = 1;
			bool grow;
			for (j = i + 1; j < nc && c[j]->y0 < y1 + 3 * em; j++) {
				if (c[j]->y0 > c[j - 1]->y0 + 0.5 * c[j]->size)
					rows++;
				x0 = fmin(x0, c[j]->x0);
				x1 = fmax(x1, c[j]->x1);
				y1 = fmax(y1, c[j]->y1);
				em = fmax(em, c[j]->size);
			}
			if (j - i < 3 || rows < 2)
				continue;
			/* down the lines under them: a cell's wrapped lines go on
			 * below the rows of cells side by side */
			for (grow = true; grow;)
				for (grow = false, i = 0; i < p->n; i++)
					if (L[i].y0 > y1 && L[i].y0 < y1 + 2 * em && L[i].x0 < x1 && L[i].x1 > x0) {
						y1 = L[i].y1;
						grow = true;
					}
			any = true;
			/* across the page's whole width: a column whose lines are
			 * not cell-like (long, or alone on their row) lies beyond
			 * the run's, and a grid cut short there loses its cells */
			probe(user, d, (int)pg + 1, 0, y0 - 3 * em, p->w, y1 + 3 * em);
		}
		free(c);
		looked += any;
	}
	return looked;
}

static void find_tables(pdfl_doc *d)
{
	size_t pg;
	int ntables = 0;
	for (pg = 0; pg < d->npages && !d->oom; pg++) {
		pdfl_line *orig;
		size_t *npieces, ncut, i, guard = 0;
		if (d->pages[pg].n < 6 && !d->nrules)
			continue;
		ncut = cut_page(d, pg, &orig, &npieces);
		ruled_tables(d, pg, &ntables);
		while (!d->oom && ntables < 10000 && guard++ < 1000) {
			pdfl_page *p = &d->pages[pg];
			pdfl_line *L = pdfl_page_lines(d, p);
			size_t m = 0;
			pdfl_line **byrow = malloc(p->n * sizeof *byrow);
			bool found;
			if (!byrow) {
				d->oom = true;
				break;
			}
			for (i = 0; i < p->n; i++)
				if (!L[i].furniture && !L[i].rtl && !L[i].table)
					byrow[m++] = &L[i];
			found = table_in(d, p, byrow, m, 0, &ntables);
			free(byrow);
			if (!found)
				break;
		}
		if (ncut) {
			join_pieces(d, pg, orig, npieces);
			for (i = 0; i < ncut; i++)
				free(orig[i].text);
		}
		free(orig);
		free(npieces);
	}
}

/* ---- list numbers set on a hanging indent ------------------------------ */

/*
 * Convention pdf.list_number_hanging: a list whose numbers the producer
 * generates (an HTML ordered list printed by a browser, a word
 * processor's numbering with a short indent) sets each number out in the
 * margin and the item's text at the hanging indent, where its wrapped
 * lines start too; the gap after the number may be no wider than a word
 * space, so read_page could not see a tab stop. A typed "1. " wraps its
 * next line back under the number. So a numbered line whose next line in
 * its column, at the same pitch and in the same type, starts where the
 * text after the number does is an item whose number is a marker; its
 * neighbours numbered in sequence at the same place (one-line items of
 * the same list) are too. Their number is then read as one set on a tab
 * stop (bullet_len), as the gold reads generated numbers: markers, not
 * text (../shared/eval/README.md).
 */
static long list_number(const pdfl_line *l)
{
	size_t m = number_marker_len(l->text, ' ');
	return m && l->text[m] && !l->furniture && !l->table && !l->rtl ? strtol(l->text, NULL, 10) : -1;
}

/* Line b stands at the hanging indent of item line a: in its column, not
 * numbered, starting where the text after a's number does. */
static bool at_hanging_indent(const pdfl_line *a, const pdfl_line *b)
{
	double in = b->x0 - a->x0;
	size_t m = number_marker_len(a->text, ' ');
	return b->page == a->page && !b->furniture && !b->table && !b->rtl && same_column(a, b) &&
	       list_number(b) < 0 && !bullet_len(b->text) && fabs(b->size - a->size) < 0.1 * a->size &&
	       in > 0.8 * a->size && in < 4 * a->size && fabs(b->x0 - (a->x0 + (double)m * a->char_w)) < a->size;
}

/* ... and right under it: the item's wrapped line. */
static bool hangs_under(const pdfl_line *a, const pdfl_line *b)
{
	double pitch = b->y0 - a->y0;
	return at_hanging_indent(a, b) && pitch > 0.8 * a->size && pitch < 1.8 * a->size;
}

/* Line b is the item after (dir 1) or before (dir -1) item line a of the
 * same list: numbered next in sequence, its number where a's is. */
static bool next_item(const pdfl_line *a, const pdfl_line *b, int dir)
{
	long na = list_number(a), nb = list_number(b);
	return nb >= 0 && nb == na + dir && b->page == a->page && same_column(a, b) &&
	       fabs(b->x0 - a->x0) < 0.3 * a->size && fabs(b->size - a->size) < 0.1 * a->size;
}

static void hanging_list_numbers(pdfl_doc *d)
{
	size_t i, j, a;
	bool *gen = calloc(d->n + 1, sizeof *gen);
	if (!gen) {
		d->oom = true;
		return;
	}
	for (i = 0; i + 1 < d->n; i++)
		if (list_number(&d->lines[i]) >= 0 && hangs_under(&d->lines[i], &d->lines[i + 1]))
			gen[i] = true;
	/* the list's other items, each way from an item shown generated,
	 * past the wrapped lines of each item to the next number */
	for (i = 0; i < d->n; i++) {
		if (!gen[i])
			continue;
		for (a = i, j = i + 1; j < d->n; j++) {
			if (at_hanging_indent(&d->lines[a], &d->lines[j]))
				continue;
			if (!next_item(&d->lines[a], &d->lines[j], 1))
				break;
			gen[j] = true;
			a = j;
		}
		for (a = i, j = i; j-- > 0;) {
			if (at_hanging_indent(&d->lines[a], &d->lines[j]))
				continue;
			if (!next_item(&d->lines[a], &d->lines[j], -1))
				break;
			gen[j] = true;
			a = j;
		}
	}
	for (i = 0; i < d->n; i++)
		if (gen[i])
			d->lines[i].text[number_marker_len(d->lines[i].text, ' ') - 1] = '\t';
	free(gen);
}

static void mark_pull_quotes(pdfl_doc *d);

void pdfl_analyse(pdfl_doc *d)
{
	size_t i;
	size_t w = 0, pg = 0;
	for (i = 0; i < d->npages && !d->oom; i++)
		order_page(d, &d->pages[i]);
	/* close the gaps that merged fragments left */
	for (pg = 0; pg < d->npages; pg++) {
		pdfl_page *p = &d->pages[pg];
		size_t k, from = p->first;
		p->first = w;
		for (k = 0; k < p->n; k++)
			d->lines[w++] = d->lines[from + k];
	}
	d->n = w;
	measure(d);
	mark_furniture(d);
	mark_pull_quotes(d);
	defer_side_boxes(d);
	lift_frames(d);
	text_extent(d);
	resolve_note_marks(d);
	find_tables(d);
	hanging_list_numbers(d);
}

/* ---- pull quotes --------------------------------------------------------- */

/* The letters and digits of s appended to k, lower-cased in ASCII, with
 * ligatures spelt out and everything else (spaces, punctuation, quotation
 * marks, hyphens at line ends) left out: two settings of the same words,
 * whatever their line breaks and quotation marks, give the same key. */
static void letter_key(pm_buf *k, const char *s, size_t len)
{
	const char *p = s, *e = s + len;
	while (p < e) {
		const char *at = p;
		uint32_t c = u8next(&p);
		if (c < 0x80) {
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
				pm_buf_addc(k, (char)c);
			else if (c >= 'A' && c <= 'Z')
				pm_buf_addc(k, (char)(c - 'A' + 'a'));
		} else if (c >= 0xFB00 && c <= 0xFB04) {
			static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl"};
			pm_buf_adds(k, lig[c - 0xFB00]);
		} else if (!(c >= 0xA0 && c <= 0xBF) && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x206F) &&
		           !(c >= 0x3000 && c <= 0x303F)) {
			pm_buf_add(k, at, (size_t)(p - at));
		}
	}
}

/* Convention layout.pull_quote: a designer's pull quote - a few words of
 * the text set again in display type (a size a quarter or more above the
 * body's) in the middle of a column, the text flowing around it - is
 * furniture: its words are in the body already. A run of up to six lines
 * in such type, of twenty letters or more, below three lines or more of
 * body type on its page (not the title block at the page's head), whose
 * letters the body's text holds word for word (quotation marks,
 * punctuation, line breaks and an ellipsis that cuts the quote aside), of
 * eight words or more and not bold (a heading that the text names again,
 * or that a table of contents lists, is no quote), is
 * marked as a caption-like furniture line: read past, so that the
 * paragraph it interrupts goes on (pdfl_emit). A large line that the text
 * does not repeat (a heading, a quote not said elsewhere) stays. */
static void mark_pull_quotes(pdfl_doc *d)
{
	pm_buf body, q;
	size_t i, j, k;
	if (d->body_size <= 0 || d->n < 8)
		return;
	pm_buf_init(&body);
	pm_buf_init(&q);
	for (i = 0; i < d->n; i++) {
		const pdfl_line *l = &d->lines[i];
		if (!l->furniture && l->size < 1.2 * d->body_size && l->size > 0.8 * d->body_size)
			letter_key(&body, l->text, l->len);
	}
	for (i = 0; i < d->n && body.len; i = j) {
		size_t above = 0, letters, parts = 0, found = 0, words;
		double bold;
		const char *t;
		j = i + 1;
		if (d->lines[i].furniture || d->lines[i].size < 1.25 * d->body_size)
			continue;
		for (; j < d->n && j - i <= 6 && !d->lines[j].furniture && d->lines[j].page == d->lines[i].page &&
		       fabs(d->lines[j].size - d->lines[i].size) < 0.1 * d->lines[i].size;
		     j++)
			;
		if (j - i > 6)
			continue;
		for (k = d->pages[d->lines[i].page - 1].first; k < d->n && d->lines[k].page == d->lines[i].page; k++)
			if (!d->lines[k].furniture && d->lines[k].y1 <= d->lines[i].y0 &&
			    fabs(d->lines[k].size - d->body_size) < 0.15 * d->body_size)
				above++;
		if (above < 3)
			continue;
		/* each part between ellipses is said in the body */
		pm_buf_reset(&q);
		for (k = i; k < j; k++) {
			const char *p = d->lines[k].text, *e = p + d->lines[k].len, *m;
			while ((m = strstr(p, "\xE2\x80\xA6")) && m < e) {
				letter_key(&q, p, (size_t)(m - p));
				pm_buf_addc(&q, '|');
				p = m + 3;
			}
			letter_key(&q, p, (size_t)(e - p));
		}
		letters = 0;
		for (t = q.data; t && *t;) {
			size_t n = strcspn(t, "|");
			if (n) {
				parts++;
				letters += n;
				found += n >= 12 && memmem(body.data, body.len, t, n) != NULL;
			}
			t += n + (t[n] == '|');
		}
		/* a sentence's words, not a heading the text names again
		 * ("Forward-Looking Statements" over "... contains
		 * forward-looking statements") or its contents line lists:
		 * eight words or more, not bold */
		for (k = i, words = 0, bold = 0; k < j; k++) {
			words += word_count(d->lines[k].text);
			bold += d->lines[k].bold;
		}
		if (letters < 20 || !parts || found != parts || words < 8 || bold > 0.5 * (double)(j - i))
			continue;
		for (k = i; k < j; k++)
			d->lines[k].furniture = PM_BLOCK_CAPTION;
	}
	pm_buf_free(&body);
	pm_buf_free(&q);
}

/* ---- Arabic words split inside ------------------------------------------ */

static bool harakah(uint32_t c)
{
	return c >= 0x064B && c <= 0x0652;
}

/* An Arabic letter or one of its marks (harakat, superscript alef). */
static bool arabic_letter(uint32_t c)
{
	return (c >= 0x0621 && c <= 0x064A) || harakah(c) || (c >= 0x0670 && c <= 0x06D3);
}

/* s[0..n) is made of Arabic letters, but for a closing punctuation mark
 * ("،", "؛", "؟", ".", ":", "!") that *core leaves out. */
static bool arabic_token(const char *s, size_t n, size_t *core)
{
	const char *p = s, *e = s + n;
	size_t letters = 0;
	*core = n;
	while (p < e) {
		const char *at = p;
		uint32_t c = u8next(&p);
		if (arabic_letter(c))
			letters++;
		else if (p == e && letters && (c == 0x060C || c == 0x061B || c == 0x061F || c == '.' || c == ':' || c == '!'))
			*core = (size_t)(at - s);
		else
			return false;
	}
	return letters > 0;
}

/* s[0..n) holds harakat only (a tanween set apart from its letter). A
 * haraka at the start of a longer part says nothing: poppler writes the
 * marks of right-to-left text before the letter they sit on. */
static bool marks_only(const char *s, size_t n)
{
	const char *p = s, *e = s + n;
	while (p < e)
		if (!harakah(u8next(&p)))
			return false;
	return n > 0;
}

/* s[0..n) is one letter that is no word on its own: Arabic writes its
 * one-letter words (the prefixes bi-, li-, ka-, fa-) joined to the next
 * word; only wa- ("و") is sometimes set apart. */
static bool single_letter(const char *s, size_t n)
{
	const char *p = s;
	uint32_t c = u8next(&p);
	return (size_t)(p - s) == n && c != 0x0648 && arabic_letter(c) && !harakah(c);
}

/* Whether the Arabic dictionary knows s[0..n), its harakat left out (the
 * dictionary's words are written without short vowels). */
static int spell_ar(pdfl_spell_fn spell, void *user, const char *s, size_t n)
{
	char buf[256];
	const char *p = s, *e = s + n;
	size_t k = 0;
	if (n >= sizeof buf)
		return -1;
	while (p < e) {
		const char *at = p;
		if (!harakah(u8next(&p))) {
			memcpy(buf + k, at, (size_t)(p - at));
			k += (size_t)(p - at);
		}
	}
	buf[k] = '\0';
	return k ? spell(user, "ar", buf) : 0;
}

/*
 * Convention pdf.letter_spaced_line: a line set with tracking (letter
 * spacing, "C O M M U N I Q U É" drawn with extra room after every
 * glyph) has nearly equal advances between the letters of its words;
 * poppler breaks a word where the gap from one glyph box to the next
 * passes a tenth of an em (TextOutputDev's minimum word-break space), so
 * where a glyph is placed a hair further (the positioning of a digit, a
 * kerning pair undone) a word is split ("3 mars 20 2 5"), while the
 * line's real word gaps are several times wider. The decision is the
 * line's: its letter gap m is the median of the gaps the text layer left
 * without a space (six or more, nine in ten of them within a tolerance
 * of m: the letters are set evenly); a space whose gap is within
 * PDFL_LETTER_SLACK em of m is a letter gap when every other space of
 * the line is a clear word gap, wider than m + PDFL_WORD_GAP em and than
 * 2.5 times the widest such letter gap, and there are two of those at
 * least. A space between the two is a doubt, and the line is left as the
 * text layer gave it. Tight word spacing alone never joins: its spaces
 * are alike on a line, with no wider word gap beside them. (pdf.c takes
 * out only spaces between two letters or digits, and keeps the space of
 * a thousands group, "3 100".)
 */
#define PDFL_LETTER_SLACK 0.13
#define PDFL_WORD_GAP 0.3
#define PDFL_MAX_LINE_GAPS 1024

/* Convention pdf.letter_spaced_line.all_spaced: a short line tracked so
 * widely (a kicker or a label in spaced capitals: "C U L T U U R") that
 * the text layer put a space at nearly every letter gap, and none only
 * where a kerning pair drew two letters closer ("C U LT U U R"): four
 * spaced gaps or more and three in four of all (at most 64), their median
 * ms a tenth of an em to six tenths, every gap without a space no wider than ms plus the
 * slack. The spaces within the slack of ms are letter gaps; a space
 * wider than ms by a fifth of an em and by half again is a word gap
 * (tracking adds itself to the word space too); one in between is a
 * doubt, and the line stays as read. */
size_t pdfl_all_spaced_joins(const double *gap, const bool *spaced, size_t n, bool *join)
{
	double sp[64], ms;
	size_t i, ns = 0, joins = 0;
	if (n)
		memset(join, 0, n * sizeof *join);
	if (n < 4 || n > 64)
		return 0;
	for (i = 0; i < n; i++) {
		if (!isfinite(gap[i]))
			return 0;
		if (spaced[i])
			sp[ns++] = gap[i];
	}
	if (ns < 4 || ns * 4 < n * 3)
		return 0;
	ms = quantile(sp, ns, 0.5);
	if (ms < 0.1 || ms > 0.6)
		return 0; /* wider: a row of cells or of one-letter labels, no tracking */
	for (i = 0; i < n; i++) {
		if (!spaced[i]) {
			if (gap[i] > ms + PDFL_LETTER_SLACK)
				return 0;
			continue;
		}
		if (fabs(gap[i] - ms) <= PDFL_LETTER_SLACK)
			join[i] = true, joins++;
		else if (!(gap[i] > ms + 0.2 && gap[i] > 1.5 * ms)) {
			memset(join, 0, n * sizeof *join);
			return 0;
		}
	}
	return joins;
}

size_t pdfl_letter_spaced_joins(const double *gap, const bool *spaced, size_t n, bool *join)
{
	double *letters, m, tol, widest = 0;
	size_t i, nl = 0, near = 0, joins = 0, words = 0;
	if (n)
		memset(join, 0, n * sizeof *join);
	if (n < 7 || n > PDFL_MAX_LINE_GAPS || !(letters = malloc(n * sizeof *letters)))
		return 0;
	for (i = 0; i < n; i++)
		if (!spaced[i] && isfinite(gap[i]))
			letters[nl++] = gap[i];
	if (nl < 6) {
		free(letters);
		return 0;
	}
	m = quantile(letters, nl, 0.5);
	tol = 0.25 * fabs(m) > 0.03 ? 0.25 * fabs(m) : 0.03;
	for (i = 0; i < nl; i++)
		near += fabs(letters[i] - m) <= tol;
	free(letters);
	if (near * 10 < nl * 9)
		return 0;
	for (i = 0; i < n; i++) {
		if (!spaced[i])
			continue;
		if (!isfinite(gap[i]))
			return 0;
		if (gap[i] <= m + PDFL_LETTER_SLACK) {
			joins++;
			if (gap[i] > widest)
				widest = gap[i];
		}
	}
	for (i = 0; i < n; i++) {
		if (!spaced[i] || gap[i] <= m + PDFL_LETTER_SLACK)
			continue;
		if (gap[i] > m + PDFL_WORD_GAP && gap[i] > 2.5 * widest)
			words++;
		else
			return 0;
	}
	if (!joins || words < 2)
		return 0;
	for (i = 0; i < n; i++)
		join[i] = spaced[i] && gap[i] <= m + PDFL_LETTER_SLACK;
	return joins;
}

/*
 * Arabic set by a word processor that justifies its lines by widening
 * the gaps between letters (LibreOffice's PDFs): poppler takes the wider
 * gaps for word spaces and splits words ("هيئ ة", "تنج ز"). The glyph
 * boxes of such text do not say where a word ends, so the script decides,
 * with the dictionary's word: a part that starts with a letter that
 * never starts a word (taa marbuta) or is a mark alone (a tanween) ends
 * the word before it; a lone letter (no word in Arabic, but wa-) joins
 * its neighbour when the two written together are a word the language's
 * dictionary knows. Two parts that are words each stay apart, even when
 * the dictionary knows neither ("العم راني"): the text layer of such
 * PDFs also writes lam-alef as alef-lam, so a dictionary miss is no
 * evidence.
 */
unsigned long pdfl_join_split_words(pdfl_doc *d, pdfl_spell_fn spell, void *user)
{
	unsigned long joined = 0;
	size_t i;
	/* no dictionary is asked before a lone letter is met: loading one
	 * costs more than most documents take to read */
	for (i = 0; i < d->n; i++) {
		pdfl_line *l = &d->lines[i];
		const char *p = l->text, *e = l->text + l->len;
		char *out;
		size_t len = 0, cur_at = 0;
		bool changed = false, have = false;
		if (!l->rtl)
			continue;
		out = malloc(l->len + 1);
		if (!out) {
			d->oom = true;
			return joined;
		}
		while (p < e) {
			const char *w = p, *we;
			size_t core_a, core_b;
			while (p < e && *p != ' ')
				p++;
			we = p;
			while (p < e && *p == ' ')
				p++;
			if (have && len > cur_at && arabic_token(out + cur_at, len - cur_at, &core_a) &&
			    core_a == len - cur_at && arabic_token(w, (size_t)(we - w), &core_b)) {
				const char *f = w;
				bool bound = u8next(&f) == 0x0629 || marks_only(w, core_b);
				bool lone = single_letter(out + cur_at, core_a) || single_letter(w, core_b);
				if (bound || lone) {
					memcpy(out + len, w, core_b);
					if (bound || (spell && spell_ar(spell, user, out + cur_at, len + core_b - cur_at) == 1)) {
						memcpy(out + len, w, (size_t)(we - w));
						len += (size_t)(we - w);
						joined++;
						changed = true;
						continue;
					}
				}
			}
			if (len)
				out[len++] = ' ';
			cur_at = len;
			have = true;
			memcpy(out + len, w, (size_t)(we - w));
			len += (size_t)(we - w);
		}
		if (changed) {
			memcpy(l->text, out, len);
			l->text[len] = '\0';
			l->len = len;
		}
		free(out);
	}
	return joined;
}

/* ---- paragraphs ------------------------------------------------------- */


/* Centred in its column: margins on both sides, and about equal (an
 * indented line that runs to the right margin, a list item's, is not). */
static bool centered(const pdfl_line *l)
{
	double left = l->x0 - l->colL, right = l->colR - l->x1, w = l->colR - l->colL;
	return w > 0 && left > 2 * l->size && left > 0.08 * w && fabs(left - right) < 0.12 * w &&
	       fabs(left - right) < 0.35 * (left > right ? left : right) + l->size;
}

/* Room left at the end of line a (on the side where its lines end),
 * before line b. Two lines that start at the same place are set flush
 * left, however centred the shorter one looks (the items of an indented
 * list); centred lines start where their lengths put them. */
static double slack_after(const pdfl_line *a, const pdfl_line *b)
{
	if (centered(a) && fabs(a->x0 - b->x0) > 1)
		return (a->colR - a->colL) - (a->x1 - a->x0);
	/* right-to-left lines end on the left; set flush left (a page laid
	 * out left to right, the script's lines ragged on the right, or set
	 * in from the left as a list's items) a line ends short on the right:
	 * the room on the side where it stops short */
	if (a->rtl)
		return fmax(a->x0 - a->colL, a->colR - a->x1);
	/* Convention layout.rtl_paragraph_direction.latin_first: a line that
	 * opens with a Latin name (read left to right by its first letter) in
	 * a column set from the right still ends on the left, as its
	 * paragraph's other lines do */
	if (a->from_right)
		return a->x0 - a->colL;
	return a->colR - a->x1;
}

/* The first word of b would have fitted at the end of a: a was ended on
 * purpose (a paragraph end, a line break), not wrapped by the layout. */
/* layout.rtl_paragraph_direction: how far line l stands in from the
 * margin where its column's lines start (the right one in a column set
 * from the right), and where it starts and ends, mirrored there. */
static double lead_in(const pdfl_line *l)
{
	return l->from_right ? l->colR - l->x1 : l->x0 - l->colL;
}

static double start_at(const pdfl_line *l)
{
	return l->from_right ? -l->x1 : l->x0;
}

static double end_at(const pdfl_line *l)
{
	return l->from_right ? -l->x0 : l->x1;
}

/* A right-to-left line ends a sentence. On a page laid out left to right
 * the line's closing mark (a full stop, a colon, a closing quotation
 * mark) stands after the text in the page's direction, at its right end,
 * where the reading of a right-to-left line starts: the mark opens the
 * text read (".הספרייה תגיע אליהם", the core moves it back). */
static bool rtl_ends_sentence(const pdfl_line *l)
{
	const char *p = l->text;
	uint32_t c = u8next(&p);
	if (ends_sentence(l))
		return true;
	if (l->from_right || !(c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x06D4 || c == '"' ||
	                        c == 0xBB || c == 0xAB || c == 0x201D))
		return false;
	while (*p == '.' || *p == '"' || *p == '!' || *p == '?')
		p++;
	return pm_rtl_char((int32_t)u8next(&p));
}

/* The width of b's first word: a right-to-left line's glyphs come in
 * visual order, the width measured is not its first word's; take a long
 * word's, six letters. */
static double first_word_w(const pdfl_line *b)
{
	return b->rtl && b->first_w > 6 * b->char_w ? 6 * b->char_w : b->first_w;
}

/* Convention layout.block_quote_measure: two lines that start at one
 * left edge set in from their column's (a block quotation: Word's Quote
 * style, HTML's blockquote, indented on both sides) have a measure that
 * ends as far short of the column's right margin as they start in from
 * its left, not at the margin: a wrapped line of the quotation leaves
 * room for the next word only measured against the column, and the
 * quotation was read as two paragraphs in the PDF while the DOCX and
 * TXT renders of it give one. Left to right, not centred, an indent of
 * two characters to a quarter of the column. */
static double quote_inset(const pdfl_line *a, const pdfl_line *b)
{
	double in = a->x0 - a->colL;
	if (a->rtl || b->rtl || a->from_right || centered(a) || fabs(a->x0 - b->x0) > 1 ||
	    in < 2 * a->char_w || in > (a->colR - a->colL) / 4)
		return 0;
	return in;
}

static bool next_word_fits(const pdfl_line *a, const pdfl_line *b)
{
	double slack = slack_after(a, b) - quote_inset(a, b), first = first_word_w(b);
	return slack > first + 2 * b->char_w && slack > 3 * b->char_w;
}

/* Line a was ended before the margin on purpose: the next word would
 * have fitted, or the column is justified and a does not reach its margin
 * (justified text stretches every line to it but a paragraph's last). */
static bool ended_short(const pdfl_line *a, const pdfl_line *b)
{
	return next_word_fits(a, b) || (a->justified && !centered(a) && slack_after(a, b) > flush_tolerance(a));
}

/* Mostly bold against mostly regular: a change of weight that sets a
 * heading apart, when the line before it stops short or is a bold line
 * standing alone (a line filled to the margin that runs into a change of
 * weight is a sentence going on with a name or a phrase in bold). */
static bool weight_changes(const pdfl_line *a, const pdfl_line *b)
{
	return (a->bold >= 0.6) != (b->bold >= 0.6);
}

/* The font's name says it is an italic or oblique face ("Arial,Italic",
 * "Garamond-BoldItalic", "DejaVuSans-Oblique"). */
static bool slanted_font(const char *font)
{
	const char *c;
	if (!font)
		return false;
	if (strcasestr(font, "italic") || strcasestr(font, "oblique"))
		return true;
	c = strrchr(font, ',');
	return c && (!strcmp(c, ",I") || !strcmp(c, ",BI"));
}

/* Set in the body's size. */
static bool body_size(const pdfl_doc *d, const pdfl_line *l)
{
	return d->body_size > 0 && fabs(l->size - d->body_size) < 0.08 * d->body_size;
}

/* Set in the body's type: its size, not bold, not centred (titles,
 * subtitles and headings are set apart by their type, not by space). */
static bool body_type(const pdfl_doc *d, const pdfl_line *l)
{
	return body_size(d, l) && l->bold < 0.9 && !centered(l);
}

/* Whether a line sits in from its column's left margin (the hanging
 * indent of a list item whose marker is a drawing). */
static bool indented(const pdfl_line *l)
{
	return !l->rtl && l->x0 - l->colL > 1.2 * l->size;
}

static bool starts_lower(const pdfl_line *l)
{
	const char *p = l->text;
	return lower_cp(u8next(&p));
}

/* After a short line: prose runs on (the line ends a sentence or a
 * clause, or the next starts in lower case). */
static bool prose_runs_on(const pdfl_line *a, const pdfl_line *b)
{
	const char *p = b->text;
	uint32_t c = last_cp(a->text, a->len), f = u8next(&p);
	if (ends_sentence(a) || c == ',')
		return true;
	return lower_cp(f);
}

/* The lowest point of the column line l belongs to. */
static double column_bottom(const pdfl_doc *d, const pdfl_line *l)
{
	const pdfl_page *p = &d->pages[l->page - 1];
	double bottom = l->y1;
	size_t i;
	for (i = p->first; i < p->first + p->n; i++)
		if (same_column(&d->lines[i], l) && d->lines[i].y1 > bottom)
			bottom = d->lines[i].y1;
	return bottom;
}

/* Convention layout.column_extent: the columns of one text set side by
 * side have one width (a page's column grid), which the extent the XY
 * cut found for each shows even where the margin estimated from its
 * lines does not: a column that holds few full lines (the end of a
 * paragraph, then a heading, an About text and contact lines) gets a
 * right margin far short of its width. Two columns beside each other
 * on one page whose extents agree within 3% are columns of one text. */
static bool equal_columns(const pdfl_line *a, const pdfl_line *b)
{
	double ea = a->cx1 - a->cx0, eb = b->cx1 - b->cx0;
	return a->page == b->page && (b->cx0 >= a->cx1 || b->cx1 <= a->cx0) &&
	       fabs(ea - eb) <= 0.03 * (ea > eb ? ea : eb);
}

/* Line b is where text flowing around a box floated beside a goes on
 * under it: on a's page, just below a, from the same left margin, wider. */
static bool widens_under(const pdfl_line *a, const pdfl_line *b)
{
	return a->page == b->page && b->colR - b->colL > a->colR - a->colL && b->y0 >= a->y1 - 0.2 * a->size &&
	       b->y0 - a->y1 < 3 * a->size && fabs(a->colL - b->colL) < 1;
}

/* b is the first body line of the next column or page after a, the last
 * of the previous one: the paragraph runs on when a fills its line (the
 * typesetter's convention: a paragraph's last line is short) in the same
 * type. The core still sees an inferred break and decides on the words
 * only where this says nothing. */
/* Convention layout.rtl_columns: right-to-left text set in columns
 * goes on at the top of the next one from a line that fills its measure
 * and ends no sentence, even where that column reaches lower than the one
 * it leaves (it holds the About text and the contact lines after the
 * body, which the columns were not balanced for): b opens its column, no
 * line of it stands higher, and a, filled to its margin on the side
 * where its lines end, stops mid-sentence. */
static bool rtl_column_goes_on(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b)
{
	const pdfl_page *p = &d->pages[b->page - 1];
	size_t i;
	if (!a->rtl || !b->rtl || rtl_ends_sentence(a) || ended_short(a, b) || slack_after(a, b) > 3 * a->char_w)
		return false;
	for (i = p->first; i < p->first + p->n; i++)
		if (same_column(&d->lines[i], b) && d->lines[i].y0 < b->y0 - 0.5 * b->size)
			return false;
	return true;
}

/* The line stops mid-phrase: its last character a letter or a comma. */
static bool mid_phrase_end(const pdfl_line *a)
{
	uint32_t c = last_cp(a->text, a->len);
	return c == ',' || (c < 0x80 ? isalpha((int)c) : g_unichar_isalpha(c));
}

static bool runs_on(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b)
{
	double wa = a->colR - a->colL, wb = b->colR - b->colL, slack;
	if (!body_type(d, a) || !body_type(d, b) || weight_changes(a, b))
		return false;
	/* columns of one text have one measure; a title or a box beside the
	 * text is no column of it. Text that flowed around a floating box
	 * widens under it, at the same left margin, on the same page. */
	if (fabs(wa - wb) > 0.15 * (wa > wb ? wa : wb) && !widens_under(a, b) && !equal_columns(a, b))
		return false;
	if (a->rtl != b->rtl || bullet_len(b->text) || number_marker_len(b->text, ' ') || b->drawn)
		return false;
	/* text goes on in the next column beside it only from a full one:
	 * the column it leaves reaches as low as the next one does */
	if (a->page == b->page && (b->cx0 >= a->cx1 || b->cx1 <= a->cx0) && a->y1 < column_bottom(d, b) - 1.5 * b->size &&
	    !rtl_column_goes_on(d, a, b))
		return false;
	/* lines side by side (sharing a band of the page, a clear gap between
	 * them: a masthead's name beside its date line, two header cells) are
	 * two texts, whatever their widths: text runs on into the next column
	 * only below where it left the last one */
	if (a->page == b->page && b->y0 < a->y1 && a->y0 < b->y1 &&
	    (b->x0 - a->x1 > a->size || a->x0 - b->x1 > a->size))
		return false;
	if (a->colR - a->colL < 12 * a->char_w)
		return false; /* too narrow to tell a full line from a short one */
	/* across pages the measure is the wider of the two columns' (a page with few
	 * lines may underestimate its own right margin) */
	slack = slack_after(a, b);
	if (a->page != b->page && !a->rtl && !centered(a) && fabs(a->colL - b->colL) < 1 && b->colR > a->colR)
		slack = b->colR - a->x1;
	/* layout.rtl_paragraph_direction: a right-to-left line's closing
	 * mark and first word are read as it is drawn */
	if ((a->rtl ? rtl_ends_sentence(a) : ends_sentence(a)) && slack > first_word_w(b) + 2 * b->char_w &&
	    slack > 3 * b->char_w)
		return false;
	if (a->justified && !centered(a) && slack > flush_tolerance(a))
		return false; /* a justified line short of its margin ends its paragraph */
	/* Convention layout.float_margin_paragraph_space: where the text
	 * widens under a box (a sidebar, a table) it is one flow read in two
	 * measures, and a paragraph's space still parts paragraphs there: a
	 * line ending its sentence, then a paragraph's space down to the
	 * line under it, ends its paragraph, however full it looks against
	 * the narrow measure (that measure, taken from the lines beside the
	 * box, may stop short of the line's own end). The lines of one
	 * paragraph stand at the text's pitch on both sides of the box's
	 * edge. */
	if (widens_under(a, b) && !a->rtl && ends_sentence(a) &&
	    leading(a, b) > (d->lead + 0.4) * (a->size > b->size ? a->size : b->size))
		return false;
	/* the text under a floated box goes on from the line beside it
	 * (convention layout.float_margin) when the line's next word would
	 * not have fitted in the narrow measure (a long word leaves a wide
	 * slack at the end of a narrow line) and the line under it follows
	 * at the text's pitch, not after a paragraph's space */
	if (widens_under(a, b) && !a->rtl && !centered(a) && !ended_short(a, b) &&
	    leading(a, b) <= (d->lead + 0.4) * (a->size > b->size ? a->size : b->size))
		return true;
	/* Convention layout.page_wrap_next_word: over a page or column
	 * break, a line that stops mid-phrase (a letter or a comma last)
	 * and leaves less room than the next line's first word needs was
	 * wrapped there, however wide the room looks against a short
	 * word's (a long name, "Professor Paul" / "Krugman,", left 40
	 * points of a measure whose margin is known) */
	if (a->page != b->page && !a->rtl && !centered(a) && !ends_sentence(a) && mid_phrase_end(a) &&
	    slack < first_word_w(b) + 2 * b->char_w)
		return true;
	return slack < 2.5 * b->char_w + first_word_w(b) * 0.5;
}

/* A line that starts with a dash after a line filled to the margin and
 * ending mid-sentence is the sentence going on ("du Québec" / "– Nature
 * et technologies"), not a list item: items follow a line that stops or
 * punctuates. The two lines start at one place, or (convention
 * layout.dash_after_indent) a is a paragraph's first line set in by its
 * indent and b comes back to the column's margin, as every wrapped line
 * of an indented paragraph does: a name with a dash inside ("„Prosveta"
 * / "– 1911“") wrapped at its dash; an item's dash would stand at the
 * indent or further in, never back out at the margin. */
static bool dash_runs_on(const pdfl_line *a, const pdfl_line *b)
{
	const char *p = b->text;
	uint32_t c = u8next(&p), e = last_cp(a->text, a->len);
	bool under = fabs(a->x0 - b->x0) < 0.5 * a->size;
	if (c != '-' && c != 0x2013 && c != 0x2014)
		return false;
	if (!under && !a->rtl && !b->rtl && fabs(b->x0 - b->colL) < 0.5 * b->size && a->x0 - a->colL >= 0.5 * a->size &&
	    a->x0 - a->colL <= 4 * a->size && a->x0 > b->x0)
		under = true;
	return !ends_sentence(a) && e != ',' && !next_word_fits(a, b) && under;
}

/* Convention layout.title_type_change: a title and the line under it
 * that is not the title (a subtitle, a standfirst, a kicker's line) are
 * told apart by their type, when the space between them is a title's
 * own leading: two lines of display type (larger than the body's, or
 * centred) whose size differs, however little (15 pt over
 * 14.5 pt, 14 over 13), or whose faces differ in slant or weight (a
 * roman title over an italic subtitle) after a line ended short of its
 * margin, are two blocks. The lines of one title share one type; where
 * the phrase plainly goes on across the change (a ends with a comma or a
 * hyphen, b opens in lower case), it is one title with a word set apart,
 * and stays whole. Body lines never split here: a bold lead-in inside a
 * paragraph is no title. The core reads the change as evidence
 * (headline.pdf.size_change). */
/* headline.pdf.type_change.family: two fonts of different families,
 * their names compared up to the style ("DejaVuSerif-Bold" is of the
 * DejaVuSerif family; "ArialMT" and "Arial-BoldMT" are both Arial: one
 * name that begins the other is one family). */
static bool other_family(const char *a, const char *b)
{
	size_t na, nb;
	if (!a || !b || a == b)
		return false;
	na = strcspn(a, "-,");
	nb = strcspn(b, "-,");
	return na >= 3 && nb >= 3 && strncmp(a, b, na < nb ? na : nb) != 0;
}

/* headline.pdf.type_change.colour: two fill colours that a reader tells
 * apart (one channel apart by more than 48 of 255: not two blacks of a
 * colour profile, or antialiased greys). */
static bool ink_differs(uint32_t a, uint32_t b)
{
	int s;
	for (s = 0; s < 24; s += 8) {
		int x = (int)(a >> s & 0xFF), y = (int)(b >> s & 0xFF);
		if (abs(x - y) > 48)
			return true;
	}
	return false;
}

static bool title_type_changes(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b)
{
	double size = a->size > b->size ? a->size : b->size, small = a->size < b->size ? a->size : b->size;
	uint32_t e = last_cp(a->text, a->len);
	/* display type: both larger than the body, or both centred (type
	 * smaller than the body's is a box's or a note's, never a title) */
	bool display = (d->body_size > 0 && small > 1.1 * d->body_size) || (centered(a) && centered(b));
	if (a->rtl || b->rtl || !display || body_type(d, a) || body_type(d, b))
		return false;
	if (e == ',' || ends_hyphen(a) || starts_lower(b))
		return false;
	if (fabs(a->size - b->size) > (0.02 * size > 0.2 ? 0.02 * size : 0.2))
		return true;
	/* in one size, only a line ended short of its margin: a title that
	 * fills its line and goes on in italic sets a name apart ("… Her
	 * Book, The" / "Violet Hour: Great Writers at the End") */
	if (!ended_short(a, b))
		return false;
	if (a->font != b->font && (slanted_font(a->font) != slanted_font(b->font) || weight_changes(a, b)))
		return true;
	/* headline.pdf.type_change.family: a title in one typeface and its
	 * deck in another of the same size and weight (a serif title over a
	 * sans deck); headline.pdf.type_change.colour: the two in one face
	 * and size, only their colour apart (a black title over a blue deck).
	 * The lines of one title share one face and one colour. */
	if (other_family(a->font, b->font))
		return true;
	return a->ink && b->ink && ink_differs(a->ink, b->ink);
}

/* Lines of one title, b in a's type (the caller checked size and
 * weight): display type (larger than the body, or centred) whose phrase
 * goes on, a ending on a comma or a colon, or b starting in lower case.
 * A title may be set with its lines apart, and broken by hand where its
 * author chose ("Drupalcamp 2024 :" / "the association holds its camp"
 * / "in Rennes in March."): one block all the same. */
static bool title_goes_on(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b)
{
	const char *p = b->text;
	uint32_t e = last_cp(a->text, a->len), f = u8next(&p);
	bool display = (d->body_size > 0 && a->size > d->body_size * 1.15) || (centered(a) && centered(b));
	if (!display || a->rtl || b->rtl || bullet_len(b->text) || number_marker_len(b->text, ' '))
		return false;
	return e == ',' || e == ':' || lower_cp(f);
}

/* Line a fills its column to the margin and stops mid-phrase (on a
 * comma, a word in lower case, or before one), and b starts at the
 * margin below it in the same font and size: the layout wrapped a's
 * sentence onto b, whatever the space between them. Only a wrap fills a
 * line and stops mid-phrase; a paragraph ends its sentence, or stops
 * short. The space says nothing here when one document sets its
 * paragraphs double-spaced and its lists single-spaced (a typed letter, a
 * scan): the leading measured over the whole text is the list's, and the
 * paragraph's own lines look spaced apart. Leading up to 2.5 em (double
 * spacing is about 2), in a column of running text (25 characters wide
 * or more, and at least 3/5 of the document's widest): lines of labels,
 * names or cells, spaced apart in a narrow column, stay apart. */
static bool wrapped_mid_phrase(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b)
{
	double size = a->size > b->size ? a->size : b->size, widest = 0;
	const char *p = b->text, *w;
	uint32_t e = last_cp(a->text, a->len);
	size_t i;
	if (a->rtl || b->rtl || a->font != b->font || !body_type(d, a) || !body_type(d, b) || weight_changes(a, b))
		return false;
	if (leading(a, b) > 2.5 * size || b->x0 - b->colL > 0.5 * size)
		return false;
	/* Convention layout.wrap_pitch_bound: ... but where the text's own
	 * wraps were seen (three or more, certain_wrap, which cannot tell a
	 * wrap from a break after a full line stopping mid-phrase), most of
	 * them at one pitch, the text is not double-spaced: a gap wider than
	 * that pitch by 0.4 em parts two blocks (a deck whose phrase stops
	 * without a stop over the dateline under it, "… von 11 bis 17 Uhr
	 * offen" / "Kelmbach, 14. April 2026") */
	if (d->wrap_pitch > 0 && leading(a, b) > (d->wrap_pitch + 0.4) * size)
		return false;
	if (bullet_len(b->text) || number_marker_len(b->text, ' ') || ends_sentence(a) || ended_short(a, b))
		return false;
	/* the phrase goes on: a comma, or a word in lower case on either side */
	w = a->text + a->len;
	while (w > a->text && w[-1] != ' ')
		w--;
	if (e != ',' && !lower_cp(u8next(&w)) && !lower_cp(u8next(&p)))
		return false;
	for (i = 0; i < d->npages; i++)
		if (d->pages[i].measure > widest)
			widest = d->pages[i].measure;
	return a->colR - a->colL >= 0.6 * widest && a->colR - a->colL >= 25 * a->char_w;
}

/* Convention layout.rtl_paragraph_direction, with layout.first_line_indent
 * measured from the start margin: right-to-left lines, set from the right
 * or (on a page laid out left to right) from the left. The rule is the
 * one below for left-to-right text, mirrored where the column is set
 * from the right, except that b, a sentence on one line, may be a
 * paragraph of its own over another indented line; and a one-line
 * paragraph between two indented ones
 * (its line opened a paragraph at the indent and ends its sentence, the
 * next line starts at the indent again) ends there. */
static bool rtl_first_line_indent(const pdfl_line *a, const pdfl_line *b, const pdfl_line *next, bool a_opens)
{
	if (lead_in(b) <= 0.9 * b->size || centered(b) || bullet_len(a->text) || number_marker_len(a->text, ' '))
		return false;
	if (lead_in(a) >= 0.5 * a->size)
		return a_opens && fabs(lead_in(a) - lead_in(b)) < 0.5 * b->size && rtl_ends_sentence(a) &&
		       (!next || !same_column(b, next) || fabs(start_at(next) - start_at(b)) > 0.5 * next->size);
	return (fabs(end_at(a) - end_at(b)) > 0.5 * b->size ||
	        (rtl_ends_sentence(a) && !rtl_ends_sentence(b) && b->colR - b->colL >= 30 * b->char_w &&
	         b->x1 - b->x0 >= 0.7 * (b->colR - b->colL))) &&
	       (!next || !same_column(b, next) || fabs(start_at(next) - start_at(b)) > 0.5 * next->size ||
	        rtl_ends_sentence(b));
}

static bool first_line_indent(const pdfl_line *a, const pdfl_line *b, const pdfl_line *next)
{
	/* a and b do not end at one point (lines set flush right), unless a
	 * ends a sentence and b, filled to the same point, goes on (convention
	 * layout.indent_after_full_line: a paragraph whose last line fills a
	 * ragged measure of running text, then an indented first line that
	 * fills it too; the lines of a block set flush right, a signature or
	 * an address, are short, end no sentence, or all do); the
	 * line after b does not start where b does: b is no line of a block
	 * set in from the margin (a quote, a list with drawn markers),
	 * unless b is a sentence ended short of the margin (convention
	 * layout.indent_short_line: a closing date line or a one-line
	 * paragraph, indented as every paragraph is, over a signature set
	 * at the same indent; a block set in wraps its first line) */
	return !b->rtl && b->x0 - b->colL > 0.9 * b->size && a->x0 - a->colL < 0.5 * a->size && !centered(b) &&
	       (fabs(a->x1 - b->x1) > 0.5 * b->size ||
	        (ends_sentence(a) && !ends_sentence(b) && b->colR - b->colL >= 30 * b->char_w &&
	         b->x1 - b->x0 >= 0.7 * (b->colR - b->colL))) &&
	       !bullet_len(a->text) && !number_marker_len(a->text, ' ') &&
	       (!next || !same_column(b, next) || fabs(next->x0 - b->x0) > 0.5 * next->size ||
	        (ends_sentence(b) && ended_short(b, next)));
}

/* The line's first character, past an opening parenthesis, is a letter
 * ("(Name)", "Title"), not a figure or a sign. */
static bool opens_with_word(const pdfl_line *l)
{
	const char *t = l->text;
	if (*t == '(')
		t++;
	return *t && g_unichar_isalpha(g_utf8_get_char_validated(t, -1));
}

/* How b follows a, the previous body line in reading order. */
/* pdf.leader_rows: the line a leader list hangs from ("First auction:",
 * "Programme"): short, and not a sentence's end unless that is a colon. */
static bool leader_label(const pdfl_line *l)
{
	return l->len && word_count(l->text) <= 8 && (l->text[l->len - 1] == ':' || !ends_sentence(l));
}

/* One figure alone on its line, in ASCII ("(2,399)", "14.5%", "$45,438"):
 * figures_only lets any letter of another script by, and a line of
 * Japanese holds no space. */
static bool lone_figure(const char *t)
{
	bool digit = false;
	for (; *t; t++) {
		if (isdigit((unsigned char)*t))
			digit = true;
		else if (!strchr("%.,-+$()", *t))
			return false;
	}
	return digit;
}

/* Convention layout.contact_label_after_sentence: the contact line's
 * label may be a phrase of two or three words ("Ufficio stampa:",
 * "Contacto de prensa:", "Contact presse :"); prose may open a line with
 * such a phrase and a colon too ("He added: ..."), a contact line holds
 * an e-mail address after it. The phrase's first word capitalised is
 * checked by the caller. */
static bool contact_label_line(const char *t)
{
	const char *colon = strchr(t, ':'), *p;
	size_t words = 1;
	if (!colon || colon - t > 24 || colon[1] != ' ' || !strchr(colon, '@'))
		return false;
	for (p = t; p < colon; p++)
		if (*p == ' ' && p + 1 < colon)
			words++;
	/* (a space before the colon, French spacing, opens no word) */
	return words >= 2 && words <= 3;
}

/* Convention layout.label_after_sentence: a line that opens with a
 * label, one word and a colon ("Presskontakt:", "Media:", "Contact :"),
 * after a line that ends a sentence, is a line of its own (a contact
 * line under the About paragraph), though the label is too long to have
 * fitted at the end of that line, or that line's sentence happened to
 * end at the margin: prose that goes on after a full stop rarely opens
 * with a word and a colon. Lines left to right, in one column. */
static bool labelled_line_after_sentence(const pdfl_line *a, const pdfl_line *b)
{
	const char *p = b->text, *sp;
	size_t n;
	uint32_t c = u8next(&p);
	/* a label is a capitalised word ("(NASDAQ:" after "Inc." opens no
	 * line of its own: a parenthesis goes on with the name) */
	if (a->rtl || b->rtl || !ends_sentence(a) || !same_column(a, b) || !g_unichar_isalpha(c) || lower_cp(c))
		return false;
	p = b->text;
	sp = strchr(p, ' ');
	n = sp ? (size_t)(sp - p) : strlen(p);
	if (n >= 2 && p[n - 1] == ':' && n <= 24)
		return true;
	/* French spacing: "Contact :" */
	if (sp && sp[1] == ':' && (sp[2] == ' ' || !sp[2]) && n <= 24)
		return true;
	return contact_label_line(p);
}

/* Convention layout.bold_run_in_heading: a paragraph that opens with a
 * run-in heading, a phrase in bold ending in a colon and the text going
 * on in regular type on the same line ("Über den Ruderverein Elbtal:
 * Der Verein ...", "About Corran Bank: Corran Bank is ..."), is a
 * paragraph of its own after a line that ends a sentence, though that
 * line happened to end near the margin, too near for the heading's
 * first word (a word processor's paragraphs without space between
 * them): prose does not put a bold phrase and a colon at the start of a
 * line that wraps a sentence begun above. The bold phrase is the
 * line's opening, a few words up to the colon (the colon itself may be
 * regular), and regular text follows. Lines left to right, in one
 * column of one page. */
static bool bold_run_in_after_sentence(const pdfl_line *a, const pdfl_line *b)
{
	const char *p = b->text;
	size_t chars = 0, words = 1, spaces = 0;
	if (!b->bold_open || a->rtl || b->rtl || a->bold >= 0.6 || !ends_sentence(a) || !same_column(a, b) ||
	    a->page != b->page)
		return false;
	while (*p && *p != ':') {
		uint32_t c = u8next(&p);
		chars++;
		if (c == ' ') {
			spaces++;
			if (++words > 8)
				return false;
		}
	}
	/* the colon within the bold opening, or right after it (the text
	 * layer may or may not count the word spaces as characters of the
	 * bold run), and a regular word after it on the line */
	return *p == ':' && chars >= 2 && b->bold_open + 1 >= chars - spaces && b->bold_open <= chars + 1 &&
	       p[1] == ' ' && p[2];
}

/* Convention layout.centred_line_apart: a line centred in its column (an
 * end mark "###", "- END -", a centred note) under a line set flush left
 * is a paragraph of its own, not the wrapped end of the line above: a
 * paragraph's lines keep one alignment, and a line that wraps a
 * flush-left one starts at the same margin. The line above ends a
 * sentence or is a line of its own anyway; the centred line stands well
 * in from that line's start. The line above shows it is set flush left:
 * it starts at the margin and stops visibly short of the other (a
 * centred paragraph's first line may fill the measure, and then only
 * its lines under it show they are centred). Lines left to right, in
 * one column. */
/* A short line of symbols and no letter: "###", "-30-", "* * *". */
static bool symbols_only(const pdfl_line *l)
{
	const char *p = l->text, *end = l->text + l->len;
	size_t marks = 0;
	if (l->len > 12)
		return false;
	while (p < end) {
		gunichar c = g_utf8_get_char_validated(p, end - p);
		if (c == (gunichar)-1 || c == (gunichar)-2 || g_unichar_isalpha(c))
			return false;
		if (!g_unichar_isspace(c))
			marks++;
		p = g_utf8_next_char(p);
	}
	return marks > 0;
}

/* ... and convention layout.centred_mark_apart: a centred line of
 * symbols alone (an end mark "###", "-30-") stands apart under a
 * sentence's end even when the line above fills the measure: a centred
 * paragraph's text does not wrap to a line of symbols. */
static bool centred_under_flush(const pdfl_line *a, const pdfl_line *b)
{
	return !a->rtl && !b->rtl && centered(b) && same_column(a, b) && a->page == b->page &&
	       fabs(a->x0 - a->colL) < 0.5 * a->size &&
	       ((!centered(a) && a->colR - a->x1 > a->x0 - a->colL + a->size) || symbols_only(b)) &&
	       b->x0 - a->x0 > 3 * b->size && ends_sentence(a);
}

/* Convention layout.marked_text_line_apart: in a document that marks its
 * paragraphs (measure_spacing), a line ended short without the mark goes
 * on in its paragraph (a line broken by hand, a verse, an address kept
 * together), but not a line of symbols alone (an end mark, "###",
 * "-30-": no paragraph's text wraps to one) nor a labelled contact line
 * under a sentence's end (layout.label_after_sentence): a writer who
 * spaces paragraphs may leave the space out before them (a blank line
 * typed at a few section breaks made the document look spaced). */
static bool marked_line_apart(const pdfl_line *a, const pdfl_line *b)
{
	return symbols_only(b) || labelled_line_after_sentence(a, b);
}

/* Convention layout.bold_line_heading: a heading set in the body's size
 * and bold, with no space around it (a word processor's bold Normal
 * paragraph: "ABOUT US", "Über uns"), is one bold line between regular
 * ones: the line before ends a sentence, the heading stops short of the
 * margin, and the line after it opens in regular type. Where the margin
 * is known only from a few lines, the line before may look full to the
 * word of the heading; the whole bold line standing alone says where the
 * paragraph ended. A bold phrase inside a sentence shares its line with
 * regular words, or follows no sentence's end. */
static bool bold_line_between(const pdfl_line *a, const pdfl_line *b, const pdfl_line *next)
{
	return next && a->bold < 0.1 && b->bold >= 0.97 && next->bold < 0.6 && !a->rtl && !b->rtl &&
	       ends_sentence(a) && same_column(a, b) && same_column(b, next) && a->page == b->page &&
	       b->page == next->page && next->y0 > b->y0 && ended_short(b, next);
}

/* Convention layout.unstretched_last_line: in a column whose lines at
 * the margin stretch their word spaces (unstretched_gap), a line that
 * keeps the type's own space (within 0.02 em) and stops short of the
 * margin, ending a sentence, is a paragraph's last line, however near
 * the margin the next word would have left it: a justified line that
 * wraps reaches the margin. The next line starts at the same left
 * margin and opens no continuation in lower case; in a document that
 * marks its paragraphs (space, an indent) a break without the mark is a
 * line broken inside one, as at a short line (measure_spacing). */
static bool unstretched_break(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b)
{
	return a->natural_gap > 0 && !d->marked && same_column(a, b) && a->page == b->page && !a->rtl && !b->rtl &&
	       body_type(d, a) && body_type(d, b) && a->spaces >= 2 && fabs(a->word_gap - a->natural_gap) <= 0.02 &&
	       a->x1 < a->colR - flush_tolerance(a) && fabs(a->x0 - a->colL) <= 0.5 * a->size &&
	       fabs(b->x0 - a->x0) <= 0.5 * b->size && ends_sentence(a) && !starts_lower(b);
}

/* Convention layout.mirror_margin_fit: in a column whose margin is the
 * page's mirrored one (mirror_fit_margin), a line that ends a sentence
 * where the next line's first word would have fitted before that margin
 * ends its paragraph, though it looks full against the margin estimated
 * from the column's few lines (a word processor's paragraphs without
 * space between them, in a short release). Body lines from the left
 * margin, in a document that does not mark its paragraphs otherwise; the
 * line reaches three quarters of the measure (a shorter one ended short
 * already), the next opens no continuation in lower case. */
static bool mirror_fit_break(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b)
{
	return a->mirror > 0 && !d->marked && same_column(a, b) && a->page == b->page && !a->rtl && !b->rtl &&
	       body_type(d, a) && body_type(d, b) && fabs(a->x0 - a->colL) <= 0.5 * a->size &&
	       fabs(b->x0 - a->x0) <= 0.5 * b->size && a->x1 >= a->colL + 0.75 * (a->mirror - a->colL) &&
	       ends_sentence(a) && !starts_lower(b) && fits_before(a, b, a->mirror);
}

/* Convention layout.copyright_apart: a line that opens with the
 * copyright sign and a year ("© 2026 Harbour Lines AB. All rights
 * reserved.", "© 2026 بلدية …") is a notice of its own, the page's
 * footer or a picture's credit (furniture.copyright): no sentence wraps
 * onto it. A site's footer sets it under a short line (a "Follow us"
 * line of network names, an address) that may be nearly as wide, where
 * the room left on that line cannot tell a break from a wrap (eval20
 * ar-01, whose two footer lines differ by less than the sign and a
 * space). */
static bool opens_copyright(const pdfl_line *b)
{
	const char *p = b->text;
	size_t n = b->len, i;
	if (n < 6 || memcmp(p, "\xC2\xA9", 2))
		return false;
	for (i = 2; i < n && p[i] == ' '; i++)
		;
	return i + 4 <= n && isdigit((unsigned char)p[i]) && isdigit((unsigned char)p[i + 1]) &&
	       isdigit((unsigned char)p[i + 2]) && isdigit((unsigned char)p[i + 3]) &&
	       (i + 4 == n || !isdigit((unsigned char)p[i + 4]));
}

/* Line a goes on from the line read before it: that line is in its
 * column and type right above it, reaches the margin, and starts at most
 * `in` points right of a (left of it by any amount: a list item's first
 * line, its marker at the margin). */
static bool under_full_line(const pdfl_doc *d, const pdfl_line *a, double in)
{
	const pdfl_line *up;
	pdfl_line moved;
	if (a <= d->lines || a >= d->lines + d->n)
		return false;
	up = a - 1;
	/* layout.frame_in_flow: a frame lifted from between them closed up */
	a = frame_lifted(d, up, a, &moved);
	return same_column(up, a) && !up->furniture && fabs(up->size - a->size) < 0.08 * a->size &&
	       leading(up, a) > 0 && leading(up, a) < 2 * a->size && up->x0 <= a->x0 + in && !ended_short(up, a);
}

/* The spaces in line l's text: its words less one (body.typed_line_break
 * counts a line's words so). */
static size_t line_spaces(const pdfl_line *l)
{
	size_t k, n = 0;
	for (k = 0; k < l->len; k++)
		n += l->text[k] == ' ';
	return n;
}

/* Whether a line of page pg stands right of line a on its row (a
 * table's figures beside its label). */
static bool text_beside(const pdfl_doc *d, const pdfl_page *pg, const pdfl_line *a)
{
	size_t k;
	for (k = pg->first; k < pg->first + pg->n && k < pg->first + 4000; k++) {
		const pdfl_line *o = &d->lines[k];
		double ov = fmin(o->y1, a->y1) - fmax(o->y0, a->y0);
		if (o != a && o->x0 > a->x1 && ov > 0.5 * (a->y1 - a->y0))
			return true;
	}
	return false;
}

/* Whether line a ends with a word of letters only whose first is a small
 * one, no mark after it (body.typed_line_break: a line that stops in
 * mid-phrase). */
static bool last_word_small(const pdfl_line *a)
{
	const char *w = a->text, *q;
	size_t k;
	uint32_t c;
	for (k = a->len; k > 0; k--)
		if (a->text[k - 1] == ' ') {
			w = a->text + k;
			break;
		}
	for (q = w, c = u8next(&q); c; c = u8next(&q))
		if (!(c < 0x80 ? isalpha((int)c) : g_unichar_isalpha(c)))
			return false;
	q = w;
	return lower_cp(u8next(&q));
}

/* Convention body.typed_line_break: in a document that marks its
 * paragraphs (measure_spacing), a line its writer ended by hand (Enter
 * or Shift+Enter at every line, a paragraph typed as lines of a mail)
 * stops short of the margin in mid-phrase, and the next line may open
 * with a name, a noun capitalised in German or a figure ("... every
 * night from" / "1 June, so that ...", "... sagt" / "Henrike
 * Ostendorp ..."): letter case says nothing there, the missing mark
 * does. A line of prose - eight words or more over half the column,
 * its last word a word in small letters with no mark after it - goes
 * on, and so does the last piece of a typed line that wrapped at the
 * margin ("from", right under a line of its column that reaches the
 * margin); an address, a title over its date, a contact's name or
 * e-mail has fewer words, ends with a name or is no word (prose_runs_on
 * keeps those apart); so is a column under 0.6 of the page's measure (a
 * table's column of labels, a box beside the text) and a line with text
 * beside it on its row (a table's label and its figures). */
static bool typed_line_goes_on(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b)
{
	const char *p = b->text;
	uint32_t f = u8next(&p);
	const pdfl_page *pg = &d->pages[a->page - 1];
	if (a->rtl || b->rtl || a->len < 2 || !(f < 0x80 ? isalnum((int)f) : g_unichar_isalnum(f)))
		return false;
	/* typed text runs across the page's measure: a narrower column is a
	 * table's labels or a box beside the text */
	if (pg->measure > 0 && a->colR - a->colL < 0.6 * pg->measure)
		return false;
	/* ... and so is a label with a table's figures beside it */
	if (text_beside(d, pg, a) || !last_word_small(a))
		return false;
	/* b is prose too: eight words or more, or a sentence's end (a list
	 * set one short entry a line under a sentence with no colon is not) */
	if (line_spaces(b) < 7 && !ends_sentence(b))
		return false;
	if (line_spaces(a) >= 7 && a->x1 - a->x0 >= 0.5 * (a->colR - a->colL))
		return true;
	/* the tail of a typed line wrapped at the margin: a line of prose
	 * over a column of text (a table's column of labels, each label
	 * reaching its narrow margin, is no typed text) */
	if (!under_full_line(d, a, 0.5 * a->size) || ends_sentence(a - 1) || a->colR - a->colL < 40 * a->char_w)
		return false;
	return line_spaces(a - 1) >= 7;
}

/* Convention layout.hanging_list_end: the wrapped lines of a list item
 * set on a hanging indent (a bullet and a tab, an HTML list) start at
 * the item's text, in from the column's margin; a short line there
 * followed by a line back at the margin, left of it by more than an em,
 * ends the item: the text that follows is a paragraph of its own, even
 * in a document whose paragraphs are otherwise set apart by more space
 * than its items are (the item's last line, ending a sentence, was taken
 * for a line broken by hand). The item's line is under a full line of
 * the item (its first, the marker at the margin or at the indent), not
 * the item's first line (a_opens): a paragraph's first-line indent sits
 * there. */
static bool hanging_item_ends(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b, bool a_opens)
{
	const pdfl_line *up;
	if (!indented(a) || a->rtl || b->rtl || b->x0 >= a->x0 - b->size || fabs(b->x0 - b->colL) > 0.5 * b->size)
		return false;
	if (!a_opens)
		return under_full_line(d, a, 0.5 * a->size);
	/* Convention layout.hanging_list_end.one_line_items: a list of
	 * one-line items whose markers are drawings (a browser's print of
	 * `When:` / `Where:` / `Cost:` bullets): the last item opens its
	 * paragraph, under the item before it, a short line at its indent;
	 * the line back at the margin after it starts the next paragraph,
	 * however little space the list leaves under it. A first-line indent
	 * with a line broken by hand stands under the paragraph before it,
	 * whose lines start at the margin. */
	if (a <= d->lines || a >= d->lines + d->n)
		return false;
	up = a - 1;
	return same_column(up, a) && !up->furniture && !up->rtl && fabs(up->size - a->size) < 0.08 * a->size &&
	       fabs(up->x0 - a->x0) < 0.5 * a->size && leading(up, a) > 0 && leading(up, a) < 2 * a->size &&
	       ended_short(up, a);
}

/* Whether a line in the body's size, not furniture, starts at the left
 * margin of line a's column on its page: the text's own lines start
 * there, and lines set in from it are set apart (a list, a quotation). */
static bool body_at_margin(const pdfl_doc *d, const pdfl_line *a)
{
	const pdfl_page *p = &d->pages[a->page - 1];
	size_t i;
	for (i = p->first; i < p->first + p->n && i < p->first + 4000; i++) {
		const pdfl_line *l = &d->lines[i];
		if (!l->furniture && !l->rtl && same_column(l, a) && body_size(d, l) && fabs(l->x0 - l->colL) <= 0.5 * l->size)
			return true;
	}
	return false;
}

/* Convention layout.rewrapped_tail: a text whose lines were fixed to
 * another measure (a DOCX converted from a PDF, every visual line a
 * paragraph or a line break, set again in a wider type by the program
 * that printed it) wraps each of those lines once more: a full line
 * stopping mid-phrase, then the few words that no longer fitted on a
 * short line of their own, then the next fixed line. That short tail
 * ends in mid-phrase (a letter or a comma), right under a full line of
 * the same left edge that went on into it, and the line after it goes
 * on at the text's pitch from the same edge, as prose (it ends a
 * sentence, or it fills the measure itself): the tail ends no
 * paragraph, whether the next line opens with a name, a German noun or
 * a small letter, and whether the document marks its paragraphs or
 * not. A paragraph's last line ends its sentence; an address, a contact
 * or a heading stands under no full line that stops mid-phrase; a
 * list item's first line starts at its marker, left of its tail. */
static bool rewrapped_tail(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b, const pdfl_line *next,
                           bool a_opens)
{
	const pdfl_line *up = a - 1;
	double size = a->size;
	if (a_opens || a->rtl || b->rtl || !body_type(d, a) || !body_type(d, b) || a->page != b->page ||
	    !same_column(a, b) || !under_full_line(d, a, 0.5 * size))
		return false;
	if (up->rtl || up->drawn || bullet_len(up->text) || fabs(up->x0 - a->x0) > 0.5 * size ||
	    fabs(b->x0 - a->x0) > 0.5 * size || ends_sentence(up) || !mid_phrase_end(up) || !mid_phrase_end(a) ||
	    a->x1 - a->x0 > 0.5 * (a->colR - a->colL))
		return false;
	if (bullet_len(b->text) || number_marker_len(b->text, ' ') || b->drawn)
		return false;
	/* a table's labels, their figures beside them on the row, are no
	 * prose; lines set in from a margin where the text's own lines start
	 * (items of a list without markers) are no text set again either */
	if (text_beside(d, &d->pages[a->page - 1], a) || text_beside(d, &d->pages[b->page - 1], b) ||
	    (indented(a) && indented(b) && body_at_margin(d, a)))
		return false;
	return ends_sentence(b) || (next && next->page == b->page && same_column(b, next) &&
	                            fabs(next->x0 - b->x0) <= 0.5 * size && !ended_short(b, next));
}

static int relation(const pdfl_doc *d, const pdfl_line *a, const pdfl_line *b, const pdfl_line *next, bool a_opens)
{
	bool la, lb;
	double size = a->size > b->size ? a->size : b->size;
	double gap = b->y0 - a->y1;
	bool spaced = leading(a, b) > (d->lead + 0.4) * size;
	if (b->kv_row)
		return NEW_INFERRED; /* each row of a key/value table is a paragraph */
	/* Convention layout.figure_cells: two lines that each hold one
	 * figure alone (an amount, a count, a percentage) are two cells of a
	 * table's column of figures, read down the column where the cut
	 * parts a table's columns: prose never wraps from one lone figure
	 * to another, and run together the amounts read as a phone number.
	 * A line break keeps them apart and in one block (blocks of one
	 * small number each would be taken for page numbers); in one column
	 * of one page only (page numbers page after page stay apart) */
	if (same_column(a, b) && lone_figure(a->text) && lone_figure(b->text))
		return JOIN_BREAK;
	/* pdf.leader_rows: rows set with dot leaders one under the other, and
	 * the label line right above them, are one entry (a table is one
	 * entry), across a page break too; the line after the last row starts
	 * a new one. Rows set apart by space are apart. */
	la = !a->rtl && pm_leader_row(a->text, a->len);
	lb = !b->rtl && pm_leader_row(b->text, b->len);
	if (la || lb) {
		bool under = a->page == b->page && same_column(a, b) && b->y0 > a->y0 + 0.3 * a->size &&
		             !spaced && fabs(a->size - b->size) <= 0.15 * size;
		if (la && lb && (under || a->page != b->page))
			return JOIN_WRAP;
		if (!la && lb && under && leader_label(a))
			return JOIN_WRAP;
		if (la && !lb)
			return NEW_INFERRED;
	}
	if (a->page != b->page || !same_column(a, b))
		return runs_on(d, a, b) ? JOIN_WRAP : NEW_INFERRED;
	if (b->y0 < a->y0 + 0.3 * a->size || gap > 4 * size)
		return NEW_INFERRED; /* not below: a side box or another column */
	if (b->x0 > a->x1 + size || b->x1 < a->x0 - size)
		return NEW_INFERRED;
	if (fabs(a->size - b->size) > (size * 0.08 > 0.6 ? size * 0.08 : 0.6))
		return NEW_STATED;
	if (title_type_changes(d, a, b))
		return NEW_STATED;
	/* a bold line opening its paragraph is a heading over it, unless the
	 * next line goes on with its phrase in lower case (a list item whose
	 * first words are bold) */
	/* ... but a justified line that opens in bold and ends in regular
	 * type, flush with the right margin, is a paragraph's first line
	 * with a bold lead-in (a dateline, a run-in title), stretched over
	 * few words when a long one went to the next line (convention
	 * pdf.bold_lead_in_justified) */
	if (weight_changes(a, b) &&
	    (ended_short(a, b) || spaced || bold_line_between(a, b, next) ||
	     (a_opens && a->bold >= 0.9 && !starts_lower(b) &&
	      !(a->bold < 0.97 && a->justified && slack_after(a, b) <= flush_tolerance(a)))))
		return NEW_STATED;
	if (b->drawn)
		return NEW_INFERRED; /* a drawn list's item, or the first line after one */
	if (opens_copyright(b))
		return NEW_INFERRED;
	if (title_goes_on(d, a, b) && gap < 3 * size)
		return JOIN_WRAP;
	/* Convention layout.rtl_unwrapped_spacing: right-to-left lines give
	 * no wrap pitch (certain_wrap reads left-to-right lines), so in a
	 * text where no line was seen wrapped, a release of one-line
	 * paragraphs printed with space between them (a browser's page, a
	 * word processor's space after paragraphs) reads every break as
	 * unspaced, the quantile of its pitches being the break's own. A
	 * right-to-left line that ends a sentence, then a blank of two
	 * thirds of the size or more before the next right-to-left line
	 * in its size (a wrap leaves its boxes nearly touching: a fifth of
	 * the size at most in type set 1.35 apart), ends its paragraph */
	if (!spaced && !d->wraps && a->rtl && b->rtl && fabs(a->size - b->size) <= 0.08 * size &&
	    gap > 0.66 * size && rtl_ends_sentence(a))
		spaced = true;
	if (spaced && !wrapped_mid_phrase(d, a, b))
		return NEW_INFERRED;
	if (bullet_len(b->text) && !dash_runs_on(a, b))
		return NEW_INFERRED;
	if (a->rtl && b->rtl ? rtl_first_line_indent(a, b, next, a_opens) : first_line_indent(a, b, next))
		return NEW_INFERRED;
	/* in a column of running text, a wrapped line starts at the margin,
	 * or at a list's indent: a line that starts a quarter of the column
	 * in, flush right or set apart (a signature, a date), is a line of
	 * its own */
	if (!b->rtl && !centered(b) && b->colR - b->colL > 40 * b->char_w && b->x0 - b->colL > 3 * b->size &&
	    b->x0 - b->colL > 0.25 * (b->colR - b->colL) && b->x0 - a->x0 > 3 * b->size)
		return NEW_INFERRED;
	/* ... and so is a line under such a line, both set that far in and
	 * starting within a few characters of each other: a block set on
	 * the right half of the column, centred or flush left on its own
	 * tab, as a signature ("(Name)" / "Title" / "Organisation") or an
	 * address is set; prose that wraps comes back to the margin. A
	 * phrase that runs on (a hyphen or a comma at the end of the first,
	 * a lower-case word opening the second) is a wrapped line still,
	 * whatever the column's margin was taken to be; so are a table's
	 * header cell wrapped in small type ("Three Months Ended" /
	 * "December 31,") and columns of figures: the block is in the
	 * body's type and its lines open with a word */
	if (!a->rtl && !b->rtl && !centered(a) && !centered(b) && b->colR - b->colL > 40 * b->char_w &&
	    body_size(d, a) && body_size(d, b) && opens_with_word(a) && opens_with_word(b) &&
	    a->x0 - a->colL > 0.25 * (a->colR - a->colL) && b->x0 - b->colL > 0.25 * (b->colR - b->colL) &&
	    fabs(a->x0 - b->x0) < 3 * size && a->x1 - a->x0 < 0.5 * (a->colR - a->colL) && !ends_hyphen(a) &&
	    !(a->len && a->text[a->len - 1] == ',') && !starts_lower(b))
		return NEW_INFERRED;
	if (ends_hyphen(a))
		return JOIN_WRAP;
	/* List items whose markers are drawings: both lines indented the same
	 * from the column's margin, the first closing an item with ';' (the
	 * way French and English lists end their items), even when it fills
	 * its line. */
	if (!a->rtl && a->len && a->text[a->len - 1] == ';' && fabs(a->x0 - b->x0) < 0.5 * size && indented(a))
		return NEW_INFERRED;
	/* ... and the line that introduces them, ending with ':' above an
	 * indented line */
	if (!a->rtl && a->len && a->text[a->len - 1] == ':' && b->x0 - a->x0 > 1.2 * size)
		return NEW_INFERRED;
	if (ended_short(a, b)) {
		/* A document that marks its paragraph breaks (space, indent)
		 * does so every time: a short line without the mark, after
		 * which the prose runs on, goes on in the same paragraph (a
		 * verse, a paragraph set in a narrow box), unless the lines
		 * hang in from the margin, as the items of a list with drawn
		 * markers do. Lines that neither punctuate nor run on (an
		 * address, a contact, a title over its date) stay apart. */
		if (hanging_item_ends(d, a, b, a_opens))
			return NEW_INFERRED;
		if (rewrapped_tail(d, a, b, next, a_opens))
			return JOIN_WRAP;
		if (d->marked && !(indented(a) && indented(b)) && body_size(d, a) && body_size(d, b) &&
		    !centered(a) && !centered(b) && (prose_runs_on(a, b) || typed_line_goes_on(d, a, b)) &&
		    !marked_line_apart(a, b))
			return JOIN_WRAP;
		/* In body type that is the end of a paragraph or of a list item
		 * whose marker is a drawing; in display type (a headline set
		 * with balanced lines) only a line break. */
		if (ends_sentence(a) || !(d->body_size > 0 && size > d->body_size * 1.15))
			return NEW_INFERRED;
		return JOIN_BREAK;
	}
	if (number_marker_len(b->text, ' ') && ends_sentence(a) && slack_after(a, b) > 3 * b->char_w)
		return NEW_INFERRED;
	if (labelled_line_after_sentence(a, b) || bold_run_in_after_sentence(a, b) || centred_under_flush(a, b) ||
	    mirror_fit_break(d, a, b) || unstretched_break(d, a, b))
		return NEW_INFERRED;
	return JOIN_WRAP;
}

typedef struct emitter {
	const pm_host *h;
	pm_sink *s;
	int stop;
	/* per page, body_width's measure, found once for all its blocks
	 * (offset_box asks it of each block; NULL: asked each time) */
	const double *body_w;
} emitter;

/* Text out; the tabs that marked a list marker's gap are spaces again. */
static void em_text(emitter *e, const char *t, size_t n)
{
	while (!e->stop && n) {
		const char *tab = memchr(t, '\t', n);
		size_t k = tab ? (size_t)(tab - t) : n;
		if (k)
			e->stop = e->h->text(e->s, t, k);
		if (!tab || e->stop)
			break;
		e->stop = e->h->text(e->s, " ", 1);
		t += k + 1;
		n -= k + 1;
	}
}

/* Convention layout.fact_box.offset: a designer's layout sets a fact box
 * (key figures under a heading: "At a glance", "Datos clave") in a
 * narrow column of its own beside the body's column, level with the
 * headline or a picture rather than with the text, so that no line of
 * the text stands beside it and the box reads as a block of its own
 * (PM_BL_ALONE). It is still a box beside the text (PM_BL_SIDE): the
 * page's text (its lines in the body's size that fill two fifths of the
 * widest such line, as text_extent counts them; three or more) lies
 * wholly on one side of it, none of them reaching into its width, and it
 * is narrower than half of that text's width. A block the text runs
 * under or over (a title, a deck, a centred date line) shares its width
 * and stays alone. */
/* offset_box's measure of page p: the width of its widest line in the
 * body's size, furniture read past. The same for every block of the
 * page, so pdfl_emit finds it once per page (emitter.body_w). */
static double body_width(const pdfl_doc *d, const pdfl_page *p)
{
	double wmax = 0;
	size_t i;
	for (i = p->first; i < p->first + p->n; i++) {
		const pdfl_line *l = &d->lines[i];
		if (!l->furniture && fabs(l->size - d->body_size) < 0.08 * d->body_size && l->x1 - l->x0 > wmax)
			wmax = l->x1 - l->x0;
	}
	return wmax;
}

static bool offset_box(const pdfl_doc *d, const pdfl_page *p, const double *body_w, const pm_block_info *bi)
{
	double wmax, tx0 = 1e9, tx1 = -1e9;
	size_t i, lines = 0;
	if (!(d->body_size > 0) || bi->x1 <= bi->x0)
		return false;
	wmax = body_w ? body_w[p - d->pages] : body_width(d, p);
	for (i = p->first; i < p->first + p->n; i++) {
		const pdfl_line *l = &d->lines[i];
		if (l->furniture || fabs(l->size - d->body_size) >= 0.08 * d->body_size || l->x1 - l->x0 < 0.4 * wmax ||
		    (l->y0 >= bi->y0 - 0.5 && l->y1 <= bi->y1 + 0.5 && l->x0 >= bi->x0 - 0.5 && l->x1 <= bi->x1 + 0.5))
			continue; /* the box's own lines */
		if ((l->x1 > bi->x0 && l->x0 < bi->x1) || l->rtl)
			return false;
		tx0 = fmin(tx0, l->x0);
		tx1 = fmax(tx1, l->x1);
		lines++;
	}
	return lines >= 3 && bi->x1 - bi->x0 < 0.5 * (tx1 - tx0);
}

/* offset_box for left-to-right lines: right-to-left text is measured
 * from the right, and its letterhead set right over a short text is no
 * box (as under_head_measure leaves it) */
static bool offset_box_ltr(const pdfl_doc *d, const pdfl_page *p, const double *body_w, const pdfl_line *const *L,
                           size_t n, const pm_block_info *bi)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (L[i]->rtl)
			return false;
	return offset_box(d, p, body_w, bi);
}

/* Flags and box of the paragraph made of lines L[a..b]. */
/* PM_BL_* for the block of lines L[0..n) with box bi (see plugin.h). */
static unsigned layout_of(const pdfl_doc *d, const double *body_w, const pdfl_line *const *L, size_t n,
                          const pm_block_info *bi)
{
	const pdfl_page *p = &d->pages[L[0]->page - 1];
	unsigned f = 0;
	size_t i, k;
	bool beside = false;
	if (bi->y1 <= p->text_top + 0.5)
		f |= PM_BL_TOP_BAND;
	if (bi->y0 >= p->text_bottom - 0.5)
		f |= PM_BL_BOTTOM_BAND;
	for (i = 0; i < n; i++) {
		if (L[i]->repeated)
			f |= PM_BL_REPEATED;
		if (L[i]->margin)
			f |= PM_BL_MARGIN;
	}
	/* anything else on the page at the same height? (bounded: a page of
	 * thousands of lines is no letterhead). Whether the line is one of
	 * the block's own is asked only of a line that would stand beside
	 * it, so that a page's blocks do not cost its lines times its lines. */
	for (i = p->first; i < p->first + p->n && i < p->first + 4000 && !beside; i++) {
		const pdfl_line *o = &d->lines[i];
		double ov = (o->y1 < bi->y1 ? o->y1 : bi->y1) - (o->y0 > bi->y0 ? o->y0 : bi->y0);
		if (!(ov > 0.3 * (o->y1 - o->y0) && (o->x1 < bi->x0 || o->x0 > bi->x1)))
			continue;
		for (k = 0; k < n; k++)
			if (L[k] == o)
				break;
		if (k == n)
			beside = true;
	}
	if (!beside)
		f |= offset_box_ltr(d, p, body_w, L, n, bi) ? PM_BL_ALONE | PM_BL_SIDE : PM_BL_ALONE;
	else if (p->measure > 0 && L[0]->colR - L[0]->colL < 0.5 * p->measure)
		f |= PM_BL_SIDE;
	return f;
}

static void block_info(const pdfl_doc *d, const double *body_w, const pdfl_line *const *L, size_t n,
                       pm_block_info *bi)
{
	size_t i, chars = 0, bold = 0, cent = 0;
	double best = 0;
	bi->x0 = bi->y0 = 1e9;
	bi->x1 = bi->y1 = -1e9;
	for (i = 0; i < n; i++) {
		const pdfl_line *l = L[i];
		chars += l->len;
		bold += (size_t)(l->bold * (double)l->len + 0.5);
		if (centered(l))
			cent++;
		if ((double)l->len > best) {
			best = (double)l->len;
			bi->font_size = l->size;
		}
		if (l->x0 < bi->x0)
			bi->x0 = l->x0;
		if (l->y0 < bi->y0)
			bi->y0 = l->y0;
		if (l->x1 > bi->x1)
			bi->x1 = l->x1;
		if (l->y1 > bi->y1)
			bi->y1 = l->y1;
	}
	if (chars && bold * 10 >= chars * 8)
		bi->flags |= PM_BF_BOLD;
	if (n && cent * 2 > n)
		bi->flags |= PM_BF_CENTERED;
	if (n)
		bi->layout = layout_of(d, body_w, L, n, bi);
	for (i = 0; i < n && !bi->font; i++)
		bi->font = L[i]->font;
}

/* Whether every word of the line is a figure: a number, a percentage,
 * an amount, a year, a quarter ("Q3") - the labels of a chart's axes. */
static bool figures_only(const char *t)
{
	const char *p = t;
	bool any = false;
	while (*p) {
		bool digit = false;
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (*p == 'Q' && isdigit((unsigned char)p[1]))
			p++;
		for (; *p && *p != ' '; p++) {
			unsigned char c = (unsigned char)*p;
			if (isdigit(c))
				digit = true;
			else if (!strchr("%.,-+$()/:", c) && c < 0x80)
				return false;
		}
		if (!digit)
			return false;
		any = true;
	}
	return any;
}

/* A caption or a chart's labels, by their type and words: set smaller
 * than the body, and either opening with what credits and sources open
 * with, or made of figures only. The core leaves captions out.
 * Convention pdf.form_value_kept: a form field's value (a date, an
 * amount, a reference typed into its box) is what the form says, never
 * a chart's label, however small the field's type and however bare its
 * figures ("2026-03-14", "4 500,00"). */
/* Convention layout.picture_caption: the caption under a picture. The
 * text layer holds no picture, but it leaves its place empty: a short
 * paragraph (three lines at most, words - twelve letters or more, not a
 * formula's symbols -, no e-mail, no dot leaders of a contents line, not
 * bold like a heading) in type a fifth or more smaller than the body's,
 * with text above it on its page and, between that text and
 * it, empty space as tall as six lines of the body or more over its whole
 * width, and with body text below it, is a picture's caption - furniture,
 * as a designer's layout sets one under each photograph. Small type under
 * a blank at the page's head (a letterhead's line under a logo) has no
 * text above; a note at the page's foot has no body text below.
 * Convention layout.picture_caption.narrow_type: the type's size as the
 * text layer reports it may be wrong - a Type 3 font (Scribus exports
 * the Type 1 faces it cannot embed, Nimbus Sans Italic, that way) is
 * sized by poppler from its glyph 'm', and a 7.5 pt caption reads 10 to
 * 12 pt - but its advances are right: a paragraph whose reported size is
 * at most half again the body's is small type too when each
 * of its lines is set in another face than the body text under it and
 * takes three quarters or less of the room per character that text
 * takes (PDFL_CAPTION_NARROW). */
#define PDFL_CAPTION_NARROW 0.75
static bool under_picture(const pdfl_doc *d, const pdfl_line *const *L, size_t n)
{
	const pdfl_page *p;
	double x0 = L[0]->x0, x1 = L[0]->x1, above = -1, body_w = 0;
	bool below = false, small = true;
	const char *body_font = NULL;
	size_t i, k, letters = 0;
	if (L[0]->page < 1 || (size_t)L[0]->page > d->npages || n > 3)
		return false;
	for (i = 0; i < n; i++) {
		const char *q = L[i]->text;
		if (L[i]->size > 1.5 * d->body_size || strchr(q, '@') || strstr(q, "....") || L[i]->bold > 0.5)
			return false;
		small = small && L[i]->size <= 0.8 * d->body_size;
		x0 = fmin(x0, L[i]->x0);
		x1 = fmax(x1, L[i]->x1);
		while (*q) {
			uint32_t c = u8next(&q);
			letters += (c < 0x80 && isalpha((int)c)) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
		}
	}
	if (word_count(L[0]->text) < 3 || letters < 12)
		return false;
	p = &d->pages[L[0]->page - 1];
	for (k = p->first; k < p->first + p->n && k < d->n; k++) {
		const pdfl_line *o = &d->lines[k];
		bool mine = false;
		for (i = 0; i < n; i++)
			mine = mine || o == L[i];
		if (mine || o->x1 <= x0 || o->x0 >= x1)
			continue;
		if (o->y1 <= L[0]->y0 + 0.5)
			above = fmax(above, o->y1);
		else if (o->y0 >= L[n - 1]->y1 - 0.5 && !o->furniture && fabs(o->size - d->body_size) < 0.15 * d->body_size) {
			/* the first such line under it, the widest of those that
			 * run the measure, gives the body's face and advance */
			if (!below || (o->font == body_font && o->char_w > body_w && o->len > 40))
				body_font = o->font, body_w = o->char_w;
			below = true;
		}
	}
	if (!small) {
		/* layout.picture_caption.narrow_type */
		if (!below || !(body_w > 0))
			return false;
		for (i = 0; i < n; i++)
			if (L[i]->font == body_font || !(L[i]->char_w <= PDFL_CAPTION_NARROW * body_w))
				return false;
	}
	return above >= 0 && L[0]->y0 - above >= 6 * d->body_size && below;
}

static bool caption_like(const pdfl_doc *d, const pdfl_line *const *L, size_t n)
{
	static const char *const lead[] = {"Source:", "Sources:", "Quelle:", "Fuente:", "Fonte:", "Credit:",
	                                   "Photo credit", "Crédit", "Photo:", "Foto:", "\xC2\xA9", NULL};
	size_t i, k;
	if (d->body_size <= 0 || n > 4)
		return false;
	for (i = 0; i < n; i++)
		if (L[i]->widget)
			return false;
	/* layout.picture_caption.narrow_type: a size read wrong, the
	 * picture's blank above and the body's face and advance below
	 * decide */
	for (i = 0; i < n; i++)
		if (L[i]->size >= d->body_size * 0.9)
			return under_picture(d, L, n);
	for (k = 0; lead[k]; k++)
		if (!strncasecmp(L[0]->text, lead[k], strlen(lead[k])))
			return true;
	if (under_picture(d, L, n))
		return true;
	for (i = 0; i < n; i++)
		if (!figures_only(L[i]->text))
			return false;
	return true;
}

/* The table whose first cell is d->lines[i], as one PM_BLOCK_TABLE: its
 * cells row by row, an empty cell where a row leaves a column blank.
 * Returns the index of its last line. */
static size_t emit_table(emitter *e, const pdfl_doc *d, size_t i, unsigned flags)
{
	const pdfl_line *first = &d->lines[i];
	const pdfl_line **L;
	size_t j, n;
	int row = -1, col = 0;
	pm_block_info bi = {sizeof bi, PM_BLOCK_TABLE, 0, 0, first->page, 0,
	                    flags | PM_BF_VISUAL_ORDER | (first->recognised ? PM_BF_RECOGNISED : 0u), NULL,
	                    0, 0, 0, 0, 0, NULL};
	for (j = i; j < d->n && d->lines[j].table == first->table; j++)
		;
	n = j - i;
	L = malloc(n * sizeof *L);
	if (!L) {
		e->stop = -1;
		return j - 1;
	}
	for (j = 0; j < n; j++)
		L[j] = &d->lines[i + j];
	block_info(d, e->body_w, L, n, &bi);
	e->stop = e->h->block_begin(e->s, &bi);
	for (j = 0; j < n && !e->stop; j++) {
		if (L[j]->row != row) {
			e->stop = e->h->cell(e->s, 1);
			row = L[j]->row;
			col = 0;
		}
		while (col < L[j]->col && !e->stop) {
			e->stop = e->h->cell(e->s, 0);
			col++;
		}
		/* pdf.table_cell_wraps: a cell's lines, one after the other */
		if (j && L[j - 1]->row == row && L[j - 1]->col == L[j]->col && !L[j]->glued)
			em_text(e, " ", 1);
		em_text(e, L[j]->text, L[j]->len);
	}
	if (!e->stop)
		e->stop = e->h->block_end(e->s);
	free(L);
	return i + n - 1;
}

/* A Hangul syllable. */
static bool hangul_cp(uint32_t c)
{
	return c >= 0xAC00 && c <= 0xD7A3;
}

/* pdf.hangul_wrap_anywhere: the measure of the lines of a page that
 * start where a wrapped line does (within an em of its left edge), read
 * in one pass over the page's lines for each left edge and type size
 * and kept: where they end at the furthest, and the word gap of those
 * set at their natural width. A long page of Hangul lines that wrap
 * asks it at every wrap, from a few left edges. */
typedef struct ragged_entry {
	int page;
	double x0, size;
	double end;     /* the furthest end of those lines (-HUGE_VAL: none) */
	double margin;  /* the margin natural was read for */
	double natural; /* natural_word_gap for it; < 0: not read */
} ragged_entry;

#define RAGGED_MEMO 32

typedef struct ragged_cache {
	const pdfl_doc *d;
	/* the lines of page p (1-based): idx[at[p] .. at[p + 1]), in
	 * document order; idx NULL: every line of the document */
	size_t *idx, *at;
	int maxpage;
	ragged_entry memo[RAGGED_MEMO];
	size_t nmemo, next;
} ragged_cache;

static void ragged_cache_init(ragged_cache *c, const pdfl_doc *d)
{
	size_t i;
	int p;
	memset(c, 0, sizeof *c);
	c->d = d;
	for (i = 0; i < d->n; i++) {
		if (d->lines[i].page < 0)
			return;
		if (d->lines[i].page > c->maxpage)
			c->maxpage = d->lines[i].page;
	}
	c->at = calloc((size_t)c->maxpage + 2, sizeof *c->at);
	c->idx = malloc((d->n + 1) * sizeof *c->idx);
	if (!c->at || !c->idx) {
		free(c->at);
		free(c->idx);
		c->at = c->idx = NULL;
		return;
	}
	for (i = 0; i < d->n; i++)
		c->at[d->lines[i].page + 1]++;
	for (p = 1; p <= c->maxpage + 1; p++)
		c->at[p] += c->at[p - 1];
	for (i = 0; i < d->n; i++)
		c->idx[c->at[d->lines[i].page]++] = i;
	/* each at[p] now stands at its page's end: move them back one page */
	for (p = c->maxpage + 1; p > 0; p--)
		c->at[p] = c->at[p - 1];
	c->at[0] = 0;
}

static void ragged_cache_free(ragged_cache *c)
{
	free(c->at);
	free(c->idx);
}

/* The lines of page p to look at: *n of them, idx[k] or k (NULL). */
static const size_t *page_lines(const ragged_cache *c, int p, size_t *n)
{
	if (!c->idx) {
		*n = c->d->n;
		return NULL;
	}
	if (p < 0 || p > c->maxpage) {
		*n = 0;
		return c->idx;
	}
	*n = c->at[p + 1] - c->at[p];
	return c->idx + c->at[p];
}

static ragged_entry *ragged_measure(ragged_cache *c, const pdfl_line *a)
{
	const pdfl_doc *d = c->d;
	const size_t *ix;
	ragged_entry *e;
	size_t k, n;
	for (k = 0; k < c->nmemo; k++) {
		e = &c->memo[k];
		if (e->page == a->page && e->x0 == a->x0 && e->size == a->size)
			return e;
	}
	if (c->nmemo < RAGGED_MEMO) {
		e = &c->memo[c->nmemo++];
	} else {
		e = &c->memo[c->next];
		c->next = (c->next + 1) % RAGGED_MEMO;
	}
	e->page = a->page;
	e->x0 = a->x0;
	e->size = a->size;
	e->end = -HUGE_VAL;
	e->natural = -1;
	ix = page_lines(c, a->page, &n);
	for (k = 0; k < n; k++) {
		const pdfl_line *o = &d->lines[ix ? ix[k] : k];
		if (o->page == a->page && !o->furniture && fabs(o->x0 - a->x0) < a->size && o->x1 > e->end)
			e->end = o->x1;
	}
	return e;
}

/* The right margin a ragged column's lines fill up to: where the lines
 * of a's page that start where a does end at the furthest (colR, the
 * column's measure, may stop short of it on a ragged page), which falls
 * short of the margin by up to a syllable; when the page's margins are
 * even (as a browser's and a word processor's defaults are) and the
 * mirror of the left one lies that little further, the mirror
 * (page_mirror: of a column across the page only). */
static double ragged_margin(ragged_cache *c, const pdfl_line *a)
{
	const pdfl_doc *d = c->d;
	double end = ragged_measure(c, a)->end, r = end > a->x1 ? end : a->x1, mirror;
	mirror = a->page >= 1 && (size_t)a->page <= d->npages ? page_mirror(d->pages[a->page - 1].w, a->x0) : 0;
	return mirror > r && mirror < r + 1.5 * a->size ? mirror : r;
}

/* The word gap (in ems) of a's page's lines of a's size that are set
 * at their natural width: the median over those of two spaces and more
 * that end an em short of the margin and more (a paragraph's last line,
 * which justification leaves alone); 0 with none. */
static double natural_word_gap(ragged_cache *c, const pdfl_line *a, double margin)
{
	const pdfl_doc *d = c->d;
	ragged_entry *e = ragged_measure(c, a);
	const size_t *ix;
	double g[64];
	size_t k, nl, n = 0;
	if (e->natural >= 0 && e->margin == margin)
		return e->natural;
	ix = page_lines(c, a->page, &nl);
	for (k = 0; k < nl && n < 64; k++) {
		const pdfl_line *o = &d->lines[ix ? ix[k] : k];
		if (o->page == a->page && !o->furniture && !o->rtl && o->spaces >= 2 && o->word_gap > 0 &&
		    fabs(o->size - a->size) < 0.05 * a->size && fabs(o->x0 - a->x0) < a->size &&
		    o->x1 < margin - a->size)
			g[n++] = o->word_gap;
	}
	e->margin = margin;
	e->natural = 0;
	if (n) {
		qsort(g, n, sizeof g[0], pm_cmp_double);
		e->natural = g[n / 2];
	}
	return e->natural;
}

/* How the document's lines use the Hangul run w[0..n), away from their
 * ends (a line's first and last words may be pieces of a wrap): as a
 * word of its own (no Hangul syllable on either side), as a word's start
 * (a syllable after it, none before), as a word's end (a syllable
 * before it, none after). */
typedef struct hangul_uses {
	unsigned alone, starts, ends;
} hangul_uses;

static hangul_uses hangul_uses_of(const pdfl_doc *d, const char *w, size_t n)
{
	hangul_uses u = {0, 0, 0};
	size_t i;
	for (i = 0; i < d->n && n; i++) {
		const pdfl_line *o = &d->lines[i];
		const char *p = o->text, *end = o->text + o->len;
		if (o->furniture)
			continue;
		while ((p = memmem(p, (size_t)(end - p), w, n)) != NULL) {
			const char *after = p + n;
			bool hb = p > o->text && hangul_cp(g_utf8_get_char(g_utf8_prev_char(p)));
			bool ha = after < end && hangul_cp(g_utf8_get_char_validated(after, end - after));
			if (p > o->text && after < end) {
				u.alone += !hb && !ha;
				u.starts += !hb && ha;
			}
			if (after < end)
				u.ends += hb && !ha;
			p += n;
		}
	}
	return u;
}

/* Convention pdf.hangul_wrap_anywhere.figures: Korean writes a figure
 * and the counter or unit after it as one word ("10일", "3월", "30개",
 * "500원"), so a layout that breaks only at spaces never ends a line on
 * the figure when the counter opens the next; one that breaks anywhere
 * does ("…시작한다고 10" / "일 밝혔다."). Such a wrap, from an ASCII
 * digit to a Hangul syllable, is measured and joined as a wrap between
 * two syllables is, and a full line ending so proves the typesetter
 * breaks anywhere (hangul_wraps_anywhere). */
static bool figure_hangul_wrap(const pdfl_line *a, const pdfl_line *b)
{
	uint32_t e = a->len ? last_cp(a->text, a->len) : 0;
	return e >= '0' && e <= '9' && b->len && hangul_cp(g_utf8_get_char_validated(b->text, (gssize)b->len));
}

/* A wrap between two Hangul syllables; room is what the line above it
 * leaves before the margin. On a line justified to the margin, what it
 * would have left set at its natural width: what its word spaces were
 * stretched by, over the gap of the page's lines that justification left
 * alone (pdf.hangul_wrap_anywhere); *justified then tells so (may be
 * NULL). */
static bool hangul_wrap(ragged_cache *c, const pdfl_line *a, const pdfl_line *b, double *room, bool *justified)
{
	double margin, natural;
	if (justified)
		*justified = false;
	if (!a->len || !b->len || !(hangul_cp(last_cp(a->text, a->len)) || figure_hangul_wrap(a, b)) ||
	    !hangul_cp(g_utf8_get_char_validated(b->text, (gssize)b->len)))
		return false;
	margin = ragged_margin(c, a);
	*room = margin - a->x1;
	if (*room < 0.1 * a->size && a->spaces && a->word_gap > 0 &&
	    (natural = natural_word_gap(c, a, margin)) > 0 && a->word_gap > natural) {
		*room = a->spaces * (a->word_gap - natural) * a->size;
		if (justified)
			*justified = true;
	}
	return true;
}

/* pdf.hangul_wrap_anywhere: whether the wrap from a to b, between two
 * Hangul syllables, is inside a word. On a ragged line, when the line
 * filled its measure to within a syllable. On a justified one the
 * measure is read from the spacing and is less sure (a line broken at a
 * space leaves as little room as often as not: a space and a syllable
 * did not fit), so the document's own words decide with it
 * (pdf.hangul_wrap_anywhere.words). On a ragged line too a room under
 * a syllable proves nothing alone (a break at a space leaves less than a
 * space and a syllable: "움직이는" / "소형"), so the words that prove two
 * words decide there as well (pdf.hangul_wrap_anywhere.whole_words).
 * L is the line's last run of syllables, R the next line's first, in
 * this order:
 * - L and R's first syllable written together as a word or a word's
 *   start in a line ("바다쓰레기" for "바다쓰레" / "기…"): one word;
 * - R used only as the end of words, never alone or opening one (an
 *   ending or particle the document glues: "에서" of "앞마당에서", "다"
 *   of "있다"): one word;
 * - R a word of its own in a line ("있다" of "수 있다.", "마을" of "마을
 *   가게"): two words;
 * - L less its last syllable a word of its own in a line (the word and
 *   its particle: "마을의" with "마을 도서관"): two words;
 * - L a word of its own in a line, R of three syllables or more: two
 *   words;
 * - on a ragged line, else one word;
 * - both pieces of three syllables or more: two words, for a word broken
 *   in two would be six syllables or more, which a noun with its
 *   particle or a verb with its ending seldom is ("도서관" / "앞마당에서");
 * - else one word, as the typesetter breaks anywhere. */
static bool hangul_in_word(ragged_cache *c, const pdfl_line *a, const pdfl_line *b)
{
	const pdfl_doc *d = c->d;
	double room;
	bool justified;
	size_t rn = 0, ls = a->len, ln, first;
	char lr[96];
	hangul_uses u;
	if (!hangul_wrap(c, a, b, &room, &justified) || room >= a->size)
		return false;
	if (figure_hangul_wrap(a, b))
		return true; /* pdf.hangul_wrap_anywhere.figures: "10" / "일" */
	while (rn + 3 <= b->len && hangul_cp(g_utf8_get_char_validated(b->text + rn, (gssize)(b->len - rn))))
		rn += 3;
	while (ls >= 3 && hangul_cp(g_utf8_get_char_validated(a->text + ls - 3, 3)))
		ls -= 3;
	ln = a->len - ls;
	first = rn >= 3 ? 3 : rn;
	if (ln + first <= sizeof lr) {
		memcpy(lr, a->text + ls, ln);
		memcpy(lr + ln, b->text, first);
		u = hangul_uses_of(d, lr, ln + first);
		if (u.alone || u.starts)
			return true;
	}
	u = hangul_uses_of(d, b->text, rn);
	if (u.ends && !u.alone && !u.starts)
		return true;
	if (u.alone)
		return false;
	if (ln >= 6 && hangul_uses_of(d, a->text + ls, ln - 3).alone)
		return false;
	/* pdf.hangul_wrap_anywhere.whole_words: L a word of its own in a
	 * line ("마을" of "해안 마을 12곳에" for "마을" / "가게에서") before
	 * an R of three syllables or more: two words. A shorter R is as
	 * often the suffix of a compound and its particle ("구독" / "료를",
	 * with "구독 서비스" in the title): the word goes on */
	if (ln && rn >= 9 && hangul_uses_of(d, a->text + ls, ln).alone)
		return false;
	if (!justified)
		return true; /* a full ragged line, no word against it */
	return !(ln >= 9 && rn >= 9);
}

/* Convention pdf.hangul_wrap_anywhere: Korean separates its words with
 * spaces, but a browser breaks Hangul lines between any two syllables
 * (CSS word-break: normal; Chromium's print) and a word processor set to
 * wrap by character does too, while Word, HWP and keep-all pages break
 * at the spaces. A document that wraps anywhere fills every wrapped
 * Hangul line to within about a syllable of its margin (one more, a
 * space and a syllable, when it broke at a space), at ragged distances
 * (some further in than a tenth of an em: not justified), and never ends
 * one short by a word (an em and a half or more), as word wrapping does
 * on most of its lines: in such a document a wrap between
 * two syllables that fills its line is inside a word, joined with no
 * space ("온라인" / "몰," is "온라인몰,"). Elsewhere, and at a line that
 * ends short, the wrap keeps the space between the words. A justified
 * page fills every line to the margin, but what a line would have left
 * there is what its word spaces were stretched by, over the gap of the
 * page's lines set at their natural width (a paragraph's last line):
 * the same measure, read from the spacing (hangul_wrap). A page with
 * neither (no line short of the margin to measure the natural gap on)
 * is left to the wrap.hangul_in_word repair, which decides from the
 * document's own words. */
static bool hangul_wraps_anywhere(ragged_cache *c)
{
	const pdfl_doc *d = c->d;
	const pdfl_line *prev = NULL;
	size_t i, j, full = 0, ragged = 0, short_lines = 0, figures = 0;
	for (i = 0; i < d->n; i++) {
		const pdfl_line *l = &d->lines[i], *next = NULL;
		if (l->furniture)
			continue;
		double room;
		if (prev && hangul_wrap(c, prev, l, &room, NULL)) {
			for (j = i + 1; j < d->n && !next; j++)
				if (!d->lines[j].furniture)
					next = &d->lines[j];
			if (relation(d, prev, l, next, false) == JOIN_WRAP) {
				if (room >= 1.5 * prev->size)
					short_lines++;
				else if (room < prev->size) {
					full++;
					ragged += room > 0.1 * prev->size;
					figures += figure_hangul_wrap(prev, l);
				}
			}
		}
		prev = l;
	}
	return full >= 1 && (ragged >= 1 || figures >= 1) && !short_lines;
}

/* Convention pdf.break_hyphen_mark: whether the document writes its
 * typed hyphens as U+002D (some inside its lines) and never as U+2010:
 * then a line-end U+2010 is the hyphen of a break the layout program made
 * (Scribus hyphenating a justified column), not a compound's, and the
 * word is joined whatever a dictionary knows (a language without one,
 * "trat-" / "tiene"). A document that writes U+2010 inside its lines too
 * (a font that maps every hyphen there) says nothing. */
static bool own_break_marks(const pdfl_doc *d)
{
	return d->inner_u2010 == 0 && d->inner_ascii >= 1;
}

/* Convention layout.pull_quote: the line after a pull quote that the
 * text flows around, as it would stand without it - one line's lead
 * under the line before the quote in its column - so that the paragraph
 * the quote interrupts goes on where its lines say so (a first-line
 * indent still starts a new one). Only the line that comes right after
 * the quote in reading order (prev and l are lines of d, the quote's
 * lines between them), and only under a line that reaches its column's
 * margin: a line ended short before the quote ended its paragraph (as
 * at a page break), and the quote's space stands for the paragraphs'.
 * Other lines are given back as they are. */
static const pdfl_line *closed_up(const pdfl_doc *d, const pdfl_line *prev, const pdfl_line *l, pdfl_line *moved)
{
	const pdfl_line *q;
	bool pull = false;
	double h = l->y1 - l->y0;
	if (!prev || prev < d->lines || prev >= l || l >= d->lines + d->n)
		return l;
	if (l->over_frame > 0)
		return frame_lifted(d, prev, l, moved);
	for (q = prev + 1; q < l; q++)
		if (q->furniture == PM_BLOCK_CAPTION && q->page == l->page)
			pull = true;
	if (!pull || !same_column(prev, l) || l->y0 <= prev->y1 || d->lead <= 0 ||
	    prev->x1 < prev->colR - 2 * prev->size)
		return l;
	*moved = *l;
	moved->y0 = prev->y0 + d->lead * prev->size;
	moved->y1 = moved->y0 + h;
	return moved;
}

int pdfl_emit(const pdfl_doc *d, const pm_host *h, pm_sink *s)
{
	emitter e = {h, s, 0, NULL};
	double *body_w = d->npages ? malloc(d->npages * sizeof *body_w) : NULL;
	const pdfl_line **para;
	size_t i, np = 0;
	unsigned pflags = 0;
	int prel = NEW_INFERRED;
	const pdfl_line *prev = NULL;
	bool item_next = false;
	int last_page = 0;
	const pdfl_line **held;
	size_t nheld = 0;
	bool *sent = d->nlinks ? calloc(d->nlinks, sizeof *sent) : NULL;
	ragged_cache rc;
	bool anywhere;
	const char *last_first = NULL; /* the first line of the last paragraph pushed */
	para = malloc((d->n + 1) * sizeof *para);
	held = malloc((d->n + 1) * sizeof *held);
	if (!para || !held) {
		free(body_w);
		free(para);
		free(held);
		free(sent);
		return -1;
	}
	if (body_w) {
		for (i = 0; i < d->npages; i++)
			body_w[i] = body_width(d, &d->pages[i]);
		e.body_w = body_w;
	}
	ragged_cache_init(&rc, d);
	anywhere = hangul_wraps_anywhere(&rc);
	for (i = 0; i <= d->n && !e.stop; i++) {
		const pdfl_line *l = i < d->n ? &d->lines[i] : NULL, *next = NULL;
		pdfl_line moved;
		int rel = NEW_INFERRED;
		unsigned flags = 0;
		size_t j;
		if (l && l->furniture) {
			/* Read past, not a break: the paragraph around it goes on,
			 * and the furniture follows it in the model. */
			held[nheld++] = l;
			continue;
		}
		if (l) {
			for (j = i + 1; j < d->n; j++)
				if (!d->lines[j].furniture) {
					next = &d->lines[j];
					break;
				}
			rel = prev ? relation(d, prev, closed_up(d, prev, l, &moved), next, np == 1)
			           : NEW_INFERRED;
#ifdef PDFL_TRACE
			fprintf(stderr, "%d wg%.3f/%u p%d [%.0f,%.0f-%.0f,%.0f] col[%.0f-%.0f] sz%.1f b%.2f/%zu fw%.1f cw%.1f %s |%s|\n", rel, l->word_gap, l->spaces, l->page,
			        l->x0, l->y0, l->x1, l->y1, l->colL, l->colR, l->size, l->bold, l->bold_open, l->first_w, l->char_w, l->font ? l->font : "-", l->text);
#endif
			if (l->page != last_page)
				flags |= PM_BF_NEW_PAGE | PM_BF_INFERRED_BREAK;
			else if (rel == NEW_INFERRED)
				flags |= PM_BF_INFERRED_BREAK;
		}
		if (l && l->table)
			rel = NEW_STATED; /* a table is a block of its own */
		if (l && np && (rel == JOIN_WRAP || rel == JOIN_BREAK)) {
			para[np++] = l;
			prev = l;
			continue;
		}
		/* push the finished paragraph */
		if (np == 1 && marker_only(para[0]) && !number_marker_len(para[0]->text, ' ')) {
			/* a bullet drawn on a line of its own: the marker of the
			 * item that follows, not text */
			item_next = true;
			np = 0;
		}
		if (np) {
			/* the text was put in reading order from glyph positions:
			 * the core may repair what that did to right-to-left runs */
			pm_block_info bi = {sizeof bi, PM_BLOCK_PARAGRAPH, 0, 0, para[0]->page, 0,
			                    pflags | PM_BF_VISUAL_ORDER | (para[0]->recognised ? PM_BF_RECOGNISED : 0u),
			                    NULL, 0, 0, 0, 0, 0, NULL};
			size_t k, skip;
			bool drawn, dash_line;
			size_t kept_mark;
			block_info(d, e.body_w, para, np, &bi);
#ifdef PDFL_TRACE
			fprintf(stderr, "BLOCK layout=%x |%.40s|\n", bi.layout, para[0]->text);
#endif
			dash_line = dash_speech_line(para, np);
			skip = dash_line || dash_speech(para, np) || dash_indented_paragraph(para, np)
			               ? 0
			               : bullet_len(para[0]->text);
			/* pdf.cjk_heading_mark: the mark stays, its gap goes */
			kept_mark = skip && !item_next ? cjk_heading_mark(para, np, last_first, l) : 0;
			last_first = para[0]->text;
			drawn = para[0]->drawn == PDFL_DRAWN_ITEM;
			if (!skip && !dash_line && !item_next && !drawn && caption_like(d, para, np))
				bi.type = PM_BLOCK_CAPTION;
			else if ((skip && !kept_mark) || dash_line || item_next || drawn) {
				bi.type = PM_BLOCK_LIST_ITEM;
				bi.level = 1;
			}
			item_next = false;
			if (!e.stop)
				e.stop = h->block_begin(s, &bi);
			if (kept_mark && !e.stop)
				em_text(&e, para[0]->text, kept_mark);
			for (k = 0; k < np && !e.stop; k++) {
				if (k && anywhere && hangul_in_word(&rc, para[k - 1], para[k])) {
					/* pdf.hangul_wrap_anywhere: inside a word, no space */
				} else if (k) {
					int kind = PM_LINE_WRAP;
					if (!ends_hyphen(para[k - 1]) &&
					    relation(d, para[k - 1], para[k], k + 1 < np ? para[k + 1] : NULL, k == 1) == JOIN_BREAK)
						kind = PM_LINE_BREAK;
					e.stop = h->line_end(s, kind);
				}
				if (k + 1 < np && para[k]->break_mark && own_break_marks(d) && ends_hyphen(para[k]) &&
				    para[k]->len > (k ? 0 : skip) + 1) {
					/* pdf.break_hyphen_mark: the producer's own break,
					 * a soft hyphen for the core to join at */
					em_text(&e, para[k]->text + (k ? 0 : skip), para[k]->len - (k ? 0 : skip) - 1);
					em_text(&e, "\xC2\xAD", 2);
				} else {
					em_text(&e, para[k]->text + (k ? 0 : skip), para[k]->len - (k ? 0 : skip));
				}
			}
			if (sent)
				emit_links(d, h, s, para, np, 0, sent, &e.stop);
			if (!e.stop)
				e.stop = h->block_end(s);
		}
		for (j = 0; j < nheld && !e.stop; j++) {
			const pdfl_line *f = held[j];
			pm_block_info fb = {sizeof fb, f->furniture, 0, 0, f->page, f->size,
			                    PM_BF_VISUAL_ORDER | (f->recognised ? PM_BF_RECOGNISED : 0u), NULL,
			                    f->x0, f->y0, f->x1, f->y1, 0, f->font};
			size_t skip = f->furniture == PM_BLOCK_FOOTNOTE && f->note_skip <= f->len ? f->note_skip : 0;
			size_t k = j, first;
			if (f->furniture == PM_BLOCK_FOOTNOTE && f->note_goes_on)
				fb.flags |= PM_BF_NOTE_CONTINUES; /* its first lines went before */
			/* a note's lines are one block, wrapped as a paragraph's */
			while (f->furniture == PM_BLOCK_FOOTNOTE && k + 1 < nheld && held[k + 1]->furniture == PM_BLOCK_FOOTNOTE &&
			       held[k + 1]->note_goes_on)
				k++;
			fb.layout = layout_of(d, e.body_w, &held[j], k - j + 1, &fb);
			e.stop = h->block_begin(s, &fb);
			em_text(&e, f->text + skip, f->len - skip);
			for (first = j; j < k && !e.stop; j++) {
				/* a number alone on its line has nothing to wrap */
				if (j > first || skip < f->len)
					e.stop = h->line_end(s, PM_LINE_WRAP);
				em_text(&e, held[j + 1]->text, held[j + 1]->len);
			}
			if (sent)
				emit_links(d, h, s, &held[first], k - first + 1, 0, sent, &e.stop);
			if (!e.stop)
				e.stop = h->block_end(s);
		}
		/* a page's links over no text (a picture, a button) follow its
		 * last block, before the next page's */
		if (sent && (np || nheld) && (!l || l->page != last_page) && !e.stop)
			emit_links(d, h, s, NULL, 0, l ? l->page - 1 : INT_MAX, sent, &e.stop);
		nheld = 0;
		np = 0;
		if (!l)
			break;
		if (l->table && !e.stop) {
			i = emit_table(&e, d, i, flags);
			prev = NULL;
			item_next = false;
			last_page = d->lines[i].page;
			continue;
		}
		para[np++] = l;
		pflags = flags;
		prel = rel;
		prev = l;
		last_page = l->page;
	}
	(void)prel;
	/* links of pages without text */
	if (sent && !e.stop)
		emit_links(d, h, s, NULL, 0, INT_MAX, sent, &e.stop);
	ragged_cache_free(&rc);
	free(body_w);
	free(sent);
	free(para);
	free(held);
	return e.stop;
}

/* ---- list markers drawn as shapes --------------------------------------- */

/*
 * A list whose bullets are drawn as shapes (a filled disc or square that a
 * browser, a design tool or a report generator paints instead of setting
 * a glyph) leaves nothing in the text layer: its items are lines set in
 * from the margin, and where one ends and the next begins shows only in
 * the drawing. The convention read here is the hanging indent of a
 * bulleted list: a small compact mark, in the strip left of an item's
 * first line, about as high as the middle of its letters, the item's
 * other lines starting where its first line's text does. A list has two
 * items or more: marks of about one size standing one above the other,
 * beside lines of one indent, in one column. A lone dot beside a
 * paragraph is decoration; a rule down the side of a quotation runs out
 * of the strip; a chart's points stand beside small type; none of them
 * opens an item.
 *
 * Looking costs a rendering of the page (poppler reads its whole content
 * again), so only lines that already have a list's shape are looked at:
 * blocks of two lines or more in a row, in the body's size, set in from
 * their column's margin by up to six ems, of which two or more may open
 * an item (not a phrase running on in lower case, nor a word after a
 * hyphen), one of which the text alone joins to the line before it (where
 * every such line already opens a block, the marker would only name it a
 * list item, and that is not worth a rendering); the lines of an item
 * whose marker is a glyph are not looked at. A first-line indent (one
 * line in from the margin, then back) is not looked at, nor a
 * quotation's wrapped lines.
 */
#define DRAWN_MAX_STRIPS 256

/* Whether line l has a list's shape: the body's type, set in from its
 * column's margin by up to six ems, in a column of running text (30
 * characters wide or more, and three fifths of the page's widest: the
 * labels of a table's rows, set in under their heading, are no list). */
static bool list_shaped(const pdfl_doc *d, const pdfl_line *l)
{
	double indent = l->x0 - l->colL, w = l->colR - l->colL;
	return !l->furniture && !l->table && !l->rtl && l->len && body_size(d, l) && indent >= 0.8 * l->size &&
	       indent <= 6 * l->size && w >= 30 * l->char_w && w >= 0.6 * d->pages[l->page - 1].measure;
}

/* An indented line that runs nearly to the right margin looks centred;
 * beside a line of its column that starts where it does (the line
 * before or after it, furniture read past), it is a line of an indented
 * block, not a centred one. */
static bool centred_alone(const pdfl_doc *d, const pdfl_page *p, size_t k)
{
	const pdfl_line *l = &d->lines[k];
	size_t j;
	if (!centered(l))
		return false;
	for (j = k; j-- > p->first;)
		if (!d->lines[j].furniture) {
			if (same_column(l, &d->lines[j]) && fabs(d->lines[j].x0 - l->x0) < 0.3 * l->size)
				return false;
			break;
		}
	for (j = k + 1; j < p->first + p->n; j++)
		if (!d->lines[j].furniture)
			return !(same_column(l, &d->lines[j]) && fabs(d->lines[j].x0 - l->x0) < 0.3 * l->size);
	return true;
}

/* ... and may have a marker drawn beside it: it has none in its text. */
static bool drawn_candidate(const pdfl_doc *d, const pdfl_line *l)
{
	return list_shaped(d, l) && !bullet_len(l->text) && !number_marker_len(l->text, ' ') && !marker_only(l);
}

/* A quotation set in from the margin (a block quote: "„…“, sagt …",
 * "« … », a déclaré …,") has a list's shape, and its attribution goes
 * on in lower case after a comma, as a list's next item may: a line
 * that opens in lower case under a line ending with a comma, on which
 * a quotation closed with a comma after its mark (“ ” » " then ','),
 * is the attribution going on with the quotation's sentence, no item,
 * and not looked at for a drawn marker. */
static bool closing_quote_cp(uint32_t c)
{
	return c == 0x201C || c == 0x201D || c == 0xBB || c == '"';
}

static bool attribution_goes_on(const pdfl_line *a, const pdfl_line *b)
{
	const char *p = a->text, *q = b->text;
	uint32_t c;
	if (a->rtl || !a->len || a->text[a->len - 1] != ',' || !lower_cp(u8next(&q)))
		return false;
	while ((c = u8next(&p)))
		if (closing_quote_cp(c)) {
			const char *r = p;
			if (*r == ' ')
				r++;
			if (*r == ',')
				return true;
		}
	return false;
}

/* Whether line b, after line a of the same block (or first, a NULL), may
 * open a list item: not a word going on after a hyphen, nor a phrase going
 * on in lower case after a line without punctuation at its end, nor a
 * quotation's attribution (attribution_goes_on). */
static bool item_may_start(const pdfl_line *a, const pdfl_line *b)
{
	uint32_t e;
	const char *p = b->text;
	if (!a)
		return true;
	e = last_cp(a->text, a->len);
	if (ends_hyphen(a) || attribution_goes_on(a, b))
		return false;
	return !lower_cp(u8next(&p)) || ends_sentence(a) || e == ',';
}

/* The strip left of line l (the i-th of page p) where its marker would
 * be: up to three ems out, stopping short of whatever text stands to its
 * left on the same row (another column, a label), and of l's own first
 * glyph. */
static bool drawn_strip(const pdfl_doc *d, const pdfl_page *p, const pdfl_line *l, pdfl_strip *s)
{
	size_t k;
	s->x1 = l->x0 - 0.15 * l->size;
	s->x0 = l->x0 - 3 * l->size;
	s->y0 = l->y0;
	s->y1 = l->y1;
	for (k = p->first; k < p->first + p->n; k++) {
		const pdfl_line *o = &d->lines[k];
		double ov = (o->y1 < l->y1 ? o->y1 : l->y1) - (o->y0 > l->y0 ? o->y0 : l->y0);
		if (o != l && o->x1 <= l->x0 + 0.5 && ov > 0.3 * (l->y1 - l->y0) && o->x1 + 0.2 * l->size > s->x0)
			s->x0 = o->x1 + 0.2 * l->size;
	}
	if (s->x0 < 0)
		s->x0 = 0;
	s->ink = s->touches = false;
	s->fill = 0;
	return s->x1 - s->x0 >= 0.6 * l->size && s->y1 > s->y0;
}

/* The strip holds one mark shaped as a bullet for line l: compact (a
 * fifth of an em to most of one, neither long nor flat, filled or
 * ringed), clear of the strip's edges, and centred at the height of
 * the line's letters, not on its baseline or over it. */
static bool marker_shape(const pdfl_line *l, const pdfl_strip *s)
{
	double w = s->ix1 - s->ix0, h = s->iy1 - s->iy0, cy = (s->iy0 + s->iy1) / 2, lh = l->y1 - l->y0;
	if (!s->ink || s->touches || s->fill < 0.3)
		return false;
	if (w < 0.15 * l->size || h < 0.15 * l->size || w > 0.9 * l->size || h > 0.9 * l->size)
		return false;
	if (w > 2 * h || h > 2 * w)
		return false;
	return cy > l->y0 + 0.2 * lh && cy < l->y1 - 0.1 * lh;
}

/* Two marks of one list: one above the other (centres within 0.4 em
 * across) and of about one size. */
static bool same_list_marks(const pdfl_strip *a, const pdfl_strip *b, double size)
{
	double wa = a->ix1 - a->ix0, wb = b->ix1 - b->ix0;
	return fabs((a->ix0 + a->ix1) / 2 - (b->ix0 + b->ix1) / 2) < 0.4 * size && wa < 1.6 * wb && wb < 1.6 * wa;
}

size_t pdfl_find_drawn_markers(pdfl_doc *d, pdfl_probe_fn probe, void *user)
{
	pdfl_strip *s = malloc(DRAWN_MAX_STRIPS * sizeof *s);
	size_t found = 0, pg;
	if (!s || !probe) {
		free(s);
		return 0;
	}
	for (pg = 0; pg < d->npages; pg++) {
		const pdfl_page *p = &d->pages[pg];
		size_t i, j, n = 0, end = p->first + p->n;
		bool *ok;
		/* blocks of two lines or more with a list's shape, in a row in
		 * reading order in one column (furniture read past), in which
		 * two lines or more may open an item, one of them read today as
		 * going on with the line before it; those lines are looked at */
		for (i = p->first; i < end && n < DRAWN_MAX_STRIPS; i = j) {
			size_t starts = 0, merges = 0, k, first = n;
			const pdfl_line *l = &d->lines[i], *prev = NULL;
			double glyph_item = -1; /* x of a glyph-bulleted item's marker, while in it */
			j = i + 1;
			if (!list_shaped(d, l) || centred_alone(d, p, i))
				continue;
			for (k = i; k < end && n < DRAWN_MAX_STRIPS; k++) {
				pdfl_line *m = &d->lines[k];
				if (m->furniture)
					continue;
				if (!list_shaped(d, m) || !same_column(l, m) || centred_alone(d, p, k))
					break;
				j = k + 1;
				if (glyph_item >= 0 && m->x0 <= glyph_item + 0.3 * m->size)
					glyph_item = -1;
				if (bullet_len(m->text) || number_marker_len(m->text, ' '))
					glyph_item = m->x0; /* its lines have their marker in the text */
				else if (glyph_item < 0 && item_may_start(prev, m) && drawn_candidate(d, m) &&
				         drawn_strip(d, p, m, &s[n])) {
					int rel = prev ? relation(d, prev, m, NULL, false) : NEW_INFERRED;
					if (rel == JOIN_WRAP || rel == JOIN_BREAK)
						merges++;
					s[n++].line = k;
					starts++;
				}
				prev = m;
			}
#ifdef PDFL_TRACE
			fprintf(stderr, "block %zu-%zu starts %zu merges %zu\n", i, j, starts, merges);
#endif
			if (starts < 2 || !merges)
				n = first;
		}
		if (n < 2)
			continue;
		probe(user, (int)pg + 1, s, n);
		ok = calloc(n, sizeof *ok);
		if (!ok)
			break;
		for (i = 0; i < n; i++) {
			ok[i] = marker_shape(&d->lines[s[i].line], &s[i]);
#ifdef PDFL_TRACE
			fprintf(stderr, "strip p%zu [%.1f,%.1f-%.1f,%.1f] ink %d touches %d box [%.1f,%.1f-%.1f,%.1f] fill %.2f: %s |%.30s|\n",
			        pg + 1, s[i].x0, s[i].y0, s[i].x1, s[i].y1, s[i].ink, s[i].touches, s[i].ix0, s[i].iy0, s[i].ix1,
			        s[i].iy1, s[i].fill, ok[i] ? "mark" : "-", d->lines[s[i].line].text);
#endif
		}
		for (i = 0; i < n; i++) {
			pdfl_line *l = &d->lines[s[i].line];
			bool listed = false;
			for (j = 0; j < n && ok[i] && !listed; j++)
				listed = j != i && ok[j] && same_column(l, &d->lines[s[j].line]) &&
				         same_list_marks(&s[i], &s[j], l->size);
			if (!listed)
				continue;
			l->drawn = PDFL_DRAWN_ITEM;
			found++;
		}
		/* the first line after an item that starts left of its text
		 * is out of the list */
		for (i = 0; i < n; i++) {
			const pdfl_line *item = &d->lines[s[i].line];
			if (item->drawn != PDFL_DRAWN_ITEM)
				continue;
			for (j = s[i].line + 1; j < end; j++) {
				pdfl_line *m = &d->lines[j];
				if (m->furniture)
					continue;
				if (m->drawn || !same_column(item, m) || m->x0 > item->x0 + 0.3 * item->size)
					break;
				if (m->x0 < item->x0 - 0.5 * item->size) {
					m->drawn = PDFL_DRAWN_AFTER;
					break;
				}
			}
		}
		free(ok);
	}
	free(s);
	return found;
}

/* Letters of d's last page by Unicode script (common and inherited marks,
 * digits and punctuation left out); returns how many letters. */
#define SCRIPT_SLOTS 256
static size_t letters_by_script(const pdfl_doc *d, size_t counts[SCRIPT_SLOTS])
{
	size_t i, total = 0;
	memset(counts, 0, sizeof(size_t) * SCRIPT_SLOTS);
	for (i = d->npages ? d->pages[d->npages - 1].first : 0; i < d->n; i++) {
		const char *p = d->lines[i].text, *end = p + strlen(p);
		while (p < end) {
			gunichar c = g_utf8_get_char_validated(p, end - p);
			int sc;
			if (c == (gunichar)-1 || c == (gunichar)-2) {
				p++;
				continue;
			}
			p = g_utf8_next_char(p);
			if (!g_unichar_isalpha(c))
				continue;
			sc = (int)g_unichar_get_script(c);
			if (sc < 0 || sc >= SCRIPT_SLOTS || sc == G_UNICODE_SCRIPT_COMMON ||
			    sc == G_UNICODE_SCRIPT_INHERITED || sc == G_UNICODE_SCRIPT_UNKNOWN)
				continue;
			counts[sc]++;
			total++;
		}
	}
	return total;
}

bool pdfl_reading_loses_script(const pdfl_doc *layer, const pdfl_doc *reading)
{
	size_t had[SCRIPT_SLOTS], got[SCRIPT_SLOTS];
	size_t total = letters_by_script(layer, had), sc;
	letters_by_script(reading, got);
	/* a script counts when the layer holds some of it (20 letters and
	 * a twenty-fifth of the page's: a letterhead line in a second
	 * script), and is lost when the reading gives back less than a
	 * quarter as many letters of it */
	for (sc = 0; sc < SCRIPT_SLOTS; sc++)
		if (had[sc] >= 20 && had[sc] * 25 >= total && got[sc] * 4 < had[sc])
			return true;
	return false;
}
