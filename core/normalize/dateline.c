/*
 * dateline.c - the dateline stage of the normaliser (normalize.c runs
 * it): place and date under the headline, on a line of their own or
 * opening the first paragraph (whose text then begins after them), or a
 * date above the headline with the place opening the text, or a place
 * alone; else a wire tag opening the text is removed. set_dateline and
 * place_opening are also the headline stage's, for a dateline run into
 * the headline's line.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void set_dateline(nz *z, const dl_match *m, long blk, const char *rule)
{
	pm_fields *f = z->f;
	f->dateline.set = true;
	z->dateline_blk = blk;
	/* dateline.shape.label: a labelled line ("Release Date: March 5,
	 * 2025", "Datum: 05.03.2024", "Presseaussendung am 5. März 2024")
	 * gives the release's date but is no dateline: stage_date takes its
	 * date and then leaves the dateline out; a place found with it (a
	 * place opening the text, dateline.where) makes it a dateline */
	z->dateline_labelled = m->labelled && !m->location[0];
	pm_fields_set(&f->dateline.text, m->text);
	pm_fields_set(&f->dateline.location, m->location[0] ? m->location : NULL);
	f->dateline.has_date = m->has_date;
	if (m->has_date) {
		pm_date_iso(&m->date, f->dateline.date);
		if (m->date.ambiguous)
			z->ambiguous = true;
	}
	stage_explain(z, "dateline", rule, blk);
}

/* Where the text writes the place again: *lower when once in lower case
 * ("Lyon", "Málaga"), *caps when once more in capitals. The opening
 * itself (block at, before skip) is not counted. */
static void place_again(nz *z, size_t at, size_t skip, const char *place, bool *lower, bool *caps)
{
	size_t i;
	for (i = 0; i < z->n; i++) {
		const char *t = z->b[i]->text, *p;
		if (!t)
			continue;
		for (p = i == at ? t + skip : t; *p; p++) {
			size_t k, l;
			bool low = false;
			if (p > t && (isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80))
				continue;
			l = nz_prefix_word(p, place);
			if (!l)
				continue;
			for (k = 0; k < l; k++)
				if (islower((unsigned char)p[k]) || ((unsigned char)p[k] == 0xC3 && (unsigned char)p[k + 1] >= 0xA0))
					low = true;
			if (low)
				*lower = true;
			else
				*caps = true;
			p += l - 1;
		}
	}
}

/* The evidence that the n bytes opening block at's text (its text from
 * off) name a place: *known, the lexicon knows it ([month_first_places],
 * [day_first_places], [regions]); *lower and *caps, the text writes it
 * again in small letters or in capitals (place_again). The place,
 * malloc'd, or NULL. */
static char *place_evidence(nz *z, size_t at, size_t off, size_t n, bool *known, bool *lower, bool *caps)
{
	char *place = pm_strndup(z->b[at]->text, n);
	if (!place)
		return NULL;
	*known = pm_lex_has(PM_LEX_MONTH_FIRST_PLACES, place) || pm_lex_has(PM_LEX_DAY_FIRST_PLACES, place) ||
	         pm_lex_has(PM_LEX_REGIONS, place);
	*lower = *caps = false;
	place_again(z, at, off, place, lower, caps);
	return place;
}

/* The place (freed here) into loc when ok: the text's offset off, else 0. */
static size_t take_place(char *place, bool ok, size_t off, char *loc, size_t locsz)
{
	if (ok)
		snprintf(loc, locsz, "%s", place);
	free(place);
	return ok ? off : 0;
}

/* Convention dateline.shape.caps_place_bare (rule_caps_place_bare gives
 * the shape): capitals opening the text with nothing after them are the
 * dateline's place when the text gives the evidence of a place, not of
 * an acronym or an organisation's name: the place is one the lexicon
 * knows ([month_first_places], [day_first_places], [regions]), or the
 * text writes it again in lower case ("… girls in Roanne"), which an
 * acronym never is. Never when the word after it names an organisation
 * ([org_words]: "ACME Corp today said") or, not known as a place, it
 * comes again in capitals (an acronym named again: "NASA … NASA's"). */
static size_t caps_place_with_evidence(nz *z, size_t at, char *loc, size_t locsz)
{
	const char *t = z->b[at]->text;
	size_t place_n = 0, off = rule_caps_place_bare(t, &place_n);
	bool known, lower, caps;
	char *place;
	if (!off || place_n < 3 || pm_lex_opens(PM_LEX_ORG_WORDS, t + off))
		return 0;
	place = place_evidence(z, at, off, place_n, &known, &lower, &caps);
	return place ? take_place(place, known || (lower && !caps), off, loc, locsz) : 0;
}

/* Convention dateline.shape.place_full_stop (rule_place_full_stop gives
 * the shape): the place closed by a full stop opening the text, as German
 * and Scandinavian papers write it ("HOLLSTÄTT. Die Stadtwerke …"). In
 * capitals, the stop after it is the evidence, unless the text names it
 * again in capitals and never in small letters (an acronym: "NORDA. Die
 * NORDA …") or a release phrase reads it ("PRESSEMITTEILUNG. …"); in
 * title case ("Hollstätt. Die …", which a one-word sentence also is),
 * only a place the lexicon knows or the text writes again. */
static size_t place_full_stop(nz *z, size_t at, char *loc, size_t locsz)
{
	const char *t = z->b[at]->text;
	size_t place_n = 0, off;
	bool in_caps = false, known, lower, caps;
	char *place;
	off = rule_place_full_stop(t, &place_n, &in_caps);
	if (!off || pm_lex_opens(PM_LEX_RELEASE_LINES, t) || pm_lex_opens(PM_LEX_ORG_WORDS, t + off))
		return 0;
	place = place_evidence(z, at, off, place_n, &known, &lower, &caps);
	return place ? take_place(place, known || (in_caps ? (lower || !caps) : lower), off, loc, locsz) : 0;
}

/* Convention dateline.wire.tag_under_deck: a wire's dateline ("VAUDRELLE,
 * France--(BUSINESS WIRE)--", "… /PRNewswire/ --") opens the text under a
 * deck of highlights; where the layout lost the highlights' list (bullets
 * a browser drew as shapes, each line its own block), they stand as short
 * paragraphs before it. The wire's named tag is the evidence no other
 * paragraph gives: a block of up to 8 after `at`, every one between
 * short (40 words or fewer, nothing else claimed them), that opens with
 * a place and a named wire tag is the dateline's; its index, the text's
 * offset in *off, or 0. */
static size_t wire_opening_under_deck(nz *z, size_t at, char *loc, size_t locsz, size_t *off)
{
	size_t k;
	for (k = at; k < z->end && k < at + 9; k++) {
		const pm_block *b = z->b[k];
		size_t o;
		if (b->part || b->type == PM_BLOCK_TABLE || !b->text)
			return 0;
		if (k > at && (o = rule_place_opening(b->text, z->stripped, loc, locsz)) != 0 && b->text[o] &&
		    rule_opening_names_wire(b->text, o)) {
			*off = o;
			return k;
		}
		if (nz_words(b->text) > 40)
			return 0;
	}
	return 0;
}

/* The first paragraph may open with the place of a dateline whose date
 * stands on its own line above ("March 24, 2006" / "WASHINGTON, DC --"). */
void place_opening(nz *z, size_t from, dl_match *m)
{
	size_t i, window = from + 3;
	pm_date rd;
	for (i = from; i < z->end && i < window; i++) {
		pm_block *b = z->b[i];
		char loc[128];
		size_t off;
		bool stop = false; /* dateline.shape.place_full_stop */
		if (b->part)
			continue;
		/* a contact line above the text, which the sections stage
		 * takes later ("CONTACT Ana Ruiz 555 0100"), is passed over */
		if (i > from && nz_words(b->text) <= 12 && (rule_contact_heading(b->text) || rule_letterhead_line(b->text))) {
			window++;
			continue;
		}
		/* dateline.where.after_byline: a byline under the title, which
		 * the byline stage takes later ("Prepared by Dana Ruiz
		 * (dana@example.org)", "Por: Inés Vidal"), stands above the
		 * text, so the place opening the text is read under it */
		if (rule_byline(b->text, NULL)) {
			window++;
			continue;
		}
		/* where.after_highlights, the date on its line above: a deck of bullet highlights
		 * under the title (a results release's "Revenue up 9%" list)
		 * stands above the text, so the place opening the text is
		 * read under it */
		if (b->type == PM_BLOCK_LIST_ITEM) {
			window++;
			continue;
		}
		off = rule_place_opening(b->text, z->stripped, loc, sizeof loc);
		/* where.date_above_title: a date above the title, on its own
		 * line or in the release line ("Pressemitteilung vom 5. März
		 * 2024", "Communiqué n° 7 – 5 mars 2024"), vouches for a place
		 * in title case opening the text */
		if (!off && (m->has_date || (z->f->release && pm_date_find(z->f->release, strlen(z->f->release), 0,
		                                                                z->dayfirst, &rd))))
			off = rule_title_place_opening(b->text, loc, sizeof loc);
		if (!off && !z->stripped)
			off = caps_place_with_evidence(z, i, loc, sizeof loc);
		if (!off && (off = place_full_stop(z, i, loc, sizeof loc)) != 0)
			stop = true;
		if (!off) {
			size_t k = wire_opening_under_deck(z, i, loc, sizeof loc, &off);
			if (k > i)
				b = z->b[i = k];
		}
		if (off && b->text[off]) {
			char *rest = pm_strdup(b->text + off), *credit = NULL;
			snprintf(m->location, sizeof m->location, "%s", loc);
			/* byline.cjk_agency_credit: the reporters credited in the
			 * dateline ("电（记者 林晓燕）") */
			if (!z->f->byline && (credit = rule_agency_credit(b->text, off)) != NULL) {
				pm_fields_set(&z->f->byline, credit);
				stage_explain(z, "byline", "reporters credited in the dateline", (long)z->bi[i]);
				free(credit);
			}
			/* with no date line, the dateline as written is the
			 * opening, its separator left out (dateline.shape.place_state:
			 * "GAINESVILLE, Fla." keeps its state, where the location
			 * does not) */
			if (!m->has_date && !m->text[0]) {
				char *as_written = nz_trim(b->text, off, stop ? "." : "-:,|");
				size_t l = as_written ? strlen(as_written) : 0;
				/* en and em dashes too, and drawn ones
				 * (dateline.shape.drawn_dash: U+2015, U+2500, U+2501) */
				while (l >= 3 && (!memcmp(as_written + l - 3, "\xE2\x80\x93", 3) ||
				                  !memcmp(as_written + l - 3, "\xE2\x80\x94", 3) ||
				                  !memcmp(as_written + l - 3, "\xE2\x80\x95", 3) ||
				                  !memcmp(as_written + l - 3, "\xE2\x94\x80", 3) ||
				                  !memcmp(as_written + l - 3, "\xE2\x94\x81", 3))) {
					l -= 3;
					while (l > 0 && as_written[l - 1] == ' ')
						l--;
				}
				snprintf(m->text, sizeof m->text, "%.*s", (int)l, as_written ? as_written : loc);
				free(as_written);
			}
			if (rest) {
				free(b->text);
				b->text = rest;
			}
			z->place_opened = (long)i;
		} else if (m->has_date && i + 1 < z->end && rule_place_line(b->text, loc, sizeof loc)) {
			/* where.place_own_line: the place on its own line under
			 * the date line, the text below it */
			snprintf(m->location, sizeof m->location, "%s", loc);
			set_part(b, PM_PART_DATELINE);
		}
		return;
	}
}

/* One sentence: no full stop, question or exclamation mark inside it
 * before a capital. */
static bool one_sentence(const char *t)
{
	const char *p;
	size_t n = strlen(t);
	if (n > 400)
		return false;
	for (p = t; p[0] && p[1] && p[2]; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' && (isupper((unsigned char)p[2]) || p[2] == '"'))
			return false;
	return true;
}

/* Convention where.after_bold_standfirst: a standfirst of two or three
 * sentences set apart from the text in bold or italic type right under
 * the headline (a summary, "The library will stop charging fines on
 * July 1. Existing fines will be cleared."), then the dateline opening
 * the next paragraph; its type, not its length, marks it as the
 * lead-in, so it may hold more than the one sentence
 * where.after_standfirst allows. */
static bool set_apart_standfirst(const pm_block *b)
{
	return b->type == PM_BLOCK_PARAGRAPH && (b->flags & (PM_BF_BOLD | PM_BF_ITALIC)) && nz_cps(b->text) <= 400;
}

/* A line of text (up to e, or its end) that is a date line on its own. */
static bool date_line_alone(nz *z, const char *p, const char *e, dl_match *m)
{
	char *line = e ? pm_strndup(p, (size_t)(e - p)) : pm_strdup(p);
	bool hit = line && (rule_date_first_dateline(z, line, m) || (rule_dateline(z, line, m) && m->whole));
	free(line);
	return hit;
}

/* A date line in a letterhead block above the headline: 1 the block, -1
 * a line of it, 0 none. Convention
 * dateline.letterhead_line: a letterhead of several lines or cells (a
 * layout table, `Waterschap Lingerveld` | `PERSBERICHT` / `Lingerveld,
 * 5 mei 2026`; a box) holds the place and date on a line of their own:
 * that line is the dateline, never the cells and lines before it (a
 * place is written within one line of one cell). */
static int letterhead_date_line(nz *z, const pm_block *b, dl_match *m)
{
	const char *p, *e;
	size_t c;
	for (c = 0; b->type == PM_BLOCK_TABLE && c < b->ncells; c++)
		for (p = b->cells[c].text; p; p = e ? e + 1 : NULL) {
			e = strchr(p, '\n');
			if (date_line_alone(z, p, e, m))
				return b->ncells == 1 && !strchr(b->text, '\n') ? 1 : -1;
		}
	if (rule_date_first_dateline(z, b->text, m) ||
	    (rule_dateline(z, b->text, m) && m->whole && !strchr(m->location, '\n')))
		return 1;
	for (p = strchr(b->text, '\n') ? b->text : NULL; p; p = e ? e + 1 : NULL) {
		e = strchr(p, '\n');
		if (date_line_alone(z, p, e, m))
			return -1;
	}
	return 0;
}

/* date.cjk.issuer: the issuer's name on the line under a Japanese or
 * Chinese date line (2024年3月5日 / 株式会社…) is the sender's, as a
 * letterhead is, not the text's first paragraph. */
static void cjk_issuer_under(nz *z, size_t i)
{
	for (i++; i < z->end && z->b[i]->part == PM_PART_FURNITURE; i++)
		;
	if (i < z->end && !z->b[i]->part && rule_cjk_issuer(z->b[i]->text)) {
		set_part(z->b[i], PM_PART_LETTERHEAD);
		stage_explain(z, "letterhead", "issuer under a CJK date line", (long)z->bi[i]);
	}
}

/* Convention where.after_contact_box: a contact box set beside the text
 * on the first page (a sidebar, a text box) that a text export or the
 * DOCX's anchor puts between the headline and the dateline: its heading
 * ([contact_headings]) and the short lines under it (name, labelled
 * numbers, address) are passed over and not counted, as the highlights'
 * bullets are; the first line no longer short, or a dateline, ends the
 * box. Whether block b is one of the box's lines; *in_box: whether the
 * line before it was (seen: the blocks counted before it). */
static bool contact_box_line(nz *z, const pm_block *b, size_t seen, bool *in_box)
{
	dl_match m;
	if (!b->text || strchr(b->text, '\n') || rule_dateline(z, b->text, &m) || rule_date_first_dateline(z, b->text, &m))
		return *in_box = false;
	if (!*in_box && seen == 0 && rule_contact_heading(b->text))
		*in_box = true;
	else if (*in_box && (nz_cps(b->text) > 60 || nz_ends_sentence(b->text)))
		*in_box = false;
	return *in_box;
}

void stage_dateline(nz *z)
{
	size_t i, start = z->head >= 0 ? (size_t)z->head + 1 : 0, seen = 0, bullets = 0, box = 0;
	bool in_box = false; /* the line before was a contact box's (where.after_contact_box) */
	long date_line = -1; /* a date alone on its line, the first one */
	bool standfirst = false; /* a paragraph of one sentence passed */
	bool apart = false;      /* ... or of several, set apart in bold or italics */
	dl_match dm;
	if (z->dateline_done)
		return;
	for (i = start; i < z->end && seen < 4; i++) {
		pm_block *b = z->b[i];
		dl_match m;
		if (b->part && b->part != PM_PART_LETTERHEAD)
			continue;
		if (b->type == PM_BLOCK_TABLE)
			continue;
		/* where.after_highlights: a few bullets summing the release up
		 * between the headline and the dateline (wire releases'
		 * highlights) are passed over, and do not count as blocks seen;
		 * not an item that is itself a dateline ("• Villa Rosales, 1 de
		 * abril de 2024 –", a date read as a numbered item "18. Juni") */
		if (b->type == PM_BLOCK_LIST_ITEM && !standfirst && date_line < 0 && bullets < 8 &&
		    !rule_dateline(z, b->text, &m) && !rule_date_first_dateline(z, b->text, &m)) {
			bullets++;
			continue;
		}
		if (!standfirst && date_line < 0 && box < 10 && contact_box_line(z, b, seen, &in_box)) {
			box++;
			continue;
		}
		in_box = false;
		seen++;
		/* where.label_then_place: a labelled date line under the
		 * title ("Fecha: 5 de marzo de 2025", "Release Date: June 2,
		 * 2025", "Date de publication : 5 mars 2025"), which a closing
		 * line's reading would pass over, is the date line, so that a
		 * place opening the text under it (a wire lead "Robledal, 5 mar
		 * (EFE).-" whose date has no year) combines with it: the
		 * label's date, the opener's place; the label is never a place */
		if (date_line < 0 && !standfirst && rule_dateline(z, b->text, &m) && m.whole && m.labelled &&
		    m.has_date && !m.location[0]) {
			date_line = (long)i;
			dm = m;
			continue;
		}
		{
			pm_date cd;
			if (rule_closing_date(b->text, z->dayfirst, &cd))
				continue; /* a signature's date, not a dateline */
		}
		/* dateline.event_time: a date with an event's time range
		 * ("Lørdag 14. juni 2025, kl. 11–18") is the event's */
		if (b->text && nz_cps(b->text) <= 120 && pm_date_time_range(b->text, strlen(b->text)))
			continue;
		if (rule_date_first_dateline(z, b->text, &m)) {
			set_part(b, PM_PART_DATELINE);
			set_dateline(z, &m, (long)z->bi[i], "date then place, on a line of its own");
			if (!m.location[0])
				cjk_issuer_under(z, i);
			return;
		}
		if (rule_dateline(z, b->text, &m)) {
			/* after a standfirst (body when it is a full sentence), only
			 * a place and date: opening the text, or on a line of their
			 * own (where.own_line_after_standfirst) */
			if (standfirst && !m.location[0])
				break;
			/* after a standfirst of several sentences
			 * (where.after_bold_standfirst), only a place that is a
			 * name: its first letter a capital, not words of a
			 * sentence in a script without case run up to a date */
			if (apart && !pm_cp_is_upper(nz_first_cp(m.location)))
				break;
			if (m.whole && !m.location[0]) {
				/* a date line: the whole dateline, place and date, may
				 * still follow (PR Newswire's stack: "Oct 01, 2024, 08:00
				 * ET", "Share this article", "BRAYFORD, Conn., Oct. 1,
				 * 2024 /PRNewswire/ --"); else the place opens the text */
				if (date_line < 0) {
					date_line = (long)i;
					dm = m;
				}
				continue;
			}
			if (date_line >= 0) {
				/* only the same date: another is the text's own */
				if (dm.date.y != m.date.y || dm.date.m != m.date.m || dm.date.d != m.date.d)
					break;
				set_part(z->b[date_line], PM_PART_DATELINE);
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
			return;
		}
		/* only the first paragraph may open with a dateline, or the
		 * one after a standfirst of one sentence (where.after_standfirst:
		 * "Forty apprentices a year will learn to build apps." then
		 * "HARWICK, 5 March 2024 – ...") */
		if (!b->part && (nz_cps(b->text) > 200 || (nz_cps(b->text) > 60 && nz_ends_sentence(b->text)))) {
			if (standfirst || date_line >= 0 ||
			    (!one_sentence(b->text) && !(seen == 1 && (apart = set_apart_standfirst(b)))))
				break;
			standfirst = true;
		}
	}
	if (date_line >= 0) {
		set_part(z->b[date_line], PM_PART_DATELINE);
		place_opening(z, (size_t)date_line + 1, &dm);
		set_dateline(z, &dm, (long)z->bi[date_line],
		             dm.location[0] ? "date line, place opening the paragraph" : "date line");
		if (!dm.location[0])
			cjk_issuer_under(z, (size_t)date_line);
		return;
	}
	/* A date alone above the headline, the place opening the text; in a
	 * letterhead, or (convention where.top_date_line) on a line of its
	 * own at the top of a laid-out first page, as a letter sets place and
	 * date at the top left across from a masthead that gives no contact
	 * line: no letterhead run claims it, and the masthead's box beside
	 * the text takes it along as furniture. */
	for (i = 0; z->head >= 0 && i < (size_t)z->head; i++) {
		dl_match m;
		int whole;
		if ((z->b[i]->part == PM_PART_LETTERHEAD ||
		     ((!z->b[i]->part || z->b[i]->part == PM_PART_FURNITURE) && z->b[i]->page == 1 &&
		      (z->b[i]->layout & PM_BL_TOP_BAND))) &&
		    (whole = letterhead_date_line(z, z->b[i], &m)) != 0) {
			/* a line of a letterhead leaves the rest of it
			 * the letterhead it is (the issuer's name) */
			if (whole > 0)
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
			if (!m.text[0])
				snprintf(m.text, sizeof m.text, "%s", m.location);
			set_dateline(z, &m, -1, "place opening the first paragraph");
			return;
		}
	}
	/* Convention where.lone_date_line: a letter-style release puts its
	 * date on a line of its own between the sender's block and the text,
	 * further down than a dateline stands ("Mesa directiva" / "Mayo 02,
	 * 2023" / "Estimados lectores: ..."): with no dateline found, the
	 * first date alone on its line that a paragraph of text follows
	 * dates the release. */
	for (i = start; i < z->end && i < start + 40; i++) {
		pm_block *b = z->b[i];
		dl_match m;
		if (b->part || b->type == PM_BLOCK_LIST_ITEM || b->type == PM_BLOCK_TABLE)
			continue;
		if (!rule_dateline(z, b->text, &m) || !m.whole || !m.has_date || m.location[0])
			continue;
		if (i + 1 < z->end && !z->b[i + 1]->part && z->b[i + 1]->type == PM_BLOCK_PARAGRAPH &&
		    nz_words(z->b[i + 1]->text) >= 20) {
			set_part(b, PM_PART_DATELINE);
			set_dateline(z, &m, (long)z->bi[i], "date alone on its line above the text");
			return;
		}
		break; /* the first lone date only */
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
				stage_explain(z, "dateline", "wire tag without place or date, removed", (long)z->bi[i]);
			}
		}
		break;
	}
}
