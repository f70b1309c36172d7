# Ninth evaluation set (tests/eval9/): 16 invented releases written as a
# hold-out before the rules, in languages and forms the other sets lack
# (sk hr bg sw ms fa, and new forms in pl ar el zh sv ja tr cs en: a case
# reference above the title, a Hijri and Gregorian date line, a joint
# statement with two About sections, a product launch with a list and a
# price, an event date opening the text, a stacked newswire dateline, a
# results table and forward-looking statements, an embargo line, a photo
# caption and credit, a Japanese era date, a closing 'V … dne …' line), as
# TXT, DOCX, PDF and two Markdown (docs/) and in harder PDF layouts
# (hard/). 'make check-eval9' scores the CLI on both with
# ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval9
.PHONY: check-eval9

# tests/eval.mk's recipe for a set of docs/ and hard/
check-eval9: all
	$(call score_docs_and_hard,eval9)
