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

/* text: poppler_page_get_text(); rects, nr and attrs: the page's
 * poppler_page_get_text_layout() and poppler_page_get_text_attributes()
 * (attrs may be NULL) */
void pdf_rtl_number_runs(char *text, PopplerRectangle *rects, guint nr);
void pdf_rtl_ligatures(char *text, const PopplerRectangle *rects, guint nr, GList *attrs);
void pdf_rtl_line_start_marks(char *text);
void pdf_rtl_ltr_paragraph_runs(char *text);

#endif
