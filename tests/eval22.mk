# Twenty-second evaluation set (tests/eval22/): 16 invented releases in nine
# languages as they reach monitoring services and archives - by e-mail,
# saved as text by the mail client (four also as the Markdown html2text or
# pandoc make of the HTML mail) - with the mail's furniture around the
# release (header block, forward markers, '>' quoting, greeting and
# closing, signature, legal disclaimer, newsletter footer). 'make
# check-eval22' scores the checked-in files with ../shared/eval/score.py (a
# measurement, not a gate; skipped without ../shared); 'make eval22-render'
# writes them again.
CHECKS += check-eval22
.PHONY: check-eval22 eval22-render

check-eval22: all
	$(call score_eval_set,eval22,tests/eval22/docs)

eval22-render:
	/usr/bin/python3 tests/eval22/make.py
