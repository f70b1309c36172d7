# Convention suite (issue 13): tests/conventions/<family>/*.case, small
# releases written for the tests, one per convention and language, each
# with the fields it must give (tests/conventions/README.md). The CLI
# converts them, with their DOCX and PDF renderings, in one run; a field
# that fails and is not in tests/conventions/known-failures.txt fails the
# check, and so does one listed there that now passes (the list only
# shrinks). 'make conventions-update' rewrites the list (review the diff);
# CONVENTIONS_ARGS='--show --by-convention' prints every miss and a
# table per convention. Needs nothing from ../shared.
CONVENTIONS_ARGS ?=
CHECKS += check-conventions
.PHONY: check-conventions conventions-update

check-conventions: all
	$(PYTHON) tests/tools/conventions.py --cli $(CLI) --work $(BUILD)/conventions $(CONVENTIONS_ARGS)

conventions-update: all
	$(PYTHON) tests/tools/conventions.py --cli $(CLI) --work $(BUILD)/conventions --update
