/*
 * broken.c - plugins that the loader must reject, built only for the tests,
 * one shared object per defect (BROKEN is set by tests/batch.mk):
 *
 *   badabi     descriptor built for another PM_PLUGIN_ABI
 *   noentry    exports no pressmill_plugin_entry symbol
 *   nullentry  the entry function returns NULL
 *   nullprobe  descriptor without a probe function
 *   dupname    a second plugin named "txt"
 *
 * None of their code may run beyond the entry function: probe and extract
 * abort() so that a loader that let one through fails the tests loudly.
 */
#include <pressmill/plugin.h>

#include <stdlib.h>

#define BROKEN_badabi 1
#define BROKEN_noentry 2
#define BROKEN_nullentry 3
#define BROKEN_nullprobe 4
#define BROKEN_dupname 5
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define DEFECT XCAT(BROKEN_, BROKEN)

static int probe(const unsigned char *head, size_t len, uint64_t size, const char *name)
{
	(void)head;
	(void)len;
	(void)size;
	(void)name;
	abort();
}

static int extract(const pm_input *in, const pm_host *h, pm_sink *s)
{
	(void)in;
	(void)h;
	(void)s;
	abort();
}

static const char *const media[] = {"application/x-broken", NULL};

static const pm_plugin plugin = {
	.abi = DEFECT == BROKEN_badabi ? PM_PLUGIN_ABI + 1 : PM_PLUGIN_ABI,
	.size = sizeof(pm_plugin),
	.name = DEFECT == BROKEN_dupname ? "txt" : "broken",
	.version = "0",
	.description = "rejected by the loader, for the tests",
	.media_types = media,
	.extensions = NULL,
	.probe = DEFECT == BROKEN_nullprobe ? NULL : probe,
	.extract = extract,
};

#if DEFECT == BROKEN_noentry
/* the entry function under another name: the loader must not guess */
PM_PLUGIN_EXPORT const pm_plugin *pressmill_plugin_entry_v0(void);
PM_PLUGIN_EXPORT const pm_plugin *pressmill_plugin_entry_v0(void)
{
	return &plugin;
}
#else
PM_PLUGIN_EXPORT const pm_plugin *pressmill_plugin_entry(void);
PM_PLUGIN_EXPORT const pm_plugin *pressmill_plugin_entry(void)
{
	return DEFECT == BROKEN_nullentry ? NULL : &plugin;
}
#endif
