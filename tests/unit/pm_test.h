/*
 * pm_test.h - helpers shared by the cmocka unit tests: a context on the
 * build tree's plugins, converting in-memory text, and the path of the
 * shared corpus (tests that need it skip, saying so, when it is absent).
 */
#ifndef PM_TEST_H
#define PM_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api.h"

/* Time bounds in tests: a sanitizer build runs several times slower. */
#if defined(__SANITIZE_ADDRESS__)
#define PM_TEST_SLOWDOWN 5.0
#else
#define PM_TEST_SLOWDOWN 1.0
#endif

static inline pm_context *pm_test_context(void)
{
	pm_options o;
	pm_options_init(&o);
	o.plugin_path = PM_BUILD_DIR "/lib/pressmill/plugins";
	o.no_default_plugin_dir = 1;
	return pm_context_new(&o);
}

/* The context's language models and dictionaries. */
static inline pm_lingua *pm_test_lingua(pm_context *ctx)
{
	return ctx ? &ctx->eng.lingua : NULL;
}

/* Convert text as a file named name (its extension is a probe hint). */
static inline json_t *pm_test_convert_text(pm_context *ctx, const char *text, const char *name)
{
	return pm_convert_buffer(ctx, text, strlen(text), name);
}

static inline const char *pm_test_str(const json_t *rec, const char *key)
{
	return json_string_value(json_object_get(rec, key));
}

/* The record's first warning with this code, or NULL: the tests ask
 * whether a warning was given and, some, what its message says. */
static inline json_t *pm_test_warning(const json_t *rec, const char *code)
{
	json_t *w = json_object_get(rec, "warnings");
	size_t i;
	for (i = 0; i < json_array_size(w); i++) {
		const char *c = json_string_value(json_object_get(json_array_get(w, i), "code"));
		if (c && !strcmp(c, code))
			return json_array_get(w, i);
	}
	return NULL;
}

/* ../shared next to the source tree, or NULL (the test then skips). */
static inline const char *pm_test_shared(void)
{
	static char path[4096];
	snprintf(path, sizeof path, "%s/../shared", PM_SOURCE_DIR);
	if (access(path, R_OK) != 0)
		return NULL;
	return path;
}

#define PM_SKIP_WITHOUT_SHARED()                                                    \
	do {                                                                        \
		if (!pm_test_shared()) {                                            \
			print_message("skipped: ../shared is not here (user clone)\n"); \
			skip();                                                     \
		}                                                                   \
	} while (0)

#endif
