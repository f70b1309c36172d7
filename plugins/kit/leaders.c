/*
 * leaders.c - the row of a list set with dot leaders, as kit.h gives it
 * to the plugins: the PDF layout (pdf.leader_rows) and the text plugin's
 * paragraphs (body.leader_rows) keep such rows, and the label above
 * them, together as one entry, as a table is one.
 */
#include "kit.h"

#include <stdbool.h>
#include <stddef.h>

/* pdf.leader_rows, body.leader_rows: a row of a list set with dot leaders ("Lot 12
 * ........ 4 500 €", "Opening ....... 10:00"): some words, a run of five
 * dots or more (full stops, middle dots, ellipses, or full stops spaced
 * ". . . ."), then a short value. A prose ellipsis is three dots, rarely
 * four, and words go on after it at length. */
/* The dots of the whole row, however they stand: a row with fewer
 * than five has no run of five (most lines; the layout asks of every
 * pair of lines it weighs). */
static size_t dots_in(const char *s, const char *e)
{
	size_t dots = 0;
	for (; s < e; s++)
		if (*s == '.')
			dots++;
		else if ((unsigned char)*s == 0xA6 || (unsigned char)*s == 0xB7)
			dots += 3; /* the last byte of U+2026 or of U+00B7, counted at its most */
	return dots;
}

bool pm_leader_row(const char *s, size_t n)
{
	const char *e = s + n;
	bool before = false;
	if (dots_in(s, e) < 5)
		return false;
	while (s < e) {
		const char *p = s, *run_end = s;
		size_t dots = 0;
		for (;;) {
			if (p < e && *p == '.') {
				dots++, p++;
			} else if (e - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
			           (unsigned char)p[2] == 0xA6) {
				dots += 3, p += 3; /* U+2026 */
			} else if (e - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xB7) {
				dots++, p += 2; /* U+00B7 */
			} else if (dots && p + 1 < e && *p == ' ' && p[1] == '.') {
				p++; /* ". . . ." */
				continue;
			} else {
				break;
			}
			run_end = p;
		}
		if (dots >= 5) {
			size_t words = 0;
			bool in = false;
			for (p = run_end; p < e; p++) {
				bool sp = *p == ' ' || *p == '\t';
				if (!sp && !in)
					words++;
				in = !sp;
			}
			return before && words >= 1 && words <= 6;
		}
		if (p == s) {
			if (*s != ' ' && *s != '\t')
				before = true;
			p = s + 1;
		}
		s = p;
	}
	return false;
}

