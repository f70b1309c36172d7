# plugins/pdf: PDF through poppler-glib (text with its geometry and fonts);
# layout.c turns the lines into paragraphs in reading order; health.c
# measures each page's text layer (hunspell for the dictionary checks).
pdf_PKGS := poppler-glib hunspell
PLUGIN_NAMES += pdf
# OCR (ocr.c) with Tesseract's C API, leptonica for its images and cairo
# for rendering pages; 'make OCR=0' builds the plugin without them, and it
# then says "ocr: not available".
OCR ?= 1
ifeq ($(OCR),1)
pdf_PKGS += tesseract lept cairo
PDF_TESSDATA_DIR = $(shell $(PKG_CONFIG) --variable=datadir tesseract 2>/dev/null)/tesseract-ocr/$(firstword $(subst ., ,$(shell $(PKG_CONFIG) --modversion tesseract 2>/dev/null)))/tessdata
pdf_CFLAGS += -DPDF_OCR=1 -DPDF_TESSDATA_DIR='"$(PDF_TESSDATA_DIR)"'
else
pdf_CFLAGS += -DPDF_OCR=0
endif
