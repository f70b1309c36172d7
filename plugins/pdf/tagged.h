/*
 * tagged.h - a tagged PDF's structure tree as evidence for the layout
 * (tagged.c; used by pdf.c).
 */
#ifndef PM_PDF_TAGGED_H
#define PM_PDF_TAGGED_H

#include "layout.h"

#include <poppler.h>

/* After the pages are read, before pdfl_analyse: on a page whose
 * structure tree holds nearly all of its lines' text, set the page's
 * tagged and mark the lines the tree does not hold (untagged). Does
 * nothing on an untagged file, or where reading the tree would cost too
 * much (more than two pages, many elements). */
void pdft_mark_untagged(PopplerDocument *doc, pdfl_doc *d);

#endif
