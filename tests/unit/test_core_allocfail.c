/*
 * test_core_allocfail.c - out of memory at every allocation of a whole
 * conversion. For each sample in samples/, the Nth allocation through
 * pm_malloc & co (jansson's included: this test program hands jansson
 * the library's allocator, as the worker program does; the library itself
 * leaves jansson's process-wide allocator to the program) is made to fail, for N = 1, 2, 3, ... until a conversion
 * completes without reaching N. Every run must give NULL (the documented
 * out-of-memory answer), a failed record with error.code "resource_limit",
 * or a valid record identical to the one memory did not fail for - never
 * a crash, never a leak (under 'make check-asan' LeakSanitizer checks
 * every run), never a silently damaged record.
 *
 * Every N is tried up to DENSE, then N grows by 1% a step, so that the
 * walk stays fast however many allocations a conversion makes. The
 * context is created once and warmed up by a first conversion (language
 * models and dictionaries load lazily and stay), and its own creation is
 * walked separately.
 *
 * PM_ALLOCFAIL_FORK=1 runs each conversion in a child process, so that the
 * walk goes on after a crash and lists every N that crashes (for
 * debugging; the default, in process, is what LeakSanitizer can check).
 */
#include "pm_test.h"

#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "../fuzz/fuzz_common.h"

#define DENSE 3000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	(void)data;
	(void)size;
	return 0;
}

typedef struct sample {
	char name[256];
	char *data;
	size_t len;
} sample;

static size_t load_samples(sample *v, size_t max)
{
	DIR *d = opendir(PM_SOURCE_DIR "/samples");
	struct dirent *e;
	size_t n = 0;
	assert_non_null(d);
	while ((e = readdir(d)) && n < max) {
		char path[4096];
		FILE *f;
		long len;
		struct stat st;
		if (e->d_name[0] == '.' || !strcmp(e->d_name, "README.md"))
			continue;
		snprintf(path, sizeof path, "%s/samples/%s", PM_SOURCE_DIR, e->d_name);
		/* samples/specs/ holds what some samples were rendered from */
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		f = fopen(path, "rb");
		if (!f)
			continue;
		len = (long)st.st_size;
		v[n].data = malloc((size_t)len + 1);
		assert_non_null(v[n].data);
		v[n].len = fread(v[n].data, 1, (size_t)len, f);
		fclose(f);
		if (v[n].len != (size_t)len) {
			free(v[n].data);
			continue;
		}
		snprintf(v[n].name, sizeof v[n].name, "%s", e->d_name);
		n++;
	}
	closedir(d);
	return n;
}

static unsigned long next_n(unsigned long n)
{
	return n < DENSE ? n + 1 : n + n / 100;
}

static void context_creation(void **state)
{
	pm_options o;
	unsigned long n, seen, nulls = 0;
	(void)state;
	pm_options_init(&o);
	o.plugin_path = PM_BUILD_DIR "/lib/pressmill/plugins";
	o.no_default_plugin_dir = 1;
	for (n = 1;; n = next_n(n)) {
		pm_context *ctx;
		pm_alloc_fail_at(n);
		ctx = pm_context_new(&o);
		seen = pm_alloc_fail_at(0);
		if (!ctx)
			nulls++;
		pm_context_free(ctx);
		if (seen < n)
			break;
	}
	print_message("context: %lu allocations, %lu runs gave NULL\n", seen, nulls);
	assert_true(seen > 0);
}

static void every_sample(void **state)
{
	sample s[64];
	size_t ns = load_samples(s, 64), i;
	unsigned long all_crashes = 0;
	(void)state;
	assert_true(ns >= 1);
	for (i = 0; i < ns; i++) {
		pm_context *ctx = pm_test_context();
		json_t *ref, *rec;
		char *ref_text;
		unsigned long n, total, runs = 0, nulls = 0, failed = 0, valid = 0, differ = 0;
		unsigned long crashes = 0;
		bool forking = getenv("PM_ALLOCFAIL_FORK") && *getenv("PM_ALLOCFAIL_FORK") == '1';
		assert_non_null(ctx);
		pm_alloc_fail_at(0);
		ref = pm_convert_buffer(ctx, s[i].data, s[i].len, s[i].name);
		total = pm_alloc_fail_at(0);
		assert_non_null(ref);
		assert_int_not_equal(pm_record_status(ref), 2);
		ref_text = pm_record_dumps(ref, 0);
		for (n = 1;; n = next_n(n)) {
			unsigned long seen;
			if (forking) {
				pid_t pid = fork();
				int wst = 0;
				assert_true(pid >= 0);
				if (pid == 0) {
					/* cmocka's handlers would resume the test
					 * runner in the child: die of the signal */
					signal(SIGSEGV, SIG_DFL);
					signal(SIGBUS, SIG_DFL);
					signal(SIGABRT, SIG_DFL);
					signal(SIGILL, SIG_DFL);
					signal(SIGFPE, SIG_DFL);
					pm_alloc_fail_at(n);
					rec = pm_convert_buffer(ctx, s[i].data, s[i].len, s[i].name);
					seen = pm_alloc_fail_at(0);
					if (rec)
						fuzz_check_record(rec);
					json_decref(rec);
					/* exit(), not _exit(): under ASan, LeakSanitizer
					 * checks this child's run at exit */
					pm_context_free(ctx);
					exit(seen < n ? 0 : 1);
				}
				waitpid(pid, &wst, 0);
				runs++;
				if (WIFSIGNALED(wst)) {
					print_error("%s: allocation %lu failed: killed by signal %d\n",
					            s[i].name, n, WTERMSIG(wst));
					crashes++;
				}
				if (WIFEXITED(wst) && WEXITSTATUS(wst) == 0)
					break;
				continue;
			}
			pm_alloc_fail_at(n);
			rec = pm_convert_buffer(ctx, s[i].data, s[i].len, s[i].name);
			seen = pm_alloc_fail_at(0);
			runs++;
			if (seen < n) {
				/* the failure was never reached: the walk is over,
				 * and this run must be the reference record */
				char *t;
				assert_non_null(rec);
				t = pm_record_dumps(rec, 0);
				assert_string_equal(t, ref_text);
				free(t);
				json_decref(rec);
				break;
			}
			if (!rec) {
				nulls++;
				continue;
			}
			fuzz_check_record(rec);
			if (pm_record_status(rec) == 2) {
				const char *code = json_string_value(
					json_object_get(json_object_get(rec, "error"), "code"));
				if (strcmp(code, "resource_limit") != 0)
					print_error("%s: allocation %lu failed gives a failed record "
					            "with code %s\n", s[i].name, n, code);
				assert_string_equal(code, "resource_limit");
				failed++;
			} else {
				valid++;
				if (!json_equal(rec, ref)) {
					if (differ < 5)
						print_message("%s: allocation %lu failed gives a %s record "
						              "that differs from the reference\n",
						              s[i].name, n, pm_test_str(rec, "status"));
					differ++;
				}
			}
			json_decref(rec);
		}
		print_message("%s: %lu allocations, %lu runs: %lu NULL, %lu resource_limit, "
		              "%lu valid (%lu of them differing from the reference)\n",
		              s[i].name, total, runs, nulls, failed, valid, differ);
		free(ref_text);
		json_decref(ref);
		pm_context_free(ctx);
		free(s[i].data);
		all_crashes += crashes;
		/* a record that is not failed after a failed allocation must be
		 * the whole record: convert.c turns any other into resource_limit */
		assert_int_equal(differ, 0);
	}
	assert_int_equal(all_crashes, 0);
}

static void *json_malloc_counted(size_t n)
{
	return pm_malloc(n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(context_creation),
		cmocka_unit_test(every_sample),
	};
	json_set_alloc_funcs(json_malloc_counted, free);
	return cmocka_run_group_tests_name("core_allocfail", tests, NULL, NULL);
}
