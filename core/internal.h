/*
 * internal.h - declarations shared by the library's own modules: the
 * document model, the text utilities, the loader, the normaliser and the
 * record writer. Not installed; not part of the ABI.
 */
#ifndef PM_INTERNAL_H
#define PM_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include <pressmill/pressmill.h>


#include "repair/repair.h"

/* ---- loader (loader.c) ----------------------------------------------- */

typedef struct pm_loaded {
	const pm_plugin *p;
	void *handle;
	char *file;
} pm_loaded;

typedef struct pm_registry {
	pm_loaded *v;
	size_t n;
	json_t *listing;    /* array, see pm_context_plugins */
	char **dirs;        /* real paths of the folders searched, each once */
	size_t ndirs;
} pm_registry;

void pm_registry_load(pm_registry *r, const char *path, bool no_default,
                      pm_log_fn log, void *log_user);
/* Register an already-linked plugin descriptor (tests, fuzzers). Returns
 * 0, or -1 with the reason in *why (static string). */
int pm_registry_add(pm_registry *r, const pm_plugin *p, void *handle, const char *file,
                    const char **why);
void pm_registry_free(pm_registry *r);
/* Load one plugin file into the registry (a worker loading its caller's). */
void pm_registry_load_file(pm_registry *r, const char *file, pm_log_fn log, void *log_user);
/* The best bidder for these bytes or NULL; *bid gets its score. */
const pm_plugin *pm_registry_probe(const pm_registry *r, const unsigned char *head,
                                   size_t len, uint64_t size, const char *name, int *bid);
/* Check a descriptor: NULL when usable, else why not. */
const char *pm_plugin_check(const pm_plugin *p);

/* ---- the context (convert.c) ----------------------------------------- */

struct pm_context {
	pm_options opt;
	pm_logger log;           /* opt.log and opt.log_user */
	pm_registry reg;
	char *plugin_path;
	pm_lingua lingua;        /* language models and dictionaries, lazily */
	pm_pool *pool;           /* isolate: the one-worker pool (isolate.c) */
};


#include "normalize/normalize.h"

/* The filled model to the record's fields: finished, repaired,
 * normalised; evidence (may be NULL) gets what --explain shows. */
void pm_convert_model(pm_lingua *lingua, pm_doc *doc, json_t *rec, json_t *ev);

/* ---- the worker program (pool.c) ------------------------------------- */
/* main() of pressmill-worker, the process an isolated conversion runs in. */
PM_API int pm_worker_main(int argc, char **argv);

#endif
