/*
 * buf.c - the growable byte buffer of kit.h, used by the plugins and by
 * the core to build text: appends never fail loudly, a failed allocation
 * is remembered and checked once at the end.
 */
#include "kit.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	p = pm_kit_realloc(b->data, ncap);
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
	/* room already (cap > len whenever there is memory): no call to
	 * grow it; the text builders append a few bytes at a time */
	if (n < b->cap - b->len && !b->failed) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
		return true;
	}
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
	/* a character at a time is how the readers build most text */
	if (b->cap - b->len > 1 && !b->failed) {
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
		return true;
	}
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
