/*
 * isolate.c - the library's isolate option (pm_options.isolate): each
 * conversion runs in a worker process of a one-worker pool (pool.c) that
 * the context keeps, so that a reader that crashes, hangs or eats memory
 * costs one failed record ("crashed", "timeout", "resource_limit") instead
 * of the caller, while plugins stay loaded between documents. This is the
 * mechanism `pressmill convert` uses, with one worker instead of N. Also
 * the small public helpers that sit on top of a record.
 */
#define _GNU_SOURCE
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

json_t *pm_isolated_convert(pm_context *ctx, const char *path, int fd, const void *data,
                            size_t len, const char *display);
void pm_isolate_release(pm_context *ctx);

/* The context's worker pool, started with the first isolated conversion. */
static pm_pool *ctx_pool(pm_context *ctx)
{
	if (!ctx->pool)
		ctx->pool = pm_pool_new(ctx, 1);
	return ctx->pool;
}

/* How long a conversion waits for the system to allow a worker process
 * (descriptors, processes) before it gives a failed record. */
#define PM_SPAWN_PATIENCE_MS 2000

json_t *pm_isolated_convert(pm_context *ctx, const char *path, int fd, const void *data,
                            size_t len, const char *display)
{
	pm_pool *pool = ctx_pool(ctx);
	pm_pool_result res;
	json_t *rec;
	json_error_t jerr;
	int r, waited = 0;
	if (!pool)
		return pm_record_failed(ctx, display, PM_ERR_RESOURCE_LIMIT, "out of memory in the caller");
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
		return pm_record_failed(ctx, display, PM_ERR_RESOURCE_LIMIT, msg);
	}
	/* A signal for the caller interrupts the wait (0): go on waiting,
	 * the limits are enforced inside pm_pool_wait either way. */
	while ((r = pm_pool_wait(pool, -1, &res)) == 0)
		;
	if (r < 0)
		return pm_record_failed(ctx, display, PM_ERR_RESOURCE_LIMIT, "out of memory in the caller");
	rec = json_loadb(res.record, res.len, 0, &jerr);
	free(res.record);
	if (!rec) {
		pm_log(&ctx->log, PM_LOG_ERROR, "the worker's record is unreadable: %s", jerr.text);
		rec = pm_record_failed(ctx, display, PM_ERR_CRASHED, "the worker sent an unreadable record");
	}
	return rec;
}

void pm_isolate_release(pm_context *ctx)
{
	pm_pool_free(ctx->pool);
	ctx->pool = NULL;
}

PM_API int pm_record_error(const json_t *record)
{
	const char *code = json_string_value(json_object_get(json_object_get(record, "error"), "code"));
	int s;
	if (!code)
		return PM_OK;
	for (s = 1; s < PM_STATUS_COUNT; s++)
		if (!strcmp(pm_status_code(s), code))
			return s;
	return PM_ERR_CORRUPT;
}

PM_API char *pm_convert_buffer_to_string(pm_context *ctx, const void *data, size_t len,
                                         const char *name, int pretty)
{
	json_t *r = pm_convert_buffer(ctx, data, len, name);
	char *s = r ? pm_record_dumps(r, pretty) : NULL;
	json_decref(r);
	return s;
}
