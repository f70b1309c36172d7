/* This floor may use: text base kit
 * It is used by: repair normalize engine isolate api
 *
 * model.h - the model floor: the document model every plugin fills
 * through the pm_host callbacks (model.c), the same for every format, and
 * the record (record.c), the one place JSON is built. Not installed; not
 * part of the ABI.
 */
#ifndef PM_MODEL_H
#define PM_MODEL_H

#include <jansson.h>

#include "text/text.h"

/* ---- the document model (model.c) ------------------------------------ */

/* What a scan of Arabic-script text found (repair/arabic.c): the signs of
 * a bidi reordering that turned glyph clusters round, which correct
 * writing never shows, and the letters that tell Arabic from the other
 * languages written in its script. */
typedef struct pm_arabic_stats {
	unsigned long marks_first;   /* a combining mark opening a word */
	unsigned long marks_last;    /* one closing a word, after its letter */
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
	bool header;         /* its row is the table's header row (PM_CELL_HEADER_ROW) */
	char *text;
} pm_cell;

/* A figure the plugin gave (pm_host.figure): a block of the model, in its
 * place among the others, that no plugin can give as a block type (the
 * core clamps those below PM_BLOCK_TYPE_COUNT). Its text is the caption
 * the format attached to it, or NULL. Not content: never body. */
#define PM_BLOCK_FIGURE (PM_BLOCK_TYPE_COUNT + 1)

/* Bounds on the document's structure, each reached with a warning
 * (limit.tables, limit.links, limit.images): a document of a million
 * empty cells or links costs no text bytes, so the text limit alone does
 * not hold them. Past the cell bound a table's text runs on in its last
 * cell; links and figures past theirs are not kept. */
#define PM_MAX_CELLS 100000
#define PM_MAX_LINKS 10000
#define PM_MAX_FIGURES 2000
/* A property that is a list (source.properties.tags, front matter's
 * topics) keeps its first items: a plugin's list has no other bound. */
#define PM_MAX_PROPERTY_ITEMS 200

/* What a block became (set by the normaliser). */
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
	char **links;        /* URLs as written, in the block's order */
	char **link_texts;   /* beside each, the text showing it, or NULL */
	size_t nlinks;
	/* Set by the normaliser: what the block became (pm_part). */
	int part;
	/* Set by the normaliser with part PM_PART_FURNITURE or
	 * PM_PART_LETTERHEAD: the kind of furniture the rule that set it
	 * aside took it for (static: one of docs/record.md's furniture[]
	 * kinds), or "" when another field of the record holds its text
	 * (a rubric gone to tags); NULL: the block's type and place tell
	 * (normalize/structure.c). */
	const char *aside;
} pm_block;

typedef struct pm_warning {
	char *code;
	char *message;       /* valid UTF-8 */
	int effect;          /* pm_effect (plugin.h): informs, or makes the record partial */
} pm_warning;

typedef struct pm_doc {
	pm_block *blocks;
	size_t nblocks;
	size_t cap;
	const char *format;  /* the plugin that read it ("txt"), static */
	json_t *properties;  /* object, owned */
	int pages;           /* 0 unknown */
	char *encoding;
	pm_warning *warnings; /* in the order raised, each code and message once */
	size_t nwarnings, capwarnings;
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
	bool cell_header;    /* the open row is a header row */
	size_t ncells, nlinks, nfigures;  /* the whole document's, for the bounds above */
	char **figures_after; /* figures given while a block was open: they follow it */
	size_t nfigures_after;
	pm_block pending;    /* attributes of the open block */
	unsigned long invalid_utf8;
	pm_lingua *lingua;   /* the context's dictionaries (pm_host.spell, repairs) */
	/* what the repairs found (repair/): the language of the repaired
	 * text, NULL when unsure or when the text is no language; Arabic
	 * reordering damage in visual-order text */
	const char *language;
	pm_arabic_stats arabic;
	bool arabic_damaged, arabic_dictionary;
	const char *arabic_rule;  /* what decided, for --explain (static) */
	/* what each repair changed (README, "Repairs"), in the order first met */
	struct {
		char name[24];
		unsigned long count;
	} repairs[8];
	size_t nrepairs;
	json_t *ocr;         /* source.ocr from pm_host.ocr_done, or NULL (ocr.c) */
} pm_doc;

void pm_doc_init(pm_doc *d, const pm_limits *lim);
void pm_doc_free(pm_doc *d);
/* The host callbacks bound to the model. */
const pm_host *pm_doc_host(void);
/* Add a warning, with what it does to the record (deduplicated by code
 * and message). */
void pm_doc_warn(pm_doc *d, const char *code, int effect, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* A property of the file the plugin gave ("title", "date" ...), or NULL. */
const char *pm_doc_property(const pm_doc *d, const char *key);
/* The plugin is done: close the open block, say how many invalid UTF-8
 * sequences were replaced. The repairs come next (repair/). */
void pm_doc_finish(pm_doc *d);
/* Count n changes made by a repair (README, "Repairs"). */
void pm_doc_repaired(pm_doc *d, const char *name, unsigned long n);
/* Append a block directly (tests, fuzzers). text is copied. */
pm_block *pm_doc_add(pm_doc *d, int type, const char *text);

/* The host callbacks for a plugin that reads page images (ocr.c): what
 * OCR did becomes the record's source.ocr (pm_host.ocr_done), and the
 * record's language identifier is lent for choosing an OCR model
 * (pm_host.language). */
int pm_host_ocr_done(pm_sink *s, const pm_ocr_report *r);
const char *pm_host_language(pm_sink *s, const char *utf8, size_t len);
/* Whether a block of this type holds the document's own text (paragraphs,
 * headings, lists, quotes, tables, text boxes), not page furniture. */
bool pm_block_is_content(int type);
/* A table's text: its cells in reading order, one space apart, after any
 * text of its own (once its cells are finished). */
void pm_block_table_text(pm_block *b);

/* ---- the record's fields, as the normaliser finds them --------------- */

/* A list of strings, each owned. */
typedef struct pm_strv {
	char **v;
	size_t n, cap;
} pm_strv;

typedef struct pm_body_item {
	const char *type;    /* "paragraph", "heading", "list_item", "quote", "table" */
	char *text;
	int level;           /* headings: 1-6 */
	size_t block;        /* the block it came from (index in the document model) */
	long table;          /* tables: its index in pm_fields.tables, -1 when none */
} pm_body_item;

/* A table of the document (the record's tables[]): its rows of cells as
 * the format gives them, the first row a header when the format says so. */
typedef struct pm_table {
	char *caption;
	bool header;
	pm_strv *rows;
	size_t nrows;
} pm_table;

typedef struct pm_link {
	char *text, *url;    /* text NULL when the format gave none */
} pm_link;

typedef struct pm_image {
	char *caption;       /* NULL when none */
	int page;            /* 0: unknown */
} pm_image;

/* A footnote or endnote of the document (the record's notes[]): its text
 * as the note gives it, without its number. */
typedef struct pm_note {
	char *text;
	int page;            /* 0: unknown */
} pm_note;

/* Text the document prints that the normaliser or the plugin set aside
 * as page furniture (the record's furniture[], record 1.2): running
 * headers and footers, page numbers, letterheads, captions no figure
 * took... kind is static, one of docs/record.md's names. */
typedef struct pm_furniture {
	char *text;
	const char *kind;
	int page;            /* 0: unknown */
} pm_furniture;

typedef struct pm_quote {
	char *text, *speaker;
	char *role, *organization;  /* record 1.1: the speaker's, when the text gives them */
	long block;                 /* the paragraph it was found in (doc->blocks), -1 unknown */
} pm_quote;

typedef struct pm_about {
	char *heading;
	pm_strv paragraphs;
} pm_about;

typedef struct pm_contact {
	char *name, *role, *organization, *email, *phone, *url;
	char *e164;  /* record 1.1: the phone in E.164, when certain */
} pm_contact;

typedef struct pm_acronym {
	char *shrt, *lng;
} pm_acronym;

/* What --explain shows: which stage decided a field, by which rule, from
 * which block (-1: none in particular). */
typedef struct pm_evidence {
	const char *stage, *field, *rule;  /* static */
	long block;
} pm_evidence;

/* The press-release fields of a record (RECORD.md), typed: what the
 * normaliser's stages find and share, and what the record is built from,
 * once. NULL strings and empty lists are the record's null and []. */
typedef struct pm_fields {
	const char *language;  /* static */
	char *headline, *subheadline;
	pm_strv tags;
	char *release, *embargo;
	struct {
		bool set;
		char *text, *location;
		bool has_date;
		char date[11];
	} dateline;
	char *date;            /* ISO 8601 */
	bool date_ambiguous;
	char *byline;
	pm_body_item *body;
	size_t nbody, capbody;
	pm_quote *quotes;
	size_t nquotes, capquotes;
	pm_about *about;
	size_t nabout, capabout;
	pm_contact *contacts;
	size_t ncontacts, capcontacts;
	pm_acronym *acronyms;
	size_t nacronyms, capacronyms;
	char *end_mark;
	/* the document's structure (normalize/structure.c), record 1.1 */
	pm_table *tables;
	size_t ntables, captables;
	pm_link *links;
	size_t nlinks, caplinks;
	pm_image *images;
	size_t nimages, capimages;
	pm_note *notes;
	size_t nnotes, capnotes;
	/* record 1.2: the page furniture set aside (normalize/structure.c) */
	pm_furniture *furniture;
	size_t nfurniture, capfurniture;
	/* record 1.1 (appended after producer): the standfirst, the kind of
	 * release (static: one of docs/record.md's names), the release's own
	 * reference, the issuing organisation and what showed it (static) */
	char *lead;
	const char *kind;
	char *reference;
	struct {
		char *name;
		const char *evidence;
	} issuer;
	pm_evidence *evidence;  /* in the order the stages gave it */
	size_t nevidence, capevidence;
} pm_fields;

/* Grow an array of n items of size bytes to hold one more; false when
 * memory ran out. */
bool pm_grow(void **v, size_t *cap, size_t n, size_t size);
/* Set *field to a copy of s (NULL: none), freeing what it held. */
void pm_fields_set(char **field, const char *s);
/* Take s into the list (false, and s freed, when memory ran out). */
bool pm_strv_add(pm_strv *l, char *s);
void pm_strv_free(pm_strv *l);
void pm_fields_free(pm_fields *f);

/* ---- the record (record.c) ------------------------------------------- */

/* Where the record's input came from, for its "source" and "producer". */
typedef struct pm_source {
	const char *path;              /* as the caller names the input */
	const char *format, *media_type;  /* the plugin's, or NULL */
	uint64_t bytes;
	const char *sha256;            /* NULL before the input was read */
	const char *encoding;
	int pages;                     /* 0: unknown */
	json_t *properties;            /* borrowed; NULL: none */
	const char *plugin, *plugin_version;
	json_t *ocr;                   /* source.ocr, borrowed; NULL: no page was OCRed */
} pm_source;

/* Everything a record says, whatever became of the conversion. */
typedef struct pm_outcome {
	pm_source source;
	const pm_doc *doc;         /* its warnings go into the record; NULL: none */
	const pm_fields *fields;   /* NULL: none; ignored when error is set */
	bool evidence;             /* --explain: the fields' evidence and the repairs' */
	int error;                 /* a pm_status: the record failed; PM_OK: it did not */
	const char *message;       /* error.message, or NULL */
} pm_outcome;

/* The record (RECORD.md), built once: every key in its order, the fields,
 * text and stats derived from them, the warnings (status "partial" when
 * one of them says so), or the failure. NULL only when memory ran out. */
json_t *pm_record_build(const pm_outcome *o);

/* The builder's pieces, for its tests and the JSON fuzzer: */

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

#endif
