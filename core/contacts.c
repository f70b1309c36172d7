/*
 * contacts.c - contacts: e-mail addresses, phone numbers and web sites
 * found anywhere in the document (body, contact blocks, page furniture),
 * each once, grouped with the name, role and organisation that the contact
 * block gives beside them. Phones are kept as written. A run of digits is
 * a phone only with evidence: a leading "+", "(" or trunk "0", a label
 * (Tel, Tél, Phone, Mobile...), the North American 3-3-4 shape, or its
 * place in a contact block; dates and reference numbers never qualify.
 */
#include "rules.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool email_char(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool rule_find_email(const char *s, size_t from, size_t *start, size_t *end)
{
	const char *p = s + from;
	while ((p = strchr(p, '@'))) {
		const char *a = p, *b = p + 1, *dot = NULL;
		while (a > s && email_char((unsigned char)a[-1]))
			a--;
		while (*b && (isalnum((unsigned char)*b) || *b == '-' || *b == '.')) {
			if (*b == '.')
				dot = b;
			b++;
		}
		while (b > p + 1 && (b[-1] == '.' || b[-1] == '-'))
			b--;
		if (dot && dot < b - 2 && a < p && p + 1 < dot) {
			while (a < p && (*a == '.' || *a == '-'))
				a++;
			if (a < p) {
				*start = (size_t)(a - s);
				*end = (size_t)(b - s);
				return true;
			}
		}
		p++;
	}
	return false;
}

static bool phone_label_before(const char *s, size_t at)
{
	static const char *const labels[] = {"tel", "tél", "phone", "mobile", "mob", "cell", "fax",
	                                     "portable", "téléphone", "telephone", "teléfono",
	                                     "telefone", "telefon", "t:", "t.", "m:", "p:", "ph",
	                                     "hotline", "whatsapp", "هاتف", "جوال", NULL};
	size_t k, from = at > 24 ? at - 24 : 0;
	char win[32];
	size_t i, n = at - from;
	for (i = 0; i < n; i++)
		win[i] = (char)tolower((unsigned char)s[from + i]);
	win[n] = '\0';
	for (k = 0; labels[k]; k++)
		if (strstr(win, labels[k]))
			return true;
	return false;
}

bool rule_find_phone(const char *s, size_t from, bool in_contact, size_t *start, size_t *end)
{
	size_t n = strlen(s), i = from;
	while (i < n) {
		size_t st = i, j, digits = 0, groups = 0, last = 0;
		bool plus = false, paren = false, gap = false;
		unsigned char c = (unsigned char)s[i];
		if (!(isdigit(c) || c == '+' || c == '(')) {
			i++;
			continue;
		}
		if (st > 0 && (isalnum((unsigned char)s[st - 1]) || s[st - 1] == '/' ||
		               s[st - 1] == '-' || s[st - 1] == '.' || s[st - 1] == '#')) {
			i++;
			continue;
		}
		j = st;
		if (s[j] == '+') {
			plus = true;
			j++;
		}
		while (j < n) {
			unsigned char d = (unsigned char)s[j];
			if (isdigit(d)) {
				if (gap || groups == 0)
					groups++;
				gap = false;
				digits++;
				last = j + 1;
				j++;
			} else if (d == ' ' || d == '.' || d == '-' || d == '/' || d == '(' || d == ')' ||
			           (d == 0xC2 && (unsigned char)s[j + 1] == 0xA0)) {
				if (d == '(')
					paren = true;
				if (gap && d == ' ' && s[j - 1] == ' ')
					break;
				gap = true;
				j += d == 0xC2 ? 2 : 1;
			} else {
				break;
			}
			if (digits > 15)
				break;
		}
		if (digits >= 8 && digits <= 15 && last > st) {
			pm_date d;
			bool shape = false, evidence;
			size_t e = last;
			/* 3-3-4 North American numbers: (212) 555-0176, 212-555-0176 */
			{
				size_t k, g[8], gn = 0, cur = 0;
				for (k = st; k < e && gn < 8; k++) {
					if (isdigit((unsigned char)s[k]))
						cur++;
					else if (cur) {
						g[gn++] = cur;
						cur = 0;
					}
				}
				if (cur && gn < 8)
					g[gn++] = cur;
				if ((gn == 3 && g[0] == 3 && g[1] == 3 && g[2] == 4) ||
				    (gn == 4 && g[0] == 1 && g[1] == 3 && g[2] == 3 && g[3] == 4))
					shape = true;
			}
			evidence = plus || paren || s[st] == '0' || shape || in_contact ||
			           phone_label_before(s, st);
			if (groups == 1 && !plus && !in_contact && digits != 10)
				evidence = false; /* one long run of digits: an id */
			if (pm_date_at(s, n, st, 1, &d) && d.end >= e)
				evidence = false;
			/* a year range or a list of years is no phone */
			if (digits == 8 && groups == 2 && !plus && !paren && s[st] != '0')
				evidence = evidence && phone_label_before(s, st);
			if (evidence) {
				if (st > 0 && s[st] == '(' ) {
					/* keep "(0)" style and area codes */
				}
				*start = st;
				*end = e;
				/* a ')' closing an area code opened before st is part of it */
				return true;
			}
		}
		i = j > i ? j : i + 1;
	}
	return false;
}

/* ---- grouping --------------------------------------------------------- */

typedef struct contact {
	char *name, *role, *org, *email, *phone, *url;
} contact;

typedef struct clist {
	contact *v;
	size_t n;
	json_t *emails_seen, *phones_seen;
} clist;

static contact *cnew(clist *l)
{
	contact *nv = pm_reallocarray(l->v, l->n + 1, sizeof *nv);
	if (!nv)
		return NULL;
	l->v = nv;
	memset(&nv[l->n], 0, sizeof nv[l->n]);
	return &nv[l->n++];
}

static bool seen(json_t *set, const char *key)
{
	if (json_object_get(set, key))
		return true;
	json_object_set_new(set, key, json_true());
	return false;
}

static void digits_key(const char *p, char *out, size_t n)
{
	size_t k = 0;
	for (; *p && k + 1 < n; p++)
		if (isdigit((unsigned char)*p))
			out[k++] = *p;
	out[k] = '\0';
	/* the last 9 digits identify a number whatever its prefix */
	if (k > 9)
		memmove(out, out + k - 9, 10);
}

static void lower(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

static bool role_word(const char *s)
{
	static const char *const w[] = {"director", "manager", "officer", "head of", "chief",
	                                "spokesperson", "spokesman", "spokeswoman", "press",
	                                "communications", "communication", "relations", "media",
	                                "coordinator", "executive", "president", "vp", "chargé",
	                                "chargée", "responsable", "attaché", "attachée", "directeur",
	                                "directrice", "porte-parole", "conseiller", "conseillère",
	                                "pressesprecher", "sprecher", "leiter", "leiterin",
	                                "director de", "jefe", "assessor", "assessora", "associate",
	                                "specialist", "lead", "advisor", "adviser", NULL};
	char buf[200];
	size_t i;
	snprintf(buf, sizeof buf, "%s", s);
	lower(buf);
	for (i = 0; w[i]; i++)
		if (strstr(buf, w[i]))
			return true;
	return false;
}

static bool person_name(const char *s)
{
	size_t w = nz_words(s), i;
	int32_t c;
	if (w < 2 || w > 4 || nz_has_digit(s) || strchr(s, '@') || strchr(s, ':') || nz_cps(s) > 40)
		return false;
	if (role_word(s))
		return false;
	/* every word capitalised (particles aside) */
	for (i = 0; s[i];) {
		const char *wst = s + i;
		size_t wl = 0;
		while (s[i] && s[i] != ' ') {
			i++;
			wl++;
		}
		c = nz_first_cp(wst);
		if (!pm_cp_is_upper(c) && !(wl <= 3 && (!strncmp(wst, "de", 2) || !strncmp(wst, "van", 3) ||
		                                          !strncmp(wst, "von", 3) || !strncmp(wst, "da", 2) ||
		                                          !strncmp(wst, "du", 2) || !strncmp(wst, "bin", 3))))
			return false;
		while (s[i] == ' ')
			i++;
	}
	return true;
}

static char *strip_label(const char *s)
{
	static const char *const labels[] = {"E-mail:", "Email:", "E-Mail:", "Courriel :", "Courriel:",
	                                     "Mail:", "Tel.:", "Tel:", "Tél. :", "Tél.:", "Tél :", "Tél:",
	                                     "Phone:", "Mobile:", "Mob:", "Cell:", "Web:", "Website:",
	                                     "Site :", "Contact:", "Contact :", "Name:", "Nom :", NULL};
	size_t i;
	for (i = 0; labels[i]; i++) {
		size_t l = nz_prefix(s, labels[i]);
		if (l)
			return nz_trim(s + l, strlen(s + l), "");
	}
	return nz_trim(s, strlen(s), "");
}

static char *find_url(const char *s)
{
	const char *p = strstr(s, "http://");
	const char *q = strstr(s, "https://");
	const char *w = strstr(s, "www.");
	const char *e;
	if (q && (!p || q < p))
		p = q;
	if (!p || (w && w < p))
		p = w;
	if (!p)
		return NULL;
	if (p > s && p[-1] == '@')
		return NULL;
	e = p;
	while (*e && *e != ' ' && *e != '\n' && *e != ')' && *e != '>' && *e != '"' && *e != ',')
		e++;
	while (e > p && (e[-1] == '.' || e[-1] == ';' || e[-1] == ':'))
		e--;
	return pm_strndup(p, (size_t)(e - p));
}

/* Read one line of a contact block into the current contact. */
static void contact_line(clist *l, contact **cur, const char *line, bool in_block)
{
	size_t s, e, from = 0;
	char *rest = NULL;
	bool took = false;
	pm_buf left;
	pm_buf_init(&left);
	/* every e-mail and phone on the line */
	while (rule_find_email(line, from, &s, &e)) {
		char *em = pm_strndup(line + s, e - s), *key = pm_strdup(em);
		if (em && key) {
			lower(key);
			if (!seen(l->emails_seen, key)) {
				if (!*cur || (*cur)->email)
					*cur = cnew(l);
				if (*cur) {
					(*cur)->email = em;
					em = NULL;
				}
			}
		}
		free(em);
		free(key);
		pm_buf_add(&left, line + from, s - from);
		pm_buf_addc(&left, ' ');
		from = e;
		took = true;
	}
	pm_buf_adds(&left, line + from);
	rest = pm_buf_steal(&left);
	if (!rest)
		return;
	from = 0;
	{
		pm_buf l2;
		pm_buf_init(&l2);
		while (rule_find_phone(rest, from, in_block, &s, &e)) {
			char *ph = pm_strndup(rest + s, e - s);
			char key[16];
			digits_key(ph ? ph : "", key, sizeof key);
			if (ph && !seen(l->phones_seen, key)) {
				if (!*cur || (*cur)->phone)
					*cur = cnew(l);
				if (*cur) {
					(*cur)->phone = ph;
					ph = NULL;
				}
			}
			free(ph);
			pm_buf_add(&l2, rest + from, s - from);
			pm_buf_addc(&l2, ' ');
			from = e;
			took = true;
		}
		pm_buf_adds(&l2, rest + from);
		free(rest);
		rest = pm_buf_steal(&l2);
		if (!rest)
			return;
	}
	if (!in_block) {
		free(rest);
		return;
	}
	{
		char *u = find_url(rest);
		if (u) {
			if (*cur && !(*cur)->url)
				(*cur)->url = u;
			else
				free(u);
			free(rest);
			return;
		}
	}
	{
		char *t = strip_label(rest);
		free(rest);
		if (!t || !*t || took || rule_contact_heading(t) || nz_cps(t) > 120) {
			free(t);
			return;
		}
		/* "Jane Doe, Director of Communications" */
		{
			char *comma = strchr(t, ',');
			if (comma) {
				char *nm = pm_strndup(t, (size_t)(comma - t));
				if (nm && person_name(nm)) {
					char *ro = nz_trim(comma + 1, strlen(comma + 1), ",");
					if (!*cur || (*cur)->name)
						*cur = cnew(l);
					if (*cur) {
						(*cur)->name = nm;
						nm = NULL;
						if (ro && *ro) {
							if (role_word(ro))
								(*cur)->role = ro;
							else
								(*cur)->org = ro;
							ro = NULL;
						}
					}
					free(ro);
					free(nm);
					free(t);
					return;
				}
				free(nm);
			}
		}
		if (person_name(t) && !(*cur && (*cur)->name && !(*cur)->email && !(*cur)->phone)) {
			/* a second name before any address or number of the
			 * first is its organisation (handled below) */
			if (!*cur || (*cur)->name || (*cur)->email || (*cur)->phone)
				*cur = cnew(l);
			if (*cur) {
				(*cur)->name = t;
				t = NULL;
			}
		} else if (role_word(t) && *cur && !(*cur)->role) {
			(*cur)->role = t;
			t = NULL;
		} else if (*cur && !(*cur)->org) {
			(*cur)->org = t;
			t = NULL;
		} else if (!*cur) {
			*cur = cnew(l);
			if (*cur) {
				if (role_word(t))
					(*cur)->role = t;
				else
					(*cur)->org = t;
				t = NULL;
			}
		}
		free(t);
	}
}

static void scan_block(clist *l, const char *text, bool in_block)
{
	contact *cur = NULL;
	char *copy = pm_strdup(text), *save = NULL, *line;
	if (!copy)
		return;
	for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		contact_line(l, &cur, line, in_block);
	free(copy);
}

void rule_contacts(nz *z)
{
	clist l;
	json_t *arr = json_object_get(z->rec, "contacts");
	size_t i;
	memset(&l, 0, sizeof l);
	l.emails_seen = json_object();
	l.phones_seen = json_object();
	/* contact blocks first, as one run, so names and numbers group */
	{
		contact *cur = NULL;
		for (i = 0; i < z->n; i++) {
			if (z->b[i]->part != PM_PART_CONTACT)
				continue;
			if (rule_contact_heading(z->b[i]->text)) {
				/* "Contact: Jane Doe, jane@x.org" - the rest of the heading line */
				const char *c = strchr(z->b[i]->text, ':');
				cur = NULL;
				if (c && c[1])
					scan_block(&l, c + 1, true);
				continue;
			}
			{
				char *copy = pm_strdup(z->b[i]->text), *save = NULL, *line;
				for (line = copy ? strtok_r(copy, "\n", &save) : NULL; line;
				     line = strtok_r(NULL, "\n", &save))
					contact_line(&l, &cur, line, true);
				free(copy);
			}
		}
	}
	/* then every address and number anywhere else */
	for (i = 0; i < z->doc->nblocks; i++) {
		pm_block *b = &z->doc->blocks[i];
		size_t k;
		if (b->part == PM_PART_CONTACT)
			continue;
		if (b->text)
			scan_block(&l, b->text, false);
		for (k = 0; k < b->ncells; k++)
			if (b->cells[k].text)
				scan_block(&l, b->cells[k].text, false);
		for (k = 0; k < b->nlinks; k++)
			if (!strncmp(b->links[k], "mailto:", 7)) {
				contact *cur = NULL;
				contact_line(&l, &cur, b->links[k] + 7, false);
			}
	}
	for (i = 0; i < l.n; i++) {
		contact *c = &l.v[i];
		json_t *o = json_object();
		if (c->name || c->email || c->phone) {
			pm_json_set_str(o, "name", c->name);
			pm_json_set_str(o, "role", c->role);
			pm_json_set_str(o, "organization", c->org);
			pm_json_set_str(o, "email", c->email);
			pm_json_set_str(o, "phone", c->phone);
			pm_json_set_str(o, "url", c->url);
			json_array_append_new(arr, o);
		} else {
			json_decref(o);
		}
		free(c->name);
		free(c->role);
		free(c->org);
		free(c->email);
		free(c->phone);
		free(c->url);
	}
	free(l.v);
	json_decref(l.emails_seen);
	json_decref(l.phones_seen);
}
