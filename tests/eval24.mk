# Twenty-fourth evaluation set (tests/eval24/): 11 invented releases in
# seven languages laid out as designers lay out corporate and agency
# releases in a desktop-publishing program (Scribus standing for InDesign,
# QuarkXPress, Affinity): threaded text frames, pull quotes, fact boxes,
# captions, a coloured footer band - as PDF, and as TXT.
# 'make check-eval24' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval24-render' writes them again (needs scribus and the
# hyphen-* packages, which the project itself does not).
CHECKS += check-eval24
.PHONY: check-eval24 eval24-render

check-eval24: all
	$(call score_eval_set,eval24,tests/eval24/docs)

eval24-render:
	@if command -v scribus >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval24/make.py; \
	else \
		/usr/bin/python3 tests/eval24/make.py --no-pdf; \
	fi
