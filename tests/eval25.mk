# Twenty-fifth evaluation set (tests/eval25/): 11 invented releases in
# seven languages printed on a letterhead, scanned (turned a little,
# grain, JPEG) and given an OCR text layer as ocrmypdf, Acrobat, ABBYY or
# a scanner's software give it - invisible text placed word by word over
# the page image; three with a broken layer, one with a layer on page 1
# only - as PDF, and as TXT; layers/: each release's PDF under the other
# kind of layer (a poor one for a sound one and the reverse), for the
# health check's verdict on OCR layers.
# 'make check-eval25' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval25-render' writes them again (needs chromium,
# pdftoppm, Pillow, tesseract, ocrmypdf, img2pdf and pikepdf, which the
# project itself does not).
CHECKS += check-eval25
.PHONY: check-eval25 eval25-render

check-eval25: all
	$(call score_eval_set,eval25,tests/eval25/docs tests/eval25/layers)

eval25-render:
	@if command -v ocrmypdf >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval25/make.py && /usr/bin/python3 tests/eval25/make.py --layers; \
	else \
		/usr/bin/python3 tests/eval25/make.py --no-pdf; \
	fi
