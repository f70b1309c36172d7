/*
 * quote.c - file names and messages made safe for a terminal, for the
 * CLI's error lines, its -v log and the library's diagnostics. A name is
 * bytes: one holding an escape sequence ("ESC ]0;... BEL" retitles the
 * terminal, "ESC [2J" clears it) or a newline (which forges a log line)
 * must reach stderr as text a reader can see and a shell can paste back.
 * The convention is coreutils' shell-escape quoting (ls -Q's cousin, what
 * `rm` and `cp` print in their errors): a name of plain characters is
 * printed as it is; any other is put in single quotes, and the bytes that
 * are not printable go in $'...' with C escapes (\n, \t, \033, \377).
 */
#define _GNU_SOURCE
#include "cli.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct qbuf {
	char *s;
	size_t len, cap;
} qbuf;

static void put(qbuf *b, const char *p, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t nc = (b->len + n + 1) * 2;
		char *ns = realloc(b->s, nc);
		if (!ns)
			return;
		b->s = ns;
		b->cap = nc;
	}
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* Length of the printable UTF-8 character at p (n bytes left), 0 when the
 * bytes there are not one: controls (C0, DEL, C1), invalid or overlong
 * sequences, and the characters that move text on a terminal without
 * showing (bidi overrides and isolates, line and paragraph separators). */
static size_t printable(const unsigned char *p, size_t n)
{
	unsigned cp;
	size_t len, i;
	if (p[0] < 0x20 || p[0] == 0x7f)
		return 0;
	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		len = 2;
		cp = p[0] & 0x1f;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		len = 3;
		cp = p[0] & 0x0f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		len = 4;
		cp = p[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	if (cp < 0xa0 || (cp >= 0x200e && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069))
		return 0;
	return len;
}

/* Characters a shell takes as they are: no quoting needed. */
static bool plain(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       strchr("%+,-./:=@_^", c) != NULL || c >= 0x80;
}

static void escape_byte(qbuf *b, unsigned char c)
{
	static const char named[] = "\a\b\t\n\v\f\r";
	static const char letter[] = "abtnvfr";
	const char *k = c ? strchr(named, c) : NULL;
	char e[8];
	if (k)
		snprintf(e, sizeof e, "\\%c", letter[k - named]);
	else
		snprintf(e, sizeof e, "\\%03o", c);
	put(b, e, strlen(e));
}

static char *quote(const char *name)
{
	const unsigned char *p = (const unsigned char *)name;
	size_t n = strlen(name), i, k;
	bool needs = n == 0 || name[0] == '~' || name[0] == '#';
	enum { NONE, SINGLE, DOLLAR } state = NONE;
	qbuf b = {NULL, 0, 0};
	for (i = 0; i < n && !needs; i += k) {
		k = printable(p + i, n - i);
		if (!k || (k == 1 && !plain(p[i])))
			needs = true;
	}
	if (!needs) {
		put(&b, name, n);
		return b.s;
	}
	for (i = 0; i < n; i += k) {
		k = printable(p + i, n - i);
		if (k) {
			if (state == DOLLAR)
				put(&b, "'", 1);
			if (state != SINGLE)
				put(&b, "'", 1);
			state = SINGLE;
			if (p[i] == '\'')
				put(&b, "'\\''", 4);
			else
				put(&b, name + i, k);
		} else {
			k = 1;
			if (state == SINGLE)
				put(&b, "'", 1);
			if (state != DOLLAR)
				put(&b, "$'", 2);
			state = DOLLAR;
			escape_byte(&b, p[i]);
		}
	}
	if (state != NONE)
		put(&b, "'", 1);
	else
		put(&b, "''", 2);
	return b.s;
}

/* A few names can be quoted for one message: each call returns a string
 * that stays valid for the next PM_QUOTE_SLOTS - 1 calls. */
#define PM_QUOTE_SLOTS 4

const char *pm_quote(const char *name)
{
	static char *quoted[PM_QUOTE_SLOTS];
	static unsigned next;
	char *q = quote(name ? name : "");
	unsigned i = next++ % PM_QUOTE_SLOTS;
	free(quoted[i]);
	quoted[i] = q;
	return q ? q : "?";
}

char *pm_sanitize_message(const char *msg)
{
	const unsigned char *p = (const unsigned char *)msg;
	size_t n = strlen(msg), i, k;
	qbuf b = {NULL, 0, 0};
	put(&b, "", 0);
	for (i = 0; i < n; i += k) {
		k = printable(p + i, n - i);
		if (k) {
			put(&b, msg + i, k);
		} else {
			k = 1;
			escape_byte(&b, p[i]);
		}
	}
	return b.s;
}
