/*
 * stdin.c - the document on stdin (`pressmill convert -`), for the batch
 * runner (run.c): read to its end into memory, in bounded steps, never
 * past --max-file-size (a pipe says its size only by ending, so the
 * limit is checked as bytes arrive, and reading stops one byte past it),
 * and without blocking the runner: while stdin has nothing to give, the
 * runner's tick collects the other workers' records and enforces their
 * limits. The bytes then go to a worker as any file's (pm_pool_submit_buffer).
 */
#define _GNU_SOURCE
#include "cli.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* How long a wait for stdin lasts before the runner gets its tick. */
#define STDIN_TICK_MS 200
/* The first buffer; it doubles as bytes come, up to the limit. */
#define STDIN_FIRST_BYTES 65536

int cli_read_stdin(runner *r, uint64_t max, bool (*tick)(runner *r), unsigned char **data,
                   size_t *len, char *why, size_t whysz)
{
	/* one byte past the limit tells "too large" from "exactly the limit" */
	uint64_t stop_at = max && max < SIZE_MAX - 1 ? max + 1 : SIZE_MAX - 1;
	unsigned char *buf = NULL;
	size_t have = 0, cap = 0;
	*data = NULL;
	*len = 0;
	for (;;) {
		struct pollfd p = {.fd = 0, .events = POLLIN};
		ssize_t n;
		int ready = poll(&p, 1, STDIN_TICK_MS);
		if (tick && !tick(r)) {
			free(buf);
			return -1;
		}
		if (ready < 0 && errno != EINTR) {
			snprintf(why, whysz, "cannot read stdin: %s", strerror(errno));
			free(buf);
			return PM_ERR_IO;
		}
		if (ready <= 0)
			continue;
		if (p.revents & POLLNVAL) {
			snprintf(why, whysz, "cannot read stdin: %s", strerror(EBADF));
			free(buf);
			return PM_ERR_IO;
		}
		if (cap == have) {
			size_t want = cap ? cap * 2 : STDIN_FIRST_BYTES;
			unsigned char *nb;
			if (want > stop_at)
				want = (size_t)stop_at;
			nb = realloc(buf, want);
			if (!nb) {
				snprintf(why, whysz, "out of memory reading stdin (%zu bytes read)", have);
				free(buf);
				return PM_ERR_RESOURCE_LIMIT;
			}
			buf = nb;
			cap = want;
		}
		n = read(0, buf + have, cap - have);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n < 0) {
			snprintf(why, whysz, "cannot read stdin: %s", strerror(errno));
			free(buf);
			return PM_ERR_IO;
		}
		if (n == 0)
			break;
		have += (size_t)n;
		if (have >= stop_at) {
			snprintf(why, whysz, "more than %llu bytes on stdin: exceeds max_file_bytes (%llu); "
			         "the rest was not read", (unsigned long long)(stop_at - 1),
			         (unsigned long long)max);
			free(buf);
			return PM_ERR_TOO_LARGE;
		}
	}
	*data = buf;
	*len = have;
	return 0;
}
