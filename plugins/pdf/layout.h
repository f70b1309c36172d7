/*
 * layout.h - the PDF plugin's page geometry, kept apart from poppler so
 * that it can be tested on lines made up by hand: text lines with their
 * boxes and fonts in, page furniture marked, reading order found,
 * paragraphs pushed to the host.
 */
#ifndef PM_PDF_LAYOUT_H
#define PM_PDF_LAYOUT_H

#include <pressmill/plugin.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Put by read_page before the digits of a note's number set smaller and
 * raised against the glyph before them ("2022\x01" "1"); pdfl_analyse
 * drops the number where the page holds the note, the mark always. */
#define PDFL_NOTE_MARK '\x01'

/* Put by read_page where a gap between Japanese and Latin letters is as
 * wide as a justified line stretches the quarter em of spacing that
 * Japanese typesetting sets there (pdf.c, pdf.jlreq_spacing); the layout
 * pass, which knows the column's margin, leaves it out on a line filled
 * to the margin and makes it a space on another. */
#define PDFL_STRETCH_MARK '\x02'

typedef struct pdfl_line {
	char *text;        /* UTF-8, NUL-terminated, owned */
	size_t len;
	double x0, y0, x1, y1; /* points from the top-left of the page */
	double size;       /* dominant font size */
	double bold;       /* share of characters in a bold face, 0..1 */
	/* layout.bold_run_in_heading: the characters at the line's start set
	 * in a bold face, up to its first regular letter (0: it opens in
	 * regular type); where fragments of a row are joined, the left one's */
	size_t bold_open;
	double first_w;    /* width of the first word */
	double char_w;     /* mean advance of one character */
	/* Convention layout.word_space_stretch: the mean gap at the line's
	 * word spaces, in ems of its size, over `spaces` of them (read_page;
	 * 0: not measured). A justified line stretches its spaces by what a
	 * ragged one would leave at its end, so ragged lines of one type keep
	 * one gap and justified ones each their own. */
	double word_gap;
	unsigned spaces;
	bool rtl;          /* the first strong character is right-to-left */
	/* Convention layout.skewed_baseline: how the line's glyphs climb or
	 * fall along it, dy/dx of their boxes' centres (points down a point
	 * across; read_page, by least squares; 0: level or not measured). An
	 * OCR text layer places each word where the scan shows it, so the
	 * lines of a page scanned askew all share one slope. */
	double slope;
	const char *font;  /* dominant font: borrowed when added, then the doc's interned copy */
	/* headline.pdf.type_change.colour: the dominant fill colour of the
	 * line's glyphs, 0x1000000 | 0xRRGGBB (0: not known) */
	uint32_t ink;
	int page;          /* 1-based */
	bool repeated;     /* set by the layout pass: seen at the same place on another page */
	bool margin;       /* set by the layout pass: furniture of the page's outer margin (PM_BL_MARGIN) */
	bool widget;       /* a filled-in form field's value (pdf.c, read_form_fields), not printed text */
	/* pdf.break_hyphen_mark: the hyphen ending the line was U+2010 in the
	 * text layer (read_page writes it as '-') */
	bool break_mark;
	/* set by the layout pass */
	int furniture;     /* 0, PM_BLOCK_PAGE_HEADER, PM_BLOCK_PAGE_FOOTER or PM_BLOCK_FOOTNOTE */
	bool note_goes_on; /* a PM_BLOCK_FOOTNOTE line that goes on with the note above it */
	size_t note_skip;  /* a note's first line: the bytes of its number, not its text */
	double cx0, cx1;   /* bounds of the column the line belongs to */
	double colL, colR; /* that column's text margins (robust estimates) */
	/* layout.mirror_margin_fit: the page's mirrored margin (page width
	 * less the column's left margin) where the column's lines agree with
	 * it as their right margin, else 0 */
	double mirror;
	/* layout.unstretched_last_line: the word gap (ems) of the lines of
	 * that column left unstretched where its lines that reach the margin
	 * stretch theirs (justified), else 0 */
	double natural_gap;
	bool justified;    /* that column's lines are set flush with both margins */
	bool from_right;   /* that column is right-to-left text set from its right margin */
	int table;         /* set by the layout pass: the 1-based table whose cell the line is, or 0 */
	int row, col;      /* that cell's place in its table, from 0 */
	bool kv_row;       /* set by the layout pass: a label joined to its value, a row of a key/value table */
	/* layout.table.ruled_cells: the line goes on from its cell's line
	 * above without a space (one word broken at the cell's border) */
	bool glued;
	int drawn;         /* set by pdfl_find_drawn_markers: PDFL_DRAWN_ITEM, PDFL_DRAWN_AFTER or 0 */
	/* pdf.table_cells: the line's wide gaps (pdfl_cut), cuts[cut0 ..
	 * cut0 + ncut) of its doc; set by pdfl_add_line and pdfl_add_cut */
	size_t cut0, ncut;
	int split;         /* find_tables: 1-based id of the line this one is a piece of, or 0 */
	/* layout.tagged_artifact: on a page whose structure tree holds the
	 * rest of its text (pdfl_page.tagged), the line lies outside the tree
	 * (tagged.c: the producer marked it an Artifact) */
	bool untagged;
	/* layout.frame_in_flow: set by the layout pass on the line of the
	 * main flow read right after a frame that stood inside its paragraph
	 * and was read apart: the top (y0) of the flow's line above the
	 * frame, which this line goes on from as if one lead under it (0:
	 * none) */
	double over_frame;
	/* its page's text was recognised from the page image: an OCR text
	 * layer (health.ocr_layer_unknown_words's page) or OCR (pdf.c); its
	 * blocks are PM_BF_RECOGNISED */
	bool recognised;
} pdfl_line;

/* Convention pdf.table_cells: a gap inside a line as wide as an em or
 * more (the text layer runs a table row's cells together): the space at
 * byte `at` of the text, the ink ending at x1 before it and starting at
 * x0 after it. The table finder cuts a line there where a table's gutter
 * runs. */
typedef struct pdfl_cut {
	size_t at;
	double x1, x0;
} pdfl_cut;

/* pdfl_line.drawn: a list marker drawn as a shape left of the line opens
 * a list item with it; the line is the first one out of such a list. */
enum { PDFL_DRAWN_ITEM = 1, PDFL_DRAWN_AFTER = 2 };

/* Convention layout.table.ruled_cells: a straight rule drawn on a page,
 * level (y0 == y1) or upright (x0 == x1), points from the page's
 * top-left: a table's border, which the text layer does not hold. */
typedef struct pdfl_rule {
	int page; /* 1-based */
	double x0, y0, x1, y1;
} pdfl_rule;

typedef struct pdfl_page {
	double w, h;
	double text_top, text_bottom; /* the page's main text (set by the layout pass) */
	double measure;    /* the width of its widest column */
	size_t first, n;   /* its lines, in reading order once ordered */
	double skew;       /* layout.skewed_baseline: the slope its lines were turned back by, or 0 */
	bool tagged;       /* its structure tree holds its text (tagged.c); lines outside it are marked untagged */
} pdfl_page;

/* A link annotation with a URI action, on a page: its box (points from
 * the top-left), its target as written and the text under it. */
typedef struct pdfl_link {
	int page;
	double x0, y0, x1, y1;
	char *url, *text;  /* owned; text NULL when none lies under the box */
} pdfl_link;

/* Link annotations kept per page: a page of a thousand is a hostile one. */
#define PDFL_MAX_PAGE_LINKS 1000

typedef struct pdfl_doc {
	pdfl_line *lines;
	pdfl_link *links;
	size_t nlinks, lcap;
	size_t n, cap;
	pdfl_page *pages;
	size_t npages, pcap;
	double body_size;  /* median font size of the text, by characters */
	double lead;       /* usual leading (distance from one line of a paragraph to the next), in ems */
	bool stretch_marks; /* some line holds a PDFL_STRETCH_MARK */
	bool marked;       /* paragraph breaks are marked by vertical space or a first-line indent */
	/* pdf.break_hyphen_mark: hyphens inside lines, between letters, as
	 * U+2010 and as U+002D (pdfl_add_line counts them) */
	size_t inner_u2010, inner_ascii;
	size_t wraps;      /* lines the layout wrapped for certain (certain_wrap), which gave lead */
	pdfl_rule *rules;  /* layout.table.ruled_cells: rules drawn where pdfl_find_rules looked */
	size_t nrules, rcap;
	double wrap_pitch; /* the median pitch of those wraps, in sizes (layout.wrap_pitch_bound); 0 with fewer than 3 */
	pdfl_cut *cuts;    /* the lines' wide gaps (pdfl_line.cut0) */
	size_t ncuts, cutcap;
	char **fonts;      /* font names, interned */
	size_t nfonts, fcap;
	bool oom;
} pdfl_doc;

/* A page's lines. A document without text has no line array at all, and
 * NULL + 0 is undefined behaviour (UBSan stops the fuzzers on it), so the
 * page of such a document gets NULL, which its n == 0 never reads. */
static inline pdfl_line *pdfl_page_lines(pdfl_doc *d, const pdfl_page *p)
{
	return d->lines ? d->lines + p->first : NULL;
}

/* Convention layout.skewed_baseline: the slope that a page's long lines
 * share (a page scanned askew under an OCR text layer), or 0. */
double pdfl_page_skew(const pdfl_line *L, size_t n);
/* Convention layout.ocr_layer_size: whether most of a page's text is in
 * Tesseract's invisible GlyphLessFont (an OCR layer of ocrmypdf, of
 * Tesseract's PDF renderer or of a program built on it). */
bool pdfl_glyphless_page(const pdfl_line *L, size_t n);

void pdfl_init(pdfl_doc *d);
void pdfl_free(pdfl_doc *d);
/* Start a page; lines added next belong to it. */
bool pdfl_add_page(pdfl_doc *d, double w, double h);
/* A link annotation of the current page (url and text copied). */
bool pdfl_add_link(pdfl_doc *d, double x0, double y0, double x1, double y1, const char *url, const char *text);
/* Copy *l (text of len bytes) as a line of the current page. */
bool pdfl_add_line(pdfl_doc *d, const pdfl_line *l, const char *text, size_t len);
/* A wide gap of the line added last (pdf.table_cells): the space at
 * byte at of its text, between ink ending at x1 and ink starting at x0. */
bool pdfl_add_cut(pdfl_doc *d, size_t at, double x1, double x0);
/* A rule drawn on page `page` (layout.table.ruled_cells). */
bool pdfl_add_rule(pdfl_doc *d, int page, double x0, double y0, double x1, double y1);
/* Look for the rules of a region of a page: x0..x1, y0..y1 in points
 * from its top-left; the probe adds what it sees with pdfl_add_rule. */
typedef void (*pdfl_rules_fn)(void *user, pdfl_doc *d, int page, double x0, double y0, double x1, double y1);
/* Before pdfl_analyse: asks the probe for the rules around the lines of
 * each page that set short pieces of text side by side in two rows or
 * more (the shape of a table's rows), one probe per such page. Returns
 * how many pages were looked at. */
size_t pdfl_find_rules(pdfl_doc *d, pdfl_rules_fn probe, void *user);
/* Put the lines of src's last page in place of those of d's last page,
 * with src's page size (a page read again from its image, ocr.c). */
bool pdfl_replace_page(pdfl_doc *d, const pdfl_doc *src);
/* Order every page, mark furniture, measure the body: call once, after
 * the last page, before pdfl_emit. */
void pdfl_analyse(pdfl_doc *d);
/* Push the blocks; returns non-zero when a host callback said stop. */
int pdfl_emit(const pdfl_doc *d, const pm_host *h, pm_sink *s);

/* A strip of a page left of a line's first glyph, where a list's marker
 * drawn as a shape would stand, and what a probe saw drawn in it. */
typedef struct pdfl_strip {
	double x0, y0, x1, y1;     /* in: points from the page's top-left */
	bool ink;                  /* out: something is drawn in it */
	bool touches;              /* out: that ink reaches the strip's edge (part of something larger) */
	double ix0, iy0, ix1, iy1; /* out: the box of all the ink, in points */
	double fill;               /* out: the share of that box the ink covers, 0..1 */
	size_t line;               /* the line it stands beside (the layout pass's) */
} pdfl_strip;

/* Look at strips[0..n) of page `page` (1-based) and fill in their out
 * fields (left false when the page cannot be looked at). */
typedef void (*pdfl_probe_fn)(void *user, int page, pdfl_strip *strips, size_t n);
/* After pdfl_analyse: list markers drawn as shapes, which the text layer
 * does not hold. Only pages whose lines already have a list's shape (two
 * or more lines in a row set in from their column's margin, in the body's
 * type) are looked at, by one probe per page. Marks the lines (drawn);
 * returns how many items it found. */
size_t pdfl_find_drawn_markers(pdfl_doc *d, pdfl_probe_fn probe, void *user);

/* Whether lang's dictionary knows word: 1 yes, 0 no, -1 no dictionary. */
typedef int (*pdfl_spell_fn)(void *user, const char *lang, const char *word);
/* Arabic words that a justified line's letter gaps split ("هيئ ة") made
 * whole again, on the right-to-left lines, after pdfl_analyse; spell may
 * be NULL (then only what the script alone decides is joined). Returns
 * how many words were joined. */
unsigned long pdfl_join_split_words(pdfl_doc *d, pdfl_spell_fn spell, void *user);

/* Whether reading (a page read from its image) lacks a writing system
 * that the layer's last page holds: OCR reads only the scripts of the
 * languages it has, so a Devanagari letterhead read with English alone
 * comes back as sound-looking Latin letters, and the text is lost. */
bool pdfl_reading_loses_script(const pdfl_doc *layer, const pdfl_doc *reading);

/* Convention pdf.letter_spaced_line: the gaps between the glyphs of one
 * line, in ems of their size, in reading order: gap[i] stands before the
 * line's glyph i + 1, spaced[i] says whether the text layer put a space
 * there. On a letter-spaced line (tracking), some letter gaps pass the
 * text layer's word-break threshold and become spaces ("3 mar s 20 2 5");
 * join[i] is set for each such space. Returns how many. */
size_t pdfl_letter_spaced_joins(const double *gap, const bool *spaced, size_t n, bool *join);
/* Convention pdf.letter_spaced_line.all_spaced: the same for a short line
 * tracked so widely that nearly every letter gap became a space (pdf.c
 * asks it for lines of letters only). */
size_t pdfl_all_spaced_joins(const double *gap, const bool *spaced, size_t n, bool *join);

/* Whether a line is a page number in one of its usual forms. Exposed for
 * the tests. */
bool pdfl_is_page_number(const char *s);

#endif
