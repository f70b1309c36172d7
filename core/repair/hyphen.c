/*
 * hyphen.c - the rule for a word split by a hyphen at a line end: join it
 * ("extré-" + "misme" -> "extrémisme") or keep the hyphen of a real
 * compound ("sous-" + "estimée", "co-" + "founder").
 *
 * The rule, in order (the first that decides wins):
 *  1. the document itself: the form it writes elsewhere, joined or
 *     hyphenated, more often wins;
 *  2. the spelling dictionary of the text's language (hunspell, with the
 *     Debian dictionaries): if exactly one of the two forms is a word, it
 *     wins;
 *  3. otherwise it depends on the document: one that shows typesetter
 *     hyphenation elsewhere (a split whose halves are not words but whose
 *     joined form is, "extré-misme") has its undecided splits joined too,
 *     but for known prefixes that take a hyphen ("co-", "ex-"); one that
 *     never does (browsers and word processors do not hyphenate by
 *     default) keeps the hyphen, which is then a real one.
 * pm_hyphen_join() is the rule for a split seen alone (rule 3: joined).
 * Dictionaries load lazily, once per context and language.
 */
#include "repair.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Prefixes that keep their hyphen in compounds when nothing else decides
 * (the lexicon's [hyphen_prefixes], as written: "co", "sous").
 * Convention wrap.hyphen_prefix.lang: the text's own language's, when it
 * has a lexicon (every language's otherwise): Italian and Spanish write
 * their prefixes joined ("presidente", "vicepresidente"), so English's
 * "pre-" says nothing of an Italian "pre-" / "sidente". */
static bool hyphen_prefix(const char *left, const char *lang)
{
	pm_lex_query q = {PM_LEX_HYPHEN_PREFIXES, lang ? pm_lex_langs_of(lang) : PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	return pm_lex_word(&q, left, strlen(left), NULL);
}

/* Whether the n bytes at w are a word of the section in lang, as
 * written (every language's when lang is NULL). */
static bool lang_word(pm_lex_section sec, const char *w, size_t n, const char *lang)
{
	pm_lex_query q = {sec, pm_lex_langs_of(lang), 0, 0, PM_LEX_CASE};
	return n && pm_lex_word(&q, w, n, NULL);
}

/* Convention wrap.hyphen_suffix: an ending that is never written after a
 * hyphen (German's feminine plural "innen": "Bürger*innen",
 * "Bürger:innen", "BürgerInnen", never "Bürger-innen") joins at a line
 * end, whatever the dictionary says of the two halves (the lexicon's
 * [hyphen_suffixes] of the text's language, as written). */
bool pm_hyphen_suffix(const char *right, const char *lang)
{
	return lang_word(PM_LEX_HYPHEN_SUFFIXES, right, strlen(right), lang);
}

/* Convention wrap.suspended_hyphen: a compound's first part whose second
 * part is left to the next compound ("Tram- und Busnetz", "voor- en
 * nadelen", "pre- and post-war"): the hyphen stands for the missing part,
 * a conjunction follows it, and a line that ends there keeps the hyphen
 * and the space ([suspended_hyphen_words] of the text's language, as
 * written); right is n bytes, no NUL needed. */
bool pm_hyphen_suspended(const char *right, size_t n, const char *lang)
{
	return lang_word(PM_LEX_SUSPENDED_HYPHEN_WORDS, right, n, lang);
}

int pm_hyphen_decide(pm_lingua *lingua, const char *left, const char *right, unsigned joined_seen,
                     unsigned hyphen_seen, const char *lang, bool *strong)
{
	char joined[256], hyph[256];
	int j;
	*strong = false;
	if (joined_seen != hyphen_seen) {
		*strong = true;
		return joined_seen > hyphen_seen;
	}
	if (strlen(left) + strlen(right) + 2 > sizeof joined)
		return -1;
	{
		size_t ll = strlen(left), rl = strlen(right);
		memcpy(joined, left, ll);
		memcpy(joined + ll, right, rl + 1);
		memcpy(hyph, left, ll);
		hyph[ll] = '-';
		memcpy(hyph + ll + 1, right, rl + 1);
	}
	j = pm_spell(lingua, lang, joined);
	if (j >= 0) {
		int k = pm_spell(lingua, lang, hyph);
		/* the halves are looked up only where they decide (each
		 * look-up is a dictionary search) */
		if (j != k) {
			/* "extré" + "misme": the halves are not both words, so
			 * the break fell inside one: proof that the document
			 * is hyphenated by its typesetter */
			*strong = j && !(pm_spell(lingua, lang, left) && pm_spell(lingua, lang, right));
			return j;
		}
		/* Neither form is known: two known halves make a compound
		 * ("data-driven"). */
		if (!j && !k && strlen(left) > 2 && pm_spell(lingua, lang, left) && pm_spell(lingua, lang, right))
			return 0;
	}
	return -1;
}

int pm_hyphen_join(pm_lingua *lingua, const char *left, const char *right, unsigned joined_seen,
                   unsigned hyphen_seen, const char *lang)
{
	bool strong;
	int d = pm_hyphen_decide(lingua, left, right, joined_seen, hyphen_seen, lang, &strong);
	return d >= 0 ? d : !hyphen_prefix(left, lang);
}
