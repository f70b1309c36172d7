# Sixteenth evaluation set (tests/eval16/): 22 invented releases written
# as a generalisation hold-out before pressmill was run on them, in the
# eight complete languages of issue 13 plus Polish, Swedish and Japanese,
# each in the shapes of issue 13's lists (wire datelines, label and
# release lines, rubrics, bylines, signatures, About headings with a
# colon, phones), as TXT, DOCX and PDF. 'make check-eval16' scores the CLI
# on them with ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval16
.PHONY: check-eval16

# tests/eval.mk's recipe for a set (docs/ only: no hard layouts)
check-eval16: all
	$(call score_eval_set,eval16,tests/eval16/docs)
