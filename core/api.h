/* This floor may use: isolate engine repair normalize model text base kit
 * It is used by: the tests (the command line and the worker program use
 * the public header and isolate.h only)
 *
 * api.h - the front door's own header: what a pm_context is (api.c).
 * Not installed; not part of the ABI.
 */
#ifndef PM_API_H
#define PM_API_H

#include "isolate/isolate.h"

/* A context: one engine (options, plugins, language resources) and, for
 * isolated conversions, the one-worker pool it keeps. */
struct pm_context {
	pm_engine eng;
	char *plugin_path;       /* the options' plugin_path, copied */
	pm_pool *pool;           /* isolate: the one-worker pool (isolate.c) */
};

#endif
