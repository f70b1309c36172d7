/*
 * closing.c - the closing stage of the normaliser (normalize.c runs it):
 * the lines that close a release without a heading. Short lines with an
 * e-mail address or a phone number at the end are a contact block (and
 * the name heading them may sign the release: a byline); a closing line
 * "Fait à Dakar, le 3 mai 2024" or "Date: ..." gives the date that the
 * date stage takes when there is no dateline or release line date. A
 * list of works cited or of the issuer's accounts under its heading,
 * closing the text, is furniture.
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

/* An entry of a list of works cited gives a year, a page, a number or a
 * web address; a sentence without one ("References are available upon
 * request.", a CV's) is no such list. */
static bool reference_entry(const char *t)
{
	return nz_has_digit(t) || strstr(t, "http") || strstr(t, "www.");
}

static bool social_block(const char *t)
{
	char line[512];
	const char *p = t;
	while (*p) {
		size_t l = strcspn(p, "\n");
		if (l >= sizeof line)
			return false;
		memcpy(line, p, l);
		line[l] = 0;
		if (l && !rule_social_line(line))
			return false;
		p += l;
		if (*p)
			p++;
	}
	return true;
}

/* Whether the blocks from j to the end are a closing the body does not
 * go on after: sections already claimed (About, contacts, the end mark
 * and what follows it), or short lines that are no sentence (a
 * signature: name, title, organisation). */
static bool closes_text(const nz *z, size_t j)
{
	for (; j < z->end; j++) {
		const pm_block *c = z->b[j];
		if (c->part)
			continue;
		if (nz_words(c->text) > 8 || nz_ends_sentence(c->text))
			return false;
	}
	return true;
}

/* closing.references: "Works Cited", "Sources", "Bibliographie",
 * "Quellen" and the works listed under it, closing a release that cites
 * them (student and academic releases, MLA and APA style); and
 * closing.social: "Follow us on", "Social Media:", "Suivez-nous",
 * "Síguenos en redes sociales" and the handles and addresses under it.
 * Neither is the release's text: they are furniture, as footnotes are
 * (docs/record.md, body). The heading must follow body text and the
 * list close the text, so that a section of the body named "Sources" in
 * the middle of it stays.
 *
 * closing.appendix: "Appendix", "Annexe", "Anhang", "Anexo 1" heading
 * material appended after the release (a list of members or
 * signatories, a table of figures, a document attached), after body
 * text: it and everything after it that no section claimed (About,
 * contacts) are no body, as the gold sets' readers decide (appended
 * documents are not body); the material may hold sentences, so it need
 * not close the text as a list of works cited must. */
static void closing_furniture(nz *z)
{
	size_t i, j, k;
	bool body_before = false;
	for (i = (z->head >= 0 ? (size_t)z->head + 1 : 0); i < z->end; i++) {
		pm_block *b = z->b[i];
		int kind;
		if (b->part && b->part != PM_PART_JUNK)
			continue;
		kind = rule_closing_heading(b->text);
		if (kind == CLOSING_NONE || !body_before) {
			if (!b->part && nz_words(b->text) >= 8)
				body_before = true;
			continue;
		}
		if (kind == CLOSING_APPENDIX) {
			for (k = i; k < z->end; k++)
				if (!z->b[k]->part || z->b[k]->part == PM_PART_JUNK) {
					set_aside(z->b[k], "appendix");
					stage_explain(z, "body", "appendix after the text", (long)z->bi[k]);
				}
			return;
		}
		/* the entries: in the heading's block after its first line,
		 * then in the blocks after it */
		{
			const char *rest = strchr(b->text, '\n');
			if (rest && kind == CLOSING_SOCIAL && !social_block(rest + 1))
				continue;
		}
		for (j = i + 1; j < z->end; j++) {
			const pm_block *c = z->b[j];
			if (c->part == PM_PART_JUNK || c->part == PM_PART_FURNITURE)
				continue;
			if (c->part)
				break;
			if (kind == CLOSING_REFERENCES ? !reference_entry(c->text) : !social_block(c->text))
				break;
		}
		if ((j == i + 1 && !strchr(b->text, '\n') && kind == CLOSING_REFERENCES) || !closes_text(z, j))
			continue;
		for (k = i; k < j; k++)
			if (!z->b[k]->part || z->b[k]->part == PM_PART_JUNK) {
				set_aside(z->b[k], kind == CLOSING_REFERENCES ? "works_cited" : "social");
				stage_explain(z, "body", kind == CLOSING_REFERENCES ? "works cited closing the text"
				                                                     : "social accounts closing the text",
				              (long)z->bi[k]);
			}
		i = j - 1;
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
		if (has && !items && (strstr(b->text, "www.") || strstr(b->text, "http")) && strstr(b->text, ", "))
			break; /* a clause before a web address is the text's call
			        * to visit the site ("For more information, visit
			        * www.acme.com"): body, above the block */
		if (!items && (strstr(b->text, "www.") || strstr(b->text, "http")) && nz_words(b->text) <= 6) {
			/* a web address extends the block, it does not make one */
			if (has) {
				names = 0;
				first = i;
			}
			continue;
		}
		if (items) {
			char *writer = NULL;
			/* byline.prepared_by: "Prepared by Tom Okafor
			 * (t.okafor@esk.example)", "Verfasst von Uta Brinck
			 * (presse@…)": the writer signs the release; the line stays
			 * a contact, its address is one */
			if (rule_byline(b->text, &writer)) {
				pm_fields_set(&z->f->byline, writer);
				free(writer);
				stage_explain(z, "byline", "By line among the closing contact lines", (long)z->bi[i]);
			}
			/* a sentence giving one number is body ("call 0800 …") */
			if (!(items >= 2 && nz_words(b->text) <= 60 && !nz_ends_sentence(b->text)) &&
			    (nz_words(b->text) > 14 || (nz_ends_sentence(b->text) && !nz_colon_cp(nz_last_cp(b->text)) &&
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
		if (nz_colon_cp(nz_last_cp(b->text)) && nz_words(b->text) <= 8) {
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
		 * the release ("Association Adikia" / motto / e-mail / site).
		 * No stage before this one gives a byline; the byline stage,
		 * after it, replaces this one when it finds its own. */
		if (!heading && first > 0 && rule_signatory(z->b[first]->text) &&
		    !rule_contact_heading(z->b[first]->text)) {
			size_t s0, e0;
			if (!rule_find_email(z->b[first]->text, 0, &s0, &e0)) {
				char *flat = pm_text_flatten(z->b[first]->text);
				pm_fields_set(&z->f->byline, flat);
				free(flat);
				stage_explain(z, "byline", "name heading the closing contact lines", (long)z->bi[first]);
			}
		}
	}
	for (i = first; i < z->end; i++)
		if (!z->b[i]->part)
			set_part(z->b[i], PM_PART_CONTACT);
	stage_explain(z, "contacts", "closing lines with an address or number", (long)z->bi[first]);
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
				stage_explain(z, "date", "closing 'Fait à'/'Date:' line", (long)z->bi[i]);
			}
			if (!b->part)
				set_part(b, PM_PART_BYLINE);
		}
	}
}

/* date.closing_line: a release may close with its date on a line of its
 * own, alone or after the place and a comma, above or under the signature
 * ("12 de marzo de 2025" / "La Junta Directiva …"; "Serra Dourada, 5 de
 * março de 2025." / "Secretaria Municipal de Saúde", as Brazilian notes
 * to the press sign): the release's date (RECORD.md, a closing signature's
 * date is no dateline), not body. The line: short, nothing after the
 * date but punctuation, before it nothing or a place (at most four
 * words, a capital or an uncased letter first, no figure) and a comma. */
static bool closing_date_line(const char *t, int dayfirst, pm_date *d)
{
	size_t n = t ? strlen(t) : 0, k, words = 1;
	int32_t c;
	if (n == 0 || n > 80 || strchr(t, '\n') || !pm_date_find(t, n, 0, dayfirst, d) || !nz_only_punct(t + d->end))
		return false;
	if (d->start == 0)
		return true;
	k = d->start;
	while (k > 0 && t[k - 1] == ' ')
		k--;
	if (k < 3)
		return false;
	if (t[k - 1] != ',') {
		/* date.closing_line.lead_word: a word that opens a date
		 * ([date_leads]) stands for the comma, as the official closing
		 * formula writes it ("V Lipové Hoře dne 5. března 2025", Slovak
		 * "dňa", Polish "dnia"; "Fait à Rivel le 3 mai 2025") */
		pm_lex_query q = {PM_LEX_DATE_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_CAPITALISED};
		pm_lex_match m;
		size_t w = k;
		while (w > 0 && t[w - 1] != ' ')
			w--;
		if (w < 2 || !pm_lex_word(&q, t + w, k - w, &m))
			return false;
		k = w;
		while (k > 0 && t[k - 1] == ' ')
			k--;
		/* the loop below reads the place up to k - 1, a comma's place;
		 * date.closing_line.comma_lead: the comma may stand before the
		 * lead too, as the Portuguese closing formula writes it
		 * ("Vila Alta, a 5 de março de 2025", "Lisboa, em 2 de maio") */
		if (k < 2 || t[k - 1] != ',')
			k++;
	}
	for (size_t j = 0; j + 1 < k; j++) {
		if (t[j] == ' ')
			words++;
		if ((t[j] >= '0' && t[j] <= '9') || t[j] == '.' || t[j] == ',' || t[j] == ':')
			return false;
	}
	c = nz_first_cp(t);
	return words <= 4 && (pm_cp_is_upper(c) || (c >= 0x80 && pm_cp_is_letter(c) && !pm_cp_is_lower(c)));
}

/* The last lines of the release proper (before About, contacts, the end
 * mark): a closing date line, at most one short line (the signature)
 * under it, a paragraph of the text above it. */
static void find_closing_date_line(nz *z)
{
	size_t i = z->end, under = 0;
	size_t first = z->head >= 0 ? (size_t)z->head + 2 : 1;
	while (i-- > first) {
		pm_block *b = z->b[i];
		pm_date d;
		if (b->part == PM_PART_ABOUT || b->part == PM_PART_CONTACT || b->part == PM_PART_AFTER_END ||
		    b->part == PM_PART_FURNITURE || b->part == PM_PART_JUNK)
			continue;
		if (b->part || b->type != PM_BLOCK_PARAGRAPH)
			return;
		if (closing_date_line(b->text, z->dayfirst, &d)) {
			/* a date alone closing the text is the byline stage's,
			 * which reads the signature above it */
			if (!under && pm_date_only(b->text, z->dayfirst))
				return;
			if (z->b[i - 1]->part || z->b[i - 1]->type != PM_BLOCK_PARAGRAPH)
				return;
			if (!z->have_date) {
				z->date = d;
				z->have_date = true;
				stage_explain(z, "date", "closing date line (date.closing_line)", (long)z->bi[i]);
			}
			set_part(b, PM_PART_BYLINE);
			return;
		}
		if (++under > 1 || nz_words(b->text) > 10 || nz_has_digit(b->text) || strchr(b->text, '@'))
			return;
	}
}

/* A line that may be a signature's: a name, in parentheses or not, or
 * a title; a few words without a digit, an address or a sentence's end. */
static bool signature_line(const char *t)
{
	size_t n = strlen(t);
	return n && nz_words(t) <= 5 && !nz_has_digit(t) && !strchr(t, '@') && !strchr(t, ':') && t[n - 1] != '.' &&
	       (pm_cp_is_upper(nz_first_cp(t)) || t[0] == '(');
}

/* closing.reference: the release's own reference alone on the last line
 * of its text ("Release No. 45/2025", "Communiqué n° 12-2025"; the
 * reference.lead rule, whose lead and code must be the whole line; or
 * the kind of release, a colon and a number, "Press Release:
 * 2024-2025/1628", reference.kind_lead) is the release's number, not its
 * text. */
static void closing_reference(nz *z)
{
	size_t i = z->end, sign = 0;
	while (i-- > (z->head >= 0 ? (size_t)z->head + 1 : 0)) {
		pm_block *b = z->b[i];
		size_t n;
		char *r;
		if (b->part == PM_PART_JUNK || b->part == PM_PART_FURNITURE)
			continue;
		if (b->part || strchr(b->text, '\n'))
			return;
		n = strlen(b->text);
		while (n && (b->text[n - 1] == ' ' || b->text[n - 1] == '.'))
			n--;
		r = rule_reference(b->text, n);
		if (!r || strlen(r) != n) {
			/* reference.kind_lead: "Press Release: 2024-2025/1628" */
			free(r);
			r = rule_reference_kind(b->text, n);
		}
		if ((!r || strlen(r) != n) && sign < 2 && signature_line(b->text)) {
			/* closing.reference_signature: the number set on the
			 * foot beside the signatory, whose name and title the
			 * text gives after it ("(Jane Doe)" / "Chief General
			 * Manager"): the byline stage's lines, read past */
			free(r);
			sign++;
			continue;
		}
		if (r && strlen(r) == n) {
			set_aside(b, "reference");
			stage_explain(z, "body", "closing.reference", (long)z->bi[i]);
			/* the reference stage reads the opening lines only: the
			 * release's number given at its end is kept here, unless
			 * the opening gives one (that stage then replaces it) */
			if (!z->f->reference) {
				z->f->reference = r;
				r = NULL;
			}
		}
		free(r);
		return;
	}
}

void stage_closing(nz *z)
{
	closing_reference(z);
	closing_furniture(z);
	trailing_contacts(z);
	find_closing_date(z);
	find_closing_date_line(z);
}
