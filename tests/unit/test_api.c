/*
 * test_api.c - the public embedding API: conversion to a string, error
 * codes, the isolate option (a crashing, hanging or aborting reader gives
 * a failed record and the context goes on), the worker pool's contract
 * (tags, EBUSY, exactly one result per job), and one context per thread
 * converting concurrently. The misbehaving reader is the crashy test
 * plugin (tests/plugins/crashy), built by tests/batch.mk.
 */
#include "pm_test.h"

#include <errno.h>
#include <pthread.h>

#define TEST_PLUGINS PM_BUILD_DIR "/tests/plugins:" PM_BUILD_DIR "/lib/pressmill/plugins"

static const char release[] =
	"ACME opens a plant in Lyon\n\nLYON, 4 March 2024 - ACME announced today that it will open "
	"a new plant in Lyon, with 200 jobs. \"This is a great day,\" said Jane Doe, CEO of ACME.\n\n"
	"About ACME\n\nACME makes anvils.\n\nContact: press@acme.example\n";

static pm_context *ctx_with(int isolate)
{
	pm_options o;
	pm_context *ctx;
	pm_options_init(&o);
	o.plugin_path = TEST_PLUGINS;
	o.no_default_plugin_dir = 1;
	o.isolate = isolate;
	o.limits.timeout = 0.5;
	o.limits.max_memory = 160u << 20;
	ctx = pm_context_new(&o);
	assert_non_null(ctx);
	return ctx;
}

static const char *code_of(const json_t *rec)
{
	return json_string_value(json_object_get(json_object_get(rec, "error"), "code"));
}

static void buffer_to_string(void **state)
{
	pm_context *ctx = ctx_with(0);
	char *s = pm_convert_buffer_to_string(ctx, release, strlen(release), "r.txt", 0);
	char *p = pm_convert_buffer_to_string(ctx, release, strlen(release), "r.txt", 1);
	(void)state;
	assert_non_null(s);
	assert_non_null(p);
	assert_non_null(strstr(s, "\"status\":\"ok\""));
	assert_null(strchr(s, '\n'));
	assert_non_null(strchr(p, '\n'));
	free(s);
	free(p);
	pm_context_free(ctx);
}

static void record_error(void **state)
{
	pm_context *ctx = ctx_with(0);
	json_t *e = pm_convert_buffer(ctx, "", 0, "e.txt");
	json_t *r = pm_convert_buffer(ctx, release, strlen(release), "r.txt");
	(void)state;
	assert_int_equal(pm_record_error(e), PM_ERR_EMPTY);
	assert_int_equal(pm_record_status(e), 2);
	assert_int_equal(pm_record_error(r), PM_OK);
	assert_string_equal(pm_status_code(PM_ERR_TIMEOUT), "timeout");
	json_decref(e);
	json_decref(r);
	pm_context_free(ctx);
}

/* The isolate option: the same record as in process, and every failure
 * of the reader a failed record, with the context still usable. */
static void isolate_option(void **state)
{
	pm_context *in = ctx_with(0), *iso = ctx_with(1);
	char *a = pm_convert_buffer_to_string(in, release, strlen(release), "r.txt", 0);
	char *b = pm_convert_buffer_to_string(iso, release, strlen(release), "r.txt", 0);
	static const struct {
		const char *input, *code;
	} cases[] = {{"PMTEST-CRASH\n", "crashed"},
	             {"PMTEST-ABORT\n", "crashed"},
	             {"PMTEST-HANG\n", "timeout"},
	             {"PMTEST-ALLOC\n", "resource_limit"},
	             {"PMTEST-EXIT\n", "crashed"}};
	size_t i;
	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(a, b);
	free(b);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		json_t *r = pm_convert_buffer(iso, cases[i].input, strlen(cases[i].input), "x.pmt");
		assert_non_null(r);
		assert_string_equal(code_of(r), cases[i].code);
		assert_string_equal(pm_test_str(json_object_get(r, "source"), "path"), "x.pmt");
		json_decref(r);
		/* the next document goes to a fresh worker and converts */
		b = pm_convert_buffer_to_string(iso, release, strlen(release), "r.txt", 0);
		assert_non_null(b);
		assert_string_equal(a, b);
		free(b);
	}
	free(a);
	pm_context_free(in);
	pm_context_free(iso);
}

static void isolate_file(void **state)
{
	char path[] = "/tmp/pm-test-api-XXXXXX";
	int fd = mkstemp(path);
	pm_context *iso = ctx_with(1);
	json_t *r;
	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "PMTEST-CRASH\n", 13), 13);
	close(fd);
	r = pm_convert_file(iso, path, "shown.pmt");
	assert_string_equal(code_of(r), "crashed");
	assert_string_equal(pm_test_str(json_object_get(r, "source"), "path"), "shown.pmt");
	/* the parent still identifies the input the worker died on */
	assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "source"), "bytes")), 13);
	assert_non_null(pm_test_str(json_object_get(r, "source"), "sha256"));
	json_decref(r);
	r = pm_convert_file(iso, "/nonexistent/file.txt", NULL);
	assert_string_equal(code_of(r), "io_error");
	json_decref(r);
	unlink(path);
	pm_context_free(iso);
}

static void pool_contract(void **state)
{
	pm_context *ctx = ctx_with(0);
	pm_pool *pool = pm_pool_new(ctx, 2);
	pm_pool_result res;
	int seen[5] = {0};
	unsigned i;
	(void)state;
	assert_non_null(pool);
	assert_int_equal(pm_pool_size(pool), 2);
	assert_int_equal(pm_pool_idle(pool), 2);
	assert_int_equal(pm_pool_wait(pool, 0, &res), -1); /* nothing runs */
	assert_int_equal(pm_pool_submit_buffer(pool, "PMTEST-CRASH\n", 13, "c.pmt", 1), 0);
	assert_int_equal(pm_pool_submit_buffer(pool, release, strlen(release), "r.txt", 2), 0);
	assert_int_equal(pm_pool_idle(pool), 0);
	assert_int_equal(pm_pool_running(pool), 2);
	errno = 0;
	assert_int_equal(pm_pool_submit_buffer(pool, release, strlen(release), "r.txt", 3), -1);
	assert_int_equal(errno, EBUSY);
	for (i = 0; i < 2;) {
		int w = pm_pool_wait(pool, 1000, &res);
		assert_true(w >= 0);
		if (w == 0)
			continue;
		assert_true(res.tag == 1 || res.tag == 2);
		seen[res.tag]++;
		assert_int_equal(res.len, strlen(res.record));
		if (res.tag == 1) {
			assert_int_equal(res.status, 2);
			assert_int_equal(res.error, PM_ERR_CRASHED);
		} else {
			assert_int_equal(res.status, 0);
			assert_int_equal(res.error, PM_OK);
		}
		free(res.record);
		i++;
	}
	assert_int_equal(seen[1], 1);
	assert_int_equal(seen[2], 1);
	assert_true(pm_pool_restarts(pool) >= 1);
	/* a job still running when the pool is freed gives no result and
	 * leaves no process behind */
	assert_int_equal(pm_pool_submit_buffer(pool, "PMTEST-HANG\n", 12, "h.pmt", 4), 0);
	pm_pool_free(pool);
	pm_context_free(ctx);
}

/* ---- one context per thread ----------------------------------------- */

static const char *const texts[] = {
	release,
	"COMMUNIQUÉ DE PRESSE\n\nLa ville de Nantes inaugure un nouveau pont\n\nNANTES, le 12 mars 2024 – "
	"La ville a inauguré hier un pont de 300 mètres sur la Loire.\n\nContact presse : "
	"Marie Dupont, 02 40 00 00 00\n",
	"FOR IMMEDIATE RELEASE\n\nHarbor authority reports record traffic\n\nPORTLAND, Maine, Jan. 5, "
	"2024 /PRNewswire/ -- The harbor handled 2 million tons in 2023, the authority said.\n\n###\n",
};
#define NTEXTS (sizeof texts / sizeof texts[0])
#define ROUNDS 15

typedef struct thread_job {
	char *want[NTEXTS];
	int isolate;
	int mismatches;
} thread_job;

static void *convert_thread(void *arg)
{
	thread_job *j = arg;
	pm_context *ctx = j->isolate ? ctx_with(1) : pm_test_context();
	int k;
	size_t i;
	if (!ctx) {
		j->mismatches = -1;
		return NULL;
	}
	for (k = 0; k < ROUNDS; k++)
		for (i = 0; i < NTEXTS; i++) {
			char *s = pm_convert_buffer_to_string(ctx, texts[i], strlen(texts[i]), "t.txt", 0);
			if (!s || strcmp(s, j->want[i]) != 0)
				j->mismatches++;
			free(s);
		}
	pm_context_free(ctx);
	return NULL;
}

/* Two threads, each with its own context, converting at once: in process,
 * then isolated (each context forking its own workers concurrently). */
static void run_threads(int isolate)
{
	pm_context *ctx = pm_test_context();
	thread_job job[2];
	pthread_t th[2];
	size_t i;
	int t;
	assert_non_null(ctx);
	memset(job, 0, sizeof job);
	for (i = 0; i < NTEXTS; i++) {
		job[0].want[i] = pm_convert_buffer_to_string(ctx, texts[i], strlen(texts[i]), "t.txt", 0);
		assert_non_null(job[0].want[i]);
		job[1].want[i] = job[0].want[i];
	}
	job[0].isolate = job[1].isolate = isolate;
	pm_context_free(ctx);
	for (t = 0; t < 2; t++)
		assert_int_equal(pthread_create(&th[t], NULL, convert_thread, &job[t]), 0);
	for (t = 0; t < 2; t++)
		assert_int_equal(pthread_join(th[t], NULL), 0);
	for (t = 0; t < 2; t++)
		assert_int_equal(job[t].mismatches, 0);
	for (i = 0; i < NTEXTS; i++)
		free(job[0].want[i]);
}

static void two_threads(void **state)
{
	(void)state;
	run_threads(0);
}

static void two_threads_isolated(void **state)
{
	(void)state;
	run_threads(1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(buffer_to_string), cmocka_unit_test(record_error),
		cmocka_unit_test(isolate_option),   cmocka_unit_test(isolate_file),
		cmocka_unit_test(pool_contract),    cmocka_unit_test(two_threads),
		cmocka_unit_test(two_threads_isolated),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
