# Batch conversion and embedding tests (issue 6): the folder walk, -o and
# --resume, NDJSON streaming and --files-from, crash/hang/memory isolation
# with a plugin built only for the tests, Ctrl-C, the mapper contract with
# GNU parallel (tests/batch/batch.sh); the runner under hostile conditions
# of issue 10 (tests/batch/robust.sh: shrinking inputs, a stop of the
# process group, name clashes and long names, stale records, descriptor
# and memory limits, Ctrl-Z, an unwritable OUT, symlinks out of a folder); the public API, isolation and threads
# (tests/unit/test_api*.c, run by check-unit); the installed library and
# pressmill.pc with examples/embed.c (tests/batch/embed.sh).
#
# Test plugins live outside the plugin directory so that no normal run
# loads them: tests put $(TESTPLUGINDIR) or $(BADPLUGINDIR) in
# PRESSMILL_PLUGIN_PATH.
TESTPLUGINDIR := $(BUILD)/tests/plugins
BADPLUGINDIR := $(BUILD)/tests/badplugins
CRASHY_SO := $(TESTPLUGINDIR)/crashy.so
BROKEN_NAMES := badabi noentry nullentry nullprobe dupname
BROKEN_SO := $(patsubst %,$(BADPLUGINDIR)/%.so,$(BROKEN_NAMES))

$(CRASHY_SO): tests/plugins/crashy/crashy.c core/include/pressmill/plugin.h
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) -shared -o $@ $< $(LDFLAGS_ALL)

$(BADPLUGINDIR)/%.so: tests/plugins/broken/broken.c core/include/pressmill/plugin.h
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) -DBROKEN=$* -shared -o $@ $< $(LDFLAGS_ALL)

# the API tests load the crashy plugin from $(TESTPLUGINDIR)
$(BUILD)/tests/test_api: | $(CRASHY_SO)

TESTS += $(CRASHY_SO) $(BROKEN_SO)
CHECKS += check-batch check-embed
.PHONY: check-batch check-embed bench-batch

BATCH_ENV = BUILD=$(BUILD) CLI=$(CURDIR)/$(CLI) PYTHON=$(PYTHON) SRC=$(CURDIR) SANITIZE=$(SANITIZE) \
	TESTPLUGINDIR=$(CURDIR)/$(TESTPLUGINDIR) BADPLUGINDIR=$(CURDIR)/$(BADPLUGINDIR) \
	BPLUGINDIR=$(CURDIR)/$(BPLUGINDIR)

check-batch: all $(CRASHY_SO) $(BROKEN_SO)
	@$(BATCH_ENV) sh tests/batch/batch.sh; a=$$?; \
	$(BATCH_ENV) sh tests/batch/robust.sh; b=$$?; [ $$a -eq 0 ] && [ $$b -eq 0 ]

# installs into a temporary prefix (make install PREFIX=... DESTDIR=)
check-embed: all
	@$(BATCH_ENV) MAKE="$(MAKE)" sh tests/batch/embed.sh

# throughput -j1 vs -j2 on ../shared/corpus/press, peak RSS on 100 vs
# 10,000 documents, work done by a second --resume run (not in 'make check':
# it takes a minute)
bench-batch: all
	@$(BATCH_ENV) sh tests/batch/bench.sh
