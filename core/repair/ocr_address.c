/*
 * ocr_address.c - repair ocr_at_sign (repair.c runs it, pm_repair): an
 * e-mail address in text recognised from a page image (a scan's OCR text
 * layer, or OCR; the plugin flags such blocks PM_BF_RECOGNISED) whose '@'
 * the recognition misread as "(D", "(@", "@)", "©", "®" or "Q"
 * ("imprensa(Daltoribeiral.example", "pressQpenhallow.example") gets its
 * '@' back, so that the contacts stage finds the address. Only with
 * evidence from the document: the same domain written elsewhere in it, or,
 * for the signs no address holds (not "Q", a letter), a local part and a
 * domain whose top-level label the lexicon knows ([email_tlds]). Text a
 * person or a program typed (DOCX, plain text, a born-digital PDF) is
 * never changed.
 */
#include "repair.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* What the recognition reads for '@', longest first; strong: no address
 * holds it, so a known top-level domain is evidence enough. */
static const struct {
	const char *s;
	bool strong;
} misreads[] = {
	{"(@", true}, {"@)", true}, {"(D", true}, {"\xC2\xA9", true}, {"\xC2\xAE", true}, {"Q", false},
};

static bool local_char(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* The domain at s: labels of letters, digits and '-' joined by '.', two
 * labels at least, the last of letters only; its length, or 0. *tld is
 * where the last label starts. */
static size_t domain_at(const char *s, size_t *tld)
{
	size_t i = 0, dots = 0, last = 0;
	for (;;) {
		size_t st = i;
		while (isalnum((unsigned char)s[i]) || s[i] == '-')
			i++;
		if (i == st)
			return 0;
		last = st;
		if (s[i] == '.' && isalnum((unsigned char)s[i + 1])) {
			dots++;
			i++;
			continue;
		}
		break;
	}
	if (!dots || i - last < 2)
		return 0;
	for (; last < i; last++)
		if (!isalpha((unsigned char)s[last]))
			return 0;
	*tld = i;
	/* an address ends at a space, the text's end or a mark; a letter or
	 * a digit glued on is something else */
	return s[i] == '\0' || s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || strchr(".,;:)>]\"'", s[i]) ? i : 0;
}

/* Whether the domain (n bytes) is written in the document's text other
 * than at the address being repaired (at): as an address's or a web
 * address's domain. */
static bool domain_elsewhere(const pm_doc *d, const char *dom, size_t n, const char *at)
{
	size_t i;
	bool seen = false;
	/* dom runs on into the rest of its text: the search needs the
	 * domain alone */
	char *name = pm_strndup(dom, n);
	if (!name)
		return false;
	for (i = 0; i < d->nblocks && !seen; i++) {
		const char *t = d->blocks[i].text, *p;
		for (p = t; p && !seen && (p = strstr(p, name)); p++)
			seen = p != at && p > t && (p[-1] == '@' || p[-1] == '.' || p[-1] == '/') &&
			       !isalnum((unsigned char)p[n]) && p[n] != '-';
	}
	free(name);
	return seen;
}

/* The block's text with its misread signs turned back into '@', or NULL
 * when nothing was; *n counts the addresses. */
static char *repair_text(const pm_doc *d, const char *s, unsigned long *n)
{
	pm_buf o;
	size_t i = 0, done = 0, k;
	bool any = false;
	pm_buf_init(&o);
	while (s[i]) {
		for (k = 0; k < sizeof misreads / sizeof misreads[0]; k++) {
			size_t g = strlen(misreads[k].s), a = i, dl, tld = 0;
			if (strncmp(s + i, misreads[k].s, g))
				continue;
			/* the local part: address characters back to a space or
			 * the text's start, ending in a letter or a digit */
			while (a > 0 && local_char((unsigned char)s[a - 1]))
				a--;
			if (a == i || !isalnum((unsigned char)s[i - 1]) || memchr(s + a, '@', i - a) ||
			    (a > 0 && !strchr(" \n\r(<:;,\"'", s[a - 1])))
				continue;
			dl = domain_at(s + i + g, &tld);
			if (!dl)
				continue;
			if (!misreads[k].strong) {
				/* a capital Q between lower-case letters, and the
				 * domain written elsewhere */
				if (!islower((unsigned char)s[i - 1]) || !islower((unsigned char)s[i + g]) ||
				    !domain_elsewhere(d, s + i + g, dl, s + i + g))
					continue;
			} else {
				char top[32];
				size_t st = tld, j;
				while (st > 0 && s[i + g + st - 1] != '.')
					st--;
				if (tld - st >= sizeof top)
					continue;
				for (j = st; j < tld; j++)
					top[j - st] = (char)tolower((unsigned char)s[i + g + j]);
				top[tld - st] = '\0';
				if (!pm_lex_has(PM_LEX_EMAIL_TLDS, top) && !domain_elsewhere(d, s + i + g, dl, s + i + g))
					continue;
			}
			pm_buf_add(&o, s + done, i - done);
			pm_buf_addc(&o, '@');
			i += g;
			done = i;
			any = true;
			(*n)++;
			break;
		}
		if (k == sizeof misreads / sizeof misreads[0])
			i++;
	}
	if (!any) {
		pm_buf_free(&o);
		return NULL;
	}
	pm_buf_add(&o, s + done, strlen(s + done));
	return pm_buf_steal(&o);
}

void pm_ocr_addresses(pm_doc *d)
{
	size_t i;
	unsigned long n = 0;
	for (i = 0; i < d->nblocks; i++) {
		pm_block *b = &d->blocks[i];
		char *r;
		if (!(b->flags & PM_BF_RECOGNISED) || !b->text)
			continue;
		if ((r = repair_text(d, b->text, &n))) {
			free(b->text);
			b->text = r;
		}
	}
	if (n)
		pm_doc_repaired(d, "ocr_at_sign", n);
}
