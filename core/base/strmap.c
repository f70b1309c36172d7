/*
 * strmap.c - a hash map from byte strings to counters or positions, so
 * that a pass over a document finds its repeated texts or counts its
 * words in one sweep (model and repairs use it; README, "Scaling").
 */
#include "base.h"

#include <stdlib.h>
#include <string.h>

/* Eight bytes a step, each mixed in by a multiply and a shift, and a
 * final mix (MurmurHash3's constants) so that the low bits that pick the
 * slot depend on every byte: the keys are whole paragraphs (the
 * furniture stage counts repeated blocks), and a byte-at-a-time hash
 * cost more than the rest of the lookup. Nothing depends on where a key
 * lands but the time its lookup takes (no caller walks the slots). */
static uint64_t map_hash(const char *s, size_t n)
{
	uint64_t h = UINT64_C(0x9E3779B97F4A7C15) ^ n, w;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * UINT64_C(0xFF51AFD7ED558CCD);
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s + i, n - i);
	h = (h ^ w) * UINT64_C(0xFF51AFD7ED558CCD);
	h ^= h >> 33;
	h *= UINT64_C(0xC4CEB9FE1A85EC53);
	h ^= h >> 33;
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

