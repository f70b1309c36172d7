/*
 * pool.c - long-lived worker processes that convert one document each at
 * a time, so that a reader that crashes, hangs or eats memory costs one
 * failed record instead of the batch, and so that -j N runs N documents at
 * once. Used by `pressmill convert` and, with one worker, by the library's
 * isolate option (isolate.c): the same mechanism for both.
 *
 * Workers are fork()ed from the caller after pm_context_new, so plugins are
 * loaded once and shared copy-on-write. Each worker talks to the pool over
 * a socket pair rather than two pipes: one descriptor per worker, and
 * send(MSG_NOSIGNAL) to a dead worker fails with EPIPE instead of raising
 * SIGPIPE in a caller whose signal dispositions are not ours to change.
 *
 * Messages are length-prefixed (8-byte header, then the payload):
 *   pool -> worker  u32 payload length, u32 kind ('F' file, 'B' buffer);
 *                   F: path NUL display NUL;  B: name NUL bytes
 *   worker -> pool  u32 record length, u8 status, u8 pm_status, u16 0;
 *                   the record as compact JSON (length 0: the worker could
 *                   not build one, memory ran out)
 *
 * Limits: the worker sets RLIMIT_AS to limits.max_memory (not under
 * AddressSanitizer, whose shadow memory is terabytes of address space), and
 * the pool checks each busy worker's resident size on every tick, which is
 * what enforces the limit under ASan and catches memory that RLIMIT_AS does
 * not count. The pool kills a worker past limits.timeout. Death is read
 * from wait4(): killed by us for time or memory, killed by a signal after
 * its resident size grew by more than half of the address space it had
 * left (a failed allocation a reader did not check), or by SIGKILL from
 * someone else (the kernel's OOM killer) is "resource_limit"; any other
 * signal or exit is "crashed".
 */
#define _GNU_SOURCE
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define PM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PM_ASAN 1
#endif
#endif
#ifndef PM_ASAN
#define PM_ASAN 0
#endif

/* A worker is replaced after this many documents, so that memory a reader
 * leaks or caches (font caches, arenas) cannot grow without bound in a run
 * of any length. Forking again costs about a millisecond. */
#define PM_POOL_RECYCLE 2000
/* How often a busy pool looks at its workers' memory and liveness. */
#define PM_POOL_TICK_MS 50

json_t *pm_convert_file_inprocess(pm_context *ctx, const char *path, const char *display);
json_t *pm_convert_buffer_inprocess(pm_context *ctx, const void *data, size_t len,
                                    const char *name);

typedef struct pm_worker {
	pid_t pid;          /* 0: no process in this slot */
	int fd;             /* the pool's end of the socket pair */
	bool busy;
	bool killed_time, killed_memory;
	unsigned docs;      /* documents converted by this process */
	double started, deadline;
	uint64_t vsz0, rss0;  /* address space and resident size at submit */
	/* the running job, kept to write its record if the worker dies */
	uintptr_t tag;
	char *path;         /* NULL for a buffer job */
	char *display;
	size_t in_len;      /* buffer jobs: size and digest of the bytes */
	char in_sha[65];
	/* the reply being read */
	unsigned char *rx;
	size_t rx_len, rx_cap;
} pm_worker;

struct pm_pool {
	pm_context *ctx;
	unsigned size;
	pm_worker *w;
	pm_pool_result *ready;   /* results made without a worker (fork failed) */
	unsigned nready;
	unsigned long restarts;
	unsigned next;           /* round-robin start for fairness in wait() */
	struct pollfd *pf;       /* wait()'s poll set, one per worker */
	pm_worker **pw;
};

/*
 * Every descriptor of every pool in this process, so that a new worker can
 * close the ones it inherited: a worker holding another worker's socket
 * would keep that socket open after its owner died. The lock is held
 * across socketpair()+fork() so that a fork in another thread cannot
 * inherit a socket before it is registered.
 */
static pthread_mutex_t fd_lock = PTHREAD_MUTEX_INITIALIZER;
static int *all_fds;
static size_t n_fds, cap_fds;

static void fds_add(int fd)
{
	if (n_fds == cap_fds) {
		size_t nc = cap_fds ? cap_fds * 2 : 16;
		int *nv = realloc(all_fds, nc * sizeof *nv);
		if (!nv)
			return; /* the liveness check in wait() still finds dead workers */
		all_fds = nv;
		cap_fds = nc;
	}
	all_fds[n_fds++] = fd;
}

static void fds_remove(int fd)
{
	size_t i;
	pthread_mutex_lock(&fd_lock);
	for (i = 0; i < n_fds; i++)
		if (all_fds[i] == fd) {
			all_fds[i] = all_fds[--n_fds];
			break;
		}
	pthread_mutex_unlock(&fd_lock);
}

/* Address-space and resident bytes of a process (0 when unknown). */
static uint64_t mem_of(pid_t pid, uint64_t *vsz)
{
	char path[64], buf[128];
	unsigned long long size = 0, res = 0;
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	int fd;
	ssize_t n;
	if (vsz)
		*vsz = 0;
	snprintf(path, sizeof path, "/proc/%d/statm", (int)pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	if (sscanf(buf, "%llu %llu", &size, &res) != 2)
		return 0;
	if (vsz)
		*vsz = (uint64_t)size * page;
	return (uint64_t)res * page;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Blocking I/O for the worker's side (its socket end stays blocking). */
static int read_full(int fd, void *buf, size_t n)
{
	unsigned char *p = buf;
	while (n) {
		ssize_t r = read(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static int send_full(int fd, const void *buf, size_t n)
{
	const unsigned char *p = buf;
	while (n) {
		ssize_t r = send(fd, p, n, MSG_NOSIGNAL);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			/* the pool's end is non-blocking: wait for room */
			struct pollfd pf = {.fd = fd, .events = POLLOUT};
			if (poll(&pf, 1, 1000) < 0 && errno != EINTR)
				return -1;
			continue;
		}
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

/* ---- the worker process ---------------------------------------------- */

__attribute__((noreturn)) static void worker_main(pm_context *ctx, int fd, pid_t parent)
{
	unsigned char hdr[8];
	static const int fatal[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGSYS, SIGTRAP};
	sigset_t set;
	size_t i;
	/* A crash must end the worker: the caller's handlers (a test
	 * framework's longjmp, a crash reporter) would run the caller's code
	 * in a process that is not the caller. */
	sigemptyset(&set);
	for (i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
		signal(fatal[i], SIG_DFL);
		sigaddset(&set, fatal[i]);
	}
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	/* Ctrl-C reaches the whole process group; the pool decides what to
	 * do with a running job, so a worker must not die of it first and be
	 * reported as a crash. */
	signal(SIGINT, SIG_IGN);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
#ifdef __linux__
	/* Never outlive the pool's thread: a hung reader must not stay behind
	 * when the caller is killed. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
	if (getppid() != parent)
		_exit(0);
	if (!PM_ASAN && ctx->opt.limits.max_memory) {
		struct rlimit rl;
		rl.rlim_cur = rl.rlim_max = (rlim_t)ctx->opt.limits.max_memory;
		setrlimit(RLIMIT_AS, &rl);
	}
	for (;;) {
		uint32_t len, kind;
		unsigned char *msg;
		json_t *rec = NULL;
		char *text = NULL;
		size_t tlen;
		if (read_full(fd, hdr, sizeof hdr) < 0)
			_exit(0); /* the pool closed our socket: done */
		len = get32(hdr);
		kind = get32(hdr + 4);
		msg = malloc((size_t)len + 2);
		if (!msg || read_full(fd, msg, len) < 0)
			_exit(msg ? 0 : 4);
		msg[len] = msg[len + 1] = 0;
		if (kind == 'F') {
			const char *path = (const char *)msg;
			size_t pl = strnlen(path, len);
			const char *display = pl < len ? path + pl + 1 : path;
			rec = pm_convert_file_inprocess(ctx, path, display);
		} else {
			const char *name = (const char *)msg;
			size_t nl = strnlen(name, len);
			size_t off = nl < len ? nl + 1 : len;
			rec = pm_convert_buffer_inprocess(ctx, msg + off, len - off, name);
		}
		if (rec)
			text = pm_record_dumps(rec, 0);
		tlen = text ? strlen(text) : 0;
		put32(hdr, (uint32_t)tlen);
		hdr[4] = (unsigned char)(rec ? pm_record_status(rec) : 2);
		hdr[5] = (unsigned char)(rec ? pm_record_error(rec) : PM_ERR_RESOURCE_LIMIT);
		hdr[6] = hdr[7] = 0;
		json_decref(rec);
		free(msg);
		if (send_full(fd, hdr, sizeof hdr) < 0 || (tlen && send_full(fd, text, tlen) < 0))
			_exit(0);
		free(text);
	}
}

/* ---- the pool --------------------------------------------------------- */

PM_API pm_pool *pm_pool_new(pm_context *ctx, unsigned workers)
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
	if (!p->w || !p->ready || !p->pf || !p->pw) {
		free(p->w);
		free(p->ready);
		free(p->pf);
		free(p->pw);
		free(p);
		return NULL;
	}
	p->ctx = ctx;
	p->size = workers;
	for (i = 0; i < workers; i++)
		p->w[i].fd = -1;
	return p;
}

static int spawn(pm_pool *p, pm_worker *w)
{
	int sv[2];
	pid_t pid, parent = getpid();
	pthread_mutex_lock(&fd_lock);
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) {
		pthread_mutex_unlock(&fd_lock);
		return -1;
	}
	pid = fork();
	if (pid == 0) {
		size_t i;
		/* Only this thread exists here, and it holds fd_lock. */
		for (i = 0; i < n_fds; i++)
			close(all_fds[i]);
		close(sv[0]);
		worker_main(p->ctx, sv[1], parent);
	}
	close(sv[1]);
	if (pid < 0) {
		close(sv[0]);
		pthread_mutex_unlock(&fd_lock);
		return -1;
	}
	fds_add(sv[0]);
	pthread_mutex_unlock(&fd_lock);
	fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
	w->pid = pid;
	w->fd = sv[0];
	w->docs = 0;
	w->busy = false;
	w->rx_len = 0;
	return 0;
}

/* End a worker's process and reap it; *wst gets its wait status. */
static void reap(pm_worker *w, bool kill_it, int *wst, struct rusage *ru)
{
	int st = 0;
	struct rusage r;
	memset(&r, 0, sizeof r);
	if (w->fd >= 0) {
		fds_remove(w->fd);
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
	w->pid = 0;
	if (wst)
		*wst = st;
	if (ru)
		*ru = r;
}

static void job_clear(pm_worker *w)
{
	free(w->path);
	free(w->display);
	w->path = w->display = NULL;
	w->busy = false;
	w->killed_time = w->killed_memory = false;
	w->rx_len = 0;
}

/* A failed record for an input whose worker did not give one: the file's
 * size and digest still identify it. */
static json_t *failed_record(const pm_pool *p, const pm_worker *w, int status, const char *msg)
{
	json_t *rec = pm_record_skeleton(), *src;
	if (!rec)
		return NULL;
	src = json_object_get(rec, "source");
	pm_json_set_str(src, "path", w->display ? w->display : w->path ? w->path : "");
	if (w->path) {
		int fd = open(w->path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
		struct stat sb;
		if (fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode)) {
			json_object_set_new(src, "bytes", json_integer((json_int_t)sb.st_size));
			if (sb.st_size > 0 && (!p->ctx->opt.limits.max_file_bytes ||
			                       (uint64_t)sb.st_size <= p->ctx->opt.limits.max_file_bytes)) {
				void *m = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
				if (m != MAP_FAILED) {
					char hex[65];
					pm_sha256_hex(m, (size_t)sb.st_size, hex);
					json_object_set_new(src, "sha256", json_string(hex));
					munmap(m, (size_t)sb.st_size);
				}
			}
		}
		if (fd >= 0)
			close(fd);
	} else {
		json_object_set_new(src, "bytes", json_integer((json_int_t)w->in_len));
		json_object_set_new(src, "sha256", json_string(w->in_sha));
	}
	pm_record_fail(rec, status, msg);
	return rec;
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
	char msg[256];
	uint64_t maxmem = p->ctx->opt.limits.max_memory;
	bool killed_time = w->killed_time, killed_memory = w->killed_memory;
	reap(w, kill_it, &wst, &ru);
	p->restarts++;
	if (killed_time) {
		snprintf(msg, sizeof msg, "no result within the time limit of %g s",
		         p->ctx->opt.limits.timeout);
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
	} else {
		snprintf(msg, sizeof msg, "the worker ended (exit status %d) before sending a record",
		         WIFEXITED(wst) ? WEXITSTATUS(wst) : -1);
		status = PM_ERR_CRASHED;
	}
	fail_job(p, w, status, msg, res);
}

static int submit(pm_pool *p, const char *path, const char *display, const void *data,
                  size_t len, uintptr_t tag)
{
	pm_worker *w = NULL;
	unsigned i, attempt;
	unsigned char hdr[8];
	size_t pl = path ? strlen(path) : 0, dl = display ? strlen(display) : 0;
	uint64_t total = path ? (uint64_t)pl + 1 + dl + 1 : (uint64_t)dl + 1 + len;
	double timeout = p->ctx->opt.limits.timeout;
	if (pm_pool_idle(p) == 0) {
		errno = EBUSY;
		return -1;
	}
	/* A live idle worker first, so that warm workers do the work. */
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
	w->tag = tag;
	w->path = path ? pm_strdup(path) : NULL;
	w->display = pm_strdup(display ? display : path ? path : "");
	if ((path && !w->path) || !w->display) {
		job_clear(w);
		errno = ENOMEM;
		return -1;
	}
	if (!path) {
		w->in_len = len;
		pm_sha256_hex(data, len, w->in_sha);
	}
	w->busy = true;
	w->started = now();
	w->deadline = timeout > 0 ? w->started + timeout : 0;
	if (total > UINT32_MAX) {
		fail_job(p, w, PM_ERR_TOO_LARGE, "input too large for a worker",
		         &p->ready[p->nready++]);
		return 0;
	}
	put32(hdr, (uint32_t)total);
	put32(hdr + 4, path ? 'F' : 'B');
	/* A worker may have died while idle (someone killed it): then start
	 * another and send again, once. */
	for (attempt = 0; attempt < 2; attempt++) {
		int ok;
		if (w->pid == 0 && spawn(p, w) < 0) {
			w->busy = true;
			fail_job(p, w, PM_ERR_RESOURCE_LIMIT, "cannot start a worker process",
			         &p->ready[p->nready++]);
			return 0;
		}
		w->busy = true;
		if (p->ctx->opt.limits.max_memory)
			w->rss0 = mem_of(w->pid, &w->vsz0);
		ok = send_full(w->fd, hdr, sizeof hdr) == 0;
		if (ok && path)
			ok = send_full(w->fd, path, pl + 1) == 0 && send_full(w->fd, display ? display : path,
			                                                      (display ? dl : pl) + 1) == 0;
		else if (ok)
			ok = send_full(w->fd, display ? display : "", dl + 1) == 0 &&
			     (!len || send_full(w->fd, data, len) == 0);
		if (ok)
			return 0;
		reap(w, true, NULL, NULL);
	}
	fail_job(p, w, PM_ERR_CRASHED, "the worker process does not accept work",
	         &p->ready[p->nready++]);
	return 0;
}

PM_API int pm_pool_submit_file(pm_pool *p, const char *path, const char *display, uintptr_t tag)
{
	if (!p || !path) {
		errno = EINVAL;
		return -1;
	}
	return submit(p, path, display ? display : path, NULL, 0, tag);
}

PM_API int pm_pool_submit_buffer(pm_pool *p, const void *data, size_t len, const char *name,
                                 uintptr_t tag)
{
	if (!p || (!data && len)) {
		errno = EINVAL;
		return -1;
	}
	return submit(p, NULL, name ? name : "", data ? data : "", len, tag);
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


/* Read what a busy worker sent; 1 when its reply is complete (and *res
 * filled), 0 when more is to come, -1 when it is gone. */
static int drain(pm_pool *p, pm_worker *w, pm_pool_result *res)
{
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
		if (n <= 0)
			return -1;
		w->rx_len += (size_t)n;
	}
	if (w->rx_len >= 8) {
		uint32_t len = get32(w->rx);
		if (w->rx_len >= 8 + (size_t)len) {
			double secs = now() - w->started;
			memset(res, 0, sizeof *res);
			res->tag = w->tag;
			res->seconds = secs;
			res->status = w->rx[4];
			res->error = w->rx[5];
			if (len == 0) {
				fail_job(p, w, PM_ERR_RESOURCE_LIMIT, "the worker ran out of memory", res);
			} else {
				res->record = malloc((size_t)len + 1);
				if (res->record) {
					memcpy(res->record, w->rx + 8, len);
					res->record[len] = '\0';
					res->len = len;
				}
				if (w->rx_len > 8 + (size_t)len) {
					/* A worker sends one reply per job; anything more is
					 * not ours to trust. */
					free(res->record);
					res->record = NULL;
				}
				if (!res->record) {
					fail_job(p, w, PM_ERR_CRASHED, "the worker sent an unreadable reply", res);
					reap(w, true, NULL, NULL);
					return 1;
				}
				job_clear(w);
			}
			w->docs++;
			/* Keep the buffer of a normal reply, drop a huge one. */
			if (w->rx_cap > (4u << 20)) {
				free(w->rx);
				w->rx = NULL;
				w->rx_cap = 0;
			}
			if (w->docs >= PM_POOL_RECYCLE)
				reap(w, true, NULL, NULL);
			return 1;
		}
	}
	return 0;
}

/* Time and memory limits, and workers that died without closing their
 * socket's last copy. 1 when a job ended (and *res is filled). */
static int check_limits(pm_pool *p, pm_pool_result *res)
{
	unsigned i;
	double t = now();
	uint64_t maxmem = p->ctx->opt.limits.max_memory;
	for (i = 0; i < p->size; i++) {
		pm_worker *w = &p->w[i];
		siginfo_t si;
		if (!w->busy || w->pid <= 0)
			continue;
		if (w->deadline > 0 && t >= w->deadline) {
			w->killed_time = true;
			worker_died(p, w, true, res);
			return 1;
		}
		if (maxmem && mem_of(w->pid, NULL) > maxmem) {
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
		double t = now(), wait_s = PM_POOL_TICK_MS / 1000.0;
		int pr;
		if (check_limits(p, res))
			return 1;
		for (i = 0; i < p->size; i++) {
			pm_worker *w = &p->w[(p->next + i) % p->size];
			if (!w->busy || w->fd < 0)
				continue;
			if (w->deadline > 0 && w->deadline - t < wait_s)
				wait_s = w->deadline - t;
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
	free(p);
}
