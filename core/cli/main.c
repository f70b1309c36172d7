/*
 * main.c - the pressmill command: the only place that talks to the
 * terminal. It parses the command line, drives the library, and writes
 * records to stdout or to an output folder.
 */
#define _GNU_SOURCE
#include <pressmill/pressmill.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* The smallest --max-memory a worker can work in: its libraries (poppler,
 * libxml2, hunspell...) take about 70 MiB of address space before it reads
 * a document (measured on Debian 12), and a small document needs room on
 * top. Below this every document would fail for the limit, not for itself. */
#define PM_MIN_MEMORY_MB 128
#define PM_XSTR(x) #x
#define PM_STR(x) PM_XSTR(x)

static void usage(FILE *f)
{
	fputs("usage: pressmill convert [options] PATH...\n"
	      "       pressmill serve [options]    (an HTTP service: pressmill serve --help)\n"
	      "       pressmill plugins | schema | --help | --version\n"
	      "\n"
	      "convert: turn press releases (PDF, DOCX, plain text, Markdown) into JSON records\n"
	      "  --pretty            indent the record (one input)\n"
	      "  --ndjson            one compact record per line, whatever the number of inputs\n"
	      "  -o, --output DIR    write DIR/<path>.json per input instead of stdout\n"
	      "  -r, --recursive     PATHs may be folders: convert every file below them\n"
	      "  --files-from FILE   read input paths from FILE ('-': stdin), one per line or NUL-separated\n"
	      "  -j, --jobs N        convert N files at once (default: number of cores)\n"
	      "  --ordered           stream records in input order\n"
	      "  --resume            skip inputs whose record in -o DIR is up to date (same input\n"
	      "                      size and time, same pressmill and plugin versions)\n"
	      "  --retry-failed      --resume, and convert again the records that failed as\n"
	      "                      crashed, timeout or resource_limit\n"
	      "  --fsync             flush each record to disk before renaming it into place\n"
	      "  --timeout SECONDS   per-document time limit (default 30)\n"
	      "  --max-memory MB     per-worker memory limit (default 2048, at least " PM_STR(PM_MIN_MEMORY_MB) ")\n"
	      "  --max-file-size MB  refuse larger inputs (default 512)\n"
	      "  --max-pages N       read at most N pages (default 2000)\n"
	      "  --no-isolate        convert in this process, one at a time (trusted input)\n"
	      "  --follow-symlinks   with -r, also convert symlinks whose target lies outside\n"
	      "                      the folder given (skipped and counted by default)\n"
	      "  --explain           add \"evidence\": the stage and rule behind each field\n"
	      "  --report FILE       write the run's summary as JSON to FILE\n"
	      "  -q, --quiet         no progress, no summary\n"
	      "  -v, --verbose       log each file and plugin diagnostics; summary even for one input\n"
	      "\n"
	      "Progress goes to stderr when it is a terminal; the summary when there is more\n"
	      "than one input. Ctrl-C (SIGTERM, SIGHUP) stops cleanly: finished records are\n"
	      "kept, the rest is counted as not done, and --resume finishes the job.\n"
	      "Exit status: 0 every record ok or partial, 1 some failed (or a folder, a list\n"
	      "or a record could not be read or written, two inputs map to one record, the\n"
	      "output folder cannot be written), 2 usage error, 128+N stopped by signal N.\n"
	      "Plugins are searched in $PRESSMILL_PLUGIN_PATH, then beside the library.\n",
	      f);
}

/* The library's diagnostics may quote a document or a name: what a
 * terminal would act on is escaped. */
static void log_stderr(void *user, int level, const char *msg)
{
	const pm_cli *cli = user;
	if (level <= PM_LOG_WARNING || (cli && cli->verbose)) {
		char *safe = pm_sanitize_message(msg);
		fprintf(stderr, "pressmill: %s\n", safe ? safe : "(message lost: out of memory)");
		free(safe);
	}
}

static int cmd_plugins(int argc, char **argv)
{
	pm_options o;
	pm_context *ctx;
	const json_t *list;
	size_t i, k;
	(void)argc;
	(void)argv;
	pm_options_init(&o);
	ctx = pm_context_new(&o);
	if (!ctx) {
		fprintf(stderr, "pressmill: out of memory\n");
		return 1;
	}
	list = pm_context_plugins(ctx);
	for (i = 0; i < json_array_size(list); i++) {
		json_t *p = json_array_get(list, i);
		if (json_object_get(p, "error")) {
			printf("rejected  %s: %s\n", json_string_value(json_object_get(p, "file")),
			       json_string_value(json_object_get(p, "error")));
			continue;
		}
		printf("%-8s %-8s ", json_string_value(json_object_get(p, "name")),
		       json_string_value(json_object_get(p, "version")));
		for (k = 0; k < json_array_size(json_object_get(p, "media_types")); k++)
			printf("%s%s", k ? "," : "",
			       json_string_value(json_array_get(json_object_get(p, "media_types"), k)));
		printf("  %s\n", json_string_value(json_object_get(p, "file")));
	}
	pm_context_free(ctx);
	return 0;
}

static double parse_num(const char *s, const char *what, double min)
{
	char *e;
	double v;
	errno = 0;
	v = strtod(s, &e);
	if (errno || *e || v < min) {
		fprintf(stderr, "pressmill: invalid %s: %s\n", what, pm_quote(s));
		exit(2);
	}
	return v;
}

enum {
	OPT_PRETTY = 256, OPT_NDJSON, OPT_FILES_FROM, OPT_ORDERED, OPT_RESUME, OPT_TIMEOUT,
	OPT_MAXMEM, OPT_MAXFILE, OPT_MAXPAGES, OPT_NOISOLATE, OPT_ISOLATE, OPT_EXPLAIN, OPT_REPORT,
	OPT_FSYNC, OPT_RETRY_FAILED, OPT_FOLLOW_SYMLINKS
};

static int cmd_convert(int argc, char **argv)
{
	static const struct option lo[] = {
		{"pretty", no_argument, NULL, OPT_PRETTY},
		{"ndjson", no_argument, NULL, OPT_NDJSON},
		{"output", required_argument, NULL, 'o'},
		{"recursive", no_argument, NULL, 'r'},
		{"files-from", required_argument, NULL, OPT_FILES_FROM},
		{"jobs", required_argument, NULL, 'j'},
		{"ordered", no_argument, NULL, OPT_ORDERED},
		{"resume", no_argument, NULL, OPT_RESUME},
		{"fsync", no_argument, NULL, OPT_FSYNC},
		{"retry-failed", no_argument, NULL, OPT_RETRY_FAILED},
		{"follow-symlinks", no_argument, NULL, OPT_FOLLOW_SYMLINKS},
		{"timeout", required_argument, NULL, OPT_TIMEOUT},
		{"max-memory", required_argument, NULL, OPT_MAXMEM},
		{"max-file-size", required_argument, NULL, OPT_MAXFILE},
		{"max-pages", required_argument, NULL, OPT_MAXPAGES},
		{"no-isolate", no_argument, NULL, OPT_NOISOLATE},
		{"isolate", no_argument, NULL, OPT_ISOLATE},
		{"explain", no_argument, NULL, OPT_EXPLAIN},
		{"report", required_argument, NULL, OPT_REPORT},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	pm_cli cli;
	int c;
	memset(&cli, 0, sizeof cli);
	pm_options_init(&cli.opt);
	cli.jobs = 0;
	cli.isolate = -1;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:rj:qvh", lo, NULL)) != -1) {
		switch (c) {
		case OPT_PRETTY: cli.pretty = 1; break;
		case OPT_NDJSON: cli.ndjson = 1; break;
		case 'o': cli.outdir = optarg; break;
		case 'r': cli.recursive = 1; break;
		case OPT_FILES_FROM: cli.files_from = optarg; break;
		case 'j':
			/* more workers than this is a typo, not a machine */
			cli.jobs = (int)parse_num(optarg, "job count", 1);
			if (cli.jobs > 4096) {
				fprintf(stderr, "pressmill: invalid job count: %s\n", pm_quote(optarg));
				return 2;
			}
			break;
		case OPT_ORDERED: cli.ordered = 1; break;
		case OPT_RESUME: cli.resume = 1; break;
		case OPT_FSYNC: cli.fsync = 1; break;
		case OPT_RETRY_FAILED: cli.retry_failed = 1; break;
		case OPT_FOLLOW_SYMLINKS: cli.follow_symlinks = 1; break;
		case OPT_TIMEOUT: cli.opt.limits.timeout = parse_num(optarg, "timeout", 0.001); break;
		case OPT_MAXMEM: {
			double mb = parse_num(optarg, "memory limit", 0);
			if (mb < PM_MIN_MEMORY_MB) {
				fprintf(stderr, "pressmill: --max-memory %s is too small: a worker needs at "
				                "least %d MB (its libraries take about 70 MB before it reads "
				                "a document)\n", optarg, PM_MIN_MEMORY_MB);
				return 2;
			}
			cli.opt.limits.max_memory = (uint64_t)(mb * 1048576.0);
			break;
		}
		case OPT_MAXFILE:
			cli.opt.limits.max_file_bytes = (uint64_t)(parse_num(optarg, "file size", 0.000001) * 1048576.0);
			break;
		case OPT_MAXPAGES: cli.opt.limits.max_pages = (unsigned)parse_num(optarg, "page count", 1); break;
		case OPT_NOISOLATE: cli.isolate = 0; break;
		case OPT_ISOLATE: cli.isolate = 1; break;
		case OPT_EXPLAIN: cli.opt.explain = 1; break;
		case OPT_REPORT: cli.report = optarg; break;
		case 'q': cli.quiet = 1; break;
		case 'v': cli.verbose = 1; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	cli.paths = argv + optind;
	cli.npaths = (size_t)(argc - optind);
	if (!cli.npaths && !cli.files_from) {
		fprintf(stderr, "pressmill: convert needs at least one PATH (or --files-from)\n");
		usage(stderr);
		return 2;
	}
	if (cli.pretty && cli.ndjson) {
		fprintf(stderr, "pressmill: --pretty and --ndjson exclude each other\n");
		return 2;
	}
	cli.opt.log = log_stderr;
	cli.opt.log_user = &cli;
	return pm_cli_run(&cli);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("pressmill %s (record %s)\n", pm_version(), PRESSMILL_RECORD_SCHEMA);
		return 0;
	}
	if (!strcmp(argv[1], "plugins"))
		return cmd_plugins(argc - 1, argv + 1);
	if (!strcmp(argv[1], "schema")) {
		fputs(pm_record_schema(), stdout);
		return 0;
	}
	if (!strcmp(argv[1], "convert"))
		return cmd_convert(argc - 1, argv + 1);
	if (!strcmp(argv[1], "serve"))
		return pm_cli_serve(argc - 1, argv + 1);
	fprintf(stderr, "pressmill: unknown command %s\n", pm_quote(argv[1]));
	usage(stderr);
	return 2;
}
