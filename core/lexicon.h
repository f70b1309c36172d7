/*
 * lexicon.h - the press-release lexicon: the word lists of
 * core/lexicon/LANG.lex (one file per language, any.lex for the lists that
 * belong to none), compiled into the library at build time by
 * tools/lexc.py, and looked up here. The normaliser's rules ask it
 * whether a word or a line opening is in a list, in which language, and
 * with which value (a month's number, a time zone's offset).
 *
 * Matching ignores case the way nz_prefix() does (ASCII and Latin-1
 * letters, the typographic apostrophe as '); sections declared BASE in
 * sections.def also ignore accents, as acronyms.c does. An entry that ends
 * in a letter or a digit matches only at the end of a word in the text;
 * one that ends in punctuation ("Tél.", "t:", "à propos d'") ends where it
 * ends; a stem (written "minist*") matches any word it begins. No lookup
 * allocates, none reads a file.
 */
#ifndef PM_LEXICON_H
#define PM_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum pm_lex_section {
#define PM_LEX_TAG_DEF(NAME, name)
#define PM_LEX_SECTION_DEF(NAME, name, need, value, fold, tags) PM_LEX_##NAME,
#include "lexicon/sections.def"
#undef PM_LEX_SECTION_DEF
#undef PM_LEX_TAG_DEF
	PM_LEX_NSECTIONS
} pm_lex_section;

enum pm_lex_tag_bit {
#define PM_LEX_TAG_DEF(NAME, name) PM_LEX_TAG_BIT_##NAME,
#define PM_LEX_SECTION_DEF(NAME, name, need, value, fold, tags)
#include "lexicon/sections.def"
#undef PM_LEX_SECTION_DEF
#undef PM_LEX_TAG_DEF
	PM_LEX_NTAGS
};

/* Tag masks: PM_LEX_TAG_ALONE, PM_LEX_TAG_PENDING ... */
#define PM_LEX_TAG(NAME) (UINT32_C(1) << PM_LEX_TAG_BIT_##NAME)

/* A set of languages, one bit per language id; bit 0 is any.lex. */
typedef uint32_t pm_lex_langs;
#define PM_LEX_ALL_LANGS UINT32_C(0xFFFFFFFF)

/* Query flags. */
enum {
	/* the entry may end inside a word of the text ("Contacto" in
	 * "Contactos"), as a plain prefix test does */
	PM_LEX_NO_BOUNDARY = 1u << 0,
	/* see also the entries tagged "pending" (added for issue 13, used
	 * by no rule yet); every lookup skips them otherwise */
	PM_LEX_PENDING = 1u << 1,
};

/* One entry of a list, as its file writes it. */
typedef struct pm_lex_entry {
	const char *text;    /* the entry as written, without the stem's '*' */
	const char *value;   /* the value after '=', or NULL */
	int32_t num;         /* the value as a number: month 1-12, weekday 1-7,
	                        number, offset in minutes; 0 without a value */
	uint32_t tags;       /* PM_LEX_TAG(...) bits */
	int lang;            /* language id (0: any.lex) */
	bool stem;           /* matches any word it begins */
} pm_lex_entry;

/* What a lookup found. */
typedef struct pm_lex_match {
	size_t start;        /* byte offset of the match (pm_lex_find) */
	size_t len;          /* bytes of text matched */
	pm_lex_entry entry;  /* the entry, in the first language of langs holding it */
	pm_lex_langs langs;  /* every language of the query's that holds it */
} pm_lex_match;

typedef struct pm_lex_query {
	pm_lex_section section;
	pm_lex_langs langs;  /* PM_LEX_ALL_LANGS, or pm_lex_langs_of("fr") */
	uint32_t with;       /* entries must carry every one of these tags */
	uint32_t without;    /* ... and none of these */
	unsigned flags;      /* PM_LEX_NO_BOUNDARY, PM_LEX_PENDING */
} pm_lex_query;

/* Languages: ids 0 (any) to pm_lex_nlangs() - 1, in the order of
 * pm_lex_lang_code(): any, then the files' codes sorted. */
size_t pm_lex_nlangs(void);
const char *pm_lex_lang_code(int id);
int pm_lex_lang_id(const char *code);          /* -1 when no file has it */
/* The lists of one language and the language-neutral ones; every list
 * when the language has no file (or code is NULL). */
pm_lex_langs pm_lex_langs_of(const char *code);

const char *pm_lex_section_name(pm_lex_section s);
int pm_lex_section_id(const char *name);       /* -1 when unknown */

/* Is w[0..n) (the whole of it) an entry? A stem matches a single word
 * that it begins. m->len is n. */
bool pm_lex_word(const pm_lex_query *q, const char *w, size_t n, pm_lex_match *m);
/* The longest entry that s[0..n) opens; s is taken to start a word. */
bool pm_lex_prefix(const pm_lex_query *q, const char *s, size_t n, pm_lex_match *m);
/* Every entry that s[0..n) opens, shortest first; returns how many
 * (out holds the first max of them). */
size_t pm_lex_prefixes(const pm_lex_query *q, const char *s, size_t n, pm_lex_match *out, size_t max);
/* The first place in s[0..n) where an entry starts a word (or starts
 * anywhere, with PM_LEX_NO_BOUNDARY), the longest entry there. */
bool pm_lex_find(const pm_lex_query *q, const char *s, size_t n, pm_lex_match *m);

/* Shorthands over every language, pending entries left out. */
bool pm_lex_has(pm_lex_section s, const char *word);
size_t pm_lex_opens(pm_lex_section s, const char *text);  /* bytes, 0 if none */

/* The entries of a section, language by language in file order. */
size_t pm_lex_count(pm_lex_section s);
bool pm_lex_entry_at(pm_lex_section s, size_t i, pm_lex_entry *e);

/* The lexicon's case folding of one code point (fold: 0 NZ, 1 BASE). */
int32_t pm_lex_fold_cp(int32_t c, int fold);
/* Do a and b read the same to section s (its folding)? */
bool pm_lex_same(pm_lex_section s, const char *a, const char *b);

#endif
