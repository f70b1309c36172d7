# Twenty-seventh evaluation set (tests/eval27/): 12 invented releases in
# seven languages as DOCX that no person typed in Word - converted from a
# PDF (line paragraphs, w:br at line ends, frames, text boxes with their
# VML fallback, two-column sections) or built from a template (layout
# tables, one-cell boxes, content controls, no Heading styles, header
# and footer parts) - each beside LibreOffice's PDF export of it.
# 'make check-eval27' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval27-render' writes them again (the PDF with soffice).
CHECKS += check-eval27
.PHONY: check-eval27 eval27-render

check-eval27: all
	$(call score_eval_set,eval27,tests/eval27/docs)

eval27-render:
	@if command -v soffice >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval27/make.py; \
	else \
		/usr/bin/python3 tests/eval27/make.py --no-pdf; \
	fi
