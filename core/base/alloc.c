/*
 * alloc.c - the library's allocator: the C library's, with a
 * fail-the-Nth-allocation hook that the tests use to prove every failure
 * is reported, not crashed on, and a count of failures that the engine
 * reads to refuse a record built on one. Every floor allocates through
 * it, and so does the kit's buffer (pm_kit_realloc). Also the few string
 * helpers everyone needs.
 */
#include "base.h"

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
 * without its word list), so the engine compares this count before and
 * after a conversion and turns a record built on a failed allocation into
 * a resource_limit failure rather than hand out a silently damaged one. */
static _Thread_local unsigned long alloc_failures;

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

/* The kit's buffers grow through the library's allocator (kit.h). */
void *pm_kit_realloc(void *p, size_t n)
{
	return pm_realloc(p, n);
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
