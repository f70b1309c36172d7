/*
 * frames.c - what the pool (pool.c) and its workers (worker.c) both need
 * to speak to each other: little-endian integers of the frames' headers,
 * a send that carries a descriptor along and waits for room, and a look
 * at a process's memory and at the time it ran or waited for a CPU. The
 * frames themselves are described in pool.c. The pool looks at a busy
 * worker's memory and time once or twice per document: it keeps that
 * worker's /proc files open from look to look (pm_proc_watch), reading
 * each again from its start, which spares the path walks, opens and
 * closes (a look took some 23 us, a third of the pool's own cost of a
 * short text).
 */
#define _GNU_SOURCE
#include "isolate.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* statm's first two figures (pages) as bytes; 0 when unreadable. */
static uint64_t parse_statm(char *buf, ssize_t n, uint64_t *vsz)
{
	unsigned long long size = 0, res = 0;
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	if (sscanf(buf, "%llu %llu", &size, &res) != 2)
		return 0;
	if (vsz)
		*vsz = (uint64_t)size * page;
	return (uint64_t)res * page;
}

/* Address-space and resident bytes of a process (0 when unknown). */
uint64_t pm_mem_of(pid_t pid, uint64_t *vsz)
{
	char path[64], buf[128];
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
	return parse_statm(buf, n, vsz);
}

/* A schedstat line's run and wait figures, added to *run and *wait. */
static bool parse_schedstat(char *buf, ssize_t n, double *run, double *wait)
{
	unsigned long long r, w;
	if (n <= 0)
		return false;
	buf[n] = '\0';
	if (sscanf(buf, "%llu %llu", &r, &w) != 2)
		return false;
	*run += (double)r / 1e9;
	*wait += (double)w / 1e9;
	return true;
}

/* Seconds a process's threads have run on a CPU (*run) and have waited,
 * runnable, for one that other processes held (*wait), summed over its
 * threads: the first two figures of Linux's /proc/PID/task/TID/schedstat
 * (nanoseconds; the kernel's CONFIG_SCHED_INFO, on in Debian's kernels).
 * false when the system does not say. Threads that ended are no longer
 * counted, so a caller takes differences and clamps them. */
bool pm_sched_of(pid_t pid, double *run, double *wait)
{
	char path[64], buf[128];
	struct dirent *e;
	DIR *d;
	bool any = false;
	*run = *wait = 0;
	snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
	d = opendir(path);
	if (!d)
		return false;
	while ((e = readdir(d)) != NULL) {
		int fd;
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof path, "/proc/%d/task/%.20s/schedstat", (int)pid, e->d_name);
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		any = parse_schedstat(buf, read(fd, buf, sizeof buf - 1), run, wait) || any;
		close(fd);
	}
	closedir(d);
	return any;
}

void pm_watch_init(pm_proc_watch *pw)
{
	memset(pw, 0, sizeof *pw);
	pw->statm = -1;
}

void pm_watch_close(pm_proc_watch *pw)
{
	int i;
	if (pw->statm >= 0)
		close(pw->statm);
	if (pw->task)
		closedir(pw->task);
	for (i = 0; i < pw->nth; i++)
		close(pw->th[i].fd);
	pm_watch_init(pw);
}

/* The watch on pid: the files it holds belong to that process only (a
 * descriptor of /proc/PID stays with the process it was opened for, so
 * a later process given the same number is never read through it). */
static void watch_on(pm_proc_watch *pw, pid_t pid)
{
	if (pw->pid != pid) {
		pm_watch_close(pw);
		pw->pid = pid;
	}
}

uint64_t pm_watch_mem(pm_proc_watch *pw, pid_t pid, uint64_t *vsz)
{
	char path[64], buf[128];
	if (vsz)
		*vsz = 0;
	watch_on(pw, pid);
	if (pw->statm < 0) {
		snprintf(path, sizeof path, "/proc/%d/statm", (int)pid);
		pw->statm = open(path, O_RDONLY | O_CLOEXEC);
		if (pw->statm < 0)
			return 0;
	}
	return parse_statm(buf, pread(pw->statm, buf, sizeof buf - 1, 0), vsz);
}

bool pm_watch_sched(pm_proc_watch *pw, pid_t pid, double *run, double *wait)
{
	char path[64], buf[128];
	struct dirent *e;
	bool any = false;
	int i;
	*run = *wait = 0;
	watch_on(pw, pid);
	if (!pw->task) {
		snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
		pw->task = opendir(path);
		if (!pw->task)
			return false;
	} else
		rewinddir(pw->task);
	for (i = 0; i < pw->nth; i++)
		pw->th[i].seen = false;
	while ((e = readdir(pw->task)) != NULL) {
		int fd = -1;
		long tid;
		bool kept = false;
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		tid = strtol(e->d_name, NULL, 10);
		for (i = 0; i < pw->nth; i++)
			if (pw->th[i].tid == tid) {
				fd = pw->th[i].fd;
				pw->th[i].seen = kept = true;
			}
		if (fd < 0) {
			snprintf(path, sizeof path, "/proc/%d/task/%.20s/schedstat", (int)pid, e->d_name);
			fd = open(path, O_RDONLY | O_CLOEXEC);
			if (fd < 0)
				continue;
			if (pw->nth < PM_WATCH_THREADS) {
				pw->th[pw->nth].tid = (pid_t)tid;
				pw->th[pw->nth].fd = fd;
				pw->th[pw->nth++].seen = kept = true;
			}
		}
		any = parse_schedstat(buf, pread(fd, buf, sizeof buf - 1, 0), run, wait) || any;
		if (!kept)
			close(fd);
	}
	/* threads that ended: their files go, their slots are free again */
	for (i = 0; i < pw->nth;)
		if (!pw->th[i].seen) {
			close(pw->th[i].fd);
			pw->th[i] = pw->th[--pw->nth];
		} else
			i++;
	return any;
}

void pm_put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

uint32_t pm_get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

void pm_put64(unsigned char *p, uint64_t v)
{
	pm_put32(p, (uint32_t)v);
	pm_put32(p + 4, (uint32_t)(v >> 32));
}

uint64_t pm_get64(const unsigned char *p)
{
	return (uint64_t)pm_get32(p) | (uint64_t)pm_get32(p + 4) << 32;
}

/* Send all of buf; with fd_pass >= 0, that descriptor rides along with the
 * first byte. The pool's end is non-blocking: wait for room. */
int pm_send_full(int fd, const void *buf, size_t n, int fd_pass)
{
	const unsigned char *p = buf;
	while (n) {
		ssize_t r;
		if (fd_pass >= 0) {
			union {
				struct cmsghdr h;
				char space[CMSG_SPACE(sizeof(int))];
			} cm;
			struct iovec iov = {.iov_base = (void *)p, .iov_len = n};
			struct msghdr mh;
			memset(&mh, 0, sizeof mh);
			memset(&cm, 0, sizeof cm);
			mh.msg_iov = &iov;
			mh.msg_iovlen = 1;
			mh.msg_control = cm.space;
			mh.msg_controllen = sizeof cm.space;
			cm.h.cmsg_level = SOL_SOCKET;
			cm.h.cmsg_type = SCM_RIGHTS;
			cm.h.cmsg_len = CMSG_LEN(sizeof(int));
			memcpy(CMSG_DATA(&cm.h), &fd_pass, sizeof(int));
			r = sendmsg(fd, &mh, MSG_NOSIGNAL);
		} else {
			r = send(fd, p, n, MSG_NOSIGNAL);
		}
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			struct pollfd pf = {.fd = fd, .events = POLLOUT};
			if (poll(&pf, 1, 1000) < 0 && errno != EINTR)
				return -1;
			continue;
		}
		if (r <= 0)
			return -1;
		fd_pass = -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}
