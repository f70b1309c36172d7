/*
 * strmap.c - a hash map from byte strings to counters or positions, so
 * that a pass over a document finds its repeated texts or counts its
 * words in one sweep (model and repairs use it; README, "Scaling").
 */
#include "base.h"

#include <stdlib.h>
#include <string.h>

static uint64_t map_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static size_t map_slot(const pm_strmap *m, const char *s, size_t n)
{
	size_t i = map_hash(s, n) & (m->cap - 1);
	while (m->keys[i] && !(m->lens[i] == n && !memcmp(m->keys[i], s, n)))
		i = (i + 1) & (m->cap - 1);
	return i;
}

static bool map_grow(pm_strmap *m)
{
	pm_strmap nm = {0};
	size_t i;
	nm.cap = m->cap ? m->cap * 2 : 64;
	nm.keys = pm_calloc(nm.cap, sizeof *nm.keys);
	nm.lens = pm_calloc(nm.cap, sizeof *nm.lens);
	nm.vals = pm_calloc(nm.cap, sizeof *nm.vals);
	if (!nm.keys || !nm.lens || !nm.vals) {
		free(nm.keys);
		free(nm.lens);
		free(nm.vals);
		return false;
	}
	for (i = 0; i < m->cap; i++) {
		if (m->keys[i]) {
			size_t j = map_slot(&nm, m->keys[i], m->lens[i]);
			nm.keys[j] = m->keys[i];
			nm.lens[j] = m->lens[i];
			nm.vals[j] = m->vals[i];
		}
	}
	nm.n = m->n;
	free(m->keys);
	free(m->lens);
	free(m->vals);
	*m = nm;
	return true;
}

size_t *pm_strmap_add(pm_strmap *m, const char *s, size_t n)
{
	size_t i;
	char *k;
	if (m->n * 2 >= m->cap && !map_grow(m))
		return NULL;
	i = map_slot(m, s, n);
	if (m->keys[i])
		return &m->vals[i];
	k = pm_strndup(s, n);
	if (!k)
		return NULL;
	m->keys[i] = k;
	m->lens[i] = n;
	m->vals[i] = 0;
	m->n++;
	return &m->vals[i];
}

size_t *pm_strmap_get(const pm_strmap *m, const char *s, size_t n)
{
	size_t i;
	if (!m->cap)
		return NULL;
	i = map_slot(m, s, n);
	return m->keys[i] ? &m->vals[i] : NULL;
}

void pm_strmap_free(pm_strmap *m)
{
	size_t i;
	for (i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->lens);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

