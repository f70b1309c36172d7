# The record's documentation (issue 16): docs/record.md describes every
# property of schema/record.schema.json and nothing else, every error code
# and every warning code the sources emit; README.md's record agrees with
# its golden record and its table names every top-level field
# (tests/tools/check_record_doc.py).
CHECKS += check-docs
.PHONY: check-docs

check-docs:
	@$(PYTHON) tests/tools/check_record_doc.py --schema schema/record.schema.json \
		--doc docs/record.md --readme README.md --golden tests/golden --sources core plugins
