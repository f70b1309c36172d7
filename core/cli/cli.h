/* This floor may use: public (pressmill.h, as any client of the library)
 * It is used by: nothing (it is the pressmill program)
 *
 * cli.h - what the command line asked for, shared by the CLI's modules:
 * argument parsing (main.c), the batch runner's scheduling (run.c), where
 * its records go (output.c), what it tells the user (progress.c), the
 * folder walk (walk.c), names on a terminal (quote.c), the HTTP service
 * (serve.c).
 */
#ifndef PM_CLI_H
#define PM_CLI_H

#include <pressmill/pressmill.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

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

/* ---- the batch runner (run.c, output.c, progress.c) ------------------ */

enum { OUT_SINGLE, OUT_NDJSON, OUT_DIR };

/* Error lines shown for one kind of write error; the rest are counted. */
#define SHOWN_PER_ERROR 3

/* An input found, until it is handed to a worker. */
typedef struct input {
	char *path;        /* as openable, with rel_off */
	size_t rel_off;    /* > 0: found by the walk, path + rel_off below its folder */
	bool is_link;      /* a walked symlink (to a file inside the folder) */
	char *root_real;   /* walked links: the folder the target must stay in */
	char *display;     /* source.path */
	char *out;         /* OUT_DIR: the record, relative to OUT */
	off_t size;        /* as found: the largest goes first */
} input;

typedef struct slot {
	bool used;
	uint64_t seq;
	char *display;
	char *out;         /* OUT_DIR: the record's file */
	struct timespec stamp;  /* the input's mtime when opened: the record's */
	bool stamped;
} slot;

typedef struct pending {
	bool have;
	char *text;
} pending;

/* The records of this run, by output path: 64-bit digest of the path and
 * of the input's identity, open addressing. */
typedef struct name_set {
	uint64_t *key, *ident;
	size_t cap, n;
} name_set;

typedef struct err_count {
	int err;
	unsigned long n;
} err_count;

typedef struct runner {
	pm_cli *cli;
	pm_context *ctx;
	pm_pool *pool;
	int mode;
	unsigned jobs;
	slot *slots;
	/* --ordered: records waiting for an earlier one, by seq % wsize */
	pending *win;
	size_t wsize;
	uint64_t seq_next, seq_out;
	/* the output folder, opened once; writes go through openat() with
	 * O_NOFOLLOW so that a symlink inside it cannot send a record
	 * elsewhere */
	int outfd;
	dev_t out_dev;
	ino_t out_ino;
	char *cache_dir;  /* the last folder written to, and its descriptor */
	int cache_fd;
	const char *write_why;  /* a write error's reason, when strerror is not enough */
	name_set names;
	err_count errs[16];
	/* the folder being walked, for the output path */
	const char *root;
	bool multi_roots;
	bool counting;    /* walking only to count (progress total, not done) */
	bool stopped;
	bool fatal;       /* stopped by an error, not a signal: exit 1 */
	/* counts */
	unsigned long inputs, converted, ok, partial, failed, by_code[PM_STATUS_COUNT];
	unsigned long up_to_date, not_done, walk_errors, write_errors, ignored, restarts;
	unsigned long retried, links_outside, clashes;
	long total;       /* -1: unknown */
	double t0, last_draw;
	bool progress, drawn, same_tty;
	/* inputs found but not yet handed to a worker (see submit_largest) */
	input *stage;
	size_t nstage, stage_cap;
} runner;

/* output.c: where records go, under OUT (names, atomic writes, --resume)
 * or on stdout */
/* The record's path under OUT for an input path (malloc()ed), NULL when
 * it has none. */
char *cli_out_rel(const char *in);
/* Whether this run may write out for the input of identity ident: false
 * when another input already took it. */
bool cli_claim_name(runner *r, const char *out, uint64_t ident);
/* What identifies an input (device, inode; its path without them). */
uint64_t cli_identity(const struct stat *st, const char *path);
/* Write a record under OUT through a temporary file renamed into place,
 * its modification time stamp; 0, or -1 with errno. */
int cli_write_atomic(runner *r, const char *rel, const char *text, size_t len, const struct timespec *stamp);
/* One record on stdout, flushed. */
void cli_emit_line(runner *r, const char *text, size_t len);
/* --ordered: write the records that no earlier one holds back. */
void cli_flush_window(runner *r);
/* Whether the output folder itself is gone (removed during the run). */
bool cli_out_gone(runner *r);
/* --resume: whether the record rel stands for the input as it is now;
 * *retry when it is a failure --retry-failed converts again. */
bool cli_up_to_date(runner *r, const char *rel, const struct stat *in, bool *retry);
/* mkdir -p. */
int cli_mkdir_p(const char *dir);
/* Whether OUT takes a file, before anything is converted. */
int cli_probe_out(runner *r);

/* progress.c: what the runner tells the user on stderr, and --report */
/* Seconds on the monotonic clock. */
double cli_now(void);
/* Wipe the progress line, if drawn. */
void cli_clear_progress(runner *r);
/* A line on stderr ("pressmill: ..."). Names in it go through pm_quote(). */
void cli_note(runner *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Redraw the progress line, at most four times a second unless forced. */
void cli_draw_progress(runner *r, bool force);
/* The summary on stderr. */
void cli_print_summary(runner *r, double secs);
/* The summary as JSON into file (--report); 0, or -1 with errno. */
int cli_write_report(runner *r, const char *file, double secs);

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
