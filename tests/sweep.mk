# Corpus sweep (issue 7): every file of ../shared/corpus/hostile and
# ../shared/corpus/suites through the batch runner with default limits;
# one record each, within the timeout, bounded memory, outcomes compared
# with tests/sweep-expected.tsv and what repairs changed in each file with
# tests/sweep-repairs.tsv (any change fails). Skipped,
# saying so, without ../shared. 'make sweep-update' rewrites both after
# a deliberate change (review the diff).
SWEEP_CORPUS ?= $(CURDIR)/../shared/corpus
SWEEP_JOBS ?= 2
# the largest resident set of the runner or any worker, in MB: the
# per-worker memory limit (2048 MiB by default, pm_limits_default) and
# room for the runner; a hostile PDF may grow a worker up to the limit
# before the timeout or the limit ends it, as the sweep's bomb_giant.pdf
# does by 1.2 GB on a good day
SWEEP_MAX_RSS_MB ?= 2304
SWEEP_ARGS = --cli $(CLI) --corpus $(SWEEP_CORPUS) --expected tests/sweep-expected.tsv \
	--repairs tests/sweep-repairs.tsv \
	--schema schema/record.schema.json --jobs $(SWEEP_JOBS) --max-rss-mb $(SWEEP_MAX_RSS_MB)
# Under SANITIZE (check-asan) the workers run slower and bigger, so the
# outcome comparison and the memory bound are reported, not enforced.
ifneq ($(SANITIZE),)
SWEEP_ARGS += --sanitized
endif
CHECKS += check-sweep
.PHONY: check-sweep sweep-update

check-sweep: all
	$(PYTHON) tests/tools/sweep.py $(SWEEP_ARGS)

sweep-update: all
	$(PYTHON) tests/tools/sweep.py $(SWEEP_ARGS) --update
