/*
 * byline.c - the byline stage of the normaliser (normalize.c runs it):
 * "By Jane Doe" under the headline, or at the end of the release a
 * signatory under a title line, a "Source:"/"By" line, or the short line
 * that signs it; closing date lines on the way are the release's date.
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

/* The organisation closing a signature block: a short capitalised line,
 * no sentence, no figures. */
static bool short_signature_line(const char *t)
{
	return t && nz_words(t) >= 1 && nz_words(t) <= 10 && nz_cps(t) <= 80 && !strchr(t, '\n') &&
	       !nz_has_digit(t) && !strchr(t, '@') && !nz_ends_sentence(t) && !pm_cp_is_lower(nz_first_cp(t));
}

/* byline.signature_full_stop: a signature closing the release may end
 * with a full stop ("El Comité Organizador.", "The Trustees of Elm Hall."),
 * which is no part of the name; the stop of an abbreviation stays
 * ("Orrin Tools Inc.", "Ferri S.p.A.", "Dana J."). */
static void drop_full_stop(char *t)
{
	pm_lex_query q = {PM_LEX_ORG_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	size_t n = t ? strlen(t) : 0, w, letters = 0, k;
	if (n < 2 || t[n - 1] != '.' || t[n - 2] == '.')
		return;
	for (w = n - 1; w > 0 && t[w - 1] != ' '; w--)
		;
	for (k = w; k < n - 1; k++) {
		if (t[k] == '.')
			return;
		letters += ((unsigned char)t[k] & 0xC0) != 0x80;
	}
	if (letters <= 2 || pm_lex_word(&q, t + w, n - w, NULL))
		return;
	t[n - 1] = '\0';
}

/* byline.signature_name_title: the typed name under a hand signature,
 * as written; Indian and British official letters set it in parentheses
 * ("(R. K. Menon)"), which are no part of the name. A malloc'd name, NULL
 * when the line is not a signatory's name. */
static char *typed_name(const char *t)
{
	size_t n = t ? strlen(t) : 0;
	char *inner;
	if (n > 2 && t[0] == '(' && t[n - 1] == ')' && !memchr(t + 1, '(', n - 2) && !memchr(t + 1, ')', n - 2))
		inner = pm_strndup(t + 1, n - 2);
	else
		inner = pm_strdup(t ? t : "");
	if (inner && rule_signatory(inner) && !rule_title_line(inner))
		return inner;
	free(inner);
	return NULL;
}

/* byline.role_org_word: a word that in the release's language names a
 * body ([org_words] of that language: Portuguese "Secretaria", a
 * secretariat) and is no signatory's title there ([signature_titles])
 * opens an organisation's name ("Secretaria Municipal de Saúde de Serra
 * Dourada"), not a role before a person's name, though another
 * language's role stem ("secretar*") matches it; Spanish "Secretaria" (a
 * secretary) still opens a role. */
static bool opens_with_org_word(const char *t, const char *lang)
{
	pm_lex_langs langs;
	size_t l;
	if (!t || !lang)
		return false;
	langs = pm_lex_langs_of(lang);
	l = strcspn(t, " ");
	{
		pm_lex_query org = {PM_LEX_ORG_WORDS, langs, 0, 0, 0};
		pm_lex_query title = {PM_LEX_SIGNATURE_TITLES, langs, 0, 0, 0};
		return pm_lex_word(&org, t, l, NULL) && !pm_lex_word(&title, t, l, NULL);
	}
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
			stage_explain(z, "byline", "By-line under the headline", (long)z->bi[i]);
			/* "Prepared by X, May 23, 2021": the release's own date */
			if (!z->have_date && pm_date_find(b->text, strlen(b->text), 0, z->dayfirst, &d)) {
				z->date = d;
				z->have_date = true;
				stage_explain(z, "date", "date on the byline", (long)z->bi[i]);
			}
			return;
		}
	}
	/* byline.authors_line: the authors' names right under the title (and
	 * its subtitle), a title block's byline ("Nadia Okafor, Peter
	 * Lindqvist, Rosa Delgado Marín"; headline.authors says it is no
	 * subtitle) */
	for (i = start; i < z->end && i < start + 2; i++) {
		pm_block *b = z->b[i];
		if (b->part == PM_PART_SUBHEADLINE)
			continue;
		if (!b->part && rule_author_list(b->text)) {
			pm_fields_set(&z->f->byline, b->text);
			set_part(b, PM_PART_BYLINE);
			stage_explain(z, "byline", "authors' names under the title", (long)z->bi[i]);
			return;
		}
		/* byline.title_block_signature: a press office or a name alone
		 * between the title and its date */
		if ((!b->part || b->part == PM_PART_LETTERHEAD) && z->head >= 0 && i == (size_t)z->head + 1 && rule_title_block_signature(z, i)) {
			pm_fields_set(&z->f->byline, b->text);
			set_part(b, PM_PART_BYLINE);
			stage_explain(z, "byline", "byline.title_block_signature: a press office or a name between the title and its date",
			              (long)z->bi[i]);
			return;
		}
		/* byline.title_block_author: a name, then its affiliation */
		if (!b->part && rule_title_block_author(z, i)) {
			pm_fields_set(&z->f->byline, b->text);
			set_part(b, PM_PART_BYLINE);
			set_part(z->b[i + 1], PM_PART_BYLINE);
			stage_explain(z, "byline", "byline.title_block_author: a name and its affiliation under the title",
			              (long)z->bi[i]);
			return;
		}
		break;
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
				stage_explain(z, "date", "closing date line", (long)z->bi[i]);
			}
			set_part(b, PM_PART_BYLINE);
			continue;
		}
		if (b->part)
			break;
		/* byline.signature_block: the Spanish, French and Portuguese
		 * administrative signature, name then title then organisation
		 * ("Lucía Ferrer Olmos" / "Jefa de Prensa" / "Consorcio del
		 * Puerto de Almadrava"; "Paul Vasseur" / "Directeur" /
		 * "Syndicat mixte du Haut-Lys"): the name above the title
		 * signs, the organisation under it does not */
		if (i > start + 1 && !z->b[i - 1]->part && !z->b[i - 2]->part && rule_title_line(z->b[i - 1]->text) &&
		    rule_signatory(z->b[i - 2]->text) && !rule_title_line(z->b[i - 2]->text) &&
		    short_signature_line(b->text)) {
			char *flat = pm_text_flatten(z->b[i - 2]->text);
			pm_fields_set(&z->f->byline, flat);
			free(flat);
			set_part(b, PM_PART_BYLINE);
			set_part(z->b[i - 1], PM_PART_BYLINE);
			set_part(z->b[i - 2], PM_PART_BYLINE);
			stage_explain(z, "byline", "name above a title and an organisation", (long)z->bi[i - 2]);
			return;
		}
		/* byline.signature_name_title: the English signature, the
		 * signatory's typed name above the title ("Mira Kessel" /
		 * "Head of Communications"; "(R. K. Menon)" / "Chief General
		 * Manager"): the name signs. A name is never a title line
		 * (typed_name), so "Director" / "Anna Lind", the order the
		 * rule below takes, is left to it. */
		if (i > start && !z->b[i - 1]->part && z->b[i - 1]->type == PM_BLOCK_PARAGRAPH &&
		    b->type == PM_BLOCK_PARAGRAPH && rule_title_line(b->text)) {
			char *nm = typed_name(z->b[i - 1]->text);
			if (nm) {
				pm_fields_set(&z->f->byline, nm);
				free(nm);
				set_part(b, PM_PART_BYLINE);
				set_part(z->b[i - 1], PM_PART_BYLINE);
				stage_explain(z, "byline", "typed name above the signatory's title", (long)z->bi[i - 1]);
				return;
			}
		}
		/* byline.role_before_name: the signatory's function, then the
		 * name, on the line that closes the release ("Director General
		 * Ada Fenn", "المدير العام أحمد الكعبي"), or above the
		 * organisation's line ("Harbourside Museum", "هيئة الواحة
		 * للمياه"), which does not sign; after the two rules above,
		 * whose title line under a name ("Wethouder Openbare Ruimte")
		 * would read as a role and a name */
		{
			char *nm = NULL;
			size_t at = i;
			if (b->type == PM_BLOCK_PARAGRAPH && short_signature_line(b->text) &&
			    !opens_with_org_word(b->text, z->lang))
				nm = nz_name_after_role(b->text);
			if (!nm && i > start && !z->b[i - 1]->part && z->b[i - 1]->type == PM_BLOCK_PARAGRAPH &&
			    b->type == PM_BLOCK_PARAGRAPH && short_signature_line(b->text) &&
			    short_signature_line(z->b[i - 1]->text) && !opens_with_org_word(z->b[i - 1]->text, z->lang) &&
			    (nm = nz_name_after_role(z->b[i - 1]->text)))
				at = i - 1;
			if (nm) {
				pm_fields_set(&z->f->byline, nm);
				free(nm);
				set_part(b, PM_PART_BYLINE);
				set_part(z->b[at], PM_PART_BYLINE);
				stage_explain(z, "byline", "signatory's function before the name", (long)z->bi[at]);
				return;
			}
		}
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
			stage_explain(z, "byline", "signatory under a title line", (long)z->bi[i]);
			return;
		}
		if (rule_byline(b->text, &name)) {
			pm_fields_set(&z->f->byline, name);
			free(name);
			set_part(b, PM_PART_BYLINE);
			stage_explain(z, "byline", "Source/By line at the end", (long)z->bi[i]);
			return;
		}
		if (rule_signature(z, i)) {
			char *flat = pm_text_flatten(b->text + rule_signature_dash(b->text));
			char *nl = flat ? strchr(flat, '\n') : NULL;
			if (nl)
				*nl = '\0';
			drop_full_stop(flat);
			/* byline.signature_block on one line ("María José
			 * Quintero, Gerente de Comunicación, Cooperativa …"): the
			 * name before the first comma, when it reads as one */
			{
				char *comma = flat ? strchr(flat, ',') : NULL;
				if (comma) {
					char *who = pm_strndup(flat, (size_t)(comma - flat));
					const char *rest = comma + 1;
					while (*rest == ' ')
						rest++;
					/* byline.signature_role_first: the
					 * signatory's title, a comma, the name
					 * ("Le maire, Hélène Roussel", "Der
					 * Bürgermeister, Jonas Reuter"): the
					 * name after the title. Tried first, as a
					 * German title in capitals reads as a
					 * name too; a title after the comma
					 * ("Dr. Anna Weber, Leiterin …") is the
					 * name-first order below */
					if (who && rule_title_line(who) && !strchr(rest, ',') && !rule_title_line(rest) &&
					    rule_signatory(rest))
						memmove(flat, rest, strlen(rest) + 1);
					else if (who && rule_signatory(who))
						*comma = '\0';
					free(who);
				}
			}
			pm_fields_set(&z->f->byline, flat);
			free(flat);
			set_part(b, PM_PART_BYLINE);
			stage_explain(z, "byline", "signature line closing the release", (long)z->bi[i]);
			pm_doc_warn(z->doc, "byline.guessed", PM_EFFECT_INFO, "byline taken from the short line closing the release");
		}
		break;
	}
}

/* Convention byline.valediction: a letter-style release closes with a
 * complimentary close above its signature ("Atentamente," / "Lucía
 * Ferrández" / "Gerente de Comunicación"; "Mit freundlichen Grüßen" /
 * "Jonas Reuter"): the line belongs to the signature, not to the body.
 * Only right above a signature already found, alone in its block, and
 * only as a whole entry of [valedictions] (a comma or a full stop after
 * it), so a sentence that opens with "Regards to …" stays text. */
static void valediction(nz *z)
{
	pm_lex_query q = {PM_LEX_VALEDICTIONS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t i, n, first = z->end;
	pm_block *b;
	for (i = z->end; i-- > 0;)
		if (z->b[i]->part == PM_PART_BYLINE) {
			first = i;
			if (i == 0 || z->b[i - 1]->part != PM_PART_BYLINE)
				break;
		}
	if (first == z->end || first == 0 || first <= (size_t)(z->head + 1))
		return;
	b = z->b[first - 1];
	if (b->part || b->type != PM_BLOCK_PARAGRAPH || !b->text || nz_words(b->text) > 8)
		return;
	n = strlen(b->text);
	while (n > 0 && strchr(" ,.!", b->text[n - 1]))
		n--;
	if (n && pm_lex_word(&q, b->text, n, NULL)) {
		set_part(b, PM_PART_BYLINE);
		stage_explain(z, "byline", "complimentary close above the signature", (long)z->bi[first - 1]);
	}
}

/* Convention byline.valediction_inline: the complimentary close and the
 * signatory's name on one line ("Met vriendelijke groet, Ir. Joost van
 * Oostveen", "Atentamente, Lucía Ferrández"), as a typist runs them
 * together or a PDF reader joins a short line ending in a comma to the
 * next: read as the close above the name, so the signature rules see the
 * name alone. Only a whole entry of [valedictions] then a comma, and a
 * signatory's name after it (alone, or before a comma and a title), in
 * one of the last blocks; the block gets
 * its text back when no rule took it for the signature. */
typedef struct {
	pm_block *b;
	char *whole; /* the block's text as it was */
} val_inline;

/* byline.valediction_inline.signature_block: after the close, the
 * signature block run onto the line, the name, a comma and the title
 * ("Atentamente, Lic. Mariana Ortiz, Directora de Comunicación"): a
 * signatory's name of two to four words before the first comma */
static bool signatory_then_role(const char *r)
{
	const char *comma = strchr(r, ',');
	char *name;
	size_t nw;
	bool ok;
	if (!comma || comma == r)
		return false;
	name = pm_strndup(r, (size_t)(comma - r));
	nw = name ? nz_words(name) : 0;
	ok = name && nw >= 2 && nw <= 4 && rule_signatory(name);
	free(name);
	return ok;
}

static size_t valediction_inline(nz *z, val_inline *out, size_t max)
{
	pm_lex_query q = {PM_LEX_VALEDICTIONS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t i, found = 0, seen = 0;
	for (i = z->end; i-- > (size_t)(z->head + 2) && seen < 6 && found < max; seen++) {
		pm_block *b = z->b[i];
		pm_lex_match m;
		const char *r;
		char *rest;
		if (b->part || b->type != PM_BLOCK_PARAGRAPH || !b->text || nz_words(b->text) > 10 ||
		    !pm_lex_prefix(&q, b->text, strlen(b->text), &m))
			continue;
		r = b->text + m.len;
		while (*r == ' ')
			r++;
		if (*r != ',')
			continue;
		r++;
		while (*r == ' ' || *r == '\n')
			r++;
		if (!*r || !(rule_signatory(r) || signatory_then_role(r)) || !(rest = pm_strdup(r)))
			continue;
		out[found].b = b;
		out[found].whole = b->text;
		b->text = rest;
		found++;
	}
	return found;
}

void stage_byline(nz *z)
{
	val_inline vi[2];
	size_t k, nvi = valediction_inline(z, vi, 2);
	find_byline(z);
	valediction(z);
	for (k = 0; k < nvi; k++) {
		if (vi[k].b->part == PM_PART_BYLINE) {
			free(vi[k].whole);
			stage_explain(z, "byline", "complimentary close on the signatory's line", -1);
		} else {
			free(vi[k].b->text);
			vi[k].b->text = vi[k].whole;
		}
	}
}
