# Twenty-first evaluation set (tests/eval21/): 14 invented releases in
# nine languages typeset as universities, research institutes, public
# bodies and NGOs typeset theirs - pdflatex/xelatex `article` with babel
# (fancyhdr letterhead, two columns, multicols, a letter layout with the
# date flush right, \maketitle) and groff -ms - as PDF, and as TXT.
# 'make check-eval21' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval21-render' writes them again (needs TeX Live and
# groff, which the project itself does not).
CHECKS += check-eval21
.PHONY: check-eval21 eval21-render

check-eval21: all
	$(call score_eval_set,eval21,tests/eval21/docs)

eval21-render:
	@if command -v pdflatex >/dev/null 2>&1 && command -v xelatex >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval21/make.py; \
	else \
		/usr/bin/python3 tests/eval21/make.py --no-pdf; \
	fi
