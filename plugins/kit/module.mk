# plugins/kit: not a plugin but the kit every plugin links (kit.h): the
# growable buffer and UTF-8, as a static archive of position-independent
# objects with hidden symbols. The core links it too, and defines
# pm_kit_realloc() itself, so that kit/alloc.o is left out of the library.
KIT_SRC := $(wildcard plugins/kit/*.c)
KIT_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(KIT_SRC))
-include $(KIT_OBJ:.o=.d)
$(BUILD)/obj/plugins/kit/%.o: plugins/kit/%.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) -MMD -MP -c $< -o $@
$(KIT_LIB): $(KIT_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $^
