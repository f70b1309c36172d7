# Twenty-third evaluation set (tests/eval23/): 14 invented listed companies'
# results and investor releases in seven languages (results, trading
# updates, ad-hoc notices, dividend and AGM notices, an acquisition) as the
# wires carry them (TXT) and as the companies print them (DOCX, and PDF
# from Chromium's print of the wire page or LibreOffice's export of the
# DOCX). 'make check-eval23' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval23-render' writes them again (needs python3-docx,
# Chromium and LibreOffice, which the project itself does not).
CHECKS += check-eval23
.PHONY: check-eval23 eval23-render

check-eval23: all
	$(call score_eval_set,eval23,tests/eval23/docs)

eval23-render:
	/usr/bin/python3 tests/eval23/make.py
