/*
 * arabic.c - repairs Arabic text that a PDF reader's bidi reordering
 * damaged. repair.c applies it only to text a plugin put in order from
 * glyph positions (PM_BF_VISUAL_ORDER), only when that text shows the
 * damage strongly (pm_arabic_damaged), and the dictionary repairs only to
 * Arabic itself, never to Persian, Urdu or another language written in
 * the Arabic script (README, "Repairs").
 *
 * A lam-alef ligature is one glyph standing for two letters; reordering a
 * right-to-left line turns the pair round, so "الأمين" comes out as
 * "األمين" and "خلال" as "خالل". Two alefs in a row never occur in Arabic
 * writing, so they show the damage; only then is the dictionary loaded,
 * and a word is changed only when it is unknown and turning one or all of
 * its alef+lam pairs back gives a word the dictionary knows.
 *
 * The same reordering leaves other marks of its passage, all repaired in
 * a document that shows the reversal: every combining mark one letter too
 * early ("ُيذكر" for "يُذكر"), a line's closing punctuation at the start of
 * the next line (".زيارته"), neutral signs on the wrong side of a number
 * ("962+", "،5555"), and words cut where a non-joining letter ends a glyph
 * run ("احتيا جاتها"), joined back when the dictionary knows the whole
 * and not both pieces.
 */
#include "repair.h"

#include <stdlib.h>
#include <string.h>

static bool alef(int32_t c)
{
	return c == 0x0627 || c == 0x0623 || c == 0x0625 || c == 0x0622;
}

static bool arabic_letter(int32_t c);
static bool closing_neutral(int32_t c);
static bool mark(int32_t c);

/* Letters that Persian, Urdu, Pashto, Kurdish, Sindhi, Uyghur and the
 * other languages written in the Arabic script add to its alphabet
 * ("پ", "چ", "ژ", "گ", "ک", "ی"; "ٹ", "ڈ", "ڑ", "ں", "ے", "ہ" ...). Arabic
 * borrows a few for foreign names ("ڤ" for v), far under one letter in
 * fifty. */
static bool other_language_letter(int32_t c)
{
	return (c >= 0x0672 && c <= 0x06D5) || c == 0x06EE || c == 0x06EF || (c >= 0x06FA && c <= 0x06FF);
}

void pm_arabic_scan(const char *t, pm_arabic_stats *st)
{
	const unsigned char *p = (const unsigned char *)t;
	size_t n = t ? strlen(t) : 0, i = 0;
	int32_t prev = -1, prev2 = -1, prev3 = -1;
	while (i < n) {
		int32_t c;
		i += pm_utf8_decode(p + i, n - i, &c);
		if (arabic_letter(c)) {
			st->letters++;
			if (other_language_letter(c))
				st->other_letters++;
		}
		/* the signs of a reordering that turned glyph clusters round,
		 * none of which correct writing shows */
		if (alef(prev) && alef(c))
			st->alef_pairs++;
		if ((prev == ' ' || prev == PM_MARK_WRAP) && c >= 0x064B && c <= 0x0652)
			st->marks_first++;
		/* pdf.rtl_marks.evidence: a mark after its letter that ends
		 * the word ("منزلاً", "كتابٌ"), where a mark read one letter
		 * early never stands (its letter follows it) */
		if (arabic_letter(prev2) && prev >= 0x064B && prev <= 0x0652 && !arabic_letter(c) && !mark(c))
			st->marks_last++;
		/* Convention pdf.rtl_neutrals: a line of any right-to-left
		 * script (Hebrew, Arabic, Syriac, Thaana, N'Ko) opening with
		 * its own closing mark (".האוטובוס", ":לפרטים", ".زيارته"); a
		 * block's first line as well as a wrapped one */
		if ((prev2 == PM_MARK_WRAP || prev2 == -1) && closing_neutral(prev) && pm_rtl_char(c))
			st->stop_first++;
		/* pdf.rtl_neutrals.spaced: or with the mark and a space (": للاستفسارات") */
		if ((prev3 == PM_MARK_WRAP || prev3 == -1) && closing_neutral(prev2) && prev == ' ' && pm_rtl_char(c))
			st->stop_first++;
		if (prev2 >= 0 && alef(prev2) && prev == 0x064B && c == 0x0644)
			st->tanween_first++;
		prev3 = prev2;
		prev2 = prev;
		prev = c;
	}
	if (arabic_letter(prev2) && prev >= 0x064B && prev <= 0x0652)
		st->marks_last++;
}

bool pm_arabic_language(const pm_arabic_stats *st)
{
	return st->letters > 0 && st->other_letters * 50 < st->letters;
}

bool pm_arabic_damaged(const pm_arabic_stats *st)
{
	/* "ناامید", "ناآگاه": Persian writes two alefs in a row, Arabic never */
	unsigned long signs = st->marks_first + st->stop_first + st->tanween_first +
	                      (pm_arabic_language(st) ? st->alef_pairs : 0);
	return signs >= PM_ARABIC_MIN_SIGNS && signs * 1000 >= st->letters;
}

bool pm_arabic_dictionary_fits(pm_lingua *lingua, const pm_block *b, size_t nb, pm_arabic_stats *st)
{
	size_t k, words = 0, known = 0;
	for (k = 0; k < nb && words < 300; k++) {
		const char *t = b[k].text;
		size_t n, i = 0;
		if (!(b[k].flags & PM_BF_VISUAL_ORDER) || !t)
			continue;
		n = strlen(t);
		while (i < n && words < 300) {
			char w[128];
			size_t start = i, l = 0;
			int r;
			for (;;) {
				int32_t c;
				size_t cl;
				if (i >= n)
					break;
				cl = pm_utf8_decode((const unsigned char *)t + i, n - i, &c);
				if (!((c >= 0x0621 && c <= 0x065F) || c == 0x0670 || (c >= 0x0671 && c <= 0x06D3)))
					break;
				i += cl;
			}
			l = i - start;
			if (!l) {
				i++;
				continue;
			}
			if (l < 4 || l >= sizeof w)
				continue; /* one letter, or absurdly long */
			memcpy(w, t + start, l);
			w[l] = '\0';
			r = pm_spell(lingua, "ar", w);
			if (r < 0) {
				st->dict_words = st->dict_known = 0;
				return false; /* no Arabic dictionary */
			}
			words++;
			known += r == 1;
		}
	}
	st->dict_words = words;
	st->dict_known = known;
	/* Arabic press text: nine words in ten known, damaged or not;
	 * Persian read with it: one in two */
	return words >= 20 && known * 10 >= words * 7;
}

/* Swap the alef+lam pair at code point index k of the word (UTF-8 of
 * two-byte letters). */
static void swap_at(char *w, size_t byte)
{
	char a0 = w[byte], a1 = w[byte + 1];
	w[byte] = w[byte + 2];
	w[byte + 1] = w[byte + 3];
	w[byte + 2] = a0;
	w[byte + 3] = a1;
}

static bool is_lam(const char *s)
{
	return (unsigned char)s[0] == 0xD9 && (unsigned char)s[1] == 0x84;
}

static bool is_alef(const char *s)
{
	unsigned char a = (unsigned char)s[0], b = (unsigned char)s[1];
	return a == 0xD8 && (b == 0xA7 || b == 0xA3 || b == 0xA5 || b == 0xA2);
}

/* Try the repairs of one word in place; true when it changed. */
static bool repair_word(pm_lingua *lingua, char *w, size_t n)
{
	size_t pairs[16], np = 0, i;
	char save[256];
	/* the article never stands alone ([article_forms]): "وال", "إال" are
	 * "ولا", "إلا" */
	{
		pm_lex_query q = {PM_LEX_ARTICLE_FORMS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		if (pm_lex_word(&q, w, n, NULL)) {
			swap_at(w, n - 4);
			return true;
		}
	}
	if (n < 4 || n >= sizeof save)
		return false;
	for (i = 0; i + 3 < n && np < 16; i++)
		if (is_alef(w + i) && is_lam(w + i + 2))
			pairs[np++] = i;
	if (!np)
		return false;
	memcpy(save, w, n);
	save[n] = '\0';
	{
		char tmp[256];
		memcpy(tmp, w, n);
		tmp[n] = '\0';
		if (pm_spell(lingua, "ar", tmp) != 0)
			return false; /* known (or no dictionary): leave it */
		/* all pairs turned back, then each one alone */
		for (i = 0; i < np; i++)
			swap_at(tmp, pairs[i]);
		if (pm_spell(lingua, "ar", tmp) == 1) {
			memcpy(w, tmp, n);
			return true;
		}
		for (i = 0; i < np; i++) {
			memcpy(tmp, save, n + 1);
			swap_at(tmp, pairs[i]);
			if (pm_spell(lingua, "ar", tmp) == 1) {
				memcpy(w, tmp, n);
				return true;
			}
		}
	}
	return false;
}

static bool mark(int32_t c)
{
	return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

static bool arabic_letter(int32_t c)
{
	return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
}

/* Marks that close a sentence or a clause, never open a line of text. */
static bool closing_neutral(int32_t c)
{
	return c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == 0x060C || c == 0x061B ||
	       c == 0x061F;
}

static bool neutral(int32_t c)
{
	return c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == 0x060C || c == 0x061B ||
	       c == 0x061F || c == 0xBB || c == 0xAB || c == 0x2026 || c == 0x201D || c == 0x201C ||
	       c == '"' || c == ')' || c == '(';
}

/* Decode s to code points (the caller frees). */
static int32_t *decode_all(const char *s, size_t *n)
{
	size_t len = strlen(s), i = 0, k = 0;
	int32_t *v = pm_calloc(len + 1, sizeof *v);
	if (!v)
		return NULL;
	while (i < len) {
		int32_t c;
		i += pm_utf8_decode((const unsigned char *)s + i, len - i, &c);
		v[k++] = c < 0 ? 0xFFFD : c;
	}
	*n = k;
	return v;
}

static char *encode_all(const int32_t *v, size_t n)
{
	pm_buf b;
	size_t i;
	pm_buf_init(&b);
	for (i = 0; i < n; i++) {
		char e[4];
		pm_buf_add(&b, e, pm_utf8_encode(v[i], e));
	}
	return pm_buf_steal(&b);
}

/* v[0..n) encoded, freed; NULL when it says what text said. */
static char *changed_text(int32_t *v, size_t n, const char *text)
{
	char *out = encode_all(v, n);
	free(v);
	if (out && !strcmp(out, text)) {
		free(out);
		return NULL;
	}
	return out;
}

/* The straight and typographic double quotation marks, which a line of
 * right-to-left text opens and closes with the same glyph. */
static bool quote_mark(int32_t c)
{
	return c == '"' || c == 0x201C || c == 0x201D;
}

/* A quotation mark inside a word is Hebrew's gershayim typed as '"'
 * ("מנכ"לית"): neither opens nor closes. */
static bool inner_quote(const int32_t *v, size_t i, size_t s, size_t e)
{
	return i > s && i + 1 < e && pm_rtl_char(v[i - 1]) && pm_rtl_char(v[i + 1]);
}

/* Convention pdf.rtl_edge_quotes: right-to-left text set in a
 * left-to-right paragraph (a word processor's or browser's default
 * direction) puts the quotation mark that opens its first line at the
 * line's visual left, beside the marks that end the line, and the one
 * that opens a last line at its right, beside the paragraph's closing
 * marks; read right to left, both come out among the marks of the other
 * end ("ילדים … בן־דוד\".", then "עכשיו … אליהם\"\"." once
 * pdf.rtl_neutrals moved the line's closing marks to its end). The
 * quotation marks of a block alternate, opening and closing: a line
 * read while none is open, whose first quotation mark closes one, or
 * which has none of its own but two among its closing marks, lost its
 * opening mark to them: one goes back to the line's start; and, when
 * that line ends the paragraph, its full stop stands before the
 * quotation mark that closes it ("…אליהם.\""), an order the reading
 * lost. Gershayim inside a word count for nothing. */
static void rtl_edge_quotes(int32_t *v, size_t n)
{
	size_t i = 0;
	bool open = false;
	while (i < n) {
		size_t e = i, t, k, first = (size_t)-1, quotes_t = 0, body = 0;
		while (e < n && v[e] != PM_MARK_WRAP && v[e] != PM_MARK_BREAK)
			e++;
		/* the run of marks that ends the line */
		t = e;
		while (t > i && (neutral(v[t - 1]) || v[t - 1] == ' '))
			t--;
		for (k = t; k < e; k++)
			quotes_t += quote_mark(v[k]);
		for (k = i; k < t; k++)
			if (quote_mark(v[k]) && !inner_quote(v, k, i, e)) {
				if (first == (size_t)-1)
					first = k;
				body++;
			}
		if (!open && quotes_t && t > i && pm_rtl_char(v[i]) &&
		    ((first != (size_t)-1 && first > i && v[first - 1] != ' ') || (!body && quotes_t >= 2))) {
			/* the first quotation mark of the closing run goes to the
			 * line's start */
			size_t q = t;
			int32_t m;
			while (!quote_mark(v[q]))
				q++;
			m = v[q];
			memmove(v + i + 1, v + i, (q - i) * sizeof *v);
			v[i] = m;
			/* the paragraph's last marks, mixed with the opening
			 * one, lost their order: a full stop before the mark
			 * that closes the quotation (where no opening mark was
			 * mixed in, the order read stands: "…فقط”.") */
			if (e >= n || v[e] == PM_MARK_BREAK)
				for (k = t + 1; k + 1 < e; k++)
					if (quote_mark(v[k]) && (v[k + 1] == '.' || v[k + 1] == '!' || v[k + 1] == '?')) {
						int32_t c = v[k + 1];
						v[k + 1] = v[k];
						v[k] = c;
					}
		}
		for (k = i; k < e; k++)
			if (quote_mark(v[k]) && !inner_quote(v, k, i, e))
				open = !open;
		/* a block is a paragraph: a quotation ends with it */
		if (e >= n || v[e] == PM_MARK_BREAK)
			open = false;
		i = e + 1;
	}
}

/* Convention pdf.rtl_neutrals.without_damage: a line never opens with a
 * mark that closes (no line is broken before one: UAX #14, classes CL,
 * IS and the closing QU), so a line read with one first, before a
 * right-to-left letter, had it at its end: a right-to-left line set in a
 * left-to-right paragraph stands with its closing marks right of its
 * letters (UAX #9 N1/N2: between the last right-to-left letter and the
 * paragraph's end a neutral takes the paragraph's direction), and
 * poppler, reading from the right, gives them first (":رابطہ", "” کے
 * لیے …"). pdf.rtl_neutrals moves them in a document that shows the
 * reversal (pm_arabic_damaged); this is what it does without that
 * evidence, on the line's own: the marks that only close (full stop,
 * comma, colon, semicolon, exclamation mark, the Arabic comma,
 * semicolon and question mark), and a quotation mark or guillemet
 * where the block opened a quotation on an earlier line that is still
 * open (its parity: a « or “ opening a line, a right-to-left
 * paragraph's, or Hebrew's ”…” with none open, is no closing mark and
 * stays). An Urdu page ends its sentences with U+06D4, a right-to-left
 * letter to the bidi algorithm that poppler keeps in its word, so it
 * shows too few signs for the order repairs (eval14 ur-01). */
static bool closing_quote_at(const int32_t *v, size_t i, bool quote_open, long guillemets_open)
{
	return (quote_open && (v[i] == 0x201D || v[i] == '"')) || (guillemets_open > 0 && v[i] == 0xBB);
}

static void rtl_closing_quote_first(int32_t *v, size_t n)
{
	size_t i = 0, k;
	bool open = false;
	long gopen = 0;
	while (i < n) {
		size_t e = i, j = i;
		while (e < n && v[e] != PM_MARK_WRAP && v[e] != PM_MARK_BREAK)
			e++;
		/* (an ellipsis, "...", may open a paragraph's quotation) */
		if ((i > 0 && v[i - 1] == PM_MARK_WRAP && closing_quote_at(v, i, open, gopen)) ||
		    (closing_neutral(v[i]) && !(v[i] == '.' && i + 1 < e && v[i + 1] == '.'))) {
			while (j < e && neutral(v[j]) && j - i < 4)
				j++;
			/* the space poppler wrote between the mark's run and the
			 * word's goes to the end with the marks (collapsed there) */
			if (j + 1 < e && v[j] == ' ' && pm_rtl_char(v[j + 1]))
				j++;
			if (j < e && pm_rtl_char(v[j]) && !mark(v[j])) {
				int32_t marks[5];
				size_t m = j - i;
				memcpy(marks, v + i, m * sizeof *v);
				memmove(v + i, v + j, (e - j) * sizeof *v);
				memcpy(v + e - m, marks, m * sizeof *v);
			}
		}
		for (k = i; k < e; k++) {
			if (quote_mark(v[k]) && !inner_quote(v, k, i, e))
				open = !open;
			gopen += v[k] == 0xAB ? 1 : v[k] == 0xBB ? -1 : 0;
		}
		if (e >= n || v[e] == PM_MARK_BREAK) {
			open = false;
			gopen = 0;
		}
		i = e + 1;
	}
}

char *pm_rtl_closing_marks(const char *text)
{
	int32_t *v;
	size_t n;
	if (!text)
		return NULL;
	/* only text holding a right-to-left letter (Hebrew to N'Ko: lead
	 * bytes 0xD6 to 0xDF) */
	for (v = NULL, n = 0; text[n]; n++)
		if ((unsigned char)text[n] >= 0xD6 && (unsigned char)text[n] <= 0xDF)
			break;
	if (!text[n])
		return NULL;
	v = decode_all(text, &n);
	if (!v)
		return NULL;
	rtl_closing_quote_first(v, n);
	return changed_text(v, n, text);
}

/* Convention pdf.rtl_neutrals.opening_guillemet: Arabic and Persian
 * quote with guillemets that open with « and close with » (as French
 * does), and a « between two right-to-left words is a right-to-left
 * neutral (UAX #9 N1): drawn at the right of the word it opens, it is
 * read first, in its place, when a wrapped line starts with it
 * ("«مسار» لحجز …"). It is no closing mark of the line put at its start
 * when the block's guillemets before it are paired (no quotation open)
 * and a » closes it later in the block, before another «; the same
 * mark closing a »…« quotation has an open » before it. v[i] is the
 * mark, at a line's start. */
static bool opening_guillemet(const int32_t *v, size_t n, size_t i)
{
	size_t k, s = i;
	long open = 0;
	if (v[i] != 0xAB)
		return false;
	while (s > 0 && v[s - 1] != PM_MARK_BREAK)
		s--;
	for (k = s; k < i; k++)
		open += v[k] == 0xAB ? 1 : v[k] == 0xBB ? -1 : 0;
	if (open)
		return false;
	for (k = i + 1; k < n && v[k] != PM_MARK_BREAK; k++) {
		if (v[k] == 0xAB)
			return false;
		if (v[k] == 0xBB)
			return true;
	}
	return false;
}

char *pm_arabic_fix_order(const char *text, bool marks_early)
{
	int32_t *v;
	size_t n, i;
	if (!text)
		return NULL;
	v = decode_all(text, &n);
	if (!v)
		return NULL;
	/* marks one letter too early: move each after the letter that
	 * follows it; only where the document's own marks show it
	 * (pdf.rtl_marks.evidence) */
	for (i = 0; marks_early && i + 1 < n; i++) {
		if (mark(v[i]) && arabic_letter(v[i + 1])) {
			int32_t m = v[i];
			v[i] = v[i + 1];
			v[i + 1] = m;
			i++;
		}
	}
	/* Convention pdf.rtl_neutrals: a line's closing punctuation, put at
	 * its start: move it to the line's end (before the next line marker,
	 * or the end); the same in every right-to-left script */
	for (i = 0; i < n; i++) {
		if (i == 0 || v[i - 1] == PM_MARK_WRAP || v[i - 1] == PM_MARK_BREAK) {
			size_t j = i, e, k, np;
			int32_t punct[8];
			/* "ُ.يذكر": the first letter's mark put before the
			 * punctuation, one glyph too early like the marks above:
			 * it goes after that letter */
			if (mark(v[i])) {
				int32_t m = v[i];
				while (j + 1 < n && neutral(v[j + 1]) && j - i < 8)
					j++;
				if (j == i || j + 1 >= n || !arabic_letter(v[j + 1])) {
					j = i;
				} else {
					memmove(v + i, v + i + 1, (j + 1 - i) * sizeof *v);
					v[j + 1] = m;
					j = i;
				}
			}
			while (j < n && neutral(v[j]) && j - i < 8)
				j++;
			/* pdf.rtl_neutrals.spaced: a closing mark put there with
			 * the space that follows it (": للاستفسارات", a heading's
			 * colon): the space goes to the end with it; so do the
			 * quotation's closing marks before it ("». طريقه": the
			 * guillemet and the full stop that close a quotation's
			 * last line; a mark followed by a space opens no word) */
			if (j > i && j - i < 7 && j + 1 < n && v[j] == ' ' && pm_rtl_char(v[j + 1])) {
				size_t k2;
				bool closing = true;
				for (k2 = i; k2 < j; k2++)
					closing = closing && (closing_neutral(v[k2]) || v[k2] == 0xBB || v[k2] == 0x201D);
				if (closing)
					j++;
			}
			if (j == i || j >= n || !pm_rtl_char(v[j]))
				continue;
			if (j == i + 1 && opening_guillemet(v, n, i))
				continue;
			np = j - i;
			memcpy(punct, v + i, np * sizeof *v);
			e = j;
			while (e < n && v[e] != PM_MARK_WRAP && v[e] != PM_MARK_BREAK)
				e++;
			for (k = i; k + np < e; k++)
				v[k] = v[k + np];
			for (k = 0; k < np; k++)
				v[e - np + k] = punct[k];
			i = e;
		}
	}
	/* "… عضويته 42. دولة": the line's full stop kept after the number, the
	 * last left-to-right run, instead of ending the line */
	for (i = 0; i < n; i++) {
		size_t e = i;
		if (!(i == 0 || v[i - 1] == PM_MARK_WRAP || v[i - 1] == PM_MARK_BREAK))
			continue;
		while (e < n && v[e] != PM_MARK_WRAP && v[e] != PM_MARK_BREAK)
			e++;
		if (e > i + 3 && arabic_letter(v[e - 1])) {
			size_t k = e, words = 0;
			/* back over at most three Arabic words */
			while (k > i && words <= 3) {
				while (k > i && (arabic_letter(v[k - 1]) || mark(v[k - 1])))
					k--;
				words++;
				if (k > i && v[k - 1] == ' ')
					k--;
				else
					break;
				if (k > i && v[k - 1] == '.' && k - 1 > i && pm_cp_is_digit(v[k - 2])) {
					size_t dot = k - 1, m;
					for (m = dot; m + 1 < e; m++)
						v[m] = v[m + 1];
					v[e - 1] = '.';
					break;
				}
			}
		}
		i = e;
	}
	rtl_edge_quotes(v, n);
	/* "اًل" cannot be: the fathatan ends a word. It was "لاً", the
	 * lam-alef glyph and its mark turned round. */
	for (i = 0; i + 2 < n; i++)
		if (alef(v[i]) && v[i + 1] == 0x064B && v[i + 2] == 0x0644) {
			int32_t a = v[i];
			v[i] = 0x0644;
			v[i + 1] = a;
			v[i + 2] = 0x064B;
		}
	/* "1445 هـ", "2024 م": the era letter the reordering cut off (the
	 * spaces dropped in one compacting pass) */
	if (n) {
		size_t w = 1;
		for (i = 1; i < n; i++) {
			if (i + 1 < n && pm_cp_is_digit(v[w - 1]) && (v[i] == ' ' || v[i] == PM_MARK_WRAP) &&
			    (v[i + 1] == 0x0647 || v[i + 1] == 0x0645) &&
			    (i + 2 >= n || v[i + 2] == 0x0640 || !arabic_letter(v[i + 2])))
				continue;
			v[w++] = v[i];
		}
		n = w;
	}
	/* "962+" -> "+962", "،5555" -> "5555،" */
	for (i = 0; i < n; i++) {
		if (pm_cp_is_digit(v[i]) && (i == 0 || !pm_cp_is_digit(v[i - 1]))) {
			size_t j = i;
			while (j < n && (pm_cp_is_digit(v[j]) || v[j] == ' ') && j - i < 20)
				j++;
			while (j > i && v[j - 1] == ' ')
				j--;
			if (j < n && v[j] == '+' && (j + 1 >= n || !pm_cp_is_digit(v[j + 1]))) {
				size_t k;
				for (k = j; k > i; k--)
					v[k] = v[k - 1];
				v[i] = '+';
			} else if (i > 0 && (v[i - 1] == 0x060C || v[i - 1] == 0x061B) &&
			           (i < 2 || v[i - 2] == ' ' || v[i - 2] == PM_MARK_WRAP)) {
				int32_t c = v[i - 1];
				size_t k;
				for (k = i - 1; k + 1 < j; k++)
					v[k] = v[k + 1];
				v[j - 1] = c;
			}
			i = j;
		}
	}
	return changed_text(v, n, text);
}

/* Convention pdf.rtl_cut_month: a month name cut in two by a justified
 * line's widened letter gaps ("أيل ول", "نيس ان") whose pieces the
 * dictionary happens to know each: two pieces written together that are
 * a month name of the lexicon's [months] are one word, as no two Arabic
 * words run together into a month's name; the date readers then find
 * the date of a dateline or a release line. */
static bool month_name(const char *w, size_t n)
{
	pm_lex_query q = {PM_LEX_MONTHS, pm_lex_langs_of("ar"), 0, 0, 0};
	return pm_lex_word(&q, w, n, NULL);
}

/* "احتيا جاتها": two pieces neither of which is a word, whose whole is. */
static char *join_cut_words(pm_lingua *lingua, const char *text, bool *changed)
{
	pm_buf b;
	const char *p = text;
	pm_buf_init(&b);
	while (*p) {
		const char *sp = strchr(p, ' ');
		if (sp && sp > p && sp[1]) {
			const char *w2 = sp + 1, *e2 = strchr(w2, ' ');
			size_t l1 = (size_t)(sp - p), l2 = e2 ? (size_t)(e2 - w2) : strlen(w2);
			int32_t last = -1, first = -1;
			pm_utf8_decode((const unsigned char *)w2, l2, &first);
			{
				const unsigned char *q = (const unsigned char *)sp - 1;
				while (q > (const unsigned char *)p && (*q & 0xC0) == 0x80)
					q--;
				pm_utf8_decode(q, (size_t)((const unsigned char *)sp - q), &last);
			}
			if (arabic_letter(last) && arabic_letter(first) && l1 < 120 && l2 < 120) {
				char a[128], c[128], j[256];
				memcpy(a, p, l1);
				a[l1] = '\0';
				memcpy(c, w2, l2);
				c[l2] = '\0';
				memcpy(j, a, l1);
				memcpy(j + l1, c, l2 + 1);
				/* one piece at least unknown, the whole known */
				if (month_name(j, l1 + l2) ||
				    ((pm_spell(lingua, "ar", a) == 0 || pm_spell(lingua, "ar", c) == 0) &&
				     (pm_spell(lingua, "ar", j) == 1 || repair_word(lingua, j, l1 + l2)))) {
					pm_buf_adds(&b, j);
					*changed = true;
					p = w2 + l2;
					continue;
				}
			}
		}
		if (sp) {
			pm_buf_add(&b, p, (size_t)(sp - p) + 1);
			p = sp + 1;
		} else {
			pm_buf_adds(&b, p);
			break;
		}
	}
	return pm_buf_steal(&b);
}

char *pm_arabic_repair(pm_lingua *lingua, const char *text)
{
	char *out;
	size_t i = 0, n;
	bool changed = false;
	if (!text)
		return NULL;
	out = pm_strdup(text);
	if (!out)
		return NULL;
	n = strlen(out);
	while (i < n) {
		size_t st = i;
		/* an Arabic word: its letters and marks (not the Arabic comma,
		 * semicolon, question mark or digits) */
		for (;;) {
			int32_t c;
			size_t l;
			if (i >= n)
				break;
			l = pm_utf8_decode((const unsigned char *)out + i, n - i, &c);
			if (!((c >= 0x0621 && c <= 0x065F) || c == 0x0670 || (c >= 0x0671 && c <= 0x06D3)))
				break;
			i += l;
		}
		if (i > st) {
			if (repair_word(lingua, out + st, i - st))
				changed = true;
		} else {
			i++;
		}
	}
	{
		char *j = join_cut_words(lingua, out, &changed);
		if (j) {
			free(out);
			out = j;
		}
	}
	if (!changed) {
		free(out);
		return NULL;
	}
	return out;
}

/* ---- the document's visual-order text ---------------------------------- */

/* How many words of after are not words of before (as multisets): what
 * a repair of a block changed, counted the same way for every repair. */
static unsigned long words_changed(const char *before, const char *after)
{
	pm_strmap m = {0};
	unsigned long changed = 0;
	const char *p;
	for (int pass = 0; pass < 2; pass++) {
		for (p = pass ? after : before; *p;) {
			size_t l = 0, *c;
			while (*p == ' ' || *p == '\n' || *p == PM_MARK_WRAP || *p == '\t')
				p++;
			while (p[l] && p[l] != ' ' && p[l] != '\n' && p[l] != PM_MARK_WRAP && p[l] != '\t')
				l++;
			if (!l)
				break;
			if (!pass) {
				if ((c = pm_strmap_add(&m, p, l)))
					(*c)++;
			} else if ((c = pm_strmap_get(&m, p, l)) && *c) {
				(*c)--;
			} else {
				changed++;
			}
			p += l;
		}
	}
	pm_strmap_free(&m);
	return changed;
}

/* Replace a block's text by a repair's result (NULL: nothing changed) and
 * count the words it changed under the repair's name. */
static void take_repair(pm_doc *d, char **text, char *r, const char *name)
{
	if (!r)
		return;
	pm_doc_repaired(d, name, words_changed(*text, r));
	free(*text);
	*text = r;
}

/* Arabic that a reader's bidi reordering damaged (arabic.c), step one, on
 * the raw text with its line markers: the evidence, then the repairs that
 * need no dictionary. Only text a plugin put in order from glyph
 * positions (PM_BF_VISUAL_ORDER) is looked at; DOCX and plain text store
 * the logical order and are never repaired. The repair needs strong
 * evidence (PM_ARABIC_MIN_SIGNS signs of the damage, which no correct
 * writing shows); the dictionary step needs, besides, text in Arabic
 * itself, not in another language written in the Arabic script. */
void pm_arabic_order_signs(pm_doc *d)
{
	size_t i;
	pm_arabic_stats st;
	bool marks_early;
	memset(&st, 0, sizeof st);
	for (i = 0; i < d->nblocks; i++)
		if ((d->blocks[i].flags & PM_BF_VISUAL_ORDER) && d->blocks[i].text)
			pm_arabic_scan(d->blocks[i].text, &st);
	/* the lam-alef pairs the plugin turned back from the glyphs' boxes
	 * and ink (pdf.rtl_ligature_split) were signs of the same reversal
	 * before it did: they count as the alef pairs they left */
	for (i = 0; i < d->nrepairs; i++)
		if (!strcmp(d->repairs[i].name, "rtl_ligature"))
			st.alef_pairs += d->repairs[i].count;
	d->arabic = st;
	d->arabic_damaged = pm_arabic_damaged(&st);
	/* Convention pdf.rtl_marks.evidence: whether the combining marks
	 * (fatha to sukun, U+064B-0652) were read one letter early is the
	 * producer's doing, not the reordering's: a producer that draws a
	 * mark's glyph before its letter's has it read first, one that draws
	 * it after keeps the logical order, and both show the other signs
	 * (lam-alef pairs turned round, a line's full stop first). A mark
	 * read early never ends a word (its letter follows it), so marks
	 * closing words after their letter ("منزلاً", "كتابٌ"), more of them
	 * than marks opening a word (which never follows a space), prove the
	 * logical order: the marks stay as read. Without them the marks go
	 * on moving, as every producer seen so far that leaves no word-final
	 * mark (Chromium: "مكانًا" for "مكاناً") draws them early. */
	marks_early = st.marks_first >= st.marks_last;
	for (i = 0; i < d->nblocks; i++) {
		if (!(d->blocks[i].flags & PM_BF_VISUAL_ORDER))
			continue;
		/* pdf.rtl_neutrals.without_damage: where the damage is shown,
		 * the order repairs move every mark that opens a line already */
		if (d->arabic_damaged)
			take_repair(d, &d->blocks[i].text, pm_arabic_fix_order(d->blocks[i].text, marks_early),
			            "arabic_order");
		else
			take_repair(d, &d->blocks[i].text, pm_rtl_closing_marks(d->blocks[i].text), "rtl_marks");
	}
}

/* Step two, on finished text: lam-alef pairs turned round and words cut
 * in two, repaired where the Arabic dictionary agrees. */
void pm_arabic_order_dictionary(pm_doc *d, pm_lingua *lingua)
{
	size_t i;
	if (!d->arabic_damaged || !pm_arabic_language(&d->arabic))
		return;
	d->arabic_dictionary = pm_arabic_dictionary_fits(lingua, d->blocks, d->nblocks, &d->arabic);
	for (i = 0; d->arabic_dictionary && i < d->nblocks; i++)
		if (d->blocks[i].flags & PM_BF_VISUAL_ORDER)
			take_repair(d, &d->blocks[i].text, pm_arabic_repair(lingua, d->blocks[i].text),
			            "arabic_order");
}
