/*
 * lexicon_bench.c - what a lexicon lookup costs ('make bench-lexicon'):
 * whole words (month names and other words, found or not), the longest
 * entry a line opens (release lines, contact headings, most lines
 * opening none), the first phone label in a window of text; and, for
 * scale, today's way, a loop of nz_prefix_word() over the same list.
 * Prints CPU nanoseconds per lookup; each loop is its own function so
 * that callgrind can count its instructions:
 *   valgrind --tool=callgrind --collect-atstart=no --toggle-collect=run_prefix \
 *     build/bench/lexicon_bench prefix 100000
 */
#include "normalize/normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const words[] = {
	"March", "septembre", "Dezember", "maggio", "augustus", "يونيو", "Tuesday", "press",
	"released", "Lumenfold", "quarterly", "Ministère", "the", "2024", "Oktober", "juin",
};

static const char *const lines[] = {
	"FOR IMMEDIATE RELEASE",
	"Communiqué de presse – Lyon, le 5 mars 2024",
	"Media Contact: Jane Doe, +1 555 0100",
	"Harbor Light Robotics opens its second plant in Ohio",
	"The new plant will employ 250 people by the end of the year.",
	"PRESSEMITTEILUNG",
	"Para más información, contacte con",
	"\xD8\xA8\xD9\x8A\xD8\xA7\xD9\x86 \xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A",
};

static const char *const windows[] = {
	"pour toute question, téléphone : ",
	"or call us on ",
	"the company said on Monday that ",
	"Mob. ",
};

static volatile size_t sink;

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

__attribute__((noinline)) static void run_word(long n)
{
	pm_lex_query q = {PM_LEX_MONTHS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t lens[16], k;
	long i;
	for (k = 0; k < 16; k++)
		lens[k] = strlen(words[k]);
	for (i = 0; i < n; i++) {
		pm_lex_match m;
		k = (size_t)i & 15;
		sink += pm_lex_word(&q, words[k], lens[k], &m);
	}
}

__attribute__((noinline)) static void run_prefix(long n)
{
	pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t lens[8], k;
	long i;
	for (k = 0; k < 8; k++)
		lens[k] = strlen(lines[k]);
	for (i = 0; i < n; i++) {
		pm_lex_match m;
		k = (size_t)i & 7;
		q.section = (i & 8) ? PM_LEX_CONTACT_HEADINGS : PM_LEX_RELEASE_LINES;
		sink += pm_lex_prefix(&q, lines[k], lens[k], &m);
	}
}

__attribute__((noinline)) static void run_find(long n)
{
	pm_lex_query q = {PM_LEX_PHONE_LABELS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t lens[4], k;
	long i;
	for (k = 0; k < 4; k++)
		lens[k] = strlen(windows[k]);
	for (i = 0; i < n; i++) {
		pm_lex_match m;
		k = (size_t)i & 3;
		sink += pm_lex_find(&q, windows[k], lens[k], &m);
	}
}

/* today's way: every entry of the list tried in turn */
static const char **list;
static size_t nlist;

__attribute__((noinline)) static void run_linear(long n)
{
	long i;
	for (i = 0; i < n; i++) {
		const char *t = lines[(size_t)i & 7];
		size_t k;
		for (k = 0; k < nlist; k++)
			if (nz_prefix_word(t, list[k])) {
				sink += k;
				break;
			}
	}
}

static void load_list(pm_lex_section s)
{
	size_t i, n = pm_lex_count(s);
	list = malloc(n * sizeof *list);
	for (i = 0; list && i < n; i++) {
		pm_lex_entry e;
		pm_lex_entry_at(s, i, &e);
		if (!(e.tags & PM_LEX_TAG(PENDING)))
			list[nlist++] = e.text;
	}
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		void (*run)(long);
		const char *what;
	} runs[] = {
		{"word", run_word, "pm_lex_word, months, 16 words (8 found)"},
		{"prefix", run_prefix, "pm_lex_prefix, release lines and contact headings, 8 lines"},
		{"find", run_find, "pm_lex_find, phone labels, 4 windows of text"},
		{"linear", run_linear, "nz_prefix_word loop over the release lines, 8 lines"},
	};
	long n = argc > 2 ? atol(argv[2]) : 2000000;
	size_t r;
	load_list(PM_LEX_RELEASE_LINES);
	for (r = 0; r < sizeof runs / sizeof runs[0]; r++) {
		double t0, t1;
		if (argc > 1 && strcmp(argv[1], runs[r].name) && strcmp(argv[1], "all"))
			continue;
		t0 = cpu_now();
		runs[r].run(n);
		t1 = cpu_now();
		printf("%-7s %7.1f ns per lookup  (%s; %ld lookups)\n", runs[r].name, (t1 - t0) / (double)n,
		       runs[r].what, n);
	}
	free(list);
	return 0;
}
