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
#include <stdatomic.h>
#include <sys/resource.h>

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
	o.limits.timeout = 0.5 * PM_TEST_SLOWDOWN; /* a sanitizer's crash report takes longer */
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


/* ---- issue 10: the library under a caller's threads and mistakes ------ */

static char *read_sample(const char *name, size_t *len)
{
	char path[4096];
	FILE *f;
	char *buf;
	long n;
	snprintf(path, sizeof path, "%s/samples/%s", PM_SOURCE_DIR, name);
	f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

typedef struct inproc_job {
	const char *data;
	size_t len;
	atomic_int stop;
	int runs, bad;
} inproc_job;

static void *pdf_in_process(void *arg)
{
	inproc_job *j = arg;
	pm_context *ctx = pm_test_context();
	if (!ctx) {
		j->bad++;
		return NULL;
	}
	while (!atomic_load(&j->stop)) {
		json_t *r = pm_convert_buffer(ctx, j->data, j->len, "a.pdf");
		if (pm_record_status(r) != 0)
			j->bad++;
		json_decref(r);
		j->runs++;
	}
	pm_context_free(ctx);
	return NULL;
}

/* A worker must start from a clean state: forked from a caller whose other
 * thread holds a reader's lock (poppler, fontconfig), it would wait on that
 * lock for ever. One thread converts PDFs in process without a pause while
 * this one starts a fresh isolated context for each of its PDFs, so that a
 * worker starts while the other thread is inside poppler. */
static void isolated_beside_in_process_pdf(void **state)
{
	inproc_job job;
	pthread_t th;
	int i, not_ok = 0, timeouts = 0;
	(void)state;
	memset(&job, 0, sizeof job);
	atomic_init(&job.stop, 0);
	job.data = read_sample("pdf-lighthouse-en.pdf", &job.len);
	assert_int_equal(pthread_create(&th, NULL, pdf_in_process, &job), 0);
	for (i = 0; i < 40; i++) {
		pm_options o;
		pm_context *ctx;
		json_t *r;
		pm_options_init(&o);
		o.plugin_path = PM_BUILD_DIR "/lib/pressmill/plugins";
		o.no_default_plugin_dir = 1;
		o.isolate = 1;
		o.limits.timeout = 5 * PM_TEST_SLOWDOWN;
		ctx = pm_context_new(&o);
		assert_non_null(ctx);
		r = pm_convert_buffer(ctx, job.data, job.len, "b.pdf");
		if (pm_record_status(r) != 0)
			not_ok++;
		if (pm_record_error(r) == PM_ERR_TIMEOUT)
			timeouts++;
		json_decref(r);
		pm_context_free(ctx);
	}
	atomic_store(&job.stop, 1);
	assert_int_equal(pthread_join(th, NULL), 0);
	printf("isolated beside in-process: %d of 40 not ok (%d timeouts), %d in-process runs\n",
	       not_ok, timeouts, job.runs);
	assert_int_equal(not_ok, 0);
	assert_int_equal(job.bad, 0);
	assert_true(job.runs > 0);
	free((void *)job.data);
}

static int caller_allocs;
static void *caller_malloc(size_t n)
{
	caller_allocs++;
	return malloc(n);
}
static void caller_free(void *p)
{
	free(p);
}

/* jansson's allocator is the process's, not ours: an embedding program
 * that set its own keeps it, and conversions go through it. */
static void jansson_allocator_untouched(void **state)
{
	json_malloc_t m = NULL;
	json_free_t f = NULL;
	pm_context *ctx;
	json_t *r;
	(void)state;
	json_set_alloc_funcs(caller_malloc, caller_free);
	ctx = ctx_with(0);
	r = pm_convert_buffer(ctx, release, strlen(release), "r.txt");
	assert_int_equal(pm_record_status(r), 0);
	json_decref(r);
	pm_context_free(ctx);
	json_get_alloc_funcs(&m, &f);
	assert_ptr_equal(m, caller_malloc);
	assert_ptr_equal(f, caller_free);
	assert_true(caller_allocs > 0);
	json_set_alloc_funcs(malloc, free);
}

typedef struct hook_job {
	int status;
} hook_job;

static void *convert_once(void *arg)
{
	hook_job *j = arg;
	pm_context *ctx = pm_test_context();
	json_t *r = ctx ? pm_convert_buffer(ctx, release, strlen(release), "r.txt") : NULL;
	j->status = r ? pm_record_status(r) : -2;
	json_decref(r);
	pm_context_free(ctx);
	return NULL;
}

/* The allocation-failure hook belongs to the thread that set it: another
 * thread's conversion does not meet the failure (nor race on its count). */
static void alloc_hook_is_per_thread(void **state)
{
	hook_job job = {-3};
	pthread_t th;
	(void)state;
	pm_alloc_fail_at(3);
	assert_int_equal(pthread_create(&th, NULL, convert_once, &job), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	pm_alloc_fail_at(0);
	assert_int_equal(job.status, 0);
}

/* Invalid arguments give a failed record that says so, in process and
 * isolated; never a crash, never "out of memory". */
static void invalid_arguments(void **state)
{
	int isolate;
	(void)state;
	for (isolate = 0; isolate < 2; isolate++) {
		pm_context *ctx = ctx_with(isolate);
		json_t *r = pm_convert_buffer(ctx, NULL, 10, "n.txt");
		const char *msg;
		assert_non_null(r);
		assert_int_equal(pm_record_status(r), 2);
		assert_string_equal(code_of(r), "io_error");
		msg = json_string_value(json_object_get(json_object_get(r, "error"), "message"));
		assert_non_null(msg);
		assert_non_null(strstr(msg, "invalid argument"));
		assert_string_equal(pm_test_str(json_object_get(r, "source"), "path"), "n.txt");
		json_decref(r);
		r = pm_convert_file(ctx, NULL, "shown.txt");
		assert_non_null(r);
		assert_string_equal(code_of(r), "io_error");
		json_decref(r);
		/* no data and no length is an empty input, as before */
		r = pm_convert_buffer(ctx, NULL, 0, "e.txt");
		assert_string_equal(code_of(r), "empty");
		json_decref(r);
		pm_context_free(ctx);
	}
}

/* A worker that cannot be started for want of descriptors is the pool's
 * shortage, not the document's: the job is refused (EAGAIN) and accepted
 * once a running worker is free, never turned into a failed record. */
static void pool_spawn_shortage(void **state)
{
	pm_context *ctx = ctx_with(0);
	pm_pool *pool = pm_pool_new(ctx, 8);
	pm_pool_result res;
	struct rlimit old, low;
	int fd, accepted = 0, refused = 0, done = 0, failed = 0;
	(void)state;
	assert_non_null(pool);
	assert_int_equal(getrlimit(RLIMIT_NOFILE, &old), 0);
	/* room for about two workers above what is open now */
	fd = dup(0);
	assert_true(fd >= 0);
	close(fd);
	low = old;
	low.rlim_cur = (rlim_t)fd + 5;
	assert_int_equal(setrlimit(RLIMIT_NOFILE, &low), 0);
	while (done < 12) {
		if (accepted < 12 && pm_pool_idle(pool) > 0) {
			errno = 0;
			if (pm_pool_submit_buffer(pool, release, strlen(release), "r.txt",
			                          (uintptr_t)accepted) == 0) {
				accepted++;
				continue;
			}
			assert_int_equal(errno, EAGAIN);
			refused++;
			assert_true(pm_pool_running(pool) > 0);
		}
		if (pm_pool_wait(pool, 1000, &res) == 1) {
			if (res.status != 0)
				failed++;
			free(res.record);
			done++;
		}
	}
	setrlimit(RLIMIT_NOFILE, &old);
	printf("pool under a descriptor limit: %d accepted, %d refused, %d failed\n", accepted,
	       refused, failed);
	assert_int_equal(failed, 0);
	assert_true(refused > 0);
	pm_pool_free(pool);
	pm_context_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(buffer_to_string), cmocka_unit_test(record_error),
		cmocka_unit_test(isolate_option),   cmocka_unit_test(isolate_file),
		cmocka_unit_test(pool_contract),    cmocka_unit_test(two_threads),
		cmocka_unit_test(two_threads_isolated),
		cmocka_unit_test(isolated_beside_in_process_pdf),
		cmocka_unit_test(jansson_allocator_untouched),
		cmocka_unit_test(alloc_hook_is_per_thread),
		cmocka_unit_test(invalid_arguments),
		cmocka_unit_test(pool_spawn_shortage),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
