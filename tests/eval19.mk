# Nineteenth evaluation set (tests/eval19/): 14 invented Chinese
# (simplified and traditional), Japanese and Korean releases in the
# conventions of those countries, written as a hold-out before pressmill
# was run on them and before the rules or lexicon for those languages were
# read, as TXT, DOCX and PDF. 'make check-eval19' scores the CLI on them
# with ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval19
.PHONY: check-eval19

# tests/eval.mk's recipe for a set (docs/ only: no hard layouts)
check-eval19: all
	$(call score_eval_set,eval19,tests/eval19/docs)
