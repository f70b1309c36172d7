# Eighteenth evaluation set (tests/eval18/): 23 invented releases in the
# DOCX shapes of producers our other sets lack (Google Docs' export with
# its direct formatting, empty spacing paragraphs and glyph bullets; Apple
# Pages' own style names; Word for the web; pandoc's Markdown-to-DOCX
# styles), each beside a Chromium PDF styled like a Google Doc, so
# invariance compares DOCX and PDF. 'make check-eval18' scores the
# checked-in files with ../shared/eval/score.py (a measurement, not a
# gate; skipped without ../shared); 'make eval18-render' writes them again.
CHECKS += check-eval18
.PHONY: check-eval18 eval18-render

check-eval18: all
	$(call score_eval_set,eval18,tests/eval18/docs)

eval18-render:
	@if command -v pandoc >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval18/make.py; \
	else \
		echo 'eval18-render: skipped (needs pandoc and chromium)'; \
	fi
