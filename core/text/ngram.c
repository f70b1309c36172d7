/*
 * ngram.c - libexttextcat's n-gram classification (textcat_Classify, the
 * version Debian 12 ships, 3.4.5) computed the same way to the byte, but
 * without its per-call costs: lang.c calls it for every document and
 * libexttextcat spent a third of a text conversion there (a string hash
 * per n-gram occurrence, 36-byte heap entries copied, a merge of the
 * fingerprint with each of the 38 models), plus 14 M instructions per
 * process reading the models.
 *
 * What must stay the same, and how it does:
 * - the n-grams: the same preparation of the text (runs of spaces and
 *   digits become one '_', at most len + 1 bytes written, reading on past
 *   len until NUL as libexttextcat does) and the same UTF-8 steps (a lead
 *   byte's high bits give the length, whatever follows);
 * - which 400 n-grams are kept and their ranks: libexttextcat keeps them
 *   with a 400-entry heap fed from its hash table (8,192 buckets,
 *   simplehash, newest first in a bucket), so ties between equal counts
 *   depend on that order. The same order is rebuilt (bucket from the same
 *   hash, insertion order reversed within it) and the same heap run on
 *   (count, index) pairs;
 * - the distance: a model n-gram matched gives |rank difference|, an
 *   unknown one 400, and a model whose sum passes the running threshold
 *   scores INT_MAX (fp_Compare's early exit, equivalent since every term
 *   is >= 0); a model file read as fp_Read reads it (the first of equal
 *   n-grams after the same qsort is the one the merge meets).
 * Where the text ends inside a UTF-8 sequence, libexttextcat's byte
 * comparisons run past the n-gram's end; pm_ngram_classify returns 0 then
 * and lang.c asks libexttextcat itself. tests/unit/test_core_lang.c
 * compares both on generated and corpus-like texts.
 */
#include "text.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <textcat.h>

#define NG_MAX 400          /* MAXNGRAMS, and fp_Read's count in special_textcat_Init */
#define NG_BYTES 20         /* MAXNGRAMSIZE */
#define NG_SYMBOLS 5        /* MAXNGRAMSYMBOL */
#define NG_OUT_OF_PLACE 400 /* MAXOUTOFPLACE */
#define NG_BUCKETS 8192     /* 1 << TABLEPOW */
#define NG_MAX_CANDIDATES 5

/* fp_Read's entry, same layout, so that qsort orders equal n-grams of a
 * model as libexttextcat's does. */
typedef struct {
	int16_t rank;
	char str[NG_BYTES + 1];
} ng_line;

typedef struct {
	uint32_t hash;
	uint32_t first;   /* first (model, rank) pair; UINT32_MAX none */
	char str[NG_BYTES + 1];
	uint8_t len;
	uint16_t seen;    /* 1 + the last model that listed it, while loading */
} ng_known;

typedef struct {
	uint32_t next;
	uint16_t model;
	int16_t rank;
} ng_pair;

struct pm_ngram_models {
	size_t nmodels;
	char **names;
	ng_known *known;   /* open addressing, cap a power of 2 */
	size_t cap, nknown;
	ng_pair *pairs;
	size_t npairs;
};

static uint32_t fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static int signed_cmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a - *b;
}

static int line_cmp(const void *a, const void *b)
{
	return signed_cmp(((const ng_line *)a)->str, ((const ng_line *)b)->str);
}

/* wg_trim: leading and trailing isspace() removed. */
static void trim(char *s)
{
	char *p = s, *w = s, *last = s - 1;
	while (isspace((unsigned char)*p))
		p++;
	while (*p) {
		if (!isspace((unsigned char)*p))
			last = w;
		*w++ = *p++;
	}
	last[1] = '\0';
}

/* fp_Read: up to 400 lines (as fgets reads them into 1,024 bytes, cut
 * at the first CR or LF), each cut at its first space or tab after
 * trimming; longer than 20 bytes is skipped, an empty one counts. The
 * file is read whole rather than through stdio: a process reads 38. */
static int read_model(const char *path, ng_line *out, size_t *n)
{
	FILE *f = fopen(path, "r");
	char *data = NULL, line[1024];
	size_t size = 0, cap = 0, pos = 0, cnt = 0, got;
	if (!f)
		return -1;
	do {
		if (size == cap) {
			char *nd = realloc(data, cap ? cap * 2 : 16384);
			if (!nd) {
				free(data);
				fclose(f);
				return -1;
			}
			data = nd;
			cap = cap ? cap * 2 : 16384;
		}
		got = fread(data + size, 1, cap - size, f);
		size += got;
	} while (got > 0);
	fclose(f);
	while (cnt < NG_MAX && pos < size) {
		size_t end = size - pos > sizeof line - 1 ? pos + sizeof line - 1 : size;
		const char *nl = memchr(data + pos, '\n', end - pos);
		char *p;
		if (nl)
			end = (size_t)(nl - data) + 1;
		memcpy(line, data + pos, end - pos);
		line[end - pos] = '\0';
		pos = end;
		p = strpbrk(line, "\n\r");
		if (p)
			*p = '\0';
		trim(line);
		p = strpbrk(line, " \t");
		if (p)
			*p = '\0';
		if (strlen(line) > NG_BYTES)
			continue;
		strcpy(out[cnt].str, line);
		out[cnt].rank = (int16_t)cnt;
		cnt++;
	}
	free(data);
	*n = cnt;
	return 0;
}

static ng_known *known_slot(const pm_ngram_models *m, const char *s, size_t len, uint32_t h)
{
	size_t i = (h * 0x9E3779B1u) & (m->cap - 1);
	for (;; i = (i + 1) & (m->cap - 1)) {
		ng_known *k = &m->known[i];
		if (!k->len)
			return k;
		if (k->hash == h && k->len == len && !memcmp(k->str, s, len))
			return k;
	}
}

void pm_ngram_free(pm_ngram_models *m)
{
	size_t i;
	if (!m)
		return;
	for (i = 0; i < m->nmodels; i++)
		free(m->names[i]);
	free(m->names);
	free(m->known);
	free(m->pairs);
	free(m);
}

pm_ngram_models *pm_ngram_load(const char *dir, const char *const *names)
{
	pm_ngram_models *m = calloc(1, sizeof *m);
	ng_line *lines = malloc(NG_MAX * sizeof *lines);
	ng_known *slot_of[NG_MAX];
	size_t n = 0, i, j;
	bool dup;
	if (!m || !lines)
		goto fail;
	while (names[n])
		n++;
	m->names = calloc(n ? n : 1, sizeof *m->names);
	m->pairs = malloc((n ? n : 1) * NG_MAX * sizeof *m->pairs);
	m->cap = 1;
	while (m->cap < n * NG_MAX * 2 + 2)
		m->cap <<= 1;
	m->known = calloc(m->cap, sizeof *m->known);
	if (!m->names || !m->pairs || !m->known)
		goto fail;
	for (i = 0; i < m->cap; i++)
		m->known[i].first = UINT32_MAX;
	for (i = 0; i < n; i++) {
		char path[1024];
		size_t cnt;
		/* special_textcat_Init refuses a path longer than 512 bytes */
		if (strlen(dir) + strlen(names[i]) + 3 > 512)
			goto fail;
		snprintf(path, sizeof path, "%s%s.lm", dir, names[i]);
		if (read_model(path, lines, &cnt) < 0)
			goto fail;
		m->names[i] = pm_strdup(names[i]);
		if (!m->names[i])
			goto fail;
		m->nmodels = i + 1;
		/* an empty n-gram never meets one of a text; of equal ones
		 * the merge meets the first after fp_Read's qsort, so a model
		 * that lists one twice is sorted as it sorts (none of
		 * Debian's does: file order is then as good) */
		dup = false;
		for (j = 0; j < cnt; j++) {
			size_t len = strlen(lines[j].str);
			if (!len) {
				slot_of[j] = NULL;
				continue;
			}
			slot_of[j] = known_slot(m, lines[j].str, len, fnv(lines[j].str, len));
			if (!slot_of[j]->len) {
				slot_of[j]->hash = fnv(lines[j].str, len);
				slot_of[j]->len = (uint8_t)len;
				memcpy(slot_of[j]->str, lines[j].str, len + 1);
				m->nknown++;
			}
			if (slot_of[j]->seen == i + 1)
				dup = true;
			slot_of[j]->seen = (uint16_t)(i + 1);
		}
		if (dup) {
			qsort(lines, cnt, sizeof *lines, line_cmp);
			for (j = 0; j < cnt; j++) {
				size_t len = strlen(lines[j].str);
				slot_of[j] = !len || (j && !strcmp(lines[j].str, lines[j - 1].str))
				                 ? NULL
				                 : known_slot(m, lines[j].str, len, fnv(lines[j].str, len));
			}
		}
		for (j = 0; j < cnt; j++) {
			if (!slot_of[j])
				continue;
			m->pairs[m->npairs].model = (uint16_t)i;
			m->pairs[m->npairs].rank = lines[j].rank;
			m->pairs[m->npairs].next = slot_of[j]->first;
			slot_of[j]->first = (uint32_t)m->npairs++;
		}
	}
	free(lines);
	return m;
fail:
	free(lines);
	pm_ngram_free(m);
	return NULL;
}

/* utf8_charcopy's length: a lead byte's high bits, what follows unread
 * (a NUL inside stops it: 0 returned, the caller falls back). */
static size_t symbol_len(const unsigned char *p)
{
	size_t n = 1;
	if (*p & 0x80) {
		unsigned esc = (unsigned char)((*p & 0xF0) << 1);
		n = 0;
		while ((esc & 0x80) && p[n]) {
			esc = (unsigned char)(esc << 1);
			n++;
		}
		if (!p[n])
			return 0;
		n++;
	}
	return n;
}

#define INVALID(c) (isspace((unsigned char)(c)) || isdigit((unsigned char)(c)))

/* prepbuffer: a '_' before each word and after the last; runs of invalid
 * characters dropped; at most bufsize + 1 bytes before the final '_'. */
static size_t prepare(const char *src, size_t bufsize, char *dest)
{
	const char *p = src;
	char *w = dest, *wlimit = dest + bufsize + 1;
	if (!INVALID(*p))
		goto open;
space:
	p++;
	if (INVALID(*p))
		goto space;
open: /* a word starts at p, or the text ends */
	if (!*p)
		goto end;
	*w++ = '_';
	if (w == wlimit)
		goto stop;
word:
	*w++ = *p++;
	if (w == wlimit)
		goto end;
	if (INVALID(*p))
		goto space;
	if (!*p)
		goto stop;
	goto word;
end:
	*w++ = '_';
stop:
	*w = '\0';
	return (size_t)(w - dest);
}

typedef struct {
	uint32_t off, cnt, bucket, hash;
	uint8_t len;
} ng_entry;

/* n-grams are at most 20 bytes: a call to memcmp costs more */
static bool same_bytes(const char *a, const char *b, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

typedef struct {
	uint32_t cnt, idx;
} ng_heap;

/* libexttextcat's heap (fingerprint.c), on (count, index) pairs: the
 * same comparisons give the same moves. */
static void sift_up(ng_heap *h, unsigned child)
{
	unsigned parent = (child - 1) >> 1;
	while (child > 0) {
		ng_heap t;
		if (!(h[parent].cnt > h[child].cnt))
			return;
		t = h[parent];
		h[parent] = h[child];
		h[child] = t;
		child = parent;
		parent = (child - 1) >> 1;
	}
}

static void sift_down(ng_heap *h, unsigned size, unsigned parent)
{
	unsigned child = parent * 2 + 1;
	while (child < size) {
		ng_heap t;
		if (child + 1 < size && h[child].cnt > h[child + 1].cnt)
			child++;
		if (!(h[parent].cnt > h[child].cnt))
			return;
		t = h[parent];
		h[parent] = h[child];
		h[child] = t;
		parent = child;
		child = parent * 2 + 1;
	}
}

static int candidate_cmp(const void *a, const void *b)
{
	return ((const candidate_t *)a)->score - ((const candidate_t *)b)->score;
}

int pm_ngram_classify(const pm_ngram_models *m, const char *text, size_t len, char *out,
                      size_t outsz)
{
	char *buf = NULL;
	uint32_t *slots = NULL, *order = NULL, *start = NULL;
	ng_entry *ents = NULL;
	ng_heap heap[NG_MAX];
	uint32_t ranked[NG_MAX];
	long sums[64];
	candidate_t cand[64];
	size_t blen, cap = 1, nents = 0, maxents, i, size = 0, nkept, cnt;
	const unsigned char *p;
	int ok = 0, minscore = INT_MAX, threshold = INT_MAX;
	if (!m || !m->nmodels || m->nmodels > 64 || !len || outsz < 2)
		return 0;
	buf = malloc(len + 3);
	if (!buf)
		return 0;
	blen = prepare(text, len, buf);
	maxents = blen * NG_SYMBOLS + 1;
	/* grown as n-grams come: a text repeats most of its n-grams, and
	 * clearing a table sized for every occurrence cost more than its
	 * lookups */
	cap = 4096;
	slots = calloc(cap, sizeof *slots);
	ents = malloc(maxents * sizeof *ents);
	start = calloc(NG_BUCKETS + 1, sizeof *start);
	if (!slots || !ents || !start)
		goto out;

	/* utfcreatengramtable: from each symbol, the n-grams of 1 to 5
	 * symbols, stopping after a '_' that is not the first symbol. */
	p = (const unsigned char *)buf;
	for (;;) {
		const unsigned char *q = p;
		uint32_t poly = 0, pw = 1;
		size_t nb = 0, sym;
		for (sym = 1; sym <= NG_SYMBOLS; sym++) {
			size_t d = symbol_len(q), k;
			uint32_t sh, slot;
			ng_entry *e;
			if (!d)
				goto out; /* ends inside a sequence: libexttextcat's own */
			for (k = 0; k < d; k++) {
				poly = poly * 31u + (uint32_t)(int32_t)(signed char)q[k];
				pw *= 31u;
			}
			nb += d;
			/* simplehash: len * 13, then h * 31 + each (signed) byte */
			sh = (uint32_t)sym * 13u * pw + poly;
			if (nents * 2 >= cap) {
				uint32_t *ns = calloc(cap * 2, sizeof *ns);
				size_t r;
				if (!ns)
					goto out;
				free(slots);
				slots = ns;
				cap *= 2;
				for (r = 0; r < nents; r++) {
					uint32_t at = (ents[r].hash * 0x9E3779B1u) & (uint32_t)(cap - 1);
					while (slots[at])
						at = (at + 1) & (uint32_t)(cap - 1);
					slots[at] = (uint32_t)(r + 1);
				}
			}
			slot = (sh * 0x9E3779B1u) & (uint32_t)(cap - 1);
			for (;; slot = (slot + 1) & (uint32_t)(cap - 1)) {
				if (!slots[slot]) {
					e = &ents[nents];
					e->off = (uint32_t)((const char *)p - buf);
					e->len = (uint8_t)nb;
					e->cnt = 1;
					e->hash = sh;
					e->bucket = sh & (NG_BUCKETS - 1);
					slots[slot] = (uint32_t)++nents;
					break;
				}
				e = &ents[slots[slot] - 1];
				if (e->hash == sh && e->len == nb && same_bytes(buf + e->off, (const char *)p, nb)) {
					e->cnt++;
					break;
				}
			}
			if (sym == 1) {
				if (!q[d])
					goto done;
				q += d;
				continue;
			}
			if (*q == '_')
				break;
			q += d;
			if (!*q)
				goto done;
		}
		p += symbol_len(p);
	}
done:
	/* table2heap's order: bucket by bucket, newest first */
	order = malloc(nents * sizeof *order);
	if (!order)
		goto out;
	for (i = 0; i < nents; i++)
		start[ents[i].bucket + 1]++;
	for (i = 0; i < NG_BUCKETS; i++)
		start[i + 1] += start[i];
	for (i = nents; i-- > 0;)
		order[start[ents[i].bucket]++] = (uint32_t)i;
	for (i = 0; i < nents; i++) {
		ng_heap item = {ents[order[i]].cnt, order[i]};
		if (size < NG_MAX) {
			heap[size] = item;
			sift_up(heap, (unsigned)size);
			size++;
		} else if (!(item.cnt < heap[0].cnt)) {
			heap[0] = item;
			sift_down(heap, (unsigned)size, 0);
		}
	}
	/* pulled out backwards: the least frequent gets the last rank */
	nkept = size;
	for (i = nkept; i-- > 0;) {
		ranked[i] = heap[0].idx;
		if (size > 1)
			heap[0] = heap[size - 1];
		sift_down(heap, (unsigned)size, 0);
		size--;
	}

	for (i = 0; i < m->nmodels; i++)
		sums[i] = (long)nkept * NG_OUT_OF_PLACE;
	for (i = 0; i < nkept; i++) {
		const ng_entry *e = &ents[ranked[i]];
		const ng_known *k = known_slot(m, buf + e->off, e->len, fnv(buf + e->off, e->len));
		uint32_t pi;
		if (!k->len)
			continue;
		for (pi = k->first; pi != UINT32_MAX; pi = m->pairs[pi].next) {
			int d = m->pairs[pi].rank - (int)i;
			sums[m->pairs[pi].model] += (d < 0 ? -d : d) - NG_OUT_OF_PLACE;
		}
	}
	/* textcat_ClassifyFull's verdict */
	for (i = 0; i < m->nmodels; i++) {
		int score = sums[i] > threshold ? INT_MAX : (int)sums[i];
		cand[i].score = score;
		cand[i].name = m->names[i];
		if (score < minscore) {
			minscore = score;
			threshold = (int)((double)score * 1.03);
		}
	}
	for (i = 0, cnt = 0; i < m->nmodels; i++)
		if (cand[i].score < threshold) {
			if (++cnt == NG_MAX_CANDIDATES + 1)
				break;
			cand[cnt - 1] = cand[i];
		}
	/* none below the threshold (a best score of 0 makes it 0) is
	 * TEXTCAT_RESULT_UNKNOWN too: textcat_Classify says so */
	if (cnt == 0 || cnt == NG_MAX_CANDIDATES + 1) {
		snprintf(out, outsz, "%s", TEXTCAT_RESULT_UNKNOWN_STR);
	} else {
		size_t w = 0;
		qsort(cand, cnt, sizeof *cand, candidate_cmp);
		out[0] = '\0';
		for (i = 0; i < cnt && w < outsz; i++) {
			int n = snprintf(out + w, outsz - w, "[%s]", cand[i].name);
			if (n < 0)
				break;
			w += (size_t)n;
		}
	}
	ok = 1;
out:
	free(buf);
	free(slots);
	free(ents);
	free(start);
	free(order);
	return ok;
}
