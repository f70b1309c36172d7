/*
 * glob.c - the globs of `convert -r --include GLOB --exclude GLOB`, which
 * say which files of a folder walk are converted; the walk (walk.c) asks
 * them about each file and folder it meets.
 *
 * The rules are rsync's and gitignore's for what a glob is matched
 * against: a glob without '/' is matched against the name of each file or
 * folder, at any depth (`*.pdf`, `drafts`); a glob with '/' against the
 * path below the folder given, from its start (`2024/x*.pdf` matches
 * 2024/x1.pdf below the folder, not old/2024/x1.pdf; a leading '/' says
 * the same), where '*', '?' and [...] stay within one name (fnmatch(3)
 * on each name) and a name `**` matches any number of folders, none
 * included; a trailing '/' matches folders only.
 * Which glob wins is the walk's (exclusions first, whatever the order).
 */
#define _GNU_SOURCE
#include "cli.h"

#include <fnmatch.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

int pm_glob_compile(pm_glob *g, const char *pattern)
{
	size_t len = strlen(pattern), n = 0, i;
	char *p, *save = NULL, *tok;
	memset(g, 0, sizeof *g);
	g->text = pattern;
	while (len > 0 && pattern[len - 1] == '/') {
		g->dir_only = true;
		len--;
	}
	g->buf = strndup(pattern, len);
	if (!g->buf)
		return -1;
	g->anchored = strchr(g->buf, '/') != NULL;
	g->seg = calloc(len / 2 + 2, sizeof *g->seg);
	if (!g->seg) {
		pm_glob_free(g);
		return -1;
	}
	/* "a//b" and "./a" are "a/b" and "a": the walk's paths have neither */
	for (p = g->buf; (tok = strtok_r(p, "/", &save)); p = NULL)
		if (strcmp(tok, "."))
			g->seg[n++] = tok;
	g->nseg = n;
	for (i = 0; i < n; i++)
		if (strlen(g->seg[i]) > NAME_MAX)
			n = 0; /* matches no name */
	if (!n) {
		pm_glob_free(g);
		return -1;
	}
	return 0;
}

void pm_glob_free(pm_glob *g)
{
	free(g->buf);
	free(g->seg);
	memset(g, 0, sizeof *g);
}

/* fnmatch() of one glob name against the name of n bytes at p. */
static bool name_matches(const char *glob, const char *p, size_t n)
{
	char name[NAME_MAX + 1];
	if (n > NAME_MAX)
		return false;
	memcpy(name, p, n);
	name[n] = '\0';
	return fnmatch(glob, name, 0) == 0;
}

/* The glob's names from gi on against the rest of the path, p. */
static bool match_from(const pm_glob *g, size_t gi, const char *p)
{
	const char *slash;
	size_t n;
	if (gi == g->nseg)
		return *p == '\0';
	if (!strcmp(g->seg[gi], "**")) {
		/* no folder, one, two...: the rest of the glob from each */
		for (;;) {
			if (match_from(g, gi + 1, p))
				return true;
			if (!*p)
				return false;
			slash = strchr(p, '/');
			p = slash ? slash + 1 : p + strlen(p);
		}
	}
	if (!*p)
		return false;
	slash = strchr(p, '/');
	n = slash ? (size_t)(slash - p) : strlen(p);
	if (!name_matches(g->seg[gi], p, n))
		return false;
	return match_from(g, gi + 1, slash ? slash + 1 : p + n);
}

bool pm_glob_match(const pm_glob *g, const char *rel, bool is_dir)
{
	const char *name;
	if (g->dir_only && !is_dir)
		return false;
	if (g->anchored)
		return match_from(g, 0, rel);
	name = strrchr(rel, '/');
	name = name ? name + 1 : rel;
	return name_matches(g->seg[0], name, strlen(name));
}
