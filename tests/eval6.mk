# Sixth evaluation set (tests/eval6/): 18 invented releases written as a
# hold-out after the rules, in languages and forms the other sets lack
# (sv da nb fi pl cs tr ru ja zh el ro, and en de fr forms: Markdown front
# matter, a dateline after the standfirst, an event date opening the text),
# as TXT, DOCX, PDF and one Markdown (docs/) and in harder PDF layouts
# (hard/). 'make check-eval6' scores the CLI on both with
# ../shared/eval/score.py; a measurement, not a gate.
EVAL6_SCORE := ../shared/eval/score.py
CHECKS += check-eval6
.PHONY: check-eval6

check-eval6: all
	@if [ -f $(EVAL6_SCORE) ]; then \
		$(PYTHON) $(EVAL6_SCORE) tests/eval6/docs --cmd '$(CLI) convert --ndjson' || true; \
		$(PYTHON) $(EVAL6_SCORE) tests/eval6/hard --cmd '$(CLI) convert --ndjson' || true; \
	else \
		echo 'eval6: 0 passed, 0 failed, 1 skipped (no ../shared)'; \
	fi
