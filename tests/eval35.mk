# Thirty-fifth evaluation set (tests/eval35/): 12 invented DOCX releases
# wrapping ordinary release text in WordprocessingML constructs the other
# DOCX sets do not probe (first-page and even headers, group shapes, drop
# caps, nested and legacy form fields, repeating-section controls and a
# glossary part, paragraph-level tracked changes, numbered headings and
# list restarts, Symbol and Wingdings characters, footnote and endnote
# marks, Dutch style ids), each beside the PDF LibreOffice Writer exports
# from it, so invariance compares DOCX and PDF. 'make check-eval35' scores
# the checked-in files with ../shared/eval/score.py (a measurement, not a
# gate, and no LibreOffice needed); 'make eval35-render' writes them again.
CHECKS += check-eval35
.PHONY: check-eval35 eval35-render

check-eval35: all
	$(call score_eval_set,eval35,tests/eval35/docx)

eval35-render:
	/usr/bin/python3 tests/eval35/make.py
