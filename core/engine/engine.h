/* This floor may use: repair normalize model text base kit
 * It is used by: isolate api
 *
 * engine.h - the engine floor: plugins found, checked and chosen by their
 * bids (loader.c), and one conversion in this process, from bytes to
 * record: probe, extract, repair, normalise, record (engine.c). The
 * engine never isolates (the isolate floor runs it in a worker process).
 * Not installed; not part of the ABI.
 */
#ifndef PM_ENGINE_H
#define PM_ENGINE_H

#include "repair/repair.h"
#include "normalize/normalize.h"

/* ---- the plugins (loader.c) ------------------------------------------ */

typedef struct pm_loaded {
	const pm_plugin *p;
	void *handle;
	char *file;
	json_t *entry;      /* its object in the listing (borrowed) */
	bool described;     /* its features() asked (pm_registry_listing) */
	size_t order;       /* its file's place in the search order (ties go to the lower) */
} pm_loaded;

/* A plugin file found, loaded when a head may be its format (see
 * PM_PROBE_HINT in plugin.h). */
typedef struct pm_pending {
	char *file;
	bool tried;         /* dlopen attempted (loaded or rejected) */
	bool loaded;        /* tried and registered */
	int hint;           /* 0 not read yet, 1 read into .h, -1 none: load for any head */
	pm_probe_hint h;
} pm_pending;

typedef struct pm_registry {
	pm_loaded *v;       /* the plugins loaded so far, in search order */
	size_t n;
	json_t *listing;    /* array, see pm_context_plugins; complete after pm_registry_listing */
	char **dirs;        /* real paths of the folders searched, each once */
	size_t ndirs;
	pm_pending *pending; /* plugin files found, in search order; loaded on demand */
	size_t npending;
	size_t *lorder;     /* the search-order place of each listing item, which keeps it in that order */
	size_t nlorder;
	pm_log_fn log;      /* where a file that cannot be loaded is reported */
	void *log_user;
} pm_registry;

/* Find the plugin files (none is loaded yet: pm_registry_probe loads
 * them in order as far as it needs, pm_registry_load_all all of them). */
void pm_registry_load(pm_registry *r, const char *path, bool no_default,
                      pm_log_fn log, void *log_user);
/* Load every file still pending; the listing is then complete but for
 * the plugins' "features" lines. */
void pm_registry_load_all(pm_registry *r);
/* The complete listing (see pm_context_plugins): every file loaded, and
 * each plugin's features() asked, once, here rather than when it is
 * loaded, for a features line may cost what a conversion does not need
 * (the PDF plugin's loads Tesseract to tell its version). Borrowed. */
const json_t *pm_registry_listing(pm_registry *r);
/* Register an already-linked plugin descriptor (tests, fuzzers), after
 * every file found. Returns 0, or -1 with the reason in *why (static
 * string). */
int pm_registry_add(pm_registry *r, const pm_plugin *p, void *handle, const char *file,
                    const char **why);
void pm_registry_free(pm_registry *r);
/* One more plugin file, after those found (a worker given its caller's);
 * loaded on demand like them, reported to r->log if it cannot be. */
void pm_registry_load_file(pm_registry *r, const char *file);
/* The best bidder for these bytes or NULL; *bid gets its score: the one
 * eager loading would choose (the highest bid, ties to the first in search
 * order). Loads pending files in order, skipping those whose probe hint
 * rules this head out (they would bid PM_BID_NONE), until one bids
 * PM_BID_CERTAIN (no later one could win) or none is left. */
const pm_plugin *pm_registry_probe(pm_registry *r, const unsigned char *head,
                                   size_t len, uint64_t size, const char *name, int *bid);
/* Whether the plugin file could bid on this head: false only when its
 * probe hint (read on first use) rules the head out. */
bool pm_registry_may_bid(pm_pending *pe, const unsigned char *head, size_t len);
/* Check a descriptor: NULL when usable, else why not. */
const char *pm_plugin_check(const pm_plugin *p);

/* ---- conversions (engine.c) ------------------------------------------ */

/* What a conversion needs: the options (limits, explain), where to log,
 * the plugins, the language models and dictionaries. */
typedef struct pm_engine {
	pm_options opt;      /* its strings stay the owner's, but opt.ocr.languages */
	pm_logger log;       /* opt.log and opt.log_user */
	pm_registry reg;
	pm_lingua lingua;
	char *ocr_languages; /* the copy opt.ocr.languages points to */
} pm_engine;

/* The caller's options over the defaults (pm_options_init), as far as
 * the caller's struct goes: a caller built before pm_options grew keeps
 * its own fields and gets the defaults for the new ones (pm_options.ocr). */
void pm_options_copy(pm_options *to, const pm_options *from);

/* Load the plugins opt names (opt is copied, its strings are not but
 * opt.ocr.languages); false when memory ran out. */
bool pm_engine_init(pm_engine *e, const pm_options *opt);
void pm_engine_free(pm_engine *e);
/* One record for the bytes, the file open on fd (read from its start)
 * or an input that could not be converted (src: its path, and its size
 * and digest when known): NULL only when memory runs out. A record built
 * while an allocation failed becomes a resource_limit failure. */
json_t *pm_engine_convert_buffer(pm_engine *e, const void *data, size_t len, const char *name);
json_t *pm_engine_convert_fd(pm_engine *e, int fd, const char *display);
json_t *pm_engine_failed(const pm_source *src, int status, const char *message);
/* The filled model to the record's fields: finished, repaired,
 * normalised (explain: with the evidence of each field), the repairs
 * reported. The tests and the normaliser's fuzzer start here. */
void pm_engine_model(pm_lingua *lingua, pm_doc *doc, pm_fields *f, bool explain);

#endif
