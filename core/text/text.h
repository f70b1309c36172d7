/* This floor may use: base kit
 * It is used by: model repair normalize engine isolate api
 *
 * text.h - the text floor: what the core knows of text before it knows of
 * documents. UTF-8 text cleaning and code point classes (utf8.c), the
 * predicates the normaliser's rules are written with, nz_* (predicates.c),
 * dates (dates.c), the press-release lexicon (lexicon.c and the tables
 * tools/lexc.py compiles), and the language resources a context loads
 * once: language identification (lang.c) and spelling dictionaries
 * (spell.c). Not installed; not part of the ABI.
 */
#ifndef PM_TEXT_H
#define PM_TEXT_H

#include "base/base.h"

/* Markers in block text while the model is being built (model.c puts
 * them, the cleaning below and the repairs know them). */
#define PM_MARK_WRAP '\x1f'   /* a layout line wrap, resolved when the model is finished */
#define PM_MARK_BREAK '\n'    /* an explicit line break, kept for the normaliser */

/* ---- UTF-8 and text (utf8.c; decoding is the kit's) ------------------ */

/* The text cleaning every field gets (RECORD.md): NFC, ligatures
 * U+FB00-FB06 expanded (and the stray space after them removed), soft
 * hyphens dropped, control characters other than the model's markers
 * dropped, runs of white space collapsed to one space (newlines kept when
 * keep_newlines), trimmed. Returns a new string or NULL. */
char *pm_text_clean(const char *s, bool keep_newlines);
/* Collapse all white space (newlines too) to single spaces and trim. */
char *pm_text_flatten(const char *s);
/* NFC of s; new string. */
char *pm_text_nfc(const char *s);
/* Whether NFC leaves this code point alone wherever it stands (utf8.c). */
bool pm_cp_nfc_inert(int32_t cp);
/* Case-folded copy (for comparisons). */
char *pm_text_fold(const char *s);
/* A line written in capitals (s[0..n): no small letter, two capitals or
 * more, one of them beyond Latin-1: Cyrillic, Greek, Latin Extended) in
 * sentence case, for lookups in lists whose words are written in small
 * letters and that fold only ASCII and Latin-1 ("О КОМПАНИИ" gives "О
 * компании"): its first letter kept, every other letter in small
 * letters where that keeps its bytes, so that offsets into the copy are
 * offsets into s. New string of n bytes; NULL when s is no such line. */
char *pm_text_caps_to_sentence(const char *s, size_t n);

/* Code point classification used by the heuristics. */
bool pm_cp_is_letter(int32_t cp);
bool pm_cp_is_upper(int32_t cp);
bool pm_cp_is_lower(int32_t cp);
bool pm_cp_is_digit(int32_t cp);
bool pm_cp_is_space(int32_t cp);
bool pm_cp_is_dash(int32_t cp);
/* A precomposed Hangul syllable (U+AC00-D7A3): a Korean word's letter.
 * The Hangul Syllables block runs to U+D7AF, but U+D7A4-D7AF hold no
 * character, and the archaic conjoining jamo of Jamo Extended-B
 * (U+D7B0-D7FF) never open a word written in syllables: the language
 * guess, a place's first letter and a contact name's script ask for
 * syllables, this range. */
bool pm_cp_is_hangul(int32_t cp);

/* Word count and other stats on flattened text. */
size_t pm_text_words(const char *s);
size_t pm_text_chars(const char *s);

/* ---- predicates of the rules (predicates.c) -------------------------- */

size_t nz_cps(const char *s);
int32_t nz_first_cp(const char *s);
int32_t nz_last_cp(const char *s);
int32_t nz_last_cp_n(const char *s, size_t n);
/* The last code point closes a sentence (or a clause: ':' ';'). */
bool nz_ends_sentence(const char *s);
bool nz_ends_sentence_cp(int32_t c);
bool nz_colon_cp(int32_t c);
/* Han or kana (Chinese, Japanese: no spaces between words). */
bool nz_cjk_cp(int32_t c);
bool nz_unspaced_cp(int32_t c);
size_t nz_words(const char *s);
bool nz_has_digit(const char *s);
/* A superscript digit (U+00B9, U+00B2, U+00B3, U+2070, U+2074..U+2079),
 * a note's number set raised: its length at s (2 or 3), else 0. */
size_t nz_superscript_digit(const char *s);
/* A byte of an e-mail address's local part (letters, digits, . _ % + -). */
bool nz_email_char(unsigned char c);
/* The piece of an e-mail domain at p that a line end cut off from the
 * rest (contacts.email_wrapped, read by the contacts stage and
 * find_email): its length (lower-case letters, figures, hyphens, dots
 * each before a lower-case letter; 64 bytes at the most), its dots in
 * *dots and the offset after the last one in *last (0: none). */
size_t nz_domain_piece(const char *p, size_t *dots, size_t *last);
/* Whether p[from..to) is ASCII lower-case letters only. */
bool nz_ascii_lower(const char *p, size_t from, size_t to);
/* Case-insensitive prefix test with ASCII folding and Latin-1 accents
 * folded to their upper-case forms; returns bytes of s matched or 0. */
size_t nz_prefix(const char *s, const char *p);
/* The same, ending at a word boundary. */
size_t nz_prefix_word(const char *s, const char *p);
bool nz_equals(const char *s, const char *p);
/* Only separators from s to its end: spaces, dashes, ':' ',' '.' '|' and
 * parentheses. */
bool nz_only_punct(const char *s);
/* A decimal digit at s (ASCII, Arabic-Indic U+0660-0669 or extended
 * U+06F0-06F9): its value and byte length, or -1. */
int nz_digit_at(const char *s, size_t *len);
/* A byte of a word: ASCII letter or digit, or part of a multi-byte
 * character. */
bool nz_word_byte(unsigned char c);
void nz_lower_ascii(char *s);
/* w in win at word boundaries (a w ending in punctuation may be followed
 * by anything). */
bool nz_has_word(const char *win, const char *w);
/* Trim spaces and the given punctuation (and en or em dashes at the end)
 * from both ends of the n bytes at s; new string. */
char *nz_trim(const char *s, size_t n, const char *punct);

/* ---- dates (dates.c) ------------------------------------------------- */

typedef struct pm_date {
	int y, m, d;
	bool ambiguous;   /* numeric, both day-first and month-first valid */
	bool numeric;
	size_t start, end; /* byte offsets of the expression */
} pm_date;

/* A date starting exactly at byte i of s (n bytes). dayfirst: 1 to read
 * an ambiguous numeric date day-first (most of the world), 0 month-first
 * (the United States). */
bool pm_date_at(const char *s, size_t n, size_t i, int dayfirst, pm_date *out);
/* The first date at or after byte `from`. */
bool pm_date_find(const char *s, size_t n, size_t from, int dayfirst, pm_date *out);
void pm_date_iso(const pm_date *d, char out[11]);
/* A line that is a date and nothing else but separators, the date within
 * its first dozen bytes, at most 60 bytes in all. */
bool pm_date_only(const char *t, int dayfirst);
/* A time of day at i ("10:00", "9 a.m.", "14h30"): 1 and its parts, else 0. */
int pm_date_time_at(const char *s, size_t n, size_t i, int *hh, int *mm, size_t *end);
bool pm_date_time_range(const char *s, size_t n);

/* ---- the lexicon (lexicon.c) ------------------------------------------
 *
 * The press-release lexicon: the word lists of
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
	/* Case as the text writes it. Without these flags a lookup ignores
	 * case; with one or more, the text must be written in one of the
	 * forms they name (’ always reads as '): */
	/* as the entry is written ("Dr." is a title, "dr." is not) */
	PM_LEX_CASE = 1u << 2,
	/* with ASCII letters in either case, every other character as the
	 * entry writes it ("SAGTE" is "sagte"; "DÉCLARÉ" is not "déclaré"),
	 * as the C library's strncasecmp() compares */
	PM_LEX_ASCII_CASE = 1u << 3,
	/* its first letter in capitals, the rest as the entry is written
	 * ("Kontakt" for "kontakt") */
	PM_LEX_CAPITALISED = 1u << 4,
	/* every letter in capitals ("PLC" for "plc", "À PROPOS" for "à propos") */
	PM_LEX_CAPITALS = 1u << 5,
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
	unsigned flags;      /* PM_LEX_NO_BOUNDARY, PM_LEX_PENDING, PM_LEX_CASE ... */
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
/* Every entry that s[0..n) opens, shortest first, into out; returns how
 * many it stored (at most max), so a caller loops over what it got.
 * tools/lexc.py refuses a list where more than PM_LEX_MAX_NESTED entries
 * open one text, so an array of that many holds them all. */
#define PM_LEX_MAX_NESTED 16
size_t pm_lex_prefixes(const pm_lex_query *q, const char *s, size_t n, pm_lex_match *out, size_t max);
/* The first place in s[0..n) where an entry starts a word (or starts
 * anywhere, with PM_LEX_NO_BOUNDARY), the longest entry there. */
bool pm_lex_find(const pm_lex_query *q, const char *s, size_t n, pm_lex_match *m);

/* Can an entry of section s open with the ASCII character c (folded as
 * the section folds)? false means no lookup from c can find one: the
 * callers that try every word of a text skip it. */
bool pm_lex_ascii_opens(pm_lex_section s, unsigned char c);

/* Shorthands over every language, pending entries left out. */
bool pm_lex_has(pm_lex_section s, const char *word);
size_t pm_lex_opens(pm_lex_section s, const char *text);  /* bytes, 0 if none */
/* The longest entry that the string s opens with the character `after`
 * right behind it ("page" and its space in "page 3"): its bytes, 0 if
 * none. */
size_t pm_lex_opens_before(const pm_lex_query *q, const char *s, char after);
/* The longest entry that s[0..n) ends with (as a whole: its first byte
 * may follow anything): its bytes, 0 if none. */
size_t pm_lex_ends(const pm_lex_query *q, const char *s, size_t n);

/* The entries of a section, language by language in file order. */
size_t pm_lex_count(pm_lex_section s);
bool pm_lex_entry_at(pm_lex_section s, size_t i, pm_lex_entry *e);

/* The lexicon's case folding of one code point (fold: 0 NZ, 1 BASE). */
int32_t pm_lex_fold_cp(int32_t c, int fold);
/* Do a and b read the same to section s (its folding)? */
bool pm_lex_same(pm_lex_section s, const char *a, const char *b);


/* The compiled tables' layout, shared by the source tools/lexc.py
 * generates ($(BUILD)/gen/lexicon_data.c) and lexicon.c, their only
 * reader.
 *
 * Each section is a radix trie over case-folded code points: a node's
 * label is the folded UTF-8 of the code points on the edge into it, its
 * children are contiguous and sorted by the first code point of their
 * label, and the entries whose folded key ends at the node are listed
 * from pm_lex_node_entries[entries], language by language.
 */
typedef struct pm_lex_node {
	uint32_t label;      /* offset in pm_lex_labels */
	uint32_t first;      /* first code point of the label (0 for a root) */
	uint32_t child;      /* index of the first child in pm_lex_nodes */
	uint32_t entries;    /* offset in pm_lex_node_entries */
	uint16_t label_len;  /* bytes */
	uint16_t nchild;
	uint16_t nentries;
} pm_lex_node;

typedef struct pm_lex_row {
	uint32_t text;       /* offset in pm_lex_strings */
	uint32_t value;      /* offset in pm_lex_strings, or UINT32_MAX */
	int32_t num;
	uint32_t tags;
	uint8_t lang;
	uint8_t stem;
} pm_lex_row;

typedef struct pm_lex_sect {
	uint32_t root;       /* node index */
	uint32_t first;      /* first row of the section in pm_lex_rows */
	uint32_t count;
	uint8_t fold;        /* 0 NZ, 1 BASE */
	uint8_t ascii[128];  /* the root's branch for ASCII c (folded): 1 + its
	                      * place among the root's children, 0 none */
} pm_lex_sect;

extern const char pm_lex_strings[];
extern const unsigned char pm_lex_labels[];
extern const pm_lex_node pm_lex_nodes[];
extern const uint16_t pm_lex_node_entries[];
extern const pm_lex_row pm_lex_rows[];
extern const pm_lex_sect pm_lex_sects[PM_LEX_NSECTIONS];
extern const char *const pm_lex_lang_codes[];
extern const size_t pm_lex_nlang;
extern const char *const pm_lex_section_names[PM_LEX_NSECTIONS];


/* ---- language resources (lang.c, spell.c) ---------------------------- */

struct pm_spell_cache;

/* What a context loads once and keeps for its conversions: the n-gram
 * models of language identification and the spelling dictionaries, each
 * lazily, on first use. Zero it, set log; pm_lingua_close() frees it. */
typedef struct pm_lingua {
	const pm_logger *log;
	struct pm_ngram_models *ngrams; /* the n-gram models (ngram.c) */
	void *textcat;            /* libexttextcat's handle, for what ngram.c leaves to it */
	bool textcat_failed;
	struct pm_spell_cache *dicts;  /* hunspell, per language (spell.c) */
} pm_lingua;

void pm_lingua_close(pm_lingua *l);

/* ISO 639-1 code (static string) or NULL when unsure (lang.c). */
const char *pm_lang_identify(pm_lingua *l, const char *text, size_t len);
/* Free the n-gram models (pm_lingua_close does, with the rest). */
void pm_lang_close(pm_lingua *l);

/* libexttextcat's textcat_Classify, the same to the byte (ngram.c): the
 * models named (dir + name + ".lm"), NULL when one cannot be read; the
 * verdict ("[en][fr]" or "UNKNOWN") in out, 1 returned, or 0 for a
 * text it leaves to libexttextcat (one that ends inside a UTF-8
 * sequence). */
typedef struct pm_ngram_models pm_ngram_models;
pm_ngram_models *pm_ngram_load(const char *dir, const char *const *names);
void pm_ngram_free(pm_ngram_models *m);
int pm_ngram_classify(const pm_ngram_models *m, const char *text, size_t len, char *out,
                      size_t outsz);
/* Is word spelled right in lang's dictionary: 1, 0, or -1 without one
 * (spell.c). */
int pm_spell(pm_lingua *l, const char *lang, const char *word);

#endif
