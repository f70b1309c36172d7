/*
 * ocr.h - reading a PDF page from its image (issue 14): the page is
 * rendered in memory with poppler and cairo, in grey, handed to Tesseract
 * through its C API, and what Tesseract reads (lines, word boxes,
 * confidences) becomes text lines for layout.c, the same input a text
 * layer gives. pdf.c decides which pages are read so and whether the
 * result replaces the text layer; this module reads one page at a time.
 * Built without Tesseract (make OCR=0), it says so and reads nothing.
 */
#ifndef PM_PDF_OCR_H
#define PM_PDF_OCR_H

#include "layout.h"

#include <cairo.h>
#include <poppler.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pdfo_doc pdfo_doc;

/* The page rendered by poppler into a new W x H cairo image at scale
 * pixels a point from (x0, y0), on white, clipped to the rectangles clip
 * adds (called with user; NULL: the whole page); NULL when no surface
 * could be made. The OCR's page image, and pdf.c's looks at a few
 * strips of a page (list markers drawn as shapes, pdf.rtl_kashida_gap). */
cairo_surface_t *pdfo_render(PopplerPage *page, double x0, double y0, double scale, int W, int H,
                             void (*clip)(cairo_t *cr, const void *user), const void *user);

/* The language of a text, as the host identifies it (ISO 639-1), or NULL. */
typedef const char *(*pdfo_language_fn)(void *user, const char *utf8, size_t len);

typedef struct pdfo_settings {
	const char *languages;  /* "fr+en" as the caller gave it, or NULL: chosen */
	uint64_t max_pixels;    /* of one page image; 0: no limit */
	unsigned dpi;           /* for pages that are not one scanned image */
	double deadline;        /* pdfo_clock() after which no page is started
	                         * or finished; 0: none */
	pdfo_language_fn language;
	void *user;
} pdfo_settings;

typedef enum pdfo_status {
	PDFO_READ = 0,     /* lines added */
	PDFO_BLANK,        /* the page image holds no ink: nothing to read */
	PDFO_TOO_LARGE,    /* the page cannot be rendered legibly within max_pixels */
	PDFO_NO_TIME,      /* the deadline came first */
	PDFO_NO_MODEL,     /* no language data for the page's script or the languages asked */
	PDFO_NO_ENGINE,    /* Tesseract or Leptonica cannot be loaded (they are
	                    * loaded at the first page read): no page can be */
	PDFO_FAILED,       /* the engine or the renderer failed */
	PDFO_NO_MEMORY
} pdfo_status;

typedef struct pdfo_result {
	double confidence;  /* mean word confidence, 0-100 */
	size_t words;
	size_t chars;       /* characters other than spaces */
	unsigned dpi;       /* the resolution the page was read at */
	int rotated;        /* degrees the page image was turned to be read upright */
	double seconds;
} pdfo_result;

/* Takes out of s (UTF-8, in place) the bidirectional formatting
 * characters Tesseract writes around a run of Latin letters in a
 * right-to-left line (U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT
 * MARK: "\u200Epio\u200F"), for a display to show the run the right way
 * round. The record's text is in logical order and a display lays it out
 * itself (Unicode's bidirectional algorithm, UAX #9): the marks are no
 * text, and a word that is only marks (Tesseract reads one at a page's
 * edge) is no word, nor a line of them a list's bullet. Exposed for the
 * tests. */
void pdfo_drop_bidi_marks(char *s);

/* A right-to-left line's text as Tesseract gives it has the marks that
 * end the line (drawn at its left end: a full stop, a comma, a colon, a
 * closing quotation mark) before its first word (".صغيراً ... الإعاقة",
 * ".”للمتعة ... فقط"): in logical order they come after the last word,
 * the one they follow on the page, and in the reverse order (the
 * line's end read from the right). Moved there, in place, when they open
 * a word of right-to-left letters and the line does not end with a mark
 * already. Exposed for the tests. */
void pdfo_rtl_end_marks(char *s);

/* Seconds on the clock the document's timeout is counted on (see the
 * isolation pool, core/isolate/pool.c): the monotonic clock less the time
 * this thread waited, ready to run, for a CPU that other processes held
 * (Linux's /proc/thread-self/schedstat; the plain monotonic clock where
 * the system does not say). So OCR's share of the timeout ends where the
 * pool's kill would, on a loaded machine as on an idle one. */
double pdfo_clock(void);

/* Whether this build reads page images (a language model is installed;
 * cheap), and a line saying what with ("ocr: tesseract 5.3.0 (ara, deu,
 * eng ...)" or "ocr: not available (...)"), which does not load
 * Tesseract: until a page is read it says whether the library can be
 * found and the version built against, then the loaded one's. */
bool pdfo_available(void);
const char *pdfo_features(void);

/* One document's OCR; data is the whole PDF (looked at for the pixel
 * sizes of its images, never trusted beyond that). NULL when memory runs
 * out or OCR is not available. */
pdfo_doc *pdfo_new(const pdfo_settings *s, const unsigned char *data, size_t len);
void pdfo_free(pdfo_doc *o);

/* Read one page: on PDFO_READ the page's lines are added to out as a
 * new page (pdfl_add_page, then pdfl_add_line), in page points, upright.
 * covered: the boxes (page points) of the page's text-layer characters,
 * ncovered of them, or NULL: ink inside them is the layer's own, and a
 * page with no other ink is PDFO_BLANK (a page whose one character is a
 * page number drawn large). */
pdfo_status pdfo_read_page(pdfo_doc *o, PopplerPage *page, const PopplerRectangle *covered, size_t ncovered,
                           pdfl_doc *out, pdfo_result *r);

/* What was used, for the record: Tesseract's version, and the models as
 * ISO 639-1 codes where there is one, '+'-joined ("fr+en"); "" before
 * any page was read. */
const char *pdfo_version(void);
const char *pdfo_languages(const pdfo_doc *o);
/* Why the last PDFO_NO_MODEL, PDFO_NO_ENGINE or PDFO_FAILED happened (a
 * phrase). */
const char *pdfo_problem(const pdfo_doc *o);

/* The second reading of an address-shaped word (read, by the English
 * model) when it is the same address as word with its '@' where word has
 * something else ("prensaQOmapa.es", "-prensa@mapa.es."): what stands
 * before the '@' and what follows it begin and end word, the reading's
 * leading and trailing punctuation aside. A new string, or NULL. Exposed
 * for the tests. */
char *pdfo_take_address(const char *word, const char *read);

/* Whether a word Tesseract read (with confidence conf, 0-100) is made of
 * specks: no letter or digit, and little confidence, or not full
 * confidence at the end of a line. Exposed for the tests. */
bool pdfo_speck(const char *text, float conf, bool line_end);

#endif
