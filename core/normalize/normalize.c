/*
 * normalize.c - the press-release normaliser: from the document model,
 * whatever the format, to the fields of the record (RECORD.md). Every rule
 * is written once, here, and works on blocks; the format shows only in how
 * much typography (font size, bold, styles) the blocks carry.
 *
 * Order matters: page furniture and scraper junk go first, then the end
 * mark (what follows it is not body), the release line, the headline (what
 * stands above it is letterhead), the dateline, the "About" and contact
 * sections, the signature; what is left is the body. Quotes, acronyms,
 * contacts and the date are then read from the parts they belong to.
 * With --explain each field records the rule and block that gave it.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- helpers --------------------------------------------------------- */

static void explain(nz *z, const char *field, const char *rule, long block)
{
	pm_fields *f = z->f;
	if (!z->explain || !pm_grow((void **)&f->evidence, &f->capevidence, f->nevidence, sizeof *f->evidence))
		return;
	f->evidence[f->nevidence].stage = NULL;
	f->evidence[f->nevidence].field = field;
	f->evidence[f->nevidence].rule = rule;
	f->evidence[f->nevidence].block = block;
	f->nevidence++;
}

/* ---- content blocks --------------------------------------------------- */

/* ---- the rules --------------------------------------------------------- */

static void set_part(pm_block *b, int part)
{
	b->part = part;
}

static void find_end_mark(nz *z)
{
	size_t i;
	for (i = 0; i < z->n; i++) {
		char *m = rule_end_mark(z->b[i]->text);
		if (!m)
			continue;
		/* An end mark in the first lines is a separator, not the end. */
		if (i < 3 && z->n > 6) {
			free(m);
			continue;
		}
		pm_fields_set(&z->f->end_mark, m);
		free(m);
		set_part(z->b[i], PM_PART_END_MARK);
		z->end = i;
		explain(z, "end_mark", "end-mark line", (long)z->bi[i]);
		return;
	}
	z->end = z->n;
}

static void find_release(nz *z)
{
	size_t i;
	for (i = 0; i < z->n && i < 30; i++) {
		pm_block *b = z->b[i];
		char *rel;
		if (i > 0 && b->type == PM_BLOCK_PARAGRAPH && nz_cps(b->text) > 300)
			break; /* the release proper has begun */
		size_t used = 0;
		if (b->part)
			continue;
		rel = rule_release_line(b->text, &used);
		if (!rel)
			continue;
		pm_fields_set(&z->f->release, rel);
		{
			char emb[40];
			if (rule_embargo(rel, emb, z->dayfirst))
				pm_fields_set(&z->f->embargo, emb);
		}
		free(rel);
		z->release = (long)i;
		explain(z, "release", "release-line pattern", (long)z->bi[i]);
		if (used >= strlen(b->text)) {
			set_part(b, PM_PART_RELEASE);
		} else {
			/* "FOR IMMEDIATE RELEASE\nHeadline...": keep the rest */
			char *rest = pm_strdup(b->text + used);
			char *tr = rest ? nz_trim(rest, strlen(rest), ":-\n") : NULL;
			free(rest);
			if (tr && *tr) {
				free(b->text);
				b->text = tr;
			} else {
				free(tr);
				set_part(b, PM_PART_RELEASE);
			}
		}
		return;
	}
}

/* Typographic weight of a block as a headline candidate. */
static double headline_score(nz *z, size_t i, const pm_block *b)
{
	double s = 0;
	size_t len = nz_cps(b->text), words = nz_words(b->text);
	if (b->role == PM_ROLE_TITLE)
		s += 100;
	if (b->role == PM_ROLE_SUBTITLE)
		s -= 40;
	if (b->type == PM_BLOCK_HEADING)
		s += b->level <= 1 ? 45 : 30 - 3 * b->level;
	if (b->font_size > 0 && z->body_font > 0) {
		double r = b->font_size / z->body_font;
		if (r >= 1.15)
			s += 30 + 20 * (r > 2.5 ? 1.5 : r - 1);
		else if (r < 0.95)
			s -= 20;
	}
	if (b->flags & PM_BF_BOLD)
		s += 8;
	if (len < 12 || words < 3)
		s -= 25;
	else if (words >= 6 && words <= 16 && !strstr(b->text, ". ") &&
	         (!nz_ends_sentence(b->text) || nz_last_cp(b->text) == '?' || nz_last_cp(b->text) == '!' ||
	          nz_last_cp(b->text) == 0x061F))
		s += 6; /* a title says something (or asks it): a name alone rarely does */
	if (nz_last_cp(b->text) == '.' && words > 12)
		s -= 12; /* a full sentence is more likely the lead */
	if (len > 250)
		s -= 60;
	if (len > 400)
		s -= 200;
	if (nz_last_cp(b->text) == '.' && words > 25)
		s -= 20;
	if (strchr(b->text, '\n') && len > 200)
		s -= 30;
	s -= 4.0 * (double)i;
	return s;
}

static bool not_headline(nz *z, const pm_block *b)
{
	const char *t = b->text;
	if (!t || !*t)
		return true;
	if (b->type == PM_BLOCK_TABLE || b->type == PM_BLOCK_LIST_ITEM)
		return true;
	if (pm_date_only(t, z->dayfirst) || rule_contact_heading(t) || rule_about_heading(t, NULL))
		return true;
	{
		dl_match m;
		if (rule_date_first_dateline(z, t, &m) || (rule_dateline(z, t, &m) && m.whole))
			return true;
	}
	if (rule_letterhead_line(t) || rule_byline(t, NULL))
		return true;
	return false;
}

static bool all_caps(const char *s, size_t n)
{
	size_t i, up = 0, lo = 0;
	for (i = 0; i < n; i++) {
		if (isupper((unsigned char)s[i]))
			up++;
		else if (islower((unsigned char)s[i]))
			lo++;
	}
	return up >= 4 && lo == 0;
}

static void set_headline_text(nz *z, const char *t, long blk)
{
	char *flat;
	const char *nl = strchr(t, '\n');
	/* "Headline:" - a template's label, not the title */
	{
		static const char *const labels[] = {"Headline:", "Headline :", "Title:", "Titre :", "Titre:",
		                                     "Titular:", "Título:", "Titel:", "Überschrift:", NULL};
		size_t k;
		for (k = 0; labels[k]; k++) {
			size_t l = nz_prefix(t, labels[k]);
			if (l) {
				t += l;
				while (*t == ' ')
					t++;
				break;
			}
		}
	}
	/* Two lines, the first in capitals and the second not: title and
	 * subtitle set in one paragraph. */
	if (nl && all_caps(t, (size_t)(nl - t)) && !all_caps(nl + 1, strlen(nl + 1)) && !strchr(nl + 1, '\n') &&
	    nz_words(nl + 1) <= 20) {
		char *h = pm_strndup(t, (size_t)(nl - t)), *sub = pm_text_flatten(nl + 1);
		if (h && sub) {
			set_headline_text(z, h, blk);
			pm_fields_set(&z->f->subheadline, sub);
			z->sub_done = true;
			explain(z, "subheadline", "second line of the headline paragraph", blk);
		}
		free(h);
		free(sub);
		return;
	}
	char *head = NULL;
	flat = pm_text_flatten(t);
	if (!flat)
		return;
	rule_split_tags(flat, &z->f->tags, &head, z->lang);
	pm_fields_set(&z->f->headline, head ? head : flat);
	free(head);
	free(flat);
	explain(z, "headline", "first title-like block", blk);
}

static void set_dateline(nz *z, const dl_match *m, long blk, const char *rule);
static void place_opening(nz *z, size_t from, dl_match *m);

/* A scrape that ran the headline and the dateline into one line: "…
 * low income children October 18 2007 Washington D C". The date and the
 * place after it, ending the line, are the dateline. */
static void headline_tail_dateline(nz *z, pm_block *b)
{
	pm_date d;
	size_t n = strlen(b->text), from = 0;
	while (from < n && pm_date_find(b->text, n, from, z->dayfirst, &d)) {
		dl_match m;
		if (d.start > 20 && rule_date_first_dateline(z, b->text + d.start, &m)) {
			char *head = nz_trim(b->text, d.start, ",-:|");
			if (head && nz_words(head) >= 3) {
				set_dateline(z, &m, -1, "dateline run into the headline line");
				free(b->text);
				b->text = head;
				z->dateline_done = true;
				return;
			}
			free(head);
		}
		/* "… French Tech Alsace Strasbourg 20 Mai 2014": a place and a
		 * date ending the line */
		if (d.start > 20 && pm_date_only(b->text + d.end, z->dayfirst) == false &&
		    !b->text[d.end + strspn(b->text + d.end, " .,:-")]) {
			size_t ws = d.start, words = 0;
			while (ws > 0 && words < 3) {
				size_t k = ws;
				while (k > 0 && b->text[k - 1] == ' ')
					k--;
				while (k > 0 && b->text[k - 1] != ' ')
					k--;
				ws = k;
				words++;
				if (pm_cp_is_upper(nz_first_cp(b->text + ws))) {
					dl_match m2;
					char *tail = pm_strdup(b->text + ws);
					if (tail && rule_dateline(z, tail, &m2) && m2.whole && m2.location[0] &&
					    nz_words(m2.location) == words) {
						char *head = nz_trim(b->text, ws, ",-:|");
						if (head && nz_words(head) >= 3) {
							set_dateline(z, &m2, -1, "place and date ending the headline line");
							free(b->text);
							b->text = head;
							z->dateline_done = true;
							free(tail);
							return;
						}
						free(head);
					}
					free(tail);
				}
			}
		}
		from = d.end;
	}
}

/* "September 25 2007 Last Chance for …": a scrape put the date line and
 * the title on one line. The date is a dateline (the place may open the
 * text below). */
static void headline_head_date(nz *z, pm_block *b)
{
	pm_date d;
	size_t n = strlen(b->text), e;
	if (!pm_date_find(b->text, n < 60 ? n : 60, 0, z->dayfirst, &d) || d.start != 0)
		return;
	e = d.end + strspn(b->text + d.end, " ,:-");
	if (nz_words(b->text + e) < 3 || !pm_cp_is_upper(nz_first_cp(b->text + e)))
		return;
	{
		dl_match m;
		char *rest = pm_strdup(b->text + e);
		memset(&m, 0, sizeof m);
		m.has_date = true;
		m.date = d;
		m.whole = true;
		snprintf(m.text, sizeof m.text, "%.*s", (int)d.end, b->text);
		if (!rest)
			return;
		free(b->text);
		b->text = rest;
		place_opening(z, (size_t)z->head + 1, &m);
		set_dateline(z, &m, -1, "date line run into the headline line");
		z->dateline_done = true;
	}
}

/* A caption the plugin recognised by layout (a credit or a chart's
 * labels set small beside a picture): furniture, as rule_caption's. */
static bool plugin_caption(const pm_block *b)
{
	return b->type == PM_BLOCK_CAPTION;
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
		if (b->part || !b->text || nz_words(b->text) > 8) {
			start = i + 1; /* a claimed or long block ends a run */
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
			explain(z, "letterhead", "short blocks above the first page's text, with a site, e-mail or phone",
			        (long)z->bi[i]);
		}
}

/* Whether t holds a sentence: one ends in it, at its end or before a
 * space ("... Costa del Sol. Airport Direction"). */
static bool holds_sentence(const char *t)
{
	const char *p;
	if (nz_ends_sentence(t))
		return true;
	for (p = t; *p; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' && p > t && !isupper((unsigned char)p[-1]))
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
 * title). The e-mails and phones in it are still the document's. A box
 * that says something in sentences (a pull quote, a note) stays, and so
 * do the labels of a drawing or a form, which give no contact. */
static void layout_side_labels(nz *z)
{
	size_t i, j, k;
	for (i = 0; i < z->end; i = j) {
		bool labels = true, contact = false, top = true;
		for (j = i; j < z->end && (z->b[j]->layout & PM_BL_SIDE); j++) {
			const pm_block *b = z->b[j];
			if (b->part || !b->text || nz_words(b->text) > 15 || holds_sentence(b->text))
				labels = false;
			else if (rule_letterhead_line(b->text) || rule_contact_heading(b->text))
				contact = true;
			if (b->page > 1 || !(b->layout & PM_BL_TOP_BAND))
				top = false;
		}
		if (j == i) {
			j++;
			continue;
		}
		if (!labels || !(contact || top))
			continue;
		for (k = i; k < j; k++) {
			set_part(z->b[k], PM_PART_FURNITURE);
			explain(z, "furniture", "a box beside the text with a masthead or contact lines", (long)z->bi[k]);
		}
	}
}

static void find_headline(nz *z)
{
	size_t i, best = (size_t)-1, limit;
	double bs = -1e9;
	/* Candidates: the blocks before the first long body paragraph. */
	for (limit = 0; limit < z->end && limit < 12; limit++) {
		pm_block *b = z->b[limit];
		if (!b->part && b->type == PM_BLOCK_PARAGRAPH && nz_cps(b->text) > 300 &&
		    b->role != PM_ROLE_TITLE && limit > 0)
			break;
	}
	if (limit == 0 && z->end > 0)
		limit = 1;
	for (i = 0; i < limit; i++) {
		pm_block *b = z->b[i];
		double s;
		if (b->part || not_headline(z, b))
			continue;
		/* After a release line, what is above it is letterhead. */
		if (z->release >= 0 && (long)i < z->release)
			continue;
		/* a name or an address above a site, address or phone line is
		 * letterhead too */
		if (nz_words(b->text) <= 8 &&
		    ((i + 1 < z->n && !z->b[i + 1]->part && rule_letterhead_line(z->b[i + 1]->text)) ||
		     (i + 2 < z->n && !z->b[i + 2]->part && rule_letterhead_line(z->b[i + 2]->text) &&
		      nz_words(z->b[i + 1]->text) <= 8)))
			continue;
		s = headline_score(z, i, b);
		if (s > bs) {
			bs = s;
			best = i;
		}
	}
	/* A long paragraph is a headline only when nothing else could be. */
	if (best != (size_t)-1 && bs < -40)
		best = (size_t)-1;
	if (best == (size_t)-1) {
		/* Markdown front matter's title, only when the text has none. */
		const char *t = pm_doc_property(z->doc, "title");
		if (t && z->fmt_txt)
			set_headline_text(z, t, -1), explain(z, "headline", "front matter title", -1);
		return;
	}
	/* A page-title remnant: the same title cut off, just above the
	 * full one ("… SIGNED BY THE P" / "… SIGNED BY THE PRESIDENT"). */
	if (best + 1 < z->end && !z->b[best + 1]->part && z->b[best + 1]->text &&
	    strlen(z->b[best + 1]->text) > strlen(z->b[best]->text) &&
	    !strncmp(z->b[best + 1]->text, z->b[best]->text, strlen(z->b[best]->text)) &&
	    nz_words(z->b[best]->text) >= 4) {
		set_part(z->b[best], PM_PART_FURNITURE);
		best++;
	}
	z->head = (long)best;
	set_part(z->b[best], PM_PART_HEADLINE);
	headline_head_date(z, z->b[best]);
	headline_tail_dateline(z, z->b[best]);
	set_headline_text(z, z->b[best]->text, (long)z->bi[best]);
	/* Nothing marked it as the title (style, heading, size, markup) and
	 * it was not the first thing in the document: a guess. */
	{
		const pm_block *hb = z->b[best];
		bool typo = hb->role == PM_ROLE_TITLE || hb->type == PM_BLOCK_HEADING ||
		            (hb->font_size > 0 && z->body_font > 0 && hb->font_size >= 1.15 * z->body_font);
		if (!typo && (best > 0 || bs < 0))
			pm_doc_warn(z->doc, "headline.guessed", PM_EFFECT_INFO,
			            "headline chosen by position and shape, with no title style or size to confirm it");
	}
	for (i = 0; i < best; i++)
		if (!z->b[i]->part)
			set_part(z->b[i], PM_PART_LETTERHEAD);
	/* A subheadline: a short secondary title right under it. */
	for (i = best + 1; !z->sub_done && i < z->end && i < best + 2; i++) {
		pm_block *b = z->b[i];
		size_t len;
		if (b->part)
			continue;
		len = nz_cps(b->text);
		if (b->type == PM_BLOCK_TABLE || b->type == PM_BLOCK_LIST_ITEM || len > 200 || len < 8 ||
		    (nz_words(b->text) > 20 && b->role != PM_ROLE_SUBTITLE))
			break; /* a standfirst sentence is body */
		{
			dl_match dm;
			if (rule_date_first_dateline(z, b->text, &dm))
				break;
		}
		if (pm_date_only(b->text, z->dayfirst) || rule_dateline(z, b->text, NULL) ||
		    rule_byline(b->text, NULL) || rule_contact_heading(b->text) ||
		    rule_about_heading(b->text, NULL))
			break;
		if (b->role == PM_ROLE_SUBTITLE || (!nz_ends_sentence(b->text) || b->flags & PM_BF_ITALIC) ||
		    (b->type == PM_BLOCK_HEADING && b->level >= 2)) {
			if (nz_last_cp(b->text) == '.' && nz_words(b->text) > 12 && b->role != PM_ROLE_SUBTITLE)
				break;
			{
				char *flat = pm_text_flatten(b->text);
				pm_fields_set(&z->f->subheadline, flat);
				free(flat);
			}
			set_part(b, PM_PART_SUBHEADLINE);
			explain(z, "subheadline", "short line under the headline", (long)z->bi[i]);
		}
		break;
	}
}

static void set_dateline(nz *z, const dl_match *m, long blk, const char *rule)
{
	pm_fields *f = z->f;
	f->dateline.set = true;
	pm_fields_set(&f->dateline.text, m->text);
	pm_fields_set(&f->dateline.location, m->location[0] ? m->location : NULL);
	f->dateline.has_date = m->has_date;
	if (m->has_date) {
		pm_date_iso(&m->date, f->dateline.date);
		if (m->date.ambiguous)
			z->ambiguous = true;
	}
	explain(z, "dateline", rule, blk);
}

/* The first paragraph may open with the place of a dateline whose date
 * stands on its own line above ("March 24, 2006" / "WASHINGTON, DC --"). */
static void place_opening(nz *z, size_t from, dl_match *m)
{
	size_t i;
	for (i = from; i < z->end && i < from + 3; i++) {
		pm_block *b = z->b[i];
		char loc[128];
		size_t off;
		if (b->part)
			continue;
		off = rule_place_opening(b->text, z->stripped, loc, sizeof loc);
		if (off && b->text[off]) {
			char *rest = pm_strdup(b->text + off);
			snprintf(m->location, sizeof m->location, "%s", loc);
			if (rest) {
				free(b->text);
				b->text = rest;
			}
		}
		return;
	}
}

static void find_dateline(nz *z)
{
	size_t i, start = z->head >= 0 ? (size_t)z->head + 1 : 0, seen = 0;
	if (z->dateline_done)
		return;
	for (i = start; i < z->end && seen < 4; i++) {
		pm_block *b = z->b[i];
		dl_match m;
		if (b->part && b->part != PM_PART_LETTERHEAD)
			continue;
		if (b->type == PM_BLOCK_TABLE)
			continue;
		seen++;
		{
			pm_date cd;
			if (rule_closing_date(b->text, z->dayfirst, &cd))
				continue; /* a signature's date, not a dateline */
		}
		if (rule_date_first_dateline(z, b->text, &m)) {
			set_part(b, PM_PART_DATELINE);
			set_dateline(z, &m, (long)z->bi[i], "date then place, on a line of its own");
			z->dateline_block = (long)i;
			return;
		}
		if (rule_dateline(z, b->text, &m)) {
			if (m.whole && !m.location[0]) {
				set_part(b, PM_PART_DATELINE);
				place_opening(z, i + 1, &m);
				set_dateline(z, &m, (long)z->bi[i],
				             m.location[0] ? "date line, place opening the paragraph" : "date line");
				z->dateline_block = (long)i;
				return;
			}
			set_dateline(z, &m, (long)z->bi[i], m.whole ? "dateline line" : "dateline opening the paragraph");
			if (m.whole || !b->text[m.body_offset]) {
				set_part(b, PM_PART_DATELINE);
			} else {
				char *rest = pm_strdup(b->text + m.body_offset);
				if (rest) {
					free(b->text);
					b->text = rest;
				}
			}
			z->dateline_block = (long)i;
			return;
		}
		/* only the first paragraph may open with a dateline */
		if (!b->part && (nz_cps(b->text) > 200 || (nz_cps(b->text) > 60 && nz_ends_sentence(b->text))))
			break;
	}
	/* A date alone above the headline, the place opening the text. */
	for (i = 0; z->head >= 0 && i < (size_t)z->head; i++) {
		dl_match m;
		if (z->b[i]->part == PM_PART_LETTERHEAD &&
		    (rule_date_first_dateline(z, z->b[i]->text, &m) ||
		     (rule_dateline(z, z->b[i]->text, &m) && m.whole))) {
			set_part(z->b[i], PM_PART_DATELINE);
			if (!m.location[0])
				place_opening(z, start, &m);
			set_dateline(z, &m, (long)z->bi[i], "date line above the headline");
			return;
		}
	}
	/* A place with no date opening the text: a dateline without date. */
	{
		dl_match m;
		memset(&m, 0, sizeof m);
		place_opening(z, start, &m);
		if (m.location[0]) {
			snprintf(m.text, sizeof m.text, "%s", m.location);
			set_dateline(z, &m, -1, "place opening the first paragraph");
			return;
		}
	}
	/* No dateline, but a wire tag opening the first paragraph. */
	for (i = start; i < z->end; i++) {
		pm_block *b = z->b[i];
		size_t w;
		if (b->part)
			continue;
		w = rule_leading_wire_tag(b->text);
		if (w && b->text[w]) {
			char *rest = pm_strdup(b->text + w);
			if (rest) {
				free(b->text);
				b->text = rest;
				explain(z, "dateline", "wire tag without place or date, removed", (long)z->bi[i]);
			}
		}
		break;
	}
}

/* About sections and contact blocks. */
static void find_sections(nz *z)
{
	size_t i;
	for (i = (z->head >= 0 ? (size_t)z->head + 1 : 0); i < z->n; i++) {
		pm_block *b = z->b[i];
		char *heading = NULL, *inline_rest = NULL;
		if (b->part && b->part != PM_PART_AFTER_END)
			continue;
		if (rule_about_heading(b->text, &inline_rest) && (inline_rest || nz_cps(b->text) < 400)) {
			pm_about sec;
			size_t j;
			memset(&sec, 0, sizeof sec);
			heading = inline_rest ? pm_strndup(b->text, (size_t)(inline_rest - b->text)) : pm_strdup(b->text);
			if (heading) {
				char *h2 = nz_trim(heading, strlen(heading), ":-");
				free(heading);
				heading = h2;
			}
			sec.heading = heading;
			if (inline_rest && *inline_rest) {
				char *p = nz_trim(inline_rest, strlen(inline_rest), ":-");
				if (p && *p)
					pm_strv_add(&sec.paragraphs, p);
				else
					free(p);
			}
			set_part(b, PM_PART_ABOUT);
			for (j = i + 1; j < z->n; j++) {
				pm_block *c = z->b[j];
				if (c->part == PM_PART_END_MARK)
					break;
				if (c->part && c->part != PM_PART_AFTER_END)
					break;
				if (sec.paragraphs.n > 0 && nz_words(c->text) < 40 && !nz_ends_sentence(c->text)) {
					size_t s0, e0;
					if (rule_find_email(c->text, 0, &s0, &e0) ||
					    rule_find_phone(c->text, 0, false, &s0, &e0))
						break;
				}
				if (rule_contact_paragraph(c->text))
					break;
				if (rule_about_heading(c->text, NULL) || rule_contact_heading(c->text) ||
				    (c->type == PM_BLOCK_HEADING) || rule_end_mark_text(c->text))
					break;
				/* a short title-like line after the section ends it */
				if (!nz_ends_sentence(c->text) && nz_words(c->text) <= 6 &&
				    sec.paragraphs.n > 0 && !nz_has_digit(c->text) &&
				    !strchr(c->text, '@') && !strstr(c->text, "www."))
					break;
				{
					char *flat = pm_text_flatten(c->text);
					if (flat && *flat)
						pm_strv_add(&sec.paragraphs, flat);
					else
						free(flat);
				}
				set_part(c, PM_PART_ABOUT);
			}
			if (pm_grow((void **)&z->f->about, &z->f->capabout, z->f->nabout, sizeof *z->f->about)) {
				z->f->about[z->f->nabout++] = sec;
			} else {
				free(sec.heading);
				pm_strv_free(&sec.paragraphs);
			}
			explain(z, "about", "About heading", (long)z->bi[i]);
			i = j - 1;
			continue;
		}
		if (rule_contact_paragraph(b->text) && !rule_contact_heading(b->text)) {
			set_part(b, PM_PART_CONTACT);
			explain(z, "contacts", "contact paragraph", (long)z->bi[i]);
			continue;
		}
		if (rule_contact_heading(b->text)) {
			size_t j;
			set_part(b, PM_PART_CONTACT);
			z->contact_start = z->contact_start < 0 ? (long)i : z->contact_start;
			for (j = i + 1; j < z->n; j++) {
				pm_block *c = z->b[j];
				if (c->part == PM_PART_END_MARK)
					break;
				if (c->part && c->part != PM_PART_AFTER_END)
					break;
				if (rule_about_heading(c->text, NULL) || rule_end_mark_text(c->text))
					break;
				if (nz_cps(c->text) > 200 && nz_ends_sentence(c->text) && !strchr(c->text, '@'))
					break;
				set_part(c, PM_PART_CONTACT);
			}
			explain(z, "contacts", "contact heading", (long)z->bi[i]);
			i = j - 1;
		}
	}
}

/* Short lines closing the document, one of them an e-mail address or a
 * phone number, with no heading above: a contact block all the same. */
static void trailing_contacts(nz *z)
{
	size_t i = z->end, first = z->end, names = 0;
	bool has = false;
	/* From the end up: lines with an address, a number or a site are the
	 * block; above the first of them, up to three short name or title
	 * lines ("Jane Doe" / "Acme Inc."), or a line ending in ':' that
	 * introduces them, and no more: an event list above is not it. */
	while (i-- > 0) {
		pm_block *b = z->b[i];
		size_t s0, e0, items = 0, from = 0;
		if (b->part == PM_PART_FURNITURE || b->part == PM_PART_JUNK)
			continue;
		if (b->part == PM_PART_CONTACT) {
			first = i;
			continue;
		}
		if (b->part)
			break;
		while (items < 4 && rule_find_email(b->text, from, &s0, &e0))
			items++, from = e0;
		from = 0;
		while (items < 4 && rule_find_phone(b->text, from, true, &s0, &e0))
			items++, from = e0;
		if (!items && (strstr(b->text, "www.") || strstr(b->text, "http")) && nz_words(b->text) <= 6) {
			/* a web address extends the block, it does not make one */
			if (has) {
				names = 0;
				first = i;
			}
			continue;
		}
		if (items) {
			/* a sentence giving one number is body ("call 0800 …") */
			if (!(items >= 2 && nz_words(b->text) <= 60 && !nz_ends_sentence(b->text)) &&
			    (nz_words(b->text) > 14 || (nz_ends_sentence(b->text) && nz_last_cp(b->text) != ':' &&
			                                nz_words(b->text) > 6)))
				break;
			has = true;
			names = 0;
			first = i;
			continue;
		}
		if (!has) {
			/* short closing lines below the contact lines */
			if (nz_words(b->text) > 6 || nz_ends_sentence(b->text))
				break;
			continue;
		}
		if (nz_last_cp(b->text) == ':' && nz_words(b->text) <= 8) {
			first = i;
			break;
		}
		if (names < 3 && nz_words(b->text) <= 8 && !nz_ends_sentence(b->text) && !strchr(b->text, ':')) {
			names++;
			first = i;
			continue;
		}
		break;
	}
	/* the run must close a document that has a body before it */
	if (!has || first >= z->end || first == 0 || (z->head >= 0 && first <= (size_t)z->head + 1 &&
	                                              first >= z->end - 1))
		return;
	/* the run must begin after the body's last paragraph */
	{
		bool heading = false;
		for (i = first; i < z->end; i++)
			if (z->b[i]->part == PM_PART_CONTACT)
				heading = true;
		/* with no heading above, the run's first line, a name, signs
		 * the release ("Association Adikia" / motto / e-mail / site) */
		if (!heading && !z->f->byline &&
		    first > 0 && rule_signatory(z->b[first]->text) && !rule_contact_heading(z->b[first]->text)) {
			size_t s0, e0;
			if (!rule_find_email(z->b[first]->text, 0, &s0, &e0)) {
				char *flat = pm_text_flatten(z->b[first]->text);
				pm_fields_set(&z->f->byline, flat);
				free(flat);
				explain(z, "byline", "name heading the closing contact lines", (long)z->bi[first]);
			}
		}
	}
	for (i = first; i < z->end; i++)
		if (!z->b[i]->part)
			set_part(z->b[i], PM_PART_CONTACT);
	explain(z, "contacts", "closing lines with an address or number", (long)z->bi[first]);
}

static void find_byline(nz *z)
{
	size_t i, start = z->head >= 0 ? (size_t)z->head + 1 : 0;
	char *name = NULL;
	/* "By Jane Doe" under the headline (or above it, under the release
	 * line: "Prepared by Aubrey Moore, May 23, 2021") */
	for (i = z->release >= 0 ? (size_t)z->release + 1 : start; i < z->end && i < start + 4; i++) {
		pm_block *b = z->b[i];
		if (b->part && b->part != PM_PART_LETTERHEAD)
			continue;
		if (rule_byline(b->text, &name)) {
			pm_date d;
			pm_fields_set(&z->f->byline, name);
			free(name);
			set_part(b, PM_PART_BYLINE);
			explain(z, "byline", "By-line under the headline", (long)z->bi[i]);
			/* "Prepared by X, May 23, 2021": the release's own date */
			if (!z->have_date && pm_date_find(b->text, strlen(b->text), 0, z->dayfirst, &d)) {
				z->date = d;
				z->have_date = true;
				explain(z, "date", "date on the byline", (long)z->bi[i]);
			}
			return;
		}
	}
	/* A signature: the last short line of the release proper, maybe
	 * under the signatory's title ("Le Ministre de …, Porte-Parole du
	 * Gouvernement" / "Amadou SARRE") and above a closing date. */
	for (i = z->end; i-- > start;) {
		pm_block *b = z->b[i];
		if (b->part == PM_PART_ABOUT || b->part == PM_PART_CONTACT || b->part == PM_PART_AFTER_END ||
		    b->part == PM_PART_FURNITURE || b->part == PM_PART_JUNK)
			continue;
		if (!b->part && (pm_date_only(b->text, z->dayfirst) || rule_date_label(b->text))) {
			pm_date d;
			if (!z->have_date && pm_date_find(b->text, strlen(b->text), 0, z->dayfirst, &d)) {
				z->date = d;
				z->have_date = true;
				explain(z, "date", "closing date line", (long)z->bi[i]);
			}
			set_part(b, PM_PART_BYLINE);
			continue;
		}
		if (b->part)
			break;
		if (i > start && rule_signatory(b->text) && rule_title_line(z->b[i - 1]->text) &&
		    !z->b[i - 1]->part) {
			char *flat = pm_text_flatten(b->text);
			pm_fields_set(&z->f->byline, flat);
			free(flat);
			set_part(b, PM_PART_BYLINE);
			set_part(z->b[i - 1], PM_PART_BYLINE);
			if (i - 1 > start && !z->b[i - 2]->part && rule_title_line(z->b[i - 2]->text) &&
			    nz_last_cp(z->b[i - 2]->text) == ',')
				set_part(z->b[i - 2], PM_PART_BYLINE);
			explain(z, "byline", "signatory under a title line", (long)z->bi[i]);
			return;
		}
		if (rule_byline(b->text, &name)) {
			pm_fields_set(&z->f->byline, name);
			free(name);
			set_part(b, PM_PART_BYLINE);
			explain(z, "byline", "Source/By line at the end", (long)z->bi[i]);
			return;
		}
		if (rule_signature(z, i)) {
			char *flat = pm_text_flatten(b->text);
			char *nl = flat ? strchr(flat, '\n') : NULL;
			if (nl)
				*nl = '\0';
			pm_fields_set(&z->f->byline, flat);
			free(flat);
			set_part(b, PM_PART_BYLINE);
			explain(z, "byline", "signature line closing the release", (long)z->bi[i]);
			pm_doc_warn(z->doc, "byline.guessed", PM_EFFECT_INFO, "byline taken from the short line closing the release");
		}
		break;
	}
}

/* Closing lines "Fait à Dakar, le 3 mai 2024" and "Date: ..." lines. */
static void find_closing_date(nz *z)
{
	size_t i;
	for (i = 0; i < z->n; i++) {
		pm_block *b = z->b[i];
		pm_date d;
		if (b->part && b->part != PM_PART_AFTER_END && b->part != PM_PART_LETTERHEAD &&
		    b->part != PM_PART_BYLINE)
			continue;
		if (rule_closing_date(b->text, z->dayfirst, &d)) {
			if (!z->have_date) {
				z->date = d;
				z->have_date = true;
				explain(z, "date", "closing 'Fait à'/'Date:' line", (long)z->bi[i]);
			}
			if (!b->part)
				set_part(b, PM_PART_BYLINE);
		}
	}
}

static const char *body_type(const pm_block *b)
{
	switch (b->type) {
	case PM_BLOCK_HEADING: return "heading";
	case PM_BLOCK_LIST_ITEM: return "list_item";
	case PM_BLOCK_QUOTE: return "quote";
	case PM_BLOCK_TABLE: return "table";
	default:
		if ((b->flags & PM_BF_BOLD) && (b->flags & PM_BF_MARKUP) && nz_cps(b->text) < 120 &&
		    !nz_ends_sentence(b->text))
			return "heading";
		return "paragraph";
	}
}

static void build_body(nz *z)
{
	size_t i;
	for (i = 0; i < z->end; i++) {
		pm_block *b = z->b[i];
		char *flat;
		const char *ty;
		if (b->part)
			continue;
		if (rule_junk(b)) {
			set_part(b, PM_PART_JUNK);
			continue;
		}
		set_part(b, PM_PART_BODY);
		ty = body_type(b);
		/* An explicit line break inside a paragraph (Word's w:br, a
		 * Markdown hard break) shows a new line to the reader: each
		 * line is an entry of its own, except in a table, and except
		 * where the next line goes on in lower case (a wrap written as
		 * a break). */
		{
			char *copy = pm_strdup(b->text), *save = NULL, *line, *q;
			bool split = b->type != PM_BLOCK_TABLE;
			/* the parenthesis depth of the line so far, counted up to
			 * `counted`: a line that many breaks turned into wraps is
			 * counted once, not again at each break */
			const char *counted = copy;
			int depth = 0;
			for (q = copy; q && (q = strchr(q, '\n')); q++) {
				/* inside an open parenthesis the break is a wrap */
				for (; counted < q; counted++)
					depth += *counted == '(' ? 1 : *counted == ')' ? -1 : 0;
				/* lower case after a list item's ";" is the next item */
				if (!split || depth > 0 ||
				    (pm_cp_is_lower(nz_first_cp(q + 1)) && !(q > copy && strchr(";.!?", q[-1])))) {
					*q = ' ';
				} else {
					depth = 0; /* a new line begins */
				}
				counted = q + 1;
			}
			for (line = copy ? (split ? strtok_r(copy, "\n", &save) : copy) : NULL; line;
			     line = split ? strtok_r(NULL, "\n", &save) : NULL) {
				flat = pm_text_flatten(line);
				if (flat && *flat) {
					pm_fields *f = z->f;
					if (pm_grow((void **)&f->body, &f->capbody, f->nbody, sizeof *f->body)) {
						pm_body_item *it = &f->body[f->nbody++];
						it->type = ty;
						it->text = flat;
						it->level = !strcmp(ty, "heading") ? (b->level >= 1 && b->level <= 6 ? b->level : 2) : 0;
						flat = NULL;
					}
				}
				free(flat);
			}
			free(copy);
		}
	}
}

static void decide_date(nz *z)
{
	pm_fields *f = z->f;
	const char *d = f->dateline.set && f->dateline.has_date ? f->dateline.date : NULL;
	char iso[11];
	if (d) {
		pm_fields_set(&f->date, d);
		explain(z, "date", "dateline", -1);
	} else {
		const char *rel = f->release;
		pm_date rd;
		if (rel && pm_date_find(rel, strlen(rel), 0, z->dayfirst, &rd)) {
			pm_date_iso(&rd, iso);
			pm_fields_set(&f->date, iso);
			if (rd.ambiguous)
				z->ambiguous = true;
			explain(z, "date", "release line", -1);
		} else if (z->have_date) {
			pm_date_iso(&z->date, iso);
			pm_fields_set(&f->date, iso);
			if (z->date.ambiguous)
				z->ambiguous = true;
		} else if (rule_first_sentence_date(z, &rd)) {
			pm_date_iso(&rd, iso);
			pm_fields_set(&f->date, iso);
			explain(z, "date", "first sentence: 'announced today, DATE'", -1);
			pm_doc_warn(z->doc, "date.guessed", PM_EFFECT_INFO, "release date read from the first sentence (no dateline)");
		} else {
			const char *fm = pm_doc_property(z->doc, "date");
			if (fm && z->fmt_txt && pm_date_find(fm, strlen(fm), 0, 1, &rd)) {
				pm_date_iso(&rd, iso);
				pm_fields_set(&f->date, iso);
				explain(z, "date", "front matter date", -1);
			}
		}
	}
	if (z->ambiguous && f->date) {
		f->date_ambiguous = true;
		pm_doc_warn(z->doc, "date.ambiguous", PM_EFFECT_INFO,
		            "numeric date with two readings; read %s from the language and dateline",
		            z->dayfirst ? "day-first" : "month-first");
	}
}

/* Some scrapes replaced all punctuation by spaces: rules that need a
 * separator or a period must then do without. */
static bool punctuation_stripped(nz *z)
{
	size_t i, words = 0, punct = 0;
	for (i = 0; i < z->n && words < 2000; i++) {
		const char *p;
		if (!z->b[i]->text)
			continue;
		words += nz_words(z->b[i]->text);
		for (p = z->b[i]->text; *p; p++)
			if (*p == '.' || *p == ',' || *p == ';')
				punct++;
	}
	return words >= 80 && punct * 40 < words;
}

/* A short line printed twice or more, word for word, is a running page
 * header or footer that the extraction kept in the text flow. Its copies
 * are found by hashing, in one pass: a line is furniture when, counting
 * from its first copy that could be furniture, enough copies follow. */
static bool furniture_candidate(const pm_block *a)
{
	if (nz_words(a->text) > 25 || nz_cps(a->text) < 8 || a->type == PM_BLOCK_HEADING)
		return false;
	/* a sentence said twice is the author's choice, not furniture; so is
	 * a paragraph that names its style: formats that have styles give
	 * their page headers apart */
	return !((nz_ends_sentence(a->text) && nz_words(a->text) > 8) || a->style);
}

static void repeated_furniture(nz *z)
{
	/* per text: how many copies are still ahead; then, per text found
	 * to be furniture, the position it was found at, plus one */
	pm_strmap ahead = {0}, from = {0};
	size_t i;
	for (i = 0; i < z->n; i++)
		if (furniture_candidate(z->b[i]) && !pm_strmap_add(&ahead, z->b[i]->text, strlen(z->b[i]->text)))
			goto out;
	for (i = 0; i < z->n; i++) {
		size_t *c = pm_strmap_get(&ahead, z->b[i]->text, strlen(z->b[i]->text));
		if (c)
			(*c)++;
	}
	for (i = 0; i < z->n; i++) {
		pm_block *a = z->b[i];
		size_t len = strlen(a->text), *c = pm_strmap_get(&ahead, a->text, len), *f, count;
		bool rep;
		if (!c)
			continue;
		count = (*c)--; /* this copy and those after it */
		if ((f = pm_strmap_get(&from, a->text, len)) && *f) {
			a->part = PM_PART_FURNITURE;
			continue;
		}
		if (a->part || !furniture_candidate(a))
			continue;
		/* twice is enough for a header line with a name and a place
		 * ("The Hon X MP, Minister for Y, TOWN"); a bare title said
		 * twice ("Forward Looking Statements") may be the author's */
		rep = count >= 3 || (count == 2 && nz_words(a->text) >= 6 &&
		                     (strchr(a->text, ',') || strchr(a->text, '|') || nz_has_digit(a->text)));
		if (!rep)
			continue;
		if (!(f = pm_strmap_add(&from, a->text, len)))
			goto out;
		*f = i + 1;
		a->part = PM_PART_FURNITURE;
	}
out:
	pm_strmap_free(&ahead);
	pm_strmap_free(&from);
}

static double median_font(nz *z)
{
	double v[256];
	size_t k = 0, i, j;
	for (i = 0; i < z->n && k < 256; i++)
		if (z->b[i]->font_size > 0 && z->b[i]->type == PM_BLOCK_PARAGRAPH && nz_cps(z->b[i]->text) > 80)
			v[k++] = z->b[i]->font_size;
	if (!k)
		return 0;
	for (i = 1; i < k; i++)
		for (j = i; j > 0 && v[j - 1] > v[j]; j--) {
			double t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	return v[k / 2];
}

void pm_normalize(pm_doc *doc, pm_fields *f, bool explain)
{
	nz z;
	size_t i;
	memset(&z, 0, sizeof z);
	z.doc = doc;
	z.f = f;
	z.explain = explain;
	z.head = z.release = z.dateline_block = z.contact_start = -1;
	z.fmt_txt = doc->format && !strcmp(doc->format, "txt");
	z.b = pm_calloc(doc->nblocks + 1, sizeof *z.b);
	z.bi = pm_calloc(doc->nblocks + 1, sizeof *z.bi);
	if (!z.b || !z.bi) {
		free(z.b);
		free(z.bi);
		doc->oom = true;
		return;
	}
	for (i = 0; i < doc->nblocks; i++) {
		pm_block *b = &doc->blocks[i];
		if (!pm_block_is_content(b->type)) {
			b->part = PM_PART_FURNITURE;
			continue;
		}
		if (!b->text || !*b->text)
			continue;
		z.bi[z.n] = i;
		z.b[z.n++] = b;
	}
	z.lang = doc->language;
	f->language = z.lang;
	/* Month-first numeric dates are an American habit. */
	z.dayfirst = !(z.lang && !strcmp(z.lang, "en"));
	z.stripped = punctuation_stripped(&z);
	z.body_font = median_font(&z);
	for (i = 0; i < z.n; i++)
		if (rule_junk(z.b[i]))
			z.b[i]->part = PM_PART_JUNK;
		else if (rule_page_number(z.b[i]->text) || rule_caption(z.b[i]->text) || plugin_caption(z.b[i]))
			z.b[i]->part = PM_PART_FURNITURE;
	repeated_furniture(&z);
	find_end_mark(&z);
	for (i = z.end + 1; i < z.n; i++)
		z.b[i]->part = PM_PART_AFTER_END;
	find_release(&z);
	layout_letterhead(&z);
	layout_side_labels(&z);
	find_headline(&z);
	find_dateline(&z);
	find_sections(&z);
	trailing_contacts(&z);
	find_closing_date(&z);
	find_byline(&z);
	build_body(&z);
	decide_date(&z);
	rule_acronyms(&z);
	rule_quotes(&z);
	rule_contacts(&z);
	free(z.b);
	free(z.bi);
}
