/*
 * txt.c - the plain-text and Markdown plugin proper: its bid and its
 * extract, which decodes the text (decode.c), repairs mojibake, reads
 * front matter when the text is Markdown (markdown.c) and emits its
 * paragraphs (paragraphs.c). It is the fallback bidder: it bids only on
 * bytes that look like text, so a binary file is unsupported whatever its
 * name, and only on text that is prose: HTML, XML, RTF, JSON, CSV and
 * source code are left to plugins of their own (plugins/kit/sniff.c tells
 * them apart, and the core names them when no plugin bids).
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

/* h[0..n) holds no NUL (the caller looked). */
static bool text_like(const unsigned char *h, size_t n)
{
	/* the control characters that count: below 0x20 but white space and
	 * ESC, and DEL */
	static const unsigned char counts[256] = {
		[1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1,
		[0x0E] = 1, [0x0F] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1,
		[0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1C] = 1,
		[0x1D] = 1, [0x1E] = 1, [0x1F] = 1, [0x7F] = 1,
	};
	size_t i, ctrl = 0;
	for (i = 0; i < n; i++)
		ctrl += counts[h[i]];
	/* A stray control character or two is damage; more is a binary. */
	return ctrl * 100 <= n;
}

static bool name_is_text(const char *name)
{
	static const char *const ext[] = {".txt", ".text", ".md", ".markdown", ".mdown", NULL};
	return pm_name_ext(name, ext);
}

static int txt_probe(const unsigned char *h, size_t n, uint64_t size, const char *name)
{
	int bid;
	bool nul;
	if (n == 0)
		return PM_BID_NONE;
	/* UTF-16 without a BOM needs NULs; text_like() refuses them */
	nul = memchr(h, 0, n) != NULL;
	if (has_prefix(h, n, "\xEF\xBB\xBF", 3) || has_prefix(h, n, "\xFF\xFE", 2) ||
	    has_prefix(h, n, "\xFE\xFF", 2))
		bid = 20; /* a BOM says "text" outright; still below any magic bid */
	else if (binary_magic(h, n))
		return PM_BID_NONE;
	else if (nul && txt_utf16_guess(h, n))
		bid = PM_BID_FALLBACK;
	else if (!nul && text_like(h, n))
		bid = PM_BID_FALLBACK;
	else
		return PM_BID_NONE;
	if (pm_sniff_text(h, n, size) != PM_SNIFF_PROSE)
		return PM_BID_NONE;
	if (name_is_text(name))
		bid += PM_BID_NAME_HINT;
	return bid;
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
	charset = txt_decode(in, h, s, &dec, cs, &bad);
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
		pm_host_warn(h, s, "txt.invalid_bytes", PM_EFFECT_PARTIAL, msg);
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
		size_t words, f = txt_fix_mojibake(&dec, &words);
		if (f && PM_SIZE_HAS(h->size, pm_host, repaired)) {
			h->repaired(s, "mojibake", words);
		} else if (f) {
			/* a core older than pm_host.repaired */
			char msg[96];
			snprintf(msg, sizeof msg, "%zu runs of doubly encoded UTF-8 (mojibake) repaired", f);
			pm_host_warn(h, s, "txt.mojibake_repaired", PM_EFFECT_INFO, msg);
		}
	}
	txt_split_collapsed(&dec);
	txt_split_inline_bullets(&dec);
	L = txt_split_lines(dec.data, dec.len, &n);
	if (!L) {
		pm_buf_free(&dec);
		h->fail(s, PM_ERR_RESOURCE_LIMIT, "out of memory splitting lines");
		return PM_ERR_RESOURCE_LIMIT;
	}
	memset(&em, 0, sizeof em);
	em.h = h;
	em.s = s;
	em.page = 1;
	em.md = txt_looks_markdown(L, n, in->name);
	start = em.md ? txt_front_matter(&em, L, n) : 0;
	if (em.md) {
		txt_md_note_labels(&em, L, n, start);
		txt_md_link_defs(&em, L, n, start);
	}
	if (!em.md) {
		/* a release saved from an e-mail (mail.c) */
		txt_unquote_mail(L, n);
		txt_mail_fields(L, n);
	}
	txt_paragraphs(&em, L, n, start);
	free(em.notes);
	free(em.defs);
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

