/*
 * altchunk.c - convention docx.alt_chunk: a w:altChunk in the body names
 * (through an aFChunk relationship) another part of the package that Word
 * converts and merges where the element stands. CMSs and HTML-to-DOCX
 * generators write whole sections this way (often the About text). body.c
 * calls docx_alt_chunk at the element; this file reads the part:
 *   - HTML/XHTML with libxml2's HTML parser (no network, no external
 *     entities, errors quiet) into paragraphs, headings (h1-h6), list
 *     items (li, depth by ul/ol), line breaks (br) and simple tables;
 *     script, style, head and the like are skipped;
 *   - plain text, one paragraph per line;
 *   - RTF, MHT and nested documents are not read: a warning says so.
 * The target is never trusted: it is resolved to a part name inside the
 * package (nothing ever reaches the file system); one whose ".." climbs
 * above the package root, or that is external, is refused; the part must
 * exist, be under CHUNK_CAP bytes, and be neither the story being read
 * nor a part already merged (cycles, repeats).
 */
#include "docx.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CHUNK_CAP (4u << 20)   /* bytes of one chunk */
#define MAX_HTML_DEPTH 200     /* elements nested in a chunk, walked */
#define MAX_LINKS 16           /* links kept per block */

typedef struct walker {
	docx_ctx *x;
	docx_story_env *env;
	pm_buf text;
	int type, level;
	int list_depth;
	char *links[MAX_LINKS];
	char *link_text[MAX_LINKS];
	int nlinks;
	bool header_row;       /* the table row being read is its header row */
} walker;

static void warn(docx_ctx *x, const char *msg)
{
	pm_host_warn(x->host, x->sink, "docx.alt_chunk", PM_EFFECT_PARTIAL, msg);
}

static bool html_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Append text with HTML's white space collapsed to single spaces. */
static void add_collapsed(pm_buf *b, const char *t, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		if (html_space(t[i])) {
			if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n')
				pm_buf_addc(b, ' ');
		} else {
			pm_buf_addc(b, t[i]);
		}
	}
}

/* Give the gathered text to the host, lines trimmed, line breaks kept. */
static void push_lines(docx_ctx *x, const pm_buf *b)
{
	size_t a = 0, i;
	bool first = true;
	for (i = 0; i <= b->len && !x->stop; i++) {
		size_t s, e;
		if (i < b->len && b->data[i] != '\n')
			continue;
		s = a;
		e = i;
		while (s < e && b->data[s] == ' ')
			s++;
		while (e > s && b->data[e - 1] == ' ')
			e--;
		if (!first)
			docx_cb(x, x->host->line_end(x->sink, PM_LINE_BREAK));
		if (e > s && !x->stop)
			docx_cb(x, x->host->text(x->sink, b->data + s, e - s));
		first = false;
		a = i + 1;
	}
}

/* Trim leading and trailing line breaks, so that a <br> at a block's edge
 * makes no empty line. */
static void trim_breaks(pm_buf *b)
{
	size_t s = 0;
	while (b->len && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n'))
		b->data[--b->len] = '\0';
	while (s < b->len && (b->data[s] == ' ' || b->data[s] == '\n'))
		s++;
	if (s) {
		memmove(b->data, b->data + s, b->len - s + 1);
		b->len -= s;
	}
}

static void push_links(walker *w)
{
	int i;
	for (i = 0; i < w->nlinks && !w->x->stop; i++)
		docx_cb(w->x, pm_host_link_text(w->x->host, w->x->sink, w->links[i], w->link_text[i]));
}

static void free_links(walker *w)
{
	int i;
	for (i = 0; i < w->nlinks; i++) {
		free(w->links[i]);
		free(w->link_text[i]);
	}
	w->nlinks = 0;
}

static void flush(walker *w)
{
	docx_ctx *x = w->x;
	trim_breaks(&w->text);
	if (!x->stop && !w->text.failed && !docx_blank(&w->text)) {
		pm_block_info info;
		memset(&info, 0, sizeof info);
		info.size = sizeof info;
		info.type = w->type ? w->type : PM_BLOCK_PARAGRAPH;
		info.level = w->level;
		if (docx_cb(x, x->host->block_begin(x->sink, &info))) {
			push_lines(x, &w->text);
			push_links(w);
			if (!x->stop)
				docx_cb(x, x->host->block_end(x->sink));
			w->env->emitted++;
		}
	}
	free_links(w);
	pm_buf_reset(&w->text);
	w->text.failed = false;
}

static bool named(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->name && !strcasecmp((const char *)n->name, name);
}

static bool named_any(const xmlNode *n, const char *const *names)
{
	int i;
	for (i = 0; names[i]; i++)
		if (named(n, names[i]))
			return true;
	return false;
}

static bool skipped(const xmlNode *n)
{
	static const char *const names[] = {"script", "style", "head", "title", "noscript", "template",
	                                    "object", "iframe", "svg", "math", NULL};
	return named_any(n, names);
}

static bool block_element(const xmlNode *n)
{
	static const char *const names[] = {"p", "div", "blockquote", "pre", "section", "article", "header",
	                                    "footer", "address", "dt", "dd", "figcaption", "center", "main",
	                                    "aside", "nav", "hr", "dl", "body", "caption", NULL};
	return named_any(n, names);
}

static int heading_level(const xmlNode *n)
{
	const char *nm = (const char *)n->name;
	if (n->type == XML_ELEMENT_NODE && nm && (nm[0] == 'h' || nm[0] == 'H') && nm[1] >= '1' &&
	    nm[1] <= '6' && !nm[2])
		return nm[1] - '0';
	return 0;
}

/* http, https (with their slashes) and mailto addresses. */
static bool web_link(const char *h)
{
	size_t k = !strncasecmp(h, "https:", 6) ? 6 : !strncasecmp(h, "http:", 5) ? 5 : 0;
	return (k && h[k] == '/' && h[k + 1] == '/') || !strncasecmp(h, "mailto:", 7);
}

/* An <a href> whose text runs from `from` to the end of the gathered
 * text: kept (web and mail links only) with that text. */
static void keep_link(walker *w, const xmlNode *n, size_t from)
{
	xmlChar *href = xmlGetProp((xmlNode *)n, (const xmlChar *)"href");
	const char *h = (const char *)href;
	if (h && w->nlinks < MAX_LINKS && web_link(h)) {
		char *url = strdup(h), *t = NULL;
		if (from < w->text.len && w->text.data) {
			size_t a = from, e = w->text.len, k;
			while (a < e && (w->text.data[a] == ' ' || w->text.data[a] == '\n'))
				a++;
			while (e > a && (w->text.data[e - 1] == ' ' || w->text.data[e - 1] == '\n'))
				e--;
			t = e > a ? docx_strndup(w->text.data + a, e - a) : NULL;
			for (k = 0; t && t[k]; k++)
				if (t[k] == '\n')
					t[k] = ' ';
		}
		if (url) {
			w->links[w->nlinks] = url;
			w->link_text[w->nlinks++] = t;
		} else {
			free(t);
		}
	}
	xmlFree(href);
}

static void walk(walker *w, const xmlNode *n, int depth);

/* A table with no table inside and no row over 64 cells: one table
 * block, cell by cell, as body.c gives a w:tbl. */
static bool simple_table(const xmlNode *t, int depth, int *cells)
{
	const xmlNode *c;
	if (depth > 6)
		return false;
	for (c = t->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (named(c, "table") || named(c, "ul") || named(c, "ol"))
			return false;
		if (named(c, "td") || named(c, "th"))
			++*cells;
		if (!simple_table(c, depth + 1, cells))
			return false;
	}
	return *cells <= 4096;
}

/* The text of a cell, gathered flat (a <p> or <br> inside it is a break). */
static void cell_text(walker *w, const xmlNode *n, int depth)
{
	const xmlNode *c;
	if (depth > MAX_HTML_DEPTH)
		return;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content)
				add_collapsed(&w->text, (const char *)c->content, strlen((const char *)c->content));
		} else if (c->type == XML_ELEMENT_NODE && !skipped(c)) {
			bool br = named(c, "br"), blk = block_element(c) || heading_level(c) || named(c, "li");
			size_t from = w->text.len;
			if (blk && w->text.len && w->text.data[w->text.len - 1] != '\n')
				pm_buf_addc(&w->text, '\n');
			if (br)
				pm_buf_addc(&w->text, '\n');
			else
				cell_text(w, c, depth + 1);
			if (named(c, "a"))
				keep_link(w, c, from);
			if (blk && w->text.len && w->text.data[w->text.len - 1] != '\n')
				pm_buf_addc(&w->text, '\n');
		}
	}
}

/* A row of <th> cells only: the table's header row, when it comes first. */
static bool all_th(const xmlNode *tr)
{
	const xmlNode *c;
	bool any = false;
	for (c = tr->children; c; c = c->next) {
		if (named(c, "td"))
			return false;
		any |= named(c, "th");
	}
	return any;
}

static void table_rows(walker *w, const xmlNode *n, bool *first_cell, bool *row_first)
{
	const xmlNode *c;
	docx_ctx *x = w->x;
	for (c = n->children; c && !x->stop; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || skipped(c))
			continue;
		if (named(c, "tr")) {
			*row_first = true;
			w->header_row = *first_cell && all_th(c);
			table_rows(w, c, first_cell, row_first);
		} else if (named(c, "td") || named(c, "th")) {
			int kind = !*row_first ? 0 : w->header_row ? PM_CELL_HEADER_ROW : PM_CELL_NEW_ROW;
			*row_first = false;
			docx_cb(x, x->host->cell(x->sink, kind));
			pm_buf_reset(&w->text);
			cell_text(w, c, 0);
			trim_breaks(&w->text);
			if (!x->stop && !w->text.failed)
				push_lines(x, &w->text);
			push_links(w);
			free_links(w);
			pm_buf_reset(&w->text);
			*first_cell = false;
		} else if (!named(c, "caption")) {
			table_rows(w, c, first_cell, row_first); /* thead, tbody, tfoot */
		}
	}
}

static void table(walker *w, const xmlNode *t, int depth)
{
	docx_ctx *x = w->x;
	int cells = 0;
	pm_block_info info;
	bool first = true, row_first = true;
	if (!simple_table(t, 0, &cells) || cells == 0) {
		walk(w, t, depth + 1); /* cells become paragraphs */
		return;
	}
	memset(&info, 0, sizeof info);
	info.size = sizeof info;
	info.type = PM_BLOCK_TABLE;
	if (!docx_cb(x, x->host->block_begin(x->sink, &info)))
		return;
	table_rows(w, t, &first, &row_first);
	if (!x->stop)
		docx_cb(x, x->host->block_end(x->sink));
	w->env->emitted++;
}

static void walk(walker *w, const xmlNode *n, int depth)
{
	const xmlNode *c;
	if (depth > MAX_HTML_DEPTH)
		return;
	for (c = n->children; c && !w->x->stop; c = c->next) {
		int h;
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content)
				add_collapsed(&w->text, (const char *)c->content, strlen((const char *)c->content));
			continue;
		}
		if (c->type != XML_ELEMENT_NODE || skipped(c))
			continue;
		if (named(c, "br")) {
			pm_buf_addc(&w->text, '\n');
		} else if ((h = heading_level(c))) {
			flush(w);
			w->type = PM_BLOCK_HEADING;
			w->level = h;
			walk(w, c, depth + 1);
			flush(w);
			w->type = PM_BLOCK_PARAGRAPH;
			w->level = 0;
		} else if (named(c, "li")) {
			int t = w->type, l = w->level;
			flush(w);
			w->type = PM_BLOCK_LIST_ITEM;
			w->level = w->list_depth > 0 ? w->list_depth : 1;
			walk(w, c, depth + 1);
			flush(w);
			w->type = t;
			w->level = l;
		} else if (named(c, "ul") || named(c, "ol")) {
			flush(w);
			w->list_depth++;
			walk(w, c, depth + 1);
			w->list_depth--;
			flush(w);
		} else if (named(c, "table")) {
			flush(w);
			table(w, c, depth);
			flush(w);
		} else if (block_element(c)) {
			/* a <p> inside a list item stays the item's */
			if (w->type != PM_BLOCK_LIST_ITEM)
				flush(w);
			else if (w->text.len)
				pm_buf_addc(&w->text, '\n');
			walk(w, c, depth + 1);
			if (w->type != PM_BLOCK_LIST_ITEM)
				flush(w);
		} else {
			size_t from = w->text.len;
			walk(w, c, depth + 1);
			if (named(c, "a"))
				keep_link(w, c, from);
		}
	}
}

static void quiet(void *arg, xmlErrorPtr err)
{
	(void)arg;
	(void)err;
}

static void read_html(walker *w, const pm_buf *b, const char *part)
{
	htmlDocPtr doc;
	xmlNode *root;
	if (b->len > (size_t)INT32_MAX)
		return;
	xmlSetStructuredErrorFunc(NULL, quiet);
	doc = htmlReadMemory(b->data, (int)b->len, part, NULL,
	                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (!doc) {
		warn(w->x, "an imported HTML part (w:altChunk) could not be parsed");
		return;
	}
	root = xmlDocGetRootElement(doc);
	if (root) {
		xmlNode holder;
		memset(&holder, 0, sizeof holder);
		holder.children = root;
		walk(w, &holder, 0);
		flush(w);
	}
	xmlFreeDoc(doc);
}

/* Plain text: one paragraph per line, as Word imports it. Bytes that are
 * no UTF-8 are read as Windows-1252's Latin-1 part. */
static void read_text(walker *w, const pm_buf *b)
{
	const char *s = b->data;
	size_t n = b->len, a = 0, i;
	bool utf8 = pm_utf8_valid(s, n);
	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		a = 3;
	for (i = a; i <= n && !w->x->stop; i++) {
		if (i < n && s[i] != '\n')
			continue;
		if (utf8) {
			add_collapsed(&w->text, s + a, i - a);
		} else {
			size_t k;
			for (k = a; k < i; k++) {
				unsigned char ch = (unsigned char)s[k];
				if (html_space((char)ch))
					add_collapsed(&w->text, " ", 1);
				else
					docx_buf_addcp(&w->text, ch);
			}
		}
		flush(w);
		a = i + 1;
	}
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t sl = strlen(s), xl = strlen(suffix);
	return sl >= xl && !strcasecmp(s + sl - xl, suffix);
}

enum { K_HTML, K_TEXT, K_RTF, K_MHT, K_DOCX, K_OTHER };

static int chunk_kind(const char *target, const pm_buf *b)
{
	const char *d = b->data ? b->data : "";
	size_t i = 0;
	if (b->len >= 5 && !memcmp(d, "{\\rtf", 5))
		return K_RTF;
	if (b->len >= 4 && !memcmp(d, "PK\x03\x04", 4))
		return K_DOCX;
	if (ends_with(target, ".mht") || ends_with(target, ".mhtml") ||
	    (b->len >= 12 && !strncasecmp(d, "MIME-Version", 12)))
		return K_MHT;
	if (ends_with(target, ".htm") || ends_with(target, ".html") || ends_with(target, ".xhtml") ||
	    ends_with(target, ".xht"))
		return K_HTML;
	if (ends_with(target, ".txt"))
		return K_TEXT;
	if (b->len >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < b->len && html_space(d[i]))
		i++;
	if (i < b->len && d[i] == '<')
		return K_HTML;
	return memchr(d, '\0', b->len) ? K_OTHER : K_TEXT;
}

void docx_alt_chunk(docx_ctx *x, docx_story_env *env, const char *part, const char *rid)
{
	const docx_rel *rel = docx_rel_find(env->rels, rid);
	pm_buf b = {0};
	walker w;
	unsigned i;
	int rc, kind;
	uint64_t cap = CHUNK_CAP;
	if (!rel || rel->external || rel->climbs || !rel->target || !*rel->target) {
		warn(x, "an imported part (w:altChunk) names no part of the package: not read");
		return;
	}
	if (!strcasecmp(rel->target, part) || env->nchunks >= DOCX_MAX_CHUNKS) {
		warn(x, "an imported part (w:altChunk) is the document itself or one too many: not read");
		return;
	}
	for (i = 0; i < env->nchunks; i++)
		if (!strcasecmp(env->chunks[i], rel->target)) {
			warn(x, "an imported part (w:altChunk) is merged twice: read once");
			return;
		}
	env->chunks[env->nchunks] = strdup(rel->target);
	if (env->chunks[env->nchunks])
		env->nchunks++;
	if (x->lim && x->lim->max_entry_bytes && x->lim->max_entry_bytes < cap)
		cap = x->lim->max_entry_bytes;
	rc = docx_read_part(x, rel->target, cap, &b);
	if (rc != 1) {
		pm_buf_free(&b);
		if (rc == -2)
			return; /* a fatal limit or damage: x->status says it */
		if (rc == -3) {
			x->inflate_error = false;
			warn(x, "an imported part (w:altChunk) is damaged: not read");
		} else {
			warn(x, rc == 0 ? "an imported part (w:altChunk) is missing from the package: not read"
			                : "an imported part (w:altChunk) is too large: not read");
		}
		return;
	}
	kind = chunk_kind(rel->target, &b);
	memset(&w, 0, sizeof w);
	w.x = x;
	w.env = env;
	w.type = PM_BLOCK_PARAGRAPH;
	if (kind == K_HTML)
		read_html(&w, &b, rel->target);
	else if (kind == K_TEXT)
		read_text(&w, &b);
	else
		warn(x, kind == K_RTF    ? "an imported RTF part (w:altChunk) is not read"
		        : kind == K_MHT  ? "an imported MHT part (w:altChunk) is not read"
		        : kind == K_DOCX ? "an imported document (w:altChunk, a nested .docx) is not read"
		                         : "an imported part (w:altChunk) of unknown kind is not read");
	pm_buf_free(&w.text);
	free_links(&w);
	pm_buf_free(&b);
}
