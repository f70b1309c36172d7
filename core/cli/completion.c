/*
 * completion.c - `pressmill completion bash|zsh`: prints the completion
 * script of a shell, for a user who did not install pressmill with `make
 * install` (which installs the same scripts where the shells look) or
 * who wants it in a dotfile. The scripts are the files of
 * core/cli/completion, built into the program by tools/embed.sh, so what
 * is printed is what is installed.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

/* build/gen/completion_*.c, from core/cli/completion/pressmill.{bash,zsh} */
extern const char pm_completion_bash[];
extern const char pm_completion_zsh[];

static void completion_usage(FILE *f)
{
	fputs("usage: pressmill completion bash|zsh\n"
	      "\n"
	      "Print the completion script of a shell (commands, options, and files or folders\n"
	      "where they are expected). For this shell only:  source <(pressmill completion bash)\n"
	      "'make install' installs both where the shells find them (see man pressmill).\n"
	      "  -h, --help   this help\n",
	      f);
}

int pm_cli_completion(int argc, char **argv)
{
	const char *script;
	if (argc < 2)
		return cli_usage_error(NULL, "completion needs a shell: bash or zsh");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		completion_usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "bash"))
		script = pm_completion_bash;
	else if (!strcmp(argv[1], "zsh"))
		script = pm_completion_zsh;
	else
		return cli_usage_error(NULL, "no completion script for %s: bash or zsh", pm_quote(argv[1]));
	if (argc > 2)
		return cli_usage_error(NULL, "completion takes one shell, not %s", pm_quote(argv[2]));
	fputs(script, stdout);
	return fflush(stdout) == 0 ? 0 : 1;
}
