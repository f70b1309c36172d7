# pressmill - one non-recursive GNU Makefile. Every output goes under build/.
# Plugins and test groups add their rules in module.mk fragments that this
# file includes (still one make process, one dependency graph).
#
#   make            library, CLI, plugins (OCR=0: the PDF plugin without Tesseract)
#   make check      install missing Debian packages, build, run every test
#   make check-asan the same tests built with AddressSanitizer + UBSan
#   make bench      CPU per document against pdftotext, pandoc, docx2txt,
#                   python-docx (tests/bench.mk: bench-instructions, -scaling)
#   make fuzz       libFuzzer targets (clang)
#   make install PREFIX=/usr/local DESTDIR=
#   make uninstall PREFIX=/usr/local DESTDIR=   removes what install installed

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
WERROR ?= 0
SANITIZE ?=

CC ?= cc
PKG_CONFIG ?= pkg-config
PYTHON ?= /usr/bin/python3

BINDIR := $(PREFIX)/bin
LIBDIR := $(PREFIX)/lib
INCDIR := $(PREFIX)/include
DATADIR := $(PREFIX)/share/pressmill
PLUGINDIR := $(LIBDIR)/pressmill/plugins
# the worker program isolated conversions run in, beside the plugins
WORKERDIR := $(LIBDIR)/pressmill
# Where `make install` puts the Python package (python/pressmill), for
# Debian's python3: /usr/lib/python3/dist-packages for PREFIX=/usr, else
# $(PREFIX)/lib/python3.X/dist-packages, which Debian's python3 searches
# for /usr/local (another PREFIX needs PYTHONPATH). Asked lazily, so that
# 'make deps' runs before python3 is there.
PYTHON_MINOR = $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
PYTHONDIR = $(if $(filter /usr,$(PREFIX)),/usr/lib/python3/dist-packages,$(PREFIX)/lib/python$(PYTHON_MINOR)/dist-packages)
PY_SRC := $(wildcard python/pressmill/*.py)
# The manual page, and the completion scripts where Debian's shells load
# them: bash-completion searches $XDG_DATA_DIRS (/usr/local/share and
# /usr/share) for bash-completion/completions/<command>; Debian's zsh has
# /usr/share/zsh/vendor-completions for packages and
# /usr/local/share/zsh/site-functions for the local administrator in its
# fpath (another PREFIX needs fpath=(PREFIX/share/zsh/site-functions $fpath)).
MANDIR := $(PREFIX)/share/man
BASHCOMPDIR := $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR := $(if $(filter /usr,$(PREFIX)),/usr/share/zsh/vendor-completions,$(PREFIX)/share/zsh/site-functions)
MANPAGE := docs/pressmill.1

SOVERSION := 0
VERSION := 0.1.0

CORE_PKGS := jansson libutf8proc uchardet libexttextcat hunspell nettle
# pkg-config is asked lazily (=), so that 'make deps' works before the
# packages are there.
PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(1) 2>/dev/null)
PKG_LIBS = $(shell $(PKG_CONFIG) --libs $(1) 2>/dev/null)

WARN := -Wall -Wextra -Wformat=2 -Wshadow -Wpointer-arith -Wstrict-prototypes \
	-Wmissing-prototypes -Wno-unused-parameter -Wvla
ifeq ($(WERROR),1)
WARN += -Werror
endif
OPT ?= -O2 -g
ifneq ($(SANITIZE),)
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
SAN_LDFLAGS := -fsanitize=address,undefined
endif

BASE_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(OPT) \
	-fPIC -fvisibility=hidden -Icore/include -Icore -Iplugins
CFLAGS_CORE = $(BASE_CFLAGS) $(call PKG_CFLAGS,$(CORE_PKGS)) \
	-DPM_PLUGIN_DIR='"$(PLUGINDIR)"' -DPM_WORKER_PROGRAM='"$(WORKERDIR)/pressmill-worker"' \
	-DPM_BUILDING_LIBRARY
LDFLAGS_ALL := $(SAN_LDFLAGS) $(LDFLAGS)

LIB_SO := $(BUILD)/lib/libpressmill.so
LIB_SONAME := libpressmill.so.$(SOVERSION)
LIB_REAL := $(BUILD)/lib/libpressmill.so.$(VERSION)
CLI := $(BUILD)/bin/pressmill
BPLUGINDIR := $(BUILD)/lib/pressmill/plugins

# The core's floors (core/README-less: README "How it is built"): every
# folder of core/ but the command line and the worker program.
CORE_SRC := $(filter-out core/cli/% core/worker/%,$(wildcard core/*.c core/*/*.c))
CORE_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(CORE_SRC)) $(BUILD)/obj/gen/schema.o \
	$(BUILD)/obj/gen/lexicon_data.o
CLI_SRC := $(wildcard core/cli/*.c)
CLI_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(CLI_SRC)) $(BUILD)/obj/gen/completion_bash.o \
	$(BUILD)/obj/gen/completion_zsh.o
WORKER := $(BUILD)/lib/pressmill/pressmill-worker
WORKER_OBJ := $(BUILD)/obj/core/worker/pressmill-worker.o
# The plugin kit (plugins/kit/module.mk builds it): linked into the
# library and into every plugin.
KIT_LIB := $(BUILD)/obj/plugins/kit/libpmkit.a

PLUGINS :=
TESTS :=
CHECKS :=
ALL_TARGETS :=

.PHONY: all deps check check-unit check-golden check-asan check-fresh bench fuzz fuzz-run \
	install uninstall clean schema-check
all: $(LIB_SO) $(CLI) $(WORKER) plugins

-include $(CORE_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(WORKER_OBJ:.o=.d)

$(BUILD)/obj/core/%.o: core/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_CORE) -MMD -MP -c $< -o $@

$(BUILD)/gen/schema.c: schema/record.schema.json tools/embed.sh
	@mkdir -p $(@D)
	sh tools/embed.sh pm_schema_text $< > $@

$(BUILD)/obj/gen/schema.o: $(BUILD)/gen/schema.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_CORE) -c $< -o $@

# `pressmill completion bash|zsh` prints the scripts make install installs.
$(BUILD)/gen/completion_%.c: core/cli/completion/pressmill.% tools/embed.sh
	@mkdir -p $(@D)
	sh tools/embed.sh pm_completion_$* $< > $@

# kept after the build (not intermediate): every build of the CLI's
# objects, the sanitizer's and the tests' too, needs them again
.SECONDARY: $(BUILD)/gen/completion_bash.c $(BUILD)/gen/completion_zsh.c

$(BUILD)/obj/gen/completion_%.o: $(BUILD)/gen/completion_%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_CORE) -c $< -o $@

# The lexicon: core/lexicon/*.lex, checked and compiled into C tables by
# tools/lexc.py (a malformed file stops the build); core/lexicon.c looks
# them up. Nothing is read at run time.
LEX_DEF := core/lexicon/sections.def
LEX_FILES := $(sort $(wildcard core/lexicon/*.lex))

$(BUILD)/gen/lexicon_data.c: $(LEX_DEF) $(LEX_FILES) tools/lexc.py
	@mkdir -p $(@D)
	$(PYTHON) tools/lexc.py -o $@ $(LEX_DEF) $(LEX_FILES)

$(BUILD)/obj/gen/lexicon_data.o: $(BUILD)/gen/lexicon_data.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_CORE) -MMD -MP -c $< -o $@

$(LIB_REAL): $(CORE_OBJ) $(KIT_LIB)
	@mkdir -p $(@D)
	$(CC) -shared -Wl,-soname,$(LIB_SONAME) -o $@ $(CORE_OBJ) $(KIT_LIB) $(LDFLAGS_ALL) \
		$(call PKG_LIBS,$(CORE_PKGS)) -ldl -lm

$(BUILD)/lib/$(LIB_SONAME): $(LIB_REAL)
	ln -sf $(notdir $<) $@
$(LIB_SO): $(BUILD)/lib/$(LIB_SONAME)
	ln -sf $(LIB_SONAME) $@

# `pressmill serve` (core/cli/serve.c) is built on libmicrohttpd.
$(BUILD)/obj/core/cli/serve.o: CFLAGS_CORE += $(call PKG_CFLAGS,libmicrohttpd)

$(CLI): $(CLI_OBJ) $(LIB_SO)
	@mkdir -p $(@D)
	$(CC) -o $@ $(CLI_OBJ) -L$(BUILD)/lib -lpressmill $(LDFLAGS_ALL) \
		-Wl,-rpath,'$$ORIGIN/../lib' $(call PKG_LIBS,jansson libmicrohttpd) -lpthread

# The worker program: found by the library beside itself, so its rpath
# is the library's folder one level up (build/lib, or $(LIBDIR) installed).
$(WORKER): $(WORKER_OBJ) $(LIB_SO)
	@mkdir -p $(@D)
	$(CC) -o $@ $(WORKER_OBJ) -L$(BUILD)/lib -lpressmill $(LDFLAGS_ALL) \
		-Wl,-rpath,'$$ORIGIN/..' $(call PKG_LIBS,jansson)

# Plugins: each plugins/NAME/ (but the kit) builds $(BPLUGINDIR)/NAME.so from its .c files,
# with the pkg-config packages that plugins/NAME/module.mk puts in
# NAME_PKGS (and extra flags in NAME_CFLAGS / NAME_LIBS).
define plugin_rules
$(1)_SRC := $$(wildcard plugins/$(1)/*.c)
$(1)_OBJ := $$(patsubst %.c,$(BUILD)/obj/%.o,$$($(1)_SRC))
-include $$($(1)_OBJ:.o=.d)
$(BUILD)/obj/plugins/$(1)/%.o: plugins/$(1)/%.c
	@mkdir -p $$(@D)
	$$(CC) $$(BASE_CFLAGS) $$(call PKG_CFLAGS,$$($(1)_PKGS)) $$($(1)_CFLAGS) -MMD -MP -c $$< -o $$@
$(BPLUGINDIR)/$(1).so: $$($(1)_OBJ) $(KIT_LIB)
	@mkdir -p $$(@D)
	$$(CC) -shared -o $$@ $$($(1)_OBJ) $(KIT_LIB) $$(LDFLAGS_ALL) $$(call PKG_LIBS,$$($(1)_PKGS)) $$($(1)_LIBS)
PLUGINS += $(BPLUGINDIR)/$(1).so
endef

PLUGIN_NAMES :=
include $(wildcard plugins/*/module.mk)
$(foreach p,$(PLUGIN_NAMES),$(eval $(call plugin_rules,$(p))))

.PHONY: plugins
plugins: $(PLUGINS)

# Tests: tests/*.mk add to TESTS (binaries) and CHECKS (phony steps run by
# 'make check', in order).
#
# Tesseract (the PDF plugin's OCR) runs its OpenMP loops on every core
# unless told otherwise. pressmill's command line and workers limit it to
# one thread (OMP_THREAD_LIMIT=1, so that -j is the one knob); the test
# binaries that link the plugin get the same limit here, so that a
# 'make -j2 check' on two cores runs two readings, not threads spinning
# for each other's cores (tests/ocr/check.py unsets it to test the CLI's).
export OMP_THREAD_LIMIT := 1
include $(wildcard tests/*.mk)

# Debian 12 packages the build and the tests need. The hunspell-LL
# dictionaries are those the lexicon's [spell_dictionaries] name, one per
# language of the lexicon (hunspell-it: it_IT, hunspell-nl: nl_NL). They are installed with
# --no-install-recommends, so whatever a library only recommends but
# pressmill needs at run time is named here: poppler-data (libpoppler's
# recommendation) holds the CMaps and CID-to-Unicode tables without which a
# PDF with non-embedded CJK fonts gives no text (tests/unit/test_pdf_cjk.c).
# OCR (plugins/pdf/ocr.c): Tesseract's library and its language data, one
# package per language (the models read: English, French, German, Spanish,
# Portuguese, Italian, Dutch, Arabic, and osd for script and orientation
# detection), leptonica for its images; fonts-dejavu-core for the page
# images the OCR unit tests draw, fonts-dejavu-extra for the oblique faces
# the PDF title tests set subtitles in (tests/unit/test_pdf_titles.c).
DEB_PKGS := build-essential pkg-config libjansson-dev libutf8proc-dev libuchardet-dev nettle-dev \
	libexttextcat-dev libexttextcat-data libhunspell-dev hunspell-en-us hunspell-fr \
	hunspell-es hunspell-de-de hunspell-pt-pt hunspell-pt-br hunspell-it hunspell-nl hunspell-ar libxml2-dev libzip-dev \
	libpoppler-glib-dev poppler-data libcmocka-dev python3 python3-jsonschema python3-docx poppler-utils \
	pandoc docx2txt valgrind clang libclang-rt-14-dev parallel zip time \
	python3-pytest python3-pip python3-setuptools libmicrohttpd-dev curl man-db groff-base \
	libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-deu \
	tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-ita tesseract-ocr-nld tesseract-ocr-ara \
	tesseract-ocr-osd fonts-dejavu-core fonts-dejavu-extra
deps:
	@missing=$$(for p in $(DEB_PKGS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null \
		| grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "make deps: installing $$missing"; \
		if [ "$$(id -u)" != 0 ]; then echo "make deps: run as root to install: $$missing" >&2; exit 1; fi; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

check: deps
	$(MAKE) --no-print-directory all tests
	$(MAKE) --no-print-directory $(CHECKS)

.PHONY: tests
tests: $(TESTS)

# intercept_tls_get_addr=0: LeakSanitizer (GCC 12's) misreads the dynamic
# TLS of a library loaded with dlopen (the PDF plugin's libgomp and
# libtesseract) and its tracer dies on a bogus range ("Tracer caught
# signal 11", a test that loads the plugins in process); without the
# interception that TLS is not scanned, and no test leaks for it.
check-asan: deps
	$(MAKE) --no-print-directory BUILD=build-asan SANITIZE=1 all tests
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:intercept_tls_get_addr=0 UBSAN_OPTIONS=print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
		$(MAKE) --no-print-directory BUILD=build-asan SANITIZE=1 $(CHECKS)

# The README's two commands in a minimal Debian 12 root (debootstrap +
# chroot, as root): what a new machine needs must come from them.
check-fresh:
	sh tools/check-fresh.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PLUGINDIR) \
		$(DESTDIR)$(INCDIR)/pressmill $(DESTDIR)$(DATADIR) $(DESTDIR)$(LIBDIR)/pkgconfig
	install -m 755 $(LIB_REAL) $(DESTDIR)$(LIBDIR)/
	ln -sf libpressmill.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(LIB_SONAME)
	ln -sf $(LIB_SONAME) $(DESTDIR)$(LIBDIR)/libpressmill.so
	install -m 755 $(CLI) $(DESTDIR)$(BINDIR)/
	install -m 755 $(PLUGINS) $(DESTDIR)$(PLUGINDIR)/
	install -m 755 $(WORKER) $(DESTDIR)$(WORKERDIR)/
	install -m 644 core/include/pressmill/*.h $(DESTDIR)$(INCDIR)/pressmill/
	install -m 644 schema/record.schema.json $(DESTDIR)$(DATADIR)/
	install -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 644 $(MANPAGE) $(DESTDIR)$(MANDIR)/man1/pressmill.1
	install -m 644 core/cli/completion/pressmill.bash $(DESTDIR)$(BASHCOMPDIR)/pressmill
	install -m 644 core/cli/completion/pressmill.zsh $(DESTDIR)$(ZSHCOMPDIR)/_pressmill
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(LIBDIR)|g' -e 's|@INCDIR@|$(INCDIR)|g' \
		-e 's|@VERSION@|$(VERSION)|g' pressmill.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/pressmill.pc
	install -d $(DESTDIR)$(PYTHONDIR)/pressmill
	install -m 644 $(PY_SRC) $(DESTDIR)$(PYTHONDIR)/pressmill/
	printf '# written by make install: the library this package was installed with\nLIBRARY = "%s"\n' \
		'$(LIBDIR)/$(LIB_SONAME)' > $(DESTDIR)$(PYTHONDIR)/pressmill/_installed.py

# Everything install installed, and the folders it made that are left
# empty; folders shared with other software (bin, lib, include) stay.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pressmill
	rm -f $(DESTDIR)$(LIBDIR)/libpressmill.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(LIB_SONAME) \
		$(DESTDIR)$(LIBDIR)/libpressmill.so $(DESTDIR)$(LIBDIR)/pkgconfig/pressmill.pc
	rm -f $(addprefix $(DESTDIR)$(PLUGINDIR)/,$(notdir $(PLUGINS))) $(DESTDIR)$(WORKERDIR)/$(notdir $(WORKER))
	rm -f $(addprefix $(DESTDIR)$(INCDIR)/pressmill/,$(notdir $(wildcard core/include/pressmill/*.h)))
	rm -f $(DESTDIR)$(DATADIR)/record.schema.json
	rm -f $(DESTDIR)$(MANDIR)/man1/pressmill.1 $(DESTDIR)$(BASHCOMPDIR)/pressmill \
		$(DESTDIR)$(ZSHCOMPDIR)/_pressmill
	rm -rf $(DESTDIR)$(PYTHONDIR)/pressmill
	rmdir $(DESTDIR)$(PLUGINDIR) $(DESTDIR)$(LIBDIR)/pressmill $(DESTDIR)$(INCDIR)/pressmill \
		$(DESTDIR)$(DATADIR) 2>/dev/null || true

clean:
	rm -rf build build-asan build-fuzz
