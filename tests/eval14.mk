# Fourteenth evaluation set (tests/eval14/): 7 invented right-to-left
# releases written as a hold-out before the rules were run on them, in
# Arabic, Persian, Urdu and Hebrew: numbers, dates and times inside the
# sentences, Latin brand names and acronyms, quotations in «» and “”,
# lists, phone numbers and e-mails, as TXT, DOCX and PDF (docs/; PDFs by
# LibreOffice and Chromium). 'make check-eval14' scores the CLI on them
# with ../shared/eval/score.py; a measurement, not a gate.
CHECKS += check-eval14
.PHONY: check-eval14

# tests/eval.mk's recipe for a set (docs/ only: no hard layouts)
check-eval14: all
	$(call score_eval_set,eval14,tests/eval14/docs)
