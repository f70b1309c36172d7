/*
 * fuzz_pdf.c - the pdf plugin's extract (PDF) on arbitrary bytes,
 * through the real core (see fuzz_extract.h).
 */
#define FUZZ_NAME "release.pdf"
#define FUZZ_ENTRY pressmill_plugin_entry_pdf
#include "fuzz_extract.h"
