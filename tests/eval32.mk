# Thirty-second evaluation set (tests/eval32/): 16 invented releases in
# English, French, German, Spanish, Portuguese, Arabic, Italian and Dutch,
# rendered by ../shared/eval/render.py as TXT, DOCX and PDF, written to
# measure invariance (issues 11 and 13: the same record from every
# format) over every field render.py prints. 'make check-eval32' scores
# the CLI on them with ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval32
.PHONY: check-eval32

# tests/eval.mk's recipe for a set (docs/ only: no hard layouts)
check-eval32: all
	$(call score_eval_set,eval32,tests/eval32/docs)
