/*
 * test_core_utf8.c - decoding (every malformed form RFC 3629 forbids),
 * sanitising, and pm_text_clean, the pass every string of the record goes
 * through (RECORD.md "Text everywhere"): NFC, ligatures U+FB00-FB06 and the
 * stray space PDF producers leave after them, soft hyphens, bidi marks,
 * white space collapsed, newlines kept or not; the fast paths for text
 * that is NFC already or clean already (utf8.c), against utf8proc.
 */
#include "pm_test.h"

#include <utf8proc.h>

static int32_t dec1(const char *s, size_t n, size_t *len)
{
	int32_t cp = 0;
	*len = pm_utf8_decode((const unsigned char *)s, n, &cp);
	return cp;
}

static void decode_valid(void **state)
{
	size_t l;
	(void)state;
	assert_int_equal(dec1("A", 1, &l), 'A');
	assert_int_equal(l, 1);
	assert_int_equal(dec1("\xC3\xA9", 2, &l), 0xE9);
	assert_int_equal(l, 2);
	assert_int_equal(dec1("\xE2\x82\xAC", 3, &l), 0x20AC);
	assert_int_equal(l, 3);
	assert_int_equal(dec1("\xF0\x9F\x98\x80", 4, &l), 0x1F600);
	assert_int_equal(l, 4);
	assert_int_equal(dec1("\xF4\x8F\xBF\xBF", 4, &l), 0x10FFFF);
	assert_int_equal(dec1("\xEF\xBF\xBF", 3, &l), 0xFFFF);
}

static void decode_invalid(void **state)
{
	static const char *const bad[] = {
		"\x80",             /* lone continuation */
		"\xBF",
		"\xC0\xAF",         /* overlong '/' */
		"\xC1\xBF",
		"\xE0\x80\xAF",     /* overlong, 3 bytes */
		"\xF0\x80\x80\xAF", /* overlong, 4 bytes */
		"\xED\xA0\x80",     /* surrogate D800 */
		"\xED\xBF\xBF",     /* surrogate DFFF */
		"\xF4\x90\x80\x80", /* beyond U+10FFFF */
		"\xF5\x80\x80\x80",
		"\xFE",
		"\xFF",
		"\xC3\x28",         /* bad continuation */
		"\xE2\x82\x28",
		NULL};
	size_t i, l;
	(void)state;
	for (i = 0; bad[i]; i++) {
		assert_int_equal(dec1(bad[i], strlen(bad[i]), &l), -1);
		/* one byte consumed: the next one is looked at again */
		assert_int_equal(l, 1);
	}
	/* truncated sequences, at the end of the input */
	assert_int_equal(dec1("\xE2\x82", 2, &l), -1);
	assert_int_equal(dec1("\xF0\x9F\x98", 3, &l), -1);
	assert_int_equal(dec1("\xC3", 1, &l), -1);
	assert_int_equal(dec1("", 0, &l), -1);
	assert_int_equal(l, 0);
}

static void encode_roundtrip(void **state)
{
	static const int32_t cps[] = {0, 'z', 0x7F, 0x80, 0x7FF, 0x800, 0xFFFD, 0x10000, 0x10FFFF};
	char out[4];
	size_t i, n, l;
	(void)state;
	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		n = pm_utf8_encode(cps[i], out);
		assert_int_equal(dec1(out, n, &l), cps[i]);
		assert_int_equal(l, n);
	}
	/* what cannot be encoded becomes U+FFFD */
	assert_int_equal(pm_utf8_encode(0xD800, out), 3);
	assert_memory_equal(out, "\xEF\xBF\xBD", 3);
	assert_int_equal(pm_utf8_encode(0x110000, out), 3);
	assert_int_equal(pm_utf8_encode(-5, out), 3);
}

static void sanitize_and_valid(void **state)
{
	pm_buf b;
	const char in[] = "ok \xC3\xA9 \xC3 x \xED\xA0\x80 \xF0\x9F\x98";
	(void)state;
	assert_true(pm_utf8_valid("plain \xC3\xA9\xE2\x82\xAC", 8));
	assert_false(pm_utf8_valid(in, sizeof in - 1));
	assert_true(pm_utf8_valid("", 0));
	pm_buf_init(&b);
	/* C3 alone, ED A0 80 as three bytes, F0 9F 98 truncated as three */
	assert_int_equal(pm_utf8_sanitize(&b, in, sizeof in - 1), 7);
	assert_true(pm_utf8_valid(b.data, b.len));
	assert_string_equal(b.data, "ok \xC3\xA9 \xEF\xBF\xBD x \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD "
	                            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	pm_buf_reset(&b);
	assert_int_equal(pm_utf8_sanitize(&b, "a\0b", 3), 0);
	assert_int_equal(b.len, 3);
	pm_buf_free(&b);
}

static void clean_is(const char *in, bool nl, const char *want)
{
	char *c = pm_text_clean(in, nl);
	assert_non_null(c);
	if (strcmp(c, want) != 0)
		print_error("pm_text_clean(\"%s\") = \"%s\", want \"%s\"\n", in, c, want);
	assert_string_equal(c, want);
	free(c);
}

static void clean_nfc(void **state)
{
	(void)state;
	clean_is("Cafe\xCC\x81", false, "Caf\xC3\xA9");           /* e + U+0301 */
	clean_is("A\xCC\x8A", false, "\xC3\x85");                  /* A + ring */
	clean_is("\xE2\x84\xAB", false, "\xC3\x85");               /* U+212B angstrom sign */
	clean_is("\xC5\x92uvre \xC3\x86", false, "\xC5\x92uvre \xC3\x86"); /* real letters stay */
	/* NFC, not NFKC: compatibility forms other than ligatures stay */
	clean_is("x\xC2\xB2", false, "x\xC2\xB2");
}

static void clean_ligatures(void **state)
{
	(void)state;
	clean_is("\xEF\xAC\x80", false, "ff");
	clean_is("\xEF\xAC\x81", false, "fi");
	clean_is("\xEF\xAC\x82", false, "fl");
	clean_is("\xEF\xAC\x83", false, "ffi");
	clean_is("\xEF\xAC\x84", false, "ffl");
	clean_is("\xEF\xAC\x85", false, "st");
	clean_is("\xEF\xAC\x86", false, "st");
	/* the stray space after fi/fl/ffi/ffl before a lower-case letter goes */
	clean_is("the \xEF\xAC\x81 rst", false, "the first");
	clean_is("e\xEF\xAC\x83 cient", false, "efficient");
	clean_is("\xEF\xAC\x82 ow", false, "flow");
	clean_is("ba\xEF\xAC\x84 ing", false, "baffling");
	/* ...but not before a capital or a digit, and never after ff/st */
	clean_is("the \xEF\xAC\x81 Rst", false, "the fi Rst");
	clean_is("\xEF\xAC\x81 2", false, "fi 2");
	clean_is("sta\xEF\xAC\x80 members", false, "staff members");
	clean_is("fir\xEF\xAC\x86 step", false, "first step");
	/* only one space: two spaces are a real gap */
	clean_is("\xEF\xAC\x81  rst", false, "fi rst");
	/* text.ij_digraph: the Dutch ij glyph is the two letters; a space
	 * after it is a word space ("vrij tussen") */
	clean_is("Oosterz\xC4\xB3l", false, "Oosterzijl");
	clean_is("vr\xC4\xB3 tussen", false, "vrij tussen");
	clean_is("\xC4\xB2ssel", false, "IJssel");
}

static void clean_invisible(void **state)
{
	(void)state;
	clean_is("extr\xC3\xA9\xC2\xADmisme", false, "extr\xC3\xA9misme"); /* soft hyphen */
	clean_is("a\xE2\x80\x8E" "b\xE2\x80\x8F" "c", false, "abc");       /* LRM RLM */
	clean_is("\xE2\x80\xAA" "x\xE2\x80\xAC \xE2\x80\xAE" "y\xE2\x80\xAD", false, "x y"); /* 202A-202E */
	clean_is("\xE2\x81\xA6" "a\xE2\x81\xA9\xE2\x81\xA7\xE2\x81\xA8", false, "a");   /* 2066-2069 */
	clean_is("\xD8\x9C" "ab", false, "ab");                           /* ALM */
	clean_is("zero\xE2\x80\x8Bwidth\xEF\xBB\xBF", false, "zerowidth");
	/* ZWJ and ZWNJ shape Indic and Persian text: they stay */
	clean_is("a\xE2\x80\x8D" "b\xE2\x80\x8C" "c", false, "a\xE2\x80\x8D" "b\xE2\x80\x8C" "c");
	/* controls and the model's wrap marker go */
	clean_is("a\x01\x1f" "b\x7f\xC2\x85", false, "ab");
	/* invalid bytes become U+FFFD rather than vanish */
	clean_is("a\xFF" "b", false, "a\xEF\xBF\xBD" "b");
}

static void clean_whitespace(void **state)
{
	(void)state;
	clean_is("  a \t b\xC2\xA0\xC2\xA0" "c\xE2\x80\x83" "d  ", false, "a b c d");
	clean_is("\xE3\x80\x80x\xE2\x80\xAFy", false, "x y");
	clean_is(" \t\n ", false, "");
	clean_is("", false, "");
	/* newlines: kept (once, without spaces around) or flattened */
	clean_is("line one  \n  line two\n\n\nthree\n", true, "line one\nline two\nthree");
	clean_is("line one  \n  line two\r\nthree", false, "line one line two three");
	clean_is("\n\nlead", true, "lead");
	clean_is("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c", true, "a\nb\nc");
	clean_is("a\rb", true, "a\nb");
}

static void flatten_fold_counts(void **state)
{
	char *f;
	(void)state;
	f = pm_text_flatten("A\n b \n\n c");
	assert_string_equal(f, "A b c");
	free(f);
	f = pm_text_fold("\xC3\x89T\xC3\x89 Stra\xC3\x9F" "e");
	assert_string_equal(f, "\xC3\xA9t\xC3\xA9 strasse");
	free(f);
	assert_null(pm_text_clean(NULL, false));
	assert_int_equal(pm_text_words("  one two\tthree\xC2\xA0" "four "), 4);
	assert_int_equal(pm_text_words(""), 0);
	{
		/* the ASCII fast path splits words where pm_cp_is_space does */
		int c;
		for (c = 1; c < 0x80; c++) {
			char w[4] = {'a', (char)c, 'b', '\0'};
			assert_int_equal(pm_text_words(w), pm_cp_is_space(c) ? 2 : 1);
		}
	}
	{
		/* above ASCII, the byte-by-byte path splits words where
		 * pm_cp_is_space does, over all of Unicode ... */
		int32_t c;
		for (c = 0x80; c <= 0x10FFFF; c++) {
			char w[7] = {'a'};
			size_t l;
			if (c >= 0xD800 && c <= 0xDFFF)
				continue;
			l = pm_utf8_encode(c, w + 1);
			w[1 + l] = 'b';
			w[2 + l] = '\0';
			if (pm_text_words(w) != (pm_cp_is_space(c) ? 2u : 1u))
				fail_msg("U+%04X: %zu words", (unsigned)c, pm_text_words(w));
		}
	}
	{
		/* ... and over random bytes, as decoding each code point would */
		static const unsigned char pool[] = {' ', 'a', 0x80, 0x85, 0xA0, 0xBF, 0xC2, 0xD0,
		                                     0xE1, 0xE2, 0xE3, 0xE4, 0x9A, 0x81, 0x9F, 0xAF, 0xF0};
		unsigned seed = 99;
		int t, k;
		for (t = 0; t < 100000; t++) {
			unsigned char w[16];
			size_t want = 0, i = 0, n = 1 + (size_t)(((seed = seed * 1103515245u + 12345u) >> 16) % 15);
			bool in = false;
			for (k = 0; k < (int)n; k++)
				w[k] = pool[((seed = seed * 1103515245u + 12345u) >> 16) % sizeof pool];
			w[n] = '\0';
			while (i < n) {
				int32_t cp;
				i += pm_utf8_decode(w + i, n - i, &cp);
				if (pm_cp_is_space(cp))
					in = false;
				else if (!in && (in = true))
					want++;
			}
			if (pm_text_words((const char *)w) != want)
				fail_msg("random bytes %d: %zu words, want %zu", t, pm_text_words((const char *)w), want);
		}
	}
	{
		/* the 16-byte blocks of longer texts: every space above ASCII,
		 * and code points that share its first bytes, at every place
		 * across the first three blocks' edges, and random texts of up
		 * to 80 bytes, count as decoding each code point does */
		static const int32_t cps[] = {0x85, 0xA0, 0xA9, 0x1680, 0x1681, 0x2000, 0x200A, 0x200B, 0x2019,
		                              0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0x3001, 0x680};
		static const unsigned char pool[] = {' ', 'a', '\t', '\n', 0x80, 0x81, 0x85, 0x8A, 0x8B, 0x9A,
		                                     0x9F, 0xA0, 0xA8, 0xA9, 0xAF, 0xBF, 0xC2, 0xD0, 0xE1,
		                                     0xE2, 0xE3, 0xE4, 0xF0};
		unsigned seed = 7;
		size_t k, at, t;
		for (k = 0; k < sizeof cps / sizeof cps[0]; k++)
			for (at = 0; at < 40; at++) {
				char w[64];
				size_t l;
				memset(w, 'x', at);
				l = at + pm_utf8_encode(cps[k], w + at);
				memcpy(w + l, "yy yyyyyyyyyyyyyyyyy", 21);
				/* "xx…", then "yy" (joined to the code point unless it
				 * is a space), then "yyy…" */
				if (pm_text_words(w) != 2u + (at > 0 && pm_cp_is_space(cps[k])))
					fail_msg("U+%04X at %zu: %zu words", (unsigned)cps[k], at, pm_text_words(w));
			}
		for (t = 0; t < 200000; t++) {
			unsigned char w[81];
			size_t want = 0, i = 0, n = 1 + (size_t)(((seed = seed * 1103515245u + 12345u) >> 16) % 80);
			bool in = false;
			for (k = 0; k < n; k++)
				w[k] = pool[((seed = seed * 1103515245u + 12345u) >> 16) % sizeof pool];
			w[n] = '\0';
			while (i < n) {
				int32_t cp;
				i += pm_utf8_decode(w + i, n - i, &cp);
				if (pm_cp_is_space(cp))
					in = false;
				else if (!in && (in = true))
					want++;
			}
			if (pm_text_words((const char *)w) != want)
				fail_msg("random text %zu: %zu words, want %zu", t, pm_text_words((const char *)w), want);
		}
	}
	assert_int_equal(pm_text_words(NULL), 0);
	assert_int_equal(pm_text_chars("\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80"), 5);
	assert_int_equal(pm_text_chars(NULL), 0);
}

/* pm_cp_nfc_inert against utf8proc's own data, over all of Unicode: NFC
 * of an inert code point alone is itself, a code point with a canonical
 * decomposition that NFC does not compose back (a singleton, an
 * exclusion) is not inert, no part of a decomposition after its first is
 * (those are what composes with the character before), no combining mark
 * is, and NFC of all inert code points in a row is that row. Then random
 * strings of inert code points, those with a decomposition ("й", "ά",
 * "ệ") among the ones that compose with what follows them, which NFC
 * must leave as they are. */
static void nfc_inert_against_utf8proc(void **state)
{
	pm_buf all;
	int32_t cp, *decomposing, *first_halves;
	size_t inert = 0, ndec = 0, nfirst = 0;
	unsigned seed = 4321;
	int t, k;
	utf8proc_uint8_t *nfc;
	(void)state;
	pm_buf_init(&all);
	decomposing = calloc(0x110000, sizeof *decomposing);
	first_halves = calloc(0x110000, sizeof *first_halves);
	assert_non_null(decomposing);
	assert_non_null(first_halves);
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		utf8proc_int32_t dec[32];
		utf8proc_ssize_t n, j;
		int boundclass = 0;
		char enc[5];
		const utf8proc_property_t *pr = utf8proc_get_property(cp);
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		n = utf8proc_decompose_char(cp, dec, 32, UTF8PROC_DECOMPOSE, &boundclass);
		assert_true(n >= 1 && n <= 32);
		/* what NFC never composes again (U+0F43) says nothing */
		for (j = 1; j < n && !pr->comp_exclusion; j++)
			if (pm_cp_nfc_inert(dec[j]))
				fail_msg("U+%04X, part of U+%04X, counts as inert", (unsigned)dec[j],
				         (unsigned)cp);
		if (pr->combining_class != 0 && pm_cp_nfc_inert(cp))
			fail_msg("U+%04X combines but counts as inert", (unsigned)cp);
		if (cp == 0 || !pm_cp_nfc_inert(cp))
			continue;
		enc[pm_utf8_encode(cp, enc)] = '\0';
		nfc = utf8proc_NFC((const utf8proc_uint8_t *)enc);
		assert_non_null(nfc);
		if (strcmp((const char *)nfc, enc))
			fail_msg("U+%04X counts as inert but NFC changes it", (unsigned)cp);
		free(nfc);
		pm_buf_adds(&all, enc);
		inert++;
		if (n != 1 || dec[0] != cp)
			decomposing[ndec++] = cp;
		if (pr->comb_index != UINT16_MAX)
			first_halves[nfirst++] = cp;
	}
	assert_true(inert > 200000);
	assert_true(ndec > 1000);
	assert_true(pm_cp_nfc_inert(0x439) && pm_cp_nfc_inert(0x3AC) && pm_cp_nfc_inert(0x1EC7));
	assert_false(pm_cp_nfc_inert(0x2126) || pm_cp_nfc_inert(0xF43) || pm_cp_nfc_inert(0x344));
	nfc = utf8proc_NFC((const utf8proc_uint8_t *)all.data);
	assert_non_null(nfc);
	assert_true(strcmp((const char *)nfc, all.data) == 0);
	free(nfc);
	for (t = 0; t < 200000; t++) {
		pm_buf s;
		pm_buf_init(&s);
		for (k = 0; k < 4; k++) {
			char enc[4];
			unsigned r = (seed = seed * 1103515245u + 12345u) >> 8;
			int32_t c = r & 1 ? decomposing[(r >> 1) % ndec] : first_halves[(r >> 1) % nfirst];
			pm_buf_add(&s, enc, pm_utf8_encode(c, enc));
		}
		nfc = utf8proc_NFC((const utf8proc_uint8_t *)s.data);
		assert_non_null(nfc);
		if (strcmp((const char *)nfc, s.data))
			fail_msg("NFC changes a string of inert code points (%d)", t);
		free(nfc);
		pm_buf_free(&s);
	}
	free(decomposing);
	free(first_halves);
	pm_buf_free(&all);
	assert_false(pm_cp_nfc_inert(-1));
}

/* pm_text_nfc normalises by pieces (the inert code point before each run
 * of others, and the run): the same bytes as utf8proc's NFC of the whole
 * text, over random strings of what composes, reorders and decomposes
 * (combining marks of several classes, a decomposed "й", Hangul jamo and
 * syllables, singletons, composition exclusions, Greek with its accents
 * and iota), of inert letters around them, and of bytes that are no
 * UTF-8 (the whole text is then left as it is, as utf8proc refuses it). */
static void nfc_by_pieces_as_whole(void **state)
{
	static const char *const pool[] = {
		"a", "e", "A", " ", "z", "\n",
		"\xD0\xB9",             /* U+0439 й: decomposes, NFC composes back */
		"\xD0\xB8\xCC\x86",     /* и + U+0306 */
		"\xCC\x81",             /* U+0301 acute, class 230 */
		"\xCC\xA3",             /* U+0323 dot below, class 220 */
		"\xCC\x93",             /* U+0313, class 230 */
		"\xCD\x84",             /* U+0344: decomposes to two marks */
		"\xCD\x85",             /* U+0345 ypogegrammeni, class 240 */
		"\xE2\x84\xAB",         /* U+212B ANGSTROM SIGN, a singleton */
		"\xE1\x84\x80",         /* U+1100 Hangul L */
		"\xE1\x85\xA1",         /* U+1161 Hangul V */
		"\xE1\x86\xA8",         /* U+11A8 Hangul T */
		"\xEA\xB0\x80",         /* U+AC00 Hangul LV */
		"\xE0\xBD\x83",         /* U+0F43, excluded from composition */
		"\xE0\xA4\xA1\xE0\xA4\xBC", /* Devanagari DDA + nukta */
		"\xCE\xB1",             /* U+03B1 alpha */
		"\xCE\xAC",             /* U+03AC alpha with tonos */
		"\xC3\xA9",             /* U+00E9 */
		"\xEF\xAC\x81",         /* U+FB01 ligature: compatibility only */
		"\xD6\xB0",             /* U+05B0 Hebrew sheva, class 10 */
		"\xE4\xB8\xAD",         /* U+4E2D */
		"\xFF",                 /* no UTF-8 */
		"\xED\xA0\x80",         /* an encoded surrogate */
	};
	unsigned seed = 12345;
	int t, k;
	(void)state;
	for (t = 0; t < 30000; t++) {
		char s[256];
		size_t len = 0;
		int n = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 14;
		utf8proc_uint8_t *whole;
		char *mine;
		for (k = 0; k < n; k++) {
			const char *piece = pool[((seed = seed * 1103515245u + 12345u) >> 16) % (sizeof pool / sizeof *pool)];
			/* invalid bytes in one string in eight */
			if (piece[0] == '\xFF' || piece[0] == '\xED')
				if (t % 8)
					continue;
			memcpy(s + len, piece, strlen(piece));
			len += strlen(piece);
		}
		s[len] = '\0';
		whole = utf8proc_NFC((const utf8proc_uint8_t *)s);
		mine = pm_text_nfc(s);
		assert_non_null(mine);
		if (strcmp(mine, whole ? (const char *)whole : s))
			fail_msg("NFC by pieces differs on string %d", t);
		free(whole);
		free(mine);
	}
}

/* Text that is already clean comes back as it is (its newlines flattened
 * when not kept); text that is nearly clean still gets the whole pass. */
static void clean_of_clean(void **state)
{
	static const char *const texts[] = {
		"Plain ASCII, one line.",
		"line one\nline two",
		"Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 50\xE2\x82\xAC",
		"\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xE4\xB8\xAD\xE6\x96\x87", /* Hangul, Han */
		"\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80", /* Devanagari with marks */
		"",
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		char *once = pm_text_clean(texts[i], true), *twice, *flat, *flat_once;
		assert_non_null(once);
		twice = pm_text_clean(once, true);
		assert_string_equal(twice, once);
		flat = pm_text_flatten(once);
		flat_once = pm_text_clean(texts[i], false);
		assert_string_equal(flat, flat_once);
		free(once);
		free(twice);
		free(flat);
		free(flat_once);
	}
	/* one character away from clean: each needs the whole pass */
	clean_is(" lead", true, "lead");
	clean_is("trail ", true, "trail");
	clean_is("two  spaces", true, "two spaces");
	clean_is("space \nnewline", true, "space\nnewline");
	clean_is("newline\n space", true, "newline\nspace");
	clean_is("a\n\nb", true, "a\nb");
	clean_is("nb\xC2\xA0sp", true, "nb sp");
	clean_is("tab\tx", true, "tab x");
	clean_is("wrap\x1fx", true, "wrapx");
	clean_is("\xEF\xAC\x81nd", true, "find");
	clean_is("Hangul \xEA\xB0\x80\xE1\x86\xA8", true, "Hangul \xEA\xB0\x81"); /* LV + T */
	clean_is("\xE0\xB3\x86\xE0\xB3\x82", true, "\xE0\xB3\x8A"); /* Kannada: 0CC6 0CC2 */
	clean_is("Ohm \xE2\x84\xA6", true, "Ohm \xCE\xA9"); /* U+2126, a singleton */
	clean_is("e\xCC\x81", true, "\xC3\xA9");
	/* an inert letter with a decomposition still composes with a mark
	 * after it: e with circumflex and a dot below is U+1EC7 */
	clean_is("\xC3\xAA\xCC\xA3", true, "\xE1\xBB\x87");
	clean_is("\xD0\xB9\xCC\x88", true, "\xD0\xB9\xCC\x88"); /* й + diaeresis: none */
}

static void classes(void **state)
{
	(void)state;
	assert_true(pm_cp_is_letter(0xE9));
	assert_true(pm_cp_is_letter(0x627)); /* arabic alef */
	assert_false(pm_cp_is_letter('1'));
	assert_false(pm_cp_is_letter(-1));
	assert_true(pm_cp_is_upper(0xC9));
	assert_true(pm_cp_is_lower(0xE9));
	assert_false(pm_cp_is_lower('A'));
	assert_true(pm_cp_is_digit(0x663));
	assert_true(pm_cp_is_space(0xA0));
	assert_true(pm_cp_is_space(0x202F));
	assert_false(pm_cp_is_space(0x200B));
	assert_true(pm_cp_is_dash(0x2013));
	assert_true(pm_cp_is_dash(0x2212));
	assert_false(pm_cp_is_dash('_'));
}

/* The kit's pm_rtl_char: bidi class R or AL (plugins/kit/bidi.c), one
 * predicate for the PDF text layer, its OCR and the core's repair of
 * right-to-left text (pdf.rtl_neutrals). */
static void rtl_bidi_class(void **state)
{
	static const int32_t rtl[] = {0x05D0, 0x05EA, 0x05F2, 0x05BE, 0x0627, 0x064A, 0x061F, 0x0671, 0x06A9,
	                              0x06CC, 0x06FF, 0x0710, 0x0780, 0x07CA, 0x0800, 0x0840, 0x08A0, 0x200F,
	                              0xFB1D, 0xFB50, 0xFDF2, 0xFE8D, 0xFEFC, 0x10900, 0x1E900, 0x1EE00};
	static const int32_t not_rtl[] = {-1, 'A', 0xE9, 0x0430, 0x0591, 0x05B4, 0x064B, 0x0652, 0x0660,
	                                  0x0669, 0x06F3, 0x060C, 0x0670, 0x200E, 0x202B, 0x3042, 0x4E00,
	                                  0xFB1E, 0xFEFF, 0x10EFD, 0x1F600};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof rtl / sizeof *rtl; i++)
		assert_true(pm_rtl_char(rtl[i]));
	for (i = 0; i < sizeof not_rtl / sizeof *not_rtl; i++)
		assert_false(pm_rtl_char(not_rtl[i]));
}

/* about.heading.caps: a line in capitals of a script the lexicon does not
 * fold, in sentence case, byte for byte; none for a line with a small
 * letter or in ASCII and Latin-1 capitals only (the lookups fold those) */
static void caps_to_sentence(void **state)
{
	char *s;
	(void)state;
	s = pm_text_caps_to_sentence("\xD0\x9E \xD0\x9A\xD0\x9E\xD0\x9C\xD0\x9F\xD0\x90\xD0\x9D\xD0\x98\xD0\x98", 19);
	assert_non_null(s);
	assert_string_equal(s, "\xD0\x9E \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB8"); /* О компании */
	free(s);
	s = pm_text_caps_to_sentence("O SPOLE\xC4\x8CNOSTI", 14);
	assert_non_null(s);
	assert_string_equal(s, "O spole\xC4\x8Dnosti");
	free(s);
	assert_null(pm_text_caps_to_sentence("ABOUT ACME", 10));
	assert_null(pm_text_caps_to_sentence("\xD0\x9E \xD0\xBA\xD0\xBE", 6)); /* О ко */
	assert_null(pm_text_caps_to_sentence("\xD0\x9E", 2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decode_valid),
		cmocka_unit_test(decode_invalid),
		cmocka_unit_test(encode_roundtrip),
		cmocka_unit_test(sanitize_and_valid),
		cmocka_unit_test(clean_nfc),
		cmocka_unit_test(clean_ligatures),
		cmocka_unit_test(clean_invisible),
		cmocka_unit_test(clean_whitespace),
		cmocka_unit_test(flatten_fold_counts),
		cmocka_unit_test(nfc_inert_against_utf8proc),
		cmocka_unit_test(nfc_by_pieces_as_whole),
		cmocka_unit_test(clean_of_clean),
		cmocka_unit_test(classes),
		cmocka_unit_test(rtl_bidi_class),
		cmocka_unit_test(caps_to_sentence),
	};
	return cmocka_run_group_tests_name("core_utf8", tests, NULL, NULL);
}
