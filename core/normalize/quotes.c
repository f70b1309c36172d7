/*
 * quotes.c - quotations in the body whose speaker the text names.
 *
 * A quotation is the span between paired marks (“…”, «…», „…“, "…",
 * ‹…›, ‘…’) of three words or more; shorter ones are titles and scare
 * quotes. Its speaker is the name next to a speech verb, after the quote
 * ("…," said Dana Whitcombe, co-founder; «…», a déclaré X; "…", dijo X;
 * „…“, sagte X; "…", disse X; «…»، قال X) or before it (X said: "…";
 * Selon X, « … »; X a déclaré : « … »; وقال X: «…»). A quote with no
 * attribution of its own takes the speaker of its paragraph (a quote
 * split around "said X"), and a paragraph that opens with a quote and
 * names nobody continues the previous paragraph's speaker, since that is
 * how releases run a statement over paragraphs. A pronoun ("he said",
 * "a-t-il ajouté") also refers back to the last speaker. The speaker is
 * the name only, without the role after it; titles ("Dr.") and particles
 * ("bin", "Al-", "de", "van") are part of the name.
 */
#include "normalize.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Speech verbs and attribution markers, matched at word boundaries,
 * longest first within a language so "a déclaré" wins over "déclare". */
static const char *const verbs[] = {
	/* en */
	"said", "says", "added", "adds", "explained", "explains", "noted", "notes", "stated", "states",
	"commented", "continued", "remarked", "emphasized", "emphasised", "concluded", "observed",
	"told", "declared", "announced", "according to",
	/* fr */
	"a déclaré", "a dit", "a affirmé", "a souligné", "a expliqué", "a ajouté", "a précisé",
	"a estimé", "a indiqué", "a confié", "a insisté", "a rappelé", "a poursuivi", "a conclu",
	"a assuré", "a lancé", "a martelé", "a commenté", "déclare", "affirme", "souligne", "explique",
	"ajoute", "précise", "estime", "indique", "confie", "insiste", "rappelle", "poursuit",
	"conclut", "assure", "commente", "selon", "d'après", "d’après",
	/* es */
	"ha declarado", "ha dicho", "ha afirmado", "ha señalado", "ha explicado", "ha añadido",
	"ha asegurado", "ha indicado", "ha destacado", "ha subrayado", "ha recordado", "ha manifestado",
	"dijo", "declaró", "afirmó", "explicó", "señaló", "añadió", "aseguró", "indicó", "destacó",
	"subrayó", "recordó", "según", "afirma", "señala", "explica", "asegura",
	/* de */
	"sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "fügte hinzu", "ergänzte",
	"ergänzt", "so", "laut", "meinte", "meint",
	/* pt */
	"disse", "afirmou", "declarou", "explicou", "acrescentou", "destacou", "salientou",
	"sublinhou", "referiu", "segundo", "afirma", "diz", "explica",
	/* ar */
	"وقال", "قال", "وأكد", "أكد", "وأضاف", "أضاف", "وصرح", "صرح", "وأوضح", "أوضح", "وتابع",
	"وأشار", "أشار", "مؤكدا", "مؤكداً", "مضيفا", "مضيفاً", "وفقا لـ", "بحسب", NULL};

/* Markers before which a name follows rather than precedes. */
static bool name_follows(const char *v)
{
	static const char *const w[] = {"according to", "selon", "d'après", "d’après", "según",
	                                "laut", "segundo", "so", "بحسب", "وفقا لـ", NULL};
	return pm_str_in(v, w);
}

/* Pronoun attributions that refer back to the last named speaker. */
static const char *const pronouns[] = {
	"he said", "she said", "he added", "she added", "he explained", "she explained", "he says",
	"she says", "said he", "said she", "a-t-il", "a-t-elle", "dit-il", "dit-elle", "ajoute-t-il",
	"ajoute-t-elle", "explique-t-il", "explique-t-elle", "poursuit-il", "poursuit-elle",
	"estime-t-il", "estime-t-elle", "sagte er", "sagte sie", "so er", "so sie", "betonte er",
	"betonte sie", "añadió", "disse ele", "disse ela", "وأضاف", "وتابع", NULL};

/* Words that start a capitalised run but are no name. */
static bool not_name_word(const char *w, size_t l)
{
	static const char *const s[] = {
		"He", "She", "It", "We", "They", "The", "This", "That", "These", "In", "On", "At", "But",
		"And", "Il", "Elle", "Ils", "Elles", "Nous", "On", "Le", "La", "Les", "Ce", "Cette", "Pour",
		"Er", "Sie", "Es", "Wir", "Der", "Die", "Das", "El", "Ella", "Los", "Las", "Ele", "Ela",
		"Eles", "O", "A", "Os", "As", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
		"Saturday", "Sunday", "Today", "Yesterday", "Mr", "Mrs", "Ms", "Dr", "M", "Mme", NULL};
	return pm_mem_in(w, l, s);
}

static bool particle(const char *w, size_t l)
{
	static const char *const p[] = {"de", "da", "das", "do", "dos", "du", "des", "del", "della",
	                                "van", "von", "der", "den", "ter", "bin", "ben", "ibn", "al",
	                                "el", "le", "la", "y", "e", "zu", "di", "bint", NULL};
	return pm_mem_in(w, l, p);
}

static bool title_word(const char *w, size_t l)
{
	static const char *const t[] = {"Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Prof.", "M.", "Mme", "Me",
	                                "Sr.", "Sra.", "Dra.", "Herr", "Frau", "Pr", "Pr.", "Sir",
	                                "Dame", "Drª", "Eng.", "Ing.", "Mag.", "Mag", "DI", "Dipl.-Ing.",
	                                "Lic.", "Dott.", "Avv.", NULL};
	return pm_mem_in(w, l, t);
}


static bool arabic_cp(int32_t c)
{
	return c >= 0x600 && c <= 0x6FF;
}

/* Function titles and ranks that stand before a name ("Minister",
 * "Général", "Bezirksstadträtin", "اللواء"): the speaker is the person,
 * so they go when a name of two words or more remains. Honorifics (Dr.,
 * Prof., Mme) stay: they are how the name is written. */
static bool role_lead(const char *w, size_t l)
{
	static const char *const stems[] = {
		"minist", "presiden", "président", "präsident", "director", "directeur", "directrice",
		"direktor", "chief", "ceo", "cfo", "chair", "secretar", "secrétaire", "sekretär",
		"general", "général", "major", "colonel", "oberst", "spokes", "sprecher", "porte-parole",
		"portavoz", "porta-voz", "leiter", "stadtr", "bürgermeister", "maire", "mayor", "alcalde",
		"prefeit", "gouverneur", "governor", "gobernador", "senator", "sénat", "député",
		"diputad", "deputad", "abgeordnet", "vorsitzend", "geschäftsführ", "chef", "jefe",
		"head", "founder", "fondat", "fundador", "gründer", "ambassad", "embajador", "botschaft",
		"commissioner", "commissaire", "comisari", "rector", "recteur", "doyen", "dean", "coach",
		"entraîneur", "captain", "capitaine", "king", "queen", "prince", "roi", "reine", "sheikh",
		"cheikh", "assistant", "deputy", "prime", "profes", "vice", "adjoint", "senior",
		"executive", "managing", "officer", "operating", "operations", "financial", "technology",
		"marketing", "communications", "manager", "coordinat", "advisor", "adviser", "partner",
		"superintendent", "commander", "inspector", "chancellor", "board",
		"son excellence", "his excellency", "her excellency", NULL};
	static const char *const ar[] = {"اللواء", "الفريق", "العميد", "العقيد", "الوزير", "السفير",
	                                 "معالي", "سعادة", "سمو", "الأمير", "الشيخ", "الرئيس", "المدير",
	                                 "الأمين", "العام", "رئيس", "وزير", NULL};
	char b[64];
	size_t i;
	if (l >= sizeof b)
		return false;
	if (pm_mem_in(w, l, ar))
		return true;
	for (i = 0; i < l; i++)
		b[i] = (char)tolower((unsigned char)w[i]);
	b[l] = '\0';
	/* upper-case accented letters do not fold with tolower */
	if ((unsigned char)b[0] == 0xC3 && (unsigned char)b[1] >= 0x80 && (unsigned char)b[1] <= 0x9E)
		b[1] = (char)((unsigned char)b[1] + 0x20);
	for (i = 0; stems[i]; i++) {
		size_t sl = strlen(stems[i]);
		/* a prefix, or inside a compound ("Bezirksstadträtin") */
		if (!strncmp(b, stems[i], sl) || (l > sl + 4 && strstr(b, stems[i])))
			return true;
	}
	return false;
}

static char *drop_roles(char *nm)
{
	char *p = nm, *cut = NULL;
	if (!nm)
		return NULL;
	/* the name is what follows the last role word: "Hylaine Founder and
	 * CEO Adam Boitnott", "Bezirksstadträtin Miriam Kessler-Yildiz" */
	while (*p) {
		char *sp = strchr(p, ' ');
		size_t l = sp ? (size_t)(sp - p) : strlen(p);
		if (sp && role_lead(p, l) &&
		    (pm_cp_is_upper(nz_first_cp(sp + 1)) || arabic_cp(nz_first_cp(sp + 1))))
			cut = sp + 1;
		if (!sp)
			break;
		p = sp + 1;
	}
	/* ... unless all that follows is roles too ("Chief Executive") */
	if (cut) {
		bool named = false;
		for (p = cut; *p;) {
			char *sp = strchr(p, ' ');
			size_t l = sp ? (size_t)(sp - p) : strlen(p);
			if (!role_lead(p, l))
				named = true;
			if (!sp)
				break;
			p = sp + 1;
		}
		if (named)
			memmove(nm, cut, strlen(cut) + 1);
	}
	/* "the Deputy Prime Minister said": a role names nobody */
	{
		bool named = false;
		for (p = nm; *p;) {
			char *sp = strchr(p, ' ');
			size_t l = sp ? (size_t)(sp - p) : strlen(p);
			if (!role_lead(p, l))
				named = true;
			if (!sp)
				break;
			p = sp + 1;
		}
		if (!named) {
			free(nm);
			return NULL;
		}
	}
	return nm;
}

/* A name at s: a title, capitalised words, particles and initials; or
 * Arabic words up to punctuation. NULL if none. */
static char *name_at_len(const char *s, size_t *used)
{
	const char *p = s, *st, *end;
	size_t words = 0, caps = 0;
	bool arabic, prev_role = false;
	while (*p == ' ' || *p == ',' || *p == ':')
		p++;
	/* non-breaking spaces */
	while ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
		p += 2;
	/* "a souligné le Général X", "said the Minister X", "dijo el ministro X" */
	{
		static const char *const art[] = {"le ", "la ", "l'", "l’", "the ", "el ", "o ", "a ", "der ",
		                                  "die ", "das ", NULL};
		size_t k;
		for (k = 0; art[k]; k++)
			if (!strncmp(p, art[k], strlen(art[k]))) {
				p += strlen(art[k]);
				break;
			}
		for (k = 0; k < 3 && pm_cp_is_lower(nz_first_cp(p)); k++) {
			const char *q = p;
			while (*q && *q != ' ')
				q++;
			if (!*q || !role_lead(p, (size_t)(q - p)))
				break;
			p = q + 1;
			/* "ministre de l'Intérieur": its complement is no name */
			if (!strncmp(p, "de ", 3) || !strncmp(p, "of ", 3) || !strncmp(p, "del ", 4) ||
			    !strncmp(p, "do ", 3) || !strncmp(p, "da ", 3))
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
		/* a possessive ("Tuesday’s statement", "Acme's") is no name */
		if ((wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's') ||
		    (wl > 4 && !memcmp(w + wl - 4, "\xE2\x80\x99s", 4)))
			break;
		if (arabic) {
			static const char *const stop[] = {"إن", "أن", "إنه", "إنها", "في", "خلال", "على", "من",
			                                   "إلى", "عن", "بأن", NULL};
			size_t k;
			bool stopw = false;
			if (!arabic_cp(c))
				break;
			for (k = 0; stop[k]; k++)
				if (strlen(stop[k]) == wl && !strncmp(w, stop[k], wl))
					stopw = true;
			if (stopw)
				break;
			end = w + wl;
			words++;
			caps++;
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
		} else if (words > 0 && (!strncmp(w, "and", wl) || !strncmp(w, "&", wl) || !strncmp(w, "et", wl) ||
		                         !strncmp(w, "und", wl)) &&
		           wl <= 3 && prev_role) {
			/* "Founder and CEO Adam Boitnott": a role phrase before the name */
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

/* Does s at i start verb v at word boundaries? */
static size_t verb_at(const char *s, size_t i, const char *v)
{
	size_t l = strlen(v);
	if (strncasecmp(s + i, v, l))
		return 0;
	if (i > 0 && (isalnum((unsigned char)s[i - 1]) || ((unsigned char)s[i - 1] >= 0x80 &&
	                                                    !((unsigned char)s[i - 1] == 0xA0) &&
	                                                    !((unsigned char)s[i - 1] == 0xAB) &&
	                                                    !((unsigned char)s[i - 1] == 0xBB) &&
	                                                    !((unsigned char)s[i - 1] == 0x9D) &&
	                                                    !((unsigned char)s[i - 1] == 0x9C) &&
	                                                    !((unsigned char)s[i - 1] == 0x8C))))
		return 0;
	if (isalnum((unsigned char)s[i + l]) || ((unsigned char)s[i + l] >= 0x80 &&
	                                         (unsigned char)s[i + l] != 0xC2 &&
	                                         (unsigned char)s[i + l] != 0xD8 &&
	                                         (unsigned char)s[i + l] != 0xE2))
		return 0;
	return l;
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

static char *speaker_after(const char *a, const char *last, int *state)
{
	size_t k;
	while (*a == ' ' || *a == ',' || ((unsigned char)a[0] == 0xD8 && (unsigned char)a[1] == 0x8C) ||
	       ((unsigned char)a[0] == 0xC2 && (unsigned char)a[1] == 0xA0) || *a == '-' ||
	       ((unsigned char)a[0] == 0xE2 && (unsigned char)a[1] == 0x80 &&
	        ((unsigned char)a[2] == 0x93 || (unsigned char)a[2] == 0x94)))
		a += ((unsigned char)*a >= 0x80) ? (((unsigned char)*a == 0xE2) ? 3 : 2) : 1;
	for (k = 0; pronouns[k]; k++)
		if (verb_at(a, 0, pronouns[k]) && last) {
			/* "añadió" and "وأضاف" alone are a pronoun only when no name follows */
			char *nm = name_at(a + strlen(pronouns[k]));
			if (nm && acceptable(nm))
				return nm;
			free(nm);
			*state = 1;
			return NULL;
		}
	for (k = 0; verbs[k]; k++) {
		size_t l = verb_at(a, 0, verbs[k]);
		if (l) {
			char *nm = name_at(a + l);
			if (acceptable(nm))
				return nm;
			free(nm);
			nm = name_after_role(a + l);
			if (nm)
				return nm;
			*state = 2;
			return NULL;
		}
	}
	/* "… ” Jane Doe said." */
	{
		size_t used = 0;
		char *nm = name_at_len(a, &used);
		if (nm) {
			const char *v = a + used;
			while (*v == ' ' || *v == ',')
				v++;
			for (k = 0; verbs[k]; k++)
				if (verb_at(v, 0, verbs[k]) && !name_follows(verbs[k]) && acceptable(nm))
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
			for (k = 0; verbs[k]; k++)
				if (verb_at(a, i, verbs[k]) && !name_follows(verbs[k])) {
					*state = 2;
					return NULL;
				}
		}
		for (k = 0; pronouns[k]; k++)
			if (verb_at(a, 0, pronouns[k]))
				*state = 2;
	}
	return NULL;
}

/* Before the opening mark, in the same sentence: "X said:", "X a déclaré :",
 * "Selon X,", "وقال X:". seg is the text from the sentence start. */
static char *speaker_before(const char *seg, size_t n)
{
	size_t i, k;
	char *best = NULL;
	for (i = 0; i < n; i++) {
		for (k = 0; verbs[k]; k++) {
			size_t l = verb_at(seg, i, verbs[k]);
			char *nm = NULL;
			if (!l || i + l > n)
				continue;
			if (name_follows(verbs[k]) || arabic_cp(nz_first_cp(verbs[k]))) {
				/* "Selon X, «", "وقال X: «" */
				nm = name_at(seg + i + l);
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
					/* the capitalised run ending at b */
					{
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
			break;
		}
	}
	return best;
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
};

typedef struct qspan {
	size_t open, s, e, close; /* mark start, inner start, inner end, after the closing mark */
} qspan;

/* An apostrophe is no closing ‘’ mark: "l’État", "don’t". */
static const char *closing(const char *s, const char *cm)
{
	const char *e = s;
	size_t cl = strlen(cm);
	while ((e = strstr(e, cm))) {
		if (strcmp(cm, "\xE2\x80\x99") || !(isalpha((unsigned char)e[cl]) || (unsigned char)e[cl] >= 0xC3))
			return e;
		e += cl;
	}
	return NULL;
}

static size_t find_spans(const char *t, qspan *v, size_t max)
{
	enum { NQ = sizeof qmarks / sizeof qmarks[0] };
	/* a mark with no closing mark after one place has none after any
	 * later place either: remembered, so that a paragraph of unpaired
	 * marks is read once, not once per mark */
	bool unclosed[NQ] = {false};
	size_t n = 0, i = 0, len = strlen(t), q;
	while (i < len && n < max) {
		bool found = false;
		for (q = 0; q < NQ && !found; q++) {
			size_t ol = strlen(qmarks[q][0]);
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
			v[n].open = i;
			v[n].s = i + ol;
			v[n].e = (size_t)(e - t);
			v[n].close = v[n].e + strlen(qmarks[q][1]);
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

/* Start of the sentence holding byte i (after ". ", "! ", "? " or a
 * previous quote), at least `floor`. */
static size_t sentence_start(const char *t, size_t i, size_t floor)
{
	size_t k = i;
	while (k > floor) {
		if (k >= 2 && (t[k - 1] == ' ') && (t[k - 2] == '.' || t[k - 2] == '!' || t[k - 2] == '?'))
			break;
		k--;
	}
	return k;
}

static void quotes_in(pm_fields *f, const char *t, char **last)
{
	qspan sp[64];
	char *who[64];
	size_t n, i, prev_close = 0;
	int pron[64];
	n = find_spans(t, sp, 64);
	for (i = 0; i < n; i++) {
		size_t st = sentence_start(t, sp[i].open, prev_close);
		char *seg = pm_strndup(t + st, sp[i].open - st);
		pron[i] = 0;
		who[i] = speaker_after(t + sp[i].close, *last, &pron[i]);
		if (!who[i] && !pron[i] && seg)
			who[i] = speaker_before(seg, strlen(seg));
		free(seg);
		prev_close = sp[i].close;
	}
	for (i = 0; i < n; i++) {
		char *txt = inner_text(t, &sp[i]);
		const char *speaker = who[i];
		size_t k;
		if (!txt || nz_words(txt) < 3) {
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
		if (speaker) {
			if (pm_grow((void **)&f->quotes, &f->capquotes, f->nquotes, sizeof *f->quotes)) {
				f->quotes[f->nquotes].text = pm_strdup(txt);
				f->quotes[f->nquotes].speaker = pm_strdup(speaker);
				f->nquotes++;
			}
			if (speaker != *last) {
				char *c = pm_strdup(speaker);
				free(*last);
				*last = c;
			}
		}
		free(txt);
	}
	for (i = 0; i < n; i++)
		free(who[i]);
}

void rule_quotes(nz *z)
{
	size_t i;
	char *last = NULL;
	for (i = 0; i < z->n; i++) {
		char *flat;
		if (z->b[i]->part != PM_PART_BODY || !z->b[i]->text)
			continue;
		flat = pm_text_flatten(z->b[i]->text);
		if (flat)
			quotes_in(z->f, flat, &last);
		free(flat);
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
