# Thirteenth evaluation set (tests/eval13/): 20 invented DOCX releases
# whose document.xml is written as Word writes it, not as python-docx
# does (tests/eval13/make_docx.py): content controls (block and run level,
# cover-page and template controls, unfilled placeholders), simple and
# complex fields, tracked changes and moves, mc:AlternateContent text
# boxes, frames, hidden text, smart tags, custom XML, bookmarks and
# proofing marks inside words, special characters, headings by outline
# level, localised and basedOn style ids, an About list, a layout table,
# notes, comments, letterhead, Strict OOXML and altChunk.
# 'make check-eval13' scores the CLI on them with ../shared/eval/score.py;
# a measurement, not a gate.
CHECKS += check-eval13
.PHONY: check-eval13

check-eval13: all
	$(call score_eval_set,eval13,tests/eval13/docx)
