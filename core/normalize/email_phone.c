/*
 * email_phone.c - e-mail addresses and phone numbers, found in any text:
 * the contacts stage (contacts.c) takes every one of the document, and
 * the rules that tell a contact block or a letterhead line (rules.c) ask
 * whether a line holds one.
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

/* ---- e-mail ------------------------------------------------------------ */

/* The obfuscated "@" and "." that releases print to fool harvesters:
 * "[at]", "(at)", "{at}", " at " only inside brackets (the words of
 * [email_at_words] or [email_dot_words], ASCII letters in either case);
 * returns its length at p (spaces around included) or 0. */
static size_t obf_token(const char *p, pm_lex_section words)
{
	static const char open[] = "[({", close[] = "])}";
	pm_lex_query q = {words, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	size_t k, wl, i = 0;
	while (p[i] == ' ')
		i++;
	for (k = 0; open[k]; k++) {
		if (p[i] != open[k])
			continue;
		if ((wl = pm_lex_opens_before(&q, p + i + 1, close[k])) > 0) {
			i += wl + 2;
			while (p[i] == ' ')
				i++;
			return i;
		}
	}
	return 0;
}

/* Labels that a scraper glues onto an address ("OfficeEditor@x.com",
 * "EmailJane@x.com"; [email_labels], capitalised): dropped when a capital
 * follows them. contacts.email_glued: also when the address after the
 * label is in lower case ("Emailnews@orrin.example", "E-Mailpresse@
 * falkner.example", "Courrielpresse@lys.example"): addresses are written
 * in lower case, so the label's capital on an otherwise lower-case local
 * part is the scraper's seam. */
static size_t glued_label(const char *a, const char *at)
{
	pm_lex_query q = {PM_LEX_EMAIL_LABELS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k, j;
	if (!isupper((unsigned char)a[0]))
		return 0;
	k = pm_lex_prefixes(&q, a, (size_t)(at - a), m, PM_LEX_MAX_NESTED);
	while (k-- > 0) {
		const char *rest = a + m[k].len;
		bool lower = at - rest >= 2 && islower((unsigned char)rest[0]);
		bool label_lower = false;
		for (j = 1; j < m[k].len; j++)
			if (islower((unsigned char)a[j]))
				label_lower = true;
		/* the label's own letters after its capital are in lower
		 * case ("Email", "E-Mail"): not an address in capitals */
		if (rest >= at || !label_lower)
			continue;
		if (isupper((unsigned char)rest[0]))
			return m[k].len;
		for (j = 0; lower && rest + j < at; j++)
			if (isupper((unsigned char)rest[j]))
				lower = false;
		if (lower)
			return m[k].len;
	}
	return 0;
}

/* Convention contacts.email_wrapped: an address broken at a line end
 * inside a narrow cell or a side box, its pieces joined by a space or a
 * line break where the PDF's lines met ("anne@valdorv eille-commune.example",
 * "rszabo@ridge.exa mple"). The piece after the break, lower-case address
 * characters only, continues the domain when the domain so far cannot be
 * whole: it has no dot yet (no address lacks a top-level domain) or ends
 * in a hyphen, and the piece brings the dot and a top-level domain of two
 * letters or more; or it is a short run of lower-case letters ending its
 * line, no word of the text's languages ([stop_words]), after a domain
 * whose last label is letters and not yet whole (no country's two
 * letters, no [top_level_domains] entry): the rest of a top-level domain
 * that did not fit. Returns the piece's length (0: no continuation). */
static size_t wrapped_piece(const char *s, size_t b, const pm_buf *dom, size_t dots, size_t lastdot)
{
	pm_lex_query q = {PM_LEX_STOP_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	pm_lex_match m;
	size_t k, pdots, plast, i;
	const char *p;
	if ((s[b] != ' ' && s[b] != '\n') || !dom->len)
		return 0;
	p = s + b + 1;
	k = nz_domain_piece(p, &pdots, &plast);
	if (!k || k >= 64 || (p[k] && p[k] != ' ' && p[k] != '\n' && p[k] != ',' && p[k] != ';' && p[k] != ')'))
		return 0;
	if (!islower((unsigned char)p[0]) && !isdigit((unsigned char)p[0]))
		return 0;
	if (dots == 0 || dom->data[dom->len - 1] == '-') {
		return pdots && k - plast >= 2 && nz_ascii_lower(p, plast, k) ? k : 0;
	}
	if (pdots || k > 8 || (p[k] && p[k] != '\n') || !nz_ascii_lower(p, 0, k))
		return 0;
	for (i = lastdot; i < dom->len; i++)
		if (!isalpha((unsigned char)dom->data[i]))
			return 0;
	/* a domain already whole: a country's two letters, or a generic
	 * top-level domain ([top_level_domains]: "press@acme.org now") */
	if (dom->len - lastdot == 2)
		return 0;
	{
		pm_lex_query t = {PM_LEX_TOP_LEVEL_DOMAINS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
		if (pm_lex_prefix(&t, dom->data + lastdot, dom->len - lastdot, &m) && m.len == dom->len - lastdot)
			return 0;
	}
	if (pm_lex_prefix(&q, p, k, &m) && m.len == k)
		return 0;
	return k;
}

/* Find an address from byte `from`, plain or obfuscated; [*start, *end)
 * spans it as written, and *norm (when not NULL) receives it as
 * local@domain. */
static bool find_email(const char *s, size_t from, size_t *start, size_t *end, char **norm)
{
	size_t i = from;
	/* no strlen(s): a line's addresses are found by calls from each
	 * end in turn, and each must cost only the bytes it reads */
	/* the bytes the test below looks at: '@', an obfuscation's opening
	 * bracket, a space before one; the others are passed by table (the
	 * contacts stage reads every line of a release here) */
	static const bool may_open[256] = {['@'] = true, ['['] = true, ['('] = true, ['{'] = true,
	                                   [' '] = true};
	while (s[i]) {
		size_t atl = 0, a, b, dots = 0, lastdot = 0;
		pm_buf dom;
		if (!may_open[(unsigned char)s[i]] ||
		    (s[i] == ' ' && s[i + 1] != '[' && s[i + 1] != '(' && s[i + 1] != '{')) {
			i++;
			continue;
		}
		if (s[i] == '@')
			atl = 1;
		else if (s[i] == '[' || s[i] == '(' || s[i] == '{' ||
		         (s[i] == ' ' && (s[i + 1] == '[' || s[i + 1] == '(' || s[i + 1] == '{')))
			atl = obf_token(s + i, PM_LEX_EMAIL_AT_WORDS);
		if (!atl) {
			i++;
			continue;
		}
		a = i;
		while (a > 0 && nz_email_char((unsigned char)s[a - 1]))
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
			if (atl > 1 && (dl = obf_token(s + b, PM_LEX_EMAIL_DOT_WORDS)) && isalnum((unsigned char)s[b + dl])) {
				pm_buf_addc(&dom, '.');
				lastdot = dom.len;
				dots++;
				b += dl;
				continue;
			}
			break;
		}
		/* contacts.email_wrapped: the domain goes on after a line
		 * break, once or twice (plain addresses only) */
		for (size_t w = 0, dl; w < 3 && atl == 1 && (dl = wrapped_piece(s, b, &dom, dots, lastdot)); w++) {
			for (size_t pk = 0; pk < dl; pk++) {
				if (s[b + 1 + pk] == '.') {
					pm_buf_addc(&dom, '.');
					lastdot = dom.len;
					dots++;
				} else {
					pm_buf_addc(&dom, s[b + 1 + pk]);
				}
			}
			b += 1 + dl;
		}
		/* Convention contacts.email_note_mark: a top-level domain is
		 * letters only (IANA's root zone; its internationalised names
		 * are "xn--" labels), so figures after its letters are a note's
		 * number glued to the address ("press@harwick.example2", a
		 * superscript the text lost): not the address's */
		if (dots && dom.len - lastdot > 2 && isdigit((unsigned char)dom.data[dom.len - 1]) &&
		    strncmp(dom.data + lastdot, "xn--", 4)) {
			size_t k = dom.len, d;
			while (k > lastdot && isdigit((unsigned char)dom.data[k - 1]))
				k--;
			for (d = lastdot; d < k && isalpha((unsigned char)dom.data[d]); d++)
				;
			if (d == k && k - lastdot >= 2 && dom.len - k <= 2) {
				b -= dom.len - k;
				dom.len = k;
			}
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
	nz_lower_ascii(out);
}

#define LIST_REACH 160

/* A phone label before the number: back over what a list of numbers
 * holds ("Tel.: 91 347 51 45 / 91 347 53 25"), then the label itself. */
static bool phone_label_before(const char *s, size_t at)
{
	/* [phone_labels] as the window reads them: ASCII letters in either
	 * case, a word's start before, no ASCII letter after one that ends
	 * in an ASCII letter */
	pm_lex_query q = {PM_LEX_PHONE_LABELS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	char win[48];
	size_t p = at, i, n, end = 0;
	bool hit = false;
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
		if (p >= 2 && nz_digit_at(s + p - 2, &dl) >= 0 && dl == 2) {
			p -= 2;
			continue;
		}
		break;
	}
	window_before(s, p, 28, win, sizeof win);
	n = strlen(win);
	/* the label nearest the number: where the last one ends */
	for (i = 0; i < n; i++) {
		size_t k;
		/* contacts.phone_label.cjk: Chinese and Japanese write no
		 * space before a label either ("広報担当：中村TEL：045-…", a
		 * contact box's lines run together): a Han or kana character
		 * before it is a word's start */
		if (i > 0 && nz_word_byte((unsigned char)win[i - 1]) && !nz_cjk_cp(nz_last_cp_n(win, i)))
			continue;
		k = pm_lex_prefixes(&q, win + i, n - i, m, PM_LEX_MAX_NESTED);
		while (k-- > 0) {
			const char *e = m[k].entry.text;
			size_t l = m[k].len;
			if (isalpha((unsigned char)e[strlen(e) - 1]) && isalpha((unsigned char)win[i + l]))
				continue;
			if (!hit || i + l > end)
				end = i + l;
			hit = true;
		}
	}
	/* the label is the last thing before the number: no other word
	 * of four letters or more may stand between them, except fillers
	 * ("Tel. (direct line):", "phone by calling", "ring X on") */
	if (hit) {
		const char *r = win + end;
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
		return longest <= 12;
	}
	return false;
}

/* What stands before the number that makes it a reference, an amount or
 * an identifier rather than a phone ([number_references], ASCII letters
 * in either case): only separators between it and the number, and no
 * letter before a word. */
static bool veto_before(const char *s, size_t at)
{
	pm_lex_query q = {PM_LEX_NUMBER_REFERENCES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	char win[24];
	size_t i, n;
	window_before(s, at, 12, win, sizeof win);
	n = strlen(win);
	for (i = 0; i < n; i++) {
		size_t k = pm_lex_prefixes(&q, win + i, n - i, m, PM_LEX_MAX_NESTED);
		while (k-- > 0) {
			const char *r = win + i + m[k].len;
			while (*r == ' ' || *r == ':' || *r == '.' || *r == '#' ||
			       ((unsigned char)*r == 0xC2 && (unsigned char)r[1] == 0xA0 && r++))
				r++;
			if (!*r && (i == 0 || !isalpha((unsigned char)win[i - 1]) ||
			            !isalpha((unsigned char)m[k].entry.text[0])))
				return true;
		}
	}
	return false;
}

/* What follows the number that makes it a quantity ([number_units], ASCII
 * letters in either case: "%", "euros", "km", "t" as a word). */
static bool veto_after(const char *s, size_t e)
{
	pm_lex_query q = {PM_LEX_NUMBER_UNITS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	const char *p = s + e;
	size_t sp;
	while ((sp = space_at(p)))
		p += sp;
	/* a unit is a short word: never strlen() the paragraph */
	return pm_lex_prefix(&q, p, strnlen(p, 64), NULL);
}

/* Convention contacts.phone_extension: an extension written after the
 * number ("(320) 555-0142 ext. 12", "01 45 67 89 10 poste 214", "ramal
 * 31"; [phone_extensions], a comma before the word allowed) is part of
 * the phone as written: the end moves past its one to five figures. */
static size_t extension_after(const char *s, size_t e)
{
	pm_lex_query q = {PM_LEX_PHONE_EXTENSIONS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	pm_lex_match m;
	const char *p = s + e;
	size_t sp, k = 0;
	if (*p == ',')
		p++;
	if (!(sp = space_at(p)))
		return e;
	p += sp;
	if (!pm_lex_prefix(&q, p, strnlen(p, 32), &m) || isalpha((unsigned char)p[m.len]))
		return e;
	p += m.len;
	if (*p == '.' || *p == ':')
		p++;
	while ((sp = space_at(p)))
		p += sp;
	while (k < 6 && isdigit((unsigned char)p[k]))
		k++;
	if (k == 0 || k > 5 || isalnum((unsigned char)p[k]))
		return e;
	return (size_t)(p + k - s);
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

/* The number read so far is one group of 2-5 digits opening with a trunk
 * "0" and nothing before it: an area code (contacts.phone_trunk_spaced). */
static bool trunk_area_code(const numshape *ns)
{
	return ns->ng == 1 && !ns->plus && ns->first == 0 && ns->g[0] >= 2 && ns->g[0] <= 5;
}

/* Digits of the number that starts at k, its groups parted by single
 * spaces, dots or hyphens. */
static size_t subscriber_digits(const char *s, size_t n, size_t k)
{
	size_t d = 0;
	while (k < n) {
		if (isdigit((unsigned char)s[k]))
			d++, k++;
		else if ((s[k] == ' ' || s[k] == '.' || s[k] == '-') && k + 1 < n && isdigit((unsigned char)s[k + 1]))
			k++;
		else
			break;
	}
	return d;
}

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
	} else if (s[j] == '(' && s[j + 1] == '+') {
		/* contacts.phone_paren_cc: the country code in parentheses
		 * ("(+33) 6 12 34 56 78", "(+351) 912345678"): a group of its
		 * own, then the national number */
		size_t k = j + 2;
		while (k < n && k < j + 6 && isdigit((unsigned char)s[k]))
			k++;
		if (k > j + 2 && k <= j + 5 && s[k] == ')' && space_at(s + k + 1)) {
			ns->plus = true;
			ns->ng = 1;
			ns->g[0] = k - (j + 2);
			ns->digits = ns->g[0];
			ns->first = s[j + 2] - '0';
			j = k + 1;
			while (space_at(s + j))
				j += space_at(s + j);
			last = k + 1;
			pending = ' ';
		}
	}
	while (j < n) {
		size_t dl, sl;
		int d = nz_digit_at(s + j, &dl);
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
			if (k == j || nz_digit_at(s + k, &dl) < 0)
				break;
			/* " / " or " - " with spaces on both sides joins two numbers,
			 * but for contacts.phone_trunk_spaced: an area code with its
			 * trunk "0" ("022", "0361") set off by a spaced hyphen from
			 * a subscriber number of six digits or more ("022 - 2266
			 * 0502", "0361 - 55 12 80"), as Indian and German letterheads
			 * print it */
			if (marks && spaces >= 2 && !(mark == '-' && marks == 1 && trunk_area_code(ns) &&
			                              subscriber_digits(s, n, k) >= 6))
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
		int d = nz_digit_at(s + st, &dl);
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
		if (nz_digit_at(s + j, &dl) >= 0) {
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

static bool find_phone(const char *s, size_t from, bool in_contact, bool alternatives, size_t *start, size_t *end);

/* contacts.phone_alternative: a number right after a phone and a word
 * of [phone_alternatives] ("+1 212 555 0100 or 555 0101", "01 23 45 67
 * 89 ou 01 23 45 67 90", "oder") is another number to call: a phone
 * too, though it lacks evidence of its own. The first must be a phone
 * by its own evidence (found without this rule, so a chain stays one
 * step long), ending right before the word. */
static bool alternative_before(const char *s, size_t at, bool in_contact)
{
	pm_lex_query q = {PM_LEX_PHONE_ALTERNATIVES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	pm_lex_match m;
	size_t p = at, w, k, st, s0, e0;
	while (p > 0 && s[p - 1] == ' ')
		p--;
	for (w = p; w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n' && p - w < 16;)
		w--;
	if (w == p || w == 0 || s[w - 1] != ' ' || !pm_lex_prefix(&q, s + w, p - w, &m) || m.len != p - w)
		return false;
	k = w;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k == 0 || !isdigit((unsigned char)s[k - 1]))
		return false;
	/* the number before: back over its figures and separators */
	for (st = k; st > 0 && k - st < 40 && strchr("0123456789 +-.()/", s[st - 1]);)
		st--;
	while (st < k && s[st] == ' ')
		st++;
	return find_phone(s, st, in_contact, false, &s0, &e0) && e0 == k;
}

bool rule_find_phone(const char *s, size_t from, bool in_contact, size_t *start, size_t *end)
{
	return find_phone(s, from, in_contact, true, start, end);
}

static bool find_phone(const char *s, size_t from, bool in_contact, bool alternatives, size_t *start, size_t *end)
{
	size_t n, i;
	if (!s)
		return false;
	/* what can open a number below: a digit (ASCII, or Arabic-Indic
	 * with its lead byte 0xD9 or 0xDB: nz_digit_at), '+' or '('; the
	 * other bytes are passed by table, without a call each */
	static const bool may_open[256] = {
		['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true, ['5'] = true,
		['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true, [0xD9] = true, [0xDB] = true,
		['+'] = true, ['('] = true};
	i = from;
	/* a line's numbers are found by calls from each end in turn: each
	 * reads only its window, never the whole rest of the line */
	while (s[i]) {
		size_t dl, k;
		if (!may_open[(unsigned char)s[i]]) {
			i++;
			continue;
		}
		unsigned char c = (unsigned char)s[i], p = i ? (unsigned char)s[i - 1] : ' ';
		numshape ns;
		bool evidence, label, glued = false;
		pm_date d;
		if (!(nz_digit_at(s + i, &dl) >= 0 || (c == '+' && s[i + 1] && (nz_digit_at(s + i + 1, &dl) >= 0 ||
		                                                             space_at(s + i + 1))) ||
		      (c == '(' && (nz_digit_at(s + i + 1, &dl) >= 0 || s[i + 1] == '+')))) {
			i++;
			continue;
		}
		if (i > 0 && (isdigit(p) || p == '/' || p == '-' || p == '.' || p == '#' || p == ',' ||
		              p == '_' || p == '=' || p == ':' || p == '&' || p == '?')) {
			/* "Tel.:0123..." and "T:+33..." are labels glued to it */
			if (!(p == ':' || p == '.') || !phone_label_before(s, i)) {
				i += nz_digit_at(s + i, &dl) >= 0 ? dl : 1;
				continue;
			}
		}
		/* contacts.phone_label.cjk: Chinese and Japanese glue the number
		 * to its label's full-width colon ("电话：0571-8765 4321",
		 * "TEL：045-123-4567"): a phone only with a label before it, as
		 * after ':', for a colon ends many a clause before a figure
		 * ("自4月1日起：…"); the ideographic space holds its own
		 * spacing ("電話\u3000045-…"): the number stands apart, as after
		 * a space */
		if (i >= 3 && !memcmp(s + i - 3, "\xEF\xBC\x9A", 3)) {
			if (!phone_label_before(s, i)) {
				i += nz_digit_at(s + i, &dl) >= 0 ? dl : 1;
				continue;
			}
		} else if (i > 0 && !(i >= 3 && !memcmp(s + i - 3, "\xE3\x80\x80", 3)) && (isalpha(p) || (p >= 0x80 && !(p == 0xA0 || p == 0xAF || p == 0x89)))) {
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
			while (nz_digit_at(s + i, &dl) >= 0 || s[i] == ' ' || s[i] == '.' || s[i] == '-' || s[i] == '/')
				i += nz_digit_at(s + i, &dl) >= 0 ? dl : 1;
			continue;
		}
		drop_lone_tail(s, &ns);
		label = phone_label_before(s, i) ||
		        (alternatives && ns.digits >= 6 && ns.ng >= 2 && alternative_before(s, i, in_contact));
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
			/* one long run of digits without a trunk 0: an id ... */
			if (ns.ng == 1 && !ns.plus && ns.first != 0 && !label)
				evidence = false;
			/* ... but for contacts.phone_bare: ten digits alone on
			 * their line in a contact block are a number of the
			 * ten-digit plans (NANP "8025550143", an Italian mobile
			 * "3471234567") */
			if (ns.ng == 1 && ns.digits == 10 && in_contact && (i == 0 || s[i - 1] == '\n') &&
			    (s[ns.end] == '\0' || s[ns.end] == '\n'))
				evidence = true;
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
			*end = extension_after(s, ns.end);
			return true;
		}
		i = ns.end > i ? ns.end : i + 1;
	}
	return false;
}
