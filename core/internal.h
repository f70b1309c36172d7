/*
 * internal.h - declarations shared by the library's own modules: the
 * document model, the text utilities, the loader, the normaliser and the
 * record writer. Not installed; not part of the ABI.
 */
#ifndef PM_INTERNAL_H
#define PM_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include <pressmill/pressmill.h>

#include "text/text.h"

/* ---- the document model (model.c) ------------------------------------ */

/* What a scan of Arabic-script text found (arabic.c): the signs of a
 * bidi reordering that turned glyph clusters round, which correct writing
 * never shows, and the letters that tell Arabic from the other languages
 * written in its script. */
typedef struct pm_arabic_stats {
	unsigned long marks_first;   /* a combining mark opening a word */
	unsigned long stop_first;    /* a line opening with its own full stop */
	unsigned long alef_pairs;    /* two alefs in a row (Persian writes them) */
	unsigned long tanween_first; /* "اًل": the fathatan before the lam */
	unsigned long letters;       /* Arabic-script letters */
	unsigned long other_letters; /* letters of Persian, Urdu, Pashto, Kurdish... */
	unsigned long dict_words, dict_known; /* a sample read with the Arabic dictionary */
} pm_arabic_stats;

typedef struct pm_cell {
	int row;
	int col;
	char *text;
} pm_cell;

typedef struct pm_block {
	int type;
	int level;
	int role;
	int page;
	double font_size;
	unsigned flags;
	char *style;
	double x0, y0, x1, y1;
	unsigned layout;     /* PM_BL_* from a layout plugin, 0 when unknown */
	char *font;          /* dominant font name, or NULL */
	char *text;          /* cleaned UTF-8; '\n' marks explicit line breaks */
	pm_cell *cells;      /* tables */
	size_t ncells, cellcap;
	char **links;
	size_t nlinks;
	/* Set by the normaliser: what the block became (pm_part). */
	int part;
} pm_block;

typedef struct pm_doc {
	pm_block *blocks;
	size_t nblocks;
	size_t cap;
	json_t *properties;  /* object, owned */
	int pages;           /* 0 unknown */
	char *encoding;
	json_t *warnings;    /* array of {"code","message"}, owned */
	int fail_status;     /* pm_status from host->fail */
	char *fail_message;
	const pm_limits *limits;
	uint64_t text_bytes;
	bool stopped;        /* a limit or OOM: the plugin was told to stop */
	bool oom;
	/* building state */
	pm_buf cur;
	bool open;
	int cur_cell_row, cur_cell_col;
	bool in_cell;
	pm_block pending;    /* attributes of the open block */
	unsigned long invalid_utf8;
	pm_lingua *lingua;   /* the context's dictionaries (pm_host.spell, repairs) */
	/* finishing: the document's words (outside line wraps) and what it
	 * shows of its hyphenation, the evidence of line-end hyphen joins */
	pm_strmap words;
	unsigned hyphen_proofs;
	const char *lang;    /* pm_lang_identify() of a sample, once lang_done */
	bool lang_done;
	/* Arabic reordering damage in visual-order text (arabic.c) */
	pm_arabic_stats arabic;
	bool arabic_damaged, arabic_dictionary;
	/* what each repair changed (README, "Repairs"), in the order first met */
	struct {
		char name[24];
		unsigned long count;
	} repairs[8];
	size_t nrepairs;
} pm_doc;

void pm_doc_init(pm_doc *d, const pm_limits *lim);
void pm_doc_free(pm_doc *d);
/* The host callbacks bound to the model. */
const pm_host *pm_doc_host(void);
/* Add a warning {"code","message"} (deduplicated by code+message). */
void pm_doc_warn(pm_doc *d, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Close the open block; resolve line wraps (with hyphen joining) using the
 * whole document as evidence; repair Arabic reordering damage in
 * visual-order text that shows it. */
void pm_doc_finish(pm_doc *d, pm_lingua *lingua);
/* After pm_doc_finish: whether "left-" + "right", split by a break the
 * layout made, is one word, decided as a line-end hyphen is (the
 * document's words and hyphenation as evidence); a join is counted. */
int pm_doc_hyphen_join(pm_doc *d, pm_lingua *lingua, const char *left, const char *right);
/* Count n changes made by a repair (README, "Repairs"). */
void pm_doc_repaired(pm_doc *d, const char *name, unsigned long n);
/* Append a block directly (tests, fuzzers). text is copied. */
pm_block *pm_doc_add(pm_doc *d, int type, const char *text);

/* ---- line-end hyphens (hyphen.c) ------------------------------------- */

/* Decide whether "left-" + "right" split at a line end is one word
 * ("extré-" + "misme" -> 1) or a real compound ("sous-" + "estimée" -> 0).
 * joined_seen / hyphen_seen: how often each form occurs elsewhere in the
 * document; lang: ISO 639-1 or NULL. */
/* The same with rule 3 left to the caller: 1 join, 0 keep, -1 undecided;
 * *strong says the verdict proves typesetter hyphenation. */
int pm_hyphen_decide(pm_lingua *lingua, const char *left, const char *right,
                     unsigned joined_seen, unsigned hyphen_seen, const char *lang, bool *strong);
int pm_hyphen_join(pm_lingua *lingua, const char *left, const char *right,
                   unsigned joined_seen, unsigned hyphen_seen, const char *lang);


/* Arabic text whose lam-alef ligatures a PDF's reordering turned round
 * ("األمين" for "الأمين"): repaired word by word where the dictionary
 * knows the repaired form. Returns a new string, or NULL when nothing
 * changed (arabic.c). */
char *pm_arabic_repair(pm_lingua *lingua, const char *text);
/* Add what text (with the model's line markers) shows to *st. */
void pm_arabic_scan(const char *text, pm_arabic_stats *st);
/* Text in Arabic itself: next to none of the letters that only the other
 * languages of the script use. */
bool pm_arabic_language(const pm_arabic_stats *st);
/* Strong evidence of the damage: PM_ARABIC_MIN_SIGNS signs at least, and
 * one in every thousand letters (alef pairs counted only in Arabic
 * itself): a reordered document shows them in line after line. */
#define PM_ARABIC_MIN_SIGNS 3
bool pm_arabic_damaged(const pm_arabic_stats *st);
/* Whether the Arabic dictionary knows most of the words of the
 * visual-order blocks (the sample's counts go to *st): it is the text's
 * language, and its verdicts mean something. */
bool pm_arabic_dictionary_fits(pm_lingua *lingua, const pm_block *b, size_t n, pm_arabic_stats *st);
/* The reordering fixes that need no dictionary, on text that still holds
 * the model's line markers; NULL when nothing changed. */
char *pm_arabic_fix_order(const char *text);

/* ---- loader (loader.c) ----------------------------------------------- */

typedef struct pm_loaded {
	const pm_plugin *p;
	void *handle;
	char *file;
} pm_loaded;

typedef struct pm_registry {
	pm_loaded *v;
	size_t n;
	json_t *listing;    /* array, see pm_context_plugins */
	char **dirs;        /* real paths of the folders searched, each once */
	size_t ndirs;
} pm_registry;

void pm_registry_load(pm_registry *r, const char *path, bool no_default,
                      pm_log_fn log, void *log_user);
/* Register an already-linked plugin descriptor (tests, fuzzers). Returns
 * 0, or -1 with the reason in *why (static string). */
int pm_registry_add(pm_registry *r, const pm_plugin *p, void *handle, const char *file,
                    const char **why);
void pm_registry_free(pm_registry *r);
/* Load one plugin file into the registry (a worker loading its caller's). */
void pm_registry_load_file(pm_registry *r, const char *file, pm_log_fn log, void *log_user);
/* The best bidder for these bytes or NULL; *bid gets its score. */
const pm_plugin *pm_registry_probe(const pm_registry *r, const unsigned char *head,
                                   size_t len, uint64_t size, const char *name, int *bid);
/* Check a descriptor: NULL when usable, else why not. */
const char *pm_plugin_check(const pm_plugin *p);

/* ---- the context (convert.c) ----------------------------------------- */

struct pm_context {
	pm_options opt;
	pm_logger log;           /* opt.log and opt.log_user */
	pm_registry reg;
	char *plugin_path;
	pm_lingua lingua;        /* language models and dictionaries, lazily */
	pm_pool *pool;           /* isolate: the one-worker pool (isolate.c) */
};


/* ---- normaliser (normalize.c) and record (record.c) ------------------ */

/* What a block became. */
enum pm_part {
	PM_PART_NONE = 0,
	PM_PART_BODY,
	PM_PART_HEADLINE,
	PM_PART_SUBHEADLINE,
	PM_PART_RELEASE,
	PM_PART_DATELINE,
	PM_PART_LETTERHEAD,
	PM_PART_BYLINE,
	PM_PART_ABOUT,
	PM_PART_CONTACT,
	PM_PART_END_MARK,
	PM_PART_AFTER_END,
	PM_PART_FURNITURE,
	PM_PART_JUNK,
};

/* The fields the normaliser finds, before they become JSON. */
typedef struct pm_fields {
	json_t *rec;        /* the record being built (owned) */
	json_t *evidence;   /* explain: {"field": {"rule":..., "block":...}} */
} pm_fields;

/* Fill the press-release fields of rec from the model (RECORD.md). */
void pm_normalize(pm_lingua *lingua, pm_doc *doc, json_t *rec, json_t *evidence);

/* Build a record skeleton with every key in order, values null/[]. */
json_t *pm_record_skeleton(void);
/* Set status/error from a failure. */
void pm_record_fail(json_t *rec, int status, const char *message);
/* Recompute text and stats from headline, subheadline and body. */
void pm_record_text(json_t *rec);
/* Set source.path to the display name; a name that is not UTF-8 also
 * gets its exact bytes, base64, in source.path_bytes. */
void pm_record_set_path(json_t *rec, const char *display);
/* Set a string member from C text (NULL -> null); invalid UTF-8 replaced. */
void pm_json_set_str(json_t *obj, const char *key, const char *s);

/* A string member's value, "" when absent or not a string (a setter
 * that failed for want of memory leaves it so): safe to compare. */
static inline const char *pm_json_str(const json_t *v)
{
	const char *s = json_string_value(v);
	return s ? s : "";
}

extern const char pm_schema_text[];

/* ---- the worker program (pool.c) ------------------------------------- */
/* main() of pressmill-worker, the process an isolated conversion runs in. */
PM_API int pm_worker_main(int argc, char **argv);

#endif
