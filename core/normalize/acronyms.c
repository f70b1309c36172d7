/*
 * acronyms.c - acronyms the text defines, either way round: "Long Form
 * (ACR)" and "ACR (Long Form)", in the headline, the body and the About
 * sections, found with Schwartz and Hearst's rule: the acronym's letters,
 * in order, in the words next to it, its first letter opening a word.
 *
 * The long form's extent follows one convention, the one of the gold sets
 * and of how people quote a definition:
 *  - it never starts with an article, a preposition or an elision ("the",
 *    "la", "l'", "d'", "of", "de", "der" ...): "the World Health
 *    Organization (WHO)" gives "World Health Organization", "l'Agence
 *    nationale de Sécurité routière (ANASER)" gives "Agence nationale de
 *    Sécurité routière", and "Office of Domestic Preparedness (ODP)" is
 *    not cut to "of Domestic Preparedness";
 *  - it takes in the head noun of an institution that the acronym leaves
 *    out ("Agence d'Assistance à la Sécurité de Proximité (ASP)", "Société
 *    nationale des Chemins de Fer du Sénégal (CFS)"), since the
 *    definition names the body, not part of it;
 *  - case, accents and inner punctuation stay as written.
 * Letters compare case- and accent-insensitively; digits in an acronym are
 * not looked for ("G7", "2019-nCoV") except a leading count ("3FPT" is
 * F, F, F, P, T). Parentheses that hold a ticker ("NASDAQ: LMFD"), a
 * number, a source ("Reuters") or a remark ("see below") define nothing:
 * the acronym must be mostly capitals and its letters must be found
 * (convention acronyms.undefined: no long form is ever invented).
 *
 * Run by the normaliser (normalize.c's table: stage_acronyms, after the
 * body) for the record's `acronyms`; the unit tests call
 * rule_acronyms_text() on one text.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct ucp {
	int32_t c;   /* code point as written */
	int32_t f;   /* its base letter, lower case, accents stripped */
	size_t off;  /* byte offset */
} ucp;

/* The lexicon's BASE folding (lower case, accents stripped, "Œ" and "Æ"
 * to their word's first letter): the folded words look [function_words]
 * and [head_nouns] up as they are. */
static int32_t fold(int32_t c)
{
	return pm_lex_fold_cp(c, 1);
}

/* Decode s[0..n) into code points; caller frees. */
static ucp *decode(const char *s, size_t n, size_t *count)
{
	ucp *v = pm_calloc(n + 1, sizeof *v);
	size_t i = 0, k = 0;
	if (!v)
		return NULL;
	while (i < n) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)s + i, n - i, &c);
		if (!l)
			l = 1;
		v[k].c = c;
		v[k].f = fold(c);
		v[k].off = i;
		k++;
		i += l;
	}
	*count = k;
	return v;
}

/* The text before t[end], at most span bytes back from a character's
 * start (*from), decoded: the words a long form is looked for in. */
static ucp *decode_before(const char *t, size_t end, size_t span, size_t *from, size_t *count)
{
	*from = end > span ? end - span : 0;
	while (*from > 0 && ((unsigned char)t[*from] & 0xC0) == 0x80)
		(*from)++;
	return decode(t + *from, end - *from, count);
}

static bool is_apos(int32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x2018;
}

static bool letter(int32_t c)
{
	return pm_cp_is_letter(c) || pm_cp_is_digit(c);
}

/* Word starts at k: after a non-letter, or after an elision's apostrophe. */
static bool word_start(const ucp *v, size_t k)
{
	if (!letter(v[k].c))
		return false;
	/* a Latin word glued to Japanese or Chinese before it
	 * ("当社はInternet of Things（IoT）"): those scripts write no space */
	return k == 0 || !letter(v[k - 1].c) || (nz_unspaced_cp(v[k - 1].c) && !nz_unspaced_cp(v[k].c));
}

/* The word (letters only, folded) starting at k, into out. */
static size_t word_at(const ucp *v, size_t n, size_t k, char *out, size_t outn)
{
	size_t j = 0;
	while (k < n && letter(v[k].c) && j + 4 < outn) {
		char b[4];
		size_t l = pm_utf8_encode(v[k].f, b);
		memcpy(out + j, b, l);
		j += l;
		k++;
	}
	out[j] = '\0';
	return j;
}

/* Articles, prepositions, conjunctions and elisions (the lexicon's
 * [function_words]): a long form never starts with one, and they do not
 * count against its length. Nouns that name a body ([head_nouns]): the
 * acronym may leave them out, the definition keeps them ("Agence
 * d'Assistance ... (ASP)"). Both lists fold accents away as fold() does
 * (their sections are BASE), so the folded word looks them up. */
static bool function_word_at(const ucp *v, size_t n, size_t k)
{
	char w[64];
	word_at(v, n, k, w, sizeof w);
	return pm_lex_has(PM_LEX_FUNCTION_WORDS, w);
}

/* Convention acronyms.legal_form: a company's legal form and its full
 * stop ("Harwick Systems, Inc. (HSI)", "Pellow Co., Ltd. (PCL)", "Ebro
 * Ríos S.A."; [org_suffixes], written in the case the lexicon writes it)
 * is part of the name, not a sentence's end: the word before v[k], back
 * to a space, dots inside it included. */
static bool legal_form_dot(const ucp *v, size_t k)
{
	pm_lex_query q = {PM_LEX_ORG_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	pm_lex_match m;
	char w[48];
	size_t j = k + 1, len = 0;
	while (j > 0 && (letter(v[j - 1].c) || v[j - 1].c == '.') && k + 1 - j < 10)
		j--;
	if (j > 0 && v[j - 1].c != ' ' && v[j - 1].c != ',')
		return false;
	for (; j <= k; j++)
		len += pm_utf8_encode(v[j].c, w + len);
	return len > 1 && pm_lex_word(&q, w, len, &m);
}

/* Is the text between a and b (code points) a sentence boundary? */
static bool sentence_stop(const ucp *v, size_t n, size_t k)
{
	int32_t c = v[k].c;
	size_t j, letters = 0, caps = 0;
	if (c == '(' || c == ')' || c == ';' || c == '[' || c == ']' || c == '\n' || c == 0x201C ||
	    c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == '"' || c == '!' || c == '?' || c == ':')
		return true;
	if (c != '.')
		return false;
	if (k + 1 < n && v[k + 1].c != ' ')
		return false; /* "U.S", "3.5" */
	/* an abbreviation before the dot ("U.S.", "Dr.", "St.") is no end */
	for (j = k; j > 0 && letter(v[j - 1].c); j--) {
		letters++;
		if (pm_cp_is_upper(v[j - 1].c))
			caps++;
	}
	return letters >= 3 && caps < letters && !legal_form_dot(v, k);
}

/* The acronym's letters to look for, folded: digits skipped. counts: a
 * leading figure counts the letter after it ("3FPT" is F, F, F, P, T) and
 * a figure after a letter counts that one (convention acronyms.digit_count: "W3C" is W, W, W, C,
 * "C4" four words in C); *counted says whether one did, so that the
 * caller tries the letters without it too ("H2ORA": the figure is a word,
 * "Two", acronyms.digits; "3GPP": "Third", acronyms.digit_word). */
static size_t acronym_letters(const char *a, size_t al, int32_t *out, size_t max, bool counts, bool *counted)
{
	size_t n = 0, i = 0, rep = 1;
	bool first = true;
	int32_t prev = 0;
	if (counted)
		*counted = false;
	while (i < al && n < max) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)a + i, al - i, &c);
		if (!l)
			l = 1;
		if (counts && first && c >= '2' && c <= '9' && i + 1 < al && isupper((unsigned char)a[i + 1])) {
			rep = (size_t)(c - '0');
			if (counted)
				*counted = true;
		} else if (counts && !first && c >= '2' && c <= '9' && pm_cp_is_upper(prev) &&
		           (i + 1 >= al || !isdigit((unsigned char)a[i + 1]))) {
			size_t r;
			for (r = 1; r < (size_t)(c - '0') && n < max; r++)
				out[n++] = fold(prev);
			if (counted)
				*counted = true;
		} else if (pm_cp_is_letter(c)) {
			size_t r;
			for (r = 0; r < rep && n < max; r++)
				out[n++] = fold(c);
			rep = 1;
		}
		prev = c;
		first = false;
		i += l;
	}
	return n;
}

/* Schwartz & Hearst on v[0..end): the start (code point index) of the
 * shortest long form ending at `end` whose words hold the letters in
 * order, the first opening a word that is not a function word; -1 if
 * none within the length bound or before a sentence boundary. */
static long sh_match(const ucp *v, size_t n, size_t end, const int32_t *ac, size_t al)
{
	long li = (long)end - 1, si = (long)al - 1;
	size_t words = 0, maxw = al * 3 + 4;
	if (!al)
		return -1;
	while (si >= 0) {
		for (;;) {
			if (li < 0)
				return -1;
			if (v[li].f == ac[si] && (si > 0 || (word_start(v, (size_t)li) &&
			                                     !function_word_at(v, n, (size_t)li))))
				break;
			if (sentence_stop(v, n, (size_t)li))
				return -1;
			if (v[li].c == ' ' && li > 0 && v[li - 1].c != ' ' && ++words > maxw)
				return -1;
			li--;
		}
		si--;
		if (si >= 0)
			li--;
	}
	return li;
}

/* Convention acronyms.idle_words: a long form in small letters found by
 * letters inside its words is a definition only when each of its words
 * in small letters holds one of the acronym's letters ("deoxyribonucleic
 * acid (DNA)", "megawatt hours (MWh)"); a stretch of a sentence whose
 * words merely hold the letters here and there ("the event starting at
 * 7 pm (EST)", "our program is available as a downloadable file (PDF)")
 * defines nothing. Function words, figures and capitalised names need
 * none ("generally accepted accounting principles in the United States
 * (GAAP)"). */
static bool idle_small_word(const ucp *v, size_t n, size_t st, const int32_t *ac, size_t al)
{
	size_t k, j, e;
	if (!pm_cp_is_lower(v[st].c))
		return false;
	/* a word here is what spaces separate: an elision's or a hyphen's
	 * parts are one ("об'єднана", "non-fungible"); a word of one letter
	 * is a conjunction or a preposition in the languages the lexicon
	 * has no function words for ("и", "в") */
	for (k = st; k < n; k++) {
		bool holds = false;
		if ((k > st && v[k - 1].c != ' ') || !pm_cp_is_lower(v[k].c) || function_word_at(v, n, k) ||
		    k + 1 >= n || !letter(v[k + 1].c))
			continue;
		for (e = k; e < n && v[e].c != ' ' && !holds; e++)
			for (j = 0; j < al && !holds; j++)
				holds = v[e].f == ac[j];
		if (!holds)
			return true;
	}
	return false;
}

/* acronyms.repeated_letter: the long form whose content words' initials
 * spell the acronym, word for word ("Tri-County Transit Trust (TCTT)",
 * "Société des Sources de Saint-Sylve (SSSS)" past its function words);
 * the character match of sh_match() takes a repeated letter from inside
 * a word ("Rail Restoration Association" for "Northern Rail Restoration
 * Association (NRRA)" is right, but for RRRA it would leave the first
 * word out). -1 when the words before do not spell it. */
static long initials_pass(const ucp *v, size_t n, size_t end, const int32_t *ac, size_t al, int take)
{
	long li = (long)end - 1, si = (long)al - 1;
	for (; li >= 0; li--) {
		if (sentence_stop(v, n, (size_t)li))
			return -1;
		/* the parts of a hyphenated word count: "Tri-County" is T, C */
		if (!word_start(v, (size_t)li))
			continue;
		if (function_word_at(v, n, (size_t)li) && !(take > (si == 0) && v[li].f == ac[si]))
			continue;
		if (v[li].f != ac[si])
			return -1;
		if (si-- == 0)
			return li;
	}
	return -1;
}

/* Function words first give no letter ("Office of Domestic Preparedness
 * (ODP)" is not cut to "of Domestic ..."); where that spells nothing, one
 * may give the letter it opens, not the first ("Council of Elders
 * (CoE)", "Bank of Pellow (BOP)"), so that the match is the words'
 * initials and not widened by acronyms.whole_name. Convention
 * acronyms.article_letter: where that too spells nothing, the article
 * that opens the name gives the first letter ("The Pellow Conservancy
 * (TPC)", "Die Hollstätter Tafel (DHT)"): the name is written with it. */
static long initials_match(const ucp *v, size_t n, size_t end, const int32_t *ac, size_t al)
{
	long st;
	int take;
	if (al < 2)
		return -1;
	for (take = 0; take <= 2; take++)
		if ((st = initials_pass(v, n, end, ac, al, take)) >= 0)
			return st;
	return -1;
}

/* Content words (not function words) in v[a..b). */
static size_t content_words(const ucp *v, size_t n, size_t a, size_t b)
{
	size_t k, c = 0;
	for (k = a; k < b; k++)
		if (word_start(v, k) && !function_word_at(v, n, k))
			c++;
	return c;
}

/* Take in an institution's head noun that the acronym leaves out:
 * HEAD [adjective] (preposition | d') START, or HEAD adjective START. */
static size_t extend_head(const ucp *v, size_t n, size_t st)
{
	size_t k = st, ws[4], nw = 0;
	bool elision = st >= 2 && is_apos(v[st - 1].c) && letter(v[st - 2].c) &&
	               (st < 3 || !letter(v[st - 3].c));
	char w[64];
	/* the words before st, nearest first */
	if (elision) {
		word_at(v, n, st - 2, w, sizeof w);
		if (!pm_lex_has(PM_LEX_ELIDED_LINKS, w))
			return st; /* "l'Agence": an article, nothing to take in */
		k = st - 2;
	}
	while (nw < 3) {
		while (k > 0 && v[k - 1].c == ' ')
			k--;
		if (k == 0 || !letter(v[k - 1].c))
			break;
		while (k > 0 && letter(v[k - 1].c))
			k--;
		/* an elided word before it: "d'Exploitation" counts as one */
		ws[nw++] = k;
		if (k >= 2 && is_apos(v[k - 1].c))
			break;
	}
	{
		size_t i = 0;
		if (!elision) {
			/* a preposition right before the long form */
			if (nw == 0)
				return st;
			word_at(v, n, ws[0], w, sizeof w);
			if (pm_lex_has(PM_LEX_FUNCTION_WORDS, w)) {
				/* only a preposition of [long_form_links] ("of", "de") */
				if (!pm_lex_has(PM_LEX_LONG_FORM_LINKS, w))
					return st;
				i = 1;
			}
		}
		/* then an optional lower-case adjective, then the head noun */
		for (; i < nw; i++) {
			word_at(v, n, ws[i], w, sizeof w);
			if (pm_lex_has(PM_LEX_HEAD_NOUNS, w) && pm_cp_is_upper(v[ws[i]].c))
				return ws[i];
			if (!pm_cp_is_lower(v[ws[i]].c) || pm_lex_has(PM_LEX_FUNCTION_WORDS, w) || i >= 2)
				break;
		}
	}
	return st;
}

/* acronyms.whole_name: when the letters of the acronym are not the
 * initials of the words before it (a word spells it, "Faculty Early Career
 * Development (CAREER)", or it abbreviates the name in another language,
 * "National Association of Travestis and Transsexuals (ANTRA)"), the
 * shortest match is only the tail of the name: the definition is the
 * whole capitalised name, up to three capitalised words further back.
 * It stops at a lower-case or function word, at punctuation, at a word
 * in capitals (another acronym, "UN") or with an apostrophe; a word that
 * opens the sentence is capitalised by its place, so it is left out. */
static size_t extend_name(const ucp *v, size_t n, size_t st)
{
	size_t k = st, best = st, taken = 0;
	if (!pm_cp_is_upper(v[st].c))
		return st;
	while (taken < 3) {
		size_t w = k, j, caps = 0, len = 0;
		if (w < 2 || v[w - 1].c != ' ' || !letter(v[w - 2].c))
			break;
		w--;
		while (w > 0 && letter(v[w - 1].c))
			w--;
		for (j = w; j < k - 1; j++, len++)
			caps += pm_cp_is_upper(v[j].c) ? 1 : 0;
		if (!pm_cp_is_upper(v[w].c) || caps > 1 || len < 2 || function_word_at(v, n, w) ||
		    (w > 0 && (is_apos(v[w - 1].c) || v[w - 1].c == '-')))
			break;
		/* the sentence's first word: after a stop, or the text's start */
		{
			size_t b = w;
			while (b > 0 && v[b - 1].c == ' ')
				b--;
			/* past a note's number after the stop ("agonists.8 Other") */
			while (b > 1 && pm_cp_is_digit(v[b - 1].c) && v[b - 2].c != ' ')
				b--;
			if (b == 0 || v[b - 1].c == '.' || v[b - 1].c == '!' || v[b - 1].c == '?' || v[b - 1].c == ':' ||
			    v[b - 1].c == '\n' || v[b - 1].c == 0x201C || v[b - 1].c == '"')
				break;
		}
		k = w;
		best = w;
		taken++;
	}
	return best;
}

/* Mostly capitals, two at least, no spaces but a short legal or country
 * suffix ("SONACOS SA", "SOGEPA SN"); "&" and "+" stand for the
 * conjunction (acronyms.ampersand: "R&D", "F&E", Spanish "I+D"). Conventions acronyms.plural (a
 * small "s" after the capitals: "NGOs", its letter matched as the plural
 * name's last) and acronyms.dotted ("M.I.B.T.", the full stops kept and
 * not looked for). */
static bool acronym_ok(const char *s, size_t n)
{
	size_t i = 0, up = 0, low = 0, letters = 0, spaces = 0;
	int32_t c0;
	if (n < 2 || n > 24)
		return false;
	pm_utf8_decode((const unsigned char *)s, n, &c0);
	if (!(pm_cp_is_upper(c0) || pm_cp_is_digit(c0) || pm_cp_is_lower(c0)))
		return false;
	while (i < n) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)s + i, n - i, &c);
		if (!l)
			return false;
		/* acronyms.trailing_mark: a registered or trade mark, or a
		 * stray degree sign, closing it ("MAP®", "HCC°") */
		if (i + l == n && i > 0 && (c == 0xAE || c == 0x2122 || c == 0xB0))
			break;
		/* acronyms.plural with an apostrophe ("NGO's", "SME’s"), the
		 * greengrocer's plural that releases write */
		if ((c == '\'' || c == 0x2019) && i >= 2 && i + l + 1 == n && s[n - 1] == 's' && up >= 2 && !low) {
			low++, letters++;
			break;
		}
		if (pm_cp_is_upper(c))
			up++, letters++;
		else if (pm_cp_is_lower(c))
			low++, letters++;
		else if (c == ' ' && i >= 3 && s[i - 1] == '.' && isupper((unsigned char)s[i - 2]) && s[i - 3] == s[i - 2] &&
		         i + 1 < n && isupper((unsigned char)s[i + 1])) {
			/* acronyms.doubled_plural as the Real Academia writes
			 * it, a space after each pair's stop ("EE. UU.") */
		} else if (c == ' ') {
			/* only a short all-caps suffix after a space */
			size_t k = i + 1, cl = 0;
			while (k < n && isupper((unsigned char)s[k]))
				k++, cl++;
			if (k != n || cl < 1 || cl > 3 || ++spaces > 1)
				return false;
		} else if (c == '+') {
			/* between letters only ("I+D+i"): "HER2+", "CM+1" are
			 * a reading and a name */
			if (i == 0 || i + 1 >= n || !isalpha((unsigned char)s[i - 1]) || !isalpha((unsigned char)s[i + 1]))
				return false;
		} else if (!(pm_cp_is_digit(c) || c == '&' || c == '-' || c == '/' || c == '.'))
			return false;
		i += l;
	}
	/* acronyms.digit_count: one capital and its count ("C4") */
	if (n == 2 && up == 1 && !low && isupper((unsigned char)s[0]) && s[1] >= '2' && s[1] <= '9')
		return true;
	/* acronyms.ordinal_figure: figures then capitals ("5G", "4IR"), a
	 * definition only where the name opens with that number */
	if (n >= 2 && n <= 6 && isdigit((unsigned char)s[0]) && !low && up >= 1 &&
	    strspn(s, "0123456789") + up == n)
		return true;
	/* acronyms.number_word: one capital and the name's number ("G20"),
	 * a definition only where the name ends with that number */
	if (n >= 3 && n <= 4 && up == 1 && !low && isupper((unsigned char)s[0]) && strspn(s + 1, "0123456789") >= n - 1)
		return true;
	/* acronyms.dotted_segments: parts of a capital and up to four small
	 * letters, each closed by its full stop ("D.Phil.", "Ph.D.") */
	if (up >= 2 && s[n - 1] == '.') {
		size_t k = 0, parts = 0;
		while (k < n && isupper((unsigned char)s[k])) {
			size_t b = ++k;
			while (k < n && islower((unsigned char)s[k]) && k - b < 4)
				k++;
			if (k >= n || s[k] != '.')
				break;
			k++;
			parts++;
		}
		if (k == n && parts >= 2 && parts <= 4)
			return true;
	}
	if (!letters || up < 2 || up < low)
		return false;
	/* a lower-case start only before capitals: "nCoV", "eID" */
	if (pm_cp_is_lower(c0) && !(n > 1 && isupper((unsigned char)s[1])))
		return false;
	return true;
}

/* Convention acronyms.compound_word: German, Dutch and the Nordic
 * languages write a body's name as one compound and take the acronym's
 * letters from its parts ("Landeswasserversorgung (LWV)",
 * "Bundesnetzagentur (BNetzA)", "Provinciewaterstaat (PWS)"). The parts
 * cannot be told apart without a dictionary, so the word must be long
 * enough to hold one part per capital of the acronym (four letters each
 * at least), three capitals at least and a capital opening the word: a
 * short word whose letters merely hold two or three capitals ("Microsoft
 * (MSFT)") is no compound. */
static bool compound_word(const char *lo, const char *sh)
{
	size_t caps = 0, cps = 0, i = 0, n = strlen(lo);
	for (; *sh; sh++)
		caps += isupper((unsigned char)*sh) ? 1 : 0;
	if (caps < 3 || !pm_cp_is_upper(nz_first_cp(lo)))
		return false;
	while (i < n) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)lo + i, n - i, &c);
		if (!l || !pm_cp_is_letter(c))
			return false;
		cps++;
		i += l;
	}
	return cps >= 4 * caps;
}

/* A one-word long form only when it is a compound whose parts the
 * acronym spells: "Straßenverkehrs-Ordnung (StVO)", "MiningNewsWire". */
static bool long_ok(const char *lo, const char *sh)
{
	size_t i, caps = 0;
	if (nz_words(lo) >= 2)
		return true;
	/* acronyms.cjk_long_form: a script without capitals or spaces
	 * between its words writes a long name as one word */
	if (nz_unspaced_cp(nz_first_cp(lo)) || pm_cp_is_hangul(nz_first_cp(lo)))
		return nz_cps(lo) >= 4;
	if (nz_cps(lo) <= nz_cps(sh) + 2)
		return false;
	if (compound_word(lo, sh))
		return true;
	if (strchr(lo, '-'))
		return true;
	for (i = 1; lo[i]; i++)
		if (isupper((unsigned char)lo[i]))
			caps++;
	return caps >= 1;
}

/* Convention acronyms.model_number: a designation in parentheses, the
 * capitals of a name the long form already writes then figures ("the
 * Torvane PX pumps (PX400)", "Other PCB congeners (PCB153)"): a model
 * or a member of a series, not a definition: its letters are found in
 * that word itself. True when sh (capitals, then digits only) has its
 * capitals as a whole word of lo. */
static bool model_number(const char *sh, const char *lo)
{
	size_t caps = 0, i;
	const char *p;
	while (isupper((unsigned char)sh[caps]))
		caps++;
	if (caps < 2 || !sh[caps])
		return false;
	for (i = caps; sh[i]; i++)
		if (!isdigit((unsigned char)sh[i]))
			return false;
	for (p = lo; *p; p++)
		if (!strncmp(p, sh, caps) && (p == lo || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[caps]))
			return true;
	return false;
}

/* Convention acronyms.own_word: a short form that the long form writes
 * as one of its words ("JOLO, Inc. d/b/a Harwick Outfitters (“JOLO” or
 * the “Company”)", "KESTREL Systems Ltd. (KESTREL)") is a name repeated,
 * not a definition: its letters are that word's own. */
static bool own_word(const char *sh, const char *lo)
{
	size_t l = strlen(sh);
	const char *p;
	for (p = strstr(lo, sh); p; p = strstr(p + 1, sh))
		if ((p == lo || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[l]))
			return true;
	return false;
}

/* The acronyms found so far, and their short forms hashed: the first
 * definition of each is kept (convention acronyms.first_definition). */
typedef struct acr_list {
	pm_fields *f;
	pm_strmap seen;
} acr_list;

static void add_acronym(acr_list *al, const char *s, size_t sl, const char *l, size_t ll)
{
	char *sh = pm_strndup(s, sl), *lo = nz_trim(l, ll, ",:;\"");
	if (sh && lo && *lo && long_ok(lo, sh) && !own_word(sh, lo) && !model_number(sh, lo) &&
	    !pm_strmap_get(&al->seen, sh, strlen(sh)) &&
	    pm_strmap_add(&al->seen, sh, strlen(sh))) {
		pm_fields *f = al->f;
		if (pm_grow((void **)&f->acronyms, &f->capacronyms, f->nacronyms, sizeof *f->acronyms)) {
			f->acronyms[f->nacronyms].shrt = sh;
			f->acronyms[f->nacronyms].lng = lo;
			f->nacronyms++;
			return;
		}
	}
	free(sh);
	free(lo);
}

/* Quotation marks around the parenthesis' content: (“MNW”), ("MNW"). */
static void strip_quotes(const char **a, const char **b)
{
	/* and the corner brackets of Japanese and Chinese (「」『』);
	 * acronyms.quoted_short_form: German and Dutch low-9 quotes
	 * („HWV“, ‚HWV‘) and single guillemets (‹SIVB›) */
	static const char *const q[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB",
	                                "\xE2\x80\x98", "\xE2\x80\x99", "'", "\xE3\x80\x8C", "\xE3\x80\x8D",
	                                "\xE3\x80\x8E", "\xE3\x80\x8F", "\xE2\x80\x9E", "\xE2\x80\x9A",
	                                "\xE2\x80\xB9", "\xE2\x80\xBA", NULL};
	bool again = true;
	while (again) {
		size_t k;
		again = false;
		while (*a < *b && **a == ' ')
			(*a)++;
		while (*b > *a && (*b)[-1] == ' ')
			(*b)--;
		for (k = 0; q[k]; k++) {
			size_t l = strlen(q[k]);
			if ((size_t)(*b - *a) > l && !strncmp(*a, q[k], l)) {
				*a += l;
				again = true;
			}
			if ((size_t)(*b - *a) > l && !strncmp(*b - l, q[k], l)) {
				*b -= l;
				again = true;
			}
		}
	}
}

/* acronyms.translated: where the name begins that ends at v[n], walking
 * back over capitalised words and the function words between them
 * ("Administración de Alimentos y Medicamentos"), up to punctuation or a
 * word in small letters; n when none. */
static size_t name_start(const ucp *v, size_t n)
{
	size_t k = n, start = n, words = 0;
	while (words++ < 12) {
		size_t w;
		while (k > 0 && v[k - 1].c == ' ')
			k--;
		if (k == 0 || !letter(v[k - 1].c))
			break;
		w = k;
		while (w > 0 && letter(v[w - 1].c))
			w--;
		if (function_word_at(v, n, w)) {
			if (start == n)
				break;
		} else if (pm_cp_is_upper(v[w].c)) {
			start = w;
		} else {
			break;
		}
		k = w;
	}
	return start;
}

/* The capitalised word right before v[st] (spaces between), not a
 * function word; st when there is none. */
static size_t word_before(const ucp *v, size_t n, size_t st)
{
	size_t k = st, w;
	while (k > 0 && v[k - 1].c == ' ')
		k--;
	if (k == st || k == 0 || !letter(v[k - 1].c))
		return st;
	for (w = k; w > 0 && letter(v[w - 1].c); w--)
		;
	if (!pm_cp_is_upper(v[w].c) || function_word_at(v, n, w) || (w > 0 && !(v[w - 1].c == ' ' || v[w - 1].c == '(')))
		return st;
	return w;
}

/* Convention acronyms.doubled_plural: Spanish abbreviates a plural name
 * by doubling each word's initial, with a full stop after each pair
 * ("EE.UU." for Estados Unidos, "CC.OO." for Comisiones Obreras, "RR.HH."
 * for recursos humanos), the stops sometimes left out ("EEUU"). The
 * letters to look for are one per pair; the character match of sh_match()
 * would find the second of a pair inside a word and stretch the long form
 * over the sentence, so only the words' initials define it. */
static size_t doubled_letters(const char *a, size_t al, int32_t *out, size_t max, bool *dotted)
{
	size_t i = 0, n = 0;
	bool differ = false;
	*dotted = false;
	while (i < al) {
		if (i + 1 >= al || !isupper((unsigned char)a[i]) || a[i + 1] != a[i] || n >= max)
			return 0;
		out[n++] = fold((unsigned char)a[i]);
		differ = differ || out[n - 1] != out[0];
		i += 2;
		if (i < al && a[i] == '.')
			i++, *dotted = true;
		if (*dotted && i < al && a[i] == ' ')
			i++;
	}
	/* "SSSS" is four words in S, not two */
	return n >= 2 && differ ? n : 0;
}

static size_t word_back(const ucp *v, size_t n, size_t *k);
static bool syllabic_ok(const char *s, size_t n);
static bool mixed_split(const ucp *v, size_t n, const size_t *ws, size_t nw, size_t i, const int32_t *sh, size_t sn,
                        size_t si, size_t skipped, size_t used, unsigned shape);

/* Convention acronyms.trailing_word: a word or two in small letters
 * between a name and its acronym that give no letter ("the Model United
 * Nations club (MUN)", "the Harwick Summer Music Festival volunteers
 * (HSMF)") are the sentence's, not the name's: where the capitalised
 * words before them spell the acronym by their initials, the long form
 * ends with those. Returns the match's start and sets *cut (the code
 * point the long form ends at), or -1. Only a name of capitalised words:
 * in "Agence nationale de santé animale" the small words are the name's. */
static long trailing_words(const ucp *v, size_t n, const int32_t *letters, size_t nl, size_t *cut)
{
	size_t e = n, drop, k;
	for (drop = 0; drop < 2; drop++) {
		size_t w = e;
		long st;
		bool named = true;
		while (w > 0 && letter(v[w - 1].c))
			w--;
		if (w == e || w == 0 || v[w - 1].c != ' ' || !pm_cp_is_lower(v[w].c) || function_word_at(v, n, w))
			return -1;
		for (e = w; e > 0 && v[e - 1].c == ' '; e--)
			;
		st = initials_match(v, n, e, letters, nl);
		if (st < 0)
			continue;
		for (k = (size_t)st; k < e; k++)
			if (word_start(v, k) && !function_word_at(v, n, k) && !pm_cp_is_upper(v[k].c))
				named = false;
		if (!named)
			return -1;
		*cut = e;
		return st;
	}
	return -1;
}

/* acronyms.number_word with the number written out ("Group of Twenty
 * (G20)", "Groupe des Vingt", "Kell Twenty-Three (K23)"; [number_words]):
 * the last word, or two joined by a hyphen whose values add up, is worth
 * the short form's figures. The space before that word, or n when the
 * name does not end so. */
static size_t number_word_back(const ucp *v, size_t n, long want)
{
	pm_lex_query q = {PM_LEX_NUMBER_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	char w[128]; /* up to 30 code points of 4 bytes */
	size_t st = n, k, len = 0, part = 0;
	long sum = 0;
	while (st > 0 && (letter(v[st - 1].c) || (v[st - 1].c == '-' && st < n && st > 1 && letter(v[st - 2].c))))
		st--;
	if (st == n || st == 0 || v[st - 1].c != ' ' || n - st > 30)
		return n;
	for (k = st; k <= n; k++) {
		if (k == n || v[k].c == '-') {
			if (!len || !pm_lex_word(&q, w, len, &m))
				return n;
			/* a compound adds a smaller part to tens ("twenty-three") */
			if (part++ && (m.entry.num >= 10 || sum % 10))
				return n;
			sum += m.entry.num;
			len = 0;
			continue;
		}
		len += pm_utf8_encode(v[k].c, w + len);
	}
	return sum == want && part <= 2 ? st - 1 : n;
}

/* acronyms.number_word: capitals then a figure that the name ends with
 * ("Group of 20 (G20)", "Conference of the Parties 29 (COP29)"), or
 * the number written out (number_word_back): the figure is the name's
 * last word, the capitals the initials of the words
 * before it (one capital: the content word before it). v: the n
 * characters of the text at tf before the parenthesis. The long form's
 * first character in v, or -1 where acronym ac is not of that shape. */
static long number_word_start(const ucp *v, size_t n, const char *tf, const char *ac, size_t al)
{
	size_t dl = 0, ln = 0, dn, nl, kk, w;
	int32_t letters[40];
	while (dl < al && isdigit((unsigned char)ac[al - 1 - dl]))
		dl++;
	while (ln < al - dl && isupper((unsigned char)ac[ln]))
		ln++;
	if (!dl || !ln || ln + dl != al || n <= dl + 1)
		return -1;
	dn = n - dl;
	/* the figure as written, else in words; read with strtol, not atol:
	 * it may be as long as the acronym (24 bytes), past a long, where
	 * atol is undefined and strtol gives LONG_MAX, which no number
	 * written out sums to */
	if (!memcmp(tf + v[dn].off, ac + ln, dl) && v[dn - 1].c == ' ')
		dn--;
	else if ((dn = number_word_back(v, n, strtol(ac + ln, NULL, 10))) >= n)
		return -1; /* neither the figure nor its words end the name */
	nl = acronym_letters(ac, ln, letters, 40, false, NULL);
	if (nl != 1)
		return initials_match(v, n, dn, letters, nl);
	kk = dn;
	while ((w = word_back(v, dn, &kk)) < dn && function_word_at(v, n, w))
		;
	return w < dn && pm_cp_is_upper(v[w].c) && v[w].f == letters[0] ? (long)w : -1;
}

/* Convention acronyms.ordinal_figure: the short form's figure written
 * as the number or ordinal that opens the name ("29th Conference of the
 * Parties (COP29)", "5th Generation Mobile Network (5G)", "29e Conférence
 * des Parties (COP29)", "29. Konferenz ..."): the figure word is the long
 * form's first, the capitals the initials of the words after it (one
 * capital: the first of them, the rest capitalised words of the name).
 * An edition's number that the short form does not write stays out
 * (acronyms.numeral). The figure word: the short form's digits, then a
 * full stop or an ending of [ordinal_suffixes] or nothing. The long
 * form's first character in v, or -1. */
static long ordinal_figure_start(const ucp *v, size_t n, const char *ac, size_t al)
{
	pm_lex_query sfx = {PM_LEX_ORDINAL_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t d0 = 0, dl = 0, l0, ln, k = n, w = n, first = n, words;
	int32_t letters[40];
	size_t nl;
	while (dl < al && isdigit((unsigned char)ac[dl]))
		dl++;
	if (dl) {
		l0 = dl;
		ln = al - dl;
	} else {
		while (dl < al && isdigit((unsigned char)ac[al - 1 - dl]))
			dl++;
		d0 = al - dl;
		l0 = 0;
		ln = al - dl;
	}
	if (!dl || dl > 4 || !ln || ln > 8)
		return -1;
	for (nl = 0; nl < ln; nl++)
		if (!isupper((unsigned char)ac[l0 + nl]))
			return -1;
	for (words = 0; words < ln + 4; words++) {
		size_t e, j, sl = 0;
		char suffix[16];
		while (k > 0 && v[k - 1].c == ' ')
			k--;
		/* "29. Konferenz": the ordinal's full stop */
		if (k >= 2 && v[k - 1].c == '.' && pm_cp_is_digit(v[k - 2].c) && first < n)
			k--;
		if ((w = word_back(v, n, &k)) >= n)
			return -1;
		if (!pm_cp_is_digit(v[w].c)) {
			if (!pm_cp_is_upper(v[w].c) && !function_word_at(v, n, w))
				return -1;
			first = w;
			continue;
		}
		if (first >= n)
			return -1;
		for (e = w; e < n && letter(v[e].c); e++)
			;
		for (j = 0; j < dl; j++)
			if (w + j >= e || v[w + j].c != (unsigned char)ac[d0 + j])
				return -1;
		for (j = w + dl; j < e && sl + 4 < sizeof suffix; j++)
			sl += pm_utf8_encode(v[j].c, suffix + sl);
		if (j < e || (sl && !pm_lex_word(&sfx, suffix, sl, NULL)))
			return -1;
		break;
	}
	if (words >= ln + 4)
		return -1;
	nl = acronym_letters(ac + l0, ln, letters, 40, false, NULL);
	if (nl >= 2)
		return initials_match(v, n, n, letters, nl) == (long)first ? (long)w : -1;
	return nl == 1 && v[first].f == letters[0] ? (long)w : -1;
}

/* Convention acronyms.dotted_segments: a short form of dotted parts,
 * each a capital and perhaps small letters that open one word of the
 * name, in another order than the name's ("Doctor of Philosophy
 * (Ph.D.)": Philosophiae Doctor, the Latin order; "Doctor of Philosophy
 * (D.Phil.)"): the capitalised content words right before the
 * parenthesis, as many as the parts, each opened by a different part
 * (function words between them give none). Part i may take word j when
 * bit j of used is clear. */
static bool parts_open_words(const ucp *v, const size_t *ws, size_t nw, const char *const *ps, const size_t *pl,
                             size_t i, unsigned used)
{
	size_t j, c;
	if (i == nw)
		return true;
	for (j = 0; j < nw; j++) {
		if (used & (1u << j))
			continue;
		for (c = 0; c < pl[i] && v[ws[j] + c].f == fold((unsigned char)ps[i][c]); c++)
			;
		if (c == pl[i] && parts_open_words(v, ws, nw, ps, pl, i + 1, used | (1u << j)))
			return true;
	}
	return false;
}

static long dotted_segments_start(const ucp *v, size_t n, const char *ac, size_t al)
{
	const char *ps[4];
	size_t pl[4], ws[4], np = 0, nw = 0, i = 0, k = n, w;
	while (i < al) {
		size_t b = i;
		if (np == 4 || !isupper((unsigned char)ac[i]))
			return -1;
		while (i < al && isalpha((unsigned char)ac[i]) && (i == b || islower((unsigned char)ac[i])))
			i++;
		if (i >= al || ac[i] != '.')
			return -1;
		ps[np] = ac + b;
		pl[np++] = i - b;
		i++;
	}
	if (np < 2)
		return -1;
	while (nw < np) {
		if ((w = word_back(v, n, &k)) >= n)
			return -1;
		if (function_word_at(v, n, w)) {
			if (!nw)
				return -1;
			continue;
		}
		if (!pm_cp_is_upper(v[w].c))
			return -1;
		ws[nw++] = w;
	}
	return parts_open_words(v, ws, nw, ps, pl, 0, 0) ? (long)ws[nw - 1] : -1;
}

/* "Long Form (ACR)": the long form ends where the parenthesis opens.
 * glossed: the parenthesis says the acronym is of another language ("FDA,
 * por sus siglas en inglés"), so its letters need not be the name's. */
static void long_before(acr_list *arr, const char *t, size_t popen, const char *ac, size_t al, bool glossed)
{
	size_t end = popen, from, n, k;
	int32_t letters[40];
	size_t nl;
	ucp *v;
	long st;
	bool dotted;
	/* spaces, a comma and closing quotes before the parenthesis:
	 * « Chief Information Officers » (CIO); the opening quote stops the
	 * match (sentence_stop), so the marks are none of the long form
	 * (convention acronyms.quoted_long_form) */
	for (;;) {
		if (end > 0 && (t[end - 1] == ' ' || t[end - 1] == ',' || t[end - 1] == '"'))
			end--;
		else if (end >= 2 && (unsigned char)t[end - 2] == 0xC2 &&
		         ((unsigned char)t[end - 1] == 0xBB || (unsigned char)t[end - 1] == 0xA0))
			end -= 2;
		else if (end >= 3 && (unsigned char)t[end - 3] == 0xE2 && (unsigned char)t[end - 2] == 0x80 &&
		         ((unsigned char)t[end - 1] == 0x9D || (unsigned char)t[end - 1] == 0x99 ||
		          (unsigned char)t[end - 1] == 0xAF || (unsigned char)t[end - 1] == 0x9C))
			end -= 3;
		else
			break;
	}
	/* acronyms.possessive: the long form as a name, without the
	 * possessive it carries in the sentence ("the National Science
	 * Foundation's (NSF) grant") */
	if (end >= 3 && t[end - 1] == 's' && t[end - 2] == '\'' && isalpha((unsigned char)t[end - 3]))
		end -= 2;
	else if (end >= 5 && t[end - 1] == 's' && (unsigned char)t[end - 4] == 0xE2 && (unsigned char)t[end - 3] == 0x80 &&
	         (unsigned char)t[end - 2] == 0x99 && isalpha((unsigned char)t[end - 5]))
		end -= 4;
	v = decode_before(t, end, 600, &from, &n);
	if (!v)
		return;
	nl = doubled_letters(ac, al, letters, 40, &dotted);
	if (nl) {
		st = initials_match(v, n, n, letters, nl);
		if (st >= 0)
			add_acronym(arr, ac, al, t + from + v[st].off, end - from - v[st].off);
		/* with its stops it is a doubled plural or nothing; without,
		 * it may be a name's letters each doubled ("AABB") */
		if (st >= 0 || dotted) {
			free(v);
			return;
		}
	}
	st = ordinal_figure_start(v, n, ac, al);
	if (st < 0)
		st = number_word_start(v, n, t + from, ac, al);
	if (st >= 0) {
		add_acronym(arr, ac, al, t + from + v[st].off, end - from - v[st].off);
		free(v);
		return;
	}
	/* the whole acronym, then without a suffix ("SOGEPA SN"); each with
	 * its figures counting the letter before them, then without */
	for (k = 0; k < 4; k++) {
		size_t use = al;
		bool counted = false;
		if (k & 1) {
			const char *sp = memchr(ac, ' ', al);
			if (!sp)
				continue;
			use = (size_t)(sp - ac);
		}
		nl = acronym_letters(ac, use, letters, 40, k < 2, &counted);
		if (nl < 2 || (k < 2 && !counted))
			continue;
		bool by_initials;
		size_t cut = n;
		st = initials_match(v, n, n, letters, nl);
		if (st < 0)
			st = trailing_words(v, n, letters, nl, &cut);
		by_initials = st >= 0;
		/* acronyms.two_letters: two letters found inside words are
		 * chance, not a definition: a country or language code after
		 * a name ("National Cancer Institute (US)", "Macmillan (UK)")
		 * finds a U and an S somewhere; two words' initials ("Reality
		 * Labs (RL)", "odds ratio (OR)") are one; a figure makes it
		 * a name of its own ("K3V") */
		if (st < 0 && (nl > 2 || use > 2)) {
			st = sh_match(v, n, n, letters, nl);
			if (st >= 0 && idle_small_word(v, n, (size_t)st, letters, nl))
				st = -1;
		}
		if (st >= 0 && content_words(v, n, (size_t)st, n) <= (nl + 5 < 2 * nl ? nl + 5 : 2 * nl) + 1) {
			size_t s2 = extend_head(v, n, (size_t)st);
			if (!by_initials && s2 == (size_t)st)
				s2 = extend_name(v, n, s2);
			/* acronyms.digit_word: a leading figure that counts
			 * nothing is the name's first word ("Third Generation
			 * Partnership Project (3GPP)", "Drei Länder ... (3LRV)") */
			if (k >= 2 && isdigit((unsigned char)ac[0]) && s2 == (size_t)st)
				s2 = word_before(v, n, s2);
			add_acronym(arr, ac, al, t + from + v[s2].off, (cut < n ? v[cut].off : end - from) - v[s2].off);
			free(v);
			return;
		}
	}
	st = dotted_segments_start(v, n, ac, al);
	if (st >= 0) {
		add_acronym(arr, ac, al, t + from + v[st].off, end - from - v[st].off);
		free(v);
		return;
	}
	/* acronyms.translated: the whole capitalised name before it */
	if (glossed) {
		size_t s2 = name_start(v, n);
		if (s2 < n && content_words(v, n, s2, n) >= 2)
			add_acronym(arr, ac, al, t + from + v[s2].off, end - from - v[s2].off);
	}
	free(v);
}

/* acronyms.mixed_case the other way round: "Hesco (Harwick Educational,
 * Scientific and Cultural Organization)": the parenthesis' words, all of
 * them, give the short form's letters as before a parenthesis. */
static void inside_mixed_case(acr_list *arr, const char *ac, size_t acl, const char *in, size_t inl)
{
	size_t n, k, ws[14], nw = 0, nsh = 0;
	int32_t sh[12];
	ucp *v = decode(in, inl, &n);
	if (!v)
		return;
	for (k = 0; k < acl && nsh < 12; k++)
		sh[nsh++] = fold((unsigned char)ac[k]);
	for (k = 0; k < n && nw < 14; k++) {
		if (!(letter(v[k].c) || v[k].c == ' ' || v[k].c == ',' || v[k].c == '-' || is_apos(v[k].c)))
			break;
		if (letter(v[k].c) && (k == 0 || !letter(v[k - 1].c)))
			ws[nw++] = k;
	}
	if (k == n && nw >= 3 && pm_cp_is_upper(v[0].c) && v[0].f == sh[0] &&
	    mixed_split(v, n, ws, nw, 0, sh, nsh, 0, 0, 0, 0))
		add_acronym(arr, ac, acl, in, inl);
	free(v);
}

/* acronyms.long_after: a remark after the long form in its parenthesis,
 * past a comma or a semicolon ("HRCT (Harwick River Conservation Trust,
 * founded in 1990)", "SIVB (Syndicat …, créé en 1992)"), is none of it:
 * the first stretch before one whose words' initials spell the acronym,
 * only function words before them, is the long form; the length of in
 * otherwise. */
static size_t inside_remark_cut(const char *in, size_t inl, const int32_t *letters, size_t nl)
{
	size_t c;
	for (c = 1; c + 1 < inl; c++) {
		size_t n, k;
		long m;
		bool ok;
		ucp *v;
		if ((in[c] != ',' && in[c] != ';') || in[c + 1] != ' ')
			continue;
		v = decode(in, c, &n);
		if (!v)
			return inl;
		m = initials_match(v, n, n, letters, nl);
		for (ok = m >= 0, k = 0; ok && k < (size_t)m; k++)
			if (word_start(v, k) && !function_word_at(v, n, k))
				ok = false;
		free(v);
		if (ok)
			return c;
	}
	return inl;
}

/* "ACR (Long Form)": the parenthesis holds the whole long form, apart from
 * a leading article. */
static void long_inside(acr_list *arr, const char *t, size_t popen, const char *in, size_t inl)
{
	size_t end = popen, st, n, k0;
	int32_t letters[40];
	size_t nl;
	ucp *v;
	long m;
	while (end > 0 && t[end - 1] == ' ')
		end--;
	st = end;
	while (st > 0 && t[st - 1] != ' ' && t[st - 1] != '(' && t[st - 1] != '\'' && t[st - 1] != '"' &&
	       !(st >= 3 && (!memcmp(t + st - 3, "\xE2\x80\x99", 3) || !memcmp(t + st - 3, "\xE2\x80\x9C", 3))))
		st--;
	/* acronyms.stands_for in the parenthesis: "HVTA (short for
	 * Harwick Valley Transit Authority)", "(which stands for …)" */
	k0 = pm_lex_opens(PM_LEX_ACRONYM_STANDS_FOR, in);
	if (k0 && k0 < inl && in[k0] == ' ') {
		while (k0 < inl && in[k0] == ' ')
			k0++;
		in += k0;
		inl -= k0;
	}
	if (end > st && !acronym_ok(t + st, end - st) && syllabic_ok(t + st, end - st)) {
		inside_mixed_case(arr, t + st, end - st, in, inl);
		return;
	}
	/* trailing punctuation of the acronym word */
	if (end <= st || !acronym_ok(t + st, end - st))
		return;
	nl = acronym_letters(t + st, end - st, letters, 40, false, NULL);
	inl = inside_remark_cut(in, inl, letters, nl);
	{
		char *inner = pm_strndup(in, inl), *acr = pm_strndup(t + st, end - st);
		size_t w = inner ? nz_words(inner) : 0;
		/* one word only when a compound (acronyms.compound_word) */
		bool one = w == 1 && acr && compound_word(inner, acr);
		free(inner);
		free(acr);
		if (nl < 2 || (w < 2 && !one) || w > 3 * nl + 4)
			return;
	}
	v = decode(in, inl, &n);
	if (!v)
		return;
	/* acronyms.repeated_letter here too: the words' initials first
	 * ("AARP (American Association of Retired Persons)") */
	m = initials_match(v, n, n, letters, nl);
	if (m < 0)
		m = sh_match(v, n, n, letters, nl);
	if (m >= 0) {
		/* only function words may stand before the long form */
		size_t k;
		bool ok = true;
		for (k = 0; k < (size_t)m; k++)
			if (word_start(v, k) && !function_word_at(v, n, k))
				ok = false;
		if (ok && content_words(v, n, (size_t)m, n) <= 2 * nl + 2)
			add_acronym(arr, t + st, end - st, in + v[m].off, inl - v[m].off);
	} else {
		/* "IoT (Internet das Coisas)": a mixed-case acronym kept from
		 * another language, glossed in this one. Its letters need not
		 * match; its first letter opens the gloss, whose words are at
		 * most twice its letters and start with a capital. */
		size_t k, low = 0;
		for (k = st; k < end; k++)
			if (islower((unsigned char)t[k]))
				low++;
		if (low && low < end - st && tolower((unsigned char)t[st]) == tolower((unsigned char)in[0]) &&
		    isupper((unsigned char)in[0])) {
			char *inner = pm_strndup(in, inl);
			size_t w = inner ? nz_words(inner) : 0;
			free(inner);
			if (w >= 2 && w <= 2 * nl + 1)
				add_acronym(arr, t + st, end - st, in, inl);
		} else if (!low) {
			/* acronyms.translated: "FIBRA (Brazilian International
			 * Front against the Coup)", an acronym of another
			 * language glossed in this one: a name whose content
			 * words are all capitalised, three to the acronym's
			 * letters and two more, no figure; the same words'
			 * initials in another order, so most of them are among
			 * the acronym's letters */
			size_t k2, words = 0, hits = 0, first = n;
			bool ok = true;
			for (k2 = 0; k2 < n && ok; k2++) {
				size_t j;
				if (pm_cp_is_digit(v[k2].c) || (!letter(v[k2].c) && v[k2].c != ' ' && v[k2].c != '-' &&
				                                  !is_apos(v[k2].c)))
					ok = false;
				if (!ok || !word_start(v, k2) || (k2 > 0 && v[k2 - 1].c == '-') || function_word_at(v, n, k2))
					continue;
				if (!pm_cp_is_upper(v[k2].c))
					ok = false;
				if (first == n)
					first = k2;
				words++;
				for (j = 0; j < nl; j++)
					if (letters[j] == v[k2].f) {
						hits++;
						break;
					}
			}
			if (ok && words >= 3 && words <= nl + 2 && hits >= 2 && 2 * hits >= words && first < n)
				add_acronym(arr, t + st, end - st, in + v[first].off, inl - v[first].off);
		}
	}
	free(v);
}

/* Convention acronyms.cjk_long_form: Japanese, Chinese and Korean text
 * defines a Latin acronym after a long form in its own script, in ASCII
 * or full-width parentheses ("一般社団法人地域移動研究機構（RMRO）",
 * "해양플라스틱저감센터(MPRC)가"): the letters cannot be matched, so the
 * long form is the run of the script against the parenthesis. In
 * Japanese the run of kanji and katakana (with "ー" and "々"), which a
 * particle in hiragana, a Japanese comma or stop, a bracket or a space
 * before it ends; in Korean the syllables glued to the parenthesis, back
 * to the space before them (a Korean name of several spaced words is left:
 * which of them it spans cannot be told). At least four characters, and
 * an acronym of three letters or more: two Latin letters in parentheses
 * after a common word gloss it as often as they name a body ("홈페이지(PC)",
 * "テレビ(TV)"), and no letter can be checked against the long form. */
static bool kanji_kata(int32_t c)
{
	return (c >= 0x30A0 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	       c == 0x3005;
}

static bool cjk_run_stop(int32_t c)
{
	return (c >= 0x3040 && c <= 0x309F) || c == 0x3001 || c == 0x3002 || c == 0x300C || c == 0x300E ||
	       c == 0xFF08 || c == ' ' || c == '(';
}

static void long_before_cjk(acr_list *arr, const char *t, size_t popen, const char *ac, size_t al)
{
	size_t st = popen, prev;
	int32_t c = nz_last_cp_n(t, popen);
	bool hangul = pm_cp_is_hangul(c);
	if (al < 3 || (!hangul && !kanji_kata(c)))
		return;
	while (st > 0) {
		prev = st - 1;
		while (prev > 0 && ((unsigned char)t[prev] & 0xC0) == 0x80)
			prev--;
		pm_utf8_decode((const unsigned char *)t + prev, st - prev, &c);
		if (hangul ? !pm_cp_is_hangul(c) : !kanji_kata(c))
			break;
		st = prev;
	}
	/* the run must be ended by a word's edge, not by a Latin letter or a
	 * digit glued to it */
	if (st > 0) {
		c = nz_last_cp_n(t, st);
		if (hangul ? c != ' ' && !nz_ends_sentence_cp(c) && c != ',' : !cjk_run_stop(c))
			return;
	}
	add_acronym(arr, ac, al, t + st, popen - st);
}

/* Convention acronyms.th_dotted: Thai abbreviates a name by some of its
 * consonants, each group closed by a point ("อบต." for
 * องค์การบริหารส่วนตำบล, "ธ.ก.ส.", "รพ.สต."), and defines it in
 * parentheses after the long form, mostly with a space before them
 * ("กรุงเทพมหานคร (กทม.)"); a Latin acronym after a Thai name is
 * defined alike ("… (NSTDA)", acronyms.cjk_long_form). The long form is
 * the run of Thai letters before the parenthesis, back to a space: Thai
 * writes no spaces between words, a space ends a clause. A Thai short form
 * is checked as Latin ones are: its letters are consonants of the long form,
 * in order, the first one its first consonant (past a vowel written before
 * it, U+0E40-U+0E44). */
static bool thai_letter(int32_t c)
{
	return c >= 0x0E01 && c <= 0x0E4E && c != 0x0E2F && c != 0x0E3F;
}

static bool thai_consonant(int32_t c)
{
	return c >= 0x0E01 && c <= 0x0E2E;
}

/* A Thai abbreviation: groups of one to four Thai letters, each closed by
 * a point, two letters at least. */
static bool thai_short_ok(const char *s, size_t n)
{
	size_t i = 0, group = 0, letters = 0;
	while (i < n) {
		int32_t c;
		size_t l = pm_utf8_decode((const unsigned char *)s + i, n - i, &c);
		if (thai_letter(c)) {
			if (++group > 4)
				return false;
			letters++;
		} else if (c == '.' && group > 0) {
			group = 0;
		} else {
			return false;
		}
		i += l;
	}
	return group == 0 && letters >= 2 && thai_consonant(nz_first_cp(s));
}

static bool thai_letters_in(const char *sh, size_t sn, const char *lo, size_t ln)
{
	size_t i = 0, j = 0;
	int32_t c, d = 0;
	bool first = true;
	while (i < sn) {
		i += pm_utf8_decode((const unsigned char *)sh + i, sn - i, &c);
		if (!thai_consonant(c))
			continue;
		for (;;) {
			if (j >= ln)
				return false;
			j += pm_utf8_decode((const unsigned char *)lo + j, ln - j, &d);
			if (first && d >= 0x0E40 && d <= 0x0E44)
				continue; /* a vowel written before its consonant */
			if (d == c)
				break;
			if (first)
				return false;
		}
		first = false;
	}
	return true;
}

/* The start of the run of letters of one script that ends at end in t:
 * the text's characters read backwards while is_letter holds. */
static size_t script_run_start(const char *t, size_t end, bool (*is_letter)(int32_t))
{
	size_t st = end;
	while (st > 0) {
		size_t prev = st - 1;
		int32_t c;
		while (prev > 0 && ((unsigned char)t[prev] & 0xC0) == 0x80)
			prev--;
		pm_utf8_decode((const unsigned char *)t + prev, st - prev, &c);
		if (!is_letter(c))
			break;
		st = prev;
	}
	return st;
}

static void long_before_thai(acr_list *arr, const char *t, size_t pe, const char *ac, size_t al, bool thai)
{
	size_t st = script_run_start(t, pe, thai_letter);
	if (st > 0 && t[st - 1] != ' ' && t[st - 1] != '"' && !nz_ends_sentence_cp(nz_last_cp_n(t, st)))
		return;
	if (pe - st < 4 * 3 || (thai ? !thai_letters_in(ac, al, t + st, pe - st) : al < 3))
		return;
	add_acronym(arr, ac, al, t + st, pe - st);
}

/* Convention acronyms.arabic_long_form: Arabic text names a body in
 * Arabic and gives its Latin acronym in parentheses ("الهيئة العامة
 * لموانئ الشمال (GNPA)"). The letters cannot be matched; the long form is
 * as many Arabic words, back from the parenthesis, as the acronym has
 * capitals: an Arabic name renders the name it abbreviates word for
 * word, its articles and prepositions joined to the words ("للتنمية" is
 * "for Development", "والزراعة" "and Agriculture"). Every word must be
 * Arabic and the run unbroken by punctuation; an acronym with small
 * letters (a plural "s", "IoT") gives no count to trust, nor do more than
 * eight capitals. */
static bool arabic_letter(int32_t c)
{
	return (c >= 0x620 && c <= 0x652) || (c >= 0x66E && c <= 0x6D3);
}

static void long_before_arabic(acr_list *arr, const char *t, size_t popen, const char *ac, size_t al)
{
	size_t end = popen, st, caps = 0, words = 0, i;
	for (i = 0; i < al; i++) {
		if (islower((unsigned char)ac[i]) || (unsigned char)ac[i] >= 0x80)
			return;
		caps += isupper((unsigned char)ac[i]) ? 1 : 0;
	}
	if (caps < 2 || caps > 8)
		return;
	while (end > 0 && t[end - 1] == ' ')
		end--;
	st = end;
	for (;;) {
		size_t w = script_run_start(t, st, arabic_letter);
		if (w == st)
			return; /* no Arabic word there */
		st = w;
		if (++words == caps)
			break;
		if (st == 0 || t[st - 1] != ' ')
			return;
		while (st > 0 && t[st - 1] == ' ')
			st--;
	}
	add_acronym(arr, ac, al, t + st, end - st);
}

/* Convention acronyms.paren_lead: the parenthesis may open with words
 * that define what follows, not part of it: an article ("(the HBG)"), a
 * formula ([acronym_leads]: "(hereinafter “HBG”)", "(kurz: KWG)", "(en
 * adelante, CRAV)", "(por sus siglas en inglés, FDA)"), then a colon or
 * a comma. *a moves past them, and past quotation marks. */
static bool skip_lead(const char **a, const char **b)
{
	size_t l = (size_t)(*b - *a);
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t k = pm_lex_opens(PM_LEX_ACRONYM_LEADS, *a);
	bool lead = k > 0 && k < l;
	if (!k && pm_lex_prefix(&art, *a, l, &m) && m.len < l && (*a)[m.len] == ' ')
		k = m.len;
	/* acronyms.or_paren: the language's "or" ([acronym_or]) opening the
	 * parenthesis ("(or HVTA)", "(ou SIVB)", "(bzw. HWV)") names the
	 * same body again: the letters are still the long form's */
	if (!k && (k = pm_lex_opens(PM_LEX_ACRONYM_OR, *a)) > 0 && (k >= l || (*a)[k] != ' '))
		k = 0;
	if (!k || k >= l)
		return false;
	for (;;) {
		if (k < l && ((*a)[k] == ' ' || (*a)[k] == ':' || (*a)[k] == ','))
			k++;
		/* the ideographic comma and the full-width colon and comma
		 * ("（以下、NTRI）", "（简称：NTRI）") */
		else if (k + 3 <= l && (!memcmp(*a + k, "\xE3\x80\x81", 3) || !memcmp(*a + k, "\xEF\xBC\x9A", 3) ||
		                        !memcmp(*a + k, "\xEF\xBC\x8C", 3)))
			k += 3;
		else
			break;
	}
	/* and an article after the formula ("(hereinafter, the “HVTA”)",
	 * "(en adelante, la AAVP)", "(ci-après le « SIVB »)") */
	if (lead && k < l && pm_lex_prefix(&art, *a + k, l - k, &m) && k + m.len < l && (*a)[k + m.len] == ' ')
		for (k += m.len; k < l && (*a)[k] == ' '; k++)
			;
	if (k >= l)
		return false;
	*a += k;
	strip_quotes(a, b);
	return lead;
}

/* Convention acronyms.paren_remark: the acronym, then a comma or a
 * semicolon and a remark ("(HBG, founded in 1871)", "(FDA, por sus siglas
 * en inglés)"): the acronym is what stands before it. */
static bool cut_remark(const char *a, const char **b)
{
	const char *c = a, *r, *e, *q = a;
	size_t k;
	/* acronyms.paren_trail: words after the acronym that say it is the
	 * name used from now on ([acronym_trails]: "(„HWV“ genannt)", "(HVTA
	 * for short)", "(ARP por sus siglas en inglés)") */
	for (c = a; c < *b; c++)
		if (*c == ' ' && (k = pm_lex_opens(PM_LEX_ACRONYM_TRAILS, c + 1)) && c + 1 + k == *b) {
			for (e = c; e > a && (e[-1] == ' ' || e[-1] == ','); e--)
				;
			strip_quotes(&q, &e);
			if (q == a && e > a && acronym_ok(a, (size_t)(e - a))) {
				*b = e;
				return true;
			}
			q = a;
			break;
		}
	c = a;
	/* acronyms.or_defined_term: the acronym, then "or" and another name
	 * for the same body ("(“HHL” or the “Company”)", "(PHA or the
	 * Alliance)", "(« SIVB » ou le « Syndicat »)"; [acronym_or]): the
	 * acronym is what stands before the "or" */
	while (c < *b && *c != ',' && *c != ';' &&
	       !(*c == ' ' && (k = pm_lex_opens(PM_LEX_ACRONYM_OR, c + 1)) && c + 1 + k < *b && c[1 + k] == ' '))
		c++;
	/* French sets a space before the semicolon */
	for (e = c; e > a && e[-1] == ' '; e--)
		;
	/* the acronym's own quotation marks */
	strip_quotes(&q, &e);
	if (q != a)
		return false;
	if (c >= *b || e == a || !acronym_ok(a, (size_t)(e - a)))
		return false;
	for (r = c + 1; r < *b && *r == ' '; r++)
		;
	*b = e;
	return pm_lex_opens(PM_LEX_ACRONYM_LEADS, r) > 0;
}

/* Convention acronyms.or_apposition: "the Harwick Valley Transit
 * Authority, or HVTA, will ...", "le Syndicat ..., ou SIVB, engage":
 * the long form, a comma or a dash, the language's "or" ([acronym_or]),
 * the acronym in capitals, then a comma, a dash or the sentence's end.
 * The long form is found as before a parenthesis; a word in capitals
 * that goes on into the sentence ("or FRIDAY at the latest") is none. */
static void or_apposition(acr_list *al, const char *t)
{
	const char *p;
	for (p = t; *p; p++) {
		size_t sep = 0, k;
		const char *q, *a, *r;
		/* a byte test first: this loop visits every byte of the text */
		if (*p == ',')
			sep = 1;
		else if (*p != ' ')
			continue;
		else if ((unsigned char)p[1] == 0xE2 && (!strncmp(p, " \xE2\x80\x93", 4) || !strncmp(p, " \xE2\x80\x94", 4)))
			sep = 4;
		else if (p[1] == '-' && p[2] == ' ')
			sep = 2;
		if (!sep || p[sep] != ' ')
			continue;
		for (q = p + sep; *q == ' '; q++)
			;
		k = pm_lex_opens(PM_LEX_ACRONYM_OR, q);
		if (!k || q[k] != ' ')
			continue;
		for (q += k; *q == ' '; q++)
			;
		a = q;
		while (*q && *q != ' ' && *q != ',' && *q != ';' && *q != ')' && !(*q == '.' && (q[1] == ' ' || !q[1])))
			q++;
		for (r = q; *r == ' '; r++)
			;
		if (!(*r == ',' || *r == ';' || *r == ')' || *r == '.' || !*r || !strncmp(r, "\xE2\x80\x93", 3) ||
		      !strncmp(r, "\xE2\x80\x94", 3) || (*r == '-' && r[1] == ' ')))
			continue;
		if (q > a && isupper((unsigned char)*a) && acronym_ok(a, (size_t)(q - a)))
			long_before(al, t, (size_t)(p - t), a, (size_t)(q - a), false);
	}
}

/* The long form that opens v[0..n) when its words' initials spell the
 * acronym a[0..al) word for word, as in a sentence that says what it
 * stands for: the function words before it and between its words give no
 * letter, and it ends with the word of the last letter (*first, *end in
 * code points). Tried with every letter, then with the function words
 * that give the next letter taking it ("DOR": "Department of Rivers"),
 * then with the capitals only (a plural's "s", "UdAV"). */
static bool initials_forward(const ucp *v, size_t n, const char *a, size_t al, size_t *first, size_t *end)
{
	int32_t letters[40];
	size_t pass, all = acronym_letters(a, al, letters, 40, false, NULL);
	for (pass = 0; pass < 3; pass++) {
		size_t nl = all, li = 0, i, j;
		if (pass == 2) {
			for (nl = 0, j = 0; j < al && nl < 40; j++)
				if (isupper((unsigned char)a[j]))
					letters[nl++] = fold((unsigned char)a[j]);
			if (nl == all)
				return false;
		}
		if (nl < 2)
			return false;
		for (i = 0; i < n && li < nl; i++) {
			if (!word_start(v, i))
				continue;
			if (function_word_at(v, n, i) && !(pass == 1 && li > 0 && v[i].f == letters[li]))
				continue;
			if (v[i].f != letters[li])
				break;
			if (li++ == 0)
				*first = i;
		}
		if (li == nl) {
			while (i < n && letter(v[i].c))
				i++;
			*end = i;
			return true;
		}
	}
	return false;
}

/* Convention acronyms.apposition_after: the acronym first, then its long
 * form set off by a dash, a colon or a comma, not in parentheses ("the
 * HRCT – Harwick River Conservation Trust – plants", "HRCT, the Harwick
 * River Conservation Trust, said", "la APAV, la Asociación de ...",
 * "L'ARVP – Association des Riverains ... –"; a list of abbreviations,
 * "HRCT: Harwick River Conservation Trust"). Nothing marks it but the
 * words: their initials must spell the acronym word for word
 * (initials_forward), an article or other function words only before
 * them, and the long form must end where the apposition does (a comma,
 * a dash, a stop, a parenthesis or the block's end), so that words that
 * go on into the sentence define nothing. After a comma, which also
 * separates the items of a list ("HP, Harwick Press, and ..."), it takes
 * three letters at least and an article or capitalised words. */
static bool apposition_end(const char *r)
{
	while (*r == ' ')
		r++;
	return !*r || *r == ',' || *r == ';' || *r == '.' || *r == ')' || *r == ':' || *r == '!' || *r == '?' ||
	       *r == '\n' || !strncmp(r, "\xE2\x80\x93", 3) || !strncmp(r, "\xE2\x80\x94", 3) ||
	       (*r == '-' && r[1] == ' ');
}

/* The long form of a line of a list of abbreviations: a name, not a
 * sentence: its content words capitalised, no more of them than the
 * acronym has letters; and not a heading in capitals ("ASSIGNMENT: EARN
 * MEDIA ...", acronyms.shouted). */
static bool list_name(const ucp *v, size_t n, const char *a, size_t al)
{
	size_t words = 0, small = 0, k;
	int32_t letters[40];
	bool named = true;
	for (k = 0; k < n; k++) {
		if (word_start(v, k) && !function_word_at(v, n, k) && (k == 0 || v[k - 1].c != '-'))
			words++, named = named && pm_cp_is_upper(v[k].c);
		small += pm_cp_is_lower(v[k].c) ? 1 : 0;
	}
	return named && small && words <= acronym_letters(a, al, letters, 40, false, NULL);
}

static void apposition_after(acr_list *al, const char *t)
{
	const char *p;
	for (p = t; *p; p++) {
		const char *e = p, *a, *ph;
		size_t n, first = 0, end = 0, pl, k;
		bool comma = false, caps = true;
		int32_t letters[40];
		ucp *v;
		/* a byte test first: this loop visits every byte of the text */
		if ((*p == ',' || *p == ':') && p[1] == ' ')
			ph = p + 2, comma = *p == ',';
		else if (*p == ' ' && p[1] == '-' && p[2] == ' ')
			ph = p + 3;
		else if ((unsigned char)*p == 0xE2 && (!strncmp(p, "\xE2\x80\x93", 3) || !strncmp(p, "\xE2\x80\x94", 3)))
			ph = p + 3;
		else if (*p == ' ' && (!strncmp(p + 1, "\xE2\x80\x93", 3) || !strncmp(p + 1, "\xE2\x80\x94", 3)))
			ph = p + 4;
		else
			continue;
		/* the acronym right before, back to a space, a bracket, a
		 * quotation mark or an elision's apostrophe */
		for (a = e; a > t; ) {
			const char *b = a - 1;
			int32_t c;
			while (b > t && ((unsigned char)*b & 0xC0) == 0x80)
				b--;
			pm_utf8_decode((const unsigned char *)b, (size_t)(a - b), &c);
			if (!(letter(c) || c == '&' || c == '-' || c == '/' || c == '.' || c == '+'))
				break;
			a = b;
		}
		if (e <= a || !pm_cp_is_upper(nz_first_cp(a)) || !acronym_ok(a, (size_t)(e - a)))
			continue;
		while (*ph == ' ')
			ph++;
		pl = strcspn(ph, ".;:()\n");
		v = decode(ph, pl, &n);
		if (!v)
			continue;
		/* a line of a list of abbreviations, "HWV: Hollstätter
		 * Wasserverband": the rest of the block is the long form, read
		 * as in a parenthesis after the acronym (acronyms.long_after),
		 * letters inside compounds included */
		if (a == t && !comma && !ph[pl] && list_name(v, n, a, (size_t)(e - a)))
			long_inside(al, t, (size_t)(e - t), ph, pl);
		/* then the apposition (after a list line read so, its definition
		 * stays the first) */
		if (initials_forward(v, n, a, (size_t)(e - a), &first, &end) &&
		    apposition_end(ph + (end < n ? v[end].off : pl))) {
			for (k = first; k < end; k++)
				if (word_start(v, k) && !function_word_at(v, n, k) && !pm_cp_is_upper(v[k].c))
					caps = false;
			if (!comma || (acronym_letters(a, (size_t)(e - a), letters, 40, false, NULL) >= 3 && (first > 0 || caps)))
				add_acronym(al, a, (size_t)(e - a), ph + v[first].off,
				            (end < n ? v[end].off : pl) - v[first].off);
		}
		free(v);
	}
}

/* Convention acronyms.stands_for: the acronym, then words saying what it
 * stands for ([acronym_stands_for]: "TRAIL, which stands for Teens
 * Restoring ...", "PACE is short for", "la RAVH, siglas de", "le PAVE,
 * acronyme de", "KLAR steht für"), then the long form: its words'
 * initials spell the acronym, function words aside, and it ends with the
 * word of the last letter; a full stop, a semicolon, a colon or a
 * parenthesis before that defines nothing. */
static void stands_for(acr_list *al, const char *t)
{
	const char *p;
	for (p = t; *p; p++) {
		size_t k, n, i, nl, pl, first = 0;
		const char *e, *a, *ph;
		int32_t letters[40];
		ucp *v;
		if (p > t && p[-1] != ' ')
			continue;
		k = pm_lex_opens(PM_LEX_ACRONYM_STANDS_FOR, p);
		if (!k || p[k] != ' ')
			continue;
		/* the acronym before it, a comma between allowed */
		for (e = p; e > t && e[-1] == ' '; e--)
			;
		if (e > t && e[-1] == ',')
			e--;
		for (a = e; a > t && a[-1] != ' ' && a[-1] != '(' && a[-1] != '"'; a--)
			;
		if (e <= a || !isupper((unsigned char)*a) || !acronym_ok(a, (size_t)(e - a)))
			continue;
		nl = acronym_letters(a, (size_t)(e - a), letters, 40, false, NULL);
		if (nl < 2)
			continue;
		for (ph = p + k; *ph == ' ' || *ph == ':'; ph++)
			;
		pl = strcspn(ph, ".;:()\n");
		v = decode(ph, pl, &n);
		if (!v)
			continue;
		/* the long form opens with its first content word (past an
		 * article: "stands for the ...") */
		if (initials_forward(v, n, a, (size_t)(e - a), &first, &i))
			add_acronym(al, a, (size_t)(e - a), ph + v[first].off, (i < n ? v[i].off : pl) - v[first].off);
		free(v);
	}
}

/* The word that ends at v[*k] (spaces before *k passed over), walking
 * back: its start, *k moved there; n when there is none (the text's
 * start, or punctuation). */
static size_t word_back(const ucp *v, size_t n, size_t *k)
{
	size_t w;
	while (*k > 0 && v[*k - 1].c == ' ')
		(*k)--;
	if (*k == 0 || !letter(v[*k - 1].c))
		return n;
	for (w = *k; w > 0 && letter(v[w - 1].c); w--)
		;
	*k = w;
	return w;
}

/* Convention acronyms.syllabic: a short form made of the first syllables
 * of the name's words ("Mercado Común del Sur (Mercosur)", "Gerda Wolters
 * Backwaren (Gewoba)"), written as a word: a capital then small letters.
 * Each of three to six capitalised words before the parenthesis gives a
 * non-empty start of itself, in order, the first two letters at least,
 * and together they spell the short form; the small function words
 * between them give none. A nickname after a person's name ("(Zeca)") spells
 * nothing of it. */
static bool syllabic_ok(const char *s, size_t n)
{
	size_t i;
	if (n < 4 || n > 12 || !isupper((unsigned char)s[0]))
		return false;
	for (i = 1; i < n; i++)
		if (!islower((unsigned char)s[i]))
			return false;
	return true;
}

static bool syllables_split(const ucp *v, size_t n, const size_t *ws, size_t nw, const int32_t *sh, size_t sn,
                            size_t si)
{
	size_t k;
	if (!nw)
		return si == sn;
	for (k = 0; ws[0] + k < n && letter(v[ws[0] + k].c) && si + k < sn && v[ws[0] + k].f == sh[si + k]; k++)
		if ((si > 0 || k >= 1) && syllables_split(v, n, ws + 1, nw - 1, sh, sn, si + k + 1))
			return true;
	return false;
}

/* What a short form written as a word (acronyms.syllabic,
 * acronyms.mixed_case) is matched on: its letters folded into sh (twelve
 * at most), and the text before the parenthesis at popen decoded, the
 * spaces before it passed over (*end). */
static ucp *word_form_before(const char *t, size_t popen, const char *ac, size_t acl, int32_t *sh, size_t *nsh,
                             size_t *end, size_t *from, size_t *n)
{
	size_t k;
	*end = popen;
	while (*end > 0 && t[*end - 1] == ' ')
		(*end)--;
	for (*nsh = 0, k = 0; k < acl && *nsh < 12; k++)
		sh[(*nsh)++] = fold((unsigned char)ac[k]);
	return decode_before(t, *end, 300, from, n);
}

static void long_syllabic(acr_list *al, const char *t, size_t popen, const char *ac, size_t acl)
{
	size_t end, from, n, k, ws[6], nw = 0, nsh, kw;
	int32_t sh[12];
	ucp *v = word_form_before(t, popen, ac, acl, sh, &nsh, &end, &from, &n);
	if (!v)
		return;
	/* the content words before the parenthesis, nearest first */
	k = n;
	while (nw < 6) {
		size_t w = word_back(v, n, &k);
		if (w == n)
			break;
		/* a capitalised word is the name's, even one that is a small
		 * word in some language ("Sur", "Vale") */
		if (pm_cp_is_upper(v[w].c))
			ws[nw++] = w;
		else if (!function_word_at(v, n, w))
			break;
	}
	for (kw = 3; kw <= nw; kw++) {
		size_t order[6], i;
		for (i = 0; i < kw; i++)
			order[i] = ws[kw - 1 - i];
		if (syllables_split(v, n, order, kw, sh, nsh, 0)) {
			add_acronym(al, ac, acl, t + from + v[order[0]].off, end - from - v[order[0]].off);
			break;
		}
	}
	free(v);
}

/* Convention acronyms.camel_clipping: a short form made of the clipped
 * words of the name, each part opened by a capital ("educational
 * technology (EdTech)", "financial technology (FinTech)", "Harwick
 * Medical Technology (MedTech)"): as many words before
 * the parenthesis as the short form has capitals (small function words
 * between them give none), each beginning with its part, one part at
 * least clipped (a short form that repeats the words whole, "Data Hub
 * (DataHub)", is the name's spelling, not an abbreviation), each two
 * letters at least. */
static size_t camel_parts(const char *s, size_t n, size_t *at, size_t max)
{
	size_t i, parts = 0, low = 0;
	if (n < 4 || n > 16 || !isupper((unsigned char)s[0]))
		return 0;
	for (i = 0; i < n; i++) {
		if (isupper((unsigned char)s[i])) {
			if (i > 0 && isupper((unsigned char)s[i - 1]))
				return 0;
			if (parts == max)
				return 0;
			if (at)
				at[parts] = i;
			parts++;
		} else if (islower((unsigned char)s[i])) {
			low++;
		} else {
			return 0;
		}
	}
	/* every part two letters at least: "JaneD" is a name and an initial */
	for (i = 1; i < n; i++)
		if (isupper((unsigned char)s[i]) && (!islower((unsigned char)s[i - 1]) || i + 1 >= n ||
		                                     !islower((unsigned char)s[i + 1])))
			return 0;
	return parts >= 2 && low ? parts : 0;
}

static void long_camel(acr_list *al, const char *t, size_t popen, const char *ac, size_t acl)
{
	size_t end = popen, from, n, k, at[6], np, ws[6], nw = 0, i;
	bool clipped = false;
	ucp *v;
	np = camel_parts(ac, acl, at, 6);
	if (!np)
		return;
	while (end > 0 && t[end - 1] == ' ')
		end--;
	v = decode_before(t, end, 300, &from, &n);
	if (!v)
		return;
	/* the words before the parenthesis, nearest first, as many as parts */
	k = n;
	while (nw < np) {
		size_t w = word_back(v, n, &k);
		if (w == n)
			break;
		if (nw == 0 || !function_word_at(v, n, w))
			ws[nw++] = w;
	}
	for (i = 0; nw == np && i < np; i++) {
		size_t p0 = at[i], p1 = i + 1 < np ? at[i + 1] : acl, j, w = ws[np - 1 - i];
		for (j = 0; p0 + j < p1; j++)
			if (w + j >= n || !letter(v[w + j].c) || v[w + j].f != fold((unsigned char)ac[p0 + j]))
				break;
		if (p0 + j < p1)
			break;
		if (w + j < n && letter(v[w + j].c))
			clipped = true;
	}
	if (nw == np && i == np && clipped)
		add_acronym(al, ac, acl, t + from + v[ws[np - 1]].off, end - from - v[ws[np - 1]].off);
	free(v);
}

/* Convention acronyms.mixed_case: a short form written as a word, a
 * capital then small letters, whose letters are starts of the name's
 * words in order ("United Nations Educational, Scientific and Cultural
 * Organization (Unesco)", "Institut national de la santé et de la
 * recherche médicale (Inserm)", "Istituto nazionale di statistica
 * (Istat)"): the name's first and last words give one letter or more
 * each, a function word may give its first letters or none, and up to
 * two other words none ("national", "nazionale"). Two words at least
 * give letters, the name has three words at least and opens with a
 * capital, so a nickname after a person's name ("Maria Fernanda
 * (Mafe)") is none. */
static bool mixed_split(const ucp *v, size_t n, const size_t *ws, size_t nw, size_t i, const int32_t *sh, size_t sn,
                        size_t si, size_t skipped, size_t used, unsigned shape)
{
	size_t k;
	/* shape: 1, the first word gave one letter; 2, a word gave more.
	 * Both, and every content word giving some: a syllabic short form
	 * that breaks acronyms.syllabic's first two letters ("Mercado Común
	 * del Sur (Mcosur)"), none */
	if (i == nw)
		return si == sn && used >= 2 && !(shape == 3 && skipped == 0);
	if (i > 0 && i + 1 < nw) {
		if (function_word_at(v, n, ws[i])
		            ? mixed_split(v, n, ws, nw, i + 1, sh, sn, si, skipped, used, shape)
		            : skipped < 2 && mixed_split(v, n, ws, nw, i + 1, sh, sn, si, skipped + 1, used, shape))
			return true;
	}
	for (k = 0; ws[i] + k < n && letter(v[ws[i] + k].c) && si + k < sn && v[ws[i] + k].f == sh[si + k]; k++)
		if (mixed_split(v, n, ws, nw, i + 1, sh, sn, si + k + 1, skipped, used + 1,
		                shape | (k > 0 ? 2u : 0u) | (i == 0 && k == 0 ? 1u : 0u)))
			return true;
	return false;
}

static void long_mixed_case(acr_list *al, const char *t, size_t popen, const char *ac, size_t acl)
{
	size_t end, from, n, k, ws[14], nw = 0, nsh, j;
	int32_t sh[12];
	ucp *v = word_form_before(t, popen, ac, acl, sh, &nsh, &end, &from, &n);
	if (!v)
		return;
	/* the words before the parenthesis, nearest first, across commas,
	 * hyphens and elisions ("de l'Eau") */
	k = n;
	while (nw < 14) {
		size_t w;
		while (k > 0 && (v[k - 1].c == ' ' || v[k - 1].c == ',' || v[k - 1].c == '-' || is_apos(v[k - 1].c)))
			k--;
		if (k == 0 || !letter(v[k - 1].c) || (k < n && v[k].c != ' ' && v[k].c != ',' && v[k].c != '-' &&
		                                       !is_apos(v[k].c)))
			break;
		for (w = k; w > 0 && letter(v[w - 1].c); w--)
			;
		ws[nw++] = w;
		k = w;
	}
	/* the shortest name first: its first word nearest the parenthesis */
	for (j = 3; j <= nw; j++) {
		size_t order[14], i;
		if (!pm_cp_is_upper(v[ws[j - 1]].c) || v[ws[j - 1]].f != sh[0] || function_word_at(v, n, ws[j - 1]))
			continue;
		for (i = 0; i < j; i++)
			order[i] = ws[j - 1 - i];
		if (mixed_split(v, n, order, j, 0, sh, nsh, 0, 0, 0, 0)) {
			add_acronym(al, ac, acl, t + from + v[order[0]].off, end - from - v[order[0]].off);
			break;
		}
	}
	free(v);
}

/* The acronym a parenthesis holds, a[0..b) moved onto it: past quotation
 * marks, a lead (acronyms.paren_lead) and a remark after it
 * (acronyms.paren_remark); true when the parenthesis says the acronym
 * is of another language (acronyms.translated). */
/* acronyms.or_defined_term the other way round: a defined term, the
 * language's "or" ([acronym_or]) and the acronym last ("(the “Authority”
 * or “HVTA”)", "(le « Syndicat » ou « SIVB »)", "(the Company or PFC)"):
 * the acronym is what follows the "or". The term before it is one to
 * three words opened by a capital, past an article and quotation marks,
 * and no acronym itself ("(HIV or AIDS)" names two things). */
static bool or_term_first(const char **a, const char **b)
{
	pm_lex_query art = {PM_LEX_ARTICLES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	const char *c;
	size_t k;
	for (c = *a; c < *b; c++) {
		const char *s, *e, *ta = *a, *tb = c;
		size_t spaces = 0;
		int32_t c0;
		if (*c != ' ' || !(k = pm_lex_opens(PM_LEX_ACRONYM_OR, c + 1)) || c + 1 + k >= *b || c[1 + k] != ' ')
			continue;
		s = c + 1 + k;
		e = *b;
		strip_quotes(&s, &e);
		if (e <= s || memchr(s, ' ', (size_t)(e - s)) || !acronym_ok(s, (size_t)(e - s)))
			return false;
		if (pm_lex_prefix(&art, ta, (size_t)(tb - ta), &m) && ta + m.len < tb && ta[m.len] == ' ')
			ta += m.len;
		strip_quotes(&ta, &tb);
		if (tb <= ta || acronym_ok(ta, (size_t)(tb - ta)))
			return false;
		pm_utf8_decode((const unsigned char *)ta, (size_t)(tb - ta), &c0);
		for (const char *r = ta; r < tb; r++)
			spaces += *r == ' ';
		if (!pm_cp_is_upper(c0) || spaces > 2)
			return false;
		*a = s;
		*b = e;
		return true;
	}
	return false;
}

static bool paren_content(const char **a, const char **b)
{
	bool glossed = false;
	strip_quotes(a, b);
	if (*b > *a && !acronym_ok(*a, (size_t)(*b - *a))) {
		const char *a2 = *a, *b2 = *b;
		bool g = skip_lead(&a2, &b2);
		g = cut_remark(a2, &b2) || g;
		if (b2 > a2 && acronym_ok(a2, (size_t)(b2 - a2)))
			*a = a2, *b = b2, glossed = g;
		else if (a2 = *a, b2 = *b, or_term_first(&a2, &b2))
			*a = a2, *b = b2;
	}
	return glossed;
}

/* The text as the definitions are read from it, or NULL when it is t
 * itself:
 * - acronyms.note_mark: a note's number set in superscript digits glued
 *   to a word ("(PRDF¹)", "Growers Association² (HGA)") is no letter of the
 *   acronym nor a part of the long form: left out;
 * - acronyms.letter_spaced: an acronym set with its letters spaced, a
 *   space between each two capitals in the parenthesis ("(P R D F)"; a
 *   PDF's tracked capitals reach the text so, a space before the closing
 *   parenthesis too), three capitals at least: read closed up ("(PRDF)").
 * The record's text keeps them as written. */
static char *definition_text(const char *t)
{
	pm_buf b;
	const char *p = t, *kept = t; /* kept: the bytes before it are in b */
	bool changed = false;
	pm_buf_init(&b);
	/* most texts have neither form: nothing is copied until one is
	 * found, then the unchanged run before it in one piece */
	for (;;) {
		size_t k;
		/* only a parenthesis or a superscript's lead byte can start one */
		p += strcspn(p, "(\xC2\xE2");
		if (!*p)
			break;
		k = nz_superscript_digit(p);
		if (k && p > t && ((unsigned char)p[-1] >= 0x80 || isalpha((unsigned char)p[-1]))) {
			pm_buf_add(&b, kept, (size_t)(p - kept));
			while (k) {
				p += k;
				k = nz_superscript_digit(p);
			}
			kept = p;
			changed = true;
			continue;
		}
		if (*p == '(') {
			const char *q = p + 1;
			size_t caps = 0;
			int32_t c;
			size_t l;
			for (;;) {
				l = pm_utf8_decode((const unsigned char *)q, strnlen(q, 4), &c);
				if (!l || !pm_cp_is_upper(c))
					break;
				caps++;
				q += l;
				if (*q != ' ')
					break;
				q++;
			}
			if (caps >= 3 && (*q == ')' || (q[-1] == ' ' && q[0] == ')'))) {
				const char *r;
				pm_buf_add(&b, kept, (size_t)(p - kept));
				pm_buf_addc(&b, '(');
				for (r = p + 1; r < q; r++)
					if (*r != ' ')
						pm_buf_addc(&b, *r);
				pm_buf_addc(&b, ')');
				p = q + 1;
				kept = p;
				changed = true;
				continue;
			}
		}
		p++;
	}
	if (!changed) {
		pm_buf_free(&b);
		return NULL;
	}
	pm_buf_adds(&b, kept);
	if (b.failed) {
		pm_buf_free(&b);
		return NULL;
	}
	return pm_buf_steal(&b);
}

static void acronyms_scan(acr_list *al, const char *t);
static void glossary_line(acr_list *al, const char *t);

static void acronyms_in(acr_list *al, const char *t)
{
	char *d;
	if (!t)
		return;
	d = definition_text(t);
	acronyms_scan(al, d ? d : t);
	free(d);
}

static void acronyms_scan(acr_list *al, const char *t)
{
	const char *p = t;
	/* acronyms.cjk_long_form in full-width parentheses */
	while ((p = strstr(p, "\xEF\xBC\x88"))) {
		const char *e = strstr(p + 3, "\xEF\xBC\x89"), *a = p + 3, *b;
		if (!e)
			break;
		b = e;
		paren_content(&a, &b);
		if (b > a && !memchr(a, '(', (size_t)(b - a)) && acronym_ok(a, (size_t)(b - a))) {
			int32_t c = nz_last_cp_n(t, (size_t)(p - t));
			/* acronyms.fullwidth_latin: a Latin long form before
			 * full-width parentheses ("Internet of Things（IoT）" in a
			 * Japanese release) is matched as before ASCII ones */
			if (c < 0x250 && (pm_cp_is_letter(c) || c == ' '))
				long_before(al, t, (size_t)(p - t), a, (size_t)(b - a), false);
			else
				long_before_cjk(al, t, (size_t)(p - t), a, (size_t)(b - a));
		}
		p = e + 3;
	}
	p = t;
	while ((p = strchr(p, '('))) {
		const char *e = strchr(p + 1, ')'), *a, *b, *q;
		bool glossed;
		size_t pe;
		if (!e)
			break;
		/* nested: the innermost parenthesis before the first ')' */
		for (q = p + 1; q < e; q++)
			if (*q == '(')
				p = q;
		a = p + 1;
		b = e;
		glossed = paren_content(&a, &b);
		pe = (size_t)(p - t);
		while (pe > 0 && t[pe - 1] == ' ')
			pe--;
		if (b > a && pe > 0 && thai_letter(nz_last_cp_n(t, pe)) &&
		    (thai_short_ok(a, (size_t)(b - a)) || acronym_ok(a, (size_t)(b - a))))
			long_before_thai(al, t, pe, a, (size_t)(b - a), thai_short_ok(a, (size_t)(b - a)));
		else if (b > a && acronym_ok(a, (size_t)(b - a)) && p > t &&
		    (nz_cjk_cp(nz_last_cp_n(t, (size_t)(p - t))) || pm_cp_is_hangul(nz_last_cp_n(t, (size_t)(p - t)))))
			long_before_cjk(al, t, (size_t)(p - t), a, (size_t)(b - a));
		else if (b > a && acronym_ok(a, (size_t)(b - a)) && p > t &&
		         arabic_letter(nz_last_cp_n(t, (size_t)(p - t - (p[-1] == ' ' ? 1 : 0)))))
			long_before_arabic(al, t, (size_t)(p - t), a, (size_t)(b - a));
		else if (b > a && acronym_ok(a, (size_t)(b - a)))
			long_before(al, t, (size_t)(p - t), a, (size_t)(b - a), glossed);
		else if (b > a && syllabic_ok(a, (size_t)(b - a))) {
			size_t had = al->f->nacronyms;
			long_syllabic(al, t, (size_t)(p - t), a, (size_t)(b - a));
			if (al->f->nacronyms == had)
				long_mixed_case(al, t, (size_t)(p - t), a, (size_t)(b - a));
		}
		else if (b > a && camel_parts(a, (size_t)(b - a), NULL, 6))
			long_camel(al, t, (size_t)(p - t), a, (size_t)(b - a));
		else if (b - a > 5 && b - a < 300)
			long_inside(al, t, (size_t)(p - t), a, (size_t)(b - a));
		p = e + 1;
	}
	/* acronyms.bracketed: "the Harwick Valley Transit Authority [HVTA]",
	 * square brackets where the document sets its definitions in them:
	 * the acronym alone in them, matched as before a parenthesis (a
	 * Markdown link's text, "[HVTA](…)", is none) */
	p = t;
	while ((p = strchr(p, '['))) {
		const char *e = strchr(p + 1, ']'), *a = p + 1, *b;
		if (!e)
			break;
		b = e;
		strip_quotes(&a, &b);
		if (b > a && e[1] != '(' && p > t && p[-1] == ' ' && !memchr(a, '[', (size_t)(b - a)) &&
		    acronym_ok(a, (size_t)(b - a)))
			long_before(al, t, (size_t)(p - t), a, (size_t)(b - a), false);
		p = e + 1;
	}
	or_apposition(al, t);
	stands_for(al, t);
	apposition_after(al, t);
	glossary_line(al, t);
}

/* Convention acronyms.glossary_line: a block that is an acronym, a
 * space and a name whose words' initials spell it word for word, and
 * nothing more ("PSL Pellow Seed Library", "HWV Hollstätter
 * Wasserverband"): a line of a list of abbreviations whose columns the
 * layout set apart with space only (a PDF's or a plain text's glossary
 * without a table). Function words give no letter, no punctuation of a
 * sentence, and the name ends with the block: a headline that opens with
 * an acronym goes on past its name ("PSL Pellow Seed Library opens").
 * Letters from inside a compound ("HWV Hollstätter Wasserverband") only
 * when the name opens with the acronym's first letter and is a list
 * line's name (list_name): "NASA Space Apps Challenge" is a title. */
static void glossary_line(acr_list *al, const char *t)
{
	const char *sp = strchr(t, ' '), *ph;
	size_t n, first = 0, end = 0, pl;
	ucp *v;
	if (!sp || !isupper((unsigned char)*t) || !acronym_ok(t, (size_t)(sp - t)))
		return;
	for (ph = sp; *ph == ' '; ph++)
		;
	pl = strlen(ph);
	if (!pl || pl > 160 || strpbrk(ph, ".;:()!?,\n\"") || !pm_cp_is_letter(nz_first_cp(ph)))
		return;
	v = decode(ph, pl, &n);
	if (!v)
		return;
	if (initials_forward(v, n, t, (size_t)(sp - t), &first, &end) && first == 0 && end == n)
		add_acronym(al, t, (size_t)(sp - t), ph, pl);
	/* a compound's letters from inside it ("HWV Hollstätter
	 * Wasserverband"), as a list line with a colon is read */
	else if (v[0].f == fold((unsigned char)*t) && list_name(v, n, t, (size_t)(sp - t)))
		long_inside(al, t, (size_t)(sp - t), ph, pl);
	free(v);
}

/* Every block of the document's own text, whatever part it became: a
 * definition in a contact line, a caption or the About section is still a
 * definition (convention acronyms.about_section). */
/* Convention acronyms.table_glossary: a table row whose first cell is
 * an acronym alone and whose next cell its long form ("PRDF" | "Pellow
 * Regional Development Fund"), or the other way round, defines it as
 * "long (SHORT)" written in a sentence would: a list of abbreviations
 * set as a table. The long form is matched as before a parenthesis (its
 * words spell the acronym), so a table of figures or names defines
 * nothing. */
static void table_glossary(acr_list *al, const pm_block *b)
{
	size_t j, k;
	for (j = 0; j + 1 < b->ncells; j++) {
		const pm_cell *c = &b->cells[j], *n = NULL;
		const char *sh, *lo;
		pm_buf t;
		for (k = j + 1; k < b->ncells && !n; k++)
			if (b->cells[k].row == c->row && b->cells[k].col == c->col + 1)
				n = &b->cells[k];
		if (!n || !c->text || !n->text)
			continue;
		sh = c->text, lo = n->text;
		if (!acronym_ok(sh, strlen(sh)))
			sh = n->text, lo = c->text;
		if (!acronym_ok(sh, strlen(sh)) || acronym_ok(lo, strlen(lo)) || strchr(lo, '(') || strchr(sh, ' ') ||
		    strlen(lo) > 200)
			continue;
		pm_buf_init(&t);
		pm_buf_printf(&t, "%s (%s)", lo, sh);
		if (t.data && !t.failed)
			acronyms_in(al, t.data);
		pm_buf_free(&t);
	}
}

/* Whether the word w stands whole in t (nz_has_word), its first letter
 * in either case ("Development" or "development"): the joined word is
 * the evidence wherever the sentence puts it. w is ASCII letters. */
static bool word_in(const char *t, char *w)
{
	bool seen = nz_has_word(t, w);
	if (!seen) {
		char c = w[0];
		w[0] = (char)(isupper((unsigned char)c) ? tolower((unsigned char)c) : toupper((unsigned char)c));
		seen = nz_has_word(t, w);
		w[0] = c;
	}
	return seen;
}

/* Convention acronyms.pasted_hyphen: a long form holding a word split by
 * a hyphen and a space ("Child Health and Devel- opment Studies"), text
 * pasted from a hyphenated PDF into a word processor, the break's hyphen
 * kept and the line end turned into a space: joined where the document
 * writes the joined word elsewhere (the document's own evidence, as the
 * hyphen rule's first step in core/repair/hyphen.c); a suspended
 * compound ("Technologie- und Innovations-Management") never is, its
 * second part a word of its own. */
static void pasted_hyphens(pm_fields *f, const char *const *texts, size_t nt)
{
	size_t i, j;
	for (i = 0; i < f->nacronyms; i++) {
		char *lo = f->acronyms[i].lng, *h;
		while ((h = strstr(lo, "- ")) != NULL) {
			char w[64];
			const char *l = h, *r = h + 2;
			size_t ln, rn;
			bool seen = false;
			while (l > f->acronyms[i].lng && isalpha((unsigned char)l[-1]))
				l--;
			for (rn = 0; isalpha((unsigned char)r[rn]); rn++)
				;
			ln = (size_t)(h - l);
			if (ln < 2 || rn < 2 || !islower((unsigned char)r[0]) || ln + rn >= sizeof w) {
				lo = h + 2;
				continue;
			}
			memcpy(w, l, ln);
			memcpy(w + ln, r, rn);
			w[ln + rn] = 0;
			for (j = 0; j < nt && !seen; j++)
				seen = texts[j] && word_in(texts[j], w);
			if (seen)
				memmove(h, h + 2, strlen(h + 2) + 1);
			lo = h + (seen ? 0 : 2);
		}
	}
}

void stage_acronyms(nz *z)
{
	acr_list al = {z->f, {0}};
	const char **texts = calloc(z->n ? z->n : 1, sizeof *texts);
	size_t i;
	for (i = 0; i < z->n; i++) {
		if (!z->b[i]->text || z->b[i]->part == PM_PART_JUNK || z->b[i]->part == PM_PART_FURNITURE)
			continue;
		if (texts)
			texts[i] = z->b[i]->text; /* nz_flat's may not last */
		acronyms_in(&al, nz_flat(z, i));
		if (z->b[i]->ncells)
			table_glossary(&al, z->b[i]);
	}
	if (texts)
		pasted_hyphens(z->f, texts, z->n);
	free(texts);
	pm_strmap_free(&al.seen);
}

/* For tests: the acronyms that text t defines. */
void rule_acronyms_text(const char *t, pm_fields *f)
{
	acr_list al = {f, {0}};
	acronyms_in(&al, t);
	pasted_hyphens(f, &t, 1);
	pm_strmap_free(&al.seen);
}
