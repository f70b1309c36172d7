/*
 * marks.c - the end mark and release stages of the normaliser
 * (normalize.c runs them): the lines that frame a release. The end mark
 * ("###", "-30-", "- FIN -") ends the body: what follows it is marked as
 * after the end, so later stages read About and contact sections there
 * but never body. The release line ("FOR IMMEDIATE RELEASE", "Communiqué
 * de presse") gives `release` and `embargo`, and tells the headline stage
 * that what stands above it is letterhead.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* A row of three or more asterisks alone on its line ("***", "* * *"). */
static bool dinkus_line(const char *t)
{
	size_t stars = 0;
	if (!t)
		return false;
	for (; *t; t++) {
		if (*t == '*')
			stars++;
		else if (*t != ' ')
			return false;
	}
	return stars >= 3;
}

/* Convention closing.end_mark.dinkus: the row of asterisks separates the
 * parts of a text as often as it ends one, so it ends the release only
 * where the block after it opens closing matter: an About heading (alone,
 * run in, or over a line break) or a contact heading. Italian, German and
 * French writers close the text with it before the boilerplate. */
static bool dinkus_end_mark(nz *z, size_t i)
{
	const pm_block *next;
	char *rest = NULL;
	if (!dinkus_line(z->b[i]->text) || i + 1 >= z->n)
		return false;
	next = z->b[i + 1];
	return next->text && (rule_about_heading(next->text, &rest) || rule_contact_heading(next->text));
}

static void find_end_mark(nz *z)
{
	size_t i;
	for (i = 0; i < z->n; i++) {
		char *m = rule_end_mark(z->b[i]->text);
		if (!m && dinkus_end_mark(z, i))
			m = pm_strdup(z->b[i]->text);
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
		stage_explain(z, "end_mark", "end-mark line", (long)z->bi[i]);
		return;
	}
	z->end = z->n;
}

void stage_end_mark(nz *z)
{
	size_t i;
	find_end_mark(z);
	for (i = z->end + 1; i < z->n; i++)
		z->b[i]->part = PM_PART_AFTER_END;
}

/* A title-like line right after block i: short, no sentence, no dateline. */
static bool title_follows(nz *z, size_t i)
{
	const pm_block *next;
	if (i + 1 >= z->n || z->b[i + 1]->part || !z->b[i + 1]->text)
		return false;
	next = z->b[i + 1];
	return next->type != PM_BLOCK_LIST_ITEM && next->type != PM_BLOCK_TABLE && nz_words(next->text) >= 3 &&
	       nz_words(next->text) <= 20 && !nz_ends_sentence(next->text) && !rule_dateline(z, next->text, NULL);
}

/* headline.release_line.below: a title-like line right before block i
 * (the title above the release line that names the issuer: "Gemeente
 * Brakveen opent nieuw zwembad" / "Persbericht van de gemeente
 * Brakveen"). */
static bool title_precedes(nz *z, size_t i)
{
	const pm_block *prev;
	if (i == 0 || z->b[i - 1]->part || !z->b[i - 1]->text)
		return false;
	prev = z->b[i - 1];
	return prev->type != PM_BLOCK_LIST_ITEM && prev->type != PM_BLOCK_TABLE && nz_words(prev->text) >= 3 &&
	       nz_words(prev->text) <= 20 && !nz_ends_sentence(prev->text) && !rule_dateline(z, prev->text, NULL);
}

/* A release phrase then the issuing body's name in words ("Communiqué du
 * Syndicat des eaux", "Pressemitteilung der Arbeitsgruppe Moorökologie")
 * frames the title under it (headline.release_line.team); with no title
 * under it, the line is the document's only title and stays a headline
 * candidate. */
static bool names_issuer_without_title(nz *z, size_t i, const char *rel)
{
	size_t l = pm_lex_opens(PM_LEX_RELEASE_LINES, rel), k;
	bool lower = false;
	if (!l || rel[l] != ' ' || !islower((unsigned char)rel[l + 1]) || nz_has_digit(rel))
		return false;
	for (k = 0; rel[k]; k++)
		if (islower((unsigned char)rel[k]))
			lower = true;
	return lower && !title_follows(z, i) && !title_precedes(z, i);
}

/* Convention headline.release_line.team: "Comunicado de imprensa –
 * Grupo de Investigação em Ecologia Costeira", "Press release – Harbour
 * Ecology Group" then the title on the next line. The part after the
 * phrase is the issuer's name, not the title, when it is written as a
 * name (every word of four letters or more capitalised, no sentence) and
 * a title-like line follows. */
static bool rest_names_issuer(nz *z, size_t i, const char *rest)
{
	const char *p = rest;
	if (!rest || nz_words(rest) > 8 || nz_ends_sentence(rest) || nz_has_digit(rest))
		return false;
	while (*p) {
		size_t k = strcspn(p, " ");
		if (k >= 4 && !pm_cp_is_upper(nz_first_cp(p)))
			return false;
		p += k;
		p += strspn(p, " ");
	}
	return title_follows(z, i);
}

/* Convention headline.release_line.contact_column: the US release
 * header set in two columns, the contact on the left and the release
 * line on the right, comes out of a text layer or a tabbed paragraph as
 * one line ("Contact: Dana Holt   FOR IMMEDIATE RELEASE", "Media
 * contact: Rui Sá  Release date: For immediate release"). The phrase
 * ends the line, after the contact label and a name; a release-date
 * label before it ([date_labels]) goes with it. Gives the phrase and, in
 * *cut, where the contact's own text ends (0 when no such line). */
static char *release_in_contact_line(const char *t, size_t *cut)
{
	pm_lex_query label = {PM_LEX_DATE_LABELS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t line = strcspn(t, "\n"), k;
	*cut = 0;
	size_t lead = pm_lex_opens(PM_LEX_CONTACT_HEADINGS, t);
	/* the label and its colon, French spacing too ("Contact :") */
	if (line > 120 || !lead || (t[lead] != ':' && strncmp(t + lead, " :", 2)))
		return NULL;
	for (k = lead + 2; k < line; k++) {
		size_t used = 0, head;
		char *rel;
		if (t[k - 1] != ' ' || t[k] == ' ' || !pm_lex_opens(PM_LEX_RELEASE_LINES, t + k))
			continue;
		rel = rule_release_line(t + k, &used);
		if (!rel)
			continue;
		if (k + used < line || (k + used == line + 1 && t[line] != '\n')) {
			free(rel);
			continue;
		}
		head = k;
		while (head > 0 && t[head - 1] == ' ')
			head--;
		if (head > 0 && t[head - 1] == ':') {
			size_t l = pm_lex_ends(&label, t, head - 1);
			if (l && l < head - 1 && t[head - 2 - l] == ' ')
				head = head - 1 - l;
		}
		while (head > 0 && t[head - 1] == ' ')
			head--;
		*cut = head;
		return rel;
	}
	return NULL;
}

/* Convention headline.release_line.stacked: the release line set as the
 * last line of the title's own paragraph ("Tiergarten Mühlreith erweitert
 * das Affenhaus" / "Pressemitteilung vom 5. März 2024", one block once a
 * scrape or a PDF joined them). The release is the whole last line; the
 * lines above it, a title's length, stay the block's text. Gives the
 * release and where the last line starts in *cut, or NULL. */
static char *release_last_line(const char *t, size_t *cut)
{
	const char *last = strrchr(t, '\n');
	size_t used = 0;
	char *rel, *above;
	bool titled;
	if (!last || !last[1])
		return NULL;
	rel = rule_release_line(last + 1, &used);
	if (!rel)
		return NULL;
	above = pm_strndup(t, (size_t)(last - t));
	titled = above && nz_words(above) >= 3 && nz_words(above) <= 30;
	free(above);
	if (used < strlen(last + 1) || !titled) {
		free(rel);
		return NULL;
	}
	*cut = (size_t)(last - t);
	return rel;
}

/* Convention headline.release_line.merged, the release line after the
 * title on one line, as a Markdown hard break or a scrape leaves it
 * ("Tiergarten Mühlreith erweitert das Affenhaus Pressemitteilung vom
 * 5. März 2024", "Harwick Museum acquires a mosaic – PRESS RELEASE"):
 * the rest of the line from a release phrase is the release line, when
 * it carries the release's date or its phrase is in capitals under a
 * title that is not ("… first press release in Welsh" is the title's
 * own words). The title before it keeps three words or more. Gives the
 * release and where the title ends in *cut, or NULL. */
static char *release_after_title(const char *t, size_t *cut)
{
	size_t n = strlen(t), k;
	if (strchr(t, '\n') || n > 240)
		return NULL;
	for (k = 1; k < n; k++) {
		size_t used = 0, l, j, e;
		char *rel, *title;
		bool caps = true, title_caps = true, ok;
		pm_date d;
		if (t[k - 1] != ' ' || !(l = pm_lex_opens(PM_LEX_RELEASE_LINES, t + k)))
			continue;
		rel = rule_release_line(t + k, &used);
		if (!rel)
			continue;
		for (j = 0; j < l; j++)
			if (islower((unsigned char)t[k + j]))
				caps = false;
		e = k;
		while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '-' || t[e - 1] == '|' || t[e - 1] == ':' ||
		                 (e >= 3 && (!memcmp(t + e - 3, "\xE2\x80\x93", 3) || !memcmp(t + e - 3, "\xE2\x80\x94", 3)))))
			e -= t[e - 1] == ' ' || t[e - 1] == '-' || t[e - 1] == '|' || t[e - 1] == ':' ? 1 : 3;
		for (j = 0; j < e; j++)
			if (islower((unsigned char)t[j]))
				title_caps = false;
		title = pm_strndup(t, e);
		/* nor after a function word: "… download the PRESS RELEASE" */
		{
			pm_lex_query fw = {PM_LEX_FUNCTION_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
			size_t ws = e;
			while (ws > 0 && t[ws - 1] != ' ')
				ws--;
			/* headline.release_line.same_line: or the phrase alone
			 * closing the line after a bar or a dash ("La Région …
			 * finance 40 bornes | Communiqué de presse", as a web
			 * page's title names its kind): the separator says it */
			bool parted = false;
			for (j = e; j < k; j++)
				if (t[j] == '|' || t[j] == '-' || (unsigned char)t[j] == 0xE2)
					parted = true;
			ok = title && used >= n - k && nz_words(title) >= 3 && !nz_ends_sentence(title) &&
			     !pm_lex_word(&fw, t + ws, e - ws, NULL) &&
			     (pm_date_find(rel, strlen(rel), 0, 1, &d) || (caps && !title_caps) ||
			      (parted && k + l == n));
		}
		free(title);
		/* the first phrase decides: a shorter one inside it ("RELEASE"
		 * of "FOR IMMEDIATE RELEASE") is no release line of its own */
		if (ok) {
			*cut = e;
			return rel;
		}
		free(rel);
		return NULL;
	}
	return NULL;
}

/* Block i gives the release line rel (freed here), and any embargo in it. */
static void take_release(nz *z, size_t i, char *rel, const char *rule)
{
	char emb[40];
	pm_fields_set(&z->f->release, rel);
	if (rule_embargo(rel, emb, z->dayfirst))
		pm_fields_set(&z->f->embargo, emb);
	free(rel);
	z->release = (long)i;
	stage_explain(z, "release", rule, (long)z->bi[i]);
}

/* Convention headline.release_line.label_then_line: a release label
 * alone on its line at the head of the page (a letterhead's or a
 * template's "Press Release", "Communiqué de presse", "Pressemitteilung")
 * and, right under it, the release line proper with the title on its
 * line ("For Immediate Release Harbour Trust opens …", "Para su
 * publicación inmediata: El Ayuntamiento …", "للنشر الفوري: …"), or an
 * embargo line ("EMBARGOED UNTIL 10:00 GMT, 5 March 2025"). The label
 * stays the release; the second phrase is read as a release line of its
 * own would be (its embargo too), and only its title stays in the
 * block. */
static void release_line_under_label(nz *z, size_t i)
{
	size_t used = 0;
	pm_block *b;
	char *rel, *tr;
	char emb[40];
	if (i + 1 >= z->n || z->b[i + 1]->part || !z->b[i + 1]->text || strchr(z->b[i + 1]->text, '\n'))
		return;
	b = z->b[i + 1];
	rel = rule_release_line(b->text, &used);
	if (!rel)
		return;
	/* the embargo under the label ("EMBARGOED UNTIL 10:00 GMT, 5 March
	 * 2025") is the release's, a line of its own or before the title */
	if (!z->f->embargo && rule_embargo(rel, emb, z->dayfirst))
		pm_fields_set(&z->f->embargo, emb);
	if (used >= strlen(b->text)) {
		free(rel);
		return;
	}
	free(rel);
	tr = nz_trim(b->text + used, strlen(b->text + used), ":-\n");
	stage_explain(z, "release", "release line under a release label", (long)z->bi[i + 1]);
	if (tr && *tr && !rest_names_issuer(z, i + 1, tr)) {
		free(b->text);
		b->text = tr;
		return;
	}
	free(tr);
	set_part(b, PM_PART_RELEASE);
}

/* Convention headline.release_line.label_then_dateline: a release label
 * and the place and date of the release set together at the head of the
 * page ("COMMUNIQU\u00C9 DE PRESSE" over "Lyon, le 12 mars 2025" in a
 * box at the top, which a layout reads as one block or a text export runs
 * into one line). The label is the release line; the place and date are
 * a dateline, not part of it. Returns where the dateline starts in t
 * (the label's first line), or 0. */
static size_t release_label_then_dateline(nz *z, const char *t)
{
	pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t line = strcspn(t, "\n"), i, r;
	dl_match dm;
	char *rest;
	bool ok;
	i = pm_lex_prefixes(&q, t, line, m, PM_LEX_MAX_NESTED);
	if (!i)
		return 0;
	r = m[i - 1].len; /* the longest phrase */
	if (r >= line || t[r] != ' ')
		return 0;
	while (r < line && (t[r] == ' ' || t[r] == ':' || t[r] == '-' || t[r] == '|'))
		r++;
	if (r + 3 <= line && (!strncmp(t + r, "\xE2\x80\x93", 3) || !strncmp(t + r, "\xE2\x80\x94", 3)))
		for (r += 3; r < line && t[r] == ' '; r++)
			;
	if (r >= line)
		return 0;
	rest = pm_strndup(t + r, line - r);
	ok = rest && rule_dateline(z, rest, &dm) && dm.whole && dm.has_date && dm.location[0];
	free(rest);
	return ok ? r : 0;
}

/* A paragraph of the release's prose: a sentence or more, not a line. */
static bool prose_paragraph(const pm_block *b)
{
	return b->type == PM_BLOCK_PARAGRAPH && b->text && nz_words(b->text) >= 15 && nz_ends_sentence(b->text);
}

/* Convention headline.release_line.not_at_foot: a release phrase at the foot of a
 * document ("Press Release: Marlow Valley Water, Riverside House", a
 * footer's or a template's label under the text) labels the page, it
 * does not open the release: block i is such a line when prose stands
 * above it, under the title, and none below it. */
static bool release_at_foot(const nz *z, size_t i)
{
	size_t j;
	bool above = false;
	for (j = 1; j < i && !above; j++)
		above = !z->b[j]->part && prose_paragraph(z->b[j]);
	if (!above)
		return false;
	for (j = i + 1; j < z->end; j++)
		if (!z->b[j]->part && prose_paragraph(z->b[j]))
			return false;
	return true;
}

void stage_release(nz *z)
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
		if (rel && release_at_foot(z, i)) {
			free(rel);
			break;
		}
		if (!rel) {
			size_t cut;
			/* the title's own line: among the first blocks only */
			if (i < 4 && ((rel = release_last_line(b->text, &cut)) != NULL ||
			              (rel = release_after_title(b->text, &cut)) != NULL)) {
				b->text[cut] = '\0';
				take_release(z, i, rel, "release line under the title, in its paragraph");
				return;
			}
			rel = release_in_contact_line(b->text, &cut);
			if (!rel)
				continue;
			/* the contact stays for the contacts stage, without the
			 * release column */
			{
				size_t line = strcspn(b->text, "\n");
				char *kept = pm_malloc(strlen(b->text) - (line - cut) + 1);
				if (kept) {
					memcpy(kept, b->text, cut);
					strcpy(kept + cut, b->text + line);
					free(b->text);
					b->text = kept;
				}
			}
			take_release(z, i, rel, "release line in the contact column");
			return;
		}
		if (used >= strlen(b->text) && names_issuer_without_title(z, i, rel)) {
			free(rel);
			continue;
		}
		{
			size_t at = release_label_then_dateline(z, b->text);
			if (at) {
				char *label = nz_trim(b->text, at, ":-|");
				char *rest = pm_strdup(b->text + at);
				if (label && rest) {
					free(rel);
					free(b->text);
					b->text = rest;
					take_release(z, i, label, "release label with the dateline under it");
					return;
				}
				free(label);
				free(rest);
			}
		}
		take_release(z, i, rel, "release-line pattern");
		if (used >= strlen(b->text)) {
			set_part(b, PM_PART_RELEASE);
			release_line_under_label(z, i);
		} else {
			/* "FOR IMMEDIATE RELEASE\nHeadline...": keep the rest */
			char *rest = pm_strdup(b->text + used);
			char *tr = rest ? nz_trim(rest, strlen(rest), ":-\n") : NULL;
			free(rest);
			if (tr && *tr && !strchr(b->text, '\n') && rest_names_issuer(z, i, tr)) {
				pm_fields_set(&z->f->release, b->text);
				free(tr);
				set_part(b, PM_PART_RELEASE);
			} else if (tr && *tr) {
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

/* A paragraph of the release's own between the headline and block i: the
 * record has begun before what stands at i. */
static bool body_before(const nz *z, size_t i)
{
	size_t k;
	for (k = (size_t)z->head + 1; k < i; k++)
		if (!z->b[k]->part && z->b[k]->text && nz_words(z->b[k]->text) >= 12)
			return true;
	return false;
}

/* A title: one short line, no sentence, no list item or table. */
static bool title_line(const pm_block *b)
{
	return b->text && !b->part && b->type != PM_BLOCK_LIST_ITEM && b->type != PM_BLOCK_TABLE &&
	       !strchr(b->text, '\n') && nz_words(b->text) >= 2 && nz_words(b->text) <= 20 &&
	       !nz_ends_sentence(b->text);
}

/* Convention structure.appended_document: a press kit puts a second
 * release, a fact sheet or a backgrounder after the release, each from a
 * new page under its own title. A title line opening a page after the
 * release has begun starts another document when a dateline opens the
 * paragraph under it (a second release; a title set like the headline
 * alone is not enough: a report's annex is set so too, and the corpus
 * word checks count its words). Block i opens
 * a page: the plugin said so (a hard page break, a form feed, a PDF page)
 * or its page follows the last content block's. */
static size_t appended_at(nz *z)
{
	int page = 0;
	size_t i;
	if (z->head < 0)
		return z->end;
	for (i = (size_t)z->head + 1; i < z->end; i++) {
		const pm_block *b = z->b[i];
		bool opens = (b->flags & PM_BF_NEW_PAGE) || (page > 0 && b->page > page);
		if (b->part)
			continue;
		page = b->page;
		if (!opens || !title_line(b) || !body_before(z, i))
			continue;
		if (i + 1 < z->end && !z->b[i + 1]->part && z->b[i + 1]->text &&
		    rule_dateline(z, z->b[i + 1]->text, NULL)) {
			stage_explain(z, "appended", "structure.appended_document: a title and a dateline open a page",
			              (long)z->bi[i]);
			return i;
		}
	}
	return z->end;
}

/* Convention structure.translation_follows: a release given in two
 * languages one after the other names the second on a line of its own
 * ("Version française", "English version"; [translation_marks]); what
 * follows is the same release again. The language is read above the
 * line (repair/language.c). */
static size_t translation_at(nz *z)
{
	size_t i;
	if (z->head < 0)
		return z->end;
	for (i = (size_t)z->head + 1; i < z->end; i++)
		if (z->b[i]->text && !strchr(z->b[i]->text, '\n') && body_before(z, i) &&
		    pm_lex_whole_line(PM_LEX_TRANSLATION_MARKS, z->b[i]->text)) {
			stage_explain(z, "appended", "structure.translation_follows: a line names the release's translation",
			              (long)z->bi[i]);
			return i;
		}
	return z->end;
}

/* What follows another document's start is not the record's: it is after
 * the end, as what follows an end mark (later stages still read About and
 * contact sections there, never body). */
void stage_appended(nz *z)
{
	size_t at = translation_at(z), i;
	size_t doc = appended_at(z);
	if (doc < at)
		at = doc;
	if (at >= z->end)
		return;
	z->end = at;
	for (i = at; i < z->n; i++)
		if (!z->b[i]->part)
			z->b[i]->part = PM_PART_AFTER_END;
}
