# Fifteenth evaluation set (tests/eval15/): 19 invented DOCX releases in
# the layouts organisations give their About sections, decks and titles
# in Word (a bold run opening the About paragraph, About headings in
# heading styles, a custom style or capitals, numbered notes to editors,
# boilerplate after an end mark, About in a one-cell table, a text box or
# the last section, two About sections, contacts between the text and the
# About section; italic, Subtitle, larger, bold decks and bulleted
# summaries; a title in a layout table's cell or in the page header),
# each beside the PDF LibreOffice Writer exports from it, so invariance
# compares DOCX and PDF. 'make check-eval15' scores the checked-in files
# with ../shared/eval/score.py (a measurement, not a gate, and no
# LibreOffice needed); 'make eval15-render' writes them again.
CHECKS += check-eval15
.PHONY: check-eval15 eval15-render

check-eval15: all
	$(call score_eval_set,eval15,tests/eval15/docx)

eval15-render:
	/usr/bin/python3 tests/eval15/make.py
