/*
 * fields.c - the record's fields as the normaliser's stages find them
 * (pm_fields, model.h): typed lists and strings, shared by the stages and
 * turned into JSON once, by record.c.
 */
#include "model.h"

#include <stdlib.h>
#include <string.h>

bool pm_grow(void **v, size_t *cap, size_t n, size_t size)
{
	size_t ncap;
	void *nv;
	if (n < *cap)
		return true;
	ncap = *cap ? *cap * 2 : 8;
	nv = pm_reallocarray(*v, ncap, size);
	if (!nv)
		return false;
	*v = nv;
	*cap = ncap;
	return true;
}

void pm_fields_set(char **field, const char *s)
{
	char *c = s ? pm_strdup(s) : NULL;
	free(*field);
	*field = c;
}

bool pm_strv_add(pm_strv *l, char *s)
{
	if (!s || !pm_grow((void **)&l->v, &l->cap, l->n, sizeof *l->v)) {
		free(s);
		return false;
	}
	l->v[l->n++] = s;
	return true;
}

void pm_strv_free(pm_strv *l)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void pm_fields_free(pm_fields *f)
{
	size_t i;
	free(f->headline);
	free(f->subheadline);
	pm_strv_free(&f->tags);
	free(f->release);
	free(f->embargo);
	free(f->dateline.text);
	free(f->dateline.location);
	free(f->date);
	free(f->byline);
	for (i = 0; i < f->nbody; i++)
		free(f->body[i].text);
	free(f->body);
	for (i = 0; i < f->nquotes; i++) {
		free(f->quotes[i].text);
		free(f->quotes[i].speaker);
		free(f->quotes[i].role);
		free(f->quotes[i].organization);
	}
	free(f->quotes);
	for (i = 0; i < f->nabout; i++) {
		free(f->about[i].heading);
		pm_strv_free(&f->about[i].paragraphs);
	}
	free(f->about);
	for (i = 0; i < f->ncontacts; i++) {
		free(f->contacts[i].name);
		free(f->contacts[i].role);
		free(f->contacts[i].organization);
		free(f->contacts[i].email);
		free(f->contacts[i].phone);
		free(f->contacts[i].url);
		free(f->contacts[i].e164);
	}
	free(f->contacts);
	for (i = 0; i < f->nacronyms; i++) {
		free(f->acronyms[i].shrt);
		free(f->acronyms[i].lng);
	}
	free(f->acronyms);
	free(f->end_mark);
	for (i = 0; i < f->ntables; i++) {
		size_t r;
		free(f->tables[i].caption);
		for (r = 0; r < f->tables[i].nrows; r++)
			pm_strv_free(&f->tables[i].rows[r]);
		free(f->tables[i].rows);
	}
	free(f->tables);
	for (i = 0; i < f->nlinks; i++) {
		free(f->links[i].text);
		free(f->links[i].url);
	}
	free(f->links);
	for (i = 0; i < f->nimages; i++)
		free(f->images[i].caption);
	free(f->images);
	for (i = 0; i < f->nnotes; i++)
		free(f->notes[i].text);
	free(f->notes);
	for (i = 0; i < f->nfurniture; i++)
		free(f->furniture[i].text);
	free(f->furniture);
	free(f->lead);
	free(f->reference);
	free(f->issuer.name);
	free(f->evidence);
	memset(f, 0, sizeof *f);
}
