/*
 * walk.c - the folder walk behind `convert -r`, streaming: each directory
 * is read, sorted (so that runs and --ordered output do not depend on the
 * file system's order) and its entries handed to the callback one by one,
 * so that memory holds one directory's names per level, never the tree.
 *
 * Directories are opened relative to their parent with O_NOFOLLOW, so a
 * symlink swapped in during the walk is not followed. Symlinks to regular
 * files inside the folder given are converted (a folder of links is a
 * folder of files); one whose target lies outside it is skipped and
 * reported, unless the caller follows symlinks: an untrusted folder must
 * not turn a link to /etc/passwd into a record. Symlinks to directories
 * are not followed, like find -P, which is what makes loops impossible and
 * keeps the walk inside the folder given; an ancestor seen again (a bind
 * mount onto itself) is skipped too. Hidden entries (".name") and the
 * output folder are skipped. Names are bytes: newlines and invalid UTF-8
 * pass through unchanged (the record writer replaces invalid UTF-8).
 * --include and --exclude globs (glob.c) select among the files: an
 * excluded folder is not entered at all, and a glob that matches a folder
 * applies to everything below it; --exclude wins over --include whatever
 * their order, as bsdtar's do (not rsync's first match, nor ripgrep's
 * last), so that a set of globs says the same however it was assembled.
 *
 * Also the opening of inputs for the runner: relative to the parent
 * folder's descriptor, one component at a time, so that a path longer
 * than PATH_MAX opens, and so that a walked file is reached through the
 * folders the walk saw (O_NOFOLLOW below the folder given).
 */
#define _GNU_SOURCE
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Open directories at once: one per level. Deeper trees are reported. */
#define PM_WALK_MAX_DEPTH 200

typedef struct walk_state {
	const pm_walk_opts *o;
	pm_walk_fn fn;
	void *user;
	char *path;      /* root "/" rel, grown as needed */
	size_t cap;
	size_t root_len; /* where rel starts in path (after the slash) */
	char *root_real; /* the folder given, resolved: where links may point */
	dev_t anc_dev[PM_WALK_MAX_DEPTH + 1];
	ino_t anc_ino[PM_WALK_MAX_DEPTH + 1];
	int stop;
} walk_state;

static void report(walk_state *s, const char *why, int err)
{
	if (s->o->error)
		s->o->error(s->user, s->path, why, err);
}

/* Whether a symlink's target lies inside the folder given. */
static bool link_inside(walk_state *s, int dfd, const char *name)
{
	int fd;
	bool in;
	if (!s->root_real)
		return false;
	fd = openat(dfd, name, O_PATH | O_CLOEXEC);
	if (fd < 0)
		return false;
	in = pm_fd_inside(fd, s->root_real, s->path);
	close(fd);
	return in;
}

/* path = the directory's path (its first len bytes) "/" name */
static int set_child(walk_state *s, size_t len, const char *name)
{
	size_t nl = strlen(name);
	if (len + nl + 2 > s->cap) {
		size_t nc = (len + nl + 2) * 2;
		char *np = realloc(s->path, nc);
		if (!np)
			return -1;
		s->path = np;
		s->cap = nc;
	}
	if (len && s->path[len - 1] != '/')
		s->path[len++] = '/';
	memcpy(s->path + len, name, nl + 1);
	return 0;
}

static bool any_match(const pm_glob *g, size_t n, const char *rel, bool is_dir)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (pm_glob_match(&g[i], rel, is_dir))
			return true;
	return false;
}

/* Whether the globs leave rel out. included: an include glob matched a
 * folder above it, or there is none; *now_included: the same for what is
 * below rel (a folder). */
static bool left_out(walk_state *s, const char *rel, bool is_dir, bool included,
                     bool *now_included)
{
	const pm_walk_opts *o = s->o;
	bool in = included || any_match(o->include, o->ninclude, rel, is_dir);
	*now_included = in;
	if (any_match(o->exclude, o->nexclude, rel, is_dir) || (!is_dir && !in)) {
		if (o->excluded)
			o->excluded(s->user, s->path, is_dir);
		return true;
	}
	return false;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* s->path holds this directory's path (length len); dfd is open on it.
 * included: an --include glob matched it or a folder above it. */
static void walk_dir(walk_state *s, int dfd, size_t len, int depth, bool included)
{
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int dup_fd = dup(dfd);
	if (dup_fd < 0 || !(d = fdopendir(dup_fd))) {
		if (dup_fd >= 0)
			close(dup_fd);
		report(s, "cannot read the folder", errno);
		return;
	}
	errno = 0;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue; /* ".", ".." and hidden entries */
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 64;
			char **nn = realloc(names, nc * sizeof *nn);
			if (!nn)
				break;
			names = nn;
			cap = nc;
		}
		if (!(names[n] = strdup(e->d_name)))
			break;
		n++;
	}
	if (errno)
		report(s, "error while reading the folder", errno);
	closedir(d);
	if (n)
		if (n > 1)
			qsort(names, n, sizeof *names, cmp_name);
	for (i = 0; i < n && !s->stop; i++) {
		struct stat st;
		int is_link;
		bool below_included = included;
		if (set_child(s, len, names[i]) < 0) {
			report(s, "out of memory", ENOMEM);
			break;
		}
		if (fstatat(dfd, names[i], &st, AT_SYMLINK_NOFOLLOW) < 0) {
			report(s, "cannot stat", errno);
			continue;
		}
		is_link = 0;
		if (S_ISLNK(st.st_mode)) {
			struct stat t;
			if (fstatat(dfd, names[i], &t, 0) < 0) {
				/* dangling or a loop of links: nothing to convert */
				if (s->o->skipped)
					s->o->skipped(s->user, s->path, "symlink to nothing readable");
				continue;
			}
			if (!S_ISREG(t.st_mode)) {
				if (s->o->skipped)
					s->o->skipped(s->user, s->path, S_ISDIR(t.st_mode)
					                                    ? "symlink to a folder, not followed"
					                                    : "symlink to a special file");
				continue;
			}
			if (left_out(s, s->path + s->root_len, false, included, &below_included))
				continue;
			if (!s->o->follow_symlinks && S_ISREG(t.st_mode) &&
			    !link_inside(s, dfd, names[i])) {
				if (s->o->outside)
					s->o->outside(s->user, s->path);
				continue;
			}
			st = t;
			is_link = 1;
		} else if ((S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) &&
		           left_out(s, s->path + s->root_len, S_ISDIR(st.st_mode), included,
		                    &below_included)) {
			continue;
		}
		if (S_ISREG(st.st_mode)) {
			pm_walk_entry ent;
			ent.path = s->path;
			ent.rel = s->path + s->root_len;
			ent.rel_off = s->root_len;
			ent.st = &st;
			ent.is_link = is_link;
			ent.root_real = s->root_real;
			if (s->fn(s->user, &ent) != 0)
				s->stop = 1;
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			int cfd, k, loop = 0;
			if (s->o->have_skip && st.st_dev == s->o->skip_dev && st.st_ino == s->o->skip_ino) {
				if (s->o->skipped)
					s->o->skipped(s->user, s->path, "the output folder");
				continue;
			}
			for (k = 0; k <= depth; k++)
				if (s->anc_dev[k] == st.st_dev && s->anc_ino[k] == st.st_ino)
					loop = 1;
			if (loop) {
				report(s, "folder loop, skipped", ELOOP);
				continue;
			}
			if (depth + 1 >= PM_WALK_MAX_DEPTH) {
				report(s, "folders nested too deep, skipped", ELOOP);
				continue;
			}
			cfd = openat(dfd, names[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (cfd < 0) {
				report(s, "cannot open the folder", errno);
				continue;
			}
			s->anc_dev[depth + 1] = st.st_dev;
			s->anc_ino[depth + 1] = st.st_ino;
			walk_dir(s, cfd, strlen(s->path), depth + 1, below_included);
			close(cfd);
			continue;
		}
		if (s->o->skipped)
			s->o->skipped(s->user, s->path, "not a regular file");
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	if (len < s->cap)
		s->path[len] = '\0';
}

int pm_walk(const char *root, const pm_walk_opts *o, pm_walk_fn fn, void *user)
{
	walk_state s;
	struct stat st;
	size_t rl = strlen(root);
	int fd;
	memset(&s, 0, sizeof s);
	s.o = o;
	s.fn = fn;
	s.user = user;
	/* "inbox/" and "inbox" give the same paths */
	while (rl > 1 && root[rl - 1] == '/')
		rl--;
	s.cap = rl + 256;
	s.path = malloc(s.cap);
	if (!s.path)
		return -1;
	memcpy(s.path, root, rl);
	s.path[rl] = '\0';
	s.root_len = rl + (s.path[rl - 1] != '/');
	/* The root itself may be a symlink the user named: follow it. */
	fd = open(s.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0) {
		report(&s, "cannot open the folder", errno);
		if (fd >= 0)
			close(fd);
		free(s.path);
		return -1;
	}
	s.anc_dev[0] = st.st_dev;
	s.anc_ino[0] = st.st_ino;
	s.root_real = pm_fd_real_path(fd, s.path);
	walk_dir(&s, fd, rl, 0, o->ninclude == 0);
	close(fd);
	free(s.root_real);
	free(s.path);
	return s.stop ? 1 : 0;
}

/* ---- opening inputs -------------------------------------------------- */

char *pm_fd_real_path(int fd, const char *path)
{
	char link[64], buf[PATH_MAX];
	ssize_t n;
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	n = readlink(link, buf, sizeof buf - 1);
	if (n > 0 && buf[0] == '/') {
		buf[n] = '\0';
		return strdup(buf);
	}
	/* no /proc (a bare chroot): the path, resolved */
	return path && strlen(path) < PATH_MAX ? realpath(path, NULL) : NULL;
}

bool pm_fd_inside(int fd, const char *root_real, const char *path)
{
	char *real = pm_fd_real_path(fd, path);
	size_t rl = root_real ? strlen(root_real) : 0;
	bool in;
	if (!real || !rl)
		in = false;
	else if (rl == 1) /* "/" */
		in = true;
	else
		in = !strncmp(real, root_real, rl) && real[rl] == '/';
	free(real);
	return in;
}

/* close() that leaves errno as the failure before it set it. */
static void close_keep_errno(int fd)
{
	int e = errno;
	close(fd);
	errno = e;
}

/* The next name of a path, at p, into name; *e: the slash after it, or
 * NULL at the path's end. false, errno ENAMETOOLONG, where it is longer
 * than a name can be. */
static bool next_name(const char *p, char name[NAME_MAX + 1], const char **e)
{
	size_t l;
	*e = strchr(p, '/');
	l = *e ? (size_t)(*e - p) : strlen(p);
	if (l > NAME_MAX) {
		errno = ENAMETOOLONG;
		return false;
	}
	memcpy(name, p, l);
	name[l] = '\0';
	return true;
}

/* Open path one component at a time from the current folder (or "/"):
 * for paths longer than PATH_MAX. Folders are followed as open() would. */
static int open_stepwise(const char *path, int flags)
{
	const char *p = path, *e;
	char name[NAME_MAX + 1];
	int dfd = open(*p == '/' ? "/" : ".", O_PATH | O_DIRECTORY | O_CLOEXEC), fd;
	while (dfd >= 0) {
		while (*p == '/')
			p++;
		if (!next_name(p, name, &e)) {
			close_keep_errno(dfd);
			return -1;
		}
		if (!e || !e[strspn(e, "/")])
			break;
		fd = openat(dfd, name, O_PATH | O_DIRECTORY | O_CLOEXEC);
		close(dfd);
		dfd = fd;
		p = e;
	}
	if (dfd < 0)
		return -1;
	fd = openat(dfd, name, flags);
	close_keep_errno(dfd);
	return fd;
}

int pm_open_long(const char *path, int flags)
{
	int fd = open(path, flags);
	if (fd >= 0 || errno != ENAMETOOLONG)
		return fd;
	return open_stepwise(path, flags);
}

int pm_stat_long(const char *path, struct stat *st)
{
	const char *slash;
	char *dir;
	int dfd, r;
	if (stat(path, st) == 0)
		return 0;
	if (errno != ENAMETOOLONG)
		return -1;
	slash = strrchr(path, '/');
	if (!slash)
		return -1;
	dir = strndup(path, (size_t)(slash - path));
	if (!dir)
		return -1;
	dfd = pm_open_long(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	if (dfd < 0)
		return -1;
	r = fstatat(dfd, slash + 1, st, 0);
	close_keep_errno(dfd);
	return r;
}

int pm_open_below(const char *path, size_t rel_off, int follow_last)
{
	const int file_flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
	const char *p, *e;
	char name[NAME_MAX + 1], *root;
	int dfd, fd;
	if (rel_off == 0)
		return pm_open_long(path, file_flags | (follow_last ? 0 : O_NOFOLLOW));
	root = strndup(path, rel_off);
	if (!root)
		return -1;
	dfd = pm_open_long(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	free(root);
	p = path + rel_off;
	while (dfd >= 0) {
		if (!next_name(p, name, &e)) {
			close_keep_errno(dfd);
			return -1;
		}
		if (!e)
			break;
		/* the folders the walk went through, not a symlink put there since */
		fd = openat(dfd, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		close(dfd);
		dfd = fd;
		p = e + 1;
	}
	if (dfd < 0)
		return -1;
	fd = openat(dfd, name, file_flags | (follow_last ? 0 : O_NOFOLLOW));
	close_keep_errno(dfd);
	return fd;
}
