# The lexicon (core/lexicon/, issue 12): tests/unit/test_lexicon.c checks
# it against the word tables it replaced (tests/lexicon/migrated.tsv, what
# tools/lex_migrate.py extracted from the C sources before the rules moved
# to the lexicon). tools/lex_migrate.py still reads the current sources
# into $(BUILD)/gen/lex_tables.tsv, and fails the build on a word table in
# C that it does not know, or on a word compared inline in a condition;
# 'make check-lexicon' proves that the compiler rejects malformed files
# and that the sources with a word inline are refused
# (tests/lexicon/bad_files.py). 'make bench-lexicon' measures lookups.
LEX_TABLES_TSV := $(BUILD)/gen/lex_tables.tsv

$(LEX_TABLES_TSV): $(CORE_SRC) tools/lex_migrate.py
	@mkdir -p $(@D)
	$(PYTHON) tools/lex_migrate.py --tsv > $@.tmp && mv $@.tmp $@

$(BUILD)/tests/test_lexicon: | $(LEX_TABLES_TSV)

CHECKS += check-lexicon
.PHONY: check-lexicon bench-lexicon

check-lexicon:
	@$(PYTHON) tests/lexicon/bad_files.py

LEX_BENCH := $(BUILD)/bench/lexicon_bench
LEX_BENCH_OBJ := $(filter-out $(CLI_OBJ),$(CORE_OBJ)) $(KIT_LIB)
$(LEX_BENCH): tests/lexicon/lexicon_bench.c $(LEX_BENCH_OBJ)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_CORE) -o $@ $< $(LEX_BENCH_OBJ) $(LDFLAGS_ALL) $(call PKG_LIBS,$(CORE_PKGS)) -ldl -lm

bench-lexicon: $(LEX_BENCH)
	@$(LEX_BENCH)
