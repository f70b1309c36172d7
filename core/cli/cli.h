/* This floor may use: public (pressmill.h, as any client of the library)
 * It is used by: nothing (it is the pressmill program)
 *
 * cli.h - what the command line asked for, shared by the CLI's modules:
 * argument parsing (main.c), the batch runner's scheduling (run.c), where
 * its records go (output.c), what it tells the user (progress.c), the
 * folder walk (walk.c) and its --include/--exclude globs (glob.c), the
 * document on stdin (stdin.c), names on a terminal (quote.c), usage
 * errors (usage.c), the HTTP service (serve.c), the completion scripts
 * (completion.c).
 */
#ifndef PM_CLI_H
#define PM_CLI_H

#include <pressmill/pressmill.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

/* A --include or --exclude glob, compiled (glob.c). */
typedef struct pm_glob {
	const char *text;  /* as given */
	char *buf;         /* the glob's names, each NUL-terminated */
	char **seg;
	size_t nseg;
	bool anchored;     /* it has a '/': matched against the path below the folder */
	bool dir_only;     /* it ends with '/': folders only */
} pm_glob;

/* 0, or -1 when the glob matches nothing (empty, "/", a name too long). */
int pm_glob_compile(pm_glob *g, const char *pattern);
void pm_glob_free(pm_glob *g);
/* Whether the file or folder rel (its path below the folder walked)
 * matches. */
bool pm_glob_match(const pm_glob *g, const char *rel, bool is_dir);

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
	const char *stdin_name;  /* "-": source.path of the document on stdin */
	int stdin_closed;        /* the program started with no descriptor 0 */
	pm_glob *include, *exclude;  /* --include, --exclude */
	size_t ninclude, nexclude;
	char **paths;
	size_t npaths;
} pm_cli;

/* What `-` on the command line is called in its record when --name does
 * not name it. */
#define PM_STDIN_NAME "-"

int pm_cli_run(pm_cli *cli);

/* `pressmill serve ARGS` (serve.c): the HTTP service; argv[0] is "serve". */
int pm_cli_serve(int argc, char **argv);

/* `pressmill completion bash|zsh` (completion.c); argv[0] is "completion". */
int pm_cli_completion(int argc, char **argv);

/* usage.c: a usage error of `pressmill [cmd]` (cmd NULL: of convert or of
 * no command): "pressmill [cmd]: <message>", then cli_try_help(). 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* --ocr's MODE (auto, always, never) as PM_OCR_*, -1 when it is none of
 * them; whether --ocr-lang's LANGS are codes joined by '+' ("fr+en").
 * pressmill serve checks its query's ocr= and ocr_lang= with the same. */
int cli_ocr_mode(const char *s);
int cli_valid_ocr_langs(const char *s);
/* "Try 'pressmill [cmd] --help'." on stderr (after getopt's own message). 2. */
int cli_try_help(const char *cmd);

/* ---- the batch runner (run.c, output.c, progress.c) ------------------ */

enum { OUT_SINGLE, OUT_NDJSON, OUT_DIR };

/* Error lines shown for one kind of write error; the rest are counted. */
#define SHOWN_PER_ERROR 3

/* An input found, until it is handed to a worker. */
typedef struct input {
	char *path;        /* as openable, with rel_off */
	size_t rel_off;    /* > 0: found by the walk, path + rel_off below its folder */
	bool is_link;      /* a walked symlink (to a file inside the folder) */
	bool from_stdin;   /* `-`: the document on stdin */
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
	unsigned long retried, links_outside, clashes, excluded;
	/* the first failed record's reason, told on stderr when it was the
	 * only input (a batch has its summary) */
	char *first_failure;
	bool folder_hinted;  /* a folder given without -r was told so */
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
	/* --include / --exclude: a file is walked when no exclude glob
	 * matches it or a folder above it, and, when there are include
	 * globs, one matches it or a folder above it */
	const pm_glob *include, *exclude;
	size_t ninclude, nexclude;
	/* a file or folder the globs leave out */
	void (*excluded)(void *user, const char *path, bool is_dir);
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

/* ---- the document on stdin (stdin.c) ---------------------------------- */

/* Read stdin to its end, at most max bytes (0: no limit), calling tick
 * between reads and while none is ready (false from it: give up). 0 with
 * the bytes in *data (malloc()ed, *len of them); a pm_status (too_large,
 * io_error, resource_limit) with why; -1 when tick gave up. */
int cli_read_stdin(runner *r, uint64_t max, bool (*tick)(runner *r), unsigned char **data,
                   size_t *len, char *why, size_t whysz);

/* ---- names on a terminal (quote.c) ----------------------------------- */

/* name quoted as coreutils' shell-escape style does (printed as is when it
 * needs no quoting); valid until four more calls. */
const char *pm_quote(const char *name);
/* msg with the bytes a terminal would act on escaped; malloc()ed. */
char *pm_sanitize_message(const char *msg);

#endif
