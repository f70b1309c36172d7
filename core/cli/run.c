/*
 * run.c - the batch runner behind 'pressmill convert': collects the
 * inputs, converts each (isolated in a worker process unless told not
 * to), and writes every record, so that each input gives exactly one.
 */
#define _GNU_SOURCE
#include "cli.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* mkdir -p for the parent folders of path. */
static int make_parents(const char *path)
{
	char buf[PATH_MAX];
	char *p;
	if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf)
		return -1;
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0777) < 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return 0;
}

/* The output file for an input: OUT/<input path>.json, with "..", "."
 * and leading "/" taken out so that nothing lands outside OUT. */
static int out_path(char *dst, size_t n, const char *outdir, const char *in)
{
	char rel[PATH_MAX];
	size_t k = 0;
	const char *p = in;
	while (*p) {
		const char *e = strchr(p, '/');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (!(l == 0 || (l == 1 && p[0] == '.') || (l == 2 && p[0] == '.' && p[1] == '.'))) {
			if (k + l + 2 >= sizeof rel)
				return -1;
			if (k)
				rel[k++] = '/';
			memcpy(rel + k, p, l);
			k += l;
		}
		p += l;
		if (*p == '/')
			p++;
	}
	rel[k] = '\0';
	if (!k)
		return -1;
	if (snprintf(dst, n, "%s/%s.json", outdir, rel) >= (int)n)
		return -1;
	return 0;
}

static int write_atomic(const char *dst, const char *text)
{
	char tmp[PATH_MAX];
	FILE *f;
	int fd;
	if (make_parents(dst) < 0)
		return -1;
	if (snprintf(tmp, sizeof tmp, "%s.tmp.XXXXXX", dst) >= (int)sizeof tmp)
		return -1;
	fd = mkstemp(tmp);
	if (fd < 0)
		return -1;
	f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		unlink(tmp);
		return -1;
	}
	if (fputs(text, f) < 0 || fputc('\n', f) < 0 || fflush(f) != 0 || fsync(fd) != 0) {
		fclose(f);
		unlink(tmp);
		return -1;
	}
	if (fclose(f) != 0 || rename(tmp, dst) != 0) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

int pm_cli_run(pm_cli *cli)
{
	pm_context *ctx;
	size_t i;
	int failed = 0;
	bool single;
	cli->opt.isolate = cli->isolate != 0;
	ctx = pm_context_new(&cli->opt);
	if (!ctx) {
		fprintf(stderr, "pressmill: out of memory\n");
		return 1;
	}
	single = cli->npaths == 1 && !cli->ndjson && !cli->recursive && !cli->files_from;
	for (i = 0; i < cli->npaths; i++) {
		json_t *rec = pm_convert_file(ctx, cli->paths[i], NULL);
		char *s;
		if (!rec) {
			fprintf(stderr, "pressmill: out of memory converting %s\n", cli->paths[i]);
			failed = 1;
			continue;
		}
		if (pm_record_status(rec) == 2)
			failed = 1;
		s = pm_record_dumps(rec, single && cli->pretty);
		json_decref(rec);
		if (!s) {
			failed = 1;
			continue;
		}
		if (cli->outdir) {
			char dst[PATH_MAX];
			if (out_path(dst, sizeof dst, cli->outdir, cli->paths[i]) < 0 ||
			    write_atomic(dst, s) < 0) {
				fprintf(stderr, "pressmill: cannot write the record of %s: %s\n",
				        cli->paths[i], strerror(errno));
				failed = 1;
			}
		} else {
			fputs(s, stdout);
			fputc('\n', stdout);
		}
		free(s);
	}
	fflush(stdout);
	pm_context_free(ctx);
	return failed;
}
