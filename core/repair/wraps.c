/*
 * wraps.c - line wraps, resolved with the whole document as evidence: a
 * wrap becomes a space, a hyphen at one is joined or kept by the rule of
 * hyphen.c, fed with how often the document writes the joined and the
 * hyphenated form elsewhere and with what it shows of its hyphenation;
 * every block's text is cleaned (RECORD.md) on the way. The same evidence
 * decides a word that a paragraph break cut (runon.c). Run by repair.c.
 */
#include "repair.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A counter of words, to learn from the document itself how it writes a
 * word that a line end split. */
typedef pm_strmap wordset;

static void ws_add(wordset *w, const char *s, size_t n)
{
	size_t *c;
	if (n == 0 || n > 64)
		return;
	c = pm_strmap_add(w, s, n);
	if (c)
		(*c)++;
}

static unsigned ws_get(const wordset *w, const char *s)
{
	size_t *c = pm_strmap_get(w, s, strlen(s));
	return c ? (unsigned)*c : 0;
}

static bool word_byte(const char *p)
{
	unsigned char c = (unsigned char)*p;
	return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') ||
	       c == '-';
}

static int32_t cp_at(const char *s, const char *end)
{
	int32_t c = -1;
	if (s < end)
		pm_utf8_decode((const unsigned char *)s, (size_t)(end - s), &c);
	return c;
}

/* The bytes of the Hangul syllable at s (3 in UTF-8), 0 if none. */
static size_t hangul_at(const char *s, const char *end)
{
	return end - s >= 3 && pm_cp_is_hangul(cp_at(s, end)) ? 3 : 0;
}

/* wrap.hangul_in_word: the Hangul run of a word (the syllables after
 * what opens it, a quotation mark or a bracket, up to the first other
 * character: "「바다쓰레기」" gives "바다쓰레기"), counted whole and by its
 * prefixes of two syllables or more. */
static void collect_hangul(pm_wraps *h, const char *s, const char *e)
{
	const char *q;
	size_t *c;
	if ((unsigned char)*s < 0x80)
		return; /* a Latin word, a figure or a hyphen first: most words, at no cost */
	while (s < e && !hangul_at(s, e)) {
		int32_t k = cp_at(s, e);
		if (pm_cp_is_letter(k) || pm_cp_is_digit(k))
			return; /* a word of another script, or a figure, first */
		s++;
		while (s < e && ((unsigned char)*s & 0xC0) == 0x80)
			s++;
	}
	for (q = s; q < e && hangul_at(q, e); q += 3)
		if (q > s && (c = pm_strmap_add(&h->hangul_prefixes, s, (size_t)(q + 3 - s))))
			(*c)++;
	if (q > s && (c = pm_strmap_add(&h->hangul_words, s, (size_t)(q - s))))
		(*c)++;
}

/* Count every word (lower-cased ASCII-insensitively is not needed: the
 * split forms are compared as written) outside line wraps; h, when
 * given, collects their Hangul runs, from words on neither side of a
 * wrap. */
static void collect_words(wordset *w, pm_wraps *h, const char *t)
{
	const char *p = t, *start;
	while (*p) {
		while (*p && !word_byte(p))
			p++;
		start = p;
		while (*p && word_byte(p))
			p++;
		if (p > start) {
			const char *e = p;
			while (e > start && e[-1] == '-')
				e--;
			if (*p != PM_MARK_WRAP) {
				ws_add(w, start, (size_t)(e - start));
				if (h && (start == t || start[-1] != PM_MARK_WRAP))
					collect_hangul(h, start, e);
			}
		}
	}
}

/* The words counted, from the texts as pm_wraps_begin saw them. */
static wordset *counted_words(pm_wraps *w)
{
	const char *p, *end;
	if (w->counted)
		return &w->words;
	w->counted = true;
	for (p = w->pending.data, end = p + w->pending.len; p && p < end; p += strlen(p) + 1)
		collect_words(&w->words, w, p);
	pm_buf_free(&w->pending);
	return &w->words;
}

/* The word (letters and inner hyphens) ending at end, within [s, end). */
static const char *word_start(const char *s, const char *end)
{
	const char *p = end;
	while (p > s && word_byte(p - 1))
		p--;
	return p;
}

static char *lower_copy(const char *s, size_t n)
{
	char *r = pm_strndup(s, n), *f;
	if (!r)
		return NULL;
	f = pm_text_fold(r);
	free(r);
	return f;
}

/* What the document shows of its hyphenation: counted over every split
 * before any is resolved (see hyphen.c, rule 3). */
typedef struct hyph_doc {
	bool counting;
	unsigned proofs;   /* splits that prove typesetter hyphenation */
	unsigned long joins; /* words joined (not while counting) */
	unsigned hangul_joins; /* wrap.hangul_in_word: wraps the words prove inside a word */
	bool hangul_anywhere;  /* the lines break between any two syllables */
} hyph_doc;

static bool prefix_keeps_hyphen(const char *left, const char *lang)
{
	return pm_hyphen_join(NULL, left, "x", 0, 0, lang) == 0;
}

/* The join rule with the document as evidence (README, "Repairs"): the
 * verdict of pm_hyphen_decide() stands when the document decided it (the
 * joined or hyphenated form written elsewhere) or when the split itself
 * proves typesetter hyphenation; a dictionary word alone joins only in a
 * document that shows such hyphenation elsewhere, and so does an
 * undecided split (unless its left part is a prefix that keeps its
 * hyphen). 1 join, 0 keep. */
static int hyphen_verdict(int d, bool strong, unsigned proofs, const char *left, const char *lang)
{
	if (d == 1 && !strong && !proofs)
		return 0; /* a dictionary word, but this document does not hyphenate */
	if (d < 0)
		return proofs && !prefix_keeps_hyphen(left, lang);
	return d;
}

/* Characters of the scripts written without spaces between words:
 * Han ideographs, kana, the CJK punctuation and full-width forms. */
static bool cjk_cp(int32_t c)
{
	return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFF61 && c <= 0xFF9F);
}

/* Convention wrap.cjk: Chinese and Japanese put no space between words,
 * and a line break in their text is never a space: a line wrapped
 * between two of their characters joins with none ("にお" / "いて" is
 * "において"), and so does one with such a character on one side in a
 * document written in them ("決定！" / "WebRTC"). Elsewhere a Latin word
 * or a digit beside the wrap still gets a space (a Japanese name quoted
 * in English text). t[0..n) is the text before the wrap, next what
 * follows it, lang the document's language or NULL. */
static bool cjk_wrap(const char *t, size_t n, const char *next, const char *lang)
{
	const unsigned char *q = (const unsigned char *)t + n;
	int32_t before = -1, after = -1;
	bool cjk_doc = lang && (!strcmp(lang, "ja") || !strcmp(lang, "zh"));
	while (q > (const unsigned char *)t && (q[-1] & 0xC0) == 0x80)
		q--;
	if (q > (const unsigned char *)t)
		q--;
	pm_utf8_decode(q, (size_t)((const unsigned char *)t + n - q), &before);
	pm_utf8_decode((const unsigned char *)next, strnlen(next, 4), &after);
	if (cjk_cp(before) && cjk_cp(after))
		return true;
	/* wrap.thai: Thai writes no spaces between words either, and its
	 * lines break between words (a space there parts two clauses, which
	 * a line that breaks at it loses: rarer than a word's end) */
	if (before >= 0x0E01 && before <= 0x0E5B && after >= 0x0E01 && after <= 0x0E5B)
		return true;
	return cjk_doc && (cjk_cp(before) || cjk_cp(after));
}

/* A Han ideograph, a kana or the iteration mark 々: a letter of the
 * scripts written without spaces, not their punctuation. */
static bool cjk_letter_cp(int32_t c)
{
	return c == 0x3005 || (c >= 0x3041 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) ||
	       (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

/* A line's length in the three measures a wrapping tool may count:
 * bytes, code points, and columns (two for a wide character). */
typedef struct line_len {
	size_t bytes, cps, cols;
} line_len;

static line_len measure_line(const char *s, const char *e)
{
	line_len m = {(size_t)(e - s), 0, 0};
	while (s < e) {
		int32_t c = -1;
		size_t l = pm_utf8_decode((const unsigned char *)s, (size_t)(e - s), &c);
		if (!l)
			l = 1;
		m.cps++;
		m.cols += cjk_cp(c) || pm_cp_is_hangul(c) ? 2 : 1;
		s += l;
	}
	return m;
}

/* Convention wrap.cjk_space_kept: plain text wrapped by a tool that
 * breaks lines only at spaces (as e-mail programs and text exporters
 * do) breaks Japanese or Chinese text only where it had a space, between
 * a family and a given name ("高橋" / "美咲…" is "高橋 美咲"), and leaves
 * the line short when the run after the space is long; a tool that
 * breaks between any two characters fills every line to its width. So
 * a wrap between two of their letters (Han, kana: inside a name; a
 * line broken after a full-width comma or stop, by hand or by a tool,
 * lost no space, and a Latin word beside the wrap is left to wrap.cjk)
 * after a line shorter, in bytes, code points and columns alike
 * (whatever the tool counted), than the line after it by more than two characters (what moving a closing
 * mark off a line's start costs, kinsoku) was a space: it is kept. s..e
 * the line before the wrap, after the wrap's next line. */
static bool cjk_space_wrap(const char *s, const char *e, const char *after)
{
	const char *ae = after;
	line_len a, b;
	int32_t before = -1, next = -1;
	const char *q = e;
	while (q > s && ((unsigned char)q[-1] & 0xC0) == 0x80)
		q--;
	if (q > s)
		q--;
	pm_utf8_decode((const unsigned char *)q, (size_t)(e - q), &before);
	pm_utf8_decode((const unsigned char *)after, strnlen(after, 4), &next);
	if (!cjk_letter_cp(before) || !cjk_letter_cp(next))
		return false;
	while (*ae && *ae != PM_MARK_WRAP && *ae != PM_MARK_BREAK)
		ae++;
	a = measure_line(s, e);
	b = measure_line(after, ae);
	return b.bytes > a.bytes + 6 && b.cps > a.cps + 2 && b.cols > a.cols + 4;
}

/* Convention wrap.hangul_in_word: Korean puts spaces between its words,
 * but browsers and word processors break its lines between any two
 * syllables, inside a word as well as at a space ("'바다쓰레" / "기
 * 수거함'", "계획" / "이다."), and a text layer keeps no trace of the
 * space a break took. The PDF layout joins such wraps where its ragged
 * lines show the typesetter (pdf.hangul_wrap_anywhere); justified lines
 * show nothing, and the document's own words (outside line wraps) decide,
 * as they do for a hyphen: the last syllables of the line and the first
 * of the next written together as the start of a word elsewhere
 * ("바다쓰레기", "도서" of "도서관") are one word, unless both pieces are
 * words of their own elsewhere; so are those whose next line opens with
 * an ending that never stands alone ([hangul_endings]) right before a
 * stop, a comma or a closing mark ("계획이" / "다."). Where two wraps are
 * so proved, the typesetter breaks anywhere, and every wrap between two
 * syllables is inside a word unless a piece is a word of its own
 * elsewhere ("개발하고" / "있다", with "수 있다." in the text). t[0..n)
 * the text before the wrap, next what follows it; true: no space.
 * Counts the proved wraps while counting. */
static bool hangul_wrap(const pm_wraps *h, const char *t, size_t n, const char *next, hyph_doc *hd)
{
	const char *e = t + n, *l = e, *ne = next + strnlen(next, 256), *r = next;
	pm_buf lr;
	bool whole_l, whole_r, proved;
	if (!h->hangul_prefixes.n || !hangul_at(next, ne))
		return false;
	while (l - t >= 3 && hangul_at(l - 3, e))
		l -= 3;
	if (l == e)
		return false;
	while (hangul_at(r, ne))
		r += 3;
	pm_buf_init(&lr);
	pm_buf_add(&lr, l, (size_t)(e - l));
	pm_buf_add(&lr, next, 3);
	proved = lr.data && pm_strmap_get(&h->hangul_prefixes, lr.data, lr.len);
	pm_buf_free(&lr);
	if (!proved) {
		/* an ending that never stands alone, before a stop, a comma
		 * or a closing mark ([hangul_endings]: "다.", "으로,") */
		pm_lex_query q = {PM_LEX_HANGUL_ENDINGS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		int32_t after = cp_at(r, ne);
		proved = (after < 0 || (after != ' ' && after != PM_MARK_WRAP && after != PM_MARK_BREAK &&
		                        !pm_cp_is_letter(after) && !pm_cp_is_digit(after))) &&
		         pm_lex_word(&q, next, (size_t)(r - next), NULL);
	}
	whole_l = pm_strmap_get(&h->hangul_words, l, (size_t)(e - l)) != NULL;
	whole_r = pm_strmap_get(&h->hangul_words, next, (size_t)(r - next)) != NULL;
	if (proved && !(whole_l && whole_r)) {
		if (hd->counting)
			hd->hangul_joins++;
		return true;
	}
	return hd->hangul_anywhere && !whole_l && !whole_r;
}

/* ---- wrap.address_split ------------------------------------------------ */

static bool host_char(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '-';
}

/* A host name whole: labels joined by dots, the last (the top-level
 * domain) two letters or more. [s, e) */
static bool whole_host(const char *s, const char *e)
{
	const char *dot = NULL, *p;
	for (p = s; p < e; p++) {
		if (!host_char((unsigned char)*p))
			return false;
		if (*p == '.')
			dot = p;
	}
	if (!dot || dot == s || e - dot < 3)
		return false;
	for (p = dot + 1; p < e; p++)
		if (!isalpha((unsigned char)*p))
			return false;
	return true;
}

/* The end of the token at s (up to a space, a mark or the text's end),
 * then *core the end without the punctuation that closes a sentence or a
 * parenthesis after an address. */
static const char *token_end(const char *s, const char **core)
{
	const char *e = s, *c;
	while (*e && *e != ' ' && *e != PM_MARK_WRAP && *e != PM_MARK_BREAK)
		e++;
	c = e;
	while (c > s && strchr(".,;:)]>!?'\"", c[-1]))
		c--;
	*core = c;
	return e;
}

/* A URL's opening: a scheme and "//", or "www." */
static bool url_opening(const char *s, const char *e)
{
	size_t n = (size_t)(e - s);
	return (n >= 8 && !strncasecmp(s, "https://", 8)) || (n >= 7 && !strncasecmp(s, "http://", 7)) ||
	       (n >= 4 && !strncasecmp(s, "www.", 4));
}

/* Convention wrap.address_split: an e-mail address or a web address is
 * one token, and a line that ends inside one (a narrow column or a long
 * address: word processors and browsers break it at its '@', a dot, a
 * slash or its own hyphen) lost no space there. The text before the wrap
 * ends with part of an address that is not whole, and what follows the
 * wrap finishes it:
 *   - "tilda.marsh@" / "harwick.example", "tilda.marsh@harwick." /
 *     "example", "presse@nord-" / "licht.example": the part holds the '@'
 *     and its domain has no dot yet (its own hyphen kept);
 *   - "tilda." / "marsh@harwick.example", "tilda_" / "marsh@…": the local
 *     part cut after a dot, an underscore or a hyphen, the next line
 *     holding the '@' and a host name after it (a word of the language,
 *     a capitalised name or a year that ends a sentence before an
 *     address opening the next is none: "us." / "info@…", "2025." /
 *     "info@…" keep their space);
 *   - "www.harwick." / "example/news", "https://harwick.example/news/" /
 *     "cider-press": a URL whose host has no dot after "www." yet, or that
 *     ends with a character that never ends one ('/', '-', '_', '=', '&',
 *     '?') and goes on with a path's characters (a slash, a dot, a
 *     hyphen, an underscore, a digit, '=', '?'): a plain word after a
 *     URL's final slash ("…/" / "and") is the sentence's, and keeps its
 *     space.
 * A whole address at a line end ("press@harwick.example" / "or call")
 * is never joined. t[0..n) the text before the wrap, its spaces trimmed;
 * next what follows the wrap. true: no space (any hyphen kept). */
static bool address_wrap(pm_lingua *lingua, const char *lang, const char *t, size_t n, const char *next)
{
	const char *e, *s, *at = NULL, *p, *rc, *rat = NULL;
	unsigned char last;
	if (!n || !*next || *next == ' ')
		return false;
	e = t + n; /* after the test: an empty text may come without a buffer */
	s = e;
	while (s > t && s[-1] != ' ' && s[-1] != PM_MARK_BREAK && s[-1] != PM_MARK_WRAP)
		s--;
	while (s < e && strchr("([<\"'", *s))
		s++;
	if (e - s < 2)
		return false;
	last = (unsigned char)e[-1];
	token_end(next, &rc);
	if (rc <= next || !isalnum((unsigned char)*next))
		return false;
	for (p = next; p < rc; p++)
		if (*p == '@')
			rat = p;
	for (p = s; p < e; p++)
		if (*p == '@')
			at = p;
	if (url_opening(s, e)) {
		const char *host = !strncasecmp(s, "www.", 4) ? s + 4 : strstr(s, "//") + 2, *slash;
		bool dotted = false;
		for (slash = host; slash < e && *slash != '/'; slash++)
			dotted |= *slash == '.' && slash + 1 < e && slash[1] != '/';
		if (slash == e && !dotted) /* the host cut before its top-level domain */
			return islower((unsigned char)*next) || isdigit((unsigned char)*next);
		if (strchr("/-_=&?", (char)last)) {
			for (p = next; p < rc; p++)
				if (strchr("/.-_=?&%#", *p) || isdigit((unsigned char)*p))
					return true;
		}
		return false;
	}
	if (at) {
		/* the part holds the '@': its local part whole, its domain
		 * without a dot yet */
		if (at == s || rat)
			return false;
		for (p = s; p < at; p++)
			if (!nz_email_char((unsigned char)*p))
				return false;
		for (p = at + 1; p < e; p++)
			if (!host_char((unsigned char)*p) || (*p == '.' && p + 1 < e))
				return false;
		if (last == '.')
			return whole_host(next, rc) ||
			       (rc - next >= 2 && strspn(next, "abcdefghijklmnopqrstuvwxyz") >= (size_t)(rc - next));
		return whole_host(next, rc);
	}
	if (rat && (last == '.' || last == '_' || last == '-')) {
		char *word;
		int known = 0;
		bool letters = false;
		/* a local part's piece: letters in it, none a capital (a name
		 * or a year that ends a sentence is no part of an address) */
		for (p = s; p < e; p++) {
			if (!nz_email_char((unsigned char)*p) || isupper((unsigned char)*p))
				return false;
			letters |= islower((unsigned char)*p) != 0;
		}
		if (!letters)
			return false;
		for (p = next; p < rat; p++)
			if (!nz_email_char((unsigned char)*p))
				return false;
		if (rat == next || rat + 1 == rc)
			return false;
		for (p = rat + 1; p < rc; p++)
			if (!host_char((unsigned char)*p))
				return false;
		if (last == '.' && lang && (word = pm_strndup(s, (size_t)(e - 1 - s))) != NULL) {
			known = pm_spell(lingua, lang, word) == 1;
			free(word);
		}
		return !known;
	}
	return false;
}

static char *resolve_wraps(pm_lingua *lingua, const char *t, const pm_wraps *h, const char *lang,
                           hyph_doc *hd, bool plain)
{
	pm_buf b;
	const char *p, *line = t;
	const wordset *w = &h->words;
	pm_buf_init(&b);
	for (p = t; *p; p++) {
		if (*p != PM_MARK_WRAP) {
			if (*p == PM_MARK_BREAK)
				line = p + 1;
			pm_buf_addc(&b, *p);
			continue;
		}
		{
			const char *ls = line;
			line = p + 1;
			if (plain && b.len && p[1] && p[1] != ' ' && p[1] != PM_MARK_BREAK &&
			    cjk_wrap(b.data, b.len, p + 1, lang) && cjk_space_wrap(ls, p, p + 1)) {
				while (b.len && b.data[b.len - 1] == ' ')
					b.len--;
				pm_buf_addc(&b, ' ');
				continue;
			}
		}
		/* Trim spaces before the wrap. */
		while (b.len && b.data[b.len - 1] == ' ')
			b.len--;
		/* A soft hyphen where the line broke: the typesetter split the
		 * word there, so it is one word, and proof of hyphenation. */
		if (b.len >= 2 && (unsigned char)b.data[b.len - 2] == 0xC2 &&
		    (unsigned char)b.data[b.len - 1] == 0xAD) {
			const char *r = p + 1;
			b.len -= 2;
			b.data[b.len] = '\0';
			if (hd->counting)
				hd->proofs++;
			else
				hd->joins++;
			while (*r == ' ')
				r++;
			p = r - 1;
			continue;
		}
		/* wrap.address_split: inside an address, no space, and its own
		 * hyphen kept */
		{
			const char *r = p + 1;
			while (*r == ' ')
				r++;
			if (address_wrap(lingua, lang, b.data, b.len, r)) {
				p = r - 1;
				continue;
			}
		}
		/* Convention pdf.rtl_prefix_hyphen.maqaf: the Hebrew maqaf
		 * (U+05BE) joins what follows it with no space, a number after a
		 * prefix letter ("ב־" / "12 באוגוסט") or a compound's second
		 * part; a line may break after it, and the maqaf stays */
		if (b.len >= 2 && (unsigned char)b.data[b.len - 2] == 0xD6 && (unsigned char)b.data[b.len - 1] == 0xBE) {
			const char *r = p + 1;
			while (*r == ' ')
				r++;
			if (*r && *r != PM_MARK_BREAK && *r != PM_MARK_WRAP) {
				p = r - 1;
				continue;
			}
		}
		if (b.len >= 2 && b.data[b.len - 1] == '-') {
			const char *lw = word_start(b.data, b.data + b.len - 1);
			const char *r = p + 1, *re;
			int32_t c0 = -1, cl = -1;
			while (*r == ' ')
				r++;
			re = r;
			while (*re && word_byte(re) && *re != '-')
				re++;
			pm_utf8_decode((const unsigned char *)r, strnlen(r, 4), &c0);
			/* wrap.suspended_hyphen: "Tram-" / "und Busnetz": the
			 * conjunction is a word of its own, another word after it
			 * ("ready-" / "to-heat", "bitwise-" / "and," are none), or
			 * one with its stop ("bzw.") */
			if (re > r && lw < b.data + b.len - 1 &&
			    ((*re == ' ' && pm_hyphen_suspended(r, (size_t)(re - r), lang)) ||
			     (*re == '.' && re[1] == ' ' && pm_hyphen_suspended(r, (size_t)(re - r) + 1, lang)))) {
				pm_buf_addc(&b, ' ');
				p = r - 1;
				continue;
			}
			if (lw < b.data + b.len - 1) {
				const unsigned char *q = (const unsigned char *)b.data + b.len - 2;
				while (q > (const unsigned char *)b.data && (*q & 0xC0) == 0x80)
					q--;
				pm_utf8_decode(q, (size_t)((const unsigned char *)b.data + b.len - 1 - q), &cl);
			}
			if (pm_cp_is_letter(cl) && pm_cp_is_lower(c0) && re > r) {
				size_t ll = (size_t)(b.data + b.len - 1 - lw), rl = (size_t)(re - r);
				char *left = pm_strndup(lw, ll), *right = pm_strndup(r, rl);
				char *joined = NULL, *hyph = NULL;
				unsigned js = 0, hs = 0;
				if (left && right) {
					pm_buf jb, hb;
					pm_buf_init(&jb);
					pm_buf_init(&hb);
					pm_buf_adds(&jb, left);
					pm_buf_adds(&jb, right);
					pm_buf_printf(&hb, "%s-%s", left, right);
					joined = pm_buf_steal(&jb);
					hyph = pm_buf_steal(&hb);
					if (joined)
						js = ws_get(w, joined);
					if (hyph)
						hs = ws_get(w, hyph);
					if (joined && !js) {
						/* the joined form capitalised elsewhere */
						char *lj = lower_copy(joined, strlen(joined));
						if (lj)
							js = ws_get(w, lj);
						free(lj);
					}
				}
				if (left && right) {
					bool strong;
					int d = pm_hyphen_decide(lingua, left, right, js, hs, lang, &strong);
					/* wrap.hyphen_suffix, unless the document writes
					 * one form more often than the other */
					bool suffix = js == hs && pm_hyphen_suffix(right, lang);
					if (hd->counting) {
						hd->proofs += d == 1 && strong;
					} else if (suffix || hyphen_verdict(d, strong, hd->proofs, left, lang) == 1) {
						b.len--; /* drop the hyphen: one word */
						hd->joins++;
					}
				}
				free(left);
				free(right);
				free(joined);
				free(hyph);
				p = r - 1;
				continue;
			}
			p = r - 1;
			continue;
		}
		if (b.len && p[1] && p[1] != ' ' && p[1] != PM_MARK_BREAK && !cjk_wrap(b.data, b.len, p + 1, lang) &&
		    !hangul_wrap(h, b.data, b.len, p + 1, hd))
			pm_buf_addc(&b, ' ');
	}
	return pm_buf_steal(&b);
}

static char *finish_text(pm_lingua *lingua, char *t, const pm_wraps *w, const char *lang,
                         hyph_doc *hd, bool plain)
{
	char *r, *c;
	if (!t)
		return NULL;
	if (!strchr(t, PM_MARK_WRAP)) {
		/* nothing to resolve: cleaned from t itself, not from a copy */
		c = pm_text_clean(t, true);
		if (!c)
			return t;
		free(t);
		return c;
	}
	r = resolve_wraps(lingua, t, w, lang, hd, plain);
	if (!r)
		return t;
	c = pm_text_clean(r, true);
	free(r);
	if (!c)
		return t;
	free(t);
	return c;
}

/* The document's language, from a sample of its text, once: it chooses
 * the hunspell dictionary for line-end hyphens. */
static const char *doc_lang(pm_wraps *w, pm_doc *d, pm_lingua *lingua)
{
	pm_buf sample;
	size_t i;
	if (w->lang_done)
		return w->lang;
	w->lang_done = true;
	pm_buf_init(&sample);
	for (i = 0; i < d->nblocks && sample.len < 4000; i++)
		if (d->blocks[i].text) {
			pm_buf_adds(&sample, d->blocks[i].text);
			pm_buf_addc(&sample, ' ');
		}
	if (sample.data)
		w->lang = pm_lang_identify(lingua, sample.data, sample.len);
	pm_buf_free(&sample);
	return w->lang;
}

int pm_wraps_join(pm_wraps *w, pm_doc *d, pm_lingua *lingua, const char *left, const char *right)
{
	bool strong;
	size_t ll = strlen(left), rl = strlen(right);
	unsigned js = 0, hs = 0;
	pm_buf jb, hb;
	int v;
	pm_buf_init(&jb);
	pm_buf_init(&hb);
	pm_buf_add(&jb, left, ll);
	pm_buf_add(&jb, right, rl);
	pm_buf_add(&hb, left, ll);
	pm_buf_addc(&hb, '-');
	pm_buf_add(&hb, right, rl);
	if (jb.data && hb.data) {
		counted_words(w);
		js = ws_get(&w->words, jb.data);
		hs = ws_get(&w->words, hb.data);
		if (!js) {
			/* the joined form capitalised elsewhere */
			char *lj = lower_copy(jb.data, jb.len);
			if (lj)
				js = ws_get(&w->words, lj);
			free(lj);
		}
	}
	pm_buf_free(&jb);
	pm_buf_free(&hb);
	v = pm_hyphen_decide(lingua, left, right, js, hs, doc_lang(w, d, lingua), &strong);
	v = js == hs && pm_hyphen_suffix(right, doc_lang(w, d, lingua)) ? 1 : hyphen_verdict(v, strong, w->proofs, left, doc_lang(w, d, lingua));
	if (v == 1)
		pm_doc_repaired(d, "hyphen", 1);
	return v;
}


void pm_wraps_begin(pm_wraps *w, pm_doc *d, pm_lingua *lingua)
{
	size_t i, j;
	bool wraps = false, cell_wraps = false;
	memset(w, 0, sizeof *w);
	pm_buf_init(&w->pending);
	/* counting every word is a twentieth of a text conversion, and only
	 * a line wrap or a join across blocks reads the counts: the texts
	 * are kept for them instead (copied: the repairs rewrite them) */
	for (i = 0; i < d->nblocks; i++) {
		pm_block *b = &d->blocks[i];
		if (b->text) {
			pm_buf_add(&w->pending, b->text, strlen(b->text) + 1);
			if (strchr(b->text, PM_MARK_WRAP))
				wraps = true;
		}
		for (j = 0; j < b->ncells; j++)
			if (b->cells[j].text) {
				pm_buf_add(&w->pending, b->cells[j].text, strlen(b->cells[j].text) + 1);
				if (strchr(b->cells[j].text, PM_MARK_WRAP))
					cell_wraps = true;
			}
	}
	if (w->pending.failed) {
		/* no memory for the copy: count now, from the texts themselves */
		pm_buf_free(&w->pending);
		w->counted = true;
		for (i = 0; i < d->nblocks; i++) {
			pm_block *b = &d->blocks[i];
			if (b->text)
				collect_words(&w->words, w, b->text);
			for (j = 0; j < b->ncells; j++)
				if (b->cells[j].text)
					collect_words(&w->words, w, b->cells[j].text);
		}
	} else if (wraps || cell_wraps) {
		counted_words(w);
	}
	/* The dictionary is chosen by the text's language. */
	if (wraps)
		doc_lang(w, d, lingua);
}

/* Convention wrap.typesetter_hyphenates: TeX (pdfTeX, XeTeX, LuaTeX)
 * and groff hyphenate every paragraph by default, as word processors and
 * browsers do not; a PDF whose Producer or Creator property names one
 * ([hyphenating_producers]) shows the typesetter's hyphenation as surely
 * as a split the dictionary proves (hyphen.c, rule 3), which a short
 * release, or one in a language without a dictionary, may not hold: its
 * undecided splits join ("pre-" / "sidente", "fö-" / "remål"), while the
 * document's own words, the dictionary's compounds, a capital after the
 * hyphen and the prefixes that keep theirs still keep the real hyphens
 * ("cold-" / "water" where both halves are words). */
static bool typesetter_hyphenates(const pm_doc *d)
{
	static const char *const keys[] = {"producer", "creator"};
	pm_lex_query q = {PM_LEX_HYPHENATING_PRODUCERS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	size_t i;
	if (!d->format || strcmp(d->format, "pdf"))
		return false;
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const char *v = pm_doc_property(d, keys[i]);
		pm_lex_match m;
		if (v && pm_lex_find(&q, v, strlen(v), &m))
			return true;
	}
	return false;
}

void pm_wraps_resolve(pm_wraps *w, pm_doc *d, pm_lingua *lingua)
{
	hyph_doc hd = {false, 0, 0, 0, false};
	size_t i, j;
	/* the language was chosen only when lines wrap, and only text with
	 * wraps asks for it */
	const char *lang = w->lang_done ? w->lang : NULL;
	/* wrap.cjk_space_kept reads line lengths, which only plain text
	 * (and Markdown, read by the same plugin) counts in characters */
	bool plain = d->format && !strcmp(d->format, "txt");
	if (w->lang_done) {
		/* first count what the document shows of its hyphenation */
		hyph_doc count = {true, 0, 0, 0, false};
		for (i = 0; i < d->nblocks; i++) {
			pm_block *b = &d->blocks[i];
			if (b->text && strchr(b->text, PM_MARK_WRAP))
				free(resolve_wraps(lingua, b->text, w, lang, &count, plain));
		}
		hd.proofs = count.proofs + typesetter_hyphenates(d);
		/* wrap.hangul_in_word: two wraps the document's words prove
		 * inside a word show a typesetter that breaks Korean lines
		 * between any two syllables */
		hd.hangul_anywhere = count.hangul_joins >= 2;
	}
	w->proofs = hd.proofs;
	for (i = 0; i < d->nblocks; i++) {
		pm_block *b = &d->blocks[i];
		b->text = finish_text(lingua, b->text, w, lang, &hd, plain);
		for (j = 0; j < b->ncells; j++)
			b->cells[j].text = finish_text(lingua, b->cells[j].text, w, lang, &hd, plain);
	}
	pm_doc_repaired(d, "hyphen", hd.joins);
}

void pm_wraps_free(pm_wraps *w)
{
	pm_strmap_free(&w->words);
	pm_strmap_free(&w->hangul_words);
	pm_strmap_free(&w->hangul_prefixes);
	pm_buf_free(&w->pending);
	memset(w, 0, sizeof *w);
}
