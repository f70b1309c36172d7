/*
 * spell.c - the spelling dictionaries (hunspell, with the Debian
 * dictionaries) a context loads lazily, once per language, and keeps:
 * the line-end hyphen rule, the Arabic order repairs and the plugins
 * (pm_host.spell) ask whether a word is a word of a language.
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

struct pm_spell_cache {
	char lang[8];
	Hunhandle *h;   /* NULL: no dictionary for lang */
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

static Hunhandle *dictionary(pm_lingua *lg, const char *lang)
{
	struct pm_spell_cache *c;
	const char *name;
	char aff[512], dic[512];
	if (!lg || !lang)
		return NULL;
	for (c = lg->dicts; c; c = c->next)
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
			pm_log(lg->log, PM_LOG_DEBUG, "no hunspell dictionary for %s", lang);
	}
	c->next = lg->dicts;
	lg->dicts = c;
	return c->h;
}

int pm_spell(pm_lingua *lg, const char *lang, const char *word)
{
	Hunhandle *h = dictionary(lg, lang);
	if (!h)
		return -1;
	return Hunspell_spell(h, word) != 0;
}

static void spell_close(struct pm_spell_cache *c)
{
	while (c) {
		struct pm_spell_cache *n = c->next;
		if (c->h)
			Hunspell_destroy(c->h);
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
