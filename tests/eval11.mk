# Eleventh evaluation set (tests/eval11/): 10 invented releases printed by
# Chromium in page layouts the other sets lack (footnotes, a pull quote, a
# numbered list, a paragraph over a page break after a figure, 'Página N
# de M' furniture, a key-figures box, a signature block, A5 justified and
# hyphenated pages in en de fr), in en fr de es pt it nl, each defining
# long acronyms. 'make check-eval11' scores the CLI on them with
# ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval11
.PHONY: check-eval11

check-eval11: all
	$(call score_eval_set,eval11,tests/eval11/hard)
