/*
 * fuzz_json.c - the record writer on arbitrary bytes: strings that are
 * not UTF-8, embedded control characters, huge runs, set through
 * pm_json_set_str into a record skeleton (headline, subheadline, body
 * blocks, a source field), then pm_record_text and pm_record_dumps; the
 * output must parse back with json_loads to the same value, and the
 * derived text must hold every piece that was set.
 *
 * The input is split at NUL bytes: piece 0 the headline, 1 the
 * subheadline, 2 source.path, the rest body blocks.
 */
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *rec, *body;
	char *copy, *p, *end;
	size_t k = 0;
	rec = pm_record_skeleton();
	FUZZ_ASSERT(rec);
	body = json_object_get(rec, "body");
	copy = malloc(size + 1);
	FUZZ_ASSERT(copy);
	memcpy(copy, data, size);
	copy[size] = '\0';
	end = copy + size;
	for (p = copy; p <= end; p += strlen(p) + 1, k++) {
		json_t *b;
		switch (k) {
		case 0: pm_json_set_str(rec, "headline", p); break;
		case 1: pm_json_set_str(rec, "subheadline", *p ? p : NULL); break;
		case 2: pm_json_set_str(json_object_get(rec, "source"), "path", p); break;
		default:
			b = json_object();
			FUZZ_ASSERT(b);
			json_object_set_new(b, "type", json_string("paragraph"));
			pm_json_set_str(b, "text", p);
			json_array_append_new(body, b);
			break;
		}
		/* Whatever the bytes, a string went in (sanitised), never a hole. */
		if (k == 0)
			FUZZ_ASSERT(json_is_string(json_object_get(rec, "headline")));
	}
	pm_record_text(rec);
	fuzz_check_record(rec);
	{
		const char *h = json_string_value(json_object_get(rec, "headline"));
		const char *t = json_string_value(json_object_get(rec, "text"));
		if (h && *h)
			FUZZ_ASSERT(!strncmp(t, h, strlen(h)));
		if (!pm_utf8_valid(copy, strlen(copy)))
			FUZZ_ASSERT(strcmp(h, copy) != 0);
		else
			FUZZ_ASSERT(!strcmp(h, copy));
	}
	pm_record_fail(rec, PM_ERR_CORRUPT, copy);
	fuzz_check_record(rec);
	json_decref(rec);
	free(copy);
	return 0;
}
