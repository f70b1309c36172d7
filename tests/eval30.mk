# Thirtieth evaluation set (tests/eval30/): 12 invented releases in seven
# languages as PDFs whose lines and paragraphs are hard to read back
# (issue 11): lines typed one per paragraph or broken with Shift+Enter,
# capitalised continuations, paragraphs over page breaks past footers,
# footnotes and running headers, first-line indents without space,
# hyphenated justified columns, quotation blocks, hanging-indent lists,
# text drawn word by word - each with a TXT of the same release.
# 'make check-eval30' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval30-render' writes them again (LibreOffice,
# Chromium and reportlab for the PDFs).
CHECKS += check-eval30
.PHONY: check-eval30 eval30-render

check-eval30: all
	$(call score_eval_set,eval30,tests/eval30/docs)

eval30-render:
	@if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval30/make.py; \
	else \
		/usr/bin/python3 tests/eval30/make.py --no-pdf; \
	fi
