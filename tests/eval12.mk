# Twelfth evaluation set (tests/eval12/): word-processor PDFs. Every DOCX
# release with gold in eval8, eval9 and eval10, and five invented ones
# laid out as Word users lay them out (letterhead and footer in the page
# header and footer, a key-figures table, a frame beside the first
# paragraph, footnotes, justified text, two columns, Symbol-font
# bullets), each beside the PDF LibreOffice Writer exports from it, one
# gold per release, so that invariance compares DOCX and PDF.
# 'make check-eval12' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate, and no LibreOffice
# needed); 'make eval12-render' exports them again.
CHECKS += check-eval12
.PHONY: check-eval12 eval12-render

check-eval12: all
	$(call score_eval_set,eval12,tests/eval12/wordpdf)

eval12-render:
	@if command -v soffice >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval12/make.py; \
	else \
		echo 'eval12-render: skipped (no soffice: LibreOffice exports the PDFs)'; \
	fi
