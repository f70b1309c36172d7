/*
 * fuzz_txt.c - the txt plugin's extract (plain text and Markdown) on arbitrary bytes,
 * through the real core (see fuzz_extract.h).
 */
#define FUZZ_NAME "release.txt"
#define FUZZ_ENTRY pressmill_plugin_entry_txt
#include "fuzz_extract.h"
