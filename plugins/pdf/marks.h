/*
 * marks.h - the vowel and tone marks of Thai and the Indic scripts put
 * back after their letter when poppler's reading sorted them after the
 * next character (marks.c, convention pdf.mark_order). pdf.c calls it on
 * each page's left-to-right text.
 */
#ifndef PM_PDF_MARKS_H
#define PM_PDF_MARKS_H

#include <poppler.h>

/* text: poppler_page_get_text(); rects, *nr: its boxes, one a character
 * (poppler_page_get_text_layout()); characters and boxes move together,
 * in place, and the spaces read where a moved mark's pen stood go (the
 * text and *nr shrink). Returns how many marks were moved. */
unsigned pdf_mark_order(char *text, PopplerRectangle *rects, guint *nr);

#endif
