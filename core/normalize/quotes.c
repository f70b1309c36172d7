/*
 * quotes.c - quotations in the body whose speaker the text names.
 *
 * A quotation is the span between paired marks (“…”, «…», „…“, "…",
 * ‹…›, ‘…’, 「…」, 『…』) of three words or more; shorter ones are titles and scare
 * quotes, and so is a name or a title of any length set into its
 * sentence (quotes.quoted_name: ООО «…», the law «О …»). Its speaker is the name next to a speech verb, after the quote
 * ("…," said Dana Whitcombe, co-founder; «…», a déclaré X; "…", dijo X;
 * „…“, sagte X; "…", disse X; «…»، قال X) or before it (X said: "…";
 * Selon X, « … »; X a déclaré : « … »; وقال X: «…»). A quote with no
 * attribution of its own takes the speaker of its paragraph (a quote
 * split around "said X"), and a paragraph that opens with a quote and
 * names nobody continues the previous paragraph's speaker, since that is
 * how releases run a statement over paragraphs. A pronoun ("he said",
 * "a-t-il ajouté") also refers back to the last speaker. The speaker is
 * the name only, without the role after it; titles ("Dr.", "الدكتور") and
 * particles ("bin", "Al-", "de", "van") are part of the name.
 *
 * Run by the normaliser (normalize.c's table: stage_quotes) for the
 * record's `quotes`, whose roles understand.c's speakers stage then
 * reads; its span finder (nz_quote_spans) is also the language stage's
 * (language.c), and its readers of names and roles serve byline.c,
 * rules.c and understand.c (normalize.h).
 */
#include "normalize.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Words that start a capitalised run but are no name ([not_name_words],
 * as written: "The", "Elle", "Monday"). */
static bool not_name_word(const char *w, size_t l)
{
	pm_lex_query q = {PM_LEX_NOT_NAME_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	return pm_lex_word(&q, w, l, NULL);
}

/* A particle inside a name, as written ([name_particles]: "bin", "van"). */
static bool particle(const char *w, size_t l)
{
	pm_lex_query q = {PM_LEX_NAME_PARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	return pm_lex_word(&q, w, l, NULL);
}

/* An honorific that is part of the written name, as written
 * ([person_titles]: "Dr.", "Mme", "Dott."). */
static bool title_word(const char *w, size_t l)
{
	pm_lex_query q = {PM_LEX_PERSON_TITLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	return pm_lex_word(&q, w, l, NULL);
}

static bool arabic_cp(int32_t c)
{
	return c >= 0x600 && c <= 0x6FF;
}

/* Function titles and ranks that stand before a name ("Minister",
 * "Général", "Bezirksstadträtin", "اللواء"; [role_words]): the speaker is
 * the person, so they go when a name of two words or more remains.
 * Honorifics (Dr., Prof., Mme) stay: they are how the name is written.
 * A stem ("minist*") opens the word, or stands inside a word four bytes
 * longer (a compound: "Bezirksstadträtin"), ASCII letters in either
 * case; a word ("الوزير") is the whole word, as written. */
static bool role_lead(const char *w, size_t l)
{
	pm_lex_query q = {PM_LEX_ROLE_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t i, k;
	if (l >= 64)
		return false;
	for (i = 0; i < l; i++) {
		k = pm_lex_prefixes(&q, w + i, l - i, m, PM_LEX_MAX_NESTED);
		while (k-- > 0) {
			/* quotes.role_before_name: a role compound joined by a
			 * hyphen to an acronym or a name ("VBZ-Direktor",
			 * "SPD-Fraktionschefin") */
			if (m[k].entry.stem ? i == 0 || l > m[k].len + 4 || (w[i - 1] == '-' && i >= 2)
			                    : i == 0 && m[k].len == l && !strncmp(w, m[k].entry.text, l))
				return true;
		}
	}
	return false;
}

/* Shared with understand.c's quote.role_before: a role word (stem
 * inside a compound too), a word that links a role to its complement,
 * an article. */
bool nz_role_word(const char *w, size_t l)
{
	return role_lead(w, l);
}

/* The word w[0..l) opens a linking word of a role phrase ("of", "de" of
 * "de la", "dell'Ambiente"; [role_org_links], [role_complements],
 * [role_joiners], as written). */
bool nz_role_link(const char *w, size_t l)
{
	static const pm_lex_section secs[] = {PM_LEX_ROLE_ORG_LINKS, PM_LEX_ROLE_COMPLEMENTS, PM_LEX_ROLE_JOINERS};
	size_t k, i;
	for (k = 0; k < sizeof secs / sizeof *secs; k++) {
		pm_lex_query q = {secs[k], PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		pm_lex_match m[PM_LEX_MAX_NESTED];
		size_t nm = pm_lex_prefixes(&q, w, l, m, PM_LEX_MAX_NESTED);
		for (i = 0; i < nm; i++)
			if (m[i].len == l || w[m[i].len - 1] == '\'')
				return true;
	}
	return false;
}

bool nz_is_article(const char *w, size_t l)
{
	pm_lex_query q = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	return pm_lex_word(&q, w, l, NULL);
}

/* Some space-separated word of s is not a role word. */
static bool has_non_role_word(const char *s)
{
	const char *p;
	for (p = s; *p;) {
		const char *sp = strchr(p, ' ');
		size_t l = sp ? (size_t)(sp - p) : strlen(p);
		if (!role_lead(p, l))
			return true;
		if (!sp)
			break;
		p = sp + 1;
	}
	return false;
}

/* Convention quotes.acronym_role: an acronym standing before the name
 * in the speaker's phrase ("COO Priya Anand", "ГД Аркадий Веснин", "ЕВП
 * Дмитрий Пузанов") is a role or the body the speaker heads, abbreviated,
 * none of the name: two to six capitals (Latin, Cyrillic, Greek; '&' and
 * figures inside, not first), then a name of two words or more, each a
 * capital and small letters ("JR Smith", one word, keeps its initials). */
static bool acronym_before_name(const char *w, size_t l, const char *next)
{
	size_t i = 0, caps = 0, names = 0;
	const char *p = next;
	while (i < l) {
		int32_t c;
		size_t k = pm_utf8_decode((const unsigned char *)w + i, l - i, &c);
		if (!k)
			return false;
		if (pm_cp_is_upper(c))
			caps++;
		else if (!(i > 0 && (c == '&' || pm_cp_is_digit(c))))
			return false;
		i += k;
	}
	if (caps < 2 || caps > 6)
		return false;
	while (*p && names < 2) {
		size_t wl = strcspn(p, " "), k = 0;
		bool lower = false;
		if (!pm_cp_is_upper(nz_first_cp(p)))
			return false;
		while (k < wl) {
			int32_t c;
			size_t cl = pm_utf8_decode((const unsigned char *)p + k, wl - k, &c);
			if (!cl)
				break;
			lower |= k > 0 && pm_cp_is_lower(c);
			k += cl;
		}
		if (!lower)
			return false;
		names++;
		p += wl;
		while (*p == ' ')
			p++;
	}
	return names >= 2;
}

static char *drop_roles(char *nm)
{
	pm_lex_query modifier = {PM_LEX_ROLE_MODIFIERS, PM_LEX_ALL_LANGS, 0, 0, 0};
	char *p = nm, *cut = NULL;
	if (!nm)
		return NULL;
	/* the name is what follows the last role word: "Hylaine Founder and
	 * CEO Adam Boitnott", "Bezirksstadträtin Miriam Kessler-Yildiz", or
	 * an acronym before it (quotes.acronym_role) */
	while (*p) {
		char *sp = strchr(p, ' ');
		size_t l = sp ? (size_t)(sp - p) : strlen(p);
		bool mod = sp && pm_lex_word(&modifier, p, l, NULL);
		if (sp && (role_lead(p, l) || acronym_before_name(p, l, sp + 1) || mod) &&
		    (pm_cp_is_upper(nz_first_cp(sp + 1)) || arabic_cp(nz_first_cp(sp + 1)))) {
			/* Convention quotes.role_modifier_title: a role word that
			 * qualifies the noun after it ([role_modifiers]: "Chief
			 * Economist Jane Roe", "Senior Curator Ana Lenz", "Lead
			 * Engineer Tom Reyes"): that noun is the title's too, when
			 * a name of two capitalised words or more still follows
			 * it; a modifier that is no role word alone ("Lead",
			 * "Junior") cuts only so */
			char *head = strchr(sp + 1, ' ');
			if (mod && head && pm_cp_is_upper(nz_first_cp(head + 1)) && strchr(head + 1, ' '))
				cut = head + 1;
			else if (!mod || role_lead(p, l))
				cut = sp + 1;
		}
		if (!sp)
			break;
		p = sp + 1;
	}
	/* ... unless all that follows is roles too ("Chief Executive") */
	if (cut && has_non_role_word(cut))
		memmove(nm, cut, strlen(cut) + 1);
	/* "the Deputy Prime Minister said": a role names nobody */
	if (!has_non_role_word(nm)) {
		free(nm);
		return NULL;
	}
	return nm;
}

/* The bytes of the word at w: up to a space or the punctuation that
 * ends a name (comma, Arabic comma, semicolon, colon, parenthesis). */
static size_t word_len(const char *w)
{
	const char *p = w;
	while (*p && *p != ' ' && *p != ',' && *p != ';' && *p != ':' && *p != '(' &&
	       !((unsigned char)p[0] == 0xD8 && (unsigned char)p[1] == 0x8C))
		p++;
	return (size_t)(p - w);
}

/* An Arabic word that is definite: it opens with the article, bare or
 * after a conjunction or preposition ("الثقافة", "والشباب"; [article_forms]),
 * or with the preposition that ties a role to its complement, glued to
 * the article ("للشؤون"; [role_complements] of ar.lex). */
static bool arabic_definite(const char *w, size_t l)
{
	pm_lex_query art = {PM_LEX_ARTICLE_FORMS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	pm_lex_query tie = {PM_LEX_ROLE_COMPLEMENTS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	pm_lex_match m;
	if (!arabic_cp(nz_first_cp(w)))
		return false;
	return (pm_lex_prefix(&art, w, l, &m) && m.len < l) || (pm_lex_prefix(&tie, w, l, &m) && m.len < l);
}

/* Convention quotes.speaker_role_complement (Arabic): a role before the
 * speaker's name takes its complement with it ("معالي وزير الثقافة سالم
 * بن راشد الكعبي", "سعادة مديرة المتحف نورة …", "رئيس بلدية الواحة خليفة
 * …"): the name is what follows the role phrase, never a word of it.
 * Arabic writes the complement as a construct (iḍāfa): a role word
 * without the article ("وزير", "مديرة") takes up to two more indefinite
 * nouns and a definite one ("رئيس مجلس إدارة الشركة"); the definite
 * words after that (adjectives, "والشباب", "للشؤون الخارجية") and after
 * a definite role ("المدير التنفيذي") go with it too. A name opens with
 * an indefinite word (a given name), or with an honorific ("الدكتور",
 * [person_titles]), which ends the phrase. w: a word of [role_words];
 * gives where the name may start, or NULL when w opens no role phrase. */
static const char *arabic_role_phrase(const char *w)
{
	pm_lex_query stop = {PM_LEX_NAME_STOP_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	const char *p = w, *last = NULL, *q;
	size_t l;
	/* the ranks and roles in a row: "معالي وزير", "سعادة السفير" */
	while ((l = word_len(p)) > 0 && arabic_cp(nz_first_cp(p)) && role_lead(p, l)) {
		last = p;
		if (p[l] != ' ')
			return p + l;
		p += l + 1;
	}
	if (!last)
		return NULL;
	q = p;
	if (!arabic_definite(last, word_len(last))) {
		/* the construct: indefinite nouns, then the definite one */
		size_t n = 0;
		while (n < 3 && (l = word_len(q)) > 0 && arabic_cp(nz_first_cp(q)) && !arabic_definite(q, l) &&
		       !title_word(q, l) && !pm_lex_word(&stop, q, l, NULL) && q[l] == ' ') {
			q += l + 1;
			n++;
		}
		l = word_len(q);
		if (n >= 3 || !l || !arabic_definite(q, l) || title_word(q, l))
			return p; /* no complement: the name follows the role */
	}
	/* the definite words of the complement */
	while ((l = word_len(q)) > 0 && arabic_definite(q, l) && !title_word(q, l) && !pm_lex_word(&stop, q, l, NULL)) {
		q += l;
		if (*q != ' ')
			break;
		q++;
	}
	return q;
}

/* A linking word of a role phrase at s ("of", "de la", "dell'", "di";
 * [role_org_links], [role_complements], as written): its bytes with the
 * space after it (none after an elision), 0 if none. */
static size_t role_link_at(const char *s)
{
	static const pm_lex_section secs[] = {PM_LEX_ROLE_ORG_LINKS, PM_LEX_ROLE_COMPLEMENTS, PM_LEX_ROLE_JOINERS};
	size_t best = 0, k, i, n = strnlen(s, 24);
	for (k = 0; k < sizeof secs / sizeof *secs; k++) {
		pm_lex_query q = {secs[k], PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		pm_lex_match m[PM_LEX_MAX_NESTED];
		size_t nm = pm_lex_prefixes(&q, s, n, m, PM_LEX_MAX_NESTED);
		for (i = 0; i < nm; i++) {
			size_t l = m[i].len;
			if (s[l] == ' ')
				l++;
			else if (s[l - 1] != '\'')
				continue;
			if (l > best)
				best = l;
		}
	}
	return best;
}

/* Convention quotes.role_complement_before_name: a function title with
 * its complement before the speaker's name ("Minister of Culture Ada
 * Fenn", "Chief Executive Officer of Norvale Bank Tom Reyes", "ministre
 * de la Culture Ada Fenn", "sindaco di Valtorre Mario Rossi", "alcalde de
 * Valdemora, Juan Pérez"): role words ([role_words]), a linking word,
 * then capitalised words, linked again or not ("Museum of Modern Art").
 * Nothing in the script tells the complement from the name, so the name
 * is the two capitalised words that end the run (a given name and a
 * surname, as releases introduce a speaker), or what follows the comma
 * that ends the complement; the complement keeps at least one word.
 * Gives where the name starts, NULL when s opens no such phrase. */
static const char *role_phrase_end(const char *s)
{
	const char *p = s, *caps[3] = {NULL, NULL, NULL};
	size_t roles = 0, ncaps = 0, l;
	while ((l = word_len(p)) > 0 && role_lead(p, l)) {
		roles++;
		p += l;
		if (*p != ' ')
			return NULL;
		p++;
		if ((l = role_link_at(p)) > 0 && pm_cp_is_upper(nz_first_cp(p + l)))
			break; /* "Chief Executive Officer of" */
	}
	if (!roles || !(l = role_link_at(p)))
		return NULL;
	p += l;
	/* the complement and the name: capitalised words, links between
	 * them; the name is after the last link */
	for (;;) {
		size_t wl = word_len(p);
		if (!wl || !pm_cp_is_upper(nz_first_cp(p)))
			return NULL;
		caps[0] = caps[1];
		caps[1] = caps[2];
		caps[2] = p;
		ncaps++;
		p += wl;
		if (*p == ',') {
			/* "alcalde de Valdemora, Juan Pérez" */
			p++;
			while (*p == ' ')
				p++;
			return pm_cp_is_upper(nz_first_cp(p)) ? p : NULL;
		}
		if (*p != ' ')
			break;
		p++;
		if (!pm_cp_is_upper(nz_first_cp(p))) {
			l = role_link_at(p);
			if (!l || !pm_cp_is_upper(nz_first_cp(p + l)))
				break;
			p += l;
			ncaps = 0;
			caps[0] = caps[1] = caps[2] = NULL;
		}
	}
	/* the last word's sentence full stop is no part of it */
	return ncaps >= 3 ? caps[1] : NULL;
}

/* A name at s: a title, capitalised words, particles and initials; or
 * Arabic words up to punctuation. NULL if none. */
static char *name_at_len(const char *s, size_t *used)
{
	pm_lex_query joiner = {PM_LEX_ROLE_JOINERS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	const char *p = s, *st, *end;
	size_t words = 0, caps = 0;
	bool arabic, prev_role = false;
	while (*p == ' ' || *p == ',' || *p == ':')
		p++;
	/* non-breaking spaces */
	while ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
		p += 2;
	/* "a souligné le Général X", "said the Minister X", "dijo el ministro
	 * X": an article ([articles], as written) and its space, or an
	 * elision ("l'") */
	{
		pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		pm_lex_query complement = {PM_LEX_ROLE_COMPLEMENTS, PM_LEX_ALL_LANGS, 0, 0,
		                           PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
		pm_lex_match m;
		size_t k;
		if (pm_lex_prefix(&art, p, strnlen(p, 16), &m)) {
			int32_t last = nz_last_cp(m.entry.text);
			if (!(pm_cp_is_letter(last) || pm_cp_is_digit(last)))
				p += m.len;
			else if (p[m.len] == ' ')
				p += m.len + 1;
		}
		/* quotes.role_complement_before_name */
		if (!arabic_cp(nz_first_cp(p))) {
			const char *nm = role_phrase_end(p);
			if (nm)
				p = nm;
		}
		for (k = 0; k < 3 && pm_cp_is_lower(nz_first_cp(p)); k++) {
			const char *q = p;
			while (*q && *q != ' ')
				q++;
			if (!*q || !role_lead(p, (size_t)(q - p)))
				break;
			p = q + 1;
			/* "ministre de l'Intérieur": its complement is no name
			 * ([role_complements], as written) */
			if (pm_lex_opens_before(&complement, p, ' '))
				return NULL;
		}
	}
	st = end = p;
	arabic = arabic_cp(nz_first_cp(p));
	while (*p && words < (arabic ? 4u : 6u)) {
		const char *w = p;
		int32_t c = nz_first_cp(p);
		size_t wl;
		while (*p && *p != ' ' && *p != ',' && *p != ';' && *p != ':' && *p != '(' &&
		       !((unsigned char)p[0] == 0xD8 && (unsigned char)p[1] == 0x8C)) /* Arabic comma */
			p++;
		wl = (size_t)(p - w);
		/* a sentence's full stop after the word, not an initial's */
		while (wl > 1 && (w[wl - 1] == '.' || w[wl - 1] == '!' || w[wl - 1] == '?') &&
		       !(wl <= 6 && title_word(w, wl)) && !(wl == 2 && isupper((unsigned char)w[0]))) {
			wl--;
			p = w + wl;
		}
		if (!wl)
			break;
		/* a possessive ("Tuesday’s statement", "Acme's"; [possessive_endings],
		 * as written, ’ as ') is no name */
		{
			pm_lex_query possessive = {PM_LEX_POSSESSIVE_ENDINGS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
			size_t pl = pm_lex_ends(&possessive, w, wl);
			if (pl > 0 && wl > pl)
				break;
		}
		if (arabic) {
			/* an Arabic name ends at a word of [name_stop_words] ("في", "أن") */
			pm_lex_query stop = {PM_LEX_NAME_STOP_WORDS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
			if (!arabic_cp(c) || pm_lex_word(&stop, w, wl, NULL))
				break;
			/* quotes.speaker_role_complement: the role phrase before
			 * the name is none of its words */
			if (words == 0) {
				const char *after = arabic_role_phrase(w);
				if (after && after > w + wl) {
					p = after;
					st = end = p;
					continue;
				}
			}
			end = w + wl;
			/* an honorific opening the name ("الدكتور", "م.") is
			 * kept, as "Dr." is, but is none of its words */
			if (!(words == 0 && title_word(w, wl))) {
				words++;
				caps++;
			}
		} else if (title_word(w, wl) && words == 0) {
			end = w + wl;
		} else if (pm_cp_is_upper(c)) {
			if (words == 0 && caps == 0 && not_name_word(w, wl))
				break;
			end = w + wl;
			words++;
			caps++;
		} else if (words > 0 && particle(w, wl)) {
			/* a particle inside a name: kept only if a name word follows */
		} else if (words > 0 && prev_role && pm_lex_word(&joiner, w, wl, NULL)) {
			/* "Founder and CEO Adam Boitnott": a role phrase before the
			 * name ([role_joiners], as written) */
		} else if (words > 0 && !arabic && *p == ' ' && pm_cp_is_lower(c)) {
			/* Convention quotes.org_role_before_name: the body's name,
			 * then the role in small letters, then the person ("said
			 * Harbour Trust chief economist Jane Roe"): the
			 * capitalised words read so far were the body's; the
			 * speaker is the name of two words or more after at most
			 * three words of the role, one of them a role word
			 * ("branch library manager"); "said Ann Bright at the
			 * Harbour Trust" has none */
			const char *q = w;
			size_t k, u = 0;
			bool role = false;
			for (k = 0; k < 4 && (k == 0 || *q == ' '); k++) {
				const char *rw;
				if (k)
					q++;
				if (k && pm_cp_is_upper(nz_first_cp(q))) {
					char *nm = role ? name_at_len(q, &u) : NULL;
					if (nm && nz_words(nm) >= 2) {
						if (used)
							*used = (size_t)(q + u - s);
						return nm;
					}
					free(nm);
					break;
				}
				if (k == 3)
					break;
				rw = q;
				while (*q && *q != ' ' && pm_cp_is_letter(nz_first_cp(q)))
					q += pm_utf8_decode((const unsigned char *)q, strnlen(q, 4), &c);
				role = role || role_lead(rw, (size_t)(q - rw));
			}
			break;
		} else {
			break;
		}
		prev_role = role_lead(w, wl);
		if (*p != ' ' || (w + wl) != p)
			break;
		p++;
	}
	if (!caps)
		return NULL;
	if (used)
		*used = (size_t)(end - s);
	return drop_roles(nz_trim(st, (size_t)(end - st), ",."));
}

static char *name_at(const char *s)
{
	return name_at_len(s, NULL);
}

/* Convention byline.role_before_name: a signature or byline that sets
 * the signatory's function before the name ("Director General Ada Fenn",
 * "المدير العام أحمد الكعبي", "مدير إدارة الحدائق خالد راشد المنصوري"):
 * the name that ends t, when a role word ([role_words]) opens t and a
 * name of two words or more is left once the role phrase is read as a
 * speaker's is (drop_roles, arabic_role_phrase). Malloc'd; NULL when t
 * is no such line. */
char *nz_name_after_role(const char *t)
{
	size_t used = 0, l = t ? word_len(t) : 0, n;
	char *nm;
	if (!l || !role_lead(t, l))
		return NULL;
	nm = name_at_len(t, &used);
	n = strlen(t);
	while (n > used && (t[n - 1] == '.' || t[n - 1] == ' '))
		n--;
	if (!nm || used != n || nz_words(nm) < 2 || strlen(nm) >= n) {
		free(nm);
		return NULL;
	}
	return nm;
}

/* A speech verb or attribution marker ([speech_verbs]), or a pronoun
 * attribution ([pronoun_attributions]), at byte i of s (n bytes, then a
 * NUL): ASCII letters in either case, at word boundaries as bytes tell
 * them: no letter, digit or non-ASCII byte before it, but a no-break
 * space, guillemets, typographic quotes or the Arabic comma; none after
 * it, but the lead byte of a no-break space, an Arabic comma or
 * typographic punctuation. Its bytes, 0 if none; *e the entry (at most
 * one entry of either list ends at such a boundary at one place). */
static size_t verb_at(pm_lex_section sec, const char *s, size_t n, size_t i, pm_lex_entry *e)
{
	pm_lex_query q = {sec, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k;
	if (i > 0 && (isalnum((unsigned char)s[i - 1]) || ((unsigned char)s[i - 1] >= 0x80 &&
	                                                   !((unsigned char)s[i - 1] == 0xA0) &&
	                                                   !((unsigned char)s[i - 1] == 0xAB) &&
	                                                   !((unsigned char)s[i - 1] == 0xBB) &&
	                                                   !((unsigned char)s[i - 1] == 0x9D) &&
	                                                   !((unsigned char)s[i - 1] == 0x9C) &&
	                                                   !((unsigned char)s[i - 1] == 0x8C))))
		return 0;
	k = pm_lex_prefixes(&q, s + i, n - i, m, PM_LEX_MAX_NESTED);
	while (k-- > 0) {
		unsigned char c = (unsigned char)s[i + m[k].len];
		if (isalnum(c) || (c >= 0x80 && c != 0xC2 && c != 0xD8 && c != 0xE2))
			continue;
		if (e)
			*e = m[k].entry;
		return m[k].len;
	}
	return 0;
}

/* A speech verb before which the name follows ("according to X", "selon
 * X"; tag name_follows), rather than precedes. */
static bool name_follows(const pm_lex_entry *e)
{
	return (e->tags & PM_LEX_TAG(NAME_FOLLOWS)) != 0;
}

/* A single capitalised word is a name only when it is a surname: not a
 * stop word, three letters or more. */
static bool acceptable(const char *nm)
{
	if (!nm || !*nm)
		return false;
	if (nz_words(nm) >= 2)
		return true;
	return nz_cps(nm) >= 3;
}

/* After the closing mark: ", said X", ", a déclaré X", " X said", "قال X". */
/* *state: 1 a pronoun attribution, 2 an attribution that names nobody
 * ("the company said"), else left 0. */
/* The role before the name: "dijo la presidenta del Consorcio, Marta Gil",
 * "afirmou a presidente da APCE, X", "said board chair Gloria Mendívil".
 * Up to twelve words without a full stop, then the name after a comma,
 * or the first capitalised name after lower-case words. */
static char *name_after_role(const char *p)
{
	const char *q = p, *first_cap = NULL;
	size_t words = 0;
	bool lower_only = true;
	while (*q == ' ')
		q++;
	while (*q && words < 12) {
		const char *w = q;
		int32_t c = -1;
		while (*q && *q != ' ' && *q != ',' && *q != '.' && *q != ';' && *q != ':')
			q++;
		if (q == w)
			break;
		pm_utf8_decode((const unsigned char *)w, (size_t)(q - w), &c);
		words++;
		if (pm_cp_is_upper(c)) {
			if (lower_only && !first_cap)
				first_cap = w;
			lower_only = false;
		}
		if (*q == ',') {
			const char *n = q + 1;
			while (*n == ' ')
				n++;
			if (pm_cp_is_upper(nz_first_cp(n))) {
				char *nm = name_at(n);
				if (nm && acceptable(nm))
					return nm;
				free(nm);
			}
			return NULL;
		}
		if (*q != ' ')
			break;
		while (*q == ' ')
			q++;
	}
	/* "said board chair Gloria Mendívil": lower-case role words, then
	 * the name, which ends the clause */
	if (first_cap && first_cap > p) {
		char *nm = name_at(first_cap);
		if (nm && acceptable(nm) && nz_words(nm) >= 2)
			return nm;
		free(nm);
	}
	return NULL;
}

/* Convention quotes.role_comma_honorific: after the verb, a role in
 * capitals, a comma, then an honorific and the person ("kata Kepala Desa
 * Suka Maju, Bapak Made Arsana", "alisema Mwenyekiti wa Bodi, Bi. Neema
 * Mushi", "وقال مدير المكتبة، الدكتور سامر العلي:"): the capitalised run
 * first read (s[0..used)) was the role; the speaker is the honorific's
 * name after the comma (Latin or Arabic), two words or more with it. The
 * first name is given back when nothing such follows; it is freed when
 * the second replaces it; first may be NULL (the role phrase named
 * nobody). */
static char *titled_after_comma(const char *s, size_t used, char *first)
{
	const char *p = s + used;
	size_t wl, words = 0;
	char *nm;
	if (first && title_word(first, word_len(first)))
		return first;
	/* the rest of the role phrase ("Mwenyekiti wa Bodi ya Chama"), or
	 * all of it when no name was read in it ("مدير عام الخدمات
	 * البلدية"): a few words up to the comma, no stop between */
	while (*p && *p != ',' && !((unsigned char)p[0] == 0xD8 && (unsigned char)p[1] == 0x8C)) {
		if (*p == '.' || *p == ';' || *p == ':' || *p == '!' || *p == '?' || *p == '"' ||
		    (unsigned char)*p == 0xE2 || (unsigned char)*p == 0xC2)
			return first;
		if (*p == ' ' && ++words > 6)
			return first;
		p++;
	}
	if (*p == ',')
		p++;
	else if (*p)
		p += 2;
	else
		return first;
	while (*p == ' ')
		p++;
	wl = word_len(p);
	if (!wl || !title_word(p, wl))
		return first;
	nm = name_at(p);
	if (!nm || nz_words(nm) < 2) {
		free(nm);
		return first;
	}
	free(first);
	return nm;
}

/* What may stand between a closing quotation mark and its attribution
 * or signature: spaces (no-break too), commas (the Arabic one too) and
 * dashes ("…», a déclaré", "…” – Mara Quist", "…»، قال"). Shared by the
 * verb-led attribution and the signed quote so both read the same lead. */
static const char *past_attribution_lead(const char *a)
{
	for (;;) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)a, strnlen(a, 4), &c);
		if (!*a || !(c == ' ' || c == ',' || c == '-' || c == 0x00A0 || c == 0x060C || c == 0x2013 ||
		             c == 0x2014))
			return a;
		a += l;
	}
}

static char *speaker_after(const char *a, const char *last, int *state)
{
	size_t n, l;
	pm_lex_entry e;
	a = past_attribution_lead(a);
	/* quotes.speech_verbs.reply: the object pronoun before the verb
	 * ("…», lui rétorque X", "”, le replica X"; [verb_clitics]) */
	{
		pm_lex_query clitic = {PM_LEX_VERB_CLITICS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		size_t cl = strcspn(a, " ");
		if (a[cl] == ' ' && pm_lex_word(&clitic, a, cl, NULL) &&
		    verb_at(PM_LEX_SPEECH_VERBS, a + cl + 1, strlen(a + cl + 1), 0, NULL))
			a += cl + 1;
	}
	n = strlen(a);
	if ((l = verb_at(PM_LEX_PRONOUN_ATTRIBUTIONS, a, n, 0, NULL)) && last) {
		/* quotes.pronoun_attribution: "añadió" and "وأضاف" alone are
		 * a pronoun only when no name follows, nor a role and a name
		 * ("afirmó el concejal de Cultura, Andrés Pino": a new
		 * speaker) */
		char *nm = name_at(a + l);
		if (nm && acceptable(nm))
			return nm;
		free(nm);
		if ((nm = name_after_role(a + l)) != NULL)
			return nm;
		*state = 1;
		return NULL;
	}
	if ((l = verb_at(PM_LEX_SPEECH_VERBS, a, n, 0, NULL))) {
		size_t used = 0;
		char *nm = name_at_len(a + l, &used);
		nm = titled_after_comma(a + l, used, nm);
		if (acceptable(nm))
			return nm;
		free(nm);
		nm = name_after_role(a + l);
		if (nm)
			return nm;
		*state = 2;
		return NULL;
	}
	/* "… ” Jane Doe said." */
	{
		size_t used = 0;
		char *nm = name_at_len(a, &used);
		if (nm) {
			const char *v = a + used;
			while (*v == ' ' || *v == ',')
				v++;
			if (verb_at(PM_LEX_SPEECH_VERBS, v, n - (size_t)(v - a), 0, &e) && !name_follows(&e) &&
			    acceptable(nm))
				return nm;
			free(nm);
		}
	}
	/* "the company said", "the Deputy Prime Minister said", "a-t-il" with
	 * no one to refer to: a few words, then a speech verb */
	{
		size_t i, w = 0;
		for (i = 0; a[i] && a[i] != '.' && w <= 5; i++) {
			if (a[i] == ' ')
				w++;
			if (verb_at(PM_LEX_SPEECH_VERBS, a, n, i, &e) && !name_follows(&e)) {
				*state = 2;
				return NULL;
			}
		}
		if (verb_at(PM_LEX_PRONOUN_ATTRIBUTIONS, a, n, 0, NULL))
			*state = 2;
	}
	return NULL;
}

/* Convention quotes.subject_apposition: the speaker opens the sentence,
 * then an apposition gives the role with no comma closing it before the
 * verb ("Mara Quist, the volunteer coordinator of the Pellow Rowing League
 * said, “…”", "Dale Orrin, owner and chef said: “…”"): the capitalised
 * words right before the verb end the role (an organisation's name), the
 * speaker is the name before the comma. seg[a..b) is the text between
 * the last comma and the verb; it must open as a role does (a word in
 * small letters, an article, a role word) and the text before the comma,
 * from the sentence's start or the comma before, must be a name of two
 * words or more and nothing else. NULL otherwise. */
static char *subject_before_apposition(const char *seg, size_t a, size_t b)
{
	size_t s0, wl;
	const char *r;
	char *chunk, *nm;
	size_t used = 0;
	if (a == 0 || seg[a - 1] != ',')
		return NULL;
	r = seg + a;
	while (*r == ' ')
		r++;
	wl = word_len(r);
	if (!wl || r >= seg + b ||
	    !(pm_cp_is_lower(nz_first_cp(r)) || nz_is_article(r, wl) || role_lead(r, wl)))
		return NULL;
	s0 = a - 1;
	while (s0 > 0 && seg[s0 - 1] != ',' && seg[s0 - 1] != '.' && seg[s0 - 1] != ';' && seg[s0 - 1] != ':')
		s0--;
	chunk = nz_trim(seg + s0, a - 1 - s0, " ");
	nm = chunk && *chunk ? name_at_len(chunk, &used) : NULL;
	if (!nm || nz_words(chunk) < 2 || used + 1 < strlen(chunk) || strcmp(nm, chunk) != 0) {
		free(nm);
		nm = NULL;
	}
	free(chunk);
	return nm;
}

/* Before the opening mark, in the same sentence: "X said:", "X a déclaré :",
 * "Selon X,", "وقال X:". seg is the text from the sentence start. */
static char *speaker_before(const char *seg, size_t n)
{
	size_t i;
	char *best = NULL;
	for (i = 0; i < n; i++) {
		{
			pm_lex_entry e;
			size_t l = verb_at(PM_LEX_SPEECH_VERBS, seg, n, i, &e);
			char *nm = NULL;
			if (!l)
				continue;
			if (name_follows(&e) || arabic_cp(nz_first_cp(e.text))) {
				/* "Selon X, «", "وقال X: «" */
				size_t used = 0;
				nm = name_at_len(seg + i + l, &used);
				nm = titled_after_comma(seg + i + l, used, nm);
			} else {
				/* the name right before the verb, or the sentence's
				 * subject before an apposition: "Jane Doe, CEO, said:" */
				size_t b = i;
				while (b > 0 && seg[b - 1] == ' ')
					b--;
				if (b > 0 && seg[b - 1] != ',') {
					size_t a = b;
					while (a > 0 && seg[a - 1] != ',' && seg[a - 1] != '.' && seg[a - 1] != ';')
						a--;
					nm = subject_before_apposition(seg, a, b);
					/* quotes.role_complement_before_name: "Minister of
					 * Culture Ada Fenn said:" */
					{
						size_t x;
						for (x = a; x < b && !nm; x++) {
							const char *ne;
							if (seg[x] == ' ' || (x > a && seg[x - 1] != ' '))
								continue;
							ne = role_phrase_end(seg + x);
							if (ne && ne < seg + b) {
								char *run = pm_strndup(ne, (size_t)(seg + b - ne));
								nm = run ? name_at(run) : NULL;
								free(run);
							}
						}
					}
					/* the capitalised run ending at b */
					if (!nm) {
						size_t w = b;
						while (w > a) {
							size_t ws = w;
							while (ws > a && seg[ws - 1] != ' ')
								ws--;
							if (!(pm_cp_is_upper(nz_first_cp(seg + ws)) ||
							      particle(seg + ws, w - ws) || title_word(seg + ws, w - ws)))
								break;
							w = ws;
							while (w > a && seg[w - 1] == ' ')
								w--;
						}
						while (seg[w] == ' ')
							w++;
						if (w < b) {
							char *run = pm_strndup(seg + w, b - w);
							nm = run ? name_at(run) : NULL;
							free(run);
						}
					}
				} else if (b > 0) {
					/* "Commenting on the results, Sarah Pennington, Chief
					 * Executive, said:": the first comma-separated
					 * chunk that is a name and nothing else */
					size_t a = 0;
					char *cand = NULL;
					while (a < b && !nm) {
						size_t z = a, used = 0;
						char *chunk;
						while (z < b && seg[z] != ',')
							z++;
						chunk = nz_trim(seg + a, z - a, " ");
						if (cand) {
							/* a name followed by its role, or by the verb
							 * ("…, Javier Ortuño, ha dicho"), not by more
							 * of an enumeration ("Agricultura, Pesca y
							 * Alimentación, Javier Ortuño") */
							bool role = false;
							const char *q;
							for (q = chunk; q && *q;) {
								const char *sp = strchr(q, ' ');
								size_t ql = sp ? (size_t)(sp - q) : strlen(q);
								if (role_lead(q, ql))
									role = true;
								if (!sp)
									break;
								q = sp + 1;
							}
							if (role)
								nm = cand;
							else
								free(cand);
							cand = NULL;
						}
						if (!nm && chunk && *chunk) {
							char *c2 = name_at_len(chunk, &used);
							if (c2 && used + 1 >= strlen(chunk) && nz_words(chunk) >= 2 &&
							    strcmp(c2, chunk) == 0)
								cand = c2;
							else
								free(c2);
						}
						free(chunk);
						a = z + 1;
					}
					if (!nm)
						nm = cand;
				}
			}
			if (nm && acceptable(nm)) {
				free(best);
				best = nm;
			} else {
				free(nm);
			}
			i += l - 1;
		}
	}
	return best;
}

/* quotes.pronoun_attribution, before the quotation: the sentence is a
 * pronoun attribution and its colon alone ("وأضافت: «…»", "He added:
 * “…”"): the last speaker goes on. */
static bool pronoun_lead(const char *seg)
{
	size_t l;
	while (*seg == ' ')
		seg++;
	l = verb_at(PM_LEX_PRONOUN_ATTRIBUTIONS, seg, strlen(seg), 0, NULL);
	if (!l)
		return false;
	seg += l;
	while (*seg == ' ')
		seg++;
	if (*seg != ':')
		return false;
	seg++;
	while (*seg == ' ')
		seg++;
	return !*seg;
}

/* The quotation marks we pair: open, close. */
static const char *const qmarks[][2] = {
	{"\xE2\x80\x9C", "\xE2\x80\x9D"}, /* “ ” */
	{"\xC2\xAB", "\xC2\xBB"},         /* « » */
	{"\xE2\x80\x9E", "\xE2\x80\x9C"}, /* „ “ */
	{"\xE2\x80\x9E", "\xE2\x80\x9D"}, /* „ ” */
	{"\xE2\x80\xB9", "\xE2\x80\xBA"}, /* ‹ › */
	{"\xE2\x80\x98", "\xE2\x80\x99"}, /* ‘ ’ */
	{"\"", "\""},
	{"\xE3\x80\x8C", "\xE3\x80\x8D"}, /* 「 」 quotes.ja.particle */
	{"\xE3\x80\x8E", "\xE3\x80\x8F"}, /* 『 』 */
};

/* quotes.ko.particle: Korean glues its particle to a closing mark
 * ("‘…’라고"): a Hangul syllable after ’ makes it no apostrophe. */
static bool hangul_after(const char *s)
{
	int32_t c = nz_first_cp(s);
	return pm_cp_is_hangul(c);
}

/* An apostrophe is no closing ‘’ mark: "l’État", "don’t". */
static const char *closing(const char *s, const char *cm)
{
	const char *e = s;
	size_t cl = strlen(cm);
	while ((e = strstr(e, cm))) {
		if (strcmp(cm, "\xE2\x80\x99") || !(isalpha((unsigned char)e[cl]) || (unsigned char)e[cl] >= 0xC3) ||
		    hangul_after(e + cl))
			return e;
		e += cl;
	}
	return NULL;
}

/* The spans between paired marks in t, at most max, in order: the one
 * rule of what a quotation's marks are, read by the quotes below and by
 * the language stage (language.c), which judges the body without them. */
size_t nz_quote_spans(const char *t, qspan *v, size_t max)
{
	enum { NQ = sizeof qmarks / sizeof qmarks[0] };
	/* a mark with no closing mark after one place has none after any
	 * later place either: remembered, so that a paragraph of unpaired
	 * marks is read once, not once per mark */
	bool unclosed[NQ] = {false};
	/* where no mark's first byte is, no mark opens: the marks are
	 * compared only there (this scan sees every byte of the body), and
	 * the first bytes are looked up in one table, not mark by mark */
	bool lead[256] = {false};
	size_t n = 0, i = 0, len = strlen(t), q;
	for (q = 0; q < NQ; q++)
		lead[(unsigned char)qmarks[q][0][0]] = true;
	while (i < len && n < max) {
		bool found = false;
		if (!lead[(unsigned char)t[i]]) {
			i++;
			continue;
		}
		for (q = 0; q < NQ && !found; q++) {
			size_t ol = strlen(qmarks[q][0]), cl;
			const char *e;
			if (unclosed[q] || strncmp(t + i, qmarks[q][0], ol))
				continue;
			/* ‘ opens only at a word start */
			if (q == 5 && i > 0 && isalnum((unsigned char)t[i - 1]))
				continue;
			e = closing(t + i + ol, qmarks[q][1]);
			if (!e) {
				unclosed[q] = true;
				continue;
			}
			cl = strlen(qmarks[q][1]);
			/* quotes.mixed_marks: “ closed by a straight mark, typed
			 * or pasted ("“…faster," said X. “Already…”"): when
			 * another “ opens before the first ”, a straight " before
			 * that opener closes this quotation */
			if (q == 0) {
				const char *again = strstr(t + i + ol, qmarks[0][0]);
				const char *straight = memchr(t + i + ol, '"', (size_t)(e - (t + i + ol)));
				if (again && again < e && straight && straight < again) {
					e = straight;
					cl = 1;
				}
			}
			v[n].open = i;
			v[n].s = i + ol;
			v[n].e = (size_t)(e - t);
			v[n].close = v[n].e + cl;
			i = v[n].close;
			n++;
			found = true;
		}
		if (!found)
			i++;
	}
	return n;
}

/* The inner text without spaces (French « … » spacing included) and the
 * comma that closes a quote before its attribution. */
static char *inner_text(const char *t, const qspan *sp)
{
	char *raw = pm_strndup(t + sp->s, sp->e - sp->s), *out;
	pm_buf b;
	size_t i;
	if (!raw)
		return NULL;
	pm_buf_init(&b);
	for (i = 0; raw[i]; i++) {
		if ((unsigned char)raw[i] == 0xC2 && (unsigned char)raw[i + 1] == 0xA0) {
			pm_buf_addc(&b, ' ');
			i++;
		} else if ((unsigned char)raw[i] == 0xE2 && (unsigned char)raw[i + 1] == 0x80 &&
		           ((unsigned char)raw[i + 2] == 0xAF || (unsigned char)raw[i + 2] == 0x89)) {
			pm_buf_addc(&b, ' ');
			i += 2;
		} else {
			pm_buf_addc(&b, raw[i]);
		}
	}
	free(raw);
	raw = pm_buf_steal(&b);
	if (!raw)
		return NULL;
	out = nz_trim(raw, strlen(raw), ",");
	free(raw);
	/* the Arabic comma "،" is two bytes; trim it whole */
	if (out) {
		size_t l = strlen(out);
		while (l >= 2 && (unsigned char)out[l - 2] == 0xD8 && (unsigned char)out[l - 1] == 0x8C) {
			out[l - 2] = '\0';
			l -= 2;
			while (l && out[l - 1] == ' ')
				out[--l] = '\0';
		}
	}
	return out;
}

/* Whether the word that ends at byte e of t (its full stop included),
 * no further back than floor, is an abbreviated honorific ("Dr.", "د.",
 * "م."): its stop ends no sentence. */
static bool title_before(const char *t, size_t e, size_t floor)
{
	size_t ws = e;
	while (ws > floor && t[ws - 1] != ' ')
		ws--;
	return e - ws <= 6 && title_word(t + ws, e - ws);
}

/* Start of the sentence holding byte i (after ". ", "! ", "? " or a
 * previous quote), at least `floor`; the stop of an abbreviated title
 * ends none ("وقالت د. فاطمة الكواري: «…»"). */
static size_t sentence_start(const char *t, size_t i, size_t floor)
{
	size_t k = i;
	while (k > floor) {
		if (k >= 2 && (t[k - 1] == ' ') && (t[k - 2] == '.' || t[k - 2] == '!' || t[k - 2] == '?') &&
		    !(t[k - 2] == '.' && title_before(t, k - 1, floor)))
			break;
		k--;
	}
	return k;
}

static bool add_quote(pm_fields *f, const char *txt, const char *speaker, char **last)
{
	if (!pm_grow((void **)&f->quotes, &f->capquotes, f->nquotes, sizeof *f->quotes))
		return false;
	f->quotes[f->nquotes].text = pm_strdup(txt);
	f->quotes[f->nquotes].speaker = pm_strdup(speaker);
	f->quotes[f->nquotes].role = NULL; /* the speakers stage's (understand.c) */
	f->quotes[f->nquotes].organization = NULL;
	f->quotes[f->nquotes].block = -1;
	f->nquotes++;
	if (speaker != *last) {
		char *c = pm_strdup(speaker);
		free(*last);
		*last = c;
	}
	return true;
}

/* Convention quotes.dash_speech: Swedish, Norwegian, Danish, Finnish,
 * Polish and Russian releases quote with no marks, opening the
 * paragraph with a dash ("– Vi bygger …, säger Name." / "— Мы …, —
 * говорит Name."): the speech runs from the dash to the first comma or
 * spaced dash after which the attribution (a speech verb and a name, or
 * a pronoun) stands. */
static void dash_speech_in(pm_fields *f, const char *t, char **last)
{
	size_t i, start = 4;
	if ((unsigned char)t[0] != 0xE2 || (unsigned char)t[1] != 0x80 ||
	    ((unsigned char)t[2] != 0x93 && (unsigned char)t[2] != 0x94) || t[3] != ' ')
		return;
	for (i = start; t[i]; i++) {
		bool dash = t[i] == ' ' && (unsigned char)t[i + 1] == 0xE2 && (unsigned char)t[i + 2] == 0x80 &&
		            ((unsigned char)t[i + 3] == 0x93 || (unsigned char)t[i + 3] == 0x94) && t[i + 4] == ' ';
		int state = 0;
		char *who, *raw, *txt;
		if (!dash && !(t[i] == ',' && t[i + 1] == ' '))
			continue;
		who = speaker_after(t + i, *last, &state);
		if (!who && !(state == 1 && *last))
			continue;
		raw = pm_strndup(t + start, i - start);
		txt = raw ? nz_trim(raw, strlen(raw), ",") : NULL;
		if (txt && nz_words(txt) >= 3)
			add_quote(f, txt, who ? who : *last, last);
		free(raw);
		free(txt);
		free(who);
		return;
	}
}

/* Convention quotes.quoted_name: marks also set off a name or a title
 * inside a sentence (ООО «Северная водная компания», the law «О
 * библиотечном деле», the programme “Stories From The Riverbank”), and
 * such a span is no utterance, whatever speech verb stands near it. Its
 * shape: a few words, capitalised, with no punctuation of a clause or a
 * sentence; and the sentence runs through it: a word stands right
 * before the opening mark that is no speech verb (a colon, a comma, a
 * dash or the sentence's start open what is said; "sagte „Wir …“" is
 * said), or, when nothing after it attributes it (attributed), a word
 * or a parenthesis follows the closing mark ("«Северная водная
 * компания» уже вложила …", "“Stories From The Riverbank” (ages 4 to
 * 8)"), where what is said ends on a comma, a dash or a full stop.
 * Lower case ("заявил, что «рейтинг получило …»") is a phrase of the
 * speaker's, quoted, and stays. inner: the span's text (inner_text). */
static bool quoted_name(const char *t, const qspan *sp, const char *inner, bool attributed)
{
	const char *p;
	size_t b = sp->open, ws, i;
	int32_t c;
	bool before;
	if (!pm_cp_is_upper(nz_first_cp(inner)) || nz_words(inner) > 8)
		return false;
	for (p = inner; *p; p++)
		if (strchr(".,;:!?", *p) || !strncmp(p, "\xE2\x80\xA6", 3))
			return false;
	/* the word right before the mark, spaces (no-break ones too) aside */
	for (;;) {
		if (b > 0 && t[b - 1] == ' ')
			b--;
		else if (b > 1 && (unsigned char)t[b - 2] == 0xC2 && (unsigned char)t[b - 1] == 0xA0)
			b -= 2;
		else
			break;
	}
	c = b ? nz_last_cp_n(t, b) : -1;
	before = pm_cp_is_letter(c) || pm_cp_is_digit(c);
	if (before) {
		/* a speech verb, of one word or more, ends there: said */
		ws = b;
		while (ws > 0 && t[ws - 1] != ' ')
			ws--;
		for (i = ws > 32 ? ws - 32 : 0; i <= ws; i++)
			if (verb_at(PM_LEX_SPEECH_VERBS, t, b, i, NULL) == b - i ||
			    verb_at(PM_LEX_PRONOUN_ATTRIBUTIONS, t, b, i, NULL) == b - i)
				return false;
		return true;
	}
	/* after: a word or a parenthesis goes on with the sentence */
	p = t + sp->close;
	while (*p == ' ' || ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0))
		p += *p == ' ' ? 1 : 2;
	return !attributed && (*p == '(' || pm_cp_is_letter(nz_first_cp(p)));
}

/* ---- Chinese, Japanese and Korean attributions ---------------------- */

/* A letter of a CJK name: Han, kana and the iteration mark 々 (佐々木),
 * or a Hangul syllable. */
static bool cjk_name_cp(int32_t c)
{
	return nz_cjk_cp(c) || c == 0x3005 || pm_cp_is_hangul(c);
}

/* The code point at s and its bytes (1 for a broken byte). */
static size_t cp_at(const char *s, size_t n, int32_t *c)
{
	size_t l = n ? pm_utf8_decode((const unsigned char *)s, n, c) : 0;
	if (!l) {
		*c = n ? (unsigned char)*s : -1;
		return n ? 1 : 0;
	}
	return l;
}

/* The start of the code point that ends at byte e of s. */
static size_t cp_back(const char *s, size_t e)
{
	if (!e)
		return 0;
	e--;
	while (e > 0 && ((unsigned char)s[e] & 0xC0) == 0x80)
		e--;
	return e;
}

/* An entry of sec opening s[0..n), read as a word's opening: CJK writes
 * no space where its words end. Its bytes, 0 if none; *e its entry. */
static size_t cjk_entry(pm_lex_section sec, const char *s, size_t n, pm_lex_entry *e)
{
	pm_lex_query q = {sec, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
	pm_lex_match m;
	if (!n || !pm_lex_prefix(&q, s, n, &m))
		return 0;
	if (e)
		*e = m.entry;
	return m.len;
}

/* Spaces, the ideographic space and the CJK and ASCII commas and colons
 * between a speaker, a verb and a quotation mark. */
static size_t cjk_gap(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		int32_t c;
		size_t l = cp_at(s + i, n - i, &c);
		if (!(c == ' ' || c == ',' || c == ':' || c == 0x3000 || c == 0x3001 || c == 0xFF0C || c == 0xFF1A ||
		      c == 0xA0))
			break;
		i += l;
	}
	return i;
}

/* The same, read backwards from byte n: where the gap before n starts. */
static size_t cjk_gap_back(const char *s, size_t n)
{
	while (n > 0) {
		size_t b = cp_back(s, n);
		int32_t c;
		cp_at(s + b, n - b, &c);
		if (!(c == ' ' || c == ',' || c == ':' || c == 0x3000 || c == 0x3001 || c == 0xFF0C || c == 0xFF1A ||
		      c == 0xA0))
			break;
		n = b;
	}
	return n;
}

/* Convention quotes.cjk.title: the speaker's name in a Chinese or
 * Japanese subject s[0..n) (its particle and verb left out): the run of
 * Han and kana that ends it (a space between a Japanese surname and given
 * name kept), without the titles glued before it ("馆长林晓雯") or after it
 * ("高橋美咲社長", "中村氏"; [cjk_titles]) and the role before a
 * Japanese "の" ("代表取締役の高橋美咲"; [title_links]). The run must
 * hold a title: a subject without one is the company, a team or a
 * pronoun, no name. Two to six letters; malloc'd, NULL if none. */
static char *han_name(const char *s, size_t n)
{
	pm_lex_query title = {PM_LEX_CJK_TITLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t rs = n, cut, i, k, ncp = 0;
	bool titled = false;
	char *nm;
	/* the run of name letters ending the subject */
	while (rs > 0) {
		size_t b = cp_back(s, rs);
		int32_t c;
		cp_at(s + b, rs - b, &c);
		if (cjk_name_cp(c) && !pm_cp_is_hangul(c)) {
			rs = b;
			continue;
		}
		if (c == ' ' && b > 0 && rs < n) {
			int32_t d;
			cp_at(s + cp_back(s, b), b - cp_back(s, b), &d);
			if (cjk_name_cp(d) && !pm_cp_is_hangul(d)) {
				rs = b;
				continue;
			}
		}
		break;
	}
	while (rs < n && s[rs] == ' ')
		rs++;
	/* titles after the name */
	while (n > rs && (k = pm_lex_ends(&title, s + rs, n - rs)) > 0 && k < n - rs) {
		n -= k;
		titled = true;
		while (n > rs && s[n - 1] == ' ')
			n--;
	}
	/* titles and "の" before it: the name starts after the last */
	cut = rs;
	for (i = rs; i < n;) {
		int32_t c;
		size_t l = cp_at(s + i, n - i, &c), tl;
		if ((tl = cjk_entry(PM_LEX_CJK_TITLES, s + i, n - i, NULL)) > 0 && i + tl < n) {
			cut = i + tl;
			titled = true;
			i += tl;
			continue;
		}
		if ((tl = cjk_entry(PM_LEX_TITLE_LINKS, s + i, n - i, NULL)) > 0 && i + tl < n && i > rs) {
			cut = i + tl;
			i += tl;
			continue;
		}
		i += l;
	}
	while (cut < n && s[cut] == ' ')
		cut++;
	if (!titled || cut >= n)
		return NULL;
	for (i = cut; i < n;) {
		int32_t c;
		i += cp_at(s + i, n - i, &c);
		ncp += c != ' ';
	}
	if (ncp < 2 || ncp > 6)
		return NULL;
	nm = pm_strndup(s + cut, n - cut);
	return nm;
}

/* Convention quotes.cjk.title, Korean: the subject s[0..n) (its particle
 * left out) ends with the speaker's role, a word of its own after the
 * name ("박서연 관장", "박서연 한솔시립도서관장": [cjk_titles] ends it);
 * the name is a word before it, two to four Hangul syllables opened by a
 * family name ([family_names]), the nearest, for the organisation may
 * stand on either side ("한지호 들빛농산 대표", "들빛농산 한지호 대표"). */
static char *hangul_name(const char *s, size_t n)
{
	pm_lex_query title = {PM_LEX_CJK_TITLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t ws, ne, ns, i, syl, words;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	ws = n;
	while (ws > 0 && s[ws - 1] != ' ')
		ws--;
	if (ws == 0 || !pm_lex_ends(&title, s + ws, n - ws))
		return NULL;
	for (ne = ws, words = 0; ne > 0 && words < 3; ne = ns, words++) {
		bool hangul = true;
		while (ne > 0 && s[ne - 1] == ' ')
			ne--;
		ns = ne;
		while (ns > 0 && s[ns - 1] != ' ')
			ns--;
		for (i = ns, syl = 0; i < ne;) {
			int32_t c;
			i += cp_at(s + i, ne - i, &c);
			hangul = hangul && pm_cp_is_hangul(c);
			syl++;
		}
		if (hangul && syl >= 2 && syl <= 4) {
			size_t fl = cjk_entry(PM_LEX_FAMILY_NAMES, s + ns, ne - ns, NULL);
			if (fl && fl < ne - ns)
				return pm_strndup(s + ns, ne - ns);
		}
	}
	return NULL;
}

/* The name in a subject s[0..n) that a subject particle ([subject_particles])
 * closes ("代表取締役の高橋美咲は", "박서연 관장은"), or, with particle
 * false, one that nothing closes (Chinese: "馆长林晓雯"). */
static char *cjk_subject_name(const char *s, size_t n, bool particle)
{
	size_t i, pl = 0;
	int32_t c;
	n = cjk_gap_back(s, n);
	if (particle) {
		pm_lex_query q = {PM_LEX_SUBJECT_PARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
		/* the particle is the word's last letter, glued */
		i = cp_back(s, n);
		if (!pm_lex_word(&q, s + i, n - i, NULL) || i == 0)
			return NULL;
		pl = n - i;
		n = i;
	}
	(void)pl;
	if (!n)
		return NULL;
	cp_at(s + cp_back(s, n), n - cp_back(s, n), &c);
	return pm_cp_is_hangul(c) ? hangul_name(s, n) : han_name(s, n);
}

/* quotes.ja.particle, quotes.zh.verb: Chinese and Japanese write a quotation of three
 * words without a space; six of their letters make one ("「うみぬの」",
 * a product's name in corner marks, is none). */
static size_t cjk_letters(const char *s)
{
	size_t i = 0, n = strlen(s), k = 0;
	while (i < n) {
		int32_t c;
		i += cp_at(s + i, n - i, &c);
		k += cjk_name_cp(c);
	}
	return k;
}

/* Where the sentence holding byte i of t starts: after a full stop, an
 * exclamation or question mark, ideographic or ASCII with a space, no
 * further back than floor. */
static size_t cjk_sentence_start(const char *t, size_t i, size_t floor)
{
	while (i > floor) {
		size_t b = cp_back(t, i);
		int32_t c;
		cp_at(t + b, i - b, &c);
		if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E)
			break;
		if (c == ' ' && b > floor && (t[b - 1] == '.' || t[b - 1] == '!' || t[b - 1] == '?'))
			break;
		i = b;
	}
	return i;
}

/* After a quotation's closing mark at a (n bytes): a Japanese or Korean
 * attribution (quotes.ja.particle, quotes.ko.particle), the particle
 * glued to the mark ([quote_particles]: と, 라고, 고) and the verb
 * ([quote_verbs]): right after it, the speaker is the subject before
 * the quotation (*before set: "高橋社長は「…」と述べた", "박서연 관장은
 * \"…\"고 말했다"); or the subject and its particle between them
 * ("「…」と高橋社長は語った", "\"…\"라고 박서연 관장은 밝혔다"). A Chinese
 * speaker and verb after the mark (quotes.zh.verb: "“…”，林晓雯说。").
 * true when an attribution stands there; *nm its name when it gives one. */
static bool cjk_after(const char *a, size_t n, bool *before, char **nm)
{
	pm_lex_entry e;
	size_t pl, p, i, vl;
	*before = false;
	*nm = NULL;
	if (n > 120)
		n = 120;
	pl = cjk_entry(PM_LEX_QUOTE_PARTICLES, a, n, NULL);
	p = pl + cjk_gap(a + pl, n - pl);
	if (pl && (vl = cjk_entry(PM_LEX_QUOTE_VERBS, a + p, n - p, &e)) > 0 &&
	    !(e.tags & PM_LEX_TAG(LEAD))) {
		*before = true;
		return true;
	}
	/* the speaker between the particle (or, in Chinese, the mark and a
	 * comma) and the verb, in the same clause */
	for (i = p; i < n;) {
		int32_t c;
		size_t l = cp_at(a + i, n - i, &c);
		if (c == 0x3002 || c == '.' || c == 0x300C || c == 0x201C || c == '"' || c == 0xFF0C ||
		    c == 0x3001 || (c == ',' && i > p))
			break;
		if (i > p && (vl = cjk_entry(PM_LEX_QUOTE_VERBS, a + i, n - i, &e)) > 0) {
			bool lead = (e.tags & PM_LEX_TAG(LEAD)) != 0;
			if (lead == !pl) {
				*nm = cjk_subject_name(a + p, i - p, pl > 0);
				return true;
			}
		}
		i += l;
	}
	return false;
}

/* Before a quotation's opening mark, s[0..n) from its sentence's start:
 * a Chinese speaker and verb, then a colon or comma or nothing
 * (quotes.zh.verb: "馆长林晓雯表示：“…”"). true when the verb is there;
 * *nm the name when the subject gives one. */
static bool cjk_lead(const char *s, size_t n, char **nm)
{
	pm_lex_query q = {PM_LEX_QUOTE_VERBS, PM_LEX_ALL_LANGS, PM_LEX_TAG(LEAD), 0, PM_LEX_CASE};
	size_t k;
	*nm = NULL;
	n = cjk_gap_back(s, n);
	k = pm_lex_ends(&q, s, n);
	if (!k || k == n)
		return false;
	*nm = cjk_subject_name(s, n - k, false);
	return true;
}

/* Conventions quotes.ja.particle, quotes.ko.particle, quotes.zh.verb:
 * the attribution of span i of t in Chinese, Japanese or Korean, whose
 * words no space separates and whose verb closes the sentence. 0 when
 * none stands there (the other conventions read the quotation), else 1;
 * *who the speaker when the attribution names one. */
static int cjk_speaker(const char *t, const qspan *sp, size_t nsp, size_t i, size_t floor, char **who)
{
	bool before;
	size_t st, first;
	char *nm = NULL;
	*who = NULL;
	if (cjk_after(t + sp[i].close, strlen(t + sp[i].close), &before, &nm)) {
		if (before) {
			/* the subject opens the sentence, before its first
			 * quotation ("박서연 관장은 \"…\"며 \"…\"고 말했다") */
			size_t k;
			st = cjk_sentence_start(t, sp[i].open, 0);
			first = sp[i].open;
			for (k = 0; k < nsp; k++)
				if (sp[k].open >= st && sp[k].open < first)
					first = sp[k].open;
			nm = cjk_subject_name(t + st, first - st, true);
		}
		*who = nm;
		return 1;
	}
	st = cjk_sentence_start(t, sp[i].open, floor);
	if (cjk_lead(t + st, sp[i].open - st, &nm)) {
		*who = nm;
		return 1;
	}
	(void)nsp;
	return 0;
}

/* Convention quotes.signed_quote: a paragraph that is a quotation, then
 * the speaker's name and role as a signature, no verb (partner and
 * endorsement quotes: "« … » Dr Ada Fenn, secrétaire d'État, CIO du …",
 * "“…” — Mara Quist, Director of Pellow Trust"): the name, two words or
 * more, then nothing, or a comma and a role that runs to the paragraph's
 * end in one sentence (no stop with text after it, no quotation mark, at
 * most twenty words). a is the text after the closing mark. */
static char *signature_after(const char *a)
{
	size_t used = 0, words = 0;
	const char *p;
	char *nm;
	a = past_attribution_lead(a);
	nm = name_at_len(a, &used);
	if (!nm || nz_words(nm) < 2) {
		free(nm);
		return NULL;
	}
	p = a + used;
	while (*p == ' ')
		p++;
	if (*p == ',') {
		for (p++; *p; p++) {
			if ((*p == '.' || *p == '!' || *p == '?' || *p == ';') && p[1])
				break;
			/* another quotation: " « » “ ” „ (an apostrophe ’ is
			 * a letter of the role: "secrétaire d’État") */
			if (*p == '"' ||
			    ((unsigned char)p[0] == 0xC2 && ((unsigned char)p[1] == 0xAB || (unsigned char)p[1] == 0xBB)) ||
			    ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] >= 0x9C &&
			     (unsigned char)p[2] <= 0x9E))
				break;
			if (*p == ' ' && ++words > 20)
				break;
		}
	}
	if (*p == '.' && !p[1])
		p++;
	if (*p) {
		free(nm);
		return NULL;
	}
	return nm;
}

static void quotes_in(pm_fields *f, const char *t, char **last)
{
	qspan sp[64];
	char *who[64];
	size_t n, i, prev_close = 0;
	int pron[64];
	bool named[64];
	dash_speech_in(f, t, last);
	n = nz_quote_spans(t, sp, 64);
	for (i = 0; i < n; i++) {
		size_t st;
		char *seg, *txt = inner_text(t, &sp[i]);
		pron[i] = 0;
		named[i] = false;
		if (cjk_speaker(t, sp, n, i, prev_close, &who[i])) {
			/* an attribution that names nobody ("同社は「…」と述べた") */
			pron[i] = who[i] ? 0 : 2;
			free(txt);
			prev_close = sp[i].close;
			continue;
		}
		who[i] = speaker_after(t + sp[i].close, *last, &pron[i]);
		/* quotes.quoted_name: a name is no quote, and lends no speaker
		 * to the paragraph's other spans; it is text of its sentence */
		named[i] = txt && quoted_name(t, &sp[i], txt, who[i] || pron[i]);
		free(txt);
		if (named[i]) {
			free(who[i]);
			who[i] = NULL;
			pron[i] = 0;
			continue;
		}
		if (!who[i] && !pron[i] && i + 1 == n && sp[0].open == 0)
			who[i] = signature_after(t + sp[i].close);
		st = sentence_start(t, sp[i].open, prev_close);
		seg = pm_strndup(t + st, sp[i].open - st);
		if (!who[i] && !pron[i] && seg)
			who[i] = speaker_before(seg, strlen(seg));
		if (!who[i] && !pron[i] && seg && *last && pronoun_lead(seg))
			pron[i] = 1;
		free(seg);
		if (pron[i] == 1) {
			/* quotes.pronoun_attribution: the pronoun's speaker is
			 * the one the text named last since the previous
			 * quotation ("Álvaro Pineda, director, explicó que …
			 * “…”, afirmó."), before the last quoted one */
			char *before = pm_strndup(t + prev_close, sp[i].open - prev_close);
			char *nm = before ? speaker_before(before, strlen(before)) : NULL;
			free(before);
			if (nm) {
				who[i] = nm;
				pron[i] = 0;
			}
		}
		prev_close = sp[i].close;
	}
	for (i = 0; i < n; i++) {
		char *txt = inner_text(t, &sp[i]);
		const char *speaker = who[i];
		size_t k;
		if (!txt || (nz_words(txt) < 3 && cjk_letters(txt) < 6) || named[i]) {
			free(txt);
			continue;
		}
		if (!speaker && pron[i] == 0) {
			/* the paragraph's speaker: the nearest attributed quote,
			 * before first (a quote split around "said X") */
			for (k = i; k-- > 0 && !speaker;)
				speaker = who[k];
			for (k = i + 1; k < n && !speaker; k++)
				speaker = who[k];
		}
		if (!speaker && (pron[i] == 1 || (pron[i] == 0 && i == 0 && sp[0].open == 0)))
			speaker = *last; /* "he said", or a paragraph continuing the statement */
		if (speaker)
			add_quote(f, txt, speaker, last);
		free(txt);
	}
	for (i = 0; i < n; i++)
		free(who[i]);
}

void stage_quotes(nz *z)
{
	size_t i;
	char *last = NULL;
	for (i = 0; i < z->n; i++) {
		const char *flat;
		if (z->b[i]->part != PM_PART_BODY || !z->b[i]->text)
			continue;
		flat = nz_flat(z, i);
		if (flat) {
			size_t q = z->f->nquotes;
			quotes_in(z->f, flat, &last);
			for (; q < z->f->nquotes; q++)
				z->f->quotes[q].block = (long)z->bi[i];
		}
	}
	free(last);
}

/* For tests: the quotes of one paragraph. */
void rule_quotes_text(const char *t, pm_fields *f)
{
	char *last = NULL;
	if (t)
		quotes_in(f, t, &last);
	free(last);
}
