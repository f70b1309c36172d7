/*
 * tagged.c - the structure tree of a tagged PDF as evidence for the
 * layout (pdf.c calls pdft_mark_untagged before pdfl_analyse): which lines
 * of a page lie outside the tree, where a tagging producer (Word,
 * LibreOffice's tagged export, InDesign) puts its running headers, footers
 * and page numbers as Artifacts. layout.c's footer_by_artifact
 * (convention layout.tagged_artifact) makes furniture of those at a page's
 * foot.
 *
 * poppler-glib gives the text of a marked-content element only by
 * interpreting its whole page again (one pass per element), so the tree is
 * read only where that stays cheap: releases of one or two pages with few
 * elements. A page is trusted only when the tree holds nearly all of the
 * text its lines hold (a producer that tags nothing, or tags by fragments
 * in another order, is left alone).
 */
#include "tagged.h"

#include <stdlib.h>
#include <string.h>

/* Pages read at most: the one-page release is where no repetition shows a
 * footer; longer documents have the repetition rules. */
#define TAGGED_MAX_PAGES 2
/* Marked-content elements read at most (each costs a page's interpretation). */
#define TAGGED_MAX_CONTENT 120
/* Elements walked at most, and depth: a hostile tree stops the walk. */
#define TAGGED_MAX_ELEMENTS 4000
#define TAGGED_MAX_DEPTH 48
/* The share of the text of the lines inside the tree's span on a page that
 * the tree must hold, and of all the page's letters and digits. */
#define TAGGED_MIN_COVER 0.95
#define TAGGED_MIN_SHARE 0.6

typedef struct walk {
	PopplerStructureElement **content;
	size_t n, cap, seen;
	int npages;
	bool bad;
} walk;

static void collect(PopplerStructureElementIter *it, walk *w, int depth)
{
	if (depth > TAGGED_MAX_DEPTH) {
		w->bad = true;
		return;
	}
	do {
		PopplerStructureElement *e = poppler_structure_element_iter_get_element(it);
		if (!e)
			continue;
		if (++w->seen > TAGGED_MAX_ELEMENTS) {
			w->bad = true;
			g_object_unref(e);
			return;
		}
		if (poppler_structure_element_is_content(e)) {
			int pg = poppler_structure_element_get_page(e);
			/* an element without its page would be looked for on
			 * every page of the document */
			if (pg < 0 || pg >= w->npages || w->n == TAGGED_MAX_CONTENT) {
				w->bad = true;
				g_object_unref(e);
				return;
			}
			if (w->n == w->cap) {
				size_t cap = w->cap ? w->cap * 2 : 32;
				PopplerStructureElement **nc = realloc(w->content, cap * sizeof *nc);
				if (!nc) {
					w->bad = true;
					g_object_unref(e);
					return;
				}
				w->content = nc;
				w->cap = cap;
			}
			w->content[w->n++] = e;
			continue;
		}
		{
			PopplerStructureElementIter *c = poppler_structure_element_iter_get_child(it);
			if (c) {
				collect(c, w, depth + 1);
				poppler_structure_element_iter_free(c);
			}
		}
		g_object_unref(e);
	} while (!w->bad && poppler_structure_element_iter_next(it));
}

/* poppler-glib 22 hands the text of a marked-content element over as if
 * its UTF-8 bytes were PDFDocEncoding ("–", E2 80 93, comes back as
 * "â•ﬁ"): each character is turned back into its byte, and the bytes are
 * read as UTF-8. Where that does not give UTF-8 (a poppler that converts
 * correctly), the text is kept as given. */
static const gunichar pdfdoc_80[33] = {
	0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212,
	0x2030, 0x201E, 0x201C, 0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141,
	0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0, 0x20AC,
};

static char *undo_pdfdoc(const char *t)
{
	GString *b;
	const char *p;
	if (!t || !g_utf8_validate(t, -1, NULL))
		return NULL;
	b = g_string_sized_new(strlen(t));
	for (p = t; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		int k, byte = -1;
		if (c < 0x80 || (c > 0xA0 && c <= 0xFF))
			byte = (int)c;
		for (k = 0; byte < 0 && k < 33; k++)
			if (pdfdoc_80[k] && pdfdoc_80[k] == c)
				byte = 0x80 + k;
		if (byte < 0)
			break;
		g_string_append_c(b, (char)byte);
	}
	if (*p || !g_utf8_validate(b->str, (gssize)b->len, NULL)) {
		g_string_free(b, TRUE);
		return g_strdup(t);
	}
	return g_string_free(b, FALSE);
}

/* Latin letters and digits only (after compatibility decomposition, so
 * that a ligature "ﬂ" is "fl"), lower-cased: the tree's text and the
 * lines' differ in spaces, line-end hyphens and the layout's marks, and
 * where poppler's text of an element is beyond repair (a character whose
 * UTF-8 bytes hold one PDFDocEncoding leaves undefined comes back as
 * U+FFFD: Cyrillic "П") only the letters outside ASCII are lost. A line of
 * another script has no key and is neither held nor not held. */
static void append_key(GString *k, const char *t)
{
	char *n;
	const char *p;
	if (!t || !g_utf8_validate(t, -1, NULL))
		return;
	n = g_utf8_normalize(t, -1, G_NORMALIZE_ALL);
	for (p = n ? n : t; *p; p++)
		if ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z'))
			g_string_append_c(k, *p);
		else if (*p >= 'A' && *p <= 'Z')
			g_string_append_c(k, (char)(*p - 'A' + 'a'));
	g_free(n);
}

/* Whether a page's lowest line stands apart in its lower quarter (a blank
 * of one and a half of its heights or more above it), in type no larger
 * than the rest: where a footer could be. Reading the tree costs a pass
 * over the page per element (nine times the whole conversion of a
 * one-page release), so it is read only for a page that has such a line,
 * a browser's margin lines aside. */
static bool foot_apart(const pdfl_doc *d, const pdfl_page *p)
{
	const pdfl_line *low = NULL;
	double above = 0;
	size_t i;
	double size = 0;
	for (i = p->first; i < p->first + p->n; i++)
		if (d->lines[i].size > size && d->lines[i].y0 < p->h * 0.94)
			size = d->lines[i].size;
	/* below the text area (the bottom 6%), in smaller type than all of
	 * it: what a browser prints in the margin, which mark_furniture takes
	 * already */
	for (i = p->first; i < p->first + p->n; i++) {
		const pdfl_line *l = &d->lines[i];
		if (l->y0 >= p->h * 0.94 && l->size < size * 0.92)
			continue;
		if (!low || l->y0 > low->y0)
			low = l;
	}
	if (!low || low->y0 < p->h * 0.75)
		return false;
	for (i = p->first; i < p->first + p->n; i++) {
		const pdfl_line *l = &d->lines[i];
		if (l != low && l->y1 <= low->y0 + 0.5 && l->y1 > above)
			above = l->y1;
	}
	return above > 0 && low->y0 - above >= 1.5 * (low->y1 - low->y0);
}

void pdft_mark_untagged(PopplerDocument *doc, pdfl_doc *d)
{
	PopplerStructureElementIter *it;
	walk w;
	GString **tree;
	GString *key;
	unsigned char *held; /* per line: 0 no letters, 1 in the tree, 2 not */
	size_t i, pg;
	bool foot = false;
	if (d->npages == 0 || d->npages > TAGGED_MAX_PAGES || d->oom)
		return;
	for (pg = 0; pg < d->npages; pg++)
		foot = foot || foot_apart(d, &d->pages[pg]);
	if (!foot)
		return;
	it = poppler_structure_element_iter_new(doc);
	if (!it)
		return;
	memset(&w, 0, sizeof w);
	w.npages = (int)d->npages;
	collect(it, &w, 0);
	poppler_structure_element_iter_free(it);
	tree = w.bad || !w.n ? NULL : calloc(d->npages, sizeof *tree);
	if (tree) {
		for (pg = 0; pg < d->npages; pg++)
			tree[pg] = g_string_new(NULL);
		for (i = 0; i < w.n; i++) {
			gchar *t = poppler_structure_element_get_text(w.content[i], POPPLER_STRUCTURE_GET_TEXT_NONE);
			char *u = undo_pdfdoc(t);
			append_key(tree[poppler_structure_element_get_page(w.content[i])], u);
			free(u);
			g_free(t);
		}
	}
	for (i = 0; i < w.n; i++)
		g_object_unref(w.content[i]);
	free(w.content);
	if (!tree)
		return;
	key = g_string_new(NULL);
	held = calloc(d->n ? d->n : 1, sizeof *held);
	for (pg = 0; held && pg < d->npages; pg++) {
		pdfl_page *p = &d->pages[pg];
		size_t all = 0, in = 0, span_all = 0, span_in = 0;
		double top = p->h, bottom = 0;
		for (i = p->first; i < p->first + p->n; i++) {
			const pdfl_line *l = &d->lines[i];
			g_string_truncate(key, 0);
			append_key(key, l->text);
			held[i] = key->len ? (strstr(tree[pg]->str, key->str) ? 1 : 2) : 0;
			all += key->len;
			if (held[i] == 1) {
				in += key->len;
				top = l->y0 < top ? l->y0 : top;
				bottom = l->y1 > bottom ? l->y1 : bottom;
			}
		}
		/* within the part of the page the tree holds, it must hold
		 * (nearly) everything: the lines it lacks are then the
		 * producer's Artifacts at the page's edges, not its lapses */
		for (i = p->first; i < p->first + p->n; i++) {
			const pdfl_line *l = &d->lines[i];
			if (held[i] && l->y0 >= top && l->y1 <= bottom) {
				size_t k = strlen(l->text);
				span_all += k;
				span_in += held[i] == 1 ? k : 0;
			}
		}
		if (!all || in < all * TAGGED_MIN_SHARE || span_in < span_all * TAGGED_MIN_COVER)
			continue;
		p->tagged = true;
		for (i = p->first; i < p->first + p->n; i++)
			d->lines[i].untagged = held[i] == 2;
	}
	free(held);
	g_string_free(key, TRUE);
	for (pg = 0; pg < d->npages; pg++)
		g_string_free(tree[pg], TRUE);
	free(tree);
}
