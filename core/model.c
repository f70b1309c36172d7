/*
 * model.c - the document model that plugins fill through pm_host, and the
 * pass that finishes it (line wraps resolved, hyphenated line ends joined
 * with the whole document as evidence). Every format arrives here in the
 * same shape, so the normaliser is written once.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pm_doc *D(pm_sink *s)
{
	return (pm_doc *)s;
}

void pm_doc_init(pm_doc *d, const pm_limits *lim)
{
	memset(d, 0, sizeof *d);
	d->limits = lim;
	d->properties = json_object();
	d->warnings = json_array();
	pm_buf_init(&d->cur);
	if (!d->properties || !d->warnings)
		d->oom = d->stopped = true;
}

static void block_free(pm_block *b)
{
	size_t i;
	free(b->style);
	free(b->font);
	free(b->text);
	for (i = 0; i < b->ncells; i++)
		free(b->cells[i].text);
	free(b->cells);
	for (i = 0; i < b->nlinks; i++)
		free(b->links[i]);
	free(b->links);
}

void pm_doc_free(pm_doc *d)
{
	size_t i;
	for (i = 0; i < d->nblocks; i++)
		block_free(&d->blocks[i]);
	free(d->blocks);
	block_free(&d->pending);
	json_decref(d->properties);
	json_decref(d->warnings);
	free(d->encoding);
	free(d->fail_message);
	pm_buf_free(&d->cur);
	pm_strmap_free(&d->words);
	memset(d, 0, sizeof *d);
}

void pm_doc_warn(pm_doc *d, const char *code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	size_t i;
	json_t *w;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	for (i = 0; i < json_array_size(d->warnings); i++) {
		json_t *o = json_array_get(d->warnings, i);
		if (!strcmp(pm_json_str(json_object_get(o, "code")), code) &&
		    !strcmp(pm_json_str(json_object_get(o, "message")), msg))
			return;
	}
	w = json_object();
	if (!w)
		return;
	pm_json_set_str(w, "code", code);
	pm_json_set_str(w, "message", msg);
	json_array_append_new(d->warnings, w);
}

static bool grow(pm_doc *d)
{
	pm_block *nb;
	size_t ncap;
	if (d->nblocks < d->cap)
		return true;
	ncap = d->cap ? d->cap * 2 : 32;
	nb = pm_reallocarray(d->blocks, ncap, sizeof *nb);
	if (!nb) {
		d->oom = d->stopped = true;
		return false;
	}
	d->blocks = nb;
	d->cap = ncap;
	return true;
}

/* Flush the text gathered so far into the open block or its open cell. */
static int flush_text(pm_doc *d)
{
	char *t;
	if (d->cur.failed) {
		d->oom = d->stopped = true;
		pm_buf_reset(&d->cur);
		d->cur.failed = false;
		return -1;
	}
	if (d->in_cell) {
		pm_cell *nc = d->pending.cells;
		if (d->pending.ncells == d->pending.cellcap) {
			size_t ncap = d->pending.cellcap ? d->pending.cellcap * 2 : 8;
			nc = pm_reallocarray(d->pending.cells, ncap, sizeof *nc);
			if (!nc) {
				d->oom = d->stopped = true;
				return -1;
			}
			d->pending.cells = nc;
			d->pending.cellcap = ncap;
		}
		t = pm_strndup(d->cur.data ? d->cur.data : "", d->cur.len);
		if (!t) {
			d->oom = d->stopped = true;
			return -1;
		}
		nc[d->pending.ncells].row = d->cur_cell_row;
		nc[d->pending.ncells].col = d->cur_cell_col;
		nc[d->pending.ncells].text = t;
		d->pending.ncells++;
		d->in_cell = false;
	} else if (d->cur.len) {
		free(d->pending.text);
		d->pending.text = pm_strndup(d->cur.data, d->cur.len);
		if (!d->pending.text) {
			d->oom = d->stopped = true;
			return -1;
		}
	}
	pm_buf_reset(&d->cur);
	return 0;
}

static int h_block_end(pm_sink *s)
{
	pm_doc *d = D(s);
	if (!d->open)
		return d->stopped ? -1 : 0;
	d->open = false;
	if (flush_text(d) < 0 || !grow(d)) {
		block_free(&d->pending);
		memset(&d->pending, 0, sizeof d->pending);
		return -1;
	}
	d->blocks[d->nblocks++] = d->pending;
	memset(&d->pending, 0, sizeof d->pending);
	return d->stopped ? -1 : 0;
}

static int h_block_begin(pm_sink *s, const pm_block_info *in)
{
	pm_doc *d = D(s);
	pm_block *b = &d->pending;
	if (d->stopped)
		return -1;
	if (d->open && h_block_end(s) < 0)
		return -1;
	memset(b, 0, sizeof *b);
	b->type = PM_BLOCK_PARAGRAPH;
	if (in && in->size >= offsetof(pm_block_info, x0)) {
		b->type = in->type > 0 && in->type < PM_BLOCK_TYPE_COUNT ? in->type : PM_BLOCK_PARAGRAPH;
		b->level = in->level < 0 ? 0 : in->level > 9 ? 9 : in->level;
		b->role = in->role;
		b->page = in->page < 0 ? 0 : in->page;
		b->font_size = in->font_size > 0 && in->font_size < 10000 ? in->font_size : 0;
		b->flags = in->flags;
		if (in->style) {
			pm_buf t;
			pm_buf_init(&t);
			pm_utf8_sanitize(&t, in->style, strnlen(in->style, 256));
			b->style = pm_buf_steal(&t);
		}
		/* fields added later are read only when the plugin's struct
		 * has them (its size says how far it goes) */
		if (PM_INFO_HAS(in->size, pm_block_info, y1)) {
			b->x0 = in->x0;
			b->y0 = in->y0;
			b->x1 = in->x1;
			b->y1 = in->y1;
		}
		if (PM_INFO_HAS(in->size, pm_block_info, layout))
			b->layout = in->layout & (PM_BL_TOP_BAND | PM_BL_BOTTOM_BAND | PM_BL_REPEATED | PM_BL_ALONE |
			                          PM_BL_SIDE);
		if (PM_INFO_HAS(in->size, pm_block_info, font) && in->font) {
			pm_buf t;
			pm_buf_init(&t);
			pm_utf8_sanitize(&t, in->font, strnlen(in->font, 128));
			b->font = pm_buf_steal(&t);
		}
	}
	d->open = true;
	pm_buf_reset(&d->cur);
	return 0;
}

static int ensure_open(pm_sink *s)
{
	pm_doc *d = D(s);
	if (!d->open)
		return h_block_begin(s, NULL);
	return 0;
}

static int h_text(pm_sink *s, const char *t, size_t n)
{
	pm_doc *d = D(s);
	if (d->stopped)
		return -1;
	if (!t)
		return 0;
	if (ensure_open(s) < 0)
		return -1;
	if (d->limits && d->limits->max_text_bytes &&
	    d->text_bytes + n > d->limits->max_text_bytes) {
		pm_doc_warn(d, "limit.text", "text truncated at %llu bytes (limit max_text_bytes)",
		            (unsigned long long)d->limits->max_text_bytes);
		d->stopped = true;
		return -1;
	}
	d->text_bytes += n;
	d->invalid_utf8 += pm_utf8_sanitize(&d->cur, t, n);
	if (d->cur.failed) {
		d->oom = d->stopped = true;
		return -1;
	}
	return 0;
}

static int h_line_end(pm_sink *s, int kind)
{
	pm_doc *d = D(s);
	if (d->stopped)
		return -1;
	if (!d->open)
		return 0;
	pm_buf_addc(&d->cur, kind == PM_LINE_BREAK ? PM_MARK_BREAK : PM_MARK_WRAP);
	return d->cur.failed ? -1 : 0;
}

static int h_cell(pm_sink *s, int new_row)
{
	pm_doc *d = D(s);
	if (d->stopped)
		return -1;
	if (ensure_open(s) < 0)
		return -1;
	if (d->in_cell && flush_text(d) < 0)
		return -1;
	if (!d->in_cell && d->cur.len) {
		/* text before the first cell: keep it as a cell of its own */
		d->in_cell = true;
		if (flush_text(d) < 0)
			return -1;
	}
	if (new_row || d->pending.ncells == 0) {
		d->cur_cell_row = d->pending.ncells ? d->cur_cell_row + 1 : 0;
		d->cur_cell_col = 0;
	} else {
		d->cur_cell_col++;
	}
	d->in_cell = true;
	return 0;
}

static int h_link(pm_sink *s, const char *url)
{
	pm_doc *d = D(s);
	char **nl;
	pm_buf t;
	if (d->stopped)
		return -1;
	if (!url || !*url || ensure_open(s) < 0)
		return 0;
	if (d->pending.nlinks >= 256)
		return 0;
	nl = pm_reallocarray(d->pending.links, d->pending.nlinks + 1, sizeof *nl);
	if (!nl)
		return -1;
	d->pending.links = nl;
	pm_buf_init(&t);
	pm_utf8_sanitize(&t, url, strnlen(url, 4096));
	nl[d->pending.nlinks] = pm_buf_steal(&t);
	if (nl[d->pending.nlinks])
		d->pending.nlinks++;
	return 0;
}

static int h_property(pm_sink *s, const char *key, const char *value)
{
	static const char *const keys[] = {"title", "author", "subject", "keywords", "created",
	                                   "modified", "producer", "creator", "language", "date", NULL};
	pm_doc *d = D(s);
	char *clean;
	pm_buf t;
	if (!key || !value)
		return 0;
	if (!pm_str_in(key, keys))
		return 0;
	pm_buf_init(&t);
	pm_utf8_sanitize(&t, value, strnlen(value, 65536));
	if (!t.data) {
		pm_buf_free(&t);
		return 0;
	}
	clean = pm_text_flatten(t.data);
	pm_buf_free(&t);
	if (clean && *clean)
		json_object_set_new(d->properties, key, json_string(clean));
	free(clean);
	return 0;
}

static int h_pages(pm_sink *s, int pages)
{
	if (pages >= 0)
		D(s)->pages = pages;
	return 0;
}

static int h_encoding(pm_sink *s, const char *cs)
{
	pm_doc *d = D(s);
	free(d->encoding);
	d->encoding = pm_strndup(cs, cs ? strnlen(cs, 64) : 0);
	return 0;
}

static int h_warn(pm_sink *s, const char *code, const char *msg)
{
	pm_buf c, m;
	pm_buf_init(&c);
	pm_buf_init(&m);
	pm_utf8_sanitize(&c, code ? code : "plugin.warning", code ? strnlen(code, 64) : 14);
	pm_utf8_sanitize(&m, msg ? msg : "", msg ? strnlen(msg, 400) : 0);
	if (c.data && (m.data || !msg))
		pm_doc_warn(D(s), c.data, "%s", m.data ? m.data : "");
	pm_buf_free(&c);
	pm_buf_free(&m);
	return 0;
}

static int h_fail(pm_sink *s, int status, const char *msg)
{
	pm_doc *d = D(s);
	pm_buf m;
	if (status <= PM_OK || status >= PM_STATUS_COUNT)
		status = PM_ERR_CORRUPT;
	d->fail_status = status;
	free(d->fail_message);
	pm_buf_init(&m);
	pm_utf8_sanitize(&m, msg ? msg : "", msg ? strnlen(msg, 400) : 0);
	d->fail_message = pm_buf_steal(&m);
	return 0;
}

static int h_spell(pm_sink *s, const char *lang, const char *word)
{
	pm_doc *d = D(s);
	if (!d->lingua || !lang || !word || !*word || strlen(word) > 100)
		return -1;
	return pm_spell(d->lingua, lang, word);
}

static int h_repaired(pm_sink *s, const char *repair, unsigned long words)
{
	char name[24];
	size_t i = 0;
	/* a name as warning codes spell them, else the plugin's repair */
	for (; repair && repair[i] && i + 1 < sizeof name; i++) {
		char c = repair[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
			break;
		name[i] = c;
	}
	name[i] = '\0';
	if (!i || (repair && repair[i]))
		snprintf(name, sizeof name, "plugin");
	pm_doc_repaired(D(s), name, words);
	return 0;
}

static const pm_host host = {
	.size = sizeof(pm_host),
	.abi = PM_PLUGIN_ABI,
	.limits = NULL,
	.block_begin = h_block_begin,
	.text = h_text,
	.line_end = h_line_end,
	.cell = h_cell,
	.link = h_link,
	.block_end = h_block_end,
	.property = h_property,
	.pages = h_pages,
	.encoding = h_encoding,
	.warn = h_warn,
	.fail = h_fail,
	.spell = h_spell,
	.repaired = h_repaired,
};

const pm_host *pm_doc_host(void)
{
	return &host;
}

pm_block *pm_doc_add(pm_doc *d, int type, const char *text)
{
	pm_block_info in = {.size = sizeof in, .type = type};
	if (h_block_begin((pm_sink *)d, &in) < 0)
		return NULL;
	if (text)
		h_text((pm_sink *)d, text, strlen(text));
	if (h_block_end((pm_sink *)d) < 0 || !d->nblocks)
		return NULL;
	return &d->blocks[d->nblocks - 1];
}

/* ---- finishing: wraps and hyphens ------------------------------------ */

/* A counter of words, to learn from the document itself how it writes a
 * word that a line end split. */
typedef pm_strmap wordset;

static void ws_add(wordset *w, const char *s, size_t n)
{
	size_t *c;
	if (n == 0 || n > 64)
		return;
	c = pm_strmap_add(w, s, n);
	if (c)
		(*c)++;
}

static unsigned ws_get(const wordset *w, const char *s)
{
	size_t *c = pm_strmap_get(w, s, strlen(s));
	return c ? (unsigned)*c : 0;
}

static bool word_byte(const char *p)
{
	unsigned char c = (unsigned char)*p;
	return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') ||
	       c == '-';
}

/* Count every word (lower-cased ASCII-insensitively is not needed: the
 * split forms are compared as written) outside line wraps. */
static void collect_words(wordset *w, const char *t)
{
	const char *p = t, *start;
	while (*p) {
		while (*p && !word_byte(p))
			p++;
		start = p;
		while (*p && word_byte(p))
			p++;
		if (p > start) {
			const char *e = p;
			while (e > start && e[-1] == '-')
				e--;
			if (*p != PM_MARK_WRAP)
				ws_add(w, start, (size_t)(e - start));
		}
	}
}

/* The word (letters and inner hyphens) ending at end, within [s, end). */
static const char *word_start(const char *s, const char *end)
{
	const char *p = end;
	while (p > s && word_byte(p - 1))
		p--;
	return p;
}

static char *lower_copy(const char *s, size_t n)
{
	char *r = pm_strndup(s, n), *f;
	if (!r)
		return NULL;
	f = pm_text_fold(r);
	free(r);
	return f;
}

/* What the document shows of its hyphenation: counted over every split
 * before any is resolved (see hyphen.c, rule 3). */
typedef struct hyph_doc {
	bool counting;
	unsigned proofs;   /* splits that prove typesetter hyphenation */
	unsigned long joins; /* words joined (not while counting) */
} hyph_doc;

static bool prefix_keeps_hyphen(const char *left)
{
	return pm_hyphen_join(NULL, left, "x", 0, 0, NULL) == 0;
}

/* The join rule with the document as evidence (README, "Repairs"): the
 * verdict of pm_hyphen_decide() stands when the document decided it (the
 * joined or hyphenated form written elsewhere) or when the split itself
 * proves typesetter hyphenation; a dictionary word alone joins only in a
 * document that shows such hyphenation elsewhere, and so does an
 * undecided split (unless its left part is a prefix that keeps its
 * hyphen). 1 join, 0 keep. */
static int hyphen_verdict(int d, bool strong, unsigned proofs, const char *left)
{
	if (d == 1 && !strong && !proofs)
		return 0; /* a dictionary word, but this document does not hyphenate */
	if (d < 0)
		return proofs && !prefix_keeps_hyphen(left);
	return d;
}

static char *resolve_wraps(pm_lingua *lingua, const char *t, const wordset *w, const char *lang,
                           hyph_doc *hd)
{
	pm_buf b;
	const char *p;
	pm_buf_init(&b);
	for (p = t; *p; p++) {
		if (*p != PM_MARK_WRAP) {
			pm_buf_addc(&b, *p);
			continue;
		}
		/* Trim spaces before the wrap. */
		while (b.len && b.data[b.len - 1] == ' ')
			b.len--;
		/* A soft hyphen where the line broke: the typesetter split the
		 * word there, so it is one word, and proof of hyphenation. */
		if (b.len >= 2 && (unsigned char)b.data[b.len - 2] == 0xC2 &&
		    (unsigned char)b.data[b.len - 1] == 0xAD) {
			const char *r = p + 1;
			b.len -= 2;
			b.data[b.len] = '\0';
			if (hd->counting)
				hd->proofs++;
			else
				hd->joins++;
			while (*r == ' ')
				r++;
			p = r - 1;
			continue;
		}
		if (b.len >= 2 && b.data[b.len - 1] == '-') {
			const char *lw = word_start(b.data, b.data + b.len - 1);
			const char *r = p + 1, *re;
			int32_t c0 = -1, cl = -1;
			while (*r == ' ')
				r++;
			re = r;
			while (*re && word_byte(re) && *re != '-')
				re++;
			pm_utf8_decode((const unsigned char *)r, strnlen(r, 4), &c0);
			if (lw < b.data + b.len - 1) {
				const unsigned char *q = (const unsigned char *)b.data + b.len - 2;
				while (q > (const unsigned char *)b.data && (*q & 0xC0) == 0x80)
					q--;
				pm_utf8_decode(q, (size_t)((const unsigned char *)b.data + b.len - 1 - q), &cl);
			}
			if (pm_cp_is_letter(cl) && pm_cp_is_lower(c0) && re > r) {
				size_t ll = (size_t)(b.data + b.len - 1 - lw), rl = (size_t)(re - r);
				char *left = pm_strndup(lw, ll), *right = pm_strndup(r, rl);
				char *joined = NULL, *hyph = NULL;
				unsigned js = 0, hs = 0;
				if (left && right) {
					pm_buf jb, hb;
					pm_buf_init(&jb);
					pm_buf_init(&hb);
					pm_buf_adds(&jb, left);
					pm_buf_adds(&jb, right);
					pm_buf_printf(&hb, "%s-%s", left, right);
					joined = pm_buf_steal(&jb);
					hyph = pm_buf_steal(&hb);
					if (joined)
						js = ws_get(w, joined);
					if (hyph)
						hs = ws_get(w, hyph);
					if (joined && !js) {
						/* the joined form capitalised elsewhere */
						char *lj = lower_copy(joined, strlen(joined));
						if (lj)
							js = ws_get(w, lj);
						free(lj);
					}
				}
				if (left && right) {
					bool strong;
					int d = pm_hyphen_decide(lingua, left, right, js, hs, lang, &strong);
					if (hd->counting) {
						hd->proofs += d == 1 && strong;
					} else if (hyphen_verdict(d, strong, hd->proofs, left) == 1) {
						b.len--; /* drop the hyphen: one word */
						hd->joins++;
					}
				}
				free(left);
				free(right);
				free(joined);
				free(hyph);
				p = r - 1;
				continue;
			}
			p = r - 1;
			continue;
		}
		if (b.len && p[1] && p[1] != ' ' && p[1] != PM_MARK_BREAK)
			pm_buf_addc(&b, ' ');
	}
	return pm_buf_steal(&b);
}

static char *finish_text(pm_lingua *lingua, char *t, const wordset *w, const char *lang,
                         hyph_doc *hd)
{
	char *r, *c;
	if (!t)
		return NULL;
	r = strchr(t, PM_MARK_WRAP) ? resolve_wraps(lingua, t, w, lang, hd) : pm_strdup(t);
	if (!r)
		return t;
	c = pm_text_clean(r, true);
	free(r);
	if (!c)
		return t;
	free(t);
	return c;
}

/* The document's language, from a sample of its text, once: it chooses
 * the hunspell dictionary for line-end hyphens. */
static const char *doc_lang(pm_doc *d, pm_lingua *lingua)
{
	pm_buf sample;
	size_t i;
	if (d->lang_done)
		return d->lang;
	d->lang_done = true;
	pm_buf_init(&sample);
	for (i = 0; i < d->nblocks && sample.len < 4000; i++)
		if (d->blocks[i].text) {
			pm_buf_adds(&sample, d->blocks[i].text);
			pm_buf_addc(&sample, ' ');
		}
	if (sample.data)
		d->lang = pm_lang_identify(lingua, sample.data, sample.len);
	pm_buf_free(&sample);
	return d->lang;
}

int pm_doc_hyphen_join(pm_doc *d, pm_lingua *lingua, const char *left, const char *right)
{
	bool strong;
	size_t ll = strlen(left), rl = strlen(right);
	unsigned js = 0, hs = 0;
	pm_buf jb, hb;
	int v;
	pm_buf_init(&jb);
	pm_buf_init(&hb);
	pm_buf_add(&jb, left, ll);
	pm_buf_add(&jb, right, rl);
	pm_buf_add(&hb, left, ll);
	pm_buf_addc(&hb, '-');
	pm_buf_add(&hb, right, rl);
	if (jb.data && hb.data) {
		js = ws_get(&d->words, jb.data);
		hs = ws_get(&d->words, hb.data);
		if (!js) {
			/* the joined form capitalised elsewhere */
			char *lj = lower_copy(jb.data, jb.len);
			if (lj)
				js = ws_get(&d->words, lj);
			free(lj);
		}
	}
	pm_buf_free(&jb);
	pm_buf_free(&hb);
	v = pm_hyphen_decide(lingua, left, right, js, hs, doc_lang(d, lingua), &strong);
	v = hyphen_verdict(v, strong, d->hyphen_proofs, left);
	if (v == 1)
		pm_doc_repaired(d, "hyphen", 1);
	return v;
}

void pm_doc_repaired(pm_doc *d, const char *name, unsigned long n)
{
	size_t i;
	if (!n)
		return;
	for (i = 0; i < d->nrepairs; i++)
		if (!strcmp(d->repairs[i].name, name)) {
			d->repairs[i].count += n;
			return;
		}
	if (d->nrepairs == sizeof d->repairs / sizeof d->repairs[0])
		return;
	snprintf(d->repairs[d->nrepairs].name, sizeof d->repairs[0].name, "%s", name);
	d->repairs[d->nrepairs++].count = n;
}

/* How many words of after are not words of before (as multisets): what
 * a repair of a block changed, counted the same way for every repair. */
static unsigned long words_changed(const char *before, const char *after)
{
	pm_strmap m = {0};
	unsigned long changed = 0;
	const char *p;
	for (int pass = 0; pass < 2; pass++) {
		for (p = pass ? after : before; *p;) {
			size_t l = 0, *c;
			while (*p == ' ' || *p == '\n' || *p == PM_MARK_WRAP || *p == '\t')
				p++;
			while (p[l] && p[l] != ' ' && p[l] != '\n' && p[l] != PM_MARK_WRAP && p[l] != '\t')
				l++;
			if (!l)
				break;
			if (!pass) {
				if ((c = pm_strmap_add(&m, p, l)))
					(*c)++;
			} else if ((c = pm_strmap_get(&m, p, l)) && *c) {
				(*c)--;
			} else {
				changed++;
			}
			p += l;
		}
	}
	pm_strmap_free(&m);
	return changed;
}

/* Replace a block's text by a repair's result (NULL: nothing changed) and
 * count the words it changed under the repair's name. */
static void take_repair(pm_doc *d, char **text, char *r, const char *name)
{
	if (!r)
		return;
	pm_doc_repaired(d, name, words_changed(*text, r));
	free(*text);
	*text = r;
}

/* Arabic that a reader's bidi reordering damaged (arabic.c), step one, on
 * the raw text with its line markers: the evidence, then the repairs that
 * need no dictionary. Only text a plugin put in order from glyph
 * positions (PM_BF_VISUAL_ORDER) is looked at; DOCX and plain text store
 * the logical order and are never repaired. The repair needs strong
 * evidence (PM_ARABIC_MIN_SIGNS signs of the damage, which no correct
 * writing shows); the dictionary step needs, besides, text in Arabic
 * itself, not in another language written in the Arabic script. */
static void arabic_order_signs(pm_doc *d)
{
	size_t i;
	pm_arabic_stats st;
	memset(&st, 0, sizeof st);
	for (i = 0; i < d->nblocks; i++)
		if ((d->blocks[i].flags & PM_BF_VISUAL_ORDER) && d->blocks[i].text)
			pm_arabic_scan(d->blocks[i].text, &st);
	d->arabic = st;
	d->arabic_damaged = pm_arabic_damaged(&st);
	for (i = 0; d->arabic_damaged && i < d->nblocks; i++)
		if (d->blocks[i].flags & PM_BF_VISUAL_ORDER)
			take_repair(d, &d->blocks[i].text, pm_arabic_fix_order(d->blocks[i].text),
			            "arabic_order");
}

/* Step two, on finished text: lam-alef pairs turned round and words cut
 * in two, repaired where the Arabic dictionary agrees. */
static void arabic_order_dictionary(pm_doc *d, pm_lingua *lingua)
{
	size_t i;
	if (!d->arabic_damaged || !pm_arabic_language(&d->arabic))
		return;
	d->arabic_dictionary = pm_arabic_dictionary_fits(lingua, d->blocks, d->nblocks, &d->arabic);
	for (i = 0; d->arabic_dictionary && i < d->nblocks; i++)
		if (d->blocks[i].flags & PM_BF_VISUAL_ORDER)
			take_repair(d, &d->blocks[i].text, pm_arabic_repair(lingua, d->blocks[i].text),
			            "arabic_order");
}

void pm_doc_finish(pm_doc *d, pm_lingua *lingua)
{
	hyph_doc hd = {false, 0, 0};
	size_t i, j;
	bool wraps = false;
	const char *lang = NULL;
	if (d->open)
		h_block_end((pm_sink *)d);
	for (i = 0; i < d->nblocks; i++) {
		pm_block *b = &d->blocks[i];
		if (b->text) {
			collect_words(&d->words, b->text);
			if (strchr(b->text, PM_MARK_WRAP))
				wraps = true;
		}
		for (j = 0; j < b->ncells; j++)
			if (b->cells[j].text)
				collect_words(&d->words, b->cells[j].text);
	}
	/* The dictionary is chosen by the text's language. */
	if (wraps)
		lang = doc_lang(d, lingua);
	/* A right-to-left reordering that turned clusters round shows in the
	 * raw text, line markers and all: put the order back first. */
	arabic_order_signs(d);
	if (wraps) {
		/* first count what the document shows of its hyphenation */
		hyph_doc count = {true, 0, 0};
		for (i = 0; i < d->nblocks; i++) {
			pm_block *b = &d->blocks[i];
			if (b->text && strchr(b->text, PM_MARK_WRAP))
				free(resolve_wraps(lingua, b->text, &d->words, lang, &count));
		}
		hd.proofs = count.proofs;
	}
	d->hyphen_proofs = hd.proofs;
	for (i = 0; i < d->nblocks; i++) {
		pm_block *b = &d->blocks[i];
		b->text = finish_text(lingua, b->text, &d->words, lang, &hd);
		for (j = 0; j < b->ncells; j++)
			b->cells[j].text = finish_text(lingua, b->cells[j].text, &d->words, lang, &hd);
	}
	pm_doc_repaired(d, "hyphen", hd.joins);
	arabic_order_dictionary(d, lingua);
	if (d->invalid_utf8)
		pm_doc_warn(d, "text.invalid_utf8", "%lu invalid UTF-8 sequences replaced by U+FFFD",
		            d->invalid_utf8);
}
