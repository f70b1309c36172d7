/*
 * frames.c - what the pool (pool.c) and its workers (worker.c) both need
 * to speak to each other: little-endian integers of the frames' headers,
 * a send that carries a descriptor along and waits for room, and a look
 * at a process's memory and at the time it ran or waited for a CPU. The
 * frames themselves are described in pool.c.
 */
#define _GNU_SOURCE
#include "isolate.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Address-space and resident bytes of a process (0 when unknown). */
uint64_t pm_mem_of(pid_t pid, uint64_t *vsz)
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

/* Seconds a process's threads have run on a CPU (*run) and have waited,
 * runnable, for one that other processes held (*wait), summed over its
 * threads: the first two figures of Linux's /proc/PID/task/TID/schedstat
 * (nanoseconds; the kernel's CONFIG_SCHED_INFO, on in Debian's kernels).
 * false when the system does not say. Threads that ended are no longer
 * counted, so a caller takes differences and clamps them. */
bool pm_sched_of(pid_t pid, double *run, double *wait)
{
	char path[64], buf[128];
	unsigned long long r, w;
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
		ssize_t n;
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof path, "/proc/%d/task/%.20s/schedstat", (int)pid, e->d_name);
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		n = read(fd, buf, sizeof buf - 1);
		close(fd);
		if (n <= 0)
			continue;
		buf[n] = '\0';
		if (sscanf(buf, "%llu %llu", &r, &w) != 2)
			continue;
		*run += (double)r / 1e9;
		*wait += (double)w / 1e9;
		any = true;
	}
	closedir(d);
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
