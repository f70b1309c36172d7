# plugins/txt: plain text and Markdown, any common charset.
txt_PKGS := uchardet
PLUGIN_NAMES += txt
