# The Python binding (python/pressmill, issue 16): its pytest suite
# (python/tests) against the library and plugins of this build, as a user
# imports it: convert(), convert_many() on the worker pool, the example
# examples/headlines.py, finding the library, and `pip install` with no
# network. Under SANITIZE the sanitizer runtimes are preloaded into python3
# (the library needs them; python3 itself is not instrumented, and its own
# allocations are not leak-checked).
CHECKS += check-python
.PHONY: check-python

PY_TEST_ENV = PRESSMILL_SRC=$(CURDIR) PRESSMILL_BUILD=$(CURDIR)/$(BUILD) \
	PRESSMILL_LIBRARY=$(CURDIR)/$(BUILD)/lib/$(LIB_SONAME) \
	PRESSMILL_TEST_PLUGINS=$(CURDIR)/$(TESTPLUGINDIR) PYTHONPATH=$(CURDIR)/python \
	PYTHONDONTWRITEBYTECODE=1 SANITIZE=$(SANITIZE)
ifneq ($(SANITIZE),)
PY_TEST_ENV += LD_PRELOAD="$$($(CC) -print-file-name=libasan.so) $$($(CC) -print-file-name=libubsan.so)" \
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
endif

check-python: all $(CRASHY_SO)
	@$(PY_TEST_ENV) $(PYTHON) -m pytest -p no:cacheprovider -q python/tests
