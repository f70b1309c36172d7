/*
 * isolate.c - one conversion in a child process, so that a reader that
 * crashes, hangs or eats memory costs one failed record ("crashed",
 * "timeout", "resource_limit") instead of the caller. The child inherits
 * the loaded plugins through fork(), converts in process, and sends the
 * record back over a pipe; the parent enforces the time limit and the
 * child's address-space limit does the rest.
 */
#define _GNU_SOURCE
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

json_t *pm_convert_file_inprocess(pm_context *ctx, const char *path, const char *display);
json_t *pm_convert_buffer_inprocess(pm_context *ctx, const void *data, size_t len,
                                    const char *name);
json_t *pm_isolated_convert(pm_context *ctx, const char *path, const void *data, size_t len,
                            const char *display);

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		s += w;
		n -= (size_t)w;
	}
}

/* A failed record for an input whose reader did not come back. */
static json_t *failed_record(pm_context *ctx, const char *path, const void *data, size_t len,
                             const char *display, int status, const char *msg)
{
	json_t *rec = pm_record_skeleton();
	json_t *src;
	if (!rec)
		return NULL;
	src = json_object_get(rec, "source");
	pm_json_set_str(src, "path", display ? display : path ? path : "");
	if (data) {
		char hex[65];
		pm_sha256_hex(data, len, hex);
		json_object_set_new(src, "bytes", json_integer((json_int_t)len));
		json_object_set_new(src, "sha256", json_string(hex));
	}
	(void)ctx;
	pm_record_fail(rec, status, msg);
	return rec;
}

json_t *pm_isolated_convert(pm_context *ctx, const char *path, const void *data, size_t len,
                            const char *display)
{
	int fds[2], wst = 0, status = 0;
	pid_t pid;
	pm_buf out;
	double deadline, timeout = ctx->opt.limits.timeout;
	bool timed_out = false;
	json_t *rec = NULL;
	json_error_t jerr;
	char msg[256];
	if (pipe2(fds, O_CLOEXEC) < 0)
		return failed_record(ctx, path, data, len, display, PM_ERR_RESOURCE_LIMIT,
		                     "cannot create a pipe to the worker");
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return failed_record(ctx, path, data, len, display, PM_ERR_RESOURCE_LIMIT,
		                     "cannot start a worker process");
	}
	if (pid == 0) {
		json_t *r;
		char *s;
		close(fds[0]);
		if (ctx->opt.limits.max_memory) {
			struct rlimit rl;
			rl.rlim_cur = rl.rlim_max = (rlim_t)ctx->opt.limits.max_memory;
			setrlimit(RLIMIT_AS, &rl);
		}
		r = path ? pm_convert_file_inprocess(ctx, path, display)
		         : pm_convert_buffer_inprocess(ctx, data, len, display);
		s = r ? pm_record_dumps(r, 0) : NULL;
		if (s)
			write_all(fds[1], s, strlen(s));
		_exit(s ? 0 : 3);
	}
	close(fds[1]);
	pm_buf_init(&out);
	deadline = now() + (timeout > 0 ? timeout : 1e9);
	for (;;) {
		struct pollfd pf = {.fd = fds[0], .events = POLLIN};
		double left = deadline - now();
		int pr;
		char chunk[65536];
		ssize_t n;
		if (left <= 0) {
			timed_out = true;
			break;
		}
		pr = poll(&pf, 1, left > 1e6 ? -1 : (int)(left * 1000) + 1);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr == 0)
			continue;
		n = read(fds[0], chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		pm_buf_add(&out, chunk, (size_t)n);
	}
	close(fds[0]);
	if (timed_out)
		kill(pid, SIGKILL);
	while (waitpid(pid, &wst, 0) < 0 && errno == EINTR)
		;
	if (timed_out) {
		snprintf(msg, sizeof msg, "no result within the time limit of %g s", timeout);
		status = PM_ERR_TIMEOUT;
	} else if (WIFSIGNALED(wst)) {
		snprintf(msg, sizeof msg, "the reader died with signal %d (%s)", WTERMSIG(wst),
		         strsignal(WTERMSIG(wst)));
		status = PM_ERR_CRASHED;
	} else if (WIFEXITED(wst) && WEXITSTATUS(wst) != 0) {
		snprintf(msg, sizeof msg, "the worker ran out of memory (limit %llu MiB)",
		         (unsigned long long)(ctx->opt.limits.max_memory >> 20));
		status = PM_ERR_RESOURCE_LIMIT;
	} else if (out.data) {
		rec = json_loadb(out.data, out.len, 0, &jerr);
		if (!rec) {
			snprintf(msg, sizeof msg, "the worker sent an unreadable record");
			status = PM_ERR_CRASHED;
		}
	} else {
		snprintf(msg, sizeof msg, "the worker sent no record");
		status = PM_ERR_CRASHED;
	}
	pm_buf_free(&out);
	if (rec)
		return rec;
	return failed_record(ctx, path, data, len, display, status, msg);
}
