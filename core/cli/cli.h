/* This floor may use: public (pressmill.h, as any client of the library)
 * It is used by: nothing (it is the pressmill program)
 *
 * cli.h - what the command line asked for, shared by the CLI's modules
 * (argument parsing in main.c, the batch runner in run.c).
 */
#ifndef PM_CLI_H
#define PM_CLI_H

#include <pressmill/pressmill.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

typedef struct pm_cli {
	pm_options opt;
	int pretty, ndjson, recursive, ordered, resume, quiet, verbose, fsync;
	int retry_failed;     /* --resume converts crashed/timeout/resource_limit again */
	int follow_symlinks;  /* convert links out of the folder given too */
	int isolate;          /* -1: default (on) */
	int jobs;             /* 0: number of cores */
	const char *outdir;
	const char *files_from;
	const char *report;
	char **paths;
	size_t npaths;
} pm_cli;

int pm_cli_run(pm_cli *cli);

/* `pressmill serve ARGS` (serve.c): the HTTP service; argv[0] is "serve". */
int pm_cli_serve(int argc, char **argv);

/* ---- the folder walk (walk.c) ---------------------------------------- */

typedef struct pm_walk_opts {
	int have_skip;          /* skip the folder skip_dev/skip_ino (the output) */
	int follow_symlinks;    /* links out of the folder given are files too */
	dev_t skip_dev;
	ino_t skip_ino;
	/* a folder or entry that could not be read (err: an errno value) */
	void (*error)(void *user, const char *path, const char *why, int err);
	/* an entry left out on purpose (symlinked folder, special file...) */
	void (*skipped)(void *user, const char *path, const char *why);
	/* a symlink whose target lies out of the folder given, left out */
	void (*outside)(void *user, const char *path);
} pm_walk_opts;

/* A regular file the walk found. */
typedef struct pm_walk_entry {
	const char *path;       /* root "/" rel */
	const char *rel;        /* relative to the root */
	size_t rel_off;         /* where rel starts in path */
	const struct stat *st;  /* the file's (a link's target's) */
	int is_link;            /* a symlink (to a file inside the root) */
	const char *root_real;  /* the root, resolved */
} pm_walk_entry;

/* Called for each regular file. Non-zero stops the walk. */
typedef int (*pm_walk_fn)(void *user, const pm_walk_entry *e);

/* Walk root in sorted order; 0 done, 1 stopped by fn, -1 root unreadable. */
int pm_walk(const char *root, const pm_walk_opts *o, pm_walk_fn fn, void *user);

/* ---- opening inputs (walk.c) ----------------------------------------- */

/* open() that also opens a path longer than PATH_MAX, relative to each
 * parent folder's descriptor in turn. */
int pm_open_long(const char *path, int flags);
/* stat() that also reaches a path longer than PATH_MAX. */
int pm_stat_long(const char *path, struct stat *st);
/* Open an input for reading. rel_off > 0: a walked file, path[rel_off..]
 * relative to the folder given, reached without following a symlink
 * below it (and the file itself followed only when follow_last). */
int pm_open_below(const char *path, size_t rel_off, int follow_last);
/* The resolved path of what fd is open on (path: fallback without /proc),
 * malloc()ed, NULL when unknown. */
char *pm_fd_real_path(int fd, const char *path);
/* Whether what fd is open on lies inside root_real (a resolved folder). */
bool pm_fd_inside(int fd, const char *root_real, const char *path);

/* ---- names on a terminal (quote.c) ----------------------------------- */

/* name quoted as coreutils' shell-escape style does (printed as is when it
 * needs no quoting); valid until four more calls. */
const char *pm_quote(const char *name);
/* msg with the bytes a terminal would act on escaped; malloc()ed. */
char *pm_sanitize_message(const char *msg);

#endif
