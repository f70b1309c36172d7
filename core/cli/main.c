/*
 * main.c - the pressmill command: the only place that talks to the
 * terminal. It parses the command line, drives the library, and writes
 * records to stdout or to an output folder.
 */
#define _GNU_SOURCE
#include <pressmill/pressmill.h>

#include <errno.h>
#include <fcntl.h>
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
	      "       pressmill serve [options]        an HTTP service (pressmill serve --help)\n"
	      "       pressmill completion bash|zsh    a completion script for the shell\n"
	      "       pressmill plugins | schema | --help | --version\n"
	      "\n"
	      "convert: turn press releases (PDF, DOCX, plain text, Markdown) into JSON records.\n"
	      "A PATH '-' is the document on stdin.\n"
	      "  --pretty            indent the record (one input)\n"
	      "  --ndjson            one compact record per line, whatever the number of inputs\n"
	      "  -o, --output DIR    write DIR/<path>.json per input instead of stdout ('-': stdout)\n"
	      "  -r, --recursive     PATHs may be folders: convert every file below them\n"
	      "  --include GLOB      with -r, convert only the files GLOB matches (repeatable)\n"
	      "  --exclude GLOB      with -r, leave out the files and folders GLOB matches\n"
	      "                      (repeatable; it wins over --include). A GLOB with a '/' is\n"
	      "                      matched against the path below the folder, else the name\n"
	      "  --name NAME         the name of the document on stdin ('-') in its record\n"
	      "                      (source.path; default '-'); its extension hints the format\n"
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
	      "  --max-file-size MB  refuse larger inputs (default 512; stdin is read up to it)\n"
	      "  --max-pages N       read at most N pages (default 2000)\n"
	      "  --ocr MODE          read page images with Tesseract: auto (pages without a\n"
	      "                      text layer or with a damaged one; default), always, never\n"
	      "  --ocr-lang LANGS    OCR languages, e.g. fr+en (default: chosen per document)\n"
	      "  --ocr-max-pages N   OCR at most N pages per document (default 20, 0: no limit)\n"
	      "  --no-isolate        convert in this process, one at a time (trusted input)\n"
	      "  --isolate           convert in worker processes (the default)\n"
	      "  --follow-symlinks   with -r, also convert symlinks whose target lies outside\n"
	      "                      the folder given (skipped and counted by default)\n"
	      "  --explain           add \"evidence\": the stage and rule behind each field\n"
	      "  --report FILE       write the run's summary as JSON to FILE\n"
	      "  -q, --quiet         no progress, no summary\n"
	      "  -v, --verbose       log each file and plugin diagnostics; summary even for one input\n"
	      "  -h, --help          this help\n"
	      "\n"
	      "Progress goes to stderr when it is a terminal; the summary when there is more\n"
	      "than one input; the reason when the only input failed. Ctrl-C (SIGTERM, SIGHUP)\n"
	      "stops cleanly: finished records are kept, the rest is counted as not done, and\n"
	      "--resume finishes the job.\n"
	      "Exit status: 0 every record ok or partial, 1 some failed (or a folder, a list\n"
	      "or a record could not be read or written, two inputs map to one record, the\n"
	      "output folder cannot be written), 2 usage error, 128+N stopped by signal N.\n"
	      "Plugins are searched in $PRESSMILL_PLUGIN_PATH, then beside the library.\n"
	      "The manual: man pressmill.\n",
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

/* `plugins` and `schema` take no arguments but --help. */
static int no_arguments(const char *cmd, int argc, char **argv)
{
	if (argc < 2)
		return -1;
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		usage(stdout);
		return 0;
	}
	return cli_usage_error(NULL, "%s takes no arguments: %s", cmd, pm_quote(argv[1]));
}

static int cmd_plugins(int argc, char **argv)
{
	pm_options o;
	pm_context *ctx;
	const json_t *list;
	size_t i, k;
	int rc = no_arguments("plugins", argc, argv);
	if (rc >= 0)
		return rc;
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
		if (json_string_value(json_object_get(p, "features")))
			printf("%-17s %s\n", "", json_string_value(json_object_get(p, "features")));
	}
	pm_context_free(ctx);
	return 0;
}

/* A number of at least min; 0, or 2 after a usage error. */
static int parse_num(const char *s, const char *what, double min, double *v)
{
	char *e;
	errno = 0;
	*v = strtod(s, &e);
	if (errno || e == s || *e || !(*v >= min))
		return cli_usage_error(NULL, "invalid %s: %s", what, pm_quote(s));
	return 0;
}

/* --include / --exclude GLOB, compiled into list (room for every
 * argument); 0, or 2 after a usage error. */
static int add_glob(pm_glob *list, size_t *n, const char *opt, const char *glob)
{
	if (pm_glob_compile(&list[*n], glob) < 0)
		return cli_usage_error(NULL, "%s %s matches nothing: a GLOB is a name or a path "
		                             "below the folder ('*.pdf', 'drafts/', '2024/*.docx')",
		                       opt, pm_quote(glob));
	(*n)++;
	return 0;
}

static void free_globs(pm_glob *list, size_t n)
{
	size_t i;
	for (i = 0; list && i < n; i++)
		pm_glob_free(&list[i]);
	free(list);
}

enum {
	OPT_PRETTY = 256, OPT_NDJSON, OPT_FILES_FROM, OPT_ORDERED, OPT_RESUME, OPT_TIMEOUT,
	OPT_MAXMEM, OPT_MAXFILE, OPT_MAXPAGES, OPT_NOISOLATE, OPT_ISOLATE, OPT_EXPLAIN, OPT_REPORT,
	OPT_FSYNC, OPT_RETRY_FAILED, OPT_FOLLOW_SYMLINKS, OPT_INCLUDE, OPT_EXCLUDE, OPT_NAME,
	OPT_OCR, OPT_OCR_LANG, OPT_OCR_MAX_PAGES
};

/* The options once parsed: what contradicts itself, or asks the
 * impossible of stdin. 0, or 2 after a usage error. */
static int check_convert(const pm_cli *cli)
{
	size_t i, dashes = 0;
	for (i = 0; i < cli->npaths; i++)
		dashes += !strcmp(cli->paths[i], "-");
	if (!cli->npaths && !cli->files_from)
		return cli_usage_error(NULL, "convert needs at least one PATH (or --files-from)");
	if (cli->pretty && cli->ndjson)
		return cli_usage_error(NULL, "--pretty and --ndjson exclude each other");
	if (dashes > 1)
		return cli_usage_error(NULL, "'-' given %zu times: stdin holds one document", dashes);
	if (dashes && cli->files_from && !strcmp(cli->files_from, "-"))
		return cli_usage_error(NULL, "stdin cannot be both the --files-from list and a document ('-')");
	if (cli->stdin_name && !dashes)
		return cli_usage_error(NULL, "--name names the document on stdin: give '-' as a PATH");
	if ((cli->ninclude || cli->nexclude) && !cli->recursive)
		return cli_usage_error(NULL, "--%s selects files in the folders -r walks: add -r",
		                       cli->ninclude ? "include" : "exclude");
	return 0;
}

/* --ocr-lang: codes of two or three letters joined by '+' ("fr+en",
 * "ara"); the plugin maps them onto its models. */
int cli_ocr_mode(const char *s)
{
	if (!strcmp(s, "auto"))
		return PM_OCR_AUTO;
	if (!strcmp(s, "always"))
		return PM_OCR_ALWAYS;
	if (!strcmp(s, "never"))
		return PM_OCR_NEVER;
	return -1;
}

int cli_valid_ocr_langs(const char *s)
{
	size_t n = 0;
	for (; *s; s++) {
		if (*s == '+') {
			if (n < 2 || n > 3)
				return 0;
			n = 0;
		} else if (*s >= 'a' && *s <= 'z') {
			n++;
		} else {
			return 0;
		}
	}
	return n >= 2 && n <= 3;
}

static int cmd_convert(int argc, char **argv)
{
	static const struct option lo[] = {
		{"pretty", no_argument, NULL, OPT_PRETTY},
		{"ndjson", no_argument, NULL, OPT_NDJSON},
		{"output", required_argument, NULL, 'o'},
		{"recursive", no_argument, NULL, 'r'},
		{"include", required_argument, NULL, OPT_INCLUDE},
		{"exclude", required_argument, NULL, OPT_EXCLUDE},
		{"name", required_argument, NULL, OPT_NAME},
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
		{"ocr", required_argument, NULL, OPT_OCR},
		{"ocr-lang", required_argument, NULL, OPT_OCR_LANG},
		{"ocr-max-pages", required_argument, NULL, OPT_OCR_MAX_PAGES},
		{"no-isolate", no_argument, NULL, OPT_NOISOLATE},
		{"isolate", no_argument, NULL, OPT_ISOLATE},
		{"explain", no_argument, NULL, OPT_EXPLAIN},
		{"report", required_argument, NULL, OPT_REPORT},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	pm_cli cli;
	double v;
	int c, rc = 0;
	memset(&cli, 0, sizeof cli);
	/* Started with stdin closed (`<&-`): the first file or socket opened
	 * would become descriptor 0 and be read as the document on stdin.
	 * /dev/null holds the place; `-` then says stdin is closed. */
	if (fcntl(0, F_GETFD) < 0 && errno == EBADF) {
		int fd = open("/dev/null", O_RDONLY | O_CLOEXEC); /* the lowest free: 0 */
		cli.stdin_closed = 1;
		if (fd > 0)
			close(fd);
	}
	pm_options_init(&cli.opt);
	cli.jobs = 0;
	cli.isolate = -1;
	cli.include = calloc((size_t)argc, sizeof *cli.include);
	cli.exclude = calloc((size_t)argc, sizeof *cli.exclude);
	if (!cli.include || !cli.exclude) {
		fprintf(stderr, "pressmill: out of memory\n");
		free(cli.include);
		free(cli.exclude);
		return 1;
	}
	/* getopt's own messages then read "pressmill: unrecognized option" */
	argv[0] = (char *)"pressmill";
	optind = 1;
	while (!rc && (c = getopt_long(argc, argv, "o:rj:qvh", lo, NULL)) != -1) {
		switch (c) {
		case OPT_PRETTY: cli.pretty = 1; break;
		case OPT_NDJSON: cli.ndjson = 1; break;
		/* "-o -" is stdout, as pandoc's and sort's */
		case 'o': cli.outdir = strcmp(optarg, "-") ? optarg : NULL; break;
		case 'r': cli.recursive = 1; break;
		case OPT_INCLUDE: rc = add_glob(cli.include, &cli.ninclude, "--include", optarg); break;
		case OPT_EXCLUDE: rc = add_glob(cli.exclude, &cli.nexclude, "--exclude", optarg); break;
		case OPT_NAME:
			if (!*optarg)
				rc = cli_usage_error(NULL, "--name needs a name (it is the record's source.path)");
			cli.stdin_name = optarg;
			break;
		case OPT_FILES_FROM: cli.files_from = optarg; break;
		case 'j':
			/* more workers than this is a typo, not a machine */
			rc = parse_num(optarg, "job count", 1, &v);
			if (!rc && v > 4096)
				rc = cli_usage_error(NULL, "invalid job count: %s (at most 4096)", pm_quote(optarg));
			cli.jobs = (int)v;
			break;
		case OPT_ORDERED: cli.ordered = 1; break;
		case OPT_RESUME: cli.resume = 1; break;
		case OPT_FSYNC: cli.fsync = 1; break;
		case OPT_RETRY_FAILED: cli.retry_failed = 1; break;
		case OPT_FOLLOW_SYMLINKS: cli.follow_symlinks = 1; break;
		case OPT_TIMEOUT:
			rc = parse_num(optarg, "timeout", 0.001, &v);
			cli.opt.limits.timeout = v;
			break;
		case OPT_MAXMEM:
			rc = parse_num(optarg, "memory limit", 0, &v);
			if (!rc && v < PM_MIN_MEMORY_MB)
				rc = cli_usage_error(NULL, "--max-memory %s is too small: a worker needs at least "
				                           "%d MB (its libraries take about 70 MB before it reads "
				                           "a document)", pm_quote(optarg), PM_MIN_MEMORY_MB);
			cli.opt.limits.max_memory = (uint64_t)(v * 1048576.0);
			break;
		case OPT_MAXFILE:
			rc = parse_num(optarg, "file size", 0.000001, &v);
			cli.opt.limits.max_file_bytes = (uint64_t)(v * 1048576.0);
			break;
		case OPT_MAXPAGES:
			rc = parse_num(optarg, "page count", 1, &v);
			cli.opt.limits.max_pages = (unsigned)v;
			break;
		case OPT_OCR:
			if ((cli.opt.ocr.mode = cli_ocr_mode(optarg)) < 0)
				rc = cli_usage_error(NULL, "invalid --ocr %s: auto, always or never", pm_quote(optarg));
			break;
		case OPT_OCR_LANG:
			if (cli_valid_ocr_langs(optarg))
				cli.opt.ocr.languages = optarg;
			else
				rc = cli_usage_error(NULL, "invalid --ocr-lang %s: language codes joined by +, e.g. fr+en",
				                     pm_quote(optarg));
			break;
		case OPT_OCR_MAX_PAGES:
			rc = parse_num(optarg, "OCR page count", 0, &v);
			cli.opt.ocr.max_pages = (unsigned)v;
			break;
		case OPT_NOISOLATE: cli.isolate = 0; break;
		case OPT_ISOLATE: cli.isolate = 1; break;
		case OPT_EXPLAIN: cli.opt.explain = 1; break;
		case OPT_REPORT: cli.report = optarg; break;
		case 'q': cli.quiet = 1; break;
		case 'v': cli.verbose = 1; break;
		case 'h': usage(stdout); rc = -1; break;
		default: rc = cli_try_help(NULL); break; /* getopt said what */
		}
	}
	if (!rc) {
		cli.paths = argv + optind;
		cli.npaths = (size_t)(argc - optind);
		rc = check_convert(&cli);
	}
	if (!rc) {
		cli.opt.log = log_stderr;
		cli.opt.log_user = &cli;
		rc = pm_cli_run(&cli);
	}
	free_globs(cli.include, cli.ninclude);
	free_globs(cli.exclude, cli.nexclude);
	return rc < 0 ? 0 : rc;
}

int main(int argc, char **argv)
{
	/* --no-isolate converts in this process, one file at a time: OCR
	 * (Tesseract's OpenMP loops) reads with one thread there too, as in
	 * a worker (core/isolate/worker.c), so that -j stays the one knob.
	 * Set before any plugin loads libgomp, which reads it once. */
	setenv("OMP_THREAD_LIMIT", "1", 1);
	if (argc < 2)
		return cli_usage_error(NULL, "missing command: convert, serve, completion, plugins or schema");
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
		int rc = no_arguments("schema", argc - 1, argv + 1);
		if (rc >= 0)
			return rc;
		fputs(pm_record_schema(), stdout);
		return 0;
	}
	if (!strcmp(argv[1], "convert")) {
		/* records go out one per write: each is flushed as it comes
		 * (cli_emit_line), and through stdio's 4 KB buffer a record of
		 * 20 KB took three or four write() calls. A terminal keeps its
		 * line buffering. */
		static char outbuf[1 << 16];
		if (!isatty(STDOUT_FILENO))
			setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
		return cmd_convert(argc - 1, argv + 1);
	}
	if (!strcmp(argv[1], "serve"))
		return pm_cli_serve(argc - 1, argv + 1);
	if (!strcmp(argv[1], "completion"))
		return pm_cli_completion(argc - 1, argv + 1);
	if (argv[1][0] == '-')
		return cli_usage_error(NULL, "unrecognized option %s: options go after the command "
		                             "(pressmill convert [options] PATH...)", pm_quote(argv[1]));
	return cli_usage_error(NULL, "unknown command %s", pm_quote(argv[1]));
}
