/*
 * spell.c - the spelling dictionaries (hunspell, with the Debian
 * dictionaries) a context loads lazily, once per language, and keeps:
 * the line-end hyphen rule, the Arabic order repairs and the plugins
 * (pm_host.spell) ask whether a word is a word of a language.
 *
 * Each language's answers are kept too (a bounded memo): the hyphen rule
 * asks about the same splits twice (wraps.c counts the document's proofs
 * of hyphenation, then decides each split), the Arabic repairs and a
 * page's health check ask about words a document repeats, and a batch
 * asks about the same words again and again. A look-up in a German
 * dictionary, which tries compounds, costs some 50,000 instructions; the
 * memo's, a hash of the word. Hunspell's answer for a word never changes
 * (nothing adds words to a dictionary), so the memo gives the same
 * answers, only sooner.
 */
#include "text.h"

#include <hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PM_HUNSPELL_DIR
#define PM_HUNSPELL_DIR "/usr/share/hunspell"
#endif

/* Answers kept per language before the memo starts afresh: about 1 MB
 * at most, and more distinct words than a long document asks about
 * (a page's health check asks about 300 at most, its line-end hyphens
 * a few). */
#define SPELL_MEMO_MAX 16384

struct pm_spell_cache {
	char lang[8];
	Hunhandle *h;   /* NULL: no dictionary for lang */
	pm_strmap memo; /* word -> 1 + hunspell's answer (0 or 1) */
	struct pm_spell_cache *next;
};

/* The language's dictionary: the first entry of its file's
 * [spell_dictionaries] ("fr_FR"); NULL for a language without one. */
static const char *dict_name(const char *lang)
{
	int id = pm_lex_lang_id(lang);
	size_t i, n = pm_lex_count(PM_LEX_SPELL_DICTIONARIES);
	pm_lex_entry e;
	for (i = 0; id > 0 && i < n; i++)
		if (pm_lex_entry_at(PM_LEX_SPELL_DICTIONARIES, i, &e) && e.lang == id)
			return e.text;
	return NULL;
}

static struct pm_spell_cache *dictionary(pm_lingua *lg, const char *lang)
{
	struct pm_spell_cache *c;
	const char *name;
	char aff[512], dic[512];
	if (!lg || !lang)
		return NULL;
	for (c = lg->dicts; c; c = c->next)
		if (!strcmp(c->lang, lang))
			return c;
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
			pm_log(lg->log, PM_LOG_DEBUG, "no hunspell dictionary for %s", lang);
	}
	c->next = lg->dicts;
	lg->dicts = c;
	return c;
}

int pm_spell(pm_lingua *lg, const char *lang, const char *word)
{
	struct pm_spell_cache *c = dictionary(lg, lang);
	size_t n, *v;
	int known;
	if (!c || !c->h)
		return -1;
	n = strlen(word);
	v = pm_strmap_get(&c->memo, word, n);
	if (v && *v)
		return (int)*v - 1;
	known = Hunspell_spell(c->h, word) != 0;
	if (c->memo.n >= SPELL_MEMO_MAX)
		pm_strmap_free(&c->memo);
	/* out of memory: the answer goes unkept, and is still right */
	if ((v = pm_strmap_add(&c->memo, word, n)))
		*v = (size_t)known + 1;
	return known;
}

static void spell_close(struct pm_spell_cache *c)
{
	while (c) {
		struct pm_spell_cache *n = c->next;
		if (c->h)
			Hunspell_destroy(c->h);
		pm_strmap_free(&c->memo);
		free(c);
		c = n;
	}
}

void pm_lingua_close(pm_lingua *l)
{
	spell_close(l->dicts);
	l->dicts = NULL;
	pm_lang_close(l);
}
