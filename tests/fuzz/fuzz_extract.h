/*
 * fuzz_extract.h - the body shared by the per-plugin extract targets
 * (fuzz_txt.c, fuzz_docx.c, fuzz_pdf.c): the input goes through the real
 * core, pm_convert_buffer in process, on a context whose registry holds
 * just the plugin linked into this binary. Each plugin exports the same
 * entry symbol, hence one binary per plugin.
 *
 * Define FUZZ_NAME (the file name the input gets, a probe hint) before
 * including this.
 */
#include "fuzz_common.h"

const pm_plugin *FUZZ_ENTRY(void);

static pm_context *fuzz_ctx;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!fuzz_ctx) {
		fuzz_ctx = fuzz_context(FUZZ_ENTRY());
		/* Evidence is built on the side of every field: cover it too. */
		fuzz_ctx->eng.opt.explain = 1;
		/* OCR stays on (page rendering and the reading's handling are
		 * the plugin's code), on one page of a million pixels at most,
		 * so that an input costs milliseconds, not seconds */
		fuzz_ctx->eng.opt.ocr.max_pages = 1;
		fuzz_ctx->eng.opt.ocr.max_pixels = 1000000;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *rec;
	LLVMFuzzerInitialize(NULL, NULL);
	rec = pm_convert_buffer(fuzz_ctx, data, size, FUZZ_NAME);
	FUZZ_ASSERT(rec);
	fuzz_check_record(rec);
	if (size == 0)
		FUZZ_ASSERT(!strcmp(json_string_value(json_object_get(json_object_get(rec, "error"), "code")),
		                    "empty"));
	else
		FUZZ_ASSERT(json_integer_value(json_object_get(json_object_get(rec, "source"), "bytes")) ==
		            (json_int_t)size);
	json_decref(rec);
	return 0;
}
