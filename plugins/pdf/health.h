/*
 * health.h - how far the text layer of one PDF page can be trusted,
 * measured while its characters are read: glyphs drawn twice on top of
 * each other, replacement and private-use characters inside words,
 * ligatures that lost their Unicode mapping ("nancial", "signi cant"),
 * and words run together (long tokens the language's dictionary does not
 * know). pdf.c warns about a failing page, reads it again from its image
 * (ocr.c), and keeps the reading that scores better here.
 */
#ifndef PM_PDF_HEALTH_H
#define PM_PDF_HEALTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PDFH_MAX_WORDS 600 /* words kept per page for the dictionary checks */

typedef struct pdfh_page {
	/* measures, filled by pdfh_end() */
	size_t glyphs;         /* characters other than spaces */
	size_t overlaid;       /* glyphs drawn again on the same spot */
	size_t replacement;    /* U+FFFD */
	size_t unmapped;       /* control codes after a letter or another one: raw glyph codes */
	size_t private_use;    /* private-use code points touching letters */
	size_t words;          /* words of letters only */
	size_t long_words;     /* of 8 letters or more starting in lower case, looked up */
	size_t unknown_long;   /* ... that the dictionary does not know */
	size_t short_words;    /* of 3 to 5 letters in lower case, looked up */
	size_t short_known;    /* ... that the dictionary knows (it is the page's language) */
	size_t ligature_holes; /* words the dictionary knows once fi, fl, ff... are put back */
	size_t read_words;     /* words of 3 letters or more (damaged ones too), looked up, when
	                          the page's only damage is glyphs without Unicode */
	size_t read_known;     /* ... that the dictionary knows: the readable share of the page */
	const char *lang;      /* language of the dictionary used ("en"...), NULL when none was */
	/* health.ocr_layer_unknown_words: set by the caller before pdfh_end(),
	 * the page is one image under its text (an OCR layer), whose words are
	 * then all looked up */
	bool ocr_layer;
	size_t ocr_words;      /* on such a page, words of 3 letters or more starting in lower case,
	                          inside their line, not parts of an address */
	size_t ocr_unknown;    /* ... that the dictionary does not know */

	/* reading state */
	char *buf;             /* the page's words, NUL-separated */
	size_t blen, bcap;
	struct pdfh_word {
		size_t start;      /* offset in buf */
		int hole;          /* byte offset of a blank inside the word, or -1 */
		bool letters;      /* only letters */
		float blank;       /* the blank before it in ems, or a negative value */
		unsigned line;     /* the text line it is on */
		bool damaged;      /* holds a raw glyph code or a private-use character */
		bool glued;        /* touches a '.', '@' or '/' that touches another word: an address's part */
	} w[PDFH_MAX_WORDS];
	size_t nw;
	size_t cur;            /* start of the open word in buf */
	int hole;
	bool open, letters, damaged, glued;
	bool closed_by_sign;   /* the last word was closed by a sign with no space yet after it */
	float blank;
	unsigned line;         /* text lines seen so far */
	uint32_t before_space; /* the character before the last space */
	uint32_t prev;
	double last_x1, last_y0, last_h; /* the previous glyph's right edge, top, height */
	double space_x0;       /* where the blank before the open word starts */
	unsigned stop[8];      /* one per language of health.c */      /* stop-word hits per language */
	size_t stop_max;       /* bytes of the longest stop word: a longer word is none */
	uint64_t *seen;        /* glyph positions, open addressing */
	size_t seen_cap, seen_n;
	bool oom;
} pdfh_page;

/* A spelling dictionary to look words up in: 1 known, 0 unknown, -1 no
 * dictionary for language lang (ISO 639-1). */
typedef int (*pdfh_spell_fn)(void *user, const char *lang, const char *word);

void pdfh_begin(pdfh_page *h);
/* One character of the page in reading order with its box (points);
 * spaces and line ends close words. */
void pdfh_glyph(pdfh_page *h, uint32_t c, double x0, double y0, double x1, double y1);
/* Guess the language from its stop words and run the dictionary checks,
 * with spell when given (the core's dictionaries, pm_host.spell), else
 * with hunspell dictionaries of health.c's own. */
void pdfh_end(pdfh_page *h, pdfh_spell_fn spell, void *user);
void pdfh_free(pdfh_page *h);

/* Whether the page's text layer is too damaged to trust; why says what
 * was measured (a sentence for a warning). */
bool pdfh_failing(const pdfh_page *h, char *why, size_t n);

/* Whether the page's text layer is kept though some of its glyphs have
 * no Unicode (health.proportionate): they are a small share of the page
 * and the dictionary reads the large majority of its words. pdfh_failing()
 * passes such a page; why says what was measured (a sentence for a
 * warning: the record is partial). */
bool pdfh_partial(const pdfh_page *h, char *why, size_t n);

/* How damaged the page's text is on the measures pdfh_failing() judges:
 * the worst measure as a multiple of its failing share (0 sound, 1 or
 * more failing). Compares two readings of one page (the text layer and
 * OCR, ocr.c) on the same scale. */
double pdfh_damage(const pdfh_page *h);

#endif
