/*
 * contacts.c - contacts: e-mail addresses, phone numbers and web sites
 * found anywhere in the document (body, contact blocks, page furniture),
 * each once, grouped with the name, role and organisation that the contact
 * block gives beside them. Phones are kept as written; which runs of
 * digits are phones, and which strings are addresses, is email_phone.c's
 * to say.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- grouping --------------------------------------------------------- */

typedef struct contact {
	char *name, *role, *org, *email, *phone, *url;
} contact;

typedef struct clist {
	contact *v;
	size_t n, cap;
	pm_strmap emails_seen, phones_seen;
} clist;

static contact *cnew(clist *l)
{
	if (l->n == l->cap) {
		size_t ncap = l->cap ? l->cap * 2 : 16;
		contact *nv = pm_reallocarray(l->v, ncap, sizeof *nv);
		if (!nv)
			return NULL;
		l->v = nv;
		l->cap = ncap;
	}
	memset(&l->v[l->n], 0, sizeof l->v[l->n]);
	return &l->v[l->n++];
}

/* A second number or address of the same person: a new object (the
 * record holds one of each per object) that repeats who it is. */
static contact *cnext(clist *l, contact *cur)
{
	size_t at = cur ? (size_t)(cur - l->v) : 0;
	contact *c = cnew(l);
	if (c && cur) {
		contact *o = &l->v[at];
		c->name = o->name ? pm_strdup(o->name) : NULL;
		c->role = o->role ? pm_strdup(o->role) : NULL;
		c->org = o->org ? pm_strdup(o->org) : NULL;
	}
	return c;
}

static bool seen(pm_strmap *set, const char *key)
{
	size_t l = strlen(key);
	if (pm_strmap_get(set, key, l))
		return true;
	pm_strmap_add(set, key, l);
	return false;
}

/* A number is the same number when its digits are: "+61 1800 011 046"
 * for callers abroad and "1800 011 046" are two numbers as written. */
static void digits_key(const char *p, char *out, size_t n)
{
	size_t k = 0, dl;
	while (*p && k + 1 < n) {
		int d = nz_digit_at(p, &dl);
		if (d >= 0) {
			out[k++] = (char)('0' + d);
			p += dl;
		} else {
			p++;
		}
	}
	out[k] = '\0';
}

static char *lower_dup(const char *s)
{
	char *d = pm_strdup(s);
	if (d)
		nz_lower_ascii(d);
	return d;
}

/* Does s hold a word of section sec (carrying the tags `with`)? Words
 * compare with ASCII letters in either case, the others as written; a
 * word starts where no letter, digit or non-ASCII byte precedes it and,
 * when it ends in an ASCII letter, no ASCII letter follows it
 * ("ceo" in "CEO," but not in "ceos"). */
static bool has_word(pm_lex_section sec, uint32_t with, const char *s)
{
	pm_lex_query q = {sec, PM_LEX_ALL_LANGS, with, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i, k, n = strlen(s);
	for (i = 0; i < n; i++) {
		if (i > 0 && nz_word_byte((unsigned char)s[i - 1]))
			continue;
		k = pm_lex_prefixes(&q, s + i, n - i, m, PM_LEX_MAX_NESTED);
		while (k-- > 0) {
			const char *e = m[k].entry.text;
			if (!isalpha((unsigned char)e[strlen(e) - 1]) || !isalpha((unsigned char)s[i + m[k].len]))
				return true;
		}
	}
	return false;
}

/* A role on a contact line ([contact_roles]: "Press Officer", "chargée de
 * communication"). */
static bool role_word(const char *s)
{
	return has_word(PM_LEX_CONTACT_ROLES, 0, s);
}

/* Words that name a kind of body ([org_words]); "media", "press",
 * "relations" and the like also make roles ("Senior Media Manager"), so
 * org_word() alone does not outweigh a role word: strong_org_word() (tag
 * strong: "Ltd", "ministry") does. */
static bool strong_org_word(const char *s)
{
	return has_word(PM_LEX_ORG_WORDS, PM_LEX_TAG(STRONG), s);
}

static bool org_word(const char *s)
{
	return has_word(PM_LEX_ORG_WORDS, 0, s);
}

/* A particle inside a name, as written ([name_particles]: "van", "bint"). */
static bool particle(const char *w, size_t wl)
{
	pm_lex_query q = {PM_LEX_NAME_PARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	return pm_lex_word(&q, w, wl, NULL);
}

/* contacts.phone_label.cjk: Chinese, Japanese and Korean close a label
 * with the full-width colon ("电话：", "TEL：") as others with ':' */
#define FULLWIDTH_COLON "\xEF\xBC\x9A"

/* contacts.label_not_org: what a contact block writes beside an address
 * to say what kind of address it is ("Homepage", "Website", "Twitter",
 * "Facebook", "Site web", "Sito", "Mobil"; [social_labels], [link_labels],
 * [contact_field_labels], [phone_labels], [email_labels]) names no person and no body, even alone on
 * its line once the address after it has been taken out, or several in
 * a row ("Twitter / LinkedIn"). The whole text must be such labels. */
static bool label_only(const char *s)
{
	static const pm_lex_section secs[] = {PM_LEX_SOCIAL_LABELS, PM_LEX_LINK_LABELS, PM_LEX_CONTACT_FIELD_LABELS,
	                                      PM_LEX_PHONE_LABELS, PM_LEX_EMAIL_LABELS};
	size_t i = 0, n = strlen(s), k, words = 0;
	for (;;) {
		size_t best = 0;
		while (i < n && (s[i] == ' ' || s[i] == '/' || s[i] == ',' || s[i] == '&' || s[i] == ':' ||
		                 s[i] == '|' || s[i] == '-' || !strncmp(s + i, FULLWIDTH_COLON, 3)))
			i += s[i] == ' ' || (unsigned char)s[i] < 0x80 ? 1 : 3;
		if (i >= n)
			return words > 0;
		for (k = 0; k < sizeof secs / sizeof secs[0]; k++) {
			pm_lex_query q = {secs[k], PM_LEX_ALL_LANGS, 0, 0, 0};
			pm_lex_match m[PM_LEX_MAX_NESTED];
			size_t j = pm_lex_prefixes(&q, s + i, n - i, m, PM_LEX_MAX_NESTED);
			while (j-- > 0) {
				char after = s[i + m[j].len];
				/* a whole word: "Web" is not "Webster" */
				if (m[j].len > best && (!after || after == ' ' || after == ':' || after == '/' ||
				                        after == ',' || after == '|' ||
				                        !strncmp(s + i + m[j].len, FULLWIDTH_COLON, 3)))
					best = m[j].len;
			}
		}
		if (!best)
			return false;
		i += best;
		words++;
	}
}

/* The marks that may close a label of a contact line (label_mark): the
 * colon, the full-width colon of Chinese, Japanese and Korean
 * (contacts.phone_label.cjk), an account's at sign after a space
 * ("Twitter @acme"), the full stop of an abbreviated label ("Tel. …"),
 * and the space after a Hangul label, which needs no colon
 * (contacts.name_ko_title: "담당자 한지우"). */
enum { MARK_COLON = 1, MARK_WIDE_COLON = 2, MARK_AT = 4, MARK_DOT = 8, MARK_HANGUL_SPACE = 16 };

static int cjk_name_script(int32_t c);

/* Where a label of one of the sections secs ([social_labels],
 * [address_labels], [contact_field_labels] …) that opens s, and the
 * spaces after it, reach one of the marks (the mark itself, or the
 * value after a Hangul label's space), the longest label first; NULL
 * when none does. The one walk that contacts.label_not_org's
 * labelled_account, contacts.address_line and strip_label make, each
 * with the marks its labels take; labels are short, so a long line is
 * never measured whole. */
static const char *label_mark(const pm_lex_section *secs, size_t nsecs, uint32_t qflags, const char *s,
                              unsigned marks)
{
	size_t k;
	for (k = 0; k < nsecs; k++) {
		pm_lex_query q = {secs[k], PM_LEX_ALL_LANGS, 0, 0, qflags};
		pm_lex_match m[PM_LEX_MAX_NESTED];
		size_t j = pm_lex_prefixes(&q, s, strnlen(s, 128), m, PM_LEX_MAX_NESTED);
		while (j-- > 0) {
			const char *r = s + m[j].len;
			while (*r == ' ')
				r++;
			if (((marks & MARK_COLON) && *r == ':') || ((marks & MARK_DOT) && *r == '.') ||
			    ((marks & MARK_WIDE_COLON) && !strncmp(r, FULLWIDTH_COLON, 3)) ||
			    ((marks & MARK_AT) && *r == '@' && r > s + m[j].len))
				return r;
			if ((marks & MARK_HANGUL_SPACE) && r > s + m[j].len && cjk_name_script(nz_last_cp_n(s, m[j].len)) == 2 &&
			    *r)
				return r;
		}
	}
	return NULL;
}

/* contacts.label_not_org: "Twitter: @acme_org", "Homepage: acme",
 * "Follow us on X: @acme", the account or the site under its label
 * ([social_labels], [link_labels], or any label and its colon before an
 * account's handle):
 * the label and what follows it are an address, never an organisation
 * or a name. */
static bool labelled_account(const char *s)
{
	static const pm_lex_section secs[] = {PM_LEX_SOCIAL_LABELS, PM_LEX_LINK_LABELS};
	const char *last = strrchr(s, ' '), *colon = strchr(s, ':');
	/* any label, then the account: "Follow us on X: @acme" */
	last = last ? last + 1 : s;
	if (colon && colon < last && last[0] == '@' && last[1] && !strchr(last, '.'))
		return true;
	return label_mark(secs, sizeof secs / sizeof secs[0], 0, s, MARK_COLON | MARK_AT) != NULL;
}

/* Han ideographs, kana or Hangul syllables: the scripts whose names have
 * no capitals. 1 Han or kana, 2 Hangul, 0 else. */
static int cjk_name_script(int32_t c)
{
	if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF))
		return 1;
	return pm_cp_is_hangul(c) ? 2 : 0;
}

/* Convention contacts.name_cjk: Chinese, Japanese and Korean names have
 * no capitals, so a contact's name is read by its shape: a line alone of
 * two or three ideographs (a surname of one or two, a given name of one
 * or two: "赵明", "欧阳慧"), a Japanese family and given name with a
 * space between them ("中村 美咲", "高橋 みさき"), or two to four Hangul
 * syllables ("김서연"). A line holding a legal form or body word
 * ([cjk_org_forms]), ending as a unit's name does ([cjk_unit_endings]:
 * 宣传部, 広報課), or that is a contact heading or a label, is none. */
static bool cjk_person_name(const char *s)
{
	pm_lex_query org = {PM_LEX_CJK_ORG_FORMS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_query unit = {PM_LEX_CJK_UNIT_ENDINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t n = strlen(s), words = 0, cps = 0, longest = 0, run = 0;
	int script = 0;
	const char *p = s;
	if (!n || n > 40)
		return false;
	while (*p) {
		int32_t c = nz_first_cp(p);
		size_t l = 1;
		while (((unsigned char)p[l] & 0xC0) == 0x80)
			l++;
		if (c == ' ') {
			if (!run || p[1] == ' ')
				return false;
			run = 0;
		} else {
			int k = cjk_name_script(c);
			if (!k || (script && k != script))
				return false;
			script = k;
			if (!run++)
				words++;
			if (run > longest)
				longest = run;
			cps++;
		}
		p += l;
	}
	if (!run)
		return false;
	if (script == 2 ? (words != 1 || cps < 2 || cps > 4)
	                : !((words == 1 && cps >= 2 && cps <= 3) || (words == 2 && longest <= 4)))
		return false;
	return !pm_lex_find(&org, s, n, NULL) && !pm_lex_ends(&unit, s, n) && !rule_contact_heading(s);
}

/* "Jane Doe", "Dr. Jane van der Berg", "Mohammed bin Saeed Al-Moghedi":
 * two to five words, each capitalised or a particle, nothing else. */
static bool ends_legal_form(const char *s);

static bool person_name(const char *s)
{
	size_t w = nz_words(s), i, caps = 0;
	if (s && cjk_name_script(nz_first_cp(s)))
		return cjk_person_name(s);
	if (w < 2 || w > 5 || nz_has_digit(s) || strchr(s, '@') || strchr(s, ':') || nz_cps(s) > 48)
		return false;
	if (role_word(s) || org_word(s) || ends_legal_form(s))
		return false;
	for (i = 0; s[i];) {
		const char *wst = s + i;
		size_t wl = 0;
		int32_t c;
		while (s[i] && s[i] != ' ') {
			i++;
			wl++;
		}
		c = nz_first_cp(wst);
		if (pm_cp_is_upper(c) || (c >= 0x600 && c <= 0x6FF))
			caps++;
		else if (!particle(wst, wl))
			return false;
		while (s[i] == ' ')
			i++;
	}
	/* all capitals is a heading or an organisation, not a name, unless
	 * the surname alone is ("Lamine NIANG") */
	{
		size_t low = 0;
		for (i = 0; s[i]; i++)
			if (islower((unsigned char)s[i]))
				low++;
		if (!low && nz_cps(s) > 0 && !(s[0] & 0x80))
			return false;
	}
	return caps >= 2;
}

/* The value of a "Label: value" field ([contact_field_labels]: "Tél. :
 * 01 ...", "Name: Jane Doe"), or the whole text trimmed. */
static char *strip_label(const char *s)
{
	static const pm_lex_section secs[] = {PM_LEX_CONTACT_FIELD_LABELS};
	/* the longest label first: "Tel." before "Tel", "Website" before "Web" */
	const char *r = label_mark(secs, 1, PM_LEX_NO_BOUNDARY, s, MARK_COLON | MARK_DOT | MARK_HANGUL_SPACE);
	if (r && (*r == ':' || *r == '.'))
		return nz_trim(r + 1, strlen(r + 1), " :");
	if (r)
		return nz_trim(r, strlen(r), " ");
	return nz_trim(s, strlen(s), "");
}

/* Convention contacts.name_ko_title: Korean writes a contact's job title
 * after the name, parted by a space ("정수민 과장", "한지우 대리";
 * [contact_roles]): v is cut to the name, and the title returned, when
 * what is left is a name; else NULL and v as it was. */
static char *name_then_title(char *v)
{
	char *sp = strrchr(v, ' '), *title;
	if (!sp || cjk_name_script(nz_first_cp(v)) != 2 || cjk_name_script(nz_first_cp(sp + 1)) != 2 ||
	    !role_word(sp + 1))
		return NULL;
	*sp = '\0';
	if (!person_name(v) || !(title = pm_strdup(sp + 1))) {
		*sp = ' ';
		return NULL;
	}
	return title;
}

/* contacts.label_after_name: a contact block whose lines a reader joined
 * ("Jonas Weber Tel. 08382 …", a Markdown soft break) leaves the number's
 * label at the end of the name before it: cut a last word that is a
 * [contact_field_labels] entry written with its '.' or ':' ("Tel.",
 * "E-Mail:"). In place. */
static void drop_trailing_label(char *v)
{
	char *sp, *w;
	size_t n;
	if (!v || !(sp = strrchr(v, ' ')) || sp == v)
		return;
	w = pm_strdup(sp + 1);
	if (!w)
		return;
	n = strlen(w);
	/* only a label written as one, with its stop or colon: a name may
	 * end in a word of the list ("Acme Web") */
	if (n < 2 || (w[n - 1] != ':' && w[n - 1] != '.')) {
		free(w);
		return;
	}
	while (n > 0 && w[n - 1] == ':')
		w[--n] = '\0';
	if (n && (pm_lex_has(PM_LEX_CONTACT_FIELD_LABELS, w) ||
	          (w[n - 1] == '.' && (w[n - 1] = '\0', pm_lex_has(PM_LEX_CONTACT_FIELD_LABELS, w))))) {
		while (sp > v && sp[-1] == ' ')
			sp--;
		*sp = '\0';
	}
	free(w);
}

/* Where the next "http://", "https://" and "www." are at or after a
 * position of one line, each searched again only once passed, so that a
 * line of many addresses is read once. */
typedef struct url_scan {
	const char *next[3];
	bool none[3];
} url_scan;

static const char *url_next(url_scan *u, const char *from)
{
	static const char *const pre[3] = {"http://", "https://", "www."};
	const char *best = NULL;
	size_t k;
	for (k = 0; k < 3; k++) {
		if (!u->none[k] && (!u->next[k] || u->next[k] < from)) {
			u->next[k] = strstr(from, pre[k]);
			u->none[k] = !u->next[k];
		}
	}
	/* the earliest, "https://" before a "http://" at the same place
	 * cannot be: they differ at their fifth byte */
	for (k = 0; k < 3; k++)
		if (u->next[k] && u->next[k] >= from && (!best || u->next[k] < best))
			best = u->next[k];
	return best;
}

/* The first web address in s from `from` on (the scan remembers what it
 * found in s before), or NULL; *at gets its start. */
static char *find_url(url_scan *u, const char *s, const char *from, const char **at)
{
	const char *p = url_next(u, from);
	const char *e;
	if (!p)
		return NULL;
	if (p > s && p[-1] == '@')
		return NULL;
	e = p;
	while (*e && *e != ' ' && *e != '\n' && *e != ')' && *e != '>' && *e != '"' && *e != ',' &&
	       *e != '|')
		e++;
	while (e > p && (e[-1] == '.' || e[-1] == ';' || e[-1] == ':'))
		e--;
	/* a top-level domain has no digits: "www.x.com310.299.1717" is a
	 * site and a phone that lost the space between them */
	{
		const char *h = pm_memstr(p, (size_t)(e - p), "://"), *he, *k;
		h = h ? h + 3 : p;
		for (he = h; he < e && *he != '/'; he++) {
			if (*he != '.' || he == h)
				continue;
			for (k = he + 1; k < e && isalpha((unsigned char)*k); k++)
				;
			if (k > he + 2 && k < e && isdigit((unsigned char)*k)) {
				e = k;
				break;
			}
		}
	}
	*at = p;
	return pm_strndup(p, (size_t)(e - p));
}

/* Legal-form suffixes that a comma does not separate from the name
 * before them ("Lumenfold, Inc."; [org_suffixes]), as written or in
 * capitals ("ACME, INC."). */
static bool legal_suffix(const char *s)
{
	pm_lex_query q = {PM_LEX_ORG_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_CAPITALS};
	return pm_lex_word(&q, s, strlen(s), NULL);
}

static bool legal_suffix_at(const char *s)
{
	char w[16];
	size_t k = 0;
	while (s[k] && s[k] != ' ' && s[k] != ',' && s[k] != '|' && k + 1 < sizeof w) {
		w[k] = s[k];
		k++;
	}
	w[k] = '\0';
	return k && legal_suffix(w);
}

/* contacts.org_comma_person: the text closes with a company's legal form
 * ("Belvaux Foods SA", "Brauerei Lindenhof KG"): an organisation's name. */
static bool ends_legal_form(const char *s)
{
	const char *last = strrchr(s, ' ');
	return last && legal_suffix_at(last + 1) && !last[1 + strcspn(last + 1, " ,|")];
}

/* Convention contacts.org_comma_person: a contact written on one line
 * with the organisation first ("Belvaux Foods SA, Claire Dumesnil, 14
 * rue des Tanneurs, 69002 Lyon, Tél. …", "Orvane Robotics GmbH, Hanna
 * Leitgeb, Mühlenweg 7, …"), as a block holding one contact and its
 * postal address is often set: the company's legal form closes its name
 * ([org_suffixes]), so the comma after it parts it from the person named
 * next. Only with the legal form and a person's name after the comma: a
 * body's own name may hold a comma ("Ministerio de Agricultura, Pesca y
 * Alimentación"). head: the text before the comma; next: after it. */
static bool org_then_person(const char *head, const char *next)
{
	const char *last = strrchr(head, ' ');
	size_t n = strcspn(next, ",|");
	char *who;
	bool ok;
	if (!last || !legal_suffix_at(last + 1) || !n)
		return false;
	who = pm_strndup(next, n);
	ok = who && person_name(who);
	free(who);
	return ok;
}

/* Split the text left on a line once its addresses and numbers are out:
 * " | ", ", ", " / ", " – ", " - ", tabs. */
static size_t split_segments(char *t, char **seg, size_t max)
{
	size_t n = 0;
	char *p = t;
	bool after_name = false;
	while (*p && n < max) {
		char *best = NULL;
		size_t bl = 0, k;
		static const char *const seps[] = {" | ", "|", "\t", ", ", " / ", " \xE2\x80\x93 ",
		                                   " \xE2\x80\x94 ", " - ", "; ", " \xC2\xB7 ", " • ", NULL};
		for (k = 0; seps[k]; k++) {
			char *q = strstr(p, seps[k]);
			if (q && (!best || q < best)) {
				if (seps[k][0] == ',' && !after_name) {
					/* a comma separates "Name, Role, Company" but belongs
					 * to "Ministerio de Agricultura, Pesca y Alimentación" */
					char *head = pm_strndup(p, (size_t)(q - p));
					bool nm = head && (person_name(head) || org_then_person(head, q + 2));
					free(head);
					if (!nm)
						continue;
				}
				best = q;
				bl = strlen(seps[k]);
			}
		}
		if (best && best[0] == ',' && legal_suffix_at(best + bl)) {
			/* keep "Lumenfold, Inc." whole */
			char *after = best + bl;
			while (*after && *after != ',' && *after != '|')
				after++;
			best = *after ? after : NULL;
			bl = best ? (best[1] == ' ' ? 2 : 1) : 0;
		}
		if (!best) {
			seg[n++] = p;
			break;
		}
		*best = '\0';
		if (person_name(p))
			after_name = true;
		seg[n++] = p;
		p = best + bl;
	}
	return n;
}

size_t rule_contact_leads(const char *t, size_t n, const char **rest, bool *colon)
{
	pm_lex_query q = {PM_LEX_CONTACT_LEADS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k = pm_lex_prefixes(&q, t, n, m, PM_LEX_MAX_NESTED), i;
	for (i = 0; i < k; i++) {
		const char *r = t + m[k - 1 - i].len;
		bool c = false;
		while (*r == ' ' || *r == ':')
			c |= *r++ == ':';
		rest[i] = r;
		colon[i] = c;
	}
	return k;
}

/* contacts.lead_then_name: the text after a contact lead and its colon
 * ("For more information: Jane Doe, spokesperson", "Voor meer
 * informatie: Joris Verhagen, woordvoerder"), so that the name opens
 * what is split and its comma separates the role. */
static char *after_contact_lead(char *t)
{
	const char *rest[PM_LEX_MAX_NESTED];
	bool colon[PM_LEX_MAX_NESTED];
	size_t k, i;
	/* what is left of a line whose lead was read as a label already */
	while (*t == ' ' || *t == ':')
		t++;
	k = rule_contact_leads(t, strnlen(t, 128), rest, colon);
	for (i = 0; i < k; i++)
		if (colon[i])
			return t + (rest[i] - t);
	return t;
}

/* Put one piece of text (a name, a role, an organisation) where it goes. */
/* Convention contacts.name_paren_address: "Mara Quist (mq@…)": the
 * e-mail address in parentheses after a name is the name's, and the
 * parentheses around it belong to neither; the text
 * before the address keeps an opening parenthesis left unclosed, the
 * text after it a closing one left unopened. v is trimmed again. */
static void drop_stray_paren(char *v)
{
	size_t n = strlen(v);
	if (n && v[n - 1] == '(' && !strchr(v, ')')) {
		v[--n] = '\0';
		while (n && (v[n - 1] == ' ' || v[n - 1] == ','))
			v[--n] = '\0';
	}
	if (v[0] == ')' && !strchr(v, '(')) {
		size_t k = 1;
		while (v[k] == ' ' || v[k] == ',')
			k++;
		memmove(v, v + k, strlen(v + k) + 1);
	}
}

/* contacts.address_line: a contact block's postal address under its
 * label ("Address: 12 High Street, Harwick HW1 2AB", "Adresse : …",
 * "Anschrift: …", "地址：…"; [address_labels]) is the contact's address,
 * which the record does not hold: neither its organisation, nor a name
 * (its town and postcode after a comma look like one), nor a new
 * contact. The label and its colon tell it; an address without a label
 * is left to the other rules. */
static bool address_line(const char *t)
{
	static const pm_lex_section secs[] = {PM_LEX_ADDRESS_LABELS};
	return label_mark(secs, 1, 0, t, MARK_COLON | MARK_WIDE_COLON) != NULL;
}

static void take_text(clist *l, contact **cur, char *t, bool *named_here)
{
	char *seg[12];
	size_t ns, k;
	if (!t || !*t)
		return;
	t = after_contact_lead(t);
	if (address_line(t))
		return;
	ns = split_segments(t, seg, 12);
	for (k = 0; k < ns; k++) {
		char *v = nz_trim(seg[k], strlen(seg[k]), " ,;:|-");
		char *lab, *title;
		/* contacts.label_not_org: a label whose colon is part of the
		 * entry ([phone_labels] "t:", "m:": "T: 020 … | M: 07700 …"),
		 * read before the trim takes the colon away */
		bool seg_label = label_only(seg[k]);
		if (!v)
			continue;
		drop_stray_paren(v);
		lab = strip_label(v);
		free(v);
		v = lab;
		drop_trailing_label(v);
		title = v ? name_then_title(v) : NULL;
		if (!v || !*v || nz_cps(v) > 100 || rule_contact_heading(v) || pm_lex_has(PM_LEX_CONTACT_JOINERS, v) ||
		    seg_label || label_only(v) || labelled_account(v)) {
			free(v);
			free(title);
			continue;
		}
		if (person_name(v) && *cur && (*cur)->name && !*named_here && !(*cur)->org &&
		    !(*cur)->email && !(*cur)->phone && !(*cur)->role) {
			/* "Daniel Reyes\nHarbor Light Robotics": a second
			 * capitalised line under a name, before anything else of
			 * it, is its organisation */
			(*cur)->org = v;
			v = NULL;
		} else if (person_name(v)) {
			/* a new person, unless the current one has nothing but
			 * the organisation that precedes its people */
			if (!*cur || (*cur)->name || (*cur)->email || (*cur)->phone || (*cur)->role) {
				/* copy what is needed of the current contact first:
				 * cnew() may move the array it points into */
				char *org = *cur && !(*cur)->name && (*cur)->org ? pm_strdup((*cur)->org) : NULL;
				*cur = cnew(l);
				if (*cur)
					(*cur)->org = org;
				else
					free(org);
			}
			if (*cur) {
				(*cur)->name = v;
				v = NULL;
				*named_here = true;
			}
		} else if (role_word(v) && !strong_org_word(v)) {
			if (!*cur)
				*cur = cnew(l);
			if (*cur && !(*cur)->role) {
				(*cur)->role = v;
				v = NULL;
			}
		} else if (role_word(v) && *cur && (*cur)->name && !(*cur)->role && *named_here) {
			/* "Jane Doe, Head of Communications": after a name on the
			 * same line a role may carry an organisation word */
			(*cur)->role = v;
			v = NULL;
		} else if (nz_words(v) <= 8 && (pm_cp_is_upper(nz_first_cp(v)) || nz_first_cp(v) >= 0x600) &&
		           (!nz_ends_sentence(v) || org_word(v) || nz_words(v) <= 4)) {
			/* contacts.org_comma_person: a company by its legal form
			 * under a contact that has its name and organisation opens
			 * the next contact, as blocks of one contact each write it
			 * ("Agence Pivoine SARL, Marc Oberlé, 8 avenue Foch, …").
			 * contacts.org_above_name: so does an organisation named
			 * by its kind ([org_words]: "Agentur Nordlicht", "Agence
			 * Sillage") under a contact that is complete, with a way
			 * to reach it: the next block's organisation above its
			 * person */
			if (!*cur || ((*cur)->name && (*cur)->org &&
			              (ends_legal_form(v) || (((*cur)->phone || (*cur)->email) && org_word(v)))))
				*cur = cnew(l);
			if (*cur && !(*cur)->org) {
				(*cur)->org = v;
				v = NULL;
			} else if (*cur && (*cur)->org && !(*cur)->name && !(*cur)->role && role_word(v)) {
				(*cur)->role = v;
				v = NULL;
			}
		}
		free(v);
		if (title && *cur && *named_here && !(*cur)->role) {
			(*cur)->role = title;
			title = NULL;
		}
		free(title);
	}
}

typedef struct tok {
	size_t st, end;
	int kind; /* 'e' e-mail, 'p' phone, 'u' web address */
	char *val;
} tok;

static int tok_cmp(const void *a, const void *b)
{
	const tok *x = a, *y = b;
	return x->st < y->st ? -1 : x->st > y->st;
}

static void attach(clist *l, contact **cur, tok *t, bool in_block)
{
	char **slot;
	if (!t->val)
		return; /* its copy failed: the conversion is already lost */
	if (t->kind == 'e') {
		char *key = lower_dup(t->val);
		bool dup = !key || seen(&l->emails_seen, key);
		free(key);
		if (dup)
			return;
	} else if (t->kind == 'p') {
		char key[24];
		digits_key(t->val, key, sizeof key);
		if (seen(&l->phones_seen, key))
			return;
	}
	if (*cur) {
		slot = t->kind == 'e' ? &(*cur)->email : t->kind == 'p' ? &(*cur)->phone : &(*cur)->url;
		if (*slot) {
			if (t->kind == 'u')
				return;
			*cur = in_block ? cnext(l, *cur) : cnew(l);
		}
	} else {
		*cur = cnew(l);
	}
	if (!*cur)
		return;
	slot = t->kind == 'e' ? &(*cur)->email : t->kind == 'p' ? &(*cur)->phone : &(*cur)->url;
	*slot = t->val;
	t->val = NULL;
}

/* contacts.dial_in: a word of [dial_in_words] stands in the 160 bytes
 * before byte at (the number's sentence, its lead and the numbers before
 * it), as a word (any case); a window, so that a long block's many
 * numbers cost no more than its length. */
static bool dial_in_before(const char *s, size_t at)
{
	pm_lex_query q = {PM_LEX_DIAL_IN_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t from = at > 160 ? at - 160 : 0;
	/* start at a word's start: after a space, never inside a character */
	if (from) {
		while (from < at && s[from - 1] != ' ')
			from++;
	}
	return at > from && pm_lex_find(&q, s + from, at - from, NULL);
}

/* Read one line of a contact block (in_block) or of any other text into
 * the list: its addresses and numbers always, its names, roles and
 * organisations only in a contact block, in the order the line gives
 * them, so that "Jane Doe jane@x.org Bob Roe bob@x.org" pairs right
 * even when a text layer ran the lines together. */
static void contact_line(clist *l, contact **cur, const char *line, bool in_block)
{
	size_t s, e, from = 0, nt = 0, k, pos;
	tok t[48];
	char *work = pm_strdup(line);
	bool named = false;
	/* a long sentence in a contact block is prose: no names from it,
	 * and its figures need the evidence the body's need */
	bool prose = nz_cps(line) > 160;
	if (!work)
		return;
	for (;;) {
		char *em = rule_email_norm(work, from, &s, &e);
		if (!em)
			break;
		if (nt < 48) {
			t[nt].st = s;
			t[nt].end = e;
			t[nt].kind = 'e';
			t[nt++].val = em;
			memset(work + s, ' ', e - s);
		} else {
			free(em);
		}
		from = e;
	}
	/* web addresses before numbers: "www.x.com/2024/05" holds digits */
	{
		url_scan us;
		const char *after = work;
		memset(&us, 0, sizeof us);
		for (;;) {
			const char *at = NULL;
			char *u = find_url(&us, work, after, &at), *p;
			size_t ul;
			if (!u)
				break;
			p = (char *)at;
			ul = strlen(u);
			if (!ul) {
				free(u);
				break;
			}
			memset(p, ' ', ul);
			after = p + ul;
			if (in_block && nt < 48) {
				t[nt].st = (size_t)(p - work);
				t[nt].end = t[nt].st + ul;
				t[nt].kind = 'u';
				t[nt++].val = u;
			} else {
				free(u);
			}
		}
	}
	from = 0;
	while (rule_find_phone(work, from, in_block && !prose, &s, &e)) {
		/* contacts.dial_in: in the body's text (no contact block) a
		 * number after a word of [dial_in_words] ("dial", "Einwahl:",
		 * "codice di accesso") is a conference call's line: it reaches
		 * a call at one hour, no person or desk, and stays text */
		if (!in_block && dial_in_before(work, s)) {
			from = e > from ? e : from + 1;
			continue;
		}
		if (nt < 48) {
			t[nt].st = s;
			t[nt].end = e;
			t[nt].kind = 'p';
			t[nt++].val = pm_strndup(work + s, e - s);
		}
		/* always forward, whatever the number's shape made of it */
		from = e > from ? e : from + 1;
	}
	qsort(t, nt, sizeof *t, tok_cmp);
	pos = 0;
	for (k = 0; k <= nt; k++) {
		size_t upto = k < nt ? t[k].st : strlen(work);
		if (in_block && !prose && upto > pos) {
			char *txt = pm_strndup(work + pos, upto - pos);
			take_text(l, cur, txt, &named);
			free(txt);
		}
		if (k == nt)
			break;
		attach(l, cur, &t[k], in_block);
		pos = t[k].end > pos ? t[k].end : pos;
	}
	for (k = 0; k < nt; k++)
		free(t[k].val);
	free(work);
}

/* Where the run of e-mail address characters (and '@') that ends at
 * t[end] opens: the address cut by a line or block break, if the run
 * holds an '@'. Both contacts.email_wrapped joins read it. */
static size_t address_tail(const char *t, size_t end)
{
	while (end > 0 && (nz_email_char((unsigned char)t[end - 1]) || t[end - 1] == '@'))
		end--;
	return end;
}

static void scan_text(clist *l, contact **cur, const char *text, bool in_block)
{
	char *copy = pm_strdup(text), *save = NULL, *line, *nl;
	if (!copy)
		return;
	/* contacts.email_wrapped: a line ending inside an address, the next
	 * one lower-case address characters alone ("d.whitcombe@harrowgate-
	 * water.exa" / "mple", a PDF's narrow box as a text layer gives it):
	 * one line, and find_email decides whether the piece is the
	 * address's */
	for (nl = strchr(copy, '\n'); nl; nl = strchr(nl + 1, '\n')) {
		const char *q = nl + 1;
		size_t st = address_tail(copy, (size_t)(nl - copy));
		if (!memchr(copy + st, '@', (size_t)(nl - copy) - st) ||
		    !(islower((unsigned char)*q) || isdigit((unsigned char)*q)))
			continue;
		while (nz_email_char((unsigned char)*q))
			q++;
		if (!*q || *q == '\n')
			*nl = ' ';
	}
	for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		contact_line(l, cur, line, in_block);
	free(copy);
}

/* contacts.table_cells: a table cell is a unit of text; numbers in
 * adjacent cells are separate values. A table's own text is its cells
 * one space apart, so a cash-flow row "Dividends | 716 | (26) | 683"
 * would read as the phone "716 (26) 683": the finders read each cell
 * alone instead, and a number written inside one cell is still found.
 * The model keeps text given before a table's first cell as a cell of
 * its own, so the cells hold all of a table's text. */
static void scan_block(clist *l, contact **cur, const pm_block *b, bool in_block)
{
	size_t k;
	if (b->type != PM_BLOCK_TABLE || !b->ncells) {
		if (b->text)
			scan_text(l, cur, b->text, in_block);
		return;
	}
	for (k = 0; k < b->ncells; k++) {
		contact *alone = NULL;
		char *flat;
		/* in a contact block the cells run on as its lines do;
		 * elsewhere each cell stands alone, one text: the lines of a
		 * cell (its paragraphs, docx.cell_paragraphs) are read
		 * joined, as a cell's figures are no contact's lines */
		if (!b->cells[k].text || (flat = pm_text_flatten(b->cells[k].text)) == NULL)
			continue;
		scan_text(l, in_block ? cur : &alone, flat, in_block);
		free(flat);
	}
}

static void scan_links(clist *l, const pm_block *b)
{
	size_t k;
	for (k = 0; k < b->nlinks; k++) {
		if (b->links[k] && !strncasecmp(b->links[k], "mailto:", 7)) {
			contact *cur = NULL;
			char *addr = pm_strdup(b->links[k] + 7), *q = addr ? strchr(addr, '?') : NULL;
			if (q)
				*q = '\0';
			if (addr)
				contact_line(l, &cur, addr, false);
			free(addr);
		}
	}
}

/* Convention contacts.email_wrapped, across blocks: a narrow table cell
 * or side box whose lines the PDF reader set apart as blocks leaves an
 * address's domain unfinished at one block's end ("itziar@fruticolaja")
 * and its rest opening the next ("lon.example +34 …"). The domain so far
 * has no dot, which no address lacks, and the next block opens with
 * lower-case address characters bringing the dot and a top-level domain:
 * the piece moves up, after a space, where find_email joins it; so does
 * a block that is a short lower-case piece alone under a domain with its
 * dot ("rszabo@ridge.exa" / "mple"), which find_email weighs. */
static void join_wrapped_address(pm_block *a, pm_block *b)
{
	const char *t = a->text, *nb = b->text, *at;
	size_t e, st, k, last, dots;
	char *na, *rest;
	if (!t || !nb)
		return;
	e = strlen(t);
	st = address_tail(t, e);
	at = memchr(t + st, '@', e - st);
	if (!at || at == t + st || (size_t)(t + e - at) < 2)
		return;
	k = nz_domain_piece(nb, &dots, &last);
	if (memchr(at, '.', (size_t)(t + e - at))) {
		/* a domain with its dot: only a block that is one short
		 * lower-case piece alone, the rest of a top-level domain
		 * (find_email weighs it) */
		if (last || k > 8 || nb[k])
			return;
	} else {
		if (!last || k - last < 2 || (nb[k] && nb[k] != ' ' && nb[k] != '\n') || !nz_ascii_lower(nb, last, k))
			return;
	}
	na = malloc(e + k + 2);
	rest = pm_strdup(nb + k + (nb[k] ? 1 : 0));
	if (!na || !rest) {
		free(na);
		free(rest);
		return;
	}
	memcpy(na, t, e);
	na[e] = ' ';
	memcpy(na + e + 1, nb, k);
	na[e + 1 + k] = '\0';
	free(a->text);
	a->text = na;
	free(b->text);
	b->text = rest;
}

void stage_contacts(nz *z)
{
	clist l;
	pm_fields *f = z->f;
	size_t i;
	memset(&l, 0, sizeof l);
	/* contact blocks first, as one run, so names and numbers group */
	{
		contact *cur = NULL;
		for (i = 0; i < z->n; i++) {
			const char *t = z->b[i]->text;
			bool cells = z->b[i]->type == PM_BLOCK_TABLE && z->b[i]->ncells;
			if (z->b[i]->part != PM_PART_CONTACT || !t)
				continue;
			if (!cells && i + 1 < z->n && z->b[i + 1]->part == PM_PART_CONTACT &&
			    z->b[i + 1]->type != PM_BLOCK_TABLE) {
				join_wrapped_address(z->b[i], z->b[i + 1]);
				t = z->b[i]->text;
			}
			if (!cells && rule_contact_heading(t)) {
				/* "Contact: Jane Doe, jane@x.org" and a heading line
				 * with the block's lines under it */
				const char *nl = strchr(t, '\n'), *c = strchr(t, ':');
				size_t rest = rule_contact_heading_rest(t);
				cur = NULL;
				if (c && (!nl || c < nl) && c[1] && c[1] != '\n')
					scan_text(&l, &cur, c + 1, true);
				else if (rest)
					/* contacts.heading_line_rest: "媒体联系：0571-…",
					 * "CONTACT Ada Brun 1632 …": the heading's line
					 * goes on with the contact, which skipping to the
					 * next line lost (its first phone, its name) */
					scan_text(&l, &cur, t + rest, true);
				else if (nl)
					scan_text(&l, &cur, nl + 1, true);
				continue;
			}
			/* a contact table starts its own group, and its cells
			 * run on within it as a block's lines would: "Jane Doe |
			 * +1 250 555 0187" is one person */
			if (cells)
				cur = NULL;
			scan_block(&l, &cur, z->b[i], true);
		}
	}
	/* then every address and number anywhere else, and every mailto
	 * link, after its block's text: an address the text gives keeps the
	 * number written beside it */
	{
		/* contacts.letterhead_lines: the letterhead's lines that follow
		 * one another (a name, a number, an address set one under the
		 * other in the top corner, each a block of its own where the
		 * reader kept the lines apart; or in a box beside the text that
		 * furniture.c found to be the sender's) are read as one run, so
		 * that the number and the address of one sender group as they
		 * do when the lines come as one block */
		contact *head = NULL;
		for (i = 0; i < z->doc->nblocks; i++) {
			pm_block *b = &z->doc->blocks[i];
			/* release.mail_headers: the mail's envelope (its sender, its
			 * recipients) gives no contact of the release */
			if (b->aside && !strcmp(b->aside, "mail_header"))
				continue;
			if ((b->part == PM_PART_LETTERHEAD ||
			     (b->part == PM_PART_FURNITURE && b->aside && !strcmp(b->aside, "box"))) &&
			    b->type != PM_BLOCK_TABLE) {
				scan_block(&l, &head, b, false);
			} else {
				head = NULL;
				if (b->part != PM_PART_CONTACT) {
					contact *cur = NULL;
					scan_block(&l, &cur, b, false);
				}
			}
			scan_links(&l, b);
		}
	}
	for (i = 0; i < l.n; i++) {
		contact *c = &l.v[i];
		if ((c->name || c->email || c->phone) &&
		    pm_grow((void **)&f->contacts, &f->capcontacts, f->ncontacts, sizeof *f->contacts)) {
			pm_contact *o = &f->contacts[f->ncontacts++];
			o->name = c->name;
			o->role = c->role;
			o->organization = c->org;
			o->email = c->email;
			o->phone = c->phone;
			o->url = c->url;
			o->e164 = NULL;  /* the phones stage's (understand.c) */
			continue;
		}
		free(c->name);
		free(c->role);
		free(c->org);
		free(c->email);
		free(c->phone);
		free(c->url);
	}
	free(l.v);
	pm_strmap_free(&l.emails_seen);
	pm_strmap_free(&l.phones_seen);
}
