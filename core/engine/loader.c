/*
 * loader.c - finds format plugins, checks their descriptor before running
 * any of their code beyond the entry function, and dispatches an input to
 * the plugin whose probe bids highest on its content.
 *
 * Search order (first found wins for a given plugin name; a later file
 * with the same name is rejected as a duplicate):
 *   1. pm_options.plugin_path, else $PRESSMILL_PLUGIN_PATH (colon-separated)
 *   2. the directory beside the loaded library: <libdir>/pressmill/plugins,
 *      which is build/lib/pressmill/plugins for the build tree and
 *      $PREFIX/lib/pressmill/plugins once installed
 *   3. PM_PLUGIN_DIR, the configured install directory
 *
 * Files are found at start but loaded on demand, in that order: loading
 * is most of a one-file run's cost (pdf.so alone, poppler's relocations,
 * is some 24 M instructions), and the process that only hands documents
 * to workers (pool.c) needs none. The outcome is the eager one's: the
 * probe loads the next file until a bid is PM_BID_CERTAIN, which no later
 * plugin can beat (bids are capped, ties go to the first), so a process
 * that converts loads all of today's plugins, whose bids stay below it;
 * the listing loads all. A plugin's features line is asked only for the
 * listing (pm_registry_listing), never by a conversion.
 */
#define _GNU_SOURCE
#include "engine.h"

#include <dirent.h>
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *pm_plugin_check(const pm_plugin *p)
{
	if (!p)
		return "entry function returned NULL";
	if (p->abi != PM_PLUGIN_ABI)
		return "plugin ABI version does not match this pressmill";
	if (p->size < PM_PLUGIN_SIZE_V1)
		return "plugin descriptor is smaller than this pressmill's pm_plugin";
	if (!p->name || !*p->name || strlen(p->name) > 32)
		return "plugin has no valid name";
	if (!p->version)
		return "plugin has no version";
	if (!p->probe || !p->extract)
		return "plugin lacks probe or extract";
	if (!p->media_types || !p->media_types[0])
		return "plugin declares no media type";
	return NULL;
}

static void listing_reject(pm_registry *r, const char *file, const char *why)
{
	json_t *o = json_object();
	if (!o)
		return;
	json_object_set_new(o, "file", json_string(file));
	json_object_set_new(o, "error", json_string(why));
	json_array_append_new(r->listing, o);
}

static int registry_add(pm_registry *r, const pm_plugin *p, void *handle, const char *file,
                        const char **why)
{
	size_t i;
	pm_loaded *nv;
	json_t *o, *mt;
	*why = pm_plugin_check(p);
	if (*why)
		return -1;
	for (i = 0; i < r->n; i++)
		if (!strcmp(r->v[i].p->name, p->name)) {
			*why = "duplicate plugin name (already loaded from an earlier directory)";
			return -1;
		}
	nv = pm_reallocarray(r->v, r->n + 1, sizeof *nv);
	if (!nv) {
		*why = "out of memory";
		return -1;
	}
	r->v = nv;
	nv[r->n].p = p;
	nv[r->n].handle = handle;
	nv[r->n].file = pm_strdup(file ? file : "(built in)");
	nv[r->n].entry = NULL;
	nv[r->n].described = false;
	r->n++;
	o = json_object();
	mt = json_array();
	if (o && mt) {
		for (i = 0; p->media_types[i]; i++)
			json_array_append_new(mt, json_string(p->media_types[i]));
		json_object_set_new(o, "name", json_string(p->name));
		json_object_set_new(o, "version", json_string(p->version));
		json_object_set_new(o, "media_types", mt);
		json_object_set_new(o, "file", json_string(file ? file : "(built in)"));
		if (json_array_append_new(r->listing, o) == 0)
			nv[r->n - 1].entry = o;
	} else {
		json_decref(o);
		json_decref(mt);
	}
	return 0;
}

static void load_file(pm_registry *r, const char *file)
{
	pm_log_fn log = r->log;
	void *lu = r->log_user;
	void *h;
	pm_plugin_entry_fn entry;
	const pm_plugin *p;
	const char *why;
	char msg[PATH_MAX + 256];
	dlerror();
	h = dlopen(file, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		const char *e = dlerror();
		snprintf(msg, sizeof msg, "cannot load: %s", e ? e : "unknown error");
		listing_reject(r, file, msg);
		if (log)
			log(lu, PM_LOG_WARNING, msg);
		return;
	}
	*(void **)&entry = dlsym(h, PM_PLUGIN_ENTRY_SYMBOL);
	if (!entry) {
		why = "no " PM_PLUGIN_ENTRY_SYMBOL " symbol";
		goto reject;
	}
	p = entry();
	if (registry_add(r, p, h, file, &why) == 0)
		return;
reject:
	snprintf(msg, sizeof msg, "%s: rejected: %s", file, why);
	listing_reject(r, file, why);
	if (log)
		log(lu, PM_LOG_WARNING, msg);
	dlclose(h);
}

static void add_pending(pm_registry *r, const char *file)
{
	char **np = pm_reallocarray(r->pending, r->npending + 1, sizeof *np);
	if (!np)
		return;
	r->pending = np;
	np[r->npending] = pm_strdup(file);
	if (np[r->npending])
		r->npending++;
}

/* One plugin file, as a worker takes the very files its caller's context
 * found (pool.c). */
void pm_registry_load_file(pm_registry *r, const char *file)
{
	add_pending(r, file);
}

static bool load_next(pm_registry *r)
{
	if (r->next_pending >= r->npending)
		return false;
	load_file(r, r->pending[r->next_pending++]);
	return true;
}

void pm_registry_load_all(pm_registry *r)
{
	while (load_next(r))
		;
}

const json_t *pm_registry_listing(pm_registry *r)
{
	size_t i;
	pm_registry_load_all(r);
	for (i = 0; i < r->n; i++) {
		pm_loaded *l = &r->v[i];
		const char *f;
		if (l->described)
			continue;
		l->described = true;
		if (!l->entry || !PM_SIZE_HAS(l->p->size, pm_plugin, features) || !l->p->features)
			continue;
		f = l->p->features();
		if (f && *f && pm_utf8_valid(f, strnlen(f, 400)) && strlen(f) < 400)
			json_object_set_new(l->entry, "features", json_string(f));
	}
	return r->listing;
}

int pm_registry_add(pm_registry *r, const pm_plugin *p, void *handle, const char *file,
                    const char **why)
{
	/* after the files found, as when they were loaded at start */
	pm_registry_load_all(r);
	return registry_add(r, p, handle, file, why);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A folder named twice (in the path variable and beside the library, or
 * through a symlink) is searched once: its plugins would only come back
 * as duplicates. */
static bool seen_dir(pm_registry *r, const char *dir)
{
	char real[PATH_MAX];
	char **nd;
	size_t i;
	if (!realpath(dir, real))
		return false;
	for (i = 0; i < r->ndirs; i++)
		if (!strcmp(r->dirs[i], real))
			return true;
	nd = pm_reallocarray(r->dirs, r->ndirs + 1, sizeof *nd);
	if (!nd)
		return false;
	r->dirs = nd;
	nd[r->ndirs] = pm_strdup(real);
	if (nd[r->ndirs])
		r->ndirs++;
	return false;
}

static void find_in_dir(pm_registry *r, const char *dir)
{
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, i;
	if (seen_dir(r, dir))
		return;
	d = opendir(dir);
	if (!d)
		return;
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		char **nn;
		if (l < 4 || strcmp(e->d_name + l - 3, ".so") || e->d_name[0] == '.')
			continue;
		nn = pm_reallocarray(names, n + 1, sizeof *nn);
		if (!nn)
			break;
		names = nn;
		names[n] = pm_strdup(e->d_name);
		if (names[n])
			n++;
	}
	closedir(d);
	/* Sorted, so that the load order (and so ties) never depends on the
	 * file system. */
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_str);
	for (i = 0; i < n; i++) {
		char path[PATH_MAX];
		struct stat st;
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
			add_pending(r, path);
		free(names[i]);
	}
	free(names);
}

static void find_in_path_list(pm_registry *r, const char *list)
{
	char *copy = pm_strdup(list), *save = NULL, *tok;
	if (!copy)
		return;
	for (tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save))
		if (*tok)
			find_in_dir(r, tok);
	free(copy);
}

void pm_registry_load(pm_registry *r, const char *path, bool no_default, pm_log_fn log,
                      void *lu)
{
	Dl_info info;
	memset(r, 0, sizeof *r);
	r->listing = json_array();
	r->log = log;
	r->log_user = lu;
	if (!path)
		path = getenv("PRESSMILL_PLUGIN_PATH");
	if (path && *path)
		find_in_path_list(r, path);
	if (no_default)
		return;
	if (dladdr((void *)pm_registry_load, &info) && info.dli_fname) {
		char buf[PATH_MAX], *slash;
		snprintf(buf, sizeof buf, "%s", info.dli_fname);
		slash = strrchr(buf, '/');
		if (slash) {
			char dir[PATH_MAX + 32];
			*slash = '\0';
			snprintf(dir, sizeof dir, "%s/pressmill/plugins", buf);
			find_in_dir(r, dir);
		}
	}
	find_in_dir(r, PM_PLUGIN_DIR);
}

void pm_registry_free(pm_registry *r)
{
	size_t i;
	for (i = 0; i < r->n; i++) {
		/* Plugins linking GLib or libxml2 may leave atexit handlers or
		 * thread-local destructors behind: keep their code mapped. */
		free(r->v[i].file);
	}
	free(r->v);
	for (i = 0; i < r->ndirs; i++)
		free(r->dirs[i]);
	free(r->dirs);
	for (i = 0; i < r->npending; i++)
		free(r->pending[i]);
	free(r->pending);
	json_decref(r->listing);
	memset(r, 0, sizeof *r);
}

const pm_plugin *pm_registry_probe(pm_registry *r, const unsigned char *head, size_t len,
                                   uint64_t size, const char *name, int *bid)
{
	const pm_plugin *best = NULL;
	int bs = 0;
	size_t i = 0;
	do {
		for (; i < r->n; i++) {
			int s = r->v[i].p->probe(head, len, size, name ? name : "");
			if (s > PM_BID_CERTAIN)
				s = PM_BID_CERTAIN;
			if (s > bs) {
				bs = s;
				best = r->v[i].p;
			}
		}
	} while (bs < PM_BID_CERTAIN && load_next(r));
	if (bid)
		*bid = bs;
	return best;
}
