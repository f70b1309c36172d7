/*
 * furniture.c - the furniture and layout stages of the normaliser
 * (normalize.c runs them): the blocks that are the page's, not the
 * release's. The furniture stage, first of all, takes out scraper junk,
 * page numbers, captions, copyright lines, lines repeated like a running
 * header, and the notes whose marks the text carries (they go to the
 * record's notes); the layout stage, once the end mark and the release
 * line are known, takes the letterhead, the boxes beside the text and
 * the one-page footer set small under it that a layout plugin (PDF)
 * placed. Formats without layout never set what the second one reads.
 */
#include "normalize.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A caption the plugin recognised by layout (a credit or a chart's
 * labels set small beside a picture): furniture, as rule_caption's. */
static bool plugin_caption(const pm_block *b)
{
	return b->type == PM_BLOCK_CAPTION;
}

/* A short line printed twice or more, word for word, is a running page
 * header or footer that the extraction kept in the text flow. Its copies
 * are found by hashing, in one pass: a line is furniture when, counting
 * from its first copy that could be furniture, enough copies follow.
 * Where a layout plugin placed the blocks on pages, copies count once per page: a running
 * header is printed once on each page, so a line said nine times on one
 * page (a specimen sheet, a table's repeated label) is the page's text. */
static bool furniture_candidate(const pm_block *a)
{
	if (nz_words(a->text) > 25 || nz_cps(a->text) < 8 || a->type == PM_BLOCK_HEADING)
		return false;
	/* a sentence said twice is the author's choice, not furniture; so is
	 * a paragraph that names its style: formats that have styles give
	 * their page headers apart */
	return !((nz_ends_sentence(a->text) && nz_words(a->text) > 8) || a->style);
}

/* Whether block a is a new copy of its text for the count: always
 * where the format does not place blocks on pages (plain text's pages,
 * from form feeds, may each hold several pages of the original), else
 * when the last copy counted (its page plus one in *last, 0 before the
 * first) is on another page. */
static bool new_copy(const pm_block *a, size_t *last)
{
	if (a->page <= 0 || !(a->x1 > a->x0))
		return true;
	if (*last == (size_t)a->page + 1)
		return false;
	*last = (size_t)a->page + 1;
	return true;
}

/* Convention furniture.repeated.title_kept: the first page's title,
 * set in the largest type on that page (a title's size, beyond the
 * body's), is never a running header, however often its words come
 * back (a paper's title on its cover and again over its first page of
 * text): headers are set small. Only where a layout plugin placed the
 * blocks on pages with their sizes. */
static double first_page_largest(const nz *z)
{
	double big = 0;
	size_t i;
	for (i = 0; i < z->n; i++)
		if (z->b[i]->page == 1 && z->b[i]->x1 > z->b[i]->x0 && z->b[i]->font_size > big)
			big = z->b[i]->font_size;
	return big;
}

static bool first_page_title(const nz *z, const pm_block *a, double largest)
{
	return a->page == 1 && a->x1 > a->x0 && z->body_font > 0 && a->font_size >= 1.15 * z->body_font &&
	       a->font_size >= 0.98 * largest;
}

/* Convention furniture.repeated.most_pages: a running header or footer
 * is printed on most pages, so where a layout plugin placed the blocks
 * on the document's pages, a text said on two of them only is furniture
 * only when two pages are half of the document's or more (a release of
 * two to four pages); in a longer one, two copies are the author's (a
 * title on the cover and over the text, a name cited twice). */
static bool two_copies_are_most(const nz *z, const pm_block *a)
{
	return a->page <= 0 || !(a->x1 > a->x0) || z->doc->pages <= 0 || 2 * 2 >= z->doc->pages;
}

/* Convention furniture.repeated.bands: a running header or footer stands
 * above or below the page's text. Where a layout plugin placed the
 * blocks and told, on a page, which of them stand in its top or bottom
 * band (PM_BL_TOP_BAND, PM_BL_BOTTOM_BAND), a line it set inside the
 * text of that page is the page's, however often it comes back (a
 * specimen sheet's sample sentence under each table, a form's label
 * under each section); the plugin's own running lines (PM_BL_REPEATED)
 * stay furniture. Per page (1-based, up to *max): whether it has a band. */
static bool *banded_pages(const nz *z, size_t *max)
{
	size_t i;
	bool *out;
	*max = 0;
	for (i = 0; i < z->n; i++)
		if (z->b[i]->page > 0 && (size_t)z->b[i]->page > *max &&
		    (z->b[i]->layout & (PM_BL_TOP_BAND | PM_BL_BOTTOM_BAND)))
			*max = (size_t)z->b[i]->page;
	if (!*max || !(out = pm_calloc(*max + 1, sizeof *out)))
		return NULL;
	for (i = 0; i < z->n; i++)
		if (z->b[i]->page > 0 && (z->b[i]->layout & (PM_BL_TOP_BAND | PM_BL_BOTTOM_BAND)))
			out[z->b[i]->page] = true;
	return out;
}

static bool inside_banded_page(const pm_block *a, const bool *banded, size_t max)
{
	return banded && a->page > 0 && (size_t)a->page <= max && banded[a->page] && a->x1 > a->x0 &&
	       !(a->layout & (PM_BL_TOP_BAND | PM_BL_BOTTOM_BAND | PM_BL_REPEATED));
}

/* The kind of furniture a running line is (record 1.2's furniture[]):
 * a header or a footer where a layout plugin put it in the band above
 * or below the page's text, else a running line of unknown place. */
static const char *running_kind(const pm_block *a)
{
	return (a->layout & PM_BL_TOP_BAND) ? "header" : (a->layout & PM_BL_BOTTOM_BAND) ? "footer" : "running";
}

static void repeated_furniture(nz *z)
{
	double largest = first_page_largest(z);
	size_t max_banded;
	bool *banded = banded_pages(z, &max_banded);
	/* per text: how many copies are still ahead; the page of the last
	 * copy counted, in the first pass and in the second; then, per text
	 * found to be furniture, the position it was found at, plus one */
	pm_strmap ahead = {0}, seen = {0}, passed = {0}, from = {0};
	size_t i;
	for (i = 0; i < z->n; i++)
		if (furniture_candidate(z->b[i]) && (!pm_strmap_add(&ahead, z->b[i]->text, strlen(z->b[i]->text)) ||
		                                     !pm_strmap_add(&seen, z->b[i]->text, strlen(z->b[i]->text)) ||
		                                     !pm_strmap_add(&passed, z->b[i]->text, strlen(z->b[i]->text))))
			goto out;
	for (i = 0; i < z->n; i++) {
		size_t len = strlen(z->b[i]->text), *c = pm_strmap_get(&ahead, z->b[i]->text, len);
		if (c && new_copy(z->b[i], pm_strmap_get(&seen, z->b[i]->text, len)))
			(*c)++;
	}
	for (i = 0; i < z->n; i++) {
		pm_block *a = z->b[i];
		size_t len = strlen(a->text), *c = pm_strmap_get(&ahead, a->text, len), *f, count;
		bool rep;
		if (!c)
			continue;
		/* this copy and those after it, on its page and the next ones */
		count = new_copy(a, pm_strmap_get(&passed, a->text, len)) ? (*c)-- : *c + 1;
		if ((f = pm_strmap_get(&from, a->text, len)) && *f) {
			if (!inside_banded_page(a, banded, max_banded))
				set_aside(a, running_kind(a));
			continue;
		}
		if (a->part || !furniture_candidate(a))
			continue;
		/* twice is enough for a header line with a name and a place
		 * ("The Hon X MP, Minister for Y, TOWN"); a bare title said
		 * twice ("Forward Looking Statements") may be the author's */
		rep = count >= 3 || (count == 2 && nz_words(a->text) >= 6 && two_copies_are_most(z, a) &&
		                     (strchr(a->text, ',') || strchr(a->text, '|') || nz_has_digit(a->text)));
		if (!rep)
			continue;
		if (!(f = pm_strmap_add(&from, a->text, len)))
			goto out;
		*f = i + 1;
		/* its copies on the later pages are still the header's */
		if (!first_page_title(z, a, largest) && !inside_banded_page(a, banded, max_banded))
			set_aside(a, running_kind(a));
	}
out:
	free(banded);
	pm_strmap_free(&ahead);
	pm_strmap_free(&seen);
	pm_strmap_free(&passed);
	pm_strmap_free(&from);
}

/* Convention furniture.note_marked: a note at a page's foot or the
 * text's end that opens with its mark - "[2] ", "※2 " (Japanese kome
 * mark), "² " - where the text before it carries the same mark glued to
 * a word ("… rose to 40%.[2] The …", "IETF※2と", "Hafen²") is a footnote:
 * it goes to the record's notes, never the body, without its mark, and
 * the mark leaves the text it was glued to. A numbered line no text
 * points at ("[2] Second item", "※ Note" without a number) is the
 * author's and stays. */
/* The number of a mark at p, as plain digits in num (at most 3), and
 * the mark's length; 0 when p opens no mark. A kome mark may stand one
 * space before its number in the text ("CDN※ 5"), never in the note. */
static size_t note_mark(const char *p, char num[4], bool in_text)
{
	const char *q = p;
	size_t k = 0;
	if (*q == '[') {
		for (q++; isdigit((unsigned char)*q) && k < 3; q++)
			num[k++] = *q;
		if (!k || *q != ']' || (k == 1 && num[0] == '0'))
			return 0;
		num[k] = '\0';
		return (size_t)(q + 1 - p);
	}
	if (!strncmp(q, "\xE2\x80\xBB", 3)) {
		q += 3;
		if (in_text && *q == ' ')
			q++;
		for (; isdigit((unsigned char)*q) && k < 3; q++)
			num[k++] = *q;
		if (!k || isdigit((unsigned char)*q))
			return 0;
		num[k] = '\0';
		return (size_t)(q - p);
	}
	while (nz_superscript_digit(q) && k < 3) {
		const unsigned char *u = (const unsigned char *)q;
		num[k++] = u[0] == 0xC2 ? (u[1] == 0xB9 ? '1' : u[1] == 0xB2 ? '2' : '3') : (char)('0' + (u[2] - 0xB0));
		q += nz_superscript_digit(q);
	}
	/* a superscript is a mark only where a word or the note's text does
	 * not go on right after it: Latin-1 read as the wrong code page
	 * ("¶Ô¹ú") has superscripts inside words */
	if (!k || nz_superscript_digit(q) || (*q != ' ' && !(in_text && (!*q || *q == '\n'))))
		return 0;
	num[k] = '\0';
	return (size_t)(q - p);
}

/* Where text t carries the mark of note num in the same form as note's
 * opening mark (its first byte tells), glued to what stands before it;
 * NULL when it does not. *len is the mark's length there. */
static char *mark_in_text(char *t, const char *note, const char *num, size_t *len)
{
	char *p;
	for (p = t; *p; p++) {
		char n[4];
		size_t l;
		/* "v0[4]" is an index, never a mark */
		if (*p != *note || p == t || p[-1] == ' ' || p[-1] == '\n' || (*p == '[' && isdigit((unsigned char)p[-1])))
			continue;
		if ((unsigned char)*p >= 0x80 && strncmp(p, note, (unsigned char)*p == 0xC2 ? 2 : 3) &&
		    !(nz_superscript_digit(p) && nz_superscript_digit(note)))
			continue;
		/* a mark ends where the word does ("40%.[2] The", "IETF※2と"):
		 * "sp[8], v1" is code, an index, not a mark */
		if ((l = note_mark(p, n, true)) && !strcmp(n, num) &&
		    (!p[l] || p[l] == ' ' || p[l] == '\n' || ((unsigned char)*p >= 0x80 && (unsigned char)p[l] >= 0x80))) {
			*len = l;
			return p;
		}
	}
	return NULL;
}

/* The notes set one after the other in one block ("※1 … 。※2 W3C: …"):
 * the marks of those that follow the first, each after a sentence's
 * end or a space, leave the text that carries them too. */
static void strip_run_on_marks(nz *z, size_t i)
{
	char *p = z->b[i]->text;
	for (; *p; p++) {
		char num[4];
		size_t j, rl = 0;
		char *ref = NULL;
		if (p == z->b[i]->text || !(p[-1] == ' ' || (p - z->b[i]->text >= 3 && !strncmp(p - 3, "\xE3\x80\x82", 3))) ||
		    !note_mark(p, num, false))
			continue;
		for (j = i; j-- > 0 && !ref;)
			if (z->b[j]->type != PM_BLOCK_FOOTNOTE && z->b[j]->text)
				ref = mark_in_text(z->b[j]->text, p, num, &rl);
		if (ref)
			memmove(ref, ref + rl, strlen(ref + rl) + 1);
	}
}

/* Whether block i may stand among a page's notes: claimed already (a
 * page number, a caption), in the page's bottom band or repeated, or
 * itself opening with a mark. */
static bool note_company(const nz *z, size_t i)
{
	char num[4];
	const pm_block *b = z->b[i];
	return b->part || (b->layout & (PM_BL_BOTTOM_BAND | PM_BL_REPEATED)) || !b->text ||
	       note_mark(b->text, num, false);
}

/* foot[i]: block i stands at the foot of its page or of the text, where
 * notes are set: nothing but notes' company follows it on its page, up
 * to the page's end, the document's, or an end mark ("###", "-30-":
 * what follows is not the text). A line of the text that a wrap opens
 * with a citation ("[31] At half time, …" in scraped pages) and a
 * table's rows ("[16] Second Division 22 6 …") have text after them, so
 * they are no notes. Found from the end in one pass: linear. NULL when
 * memory is short (the rule then takes no note). */
static bool *notes_foot(const nz *z)
{
	bool *foot = z->n ? calloc(z->n, sizeof *foot) : NULL;
	size_t i;
	if (!foot)
		return NULL;
	for (i = z->n; i-- > 0;) {
		const pm_block *next = i + 1 < z->n ? z->b[i + 1] : NULL;
		foot[i] = !next || (next->page != z->b[i]->page && next->page > 0 && z->b[i]->page > 0) ||
		          (next->text && rule_end_mark_text(next->text)) || (note_company(z, i + 1) && foot[i + 1]);
	}
	return foot;
}

static void marked_notes(nz *z)
{
	size_t i, j;
	bool *foot = notes_foot(z);
	if (!foot)
		return;
	for (i = 1; i < z->n; i++) {
		pm_block *b = z->b[i];
		char num[4];
		size_t ml, rl = 0, skip;
		char *ref = NULL;
		if (b->part || !b->text || !foot[i] || !(ml = note_mark(b->text, num, false)) || !b->text[ml] ||
		    isdigit((unsigned char)b->text[ml]))
			continue;
		for (j = i; j-- > 0 && !ref;)
			if (z->b[j]->type != PM_BLOCK_FOOTNOTE && z->b[j]->text)
				ref = mark_in_text(z->b[j]->text, b->text, num, &rl);
		if (!ref)
			continue;
		memmove(ref, ref + rl, strlen(ref + rl) + 1);
		for (skip = ml; b->text[skip] == ' '; skip++)
			;
		memmove(b->text, b->text + skip, strlen(b->text + skip) + 1);
		strip_run_on_marks(z, i);
		b->type = PM_BLOCK_FOOTNOTE;
		set_aside(b, "note");
		stage_explain(z, "furniture", "a note whose mark the text carries", (long)z->bi[i]);
	}
	free(foot);
}

/* Convention furniture.copyright: a line that opens with the copyright
 * sign or word and a year or a name ("© 2025 Harbour Lines AB. All
 * rights reserved.", "Copyright 2024 Ville de Saint-Aubert",
 * "(c) 2023 …") is the page's footer or a picture's credit, not the
 * release's text. A paragraph that speaks of copyright ("Copyright law
 * protects …") does not open with the sign and a year, and stays. */
static bool copyright_line(const char *t)
{
	pm_lex_query q = {PM_LEX_COPYRIGHT_LEADS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	const char *p;
	if (!t || nz_words(t) > 25 || !pm_lex_prefix(&q, t, strlen(t), &m))
		return false;
	for (p = t + m.len; *p == ' '; p++)
		;
	/* a year, or (where the entry allows) a name */
	if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
	    isdigit((unsigned char)p[3]))
		return true;
	return !(m.entry.tags & PM_LEX_TAG(YEAR)) && (isupper((unsigned char)*p) || (unsigned char)*p >= 0x80);
}

/* Convention body.caption.credit_pair: a picture's caption and its credit
 * on the line under it ("New footbridge on opening day" / "Foto: Name /
 * City of …"): the credit opens with a caption lead and its colon and is
 * furniture already; the short line right above it, set apart as a
 * paragraph of its own and no sentence (no full stop), is the caption it
 * credits. A heading or list item above a credit is left alone, and so
 * is the document's first line (its title). */
static void credit_pairs(nz *z)
{
	size_t i;
	for (i = 2; i < z->n; i++) {
		const pm_block *c = z->b[i], *p = z->b[i - 1];
		const char *colon;
		if (c->part != PM_PART_FURNITURE || !c->text || !rule_caption(c->text) ||
		    nz_words(c->text) > 14)
			continue;
		colon = strchr(c->text, ':');
		if (!colon || colon - c->text > 24 || p->part || p->type != PM_BLOCK_PARAGRAPH || !p->text ||
		    nz_words(p->text) < 3 || nz_words(p->text) > 16 || nz_ends_sentence(p->text) ||
		    !pm_cp_is_upper(nz_first_cp(p->text)))
			continue;
		set_aside(z->b[i - 1], "caption");
		stage_explain(z, "furniture", "a caption above its credit line", (long)z->bi[i - 1]);
	}
}

/* Convention furniture.figures_page: a bare number is a page number
 * where it stands at the page's head or foot; where a layout plugin
 * placed it inside the page, it is one of the page's figures (a map's
 * lot numbers, a chart's values), and on a page whose text is mostly
 * such figures - a survey map or a chart with a title and no prose to
 * illustrate - the figures are what the page says, and stay. Beside
 * prose, lone figures remain furniture (a chart's axis beside the text
 * that tells its story). Words of figures against the other words of
 * the page, the blocks already claimed aside. */
static bool figure_word(const char *w, size_t n)
{
	bool digit = false;
	size_t k;
	for (k = 0; k < n; k++)
		if (isdigit((unsigned char)w[k]))
			digit = true;
		else if ((unsigned char)w[k] >= 0x80 || !strchr("%.,-+$()/:", w[k]))
			return false;
	return digit;
}

/* The words of t, and how many of them are figures. */
static size_t count_figures(const char *t, size_t *words)
{
	size_t figures = 0;
	*words = 0;
	while (t && *t) {
		size_t n;
		while (*t == ' ' || *t == '\n')
			t++;
		n = strcspn(t, " \n");
		if (!n)
			break;
		++*words;
		figures += figure_word(t, n);
		t += n;
	}
	return figures;
}

static bool placed_inside_page(const pm_block *b)
{
	return b->page > 0 && b->x1 > b->x0 && !(b->layout & (PM_BL_TOP_BAND | PM_BL_BOTTOM_BAND));
}

/* Per page (1-based, up to max): whether figures make most of its words. */
static bool *figure_pages(const nz *z, size_t *max)
{
	size_t i, *fig, *all;
	bool *out = NULL;
	*max = 0;
	for (i = 0; i < z->n; i++)
		if (placed_inside_page(z->b[i]) && (size_t)z->b[i]->page > *max)
			*max = (size_t)z->b[i]->page;
	if (!*max)
		return NULL;
	fig = pm_calloc(*max + 1, sizeof *fig);
	all = pm_calloc(*max + 1, sizeof *all);
	out = pm_calloc(*max + 1, sizeof *out);
	if (fig && all && out) {
		for (i = 0; i < z->n; i++) {
			const pm_block *b = z->b[i];
			size_t w, f;
			if (b->page <= 0 || (size_t)b->page > *max || b->part)
				continue;
			f = count_figures(b->text, &w);
			/* a line all figures counts as figures; a phrase's
			 * number ("3 rooms") is the phrase's */
			fig[b->page] += f == w ? f : 0;
			all[b->page] += w;
		}
		for (i = 1; i <= *max; i++)
			out[i] = fig[i] >= 8 && 2 * fig[i] > all[i];
	}
	free(fig);
	free(all);
	if (!out)
		*max = 0;
	return out;
}

/* Convention furniture.title_block_author: a title block prints the
 * document's metadata under its title - pandoc's DOCX (its Author
 * paragraph, from the Markdown's `author:`), LaTeX's \maketitle - so
 * a short line at the top that repeats the file's author property word
 * for word is that metadata, not the release's text (the issuer rule
 * reads the property itself). Only under the first text (the title) and
 * above the first sentence of more than eight words: an author's name
 * in the text is the text's, and a document whose first line is the
 * author's name keeps it as its title. */
static void title_block_author(nz *z)
{
	const char *author = pm_doc_property(z->doc, "author");
	size_t i, an;
	bool title = false;
	if (!author)
		return;
	while (*author == ' ')
		author++;
	an = strlen(author);
	while (an && author[an - 1] == ' ')
		an--;
	if (!an || nz_words(author) > 10)
		return;
	for (i = 0; i < z->n && i < 8; i++) {
		pm_block *b = z->b[i];
		if (!b->text)
			continue;
		if (nz_ends_sentence(b->text) && nz_words(b->text) > 8)
			return;
		/* the title block prints the author under a title: the first
		 * text is the title itself ("ANTONI" and a date, no more) */
		if (!title) {
			title = true;
			continue;
		}
		if (!b->part && b->type == PM_BLOCK_PARAGRAPH && strlen(b->text) == an &&
		    !strncasecmp(b->text, author, an)) {
			set_part(b, PM_PART_FURNITURE);
			stage_explain(z, "furniture", "furniture.title_block_author: the file's author printed under the title",
			              (long)z->bi[i]);
			return;
		}
	}
}

void stage_furniture(nz *z)
{
	size_t i, maxp;
	bool *figs = figure_pages(z, &maxp);
	for (i = 0; i < z->n; i++)
		if (pm_lex_has(PM_LEX_ISSUER_LABELS, z->b[i]->text) && i + 1 < z->n) {
			/* dateline.wire.prnewswire: "News provided by" and the
			 * issuer's name under it, a scraped page's stack */
			z->b[i]->part = PM_PART_JUNK;
			if (nz_words(z->b[i + 1]->text) <= 8 && !nz_ends_sentence(z->b[i + 1]->text))
				set_aside(z->b[++i], "other");
		} else if (nz_junk(z, i))
			z->b[i]->part = PM_PART_JUNK;
		else if (rule_page_number(z->b[i]->text) &&
		         !(figs && placed_inside_page(z->b[i]) && (size_t)z->b[i]->page <= maxp && figs[z->b[i]->page]))
			set_aside(z->b[i], "page_number");
		else if (rule_caption(z->b[i]->text) || plugin_caption(z->b[i]))
			set_aside(z->b[i], "caption");
		else if (copyright_line(z->b[i]->text))
			set_aside(z->b[i], "copyright");
	free(figs);
	/* the mail's envelope around the release (mail.c), the newsroom
	 * page's chrome (webpage.c) */
	mail_envelope(z);
	web_chrome(z);
	title_block_author(z);
	credit_pairs(z);
	marked_notes(z);
	repeated_furniture(z);
}

/* Letterhead by layout. A layout plugin says which blocks stand above a
 * page's text (PM_BL_TOP_BAND); on the first page, a run of such blocks,
 * each short (8 words at most), in which one gives a web site, an e-mail
 * address or a phone number, is the sender's letterhead: the run up to
 * that line is, the title below it is not. Formats without layout never
 * set the flag, so this rule is theirs to ignore. */
static void layout_letterhead(nz *z)
{
	size_t i, start = 0, last = (size_t)-1;
	for (i = 0; i < z->end; i++) {
		const pm_block *b = z->b[i];
		if (b->page > 1 || !(b->layout & PM_BL_TOP_BAND))
			break;
		/* a claimed or long block ends a run, and so does the page's
		 * title (letterhead.title_by_size) */
		if (b->part || !b->text || nz_words(b->text) > 8 || rule_title_by_size(z, i)) {
			start = i + 1;
			continue;
		}
		if (rule_letterhead_line(b->text))
			last = i;
	}
	if (last == (size_t)-1 || last < start)
		return;
	for (i = start; i <= last; i++)
		if (!z->b[i]->part) {
			set_part(z->b[i], PM_PART_LETTERHEAD);
			stage_explain(z, "letterhead", "short blocks above the first page's text, with a site, e-mail or phone",
			        (long)z->bi[i]);
		}
}

/* Convention furniture.phone_label_stop: the stop of an abbreviated
 * phone label before its number ("tel. 0521 555 407", "Tel. 075 812
 * 3344", "cell. 347 555 9120"; [phone_labels]) ends no sentence: the
 * word before the stop p, with or without it, is a phone label and a
 * number follows the space. */
static bool phone_label_stop(const char *t, const char *p)
{
	pm_lex_query q = {PM_LEX_PHONE_LABELS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	const char *w = p, *n = p + 2;
	while (w > t && w[-1] != ' ')
		w--;
	if (*n == '(' || *n == '+')
		n++;
	return *p == '.' && isdigit((unsigned char)*n) && w < p &&
	       (pm_lex_word(&q, w, (size_t)(p - w), NULL) || pm_lex_word(&q, w, (size_t)(p + 1 - w), NULL));
}

/* Whether t holds a sentence: one ends in it, at its end or before a
 * space ("... Costa del Sol. Airport Direction"). A closing parenthesis
 * ends one only after a stop: an address line ends with its province's
 * code in parentheses ("06020 Roccalta (PG)"). */
static bool holds_sentence(const char *t)
{
	const char *p;
	size_t n = strlen(t);
	while (n && t[n - 1] == ' ')
		n--;
	if (nz_ends_sentence(t) && !(n >= 2 && t[n - 1] == ')' && !strchr(".!?", t[n - 2])))
		return true;
	for (p = t; *p; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' && p > t && !isupper((unsigned char)p[-1]) &&
		    !phone_label_stop(t, p))
			return true;
	return false;
}

/* Convention body.side_facts: how many labels in t give a fact rather
 * than a way to reach the sender: a word closed by a colon after a
 * letter, a value after it in the block, that rule_reach_label does not
 * know ("Phone:", "E-mail:", "Web:", "Address:"). "Rating: 4 - Star",
 * "Check-in time: 14:00", "Capacité : 300 places" count; "12:00" is no
 * label (a digit before its colon). */
static size_t fact_labels(const char *t)
{
	size_t n = 0;
	const char *p = t;
	while (*p) {
		const char *w, *e, *v;
		char word[64];
		while (*p == ' ' || *p == '\n')
			p++;
		for (w = p; *p && *p != ' ' && *p != '\n'; p++)
			;
		/* e: the end of the label's word, before its colon; a French
		 * label has the colon after a space ("Capacité :") */
		if (p - w == 1 && *w == ':') {
			for (e = w; e > t && e[-1] == ' '; e--)
				;
			for (w = e; w > t && w[-1] != ' ' && w[-1] != '\n'; w--)
				;
		} else if (p > w && p[-1] == ':') {
			e = p - 1;
		} else {
			continue;
		}
		if (e - w < 2 || (size_t)(e - w) >= sizeof word ||
		    !(isalpha((unsigned char)e[-1]) || (unsigned char)e[-1] >= 0x80))
			continue;
		/* a value follows in the block */
		for (v = p; *v == ' ' || *v == '\n'; v++)
			;
		if (!*v || *v == ':')
			continue;
		memcpy(word, w, (size_t)(e - w));
		word[e - w] = '\0';
		if (!rule_reach_label(word))
			n++;
	}
	return n;
}

/* Whether blocks a and b are two cells of one row of a grid: on the
 * same page, side by side (their boxes do not overlap across), starting
 * on the same line (tops within half a line) and set in the same type
 * (sizes within 10%). A logo's words beside a contact box are in sizes
 * of their own and start where the drawing puts them. Unknown boxes or
 * sizes (0) are no grid. */
static bool same_row(const pm_block *a, const pm_block *b)
{
	double size = a->font_size > b->font_size ? a->font_size : b->font_size;
	if (a->page != b->page || a->x1 <= a->x0 || b->x1 <= b->x0 || a->font_size <= 0 || b->font_size <= 0)
		return false;
	if (fabs(a->font_size - b->font_size) > 0.1 * size || fabs(a->y0 - b->y0) > 0.5 * size)
		return false;
	return a->x1 <= b->x0 || b->x1 <= a->x0;
}

/* Whether the flattened text of block k, a name of two words or more,
 * is written as it is in a block outside [from, to). */
static bool named_elsewhere(nz *z, size_t k, size_t from, size_t to)
{
	const char *name = nz_flat(z, k), *t;
	size_t m;
	if (!name || nz_words(name) < 2)
		return false;
	for (m = 0; m < z->end; m++)
		if (!(m >= from && m < to) && !(z->b[m]->layout & PM_BL_SIDE) && (t = nz_flat(z, m)) && strstr(t, name))
			return true;
	return false;
}

/* Boxes beside the text, by layout. A run of blocks that a layout plugin
 * found in a column beside the text, narrower than half of it
 * (PM_BL_SIDE), is the page's furniture, not body, when its blocks hold
 * no sentence (names, labels, lines of an address, at most 15 words
 * each) and either one of them gives a site, an e-mail, a phone or a
 * contact heading (a sidebar with the masthead and the press contact) or
 * the run stands above the first page's text (a masthead box beside the
 * title; a fact box in a column of its own beside a picture, which the
 * PDF plugin flags side by layout.fact_box.offset), or it is a name the
 * text repeats (furniture.side_masthead, below). The e-mails and phones in it are still the document's. A box
 * that says something in sentences (a pull quote, a note) stays, and so
 * do the labels of a drawing or a form, which give no contact.
 * Convention body.key_value_table: a run whose own blocks stand side by
 * side, row by row, is no box beside the text but the columns of a table
 * set in the text (an event's facts: "Name:" | "Harbour Days 2025", "Web site:" |
 * "www.…", "Lieu :" | "Halle 3"); the site in it is one of the facts,
 * not a masthead's, and the table is body. Above the first page's text
 * the grid is still a masthead (a logo's name beside the address). */
static void layout_side_labels(nz *z)
{
	size_t i, j, k;
	for (i = 0; i < z->end; i = j) {
		bool labels = true, contact = false, top = true, grid = false, small = true, masthead;
		size_t facts = 0;
		for (j = i; j < z->end && (z->b[j]->layout & PM_BL_SIDE); j++) {
			const pm_block *b = z->b[j];
			/* a contact heading ends with its colon, no sentence */
			if (b->part || !b->text || nz_words(b->text) > 15 ||
			    (holds_sentence(b->text) && !rule_contact_heading(b->text)))
				labels = false;
			else if (rule_letterhead_line(b->text) || rule_contact_heading(b->text))
				contact = true;
			if (b->text)
				facts += fact_labels(b->text);
			if (b->page > 1 || !(b->layout & PM_BL_TOP_BAND))
				top = false;
			if (b->page != 1 || b->font_size <= 0 || z->body_font <= 0 || b->font_size > 0.95 * z->body_font)
				small = false;
			/* a table's columns come one after the other; the bound
			 * keeps a long run linear */
			for (k = j > i + 64 ? j - 64 : i; k < j && !grid; k++)
				grid = same_row(z->b[k], b);
		}
		if (j == i) {
			j++;
			continue;
		}
		if (!labels)
			continue;
		/* Convention furniture.side_masthead: a box beside the start of
		 * the text (among the document's first eight blocks) that holds
		 * nothing but a name, set smaller than the body, which the
		 * release writes in its text too (the issuer's name in a
		 * masthead box: "Olympique Val-de-Loire Handball" beside
		 * "L'Olympique Val-de-Loire Handball est heureux ..."), is the
		 * masthead, whatever contact lines it lacks. A small heading
		 * in a narrow column further down stays. */
		masthead = small && !grid && j - i <= 2 && i < 8;
		for (k = i; k < j && masthead; k++)
			masthead = named_elsewhere(z, k, i, j);
		/* Convention body.side_facts: a box beside the text that labels
		 * two facts or more ("Rating: 4 - Star", "Check-in time: 14:00")
		 * besides its phone is the text's facts box (a hotel's, a
		 * venue's), not the sender's masthead, whose labels only say how
		 * to reach it; above the first page's text it is still one. */
		if (contact && facts >= 2 && !top)
			continue;
		if (!((contact && !grid) || top || masthead))
			continue;
		for (k = i; k < j; k++) {
			set_aside(z->b[k], "box");
			stage_explain(z, "furniture", "a box beside the text with a masthead or contact lines", (long)z->bi[k]);
		}
	}
}

/* Convention furniture.page_footer: a page's footer that no repetition
 * shows (a release of one page): a block a layout plugin found below the
 * page's text (PM_BL_BOTTOM_BAND), set smaller than the body, that holds
 * no sentence and gives what footers give: a copyright line, or an
 * address or a registration number, as names and figures with a number
 * of four digits or more ("Kelsby Ferries Ltd · 4 Quay Road · KB1 2AA ·
 * Company No. 04812234", "Verein Hafenkultur e.V. Hafenstraße 12 20457
 * Hamburg VR 18834"). The PDF plugin's footer_by_content already
 * takes the lines with a site, an e-mail, a phone or a legal form; a
 * small contact block there stays the contacts'. A note or a sentence
 * set small at the foot (a disclaimer, a source) is not found here. */
static bool names_and_figures(const char *t)
{
	size_t words, small = rule_small_initials(t, &words);
	const char *p;
	if (words < 3 || small * 4 > words)
		return false;
	/* a postal code, a box or a registration number: a run of four
	 * digits or more, and another number beside it ("PO Box 840 …
	 * 04843"); a table's label ("Microsoft 365 Commercial cloud") has
	 * one short number */
	for (p = t; *p; p++) {
		size_t run = 0;
		while (isdigit((unsigned char)p[run]))
			run++;
		if (run >= 4) {
			const char *q;
			for (q = t; *q; q++)
				if (isdigit((unsigned char)*q) && (q < p || q >= p + run))
					return true;
			return false;
		}
		p += run ? run - 1 : 0;
	}
	return false;
}

static void layout_page_footer(nz *z)
{
	size_t i;
	for (i = 0; i < z->n; i++) {
		pm_block *b = z->b[i];
		if (b->part || !b->text || !(b->layout & PM_BL_BOTTOM_BAND) || b->font_size <= 0 || z->body_font <= 0 ||
		    b->font_size > 0.9 * z->body_font || nz_words(b->text) > 30 || holds_sentence(b->text))
			continue;
		if (copyright_line(b->text) || names_and_figures(b->text)) {
			set_aside(b, "footer");
			stage_explain(z, "furniture", "a footer below the page's text, set small, with an address or a site",
			        (long)z->bi[i]);
		}
	}
}

/* A line of a site's legal links ([legal_links]: "Privacy policy",
 * "Mentions légales", "Impressum | Datenschutz"): it opens with one, is
 * short and says nothing ("Terms and conditions apply to every booking."
 * is a sentence, and stays). Sixteen words: a print sets two or three
 * links and the site's "Follow us: Facebook · X · LinkedIn" on one line
 * (furniture.web.*). */
static bool legal_links_line(const char *t)
{
	return t && pm_lex_opens(PM_LEX_LEGAL_LINKS, t) && nz_words(t) <= 16 && !holds_sentence(t);
}

/* What a site's footer is made of: its legal links, its copyright, an
 * address or a registration number (names and figures), a site, an
 * e-mail or a phone. */
static bool footer_content(const char *t)
{
	return legal_links_line(t) || copyright_line(t) || names_and_figures(t) || rule_letterhead_line(t);
}

/* A name that ends with its legal form and that form's full stop
 * ("Harbour Lines Ltd.", "Acme Inc."; [org_suffixes]): no sentence's
 * end. */
static bool ends_legal_form(const char *t)
{
	pm_lex_query q = {PM_LEX_ORG_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t n = strlen(t), e = pm_lex_ends(&q, t, n);
	const char *p;
	if (!e || e == n || t[n - e - 1] != ' ')
		return false;
	/* and no sentence before it */
	for (p = t; p < t + n - e; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ')
			return false;
	return true;
}

/* Convention furniture.site_footer: a web page printed to PDF (a
 * newsroom on Drupal, WordPress and their kin) ends with the site's
 * footer set at the body's size, so that neither the size nor (on one
 * page) repetition shows it: the organisation's name, its address, the
 * legal links ("Privacy policy", "Terms of use", "Mentions légales",
 * "Impressum"), the copyright. It is found by its place, the last
 * blocks of the document, below all the other text of the last page
 * where a layout plugin placed them, and by its content: no sentence,
 * every block a footer's (footer_content()) or one of at most three
 * short lines among them (a name, a street, a town), and a legal-links
 * line among them, which a
 * release's own closing lines (a signature, a contact's address) do not
 * carry. */
static void layout_site_footer(nz *z)
{
	size_t start = z->n, i, k, plain = 0;
	bool legal = false;
	if (z->n == 0)
		return;
	for (i = z->n; i-- > 0;) {
		const pm_block *b = z->b[i];
		bool claimed = b->part == PM_PART_FURNITURE || b->part == PM_PART_JUNK;
		if (b->part && !claimed && b->part != PM_PART_AFTER_END)
			break;
		if (!b->text || claimed) {
			start = i;
			continue;
		}
		if (nz_words(b->text) > 30 || (holds_sentence(b->text) && !ends_legal_form(b->text)) ||
		    rule_contact_heading(b->text) ||
		    rule_about_heading(b->text, NULL) || rule_end_mark_text(b->text) || z->n - i > 12)
			break;
		if (!footer_content(b->text)) {
			/* the organisation's name, a street, a town: short lines
			 * above the footer's other lines, a few of them */
			if (nz_words(b->text) > 8 || ++plain > 3)
				break;
		}
		legal = legal || legal_links_line(b->text);
		start = i;
	}
	if (!legal || start >= z->n)
		return;
	/* where blocks are placed on pages: the run is on the last page and
	 * below the rest of its text */
	{
		int last_page = 0;
		double top = -1, lowest = -1;
		for (i = 0; i < z->n; i++)
			if (z->b[i]->page > last_page)
				last_page = z->b[i]->page;
		for (i = start; i < z->n; i++) {
			const pm_block *b = z->b[i];
			if (b->part && b->part != PM_PART_AFTER_END)
				continue;
			if (last_page > 0 && b->page != last_page)
				return;
			if (b->x1 > b->x0 && (top < 0 || b->y0 < top))
				top = b->y0;
		}
		for (k = 0; k < start; k++) {
			const pm_block *b = z->b[k];
			if (b->page == last_page && b->x1 > b->x0 && (!b->part || b->part == PM_PART_AFTER_END) &&
			    b->y1 > lowest)
				lowest = b->y1;
		}
		if (top >= 0 && lowest >= 0 && top < lowest - 1)
			return;
	}
	for (i = start; i < z->n; i++)
		if (!z->b[i]->part || z->b[i]->part == PM_PART_AFTER_END) {
			set_aside(z->b[i], "footer");
			stage_explain(z, "furniture", "a site's footer closing the last page: legal links, address, copyright",
			        (long)z->bi[i]);
		}
}

void stage_layout(nz *z)
{
	layout_letterhead(z);
	layout_side_labels(z);
	/* last: a footer taken first would break the runs above */
	layout_page_footer(z);
	layout_site_footer(z);
}
