/*
 * test_core_record.c - the record's shape: the skeleton has every key of
 * RECORD.md in its order (checked against ../shared/RECORD.md itself when
 * it is there, and against a copy of the list always), failure records
 * clear what a failed input cannot have, text and stats derive from
 * headline, subheadline and body, and serialisation keeps the order.
 */
#include "pm_test.h"

static const char *const top_keys[] = {
	"schema", "status", "source", "language", "headline", "subheadline", "tags",
	"release", "embargo", "dateline", "date", "date_ambiguous", "byline", "body",
	"quotes", "about", "contacts", "acronyms", "end_mark", "text", "stats",
	"warnings", "error", "producer", "lead", "kind", "reference", "issuer", "tables", "links",
	"images", "notes", "furniture", NULL};
/* The keys appended to RECORD.md's, in order (an additive revision: a
 * consumer of RECORD.md's keys sees them where and as they were). */
static const char *const appended_keys[] = {"producer", "lead", "kind", "reference", "issuer", "tables",
                                            "links", "images", "notes", "furniture", NULL};
static const char *const source_keys[] = {"path", "format", "media_type", "bytes", "sha256",
                                          "encoding", "pages", "properties", NULL};

static void assert_keys(const json_t *o, const char *const *want)
{
	void *it = json_object_iter((json_t *)o);
	size_t i = 0;
	for (; it; it = json_object_iter_next((json_t *)o, it), i++) {
		assert_non_null(want[i]);
		assert_string_equal(json_object_iter_key(it), want[i]);
	}
	assert_null(want[i]);
}

static void skeleton_order_and_values(void **state)
{
	json_t *r = pm_record_skeleton(), *src;
	(void)state;
	assert_non_null(r);
	assert_keys(r, top_keys);
	src = json_object_get(r, "source");
	assert_keys(src, source_keys);
	assert_string_equal(pm_test_str(r, "schema"), "pressmill.record/1.2");
	assert_string_equal(pm_test_str(r, "status"), "ok");
	assert_true(json_is_null(json_object_get(r, "headline")));
	assert_true(json_is_false(json_object_get(r, "date_ambiguous")));
	assert_int_equal(json_array_size(json_object_get(r, "body")), 0);
	assert_true(json_is_array(json_object_get(r, "tags")));
	assert_true(json_is_object(json_object_get(src, "properties")));
	assert_string_equal(pm_test_str(r, "text"), "");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "stats"), "words")), 0);
	assert_true(json_is_null(json_object_get(r, "error")));
	json_decref(r);
}

/* The keys of the markdown table that follows the heading `h`. */
static size_t table_keys(const char *doc, const char *h, char out[][32], size_t max)
{
	const char *p = strstr(doc, h), *line;
	size_t n = 0;
	if (!p)
		return 0;
	p = strchr(p, '\n');
	while (p && *++p) {
		line = p;
		p = strchr(line, '\n');
		if (!strncmp(line, "## ", 3))
			break;
		if (line[0] == '|' && line[1] == ' ' && line[2] == '`' && n < max) {
			const char *e = strchr(line + 3, '`');
			if (e && e - line - 3 < 32) {
				memcpy(out[n], line + 3, (size_t)(e - line - 3));
				out[n][e - line - 3] = '\0';
				n++;
			}
		}
	}
	return n;
}

static void skeleton_matches_record_md(void **state)
{
	char path[4200], keys[64][32];
	FILE *f;
	char *doc;
	long len;
	size_t n, i;
	json_t *r;
	void *it;
	(void)state;
	PM_SKIP_WITHOUT_SHARED();
	snprintf(path, sizeof path, "%s/RECORD.md", pm_test_shared());
	f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	doc = calloc(1, (size_t)len + 1);
	assert_non_null(doc);
	assert_int_equal(fread(doc, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	r = pm_record_skeleton();
	n = table_keys(doc, "## Top level", keys, 64);
	assert_true(n >= 20);
	for (i = 0, it = json_object_iter(r); i < n; i++, it = json_object_iter_next(r, it)) {
		assert_non_null(it);
		assert_string_equal(json_object_iter_key(it), keys[i]);
	}
	for (i = 0; appended_keys[i]; i++, it = json_object_iter_next(r, it)) {
		assert_non_null(it);
		assert_string_equal(json_object_iter_key(it), appended_keys[i]);
	}
	assert_null(it);
	n = table_keys(doc, "## `source`", keys, 64);
	assert_true(n >= 8);
	for (i = 0, it = json_object_iter(json_object_get(r, "source")); i < n;
	     i++, it = json_object_iter_next(json_object_get(r, "source"), it)) {
		assert_non_null(it);
		assert_string_equal(json_object_iter_key(it), keys[i]);
	}
	assert_null(it);
	json_decref(r);
	free(doc);
}

/* producer: which pressmill made the record; a plugin only once one read
 * the input. A failure keeps it. */
static void producer(void **state)
{
	json_t *r = pm_record_skeleton(), *p;
	(void)state;
	p = json_object_get(r, "producer");
	assert_keys(p, (const char *const[]){"name", "version", "plugin", "plugin_version", NULL});
	assert_string_equal(pm_test_str(p, "name"), "pressmill");
	assert_string_equal(pm_test_str(p, "version"), pm_version());
	assert_true(json_is_null(json_object_get(p, "plugin")));
	pm_record_fail(r, PM_ERR_IO, "gone");
	assert_ptr_equal(json_object_get(r, "producer"), p);
	json_decref(r);
}

/* A name that is not UTF-8 keeps its exact bytes in source.path_bytes
 * (base64, every padding length); a UTF-8 one has no such key. */
static void path_bytes(void **state)
{
	static const struct {
		const char *name, *b64;
	} v[] = {{"a\xff", "Yf8="}, {"ab\xfe", "YWL+"}, {"\xfe\xff", "/v8="}, {"x\xff.txt", "eP8udHh0"}};
	json_t *r = pm_record_skeleton(), *src = json_object_get(r, "source");
	size_t i;
	(void)state;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		pm_record_set_path(r, v[i].name);
		assert_string_equal(pm_test_str(src, "path_bytes"), v[i].b64);
		assert_non_null(strstr(pm_test_str(src, "path"), "\xEF\xBF\xBD"));
	}
	assert_keys(src, (const char *const[]){"path", "format", "media_type", "bytes", "sha256",
	                                       "encoding", "pages", "properties", "path_bytes", NULL});
	pm_record_set_path(r, "café.txt");
	assert_null(json_object_get(src, "path_bytes"));
	assert_string_equal(pm_test_str(src, "path"), "café.txt");
	json_decref(r);
}

static void fail_record(void **state)
{
	json_t *r = pm_record_skeleton(), *e, *b = json_object();
	(void)state;
	pm_json_set_str(r, "headline", "A headline");
	pm_json_set_str(r, "language", "fr");
	json_object_set_new(b, "type", json_string("paragraph"));
	json_object_set_new(b, "text", json_string("Body"));
	json_array_append_new(json_object_get(r, "body"), b);
	json_object_set_new(r, "date_ambiguous", json_true());
	pm_record_text(r);
	pm_record_fail(r, PM_ERR_ENCRYPTED, "needs a password");
	assert_keys(r, top_keys);
	assert_string_equal(pm_test_str(r, "status"), "failed");
	assert_int_equal(pm_record_status(r), 2);
	assert_true(json_is_null(json_object_get(r, "headline")));
	assert_true(json_is_null(json_object_get(r, "language")));
	assert_int_equal(json_array_size(json_object_get(r, "body")), 0);
	assert_true(json_is_false(json_object_get(r, "date_ambiguous")));
	assert_string_equal(pm_test_str(r, "text"), "");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "stats"), "paragraphs")), 0);
	e = json_object_get(r, "error");
	assert_string_equal(pm_test_str(e, "code"), "encrypted");
	assert_string_equal(pm_test_str(e, "message"), "needs a password");
	/* no message: the code says it; a status out of range is "corrupt" */
	pm_record_fail(r, PM_ERR_TIMEOUT, "");
	assert_string_equal(pm_test_str(json_object_get(r, "error"), "message"), "timeout");
	pm_record_fail(r, 999, NULL);
	assert_string_equal(pm_test_str(json_object_get(r, "error"), "code"), "corrupt");
	/* an invalid message is repaired, not dropped */
	pm_record_fail(r, PM_ERR_IO, "bad \xFF byte");
	assert_string_equal(pm_test_str(json_object_get(r, "error"), "message"), "bad \xEF\xBF\xBD byte");
	json_decref(r);
}

/* Record 1.2: furniture[] items are {text, kind, page}, page null when
 * unknown, after notes; a failed record's list is empty. */
static void furniture_items(void **state)
{
	pm_fields f;
	pm_outcome o;
	json_t *r, *a;
	(void)state;
	memset(&f, 0, sizeof f);
	memset(&o, 0, sizeof o);
	f.furniture = calloc(2, sizeof *f.furniture);
	assert_non_null(f.furniture);
	f.furniture[0].text = strdup("Wrenfield Canal Trust");
	f.furniture[0].kind = "header";
	f.furniture[0].page = 2;
	f.furniture[1].text = strdup("Page 2 of 2");
	f.furniture[1].kind = "page_number";
	f.nfurniture = f.capfurniture = 2;
	o.source.path = "t.pdf";
	o.fields = &f;
	r = pm_record_build(&o);
	a = json_object_get(r, "furniture");
	assert_int_equal(json_array_size(a), 2);
	assert_string_equal(pm_test_str(json_array_get(a, 0), "text"), "Wrenfield Canal Trust");
	assert_string_equal(pm_test_str(json_array_get(a, 0), "kind"), "header");
	assert_int_equal(json_integer_value(json_object_get(json_array_get(a, 0), "page")), 2);
	assert_true(json_is_null(json_object_get(json_array_get(a, 1), "page")));
	json_decref(r);
	o.error = PM_ERR_CORRUPT;
	r = pm_record_build(&o);
	assert_int_equal(json_array_size(json_object_get(r, "furniture")), 0);
	json_decref(r);
	pm_fields_free(&f);
}

static void status_codes(void **state)
{
	static const char *const want[PM_STATUS_COUNT] = {
		NULL, "unsupported_format", "corrupt", "encrypted", "too_large", "timeout",
		"crashed", "resource_limit", "io_error", "empty", "no_text"};
	int i;
	(void)state;
	for (i = 0; i < PM_STATUS_COUNT; i++) {
		if (want[i])
			assert_string_equal(pm_status_code(i), want[i]);
		else
			assert_null(pm_status_code(i));
	}
	assert_string_equal(pm_status_code(-3), "corrupt");
	assert_string_equal(pm_status_code(PM_STATUS_COUNT), "corrupt");
}

static void add_block(json_t *r, const char *type, const char *text)
{
	json_t *b = json_object();
	json_object_set_new(b, "type", json_string(type));
	pm_json_set_str(b, "text", text);
	json_array_append_new(json_object_get(r, "body"), b);
}

static void text_and_stats(void **state)
{
	json_t *r = pm_record_skeleton(), *st;
	(void)state;
	pm_json_set_str(r, "headline", "Un été à Paris");
	pm_json_set_str(r, "subheadline", "Sous-titre");
	add_block(r, "paragraph", "Premier paragraphe.");
	add_block(r, "paragraph", "");
	add_block(r, "table", "a b");
	pm_record_text(r);
	assert_string_equal(pm_test_str(r, "text"),
	                    "Un été à Paris\n\nSous-titre\n\nPremier paragraphe.\n\na b");
	st = json_object_get(r, "stats");
	assert_keys(st, (const char *const[]){"paragraphs", "words", "characters", NULL});
	assert_int_equal(json_integer_value(json_object_get(st, "paragraphs")), 4);
	assert_int_equal(json_integer_value(json_object_get(st, "words")), 9);
	/* characters are code points, not bytes */
	assert_int_equal(json_integer_value(json_object_get(st, "characters")),
	                 strlen("Un ete a Paris\n\nSous-titre\n\nPremier paragraphe.\n\na b"));
	/* no headline: the body alone, no leading blank line */
	json_object_set_new(r, "headline", json_null());
	json_object_set_new(r, "subheadline", json_string(""));
	pm_record_text(r);
	assert_string_equal(pm_test_str(r, "text"), "Premier paragraphe.\n\na b");
	json_decref(r);
}

static void set_str_and_dumps(void **state)
{
	json_t *r = pm_record_skeleton(), *back;
	char *s;
	(void)state;
	pm_json_set_str(r, "headline", NULL);
	assert_true(json_is_null(json_object_get(r, "headline")));
	pm_json_set_str(r, "headline", "caf\xC3\xA9 \xC3 \"q\"\n");
	assert_string_equal(pm_test_str(r, "headline"), "caf\xC3\xA9 \xEF\xBF\xBD \"q\"\n");
	s = pm_record_dumps(r, 0);
	assert_non_null(s);
	assert_null(strchr(s, '\n'));
	/* compact, in order, UTF-8 as is (not \u-escaped) */
	assert_true(!strncmp(s, "{\"schema\":\"pressmill.record/1.2\",\"status\":\"ok\",\"source\":{\"path\":", 64));
	assert_non_null(strstr(s, "caf\xC3\xA9"));
	back = json_loads(s, 0, NULL);
	assert_non_null(back);
	assert_true(json_equal(back, r));
	assert_keys(back, top_keys);
	json_decref(back);
	free(s);
	s = pm_record_dumps(r, 1);
	assert_true(!strncmp(s, "{\n  \"schema\": \"pressmill.record/1.2\",\n  \"status\"", 47));
	free(s);
	assert_int_equal(pm_record_status(r), 0);
	json_object_set_new(r, "status", json_string("partial"));
	assert_int_equal(pm_record_status(r), 1);
	json_object_set_new(r, "status", json_string("weird"));
	assert_int_equal(pm_record_status(r), -1);
	assert_int_equal(pm_record_status(NULL), -1);
	json_decref(r);
}

/* pm_record_dumps writes the compact text itself (issue 15): it must be
 * jansson's to the byte, whatever the strings hold. */
static void dumps_as_jansson(void **state)
{
	static const char controls[] = "a\0b\x01\x1F\b\f\n\r\t\x7F/\\\"";
	json_t *r = json_object(), *a = json_array(), *o = json_object();
	char *mine, *theirs;
	(void)state;
	json_object_set_new(r, "controls", json_stringn(controls, sizeof controls - 1));
	json_object_set_new(r, "k\"e\ty\\", json_string("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80 \xEF\xBF\xBD"));
	json_object_set_new(r, "empty", json_string(""));
	json_object_set_new(r, "ints", a);
	json_array_append_new(a, json_integer(0));
	json_array_append_new(a, json_integer(-42));
	json_array_append_new(a, json_integer(9007199254740993LL));
	json_array_append_new(a, json_real(0.1));
	json_array_append_new(a, json_real(3.0));
	json_array_append_new(a, json_real(1e300));
	json_array_append_new(a, json_true());
	json_array_append_new(a, json_false());
	json_array_append_new(a, json_null());
	json_array_append_new(a, json_array());
	json_array_append_new(a, json_object());
	json_object_set_new(r, "nested", o);
	json_object_set_new(o, "z", json_string("last key set first"));
	json_object_set_new(o, "a", json_object());
	mine = pm_record_dumps(r, 0);
	theirs = json_dumps(r, JSON_COMPACT | JSON_PRESERVE_ORDER);
	assert_non_null(mine);
	assert_non_null(theirs);
	assert_string_equal(mine, theirs);
	free(mine);
	free(theirs);
	/* a string jansson would not write: neither does this */
	json_object_set_new(r, "bad", json_string_nocheck("\xC3("));
	assert_null(json_dumps(r, JSON_COMPACT | JSON_PRESERVE_ORDER));
	assert_null(pm_record_dumps(r, 0));
	json_decref(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(skeleton_order_and_values),
		cmocka_unit_test(producer),
		cmocka_unit_test(path_bytes),
		cmocka_unit_test(skeleton_matches_record_md),
		cmocka_unit_test(fail_record),
		cmocka_unit_test(furniture_items),
		cmocka_unit_test(status_codes),
		cmocka_unit_test(text_and_stats),
		cmocka_unit_test(set_str_and_dumps),
		cmocka_unit_test(dumps_as_jansson),
	};
	return cmocka_run_group_tests_name("core_record", tests, NULL, NULL);
}
