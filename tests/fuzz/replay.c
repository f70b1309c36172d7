/*
 * replay.c - runs a fuzz target over its corpus without libFuzzer, so
 * that 'make check' (and 'make check-asan', where it runs under ASan and
 * UBSan) replays every seed and every kept crashing input with the normal
 * compiler: the targets never rot, and a fixed crash stays fixed.
 *
 *   replay_<target> DIR|FILE...
 *
 * Directories are read in name order (one level, hidden files skipped).
 * Exits non-zero when an argument cannot be read or holds no input at all,
 * so that a corpus that went missing is an error, not a silent pass.
 */
#include <dirent.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Seconds one input may take (libFuzzer runs use -timeout=10 too): a hang
 * kept as a regression input must fail 'make check', not stall it. */
#define REPLAY_TIMEOUT 10

static const char *current;

static void on_alarm(int sig)
{
	static const char msg[] = "replay: input took too long (hang): ";
	(void)sig;
	if (write(2, msg, sizeof msg - 1) < 0 || write(2, current, strlen(current)) < 0 ||
	    write(2, "\n", 1) < 0)
		_exit(3);
	_exit(3);
}

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0, n;
	if (!f) {
		perror(path);
		return -1;
	}
	for (;;) {
		if (len == cap) {
			unsigned char *nb;
			cap = cap ? cap * 2 : 65536;
			nb = realloc(buf, cap);
			if (!nb) {
				fclose(f);
				free(buf);
				return -1;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, f);
		if (n == 0)
			break;
		len += n;
	}
	fclose(f);
	/* An exact-size copy, so that a read past the input is caught. */
	{
		unsigned char *exact = malloc(len ? len : 1);
		if (!exact) {
			free(buf);
			return -1;
		}
		memcpy(exact, buf, len);
		free(buf);
		current = path;
		alarm(REPLAY_TIMEOUT);
		LLVMFuzzerTestOneInput(exact, len);
		alarm(0);
		free(exact);
	}
	return 0;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static long run_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, i;
	long done = 0;
	if (!d) {
		perror(dir);
		return -1;
	}
	while ((e = readdir(d))) {
		char **nn;
		if (e->d_name[0] == '.')
			continue;
		nn = realloc(names, (n + 1) * sizeof *nn);
		if (!nn)
			break;
		names = nn;
		names[n] = strdup(e->d_name);
		if (names[n])
			n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp);
	for (i = 0; i < n; i++) {
		char path[4096];
		struct stat st;
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
			if (run_file(path) < 0)
				done = -1;
			else if (done >= 0)
				done++;
		}
		free(names[i]);
	}
	free(names);
	return done;
}

__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int main(int argc, char **argv)
{
	int i, bad = 0;
	long total = 0;
	signal(SIGALRM, on_alarm);
	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		struct stat st;
		long n;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			bad = 1;
			continue;
		}
		n = S_ISDIR(st.st_mode) ? run_dir(argv[i]) : run_file(argv[i]) == 0 ? 1 : -1;
		if (n < 0)
			bad = 1;
		else
			total += n;
	}
	printf("%s: %ld inputs replayed\n", argc > 0 ? argv[0] : "replay", total);
	if (total == 0) {
		fprintf(stderr, "%s: no input to replay\n", argc > 0 ? argv[0] : "replay");
		bad = 1;
	}
	return bad;
}
