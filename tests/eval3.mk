# Third evaluation set (tests/eval3/): 16 invented releases (letterheads,
# long/ALL-CAPS/question headlines, lists, international contacts, notes to
# editors, text after end marks, varied date forms) rendered as TXT, DOCX and
# PDF from tests/eval3/specs (re-render with /usr/bin/python3
# tests/eval3/render.py), plus 4 hand-written Markdown releases. A
# measurement, not a gate: 'make check-eval3' reports and exits 0.
CHECKS += check-eval3
.PHONY: check-eval3

# tests/eval.mk's recipe, with tests/eval/extra.py
check-eval3: all
	$(call score_eval_set,eval3,tests/eval3/docs,extra)
