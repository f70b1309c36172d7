# Fuzzing (issue 7). Targets are tests/fuzz/fuzz_NAME.c, each a libFuzzer
# entry point. Two builds of each:
#   $(BUILD)/fuzz/replay_NAME  the target with tests/fuzz/replay.c as main(),
#                              normal compiler; 'make check' replays every
#                              seed (tests/fuzz/corpus/NAME) and every kept
#                              crashing input (tests/fuzz/regress/NAME) with it
#   build-fuzz/fuzz/fuzz_NAME  clang, libFuzzer + ASan + UBSan ('make fuzz')
# A plugin's extract target is built only once plugins/NAME/module.mk
# exists, so the docx and pdf targets start building when their plugins land.
#
#   make fuzz                      build the libFuzzer binaries in build-fuzz/
#   make fuzz-run SECONDS=N        run each for N seconds (make -j2 runs two at once),
#                                  inputs up to FUZZ_MAX_LEN bytes (1 MB)
#   make fuzz-run-NAME SECONDS=N   one of them
# New corpus entries go to build-fuzz/corpus/NAME, crashes to
# build-fuzz/artifacts/NAME/; the seeds in the tree are read-only inputs.

# plugins whose sources define the entry point yet (a module.mk may land
# before its .c files, and those before the entry)
FUZZ_PLUGIN_NAMES := $(foreach p,$(PLUGIN_NAMES),$(if $(and $($(p)_SRC),\
	$(shell grep -l PM_PLUGIN_DEFINE $($(p)_SRC) 2>/dev/null)),$(p)))
FUZZ_PLUGIN_TARGETS := $(filter txt docx pdf,$(FUZZ_PLUGIN_NAMES))
FUZZ_NAMES := probe normalize json $(FUZZ_PLUGIN_TARGETS)
FUZZ_REPLAY_BIN := $(patsubst %,$(BUILD)/fuzz/replay_%,$(FUZZ_NAMES))
FUZZ_BIN := $(patsubst %,$(BUILD)/fuzz/fuzz_%,$(FUZZ_NAMES))
FUZZ_CFLAGS = $(CFLAGS_CORE) -Itests/fuzz \
	-DFUZZ_PLUGINS='$(foreach p,$(FUZZ_PLUGIN_NAMES),X($(p)))'
FUZZ_OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=undefined
FUZZ_CORE_OBJ := $(filter-out $(CLI_OBJ),$(CORE_OBJ))
SECONDS ?= 60
FUZZ_RSS_MB ?= 2048
FUZZ_TIMEOUT ?= 10
# Inputs up to 1 MB (libFuzzer's default stops near 4 KB): long enough for
# a pass that is quadratic in the blocks or in a line to run past
# FUZZ_TIMEOUT and be kept as a crash, as size bugs must be.
FUZZ_MAX_LEN ?= 1048576

# the objects and libraries a target needs beyond the core
fuzz_plugins = $(if $(filter probe,$(1)),$(FUZZ_PLUGIN_NAMES),$(filter $(1),$(FUZZ_PLUGIN_TARGETS)))
fuzz_objs = $(foreach p,$(call fuzz_plugins,$(1)),$($(p)_OBJ))
fuzz_libs = $(call PKG_LIBS,$(CORE_PKGS)) \
	$(foreach p,$(call fuzz_plugins,$(1)),$(call PKG_LIBS,$($(p)_PKGS)) $($(p)_LIBS)) -ldl -lm

$(BUILD)/obj/tests/fuzz/%.o: tests/fuzz/%.c
	@mkdir -p $(@D)
	$(CC) $(FUZZ_CFLAGS) -MMD -MP -c $< -o $@

# fuzz_probe.c is compiled with the list of plugins: a stamp named after
# the list rebuilds it when a plugin lands.
FUZZ_EMPTY :=
FUZZ_STAMP := $(BUILD)/obj/tests/fuzz/plugins-$(subst $(FUZZ_EMPTY) $(FUZZ_EMPTY),-,$(strip $(FUZZ_PLUGIN_NAMES))).stamp
$(FUZZ_STAMP):
	@mkdir -p $(@D)
	@touch $@
$(BUILD)/obj/tests/fuzz/fuzz_probe.o: $(FUZZ_STAMP)
-include $(wildcard $(BUILD)/obj/tests/fuzz/*.d)

# The probe target links every plugin at once, side by side: each is
# reached by its own pressmill_plugin_entry_<name> (PM_PLUGIN_DEFINE in
# plugin.h); the shared entry symbol they all define is weak.

define fuzz_target_rules
$(BUILD)/fuzz/replay_$(1): $(BUILD)/obj/tests/fuzz/fuzz_$(1).o $(BUILD)/obj/tests/fuzz/replay.o \
		$(FUZZ_CORE_OBJ) $(call fuzz_objs,$(1)) $(KIT_LIB)
	@mkdir -p $$(@D)
	$$(CC) -o $$@ $$^ $$(LDFLAGS_ALL) $(call fuzz_libs,$(1))
$(BUILD)/fuzz/fuzz_$(1): $(BUILD)/obj/tests/fuzz/fuzz_$(1).o $(FUZZ_CORE_OBJ) $(call fuzz_objs,$(1)) $(KIT_LIB)
	@mkdir -p $$(@D)
	$$(CC) -fsanitize=fuzzer,address,undefined -o $$@ $$^ $$(LDFLAGS) $(call fuzz_libs,$(1))
.PHONY: fuzz-run-$(1)
fuzz-run-$(1): fuzz
	@mkdir -p build-fuzz/corpus/$(1) build-fuzz/artifacts/$(1)
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	build-fuzz/fuzz/fuzz_$(1) -max_total_time=$$(SECONDS) -rss_limit_mb=$$(FUZZ_RSS_MB) \
		-timeout=$$(FUZZ_TIMEOUT) -max_len=$$(FUZZ_MAX_LEN) -print_final_stats=1 \
		-dict=tests/fuzz/fuzz_$(1).dict \
		-artifact_prefix=build-fuzz/artifacts/$(1)/ \
		build-fuzz/corpus/$(1) tests/fuzz/corpus/$(1) $$(wildcard tests/fuzz/regress/$(1)) \
		> build-fuzz/fuzz-$(1).log 2>&1; \
		st=$$$$?; grep -E '^(#[0-9]+.*DONE|stat::|SUMMARY|==[0-9]+==ERROR)' build-fuzz/fuzz-$(1).log \
		| sed 's/^/fuzz_$(1): /'; exit $$$$st
endef
$(foreach t,$(FUZZ_NAMES),$(eval $(call fuzz_target_rules,$(t))))

TESTS += $(FUZZ_REPLAY_BIN)
CHECKS += check-fuzz
.PHONY: check-fuzz fuzz-bins fuzz-run

check-fuzz: $(FUZZ_REPLAY_BIN)
	@fail=0; for t in $(FUZZ_NAMES); do \
		$(BUILD)/fuzz/replay_$$t tests/fuzz/corpus/$$t \
			$$(test -d tests/fuzz/regress/$$t && echo tests/fuzz/regress/$$t) || fail=1; \
	done; \
	if [ $$fail = 0 ]; then echo "fuzz replay: $(words $(FUZZ_NAMES)) targets passed"; \
	else echo "fuzz replay: FAILED"; fi; exit $$fail

fuzz-bins: $(FUZZ_BIN)

fuzz: deps
	$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang SANITIZE=1 OPT='$(FUZZ_OPT)' fuzz-bins

fuzz-run: $(patsubst %,fuzz-run-%,$(FUZZ_NAMES))
