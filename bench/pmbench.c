/*
 * pmbench.c - the in-process timing driver of the benchmarks (bench/bench.py,
 * bench/instructions.py, bench/scaling.py): one library context, each file
 * converted and its record serialised as `pressmill convert --no-isolate`
 * does, and the CPU time of that document alone printed, so that medians,
 * long documents and per-byte costs can be read per document without process
 * start-up in the figure.
 *
 *   pmbench [-n RUNS] [-w] [--max-pages N] [--ocr-never] [--files-from LIST] [FILE...]
 *
 * Prints one line per file: CPU nanoseconds (the least of RUNS conversions;
 * process CPU clock, user + system), input bytes, record status
 * (ok/partial/failed) and the path. -w converts each file once before the
 * measured runs, so that one-time work (a dictionary or model loaded on
 * first use) is not charged to the document. --ocr-never reads no page
 * image (OCR's own cost is bench/ocr.sh's).
 *
 * Under callgrind, pmbench_measured() is the function to collect
 * (--collect-atstart=no --toggle-collect=pmbench_measured
 * --dump-after=pmbench_measured gives one profile per measured conversion);
 * the warm-up goes through pmbench_warmup(), which is never collected.
 */
#include <pressmill/pressmill.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* A conversion as the CLI does it: the record, then its compact JSON text.
 * Returns the record's status, or -1 when memory ran out. */
static int convert_one(pm_context *ctx, const char *path)
{
	json_t *rec = pm_convert_file(ctx, path, NULL);
	char *text;
	int status;

	if (!rec)
		return -1;
	text = pm_record_dumps(rec, 0);
	status = text ? pm_record_status(rec) : -1;
	free(text);
	json_decref(rec);
	return status;
}

/* Two entry points with the same work, kept out of line and distinct so
 * that callgrind can collect one and not the other. */
__attribute__((noinline, visibility("default"))) int pmbench_warmup(pm_context *ctx, const char *path);
__attribute__((noinline, visibility("default"))) int pmbench_measured(pm_context *ctx, const char *path);

int pmbench_warmup(pm_context *ctx, const char *path)
{
	int status = convert_one(ctx, path);
	__asm__ volatile("" ::: "memory");
	return status;
}

int pmbench_measured(pm_context *ctx, const char *path)
{
	int status = convert_one(ctx, path);
	__asm__ volatile("" ::: "memory");
	return status;
}

static uint64_t cpu_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static const char *status_name(int status)
{
	switch (status) {
	case 0: return "ok";
	case 1: return "partial";
	case 2: return "failed";
	default: return "oom";
	}
}

static int bench_file(pm_context *ctx, const char *path, int runs, int warm)
{
	struct stat st;
	uint64_t best = UINT64_MAX;
	int status = -1;

	if (warm)
		pmbench_warmup(ctx, path);
	for (int i = 0; i < runs; i++) {
		uint64_t t0 = cpu_ns(), t;
		status = pmbench_measured(ctx, path);
		t = cpu_ns() - t0;
		if (t < best)
			best = t;
	}
	printf("%llu\t%lld\t%s\t%s\n", (unsigned long long)best,
	       stat(path, &st) == 0 ? (long long)st.st_size : -1LL, status_name(status), path);
	fflush(stdout);
	return status < 0 ? -1 : 0;
}

/* Paths one per line (no NUL separation: the lists are ours). */
static int bench_list(pm_context *ctx, const char *list, int runs, int warm)
{
	FILE *f = strcmp(list, "-") ? fopen(list, "r") : stdin;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int rc = 0;

	if (!f) {
		fprintf(stderr, "pmbench: %s: %s\n", list, strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = 0;
		if (len && bench_file(ctx, line, runs, warm) < 0)
			rc = -1;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	return rc;
}

static void usage(void)
{
	fputs("usage: pmbench [-n RUNS] [-w] [--max-pages N] [--ocr-never] [--files-from LIST] [FILE...]\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	pm_options opt;
	pm_context *ctx;
	const char *list = NULL;
	int runs = 1, warm = 0, rc = 0, i;

	/* jansson seeds its hash tables at random: a fixed seed keeps the
	 * instruction counts of two runs equal */
	json_object_seed(1);
	/* Tesseract's OpenMP loops on one thread, as in pressmill's CLI and
	 * workers: set before the context loads the plugins (libgomp reads it
	 * once), or a page read from its image costs four times the CPU in
	 * threads waiting for each other */
	setenv("OMP_THREAD_LIMIT", "1", 1);
	pm_options_init(&opt);
	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "-n") && i + 1 < argc)
			runs = atoi(argv[++i]);
		else if (!strcmp(argv[i], "-w"))
			warm = 1;
		else if (!strcmp(argv[i], "--max-pages") && i + 1 < argc)
			opt.limits.max_pages = (unsigned)strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--ocr-never"))
			opt.ocr.mode = PM_OCR_NEVER;
		else if (!strcmp(argv[i], "--files-from") && i + 1 < argc)
			list = argv[++i];
		else if (!strcmp(argv[i], "--"))
			{ i++; break; }
		else
			usage();
	}
	if (runs < 1 || (!list && i == argc))
		usage();
	ctx = pm_context_new(&opt);
	if (!ctx)
		return 2;
	if (list && bench_list(ctx, list, runs, warm) < 0)
		rc = 1;
	for (; i < argc; i++)
		if (bench_file(ctx, argv[i], runs, warm) < 0)
			rc = 1;
	pm_context_free(ctx);
	return rc;
}
