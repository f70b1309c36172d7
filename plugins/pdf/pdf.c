/*
 * pdf.c - the PDF plugin: opens the bytes with poppler-glib (never a file),
 * reads each page's text with the box and font of every character, turns
 * characters into lines for layout.c, and passes on the Info dictionary
 * and XMP properties. It also says when the text cannot be trusted: no
 * text layer (a scan), or fonts without a Unicode mapping whose extracted
 * "text" is a soup of symbols. Pages without a text layer, or whose layer
 * fails the health check (health.c), are read from their image (ocr.c).
 */
#define _GNU_SOURCE
#include <pressmill/plugin.h>

#include "health.h"
#include "layout.h"
#include "tagged.h"
#include "kit/kit.h"
#include "marks.h"
#include "ocr.h"
#include "overlaid.h"
#include "rtltext.h"

#include <glib.h>
#include <poppler.h>

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- probing --------------------------------------------------------- */

/* PDF readers accept junk before the header within the first 1024 bytes. */
static int pdf_probe(const unsigned char *h, size_t n, uint64_t size, const char *name)
{
	static const char *const ext[] = {".pdf", NULL};
	size_t i, lim = n < 1024 ? n : 1024;
	int bid = PM_BID_NONE;
	(void)size;
	for (i = 0; i + 5 <= lim; i++) {
		if (h[i] != '%' || memcmp(h + i, "%PDF-", 5))
			continue;
		bid = PM_BID_MAGIC;
		if (i + 8 <= n && ((h[i + 5] == '1' && h[i + 6] == '.' && h[i + 7] >= '0' && h[i + 7] <= '9') ||
		                   (h[i + 5] == '2' && h[i + 6] == '.' && h[i + 7] == '0')))
			bid = PM_BID_STRUCTURE;
		break;
	}
	if (bid && pm_name_ext(name, ext))
		bid += PM_BID_NAME_HINT;
	return bid;
}

/* pdf_probe bids only on a "%PDF-" that ends within the first 1024 bytes. */
PM_PROBE_HINT(1, {{1024, 5, "%PDF-"}})

/* ---- properties ------------------------------------------------------ */

/* Replace the five XML entities and numeric references, in place. */
static void xml_unescape(char *s)
{
	char *r = s, *w = s;
	while (*r) {
		if (*r == '&') {
			static const struct { const char *e; char c; } ents[] = {
				{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
			size_t k;
			bool done = false;
			for (k = 0; k < sizeof ents / sizeof ents[0]; k++) {
				size_t l = strlen(ents[k].e);
				if (!strncmp(r, ents[k].e, l)) {
					*w++ = ents[k].c;
					r += l;
					done = true;
					break;
				}
			}
			if (!done && r[1] == '#') {
				char *end;
				long cp = r[2] == 'x' || r[2] == 'X' ? strtol(r + 3, &end, 16) : strtol(r + 2, &end, 10);
				if (*end == ';' && cp > 0 && cp < 0x110000 && !(cp >= 0xD800 && cp < 0xE000)) {
					char buf[6];
					gint l = g_unichar_to_utf8((gunichar)cp, buf);
					if (w + l <= end + 1) {
						memcpy(w, buf, (size_t)l);
						w += l;
						r = end + 1;
						done = true;
					}
				}
			}
			if (done)
				continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
}

/* The value of an XMP property, written either as an element (with or
 * without an rdf:Alt/Seq/Bag of rdf:li) or as an attribute. New string. */
static char *xmp_value(const char *xmp, const char *prop)
{
	char pat[64];
	const char *p, *q, *e;
	size_t pl;
	snprintf(pat, sizeof pat, "<%s", prop);
	pl = strlen(pat);
	for (p = strstr(xmp, pat); p; p = strstr(p + 1, pat)) {
		if (p[pl] != '>' && p[pl] != ' ' && p[pl] != '\n' && p[pl] != '\r' && p[pl] != '\t')
			continue;
		q = strchr(p, '>');
		if (!q || q[-1] == '/')
			continue;
		q++;
		{
			char close[64];
			const char *end;
			snprintf(close, sizeof close, "</%s>", prop);
			end = strstr(q, close);
			if (!end)
				continue;
			/* the first rdf:li inside, if any */
			e = strstr(q, "<rdf:li");
			if (e && e < end) {
				e = strchr(e, '>');
				if (e && e < end && e[-1] != '/') {
					const char *le = strstr(e, "</rdf:li>");
					if (le && le < end) {
						q = e + 1;
						end = le;
					}
				}
			}
			{
				char *v = g_strndup(q, (gsize)(end - q));
				char *t;
				xml_unescape(v);
				t = g_strstrip(v);
				if (*t && !strchr(t, '<')) {
					char *r = g_strdup(t);
					g_free(v);
					return r;
				}
				g_free(v);
			}
		}
	}
	/* attribute form: prop="value" */
	snprintf(pat, sizeof pat, " %s=", prop);
	p = strstr(xmp, pat);
	if (!p) {
		snprintf(pat, sizeof pat, "\n%s=", prop);
		p = strstr(xmp, pat);
	}
	if (p) {
		char quote;
		p += strlen(pat);
		quote = *p;
		if (quote == '"' || quote == '\'') {
			e = strchr(p + 1, quote);
			if (e) {
				char *v = g_strndup(p + 1, (gsize)(e - p - 1)), *t;
				xml_unescape(v);
				t = g_strstrip(v);
				if (*t) {
					char *r = g_strdup(t);
					g_free(v);
					return r;
				}
				g_free(v);
			}
		}
	}
	return NULL;
}

static int put(const pm_host *h, pm_sink *s, const char *key, char *value)
{
	int r = 0;
	if (value) {
		char *t = g_strstrip(value);
		if (*t && g_utf8_validate(t, -1, NULL))
			r = h->property(s, key, t);
	}
	g_free(value);
	return r;
}

static char *iso_date(GDateTime *dt)
{
	char *r;
	if (!dt)
		return NULL;
	if (g_date_time_get_utc_offset(dt) == 0)
		r = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
	else
		r = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%S%:z");
	g_date_time_unref(dt);
	return r;
}

static int properties(PopplerDocument *doc, const pm_host *h, pm_sink *s)
{
	static const struct { const char *key, *xmp; } fb[] = {
		{"title", "dc:title"}, {"author", "dc:creator"}, {"subject", "dc:description"},
		{"keywords", "pdf:Keywords"}, {"creator", "xmp:CreatorTool"}, {"producer", "pdf:Producer"},
		{"created", "xmp:CreateDate"}, {"modified", "xmp:ModifyDate"}, {"language", "dc:language"}};
	char *v[9];
	char *xmp = poppler_document_get_metadata(doc);
	size_t i;
	int r = 0;
	v[0] = poppler_document_get_title(doc);
	v[1] = poppler_document_get_author(doc);
	v[2] = poppler_document_get_subject(doc);
	v[3] = poppler_document_get_keywords(doc);
	v[4] = poppler_document_get_creator(doc);
	v[5] = poppler_document_get_producer(doc);
	v[6] = iso_date(poppler_document_get_creation_date_time(doc));
	v[7] = iso_date(poppler_document_get_modification_date_time(doc));
	v[8] = NULL;
	for (i = 0; i < 9; i++) {
		if (v[i] && !*g_strstrip(v[i])) {
			g_free(v[i]);
			v[i] = NULL;
		}
		/* the Info dictionary first; XMP fills what it lacks */
		if (!v[i] && xmp && g_utf8_validate(xmp, -1, NULL))
			v[i] = xmp_value(xmp, fb[i].xmp);
		if (!r)
			r = put(h, s, fb[i].key, v[i]);
		else
			g_free(v[i]);
	}
	g_free(xmp);
	return r;
}

/* ---- characters to lines ---------------------------------------------- */

static bool bold_font(const char *name)
{
	static const char *const w[] = {"bold", "black", "heavy", "semibold", "demi", "extrabold", NULL};
	size_t i;
	if (!name)
		return false;
	for (i = 0; w[i]; i++)
		if (strcasestr(name, w[i]))
			return true;
	/* "Arial,B" style suffixes */
	{
		const char *c = strrchr(name, ',');
		if (c && (!strcmp(c, ",B") || !strcmp(c, ",BI") || !strcmp(c, ",Bold")))
			return true;
	}
	return false;
}

/* s[0..n) is a list number: up to three digits, a letter or a small
 * roman numeral, then '.' or ')'. */
static bool list_number(const char *s, size_t n)
{
	size_t i = 0;
	if (n < 2 || n > 5 || (s[n - 1] != '.' && s[n - 1] != ')'))
		return false;
	while (i < n - 1 && isdigit((unsigned char)s[i]))
		i++;
	if (i == n - 1)
		return i <= 3;
	if (n == 2)
		return isalpha((unsigned char)s[0]) != 0;
	for (i = 0; i < n - 1; i++)
		if (!strchr("ivx", s[i]))
			return false;
	return true;
}

#define LB_GAPS 1024
#define LB_CUTS 32

typedef struct linebuf {
	GString *t;
	double x0, y0, x1, y1;
	double sizes[8];
	size_t counts[8];
	const char *fonts[4]; /* names as poppler gives them, valid for the page */
	size_t fcounts[4];
	size_t nfonts;
	/* headline.pdf.type_change.colour: the glyphs' fill colours
	 * (0x1RRGGBB) and how many characters each */
	uint32_t inks[4];
	size_t icounts[4];
	size_t ninks;
	size_t nsizes, chars, bold;
	size_t bold_open;  /* the characters opening the line in bold (layout.bold_run_in_heading) */
	bool open_done;    /* a regular character has been written */
	double first_x1, last_x1, last_size;
	double base_size, base_bottom, base_top; /* the last glyph in the line's own type: size, bottom, top */
	bool base_cjk;     /* ... and it was an ideograph or kana */
	bool in_note;      /* writing the digits of a raised note number */
	bool first_done, dir_known, rtl, space, marker_checked;
	bool shy_dash; /* the last character written is a hyphen read as a drawn soft hyphen */
	double shy_x0, shy_x1; /* its box */
	size_t marker_at;  /* where the tab after a first word read as a list marker is, or 0 */
	double marker_gap; /* the width of that gap */
	unsigned gaps, wide_gaps; /* the line's other word gaps; those about as wide */
	/* the gap before each glyph after the first, in ems, whether a space
	 * stands there and where in t (pdf.letter_spaced_line) */
	double lgap[LB_GAPS];
	size_t lat[LB_GAPS];
	bool lspaced[LB_GAPS];
	size_t ngaps;
	bool gaps_lost; /* a glyph's gap could not be measured: the line is left alone */
	/* pdf.table_cells: the line's gaps of an em or more after a space
	 * (the space's byte, the ink's ends either side) */
	size_t ncut;
	size_t cut_at[LB_CUTS];
	double cut_x1[LB_CUTS], cut_x0[LB_CUTS];
	/* layout.skewed_baseline: sums over the glyph boxes' centres, for
	 * the least-squares slope of the line */
	double sx, sy, sxx, sxy;
	size_t sn;
} linebuf;

static void lb_reset(linebuf *b)
{
	g_string_truncate(b->t, 0);
	b->x0 = b->y0 = 1e9;
	b->x1 = b->y1 = -1e9;
	b->nsizes = b->chars = b->bold = b->nfonts = b->ninks = 0;
	b->bold_open = 0;
	b->open_done = false;
	b->first_x1 = b->last_x1 = b->last_size = 0;
	b->base_size = b->base_bottom = b->base_top = 0;
	b->base_cjk = false;
	b->in_note = false;
	b->first_done = b->dir_known = b->rtl = b->space = b->marker_checked = b->shy_dash = false;
	b->marker_at = 0;
	b->marker_gap = 0;
	b->gaps = b->wide_gaps = 0;
	b->ngaps = 0;
	b->gaps_lost = false;
	b->ncut = 0;
	b->sx = b->sy = b->sxx = b->sxy = 0;
	b->sn = 0;
}

/* Convention layout.skewed_baseline: the slope of the line's glyph
 * centres (dy/dx), from six glyphs or more spread over a width; 0
 * otherwise. */
static double lb_slope(const linebuf *b)
{
	double n = (double)b->sn, den = n * b->sxx - b->sx * b->sx;
	if (b->sn < 6 || !(den > 0) || !(b->x1 - b->x0 > 20))
		return 0;
	den = (n * b->sxy - b->sx * b->sy) / den;
	return isfinite(den) ? den : 0;
}

/* Record the gap before a glyph drawn at x0 in type of size size (after
 * the line's first glyph): the letter-spacing test's input. */
static void lb_gap(linebuf *b, double x0, double size)
{
	size_t at = b->t->len;
	if (b->ngaps >= LB_GAPS || !(size > 0) || !isfinite(x0)) {
		b->gaps_lost = true;
		return;
	}
	b->lspaced[b->ngaps] = at && b->t->str[at - 1] == ' ';
	b->lat[b->ngaps] = at ? at - 1 : 0;
	b->lgap[b->ngaps++] = (x0 - b->last_x1) / size;
}

/* Whether the space at t[i] stands between two letters or digits (a
 * space beside punctuation, the thin space before a French colon, stays)
 * and is not the space of a thousands group ("3 100", "60 000": digits,
 * the space, three digits and no more). */
static bool letter_gap_space(const char *t, size_t i, size_t len)
{
	const char *before, *after = t + i + 1;
	gunichar pc, nc;
	size_t k = 0;
	if (!i || i + 1 >= len)
		return false;
	before = g_utf8_find_prev_char(t, t + i);
	if (!before)
		return false;
	pc = g_utf8_get_char(before);
	nc = g_utf8_get_char(after);
	if (!g_unichar_isalnum(pc) || !g_unichar_isalnum(nc))
		return false;
	if (g_unichar_isdigit(pc))
		while (i + 1 + k < len && g_ascii_isdigit(after[k]))
			k++;
	return !(k == 3 && (i + 4 >= len || !g_unichar_isalnum(g_utf8_get_char(after + 3))));
}

/* Convention pdf.mark_gap: a vowel or tone mark set above or below its
 * letter (Thai ป๋, Devanagari कू) is drawn as a glyph of its own, moved
 * back over the letter, and its box may end short of the next letter: the
 * text layer reads the sliver as a word space ("กระป๋ อง", "स्कू लों"),
 * narrower than the line's word spaces but not than every word space of
 * the script (Devanagari titles set them at a sixth of an em). A space
 * after a non-spacing mark, before a letter, narrower than 0.8 of the
 * median of the line's other spaces (two at least) is none. The marks of
 * the Indic blocks (U+0900-U+0D7F) and Thai only, and not a virama
 * (Tamil pulli: combining class 9), which ends words as often as it
 * stands inside them; Sinhala's vowel signs end its words too often
 * (the Sri Lankan releases of the corpus) to be read so. */
static bool mark_script(gunichar c)
{
	return (c >= 0x0900 && c <= 0x0D7F) || (c >= 0x0E00 && c <= 0x0E7F);
}

/* Convention pdf.mark_gap.closing: the sliver after a mark before a
 * comma, full stop, colon, semicolon or danda ("करेंगे ,") is no space
 * either: the writer sets none before them. */
static bool mark_gap_closing(gunichar c)
{
	return c == ',' || c == '.' || c == ':' || c == ';' || c == 0x0964 || c == 0x0965;
}

static int cmp_gap(const void *x, const void *y)
{
	double a = *(const double *)x, c = *(const double *)y;
	return a < c ? -1 : a > c;
}

static void lb_mark_gaps(linebuf *b)
{
	double other[LB_GAPS];
	size_t i, k, n, w;
	bool drop[LB_GAPS] = {false}, any = false;
	if (b->gaps_lost || b->rtl)
		return;
	for (k = 0; k < b->ngaps; k++) {
		size_t at = b->lat[k];
		const char *before;
		if (!b->lspaced[k] || at == 0 || at + 1 >= b->t->len || b->t->str[at] != ' ' || !(b->lgap[k] > 0))
			continue;
		before = g_utf8_find_prev_char(b->t->str, b->t->str + at);
		if (!before || g_unichar_type(g_utf8_get_char(before)) != G_UNICODE_NON_SPACING_MARK ||
		    g_unichar_combining_class(g_utf8_get_char(before)) == 9 || !mark_script(g_utf8_get_char(before)) ||
		    !(g_unichar_isalpha(g_utf8_get_char(b->t->str + at + 1)) ||
		      mark_gap_closing(g_utf8_get_char(b->t->str + at + 1))))
			continue;
		for (i = n = 0; i < b->ngaps; i++)
			if (i != k && b->lspaced[i] && b->lgap[i] > 0 && b->lgap[i] < 2)
				other[n++] = b->lgap[i];
		/* pdf.mark_gap.sliver: a sliver under an eighth of an em,
		 * thinner than any script's word space, is none, however few
		 * the line's other spaces (Thai parts words by none, a
		 * justified line's are widened past two ems) and however many
		 * of them are slivers too */
		if (b->lgap[k] < 0.12) {
			drop[k] = any = true;
			continue;
		}
		if (n < 2)
			continue;
		qsort(other, n, sizeof *other, cmp_gap);
		if (b->lgap[k] < 0.8 * other[n / 2])
			drop[k] = any = true;
	}
	if (!any)
		return;
	for (i = w = 0, k = 0; i < b->t->len; i++) {
		while (k < b->ngaps && b->lat[k] < i)
			k++;
		if (k < b->ngaps && b->lat[k] == i && drop[k] && b->t->str[i] == ' ')
			continue;
		b->t->str[w++] = b->t->str[i];
	}
	g_string_truncate(b->t, w);
}

/* Letters and spaces only (pdf.letter_spaced_line.all_spaced). */
static bool letters_only(const char *s)
{
	const char *p;
	bool any = false;
	for (p = s; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == ' ')
			continue;
		if (!g_unichar_isalpha(c))
			return false;
		any = true;
	}
	return any;
}

/* Convention pdf.letter_spaced_line (layout.c decides): the spaces that a
 * letter-spaced line's letter gaps became are taken out of the text. */
static void lb_unspace(linebuf *b)
{
	bool join[LB_GAPS];
	size_t i, w, k = 0;
	if (b->gaps_lost || b->marker_at || b->rtl)
		return;
	/* pdf.letter_spaced_line.all_spaced only for a line of letters (a
	 * kicker, a label): a margin stamp of figures and signs drawn glyph
	 * by glyph (arXiv's rotated identifier) is no tracked word */
	if (!pdfl_letter_spaced_joins(b->lgap, b->lspaced, b->ngaps, join) &&
	    !(letters_only(b->t->str) && pdfl_all_spaced_joins(b->lgap, b->lspaced, b->ngaps, join)))
		return;
	for (i = w = 0; i < b->t->len; i++) {
		while (k < b->ngaps && (!join[k] || b->lat[k] < i))
			k++;
		if (k < b->ngaps && b->lat[k] == i && b->t->str[i] == ' ' && letter_gap_space(b->t->str, i, b->t->len))
			continue;
		b->t->str[w++] = b->t->str[i];
	}
	g_string_truncate(b->t, w);
}

static void lb_size(linebuf *b, double size)
{
	size_t i;
	for (i = 0; i < b->nsizes; i++)
		if (fabs(b->sizes[i] - size) < 0.05) {
			b->counts[i]++;
			return;
		}
	if (b->nsizes < 8) {
		b->sizes[b->nsizes] = size;
		b->counts[b->nsizes++] = 1;
	}
}

/* Count one character in font name (without the "ABCDEF+" prefix of
 * an embedded subset). */
static void lb_font(linebuf *b, const char *name)
{
	size_t i;
	const char *plus = strchr(name, '+');
	if (plus && plus - name == 6)
		name = plus + 1;
	for (i = 0; i < b->nfonts; i++)
		if (b->fonts[i] == name || !strcmp(b->fonts[i], name)) {
			b->fcounts[i]++;
			return;
		}
	if (b->nfonts < 4) {
		b->fonts[b->nfonts] = name;
		b->fcounts[b->nfonts++] = 1;
	}
}

/* Count one character in a fill colour (headline.pdf.type_change.colour). */
static void lb_ink(linebuf *b, const PopplerColor *c)
{
	size_t i;
	uint32_t ink = 0x1000000u | (uint32_t)(c->red >> 8) << 16 | (uint32_t)(c->green >> 8) << 8 | (uint32_t)(c->blue >> 8);
	for (i = 0; i < b->ninks; i++)
		if (b->inks[i] == ink) {
			b->icounts[i]++;
			return;
		}
	if (b->ninks < 4) {
		b->inks[b->ninks] = ink;
		b->icounts[b->ninks++] = 1;
	}
}

/* Close the line: a line-end U+2010 is the line-break hyphen the core
 * decides on, so it is written as '-' for it to see; a line-end soft
 * hyphen stays, and the core joins the word. */
static bool lb_flush(linebuf *b, pdfl_doc *d)
{
	pdfl_line l;
	size_t i, best = 0;
	GString *t = b->t;
	double word_gap = 0;
	bool break_mark = false;
	unsigned spaces = 0;
	while (t->len && t->str[t->len - 1] == ' ')
		g_string_truncate(t, t->len - 1);
	if (t->len >= 3 && !memcmp(t->str + t->len - 3, "\xE2\x80\x90", 3)) {
		g_string_truncate(t, t->len - 3), g_string_append_c(t, '-');
		break_mark = true; /* pdf.break_hyphen_mark */
	}
	/* Chromium writes the soft hyphen it broke at, then the visible one:
	 * keep the soft hyphen alone, which tells the core the word was split
	 * by the typesetter (joined for certain, core/model.c) */
	while (t->len >= 3 && t->str[t->len - 1] == '-' && !memcmp(t->str + t->len - 3, "\xC2\xAD", 2))
		g_string_truncate(t, t->len - 1);

	if (!b->chars || !t->len || b->x1 < b->x0) {
		lb_reset(b);
		return true;
	}
	/* Convention layout.word_space_stretch: the line's word gaps, for
	 * layout.c to tell a justified measure from a ragged one; a line
	 * whose letter gaps were taken for spaces says nothing */
	{
		double sum = 0;
		unsigned ns = 0;
		size_t len0 = t->len;
		for (i = 0; !b->gaps_lost && i < b->ngaps; i++)
			if (b->lspaced[i] && b->lgap[i] > 0 && b->lgap[i] < 2) {
				sum += b->lgap[i];
				ns++;
			}
		lb_mark_gaps(b);
		if (t->len == len0)
			lb_unspace(b);
		if (t->len != len0)
			b->ncut = 0; /* the cuts' bytes moved */
		else if (ns) {
			word_gap = sum / ns;
			spaces = ns;
		}
	}
	/* Convention pdf.justified_first_word: a justified line stretches
	 * every word space alike, so a one-letter first word ("a", "o", "y")
	 * is set apart as widely as the words after it; a marker's tab is
	 * wider than the line's other gaps. When most of them are about as
	 * wide, the gap was a word space. */
	if (b->marker_at && b->marker_at < t->len && t->str[b->marker_at] == '\t' && b->gaps >= 2 &&
	    2 * b->wide_gaps >= b->gaps)
		t->str[b->marker_at] = ' ';
	memset(&l, 0, sizeof l);
	l.x0 = b->x0;
	l.y0 = b->y0;
	l.x1 = b->x1;
	l.y1 = b->y1;
	for (i = 1; i < b->nsizes; i++)
		if (b->counts[i] > b->counts[best])
			best = i;
	l.size = b->nsizes ? b->sizes[best] : 0;
	l.bold = (double)b->bold / (double)b->chars;
	l.bold_open = b->bold_open;
	l.first_w = (b->first_done ? b->first_x1 : b->x1) - b->x0;
	l.char_w = (b->x1 - b->x0) / (double)b->chars;
	l.word_gap = word_gap;
	l.spaces = spaces;
	l.slope = lb_slope(b);
	l.rtl = b->rtl;
	l.break_mark = break_mark;
	for (i = 0, best = 0; i < b->nfonts; i++)
		if (b->fcounts[i] > b->fcounts[best])
			best = i;
	l.font = b->nfonts ? b->fonts[best] : NULL;
	for (i = 0, best = 0; i < b->ninks; i++)
		if (b->icounts[i] > b->icounts[best])
			best = i;
	l.ink = b->ninks ? b->inks[best] : 0;
	{
		size_t n0 = d->n;
		bool ok = pdfl_add_line(d, &l, t->str, t->len);
		for (i = 0; ok && d->n == n0 + 1 && i < b->ncut; i++)
			ok = pdfl_add_cut(d, b->cut_at[i], b->cut_x1[i], b->cut_x0[i]);
		lb_reset(b);
		return ok;
	}
}

typedef struct textstats {
	size_t chars;      /* non-space characters read */
	size_t bytes;
	unsigned long ligatures; /* lam-alef pairs turned back (pdf.rtl_ligature_split) */
} textstats;

static bool holds_rtl(const char *t);
static bool *strips_inked(PopplerPage *page, const GArray *gaps, bool crossed);

/* pdf.rtl_ligature_split, and pdf.rtl_ligature_split.ink: an alef and a
 * lam read from two touching slices of nearly one width are one glyph's
 * when one stroke of ink joins their middles (a lam-alef ligature is one
 * shape; an alef never joins the letter after it, so a real alef and the
 * lam after it are two, however close a slanted face sets them) */
static unsigned long ligatures(PopplerPage *page, char *text, const PopplerRectangle *rects, guint nr, GList *attrs)
{
	GArray *unproven = g_array_new(FALSE, FALSE, sizeof(pdf_rtl_gap));
	unsigned long n = pdf_rtl_ligatures(text, rects, nr, attrs, unproven);
	if (unproven->len) {
		bool *inked = strips_inked(page, unproven, true);
		guint i;
		/* the pair's strip, then its left edge's
		 * (pdf.rtl_ligature_split.ink.left_edge) */
		for (i = 0; inked && i + 1 < unproven->len; i += 2)
			if (inked[i] && !inked[i + 1]) {
				pdf_rtl_ligature_swap(text, g_array_index(unproven, pdf_rtl_gap, i).sep_from);
				n++;
			}
		g_free(inked);
	}
	g_array_free(unproven, TRUE);
	return n;
}

/* Convention pdf.selection_from_outside: poppler-glib reads a page's
 * text as a selection dragged from the page's top-left corner to its
 * bottom-right one (poppler_page_get_text), and poppler's selection
 * starts at the first block in reading order only when its starting
 * point lies above and left of every block (TextPage::visitSelection);
 * else it starts at the block nearest that point, and the blocks read
 * before it are lost. A block reaches past the page's left or top edge
 * when its text was set bleeding off the page, when a slanted title's
 * glyph boxes stick out, or when the crop box cuts into the text (its
 * glyphs are kept: poppler drops only those wholly off the page): on
 * such a page a whole title or column vanished. The selection starts
 * far outside the page instead (PAGE_OUTSIDE points above and left of
 * it, where no glyph box of any sane size reaches); it ends at the
 * bottom-right corner, where poppler always ends it at the last block.
 * On every other page the reading is the same. */
#define PAGE_OUTSIDE 1e6

static PopplerRectangle whole_page(PopplerPage *page)
{
	PopplerRectangle r = {-PAGE_OUTSIDE, -PAGE_OUTSIDE, 0, 0};
	poppler_page_get_size(page, &r.x2, &r.y2);
	return r;
}

/* One reading of a page: the text of a selection, one box per
 * character and the font runs; area NULL selects the whole page
 * (whole_page). *valid tells whether the text is UTF-8 (poppler's may
 * not be) and *rtl whether it holds right-to-left text (valid UTF-8
 * only): each page's text is validated and scanned once, here. */
static char *page_reading(PopplerPage *page, PopplerRectangle *area, PopplerRectangle **rects, guint *nr,
                          GList **attrs, bool *valid, bool *rtl, PopplerRectangle **moved, unsigned long *ligs)
{
	PopplerRectangle whole = whole_page(page);
	char *text;
	if (!area)
		area = &whole;
	text = poppler_page_get_text_for_area(page, area);
	*rects = NULL;
	*moved = NULL;
	*nr = 0;
	*attrs = NULL;
	*valid = text != NULL;
	*rtl = false;
	if (text && *text) {
		*valid = g_utf8_validate(text, -1, NULL);
		if (!poppler_page_get_text_layout_for_area(page, area, rects, nr))
			*nr = 0;
		*attrs = poppler_page_get_text_attributes_for_area(page, area);
		if (*nr && *valid)
			pdf_rtl_number_runs(text, *rects, *nr);
		/* rtltext.c: the page's right-to-left text put back in order
		 * (nearly every page has none, and is left as it is); the
		 * passes move whole characters, so the text stays valid and
		 * keeps its right-to-left letters */
		*rtl = *valid && holds_rtl(text);
		/* pdf.mark_order: Thai and Indic marks back after their letter */
		if (*valid && !*rtl && *nr)
			pdf_mark_order(text, *rects, nr);
		/* pdf.ocr_layer.stretched_word: an OCR layer's word stretched
		 * over the words after it read in one piece, before them */
		if (*valid && !*rtl && *nr)
			pdf_ocr_overlaid_words(text, *rects, *nr, *attrs);
		if (*rtl) {
			if (*nr) {
				unsigned long n = ligatures(page, text, *rects, *nr, *attrs);
				if (ligs)
					*ligs += n;
			}
			pdf_rtl_line_start_marks(text);
			if (*nr)
				pdf_rtl_line_start_number_marks(text, *rects, *nr);
			/* the lines keep poppler's boxes, which the layout reads in
			 * its order; the boxes moved with the runs are for
			 * rtl_joined */
			*moved = *nr ? g_memdup2(*rects, *nr * sizeof **rects) : NULL;
			if (!pdf_rtl_ltr_paragraph_runs(text, *moved, *nr)) {
				g_free(*moved);
				*moved = NULL;
			}
		}
	}
	return text;
}

static void free_reading(char *text, PopplerRectangle *rects, GList *attrs, PopplerRectangle *moved)
{
	g_free(moved);
	g_free(text);
	g_free(rects);
	poppler_page_free_text_attributes(attrs);
}

static bool holds_rtl(const char *t)
{
	const char *p;
	for (p = t; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == 0x202B || c == 0x202E || pm_rtl_char(c))
			return true;
	}
	return false;
}

/* Letters and digits of a line: spaces and direction marks aside. */
static size_t line_weight(const char *t)
{
	size_t n = 0;
	const char *p;
	for (p = t; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (!g_unichar_isspace(c) && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069))
			n++;
	}
	return n;
}

/* Whether two lines of a page stand on one another: they share more than
 * half of the lower one's height and some width. */
static bool lines_overlap(const pdfl_line *x, const pdfl_line *y)
{
	double v = (x->y1 < y->y1 ? x->y1 : y->y1) - (x->y0 > y->y0 ? x->y0 : y->y0);
	double hx = x->y1 - x->y0, hy = y->y1 - y->y0;
	double hmin = hx < hy ? hx : hy;
	return v > 0.5 * hmin && (x->x1 < y->x1 ? x->x1 : y->x1) > (x->x0 > y->x0 ? x->x0 : y->x0);
}

/* The page's lines d->lines[first, mark) come from the first reading, the
 * ones from mark on from the second (read_page). A line of the second
 * reading that the first lacks is kept; one that the first holds only in
 * part (its box within the second's, fewer letters) replaces it; any
 * other is the same line read twice and goes. */
static void merge_readings(pdfl_doc *d, size_t first, size_t mark)
{
	size_t i, j, w = mark;
	for (i = mark; i < d->n; i++) {
		pdfl_line *l = &d->lines[i];
		size_t hits = 0, hit = 0;
		for (j = first; j < mark; j++)
			if (lines_overlap(&d->lines[j], l)) {
				hits++;
				hit = j;
			}
		if (!hits) {
			d->lines[w++] = *l;
			continue;
		}
		if (hits == 1 && d->lines[hit].x0 >= l->x0 - 1 && d->lines[hit].x1 <= l->x1 + 1 &&
		    line_weight(d->lines[hit].text) < line_weight(l->text)) {
			free(d->lines[hit].text);
			d->lines[hit] = *l;
			continue;
		}
		free(l->text);
	}
	d->pages[d->npages - 1].n -= d->n - w;
	d->n = w;
}

/* The page's link annotations whose action opens a URI (poppler gives
 * their boxes from the bottom-left, the text layout from the top-left),
 * with the text under each; links within the document (GoTo) are not
 * hyperlinks. The target is kept as written, never opened. */
static bool read_links(PopplerPage *page, pdfl_doc *d, double hgt, const char *ptext,
                       const PopplerRectangle *rects, guint nr)
{
	GList *map = poppler_page_get_link_mapping(page), *m;
	unsigned n = 0;
	bool ok = true;
	GString *t = g_string_new(NULL);
	for (m = map; m && ok; m = m->next) {
		PopplerLinkMapping *lm = m->data;
		PopplerRectangle r;
		const char *p;
		guint ci = 0;
		if (!lm || !lm->action || lm->action->type != POPPLER_ACTION_URI || !lm->action->uri.uri ||
		    !g_utf8_validate(lm->action->uri.uri, -1, NULL))
			continue;
		if (++n > PDFL_MAX_PAGE_LINKS)
			break;
		r.x1 = lm->area.x1 < lm->area.x2 ? lm->area.x1 : lm->area.x2;
		r.x2 = lm->area.x1 < lm->area.x2 ? lm->area.x2 : lm->area.x1;
		r.y1 = hgt - (lm->area.y1 > lm->area.y2 ? lm->area.y1 : lm->area.y2);
		r.y2 = hgt - (lm->area.y1 > lm->area.y2 ? lm->area.y2 : lm->area.y1);
		/* the text under the box: the characters whose box's centre it
		 * holds, in the text layer's order */
		g_string_truncate(t, 0);
		for (p = ptext; p && *p && ci < nr; p = g_utf8_next_char(p), ci++) {
			double cx = (rects[ci].x1 + rects[ci].x2) / 2, cy = (rects[ci].y1 + rects[ci].y2) / 2;
			bool in = cx >= r.x1 && cx <= r.x2 && cy >= r.y1 && cy <= r.y2;
			if (!in)
				continue;
			if (*p == '\n' || *p == '\r' || *p == '\t')
				g_string_append_c(t, ' ');
			else
				g_string_append_len(t, p, g_utf8_next_char(p) - p);
			if (t->len > 1024)
				break;
		}
		ok = pdfl_add_link(d, r.x1, r.y1, r.x2, r.y2, lm->action->uri.uri, t->len ? t->str : NULL);
	}
	g_string_free(t, TRUE);
	poppler_page_free_link_mapping(map);
	return ok;
}

/* Form fields filled in on a page are its text too (a viewer and
 * pdftotext show them), but their values live in the widgets, not in the
 * page's text layer: a text field's value and a list's chosen items, each
 * a line at the widget's box. Buttons (ticks, captions) and signatures
 * give no words; a password field's value is not shown; a value the
 * page's text already holds under the box (a flattened form that kept
 * its widgets) is not read twice. */
#define PDF_MAX_PAGE_FIELDS 1000
#define PDF_MAX_FIELD_BYTES 4000

static bool field_value(PopplerFormField *f, GString *v)
{
	g_string_truncate(v, 0);
	if (poppler_form_field_get_field_type(f) == POPPLER_FORM_FIELD_TEXT) {
		gchar *t;
		if (poppler_form_field_text_is_password(f) || !(t = poppler_form_field_text_get_text(f)))
			return false;
		g_string_append(v, t);
		g_free(t);
	} else if (poppler_form_field_get_field_type(f) == POPPLER_FORM_FIELD_CHOICE) {
		gint k, n = poppler_form_field_choice_get_n_items(f);
		for (k = 0; k < n && k < PDF_MAX_PAGE_FIELDS && v->len < PDF_MAX_FIELD_BYTES; k++) {
			gchar *t;
			if (!poppler_form_field_choice_is_item_selected(f, k) || !(t = poppler_form_field_choice_get_item(f, k)))
				continue;
			if (v->len)
				g_string_append(v, ", ");
			g_string_append(v, t);
			g_free(t);
		}
	}
	if (v->len > PDF_MAX_FIELD_BYTES)
		g_string_truncate(v, PDF_MAX_FIELD_BYTES);
	if (!g_utf8_validate(v->str, (gssize)v->len, NULL))
		return false;
	/* one line: the breaks of a multi-line field are spaces */
	for (gsize i = 0; i < v->len; i++)
		if (v->str[i] == '\n' || v->str[i] == '\r' || v->str[i] == '\t')
			v->str[i] = ' ';
	g_strstrip(v->str);
	v->len = strlen(v->str);
	return v->len > 0;
}

static bool text_under(const char *ptext, const PopplerRectangle *rects, guint nr, double x0, double y0, double x1,
                       double y1)
{
	const char *p;
	guint ci = 0;
	for (p = ptext; p && *p && ci < nr; p = g_utf8_next_char(p), ci++) {
		double cx = (rects[ci].x1 + rects[ci].x2) / 2, cy = (rects[ci].y1 + rects[ci].y2) / 2;
		if (!g_unichar_isspace(g_utf8_get_char(p)) && cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)
			return true;
	}
	return false;
}

static bool read_form_fields(PopplerPage *page, pdfl_doc *d, double hgt, const char *ptext,
                             const PopplerRectangle *rects, guint nr)
{
	GList *map = poppler_page_get_form_field_mapping(page), *m;
	GString *v = g_string_new(NULL);
	unsigned n = 0;
	bool ok = true;
	for (m = map; m && ok && n < PDF_MAX_PAGE_FIELDS; m = m->next, n++) {
		PopplerFormFieldMapping *fm = m->data;
		pdfl_line l;
		double size;
		const char *sp;
		if (!fm || !fm->field || !field_value(fm->field, v))
			continue;
		memset(&l, 0, sizeof l);
		l.x0 = fm->area.x1 < fm->area.x2 ? fm->area.x1 : fm->area.x2;
		l.x1 = fm->area.x1 < fm->area.x2 ? fm->area.x2 : fm->area.x1;
		l.y0 = hgt - (fm->area.y1 > fm->area.y2 ? fm->area.y1 : fm->area.y2);
		l.y1 = hgt - (fm->area.y1 > fm->area.y2 ? fm->area.y2 : fm->area.y1);
		if (!(l.x1 > l.x0 && l.y1 > l.y0) || text_under(ptext, rects, nr, l.x0, l.y0, l.x1, l.y1))
			continue;
		/* a size of 0 is "fit the box": the box's height then says it */
		size = poppler_form_field_get_font_size(fm->field);
		if (!(size > 0 && size < 200))
			size = (l.y1 - l.y0) * 0.7 < 12 ? (l.y1 - l.y0) * 0.7 : 12;
		l.size = size;
		l.char_w = size * 0.5;
		sp = strchr(v->str, ' ');
		l.first_w = (double)g_utf8_strlen(v->str, sp ? sp - v->str : -1) * l.char_w;
		l.rtl = holds_rtl(v->str);
		l.widget = true; /* pdf.form_value_kept */
		ok = pdfl_add_line(d, &l, v->str, v->len);
	}
	g_string_free(v, TRUE);
	poppler_page_free_form_field_mapping(map);
	return ok;
}

/* Kana and the ideographs Japanese writes with them. */
static bool japanese_char(gunichar c)
{
	return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	       (c >= 0xF900 && c <= 0xFAFF);
}

static bool latin_alnum(gunichar c)
{
	return c < 0x80 && g_ascii_isalnum((gchar)c);
}

static bool hangul_syllable(gunichar c)
{
	return c >= 0xAC00 && c <= 0xD7A3;
}

/* Whether a page's text is Japanese: it holds kana (10 or more; U+3040-
 * U+30FF is E3 81 80 - E3 83 BF in UTF-8), which Chinese never writes;
 * pdf.clreq_spacing: or Chinese, 40 ideographs or more (U+4E00-U+9FFF,
 * lead bytes E4-E9), whose typesetting sets the same quarter em between
 * Han and Western letters or digits (W3C clreq 3.2.2, Word's and
 * LibreOffice's Asian/Latin spacing: "2025 年 3 月" in the text layer for
 * "2025年3月"). */
static bool japanese_text(const char *t)
{
	size_t kana = 0, han = 0;
	const unsigned char *p = (const unsigned char *)t;
	for (; *p; p++) {
		if (*p == 0xE3 && p[1] >= 0x81 && p[1] <= 0x83 && ++kana >= 10)
			return true;
		if (*p >= 0xE4 && *p <= 0xE9 && ++han >= 40)
			return true;
	}
	return false;
}

/* Convention pdf.jlreq_spacing: Japanese typesetting sets a quarter em
 * between Japanese and Latin letters or digits ("2016 年", "WebRTC を";
 * JLREQ 3.2.2, Word's "adjust space between Asian and Latin text"), a
 * gap that is spacing, not a space of the text, which writes "2016年".
 * The space poppler puts in such a gap, narrower than a third of an em
 * on a Japanese page, is left out (JSPACE_SPACING). A justified line
 * widens it with the rest of its stretch, up to half an em and more
 * ("Web も" where the line has no other gap to stretch), as wide as a
 * typed space (a Latin space and the quarter em, about half an em): a
 * gap up to 0.58 em is marked (JSPACE_STRETCHED) for layout.c, which
 * knows where the column's margin is and leaves it out on a line filled
 * to it, a space on a line that stops short. A wider gap (a full-width
 * space, a typed space on a stretched line) stays a space. */
enum { JSPACE_NONE, JSPACE_SPACING, JSPACE_STRETCHED };

/* The ideographic comma and full stop ("、", "。"): the spacing set after
 * them before a Latin letter or digit is theirs too (JLREQ 3.1.2, the
 * half em of blank a comma carries, and 3.2.2). */
static bool cjk_stop(gunichar c)
{
	return c == 0x3001 || c == 0x3002 || c == 0xFF0C || c == 0xFF1A || c == 0xFF1B;
}

/* A Western letter or digit, or a Western curly quote, which a Chinese
 * or Japanese page sets in its Latin font ("发布“山雀”系列"): the
 * Asian/Latin spacing stands beside it as beside a letter. */
static bool western_char(gunichar c)
{
	return latin_alnum(c) || (c >= 0x2018 && c <= 0x201D);
}

/* Convention pdf.jlreq_spacing.brackets: the full-width brackets
 * ("（", "「", "『", "【", "〈", "《", "〔" and their closing forms) are
 * Japanese and Chinese characters to the typesetter too: the spacing it
 * sets between one and a Latin word or number inside it ("（RMRO）",
 * "「Web」") is no space of the text, which writes none there. */
static bool cjk_open_bracket(gunichar c)
{
	return c == 0xFF08 || c == 0x300C || c == 0x300E || c == 0x3010 || c == 0x3008 || c == 0x300A ||
	       c == 0x3014;
}

static bool cjk_close_bracket(gunichar c)
{
	return c == 0xFF09 || c == 0x300D || c == 0x300F || c == 0x3011 || c == 0x3009 || c == 0x300B ||
	       c == 0x3015;
}

static int interscript_spacing(gunichar before, gunichar after, double gap, double size)
{
	if (!(((japanese_char(before) || cjk_stop(before) || cjk_open_bracket(before)) && western_char(after)) ||
	      (western_char(before) && (japanese_char(after) || cjk_close_bracket(after)))))
		return JSPACE_NONE;
	if (size <= 0 || gap <= -0.1 * size)
		return JSPACE_NONE;
	return gap < 0.33 * size ? JSPACE_SPACING : gap < 0.58 * size ? JSPACE_STRETCHED : JSPACE_NONE;
}

/* Convention pdf.hangul_latin_spacing: Korean parts its words with
 * spaces, and a word processor's Asian/Latin spacing (LibreOffice's
 * autospace, Word's "adjust space between Asian and Latin text") sets a
 * narrower gap between Hangul and a Latin letter or figure ("5일",
 * "3월호", "제3"), and its runs of another font leave a sliver before a
 * comma or a stop ("싸고,"); poppler, which parts words at a tenth of
 * an em, reads both as spaces ("5 일", "싸고 ,"). The page's own word
 * spaces are measured between two Hangul syllables, where no such
 * spacing stands: a gap at a script change that is well under them
 * (under 0.7 of their median, in ems of the type's size) is spacing, not
 * a space of the text. The page's median Hangul word space in ems, 0
 * with fewer than three seen. */
#define HANGUL_GAPS 64
static double hangul_word_space(const char *text, const PopplerRectangle *rects, guint nr, GList *attrs)
{
	double gaps[HANGUL_GAPS];
	size_t n = 0, i, j;
	gunichar prev = 0;
	const char *p;
	guint ci = 0;
	GList *a = attrs;
	for (p = text; *p && n < HANGUL_GAPS; p = g_utf8_next_char(p), ci++) {
		gunichar c = g_utf8_get_char(p);
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
			ci--; /* no box, as in read_selection */
			continue;
		}
		if (c == ' ' && hangul_syllable(prev) && ci > 0 && ci + 1 < nr &&
		    hangul_syllable(g_utf8_get_char(g_utf8_next_char(p)))) {
			double x1 = fmax(rects[ci - 1].x1, rects[ci - 1].x2);
			double x0 = fmin(rects[ci + 1].x1, rects[ci + 1].x2), size = 0;
			while (a && ((PopplerTextAttributes *)a->data)->end_index < (gint)ci - 1)
				a = a->next;
			if (a && ((PopplerTextAttributes *)a->data)->start_index <= (gint)ci - 1)
				size = ((PopplerTextAttributes *)a->data)->font_size;
			if (size > 0 && x0 > x1 && x0 - x1 < 2 * size)
				gaps[n++] = (x0 - x1) / size;
		}
		prev = c;
	}
	if (n < 3)
		return 0;
	for (i = 1; i < n; i++) /* a few dozen: insertion sort */
		for (j = i; j > 0 && gaps[j - 1] > gaps[j]; j--) {
			double t = gaps[j];
			gaps[j] = gaps[j - 1];
			gaps[j - 1] = t;
		}
	return gaps[n / 2];
}

/* pdf.hangul_latin_spacing: a gap (in ems) between Hangul and a Latin
 * letter or figure (either way round), or before a comma, stop or
 * closing mark after Hangul or a figure, that is narrower than 0.7 of the
 * page's word space (space, the median in ems; 0: not measured). */
static bool hangul_spacing(gunichar before, gunichar after, double gap, double space)
{
	bool closing = after == ',' || after == '.' || after == ')' || after == '!' || after == '?' ||
	               after == ':' || after == ';';
	if (space <= 0 || gap >= 0.7 * space)
		return false;
	return (hangul_syllable(before) && (latin_alnum(after) || closing)) ||
	       (latin_alnum(before) && (hangul_syllable(after) || closing));
}

/* Convention pdf.jlreq_spacing.postcode: a Japanese address writes a
 * space between the postcode and the place ("〒101-0052 東京都"): the
 * gap after "〒" and its seven figures (three, a hyphen, four) is a space
 * of the text, however narrow, not the spacing set between figures and
 * Japanese. Whether the text t[0..len) ends with such a postcode. */
static bool ends_postcode(const char *t, size_t len)
{
	static const char mark[] = "\xE3\x80\x92"; /* 〒 */
	size_t i;
	if (len < 8 + 3 || t[len - 5] != '-')
		return false;
	for (i = 1; i <= 8; i++)
		if (i != 5 && !g_ascii_isdigit(t[len - i]))
			return false;
	len -= 8;
	if (t[len - 1] == ' ')
		len--;
	return len >= 3 && !memcmp(t + len - 3, mark, 3);
}

/* A glyph code a font gave no Unicode for comes through as a control
 * character (C0 or C1), and is dropped from the text. */
static bool raw_code(gunichar c)
{
	return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c < 0xA0);
}

#define RAW_CODES 0xA0

/* Convention pdf.unmapped_space: a font whose space glyph has no Unicode
 * mapping (its codes are glyph numbers, the space code 2 or 3) draws its
 * word spaces as a glyph, so the page's text holds no space where words
 * part and poppler, seeing no gap, adds none: "Overview\x02of\x02the".
 * Dropped, the code would glue the words. A raw code is that font's space
 * when the page itself shows it: its glyph is a space's width (0.12 to
 * 0.5 em), it stands between two visible glyphs at least twice, and the
 * lines where it does so hold fewer of poppler's own spaces than of it (a
 * raw code that is a letter, a ligature or a symbol sits among words that
 * spaces part). space[c] is set for each such code of the page. */
static void find_space_codes(const char *text, const PopplerRectangle *rects, guint nr, GList *attrs,
                             bool space[RAW_CODES])
{
	size_t between[RAW_CODES] = {0}, sized[RAW_CODES] = {0}, narrow[RAW_CODES] = {0}, near[RAW_CODES] = {0};
	unsigned char on_line[RAW_CODES] = {0};
	size_t line_spaces = 0;
	const char *p;
	gunichar prev = '\n';
	guint ci = 0;
	GList *a = attrs;
	int c;
	memset(space, 0, RAW_CODES * sizeof *space);
	for (p = text; *p; p = g_utf8_next_char(p), ci++) {
		gunichar ch = g_utf8_get_char(p);
		if ((ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069)) {
			ci--; /* no box, as in read_selection */
			continue;
		}
		if (ch == '\n' || !p[1]) {
			for (c = 0; c < RAW_CODES; c++)
				if (on_line[c]) {
					near[c] += line_spaces;
					on_line[c] = 0;
				}
			line_spaces = 0;
		} else if (ch == ' ' || ch == 0xA0) {
			line_spaces++;
		} else if (raw_code(ch) && ch < RAW_CODES) {
			gunichar next = g_utf8_get_char(g_utf8_next_char(p));
			if (ci < nr) {
				double size = 0, w = fabs(rects[ci].x2 - rects[ci].x1);
				while (a && ((PopplerTextAttributes *)a->data)->end_index < (gint)ci)
					a = a->next;
				if (a && ((PopplerTextAttributes *)a->data)->start_index <= (gint)ci)
					size = ((PopplerTextAttributes *)a->data)->font_size;
				if (size > 0) {
					sized[ch]++;
					narrow[ch] += w >= 0.12 * size && w <= 0.5 * size;
				}
			}
			if (prev && !g_unichar_isspace(prev) && !raw_code(prev) && next && !g_unichar_isspace(next) &&
			    !raw_code(next)) {
				between[ch]++;
				on_line[ch] = 1;
			}
		}
		prev = ch;
	}
	for (c = 0; c < RAW_CODES; c++)
		space[c] = between[c] >= 2 && sized[c] && narrow[c] * 10 >= sized[c] * 9 && near[c] < between[c];
}

/* One reading of a page into lines of d; hp, when not NULL, is told
 * every glyph (the text layer's health is judged on the first reading). */
/* Han ideographs and Hangul syllables: set full width in the CJK fonts,
 * one em wide (a Korean font's Hangul a little less, 0.9 em and more). */
static bool fullwidth_letter(gunichar c)
{
	return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0xAC00 && c <= 0xD7A3);
}

/* Convention pdf.cjk_type3_double_size: Chromium (Skia/PDF) writes the
 * glyphs of a CJK font as Type 3 fonts, a few glyphs each, and poppler
 * reports their runs' font size twice the size of the type, with glyph
 * boxes twice as tall (a 10.5 pt ideograph reads as 21 pt, 27 pt high,
 * while the digits of the same line read 10.5 pt): the title and
 * paragraph rules, which weigh sizes and line pitch, then misread every
 * line. An ideograph or a Hangul syllable is about one em wide in
 * every CJK font, so a run whose first one is about half as wide as its
 * size says (0.4-0.6; a real one is 0.9-1.0, and more when stretched) is
 * read at half the size; and so is a run with none to measure (kana,
 * punctuation, the Latin letters and digits of the same font) in a font
 * and size whose ideographs the page showed doubled and never true. */
#define CJK_SIZES 8
typedef struct cjk_sizes {
	double size[CJK_SIZES];
	const char *font[CJK_SIZES]; /* the runs' font name, as poppler gives it */
	int verdict[CJK_SIZES]; /* 1 doubled, 0 true size seen */
	size_t n;
	bool none; /* the page holds no ideograph nor Hangul syllable: every run is read at its size */
} cjk_sizes;

/* The run's first ideograph or Hangul syllable from character ci at p:
 * 1 its width says the size is doubled, 0 it agrees, -1 the run has
 * none. */
static int run_ideograph_doubled(const char *p, guint ci, const PopplerTextAttributes *run,
                                 const PopplerRectangle *rects, guint nr)
{
	for (; *p && ci < nr && (gint)ci <= run->end_index; p = g_utf8_next_char(p), ci++) {
		gunichar c = g_utf8_get_char(p);
		double w;
		if ((gint)ci < run->start_index || !fullwidth_letter(c))
			continue;
		w = fabs(rects[ci].x2 - rects[ci].x1);
		return w > 0.4 * run->font_size && w < 0.6 * run->font_size;
	}
	return -1;
}

/* Whether a font's name (its subset tag "ABCDEF+" aside) is Word's Symbol
 * or LibreOffice's OpenSymbol, which stands in for it: fonts that map
 * their glyphs to the private-use code points U+F020-U+F0FF. */
static bool symbol_font(const char *name)
{
	const char *plus = name ? strchr(name, '+') : NULL;
	if (plus && plus - name == 6)
		name = plus + 1;
	return name && (!strncasecmp(name, "Symbol", 6) || !strncasecmp(name, "OpenSymbol", 10));
}

static bool same_font(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Whether the text may hold an ideograph or a Hangul syllable
 * (fullwidth_letter): each is three bytes of UTF-8 led by 0xE3-0xED or
 * 0xEF; a page without such a byte (nearly every page outside Asia) has
 * no run to measure, and its runs need no scan of their own. */
static bool may_hold_fullwidth(const char *text)
{
	const unsigned char *p;
	for (p = (const unsigned char *)text; *p; p++)
		if (*p >= 0xE3 && *p <= 0xEF && *p != 0xEE)
			return true;
	return false;
}

/* The page's verdicts, size by size, from its runs with an ideograph;
 * cs->none when the page has no ideograph nor Hangul syllable at all. */
static void find_cjk_sizes(const char *text, const PopplerRectangle *rects, guint nr, GList *attrs, cjk_sizes *cs)
{
	const char *p = text;
	guint ci = 0;
	GList *a;
	cs->n = 0;
	cs->none = !may_hold_fullwidth(text);
	for (a = cs->none ? NULL : attrs; a; a = a->next) {
		const PopplerTextAttributes *run = a->data;
		int v;
		size_t k;
		while (*p && (gint)ci < run->start_index)
			p = g_utf8_next_char(p), ci++;
		if (!*p)
			break;
		v = run_ideograph_doubled(p, ci, run, rects, nr);
		if (v < 0)
			continue;
		for (k = 0; k < cs->n && (fabs(cs->size[k] - run->font_size) >= 0.05 || !same_font(cs->font[k], run->font_name));
		     k++)
			;
		if (k < cs->n)
			cs->verdict[k] = cs->verdict[k] && v;
		else if (cs->n < CJK_SIZES) {
			cs->size[cs->n] = run->font_size;
			cs->font[cs->n] = run->font_name;
			cs->verdict[cs->n++] = v;
		}
	}
}

/* The factor for the run from character ci at p: 0.5 or 1. */
static double cjk_run_scale(const cjk_sizes *cs, const char *p, guint ci, const PopplerTextAttributes *run,
                            const PopplerRectangle *rects, guint nr)
{
	int v = cs->none ? -1 : run_ideograph_doubled(p, ci, run, rects, nr);
	size_t k;
	if (v >= 0)
		return v ? 0.5 : 1;
	for (k = 0; k < cs->n; k++)
		if (fabs(cs->size[k] - run->font_size) < 0.05 && same_font(cs->font[k], run->font_name))
			return cs->verdict[k] ? 0.5 : 1;
	return 1;
}

/* The line read so far ends with a zero-width non-joiner it keeps. */
static bool ends_zwnj(const GString *t)
{
	return t->len >= 3 && !memcmp(t->str + t->len - 3, "\xE2\x80\x8C", 3);
}

/* Convention pdf.rtl_prefix_hyphen: in Hebrew a prefix letter is joined
 * to a number by a hyphen ("מ-1", "ב-2025", "ל-340"), and LibreOffice
 * draws the hyphen and the number as two pieces that touch; poppler reads
 * them as two words ("מ- 1"). The space poppler wrote after a Hebrew
 * letter and its hyphen goes when the number's right end (the box of its
 * last digit: the number is read left to right) touches the line's text
 * already read, less than a tenth of the size apart where a word space is
 * a quarter em or more: no space was drawn there. p is the space, ci its
 * box, x0 the left end of the line read so far. Convention
 * pdf.rtl_prefix_hyphen.maqaf: the maqaf (U+05BE), Hebrew's own hyphen,
 * after a prefix letter before a number ("כ־80"), whose glyph LibreOffice
 * sets a little apart from the digits (0.04 em: no touch for
 * pdf.rtl_touching_pieces), is such a hyphen: no space was written
 * after it. */
static bool rtl_prefix_hyphen_joins(const GString *t, const char *p, const PopplerRectangle *rects, guint nr, guint ci,
                                    double x0, double size)
{
	const char *q = p + 1;
	gunichar c;
	double nx1 = -1e9;
	guint k = ci + 1;
	size_t hy;
	/* pdf.rtl_prefix_hyphen.maqaf: the Hebrew hyphen, U+05BE, joins
	 * the same way ("כ־80", "ב־1"); no space follows it in writing */
	if (t->len >= 4 && !memcmp(t->str + t->len - 2, "\xD6\xBE", 2))
		hy = 2;
	else if (t->len >= 3 && t->str[t->len - 1] == '-')
		hy = 1;
	else
		return false;
	c = g_utf8_get_char(g_utf8_prev_char(t->str + t->len - hy));
	if (!pdf_hebrew_letter(c))
		return false;
	while ((c = g_utf8_get_char(q)) >= 0x202A && c <= 0x202E)
		q = g_utf8_next_char(q);
	if (c < '0' || c > '9')
		return false;
	for (; k < nr && (c = g_utf8_get_char(q)) && c < 0x80 && (g_ascii_isdigit((int)c) || strchr(".,:/%", (int)c));
	     q++, k++) {
		double x1 = rects[k].x1 > rects[k].x2 ? rects[k].x1 : rects[k].x2;
		if (x1 > nx1)
			nx1 = x1;
	}
	return fabs(x0 - nx1) < 0.1 * size;
}

/* Convention pdf.rtl_neutral_lead: a right-to-left line that opens with
 * a sign of no direction standing as a word of its own ("© 2026 بلدية
 * …", "– 12 مشروعاً …", "• 3 أيام …") is read from its right end: the
 * sign, then, further left, a number or a Latin word, whose first glyph
 * (its left end) lies left of the sign by more than the line's size.
 * With no letter read yet the line's direction is unknown, and that
 * jump left starts a new line in a left-to-right one: the sign was left
 * alone on a line of its own and the rest of the line lost its start.
 * The line is right to left when all read of it so far are such signs
 * (no letter, no digit: a page number or a print header's date and
 * time, "1", "12/7/26, 2:48 AM", stays as it was), the next letter of
 * the text line is a right-to-left one, and the word read now ends
 * where the sign starts, a word space or so from it (under an em):
 * one line, set right to left. p is the word's first character, ci its
 * box, x0 the left end of the text read so far. */
static bool rtl_neutral_lead(const GString *t, const char *p, const PopplerRectangle *rects, guint nr, guint ci,
                             double x0, double size)
{
	const char *q;
	double wx1 = -1e9;
	guint k = ci;
	for (q = t->str; q < t->str + t->len; q = g_utf8_next_char(q)) {
		gunichar c = g_utf8_get_char(q);
		if (g_unichar_isalnum(c))
			return false;
	}
	/* the word's right end: its glyphs up to the next space */
	for (q = p; *q && *q != '\n'; q = g_utf8_next_char(q)) {
		gunichar c = g_utf8_get_char(q);
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
			continue;
		if (c == ' ' || k >= nr)
			break;
		if (fmax(rects[k].x1, rects[k].x2) > wx1)
			wx1 = fmax(rects[k].x1, rects[k].x2);
		k++;
	}
	if (wx1 > x0 + 0.1 * size || wx1 < x0 - size)
		return false;
	/* the next letter of the text line */
	for (q = p; *q && *q != '\n'; q = g_utf8_next_char(q)) {
		gunichar c = g_utf8_get_char(q);
		if (g_unichar_isalpha(c))
			return pm_rtl_char(c);
	}
	return false;
}

static bool read_selection(const char *text, const PopplerRectangle *rects, guint nr, GList *attrs,
                           const unsigned char *joined, pdfl_doc *d, textstats *st, linebuf *b, pdfh_page *hp)
{
	int japanese = -1; /* the page's text is Japanese: unknown until asked */
	guint ci = 0;
	GList *a;
	const char *p;
	bool ok = true, cur_bold = false, cur_symbol = false, prev_pdf = false;
	PopplerTextAttributes *cur = NULL;
	double cur_scale = 1; /* pdf.cjk_type3_double_size's factor for the run */
	PopplerRectangle scaled;
	bool space_code[RAW_CODES];
	cjk_sizes cjk;
	double hangul_space = hangul_word_space(text, rects, nr, attrs);
	find_space_codes(text, rects, nr, attrs, space_code);
	find_cjk_sizes(text, rects, nr, attrs, &cjk);
	a = attrs;
	lb_reset(b);
	for (p = text; *p && ok; p = g_utf8_next_char(p), ci++) {
		gunichar c = g_utf8_get_char(p);
		const PopplerRectangle *r;
		double size;
		if (c < RAW_CODES && space_code[c])
			c = ' ';
		/* Poppler wraps right-to-left runs in embedding controls that
		 * have no box (and no attribute index either); two runs that
		 * touch are two words. */
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
			if (c != 0x202C && prev_pdf && b->t->len && b->t->str[b->t->len - 1] != ' ' &&
			    !ends_zwnj(b->t) && g_utf8_get_char(g_utf8_next_char(p)) != 0x200C &&
			    !(joined && joined[p - text])) {
				g_string_append_c(b->t, ' ');
				b->space = true;
			}
			prev_pdf = c == 0x202C;
			ci--;
			continue;
		}
		prev_pdf = false;
		r = ci < nr ? &rects[ci] : NULL;
		if (!hp)
			;
		else if (r)
			pdfh_glyph(hp, c, r->x1 < r->x2 ? r->x1 : r->x2, r->y1 < r->y2 ? r->y1 : r->y2,
			           r->x1 < r->x2 ? r->x2 : r->x1, r->y1 < r->y2 ? r->y2 : r->y1);
		else
			pdfh_glyph(hp, c, NAN, NAN, NAN, NAN);
		if (c == '\n') {
			ok = lb_flush(b, d);
			continue;
		}
		while (a && ((PopplerTextAttributes *)a->data)->end_index < (gint)ci)
			a = a->next;
		if (a && a->data != cur) {
			/* runs change at every colour or size change, mostly in one
			 * face: its name is matched against the weights once */
			if (!cur || !same_font(cur->font_name, ((PopplerTextAttributes *)a->data)->font_name)) {
				cur_bold = bold_font(((PopplerTextAttributes *)a->data)->font_name);
				cur_symbol = symbol_font(((PopplerTextAttributes *)a->data)->font_name);
			}
			cur = a->data;
			cur_scale = cjk_run_scale(&cjk, p, ci, cur, rects, nr);
		}
		size = cur && cur->start_index <= (gint)ci ? cur->font_size * cur_scale : 0;
		/* Convention pdf.symbol_font_pua: a sign set in the Symbol font
		 * (Word's Insert Symbol: ® ° ± × and Greek letters; OpenSymbol
		 * in LibreOffice's export) comes out as the private-use code
		 * point of its glyph; it is the sign the DOCX reader gives for
		 * the same w:sym. Not its bullet (U+F0B7), which the list
		 * readers take as a marker as it is. */
		if (c >= 0xF020 && c <= 0xF0FF && c != 0xF0B7 && cur_symbol && cur && cur->start_index <= (gint)ci) {
			uint32_t u = pm_symbol_char("Symbol", c);
			if (u >= 0x20 && (u < 0xE000 || u > 0xF8FF))
				c = u;
		}
		if (r && cur_scale != 1 && size > 0) {
			/* the box shrinks about its baseline, which Skia's Type 3
			 * boxes put at 0.73 of their height (0.95 em above it, 0.35
			 * below, of the doubled size): the digits of the line then
			 * stand on the ideographs' line */
			double y0 = r->y1 < r->y2 ? r->y1 : r->y2, y1 = r->y1 < r->y2 ? r->y2 : r->y1;
			double base = y0 + 0.73 * (y1 - y0);
			scaled = *r;
			scaled.y1 = base - (base - y0) * cur_scale;
			scaled.y2 = base + (y1 - base) * cur_scale;
			r = &scaled;
		}
		/* pdf.rtl_zwnj_kept: no space after a kept non-joiner;
		 * pdf.rtl_touching_pieces: none inside a word */
		if (c == ' ' && (ends_zwnj(b->t) || (joined && joined[p - text])))
			continue;
		/* pdf.rtl_prefix_hyphen: no space between "מ-" and its number */
		if (c == ' ' && b->rtl && ci + 1 < nr && size > 0 && b->chars &&
		    rtl_prefix_hyphen_joins(b->t, p, rects, nr, ci, b->x0, size))
			continue;
		if (c == ' ' || c == '\t' || c == 0xA0 || c == '\r') {
			/* The stray space some producers leave after a ligature: the
			 * next glyph starts where the ligature ends. */
			if (ci > 0 && ci + 1 < nr && b->t->len >= 3) {
				gunichar pc = g_utf8_get_char(g_utf8_prev_char(b->t->str + b->t->len));
				if (pc >= 0xFB00 && pc <= 0xFB06 &&
				    rects[ci + 1].x1 - rects[ci - 1].x2 < 0.15 * (size > 0 ? size : 10))
					continue;
			}
			if (c == ' ' && b->t->len && ci + 1 < nr && p[1] && b->last_size > 0) {
				gunichar pc = g_utf8_get_char(g_utf8_prev_char(b->t->str + b->t->len));
				gunichar nc = g_utf8_get_char(p + 1);
				double nx0 = rects[ci + 1].x1 < rects[ci + 1].x2 ? rects[ci + 1].x1 : rects[ci + 1].x2;
				int js = interscript_spacing(pc, nc, nx0 - b->last_x1, b->last_size);
				if (hangul_spacing(pc, nc, (nx0 - b->last_x1) / b->last_size, hangul_space))
					continue;
				if (js != JSPACE_NONE) {
					if (japanese < 0)
						japanese = japanese_text(text);
					if (japanese && ends_postcode(b->t->str, b->t->len))
						js = JSPACE_NONE;
					else if (japanese && js == JSPACE_SPACING)
						continue;
					if (japanese && js != JSPACE_NONE) {
						b->first_done = b->first_done || b->chars;
						g_string_append_c(b->t, PDFL_STRETCH_MARK);
						d->stretch_marks = true;
						b->space = b->chars > 0;
						continue;
					}
				}
			}
			if (b->chars && !b->first_done) {
				b->first_done = true;
			}
			if (b->t->len && b->t->str[b->t->len - 1] != ' ')
				g_string_append_c(b->t, ' ');
			b->space = b->chars > 0;
			continue;
		}
		if (raw_code(c))
			continue;
		/* Convention pdf.rtl_zwnj_kept: in Persian (and the other
		 * languages of the Arabic script) the zero-width non-joiner is
		 * spelling, a letter's final form inside a word ("می\u200Cکند",
		 * "راه\u200Cاندازی"); poppler gives it a run of its own, or a
		 * space before it, which would split the word in two. After a
		 * right-to-left letter it stays in the word, with no space on
		 * either side (its box is not measured). */
		if (c == 0x200C && b->rtl && b->t->len) {
			gsize len = b->t->len;
			while (len && b->t->str[len - 1] == ' ')
				len--;
			if (len && pm_rtl_char(g_utf8_get_char(g_utf8_prev_char(b->t->str + len)))) {
				g_string_truncate(b->t, len);
				g_string_append(b->t, "\xE2\x80\x8C");
				b->space = false;
				continue;
			}
		}
		/* Zero-width spaces and joiners are no text (Google Docs puts
		 * them around links and inside words), and their boxes, taller
		 * than the line, would pull the line apart. */
		if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF)
			continue;
		/* Glyphs set apart by more than a word space with no space
		 * between them in the text (poppler runs the cells of a table
		 * row, or runs placed side by side, together): a space. */
		if (!b->space && b->chars && r && b->last_size > 0 && size > 0 && !b->rtl && !pm_rtl_char(c) &&
		    (r->x1 < r->x2 ? r->x1 : r->x2) - b->last_x1 > 0.4 * (size > b->last_size ? size : b->last_size)) {
			b->first_done = true;
			g_string_append_c(b->t, ' ');
			b->space = true;
		}
		/* pdf.rtl_neutral_lead: "©" read, then "2026" left of it, then
		 * the right-to-left words */
		if (b->space && r && !b->dir_known && b->chars && size > 0 && !pm_rtl_char(c) &&
		    rtl_neutral_lead(b->t, p, rects, nr, ci, b->x0, size)) {
			b->dir_known = true;
			b->rtl = true;
		}
		/* One text-layer line may hold words of two things side by side
		 * (a running header in small type beside a body line, two table
		 * cells): a jump in size or a wide gap starts a new line. */
		if (b->space && r && b->last_size > 0 && size > 0 && !b->rtl && !pm_rtl_char(c)) {
			double big = size > b->last_size ? size : b->last_size;
			double small = size > b->last_size ? b->last_size : size;
			double x0 = r->x1 < r->x2 ? r->x1 : r->x2;
			/* Convention pdf.cjk_gutter: Chinese and Japanese set no
			 * word spaces, and the spacing between their script and a
			 * Latin word is a quarter em, half an em on a stretched
			 * line: a gap of an em and a half after an ideograph or
			 * kana is the gutter to the text set beside it (a sidebar's
			 * e-mail address on the text layer's line) */
			bool cjk_gutter = b->base_cjk && x0 - b->last_x1 > 1.5 * big;
			/* Convention pdf.row_jump: after a space, a glyph whose box
			 * shares no height with the line's own glyphs (wholly above
			 * or below them) is on another row of the page: the text
			 * layer ran the last line of one column into a line of the
			 * column beside it that stands higher or lower (a gap a
			 * little narrower than the column gap test's), never one
			 * line */
			double gy0 = r->y1 < r->y2 ? r->y1 : r->y2, gy1 = r->y1 < r->y2 ? r->y2 : r->y1;
			bool row_jump = b->base_size > 0 && x0 > b->last_x1 + big &&
			                (gy0 >= b->base_bottom || gy1 <= b->base_top);
			if (big > small * 1.25 || x0 - b->last_x1 > 2.5 * big || x0 < b->last_x1 - big || cjk_gutter ||
			    row_jump)
				ok = lb_flush(b, d);
		} else if (b->space && r && b->rtl && b->last_size > 0 && size > 0 && b->x1 > b->x0) {
			/* Convention pdf.rtl_gutter: a right-to-left line goes on
			 * leftwards, and a run of another direction inside it
			 * stands to the left of the text already read; a word that
			 * starts far to the right of all of it, past a gap wider
			 * than a word space, is the line of the column beside it
			 * that the text layer ran into this one. (Not the other
			 * way: a word's first glyph may be its left end or its
			 * right one, as the producer wrote it, so the gap to the
			 * left is not known from it.) */
			double big = size > b->last_size ? size : b->last_size;
			double gx0 = r->x1 < r->x2 ? r->x1 : r->x2, gx1 = r->x1 < r->x2 ? r->x2 : r->x1;
			double gy0 = r->y1 < r->y2 ? r->y1 : r->y2, gy1 = r->y1 < r->y2 ? r->y2 : r->y1;
			/* pdf.row_jump, in right-to-left lines too: a word clear of
			 * the line's extent, on either side, that shares no height
			 * with its glyphs is a line of the column beside it, a row
			 * higher or lower (the last word of that column's line,
			 * "است." under the line it ends) */
			bool row_jump = b->base_size > 0 && (gx0 > b->x1 + big || gx1 < b->x0 - big) &&
			                (gy0 >= b->base_bottom || gy1 <= b->base_top);
			if (gx0 - b->x1 > 2.5 * big || row_jump)
				ok = lb_flush(b, d);
		}
		/* A line whose first word is one character or a list number
		 * ("3.", "b)", "iv.") set apart by a tab-like gap opens with a
		 * list marker ("o", "\u25CF", a symbol font's bullet, the
		 * number a word processor puts on a tab stop): the space
		 * becomes a tab, which tells layout.c so. */
		if (b->space && b->first_done && !b->marker_checked && r && size > 0) {
			double x0 = r->x1 < r->x2 ? r->x1 : r->x2;
			b->marker_checked = true;
			if ((b->chars == 1 || list_number(b->t->str, b->t->len - 1)) && x0 - b->first_x1 > 0.8 * size &&
			    b->t->len >= 2 && b->t->str[b->t->len - 1] == ' ' && !b->rtl) {
				b->t->str[b->t->len - 1] = '\t';
				b->marker_at = b->t->len - 1;
				b->marker_gap = x0 - b->first_x1;
			}
		} else if (b->space && b->marker_at && r) {
			double gap = (r->x1 < r->x2 ? r->x1 : r->x2) - b->last_x1;
			b->gaps++;
			if (gap >= 0.75 * b->marker_gap)
				b->wide_gaps++;
		}
		/* Convention pdf.table_cells: a gap of an em or more after a
		 * space may part two cells of a table's row; where it is, for
		 * the table finder (layout.c) to cut the line there */
		if (b->space && b->chars && r && size > 0 && !b->rtl && !pm_rtl_char(c) && b->ncut < LB_CUTS &&
		    b->t->len && b->t->str[b->t->len - 1] == ' ') {
			double x0 = r->x1 < r->x2 ? r->x1 : r->x2;
			if (x0 - b->last_x1 >= (size > b->last_size ? size : b->last_size)) {
				b->cut_at[b->ncut] = b->t->len - 1;
				b->cut_x1[b->ncut] = b->last_x1;
				b->cut_x0[b->ncut++] = x0;
			}
		}
		b->space = false;
		/* A soft hyphen drawn with a hyphen's width, the next glyph
		 * after it, is a visible hyphen
		 * (Quartz and some Word exports map their hyphen glyph to
		 * U+00AD, "First\u00ADever", "Vice\u00ADPr\u00E9sident"); one
		 * without width is the hyphenation hint a browser leaves in
		 * the text, and stays for the core. In right-to-left lines the
		 * break's soft hyphen lands at the next line's start, where it
		 * is no hyphen of the text either. */
		/* "-" followed by a soft hyphen or U+2010 (Word's way of
		 * writing a hyphen that must not break): one visible hyphen */
		if ((c == 0xAD || c == 0x2010) && b->t->len && b->t->str[b->t->len - 1] == '-' && !b->shy_dash)
			continue;
		if (b->shy_dash && (c == '-' || c == 0x2010)) {
			/* Chromium writes the soft hyphen it broke at, then the
			 * visible hyphen: the soft hyphen alone stays, which tells
			 * the core the word was split by the typesetter */
			g_string_truncate(b->t, b->t->len - 1);
			g_string_append(b->t, "\xC2\xAD");
			b->shy_dash = false;
			continue;
		}
		if (b->shy_dash && r &&
		    ((r->x1 < r->x2 ? r->x1 : r->x2) < (b->shy_x0 + b->shy_x1) / 2 ||
		     fabs(r->x2 - r->x1) < 0.1 * (size > 0 ? size : 10))) {
			/* the next glyph did not move past it, or shares one
			 * glyph's width with it (the text of a ligature, "f\u00ADi"):
			 * a hint that was given a box but never drawn */
			g_string_truncate(b->t, b->t->len - 1);
			g_string_append(b->t, "\xC2\xAD");
		}
		b->shy_dash = false;
		if (c == 0xAD && r && size > 0 && fabs(r->x2 - r->x1) > 0.15 * size && b->dir_known && !b->rtl) {
			c = '-';
			b->shy_dash = true;
			b->shy_x0 = r->x1 < r->x2 ? r->x1 : r->x2;
			b->shy_x1 = r->x1 < r->x2 ? r->x2 : r->x1;
		}
		/* A digit set smaller and raised against the glyph before it,
		 * with no space between (a note's number, "2022" then "1"):
		 * marked, for layout.c to keep it out where the page holds the
		 * note. Convention pdf.note_mark_css_size: "smaller" is up to
		 * 0.87 of the text's size, since a browser prints <sup> at 5/6
		 * of it (CSS 'font-size: smaller'), word processors at 2/3 or
		 * less; the raise above the baseline tells it from a digit of
		 * the line set small.
		 * Convention pdf.cjk_digit_on_line: a Latin digit after an
		 * ideograph ("自4月1日起") is set in a Latin font whose box is
		 * smaller and sits higher than the CJK font's, whose boxes hang
		 * far below the baseline; a digit on the line has its foot in
		 * the ideograph's lower half, where a raised note's never is.
		 * Its baseline is the line's: text, not a note. */
		if (c >= '0' && c <= '9' && r && size > 0 && b->base_size > 0 && size < 0.87 * b->base_size &&
		    (r->y1 > r->y2 ? r->y1 : r->y2) < b->base_bottom - 0.2 * b->base_size && b->t->len &&
		    b->t->str[b->t->len - 1] != ' ' && !b->rtl &&
		    !(b->base_cjk && (r->y1 > r->y2 ? r->y1 : r->y2) > (b->base_top + b->base_bottom) / 2)) {
			if (!b->in_note)
				g_string_append_c(b->t, PDFL_NOTE_MARK);
			b->in_note = true;
		} else {
			b->in_note = false;
			if (r && size > 0) {
				b->base_size = size;
				b->base_bottom = r->y1 > r->y2 ? r->y1 : r->y2;
				b->base_top = r->y1 < r->y2 ? r->y1 : r->y2;
				b->base_cjk = japanese_char(c);
			}
		}
		if (b->chars && !b->rtl && !pm_rtl_char(c)) {
			if (r && size > 0)
				lb_gap(b, r->x1 < r->x2 ? r->x1 : r->x2, size);
			else
				b->gaps_lost = true;
		}
		g_string_append_unichar(b->t, c);
		b->chars++;
		st->chars++;
		if (!b->dir_known && g_unichar_isalpha(c)) {
			b->dir_known = true;
			b->rtl = pm_rtl_char(c);
		}
		if (cur_bold)
			b->bold++;
		if (!b->open_done) {
			if (cur_bold)
				b->bold_open++;
			else if (!g_unichar_isspace(c))
				b->open_done = true;
		}
		if (cur && cur->font_name)
			lb_font(b, cur->font_name);
		if (cur && !g_unichar_isspace(c))
			lb_ink(b, &cur->color);
		if (size > 0) {
			lb_size(b, size);
			b->last_size = size;
		}
		if (r) {
			double x0 = r->x1 < r->x2 ? r->x1 : r->x2, x1 = r->x1 < r->x2 ? r->x2 : r->x1;
			double y0 = r->y1 < r->y2 ? r->y1 : r->y2, y1 = r->y1 < r->y2 ? r->y2 : r->y1;
			if (isfinite(x0) && isfinite(x1) && isfinite(y0) && isfinite(y1)) {
				if (x0 < b->x0)
					b->x0 = x0;
				if (y0 < b->y0)
					b->y0 = y0;
				if (x1 > b->x1)
					b->x1 = x1;
				if (y1 > b->y1)
					b->y1 = y1;
				if (!g_unichar_isspace(c)) {
					double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
					b->sx += cx;
					b->sy += cy;
					b->sxx += cx * cx;
					b->sxy += cx * cy;
					b->sn++;
				}
				/* Convention pdf.cjk_first_word: a line of ideographs or
				 * kana may break after any of them, so the first word
				 * that would have fitted on the line above (layout.c's
				 * next_word_fits) is one character */
				if (!b->first_done) {
					b->first_x1 = x1;
					b->first_done = japanese_char(c);
				}
				b->last_x1 = x1;
			}
		}
	}
	if (ok)
		ok = lb_flush(b, d);
	st->bytes += strlen(text);
	return ok;
}

static void clip_gaps(cairo_t *cr, const void *user)
{
	const GArray *gaps = user;
	guint i;
	for (i = 0; i < gaps->len; i++) {
		const pdf_rtl_gap *g = &g_array_index(gaps, pdf_rtl_gap, i);
		cairo_rectangle(cr, g->x0, g->y0, g->x1 - g->x0, g->y1 - g->y0);
	}
}

/* Which strips of a page (pdf_rtl_gap) hold ink across: rendered in
 * one pass, clipped to them, at up to 4 pixels a point; a strip with ink
 * in 95% of its pixel columns or more has a stroke across it, or, when
 * crossed, one whose ink joins its left column to its right one. Used by
 * pdf.rtl_kashida_gap (a kashida fills a gap inside a word) and
 * pdf.rtl_ligature_split.ink (one glyph joins a lam and an alef). NULL
 * when the page could not be looked at. */
#define KASHIDA_MAX_PIXELS (1 << 22)

/* pdf.rtl_ligature_split.ink: one stroke crosses the strip: the ink
 * touching its left column reaches its right one through inked pixels
 * (8-connected). A slanted face's separate letters overlap in every
 * column, never in one stroke. */
static bool strip_crossed(const unsigned char *px, int stride, int x0, int x1, int y0, int y1)
{
	int w = x1 - x0, h = y1 - y0, n = 0, i;
	int *queue = g_new(int, (size_t)w * (size_t)h + 1);
	unsigned char *seen = g_malloc0((size_t)w * (size_t)h + 1);
	bool crossed = false;
#define INKED(x, y)                                                                                                    \
	(((*(const uint32_t *)(px + (size_t)(y) * (size_t)stride + (size_t)(x) * 4) >> 16) & 255) +                 \
	     ((*(const uint32_t *)(px + (size_t)(y) * (size_t)stride + (size_t)(x) * 4) >> 8) & 255) +              \
	     (*(const uint32_t *)(px + (size_t)(y) * (size_t)stride + (size_t)(x) * 4) & 255) <                      \
	 3 * 160)
	for (i = 0; i < h; i++)
		if (INKED(x0, y0 + i)) {
			seen[i * w] = 1;
			queue[n++] = i * w;
		}
	for (i = 0; i < n && !crossed; i++) {
		int cx = queue[i] % w, cy = queue[i] / w, dx, dy;
		if (cx == w - 1)
			crossed = true;
		for (dy = -1; dy <= 1; dy++)
			for (dx = -1; dx <= 1; dx++) {
				int nx = cx + dx, ny = cy + dy;
				if (nx < 0 || ny < 0 || nx >= w || ny >= h || seen[ny * w + nx] || !INKED(x0 + nx, y0 + ny))
					continue;
				seen[ny * w + nx] = 1;
				queue[n++] = ny * w + nx;
			}
	}
#undef INKED
	g_free(queue);
	g_free(seen);
	return crossed;
}

static bool *strips_inked(PopplerPage *page, const GArray *gaps, bool crossed)
{
	double bx0 = 1e9, by0 = 1e9, bx1 = -1e9, by1 = -1e9, scale = 4;
	cairo_surface_t *cs;
	const unsigned char *px;
	int W, H, stride;
	guint i;
	bool *inked;
	for (i = 0; i < gaps->len; i++) {
		const pdf_rtl_gap *g = &g_array_index(gaps, pdf_rtl_gap, i);
		bx0 = fmin(bx0, g->x0);
		by0 = fmin(by0, g->y0);
		bx1 = fmax(bx1, g->x1);
		by1 = fmax(by1, g->y1);
	}
	if (!(bx1 > bx0) || !(by1 > by0) || bx1 - bx0 > 1e5 || by1 - by0 > 1e5)
		return NULL;
	while (scale > 1 && (bx1 - bx0) * (by1 - by0) * scale * scale > KASHIDA_MAX_PIXELS)
		scale /= 2;
	W = (int)ceil((bx1 - bx0) * scale);
	H = (int)ceil((by1 - by0) * scale);
	if ((double)W * H > KASHIDA_MAX_PIXELS || W < 1 || H < 1)
		return NULL;
	cs = pdfo_render(page, bx0, by0, scale, W, H, clip_gaps, gaps);
	if (!cs)
		return NULL;
	px = cairo_image_surface_get_data(cs);
	stride = cairo_image_surface_get_stride(cs);
	inked = g_new0(bool, gaps->len + 1);
	for (i = 0; i < gaps->len && px; i++) {
		const pdf_rtl_gap *g = &g_array_index(gaps, pdf_rtl_gap, i);
		int x0 = (int)ceil((g->x0 - bx0) * scale), x1 = (int)floor((g->x1 - bx0) * scale);
		int y0 = (int)ceil((g->y0 - by0) * scale), y1 = (int)floor((g->y1 - by0) * scale);
		int x, y, cols = 0, ink = 0;
		x0 = x0 < 0 ? 0 : x0;
		y0 = y0 < 0 ? 0 : y0;
		x1 = x1 > W ? W : x1;
		y1 = y1 > H ? H : y1;
		if (x1 - x0 < 2 || y1 - y0 < 2)
			continue;
		if (crossed) {
			inked[i] = strip_crossed(px, stride, x0, x1, y0, y1);
			continue;
		}
		for (x = x0; x < x1; x++) {
			cols++;
			for (y = y0; y < y1; y++) {
				uint32_t v = *(const uint32_t *)(px + (size_t)y * (size_t)stride + (size_t)x * 4);
				if (((v >> 16) & 255) + ((v >> 8) & 255) + (v & 255) < 3 * 160) {
					ink++;
					break;
				}
			}
		}
		inked[i] = ink * 20 >= cols * 19;
	}
	cairo_surface_destroy(cs);
	return inked;
}

/* pdf.rtl_kashida_gap: a gap inked across is inside a word, its
 * separators are joined */
static void kashida_gaps(PopplerPage *page, const char *text, const GArray *gaps, unsigned char *joined)
{
	bool *inked = strips_inked(page, gaps, false);
	guint i;
	size_t k;
	for (i = 0; inked && i < gaps->len; i++) {
		const pdf_rtl_gap *g = &g_array_index(gaps, pdf_rtl_gap, i);
		if (!inked[i])
			continue;
		for (k = g->sep_from; k < g->sep_to; k++)
			if (text[k] == ' ' || (unsigned char)text[k] == 0xE2)
				joined[k] = 1;
	}
	g_free(inked);
}

/* pdf.rtl_touching_pieces and pdf.rtl_kashida_gap: the spaces and run
 * boundaries of a right-to-left page's text that stand inside a word,
 * by byte of text, or NULL (none looked for) */
static unsigned char *rtl_joined(PopplerPage *page, const char *text, const PopplerRectangle *rects, guint nr,
                                 GList *attrs)
{
	unsigned char *joined;
	GArray *gaps;
	if (!strstr(text, "\xE2\x80\xAB"))
		return NULL;
	joined = g_malloc0(strlen(text) + 1);
	gaps = g_array_new(FALSE, FALSE, sizeof(pdf_rtl_gap));
	if (!pdf_rtl_touching_pieces(text, rects, nr, attrs, joined, gaps)) {
		g_free(joined);
		joined = NULL;
	} else if (gaps->len) {
		kashida_gaps(page, text, gaps, joined);
	}
	g_array_free(gaps, TRUE);
	return joined;
}

/* Convention pdf.rtl_lost_lines: on a page whose lines run right to
 * left, both glyph readings of read_page can lose whole lines. Poppler
 * selects the blocks between the one nearest the selection's start and
 * the one nearest its end, and clamps the end point into that last block
 * (TextPage::visitSelection): dragged to the bottom-right corner, the
 * point stands where a right-to-left line starts, so the last block's
 * last line is selected from its start to its start, nothing; dragged to
 * the bottom-left, the nearest block (by the sum of the distances across
 * and down) is often a wide paragraph above a short last one, and every
 * block after it is never reached. A one-line closing paragraph, an end
 * mark or a contact line set right at the foot of an Arabic or Hebrew
 * page printed by Chromium vanished from both readings (pdftotext, which
 * does not select, prints it). A selection by whole lines
 * (POPPLER_SELECTION_LINE) does reach those lines: its region says where
 * they stand, and each region rectangle no line read so far covers is
 * read again as a glyph selection of its own, from its top-right corner
 * to its bottom-left one, where both ends fall in its block. At most
 * RTL_LOST_MAX rectangles a page. */
#define RTL_LOST_MAX 64

static bool covered_by_lines(const pdfl_doc *d, size_t first, const cairo_rectangle_int_t *c)
{
	pdfl_line r = {0};
	size_t i;
	r.x0 = c->x;
	r.x1 = (double)c->x + c->width;
	r.y0 = c->y;
	r.y1 = (double)c->y + c->height;
	for (i = first; i < d->n; i++)
		if (lines_overlap(&d->lines[i], &r))
			return true;
	return false;
}

/* One more reading of the page's text, the selection area (a drag, from
 * its first corner to its second), merged into the lines the page's
 * earlier readings gave from first on (merge_readings): read_page's
 * reading from the top-right corner and read_lost_lines' rectangles. */
static bool read_more(PopplerPage *tpage, PopplerRectangle *area, pdfl_doc *d, size_t first, linebuf *b)
{
	PopplerRectangle *rects = NULL, *moved = NULL;
	guint nr = 0;
	GList *attrs = NULL;
	bool valid, rtl, ok = true;
	textstats again = {0, 0, 0};
	size_t mark = d->n;
	char *text = page_reading(tpage, area, &rects, &nr, &attrs, &valid, &rtl, &moved, NULL);
	if (text && *text && valid) {
		unsigned char *joined = rtl_joined(tpage, text, moved ? moved : rects, nr, attrs);
		ok = read_selection(text, rects, nr, attrs, joined, d, &again, b, NULL);
		g_free(joined);
		if (ok)
			merge_readings(d, first, mark);
	}
	free_reading(text, rects, attrs, moved);
	return ok;
}

static bool read_lost_lines(PopplerPage *tpage, pdfl_doc *d, size_t first, double w, double hgt, linebuf *b)
{
	PopplerRectangle drags[2] = {whole_page(tpage), {w, 0, 0, hgt}};
	cairo_rectangle_int_t lost[RTL_LOST_MAX];
	int nlost = 0, k, i;
	bool ok = true;
	for (k = 0; k < 2; k++) {
		cairo_region_t *r = poppler_page_get_selected_region(tpage, 1.0, POPPLER_SELECTION_LINE, &drags[k]);
		int n = r ? cairo_region_num_rectangles(r) : 0;
		for (i = 0; i < n && nlost < RTL_LOST_MAX; i++) {
			cairo_rectangle_int_t c;
			cairo_region_get_rectangle(r, i, &c);
			if (c.width > 0 && c.height > 0 && !covered_by_lines(d, first, &c))
				lost[nlost++] = c;
		}
		if (r)
			cairo_region_destroy(r);
	}
	for (i = 0; i < nlost && ok; i++) {
		PopplerRectangle area = {lost[i].x + lost[i].width, lost[i].y, lost[i].x, lost[i].y + lost[i].height};
		/* an earlier rectangle's reading may have brought this line */
		if (!covered_by_lines(d, first, &lost[i]))
			ok = read_more(tpage, &area, d, first, b);
	}
	return ok;
}

/* One page: text, one box per character, font runs. Poppler reads "the
 * whole page" as a selection from its top-left corner to its
 * bottom-right one. On a page whose lines run right to left (an Arabic or
 * Hebrew release printed by Chromium or LibreOffice) that selection
 * starts and ends where those lines do not: it drops a letterhead set
 * right above the title, a signature or an end mark set left below the
 * text, or comes back empty, although the text is there (pdftotext, which
 * does not select, reads it). Such a page is also read as the selection
 * from the top-right corner to the bottom-left one, the way its lines
 * run, which loses other lines, and the two readings are merged line by
 * line (merge_readings). A page without right-to-left text is read once.
 * Over the corpus's 14 pages with right-to-left text, the second reading
 * holds more letters than the first on 11, and a whole line the first
 * lacks on 8. tpage is the page of the copy read for text (text_copy;
 * page itself when there is none), page the file's own, whose links and
 * form fields are read. */
static bool read_page(PopplerPage *page, PopplerPage *tpage, pdfl_doc *d, textstats *st, linebuf *b, pdfh_page *hp)
{
	PopplerRectangle *rects = NULL, *moved = NULL;
	guint nr = 0;
	GList *attrs = NULL;
	double w = 0, hgt = 0;
	PopplerRectangle from_right;
	char *text;
	unsigned char *joined;
	bool ok, valid, rtl;
	size_t first;
	poppler_page_get_size(page, &w, &hgt);
	if (!pdfl_add_page(d, w, hgt))
		return false;
	from_right = (PopplerRectangle){w, 0, 0, hgt};
	text = page_reading(tpage, NULL, &rects, &nr, &attrs, &valid, &rtl, &moved, &st->ligatures);
	if (!text || !*text) {
		free_reading(text, rects, attrs, moved);
		text = page_reading(tpage, &from_right, &rects, &nr, &attrs, &valid, &rtl, &moved, &st->ligatures);
		rtl = false; /* the other reading is this one */
	}
	if (!read_links(page, d, hgt, valid ? text : NULL, rects, nr)) {
		free_reading(text, rects, attrs, moved);
		return false;
	}
	if (!text || !*text || !valid) {
		free_reading(text, rects, attrs, moved);
		return true;
	}
	first = d->n;
	joined = rtl_joined(tpage, text, moved ? moved : rects, nr, attrs);
	ok = read_selection(text, rects, nr, attrs, joined, d, st, b, hp);
	g_free(joined);
	if (ok && rtl) {
		ok = read_more(tpage, &from_right, d, first, b);
		ok = ok && read_lost_lines(tpage, d, first, w, hgt, b);
	}
	ok = ok && read_form_fields(page, d, hgt, text, rects, nr);
	free_reading(text, rects, attrs, moved);
	return ok;
}

/* ---- list markers drawn as shapes --------------------------------------- */

/* Pixels a point when looking at a strip: a bullet of 3 points is 12
 * pixels across. A strip group larger than PROBE_MAX_PIXELS is looked
 * at more coarsely, down to one pixel a point, or not at all. */
#define PROBE_SCALE 4.0
#define PROBE_MAX_PIXELS (1 << 20)

/* The pages whose text was read from the file itself (no text_copy) are
 * kept until the probe has looked at them: poppler renders a page that
 * has its text already without collecting the text a second time (a new
 * page object collects it while drawing, a fifth to a third of the
 * drawing's cost, and throws it away). Each kept page holds its text
 * with every glyph's box; past this many characters over the document,
 * pages are no longer kept (some 280 bytes a character: 17 MB at most) and
 * the probe opens them again, as it did before. */
#define KEPT_PAGE_CHARS 60000

/* The colour that most of the strip's pixels have, its background (white
 * paper, or a tinted panel), to 4 bits a channel. */
static uint32_t strip_background(const unsigned char *px, int stride, int x0, int y0, int x1, int y1)
{
	unsigned short count[4096];
	int x, y, best = 0;
	uint32_t bg = 0xFFF;
	memset(count, 0, sizeof count);
	for (y = y0; y < y1; y++)
		for (x = x0; x < x1; x++) {
			uint32_t v = *(const uint32_t *)(px + (size_t)y * (size_t)stride + (size_t)x * 4);
			unsigned q = ((v >> 12) & 0xF00) | ((v >> 8) & 0xF0) | ((v >> 4) & 0xF);
			if (count[q] < 65535 && ++count[q] > best) {
				best = count[q];
				bg = q;
			}
		}
	return bg;
}

/* Ink: a pixel whose colour is far from the background's in some channel. */
static bool ink_pixel(uint32_t v, uint32_t bg)
{
	int k;
	for (k = 0; k < 3; k++) {
		int c = (int)((v >> (8 * k)) & 0xFF), b = (int)(((bg >> (4 * k)) & 0xF) * 17);
		if (abs(c - b) > 72)
			return true;
	}
	return false;
}

/* A raster image over this share of the page or more is a picture of
 * the page (a scan, a letterhead or a background printed as one image). */
#define PROBE_PICTURE_SHARE 0.5

/* What the probe looks at: the document, and which pages were read from
 * their image (OCR) rather than from their text layer. */
typedef struct probe_doc {
	PopplerDocument *doc;
	const char *data;        /* the file's bytes, size of them */
	size_t size;
	int images;              /* the file may hold an image XObject (file_has_images); -1: not asked yet */
	const GArray *ocr_pages; /* int, 1-based; NULL: none */
	PopplerPage **kept;      /* [page - 1]: the page as read (kept_pages); NULL: none kept */
	int nkept;
} probe_doc;

static bool read_from_image(const probe_doc *pd, int pageno)
{
	guint i;
	for (i = 0; pd->ocr_pages && i < pd->ocr_pages->len; i++)
		if (g_array_index(pd->ocr_pages, int, i) == pageno)
			return true;
	return false;
}

/* Which strips of a page read from its text layer to look at: not those
 * reaching onto a picture of the page. A marker beside the layer's text
 * is a shape drawn on the paper with it; on a picture, the picture's own
 * pixels (a letterhead's pattern, a background's, a photograph's) stand
 * where it would, and rendering the strips would decode the whole image,
 * most of the probe's cost where it is paid (the image is decoded
 * whenever the clip meets it). A page read from its image by OCR keeps
 * every strip: its markers are in that picture. Poppler's box of an image
 * gives its longer side where the image's own pixels have it: right for
 * any image not stretched out of its shape. Fills look[0..n); returns
 * how many to look at. */
static size_t strips_off_pictures(PopplerPage *page, const pdfl_strip *s, size_t n, bool *look)
{
	double pw = 0, ph = 0;
	GList *maps, *m;
	size_t i, left = n;
	for (i = 0; i < n; i++)
		look[i] = true;
	poppler_page_get_size(page, &pw, &ph);
	maps = poppler_page_get_image_mapping(page);
	for (m = maps; m; m = m->next) {
		const PopplerRectangle *a = &((const PopplerImageMapping *)m->data)->area;
		double x0 = fmin(a->x1, a->x2), x1 = fmax(a->x1, a->x2), y0 = fmin(a->y1, a->y2), y1 = fmax(a->y1, a->y2);
		if ((x1 - x0) * (y1 - y0) < PROBE_PICTURE_SHARE * pw * ph)
			continue;
		for (i = 0; i < n; i++)
			if (look[i] && s[i].x1 > x0 && s[i].x0 < x1 && s[i].y1 > y0 && s[i].y0 < y1) {
				look[i] = false;
				left--;
			}
	}
	poppler_page_free_image_mapping(maps);
	return left;
}

/* layout.c's probe: renders the strips of one page (the union of them as
 * the clip, so that nothing else is painted) into one image and tells, for
 * each, the box of the ink in it, how much of that box it fills, and
 * whether it reaches the strip's edge. One rendering per page, none when
 * fewer than two strips are left to look at (a list has two marks). */
/* the strips looked at, for pdfo_render */
typedef struct probe_clip {
	const pdfl_strip *s;
	const bool *look;
	size_t n;
} probe_clip;

static void clip_strips(cairo_t *cr, const void *user)
{
	const probe_clip *pc = user;
	size_t i;
	for (i = 0; i < pc->n; i++)
		if (pc->look[i])
			cairo_rectangle(cr, pc->s[i].x0, pc->s[i].y0, pc->s[i].x1 - pc->s[i].x0, pc->s[i].y1 - pc->s[i].y0);
}

static void unkeep(probe_doc *pd)
{
	int i;
	for (i = 0; i < pd->nkept; i++)
		if (pd->kept[i])
			g_object_unref(pd->kept[i]);
	free(pd->kept);
	pd->kept = NULL;
	pd->nkept = 0;
}

/* Renders the strips look[] selects and measures the ink in each
 * (pdfl_strip's ink, touches, fill and ink box). */
static void look_at_strips(PopplerPage *page, pdfl_strip *s, size_t n, const bool *look)
{
	cairo_surface_t *cs;
	const unsigned char *px;
	double bx0 = 1e9, by0 = 1e9, bx1 = -1e9, by1 = -1e9, scale = PROBE_SCALE;
	int W, H, stride;
	size_t i;
	for (i = 0; i < n; i++) {
		if (!look[i])
			continue;
		bx0 = s[i].x0 < bx0 ? s[i].x0 : bx0;
		by0 = s[i].y0 < by0 ? s[i].y0 : by0;
		bx1 = s[i].x1 > bx1 ? s[i].x1 : bx1;
		by1 = s[i].y1 > by1 ? s[i].y1 : by1;
	}
	if (!(bx1 > bx0) || !(by1 > by0) || bx1 - bx0 > 1e5 || by1 - by0 > 1e5)
		return;
	while (scale > 1 && (bx1 - bx0) * (by1 - by0) * scale * scale > PROBE_MAX_PIXELS)
		scale /= 2;
	W = (int)ceil((bx1 - bx0) * scale);
	H = (int)ceil((by1 - by0) * scale);
	if ((double)W * H > PROBE_MAX_PIXELS || W < 1 || H < 1)
		return;
	{
		const probe_clip pc = {s, look, n};
		cs = pdfo_render(page, bx0, by0, scale, W, H, clip_strips, &pc);
	}
	if (!cs)
		return;
	px = cairo_image_surface_get_data(cs);
	stride = cairo_image_surface_get_stride(cs);
	for (i = 0; i < n && px; i++) {
		/* the pixels wholly inside the strip */
		int x0 = (int)ceil((s[i].x0 - bx0) * scale), x1 = (int)floor((s[i].x1 - bx0) * scale);
		int y0 = (int)ceil((s[i].y0 - by0) * scale), y1 = (int)floor((s[i].y1 - by0) * scale);
		int x, y, ix0 = INT_MAX, iy0 = INT_MAX, ix1 = -1, iy1 = -1;
		size_t ink = 0;
		uint32_t bg;
		x0 = x0 < 0 ? 0 : x0;
		y0 = y0 < 0 ? 0 : y0;
		x1 = x1 > W ? W : x1;
		y1 = y1 > H ? H : y1;
		if (!look[i] || x1 - x0 < 3 || y1 - y0 < 3)
			continue;
		bg = strip_background(px, stride, x0, y0, x1, y1);
		for (y = y0; y < y1; y++)
			for (x = x0; x < x1; x++) {
				if (!ink_pixel(*(const uint32_t *)(px + (size_t)y * (size_t)stride + (size_t)x * 4), bg))
					continue;
				ink++;
				ix0 = x < ix0 ? x : ix0;
				ix1 = x > ix1 ? x : ix1;
				iy0 = y < iy0 ? y : iy0;
				iy1 = y > iy1 ? y : iy1;
			}
		if (!ink)
			continue;
		s[i].ink = true;
		s[i].touches = ix0 == x0 || iy0 == y0 || ix1 == x1 - 1 || iy1 == y1 - 1;
		s[i].fill = (double)ink / ((double)(ix1 - ix0 + 1) * (iy1 - iy0 + 1));
		s[i].ix0 = bx0 + ix0 / scale;
		s[i].ix1 = bx0 + (ix1 + 1) / scale;
		s[i].iy0 = by0 + iy0 / scale;
		s[i].iy1 = by0 + (iy1 + 1) / scale;
	}
	cairo_surface_destroy(cs);
}

static bool file_has_images(const char *data, size_t size);

/* The strips of a page, looked at. Poppler finds a page's images by
 * drawing the whole page once more (CairoImageOutputDev: a pass over its
 * content as costly as the text's, a third of the probe's cost). In a
 * file that holds no image XObject (file_has_images) the page's images
 * are asked for only when a strip shows ink: a picture there can only be
 * an inline image (4 KB at most by the specification's advice, cheap to
 * draw), and a strip
 * on it that shows no ink reads as one not looked at. When the images
 * keep strips out, the strips left are looked at again on their own, as
 * they would have been at first. */
static void probe_strips(void *user, int pageno, pdfl_strip *s, size_t n)
{
	probe_doc *pd = user;
	PopplerPage *page;
	size_t i, left;
	bool *look, ink = false, ocr = read_from_image(pd, pageno);
	if (!n)
		return;
	page = pageno <= pd->nkept && pd->kept[pageno - 1] ? g_object_ref(pd->kept[pageno - 1])
	                                                   : poppler_document_get_page(pd->doc, pageno - 1);
	look = malloc(n * sizeof *look);
	if (!page || !look)
		goto done;
	if (!ocr && pd->images < 0)
		pd->images = file_has_images(pd->data, pd->size);
	if (!ocr && pd->images) {
		if (strips_off_pictures(page, s, n, look) >= 2)
			look_at_strips(page, s, n, look);
		goto done;
	}
	for (i = 0; i < n; i++)
		look[i] = true;
	look_at_strips(page, s, n, look);
	for (i = 0; i < n; i++)
		ink = ink || s[i].ink;
	if (!ink || ocr)
		goto done;
	left = strips_off_pictures(page, s, n, look);
	if (left == n)
		goto done;
	for (i = 0; i < n; i++) {
		s[i].ink = s[i].touches = false;
		s[i].fill = 0;
	}
	if (left >= 2)
		look_at_strips(page, s, n, look);
done:
	if (page)
		g_object_unref(page);
	free(look);
}

/* ---- rules drawn on a page (layout.table.ruled_cells) ------------------ */

/* A pixel dark enough to be a rule: a table's border, black or grey,
 * not a cell's light shading. */
static bool rule_pixel(uint32_t px)
{
	return ((px >> 16 & 0xff) + (px >> 8 & 0xff) + (px & 0xff)) < 3 * 200;
}

/* A rule in the making: a run of dark pixels along one pixel row (or
 * column) from a to b, gone on in the next ones while they repeat it. */
typedef struct rule_band {
	int a, b;       /* the run's ends */
	int first, last; /* the rows (columns) it was seen in */
} rule_band;

/* Scan the image along rows (level) or columns (upright) for runs of
 * at least minlen dark pixels that are at most maxw pixels thick; each
 * becomes a rule of the page, in points. */
static void scan_rules(pdfl_doc *d, int pageno, const unsigned char *px, int stride, int W, int H, bool level,
                       double bx0, double by0, double scale)
{
	int along = level ? W : H, across = level ? H : W, i, minlen = (int)((level ? 16 : 10) * scale);
	int maxw = (int)ceil(3 * scale);
	rule_band open[64], next[64];
	size_t nopen = 0, nnext, k;
	for (i = 0; i <= across && !d->oom; i++) {
		int t = 0;
		nnext = 0;
		while (i < across && t < along) {
			int s;
			while (t < along && !rule_pixel(level ? *(const uint32_t *)(px + (size_t)i * stride + (size_t)t * 4)
			                                      : *(const uint32_t *)(px + (size_t)t * stride + (size_t)i * 4)))
				t++;
			s = t;
			while (t < along && rule_pixel(level ? *(const uint32_t *)(px + (size_t)i * stride + (size_t)t * 4)
			                                     : *(const uint32_t *)(px + (size_t)t * stride + (size_t)i * 4)))
				t++;
			if (t - s < minlen || nnext == sizeof next / sizeof next[0])
				continue;
			next[nnext] = (rule_band){s, t, i, i};
			for (k = 0; k < nopen; k++)
				if (abs(open[k].a - s) <= 2 && abs(open[k].b - t) <= 2) {
					next[nnext].first = open[k].first;
					open[k].last = -1; /* gone on */
					break;
				}
			nnext++;
		}
		/* the bands that stop here: rules when thin */
		for (k = 0; k < nopen; k++) {
			const rule_band *r = &open[k];
			double mid, a, b;
			if (r->last < 0 || r->last - r->first + 1 > maxw)
				continue;
			mid = 0.5 * (r->first + r->last + 1) / scale;
			a = r->a / scale;
			b = r->b / scale;
			if (level)
				pdfl_add_rule(d, pageno, bx0 + a, by0 + mid, bx0 + b, by0 + mid);
			else
				pdfl_add_rule(d, pageno, bx0 + mid, by0 + a, bx0 + mid, by0 + b);
		}
		for (k = 0; k < nnext; k++)
			next[k].last = i;
		memcpy(open, next, nnext * sizeof *next);
		nopen = nnext;
	}
}

/* pdfl_rules_fn: renders the region and reads the rules drawn in it. */
static void probe_rules(void *user, pdfl_doc *d, int pageno, double x0, double y0, double x1, double y1)
{
	probe_doc *pd = user;
	PopplerPage *page;
	cairo_surface_t *cs;
	double scale = 2.0, pw, ph;
	int W, H;
	if (read_from_image(pd, pageno))
		return;
	page = pageno <= pd->nkept && pd->kept[pageno - 1] ? g_object_ref(pd->kept[pageno - 1])
	                                                   : poppler_document_get_page(pd->doc, pageno - 1);
	if (!page)
		return;
	poppler_page_get_size(page, &pw, &ph);
	x0 = x0 < 0 ? 0 : x0;
	y0 = y0 < 0 ? 0 : y0;
	x1 = x1 > pw ? pw : x1;
	y1 = y1 > ph ? ph : y1;
	while (scale > 0.5 && (x1 - x0) * (y1 - y0) * scale * scale > PROBE_MAX_PIXELS)
		scale /= 2;
	W = (int)ceil((x1 - x0) * scale);
	H = (int)ceil((y1 - y0) * scale);
	if (x1 > x0 && y1 > y0 && W >= 1 && H >= 1 && (double)W * H <= PROBE_MAX_PIXELS &&
	    (cs = pdfo_render(page, x0, y0, scale, W, H, NULL, NULL))) {
		const unsigned char *px = cairo_image_surface_get_data(cs);
		int stride = cairo_image_surface_get_stride(cs);
		if (px) {
			scan_rules(d, pageno, px, stride, W, H, true, x0, y0, scale);
			scan_rules(d, pageno, px, stride, W, H, false, x0, y0, scale);
		}
		cairo_surface_destroy(cs);
	}
	g_object_unref(page);
}

/* ---- how far the text can be trusted --------------------------------- */

static bool indic_mark(gunichar c)
{
	return c >= 0x0900 && c <= 0x0DFF && g_unichar_ismark(c);
}

/* Characters no font with a real Unicode mapping produces: replacement
 * characters, private-use code points inside words (a lone one is a
 * symbol-font bullet), combining marks with nothing to combine with, and
 * two Indic vowel signs in a row: a legacy Sinhala or Devanagari font's
 * vowel sign drawn, and so extracted, before its consonant. */
static bool bad_char(gunichar c, gunichar prev, gunichar next)
{
	if (c == 0xFFFD)
		return true;
	if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000)
		return g_unichar_isalpha(prev) || g_unichar_isalpha(next) || (prev >= 0xE000 && prev <= 0xF8FF);
	if (g_unichar_ismark(c) && (!prev || prev == ' ' || g_unichar_ispunct(prev)))
		return true;
	/* anusvara, candrabindu and visarga (offsets 1-3 of every Indic
	 * block) do follow a vowel sign, and anything may follow a nukta */
	if (indic_mark(c) && indic_mark(prev) && ((c & 0x7F) > 3) && (prev & 0x7F) != 0x3C)
		return true;
	return false;
}

/* A word whose letters are interleaved with symbols or digits: what a
 * font without a Unicode mapping turns into ("k|]; lj1lKt"). */
static bool soup_word(const char *s, size_t n)
{
	size_t i, a = 0, b = n, letters = 0;
	while (a < b && strchr(".,;:!?\"'()[]{}<>", s[a]))
		a++;
	while (b > a && strchr(".,;:!?\"'()[]{}<>", s[b - 1]))
		b--;
	if (b - a < 2)
		return false;
	for (i = a; i < b; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isalpha(c))
			letters++;
		if (i > a && i + 1 < b) {
			if (strchr("|]}[{;@#*!=^~`+\\<>", c) && c)
				return true;
			if (isdigit(c) && isalpha((unsigned char)s[i - 1]) && isalpha((unsigned char)s[i + 1]))
				return true;
		}
		/* Latin-1 symbols (¾ « ¡ ...) and spacing modifiers inside a word */
		if (c == 0xC2 && i + 1 < b && (unsigned char)s[i + 1] >= 0xA1 && (unsigned char)s[i + 1] <= 0xBF &&
		    (unsigned char)s[i + 1] != 0xAD &&
		    i > a && i + 2 < b)
			return true;
		if (c == 0xCB && i > a && i + 2 < b)
			return true;
	}
	(void)letters;
	return false;
}

struct ocr_run;
static const char *ocr_state(const struct ocr_run *o);

/* Warns when the text cannot be trusted; true when the pages hold no text
 * (pdf.no_text_layer). */
static bool check_text(const pdfl_doc *d, int pages_read, const struct ocr_run *o, const pm_host *h, pm_sink *s)
{
	size_t i, chars = 0, bad = 0, words = 0, soup = 0;
	char msg[256];
	for (i = 0; i < d->n; i++) {
		const pdfl_line *l = &d->lines[i];
		const char *p, *ws = l->text;
		gunichar prev = 0;
		if (l->furniture)
			continue;
		for (p = l->text; *p; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);
			const char *q = g_utf8_next_char(p);
			if (c != ' ') {
				chars++;
				if (bad_char(c, prev, *q ? g_utf8_get_char(q) : 0))
					bad++;
			}
			prev = c;
		}
		for (p = l->text;; p++) {
			if (*p == ' ' || !*p) {
				if (p > ws) {
					words++;
					if (soup_word(ws, (size_t)(p - ws)))
						soup++;
				}
				ws = p + 1;
				if (!*p)
					break;
			}
		}
	}
	if (pages_read > 0 && chars < (size_t)pages_read * 8) {
		snprintf(msg, sizeof msg, "%zu characters of text on %d page(s): the pages are images without a text layer (%s)",
		         chars, pages_read, ocr_state(o));
		pm_host_warn(h, s, "pdf.no_text_layer", PM_EFFECT_PARTIAL, msg);
		return true;
	}
	if (chars >= 40 && (bad * 200 >= chars || (words >= 20 && soup * 100 >= words * 15))) {
		snprintf(msg, sizeof msg,
		         "fonts without a usable Unicode mapping: %.1f%% of characters are replacement, private-use "
		         "or misplaced marks, %.1f%% of words mix letters with symbols",
		         100.0 * (double)bad / (double)chars, words ? 100.0 * (double)soup / (double)words : 0.0);
		pm_host_warn(h, s, "pdf.unreliable_text", PM_EFFECT_PARTIAL, msg);
	}
	return false;
}

/* The core's dictionaries, when the core lends them (pm_host.spell). */
typedef struct host_sink {
	const pm_host *h;
	pm_sink *s;
} host_sink;

static bool host_spells(const pm_host *h)
{
	return PM_SIZE_HAS(h->size, pm_host, spell) && h->spell;
}

static int host_spell(void *user, const char *lang, const char *word)
{
	host_sink *hs = user;
	return hs->h->spell(hs->s, lang, word);
}

/* One page in a health warning: the first few pages in full, then only
 * their numbers. */
static void name_page(GString *warning, const char *opening, int pageno, const char *why)
{
	g_string_append(warning, warning->len ? "; " : opening);
	if (warning->len < 1200)
		g_string_append_printf(warning, "page %d (%s)", pageno, why);
	else
		g_string_append_printf(warning, "page %d", pageno);
}

/* A page whose text layer fails the health check (health.c) is named in
 * one warning for the document, with what was measured on it; a page kept
 * though some of its glyphs have no Unicode (health.proportionate) in
 * another. */
static void note_health(const pdfh_page *hp, int pageno, GString *sick, GString *kept)
{
	char why[400];
	if (pdfh_failing(hp, why, sizeof why))
		name_page(sick, "the text layer cannot be trusted on ", pageno, why);
	else if (pdfh_partial(hp, why, sizeof why))
		name_page(kept, "the text layer is kept, mostly sound, on ", pageno, why);
}

/* ---- pages read from their image (ocr.c) ------------------------------- */

/* Below this mean word confidence (Tesseract's 0-100) a page's reading
 * is more guess than text: on the scans the tests make, pages read at
 * 150 dpi and up stay above 80, while noise, photographs and type too
 * small for the resolution fall under 60. */
#define OCR_LOW_CONFIDENCE 60.0

enum { OCR_NO_LAYER = 1, OCR_SICK_LAYER, OCR_ALWAYS };

typedef struct ocr_run {
	pdfo_doc *eng;           /* NULL: OCR not available, or off */
	int mode;                /* PM_OCR_* */
	unsigned max_pages;      /* 0: no limit */
	unsigned tried;          /* pages given to the engine */
	GArray *pages;           /* int: pages whose text came from OCR */
	GArray *reasons;         /* int: OCR_NO_LAYER ... for each of them */
	double confsum;          /* word confidences over those pages */
	size_t words;
	GArray *low;             /* int: pages read with low confidence */
	GString *kept;           /* pages whose failing layer read better than OCR */
	GString *unread;         /* pages that needed OCR and did not get it, and why */
	unsigned over_limit;     /* pages past max_pages that needed OCR */
	int first_over;          /* the first of them */
	unsigned wanted;         /* pages that needed OCR */
	bool stopped;            /* the time budget ran out, or no model fits */
	bool out_of_time;        /* it was the time budget */
} ocr_run;

/* Page numbers as runs, each run with its reason when reasons is given:
 * "1-3 (no text layer), 5 (text layer failing)". */
static void format_pages(GString *out, const GArray *pages, const GArray *reasons)
{
	static const char *const why[] = {"", "no text layer", "text layer failing", "--ocr always"};
	guint i, j;
	for (i = 0; i < pages->len; i = j) {
		int first = g_array_index(pages, int, i), reason = reasons ? g_array_index(reasons, int, i) : 0;
		for (j = i + 1; j < pages->len && g_array_index(pages, int, j) == first + (int)(j - i) &&
		                (!reasons || g_array_index(reasons, int, j) == reason);
		     j++)
			;
		if (out->len)
			g_string_append(out, ", ");
		if (out->len > 1000) {
			g_string_append(out, "...");
			return;
		}
		if (j - i > 1)
			g_string_append_printf(out, "%d-%d", first, first + (int)(j - i) - 1);
		else
			g_string_append_printf(out, "%d", first);
		if (reason > 0 && reason <= OCR_ALWAYS)
			g_string_append_printf(out, " (%s)", why[reason]);
	}
}

/* A page made of one image over most of it: a scan, even with a few
 * characters of text stamped on it (a page number, a received stamp). */
static bool one_image_page(PopplerPage *page)
{
	double pw = 0, ph = 0;
	GList *maps = poppler_page_get_image_mapping(page), *m;
	bool one = false;
	int n = 0;
	poppler_page_get_size(page, &pw, &ph);
	for (m = maps; m; m = m->next) {
		PopplerImageMapping *im = m->data;
		double a = fabs(im->area.x2 - im->area.x1) * fabs(im->area.y2 - im->area.y1);
		n++;
		one = a >= 0.8 * pw * ph;
	}
	poppler_page_free_image_mapping(maps);
	return one && n == 1;
}

/* health.ocr_layer_unknown_words: whether a page's text is an OCR layer,
 * a scan's one image under chars characters of text (a page number or
 * a stamp's few characters are not a layer). Mapping a page's images
 * costs a pass over them (a third of a second for a large JPEG 2000), so
 * it is asked only of a page whose text shows an OCR layer's signs: the
 * page's lines (d's last page) in Tesseract's GlyphLessFont, or sharing
 * one slope (layout.skewed_baseline: words placed where a page scanned
 * askew shows them), in a file that holds an image XObject
 * (file_has_images, asked once: *images). A layer of another program on a
 * page scanned straight is not looked at. */
static bool ocr_layer_page(PopplerPage *page, const pdfl_doc *d, size_t chars, int *images, const pm_input *in)
{
	const pdfl_line *L;
	size_t n;
	if (chars < 200 || !d->npages)
		return false;
	L = d->lines + d->pages[d->npages - 1].first;
	n = d->n - d->pages[d->npages - 1].first;
	if (!pdfl_glyphless_page(L, n) && pdfl_page_skew(L, n) == 0)
		return false;
	if (*images < 0)
		*images = file_has_images((const char *)in->data, in->size);
	return *images && one_image_page(page);
}

/* The health measures of a page's lines (OCR's, whose glyph boxes are
 * spread evenly over each line). */
static double lines_damage(const pdfl_doc *d, const pm_host *h, pm_sink *s, bool ocr_layer, bool *failing)
{
	pdfh_page hp;
	host_sink hs = {h, s};
	size_t i;
	double dmg;
	pdfh_begin(&hp);
	/* a reading of a page whose layer was an OCR layer is judged as that
	 * layer was (health.ocr_layer_unknown_words) */
	hp.ocr_layer = ocr_layer;
	for (i = d->npages ? d->pages[d->npages - 1].first : 0; i < d->n; i++) {
		const pdfl_line *l = &d->lines[i];
		glong n = g_utf8_strlen(l->text, -1), k = 0;
		double cw = n ? (l->x1 - l->x0) / (double)n : 0;
		const char *p;
		for (p = l->text; *p; p = g_utf8_next_char(p), k++)
			pdfh_glyph(&hp, g_utf8_get_char(p), l->x0 + cw * (double)k, l->y0, l->x0 + cw * (double)(k + 1),
			           l->y1);
		pdfh_glyph(&hp, '\n', NAN, NAN, NAN, NAN);
	}
	pdfh_end(&hp, host_spells(h) ? host_spell : NULL, &hs);
	*failing = pdfh_failing(&hp, NULL, 0);
	dmg = pdfh_damage(&hp);
	pdfh_free(&hp);
	return dmg;
}

/* Read page pageno from its image, and put the reading in place of its
 * text layer when it should be (see the reasons above). Returns true
 * when it did. */
static bool ocr_page(ocr_run *o, PopplerPage *page, int pageno, int reason, size_t layer_chars, double layer_damage,
                     bool ocr_layer, pdfl_doc *d, const pm_host *h, pm_sink *s)
{
	pdfl_doc scratch;
	pdfo_result res;
	pdfo_status st;
	PopplerRectangle *covered = NULL;
	guint ncovered = 0;
	bool replace = false;
	o->wanted++;
	if (!o->eng || o->stopped) {
		return false;
	}
	if (o->max_pages && o->tried >= o->max_pages) {
		if (!o->over_limit++)
			o->first_over = pageno;
		return false;
	}
	o->tried++;
	pdfl_init(&scratch);
	/* the characters a page without a text layer does have (a page
	 * number, a stamp): ink they account for is no reason to read it */
	if (reason == OCR_NO_LAYER && layer_chars) {
		PopplerRectangle whole = whole_page(page);
		poppler_page_get_text_layout_for_area(page, &whole, &covered, &ncovered);
	}
	st = pdfo_read_page(o->eng, page, covered, ncovered, &scratch, &res);
	g_free(covered);
	/* the unread pages' list stays a sentence */
	if (o->unread->len > 1000)
		g_string_truncate(o->unread, 1000);
	switch (st) {
	case PDFO_READ:
		if (reason == OCR_SICK_LAYER) {
			/* the reading replaces a damaged layer only when it is
			 * sounder on the same measures and confident */
			bool ocr_failing;
			double dmg = lines_damage(&scratch, h, s, ocr_layer, &ocr_failing);
			replace = !ocr_failing && dmg < layer_damage && res.confidence >= OCR_LOW_CONFIDENCE && res.chars > 0 &&
			          !pdfl_reading_loses_script(d, &scratch);
			if (!replace)
				g_string_append_printf(o->kept, "%s%d", o->kept->len ? ", " : "", pageno);
		} else {
			/* no text (or a stamp's few characters) to lose */
			replace = res.chars > layer_chars || reason == OCR_ALWAYS;
		}
		break;
	case PDFO_BLANK:
		break;
	case PDFO_TOO_LARGE:
		g_string_append_printf(o->unread, "%spage %d (too large to render within the pixel limit)",
		                       o->unread->len ? "; " : "", pageno);
		break;
	case PDFO_NO_TIME:
		g_string_append_printf(o->unread, "%spage %d and after (the time limit came first)",
		                       o->unread->len ? "; " : "", pageno);
		o->stopped = true;
		o->out_of_time = true;
		break;
	case PDFO_NO_MODEL:
	case PDFO_NO_ENGINE:
		g_string_append_printf(o->unread, "%spage %d and after (%s)", o->unread->len ? "; " : "", pageno,
		                       pdfo_problem(o->eng));
		o->stopped = true;
		break;
	case PDFO_NO_MEMORY:
		g_string_append_printf(o->unread, "%spage %d (out of memory rendering or reading it)",
		                       o->unread->len ? "; " : "", pageno);
		break;
	case PDFO_FAILED:
	default:
		g_string_append_printf(o->unread, "%spage %d (%s)", o->unread->len ? "; " : "", pageno,
		                       pdfo_problem(o->eng));
		break;
	}
	if (replace && !pdfl_replace_page(d, &scratch))
		replace = false;
	if (replace) {
		g_array_append_val(o->pages, pageno);
		g_array_append_val(o->reasons, reason);
		o->confsum += res.confidence * (double)res.words;
		o->words += res.words;
		if (res.confidence < OCR_LOW_CONFIDENCE)
			g_array_append_val(o->low, pageno);
	}
	pdfl_free(&scratch);
	return replace;
}

static const char *host_language(void *user, const char *utf8, size_t len)
{
	host_sink *hs = user;
	return hs->h->language(hs->s, utf8, len);
}

/* The caller's OCR options (pm_host.ocr, read as far as its size goes)
 * and the document's engine. The time budget is four fifths of the
 * document's timeout from the start of extraction, so that a scan too
 * long to read in time gives the pages read so far, not a timeout; the
 * rest is for laying out and normalising what was read. */
static void ocr_start(ocr_run *o, const pm_host *h, pm_sink *s, const pm_input *in, double t0, host_sink *hs)
{
	const pm_ocr_options *opt = PM_INFO_HAS(h->size, pm_host, ocr) ? h->ocr : NULL;
	pdfo_settings set;
	double timeout = h->limits && h->limits->size >= offsetof(pm_limits, max_memory) ? h->limits->timeout : 0;
	memset(o, 0, sizeof *o);
	memset(&set, 0, sizeof set);
	o->mode = PM_OCR_AUTO;
	o->max_pages = PM_OCR_DEFAULT_MAX_PAGES;
	set.max_pixels = PM_OCR_DEFAULT_MAX_PIXELS;
	set.dpi = PM_OCR_DEFAULT_DPI;
	if (opt && PM_INFO_HAS(opt->size, pm_ocr_options, dpi)) {
		o->mode = opt->mode;
		o->max_pages = opt->max_pages;
		set.languages = opt->languages;
		set.max_pixels = opt->max_pixels;
		set.dpi = opt->dpi >= 50 && opt->dpi <= 1200 ? opt->dpi : PM_OCR_DEFAULT_DPI;
	}
	if (timeout > 0)
		set.deadline = t0 + 0.8 * timeout;
	if (PM_INFO_HAS(h->size, pm_host, language) && h->language) {
		set.language = host_language;
		set.user = hs;
	}
	o->pages = g_array_new(FALSE, FALSE, sizeof(int));
	o->reasons = g_array_new(FALSE, FALSE, sizeof(int));
	o->low = g_array_new(FALSE, FALSE, sizeof(int));
	o->kept = g_string_new(NULL);
	o->unread = g_string_new(NULL);
	if (o->mode != PM_OCR_NEVER)
		o->eng = pdfo_new(&set, in->data, in->size);
	(void)s;
}

static void ocr_end(ocr_run *o)
{
	pdfo_free(o->eng);
	if (o->pages)
		g_array_free(o->pages, TRUE);
	if (o->reasons)
		g_array_free(o->reasons, TRUE);
	if (o->low)
		g_array_free(o->low, TRUE);
	if (o->kept)
		g_string_free(o->kept, TRUE);
	if (o->unread)
		g_string_free(o->unread, TRUE);
	memset(o, 0, sizeof *o);
}

/* Why image pages gave no text, for the pdf.no_text_layer warning. */
static const char *ocr_state(const ocr_run *o)
{
	if (o->mode == PM_OCR_NEVER)
		return "OCR off: --ocr never";
	if (!o->eng)
		return pdfo_features();
	if (o->unread->len)
		return "OCR did not read them all: see pdf.ocr_incomplete";
	return "OCR found no text on them";
}

/* The document's OCR warnings and source.ocr. */
static int ocr_report(ocr_run *o, const pm_host *h, pm_sink *s)
{
	char msg[1600];
	int r = 0;
	if (!o->wanted)
		return 0;
	if (o->pages->len) {
		double conf = o->words ? o->confsum / (double)o->words : 0;
		GString *list = g_string_new(NULL);
		format_pages(list, o->pages, o->reasons);
		snprintf(msg, sizeof msg, "read from the page image with Tesseract %s (%s): page%s %s; mean word confidence %.1f",
		         pdfo_version(), pdfo_languages(o->eng), o->pages->len > 1 ? "s" : "", list->str, conf);
		g_string_free(list, TRUE);
		r = pm_host_warn(h, s, "pdf.ocr", PM_EFFECT_INFO, msg);
		if (!r && PM_INFO_HAS(h->size, pm_host, ocr_done) && h->ocr_done) {
			pm_ocr_report rep;
			memset(&rep, 0, sizeof rep);
			rep.size = sizeof rep;
			rep.pages = (const int *)(const void *)o->pages->data;
			rep.npages = o->pages->len;
			rep.engine = "tesseract";
			rep.version = pdfo_version();
			rep.languages = pdfo_languages(o->eng);
			rep.confidence = conf;
			r = h->ocr_done(s, &rep);
		}
	}
	if (!r && o->low->len) {
		GString *list = g_string_new(NULL);
		format_pages(list, o->low, NULL);
		snprintf(msg, sizeof msg, "mean word confidence below %.0f on page%s %s: the text read there may be wrong",
		         OCR_LOW_CONFIDENCE, o->low->len > 1 ? "s" : "", list->str);
		g_string_free(list, TRUE);
		r = pm_host_warn(h, s, "pdf.ocr_low_confidence", PM_EFFECT_PARTIAL, msg);
	}
	if (!r && o->kept->len) {
		snprintf(msg, sizeof msg, "OCR read no better than the failing text layer on page(s) %s: the layer is kept",
		         o->kept->str);
		r = pm_host_warn(h, s, "pdf.ocr_not_better", PM_EFFECT_PARTIAL, msg);
	}
	if (o->over_limit)
		g_string_append_printf(o->unread, "%s%u page%s from page %d on (the limit of %u pages OCRed per document)",
		                       o->unread->len ? "; " : "", o->over_limit, o->over_limit > 1 ? "s" : "", o->first_over,
		                       o->max_pages);
	if (!r && o->unread->len) {
		snprintf(msg, sizeof msg, "pages that needed OCR were not read: %.1400s", o->unread->str);
		r = pm_host_warn(h, s, "pdf.ocr_incomplete", PM_EFFECT_PARTIAL, msg);
	}
	return r;
}

/* ---- extraction ------------------------------------------------------ */

/* GLib and poppler-glib report through g_log; a library must not print. */
static void quiet_log(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
	(void)domain;
	(void)level;
	(void)message;
	(void)data;
}

static void quiet(void)
{
	static gsize once = 0;
	if (g_once_init_enter(&once)) {
		g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION, quiet_log, NULL);
		g_log_set_handler("GLib", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG,
		                  quiet_log, NULL);
		g_log_set_handler("GLib-GObject", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE, quiet_log, NULL);
		g_once_init_leave(&once, 1);
	}
}

/* poppler-glib builds poppler's GlobalParams (its tables of fonts,
 * encodings and CMaps) when a document opens while none is open, and frees
 * them when the last one closes: 4% of a typical PDF's conversion, paid
 * again for every document. A one-page empty document opened once and
 * never closed keeps them for the life of the process. It is never freed:
 * poppler's own exit handlers free GlobalParams before a destructor of ours
 * could run, and plugins are never unloaded (loader.c). volatile, so that
 * the compiler keeps the store and the document stays reachable (valgrind,
 * LeakSanitizer). */
static PopplerDocument *volatile poppler_keeper;

static void keep_poppler_globals(void)
{
	static gsize once = 0;
	if (g_once_init_enter(&once)) {
		static const char *const obj[] = {
			"1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n",
			"2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n",
			"3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>>\nendobj\n"};
		GString *pdf = g_string_new("%PDF-1.4\n");
		size_t off[3], i, xref;
		GBytes *b;
		for (i = 0; i < 3; i++) {
			off[i] = pdf->len;
			g_string_append(pdf, obj[i]);
		}
		xref = pdf->len;
		g_string_append(pdf, "xref\n0 4\n0000000000 65535 f \n");
		for (i = 0; i < 3; i++)
			g_string_append_printf(pdf, "%010zu 00000 n \n", off[i]);
		g_string_append_printf(pdf, "trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n%zu\n%%%%EOF\n", xref);
		b = g_string_free_to_bytes(pdf);
		poppler_keeper = poppler_document_new_from_bytes(b, NULL, NULL);
		g_bytes_unref(b);
		g_once_init_leave(&once, 1);
	}
}

/* Poppler sets up colour management for the document's output intent
 * (the catalog's /OutputIntents, which every PDF/A has) each time it
 * prepares a page for drawing, its text reading included: four lcms2
 * transforms into the intent's ICC profile, whose tone curves it inverts
 * point by point. On a LibreOffice PDF/A that is 17 ms of one page's
 * 19 ms and 60 ms a page of the press corpus's slowest release, pdftotext
 * paying it too. Text needs no colour (font runs are read for their font
 * and size), so the text is read from a copy of the file whose catalog
 * key is renamed to one poppler does not know, of the same length so that
 * every offset of the cross-reference table still holds; pages are
 * rendered (OCR, drawn markers) and their images mapped from the file
 * itself, colours unchanged. Only a key in a catalog stored as plain
 * bytes is found (a catalog inside a compressed object stream keeps its
 * cost); one inside a stream (a content stream that prints the word) is
 * not a catalog's and stays. Returns NULL when there is nothing to
 * rename. */
#define OI_KEY "/OutputIntents"
#define OI_REACH 65536 /* how far from the key its object's bounds are sought */
/* How many keys are weighed: a file has one catalog per revision, and a
 * hostile one repeating the key would cost OI_REACH bytes of search for
 * each (a 10 MB file of keys: minutes); past this many, the rest keep their
 * cost, which is only poppler's colour set-up. */
#define OI_MAX_KEYS 16

static const char *find_back(const char *from, const char *to, const char *needle)
{
	size_t n = strlen(needle);
	const char *p;
	for (p = to - n; p >= from; p--)
		if (!memcmp(p, needle, n))
			return p;
	return NULL;
}

/* Whether the bytes after a name end it: white space or a delimiter. */
static bool name_ends(const char *p, const char *end)
{
	return p >= end || !*p || strchr(" \t\r\n\f()<>[]{}/%", *p);
}

static bool catalog_key(const char *data, size_t size, const char *key)
{
	size_t off = (size_t)(key - data), klen = sizeof OI_KEY - 1;
	const char *lo = off > OI_REACH ? key - OI_REACH : data;
	const char *hi = size - off > OI_REACH ? key + OI_REACH : data + size;
	const char *obj, *end;
	if (!name_ends(key + klen, data + size))
		return false; /* a longer name that starts alike */
	obj = find_back(lo, key, "obj");
	if (!obj || (obj - lo >= 3 && !memcmp(obj - 3, "end", 3)))
		return false;
	end = memmem(key, (size_t)(hi - key), "endobj", 6);
	return end && !memmem(obj, (size_t)(key - obj), "stream", 6) && memmem(obj, (size_t)(end - obj), "/Catalog", 8);
}

/* The copy, made on the first byte that needs a change. */
static char *copy_of(char **copy, const char *data, size_t size)
{
	if (!*copy && (*copy = g_try_malloc(size)))
		memcpy(*copy, data, size);
	return *copy;
}

/* Poppler sets up colour management for each ICC-based colour space a
 * page's drawing selects ([/ICCBased n 0 R] in a cs or CS operator): two
 * to four lcms2 transforms from the profile to sRGB, some 5 M
 * instructions, in every pass over the page that draws it (each text
 * reading is a new output device, whose cache of colour spaces goes with
 * it; pdftotext keeps one device for the whole file and pays once). On
 * the press corpus it was 7% of the PDF batch's CPU. The copy read for
 * text keeps every such colour space, with its number of components and
 * its alternate space, but its profile unreadable: the profile stream's
 * /Filter key is renamed (same length), so lcms2 is handed the stream's
 * compressed bytes, rejects them at the header (no "acsp" signature), and
 * poppler falls back to the alternate space without a transform; the
 * colour only changes the font runs' colour, which nothing reads, and an
 * inline image drawn in such a space still spans the same bytes. Found
 * as text_copy finds the output intent: a reference "/ICCBased n g R"
 * written as plain bytes (one inside a compressed object stream keeps its
 * cost), and an object "n g obj" whose dictionary, before its stream,
 * has /N and /Filter and none of the keys of another kind of stream (an
 * object stream, a font file, an XObject): a reference that names
 * something else is left alone. */
#define ICC_KEY "/ICCBased"
#define ICC_MAX_REFS 16  /* distinct profiles renamed; the rest keep their cost */
#define ICC_DICT_REACH 4096 /* how far after "obj" its stream must start */

/* Whether a name at p (its slash) is the key k and ends there. */
static bool key_at(const char *p, const char *end, const char *k)
{
	size_t n = strlen(k);
	return (size_t)(end - p) >= n && !memcmp(p, k, n) && name_ends(p + n, end);
}

/* The first key k in [p, end) (a name that ends), or NULL. */
static const char *find_key(const char *p, const char *end, const char *k)
{
	size_t n = strlen(k);
	while (p < end && (p = memmem(p, (size_t)(end - p), k, n))) {
		if (name_ends(p + n, end))
			return p;
		p += n;
	}
	return NULL;
}

static bool pdf_white(const char *p, const char *end)
{
	return p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '\f');
}

/* A number of at most max_digits digits at *p, and white space after it. */
static bool ref_number(const char **p, const char *end, int max_digits, unsigned long *v)
{
	int n = 0;
	*v = 0;
	while (*p < end && **p >= '0' && **p <= '9' && n < max_digits) {
		*v = *v * 10 + (unsigned long)(**p - '0');
		(*p)++;
		n++;
	}
	if (!n || !pdf_white(*p, end))
		return false;
	while (pdf_white(*p, end))
		(*p)++;
	return true;
}

/* Reads "n g R" after the key; false when it is not a reference. */
static bool icc_ref(const char *p, const char *end, unsigned long *num, unsigned long *gen)
{
	while (pdf_white(p, end))
		p++;
	return ref_number(&p, end, 9, num) && ref_number(&p, end, 5, gen) && p < end && *p == 'R' &&
	       name_ends(p + 1, end);
}

/* Renames the /Filter of every definition of object num gen that is an
 * ICC profile's stream. */
static bool icc_stream(const char *data, size_t size, unsigned long num, unsigned long gen, char **copy)
{
	const char *end = data + size, *p = data, *obj;
	char head[40];
	int n = snprintf(head, sizeof head, "%lu %lu obj", num, gen);
	static const char *const other[] = {"/Type", "/Subtype", "/First", "/Length1", "/Length2", "/Length3", NULL};
	while (p < end && (obj = memmem(p, (size_t)(end - p), head, (size_t)n))) {
		const char *dict = obj + n, *lim = (size_t)(end - dict) > ICC_DICT_REACH ? dict + ICC_DICT_REACH : end;
		const char *st = memmem(dict, (size_t)(lim - dict), "stream", 6), *f;
		size_t i;
		bool ok;
		p = obj + n;
		if (obj > data && !pdf_white(obj - 1, end))
			continue; /* "12 0 obj" inside "112 0 obj" */
		/* the object's own stream: none of another object's */
		if (!st || memmem(dict, (size_t)(st - dict), "endobj", 6) || !find_key(dict, st, "/N"))
			continue;
		for (ok = true, i = 0; other[i] && ok; i++)
			ok = !find_key(dict, st, other[i]);
		f = ok ? find_key(dict, st, "/Filter") : NULL;
		if (!f || find_key(f + 7, st, "/Filter"))
			continue;
		if (!copy_of(copy, data, size))
			return false;
		memcpy(*copy + (f - data), "/Filtex", 7);
	}
	return true;
}

static bool icc_profiles(const char *data, size_t size, char **copy)
{
	const char *k = data, *end = data + size;
	size_t klen = sizeof ICC_KEY - 1, nrefs = 0, i;
	unsigned long refs[ICC_MAX_REFS][2];
	/* memchr for the key's capital I, as text_copy does for its O */
	while (k < end && (k = memchr(k, 'I', (size_t)(end - k)))) {
		unsigned long num, gen;
		if (k == data || k[-1] != '/' || !key_at(k - 1, end, ICC_KEY)) {
			k++;
			continue;
		}
		k += klen - 1;
		if (!icc_ref(k, end, &num, &gen))
			continue;
		for (i = 0; i < nrefs && !(refs[i][0] == num && refs[i][1] == gen); i++)
			;
		if (i < nrefs)
			continue;
		if (nrefs == ICC_MAX_REFS)
			break;
		refs[nrefs][0] = num;
		refs[nrefs][1] = gen;
		nrefs++;
		if (!icc_stream(data, size, num, gen, copy))
			return false;
	}
	return true;
}

/* Whether the file may hold an image XObject (probe_strips): a name
 * /Image written anywhere in its bytes, #-escapes decoded. An image
 * XObject is a stream, which PDF never stores in a compressed object
 * stream, so its dictionary, /Subtype /Image, stands in the file as plain
 * bytes (encryption leaves names alone). An inline image (BI ... EI,
 * inside a content stream, mostly compressed) is not seen here. A name
 * found inside compressed data by chance only costs the pass over the
 * page's images the probe made before. */
#define IMAGE_NAME_MAX 16 /* bytes of a name read: "Image" with every letter #-escaped is 15 */

static bool file_has_images(const char *data, size_t size)
{
	const char *p = data, *end = data + size;
	while (p < end && (p = memchr(p, '/', (size_t)(end - p)))) {
		char name[IMAGE_NAME_MAX];
		size_t n = 0;
		const char *q = ++p;
		/* the name's bytes up to its end, decoded */
		while (q < end && !name_ends(q, end) && n < sizeof name) {
			int hi, lo;
			if (*q == '#' && end - q >= 3 && (hi = g_ascii_xdigit_value(q[1])) >= 0 &&
			    (lo = g_ascii_xdigit_value(q[2])) >= 0) {
				name[n++] = (char)(hi * 16 + lo);
				q += 3;
			} else
				name[n++] = *q++;
		}
		if (n == 5 && name_ends(q, end) && !memcmp(name, "Image", 5))
			return true;
	}
	return false;
}

static GBytes *text_copy(const char *data, size_t size)
{
	const char *k = data, *end = data + size;
	char *copy = NULL;
	size_t klen = sizeof OI_KEY - 1, weighed = 0;
	/* every byte of the file is looked at: memchr for the key's rarest
	 * letter, the capital O (1 byte in 256 of compressed data), is a
	 * fraction of memmem's cost */
	while (k < end && (k = memchr(k, 'O', (size_t)(end - k)))) {
		if (k == data || k[-1] != '/' || (size_t)(end - k) < klen - 1 || memcmp(k, OI_KEY + 1, klen - 1)) {
			k++;
			continue;
		}
		k--;
		if (++weighed > OI_MAX_KEYS)
			break;
		if (catalog_key(data, size, k)) {
			if (!copy_of(&copy, data, size))
				return NULL;
			memcpy(copy + (k - data), "/OutputIntent_", klen);
		}
		k += klen;
	}
	if (!icc_profiles(data, size, &copy)) {
		g_free(copy);
		return NULL;
	}
	return copy ? g_bytes_new_take(copy, size) : NULL;
}

static int pdf_extract(const pm_input *in, const pm_host *h, pm_sink *s)
{
	GError *err = NULL;
	GBytes *bytes, *tbytes;
	PopplerDocument *doc, *tdoc = NULL;
	pdfl_doc d;
	pdfh_page hp;
	host_sink hs = {h, s};
	GString *sick, *kept;
	probe_doc pd;
	size_t kept_chars = 0;
	linebuf lb;
	textstats st = {0, 0, 0};
	ocr_run ocr;
	double t0 = pdfo_clock(); /* OCR's share of the timeout counts from here */
	int npages, limit, i, read = 0, status = PM_OK, images = -1;
	bool from_image = false;
	unsigned max_pages = h->limits && PM_SIZE_HAS(h->limits->size, pm_limits, max_pages) ? h->limits->max_pages : 0;
	uint64_t max_text = h->limits && PM_SIZE_HAS(h->limits->size, pm_limits, max_text_bytes) ? h->limits->max_text_bytes : 0;
	char msg[200];

	quiet();
	keep_poppler_globals();
	if (!in->data || in->size == 0) {
		h->fail(s, PM_ERR_EMPTY, "empty file");
		return PM_ERR_EMPTY;
	}
	bytes = g_bytes_new_static(in->data, in->size);
	doc = poppler_document_new_from_bytes(bytes, NULL, &err);
	if (!doc) {
		bool enc = err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED;
		status = enc ? PM_ERR_ENCRYPTED : PM_ERR_CORRUPT;
		snprintf(msg, sizeof msg, "%s", enc ? "the PDF needs a password" : "poppler could not open the PDF");
		if (err && !enc && err->message && g_utf8_validate(err->message, -1, NULL))
			snprintf(msg, sizeof msg, "poppler could not open the PDF: %.150s", err->message);
		h->fail(s, status, msg);
		g_clear_error(&err);
		g_bytes_unref(bytes);
		return status;
	}
	tbytes = text_copy((const char *)in->data, in->size);
	if (tbytes)
		tdoc = poppler_document_new_from_bytes(tbytes, NULL, NULL);
	pdfl_init(&d);
	memset(&ocr, 0, sizeof ocr);
	memset(&pd, 0, sizeof pd);
	lb.t = g_string_sized_new(256);
	sick = g_string_new(NULL);
	kept = g_string_new(NULL);
	if (properties(doc, h, s))
		goto stop;
	npages = poppler_document_get_n_pages(doc);
	if (npages <= 0) {
		h->fail(s, PM_ERR_CORRUPT, "the PDF has no pages");
		status = PM_ERR_CORRUPT;
		goto stop;
	}
	if (h->pages(s, npages))
		goto stop;
	limit = npages;
	if (max_pages && (unsigned)npages > max_pages) {
		limit = (int)max_pages;
		snprintf(msg, sizeof msg, "read %d of %d pages (limit max_pages)", limit, npages);
		if (pm_host_warn(h, s, "pdf.page_limit", PM_EFFECT_PARTIAL, msg))
			goto stop;
	}
	ocr_start(&ocr, h, s, in, t0, &hs);
	if (!tdoc)
		pd.kept = calloc((size_t)limit, sizeof *pd.kept);
	pd.nkept = pd.kept ? limit : 0;
	for (i = 0; i < limit; i++) {
		PopplerPage *page = poppler_document_get_page(doc, i);
		PopplerPage *tpage = page && tdoc ? poppler_document_get_page(tdoc, i) : NULL;
		size_t chars_before = st.chars;
		bool ok;
		if (!page) {
			if (pm_host_warn(h, s, "pdf.page_unreadable", PM_EFFECT_PARTIAL, "a page could not be read"))
				goto stop;
			continue;
		}
		pdfh_begin(&hp);
		ok = read_page(page, tpage ? tpage : page, &d, &st, &lb, &hp);
		read++;
		hp.ocr_layer = ok && ocr_layer_page(page, &d, st.chars - chars_before, &images, in);
		pdfh_end(&hp, host_spells(h) ? host_spell : NULL, &hs);
		if (ok) {
			size_t chars = st.chars - chars_before;
			bool failing = pdfh_failing(&hp, NULL, 0);
			int reason = 0;
			/* which pages are read from their image: every one with
			 * --ocr always; in auto, a page without text (or with a
			 * stamp's few characters over one scanned image), and a
			 * page whose layer fails the health check */
			if (ocr.mode == PM_OCR_ALWAYS)
				reason = OCR_ALWAYS;
			else if (ocr.mode == PM_OCR_AUTO && (chars < 8 || (chars < 40 && one_image_page(page))))
				reason = OCR_NO_LAYER;
			else if (ocr.mode == PM_OCR_AUTO && failing)
				reason = OCR_SICK_LAYER;
			bool read_again = reason && ocr_page(&ocr, page, i + 1, reason, chars, pdfh_damage(&hp), hp.ocr_layer,
			                                     &d, h, s);
			if (!read_again)
				note_health(&hp, i + 1, sick, kept);
			else
				from_image = true;
			/* repair ocr_at_sign looks at recognised text only */
			if ((read_again || hp.ocr_layer) && d.npages) {
				size_t k;
				for (k = d.pages[d.npages - 1].first; k < d.n; k++)
					d.lines[k].recognised = true;
			}
			ok = !d.oom;
		}
		kept_chars += st.chars - chars_before;
		if (pd.kept && kept_chars <= KEPT_PAGE_CHARS)
			pd.kept[i] = page;
		else
			g_object_unref(page);
		if (tpage)
			g_object_unref(tpage);
		pdfh_free(&hp);
		if (!ok) {
			h->fail(s, PM_ERR_RESOURCE_LIMIT, "out of memory reading the PDF's text");
			status = PM_ERR_RESOURCE_LIMIT;
			goto stop;
		}
		if (max_text && st.bytes > max_text && i + 1 < limit) {
			snprintf(msg, sizeof msg, "stopped after page %d of %d: text limit reached", i + 1, npages);
			if (pm_host_warn(h, s, "pdf.text_limit", PM_EFFECT_PARTIAL, msg))
				goto stop;
			break;
		}
	}
	/* layout.tagged_artifact: lines a page read from its image holds are
	 * not the text layer's, which the tree marks */
	if (!from_image)
		pdft_mark_untagged(doc, &d);
	pd.doc = doc;
	pd.data = (const char *)in->data;
	pd.size = in->size;
	pd.images = -1;
	pd.ocr_pages = ocr.pages;
	pdfl_find_rules(&d, probe_rules, &pd);
	pdfl_analyse(&d);
	if (d.oom) {
		h->fail(s, PM_ERR_RESOURCE_LIMIT, "out of memory laying out the PDF's text");
		status = PM_ERR_RESOURCE_LIMIT;
		goto stop;
	}
	pdfl_find_drawn_markers(&d, probe_strips, &pd);
	unkeep(&pd);
	if (sick->len && !ocr.eng)
		g_string_append_printf(sick, " (%s)", ocr_state(&ocr));
	if (sick->len && pm_host_warn(h, s, "pdf.text_layer", PM_EFFECT_PARTIAL, sick->str))
		goto stop;
	if (kept->len && pm_host_warn(h, s, "pdf.text_layer", PM_EFFECT_PARTIAL, kept->str))
		goto stop;
	if (ocr_report(&ocr, h, s))
		goto stop;
	if (check_text(&d, read, &ocr, h, s) && ocr.out_of_time) {
		/* OCR's share of the timeout ran out before any page gave text:
		 * the document timed out, as a worker busy at the timeout does
		 * (not a document without text) */
		snprintf(msg, sizeof msg, "OCR ran out of time before any page gave text (%u page%s needed it)",
		         ocr.wanted, ocr.wanted == 1 ? "" : "s");
		h->fail(s, PM_ERR_TIMEOUT, msg);
		status = PM_ERR_TIMEOUT;
		goto stop;
	}
	{
		unsigned long joined = pdfl_join_split_words(&d, host_spells(h) ? host_spell : NULL, &hs);
		if (joined && PM_SIZE_HAS(h->size, pm_host, repaired) && h->repaired &&
		    h->repaired(s, "split_words", joined))
			goto stop;
		/* core/repair/arabic.c counts them among the signs of a
		 * reordering that turned the text round */
		if (st.ligatures && PM_SIZE_HAS(h->size, pm_host, repaired) && h->repaired &&
		    h->repaired(s, "rtl_ligature", st.ligatures))
			goto stop;
	}
	pdfl_emit(&d, h, s);
stop:
	unkeep(&pd);
	ocr_end(&ocr);
	pdfl_free(&d);
	g_string_free(lb.t, TRUE);
	g_string_free(sick, TRUE);
	g_string_free(kept, TRUE);
	g_object_unref(doc);
	g_bytes_unref(bytes);
	if (tdoc)
		g_object_unref(tdoc);
	if (tbytes)
		g_bytes_unref(tbytes);
	return status;
}

static const char *const media_types[] = {"application/pdf", NULL};
static const char *const extensions[] = {"pdf", NULL};

PM_PLUGIN_DEFINE_FEATURES(pdf, "0.1.0",
                          "PDF (poppler-glib): paragraphs in reading order, page furniture apart",
                          media_types, extensions, pdf_probe, pdf_extract, pdfo_features)
