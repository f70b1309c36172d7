/*
 * sort.c - the qsort() order of doubles, as kit.h gives it to the plugins
 * and the core: the PDF layout's quantiles and gaps (plugins/pdf/layout.c),
 * the OCR's line heights and word gaps (plugins/pdf/ocr.c) and the
 * headline stage's gaps between blocks (core/normalize/headline.c) sort
 * their measures with it, so that there is one comparator, not a copy in
 * each file.
 */
#include "kit.h"

int pm_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	/* not x - y: a difference below 1 would truncate to 0 as an int */
	return x < y ? -1 : x > y;
}
