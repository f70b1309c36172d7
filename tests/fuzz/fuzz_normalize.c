/*
 * fuzz_normalize.c - the press-release normaliser on arbitrary document
 * models. The input is not a file format but a description of a model, so
 * that the fuzzer reaches the rules (headline, dateline and dates,
 * contacts, acronyms, quotes, about sections, end marks) directly instead
 * of through a reader:
 *
 *   byte 0        options: bit 0 explain, bit 1 source.format is "txt",
 *                 bits 2-3 the page count, bit 4 every block's text is in
 *                 visual order (PM_BF_VISUAL_ORDER, what the PDF plugin
 *                 gives: the Arabic order repairs may run)
 *   then blocks separated by NUL bytes, each
 *     [type] [flags] [level] [font size] text...
 *   type 0xFF makes the block a file property instead (key by flags).
 *   In the text, '\r' is a layout wrap, '\n' an explicit break, '\t' the
 *   next table cell, '\v' a new table row, '\x01' a hyperlink.
 *
 * The model is filled through the same host callbacks plugins use, then
 * finished (wraps and hyphens) and normalised onto a record skeleton, as
 * convert.c does.
 */
#include "fuzz_common.h"

static pm_context *ctx;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!ctx)
		ctx = fuzz_context(NULL);
	return 0;
}

static void push_text(const pm_host *h, pm_sink *s, const uint8_t *t, size_t n)
{
	size_t i, start = 0;
	for (i = 0; i <= n; i++) {
		int c = i < n ? t[i] : -1;
		if (c != -1 && c != '\r' && c != '\n' && c != '\t' && c != '\v' && c != 1)
			continue;
		if (i > start)
			h->text(s, (const char *)t + start, i - start);
		start = i + 1;
		switch (c) {
		case '\r': h->line_end(s, PM_LINE_WRAP); break;
		case '\n': h->line_end(s, PM_LINE_BREAK); break;
		case '\t': h->cell(s, 0); break;
		case '\v': h->cell(s, 1); break;
		case 1: h->link(s, "https://example.org/release"); break;
		default: break;
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const keys[] = {"title", "author", "subject", "keywords", "created",
	                                   "modified", "producer", "creator", "language", "date",
	                                   "bogus"};
	pm_doc doc;
	pm_host host;
	pm_sink *sink = NULL;
	json_t *rec;
	pm_fields f;
	pm_outcome o;
	size_t i, end;
	unsigned opts;
	LLVMFuzzerInitialize(NULL, NULL);
	if (size == 0)
		return 0;
	opts = data[0];
	pm_doc_init(&doc, &ctx->eng.opt.limits);
	doc.lingua = fuzz_lingua(ctx);
	doc.format = opts & 2 ? "txt" : "docx";
	sink = (pm_sink *)&doc;
	host = *pm_doc_host();
	host.limits = &ctx->eng.opt.limits;
	host.pages(sink, (int)((opts >> 2) & 3));
	for (i = 1; i < size; i = end + 1) {
		const uint8_t *c = data + i, *nul = memchr(c, 0, size - i);
		size_t n = nul ? (size_t)(nul - c) : size - i;
		pm_block_info in;
		end = i + n;
		if (n >= 1 && c[0] == 0xFF) {
			char *v = pm_strndup((const char *)c + 2, n > 2 ? n - 2 : 0);
			if (v)
				host.property(sink, keys[(n > 1 ? c[1] : 0) % (sizeof keys / sizeof keys[0])], v);
			free(v);
			continue;
		}
		memset(&in, 0, sizeof in);
		in.size = sizeof in;
		in.type = n > 0 ? c[0] % (PM_BLOCK_TYPE_COUNT + 1) : PM_BLOCK_PARAGRAPH;
		in.flags = (n > 1 ? c[1] : 0) | (opts & 0x10 ? PM_BF_VISUAL_ORDER : 0);
		in.level = n > 2 ? c[2] % 8 : 0;
		in.font_size = n > 3 ? c[3] / 4.0 : 0;
		in.role = n > 2 ? (c[2] >> 4) % 3 : 0;
		in.page = n > 3 ? c[3] >> 5 : 0;
		if (host.block_begin(sink, &in) != 0)
			break;
		if (n > 4)
			push_text(&host, sink, c + 4, n - 4);
		host.block_end(sink);
	}
	memset(&f, 0, sizeof f);
	pm_engine_model(fuzz_lingua(ctx), &doc, &f, opts & 1);
	FUZZ_ASSERT(!doc.oom);
	/* the record as the engine builds it: from the fields, once */
	memset(&o, 0, sizeof o);
	o.source.path = "fuzz";
	o.source.format = doc.format;
	o.doc = &doc;
	o.fields = &f;
	o.evidence = opts & 1;
	rec = pm_record_build(&o);
	FUZZ_ASSERT(rec);
	fuzz_check_record(rec);
	{
		/* RECORD.md: no layout markers or soft hyphens reach the text. */
		const char *t = json_string_value(json_object_get(rec, "text"));
		FUZZ_ASSERT(!strchr(t, PM_MARK_WRAP));
		FUZZ_ASSERT(!strstr(t, "\xC2\xAD"));
	}
	json_decref(rec);
	pm_fields_free(&f);
	pm_doc_free(&doc);
	return 0;
}
