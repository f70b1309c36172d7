# Thirty-seventh evaluation set (tests/eval37/): 14 invented releases
# probing how releases set the headline and the deck (subheadline):
# italic, smaller, grey or lighter-weight decks, bullet highlights under
# the title, titles over two lines, eyebrows above the title (PRESS
# RELEASE, MEDIA ALERT, a category word), a date line between title and
# deck, all-caps titles, decks ending in a full stop, an em dash inside a
# one-line title, a bold first paragraph with no deck. DOCX beside
# LibreOffice's PDF export, or a newsroom page printed by Chromium.
# 'make check-eval37' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate); 'make
# eval37-render' writes them again.
CHECKS += check-eval37
.PHONY: check-eval37 eval37-render

check-eval37: all
	$(call score_eval_set,eval37,tests/eval37/docs)

eval37-render:
	@if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval37/make.py; \
	else \
		/usr/bin/python3 tests/eval37/make.py --no-pdf; \
	fi
