# Unit tests: every tests/unit/test_NAME.c is one cmocka binary, linked
# statically with the library's objects (so internal functions can be
# tested) and, when NAME starts with a plugin's name (test_docx_styles.c),
# with that plugin's objects too.
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))
UNIT_CFLAGS = $(CFLAGS_CORE) $(call PKG_CFLAGS,cmocka) -Itests/unit \
	-DPM_SOURCE_DIR='"$(CURDIR)"' -DPM_BUILD_DIR='"$(CURDIR)/$(BUILD)"'
CORE_LIB_OBJ := $(filter-out $(CLI_OBJ),$(CORE_OBJ))

# the plugin whose name prefixes the test's name, if any
unit_plugin = $(firstword $(foreach p,$(PLUGIN_NAMES),$(if $(filter test_$(p) test_$(p)_%,$(1)),$(p))))

$(BUILD)/obj/tests/unit/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) $(foreach p,$(call unit_plugin,$*),$(call PKG_CFLAGS,$($(p)_PKGS)) $($(p)_CFLAGS)) \
		-MMD -MP -c $< -o $@
-include $(patsubst tests/unit/%.c,$(BUILD)/obj/tests/unit/%.d,$(UNIT_SRC))

.SECONDEXPANSION:
$(BUILD)/tests/%: $(BUILD)/obj/tests/unit/%.o $(CORE_LIB_OBJ) $$(foreach p,$$(call unit_plugin,$$*),$$($$(p)_OBJ)) $(KIT_LIB)
	@mkdir -p $(@D)
	$(CC) -o $@ $^ $(LDFLAGS_ALL) $(call PKG_LIBS,$(CORE_PKGS) cmocka) \
		$(foreach p,$(call unit_plugin,$*),$(call PKG_LIBS,$($(p)_PKGS)) $($(p)_LIBS)) -ldl -lm

TESTS += $(UNIT_BIN)
CHECKS += check-unit

check-unit: $(UNIT_BIN) all
	@set -e; fail=0; for t in $(UNIT_BIN); do \
		echo "== $$t"; \
		PRESSMILL_PLUGIN_PATH=$(CURDIR)/$(BPLUGINDIR) CMOCKA_MESSAGE_OUTPUT=stdout $$t || fail=1; \
	done; exit $$fail
