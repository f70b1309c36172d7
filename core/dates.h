/*
 * dates.h - date expressions in press-release text (dates.c).
 */
#ifndef PM_DATES_H
#define PM_DATES_H

#include "internal.h"

#include <strings.h>

typedef struct pm_date {
	int y, m, d;
	bool ambiguous;   /* numeric, both day-first and month-first valid */
	bool numeric;
	size_t start, end; /* byte offsets of the expression */
} pm_date;

/* A date starting exactly at byte i of s (n bytes). dayfirst: 1 to read
 * an ambiguous numeric date day-first (most of the world), 0 month-first
 * (the United States). */
bool pm_date_at(const char *s, size_t n, size_t i, int dayfirst, pm_date *out);
/* The first date at or after byte `from`. */
bool pm_date_find(const char *s, size_t n, size_t from, int dayfirst, pm_date *out);
void pm_date_iso(const pm_date *d, char out[11]);
/* A time of day at i ("10:00", "9 a.m.", "14h30"): 1 and its parts, else 0. */
int pm_date_time_at(const char *s, size_t n, size_t i, int *hh, int *mm, size_t *end);

#endif
