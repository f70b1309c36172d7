# Record 1.1 (issue 17): tests/record11/*.case, releases written for the
# test (invented organisations, eight languages, the format of
# tests/conventions) with the expected kind, issuer, reference and lead;
# tests/tools/score_record11.py prints precision and recall per field and
# fails when kind's or issuer's recall falls under the issue's goal (0.90).
# Needs nothing from ../shared.
CHECKS += check-record11
.PHONY: check-record11

check-record11: all
	$(PYTHON) tests/tools/score_record11.py --cli $(CLI) --work $(BUILD)/record11 \
		--min kind=0.90 --min issuer.name=0.90
