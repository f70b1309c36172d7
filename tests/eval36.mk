# Thirty-sixth evaluation set (tests/eval36/): 18 invented DOCX releases
# in English, French, German, Spanish, Italian, Dutch, Portuguese,
# Swedish and Danish that carry their boilerplate the ways real writers
# do in Word (a bold run, a Heading style, capitals, a colon, run-in
# headings, two organisations, a table cell, a text box, end marks,
# contacts before or after, numbered notes to editors, 'Boilerplate'),
# each beside LibreOffice's PDF export of it.
# 'make check-eval36' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval36-render' writes them again.
CHECKS += check-eval36
.PHONY: check-eval36 eval36-render

check-eval36: all
	$(call score_eval_set,eval36,tests/eval36/docx)

eval36-render:
	@if command -v soffice >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval36/make.py; \
	else \
		/usr/bin/python3 tests/eval36/make.py --no-pdf; \
	fi
