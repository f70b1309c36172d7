/*
 * cli.h - what the command line asked for, shared by the CLI's modules
 * (argument parsing in main.c, the batch runner in run.c).
 */
#ifndef PM_CLI_H
#define PM_CLI_H

#include <pressmill/pressmill.h>
#include <stddef.h>

typedef struct pm_cli {
	pm_options opt;
	int pretty, ndjson, recursive, ordered, resume, quiet, verbose;
	int isolate;          /* -1: default (on) */
	int jobs;             /* 0: number of cores */
	const char *outdir;
	const char *files_from;
	const char *report;
	char **paths;
	size_t npaths;
} pm_cli;

int pm_cli_run(pm_cli *cli);

#endif
