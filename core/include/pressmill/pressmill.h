/*
 * pressmill/pressmill.h - public API of libpressmill: turn press releases
 * (PDF, DOCX, plain text) into one JSON record each (RECORD.md).
 *
 * Ownership, in jansson's words: functions returning json_t * return a new
 * reference (the caller json_decref()s it); strings returned as char * are
 * malloc()ed and the caller free()s them; const char * results are borrowed
 * from the context and valid until the next call on that context.
 *
 * Threads: a pm_context is not shared between threads; one context per
 * thread is safe. The library never prints and never exits: diagnostics go
 * to the log callback of pm_options.
 */
#ifndef PRESSMILL_H
#define PRESSMILL_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include <pressmill/plugin.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PRESSMILL_VERSION "0.1.0"
#define PRESSMILL_VERSION_NUMBER 0x000100
#define PRESSMILL_RECORD_SCHEMA "pressmill.record/1"

/* The version of the library actually loaded (may differ from the header). */
const char *pm_version(void);

typedef enum pm_log_level {
	PM_LOG_ERROR = 0,
	PM_LOG_WARNING,
	PM_LOG_INFO,
	PM_LOG_DEBUG
} pm_log_level;

typedef void (*pm_log_fn)(void *user, int level, const char *message);

typedef struct pm_options {
	size_t size;                 /* sizeof(pm_options): set by pm_options_init */
	/* Colon-separated plugin directories searched first; NULL: the
	 * PRESSMILL_PLUGIN_PATH environment variable. The built-in directory
	 * comes after either. */
	const char *plugin_path;
	int no_default_plugin_dir;   /* 1: search plugin_path only */
	pm_log_fn log;               /* NULL: silent */
	void *log_user;
	int explain;                 /* 1: records carry an "evidence" object */
	/* 1: convert in a child process with the timeout and memory limit
	 * below, so that a crashing or hanging reader gives a failed record
	 * instead of taking the caller down. 0 (default): in process. */
	int isolate;
	pm_limits limits;            /* filled with defaults by pm_options_init */
} pm_options;

/* Fill *opt with the defaults (documented in README "Limits"). */
void pm_options_init(pm_options *opt);
/* The default limits, for callers that build pm_limits themselves. */
void pm_limits_default(pm_limits *lim);

typedef struct pm_context pm_context;

/* NULL only when memory runs out. Plugin problems are logged and listed by
 * pm_context_plugins(), they do not fail the context. */
pm_context *pm_context_new(const pm_options *opt);
void pm_context_free(pm_context *ctx);

/*
 * Convert one file. display_path is what the record's source.path says
 * (NULL: path). Always returns a record, a failed one when the file cannot
 * be converted; NULL only when memory runs out.
 */
json_t *pm_convert_file(pm_context *ctx, const char *path, const char *display_path);
/* Convert bytes held by the caller (borrowed for the call). name is used
 * for source.path and as a probe hint; it may be NULL. */
json_t *pm_convert_buffer(pm_context *ctx, const void *data, size_t len, const char *name);

/* The record as one line of compact JSON (pretty: indented), without a
 * trailing newline; free() it. NULL when memory runs out. */
char *pm_record_dumps(const json_t *record, int pretty);
/* Convenience: pm_convert_file then pm_record_dumps. */
char *pm_convert_file_to_string(pm_context *ctx, const char *path, int pretty);

/* A record's status: 0 ok, 1 partial, 2 failed (-1 for a non-record). */
int pm_record_status(const json_t *record);

/* The loaded and rejected plugins, as a JSON array of objects
 * {"name","version","media_types","file"} or {"file","error"}: borrowed. */
const json_t *pm_context_plugins(pm_context *ctx);

/* The record's JSON Schema (borrowed static text). */
const char *pm_record_schema(void);

/* "unsupported_format", "corrupt" ... for a pm_status; NULL for PM_OK. */
const char *pm_status_code(int status);

#ifdef __cplusplus
}
#endif
#endif
