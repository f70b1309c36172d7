/*
 * kit.h - the plugin kit: the small pieces every format plugin needs and
 * that the core uses too, so that there is one of each on both sides of
 * the plugin wall: a growable byte buffer (buf.c), UTF-8 encoding,
 * decoding and validation (utf8.c), the characters written right to
 * left (bidi.c), the qsort() order of doubles (sort.c), and what a text or a binary that no
 * format reads is (sniff.c). Built as a static archive (libpmkit.a) linked into each
 * plugin and into libpressmill; a plugin still never links the core.
 *
 * Allocation: the buffer grows with pm_kit_realloc(). The kit's own
 * definition (alloc.c, the archive's last member) is realloc(); the core
 * defines it itself (core/base/alloc.c) so that its buffers go through
 * its allocator and its allocation-failure hook, and the linker then
 * takes nothing from alloc.c. A plugin links the archive and gets
 * realloc.
 *
 * Every symbol is hidden (-fvisibility=hidden): each shared object keeps
 * its own copy, and a copy never answers for another's.
 */
#ifndef PM_KIT_H
#define PM_KIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A byte buffer that is always NUL-terminated once it has grown at all.
 * A failed allocation sets `failed` and later appends are no-ops, so a
 * caller can append many times and check once at the end. Zero it (or
 * pm_buf_init) before use. */
typedef struct pm_buf {
	char *data;
	size_t len;
	size_t cap;
	bool failed;
} pm_buf;

void pm_buf_init(pm_buf *b);
void pm_buf_free(pm_buf *b);
/* Empty it, keeping its memory. */
void pm_buf_reset(pm_buf *b);
bool pm_buf_add(pm_buf *b, const char *s, size_t n);
bool pm_buf_adds(pm_buf *b, const char *s);
bool pm_buf_addc(pm_buf *b, char c);
bool pm_buf_printf(pm_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hand the bytes over (never NULL unless failed); the buffer is reset. */
char *pm_buf_steal(pm_buf *b);

/* The allocator the buffer grows with (see above). */
void *pm_kit_realloc(void *p, size_t n);

/* Decode one code point at s (n bytes available); returns its length
 * (>= 1) and stores -1 in *cp for an invalid sequence (length 1): overlong
 * forms, surrogates and code points past U+10FFFF are invalid. */
size_t pm_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* The UTF-8 of cp in out, 1 to 4 bytes; a value that is no Unicode
 * scalar (negative, a surrogate, past U+10FFFF) is written as U+FFFD. */
size_t pm_utf8_encode(int32_t cp, char out[4]);
/* Whether cp is a Unicode scalar value, which UTF-8 can hold. */
bool pm_utf8_scalar(int32_t cp);
bool pm_utf8_valid(const char *s, size_t n);
/* The code points of s[0..n) (its bytes less the continuation bytes):
 * the rules and the text plugin measure lines and blocks this way. */
size_t pm_utf8_count(const char *s, size_t n);
/* How many of s[0..n)'s first bytes are ASCII (below 0x80), eight at a
 * time: the scans over text that is mostly ASCII skip that far at once. */
size_t pm_utf8_ascii_prefix(const char *s, size_t n);
/* Append s to b, replacing each invalid byte with U+FFFD. Returns how
 * many were replaced. */
size_t pm_utf8_sanitize(pm_buf *b, const char *s, size_t n);
/* Whether s[0..n) is a row set with dot leaders ("Lot 12 ........ 4 500 €"):
 * words, a run of five dots or more, a value of one to six words. */
bool pm_leader_row(const char *s, size_t n);

/* Whether c is written right to left: Unicode bidirectional class R or
 * AL, the letters of Hebrew, Arabic, Syriac, Thaana, N'Ko ... and the
 * right-to-left mark; not their combining marks nor the Arabic digits,
 * which take the direction around them (bidi.c). */
bool pm_rtl_char(int32_t c);

/* The ascending order of two doubles for qsort() (sort.c); NaN sorts as
 * equal to everything, as the copies it replaced did. */
int pm_cmp_double(const void *a, const void *b);

/* ---- symbol fonts (symfont.c) --------------------------------------- */

/* The code point glyph ch of font stands for: for "Symbol" and
 * "Wingdings*" (ch a character code, or the private-use U+F020-U+F0FF Word
 * writes for it) the sign it draws, 0 for a glyph with no meaning in
 * text; another font's private-use code point gives 0, its other code
 * points themselves. */
uint32_t pm_symbol_char(const char *font, uint32_t ch);

/* ---- what a document is when it is no release format (sniff.c) ------ */

enum pm_sniff_kind {
	PM_SNIFF_PROSE = 0,
	PM_SNIFF_HTML,
	PM_SNIFF_XML,
	PM_SNIFF_RTF,
	PM_SNIFF_JSON,
	PM_SNIFF_CSV,       /* comma- or semicolon-separated */
	PM_SNIFF_TSV,
	PM_SNIFF_CODE,      /* source code, or data serialised as code */
};

/* A name for a kind, as a user says it ("HTML (a web page)"). */
const char *pm_sniff_kind_name(int kind);
/* What the text at h (n bytes of a file of size bytes) is (a pm_sniff_kind). */
int pm_sniff_text(const unsigned char *h, size_t n, unsigned long long size);
/* The name of a binary format by its magic number, NULL when none matches. */
const char *pm_sniff_binary(const unsigned char *h, size_t n);
/* What no plugin took, for the unsupported_format message: a binary
 * format's name, or a non-prose text's, or NULL. */
const char *pm_sniff_describe(const unsigned char *h, size_t n, unsigned long long size);
/* Whether the file name ends in one of ext (a NULL-terminated list,
 * ".docx"), case aside, with something before it: a probe's name hint. */
bool pm_name_ext(const char *name, const char *const *ext);

#endif
