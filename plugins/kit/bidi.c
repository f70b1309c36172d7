/*
 * bidi.c - which characters are written right to left, as kit.h gives it
 * to the plugins and the core: the PDF plugin's text layer and its OCR
 * read a line's direction by it, and the core's repair of right-to-left
 * text (core/repair/arabic.c, pdf.rtl_neutrals) finds the letters it
 * moves punctuation next to. One predicate on both sides of the plugin
 * wall.
 */
#include "kit.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The code points of bidirectional class R or AL (Unicode 15's
 * DerivedBidiClass, unassigned code points of the right-to-left blocks
 * taking their block's default), in order: Hebrew, Arabic and its
 * supplements and presentation forms, Syriac, Thaana, N'Ko, Samaritan,
 * Mandaic, the right-to-left mark, and the historic and African scripts
 * of plane 1 (Phoenician to Old Uyghur, Mende Kikakui, Adlam). Not the
 * combining marks (NSM), the Arabic digits (AN, EN) or the Arabic comma
 * (CS), which take the direction of the letters around them. */
static const int32_t rtl[][2] = {
	{0x0590, 0x0590}, {0x05BE, 0x05BE}, {0x05C0, 0x05C0}, {0x05C3, 0x05C3},
	{0x05C6, 0x05C6}, {0x05C8, 0x05FF}, {0x0608, 0x0608}, {0x060B, 0x060B},
	{0x060D, 0x060D}, {0x061B, 0x064A}, {0x066D, 0x066F}, {0x0671, 0x06D5},
	{0x06E5, 0x06E6}, {0x06EE, 0x06EF}, {0x06FA, 0x0710}, {0x0712, 0x072F},
	{0x074B, 0x07A5}, {0x07B1, 0x07EA}, {0x07F4, 0x07F5}, {0x07FA, 0x07FC},
	{0x07FE, 0x0815}, {0x081A, 0x081A}, {0x0824, 0x0824}, {0x0828, 0x0828},
	{0x082E, 0x0858}, {0x085C, 0x088F}, {0x0892, 0x0897}, {0x08A0, 0x08C9},
	{0x200F, 0x200F}, {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFD3D},
	{0xFD50, 0xFDCE}, {0xFDF0, 0xFDFC}, {0xFE70, 0xFEFE}, {0x10800, 0x1091E},
	{0x10920, 0x10A00}, {0x10A04, 0x10A04}, {0x10A07, 0x10A0B}, {0x10A10, 0x10A37},
	{0x10A3B, 0x10A3E}, {0x10A40, 0x10AE4}, {0x10AE7, 0x10B38}, {0x10B40, 0x10D23},
	{0x10D28, 0x10D2F}, {0x10D3A, 0x10E5F}, {0x10E7F, 0x10EAA}, {0x10EAD, 0x10EFC}, {0x10F00, 0x10F45},
	{0x10F51, 0x10F81}, {0x10F86, 0x10FFF}, {0x1E800, 0x1E8CF}, {0x1E8D7, 0x1E943},
	{0x1E94B, 0x1EEEF}, {0x1EEF2, 0x1EFFF},
};

bool pm_rtl_char(int32_t c)
{
	size_t lo = 0, hi = sizeof rtl / sizeof rtl[0];
	/* the scripts written left to right and the shared punctuation,
	 * nearly every character read: two comparisons */
	if (c < 0x0590 || (c > 0x08C9 && c < 0x200F) || (c > 0x200F && c < 0xFB1D) || (c > 0xFEFE && c < 0x10800))
		return false;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c < rtl[mid][0])
			hi = mid;
		else if (c > rtl[mid][1])
			lo = mid + 1;
		else
			return true;
	}
	return false;
}
