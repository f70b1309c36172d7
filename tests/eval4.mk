# Fourth evaluation set (tests/eval4/): the dev specs of ../shared/eval/specs
# printed by Chromium in harder layouts (two columns, a sidebar box, a
# masthead text box, justified A5 pages, print headers over page 2, drawn
# bullets), two layouts per spec (re-render with /usr/bin/python3
# tests/eval4/render.py). 'make check-eval4' scores the CLI on them with
# ../shared/eval/score.py, per field; a measurement, not a gate.
CHECKS += check-eval4
.PHONY: check-eval4

# tests/eval.mk's recipe
check-eval4: all
	$(call score_eval_set,eval4,tests/eval4/docs)
