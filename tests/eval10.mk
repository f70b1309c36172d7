# Tenth evaluation set (tests/eval10/): 10 invented releases printed by
# Chromium in page layouts the other sets lack (footnotes, a pull quote, a
# numbered list, a paragraph over a page break after a figure, 'Página N
# de M' furniture, a key-figures box, a signature block, A5 justified and
# hyphenated pages in en de fr), in en fr de es pt it nl, each defining
# long acronyms. 'make check-eval10' scores the CLI on them with
# ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval10
.PHONY: check-eval10

check-eval10: all
	$(call score_eval_set,eval10,tests/eval10/hard)
