/*
 * isolate.c - the library's isolate option (pm_options.isolate): each
 * conversion runs in a worker process of a one-worker pool (pool.c) that
 * the context keeps, so that a reader that crashes, hangs or eats memory
 * costs one failed record ("crashed", "timeout", "resource_limit") instead
 * of the caller, while plugins stay loaded between documents. This is the
 * mechanism `pressmill convert` uses, with one worker instead of N.
 */
#define _GNU_SOURCE
#include "isolate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


/* How long a conversion waits for the system to allow a worker process
 * (descriptors, processes) before it gives a failed record. */
#define PM_SPAWN_PATIENCE_MS 2000

json_t *pm_isolated_convert(pm_pool **held, pm_engine *e, const char *path, int fd,
                            const void *data, size_t len, const char *display)
{
	/* the context's worker pool, started with the first isolated
	 * conversion */
	pm_pool *pool = *held ? *held : (*held = pm_pool_create(e, 1));
	pm_pool_result res;
	json_t *rec;
	json_error_t jerr;
	int r, waited = 0;
	if (!pool)
		return pm_engine_failed(&(pm_source){.path = display}, PM_ERR_RESOURCE_LIMIT, "out of memory in the caller");
	for (;;) {
		char msg[256];
		if (path)
			r = pm_pool_submit_file(pool, path, display, 0);
		else if (fd >= 0)
			r = pm_pool_submit_fd(pool, fd, display, 0);
		else
			r = pm_pool_submit_buffer(pool, data, len, display, 0);
		if (r == 0)
			break;
		if (errno == EAGAIN && waited < PM_SPAWN_PATIENCE_MS) {
			usleep(50000);
			waited += 50;
			continue;
		}
		if (errno == ENOENT)
			snprintf(msg, sizeof msg, "cannot start a worker process: the pressmill-worker "
			                          "program is not installed beside the library");
		else
			snprintf(msg, sizeof msg, "cannot start a worker process: %s", strerror(errno));
		return pm_engine_failed(&(pm_source){.path = display}, PM_ERR_RESOURCE_LIMIT, msg);
	}
	/* A signal for the caller interrupts the wait (0): go on waiting,
	 * the limits are enforced inside pm_pool_wait either way. */
	while ((r = pm_pool_wait(pool, -1, &res)) == 0)
		;
	if (r < 0)
		return pm_engine_failed(&(pm_source){.path = display}, PM_ERR_RESOURCE_LIMIT, "out of memory in the caller");
	rec = json_loadb(res.record, res.len, 0, &jerr);
	free(res.record);
	if (!rec) {
		pm_log(&e->log, PM_LOG_ERROR, "the worker's record is unreadable: %s", jerr.text);
		rec = pm_engine_failed(&(pm_source){.path = display}, PM_ERR_CRASHED, "the worker sent an unreadable record");
	}
	return rec;
}
