# Twenty-ninth evaluation set (tests/eval29/): 14 invented releases in
# seven languages whose headline and subheadline only typography tells
# apart (size, weight, colour, typeface, capitals; no style names): DOCX
# in direct formatting beside LibreOffice's PDF export, and HTML pages in
# inline CSS printed by Chromium.
# 'make check-eval29' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval29-render' writes them again (soffice, chromium).
CHECKS += check-eval29
.PHONY: check-eval29 eval29-render

check-eval29: all
	$(call score_eval_set,eval29,tests/eval29/docs)

eval29-render:
	@if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval29/make.py; \
	else \
		/usr/bin/python3 tests/eval29/make.py --no-pdf; \
	fi
