/*
 * language.c - the language of the repaired text, for record.language
 * and for the rules that read dates and words by language: language
 * identification (text/lang.c) on a sample of the content blocks, unless
 * the text is no natural language at all. Run by repair.c, last.
 */
#include "repair.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Text from legacy fonts without a Unicode mapping (Nepali and Sinhala
 * typed in Preeti or FM fonts) reads as Latin soup: "g]kfn On]lS6«s".
 * The share of words with punctuation, digits or symbols inside them
 * tells it from any language. Returns that share (0 when too short). */
static double odd_word_share(const char *t)
{
	size_t words = 0, odd = 0;
	const unsigned char *p = (const unsigned char *)t;
	/* the bytes of the two sets below (UTF-8 quotes count byte by byte,
	 * as strchr() compared them), one table read per byte */
	bool closes[256] = {false}, opens[256] = {false};
	const unsigned char *set;
	for (set = (const unsigned char *)".,;:!?)\"'»”’"; *set; set++)
		closes[*set] = true;
	for (set = (const unsigned char *)"(\"'«“‘"; *set; set++)
		opens[*set] = true;
	while (*p) {
		const unsigned char *w;
		size_t letters = 0, inner = 0, n;
		while (*p == ' ' || *p == '\n')
			p++;
		if (!*p)
			break;
		w = p;
		while (*p && *p != ' ' && *p != '\n')
			p++;
		n = (size_t)(p - w);
		/* trim the punctuation that may end or open any word */
		while (n && closes[w[n - 1]])
			n--;
		while (n && opens[*w])
			w++, n--;
		if (n < 3)
			continue;
		{
			size_t i;
			for (i = 0; i < n; i++) {
				unsigned char c = w[i];
				if (isalpha(c) || c >= 0x80)
					letters++;
				else if (c != '-' && c != '\'' && c != '.' && c != '/' && c != '@' && c != '_' &&
				         c != '&' && !(isdigit(c)))
					inner++;
				else if (isdigit(c) && i > 0 && isalpha(w[i - 1]) && i + 1 < n && isalpha(w[i + 1]))
					inner++;
			}
		}
		words++;
		if (inner && letters)
			odd++;
	}
	return words >= 30 ? (double)odd / (double)words : 0;
}

void pm_language_detect(pm_doc *d, pm_lingua *lingua, pm_block **bl, size_t n)
{
	pm_buf t;
	size_t i;
	const char *l = NULL;
	pm_buf_init(&t);
	for (i = 0; i < n && t.len < 6000; i++) {
		/* structure.translation_follows: a release given in two
		 * languages one after the other is in the first; the line
		 * naming the second ends the sample (after a title and a
		 * paragraph at least) */
		if (i >= 2 && t.len >= 200 && bl[i]->text && pm_lex_whole_line(PM_LEX_TRANSLATION_MARKS, bl[i]->text))
			break;
		if (bl[i]->text) {
			pm_buf_adds(&t, bl[i]->text);
			pm_buf_addc(&t, '\n');
		}
	}
	if (t.data) {
		double odd = odd_word_share(t.data);
		if (odd > 0.2) {
			pm_doc_warn(d, "text.unreliable", PM_EFFECT_PARTIAL,
			            "%.0f%% of the words mix letters with symbols: not natural language "
			            "(a legacy font without Unicode mapping, code or markup); no language "
			            "is claimed",
			            odd * 100);
		} else {
			l = pm_lang_identify(lingua, t.data, t.len);
		}
	}
	pm_buf_free(&t);
	d->language = l;
}

