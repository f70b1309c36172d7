/*
 * run.c - the batch runner behind 'pressmill convert': streams the inputs
 * (command line, folder walk, --files-from) into a pool of worker
 * processes (pool.c) and writes each record as it comes back, to stdout as
 * NDJSON or atomically into the output folder, so that every input gives
 * exactly one record and memory does not grow with the number of inputs
 * (beyond 16 bytes an input with -o, to see two inputs mapping to one
 * record). Also --resume, the progress line, the summary, --report, and
 * stops (Ctrl-C, SIGTERM, SIGHUP, an output folder that cannot be written).
 *
 * Inputs are fed as they are found: the walk calls feed(), which blocks
 * (collecting finished records) while every worker is busy, so nothing
 * holds the list of inputs. --ordered keeps a bounded window of records
 * waiting for an earlier one; the walk stalls when the window is full.
 * The runner opens each input itself (relative to the folders the walk
 * went through, so that a path longer than PATH_MAX works and no symlink
 * put in since is followed) and hands the worker the open descriptor; it
 * never maps an input, so a file that shrinks meanwhile cannot kill it.
 */
#define _GNU_SOURCE
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { OUT_SINGLE, OUT_NDJSON, OUT_DIR };

/* How long a wait for workers lasts before the runner looks at Ctrl-C and
 * redraws the progress line. */
#define TICK_MS 200
/* Descriptors the runner keeps for itself beyond what is open at start:
 * the output folder and the folder cached for writing, a record being
 * written, the --files-from list, and one per level of the folder walk. */
#define FD_RESERVE 32
/* Descriptors a busy worker costs the runner: its socket, and the input
 * kept to identify the document if the worker dies. */
#define FD_PER_WORKER 2
/* How long the runner waits for the system to allow a worker process when
 * none is running (then the run stops: the rest is not done). */
#define SPAWN_PATIENCE_MS 5000
/* Error lines shown for one kind of write error; the rest are counted. */
#define SHOWN_PER_ERROR 3
/* The longest record name: a file name of NAME_MAX bytes, ".json" added,
 * is shortened to a prefix, "~", 16 hex digits of its digest, ".json". */
#define SHORT_PREFIX (NAME_MAX - 5 - 17)

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

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

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void clear_progress(runner *r)
{
	if (r->drawn) {
		fputs("\r\033[K", stderr);
		r->drawn = false;
	}
}

/* A line on stderr. Names in it go through pm_quote(). */
static void note(runner *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(runner *r, const char *fmt, ...)
{
	va_list ap;
	clear_progress(r);
	fputs("pressmill: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void draw_progress(runner *r, bool force)
{
	double t = now(), el = t - r->t0, rate;
	unsigned long done = r->converted + r->up_to_date;
	if (!r->progress || (!force && t - r->last_draw < 0.25))
		return;
	r->last_draw = t;
	rate = el > 0 ? (double)r->converted / el : 0;
	fputs("\r\033[K", stderr);
	if (r->total >= 0)
		fprintf(stderr, "%lu/%ld", done, r->total);
	else
		fprintf(stderr, "%lu", done);
	fprintf(stderr, "  %.1f docs/s  %lu failed", rate, r->failed);
	if (r->total >= 0 && rate > 0 && (unsigned long)r->total > done) {
		double left = (double)((unsigned long)r->total - done) / rate;
		fprintf(stderr, "  %d:%02d left", (int)(left / 60), (int)left % 60);
	}
	r->drawn = true;
}

static void input_free(input *in)
{
	free(in->path);
	free(in->root_real);
	free(in->display);
	free(in->out);
	memset(in, 0, sizeof *in);
}

/* ---- output names ---------------------------------------------------- */

static uint64_t fnv1a(const void *p, size_t n, uint64_t h)
{
	const unsigned char *b = p;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= b[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* The record's file for an input: <input path>.json relative to OUT, with
 * "." and empty components and a leading "/" taken out, so that nothing
 * lands outside OUT, and ".." written %2E%2E (a visible name: "in" and
 * "../in" keep two records). A last component too long for ".json" keeps
 * a prefix and a digest of the whole ("~0123456789abcdef.json"). NULL when
 * nothing is left. malloc()ed. */
static char *out_rel(const char *in)
{
	size_t cap = strlen(in) * 3 + 16, k = 0;
	char *dst = malloc(cap);
	const char *p = in;
	if (!dst)
		return NULL;
	while (*p) {
		const char *e = strchr(p, '/');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		bool last = !e || !e[strspn(e, "/")];
		if (!(l == 0 || (l == 1 && p[0] == '.'))) {
			if (k)
				dst[k++] = '/';
			if (l == 2 && p[0] == '.' && p[1] == '.') {
				memcpy(dst + k, "%2E%2E", 6);
				k += 6;
			} else if (last && l + 5 > NAME_MAX) {
				char hex[65];
				size_t cut = SHORT_PREFIX;
				/* cut at a character boundary, not inside UTF-8 */
				while (cut > 0 && ((unsigned char)p[cut] & 0xc0) == 0x80)
					cut--;
				memcpy(dst + k, p, cut);
				k += cut;
				snprintf(hex, sizeof hex, "%016llx",
				         (unsigned long long)fnv1a(p, l, 0xcbf29ce484222325ULL));
				dst[k++] = '~';
				memcpy(dst + k, hex, 16);
				k += 16;
			} else {
				memcpy(dst + k, p, l);
				k += l;
			}
		}
		p += l;
		while (*p == '/')
			p++;
	}
	if (!k) {
		free(dst);
		return NULL;
	}
	memcpy(dst + k, ".json", 6);
	return dst;
}

/* Record out_rel for the input whose identity is ident; false when an
 * earlier input of this run, a different file, already has that record
 * (the same file named twice is not a clash). */
static bool claim_name(runner *r, const char *out, uint64_t ident)
{
	name_set *s = &r->names;
	uint64_t key = fnv1a(out, strlen(out), 0xcbf29ce484222325ULL) | 1;
	size_t i;
	if (s->n * 2 >= s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 1024, j;
		uint64_t *nk = calloc(nc, sizeof *nk), *ni = calloc(nc, sizeof *ni);
		if (!nk || !ni) {
			free(nk);
			free(ni);
			return true; /* no room to check: convert as before */
		}
		for (j = 0; j < s->cap; j++) {
			size_t h;
			if (!s->key[j])
				continue;
			for (h = s->key[j] & (nc - 1); nk[h]; h = (h + 1) & (nc - 1))
				;
			nk[h] = s->key[j];
			ni[h] = s->ident[j];
		}
		free(s->key);
		free(s->ident);
		s->key = nk;
		s->ident = ni;
		s->cap = nc;
	}
	for (i = key & (s->cap - 1); s->key[i]; i = (i + 1) & (s->cap - 1))
		if (s->key[i] == key)
			return s->ident[i] == ident;
	s->key[i] = key;
	s->ident[i] = ident;
	s->n++;
	return true;
}

static uint64_t identity(const struct stat *st, const char *path)
{
	if (st) {
		uint64_t v[2] = {(uint64_t)st->st_dev, (uint64_t)st->st_ino};
		return fnv1a(v, sizeof v, 0xcbf29ce484222325ULL);
	}
	return fnv1a(path, strlen(path), 0x84222325cbf29ce4ULL);
}

/* ---- output ---------------------------------------------------------- */

/* The descriptor of OUT/dir, created as needed, each level opened with
 * O_NOFOLLOW. Cached: records of one folder come one after the other. */
static int out_dir_fd(runner *r, const char *dir)
{
	char *buf, *p, *save = NULL;
	int fd;
	if (!*dir)
		return r->outfd;
	if (r->cache_dir && !strcmp(r->cache_dir, dir))
		return r->cache_fd;
	if (r->cache_dir) {
		free(r->cache_dir);
		close(r->cache_fd);
		r->cache_dir = NULL;
	}
	buf = strdup(dir);
	if (!buf)
		return -1;
	fd = dup(r->outfd);
	for (p = strtok_r(buf, "/", &save); p && fd >= 0; p = strtok_r(NULL, "/", &save)) {
		int nfd;
		if (mkdirat(fd, p, 0777) < 0 && errno != EEXIST) {
			int e = errno;
			close(fd);
			free(buf);
			errno = e;
			return -1;
		}
		nfd = openat(fd, p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (nfd < 0 && errno == ENOTDIR)
			/* a record named like this folder: an input "x" beside a
			 * folder "x.json" */
			r->write_why = "a record of the same name is in the way of a folder of "
			               "records (an input x beside a folder x.json)";
		close(fd);
		fd = nfd;
	}
	free(buf);
	if (fd < 0)
		return -1;
	r->cache_dir = strdup(dir);
	if (!r->cache_dir) {
		close(fd);
		return -1;
	}
	r->cache_fd = fd;
	return fd;
}

/* Write OUT/rel atomically: a temporary file beside it (a short name, so
 * that any record name that fits fits), then rename(), so that an
 * interrupted run leaves either the old record or the new one. The record
 * gets its input's modification time (stamp): --resume compares the two. */
static int write_atomic(runner *r, const char *rel, const char *text, size_t len,
                        const struct timespec *stamp)
{
	char tmp[64], *dir;
	const char *slash = strrchr(rel, '/'), *name = slash ? slash + 1 : rel;
	int dfd, fd = -1, i, ok;
	size_t off = 0;
	dir = strndup(rel, (size_t)(name - rel ? name - rel - 1 : 0));
	if (!dir)
		return -1;
	dfd = out_dir_fd(r, dir);
	free(dir);
	if (dfd < 0)
		return -1;
	for (i = 0; i < 100 && fd < 0; i++) {
		snprintf(tmp, sizeof tmp, ".pressmill-%06x.tmp",
		         (unsigned)(((unsigned long)getpid() * 2654435761u + (unsigned long)rand()) & 0xffffff));
		fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
		if (fd < 0 && errno != EEXIST)
			return -1;
	}
	if (fd < 0)
		return -1;
	ok = 1;
	while (ok && off < len + 1) {
		ssize_t w = off < len ? write(fd, text + off, len - off) : write(fd, "\n", 1);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			ok = 0;
		else
			off += (size_t)w;
	}
	if (ok && stamp) {
		struct timespec ts[2];
		ts[0].tv_sec = 0;
		ts[0].tv_nsec = UTIME_NOW;
		ts[1] = *stamp;
		futimens(fd, ts);
	}
	/* rename() makes the record appear whole to every reader, which is
	 * what an interrupted or killed run needs. Only a power cut can still
	 * leave an empty file behind (delayed allocation), and --resume takes
	 * an empty record for a missing one; --fsync closes even that gap, at
	 * a few milliseconds per record. */
	if (!ok || (r->cli->fsync && fsync(fd) != 0) || close(fd) != 0) {
		int e = errno;
		if (ok == 0)
			close(fd);
		unlinkat(dfd, tmp, 0);
		errno = e;
		return -1;
	}
	if (renameat(dfd, tmp, dfd, name) != 0) {
		int e = errno;
		unlinkat(dfd, tmp, 0);
		if (e == EISDIR || e == ENOTEMPTY || e == EEXIST)
			r->write_why = "a folder of records of the same name is in the way (a folder "
			               "x.json beside an input x)";
		errno = e;
		return -1;
	}
	return 0;
}

static void emit_line(runner *r, const char *text, size_t len)
{
	/* the progress line is wiped only when the records go to the same
	 * terminal: with stdout in a file or a pipe it stays in view */
	if (r->same_tty)
		clear_progress(r);
	fwrite(text, 1, len, stdout);
	fputc('\n', stdout);
	/* one record per line as soon as it is there: a consumer (jq, a
	 * Spark pipe) sees it now, not when a buffer fills */
	fflush(stdout);
}

static void flush_window(runner *r)
{
	while (r->seq_out < r->seq_next && r->win[r->seq_out % r->wsize].have) {
		pending *p = &r->win[r->seq_out % r->wsize];
		emit_line(r, p->text, strlen(p->text));
		free(p->text);
		p->text = NULL;
		p->have = false;
		r->seq_out++;
	}
}

static void stop(runner *r);

/* Whether the output folder itself is gone (removed during the run). */
static bool out_gone(runner *r)
{
	struct stat st;
	return fstat(r->outfd, &st) != 0 || st.st_nlink == 0;
}

/* A record could not be written. Errors that concern OUT as a whole (read
 * only, full, removed) stop the run at once: converting more would only
 * throw more records away, and --resume finishes the job. Each kind of
 * error is shown a few times, then counted. */
static void write_failed(runner *r, const char *display, int err)
{
	bool fatal = err == EROFS || err == ENOSPC || err == EDQUOT || err == EIO || out_gone(r);
	const char *why = r->write_why ? r->write_why : strerror(err);
	size_t i;
	unsigned long seen = 0;
	r->write_errors++;
	for (i = 0; i < sizeof r->errs / sizeof r->errs[0]; i++)
		if (r->errs[i].err == err || r->errs[i].n == 0) {
			r->errs[i].err = err;
			seen = ++r->errs[i].n;
			break;
		}
	if (seen <= SHOWN_PER_ERROR || r->write_why)
		note(r, "cannot write the record of %s: %s", pm_quote(display), why);
	if (seen == SHOWN_PER_ERROR && !r->write_why && !fatal)
		note(r, "more records that cannot be written (%s) are counted, not shown", why);
	r->write_why = NULL;
	if (fatal && !r->stopped) {
		note(r, "stopping: the output folder %s %s; the rest is not done (run again with "
		        "--resume once it is fixed)",
		     pm_quote(r->cli->outdir), out_gone(r) ? "was removed" : "cannot be written");
		r->fatal = true;
		stop(r);
	}
}

/* A record came back for slot s: count it, write it. Takes text. */
static void deliver(runner *r, slot *s, char *text, size_t len, int status, int error,
                    double secs)
{
	r->converted++;
	if (status == 0)
		r->ok++;
	else if (status == 1)
		r->partial++;
	else {
		r->failed++;
		r->by_code[error > 0 && error < PM_STATUS_COUNT ? error : PM_ERR_CORRUPT]++;
	}
	if (r->cli->verbose)
		note(r, "%s: %s%s%s (%.0f ms)", pm_quote(s->display),
		     status == 0 ? "ok" : status == 1 ? "partial" : "failed", status == 2 ? " " : "",
		     status == 2 ? pm_status_code(error) : "", secs * 1000);
	if (r->mode == OUT_DIR) {
		if (!s->out) {
			r->write_why = "no usable output name";
			write_failed(r, s->display, EINVAL);
		} else if (write_atomic(r, s->out, text, len, s->stamped ? &s->stamp : NULL) < 0) {
			write_failed(r, s->display, errno);
		}
		free(text);
	} else if (r->mode == OUT_SINGLE) {
		json_error_t je;
		json_t *rec = r->cli->pretty ? json_loadb(text, len, 0, &je) : NULL;
		char *p = rec ? pm_record_dumps(rec, 1) : NULL;
		if (r->same_tty)
			clear_progress(r);
		fputs(p ? p : text, stdout);
		fputc('\n', stdout);
		fflush(stdout);
		free(p);
		json_decref(rec);
		free(text);
	} else if (r->cli->ordered) {
		pending *p = &r->win[s->seq % r->wsize];
		p->text = text;
		p->have = true;
		flush_window(r);
	} else {
		emit_line(r, text, len);
		free(text);
	}
	free(s->display);
	free(s->out);
	memset(s, 0, sizeof *s);
	draw_progress(r, false);
}

/* Ctrl-C, SIGTERM, an output that cannot be written: end the running
 * workers, keep what is written, count the rest as not done. */
static void stop(runner *r)
{
	size_t i;
	if (r->stopped)
		return;
	r->stopped = true;
	if (r->pool) {
		r->not_done += pm_pool_running(r->pool);
		r->restarts = pm_pool_restarts(r->pool);
		pm_pool_free(r->pool);
		r->pool = NULL;
	}
	for (i = 0; r->slots && i < r->jobs; i++) {
		free(r->slots[i].display);
		free(r->slots[i].out);
		memset(&r->slots[i], 0, sizeof r->slots[i]);
	}
	if (r->win) {
		/* what came back after a record still missing is not written */
		flush_window(r);
		for (i = 0; i < r->wsize; i++)
			if (r->win[i].have) {
				free(r->win[i].text);
				r->win[i].have = false;
				r->not_done++;
			}
	}
}

/* Collect one finished job (waiting up to a tick); false when none runs. */
static bool pump(runner *r)
{
	pm_pool_result res;
	int w;
	if (got_signal)
		stop(r);
	if (!r->pool)
		return false;
	w = pm_pool_wait(r->pool, TICK_MS, &res);
	if (w < 0)
		return false;
	/* a record that is complete is written, even after Ctrl-C */
	if (w == 1)
		deliver(r, &r->slots[res.tag], res.record, res.len, res.status, res.error, res.seconds);
	else
		draw_progress(r, false);
	if (got_signal) {
		stop(r);
		return false;
	}
	return !r->stopped;
}

/* ---- --resume -------------------------------------------------------- */

static bool same_time(const struct timespec *rec, const struct timespec *in)
{
	/* a file system that keeps seconds only stores the stamp without
	 * its nanoseconds */
	return rec->tv_sec == in->tv_sec && (rec->tv_nsec == in->tv_nsec || rec->tv_nsec == 0);
}

/* The record names the pressmill and the plugin loaded now. */
static bool same_producer(runner *r, const json_t *prod)
{
	const char *name = json_string_value(json_object_get(prod, "name"));
	const char *version = json_string_value(json_object_get(prod, "version"));
	const char *plugin = json_string_value(json_object_get(prod, "plugin"));
	const json_t *list = pm_context_plugins(r->ctx);
	size_t i;
	if (!name || strcmp(name, "pressmill") || !version || strcmp(version, pm_version()))
		return false;
	if (!plugin)
		return true;
	for (i = 0; i < json_array_size(list); i++) {
		const json_t *p = json_array_get(list, i);
		const char *loaded = json_string_value(json_object_get(p, "name"));
		const char *ver = json_string_value(json_object_get(p, "version"));
		const char *want = json_string_value(json_object_get(prod, "plugin_version"));
		if (loaded && !strcmp(loaded, plugin))
			return ver && want && !strcmp(ver, want);
	}
	return false;
}

/* An earlier run's record stands for the input as it is now: the record
 * bears the input's modification time as it was when read (so an input
 * changed during its own conversion is not taken as done), its size is
 * the input's, and it was made by this pressmill with the plugin loaded
 * now. An empty record is not a record. With --retry-failed, a record of a
 * crash, a timeout or a memory limit does not stand either (*retry). */
static bool up_to_date(runner *r, const char *rel, const struct stat *in, bool *retry)
{
	struct stat so;
	json_t *rec, *src, *err;
	json_error_t je;
	const char *code;
	bool ok;
	int fd;
	*retry = false;
	if (strlen(rel) < PATH_MAX) {
		fd = openat(r->outfd, rel, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	} else {
		const char *slash = strrchr(rel, '/');
		char *dir = strndup(rel, (size_t)(slash - rel));
		int dfd = dir ? out_dir_fd(r, dir) : -1;
		free(dir);
		fd = dfd < 0 ? -1 : openat(dfd, slash + 1, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	}
	if (fd < 0)
		return false;
	if (fstat(fd, &so) < 0 || !S_ISREG(so.st_mode) || so.st_size == 0 ||
	    !same_time(&so.st_mtim, &in->st_mtim)) {
		close(fd);
		return false;
	}
	rec = json_loadfd(fd, 0, &je);
	close(fd);
	if (!rec)
		return false;
	src = json_object_get(rec, "source");
	ok = same_producer(r, json_object_get(rec, "producer")) &&
	     (json_is_null(json_object_get(src, "sha256")) ||
	      json_integer_value(json_object_get(src, "bytes")) == (json_int_t)in->st_size);
	err = json_object_get(rec, "error");
	code = json_string_value(json_object_get(err, "code"));
	if (ok && code && r->cli->retry_failed &&
	    (!strcmp(code, "crashed") || !strcmp(code, "timeout") || !strcmp(code, "resource_limit"))) {
		*retry = true;
		ok = false;
	}
	json_decref(rec);
	return ok;
}

/* ---- handing inputs over --------------------------------------------- */

/* Open an input as found. -1 with a message for its record in *why, -2
 * when it is to be left out (a link that now points out of its folder),
 * -3 when the runner is out of descriptors (its shortage, not the
 * input's: no record). */
static int open_input(runner *r, const input *in, struct stat *st, char *why, size_t whysz)
{
	bool follow = in->rel_off == 0 || in->is_link || r->cli->follow_symlinks;
	int fd = pm_open_below(in->path, in->rel_off, follow);
	if (fd < 0) {
		if (errno == EMFILE || errno == ENFILE) {
			snprintf(why, whysz, "%s", strerror(errno));
			return -3;
		}
		if (errno == ELOOP && in->rel_off)
			snprintf(why, whysz, "cannot open: it became a symbolic link after the folder "
			                     "was read");
		else
			snprintf(why, whysz, "cannot open: %s", strerror(errno));
		return -1;
	}
	if (in->is_link && !r->cli->follow_symlinks && !pm_fd_inside(fd, in->root_real, in->path)) {
		close(fd);
		return -2;
	}
	if (fstat(fd, st) < 0) {
		snprintf(why, whysz, "cannot read: %s", strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

/* A record made here, for an input that never reached a worker. */
static void deliver_failure(runner *r, slot *s, const char *why)
{
	json_t *rec = pm_record_failed(r->ctx, s->display, PM_ERR_IO, why);
	char *text = rec ? pm_record_dumps(rec, 0) : NULL;
	json_decref(rec);
	if (!text) {
		note(r, "out of memory converting %s", pm_quote(s->display));
		r->failed++;
		r->by_code[PM_ERR_RESOURCE_LIMIT]++;
		free(s->display);
		free(s->out);
		memset(s, 0, sizeof *s);
		return;
	}
	deliver(r, s, text, strlen(text), 2, PM_ERR_IO, 0);
}

static void link_left_out(runner *r, const char *display)
{
	r->links_outside++;
	if (r->cli->verbose)
		note(r, "%s: skipped: symlink out of the folder given (--follow-symlinks converts it)",
		     pm_quote(display));
}

/* The runner is short of descriptors or processes: wait for a running
 * worker to finish (which frees what it held), or a moment when none
 * runs. false when there is nothing left to wait for: a stop, or nothing
 * freed for SPAWN_PATIENCE_MS. */
static bool wait_for_room(runner *r, int *waited)
{
	if (r->pool && pm_pool_running(r->pool) > 0)
		return pump(r);
	if (*waited >= SPAWN_PATIENCE_MS || got_signal)
		return false;
	usleep(100000);
	*waited += 100;
	return true;
}

/* The shortage outlasted the wait: stop, the rest is not done. */
static void short_of(runner *r, const char *what, const char *why)
{
	if (r->stopped)
		return;
	note(r, "cannot %s: %s; stopping, the rest is not done", what, why);
	r->fatal = true;
	stop(r);
}

/* Hand one input to a worker, collecting records until one is idle. */
static void submit_one(runner *r, const input *in)
{
	slot *s = NULL;
	struct stat st;
	char why[512];
	unsigned i;
	int fd, rc, waited = 0;
	while (r->pool && (pm_pool_idle(r->pool) == 0 ||
	                   (r->win && r->seq_next - r->seq_out >= r->wsize)))
		if (!pump(r))
			break;
	if (r->stopped || !r->pool) {
		r->not_done++;
		return;
	}
	for (i = 0; i < r->jobs && !s; i++)
		if (!r->slots[i].used)
			s = &r->slots[i];
	if (!s) {
		r->not_done++; /* cannot happen: the pool has an idle worker */
		return;
	}
	for (;;) {
		fd = open_input(r, in, &st, why, sizeof why);
		if (fd != -3 || !wait_for_room(r, &waited))
			break;
	}
	if (fd == -3) {
		short_of(r, "open inputs", why);
		r->not_done++;
		return;
	}
	if (fd == -2) {
		link_left_out(r, in->display);
		return;
	}
	waited = 0;
	s->used = true;
	s->seq = r->seq_next++;
	s->display = strdup(in->display);
	s->out = in->out ? strdup(in->out) : NULL;
	if (!s->display) {
		if (fd >= 0)
			close(fd);
		note(r, "out of memory converting %s", pm_quote(in->display));
		r->failed++;
		r->by_code[PM_ERR_RESOURCE_LIMIT]++;
		free(s->out);
		memset(s, 0, sizeof *s);
		return;
	}
	if (fd < 0) {
		deliver_failure(r, s, why);
		return;
	}
	s->stamp = st.st_mtim;
	s->stamped = true;
	for (;;) {
		rc = pm_pool_submit_fd(r->pool, fd, in->display, (uintptr_t)(s - r->slots));
		/* No worker process can start now (descriptors or processes
		 * short): the runner's shortage, never the document's. */
		if (rc == 0 || errno != EAGAIN || !wait_for_room(r, &waited))
			break;
	}
	if (rc != 0)
		snprintf(why, sizeof why, "%s",
		         errno == ENOENT ? "the pressmill-worker program is not installed beside the library"
		                         : strerror(errno));
	close(fd);
	if (rc == 0)
		return;
	short_of(r, "start a worker process", why);
	free(s->display);
	free(s->out);
	memset(s, 0, sizeof *s);
	r->not_done++;
}

/* Submit the largest staged input: size is the best cheap guess of a
 * document's cost, and starting the long ones first keeps a big PDF
 * found late from running alone at the end (longest processing time
 * first, over a bounded window so that memory stays flat). */
static void submit_largest(runner *r)
{
	size_t i, best = 0;
	for (i = 1; i < r->nstage; i++)
		if (r->stage[i].size > r->stage[best].size)
			best = i;
	submit_one(r, &r->stage[best]);
	input_free(&r->stage[best]);
	r->stage[best] = r->stage[--r->nstage];
}

/* Takes the input's strings. */
static void stage(runner *r, input *in)
{
	r->stage[r->nstage++] = *in;
	memset(in, 0, sizeof *in);
	/* full: wait for a worker; a worker idle now: no reason to wait */
	while (r->nstage && !r->stopped &&
	       (r->nstage >= r->stage_cap || (r->pool && pm_pool_idle(r->pool) > 0)))
		submit_largest(r);
}

/* The end of the inputs (or a stop): what is staged goes, or is not done. */
static void flush_stage(runner *r)
{
	while (r->nstage) {
		if (r->stopped || got_signal) {
			r->not_done++;
			input_free(&r->stage[r->nstage - 1]);
			r->nstage--;
		} else {
			submit_largest(r);
		}
	}
}

/* --no-isolate: in this process, one at a time. */
static void convert_here(runner *r, const input *in)
{
	slot one;
	struct stat st;
	char why[512];
	json_t *rec;
	char *text;
	int fd = open_input(r, in, &st, why, sizeof why);
	if (fd == -3) {
		short_of(r, "open inputs", why);
		r->not_done++;
		return;
	}
	if (fd == -2) {
		link_left_out(r, in->display);
		return;
	}
	memset(&one, 0, sizeof one);
	one.display = strdup(in->display);
	one.out = in->out ? strdup(in->out) : NULL;
	if (fd < 0) {
		if (one.display) {
			deliver_failure(r, &one, why);
			return;
		}
		rec = NULL;
	} else {
		rec = pm_convert_fd(r->ctx, fd, in->display);
		one.stamp = st.st_mtim;
		one.stamped = true;
		close(fd);
	}
	text = rec ? pm_record_dumps(rec, 0) : NULL;
	if (!text || !one.display) {
		note(r, "out of memory converting %s", pm_quote(in->display));
		r->failed++;
		r->by_code[PM_ERR_RESOURCE_LIMIT]++;
		free(one.display);
		free(one.out);
		free(text);
	} else {
		deliver(r, &one, text, strlen(text), pm_record_status(rec), pm_record_error(rec), 0);
	}
	json_decref(rec);
}

/* One input: convert it unless --resume finds its record, its record is
 * another input's, or a stop came. Takes the input's strings. */
static void feed(runner *r, input *in, const struct stat *st, const char *outname)
{
	struct stat own;
	if (r->counting) {
		r->inputs++;
		r->not_done += r->stopped;
		input_free(in);
		return;
	}
	r->inputs++;
	if (got_signal)
		stop(r);
	if (r->stopped) {
		r->not_done++;
		input_free(in);
		return;
	}
	if (!st && pm_stat_long(in->path, &own) == 0)
		st = &own;
	if (st)
		in->size = st->st_size;
	if (r->mode == OUT_DIR && (in->out = out_rel(outname))) {
		bool retry;
		if (!claim_name(r, in->out, identity(st, in->path))) {
			r->clashes++;
			note(r, "%s: not converted: its record %s is another input's of this run (two "
			        "inputs map to one name)",
			     pm_quote(in->display), pm_quote(in->out));
			input_free(in);
			return;
		}
		if (r->cli->resume && st) {
			if (up_to_date(r, in->out, st, &retry)) {
				r->up_to_date++;
				if (r->cli->verbose)
					note(r, "%s: up to date", pm_quote(in->display));
				draw_progress(r, false);
				input_free(in);
				return;
			}
			if (retry) {
				r->retried++;
				if (r->cli->verbose)
					note(r, "%s: retried", pm_quote(in->display));
			}
		}
	}
	if (!r->pool)
		convert_here(r, in);
	else if (r->stage_cap)
		stage(r, in);
	else
		submit_one(r, in);
	input_free(in);
}

static int walk_cb(void *user, const pm_walk_entry *e)
{
	runner *r = user;
	input in;
	char *name = NULL;
	memset(&in, 0, sizeof in);
	if (r->counting) {
		feed(r, &in, NULL, "");
		return 0;
	}
	in.path = strdup(e->path);
	in.rel_off = e->rel_off;
	in.is_link = e->is_link;
	in.root_real = e->is_link && e->root_real ? strdup(e->root_real) : NULL;
	in.display = strdup(e->rel);
	/* several folders: OUT/<folder as given>/<rel> keeps them apart */
	if (r->multi_roots && asprintf(&name, "%s/%s", r->root, e->rel) < 0)
		name = NULL;
	if (!in.path || !in.display || (e->is_link && e->root_real && !in.root_real) ||
	    (r->multi_roots && !name)) {
		note(r, "out of memory at %s", pm_quote(e->path));
		r->inputs++;
		r->not_done++;
		input_free(&in);
		free(name);
		return 0;
	}
	feed(r, &in, e->st, name ? name : e->rel);
	free(name);
	return 0;
}

static void walk_error(void *user, const char *path, const char *why, int err)
{
	runner *r = user;
	if (r->counting)
		return;
	r->walk_errors++;
	if (!r->cli->quiet)
		note(r, "%s: %s: %s", pm_quote(path), why, strerror(err));
}

static void walk_skipped(void *user, const char *path, const char *why)
{
	runner *r = user;
	if (r->counting)
		return;
	r->ignored++;
	if (r->cli->verbose)
		note(r, "%s: skipped: %s", pm_quote(path), why);
}

static void walk_outside(void *user, const char *path)
{
	runner *r = user;
	if (r->counting)
		return;
	r->ignored++;
	link_left_out(r, path);
}

static void walk_opts(runner *r, pm_walk_opts *o)
{
	memset(o, 0, sizeof *o);
	o->have_skip = r->mode == OUT_DIR;
	o->skip_dev = r->out_dev;
	o->skip_ino = r->out_ino;
	o->follow_symlinks = r->cli->follow_symlinks;
	o->error = walk_error;
	o->skipped = walk_skipped;
	o->outside = walk_outside;
}

/* A path from the command line or --files-from. */
static void input_arg(runner *r, const char *path)
{
	struct stat st;
	input in;
	if (r->cli->recursive && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		pm_walk_opts o;
		walk_opts(r, &o);
		r->root = path;
		pm_walk(path, &o, walk_cb, r);
		return;
	}
	memset(&in, 0, sizeof in);
	if (!r->counting) {
		in.path = strdup(path);
		in.display = strdup(path);
		if (!in.path || !in.display) {
			note(r, "out of memory at %s", pm_quote(path));
			r->inputs++;
			r->not_done++;
			input_free(&in);
			return;
		}
	}
	feed(r, &in, NULL, path);
}

/* --files-from: paths one per line, or NUL-separated when the first bytes
 * read hold a NUL (find -print0), read as they come so that a slow
 * producer streams. -1 when the list cannot be read. */
static int read_files_from(runner *r, const char *file)
{
	int fd = strcmp(file, "-") ? open(file, O_RDONLY | O_CLOEXEC) : 0;
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int sep = -1, rc = 0;
	bool eof = false;
	if (fd < 0) {
		note(r, "cannot read the list %s: %s", pm_quote(file), strerror(errno));
		return -1;
	}
	while (!eof) {
		ssize_t n;
		size_t start = 0, i;
		if (cap - len < 65536) {
			char *nb = realloc(buf, cap + 65536);
			if (!nb) {
				note(r, "out of memory reading the list %s", pm_quote(file));
				rc = -1;
				break;
			}
			buf = nb;
			cap += 65536;
		}
		n = read(fd, buf + len, cap - len - 1);
		if (n < 0 && errno == EINTR) {
			if (got_signal)
				break;
			continue;
		}
		if (n < 0) {
			note(r, "cannot read the list %s: %s", pm_quote(file), strerror(errno));
			rc = -1;
			break;
		}
		if (n == 0)
			eof = true;
		len += (size_t)n;
		if (sep < 0) {
			if (memchr(buf, '\0', len))
				sep = '\0';
			else if (memchr(buf, '\n', len) || eof)
				sep = '\n';
			else
				continue;
		}
		for (i = 0; i < len; i++) {
			if (buf[i] != (char)sep)
				continue;
			buf[i] = '\0';
			if (i > start)
				input_arg(r, buf + start);
			start = i + 1;
		}
		if (eof && start < len) {
			buf[len] = '\0';
			input_arg(r, buf + start);
			start = len;
		}
		memmove(buf, buf + start, len - start);
		len -= start;
		if (got_signal || r->stopped)
			break;
	}
	free(buf);
	if (fd > 0)
		close(fd);
	return rc;
}

static int count_cb(void *user, const pm_walk_entry *e)
{
	runner *r = user;
	(void)e;
	r->total++;
	return 0;
}

/* The progress line's total: a walk that only counts (no conversion). */
static void precount(runner *r)
{
	size_t i;
	pm_walk_opts o;
	memset(&o, 0, sizeof o);
	o.have_skip = r->mode == OUT_DIR;
	o.skip_dev = r->out_dev;
	o.skip_ino = r->out_ino;
	o.follow_symlinks = r->cli->follow_symlinks;
	r->total = 0;
	for (i = 0; i < r->cli->npaths; i++) {
		struct stat st;
		if (r->cli->recursive && stat(r->cli->paths[i], &st) == 0 && S_ISDIR(st.st_mode))
			pm_walk(r->cli->paths[i], &o, count_cb, r);
		else
			r->total++;
	}
}

static json_t *summary_json(runner *r, double secs)
{
	json_t *o = json_object(), *codes = json_object();
	int c;
	for (c = 1; c < PM_STATUS_COUNT; c++)
		if (r->by_code[c])
			json_object_set_new(codes, pm_status_code(c), json_integer((json_int_t)r->by_code[c]));
	json_object_set_new(o, "inputs", json_integer((json_int_t)r->inputs));
	json_object_set_new(o, "converted", json_integer((json_int_t)r->converted));
	json_object_set_new(o, "ok", json_integer((json_int_t)r->ok));
	json_object_set_new(o, "partial", json_integer((json_int_t)r->partial));
	json_object_set_new(o, "failed", json_integer((json_int_t)r->failed));
	json_object_set_new(o, "failed_by_code", codes);
	json_object_set_new(o, "up_to_date", json_integer((json_int_t)r->up_to_date));
	json_object_set_new(o, "retried", json_integer((json_int_t)r->retried));
	json_object_set_new(o, "not_done", json_integer((json_int_t)r->not_done));
	json_object_set_new(o, "interrupted", json_boolean(r->stopped));
	json_object_set_new(o, "walk_errors", json_integer((json_int_t)r->walk_errors));
	json_object_set_new(o, "write_errors", json_integer((json_int_t)r->write_errors));
	json_object_set_new(o, "name_clashes", json_integer((json_int_t)r->clashes));
	json_object_set_new(o, "skipped_entries", json_integer((json_int_t)r->ignored));
	json_object_set_new(o, "symlinks_skipped", json_integer((json_int_t)r->links_outside));
	json_object_set_new(o, "worker_restarts",
	                    json_integer((json_int_t)(r->pool ? pm_pool_restarts(r->pool) : r->restarts)));
	json_object_set_new(o, "jobs", json_integer((json_int_t)r->jobs));
	json_object_set_new(o, "seconds", json_real(secs));
	json_object_set_new(o, "docs_per_second", json_real(secs > 0 ? (double)r->converted / secs : 0));
	return o;
}

static void print_summary(runner *r, double secs)
{
	int c;
	size_t i;
	bool first = true;
	clear_progress(r);
	fprintf(stderr, "pressmill: %lu input%s: %lu converted (%lu ok, %lu partial, %lu failed", r->inputs,
	        r->inputs == 1 ? "" : "s", r->converted, r->ok, r->partial, r->failed);
	for (c = 1; c < PM_STATUS_COUNT; c++)
		if (r->by_code[c]) {
			fprintf(stderr, "%s%lu %s", first ? ": " : ", ", r->by_code[c], pm_status_code(c));
			first = false;
		}
	fprintf(stderr, ")");
	if (r->retried)
		fprintf(stderr, ", %lu retried", r->retried);
	if (r->up_to_date)
		fprintf(stderr, ", %lu up to date", r->up_to_date);
	if (r->walk_errors)
		fprintf(stderr, ", %lu unreadable", r->walk_errors);
	if (r->write_errors)
		fprintf(stderr, ", %lu not written", r->write_errors);
	if (r->clashes)
		fprintf(stderr, ", %lu not converted (name clash)", r->clashes);
	if (r->links_outside)
		fprintf(stderr, ", %lu symlink%s out of the folder skipped", r->links_outside,
		        r->links_outside == 1 ? "" : "s");
	fprintf(stderr, " in %.1f s (%.1f docs/s)\n", secs, secs > 0 ? (double)r->converted / secs : 0);
	for (i = 0; i < sizeof r->errs / sizeof r->errs[0] && r->errs[i].n; i++)
		if (r->errs[i].n > SHOWN_PER_ERROR)
			fprintf(stderr, "pressmill: %lu records not written: %s\n", r->errs[i].n,
			        strerror(r->errs[i].err));
	if (r->stopped)
		fprintf(stderr, "pressmill: %s: %lu input%s not done%s\n",
		        r->fatal ? "stopped" : "interrupted", r->not_done, r->not_done == 1 ? "" : "s",
		        r->cli->outdir ? " (run again with --resume to finish)" : "");
}

static int write_report(runner *r, const char *file, double secs)
{
	json_t *o = summary_json(r, secs);
	char *tmp = NULL;
	int ok;
	if (asprintf(&tmp, "%s.tmp.%d", file, (int)getpid()) < 0) {
		json_decref(o);
		return -1;
	}
	ok = o && json_dump_file(o, tmp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0 &&
	     rename(tmp, file) == 0;
	if (!ok)
		unlink(tmp);
	free(tmp);
	json_decref(o);
	return ok ? 0 : -1;
}

static int mkdir_p(const char *dir)
{
	char buf[PATH_MAX], *p;
	if (snprintf(buf, sizeof buf, "%s", dir) >= (int)sizeof buf)
		return -1;
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0777) < 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, 0777) < 0 && errno != EEXIST)
		return -1;
	return 0;
}

/* OUT must take a file before anything is converted: a read-only folder
 * found after the conversions would throw every record away. */
static int probe_out(runner *r)
{
	char name[64];
	int fd;
	snprintf(name, sizeof name, ".pressmill-probe-%ld.tmp", (long)getpid());
	fd = openat(r->outfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0)
		return -1;
	close(fd);
	unlinkat(r->outfd, name, 0);
	return 0;
}

static unsigned long open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	unsigned long n = 0;
	if (!d)
		return 16;
	while (readdir(d))
		n++;
	closedir(d);
	return n > 3 ? n - 3 : n; /* ".", ".." and the folder's own */
}

/* -j is bounded by the descriptors the runner may open: a worker the
 * limit does not allow would fail its documents for the runner's own
 * shortage. The soft limit is raised to the hard one first. */
static unsigned clamp_jobs(runner *r, unsigned jobs)
{
	struct rlimit rl;
	unsigned long used, allowed;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return jobs;
	if (rl.rlim_cur < rl.rlim_max) {
		struct rlimit up = rl;
		up.rlim_cur = rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &up) == 0)
			rl = up;
	}
	if (rl.rlim_cur == RLIM_INFINITY)
		return jobs;
	used = open_fds() + FD_RESERVE;
	allowed = rl.rlim_cur > used ? (rl.rlim_cur - used) / FD_PER_WORKER : 0;
	if (allowed < 1)
		allowed = 1;
	if (jobs <= allowed)
		return jobs;
	if (!r->cli->quiet)
		note(r, "-j %u lowered to %lu: the limit of %llu open files (ulimit -n) allows %lu workers",
		     jobs, allowed, (unsigned long long)rl.rlim_cur, allowed);
	return (unsigned)allowed;
}

static bool stdout_is_stderr_tty(void)
{
	struct stat a, b;
	return isatty(1) && isatty(2) && fstat(1, &a) == 0 && fstat(2, &b) == 0 &&
	       a.st_rdev == b.st_rdev;
}

int pm_cli_run(pm_cli *cli)
{
	runner r;
	struct sigaction sa, old_int, old_term, old_hup;
	double secs;
	int rc;
	size_t i;
	long ncpu;
	bool list_failed = false;
	memset(&r, 0, sizeof r);
	r.cli = cli;
	r.outfd = -1;
	r.total = -1;
	r.t0 = now();
	if (cli->retry_failed)
		cli->resume = 1;
	if (cli->resume && !cli->outdir) {
		fprintf(stderr, "pressmill: %s needs -o DIR\n",
		        cli->retry_failed ? "--retry-failed" : "--resume");
		return 2;
	}
	if (cli->outdir)
		r.mode = OUT_DIR;
	else if (cli->npaths == 1 && !cli->ndjson && !cli->recursive && !cli->files_from)
		r.mode = OUT_SINGLE;
	else
		r.mode = OUT_NDJSON;
	if (cli->pretty && r.mode != OUT_SINGLE) {
		fprintf(stderr, "pressmill: --pretty is for one input on stdout\n");
		return 2;
	}
	if (r.mode == OUT_DIR) {
		struct stat st;
		if (mkdir_p(cli->outdir) < 0 ||
		    (r.outfd = open(cli->outdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
		    fstat(r.outfd, &st) < 0 || probe_out(&r) < 0) {
			fprintf(stderr, "pressmill: cannot write in the output folder %s: %s\n",
			        pm_quote(cli->outdir), strerror(errno));
			if (r.outfd >= 0)
				close(r.outfd);
			return 1;
		}
		r.out_dev = st.st_dev;
		r.out_ino = st.st_ino;
	}
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	r.jobs = cli->jobs > 0 ? (unsigned)cli->jobs : ncpu > 0 ? (unsigned)ncpu : 1;
	if (r.mode == OUT_SINGLE)
		r.jobs = 1;
	r.multi_roots = cli->recursive && (cli->npaths > 1 || cli->files_from);

	/* The library converts in process; the pool gives the isolation. */
	cli->opt.isolate = 0;
	r.ctx = pm_context_new(&cli->opt);
	if (!r.ctx) {
		fprintf(stderr, "pressmill: out of memory\n");
		return 1;
	}
	if (cli->isolate != 0) {
		r.jobs = clamp_jobs(&r, r.jobs);
		r.pool = pm_pool_new(r.ctx, r.jobs);
		r.slots = calloc(r.jobs, sizeof *r.slots);
		if (!r.pool || !r.slots) {
			fprintf(stderr, "pressmill: out of memory\n");
			pm_context_free(r.ctx);
			return 1;
		}
	} else {
		r.jobs = 1;
	}
	if (r.pool && !(r.mode == OUT_NDJSON && cli->ordered) && r.jobs > 1) {
		r.stage_cap = (size_t)r.jobs * 32;
		r.stage = calloc(r.stage_cap, sizeof *r.stage);
		if (!r.stage)
			r.stage_cap = 0;
	}
	if (r.mode == OUT_NDJSON && cli->ordered && r.pool) {
		r.wsize = r.jobs * 8 < 64 ? 64 : (size_t)r.jobs * 8;
		r.win = calloc(r.wsize, sizeof *r.win);
		if (!r.win) {
			fprintf(stderr, "pressmill: out of memory\n");
			return 1;
		}
	}

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: a read of --files-from must see the interruption */
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);

	r.progress = !cli->quiet && isatty(2);
	r.same_tty = stdout_is_stderr_tty();
	if (r.progress && !cli->files_from)
		precount(&r);

	for (i = 0; i < cli->npaths && !r.stopped; i++)
		input_arg(&r, cli->paths[i]);
	if (cli->files_from && !r.stopped && !got_signal)
		list_failed = read_files_from(&r, cli->files_from) < 0;
	flush_stage(&r);
	while (r.pool && pm_pool_running(r.pool) > 0)
		pump(&r);
	if (got_signal)
		stop(&r);
	if (r.stopped) {
		/* say how many command-line inputs were not reached */
		r.counting = true;
		for (; i < cli->npaths; i++)
			input_arg(&r, cli->paths[i]);
	}
	if (r.win)
		flush_window(&r);
	secs = now() - r.t0;
	if (!cli->quiet && (r.inputs > 1 || cli->verbose || r.stopped))
		print_summary(&r, secs);
	clear_progress(&r);
	if (cli->report && write_report(&r, cli->report, secs) < 0)
		fprintf(stderr, "pressmill: cannot write the report %s: %s\n", pm_quote(cli->report),
		        strerror(errno));

	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);
	pm_pool_free(r.pool);
	if (r.slots)
		for (i = 0; i < r.jobs; i++) {
			free(r.slots[i].display);
			free(r.slots[i].out);
		}
	free(r.slots);
	for (i = 0; i < r.nstage; i++)
		input_free(&r.stage[i]);
	free(r.stage);
	free(r.win);
	free(r.names.key);
	free(r.names.ident);
	if (r.cache_dir)
		close(r.cache_fd);
	free(r.cache_dir);
	if (r.outfd >= 0)
		close(r.outfd);
	pm_context_free(r.ctx);
	if (r.fatal)
		rc = 1;
	else if (r.stopped)
		rc = 128 + (got_signal ? got_signal : SIGINT);
	else
		rc = (r.failed || r.walk_errors || r.write_errors || r.clashes || list_failed) ? 1 : 0;
	return rc;
}
