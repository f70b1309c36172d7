/*
 * test_lexicon.c - the lexicon (core/lexicon/, core/text/lexicon.c): that
 * every word of the C tables it replaced is found in its section by the
 * lookup, with its value (the tables as tools/lex_migrate.py extracted
 * them from the C sources before the rules moved to the lexicon, kept in
 * tests/lexicon/migrated.tsv); that no list holds a word twice, every
 * language file has the mandatory sections, values read right, every
 * entry finds itself; and how lookups match, on examples written for
 * this test. (While the rules moved, a second check proved the sections
 * held no live word beyond those tables, so that each move changed no
 * record; the records' comparison, tools/compare_records.py, does that
 * job for every change since, and a new language's words are live.)
 */
#include "pm_test.h"

#include <ctype.h>

static pm_lex_query query(pm_lex_section s)
{
	pm_lex_query q = {s, PM_LEX_ALL_LANGS, 0, 0, 0};
	return q;
}

static pm_lex_section section(const char *name)
{
	int id = pm_lex_section_id(name);
	if (id < 0)
		fail_msg("no section [%s]", name);
	return (pm_lex_section)id;
}

static uint32_t tag_mask(const char *names)
{
	static const char *const tags[] = {
#define PM_LEX_TAG_DEF(NAME, name) #name,
#define PM_LEX_SECTION_DEF(NAME, name, need, value, fold, tags)
#include "lexicon/sections.def"
#undef PM_LEX_SECTION_DEF
#undef PM_LEX_TAG_DEF
	};
	uint32_t m = 0;
	size_t i;
	char buf[64], *tok, *save = NULL;
	if (!strcmp(names, "-"))
		return 0;
	snprintf(buf, sizeof buf, "%s", names);
	for (tok = strtok_r(buf, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
		for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
			if (!strcmp(tok, tags[i]))
				break;
		if (i == sizeof tags / sizeof tags[0])
			fail_msg("unknown tag %s", tok);
		m |= UINT32_C(1) << i;
	}
	return m;
}

/* ---- the tables the lexicon replaced ----------------------------------------------------- */

typedef struct word {
	char *text, *lang, *value;
} word;

typedef struct table {
	char id[96], sect[48], tags[48];
	bool stem;
	word *w;
	size_t n;
} table;

static table *tables;
static size_t ntables;

static char *field(char **p)
{
	char *s = *p, *t = strchr(s, '\t');
	if (t) {
		*t = '\0';
		*p = t + 1;
	} else {
		s[strcspn(s, "\n")] = '\0';
		*p = s + strlen(s);
	}
	return s;
}

static table *find_table(const char *id)
{
	size_t i;
	for (i = 0; i < ntables; i++)
		if (!strcmp(tables[i].id, id))
			return &tables[i];
	fail_msg("table %s read before its T line", id);
	return NULL;
}

static int load_tables(void **state)
{
	FILE *f = fopen(PM_SOURCE_DIR "/tests/lexicon/migrated.tsv", "r");
	char line[1024];
	(void)state;
	if (!f) {
		fprintf(stderr, "no %s/tests/lexicon/migrated.tsv\n", PM_SOURCE_DIR);
		return -1;
	}
	while (fgets(line, sizeof line, f)) {
		char *p = line, *kind = field(&p), *id = field(&p);
		if (!strcmp(kind, "T")) {
			table *t;
			tables = realloc(tables, (ntables + 1) * sizeof *tables);
			t = &tables[ntables++];
			memset(t, 0, sizeof *t);
			snprintf(t->id, sizeof t->id, "%s", id);
			snprintf(t->sect, sizeof t->sect, "%s", field(&p));
			snprintf(t->tags, sizeof t->tags, "%s", field(&p));
			t->stem = !strcmp(field(&p), "stem");
		} else if (!strcmp(kind, "W")) {
			table *t = find_table(id);
			word *w;
			t->w = realloc(t->w, (t->n + 1) * sizeof *t->w);
			w = &t->w[t->n++];
			w->text = strdup(field(&p));
			w->lang = strdup(field(&p));
			w->value = strdup(field(&p));
		}
	}
	fclose(f);
	return 0;
}

static int free_tables(void **state)
{
	size_t i, k;
	(void)state;
	for (i = 0; i < ntables; i++) {
		for (k = 0; k < tables[i].n; k++) {
			free(tables[i].w[k].text);
			free(tables[i].w[k].lang);
			free(tables[i].w[k].value);
		}
		free(tables[i].w);
	}
	free(tables);
	return 0;
}

/* Tables that the C code compared as plain prefixes ("euro" read
 * "euros" too): the lexicon writes their words as stems ("euro*"), but
 * for the words that end a word ("t", "ha"). */
static bool as_stems(const table *t)
{
	return !strcmp(t->id, "email_phone.c:veto_after:w");
}

/* Is e written as the table's words are (a stem for a stem's)? */
static bool same_kind(const table *t, const pm_lex_entry *e)
{
	return e->stem == t->stem || (as_stems(t) && e->stem);
}

static pm_lex_langs lang_bit(const char *code)
{
	int id = pm_lex_lang_id(code);
	if (id < 0)
		fail_msg("no lexicon file for language %s", code);
	return UINT32_C(1) << id;
}

/* Every word of every table is in its section, with its value. */
static void tables_found(void **state)
{
	size_t i, k, words = 0;
	(void)state;
	for (i = 0; i < ntables; i++) {
		table *t = &tables[i];
		pm_lex_query q = query(section(t->sect));
		q.with = tag_mask(t->tags);
		for (k = 0; k < t->n; k++) {
			word *w = &t->w[k];
			pm_lex_match m;
			if (strcmp(w->lang, "-"))
				q.langs = lang_bit(w->lang);
			if (!pm_lex_word(&q, w->text, strlen(w->text), &m))
				fail_msg("%s: \"%s\"%s%s is not in [%s]%s%s", t->id, w->text, strcmp(w->lang, "-") ? " in " : "",
				         strcmp(w->lang, "-") ? w->lang : "", t->sect, q.with ? " tagged " : "", q.with ? t->tags : "");
			if (!same_kind(t, &m.entry))
				fail_msg("%s: \"%s\" found as \"%s\", %sa stem", t->id, w->text, m.entry.text,
				         m.entry.stem ? "" : "not ");
			if (strcmp(w->value, "-")) {
				bool same = (m.entry.value && !strcmp(m.entry.value, w->value)) ||
				            (isdigit((unsigned char)w->value[0]) && m.entry.num == atoi(w->value));
				if (!same)
					fail_msg("%s: \"%s\" has the value %s in the lexicon, %s in C", t->id, w->text,
					         m.entry.value ? m.entry.value : "(none)", w->value);
			} else if (!strcmp(t->sect, "time_zones") && m.entry.value) {
				fail_msg("%s: \"%s\" has no offset in C, %s in the lexicon", t->id, w->text, m.entry.value);
			}
			words++;
		}
	}
	/* the 54 tables of issue 12's inventory, none lost on the way */
	assert_int_equal(ntables, 54);
	printf("lexicon: %zu words of %zu C tables found\n", words, ntables);
}

/* ---- the lexicon itself ------------------------------------------------- */

static const struct {
	const char *name;
	const char *need;
	const char *value;
} sections[] = {
#define PM_LEX_TAG_DEF(NAME, name)
#define PM_LEX_SECTION_DEF(NAME, name, need, value, fold, tags) {#name, #need, #value},
#include "lexicon/sections.def"
#undef PM_LEX_SECTION_DEF
#undef PM_LEX_TAG_DEF
};

static void no_word_twice(void **state)
{
	size_t s, i, k;
	(void)state;
	for (s = 0; s < PM_LEX_NSECTIONS; s++) {
		size_t n = pm_lex_count((pm_lex_section)s);
		for (i = 0; i < n; i++) {
			pm_lex_entry a;
			pm_lex_entry_at((pm_lex_section)s, i, &a);
			for (k = i + 1; k < n; k++) {
				pm_lex_entry b;
				pm_lex_entry_at((pm_lex_section)s, k, &b);
				if ((a.lang == b.lang || a.lang == 0 || b.lang == 0) && a.stem == b.stem &&
				    pm_lex_same((pm_lex_section)s, a.text, b.text))
					fail_msg("[%s] holds \"%s\" (%s) and \"%s\" (%s)", sections[s].name, a.text,
					         pm_lex_lang_code(a.lang), b.text, pm_lex_lang_code(b.lang));
			}
		}
	}
}

static void mandatory_sections(void **state)
{
	size_t s, l, i;
	(void)state;
	assert_true(pm_lex_nlangs() >= 9);
	assert_string_equal(pm_lex_lang_code(0), "any");
	for (l = 0; l < pm_lex_nlangs(); l++) {
		for (s = 0; s < PM_LEX_NSECTIONS; s++) {
			const char *need = sections[s].need;
			bool must = !strcmp(need, "BOTH") || !strcmp(need, l == 0 ? "ANY" : "LANG");
			size_t have = 0;
			for (i = 0; i < pm_lex_count((pm_lex_section)s); i++) {
				pm_lex_entry e;
				pm_lex_entry_at((pm_lex_section)s, i, &e);
				have += e.lang == (int)l;
			}
			if (must && !have)
				fail_msg("%s.lex lacks [%s]", pm_lex_lang_code((int)l), sections[s].name);
		}
	}
	/* the languages issue 13 completes, each with its file */
	{
		static const char *const langs[] = {"en", "fr", "de", "es", "pt", "it", "nl", "ar"};
		for (i = 0; i < sizeof langs / sizeof langs[0]; i++)
			assert_true(pm_lex_lang_id(langs[i]) > 0);
	}
}

static int offset_minutes(const char *v)
{
	if (!strcmp(v, "Z"))
		return 0;
	return (v[0] == '-' ? -1 : 1) * (atoi(v + 1) * 60 + atoi(v + 4));
}

static void values(void **state)
{
	size_t s, i;
	(void)state;
	for (s = 0; s < PM_LEX_NSECTIONS; s++)
		for (i = 0; i < pm_lex_count((pm_lex_section)s); i++) {
			pm_lex_entry e;
			const char *kind = sections[s].value;
			pm_lex_entry_at((pm_lex_section)s, i, &e);
			if (!strcmp(kind, "NONE"))
				assert_null(e.value);
			else if (!strcmp(kind, "MONTH"))
				assert_true(e.value && e.num >= 1 && e.num <= 12 && e.num == atoi(e.value));
			else if (!strcmp(kind, "WEEKDAY"))
				assert_true(e.value && e.num >= 1 && e.num <= 7);
			else if (!strcmp(kind, "NUMBER"))
				assert_true(e.value && e.num == atoi(e.value));
			else if (!strcmp(kind, "OFFSET") && e.value)
				assert_int_equal(e.num, offset_minutes(e.value));
		}
	/* every language names twelve months and seven days */
	for (i = 1; i < pm_lex_nlangs(); i++) {
		unsigned months = 0, days = 0;
		size_t k;
		for (k = 0; k < pm_lex_count(PM_LEX_MONTHS); k++) {
			pm_lex_entry e;
			pm_lex_entry_at(PM_LEX_MONTHS, k, &e);
			if (e.lang == (int)i)
				months |= 1u << e.num;
		}
		for (k = 0; k < pm_lex_count(PM_LEX_WEEKDAYS); k++) {
			pm_lex_entry e;
			pm_lex_entry_at(PM_LEX_WEEKDAYS, k, &e);
			if (e.lang == (int)i)
				days |= 1u << e.num;
		}
		if (months != 0x1FFEu || days != 0xFEu)
			fail_msg("%s.lex: months or weekdays incomplete", pm_lex_lang_code((int)i));
	}
}

/* Every entry, its own text looked up, is found in its language: the
 * compiler and the library fold alike. */
static void entries_find_themselves(void **state)
{
	size_t s, i;
	(void)state;
	for (s = 0; s < PM_LEX_NSECTIONS; s++)
		for (i = 0; i < pm_lex_count((pm_lex_section)s); i++) {
			pm_lex_entry e;
			pm_lex_match m;
			pm_lex_query q = query((pm_lex_section)s);
			pm_lex_entry_at((pm_lex_section)s, i, &e);
			q.langs = UINT32_C(1) << e.lang;
			q.flags = PM_LEX_PENDING;
			if (!pm_lex_word(&q, e.text, strlen(e.text), &m) || m.entry.lang != e.lang ||
			    strcmp(m.entry.text, e.text))
				fail_msg("[%s] %s \"%s\" does not find itself", sections[s].name,
				         pm_lex_lang_code(e.lang), e.text);
			assert_int_equal(m.len, strlen(e.text));
		}
}

static void readme_documents_sections(void **state)
{
	FILE *f = fopen(PM_SOURCE_DIR "/core/lexicon/README", "r");
	static char text[1 << 16];
	size_t n, s;
	char want[64];
	(void)state;
	assert_non_null(f);
	n = fread(text, 1, sizeof text - 1, f);
	text[n] = '\0';
	fclose(f);
	for (s = 0; s < PM_LEX_NSECTIONS; s++) {
		snprintf(want, sizeof want, "[%s]", sections[s].name);
		if (!strstr(text, want))
			fail_msg("core/lexicon/README does not describe %s", want);
	}
}

/* ---- how lookups match --------------------------------------------------- */

static void whole_words(void **state)
{
	pm_lex_query q = query(PM_LEX_MONTHS);
	pm_lex_match m;
	(void)state;
	/* case, Latin-1 accents in capitals, and the language found */
	assert_true(pm_lex_word(&q, "DÉCEMBRE", 9, &m));
	assert_int_equal(m.entry.num, 12);
	assert_string_equal(pm_lex_lang_code(m.entry.lang), "fr");
	assert_true(pm_lex_word(&q, "Februari", 8, &m));
	assert_string_equal(pm_lex_lang_code(m.entry.lang), "nl");
	/* a word in several languages: every one of them, the first named */
	assert_true(pm_lex_word(&q, "marzo", 5, &m));
	assert_true(m.langs & lang_bit("es"));
	assert_true(m.langs & lang_bit("it"));
	/* only what the query asks: Spanish alone has no "maggio" */
	q.langs = pm_lex_langs_of("es");
	assert_false(pm_lex_word(&q, "maggio", 6, NULL));
	q.langs = pm_lex_langs_of("it");
	assert_true(pm_lex_word(&q, "maggio", 6, NULL));
	/* a language without a file sees every list */
	assert_int_equal(pm_lex_langs_of("sv"), PM_LEX_ALL_LANGS);
	/* the whole of the text, no more, no less */
	q.langs = PM_LEX_ALL_LANGS;
	assert_false(pm_lex_word(&q, "marzo 5", 7, NULL));
	assert_false(pm_lex_word(&q, "marz", 4, NULL));
	assert_false(pm_lex_word(&q, "", 0, NULL));
	/* ’ reads as ' */
	q.section = PM_LEX_TODAY_WORDS;
	assert_true(pm_lex_word(&q, "Aujourd\xE2\x80\x99hui", strlen("Aujourd\xE2\x80\x99hui"), NULL));
	/* no folding beyond Latin-1: ß is not ss */
	q.section = PM_LEX_CONTACT_HEADINGS;
	assert_true(pm_lex_has(PM_LEX_CONTACT_HEADINGS, "Für Rückfragen"));
	assert_false(pm_lex_has(PM_LEX_CONTACT_HEADINGS, "Fuer Rueckfragen"));
	/* a BASE section folds accents away too */
	assert_true(pm_lex_has(PM_LEX_HEAD_NOUNS, "Ministère"));
	assert_true(pm_lex_has(PM_LEX_HEAD_NOUNS, "MINISTERE"));
	assert_false(pm_lex_has(PM_LEX_ORG_WORDS, "ministere"));
	/* bytes that are no UTF-8 match nothing and break nothing */
	assert_false(pm_lex_has(PM_LEX_MONTHS, "ma\xFF\xFEi"));
	assert_false(pm_lex_word(&q, "\xE2\x80", 2, NULL));
}

static void prefixes(void **state)
{
	pm_lex_query q = query(PM_LEX_RELEASE_LINES);
	pm_lex_match m, all[8];
	const char *t = "Communiqué de presse conjoint – Ville de Lyon";
	(void)state;
	/* the longest entry the text opens */
	assert_true(pm_lex_prefix(&q, t, strlen(t), &m));
	assert_string_equal(m.entry.text, "communiqué de presse conjoint");
	assert_int_equal(m.len, strlen("Communiqué de presse conjoint"));
	/* and every one of them, shortest first */
	assert_int_equal(pm_lex_prefixes(&q, t, strlen(t), all, 8), 3);
	assert_string_equal(all[0].entry.text, "communiqué");
	assert_string_equal(all[1].entry.text, "communiqué de presse");
	/* no more than the caller's array holds, the shortest first */
	assert_int_equal(pm_lex_prefixes(&q, t, strlen(t), all, 2), 2);
	assert_string_equal(all[1].entry.text, "communiqué de presse");
	/* an entry ending in a letter ends a word */
	t = "Communiquer avec la presse";
	assert_false(pm_lex_prefix(&q, t, strlen(t), NULL));
	/* unless the query lets it end inside one */
	q.section = PM_LEX_CONTACT_LEADS;
	t = "Contactos: Ana Ruiz";
	q.flags = PM_LEX_NO_BOUNDARY;
	assert_true(pm_lex_prefix(&q, t, strlen(t), &m));
	assert_string_equal(m.entry.text, "contacto");
	q.flags = 0;
	assert_false(pm_lex_prefix(&q, t, strlen(t), NULL));
	/* an entry ending in punctuation ends there */
	q.section = PM_LEX_ABOUT_HEADINGS;
	t = "À propos d'Hélioscope";
	assert_true(pm_lex_prefix(&q, t, strlen(t), &m));
	assert_int_equal(m.len, strlen("À propos d'"));
	t = "Acerca del Grupo Norte";
	assert_int_equal(pm_lex_opens(PM_LEX_ABOUT_HEADINGS, t), strlen("Acerca del"));
	/* a stem opens every word it begins */
	q.section = PM_LEX_ROLE_WORDS;
	t = "Ministerpräsidentin Jana Wolff";
	assert_true(pm_lex_prefix(&q, t, strlen(t), &m));
	assert_true(m.entry.stem);
	assert_string_equal(m.entry.text, "minist");
	assert_true(pm_lex_word(&q, "Ministre", 8, &m));
	assert_int_equal(m.len, 8);
	assert_false(pm_lex_word(&q, "Ministre Dupont", 15, NULL));
	/* the longest entry with a given character after it */
	q.section = PM_LEX_CONTACT_LEADS;
	q.flags = PM_LEX_NO_BOUNDARY;
	assert_int_equal(pm_lex_opens_before(&q, "Contact: Ana Ruiz", ':'), strlen("Contact"));
	assert_int_equal(pm_lex_opens_before(&q, "Contactos: Ana Ruiz", 's'), strlen("Contacto"));
	assert_int_equal(pm_lex_opens_before(&q, "Contactos: Ana Ruiz", ':'), 0);
	assert_int_equal(pm_lex_opens_before(&q, NULL, ' '), 0);
	/* the longest entry a text ends with, whatever comes before it */
	q.section = PM_LEX_MONTHS;
	q.flags = 0;
	assert_int_equal(pm_lex_ends(&q, "le 5 Mars", 9), strlen("Mars"));
	assert_int_equal(pm_lex_ends(&q, "le 5 Xmars", 10), strlen("mars"));
	assert_int_equal(pm_lex_ends(&q, "le 5 marsx", 10), 0);
}

static void tags_and_pending(void **state)
{
	pm_lex_query q = query(PM_LEX_RELEASE_LINES);
	pm_lex_match m;
	(void)state;
	/* "RELEASE" is a release line only on a line of its own */
	assert_true(pm_lex_word(&q, "Release", 7, &m));
	assert_true(m.entry.tags & PM_LEX_TAG(ALONE));
	q.without = PM_LEX_TAG(ALONE);
	assert_false(pm_lex_word(&q, "Release", 7, NULL));
	q.without = 0;
	q.with = PM_LEX_TAG(TAIL);
	assert_true(pm_lex_word(&q, "News Release", 12, NULL));
	assert_false(pm_lex_word(&q, "Joint Statement", 15, NULL));
	/* a word added for issue 13 that a rule now reads is live */
	q.with = 0;
	assert_true(pm_lex_word(&q, "Persbericht", 11, &m));
	assert_false(m.entry.tags & PM_LEX_TAG(PENDING));
	assert_string_equal(pm_lex_lang_code(m.entry.lang), "nl");
	/* words added for issue 13 wait until a rule asks for them */
	q = query(PM_LEX_HEADLINE_LABELS);
	assert_false(pm_lex_word(&q, "Titolo", 6, NULL));
	q.flags = PM_LEX_PENDING;
	assert_true(pm_lex_word(&q, "Titolo", 6, &m));
	assert_true(m.entry.tags & PM_LEX_TAG(PENDING));
	assert_string_equal(pm_lex_lang_code(m.entry.lang), "it");
	/* time zones: an offset, or none when the name does not say it */
	q = query(PM_LEX_TIME_ZONES);
	assert_true(pm_lex_word(&q, "IST", 3, &m));
	assert_int_equal(m.entry.num, 5 * 60 + 30);
	assert_string_equal(m.entry.value, "+05:30");
	assert_true(pm_lex_word(&q, "ET", 2, &m));
	assert_null(m.entry.value);
	assert_true(pm_lex_word(&q, "MESZ", 4, &m));
	assert_string_equal(pm_lex_lang_code(m.entry.lang), "de");
}

static void find_in_text(void **state)
{
	pm_lex_query q = query(PM_LEX_PHONE_LABELS);
	pm_lex_match m;
	const char *t = "Pour joindre Lucie : téléphone 04 72 00 11 22";
	(void)state;
	assert_true(pm_lex_find(&q, t, strlen(t), &m));
	assert_int_equal(m.start, strlen("Pour joindre Lucie : "));
	assert_string_equal(m.entry.text, "téléphone");
	/* at word starts only: "hotel" holds "tel" */
	t = "the hotel lobby";
	assert_false(pm_lex_find(&q, t, strlen(t), NULL));
	/* an entry that opens with a symbol needs no word start */
	q.section = PM_LEX_NUMBER_REFERENCES;
	t = "prix: 25$";
	assert_true(pm_lex_find(&q, t, strlen(t), &m));
	assert_int_equal(m.start, strlen("prix: 25"));
	assert_string_equal(pm_lex_lang_code(m.entry.lang), "any");
	/* anywhere, with PM_LEX_NO_BOUNDARY */
	q.section = PM_LEX_PHONE_LABELS;
	q.flags = PM_LEX_NO_BOUNDARY;
	t = "the hotel lobby";
	assert_true(pm_lex_find(&q, t, strlen(t), &m));
	assert_int_equal(m.start, 6);
}

static void case_as_written(void **state)
{
	pm_lex_query q = query(PM_LEX_PERSON_TITLES);
	pm_lex_match m;
	const char *t;
	(void)state;
	/* a title as its list writes it, not in another case; ’ reads as '
	 * in every form */
	assert_true(pm_lex_word(&q, "dott.", 5, NULL));
	q.flags = PM_LEX_CASE;
	assert_true(pm_lex_word(&q, "Dott.", 5, &m));
	assert_string_equal(m.entry.text, "Dott.");
	assert_false(pm_lex_word(&q, "dott.", 5, NULL));
	assert_false(pm_lex_word(&q, "DOTT.", 5, NULL));
	/* Dutch writes its titles in lower case: "prof." as nl.lex writes it */
	assert_true(pm_lex_word(&q, "prof.", 5, &m));
	assert_string_equal(pm_lex_lang_code(m.entry.lang), "nl");
	/* the apostrophe reads as ' whatever the case flags */
	q.section = PM_LEX_SPEECH_VERBS;
	t = "d\xE2\x80\x99" "apr\xC3\xA8s";
	assert_true(pm_lex_word(&q, t, strlen(t), NULL));
	/* ASCII letters alone fold: capitals without accents, not with them */
	q.flags = PM_LEX_ASCII_CASE;
	assert_true(pm_lex_prefix(&q, "SAGTE sie", 9, &m));
	assert_int_equal(m.len, 5);
	t = "A d\xC3\xA9" "clar\xC3\xA9 Lucie";
	assert_true(pm_lex_prefix(&q, t, strlen(t), &m));
	assert_int_equal(m.len, strlen("A d\xC3\xA9" "clar\xC3\xA9"));
	t = "A D\xC3\x89" "CLAR\xC3\x89 Lucie";
	assert_false(pm_lex_prefix(&q, t, strlen(t), NULL));
	/* a stem compares the letters it has */
	q.section = PM_LEX_ROLE_WORDS;
	q.flags = PM_LEX_CASE;
	assert_true(pm_lex_word(&q, "ministerin", 10, NULL));
	assert_false(pm_lex_word(&q, "Ministerin", 10, NULL));
	q.flags = PM_LEX_ASCII_CASE;
	assert_true(pm_lex_word(&q, "MINISTERIN", 10, NULL));
	/* capitalised, or in capitals, and the two together */
	q.section = PM_LEX_ORG_SUFFIXES;
	q.flags = PM_LEX_CAPITALS;
	assert_true(pm_lex_word(&q, "PLC", 3, NULL));
	assert_false(pm_lex_word(&q, "plc", 3, NULL));
	assert_false(pm_lex_word(&q, "Plc", 3, NULL));
	q.flags = PM_LEX_CASE | PM_LEX_CAPITALS;
	assert_true(pm_lex_word(&q, "plc", 3, NULL));
	assert_true(pm_lex_word(&q, "GMBH", 4, NULL));
	assert_false(pm_lex_word(&q, "Gmbh", 4, NULL));
	q.section = PM_LEX_CONTACT_WORDS;
	q.flags = PM_LEX_CAPITALISED;
	assert_true(pm_lex_word(&q, "Kontakt", 7, NULL));
	assert_false(pm_lex_word(&q, "kontakt", 7, NULL));
	assert_false(pm_lex_word(&q, "KONTAKT", 7, NULL));
	q.section = PM_LEX_ABOUT_HEADINGS;
	q.flags = PM_LEX_CAPITALS;
	t = "\xC3\x80 PROPOS DE";
	assert_true(pm_lex_word(&q, t, strlen(t), NULL));
	t = "\xC3\x80 PROPOS De";
	assert_false(pm_lex_word(&q, t, strlen(t), NULL));
}

static void iteration_and_names(void **state)
{
	pm_lex_entry e;
	size_t i, n = pm_lex_count(PM_LEX_WEEKDAYS), fr = 0;
	(void)state;
	assert_true(n >= 7 * 8);
	for (i = 0; i < n; i++) {
		assert_true(pm_lex_entry_at(PM_LEX_WEEKDAYS, i, &e));
		if (!strcmp(pm_lex_lang_code(e.lang), "fr")) {
			/* file order within a language */
			assert_int_equal(e.num, (int)++fr);
		}
	}
	assert_int_equal(fr, 7);
	assert_false(pm_lex_entry_at(PM_LEX_WEEKDAYS, n, &e));
	assert_string_equal(pm_lex_section_name(PM_LEX_SPEECH_VERBS), "speech_verbs");
	assert_int_equal(pm_lex_section_id("speech_verbs"), PM_LEX_SPEECH_VERBS);
	assert_int_equal(pm_lex_section_id("no_such_list"), -1);
	assert_int_equal(pm_lex_lang_id("xx"), -1);
	assert_null(pm_lex_lang_code(99));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tables_found),
		cmocka_unit_test(no_word_twice),
		cmocka_unit_test(mandatory_sections),
		cmocka_unit_test(values),
		cmocka_unit_test(entries_find_themselves),
		cmocka_unit_test(readme_documents_sections),
		cmocka_unit_test(whole_words),
		cmocka_unit_test(prefixes),
		cmocka_unit_test(tags_and_pending),
		cmocka_unit_test(find_in_text),
		cmocka_unit_test(case_as_written),
		cmocka_unit_test(iteration_and_names),
	};
	return cmocka_run_group_tests(tests, load_tables, free_tables);
}
