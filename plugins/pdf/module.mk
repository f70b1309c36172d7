# plugins/pdf: PDF through poppler-glib (text with its geometry and fonts);
# layout.c turns the lines into paragraphs in reading order.
pdf_PKGS := poppler-glib
PLUGIN_NAMES += pdf
