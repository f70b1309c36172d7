# Twenty-sixth evaluation set (tests/eval26/): 12 invented releases in
# seven languages as software publishes them - a CMS article printed by
# its print module through wkhtmltopdf, and the same release set by a
# report generator (ReportLab platypus) from a database: two PDFs per
# release under one gold, so 'invariance' compares the two producers.
# 'make check-eval26' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval26-render' writes them again (needs wkhtmltopdf and
# python3-reportlab, which the project itself does not).
CHECKS += check-eval26
.PHONY: check-eval26 eval26-render

check-eval26: all
	$(call score_eval_set,eval26,tests/eval26/docs)

eval26-render:
	@if command -v wkhtmltopdf >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval26/make.py; \
	else \
		/usr/bin/python3 tests/eval26/make.py --no-pdf; \
	fi
