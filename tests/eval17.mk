# Seventeenth evaluation set (tests/eval17/): 9 invented releases that
# hold a table (results with a totals row, key figures, a price list, a
# schedule, timetables, a medal table, a budget with a wrapped label),
# each as DOCX, Markdown (a pipe table), a Chromium or LibreOffice PDF
# from ../shared/eval/render.py and LibreOffice's export of a Word-like
# DOCX (<id>.lo.pdf): the gold's one body entry per table, its cells in
# reading order, must come from every form. 'make check-eval17' scores
# the checked-in files with ../shared/eval/score.py (a measurement, not a
# gate); 'make eval17-render' renders them again.
CHECKS += check-eval17
.PHONY: check-eval17 eval17-render

check-eval17: all
	$(call score_eval_set,eval17,tests/eval17/docs)

eval17-render:
	@if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval17/make.py; \
	else \
		echo 'eval17-render: skipped (LibreOffice and Chromium render the PDFs)'; \
	fi
