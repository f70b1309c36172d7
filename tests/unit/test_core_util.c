/*
 * test_core_util.c - the growable buffer (termination, growth, sticky
 * failure, steal), the string map the normaliser counts repeated texts
 * with, and the allocation hook the allocation-failure tests rely on: if
 * the hook miscounted, those tests would prove nothing.
 */
#include "pm_test.h"

static void buf_grows_and_terminates(void **state)
{
	pm_buf b;
	size_t i;
	(void)state;
	pm_buf_init(&b);
	assert_null(b.data);
	assert_true(pm_buf_adds(&b, "abc"));
	assert_true(pm_buf_addc(&b, '-'));
	assert_true(pm_buf_add(&b, "xyz", 2));
	assert_int_equal(b.len, 6);
	assert_string_equal(b.data, "abc-xy");
	/* grow well past the first capacity */
	for (i = 0; i < 1000; i++)
		assert_true(pm_buf_addc(&b, (char)('a' + i % 26)));
	assert_int_equal(b.len, 1006);
	assert_int_equal(strlen(b.data), 1006);
	assert_true(b.cap > b.len);
	pm_buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	pm_buf_free(&b);
	assert_null(b.data);
}

static void buf_printf_small_and_large(void **state)
{
	pm_buf b;
	char big[1000];
	(void)state;
	memset(big, 'q', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	pm_buf_init(&b);
	assert_true(pm_buf_printf(&b, "%d-%s", 42, "x"));
	assert_string_equal(b.data, "42-x");
	/* longer than printf's on-stack buffer: the second path */
	assert_true(pm_buf_printf(&b, "[%s]", big));
	assert_int_equal(b.len, 4 + 2 + 999);
	assert_int_equal(b.data[5], 'q');
	assert_int_equal(b.data[b.len - 1], ']');
	assert_int_equal(b.data[b.len], '\0');
	pm_buf_free(&b);
}

/* A buffer that never received a byte is handed out as "" - the fuzzers
 * found it handed out uninitialised memory (fixed in buf_reserve). */
static void steal_empty_is_empty_string(void **state)
{
	pm_buf b;
	char *s;
	(void)state;
	pm_buf_init(&b);
	s = pm_buf_steal(&b);
	assert_non_null(s);
	assert_string_equal(s, "");
	free(s);
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	/* an empty add also allocates, and must terminate */
	pm_buf_init(&b);
	assert_true(pm_buf_add(&b, "", 0));
	assert_non_null(b.data);
	assert_string_equal(b.data, "");
	s = pm_buf_steal(&b);
	assert_string_equal(s, "");
	free(s);
}

static void failure_is_sticky(void **state)
{
	pm_buf b;
	(void)state;
	pm_buf_init(&b);
	assert_true(pm_buf_adds(&b, "ok"));
	/* 64 bytes of capacity: the next growth is the first allocation */
	pm_alloc_fail_at(1);
	assert_false(pm_buf_add(&b, "0123456789012345678901234567890123456789012345678901234567890123456789", 70));
	pm_alloc_fail_at(0);
	assert_true(b.failed);
	assert_string_equal(b.data, "ok");
	/* later appends are no-ops, even small ones that would fit */
	assert_false(pm_buf_addc(&b, 'x'));
	assert_false(pm_buf_printf(&b, "%d", 1));
	assert_int_equal(b.len, 2);
	assert_null(pm_buf_steal(&b));
	assert_null(b.data);
	assert_false(b.failed);
}

static void size_overflow_fails_cleanly(void **state)
{
	pm_buf b;
	void *p;
	(void)state;
	pm_buf_init(&b);
	assert_true(pm_buf_adds(&b, "abc"));
	assert_false(pm_buf_add(&b, "x", SIZE_MAX - 2));
	assert_true(b.failed);
	pm_buf_free(&b);
	p = pm_reallocarray(NULL, SIZE_MAX / 2, 3);
	assert_null(p);
	p = pm_reallocarray(NULL, 4, 8);
	assert_non_null(p);
	free(p);
}

static void strdup_variants(void **state)
{
	char *s;
	(void)state;
	assert_null(pm_strdup(NULL));
	assert_null(pm_strndup(NULL, 3));
	s = pm_strndup("abcdef", 3);
	assert_string_equal(s, "abc");
	free(s);
	s = pm_strdup("");
	assert_string_equal(s, "");
	free(s);
}

static void strmap_counts_keys_as_bytes(void **state)
{
	pm_strmap m = {0};
	char key[32];
	size_t i, *v;
	(void)state;
	assert_null(pm_strmap_get(&m, "x", 1));
	/* many keys: the table grows and keeps every count */
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "line %zu", i % 1000);
		v = pm_strmap_add(&m, key, strlen(key));
		assert_non_null(v);
		(*v)++;
	}
	assert_int_equal(m.n, 1000);
	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof key, "line %zu", i);
		v = pm_strmap_get(&m, key, strlen(key));
		assert_non_null(v);
		assert_int_equal(*v, 5);
	}
	/* keys are bytes with a length: a prefix or an embedded NUL is
	 * another key */
	assert_null(pm_strmap_get(&m, "line 1", 5));
	v = pm_strmap_add(&m, "a\0b", 3);
	assert_non_null(v);
	assert_int_equal(*v, 0);
	assert_null(pm_strmap_get(&m, "a", 1));
	assert_non_null(pm_strmap_get(&m, "a\0b", 3));
	pm_strmap_free(&m);
	assert_null(pm_strmap_get(&m, "line 1", 6));
}

static void memstr_stops_at_the_bound(void **state)
{
	const char *s = "tel (0) 12 (0)";
	(void)state;
	assert_ptr_equal(pm_memstr(s, strlen(s), "(0)"), s + 4);
	assert_ptr_equal(pm_memstr(s + 5, strlen(s) - 5, "(0)"), s + 11);
	assert_null(pm_memstr(s, 6, "(0)")); /* "(0" then the bound */
	assert_ptr_equal(pm_memstr(s, 7, "(0)"), s + 4);
}

static void hook_counts_and_fails_the_nth(void **state)
{
	void *a, *b, *c;
	(void)state;
	pm_alloc_fail_at(0);
	a = pm_malloc(1);
	b = pm_calloc(2, 3);
	c = pm_realloc(NULL, 5);
	assert_int_equal(pm_alloc_fail_at(2), 3);
	free(a);
	free(b);
	free(c);
	a = pm_malloc(8);
	assert_non_null(a);
	b = pm_malloc(8);
	assert_null(b); /* the second after arming */
	c = pm_malloc(8);
	assert_non_null(c); /* only the Nth fails, not the ones after */
	assert_int_equal(pm_alloc_fail_at(0), 3);
	free(a);
	free(c);
	/* zero-size requests still give a pointer to free */
	a = pm_malloc(0);
	assert_non_null(a);
	free(a);
}

static void *json_malloc_hooked(size_t n)
{
	return pm_malloc(n);
}

/* jansson's allocator is process-wide: creating a context leaves it as the
 * program set it. A program of ours that routes it through pm_malloc (the
 * worker program, the allocation-failure walk) gets the hook on jansson's
 * allocations too. */
static void jansson_allocator_is_the_programs(void **state)
{
	json_malloc_t m0 = NULL, m1 = NULL;
	json_free_t f0 = NULL, f1 = NULL;
	pm_context *ctx;
	json_t *o;
	(void)state;
	json_get_alloc_funcs(&m0, &f0);
	ctx = pm_test_context();
	assert_non_null(ctx);
	json_get_alloc_funcs(&m1, &f1);
	assert_ptr_equal(m0, m1);
	assert_ptr_equal(f0, f1);
	json_set_alloc_funcs(json_malloc_hooked, free);
	pm_alloc_fail_at(0);
	o = json_object();
	assert_non_null(o);
	assert_true(pm_alloc_fail_at(1) >= 1);
	assert_null(json_object());
	pm_alloc_fail_at(0);
	json_decref(o);
	json_set_alloc_funcs(m0, f0);
	pm_context_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(buf_grows_and_terminates),
		cmocka_unit_test(buf_printf_small_and_large),
		cmocka_unit_test(steal_empty_is_empty_string),
		cmocka_unit_test(failure_is_sticky),
		cmocka_unit_test(size_overflow_fails_cleanly),
		cmocka_unit_test(strdup_variants),
		cmocka_unit_test(strmap_counts_keys_as_bytes),
		cmocka_unit_test(memstr_stops_at_the_bound),
		cmocka_unit_test(hook_counts_and_fails_the_nth),
		cmocka_unit_test(jansson_allocator_is_the_programs),
	};
	return cmocka_run_group_tests_name("core_util", tests, NULL, NULL);
}
