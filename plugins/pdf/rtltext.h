/*
 * rtltext.h - right-to-left text as poppler reads it, put back in order
 * (rtltext.c): the numbers and other left-to-right runs inside a
 * right-to-left line (pdf.rtl_number_runs, which moves their boxes with
 * them), the split lam-alef ligatures (pdf.rtl_ligature_split),
 * the marks that end a line set left to right (pdf.rtl_neutrals.order)
 * and the runs of a line holding Latin words in a paragraph set left to
 * right (pdf.rtl_ltr_paragraph_runs). pdf.c calls them on each page's
 * text; they change characters' order only, in place.
 */
#ifndef PM_PDF_RTLTEXT_H
#define PM_PDF_RTLTEXT_H

#include <poppler.h>
#include <stdbool.h>

/* text: poppler_page_get_text(); rects, nr and attrs: the page's
 * poppler_page_get_text_layout() and poppler_page_get_text_attributes()
 * (attrs may be NULL) */
void pdf_rtl_number_runs(char *text, PopplerRectangle *rects, guint nr);
void pdf_rtl_ligatures(char *text, const PopplerRectangle *rects, guint nr, GList *attrs);
void pdf_rtl_line_start_marks(char *text);
void pdf_rtl_ltr_paragraph_runs(char *text);

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
