/*
 * crashy.c - a plugin built only for the tests (never installed): it claims
 * inputs that start with a "PMTEST-" magic, with the highest bid, and then
 * misbehaves as the magic asks, so that the tests can prove that every
 * failure mode of a reader still gives exactly one record:
 *
 *   PMTEST-CRASH       dereferences a null pointer (SIGSEGV)
 *   PMTEST-ABORT       abort() (SIGABRT), as a failed assert() would
 *   PMTEST-HANG        spins forever (the timeout must end it)
 *   PMTEST-ALLOC       allocates and touches memory without end, and
 *                      crashes on the first failed allocation, as careless
 *                      code does (the memory limit must end it)
 *   PMTEST-EXIT        calls _exit(3) in the middle of a document
 *   PMTEST-SLOW [S]    sleeps S seconds (default 1), then reads the rest of
 *                      the input as plain paragraphs: a slow but good
 *                      document, for interrupted and timed runs
 *   PMTEST-BUSY [S]    as SLOW, but runs S seconds of CPU time instead of
 *                      sleeping: a document that needs the CPU, for runs
 *                      on a loaded machine
 */
#define _GNU_SOURCE
#include <pressmill/plugin.h>

#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAGIC "PMTEST-"

static const char *const modes[] = {"CRASH", "ABORT", "HANG", "ALLOC", "EXIT", "SLOW", "BUSY", NULL};

static int mode_of(const unsigned char *head, size_t len)
{
	int i;
	size_t ml = strlen(MAGIC);
	if (len < ml || memcmp(head, MAGIC, ml) != 0)
		return -1;
	for (i = 0; modes[i]; i++) {
		size_t l = strlen(modes[i]);
		if (len >= ml + l && !memcmp(head + ml, modes[i], l))
			return i;
	}
	return -1;
}

static int probe(const unsigned char *head, size_t len, uint64_t size, const char *name)
{
	(void)size;
	(void)name;
	return mode_of(head, len) >= 0 ? PM_BID_CERTAIN : PM_BID_NONE;
}

static void sleep_s(double s)
{
	struct timespec ts;
	ts.tv_sec = (time_t)s;
	ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) != 0)
		;
}

/* Spin until this thread has run s seconds on a CPU. */
static void busy_s(double s)
{
	struct timespec t0, t;
	volatile unsigned long spin = 0;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
	do {
		unsigned i;
		for (i = 0; i < 100000; i++)
			spin++;
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	} while ((double)(t.tv_sec - t0.tv_sec) + (double)(t.tv_nsec - t0.tv_nsec) / 1e9 < s);
}

static int slow(const pm_input *in, const pm_host *h, pm_sink *s, bool busy)
{
	const char *p = (const char *)in->data, *end = p + in->size, *nl;
	double secs = 1;
	pm_block_info bi;
	nl = memchr(p, '\n', in->size);
	if (!nl)
		nl = end;
	if (nl - p > 12) {
		char num[32];
		size_t l = (size_t)(nl - p) - 12;
		if (l >= sizeof num)
			l = sizeof num - 1;
		memcpy(num, p + 12, l);
		num[l] = '\0';
		secs = strtod(num, NULL);
	}
	if (busy)
		busy_s(secs);
	else
		sleep_s(secs);
	memset(&bi, 0, sizeof bi);
	bi.size = sizeof bi;
	bi.type = PM_BLOCK_PARAGRAPH;
	p = nl < end ? nl + 1 : end;
	while (p < end) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e)
			e = end;
		if (e > p) {
			if (h->block_begin(s, &bi) || h->text(s, p, (size_t)(e - p)) || h->block_end(s))
				return PM_OK;
		}
		p = e + 1;
	}
	return PM_OK;
}

static int extract(const pm_input *in, const pm_host *h, pm_sink *s)
{
	switch (mode_of(in->data, in->size)) {
	case 0: {
		volatile int *np = NULL;
		*np = 1;
		break;
	}
	case 1:
		abort();
	case 2: {
		volatile unsigned long spin = 0;
		for (;;)
			spin++;
	}
	case 3:
		for (;;) {
			size_t n = 16u << 20;
			char *volatile p = malloc(n);
			/* no check on purpose: that is the bug being simulated */
			memset(p, 1, n);
		}
	case 4:
		_exit(3);
	case 5:
	case 6:
		return slow(in, h, s, mode_of(in->data, in->size) == 6);
	}
	return PM_ERR_UNSUPPORTED;
}

static const char *const media[] = {"application/x-pressmill-test", NULL};
static const char *const exts[] = {"pmtest", NULL};

static const pm_plugin plugin = {
	.abi = PM_PLUGIN_ABI,
	.size = sizeof(pm_plugin),
	.name = "crashy",
	.version = "1",
	.description = "misbehaves on demand, for the isolation tests",
	.media_types = media,
	.extensions = exts,
	.probe = probe,
	.extract = extract,
};

PM_PLUGIN_EXPORT const pm_plugin *pressmill_plugin_entry(void);
PM_PLUGIN_EXPORT const pm_plugin *pressmill_plugin_entry(void)
{
	return &plugin;
}
