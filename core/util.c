/*
 * util.c - allocation wrappers (with a fail-the-Nth-allocation hook that
 * the tests use to prove every failure is reported, not crashed on) and
 * the growable, capped string buffer the rest of the library builds text in.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The failure hook belongs to the thread that set it: another thread's
 * allocations neither meet the failure nor race on the count. */
static _Thread_local unsigned long alloc_count;
static _Thread_local unsigned long alloc_fail_n;

unsigned long pm_alloc_fail_at(unsigned long n)
{
	unsigned long seen = alloc_count;
	alloc_count = 0;
	alloc_fail_n = n;
	return seen;
}

/* Failed allocations in this thread, real or injected. Many callers
 * cannot report a NULL (a jansson setter fails silently, a heuristic does
 * without its word list), so convert.c compares this count before and
 * after a conversion and turns a record built on a failed allocation into
 * a resource_limit failure rather than hand out a silently damaged one. */
static _Thread_local unsigned long alloc_failures;

unsigned long pm_alloc_failures(void);
unsigned long pm_alloc_failures(void)
{
	return alloc_failures;
}

static bool alloc_should_fail(void)
{
	alloc_count++;
	if (alloc_fail_n && alloc_count == alloc_fail_n) {
		alloc_failures++;
		return true;
	}
	return false;
}

static void *counted(void *p)
{
	if (!p)
		alloc_failures++;
	return p;
}

void *pm_malloc(size_t n)
{
	if (alloc_should_fail())
		return NULL;
	return counted(malloc(n ? n : 1));
}

void *pm_calloc(size_t n, size_t size)
{
	if (alloc_should_fail())
		return NULL;
	return counted(calloc(n ? n : 1, size ? size : 1));
}

void *pm_realloc(void *p, size_t n)
{
	if (alloc_should_fail())
		return NULL;
	return counted(realloc(p, n ? n : 1));
}

void *pm_reallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
	return pm_realloc(p, n * size);
}

char *pm_strndup(const char *s, size_t n)
{
	char *r;
	if (!s)
		return NULL;
	r = pm_malloc(n + 1);
	if (!r)
		return NULL;
	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

char *pm_strdup(const char *s)
{
	return s ? pm_strndup(s, strlen(s)) : NULL;
}

bool pm_str_in(const char *s, const char *const *list)
{
	size_t i;
	for (i = 0; list[i]; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}

bool pm_mem_in(const char *w, size_t l, const char *const *list)
{
	size_t i;
	for (i = 0; list[i]; i++)
		if (strlen(list[i]) == l && !strncmp(w, list[i], l))
			return true;
	return false;
}

void pm_buf_init(pm_buf *b)
{
	memset(b, 0, sizeof *b);
}

void pm_buf_free(pm_buf *b)
{
	free(b->data);
	pm_buf_init(b);
}

void pm_buf_reset(pm_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

static bool buf_reserve(pm_buf *b, size_t extra)
{
	size_t need, ncap;
	char *p;
	if (b->failed)
		return false;
	if (extra > SIZE_MAX - b->len - 1) {
		b->failed = true;
		return false;
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return true;
	ncap = b->cap ? b->cap : 64;
	while (ncap < need)
		ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
	p = pm_realloc(b->data, ncap);
	if (!p) {
		b->failed = true;
		return false;
	}
	/* The first growth must terminate too: pm_buf_steal on a buffer
	 * that never received a byte hands this out as "". */
	p[b->len] = '\0';
	b->data = p;
	b->cap = ncap;
	return true;
}

bool pm_buf_add(pm_buf *b, const char *s, size_t n)
{
	if (!buf_reserve(b, n))
		return false;
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return true;
}

bool pm_buf_adds(pm_buf *b, const char *s)
{
	return pm_buf_add(b, s, strlen(s));
}

bool pm_buf_addc(pm_buf *b, char c)
{
	return pm_buf_add(b, &c, 1);
}

bool pm_buf_printf(pm_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;
	char small[256];
	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return false;
	if ((size_t)n < sizeof small)
		return pm_buf_add(b, small, (size_t)n);
	if (!buf_reserve(b, (size_t)n))
		return false;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return true;
}

char *pm_buf_steal(pm_buf *b)
{
	char *r;
	if (b->failed) {
		pm_buf_free(b);
		return NULL;
	}
	if (!b->data && !buf_reserve(b, 0))
		return NULL;
	r = b->data;
	pm_buf_init(b);
	return r;
}

/* ---- string map ------------------------------------------------------ */

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

const char *pm_memstr(const char *s, size_t n, const char *needle)
{
	size_t l = strlen(needle), i;
	if (!l)
		return s;
	for (i = 0; i + l <= n; i++)
		if (s[i] == needle[0] && !memcmp(s + i, needle, l))
			return s + i;
	return NULL;
}

/* For callers that cannot be sure their free() is the library's
 * (language bindings such as python/pressmill over ctypes): what the
 * library malloc()ed for them goes back through here. */
PM_API void pm_free(void *p)
{
	free(p);
}
