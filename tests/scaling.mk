# Scaling test (issue 10): conversion cost is linear in the input. A long
# document of 10,000 and of 100,000 paragraphs, plain text and DOCX (also
# as one long paragraph, for costs that grow with a block or a line), is
# generated at test time (tests/tools/scaling.py, nothing from a corpus)
# and converted in process; the CPU time (user + sys) of 10x the
# paragraphs must stay within 15x. The sizes are run in turn, in rounds,
# and the least CPU of each size counts: three rounds, one under SANITIZE
# (the instrumented build is slower, but linearly so). A ratio over the
# bar is measured again once before it fails: on the shared 2-core
# machines the 10,000-paragraph run fits the cache and a busy neighbour
# can stretch one run by a third, while a cost that grows faster than the
# input fails every round.
SCALING_SIZES ?= 10000,100000
SCALING_FORMATS ?= txt,docx,txt-long,docx-long
SCALING_RATIO ?= 15
SCALING_RUNS := $(if $(SANITIZE),1,3)
CHECKS += check-scaling
.PHONY: check-scaling

check-scaling: all
	$(PYTHON) tests/tools/scaling.py --cli $(CLI) --sizes $(SCALING_SIZES) \
		--formats $(SCALING_FORMATS) --max-ratio $(SCALING_RATIO) --runs $(SCALING_RUNS)
