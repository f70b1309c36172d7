/* This floor may use: engine repair normalize model text base kit
 * It is used by: api worker
 *
 * isolate.h - the isolate floor: conversions in worker processes, so that
 * a reader that crashes, hangs or eats memory costs one failed record
 * instead of its caller. pool.c keeps the workers (the pool of
 * `pressmill convert -j N` and, with one worker, of pm_options.isolate,
 * isolate.c); worker.c is what runs in them (the pressmill-worker
 * program, core/worker/); frames.c, the protocol both speak. Not
 * installed; not part of the ABI.
 */
#ifndef PM_ISOLATE_H
#define PM_ISOLATE_H

#include <dirent.h>
#include <stdbool.h>
#include <sys/types.h>

#include "engine/engine.h"

/* Address and thread sanitizers reserve terabytes of address space for
 * their shadow memory: no RLIMIT_AS under them. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define PM_ASAN 1
#endif
#endif
#ifndef PM_ASAN
#define PM_ASAN 0
#endif

/* The descriptor a worker finds its socket on. */
#define PM_WORKER_FD 3

/* ---- the frames between pool and worker (frames.c) ------------------- */

void pm_put32(unsigned char *p, uint32_t v);
uint32_t pm_get32(const unsigned char *p);
void pm_put64(unsigned char *p, uint64_t v);
uint64_t pm_get64(const unsigned char *p);
/* Send all of buf; with fd_pass >= 0, that descriptor rides along with
 * the first byte. A non-blocking socket waits for room. */
int pm_send_full(int fd, const void *buf, size_t n, int fd_pass);
/* Address-space and resident bytes of a process (0 when unknown). */
uint64_t pm_mem_of(pid_t pid, uint64_t *vsz);
/* Seconds a process's threads ran on a CPU and waited for one held by
 * other processes (Linux's schedstat); false when the system does not say. */
bool pm_sched_of(pid_t pid, double *run, double *wait);

/* The same two looks through files kept open between calls: a worker's
 * statm, its task folder and up to PM_WATCH_THREADS threads' schedstat
 * (others are opened at each look). The figures are those pm_mem_of and
 * pm_sched_of give; a watch follows one process, pid, and starts afresh
 * when given another; pm_watch_close it when that process is reaped. */
#define PM_WATCH_THREADS 4
typedef struct pm_proc_watch {
	pid_t pid;          /* the process the files below belong to */
	int statm;          /* -1: not open */
	DIR *task;
	struct {
		pid_t tid;
		int fd;
		bool seen;  /* listed at this look */
	} th[PM_WATCH_THREADS];
	int nth;
} pm_proc_watch;
void pm_watch_init(pm_proc_watch *pw);
void pm_watch_close(pm_proc_watch *pw);
uint64_t pm_watch_mem(pm_proc_watch *pw, pid_t pid, uint64_t *vsz);
bool pm_watch_sched(pm_proc_watch *pw, pid_t pid, double *run, double *wait);

/* ---- the pool (pool.c) ----------------------------------------------- */

/* pm_pool_new() on an engine (borrowed: it must outlive the pool). */
pm_pool *pm_pool_create(pm_engine *e, unsigned workers);

/* ---- one isolated conversion (isolate.c) ----------------------------- */

/* The record of one input converted in the one-worker pool *pool (made
 * with the first call; pm_pool_free() it): a path, a descriptor (>= 0) or
 * bytes. */
json_t *pm_isolated_convert(pm_pool **pool, pm_engine *e, const char *path, int fd,
                            const void *data, size_t len, const char *display);

/* ---- the worker process (worker.c) ----------------------------------- */

/* main() of pressmill-worker, the process an isolated conversion runs in. */
PM_API int pm_worker_main(int argc, char **argv);

#endif
