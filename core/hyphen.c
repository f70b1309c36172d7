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
#include "internal.h"

#include <hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PM_HUNSPELL_DIR
#define PM_HUNSPELL_DIR "/usr/share/hunspell"
#endif

struct pm_hunspell_cache {
	char lang[8];
	Hunhandle *h;   /* NULL: no dictionary for lang */
	struct pm_hunspell_cache *next;
};

static const char *dict_name(const char *lang)
{
	static const struct { const char *lang, *dict; } map[] = {
		{"en", "en_US"}, {"fr", "fr_FR"}, {"es", "es_ES"}, {"de", "de_DE"},
		{"pt", "pt_PT"}, {"it", "it_IT"}, {"nl", "nl_NL"}, {"ar", "ar"}, {NULL, NULL}};
	size_t i;
	for (i = 0; map[i].lang; i++)
		if (!strcmp(map[i].lang, lang))
			return map[i].dict;
	return NULL;
}

static Hunhandle *dictionary(pm_context *ctx, const char *lang)
{
	struct pm_hunspell_cache *c;
	const char *name;
	char aff[512], dic[512];
	if (!ctx || !lang)
		return NULL;
	for (c = ctx->hunspell; c; c = c->next)
		if (!strcmp(c->lang, lang))
			return c->h;
	c = pm_calloc(1, sizeof *c);
	if (!c)
		return NULL;
	snprintf(c->lang, sizeof c->lang, "%s", lang);
	name = dict_name(lang);
	if (name) {
		const char *dir = getenv("PRESSMILL_HUNSPELL_DIR");
		if (!dir || !*dir)
			dir = PM_HUNSPELL_DIR;
		snprintf(aff, sizeof aff, "%s/%s.aff", dir, name);
		snprintf(dic, sizeof dic, "%s/%s.dic", dir, name);
		if (access(aff, R_OK) == 0 && access(dic, R_OK) == 0) {
			c->h = Hunspell_create(aff, dic);
			if (c->h && strcmp(Hunspell_get_dic_encoding(c->h), "UTF-8") != 0) {
				/* We only feed UTF-8; a legacy-encoded dictionary
				 * would give wrong answers, so do without it. */
				Hunspell_destroy(c->h);
				c->h = NULL;
			}
		}
		if (!c->h)
			pm_log(&ctx->log, PM_LOG_DEBUG, "no hunspell dictionary for %s", lang);
	}
	c->next = ctx->hunspell;
	ctx->hunspell = c;
	return c->h;
}

int pm_spell(pm_context *ctx, const char *lang, const char *word)
{
	Hunhandle *h = dictionary(ctx, lang);
	if (!h)
		return -1;
	return Hunspell_spell(h, word) != 0;
}

void pm_hyphen_cache_free(struct pm_hunspell_cache *c);
void pm_hyphen_cache_free(struct pm_hunspell_cache *c)
{
	while (c) {
		struct pm_hunspell_cache *n = c->next;
		if (c->h)
			Hunspell_destroy(c->h);
		free(c);
		c = n;
	}
}

/* Prefixes that keep their hyphen in compounds when nothing else decides. */
static bool hyphen_prefix(const char *left)
{
	static const char *const p[] = {"co", "ex", "non", "self", "anti", "pre", "post",
	                                "multi", "pro", "quasi", "semi", "vice", "mid",
	                                "sous", "demi", "mi", "auto", "extra", "e", NULL};
	return pm_str_in(left, p);
}

int pm_hyphen_decide(pm_context *ctx, const char *left, const char *right, unsigned joined_seen,
                     unsigned hyphen_seen, const char *lang, bool *strong)
{
	Hunhandle *h;
	char joined[256], hyph[256];
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
	h = dictionary(ctx, lang);
	if (h) {
		int j = Hunspell_spell(h, joined) != 0;
		int k = Hunspell_spell(h, hyph) != 0;
		int l = Hunspell_spell(h, left) != 0, r = Hunspell_spell(h, right) != 0;
		if (j != k) {
			/* "extré" + "misme": the halves are not both words, so
			 * the break fell inside one: proof that the document
			 * is hyphenated by its typesetter */
			*strong = j && !(l && r);
			return j;
		}
		/* Neither form is known: two known halves make a compound
		 * ("data-driven"). */
		if (!j && !k && l && r && strlen(left) > 2)
			return 0;
	}
	return -1;
}

int pm_hyphen_join(pm_context *ctx, const char *left, const char *right, unsigned joined_seen,
                   unsigned hyphen_seen, const char *lang)
{
	bool strong;
	int d = pm_hyphen_decide(ctx, left, right, joined_seen, hyphen_seen, lang, &strong);
	return d >= 0 ? d : !hyphen_prefix(left);
}
