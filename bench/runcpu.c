/*
 * runcpu.c - the process launcher of the benchmarks (bench/common.py): runs
 * commands one after another and prints, for each, the CPU time and peak
 * resident memory the kernel accounted to it (wait4: the process and every
 * descendant it waited for, pressmill's workers included).
 *
 *   runcpu [-t SECONDS] COMMANDS-FILE
 *
 * Each line of COMMANDS-FILE is one command: its stdin path, its stdout
 * path ("-" for /dev/null), then argv, all separated by tabs. Prints one
 * line per command: CPU nanoseconds (user + system), peak RSS in KB, exit
 * status (128 + N for signal N). A command still running after SECONDS
 * (default 120) is killed.
 *
 * It exists because Linux carries a process's peak RSS over exec from the
 * process it was forked from: children of the Python driver would all
 * show at least the interpreter's size. Forked from this small program,
 * a command's peak RSS is its own; and no interpreter time is spent
 * between the commands.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile pid_t running;

static void on_alarm(int sig)
{
	(void)sig;
	if (running > 0)
		kill(running, SIGKILL);
}

static int open_or_null(const char *path, int flags)
{
	if (!strcmp(path, "-"))
		return open("/dev/null", flags);
	return open(path, flags, 0644);
}

/* Splits line at tabs into argv (at most max - 1 fields). */
static int split(char *line, char **argv, int max)
{
	int n = 0;
	char *p = line;
	while (n < max - 1) {
		argv[n++] = p;
		p = strchr(p, '\t');
		if (!p)
			break;
		*p++ = '\0';
	}
	argv[n] = NULL;
	return n;
}

static void run_one(char **f, unsigned timeout)
{
	struct rusage ru;
	int st = 0, code;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		printf("0\t0\t255\n");
		return;
	}
	if (pid == 0) {
		int in = open_or_null(f[0], O_RDONLY);
		int out = open_or_null(f[1], O_WRONLY | O_CREAT | O_TRUNC);
		int null = open("/dev/null", O_WRONLY);
		if (in < 0 || out < 0 || null < 0)
			_exit(127);
		dup2(in, 0);
		dup2(out, 1);
		dup2(null, 2);
		execvp(f[2], f + 2);
		_exit(127);
	}
	running = pid;
	alarm(timeout);
	while (wait4(pid, &st, 0, &ru) < 0)
		if (errno != EINTR) {
			memset(&ru, 0, sizeof ru);
			break;
		}
	alarm(0);
	running = 0;
	code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	printf("%lld\t%ld\t%d\n",
	       (long long)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000LL +
	               (long long)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000LL,
	       ru.ru_maxrss, code);
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	unsigned timeout = 120;
	FILE *f;
	char *line = NULL, *fields[256];
	size_t cap = 0;
	ssize_t len;
	int i = 1;

	if (argc > 2 && !strcmp(argv[1], "-t")) {
		timeout = (unsigned)strtoul(argv[2], NULL, 10);
		i = 3;
	}
	if (i != argc - 1) {
		fputs("usage: runcpu [-t SECONDS] COMMANDS-FILE\n", stderr);
		return 2;
	}
	f = fopen(argv[i], "r");
	if (!f) {
		fprintf(stderr, "runcpu: %s: %s\n", argv[i], strerror(errno));
		return 1;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	while ((len = getline(&line, &cap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		if (split(line, fields, sizeof fields / sizeof fields[0]) < 3)
			continue;
		run_one(fields, timeout);
	}
	free(line);
	fclose(f);
	return 0;
}
