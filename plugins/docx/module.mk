# plugins/docx: Word documents (OOXML), libzip + libxml2 (streaming reader, SAX2).
docx_PKGS := libzip libxml-2.0
PLUGIN_NAMES += docx
