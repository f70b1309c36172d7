# plugins/docx: Word documents (OOXML), libzip + libxml2's streaming reader.
docx_PKGS := libzip libxml-2.0
PLUGIN_NAMES += docx
