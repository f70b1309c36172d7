# Twentieth evaluation set (tests/eval20/): 16 invented releases in eight
# languages as they reach users from a newsroom web page - printed to PDF
# by Chromium (with and without the browser's print header and footer) and
# as the page's scraped or copied text - with the site's chrome around the
# release (navigation, breadcrumbs, share buttons, cookie notice, related
# news, tags, footer). 'make check-eval20' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval20-render' writes them again.
CHECKS += check-eval20
.PHONY: check-eval20 eval20-render

check-eval20: all
	$(call score_eval_set,eval20,tests/eval20/docs)

eval20-render:
	@if command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval20/make.py; \
	else \
		/usr/bin/python3 tests/eval20/make.py --no-pdf; \
	fi
