# Second evaluation set (tests/eval/): 18 releases in six languages, each
# rendered as TXT, DOCX and PDF by ../shared/eval/render.py from the specs in
# tests/eval/specs (re-render with /usr/bin/python3 tests/eval/render.py).
# 'make check-eval' scores the CLI on them with ../shared/eval/score.py and
# tests/eval/extra.py (release line, end mark, embargo, quote speakers). It
# is a measurement, not a gate: it reports and exits 0 whatever the scores.
EVAL_SCORE := ../shared/eval/score.py
CHECKS += check-eval
.PHONY: check-eval

# The recipe every evaluation set shares: score each folder of $(2) with
# ../shared/eval/score.py and, when $(3) is set, with tests/eval/extra.py
# too; without ../shared (a user's clone) say that set $(1) was skipped.
# Scores never fail the build: these sets measure, the tests gate.
define score_eval_set
	@if [ -f $(EVAL_SCORE) ]; then \
		for dir in $(2); do \
			$(PYTHON) $(EVAL_SCORE) $$dir --cmd '$(CLI) convert --ndjson' || true; \
			$(if $(3),$(PYTHON) tests/eval/extra.py $$dir --cmd '$(CLI) convert --ndjson' || true;) \
		done; \
	else \
		echo '$(1): 0 passed, 0 failed, 1 skipped (no ../shared)'; \
	fi
endef

# A hold-out set of docs/ and hard/ (tests/$(1)): eval5's, eval6's and later.
score_docs_and_hard = $(call score_eval_set,$(1),tests/$(1)/docs tests/$(1)/hard)

check-eval: all
	$(call score_eval_set,eval,tests/eval/docs,extra)
