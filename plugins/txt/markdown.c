/*
 * markdown.c - the txt plugin's Markdown: whether a text is Markdown at
 * all (its name, or enough of its syntax), its YAML front matter (read
 * as the file's properties), the block syntax the paragraph pass asks
 * about (headings, list markers, thematic breaks) and the inline syntax
 * rewritten so that markup never reaches the text (links kept as the
 * block's links).
 */
#define _GNU_SOURCE
#include "txt.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- Markdown inline ------------------------------------------------- */


static size_t entity(const char *p, char out[8])
{
	static const struct { const char *n; const char *v; } ents[] = {
		{"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"apos;", "'"},
		{"nbsp;", "\xC2\xA0"}, {"#39;", "'"}, {"rsquo;", "\xE2\x80\x99"},
		{"lsquo;", "\xE2\x80\x98"}, {"rdquo;", "\xE2\x80\x9D"}, {"ldquo;", "\xE2\x80\x9C"},
		{"ndash;", "\xE2\x80\x93"}, {"mdash;", "\xE2\x80\x94"}, {"hellip;", "\xE2\x80\xA6"},
		{"eacute;", "\xC3\xA9"}, {"egrave;", "\xC3\xA8"}, {"agrave;", "\xC3\xA0"},
		{"ccedil;", "\xC3\xA7"}, {"laquo;", "\xC2\xAB"}, {"raquo;", "\xC2\xBB"},
		{"copy;", "\xC2\xA9"}, {"reg;", "\xC2\xAE"}, {"euro;", "\xE2\x82\xAC"}};
	size_t i;
	if (p[0] == '#') {
		long cp;
		char *e;
		if (p[1] == 'x' || p[1] == 'X')
			cp = strtol(p + 2, &e, 16);
		else
			cp = strtol(p + 1, &e, 10);
		if (*e == ';' && e - p < 10 && cp > 0 && cp <= 0x10FFFF && pm_utf8_scalar((int32_t)cp)) {
			size_t l = pm_utf8_encode((int32_t)cp, out);
			out[l] = '\0';
			return (size_t)(e - p) + 1;
		}
		return 0;
	}
	for (i = 0; i < sizeof ents / sizeof ents[0]; i++) {
		size_t l = strlen(ents[i].n);
		if (!strncmp(p, ents[i].n, l)) {
			snprintf(out, 8, "%s", ents[i].v);
			return l;
		}
	}
	return 0;
}

/* Link text longer than this is no link text: the bound keeps a line of
 * unmatched '[' linear. */
#define MD_LINK_TEXT 4096

/* Find the matching ']' for '[' at p (nesting, escapes); NULL if none. */
static const char *close_bracket(const char *p, const char *end)
{
	int depth = 0;
	if (end - p > MD_LINK_TEXT)
		end = p + MD_LINK_TEXT;
	for (; p < end; p++) {
		if (*p == '\\' && p + 1 < end) {
			p++;
			continue;
		}
		if (*p == '[')
			depth++;
		else if (*p == ']' && --depth == 0)
			return p;
	}
	return NULL;
}

/* Bare web addresses are links as GitHub Flavored Markdown's extended
 * autolinks make them, and as mail readers and chat make them in plain
 * text: "http://", "https://" or "www." at the start of a word, up to
 * the next space or '<', without the trailing punctuation of the
 * sentence (".,:;!?'\"*_~") nor a closing ')' that has no '(' in the
 * address. At most 2,048 bytes. */
size_t txt_bare_url(const char *p, const char *end, char before)
{
	size_t n = (size_t)(end - p), l, open = 0, close = 0, k;
	/* the three openings below begin with 'h' or 'w', in either case */
	if (n < 5 || ((*p | 0x20) != 'h' && (*p | 0x20) != 'w'))
		return 0;
	if (isalnum((unsigned char)before) || before == '/' || before == '.' || before == '@' || before == ':')
		return 0;
	if (n > 8 && !strncasecmp(p, "https://", 8))
		l = 8;
	else if (n > 7 && !strncasecmp(p, "http://", 7))
		l = 7;
	else if (n > 4 && !strncasecmp(p, "www.", 4))
		l = 4;
	else
		return 0;
	if (!isalnum((unsigned char)p[l]) && !((unsigned char)p[l] & 0x80))
		return 0;
	while (l < n && l < 2048 && p[l] != ' ' && p[l] != '<' && p[l] != '\n' && p[l] != '\t' && p[l] != '"')
		l++;
	while (l > 0 && strchr(".,:;!?'*_~", p[l - 1]))
		l--;
	for (k = 0; k < l; k++)
		open += p[k] == '(', close += p[k] == ')';
	while (l > 0 && p[l - 1] == ')' && close > open) {
		l--;
		close--;
	}
	return l;
}

void txt_link(emitter *em, const char *url, size_t ul, const char *text, size_t tl)
{
	char u[2048];
	char *t = NULL;
	if (ul >= sizeof u)
		ul = sizeof u - 1;
	memcpy(u, url, ul);
	u[ul] = '\0';
	if (text && tl) {
		t = malloc(tl + 1);
		if (t) {
			memcpy(t, text, tl);
			t[tl] = '\0';
		}
	}
	if (!em->stop && pm_host_link_text(em->h, em->s, u, t))
		em->stop = true;
	free(t);
}

void txt_bare_urls(emitter *em, const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	while (p < end && !em->stop) {
		size_t l;
		if ((*p | 0x20) != 'h' && (*p | 0x20) != 'w') {
			p++; /* no address opens here (txt_bare_url) */
			continue;
		}
		l = txt_bare_url(p, end, p > s ? p[-1] : '\0');
		if (l) {
			txt_link(em, p, l, p, l);
			p += l;
		} else {
			p++;
		}
	}
}

static bool is_punct_or_space(char c)
{
	return c == '\0' || c == ' ' || c == '\n' || (ispunct((unsigned char)c) && c != '*' && c != '_');
}

/* ---- notes ------------------------------------------------------------ */

/* Footnotes as pandoc and GitHub write them: a reference "[^label]" in
 * the text, and somewhere a definition "[^label]: text" opening a line
 * (indented at most three spaces), its label without spaces or brackets. */
#define NOTE_LABEL_MAX 200

static size_t note_label_at(const char *s, size_t n)
{
	size_t k;
	if (n < 4 || s[0] != '[' || s[1] != '^')
		return 0;
	for (k = 2; k < n && k < NOTE_LABEL_MAX + 2; k++) {
		if (s[k] == ']')
			return k > 2 ? k - 2 : 0;
		if (s[k] == ' ' || s[k] == '\t' || s[k] == '[' || s[k] == '^')
			return 0;
	}
	return 0;
}

size_t txt_md_note_definition(const char *s, size_t n, size_t *skip)
{
	size_t l = note_label_at(s, n), k;
	if (!l || l + 3 >= n || s[l + 3] != ':')
		return 0;
	for (k = l + 4; k < n && s[k] == ' '; k++)
		;
	*skip = k;
	return l;
}

static int cmp_label(const void *a, const void *b)
{
	const note_label *x = a, *y = b;
	size_t m = x->n < y->n ? x->n : y->n;
	int c = memcmp(x->s, y->s, m);
	return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* Room for one more of n items of size bytes in *v (capacity *cap),
 * doubling it; false when memory ran out (*v kept). */
static bool md_grow(void **v, size_t *cap, size_t n, size_t size)
{
	void *nv;
	size_t nc;
	if (n < *cap)
		return true;
	nc = *cap ? *cap * 2 : 8;
	nv = realloc(*v, nc * size);
	if (!nv)
		return false;
	*v = nv;
	*cap = nc;
	return true;
}

void txt_md_note_labels(emitter *em, const line *L, size_t n, size_t start)
{
	size_t i, cap = 0, sk;
	for (i = start; i < n; i++) {
		const char *s = L[i].s + L[i].indent;
		size_t l;
		if (L[i].blank || L[i].indent > 3 || !(l = txt_md_note_definition(s, L[i].len - L[i].indent, &sk)))
			continue;
		if (!md_grow((void **)&em->notes, &cap, em->nnotes, sizeof *em->notes))
			break;
		em->notes[em->nnotes].s = s + 2;
		em->notes[em->nnotes].n = l;
		em->nnotes++;
	}
	if (em->nnotes > 1)
		qsort(em->notes, em->nnotes, sizeof *em->notes, cmp_label);
}

/* ---- reference links ---------------------------------------------------- */

/* Convention md.reference_links: CommonMark's link reference definition,
 * a line "[label]: url" (the url may stand in angle brackets, a title in
 * quotes or parentheses may follow) indented at most three spaces, is
 * never shown; the links that name its label ("[text][label]",
 * "[label][]", "[label]") link to its url. A note's definition ("[^1]:")
 * is no link's. */
bool txt_md_link_definition(const char *s, size_t n, link_def *d)
{
	size_t k = 1, u;
	if (n < 5 || s[0] != '[' || s[1] == '^' || s[1] == ']')
		return false;
	while (k < n && k < 1000 && s[k] != ']' && s[k] != '[')
		k++;
	if (k >= n || s[k] != ']' || k + 1 >= n || s[k + 1] != ':')
		return false;
	d->label = s + 1;
	d->ln = k - 1;
	for (k += 2; k < n && s[k] == ' '; k++)
		;
	if (k < n && s[k] == '<') {
		const char *gt = memchr(s + k, '>', n - k);
		if (!gt)
			return false;
		d->url = s + k + 1;
		d->ul = (size_t)(gt - s - k - 1);
		k = (size_t)(gt - s) + 1;
	} else {
		for (u = k; u < n && s[u] != ' '; u++)
			;
		d->url = s + k;
		d->ul = u - k;
		k = u;
	}
	if (!d->ul)
		return false;
	while (k < n && s[k] == ' ')
		k++;
	if (k == n)
		return true;
	/* only a title may follow: "title", 'title' or (title) */
	return (s[k] == '"' && s[n - 1] == '"' && n - k >= 2) || (s[k] == '\'' && s[n - 1] == '\'' && n - k >= 2) ||
	       (s[k] == '(' && s[n - 1] == ')');
}

void txt_md_link_defs(emitter *em, const line *L, size_t n, size_t start)
{
	size_t i, cap = 0;
	link_def d;
	for (i = start; i < n; i++) {
		if (L[i].blank || L[i].indent > 3 || !txt_md_link_definition(L[i].s + L[i].indent, L[i].len - L[i].indent, &d))
			continue;
		if (!md_grow((void **)&em->defs, &cap, em->ndefs, sizeof *em->defs))
			break;
		em->defs[em->ndefs++] = d;
	}
}

/* The definition whose label is s (n bytes; labels match without regard
 * to case, as CommonMark folds them), NULL when none. */
static const link_def *link_def_of(const emitter *em, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < em->ndefs; i++)
		if (em->defs[i].ln == n && !strncasecmp(em->defs[i].label, s, n))
			return &em->defs[i];
	return NULL;
}

/* Whether the document defines the note whose reference opens p: only
 * then is "[^x]" a note's mark and not text (a reference nothing defines
 * stays as written). */
static size_t note_reference(const emitter *em, const char *p, size_t n)
{
	note_label key;
	key.n = note_label_at(p, n);
	key.s = p + 2;
	if (!key.n || !em->nnotes || !bsearch(&key, em->notes, em->nnotes, sizeof *em->notes, cmp_label))
		return 0;
	return key.n + 3;
}

/* Whether txt_md_inline() copies c as it is without looking further: no
 * case of its loop opens with c (a bare URL's "h" or "w" opens one only
 * outside a link's text). Keep it in step with the loop's cases. */
static bool md_plain(char c, bool in_link)
{
	switch (c) {
	case '\\': case '!': case '[': case '<': case '&': case '`': case '*': case '_': case '~':
		return false;
	case 'h': case 'H': case 'w': case 'W':
		return in_link;
	default:
		return true;
	}
}

/* Rewrite one Markdown/HTML-flavoured line's inline syntax into out;
 * link targets are reported to the host. */
void txt_md_inline(emitter *em, const char *p, size_t n, pm_buf *out)
{
	const char *end = p + n, *q, *line_start = p;
	/* where a search for ')' or ']' to the end of the line failed: the
	 * searches from later places would fail too, so none is made again */
	const char *no_paren = end, *no_bracket = end;
	while (p < end) {
		char c = *p;
		/* md.escapes: "\*" is the character, no syntax */
		if (c == '\\' && p + 1 < end && ispunct((unsigned char)p[1])) {
			pm_buf_addc(out, p[1]);
			p += 2;
			continue;
		}
		if (c == '!' && p + 1 < end && p[1] == '[' && (q = close_bracket(p + 1, end)) &&
		    q + 1 < end && q[1] == '(') {
			const char *r = q + 2 < no_paren ? memchr(q + 2, ')', (size_t)(end - q - 2)) : NULL;
			if (!r && q + 2 < no_paren)
				no_paren = q + 2;
			if (r) {
				/* an image: its alt text is not the release's text. Alone
				 * on its line it is a figure whose caption is the alt text
				 * (pandoc's implicit figures); inline, one without */
				const char *a = p, *z = r + 1;
				while (a > line_start && a[-1] == ' ')
					a--;
				while (z < end && *z == ' ')
					z++;
				if (!em->in_link && a == line_start && z == end && q > p + 2) {
					pm_buf alt = {0};
					pm_buf_add(&alt, p + 2, (size_t)(q - p - 2));
					if (alt.data && !em->stop && pm_host_figure(em->h, em->s, alt.data))
						em->stop = true;
					pm_buf_free(&alt);
				} else if (!em->stop && pm_host_figure(em->h, em->s, NULL)) {
					em->stop = true;
				}
				p = r + 1;
				continue;
			}
		}
		if (c == '[' && p + 1 < end && p[1] == '^' && (q = p + note_reference(em, p, (size_t)(end - p))) > p) {
			/* a note's mark: the note is in the record's notes, its
			 * mark in no text (RECORD.md); the space before it goes
			 * too ("today [^1].") */
			while (out->len && out->data[out->len - 1] == ' ' &&
			       (q >= end || *q == ' ' || ispunct((unsigned char)*q)))
				out->data[--out->len] = '\0';
			p = q;
			continue;
		}
		if (c == '[' && (q = close_bracket(p, end))) {
			if (q + 1 < end && q[1] == '(') {
				const char *r = q + 2 < no_paren ? memchr(q + 2, ')', (size_t)(end - q - 2)) : NULL;
				if (!r && q + 2 < no_paren)
					no_paren = q + 2;
				if (r) {
					size_t ul = (size_t)(r - q - 2), from = out->len;
					const char *sp = memchr(q + 2, ' ', ul); /* [t](url "title") */
					if (sp)
						ul = (size_t)(sp - q - 2);
					em->in_link++;
					txt_md_inline(em, p + 1, (size_t)(q - p - 1), out);
					em->in_link--;
					txt_link(em, q + 2, ul, out->data ? out->data + from : NULL,
					         out->len > from ? out->len - from : 0);
					p = r + 1;
					continue;
				}
			}
			if (q + 1 < end && q[1] == '[') {
				const char *r = q + 2 < no_bracket ? memchr(q + 2, ']', (size_t)(end - q - 2)) : NULL;
				if (!r && q + 2 < no_bracket)
					no_bracket = q + 2;
				if (r) {
					/* md.reference_links: "[text][label]", "[label][]" */
					const link_def *d = r > q + 2 ? link_def_of(em, q + 2, (size_t)(r - q - 2))
					                              : link_def_of(em, p + 1, (size_t)(q - p - 1));
					size_t from = out->len;
					em->in_link += d != NULL;
					txt_md_inline(em, p + 1, (size_t)(q - p - 1), out);
					if (d) {
						em->in_link--;
						txt_link(em, d->url, d->ul, out->data ? out->data + from : NULL,
						         out->len > from ? out->len - from : 0);
					}
					p = r + 1;
					continue;
				}
			}
			if (em->ndefs && !em->in_link && (q + 1 >= end || (q[1] != '(' && q[1] != ':'))) {
				/* md.reference_links: a shortcut "[label]" */
				const link_def *d = link_def_of(em, p + 1, (size_t)(q - p - 1));
				if (d) {
					size_t from = out->len;
					em->in_link++;
					txt_md_inline(em, p + 1, (size_t)(q - p - 1), out);
					em->in_link--;
					txt_link(em, d->url, d->ul, out->data ? out->data + from : NULL,
					         out->len > from ? out->len - from : 0);
					p = q + 1;
					continue;
				}
			}
		}
		if (c == '<') {
			/* autolink <http://...> or <a@b>, else an HTML tag */
			/* only a '>' within 2048 bytes closes it: no search further */
			const char *r = memchr(p, '>', (size_t)(end - p) < 2048 ? (size_t)(end - p) : 2048);
			if (r) {
				size_t l = (size_t)(r - p - 1);
				if (l > 6 && (!strncmp(p + 1, "http", 4) || !strncmp(p + 1, "mailto:", 7) ||
				              (memchr(p + 1, '@', l) && !memchr(p + 1, ' ', l)))) {
					char url[2048];
					const char *shown;
					if (l >= sizeof url)
						l = sizeof url - 1;
					memcpy(url, p + 1, l);
					url[l] = '\0';
					shown = !strncmp(url, "mailto:", 7) ? url + 7 : url;
					pm_buf_add(out, shown, strlen(shown));
					txt_link(em, url, l, shown, strlen(shown));
					p = r + 1;
					continue;
				}
				if (l > 0 && (isalpha((unsigned char)p[1]) || p[1] == '/' || p[1] == '!')) {
					/* <br> breaks the line, not the paragraph: Markdown
					 * keeps it inside (CommonMark's hard line break) */
					if (!strncasecmp(p + 1, "br", 2) && (l == 2 || p[3] == '/' || p[3] == ' '))
						pm_buf_addc(out, ' ');
					else if (!strncasecmp(p + 1, "a ", 2)) {
						/* keep the href for contacts */
						const char *hr = memmem(p, (size_t)(r - p), "href=\"", 6);
						if (hr) {
							const char *he = memchr(hr + 6, '"', (size_t)(r - hr - 6));
							if (he && he - hr - 6 < 2000) {
								char url[2048];
								memcpy(url, hr + 6, (size_t)(he - hr - 6));
								url[he - hr - 6] = '\0';
								em->h->link(em->s, url);
							}
						}
					}
					p = r + 1;
					continue;
				}
			}
		}
		if (c == '&') {
			char ent[8];
			size_t l = entity(p + 1, ent);
			if (l) {
				pm_buf_add(out, ent, strlen(ent));
				p += 1 + l;
				continue;
			}
		}
		if (c == '`') {
			/* a code span (CommonMark): its content is literal, markup
			 * and tags included ("`<img>`"), without the backticks; a
			 * run that no run of the same length closes is dropped */
			const char *r = p, *c2;
			size_t k;
			while (r < end && *r == '`')
				r++;
			k = (size_t)(r - p);
			for (c2 = r; c2 < end; c2++) {
				const char *e2 = c2;
				if (*c2 != '`')
					continue;
				while (e2 < end && *e2 == '`')
					e2++;
				if ((size_t)(e2 - c2) == k)
					break;
				c2 = e2 - 1;
			}
			if (c2 < end) {
				/* in a table's cell a bar stays escaped even in code
				 * (GitHub Flavored Markdown's tables) */
				const char *x;
				for (x = r; x < c2; x++)
					if (!(em->in_table && *x == '\\' && x + 1 < c2 && x[1] == '|'))
						pm_buf_addc(out, *x);
				p = c2 + k;
			} else {
				p = r;
			}
			continue;
		}
		if (c == '*' || c == '_' || c == '~') {
			const char *r = p;
			char prev = out->len ? out->data[out->len - 1] : '\0';
			char next;
			while (r < end && *r == c)
				r++;
			next = r < end ? *r : '\0';
			/* A delimiter run touching a word on one side only is
			 * emphasis; "a * b", "snake_case" and "~5" stay. */
			if ((c == '_' && isalnum((unsigned char)prev) && isalnum((unsigned char)next)) ||
			    (c == '~' && r - p < 2) ||
			    (is_punct_or_space(prev) && (next == ' ' || next == '\0') && r - p == 1)) {
				pm_buf_add(out, p, (size_t)(r - p));
			}
			p = r;
			continue;
		}
		if (!em->in_link && (c == 'h' || c == 'H' || c == 'w' || c == 'W')) {
			size_t l = txt_bare_url(p, end, p > line_start ? p[-1] : '\0');
			if (l) {
				pm_buf_add(out, p, l);
				txt_link(em, p, l, p, l);
				p += l;
				continue;
			}
		}
		/* c is text, and so is every byte up to the next that one of
		 * the cases above looks at: the run goes over as it is, not a
		 * byte a turn */
		q = p + 1;
		while (q < end && md_plain(*q, em->in_link))
			q++;
		pm_buf_add(out, p, (size_t)(q - p));
		p = q;
	}
}

/* ---- Markdown detection and front matter ------------------------------ */

bool txt_md_list_marker(const char *s, size_t n, size_t *skip)
{
	size_t i = 0;
	/* "- FIN -" and "* * *" frame a mark; they are not list items */
	if (n >= 4 && (s[0] == '-' || s[0] == '*') && s[n - 1] == s[0] && s[n - 2] == ' ')
		return false;
	if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') {
		*skip = 2;
		return true;
	}
	/* "12. " numbers an item; "1938. It served" starts a sentence */
	while (i < n && i < 3 && isdigit((unsigned char)s[i]))
		i++;
	if (i < n && isdigit((unsigned char)s[i]))
		return false;
	if (i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') {
		*skip = i + 2;
		return true;
	}
	/* Typographic bullets in plain text: • ● ○ ■ ▪ ◦ ‣ ⁃ ➢ ✓, the Symbol
	 * font's private-use bullet, and Word's "o" for a second level. */
	{
		static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x97\x8F", "\xE2\x97\x8B",
		                                      "\xE2\x96\xA0", "\xE2\x96\xAA", "\xE2\x97\xA6",
		                                      "\xE2\x80\xA3", "\xE2\x81\x83", "\xE2\x9E\xA2",
		                                      "\xE2\x9C\x93", "\xEF\x82\xB7", "\xC2\xB7", NULL};
		size_t k;
		for (k = 0; bullets[k]; k++) {
			size_t bl = strlen(bullets[k]);
			if (n > bl + 1 && !strncmp(s, bullets[k], bl) && s[bl] == ' ') {
				*skip = bl + 1;
				while (*skip < n && s[*skip] == ' ')
					(*skip)++;
				return true;
			}
		}
		if (n > 3 && s[0] == 'o' && s[1] == ' ' && (isupper((unsigned char)s[2]) || isdigit((unsigned char)s[2]))) {
			*skip = 2;
			return true;
		}
	}
	return false;
}

bool txt_thematic_break(const char *s, size_t n)
{
	size_t i, k = 0;
	char c = 0;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ')
			continue;
		if (!c && (s[i] == '-' || s[i] == '*' || s[i] == '_'))
			c = s[i];
		if (s[i] != c)
			return false;
		k++;
	}
	return k >= 3;
}

int txt_atx_level(const char *s, size_t n, size_t *skip)
{
	size_t i = 0;
	while (i < n && s[i] == '#')
		i++;
	if (i >= 1 && i <= 6 && (i == n || s[i] == ' ')) {
		*skip = i < n ? i + 1 : i;
		return (int)i;
	}
	return 0;
}

bool txt_looks_markdown(const line *L, size_t n, const char *name)
{
	size_t i, signals = 0;
	size_t nl = name ? strlen(name) : 0;
	if ((nl > 3 && !strcasecmp(name + nl - 3, ".md")) ||
	    (nl > 9 && !strcasecmp(name + nl - 9, ".markdown")) ||
	    (nl > 6 && !strcasecmp(name + nl - 6, ".mdown")))
		return true;
	for (i = 0; i < n && i < 2000; i++) {
		size_t sk;
		const char *s = L[i].s + L[i].indent;
		size_t len = L[i].len - L[i].indent;
		if (L[i].blank)
			continue;
		if (txt_atx_level(s, len, &sk) && len > sk)
			signals += 2;
		if (memmem(s, len, "](", 2) && memchr(s, '[', len))
			signals += 2;
		if (len > 4 && !strncmp(s, "**", 2) && !strncmp(s + len - 2, "**", 2))
			signals++;
	}
	if (n > 0 && L[0].len == 3 && (!strncmp(L[0].s, "---", 3) || !strncmp(L[0].s, "+++", 3)))
		signals += 2;
	return signals >= 3;
}

/* Convention md.front_matter.scalars: a quoted scalar as YAML and TOML
 * write it, its quotes off. Double quotes take backslash escapes (\",
 * \\, \/, \t, \n and \uXXXX / \UXXXXXXXX; a line's break reads as a
 * space); in single quotes (YAML) a doubled quote is one ("'Orsett
 * Museum''s clocks'"); TOML's literal strings hold no quote to double.
 * In place: the text only shrinks. */
static void unquote(char *v)
{
	size_t l = strlen(v), r, w = 0;
	char q = l >= 2 ? v[0] : 0;
	if ((q != '"' && q != '\'') || v[l - 1] != q)
		return;
	for (r = 1; r + 1 < l; r++) {
		char c = v[r];
		if (q == '\'' && c == '\'' && r + 2 < l && v[r + 1] == '\'') {
			v[w++] = '\'';
			r++;
		} else if (q == '"' && c == '\\' && r + 2 < l) {
			char e = v[++r];
			if (e == 'u' || e == 'U') {
				size_t digits = e == 'u' ? 4 : 8, k;
				int32_t cp = 0;
				for (k = 0; k < digits && r + 1 + k + 1 < l && isxdigit((unsigned char)v[r + 1 + k]); k++)
					cp = cp * 16 + (isdigit((unsigned char)v[r + 1 + k]) ? v[r + 1 + k] - '0'
					                                                     : (tolower((unsigned char)v[r + 1 + k]) - 'a' + 10));
				if (k == digits && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) &&
				    digits + 2 >= (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4)) {
					char enc[4];
					size_t m = pm_utf8_encode(cp, enc);
					memcpy(v + w, enc, m); /* never longer than the escape it replaces */
					w += m;
					r += digits;
				} else {
					v[w++] = '\\';
					v[w++] = e;
				}
			} else {
				v[w++] = e == 't' || e == 'n' || e == 'r' ? ' ' : e;
			}
		} else {
			v[w++] = c;
		}
	}
	v[w] = '\0';
}

/* Front matter lists: a YAML sequence, in block form ("tags:" then
 * "- item" lines, indented or not) or flow form ("tags: [a, b]"), of
 * the keys that name a release's topics (Jekyll's and Hugo's `tags`,
 * `categories`, `keywords`; a single `category` is a list of one). */
enum { FM_ITEMS = 64, FM_ITEM = 512, FM_VALUE = 4096 };
typedef struct fm_list {
	char item[FM_ITEMS][FM_ITEM];
	size_t n;
} fm_list;

static void fm_add(fm_list *l, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n >= 2 && ((s[0] == '"' && s[n - 1] == '"') || (s[0] == '\'' && s[n - 1] == '\'')))
		s++, n -= 2;
	if (!n || n >= FM_ITEM || l->n >= FM_ITEMS)
		return;
	memcpy(l->item[l->n], s, n);
	l->item[l->n++][n] = '\0';
}

/* The items of a flow sequence "[a, "b, c", d]": commas inside quotes
 * belong to the item. */
static void fm_flow(fm_list *l, const char *v, size_t n)
{
	size_t i, start = 1;
	char q = 0;
	for (i = 1; i + 1 < n; i++) {
		if (q) {
			if (v[i] == q)
				q = 0;
		} else if (v[i] == '"' || v[i] == '\'') {
			q = v[i];
		} else if (v[i] == ',') {
			fm_add(l, v + start, i - start);
			start = i + 1;
		}
	}
	fm_add(l, v + start, n - 1 - start);
}

/* A YAML timestamp ("2024-02-06", "2024-02-06 15:47:00 +01:00",
 * "2024-02-06T15:47:00Z", YAML 1.1's timestamp type, which Jekyll and
 * Hugo front matter use) in ISO 8601: a space before the time becomes
 * "T", a zone "+01" or " +01:00" becomes "+01:00". false when v is no
 * timestamp; it is then kept as written. */
static bool fm_iso_date(const char *v, char *out, size_t cap)
{
	int y, mo, d, h = -1, mi = 0, se = 0, zh = 0, zm = 0, k = 0;
	char frac[16] = "", zs = 0;
	const char *p = v;
	if (sscanf(p, "%4d-%2d-%2d%n", &y, &mo, &d, &k) != 3 || k < 8 || !isdigit((unsigned char)p[0]) ||
	    p[4] != '-')
		return false;
	p += k;
	if (*p == 'T' || *p == 't' || *p == ' ' || *p == '\t') {
		const char *t = p + 1;
		while (*t == ' ' || *t == '\t')
			t++;
		if (sscanf(t, "%2d:%2d:%2d%n", &h, &mi, &se, &k) == 3) {
			p = t + k;
			if (*p == '.') {
				size_t f = 0;
				p++;
				while (isdigit((unsigned char)*p) && f + 1 < sizeof frac)
					frac[f++] = *p++;
				frac[f] = '\0';
				while (isdigit((unsigned char)*p))
					p++;
			}
			while (*p == ' ' || *p == '\t')
				p++;
			if (*p == 'Z' || *p == 'z') {
				zs = 'Z';
				p++;
			} else if ((*p == '+' || *p == '-') && isdigit((unsigned char)p[1])) {
				zs = *p++;
				zh = *p++ - '0';
				if (isdigit((unsigned char)*p))
					zh = zh * 10 + (*p++ - '0');
				if (*p == ':' && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2])) {
					zm = (p[1] - '0') * 10 + (p[2] - '0');
					p += 3;
				}
			}
		}
	}
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p || y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi < 0 || mi > 59 || se < 0 ||
	    se > 60 || zh > 23 || zm > 59)
		return false;
	if (h < 0)
		snprintf(out, cap, "%04d-%02d-%02d", y, mo, d);
	else if (!zs)
		snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d%s%s", y, mo, d, h, mi, se, *frac ? "." : "", frac);
	else if (zs == 'Z')
		snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d%s%sZ", y, mo, d, h, mi, se, *frac ? "." : "", frac);
	else
		snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d%s%s%c%02d:%02d", y, mo, d, h, mi, se,
		         *frac ? "." : "", frac, zs, zh, zm);
	return true;
}

/* The list a key holds: its flow sequence, its block sequence (the
 * "- item" lines after it, up to the next key), or its one scalar.
 * *next: the first line after the value. */
static void fm_read_list(fm_list *l, const char *val, const line *L, size_t k, size_t end, size_t *next)
{
	size_t vl = strlen(val), j = k + 1;
	*next = j;
	if (vl >= 2 && val[0] == '[' && val[vl - 1] == ']') {
		fm_flow(l, val, vl);
		return;
	}
	if (vl) {
		fm_add(l, val, vl);
		return;
	}
	for (; j < end; j++) {
		const char *s = L[j].s + L[j].indent;
		size_t n = L[j].len - L[j].indent;
		if (L[j].blank)
			continue;
		if (n >= 1 && s[0] == '-' && (n == 1 || s[1] == ' '))
			fm_add(l, s + 1, n - 1);
		else
			break;
	}
	*next = j;
}

/* YAML front matter (TOML's too): top-level "key: scalar" lines, and the lists of the
 * keys that name topics (fm_list). The lists are given after every
 * other key, so that the keys record 1.0 had come first (docs/record.md,
 * `source.properties`). */
size_t txt_front_matter(emitter *em, const line *L, size_t n)
{
	size_t i;
	/* md.front_matter.toml: Hugo's and Zola's TOML front matter between
	 * "+++" lines, "key = value" (a string quoted, a date bare, a list
	 * in brackets), read with the same keys as YAML's */
	bool toml = n >= 2 && L[0].len == 3 && !strncmp(L[0].s, "+++", 3);
	char sep = toml ? '=' : ':';
	if (n < 2 || L[0].len != 3 || (strncmp(L[0].s, "---", 3) && !toml))
		return 0;
	for (i = 1; i < n && i < 500; i++) {
		if (L[i].len == 3 && (toml ? !strncmp(L[i].s, "+++", 3)
		                          : (!strncmp(L[i].s, "---", 3) || !strncmp(L[i].s, "...", 3)))) {
			/* cats only when the lists were allocated: lists + 1 on
			 * NULL is undefined behaviour (C11 6.5.6), even unused */
			fm_list *lists = calloc(2, sizeof *lists), *tags = lists, *cats = lists ? lists + 1 : NULL;
			char subtitle[FM_VALUE] = ""; /* a whole value: a deck is never cut */
			bool have_keywords = false;
			size_t k, t;
			for (k = 1; k < i; k++) {
				char key[64], val[FM_VALUE];
				const char *c = memchr(L[k].s, sep, L[k].len), *ks;
				size_t kl, vl;
				if (!c || L[k].indent || L[k].s[0] == '#' || L[k].s[0] == '-')
					continue;
				kl = (size_t)(c - L[k].s);
				ks = L[k].s;
				while (toml && kl && ks[kl - 1] == ' ')
					kl--; /* "title = …" */
				if (toml && kl >= 2 && (ks[0] == '"' || ks[0] == '\'') && ks[kl - 1] == ks[0])
					ks++, kl -= 2; /* a quoted key */
				if (kl == 0 || kl >= sizeof key)
					continue;
				memcpy(key, ks, kl);
				key[kl] = '\0';
				c++;
				while (*c == ' ')
					c++;
				vl = L[k].len - (size_t)(c - L[k].s);
				if (vl >= sizeof val)
					continue;
				memcpy(val, c, vl);
				val[vl] = '\0';
				if (vl && val[0] == '[' && val[vl - 1] != ']') {
					/* a flow sequence or a TOML array over lines:
					 * its lines up to the one closing the bracket */
					size_t j = k + 1;
					while (j < i && vl + L[j].len + 2 < sizeof val && val[vl - 1] != ']') {
						if (!L[j].blank) {
							val[vl++] = ' ';
							memcpy(val + vl, L[j].s + L[j].indent, L[j].len - L[j].indent);
							vl += L[j].len - L[j].indent;
							val[vl] = '\0';
						}
						j++;
					}
					if (val[vl - 1] == ']')
						k = j - 1;
				}
				if (lists && (!strcasecmp(key, "tags") || !strcasecmp(key, "keywords") ||
				              !strcasecmp(key, "categories") || !strcasecmp(key, "category"))) {
					bool is_tags = !strcasecmp(key, "tags") || !strcasecmp(key, "keywords");
					fm_list *l = is_tags ? tags : cats;
					size_t first = l->n, next;
					bool list = !vl || (vl >= 2 && val[0] == '[' && val[vl - 1] == ']');
					if (list || is_tags) {
						fm_read_list(l, val, L, k, i, &next);
					} else {
						unquote(val);
						fm_add(l, val, strlen(val));
						next = k + 1;
					}
					/* keywords stay one string, as in record 1.0 (the
					 * first such key): a list's items joined by ", " */
					if (is_tags && !have_keywords && l->n > first) {
						char kw[4096];
						size_t o = 0;
						for (t = first; t < l->n && o < sizeof kw; t++)
							o += (size_t)snprintf(kw + o, sizeof kw - o, "%s%s", o ? ", " : "", l->item[t]);
						em->h->property(em->s, "keywords", kw);
						have_keywords = true;
					}
					k = next - 1;
					continue;
				}
				/* folded and block scalars ("title: >-", or a value
				 * continued on indented lines) join their lines */
				{
					size_t j = k + 1, vlen = vl;
					bool block = !strcmp(val, ">") || !strcmp(val, ">-") || !strcmp(val, "|") ||
					             !strcmp(val, "|-");
					if (block)
						vlen = 0, val[0] = '\0';
					while (j < i && L[j].indent > 0 && !L[j].blank && vlen + L[j].len + 2 < sizeof val) {
						if (vlen)
							val[vlen++] = ' ';
						memcpy(val + vlen, L[j].s + L[j].indent, L[j].len - L[j].indent);
						vlen += L[j].len - L[j].indent;
						val[vlen] = '\0';
						j++;
					}
				}
				unquote(val);
				if (!strcasecmp(key, "title")) {
					em->h->property(em->s, "title", val);
				} else if (!strcasecmp(key, "date") || !strcasecmp(key, "published") ||
				           !strcasecmp(key, "pubDate")) {
					char iso[128]; /* the longest timestamp fm_iso_date writes is 73 bytes */
					em->h->property(em->s, "date", fm_iso_date(val, iso, sizeof iso) ? iso : val);
				} else if (!strcasecmp(key, "author")) {
					em->h->property(em->s, "author", val);
				} else if (!strcasecmp(key, "subtitle") || !strcasecmp(key, "subheadline") ||
				           !strcasecmp(key, "subheading") || !strcasecmp(key, "deck")) {
					/* headline.front_matter.subtitle: the title's deck,
					 * given after the keys record 1.0 had */
					if (!*subtitle)
						snprintf(subtitle, sizeof subtitle, "%s", val);
				} else if (!strcasecmp(key, "description") || !strcasecmp(key, "summary")) {
					em->h->property(em->s, "subject", val);
				} else if (!strcasecmp(key, "lang") || !strcasecmp(key, "language")) {
					em->h->property(em->s, "language", val);
				}
			}
			if (*subtitle)
				em->h->property(em->s, "subtitle", subtitle);
			for (t = 0; lists && t < tags->n; t++)
				em->h->property(em->s, "tags", tags->item[t]);
			for (t = 0; lists && t < cats->n; t++)
				em->h->property(em->s, "categories", cats->item[t]);
			free(lists);
			return i + 1;
		}
	}
	return 0;
}

