/*
 * run.c - the batch runner behind 'pressmill convert': streams the inputs
 * (command line, folder walk, --files-from) into a pool of worker
 * processes (pool.c) and writes each record as it comes back, to stdout as
 * NDJSON or atomically into the output folder, so that every input gives
 * exactly one record and memory does not grow with the number of inputs.
 * Also the progress line, the summary, --report, and Ctrl-C.
 *
 * Inputs are fed as they are found: the walk calls feed(), which blocks
 * (collecting finished records) while every worker is busy, so nothing
 * holds the list of inputs. --ordered keeps a bounded window of records
 * waiting for an earlier one; the walk stalls when the window is full.
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
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { OUT_SINGLE, OUT_NDJSON, OUT_DIR };

/* How long a wait for workers lasts before the runner looks at Ctrl-C and
 * redraws the progress line. */
#define TICK_MS 200

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

typedef struct slot {
	bool used;
	uint64_t seq;
	char *display;
	char *out;        /* OUT_DIR: the record's file */
} slot;

typedef struct staged {
	char *path, *display, *out;
	off_t size;
} staged;

typedef struct pending {
	bool have;
	char *text;
} pending;

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
	/* the folder being walked, for the output path */
	const char *root;
	bool multi_roots;
	bool counting;    /* walking only to count (progress total, not done) */
	bool stopped;
	/* counts */
	unsigned long inputs, converted, ok, partial, failed, by_code[PM_STATUS_COUNT];
	unsigned long up_to_date, not_done, walk_errors, write_errors, ignored, restarts;
	long total;       /* -1: unknown */
	double t0, last_draw;
	bool progress, drawn;
	/* inputs found but not yet handed to a worker (see submit_largest) */
	staged *stage;
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

/* ---- output ---------------------------------------------------------- */

/* The output file for an input: <input path>.json relative to OUT, with
 * "..", "." and leading "/" taken out so that nothing lands outside OUT. */
static int out_rel(char *dst, size_t n, const char *in)
{
	size_t k = 0;
	const char *p = in;
	while (*p) {
		const char *e = strchr(p, '/');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (!(l == 0 || (l == 1 && p[0] == '.') || (l == 2 && p[0] == '.' && p[1] == '.'))) {
			if (k + l + 8 >= n)
				return -1;
			if (k)
				dst[k++] = '/';
			memcpy(dst + k, p, l);
			k += l;
		}
		p += l;
		if (*p == '/')
			p++;
	}
	if (!k)
		return -1;
	memcpy(dst + k, ".json", 6);
	return 0;
}

/* The descriptor of OUT/dir, created as needed, each level opened with
 * O_NOFOLLOW. Cached: records of one folder come one after the other. */
static int out_dir_fd(runner *r, const char *dir)
{
	char buf[PATH_MAX], *p, *save = NULL;
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
	snprintf(buf, sizeof buf, "%s", dir);
	fd = dup(r->outfd);
	for (p = strtok_r(buf, "/", &save); p && fd >= 0; p = strtok_r(NULL, "/", &save)) {
		int nfd;
		if (mkdirat(fd, p, 0777) < 0 && errno != EEXIST) {
			close(fd);
			return -1;
		}
		nfd = openat(fd, p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		close(fd);
		fd = nfd;
	}
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

/* Write OUT/rel atomically: a temporary file beside it, then rename(), so
 * that an interrupted run leaves either the old record or the new one. */
static int write_atomic(runner *r, const char *rel, const char *text, size_t len)
{
	char dir[PATH_MAX], tmp[NAME_MAX + 1];
	const char *slash = strrchr(rel, '/'), *name = slash ? slash + 1 : rel;
	int dfd, fd = -1, i, ok;
	size_t off = 0;
	if (strlen(rel) >= sizeof dir || strlen(name) + 12 > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(dir, rel, (size_t)(name - rel));
	dir[name - rel ? name - rel - 1 : 0] = '\0';
	dfd = out_dir_fd(r, dir);
	if (dfd < 0)
		return -1;
	for (i = 0; i < 100 && fd < 0; i++) {
		snprintf(tmp, sizeof tmp, "%s.tmp.%06x", name,
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
		errno = e;
		return -1;
	}
	return 0;
}

static void emit_line(runner *r, const char *text, size_t len)
{
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
		note(r, "%s: %s%s%s (%.0f ms)", s->display,
		     status == 0 ? "ok" : status == 1 ? "partial" : "failed", status == 2 ? " " : "",
		     status == 2 ? pm_status_code(error) : "", secs * 1000);
	if (r->mode == OUT_DIR) {
		if (!s->out || write_atomic(r, s->out, text, len) < 0) {
			r->write_errors++;
			note(r, "cannot write the record of %s: %s", s->display,
			     s->out ? strerror(errno) : "no usable output name");
		}
		free(text);
	} else if (r->mode == OUT_SINGLE) {
		json_error_t je;
		json_t *rec = r->cli->pretty ? json_loadb(text, len, 0, &je) : NULL;
		char *p = rec ? pm_record_dumps(rec, 1) : NULL;
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

/* Ctrl-C: end the running workers, keep what is written, count the rest. */
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
	return true;
}

/* A record newer than its input was written by an earlier run. An empty
 * one is not a record. */
static bool up_to_date(runner *r, const char *rel, const char *in)
{
	struct stat so, si;
	if (fstatat(r->outfd, rel, &so, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG(so.st_mode) ||
	    so.st_size == 0 || stat(in, &si) < 0)
		return false;
	return so.st_mtim.tv_sec > si.st_mtim.tv_sec ||
	       (so.st_mtim.tv_sec == si.st_mtim.tv_sec && so.st_mtim.tv_nsec > si.st_mtim.tv_nsec);
}

/* Hand one input to a worker, collecting records until one is idle. */
static int submit_one(runner *r, const char *path, const char *display, const char *rel)
{
	slot *s = NULL;
	unsigned i;
	while (r->pool && (pm_pool_idle(r->pool) == 0 ||
	                   (r->win && r->seq_next - r->seq_out >= r->wsize)))
		if (!pump(r))
			break;
	if (r->stopped || !r->pool) {
		r->not_done++;
		return 0;
	}
	for (i = 0; i < r->jobs && !s; i++)
		if (!r->slots[i].used)
			s = &r->slots[i];
	if (!s)
		return -1; /* cannot happen: the pool has an idle worker */
	s->used = true;
	s->seq = r->seq_next;
	s->display = strdup(display);
	s->out = rel ? strdup(rel) : NULL;
	if (!s->display || pm_pool_submit_file(r->pool, path, display, (uintptr_t)(s - r->slots)) < 0) {
		note(r, "cannot hand %s to a worker: %s", display, strerror(errno));
		free(s->display);
		free(s->out);
		memset(s, 0, sizeof *s);
		r->failed++;
		r->by_code[PM_ERR_RESOURCE_LIMIT]++;
		return 0;
	}
	r->seq_next++;
	return 0;
}

static void unstage(runner *r, size_t i)
{
	free(r->stage[i].path);
	free(r->stage[i].display);
	free(r->stage[i].out);
	r->stage[i] = r->stage[--r->nstage];
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
	submit_one(r, r->stage[best].path, r->stage[best].display, r->stage[best].out);
	unstage(r, best);
}

static int stage(runner *r, const char *path, const char *display, const char *rel)
{
	struct stat st;
	staged *g = &r->stage[r->nstage];
	g->path = strdup(path);
	g->display = strdup(display);
	g->out = rel ? strdup(rel) : NULL;
	g->size = stat(path, &st) == 0 ? st.st_size : 0;
	if (!g->path || !g->display || (rel && !g->out)) {
		free(g->path);
		free(g->display);
		free(g->out);
		return submit_one(r, path, display, rel);
	}
	r->nstage++;
	/* full: wait for a worker; a worker idle now: no reason to wait */
	while (r->nstage && !r->stopped &&
	       (r->nstage >= r->stage_cap || (r->pool && pm_pool_idle(r->pool) > 0)))
		submit_largest(r);
	return 0;
}

/* The end of the inputs (or Ctrl-C): what is staged goes, or is not done. */
static void flush_stage(runner *r)
{
	while (r->nstage) {
		if (r->stopped || got_signal) {
			r->not_done++;
			unstage(r, r->nstage - 1);
		} else {
			submit_largest(r);
		}
	}
}

/* One input: convert it unless --resume finds its record, or Ctrl-C came. */
static int feed(runner *r, const char *path, const char *display, const char *outname)
{
	char rel[PATH_MAX];
	bool have_rel = false;
	if (r->counting) {
		r->inputs++;
		r->not_done += r->stopped;
		return 0;
	}
	r->inputs++;
	if (got_signal)
		stop(r);
	if (r->stopped) {
		r->not_done++;
		return 0;
	}
	if (r->mode == OUT_DIR) {
		have_rel = out_rel(rel, sizeof rel, outname) == 0;
		if (have_rel && r->cli->resume && up_to_date(r, rel, path)) {
			r->up_to_date++;
			if (r->cli->verbose)
				note(r, "%s: up to date", display);
			draw_progress(r, false);
			return 0;
		}
	}
	if (!r->pool) {
		/* --no-isolate: in this process, one at a time */
		json_t *rec = pm_convert_file(r->ctx, path, display);
		slot one;
		char *text = rec ? pm_record_dumps(rec, 0) : NULL;
		memset(&one, 0, sizeof one);
		one.display = strdup(display);
		one.out = have_rel ? strdup(rel) : NULL;
		if (!text || !one.display) {
			note(r, "out of memory converting %s", display);
			r->failed++;
			r->by_code[PM_ERR_RESOURCE_LIMIT]++;
			free(one.display);
			free(one.out);
		} else {
			deliver(r, &one, text, strlen(text), pm_record_status(rec), pm_record_error(rec), 0);
		}
		json_decref(rec);
		return 0;
	}
	if (!r->stage_cap)
		return submit_one(r, path, display, have_rel ? rel : NULL);
	return stage(r, path, display, have_rel ? rel : NULL);
}

static int walk_cb(void *user, const char *path, const char *rel)
{
	runner *r = user;
	char out[PATH_MAX];
	const char *name = rel;
	if (r->multi_roots && !r->counting) {
		/* several folders: OUT/<folder as given>/<rel> keeps them apart */
		if (snprintf(out, sizeof out, "%s/%s", r->root, rel) >= (int)sizeof out)
			out[0] = '\0';
		name = out;
	}
	feed(r, path, rel, name);
	return 0;
}

static void walk_error(void *user, const char *path, const char *why, int err)
{
	runner *r = user;
	if (r->counting)
		return;
	r->walk_errors++;
	if (!r->cli->quiet)
		note(r, "%s: %s: %s", path, why, strerror(err));
}

static void walk_skipped(void *user, const char *path, const char *why)
{
	runner *r = user;
	if (r->counting)
		return;
	r->ignored++;
	if (r->cli->verbose)
		note(r, "%s: skipped: %s", path, why);
}

/* A path from the command line or --files-from. */
static void input_arg(runner *r, const char *path)
{
	struct stat st;
	if (r->cli->recursive && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		pm_walk_opts o;
		memset(&o, 0, sizeof o);
		o.have_skip = r->mode == OUT_DIR;
		o.skip_dev = r->out_dev;
		o.skip_ino = r->out_ino;
		o.error = walk_error;
		o.skipped = walk_skipped;
		r->root = path;
		pm_walk(path, &o, walk_cb, r);
		return;
	}
	feed(r, path, path, path);
}

/* --files-from: paths one per line, or NUL-separated when the first bytes
 * read hold a NUL (find -print0), read as they come so that a slow
 * producer streams. */
static int read_files_from(runner *r, const char *file)
{
	int fd = strcmp(file, "-") ? open(file, O_RDONLY | O_CLOEXEC) : 0;
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int sep = -1;
	bool eof = false;
	if (fd < 0) {
		note(r, "cannot read %s: %s", file, strerror(errno));
		return -1;
	}
	while (!eof) {
		ssize_t n;
		size_t start = 0, i;
		if (cap - len < 65536) {
			char *nb = realloc(buf, cap + 65536);
			if (!nb)
				break;
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
			note(r, "cannot read %s: %s", file, strerror(errno));
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
	return 0;
}

static int count_cb(void *user, const char *path, const char *rel)
{
	runner *r = user;
	(void)path;
	(void)rel;
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
	json_object_set_new(o, "not_done", json_integer((json_int_t)r->not_done));
	json_object_set_new(o, "interrupted", json_boolean(r->stopped));
	json_object_set_new(o, "walk_errors", json_integer((json_int_t)r->walk_errors));
	json_object_set_new(o, "write_errors", json_integer((json_int_t)r->write_errors));
	json_object_set_new(o, "skipped_entries", json_integer((json_int_t)r->ignored));
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
	if (r->up_to_date)
		fprintf(stderr, ", %lu up to date", r->up_to_date);
	if (r->walk_errors)
		fprintf(stderr, ", %lu unreadable", r->walk_errors);
	if (r->write_errors)
		fprintf(stderr, ", %lu not written", r->write_errors);
	fprintf(stderr, " in %.1f s (%.1f docs/s)\n", secs, secs > 0 ? (double)r->converted / secs : 0);
	if (r->stopped)
		fprintf(stderr, "pressmill: interrupted: %lu input%s not done%s\n", r->not_done,
		        r->not_done == 1 ? "" : "s",
		        r->cli->outdir ? " (run again with --resume to finish)" : "");
}

static int write_report(runner *r, const char *file, double secs)
{
	json_t *o = summary_json(r, secs);
	char tmp[PATH_MAX];
	int ok;
	if (snprintf(tmp, sizeof tmp, "%s.tmp.%d", file, (int)getpid()) >= (int)sizeof tmp)
		return -1;
	ok = o && json_dump_file(o, tmp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0 &&
	     rename(tmp, file) == 0;
	if (!ok)
		unlink(tmp);
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

int pm_cli_run(pm_cli *cli)
{
	runner r;
	struct sigaction sa, old_int, old_term;
	double secs;
	int rc;
	size_t i;
	long ncpu;
	memset(&r, 0, sizeof r);
	r.cli = cli;
	r.outfd = -1;
	r.total = -1;
	r.t0 = now();
	if (cli->resume && !cli->outdir) {
		fprintf(stderr, "pressmill: --resume needs -o DIR\n");
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
		    fstat(r.outfd, &st) < 0) {
			fprintf(stderr, "pressmill: cannot use the output folder %s: %s\n", cli->outdir,
			        strerror(errno));
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

	r.progress = !cli->quiet && isatty(2);
	if (r.progress && !cli->files_from)
		precount(&r);

	for (i = 0; i < cli->npaths && !r.stopped; i++)
		input_arg(&r, cli->paths[i]);
	if (cli->files_from && !r.stopped && !got_signal)
		read_files_from(&r, cli->files_from);
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
		fprintf(stderr, "pressmill: cannot write the report %s: %s\n", cli->report,
		        strerror(errno));

	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	pm_pool_free(r.pool);
	if (r.slots)
		for (i = 0; i < r.jobs; i++) {
			free(r.slots[i].display);
			free(r.slots[i].out);
		}
	free(r.slots);
	free(r.stage);
	free(r.win);
	if (r.cache_dir)
		close(r.cache_fd);
	free(r.cache_dir);
	if (r.outfd >= 0)
		close(r.outfd);
	pm_context_free(r.ctx);
	if (r.stopped)
		rc = 128 + (got_signal ? got_signal : SIGINT);
	else
		rc = (r.failed || r.walk_errors || r.write_errors) ? 1 : 0;
	return rc;
}
