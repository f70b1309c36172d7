# plugins/pdf: PDF through poppler-glib (text with its geometry and fonts);
# layout.c turns the lines into paragraphs in reading order (tagged.c reads
# a tagged PDF's structure tree for it: layout.tagged_artifact); health.c
# measures each page's text layer (hunspell for the dictionary checks).
pdf_PKGS := poppler-glib hunspell
PLUGIN_NAMES += pdf
# OCR (ocr.c) with Tesseract's C API, leptonica for its images and cairo
# for rendering pages; 'make OCR=0' builds the plugin without them, and it
# then says "ocr: not available". The plugin does not link Tesseract and
# leptonica: ocr.c opens them by soname at the first page it reads (their
# loading was half of a one-file run, issue 15), the sonames read here
# from the libraries compiled against.
OCR ?= 1
ifeq ($(OCR),1)
pdf_PKGS += cairo
PDF_TESSDATA_DIR = $(shell $(PKG_CONFIG) --variable=datadir tesseract 2>/dev/null)/tesseract-ocr/$(firstword $(subst ., ,$(shell $(PKG_CONFIG) --modversion tesseract 2>/dev/null)))/tessdata
pdf_soname = $(or $(shell readelf -d $(shell $(PKG_CONFIG) --variable=libdir $(1) 2>/dev/null)/lib$(2).so 2>/dev/null \
	| sed -n 's/.*soname: \[\(.*\)\]/\1/p'),$(error plugins/pdf: no soname for lib$(2).so (pkg-config $(1))))
# (PDF_TESSERACT_SONAME= names another: tests/ocr.mk's build for a
# library missing at run time)
PDF_TESSERACT_SONAME ?= $(call pdf_soname,tesseract,tesseract)
PDF_LEPTONICA_SONAME ?= $(call pdf_soname,lept,lept)
pdf_CFLAGS += -DPDF_OCR=1 -DPDF_TESSDATA_DIR='"$(PDF_TESSDATA_DIR)"' $(call PKG_CFLAGS,tesseract lept) \
	-DPDF_TESSERACT_LIB='"$(PDF_TESSERACT_SONAME)"' -DPDF_LEPTONICA_LIB='"$(PDF_LEPTONICA_SONAME)"'
else
pdf_CFLAGS += -DPDF_OCR=0
endif
