# make bench: every bench/*.sh that exists, each given the build folder.
# Needs ../shared (each script skips, saying so, without it).
bench: all
	@set -e; for b in $(sort $(wildcard bench/*.sh)); do \
		echo "== $$b"; sh $$b $(BUILD); \
	done
