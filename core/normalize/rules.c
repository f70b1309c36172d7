/*
 * rules.c - the text rules of the normaliser: end marks, release lines and
 * embargoes, headings of "About" and contact sections, rubric tags,
 * datelines, bylines and signatures, closing dates, scraper junk,
 * acronyms and quotes. The words they recognise are the lexicon's
 * (core/lexicon/, looked up with pm_lex_*); a rule holds only its logic
 * and never depends on one document's wording.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- end marks -------------------------------------------------------- */

bool rule_end_mark_text(const char *t)
{
	char *m = rule_end_mark(t);
	free(m);
	return m != NULL;
}

char *rule_end_mark(const char *t)
{
	pm_lex_query q = {PM_LEX_END_MARKS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t n, a = 0, b, i;
	if (!t)
		return NULL;
	n = strlen(t);
	if (n == 0 || strchr(t, '\n'))
		return NULL;
	/* A wire's closing line, its mark in capitals then the issuer's name
	 * ("SOURCE Tallgrass Robotics", "FUENTE Ayuntamiento de Lora"): the
	 * name, a few words opening with a capital, is no sentence. */
	if (n <= 90) {
		pm_lex_query qn = {PM_LEX_END_MARKS, PM_LEX_ALL_LANGS, PM_LEX_TAG(NAME_FOLLOWS), 0, 0};
		if (pm_lex_prefix(&qn, t, n, &m) && t[m.len] == ' ' && t[m.len + 1] && !strchr(t, ':') &&
		    pm_cp_is_upper(nz_first_cp(t + m.len + 1)) && nz_words(t + m.len + 1) <= 8 &&
		    !nz_ends_sentence(t)) {
			for (i = 0; i < m.len && !islower((unsigned char)t[i]); i++)
				;
			if (i == m.len)
				return pm_strdup(t);
		}
	}
	if (n > 40)
		return NULL;
	b = n;
	/* strip the dashes, stars and spaces that frame the mark;
	 * closing.end_mark.guillemets: French frames it in guillemets too,
	 * with the no-break spaces its typography puts inside them
	 * ("« Fin »", "«FIN»") */
	for (;;) {
		if (a < b && (t[a] == ' ' || t[a] == '-' || t[a] == '*' || t[a] == '=' || t[a] == '[' || t[a] == '(')) { a++; continue; }
		if (b - a >= 3 && (!memcmp(t + a, "\xE2\x80\x93", 3) || !memcmp(t + a, "\xE2\x80\x94", 3) ||
		                   !memcmp(t + a, "\xE2\x80\xAF", 3))) { a += 3; continue; }
		if (b - a >= 2 && (!memcmp(t + a, "\xC2\xAB", 2) || !memcmp(t + a, "\xC2\xA0", 2))) { a += 2; continue; }
		break;
	}
	for (;;) {
		if (b > a && (t[b - 1] == ' ' || t[b - 1] == '-' || t[b - 1] == '*' || t[b - 1] == '=' || t[b - 1] == '.' || t[b - 1] == ']' || t[b - 1] == ')')) { b--; continue; }
		if (b - a >= 3 && (!memcmp(t + b - 3, "\xE2\x80\x93", 3) || !memcmp(t + b - 3, "\xE2\x80\x94", 3) ||
		                   !memcmp(t + b - 3, "\xE2\x80\xAF", 3))) { b -= 3; continue; }
		if (b - a >= 2 && (!memcmp(t + b - 2, "\xC2\xBB", 2) || !memcmp(t + b - 2, "\xC2\xA0", 2))) { b -= 2; continue; }
		break;
	}
	if (a == b)
		return NULL;
	/* closing.end_mark.numbered: a disclosure service numbers the notice
	 * after its mark ("Fine Comunicato n.2417-38", "Fin du communiqué
	 * n° 12"): a reference of [number_references], then figures, ends
	 * the line; the mark is what stands before the reference */
	{
		const char *e = t + b, *sp = e, *ws;
		pm_lex_query ref = {PM_LEX_NUMBER_REFERENCES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
		pm_lex_match rm;
		while (sp > t + a && *sp != ' ')
			sp--;
		ws = sp;
		/* "n° 12": the figures are a word of their own; the reference
		 * is the word before them */
		if (sp > t + a && strspn(sp + 1, "0123456789-/.") >= (size_t)(e - sp - 1) && isdigit((unsigned char)sp[1]))
			for (ws = sp - 1; ws > t + a && *ws != ' '; ws--)
				;
		if (ws > t + a && pm_lex_prefix(&ref, ws + 1, (size_t)(e - ws - 1), &rm)) {
			const char *d = ws + 1 + rm.len;
			while (d < e && *d == ' ')
				d++;
			if (d < e && isdigit((unsigned char)*d) && strspn(d, "0123456789-/.") >= (size_t)(e - d))
				b = (size_t)(ws - t);
		}
	}
	/* the mark: the whole of what the frame holds, in [end_marks] */
	if (!pm_lex_word(&q, t + a, b - a, &m) || (m.entry.tags & PM_LEX_TAG(NAME_FOLLOWS)))
		return NULL;
	/* "30" only framed by dashes: "-30-" */
	if ((m.entry.tags & PM_LEX_TAG(FRAMED)) && a == 0)
		return NULL;
	/* a word mark must be written in capitals or framed; a phrase of
	 * several words alone on its line is a mark in any case
	 * (closing.end_mark.phrase: "Ende der Insiderinformation", "Fine
	 * del comunicato"): no sentence of a release is that phrase alone */
	if (isalpha((unsigned char)m.entry.text[0]) && !strchr(m.entry.text, ' ')) {
		bool framed = a > 0 || b < n, caps = true;
		for (i = a; i < b; i++)
			if (islower((unsigned char)t[i]))
				caps = false;
		if (!framed && !caps)
			return NULL;
	}
	return pm_strdup(t);
}

/* ---- release line ------------------------------------------------------ */

/* After a release phrase, a separator and the title on the same line
 * (convention headline.release_line.same_line: "PRESS RELEASE: Harbour
 * opens", "Communiqué de presse – La ville rénove…", "بيان صحفي: …"):
 * where the title starts, or 0. The rest must read as a title (three
 * words or more, a capital or an uncased script first) and hold no date,
 * which would make it the release's date or embargo. */
/* Convention headline.release_line.merged: what opens the rest of a
 * line after a release phrase in capitals reads as a title in mixed
 * case: a capital first, and a small letter in its first two words
 * ("Harwick Museum …", "A Câmara de …", "L'usine …"), where more
 * capitals would be the release line's own words. */
static bool title_case_start(const char *s, size_t n)
{
	size_t k, words = 1;
	if (!pm_cp_is_upper(nz_first_cp(s)))
		return false;
	for (k = 0; k < n && words <= 2; k++) {
		if (s[k] == ' ')
			words++;
		else if (islower((unsigned char)s[k]) || (unsigned char)s[k] >= 0xC3) {
			int32_t c;
			pm_utf8_decode((const unsigned char *)s + k, n - k, &c);
			if (pm_cp_is_lower(c))
				return true;
		}
	}
	return false;
}

/* A letter of a script without case (Arabic, Hebrew): neither capital
 * nor small, and no Han or kana, which headline.release_line.cjk reads. */
static bool uncased_letter(int32_t c)
{
	return c >= 0x80 && pm_cp_is_letter(c) && !pm_cp_is_upper(c) && !pm_cp_is_lower(c) && !nz_cjk_cp(c);
}

/* Convention headline.release_line.merged.uncased: in a script without
 * capitals, the release phrase and the title on one line with no
 * separator ("بيان صحفي وزارة الزراعة تطلق برنامجاً …", as a scrape or a
 * PDF's text layer joins the label and the title): no case break can
 * tell where the phrase ends, so the lexicon's phrase does (the longest
 * entry, "بيان صحفي مشترك" before "بيان صحفي"), and the rest must read as
 * a title, not as the phrase going on: four words or more, no sentence's
 * stop at its end (a lead run into the label), and neither of its first
 * two words a function word ("مشترك بين …", "صادر عن …", "حول …": the
 * phrase names its issuers or its subject; [function_words]). The
 * caller also wants no date in it ("بيان صحفي بتاريخ 5 مارس 2024" is a
 * dated release line). k: where the rest starts, after the space. */
static bool uncased_title_after(const char *t, size_t l, size_t k, size_t line)
{
	pm_lex_query fw = {PM_LEX_FUNCTION_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t a = k, w, ws = l;
	char *rest;
	bool ok;
	while (ws > 0 && t[ws - 1] != ' ')
		ws--;
	if (!uncased_letter(nz_first_cp(t + ws)) || !uncased_letter(nz_first_cp(t + k)))
		return false;
	for (w = 0; w < 2 && a < line; w++) {
		size_t e = a;
		while (e < line && t[e] != ' ')
			e++;
		if (pm_lex_word(&fw, t + a, e - a, NULL))
			return false;
		a = e;
		while (a < line && t[a] == ' ')
			a++;
	}
	rest = pm_strndup(t + k, line - k);
	ok = rest && nz_words(rest) >= 4 && !nz_ends_sentence(rest);
	free(rest);
	return ok;
}

static size_t release_same_line_title(const char *t, size_t l, size_t line, bool caps, int dayfirst)
{
	size_t k = l, words = 0;
	char *rest;
	pm_date d;
	int32_t c;
	bool cjk = nz_cjk_cp(nz_first_cp(t));
	while (k < line && t[k] == ' ')
		k++;
	if (k < line && (t[k] == ':' || t[k] == '|' || (t[k] == '-' && k > l)))
		k++;
	else if (k + 3 <= line && k > l &&
	         (!strncmp(t + k, "\xE2\x80\x93", 3) || !strncmp(t + k, "\xE2\x80\x94", 3)))
		k += 3;
	else if (cjk && k + 3 <= line && (!strncmp(t + k, "\xE3\x80\x80", 3) || !strncmp(t + k, "\xEF\xBC\x9A", 3)))
		k += 3; /* the ideographic space or the full-width colon: "プレスリリース　…" */
	else if (cjk && k > l && k < line && nz_cjk_cp(nz_first_cp(t + k)))
		; /* the same space once a repair made it an ASCII one */
	else if (caps && k > l && k < line && title_case_start(t + k, line - k)) {
		/* merged: "PRESS RELEASE Harwick Museum acquires …" (caps: the
		 * phrase in capitals, or in its own case with the case break
		 * release_merged_own_case found); not after a
		 * phrase that ends in a function word ("NEWS FROM Harwick Town
		 * Council" names the issuer), and four words at least */
		pm_lex_query fw = {PM_LEX_FUNCTION_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
		size_t ws = l;
		while (ws > 0 && t[ws - 1] != ' ')
			ws--;
		if (pm_lex_word(&fw, t + ws, l - ws, NULL))
			return 0;
		rest = pm_strndup(t + k, line - k);
		words = rest ? nz_words(rest) : 0;
		free(rest);
		if (words < 4)
			return 0;
	} else if (k > l && k < line && uncased_title_after(t, l, k, line)) {
		; /* merged.uncased: "بيان صحفي وزارة الزراعة تطلق …" */
	} else {
		return 0;
	}
	while (k < line && t[k] == ' ')
		k++;
	if (k >= line)
		return 0;
	c = nz_first_cp(t + k);
	if (isdigit((unsigned char)t[k]) || (!pm_cp_is_upper(c) && pm_lex_fold_cp(c, 0) != c) || !(c >= 0x80 || isalpha(c)))
		return 0;
	rest = pm_strndup(t + k, line - k);
	if (!rest)
		return 0;
	words = nz_words(rest);
	/* a CJK title is counted in characters, as headline.cjk_title does */
	if ((cjk ? nz_cps(rest) < 8 : words < 3) || pm_date_find(rest, strlen(rest), 0, dayfirst, &d))
		k = 0;
	free(rest);
	return k;
}

static size_t clock_tail(const char *s);

/* Whether a date starts at byte k of t (spaces skipped) and ends the
 * line, but for a full stop or comma, or a time of day and its zone
 * after it ("Pressemitteilung vom 05.03.2024, 10:30 Uhr";
 * dateline.wire.time_zone's clock_tail). */
static bool release_date_ends(const char *t, size_t k, size_t line, int dayfirst)
{
	pm_date d;
	size_t e, c;
	while (k < line && t[k] == ' ')
		k++;
	if (!pm_date_find(t, line, k, dayfirst, &d) || d.start != k)
		return false;
	e = d.end;
	if ((c = clock_tail(t + e)) > 0 && e + c <= line)
		e += c;
	while (e < line && (t[e] == ' ' || t[e] == '.' || t[e] == ','))
		e++;
	return e == line;
}

/* After a release phrase that is not in capitals, what makes the line a
 * release line all the same: the release's date or its issuing team,
 * after a connector in lower case (conventions headline.release_line.dated
 * and .team: "Pressemitteilung vom 5. März 2024", "Persbericht van 5 maart
 * 2024", "Communiqué de presse du 1er octobre 2024", "Presseinformation
 * Nr. 14 vom 18.06.2024", "Nota de prensa del Grupo de Ecología Fluvial",
 * "Pressemitteilung der Arbeitsgruppe Moorökologie"); the date may also
 * follow the phrase directly and end the line, as a release's date set
 * beside its release line ("For Immediate Release Nov. 4, 2024",
 * "Comunicado de prensa 4 de noviembre de 2024"). */
static bool release_dated_or_team(const char *t, size_t l, size_t line, int dayfirst)
{
	size_t k = l, connectors = 0, w;
	pm_date d;
	/* the date after a comma ("Persbericht, 5 maart 2024", "Press
	 * release, March 5, 2024") */
	if (k + 1 < line && t[k] == ',' && t[k + 1] == ' ')
		return release_date_ends(t, k + 2, line, dayfirst);
	if (k >= line || t[k] != ' ')
		return false;
	if (release_date_ends(t, k + 1, line, dayfirst))
		return true;
	/* a number: "Nr. 14", "No. 12/2024", "n° 7" */
	{
		size_t a = k + 1, e = a;
		while (e < line && t[e] != ' ')
			e++;
		if (e < line && e - a <= 4 && e > a && (t[e - 1] == '.' || !strncmp(t + e - 2, "\xC2\xB0", 2) || !strncmp(t + e - 2, "\xC2\xBA", 2))) {
			size_t b = e + 1, f = b;
			while (f < line && t[f] != ' ')
				f++;
			if (f > b && isdigit((unsigned char)t[b])) {
				size_t q = f;
				k = f;
				/* headline.release_line.numbered with its date after
				 * a dash or comma ("Communiqué n° 7 – 5 mars 2024") */
				while (q < line && t[q] == ' ')
					q++;
				if (q < line && (t[q] == ',' || t[q] == '-'))
					q++;
				else if (q + 3 <= line && (!strncmp(t + q, "\xE2\x80\x93", 3) || !strncmp(t + q, "\xE2\x80\x94", 3)))
					q += 3;
				if (q > f && release_date_ends(t, q, line, dayfirst))
					return true;
			}
		}
	}
	/* lower-case connectors: vom, du, del, van, of the, da */
	while (k < line && t[k] == ' ') {
		size_t a = k + 1, e = a;
		bool lower = true;
		while (e < line && t[e] != ' ') {
			if (!islower((unsigned char)t[e]) && t[e] != '\'')
				lower = false;
			e++;
		}
		if (!lower || e == a || e - a > 6 || connectors >= 3)
			break;
		connectors++;
		k = e;
	}
	if (!connectors || k >= line)
		return false;
	while (k < line && t[k] == ' ')
		k++;
	if (pm_date_find(t, line, k, dayfirst, &d) && d.start == k)
		return release_date_ends(t, k, line, dayfirst);
	/* a team's or a body's name: capitalised, short, no sentence; or
	 * opening with a body's word in small letters, as Dutch and French
	 * write it ("Persbericht van de gemeente Brakveen", "Communiqué du
	 * ministère de la Culture"; [org_words]) */
	if (!pm_cp_is_upper(nz_first_cp(t + k))) {
		pm_lex_query org = {PM_LEX_ORG_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_match om;
		if (!pm_lex_prefix(&org, t + k, line - k, &om) || k + om.len >= line || t[k + om.len] != ' ')
			return false;
	}
	{
		char *ln = pm_strndup(t, line);
		bool ok = ln && (w = nz_words(ln)) <= 12 && !nz_ends_sentence(ln) && !strchr(ln, ':') &&
		          !nz_has_digit(ln);
		free(ln);
		return ok;
	}
}

/* Convention headline.release_line.embargo_case: an embargo phrase in
 * sentence or lower case ("Embargoed until 00:01 BST, 5 March 2025",
 * "Under embargo until …", "Sous embargo jusqu'au 12 juin 2025, 10 h",
 * "Embargo hasta el 12 de junio de 2025 a las 10:00", "Sperrfrist bis
 * 12. Juni 2025, 10:00 Uhr") is the release line as much as one in
 * capitals: what follows the phrase is only the time the embargo ends.
 * The phrase holds a word of [embargo_words]; the rest holds a date, and
 * its other words are figures (the time), a weekday or month, or short
 * words of five letters at most (a zone, "at", "a las", "alle ore",
 * "Uhr", "uur"), ten words in all: a title has longer words. l: where
 * the phrase ends. */
static bool embargo_time_rest(const char *t, size_t l, size_t line, int dayfirst)
{
	pm_lex_query word = {PM_LEX_EMBARGO_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_query wd = {PM_LEX_WEEKDAYS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query mo = {PM_LEX_MONTHS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_date d;
	size_t k = l, words = 0;
	if (!pm_lex_find(&word, t, l, NULL) || !pm_date_find(t, line, l, dayfirst, &d) || d.end > line)
		return false;
	while (k < line) {
		size_t e, letters = 0, j;
		while (k < line && (t[k] == ' ' || t[k] == ',' || t[k] == ':'))
			k++;
		if (k >= line)
			break;
		e = k;
		while (e < line && t[e] != ' ' && t[e] != ',')
			e++;
		words++;
		for (j = k; j < e; j++)
			if (isalpha((unsigned char)t[j]) || ((unsigned char)t[j] >= 0xC0))
				letters++;
		if (letters > 5 && !(k >= d.start && e <= d.end) && !pm_lex_word(&wd, t + k, e - k, NULL) &&
		    !pm_lex_word(&mo, t + k, e - k, NULL))
			return false;
		k = e;
	}
	return words <= 10;
}

/* Convention headline.release_line.embargo_label: the embargo as a label,
 * its colon and the time it ends ("Embargo: 5 March 2026, 10:00",
 * "EMBARGO: 10:00 GMT, 5 March 2026", "엠바고: 2026년 3월 10일(화) 오전
 * 6시", "報道解禁：2026年3月10日（火）午前5時", "解禁时间：2026年3月10日上午9时",
 * "보도시점: 2026. 3. 10.(화) 12:00"; a phrase of [release_lines] holding a
 * word of [embargo_words], "embargo" too, which alone must otherwise be the
 * whole line): the release line, never the title, a dateline (its label
 * was read as the place) or body. After the colon comes the date; the
 * rest is the time, as embargo_time_rest reads it, or, in the scripts
 * that write the date and time without spaces, at most thirty characters
 * opening with the date's figures. The date it states is the release's
 * only when no dateline dates the release (stage_date: the dateline's
 * date first, the release line's after): it says when the release may be
 * published, the dateline when it was written. */
static bool embargo_label_time(const char *t, size_t l, size_t line)
{
	pm_lex_query word = {PM_LEX_EMBARGO_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_date d;
	size_t r = l, k, cps = 0;
	if (!pm_lex_find(&word, t, l, NULL))
		return false;
	while (r < line && t[r] == ' ')
		r++;
	if (r < line && t[r] == ':')
		r++;
	else if (r + 3 <= line && !strncmp(t + r, "\xEF\xBC\x9A", 3)) /* ： */
		r += 3;
	else
		return false;
	while (r < line && t[r] == ' ')
		r++;
	if (r >= line || !pm_date_find(t, line, r, 1, &d) || d.end > line)
		return false;
	if (embargo_time_rest(t, r, line, 1))
		return true;
	for (k = r; k < line; k++)
		if (((unsigned char)t[k] & 0xC0) != 0x80)
			cps++;
	return isdigit((unsigned char)t[r]) && d.start == r && cps <= 30;
}

/* release.numbered_line: the release's number alone after the phrase
 * ("Pressemitteilung Nr. 7/2025", "Comunicado n.º 12/2025", "Communiqué
 * n° 4-2025", "Persbericht nr. 3"): a short abbreviation closed by a full
 * stop or an ordinal sign, then a number, and the line ends; the line is
 * the release line, above the title or under it (never the subheadline).
 * r is the text after the phrase, n its bytes to the line's end. */
static bool release_number_to_end(const char *r, size_t n)
{
	size_t a = 0, e, k;
	while (a < n && r[a] == ' ')
		a++;
	for (e = a; e < n && r[e] != ' '; e++)
		;
	if (e == a || e - a > 4 || e >= n || !isalpha((unsigned char)r[a]) ||
	    !(r[e - 1] == '.' || (e - a >= 3 && (!strncmp(r + e - 2, "\xC2\xB0", 2) || !strncmp(r + e - 2, "\xC2\xBA", 2)))))
		return false;
	k = e + 1;
	if (k >= n || !isdigit((unsigned char)r[k]))
		return false;
	for (; k < n; k++)
		if (!isdigit((unsigned char)r[k]) && r[k] != '/' && r[k] != '-' && r[k] != '.')
			return false;
	return r[n - 1] != '.' || isdigit((unsigned char)r[n - 2]);
}

/* Convention headline.release_line.two_phrases: a line made of two
 * release phrases with no separator ("Media release FOR IMMEDIATE
 * DISTRIBUTION", "Nota de prensa PARA PUBLICACIÓN INMEDIATA") is a release
 * line as a whole: whether the n bytes at r are one phrase to their end. */
static bool release_phrase_to_end(const char *r, size_t n)
{
	pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i = pm_lex_prefixes(&q, r, n, m, PM_LEX_MAX_NESTED);
	while (n && r[n - 1] == ' ')
		n--;
	while (i-- > 0)
		if (m[i].len == n && !(m[i].entry.tags & PM_LEX_TAG(ALONE)))
			return true;
	return false;
}

/* Convention headline.release_line.merged, the phrase in its own case:
 * a release phrase of the lexicon in title or sentence case opening the
 * line, then the title or the first sentence with no separator, as a
 * scrape or a PDF's text layer joins two lines ("For Immediate Release
 * Harbour Trust volunteers restore …", "Communiqué de presse La Maison
 * des sciences …", "Persbericht De gemeente …"). What tells a new unit
 * from the phrase's own words: the case breaks. The rest opens with a
 * capital, where the phrase's words would go on in small letters
 * ("Communiqué de presse commun …"), and is no title in headline
 * capitals, where the phrase would be the title's first words ("Press
 * Release Writing Tips for Small Charities"): a third of its words of
 * four letters or more, two at least, are in small letters. Not after a
 * phrase ending with a function word ("News from Harwick …" names the
 * issuer). */
static bool release_merged_own_case(const char *t, size_t l, size_t line)
{
	pm_lex_query fw = {PM_LEX_FUNCTION_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t k = l, ws = l, long_words = 0, lower = 0;
	if (k >= line || t[k] != ' ')
		return false;
	while (k < line && t[k] == ' ')
		k++;
	if (k >= line || !pm_cp_is_upper(nz_first_cp(t + k)))
		return false;
	while (ws > 0 && t[ws - 1] != ' ')
		ws--;
	if (pm_lex_word(&fw, t + ws, l - ws, NULL))
		return false;
	while (k < line) {
		size_t e = k, letters = 0;
		while (e < line && t[e] != ' ') {
			if (isalpha((unsigned char)t[e]) || (unsigned char)t[e] >= 0x80)
				letters++;
			e++;
		}
		if (letters >= 4 && (isalpha((unsigned char)t[k]) || (unsigned char)t[k] >= 0x80)) {
			long_words++;
			if (pm_cp_is_lower(nz_first_cp(t + k)))
				lower++;
		}
		k = e;
		while (k < line && t[k] == ' ')
			k++;
	}
	return lower >= 2 && lower * 3 >= long_words;
}

/* headline.release_line.same_line after a dated phrase: the phrase, up
 * to three lower-case connectors, the date, then a colon or a dash and
 * the title ("Pressemitteilung vom 5. März 2024: Sparkasse …",
 * "Communiqué du 5 mars 2024 – La Région …"). Where the title starts,
 * and the date's end in *date_end (the release keeps its date), or 0. */
static size_t release_dated_title(const char *t, size_t l, size_t line, size_t *date_end)
{
	size_t k = l, connectors = 0;
	pm_date d;
	/* headline.release_line.numbered: the release's number instead of
	 * its date ("Persbericht nr. 12 – Gemeente …", "Comunicato stampa n.
	 * 12 – Il Comune …") */
	if (k < line && t[k] == ' ') {
		size_t a = k + 1, e = a;
		while (e < line && t[e] != ' ')
			e++;
		if (e < line && e - a <= 4 && e > a &&
		    (t[e - 1] == '.' || !strncmp(t + e - 2, "\xC2\xB0", 2) || !strncmp(t + e - 2, "\xC2\xBA", 2))) {
			size_t b = e + 1, f = b, title;
			while (f < line && t[f] != ' ')
				f++;
			if (f > b && isdigit((unsigned char)t[b]) && (title = release_same_line_title(t, f, line, false, 1))) {
				*date_end = f;
				return title;
			}
		}
	}
	while (k < line && t[k] == ' ' && connectors < 3) {
		size_t a = k + 1, e = a;
		while (e < line && islower((unsigned char)t[e]))
			e++;
		if (e == a || e - a > 6 || (e < line && t[e] != ' '))
			break;
		connectors++;
		k = e;
	}
	while (k < line && t[k] == ' ')
		k++;
	if (!pm_date_find(t, line, k, 1, &d) || d.start != k || d.end >= line)
		return 0;
	*date_end = d.end;
	return release_same_line_title(t, d.end, line, false, 1);
}

char *rule_release_line(const char *t, size_t *used)
{
	size_t i, n, line;
	const char *nl;
	if (!t)
		return NULL;
	n = strlen(t);
	nl = strchr(t, '\n');
	line = nl ? (size_t)(nl - t) : n;
	/* 120 characters, not bytes: a line in Arabic script takes two
	 * bytes a letter (headline.release_line.merged.uncased) */
	{
		size_t k, cps = 0;
		for (k = 0; k < line && cps <= 120; k++)
			if (((unsigned char)t[k] & 0xC0) != 0x80)
				cps++;
		if (cps > 120)
			return NULL;
	}
	/* Convention headline.release_line.bracketed: the phrase alone
	 * between brackets on its line, as Chinese, Japanese and Korean
	 * releases print their label ("【新闻稿】", "【プレスリリース】",
	 * "[보도자료]", "〔新聞稿〕") */
	{
		static const char *const pairs[][2] = {
			{"\xE3\x80\x90", "\xE3\x80\x91"}, /* 【 】 */
			{"\xE3\x80\x94", "\xE3\x80\x95"}, /* 〔 〕 */
			{"\xE3\x80\x96", "\xE3\x80\x97"}, /* 〖 〗 */
			{"\xEF\xBC\xBB", "\xEF\xBC\xBD"}, /* ［ ］ */
			{"[", "]"},
		};
		size_t k;
		for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
			size_t lo = strlen(pairs[k][0]), lc = strlen(pairs[k][1]), a, e;
			pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, 0, 0, 0};
			if (line < lo + lc + 2 || strncmp(t, pairs[k][0], lo) || strncmp(t + line - lc, pairs[k][1], lc))
				continue;
			for (a = lo; a < line && t[a] == ' '; a++)
				;
			for (e = line - lc; e > a && t[e - 1] == ' '; e--)
				;
			if (e > a && pm_lex_word(&q, t + a, e - a, NULL)) {
				*used = nl && line < n ? line + 1 : line;
				return nz_trim(t, line, "");
			}
		}
	}
	/* "ACOSS Media Release": an issuer's name before the phrase */
	if (line <= 60 && !nl && nz_words(t) <= 6) {
		pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, PM_LEX_TAG(TAIL), 0, 0};
		size_t k;
		for (k = 1; k < line; k++)
			/* release.issuer_tail.cjk: Chinese glues the phrase to
			 * the issuer's name ("海港市政府新聞稿"), or spaces it */
			if ((t[k - 1] == ' ' || (((unsigned char)t[k] & 0xC0) != 0x80 && nz_last_cp_n(t, k) >= 0x4E00 &&
			                         nz_last_cp_n(t, k) <= 0x9FFF)) &&
			    pm_lex_word(&q, t + k, line - k, NULL)) {
				*used = n;
				return nz_trim(t, line, "");
			}
	}
	{
		pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_match m[PM_LEX_MAX_NESTED];
		/* the longest phrase first: "COMMUNIQUÉ DE PRESSE" before "COMMUNIQUÉ" */
		i = pm_lex_prefixes(&q, t, n, m, PM_LEX_MAX_NESTED);
		while (i-- > 0) {
			size_t l = m[i].len, k;
			bool caps_or_alone, caps = true, merged = false;
			if (embargo_label_time(t, l, line)) {
				*used = nl && line < n ? line + 1 : line;
				return nz_trim(t, line, "");
			}
			/* The phrase must stand as a line of its own, or be written in
			 * capitals, or be followed by a colon or dash: "Press release"
			 * inside a sentence is not a release line. */
			caps_or_alone = l == line || t[l] == ':' || t[l] == ' ';
			for (k = 0; k < l; k++)
				if (islower((unsigned char)t[k]))
					caps = false;
			if (!caps && l != line) {
				/* "Communiqué de presse" then more words: only with ':' or '–' after */
				const char *r = t + l;
				while (*r == ' ')
					r++;
				if (*r != ':' && *r != '-' && strncmp(r, "\xE2\x80\x93", 3) && strncmp(r, "\xE2\x80\x94", 3) &&
				    strncmp(r, "|", 1))
					caps_or_alone = release_dated_or_team(t, l, line, 1) ||
					                release_phrase_to_end(r, line - (size_t)(r - t)) ||
					                release_number_to_end(r, line - (size_t)(r - t)) ||
					                embargo_time_rest(t, l, line, 1) ||
					                (merged = release_merged_own_case(t, l, line));
			}
			if (!caps_or_alone) {
				size_t de = 0, title = release_dated_title(t, l, line, &de);
				if (title) {
					*used = title;
					return pm_strndup(t, de);
				}
				continue;
			}
			/* "RELEASE" and "EMBARGO" alone must be the whole line */
			if ((m[i].entry.tags & PM_LEX_TAG(ALONE)) && l != line)
				continue;
			/* the date only tells whether there is one: the date stage
			 * reads it from the release field, the document's order */
			{
				size_t title = release_same_line_title(t, l, line, caps || merged, 1);
				if (title) {
					*used = title;
					return pm_strndup(t, l);
				}
				if (merged)
					continue; /* the phrase's own case, and no title after it */

			}
			*used = line;
			if (nl && line < n)
				*used = line + 1;
			/* "FOR IMMEDIATE RELEASE FOR IMMEDIATE RELEASE": printed twice */
			if (line == 2 * l + 1 && t[l] == ' ' && !strncmp(t, t + l + 1, l))
				return pm_strndup(t, l);
			return nz_trim(t, line, "");
		}
	}
	return NULL;
}

bool rule_embargo(const char *rel, char out[40], int dayfirst)
{
	pm_date d;
	size_t n, i;
	int hh = -1, mm = 0;
	const char *off = NULL;
	char iso[11];
	/* a word of [embargo_words] anywhere, in any case, inside a word too
	 * ("EMBARGOED", "Veröffentlichungssperrfrist") */
	pm_lex_query word = {PM_LEX_EMBARGO_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	if (!rel || !pm_lex_find(&word, rel, strlen(rel), NULL))
		return false;
	n = strlen(rel);
	if (!pm_date_find(rel, n, 0, dayfirst, &d))
		return false;
	pm_date_iso(&d, iso);
	/* a time before or after the date */
	for (i = 0; i < n; i++) {
		size_t e;
		int h, m;
		if (i >= d.start && i < d.end)
			continue;
		if (isdigit((unsigned char)rel[i]) && (i == 0 || !isdigit((unsigned char)rel[i - 1])) &&
		    pm_date_time_at(rel, n, i, &h, &m, &e)) {
			size_t k, j;
			hh = h;
			mm = m;
			j = e;
			while (j < n && rel[j] == ' ')
				j++;
			/* a zone's abbreviation as [time_zones] writes it, no
			 * letter after it: its offset, if it says one ("ET" does not) */
			{
				pm_lex_query q = {PM_LEX_TIME_ZONES, PM_LEX_ALL_LANGS, 0, 0,
				                  PM_LEX_NO_BOUNDARY | PM_LEX_CASE};
				pm_lex_match zm[PM_LEX_MAX_NESTED];
				k = pm_lex_prefixes(&q, rel + j, n - j, zm, PM_LEX_MAX_NESTED);
				while (k-- > 0)
					if (!isalpha((unsigned char)rel[j + zm[k].len])) {
						off = zm[k].entry.value;
						break;
					}
			}
			break;
		}
	}
	if (hh >= 0)
		snprintf(out, 40, "%sT%02d:%02d%s", iso, hh, mm, off ? off : "");
	else
		snprintf(out, 40, "%s", iso);
	return true;
}

/* ---- headings of sections ---------------------------------------------- */

#define LENTICULAR_OPEN "\xE3\x80\x90"  /* 【 */
#define LENTICULAR_CLOSE "\xE3\x80\x91" /* 】 */
#define FULLWIDTH_COLON "\xEF\xBC\x9A"  /* ： */

/* about.heading.cjk_marks, contacts.heading.cjk_marks: the bytes of a
 * symbol set before a Japanese or Chinese section heading as its bullet
 * ("■会社概要", "◆お問い合わせ先"; [heading_marks]) and the spaces
 * after it, or 0. */
static size_t heading_mark(const char *t, size_t n)
{
	pm_lex_query q = {PM_LEX_HEADING_MARKS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m;
	size_t l;
	if (!n || !((unsigned char)t[0] & 0x80) || !pm_lex_prefix(&q, t, n, &m))
		return 0;
	for (l = m.len; l < n && t[l] == ' '; l++)
		;
	return l < n ? l : 0;
}

/* contacts.web_pointer: "For more information: http://…/events/" - a
 * lead that names no contact ([contact_words], also inside a word:
 * "contact", "inquiries", "Pressekontakt"),
 * then only a web address: the release points to a page, an invitation
 * of its text like "For more information, visit …", not a contact
 * heading. t[0..l) is the lead, r what follows its colon. */
static bool web_pointer(const char *t, size_t l, const char *r)
{
	pm_lex_query w = {PM_LEX_CONTACT_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	size_t n = strcspn(r, " \n");
	if (r[n] && r[n + strspn(r + n, " \n")])
		return false; /* more than the address */
	if (strncmp(r, "http", 4) && strncmp(r, "www.", 4)) /* "http://", "https://" */
		return false;
	return !memchr(r, '@', n) && !pm_lex_find(&w, t, l, NULL);
}

/* contacts.heading.audience_pair: the length of a separator after an
 * audience at t - ", ", or one of [audience_joiners] between spaces,
 * which a German compound cut short precedes with its hyphen ("Presse-
 * und Investorenkontakt", the Ergänzungsstrich) - or 0. */
static size_t audience_joiner(const char *t)
{
	pm_lex_query j = {PM_LEX_AUDIENCE_JOINERS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t k = *t == '-' ? 1 : 0;
	if (!k && t[0] == ',' && t[1] == ' ')
		return 2;
	if (t[k] != ' ' || !pm_lex_prefix(&j, t + k + 1, strlen(t + k + 1), &m) || t[k + 1 + m.len] != ' ')
		return 0;
	return k + m.len + 2;
}

/* contacts.heading.audience_pair: a heading that joins the audiences its
 * desk serves ([contact_audiences]). Leading (!closing): the bytes of
 * "Investor and ", "Press, analyst and " - audiences each followed by a
 * separator - before the heading they share. Closing: the bytes of
 * " et investisseurs" - separators each followed by an audience - when
 * they end the line (a colon may close it), after "Contacts presse". */
static size_t audience_list(const char *t, bool closing)
{
	pm_lex_query aud = {PM_LEX_CONTACT_AUDIENCES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t p = 0;
	for (;;) {
		size_t a, s;
		if (closing) {
			if (!(s = audience_joiner(t + p)) || !pm_lex_prefix(&aud, t + p + s, strlen(t + p + s), &m))
				break;
			p += s + m.len;
			continue;
		}
		if (!pm_lex_prefix(&aud, t + p, strlen(t + p), &m) || !(s = audience_joiner(t + p + m.len)))
			break;
		a = m.len;
		p += a + s;
	}
	if (closing) {
		const char *e = t + p + (t[p] == ' ' && t[p + 1] == ':');
		return p && (!*e || *e == ':' || *e == '\n') ? p : 0;
	}
	return p;
}

/* rule_contact_heading from the heading's first word at t (t0 the line,
 * for *rest): each heading of [contact_headings] the line opens and what
 * follows it on the line. */
static bool heading_opens(const char *t0, const char *t, size_t n, size_t *rest)
{
	pm_lex_query q = {PM_LEX_CONTACT_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query tail = {PM_LEX_CONTACT_HEADING_TAILS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_query label = {PM_LEX_CONTACT_LINE_LEADS, PM_LEX_ALL_LANGS, 0, 0,
	                      PM_LEX_CAPITALS | PM_LEX_NO_BOUNDARY};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i;
	i = pm_lex_prefixes(&q, t, n, m, PM_LEX_MAX_NESTED);
	/* each heading the line opens ("CONTACTS PRESSE", "CONTACTS") */
	while (i-- > 0) {
		/* contacts.heading.audience_pair: "Contacts presse" and
		 * "et investisseurs" closing the line are one heading */
		size_t l = m[i].len + audience_list(t + m[i].len, true);
		const char *r = t + l;
		for (;;) {
			if (*r == ' ' || *r == ':' || *r == '\n')
				r++;
			else if (!strncmp(r, FULLWIDTH_COLON, 3) || !strncmp(r, LENTICULAR_CLOSE, 3))
				r += 3;
			else
				break;
		}
		/* the heading alone, or "Contact: Name ..." (a short line) */
		if (t[l] == ':' && *r && web_pointer(t, l, r))
			continue;
		if (!*r || t[l] == ':' || (t[l] == '\n'))
			return true;
		/* contacts.heading.cjk_marks: the full-width colon of Chinese
		 * and Japanese ("媒体联系人："), on a short line with no address
		 * (a contact line "联系人：…@…" is no heading) */
		if (nz_colon_cp(nz_first_cp(t + l)) && nz_words(t) <= 4 && !strchr(t, '@')) {
			*rest = *r && *r != '\n' ? (size_t)(r - t0) : 0;
			return true;
		}
		/* [contact_heading_tails]: "Contact us" */
		if (t[l] == ' ' && pm_lex_prefix(&tail, r, strlen(r), NULL) && nz_words(t) <= 4)
			return true;
		/* "CONTACT Melissa Wagoner 202 224 2633": the label in
		 * capitals opening a short contact line ([contact_line_leads]) */
		if (t[l] == ' ' && pm_lex_prefix(&label, t, l, NULL) && nz_words(t) <= 12) {
			*rest = *r && *r != '\n' ? (size_t)(r - t0) : 0;
			return true;
		}
		/* "Contact for further information:" - a heading line */
		if (t[l] == ' ' && nz_colon_cp(nz_last_cp(t)) && nz_words(t) <= 8 && !strchr(t, '@'))
			return true;
		/* contacts.heading.comma_tail: the heading, a comma, whom to
		 * call, a colon closing the line ("For more information,
		 * contact:", "För mer information, kontakta:", "For mer
		 * informasjon, kontakt:") */
		if (t[l] == ',' && nz_colon_cp(nz_last_cp(t)) && nz_words(t) <= 8 && !strchr(t, '@') && !strchr(t, '\n'))
			return true;
	}
	return false;
}

/* rule_contact_heading, and in *rest where the contact's own text starts
 * on the heading's line when the heading carries it there, 0 when it
 * does not (contacts.heading_line_rest). */
static bool contact_heading(const char *t, size_t *rest)
{
	const char *t0 = t;
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i, n;
	if (!t)
		return false;
	n = strlen(t);
	if (n > 90)
		return false;
	/* contacts.heading.cjk_marks: Japanese and Chinese set a heading in
	 * lenticular brackets ("【本件に関するお問い合わせ先】", JIS X 4051
	 * 隅付き括弧) and close it with the full-width colon ("媒体联系人：",
	 * below) */
	if (!strncmp(t, LENTICULAR_OPEN, 3))
		t += 3, n -= 3;
	else {
		size_t h = heading_mark(t, n);
		t += h, n -= h;
	}
	{
		/* contacts.heading.reader_possessive: the heading may address
		 * the reader ("Your contact", "Ihre Ansprechpartner:", "Sus
		 * contactos:"; [reader_possessives]): what follows the
		 * possessive is the heading */
		pm_lex_query own = {PM_LEX_READER_POSSESSIVES, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_match p;
		if (pm_lex_prefix(&own, t, n, &p) && p.len < n && t[p.len] == ' ')
			t += p.len + 1, n -= p.len + 1;
	}
	{
		/* contacts.heading.glued: a scraper that dropped the line
		 * break between the heading and the name under it
		 * ("ContactJane Doe Acme Inc. Email Us Here"): the heading,
		 * capitalised, glued to a capital, on a short line that is no
		 * sentence */
		pm_lex_query glued = {PM_LEX_CONTACT_HEADINGS, PM_LEX_ALL_LANGS, 0, 0,
		                      PM_LEX_NO_BOUNDARY | PM_LEX_CASE | PM_LEX_CAPITALISED};
		i = pm_lex_prefixes(&glued, t, n, m, PM_LEX_MAX_NESTED);
		while (i-- > 0) {
			size_t l = m[i].len;
			if (l < n && pm_cp_is_lower(nz_last_cp(m[i].entry.text)) && pm_cp_is_upper(nz_first_cp(t + l)) &&
			    nz_words(t) <= 12 && !nz_ends_sentence(t) && !strchr(t, '\n'))
				return true;
		}
	}
	if (heading_opens(t0, t, n, rest))
		return true;
	{
		/* contacts.heading.audience_pair: "Investor and media contact",
		 * "Press, analyst and investor enquiries": the audiences joined
		 * before the heading they share, the last one perhaps its own
		 * word before the heading ("analyst contacts"), or the line
		 * naming only audiences ("Medien und Analysten:") */
		pm_lex_query aud = {PM_LEX_CONTACT_AUDIENCES, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_match a;
		size_t p = audience_list(t, false);
		if (!p)
			return false;
		t += p, n -= p;
		if (heading_opens(t0, t, n, rest))
			return true;
		if (!pm_lex_prefix(&aud, t, n, &a))
			return false;
		if (t[a.len] == ' ' && heading_opens(t0, t + a.len + 1, n - a.len - 1, rest))
			return true;
		t += a.len;
		t += *t == ' ' && t[1] == ':';
		if (*t == ':')
			t += 1 + strspn(t + 1, " ");
		return !*t || *t == '\n';
	}
}

bool rule_contact_heading(const char *t)
{
	size_t rest = 0;
	return contact_heading(t, &rest);
}

/* contacts.heading_line_rest: a heading that carries the contact on its
 * own line after a full-width colon ("媒体联系：0571-…", "문의처：…") or
 * as the capitals label of a short contact line ("CONTACT Ada Brun 1632
 * …"): the offset of that text in t, 0 when the line has none or t is
 * no heading. The ASCII colon's "Contact: Jane Doe" the caller finds
 * itself. */
size_t rule_contact_heading_rest(const char *t)
{
	size_t rest = 0;
	return contact_heading(t, &rest) ? rest : 0;
}

/* advisory.five_w: a media advisory gives its event in labelled lines,
 * "WHAT:", "WHEN:", "WHERE:", "WHO:" ("QUOI :", "CUÁNDO:", "Wann:"),
 * [advisory_labels]; a label, a colon (a space before it, in French),
 * then the fact. Such a line is the event's: body, never a subheadline,
 * and its place and date are no dateline. */
bool rule_advisory_line(const char *t)
{
	pm_lex_query q = {PM_LEX_ADVISORY_LABELS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k, n;
	if (!t)
		return false;
	while (*t == '*' || *t == '-' || *t == ' ' || *t == '#')
		t++; /* a Markdown bullet or bold: "**WHEN:**" */
	n = strcspn(t, "\n");
	k = pm_lex_prefixes(&q, t, n, m, PM_LEX_MAX_NESTED);
	while (k-- > 0) {
		const char *r = t + m[k].len;
		while (*r == '*')
			r++;
		if (*r == ' ' && r[1] == ':')
			r++;
		if (*r == ':')
			return true;
	}
	return false;
}

/* closing.references and closing.social: the heading of a closing block
 * that is the page's, not the release's text: [closing_list_headings]
 * ("Works Cited", "Bibliographie", "Quellen") over works cited, and
 * [social_headings] ("Follow us on", "Réseaux sociaux", "Síguenos")
 * over the issuer's accounts. The heading is its block's first line,
 * alone but for a colon after it. closing.appendix: [appendix_headings]
 * ("Appendix", "Annexe", "Anhang") with a capital, alone or with a
 * letter or number after it ("Appendix B", "Anexo 2", "Annex II"). */
int rule_closing_heading(const char *t)
{
	pm_lex_query list = {PM_LEX_CLOSING_LIST_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query social = {PM_LEX_SOCIAL_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t n;
	if (!t)
		return CLOSING_NONE;
	n = strcspn(t, "\n");
	while (n > 0 && (t[n - 1] == ':' || t[n - 1] == ' '))
		n--;
	if (n == 0 || n > 80)
		return CLOSING_NONE;
	if (pm_lex_word(&list, t, n, NULL))
		return CLOSING_REFERENCES;
	if (pm_lex_word(&social, t, n, NULL))
		return CLOSING_SOCIAL;
	/* a capital, or a letter of a script without case ("ملحق"): a
	 * lower-case word opens a sentence's continuation, not a heading */
	if (pm_cp_is_upper(nz_first_cp(t)) || (pm_cp_is_letter(nz_first_cp(t)) && !pm_cp_is_lower(nz_first_cp(t)))) {
		pm_lex_query app = {PM_LEX_APPENDIX_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_match m;
		if (pm_lex_prefix(&app, t, n, &m)) {
			const char *w = t + m.len;
			size_t l = 0;
			if (m.len == n)
				return CLOSING_APPENDIX;
			if (*w++ != ' ')
				return CLOSING_NONE;
			while (w + l < t + n && isalnum((unsigned char)w[l]))
				l++;
			if (l >= 1 && l <= 4 && w + l == t + n && (isdigit((unsigned char)*w) || isupper((unsigned char)*w)))
				return CLOSING_APPENDIX;
		}
	}
	return CLOSING_NONE;
}

/* closing.social: a line of a list of accounts: short, and a handle, a
 * web address or a network's name ([social_networks]) in it
 * ("Instagram: @acme", "facebook.com/acme", "LinkedIn – Acme Ltd"). */
bool rule_social_line(const char *t)
{
	pm_lex_query q = {PM_LEX_SOCIAL_NETWORKS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	if (!t || nz_words(t) > 10 || nz_ends_sentence(t))
		return false;
	return strchr(t, '@') || strstr(t, "www.") || strstr(t, "http") || strstr(t, ".com") ||
	       pm_lex_find(&q, t, strlen(t), NULL);
}

/* Convention body.caption: "Figure 1 Screen capture of …", "Photo: …",
 * "Fig. 2 –", "صورة: …": a caption that a text extraction left among the
 * paragraphs. */
bool rule_caption(const char *t)
{
	pm_lex_query q = {PM_LEX_CAPTION_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i;
	int32_t c0;
	if (!t || nz_words(t) > 40)
		return false;
	/* body.caption.credit: a credit in brackets ("(Foto: Ana Lenz)") */
	if (*t == '(' && nz_last_cp(t) == ')' && nz_words(t) <= 14 && !strchr(t + 1, '('))
		t++;
	/* body.caption.bracketed_lead: Korean releases set the caption's
	 * lead in square brackets ("[사진자료] 옛 송림초등학교 전경"); the
	 * lead's entry holds the closing bracket ("사진자료]") */
	else if (*t == '[')
		t++;
	/* a caption opens with a capital, or with a letter of a script that
	 * has none ("صورة: ..."); "Photo:" and "Photo credit" lead one
	 * alone, "Figure" needs its number: "Figure 2" */
	c0 = nz_first_cp(t);
	if (!pm_cp_is_upper(c0) && !(pm_cp_is_letter(c0) && !pm_cp_is_lower(c0) && c0 >= 0x80))
		return false;
	i = pm_lex_prefixes(&q, t, strlen(t), m, PM_LEX_MAX_NESTED);
	while (i-- > 0) {
		const char *r = t + m[i].len;
		if (m[i].entry.tags & PM_LEX_TAG(NAME_FOLLOWS)) {
			/* body.caption.credit: a credit's lead, then whose
			 * the picture is, a name ("Photo by Ana Lenz", "Credit:
			 * Harbour Trust", "Foto © Ana Lenz"): a credit's line,
			 * fourteen words at most; with {colon}, after its colon
			 * only ("Credit:", not "Credit Union") */
			int32_t c;
			while (*r == ' ')
				r++;
			if (*r == ':')
				r++;
			else if (m[i].entry.tags & PM_LEX_TAG(COLON))
				continue;
			while (*r == ' ')
				r++;
			/* "Photo courtesy of the Harbour Trust" */
			{
				size_t wl = strcspn(r, " ");
				if (r[wl] == ' ' && nz_is_article(r, wl))
					r += wl + 1;
			}
			c = nz_first_cp(r);
			if (r > t + m[i].len && nz_words(t) <= 14 &&
			    (pm_cp_is_upper(c) || c == 0xA9 || (pm_cp_is_letter(c) && !pm_cp_is_lower(c) && c >= 0x80)))
				return true;
		} else if (m[i].entry.tags & PM_LEX_TAG(COLON)) {
			if (!strncmp(r, ": ", 2) || !strncmp(r, " : ", 3))
				return true;
		} else if (m[i].entry.tags & PM_LEX_TAG(NUMBER)) {
			if (r[0] == ' ' && isdigit((unsigned char)r[1]))
				return true;
		} else {
			return true;
		}
	}
	return false;
}

/* A paragraph that is a contact block in itself: "For more information,
 * please contact: Robert Rico Investor Relations Phone: ... Email: ...". */
bool rule_contact_paragraph(const char *t)
{
	pm_lex_query q = {PM_LEX_CONTACT_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i, s0, e0;
	bool lead = false;
	if (!t || nz_cps(t) > 600)
		return false;
	/* a lead opens it ("Contacto" opens "Contactos"); "Contact:" with its
	 * colon, in French spacing too ("Presse : …", contacts.press_label) */
	i = pm_lex_prefixes(&q, t, strlen(t), m, PM_LEX_MAX_NESTED);
	while (i-- > 0 && !lead)
		lead = !(m[i].entry.tags & PM_LEX_TAG(COLON)) || t[m[i].len] == ':' || !strncmp(t + m[i].len, " :", 2);
	if (!lead) {
		/* "For booking media interviews ... Contact: Email: ...": a
		 * contact word anywhere, as written or capitalised */
		pm_lex_query w = {PM_LEX_CONTACT_WORDS, PM_LEX_ALL_LANGS, 0, 0,
		                  PM_LEX_NO_BOUNDARY | PM_LEX_CASE | PM_LEX_CAPITALISED};
		/* the address first: most paragraphs have none, and it is
		 * found at a fraction of the cost of a contact word */
		if (nz_words(t) > 60 || !rule_find_email(t, 0, &s0, &e0) || !pm_lex_find(&w, t, strlen(t), NULL))
			return false;
		return rule_find_phone(t, 0, true, &s0, &e0);
	}
	return rule_find_email(t, 0, &s0, &e0) || rule_find_phone(t, 0, true, &s0, &e0);
}

/* Does the entry end in a letter or a digit (so that a space follows it
 * in the text), not in punctuation ("À propos d'")? */
static bool word_end(const char *entry)
{
	int32_t c = nz_last_cp(entry);
	return pm_cp_is_letter(c) || pm_cp_is_digit(c);
}

/* Conventions about.heading_ja, about.heading_ko, about.heading_zh: the
 * About headings of scripts without spaces between words, where the
 * subject is written against the word that says "about".
 * - Japanese puts the subject first, then the particle "について"
 *   ("当社について", "ミナト交通株式会社について", "Kumo Labsについて"),
 *   Korean the subject, then "소개" ("한빛소프트 소개"): the entries of
 *   [about_tails] in an uncased script (its cased ones, Turkish
 *   "Hakkında", are about.heading_tail's, which wants a space and a
 *   capital first);
 * - Chinese puts "关于" (zh-TW "關於") first, glued to the name
 *   ("关于松川市公园管理处"): an [about_headings] entry that ends in an
 *   ideograph, an ideograph right after it; about.heading.th: so does
 *   Thai "เกี่ยวกับ" ("เกี่ยวกับบริษัทชลธาราฟาร์ม"), in a script that
 *   writes no spaces between words either (nz_unspaced_cp).
 * A line of its own, short (at most 40 characters), no sentence inside
 * ("。", or "，" after which one runs on: "关于此次合作，双方…"),
 * something beside the word, a full-width or ASCII colon after
 * it allowed, lenticular brackets around it too ("【…について】"). A
 * sentence that runs on ("新製品について、社長は…") is none; and the
 * section must open with prose (sections.c), for a title in a list
 * ("…の課題について", a notice's "关于…的通知") has the same shape. */
bool rule_about_heading_cjk(const char *t, size_t n)
{
	pm_lex_query tails = {PM_LEX_ABOUT_TAILS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query about = {PM_LEX_ABOUT_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k;
	bool hit = false;
	if (n >= 3 && !memcmp(t, LENTICULAR_OPEN, 3))
		t += 3, n -= 3;
	else {
		size_t h = heading_mark(t, n);
		t += h, n -= h;
	}
	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (n >= 3 && !memcmp(t + n - 3, LENTICULAR_CLOSE, 3))
		n -= 3;
	if (n >= 3 && !memcmp(t + n - 3, FULLWIDTH_COLON, 3))
		n -= 3;
	else if (n > 0 && t[n - 1] == ':')
		n--;
	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (!n || *t == ' ' || memchr(t, '\n', n) || nz_cps(t) > 40)
		return false;
	k = pm_lex_ends(&tails, t, n);
	if (k > 0 && k < n && !pm_cp_is_upper(nz_first_cp(t + n - k)) && !pm_cp_is_lower(nz_first_cp(t + n - k)))
		hit = true;
	for (k = pm_lex_prefixes(&about, t, n, m, PM_LEX_MAX_NESTED); k-- > 0 && !hit;)
		hit = nz_unspaced_cp(nz_last_cp(m[k].entry.text)) &&
		      (m[k].len == n /* "【会社概要】" */ || nz_unspaced_cp(nz_first_cp(t + m[k].len)));
	if (!hit)
		return false;
	/* no sentence inside: "。" or a full stop and a space */
	{
		char *line = pm_strndup(t, n);
		bool ok = line && !strstr(line, "\xE3\x80\x82") && !strstr(line, "\xEF\xBC\x8C") && !strstr(line, ". ");
		free(line);
		return ok;
	}
}

/* about.quoted_name: the name after the lead in quotation marks, as
 * Russian, French, German and Polish headings print a company's or an
 * association's name ("О компании «ЭкоЛиния»", "À propos de « Lire en
 * fête »", "Über den Verein „Grünes Band“"): the closing mark ends the
 * heading, not a quoted sentence, when an opening mark stands in the
 * name and no sentence's stop comes before the closing one. */
static bool about_quoted_name(const char *name)
{
	size_t n = strlen(name), k;
	int32_t last = nz_last_cp(name), c;
	if (last != 0xBB && last != 0x201C && last != 0x201D && last != '"')
		return false;
	k = n;
	while (k > 0 && ((unsigned char)name[k - 1] & 0xC0) == 0x80)
		k--;
	if (k == 0)
		return false;
	k--; /* the closing mark's first byte */
	while (k > 0 && name[k - 1] == ' ')
		k--; /* "« Lire en fête »" */
	c = nz_last_cp_n(name, k);
	if (c == '.' || c == '!' || c == '?' || c == 0x2026)
		return false;
	/* an opening mark before it: «, „, “ or a straight quote */
	return strstr(name, "\xC2\xAB") || strstr(name, "\xE2\x80\x9E") ||
	       (last == 0x201D && strstr(name, "\xE2\x80\x9C")) ||
	       (last == '"' && memchr(name, '"', n - 1));
}

/* about.heading.parenthesis: the name closed by what a writer puts in
 * parentheses after it, its acronym, its ticker or its listing ("About
 * the Harbour Pilots Guild (HPG)", "About Acme Corp. (NYSE: ACM)",
 * "Über die Stadtwerke Lindau (SWL)"): the closing parenthesis ends the
 * name, not a sentence, when the group is the line's tail, a few words
 * opening with a capital or a figure (an acronym, an exchange, a code),
 * with no parenthesis inside and a name before it. */
static bool about_paren_name(const char *name)
{
	size_t n = strlen(name), k, len, words;
	char *inner;
	int32_t first;
	if (n < 4 || name[n - 1] != ')')
		return false;
	for (k = n - 1; k > 0 && name[k - 1] != '(' && name[k - 1] != ')'; k--)
		;
	/* k: the group's first byte inside the parentheses */
	if (k < 3 || name[k - 1] != '(' || name[k - 2] != ' ')
		return false;
	len = n - 1 - k;
	if (len == 0 || len > 40 || !(inner = pm_strndup(name + k, len)))
		return false;
	words = nz_words(inner);
	first = nz_first_cp(inner);
	free(inner);
	return words >= 1 && words <= 4 && !pm_cp_is_lower(first) && first != ' ';
}

/* about.heading_tail: languages whose "about" follows its subject, a
 * postposition after a space ([about_tails]: Turkish "Yenikale
 * Belediyesi Hakkında", "Şirket Hakkında"): a short line of its own, a
 * capital first, no sentence inside, a colon after it allowed. */
static bool about_heading_tail(const char *t, size_t n)
{
	pm_lex_query q = {PM_LEX_ABOUT_TAILS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t sp;
	if (n > 0 && t[n - 1] == ':')
		n--;
	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (!n || memchr(t, '\n', n) || !pm_cp_is_upper(nz_first_cp(t)) || nz_words(t) > 8)
		return false;
	for (sp = n; sp > 0 && t[sp - 1] != ' '; sp--)
		;
	/* about.heading_suffix: or a case ending glued to the subject's last
	 * word, in lower case after a lower-case letter (the Hungarian
	 * delative "-ról"/"-ről": "Szentkővár Önkormányzatáról", "A Dombvári
	 * Egyesületről"); the word must hold more than the ending */
	{
		size_t k = pm_lex_ends(&q, t + sp, n - sp);
		if (k > 0 && n - sp > k + 2 && pm_cp_is_lower(nz_first_cp(t + n - k)) &&
		    pm_cp_is_lower(nz_last_cp_n(t, n - k)) && !strchr(t, ',') && !strstr(t, ". "))
			return true;
	}
	if (sp < 2 || !pm_lex_word(&q, t + sp, n - sp, &m))
		return false;
	{
		char *head = pm_strndup(t, sp);
		bool ok = head && !strstr(head, ". ") && !strchr(head, ',');
		free(head);
		return ok;
	}
}

/* Is w[0..n) a word of letters, as an adjective or a noun of a heading
 * is: hyphens and apostrophes inside allowed ("Кам'янську"), no digit,
 * no punctuation. */
static bool letters_word(const char *w, size_t n)
{
	size_t i = 0;
	if (!n || !pm_cp_is_letter(nz_first_cp(w)))
		return false;
	while (i < n) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)w + i, n - i, &c);
		if (!pm_cp_is_letter(c) && c != '-' && c != '\'' && c != 0x2019)
			return false;
		i += l ? l : 1;
	}
	return true;
}

/* Conventions about.heading.slavic_adjective and about.heading.fi_elative:
 * About headings whose lead opens sentences as well, told by how the
 * subject after it is inflected.
 * - slavic_adjective: Ukrainian "Про", Russian "О", Bulgarian "За",
 *   Croatian, Polish, Czech "O" ([about_adjective_leads]), then one or
 *   two adjectives and a common noun in the case the lead governs, the
 *   line's last word ([about_adjective_nouns]: "Про Вербівську
 *   громаду", "O Gradskoj knjižnici", "О Городском музее"); a colon
 *   after it allowed. [about_headings] holds the lead and noun alone
 *   ("Про громаду").
 * - fi_elative: the Finnish "more information" ([about_elative_leads]:
 *   "Lisätietoa") and a subject of one to four words whose last stands
 *   in the elative ([about_elative_endings], glued to a lower-case
 *   letter, "Lisätietoa Kuusijärven kirjastosta", or after the colon of
 *   an abbreviation, "Lisätietoa KAO:sta"); no colon after it, as
 *   "Lisätietoja antaa:" heads the contacts.
 * A short line of its own, a capital first, words of letters only (no
 * sentence inside, no final stop). Like the CJK headings the line alone
 * is weak evidence: sections.c wants body text above it and prose
 * below it (a contact block under "Lisätietoa …" is no About). */
static bool about_heading_inflected(const char *t, size_t n);

bool rule_about_heading_inflected(const char *t, size_t n)
{
	char *sc;
	bool r;
	if (about_heading_inflected(t, n))
		return true;
	/* about.heading.caps: the heading in capitals ("О ЗАРЕЧНОМ
	 * КРАЕВЕДЧЕСКОМ МУЗЕЕ"), read in sentence case */
	if (n > 200 || memchr(t, '\n', n) || !(sc = pm_text_caps_to_sentence(t, n)))
		return false;
	r = about_heading_inflected(sc, n);
	free(sc);
	return r;
}

static bool about_heading_inflected(const char *t, size_t n)
{
	pm_lex_query lead = {PM_LEX_ABOUT_ADJECTIVE_LEADS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query nouns = {PM_LEX_ABOUT_ADJECTIVE_NOUNS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query fi = {PM_LEX_ABOUT_ELATIVE_LEADS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query ela = {PM_LEX_ABOUT_ELATIVE_ENDINGS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m;
	const char *w[6];
	size_t wl[6], nw = 0, i, k;
	bool colon = false, slavic;
	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (n > 0 && t[n - 1] == ':')
		colon = true, n--;
	if (!n || n > 160 || memchr(t, '\n', n) || !pm_cp_is_upper(nz_first_cp(t)))
		return false;
	if (pm_lex_prefix(&lead, t, n, &m) && m.len < n && t[m.len] == ' ') {
		/* the body's own name after the noun, in quotation marks ("О
		 * музее «Старая мельница»", "За читалище „Светлина“"): the
		 * noun ends the heading's words */
		const char *open = NULL;
		int32_t last = nz_last_cp_n(t, n);
		if (last == 0xBB || last == 0x201C || last == 0x201D || last == '"') {
			/* the first opening mark: « „ “ or a straight quote */
			const char *q[4];
			size_t k2;
			q[0] = strstr(t + m.len, "\xC2\xAB");
			q[1] = strstr(t + m.len, "\xE2\x80\x9E");
			q[2] = strstr(t + m.len, "\xE2\x80\x9C");
			q[3] = strchr(t + m.len, '"');
			for (k2 = 0; k2 < 4; k2++)
				if (q[k2] && q[k2] < t + n - 1 && (!open || q[k2] < open))
					open = q[k2];
		}
		if (open && open > t + m.len + 1 && open[-1] == ' ') {
			n = (size_t)(open - t);
			while (n > 0 && t[n - 1] == ' ')
				n--;
		}
		slavic = true;
	}
	else if (!colon && pm_lex_prefix(&fi, t, n, &m) && m.len < n && t[m.len] == ' ')
		slavic = false;
	else
		return false;
	for (i = m.len; i < n;) {
		if (t[i] == ' ') {
			i++;
			continue;
		}
		if (nw == 6)
			return false;
		w[nw] = t + i;
		while (i < n && t[i] != ' ')
			i++;
		wl[nw] = (size_t)(t + i - w[nw]);
		nw++;
	}
	if (slavic) {
		/* none, one or two adjectives, then the noun */
		if (nw < 1 || nw > 3 || !pm_lex_word(&nouns, w[nw - 1], wl[nw - 1], &m))
			return false;
		for (i = 0; i < nw; i++)
			if (!letters_word(w[i], wl[i]))
				return false;
		return true;
	}
	if (nw < 1 || nw > 4)
		return false;
	for (i = 0; i + 1 < nw; i++)
		if (!letters_word(w[i], wl[i]))
			return false;
	k = pm_lex_ends(&ela, w[nw - 1], wl[nw - 1]);
	if (!k || k >= wl[nw - 1])
		return false;
	if (w[nw - 1][wl[nw - 1] - k - 1] == ':') /* "KAO:sta" */
		return wl[nw - 1] - k > 2 && letters_word(w[nw - 1], wl[nw - 1] - k - 1);
	return wl[nw - 1] > k + 2 && pm_cp_is_lower(nz_last_cp_n(w[nw - 1], wl[nw - 1] - k)) &&
	       letters_word(w[nw - 1], wl[nw - 1]);
}

static bool about_heading_lines(const char *t, size_t n, char **inline_rest);

size_t rule_section_number(const char *t)
{
	size_t k = 0;
	while (k < 2 && isdigit((unsigned char)t[k]))
		k++;
	if (!k || (t[k] != '.' && t[k] != ')') || t[k + 1] != ' ')
		return 0;
	for (k += 1; t[k] == ' '; k++)
		;
	return k;
}

/* Convention about.numbered_heading: plain text numbers its notes to
 * editors by hand ("1. About Corwen Valley Water:", "2) Über die
 * Stadtwerke Kornheim"), and the number stays the line's text (a typed
 * number is text in plain text, as in a word processor): the heading is
 * what follows it, a line of its own or closed by its colon, its text
 * after it (about.list_item_note). A numbered sentence that opens with
 * the word ("2. About 300 volunteers joined …") is no heading: the
 * heading ends the line or its colon ends the heading, in ten words. */
static bool numbered_about_heading(const char *t, char **inline_rest)
{
	size_t num = rule_section_number(t), hl;
	const char *h = t + num, *nl, *colon, *stop;
	char *head;
	bool r;
	if (!num)
		return false;
	nl = strchr(h, '\n');
	colon = strchr(h, ':');
	stop = colon && (!nl || colon < nl) ? colon + 1 : nl ? nl : h + strlen(h);
	hl = (size_t)(stop - h);
	if (hl > 120 || (colon && stop == colon + 1 && stop[0] && stop[0] != ' ' && stop[0] != '\n'))
		return false;
	head = pm_strndup(h, hl);
	r = head && nz_words(head) <= 10 && about_heading_lines(head, hl, NULL);
	free(head);
	if (r && inline_rest) {
		while (*stop == ' ' || *stop == '\n')
			stop++;
		*inline_rest = *stop ? (char *)stop : NULL;
	}
	return r;
}

/* Convention about.colon.name_words: an About heading closed by a colon
 * is told from a sentence that opens with the same word ("Über die
 * Brücke fahren ab Montag wieder Busse:") by the length of the name
 * after the lead, seven words at most. The name is counted, not the
 * line: a French or Portuguese lead spends three or four words ("À
 * propos de la", "Sobre a") where English spends one ("About"), so
 * "À propos de la Coopérative fruitière du Haut-Vernay :" is as short
 * as "About the Haut-Vernay Fruit Cooperative:". French typography sets
 * a space (or a narrow no-break space) before the colon: that lone
 * colon is no word. */
static size_t about_name_words(const char *name)
{
	size_t w = nz_words(name), n = strlen(name);
	if (w && n >= 2 && name[n - 1] == ':') {
		const char *p = name + n - 1;
		if (p[-1] == ' ' || (p - name >= 2 && (unsigned char)p[-2] == 0xC2 && (unsigned char)p[-1] == 0xA0) ||
		    (p - name >= 3 && (unsigned char)p[-3] == 0xE2 && (unsigned char)p[-2] == 0x80 &&
		     (unsigned char)p[-1] == 0xAF))
			w--;
	}
	return w;
}

bool rule_about_heading(const char *t, char **inline_rest)
{
	size_t n;
	if (inline_rest)
		*inline_rest = NULL;
	if (!t)
		return false;
	if (rule_section_number(t))
		return numbered_about_heading(t, inline_rest);
	n = strlen(t);
	if (about_heading_lines(t, n, inline_rest))
		return true;
	/* Convention about.heading.caps: the heading in capitals, in a script
	 * whose capitals the lists' lookups do not fold ("О КОМПАНИИ", "ПРО
	 * КОМПАНІЮ", "ЗА СДРУЖЕНИЕТО", "O SPOLEČNOSTI"): read again in
	 * sentence case, as the lists write it ("О компании"); the copy keeps
	 * the line's bytes, so the rest after an inline heading is the
	 * line's own */
	if (n <= 200 && !memchr(t, '\n', n)) {
		char *sc = pm_text_caps_to_sentence(t, n), *rest = NULL;
		bool r = sc && about_heading_lines(sc, n, inline_rest ? &rest : NULL);
		if (r && inline_rest && rest)
			*inline_rest = (char *)t + (rest - sc);
		free(sc);
		return r;
	}
	return false;
}

static bool about_heading_lines(const char *t, size_t n, char **inline_rest)
{
	pm_lex_query about = {PM_LEX_ABOUT_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_PENDING};
	pm_lex_match m;
	bool lead;
	if (rule_about_heading_cjk(t, n) || about_heading_tail(t, n) || rule_about_heading_inflected(t, n))
		return true;
	/* "About" and the space after it, or "À propos d'"; about.whole_line:
	 * or the lead is the whole heading, with or without its colon ("Chi
	 * siamo", "Über uns:", "Who we are", "Quem somos") */
	/* a stem's entry ("o region*", the adjective opening a Polish
	 * body's name: "O Regionalnej Dyrekcji …") takes the rest of its
	 * word */
	lead = pm_lex_prefix(&about, t, n, &m);
	if (lead && m.entry.stem)
		while (t[m.len] && t[m.len] != ' ')
			m.len++;
	if (lead &&
	    (t[m.len] == ' ' || !word_end(m.entry.text) || t[m.len] == '\0' ||
	     (t[m.len] == ':' && (t[m.len + 1] == '\0' || t[m.len + 1] == '\n')) || t[m.len] == '\n')) {
		size_t l = m.len + (t[m.len] == ' ' ? 1 : 0);
		const char *nl, *colon;
		size_t line;
		nl = strchr(t, '\n');
		line = nl ? (size_t)(nl - t) : n;
		/* a heading opens with a capital ("About", "ABOUT"), never a
		 * line of text that a layout broke ("over your head as you") */
		if (pm_cp_is_lower(nz_first_cp(t)))
			return false;
		/* about.whole_line: the lead alone on the cell's or the
		 * paragraph's first line ("Über uns" over its text in a
		 * one-cell box), its text the lines under it */
		if (t[m.len] == '\n' || (t[m.len] == ':' && t[m.len + 1] == '\n')) {
			if (inline_rest)
				*inline_rest = strchr(t, '\n') + 1;
			return true;
		}
		if (t[m.len] == '\0' || t[m.len] == ':')
			return true; /* about.whole_line */
		/* about.not_heading: the lead before a quantity is the word
		 * "more than", "about", "on" ("Über 300 Gäste", "Sobre 1.200
		 * hectáreas", "About 40 volunteers"); a name that opens with
		 * digits ("About 3M") is not a quantity */
		{
			const char *q = t + l;
			while (*q && (isdigit((unsigned char)*q) || ((*q == '.' || *q == ',') && isdigit((unsigned char)q[1]))))
				q++;
			if (q > t + l && (*q == ' ' || *q == '\0'))
				return false;
		}
		/* "About Lumenfold" as a line of its own (a heading); about.colon:
		 * with a colon too ("About Lumenfold:", "À propos de :",
		 * "Über die Kessler GmbH:") */
		/* about.line.name_words: the name counted, not the line, as
		 * about.colon.name_words counts it: nine words after the lead,
		 * whatever the lead spends ("About" one, "À propos de" three:
		 * "À propos de la Communauté de communes du Val d'Arve") */
		if (line <= 90 && about_name_words(t + l) <= 9 && !nl &&
		    (!nz_ends_sentence(t) ||
		     /* "About Acme Corp." but not a short sentence ("Over
		      * twee jaar is de brug klaar.") */
		     (nz_last_cp(t) == '.' && nz_words(t) <= 8 && !pm_cp_is_lower(nz_first_cp(t + l))) ||
		     (nz_colon_cp(nz_last_cp(t)) && about_name_words(t + l) <= 7) ||
		     (about_quoted_name(t + l) && nz_words(t) <= 10) || about_paren_name(t + l)))
			return true;
		if (nl && line <= 90) {
			if (inline_rest)
				*inline_rest = (char *)nl + 1;
			return true;
		}
		/* "About Hylaine Hylaine is a ...": the name after About is
		 * repeated as the subject of the first sentence. */
		if (inline_rest) {
			const char *w[10];
			size_t nw = 0, k2, j2;
			const char *q = t + l;
			while (*q && nw < 10) {
				while (*q == ' ')
					q++;
				if (!*q)
					break;
				w[nw++] = q;
				while (*q && *q != ' ')
					q++;
			}
			/* the repeated subject is a name, never a small word
			 * ("Sobre o calendário das obras, o presidente ...");
			 * about.heading_repeat_article: but the name may open
			 * with its article, which the sentence capitalises
			 * ("About the Hartwell Trust The Hartwell Trust is …",
			 * "Sobre a Lusomar A Lusomar é …": a table cell or a
			 * text that joined the heading to its paragraph) */
			bool article = nw > 1 && strcspn(w[0], " ") <= 3 && pm_cp_is_lower(nz_first_cp(w[0])) &&
			               !pm_cp_is_lower(nz_first_cp(w[1]));
			if (nw > 0 && pm_cp_is_lower(nz_first_cp(w[0])) && !article)
				nw = 0;
			for (k2 = 1; k2 + k2 <= nw && k2 <= 6; k2++) {
				bool same = true;
				for (j2 = 0; j2 < k2 && same; j2++) {
					const char *a = w[j2], *b = w[k2 + j2];
					size_t la = strcspn(a, " ,"), lb = strcspn(b, " ,");
					same = la == lb && (j2 == 0 && article ? !strncasecmp(a, b, la) : !strncmp(a, b, la));
				}
				/* "About LATINAFest®, LLC LATINAFest® founded": the
				 * repeat starts after the legal suffix */
				if (!same && k2 >= 2) {
					const char *a = w[0], *b = w[k2];
					size_t la = strcspn(a, " ,"), lb = strcspn(b, " ,");
					same = la == lb && !strncmp(a, b, la) && nz_words(t) > k2 + 3;
				}
				if (same && nz_cps(t) > 60) {
					*inline_rest = (char *)w[k2];
					return true;
				}
			}
		}
		/* about.heading_glued: a scraper that dropped the line break
		 * between the heading and its paragraph, which opens with the
		 * name again ("About StonegateStonegate Capital Partners is",
		 * "About Acme CorpAcme is"): the heading ends where a capital
		 * is glued to the letter before it and the name's first word
		 * starts over. */
		if (inline_rest && nz_cps(t) > 60) {
			const char *s0 = t + l, *q;
			for (q = s0 + 1; *q && q - s0 < 100 && *q != '\n'; q++) {
				size_t first = strcspn(s0, " ");
				if (q[-1] == ' ' || !isupper((unsigned char)*q) || !islower((unsigned char)q[-1]))
					continue;
				if (first > (size_t)(q - s0))
					first = (size_t)(q - s0);
				if (first >= 3 && !strncmp(q, s0, first)) {
					*inline_rest = (char *)q;
					return true;
				}
			}
		}
		/* "About Fasig | Brooks Law Offices For over 30 years, ...": the
		 * heading is the run of capitalised words (and "|", "&", "of")
		 * up to the word that opens a sentence, a capitalised word
		 * followed by a lower-case one. */
		if (inline_rest && nz_cps(t) > 100) {
			/* [heading_joiners], as written: "of", "de" */
			pm_lex_query joiner = {PM_LEX_HEADING_JOINERS, PM_LEX_ALL_LANGS, 0, 0,
			                       PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
			const char *q = t + l, *prev = NULL;
			size_t words = 0;
			while (*q && words < 12) {
				const char *w = q, *nx;
				int32_t c = nz_first_cp(w);
				while (*q && *q != ' ')
					q++;
				nx = q;
				while (*nx == ' ')
					nx++;
				if (!(pm_cp_is_upper(c) || *w == '|' || *w == '&' || pm_lex_opens_before(&joiner, w, ' ') ||
				      pm_cp_is_digit(c)))
					break;
				if (words > 0 && pm_cp_is_upper(c) && pm_cp_is_lower(nz_first_cp(nx)) &&
				    !pm_lex_opens_before(&joiner, nx, ' ')) {
					*inline_rest = (char *)w;
					(void)prev;
					return true;
				}
				prev = w;
				words++;
				q = nx;
			}
		}
		/* "About Lumenfold: Founded in 2016 ..." (not the colon of
		 * "(NASDAQ: LMFD)") */
		colon = strstr(t, ": ");
		while (colon) {
			const char *op = t, *o2;
			int depth = 0;
			for (o2 = op; o2 < colon; o2++)
				depth += *o2 == '(' ? 1 : *o2 == ')' ? -1 : 0;
			if (depth <= 0)
				break;
			colon = strstr(colon + 1, ": ");
		}
		if (!colon)
			colon = strstr(t, " \xE2\x80\x93 ");
		if (colon && (size_t)(colon - t) <= 140 && colon - t > (long)l) {
			size_t k, w = 1;
			for (k = 0; k < (size_t)(colon - t); k++)
				if (t[k] == ' ')
					w++;
			if (w <= 16) {
				if (inline_rest)
					*inline_rest = (char *)colon + (colon[0] == ':' ? 1 : 4);
				return true;
			}
		}
		/* "عن" and "Sobre" are common words: only as headings */
		return false;
	}
	return false;
}

/* Whether the word w (a label without its colon: "Phone", "E-mail",
 * "Address") labels a way to reach the sender, as a masthead or a
 * contact gives them ([contact_field_labels], [phone_labels],
 * [email_labels], [social_labels], [masthead_labels]) or heads a
 * contact: the labels body.side_facts and letterhead.form_label leave
 * to the masthead. A trailing stop is no part of it ("Tel."). */
bool rule_reach_label(const char *w)
{
	static const pm_lex_section secs[] = {PM_LEX_CONTACT_FIELD_LABELS, PM_LEX_PHONE_LABELS, PM_LEX_EMAIL_LABELS,
	                                      PM_LEX_SOCIAL_LABELS, PM_LEX_MASTHEAD_LABELS};
	char word[64];
	size_t n = strlen(w), s;
	while (n && (w[n - 1] == ' ' || w[n - 1] == '.'))
		n--;
	if (!n || n >= sizeof word)
		return false;
	memcpy(word, w, n);
	word[n] = '\0';
	for (s = 0; s < sizeof secs / sizeof *secs; s++)
		if (pm_lex_has(secs[s], word))
			return true;
	return rule_contact_heading(word);
}

/* A line that belongs to a letterhead: an address, a web site, a phone. */
/* How many of t's words (runs between spaces and line breaks) begin
 * with an ASCII small letter; *words gets the number of words. Names
 * and figures (an address, a footer) begin few words so, a sentence
 * most: the letterhead's address line and the page footer weigh it. */
size_t rule_small_initials(const char *t, size_t *words)
{
	size_t small = 0;
	const char *p = t;
	*words = 0;
	while (*p) {
		p += strspn(p, " \n");
		if (!*p)
			break;
		(*words)++;
		if (islower((unsigned char)*p))
			small++;
		p += strcspn(p, " \n");
	}
	return small;
}

/* Convention headline.letterhead (address line): a letterhead's postal
 * line runs long when it names a department, a street, a city and its
 * postal code before the phone ("Department of Rivers, Quay House, 4
 * Mill Lane, Tarrow TR4 9QZ Phone: 0161 555 0192"): names and figures,
 * not a sentence. True for a line of 40 words at most, no sentence end,
 * in which a quarter of the words at most begin with a small letter (a
 * sentence's words mostly do). The caller has found a phone or e-mail
 * in it. */
static bool address_words(const char *t)
{
	size_t words, small;
	if (nz_ends_sentence(t))
		return false;
	small = rule_small_initials(t, &words);
	return words <= 40 && small * 4 <= words;
}

/* Convention letterhead.postal_line: a postal address line ("14 Canal
 * Wharf, Thornbury TB4 2QL", "Hafenstraße 12, 20457 Hamburg", "Keizerslaan
 * 9, 3512 AB Utrecht", "Rua do Cais 14, 4999-001 Vila Franca", "40 Elm
 * Street, Harlow, MA 01742") is a letterhead's or a footer's, never a
 * title nor a sentence: names and figures with a postal code beside its
 * town. The code's shapes (UPU's addressing conventions):
 * - British: outward code and inward code ("TB4 2QL", "EC1A 1BB");
 * - American: a state's two capitals then a ZIP code ("MA 01742",
 *   "MA 01742-0042");
 * - Dutch: four digits and two capitals ("3512 AB");
 * - Portuguese and Polish: "4999-001", "00-950"; a country's letters
 *   before the digits ("D-20457", "CH-8001");
 * - Swedish: three digits and two ("111 22") before the town;
 * - four or five digits before the town (most of Europe), which a year
 *   or a count also shows ("2026 Budget …"): a street's number must
 *   stand before it ("Via Roma 4, 00184 Roma"), or, five digits, the
 *   code and town make the whole line ("20457 Hamburg").
 * Tokens are the runs between spaces, commas and line breaks. */
static size_t postal_token(const char *p, char *tok, size_t cap)
{
	size_t k = strcspn(p, " ,\n"), n = k < cap - 1 ? k : cap - 1;
	memcpy(tok, p, n);
	tok[n] = '\0';
	return k;
}

static bool shape(const char *t, const char *pat)
{
	/* pat: 'A' a capital, '9' a digit, 'X' either, '-' itself */
	for (; *pat; pat++, t++) {
		unsigned char c = (unsigned char)*t;
		if (!c || (*pat == 'A' && !isupper(c)) || (*pat == '9' && !isdigit(c)) ||
		    (*pat == 'X' && !isupper(c) && !isdigit(c)) || (*pat == '-' && c != '-'))
			return false;
	}
	return !*t;
}

/* Whether a token is a town's word: it opens with a capital (any script
 * with case: "Écully", "Ørestad") and ends with a letter or a stop ("St.
 * Albans"); a label's colon ("2025 Opening:") is no town's. */
static bool town_word(const char *tok)
{
	int32_t c = 0;
	size_t n = strlen(tok);
	if (!n || tok[n - 1] == ':')
		return false;
	pm_utf8_decode((const unsigned char *)tok, n, &c);
	return pm_cp_is_upper(c);
}

/* Whether the tokens from `from` to the next part's break name a town:
 * four at most, the first a town's word, none with a digit ("Frankfurt am
 * Main", "Vila Seca"). */
static bool town_part(char tok[][24], const bool *brk, size_t n, size_t from)
{
	size_t j;
	if (from >= n || !town_word(tok[from]))
		return false;
	for (j = from; j < n && (j == from || !brk[j]); j++)
		if (j - from >= 4 || strpbrk(tok[j], "0123456789"))
			return false;
	return true;
}

/* Whether a token opens or ends with a figure: "12", "12a", "No.12". */
static bool number_edge(const char *tok)
{
	return isdigit((unsigned char)tok[0]) || (tok[0] && isdigit((unsigned char)tok[strlen(tok) - 1]));
}

bool rule_postal_line(const char *t)
{
	enum { MAXT = 48 };
	char tok[MAXT][24];
	bool brk[MAXT + 1];
	size_t n = 0, i, words, small;
	const char *p = t;
	bool number_before = false; /* a token before tok[i] opens or ends with a figure (a street's number) */
	pm_date d;
	size_t len = strlen(t);
	while (len && t[len - 1] == ' ')
		len--;
	/* an Italian address ends with its province's code in parentheses
	 * ("06049 Valdorsa (PG)"): the parenthesis ends no sentence unless
	 * a stop stands before it */
	if (len > 160 ||
	    (nz_ends_sentence(t) && !(len >= 2 && t[len - 1] == ')' && !strchr(".!?", t[len - 2]))))
		return false;
	small = rule_small_initials(t, &words);
	if (words < 2 || words > 14 || small * 4 > words)
		return false;
	while (*p && n < MAXT) {
		size_t gap = strspn(p, " ,\n");
		/* a part opens the line, or follows a comma, a line break or a
		 * separator's sign ("·", "|", "–") */
		brk[n] = n == 0 || memchr(p, ',', gap) || memchr(p, '\n', gap) ||
		         (n > 0 && !isalnum((unsigned char)tok[n - 1][0]) && strlen(tok[n - 1]) <= 3);
		p += gap;
		if (!*p)
			break;
		p += postal_token(p, tok[n], sizeof tok[n]);
		n++;
	}
	for (i = 0; i + 1 < n; i++) {
		const char *a = tok[i], *b = tok[i + 1], *c = i + 2 < n ? tok[i + 2] : "";
		/* British */
		if ((shape(a, "A9") || shape(a, "A99") || shape(a, "AA9") || shape(a, "AA99") || shape(a, "A9A") ||
		     shape(a, "AA9A")) &&
		    shape(b, "9AA"))
			return true;
		/* American */
		if (shape(a, "AA") && (shape(b, "99999") || shape(b, "99999-9999")))
			return true;
		/* Dutch */
		if (shape(a, "9999") && shape(b, "AA") && town_word(c))
			return true;
		/* Portuguese, Polish, a country's prefix */
		if ((shape(a, "9999-999") || shape(a, "99-999") || shape(a, "A-9999") || shape(a, "A-99999") ||
		     shape(a, "AA-9999") || shape(a, "AA-99999")) &&
		    town_word(b))
			return true;
		/* Swedish */
		if (shape(a, "999") && shape(b, "99") && town_word(c) && number_before && brk[i] && town_part(tok, brk, n, i + 2))
			return true;
		/* four or five digits opening a part that the town ends, in a
		 * line that gives no date (a year: "March 3-29, 2025 Opening
		 * …"; a table's row of years: "2023 2024 Container ships 412") */
		if ((shape(a, "9999") || shape(a, "99999")) && brk[i] && town_part(tok, brk, n, i + 1) &&
		    (number_before || (shape(a, "99999") && i == 0 && n <= 3)) && !pm_date_find(t, strlen(t), 0, 1, &d))
			return true;
		/* letterhead.postal_line.separated_code: a street named
		 * without a number (a French "route", "chemin", a "lieu-dit")
		 * then a separator's sign ("-", "–", "·", "|") and a five-digit
		 * code whose town ends the line ("Chemin des Aulnes - 45210
		 * Ferrières-sur-Loing"): the sign sets the code apart from a
		 * count's sentence, and the town must close the line */
		if (shape(a, "99999") && i >= 3 && brk[i] && !isalnum((unsigned char)tok[i - 1][0]) &&
		    town_part(tok, brk, n, i + 1) && !pm_date_find(t, strlen(t), 0, 1, &d)) {
			size_t j = i + 2;
			while (j < n && !brk[j])
				j++;
			if (j == n)
				return true;
		}
		number_before = number_before || number_edge(a);
	}
	return false;
}

bool rule_letterhead_line(const char *t)
{
	/* [letterhead_leads]: "Authorised by" */
	pm_lex_query authorised = {PM_LEX_LETTERHEAD_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	size_t s, e;
	if (rule_find_email(t, 0, &s, &e) || rule_find_phone(t, 0, false, &s, &e))
		/* headline.letterhead: an address line's parts between bars,
		 * middle dots or bullets ("Rua do Cais, 14 · 4999-001 Vila Franca
		 * · Tel. 210 555 014") make a long line a letterhead's */
		return nz_words(t) < 12 || ((strchr(t, '|') || strstr(t, " \xC2\xB7 ") || strstr(t, " \xE2\x80\xA2 ")) &&
		                            !nz_ends_sentence(t)) ||
		       address_words(t);
	if ((strstr(t, "www.") || strstr(t, "http")) && nz_words(t) < 6)
		return true;
	if (rule_postal_line(t))
		return true;
	if (pm_lex_prefix(&authorised, t, strlen(t), NULL))
		return true;
	/* the site's section label a scraper kept above the title */
	return pm_lex_has(PM_LEX_SITE_LABELS, t);
}

/* Whether t is made of words: six letters at least, and letters two in
 * three of its characters other than spaces (a logo read by OCR as
 * "JE. \"L”" is not). */
static bool worded(const char *t)
{
	size_t letters = 0, other = 0;
	const char *p = t;
	while (p && *p) {
		int32_t c;
		p += pm_utf8_decode((const unsigned char *)p, strlen(p), &c);
		if (pm_cp_is_letter(c))
			letters++;
		else if (c != ' ' && c != '\n')
			other++;
	}
	return letters >= 6 && letters >= 2 * other;
}

/* Convention letterhead.title_by_size: a letterhead's name is set above
 * the release's own title, so the page's largest type standing over a
 * site line is a letterhead only when a title follows: a block set in
 * type or weight above the body's (not a site, e-mail or phone line)
 * among the next few blocks of the page ("NORTHWAY FERRIES" at 24 points
 * / "www.northway.example" / the title at 16 points). With none below
 * ("Winter timetable" at 20 points / "Timetables: https://…" / the body
 * at 10), the large block is the title the page opens with. True when
 * block i of the first page is set in its largest type, half as large
 * again as the body's at least, made of words, and no such title
 * follows it. */
bool rule_title_by_size(const nz *z, size_t i)
{
	const pm_block *b = z->b[i];
	size_t j;
	if (b->page > 1 || b->font_size <= 0 || z->body_font <= 0 || b->font_size < 1.5 * z->body_font ||
	    !worded(b->text))
		return false;
	for (j = 0; j < z->n && z->b[j]->page <= 1 && j <= i + 8; j++) {
		const pm_block *o = z->b[j];
		if (j == i || !o->text)
			continue;
		if (o->font_size > b->font_size * 1.02)
			return false;
		if (j > i && !rule_letterhead_line(o->text) && nz_words(o->text) <= 25 && !nz_ends_sentence(o->text) &&
		    (o->font_size >= 1.15 * z->body_font || (o->flags & PM_BF_BOLD)))
			return false;
	}
	return true;
}

/* Convention headline.subheadline.title_case: English headline style
 * capitalises every major word (Chicago Manual of Style 8.159, AP's
 * headline caps for decks), so a line under the title written so is a
 * secondary title even when it ends with a full stop ("Orchard Volunteers
 * Save Forty Heritage Varieties From a Single Hedge."): four words of
 * four letters or more at least, nine in ten of them capitalised. Only
 * for English: German capitalises every noun in a sentence. */
bool rule_title_case(const char *t, const char *lang)
{
	size_t long_words = 0, caps = 0;
	const char *p = t;
	if (!lang || strcmp(lang, "en") != 0 || strchr(t, '\n'))
		return false;
	while (*p) {
		size_t k = strcspn(p, " "), letters = 0, j;
		for (j = 0; j < k; j++)
			if (isalpha((unsigned char)p[j]))
				letters++;
		if (letters >= 4 && isalpha((unsigned char)p[0])) {
			long_words++;
			if (isupper((unsigned char)p[0]))
				caps++;
		}
		p += k;
		p += strspn(p, " ");
	}
	return long_words >= 4 && caps * 10 >= long_words * 9;
}

/* ---- tags --------------------------------------------------------------- */

static void add_tag(pm_strv *tags, const char *s, size_t n)
{
	char *t = nz_trim(s, n, ":|");
	if (t && *t && nz_words(t) <= 8)
		pm_strv_add(tags, t);
	else
		free(t);
}

/* The title after a rubric's colon: a capital (or a script without
 * case) first, and four words or more. */
static bool rubric_rest(const char *r)
{
	int32_t c;
	while (*r == ' ')
		r++;
	c = nz_first_cp(r);
	if (!c || isdigit((unsigned char)*r) || (c < 0x80 && !isalpha((int)c)))
		return false;
	if (!pm_cp_is_upper(c) && pm_lex_fold_cp(c, 0) != c)
		return false;
	return nz_words(r) >= 4;
}

/* A rubric before a colon: one or two capitalised words, no figure, no
 * full stop ("Culture", "Local news" are; "Q3 results", "Dr. Li" are not). */
static bool rubric_word(const char *p, size_t n)
{
	size_t k, words = 1;
	if (n < 3 || !pm_cp_is_upper(nz_first_cp(p)))
		return false;
	for (k = 0; k < n; k++) {
		if (isdigit((unsigned char)p[k]) || p[k] == '.' || p[k] == '"' || p[k] == '\'')
			return false;
		if (p[k] == ' ')
			words++;
	}
	return words <= 2;
}

/* Whether the word [w, w+n) is an event's year or edition: a year of
 * four figures ("2024") or a name in capitals with its number glued on
 * ("COP29", "EXPO2025"). */
static bool event_number(const char *w, size_t n)
{
	size_t k = 0, caps = 0;
	while (k < n && isupper((unsigned char)w[k]))
		k++, caps++;
	if (k == n || (caps == 1) || n - k > 4)
		return false;
	for (; k < n; k++)
		if (!isdigit((unsigned char)w[k]))
			return false;
	if (caps)
		return true;
	return n == 4 && (!strncmp(w, "19", 2) || !strncmp(w, "20", 2));
}

/* Convention headline.rubric.event: an event's name with its year or
 * edition before the colon or dash ("Salon Vinexpo 2025 : Les …",
 * "Jazz Festival 2024 – The …", "Feria del Libro 2024: La …", "EXPO2025:
 * …") is a rubric, as a section's name is: one to five words, the name's
 * words capitalised (a function word may join them: "Festival of Lights
 * 2024", not "Class of 2024"), the year or edition last and its only
 * figure, no article, pronoun or function word first. Before a year, two
 * capitalised words at least: one word and a year ("Seit 2019:", "Since
 * 2019:", "Budget 2024 :") may be a time or a subject opening a sentence.
 * The caller also wants the title after it to open with a capital
 * (rubric_rest): "Budget 2024 : la Ville maintient ses taux" is one
 * sentence. */
static bool event_rubric(const char *p, size_t n)
{
	/* the joiners of every language, pending ones too ("della") */
	pm_lex_query fw = {PM_LEX_FUNCTION_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_PENDING};
	pm_lex_query stop = {PM_LEX_STOP_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query pron = {PM_LEX_NOT_NAME_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t k = 0, words = 0, names = 0;
	bool last_joiner = false;
	while (n && p[n - 1] == ' ')
		n--;
	if (n < 4 || n > 48)
		return false;
	while (k < n) {
		size_t w = k, e, j;
		bool digit = false;
		while (k < n && p[k] != ' ')
			k++;
		e = k;
		for (j = w; j < e; j++) {
			if (strchr(".,;:?!\"()[]/", p[j]))
				return false;
			if (isdigit((unsigned char)p[j]))
				digit = true;
		}
		words++;
		if (e == n) {
			/* the last word: the year or the edition */
			if (!event_number(p + w, e - w) || last_joiner || (names < 2 && isdigit((unsigned char)p[w])))
				return false;
		} else if (digit) {
			return false;
		} else if (pm_cp_is_upper(nz_first_cp(p + w))) {
			if (words == 1 && (pm_lex_word(&fw, p + w, e - w, NULL) || pm_lex_word(&stop, p + w, e - w, NULL) ||
			                   pm_lex_word(&art, p + w, e - w, NULL) || pm_lex_word(&pron, p + w, e - w, NULL)))
				return false;
			names++;
			last_joiner = false;
		} else if (names && (pm_lex_word(&fw, p + w, e - w, NULL) || pm_lex_word(&art, p + w, e - w, NULL))) {
			last_joiner = true; /* "of", "de", "del" between the name's words */
		} else {
			return false;
		}
		while (k < n && p[k] == ' ')
			k++;
	}
	return words <= 5;
}

/* Convention headline.rubric.sentence_title: a topic of one to three
 * words, then a sentence-length title in sentence case ("Brazil's
 * drought: farmers in the south wait for rain as the reservoirs fall to
 * a tenth of their level", "Harbour works: ferries leave from the north
 * quay until the end of May while the berths are rebuilt"). Sentence-case
 * headlines put a lower-case word after a kicker's colon; a clause before
 * a colon ("One thing is clear: the levees held", headline.colon_sentence)
 * is longer, opens with an article or a pronoun, or holds a verb in lower
 * case before its last word, and what follows it is short. The topic: a
 * capital first, no article or pronoun ([articles], [not_name_words]:
 * "It's official:"), no lower-case word but the last ("Brazil's drought",
 * "Climate change"), no figure standing alone ("Budget 2024", "Q3") though
 * a name may hold one after a hyphen ("COVID-19"); the title: lower case
 * first, ten words or more, three times the topic's. */
static bool rubric_before_sentence(const char *p, size_t n, const char *rest)
{
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_CAPITALISED};
	pm_lex_query pron = {PM_LEX_NOT_NAME_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	pm_lex_query poss = {PM_LEX_POSSESSIVE_ENDINGS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t k = 0, words = 0, first_len = 0;
	if (n < 3 || !pm_cp_is_upper(nz_first_cp(p)) || !pm_cp_is_lower(nz_first_cp(rest)) || strstr(rest, ": "))
		return false;
	while (k < n) {
		size_t w = k, e, j;
		bool digit = false, letter = false, hyphen = false;
		while (k < n && p[k] != ' ')
			k++;
		e = k;
		for (j = w; j < e; j++) {
			if (strchr(".,;?!\"()", p[j]))
				return false;
			if (isdigit((unsigned char)p[j]))
				digit = true;
			else if (p[j] == '-')
				hyphen = true;
			else if (isalpha((unsigned char)p[j]) || (unsigned char)p[j] >= 0x80)
				letter = true;
		}
		if (digit && !(letter && hyphen))
			return false;
		if (++words == 1)
			first_len = e - w;
		else if (!pm_cp_is_upper(nz_first_cp(p + w)) && k < n)
			return false; /* a lower-case word before the last: a clause */
		while (k < n && p[k] == ' ')
			k++;
	}
	if (words > 3)
		return false;
	{
		size_t pl = pm_lex_ends(&poss, p, first_len);
		if (pm_lex_word(&art, p, first_len, NULL) || pm_lex_word(&pron, p, first_len, NULL) ||
		    (pl && pm_lex_word(&pron, p, first_len - pl, NULL)))
			return false;
	}
	return nz_words(rest) >= 10 && nz_words(rest) >= 3 * words;
}

/* Convention dateline.shape.drawn_dash: a dash drawn with the
 * horizontal bar '―' (U+2015) or box-drawing lines ('─' U+2500, '━'
 * U+2501), often two or three in a row ("Brooklyn, NY ── The club…",
 * "Lisboa ― A associação…"), separates the dateline from the text as an
 * em dash does: word processors' symbol menus and fonts without an em
 * dash give them. The bytes of the run at s, 0 when there is none. */
static size_t drawn_dash(const char *s)
{
	size_t n = 0;
	while (!strncmp(s + n, "\xE2\x80\x95", 3) || !strncmp(s + n, "\xE2\x94\x80", 3) ||
	       !strncmp(s + n, "\xE2\x94\x81", 3))
		n += 3;
	return n;
}

/* An en or em dash at s, or a drawn one. */
static bool long_dash(const char *s)
{
	return !strncmp(s, "\xE2\x80\x94", 3) || !strncmp(s, "\xE2\x80\x93", 3) || drawn_dash(s);
}

/* A dash after a dateline: "--", an en or em dash, or a hyphen and a
 * space (the text's own hyphens are not separators). */
static bool dash_at(const char *q)
{
	return !strncmp(q, "--", 2) || long_dash(q) || (*q == '-' && q[1] == ' ');
}

/* Convention headline.wire_column: a service column's or rubric's name
 * before a dash, then the title ("Mining Monitor – Orvany Metals lifts
 * …", "Terroirs en bref – La Coopérative …", "Evènement - Lancement
 * …"). Decidable only when the name is short, capitalised, without a
 * figure, and holds a word of [column_words]; the title after it starts
 * with a capital. An event's name with its year is such a name too
 * (headline.rubric.event: "Harbour Jazz Festival 2024 – Tickets …"). Returns the bytes up to the title (the name's in
 * *name_len), 0 if none. */
static size_t column_name(const char *p, size_t *name_len)
{
	pm_lex_query q = {PM_LEX_COLUMN_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	const char *d = NULL;
	size_t k, n, dl = 0, words = 1;
	bool named = false;
	/* the first dash between spaces: " – ", " — ", " - " */
	for (k = 0; p[k] && k <= 41 && !d; k++)
		if (p[k] == ' ' && dash_at(p + k + 1) && strncmp(p + k + 1, "--", 2)) {
			dl = 1 + ((unsigned char)p[k + 1] == 0xE2 ? 3 : 1);
			if (p[k + dl] == ' ') {
				d = p + k;
				dl++;
			}
		}
	/* a script without capitals (Arabic: "أخبار محلية – …") has none to
	 * show, on the name or the title */
	if (!d || (n = (size_t)(d - p)) < 3 || n > 40 ||
	    !(pm_cp_is_upper(nz_first_cp(p)) || uncased_letter(nz_first_cp(p))))
		return 0;
	/* headline.rubric.event: "Jazz Festival 2024 – The …" */
	if (event_rubric(p, n) && rubric_rest(d + dl)) {
		*name_len = n;
		return n + dl;
	}
	for (k = 0; k < n; k++) {
		if (isdigit((unsigned char)p[k]) || strchr(".,:;!?\"()", p[k]))
			return 0;
		if (p[k] == ' ')
			words++;
	}
	if (words > 4)
		return 0;
	for (k = 0; k < n && !named; k++) {
		pm_lex_match m;
		if ((k == 0 || p[k - 1] == ' ') && pm_lex_prefix(&q, p + k, n - k, &m) && k + m.len == n)
			named = true;
		else if ((k == 0 || p[k - 1] == ' ') && pm_lex_prefix(&q, p + k, n - k, &m) && p[k + m.len] == ' ')
			named = true;
	}
	if (!named || !(pm_cp_is_upper(nz_first_cp(d + dl)) || uncased_letter(nz_first_cp(d + dl))) ||
	    nz_words(d + dl) < 3)
		return 0;
	*name_len = n;
	return n + dl;
}

/* Convention headline.rubric.issuer_acronym: an organisation named with
 * its acronym in parentheses before the colon ("COUNCIL OF HARBOUR
 * PILOTS (COHP): …", "Harbour Trust of Pellow Bay (HTPB): Volunteers
 * …", "Association des vignerons de l'Ardoise (AVA) : Les …") is a
 * rubric: the name is a label, not a sentence's subject. The acronym,
 * two to eight capitals, spells the initials of the name's words, of all
 * of them or of its capitalised ones; the name holds no figure and no
 * punctuation but a hyphen, an apostrophe or an ampersand; the title
 * after the colon opens with a capital (rubric_rest). Gives the bytes of
 * the name with its parenthesis, and where the title starts in *title,
 * or 0. */
static size_t acronym_rubric(const char *p, size_t *title)
{
	const char *c = strstr(p, ")"), *open;
	char all[16], caps[16];
	size_t na = 0, nc = 0, acr, k, words = 0;
	if (!c || c - p > 90)
		return 0;
	if (!strncmp(c + 1, ": ", 2))
		*title = (size_t)(c + 3 - p);
	else if (!strncmp(c + 1, " : ", 3))
		*title = (size_t)(c + 4 - p);
	else
		return 0;
	open = memchr(p, '(', (size_t)(c - p));
	if (!open || open == p || open[-1] != ' ' || (acr = (size_t)(c - open - 1)) < 2 || acr > 8)
		return 0;
	for (k = 1; k <= acr; k++)
		if (!isupper((unsigned char)open[k]))
			return 0;
	for (k = 0; p + k < open - 1;) {
		size_t e = k;
		while (p + e < open - 1 && p[e] != ' ') {
			if (isdigit((unsigned char)p[e]) || strchr(".,;:!?\"()[]/", p[e]))
				return 0;
			e++;
		}
		if (e > k) {
			int32_t first = nz_first_cp(p + k);
			words++;
			if (na < sizeof all && isalpha((unsigned char)p[k]))
				all[na++] = (char)toupper((unsigned char)p[k]);
			if (nc < sizeof caps && pm_cp_is_upper(first) && isalpha((unsigned char)p[k]))
				caps[nc++] = p[k];
		}
		k = e;
		while (p + k < open - 1 && p[k] == ' ')
			k++;
	}
	if (words < 2 || !((na == acr && !memcmp(all, open + 1, acr)) || (nc == acr && !memcmp(caps, open + 1, acr))))
		return 0;
	if (!rubric_rest(p + *title))
		return 0;
	return (size_t)(c + 1 - p);
}

/* The shape of headline.rubric.event_one_word (headline.c weighs the
 * document's evidence): one capitalised word of letters, an event's year,
 * a colon (French spacing too), then a title (rubric_rest): "Salon 2025 :
 * Les …", "Expo 2026: Harwick …". Gives the bytes of the word and the
 * year, and where the title starts in *title; 0 if not that shape. */
size_t rule_one_word_event_rubric(const char *h, size_t *title)
{
	size_t w = 0, y, k, letters = 0;
	if (!pm_cp_is_upper(nz_first_cp(h)))
		return 0;
	while (h[w] && h[w] != ' ') {
		unsigned char c = (unsigned char)h[w];
		if (c < 0x80 && !isalpha(c))
			return 0;
		letters += (c & 0xC0) != 0x80;
		w++;
	}
	if (letters < 3 || h[w] != ' ')
		return 0;
	y = w + 1;
	k = y;
	while (isdigit((unsigned char)h[k]))
		k++;
	if (k - y != 4 || !event_number(h + y, 4))
		return 0;
	if (h[k] == ':' && h[k + 1] == ' ')
		*title = k + 2;
	else if (h[k] == ' ' && h[k + 1] == ':' && h[k + 2] == ' ')
		*title = k + 3;
	else
		return 0;
	return rubric_rest(h + *title) ? k : 0;
}

/* headline.colon_sentence: a speaker before the colon, not a rubric: the
 * title after it is a quotation, opening and closing with its marks
 * ("Marie Lestrade : « Nous … »"; a quoted name opening a title after a
 * rubric is no quotation: "Théâtre : « Les Bonnes » revient …"), or the
 * left part ends with a verb of saying ([speech_verbs]: "Bürgermeisterin
 * betont: …", "Mayor says: …"). */
static bool speaker_before_colon(const char *p, size_t n, const char *rest)
{
	pm_lex_query verbs = {PM_LEX_SPEECH_VERBS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	int32_t c;
	size_t k;
	while (*rest == ' ')
		rest++;
	c = nz_first_cp(rest);
	if (c == '"' || c == '\'' || c == 0xAB || c == 0xBB || c == 0x201C || c == 0x201E || c == 0x2018 ||
	    c == 0x201A || c == 0x2039 || c == 0x300C) {
		size_t e = strlen(rest);
		while (e && strchr(" .!?", rest[e - 1]))
			e--;
		c = e ? nz_last_cp_n(rest, e) : 0;
		if (c == '"' || c == '\'' || c == 0xBB || c == 0xAB || c == 0x201D || c == 0x201C || c == 0x2019 ||
		    c == 0x203A || c == 0x300D)
			return true;
	}
	while (n && p[n - 1] == ' ')
		n--;
	for (k = 1; k < n; k++) {
		pm_lex_match m;
		if (p[k - 1] == ' ' && pm_lex_prefix(&verbs, p + k, n - k, &m) && k + m.len == n)
			return true;
	}
	return false;
}

void rule_split_tags(const char *h, pm_strv *tags, char **rest, const char *lang)
{
	const char *p = h, *bar, *colon;
	*rest = NULL;
	/* "Togo | CIMCT : Lomé ..." - each part before a bar is a rubric */
	while ((bar = strstr(p, " | ")) && bar - p <= 60) {
		add_tag(tags, p, (size_t)(bar - p));
		p = bar + 3;
	}
	size_t acr_title = 0, acr_name = acronym_rubric(p, &acr_title);
	if (acr_name) {
		add_tag(tags, p, acr_name);
		p += acr_title;
	}
	/* "CIMCT : ..." (French spacing) or a short capitalised kicker "BREAKING: ..." */
	colon = acr_name ? NULL : strstr(p, " : ");
	if (colon && colon - p <= 60 && nz_words(p) > 3) {
		size_t w = 1, k;
		for (k = 0; k < (size_t)(colon - p); k++)
			if (p[k] == ' ')
				w++;
		bool digits = false;
		for (k = 0; k < (size_t)(colon - p); k++)
			if (isdigit((unsigned char)p[k]))
				digits = true;
		/* a rubric is a word or two naming a topic or an issuer; a
		 * figure ("Budget 2024 :") makes it part of the title, but for
		 * an event's year (headline.rubric.event), and so
		 * does a clause before the colon, a subject opening with an
		 * article, then a lower-case word after it (headline.colon_sentence:
		 * "Le conseil a tranché : la piscine restera ouverte"; a topic
		 * stays a rubric: "Protection des forêts : un plan …") */
		pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
		bool clause = (pm_lex_prefix(&art, p, (size_t)(colon - p), NULL) && pm_cp_is_lower(nz_first_cp(colon + 3))) ||
		              speaker_before_colon(p, (size_t)(colon - p), colon + 3);
		if (w <= 5 && !strchr(p, '?') && !clause &&
		    (!digits || (event_rubric(p, (size_t)(colon - p)) && rubric_rest(colon + 3)))) {
			add_tag(tags, p, (size_t)(colon - p));
			p = colon + 3;
		}
	} else if (!acr_name && (colon = strstr(p, ": ")) && colon - p <= 30 &&
	           !speaker_before_colon(p, (size_t)(colon - p), colon + 2)) {
		size_t k;
		bool caps = true;
		for (k = 0; k < (size_t)(colon - p); k++)
			if (islower((unsigned char)p[k]))
				caps = false;
		/* "SEN. REID: …" names a speaker, not a rubric */
		if (caps && colon - p >= 2 && !memchr(p, '.', (size_t)(colon - p))) {
			add_tag(tags, p, (size_t)(colon - p));
			p = colon + 2;
		} else if (rubric_word(p, (size_t)(colon - p)) && rubric_rest(colon + 2)) {
			/* Convention headline.rubric: a section's name, a word or
			 * two, then the title with its capital ("Harbour: Ferry
			 * adds a night crossing", "Sport: Der Stadtlauf …");
			 * lower case after the colon is a sentence
			 * (headline.colon_sentence: "One thing is clear: the …") */
			add_tag(tags, p, (size_t)(colon - p));
			p = colon + 2;
		} else if (rubric_before_sentence(p, (size_t)(colon - p), colon + 2) ||
		           (event_rubric(p, (size_t)(colon - p)) && rubric_rest(colon + 2))) {
			/* headline.rubric.event: "Feria del Libro 2024: La …" */
			add_tag(tags, p, (size_t)(colon - p));
			p = colon + 2;
		}
	}
	if (p == h) {
		size_t name_len = 0, c = column_name(p, &name_len);
		if (c) {
			add_tag(tags, p, name_len);
			p += c;
		}
	}
	(void)lang;
	if (p != h)
		*rest = nz_trim(p, strlen(p), "");
}

/* ---- dates and datelines ------------------------------------------------ */

/* Wire service tags after the date: "/PRNewswire/", "(BUSINESS WIRE)" */
static size_t wire_tag(const char *s)
{
	const char *p = s;
	while (*p == ' ')
		p++;
	if (*p == '/') {
		const char *e = strchr(p + 1, '/');
		if (e && e - p < 40)
			return (size_t)(e + 1 - s);
	}
	if (*p == '(') {
		const char *e = strchr(p + 1, ')');
		if (e && e - p < 40)
			return (size_t)(e + 1 - s);
	}
	return 0;
}

/* Does [s, s+n) open with a news agency's or wire service's name
 * ([wire_tags]: "dpa", "dpa/lby", "EFE", "Newsfile Corp. - ...",
 * "واس")? dateline.wire.*: the name is what tells a wire lead from a
 * parenthesis of the text ("Kranzfeld (dpa) -", not "Kranzfeld (see
 * below) -"). */
static bool wire_name(const char *s, size_t n)
{
	pm_lex_query q = {PM_LEX_WIRE_TAGS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	while (n && *s == ' ')
		s++, n--;
	return n && pm_lex_prefix(&q, s, n, &m);
}

/* A wire tag whose inside is a wire service's name: "(dpa)", "(EFE)",
 * "/ وام /", "(GLOBE NEWSWIRE)"; its bytes, or 0. */
static size_t named_wire_tag(const char *s)
{
	size_t w = wire_tag(s), open = 0;
	while (s[open] == ' ')
		open++;
	if (!w || !wire_name(s + open + 1, w - open - 2))
		return 0;
	return w;
}

/* dateline.wire.ko_equals: the Korean agencies' tag, the place and the
 * agency's name joined by '=' inside parentheses ("(서울=연합뉴스)",
 * "(부산=뉴스1)"); the agency must be in [wire_tags]. Its bytes at s
 * (after spaces), the place's offset and length in *place, *place_len;
 * 0 if none. */
static size_t equals_wire_tag(const char *s, size_t *place, size_t *place_len)
{
	size_t w = wire_tag(s), open = 0;
	const char *eq;
	while (s[open] == ' ')
		open++;
	if (!w || s[open] != '(')
		return 0;
	eq = memchr(s + open + 1, '=', w - open - 2);
	if (!eq || eq == s + open + 1 || !wire_name(eq + 1, (size_t)(s + w - 1 - (eq + 1))))
		return 0;
	*place = open + 1;
	*place_len = (size_t)(eq - (s + open + 1));
	while (*place_len && s[*place + *place_len - 1] == ' ')
		(*place_len)--;
	return *place_len ? w : 0;
}

/* A date without its year, as wire leads print it (dateline.wire.*:
 * "5 mar", "March 5", "12 sept", "5 MAR", "في 18 يونيو", "5 آذار", "12 de
 * março"): the day and a month's name ([months], pending abbreviations included), in
 * either order. Its bytes at s, or 0; *mon and *day (when not NULL) get
 * the month and the day. */
static size_t yearless_date(const char *s, size_t n, int *mon, int *day_out)
{
	pm_lex_query q = {PM_LEX_MONTHS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_PENDING};
	pm_lex_query lead = {PM_LEX_DATE_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_CAPITALISED};
	pm_lex_query conn = {PM_LEX_DATE_CONNECTORS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	pm_lex_match m;
	size_t i = 0, day = 0;
	if (pm_lex_prefix(&lead, s, n, &m) && m.len < n && s[m.len] == ' ')
		i = m.len + 1; /* "في 18 يونيو" */
	while (i + day < n && isdigit((unsigned char)s[i + day]))
		day++;
	if (day >= 1 && day <= 2) {
		size_t j = i + day;
		if (j < n && s[j] == '.')
			j++;
		/* a connector between the day and the month ([date_connectors]:
		 * Lusa's and EFE's "12 de março (Lusa)", "5 de marzo (EFE)") */
		if (j < n && s[j] == ' ' && pm_lex_prefix(&conn, s + j + 1, n - j - 1, &m) &&
		    j + 1 + m.len < n && s[j + 1 + m.len] == ' ')
			j += 1 + m.len;
		if (j < n && s[j] == ' ' && pm_lex_prefix(&q, s + j + 1, n - j - 1, &m)) {
			j += 1 + m.len;
			if (j < n && s[j] == '.')
				j++;
			if (mon)
				*mon = (int)m.entry.num;
			if (day_out)
				*day_out = atoi(s + i);
			return j;
		}
		return 0;
	}
	if (!day && pm_lex_prefix(&q, s + i, n - i, &m)) {
		size_t j = i + m.len, d = 0;
		if (j < n && s[j] == '.')
			j++;
		if (j >= n || s[j] != ' ')
			return 0;
		j++;
		while (j + d < n && isdigit((unsigned char)s[j + d]))
			d++;
		if (d >= 1 && d <= 2 && (j + d >= n || !isalnum((unsigned char)s[j + d]))) {
			if (mon)
				*mon = (int)m.entry.num;
			if (day_out)
				*day_out = atoi(s + j);
			return j + d;
		}
	}
	return 0;
}

/* dateline.date_year_from_document: the day and month a year-less wire
 * dateline gives ("Ourém do Vale, 5 mar (Lusa)", "(ANSA) - ROCCALTA, 5
 * MAR"), the first a word opens; false when it gives none. */
static size_t cjk_month_day(const char *s, size_t n, int *mon, int *day);

bool rule_dateline_day_month(const char *text, int *mon, int *day)
{
	size_t n = strlen(text), p;
	/* dateline.cjk.agency: "新华社云川3月5日电" */
	for (p = 0; p < n; p++)
		if (isdigit((unsigned char)text[p]) && (p == 0 || !isdigit((unsigned char)text[p - 1])) &&
		    cjk_month_day(text + p, n - p, mon, day))
			return true;
	for (p = 0; p < n; p++) {
		if (p > 0 && text[p - 1] != ' ' && text[p - 1] != ',')
			continue;
		*mon = *day = 0;
		if (yearless_date(text + p, n - p, mon, day) && *mon >= 1 && *mon <= 12 && *day >= 1 && *day <= 31)
			return true;
	}
	return false;
}

/* The separator between a dateline and the paragraph: " -- ", " – ", " — ",
 * " - ", ": ", ", " ... returns bytes consumed or 0. */
static size_t separator(const char *s)
{
	const char *p = s;
	while (*p == ' ')
		p++;
	if (!strncmp(p, "--", 2)) p += 2;
	else if (!strncmp(p, ".-", 2) || !strncmp(p, ".\xE2\x80\x93", 4) || !strncmp(p, ".\xE2\x80\x94", 4))
		p += p[1] == '-' ? 2 : 4; /* the Spanish ".-" */
	/* dateline.cjk.separator: the Chinese dash (破折号) is two em dashes
	 * ("青川，2025年3月5日——"), one in a narrow font's rendering; the
	 * full-width colon closes a dateline as ':' does (GB/T 15834) */
	else if (!strncmp(p, "\xE2\x80\x94\xE2\x80\x94", 6)) p += 6;
	else if (!strncmp(p, "\xE2\x80\x93", 3) || !strncmp(p, "\xE2\x80\x94", 3)) p += 3;
	else if (!strncmp(p, "\xEF\xBC\x9A", 3)) p += 3;
	else if (drawn_dash(p)) p += drawn_dash(p);
	else if (*p == '.' && p[1] == ' ' && (long_dash(p + 2) || (p[2] == '-' && p[3] == ' '))) {
		/* dateline.shape.ordinal_year: a year written as an ordinal,
		 * its full stop, then the dash ("Zelengaj, 6. ožujka 2025. – ",
		 * Croatian, Serbian, Slovene) */
		p += 2;
		p += drawn_dash(p) ? drawn_dash(p) : *p == '-' ? 1 : 3;
	} else if (*p == '-' || *p == ':' || *p == ',' || *p == '.' || *p == '|' || *p == '/')
		p += 1; /* "/": dateline.wire.slashed, "DUNMORE, OH / ACCESSWIRE / March 5, 2024 / " */
	else if (p == s)
		return 0;
	while (*p == ' ')
		p++;
	return (size_t)(p - s);
}

/* A word that opens a date ("le", "am", "den", "el"; [date_leads]) and
 * the space after it, in lower case or capitalised ("PARIS, Le 5 mars"):
 * its bytes, the space included, or 0. */
static size_t date_lead(const char *s)
{
	pm_lex_query q = {PM_LEX_DATE_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_CAPITALISED};
	pm_lex_match m;
	/* a lead is a short word: never strlen() a paragraph */
	if (pm_lex_prefix(&q, s, strnlen(s, 64), &m) && s[m.len] == ' ')
		return m.len + 1;
	return 0;
}

/* Strip, from the end of [s, s+n), separators and wire-service tags:
 * "MIAMI - (NewMediaWire) - " -> "MIAMI". Returns the new length. */
static size_t strip_tail_tags(const char *s, size_t n)
{
	for (;;) {
		size_t k = n;
		while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '-' || s[k - 1] == ',' || s[k - 1] == '|' ||
		                 s[k - 1] == ':'))
			k--;
		if (k >= 3 && (!memcmp(s + k - 3, "\xE2\x80\x93", 3) || !memcmp(s + k - 3, "\xE2\x80\x94", 3))) {
			n = k - 3;
			continue;
		}
		/* a middle dot parts the dateline's fields as a bar does
		 * (dateline.shape.issuer_place_date) */
		if (k >= 2 && !memcmp(s + k - 2, "\xC2\xB7", 2)) {
			n = k - 2;
			continue;
		}
		if (k > 0 && (s[k - 1] == ')' || s[k - 1] == '/')) {
			char open = s[k - 1] == ')' ? '(' : '/';
			size_t j = k - 1;
			while (j > 0 && s[j - 1] != open && k - j < 48)
				j--;
			if (j > 0 && s[j - 1] == open) {
				n = j - 1;
				continue;
			}
		}
		return k;
	}
}

/* dateline.wire.time_zone: after the date, a clock time and what names
 * its zone, maybe after a comma or a short word ("@ 8:00 AM
 * America/Toronto", ", 10:15 Uhr MEZ", ", 10:00 a.m. ET", " à 8h00 CET",
 * ", 10:00 h (CET)", " @ 7:00 AM Eastern", "07:00 AM Eastern Standard
 * Time"); its bytes, 0 if none. */
static size_t clock_tail(const char *s)
{
	pm_lex_query zones = {PM_LEX_TIME_ZONES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_PENDING};
	pm_lex_query units = {PM_LEX_CLOCK_UNITS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	const char *q = s, *c;
	size_t n, end, k;
	int hh, mm;
	while (*q == ' ')
		q++;
	if (*q == ',')
		q++;
	while (*q == ' ')
		q++;
	if (*q == '@')
		q++;
	else if (islower((unsigned char)*q) || (unsigned char)*q >= 0xC0) {
		/* "à", "at", "um", "às": a short word before the clock */
		const char *w = q;
		while (*w && *w != ' ' && w - q < 4)
			w++;
		if (*w == ' ' && isdigit((unsigned char)w[1]))
			q = w;
	}
	while (*q == ' ')
		q++;
	n = strnlen(q, 64);
	if (!isdigit((unsigned char)*q) || !pm_date_time_at(q, n, 0, &hh, &mm, &end))
		return 0;
	for (c = q; c < q + end && !(*c == ':' || *c == 'h' || *c == 'm' || *c == 'M'); c++)
		;
	if (c == q + end) {
		/* a bare number is no clock, unless a unit says it is: the
		 * dotted hours of Dutch and German ("08.00 uur CET", "10.15
		 * Uhr MEZ"; dateline.wire.time_zone) */
		const char *w = q + end, *r;
		while (*w == ' ')
			w++;
		for (r = w; *r && *r != ' ' && *r != ',' && r - w < 24; r++)
			;
		if (r == w || !pm_lex_word(&units, w, (size_t)(r - w), NULL))
			return 0;
	}
	q += end;
	/* a unit ([clock_units], as written: "h", "Uhr") and the zone:
	 * [time_zones] ("CET", "Eastern Standard Time" word by word) or a
	 * region/city ("America/Toronto") */
	for (k = 0; k < 4; k++) {
		const char *w = q, *r;
		while (*w == ' ')
			w++;
		r = w;
		while (*r && *r != ' ' && *r != ',' && r - w < 24)
			r++;
		if (r == w || *r == '(' || *w == '(' || (*r && *r != ' ' && *r != ','))
			break;
		if (!pm_lex_word(&zones, w, (size_t)(r - w), NULL) &&
		    !(isupper((unsigned char)*w) && memchr(w, '/', (size_t)(r - w))) &&
		    !pm_lex_word(&units, w, (size_t)(r - w), NULL))
			break;
		q = r;
	}
	return (size_t)(q - s);
}

/* After the date: a time and zone and wire tags, up to the separator.
 * Returns bytes skipped. */
/* A calendar mark ([calendar_marks]: "هـ", "م", "AH", "الموافق") at s,
 * a whole word, and the spaces before it: its bytes, or 0. */
static size_t calendar_mark(const char *s)
{
	pm_lex_query q = {PM_LEX_CALENDAR_MARKS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t sp = 0, n;
	while (s[sp] == ' ')
		sp++;
	n = strnlen(s + sp, 40);
	if (!pm_lex_prefix(&q, s + sp, n, &m))
		return 0;
	return sp + m.len;
}

static size_t digits_at(const char *s, size_t *value)
{
	size_t k = 0;
	*value = 0;
	for (;;) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)s + k, strnlen(s + k, 4), &c);
		if (c >= '0' && c <= '9')
			*value = *value * 10 + (size_t)(c - '0');
		else if (c >= 0x660 && c <= 0x669) /* Arabic-Indic */
			*value = *value * 10 + (size_t)(c - 0x660);
		else
			return k;
		k += l;
	}
}

/* dateline.ar.hijri: a Hijri date ("الثلاثاء 24 شعبان 1445 هـ", "12 ذو
 * الحجة 1445هـ", "24 Shaaban 1445 AH"): an optional weekday, the day, a
 * month of [hijri_months], a year of the 14th or 15th Hijri century, an
 * optional era mark. Its bytes, or 0. The date is not read: the
 * Gregorian date beside it is the record's. */
size_t rule_hijri_date(const char *t)
{
	pm_lex_query wd = {PM_LEX_WEEKDAYS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query mon = {PM_LEX_HIJRI_MONTHS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t k = 0, l, v;
	if (!t)
		return 0;
	if (pm_lex_prefix(&wd, t, strnlen(t, 40), &m)) {
		k = m.len;
		while (t[k] == ' ' || t[k] == ',' || !strncmp(t + k, "\xD8\x8C", 2))
			k += t[k] == ' ' || t[k] == ',' ? 1 : 2;
	}
	if (!(l = digits_at(t + k, &v)) || v < 1 || v > 30)
		return 0;
	k += l;
	while (t[k] == ' ')
		k++;
	if (!pm_lex_prefix(&mon, t + k, strnlen(t + k, 40), &m))
		return 0;
	k += m.len;
	while (t[k] == ' ')
		k++;
	if (!(l = digits_at(t + k, &v)) || v < 1300 || v > 1600)
		return 0;
	k += l;
	if (t[k] != ' ' && t[k] != '\0' && t[k] != ',' && t[k] != '-' && (unsigned char)t[k] < 0x80)
		return 0;
	{
		/* the era mark, glued ("1445هـ") or not */
		size_t e = calendar_mark(t + k);
		pm_lex_query q = {PM_LEX_CALENDAR_MARKS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
		if (!e && pm_lex_prefix(&q, t + k, strnlen(t + k, 8), &m))
			e = m.len;
		k += e;
	}
	return k;
}

/* What joins a Hijri date to the Gregorian one after it: spaces, a
 * dash or a comma, "الموافق"; its bytes. */
static size_t hijri_joint(const char *s)
{
	size_t k = 0, c;
	for (;;) {
		if (s[k] == ' ' || s[k] == '-' || s[k] == ',' || s[k] == '/')
			k++;
		else if (!strncmp(s + k, "\xD8\x8C", 2))
			k += 2; /* the Arabic comma */
		else if (!strncmp(s + k, "\xE2\x80\x93", 3) || !strncmp(s + k, "\xE2\x80\x94", 3))
			k += 3;
		else if ((c = calendar_mark(s + k)) > 0)
			k += c;
		else
			return k;
	}
}

/* date.cjk.release_phrase_tail: a Korean, Japanese or Chinese date line
 * closed by the release phrase ("2025년 3월 5일 배포 즉시", "2025年3月5日
 * 即日発表"; [release_lines] {date_tail}), nothing after it: the
 * release's date line, the phrase neither a place nor a title. The bytes
 * of the phrase and the spaces before it, or 0. */
static size_t release_phrase_tail(const char *p)
{
	pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, PM_LEX_TAG(DATE_TAIL), 0, 0};
	pm_lex_match m;
	size_t sp = strspn(p, " ");
	int32_t cp = nz_first_cp(p + sp);
	if ((nz_cjk_cp(cp) || pm_cp_is_hangul(cp)) && pm_lex_prefix(&q, p + sp, strnlen(p + sp, 60), &m) &&
	    nz_only_punct(p + sp + m.len))
		return sp + m.len;
	return 0;
}

/* furniture.web.published_line with its author: a newsroom page's date
 * line names who posted the page after the date ("Posted on 4 May 2026
 * by Press Office", "Publié le 5 mars 2026 par Service presse"): the
 * author is the page's, not the release's byline, and the line stays a
 * date line whole, so that the release's own dateline below is read.
 * A [byline_leads] word, then at most six words with no sentence end;
 * the bytes of that tail, or 0. */
static size_t posted_by_tail(const char *s)
{
	pm_lex_query q = {PM_LEX_BYLINE_LEADS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t sp = strspn(s, " "), e, words = 0;
	if (!sp || !pm_lex_prefix(&q, s + sp, strnlen(s + sp, 40), &m) || s[sp + m.len] != ' ')
		return 0;
	e = sp + m.len;
	while (s[e]) {
		while (s[e] == ' ')
			e++;
		if (!s[e])
			break;
		if (++words > 6)
			return 0;
		while (s[e] && s[e] != ' ') {
			if (strchr(".!?;:", s[e]) && s[e + 1])
				return 0; /* a sentence goes on */
			e++;
		}
	}
	return words ? e : 0;
}

static size_t skip_date_tail(const char *s)
{
	const char *p = s;
	for (;;) {
		size_t w = wire_tag(p), c;
		if (w) {
			p += w;
			continue;
		}
		if ((c = clock_tail(p)) > 0) {
			p += c;
			continue;
		}
		/* the era mark after the year ("5 مارس 2024 م") */
		if ((c = calendar_mark(p)) > 0 && (!p[c] || p[c] == ' ' || ispunct((unsigned char)p[c]))) {
			p += c;
			continue;
		}
		/* dateline.ar.hijri: the agency's name closing the date line,
		 * bare ("… 18 يونيو 2024 م واس"), nothing after it */
		{
			pm_lex_query q = {PM_LEX_WIRE_TAGS, PM_LEX_ALL_LANGS, 0, 0, 0};
			pm_lex_match m;
			size_t sp = strspn(p, " ");
			if (sp && pm_lex_prefix(&q, p + sp, strnlen(p + sp, 60), &m) && nz_only_punct(p + sp + m.len)) {
				p += sp + m.len;
				continue;
			}
			/* date.cjk.ymd: the Chinese wire's "dispatch" after the date
			 * ("成都2024年3月5日电 /美通社/ --", spaced by a scraper
			 * or not; [wire_tags]), a tag or a dash after it */
			if (nz_cjk_cp(nz_first_cp(p + sp)) && pm_lex_prefix(&q, p + sp, strnlen(p + sp, 60), &m)) {
				const char *a = p + sp + m.len;
				a += strspn(a, " ");
				if (*a == '/' || *a == '(' || dash_at(a)) {
					p += sp + m.len;
					continue;
				}
			}
		}
		if ((c = release_phrase_tail(p)) > 0) {
			p += c;
			continue;
		}
		return (size_t)(p - s);
	}
}

/* Location candidate before a date: the first comma-separated part, in
 * capitals or title case, at most five words; the rest (region, state,
 * country) at most three short parts ("NEW YORK, NY", "SILICON VALLEY,
 * Calif.", "Espoo, Finland"). */
static bool location_ok(const char *s, size_t n, char *loc, size_t locsz)
{
	char *t, *comma, *rest;
	size_t parts = 0;
	int32_t c;
	n = strip_tail_tags(s, n);
	t = nz_trim(s, n, ",-:|");
	if (!t)
		return false;
	if (!*t) {
		free(t);
		return false;
	}
	/* an emoji or a symbol before a date ("📅 13 août") is no place */
	c = nz_first_cp(t);
	/* scripts without case: Arabic, and date.cjk's "青川，2024年3月5日";
	 * dateline.place.uncased: any script without case (Hebrew "נווה
	 * אלון, 5 במרץ 2025"), whose letters are neither capital nor small */
	if (!pm_cp_is_upper(c) && !(c >= 0x600 && c <= 0x6FF) && !(c >= 0x4E00 && c <= 0x9FFF) &&
	    !pm_cp_is_hangul(c) && (!uncased_letter(c) || nz_has_digit(t))) {
		/* (an uncased word and figures is a time after a date, the
		 * Sinhala "2025.05.01 පැය 1030", "hours 10.30": no place) */
		free(t);
		return false;
	}
	comma = strchr(t, ',');
	if (!comma)
		comma = strstr(t, "\xD8\x8C"); /* Arabic comma */
	if (!comma && (comma = strstr(t, "\xEF\xBC\x8C")) != NULL) {
		/* the ideographic full-width comma: a place and no region */
		*comma = '\0';
		comma = NULL;
	}
	rest = comma ? comma + (*comma == ',' ? 1 : 2) : NULL;
	if (comma)
		*comma = '\0';
	/* the region parts: short, capitalised */
	while (rest && *rest) {
		/* dateline.ar.comma_country: "وادي النخيل، الإمارات العربية
		 * المتحدة،" - Arabic commas, a country's name in Arabic letters */
		char *nx = strchr(rest, ','), *ar = strstr(rest, "\xD8\x8C");
		char *part;
		int32_t c0;
		bool ok;
		if (ar && (!nx || ar < nx))
			nx = ar;
		part = nz_trim(rest, nx ? (size_t)(nx - rest) : strlen(rest), " ");
		c0 = part ? nz_first_cp(part) : 0;
		ok = part && *part && nz_words(part) <= 3 &&
		     (pm_cp_is_upper(c0) || (c0 >= 0x600 && c0 <= 0x6FF) || uncased_letter(c0));
		/* a label is no region either ("…, Created 1/1/2022") */
		if (ok && pm_lex_has(PM_LEX_PLACE_LABELS, part))
			ok = false;
		free(part);
		if (!ok || ++parts > 3) {
			free(t);
			return false;
		}
		rest = nx ? nx + (*nx == ',' ? 1 : 2) : NULL;
	}
	{
		char *tt = nz_trim(t, strlen(t), ",-");
		snprintf(loc, locsz, "%s", tt ? tt : t);
		free(tt);
	}
	free(t);
	/* dateline.cjk.country_dot: a Chinese or Japanese dateline may name
	 * the country first, joined to the city by a middle dot ("中国·杭州，
	 * 2025年3月18日——", "日本・大阪"): the place is the city, as a
	 * trailing country is left out elsewhere. The part before the dot:
	 * at most four ideographs. */
	if (nz_first_cp(loc) >= 0x4E00 && nz_first_cp(loc) <= 0x9FFF) {
		char *dot = strstr(loc, "\xC2\xB7");
		size_t dl = 2;
		if (!dot) {
			dot = strstr(loc, "\xE3\x83\xBB");
			dl = 3;
		}
		if (dot && dot > loc && (size_t)(dot - loc) <= 12 && dot[dl])
			memmove(loc, dot + dl, strlen(dot + dl) + 1);
	}
	/* a US state or "D C" left at the end once a scrape dropped the
	 * comma: "WASHINGTON D C" ([place_suffixes], as written), "Boston MA" */
	{
		pm_lex_query q = {PM_LEX_PLACE_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		size_t L = strlen(loc), k;
		for (k = 1; k < L; k++)
			if (loc[k - 1] == ' ' && pm_lex_word(&q, loc + k, L - k, NULL)) {
				loc[k - 1] = '\0';
				L = k - 1;
				break;
			}
		if (L > 3 && loc[L - 3] == ' ' && isupper((unsigned char)loc[L - 2]) &&
		    isupper((unsigned char)loc[L - 1]) && nz_words(loc) >= 2) {
			/* "Boston MA": two capitals after a title-case name */
			size_t j;
			bool lower_seen = false;
			for (j = 0; j + 3 < L; j++)
				if (islower((unsigned char)loc[j]))
					lower_seen = true;
			if (lower_seen)
				loc[L - 3] = '\0';
		}
	}
	/* dateline.shape.place_state: the Brazilian "CIDADE/UF" ("CAMPO
	 * SERRANO/MT –"): a state's code after a slash is the region, not a
	 * second place (two places joined by a slash stay one location) */
	{
		pm_lex_query q = {PM_LEX_REGIONS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		char *sl = strrchr(loc, '/');
		size_t rl = sl ? strlen(sl + 1) : 0;
		if (sl && sl > loc && rl >= 2 && rl <= 3 && isupper((unsigned char)sl[1]) &&
		    isupper((unsigned char)sl[2]) && pm_lex_word(&q, sl + 1, rl, NULL))
			*sl = '\0';
	}
	/* labels are no places ([place_labels]: "Tel", "Updated") */
	if (pm_lex_has(PM_LEX_PLACE_LABELS, loc))
		return false;
	/* dateline.place_not_particle: a particle of place names alone, in
	 * any case, is no place: the preposition that dates a release line
	 * ("COMMUNIQUÉ DU 5 MARS 2025", "Comunicado del 5 de marzo") left
	 * before the date once the release's label is read off */
	{
		pm_lex_query any = {PM_LEX_PLACE_PARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
		if (!strchr(loc, ' ') && pm_lex_word(&any, loc, strlen(loc), NULL))
			return false;
	}
	/* byline.by_colon: a byline lead and a name of two words or more
	 * ("By Jane Marlowe | March 5, 2024") is the writer, not a place
	 * ("Door County" keeps its one word) */
	{
		char *who = NULL;
		bool writer = rule_byline(loc, &who) && who && nz_words(who) >= 2;
		free(who);
		if (writer)
			return false;
	}
	/* a place is a name: its words are capitalised but for the
	 * particles of place names ([place_particles], as written: "Rio de
	 * Janeiro", "Frankfurt am Main") */
	{
		pm_lex_query particles = {PM_LEX_PLACE_PARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		const char *q = loc;
		bool last_lower = false;
		while (*q) {
			const char *w = q;
			size_t l;
			while (*q && *q != ' ')
				q++;
			l = (size_t)(q - w);
			last_lower = false;
			if (islower((unsigned char)w[0])) {
				if (!pm_lex_word(&particles, w, l, NULL))
					return false;
				last_lower = true;
			}
			while (*q == ' ')
				q++;
		}
		if (last_lower)
			return false;
	}
	/* a place is a name: no sentence inside */
	if (!loc[0] || nz_words(loc) > 5 || strstr(loc, ". ") || nz_last_cp(loc) == '?' ||
	    nz_last_cp(loc) == '!')
		return false;
	return true;
}

/* dateline.shape.leading_symbol: symbols or an emoji before a dateline
 * ("► Hollstätt, 5. März 2024 –", "📍 Elmsworth, Ontario, ..."): their
 * bytes, the spaces after them included, when a letter follows. */
static size_t leading_symbols(const char *t, size_t k)
{
	size_t j = 0, n = 0;
	while (j < k) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)t + j, k - j, &c);
		/* the emoji presentation selector and the joiner go with the
		 * symbol before them ("▪️"), though they count as marks */
		if (l && (c == 0xFE0F || c == 0xFE0E || c == 0x200D)) {
			j += l;
			n = j;
			continue;
		}
		if (!l || pm_cp_is_letter(c) || pm_cp_is_digit(c) || c == '(' || c == '[' || c == '"' ||
		    c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB || c == 0xFF08)
			break; /* (a full-width parenthesis opens a bracketed lead: dateline.cjk.agency_paren) */
		if (c != ' ' && c != 0xFE0F && c != 0x200D && c < 0x2000 && c != '*' && c != '#' && c != '>')
			break; /* ASCII or Latin punctuation is no bullet of this kind */
		j += l;
		n = j;
	}
	return n;
}

/* dateline.shape.label and .placeholder: what stands before a date and
 * names no place yet opens a date line - a label ("Release Date:",
 * "Releasedatum:", "Date de publication :", "التاريخ:"; [date_labels];
 * [place_labels] such as "Updated" still refuse the line) or a template's
 * placeholder in square brackets ("[City, State]:", "[CITY],"); and
 * dateline.shape.release_then_date: a release phrase ("For Immediate
 * Release 25 November 2019", "COMUNICADO DE PRENSA 3 de abril de 2025"),
 * as a template's corner block gives it, release line and date read as
 * one line: the release date, the phrase no place. PLACELESS_LABEL for a
 * label or a release phrase (the line gives the date and no dateline,
 * see set_dateline), PLACELESS_SLOT for a placeholder, 0 for neither. */
enum { PLACELESS_SLOT = 1, PLACELESS_LABEL = 2 };
static int placeless_lead(const char *s, size_t n)
{
	pm_lex_query q = {PM_LEX_DATE_LABELS, PM_LEX_ALL_LANGS, 0, 0, 0};
	char *tr = nz_trim(s, n, ":-,|");
	int r = 0;
	if (!tr)
		return 0;
	if (tr[0] == '[' && tr[strlen(tr) - 1] == ']' && !strchr(tr + 1, '['))
		r = PLACELESS_SLOT;
	else if (strlen(tr) > 3 && !strcmp(tr + strlen(tr) - 3, "\xEF\xBC\x9A"))
		r = PLACELESS_LABEL; /* a label closed by the full-width colon: "发布日期：" */
	else if (*tr && pm_lex_word(&q, tr, strlen(tr), NULL))
		r = PLACELESS_LABEL;
	else if (*tr && release_phrase_to_end(tr, strlen(tr)))
		r = PLACELESS_LABEL;
	free(tr);
	return r;
}

/* dateline.shape.paren_date_place: the date, then the place, both in
 * parentheses opening the text, a dash after ("(February 3, 2025,
 * Fernwood, VT) – ", "(5 de marzo de 2024, Villa Clara) – "). The date
 * d opens the parenthesis; fills m and returns true when the shape holds. */
static bool paren_date_place(nz *z, const char *t, size_t n, const pm_date *d, dl_match *m)
{
	size_t o = 0, e = d->end, ps, pe, sep;
	while (t[o] == ' ')
		o++;
	if (t[o] != '(' || d->start != o + 1)
		return false;
	while (t[e] == ' ')
		e++;
	if (t[e] != ',' && !dash_at(t + e))
		return false;
	ps = e + separator(t + e);
	for (pe = ps; pe < n && pe < ps + 80 && t[pe] != ')' && t[pe] != '('; pe++)
		;
	if (t[pe] != ')' || pe == ps || !location_ok(t + ps, pe - ps, m->location, sizeof m->location))
		return false;
	e = pe + 1;
	while (t[e] == ' ')
		e++;
	if (!dash_at(t + e) || !(sep = separator(t + e)) || !t[e + sep])
		return false;
	m->has_date = true;
	m->date = *d;
	if (d->ambiguous && z) {
		pm_date d2;
		int df = rule_place_dayfirst(t + ps, pe - ps, z->lang);
		if (df >= 0 && df != z->dayfirst && pm_date_at(t, n, d->start, df, &d2))
			m->date = d2;
	}
	snprintf(m->text, sizeof m->text, "%.*s", (int)(pe + 1 - o), t + o);
	m->body_offset = e + sep;
	return true;
}

static bool cjk_date(const char *t, const pm_date *d);

/* The bytes of mark at s, or 0. */
static size_t mark_at(const char *s, const char *mark)
{
	size_t l = strlen(mark);
	return strncmp(s, mark, l) ? 0 : l;
}

/* dateline.cjk.date_place: a country's name before the city in a Chinese
 * or Japanese dateline with no dot between ("中国苏州", [cjk_countries]):
 * the place is the city, as a trailing country is left out elsewhere
 * (dateline.cjk.country_dot); two ideographs at least must stay, so that
 * a place whose name opens with a country's ("日本橋") keeps it. */
static void cjk_country_off(char *loc)
{
	pm_lex_query q = {PM_LEX_CJK_COUNTRIES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match cm;
	size_t L = strlen(loc);
	if (pm_lex_prefix(&q, loc, L, &cm) && L - cm.len >= 6 && nz_first_cp(loc + cm.len) >= 0x4E00 &&
	    nz_first_cp(loc + cm.len) <= 0x9FFF)
		memmove(loc, loc + cm.len, L - cm.len + 1);
}

/* Two CJK datelines that open the text with the date inside or before
 * the place, in full-width punctuation (GB/T 15834):
 * dateline.cjk.paren_place_date, Hong Kong's and Taiwan's place and date
 * in parentheses, the text right after them ("（香港，2025年3月5日）晴川…");
 * dateline.cjk.date_place, the mainland corporate opener, the date, a
 * comma, the place, the Chinese dash ("2025年3月5日，中国苏州——织云…").
 * The date d is a 年月日 one; fills m and returns true when a shape holds. */
static bool cjk_lead_dateline(const char *t, size_t n, const pm_date *d, dl_match *m)
{
	size_t o = strspn(t, " "), ps, pe, e, l, sep;
	if (!cjk_date(t, d))
		return false;
	if ((l = mark_at(t + o, "\xEF\xBC\x88")) > 0 || (l = t[o] == '(')) {
		ps = o + l;
		pe = d->start;
		while (pe > ps && t[pe - 1] == ' ')
			pe--;
		if (pe >= ps + 3 && !memcmp(t + pe - 3, "\xEF\xBC\x8C", 3))
			pe -= 3; /* the full-width comma */
		else if (pe > ps && t[pe - 1] == ',')
			pe--;
		else
			return false;
		e = d->end;
		while (t[e] == ' ')
			e++;
		if ((l = mark_at(t + e, "\xEF\xBC\x89")) == 0 && t[e] != ')')
			return false;
		e += l ? l : 1;
	} else if (d->start == o) {
		e = d->end;
		while (t[e] == ' ')
			e++;
		if ((l = mark_at(t + e, "\xEF\xBC\x8C")) == 0 && t[e] != ',')
			return false;
		ps = e + (l ? l : 1);
		while (t[ps] == ' ')
			ps++;
		/* the place: up to a dash or a full-width colon, a few words */
		for (pe = ps; pe < n && pe < ps + 48; pe++)
			if (mark_at(t + pe, "\xE2\x80\x94") || mark_at(t + pe, "\xE2\x80\x93") ||
			    mark_at(t + pe, "\xEF\xBC\x9A") || !strncmp(t + pe, " -", 2) || !strncmp(t + pe, "--", 2))
				break;
		if (pe >= n || pe >= ps + 48)
			return false;
		e = pe;
	} else {
		return false;
	}
	if (pe <= ps || pe - ps > 36 || !location_ok(t + ps, pe - ps, m->location, sizeof m->location))
		return false;
	cjk_country_off(m->location);
	sep = separator(t + e);
	if (!t[e + sep])
		return false;
	m->has_date = true;
	m->date = *d;
	{
		/* the dash and the spaces before it are no part of the
		 * dateline as written */
		size_t te = e;
		while (te > o && t[te - 1] == ' ')
			te--;
		snprintf(m->text, sizeof m->text, "%.*s", (int)(te - o), t + o);
	}
	m->body_offset = e + sep;
	while (t[m->body_offset] == ' ')
		m->body_offset++;
	return true;
}

/* Convention dateline.shape.issuer_place_date: the issuer, the place and
 * the date on one line, parted by dashes, bars or middle dots ("Acme
 * Corp. – Lyon – 5 mars 2024", "Ministry of Coastal Affairs | Nairobi |
 * 5 March 2024"): the place is the last part before the date. Given what
 * stands before the date (its tags and the dash before the date taken
 * off), the bytes of the issuer and its separator, 0 when there is none:
 * the issuer a name's length (ten words at most, a capital or an uncased
 * letter first, no sentence in it), the place a name as location_ok
 * reads it. */
static size_t issuer_before_place(const char *s, size_t n)
{
	static const char *const seps[] = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " \xC2\xB7 ", " - ", NULL};
	size_t k, cut = 0, sl = 0, words = 1;
	char loc[128];
	int32_t c;
	for (k = 0; k < n; k++) {
		size_t j;
		for (j = 0; seps[j]; j++) {
			size_t l = strlen(seps[j]);
			if (k + l <= n && !memcmp(s + k, seps[j], l)) {
				cut = k;
				sl = l;
			}
		}
	}
	if (!cut || cut + sl >= n)
		return 0;
	for (k = 0; k < cut; k++)
		if (s[k] == ' ')
			words++;
	c = nz_first_cp(s);
	if (words > 10 || !(pm_cp_is_upper(c) || (c >= 0x600 && c <= 0x6FF)) || memchr(s, ',', cut))
		return 0;
	for (k = 0; k + 1 < cut; k++)
		if ((s[k] == '!' || s[k] == '?' || s[k] == ':') || (s[k] == '.' && s[k + 1] == ' ' && k + 2 < cut &&
		                                                     pm_cp_is_lower(nz_first_cp(s + k + 2))))
			return 0;
	if (!location_ok(s + cut + sl, n - cut - sl, loc, sizeof loc))
		return 0;
	return cut + sl;
}

static bool dateline_at(nz *z, const char *t, dl_match *m, int depth)
{
	pm_date d;
	size_t n, k, from, to, close = 0;
	bool placeless = false, bare;
	int dayfirst = z ? z->dayfirst : 1;
	memset(m, 0, sizeof *m);
	if (!t || rule_advisory_line(t))
		return false; /* advisory.five_w: "WHEN: June 13" is the event's */
	n = strlen(t);
	if (!pm_date_find(t, n < 200 ? n : 200, 0, dayfirst, &d) || d.start > 120)
		return false;
	if (paren_date_place(z, t, n, &d, m))
		return true;
	memset(m, 0, sizeof *m);
	if (cjk_lead_dateline(t, n, &d, m))
		return true;
	memset(m, 0, sizeof *m);
	k = d.start;
	while (k > 0 && t[k - 1] == ' ')
		k--;
	/* "الرياض، الثلاثاء 24 شعبان 1445هـ الموافق 5 مارس 2024م": the Hijri
	 * date and "corresponding to" ([date_correspondences], as written)
	 * stand between the place and the
	 * Gregorian date; the place ends at the comma before them */
	{
		pm_lex_query corresponding = {PM_LEX_DATE_CORRESPONDENCES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		size_t ml = pm_lex_ends(&corresponding, t, k);
		if (ml > 0) {
			size_t j = k - ml;
			while (j > 0 && strncmp(t + j, "\xD8\x8C", 2) && t[j] != ',')
				j--;
			/* without a comma the Hijri date is found below */
			if (j > 0 || t[0] == ',')
				k = j;
		}
	}
	/* drop "le"/"den"/"am" just before the date */
	{
		size_t j = k;
		while (j > 0 && t[j - 1] != ' ' && t[j - 1] != ',')
			j--;
		if (j < k && date_lead(t + j) && date_lead(t + j) == k - j + 1)
			k = j;
	}
	from = leading_symbols(t, k);
	to = k;
	/* dateline.wire.ansa, dateline.wire.it_agencies: the agency's tag
	 * first, a dash, then the place and a full date ("(ANSA) - Roccalta,
	 * 8 ottobre 2025 - ", "(AGI) - Valmora, 12 mar. 2025 - "); the
	 * year-less form is wire_lead's. The tag ([wire_tags]) is the
	 * dateline's, no part of the place; a place must stand between it
	 * and the date ("(Coastline Newswire) - March 5, 2024 - " has none) */
	if (t[from] == '(') {
		size_t w = named_wire_tag(t + from), q = from + w;
		while (w && t[q] == ' ')
			q++;
		if (w && dash_at(t + q) && from + w + separator(t + from + w) < k)
			from += w + separator(t + from + w);
	}
	/* dateline.shape.paren_date, .paren_place, dateline.wire.newsfile:
	 * the date closes a parenthesis that opened before the place
	 * ("(Fenwick Falls, Ore. – November 7, 2024) –"), after it
	 * ("Bellerive (14 janvier 2025) –"), or with a wire service's name
	 * ("Laurier Bay, British Columbia--(Newsfile Corp. - March 5, 2024) -") */
	{
		size_t o = k, e = d.end;
		while (o > from && t[o - 1] != '(' && t[o - 1] != ')')
			o--;
		while (t[e] == ' ')
			e++;
		if (o > from && t[o - 1] == '(' && t[e] == ')') {
			char *inner = nz_trim(t + o, k - o, "-");
			bool empty = inner && !*inner;
			bool wire = inner && *inner && wire_name(inner, strlen(inner));
			if (o - 1 == from && inner && *inner && !wire) {
				from = o; /* the place inside */
				close = e + 1;
			} else if (empty || wire) {
				to = o - 1;
				close = e + 1;
			}
			free(inner);
		}
	}
	/* dateline.ar.hijri: a Hijri date before the Gregorian one, joined by
	 * a dash or "الموافق" ("الثلاثاء 24 شعبان 1445 هـ - 5 مارس 2024 م",
	 * "تل الورد 12 ذو الحجة 1445 هـ الموافق 18 يونيو 2024 م"): the place,
	 * if any, ends before it */
	{
		size_t j;
		for (j = from; j < to; j++) {
			size_t h;
			if (j > from && t[j - 1] != ' ')
				continue;
			if ((h = rule_hijri_date(t + j)) > 0 && j + h + hijri_joint(t + j + h) >= to) {
				pm_lex_query lead = {PM_LEX_DATE_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
				size_t l;
				to = j;
				while (to > from && (t[to - 1] == ' ' || t[to - 1] == ','))
					to--;
				/* the date's lead word before it ("الواحة في 24
				 * شعبان 1445هـ", [date_leads]) is no part of the place */
				if ((l = pm_lex_ends(&lead, t + from, to - from)) > 0 && to - l > from &&
				    t[to - l - 1] == ' ') {
					to -= l;
					while (to > from && t[to - 1] == ' ')
						to--;
				}
				break;
			}
		}
	}
	/* dateline.shape.paren_place_before_date: the place and its region
	 * in parentheses, the date after them ("(Pinecrest, Colorado) March
	 * 11, 2025 –", "(Robledal, Cuenca) 5 de marzo de 2025.–"): the
	 * place, not a wire's tag; the comma between place and region tells
	 * it from a tag ("(PRWEB)") */
	{
		size_t a = from, b = to;
		while (b > a && t[b - 1] == ' ')
			b--;
		if (b - a > 4 && t[a] == '(' && t[b - 1] == ')' && memchr(t + a + 1, ',', b - a - 2) &&
		    !memchr(t + a + 1, '(', b - a - 2) && !memchr(t + a + 1, ')', b - a - 2) &&
		    !wire_name(t + a + 1, b - a - 2) && location_ok(t + a + 1, b - a - 2, m->location, sizeof m->location)) {
			from = a + 1;
			to = b - 1;
		}
	}
	/* dateline.wire.ko_equals: the Korean agency's tag alone before the
	 * date, the place inside it ("(한솔=뉴스와이어) 2025년 03월 05일 --") */
	{
		size_t pl, pn, w = equals_wire_tag(t + from, &pl, &pn), b = to;
		while (b > from && t[b - 1] == ' ')
			b--;
		if (w && from + w == b) {
			from += pl;
			to = from + pn;
		}
	}
	/* nothing but wire tags and dashes before the date ("(Coastline
	 * Newswire) - March 5, 2024 - ") */
	bare = to <= from || strip_tail_tags(t + from, to - from) == 0;
	if (!bare)
		from += issuer_before_place(t + from, strip_tail_tags(t + from, to - from));
	if (!bare) {
		/* symbols only before the date ("📅 13 août 2024"): no place */
		bool letters = false;
		size_t j = from;
		while (j < to) {
			int32_t c;
			j += pm_utf8_decode((const unsigned char *)t + j, to - j, &c);
			if (pm_cp_is_letter(c))
				letters = true;
		}
		int lead = letters ? placeless_lead(t + from, to - from) : 0;
		if (lead) {
			placeless = true;
			m->labelled = lead == PLACELESS_LABEL;
		} else if (letters && !location_ok(t + from, to - from, m->location, sizeof m->location))
			return false;
	}
	/* dayfirst by the dateline's place: US places read month-first */
	if (d.ambiguous && z && m->location[0]) {
		pm_date d2;
		int df = rule_place_dayfirst(t + from, to - from, z->lang);
		if (df >= 0 && df != dayfirst && pm_date_at(t, n, d.start, df, &d2))
			d = d2;
	}
	m->has_date = true;
	m->date = d;
	{
		size_t e = close ? close : d.end, sep;
		/* dateline.wire.date_only: a wire lead with a date and no place
		 * ("March 5, 2024 /PRNewswire/ --", "Oct. 01, 2024 (GLOBE
		 * NEWSWIRE) --") */
		if (!m->location[0] && !placeless && bare && named_wire_tag(t + e))
			placeless = true;
		e += skip_date_tail(t + e);
		if (placeless && m->labelled)
			e += posted_by_tail(t + e);
		if (nz_only_punct(t + e)) {
			m->whole = true;
			m->body_offset = n;
			{
				char *tt = nz_trim(t, n, "-:|,");
				snprintf(m->text, sizeof m->text, "%s", tt ? tt : t);
				free(tt);
			}
			return true;
		}
		sep = separator(t + e);
		/* dateline.wire.name_first: the date, a dash, then the whole
		 * dateline ("March 5, 2024 - HARLOW POINT, Maine, March 5, 2024
		 * —"): the dateline is the second */
		if (sep && !m->location[0] && bare && depth < 1 && t[e + sep]) {
			dl_match m2;
			if (dateline_at(z, t + e + sep, &m2, depth + 1) && m2.location[0] && !m2.whole) {
				m2.body_offset += e + sep;
				*m = m2;
				return true;
			}
			memset(m->location, 0, sizeof m->location);
			m->has_date = true;
			m->date = d;
		}
		/* dateline.wire.date_only without a tag: the date opens the text,
		 * a dash closes it ("March 3, 2025 – Jane Doe ...", "5 mars 2024 :
		 * – ..."); a comma or a space goes on with a sentence */
		if (sep && !m->location[0] && !placeless && bare) {
			const char *q = t + e;
			while (*q == ' ' || *q == ':')
				q++;
			if (!strncmp(q, "--", 2) || !strncmp(q, "\xE2\x80\x93", 3) || !strncmp(q, "\xE2\x80\x94", 3) ||
			    (*q == '-' && q[1] == ' ')) {
				placeless = true;
				sep = (size_t)(q - (t + e)) + separator(q);
			}
		}
		if (!sep || (!m->location[0] && !placeless))
			return false; /* a date inside a sentence is no dateline */
		{
			char *tt = nz_trim(t, e, "-:|,");
			snprintf(m->text, sizeof m->text, "%s", tt ? tt : "");
			free(tt);
		}
		m->body_offset = e + sep;
		/* dateline.wire.tag_after_dateline: the wire's name in
		 * parentheses after the place, the date and their dash, a dash
		 * after it ("CHICAGO, IL — July 8, 2025 — (ACME NEWSWIRE) —"):
		 * part of the dateline, not of the text */
		if (t[m->body_offset] == '(')
			m->body_offset += rule_leading_wire_tag(t + m->body_offset);
		/* the text must go on as a sentence */
		return t[m->body_offset] != '\0';
	}
}

bool rule_dateline(nz *z, const char *t, dl_match *m)
{
	dl_match tmp;
	bool found;
	if (!m)
		m = &tmp;
	/* the answer depends on t, z->dayfirst and z->lang alone: asked
	 * again, it is the one kept (memo.c) */
	if (nz_dateline_known(z, t, &found, m))
		return found;
	found = dateline_at(z, t, m, 0);
	nz_dateline_keep(z, t, found, m);
	return found;
}

/* Convention date.cjk.issuer.sender_lines: a Japanese disclosure (決算,
 * 適時開示) sets under the issuer's name its representative's line (a
 * title of [cjk_titles] then the name: 代表取締役社長 滝沢 正和) and the
 * securities code in full-width parentheses, a label, a colon and the
 * code's four digits (（コード番号：7742 東証プライム）, （証券コード：…）):
 * the sender's, as the issuer's line is, never the title. A short line
 * (40 letters or fewer) with no sentence's stop or comma in it. */
bool rule_cjk_sender_line(const char *t)
{
	pm_lex_query q = {PM_LEX_CJK_TITLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	pm_lex_match m;
	size_t n = t ? strlen(t) : 0, digits = 0, run = 0, i;
	if (!n || nz_cps(t) > 40 || strchr(t, '\n') || strstr(t, "\xE3\x80\x82") || strstr(t, "\xE3\x80\x81"))
		return false;
	if (pm_lex_prefix(&q, t, n, &m) && m.len < n)
		return true;
	/* （…：…） holding a run of four digits */
	if (n < 6 || memcmp(t, "\xEF\xBC\x88", 3) || memcmp(t + n - 3, "\xEF\xBC\x89", 3) ||
	    (!strstr(t, "\xEF\xBC\x9A") && !strchr(t, ':')))
		return false;
	for (i = 0; i < n; i++) {
		run = isdigit((unsigned char)t[i]) ? run + 1 : 0;
		if (run > digits)
			digits = run;
	}
	return digits == 4;
}

/* date.cjk.issuer: a Japanese or Chinese release puts its date line
 * (2024年3月5日) over the issuer's name (株式会社…, …有限公司,
 * …実行委員会), on the next line or glued to the date. A short line
 * without a sentence's full stop (。) holding a legal form or body word
 * of [cjk_org_forms] at its start or end names that issuer: never a
 * place. The rule is the script's and the form's, not a list of names. */
bool rule_cjk_issuer(const char *t)
{
	pm_lex_query q = {PM_LEX_CJK_ORG_FORMS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	size_t n;
	if (!t)
		return false;
	while (*t == ' ')
		t++;
	n = strcspn(t, "\n");
	if (!n || t[n] || nz_cps(t) > 60)
		return false;
	{
		/* a sentence ends with the ideographic full stop U+3002 */
		const char *p = t;
		while ((p = strchr(p, '\xE3')) != NULL)
			if (nz_first_cp(p++) == 0x3002)
				return false;
	}
	{
		/* a name, then the ideographic or full-width comma and a
		 * clause with no legal form ("株式会社青葉フーズ、新工場を稼働",
		 * "…協会、…を導入"): a title of the kind "who, does what", not
		 * the issuer's line; two issuers parted by the comma
		 * ("株式会社A、B株式会社") still are (date.cjk.issuer) */
		const char *c = strstr(t, "\xE3\x80\x81"); /* U+3001 */
		const char *f = strstr(t, "\xEF\xBC\x8C"); /* U+FF0C */
		if (!c || (f && f < c))
			c = f;
		if (c && !pm_lex_find(&q, c + 3, n - (size_t)(c + 3 - t), NULL))
			return false;
	}
	{
		/* the form opens the name (株式会社…) or closes it, or a word
		 * of the line (…有限公司, …実行委員会 広報部): in the middle of
		 * the line it is a title's subject ("北川农业研究所发布新稻种") */
		size_t at = 0;
		pm_lex_match m;
		while (at < n && pm_lex_find(&q, t + at, n - at, &m)) {
			size_t st = at + m.start, e = st + m.len;
			if (st == 0 || t[st - 1] == ' ' || e == n || t[e] == ' ')
				return true;
			at = st + 1;
			while (at < n && ((unsigned char)t[at] & 0xC0) == 0x80)
				at++;
		}
		return false;
	}
}

/* Whether the date d in t is written in CJK (年月日): it ends with an
 * ideograph. */
static bool cjk_date(const char *t, const pm_date *d)
{
	int32_t c = nz_last_cp_n(t, d->end);
	return c >= 0x4E00 && c <= 0x9FFF;
}

/* "May 12th, 2022- Cambridge, MA", "October 24 2005 WASHINGTON D C",
 * "Wednesday August 31 2005 WASHINGTON": a date, then the place, as a line
 * of its own. */
bool rule_date_first_dateline(nz *z, const char *t, dl_match *m)
{
	pm_date d;
	size_t n, e;
	if (!t)
		return false;
	n = strlen(t);
	if (n > 100 || !pm_date_find(t, n, 0, z ? z->dayfirst : 1, &d) || d.start > 0)
		return false;
	e = d.end;
	/* date.cjk.release_phrase_tail: "2025년 3월 5일 배포 즉시" is the
	 * date line, the phrase no place: rule_dateline reads it whole */
	if (release_phrase_tail(t + e))
		return false;
	e += separator(t + e);
	if (!t[e])
		return false;
	memset(m, 0, sizeof *m);
	if (cjk_date(t, &d) && rule_cjk_issuer(t + e)) {
		/* date.cjk.issuer: "2024年3月5日株式会社…": the date, and
		 * the issuer, no place */
		m->has_date = true;
		m->date = d;
		m->whole = true;
		m->body_offset = n;
		snprintf(m->text, sizeof m->text, "%.*s", (int)(d.end - d.start), t + d.start);
		return true;
	}
	/* dateline.place.uncased is the place before the date: after a
	 * date, a word of a script without case is as likely the time's
	 * ("2025.12.01 පැය", Sinhala "hours") as a place */
	{
		int32_t c0 = nz_first_cp(t + e + strspn(t + e, " ,"));
		if (uncased_letter(c0) && !(c0 >= 0x600 && c0 <= 0x6FF) && !pm_cp_is_hangul(c0))
			return false;
	}
	if (!location_ok(t + e, n - e, m->location, sizeof m->location))
		return false;
	if (nz_words(t + e) > 5)
		return false;
	m->has_date = true;
	m->date = d;
	m->whole = true;
	m->body_offset = n;
	snprintf(m->text, sizeof m->text, "%s", t);
	return true;
}

/* The day and month of a CJK date without a year at s ("3月5日",
 * "３月５日"): its bytes, 0 if none. */
static size_t cjk_month_day(const char *s, size_t n, int *mon, int *day)
{
	static const char *const marks[2] = {"\xE6\x9C\x88", "\xE6\x97\xA5"}; /* 月 日, as date.cjk.ymd */
	size_t p = 0;
	int v[2], k;
	for (k = 0; k < 2; k++) {
		int d = 0, digits = 0;
		for (;;) {
			if (p < n && isdigit((unsigned char)s[p])) {
				d = d * 10 + (s[p] - '0');
				p++;
			} else if (p + 2 < n && (unsigned char)s[p] == 0xEF && (unsigned char)s[p + 1] == 0xBC &&
			           (unsigned char)s[p + 2] >= 0x90 && (unsigned char)s[p + 2] <= 0x99) {
				d = d * 10 + ((unsigned char)s[p + 2] - 0x90); /* date.cjk.fullwidth_digits */
				p += 3;
			} else {
				break;
			}
			digits++;
		}
		if (digits < 1 || digits > 2)
			return 0;
		v[k] = d;
		/* 月 then 日 */
		if (p + 3 > n || memcmp(s + p, marks[k], 3))
			return 0;
		p += 3;
	}
	if (v[0] < 1 || v[0] > 12 || v[1] < 1 || v[1] > 31)
		return 0;
	if (mon)
		*mon = v[0];
	if (day)
		*day = v[1];
	return p;
}

/* dateline.cjk.agency: a Chinese news agency's lead, its name, the
 * place, the day and month without a year and "dispatch" (电, 電), glued
 * to the text, maybe with the reporters' credit in parentheses after it
 * ("新华社云川3月5日电（记者 林晓燕）云川市…", "中新社北京3月5日電"); the
 * agency must be in [wire_tags]. Returns the offset of the paragraph's
 * own text, 0 if none. */
static size_t cjk_agency_lead(const char *t, char *loc, size_t locsz)
{
	pm_lex_query q = {PM_LEX_WIRE_TAGS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m;
	size_t n = strnlen(t, 240), p, ps, pe, l, cps = 0, open = mark_at(t, "\xEF\xBC\x88"); /* （ */
	int32_t c;
	if (!open && t[0] == '(')
		open = 1;
	c = nz_first_cp(t + open);
	if (c < 0x4E00 || c > 0x9FFF)
		return 0;
	if (pm_lex_prefix(&q, t + open, n - open, &m)) {
		ps = open + m.len;
	} else {
		/* dateline.cjk.agency_paren: the whole lead in brackets
		 * ("（河东社北京3月5日电）"), the agency any name that ends in
		 * a news organisation's last character ([agency_suffixes]:
		 * 社, 网), the place after it */
		pm_lex_query qs = {PM_LEX_AGENCY_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
		if (!open)
			return 0;
		for (p = open, ps = 0; p < n && cps < 8 && !ps; p += l, cps++) {
			l = pm_utf8_decode((const unsigned char *)t + p, n - p, &c);
			if (!l || c < 0x4E00 || c > 0x9FFF)
				break;
			if (cps >= 1 && pm_lex_prefix(&qs, t + p, l, &m) && m.len == l)
				ps = p + l;
		}
		if (!ps)
			return 0;
		cps = 0;
	}
	for (p = ps; p < n && cps <= 8; p += l, cps++) {
		l = pm_utf8_decode((const unsigned char *)t + p, n - p, &c);
		if (!l || c < 0x4E00 || c > 0x9FFF)
			break;
	}
	pe = p;
	if (pe == ps || cps > 8 || !(l = cjk_month_day(t + p, n - p, NULL, NULL)))
		return 0;
	p += l;
	if (!mark_at(t + p, "\xE7\x94\xB5") && !mark_at(t + p, "\xE9\x9B\xBB")) /* 电 電 */
		return 0;
	p += 3;
	if (open) {
		/* the bracket closes the lead, maybe after the reporters'
		 * credit ("（河东社北京3月5日电 记者 王明）") */
		size_t e;
		for (e = p; e < n && e < p + 60; e++)
			if (mark_at(t + e, "\xEF\xBC\x89") || t[e] == ')')
				break;
		if (e >= n || e >= p + 60)
			return 0;
		p = e + (t[e] == ')' ? 1 : 3);
	}
	/* the reporters' credit: （记者 …）, (記者 …) */
	if ((l = mark_at(t + p, "\xEF\xBC\x88")) > 0 || (l = t[p] == '(')) {
		size_t e;
		for (e = p + l; e < n && e < p + 90; e++)
			if (mark_at(t + e, "\xEF\xBC\x89") || t[e] == ')')
				break;
		if (e < n && e < p + 90)
			p = e + (t[e] == ')' ? 1 : 3);
	}
	while (t[p] == ' ')
		p++;
	if (!t[p] || (size_t)(pe - ps) + 1 > locsz)
		return 0;
	snprintf(loc, locsz, "%.*s", (int)(pe - ps), t + ps);
	return p;
}

/* Convention byline.cjk_agency_credit: a Chinese agency's dateline may
 * credit its reporters in parentheses after "dispatch" ("新华社云川3月5日
 * 电（记者 林晓燕）", "（記者 王明 李華）"): the names after the word that
 * opens the credit ([reporter_credits]) are the release's byline. t[0..n)
 * is the dateline as the lead ran (cjk_agency_lead's span). */
char *rule_agency_credit(const char *t, size_t n)
{
	pm_lex_query q = {PM_LEX_REPORTER_CREDITS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m;
	size_t i, l, s, e;
	for (i = 0; i < n; i++) {
		if ((l = mark_at(t + i, "\xEF\xBC\x88")) == 0 && t[i] != '(') /* （ ( */
			continue;
		s = i + (l ? l : 1);
		if (!pm_lex_prefix(&q, t + s, n - s, &m))
			return NULL;
		s += m.len;
		while (s < n && t[s] == ' ')
			s++;
		for (e = s; e < n && !mark_at(t + e, "\xEF\xBC\x89") && t[e] != ')'; e++)
			;
		if (e >= n)
			return NULL;
		while (e > s && t[e - 1] == ' ')
			e--;
		return e > s ? pm_strndup(t + s, e - s) : NULL;
	}
	return NULL;
}

/* dateline.wire.*: a news agency's lead without the year, its place
 * opening the first paragraph: the place, maybe a day and month, the
 * agency's tag, a dash ("Kranzfeld (dpa) - ", "Wiesenau (dpa/lby) - ",
 * "PORT-AUBRAC, 12 sept (AFP) - ", "Castrovidal, 5 mar (EFE).- ",
 * "HARWICK, England, March 5 (Reuters) - "); ANSA's tag first ("(ANSA) -
 * VALDORIA, 5 MAR - "); the place and a day and month with no tag
 * ("Valdoria, March 5 - "); the Arabic agencies' forms ("تل الورد -
 * واس: ", "وادي النخيل في 18 يونيو / وام / "). The agency's name must be
 * in [wire_tags]: a parenthesis of the text is no tag. Returns the
 * offset of the paragraph's own text, 0 if none. */
static size_t wire_lead(const char *t, char *loc, size_t locsz)
{
	size_t n = strnlen(t, 400), from = 0, p, words = 0, pl, pn;
	size_t w = equals_wire_tag(t, &pl, &pn);
	/* dateline.wire.ko_equals without a date: the tag, then a dash, or
	 * the reporter's credit closed by '=' ("(서울=연합뉴스) 김하늘 기자 =
	 * "), or the text itself */
	if (w) {
		size_t after = w + separator(t + w), e;
		const char *eq;
		while (t[after] == ' ')
			after++;
		eq = memchr(t + after, '=', strnlen(t + after, 48));
		e = eq ? (size_t)(eq - t) : 0;
		if (eq && !memchr(t + after, '.', e - after) && !memchr(t + after, '"', e - after)) {
			after = e + 1;
			while (t[after] == ' ')
				after++;
		}
		if (!t[after] || !location_ok(t + pl, pn, loc, locsz))
			return 0;
		return after;
	}
	w = named_wire_tag(t);
	if (w && t[0] == '(') {
		size_t sep = separator(t + w);
		if (!sep)
			return 0;
		from = w + sep;
	}
	for (p = from; p < n && p < from + 160 && words <= 8; p++) {
		size_t place_end = p, after = 0, yl = 0;
		if (p > from && t[p - 1] != ' ' && t[p - 1] != ',')
			continue;
		if (p > from)
			words++;
		if (p > from && (yl = yearless_date(t + p, n - p, NULL, NULL)) > 0) {
			size_t q = p + yl;
			size_t tag = named_wire_tag(t + q);
			if (tag) {
				after = q + tag;
			} else {
				/* no tag: the date ends the lead only after a comma
				 * and before a dash ("Valdoria, March 5 - ") */
				size_t c = p;
				while (c > from && t[c - 1] == ' ')
					c--;
				if (c == from || t[c - 1] != ',')
					return 0;
				after = q;
				while (t[after] == ' ')
					after++;
				if (strncmp(t + after, "--", 2) && strncmp(t + after, "\xE2\x80\x93", 3) &&
				    strncmp(t + after, "\xE2\x80\x94", 3) && !(t[after] == '-' && t[after + 1] == ' '))
					return 0;
			}
		} else if (p > from && (t[p] == '(' || t[p] == '/') && (w = named_wire_tag(t + p)) > 0) {
			after = p + w;
		} else if (p > from && t[p] == '-' && t[p + 1] == ' ' && wire_name(t + p + 1, n - p - 1)) {
			/* "تل الورد - واس: " */
			pm_lex_query q = {PM_LEX_WIRE_TAGS, PM_LEX_ALL_LANGS, 0, 0, 0};
			pm_lex_match m;
			size_t a = p + 2;
			if (!pm_lex_prefix(&q, t + a, n - a, &m))
				continue;
			after = a + m.len;
			if (t[after] != ':' && !(t[after] == ' ' && t[after + 1] == '-'))
				return 0;
		} else {
			continue;
		}
		{
			size_t sep = separator(t + after); /* EFE's ".-" too */
			if (!sep || !t[after + sep])
				return 0;
			if (!location_ok(t + from, place_end - from, loc, locsz))
				return 0;
			return after + sep;
		}
	}
	return 0;
}

/* dateline.shape.paren_place: the place and its region in parentheses
 * opening the text, a dash after ("(Dunmore, OH) – ", "(Santa Lucía del
 * Monte, Jalisco) – "); the comma tells a place from an agency's tag.
 * Returns the offset of the paragraph's own text, 0 if none. */
static size_t paren_place(const char *t, char *loc, size_t locsz)
{
	const char *e;
	size_t sep, off;
	if (t[0] != '(' || !(e = strchr(t, ')')) || e - t > 80)
		return 0;
	/* dateline.shape.paren_place_alone: the place alone, no region
	 * ("(Lyon) – ", "(Bad Kessel) - "): no agency's name ([wire_tags]),
	 * capitalised, and written again in the paragraph ("(Lyon) – La
	 * Ville de Lyon ..."), which an agency or a parenthesis of the text
	 * is not */
	if (!memchr(t, ',', (size_t)(e - t))) {
		size_t inner = (size_t)(e - t - 1);
		char *name;
		bool again;
		if (inner < 3 || inner > 40 || !isupper((unsigned char)t[1]) || wire_name(t + 1, inner))
			return 0;
		name = pm_strndup(t + 1, inner);
		again = name && strstr(e + 1, name) != NULL;
		free(name);
		if (!again)
			return 0;
	}
	off = (size_t)(e + 1 - t);
	while (t[off] == ' ')
		off++;
	if (strncmp(t + off, "--", 2) && strncmp(t + off, "\xE2\x80\x93", 3) && strncmp(t + off, "\xE2\x80\x94", 3) &&
	    !(t[off] == '-' && t[off + 1] == ' '))
		return 0;
	sep = separator(t + off);
	if (!sep || !t[off + sep] || !location_ok(t + 1, (size_t)(e - t - 1), loc, locsz))
		return 0;
	return off + sep;
}

/* A region of [regions] at s, capitalised as a name is: its bytes, or 0.
 * With after_comma, the abbreviations count too ("Ga.", "OR"). */
static size_t region_at(const char *s, size_t n, bool after_comma)
{
	pm_lex_query q = {PM_LEX_REGIONS, PM_LEX_ALL_LANGS, 0, after_comma ? 0 : PM_LEX_TAG(AFTER_COMMA), 0};
	pm_lex_match m;
	if (!pm_cp_is_upper(nz_first_cp(s)) || !pm_lex_prefix(&q, s, n, &m))
		return 0;
	return m.len;
}

/* dateline.shape.region_alone: a state, province or region alone opening
 * the text, a dash after it ("Ohio – ", "Bretagne – "; AP Stylebook:
 * statewide stories). dateline.lang.en_ap_style without a date: a place in
 * title case, a comma, a state as AP or the post abbreviates it, a dash
 * ("Athens, Ga. – ", "Millbrook, OR - "); the location is the place, as
 * location_ok() keeps it. Returns the offset of the text, 0 if none. */
static size_t region_lead(const char *t, char *loc, size_t locsz)
{
	size_t n = strnlen(t, 200), r, p, words = 0;
	if ((r = region_at(t, n, false)) > 0) {
		const char *q = t + r;
		while (*q == ' ')
			q++;
		/* the dash after a space, or an en or em dash glued to the
		 * region or the text ("Ohio—The", "Ga.—Six": typeset, the
		 * dash's own sidebearings part them) */
		if (dash_at(q) && ((q > t + r && t[r] == ' ') || long_dash(q))) {
			size_t off = (size_t)(q - t) + separator(q);
			if (!t[off] || (size_t)snprintf(loc, locsz, "%.*s", (int)r, t) >= locsz)
				return 0;
			return off;
		}
	}
	/* up to four capitalised words, then ", " and a region */
	for (p = 0; p < n && words < 5; p++) {
		if (t[p] == ',' && p > 0 && t[p + 1] == ' ') {
			const char *q;
			if (!(r = region_at(t + p + 2, n - p - 2, true)))
				return 0;
			q = t + p + 2 + r;
			if (*q == ',')
				q++;
			while (*q == ' ')
				q++;
			if (!dash_at(q) || (q == t + p + 2 + r && !long_dash(q)))
				return 0;
			if (!location_ok(t, p + 2 + r, loc, locsz))
				return 0;
			p = (size_t)(q - t) + separator(q);
			return t[p] ? p : 0;
		}
		if (p == 0 || t[p - 1] == ' ') {
			words++;
			if (!pm_cp_is_upper(nz_first_cp(t + p)) && !islower((unsigned char)t[p]))
				return 0;
		}
	}
	return 0;
}

/* where.date_above_title: once a date line above or under the title gave
 * the date, a place in title case may open the text, a dash after it
 * ("Wiesenau – Die Volkshochschule …", "Castrovidal – El Ayuntamiento
 * …"): one to three capitalised words (particles allowed, location_ok),
 * a space, a dash, then a capital. Without the date line a title-case
 * word before a dash is too often the text's own ("Update – …"). */
size_t rule_title_place_opening(const char *t, char *loc, size_t locsz)
{
	size_t n, k, words = 1, off;
	const char *d = NULL;
	int32_t c0 = t ? nz_first_cp(t) : 0;
	/* Arabic has no capitals: its letters open a name as well */
	if (!t || !(pm_cp_is_upper(c0) || (c0 >= 0x620 && c0 <= 0x64A)))
		return 0;
	n = strnlen(t, 80);
	for (k = 1; k < n; k++) {
		if (t[k] == ' ' && dash_at(t + k + 1)) {
			d = t + k + 1;
			break;
		}
		if (t[k] == ' ' && ++words > 3)
			return 0;
		if (isdigit((unsigned char)t[k]) || strchr(",.:;!?\"()", t[k]))
			return 0;
	}
	if (!d)
		return 0;
	off = (size_t)(d - t) + separator(d);
	c0 = nz_first_cp(t + off);
	if (!(pm_cp_is_upper(c0) || (c0 >= 0x620 && c0 <= 0x64A)) || !location_ok(t, (size_t)(d - t), loc, locsz))
		return 0;
	return off;
}

/* dateline.lang.en_ap_style in a scrape that lost its punctuation: a
 * place in title case, then a state's postal code ("Boston MA Senator
 * ...", that was "Boston, MA – Senator ..."): one to three capitalised
 * words, a [regions] abbreviation in capitals (tag after_comma, as
 * written), then a capital opening the text. Only where the punctuation
 * is known to be lost; elsewhere "Boston MA" would not be a dateline.
 * Returns the offset of the text, 0 if none. */
static size_t stripped_place_state(const char *t, char *loc, size_t locsz)
{
	pm_lex_query q = {PM_LEX_REGIONS, PM_LEX_ALL_LANGS, PM_LEX_TAG(AFTER_COMMA), 0, PM_LEX_CASE};
	size_t n = strnlen(t, 120), p = 0, words = 0;
	while (p < n && words < 3) {
		size_t w = p, k;
		if (!isupper((unsigned char)t[w]) || !islower((unsigned char)t[w + 1]))
			return 0;
		while (p < n && t[p] != ' ')
			p++;
		for (k = w; k < p; k++)
			if (!isalpha((unsigned char)t[k]))
				return 0;
		words++;
		while (p < n && t[p] == ' ')
			p++;
		/* the state: two capitals, a whole word */
		if (p + 2 < n && isupper((unsigned char)t[p]) && isupper((unsigned char)t[p + 1]) && t[p + 2] == ' ' &&
		    pm_lex_word(&q, t + p, 2, NULL)) {
			size_t off = p + 2;
			while (off < n && t[off] == ' ')
				off++;
			if (!isupper((unsigned char)t[off]) || !location_ok(t, p + 2, loc, locsz))
				return 0;
			return off;
		}
	}
	return 0;
}

/* A full stop and a dash at s, the Spanish ".-" or ".—" after a place,
 * before a space or a capital ("SEVILLA.-La", "Ga.—Six"; never
 * "D.C.-based"). */
static bool stop_dash(const char *s)
{
	const char *a;
	if (s[0] != '.')
		return false;
	if (s[1] == '-')
		a = s + 2;
	else if (long_dash(s + 1))
		a = s + 1 + (drawn_dash(s + 1) ? drawn_dash(s + 1) : 3);
	else
		return false;
	return *a == ' ' || isupper((unsigned char)*a) || (unsigned char)*a >= 0xC3;
}

/* A place alone opening the first paragraph: "WASHINGTON, DC -- President
 * Bush ...", "PARIS – Le groupe ..."; in capitals, with a dash after it.
 * When the scrape lost the punctuation, capitals followed by a
 * capitalised word ("WASHINGTON D C Senator Tom ...") will do. Returns
 * the offset of the paragraph's own text, 0 if none. */
static size_t place_opening_lead(const char *t, bool stripped, char *loc, size_t locsz);

/* The place opening a paragraph (place_opening_lead), and after it
 * (convention dateline.wire.label) a wire's label and its colon
 * ([wire_labels]: Business Wire's "PARIS--(BUSINESS WIRE)--Regulatory
 * News:"), which is the wire's, no text of the release. */
size_t rule_place_opening(const char *t, bool stripped, char *loc, size_t locsz)
{
	pm_lex_query q = {PM_LEX_WIRE_LABELS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t r = place_opening_lead(t, stripped, loc, locsz), e;
	if (r && pm_lex_prefix(&q, t + r, strlen(t + r), &m) && t[r + m.len] == ':') {
		for (e = r + m.len + 1; t[e] == ' '; e++)
			;
		if (t[e])
			return e;
	}
	return r;
}

static size_t place_opening_lead(const char *t, bool stripped, char *loc, size_t locsz)
{
	const char *p = t;
	size_t words = 0, caps_end = 0, lead;
	if (!t)
		return 0;
	/* dateline.shape.leading_symbol: a bullet or emoji before a place
	 * with no date ("📍 Hollstätt (ots) - ", "► BERLIN (dpa) – ") */
	{
		size_t sym = leading_symbols(t, strnlen(t, 32));
		if (sym && t[sym]) {
			size_t r = place_opening_lead(t + sym, stripped, loc, locsz);
			return r ? sym + r : 0;
		}
	}
	if ((lead = cjk_agency_lead(t, loc, locsz)) > 0 || (lead = wire_lead(t, loc, locsz)) > 0 ||
	    (lead = paren_place(t, loc, locsz)) > 0 ||
	    (lead = region_lead(t, loc, locsz)) > 0)
		return lead;
	if (stripped && (lead = stripped_place_state(t, loc, locsz)) > 0)
		return lead;
	while (*p && words < 6) {
		const char *w = p;
		bool caps = true;
		size_t l = 0;
		/* "--" ends a word too: "VAUDRELLE--(BUSINESS WIRE)--", and so
		 * do an en or em dash and the Spanish ".-", glued to the place
		 * or to the text ("SEVILLA.—La", "KIEL—Die") */
		while (*p && *p != ' ' && *p != ',' && strncmp(p, "--", 2) && !long_dash(p) && !stop_dash(p)) {
			if (islower((unsigned char)*p))
				caps = false;
			p++;
			l++;
		}
		if (!caps || l == 0 || !isupper((unsigned char)w[0]))
			break;
		/* single letters only as "D C" after a place */
		if (l == 1 && !(words >= 1 && (w[0] == 'D' || w[0] == 'C')))
			break;
		words++;
		caps_end = (size_t)(p - t);
		while (*p == ',' || *p == ' ')
			p++;
	}
	if (!words || caps_end < 3)
		return 0;
	{
		size_t sep;
		const char *q = t + caps_end;
		bool dash;
		/* ", Calif." or ", NY": a region in short title case */
		{
			const char *r = q;
			while (*r == ' ')
				r++;
			if (*r == ',') {
				const char *rs = r + 1, *re;
				while (*rs == ' ')
					rs++;
				re = rs;
				while (*re && *re != ' ' && *re != '-' && *re != ',' && re - rs < 16 && !long_dash(re) &&
				       !stop_dash(re))
					re++;
				if (stop_dash(re) && re[1] != '-')
					re++; /* the abbreviation's full stop: "Ga.—Six" */
				if (re > rs && isupper((unsigned char)*rs) &&
				    (*re == '-' || *re == ' ' || *re == ',' || long_dash(re) || stop_dash(re))) {
					caps_end = (size_t)(re - t);
					q = re;
				}
			}
		}
		/* a wire tag between the place and the dash: "--(BUSINESS WIRE)--" */
		{
			const char *r = q;
			while (*r == ' ')
				r++;
			if (!strncmp(r, "--", 2) && r[2] == '(') {
				size_t w = wire_tag(r + 2);
				if (w && !strncmp(r + 2 + w, "--", 2))
					q = r + 2 + w;
			} else if (*r == '(' || *r == '/') {
				size_t w = wire_tag(r);
				if (w)
					q = r + w;
			}
		}
		sep = separator(q);
		while (*q == ' ' || *q == ',')
			q++;
		dash = dash_at(q) || stop_dash(q);
		if (dash && sep) {
			size_t off = (size_t)(q - t);
			off += separator(t + off);
			if (!location_ok(t, caps_end, loc, locsz))
				return 0;
			return off;
		}
		(void)sep;
		if (stripped && words >= 1 && isupper((unsigned char)*q) && words <= 4) {
			if (!location_ok(t, caps_end, loc, locsz))
				return 0;
			return (size_t)(q - t);
		}
	}
	return 0;
}

/* Convention dateline.shape.caps_place_bare: a scraped or retyped release
 * may open its text with the dateline's place in capitals and nothing
 * after it ("KESTREL BAY Harbour Works announced…", "ROANNE La
 * communauté…", "TERUEL El consorcio…"): one to three words in capitals
 * (letters, hyphens, apostrophes), a space, then a capitalised word in
 * mixed case. The shape alone does not tell a place from an acronym or a
 * name in capitals ("NASA Administrator…"): the caller weighs what the
 * text says (dateline.c). Returns the offset of the text, the place's
 * bytes in *place_n; 0 when the opening is not that shape. */
size_t rule_caps_place_bare(const char *t, size_t *place_n)
{
	size_t n, p = 0, words = 0, end = 0;
	if (!t)
		return 0;
	n = strnlen(t, 200);
	while (p < n) {
		size_t w = p, letters = 0;
		bool lower = false, upper_first = false;
		while (p < n && t[p] != ' ') {
			int32_t c;
			size_t l = pm_utf8_decode((const unsigned char *)t + p, n - p, &c);
			if (pm_cp_is_upper(c)) {
				if (p == w)
					upper_first = true;
				letters++;
			} else if (pm_cp_is_lower(c)) {
				lower = true;
				letters++;
			} else if (!(c == '-' || c == '\'' || c == 0x2019) || p == w) {
				/* punctuation ends the text's first word
				 * ("MakerGirl,"), never a word of the place */
				if (lower && words && letters >= 2) {
					*place_n = end;
					return w;
				}
				return 0;
			}
			p += l ? l : 1;
		}
		if (!upper_first)
			return 0;
		if (lower) {
			/* the text's first word: a capital, then lower case */
			if (!words || letters < 2)
				return 0;
			*place_n = end;
			return w;
		}
		/* a capital alone is an initial or a pronoun, no place */
		if (letters < 2 || ++words > 3)
			return 0;
		end = p;
		while (p < n && t[p] == ' ')
			p++;
	}
	return 0;
}

/* Convention headline.rubric.own_line: the rubric set on a line of its
 * own above the title, closed by a colon or a dash ("Culture :",
 * "ÉCONOMIE –", "Kultur:"), a kicker or surtitre as French and German
 * papers set it: one to three words, a capital first, no figure, no
 * label the lexicon knows (contact, About, date, release, headline
 * labels). Gives the rubric's name (malloc'd), or NULL. On a line of its
 * own the separator leaves no doubt, whatever the case of the title under
 * it ("la médiathèque ouvre le dimanche"). */
char *rule_rubric_line(const char *t)
{
	size_t n = t ? strlen(t) : 0, w;
	char *name;
	if (!n || n > 60 || strchr(t, '\n') || nz_has_digit(t) || !pm_cp_is_upper(nz_first_cp(t)))
		return NULL;
	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (n > 1 && t[n - 1] == ':')
		n--;
	else if (n > 3 && (!memcmp(t + n - 3, "\xE2\x80\x93", 3) || !memcmp(t + n - 3, "\xE2\x80\x94", 3)) &&
	         t[n - 4] == ' ')
		n -= 3;
	else if (n > 2 && t[n - 1] == '-' && t[n - 2] == ' ')
		n--;
	else
		return NULL;
	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (!n)
		return NULL;
	name = pm_strndup(t, n);
	if (!name)
		return NULL;
	w = nz_words(name);
	/* a release phrase anywhere ("Wiggofy Press Release:") names the
	 * document, it heads no section */
	{
		const char *q;
		for (q = name; *q; q++)
			if ((q == name || q[-1] == ' ') && pm_lex_opens(PM_LEX_RELEASE_LINES, q)) {
				free(name);
				return NULL;
			}
	}
	/* a section's name, its words capitalised ("Vie Locale", "ÉCONOMIE"),
	 * a function word between them, never first: a form's label
	 * ("Mailing address:", "An image:") or a clause ("Tika can be:") is
	 * none */
	{
		const char *q = name;
		bool first = true;
		while (*q) {
			size_t l = strcspn(q, " ");
			pm_lex_query fw = {PM_LEX_FUNCTION_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
			bool func = pm_lex_word(&fw, q, l, NULL);
			if (first ? (func || !pm_cp_is_upper(nz_first_cp(q))) : (!func && !pm_cp_is_upper(nz_first_cp(q)))) {
				free(name);
				return NULL;
			}
			first = false;
			q += l;
			while (*q == ' ')
				q++;
		}
	}
	if (w < 1 || w > 3 || strpbrk(name, ":;,.!?()[]/|@") || rule_contact_heading(t) ||
	    rule_about_heading(t, NULL) || rule_date_label(t) || rule_advisory_line(t) || rule_byline(t, NULL) ||
	    pm_lex_opens(PM_LEX_HEADLINE_LABELS, t) || pm_lex_opens(PM_LEX_RELEASE_LINES, t) ||
	    pm_lex_opens(PM_LEX_CONTACT_LEADS, t) || pm_lex_opens(PM_LEX_CONTACT_FIELD_LABELS, t)) {
		free(name);
		return NULL;
	}
	return name;
}

/* Convention dateline.shape.place_full_stop: German, Austrian and
 * Scandinavian papers and agencies open the text with the place and a
 * full stop ("HOLLSTÄTT. Die Stadtwerke …", "Hollstätt. Die Stadtwerke
 * …", "VÄSTERBY. Kommunen …"): one to three words in capitals, or one
 * word in title case (hyphens and apostrophes inside), three letters or
 * more, a full stop, a space, then a capitalised word in mixed case.
 * Returns the offset of the text, the place's bytes in *place_n and in
 * *caps whether it is in capitals; 0 when the opening is not that shape.
 * The caller weighs the evidence that it is a place (dateline.c). */
size_t rule_place_full_stop(const char *t, size_t *place_n, bool *caps)
{
	size_t n, p = 0, words = 0, letters = 0;
	bool lower = false, upper_rest = false;
	if (!t)
		return 0;
	n = strnlen(t, 120);
	while (p < n) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)t + p, n - p, &c), w0 = p;
		if (!l)
			return 0;
		if (c == '.' && p + 1 < n && t[p + 1] == ' ' && letters >= 3) {
			size_t q = p + 1, k = 0, wl = 0;
			bool mixed = false;
			while (q < n && t[q] == ' ')
				q++;
			/* the text's first word: a capital, then small letters */
			if (q >= n || !pm_cp_is_upper(nz_first_cp(t + q)))
				return 0;
			for (k = q; k < n && t[k] != ' ' && wl < 4;) {
				int32_t d;
				size_t dl = pm_utf8_decode((const unsigned char *)t + k, n - k, &d);
				if (!dl)
					break;
				mixed |= pm_cp_is_lower(d);
				wl++;
				k += dl;
			}
			if (!mixed || (lower && (words > 1 || upper_rest)))
				return 0;
			*place_n = p;
			*caps = !lower;
			return q;
		}
		if (c == ' ') {
			if (++words > 2 || p == 0 || t[p - 1] == ' ')
				return 0;
		} else if (pm_cp_is_upper(c)) {
			/* a capital after the word's first letter: capitals
			 * throughout, or a title-case word broken by one */
			if (p > 0 && t[p - 1] != ' ' && t[p - 1] != '-' && t[p - 1] != '\'')
				upper_rest = true;
			else if (p > 0 && t[p - 1] == ' ' && lower)
				return 0;
			letters++;
		} else if (pm_cp_is_lower(c)) {
			if (w0 == 0 || t[w0 - 1] == ' ')
				return 0; /* a word opening in small letters */
			lower = true;
			letters++;
		} else if (!(c == '-' || c == '\'' || c == 0x2019) || p == 0 || t[p - 1] == ' ') {
			return 0;
		}
		p += l;
	}
	return 0;
}

/* Convention where.place_own_line: the place of a dateline on a line of
 * its own, between the date line and the text ("Tuesday, March 4, 2025"
 * / "WASHINGTON –" / "The council ..."; "Le 4 mars 2025" / "NANTES" /
 * "La ville ..."). The line is what would open a paragraph as a place
 * (capitals, a region after a comma, a wire tag), with at most a dash or
 * a colon after it and nothing else. Gives the place's length in loc, 0
 * when the line is not a place alone. */
size_t rule_place_line(const char *t, char *loc, size_t locsz)
{
	char probe[160];
	size_t n, off;
	if (!t || strchr(t, '\n'))
		return 0;
	n = strlen(t);
	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == ':' || t[n - 1] == '-'))
		n--;
	/* a dash at the end, en or em */
	while (n >= 3 && (!strncmp(t + n - 3, "\xE2\x80\x93", 3) || !strncmp(t + n - 3, "\xE2\x80\x94", 3))) {
		n -= 3;
		while (n > 0 && t[n - 1] == ' ')
			n--;
	}
	if (n < 3 || n > 60 || nz_words(t) > 5)
		return 0;
	/* the line as it would open a paragraph: place, dash, text */
	int len = snprintf(probe, sizeof probe, "%.*s -- Z", (int)n, t);
	off = rule_place_opening(probe, false, loc, locsz);
	/* the place is the whole line when the text begins at the probe's
	 * last letter */
	return len > 0 && off == (size_t)len - 1 ? n : 0;
}

/* Convention dateline.wire.tag_under_deck: whether the opening [t, t+off)
 * a place opener matched carries a wire service's named tag
 * ("VAUDRELLE, France--(BUSINESS WIRE)--", "BRAYFORD, Conn. /PRNewswire/
 * --"): no paragraph but the dateline opens that way. */
bool rule_opening_names_wire(const char *t, size_t off)
{
	size_t i;
	for (i = 0; t && i < off && t[i]; i++)
		if ((t[i] == '(' || t[i] == '/') && named_wire_tag(t + i))
			return true;
	return false;
}

/* A wire-service tag opening the first paragraph with no place or date:
 * "(NOTICIAS NEWSWIRE) — LATINAFest ..." Returns the bytes to drop. */
size_t rule_leading_wire_tag(const char *t)
{
	size_t w, sep;
	if (!t || t[0] != '(')
		return 0;
	w = wire_tag(t);
	if (!w || w > 40)
		return 0;
	sep = separator(t + w);
	if (!sep || (t[w] != ' ' && t[w] != '-'))
		return 0;
	/* a dash must follow: "(Reuters) —", not "(see below) the" */
	{
		const char *p = t + w;
		while (*p == ' ')
			p++;
		if (strncmp(p, "\xE2\x80\x94", 3) && strncmp(p, "\xE2\x80\x93", 3) && strncmp(p, "--", 2) &&
		    *p != '-')
			return 0;
	}
	return w + sep;
}

bool rule_closing_date(const char *t, int dayfirst, pm_date *d)
{
	pm_lex_query q = {PM_LEX_CLOSING_DATE_LEADS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i, n;
	if (!t)
		return false;
	n = strlen(t);
	if (n > 120)
		return false;
	/* a label and its colon (French spacing too: "Date :"), or words
	 * ("Fait à Dakar", "Publié le") */
	i = pm_lex_prefixes(&q, t, n, m, PM_LEX_MAX_NESTED);
	while (i-- > 0) {
		size_t l = m[i].len;
		if (m[i].entry.tags & PM_LEX_TAG(COLON)) {
			if (t[l] == ':')
				l++;
			else if (!strncmp(t + l, " :", 2))
				l += 2;
			else
				continue;
		}
		if (pm_date_find(t, n, l, dayfirst, d))
			return true;
	}
	/* date.closing_line.lead_word: the official closing formula of
	 * Czech, Slovak and Polish letters, "in" and the place in the
	 * locative, a date lead ([date_leads]: dne, dňa, dnia), the date ("V
	 * Lipové Hoře dne 5. března 2025", "W Olszynie dnia …"): a
	 * signature's date, and "V Lipové Hoře" no place of a dateline */
	if ((t[0] == 'V' || t[0] == 'W') && (t[1] == ' ' || (t[1] == 'e' && t[2] == ' ')) &&
	    pm_date_find(t, n, 0, dayfirst, d)) {
		pm_lex_query lead = {PM_LEX_DATE_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		size_t e = d->start, w;
		while (e > 0 && t[e - 1] == ' ')
			e--;
		for (w = e; w > 0 && t[w - 1] != ' '; w--)
			;
		if (w > 2 && e > w && pm_lex_word(&lead, t + w, e - w, NULL))
			return true;
	}
	return false;
}

/* "... announced today, 4 April 2024" / "a annoncé aujourd'hui, 4 avril 2024" */
bool rule_first_sentence_date(nz *z, pm_date *d)
{
	pm_lex_query q = {PM_LEX_TODAY_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_CASE};
	size_t i;
	for (i = 0; i < z->end; i++) {
		pm_block *b = z->b[i];
		const char *t;
		size_t at = 0, n;
		pm_lex_match m;
		if (b->part != PM_PART_BODY)
			continue;
		t = b->text;
		n = strlen(t);
		/* "today" ([today_words], as written, even inside a word) in the
		 * first 400 bytes, a date right after it */
		while (at < n && pm_lex_find(&q, t + at, n - at, &m) && at + m.start < 400) {
			size_t from = at + m.start + m.len;
			if (pm_date_find(t, n < from + 40 ? n : from + 40, from, z->dayfirst, d) &&
			    d->start <= from + 6)
				return true;
			at += m.start + 1;
		}
		return false; /* the first body paragraph only */
	}
	return false;
}

/* ---- bylines and signatures -------------------------------------------- */

static bool name_like(const char *s)
{
	size_t w = nz_words(s), i;
	if (w == 0 || w > 6 || nz_has_digit(s) || strchr(s, '@'))
		return false;
	/* scripts without case (Arabic: "بقلم: سلمى الخطيب") pass on their letters */
	if (!pm_cp_is_upper(nz_first_cp(s)) && !(nz_first_cp(s) >= 0x620 && nz_first_cp(s) <= 0x64A))
		return false;
	for (i = 0; s[i]; i++)
		if (s[i] == '.' && s[i + 1] == '\0' && w > 3)
			return false;
	return true;
}

/* byline.prepared_by: where the name after a byline lead ends. A
 * parenthesis after it holds the writer's e-mail or unit ("Prepared by
 * Tom Okafor (t.okafor@esk.example)", "Rédigé par Lise Aubret (service
 * presse)"); a comma followed by a role is the writer's title ("Prepared
 * by: Tom Okafor, Press Officer", "Elaborado por: Ana Ruiz, directora de
 * comunicación"), while a comma followed by another name continues a list
 * of writers ("Por Ana Ruiz, Luis Vera"). */
static size_t byline_name_len(const char *s, size_t n)
{
	pm_lex_query roles = {PM_LEX_ROLE_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_ASCII_CASE};
	pm_lex_match m;
	size_t k;
	for (k = 0; k < n; k++) {
		if (s[k] == '(' && k > 0 && s[k - 1] == ' ')
			return k;
		/* the comma, or the Arabic comma (byline.role_after_name:
		 * "بقلم: هند المري، مديرة الإعلام في الجمعية") */
		size_t c = s[k] == ',' ? 1 : (k + 1 < n && (unsigned char)s[k] == 0xD8 && (unsigned char)s[k + 1] == 0x8C) ? 2 : 0;
		if (c && k + c < n && s[k + c] == ' ') {
			size_t e = k + c + 1;
			while (e < n && s[e] != ',' && s[e] != '(')
				e++;
			if (pm_lex_find(&roles, s + k + c + 1, e - (k + c + 1), &m))
				return k;
			/* the writer's address after the comma ("Prepared by
			 * Jane Marlowe, jane@ashby.example") */
			if (memchr(s + k + c + 1, '@', e - (k + c + 1)))
				return k;
		}
	}
	return n;
}

bool rule_byline(const char *t, char **name)
{
	/* a lead of [byline_leads] capitalised or in capitals, then a space;
	 * a label ("Source", tag colon) with its colon, French spacing too */
	pm_lex_query q = {PM_LEX_BYLINE_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CAPITALISED | PM_LEX_CAPITALS};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i, n;
	if (!t)
		return false;
	n = strlen(t);
	/* 100 characters: an Arabic letter takes two bytes */
	if (nz_cps(t) > 100 || strchr(t, '\n'))
		return false;
	i = pm_lex_prefixes(&q, t, n, m, PM_LEX_MAX_NESTED);
	while (i-- > 0) {
		size_t l = m[i].len;
		if (m[i].entry.tags & PM_LEX_TAG(COLON))
			l = t[l] == ':' ? l + 1 : !strncmp(t + l, " :", 2) ? l + 2 : 0;
		/* byline.by_colon: any lead may take a colon, as a label does
		 * ("By: Dana Whitfield", "BY: OREN BASK", "Par : Lise Aubret",
		 * "Prepared by: Tom Okafor", "Door: Joost de Wit") */
		else if (t[l] == ':')
			l++;
		else if (!strncmp(t + l, " :", 2))
			l += 2;
		if (l && t[l] == ' ')
			l++;
		else
			l = 0;
		if (l) {
			/* "Prepared by Aubrey Moore, May 23, 2021": the date after
			 * the name is not part of it */
			size_t nl2 = n - l;
			{
				pm_date d;
				if (pm_date_find(t + l, nl2, 0, 1, &d) && d.start > 0) {
					nl2 = d.start;
				}
			}
			nl2 = byline_name_len(t + l, nl2);
			/* the bar or slash parting the name from the date ("By
			 * Jane Marlowe | March 5, 2024") goes with the date */
			char *nm = nz_trim(t + l, nl2, ".,|/");
			/* byline.role_before_name: "By: Director General Ada
			 * Fenn", "بقلم: المديرة التنفيذية نورة الظاهري" */
			char *bare = nm ? nz_name_after_role(nm) : NULL;
			if (bare) {
				free(nm);
				nm = bare;
			}
			if (nm && name_like(nm)) {
				if (name)
					*name = nm;
				else
					free(nm);
				return true;
			}
			free(nm);
		}
	}
	return false;
}

/* "Date de publication", "Publié le", "Published": a label whose date
 * follows on the next line. */
bool rule_date_label(const char *t)
{
	char *tr;
	bool r;
	if (!t || nz_cps(t) > 30)
		return false;
	tr = nz_trim(t, strlen(t), ":");
	r = tr && pm_lex_has(PM_LEX_DATE_LABELS, tr);
	free(tr);
	return r;
}

/* A signatory's name: two to six capitalised words (surnames often in
 * capitals), no digits, no sentence. */
bool rule_signatory(const char *t)
{
	const char *p = t;
	size_t w = nz_words(t);
	/* the [name_particles] tagged signatory, as written: "de", "van" */
	pm_lex_query particle = {PM_LEX_NAME_PARTICLES, PM_LEX_ALL_LANGS, PM_LEX_TAG(SIGNATORY), 0,
	                         PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	if (!t || w < 2 || w > 6 || nz_has_digit(t) || strchr(t, '@') || nz_cps(t) > 60 ||
	    nz_ends_sentence(t) || strchr(t, '\n'))
		return false;
	while (*p) {
		int32_t c = nz_first_cp(p);
		if (!pm_cp_is_upper(c) && !pm_lex_opens_before(&particle, p, ' '))
			return false;
		while (*p && *p != ' ')
			p++;
		while (*p == ' ')
			p++;
	}
	return true;
}

/* The signatory's title above the name: "Le Ministre de la Formation
 * professionnelle, Porte-Parole du Gouvernement", "Chief Executive
 * Officer", "Der Präsident". */
bool rule_title_line(const char *t)
{
	/* a title of [signature_titles] (ASCII letters in either case, the
	 * others as written) that opens a word ("l'ambassadeur" too) and
	 * that no ASCII letter goes on; in the first 255 bytes */
	pm_lex_query q = {PM_LEX_SIGNATURE_TITLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i, k, n;
	if (!t || nz_words(t) > 18 || nz_cps(t) > 200 || strchr(t, '\n') || nz_has_digit(t))
		return false;
	if (nz_last_cp(t) == '.' && nz_words(t) > 4)
		return false;
	n = strnlen(t, 255);
	for (i = 0; i < n; i++) {
		if (i > 0 && t[i - 1] != ' ' && t[i - 1] != '\'')
			continue;
		k = pm_lex_prefixes(&q, t + i, n - i, m, PM_LEX_MAX_NESTED);
		while (k-- > 0)
			if (i + m[k].len >= n || !isalpha((unsigned char)t[i + m[k].len]))
				return true;
	}
	return false;
}

/* byline.dash_signature: a signature led by a dash ("-- Grace Whitcombe.",
 * "— Hélène Marchal"), the mark a typed letter or a newsgroup post puts
 * before the signer: the bytes the dash and its spaces take, 0 when the
 * line opens otherwise. A single hyphen is a list's bullet, not a mark. */
size_t rule_signature_dash(const char *t)
{
	size_t n = 0;
	if (!t)
		return 0;
	if (t[0] == '-' && t[1] == '-')
		n = 2 + (t[2] == '-');
	else if (!strncmp(t, "\xE2\x80\x94", 3) || !strncmp(t, "\xE2\x80\x93", 3) || !strncmp(t, "\xE2\x80\x95", 3))
		n = 3; /* em dash, en dash, horizontal bar */
	if (!n || t[n] != ' ')
		return 0;
	while (t[n] == ' ')
		n++;
	return n;
}

/* The closing signature: a short name-like line ending the release, after
 * a paragraph of text; a dash before it is no part of it. */
bool rule_signature(nz *z, size_t i)
{
	const pm_block *b = z->b[i];
	const char *t = b->text ? b->text + rule_signature_dash(b->text) : NULL;
	size_t w = nz_words(t);
	size_t j;
	/* byline.signature_block on one line: the name, a comma, the title
	 * and the body ("María José Quintero, Gerente de Comunicación,
	 * Cooperativa Lagos del Sur."), longer than a name alone: two to
	 * four capitalised words before the first comma allow it */
	bool name_then_role = false;
	{
		const char *comma = t ? strchr(t, ',') : NULL;
		if (comma && comma > t) {
			char *name = pm_strndup(t, (size_t)(comma - t));
			size_t nw = name ? nz_words(name) : 0;
			name_then_role = name && nw >= 2 && nw <= 4 && rule_signatory(name);
			free(name);
		}
	}
	if (!t || w == 0 || w > (name_then_role ? 14u : 8u) || nz_cps(t) > (name_then_role ? 110u : 60u) ||
	    nz_has_digit(t) || strchr(t, '@') || strstr(t, "www.") || strstr(t, "http"))
		return false;
	if (w > 6) {
		/* byline.signature_full_stop: a longer signature is a body's
		 * name, its long words capitalised ("The Board of the Ashby
		 * Rowing Club."), never a sentence ("We look forward to
		 * seeing you there.") */
		const char *p = t;
		while (*p) {
			size_t wl = strcspn(p, " ");
			if (wl >= 4 && !pm_cp_is_upper(nz_first_cp(p)))
				return false;
			p += wl;
			while (*p == ' ')
				p++;
		}
	}
	if (b->type == PM_BLOCK_HEADING || b->type == PM_BLOCK_LIST_ITEM || b->type == PM_BLOCK_TABLE)
		return false;
	if (nz_ends_sentence(t) && nz_last_cp(t) != '.')
		return false;
	if (nz_last_cp(t) == '.') {
		/* byline.signature_full_stop: a short signature with its stop
		 * is a name, its words mostly capitalised ("La Direction
		 * générale.", "Jane Doe, director."; before a comma, the name);
		 * a closing sentence has as many lower-case words as capitalised
		 * ones ("Crews rebuilt four bridges.", "Registration is free.") */
		const char *p = t, *comma = strchr(t, ',');
		size_t upper = 0, lower = 0;
		while (*p && (!comma || p < comma)) {
			int32_t c = nz_first_cp(p);
			if (pm_cp_is_upper(c))
				upper++;
			else if (pm_cp_is_lower(c))
				lower++;
			p += strcspn(p, " ");
			while (*p == ' ')
				p++;
		}
		/* ... but a short line naming the signing body or title
		 * ([signature_titles]) in a language that writes it in small
		 * letters ("Het bestuur.", "De directie.") */
		if (lower >= upper && !(w <= 4 && rule_title_line(t)))
			return false;
	}
	{
		/* scripts without case (Arabic) pass on their letters */
		int32_t c0 = nz_first_cp(t);
		if (!pm_cp_is_upper(c0) && !(c0 >= 0x600 && c0 <= 0x6FF))
			return false;
	}
	if (rule_contact_heading(t) || rule_about_heading(t, NULL) || rule_end_mark_text(t))
		return false;
	/* the block before must be a paragraph of the release, of more than
	 * 80 characters (a short line above a name may be a list's or an
	 * address's). Convention byline.signature_above_sections: a name
	 * alone (two to four words, rule_signatory), right above the About
	 * section or the contacts, signs under a closing sentence of any
	 * length ("Entry is free." / "Ana Ruiz" / "About …"): the release's
	 * text ends there, and its last paragraph is often a short one */
	size_t min_prev = 80;
	if (i + 1 < z->end && (z->b[i + 1]->part == PM_PART_ABOUT || z->b[i + 1]->part == PM_PART_CONTACT) &&
	    w >= 2 && w <= 4 && !strchr(t, ',') && rule_signatory(t))
		min_prev = 0;
	for (j = i; j-- > 0;) {
		if (z->b[j]->part == PM_PART_BODY || z->b[j]->part == PM_PART_NONE)
			return (z->b[j]->type == PM_BLOCK_PARAGRAPH || z->b[j]->type == PM_BLOCK_QUOTE) &&
			       nz_cps(z->b[j]->text) > min_prev && nz_ends_sentence(z->b[j]->text);
		if (z->b[j]->part != PM_PART_BYLINE)
			return false;
	}
	return false;
}

/* ---- page numbers -------------------------------------------------------- */

/* "3", "- 3 -", "Page 3", "page 3 of 7", "3/7", "3 | Page": a page number
 * that a text extraction left among the paragraphs. */
bool rule_page_number(const char *t)
{
	const char *p = t;
	size_t digits = 0, words = 0, l;
	/* [page_labels] ("Page", "Seite") and [page_count_words] ("of", "sur"),
	 * each with its space */
	pm_lex_query label = {PM_LEX_PAGE_LABELS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_query count = {PM_LEX_PAGE_COUNT_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	if (!t || strlen(t) > 24 || rule_end_mark_text(t))
		return false;
	if ((l = pm_lex_opens_before(&label, p, ' ')) > 0)
		p += l + 1;
	for (; *p; p++) {
		if (isdigit((unsigned char)*p))
			digits++;
		else if (*p == ' ' || *p == '-' || *p == '/' || *p == '|' || *p == '.')
			continue;
		else if ((l = pm_lex_opens_before(&count, p, ' ')) > 0)
			p += l, words++;
		else
			return false;
		if (!p)
			return false;
	}
	if (!(digits > 0 && digits <= 6 && words <= 1))
		return false;
	/* furniture.page_number_not_date: a line of figures that reads as a
	 * whole date ("2025. 3. 5.", date.ko.dotted; "5.3.2024") is the
	 * release's date, not a page's number */
	{
		pm_date d;
		size_t n = strlen(t);
		return !(pm_date_find(t, n, 0, 1, &d) && d.start == 0 && d.y && d.m && d.d);
	}
}

/* ---- scraper junk ------------------------------------------------------ */

/* Links whose text is not their own address (a link of a menu, "Read
 * more"): those a plugin gave with no text, or with a text of their own. */
static size_t marked_links(const pm_block *b)
{
	size_t k, n = 0;
	for (k = 0; k < b->nlinks; k++)
		if (!b->link_texts || !b->link_texts[k] || strcmp(b->link_texts[k], b->links[k]))
			n++;
	return n;
}

/* Is an entry of q's section anywhere in t, with a space before and after
 * it (" appeared first on ")? */
static bool spaced_entry(const pm_lex_query *q, const char *t)
{
	size_t i;
	for (i = 1; t[0] && t[i]; i++)
		if (t[i - 1] == ' ' && pm_lex_opens_before(q, t + i, ' '))
			return true;
	return false;
}

/* Convention furniture.link_line, a browser's fallback: an embedded post
 * or video the printed page cannot show leaves its link's text, in
 * brackets, alone on its line ("[Link to tweet]", "[Lien vers le tweet]",
 * "[Link zum Beitrag]"; [link_labels]). A bracketed line that is no such
 * label ("[ENDS]", "[City, State]", a footnote's "[1]") is not this. */
static bool link_label_line(const char *t, size_t n)
{
	pm_lex_query q = {PM_LEX_LINK_LABELS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t l;
	if (n < 3 || t[0] != '[' || t[n - 1] != ']' || memchr(t + 1, '[', n - 2) || memchr(t + 1, ']', n - 2))
		return false;
	if (!pm_lex_prefix(&q, t + 1, n - 2, &m))
		return false;
	/* the label, perhaps a number after it ("[Link to tweet 2]") */
	for (l = m.len + 1; l < n - 1 && (t[l] == ' ' || isdigit((unsigned char)t[l])); l++)
		;
	return l == n - 1;
}

/* Convention furniture.link_line, a bar of links: a page's navigation or
 * share bar kept in the text ("Home | News | Events | Contact", "rss | |
 * (MID)", "Website · Facebook · Instagram"): three cells at least, parted
 * by bars, bullets or middle dots, each empty or a short label (four
 * words, no sentence). A title with one bar ("Acme opens a dock | Acme
 * News") has two cells; cells with a figure (a date, an address, a
 * phone: dateline.shape.issuer_place_date, a letterhead's address), an
 * e-mail address (a contact line, left to the contacts stage), a comma
 * or a colon (a phrase, a list of keywords under its label: "Keywords:
 * A · B", a formula's "(i) , · · · , n") or a line opening with a bar (a
 * table's row) are not this. */
static bool link_bar_line(const char *t, size_t n)
{
	static const char *const bars[] = {"|", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */,
	                                   "\xE2\x88\x99" /* ∙ */, "\xE2\x8B\x85" /* ⋅ */};
	size_t cells = 1, words = 0, i = 0, k;
	bool word = false, label = false, letter = false;
	if (n == 0 || t[0] == '|')
		return false;
	while (i <= n) {
		size_t bl = 0;
		/* every bar opens with '|' or a lead byte 0xC2 or 0xE2: other
		 * bytes are not compared with each (this runs on every block) */
		if (i < n && (t[i] == '|' || t[i] == '\xC2' || t[i] == '\xE2'))
			for (k = 0; k < sizeof bars / sizeof *bars; k++)
				if (!strncmp(t + i, bars[k], strlen(bars[k])))
					bl = strlen(bars[k]);
		/* a dot or bullet glued to a letter joins it (Catalan "l·l",
		 * text decoded in the wrong code page): only a spaced one parts */
		if (bl && t[i] != '|' && !((i == 0 || t[i - 1] == ' ') && (i + bl == n || t[i + bl] == ' ')))
			bl = 0;
		if (i == n || bl) {
			/* a label is words: a cell of dashes or signs alone is a
			 * table's delimiter row ("--- | --- | ---"), no link */
			if (words > 4 || (words && !letter))
				return false;
			if (i == n)
				break;
			cells++;
			words = 0;
			word = false;
			letter = false;
			i += bl;
			continue;
		}
		if (isdigit((unsigned char)t[i]) || t[i] == '@' || t[i] == ',' || t[i] == ':' ||
		    ((t[i] == '.' || t[i] == '!' || t[i] == '?') && (i + 1 == n || t[i + 1] == ' ')))
			return false;
		if (isalpha((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80)
			letter = true;
		if (t[i] == ' ') {
			word = false;
		} else if (!word) {
			word = true;
			label = true;
			/* a fifth word fails its cell when the cell ends, as it
			 * must: no need to read on */
			if (++words > 4)
				return false;
		}
		i++;
	}
	return cells >= 3 && label;
}

bool rule_link_line(const char *t)
{
	size_t n;
	if (!t || strchr(t, '\n'))
		return false;
	n = strlen(t);
	while (n > 0 && t[n - 1] == ' ')
		n--;
	return n <= 200 && (link_label_line(t, n) || link_bar_line(t, n));
}

/* Convention furniture.junk_line.arrow: a web page's "back to top" link
 * prints with an arrow glyph beside its words ("Back to top ↑", "Volver
 * arriba ↑", "↑ Naar boven"): a line of [junk_lines] with arrows (U+2190
 * to U+21FF, ▲ U+25B2, ⬆ U+2B06) and spaces at its ends is the same
 * junk line. */
static bool arrow_at(const char *t)
{
	const unsigned char *u = (const unsigned char *)t;
	/* each is three bytes in UTF-8 */
	return u[0] == 0xE2 && ((u[1] == 0x86 && u[2] >= 0x90) || u[1] == 0x87 || (u[1] == 0x96 && u[2] == 0xB2) ||
	                        (u[1] == 0xAC && u[2] == 0x86));
}

static bool junk_with_arrows(const char *t)
{
	size_t n = strlen(t), a = 0, e = n, arrows = 0;
	char *w;
	bool r;
	for (;;) {
		while (a < e && t[a] == ' ')
			a++;
		if (e - a < 3 || !arrow_at(t + a))
			break;
		a += 3;
		arrows++;
	}
	for (;;) {
		while (e > a && t[e - 1] == ' ')
			e--;
		if (e - a < 3 || !arrow_at(t + e - 3))
			break;
		e -= 3;
		arrows++;
	}
	if (!arrows || e <= a || e - a > 60)
		return false;
	w = strndup(t + a, e - a);
	r = w && pm_lex_has(PM_LEX_JUNK_LINES, w);
	free(w);
	return r;
}

bool rule_junk(const pm_block *b)
{
	/* as written but for the leads: [feed_footer_leads] "The post" ...
	 * [feed_footer_links] "appeared first on", [platform_credits] "is
	 * powered by", [follow_leads] "Follow" ... [follow_targets]
	 * "Facebook", [social_invitations] "our socials" */
	pm_lex_query feed_lead = {PM_LEX_FEED_FOOTER_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_query feed_link = {PM_LEX_FEED_FOOTER_LINKS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	pm_lex_query credit = {PM_LEX_PLATFORM_CREDITS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	pm_lex_query follow = {PM_LEX_FOLLOW_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_query target = {PM_LEX_FOLLOW_TARGETS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	pm_lex_query invitation = {PM_LEX_SOCIAL_INVITATIONS, PM_LEX_ALL_LANGS, 0, 0,
	                           PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	/* [social_media_labels], in any case, anywhere: "on Social Media:" */
	pm_lex_query social_media = {PM_LEX_SOCIAL_MEDIA_LABELS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	const char *t = b->text;
	size_t nwords;
	if (!t)
		return false;
	/* a whole line of furniture ([junk_lines]: "Share", "Imprimer"), a
	 * navigation or share bar, a browser's "[Link to tweet]"; a table's
	 * text runs its cells together, bullets inside them included, and
	 * is no bar of links (body.table_row_bullets) */
	if (pm_lex_has(PM_LEX_JUNK_LINES, t) || (b->type != PM_BLOCK_TABLE && rule_link_line(t)) || junk_with_arrows(t))
		return true;
	nwords = nz_words(t);
	/* furniture.download_link: a short block that is a link opening
	 * with a download verb ([download_leads]: "📄 Download the summary
	 * (PDF)", "Télécharger le communiqué"), symbols before it allowed:
	 * the page offers a file, the release does not say it */
	if (b->nlinks && nwords <= 15 && !strchr(t, '\n')) {
		pm_lex_query dl = {PM_LEX_DOWNLOAD_LEADS, PM_LEX_ALL_LANGS, 0, 0, 0};
		const char *q = t;
		int32_t c = 0;
		size_t k;
		/* the icon before it: symbols, with an emoji's variation
		 * selector and joiner (U+FE0F, U+200D), which are marks */
		while (*q && (k = pm_utf8_decode((const unsigned char *)q, strlen(q), &c)) &&
		       (!pm_cp_is_letter(c) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D))
			q += k;
		if (*q && pm_lex_prefix(&dl, q, strlen(q), NULL))
			return true;
	}
	/* closing.imprint: the imprint that electoral law asks of political
	 * communication ([letterhead_leads], which the letterhead reads above
	 * the title: "Authorised by J. Smith, Minister
	 * for Trade, Adelaide.", "Promoted by …"), capitalised, opening a
	 * short block with a comma in it (the name, then an office or an
	 * address): the law's line, not the release's text */
	if (nwords <= 40 && strstr(t, ", ") && !strchr(t, '\n')) {
		pm_lex_query imprint = {PM_LEX_LETTERHEAD_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CAPITALISED | PM_LEX_CAPITALS};
		if (pm_lex_opens_before(&imprint, t, ' '))
			return true;
	}
	/* feed and wire footers, social links, "read more" links: a line
	 * that [junk_prefixes] opens, or these */
	if (pm_lex_opens(PM_LEX_JUNK_PREFIXES, t) ||
	    (pm_lex_opens_before(&feed_lead, t, ' ') && spaced_entry(&feed_link, t)) ||
	    pm_lex_find(&social_media, t, strlen(t), NULL) ||
	    (pm_lex_opens_before(&follow, t, ' ') && pm_lex_find(&target, t, strlen(t), NULL)) ||
	    (nwords <= 8 && spaced_entry(&credit, t)))
		return true;
	{
		/* "Twitter: x.com/acme", "Website: www.acme.com" lines: a label
		 * of [social_labels], "(...)" perhaps, then a colon */
		pm_lex_query q = {PM_LEX_SOCIAL_LABELS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
		pm_lex_match m[PM_LEX_MAX_NESTED];
		size_t k;
		if (nwords <= 8 && (strstr(t, "www.") || strstr(t, ".com") || strstr(t, "http") ||
		                         strstr(t, "t.me/") || strchr(t, '@'))) {
			k = pm_lex_prefixes(&q, t, strlen(t), m, PM_LEX_MAX_NESTED);
			while (k-- > 0) {
				const char *r = t + m[k].len;
				if (*r == ' ' && r[1] == '(') {
					r = strchr(r, ')');
					r = r ? r + 1 : t + m[k].len;
				}
				if (*r == ':')
					return true;
			}
		}
		if (nwords <= 14 && pm_lex_find(&invitation, t, strlen(t), NULL))
			return true;
	}
	{
		/* closing.social on one line: the heading ([social_headings]),
		 * its colon, then the accounts ("Social Media: Website: acme.org
		 * Facebook: acme", "Réseaux sociaux : Instagram @acme") */
		pm_lex_query q = {PM_LEX_SOCIAL_HEADINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_match m[PM_LEX_MAX_NESTED];
		size_t k = pm_lex_prefixes(&q, t, strlen(t), m, PM_LEX_MAX_NESTED);
		while (k-- > 0) {
			const char *r = t + m[k].len;
			if (*r == ' ')
				r++;
			if (*r != ':')
				continue;
			while (*++r == ' ')
				;
			if (*r && !strchr(r, '\n') && rule_social_line(r))
				return true;
		}
	}
	{
		/* social handles: "Instagram: @acme X: @acme" */
		const char *p = t;
		size_t handles = 0;
		while ((p = strchr(p, '@'))) {
			if ((p == t || p[-1] == ' ' || p[-1] == ':') && isalnum((unsigned char)p[1]))
				handles++;
			p++;
		}
		if (handles >= 2 && nwords <= 20)
			return true;
	}
	{
		/* a line of social network names only ([social_networks], as
		 * written) */
		pm_lex_query q = {PM_LEX_SOCIAL_NETWORKS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		const char *p = t;
		size_t hits = 0, words = 0;
		while (*p) {
			size_t l;
			while (*p == ' ' || *p == '|' || *p == '*' || *p == '-' || *p == ',' || *p == '/')
				p++;
			if (!*p)
				break;
			l = strcspn(p, " |*,/");
			words++;
			/* one word that is no network's name decides */
			if (!pm_lex_word(&q, p, l, NULL))
				break;
			hits++;
			p += l;
		}
		if (words && hits == words)
			return true;
	}
	/* script code left by a scraper */
	if (strstr(t, "function(") || strstr(t, "function (") || strstr(t, "document.getElementById") ||
	    strstr(t, "window.") || strstr(t, "var ") == t || strstr(t, "<script") || strstr(t, "});"))
		return true;
	/* navigation: a short block that is only link text; a web address
	 * written out, which shows itself, is text (a site under an About
	 * section), not a menu's link */
	if (marked_links(b) && nwords <= 6 && !nz_ends_sentence(t) && (b->flags & PM_BF_MARKUP))
		return true;
	return false;
}

bool nz_junk(nz *z, size_t i)
{
	signed char *slot = nz_junk_slot(z, i);
	if (!slot)
		return rule_junk(z->b[i]);
	if (*slot < 0)
		*slot = rule_junk(z->b[i]);
	return *slot;
}

/* ---- day-first or month-first from the place --------------------------- */

int rule_place_dayfirst(const char *place, size_t n, const char *lang)
{
	/* [month_first_places] anywhere in the place, as a plain prefix
	 * ("NEW YORK", "PALO ALTO"); a state after a comma (tag after_comma:
	 * "Austin, TX") */
	pm_lex_query q = {PM_LEX_MONTH_FIRST_PLACES, PM_LEX_ALL_LANGS, 0, PM_LEX_TAG(AFTER_COMMA),
	                  PM_LEX_NO_BOUNDARY};
	pm_lex_query state = {PM_LEX_MONTH_FIRST_PLACES, PM_LEX_ALL_LANGS, PM_LEX_TAG(AFTER_COMMA), 0,
	                      PM_LEX_NO_BOUNDARY};
	size_t i;
	if (n >= 160)
		n = 159;
	n = strnlen(place, n);
	pm_lex_query dmy = {PM_LEX_DAY_FIRST_PLACES, PM_LEX_ALL_LANGS, 0, 0, 0};
	if (pm_lex_find(&q, place, n, NULL))
		return 0;
	for (i = 2; i < n; i++)
		if (place[i - 2] == ',' && place[i - 1] == ' ' && pm_lex_prefix(&state, place + i, n - i, NULL))
			return 0;
	/* date.numeric.ambiguous_day_first: a country or a capital of
	 * English outside the US ([day_first_places]) reads day first */
	if (pm_lex_find(&dmy, place, n, NULL))
		return 1;
	if (lang && strcmp(lang, "en") != 0)
		return 1;
	return -1;
}

/* Convention date.numeric.uk_spelling: British and Commonwealth English
 * spells "colour", "organisation", "programme"; American English
 * "color", "organization" ([day_first_spellings], [month_first_spellings]).
 * English written with the former was written where a numeric date reads
 * day first (CLDR en-GB, en-AU, en-NZ, en-IE, en-IN: d/M/y), so an English
 * text with more of them than of the American forms, and one at least,
 * reads an ambiguous numeric date day first when no place says otherwise
 * (a US dateline still reads month first: rule_place_dayfirst). The first
 * 3,000 words are read, only when a numeric date that reads both ways is
 * there. 1 for day first, 0 when the spelling says nothing. */
/* Whether t holds a numeric date that reads both ways: two numbers of
 * one or two figures, both 12 or under, then a year, parted by '/', '.'
 * or '-' ("05/03/2024", "4-11-24"). Only then does the spelling matter. */
static bool two_way_numeric_date(const char *t)
{
	const char *p;
	for (p = t; *p; p++) {
		long v[2];
		const char *q = p;
		int k;
		if (!isdigit((unsigned char)*p) || (p > t && isdigit((unsigned char)p[-1])))
			continue;
		for (k = 0; k < 2; k++) {
			if (!isdigit((unsigned char)*q))
				break;
			v[k] = *q++ - '0';
			if (isdigit((unsigned char)*q))
				v[k] = v[k] * 10 + (*q++ - '0');
			if (*q != '/' && *q != '.' && *q != '-')
				break;
			q++;
		}
		if (k == 2 && v[0] >= 1 && v[0] <= 12 && v[1] >= 1 && v[1] <= 12 && isdigit((unsigned char)q[0]) &&
		    isdigit((unsigned char)q[1]))
			return true;
	}
	return false;
}

int rule_spelling_dayfirst(pm_block *const *b, size_t n)
{
	pm_lex_query uk = {PM_LEX_DAY_FIRST_SPELLINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query us = {PM_LEX_MONTH_FIRST_SPELLINGS, PM_LEX_ALL_LANGS, 0, 0, 0};
	size_t i, words = 0, british = 0, american = 0;
	bool two_way = false;
	for (i = 0; i < n && !two_way; i++)
		two_way = b[i]->text && two_way_numeric_date(b[i]->text);
	if (!two_way)
		return 0;
	for (i = 0; i < n && words < 3000; i++) {
		const char *t = b[i]->text, *p;
		if (!t)
			continue;
		for (p = t; *p && words < 3000;) {
			size_t k = 0;
			while (isalpha((unsigned char)p[k]))
				k++;
			if (!k) {
				p++;
				continue;
			}
			words++;
			/* a word of ASCII letters only, five at least: the entries */
			if (k >= 5 && (p == t || !((unsigned char)p[-1] & 0x80)) && !((unsigned char)p[k] & 0x80)) {
				if (pm_lex_word(&uk, p, k, NULL))
					british++;
				else if (pm_lex_word(&us, p, k, NULL))
					american++;
			}
			p += k;
		}
	}
	return british > american ? 1 : 0;
}
