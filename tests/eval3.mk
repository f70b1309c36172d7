# Third evaluation set (tests/eval3/): 16 invented releases (letterheads,
# long/ALL-CAPS/question headlines, lists, international contacts, notes to
# editors, text after end marks, varied date forms) rendered as TXT, DOCX and
# PDF from tests/eval3/specs (re-render with /usr/bin/python3
# tests/eval3/render.py), plus 4 hand-written Markdown releases. A
# measurement, not a gate: 'make check-eval3' reports and exits 0.
EVAL3_SCORE := ../shared/eval/score.py
CHECKS += check-eval3
.PHONY: check-eval3

check-eval3: all
	@if [ -f $(EVAL3_SCORE) ]; then \
		$(PYTHON) $(EVAL3_SCORE) tests/eval3/docs --cmd '$(CLI) convert --ndjson' || true; \
		$(PYTHON) tests/eval/extra.py tests/eval3/docs --cmd '$(CLI) convert --ndjson' || true; \
	else \
		echo 'eval3: 0 passed, 0 failed, 1 skipped (no ../shared)'; \
	fi
