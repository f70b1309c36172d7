/*
 * health.c - the text-layer health check of one PDF page (see health.h).
 * pdf.c feeds it every character of a page with its box; at the page's
 * end it guesses the language from stop words, looks the page's words up
 * in that language's hunspell dictionary, and counts what betrays a
 * damaged text layer. Each measure is a share, so the verdict does not
 * depend on the page's length.
 */
#include "health.h"

#include <glib.h>
#include <hunspell.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define HUNSPELL_DIR "/usr/share/hunspell"

/* ---- dictionaries, loaded once per process ---------------------------- */

/* Languages told apart by their commonest short words; the dictionary
 * names are Debian's hunspell-* packages (UTF-8 ones only). */
static const struct {
	const char *code, *dict;
	const char *const stop[16];
} langs[] = {
	{"en", "en_US", {"the", "and", "of", "to", "is", "for", "that", "with", "on", "are", "this", "was", "will", NULL}},
	{"fr", "fr_FR", {"le", "la", "les", "des", "et", "est", "une", "pour", "dans", "que", "du", "qui", "sur", "avec", NULL}},
	{"es", "es_ES", {"el", "los", "las", "del", "y", "que", "en", "para", "por", "una", "con", "es", "se", NULL}},
	{"de", "de_DE", {"der", "die", "das", "und", "ist", "nicht", "mit", "für", "von", "den", "ein", "eine", "auf", NULL}},
	{"pt", "pt_PT", {"os", "da", "das", "do", "dos", "e", "em", "para", "uma", "com", "não", "são", "ao", NULL}},
	/* languages told apart so as not to be taken for another one, looked
	 * up only where their dictionary is installed */
	{"it", "it_IT", {"il", "di", "che", "della", "per", "non", "sono", "gli", "nel", "alla", "dei", "anche", NULL}},
	{"nl", "nl_NL", {"de", "het", "een", "en", "van", "niet", "zijn", "voor", "met", "ook", "wordt", NULL}},
};
#define NLANGS (sizeof langs / sizeof langs[0])

static GMutex dict_lock;
static Hunhandle *dicts[NLANGS];
static bool tried[NLANGS];

/* The dictionary of language i, or NULL; call with dict_lock held. */
static Hunhandle *dictionary(size_t i)
{
	if (!tried[i]) {
		const char *dir = getenv("PRESSMILL_HUNSPELL_DIR");
		char aff[512], dic[512];
		tried[i] = true;
		if (!dir || !*dir)
			dir = HUNSPELL_DIR;
		snprintf(aff, sizeof aff, "%s/%s.aff", dir, langs[i].dict);
		snprintf(dic, sizeof dic, "%s/%s.dic", dir, langs[i].dict);
		if (access(aff, R_OK) == 0 && access(dic, R_OK) == 0) {
			dicts[i] = Hunspell_create(aff, dic);
			if (dicts[i] && strcmp(Hunspell_get_dic_encoding(dicts[i]), "UTF-8") != 0) {
				Hunspell_destroy(dicts[i]);
				dicts[i] = NULL;
			}
		}
	}
	return dicts[i];
}

/* The dictionary of one language, the caller's or health.c's own. */
typedef struct lookup {
	pdfh_spell_fn spell;
	void *user;
	size_t lang;
	Hunhandle *own;
} lookup;

/* 1 known, 0 unknown, -1 no dictionary. */
static int known(lookup *k, const char *word)
{
	if (k->spell)
		return k->spell(k->user, langs[k->lang].code, word);
	return k->own ? Hunspell_spell(k->own, word) != 0 : -1;
}

/* Open language i's dictionary; false when there is none. Own
 * dictionaries are used with dict_lock held. */
static bool open_lookup(lookup *k, size_t i)
{
	k->lang = i;
	if (k->spell)
		return k->spell(k->user, langs[i].code, "a") >= 0;
	k->own = dictionary(i);
	return k->own != NULL;
}

/* ---- reading ------------------------------------------------------------- */

void pdfh_begin(pdfh_page *h)
{
	size_t i, k, n;
	memset(h, 0, sizeof *h);
	for (i = 0; i < NLANGS; i++)
		for (k = 0; langs[i].stop[k]; k++)
			if ((n = strlen(langs[i].stop[k])) > h->stop_max)
				h->stop_max = n;
}

void pdfh_free(pdfh_page *h)
{
	free(h->buf);
	free(h->seen);
	h->buf = NULL;
	h->seen = NULL;
}

static void add_bytes(pdfh_page *h, const char *s, size_t n)
{
	if (h->oom)
		return;
	if (h->blen + n + 1 > h->bcap) {
		size_t nc = h->bcap ? h->bcap * 2 : 4096;
		char *nb;
		while (nc < h->blen + n + 1)
			nc *= 2;
		nb = realloc(h->buf, nc);
		if (!nb) {
			h->oom = true;
			return;
		}
		h->buf = nb;
		h->bcap = nc;
	}
	memcpy(h->buf + h->blen, s, n);
	h->blen += n;
}

static void close_word(pdfh_page *h)
{
	size_t i, k;
	const char *w;
	if (!h->open)
		return;
	h->open = false;
	add_bytes(h, "", 1);
	if (h->oom)
		return;
	w = h->buf + h->cur;
	if (h->letters) {
		/* stop words are lower case and start with an ASCII letter:
		 * one byte tells most of them apart before strcasecmp does,
		 * and strcasecmp folds ASCII only, so a word of more bytes
		 * than the longest stop word is none (most words of a page) */
		char first = *w >= 'A' && *w <= 'Z' ? (char)(*w - 'A' + 'a') : *w;
		h->words++;
		for (i = 0; i < NLANGS && h->blen - 1 - h->cur <= h->stop_max; i++)
			for (k = 0; langs[i].stop[k]; k++)
				if (langs[i].stop[k][0] == first && !strcasecmp(w, langs[i].stop[k])) {
					h->stop[i]++;
					break;
				}
	}
	if (h->nw < PDFH_MAX_WORDS) {
		h->w[h->nw].start = h->cur;
		h->w[h->nw].letters = h->letters;
		h->w[h->nw].hole = h->hole;
		h->w[h->nw].blank = h->blank;
		h->w[h->nw].line = h->line;
		h->w[h->nw].damaged = h->damaged;
		h->w[h->nw].glued = h->glued;
		h->nw++;
	} else {
		h->blen = h->cur; /* enough words to judge the page by */
	}
}

/* A glyph drawn again where the same glyph already is (fake bold, text
 * printed twice): keyed by the character and its position to a quarter
 * point. */
static bool seen_before(pdfh_page *h, uint32_t c, double x0, double y0)
{
	uint64_t key, slot;
	size_t i, mask;
	if (h->oom || !isfinite(x0) || !isfinite(y0) || fabs(x0) > 1e6 || fabs(y0) > 1e6)
		return false;
	key = ((uint64_t)c << 40) ^ ((uint64_t)(int64_t)llround(x0 * 4) << 20) ^ (uint64_t)(int64_t)llround(y0 * 4);
	key = key ? key : 1;
	if ((h->seen_n + 1) * 2 > h->seen_cap) {
		size_t nc = h->seen_cap ? h->seen_cap * 2 : 1024, j;
		uint64_t *ns = calloc(nc, sizeof *ns);
		if (!ns) {
			h->oom = true;
			return false;
		}
		for (j = 0; j < h->seen_cap; j++)
			if (h->seen[j]) {
				slot = (h->seen[j] * 0x9E3779B97F4A7C15ull) >> 17;
				for (i = slot & (nc - 1); ns[i]; i = (i + 1) & (nc - 1))
					;
				ns[i] = h->seen[j];
			}
		free(h->seen);
		h->seen = ns;
		h->seen_cap = nc;
	}
	mask = h->seen_cap - 1;
	slot = (key * 0x9E3779B97F4A7C15ull) >> 17;
	for (i = slot & mask; h->seen[i]; i = (i + 1) & mask)
		if (h->seen[i] == key)
			return true;
	h->seen[i] = key;
	h->seen_n++;
	return false;
}

static bool private_use(uint32_t c)
{
	return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

/* A control character is a glyph code the font gave no Unicode for,
 * passed through raw (a font whose codes are glyph numbers: its space
 * is code 2 or 3, its letters C1 controls). */
static bool control_code(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

void pdfh_glyph(pdfh_page *h, uint32_t c, double x0, double y0, double x1, double y1)
{
	char u[6];
	int n;
	double blank = 0;
	bool same_line = isfinite(x0) && isfinite(y0) && h->last_h > 0 && fabs(y0 - h->last_y0) < 0.3 * h->last_h;
	if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0) {
		if (h->prev != ' ' && h->prev != '\n')
			h->before_space = h->prev;
		if (h->open || h->prev != ' ')
			h->space_x0 = h->last_x1;
		h->closed_by_sign = false;
		close_word(h);
		if (c == '\n')
			h->line++;
		h->prev = c == '\n' ? '\n' : ' ';
		return;
	}
	if (!same_line && h->last_h > 0 && h->prev != '\n')
		h->line++;
	/* The blank a glyph without a Unicode mapping leaves (a ligature
	 * that poppler could not name): inside a word, or as a space wider
	 * than a space before the word. Only such words are looked for
	 * ligature holes, which keeps the look-ups few. */
	if (same_line)
		blank = (x0 - (h->open ? h->last_x1 : h->space_x0)) / h->last_h;
	h->glyphs++;
	if (c == 0xFFFD)
		h->replacement++;
	/* a lone one is a symbol font's bullet; inside a word it stands for
	 * a letter the font did not map */
	if (private_use(c) && (g_unichar_isalpha(h->prev) || private_use(h->prev)))
		h->private_use++;
	if (private_use(h->prev) && g_unichar_isalpha(c) && !private_use(c))
		h->private_use++;
	/* after a letter or another such code, it stands for a letter or the
	 * space between two words; one at a word's start may be a bullet */
	if (control_code(c) && (g_unichar_isalpha(h->prev) || (control_code(h->prev) && h->prev && h->prev != '\n')))
		h->unmapped++;
	if (seen_before(h, c, x0, y0))
		h->overlaid++;
	/* words: runs of letters; trailing punctuation ends them, apostrophes
	 * and hyphens make them "not only letters" (not looked up) */
	if (!h->open) {
		if (g_unichar_ispunct(c) && !g_unichar_isalpha(c)) {
			h->closed_by_sign = false;
			h->prev = c;
			return;
		}
		h->open = true;
		h->letters = true;
		h->cur = h->blen;
		h->hole = -1;
		h->damaged = false;
		/* "ashworth@halloranwater.example", "www.example": parts of an
		 * address, which no dictionary knows */
		h->glued = h->closed_by_sign && (h->prev == '.' || h->prev == '@' || h->prev == '/');
		if (h->glued && h->nw && h->nw <= PDFH_MAX_WORDS)
			h->w[h->nw - 1].glued = true;
		/* after a full stop or a colon a wider space is the typist's */
		h->blank = h->prev == ' ' && same_line && !strchr(".!?:;", (int)(h->before_space < 0x80 ? h->before_space : 'x'))
		               ? (float)blank
		               : -1.0f;
	} else if (blank > 0.3 && h->hole < 0) {
		h->hole = (int)(h->blen - h->cur);
	}
	if (isfinite(x1) && isfinite(y0) && isfinite(y1)) {
		h->last_x1 = x1;
		h->last_y0 = y0;
		h->last_h = y1 - y0;
	}
	if (g_unichar_ispunct(c) && c != '\'' && c != 0x2019 && c != '-') {
		h->closed_by_sign = h->open;
		close_word(h);
		h->prev = c;
		return;
	}
	if (!g_unichar_isalpha(c) && !g_unichar_ismark(c))
		h->letters = false;
	if (control_code(c) || private_use(c))
		h->damaged = true;
	n = g_unichar_to_utf8(c, u);
	add_bytes(h, u, (size_t)n);
	h->prev = c;
}

/* ---- the dictionary checks --------------------------------------------- */

static size_t cp_len(const char *s)
{
	return (size_t)g_utf8_strlen(s, -1);
}

/* Whether putting a ligature back between left and right (either may
 * be empty) gives a word the dictionary knows. */
static bool ligature_fits(lookup *d, const char *left, size_t ll, const char *right)
{
	static const char *const lig[] = {"fi", "fl", "ff", "ffi", "ffl", "ft", NULL};
	char buf[160];
	size_t k, rl = strlen(right);
	if (ll + rl + 4 > sizeof buf || ll + rl < 2)
		return false;
	for (k = 0; lig[k]; k++) {
		size_t gl = strlen(lig[k]);
		memcpy(buf, left, ll);
		memcpy(buf + ll, lig[k], gl);
		memcpy(buf + ll + gl, right, rl + 1);
		if (known(d, buf) == 1)
			return true;
	}
	return false;
}

static int cmp_float(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;
	return x < y ? -1 : x > y;
}

/* A blank before a word wider than the other spaces of its line by about
 * a glyph: where a ligature without a Unicode mapping was drawn ("signi
 * cant", " nancial"). A justified line widens all of its spaces, so each
 * line's own median space is the measure. */
static void mark_wide_blanks(pdfh_page *h, bool *wide)
{
	float v[PDFH_MAX_WORDS];
	size_t i, j, k;
	for (i = 0; i < h->nw; i = j) {
		float med;
		for (j = i, k = 0; j < h->nw && h->w[j].line == h->w[i].line; j++)
			if (h->w[j].blank >= 0)
				v[k++] = h->w[j].blank;
		if (k)
			qsort(v, k, sizeof *v, cmp_float);
		med = k ? v[k / 2] : 0.3f;
		for (k = i; k < j; k++)
			wide[k] = h->w[k].blank >= 0 && h->w[k].blank > med + 0.35f;
	}
}

/* Whether the page shows what damage leaves, before any dictionary is
 * loaded (a few hundred milliseconds each): blanks inside words, blanks
 * wider than the page's spaces, or many very long words. A sound page
 * costs no look-up at all. */
static bool suspect(const pdfh_page *h, const bool *wide)
{
	size_t i, holes = 0, nwide = 0, lower = 0, very_long = 0;
	for (i = 0; i < h->nw; i++) {
		const char *w = h->buf + h->w[i].start;
		if (!h->w[i].letters)
			continue;
		holes += h->w[i].hole >= 0;
		nwide += wide[i];
		if (g_unichar_islower(g_utf8_get_char(w))) {
			lower++;
			very_long += cp_len(w) >= 12;
		}
	}
	/* a ligature is in some three words of a hundred (fi, fl, ff...):
	 * fewer odd blanks than that is a sound page's noise */
	return (holes >= 2 && holes * 40 >= h->nw) || (nwide >= 3 && nwide * 25 >= h->nw) ||
	       (lower >= 10 && very_long * 8 >= lower);
}

/* The language whose dictionary knows at least half of a sample of the
 * page's short lower-case words, which survive when spaces are lost, or
 * NLANGS (a language without a dictionary here gets no verdict); own
 * dictionaries are used with dict_lock held. */
static size_t best_known(const pdfh_page *h, lookup *d)
{
	size_t i, k, ntried = 0;
	bool done[NLANGS] = {false};
	/* the languages with most stop words first; the first whose
	 * dictionary knows half the short words is the page's, and a
	 * language none of whose stop words is on it is not worth a
	 * dictionary */
	while (ntried < NLANGS) {
		size_t n = 0, hits = 0, best = NLANGS;
		for (k = 0; k < NLANGS; k++)
			if (!done[k] && h->stop[k] && (best == NLANGS || h->stop[k] > h->stop[best]))
				best = k;
		if (best == NLANGS)
			break;
		done[best] = true;
		ntried++;
		if (!open_lookup(d, best))
			continue;
		for (i = 0; i < h->nw && n < 30; i++) {
			const char *w = h->buf + h->w[i].start;
			size_t l = cp_len(w);
			if (!h->w[i].letters || l < 3 || l > 5 || !g_unichar_islower(g_utf8_get_char(w)))
				continue;
			n++;
			hits += known(d, w) == 1;
		}
		if (n >= 6 && hits * 2 >= n)
			return best;
	}
	return NLANGS;
}

static bool glyphs_fail(const pdfh_page *h);
static bool glyphs_few(const pdfh_page *h);

/* Whether word i opens a line after one that ended with a hyphen: the
 * second half of a broken word, which no dictionary knows alone. */
static bool after_line_hyphen(const pdfh_page *h, size_t i)
{
	const char *p;
	size_t n;
	if (i == 0 || h->w[i - 1].line == h->w[i].line)
		return false;
	p = h->buf + h->w[i - 1].start;
	n = strlen(p);
	return (n >= 1 && p[n - 1] == '-') || (n >= 2 && !memcmp(p + n - 2, "\xC2\xAD", 2)) ||
	       (n >= 3 && !memcmp(p + n - 3, "\xE2\x80\x90", 3));
}

/* words of an OCR layer looked up: a page's worth of running text */
#define OCR_LAYER_SAMPLE 250

void pdfh_end(pdfh_page *h, pdfh_spell_fn spell, void *user)
{
	size_t i, best = NLANGS, hits = 0, checked = 0;
	lookup lk = {spell, user, 0, NULL}, *d = &lk;
	bool have;
	bool wide[PDFH_MAX_WORDS];
	close_word(h);
	mark_wide_blanks(h, wide);
	for (i = 0; i < NLANGS; i++)
		if (h->stop[i] > hits) {
			hits = h->stop[i];
			best = i;
		}
	/* a page failing only on glyphs without Unicode, few of them, is
	 * looked up too: whether its words read is what keeps its layer
	 * (health.proportionate) */
	if (h->oom || (!suspect(h, wide) && !(glyphs_fail(h) && glyphs_few(h)) && !h->ocr_layer))
		return;
	if (!spell)
		g_mutex_lock(&dict_lock);
	/* too few stop words to name the language (words run together hide
	 * them): the dictionary that knows most of the page's short words */
	if (best == NLANGS || hits < 3 || hits * 8 < h->words)
		best = best_known(h, d);
	have = best < NLANGS && open_lookup(d, best);
	if (have) {
		h->lang = langs[best].code;
		/* the language is the page's when its dictionary knows most of
		 * the short words, which survive when spaces are lost */
		for (i = 0; i < h->nw && h->short_words < 60; i++) {
			const char *w = h->buf + h->w[i].start;
			size_t l = cp_len(w);
			if (!h->w[i].letters || l < 3 || l > 5 || !g_unichar_islower(g_utf8_get_char(w)))
				continue;
			h->short_words++;
			h->short_known += known(d, w) == 1;
		}
		/* words run together, on a sample of the long words */
		for (i = 0; i < h->nw && h->long_words < 80; i++) {
			const char *w = h->buf + h->w[i].start;
			/* words run together start in lower case, as most words
			 * of running text do; names and capitals are left out,
			 * being what a dictionary knows least */
			if (!h->w[i].letters || !g_unichar_islower(g_utf8_get_char(w)) || cp_len(w) < 8)
				continue;
			h->long_words++;
			if (known(d, w) == 0)
				h->unknown_long++;
		}
		/* health.ocr_layer_unknown_words: an OCR layer misreads letters
		 * rather than losing spaces or glyphs, so its damage is words the
		 * dictionary does not know, of any length; words of three
		 * letters and more starting in lower case (names and
		 * abbreviations aside), as ocr_words_judged counts them */
		if (h->ocr_layer)
			for (i = 0; i < h->nw && h->ocr_words < OCR_LAYER_SAMPLE; i++) {
				const char *w = h->buf + h->w[i].start;
				if (!h->w[i].letters || h->w[i].glued || cp_len(w) < 3 ||
				    !g_unichar_islower(g_utf8_get_char(w)) || after_line_hyphen(h, i))
					continue;
				h->ocr_words++;
				h->ocr_unknown += known(d, w) == 0;
			}
		/* the readable share (health.proportionate): words of three
		 * letters and more, in either case, a word holding a glyph
		 * without Unicode counted as unread; words with digits or
		 * signs are neither */
		if (glyphs_fail(h) && glyphs_few(h))
			for (i = 0; i < h->nw && h->read_words < 120; i++) {
				const char *w = h->buf + h->w[i].start;
				if (!(h->w[i].letters || h->w[i].damaged) || cp_len(w) < 3)
					continue;
				h->read_words++;
				h->read_known += h->w[i].letters && known(d, w) == 1;
			}
		/* ligature holes, where a blank shows a glyph went missing:
		 * inside the word, before it, or between it and the one before */
		for (i = 0; i < h->nw && checked < 40; i++) {
			const char *w = h->buf + h->w[i].start;
			if (!h->w[i].letters || (h->w[i].hole < 0 && !wide[i]))
				continue;
			checked++;
			if (known(d, w) != 0)
				continue;
			if (h->w[i].hole >= 0 ? ligature_fits(d, w, (size_t)h->w[i].hole, w + h->w[i].hole)
			                      : ligature_fits(d, "", 0, w))
				h->ligature_holes++;
			else if (wide[i] && i > 0 && h->w[i - 1].letters) {
				const char *pw = h->buf + h->w[i - 1].start;
				if (ligature_fits(d, pw, strlen(pw), w))
					h->ligature_holes++;
			}
		}
	}
	if (!spell)
		g_mutex_unlock(&dict_lock);
}

/* ---- the verdict ----------------------------------------------------------- */

/* the share of glyphs that are raw glyph codes at which a page fails */
#define UNMAPPED_SHARE 0.02

/* health.proportionate: a page whose glyphs without Unicode are at most
 * one in 25 of its glyphs (a word or a line in a symbol font, a few
 * signs), and whose words the dictionary reads four in five of, keeps its
 * layer with a warning: OCR would lose its other scripts and add its own
 * errors to the sound text. A layer without Unicode has one in most
 * words (a quarter of its glyphs and more), and its words do not read. */
#define PROPORTIONATE_GLYPHS 0.04
#define PROPORTIONATE_KNOWN 0.8
#define PROPORTIONATE_MIN_WORDS 20

/* The failing measures about single glyphs: replacement and private-use
 * characters, raw glyph codes. */
static bool glyphs_fail(const pdfh_page *h)
{
	double bad = h->glyphs ? (double)(h->replacement + h->private_use) / (double)h->glyphs : 0;
	double raw = h->glyphs ? (double)h->unmapped / (double)h->glyphs : 0;
	/* A raw glyph code after a letter may be a letter or a space the
	 * font left unmapped, or a symbol it draws (a Type3 font's dingbat,
	 * a ligature): a layer without Unicode has one in most words (a
	 * quarter of its glyphs and more), a sound one with a few unmapped
	 * symbols about one glyph in a hundred. The page fails when they
	 * reach one in fifty, some one word in eight. */
	return h->glyphs >= 40 && (bad >= 0.005 || raw >= UNMAPPED_SHARE);
}

/* Whether the glyphs without Unicode are few enough for the words to
 * decide (health.proportionate). */
static bool glyphs_few(const pdfh_page *h)
{
	size_t bad = h->replacement + h->private_use + h->unmapped;
	return h->glyphs && (double)bad <= PROPORTIONATE_GLYPHS * (double)h->glyphs;
}

/* health.ocr_layer_unknown_words: an OCR layer fails when the language's
 * dictionary does not know 6.5 in 100 of its lower-case words of three
 * letters and more (OCR_UNKNOWN_SHARE), 5 of them at least in a sample of
 * 40 and more. Measured (tests/eval25/README.md) on 36 pages in English,
 * French, German, Spanish and Portuguese, each scanned at 200-300 dpi
 * under a layer of ocrmypdf or of Tesseract's PDF renderer (sound) or a
 * layer recognised from a blurred 60-85 dpi copy (poor): sound layers
 * come to 0 to 5.2 in 100 (names are capitalised; addresses and a broken
 * word's second half are not counted: what is left is a rare word or a
 * misreading), one that ran three pairs of words together to 6.9; poor
 * ones to 7.5 to 38 where they read worse than a new reading does, and to
 * 0.8 to 4.3 where their misreadings are other words or capitalised
 * nouns, which no dictionary tells. */
#define OCR_UNKNOWN_SHARE 0.065
#define OCR_UNKNOWN_MIN 5
#define OCR_WORDS_MIN 40

static bool ocr_words_judged(const pdfh_page *h)
{
	return h->ocr_layer && h->ocr_words >= OCR_WORDS_MIN && h->short_words >= 6 &&
	       h->short_known * 2 >= h->short_words;
}

/* The failing measures about words and positions. */
static bool words_fail(const pdfh_page *h)
{
	double lig = h->words ? (double)h->ligature_holes / (double)h->words : 0;
	double glued = h->long_words ? (double)h->unknown_long / (double)h->long_words : 0;
	double over = h->glyphs ? (double)h->overlaid / (double)h->glyphs : 0;
	/* Thresholds: sound text layers of the test corpora stay well under
	 * each (a few names and terms unknown to the dictionary, a ligature
	 * hole at most, no glyph drawn twice), damaged ones go far over. */
	if (ocr_words_judged(h) && h->ocr_unknown >= OCR_UNKNOWN_MIN &&
	    (double)h->ocr_unknown >= OCR_UNKNOWN_SHARE * (double)h->ocr_words)
		return true;
	return (h->ligature_holes >= 3 && lig >= 0.01) ||
	       (h->long_words >= 15 && glued >= 0.5 && h->short_words >= 6 && h->short_known * 2 >= h->short_words) ||
	       (h->glyphs >= 100 && over >= 0.10);
}

bool pdfh_partial(const pdfh_page *h, char *why, size_t n)
{
	bool kept = glyphs_fail(h) && !words_fail(h) && glyphs_few(h) && h->read_words >= PROPORTIONATE_MIN_WORDS &&
	            (double)h->read_known >= PROPORTIONATE_KNOWN * (double)h->read_words;
	if (kept && why && n)
		snprintf(why, n,
		         "%zu of %zu glyphs are replacement, private-use or glyph codes without Unicode; "
		         "%zu of %zu words known to the %s dictionary",
		         h->replacement + h->private_use + h->unmapped, h->glyphs, h->read_known, h->read_words,
		         h->lang ? h->lang : "(no)");
	return kept;
}

bool pdfh_failing(const pdfh_page *h, char *why, size_t n)
{
	bool fail = words_fail(h) || (glyphs_fail(h) && !pdfh_partial(h, NULL, 0));
	if (why && n && h->ocr_layer && ocr_words_judged(h) && fail)
		snprintf(why, n,
		         "an OCR layer: %zu of %zu lower-case words unknown to the %s dictionary, "
		         "%zu of %zu long words", h->ocr_unknown, h->ocr_words, h->lang ? h->lang : "(no)",
		         h->unknown_long, h->long_words);
	else if (why && n)
		snprintf(why, n,
		         "%zu ligature holes in %zu words, %zu of %zu long words unknown to the %s dictionary, "
		         "%zu of %zu glyphs drawn twice, %zu replacement or private-use characters, "
		         "%zu glyph codes without Unicode",
		         h->ligature_holes, h->words, h->unknown_long, h->long_words, h->lang ? h->lang : "(no)",
		         h->overlaid, h->glyphs, h->replacement + h->private_use, h->unmapped);
	return fail;
}

double pdfh_damage(const pdfh_page *h)
{
	double worst = 0, v;
	/* each measure as a share of the share at which pdfh_failing() fails
	 * it, counted only where there is enough to judge by, as there */
	if (h->ligature_holes >= 3 && h->words) {
		v = ((double)h->ligature_holes / (double)h->words) / 0.01;
		worst = v > worst ? v : worst;
	}
	if (h->long_words >= 15 && h->short_words >= 6 && h->short_known * 2 >= h->short_words) {
		v = ((double)h->unknown_long / (double)h->long_words) / 0.5;
		worst = v > worst ? v : worst;
	}
	if (ocr_words_judged(h)) {
		v = ((double)h->ocr_unknown / (double)h->ocr_words) / OCR_UNKNOWN_SHARE;
		worst = v > worst ? v : worst;
	}
	if (h->glyphs >= 100) {
		v = ((double)h->overlaid / (double)h->glyphs) / 0.10;
		worst = v > worst ? v : worst;
	}
	if (h->glyphs >= 40) {
		v = ((double)(h->replacement + h->private_use) / (double)h->glyphs) / 0.005;
		worst = v > worst ? v : worst;
		v = ((double)h->unmapped / (double)h->glyphs) / UNMAPPED_SHARE;
		worst = v > worst ? v : worst;
	}
	return worst;
}
