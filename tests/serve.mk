# `pressmill serve` (issue 16), tested as a client uses it: pytest
# (tests/serve) starts servers of this build on free loopback ports and
# talks HTTP to them with http.client, raw sockets and curl: every
# endpoint and refusal, concurrent clients, a crashing document in a load,
# truncated and slow bodies, 10,000 requests with flat memory, SIGTERM's
# drain. About 20 s. 'make bench-serve' measures requests per second and
# latency (not part of 'make check').
CHECKS += check-serve
.PHONY: check-serve bench-serve

SERVE_TEST_ENV = PRESSMILL_SRC=$(CURDIR) PRESSMILL_BUILD=$(CURDIR)/$(BUILD) \
	PRESSMILL_CLI=$(CURDIR)/$(CLI) PRESSMILL_TEST_PLUGINS=$(CURDIR)/$(TESTPLUGINDIR) \
	SANITIZE=$(SANITIZE) PYTHONDONTWRITEBYTECODE=1

# the OCR options' test makes its scan with $(MKSCAN) (tests/ocr.mk)
check-serve: all $(CRASHY_SO) $(if $(filter 1,$(OCR)),$(MKSCAN))
	@$(SERVE_TEST_ENV) $(PYTHON) -m pytest -p no:cacheprovider -q tests/serve

bench-serve: all
	@$(SERVE_TEST_ENV) $(PYTHON) tests/serve/bench.py
