/*
 * usage.c - usage errors, reported as GNU tools report them: one line
 * saying what is wrong, then one saying where the options are described
 * ("Try 'pressmill --help'."), exit status 2; never the whole usage, which
 * would push the one line that matters out of view. Used by main.c (the
 * commands and convert's options), run.c (options that contradict each
 * other) and serve.c.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>

int cli_try_help(const char *cmd)
{
	fprintf(stderr, "Try 'pressmill%s%s --help'.\n", cmd ? " " : "", cmd ? cmd : "");
	return 2;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "pressmill%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return cli_try_help(cmd);
}
