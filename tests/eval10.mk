# Tenth evaluation set (tests/eval10/): 31 invented DOCX releases written by
# hand in WordprocessingML (tests/eval10/make_docx.py), each probing a form
# Word users give "About" sections and subheadlines (heading styles, bold
# runs alone or opening the paragraph, capitals, line breaks, text boxes,
# layout tables, numbered notes, eleven languages) and titles (Title and
# Subtitle styles, a title in two paragraphs, a title and its subtitle in
# one, a kicker above, bulleted highlights under it). 'make check-eval10'
# scores the CLI on them with ../shared/eval/score.py; a measurement, not
# a gate.
CHECKS += check-eval10
.PHONY: check-eval10

check-eval10: all
	$(call score_eval_set,eval10,tests/eval10/docx)
