/*
 * predicates.c - the small text predicates the normaliser's rules are
 * written with (nz_*): code points at either end, word counts, whether a
 * line ends a sentence, case-insensitive prefixes as the lexicon folds
 * them, trimming. Pure functions of text, used by every stage of the
 * normaliser and by the repairs.
 */
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

size_t nz_cps(const char *s)
{
	return pm_text_chars(s);
}

int32_t nz_first_cp(const char *s)
{
	int32_t c = -1;
	/* a code point is four bytes at most: never strlen() the rest, which
	 * callers walking a long text line by line would pay at each line */
	if (s && *s)
		pm_utf8_decode((const unsigned char *)s, strnlen(s, 4), &c);
	return c;
}

/* The last code point of the n bytes at s (a buffer need not end in a
 * NUL), -1 when empty. */
int32_t nz_last_cp_n(const char *s, size_t n)
{
	size_t k;
	int32_t c = -1;
	if (!s || !n)
		return -1;
	k = n - 1;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	pm_utf8_decode((const unsigned char *)s + k, n - k, &c);
	return c;
}

int32_t nz_last_cp(const char *s)
{
	return nz_last_cp_n(s, s ? strlen(s) : 0);
}

/* Chinese and Japanese end their sentences with the ideographic full
 * stop and the full-width forms of ! ? : ; (U+FF01, U+FF1F, U+FF1A,
 * U+FF1B), which their text sets in place of the ASCII ones (convention
 * body.cjk_sentence_end); Hindi and the other languages written in
 * Devanagari (and Bengali) end theirs with the danda, U+0964, a verse or
 * a section with the double danda, U+0965 (convention body.danda). */
bool nz_ends_sentence_cp(int32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';' || c == 0x0964 || c == 0x0965 ||
	       c == 0xBB || c == 0x201D || c == 0x201C || c == '"' || c == 0x3002 || c == 0x06D4 || c == 0x061F ||
	       c == ')' || c == 0xFF01 || c == 0xFF1F || c == 0xFF1A || c == 0xFF1B;
}

/* A Han or kana code point: the scripts of Chinese and Japanese, which
 * write no spaces between words. */
bool nz_cjk_cp(int32_t c)
{
	return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

/* A letter of a script that writes no spaces between words: Han and
 * kana, and the Thai, Lao, Khmer and Myanmar scripts of South-East Asia
 * (about.heading.th: "เกี่ยวกับ" glued to the name it introduces). */
bool nz_unspaced_cp(int32_t c)
{
	return nz_cjk_cp(c) || (c >= 0x0E01 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) ||
	       (c >= 0x1780 && c <= 0x17FF);
}

/* A colon, ASCII or full-width (Chinese and Japanese text). */
bool nz_colon_cp(int32_t c)
{
	return c == ':' || c == 0xFF1A;
}

bool nz_ends_sentence(const char *s)
{
	return nz_ends_sentence_cp(nz_last_cp(s));
}

/* Words in s, counting runs of non-space. */
/* Convention text.unspaced_words: Thai, Lao, Khmer and Myanmar write no
 * spaces between words, only between clauses, so a count of the words
 * between spaces counts their clauses: the rules' thresholds (a lead of
 * four words after its dateline, a title of three) would never hold. A
 * run of those scripts' letters counts as a word per six code points
 * (a Thai word's letters and marks), one at least. Han and kana are
 * counted apart by the rules that need them (headline.cjk_title); text
 * with no byte that opens those scripts (0xE0, 0xE1) is counted as it
 * stands. */
size_t nz_words(const char *s)
{
	size_t w = pm_text_words(s), n, i = 0, run = 0;
	if (!s || (!strchr(s, '\xE0') && !strchr(s, '\xE1')))
		return w;
	n = strlen(s);
	while (i <= n) {
		int32_t c = 0;
		size_t l = i < n ? pm_utf8_decode((const unsigned char *)s + i, n - i, &c) : 1;
		if (i < n && nz_unspaced_cp(c) && !nz_cjk_cp(c)) {
			run++;
		} else {
			if (run >= 12)
				w += run / 6 - 1;
			run = 0;
		}
		i += l ? l : 1;
	}
	return w;
}

bool nz_has_digit(const char *s)
{
	for (; s && *s; s++)
		if (isdigit((unsigned char)*s))
			return true;
	return false;
}

/* Case-insensitive prefix test with ASCII folding and Latin-1 accents
 * folded to their upper-case forms; returns bytes of s matched or 0. */
size_t nz_prefix(const char *s, const char *p)
{
	size_t i = 0, j = 0, n = strlen(s), m = strlen(p);
	while (j < m) {
		int32_t a, b;
		size_t la, lb;
		if (i >= n)
			return 0;
		la = pm_utf8_decode((const unsigned char *)s + i, n - i, &a);
		lb = pm_utf8_decode((const unsigned char *)p + j, m - j, &b);
		if (a >= 'a' && a <= 'z') a -= 32;
		if (b >= 'a' && b <= 'z') b -= 32;
		if (a >= 0xE0 && a <= 0xFE && a != 0xF7) a -= 32;
		if (b >= 0xE0 && b <= 0xFE && b != 0xF7) b -= 32;
		if (a == 0x2019) a = '\'';
		if (b == 0x2019) b = '\'';
		if (a != b)
			return 0;
		i += la;
		j += lb;
	}
	return i;
}

/* Prefix that ends at a word boundary. */
size_t nz_prefix_word(const char *s, const char *p)
{
	size_t l = nz_prefix(s, p);
	int32_t c;
	if (!l)
		return 0;
	if (!s[l])
		return l;
	pm_utf8_decode((const unsigned char *)s + l, strnlen(s + l, 4), &c);
	if (pm_cp_is_letter(c) || pm_cp_is_digit(c))
		return 0;
	return l;
}

bool nz_equals(const char *s, const char *p)
{
	size_t l = nz_prefix(s, p);
	return l && !s[l];
}

/* Trim spaces and the given punctuation from both ends; new string. */
char *nz_trim(const char *s, size_t n, const char *punct)
{
	size_t a = 0, b = n;
	while (a < b && (s[a] == ' ' || strchr(punct, s[a])))
		a++;
	while (b > a && (s[b - 1] == ' ' || strchr(punct, s[b - 1])))
		b--;
	/* common multi-byte separators at the ends: – — */
	for (;;) {
		if (b - a >= 3 && (!memcmp(s + b - 3, "\xE2\x80\x93", 3) || !memcmp(s + b - 3, "\xE2\x80\x94", 3))) {
			b -= 3;
			while (b > a && s[b - 1] == ' ')
				b--;
			continue;
		}
		break;
	}
	return pm_strndup(s + a, b - a);
}

bool nz_only_punct(const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '-' || c == ':' || c == ',' || c == '.' || c == '|' || c == ')' || c == '(')
			continue;
		if (!strncmp(s, "\xE2\x80\x93", 3) || !strncmp(s, "\xE2\x80\x94", 3)) {
			s += 2;
			continue;
		}
		return false;
	}
	return true;
}

/* A decimal digit at s (ASCII, Arabic-Indic U+0660-0669 or extended
 * U+06F0-06F9, which Arabic and Persian releases print): its value and
 * byte length, or -1. */
int nz_digit_at(const char *s, size_t *len)
{
	unsigned char a = (unsigned char)s[0], b = a ? (unsigned char)s[1] : 0;
	if (a >= '0' && a <= '9') {
		*len = 1;
		return a - '0';
	}
	if (a == 0xD9 && b >= 0xA0 && b <= 0xA9) {
		*len = 2;
		return b - 0xA0;
	}
	if (a == 0xDB && b >= 0xB0 && b <= 0xB9) {
		*len = 2;
		return b - 0xB0;
	}
	return -1;
}

/* A byte of a word: an ASCII letter or digit, or any byte of a
 * multi-byte character. */
bool nz_word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Lower-case the ASCII letters of s in place. */
void nz_lower_ascii(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

/* Whether w occurs in win as a word (no word byte before it, and, when w
 * ends in a letter, no letter after it). */
bool nz_has_word(const char *win, const char *w)
{
	const char *p = win;
	size_t l = strlen(w);
	while ((p = strstr(p, w))) {
		bool left = p == win || !nz_word_byte((unsigned char)p[-1]);
		bool right = !isalpha((unsigned char)w[l - 1]) || !isalpha((unsigned char)p[l]);
		if (left && right)
			return true;
		p += l;
	}
	return false;
}

size_t nz_superscript_digit(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] == 0xC2 && (u[1] == 0xB9 || u[1] == 0xB2 || u[1] == 0xB3))
		return 2;
	if (u[0] == 0xE2 && u[1] == 0x81 && (u[2] == 0xB0 || (u[2] >= 0xB4 && u[2] <= 0xB9)))
		return 3;
	return 0;
}

bool nz_email_char(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

size_t nz_domain_piece(const char *p, size_t *dots, size_t *last)
{
	size_t k = 0;
	*dots = *last = 0;
	while (k < 64 && (islower((unsigned char)p[k]) || isdigit((unsigned char)p[k]) || p[k] == '-' ||
	                  (p[k] == '.' && islower((unsigned char)p[k + 1])))) {
		if (p[k] == '.') {
			(*dots)++;
			*last = k + 1;
		}
		k++;
	}
	return k;
}

bool nz_ascii_lower(const char *p, size_t from, size_t to)
{
	for (; from < to; from++)
		if (!islower((unsigned char)p[from]))
			return false;
	return true;
}
