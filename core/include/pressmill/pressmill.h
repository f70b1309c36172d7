/*
 * pressmill/pressmill.h - public API of libpressmill: turn press releases
 * (PDF, DOCX, plain text) into one JSON record each (RECORD.md).
 *
 * Ownership, in jansson's words: functions returning json_t * return a new
 * reference (the caller json_decref()s it); strings returned as char * are
 * malloc()ed and the caller free()s them; const char * results are borrowed
 * from the context and valid until the next call on that context, unless
 * said to be static. Pointer arguments are borrowed for the duration of the
 * call: the library keeps no pointer the caller gave it (pm_options'
 * strings are copied by pm_context_new), except the log callback's user
 * pointer, which must outlive the context.
 *
 * Threads: a pm_context (and a pm_pool made from it) is used by one thread
 * at a time; one context per thread is safe, and contexts in different
 * threads convert concurrently. The log callback is called on the thread
 * that made the call. The library never prints and never exits:
 * diagnostics go to the log callback of pm_options.
 *
 * Processes: isolation (pm_options.isolate, pm_pool) starts worker
 * processes with posix_spawn() of the pressmill-worker program installed
 * beside the library (<libdir>/pressmill/), never with a bare fork() of
 * the caller, so a caller's threads and their locks are never copied. The
 * library waits only for its own children (never waitpid(-1)), leaves the
 * caller's signal dispositions and jansson's allocator alone, and its
 * workers die with the thread that started them.
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
#define PRESSMILL_RECORD_SCHEMA "pressmill.record/1.2"

/* The version of the library actually loaded (may differ from the header). */
const char *pm_version(void);

/* free() for what the library malloc()ed (pm_record_dumps(), the
 * pm_convert_*_to_string() results, pm_pool_result.record): for language
 * bindings, which may not share the caller's C runtime. NULL is a no-op. */
void pm_free(void *p);

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
	/* Added after 0.1.0 first shipped (a caller built before passes a
	 * smaller size and gets the defaults): reading page images, when a
	 * PDF page has no text layer or one too damaged to trust (README,
	 * "OCR"). Filled with defaults by pm_options_init: mode auto,
	 * languages chosen per document, 20 pages, 25 million pixels a page,
	 * 300 dpi. The languages string is copied by pm_context_new. */
	pm_ocr_options ocr;
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
 * for source.path and as a probe hint; it may be NULL. Invalid arguments
 * (data NULL with len > 0) give a failed record, error.code "io_error",
 * whose message starts "invalid argument". */
json_t *pm_convert_buffer(pm_context *ctx, const void *data, size_t len, const char *name);
/* Convert the regular file open on fd (read from its start, in bounded
 * reads; fd stays the caller's): for files the caller opened itself
 * (openat() below a folder, a path longer than PATH_MAX). */
json_t *pm_convert_fd(pm_context *ctx, int fd, const char *display_path);

/* The record as one line of compact JSON (pretty: indented), without a
 * trailing newline; free() it. NULL when memory runs out. */
char *pm_record_dumps(const json_t *record, int pretty);
/* Convenience: pm_convert_file then pm_record_dumps. */
char *pm_convert_file_to_string(pm_context *ctx, const char *path, int pretty);
/* Convenience: pm_convert_buffer then pm_record_dumps; free() it. */
char *pm_convert_buffer_to_string(pm_context *ctx, const void *data, size_t len,
                                  const char *name, int pretty);

/* The failed record of an input that could not be converted (a file the
 * caller could not open, say), shaped as any other: source.path is
 * display_path, error.code names status (a pm_status), error.message is
 * message. NULL only when memory runs out. */
json_t *pm_record_failed(pm_context *ctx, const char *display_path, int status,
                         const char *message);

/* A record's status: 0 ok, 1 partial, 2 failed (-1 for a non-record). */
int pm_record_status(const json_t *record);

/* The loaded and rejected plugins, as a JSON array of objects
 * {"name","version","media_types","file"} (plus "features", a line on
 * what the plugin can do here, e.g. "ocr: not available", when it says)
 * or {"file","error"}: borrowed. */
const json_t *pm_context_plugins(pm_context *ctx);

/* The record's JSON Schema (borrowed static text). */
const char *pm_record_schema(void);

/* "unsupported_format", "corrupt" ... for a pm_status; NULL for PM_OK. */
const char *pm_status_code(int status);
/* The pm_status a failed record's error.code names; PM_OK for a record
 * that did not fail. */
int pm_record_error(const json_t *record);

/*
 * A pool of long-lived worker processes converting one document each at a
 * time: what `pressmill convert -j N` runs on, for callers that convert
 * many files and want both parallelism and isolation. Workers are started
 * on demand (pressmill-worker, loading the plugins the context loaded) and
 * talk to the pool over socket pairs; a worker that crashes, passes the
 * context's limits.timeout (it is killed) or its limits.max_memory
 * (address-space limit in the worker, and a resident-size check by the
 * pool) gives a failed record for its input ("crashed", "timeout",
 * "resource_limit") and is replaced. Every submitted job gives exactly one
 * result, unless the pool is freed first. Workers ignore SIGINT, SIGTERM
 * and SIGHUP: a stop sent to the whole process group is the caller's to
 * act on (pm_pool_free()), never a crash of the document.
 *
 * The pool is driven from one thread: submit while pm_pool_idle() says a
 * worker is free, and collect with pm_pool_wait(), which is where the
 * limits are enforced (call it at least every few hundred milliseconds
 * while jobs run, e.g. with a timeout of -1 or a tick of your own). Of a
 * longer gap between two calls only a quarter second is counted against
 * the timeout: the process was stopped (Ctrl-Z) or busy, not the reader.
 */
typedef struct pm_pool pm_pool;

typedef struct pm_pool_result {
	uintptr_t tag;   /* as given to pm_pool_submit_* */
	char *record;    /* compact JSON, one line, no newline; malloc()ed, the caller free()s it */
	size_t len;      /* strlen(record) */
	int status;      /* 0 ok, 1 partial, 2 failed (as pm_record_status) */
	int error;       /* pm_status of a failed record, else PM_OK */
	double seconds;  /* wall time the job took in its worker (pm_pool_cpu_wait) */
} pm_pool_result;

/* workers: the most processes run at once (0: the number of online CPUs).
 * The context is borrowed and must outlive the pool. NULL when memory runs
 * out. No process starts before the first job. */
pm_pool *pm_pool_new(pm_context *ctx, unsigned workers);
/* Kill the workers (jobs still running give no result) and free. */
void pm_pool_free(pm_pool *pool);
unsigned pm_pool_size(const pm_pool *pool);
/* How many more jobs can be submitted now. */
unsigned pm_pool_idle(const pm_pool *pool);
/* Jobs submitted whose result has not been returned yet. */
unsigned pm_pool_running(const pm_pool *pool);
/* How many workers were replaced after a crash, timeout or memory kill. */
unsigned long pm_pool_restarts(const pm_pool *pool);
/* Of the job whose result pm_pool_wait() returned last, the seconds its
 * worker waited, ready to run, for a CPU that other processes held
 * (Linux; 0 elsewhere). They are in its result's seconds but not counted
 * against the timeout: a loaded machine does not time a document out. */
double pm_pool_cpu_wait(const pm_pool *pool);
/*
 * Hand a file (display_path: what source.path says, NULL: path), a file
 * open on fd (duplicated: the caller may close fd once the call returns)
 * or a buffer (copied before the call returns) to an idle worker. 0 when
 * the job is accepted, and then it gives exactly one result (a file that
 * cannot be opened gives its io_error record at once); -1 with errno
 * EBUSY when no worker is idle, EAGAIN when no worker process can be
 * started now (descriptors or processes run short: wait for a running job
 * to end, or a moment, and submit again), ENOENT when the pressmill-worker
 * program is missing, ENOMEM when memory runs out.
 */
int pm_pool_submit_file(pm_pool *pool, const char *path, const char *display_path,
                        uintptr_t tag);
int pm_pool_submit_fd(pm_pool *pool, int fd, const char *display_path, uintptr_t tag);
int pm_pool_submit_buffer(pm_pool *pool, const void *data, size_t len, const char *name,
                          uintptr_t tag);
/* As pm_pool_submit_buffer, with OCR options for this job only in place
 * of the context's (read as far as ocr->size goes, the rest the defaults;
 * NULL: the context's). For a service whose requests choose them. */
int pm_pool_submit_buffer_ocr(pm_pool *pool, const void *data, size_t len, const char *name,
                              const pm_ocr_options *ocr, uintptr_t tag);
/*
 * Wait up to timeout_ms milliseconds (-1: as long as it takes) for a job
 * to end. 1: *res holds its result (res->record is the caller's); 0: none
 * ended in time, or a signal interrupted the wait (check your flags and
 * call again); -1: no job is running.
 */
int pm_pool_wait(pm_pool *pool, int timeout_ms, pm_pool_result *res);

#ifdef __cplusplus
}
#endif
#endif
