/*
 * decode.c - the txt plugin's text, decoded to UTF-8 from any common
 * charset: byte-order marks, UTF-16 without one, a real detector
 * (uchardet) for legacy 8-bit text, iconv to convert; and UTF-8 that was
 * once read as Windows-1252 and encoded again (mojibake), decoded back
 * where the bytes prove it (README, "Repairs": mojibake).
 */
#define _GNU_SOURCE
#include "txt.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uchardet.h>

/* ---- decoding -------------------------------------------------------- */

/* 0 none, 1 UTF-16LE, 2 UTF-16BE: by where the zero bytes fall. */
int txt_utf16_guess(const unsigned char *h, size_t n)
{
	size_t i, z_even = 0, z_odd = 0, pairs = n / 2;
	/* no NUL at all, the usual text: no count can pass */
	if (pairs < 4 || !memchr(h, 0, n))
		return 0;
	for (i = 0; i + 1 < n; i += 2) {
		if (h[i] == 0)
			z_even++;
		if (h[i + 1] == 0)
			z_odd++;
	}
	if (z_odd * 10 >= pairs * 4 && z_even * 20 < pairs)
		return 1;
	if (z_even * 10 >= pairs * 4 && z_odd * 20 < pairs)
		return 2;
	return 0;
}


/* Convert with iconv, replacing what cannot be converted by U+FFFD. */
static bool iconv_decode(const char *from, const unsigned char *in, size_t n, size_t unit,
                         pm_buf *out, unsigned long *bad)
{
	iconv_t cd = iconv_open("UTF-8", from);
	char *ip = (char *)in;
	size_t il = n;
	char chunk[8192];
	if (cd == (iconv_t)-1)
		return false;
	while (il > 0) {
		char *op = chunk;
		size_t ol = sizeof chunk;
		size_t r = iconv(cd, &ip, &il, &op, &ol);
		pm_buf_add(out, chunk, (size_t)(op - chunk));
		if (r == (size_t)-1) {
			if (errno == E2BIG)
				continue;
			/* EILSEQ or EINVAL (truncated at the end): replace one unit */
			pm_buf_add(out, "\xEF\xBF\xBD", 3);
			(*bad)++;
			if (il < unit) {
				il = 0;
				break;
			}
			ip += unit;
			il -= unit;
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	{
		char *op = chunk;
		size_t ol = sizeof chunk;
		iconv(cd, NULL, NULL, &op, &ol);
		pm_buf_add(out, chunk, (size_t)(op - chunk));
	}
	iconv_close(cd);
	return !out->failed;
}

/* The code points of bytes 0x80..0xFF in charset cs (U+FFFD where it
 * has none); false when iconv does not know it. */
static bool high_half(const char *cs, int32_t cp[128])
{
	unsigned char bytes[128];
	pm_buf u = {0};
	unsigned long bad = 0;
	size_t i, at = 0;
	bool ok;
	for (i = 0; i < 128; i++)
		bytes[i] = (unsigned char)(0x80 + i);
	ok = iconv_decode(cs, bytes, sizeof bytes, 1, &u, &bad);
	for (i = 0; ok && i < 128; i++) {
		size_t k = at < u.len ? pm_utf8_decode((const unsigned char *)u.data + at, u.len - at, &cp[i]) : 0;
		if (!k)
			ok = false;
		at += k;
	}
	pm_buf_free(&u);
	return ok;
}

/* A letter of the Latin, Greek or Cyrillic alphabets a legacy code page
 * holds (not × or ÷). */
static bool code_page_letter(int32_t c)
{
	return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x52F);
}

/* How many bytes of 0x80..0xFF inside words (a letter or such a byte on
 * both sides) read as letters in a charset whose high half is cp. */
static size_t letters_in_words(const unsigned char *d, size_t n, const int32_t cp[128])
{
	size_t i, count = 0;
	for (i = 1; i + 1 < n; i++)
		if (d[i] >= 0x80 && (isalpha(d[i - 1]) || d[i - 1] >= 0x80) && (isalpha(d[i + 1]) || d[i + 1] >= 0x80) &&
		    code_page_letter(cp[d[i] - 0x80]))
			count++;
	return count;
}

/* Convention txt.encoding.dos_guess: a DOS code page guessed for
 * Western text (uchardet answers IBM852 or IBM850 for a Dutch text
 * whose only accented letter is "ö", 0xF6 in Windows-1252 and "÷" in
 * those pages): where Windows-1252 reads more of the high bytes inside
 * words as letters than the guess does, it is Windows-1252, by far the
 * more common charset of such text; a text in a DOS page shows its
 * letters there (Czech "ř", "ů" in IBM852). */
static bool western_reads_better(const unsigned char *d, size_t n, const char *cs)
{
	int32_t dos[128], west[128];
	if (strncmp(cs, "IBM", 3) && strncmp(cs, "CP437", 5) && strncmp(cs, "CP85", 4))
		return false;
	if (!high_half(cs, dos) || !high_half("WINDOWS-1252", west))
		return false;
	return letters_in_words(d, n, west) > letters_in_words(d, n, dos);
}

static void upcase(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

/* Decode the whole input to UTF-8; returns the charset name (static or in
 * cs, which must hold 64 bytes). */
const char *txt_decode(const pm_input *in, const pm_host *h, pm_sink *s, pm_buf *out,
                          char cs[64], unsigned long *bad)
{
	const unsigned char *d = in->data;
	size_t n = in->size;
	int u16;
	if (n >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3)) {
		if (pm_utf8_valid((const char *)d + 3, n - 3))
			pm_buf_add(out, (const char *)d + 3, n - 3);
		else
			*bad += pm_utf8_sanitize(out, (const char *)d + 3, n - 3);
		return "UTF-8";
	}
	if (n >= 2 && !memcmp(d, "\xFF\xFE", 2)) {
		iconv_decode("UTF-16LE", d + 2, n - 2, 2, out, bad);
		return "UTF-16LE";
	}
	if (n >= 2 && !memcmp(d, "\xFE\xFF", 2)) {
		iconv_decode("UTF-16BE", d + 2, n - 2, 2, out, bad);
		return "UTF-16BE";
	}
	u16 = txt_utf16_guess(d, n < 65536 ? n : 65536);
	if (u16) {
		pm_host_warn(h, s, "txt.encoding_guessed", PM_EFFECT_INFO,
		             u16 == 1 ? "UTF-16LE without a byte order mark" : "UTF-16BE without a byte order mark");
		iconv_decode(u16 == 1 ? "UTF-16LE" : "UTF-16BE", d, n, 2, out, bad);
		return u16 == 1 ? "UTF-16LE" : "UTF-16BE";
	}
	if (pm_utf8_valid((const char *)d, n)) {
		pm_buf_add(out, (const char *)d, n);
		return "UTF-8";
	}
	{
		uchardet_t ud = uchardet_new();
		const char *guess = NULL;
		bool c1 = false;
		size_t i;
		cs[0] = '\0';
		if (ud) {
			uchardet_handle_data(ud, (const char *)d, n < (1u << 20) ? n : (1u << 20));
			uchardet_data_end(ud);
			guess = uchardet_get_charset(ud);
			if (guess && *guess)
				snprintf(cs, 64, "%s", guess);
			uchardet_delete(ud);
		}
		upcase(cs);
		for (i = 0; i < n; i++)
			if (d[i] >= 0x80 && d[i] <= 0x9F) {
				c1 = true;
				break;
			}
		/* Latin-1's 0x80-0x9F are controls nobody types: text with them
		 * is Windows-1252, which is what uchardet often means. */
		if (!strcmp(cs, "ISO-8859-1") && c1)
			snprintf(cs, 64, "WINDOWS-1252");
		if (!cs[0] || !strcmp(cs, "ASCII")) {
			snprintf(cs, 64, "WINDOWS-1252");
			pm_host_warn(h, s, "txt.encoding_guessed", PM_EFFECT_INFO,
			             "charset not recognised; decoded as Windows-1252");
		}
		/* Central European guesses for text whose bytes read the same
		 * in Windows-1252 (curly quotes, dashes): the Western charset
		 * is far more common, so report that one. */
		if (!strcmp(cs, "WINDOWS-1250") || !strcmp(cs, "ISO-8859-2")) {
			pm_buf a = {0}, b = {0};
			unsigned long ba = 0, bb = 0;
			if (iconv_decode(cs, d, n, 1, &a, &ba) && iconv_decode("WINDOWS-1252", d, n, 1, &b, &bb) &&
			    a.len == b.len && !memcmp(a.data, b.data, a.len))
				snprintf(cs, 64, "WINDOWS-1252");
			pm_buf_free(&a);
			pm_buf_free(&b);
		}
		if (western_reads_better(d, n, cs))
			snprintf(cs, 64, "WINDOWS-1252");
		if (!strcmp(cs, "UTF-8")) {
			*bad += pm_utf8_sanitize(out, (const char *)d, n);
			return "UTF-8";
		}
		if (!iconv_decode(cs, d, n, 1, out, bad)) {
			out->len = 0;
			out->failed = false;
			pm_host_warn(h, s, "txt.encoding_guessed", PM_EFFECT_INFO,
			             "charset not supported by iconv; decoded as Windows-1252");
			snprintf(cs, 64, "WINDOWS-1252");
			iconv_decode(cs, d, n, 1, out, bad);
		}
		return cs;
	}
}

/* ---- mojibake -------------------------------------------------------- */

/* Windows-1252's 0x80-0x9F, as code points, back to their bytes. */
static int cp1252_byte(unsigned cp)
{
	static const unsigned short tbl[32] = {
		0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
		0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
		0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
	size_t i;
	if (cp >= 0x80 && cp <= 0xFF)
		return (int)cp;
	for (i = 0; i < 32; i++)
		if (tbl[i] && tbl[i] == cp)
			return (int)(0x80 + i);
	return -1;
}

static size_t dec1(const unsigned char *s, size_t n, unsigned *cp)
{
	if (s[0] < 0x80) { *cp = s[0]; return 1; }
	if ((s[0] & 0xE0) == 0xC0 && n >= 2) { *cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); return 2; }
	if ((s[0] & 0xF0) == 0xE0 && n >= 3) { *cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu); return 3; }
	if ((s[0] & 0xF8) == 0xF0 && n >= 4) { *cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu); return 4; }
	*cp = s[0];
	return 1;
}

/* A character that no text writes on its own: a combining mark, an IPA
 * letter or spacing modifier, a C1 control. Two Latin-1 characters whose
 * bytes happen to form one of them ("É»" in «L'ÉTÉ», U+027B; "É" and a
 * no-break space, U+0260) are real text, not mojibake. */
static bool never_alone(unsigned cp)
{
	return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x250 && cp <= 0x36F) || (cp >= 0x483 && cp <= 0x489) ||
	       (cp >= 0x591 && cp <= 0x5C7) || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670;
}

/* UTF-8 text that was once decoded as Windows-1252 and encoded again
 * ("Ã©" for "é", "â€™" for "’", twice over: "Ã¢Â€Â¢" for "•"). A run of
 * characters from Latin-1/Windows-1252 whose bytes form valid UTF-8
 * multi-byte sequences is decoded back; a run that does not (real
 * "Âge", "déjà"), or that decodes to one character no text writes alone
 * (real "CAFÉ»"), is left alone. Returns how many runs were repaired. */
static size_t fix_mojibake_pass(pm_buf *t)
{
	pm_buf out = {0};
	const unsigned char *p = (const unsigned char *)t->data, *end = p + t->len;
	/* text is copied to out a span at a time, up to each repaired run,
	 * and not at all when nothing is repaired (most texts) */
	const unsigned char *kept = p;
	size_t fixed = 0;
	while (p < end) {
		unsigned cp;
		size_t l;
		/* the ASCII at once */
		if (*p < 0x80) {
			p += pm_utf8_ascii_prefix((const char *)p, (size_t)(end - p));
			continue;
		}
		l = dec1(p, (size_t)(end - p), &cp);
		/* a run starts at a character that would be a UTF-8 lead byte */
		if (cp >= 0xC2 && cp <= 0xF4) {
			unsigned char bytes[64];
			size_t nb = 0, consumed = 0;
			const unsigned char *q = p;
			while (q < end && nb < sizeof bytes) {
				unsigned c2;
				size_t l2 = dec1(q, (size_t)(end - q), &c2);
				int b = cp1252_byte(c2);
				if (b < 0)
					break;
				bytes[nb++] = (unsigned char)b;
				q += l2;
				consumed += l2;
			}
			/* take the longest prefix of whole valid UTF-8 sequences */
			{
				size_t i = 0, ok_bytes = 0, ok_cons = 0, cons = 0;
				const unsigned char *r = p;
				while (i < nb) {
					size_t k = bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : bytes[i] >= 0xC2 ? 2 : 0;
					size_t j;
					bool good = k && i + k <= nb;
					for (j = 1; good && j < k; j++)
						if ((bytes[i + j] & 0xC0) != 0x80)
							good = false;
					if (!good)
						break;
					for (j = 0; j < k; j++) {
						unsigned c3;
						size_t l3 = dec1(r, (size_t)(end - r), &c3);
						r += l3;
						cons += l3;
					}
					i += k;
					ok_bytes = i;
					ok_cons = cons;
				}
				if (ok_bytes) {
					unsigned one;
					if (dec1(bytes, ok_bytes, &one) == ok_bytes && never_alone(one))
						ok_bytes = 0;
				}
				if (ok_bytes) {
					pm_buf_add(&out, (const char *)kept, (size_t)(p - kept));
					pm_buf_add(&out, (const char *)bytes, ok_bytes);
					p += ok_cons;
					kept = p;
					fixed++;
					continue;
				}
			}
			(void)consumed;
		}
		p += l;
	}
	if (fixed)
		pm_buf_add(&out, (const char *)kept, (size_t)(end - kept));
	txt_replace(t, &out, fixed != 0);
	return fixed;
}

/* Words (apart by ASCII white space, which a repair never makes or
 * removes: the two texts hold the same words in the same order) that
 * differ between before and after. */
static size_t words_differ(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0, n = 0;
	for (;;) {
		size_t ia, jb;
		while (i < an && isspace((unsigned char)a[i]))
			i++;
		while (j < bn && isspace((unsigned char)b[j]))
			j++;
		if (i >= an || j >= bn)
			break;
		ia = i;
		jb = j;
		while (i < an && !isspace((unsigned char)a[i]))
			i++;
		while (j < bn && !isspace((unsigned char)b[j]))
			j++;
		n += i - ia != j - jb || memcmp(a + ia, b + jb, i - ia);
	}
	return n;
}

/* The repair passes (a text encoded twice needs two); *words gets how
 * many words they changed (0 when the copy to compare with could not be
 * made). */
size_t txt_fix_mojibake(pm_buf *t, size_t *words)
{
	size_t total = 0, k, f, bn = t->len;
	char *before = malloc(bn + 1);
	*words = 0;
	if (before)
		memcpy(before, t->data, bn);
	for (k = 0; k < 3 && (f = fix_mojibake_pass(t)); k++)
		total += f;
	if (total && before)
		*words = words_differ(before, bn, t->data, t->len);
	free(before);
	return total;
}

