# Fifth evaluation set (tests/eval5/): 16 invented releases written as a
# hold-out after the rules (en it nl fr es pt de), as TXT, DOCX and PDF
# (docs/) and in harder PDF layouts (hard/). 'make check-eval5' scores the
# CLI on both with ../shared/eval/score.py; a measurement, not a gate.
EVAL5_SCORE := ../shared/eval/score.py
CHECKS += check-eval5
.PHONY: check-eval5

# The recipe of a hold-out set of docs/ and hard/ (tests/$(1)), eval5's
# and eval6's: score both with ../shared/eval/score.py, or say the set
# was skipped without ../shared.
define score_docs_and_hard
	@if [ -f $(EVAL5_SCORE) ]; then \
		$(PYTHON) $(EVAL5_SCORE) tests/$(1)/docs --cmd '$(CLI) convert --ndjson' || true; \
		$(PYTHON) $(EVAL5_SCORE) tests/$(1)/hard --cmd '$(CLI) convert --ndjson' || true; \
	else \
		echo '$(1): 0 passed, 0 failed, 1 skipped (no ../shared)'; \
	fi
endef

check-eval5: all
	$(call score_docs_and_hard,eval5)
