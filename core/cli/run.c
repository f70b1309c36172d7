/*
 * run.c - the batch runner behind 'pressmill convert': streams the inputs
 * (command line, folder walk, --files-from) into a pool of worker
 * processes (the library's pool, pm_pool_*) and writes each record as it comes back, to stdout as
 * NDJSON or atomically into the output folder, so that every input gives
 * exactly one record and memory does not grow with the number of inputs
 * (beyond 16 bytes an input with -o, to see two inputs mapping to one
 * record). Also stops (Ctrl-C, SIGTERM, SIGHUP, an output folder that
 * cannot be written); where records go and --resume are output.c's, the
 * progress line, the summary and --report progress.c's.
 *
 * Inputs are fed as they are found: the walk calls feed(), which blocks
 * (collecting finished records) while every worker is busy, so nothing
 * holds the list of inputs. --ordered keeps a bounded window of records
 * waiting for an earlier one; the walk stalls when the window is full.
 * The runner opens each input itself (relative to the folders the walk
 * went through, so that a path longer than PATH_MAX works and no symlink
 * put in since is followed) and hands the worker the open descriptor; it
 * never maps an input, so a file that shrinks meanwhile cannot kill it.
 * The document on stdin (`-`) goes to a worker too: as a file when stdin
 * is one (redirected, at its start), else as the bytes stdin.c read.
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
/* Inputs staged per worker for longest-first (submit_largest). Wide
 * enough to hold a folder of a few thousand releases, so that its largest
 * file starts first wherever the walk finds it: with 32 a job, the press
 * corpus's 2 MB scanned PDF (half the CPU of its 147 files with OCR) was
 * found 86th and started after 20 others, and -j 2 ran it alone at the
 * end. A staged input is its path strings, a few hundred bytes: 1024 a
 * job stays well under a megabyte, flat however long the run. */
#define STAGE_PER_JOB 1024
static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

static void input_free(input *in)
{
	free(in->path);
	free(in->root_real);
	free(in->display);
	free(in->out);
	memset(in, 0, sizeof *in);
}

static void stop(runner *r);

/* A record could not be written. Errors that concern OUT as a whole (read
 * only, full, removed) stop the run at once: converting more would only
 * throw more records away, and --resume finishes the job. Each kind of
 * error is shown a few times, then counted. */
static void write_failed(runner *r, const char *display, int err)
{
	bool fatal = err == EROFS || err == ENOSPC || err == EDQUOT || err == EIO || cli_out_gone(r);
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
		cli_note(r, "cannot write the record of %s: %s", pm_quote(display), why);
	if (seen == SHOWN_PER_ERROR && !r->write_why && !fatal)
		cli_note(r, "more records that cannot be written (%s) are counted, not shown", why);
	r->write_why = NULL;
	if (fatal && !r->stopped) {
		cli_note(r, "stopping: the output folder %s %s; the rest is not done (run again with "
		        "--resume once it is fixed)",
		     pm_quote(r->cli->outdir), cli_out_gone(r) ? "was removed" : "cannot be written");
		r->fatal = true;
		stop(r);
	}
}

/* "NAME: failed (code): message" of a failed record, for stderr. */
static char *failure_line(const char *display, const char *text, size_t len, int error)
{
	json_error_t je;
	json_t *rec = json_loadb(text, len, 0, &je);
	const char *msg = json_string_value(json_object_get(json_object_get(rec, "error"), "message"));
	char *safe = pm_sanitize_message(msg ? msg : "no message"), *line = NULL;
	const char *code = pm_status_code(error);
	if (safe && asprintf(&line, "%s: failed (%s): %s", pm_quote(display), code ? code : "?", safe) < 0)
		line = NULL;
	free(safe);
	json_decref(rec);
	return line;
}

/* A record came back for slot s: count it, write it. Takes text. secs is
 * the job's wall time, waited the part of it its worker waited for a CPU
 * other processes held (not counted against the timeout). */
static void deliver(runner *r, slot *s, char *text, size_t len, int status, int error,
                    double secs, double waited)
{
	r->converted++;
	if (status == 0)
		r->ok++;
	else if (status == 1)
		r->partial++;
	else {
		r->failed++;
		r->by_code[error > 0 && error < PM_STATUS_COUNT ? error : PM_ERR_CORRUPT]++;
		if (!r->first_failure)
			r->first_failure = failure_line(s->display, text, len, error);
	}
	/* a wait under a tenth of a second is the scheduler's ordinary noise */
	if (r->cli->verbose && waited >= 0.1)
		cli_note(r, "%s: %s%s%s (%.0f ms, %.0f ms of them waiting for a CPU)", pm_quote(s->display),
		         status == 0 ? "ok" : status == 1 ? "partial" : "failed", status == 2 ? " " : "",
		         status == 2 ? pm_status_code(error) : "", secs * 1000, waited * 1000);
	else if (r->cli->verbose)
		cli_note(r, "%s: %s%s%s (%.0f ms)", pm_quote(s->display),
		         status == 0 ? "ok" : status == 1 ? "partial" : "failed", status == 2 ? " " : "",
		         status == 2 ? pm_status_code(error) : "", secs * 1000);
	if (r->mode == OUT_DIR) {
		if (!s->out) {
			r->write_why = "no usable output name";
			write_failed(r, s->display, EINVAL);
		} else if (cli_write_atomic(r, s->out, text, len, s->stamped ? &s->stamp : NULL) < 0) {
			write_failed(r, s->display, errno);
		}
		free(text);
	} else if (r->mode == OUT_SINGLE) {
		json_error_t je;
		json_t *rec = r->cli->pretty ? json_loadb(text, len, 0, &je) : NULL;
		char *p = rec ? pm_record_dumps(rec, 1) : NULL;
		if (r->same_tty)
			cli_clear_progress(r);
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
		cli_flush_window(r);
	} else {
		cli_emit_line(r, text, len);
		free(text);
	}
	free(s->display);
	free(s->out);
	memset(s, 0, sizeof *s);
	cli_draw_progress(r, false);
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
		cli_flush_window(r);
		for (i = 0; i < r->wsize; i++)
			if (r->win[i].have) {
				free(r->win[i].text);
				r->win[i].have = false;
				r->not_done++;
			}
	}
}

/* Collect one finished job (waiting up to ms); false when none runs. */
static bool pump_for(runner *r, int ms)
{
	pm_pool_result res;
	int w;
	if (got_signal)
		stop(r);
	if (!r->pool)
		return false;
	w = pm_pool_wait(r->pool, ms, &res);
	if (w < 0)
		return false;
	/* a record that is complete is written, even after Ctrl-C */
	if (w == 1)
		deliver(r, &r->slots[res.tag], res.record, res.len, res.status, res.error, res.seconds,
		        pm_pool_cpu_wait(r->pool));
	else
		cli_draw_progress(r, false);
	if (got_signal) {
		stop(r);
		return false;
	}
	return !r->stopped;
}

/* Collect one finished job, waiting up to a tick. */
static bool pump(runner *r)
{
	return pump_for(r, TICK_MS);
}

/* While stdin is read: collect a record the workers finished, if any
 * (which also enforces their limits), without waiting. false once the run
 * is stopped. */
static bool stdin_tick(runner *r)
{
	if (r->pool && pm_pool_running(r->pool) > 0)
		pump_for(r, 0);
	if (got_signal)
		stop(r);
	return !r->stopped;
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
	if (S_ISDIR(st->st_mode) && !r->cli->recursive) {
		/* the usual slip: say what would have worked, at once, even in
		 * a batch; the record says it too */
		snprintf(why, whysz, "is a folder: convert -r converts the files below it");
		cli_note(r, "%s is a folder: use -r to convert the files below it",
		         pm_quote(in->display));
		r->folder_hinted = true;
		close(fd);
		return -1;
	}
	return fd;
}

/* The document on stdin: as a file when stdin is one (redirected from a
 * regular file, still at its start: a worker reads it as any file, its
 * size known before reading), else its bytes, read by stdin.c. 0 with *fd
 * (>= 0) or the bytes; a pm_status with why; -1 when the run stopped. */
static int stdin_input(runner *r, int *fd, unsigned char **data, size_t *len, char *why,
                       size_t whysz)
{
	struct stat st;
	*fd = -1;
	*data = NULL;
	*len = 0;
	if (r->cli->stdin_closed) {
		snprintf(why, whysz, "cannot read stdin: it is closed");
		return PM_ERR_IO;
	}
	if (fstat(0, &st) == 0 && S_ISREG(st.st_mode) && lseek(0, 0, SEEK_CUR) == 0 &&
	    (*fd = fcntl(0, F_DUPFD_CLOEXEC, 3)) >= 0)
		return 0;
	return cli_read_stdin(r, r->cli->opt.limits.max_file_bytes, stdin_tick, data, len, why,
	                      whysz);
}

/* A record made here, for an input that never reached a worker. */
static void deliver_failure(runner *r, slot *s, int status, const char *why)
{
	json_t *rec = pm_record_failed(r->ctx, s->display, status, why);
	char *text = rec ? pm_record_dumps(rec, 0) : NULL;
	json_decref(rec);
	if (!text) {
		cli_note(r, "out of memory converting %s", pm_quote(s->display));
		r->failed++;
		r->by_code[PM_ERR_RESOURCE_LIMIT]++;
		free(s->display);
		free(s->out);
		memset(s, 0, sizeof *s);
		return;
	}
	deliver(r, s, text, strlen(text), 2, status, 0, 0);
}

static void link_left_out(runner *r, const char *display)
{
	r->links_outside++;
	if (r->cli->verbose)
		cli_note(r, "%s: skipped: symlink out of the folder given (--follow-symlinks converts it)",
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
	cli_note(r, "cannot %s: %s; stopping, the rest is not done", what, why);
	r->fatal = true;
	stop(r);
}

/* The input, opened (*fd) or, from stdin, read (*data, *len): the status
 * its conversion starts from (PM_ERR_IO, with why, where it did not
 * open), or -1 where it is not converted at all: a stop or the runner's
 * shortage of descriptors (counted as not done), a link out of its folder
 * (left out). With waited (the pool's runs), a shortage of descriptors
 * first waits for room (wait_for_room); without (--no-isolate), it does
 * not. */
static int take_input(runner *r, const input *in, int *fd, struct stat *st, unsigned char **data, size_t *len,
                      char *why, size_t whysz, int *waited)
{
	int status;
	if (in->from_stdin) {
		status = stdin_input(r, fd, data, len, why, whysz);
		if (status < 0)
			r->not_done++;
		return status < 0 ? -1 : status;
	}
	for (;;) {
		*fd = open_input(r, in, st, why, whysz);
		if (*fd != -3 || !waited || !wait_for_room(r, waited))
			break;
	}
	if (*fd == -3) {
		short_of(r, "open inputs", why);
		r->not_done++;
		return -1;
	}
	if (*fd == -2) {
		link_left_out(r, in->display);
		return -1;
	}
	return *fd < 0 ? PM_ERR_IO : PM_OK;
}

/* Hand one input to a worker, collecting records until one is idle. */
static void submit_one(runner *r, const input *in)
{
	slot *s = NULL;
	struct stat st;
	char why[512];
	unsigned i;
	unsigned char *data = NULL;
	size_t len = 0;
	int fd = -1, rc, status, waited = 0;
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
	status = take_input(r, in, &fd, &st, &data, &len, why, sizeof why, &waited);
	if (status < 0)
		return;
	waited = 0;
	s->used = true;
	s->seq = r->seq_next++;
	s->display = strdup(in->display);
	s->out = in->out ? strdup(in->out) : NULL;
	if (!s->display) {
		if (fd >= 0)
			close(fd);
		free(data);
		cli_note(r, "out of memory converting %s", pm_quote(in->display));
		r->failed++;
		r->by_code[PM_ERR_RESOURCE_LIMIT]++;
		free(s->out);
		memset(s, 0, sizeof *s);
		return;
	}
	if (status != PM_OK) {
		deliver_failure(r, s, status, why);
		return;
	}
	if (!in->from_stdin) {
		s->stamp = st.st_mtim;
		s->stamped = true;
	}
	for (;;) {
		if (fd >= 0)
			rc = pm_pool_submit_fd(r->pool, fd, in->display, (uintptr_t)(s - r->slots));
		else
			rc = pm_pool_submit_buffer(r->pool, data, len, in->display,
			                           (uintptr_t)(s - r->slots));
		/* No worker process can start now (descriptors or processes
		 * short): the runner's shortage, never the document's. */
		if (rc == 0 || errno != EAGAIN || !wait_for_room(r, &waited))
			break;
	}
	if (rc != 0)
		snprintf(why, sizeof why, "%s",
		         errno == ENOENT ? "the pressmill-worker program is not installed beside the library"
		                         : strerror(errno));
	if (fd >= 0)
		close(fd);
	free(data);
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
	unsigned char *data = NULL;
	size_t len = 0;
	int fd, status;
	status = take_input(r, in, &fd, &st, &data, &len, why, sizeof why, NULL);
	if (status < 0)
		return;
	memset(&one, 0, sizeof one);
	one.display = strdup(in->display);
	one.out = in->out ? strdup(in->out) : NULL;
	if (status != PM_OK) {
		if (one.display) {
			deliver_failure(r, &one, status, why);
			return;
		}
		rec = NULL;
	} else if (fd >= 0) {
		rec = pm_convert_fd(r->ctx, fd, in->display);
		if (!in->from_stdin) {
			one.stamp = st.st_mtim;
			one.stamped = true;
		}
		close(fd);
	} else {
		rec = pm_convert_buffer(r->ctx, data, len, in->display);
	}
	free(data);
	text = rec ? pm_record_dumps(rec, 0) : NULL;
	if (!text || !one.display) {
		cli_note(r, "out of memory converting %s", pm_quote(in->display));
		r->failed++;
		r->by_code[PM_ERR_RESOURCE_LIMIT]++;
		free(one.display);
		free(one.out);
		free(text);
	} else {
		deliver(r, &one, text, strlen(text), pm_record_status(rec), pm_record_error(rec), 0, 0);
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
	/* stdin has no record to be up to date with, nor a size beforehand */
	if (!st && !in->from_stdin && pm_stat_long(in->path, &own) == 0)
		st = &own;
	if (st)
		in->size = st->st_size;
	if (r->mode == OUT_DIR && (in->out = cli_out_rel(outname))) {
		bool retry;
		if (!cli_claim_name(r, in->out, cli_identity(st, in->path))) {
			r->clashes++;
			cli_note(r, "%s: not converted: its record %s is another input's of this run (two "
			        "inputs map to one name)",
			     pm_quote(in->display), pm_quote(in->out));
			input_free(in);
			return;
		}
		if (r->cli->resume && st) {
			if (cli_up_to_date(r, in->out, st, &retry)) {
				r->up_to_date++;
				if (r->cli->verbose)
					cli_note(r, "%s: up to date", pm_quote(in->display));
				cli_draw_progress(r, false);
				input_free(in);
				return;
			}
			if (retry) {
				r->retried++;
				if (r->cli->verbose)
					cli_note(r, "%s: retried", pm_quote(in->display));
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
		cli_note(r, "out of memory at %s", pm_quote(e->path));
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
		cli_note(r, "%s: %s: %s", pm_quote(path), why, strerror(err));
}

static void walk_skipped(void *user, const char *path, const char *why)
{
	runner *r = user;
	if (r->counting)
		return;
	r->ignored++;
	if (r->cli->verbose)
		cli_note(r, "%s: skipped: %s", pm_quote(path), why);
}

static void walk_excluded(void *user, const char *path, bool is_dir)
{
	runner *r = user;
	if (r->counting)
		return;
	r->excluded++;
	if (r->cli->verbose)
		cli_note(r, "%s: skipped: %s by --include/--exclude", pm_quote(path),
		         is_dir ? "folder left out" : "left out");
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
	o->excluded = walk_excluded;
	o->include = r->cli->include;
	o->ninclude = r->cli->ninclude;
	o->exclude = r->cli->exclude;
	o->nexclude = r->cli->nexclude;
}

/* An input named on the command line gets its path and display name
 * (none while only counting). Without memory for them it is counted as
 * not done, and false is returned. */
static bool input_named(runner *r, input *in, const char *name)
{
	if (r->counting)
		return true;
	in->path = strdup(name);
	in->display = strdup(name);
	if (in->path && in->display)
		return true;
	cli_note(r, "out of memory at %s", pm_quote(name));
	r->inputs++;
	r->not_done++;
	input_free(in);
	return false;
}

/* `-` on the command line: the document on stdin. */
static void input_stdin(runner *r)
{
	input in;
	const char *name = r->cli->stdin_name ? r->cli->stdin_name : PM_STDIN_NAME;
	memset(&in, 0, sizeof in);
	in.from_stdin = true;
	if (input_named(r, &in, name))
		feed(r, &in, NULL, name);
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
	if (input_named(r, &in, path))
		feed(r, &in, NULL, path);
}

/* A path on the command line, where `-` is stdin (in a --files-from
 * list it is a file named "-": the list names files). */
static void command_line_arg(runner *r, const char *path)
{
	if (!strcmp(path, "-"))
		input_stdin(r);
	else
		input_arg(r, path);
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
		cli_note(r, "cannot read the list %s: %s", pm_quote(file), strerror(errno));
		return -1;
	}
	while (!eof) {
		ssize_t n;
		size_t start = 0, i;
		if (cap - len < 65536) {
			char *nb = realloc(buf, cap + 65536);
			if (!nb) {
				cli_note(r, "out of memory reading the list %s", pm_quote(file));
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
			cli_note(r, "cannot read the list %s: %s", pm_quote(file), strerror(errno));
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
	walk_opts(r, &o);
	/* counted only: nothing said */
	o.error = NULL;
	o.skipped = NULL;
	o.outside = NULL;
	o.excluded = NULL;
	r->total = 0;
	for (i = 0; i < r->cli->npaths; i++) {
		struct stat st;
		if (r->cli->recursive && strcmp(r->cli->paths[i], "-") &&
		    stat(r->cli->paths[i], &st) == 0 && S_ISDIR(st.st_mode))
			pm_walk(r->cli->paths[i], &o, count_cb, r);
		else
			r->total++;
	}
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
		cli_note(r, "-j %u lowered to %lu: the limit of %llu open files (ulimit -n) allows %lu workers",
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
	r.t0 = cli_now();
	if (cli->retry_failed)
		cli->resume = 1;
	if (cli->resume && !cli->outdir)
		return cli_usage_error(NULL, "%s needs -o DIR",
		                       cli->retry_failed ? "--retry-failed" : "--resume");
	if (cli->outdir)
		r.mode = OUT_DIR;
	else if (cli->npaths == 1 && !cli->ndjson && !cli->recursive && !cli->files_from)
		r.mode = OUT_SINGLE;
	else
		r.mode = OUT_NDJSON;
	if (cli->pretty && r.mode != OUT_SINGLE)
		return cli_usage_error(NULL, "--pretty is for one input on stdout");
	if (r.mode == OUT_DIR) {
		struct stat st;
		if (cli_mkdir_p(cli->outdir) < 0 ||
		    (r.outfd = open(cli->outdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
		    fstat(r.outfd, &st) < 0 || cli_probe_out(&r) < 0) {
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
		r.stage_cap = (size_t)r.jobs * STAGE_PER_JOB;
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
		command_line_arg(&r, cli->paths[i]);
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
			command_line_arg(&r, cli->paths[i]);
	}
	if (r.win)
		cli_flush_window(&r);
	secs = cli_now() - r.t0;
	/* one input has no summary: its failure says why here (a folder
	 * given without -r has said so already) */
	if (r.inputs == 1 && r.failed == 1 && r.first_failure && !r.folder_hinted)
		cli_note(&r, "%s", r.first_failure);
	if (!cli->quiet && (r.inputs > 1 || cli->verbose || r.stopped))
		cli_print_summary(&r, secs);
	cli_clear_progress(&r);
	if (cli->report && cli_write_report(&r, cli->report, secs) < 0)
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
	free(r.first_failure);
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
