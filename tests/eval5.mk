# Fifth evaluation set (tests/eval5/): 16 invented releases written as a
# hold-out after the rules (en it nl fr es pt de), as TXT, DOCX and PDF
# (docs/) and in harder PDF layouts (hard/). 'make check-eval5' scores the
# CLI on both with ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval5
.PHONY: check-eval5

# tests/eval.mk's recipe for a set of docs/ and hard/
check-eval5: all
	$(call score_docs_and_hard,eval5)
