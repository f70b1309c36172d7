# The floors of core/ (README, "How it is built"): each file includes only
# its own floor's header and those below, no .c file declares a function
# that is not static, no two files of the library call each other round a
# loop, and plugins see only the public headers and the kit
# (tools/check_layers.py).
CHECKS += check-layers
.PHONY: check-layers

check-layers: $(CORE_OBJ)
	@$(PYTHON) tools/check_layers.py --build $(BUILD)
