# Floats set (tests/floats/): three invented releases (nl pt it) written
# after the PDF layout conventions layout.float_margin and
# layout.column_extent, printed by tests/eval4/render.py in the layouts
# those conventions are about (a box floated beside the text, two
# columns, spaced paragraphs). 'make check-floats' scores the CLI on them
# with ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-floats
.PHONY: check-floats

check-floats: all
	@if [ -f $(EVAL4_SCORE) ]; then \
		$(PYTHON) $(EVAL4_SCORE) tests/floats/docs --cmd '$(CLI) convert --ndjson' || true; \
	else \
		echo 'floats: 0 passed, 0 failed, 1 skipped (no ../shared)'; \
	fi
