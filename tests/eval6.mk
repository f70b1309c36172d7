# Sixth evaluation set (tests/eval6/): 18 invented releases written as a
# hold-out after the rules, in languages and forms the other sets lack
# (sv da nb fi pl cs tr ru ja zh el ro, and en de fr forms: Markdown front
# matter, a dateline after the standfirst, an event date opening the text),
# as TXT, DOCX, PDF and one Markdown (docs/) and in harder PDF layouts
# (hard/). 'make check-eval6' scores the CLI on both with
# ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval6
.PHONY: check-eval6

# tests/eval5.mk's recipe for a set of docs/ and hard/
check-eval6: all
	$(call score_docs_and_hard,eval6)
