/*
 * popplerfloor.c - the in-process floor of PDF text extraction for the
 * benchmarks (bench/bench.py): what poppler alone costs on each file, in one
 * process, with none of pressmill's work, so that the PDF plugin's time can
 * be split into poppler's share and ours.
 *
 *   popplerfloor [-n RUNS] [--calls text|plugin] [--files-from LIST] [FILE...]
 *
 * --calls text: each page's text (poppler_page_get_text), as pdftotext does
 * without its process start-up; --calls plugin (default): the poppler calls
 * the PDF plugin makes for each page (text, character boxes, font runs,
 * page size, the document's metadata), so the difference with pmbench on
 * the same file is pressmill's own work. Prints one line per file: CPU
 * nanoseconds (the least of RUNS), input bytes, pages, the path.
 */
#include <poppler.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int plugin_calls = 1;

static uint64_t cpu_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void read_metadata(PopplerDocument *doc)
{
	g_free(poppler_document_get_metadata(doc));
	g_free(poppler_document_get_title(doc));
	g_free(poppler_document_get_author(doc));
	g_free(poppler_document_get_subject(doc));
	g_free(poppler_document_get_keywords(doc));
	g_free(poppler_document_get_creator(doc));
	g_free(poppler_document_get_producer(doc));
}

static void read_page(PopplerPage *page)
{
	char *text = poppler_page_get_text(page);
	if (plugin_calls && text && *text) {
		PopplerRectangle *rects = NULL;
		guint nr = 0;
		double w, h;
		poppler_page_get_size(page, &w, &h);
		if (poppler_page_get_text_layout(page, &rects, &nr))
			g_free(rects);
		poppler_page_free_text_attributes(poppler_page_get_text_attributes(page));
	}
	g_free(text);
}

/* Returns the page count, -1 when poppler cannot open the file. The file
 * is read into memory first, as the plugin gets it from the core. */
static int extract(const char *path, size_t *size)
{
	gchar *data = NULL;
	gsize len = 0;
	GBytes *bytes;
	PopplerDocument *doc;
	int n, i;

	*size = 0;
	if (!g_file_get_contents(path, &data, &len, NULL))
		return -1;
	*size = len;
	bytes = g_bytes_new_take(data, len);
	doc = poppler_document_new_from_bytes(bytes, NULL, NULL);
	if (!doc) {
		g_bytes_unref(bytes);
		return -1;
	}
	if (plugin_calls)
		read_metadata(doc);
	n = poppler_document_get_n_pages(doc);
	for (i = 0; i < n; i++) {
		PopplerPage *page = poppler_document_get_page(doc, i);
		if (page) {
			read_page(page);
			g_object_unref(page);
		}
	}
	g_object_unref(doc);
	g_bytes_unref(bytes);
	return n;
}

static void bench_file(const char *path, int runs)
{
	uint64_t best = UINT64_MAX;
	size_t size = 0;
	int pages = -1;

	for (int i = 0; i < runs; i++) {
		uint64_t t0 = cpu_ns(), t;
		pages = extract(path, &size);
		t = cpu_ns() - t0;
		if (t < best)
			best = t;
	}
	printf("%llu\t%zu\t%d\t%s\n", (unsigned long long)best, size, pages, path);
	fflush(stdout);
}

static void quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer user)
{
	(void)domain, (void)level, (void)message, (void)user;
}

int main(int argc, char **argv)
{
	const char *list = NULL;
	int runs = 1, i;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "-n") && i + 1 < argc)
			runs = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--calls") && i + 1 < argc)
			plugin_calls = strcmp(argv[++i], "text") != 0;
		else if (!strcmp(argv[i], "--files-from") && i + 1 < argc)
			list = argv[++i];
		else {
			fputs("usage: popplerfloor [-n RUNS] [--calls text|plugin] [--files-from LIST] [FILE...]\n",
			      stderr);
			return 2;
		}
	}
	if (runs < 1)
		runs = 1;
	g_log_set_default_handler(quiet, NULL);
	if (list) {
		FILE *f = strcmp(list, "-") ? fopen(list, "r") : stdin;
		char *line = NULL;
		size_t cap = 0;
		ssize_t len;
		if (!f) {
			fprintf(stderr, "popplerfloor: %s: %s\n", list, strerror(errno));
			return 1;
		}
		while ((len = getline(&line, &cap, f)) > 0) {
			if (line[len - 1] == '\n')
				line[--len] = 0;
			if (len)
				bench_file(line, runs);
		}
		free(line);
		if (f != stdin)
			fclose(f);
	}
	for (; i < argc; i++)
		bench_file(argv[i], runs);
	return 0;
}
