# Seventh evaluation set (tests/eval7/): 16 invented releases written as a
# hold-out before the rules, in languages and forms the other sets lack
# (ko hu uk id vi ca he, and en es pt it nl de fr forms: a US agency's
# contact block above the title, a byline under the title, a closing date
# line and signature, '###' / 'ENDS' / '-30-' with text after them, a
# headline over 110 characters, a two-page release), as TXT, DOCX, PDF and
# two Markdown (docs/) and in harder PDF layouts (hard/). 'make
# check-eval7' scores the CLI on both with ../shared/eval/score.py; a
# measurement, not a gate.
CHECKS += check-eval7
.PHONY: check-eval7

# tests/eval.mk's recipe for a set of docs/ and hard/
check-eval7: all
	$(call score_docs_and_hard,eval7)
