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

/* The domains the document's text writes, counted once for all the
 * candidates (a scan of many contact lines has many): every run of
 * domain characters after an '@', a '.' or a '/' (an address's or a web
 * address's domain, or its tail after a dot), cut at each label's end.
 * Built when a candidate first asks, built again after a block's '@'
 * comes back, since a repaired address is evidence for the next. */
typedef struct {
	pm_strmap m;
	bool built, failed;
} written_domains;

static bool domain_byte(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.';
}

static void count_domain(written_domains *w, const char *p, size_t n)
{
	size_t *c = pm_strmap_add(&w->m, p, n);
	if (c)
		(*c)++;
	else
		w->failed = true;
}

static void index_domains(const pm_doc *d, written_domains *w)
{
	size_t i;
	for (i = 0; i < d->nblocks && !w->failed; i++) {
		const char *t = d->blocks[i].text, *p;
		for (p = t ? t + 1 : NULL; p && *p && !w->failed; p++) {
			size_t q;
			if (p[-1] != '@' && p[-1] != '.' && p[-1] != '/')
				continue;
			/* the run up to each dot in it, and the whole run: where
			 * a domain can end (no letter, digit or '-' after it) */
			for (q = 0; domain_byte((unsigned char)p[q]); q++)
				if (q && p[q] == '.')
					count_domain(w, p, q);
			if (q)
				count_domain(w, p, q);
		}
	}
	w->built = true;
}

/* Whether the domain (n bytes) is written in the document's text other
 * than at the address being repaired (at): as an address's or a web
 * address's domain. */
static bool domain_elsewhere(const pm_doc *d, written_domains *w, const char *dom, size_t n, const char *at)
{
	const size_t *seen;
	if (!w->built)
		index_domains(d, w);
	if (w->failed || !(seen = pm_strmap_get(&w->m, dom, n)))
		return false;
	/* the address itself counts when its sign ends with '@' ("(@") */
	return *seen > (at[-1] == '@' || at[-1] == '.' || at[-1] == '/' ? 1u : 0u);
}

/* The block's text with its misread signs turned back into '@', or NULL
 * when nothing was; *n counts the addresses. */
static char *repair_text(const pm_doc *d, written_domains *w, const char *s, unsigned long *n)
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
				    !domain_elsewhere(d, w, s + i + g, dl, s + i + g))
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
				if (!pm_lex_has(PM_LEX_EMAIL_TLDS, top) && !domain_elsewhere(d, w, s + i + g, dl, s + i + g))
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
	written_domains w = {0};
	for (i = 0; i < d->nblocks; i++) {
		pm_block *b = &d->blocks[i];
		char *r;
		if (!(b->flags & PM_BF_RECOGNISED) || !b->text)
			continue;
		if ((r = repair_text(d, &w, b->text, &n))) {
			free(b->text);
			b->text = r;
			/* the repaired address is written now */
			pm_strmap_free(&w.m);
			memset(&w, 0, sizeof w);
		}
	}
	pm_strmap_free(&w.m);
	if (n)
		pm_doc_repaired(d, "ocr_at_sign", n);
}
