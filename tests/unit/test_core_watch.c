/*
 * test_core_watch.c - the pool's looks at a worker through /proc files
 * kept open (pm_proc_watch, isolate/frames.c) give the figures the
 * one-shot looks (pm_mem_of, pm_sched_of) give, for a process of one
 * thread or of several, follow a new process given a new pid, and say
 * "unknown" once the process is reaped, as the one-shot looks do.
 */
#include "pm_test.h"

#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>

#include "isolate/isolate.h"

static void *sleeper(void *arg)
{
	(void)arg;
	for (;;)
		pause();
	return NULL;
}

/* A child that starts threads - 1 more threads, says so on the pipe, and
 * sleeps: its figures stay put while the test reads them. */
static pid_t sleeping_child(int threads)
{
	int fds[2];
	char c;
	pid_t pid;
	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int i;
		for (i = 1; i < threads; i++) {
			pthread_t t;
			if (pthread_create(&t, NULL, sleeper, NULL) != 0)
				_exit(1);
		}
		if (write(fds[1], "r", 1) != 1)
			_exit(1);
		sleeper(NULL);
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], &c, 1), 1);
	close(fds[0]);
	usleep(20000); /* let the threads reach pause() */
	return pid;
}

static void reap(pid_t pid)
{
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, NULL, 0), pid);
}

static void same_figures(pm_proc_watch *w, pid_t pid, int threads)
{
	uint64_t v1 = 1, v2 = 2, r1, r2;
	double run1, wait1, run2, wait2;
	int look;
	for (look = 0; look < 3; look++) {
		r1 = pm_mem_of(pid, &v1);
		r2 = pm_watch_mem(w, pid, &v2);
		assert_true(r1 > 0);
		assert_true(r1 == r2);
		assert_true(v1 == v2);
		assert_true(pm_sched_of(pid, &run1, &wait1));
		assert_true(pm_watch_sched(w, pid, &run2, &wait2));
		assert_true(run1 > 0);
		assert_true(run1 == run2);
		assert_true(wait1 == wait2);
		/* kept open for the next look */
		assert_true(w->statm >= 0);
		assert_non_null(w->task);
		assert_int_equal(w->nth, threads < PM_WATCH_THREADS ? threads : PM_WATCH_THREADS);
	}
}

static void watch_reads_what_one_shot_looks_read(void **state)
{
	pm_proc_watch w;
	pid_t a, b;
	uint64_t v = 1;
	double run, wait;
	(void)state;
	pm_watch_init(&w);
	a = sleeping_child(1);
	same_figures(&w, a, 1);
	/* another process under the same watch: it starts afresh */
	b = sleeping_child(3);
	same_figures(&w, b, 3);
	assert_int_equal(w.pid, b);
	/* more threads than the watch keeps: the others are opened each time */
	pm_watch_close(&w);
	reap(b);
	b = sleeping_child(PM_WATCH_THREADS + 2);
	same_figures(&w, b, PM_WATCH_THREADS + 2);
	/* a reaped process is unknown through the open files too */
	pm_watch_close(&w);
	assert_true(pm_watch_mem(&w, a, &v) > 0);
	assert_true(pm_watch_sched(&w, a, &run, &wait));
	reap(a);
	assert_true(pm_mem_of(a, NULL) == 0);
	assert_true(pm_watch_mem(&w, a, &v) == 0);
	assert_true(v == 0);
	assert_false(pm_sched_of(a, &run, &wait));
	assert_false(pm_watch_sched(&w, a, &run, &wait));
	pm_watch_close(&w);
	assert_int_equal(w.statm, -1);
	assert_null(w.task);
	reap(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(watch_reads_what_one_shot_looks_read),
	};
	return cmocka_run_group_tests_name("core_watch", tests, NULL, NULL);
}
