# plugins/pdf: PDF through poppler-glib (text with its geometry and fonts);
# layout.c turns the lines into paragraphs in reading order; health.c
# measures each page's text layer (hunspell for the dictionary checks).
pdf_PKGS := poppler-glib hunspell
PLUGIN_NAMES += pdf
