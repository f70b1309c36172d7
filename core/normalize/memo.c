/*
 * memo.c - what the normaliser's stages find of a block's text once and
 * read again: its flattened text (body, acronyms, quotes), whether it is
 * junk (furniture, then body for the blocks left; rules.c judges, this
 * file keeps the answer) and rule_dateline's last answers. The
 * normaliser (normalize.c) makes the cache with nz and frees it; the
 * stages and rules ask. It calls no rule, so that rules may ask it
 * without a loop between the files (check-layers).
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

/* What the stages found of block z->b[i]'s text, valid while the text is
 * the one they read (compared, not trusted by its address, which a new
 * text may reuse): made again from nothing when a stage rewrote it. NULL
 * without a cache (a bare nz in a test) or its memory. */
static struct nz_memo *memo_of(nz *z, size_t i)
{
	const char *t = i < z->n ? z->b[i]->text : NULL;
	struct nz_memo *m;
	if (!t || !z->memo)
		return NULL;
	m = &z->memo[i];
	if (m->of && !strcmp(m->of, t))
		return m;
	free(m->of);
	free(m->flat);
	m->flat = NULL;
	m->flat_made = false;
	m->junk = -1;
	m->of = pm_strdup(t);
	return m->of ? m : NULL;
}

const char *nz_flat(nz *z, size_t i)
{
	struct nz_memo *m = memo_of(z, i);
	const char *t = i < z->n ? z->b[i]->text : NULL;
	if (!m) {
		/* out of memory for the cache, the stage still gets the text
		 * (as when it flattened the text itself), until the next call */
		free(z->scratch);
		z->scratch = t ? pm_text_flatten(t) : NULL;
		return z->scratch;
	}
	if (!m->flat_made) {
		m->flat = pm_text_flatten(t);
		m->flat_made = true;
	}
	return m->flat;
}

signed char *nz_junk_slot(nz *z, size_t i)
{
	struct nz_memo *m = memo_of(z, i);
	return m ? &m->junk : NULL;
}

/* How many of rule_dateline's answers are kept: more than the opening
 * blocks and tails the stages ask about, a few strcmp() to look up. */
#define NZ_DL_MEMO 16

struct nz_dl_memo {
	char *of;         /* the text; NULL: the slot is free */
	const char *lang; /* and what else the answer depends on (z's) */
	int dayfirst;
	bool found;
	dl_match m;
};

static bool same_lang(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

bool nz_dateline_known(nz *z, const char *t, bool *found, dl_match *m)
{
	unsigned k;
	if (!z || !t || !z->dl_memo)
		return false;
	for (k = 0; k < NZ_DL_MEMO; k++) {
		struct nz_dl_memo *e = &z->dl_memo[k];
		if (e->of && e->dayfirst == z->dayfirst && same_lang(e->lang, z->lang) && !strcmp(e->of, t)) {
			*found = e->found;
			*m = e->m;
			return true;
		}
	}
	return false;
}

void nz_dateline_keep(nz *z, const char *t, bool found, const dl_match *m)
{
	struct nz_dl_memo *e;
	if (!z || !t || !z->memo)
		return;
	if (!z->dl_memo && !(z->dl_memo = pm_calloc(NZ_DL_MEMO, sizeof *z->dl_memo)))
		return;
	e = &z->dl_memo[z->dl_next++ % NZ_DL_MEMO];
	free(e->of);
	e->of = pm_strdup(t);
	e->lang = z->lang;
	e->dayfirst = z->dayfirst;
	e->found = found;
	e->m = *m;
}

void nz_memo_free(nz *z)
{
	size_t i;
	for (i = 0; z->memo && i < z->n; i++) {
		free(z->memo[i].of);
		free(z->memo[i].flat);
	}
	for (i = 0; z->dl_memo && i < NZ_DL_MEMO; i++)
		free(z->dl_memo[i].of);
	free(z->dl_memo);
	free(z->memo);
	free(z->scratch);
	z->dl_memo = NULL;
	z->memo = NULL;
	z->scratch = NULL;
}
