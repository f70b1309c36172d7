# The command line as a user meets it (issue 16): usage errors, stdin,
# --include/--exclude, the reason of a single failure (tests/cli/cli.sh);
# the manual page, which must render without a warning and name every
# option the commands' --help names, and no other (tests/cli/man.sh); the
# bash and zsh completion scripts, loaded and asked as the shells do
# (tests/cli/completion.sh; zsh's part is skipped when zsh is missing).
CHECKS += check-cli
.PHONY: check-cli

check-cli: all $(CRASHY_SO)
	@$(BATCH_ENV) MANPAGE=$(CURDIR)/$(MANPAGE) sh tests/cli/cli.sh; a=$$?; \
	$(BATCH_ENV) MANPAGE=$(CURDIR)/$(MANPAGE) sh tests/cli/man.sh; b=$$?; \
	$(BATCH_ENV) sh tests/cli/completion.sh; c=$$?; \
	[ $$a -eq 0 ] && [ $$b -eq 0 ] && [ $$c -eq 0 ]
