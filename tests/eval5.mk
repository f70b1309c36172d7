# Fifth evaluation set (tests/eval5/): 16 invented releases written as a
# hold-out after the rules (en it nl fr es pt de), as TXT, DOCX and PDF
# (docs/) and in harder PDF layouts (hard/). 'make check-eval5' scores the
# CLI on both with ../shared/eval/score.py; a measurement, not a gate.
EVAL5_SCORE := ../shared/eval/score.py
CHECKS += check-eval5
.PHONY: check-eval5

check-eval5: all
	@if [ -f $(EVAL5_SCORE) ]; then \
		$(PYTHON) $(EVAL5_SCORE) tests/eval5/docs --cmd '$(CLI) convert --ndjson' || true; \
		$(PYTHON) $(EVAL5_SCORE) tests/eval5/hard --cmd '$(CLI) convert --ndjson' || true; \
	else \
		echo 'eval5: 0 passed, 0 failed, 1 skipped (no ../shared)'; \
	fi
