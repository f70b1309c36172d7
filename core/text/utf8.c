/*
 * utf8.c - UTF-8 decoding and the one text-cleaning pass every string of
 * the record goes through (RECORD.md: NFC, no soft hyphens, no ligature
 * presentation forms, collapsed white space). Unicode tables come from
 * utf8proc rather than our own copy, so they follow the Unicode version
 * Debian ships. The model (model.c) and the normaliser's stages flatten
 * the texts they read with it (pm_text_flatten), the wrap
 * repair cleans what it joins (wraps.c), and the rules and repairs ask it
 * what a code point is (pm_cp_is_*).
 */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

bool pm_cp_is_letter(int32_t cp)
{
	if (cp < 0)
		return false;
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
		return true;
	default:
		return false;
	}
}

bool pm_cp_is_upper(int32_t cp)
{
	if (cp < 0)
		return false;
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
	       utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

bool pm_cp_is_hangul(int32_t cp)
{
	return cp >= 0xAC00 && cp <= 0xD7A3;
}

bool pm_cp_is_lower(int32_t cp)
{
	if (cp < 0)
		return false;
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool pm_cp_is_digit(int32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0x660 && cp <= 0x669) ||
	       (cp >= 0x6F0 && cp <= 0x6F9);
}

bool pm_cp_is_space(int32_t cp)
{
	if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == '\n')
		return true;
	if (cp < 0x80)
		return false;
	return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool pm_cp_is_dash(int32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
	       cp == 0xFE63 || cp == 0xFF0D;
}

static const char *ligature(int32_t cp)
{
	switch (cp) {
	case 0xFB00: return "ff";
	case 0xFB01: return "fi";
	case 0xFB02: return "fl";
	case 0xFB03: return "ffi";
	case 0xFB04: return "ffl";
	case 0xFB05: return "st"; /* long s + t */
	case 0xFB06: return "st";
	/* Convention text.ij_digraph: Dutch "ij" set as one glyph (a font's
	 * locl/liga for Dutch, as DTP programs apply it) comes out of the
	 * text layer as U+0133/U+0132, compatibility forms of the two letters
	 * that NFC keeps; nobody types them ("vrij", "IJssel") */
	case 0x0132: return "IJ";
	case 0x0133: return "ij";
	default: return NULL;
	}
}

/* Zero-width and format characters that carry no text. Bidi marks (LRM,
 * RLM, U+202A-202E, U+2066-2069) are dropped too: the record is in logical
 * order. ZWJ/ZWNJ stay: they change shaping in Indic and Persian text. */
static bool invisible(int32_t cp)
{
	return cp == 0xAD || cp == 0x200B || cp == 0xFEFF || cp == 0x200E || cp == 0x200F ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2060 ||
	       cp == 0x061C;
}

/* Whether NFC leaves cp alone wherever it stands: a starter (combining
 * class 0) that never composes with the character before it and that NFC
 * gives back as it is. Nearly all press text is made of these, so a
 * string of them skips utf8proc's decompose + recompose, whose result
 * would be the string itself. utf8proc marks the second half of a
 * canonical composition with a comb_index >= 0x8000; Hangul jamo compose
 * by arithmetic instead of by table, hence their own test. A code point
 * with a canonical decomposition is one of them when NFC composes it back
 * (no composition exclusion: Latin "é", Cyrillic "й", Greek "ά") from a
 * first part that composes with nothing before it; what follows it may
 * still compose with it ("ê" and a dot below), which is why nfc_pieces
 * hands the inert code point before a run to utf8proc with the run.
 * tests/unit/test_core_utf8.c checks this against utf8proc over all of
 * Unicode. */
bool pm_cp_nfc_inert(int32_t cp)
{
	const utf8proc_property_t *pr;
	if (cp < 0x300)
		return cp >= 0;
	if (cp >= 0x1100 && cp <= 0x11FF)
		return false;
	pr = utf8proc_get_property(cp);
	if (pr->combining_class != 0 || (pr->comb_index != UINT16_MAX && pr->comb_index >= 0x8000))
		return false;
	if (pr->decomp_seqindex != UINT16_MAX && pr->decomp_type == 0) {
		utf8proc_int32_t dec[8];
		utf8proc_ssize_t n;
		int boundclass = 0;
		const utf8proc_property_t *first;
		if (pr->comp_exclusion)
			return false;
		n = utf8proc_decompose_char(cp, dec, 8, UTF8PROC_DECOMPOSE, &boundclass);
		if (n < 2 || n > 8)
			return false;
		first = utf8proc_get_property(dec[0]);
		if (first->combining_class != 0 || (dec[0] >= 0x1100 && dec[0] <= 0x11FF) ||
		    (first->comb_index != UINT16_MAX && first->comb_index >= 0x8000))
			return false;
		/* a singleton (U+1F71 to U+03AC) decomposes further, to more
		 * than one code point, but NFC stops at its target */
		return utf8proc_normalize_utf32(dec, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE) == 1 &&
		       dec[0] == cp;
	}
	return true;
}

/* Whether the n bytes at p are valid UTF-8 made of NFC-inert code points
 * only: then NFC of them is themselves. */
static bool nfc_inert_text(const unsigned char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		int32_t cp;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		i += pm_utf8_decode(p + i, n - i, &cp);
		if (!pm_cp_nfc_inert(cp))
			return false;
	}
	return true;
}

/* NFC of the text by pieces: NFC never reaches across an inert code point
 * (nothing before it is reordered after it, nor composed with it or
 * past it), so the text is copied as it is up to the inert code point
 * before each run of others, and only that code point and the run up to
 * the next inert one go through utf8proc. A Russian text's "й" (which
 * NFD splits and NFC composes back) made utf8proc decompose and
 * recompose whole paragraphs, again at every flattening of them: 15% of
 * a DOCX profile with Cyrillic documents. false where the text is not
 * valid UTF-8 or utf8proc refuses a piece: then the whole text goes
 * through utf8proc as before, which refuses it the same way. */
static bool nfc_pieces(const unsigned char *p, size_t n, pm_buf *out)
{
	size_t i = 0, copied = 0, last_inert = 0;
	while (i < n) {
		int32_t cp;
		size_t start = i, end;
		utf8proc_uint8_t *r = NULL;
		utf8proc_ssize_t len;
		if (p[i] < 0x80) {
			last_inert = i++;
			continue;
		}
		i += pm_utf8_decode(p + i, n - i, &cp);
		if (cp < 0)
			return false;
		if (pm_cp_nfc_inert(cp)) {
			last_inert = start;
			continue;
		}
		/* the run of code points that are not inert, and the inert
		 * one before it, which the run may compose with */
		end = i;
		while (end < n && p[end] >= 0x80) {
			size_t l = pm_utf8_decode(p + end, n - end, &cp);
			if (cp < 0)
				return false;
			if (pm_cp_nfc_inert(cp))
				break;
			end += l;
		}
		len = utf8proc_map(p + last_inert, (utf8proc_ssize_t)(end - last_inert), &r,
		                   UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (len < 0)
			return false;
		pm_buf_add(out, (const char *)p + copied, last_inert - copied);
		pm_buf_add(out, (const char *)r, (size_t)len);
		free(r);
		copied = i = last_inert = end;
	}
	pm_buf_add(out, (const char *)p + copied, n - copied);
	return true;
}

char *pm_text_nfc(const char *s)
{
	utf8proc_uint8_t *r;
	char *out;
	size_t n;
	pm_buf b;
	if (!s)
		return NULL;
	n = strlen(s);
	if (nfc_inert_text((const unsigned char *)s, n))
		return pm_strdup(s);
	pm_buf_init(&b);
	if (nfc_pieces((const unsigned char *)s, n, &b) && !b.failed)
		return pm_buf_steal(&b);
	pm_buf_free(&b);
	r = utf8proc_NFC((const utf8proc_uint8_t *)s);
	if (!r)
		return pm_strdup(s);
	/* Re-own through our allocator so callers free() uniformly. */
	out = pm_strdup((const char *)r);
	free(r);
	return out;
}

/* Whether pm_text_clean would give the n bytes at p back unchanged
 * (newlines turned into spaces when they are not kept): valid UTF-8 of
 * NFC-inert code points, nothing that the cleaning drops or replaces,
 * and white space only as one ' ' or '\n' between two other characters.
 * Text cleaned once is such text, and the normaliser flattens the same
 * block text again and again (pm_text_flatten): this scan is a fraction
 * of a cleaning. */
static bool already_clean(const unsigned char *p, size_t n)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), high = ones * 0x80, low7 = ones * 0x7F;
	size_t i = 0;
	bool after_space = true; /* white space at the start is dropped */
	while (i < n) {
		int32_t cp;
		uint64_t w, t, sp;
		/* eight bytes at a time while they are printable ASCII and single
		 * spaces (the usual text, cleaned before): any byte below 0x20,
		 * DEL or above (SWAR tests exact for "any", Hacker's Delight
		 * 6-1) sends the eight to the byte loop below */
		if (i + 8 <= n) {
			memcpy(&w, p + i, 8);
			t = w ^ (ones * 0x7F);
			if (!((((w - ones * 0x20) & ~w) | ((t - ones) & ~t) | w) & high)) {
				/* the spaces, exactly: one high bit per byte that is ' ' */
				t = w ^ (ones * ' ');
				sp = ~(((t & low7) + low7) | t | low7);
				/* two in a row, here or across the last eight */
				if ((sp & (sp << 8)) || (after_space && (sp & 0x80)))
					return false;
				after_space = (sp >> 63) != 0;
				i += 8;
				continue;
			}
		}
		if (p[i] < 0x80) {
			unsigned char c = p[i++];
			if (c == ' ' || c == '\n') {
				if (after_space)
					return false;
				after_space = true;
				continue;
			}
			if (c < 0x20 || c == 0x7F)
				return false;
			after_space = false;
			continue;
		}
		i += pm_utf8_decode(p + i, n - i, &cp);
		if (cp < 0xA0 || pm_cp_is_space(cp) || invisible(cp) || ligature(cp) ||
		    !pm_cp_nfc_inert(cp))
			return false;
		after_space = false;
	}
	return n == 0 || !after_space;
}

char *pm_text_clean(const char *s, bool keep_newlines)
{
	pm_buf b;
	const unsigned char *p = (const unsigned char *)s;
	size_t n, i = 0;
	bool space = false, nl = false, after_lig = false, inert = true;
	char *nfc, *res;
	if (!s)
		return NULL;
	n = strlen(s);
	if (already_clean(p, n)) {
		res = pm_strndup(s, n);
		if (res && !keep_newlines) {
			char *q = res;
			while ((q = memchr(q, '\n', n - (size_t)(q - res))) != NULL)
				*q++ = ' ';
		}
		return res;
	}
	pm_buf_init(&b);
	while (i < n) {
		int32_t cp;
		size_t l;
		const char *lig;
		if (p[i] > ' ' && p[i] < 0x7F && !nl && !space) {
			/* a run of printable ASCII, nothing pending before it: each
			 * of its characters would be copied as it is (none is a
			 * space, invisible, a ligature, or changed by NFC) */
			size_t e = i + 1;
			while (e < n && p[e] > ' ' && p[e] < 0x7F)
				e++;
			pm_buf_add(&b, s + i, e - i);
			i = e;
			after_lig = false;
			continue;
		}
		l = pm_utf8_decode(p + i, n - i, &cp);
		i += l;
		if (cp < 0)
			cp = 0xFFFD;
		if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == '\r') {
			if (keep_newlines && b.len > 0)
				nl = true;
			else if (b.len > 0)
				space = true;
			continue;
		}
		if (pm_cp_is_space(cp)) {
			/* Some PDF producers put a space after a ligature glyph
			 * ("the \uFB01 rst"): drop one space when a lower-case
			 * letter follows. Only for fi/fl/ffi/ffl, which almost
			 * never end a word; "sta\uFB00 members" keeps its space. */
			int32_t next = -1;
			if (after_lig && cp == ' ' && i < n)
				pm_utf8_decode(p + i, n - i, &next);
			if (!(after_lig && pm_cp_is_lower(next)) && b.len > 0)
				space = true;
			after_lig = false;
			continue;
		}
		if (invisible(cp) || cp == PM_MARK_WRAP || (cp < 0x20) || (cp >= 0x7F && cp < 0xA0))
			continue;
		if (nl) {
			while (b.len && b.data[b.len - 1] == ' ')
				b.len--;
			pm_buf_addc(&b, '\n');
			nl = space = false;
		} else if (space) {
			pm_buf_addc(&b, ' ');
			space = false;
		}
		lig = ligature(cp);
		if (lig) {
			pm_buf_adds(&b, lig);
			after_lig = cp >= 0xFB01 && cp <= 0xFB04;
			continue;
		}
		after_lig = false;
		inert = inert && pm_cp_nfc_inert(cp);
		{
			char enc[4];
			pm_buf_add(&b, enc, pm_utf8_encode(cp, enc));
		}
	}
	res = pm_buf_steal(&b);
	if (!res || inert)
		return res;
	nfc = pm_text_nfc(res);
	free(res);
	return nfc;
}

char *pm_text_flatten(const char *s)
{
	return pm_text_clean(s, false);
}

char *pm_text_fold(const char *s)
{
	utf8proc_uint8_t *r = NULL;
	char *out;
	if (!s)
		return NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &r,
	                 UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	                 UTF8PROC_CASEFOLD) < 0)
		return pm_strdup(s);
	out = pm_strdup((const char *)r);
	free(r);
	return out;
}

char *pm_text_caps_to_sentence(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, upper = 0, beyond = 0;
	char *out;
	bool first = true;
	while (i < n) {
		int32_t c;
		size_t l = pm_utf8_decode(u + i, n - i, &c);
		if (!l)
			return NULL;
		if (pm_cp_is_lower(c))
			return NULL;
		if (pm_cp_is_upper(c)) {
			upper++;
			beyond += c > 0xFF && utf8proc_tolower(c) != c;
		}
		i += l;
	}
	if (upper < 2 || !beyond || !(out = pm_strndup(s, n)))
		return NULL;
	for (i = 0; i < n;) {
		int32_t c, lc;
		size_t l = pm_utf8_decode(u + i, n - i, &c);
		utf8proc_uint8_t buf[4];
		if (pm_cp_is_letter(c)) {
			lc = first ? c : utf8proc_tolower(c);
			first = false;
			if (lc != c && utf8proc_encode_char(lc, buf) == (utf8proc_ssize_t)l)
				memcpy(out + i, buf, l);
		}
		i += l;
	}
	return out;
}

#ifdef __SSE2__
/* The bits set in a 16-bit x, without a call: the build targets the
 * base x86-64, which has no POPCNT, and __builtin_popcount() there is a
 * call into libgcc for each 16 bytes that pm_text_words() counts. */
static inline unsigned popcount16(unsigned x)
{
	x = x - ((x >> 1) & 0x5555u);
	x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
	x = (x + (x >> 4)) & 0x0F0Fu;
	return (x + (x >> 8)) & 0x1Fu;
}

/* Which of the 16 bytes at p are white space in pm_cp_is_space()'s
 * sense, one bit each, and in *tail the bits of positions 16 and 17 (the
 * continuation bytes of a space that begins at 14 or 15): the vector form
 * of pm_text_words()'s byte loop. p[0..18) must be readable. A space
 * above ASCII is matched as its whole encoding (U+0085 and U+00A0 with
 * C2, U+1680 with E1, U+2000-U+200A, U+2028, U+2029, U+202F and U+205F
 * with E2, U+3000 with E3); any other byte, whether it decodes or not,
 * is part of a word: pm_utf8_decode() never takes a lead byte into the
 * code point before it, so a space's lead begins a code point wherever
 * the byte loop meets it. */
static unsigned space_bits(const unsigned char *p, unsigned *tail)
{
	const __m128i v0 = _mm_loadu_si128((const __m128i *)p);
	const __m128i nine = _mm_sub_epi8(v0, _mm_set1_epi8(9));
	unsigned sp, l2, l3;
	__m128i v1, v2, e2, c80, low;
	/* ' ' and \t \n \v \f \r (9 to 13: minus 9, at most 4 unsigned) */
	sp = (unsigned)_mm_movemask_epi8(
		_mm_or_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8(' ')),
		             _mm_cmpeq_epi8(_mm_min_epu8(nine, _mm_set1_epi8(4)), nine)));
	if (!_mm_movemask_epi8(v0)) {
		*tail = 0;
		return sp;
	}
	v1 = _mm_loadu_si128((const __m128i *)(p + 1));
	v2 = _mm_loadu_si128((const __m128i *)(p + 2));
	l2 = (unsigned)_mm_movemask_epi8(
		_mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xC2)),
		              _mm_or_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x85)),
		                           _mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xA0)))));
	e2 = _mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xE2));
	c80 = _mm_set1_epi8((char)0x80);
	low = _mm_sub_epi8(v2, c80);
	l3 = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		/* E2 80 80-8A, E2 80 A8, A9, AF */
		_mm_and_si128(_mm_and_si128(e2, _mm_cmpeq_epi8(v1, c80)),
		              _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(low, _mm_set1_epi8(0x0A)), low),
		                           _mm_or_si128(_mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xA8)),
		                                        _mm_or_si128(_mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xA9)),
		                                                     _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xAF)))))),
		_mm_or_si128(
			/* E2 81 9F */
			_mm_and_si128(e2, _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x81)),
			                                _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x9F)))),
			_mm_and_si128(_mm_cmpeq_epi8(v2, c80),
			              _mm_or_si128(
				              /* E1 9A 80 */
				              _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xE1)),
				                            _mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x9A))),
				              /* E3 80 80 */
				              _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xE3)),
				                            _mm_cmpeq_epi8(v1, c80)))))));
	sp |= l2 | l2 << 1 | l3 | l3 << 1 | l3 << 2;
	*tail = sp >> 16;
	return sp & 0xFFFF;
}
#endif

size_t pm_text_words(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = s ? strlen(s) : 0, i = 0, words = 0;
	bool in = false;
#ifdef __SSE2__
	/* the rules count the words of whole blocks, again and again (10%
	 * of a text release's instructions, byte by byte): 16 bytes at a
	 * time, a word beginning at each byte that is not a space after one
	 * that is (or after the start) */
	if (n >= 18) {
		unsigned carry = 0, prev = 0;
		for (; i + 18 <= n; i += 16) {
			unsigned tail, ns = ~(space_bits(p + i, &tail) | carry) & 0xFFFF;
			words += popcount16(ns & ~(ns << 1 | prev) & 0xFFFFu);
			prev = ns >> 15;
			carry = tail;
		}
		/* the rest of a space that straddles the last block */
		in = prev;
		while (carry & 1) {
			i++;
			carry >>= 1;
			in = false;
		}
	}
#endif
	while (i < n) {
		int32_t cp;
		/* ASCII, nearly all of it, is classified without decoding */
		if (p[i] < 0x80) {
			unsigned char c = p[i++];
			if (c == ' ' || (c >= '\t' && c <= '\r')) {
				in = false;
			} else if (!in) {
				in = true;
				words++;
			}
			continue;
		}
		/* every space above ASCII is written with the lead byte C2
		 * (U+0085, U+00A0), E1 (U+1680), E2 (U+2000-U+205F) or E3
		 * (U+3000); any other byte, decoded or not, is part of a word,
		 * so Cyrillic or Greek text is counted byte by byte as ASCII
		 * is (an invalid byte is taken alone, as pm_utf8_decode does) */
		if (p[i] != 0xC2 && (p[i] < 0xE1 || p[i] > 0xE3)) {
			i++;
			if (!in) {
				in = true;
				words++;
			}
			continue;
		}
		i += pm_utf8_decode(p + i, n - i, &cp);
		if (pm_cp_is_space(cp)) {
			in = false;
		} else if (!in) {
			in = true;
			words++;
		}
	}
	return words;
}

size_t pm_text_chars(const char *s)
{
	/* the rules measure whole blocks in characters again and again: the
	 * kit's count goes eight bytes at a time */
	return s ? pm_utf8_count(s, strlen(s)) : 0;
}
