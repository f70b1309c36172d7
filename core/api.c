/*
 * api.c - the library's front door (pressmill.h): a context holds the
 * options, the plugins and the language resources (an engine, engine/)
 * and, when asked to isolate, the one worker process its conversions run
 * in (isolate/); each pm_convert_* gives exactly one record, converted in
 * process or isolated as the options say. The command line uses nothing
 * else.
 */
#define _GNU_SOURCE
#include "api.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

PM_API const char *pm_version(void)
{
	return PRESSMILL_VERSION;
}

PM_API pm_context *pm_context_new(const pm_options *opt)
{
	pm_context *ctx = pm_calloc(1, sizeof *ctx);
	pm_options o;
	if (!ctx)
		return NULL;
	/* jansson's allocator is process-wide, so it is the embedding
	 * program's to choose, never ours to replace (the worker program,
	 * whose process is ours, routes it through pm_malloc: worker.c). */
	pm_options_copy(&o, opt);
	if (o.plugin_path) {
		ctx->plugin_path = pm_strdup(o.plugin_path);
		o.plugin_path = ctx->plugin_path;
	}
	if (!pm_engine_init(&ctx->eng, &o)) {
		pm_context_free(ctx);
		return NULL;
	}
	return ctx;
}

PM_API void pm_context_free(pm_context *ctx)
{
	if (!ctx)
		return;
	pm_pool_free(ctx->pool);
	pm_engine_free(&ctx->eng);
	free(ctx->plugin_path);
	free(ctx);
}

PM_API const json_t *pm_context_plugins(pm_context *ctx)
{
	if (!ctx)
		return NULL;
	return pm_registry_listing(&ctx->eng.reg);
}

PM_API json_t *pm_record_failed(pm_context *ctx, const char *display, int status,
                                const char *message)
{
	pm_source src = {.path = display};
	(void)ctx;
	return pm_engine_failed(&src, status, message);
}

PM_API json_t *pm_convert_buffer(pm_context *ctx, const void *data, size_t len, const char *name)
{
	if (!ctx || (!data && len)) {
		char msg[128];
		snprintf(msg, sizeof msg, "invalid argument: %s",
		         !ctx ? "no context" : "no data (a null pointer) for a length above 0");
		return pm_record_failed(ctx, name, PM_ERR_IO, msg);
	}
	if (ctx->eng.opt.isolate)
		return pm_isolated_convert(&ctx->pool, &ctx->eng, NULL, -1, data ? data : "", len, name);
	return pm_engine_convert_buffer(&ctx->eng, data ? data : (const void *)"", len, name);
}

PM_API pm_pool *pm_pool_new(pm_context *ctx, unsigned workers)
{
	return ctx ? pm_pool_create(&ctx->eng, workers) : NULL;
}

static int open_input(const char *path)
{
	return open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
}

PM_API json_t *pm_convert_fd(pm_context *ctx, int fd, const char *display_path)
{
	if (!ctx || fd < 0)
		return pm_record_failed(ctx, display_path, PM_ERR_IO,
		                        !ctx ? "invalid argument: no context"
		                             : "invalid argument: no file descriptor");
	if (ctx->eng.opt.isolate)
		return pm_isolated_convert(&ctx->pool, &ctx->eng, NULL, fd, NULL, 0,
		                           display_path ? display_path : "");
	return pm_engine_convert_fd(&ctx->eng, fd, display_path ? display_path : "");
}

PM_API json_t *pm_convert_file(pm_context *ctx, const char *path, const char *display_path)
{
	const char *display = display_path ? display_path : path;
	json_t *rec;
	int fd;
	if (!ctx || !path)
		return pm_record_failed(ctx, display, PM_ERR_IO,
		                        !ctx ? "invalid argument: no context" : "invalid argument: no path");
	if (ctx->eng.opt.isolate)
		return pm_isolated_convert(&ctx->pool, &ctx->eng, path, -1, NULL, 0, display);
	fd = open_input(path);
	if (fd < 0) {
		char msg[512];
		snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
		return pm_record_failed(ctx, display, PM_ERR_IO, msg);
	}
	rec = pm_engine_convert_fd(&ctx->eng, fd, display);
	close(fd);
	return rec;
}

PM_API char *pm_convert_file_to_string(pm_context *ctx, const char *path, int pretty)
{
	json_t *r = pm_convert_file(ctx, path, NULL);
	char *s = r ? pm_record_dumps(r, pretty) : NULL;
	json_decref(r);
	return s;
}

PM_API char *pm_convert_buffer_to_string(pm_context *ctx, const void *data, size_t len,
                                         const char *name, int pretty)
{
	json_t *r = pm_convert_buffer(ctx, data, len, name);
	char *s = r ? pm_record_dumps(r, pretty) : NULL;
	json_decref(r);
	return s;
}
