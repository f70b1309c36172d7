# Benchmarks (issue 15). None is part of 'make check', which only builds
# their C drivers (bench/*.c), so that a change of the API or a moved
# header cannot break them unseen.
#
#   make bench [RUNS=3] [FORMATS=txt,docx,pdf]
#       CPU per document (kernel user + sys, least of RUNS runs) of
#       pressmill and its peers on the corpus documents of ../shared, one
#       table: bench/bench.py (22-35 minutes with RUNS=3 on 2 cores
#       under a load of 9-13). Skips, saying so, without ../shared, and a
#       peer that is not installed. PDF is read with --ocr never (the
#       peers read no page image); bench/ocr.sh follows, OCR's own row
#       (scans it makes of tests/eval/docs, about 50 s of CPU; no
#       ../shared needed).
#   make bench-instructions [BASELINE=file] [SAVE=file] [KEEP=dir]
#       callgrind instructions per document of bench/instructions.list
#       and samples/, and of a one-file `pressmill convert`:
#       bench/instructions.py (about a minute). Prints each count's ratio
#       to BASELINE, by default bench/instructions.baseline (main's after
#       issue 15's second optimisation pass; BASELINE= for none);
#       SAVE=file writes this run as a baseline; KEEP keeps the
#       callgrind profiles for tools/cgtree.py. Corpus files are
#       skipped, saying so, without ../shared.
#   make bench-scaling [SCALING_BYTES=1000,...,10000000]
#       CPU against the length of the text, 1 KB to 10 MB, in txt, DOCX
#       and PDF: bench/scaling.py (figures, not a gate: check-scaling is
#       the gate, tests/scaling.mk).
#   make bench-batch
#       -j 2 against -j 1 and memory of the batch runner (tests/batch.mk)
PMBENCH := $(BUILD)/bench/pmbench
POPPLERFLOOR := $(BUILD)/bench/popplerfloor
RUNCPU := $(BUILD)/bench/runcpu
BENCH_TOOLS := $(PMBENCH) $(POPPLERFLOOR) $(RUNCPU)
TESTS += $(BENCH_TOOLS)
RUNS ?= 3
FORMATS ?= txt,docx,pdf
BASELINE ?= bench/instructions.baseline
SAVE ?=
KEEP ?=
SCALING_BYTES ?= 1000,10000,100000,1000000,10000000
SCALING_BENCH_FORMATS ?= txt,docx,pdf
.PHONY: bench bench-instructions bench-scaling

$(PMBENCH): bench/pmbench.c core/include/pressmill/pressmill.h $(LIB_SO)
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(call PKG_CFLAGS,jansson) -o $@ $< -L$(BUILD)/lib -lpressmill \
		$(LDFLAGS_ALL) -Wl,-rpath,'$$ORIGIN/../lib' $(call PKG_LIBS,jansson)

$(POPPLERFLOOR): bench/popplerfloor.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(call PKG_CFLAGS,poppler-glib) -o $@ $< $(LDFLAGS_ALL) \
		$(call PKG_LIBS,poppler-glib)

$(RUNCPU): bench/runcpu.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) -o $@ $< $(LDFLAGS_ALL)

BENCH_ARGS = --build $(BUILD) --python $(PYTHON)

bench: all $(BENCH_TOOLS)
	@$(PYTHON) bench/bench.py $(BENCH_ARGS) --runs $(RUNS) --formats $(FORMATS)
	@sh bench/ocr.sh $(BUILD)

bench-instructions: all $(PMBENCH)
	@$(PYTHON) bench/instructions.py $(BENCH_ARGS) $(if $(BASELINE),--baseline $(BASELINE)) \
		$(if $(SAVE),--save $(SAVE)) $(if $(KEEP),--keep $(KEEP))

bench-scaling: all $(PMBENCH) $(RUNCPU)
	@$(PYTHON) bench/scaling.py $(BENCH_ARGS) --bytes $(SCALING_BYTES) \
		--formats $(SCALING_BENCH_FORMATS)
