# Thirty-third evaluation set (tests/eval33/): 15 invented releases in
# English, French, German, Spanish, Italian, Portuguese and Dutch in
# shapes no other set holds: press kits (a release, then after a page
# break a second release, a fact sheet or a backgrounder), slide-deck
# PDFs, PDFs with the text placed glyph by glyph, as kerned TJ runs or
# word by word justified with no space characters, DOCX with the contact
# block or About in the header or footer part or in a text box anchored
# at the page foot, and releases given in two languages one after the
# other. 'make check-eval33' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval33-render' writes them again.
CHECKS += check-eval33
.PHONY: check-eval33 eval33-render

check-eval33: all
	$(call score_eval_set,eval33,tests/eval33/docs)

eval33-render:
	@if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval33/make.py; \
	else \
		/usr/bin/python3 tests/eval33/make.py --no-pdf; \
	fi
