/*
 * contacts.c - contacts: e-mail addresses, phone numbers and web sites
 * found anywhere in the document (body, contact blocks, page furniture),
 * each once, grouped with the name, role and organisation that the contact
 * block gives beside them. Phones are kept as written.
 *
 * A run of digits is a phone only with evidence: a leading "+", "(0)" or
 * an area code in parentheses, a trunk "0", a label before it (Tel, Tél,
 * Teléfono, Telefone, هاتف ...), the North American 3-3-4 shape, a
 * toll-free prefix, or its place in a contact block; and never when it
 * reads as a date, a range or list of years, a reference number (n°,
 * ISBN, art.), an amount (currency, unit, thousands groups) or a time
 * range. Press releases print numbers in so many national shapes that a
 * whitelist of formats would miss most of them; the evidence rule keeps
 * recall and the vetoes keep the body's figures out.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- characters ------------------------------------------------------- */

/* A decimal digit at s (ASCII, Arabic-Indic U+0660-0669 or extended
 * U+06F0-06F9, which Arabic and Persian releases print): its value and
 * byte length, or -1. */
static int digit_at(const char *s, size_t *len)
{
	unsigned char a = (unsigned char)s[0], b = a ? (unsigned char)s[1] : 0;
	if (a >= '0' && a <= '9') {
		*len = 1;
		return a - '0';
	}
	if (a == 0xD9 && b >= 0xA0 && b <= 0xA9) {
		*len = 2;
		return b - 0xA0;
	}
	if (a == 0xDB && b >= 0xB0 && b <= 0xB9) {
		*len = 2;
		return b - 0xB0;
	}
	return -1;
}

/* A space inside a number: ' ', NBSP, narrow NBSP, thin space. */
static size_t space_at(const char *s)
{
	unsigned char a = (unsigned char)s[0];
	if (a == ' ')
		return 1;
	if (a == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	if (a == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0xAF || (unsigned char)s[2] == 0x89))
		return 3;
	return 0;
}

static bool word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* ---- e-mail ------------------------------------------------------------ */

static bool email_char(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* The obfuscated "@" and "." that releases print to fool harvesters:
 * "[at]", "(at)", "{at}", " at " only inside brackets; returns its length
 * at p (spaces around included) or 0. */
static size_t obf_token(const char *p, const char *word)
{
	static const char open[] = "[({", close[] = "])}";
	size_t k, wl = strlen(word), i = 0;
	while (p[i] == ' ')
		i++;
	for (k = 0; open[k]; k++) {
		if (p[i] != open[k])
			continue;
		if (!strncasecmp(p + i + 1, word, wl) && p[i + 1 + wl] == close[k]) {
			i += wl + 2;
			while (p[i] == ' ')
				i++;
			return i;
		}
	}
	return 0;
}

/* Labels that a scraper glues onto an address ("OfficeEditor@x.com",
 * "EmailJane@x.com"): dropped when a capital follows them. */
static size_t glued_label(const char *a, const char *at)
{
	static const char *const w[] = {"Email", "E-mail", "Mail", "Office", "Contact", "Courriel",
	                                "Correo", "Kontakt", NULL};
	size_t k;
	for (k = 0; w[k]; k++) {
		size_t l = strlen(w[k]);
		if (a + l < at && !strncmp(a, w[k], l) && isupper((unsigned char)a[l]))
			return l;
	}
	return 0;
}

/* Find an address from byte `from`, plain or obfuscated; [*start, *end)
 * spans it as written, and *norm (when not NULL) receives it as
 * local@domain. */
static bool find_email(const char *s, size_t from, size_t *start, size_t *end, char **norm)
{
	size_t i = from;
	/* no strlen(s): a line's addresses are found by calls from each
	 * end in turn, and each must cost only the bytes it reads */
	while (s[i]) {
		size_t atl = 0, a, b, dots = 0, lastdot = 0;
		pm_buf dom;
		if (s[i] == '@')
			atl = 1;
		else if (s[i] == '[' || s[i] == '(' || s[i] == '{' ||
		         (s[i] == ' ' && (s[i + 1] == '[' || s[i + 1] == '(' || s[i + 1] == '{')))
			atl = obf_token(s + i, "at");
		if (!atl) {
			i++;
			continue;
		}
		a = i;
		while (a > 0 && email_char((unsigned char)s[a - 1]))
			a--;
		while (a < i && (s[a] == '.' || s[a] == '-'))
			a++;
		if (a == i) {
			i += atl;
			continue;
		}
		a += glued_label(s + a, s + i);
		/* the domain: labels joined by '.' or an obfuscated dot */
		pm_buf_init(&dom);
		b = i + atl;
		for (;;) {
			size_t st = b, dl;
			while (isalnum((unsigned char)s[b]) || s[b] == '-')
				b++;
			if (b == st)
				break;
			pm_buf_add(&dom, s + st, b - st);
			if (s[b] == '.' && isalnum((unsigned char)s[b + 1])) {
				pm_buf_addc(&dom, '.');
				lastdot = dom.len;
				dots++;
				b++;
				continue;
			}
			if (atl > 1 && (dl = obf_token(s + b, "dot")) && isalnum((unsigned char)s[b + dl])) {
				pm_buf_addc(&dom, '.');
				lastdot = dom.len;
				dots++;
				b += dl;
				continue;
			}
			break;
		}
		/* a top-level domain of two letters or more after the last dot */
		if (dots && dom.len - lastdot >= 2 && isalpha((unsigned char)dom.data[lastdot])) {
			*start = a;
			*end = b;
			if (norm) {
				pm_buf o;
				pm_buf_init(&o);
				pm_buf_add(&o, s + a, i - a);
				pm_buf_addc(&o, '@');
				pm_buf_add(&o, dom.data, dom.len);
				*norm = pm_buf_steal(&o);
			}
			pm_buf_free(&dom);
			return true;
		}
		pm_buf_free(&dom);
		i += atl;
	}
	return false;
}

bool rule_find_email(const char *s, size_t from, size_t *start, size_t *end)
{
	return s && find_email(s, from, start, end, NULL);
}

char *rule_email_norm(const char *s, size_t from, size_t *start, size_t *end)
{
	char *norm = NULL;
	if (!s || !find_email(s, from, start, end, &norm))
		return NULL;
	return norm;
}

/* ---- phones ------------------------------------------------------------ */

static void lower_ascii(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

/* The last `max` bytes before `at`, on the same line, lower-cased. */
static void window_before(const char *s, size_t at, size_t max, char *out, size_t outn)
{
	size_t from = at > max ? at - max : 0, i;
	for (i = at; i > from; i--)
		if (s[i - 1] == '\n')
			break;
	from = i;
	/* never start inside a UTF-8 sequence */
	while (from < at && ((unsigned char)s[from] & 0xC0) == 0x80)
		from++;
	snprintf(out, outn, "%.*s", (int)(at - from), s + from);
	lower_ascii(out);
}

static bool has_word(const char *win, const char *w)
{
	const char *p = win;
	size_t l = strlen(w);
	while ((p = strstr(p, w))) {
		bool left = p == win || !word_byte((unsigned char)p[-1]);
		bool right = !isalpha((unsigned char)w[l - 1]) || !isalpha((unsigned char)p[l]);
		if (left && right)
			return true;
		p += l;
	}
	return false;
}

#define LIST_REACH 160

/* A phone label before the number: back over what a list of numbers
 * holds ("Tel.: 91 347 51 45 / 91 347 53 25"), then the label itself. */
static bool phone_label_before(const char *s, size_t at)
{
	static const char *const labels[] = {
		"tel", "tél", "tel.", "phone", "telephone", "téléphone", "mobile", "mob", "cell", "cellular",
		"fax", "portable", "standard", "ligne directe", "teléfono", "telefono", "tfno", "tlf",
		"móvil", "movil", "celular", "telefone", "telemóvel", "telemovel", "telefon", "handy",
		"mobil", "durchwahl", "call", "calling", "ring", "hotline", "helpline", "whatsapp",
		"t:", "m:", "p:", "f:", "ph", "t.", "m.", "هاتف", "الهاتف", "جوال", "الجوال", "فاكس",
		"موبايل", "ت:", NULL};
	char win[48];
	size_t p = at, k;
	/* a label more than LIST_REACH bytes of figures away labels another
	 * number; the bound keeps a line of many figures linear */
	while (p > 0 && at - p < LIST_REACH) {
		unsigned char c = (unsigned char)s[p - 1];
		size_t dl;
		if (c == '\n')
			break;
		if (isdigit(c) || c == ' ' || c == '+' || c == '-' || c == '.' || c == '/' || c == '(' ||
		    c == ')' || c == ',' || c == '|') {
			p--;
			continue;
		}
		/* Arabic-Indic digits */
		if (p >= 2 && digit_at(s + p - 2, &dl) >= 0 && dl == 2) {
			p -= 2;
			continue;
		}
		/* "or", "ou", "o", "oder", "e", "y" between two numbers */
		if (p >= 3 && s[p - 1] == ' ' && (!strncmp(s + p - 3, "or ", 3) || !strncmp(s + p - 3, "ou ", 3))) {
			p -= 3;
			continue;
		}
		break;
	}
	window_before(s, p, 28, win, sizeof win);
	/* the label is the last thing before the number: no other word
	 * of four letters or more may stand between them, except fillers */
	for (k = 0; labels[k]; k++) {
		const char *hit = NULL, *q = win;
		size_t l = strlen(labels[k]);
		while ((q = strstr(q, labels[k]))) {
			bool left = q == win || !word_byte((unsigned char)q[-1]);
			bool right = !isalpha((unsigned char)labels[k][l - 1]) || !isalpha((unsigned char)q[l]);
			if (left && right)
				hit = q;
			q += l;
		}
		if (hit) {
			const char *r = hit + l;
			size_t run = 0, longest = 0;
			for (; *r; r++) {
				if (isalpha((unsigned char)*r) || ((unsigned char)*r & 0x80))
					run++;
				else {
					if (run > longest)
						longest = run;
					run = 0;
				}
			}
			if (run > longest)
				longest = run;
			/* "Tel. (direct line):", "phone by calling", "ring X on" */
			if (longest <= 12)
				return true;
		}
	}
	return false;
}

/* What stands before the number that makes it a reference, an amount or
 * an identifier rather than a phone. */
static bool veto_before(const char *s, size_t at)
{
	static const char *const w[] = {"n°", "nº", "no.", "no ", "num.", "nr.", "nr ", "núm.", "ref",
	                                "réf", "isbn", "issn", "siret", "siren", "rcs", "tva", "vat",
	                                "iban", "bic", "art.", "article", "décret", "decreto", "loi",
	                                "ley", "lei", "gesetz", "dossier", "case", "file", "id:",
	                                "$", "€", "£", "¥", "usd", "eur", "cad", "gbp", "fcfa", "cfa",
	                                "r$", "chf", "sar", "aed", "ريال", "رقم", NULL};
	char win[24];
	size_t k;
	window_before(s, at, 12, win, sizeof win);
	for (k = 0; w[k]; k++) {
		const char *p = strstr(win, w[k]);
		if (p) {
			const char *r = p + strlen(w[k]);
			/* only separators between the word and the number */
			while (*r == ' ' || *r == ':' || *r == '.' || *r == '#' ||
			       ((unsigned char)*r == 0xC2 && (unsigned char)r[1] == 0xA0 && r++))
				r++;
			if (!*r && (p == win || !isalpha((unsigned char)p[-1]) || !isalpha((unsigned char)w[k][0])))
				return true;
		}
	}
	return false;
}

static bool veto_after(const char *s, size_t e)
{
	static const char *const w[] = {"%", "€", "$", "£", "°", "‰", "euro", "eur", "usd", "dollar",
	                                "francs", "fcfa", "cfa", "km", "kg", "m²", "m2", "t ", "tonnes",
	                                "habitants", "personnes", "people", "million", "milliard",
	                                "billion", "millones", "milhões", "mrd", "mio", "ha ", "ans",
	                                "years", "jahre", "años", "anos", "ريال", "دولار", NULL};
	const char *p = s + e;
	size_t k, sp;
	while ((sp = space_at(p)))
		p += sp;
	for (k = 0; w[k]; k++)
		if (!strncasecmp(p, w[k], strlen(w[k])))
			return true;
	return false;
}

typedef struct numshape {
	size_t st, end;      /* bytes */
	size_t digits;
	size_t ng;
	size_t g[16];        /* digits per group */
	char sep[16];        /* separator before group k (k >= 1): ' ', '.', '-', '/', '(' */
	int first;           /* value of the first digit */
	bool plus, paren, zero_paren, glued;
} numshape;

/* Read the number starting at i: digits in groups, the separators a phone
 * uses between them, balanced parentheses. Returns false when there is
 * no digit. */
static bool read_number(const char *s, size_t n, size_t i, numshape *ns)
{
	size_t j = i, depth = 0, last = 0;
	bool in_group = false;
	char pending = 0;
	memset(ns, 0, sizeof *ns);
	ns->st = i;
	ns->first = -1;
	if (s[j] == '+') {
		ns->plus = true;
		j++;
		while (space_at(s + j))
			j += space_at(s + j);
	}
	while (j < n) {
		size_t dl, sl;
		int d = digit_at(s + j, &dl);
		if (d >= 0) {
			if (!in_group) {
				if (ns->ng == 16)
					break;
				ns->sep[ns->ng] = pending;
				ns->ng++;
				in_group = true;
				pending = 0;
			}
			if (ns->first < 0)
				ns->first = d;
			ns->g[ns->ng - 1]++;
			ns->digits++;
			j += dl;
			last = j;
			if (ns->digits > 15)
				return ns->digits = 99, true;
			continue;
		}
		/* a separator run between digits: at most one space and one mark */
		{
			size_t k = j, spaces = 0, marks = 0;
			char mark = 0;
			bool opened = false, closed = false, stop = false;
			while (k < n) {
				if ((sl = space_at(s + k))) {
					spaces++;
					k += sl;
				} else if (s[k] == '.' || s[k] == '-' || s[k] == '/') {
					marks++;
					mark = s[k];
					k++;
				} else if ((unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
				           (unsigned char)s[k + 2] == 0x91) {
					marks++; /* non-breaking hyphen */
					mark = '-';
					k += 3;
				} else if (s[k] == '(') {
					opened = true;
					k++;
				} else if (s[k] == ')' && depth > 0) {
					closed = true;
					k++;
				} else {
					break;
				}
			}
			if (k == j || digit_at(s + k, &dl) < 0)
				break;
			/* " / " or " - " with spaces on both sides joins two numbers */
			if (marks && spaces >= 2)
				stop = true;
			if (marks > 1 || spaces > 2 || (opened && closed) || (opened && depth))
				stop = true;
			if (stop)
				break;
			if (opened)
				depth++;
			if (closed)
				depth--;
			if (opened && ns->ng > 0)
				ns->paren = true;
			pending = opened ? '(' : mark ? mark : ' ';
			in_group = false;
			j = k;
		}
	}
	if (!ns->digits)
		return false;
	/* a parenthesis opening the number: "(212) 555-0176" */
	if (s[i] == '(') {
		size_t k = i + 1;
		while (k < last && s[k] != ')')
			k++;
		if (k < last)
			ns->paren = true;
	}
	if (depth)
		ns->paren = false;
	ns->end = last;
	/* "(0)" starting inside the number */
	if (pm_memstr(s + i, (last + 2 < n ? last + 2 : n) - i, "(0)"))
		ns->zero_paren = true;
	return true;
}

static bool year_group(const char *s, size_t st, size_t ng_digits)
{
	int v = 0;
	size_t k, dl;
	(void)ng_digits;
	for (k = 0; k < 4; k++) {
		int d = digit_at(s + st, &dl);
		if (d < 0)
			return false;
		v = v * 10 + d;
		st += dl;
	}
	return v >= 1900 && v <= 2099;
}

/* Byte offset of group k's first digit. */
static size_t group_start(const char *s, const numshape *ns, size_t k)
{
	size_t j = ns->st, g = 0, dl;
	bool in = false;
	while (j < ns->end) {
		if (digit_at(s + j, &dl) >= 0) {
			if (!in) {
				if (g == k)
					return j;
				g++;
				in = true;
			}
			j += dl;
		} else {
			in = false;
			j++;
		}
	}
	return ns->end;
}

/* Drop a lone trailing digit: "0418 514 271 1" where the "1" is an icon
 * or a footnote that the text layer put after the number. */
static void drop_lone_tail(const char *s, numshape *ns)
{
	size_t k;
	if (ns->ng < 3 || ns->g[ns->ng - 1] != 1 || ns->sep[ns->ng - 1] != ' ' || ns->digits < 9)
		return;
	k = group_start(s, ns, ns->ng - 1);
	while (k > ns->st && space_at(s + k - 1))
		k--;
	ns->end = k;
	ns->digits--;
	ns->ng--;
}

static bool nanp_shape(const numshape *ns)
{
	size_t o = ns->ng == 4 && ns->g[0] == 1 ? 1 : 0;
	if (ns->ng - o != 3 || ns->g[o] != 3 || ns->g[o + 1] != 3 || ns->g[o + 2] != 4)
		return false;
	return true;
}

/* How far past its first byte a number, or a date read in its place,
 * may reach: far more than any phone or date is long. */
#define NUMBER_REACH 512

bool rule_find_phone(const char *s, size_t from, bool in_contact, size_t *start, size_t *end)
{
	size_t n, i;
	if (!s)
		return false;
	i = from;
	/* a line's numbers are found by calls from each end in turn: each
	 * reads only its window, never the whole rest of the line */
	while (s[i]) {
		size_t dl, k;
		unsigned char c = (unsigned char)s[i], p = i ? (unsigned char)s[i - 1] : ' ';
		numshape ns;
		bool evidence, label, glued = false;
		pm_date d;
		if (!(digit_at(s + i, &dl) >= 0 || (c == '+' && s[i + 1] && (digit_at(s + i + 1, &dl) >= 0 ||
		                                                             space_at(s + i + 1))) ||
		      (c == '(' && (digit_at(s + i + 1, &dl) >= 0 || s[i + 1] == '+')))) {
			i++;
			continue;
		}
		if (i > 0 && (isdigit(p) || p == '/' || p == '-' || p == '.' || p == '#' || p == ',' ||
		              p == '_' || p == '=' || p == ':' || p == '&' || p == '?')) {
			/* "Tel.:0123..." and "T:+33..." are labels glued to it */
			if (!(p == ':' || p == '.') || !phone_label_before(s, i)) {
				i += digit_at(s + i, &dl) >= 0 ? dl : 1;
				continue;
			}
		}
		if (i > 0 && (isalpha(p) || (p >= 0x80 && !(p == 0xA0 || p == 0xAF || p == 0x89)))) {
			/* glued to a word: allowed only for an unmistakable shape */
			if (i >= 2 && (unsigned char)s[i - 2] == 0xD9 && p >= 0xA0 && p <= 0xA9) {
				i++;
				continue;
			}
			glued = true;
		}
		n = i + strnlen(s + i, NUMBER_REACH);
		if (!read_number(s, n, i, &ns)) {
			i++;
			continue;
		}
		if (ns.digits == 99) {
			/* a long run of figures is a table or an id, never a phone:
			 * skip all of it (and the "+" or "(" it opened with) */
			i++;
			while (digit_at(s + i, &dl) >= 0 || s[i] == ' ' || s[i] == '.' || s[i] == '-' || s[i] == '/')
				i += digit_at(s + i, &dl) >= 0 ? dl : 1;
			continue;
		}
		drop_lone_tail(s, &ns);
		label = phone_label_before(s, i);
		evidence = false;
		if (ns.digits >= 8 && ns.digits <= 15) {
			evidence = ns.plus || ns.paren || ns.zero_paren || nanp_shape(&ns) || label;
			if (ns.first == 0 && s[i] != '+' && (ns.ng >= 2 || (ns.digits >= 9 && ns.digits <= 11)))
				evidence = true;
			/* toll-free and shared-cost prefixes: 1800, 1300, 1-800 */
			if ((ns.ng >= 3 && ns.g[0] == 4 && (!strncmp(s + i, "1800", 4) || !strncmp(s + i, "1300", 4) ||
			                                   !strncmp(s + i, "1900", 4))) ||
			    (ns.ng >= 3 && ns.g[0] == 1 && ns.g[1] == 3 && s[i] == '1' &&
			     (!strncmp(s + i + 2, "800", 3) || !strncmp(s + i + 2, "888", 3) ||
			      !strncmp(s + i + 2, "877", 3) || !strncmp(s + i + 2, "866", 3))))
				evidence = true;
			/* a contact block vouches for a grouped number of phone
			 * length, not for a figure of fourteen digits */
			if (in_contact && ns.ng >= 2 && ns.digits <= 12)
				evidence = true;
			/* one long run of digits without a trunk 0: an id */
			if (ns.ng == 1 && !ns.plus && ns.first != 0 && !label)
				evidence = false;
		} else if (ns.digits >= 6 && ns.digits <= 7 && ns.ng >= 2 && (label || (in_contact && ns.first == 0))) {
			/* short service numbers ("180 22 66") only behind a label */
			evidence = true;
		}
		if (glued && !(ns.plus || (nanp_shape(&ns) && ns.sep[1] != ' ' && ns.sep[2] != ' ')))
			evidence = false;
		if (evidence && !ns.plus && !label) {
			/* vetoes: what the body's figures look like */
			bool years = ns.ng >= 2, thousands = ns.ng >= 2 && ns.g[0] <= 3 && ns.first != 0;
			for (k = 0; k < ns.ng; k++) {
				if (ns.g[k] != 4 || !year_group(s, group_start(s, &ns, k), 4))
					years = false;
				if (k > 0 && (ns.g[k] != 3 || ns.sep[k] != ns.sep[1] || ns.sep[k] == '-' ||
				              ns.sep[k] == '/' || ns.sep[k] == '('))
					thousands = false;
			}
			if (years || (thousands && (!in_contact || ns.ng >= 4)) || veto_before(s, i) ||
			    veto_after(s, ns.end))
				evidence = false;
			/* "09.00-17.00": office hours */
			if (ns.ng == 4 && ns.g[0] == 2 && ns.g[1] == 2 && ns.g[2] == 2 && ns.g[3] == 2 &&
			    ns.sep[2] == '-' && ns.sep[1] == '.' && ns.sep[3] == '.')
				evidence = false;
		}
		if (evidence && !ns.plus) {
			/* a date ("05.03.2024", "2024-03-05") in any reading */
			if ((pm_date_at(s, n, i, 1, &d) && d.end >= ns.end) ||
			    (pm_date_at(s, n, i, 0, &d) && d.end >= ns.end))
				evidence = false;
			if (ns.ng == 3 && ns.g[2] == 4 && ns.g[0] <= 2 && ns.g[1] <= 2 &&
			    year_group(s, group_start(s, &ns, 2), 4) && ns.sep[1] == ns.sep[2] && ns.sep[1] != ' ')
				evidence = false;
			if (ns.ng == 3 && ns.g[0] == 4 && ns.g[1] <= 2 && ns.g[2] <= 2 && year_group(s, i, 4) &&
			    ns.sep[1] == ns.sep[2] && ns.sep[1] != ' ')
				evidence = false;
		}
		if (evidence && ns.end > i) {
			*start = i;
			*end = ns.end;
			return true;
		}
		i = ns.end > i ? ns.end : i + 1;
	}
	return false;
}

/* ---- grouping --------------------------------------------------------- */

typedef struct contact {
	char *name, *role, *org, *email, *phone, *url;
} contact;

typedef struct clist {
	contact *v;
	size_t n, cap;
	json_t *emails_seen, *phones_seen;
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

static bool seen(json_t *set, const char *key)
{
	if (json_object_get(set, key))
		return true;
	json_object_set_new(set, key, json_true());
	return false;
}

/* A number is the same number when its digits are: "+61 1800 011 046"
 * for callers abroad and "1800 011 046" are two numbers as written. */
static void digits_key(const char *p, char *out, size_t n)
{
	size_t k = 0, dl;
	while (*p && k + 1 < n) {
		int d = digit_at(p, &dl);
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
		lower_ascii(d);
	return d;
}

static bool any_word(const char *s, const char *const *w)
{
	char *b = lower_dup(s);
	size_t i;
	bool r = false;
	if (!b)
		return false;
	for (i = 0; w[i] && !r; i++)
		r = has_word(b, w[i]);
	free(b);
	return r;
}

static bool role_word(const char *s)
{
	static const char *const w[] = {
		"director", "directora", "manager", "officer", "head", "chief", "ceo", "cfo", "coo", "cto",
		"founder", "co-founder", "spokesperson", "spokesman", "spokeswoman", "coordinator",
		"executive", "president", "vice president", "vp", "associate", "specialist", "lead",
		"advisor", "adviser", "consultant", "secretary", "assistant", "editor", "analyst", "partner",
		"chargé", "chargée", "responsable", "attaché", "attachée", "directeur", "directrice",
		"porte-parole", "conseiller", "conseillère", "délégué", "déléguée", "présidente", "président",
		"chef", "adjoint", "adjointe", "pressesprecher", "pressesprecherin", "sprecher", "sprecherin",
		"leiter", "leiterin", "referent", "referentin", "geschäftsführer", "geschäftsführerin",
		"jefe", "jefa", "portavoz", "responsable de", "gerente", "coordinador", "coordinadora",
		"assessor", "assessora", "diretor", "diretora", "coordenador", "coordenadora",
		"porta-voz", "gerente", "مدير", "مديرة", "المتحدث", "رئيس", "مسؤول", NULL};
	return any_word(s, w);
}

/* Words that name a kind of body; "media", "press", "relations" and the
 * like also make roles ("Senior Media Manager"), so org_word() alone does
 * not outweigh a role word: strong_org_word() does. */
static bool strong_org_word(const char *s)
{
	static const char *const w[] = {
		"inc", "inc.", "ltd", "ltd.", "limited", "plc", "llc", "llp", "gmbh", "ag", "s.a.", "sas",
		"sarl", "ltda", "corp", "corp.", "corporation", "company", "ministry", "ministère",
		"ministerio", "ministério", "ministerium", "bezirksamt", "university", "université",
		"universidad", "universidade", "universität", "mairie", "وزارة", NULL};
	return any_word(s, w);
}

static bool org_word(const char *s)
{
	static const char *const w[] = {
		"inc", "inc.", "ltd", "ltd.", "limited", "plc", "llc", "llp", "gmbh", "ag", "sa", "s.a.",
		"sas", "sarl", "s.l.", "sl", "ltda", "corp", "corp.", "corporation", "company", "group",
		"groupe", "grupo", "gruppe", "communications", "agency", "agence", "agencia", "agência",
		"association", "foundation", "fondation", "fundación", "fundação", "stiftung", "institute",
		"institut", "instituto", "ministry", "ministère", "ministerio", "ministério", "ministerium",
		"bezirksamt", "senate", "sénat", "department", "département", "university", "université",
		"universidad", "universidade", "universität", "council", "conseil", "consejo", "conselho",
		"bureau", "services", "service", "partners", "pr", "media", "médias", "relations", "press",
		"presse", "prensa", "imprensa", "pressestelle", "kommunikation", "communication",
		"comunicación", "comunicação", "gabinete", "assessoria", "secretaría", "mairie", "ville",
		"city", "office", "amt", "verband", "coalition", "alliance", "centre", "center", "centro",
		"zentrum", "وزارة", "المركز", "هيئة", "مكتب", NULL};
	return any_word(s, w);
}

static bool particle(const char *w, size_t wl)
{
	static const char *const p[] = {"de", "da", "das", "do", "dos", "du", "des", "del", "della",
	                                "van", "von", "der", "den", "ter", "bin", "ben", "ibn", "al",
	                                "el", "le", "la", "y", "e", "zu", "di", NULL};
	return pm_mem_in(w, wl, p);
}

/* "Jane Doe", "Dr. Jane van der Berg", "Mohammed bin Saeed Al-Moghedi":
 * two to five words, each capitalised or a particle, nothing else. */
static bool person_name(const char *s)
{
	size_t w = nz_words(s), i, caps = 0;
	if (w < 2 || w > 5 || nz_has_digit(s) || strchr(s, '@') || strchr(s, ':') || nz_cps(s) > 48)
		return false;
	if (role_word(s) || org_word(s))
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

static char *strip_label(const char *s)
{
	static const char *const labels[] = {
		"E-mail", "Email", "E-Mail", "Mail", "Courriel", "Correo electrónico", "Correo", "Tel.",
		"Tel", "Tél.", "Tél", "Téléphone", "Telephone", "Phone", "Mobile", "Mob.", "Mob", "Cell.",
		"Cell", "Portable", "Teléfono", "Telefone", "Telefon", "Móvil", "Celular", "Handy", "Web",
		"Website", "Site web", "Site", "Internet", "Contact", "Contacto", "Contato", "Kontakt",
		"Name", "Nom", "Nombre", "Nome", "Fax", "هاتف", "البريد الإلكتروني", NULL};
	size_t i;
	for (i = 0; labels[i]; i++) {
		size_t l = nz_prefix(s, labels[i]);
		if (l) {
			const char *r = s + l;
			while (*r == ' ')
				r++;
			if (*r == ':' || *r == '.') {
				r++;
				return nz_trim(r, strlen(r), " :");
			}
		}
	}
	return nz_trim(s, strlen(s), "");
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
 * before them ("Lumenfold, Inc."). */
static bool legal_suffix(const char *s)
{
	static const char *const w[] = {"Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "plc", "PLC", "GmbH",
	                                "AG", "SA", "S.A.", "SAS", "SARL", "S.L.", "Ltda", "Ltda.",
	                                "Corp.", "Co.", NULL};
	return pm_str_in(s, w);
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
					bool nm = head && person_name(head);
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

/* Put one piece of text (a name, a role, an organisation) where it goes. */
static void take_text(clist *l, contact **cur, char *t, bool *named_here)
{
	char *seg[12];
	size_t ns, k;
	if (!t || !*t)
		return;
	ns = split_segments(t, seg, 12);
	for (k = 0; k < ns; k++) {
		char *v = nz_trim(seg[k], strlen(seg[k]), " ,;:|-");
		char *lab;
		if (!v)
			continue;
		lab = strip_label(v);
		free(v);
		v = lab;
		if (!v || !*v || nz_cps(v) > 100 || rule_contact_heading(v) ||
		    nz_equals(v, "or") || nz_equals(v, "ou") || nz_equals(v, "and") || nz_equals(v, "et")) {
			free(v);
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
			if (!*cur)
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
		bool dup = !key || seen(l->emails_seen, key);
		free(key);
		if (dup)
			return;
	} else if (t->kind == 'p') {
		char key[24];
		digits_key(t->val, key, sizeof key);
		if (seen(l->phones_seen, key))
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

static void scan_text(clist *l, contact **cur, const char *text, bool in_block)
{
	char *copy = pm_strdup(text), *save = NULL, *line;
	if (!copy)
		return;
	for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		contact_line(l, cur, line, in_block);
	free(copy);
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
			const char *t = z->b[i]->text;
			if (z->b[i]->part != PM_PART_CONTACT || !t)
				continue;
			if (rule_contact_heading(t)) {
				/* "Contact: Jane Doe, jane@x.org" and a heading line
				 * with the block's lines under it */
				const char *nl = strchr(t, '\n'), *c = strchr(t, ':');
				cur = NULL;
				if (c && (!nl || c < nl) && c[1] && c[1] != '\n')
					scan_text(&l, &cur, c + 1, true);
				else if (nl)
					scan_text(&l, &cur, nl + 1, true);
				continue;
			}
			scan_text(&l, &cur, t, true);
		}
	}
	/* then every address and number anywhere else, and every mailto link */
	for (i = 0; i < z->doc->nblocks; i++) {
		pm_block *b = &z->doc->blocks[i];
		size_t k;
		scan_links(&l, b);
		if (b->part == PM_PART_CONTACT)
			continue;
		if (b->text) {
			contact *cur = NULL;
			scan_text(&l, &cur, b->text, false);
		}
		for (k = 0; k < b->ncells; k++)
			if (b->cells[k].text) {
				contact *cur = NULL;
				scan_text(&l, &cur, b->cells[k].text, false);
			}
	}
	for (i = 0; i < l.n; i++) {
		contact *c = &l.v[i];
		if (c->name || c->email || c->phone) {
			json_t *o = json_object();
			pm_json_set_str(o, "name", c->name);
			pm_json_set_str(o, "role", c->role);
			pm_json_set_str(o, "organization", c->org);
			pm_json_set_str(o, "email", c->email);
			pm_json_set_str(o, "phone", c->phone);
			pm_json_set_str(o, "url", c->url);
			json_array_append_new(arr, o);
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
