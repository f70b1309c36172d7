/*
 * model.c - the document model that plugins fill through pm_host. Every
 * format arrives here in the same shape, so the repairs (repair/) and the
 * normaliser (normalize/) are written once. The engine builds one per
 * conversion.
 */
#include "model.h"

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
	pm_buf_init(&d->cur);
	if (!d->properties)
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
	for (i = 0; i < b->nlinks; i++) {
		free(b->links[i]);
		if (b->link_texts)
			free(b->link_texts[i]);
	}
	free(b->links);
	free(b->link_texts);
}

static void figures_after_free(pm_doc *d)
{
	size_t i;
	for (i = 0; i < d->nfigures_after; i++)
		free(d->figures_after[i]);
	free(d->figures_after);
	d->figures_after = NULL;
	d->nfigures_after = 0;
}

void pm_doc_free(pm_doc *d)
{
	size_t i;
	for (i = 0; i < d->nblocks; i++)
		block_free(&d->blocks[i]);
	free(d->blocks);
	block_free(&d->pending);
	figures_after_free(d);
	json_decref(d->properties);
	json_decref(d->ocr);
	for (i = 0; i < d->nwarnings; i++) {
		free(d->warnings[i].code);
		free(d->warnings[i].message);
	}
	free(d->warnings);
	free(d->encoding);
	free(d->fail_message);
	pm_buf_free(&d->cur);
	memset(d, 0, sizeof *d);
}

void pm_doc_warn(pm_doc *d, const char *code, int effect, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	size_t i;
	pm_warning *w;
	pm_buf m;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* the message is kept as the record will print it (invalid UTF-8,
	 * say a character cut by the bound above, replaced), and a repeat is
	 * one whose code and message, as raised, are a kept one's */
	for (i = 0; i < d->nwarnings; i++)
		if (!strcmp(d->warnings[i].code, code) && !strcmp(d->warnings[i].message, msg))
			return;
	if (!pm_grow((void **)&d->warnings, &d->capwarnings, d->nwarnings, sizeof *d->warnings))
		return;
	w = &d->warnings[d->nwarnings];
	pm_buf_init(&m);
	pm_utf8_sanitize(&m, msg, strlen(msg));
	w->code = pm_strdup(code);
	w->message = pm_buf_steal(&m);
	w->effect = effect;
	if (!w->code || !w->message) {
		free(w->code);
		free(w->message);
		return;
	}
	d->nwarnings++;
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
		nc[d->pending.ncells].header = d->cell_header;
		nc[d->pending.ncells].text = t;
		d->pending.ncells++;
		d->ncells++;
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

/* A figure block, its caption taken (NULL: none). */
static int add_figure(pm_doc *d, char *caption)
{
	pm_block *b;
	if (!grow(d)) {
		free(caption);
		return -1;
	}
	b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof *b);
	b->type = PM_BLOCK_FIGURE;
	b->text = caption;
	if (d->nblocks >= 2)
		b->page = d->blocks[d->nblocks - 2].page;
	return 0;
}

/* The figures given while the block just closed was open follow it. */
static int add_figures_after(pm_doc *d)
{
	size_t i;
	int r = 0;
	for (i = 0; i < d->nfigures_after; i++) {
		if (r == 0)
			r = add_figure(d, d->figures_after[i]);
		else
			free(d->figures_after[i]);
		d->figures_after[i] = NULL;
	}
	figures_after_free(d);
	return r;
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
	if (d->nfigures_after && add_figures_after(d) < 0)
		return -1;
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
	if (in && PM_SIZE_HAS(in->size, pm_block_info, style)) {
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
		if (PM_SIZE_HAS(in->size, pm_block_info, y1)) {
			b->x0 = in->x0;
			b->y0 = in->y0;
			b->x1 = in->x1;
			b->y1 = in->y1;
		}
		if (PM_SIZE_HAS(in->size, pm_block_info, layout))
			b->layout = in->layout & (PM_BL_TOP_BAND | PM_BL_BOTTOM_BAND | PM_BL_REPEATED | PM_BL_ALONE |
			                          PM_BL_SIDE | PM_BL_MARGIN);
		if (PM_SIZE_HAS(in->size, pm_block_info, font) && in->font) {
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
		pm_doc_warn(d, "limit.text", PM_EFFECT_PARTIAL, "text truncated at %llu bytes (limit max_text_bytes)",
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
	if (d->ncells >= PM_MAX_CELLS) {
		/* past the bound the text runs on in the open cell */
		pm_doc_warn(d, "limit.tables", PM_EFFECT_PARTIAL,
		            "more than %d table cells: the text of the others is kept in the last one", PM_MAX_CELLS);
		if (d->in_cell)
			pm_buf_addc(&d->cur, ' ');
		return d->cur.failed ? -1 : 0;
	}
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
		d->cell_header = new_row == PM_CELL_HEADER_ROW;
	} else {
		d->cur_cell_col++;
	}
	d->in_cell = true;
	return 0;
}

/* A link of the open block; text NULL when the plugin gave none. Both
 * are the document's own, kept as written (sanitised, bounded), never
 * followed. */
static int add_link(pm_sink *s, const char *url, const char *text)
{
	pm_doc *d = D(s);
	pm_block *b = &d->pending;
	char **nl, **nt, *u, *t = NULL;
	pm_buf buf;
	if (d->stopped)
		return -1;
	if (!url || !*url || ensure_open(s) < 0)
		return 0;
	if (d->nlinks >= PM_MAX_LINKS) {
		pm_doc_warn(d, "limit.links", PM_EFFECT_PARTIAL, "more than %d links: the others are not kept",
		            PM_MAX_LINKS);
		return 0;
	}
	nl = pm_reallocarray(b->links, b->nlinks + 1, sizeof *nl);
	if (!nl)
		return -1;
	b->links = nl;
	nt = pm_reallocarray(b->link_texts, b->nlinks + 1, sizeof *nt);
	if (!nt)
		return -1;
	b->link_texts = nt;
	pm_buf_init(&buf);
	pm_utf8_sanitize(&buf, url, strnlen(url, 4096));
	u = pm_buf_steal(&buf);
	if (!u)
		return 0;
	if (text) {
		pm_buf_init(&buf);
		pm_utf8_sanitize(&buf, text, strnlen(text, 1024));
		t = buf.data ? pm_text_flatten(buf.data) : NULL;
		pm_buf_free(&buf);
	}
	nl[b->nlinks] = u;
	nt[b->nlinks] = t;
	b->nlinks++;
	d->nlinks++;
	return 0;
}

static int h_link(pm_sink *s, const char *url)
{
	return add_link(s, url, NULL);
}

static int h_link_text(pm_sink *s, const char *url, const char *text)
{
	return add_link(s, url, text);
}

static int h_figure(pm_sink *s, const char *caption)
{
	pm_doc *d = D(s);
	char *c = NULL, **nf;
	if (d->stopped)
		return -1;
	if (d->nfigures >= PM_MAX_FIGURES) {
		pm_doc_warn(d, "limit.images", PM_EFFECT_PARTIAL, "more than %d figures: the others are not kept",
		            PM_MAX_FIGURES);
		return 0;
	}
	if (caption) {
		pm_buf buf;
		pm_buf_init(&buf);
		pm_utf8_sanitize(&buf, caption, strnlen(caption, 4096));
		c = buf.data ? pm_text_flatten(buf.data) : NULL;
		pm_buf_free(&buf);
		if (c && !*c) {
			free(c);
			c = NULL;
		}
	}
	d->nfigures++;
	if (!d->open)
		return add_figure(d, c);
	nf = pm_reallocarray(d->figures_after, d->nfigures_after + 1, sizeof *nf);
	if (!nf) {
		free(c);
		d->oom = d->stopped = true;
		return -1;
	}
	d->figures_after = nf;
	nf[d->nfigures_after++] = c;
	return 0;
}

static int h_property(pm_sink *s, const char *key, const char *value)
{
	static const char *const keys[] = {"title", "author", "subject", "keywords", "created",
	                                   "modified", "producer", "creator", "language", "date", "subtitle", NULL};
	/* record 1.1: keys whose value is a list; each call gives one item */
	static const char *const list_keys[] = {"tags", "categories", NULL};
	pm_doc *d = D(s);
	char *clean;
	pm_buf t;
	bool list;
	if (!key || !value)
		return 0;
	list = pm_str_in(key, list_keys);
	if (!list && !pm_str_in(key, keys))
		return 0;
	pm_buf_init(&t);
	pm_utf8_sanitize(&t, value, strnlen(value, 65536));
	if (!t.data) {
		pm_buf_free(&t);
		return 0;
	}
	clean = pm_text_flatten(t.data);
	pm_buf_free(&t);
	if (clean && *clean && !list) {
		json_object_set_new(d->properties, key, json_string(clean));
	} else if (clean && *clean) {
		json_t *items = json_object_get(d->properties, key);
		if (!json_is_array(items)) {
			items = json_array();
			json_object_set_new(d->properties, key, items);
		}
		if (json_array_size(items) < PM_MAX_PROPERTY_ITEMS)
			json_array_append_new(items, json_string(clean));
	}
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

/* The effect of a warning a plugin gave through warn() alone, as plugins
 * built before warn_effect give all of theirs: those that inform without
 * saying that something is missing; the others make the record partial.
 * Plugins that say the effect themselves (warn_effect) are not judged by
 * this list. */
static int plugin_effect(const char *code)
{
	static const char *const info[] = {"docx.tracked_changes", "txt.encoding_guessed",
	                                   "txt.mojibake_repaired", NULL};
	size_t l = strlen(code);
	if (pm_str_in(code, info) || (l > 8 && !strcmp(code + l - 8, ".guessed")))
		return PM_EFFECT_INFO;
	return PM_EFFECT_PARTIAL;
}

/* A plugin's warning; effect -1: judge it by its code. */
static void plugin_warning(pm_sink *s, const char *code, int effect, const char *msg)
{
	pm_buf c, m;
	pm_buf_init(&c);
	pm_buf_init(&m);
	pm_utf8_sanitize(&c, code ? code : "plugin.warning", code ? strnlen(code, 64) : 14);
	pm_utf8_sanitize(&m, msg ? msg : "", msg ? strnlen(msg, 400) : 0);
	if (c.data && (m.data || !msg)) {
		if (effect < 0)
			effect = plugin_effect(c.data);
		pm_doc_warn(D(s), c.data, effect, "%s", m.data ? m.data : "");
	}
	pm_buf_free(&c);
	pm_buf_free(&m);
}

static int h_warn(pm_sink *s, const char *code, const char *msg)
{
	plugin_warning(s, code, -1, msg);
	return 0;
}

static int h_warn_effect(pm_sink *s, const char *code, int effect, const char *msg)
{
	/* a value this core does not know may say more than informing */
	plugin_warning(s, code, effect == PM_EFFECT_INFO ? PM_EFFECT_INFO : PM_EFFECT_PARTIAL, msg);
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
	.warn_effect = h_warn_effect,
	.link_text = h_link_text,
	.figure = h_figure,
	.ocr = NULL, /* the caller's options, set per conversion (engine.c) */
	.ocr_done = pm_host_ocr_done,
	.language = pm_host_language,
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

const char *pm_doc_property(const pm_doc *d, const char *key)
{
	return json_string_value(json_object_get(d->properties, key));
}

void pm_doc_finish(pm_doc *d)
{
	if (d->open)
		h_block_end((pm_sink *)d);
	if (d->invalid_utf8)
		pm_doc_warn(d, "text.invalid_utf8", PM_EFFECT_PARTIAL, "%lu invalid UTF-8 sequences replaced by U+FFFD",
		            d->invalid_utf8);
}

bool pm_block_is_content(int t)
{
	return t == PM_BLOCK_PARAGRAPH || t == PM_BLOCK_HEADING || t == PM_BLOCK_LIST_ITEM ||
	       t == PM_BLOCK_QUOTE || t == PM_BLOCK_TABLE || t == PM_BLOCK_TEXT_BOX;
}

void pm_block_table_text(pm_block *b)
{
	pm_buf t;
	size_t i;
	if (b->type != PM_BLOCK_TABLE || !b->ncells)
		return;
	pm_buf_init(&t);
	if (b->text && *b->text)
		pm_buf_adds(&t, b->text);
	for (i = 0; i < b->ncells; i++) {
		if (!b->cells[i].text || !*b->cells[i].text)
			continue;
		if (t.len)
			pm_buf_addc(&t, ' ');
		pm_buf_adds(&t, b->cells[i].text);
	}
	if (t.data) {
		free(b->text);
		b->text = pm_buf_steal(&t);
	} else {
		pm_buf_free(&t);
	}
}
