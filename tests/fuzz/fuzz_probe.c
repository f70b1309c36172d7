/*
 * fuzz_probe.c - every plugin's probe on arbitrary bytes, and the bidding
 * contract of pressmill/plugin.h checked on each answer: a bid is within
 * 0..PM_BID_CERTAIN (+ the name hint), the same bytes always get the same
 * bid, and the file name may add at most PM_BID_NAME_HINT to a bid the
 * content earns but never make one on its own. Then the registry's choice
 * is checked against the bids (highest wins, ties to the first loaded).
 *
 * The plugins are linked side by side, each reached by the entry of its
 * own name that PM_PLUGIN_DEFINE emits (pressmill_plugin_entry_<name>);
 * FUZZ_PLUGINS lists them as X(name) X(name).
 */
#include "fuzz_common.h"

#ifndef FUZZ_PLUGINS
#define FUZZ_PLUGINS X(txt)
#endif

#define X(n) const pm_plugin *pressmill_plugin_entry_##n(void);
FUZZ_PLUGINS
#undef X

static const pm_plugin *(*const entries[])(void) = {
#define X(n) pressmill_plugin_entry_##n,
	FUZZ_PLUGINS
#undef X
};
#define NPLUGINS (sizeof entries / sizeof entries[0])

/* First byte of the input: which name goes with the content. */
static const char *const names[] = {"", "release.txt", "release.pdf", "release.docx", "notes.md",
                                    "x", "RELEASE.PDF", ".docx", "a.b.c.txt", "report.doc"};
#define NNAMES (sizeof names / sizeof names[0])

static pm_registry reg;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t i;
	const char *why;
	(void)argc;
	(void)argv;
	if (reg.n)
		return 0;
	reg.listing = json_array();
	for (i = 0; i < NPLUGINS; i++)
		FUZZ_ASSERT(pm_registry_add(&reg, entries[i](), NULL, NULL, &why) == 0);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *name;
	const unsigned char *head;
	size_t len, i;
	int best = 0, bid = -1;
	const pm_plugin *winner, *expect = NULL;
	LLVMFuzzerInitialize(NULL, NULL);
	if (size == 0)
		return 0;
	name = names[data[0] % NNAMES];
	/* A copy of exactly the bytes, so ASan sees any read past them. */
	len = size - 1 > PM_PROBE_BYTES ? PM_PROBE_BYTES : size - 1;
	head = malloc(len ? len : 1);
	FUZZ_ASSERT(head);
	memcpy((void *)head, data + 1, len);
	for (i = 0; i < NPLUGINS; i++) {
		const pm_plugin *p = reg.v[i].p;
		int b = p->probe(head, len, (uint64_t)(size - 1), name);
		int again = p->probe(head, len, (uint64_t)(size - 1), name);
		int anon = p->probe(head, len, (uint64_t)(size - 1), "");
		FUZZ_ASSERT(b == again);
		FUZZ_ASSERT(b >= PM_BID_NONE && b <= PM_BID_CERTAIN + PM_BID_NAME_HINT);
		FUZZ_ASSERT(b - anon <= PM_BID_NAME_HINT);
		if (anon == PM_BID_NONE)
			FUZZ_ASSERT(b == PM_BID_NONE);
		if (b > PM_BID_CERTAIN)
			b = PM_BID_CERTAIN;
		if (b > best) {
			best = b;
			expect = p;
		}
	}
	winner = pm_registry_probe(&reg, head, len, (uint64_t)(size - 1), name, &bid);
	FUZZ_ASSERT(winner == expect);
	FUZZ_ASSERT(bid == best);
	free((void *)head);
	return 0;
}
