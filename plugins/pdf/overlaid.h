/*
 * overlaid.h - an OCR text layer's word stretched over the words after it
 * put back in one piece, before them (overlaid.c, convention
 * pdf.ocr_layer.stretched_word). pdf.c calls it on each page's
 * left-to-right text, after pdf_mark_order.
 */
#ifndef PM_PDF_OVERLAID_H
#define PM_PDF_OVERLAID_H

#include <poppler.h>

/* text: poppler_page_get_text(); rects, nr: its boxes, one a character;
 * attrs: its font runs (poppler_page_get_text_attributes()). Characters
 * and boxes move together, in place; the text keeps its length in bytes
 * and in characters. Returns how many rows were put back together. */
unsigned pdf_ocr_overlaid_words(char *text, PopplerRectangle *rects, guint nr, GList *attrs);

#endif
