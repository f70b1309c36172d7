# Golden tests: every file in samples/ (press releases only: their notes are
# samples.md, their specs tests/samples/specs) is converted and
# compared with tests/golden/<file>.json; every record is validated against
# the schema, and a 1.0 consumer must read the same values from them as
# from the records of pressmill.record/1 (tests/golden-1.0, frozen at the
# 1.1 bump; docs/record.md, "Versions"). 'make golden-update' rewrites the
# expected records (review the diff before committing it).
SAMPLES := $(wildcard samples/*)
CHECKS += check-golden
.PHONY: golden-update

check-golden: all
	@$(CLI) convert --ndjson $(SAMPLES) > $(BUILD)/golden.ndjson || true
	$(PYTHON) tests/tools/check_records.py --schema schema/record.schema.json golden tests/golden $(BUILD)/golden.ndjson
	$(PYTHON) tests/tools/check_compat10.py tests/golden-1.0 $(BUILD)/golden.ndjson

golden-update: all
	@$(CLI) convert --ndjson $(SAMPLES) > $(BUILD)/golden.ndjson || true
	$(PYTHON) tests/tools/check_records.py --schema schema/record.schema.json golden tests/golden $(BUILD)/golden.ndjson --update
