# Second evaluation set (tests/eval/): 18 releases in six languages, each
# rendered as TXT, DOCX and PDF by ../shared/eval/render.py from the specs in
# tests/eval/specs (re-render with /usr/bin/python3 tests/eval/render.py).
# 'make check-eval' scores the CLI on them with ../shared/eval/score.py and
# tests/eval/extra.py (release line, end mark, embargo, quote speakers). It
# is a measurement, not a gate: it reports and exits 0 whatever the scores.
EVAL_SCORE := ../shared/eval/score.py
CHECKS += check-eval
.PHONY: check-eval

check-eval: all
	@if [ -f $(EVAL_SCORE) ]; then \
		$(PYTHON) $(EVAL_SCORE) tests/eval/docs --cmd '$(CLI) convert --ndjson' || true; \
		$(PYTHON) tests/eval/extra.py tests/eval/docs --cmd '$(CLI) convert --ndjson' || true; \
	else \
		echo 'eval: 0 passed, 0 failed, 1 skipped (no ../shared)'; \
	fi
