/*
 * sections.c - the sections stage of the normaliser (normalize.c runs
 * it): "About ..." sections, with their paragraphs, give `about`; contact
 * headings and contact paragraphs mark the blocks the contacts stage
 * (contacts.c) reads first. Sections after the end mark are read too.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The whole line is a [contact_leads] entry, with or without a colon,
 * or the lead, its colon and a name with its role ("Pour plus
 * d'informations : Margaux Pelletier, chargée de communication"). */
static bool contact_lead_alone(const char *t)
{
	const char *rest[PM_LEX_MAX_NESTED];
	bool colon[PM_LEX_MAX_NESTED];
	size_t k, i, n;
	if (!t || (n = strlen(t)) > 120)
		return false;
	k = rule_contact_leads(t, n, rest, colon);
	for (i = 0; i < k; i++) {
		const char *r = rest[i];
		if (!*r || (colon[i] && nz_words(r) <= 8 && !nz_ends_sentence(r) && !strchr(r, '\n')))
			return true;
	}
	return false;
}

/* What a contact lead may stand over: a contact paragraph or heading,
 * or a few lines with an e-mail or a phone number. */
static bool contact_block(const char *t)
{
	size_t s0, e0;
	if (!t)
		return false;
	if (rule_contact_paragraph(t) || rule_contact_heading(t))
		return true;
	return nz_words(t) <= 30 && (rule_find_email(t, 0, &s0, &e0) || rule_find_phone(t, 0, true, &s0, &e0));
}

/* The line ends with a colon, ASCII or full-width. */
static bool ends_colon(const char *t)
{
	size_t l = strlen(t);
	while (l > 0 && t[l - 1] == ' ')
		l--;
	return nz_colon_cp(nz_last_cp_n(t, l));
}

/* A line that opens with a label and its colon, the value after it
 * ("Venue: Harbour Hall", "名称： WebRTC Conference", a fact sheet's row
 * that the PDF reader joined to its value): at most four words before
 * the first colon, something after it. */
static bool opens_with_label(const char *t)
{
	const char *c = strchr(t, ':'), *w = strstr(t, "\xEF\xBC\x9A");
	size_t l;
	char *head;
	bool ok;
	if (!c || (w && w < c))
		c = w;
	if (!c || c == t)
		return false;
	l = c[0] == ':' ? 1 : 3;
	while (c[l] == ' ')
		l++;
	if (!c[l])
		return false;
	head = pm_strndup(t, (size_t)(c - t));
	ok = head && nz_words(head) <= 4 && !strchr(head, '\n');
	free(head);
	return ok;
}

/* A short line: no sentence, six words at most, and no label (a line
 * ending with a colon opens what follows it: "Venue:", "名称："; one
 * opening with a label gives a fact: "Venue: Harbour Hall"): an item of
 * a list, or a heading. */
static bool short_line(const pm_block *b)
{
	return b && b->text && *b->text && !nz_ends_sentence(b->text) && nz_words(b->text) <= 6 &&
	       !ends_colon(b->text) && !opens_with_label(b->text);
}

/* Convention about.runs_to_heading: is the short line at j an item of
 * a list inside the section, not the heading of the next one? The line
 * above it opens a list (it ends with a colon) or is itself a short
 * line, or the line below it is one: a heading stands alone above its
 * text, a list's items come in a run. Blocks another stage has claimed
 * (furniture, contacts) are no part of the run. */
static bool list_item_at(const nz *z, size_t j)
{
	const pm_block *prev = j > 0 ? z->b[j - 1] : NULL, *next = j + 1 < z->n ? z->b[j + 1] : NULL;
	size_t k;
	/* a heading followed by a table of labelled facts ("Event
	 * overview" / "Venue:" ...) is the next section's */
	if (!short_line(z->b[j]))
		return false;
	/* a run of short lines that comes to an e-mail address or a phone
	 * number is a contact block (its heading, a name, a role), not a
	 * list of the section's, whether its heading is known or not */
	for (k = j; k < z->n && k < j + 8; k++) {
		const pm_block *c = z->b[k];
		size_t s0, e0;
		if ((c->part && c->part != PM_PART_AFTER_END) || !c->text || rule_contact_heading(c->text))
			break;
		if (rule_find_email(c->text, 0, &s0, &e0) || rule_find_phone(c->text, 0, false, &s0, &e0))
			return false;
		if (nz_ends_sentence(c->text) || nz_words(c->text) > 8)
			break;
	}
	if (prev && prev->text && prev->part == PM_PART_ABOUT && ends_colon(prev->text))
		return true;
	if (prev && prev->part == PM_PART_ABOUT && short_line(prev) && !rule_about_heading(prev->text, NULL))
		return true;
	return next && (!next->part || next->part == PM_PART_AFTER_END) && short_line(next) &&
	       !rule_contact_heading(next->text) && !rule_end_mark_text(next->text) &&
	       !rule_about_heading(next->text, NULL) && next->type != PM_BLOCK_HEADING;
}

/* Convention about.editor_notes: the notes to editors that close a
 * release ("Notes to editors", "Note aux rédactions", "Hinweise für
 * Redaktionen"; [editor_notes_headings]), a heading alone on its line,
 * its colon allowed. */
static bool editor_notes_heading(const char *t)
{
	pm_lex_query q = {PM_LEX_EDITOR_NOTES_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	const char *r;
	size_t n;
	if (!t || (n = strlen(t)) > 80 || strchr(t, '\n') || pm_cp_is_lower(nz_first_cp(t)) ||
	    !pm_lex_prefix(&q, t, n, &m))
		return false;
	for (r = t + m.len; *r == ' '; r++)
		;
	if (*r == ':')
		r++;
	else if (!strncmp(r, "\xEF\xBC\x9A", 3))
		r += 3;
	while (*r == ' ')
		r++;
	return !*r;
}

/* The name a paragraph opens with as its subject, after an article
 * ("The Severnside Society for the Study of Wetland Birds is …", "Der
 * Kranzfelder Tierschutzverein e. V. wurde …"): a run of capitalised
 * words, the small words of a name inside it ([function_words]: "for",
 * "the", "für", "de"), two capitalised words or more, or one in capitals
 * ("SSSWB"). Its start in *at and its length, 0 when there is none. */
static size_t opening_name(const char *t, size_t *at)
{
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query fw = {PM_LEX_FUNCTION_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	const char *p = t, *start = NULL, *end = NULL;
	size_t caps = 0, letters = 0, upper = 0, words = 0;
	while (*p && words < 12) {
		const char *w = p;
		size_t l, k;
		bool comma;
		while (*p && *p != ' ')
			p++;
		l = (size_t)(p - w);
		while (*p == ' ')
			p++;
		comma = l > 1 && (w[l - 1] == ',' || w[l - 1] == ';');
		if (comma)
			l--;
		words++;
		if (!start && !caps && words == 1 && pm_lex_word(&art, w, l, NULL))
			continue;
		if (pm_cp_is_upper(nz_first_cp(w))) {
			if (!start)
				start = w;
			end = w + l;
			if (++caps == 1)
				for (k = 0; k < l; k++) {
					unsigned char c = (unsigned char)w[k];
					letters += isalpha(c) != 0;
					upper += isupper(c) != 0;
				}
		} else if (!(caps && pm_lex_word(&fw, w, l, NULL))) {
			break;
		}
		if (comma)
			break;
	}
	if (!start || !(caps >= 2 || (caps == 1 && letters >= 2 && upper == letters)))
		return 0;
	*at = (size_t)(start - t);
	return (size_t)(end - start);
}

/* A paragraph that describes a body the release has named: prose that
 * opens with that body's name as its subject (the name stands in the
 * text above: the headline or the body), no number before it, no
 * address, no phone. A note that gives facts ("1. The survey was …",
 * "Photographs are available on request") is none. */
/* about.cjk.profile_lines: a Japanese or Chinese company profile under
 * its heading (会社概要, 公司简介) is a list of "label：value" lines
 * ("会社名：…", "所在地：〒…", "设立时间：…"), no prose: a short label
 * of no spaces and the full-width colon open the line. */
static bool profile_line(const char *t)
{
	size_t i = 0, cps = 0;
	if (!t)
		return false;
	while (t[i] && cps <= 8) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)t + i, strlen(t + i), &c);
		if (c == 0xFF1A)
			return cps > 0 && t[i + l];
		if (c == ' ' || c == 0x3002 || c == 0xFF0C || !l)
			return false;
		i += l;
		cps++;
	}
	return false;
}

/* Does a block above i (the text, the headline) hold the name t[0..l),
 * its case aside ("the Tarnwick public library" in the text, "The
 * Tarnwick Public Library is …" in the note)? Convention
 * about.headless.case_fold: the case aside in every script, as the core
 * folds it (pm_text_fold: Unicode's full case fold): a headline set in
 * capitals names the body as "STADTBÜCHEREI ÖSTERFELD" or "GMINNY
 * OŚRODEK KULTURY", the note "Stadtbücherei Österfeld ist eine …". */
static bool named_above(const nz *z, size_t i, const char *t, size_t l)
{
	char *raw = pm_strndup(t, l), *name = raw ? pm_text_fold(raw) : NULL;
	bool named = false;
	size_t k;
	free(raw);
	for (k = 0; name && k < i && !named; k++) {
		const pm_block *c = z->b[k];
		char *folded;
		if (!c->text || (c->part && c->part != PM_PART_HEADLINE && c->part != PM_PART_SUBHEADLINE))
			continue;
		folded = pm_text_fold(c->text);
		named = folded && strstr(folded, name);
		free(folded);
	}
	free(name);
	return named;
}

/* Prose that may describe a body: a sentence of six words or more, no
 * number before it, no address, no phone. */
static bool describing_prose(const char *t)
{
	size_t s0, e0;
	return t && !isdigit((unsigned char)*t) && nz_ends_sentence(t) && nz_words(t) >= 6 &&
	       !rule_find_email(t, 0, &s0, &e0) && !rule_find_phone(t, 0, false, &s0, &e0);
}

static size_t described_name(const nz *z, size_t i, const char *t, size_t *at)
{
	size_t l;
	if (!describing_prose(t) || !(l = opening_name(t, at)))
		return 0;
	return named_above(z, i, t + *at, l) ? l : 0;
}

static bool describes_named_body(const nz *z, size_t i, const char *t)
{
	size_t at = 0;
	return described_name(z, i, t, &at) > 0;
}

/* Convention about.editor_notes.numbered: a note to editors numbered by
 * hand ("1. The Corrow Valley Rivers Trust is a charity …"): the number
 * is the list's, not the note's; the note is read after it. */
static const char *note_text(const char *t)
{
	return t ? t + rule_section_number(t) : t;
}

/* about.headless.lower_case_name: a name whose later words keep the
 * small letter, as Swedish, Polish and Italian write a body's common
 * noun ("Grönviks stadsbibliotek är ett …", "Miejska Biblioteka w
 * Lesnowie jest …", "La Biblioteca civica di Corvara è un …"): the
 * words before the verb ([about_copulas]), two to eight after the
 * article, the first capitalised, none closing a clause, the same words
 * in the text above; the notice's words after it are none
 * ([about_notices]). */
static bool copula_after_name(const nz *z, size_t i, const char *t)
{
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query cop = {PM_LEX_ABOUT_COPULAS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query notice = {PM_LEX_ABOUT_NOTICES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	const char *start = t, *p;
	size_t words = 0, wl;
	if (!describing_prose(t))
		return false;
	wl = strcspn(t, " ");
	if (pm_lex_word(&art, t, wl, NULL) && t[wl] == ' ')
		start = t + wl + 1;
	if (!pm_cp_is_upper(nz_first_cp(start)))
		return false;
	for (p = start; *p && words <= 8;) {
		wl = strcspn(p, " ");
		if (!wl || strchr(",;:.()\"", p[wl - 1]))
			return false;
		words++;
		p += wl;
		while (*p == ' ')
			p++;
		if (words >= 2 && pm_lex_prefix(&cop, p, strlen(p), &m)) {
			const char *r = p + m.len;
			while (*r == ' ')
				r++;
			return !pm_lex_prefix(&notice, r, strlen(r), &m) &&
			       named_above(z, i, start, (size_t)(p - start) - 1);
		}
	}
	return false;
}

/* The two words of text around at..at+n: the two before it, or with
 * after the two after it, their commas and full stops aside; 0 when
 * there are not two words there or one holds a digit (a year). */
static size_t two_words(const char *t, size_t at, size_t n, bool after, size_t *from)
{
	size_t a, b, words = 0, k;
	if (after) {
		for (a = at + n; t[a] == ' '; a++)
			;
		for (b = a; t[b] && words < 2; words++) {
			while (t[b] && t[b] != ' ')
				b++;
			if (words == 0)
				while (t[b] == ' ')
					b++;
		}
	} else {
		for (b = at; b > 0 && t[b - 1] == ' '; b--)
			;
		for (a = b; a > 0 && words < 2; words++) {
			while (a > 0 && t[a - 1] != ' ')
				a--;
			if (words == 0)
				while (a > 0 && t[a - 1] == ' ')
					a--;
		}
	}
	for (;;) {
		if (b > a && strchr(",.;:", t[b - 1]))
			b--;
		else if (b >= a + 2 && !memcmp(t + b - 2, "\xD8\x8C", 2))
			b -= 2; /* the Arabic comma */
		else
			break;
	}
	if (words < 2 || b <= a || !memchr(t + a, ' ', b - a))
		return 0;
	for (k = a; k < b; k++)
		if (isdigit((unsigned char)t[k]))
			return 0;
	*from = a;
	return b - a;
}

/* Convention about.contact_label: a short line closed by a colon, with
 * no figure, right above a line that gives an e-mail address or a phone
 * number, is the heading of the contacts under it, whatever its words
 * ("דוברות העירייה:", "اطلاعات بیشتر:", "Presseanfragen an:"), and ends
 * the About section above it: the section describes, the label
 * introduces the contact lines (a heading the lexicon lacks would else
 * be taken for one of the section's paragraphs). */
static bool contact_label_at(const nz *z, size_t j)
{
	const char *t = z->b[j]->text;
	size_t n, k, s0, e0;
	if (!t || nz_has_digit(t) || nz_words(t) > 4)
		return false;
	n = strlen(t);
	while (n && t[n - 1] == ' ')
		n--;
	if (!(n && t[n - 1] == ':') && !(n >= 3 && !memcmp(t + n - 3, "\xEF\xBC\x9A", 3)))
		return false;
	for (k = j + 1; k < z->n && (!z->b[k]->text || !*z->b[k]->text); k++)
		;
	return k < z->n && (rule_find_email(z->b[k]->text, 0, &s0, &e0) ||
	                    rule_find_phone(z->b[k]->text, 0, false, &s0, &e0));
}

/* Convention about.headless.founded: a boilerplate that opens by saying
 * when the body was founded, in the languages that put the verb before
 * or after the name and write no capital letters to find it by
 * ([about_founding]: "تأسست جمعية … عام 1998", "עמותת … נוסדה בשנת
 * 1998", "Компания «…» основана в 1998 году", "1998 yılında kurulan …
 * Derneği,"): the founding words among the paragraph's first twelve
 * words, and the two words of the name beside them (after the words
 * tagged name_follows, else before them) in the text above. Prose of six
 * words or more that ends a sentence, gives no e-mail or phone, and may
 * open with the year. */
static bool founded_about(const nz *z, size_t i, const char *t)
{
	pm_lex_query q = {PM_LEX_ABOUT_FOUNDING, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t s0, e0, lim, words = 0, from = 0, l;
	if (!nz_ends_sentence(t) || nz_words(t) < 6 || rule_find_email(t, 0, &s0, &e0) ||
	    rule_find_phone(t, 0, false, &s0, &e0))
		return false;
	for (lim = 0; t[lim] && words < 12; lim++)
		words += t[lim] == ' ';
	if (!pm_lex_find(&q, t, lim, &m))
		return false;
	l = two_words(t, m.start, m.len, (m.entry.tags & PM_LEX_TAG(NAME_FOLLOWS)) != 0, &from);
	return l && named_above(z, i, t + from, l);
}

/* Convention about.headless: a body's boilerplate written with no
 * heading, a paragraph that opens with the name of a body the release
 * has named, then its verb and article ([about_copulas]: "is a", "est
 * une", "ist ein", "es una", "é uma", "è un", "is een") and describes
 * it (describes_named_body). */
static bool headless_about(const nz *z, size_t i, const char *t)
{
	pm_lex_query cop = {PM_LEX_ABOUT_COPULAS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query notice = {PM_LEX_ABOUT_NOTICES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t at = 0, l = described_name(z, i, t, &at);
	const char *r;
	if (!l)
		return copula_after_name(z, i, t) || founded_about(z, i, t);
	for (r = t + at + l; *r == ' ' || *r == ','; r++)
		;
	if (!pm_lex_prefix(&cop, r, strlen(r), &m))
		return copula_after_name(z, i, t) || founded_about(z, i, t);
	/* about.headless.notice: "… is an equal opportunity employer": a
	 * notice the law asks for ([about_notices]), not a description */
	for (r += m.len; *r == ' '; r++)
		;
	return !pm_lex_prefix(&notice, r, strlen(r), &m);
}

/* about.headless: where the headless section at i stands. After the end
 * mark, where nothing is body; or as the text's last paragraph, the
 * contacts or the end mark right under it, the body above it (two
 * paragraphs at least), and no About heading anywhere under it (the
 * release that heads its boilerplate keeps this paragraph as text). */
static bool headless_about_at(const nz *z, size_t i)
{
	const pm_block *b = z->b[i], *nx;
	size_t j, above = 0;
	if (!b->text || (b->part && b->part != PM_PART_AFTER_END) || b->type == PM_BLOCK_HEADING ||
	    b->type == PM_BLOCK_TABLE)
		return false;
	if (b->part == PM_PART_AFTER_END)
		return headless_about(z, i, b->text);
	/* headless: prose right above it, no heading over it ("Alsace
	 * Numérique" on its line above "Alsace Numérique est un …" makes a
	 * section of the text, under a heading that is no About heading).
	 * The cheap tests first: the name is looked for in the text above */
	if (!i || !z->b[i - 1]->text || z->b[i - 1]->part || z->b[i - 1]->type == PM_BLOCK_HEADING ||
	    !nz_ends_sentence(z->b[i - 1]->text))
		return false;
	for (j = i + 1; j < z->n && (!z->b[j]->text || !*z->b[j]->text); j++)
		;
	if (j == z->n)
		return false;
	nx = z->b[j];
	if (!(nx->part == PM_PART_END_MARK || nx->part == PM_PART_CONTACT || rule_end_mark_text(nx->text) ||
	      rule_contact_heading(nx->text) || rule_contact_paragraph(nx->text) || contact_lead_alone(nx->text)))
		return false;
	for (j = (z->head >= 0 ? (size_t)z->head + 1 : 0); j < i && above < 2; j++)
		above += !z->b[j]->part && z->b[j]->text && nz_ends_sentence(z->b[j]->text);
	if (above < 2)
		return false;
	for (j = i + 1; j < z->n; j++)
		if (z->b[j]->text && rule_about_heading(z->b[j]->text, NULL))
			return false;
	return headless_about(z, i, b->text);
}

/* about.editor_notes: where the notes under the heading at i end, when
 * every one of them describes a body the release names (the gold sets:
 * "two paragraphs describing the two bodies: about"); 0 when one is a
 * note of another kind, for then the notes stay the release's text (its
 * body, as RECORD.md leaves out only About sections and contacts). The
 * section ends at a heading, a short line, the contacts, an About
 * heading or the end mark. */
static size_t editor_notes_end(const nz *z, size_t i)
{
	size_t j, n = 0;
	for (j = i + 1; j < z->n; j++) {
		const pm_block *c = z->b[j];
		if ((c->part && c->part != PM_PART_AFTER_END) || !c->text)
			break;
		if (rule_end_mark_text(c->text) || rule_about_heading(c->text, NULL) ||
		    rule_contact_heading(c->text) || rule_contact_paragraph(c->text) ||
		    c->type == PM_BLOCK_HEADING || (!nz_ends_sentence(c->text) && nz_words(c->text) <= 8))
			break;
		if (!describes_named_body(z, j, note_text(c->text)))
			return 0;
		n++;
	}
	return n ? j : 0;
}

/* about.heading.th: Thai writes no full stop at a sentence's end, only a
 * space between clauses: its prose is a paragraph in a script without
 * spaces between words (nz_unspaced_cp, not Han or kana, whose "。" ends
 * sentences), of ten words or more (text.unspaced_words), that gives no
 * e-mail or phone. */
static bool unstopped_prose(const char *t)
{
	size_t s0, e0;
	int32_t last = nz_last_cp(t);
	if (!nz_unspaced_cp(last) || nz_cjk_cp(last) || nz_words(t) < 10)
		return false;
	return !rule_find_email(t, 0, &s0, &e0) && !rule_find_phone(t, 0, false, &s0, &e0);
}

/* Convention about.line_breaks: an About paragraph's lines as the body's
 * are (body.c): a line break that shows a new line (Word's Shift+Enter,
 * a line of a plain-text paragraph) starts a paragraph of its own, a
 * wrap written as a break does not. Adds each to the section; inline,
 * the text ran on after the heading on its line, and the first line
 * loses the colon or dash that set it off. */
static void add_lines(pm_about *sec, const char *t, bool inline_text)
{
	char *copy = pm_strdup(t), *save = NULL, *line;
	if (!copy)
		return;
	nz_unwrap_breaks(copy, true);
	for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *flat = inline_text ? nz_trim(line, strlen(line), ":-") : pm_text_flatten(line);
		inline_text = false;
		if (flat && *flat)
			pm_strv_add(&sec->paragraphs, flat);
		else
			free(flat);
	}
	free(copy);
}

/* The heading of an About section as written, without its trailing colon
 * or dash (ASCII or the full-width colon, "当社について："). Takes t. */
static char *clean_heading(char *heading)
{
	char *h2;
	const char *from;
	size_t hl;
	if (!heading)
		return NULL;
	/* about.numbered_heading: the typed number is no part of it */
	from = heading + rule_section_number(heading);
	h2 = nz_trim(from, strlen(from), ":-\n");
	hl = h2 ? strlen(h2) : 0;
	if (hl >= 3 && !memcmp(h2 + hl - 3, "\xEF\xBC\x9A", 3)) {
		h2[hl - 3] = '\0';
		while (hl > 3 && h2[hl - 4] == ' ')
			h2[--hl - 3] = '\0';
	}
	free(heading);
	return h2;
}

/* Hands an About section to the record, or frees it when memory fails. */
static void push_about(nz *z, pm_about sec)
{
	if (pm_grow((void **)&z->f->about, &z->f->capabout, z->f->nabout, sizeof *z->f->about)) {
		z->f->about[z->f->nabout++] = sec;
	} else {
		free(sec.heading);
		pm_strv_free(&sec.paragraphs);
	}
}

static void add_about(nz *z, char *heading, char *para)
{
	pm_about sec;
	memset(&sec, 0, sizeof sec);
	sec.heading = heading;
	if (para && *para)
		pm_strv_add(&sec.paragraphs, para);
	else
		free(para);
	push_about(z, sec);
}

/* A cell that can be an About section's text: prose, no heading. */
static bool prose_cell(const char *t)
{
	return t && nz_ends_sentence(t) && !rule_about_heading(t, NULL) && !rule_contact_heading(t);
}

/* Convention about.table_cells: a joint release sets its About sections
 * in the cells of a layout table: side by side, each cell a heading with
 * its text ("About Greyfriars College: …" | "About Tolland Hospital: …"),
 * or the headings in one row and their texts in the row under them, or
 * each heading in a cell of its own with its text in the cell beside it.
 * When every cell with text is such a heading or its text, each heading
 * is an About section and the table is no body. Any other cell (a
 * figure, a fact, a contact) and the table is a table. */
static bool about_table(nz *z, pm_block *b, bool commit)
{
	unsigned char used[32];
	size_t k, j;
	int pass;
	if (b->type != PM_BLOCK_TABLE || b->ncells < 2 || b->ncells > sizeof used)
		return false;
	/* without commit, only whether it is such a table */
	for (pass = 0; pass < (commit ? 2 : 1); pass++) {
		size_t found = 0;
		memset(used, 0, sizeof used);
		for (k = 0; k < b->ncells; k++) {
			const pm_cell *c = &b->cells[k];
			const char *t = c->text;
			char *rest = NULL;
			size_t tx = (size_t)-1;
			if (used[k] || !t || !*t)
				continue;
			if (!rule_about_heading(t, &rest) || rule_contact_heading(t))
				return false;
			found++;
			if (rest && *rest) {
				if (pass)
					add_about(z, clean_heading(pm_strndup(t, (size_t)(rest - t))),
					          nz_trim(rest, strlen(rest), ":-"));
				continue;
			}
			if (nz_words(t) > 10)
				return false;
			/* its text: the next cell of its row, or the cell under it */
			if (k + 1 < b->ncells && b->cells[k + 1].row == c->row && prose_cell(b->cells[k + 1].text))
				tx = k + 1;
			for (j = k + 1; tx == (size_t)-1 && j < b->ncells; j++)
				if (b->cells[j].row == c->row + 1 && b->cells[j].col == c->col) {
					if (prose_cell(b->cells[j].text))
						tx = j;
					break;
				}
			if (tx == (size_t)-1 || used[tx])
				return false;
			used[tx] = 1;
			if (pass)
				add_about(z, clean_heading(pm_strdup(t)), pm_text_flatten(b->cells[tx].text));
		}
		if (!found)
			return false;
	}
	if (commit)
		set_part(b, PM_PART_ABOUT);
	return true;
}

/* Convention about.editor_notes.over_about: the notes to editors heading
 * ("Notes to editors", "Hinweis für Redaktionen") right above About
 * sections - an About heading, or a table of them (about.table_cells) -
 * heads them: it is no body, nor a section of its own. */
static bool notes_over_about(nz *z, size_t i)
{
	pm_block *nx;
	size_t j;
	for (j = i + 1; j < z->n && (!z->b[j]->text || !*z->b[j]->text) && z->b[j]->type != PM_BLOCK_TABLE; j++)
		;
	if (j == z->n)
		return false;
	nx = z->b[j];
	if (nx->part && nx->part != PM_PART_AFTER_END)
		return false;
	return about_table(z, nx, false) || (nx->text && rule_about_heading(nx->text, NULL));
}

/* Convention about.heading.kind: a heading that names the body's kind,
 * not the body - an article and a word of [org_words] alone on the line,
 * often in capitals ("THE FOUNDATION", "IL CONSORZIO", "LA FONDAZIONE",
 * "DIE STIFTUNG", "L'ASSOCIATION") - over prose that describes a body
 * the release has named, whose name holds that word ("The Harlow Beck
 * Foundation is …", "La Fondazione Arnaldi sostiene …") or which opens
 * with the name and its verb and article (about.headless: "THE COMPANY"
 * over "Orrin Labs is a …"): the About heading. Body text stands above
 * it. A bare name over its text stays a heading of the body (the shared
 * gold's rule: only an About wording or the body's kind heads About). */
static bool kind_heading_at(const nz *z, size_t i)
{
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query org = {PM_LEX_ORG_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	const pm_block *b = z->b[i], *nx;
	const char *t = b->text, *noun;
	char *name, *fname, *fnoun;
	size_t n, wl, at = 0, l, j;
	bool text_above = false, holds;
	if (!t || (b->part && b->part != PM_PART_AFTER_END) || b->type == PM_BLOCK_TABLE || strchr(t, '\n') ||
	    (n = strlen(t)) > 60 || nz_ends_sentence(t) || nz_has_digit(t) || !pm_cp_is_upper(nz_first_cp(t)) ||
	    nz_words(t) > 3)
		return false;
	while (n && (t[n - 1] == ' ' || t[n - 1] == ':'))
		n--;
	noun = t;
	wl = strcspn(t, " '");
	if (t[wl] == ' ' && pm_lex_word(&art, t, wl, NULL))
		noun = t + wl + 1;
	else if (t[wl] == '\'' && pm_lex_word(&art, t, wl + 1, NULL))
		noun = t + wl + 1; /* the elided article: "L'ASSOCIATION" */
	if (noun == t || !pm_lex_word(&org, noun, (size_t)(t + n - noun), NULL))
		return false;
	for (j = (z->head >= 0 ? (size_t)z->head + 1 : 0); j < i && !text_above; j++)
		text_above = !z->b[j]->part && z->b[j]->text && nz_ends_sentence(z->b[j]->text);
	if (!text_above)
		return false;
	for (j = i + 1; j < z->n && (!z->b[j]->text || !*z->b[j]->text); j++)
		;
	if (j == z->n)
		return false;
	nx = z->b[j];
	if ((nx->part && nx->part != PM_PART_AFTER_END) || !(l = described_name(z, j, nx->text, &at)))
		return false;
	name = pm_strndup(nx->text + at, l);
	fnoun = pm_strndup(noun, (size_t)(t + n - noun));
	fname = name ? pm_text_fold(name) : NULL;
	free(name);
	name = fnoun ? pm_text_fold(fnoun) : NULL;
	free(fnoun);
	holds = fname && name && strstr(fname, name);
	free(fname);
	free(name);
	return holds || headless_about(z, j, nx->text);
}

/* Convention contacts.head_block: a contact block set above the title
 * ("Contact: Rachel Quill" / "212-555-0142" / "rquill@…", "CONTACT:" /
 * "Tomas Vey" / "Orrin Trust" / phone / e-mail), as US releases put it
 * in the page's top corner, is the release's contact, read as the same
 * block at the foot of the release is: the heading opens it, and the
 * blocks under it that hold an e-mail or a phone go with it, up to the
 * release line or the title. The headline stage took everything above
 * the title for the letterhead; the heading says what this part is. */
static void head_contact_blocks(nz *z)
{
	size_t i, j, last, end = z->head > 0 ? (size_t)z->head : 0;
	for (i = 0; i < end; i++) {
		pm_block *b = z->b[i];
		if (b->part != PM_PART_LETTERHEAD || !rule_contact_heading(b->text))
			continue;
		set_part(b, PM_PART_CONTACT);
		stage_explain(z, "contacts", "contacts.head_block: a contact heading above the title", (long)z->bi[i]);
		/* the short lines under it (a name, an organisation, each a
		 * block of its own where the lines stand apart) run to the
		 * last that gives an e-mail or a phone */
		for (j = i + 1, last = i; j < end; j++) {
			const pm_block *c = z->b[j];
			if (c->part != PM_PART_LETTERHEAD || rule_contact_heading(c->text) || nz_words(c->text) > 12)
				break;
			if (contact_block(c->text))
				last = j;
		}
		while (i < last)
			set_part(z->b[++i], PM_PART_CONTACT);
	}
}

/* about.page_footer: does the footer line b run on from the one above,
 * prev? A DOCX footer's paragraphs are whole paragraphs (no geometry);
 * a PDF's footer comes as lines, and a line continues the paragraph
 * unless the one above ended a sentence short of the measure. */
static bool footer_line_runs_on(const pm_block *prev, const pm_block *b, double measure)
{
	if (!(prev->x1 > prev->x0) || !(b->x1 > b->x0) || prev->page != b->page)
		return false;
	return !nz_ends_sentence(prev->text) || prev->x1 - prev->x0 >= 0.85 * measure;
}

/* Appends line to *para with a space (none after a line-end hyphen,
 * which stays: the footer's words are not the body's to mend). */
static void footer_append(char **para, const char *line)
{
	size_t a = strlen(*para), l = strlen(line);
	bool space = a && (*para)[a - 1] != '-';
	char *t = pm_malloc(a + l + 2);
	if (!t)
		return;
	memcpy(t, *para, a);
	if (space)
		t[a++] = ' ';
	memcpy(t + a, line, l + 1);
	free(*para);
	*para = t;
}

/* The first paragraph of an About section the record already holds is
 * p: the same footer on another page, or in another footer part. */
static bool about_has(const nz *z, const char *p)
{
	size_t k;
	for (k = 0; k < z->f->nabout; k++)
		if (z->f->about[k].paragraphs.n && !strcmp(z->f->about[k].paragraphs.v[0], p))
			return true;
	return false;
}

/* about.page_footer: the paragraphs of prose under the footer heading
 * at block i, in paras (rest: what follows the heading in its line, the
 * first paragraph's start), from the footer lines after it on its page,
 * up to one that is no prose or another heading. The last block they
 * take (i where none). */
static size_t footer_paragraphs(const pm_doc *d, size_t i, const char *rest, pm_strv *paras)
{
	char *para = NULL;
	size_t j, k, last = i;
	double measure = 0;
	/* the footer's measure: its widest line on the page */
	for (j = i + 1; j < d->nblocks && d->blocks[j].type == PM_BLOCK_PAGE_FOOTER && d->blocks[j].text &&
	                d->blocks[j].page == d->blocks[i].page;
	     j++)
		if (d->blocks[j].x1 - d->blocks[j].x0 > measure)
			measure = d->blocks[j].x1 - d->blocks[j].x0;
	if (rest && *rest)
		para = nz_trim(rest, strlen(rest), ":-");
	for (k = i + 1; k <= j; k++) {
		char *line = k < j ? pm_text_flatten(d->blocks[k].text) : NULL;
		if (line && para && footer_line_runs_on(&d->blocks[k - 1], &d->blocks[k], measure)) {
			footer_append(&para, line);
			free(line);
			continue;
		}
		if (para) {
			if (!describing_prose(para)) {
				free(para);
				free(line);
				break;
			}
			pm_strv_add(paras, para);
			last = k - 1;
			para = NULL;
		}
		if (!line)
			break;
		if (rule_about_heading(line, NULL) || rule_contact_heading(line)) {
			free(line);
			break;
		}
		para = line;
	}
	return last;
}

/* Convention about.page_footer: a template that sets the boilerplate in
 * the page footer (the DOCX footer part; in its PDF, lines repeated at
 * the foot of every page): an About heading there ("About Tessaly
 * Water", "Company profile", "Qui sommes-nous ?", or "About X:" opening
 * its text) with prose under it (sentences of six words or more, no
 * address, no phone) is the About section, once however many pages or
 * footer parts repeat it; a footer without such a heading (an address,
 * a registration line, a menu whose "About us" stands over no prose)
 * stays furniture. */
static void page_footer_about(nz *z)
{
	pm_doc *d = z->doc;
	size_t i, k, last;
	for (i = 0; i < d->nblocks; i++) {
		pm_block *b = &d->blocks[i];
		char *rest = NULL;
		pm_strv paras;
		if (b->type != PM_BLOCK_PAGE_FOOTER || !b->text || b->part != PM_PART_FURNITURE ||
		    nz_cps(b->text) > 400 || rule_contact_heading(b->text) || !rule_about_heading(b->text, &rest))
			continue;
		memset(&paras, 0, sizeof paras);
		last = footer_paragraphs(d, i, rest, &paras);
		if (paras.n) {
			pm_about sec;
			for (k = i; k <= last; k++)
				set_part(&d->blocks[k], PM_PART_ABOUT);
			if (!about_has(z, paras.v[0])) {
				memset(&sec, 0, sizeof sec);
				sec.heading = clean_heading(rest && *rest ? pm_strndup(b->text, (size_t)(rest - b->text))
				                                          : pm_strdup(b->text));
				sec.paragraphs = paras;
				push_about(z, sec);
				stage_explain(z, "about", "about.page_footer", (long)i);
				i = last;
				continue;
			}
		}
		pm_strv_free(&paras);
		i = last > i ? last : i;
	}
}

/* About sections and contact blocks. */
void stage_sections(nz *z)
{
	size_t i;
	head_contact_blocks(z);
	for (i = (z->head >= 0 ? (size_t)z->head + 1 : 0); i < z->n; i++) {
		pm_block *b = z->b[i];
		char *heading = NULL, *inline_rest = NULL;
		size_t notes_end = 0;
		if (b->part && b->part != PM_PART_AFTER_END)
			continue;
		if (about_table(z, b, true)) {
			stage_explain(z, "about", "About sections in a table's cells", (long)z->bi[i]);
			continue;
		}
		if (editor_notes_heading(b->text)) {
			notes_end = editor_notes_end(z, i);
			if (!notes_end && notes_over_about(z, i)) {
				set_part(b, PM_PART_ABOUT);
				stage_explain(z, "about", "about.editor_notes.over_about", (long)z->bi[i]);
				continue;
			}
		}
		if (notes_end || (rule_about_heading(b->text, &inline_rest) && (inline_rest || nz_cps(b->text) < 400)) ||
		    kind_heading_at(z, i)) {
			pm_about sec;
			size_t j;
			/* about.heading_ja, about.heading_zh: the word alone is weak evidence, a
			 * title in a list of sessions ends with it too; the section
			 * describes, so prose must follow: a sentence's end. So
			 * for about.heading.slavic_adjective and fi_elative, whose
			 * lead opens sentences and titles too */
			bool inflected = b->text && rule_about_heading_inflected(b->text, strlen(b->text));
			if (b->text && (inflected || rule_about_heading_cjk(b->text, strlen(b->text)))) {
				const pm_block *nx = NULL;
				bool text_above = false;
				/* and it follows the release's text: one paragraph
				 * of the body at least above it (a release whose
				 * title ends with the particle, read without its
				 * title, opens with it) */
				for (j = (z->head >= 0 ? (size_t)z->head + 1 : 0); j < i && !text_above; j++)
					text_above = !z->b[j]->part && z->b[j]->text && nz_words(z->b[j]->text) > 0;
				if (!text_above)
					continue;
				for (j = i + 1; j < z->n && !nx; j++)
					if (!z->b[j]->part || z->b[j]->part == PM_PART_AFTER_END)
						nx = z->b[j];
				if (!nx || !nx->text ||
				    !(strstr(nx->text, "\xE3\x80\x82") || nz_ends_sentence(nx->text) || unstopped_prose(nx->text) ||
				      (!inflected && profile_line(nx->text))))
					continue;
				/* and the prose is no contact block ("Lisätietoa
				 * hankkeesta" above a name and a number) */
				if (inflected) {
					size_t s0, e0;
					if (rule_contact_paragraph(nx->text) || rule_find_email(nx->text, 0, &s0, &e0) ||
					    rule_find_phone(nx->text, 0, false, &s0, &e0))
						continue;
				}
			}
			memset(&sec, 0, sizeof sec);
			heading = clean_heading(inline_rest ? pm_strndup(b->text, (size_t)(inline_rest - b->text))
			                                    : pm_strdup(b->text));
			sec.heading = heading;
			if (inline_rest && *inline_rest)
				add_lines(&sec, inline_rest, true);
			set_part(b, PM_PART_ABOUT);
			for (j = i + 1; j < z->n; j++) {
				pm_block *c = z->b[j];
				if (c->part == PM_PART_END_MARK || (notes_end && j >= notes_end))
					break;
				if (c->part && c->part != PM_PART_AFTER_END)
					break;
				/* about.list_item_note: a heading that opens an item of
				 * a list with its text ("1. About the Trust: …" among
				 * numbered notes to editors) is that item's: the next
				 * item is the next note */
				if (b->type == PM_BLOCK_LIST_ITEM && inline_rest && c->type == PM_BLOCK_LIST_ITEM)
					break;
				/* about.numbered_note_ends: a heading that is itself
				 * a note numbered by hand ("2. About Oxley Cider", its
				 * text in the paragraphs under it) ends at the next
				 * note so numbered ("3. The planting was paid for …"),
				 * as a heading that is an item of Word's numbered
				 * list ends at the list's next item */
				if (sec.paragraphs.n > 0 &&
				    ((rule_section_number(b->text) && rule_section_number(c->text)) ||
				     (b->type == PM_BLOCK_LIST_ITEM && c->type == PM_BLOCK_LIST_ITEM && c->level <= b->level)))
					break;
				/* about.text_box: a section set in a text box is the
				 * box's; the box's paragraphs come where the writer
				 * anchored it, often inside the text, which goes on
				 * after it */
				if (b->type == PM_BLOCK_TEXT_BOX && c->type != PM_BLOCK_TEXT_BOX)
					break;
				if (sec.paragraphs.n > 0 && nz_words(c->text) < 40) {
					size_t s0, e0;
					/* a short line giving an address or number ends
					 * the section; so does a short note that asks the
					 * reader to write ("Review copies are free to the
					 * press: write to desk@orrin.example.", "Pour un
					 * exemplaire, écrivez à presse@lys.example."): the
					 * About paragraph describes, it does not invite */
					if (rule_find_email(c->text, 0, &s0, &e0) ||
					    (!nz_ends_sentence(c->text) && rule_find_phone(c->text, 0, false, &s0, &e0)))
						break;
				}
				if (rule_contact_paragraph(c->text) || (sec.paragraphs.n > 0 && contact_label_at(z, j)))
					break;
				if (rule_about_heading(c->text, NULL) || rule_contact_heading(c->text) ||
				    (c->type == PM_BLOCK_HEADING) || rule_end_mark_text(c->text) || kind_heading_at(z, j))
					break;
				/* a short title-like line after the section ends it:
				 * the next section's heading. about.runs_to_heading:
				 * not a line of a list the section holds (its
				 * committee, its brands, one per line): a short line
				 * after a colon, or beside another short line, is an
				 * item, and the section runs on to the next heading,
				 * the contacts, the end mark or the end */
				if (!nz_ends_sentence(c->text) && nz_words(c->text) <= 6 &&
				    sec.paragraphs.n > 0 && !nz_has_digit(c->text) &&
				    !strchr(c->text, '@') && !strstr(c->text, "www.") &&
				    !list_item_at(z, j) && !profile_line(c->text))
					break;
				add_lines(&sec, notes_end ? note_text(c->text) : c->text, false);
				set_part(c, PM_PART_ABOUT);
			}
			push_about(z, sec);
			stage_explain(z, "about",
			              notes_end                          ? "about.editor_notes"
			              : rule_about_heading(b->text, NULL) ? "About heading"
			                                                  : "about.heading.kind",
			              (long)z->bi[i]);
			i = j - 1;
			continue;
		}
		if (headless_about_at(z, i)) {
			pm_about sec;
			size_t j;
			bool after_end = b->part == PM_PART_AFTER_END;
			memset(&sec, 0, sizeof sec);
			add_lines(&sec, b->text, false);
			set_part(b, PM_PART_ABOUT);
			/* after the end mark, the prose under it is the section's
			 * too ("It runs four branches …"), up to a short line, a
			 * heading, an address or a number, the contacts */
			for (j = i + 1; after_end && j < z->n; j++) {
				pm_block *c = z->b[j];
				size_t s0, e0;
				if (c->part != PM_PART_AFTER_END || !c->text ||
				    c->type == PM_BLOCK_HEADING || !nz_ends_sentence(c->text) || nz_words(c->text) < 8 ||
				    rule_find_email(c->text, 0, &s0, &e0) || rule_find_phone(c->text, 0, false, &s0, &e0) ||
				    rule_about_heading(c->text, NULL) || rule_contact_heading(c->text) ||
				    rule_contact_paragraph(c->text) || headless_about(z, j, c->text))
					break;
				add_lines(&sec, c->text, false);
				set_part(c, PM_PART_ABOUT);
			}
			push_about(z, sec);
			stage_explain(z, "about", "about.headless", (long)z->bi[i]);
			i = j - 1;
			continue;
		}
		/* contacts.lead_heading: a contact lead alone on its line ("Noot
		 * voor de redactie", "For more information:") over a contact
		 * block is that block's heading, not body */
		if (i + 1 < z->n && !z->b[i + 1]->part && !rule_contact_heading(b->text) &&
		    contact_lead_alone(b->text) && contact_block(z->b[i + 1]->text)) {
			set_part(b, PM_PART_CONTACT);
			stage_explain(z, "contacts", "contact lead as heading", (long)z->bi[i]);
			continue;
		}
		if (rule_contact_paragraph(b->text) && !rule_contact_heading(b->text)) {
			set_part(b, PM_PART_CONTACT);
			stage_explain(z, "contacts", "contact paragraph", (long)z->bi[i]);
			continue;
		}
		/* byline.title_block_signature: a press office named alone
		 * between the title and the dateline ("Gabinete de Prensa",
		 * LaTeX's \author) heads no contacts: it signs the release,
		 * which the byline stage reads */
		if (z->head >= 0 && i == (size_t)z->head + 1 && i + 1 < z->n && z->b[i + 1]->part == PM_PART_DATELINE &&
		    !strchr(b->text, '\n'))
			continue;
		if (rule_contact_heading(b->text)) {
			size_t j, ps, pe;
			set_part(b, PM_PART_CONTACT);
			for (j = i + 1; j < z->n; j++) {
				pm_block *c = z->b[j];
				if (c->part == PM_PART_END_MARK)
					break;
				if (c->part && c->part != PM_PART_AFTER_END)
					break;
				if (rule_about_heading(c->text, NULL) || rule_end_mark_text(c->text))
					break;
				/* a paragraph of text ends the section, and so does the
				 * paragraph a dateline's place opened */
				if (nz_cps(c->text) > 200 && nz_ends_sentence(c->text) && !strchr(c->text, '@'))
					break;
				/* contacts.section_end: so does a shorter paragraph of
				 * prose, twenty words or more ending a sentence, with
				 * no e-mail and no phone number: a contact box that a
				 * PDF floats beside the text comes before the rest of
				 * the release in reading order, and what follows it is
				 * body ("« …, » explique …", a quote of two sentences) */
				if (nz_words(c->text) >= 20 && nz_ends_sentence(c->text) && !strchr(c->text, '@') &&
				    !rule_find_phone(c->text, 0, true, &ps, &pe))
					break;
				if ((long)j == z->place_opened)
					break;
				/* where.after_contact_box: and so does the paragraph
				 * that the dateline opened, under a contact box set
				 * between the headline and the text */
				if (z->dateline_blk >= 0 && (long)z->bi[j] == z->dateline_blk)
					break;
				/* about.editor_notes: the notes to editors under the
				 * contacts end them, when they are the About section */
				if (editor_notes_heading(c->text) && editor_notes_end(z, j))
					break;
				/* about.headless: so does a body's boilerplate under
				 * them, after the end mark ("Die Stadtbücherei Kornau
				 * ist eine …") */
				if (c->part == PM_PART_AFTER_END && headless_about(z, j, c->text))
					break;
				/* contacts.text_box: a contact block set in a text box
				 * is the box's (as about.text_box): the box comes where
				 * the writer anchored it, often beside the title, and
				 * the release goes on after it */
				if (b->type == PM_BLOCK_TEXT_BOX && c->type != PM_BLOCK_TEXT_BOX)
					break;
				set_part(c, PM_PART_CONTACT);
			}
			stage_explain(z, "contacts", "contact heading", (long)z->bi[i]);
			i = j - 1;
		}
	}
	page_footer_about(z);
}
