# Record 1.1's tables and links, scored against reference readers written
# apart from pressmill with Python's standard library
# (tools/check_structure.py): every table of tests/ (and of ../shared's
# gold sets and corpus when present) has its cells exactly right, and no
# link is lost or made up, in DOCX, Markdown and plain text.
CHECKS += check-structure
.PHONY: check-structure

STRUCTURE_MIN := --min docx.tables=1.0 --min docx.links=1.0 --min md.tables=1.0 --min md.links=1.0 \
	--min txt.links=1.0 --min pdf.links=1.0

check-structure: all
	@if [ -d ../shared/corpus ]; then \
		$(PYTHON) tools/check_structure.py --cli $(CLI) $(STRUCTURE_MIN); \
	else \
		echo 'structure: ../shared absent: tests/ only'; \
		$(PYTHON) tools/check_structure.py --cli $(CLI) $(STRUCTURE_MIN) tests; \
	fi
