# Thirty-fourth evaluation set (tests/eval34/): 15 invented releases in
# English, French, Spanish, German, Portuguese and Italian as students,
# clubs, hackathons, small businesses, volunteers and local campaigns
# write them in Word or Google Docs from a course handout or a template
# (release line and contact block above the title, '###' or '-30-',
# 'Boilerplate', placeholders, logo tables, letterhead pictures with alt
# text, When/Where/Cost bullets, hashtag lines, notes to editors), each
# as a DOCX beside its PDF (LibreOffice's export or Chromium's print).
# 'make check-eval34' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval34-render' writes them again.
CHECKS += check-eval34
.PHONY: check-eval34 eval34-render

check-eval34: all
	$(call score_eval_set,eval34,tests/eval34/docs)

eval34-render:
	@if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval34/make.py; \
	else \
		/usr/bin/python3 tests/eval34/make.py --no-pdf; \
	fi
