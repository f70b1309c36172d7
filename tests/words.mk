# Logical-order text is never rewritten (issue 10): for every DOCX and
# plain-text file of ../shared/corpus that holds the Arabic script, the
# record's Arabic-script words are words of the source as python-docx (or
# a plain UTF-8 read) gives it (tests/tools/arabic_words.py). Skipped,
# saying so, without ../shared.
WORDS_CORPUS ?= $(CURDIR)/../shared/corpus
CHECKS += check-arabic-words
.PHONY: check-arabic-words

check-arabic-words: all
	$(PYTHON) tests/tools/arabic_words.py --cli $(CLI) --corpus $(WORDS_CORPUS)
