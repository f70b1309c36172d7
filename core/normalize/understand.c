/*
 * understand.c - the stages that read a release as a release (issue 17,
 * record 1.1; normalize.c runs them last, on what the other stages
 * decided): what kind of release it is (`kind`), the number it gives
 * itself (`reference`), the organisation that issued it (`issuer`) and
 * its standfirst from front matter (`lead`). Each rule names the
 * convention it implements (docs/record.md, "kind" and "issuer"); the
 * words are the lexicon's [kind_words] and [reference_leads].
 */
#include "normalize.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- the lines a release names itself in ------------------------------ */

/* The release line, the headline, the subheadline, and the short lines of
 * the blocks above the body's first long paragraph (a letterhead, a
 * kicker, a reference line): where a release says what it is. At most
 * PM_OPENING lines, each pointing into the block's text, with its length. */
enum { PM_OPENING = 48, PM_OPENING_BLOCKS = 12, PM_SHORT_LINE = 14 };

typedef struct opening {
	const char *s[PM_OPENING];
	size_t len[PM_OPENING];
	long block[PM_OPENING];
	size_t n;
} opening;

static void add_line(opening *o, const char *s, size_t len, long block)
{
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (!len || o->n >= PM_OPENING)
		return;
	o->s[o->n] = s;
	o->len[o->n] = len;
	o->block[o->n] = block;
	o->n++;
}

static size_t words_in(const char *s, size_t n)
{
	size_t w = 0, i;
	bool in = false;
	for (i = 0; i < n; i++) {
		bool sp = s[i] == ' ' || s[i] == '\t';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

static void opening_lines(nz *z, opening *o)
{
	size_t i;
	memset(o, 0, sizeof *o);
	if (z->f->release)
		add_line(o, z->f->release, strlen(z->f->release), z->release >= 0 ? (long)z->bi[z->release] : -1);
	if (z->f->headline)
		add_line(o, z->f->headline, strlen(z->f->headline), z->head >= 0 ? (long)z->bi[z->head] : -1);
	if (z->f->subheadline)
		add_line(o, z->f->subheadline, strlen(z->f->subheadline), -1);
	for (i = 0; i < z->n && i < PM_OPENING_BLOCKS; i++) {
		const pm_block *b = z->b[i];
		const char *p = b->text, *nl;
		if (b->part == PM_PART_JUNK || b->part == PM_PART_FURNITURE)
			continue;
		/* the body has begun: a long paragraph of the release */
		if (b->part == PM_PART_BODY && nz_words(b->text) > 25)
			break;
		for (; p && *p; p = nl ? nl + 1 : NULL) {
			size_t len;
			nl = strchr(p, '\n');
			len = nl ? (size_t)(nl - p) : strlen(p);
			if (words_in(p, len) <= PM_SHORT_LINE)
				add_line(o, p, len, (long)z->bi[i]);
			if (!nl)
				break;
		}
	}
}

/* ---- kind ------------------------------------------------------------- */

/* The kinds, most telling first: a speech's "as prepared for delivery"
 * outweighs the "Press release" line its office puts above every text,
 * an advisory is a release that invites, a council's communiqué and a
 * statement are releases that name themselves so. */
static const struct {
	uint32_t tag;
	const char *kind;
} kinds[] = {
	{PM_LEX_TAG(KIND_SPEECH), "speech"},
	{PM_LEX_TAG(KIND_ADVISORY), "media_advisory"},
	{PM_LEX_TAG(KIND_COMMUNIQUE), "communique"},
	{PM_LEX_TAG(KIND_STATEMENT), "statement"},
	{PM_LEX_TAG(KIND_NEWSLETTER), "newsletter"},
	{PM_LEX_TAG(KIND_PRESS), "press_release"},
};

static int kind_rank(uint32_t tags)
{
	size_t k;
	for (k = 0; k < sizeof kinds / sizeof *kinds; k++)
		if (tags & kinds[k].tag)
			return (int)k;
	return -1;
}

/* Whether only closing punctuation follows byte `at` of the line ("Media
 * advisory:", "STATEMENT."). */
static bool rest_is_punct(const char *s, size_t at, size_t n)
{
	for (; at < n; at++)
		if (!strchr(" :.-\xE2\x80\x93\xE2\x80\x94", s[at]))
			return false;
	return true;
}

/* What follows a word tagged tail: the line's end, or a dash, colon or
 * bar that starts another part ("Harrowgate Cycling Club Newsletter –
 * Spring 2025"). */
static bool ends_name_part(const char *s, size_t at, size_t n)
{
	if (rest_is_punct(s, at, n))
		return true;
	while (at < n && s[at] == ' ')
		at++;
	return at < n && (s[at] == ':' || s[at] == '|' || (s[at] == '-' && at + 1 < n && s[at + 1] == ' ') ||
	                  !strncmp(s + at, "\xE2\x80\x93", 3) || !strncmp(s + at, "\xE2\x80\x94", 3));
}

/* kind.words: the kind a line names ([kind_words]). An entry opens the
 * line ("Statement by the Minister for ...", "Avis aux médias",
 * "Medienhinweis: ..."); one tagged alone is the whole line ("Statement",
 * "Discours"), since the word alone also opens ordinary headlines; one
 * tagged anywhere may stand inside it ("Remarks as prepared for
 * delivery", "Compte rendu du Conseil des ministres du 4 mars"), and one
 * tagged tail may close the sender's name ("Harrowgate Cycling Club
 * Newsletter – Spring 2025"). In the
 * release line, which is a label through and through, an entry may stand
 * anywhere too ("Acme Media Statement"). The rank of the kind found in
 * kinds[] (the most telling when the line names two), -1 when none. */
int rule_kind_line(const char *s, size_t n, bool release_line)
{
	pm_lex_query q = {PM_LEX_KIND_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k, nm, at;
	int best = -1;
	while (n && !pm_cp_is_upper(nz_first_cp(s)) && !pm_cp_is_lower(nz_first_cp(s)) &&
	       strchr(" -*#>\xE2\x80\x93\xE2\x80\x94", *s))
		s++, n--;
	nm = pm_lex_prefixes(&q, s, n, m, PM_LEX_MAX_NESTED);
	for (k = 0; k < nm; k++) {
		int r;
		if ((m[k].entry.tags & PM_LEX_TAG(ALONE)) && !rest_is_punct(s, m[k].len, n))
			continue;
		r = kind_rank(m[k].entry.tags);
		if (r >= 0 && (best < 0 || r < best))
			best = r;
	}
	/* entries inside the line */
	for (at = 0; at < n;) {
		pm_lex_match f;
		int r;
		if (!pm_lex_find(&q, s + at, n - at, &f))
			break;
		if ((f.entry.tags & PM_LEX_TAG(ANYWHERE)) ||
		    ((f.entry.tags & PM_LEX_TAG(TAIL)) && f.start + at > 0 && ends_name_part(s, at + f.start + f.len, n)) ||
		    (release_line && (!(f.entry.tags & PM_LEX_TAG(ALONE)) ||
		                      rest_is_punct(s, at + f.start + f.len, n)))) {
			r = kind_rank(f.entry.tags);
			if (r >= 0 && (best < 0 || r < best))
				best = r;
		}
		at += f.start + (f.len ? f.len : 1);
	}
	return best;
}

const char *rule_kind_name(int rank)
{
	return rank >= 0 && (size_t)rank < sizeof kinds / sizeof *kinds ? kinds[rank].kind : NULL;
}

void stage_kind(nz *z)
{
	pm_fields *f = z->f;
	opening o;
	size_t i;
	int best = -1;
	long blk = -1;
	opening_lines(z, &o);
	for (i = 0; i < o.n; i++) {
		bool release_line = i == 0 && f->release;
		int r = rule_kind_line(o.s[i], o.len[i], release_line);
		/* kind.newsletter_title: "Newsletter" is also a site's menu
		 * entry and a form's tick box ("☐ Newsletter"): it names the
		 * kind only in the title or the release line, beside the
		 * sender's name or the issue ("Harrowgate Cycling Club
		 * Newsletter – Spring 2025", "Nieuwsbrief maart 2025") */
		if (r >= 0 && kinds[r].tag == PM_LEX_TAG(KIND_NEWSLETTER) &&
		    ((!release_line && o.s[i] != f->headline) || words_in(o.s[i], o.len[i]) < 2))
			continue;
		if (r >= 0 && (best < 0 || r < best)) {
			best = r;
			blk = o.block[i];
		}
	}
	if (best >= 0) {
		f->kind = rule_kind_name(best);
		stage_explain(z, "kind", "kind.words: the release names its kind", blk);
		return;
	}
	/* kind.release_line: a release line that names no other kind
	 * ("FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL ...") */
	if (f->release) {
		f->kind = "press_release";
		stage_explain(z, "kind", "kind.release_line", o.block[0]);
		return;
	}
	/* kind.structure: no word says it, but the release's frame does: a
	 * dateline with an About section, a contact block or an end mark */
	if ((f->dateline.set || z->dateline_labelled) && (f->nabout || f->ncontacts || f->end_mark)) {
		f->kind = "press_release";
		stage_explain(z, "kind", "kind.structure: dateline with About, contacts or end mark", -1);
	}
	/* otherwise null: unsure */
}

/* ---- reference -------------------------------------------------------- */

/* reference.lead: a line opening with a reference lead ([reference_leads]:
 * "Ref.", "Réf. :", "Az.", "Communiqué n°", "Pressemitteilung Nr.") and
 * a code with a digit ("Ref. D/Media/2024/031", "Communiqué n° 12/2024",
 * "Az.: 4-17/24"); a number sign may follow a lead that lacks one
 * ("Release no. 17"). The reference as written, from the lead to the
 * code's end; NULL when the line gives none. */
char *rule_reference(const char *s, size_t n)
{
	pm_lex_query q = {PM_LEX_REFERENCE_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m;
	size_t at, code, end;
	bool digit = false;
	if (!pm_lex_prefix(&q, s, n, &m))
		return NULL;
	at = m.len;
	/* a lead ending in a letter must end its word ("Ref 12" and "Ref.
	 * 12", never "Reform 12") */
	if (at < n && nz_word_byte((unsigned char)s[at]) && nz_word_byte((unsigned char)s[at - 1]))
		return NULL;
	while (at < n && (s[at] == ' ' || s[at] == ':'))
		at++;
	/* a number sign after the lead ("Release no. 17", "Comunicado n.º 4") */
	{
		pm_lex_query sign = {PM_LEX_REFERENCE_LEADS, pm_lex_langs_of("any"), 0, 0, PM_LEX_NO_BOUNDARY};
		pm_lex_match sm;
		if (pm_lex_prefix(&sign, s + at, n - at, &sm)) {
			at += sm.len;
			while (at < n && (s[at] == ' ' || s[at] == ':'))
				at++;
		} else if (at + 2 < n && (s[at] == 'n' || s[at] == 'N') && (s[at + 1] == 'o' || s[at + 1] == 'r') &&
		           s[at + 2] == '.') {
			at += 3;
			while (at < n && s[at] == ' ')
				at++;
		}
	}
	code = at;
	for (end = at; end < n && s[end] != ' ' && s[end] != ',' && s[end] != ';' && s[end] != ')'; end++)
		digit |= s[end] >= '0' && s[end] <= '9';
	while (end > code && (s[end - 1] == '.' || s[end - 1] == ':'))
		end--;
	if (!digit || end - code > 40)
		return NULL;
	return pm_strndup(s, end);
}

/* reference.kind_lead (closing.reference): the word that says what a
 * release is ([kind_words]: "Press Release", "Pressemitteilung",
 * "Communiqué de presse"; not one tagged alone or anywhere), a colon, and
 * a code that is plainly a release's number, the whole rest of the line:
 * one token with a digit and a slash or a hyphen inside it ("Press
 * Release: 2024-2025/1628", "Pressemitteilung: 118/2025-KS"), not a date
 * ("Press release: 2025-05-14"). The kind word alone opens release lines
 * and headlines, so the lead is guarded by the colon and the code's
 * shape. The line as written (its final full stop aside); NULL when it
 * is no such line. */
char *rule_reference_kind(const char *s, size_t n)
{
	pm_lex_query q = {PM_LEX_KIND_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k = pm_lex_prefixes(&q, s, n, m, PM_LEX_MAX_NESTED);
	while (k-- > 0) {
		size_t at = m[k].len, code, i;
		bool digit = false, sep = false;
		char *tok;
		if (m[k].entry.tags & (PM_LEX_TAG(ALONE) | PM_LEX_TAG(ANYWHERE)))
			continue;
		while (at < n && s[at] == ' ')
			at++;
		if (at >= n || s[at] != ':')
			continue;
		at++;
		while (at < n && s[at] == ' ')
			at++;
		code = at;
		if (code >= n || n - code > 40 || !nz_word_byte((unsigned char)s[code]))
			continue;
		for (i = code; i < n && s[i] != ' '; i++) {
			digit |= s[i] >= '0' && s[i] <= '9';
			/* a separator inside the code, between two of its characters */
			sep |= (s[i] == '/' || s[i] == '-') && i > code && i + 1 < n && nz_word_byte((unsigned char)s[i + 1]);
		}
		if (i < n || !digit || !sep)
			continue;
		tok = pm_strndup(s + code, n - code);
		if (!tok || pm_date_only(tok, 0) || pm_date_only(tok, 1)) {
			free(tok);
			continue;
		}
		free(tok);
		return pm_strndup(s, n);
	}
	return NULL;
}

void stage_reference(nz *z)
{
	opening o;
	size_t i;
	opening_lines(z, &o);
	for (i = 0; i < o.n; i++) {
		char *r = rule_reference(o.s[i], o.len[i]);
		if (r) {
			free(z->f->reference);
			z->f->reference = r;
			stage_explain(z, "reference", "reference.lead", o.block[i]);
			return;
		}
	}
}

/* ---- issuer ----------------------------------------------------------- */

/* A name that an organisation could have: it opens with a capital or a
 * digit, holds no address or number, and is not a word of the language
 * alone ("About us", "Über uns"). */
static bool name_like(const char *s)
{
	int32_t c = nz_first_cp(s);
	size_t w = nz_words(s);
	if (!*s || pm_cp_is_lower(c) || w == 0 || w > 12 || strpbrk(s, "@#/|=<>{}[]") || strstr(s, "www."))
		return false;
	if (w == 1 && pm_lex_has(PM_LEX_FUNCTION_WORDS, s))
		return false;
	return true;
}

/* An article that ends in its apostrophe ("l'", "dell'"): the word it
 * belongs to follows without a space. */
static bool elided(const char *entry)
{
	size_t n = strlen(entry);
	return n && (entry[n - 1] == '\'' || (n >= 3 && !strcmp(entry + n - 3, "\xE2\x80\x99")));
}

/* issuer.about: the name an "About ..." heading gives ("About Bramblewick
 * Community Orchard", "À propos de Hélioscope", "Über die Kessler GmbH"):
 * the heading after its lead, without a lower-case article ("the",
 * "die") and closing punctuation. NULL when the rest is no name. */
char *rule_issuer_about(const char *heading)
{
	pm_lex_query about = {PM_LEX_ABOUT_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_PENDING};
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	pm_lex_match m;
	const char *p;
	char *name;
	if (!heading || !pm_lex_prefix(&about, heading, strlen(heading), &m))
		return NULL;
	p = heading + m.len;
	while (*p == ' ')
		p++;
	/* "the", "die", and the elided "l'" that the name follows at once
	 * ("À propos de l'Observatoire") */
	if (pm_cp_is_lower(nz_first_cp(p)) && pm_lex_prefix(&art, p, strlen(p), &m) &&
	    (p[m.len] == ' ' || elided(m.entry.text)))
		p += m.len + (p[m.len] == ' ');
	name = nz_trim(p, strlen(p), ":.-");
	if (name && !name_like(name)) {
		free(name);
		name = NULL;
	}
	return name;
}

/* Words that make a line a body's name: a strong [org_words] entry
 * ("Ministry", "GmbH", "université") or a legal form ([org_suffixes]). */
static bool org_name(const char *s)
{
	pm_lex_query strong = {PM_LEX_ORG_WORDS, PM_LEX_ALL_LANGS, PM_LEX_TAG(STRONG), 0, 0};
	pm_lex_query suffix = {PM_LEX_ORG_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_CAPITALS};
	size_t n = strlen(s);
	return name_like(s) && !nz_has_digit(s) &&
	       (pm_lex_find(&strong, s, n, NULL) || pm_lex_find(&suffix, s, n, NULL));
}

/* issuer.release_line: an issuer's name before a release-line word that
 * may close it ("ACOSS Media Release", "Stadtwerke Hollstätt
 * Pressemitteilung"; [release_lines] tagged tail). */
char *rule_issuer_release_line(const char *release)
{
	pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, PM_LEX_TAG(TAIL), 0, 0};
	pm_lex_match m;
	size_t n;
	char *name;
	if (!release)
		return NULL;
	n = strlen(release);
	if (!pm_lex_find(&q, release, n, &m) || m.start == 0 || !rest_is_punct(release, m.start + m.len, n))
		return NULL;
	name = nz_trim(release, m.start, ":|-");
	if (name && (!name_like(name) || nz_has_digit(name) || nz_words(name) > 8)) {
		free(name);
		name = NULL;
	}
	return name;
}

/* issuer.department: a press or communication department
 * ([department_words]: "Pressestelle", "Service de presse", "Ufficio
 * stampa") is not the issuer, but the body it belongs to is, when the
 * line names it after lower-case linking words ("Pressestelle der
 * Stadtwerke Lindenhain", "Press office of the Carrow Trust", "Service de
 * presse de la Ville de Lure", "Ufficio stampa dell'Ente Parco"). *dept
 * says whether s opens with a department; the body's name or NULL. */
char *rule_issuer_department(const char *s, bool *dept)
{
	pm_lex_query q = {PM_LEX_DEPARTMENT_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	const char *p;
	char *name;
	int links = 0;
	*dept = false;
	if (!s || !pm_lex_prefix(&q, s, strlen(s), &m))
		return NULL;
	*dept = true;
	p = s + m.len;
	while (*p == ' ' || *p == ',')
		p++;
	/* the linking words: "der", "of the", "de la", "dell'" */
	while (*p && pm_cp_is_lower(nz_first_cp(p)) && links < 3) {
		const char *w = p;
		while (*p && *p != ' ' && *p != '\'' && strncmp(p, "\xE2\x80\x99", 3))
			p++;
		if (p - w > 5)
			return NULL;
		p += *p == '\'' ? 1 : !strncmp(p, "\xE2\x80\x99", 3) ? 3 : 0;
		while (*p == ' ')
			p++;
		links++;
	}
	if (!links)
		return NULL;
	name = nz_trim(p, strlen(p), ":.-");
	if (name && (!name_like(name) || nz_has_digit(name))) {
		free(name);
		name = NULL;
	}
	return name;
}

/* Every word capitalised but short linking ones ("Harbour Board of
 * Tollbridge", "Consorcio de Transportes"), or one word in capitals
 * ("ACME"): what a name looks like when no word says it is a body. */
static bool capitalised_name(const char *s)
{
	size_t words = 0, caps = 0;
	const char *p = s;
	while (*p) {
		const char *w = p;
		size_t len;
		while (*p && *p != ' ')
			p++;
		len = (size_t)(p - w);
		words++;
		if (pm_cp_is_upper(nz_first_cp(w)))
			caps++;
		else if (len > 3)
			return false;
		while (*p == ' ')
			p++;
	}
	if (words == 1) {
		for (p = s; *p; p++)
			if (*p >= 'a' && *p <= 'z')
				return false;
		return strlen(s) >= 2;
	}
	return caps >= 2;
}

/* issuer.contact: the organisation a contact block names, when it is a
 * body's name: a strong organisation word or a legal form, or a
 * capitalised name; a department after a comma is dropped ("Bezirksamt
 * Kolbach, Pressestelle"); a word alone ("Office", "Mobile") is none. */
static char *contact_org(const char *org)
{
	const char *comma = strstr(org, ", ");
	char *name;
	bool dept;
	if (comma) {
		char *tail = rule_issuer_department(comma + 2, &dept);
		free(tail);
		if (!dept)
			comma = NULL;
	}
	name = nz_trim(org, comma ? (size_t)(comma - org) : strlen(org), ":-");
	if (name && (!name_like(name) || !(org_name(name) || capitalised_name(name)))) {
		free(name);
		name = NULL;
	}
	return name;
}

static void set_issuer(nz *z, char *name, const char *evidence, const char *rule, long block)
{
	z->f->issuer.name = name;
	z->f->issuer.evidence = evidence;
	stage_explain(z, "issuer", rule, block);
}

void stage_issuer(nz *z)
{
	pm_fields *f = z->f;
	size_t i;
	char *name;
	const char *author;
	for (i = 0; i < f->nabout; i++)
		if ((name = rule_issuer_about(f->about[i].heading))) {
			set_issuer(z, name, "about", "issuer.about: the About section's heading", -1);
			return;
		}
	if ((name = rule_issuer_release_line(f->release))) {
		set_issuer(z, name, "release_line", "issuer.release_line: the name before a release line",
		           z->release >= 0 ? (long)z->bi[z->release] : -1);
		return;
	}
	/* issuer.letterhead: a line of the letterhead above the headline that
	 * names a body ("MINISTÈRE DE LA TRANSITION AGRICOLE", "Kessler
	 * Werkzeugbau GmbH") */
	for (i = 0; i < z->n; i++) {
		const char *p = z->b[i]->text, *nl;
		if (z->b[i]->part != PM_PART_LETTERHEAD)
			continue;
		for (; p && *p; p = nl ? nl + 1 : NULL) {
			char *line;
			nl = strchr(p, '\n');
			line = nz_trim(p, nl ? (size_t)(nl - p) : strlen(p), ":|-");
			if (line && nz_words(line) <= 10 && org_name(line)) {
				set_issuer(z, line, "letterhead", "issuer.letterhead: a body's name above the headline",
				           (long)z->bi[i]);
				return;
			}
			free(line);
			if (!nl)
				break;
		}
	}
	/* issuer.signature: a signature that is a body's department
	 * ("Pressestelle der Stadtwerke Lindenhain"), as the byline stage
	 * took it or as a short line of its own anywhere after the headline
	 * (a closing line, a contact block: "Gabinete de prensa del
	 * Ayuntamiento de ...") */
	{
		bool dept;
		if ((name = rule_issuer_department(f->byline, &dept))) {
			set_issuer(z, name, "signature", "issuer.signature: the department's body in the signature", -1);
			return;
		}
		for (i = z->head >= 0 ? (size_t)z->head + 1 : 0; i < z->n; i++) {
			const char *p = z->b[i]->text, *nl;
			for (; p && *p; p = nl ? nl + 1 : NULL) {
				char *line;
				nl = strchr(p, '\n');
				line = pm_strndup(p, nl ? (size_t)(nl - p) : strlen(p));
				name = line && nz_words(line) <= PM_SHORT_LINE ? rule_issuer_department(line, &dept) : NULL;
				free(line);
				if (name) {
					bool contact = z->b[i]->part == PM_PART_CONTACT;
					set_issuer(z, name, contact ? "contact" : "signature",
					           contact ? "issuer.contact: the department's body in the contact block"
					                   : "issuer.signature: the department's body on a line of its own",
					           (long)z->bi[i]);
					return;
				}
				if (!nl)
					break;
			}
		}
	}
	/* issuer.contact: the organisation the contact block names, or the
	 * body a department there belongs to; a department alone
	 * ("Unternehmenskommunikation") names no issuer */
	for (i = 0; i < f->ncontacts; i++) {
		const char *org = f->contacts[i].organization;
		bool dept;
		if (!org)
			continue;
		if ((name = rule_issuer_department(org, &dept))) {
			set_issuer(z, name, "contact", "issuer.contact: the department's body in the contact block", -1);
			return;
		}
		if (!dept && (name = contact_org(org))) {
			set_issuer(z, name, "contact", "issuer.contact: the contact block's organisation", -1);
			return;
		}
	}
	/* issuer.properties: the file's author, when it is a body's name and
	 * not a person's */
	author = pm_doc_property(z->doc, "author");
	if (author && org_name(author) && nz_words(author) <= 10)
		set_issuer(z, pm_strdup(author), "properties", "issuer.properties: the file's author names a body", -1);
}

/* ---- lead ------------------------------------------------------------- */

/* The sentences of a paragraph: ends of sentence followed by a space and
 * a capital or a quotation mark, and its own end. */
static size_t sentences(const char *t)
{
	size_t n = 1;
	const char *p;
	for (p = t; p[0] && p[1] && p[2]; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' &&
		    (isupper((unsigned char)p[2]) || p[2] == '"' || (unsigned char)p[2] >= 0xC0))
			n++;
	return n;
}

/* Whether a paragraph reads as prose, as a standfirst does: no label
 * opening it ("WHAT: Guided tour …", "Phone: …" in its first three
 * words) and at least two in five of its capitalisable words in lower
 * case (a letterhead's "Department of Communication, Central Office,
 * Fort, Mumbai" is all names). */
static bool prose(const char *t)
{
	size_t words = 0, cased = 0, lower = 0;
	const char *p = t;
	while (*p) {
		int32_t c;
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		words++;
		c = nz_first_cp(p);
		if (pm_cp_is_lower(c))
			cased++, lower++;
		else if (pm_cp_is_upper(c))
			cased++;
		while (*p && *p != ' ') {
			if (*p == ':' && words <= 3)
				return false;
			p++;
		}
	}
	return cased && lower * 5 >= cased * 2;
}

/* lead.standfirst: a short paragraph between the headline and the
 * paragraph the dateline opens (or the dateline's own line) is the
 * release's standfirst ("chapeau", "Vorspann", "entradilla"): the
 * dateline marks where the body's own text starts, so one paragraph
 * above it and under the headline can only introduce it. Short: at most
 * 80 words in at most 3 sentences, not a list's lead-in (":"). It stays
 * in `body` (and `text`), as record 1.0 kept it: the gold sets
 * (../shared/eval README) count a standfirst as the first body
 * paragraph. */
static bool lead_standfirst(nz *z)
{
	size_t i, at = z->n, found = z->n;
	const pm_block *b;
	if (z->head < 0 || z->dateline_blk < 0)
		return false;
	for (i = (size_t)z->head + 1; i < z->n && at == z->n; i++)
		if ((long)z->bi[i] == z->dateline_blk)
			at = i;
	if (at == z->n)
		return false;
	for (i = (size_t)z->head + 1; i < at; i++) {
		if (z->b[i]->part != PM_PART_BODY)
			continue;
		if (found != z->n)
			return false; /* two paragraphs above the dateline: a text of its own */
		found = i;
	}
	if (found == z->n)
		return false;
	b = z->b[found];
	if (b->type != PM_BLOCK_PARAGRAPH || !b->text || nz_words(b->text) < 6 || nz_words(b->text) > 80 ||
	    sentences(b->text) > 3 || nz_colon_cp(nz_last_cp(b->text)) || !prose(b->text))
		return false;
	pm_fields_set(&z->f->lead, b->text);
	stage_explain(z, "lead", "lead.standfirst: a short paragraph between headline and dateline", (long)z->bi[found]);
	return true;
}

/* lead.subheadline_sentence: a subheadline that is a whole sentence (at
 * least 10 words, ending as a sentence ends) is a standfirst set under
 * the headline, not a second title ("New tram line links the station
 * with the hospital from April, the city said."): it is also the lead.
 * `subheadline` keeps it, as record 1.0 did. */
static bool lead_subheadline_sentence(nz *z)
{
	const char *t = z->f->subheadline;
	if (!t || nz_words(t) < 10 || nz_words(t) > 80 || !nz_ends_sentence(t) || !prose(t))
		return false;
	pm_fields_set(&z->f->lead, t);
	stage_explain(z, "lead", "lead.subheadline_sentence: the subheadline is a sentence", -1);
	return true;
}

/* lead.front_matter: Markdown front matter's `description` or `summary`
 * (the text plugin gives it as the `subject` property; no other plugin
 * reads a text's own description), unless it only repeats the headline;
 * else lead.subheadline_sentence, else lead.standfirst. */
void stage_lead(nz *z)
{
	const char *d;
	if (!z->fmt_txt || !(d = pm_doc_property(z->doc, "subject")) || !*d ||
	    (z->f->headline && nz_equals(z->f->headline, d))) {
		if (!lead_subheadline_sentence(z))
			lead_standfirst(z);
		return;
	}
	pm_fields_set(&z->f->lead, d);
	stage_explain(z, "lead", "lead.front_matter: description", -1);
}

/* ---- the speaker's role and organisation ------------------------------ */

static bool at_word_start(const char *seg, size_t i)
{
	return i == 0 || seg[i - 1] == ' ';
}

static bool arabic_letter(int32_t c)
{
	return c >= 0x600 && c <= 0x6FF;
}

/* The code point that ends at byte i of s (i > 0). */
static int32_t last_cp_before(const char *s, size_t i)
{
	size_t k = i;
	int32_t c = -1;
	while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
		k--;
	if (k > 0)
		k--;
	pm_utf8_decode((const unsigned char *)s + k, i - k, &c);
	return c;
}

/* Whether the clause goes on at seg[i]: not a speech verb ("..., chief
 * executive of Acme, said"), not a new clause (", who", ", a-t-il"). */
static bool clause_ends(const char *s, size_t i, size_t n)
{
	pm_lex_query verbs = {PM_LEX_SPEECH_VERBS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	if (strchr(".;!?(\"", s[i]) || !strncmp(s + i, "\xE2\x80\x9C", 3) || !strncmp(s + i, "\xE2\x80\x9D", 3) ||
	    !strncmp(s + i, "\xC2\xAB", 2) || !strncmp(s + i, "\xC2\xBB", 2) || !strncmp(s + i, "\xE2\x80\x9E", 3))
		return true;
	if (s[i] == ',' && s[i + 1] == ' ' && pm_cp_is_lower(nz_first_cp(s + i + 2)))
		return true;
	/* quotes.role_arabic_comma: in Arabic, with no case to tell a clause
	 * from a name, the next Arabic comma or the colon before the
	 * quotation ends the role ("…، مدير المكتبة، في كلمته: «…»") */
	if (((unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0x8C) ||
	    (s[i] == ':' && i > 0 && arabic_letter(last_cp_before(s, i))))
		return true;
	return at_word_start(s, i) && pm_lex_prefix(&verbs, s + i, n - i, NULL);
}

/* A role word of the lexicon opens the words ([role_words],
 * with the entries issue 13 added for a rule to come (pending),
 * [contact_roles], [signature_titles]), within their first four. */
static bool role_opens(const char *seg)
{
	static const pm_lex_section secs[] = {PM_LEX_ROLE_WORDS, PM_LEX_CONTACT_ROLES, PM_LEX_SIGNATURE_TITLES};
	size_t i, k, words = 0, n = strlen(seg);
	for (i = 0; i < n && words < 4; i++) {
		if (!at_word_start(seg, i))
			continue;
		words++;
		for (k = 0; k < sizeof secs / sizeof *secs; k++) {
			pm_lex_query q = {secs[k], PM_LEX_ALL_LANGS, 0, 0, PM_LEX_PENDING};
			if (pm_lex_prefix(&q, seg + i, n - i, NULL))
				return true;
		}
	}
	return false;
}

/* quote.role: the role and organisation the text gives a speaker right
 * after the name, between commas or up to the sentence's end ("said Jane
 * Roe, chief executive of Acme.", "a déclaré Léa Marchal, directrice de
 * l'Observatoire des Rivières", "sagte Jonas Brandt, Geschäftsführer bei
 * Kessler Werkzeugbau"), or after a comma of its own (quote.role_comma:
 * "said Jane Roe, chief executive, Acme Europe"; a linking word is then
 * looked for before that comma only). `after` is the text after the name; `known` a
 * text whose words make a single capitalised word an organisation's name
 * (the headline and the issuer), NULL for none. false when no role word
 * opens the words after the comma. */
bool rule_speaker_role(const char *after, const char *known, char **role, char **org)
{
	pm_lex_query links = {PM_LEX_ROLE_ORG_LINKS, PM_LEX_ALL_LANGS, 0, 0, 0};
	const char *p = after, *last_comma = NULL;
	char *seg;
	size_t n, i, end;
	*role = *org = NULL;
	/* the comma after the name, or the Arabic comma (quotes.role_arabic_comma:
	 * "وقال سامر العلي، مدير المكتبة: «…»") */
	if (p && (unsigned char)p[0] == 0xD8 && (unsigned char)p[1] == 0x8C)
		p++;
	else if (!p || *p != ',')
		return false;
	p++;
	while (*p == ' ')
		p++;
	n = strlen(p);
	for (end = 0; end < n && !clause_ends(p, end, n); end++)
		;
	seg = nz_trim(p, end, ",-");
	if (!seg || !*seg || nz_words(seg) > 14 || !role_opens(seg)) {
		free(seg);
		return false;
	}
	/* the first linking word followed by a name ("Director of
	 * Communications at Tollbridge" when Communications is no name) */
	n = strlen(seg);
	for (p = strstr(seg, ", "); p; p = strstr(p + 2, ", "))
		last_comma = p;
	for (i = 1; i < n; i++) {
		pm_lex_match m[PM_LEX_MAX_NESTED];
		size_t k, nm;
		if (last_comma && seg + i > last_comma)
			break; /* a part of its own after a comma: quote.role_comma */
		if (!at_word_start(seg, i))
			continue;
		nm = pm_lex_prefixes(&links, seg + i, n - i, m, PM_LEX_MAX_NESTED);
		for (k = nm; k-- > 0;) {
			size_t at = i + m[k].len;
			char *o;
			bool known_word;
			if (seg[at] == ' ')
				at++;
			else if (!elided(m[k].entry.text))
				continue;
			if (!pm_cp_is_upper(nz_first_cp(seg + at)))
				continue;
			o = nz_trim(seg + at, n - at, ",");
			known_word = o && nz_words(o) == 1 && known && nz_has_word(known, o);
			if (o && name_like(o) && (org_name(o) || capitalised_name(o) || known_word)) {
				*org = o;
				*role = nz_trim(seg, i, ",");
				free(seg);
				if (!*role) {
					free(*org);
					*org = NULL;
					return false;
				}
				return true;
			}
			free(o);
			break;
		}
	}
	/* quote.role_comma: the organisation after a comma of its own ("Jane
	 * Roe, chief executive, Acme Europe"): the last part is a name and
	 * a role word opens what precedes it */
	{
		const char *c = last_comma;
		if (c) {
			char *o = nz_trim(c + 1, strlen(c + 1), ",");
			char *r = nz_trim(seg, (size_t)(c - seg), ",");
			bool known_word = o && nz_words(o) == 1 && known && nz_has_word(known, o);
			if (o && r && *r && role_opens(r) && pm_cp_is_upper(nz_first_cp(o)) && name_like(o) &&
			    (org_name(o) || capitalised_name(o) || known_word)) {
				*role = r;
				*org = o;
				free(seg);
				return true;
			}
			free(o);
			free(r);
		}
	}
	*role = seg;
	return true;
}

/* quote.role_before: the title before the speaker's name that the
 * speaker leaves out, walking back from the name at `at` in `text` to the
 * speech verb ([speech_verbs], [pronoun_attributions]) or the punctuation
 * before it, when a role word opens what it passed:
 * - capitalised words, up to four: "said Mayor Ann Cole", "a déclaré la
 *   Préfète Hélène Garrigou"; a compound holding a role stem
 *   ("Kulturministerin Ada Fenn", quotes.role_before_name);
 * - quotes.role_complement_before_name: the role, its linking word and
 *   complement ("Minister of Culture Ada Fenn", "la ministre de la
 *   Culture Ada Fenn", "il sindaco di Valtorre Mario Rossi", "el alcalde
 *   de Valdemora, Juan Pérez": a comma may set the name off), the role
 *   word then in lower case, eight words at most, the article left out;
 * - Arabic (quotes.speaker_role_complement): six words of Arabic letters
 *   ("وقال معالي وزير الثقافة سالم الكعبي"); with no capitals to end the
 *   role at, the verb or the punctuation before it does.
 * One walk for every script: only what a word may be differs. */
char *rule_role_before(const char *text, const char *at)
{
	pm_lex_query verb = {PM_LEX_SPEECH_VERBS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	pm_lex_query pron = {PM_LEX_PRONOUN_ATTRIBUTIONS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
	bool arabic = arabic_letter(nz_first_cp(at)), link = false;
	const char *start = at, *p = at, *first_cap = NULL;
	size_t words = 0, max = arabic ? 6 : 8;
	char *role;
	while (p > text && p[-1] == ' ')
		p--;
	while (p > text && words < max) {
		const char *w = p, *c, *stop = p;
		size_t wl;
		int32_t cp;
		while (w > text && w[-1] != ' ')
			w--;
		/* the comma that sets the name off ("de Valdemora, Juan") */
		if (!arabic && words == 0 && stop > w && stop[-1] == ',')
			stop--;
		for (c = w; c < stop; c++)
			if (strchr(",.;:!?\"()", *c) || ((unsigned char)c[0] == 0xD8 && (unsigned char)c[1] == 0x8C) ||
			    ((unsigned char)c[0] == 0xC2 && ((unsigned char)c[1] == 0xAB || (unsigned char)c[1] == 0xBB)))
				break;
		wl = (size_t)(stop - w);
		cp = nz_first_cp(w);
		if (c < stop || !wl || pm_lex_word(&verb, w, wl, NULL) || pm_lex_word(&pron, w, wl, NULL))
			break;
		if (arabic) {
			if (!arabic_letter(cp))
				break;
		} else if (pm_cp_is_upper(cp)) {
			if (words >= 4 && !link)
				break;
			first_cap = w;
		} else if (first_cap && nz_role_link(w, wl)) {
			link = true; /* "of", "de", "di" before a capitalised word */
		} else if (!(first_cap && nz_is_article(w, wl)) && !(link && nz_role_word(w, wl))) {
			break;
		}
		start = w;
		words++;
		p = w;
		while (p > text && p[-1] == ' ')
			p--;
	}
	/* the article and links before the role word are none of it, the
	 * article capitalised too when it opens the sentence ("La consejera
	 * de Agricultura, …") */
	if (!arabic)
		while (start < at && ((!pm_cp_is_upper(nz_first_cp(start)) && !nz_role_word(start, strcspn(start, " "))) ||
		                      pm_lex_word(&art, start, strcspn(start, " "), NULL))) {
			start += strcspn(start, " ");
			while (*start == ' ')
				start++;
		}
	if (!words || start >= at)
		return NULL;
	role = nz_trim(start, (size_t)(at - start), arabic ? "" : ",");
	if (role && !role_opens(role) && (arabic || !nz_role_word(role, strcspn(role, " ")))) {
		free(role);
		role = NULL;
	}
	return role;
}

/* quote.role_in_name: a title the quote rules kept at the head of the
 * speaker's name ("zei Burgemeester Femke Hoogland" gives the speaker
 * "Burgemeester Femke Hoogland"): its first word, when a role word opens
 * it and a name of at least two capitalised words follows ("Vorsitzende
 * des Vereins" is a role alone). */
char *rule_role_in_speaker(const char *speaker)
{
	const char *sp = speaker ? strchr(speaker, ' ') : NULL;
	char *first;
	if (!sp || nz_words(sp) < 2 || !pm_cp_is_upper(nz_first_cp(speaker)) || !capitalised_name(sp + 1))
		return NULL;
	first = nz_trim(speaker, (size_t)(sp - speaker), "");
	if (first && !role_opens(first)) {
		free(first);
		first = NULL;
	}
	return first;
}

/* Each quote's speaker's role and organisation, from the paragraph the
 * quote is in; a speaker quoted again keeps what an earlier paragraph
 * said of them (a release names the role once). One pass over each
 * quote's own paragraph: linear in the text. */
void stage_speakers(nz *z)
{
	pm_fields *f = z->f;
	size_t q, k;
	char *known = NULL;
	{
		pm_buf b;
		pm_buf_init(&b);
		if (f->headline)
			pm_buf_adds(&b, f->headline);
		pm_buf_adds(&b, " ");
		if (f->issuer.name)
			pm_buf_adds(&b, f->issuer.name);
		known = b.data ? pm_strdup(b.data) : NULL;
		pm_buf_free(&b);
	}
	for (q = 0; q < f->nquotes; q++) {
		const char *who = f->quotes[q].speaker;
		const pm_block *blk;
		char *flat;
		const char *at;
		if (!who || !*who || f->quotes[q].block < 0 || (size_t)f->quotes[q].block >= z->doc->nblocks)
			continue;
		if (q > 0 && f->quotes[q - 1].block == f->quotes[q].block && f->quotes[q - 1].speaker &&
		    !strcmp(f->quotes[q - 1].speaker, who))
			continue;  /* the same paragraph and speaker: filled below */
		blk = &z->doc->blocks[f->quotes[q].block];
		if (!blk->text || !(flat = pm_text_flatten(blk->text)))
			continue;
		for (at = strstr(flat, who); at; at = strstr(at + 1, who)) {
			char *role, *org;
			if (rule_speaker_role(at + strlen(who), known, &role, &org) ||
			    (role = rule_role_before(flat, at)) || (role = rule_role_in_speaker(who))) {
				f->quotes[q].role = role;
				f->quotes[q].organization = org;
				stage_explain(z, "quotes.role", "quote.role: the role next to the speaker's name",
				              f->quotes[q].block);
				break;
			}
		}
		free(flat);
	}
	/* the same speaker elsewhere: the role the text gave them nearest
	 * before, or after (within 64 quotes, so that a long text stays linear) */
	for (q = 0; q < f->nquotes; q++) {
		if (f->quotes[q].role || !f->quotes[q].speaker)
			continue;
		for (k = q > 64 ? q - 64 : 0; k < f->nquotes && k <= q + 64; k++)
			if (f->quotes[k].role && f->quotes[k].speaker && !strcmp(f->quotes[k].speaker, f->quotes[q].speaker)) {
				f->quotes[q].role = pm_strdup(f->quotes[k].role);
				if (f->quotes[k].organization)
					f->quotes[q].organization = pm_strdup(f->quotes[k].organization);
				break;
			}
	}
	free(known);
}

/* ---- phones in E.164 -------------------------------------------------- */

/* phone.e164: a number as written in E.164 (ITU-T E.164: "+", the
 * country code, the national number; 15 digits at most), only when that
 * is certain. phone.e164.international: written with its country code
 * ("+44 (0)1632 960 112", "0049 30 1234567", "(+1) 248 555 0199"; the
 * trunk "(0)" that only a national call dials is dropped).
 * phone.e164.nanp: a ten-digit North American number ("(315) 555-0143",
 * "315.555.0143", "1-315-555-0143") in a release whose dateline is in the
 * United States (us_place): the area code and the exchange open with 2 to
 * 9. NULL otherwise: a national number elsewhere could belong to any of
 * the countries that write the language, and letters (an extension)
 * make the number more than a number. */
char *rule_phone_e164(const char *phone, bool us_place)
{
	char d[20];
	size_t n = 0;
	const char *p = phone;
	bool intl = false;
	if (!phone)
		return NULL;
	while (*p == ' ' || *p == '(')
		p++;
	if (*p == '+') {
		intl = true;
		p++;
	} else if (p[0] == '0' && p[1] == '0') {
		intl = true;
		p += 2;
	}
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n >= sizeof d - 1)
				return NULL;
			d[n++] = *p;
		} else if (intl && p[0] == '(' && p[1] == '0' && p[2] == ')') {
			p += 2;  /* the trunk prefix */
		} else if (!strchr(" -.()/\xC2\xA0", *p)) {
			return NULL;
		}
	}
	d[n] = '\0';
	if (intl) {
		if (n < 8 || n > 15 || d[0] == '0' || (d[0] == '1' && n != 11))
			return NULL;
	} else {
		if (!us_place)
			return NULL;
		if (n == 11 && d[0] == '1')
			memmove(d, d + 1, n--);
		if (n != 10 || d[0] < '2' || d[3] < '2')
			return NULL;
		memmove(d + 1, d, n + 1);
		d[0] = '1';
		n++;
	}
	{
		char out[20];
		out[0] = '+';
		memcpy(out + 1, d, n + 1);
		return pm_strdup(out);
	}
}

void stage_phones(nz *z)
{
	pm_fields *f = z->f;
	size_t i;
	const char *place = f->dateline.set ? f->dateline.location : NULL;
	bool us = place && rule_place_dayfirst(place, strlen(place), z->lang) == 0;
	for (i = 0; i < f->ncontacts; i++)
		if ((f->contacts[i].e164 = rule_phone_e164(f->contacts[i].phone, us)))
			stage_explain(z, "contacts.e164", us ? "phone.e164 (dateline in the United States)" : "phone.e164",
			              -1);
}
