/*
 * output.c - where the batch runner's records go: under OUT, each at the
 * path its input's gives (shortened by a digest when too long, never
 * twice the same, never outside OUT: every folder below it is opened
 * without following symlinks), written to a temporary file beside it and
 * renamed into place, with its input's modification time; or on stdout,
 * one line each, in input order with --ordered. Also --resume, which
 * reads the records already there.
 */
#define _GNU_SOURCE
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The longest record name: a file name of NAME_MAX bytes, ".json" added,
 * is shortened to a prefix, "~", 16 hex digits of its digest, ".json". */
#define SHORT_PREFIX (NAME_MAX - 5 - 17)



/* ---- output names ---------------------------------------------------- */

static uint64_t fnv1a(const void *p, size_t n, uint64_t h)
{
	const unsigned char *b = p;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= b[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* The record's file for an input: <input path>.json relative to OUT, with
 * "." and empty components and a leading "/" taken out, so that nothing
 * lands outside OUT, and ".." written %2E%2E (a visible name: "in" and
 * "../in" keep two records). A last component too long for ".json" keeps
 * a prefix and a digest of the whole ("~0123456789abcdef.json"). NULL when
 * nothing is left. malloc()ed. */
char *cli_out_rel(const char *in)
{
	size_t cap = strlen(in) * 3 + 16, k = 0;
	char *dst = malloc(cap);
	const char *p = in;
	if (!dst)
		return NULL;
	while (*p) {
		const char *e = strchr(p, '/');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		bool last = !e || !e[strspn(e, "/")];
		if (!(l == 0 || (l == 1 && p[0] == '.'))) {
			if (k)
				dst[k++] = '/';
			if (l == 2 && p[0] == '.' && p[1] == '.') {
				memcpy(dst + k, "%2E%2E", 6);
				k += 6;
			} else if (last && l + 5 > NAME_MAX) {
				char hex[65];
				size_t cut = SHORT_PREFIX;
				/* cut at a character boundary, not inside UTF-8 */
				while (cut > 0 && ((unsigned char)p[cut] & 0xc0) == 0x80)
					cut--;
				memcpy(dst + k, p, cut);
				k += cut;
				snprintf(hex, sizeof hex, "%016llx",
				         (unsigned long long)fnv1a(p, l, 0xcbf29ce484222325ULL));
				dst[k++] = '~';
				memcpy(dst + k, hex, 16);
				k += 16;
			} else {
				memcpy(dst + k, p, l);
				k += l;
			}
		}
		p += l;
		while (*p == '/')
			p++;
	}
	if (!k) {
		free(dst);
		return NULL;
	}
	memcpy(dst + k, ".json", 6);
	return dst;
}

/* Record out_rel for the input whose identity is ident; false when an
 * earlier input of this run, a different file, already has that record
 * (the same file named twice is not a clash). */
bool cli_claim_name(runner *r, const char *out, uint64_t ident)
{
	name_set *s = &r->names;
	uint64_t key = fnv1a(out, strlen(out), 0xcbf29ce484222325ULL) | 1;
	size_t i;
	if (s->n * 2 >= s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 1024, j;
		uint64_t *nk = calloc(nc, sizeof *nk), *ni = calloc(nc, sizeof *ni);
		if (!nk || !ni) {
			free(nk);
			free(ni);
			return true; /* no room to check: convert as before */
		}
		for (j = 0; j < s->cap; j++) {
			size_t h;
			if (!s->key[j])
				continue;
			for (h = s->key[j] & (nc - 1); nk[h]; h = (h + 1) & (nc - 1))
				;
			nk[h] = s->key[j];
			ni[h] = s->ident[j];
		}
		free(s->key);
		free(s->ident);
		s->key = nk;
		s->ident = ni;
		s->cap = nc;
	}
	for (i = key & (s->cap - 1); s->key[i]; i = (i + 1) & (s->cap - 1))
		if (s->key[i] == key)
			return s->ident[i] == ident;
	s->key[i] = key;
	s->ident[i] = ident;
	s->n++;
	return true;
}

uint64_t cli_identity(const struct stat *st, const char *path)
{
	if (st) {
		uint64_t v[2] = {(uint64_t)st->st_dev, (uint64_t)st->st_ino};
		return fnv1a(v, sizeof v, 0xcbf29ce484222325ULL);
	}
	return fnv1a(path, strlen(path), 0x84222325cbf29ce4ULL);
}

/* ---- output ---------------------------------------------------------- */

/* The descriptor of OUT/dir, created as needed, each level opened with
 * O_NOFOLLOW. Cached: records of one folder come one after the other. */
static int out_dir_fd(runner *r, const char *dir)
{
	char *buf, *p, *save = NULL;
	int fd;
	if (!*dir)
		return r->outfd;
	if (r->cache_dir && !strcmp(r->cache_dir, dir))
		return r->cache_fd;
	if (r->cache_dir) {
		free(r->cache_dir);
		close(r->cache_fd);
		r->cache_dir = NULL;
	}
	buf = strdup(dir);
	if (!buf)
		return -1;
	fd = dup(r->outfd);
	for (p = strtok_r(buf, "/", &save); p && fd >= 0; p = strtok_r(NULL, "/", &save)) {
		int nfd;
		if (mkdirat(fd, p, 0777) < 0 && errno != EEXIST) {
			int e = errno;
			close(fd);
			free(buf);
			errno = e;
			return -1;
		}
		nfd = openat(fd, p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (nfd < 0 && errno == ENOTDIR)
			/* a record named like this folder: an input "x" beside a
			 * folder "x.json" */
			r->write_why = "a record of the same name is in the way of a folder of "
			               "records (an input x beside a folder x.json)";
		close(fd);
		fd = nfd;
	}
	free(buf);
	if (fd < 0)
		return -1;
	r->cache_dir = strdup(dir);
	if (!r->cache_dir) {
		close(fd);
		return -1;
	}
	r->cache_fd = fd;
	return fd;
}

/* Write OUT/rel atomically: a temporary file beside it (a short name, so
 * that any record name that fits fits), then rename(), so that an
 * interrupted run leaves either the old record or the new one. The record
 * gets its input's modification time (stamp): --resume compares the two. */
int cli_write_atomic(runner *r, const char *rel, const char *text, size_t len,
                        const struct timespec *stamp)
{
	char tmp[64], *dir;
	const char *slash = strrchr(rel, '/'), *name = slash ? slash + 1 : rel;
	int dfd, fd = -1, i, ok;
	size_t off = 0;
	dir = strndup(rel, (size_t)(name - rel ? name - rel - 1 : 0));
	if (!dir)
		return -1;
	dfd = out_dir_fd(r, dir);
	free(dir);
	if (dfd < 0)
		return -1;
	for (i = 0; i < 100 && fd < 0; i++) {
		snprintf(tmp, sizeof tmp, ".pressmill-%06x.tmp",
		         (unsigned)(((unsigned long)getpid() * 2654435761u + (unsigned long)rand()) & 0xffffff));
		fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
		if (fd < 0 && errno != EEXIST)
			return -1;
	}
	if (fd < 0)
		return -1;
	ok = 1;
	while (ok && off < len + 1) {
		ssize_t w = off < len ? write(fd, text + off, len - off) : write(fd, "\n", 1);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			ok = 0;
		else
			off += (size_t)w;
	}
	if (ok && stamp) {
		struct timespec ts[2];
		ts[0].tv_sec = 0;
		ts[0].tv_nsec = UTIME_NOW;
		ts[1] = *stamp;
		futimens(fd, ts);
	}
	/* rename() makes the record appear whole to every reader, which is
	 * what an interrupted or killed run needs. Only a power cut can still
	 * leave an empty file behind (delayed allocation), and --resume takes
	 * an empty record for a missing one; --fsync closes even that gap, at
	 * a few milliseconds per record. */
	if (!ok || (r->cli->fsync && fsync(fd) != 0) || close(fd) != 0) {
		int e = errno;
		if (ok == 0)
			close(fd);
		unlinkat(dfd, tmp, 0);
		errno = e;
		return -1;
	}
	if (renameat(dfd, tmp, dfd, name) != 0) {
		int e = errno;
		unlinkat(dfd, tmp, 0);
		if (e == EISDIR || e == ENOTEMPTY || e == EEXIST)
			r->write_why = "a folder of records of the same name is in the way (a folder "
			               "x.json beside an input x)";
		errno = e;
		return -1;
	}
	return 0;
}

void cli_emit_line(runner *r, const char *text, size_t len)
{
	/* the progress line is wiped only when the records go to the same
	 * terminal: with stdout in a file or a pipe it stays in view */
	if (r->same_tty)
		cli_clear_progress(r);
	fwrite(text, 1, len, stdout);
	fputc('\n', stdout);
	/* one record per line as soon as it is there: a consumer (jq, a
	 * Spark pipe) sees it now, not when a buffer fills */
	fflush(stdout);
}

void cli_flush_window(runner *r)
{
	while (r->seq_out < r->seq_next && r->win[r->seq_out % r->wsize].have) {
		pending *p = &r->win[r->seq_out % r->wsize];
		cli_emit_line(r, p->text, strlen(p->text));
		free(p->text);
		p->text = NULL;
		p->have = false;
		r->seq_out++;
	}
}

/* Whether the output folder itself is gone (removed during the run). */
bool cli_out_gone(runner *r)
{
	struct stat st;
	return fstat(r->outfd, &st) != 0 || st.st_nlink == 0;
}

/* ---- --resume -------------------------------------------------------- */

static bool same_time(const struct timespec *rec, const struct timespec *in)
{
	/* a file system that keeps seconds only stores the stamp without
	 * its nanoseconds */
	return rec->tv_sec == in->tv_sec && (rec->tv_nsec == in->tv_nsec || rec->tv_nsec == 0);
}

/* The record names the pressmill and the plugin loaded now. */
static bool same_producer(runner *r, const json_t *prod)
{
	const char *name = json_string_value(json_object_get(prod, "name"));
	const char *version = json_string_value(json_object_get(prod, "version"));
	const char *plugin = json_string_value(json_object_get(prod, "plugin"));
	const json_t *list = pm_context_plugins(r->ctx);
	size_t i;
	if (!name || strcmp(name, "pressmill") || !version || strcmp(version, pm_version()))
		return false;
	if (!plugin)
		return true;
	for (i = 0; i < json_array_size(list); i++) {
		const json_t *p = json_array_get(list, i);
		const char *loaded = json_string_value(json_object_get(p, "name"));
		const char *ver = json_string_value(json_object_get(p, "version"));
		const char *want = json_string_value(json_object_get(prod, "plugin_version"));
		if (loaded && !strcmp(loaded, plugin))
			return ver && want && !strcmp(ver, want);
	}
	return false;
}

/* An earlier run's record stands for the input as it is now: the record
 * bears the input's modification time as it was when read (so an input
 * changed during its own conversion is not taken as done), its size is
 * the input's, and it was made by this pressmill with the plugin loaded
 * now, in this revision of the record. An empty record is not a record. With --retry-failed, a record of a
 * crash, a timeout or a memory limit does not stand either (*retry). */
bool cli_up_to_date(runner *r, const char *rel, const struct stat *in, bool *retry)
{
	struct stat so;
	json_t *rec, *src, *err;
	json_error_t je;
	const char *code;
	bool ok;
	int fd;
	*retry = false;
	if (strlen(rel) < PATH_MAX) {
		fd = openat(r->outfd, rel, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	} else {
		const char *slash = strrchr(rel, '/');
		char *dir = strndup(rel, (size_t)(slash - rel));
		int dfd = dir ? out_dir_fd(r, dir) : -1;
		free(dir);
		fd = dfd < 0 ? -1 : openat(dfd, slash + 1, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	}
	if (fd < 0)
		return false;
	if (fstat(fd, &so) < 0 || !S_ISREG(so.st_mode) || so.st_size == 0 ||
	    !same_time(&so.st_mtim, &in->st_mtim)) {
		close(fd);
		return false;
	}
	rec = json_loadfd(fd, 0, &je);
	close(fd);
	if (!rec)
		return false;
	src = json_object_get(rec, "source");
	/* a record of another revision (1.0 before 1.1) lacks keys or means
	 * them otherwise: made again, even by the same pressmill version */
	ok = json_is_string(json_object_get(rec, "schema")) &&
	     !strcmp(json_string_value(json_object_get(rec, "schema")), PRESSMILL_RECORD_SCHEMA) &&
	     same_producer(r, json_object_get(rec, "producer")) &&
	     (json_is_null(json_object_get(src, "sha256")) ||
	      json_integer_value(json_object_get(src, "bytes")) == (json_int_t)in->st_size);
	err = json_object_get(rec, "error");
	code = json_string_value(json_object_get(err, "code"));
	if (ok && code && r->cli->retry_failed &&
	    (!strcmp(code, "crashed") || !strcmp(code, "timeout") || !strcmp(code, "resource_limit"))) {
		*retry = true;
		ok = false;
	}
	json_decref(rec);
	return ok;
}

int cli_mkdir_p(const char *dir)
{
	char buf[PATH_MAX], *p;
	if (snprintf(buf, sizeof buf, "%s", dir) >= (int)sizeof buf)
		return -1;
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0777) < 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, 0777) < 0 && errno != EEXIST)
		return -1;
	return 0;
}

/* OUT must take a file before anything is converted: a read-only folder
 * found after the conversions would throw every record away. */
int cli_probe_out(runner *r)
{
	char name[64];
	int fd;
	snprintf(name, sizeof name, ".pressmill-probe-%ld.tmp", (long)getpid());
	fd = openat(r->outfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0)
		return -1;
	close(fd);
	unlinkat(r->outfd, name, 0);
	return 0;
}
