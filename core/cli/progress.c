/*
 * progress.c - what the batch runner tells the user: notes on stderr, the
 * progress line on a terminal (done/total, documents per second,
 * failures, time left), the summary at the end, and --report, the same
 * summary as JSON.
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



double cli_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_clear_progress(runner *r)
{
	if (r->drawn) {
		fputs("\r\033[K", stderr);
		r->drawn = false;
	}
}
void cli_note(runner *r, const char *fmt, ...)
{
	va_list ap;
	cli_clear_progress(r);
	fputs("pressmill: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_draw_progress(runner *r, bool force)
{
	double t = cli_now(), el = t - r->t0, rate;
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
	json_object_set_new(o, "excluded", json_integer((json_int_t)r->excluded));
	json_object_set_new(o, "worker_restarts",
	                    json_integer((json_int_t)(r->pool ? pm_pool_restarts(r->pool) : r->restarts)));
	json_object_set_new(o, "jobs", json_integer((json_int_t)r->jobs));
	json_object_set_new(o, "seconds", json_real(secs));
	json_object_set_new(o, "docs_per_second", json_real(secs > 0 ? (double)r->converted / secs : 0));
	return o;
}

void cli_print_summary(runner *r, double secs)
{
	int c;
	size_t i;
	bool first = true;
	cli_clear_progress(r);
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
	if (r->excluded)
		fprintf(stderr, ", %lu left out by --include/--exclude", r->excluded);
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

int cli_write_report(runner *r, const char *file, double secs)
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
