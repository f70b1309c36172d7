# OCR of page images (issue 14; plugins/pdf/ocr.c). The tests make their
# own scans: tests/ocr/mkscan.c renders a born-digital PDF with poppler and
# cairo, turns it a little, adds grain, JPEG-compresses it with leptonica
# and wraps it as an image-only PDF (optionally under a garbled text
# layer); tests/ocr/hostile.py writes the hostile scans.
#
#   make check-ocr       (in 'make check') small scans of releases of
#                        tests/eval/docs against their born-digital gold,
#                        garbled layers, options, limits, hostile scans,
#                        and a build without Tesseract (OCR=0)
#   make check-ocr-eval  the measurement: every release with a PDF in
#                        ../shared/eval/dev, tests/eval/docs and
#                        tests/eval3/docs scanned at 300 and 150 dpi and
#                        scored with ../shared/eval/score.py against the
#                        born-digital gold; pages/s per core, peak RSS
#                        (about 10 minutes on two cores; not in 'make check')
MKSCAN := $(BUILD)/tests/mkscan
OCR_WORK := $(BUILD)/ocr-check
OCR_OFF := $(BUILD)/ocr-off
OCR_NOLIB := $(BUILD)/ocr-nolib
OCR_EVAL_DPI ?= 300,150

ifeq ($(OCR),1)
$(MKSCAN): tests/ocr/mkscan.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(call PKG_CFLAGS,poppler-glib cairo lept) -o $@ $< $(LDFLAGS_ALL) \
		$(call PKG_LIBS,poppler-glib cairo lept) -lm
TESTS += $(MKSCAN)
# bench/ocr.sh and the Python binding's OCR test make their scans with it
bench check-python: $(MKSCAN)
endif

CHECKS += check-ocr
.PHONY: check-ocr check-ocr-eval

ifeq ($(OCR),1)
check-ocr: all $(MKSCAN) $(OCR_OFF)/lib/pressmill/plugins/pdf.so $(OCR_NOLIB)/lib/pressmill/plugins/pdf.so
	@rm -rf $(OCR_WORK)
	@$(PYTHON) tests/ocr/check.py --cli $(CLI) --mkscan $(MKSCAN) --src $(CURDIR) --work $(OCR_WORK) \
		--plugins-without-ocr $(OCR_OFF)/lib/pressmill/plugins \
		--plugins-without-library $(OCR_NOLIB)/lib/pressmill/plugins $(if $(SANITIZE),--sanitized)

check-ocr-eval: all $(MKSCAN)
	@$(PYTHON) tests/ocr/eval.py --cli $(CLI) --mkscan $(MKSCAN) --out $(BUILD)/ocr-eval --dpi $(OCR_EVAL_DPI) \
		$(wildcard ../shared/eval/dev) tests/eval/docs tests/eval3/docs

# The PDF plugin built without Tesseract (make OCR=0), in a folder of its
# own: check.py loads it alone and checks that it says so.
$(OCR_OFF)/lib/pressmill/plugins/pdf.so: $(wildcard plugins/pdf/*.c plugins/pdf/*.h) core/include/pressmill/plugin.h
	@$(MAKE) --no-print-directory BUILD=$(OCR_OFF) OCR=0 $@ >/dev/null

# The PDF plugin built to open a Tesseract no system has (the library
# missing at run time: plugins/pdf/ocr.c opens it at the first page read),
# in a folder of its own.
$(OCR_NOLIB)/lib/pressmill/plugins/pdf.so: $(wildcard plugins/pdf/*.c plugins/pdf/*.h plugins/pdf/module.mk) \
		core/include/pressmill/plugin.h
	@$(MAKE) --no-print-directory BUILD=$(OCR_NOLIB) PDF_TESSERACT_SONAME=libtesseract-absent.so.5 $@ >/dev/null
else
check-ocr: all
	@$(CLI) plugins | grep -q 'ocr: not available' && echo 'ok   OCR=0: pressmill plugins says ocr: not available' \
		|| { echo 'FAIL OCR=0: pressmill plugins does not say ocr: not available'; exit 1; }
	@echo 'ocr: 1 passed, 0 failed, 1 skipped (built with OCR=0)'

check-ocr-eval:
	@echo 'ocr-eval: 0 passed, 0 failed, 1 skipped (built with OCR=0)'
endif
