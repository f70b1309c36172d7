/*
 * fuzz_docx.c - the docx plugin's extract (DOCX (zip + WordprocessingML)) on arbitrary bytes,
 * through the real core (see fuzz_extract.h).
 */
#define FUZZ_NAME "release.docx"
#define FUZZ_ENTRY pressmill_plugin_entry_docx
#include "fuzz_extract.h"
