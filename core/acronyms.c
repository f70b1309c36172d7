/*
 * acronyms.c - acronyms the text defines, either way round: "Long Form
 * (ACR)" and "ACR (Long Form)", found with Schwartz and Hearst's rule (the
 * acronym's letters, in order, in the words before it, the first letter
 * opening a word), in the headline, the body and the About sections.
 */
#include "rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- acronyms ---------------------------------------------------------- */

static bool acronym_ok(const char *s, size_t n)
{
	size_t i, up = 0;
	if (n < 2 || n > 12)
		return false;
	if (!isupper((unsigned char)s[0]) && (unsigned char)s[0] < 0x80)
		return false;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isupper(c))
			up++;
		else if (!(islower(c) || isdigit(c) || c == '&' || c == '-' || c >= 0x80))
			return false;
	}
	return up >= 2 && up * 2 >= n;
}

static unsigned char lc(unsigned char c)
{
	return (unsigned char)tolower(c);
}

/* A word starts at i: after a space, punctuation or an apostrophe ("l'Agence"). */
static bool word_boundary_before(const char *t, size_t i)
{
	unsigned char p = (unsigned char)t[i - 1];
	if (i >= 3 && (unsigned char)t[i - 3] == 0xE2 && (unsigned char)t[i - 2] == 0x80 &&
	    (p == 0x99 || p == 0x98))
		return true;
	if (p & 0x80)
		return false;
	return !isalnum(p);
}

/* Schwartz & Hearst: the shortest run of words before the parenthesis
 * whose letters spell the acronym in order, its first letter opening the
 * first word. Returns the byte offset where the long form starts, or -1. */
static long long_form_before(const char *t, size_t end, const char *ac, size_t al)
{
	long si = (long)al - 1, li = (long)end - 1;
	size_t words = 0, maxw = al + 5 < al * 2 ? al + 5 : al * 2;
	while (si >= 0) {
		unsigned char c = lc((unsigned char)ac[si]);
		if (!isalnum(c)) {
			si--;
			continue;
		}
		while (li >= 0 && (lc((unsigned char)t[li]) != c ||
		                   (si == 0 && li > 0 && !word_boundary_before(t, (size_t)li)))) {
			if (t[li] == ' ')
				words++;
			if (words > maxw || t[li] == '(' || t[li] == ')' || t[li] == '.' || t[li] == ';')
				return -1;
			li--;
		}
		if (li < 0)
			return -1;
		li--;
		si--;
	}
	return li + 1;
}

static bool acr_seen(json_t *arr, const char *s)
{
	size_t i;
	for (i = 0; i < json_array_size(arr); i++)
		if (!strcmp(json_string_value(json_object_get(json_array_get(arr, i), "short")), s))
			return true;
	return false;
}

static void add_acronym(json_t *arr, const char *s, size_t sl, const char *l, size_t ll)
{
	char *sh = pm_strndup(s, sl), *lo = nz_trim(l, ll, ",:");
	if (sh && lo && nz_words(lo) >= 2 && !acr_seen(arr, sh)) {
		json_t *o = json_object();
		json_object_set_new(o, "short", json_string(sh));
		json_object_set_new(o, "long", json_string(lo));
		json_array_append_new(arr, o);
	}
	free(sh);
	free(lo);
}

/* First letters of the words of a long form, case-insensitively, match the
 * acronym's capitals (small words may be skipped). */
static bool initials_match(const char *l, size_t ll, const char *ac, size_t al)
{
	char tmp[600];
	long r;
	if (ll >= sizeof tmp - 1)
		return false;
	memcpy(tmp, l, ll);
	tmp[ll] = '\0';
	r = long_form_before(tmp, ll, ac, al);
	return r == 0;
}

static void acronyms_in(json_t *arr, const char *t)
{
	const char *p = t;
	while ((p = strchr(p, '('))) {
		const char *e = strchr(p + 1, ')');
		size_t al;
		if (!e)
			break;
		al = (size_t)(e - p - 1);
		if (acronym_ok(p + 1, al)) {
			/* "Long Form (ACR)" */
			size_t end = (size_t)(p - t);
			long st;
			while (end > 0 && t[end - 1] == ' ')
				end--;
			st = long_form_before(t, end, p + 1, al);
			if (st >= 0)
				add_acronym(arr, p + 1, al, t + st, end - (size_t)st);
		} else if (al > 5 && al < 300) {
			/* "ACR (Long Form)" */
			size_t end = (size_t)(p - t), st;
			while (end > 0 && t[end - 1] == ' ')
				end--;
			st = end;
			while (st > 0 && t[st - 1] != ' ' && t[st - 1] != '(' && t[st - 1] != '\'' &&
			       !(st >= 3 && !memcmp(t + st - 3, "\xE2\x80\x99", 3)))
				st--;
			if (end > st && acronym_ok(t + st, end - st) &&
			    initials_match(p + 1, al, t + st, end - st))
				add_acronym(arr, t + st, end - st, p + 1, al);
		}
		p = e + 1;
	}
}

void rule_acronyms(nz *z)
{
	json_t *arr = json_object_get(z->rec, "acronyms");
	size_t i;
	const char *h = json_string_value(json_object_get(z->rec, "headline"));
	json_t *about = json_object_get(z->rec, "about");
	if (h)
		acronyms_in(arr, h);
	for (i = 0; i < z->n; i++)
		if (z->b[i]->part == PM_PART_BODY && z->b[i]->text)
			acronyms_in(arr, z->b[i]->text);
	for (i = 0; i < json_array_size(about); i++) {
		json_t *ps = json_object_get(json_array_get(about, i), "paragraphs");
		size_t k;
		for (k = 0; k < json_array_size(ps); k++)
			acronyms_in(arr, json_string_value(json_array_get(ps, k)));
	}
}

