/*
 * utf8.c - UTF-8 as kit.h gives it to the plugins and the core: strict
 * decoding (no overlong forms, no surrogates), encoding, validation and
 * the replacement of invalid bytes by U+FFFD that every text from a
 * document gets before it is trusted.
 */
#include "kit.h"

#include <stdint.h>
#include <string.h>

size_t pm_utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	int32_t c;
	size_t len, i;
	if (n == 0) {
		*cp = -1;
		return 0;
	}
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		*cp = -1;
		return 1;
	}
	if (n < len) {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = -1;
		return 1;
	}
	*cp = c;
	return len;
}

bool pm_utf8_scalar(int32_t cp)
{
	return cp >= 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

size_t pm_utf8_encode(int32_t cp, char out[4])
{
	if (!pm_utf8_scalar(cp))
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

bool pm_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		int32_t cp;
		/* the ASCII at once: most text is ASCII, and every record's
		 * strings are checked */
		if (p[i] < 0x80) {
			i += pm_utf8_ascii_prefix((const char *)p + i, n - i);
			continue;
		}
		i += pm_utf8_decode(p + i, n - i, &cp);
		if (cp < 0)
			return false;
	}
	return true;
}

size_t pm_utf8_sanitize(pm_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, bad = 0, start = 0;
	while (i < n) {
		int32_t cp;
		size_t l;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		l = pm_utf8_decode(p + i, n - i, &cp);
		if (cp < 0) {
			pm_buf_add(b, s + start, i - start);
			pm_buf_add(b, "\xEF\xBF\xBD", 3);
			bad++;
			i += l;
			start = i;
		} else {
			i += l;
		}
	}
	pm_buf_add(b, s + start, n - start);
	return bad;
}

size_t pm_utf8_count(const char *s, size_t n)
{
	/* eight bytes at a time: bit 7 set and bit 6 clear marks a
	 * continuation byte (10xxxxxx) */
	const uint64_t high = UINT64_C(0x8080808080808080), ones = UINT64_C(0x0101010101010101);
	size_t i = 0, cont = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w, m;
		memcpy(&w, s + i, 8);
		m = w & ~(w << 1) & high;
		cont += (size_t)(((m >> 7) * ones) >> 56);
	}
	for (; i < n; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return n - cont;
}

size_t pm_utf8_ascii_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	for (;;) {
		uint64_t w;
		if (i + 8 <= n && (memcpy(&w, p + i, 8), !(w & UINT64_C(0x8080808080808080)))) {
			i += 8;
			continue;
		}
		if (i < n && p[i] < 0x80) {
			i++;
			continue;
		}
		return i;
	}
}
