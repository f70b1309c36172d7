/*
 * bidi.c - which characters are written right to left, as kit.h gives it
 * to the plugins and the core: the PDF plugin's text layer and OCR read a
 * line's direction by it, and the core's repair of right-to-left text
 * (core/repair/arabic.c, pdf.rtl_neutrals) finds the letters it moves
 * punctuation next to. One predicate on both sides of the plugin wall.
 */
#include "kit.h"

#include <stdbool.h>
#include <stdint.h>

bool pm_rtl_char(int32_t c)
{
	return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}
