/*
 * webpage.c - the chrome of a newsroom web page around the release, for
 * the furniture stage (furniture.c calls web_chrome()): a release often
 * reaches us as the page that published it, printed to PDF by a browser
 * or scraped/copied as text, and the page brings the site's navigation
 * menu, breadcrumb trail, cookie notice, tag list and list of related
 * releases. None of it is the release's: each goes to the record's
 * furniture, never to the body, headline or About section. The words are
 * the lexicon's ([web_nav_items], [cookie_leads], [cookie_buttons],
 * [tag_labels], [related_headings]); the share buttons, the link back to
 * the list and the page's date line are [junk_lines] and [date_labels]
 * entries that rules.c and dateline.c read. Its helpers (a free line of
 * text, setting a block aside with the rule's name, a lexicon look-up
 * over a whole line) serve mail.c's envelope too.
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

static const pm_lex_query nav_q = {PM_LEX_WEB_NAV_ITEMS, PM_LEX_ALL_LANGS, 0, 0, 0};

/* How many menu items ([web_nav_items]) t is made of, one after the
 * other with spaces (or a bar, a middle dot) between them; 0 when
 * anything else is in it. */
static size_t nav_items(const char *t)
{
	size_t n = strlen(t), i = 0, items = 0;
	pm_lex_match m;
	while (i < n) {
		while (i < n && (t[i] == ' ' || t[i] == '|'))
			i++;
		if (i + 2 <= n && !strncmp(t + i, "\xc2\xb7", 2)) {
			i += 2;
			continue;
		}
		if (i >= n)
			break;
		if (!pm_lex_prefix(&nav_q, t + i, n - i, &m) || (i + m.len < n && t[i + m.len] != ' '))
			return 0;
		i += m.len;
		items++;
	}
	return items;
}

bool nz_free_text(const pm_block *b)
{
	return !b->part && b->text && *b->text && !strchr(b->text, '\n');
}

/* Where the release's text starts: the first sentence of more than eight
 * words that is not set aside already (a cookie notice above the page's
 * head is a sentence too). What stands above it is the page's head. */
static size_t text_start(const nz *z)
{
	size_t i;
	for (i = 0; i < z->n; i++)
		if (!z->b[i]->part && z->b[i]->text && nz_ends_sentence(z->b[i]->text) && nz_words(z->b[i]->text) > 8)
			return i;
	return z->n;
}

void nz_aside(nz *z, size_t i, const char *kind, const char *rule)
{
	set_aside(z->b[i], kind);
	stage_explain(z, "furniture", rule, (long)z->bi[i]);
}

/* A print sets the site's name and its menu side by side in one band
 * across the top of the page, where a narrow column wraps an item or the
 * name onto a second line ("Quem" over "somos"): the short blocks of the
 * page's head that lie in the band of the menu's line m (a line's height
 * above and below it, on its page) are the header's too. Only where a
 * layout plugin placed the blocks. */
static void nav_band(nz *z, size_t m, size_t start)
{
	const pm_block *a = z->b[m];
	double h = a->y1 - a->y0;
	size_t i;
	if (!(a->x1 > a->x0) || h <= 0)
		return;
	for (i = 0; i < start; i++) {
		const pm_block *b = z->b[i];
		if (nz_free_text(b) && b->page == a->page && b->x1 > b->x0 && b->y0 < a->y1 + h && b->y1 > a->y0 - h &&
		    nz_words(b->text) <= 4 && !nz_ends_sentence(b->text) && !nz_has_digit(b->text))
			nz_aside(z, i, "header", "furniture.web.nav_menu: the site's name or an item beside its menu");
	}
}

/* A short line with no sentence, no figure: a menu item the lexicon
 * does not know ("Visit", "Support us"). */
static bool plain_item(const pm_block *b)
{
	return nz_free_text(b) && nz_words(b->text) <= 3 && !nz_ends_sentence(b->text) && !nz_has_digit(b->text);
}

/* Convention furniture.web.nav_menu: a site's navigation menu, printed or
 * scraped with the page: three menu items or more ([web_nav_items]:
 * "Home", "About us", "Newsroom", "Contact"), one per block (a scrape, a
 * copy) or side by side on one line (a print), with the site's own
 * items among them ("Visit", "Support us": short lines, no more of them
 * than of the known ones). A single item is no menu: a "Contact"
 * heading, an "About us" section. Above the release's text, the site's
 * name just before the menu, first on the page and short, is the site's
 * header too. */
static void nav_menu(nz *z, size_t start)
{
	size_t i = 0, k;
	while (i < z->n) {
		size_t items = 0, known = 0, others = 0, j = i, last = i;
		while (j < z->n && nz_free_text(z->b[j])) {
			size_t n = nav_items(z->b[j]->text);
			if (n) {
				items += n;
				known++;
				last = j;
			} else if (known == 0 || !plain_item(z->b[j]) || ++others > known) {
				break;
			}
			j++;
		}
		if (items < 3) {
			i = last > i ? last : i + 1;
			continue;
		}
		if (others > known) {
			/* count the unknown items between the known ones only */
			size_t o = 0;
			for (k = i; k <= last && k < z->n; k++)
				if (!nav_items(z->b[k]->text))
					o++;
			if (o > known) {
				i = last > i ? last : i + 1;
				continue;
			}
		}
		for (k = i; k <= last; k++) {
			nz_aside(z, k, k < start ? "header" : "footer", "furniture.web.nav_menu: a site's navigation menu");
			if (k < start)
				nav_band(z, k, start);
		}
		if (i > 0 && i <= start) {
			size_t first = 0;
			while (first < i && (!z->b[first]->text || z->b[first]->part))
				first++;
			if (first == i - 1 && nz_free_text(z->b[first]) && nz_words(z->b[first]->text) <= 8 &&
			    !nz_ends_sentence(z->b[first]->text))
				nz_aside(z, first, "header", "furniture.web.nav_menu: the site's name over its menu");
		}
		i = last + 1;
	}
}

/* The trail's last part, from p, is the page's own title, which a CMS
 * prints whole or cut with an ellipsis ("… › Harbour Trust replaces 40
 * kilometres of…"): it ends with one, or a block among the next ones
 * opens with its words (the title itself, printed under the trail). */
static bool trail_title(const nz *z, size_t i, const char *p)
{
	size_t n = strlen(p), k;
	if (n >= 3 && !strcmp(p + n - 3, "\xe2\x80\xa6"))
		return true;
	if (n >= 3 && !strcmp(p + n - 3, "..."))
		return true;
	for (k = i + 1; k < z->n && k <= i + 8; k++)
		if (z->b[k]->text && !strncmp(z->b[k]->text, p, n))
			return true;
	return false;
}

/* Convention furniture.web.breadcrumbs: the trail a page prints over its
 * title ("Home › Newsroom › 2026", "Accueil > Espace presse > 2026",
 * "Home / Nieuws / 2026"): a line of three parts or more, each short,
 * between one separator, the first a menu item; above the release's
 * text. furniture.web.breadcrumbs.title: a CMS ends the trail with the
 * page's own title, whole or cut with an ellipsis ("Home › News › Press
 * releases › Harbour Trust replaces 40 kilometres of…"): the parts before
 * it short, the last part may be long where it is that title. */
static bool breadcrumbs(const nz *z, size_t i)
{
	static const char *const seps[] = {" \xe2\x80\xba ", " > ", " / ", " \xc2\xbb ", " \xe2\x86\x92 "};
	const char *t = z->b[i]->text;
	size_t s, words = nz_words(t);
	if (words > 40)
		return false;
	for (s = 0; s < sizeof seps / sizeof *seps; s++) {
		const char *p = t, *q;
		size_t parts = 0, len = strlen(seps[s]);
		pm_lex_match m;
		while ((q = strstr(p, seps[s])) != NULL) {
			if (q == p || (parts == 0 && !(pm_lex_prefix(&nav_q, p, (size_t)(q - p), &m) && m.len == (size_t)(q - p))))
				break;
			parts++;
			p = q + len;
		}
		if (parts < 2 || !*p || strstr(p, seps[s]))
			continue;
		if (words <= 16 || (words - nz_words(p) <= 12 && trail_title(z, i, p)))
			return true;
	}
	return false;
}

/* Can an entry of section s open t? false when t's first character is
 * ASCII and opens none ([pm_lex_ascii_opens]): the rules below test
 * every block of the text, nearly all of which fail here before a
 * lexicon walk (or a copy of the block). */
bool nz_may_open(pm_lex_section s, const char *t)
{
	unsigned char c = (unsigned char)*t;
	return !c || c >= 0x80 || pm_lex_ascii_opens(s, c);
}

/* The whole of t, less a colon and spaces at its end, is an entry of
 * section s. */
bool nz_whole_entry(pm_lex_section s, const char *t)
{
	const char *p = t;
	char *tr;
	bool r;
	/* nz_trim drops the spaces and colons that open t too */
	while (*p == ' ' || *p == ':')
		p++;
	if (!nz_may_open(s, p))
		return false;
	tr = nz_trim(t, strlen(t), ":");
	r = tr && pm_lex_has(s, tr);
	free(tr);
	return r;
}

/* Convention furniture.web.cookie_notice: a site's cookie notice ("We use
 * cookies to …", "Ce site utilise des cookies …"; [cookie_leads] opens
 * it) and its buttons after it ("Accept all", "Manage settings";
 * [cookie_buttons], alone on a line), at the top of the page or at its
 * end; a notice that a print broke in two goes on where its block ends
 * no sentence. */
static void cookie_notice(nz *z)
{
	size_t i, j;
	for (i = 0; i < z->n; i++) {
		if (!nz_free_text(z->b[i]) || !nz_may_open(PM_LEX_COOKIE_LEADS, z->b[i]->text) ||
		    !pm_lex_opens(PM_LEX_COOKIE_LEADS, z->b[i]->text) ||
		    nz_words(z->b[i]->text) > 80)
			continue;
		nz_aside(z, i, "other", "furniture.web.cookie_notice: a site's cookie notice");
		for (j = i + 1; j < z->n && j < i + 6; j++) {
			const pm_block *b = z->b[j];
			if (!nz_free_text(b))
				break;
			if (nz_whole_entry(PM_LEX_COOKIE_BUTTONS, b->text) ||
			    (!nz_ends_sentence(z->b[j - 1]->text) && nz_words(b->text) <= 40 && j == i + 1))
				nz_aside(z, j, "other", "furniture.web.cookie_notice: its buttons");
			else
				break;
		}
		i = j - 1;
	}
}

/* A short line that says nothing: a tag, a related release's title or
 * date. */
static bool short_item(const char *t, size_t words)
{
	return nz_words(t) <= words && !nz_ends_sentence(t) && !rule_about_heading(t, NULL) &&
	       !rule_contact_heading(t) && !pm_lex_opens(PM_LEX_LEGAL_LINKS, t) &&
	       !nz_whole_entry(PM_LEX_RELATED_HEADINGS, t);
}

/* Convention furniture.web.tags: the tag list of a page ("Tags: Energy
 * Housing", "Mots-clés : Mobilité"): a label of [tag_labels] and its
 * colon opening a short line, and the tags under it, short lines with no
 * sentence, where the label stands alone or the print broke the list. */
static void tag_list(nz *z)
{
	pm_lex_query q = {PM_LEX_TAG_LABELS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t i, j;
	for (i = 0; i < z->n; i++) {
		const char *t = z->b[i]->text, *r;
		size_t k;
		/* the lexicon's look-up fails at the first word of nearly every
		 * block: before counting the words of a whole paragraph */
		if (!nz_free_text(z->b[i]) || !nz_may_open(PM_LEX_TAG_LABELS, t))
			continue;
		k = pm_lex_opens_before(&q, t, ':');
		if (!k)
			k = pm_lex_opens_before(&q, t, ' ');
		if (!k || nz_words(t) > 16)
			continue;
		r = t + k;
		while (*r == ' ')
			r++;
		if (*r != ':')
			continue;
		nz_aside(z, i, "other", "furniture.web.tags: a page's tag list");
		for (j = i + 1; j < z->n && j < i + 12 && nz_free_text(z->b[j]) && short_item(z->b[j]->text, 4) &&
		                !pm_date_only(z->b[j]->text, z->dayfirst);
		     j++)
			nz_aside(z, j, "other", "furniture.web.tags: a tag");
	}
}

/* Is b in the column that the related list's heading h opens, where a
 * layout plugin placed both: on h's page, below it, starting where h
 * starts (a bullet's indent more at most; the right edge in a
 * right-to-left page). Without places, every block
 * is (a scrape keeps the list's order). */
static bool in_side_column(const pm_block *h, const pm_block *b)
{
	double lh = h->y1 - h->y0;
	if (!(h->x1 > h->x0) || !(b->x1 > b->x0) || lh <= 0)
		return true;
	if (b->page != h->page || b->y0 < h->y1 - 0.5 * lh)
		return false;
	/* the column's start is its left edge, or its right one in a
	 * right-to-left page (Arabic: the list set flush right) */
	return (b->x0 >= h->x0 - lh && b->x0 <= h->x0 + 3 * lh) || (b->x1 <= h->x1 + lh && b->x1 >= h->x1 - 3 * lh);
}

/* A related release of the list under heading h at i, j being any block. */
static bool related_item(const nz *z, const pm_block *h, size_t j)
{
	const pm_block *b = z->b[j];
	return nz_free_text(b) && in_side_column(h, b) && (pm_date_only(b->text, z->dayfirst) || short_item(b->text, 20));
}

/* A block that may carry the related list's column down, and where it
 * stands (related_sidebar's index). */
typedef struct {
	double y0, y1;
	size_t j;
	signed char item; /* it may: 1, it may not: 0, not asked yet: -1 */
} column_item;

/* Top to bottom; of blocks at one height, the first in reading order. */
static int column_item_cmp(const void *pa, const void *pb)
{
	const column_item *a = pa, *b = pb;
	if (a->y0 != b->y0)
		return a->y0 < b->y0 ? -1 : 1;
	return a->j < b->j ? -1 : a->j > b->j;
}

/* furniture.web.related.sidebar (see related below) for the heading at
 * i, placed by a layout plugin: walks the heading's column down, each step
 * taking the highest block that starts within two lines' space under the
 * last one. The blocks of the column below the heading are gathered once
 * and sorted by their top, so a step reads only the few near the
 * column's bottom, not every block of the document; whether a block may
 * be an item is asked when a step first meets it, once. That answer does
 * not change as the walk sets others aside, and a block taken ends above
 * the new bottom, so it is never met again. Places are finite (the layout
 * plugins keep only finite boxes), which the sort's order needs. */
static void related_sidebar(nz *z, size_t i)
{
	const pm_block *h = z->b[i];
	double lh = h->y1 - h->y0, bottom = h->y1;
	column_item *v = pm_calloc(z->n, sizeof *v);
	size_t j, n = 0, from = 0;
	if (!v)
		return;
	for (j = 0; j < z->n; j++) {
		const pm_block *b = z->b[j];
		/* what ends above the heading's foot is never below the column's
		 * bottom */
		if (j == i || !b->text || b->y1 <= bottom || !in_side_column(h, b))
			continue;
		v[n].y0 = b->y0;
		v[n].y1 = b->y1;
		v[n].item = -1;
		v[n++].j = j;
	}
	qsort(v, n, sizeof *v, column_item_cmp);
	for (;;) {
		size_t k, best = n;
		/* the column's bottom only goes down: what starts too high for
		 * this step starts too high for every later one */
		while (from < n && v[from].y0 < bottom - 0.5 * lh)
			from++;
		for (k = from; k < n && v[k].y0 <= bottom + 2.5 * lh; k++) {
			if (v[k].y1 <= bottom)
				continue;
			/* an item set aside already (by the run above, as junk)
			 * carries the column down too */
			if (v[k].item < 0)
				v[k].item = z->b[v[k].j]->part || related_item(z, h, v[k].j);
			if (v[k].item) {
				best = k;
				break;
			}
		}
		if (best == n)
			break;
		if (!z->b[v[best].j]->part)
			nz_aside(z, v[best].j, "other", "furniture.web.related.sidebar: a related release in the sidebar");
		bottom = v[best].y1;
	}
	free(v);
}

/* Convention furniture.web.related: the page's list of its other
 * releases under a heading of [related_headings] ("Related news", "À
 * lire aussi", "Weitere Meldungen"), alone on its line: dates and titles,
 * short lines with no sentence, up to the next text that is not one (the
 * site's footer: its legal links, its copyright).
 * furniture.web.related.sidebar: a CMS template sets the list in a
 * sidebar beside the article, which a print reads before the article's
 * kicker and title or after its end: where the blocks are placed, the
 * list is the short lines in the heading's column, one under the other
 * (no more than two lines' space between them), wherever they fall in the
 * reading order; the article beside it is not. */
static void related(nz *z)
{
	size_t i, j;
	for (i = 0; i < z->n; i++) {
		const pm_block *h = z->b[i];
		if (!nz_free_text(h) || !nz_whole_entry(PM_LEX_RELATED_HEADINGS, h->text))
			continue;
		nz_aside(z, i, "other", "furniture.web.related: a page's list of related releases");
		for (j = i + 1; j < z->n && j < i + 40; j++) {
			if (z->b[j]->part == PM_PART_JUNK)
				continue;
			if (!related_item(z, h, j))
				break;
			nz_aside(z, j, "other", "furniture.web.related: a related release");
		}
		if (h->x1 > h->x0 && h->y1 > h->y0) {
			related_sidebar(z, i);
			/* the look ends with a placed heading's walk, as it did
			 * when the walk's own loop left j at the end */
			break;
		}
		i = j - 1;
	}
}

/* Convention furniture.web.meta_box: a CMS article template prints a box
 * of the article's metadata over the text ("Published: 3 June 2026
 * Category: Energy", "Catégorie : Mobilités", "Rubrik: Studium"): above
 * the release's text, a line opening with a label of [meta_labels] and
 * its colon, a short value after it (four words at most, no sentence, no
 * second colon) is the page's; the date's line is [date_labels]'s. */
static bool meta_line(const char *t)
{
	pm_lex_query q = {PM_LEX_META_LABELS, PM_LEX_ALL_LANGS, 0, 0, 0};
	const char *r;
	size_t k;
	if (!nz_may_open(PM_LEX_META_LABELS, t))
		return false;
	/* "Rubrique : Culture": French sets a space before the colon */
	k = pm_lex_opens_before(&q, t, ':');
	if (!k)
		k = pm_lex_opens_before(&q, t, ' ');
	if (!k)
		return false;
	r = t + k;
	while (*r == ' ')
		r++;
	if (*r != ':')
		return false;
	r++;
	return *r && !strchr(r, ':') && nz_words(r) >= 1 && nz_words(r) <= 4 && !nz_ends_sentence(r);
}

/* Convention furniture.web.share_bar: a page's share buttons printed side
 * by side on one line ("Share Facebook X LinkedIn", "Partager Facebook";
 * the print may break the bar, each piece its own line): share words
 * ([junk_lines], each of which alone is junk already) and network names
 * ([social_networks], as written), two or more, one a share word;
 * furniture.web.share_bar.label: the share word as a label with its
 * colon ("Share: Facebook X LinkedIn", "Teilen: Facebook"), as CMS
 * templates print it. */
static bool share_bar(const char *t)
{
	pm_lex_query junk = {PM_LEX_JUNK_LINES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query net = {PM_LEX_SOCIAL_NETWORKS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t n = strlen(t), i = 0, items = 0, verbs = 0;
	pm_lex_match m;
	bool share;
	/* the words are counted last: a paragraph fails at its first word */
	while (i < n) {
		while (i < n && t[i] == ' ')
			i++;
		if (i >= n)
			break;
		share = pm_lex_prefix(&junk, t + i, n - i, &m);
		/* furniture.web.share_bar.label: "Share: Facebook X" */
		if (share && i + m.len < n && t[i + m.len] == ':') {
			m.len++;
			verbs++;
		} else if (share && (i + m.len == n || t[i + m.len] == ' '))
			verbs++;
		else if (!(pm_lex_prefix(&net, t + i, n - i, &m) && (i + m.len == n || t[i + m.len] == ' ')))
			return false;
		i += m.len;
		items++;
	}
	return items >= 2 && verbs >= 1 && nz_words(t) <= 12;
}

void web_chrome(nz *z)
{
	size_t i, start;
	cookie_notice(z);
	start = text_start(z);
	/* a trail cut with an ellipsis reads as the first long sentence: it
	 * may be where the text seemed to start */
	for (i = 0; i < start || (i == start && i < z->n); i++)
		if (nz_free_text(z->b[i]) && breadcrumbs(z, i))
			nz_aside(z, i, "header", "furniture.web.breadcrumbs: the page's breadcrumb trail");
	start = text_start(z);
	for (i = 0; i < start; i++)
		if (nz_free_text(z->b[i]) && meta_line(z->b[i]->text))
			nz_aside(z, i, "header", "furniture.web.meta_box: a line of the article's metadata box");
	for (i = 0; i < z->n; i++)
		if (nz_free_text(z->b[i]) && share_bar(z->b[i]->text))
			nz_aside(z, i, "social", "furniture.web.share_bar: a page's share buttons");
	nav_menu(z, start);
	tag_list(z);
	related(z);
}
