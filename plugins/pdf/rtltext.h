/*
 * rtltext.h - right-to-left text as poppler reads it, put back in order
 * (rtltext.c): the numbers and other left-to-right runs inside a
 * right-to-left line (pdf.rtl_number_runs, which moves their boxes with
 * them), the split lam-alef ligatures (pdf.rtl_ligature_split),
 * the marks that end a line set left to right (pdf.rtl_neutrals.order)
 * and the runs of a line holding Latin words in a paragraph set left to
 * right (pdf.rtl_ltr_paragraph_runs). pdf.c calls them on each page's
 * text; they change characters' order only, in place. One more finds
 * the spaces poppler put inside a right-to-left word whose pieces touch
 * (pdf.rtl_touching_pieces), for pdf.c's read_selection to leave out.
 */
#ifndef PM_PDF_RTLTEXT_H
#define PM_PDF_RTLTEXT_H

#include <poppler.h>
#include <stdbool.h>

/* text: poppler_page_get_text(); rects, nr and attrs: the page's
 * poppler_page_get_text_layout() and poppler_page_get_text_attributes()
 * (attrs may be NULL) */
void pdf_rtl_number_runs(char *text, PopplerRectangle *rects, guint nr);
void pdf_rtl_line_start_marks(char *text);
/* pdf.rtl_neutrals.before_number: a line's closing marks read before the
 * number that opens it, on a page set left to right, moved to the line's
 * end with their boxes; the text may shrink (controls left out). Returns
 * the lines changed. */
unsigned pdf_rtl_line_start_number_marks(char *text, PopplerRectangle *rects, guint nr);
/* rects (may be NULL) and nr: boxes moved with their characters (a copy
 * of the page's: its lines keep poppler's boxes); true when a line's runs
 * were put in order. On a page set right to left it puts back in order
 * the words of each Latin run read from its last (pdf.rtl_latin_run_words;
 * only with boxes, which show the reading went leftwards). */
bool pdf_rtl_ltr_paragraph_runs(char *text, PopplerRectangle *rects, guint nr);
/* pdf.rtl_kashida_gap: a gap between two pieces of an Arabic-script line
 * that a kashida may fill: the strip to look at for ink, and the
 * separator bytes to mark joined when there is */
typedef struct pdf_rtl_gap {
	double x0, x1, y0, y1;
	size_t sep_from, sep_to;
} pdf_rtl_gap;

/* pdf.rtl_ligature_split: turns back the alef and lam pairs the boxes
 * prove to be one glyph's slices; appends to unproven (pdf_rtl_gap; may
 * be NULL) the strip across each pair whose slices touch and nearly
 * match, from the lam's slice's middle to the alef's, sep_from being the
 * pair's byte offset, then the strip across the pair's left edge
 * (pdf.rtl_ligature_split.ink.left_edge): pdf.rtl_ligature_split.ink
 * looks at their ink and pdf_rtl_ligature_swap() turns back a pair the
 * ink joins and does not cross the left edge of; returns how
 * many pairs it turned back */
unsigned long pdf_rtl_ligatures(char *text, const PopplerRectangle *rects, guint nr, GList *attrs,
                                GArray *unproven);
void pdf_rtl_ligature_swap(char *text, size_t at);

/* pdf.rtl_touching_pieces: marks in joined (strlen(text) bytes, zeroed)
 * the spaces and run boundaries inside right-to-left words, and appends
 * to gaps (pdf_rtl_gap; may be NULL) the gaps a kashida may fill; false
 * when none was looked for */
bool pdf_rtl_touching_pieces(const char *text, const PopplerRectangle *rects, guint nr, GList *attrs,
                             unsigned char *joined, GArray *gaps);

/* c is a Hebrew letter: the alphabet U+05D0-05EA or its presentation
 * forms U+FB1D-FB4F (a letter with its points in one code point, which
 * some fonts map their glyphs to); the prefix letters (ו ה ב כ ל מ ש)
 * have such forms, so the rules about a prefix before a number take them
 * too */
static inline bool pdf_hebrew_letter(gunichar c)
{
	return (c >= 0x05D0 && c <= 0x05EA) || (c >= 0xFB1D && c <= 0xFB4F);
}

#endif
