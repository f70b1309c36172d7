/*
 * pool.c - long-lived worker processes that convert one document each at
 * a time, so that a reader that crashes, hangs or eats memory costs one
 * failed record instead of the batch, and so that -j N runs N documents at
 * once. Used by `pressmill convert` and, with one worker, by the library's
 * isolate option (isolate.c): the same mechanism for both. The worker side
 * (worker.c, pm_worker_main) runs in the pressmill-worker program.
 *
 * Workers are started with posix_spawn() of pressmill-worker, never by a
 * bare fork() of the caller: a fork copies a multithreaded caller's locks
 * in whatever state its other threads hold them (poppler's, fontconfig's),
 * and a worker that needs one waits for ever. The worker program is found
 * like the plugins, without an environment variable: beside the library
 * (<libdir>/pressmill/pressmill-worker), then beside the running program
 * (<bin>/../lib/pressmill/), then in the configured install directory. It
 * loads the very plugin files the caller's context loaded.
 *
 * Each worker talks to the pool over a socket pair: one descriptor per
 * worker, input files passed as open descriptors (SCM_RIGHTS, so a path of
 * any length works and the file converted is the file the caller opened),
 * and send(MSG_NOSIGNAL) to a dead worker fails with EPIPE instead of
 * raising SIGPIPE in a caller whose signal dispositions are not ours.
 *
 * Frames are length-prefixed (8-byte header, then the payload):
 *   pool -> worker  u32 payload length, u32 kind:
 *                   'I' options as JSON (first frame, once)
 *                   'F' display name; the input's descriptor rides along
 *                   'B' name NUL bytes
 *                   'O' OCR options as JSON for the next job only, before
 *                       its 'F' or 'B' (pm_pool_submit_buffer_ocr)
 *   worker -> pool  u32 payload length, u8 kind, u8 a, u8 b, u8 0:
 *                   'Y' ready: u64 address space, u64 resident bytes
 *                   'L' a log line, a = level
 *                   'R' the record as compact JSON, a = status, b = error
 *                       (length 0: the worker could not build one)
 *
 * Limits: the worker sets RLIMIT_AS to limits.max_memory (not under
 * AddressSanitizer, whose shadow memory is terabytes of address space), and
 * the pool checks each busy worker's resident size on every tick, which is
 * what enforces the limit under ASan and catches memory that RLIMIT_AS does
 * not count. The pool kills a worker past limits.timeout, counting only the
 * time it was there to watch (a job stopped with Ctrl-Z, the pool stopped
 * too, does not time out on fg), from when the worker said it was ready
 * (its start, slow under a sanitizer, is not the document's time), and
 * not the time the worker waited, runnable, for a CPU that other processes
 * held (Linux's schedstat): a document's time is what it ran, slept or
 * blocked, so that a machine loaded ten times over its cores gives the
 * outcome an idle one gives, while a worker that sleeps or blocks still
 * times out, and one that runs always counts at least the CPU time it
 * used. Death is read from wait4(): killed by us
 * for time or memory, killed by a signal after its resident size grew by
 * more than half of the address space it had left (a failed allocation a
 * reader did not check), or by SIGKILL from someone else (the kernel's OOM
 * killer) is "resource_limit"; any other signal or exit is "crashed".
 * Workers ignore SIGINT, SIGTERM and SIGHUP: a stop sent to the whole
 * process group is the caller's to act on, not a crash of the document.
 */
#define _GNU_SOURCE
#include "isolate.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#ifndef PM_WORKER_PROGRAM
#define PM_WORKER_PROGRAM "/usr/local/lib/pressmill/pressmill-worker"
#endif

extern char **environ;

/* A worker is replaced after this many documents, so that memory a reader
 * leaks or caches (font caches, arenas) cannot grow without bound in a run
 * of any length. Starting another costs a few milliseconds. */
#define PM_POOL_RECYCLE 2000
/* How often a busy pool looks at its workers' memory and liveness. */
#define PM_POOL_TICK_MS 50
/* The most time counted against a job between two looks of the pool (it
 * looks every tick while its caller waits): longer means the pool was not
 * running (the job was stopped, Ctrl-Z) or its caller was busy elsewhere,
 * and neither is the document's fault. */
#define PM_POOL_MAX_GAP 0.25
/* The longest a new worker may take to start (exec, loading the plugins)
 * when the timeout is shorter: past it, the start counts as the job's. */
#define PM_POOL_START_GRACE 10.0
/* Chunks in which the pool digests an input whose worker died. */
#define PM_POOL_READ_CHUNK (1u << 20)

typedef struct pm_worker {
	pid_t pid;          /* 0: no process in this slot */
	int fd;             /* the pool's end of the socket pair */
	bool busy;
	bool ready;         /* the worker said it is ready ('Y'): its start-up
	                       (exec, loading plugins) is not the job's time */
	bool killed_time, killed_memory;
	unsigned docs;      /* documents converted by this process */
	double started;     /* wall clock at submit, for the result's seconds */
	double counted;     /* time counted against the timeout */
	double seen;        /* when the pool last looked at this job */
	pm_proc_watch watch; /* its /proc files, open while it lives */
	bool sched;         /* ran_seen and waited_seen hold the worker's schedstat */
	double ran_seen, waited_seen;  /* as it was at the last look */
	double cpu_wait;    /* this job's time waiting for a CPU, not counted */
	double wait_debt;   /* wait the kernel reported after its time was counted (<= 0) */
	double ran_job;     /* CPU time this job's threads used */
	uint64_t vsz0, rss0;  /* address space and resident size at submit */
	/* the running job, kept to write its record if the worker dies */
	uintptr_t tag;
	int in_fd;          /* file jobs: the input, to identify it (-1: buffer) */
	char *display;
	size_t in_len;      /* buffer jobs: size and digest of the bytes */
	char in_sha[65];
	/* what the worker sent, not yet consumed */
	unsigned char *rx;
	size_t rx_len, rx_cap;
} pm_worker;

struct pm_pool {
	pm_engine *eng;
	unsigned size;
	pm_worker *w;
	pm_pool_result *ready;   /* results made without a worker */
	unsigned nready;
	unsigned long restarts;
	unsigned next;           /* round-robin start for fairness in wait() */
	double last_cpu_wait;    /* of the result wait() returned last */
	struct pollfd *pf;       /* wait()'s poll set, one per worker */
	pm_worker **pw;
	char *init;              /* the options frame every new worker gets */
	size_t init_len;
};

/* ---- the worker program ------------------------------------------------ */

static char worker_path[PATH_MAX];
static pthread_once_t worker_once = PTHREAD_ONCE_INIT;

static bool try_worker(const char *dir, const char *rel)
{
	char p[PATH_MAX];
	if (snprintf(p, sizeof p, "%s/%s", dir, rel) >= (int)sizeof p || access(p, X_OK) != 0)
		return false;
	snprintf(worker_path, sizeof worker_path, "%s", p);
	return true;
}

static void find_worker(void)
{
	Dl_info info;
	char buf[PATH_MAX], *slash;
	ssize_t n;
	if (dladdr((void *)find_worker, &info) && info.dli_fname &&
	    snprintf(buf, sizeof buf, "%s", info.dli_fname) < (int)sizeof buf &&
	    (slash = strrchr(buf, '/'))) {
		*slash = '\0';
		if (try_worker(buf, "pressmill/pressmill-worker"))
			return;
	}
	n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n > 0) {
		buf[n] = '\0';
		if ((slash = strrchr(buf, '/'))) {
			*slash = '\0';
			if (try_worker(buf, "../lib/pressmill/pressmill-worker"))
				return;
		}
	}
	if (access(PM_WORKER_PROGRAM, X_OK) == 0)
		snprintf(worker_path, sizeof worker_path, "%s", PM_WORKER_PROGRAM);
}

static const char *worker_program(void)
{
	pthread_once(&worker_once, find_worker);
	return worker_path[0] ? worker_path : NULL;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- the pool --------------------------------------------------------- */

/* OCR options as the frames carry them. */
static json_t *ocr_json(const pm_ocr_options *c)
{
	json_t *ocr = json_object();
	if (ocr) {
		json_object_set_new(ocr, "mode", json_integer(c->mode));
		if (c->languages)
			json_object_set_new(ocr, "languages", json_string(c->languages));
		json_object_set_new(ocr, "max_pages", json_integer(c->max_pages));
		json_object_set_new(ocr, "max_pixels", json_integer((json_int_t)c->max_pixels));
		json_object_set_new(ocr, "dpi", json_integer(c->dpi));
	}
	return ocr;
}

/* The options frame: what a worker needs to convert as the caller's
 * context would. */
static char *init_frame(pm_engine *ctx, size_t *len)
{
	json_t *o = json_object(), *lim = json_object(), *plugins = json_array(), *ocr = ocr_json(&ctx->opt.ocr);
	const pm_limits *l = &ctx->opt.limits;
	char *s = NULL;
	size_t i;
	if (o && lim && plugins && ocr) {
		json_object_set_new(o, "version", json_string(PRESSMILL_VERSION));
		json_object_set_new(o, "explain", json_boolean(ctx->opt.explain));
		json_object_set_new(lim, "max_file_bytes", json_integer((json_int_t)l->max_file_bytes));
		json_object_set_new(lim, "max_entry_bytes", json_integer((json_int_t)l->max_entry_bytes));
		json_object_set_new(lim, "max_total_bytes", json_integer((json_int_t)l->max_total_bytes));
		json_object_set_new(lim, "max_ratio", json_integer(l->max_ratio));
		json_object_set_new(lim, "max_pages", json_integer(l->max_pages));
		json_object_set_new(lim, "max_text_bytes", json_integer((json_int_t)l->max_text_bytes));
		json_object_set_new(lim, "max_depth", json_integer(l->max_depth));
		json_object_set_new(lim, "timeout", json_real(l->timeout));
		json_object_set_new(lim, "max_memory", json_integer((json_int_t)l->max_memory));
		json_object_set(o, "ocr", ocr);
		/* the files loaded here or not tried yet, in search order, which
		 * the worker loads on demand as this process would */
		for (i = 0; i < ctx->reg.npending; i++)
			if (!ctx->reg.pending[i].tried || ctx->reg.pending[i].loaded)
				json_array_append_new(plugins, json_string(ctx->reg.pending[i].file));
		json_object_set(o, "limits", lim);
		json_object_set(o, "plugins", plugins);
		s = json_dumps(o, JSON_COMPACT);
	}
	json_decref(o);
	json_decref(lim);
	json_decref(plugins);
	json_decref(ocr);
	*len = s ? strlen(s) : 0;
	return s;
}

pm_pool *pm_pool_create(pm_engine *ctx, unsigned workers)
{
	pm_pool *p;
	unsigned i;
	if (!ctx)
		return NULL;
	if (!workers) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		workers = n > 0 ? (unsigned)n : 1;
	}
	p = pm_calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->w = pm_calloc(workers, sizeof *p->w);
	p->ready = pm_calloc(workers, sizeof *p->ready);
	p->pf = pm_calloc(workers, sizeof *p->pf);
	p->pw = pm_calloc(workers, sizeof *p->pw);
	p->init = init_frame(ctx, &p->init_len);
	if (!p->w || !p->ready || !p->pf || !p->pw || !p->init) {
		free(p->w);
		free(p->ready);
		free(p->pf);
		free(p->pw);
		free(p->init);
		free(p);
		return NULL;
	}
	p->eng = ctx;
	p->size = workers;
	for (i = 0; i < workers; i++) {
		p->w[i].fd = -1;
		p->w[i].in_fd = -1;
		pm_watch_init(&p->w[i].watch);
	}
	return p;
}

/* Start a worker process in slot w. -1 with errno: ENOENT when the worker
 * program is missing, else the shortage that stopped it (EMFILE, EAGAIN,
 * ENOMEM ...). */
static int spawn(pm_pool *p, pm_worker *w)
{
	const char *prog = worker_program();
	int sv[2], rc, e;
	pid_t pid;
	char parent[32];
	char *argv[4];
	unsigned char hdr[8];
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none, all;
	if (!prog) {
		errno = ENOENT;
		return -1;
	}
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
		return -1;
	snprintf(parent, sizeof parent, "%ld", (long)getpid());
	argv[0] = (char *)prog;
	argv[1] = (char *)"--pressmill-worker";
	argv[2] = parent;
	argv[3] = NULL;
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&at);
	/* the socket on a known descriptor (dup2 clears close-on-exec, even
	 * onto itself); no terminal input; nothing on the caller's stdout,
	 * which may be a stream of records */
	posix_spawn_file_actions_adddup2(&fa, sv[1], PM_WORKER_FD);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &all);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	rc = posix_spawn(&pid, prog, &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	close(sv[1]);
	if (rc != 0) {
		close(sv[0]);
		errno = rc;
		return -1;
	}
	fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
	w->pid = pid;
	w->fd = sv[0];
	w->docs = 0;
	w->busy = false;
	w->ready = false;
	w->rx_len = 0;
	w->vsz0 = w->rss0 = 0;
	pm_put32(hdr, (uint32_t)p->init_len);
	pm_put32(hdr + 4, 'I');
	if (pm_send_full(w->fd, hdr, sizeof hdr, -1) < 0 ||
	    pm_send_full(w->fd, p->init, p->init_len, -1) < 0) {
		e = errno;
		kill(pid, SIGKILL);
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		close(w->fd);
		w->fd = -1;
		w->pid = 0;
		errno = e;
		return -1;
	}
	return 0;
}

/* End a worker's process and reap it; *wst gets its wait status. */
static void reap(pm_worker *w, bool kill_it, int *wst, struct rusage *ru)
{
	int st = 0;
	struct rusage r;
	memset(&r, 0, sizeof r);
	if (w->fd >= 0) {
		close(w->fd);
		w->fd = -1;
	}
	if (w->pid > 0) {
		pid_t got = 0;
		int tries;
		/* A worker whose socket closed is normally dead or dying; one
		 * that closed it and lives on (a reader closing descriptors)
		 * gets two seconds, then SIGKILL, never an endless wait. */
		for (tries = 0; !kill_it && tries < 200; tries++) {
			got = wait4(w->pid, &st, WNOHANG, &r);
			if (got != 0 && !(got < 0 && errno == EINTR))
				break;
			usleep(10000);
		}
		if (got == 0 || kill_it) {
			kill(w->pid, SIGKILL);
			while (wait4(w->pid, &st, 0, &r) < 0 && errno == EINTR)
				;
		}
	}
	pm_watch_close(&w->watch);
	w->pid = 0;
	w->rx_len = 0;
	if (wst)
		*wst = st;
	if (ru)
		*ru = r;
}

static void job_clear(pm_worker *w)
{
	if (w->in_fd >= 0)
		close(w->in_fd);
	w->in_fd = -1;
	free(w->display);
	w->display = NULL;
	w->busy = false;
	w->killed_time = w->killed_memory = false;
}

/* Size and digest of the input open on fd, read in bounded chunks from
 * its start: never mapped, since a file that shrinks under a mapping
 * raises SIGBUS in whoever touches the lost pages. Up to max bytes (0: no
 * limit); false when it could not be read whole. */
static bool digest_fd(int fd, uint64_t max, uint64_t *size, char hex[65])
{
	unsigned char *buf = malloc(PM_POOL_READ_CHUNK);
	pm_sha256 c;
	uint64_t off = 0;
	bool ok = true;
	if (!buf)
		return false;
	pm_sha256_init(&c);
	for (;;) {
		ssize_t r = pread(fd, buf, PM_POOL_READ_CHUNK, (off_t)off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			ok = false;
			break;
		}
		if (r == 0)
			break;
		off += (uint64_t)r;
		if (max && off > max) {
			ok = false;
			break;
		}
		pm_sha256_update(&c, buf, (size_t)r);
	}
	free(buf);
	*size = off;
	if (ok)
		pm_sha256_final_hex(&c, hex);
	return ok;
}

/* A failed record for an input whose worker did not give one: the file's
 * size and digest still identify it. */
static json_t *failed_record(const pm_pool *p, const pm_worker *w, int status, const char *msg)
{
	pm_source src = {.path = w->display ? w->display : ""};
	char hex[65];
	if (w->in_fd >= 0) {
		struct stat sb;
		uint64_t size = 0;
		if (fstat(w->in_fd, &sb) == 0 && S_ISREG(sb.st_mode)) {
			if (digest_fd(w->in_fd, p->eng->opt.limits.max_file_bytes, &size, hex)) {
				src.bytes = size;
				src.sha256 = hex;
			} else {
				src.bytes = (uint64_t)sb.st_size;
			}
		}
	} else {
		src.bytes = w->in_len;
		src.sha256 = w->in_sha;
	}
	return pm_engine_failed(&src, status, msg);
}

static int result_from_record(pm_pool_result *res, json_t *rec, uintptr_t tag, double secs)
{
	memset(res, 0, sizeof *res);
	res->tag = tag;
	res->seconds = secs;
	res->status = 2;
	res->error = PM_ERR_RESOURCE_LIMIT;
	if (rec) {
		res->status = pm_record_status(rec);
		res->error = pm_record_error(rec);
		res->record = pm_record_dumps(rec, 0);
	}
	if (!res->record) {
		/* Out of memory: still one record for the job, as a literal. */
		static const char oom[] = "{\"schema\":\"" PRESSMILL_RECORD_SCHEMA "\",\"status\":\"failed\"}";
		res->record = strdup(oom);
		res->status = 2;
		res->error = PM_ERR_RESOURCE_LIMIT;
	}
	res->len = res->record ? strlen(res->record) : 0;
	json_decref(rec);
	return res->record ? 0 : -1;
}

/* A job whose worker will not answer: make its failed record. */
static void fail_job(pm_pool *p, pm_worker *w, int status, const char *msg, pm_pool_result *res)
{
	json_t *rec = failed_record(p, w, status, msg);
	result_from_record(res, rec, w->tag, now() - w->started);
	job_clear(w);
}

/* The worker died or was killed while busy: classify from its wait
 * status, write the record, and free the slot for a new process. */
static void worker_died(pm_pool *p, pm_worker *w, bool kill_it, pm_pool_result *res)
{
	int wst = 0, status;
	struct rusage ru;
	char msg[PATH_MAX + 256];
	uint64_t maxmem = p->eng->opt.limits.max_memory;
	bool killed_time = w->killed_time, killed_memory = w->killed_memory;
	reap(w, kill_it, &wst, &ru);
	p->restarts++;
	if (killed_time) {
		snprintf(msg, sizeof msg, "no result within the time limit of %g s",
		         p->eng->opt.limits.timeout);
		status = PM_ERR_TIMEOUT;
	} else if (killed_memory) {
		snprintf(msg, sizeof msg, "the reader used more than the memory limit of %llu MiB",
		         (unsigned long long)(maxmem >> 20));
		status = PM_ERR_RESOURCE_LIMIT;
	} else if (WIFSIGNALED(wst)) {
		int sig = WTERMSIG(wst);
		/* A reader that dies after its memory grew by more than half of
		 * the room it had left under the limit most likely met a failed
		 * allocation it did not check. */
		uint64_t peak = (uint64_t)ru.ru_maxrss * 1024;
		uint64_t room = maxmem > w->vsz0 ? maxmem - w->vsz0 : 0;
		bool near_limit = !PM_ASAN && maxmem && peak > w->rss0 && (peak - w->rss0) * 2 >= room;
		if (near_limit || sig == SIGKILL) {
			snprintf(msg, sizeof msg,
			         "the reader died with signal %d (%s) near the memory limit of %llu MiB",
			         sig, strsignal(sig), (unsigned long long)(maxmem >> 20));
			status = PM_ERR_RESOURCE_LIMIT;
		} else {
			snprintf(msg, sizeof msg, "the reader died with signal %d (%s)", sig,
			         strsignal(sig));
			status = PM_ERR_CRASHED;
		}
	} else if (WIFEXITED(wst) && WEXITSTATUS(wst) == 4) {
		snprintf(msg, sizeof msg, "the worker ran out of memory");
		status = PM_ERR_RESOURCE_LIMIT;
	} else if (WIFEXITED(wst) && WEXITSTATUS(wst) == 5) {
		snprintf(msg, sizeof msg, "the worker program %s belongs to another pressmill version",
		         worker_program());
		status = PM_ERR_CRASHED;
	} else {
		snprintf(msg, sizeof msg, "the worker ended (exit status %d) before sending a record",
		         WIFEXITED(wst) ? WEXITSTATUS(wst) : -1);
		status = PM_ERR_CRASHED;
	}
	fail_job(p, w, status, msg, res);
}

/* A result made at once, without a worker (the input cannot be opened). */
static void ready_result(pm_pool *p, json_t *rec, uintptr_t tag)
{
	result_from_record(&p->ready[p->nready++], rec, tag, 0);
}

/* jobopt: the 'O' frame's JSON for this job (NULL: none). */
static int submit(pm_pool *p, int in_fd, const char *display, const void *data, size_t len,
                  const char *jobopt, uintptr_t tag)
{
	pm_worker *w = NULL;
	unsigned i, attempt;
	unsigned char hdr[8];
	size_t dl = strlen(display);
	uint64_t total = in_fd >= 0 ? (uint64_t)dl : (uint64_t)dl + 1 + len;
	int own_fd = -1;
	if (pm_pool_idle(p) == 0) {
		errno = EBUSY;
		return -1;
	}
	/* A live idle worker first, so that warm workers do the work (and a
	 * shortage of processes or descriptors waits for one of them). */
	for (i = 0; i < p->size && !w; i++)
		if (p->w[i].pid > 0 && !p->w[i].busy)
			w = &p->w[i];
	for (i = 0; i < p->size && !w; i++)
		if (!p->w[i].busy && p->w[i].pid == 0)
			w = &p->w[i];
	if (!w) {
		errno = EBUSY;
		return -1;
	}
	if (in_fd >= 0 && (own_fd = fcntl(in_fd, F_DUPFD_CLOEXEC, 0)) < 0) {
		if (errno == EMFILE || errno == ENFILE)
			errno = EAGAIN;
		return -1;
	}
	w->display = pm_strdup(display);
	if (!w->display) {
		if (own_fd >= 0)
			close(own_fd);
		errno = ENOMEM;
		return -1;
	}
	w->in_fd = own_fd;
	w->tag = tag;
	if (in_fd < 0) {
		w->in_len = len;
		pm_sha256_hex(data, len, w->in_sha);
	}
	w->busy = true;
	w->started = w->seen = now();
	w->counted = 0;
	w->cpu_wait = w->wait_debt = w->ran_job = 0;
	w->sched = false;
	if (total > UINT32_MAX) {
		fail_job(p, w, PM_ERR_TOO_LARGE, "input too large for a worker", &p->ready[p->nready++]);
		return 0;
	}
	pm_put32(hdr, (uint32_t)total);
	pm_put32(hdr + 4, in_fd >= 0 ? 'F' : 'B');
	/* A worker may have died while idle (someone killed it): then start
	 * another and send again, once. */
	for (attempt = 0; attempt < 2; attempt++) {
		int ok;
		if (w->pid == 0 && spawn(p, w) < 0) {
			/* The pool's shortage, not the document's: the job is not
			 * taken, the caller waits for a running worker and tries
			 * again (or reports a missing worker program). */
			int e = errno;
			job_clear(w);
			errno = e == ENOENT ? ENOENT : EAGAIN;
			return -1;
		}
		w->busy = true;
		if (p->eng->opt.limits.max_memory && w->docs > 0)
			w->rss0 = pm_watch_mem(&w->watch, w->pid, &w->vsz0);
		ok = true;
		if (jobopt) {
			unsigned char ohdr[8];
			size_t ol = strlen(jobopt);
			pm_put32(ohdr, (uint32_t)ol);
			pm_put32(ohdr + 4, 'O');
			ok = pm_send_full(w->fd, ohdr, sizeof ohdr, -1) == 0 && pm_send_full(w->fd, jobopt, ol, -1) == 0;
		}
		ok = ok && pm_send_full(w->fd, hdr, sizeof hdr, in_fd >= 0 ? own_fd : -1) == 0;
		if (ok && in_fd >= 0)
			ok = !dl || pm_send_full(w->fd, display, dl, -1) == 0;
		else if (ok)
			ok = pm_send_full(w->fd, display, dl + 1, -1) == 0 &&
			     (!len || pm_send_full(w->fd, data, len, -1) == 0);
		if (ok)
			return 0;
		reap(w, true, NULL, NULL);
	}
	fail_job(p, w, PM_ERR_CRASHED, "the worker process does not accept work",
	         &p->ready[p->nready++]);
	return 0;
}

PM_API int pm_pool_submit_fd(pm_pool *p, int fd, const char *display, uintptr_t tag)
{
	if (!p || fd < 0) {
		errno = EINVAL;
		return -1;
	}
	return submit(p, fd, display ? display : "", NULL, 0, NULL, tag);
}

PM_API int pm_pool_submit_file(pm_pool *p, const char *path, const char *display, uintptr_t tag)
{
	int fd, r;
	if (!p || !path) {
		errno = EINVAL;
		return -1;
	}
	if (pm_pool_idle(p) == 0) {
		errno = EBUSY;
		return -1;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		char msg[512];
		if (errno == EMFILE || errno == ENFILE) {
			errno = EAGAIN;
			return -1;
		}
		snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
		ready_result(p, pm_engine_failed(&(pm_source){.path = display ? display : path}, PM_ERR_IO, msg), tag);
		return 0;
	}
	r = submit(p, fd, display ? display : path, NULL, 0, NULL, tag);
	close(fd);
	return r;
}

PM_API int pm_pool_submit_buffer(pm_pool *p, const void *data, size_t len, const char *name,
                                 uintptr_t tag)
{
	if (!p || (!data && len)) {
		errno = EINVAL;
		return -1;
	}
	return submit(p, -1, name ? name : "", data ? data : "", len, NULL, tag);
}

PM_API int pm_pool_submit_buffer_ocr(pm_pool *p, const void *data, size_t len, const char *name,
                                     const pm_ocr_options *ocr, uintptr_t tag)
{
	pm_options given, o;
	json_t *j;
	char *frame;
	int r;
	if (!p || (!data && len)) {
		errno = EINVAL;
		return -1;
	}
	if (!ocr)
		return pm_pool_submit_buffer(p, data, len, name, tag);
	/* the caller's options, read as far as its size goes, over the
	 * defaults, and checked as pm_options are */
	pm_options_init(&given);
	memcpy(&given.ocr, ocr, ocr->size < sizeof *ocr ? ocr->size : sizeof *ocr);
	given.ocr.size = ocr->size < sizeof *ocr ? ocr->size : sizeof *ocr;
	pm_options_copy(&o, &given);
	j = ocr_json(&o.ocr);
	frame = j ? json_dumps(j, JSON_COMPACT) : NULL;
	json_decref(j);
	if (!frame) {
		errno = ENOMEM;
		return -1;
	}
	r = submit(p, -1, name ? name : "", data ? data : "", len, frame, tag);
	free(frame);
	return r;
}

PM_API unsigned pm_pool_size(const pm_pool *p)
{
	return p ? p->size : 0;
}

PM_API unsigned pm_pool_running(const pm_pool *p)
{
	unsigned i, n = 0;
	if (!p)
		return 0;
	for (i = 0; i < p->size; i++)
		n += p->w[i].busy;
	return n + p->nready;
}

PM_API unsigned pm_pool_idle(const pm_pool *p)
{
	unsigned r = pm_pool_running(p);
	return p && r < p->size ? p->size - r : 0;
}

PM_API unsigned long pm_pool_restarts(const pm_pool *p)
{
	return p ? p->restarts : 0;
}

PM_API double pm_pool_cpu_wait(const pm_pool *p)
{
	return p ? p->last_cpu_wait : 0;
}

/* Read what a worker sent and act on its frames; 1 when a busy worker's
 * reply is complete (and *res filled), 0 when more is to come, -1 when it
 * is gone or sent what a worker never sends. */
static int drain(pm_pool *p, pm_worker *w, pm_pool_result *res)
{
	bool gone = false;
	for (;;) {
		ssize_t n;
		if (w->rx_cap - w->rx_len < 65536) {
			size_t nc = w->rx_cap ? w->rx_cap * 2 : 131072;
			unsigned char *nb = realloc(w->rx, nc);
			if (!nb)
				return -1;
			w->rx = nb;
			w->rx_cap = nc;
		}
		n = read(w->fd, w->rx + w->rx_len, w->rx_cap - w->rx_len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			break;
		if (n <= 0) {
			/* gone, but what it sent before still counts */
			gone = true;
			break;
		}
		w->rx_len += (size_t)n;
	}
	while (w->rx_len >= 8) {
		uint32_t len = pm_get32(w->rx);
		unsigned char kind = w->rx[4];
		size_t frame = 8 + (size_t)len;
		if (w->rx_len < frame)
			break;
		if (kind == 'Y' && len == 16) {
			w->vsz0 = pm_get64(w->rx + 8);
			w->rss0 = pm_get64(w->rx + 16);
			w->ready = true;
			w->seen = now(); /* the job's time starts now */
			w->sched = false;
		} else if (kind == 'L') {
			char msg[1024];
			size_t l = len < sizeof msg - 1 ? len : sizeof msg - 1;
			memcpy(msg, w->rx + 8, l);
			msg[l] = '\0';
			pm_log(&p->eng->log, w->rx[5], "%s", msg);
		} else if (kind == 'R' && w->busy && w->rx_len == frame) {
			memset(res, 0, sizeof *res);
			res->tag = w->tag;
			res->seconds = now() - w->started;
			res->status = w->rx[5];
			res->error = w->rx[6];
			w->rx_len = 0;
			w->docs++;
			if (len == 0) {
				fail_job(p, w, PM_ERR_RESOURCE_LIMIT, "the worker ran out of memory", res);
			} else {
				res->record = malloc((size_t)len + 1);
				if (!res->record) {
					fail_job(p, w, PM_ERR_RESOURCE_LIMIT, "out of memory in the caller", res);
				} else {
					memcpy(res->record, w->rx + 8, len);
					res->record[len] = '\0';
					res->len = len;
					job_clear(w);
				}
			}
			/* Keep the buffer of a normal reply, drop a huge one. */
			if (w->rx_cap > (4u << 20)) {
				free(w->rx);
				w->rx = NULL;
				w->rx_cap = 0;
			}
			if (w->docs >= PM_POOL_RECYCLE)
				reap(w, true, NULL, NULL);
			return 1;
		} else {
			/* One reply per job and nothing after it: anything else is
			 * not ours to trust. */
			if (w->busy) {
				fail_job(p, w, PM_ERR_CRASHED, "the worker sent an unreadable reply", res);
				reap(w, true, NULL, NULL);
				return 1;
			}
			reap(w, true, NULL, NULL);
			return 0;
		}
		memmove(w->rx, w->rx + frame, w->rx_len - frame);
		w->rx_len -= frame;
	}
	return gone ? -1 : 0;
}

/* Of dt seconds since the pool last looked at a busy worker, those that
 * count against its timeout: not the time its threads waited for a CPU
 * other processes held, at most PM_POOL_MAX_GAP (see there), and all of
 * dt where the system does not say. The kernel adds a wait to its figure
 * only when the wait ends, so a look may see less wait than there was and
 * the next more than its dt: the excess is a debt paid from the next
 * looks' time, not lost. The job's count never falls below the CPU time
 * its threads used (two threads, each waiting while the other runs, still
 * count). */
static double own_time(pm_worker *w, double dt)
{
	double ran, waited, own = dt;
	if (pm_watch_sched(&w->watch, w->pid, &ran, &waited)) {
		if (w->sched) {
			double d_ran = ran - w->ran_seen, d_waited = waited - w->waited_seen;
			double b = w->wait_debt + dt - (d_waited > 0 ? d_waited : 0);
			w->cpu_wait += d_waited > 0 ? d_waited : 0;
			w->wait_debt = b < 0 ? b : 0;
			own = b > 0 ? b : 0;
			w->ran_job += d_ran > 0 ? d_ran : 0;
		}
		w->ran_seen = ran;
		w->waited_seen = waited;
		w->sched = true;
	}
	return own > PM_POOL_MAX_GAP ? PM_POOL_MAX_GAP : own;
}

/* Time and memory limits, and workers that died without closing their
 * socket's last copy. 1 when a job ended (and *res is filled). */
static int check_limits(pm_pool *p, pm_pool_result *res)
{
	unsigned i;
	double t = now(), timeout = p->eng->opt.limits.timeout;
	uint64_t maxmem = p->eng->opt.limits.max_memory;
	for (i = 0; i < p->size; i++) {
		pm_worker *w = &p->w[i];
		siginfo_t si;
		double dt;
		if (!w->busy || w->pid <= 0)
			continue;
		dt = t - w->seen;
		w->seen = t;
		if (w->ready) {
			w->counted += own_time(w, dt < 0 ? 0 : dt);
			if (w->counted < w->ran_job)
				w->counted = w->ran_job;
		}
		else if (timeout > 0 && t - w->started >= (timeout > PM_POOL_START_GRACE
		                                                   ? timeout
		                                                   : PM_POOL_START_GRACE))
			w->counted = timeout; /* a worker that does not even start */
		p->last_cpu_wait = w->cpu_wait; /* for the result, if one ends here */
		if (timeout > 0 && w->counted >= timeout) {
			w->killed_time = true;
			worker_died(p, w, true, res);
			return 1;
		}
		if (maxmem && pm_watch_mem(&w->watch, w->pid, NULL) > maxmem) {
			w->killed_memory = true;
			worker_died(p, w, true, res);
			return 1;
		}
		memset(&si, 0, sizeof si);
		if (waitid(P_PID, (id_t)w->pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 &&
		    si.si_pid == w->pid) {
			/* drain first: it may have sent its reply before dying */
			if (drain(p, w, res) == 1)
				return 1;
			worker_died(p, w, false, res);
			return 1;
		}
	}
	return 0;
}

PM_API int pm_pool_wait(pm_pool *p, int timeout_ms, pm_pool_result *res)
{
	double end;
	if (!p || !res)
		return -1;
	if (p->nready) {
		*res = p->ready[0];
		p->last_cpu_wait = 0;
		memmove(p->ready, p->ready + 1, (p->nready - 1) * sizeof *p->ready);
		p->nready--;
		return 1;
	}
	if (pm_pool_running(p) == 0)
		return -1;
	end = timeout_ms < 0 ? 0 : now() + timeout_ms / 1000.0;
	for (;;) {
		struct pollfd *pf = p->pf;
		pm_worker **pw = p->pw;
		unsigned i, n = 0, k;
		double t, wait_s = PM_POOL_TICK_MS / 1000.0, timeout = p->eng->opt.limits.timeout;
		int pr;
		if (check_limits(p, res))
			return 1;
		t = now();
		for (i = 0; i < p->size; i++) {
			pm_worker *w = &p->w[(p->next + i) % p->size];
			if (!w->busy || w->fd < 0)
				continue;
			if (timeout > 0 && timeout - w->counted < wait_s)
				wait_s = timeout - w->counted;
			pf[n].fd = w->fd;
			pf[n].events = POLLIN;
			pf[n].revents = 0;
			pw[n++] = w;
		}
		if (timeout_ms >= 0 && end - t < wait_s)
			wait_s = end - t;
		if (wait_s < 0)
			wait_s = 0;
		pr = poll(pf, n, (int)(wait_s * 1000) + (wait_s > 0));
		if (pr < 0 && errno == EINTR)
			return 0;
		for (k = 0; pr > 0 && k < n; k++) {
			int d;
			if (!pf[k].revents)
				continue;
			d = drain(p, pw[k], res);
			if (d == 0)
				continue;
			p->last_cpu_wait = pw[k]->cpu_wait;
			p->next = (unsigned)(pw[k] - p->w) + 1;
			if (d < 0)
				worker_died(p, pw[k], false, res);
			return 1;
		}
		if (timeout_ms >= 0 && now() >= end)
			return 0;
	}
}

PM_API void pm_pool_free(pm_pool *p)
{
	unsigned i;
	if (!p)
		return;
	for (i = 0; i < p->size; i++) {
		pm_worker *w = &p->w[i];
		if (w->pid > 0)
			kill(w->pid, SIGKILL);
	}
	for (i = 0; i < p->size; i++) {
		pm_worker *w = &p->w[i];
		reap(w, false, NULL, NULL);
		job_clear(w);
		free(w->rx);
	}
	for (i = 0; i < p->nready; i++)
		free(p->ready[i].record);
	free(p->ready);
	free(p->pf);
	free(p->pw);
	free(p->w);
	free(p->init);
	free(p);
}
