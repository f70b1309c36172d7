/*
 * record.c - the record's shape (RECORD.md): the skeleton with every key
 * in the documented order (and the keys this project appended: `producer`,
 * `source.path_bytes`), failure records, the derived `text` and `stats`,
 * and serialisation.
 */
#include "model.h"

#include <stdlib.h>
#include <string.h>

void pm_json_set_str(json_t *obj, const char *key, const char *s)
{
	if (!s) {
		json_object_set_new(obj, key, json_null());
		return;
	}
	if (pm_utf8_valid(s, strlen(s))) {
		json_object_set_new(obj, key, json_string(s));
	} else {
		pm_buf b;
		pm_buf_init(&b);
		pm_utf8_sanitize(&b, s, strlen(s));
		json_object_set_new(obj, key, b.data ? json_string(b.data) : json_null());
		pm_buf_free(&b);
	}
}

static void base64(pm_buf *b, const unsigned char *p, size_t n)
{
	static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;
	for (i = 0; i + 2 < n; i += 3) {
		uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
		char q[4] = {digits[v >> 18], digits[(v >> 12) & 63], digits[(v >> 6) & 63], digits[v & 63]};
		pm_buf_add(b, q, 4);
	}
	if (n - i == 1) {
		uint32_t v = (uint32_t)p[i] << 16;
		char q[4] = {digits[v >> 18], digits[(v >> 12) & 63], '=', '='};
		pm_buf_add(b, q, 4);
	} else if (n - i == 2) {
		uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
		char q[4] = {digits[v >> 18], digits[(v >> 12) & 63], digits[(v >> 6) & 63], '='};
		pm_buf_add(b, q, 4);
	}
}

/* source.path is text, so a name that is not UTF-8 loses bytes to U+FFFD
 * there, and two names can end up alike ("a\xff" and "a\xfe"): its exact
 * bytes go beside it, base64, so that a record can always be matched to
 * its input. UTF-8 names (nearly all) keep the record as it was. */
void pm_record_set_path(json_t *rec, const char *display)
{
	json_t *src = json_object_get(rec, "source");
	const char *d = display ? display : "";
	pm_json_set_str(src, "path", d);
	if (pm_utf8_valid(d, strlen(d))) {
		json_object_del(src, "path_bytes");
	} else {
		pm_buf b;
		pm_buf_init(&b);
		base64(&b, (const unsigned char *)d, strlen(d));
		json_object_set_new(src, "path_bytes", b.data && !b.failed ? json_string(b.data) : json_null());
		pm_buf_free(&b);
	}
}

json_t *pm_record_skeleton(void)
{
	json_t *r = json_object(), *src = json_object(), *stats = json_object();
	json_t *prod = json_object();
	if (!r || !src || !stats || !prod) {
		json_decref(r);
		json_decref(src);
		json_decref(stats);
		json_decref(prod);
		return NULL;
	}
	json_object_set_new(r, "schema", json_string(PRESSMILL_RECORD_SCHEMA));
	json_object_set_new(r, "status", json_string("ok"));
	json_object_set_new(src, "path", json_string(""));
	json_object_set_new(src, "format", json_null());
	json_object_set_new(src, "media_type", json_null());
	json_object_set_new(src, "bytes", json_integer(0));
	json_object_set_new(src, "sha256", json_null());
	json_object_set_new(src, "encoding", json_null());
	json_object_set_new(src, "pages", json_null());
	json_object_set_new(src, "properties", json_object());
	json_object_set_new(r, "source", src);
	json_object_set_new(r, "language", json_null());
	json_object_set_new(r, "headline", json_null());
	json_object_set_new(r, "subheadline", json_null());
	json_object_set_new(r, "tags", json_array());
	json_object_set_new(r, "release", json_null());
	json_object_set_new(r, "embargo", json_null());
	json_object_set_new(r, "dateline", json_null());
	json_object_set_new(r, "date", json_null());
	json_object_set_new(r, "date_ambiguous", json_false());
	json_object_set_new(r, "byline", json_null());
	json_object_set_new(r, "body", json_array());
	json_object_set_new(r, "quotes", json_array());
	json_object_set_new(r, "about", json_array());
	json_object_set_new(r, "contacts", json_array());
	json_object_set_new(r, "acronyms", json_array());
	json_object_set_new(r, "end_mark", json_null());
	json_object_set_new(r, "text", json_string(""));
	json_object_set_new(stats, "paragraphs", json_integer(0));
	json_object_set_new(stats, "words", json_integer(0));
	json_object_set_new(stats, "characters", json_integer(0));
	json_object_set_new(r, "stats", stats);
	json_object_set_new(r, "warnings", json_array());
	json_object_set_new(r, "error", json_null());
	/* Appended to the keys of RECORD.md (an additive revision: every key
	 * before keeps its place and meaning): which pressmill and which
	 * plugin made the record, so that --resume knows a record an upgrade
	 * made stale. */
	json_object_set_new(prod, "name", json_string("pressmill"));
	json_object_set_new(prod, "version", json_string(PRESSMILL_VERSION));
	json_object_set_new(prod, "plugin", json_null());
	json_object_set_new(prod, "plugin_version", json_null());
	json_object_set_new(r, "producer", prod);
	/* One check at the end: the _new setters steal even on failure. */
	if (json_object_size(r) != 24 || json_object_size(src) != 8 || json_object_size(prod) != 4) {
		json_decref(r);
		return NULL;
	}
	return r;
}

static const char *const status_codes[PM_STATUS_COUNT] = {
	[PM_OK] = NULL,
	[PM_ERR_UNSUPPORTED] = "unsupported_format",
	[PM_ERR_CORRUPT] = "corrupt",
	[PM_ERR_ENCRYPTED] = "encrypted",
	[PM_ERR_TOO_LARGE] = "too_large",
	[PM_ERR_TIMEOUT] = "timeout",
	[PM_ERR_CRASHED] = "crashed",
	[PM_ERR_RESOURCE_LIMIT] = "resource_limit",
	[PM_ERR_IO] = "io_error",
	[PM_ERR_EMPTY] = "empty",
	[PM_ERR_NO_TEXT] = "no_text",
};

PM_API const char *pm_status_code(int status)
{
	if (status <= 0 || status >= PM_STATUS_COUNT)
		return status == 0 ? NULL : "corrupt";
	return status_codes[status];
}

void pm_record_fail(json_t *rec, int status, const char *message)
{
	json_t *e = json_object();
	const char *code = pm_status_code(status);
	size_t i;
	static const char *const clear[] = {"language", "headline", "subheadline", "release",
	                                    "embargo", "dateline", "date", "byline", "end_mark",
	                                    NULL};
	static const char *const empty[] = {"tags", "body", "quotes", "about", "contacts",
	                                    "acronyms", NULL};
	json_object_set_new(rec, "status", json_string("failed"));
	for (i = 0; clear[i]; i++)
		json_object_set_new(rec, clear[i], json_null());
	for (i = 0; empty[i]; i++)
		json_object_set_new(rec, empty[i], json_array());
	json_object_set_new(rec, "date_ambiguous", json_false());
	pm_record_text(rec);
	if (!e)
		return;
	json_object_set_new(e, "code", json_string(code ? code : "corrupt"));
	pm_json_set_str(e, "message", message && *message ? message : code);
	json_object_set_new(rec, "error", e);
}

void pm_record_text(json_t *rec)
{
	pm_buf b;
	size_t i, paragraphs = 0;
	const char *h = json_string_value(json_object_get(rec, "headline"));
	const char *sh = json_string_value(json_object_get(rec, "subheadline"));
	json_t *body = json_object_get(rec, "body"), *stats;
	pm_buf_init(&b);
	if (h && *h) {
		pm_buf_adds(&b, h);
		paragraphs++;
	}
	if (sh && *sh) {
		if (b.len)
			pm_buf_adds(&b, "\n\n");
		pm_buf_adds(&b, sh);
		paragraphs++;
	}
	for (i = 0; i < json_array_size(body); i++) {
		const char *t = json_string_value(json_object_get(json_array_get(body, i), "text"));
		if (!t || !*t)
			continue;
		if (b.len)
			pm_buf_adds(&b, "\n\n");
		pm_buf_adds(&b, t);
		paragraphs++;
	}
	json_object_set_new(rec, "text", json_string(b.data ? b.data : ""));
	stats = json_object();
	if (stats) {
		json_object_set_new(stats, "paragraphs", json_integer((json_int_t)paragraphs));
		json_object_set_new(stats, "words", json_integer((json_int_t)pm_text_words(b.data)));
		json_object_set_new(stats, "characters",
		                    json_integer((json_int_t)pm_text_chars(b.data)));
		json_object_set_new(rec, "stats", stats);
	}
	pm_buf_free(&b);
}

PM_API char *pm_record_dumps(const json_t *record, int pretty)
{
	return json_dumps(record, (pretty ? JSON_INDENT(2) : JSON_COMPACT) | JSON_PRESERVE_ORDER |
	                               JSON_ENSURE_ASCII * 0);
}

PM_API int pm_record_status(const json_t *record)
{
	const char *s = json_string_value(json_object_get(record, "status"));
	if (!s)
		return -1;
	if (!strcmp(s, "ok"))
		return 0;
	if (!strcmp(s, "partial"))
		return 1;
	if (!strcmp(s, "failed"))
		return 2;
	return -1;
}

PM_API const char *pm_record_schema(void)
{
	return pm_schema_text;
}

PM_API int pm_record_error(const json_t *record)
{
	const char *code = json_string_value(json_object_get(json_object_get(record, "error"), "code"));
	int s;
	if (!code)
		return PM_OK;
	for (s = 1; s < PM_STATUS_COUNT; s++)
		if (!strcmp(pm_status_code(s), code))
			return s;
	return PM_ERR_CORRUPT;
}
