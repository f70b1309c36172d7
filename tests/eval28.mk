# Twenty-eighth evaluation set (tests/eval28/): 12 invented releases in
# eight languages that END in the ways an About section is hard to find -
# a heading with no About word, the About in the page footer, boilerplate
# after an end mark, notes to editors, several About sections in a row,
# About sections in table cells and text boxes, the heading a bold run
# opening its paragraph - each as DOCX, plain text and LibreOffice's PDF
# export of the DOCX. 'make check-eval28' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval28-render' writes them again (the PDF with soffice).
CHECKS += check-eval28
.PHONY: check-eval28 eval28-render

check-eval28: all
	$(call score_eval_set,eval28,tests/eval28/docs)

eval28-render:
	@if command -v soffice >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval28/make.py; \
	else \
		/usr/bin/python3 tests/eval28/make.py --no-pdf; \
	fi
