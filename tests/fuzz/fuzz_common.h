/*
 * fuzz_common.h - what every fuzz target asserts about a record, whatever
 * produced it: the RECORD.md shape (every key, in order), a status that
 * agrees with `error`, and a serialisation that parses back to the same
 * value. A violation aborts, so libFuzzer (and the replay driver in
 * 'make check') report it as a crash with the input that caused it.
 */
#ifndef PM_FUZZ_COMMON_H
#define PM_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FUZZ_ASSERT(c)                                                                   \
	do {                                                                             \
		if (!(c)) {                                                              \
			fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__,  \
			        __LINE__, #c);                                           \
			abort();                                                         \
		}                                                                        \
	} while (0)

static const char *const fuzz_record_keys[] = {
	"schema", "status", "source", "language", "headline", "subheadline", "tags",
	"release", "embargo", "dateline", "date", "date_ambiguous", "byline", "body",
	"quotes", "about", "contacts", "acronyms", "end_mark", "text", "stats",
	"warnings", "error", "producer",
	/* record 1.1 */
	"lead", "kind", "reference", "issuer", "tables", "links", "images", "notes",
	/* record 1.2 */
	"furniture", NULL};

static const char *const fuzz_error_codes[] = {
	"unsupported_format", "corrupt", "encrypted", "too_large", "timeout", "crashed",
	"resource_limit", "io_error", "empty", "no_text", NULL};

static inline int fuzz_in_list(const char *s, const char *const *list)
{
	size_t i;
	for (i = 0; s && list[i]; i++)
		if (!strcmp(s, list[i]))
			return 1;
	return 0;
}

/* Optional keys that may follow the 23 (explain mode). */
static inline void fuzz_check_record(const json_t *rec)
{
	const char *key, *status;
	json_t *v, *back, *err;
	size_t i = 0;
	char *s;
	void *it;
	FUZZ_ASSERT(json_is_object(rec));
	for (it = json_object_iter((json_t *)rec); it; it = json_object_iter_next((json_t *)rec, it)) {
		key = json_object_iter_key(it);
		if (fuzz_record_keys[i]) {
			FUZZ_ASSERT(!strcmp(key, fuzz_record_keys[i]));
			i++;
		} else {
			FUZZ_ASSERT(!strcmp(key, "evidence"));
		}
	}
	FUZZ_ASSERT(!fuzz_record_keys[i]);
	status = json_string_value(json_object_get(rec, "status"));
	err = json_object_get(rec, "error");
	FUZZ_ASSERT(status);
	if (!strcmp(status, "failed")) {
		FUZZ_ASSERT(json_is_object(err));
		FUZZ_ASSERT(fuzz_in_list(json_string_value(json_object_get(err, "code")), fuzz_error_codes));
		FUZZ_ASSERT(json_array_size(json_object_get(rec, "body")) == 0);
		FUZZ_ASSERT(json_is_null(json_object_get(rec, "kind")) && json_is_null(json_object_get(rec, "issuer")));
	} else {
		FUZZ_ASSERT(!strcmp(status, "ok") || !strcmp(status, "partial"));
		FUZZ_ASSERT(json_is_null(err));
	}
	FUZZ_ASSERT(json_is_string(json_object_get(rec, "text")));
	v = json_object_get(rec, "stats");
	FUZZ_ASSERT(json_is_integer(json_object_get(v, "words")));
	FUZZ_ASSERT((size_t)json_integer_value(json_object_get(v, "characters")) ==
	            pm_text_chars(json_string_value(json_object_get(rec, "text"))));
	FUZZ_ASSERT(json_is_array(json_object_get(rec, "body")));
	for (i = 0; i < json_array_size(json_object_get(rec, "body")); i++) {
		json_t *b = json_array_get(json_object_get(rec, "body"), i);
		FUZZ_ASSERT(json_is_string(json_object_get(b, "text")));
		FUZZ_ASSERT(json_is_string(json_object_get(b, "type")));
		/* a table's entry points at a table of the record */
		if (json_object_get(b, "table"))
			FUZZ_ASSERT((size_t)json_integer_value(json_object_get(b, "table")) <
			            json_array_size(json_object_get(rec, "tables")));
	}
	FUZZ_ASSERT(json_array_size(json_object_get(rec, "links")) <= PM_MAX_LINKS);
	for (i = 0; i < json_array_size(json_object_get(rec, "links")); i++)
		FUZZ_ASSERT(json_is_string(json_object_get(json_array_get(json_object_get(rec, "links"), i), "url")));
	s = pm_record_dumps(rec, 0);
	FUZZ_ASSERT(s);
	FUZZ_ASSERT(!strchr(s, '\n'));
	back = json_loads(s, 0, NULL);
	FUZZ_ASSERT(back);
	FUZZ_ASSERT(json_equal(back, (json_t *)rec));
	json_decref(back);
	free(s);
}

/* The context's language models and dictionaries. */
static inline pm_lingua *fuzz_lingua(pm_context *ctx)
{
	return &ctx->eng.lingua;
}

/* A context that loads no plugin from disk; targets register theirs. */
static inline pm_context *fuzz_context(const pm_plugin *p)
{
	pm_options o;
	pm_context *ctx;
	const char *why = NULL;
	pm_options_init(&o);
	o.plugin_path = "/nonexistent-pressmill-fuzz";
	o.no_default_plugin_dir = 1;
	ctx = pm_context_new(&o);
	FUZZ_ASSERT(ctx);
	FUZZ_ASSERT(ctx->eng.reg.n == 0);
	if (p)
		FUZZ_ASSERT(pm_registry_add(&ctx->eng.reg, p, NULL, NULL, &why) == 0);
	return ctx;
}

#endif
