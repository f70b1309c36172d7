/*
 * txt.c - the plain-text and Markdown plugin. It decodes any common charset
 * to UTF-8 (BOMs, UTF-16 and a real detector, uchardet, for legacy 8-bit
 * text), finds paragraphs (blank lines; hard-wrapped newswire lines joined
 * back), and reads Markdown's block and inline syntax so that markup never
 * reaches the text. It is the fallback bidder: it bids only on bytes that
 * look like text, so a binary file is unsupported whatever its name, and
 * only on text that is prose: HTML, XML, RTF, JSON, CSV and source code
 * are left to plugins of their own (plugins/kit/sniff.c tells them apart, and
 * the core names them when no plugin bids).
 */
#define _GNU_SOURCE
#include <pressmill/plugin.h>

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uchardet.h>

#include "kit/kit.h"

/* ---- buffers (the kit's) ------------------------------------------ */

/* A rewrite pass ends here: its output replaces the text only when it
 * changed something and was built whole; either way it is consumed. */
static void sb_replace(pm_buf *text, pm_buf *out, bool changed)
{
	if (changed && !out->failed) {
		pm_buf_free(text);
		*text = *out;
	} else {
		pm_buf_free(out);
	}
}

/* ---- probing --------------------------------------------------------- */

static bool has_prefix(const unsigned char *h, size_t n, const char *magic, size_t ml)
{
	return n >= ml && memcmp(h, magic, ml) == 0;
}

/* Magic numbers of binary formats that may hold no NUL in their head. */
static bool binary_magic(const unsigned char *h, size_t n)
{
	static const struct { const char *m; size_t l; } mg[] = {
		{"%PDF-", 5}, {"PK\x03\x04", 4}, {"PK\x05\x06", 4}, {"\xD0\xCF\x11\xE0", 4},
		{"\x89PNG", 4}, {"\xFF\xD8\xFF", 3}, {"GIF8", 4}, {"\x7F" "ELF", 4},
		{"\x1F\x8B", 2}, {"BZh", 3}, {"\xFD" "7zXZ", 5}, {"7z\xBC\xAF", 4},
		{"Rar!", 4}, {"{\\rtf", 5}, {"%!PS", 4}, {"II*\0", 4}, {"MM\0*", 4},
		{"RIFF", 4}, {"OggS", 4}, {"ID3", 3}, {"\x00\x00\x01\x00", 4},
	};
	size_t i;
	for (i = 0; i < sizeof mg / sizeof mg[0]; i++)
		if (has_prefix(h, n, mg[i].m, mg[i].l))
			return true;
	return false;
}

/* 0 none, 1 UTF-16LE, 2 UTF-16BE: by where the zero bytes fall. */
static int utf16_guess(const unsigned char *h, size_t n)
{
	size_t i, z_even = 0, z_odd = 0, pairs = n / 2;
	if (pairs < 4)
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

static bool text_like(const unsigned char *h, size_t n)
{
	size_t i, ctrl = 0;
	for (i = 0; i < n; i++) {
		unsigned char c = h[i];
		if (c == 0)
			return false;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
		    c != 0x1B)
			ctrl++;
		if (c == 0x7F)
			ctrl++;
	}
	/* A stray control character or two is damage; more is a binary. */
	return ctrl * 100 <= n;
}

static bool name_is_text(const char *name)
{
	static const char *const ext[] = {".txt", ".text", ".md", ".markdown", ".mdown", NULL};
	size_t nl = name ? strlen(name) : 0, i;
	for (i = 0; ext[i]; i++) {
		size_t el = strlen(ext[i]);
		if (nl > el && !strcasecmp(name + nl - el, ext[i]))
			return true;
	}
	return false;
}

static int txt_probe(const unsigned char *h, size_t n, uint64_t size, const char *name)
{
	int bid;
	if (n == 0)
		return PM_BID_NONE;
	if (has_prefix(h, n, "\xEF\xBB\xBF", 3) || has_prefix(h, n, "\xFF\xFE", 2) ||
	    has_prefix(h, n, "\xFE\xFF", 2))
		bid = 20; /* a BOM says "text" outright; still below any magic bid */
	else if (binary_magic(h, n))
		return PM_BID_NONE;
	else if (utf16_guess(h, n))
		bid = PM_BID_FALLBACK;
	else if (text_like(h, n))
		bid = PM_BID_FALLBACK;
	else
		return PM_BID_NONE;
	if (pm_sniff_text(h, n, size) != PM_SNIFF_PROSE)
		return PM_BID_NONE;
	if (name_is_text(name))
		bid += PM_BID_NAME_HINT;
	return bid;
}

/* ---- decoding -------------------------------------------------------- */

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

static void upcase(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

/* Decode the whole input to UTF-8; returns the charset name (static or in
 * cs, which must hold 64 bytes). */
static const char *decode(const pm_input *in, const pm_host *h, pm_sink *s, pm_buf *out,
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
	u16 = utf16_guess(d, n < 65536 ? n : 65536);
	if (u16) {
		h->warn(s, "txt.encoding_guessed", u16 == 1 ? "UTF-16LE without a byte order mark"
		                                            : "UTF-16BE without a byte order mark");
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
			h->warn(s, "txt.encoding_guessed",
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
		if (!strcmp(cs, "UTF-8")) {
			*bad += pm_utf8_sanitize(out, (const char *)d, n);
			return "UTF-8";
		}
		if (!iconv_decode(cs, d, n, 1, out, bad)) {
			out->len = 0;
			out->failed = false;
			h->warn(s, "txt.encoding_guessed", "charset not supported by iconv; decoded as Windows-1252");
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
	size_t fixed = 0;
	while (p < end) {
		unsigned cp;
		size_t l = dec1(p, (size_t)(end - p), &cp);
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
					pm_buf_add(&out, (const char *)bytes, ok_bytes);
					p += ok_cons;
					fixed++;
					continue;
				}
			}
			(void)consumed;
		}
		pm_buf_add(&out, (const char *)p, l);
		p += l;
	}
	sb_replace(t, &out, fixed != 0);
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
static size_t fix_mojibake(pm_buf *t, size_t *words)
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

/* ---- lines ----------------------------------------------------------- */

typedef struct line {
	char *s;        /* points into the decoded text, NUL-terminated */
	size_t len;     /* bytes, right-trimmed */
	size_t cols;    /* code points */
	size_t indent;  /* leading spaces (tab = 4) */
	bool blank;
	bool page_break;
} line;

static size_t cps(const char *s, size_t n)
{
	size_t i, c = 0;
	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static line *split_lines(char *t, size_t n, size_t *count)
{
	size_t cap = 256, k = 0, i = 0;
	line *v = malloc(cap * sizeof *v);
	if (!v)
		return NULL;
	while (i <= n) {
		size_t st = i, e;
		line *L;
		bool ff = false;
		while (i < n && t[i] != '\n' && t[i] != '\r')
			i++;
		e = i;
		if (i < n && t[i] == '\r' && i + 1 < n && t[i + 1] == '\n')
			i++;
		t[e] = '\0';
		i++;
		if (k == cap) {
			line *nv;
			cap *= 2;
			nv = realloc(v, cap * sizeof *v);
			if (!nv) {
				free(v);
				return NULL;
			}
			v = nv;
		}
		L = &v[k++];
		/* form feeds: a page break, read as a blank line */
		{
			size_t j;
			for (j = st; j < e; j++)
				if (t[j] == '\f') {
					t[j] = ' ';
					ff = true;
				} else if (t[j] == '\t' || t[j] == '\v') {
					t[j] = ' ';
				}
		}
		while (e > st && (t[e - 1] == ' '))
			e--;
		L->s = t + st;
		L->len = e - st;
		L->indent = 0;
		while (L->indent < L->len && L->s[L->indent] == ' ')
			L->indent++;
		L->blank = L->indent == L->len;
		L->cols = cps(L->s, L->len);
		L->page_break = ff;
		if (i > n)
			break;
	}
	*count = k;
	return v;
}

/* ---- Markdown inline ------------------------------------------------- */

typedef struct emitter {
	const pm_host *h;
	pm_sink *s;
	bool md;
	bool stop;
	int page;
} emitter;

static size_t entity(const char *p, char out[8])
{
	static const struct { const char *n; const char *v; } ents[] = {
		{"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"apos;", "'"},
		{"nbsp;", "\xC2\xA0"}, {"#39;", "'"}, {"rsquo;", "\xE2\x80\x99"},
		{"lsquo;", "\xE2\x80\x98"}, {"rdquo;", "\xE2\x80\x9D"}, {"ldquo;", "\xE2\x80\x9C"},
		{"ndash;", "\xE2\x80\x93"}, {"mdash;", "\xE2\x80\x94"}, {"hellip;", "\xE2\x80\xA6"},
		{"eacute;", "\xC3\xA9"}, {"egrave;", "\xC3\xA8"}, {"agrave;", "\xC3\xA0"},
		{"ccedil;", "\xC3\xA7"}, {"laquo;", "\xC2\xAB"}, {"raquo;", "\xC2\xBB"},
		{"copy;", "\xC2\xA9"}, {"reg;", "\xC2\xAE"}, {"euro;", "\xE2\x82\xAC"}};
	size_t i;
	if (p[0] == '#') {
		long cp;
		char *e;
		if (p[1] == 'x' || p[1] == 'X')
			cp = strtol(p + 2, &e, 16);
		else
			cp = strtol(p + 1, &e, 10);
		if (*e == ';' && e - p < 10 && cp > 0 && cp <= 0x10FFFF && pm_utf8_scalar((int32_t)cp)) {
			size_t l = pm_utf8_encode((int32_t)cp, out);
			out[l] = '\0';
			return (size_t)(e - p) + 1;
		}
		return 0;
	}
	for (i = 0; i < sizeof ents / sizeof ents[0]; i++) {
		size_t l = strlen(ents[i].n);
		if (!strncmp(p, ents[i].n, l)) {
			snprintf(out, 8, "%s", ents[i].v);
			return l;
		}
	}
	return 0;
}

/* Link text longer than this is no link text: the bound keeps a line of
 * unmatched '[' linear. */
#define MD_LINK_TEXT 4096

/* Find the matching ']' for '[' at p (nesting, escapes); NULL if none. */
static const char *close_bracket(const char *p, const char *end)
{
	int depth = 0;
	if (end - p > MD_LINK_TEXT)
		end = p + MD_LINK_TEXT;
	for (; p < end; p++) {
		if (*p == '\\' && p + 1 < end) {
			p++;
			continue;
		}
		if (*p == '[')
			depth++;
		else if (*p == ']' && --depth == 0)
			return p;
	}
	return NULL;
}

static bool is_punct_or_space(char c)
{
	return c == '\0' || c == ' ' || c == '\n' || (ispunct((unsigned char)c) && c != '*' && c != '_');
}

/* Rewrite one Markdown/HTML-flavoured line's inline syntax into out;
 * link targets are reported to the host. */
static void md_inline(emitter *em, const char *p, size_t n, pm_buf *out)
{
	const char *end = p + n, *q;
	/* where a search for ')' or ']' to the end of the line failed: the
	 * searches from later places would fail too, so none is made again */
	const char *no_paren = end, *no_bracket = end;
	while (p < end) {
		char c = *p;
		if (c == '\\' && p + 1 < end && ispunct((unsigned char)p[1])) {
			pm_buf_addc(out, p[1]);
			p += 2;
			continue;
		}
		if (c == '!' && p + 1 < end && p[1] == '[' && (q = close_bracket(p + 1, end)) &&
		    q + 1 < end && q[1] == '(') {
			const char *r = q + 2 < no_paren ? memchr(q + 2, ')', (size_t)(end - q - 2)) : NULL;
			if (!r && q + 2 < no_paren)
				no_paren = q + 2;
			if (r) { /* an image: its alt text is not the release's text */
				p = r + 1;
				continue;
			}
		}
		if (c == '[' && (q = close_bracket(p, end))) {
			if (q + 1 < end && q[1] == '(') {
				const char *r = q + 2 < no_paren ? memchr(q + 2, ')', (size_t)(end - q - 2)) : NULL;
				if (!r && q + 2 < no_paren)
					no_paren = q + 2;
				if (r) {
					char url[2048];
					size_t ul = (size_t)(r - q - 2);
					const char *sp;
					md_inline(em, p + 1, (size_t)(q - p - 1), out);
					if (ul >= sizeof url)
						ul = sizeof url - 1;
					memcpy(url, q + 2, ul);
					url[ul] = '\0';
					sp = strchr(url, ' '); /* [t](url "title") */
					if (sp)
						url[sp - url] = '\0';
					em->h->link(em->s, url);
					p = r + 1;
					continue;
				}
			}
			if (q + 1 < end && q[1] == '[') {
				const char *r = q + 2 < no_bracket ? memchr(q + 2, ']', (size_t)(end - q - 2)) : NULL;
				if (!r && q + 2 < no_bracket)
					no_bracket = q + 2;
				if (r) {
					md_inline(em, p + 1, (size_t)(q - p - 1), out);
					p = r + 1;
					continue;
				}
			}
		}
		if (c == '<') {
			/* autolink <http://...> or <a@b>, else an HTML tag */
			/* only a '>' within 2048 bytes closes it: no search further */
			const char *r = memchr(p, '>', (size_t)(end - p) < 2048 ? (size_t)(end - p) : 2048);
			if (r) {
				size_t l = (size_t)(r - p - 1);
				if (l > 6 && (!strncmp(p + 1, "http", 4) || !strncmp(p + 1, "mailto:", 7) ||
				              (memchr(p + 1, '@', l) && !memchr(p + 1, ' ', l)))) {
					char url[2048];
					memcpy(url, p + 1, l);
					url[l] = '\0';
					pm_buf_add(out, !strncmp(url, "mailto:", 7) ? url + 7 : url,
					       strlen(!strncmp(url, "mailto:", 7) ? url + 7 : url));
					em->h->link(em->s, url);
					p = r + 1;
					continue;
				}
				if (l > 0 && (isalpha((unsigned char)p[1]) || p[1] == '/' || p[1] == '!')) {
					/* <br> breaks the line, not the paragraph: Markdown
					 * keeps it inside (CommonMark's hard line break) */
					if (!strncasecmp(p + 1, "br", 2) && (l == 2 || p[3] == '/' || p[3] == ' '))
						pm_buf_addc(out, ' ');
					else if (!strncasecmp(p + 1, "a ", 2)) {
						/* keep the href for contacts */
						const char *hr = memmem(p, (size_t)(r - p), "href=\"", 6);
						if (hr) {
							const char *he = memchr(hr + 6, '"', (size_t)(r - hr - 6));
							if (he && he - hr - 6 < 2000) {
								char url[2048];
								memcpy(url, hr + 6, (size_t)(he - hr - 6));
								url[he - hr - 6] = '\0';
								em->h->link(em->s, url);
							}
						}
					}
					p = r + 1;
					continue;
				}
			}
		}
		if (c == '&') {
			char ent[8];
			size_t l = entity(p + 1, ent);
			if (l) {
				pm_buf_add(out, ent, strlen(ent));
				p += 1 + l;
				continue;
			}
		}
		if (c == '`') {
			p++;
			continue;
		}
		if (c == '*' || c == '_' || c == '~') {
			const char *r = p;
			char prev = out->len ? out->data[out->len - 1] : '\0';
			char next;
			while (r < end && *r == c)
				r++;
			next = r < end ? *r : '\0';
			/* A delimiter run touching a word on one side only is
			 * emphasis; "a * b", "snake_case" and "~5" stay. */
			if ((c == '_' && isalnum((unsigned char)prev) && isalnum((unsigned char)next)) ||
			    (c == '~' && r - p < 2) ||
			    (is_punct_or_space(prev) && (next == ' ' || next == '\0') && r - p == 1)) {
				pm_buf_add(out, p, (size_t)(r - p));
			}
			p = r;
			continue;
		}
		pm_buf_addc(out, c);
		p++;
	}
}

/* ---- block emission -------------------------------------------------- */

static void emit_text(emitter *em, const char *t, size_t n)
{
	if (!em->stop && em->h->text(em->s, t, n))
		em->stop = true;
}

static void begin(emitter *em, int type, int level, unsigned flags, int role)
{
	pm_block_info bi;
	memset(&bi, 0, sizeof bi);
	bi.size = sizeof bi;
	bi.type = type;
	bi.level = level;
	bi.flags = flags;
	bi.role = role;
	bi.page = em->page;
	if (!em->stop && em->h->block_begin(em->s, &bi))
		em->stop = true;
}

static void end(emitter *em)
{
	if (!em->stop && em->h->block_end(em->s))
		em->stop = true;
}

/* Emit one line's content (inline syntax rewritten in Markdown). */
static void emit_line(emitter *em, const char *s, size_t n)
{
	if (em->md) {
		pm_buf b = {0};
		char *nl;
		md_inline(em, s, n, &b);
		if (b.data) {
			/* <br> inside the line became '\n': a line break */
			char *p = b.data;
			while ((nl = strchr(p, '\n'))) {
				emit_text(em, p, (size_t)(nl - p));
				if (!em->stop && em->h->line_end(em->s, PM_LINE_BREAK))
					em->stop = true;
				p = nl + 1;
			}
			emit_text(em, p, strlen(p));
		}
		pm_buf_free(&b);
	} else {
		emit_text(em, s, n);
	}
}

/* ---- Markdown detection and front matter ------------------------------ */

static bool md_list_marker(const char *s, size_t n, size_t *skip)
{
	size_t i = 0;
	/* "- FIN -" and "* * *" frame a mark; they are not list items */
	if (n >= 4 && (s[0] == '-' || s[0] == '*') && s[n - 1] == s[0] && s[n - 2] == ' ')
		return false;
	if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') {
		*skip = 2;
		return true;
	}
	/* "12. " numbers an item; "1938. It served" starts a sentence */
	while (i < n && i < 3 && isdigit((unsigned char)s[i]))
		i++;
	if (i < n && isdigit((unsigned char)s[i]))
		return false;
	if (i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') {
		*skip = i + 2;
		return true;
	}
	/* Typographic bullets in plain text: • ● ○ ■ ▪ ◦ ‣ ⁃ ➢ ✓, the Symbol
	 * font's private-use bullet, and Word's "o" for a second level. */
	{
		static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x97\x8F", "\xE2\x97\x8B",
		                                      "\xE2\x96\xA0", "\xE2\x96\xAA", "\xE2\x97\xA6",
		                                      "\xE2\x80\xA3", "\xE2\x81\x83", "\xE2\x9E\xA2",
		                                      "\xE2\x9C\x93", "\xEF\x82\xB7", "\xC2\xB7", NULL};
		size_t k;
		for (k = 0; bullets[k]; k++) {
			size_t bl = strlen(bullets[k]);
			if (n > bl + 1 && !strncmp(s, bullets[k], bl) && s[bl] == ' ') {
				*skip = bl + 1;
				while (*skip < n && s[*skip] == ' ')
					(*skip)++;
				return true;
			}
		}
		if (n > 3 && s[0] == 'o' && s[1] == ' ' && (isupper((unsigned char)s[2]) || isdigit((unsigned char)s[2]))) {
			*skip = 2;
			return true;
		}
	}
	return false;
}

static bool thematic_break(const char *s, size_t n)
{
	size_t i, k = 0;
	char c = 0;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ')
			continue;
		if (!c && (s[i] == '-' || s[i] == '*' || s[i] == '_'))
			c = s[i];
		if (s[i] != c)
			return false;
		k++;
	}
	return k >= 3;
}

static int atx_level(const char *s, size_t n, size_t *skip)
{
	size_t i = 0;
	while (i < n && s[i] == '#')
		i++;
	if (i >= 1 && i <= 6 && (i == n || s[i] == ' ')) {
		*skip = i < n ? i + 1 : i;
		return (int)i;
	}
	return 0;
}

static bool looks_markdown(const line *L, size_t n, const char *name)
{
	size_t i, signals = 0;
	size_t nl = name ? strlen(name) : 0;
	if ((nl > 3 && !strcasecmp(name + nl - 3, ".md")) ||
	    (nl > 9 && !strcasecmp(name + nl - 9, ".markdown")) ||
	    (nl > 6 && !strcasecmp(name + nl - 6, ".mdown")))
		return true;
	for (i = 0; i < n && i < 2000; i++) {
		size_t sk;
		const char *s = L[i].s + L[i].indent;
		size_t len = L[i].len - L[i].indent;
		if (L[i].blank)
			continue;
		if (atx_level(s, len, &sk) && len > sk)
			signals += 2;
		if (memmem(s, len, "](", 2) && memchr(s, '[', len))
			signals += 2;
		if (len > 4 && !strncmp(s, "**", 2) && !strncmp(s + len - 2, "**", 2))
			signals++;
	}
	if (n > 0 && L[0].len == 3 && !strncmp(L[0].s, "---", 3))
		signals += 2;
	return signals >= 3;
}

static void unquote(char *v)
{
	size_t l = strlen(v);
	if (l >= 2 && ((v[0] == '"' && v[l - 1] == '"') || (v[0] == '\'' && v[l - 1] == '\''))) {
		memmove(v, v + 1, l - 2);
		v[l - 2] = '\0';
	}
}

/* YAML front matter: only top-level "key: scalar" lines are read. */
static size_t front_matter(emitter *em, const line *L, size_t n)
{
	size_t i;
	if (n < 2 || L[0].len != 3 || strncmp(L[0].s, "---", 3))
		return 0;
	for (i = 1; i < n && i < 500; i++) {
		if ((L[i].len == 3 && (!strncmp(L[i].s, "---", 3) || !strncmp(L[i].s, "...", 3)))) {
			size_t k;
			for (k = 1; k < i; k++) {
				char key[64], val[4096];
				const char *c = memchr(L[k].s, ':', L[k].len);
				size_t kl, vl;
				if (!c || L[k].indent || L[k].s[0] == '#')
					continue;
				kl = (size_t)(c - L[k].s);
				if (kl == 0 || kl >= sizeof key)
					continue;
				memcpy(key, L[k].s, kl);
				key[kl] = '\0';
				c++;
				while (*c == ' ')
					c++;
				vl = L[k].len - (size_t)(c - L[k].s);
				if (vl >= sizeof val)
					continue;
				memcpy(val, c, vl);
				val[vl] = '\0';
				/* folded and block scalars ("title: >-", or a value
				 * continued on indented lines) join their lines */
				{
					size_t j = k + 1, vlen = vl;
					bool block = !strcmp(val, ">") || !strcmp(val, ">-") || !strcmp(val, "|") ||
					             !strcmp(val, "|-");
					if (block)
						vlen = 0, val[0] = '\0';
					while (j < i && L[j].indent > 0 && !L[j].blank && vlen + L[j].len + 2 < sizeof val) {
						if (vlen)
							val[vlen++] = ' ';
						memcpy(val + vlen, L[j].s + L[j].indent, L[j].len - L[j].indent);
						vlen += L[j].len - L[j].indent;
						val[vlen] = '\0';
						j++;
					}
				}
				unquote(val);
				if (!strcasecmp(key, "title"))
					em->h->property(em->s, "title", val);
				else if (!strcasecmp(key, "date") || !strcasecmp(key, "published") ||
				         !strcasecmp(key, "pubDate"))
					em->h->property(em->s, "date", val);
				else if (!strcasecmp(key, "author"))
					em->h->property(em->s, "author", val);
				else if (!strcasecmp(key, "description") || !strcasecmp(key, "summary"))
					em->h->property(em->s, "subject", val);
				else if (!strcasecmp(key, "keywords") || !strcasecmp(key, "tags"))
					em->h->property(em->s, "keywords", val);
				else if (!strcasecmp(key, "lang") || !strcasecmp(key, "language"))
					em->h->property(em->s, "language", val);
			}
			return i + 1;
		}
	}
	return 0;
}

/* ---- paragraphs ------------------------------------------------------- */

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* The width the text was wrapped at, or 0 when it was not hard-wrapped:
 * most lines of a wrapped text end close to one right margin. */
static size_t wrap_width(const line *L, size_t n)
{
	size_t *v, k = 0, i, w, near = 0;
	if (n < 4)
		return 0;
	v = malloc(n * sizeof *v);
	if (!v)
		return 0;
	for (i = 0; i < n; i++)
		if (!L[i].blank)
			v[k++] = L[i].cols;
	if (k < 4) {
		free(v);
		return 0;
	}
	if (k > 1)
		qsort(v, k, sizeof *v, cmp_size);
	w = v[(k * 95) / 100 == k ? k - 1 : (k * 95) / 100];
	free(v);
	if (w < 30 || w > 110)
		return 0;
	/* A wrapped paragraph's lines but its last end near the margin: look
	 * only at lines with another line under them (a letterhead, list
	 * items and paragraph ends are short for other reasons). */
	{
		size_t inner = 0;
		for (i = 0; i + 1 < n; i++) {
			if (L[i].blank || L[i + 1].blank)
				continue;
			inner++;
			if (L[i].cols + 15 >= w && L[i].cols <= w + 5)
				near++;
		}
		if (inner < 3 || near * 10 < inner * 5)
			return 0;
	}
	return w;
}

static size_t first_word_cols(const line *l)
{
	size_t i = l->indent, st = i;
	while (i < l->len && l->s[i] != ' ')
		i++;
	return cps(l->s + st, i - st);
}

static bool ends_sentence(const line *l)
{
	const unsigned char *e;
	if (l->len == 0)
		return false;
	e = (const unsigned char *)l->s + l->len - 1;
	if (strchr(".!?:;\"')", *e))
		return true;
	/* », ”, … */
	if (l->len >= 2 && e[-1] == 0xC2 && e[0] == 0xBB)
		return true;
	if (l->len >= 3 && e[-2] == 0xE2 && e[-1] == 0x80 && (e[0] == 0x9D || e[0] == 0xA6 || e[0] == 0x99))
		return true;
	return false;
}

/* A scraped page often ends with a rule and a block of links (source,
 * share, "back to the news"): page furniture, not the release. Returns
 * the index of that rule, or n when the end is not such a block. */
static size_t link_tail(const line *L, size_t n, size_t start)
{
	size_t i, rule = n, links = 0;
	for (i = n; i-- > start;) {
		const char *s = L[i].s + L[i].indent;
		size_t len = L[i].len - L[i].indent;
		if (L[i].blank)
			continue;
		if (thematic_break(s, len)) {
			rule = i;
			break;
		}
		/* a line that is mostly link syntax or an address */
		if (!((memmem(s, len, "](", 2) && s[0] == '[') || (len > 2 && !strncmp(s, "![", 2)) ||
		      !strncmp(s, "http", 4) || !strncmp(s, "<a ", 3)))
			return n;
		links++;
	}
	return links ? rule : n;
}

static void process(emitter *em, line *L, size_t n, size_t start)
{
	size_t i = start, width = wrap_width(L + start, n - start);
	size_t tail = em->md ? link_tail(L, n, start) : n;
	bool after_blank = false, in_fence = false;
	while (i < n && !em->stop) {
		if (i == tail) {
			/* the closing link block: furniture, a line a block */
			for (i = tail + 1; i < n && !em->stop; i++) {
				if (L[i].blank)
					continue;
				begin(em, PM_BLOCK_PAGE_FOOTER, 0, PM_BF_MARKUP, 0);
				emit_line(em, L[i].s + L[i].indent, L[i].len - L[i].indent);
				end(em);
			}
			break;
		}
		line *l = &L[i];
		const char *s = l->s + l->indent;
		size_t len = l->len - l->indent, sk = 0;
		int lvl;
		unsigned fl = after_blank ? PM_BF_INFERRED_BREAK : 0;
		if (l->page_break) {
			em->page++;
			fl |= PM_BF_INFERRED_BREAK | PM_BF_NEW_PAGE;
		}
		if (l->blank) {
			after_blank = true;
			i++;
			continue;
		}
		after_blank = false;
		if (em->md) {
			if (len >= 3 && (!strncmp(s, "```", 3) || !strncmp(s, "~~~", 3))) {
				in_fence = !in_fence;
				i++;
				continue;
			}
			if (in_fence) {
				begin(em, PM_BLOCK_PARAGRAPH, 0, fl | PM_BF_MARKUP, 0);
				emit_text(em, s, len);
				end(em);
				i++;
				continue;
			}
			if ((lvl = atx_level(s, len, &sk))) {
				size_t e = len;
				while (e > sk && (s[e - 1] == '#' || s[e - 1] == ' '))
					e--;
				begin(em, PM_BLOCK_HEADING, lvl, fl | PM_BF_MARKUP, 0);
				emit_line(em, s + sk, e > sk ? e - sk : 0);
				end(em);
				i++;
				continue;
			}
			if (thematic_break(s, len)) {
				i++;
				after_blank = true;
				continue;
			}
			if (s[0] == '|') {
				/* a pipe table: rows of cells, the |---| rule skipped */
				begin(em, PM_BLOCK_TABLE, 0, fl | PM_BF_MARKUP, 0);
				while (i < n && !L[i].blank && L[i].s[L[i].indent] == '|' && !em->stop) {
					const char *r = L[i].s + L[i].indent + 1, *re = L[i].s + L[i].len;
					bool rule = strspn(r, "|-: ") == (size_t)(re - r);
					bool first = true;
					while (!rule && r < re) {
						const char *bar = memchr(r, '|', (size_t)(re - r));
						const char *ce = bar ? bar : re;
						if (bar || ce > r) {
							em->h->cell(em->s, first);
							first = false;
							while (r < ce && *r == ' ')
								r++;
							emit_line(em, r, (size_t)(ce - r));
						}
						r = bar ? bar + 1 : re;
					}
					i++;
				}
				end(em);
				continue;
			}
			if (s[0] == '>') {
				begin(em, PM_BLOCK_QUOTE, 0, fl | PM_BF_MARKUP, 0);
				/* '>' lines, and lazy continuation lines under them
				 * (CommonMark: the same paragraph) */
				while (i < n && !L[i].blank && !em->stop) {
					const char *q = L[i].s + L[i].indent;
					size_t ql = L[i].len - L[i].indent, sk3;
					if (*q != '>' && (atx_level(q, ql, &sk3) || md_list_marker(q, ql, &sk3) ||
					                  thematic_break(q, ql) || q[0] == '|' || !strncmp(q, "```", 3)))
						break;
					while (ql && (*q == '>' || *q == ' ')) {
						q++;
						ql--;
					}
					if (ql)
						emit_line(em, q, ql);
					em->h->line_end(em->s, PM_LINE_WRAP);
					i++;
				}
				end(em);
				continue;
			}
		}
		if (md_list_marker(s, len, &sk)) {
			size_t base = l->indent;
			begin(em, PM_BLOCK_LIST_ITEM, (int)(base / 2) + 1, fl | (em->md ? PM_BF_MARKUP : 0), 0);
			/* in plain text a typed number is the item's text ("1.
			 * Register"), as in a word processor; in Markdown it is
			 * list syntax, and a bullet never is text */
			if (isdigit((unsigned char)s[0]) && !em->md)
				emit_line(em, s, len);
			else
				emit_line(em, s + sk, len - sk);
			i++;
			/* continuation lines: indented past the marker, or lazy */
			while (i < n && !L[i].blank && !em->stop) {
				size_t sk2;
				const char *s2 = L[i].s + L[i].indent;
				if (md_list_marker(s2, L[i].len - L[i].indent, &sk2) || L[i].page_break)
					break;
				/* a line at the marker's indentation continues the
				 * item only when the item's sentence runs on */
				if (L[i].indent <= base && L[i - 1].len &&
				    strchr(".!?;", L[i - 1].s[L[i - 1].len - 1]))
					break;
				em->h->line_end(em->s, PM_LINE_WRAP);
				emit_line(em, s2, L[i].len - L[i].indent);
				i++;
			}
			end(em);
			continue;
		}
		/* a paragraph: lines up to a blank line, joined where wrapped */
		{
			bool bold_md = em->md && len > 4 && !strncmp(s, "**", 2) && !strncmp(s + len - 2, "**", 2);
			size_t j = i + 1;
			/* setext heading: one line underlined by === or --- */
			if (em->md && j < n && !L[j].blank && L[j].len - L[j].indent >= 2 &&
			    (strspn(L[j].s + L[j].indent, "=") == L[j].len - L[j].indent ||
			     strspn(L[j].s + L[j].indent, "-") == L[j].len - L[j].indent)) {
				begin(em, PM_BLOCK_HEADING, L[j].s[L[j].indent] == '=' ? 1 : 2, fl | PM_BF_MARKUP, 0);
				emit_line(em, s, len);
				end(em);
				i = j + 1;
				continue;
			}
			begin(em, PM_BLOCK_PARAGRAPH, 0, fl | (bold_md ? PM_BF_BOLD : 0) | (em->md ? PM_BF_MARKUP : 0), 0);
			emit_line(em, s, len);
			i++;
			while (i < n && !L[i].blank && !em->stop && !L[i].page_break) {
				line *prev = &L[i - 1], *cur = &L[i];
				const char *cs = cur->s + cur->indent;
				size_t cl = cur->len - cur->indent, sk2;
				bool wrap;
				if (em->md) {
					if (atx_level(cs, cl, &sk2) || cs[0] == '>' || cs[0] == '|' ||
					    md_list_marker(cs, cl, &sk2) || thematic_break(cs, cl))
						break;
					/* CommonMark: a soft line break; two spaces or a
					 * backslash make a hard one. */
					wrap = !(prev->s[prev->len - 1] == '\\');
					if (!width && !wrap)
						break;
					if (!width) {
						/* unwrapped Markdown still joins lines */
					}
				} else if (width) {
					wrap = prev->cols + 1 + first_word_cols(cur) > width - 1 ||
					       (prev->len && prev->s[prev->len - 1] == '-' && !ends_sentence(prev)) ||
					       (prev->len >= 2 && (unsigned char)prev->s[prev->len - 2] == 0xC2 &&
					        (unsigned char)prev->s[prev->len - 1] == 0xAD);
					if (cur->indent > prev->indent + 1 && cur->indent >= 2)
						wrap = false; /* an indented first line starts a paragraph */
					if (md_list_marker(cs, cl, &sk2))
						wrap = false;
				} else {
					wrap = false;
				}
				if (!wrap)
					break;
				em->h->line_end(em->s, PM_LINE_WRAP);
				emit_line(em, cs, cl);
				i++;
			}
			end(em);
		}
	}
}

/* Scrapers often collapse a whole page into one line, leaving runs of
 * spaces where the line and paragraph breaks were. In a line of more than
 * COLLAPSED_LINE bytes, a run of four or more spaces is a break, and so is
 * a run of two or more after a sentence's end before a capital: the
 * document shows its breaks no other way. Shorter lines are left alone
 * (two spaces after a period is an old typing habit, not a break). */
#define COLLAPSED_LINE 600

static bool sentence_end_before(const char *p, const char *start)
{
	unsigned char c;
	if (p <= start)
		return false;
	c = (unsigned char)p[-1];
	if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':')
		return true;
	/* ” » */
	if (p - start >= 3 && (unsigned char)p[-3] == 0xE2 && (unsigned char)p[-2] == 0x80 && c == 0x9D)
		return true;
	return p - start >= 2 && (unsigned char)p[-2] == 0xC2 && c == 0xBB;
}

static void split_collapsed(pm_buf *dec)
{
	pm_buf out = {0};
	const char *p = dec->data, *end = dec->data + dec->len;
	bool any = false;
	while (p < end) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		size_t len = e ? (size_t)(e - p) : (size_t)(end - p);
		if (len > COLLAPSED_LINE) {
			const char *q = p, *le = p + len;
			any = true;
			while (q < le) {
				if (*q == ' ') {
					const char *r = q;
					while (r < le && *r == ' ')
						r++;
					if ((r - q >= 4 && r < le && q > p) ||
					    (r - q >= 2 && r < le && sentence_end_before(q, p) &&
					     (isupper((unsigned char)*r) || (unsigned char)*r >= 0x80 || *r == '"'))) {
						pm_buf_add(&out, "\n\n", 2);
						q = r;
						continue;
					}
					pm_buf_add(&out, q, (size_t)(r - q));
					q = r;
					continue;
				}
				pm_buf_addc(&out, *q++);
			}
		} else {
			pm_buf_add(&out, p, len);
		}
		if (e)
			pm_buf_addc(&out, '\n');
		p = e ? e + 1 : end;
	}
	sb_replace(dec, &out, any);
}

/* A list run into one line by an extraction ("This includes: • one; •
 * two"): two or more bullets inside a line start lines of their own. */
static void split_inline_bullets(pm_buf *dec)
{
	static const char bullet[] = " \xE2\x80\xA2 ";
	pm_buf out = {0};
	const char *p = dec->data, *end = dec->data + dec->len;
	bool any = false;
	while (p < end) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		size_t len = e ? (size_t)(e - p) : (size_t)(end - p);
		const char *b1 = memmem(p, len, bullet, 5);
		const char *b2 = b1 ? memmem(b1 + 5, len - (size_t)(b1 + 5 - p), bullet, 5) : NULL;
		/* one bullet after a list's own punctuation ("…; and • next") */
		if (b1 && !b2 && b1 > p) {
			const char *q = b1;
			while (q > p && q[-1] == ' ')
				q--;
			if (q[-1] == ';' || q[-1] == ':' || (q - p >= 4 && !memcmp(q - 4, " and", 4)) ||
			    (q - p >= 3 && !memcmp(q - 3, " or", 3)) || (q - p >= 3 && !memcmp(q - 3, " et", 3)))
				b2 = b1;
		}
		if (b2) {
			const char *q = p, *le = p + len, *b;
			any = true;
			while ((b = memmem(q, (size_t)(le - q), bullet, 5))) {
				pm_buf_add(&out, q, (size_t)(b - q));
				pm_buf_add(&out, "\n\xE2\x80\xA2 ", 5);
				q = b + 5;
			}
			pm_buf_add(&out, q, (size_t)(le - q));
		} else {
			pm_buf_add(&out, p, len);
		}
		if (e)
			pm_buf_addc(&out, '\n');
		p = e ? e + 1 : end;
	}
	sb_replace(dec, &out, any);
}

static int txt_extract(const pm_input *in, const pm_host *h, pm_sink *s)
{
	pm_buf dec = {0};
	char cs[64];
	const char *charset;
	unsigned long bad = 0;
	line *L;
	size_t n = 0, start;
	emitter em;
	if (in->size_of < sizeof(pm_input) || h->size < sizeof(pm_host))
		return PM_ERR_UNSUPPORTED;
	if (h->limits && h->limits->max_text_bytes && in->size > h->limits->max_text_bytes * 4) {
		h->fail(s, PM_ERR_TOO_LARGE, "text file larger than the text limit allows");
		return PM_ERR_TOO_LARGE;
	}
	charset = decode(in, h, s, &dec, cs, &bad);
	if (dec.failed) {
		pm_buf_free(&dec);
		h->fail(s, PM_ERR_RESOURCE_LIMIT, "out of memory decoding the text");
		return PM_ERR_RESOURCE_LIMIT;
	}
	h->encoding(s, charset);
	if (bad) {
		char msg[128];
		snprintf(msg, sizeof msg, "%lu byte sequences invalid in %s replaced by U+FFFD", bad,
		         charset);
		h->warn(s, "txt.invalid_bytes", msg);
	}
	if (!dec.data || !dec.len) {
		pm_buf_free(&dec);
		h->fail(s, PM_ERR_EMPTY, "no text");
		return PM_ERR_EMPTY;
	}
	/* NUL bytes that survived decoding would cut strings short. */
	{
		size_t i;
		for (i = 0; i < dec.len; i++)
			if (dec.data[i] == '\0')
				dec.data[i] = ' ';
	}
	if (!strcmp(charset, "UTF-8")) {
		size_t words, f = fix_mojibake(&dec, &words);
		if (f && PM_SIZE_HAS(h->size, pm_host, repaired)) {
			h->repaired(s, "mojibake", words);
		} else if (f) {
			/* a core older than pm_host.repaired */
			char msg[96];
			snprintf(msg, sizeof msg, "%zu runs of doubly encoded UTF-8 (mojibake) repaired", f);
			h->warn(s, "txt.mojibake_repaired", msg);
		}
	}
	split_collapsed(&dec);
	split_inline_bullets(&dec);
	L = split_lines(dec.data, dec.len, &n);
	if (!L) {
		pm_buf_free(&dec);
		h->fail(s, PM_ERR_RESOURCE_LIMIT, "out of memory splitting lines");
		return PM_ERR_RESOURCE_LIMIT;
	}
	memset(&em, 0, sizeof em);
	em.h = h;
	em.s = s;
	em.page = 1;
	em.md = looks_markdown(L, n, in->name);
	start = em.md ? front_matter(&em, L, n) : 0;
	process(&em, L, n, start);
	if (!em.stop)
		h->block_end(s);
	free(L);
	pm_buf_free(&dec);
	return PM_OK;
}

static const char *const media[] = {"text/plain", "text/markdown", NULL};
static const char *const exts[] = {"txt", "text", "md", "markdown", NULL};

PM_PLUGIN_DEFINE(txt, "0.1.0",
                 "plain text and Markdown, any common charset (uchardet + iconv)",
                 media, exts, txt_probe, txt_extract)
