/*
 * structure.c - the structure stage of the normaliser (normalize.c runs it
 * last): the document's tables, links and figures as data, for the
 * record's `tables`, `links` and `images` (record 1.1). Whatever the
 * format, from what the plugins gave the model: table blocks with their
 * cells, each block's links with their text, figure blocks, and caption
 * blocks, which are paired here with the figure or table they belong to;
 * and its footnotes and endnotes (`notes`), which are never body.
 * The body keeps a table's text as one entry, which now also points at
 * its table. Its aside stage, the normaliser's last, lists the page
 * furniture the stages set aside (`furniture`, record 1.2).
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

/* A caption: a format that marks captions says so (Word's Caption
 * style, pandoc's "Table:"), or its words do ("Figure 2 …", "Photo: …",
 * which took it out of the body in the furniture stage). What a layout
 * plugin (PDF, which gives boxes) takes for a caption by its type and
 * size alone is as often a chart's labels or a table's figures: there
 * only the words count. */
static bool is_caption(const pm_block *b)
{
	bool layout;
	if (!b->text || !*b->text)
		return false;
	layout = b->layout || b->x1 > 0 || b->y1 > 0;
	if (b->type == PM_BLOCK_CAPTION)
		return !layout || rule_caption(b->text);
	return b->part == PM_PART_FURNITURE && pm_block_is_content(b->type) && b->type != PM_BLOCK_TABLE &&
	       rule_caption(b->text);
}

static bool has_cells(const pm_block *b)
{
	size_t i;
	for (i = 0; i < b->ncells; i++)
		if (b->cells[i].text && *b->cells[i].text)
			return true;
	return false;
}

/* What a caption can stand beside: the next block in the given
 * direction that holds something, page furniture (running headers,
 * footers, footnotes) passed over. */
static long neighbour(const pm_doc *d, size_t i, int dir)
{
	long j = (long)i + dir;
	for (; j >= 0 && (size_t)j < d->nblocks; j += dir) {
		const pm_block *b = &d->blocks[j];
		if (b->type == PM_BLOCK_PAGE_HEADER || b->type == PM_BLOCK_PAGE_FOOTER ||
		    b->type == PM_BLOCK_FOOTNOTE)
			continue;
		if (b->type == PM_BLOCK_FIGURE || (b->type == PM_BLOCK_TABLE && has_cells(b)) ||
		    (b->text && *b->text))
			return j;
	}
	return -1;
}

static char *flat(const char *s)
{
	char *f = s ? pm_text_flatten(s) : NULL;
	if (f && !*f) {
		free(f);
		f = NULL;
	}
	return f;
}

static void add_table(nz *z, const pm_block *b, const char *caption, size_t bi)
{
	pm_fields *f = z->f;
	pm_table *t;
	size_t i, k;
	int row = -1;
	if (!pm_grow((void **)&f->tables, &f->captables, f->ntables, sizeof *f->tables))
		return;
	t = &f->tables[f->ntables];
	memset(t, 0, sizeof *t);
	t->caption = flat(caption);
	for (i = 0; i < b->ncells; i++) {
		const pm_cell *c = &b->cells[i];
		char *text;
		if (c->row != row || !t->nrows) {
			pm_strv *nr = pm_reallocarray(t->rows, t->nrows + 1, sizeof *nr);
			if (!nr)
				break;
			t->rows = nr;
			memset(&t->rows[t->nrows++], 0, sizeof *nr);
			row = c->row;
			if (t->nrows == 1)
				t->header = c->header;
		}
		text = pm_text_flatten(c->text ? c->text : "");
		if (!text || !pm_strv_add(&t->rows[t->nrows - 1], text))
			break;
	}
	/* the body's entry of this block points at it */
	for (k = 0; k < f->nbody; k++)
		if (f->body[k].block == bi && !strcmp(f->body[k].type, "table"))
			f->body[k].table = (long)f->ntables;
	f->ntables++;
}

static void add_image(nz *z, const char *caption, int page)
{
	pm_fields *f = z->f;
	if (!pm_grow((void **)&f->images, &f->capimages, f->nimages, sizeof *f->images))
		return;
	f->images[f->nimages].caption = flat(caption);
	f->images[f->nimages].page = page;
	f->nimages++;
}

/* A footnote or endnote: the format said so (DOCX's footnotes and
 * endnotes parts, a Markdown note definition "[^1]: ..."); the note's
 * number is not part of what the plugins give. The block at i opens the
 * note; the footnote blocks right after it that continue it (a note of
 * several paragraphs) are joined to it, once. */
static void add_note(nz *z, size_t i)
{
	pm_fields *f = z->f;
	const pm_doc *d = z->doc;
	pm_buf t = {0};
	char *text;
	size_t j;
	for (j = i; j < d->nblocks && d->blocks[j].type == PM_BLOCK_FOOTNOTE &&
	            (j == i || (d->blocks[j].flags & PM_BF_NOTE_CONTINUES));
	     j++) {
		if (!d->blocks[j].text || !*d->blocks[j].text)
			continue;
		if (t.len)
			pm_buf_addc(&t, ' ');
		pm_buf_add(&t, d->blocks[j].text, strlen(d->blocks[j].text));
	}
	text = t.failed ? NULL : flat(t.data);
	pm_buf_free(&t);
	if (!text)
		return;
	if (!pm_grow((void **)&f->notes, &f->capnotes, f->nnotes, sizeof *f->notes)) {
		free(text);
		return;
	}
	f->notes[f->nnotes].text = text;
	f->notes[f->nnotes].page = d->blocks[i].page;
	f->nnotes++;
}

static void add_links(nz *z, const pm_block *b)
{
	pm_fields *f = z->f;
	size_t k;
	for (k = 0; k < b->nlinks; k++) {
		pm_link *l;
		if (!b->links[k] || !pm_grow((void **)&f->links, &f->caplinks, f->nlinks, sizeof *f->links))
			continue;
		l = &f->links[f->nlinks];
		l->url = pm_strdup(b->links[k]);
		l->text = b->link_texts ? flat(b->link_texts[k]) : NULL;
		if (!l->url) {
			free(l->text);
			continue;
		}
		f->nlinks++;
	}
}

void stage_structure(nz *z)
{
	pm_doc *d = z->doc;
	/* per block: the caption (index) given to it, or the figure or table
	 * (index) a caption went to; -1 none */
	long *cap_of, *owner;
	size_t i;
	cap_of = pm_calloc(d->nblocks + 1, sizeof *cap_of);
	owner = pm_calloc(d->nblocks + 1, sizeof *owner);
	if (!cap_of || !owner) {
		free(cap_of);
		free(owner);
		d->oom = true;
		return;
	}
	for (i = 0; i < d->nblocks; i++)
		cap_of[i] = owner[i] = -1;
	/* Which caption goes with which figure or table: the placement Word's
	 * "Insert Caption" and the style guides (APA, Chicago) give, figure
	 * captions below the figure and table titles above the table. A
	 * caption is its figure's when a figure stands right above it, else
	 * the table's right below it, else the table's right above it, else
	 * the figure's right below it; a caption beside neither is a figure's
	 * whose picture the format did not give (an anchored or floating
	 * drawing, a PDF's image), an image of its own. */
	for (i = 0; i < d->nblocks; i++) {
		long prev, next, to = -1;
		if (!is_caption(&d->blocks[i]))
			continue;
		prev = neighbour(d, i, -1);
		next = neighbour(d, i, 1);
		if (prev >= 0 && d->blocks[prev].type == PM_BLOCK_FIGURE && cap_of[prev] < 0)
			to = prev;
		else if (next >= 0 && d->blocks[next].type == PM_BLOCK_TABLE && cap_of[next] < 0)
			to = next;
		else if (prev >= 0 && d->blocks[prev].type == PM_BLOCK_TABLE && cap_of[prev] < 0)
			to = prev;
		else if (next >= 0 && d->blocks[next].type == PM_BLOCK_FIGURE && cap_of[next] < 0)
			to = next;
		if (to >= 0) {
			cap_of[to] = (long)i;
			owner[i] = to;
		}
	}
	for (i = 0; i < d->nblocks; i++) {
		const pm_block *b = &d->blocks[i];
		add_links(z, b);
		if (b->type == PM_BLOCK_TABLE && b->part != PM_PART_JUNK && has_cells(b)) {
			add_table(z, b, cap_of[i] >= 0 ? d->blocks[cap_of[i]].text : NULL, i);
		} else if (b->type == PM_BLOCK_FIGURE) {
			/* a caption paragraph, else the one the format attached */
			const pm_block *c = cap_of[i] >= 0 ? &d->blocks[cap_of[i]] : NULL;
			add_image(z, c ? c->text : b->text, c && c->page ? c->page : b->page);
		} else if (is_caption(b) && owner[i] < 0) {
			add_image(z, b->text, b->page);
		} else if (b->type == PM_BLOCK_FOOTNOTE &&
		           !((b->flags & PM_BF_NOTE_CONTINUES) && i && d->blocks[i - 1].type == PM_BLOCK_FOOTNOTE)) {
			add_note(z, i);
		}
	}
	free(cap_of);
	free(owner);
}

/* ---- furniture (record 1.2) ------------------------------------------- */

/* Convention furniture.listed: the text the document prints that the
 * body leaves out as the page's rather than the release's - running
 * headers and footers, page numbers, a browser's print header, a
 * one-page footer, the letterhead, captions and chart labels no figure
 * took, a box of contact lines beside the text, works cited closing it -
 * is listed in the record's furniture[], in document order, with its
 * kind and page, so that no text of the document is lost: what the rule
 * that set it aside took it for (pm_block.aside), else what the plugin
 * said (a page header or footer part, a caption set small, the PDF's
 * margin). Text another field holds is not listed again: notes,
 * captions of images and tables, tables, a rubric gone to tags, a
 * closing reference line that is the record's reference. */
static const char *plugin_furniture_kind(const pm_block *b)
{
	if (b->type == PM_BLOCK_PAGE_HEADER || b->type == PM_BLOCK_PAGE_FOOTER) {
		if (rule_page_number(b->text))
			return "page_number";
		if (b->layout & PM_BL_MARGIN)
			return "margin";
		return b->type == PM_BLOCK_PAGE_HEADER ? "header" : "footer";
	}
	return b->type == PM_BLOCK_CAPTION ? "caption" : "other";
}

/* Whether text t is s, but for stops and blanks after it. */
static bool same_but_stops(const char *t, const char *s)
{
	size_t n = strlen(s);
	if (strncmp(t, s, n))
		return false;
	for (t += n; *t == ' ' || *t == '.'; t++)
		;
	return !*t;
}

void stage_aside(nz *z)
{
	pm_fields *f = z->f;
	const pm_doc *d = z->doc;
	size_t i;
	for (i = 0; i < d->nblocks; i++) {
		const pm_block *b = &d->blocks[i];
		const char *kind;
		char *text;
		if ((b->part != PM_PART_FURNITURE && b->part != PM_PART_LETTERHEAD) || !b->text ||
		    b->type == PM_BLOCK_FOOTNOTE || b->type == PM_BLOCK_FIGURE || (b->aside && !*b->aside) ||
		    (b->type == PM_BLOCK_TABLE && has_cells(b)) || is_caption(b))
			continue;
		kind = b->aside ? b->aside : b->part == PM_PART_LETTERHEAD ? "letterhead" : plugin_furniture_kind(b);
		if (!(text = flat(b->text)))
			continue;
		/* a closing reference line the record's reference holds */
		if (f->reference && same_but_stops(text, f->reference)) {
			free(text);
			continue;
		}
		if (!pm_grow((void **)&f->furniture, &f->capfurniture, f->nfurniture, sizeof *f->furniture)) {
			free(text);
			return;
		}
		f->furniture[f->nfurniture].text = text;
		f->furniture[f->nfurniture].kind = kind;
		f->furniture[f->nfurniture].page = b->page;
		f->nfurniture++;
	}
}
