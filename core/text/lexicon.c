/*
 * lexicon.c - lookups in the compiled lexicon (text.h): whole words, the
 * entries a line opens, the first entry in a text, and the entries of a
 * section one by one, case folded or in the forms a query asks for. The
 * tables are tools/lexc.py's output ($(BUILD)/gen/lexicon_data.c, laid
 * out as text.h says). Its callers are the normaliser's rules, the dates
 * and the stop-word vote of text/, and the repairs: every word they
 * recognise is looked up here.
 *
 * A lookup walks one section's trie from the root, folding the text's
 * code points on the way, so it costs a few instructions per character
 * read whatever the size of the list, and it allocates nothing: the
 * rules call it on every block of every release.
 */
#include "text.h"

#include <string.h>
#include <utf8proc.h>

/* A path holds at most this many nodes with entries: tools/lexc.py keeps
 * entries under 64 code points. */
#define MAX_HITS 64

typedef struct hit {
	uint32_t node;
	size_t end;  /* bytes of text consumed when the node was reached */
} hit;

int32_t pm_lex_fold_cp(int32_t c, int fold)
{
	if (c == 0x2019)
		return '\'';
	if (fold == 0) {
		/* nz_prefix()'s folding: to upper case, ASCII and Latin-1 */
		if (c >= 'a' && c <= 'z')
			return c - 32;
		if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
			return c - 32;
		return c;
	}
	/* acronyms.c's folding: lower case, without accents */
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (c == 0x152 || c == 0x153)
		return 'o';
	if (c == 0xC6 || c == 0xE6)
		return 'a';
	{
		utf8proc_int32_t d[8];
		utf8proc_ssize_t k = utf8proc_decompose_char(c, d, 8,
		                                             UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD,
		                                             NULL);
		return k >= 1 ? d[0] : c;
	}
}

static bool alnum(int32_t c)
{
	/* ASCII first: nearly every character read, and no call */
	if (c >= 0 && c < 0x80)
		return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
	return pm_cp_is_letter(c) || pm_cp_is_digit(c);
}

/* pm_lex_fold_cp() with its ASCII cases inline: a lookup folds every
 * character it reads. */
static inline int32_t fold(int32_t c, int how)
{
	if (c >= 0 && c < 0x80) {
		if (how == 0)
			return c >= 'a' && c <= 'z' ? c - 32 : c;
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	}
	return pm_lex_fold_cp(c, how);
}

static int32_t tolower_ascii(int32_t c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static size_t decode(const unsigned char *s, size_t n, int32_t *c)
{
	if (n && s[0] < 0x80) {
		*c = s[0];
		return 1;
	}
	return pm_utf8_decode(s, n, c);
}

static const pm_lex_node *child_of(const pm_lex_node *nd, int32_t c)
{
	const pm_lex_node *kids = pm_lex_nodes + nd->child;
	size_t lo = 0, hi = nd->nchild;
	if (c < 0)
		return NULL;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (kids[mid].first == (uint32_t)c)
			return &kids[mid];
		if (kids[mid].first < (uint32_t)c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* child_of() from the section's root: for ASCII, the section's table
 * says which branch, without a search. c is folded. */
static const pm_lex_node *root_child(const pm_lex_sect *sec, int32_t c)
{
	const pm_lex_node *root = pm_lex_nodes + sec->root;
	if (c >= 0 && c < 0x80)
		return sec->ascii[c] ? pm_lex_nodes + root->child + sec->ascii[c] - 1 : NULL;
	return child_of(root, c);
}

/* Every node with entries on the path of s[0..n): how many, in order. */
static size_t walk(const pm_lex_sect *sec, const char *text, size_t n, hit *hits)
{
	const unsigned char *s = (const unsigned char *)text;
	const pm_lex_node *nd = pm_lex_nodes + sec->root;
	size_t i = 0, nh = 0;
	for (;;) {
		const pm_lex_node *kid;
		const unsigned char *lab;
		size_t lo, l;
		int32_t c, lc;
		if (nd->nentries && nh < MAX_HITS) {
			hits[nh].node = (uint32_t)(nd - pm_lex_nodes);
			hits[nh].end = i;
			nh++;
		}
		if (!nd->nchild || i >= n)
			return nh;
		l = decode(s + i, n - i, &c);
		kid = nd == pm_lex_nodes + sec->root ? root_child(sec, fold(c, sec->fold))
		                                     : child_of(nd, fold(c, sec->fold));
		if (!kid)
			return nh;
		lab = pm_lex_labels + kid->label;
		lo = decode(lab, kid->label_len, &lc);
		i += l;
		while (lo < kid->label_len) {
			if (i >= n)
				return nh;
			i += decode(s + i, n - i, &c);
			lo += decode(lab + lo, kid->label_len - lo, &lc);
			if (fold(c, sec->fold) != lc)
				return nh;
		}
		nd = kid;
	}
}

/* Does the key that ends at nd end in a letter or a digit? */
static bool key_ends_alnum(const pm_lex_node *nd)
{
	const unsigned char *lab = pm_lex_labels + nd->label;
	size_t k = nd->label_len;
	int32_t c = -1;
	if (!k)
		return false;
	k--;
	while (k > 0 && (lab[k] & 0xC0) == 0x80)
		k--;
	pm_utf8_decode(lab + k, nd->label_len - k, &c);
	return alnum(c);
}

static void entry_of(const pm_lex_row *r, pm_lex_entry *e)
{
	e->text = pm_lex_strings + r->text;
	e->value = r->value == UINT32_MAX ? NULL : pm_lex_strings + r->value;
	e->num = r->num;
	e->tags = r->tags;
	e->lang = r->lang;
	e->stem = r->stem != 0;
}

static bool apostrophe(int32_t c)
{
	return c == '\'' || c == 0x2019;
}

/* Is s[0..n) written as the entry t is, in the form `form` asks:
 * WRITTEN as the entry, CAPITALISED (its first letter in capitals, the
 * rest as written), CAPITALS (every letter in capitals), or with ASCII
 * letters in either case (ASCII)? The apostrophes ' and ’ are one
 * whatever the form; capitals are the lexicon's upper case (ASCII and
 * Latin-1, pm_lex_fold_cp()). */
enum form { WRITTEN, CAPITALISED, CAPITALS, ASCII };

static bool written_as(const char *s, size_t n, const char *t, enum form form)
{
	const unsigned char *a = (const unsigned char *)s, *b = (const unsigned char *)t;
	size_t i = 0, j = 0, m = strlen(t);
	bool first = true;
	while (i < n && j < m) {
		int32_t c, d;
		i += decode(a + i, n - i, &c);
		j += decode(b + j, m - j, &d);
		if (apostrophe(c) && apostrophe(d))
			;
		else if (form == CAPITALS || (form == CAPITALISED && first)) {
			if (c < 0 || c != pm_lex_fold_cp(d, 0))
				return false;
		} else if (form == ASCII) {
			if (c != d && !(c >= 0 && c < 0x80 && d < 0x80 && tolower_ascii(c) == tolower_ascii(d)))
				return false;
		} else if (c != d) {
			return false;
		}
		first = false;
	}
	return i == n && j == m;
}

/* Does s[0..n) read as entry t in a form the query's case flags accept
 * (any, when it sets none)? */
static bool case_ok(const char *s, size_t n, const char *t, unsigned flags)
{
	if (!(flags & (PM_LEX_CASE | PM_LEX_CAPITALISED | PM_LEX_CAPITALS | PM_LEX_ASCII_CASE)))
		return true;
	return ((flags & PM_LEX_CASE) && written_as(s, n, t, WRITTEN)) ||
	       ((flags & PM_LEX_CAPITALISED) && written_as(s, n, t, CAPITALISED)) ||
	       ((flags & PM_LEX_CAPITALS) && written_as(s, n, t, CAPITALS)) ||
	       ((flags & PM_LEX_ASCII_CASE) && written_as(s, n, t, ASCII));
}

/* The entries of the hit that the query accepts; whole: the text must
 * end with the key (stems: with the word the key begins). */
static bool accept(const pm_lex_query *q, const char *s, size_t n, const hit *h, bool whole,
                   pm_lex_match *m)
{
	const pm_lex_node *nd = pm_lex_nodes + h->node;
	const uint16_t *ix = pm_lex_node_entries + nd->entries;
	bool open_end = !key_ends_alnum(nd), word_goes_on = false, rest_is_word = true;
	size_t k;
	pm_lex_langs langs = 0;
	const pm_lex_row *best = NULL;
	if (h->end < n) {
		int32_t c;
		size_t j = h->end;
		decode((const unsigned char *)s + j, n - j, &c);
		word_goes_on = alnum(c);
		if (whole)
			while (j < n && rest_is_word) {
				j += decode((const unsigned char *)s + j, n - j, &c);
				rest_is_word = alnum(c);
			}
	}
	for (k = 0; k < nd->nentries; k++) {
		const pm_lex_row *r = pm_lex_rows + ix[k];
		if (!(q->langs & (UINT32_C(1) << r->lang)) || (r->tags & q->with) != q->with ||
		    (r->tags & q->without) ||
		    (!(q->flags & PM_LEX_PENDING) && (r->tags & PM_LEX_TAG(PENDING))))
			continue;
		if (!case_ok(s, h->end, pm_lex_strings + r->text, q->flags))
			continue;
		if (whole) {
			if (h->end < n && !(r->stem && word_goes_on && rest_is_word))
				continue;
		} else if (!r->stem && !open_end && word_goes_on && !(q->flags & PM_LEX_NO_BOUNDARY)) {
			continue;
		}
		langs |= UINT32_C(1) << r->lang;
		if (!best)
			best = r;
	}
	if (!best)
		return false;
	if (m) {
		m->start = 0;
		m->len = h->end;
		m->langs = langs;
		entry_of(best, &m->entry);
	}
	return true;
}

static const pm_lex_sect *section_of(const pm_lex_query *q)
{
	if (!q || (unsigned)q->section >= PM_LEX_NSECTIONS)
		return NULL;
	return &pm_lex_sects[q->section];
}

bool pm_lex_word(const pm_lex_query *q, const char *w, size_t n, pm_lex_match *m)
{
	const pm_lex_sect *sec = section_of(q);
	hit hits[MAX_HITS];
	size_t nh;
	if (!sec || !w)
		return false;
	nh = walk(sec, w, n, hits);
	/* the whole key first, then the longest stem */
	while (nh-- > 0)
		if (accept(q, w, n, &hits[nh], true, m)) {
			if (m)
				m->len = n;
			return true;
		}
	return false;
}

bool pm_lex_prefix(const pm_lex_query *q, const char *s, size_t n, pm_lex_match *m)
{
	const pm_lex_sect *sec = section_of(q);
	hit hits[MAX_HITS];
	size_t nh;
	if (!sec || !s)
		return false;
	nh = walk(sec, s, n, hits);
	while (nh-- > 0)
		if (accept(q, s, n, &hits[nh], false, m))
			return true;
	return false;
}

size_t pm_lex_prefixes(const pm_lex_query *q, const char *s, size_t n, pm_lex_match *out, size_t max)
{
	const pm_lex_sect *sec = section_of(q);
	hit hits[MAX_HITS];
	size_t nh, k, found = 0;
	if (!sec || !s)
		return 0;
	nh = walk(sec, s, n, hits);
	for (k = 0; k < nh && found < max; k++)
		if (accept(q, s, n, &hits[k], false, out ? &out[found] : NULL))
			found++;
	return found;
}

bool pm_lex_find(const pm_lex_query *q, const char *s, size_t n, pm_lex_match *m)
{
	const pm_lex_sect *sec = section_of(q);
	size_t i = 0;
	int32_t prev = -1;
	if (!sec || !s)
		return false;
	while (i < n) {
		int32_t c;
		size_t l;
		if ((unsigned char)s[i] < 0x80 && !sec->ascii[fold((unsigned char)s[i], sec->fold)]) {
			/* a run of ASCII that opens no entry (the root has no
			 * branch for it, whatever the boundary says): passed
			 * without the calls below, the character before the next
			 * one kept as the loop would keep it */
			do
				i++;
			while (i < n && (unsigned char)s[i] < 0x80 &&
			       !sec->ascii[fold((unsigned char)s[i], sec->fold)]);
			prev = (unsigned char)s[i - 1];
			continue;
		}
		l = decode((const unsigned char *)s + i, n - i, &c);
		/* none starts with a character the trie's root has no branch
		 * for (for ASCII, the section's table says so without a
		 * search: the rules look for entries in whole blocks); an
		 * entry that opens with a letter starts a word */
		if (root_child(sec, fold(c, sec->fold)) &&
		    ((q->flags & PM_LEX_NO_BOUNDARY) || !alnum(prev) || !alnum(c))) {
			pm_lex_match mm;
			if (pm_lex_prefix(q, s + i, n - i, &mm)) {
				if (m) {
					*m = mm;
					m->start = i;
				}
				return true;
			}
		}
		prev = c;
		i += l;
	}
	return false;
}

bool pm_lex_ascii_opens(pm_lex_section s, unsigned char c)
{
	const pm_lex_sect *sec = (unsigned)s < PM_LEX_NSECTIONS ? &pm_lex_sects[s] : NULL;
	return sec && c < 0x80 && sec->ascii[fold(c, sec->fold)] != 0;
}

bool pm_lex_has(pm_lex_section s, const char *word)
{
	pm_lex_query q = {s, PM_LEX_ALL_LANGS, 0, 0, 0};
	return word && pm_lex_word(&q, word, strlen(word), NULL);
}

/* the length of the frame at p: spaces and ASCII marks of frame, an en
 * or em dash (UTF-8, 3 bytes) */
static size_t frame_len(const char *p)
{
	if (*p && strchr(" \t:-*_[]()", *p))
		return 1;
	if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	    ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94))
		return 3;
	return 0;
}

bool pm_lex_whole_line(pm_lex_section s, const char *t)
{
	pm_lex_query q = {s, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t a = 0, n, k;
	if (!t)
		return false;
	n = strnlen(t, 242);
	if (n > 240)
		return false;
	while ((k = frame_len(t + a)) != 0)
		a += k;
	while (n > a) {
		if (strchr(" \t:-*_[]()", t[n - 1]))
			n--;
		else if (n >= a + 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
		         ((unsigned char)t[n - 1] == 0x93 || (unsigned char)t[n - 1] == 0x94))
			n -= 3;
		else
			break;
	}
	return n > a && pm_lex_word(&q, t + a, n - a, NULL);
}

size_t pm_lex_opens(pm_lex_section s, const char *text)
{
	pm_lex_query q = {s, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	/* an entry is at most 60 characters: 240 bytes and the one after;
	 * never the whole rest, so a scan calling it at every word of a
	 * long block stays linear */
	if (!text || !pm_lex_prefix(&q, text, strnlen(text, 241), &m))
		return 0;
	return m.len;
}

size_t pm_lex_opens_before(const pm_lex_query *q, const char *s, char after)
{
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k;
	if (!s)
		return 0;
	/* an entry is at most 60 characters: 240 bytes and the one after */
	k = pm_lex_prefixes(q, s, strnlen(s, 241), m, PM_LEX_MAX_NESTED);
	while (k-- > 0)
		if (s[m[k].len] == after)
			return m[k].len;
	return 0;
}

size_t pm_lex_ends(const pm_lex_query *q, const char *s, size_t n)
{
	/* an entry is at most 60 characters, 240 bytes: the longest first */
	size_t j = n > 240 ? n - 240 : 0;
	if (!s)
		return 0;
	for (; j < n; j++)
		if (((unsigned char)s[j] & 0xC0) != 0x80 && pm_lex_word(q, s + j, n - j, NULL))
			return n - j;
	return 0;
}

size_t pm_lex_count(pm_lex_section s)
{
	return (unsigned)s < PM_LEX_NSECTIONS ? pm_lex_sects[s].count : 0;
}

bool pm_lex_entry_at(pm_lex_section s, size_t i, pm_lex_entry *e)
{
	if ((unsigned)s >= PM_LEX_NSECTIONS || i >= pm_lex_sects[s].count)
		return false;
	entry_of(&pm_lex_rows[pm_lex_sects[s].first + i], e);
	return true;
}

size_t pm_lex_nlangs(void)
{
	return pm_lex_nlang;
}

const char *pm_lex_lang_code(int id)
{
	return id >= 0 && (size_t)id < pm_lex_nlang ? pm_lex_lang_codes[id] : NULL;
}

int pm_lex_lang_id(const char *code)
{
	size_t i;
	for (i = 0; code && i < pm_lex_nlang; i++)
		if (!strcmp(pm_lex_lang_codes[i], code))
			return (int)i;
	return -1;
}

pm_lex_langs pm_lex_langs_of(const char *code)
{
	int id = pm_lex_lang_id(code);
	if (id < 0)
		return PM_LEX_ALL_LANGS;
	return (UINT32_C(1) << id) | 1u;
}

const char *pm_lex_section_name(pm_lex_section s)
{
	return (unsigned)s < PM_LEX_NSECTIONS ? pm_lex_section_names[s] : NULL;
}

int pm_lex_section_id(const char *name)
{
	int i;
	for (i = 0; name && i < PM_LEX_NSECTIONS; i++)
		if (!strcmp(pm_lex_section_names[i], name))
			return i;
	return -1;
}

bool pm_lex_same(pm_lex_section s, const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
	size_t i = 0, j = 0, n, m;
	int fold;
	if ((unsigned)s >= PM_LEX_NSECTIONS || !a || !b)
		return false;
	fold = pm_lex_sects[s].fold;
	n = strlen(a);
	m = strlen(b);
	while (i < n && j < m) {
		int32_t c, d;
		i += decode(p + i, n - i, &c);
		j += decode(q + j, m - j, &d);
		if (c < 0 || d < 0 || pm_lex_fold_cp(c, fold) != pm_lex_fold_cp(d, fold))
			return false;
	}
	return i == n && j == m;
}
