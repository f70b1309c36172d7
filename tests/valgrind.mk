# Valgrind over the golden tests' conversions (issue 7): every sample
# converted in process (--no-isolate, so valgrind sees the readers too)
# with no memory error and no definitely lost block. Poppler, GLib and
# libxml2 keep one-time allocations for the life of the process; those are
# "still reachable" or "possibly lost", not "definite", and so need no
# suppression today - tests/valgrind.supp is where one would go.
# Skipped under SANITIZE (valgrind cannot run an ASan build); about 20 s
# with -j2, 35 s without.
VALGRIND ?= valgrind
VALGRIND_FLAGS := -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite --suppressions=tests/valgrind.supp
# 'make check-asan' passes the CHECKS list of the plain build to its
# sanitizer sub-make, so the step itself must know to stand aside there.
CHECKS += check-valgrind
.PHONY: check-valgrind

# One make target per sample, so that 'make -j2 check-valgrind' runs two at a time.
ifeq ($(SANITIZE),)
VALGRIND_RUNS := $(patsubst samples/%,valgrind-run/%,$(SAMPLES))
else
VALGRIND_RUNS :=
endif
.PHONY: $(VALGRIND_RUNS)
$(VALGRIND_RUNS): valgrind-run/%: all
	@mkdir -p $(BUILD)/valgrind
	@if $(VALGRIND) $(VALGRIND_FLAGS) --log-file=$(BUILD)/valgrind/$*.log \
		$(CLI) convert --no-isolate samples/$* > /dev/null; then \
		echo "valgrind: samples/$*: clean"; \
	else echo "valgrind: samples/$*: FAILED (see $(BUILD)/valgrind/$*.log)"; \
		cat $(BUILD)/valgrind/$*.log; exit 1; fi

check-valgrind: $(VALGRIND_RUNS)
ifeq ($(SANITIZE),)
	@echo "valgrind: $(words $(VALGRIND_RUNS)) samples passed"
else
	@echo "valgrind: skipped: valgrind cannot run a sanitizer build (run 'make check-valgrind')"
endif
