/*
 * docx.h - what the DOCX plugin's files share: a capped growable buffer,
 * the reading context (archive, limits, the first error), the zip entry
 * reader that streams into libxml2's xmlTextReader or its SAX2 parser,
 * styles and numbering.
 * Nothing here is visible outside the plugin (hidden visibility).
 */
#ifndef PM_DOCX_H
#define PM_DOCX_H

#include <pressmill/plugin.h>

#include "kit/kit.h"

#include <libxml/xmlreader.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zip.h>

/* ---- buffer (kit.h's pm_buf) ----------------------------------------- */

/* Append cp in UTF-8 (nothing for a surrogate or past U+10FFFF). */
bool docx_buf_addcp(pm_buf *b, uint32_t cp);
char *docx_strndup(const char *s, size_t n);

/* ---- namespaces -------------------------------------------------------- */

/* Namespace classes: transitional and Strict OOXML URIs map to the same
 * class, so Strict documents are read by the same code, never misread. */
enum {
	DNS_OTHER = 0,
	DNS_W,       /* wordprocessingml main */
	DNS_R,       /* officeDocument relationships (attributes r:id) */
	DNS_MC,      /* markup compatibility */
	DNS_PKGREL,  /* package relationships (.rels) */
	DNS_DC,
	DNS_DCTERMS,
	DNS_CP,      /* core properties */
	DNS_EP,      /* extended properties (app.xml) */
	DNS_KNOWN,   /* drawing, VML, Word 2010+ extensions: understood for mc:Choice */
};

int docx_ns_class(const xmlChar *uri);
/* The class of the reader's current element's (or attribute's) namespace. */
int docx_node_ns(xmlTextReaderPtr r);

/* ---- reading context --------------------------------------------------- */

typedef struct docx_ctx {
	const pm_host *host;
	pm_sink *sink;
	const pm_limits *lim;
	zip_t *zip;
	uint64_t total_read;   /* decompressed bytes of every entry so far */
	int status;            /* first fatal pm_status, PM_OK while none */
	char msg[256];
	bool stop;             /* the host said stop, or a fatal error */
	bool inflate_error;    /* an entry's data is damaged (not fatal by itself) */
} docx_ctx;

/* Record a fatal error (the first one wins) and stop. */
void docx_fail(docx_ctx *x, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A host callback's return value: non-zero stops everything. */
bool docx_cb(docx_ctx *x, int rc);

/* An entry of the archive opened for streaming, with running caps. */
typedef struct docx_entry {
	docx_ctx *x;
	zip_file_t *zf;
	char name[256];
	uint64_t got;          /* decompressed bytes read */
	uint64_t comp;         /* compressed size (central directory, a hint) */
	uint64_t cap;          /* per-entry cap */
	char tail[16];         /* the last bytes read, to find "<!DOCTYPE" across reads */
	size_t ntail;
	bool failed;
} docx_entry;

/* zip index of name (exact, then case-insensitive), or -1. */
int64_t docx_locate(docx_ctx *x, const char *name);
/* Open a reader over the named entry. NULL when absent (not an error) or on
 * a fatal error (x->status is then set). The reader refuses DTDs, never
 * loads or substitutes entities and never touches the network. */
xmlTextReaderPtr docx_open_xml(docx_ctx *x, const char *name, docx_entry **ep);
void docx_close_xml(xmlTextReaderPtr r, docx_entry *e);
/* Depth check and DTD refusal shared by every XML loop: false to stop. */
bool docx_xml_node_ok(docx_ctx *x, xmlTextReaderPtr r, const char *part);
/* Attribute of the current element by local name within a namespace
 * class (DNS_OTHER: unqualified). Borrowed until the reader moves. */
const char *docx_attr(xmlTextReaderPtr r, int nscls, const char *local);
/* After a loop ended with ret < 0: the reason as a fatal error. */
void docx_xml_error(docx_ctx *x, const char *part);

/* The whole named part into out, at most cap bytes, without the XML
 * reader's DTD refusal (for parts that are no XML: altchunk.c). 1 read,
 * 0 absent, -1 over cap, -2 fatal (x->status set), -3 damaged data. */
int docx_read_part(docx_ctx *x, const char *name, uint64_t cap, pm_buf *out);

/* ---- SAX reading (zipio.c) --------------------------------------------- */

/* A part read through libxml2's SAX2 callbacks instead of the tree-building
 * reader: no node is built, so a part whose content is mostly skipped
 * (styles.xml's latent styles) costs little more than its parsing.
 *
 * The reader's guards and outcomes are kept, damaged input included: the
 * same parser options (no DTD, no entity expansion, no network), the same
 * read callback (DTD refusal, size and ratio caps), the part fed to the
 * parser in the reader's pieces (4 bytes, then 512 at a time, read 4096 at
 * a time), and the events of a piece given to the caller only once the
 * piece parsed without error, as the reader gives no node of the piece
 * that fails. max_depth is checked as the reader's loops check it (on each
 * element given, not inside a skipped element) and libxml2's own cap of
 * 256 nested elements, which the reader meets when it builds a node, fails
 * the piece that goes deeper. An element written <x/> has no end event. */
typedef struct docx_sax docx_sax;

typedef struct docx_qattr {
	const char *local;     /* "prefix:local" when the prefix is unbound, as the tree names it */
	int ns;                /* DNS_* class of its namespace; DNS_OTHER when it has none */
	bool has_ns;
	size_t value;          /* offset of its NUL-terminated value in the event's values */
} docx_qattr;

typedef struct docx_elem {
	const char *local;     /* "prefix:local" when the prefix is unbound, as the tree names it */
	int ns;                /* DNS_* class of the element's namespace */
	int depth;             /* 0 for the root */
	bool empty;            /* written <x/> */
	/* mc:Choice only: every prefix of its Requires attribute is bound, where
	 * it stands, to a namespace of a class other than DNS_OTHER and DNS_MC
	 * (the bindings in scope are gone by the time the event is given) */
	bool requires_known;
	int nattr;
	const docx_qattr *attrs;
	const char *values;
} docx_elem;

typedef struct docx_sax_events {
	void (*start)(docx_sax *s, const docx_elem *el);
	void (*end)(docx_sax *s, int depth); /* elements with an end tag only */
	/* Optional: the text held directly by an element that text_wanted
	 * accepted (asked when its start tag is parsed), given whole, as the
	 * reader's text node holds it (CDATA and references merged), once the
	 * node that follows it is parsed; depth is the text's (its element's
	 * + 1). Text nowhere else is neither kept nor given. */
	void (*text)(docx_sax *s, int depth, const char *t, size_t n);
	bool (*text_wanted)(int ns, const char *local);
	/* Damaged XML (not well-formed, or its zip data) ends the parse with
	 * DOCX_SAX_DAMAGED and no error set, for the caller to judge; without
	 * this it is a PM_ERR_CORRUPT failure. */
	bool caller_judges_damage;
	/* Optional, NULL-terminated: w: elements that start skips wherever
	 * they stand (docx_sax_skip at their start, whatever else), so that
	 * libxml2 need not parse them (see blank_skipped in zipio.c). */
	const char *const *skipped;
} docx_sax_events;

enum {
	DOCX_SAX_UNOPENED, /* absent, or refused when opened (x->status says which) */
	DOCX_SAX_READ,     /* read to its end */
	DOCX_SAX_STOPPED,  /* damaged (x->status: PM_ERR_CORRUPT, "not well-formed"), over a
	                    * limit, or halted (docx_sax_halt, x->stop) */
	DOCX_SAX_DAMAGED,  /* damaged, with caller_judges_damage: no error set */
};
/* Parse the named part, calling ev with user (docx_sax_user); one of DOCX_SAX_*. */
int docx_sax_parse(docx_ctx *x, const char *part, const docx_sax_events *ev, void *user);
void *docx_sax_user(const docx_sax *s);
/* From a start event: no event for the element's content and end. */
void docx_sax_skip(docx_sax *s, const docx_elem *el);
/* Stop the parse; what was read stays read. */
void docx_sax_halt(docx_sax *s);
/* The value of the element's attribute by local name within a namespace
 * class, as docx_attr finds it (namespace declarations aside: they are no
 * attribute here); valid during the start event. */
const char *docx_elem_attr(const docx_elem *el, int nscls, const char *local);
/* An attribute's whole number (w:val, w:sz, w:numId): dflt when there is
 * none, it is no number, or it lies beyond ±bound (a damaged or hostile
 * value kept out of the sizes and indexes computed from it). The stories
 * (body.c) and the styles and numbering (styles.c) read numbers this one
 * way. */
int docx_int_value(const char *v, int dflt, long bound);

/* ---- styles and numbering (styles.c) ----------------------------------- */

enum { DCLS_NONE = 0, DCLS_TITLE, DCLS_SUBTITLE, DCLS_HEADING, DCLS_QUOTE, DCLS_CAPTION };

typedef struct docx_style {
	char *id, *name, *based_on;
	int kind;              /* 'p' paragraph, 'c' character, other */
	bool is_default;
	/* as written in this style (-1: not set) */
	int b, i, caps, sz, jc, outline, num_id, ilvl;
	int vanish;            /* docx.hidden_text_style: w:vanish in the style's w:rPr */
	int cls, cls_level;    /* by name or id */
	/* resolved through basedOn (after docx_styles_resolve) */
	int rb, ri, rcaps, rsz, rjc, routline, rnum_id, rilvl, rvanish;
	int rcls, rcls_level;
} docx_style;

typedef struct docx_styles {
	docx_style *v;
	size_t n, cap;
	docx_style **by_id;    /* sorted by id, for bsearch */
	const docx_style *default_para;
	int def_b, def_i, def_sz, def_jc;
	int def_vanish;        /* docDefaults' rPrDefault says w:vanish */
} docx_styles;

typedef struct docx_id_index {
	int id;
	size_t at;
} docx_id_index;

typedef struct docx_numbering {
	/* num id -> abstract id */
	int *num_ids, *num_abs;
	size_t nnum, cap_num;
	/* abstract id -> bitmask of levels that show no marker at all */
	int *abs_ids;
	unsigned *abs_none;
	size_t nabs, cap_abs;
	/* indices into the arrays above sorted by id, the last definition of
	 * an id first (the one that counts): looked up by halving */
	docx_id_index *num_order, *abs_order;
	bool present;
} docx_numbering;

void docx_styles_load(docx_ctx *x, docx_styles *s, const char *part);
void docx_styles_free(docx_styles *s);
const docx_style *docx_style_find(const docx_styles *s, const char *id);
/* Class of a style name or id ("Heading 2", "Überschrift1", "Titre"). */
int docx_classify_name(const char *name, int *level);
void docx_numbering_load(docx_ctx *x, docx_numbering *nb, const char *part);
void docx_numbering_free(docx_numbering *nb);
/* Whether numId/ilvl makes a visible list item. */
bool docx_numbering_is_list(const docx_numbering *nb, int num_id, int ilvl);
/* "on"/"1"/"true"/absent -> 1, "0"/"false"/"off"/"none" -> 0 */
int docx_onoff(const char *v);

/* ---- relationships (docx.c) -------------------------------------------- */

typedef struct docx_rel {
	char *id, *type, *target; /* target resolved to a part name unless external */
	bool external;
	bool climbs;           /* the target's ".." went above the package root */
} docx_rel;

typedef struct docx_rels {
	docx_rel *v;
	size_t n, cap;
	/* the relationships with an id, sorted by id (the first of equal ids
	 * first): a hyperlink's target is found by halving, not by a scan */
	const docx_rel **by_id;
	size_t nby_id;
} docx_rels;

const docx_rel *docx_rel_find(const docx_rels *r, const char *id);

/* ---- stories (body.c) -------------------------------------------------- */

/* docx.alt_chunk: imported parts merged per document, at most. */
#define DOCX_MAX_CHUNKS 64

typedef struct docx_story_env {
	const docx_styles *styles;
	const docx_numbering *numbering;
	const docx_rels *rels;
	unsigned changes;      /* tracked changes seen, all stories */
	unsigned alt_chunks;   /* w:altChunk parts met where they are not read (tables, boxes) */
	char *chunks[DOCX_MAX_CHUNKS]; /* docx.alt_chunk: the parts merged so far (repeats, cycles) */
	unsigned nchunks;
	uint64_t emitted;      /* blocks emitted, all stories */
	/* a hard page break (w:br w:type="page") met in the body story: its
	 * next block is the first of a new page (PM_BF_NEW_PAGE), which tells
	 * the normaliser where an appended document may start */
	bool page_break;
} docx_story_env;

/* Read one story (document, header, footer, footnotes, endnotes) and emit
 * its blocks; story_type is PM_BLOCK_PARAGRAPH for the body, else the
 * block type every paragraph of the story gets. */
void docx_read_story(docx_ctx *x, docx_story_env *env, const char *part, int story_type);

/* Whether the buffer holds only spaces and line breaks. */
bool docx_blank(const pm_buf *b);

/* docx.alt_chunk (altchunk.c): merge the part that the relationship rid
 * of the story part names, where the w:altChunk stands. */
void docx_alt_chunk(docx_ctx *x, docx_story_env *env, const char *part, const char *rid);

#endif
