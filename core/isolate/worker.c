/*
 * worker.c - the worker side of the pool (pool.c): the loop the
 * pressmill-worker program (core/worker/) runs. It gets the caller's
 * options and plugin files in its first frame, then documents, each as a
 * descriptor or as bytes, converts each with the engine in its own
 * process, and sends back the record; its log lines go to the pool, which
 * hands them to the caller's callback.
 */
#define _GNU_SOURCE
#include "isolate.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

/* Blocking reads on the worker's side; a descriptor that rides along is
 * stored in *fd_got (the caller closes it). */
static int recv_full(int fd, void *buf, size_t n, int *fd_got)
{
	unsigned char *p = buf;
	while (n) {
		union {
			struct cmsghdr h;
			char space[CMSG_SPACE(sizeof(int))];
		} cm;
		struct iovec iov = {.iov_base = p, .iov_len = n};
		struct msghdr mh;
		struct cmsghdr *c;
		ssize_t r;
		memset(&mh, 0, sizeof mh);
		mh.msg_iov = &iov;
		mh.msg_iovlen = 1;
		mh.msg_control = cm.space;
		mh.msg_controllen = sizeof cm.space;
		r = recvmsg(fd, &mh, MSG_CMSG_CLOEXEC);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		for (c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c))
			if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS &&
			    c->cmsg_len >= CMSG_LEN(sizeof(int))) {
				int got;
				memcpy(&got, CMSG_DATA(c), sizeof got);
				if (fd_got && *fd_got < 0)
					*fd_got = got;
				else
					close(got);
			}
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static int worker_send(int fd, unsigned char kind, unsigned char a, unsigned char b,
                       const void *payload, size_t len)
{
	unsigned char hdr[8];
	pm_put32(hdr, (uint32_t)len);
	hdr[4] = kind;
	hdr[5] = a;
	hdr[6] = b;
	hdr[7] = 0;
	/* header and payload in one sendmsg() when the socket takes them:
	 * sent apart, the pool wakes up for the header alone, looks at the
	 * worker's /proc files and polls again, for every record */
	{
		struct iovec iov[2];
		struct msghdr mh;
		ssize_t r;
		memset(&mh, 0, sizeof mh);
		iov[0].iov_base = hdr;
		iov[0].iov_len = sizeof hdr;
		iov[1].iov_base = (void *)payload;
		iov[1].iov_len = len;
		mh.msg_iov = iov;
		mh.msg_iovlen = len ? 2 : 1;
		do
			r = sendmsg(fd, &mh, MSG_NOSIGNAL);
		while (r < 0 && errno == EINTR);
		if (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
			return -1;
		if (r < 0)
			r = 0;
		/* what it did not take, as before */
		if ((size_t)r < sizeof hdr)
			return pm_send_full(fd, hdr + r, sizeof hdr - (size_t)r, -1) == 0 &&
			               (!len || pm_send_full(fd, payload, len, -1) == 0)
			       ? 0
			       : -1;
		r -= (ssize_t)sizeof hdr;
		return (size_t)r == len || pm_send_full(fd, (const unsigned char *)payload + r, len - (size_t)r, -1) == 0
		       ? 0
		       : -1;
	}
}

static int worker_fd = -1;

/* The worker's log lines go to the pool, which hands them to the caller's
 * callback on the caller's thread. */
static void worker_log(void *user, int level, const char *msg)
{
	(void)user;
	worker_send(worker_fd, 'L', (unsigned char)(level < 0 ? 0 : level > 255 ? 255 : level), 0,
	            msg, strlen(msg));
}

/* jansson allocates through the library in the worker, a process that is
 * ours, so that a record built while memory ran out is reported as such
* (engine.c); a caller's process keeps its own jansson allocator. */
static void *worker_json_malloc(size_t n)
{
	return pm_malloc(n);
}

static uint64_t json_u64(const json_t *o, const char *k)
{
	json_int_t v = json_integer_value(json_object_get(o, k));
	return v > 0 ? (uint64_t)v : 0;
}

/* OCR options as the pool's frames carry them (pool.c's ocr_json); the
 * languages string is borrowed from ocr. */
static void ocr_from_json(pm_ocr_options *to, json_t *ocr)
{
	to->mode = (int)json_integer_value(json_object_get(ocr, "mode"));
	to->languages = json_string_value(json_object_get(ocr, "languages"));
	to->max_pages = (unsigned)json_u64(ocr, "max_pages");
	to->max_pixels = json_u64(ocr, "max_pixels");
	to->dpi = (unsigned)json_u64(ocr, "dpi");
	if (to->mode < PM_OCR_AUTO || to->mode > PM_OCR_NEVER)
		to->mode = PM_OCR_AUTO;
}

/* The context the caller's options describe, with the caller's plugins. */
static pm_engine *worker_engine(const char *text, size_t len)
{
	json_error_t je;
	json_t *o = json_loadb(text, len, 0, &je), *lim, *plugins, *ocr;
	pm_options opt;
	pm_engine *e;
	size_t i;
	if (!o)
		return NULL;
	if (strcmp(pm_json_str(json_object_get(o, "version")), PRESSMILL_VERSION) != 0) {
		json_decref(o);
		_exit(5); /* another pressmill's worker program */
	}
	pm_options_init(&opt);
	opt.plugin_path = "";
	opt.no_default_plugin_dir = 1;
	opt.explain = json_is_true(json_object_get(o, "explain"));
	lim = json_object_get(o, "limits");
	opt.limits.max_file_bytes = json_u64(lim, "max_file_bytes");
	opt.limits.max_entry_bytes = json_u64(lim, "max_entry_bytes");
	opt.limits.max_total_bytes = json_u64(lim, "max_total_bytes");
	opt.limits.max_ratio = (unsigned)json_u64(lim, "max_ratio");
	opt.limits.max_pages = (unsigned)json_u64(lim, "max_pages");
	opt.limits.max_text_bytes = json_u64(lim, "max_text_bytes");
	opt.limits.max_depth = (unsigned)json_u64(lim, "max_depth");
	opt.limits.timeout = json_number_value(json_object_get(lim, "timeout"));
	opt.limits.max_memory = json_u64(lim, "max_memory");
	ocr = json_object_get(o, "ocr");
	if (json_is_object(ocr))
		ocr_from_json(&opt.ocr, ocr);
	/* the engine copies the languages string: o is freed below */
	e = pm_calloc(1, sizeof *e);
	if (e && !pm_engine_init(e, &opt)) {
		pm_engine_free(e);
		free(e);
		e = NULL;
	}
	plugins = json_object_get(o, "plugins");
	for (i = 0; e && i < json_array_size(plugins); i++)
		pm_registry_load_file(&e->reg, pm_json_str(json_array_get(plugins, i)));
	json_decref(o);
	if (e) {
		/* the conversions' own diagnostics are forwarded, and so is a
		 * plugin file that cannot be loaded when a document comes to
		 * it (the caller passes the files it has not loaded itself) */
		e->reg.log = worker_log;
		e->reg.log_user = NULL;
		e->opt.log = worker_log;
		e->opt.log_user = NULL;
		e->log.fn = worker_log;
		e->log.user = NULL;
	}
	return e;
}

static void close_inherited(void)
{
	/* Descriptors a caller left open without close-on-exec must not be
	 * held by a worker (a pipe would never see its end). */
#ifdef SYS_close_range
	if (syscall(SYS_close_range, PM_WORKER_FD + 1, ~0U, 0) == 0)
		return;
#endif
	{
		long max = sysconf(_SC_OPEN_MAX), i;
		if (max < 0 || max > 65536)
			max = 65536;
		for (i = PM_WORKER_FD + 1; i < max; i++)
			close((int)i);
	}
}

PM_API int pm_worker_main(int argc, char **argv)
{
	unsigned char hdr[8];
	static const int quiet[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
	pm_engine *e = NULL;
	json_t *job_ocr = NULL;  /* the next job's OCR options ('O'), or NULL */
	pm_ocr_options saved_ocr;
	long parent;
	size_t i;
	int fd = PM_WORKER_FD, sent;
	if (argc != 3 || strcmp(argv[1], "--pressmill-worker") != 0) {
		fprintf(stderr, "pressmill-worker: started by libpressmill for its isolated "
		                "conversions, not by hand\n");
		return 2;
	}
	parent = strtol(argv[2], NULL, 10);
	/* A stop sent to the whole process group (Ctrl-C, systemd, kill --
	 * -PGID) is the pool's to act on: it ends its workers itself and
	 * counts their documents as not done. A worker that died of it first
	 * would be reported as a crash of the document. */
	for (i = 0; i < sizeof quiet / sizeof quiet[0]; i++)
		signal(quiet[i], SIG_IGN);
#ifdef __linux__
	/* Never outlive the pool's thread: a hung reader must not stay behind
	 * when the caller is killed. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
	if (getppid() != (pid_t)parent)
		_exit(0);
	/* Tesseract (the PDF plugin's OCR) runs OpenMP loops over as many
	 * threads as there are cores; -j is the one knob of parallelism, so
	 * a worker reads with one. libgomp reads this once, when the plugin
	 * loads it: before the engine loads any plugin. */
	setenv("OMP_THREAD_LIMIT", "1", 1);
	close_inherited();
	worker_fd = fd;
	json_set_alloc_funcs(worker_json_malloc, free);
	for (;;) {
		uint32_t len, kind;
		unsigned char *msg;
		int in = -1;
		json_t *rec = NULL;
		char *text = NULL;
		size_t tlen;
		if (recv_full(fd, hdr, sizeof hdr, &in) < 0)
			_exit(0); /* the pool closed our socket: done */
		len = pm_get32(hdr);
		kind = pm_get32(hdr + 4);
		msg = malloc((size_t)len + 2);
		if (!msg || recv_full(fd, msg, len, NULL) < 0)
			_exit(msg ? 0 : 4);
		msg[len] = msg[len + 1] = 0;
		if (kind == 'I') {
			unsigned char ready[16];
			uint64_t vsz = 0, rss;
			if (e || !(e = worker_engine((const char *)msg, len)))
				_exit(4);
			if (!PM_ASAN && e->opt.limits.max_memory) {
				struct rlimit rl;
				rl.rlim_cur = rl.rlim_max = (rlim_t)e->opt.limits.max_memory;
				setrlimit(RLIMIT_AS, &rl);
			}
			rss = pm_mem_of(getpid(), &vsz);
			pm_put64(ready, vsz);
			pm_put64(ready + 8, rss);
			free(msg);
			if (worker_send(fd, 'Y', 0, 0, ready, sizeof ready) < 0)
				_exit(0);
			continue;
		}
		if (!e)
			_exit(4);
		if (kind == 'O') {
			/* the next job's OCR options, in place of the context's */
			json_error_t je;
			json_t *o = json_loadb((const char *)msg, len, 0, &je);
			free(msg);
			if (!o)
				_exit(4);
			json_decref(job_ocr);
			job_ocr = o;
			continue;
		}
		if (job_ocr) {
			saved_ocr = e->opt.ocr;
			ocr_from_json(&e->opt.ocr, job_ocr);
		}
		if (kind == 'F') {
			rec = pm_engine_convert_fd(e, in, (const char *)msg);
		} else {
			const char *name = (const char *)msg;
			size_t nl = strnlen(name, len);
			size_t off = nl < len ? nl + 1 : len;
			rec = pm_engine_convert_buffer(e, msg + off, len - off, name);
		}
		if (in >= 0)
			close(in);
		if (job_ocr) {
			e->opt.ocr = saved_ocr;
			json_decref(job_ocr);
			job_ocr = NULL;
		}
		if (rec)
			text = pm_record_dumps(rec, 0);
		tlen = text ? strlen(text) : 0;
		sent = worker_send(fd, 'R', (unsigned char)(rec ? pm_record_status(rec) : 2),
		                   (unsigned char)(rec ? pm_record_error(rec) : PM_ERR_RESOURCE_LIMIT),
		                   text, tlen);
		json_decref(rec);
		free(msg);
		free(text);
		if (sent != 0)
			_exit(0);
	}
}
