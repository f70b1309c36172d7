# Floats set (tests/floats/): three invented releases (nl pt it) written
# after the PDF layout conventions layout.float_margin and
# layout.column_extent, printed by tests/eval4/render.py in the layouts
# those conventions are about (a box floated beside the text, two
# columns, spaced paragraphs). 'make check-floats' scores the CLI on them
# with ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-floats
.PHONY: check-floats

# tests/eval.mk's recipe
check-floats: all
	$(call score_eval_set,floats,tests/floats/docs)
