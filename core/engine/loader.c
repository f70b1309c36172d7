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
 * plugin can beat (bids are capped, ties go to the first in search order),
 * and passes over a file whose probe hint (PM_PROBE_HINT, read from its
 * ELF section without loading it) says it would bid PM_BID_NONE on this
 * head, so that a batch of text never loads poppler. The listing loads
 * all, and lists them in search order whatever order they were loaded
 * in. A plugin's features line is asked only for the listing
 * (pm_registry_listing), never by a conversion.
 */
#define _GNU_SOURCE
#include "engine.h"

#include <dirent.h>
#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* Adds o to the listing at its file's place in the search order; 0 or -1
 * (o freed). */
static int listing_put(pm_registry *r, json_t *o, size_t order)
{
	size_t at = r->nlorder, *nl;
	nl = pm_reallocarray(r->lorder, r->nlorder + 1, sizeof *nl);
	if (!nl) {
		json_decref(o);
		return -1;
	}
	r->lorder = nl;
	while (at > 0 && nl[at - 1] > order)
		at--;
	if (json_array_insert_new(r->listing, at, o) != 0)
		return -1;
	memmove(nl + at + 1, nl + at, (r->nlorder - at) * sizeof *nl);
	nl[at] = order;
	r->nlorder++;
	return 0;
}

static void listing_reject(pm_registry *r, const char *file, const char *why, size_t order)
{
	json_t *o = json_object();
	if (!o)
		return;
	json_object_set_new(o, "file", json_string(file));
	json_object_set_new(o, "error", json_string(why));
	listing_put(r, o, order);
}

static int registry_add(pm_registry *r, const pm_plugin *p, void *handle, const char *file,
                        size_t order, const char **why)
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
	nv[r->n].order = order;
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
		json_incref(o);
		if (listing_put(r, o, order) == 0)
			nv[r->n - 1].entry = o;
		json_decref(o);
	} else {
		json_decref(o);
		json_decref(mt);
	}
	return 0;
}

static void load_file(pm_registry *r, pm_pending *pe, size_t order)
{
	const char *file = pe->file;
	pm_log_fn log = r->log;
	void *lu = r->log_user;
	void *h;
	pm_plugin_entry_fn entry;
	const pm_plugin *p;
	const char *why;
	char msg[PATH_MAX + 256];
	dlerror();
	pe->tried = true;
	h = dlopen(file, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		const char *e = dlerror();
		snprintf(msg, sizeof msg, "cannot load: %s", e ? e : "unknown error");
		listing_reject(r, file, msg, order);
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
	if (registry_add(r, p, h, file, order, &why) == 0) {
		pe->loaded = true;
		return;
	}
reject:
	snprintf(msg, sizeof msg, "%s: rejected: %s", file, why);
	listing_reject(r, file, why, order);
	if (log)
		log(lu, PM_LOG_WARNING, msg);
	dlclose(h);
}

static void add_pending(pm_registry *r, const char *file)
{
	pm_pending *np = pm_reallocarray(r->pending, r->npending + 1, sizeof *np);
	if (!np)
		return;
	r->pending = np;
	memset(&np[r->npending], 0, sizeof *np);
	np[r->npending].file = pm_strdup(file);
	if (np[r->npending].file)
		r->npending++;
}

static bool pread_all(int fd, void *buf, size_t len, uint64_t off)
{
	return off <= (uint64_t)INT64_MAX && pread(fd, buf, len, (off_t)off) == (ssize_t)len;
}

/* The plugin's PM_PROBE_HINT_SECTION, read from its file as this
 * process's own ELF class and byte order would lay it out; false when it
 * has none or anything about it is off (then the plugin is loaded for
 * every head, as without a hint). */
static bool read_hint(const char *file, pm_probe_hint *out)
{
	ElfW(Ehdr) eh;
	ElfW(Shdr) strs, sh;
	char name[sizeof PM_PROBE_HINT_SECTION];
	bool found = false;
	size_t i;
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	if (!pread_all(fd, &eh, sizeof eh, 0) || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
	    eh.e_ident[EI_CLASS] != (sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32) ||
	    eh.e_ident[EI_DATA] != (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? ELFDATA2LSB
	                                                                      : ELFDATA2MSB) ||
	    eh.e_shentsize != sizeof sh || eh.e_shstrndx == SHN_UNDEF || eh.e_shstrndx >= eh.e_shnum ||
	    !pread_all(fd, &strs, sizeof strs, eh.e_shoff + (uint64_t)eh.e_shstrndx * sizeof sh))
		goto done;
	for (i = 0; i < eh.e_shnum && !found; i++) {
		if (!pread_all(fd, &sh, sizeof sh, eh.e_shoff + (uint64_t)i * sizeof sh) ||
		    sh.sh_name >= strs.sh_size || sh.sh_type != SHT_PROGBITS || sh.sh_size != sizeof *out ||
		    !pread_all(fd, name, sizeof name, strs.sh_offset + sh.sh_name) ||
		    memcmp(name, PM_PROBE_HINT_SECTION, sizeof name))
			continue;
		found = pread_all(fd, out, sizeof *out, sh.sh_offset);
	}
	if (found) {
		found = out->abi == PM_PLUGIN_ABI && out->n >= 1 && out->n <= PM_PROBE_HINT_MAX;
		for (i = 0; found && i < out->n; i++)
			found = out->magic[i].len >= 1 && out->magic[i].len <= PM_PROBE_HINT_BYTES &&
			        out->magic[i].within >= out->magic[i].len;
	}
done:
	close(fd);
	return found;
}

bool pm_registry_may_bid(pm_pending *pe, const unsigned char *head, size_t len)
{
	uint32_t i;
	if (pe->hint == 0)
		pe->hint = read_hint(pe->file, &pe->h) ? 1 : -1;
	if (pe->hint < 0)
		return true;
	for (i = 0; i < pe->h.n; i++) {
		const pm_probe_magic *m = &pe->h.magic[i];
		size_t lim = len < m->within ? len : m->within, at;
		for (at = 0; at + m->len <= lim; at++)
			if (head[at] == m->bytes[0] && !memcmp(head + at, m->bytes, m->len))
				return true;
	}
	return false;
}

/* One plugin file, as a worker takes the very files its caller's context
 * found (pool.c). */
void pm_registry_load_file(pm_registry *r, const char *file)
{
	add_pending(r, file);
}

void pm_registry_load_all(pm_registry *r)
{
	size_t i;
	for (i = 0; i < r->npending; i++)
		if (!r->pending[i].tried)
			load_file(r, &r->pending[i], i);
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
	return registry_add(r, p, handle, file, r->npending + r->n, why);
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
		free(r->pending[i].file);
	free(r->pending);
	free(r->lorder);
	json_decref(r->listing);
	memset(r, 0, sizeof *r);
}

const pm_plugin *pm_registry_probe(pm_registry *r, const unsigned char *head, size_t len,
                                   uint64_t size, const char *name, int *bid)
{
	const pm_plugin *best = NULL;
	size_t best_order = SIZE_MAX, i, k;
	int bs = 0;
	for (i = 0, k = 0;; i++) {
		const pm_loaded *l;
		int s;
		/* files not tried yet, in order, as long as one could still win
		 * (bid higher, or tie from an earlier place) */
		for (; i >= r->n && k < r->npending && (bs < PM_BID_CERTAIN || k < best_order); k++)
			if (!r->pending[k].tried && pm_registry_may_bid(&r->pending[k], head, len))
				load_file(r, &r->pending[k], k);
		if (i >= r->n)
			break;
		l = &r->v[i];
		s = l->p->probe(head, len, size, name ? name : "");
		if (s > PM_BID_CERTAIN)
			s = PM_BID_CERTAIN;
		if (s > bs || (s == bs && s > 0 && l->order < best_order)) {
			bs = s;
			best = l->p;
			best_order = l->order;
		}
	}
	if (bid)
		*bid = bs;
	return best;
}
