/*
 * cli.h - what the command line asked for, shared by the CLI's modules
 * (argument parsing in main.c, the batch runner in run.c).
 */
#ifndef PM_CLI_H
#define PM_CLI_H

#include <pressmill/pressmill.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct pm_cli {
	pm_options opt;
	int pretty, ndjson, recursive, ordered, resume, quiet, verbose, fsync;
	int isolate;          /* -1: default (on) */
	int jobs;             /* 0: number of cores */
	const char *outdir;
	const char *files_from;
	const char *report;
	char **paths;
	size_t npaths;
} pm_cli;

int pm_cli_run(pm_cli *cli);

/* ---- the folder walk (walk.c) ---------------------------------------- */

typedef struct pm_walk_opts {
	int have_skip;          /* skip the folder skip_dev/skip_ino (the output) */
	dev_t skip_dev;
	ino_t skip_ino;
	/* a folder or entry that could not be read (err: an errno value) */
	void (*error)(void *user, const char *path, const char *why, int err);
	/* an entry left out on purpose (symlinked folder, special file...) */
	void (*skipped)(void *user, const char *path, const char *why);
} pm_walk_opts;

/* Called for each regular file: path as openable, rel relative to the
 * root. Non-zero stops the walk. */
typedef int (*pm_walk_fn)(void *user, const char *path, const char *rel);

/* Walk root in sorted order; 0 done, 1 stopped by fn, -1 root unreadable. */
int pm_walk(const char *root, const pm_walk_opts *o, pm_walk_fn fn, void *user);

#endif
