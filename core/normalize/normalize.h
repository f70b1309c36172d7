/* This floor may use: model text base kit
 * It is used by: engine isolate api
 *
 * normalize.h - the normalize floor: from the repaired document model,
 * whatever the format, to the press-release fields of the record
 * (RECORD.md). normalize.c is the driver: a table of named stages run in
 * order, one file per family of fields (furniture.c, marks.c,
 * headline.c, dateline.c, sections.c, closing.c, byline.c, body.c,
 * date.c, acronyms.c, quotes.c, contacts.c, understand.c); rules.c and email_phone.c
 * hold the recognisers they share. Each rule is a pure function of text
 * where it can be, so that unit tests can call it directly. Not
 * installed; not part of the ABI.
 */
#ifndef PM_NORMALIZE_H
#define PM_NORMALIZE_H

#include "model/model.h"

/* What the stages share while they run: the document's content blocks,
 * what the driver measured of them, and what a stage decided that a
 * later one needs beyond the fields and the blocks' parts. */
struct nz_memo {
	char *of;        /* the text it was found in */
	char *flat;      /* nz_flat */
	bool flat_made;
	signed char junk; /* nz_junk: -1 not judged yet */
};

typedef struct nz {
	pm_doc *doc;
	pm_fields *f;    /* what the stages found so far */
	bool explain;    /* record each field's evidence */
	const char *stage;  /* the stage running (its name in the table) */
	pm_block **b;    /* content blocks in reading order */
	size_t *bi;      /* their index in doc->blocks */
	size_t n;
	/* nz_flat's and nz_junk's cache, one per block */
	struct nz_memo *memo;
	char *scratch;   /* nz_flat's answer when the cache had no memory */
	/* rule_dateline's last answers (memo.c), made with memo */
	struct nz_dl_memo *dl_memo;
	unsigned dl_next;
	/* the driver's measures of the document */
	const char *lang;
	int dayfirst;
	double body_font;
	bool fmt_txt;
	bool stripped;   /* a scrape that lost its punctuation */
	/* decided by the stages */
	size_t end;      /* end_mark: index of the end mark, or n */
	long release;    /* release: the release line's block, or -1 */
	long head;       /* headline: the headline's block, or -1 */
	bool sub_done;   /* headline: the subheadline was found in the headline's block */
	bool dateline_done;  /* headline: a dateline was run into the headline's line */
	long dateline_blk;   /* dateline: the block (doc index) it was read from, or -1 */
	bool dateline_labelled; /* dateline: read from a labelled date line; date: gives the date, no dateline */
	long place_opened;   /* dateline: the paragraph whose opening place it took, or -1 */
	bool ambiguous;  /* a date read both ways (headline, dateline, date) */
	bool have_date;  /* closing, byline: a date from a closing or "Date:" line */
	pm_date date;
	char mail_date[128]; /* release: an e-mail header's sent date (release.mail_headers), "" when none */
	char mail_subject[512]; /* release: its Subject header, the title when the text has none */
} nz;

typedef struct dl_match {
	char text[256];       /* the dateline as written */
	char location[128];   /* "" when none */
	bool has_date;
	pm_date date;
	bool whole;           /* the block is only the dateline */
	bool labelled;        /* dateline.shape.label: a label or a release phrase before the date, no place */
	size_t body_offset;   /* where the paragraph's own text starts */
} dl_match;

/* ---- the driver (normalize.c) ---------------------------------------- */

/* Fill the press-release fields f from the repaired model: every stage
 * of the table, in order. */
void pm_normalize(pm_doc *doc, pm_fields *f, bool explain);

/* A stage: its name (what --explain calls it) and what it runs. */
typedef struct pm_stage {
	const char *name;
	void (*run)(nz *z);
} pm_stage;

/* The table of stages, in the order they run; *n is their number. */
const pm_stage *pm_normalize_stages(size_t *n);
/* What the stages need before the first runs: the content blocks, the
 * language, the body's font size. false (doc->oom set) when memory ran
 * out; pm_normalize_close frees what it took. */
bool pm_normalize_open(nz *z, pm_doc *doc, pm_fields *f, bool explain);
void pm_normalize_close(nz *z);
/* The text of block z->b[i] flattened (pm_text_flatten), owned by z, or
 * NULL (no text, out of memory): body, acronyms and quotes each read the
 * same blocks flattened, so a block is flattened once while its text
 * stays as it was. */
const char *nz_flat(nz *z, size_t i);
void nz_unwrap_breaks(char *text, bool split); /* body.c: wraps written as breaks become spaces */
/* rule_junk of block z->b[i], judged once while its text stays as it
 * was (furniture, then body for the blocks left; it reads the block's
 * links and flags too, which no stage changes). In rules.c, with the
 * rule: memo.c keeps the answer and calls no rule, so that the rules may
 * ask the cache without a loop between the two files. */
bool nz_junk(nz *z, size_t i);
/* memo.c: where nz_junk keeps block z->b[i]'s answer (-1: not judged
 * yet) while its text stays as it was; NULL without a cache. */
signed char *nz_junk_slot(nz *z, size_t i);
/* rule_dateline's answer for text t as the dayfirst and lang of z read
 * it, when it was found before: true and *found, *m filled as the rule
 * filled them. The headline, dateline and release stages ask about the
 * same opening blocks again and again, and a dateline is a date search
 * over each. No cache (a bare nz in a test), no answer. */
bool nz_dateline_known(nz *z, const char *t, bool *found, dl_match *m);
/* Keep that answer (a copy of t and of *m); no memory, nothing kept. */
void nz_dateline_keep(nz *z, const char *t, bool found, const dl_match *m);
/* Frees the cache (pm_normalize_close). */
void nz_memo_free(nz *z);
/* Run the stage of that name alone (the unit tests run one stage at a
 * time); false when there is none. */
bool pm_normalize_stage(nz *z, const char *name);

/* ---- what the stages share (stage.c) ----------------------------------- */

/* --explain: the running stage decided field by rule, from block (its
 * index in doc->blocks, -1 none in particular). */
void stage_explain(nz *z, const char *field, const char *rule, long block);

static inline void set_part(pm_block *b, int part)
{
	b->part = part;
	b->aside = NULL;
}

/* Set block b aside as page furniture of the given kind (static: one of
 * docs/record.md's furniture[] kinds): the record's furniture[] lists
 * it (structure.c). */
static inline void set_aside(pm_block *b, const char *kind)
{
	b->part = PM_PART_FURNITURE;
	b->aside = kind;
}

/* ---- the stages, one file per family of fields ------------------------- */

void stage_furniture(nz *z);  /* furniture.c */
void stage_layout(nz *z);     /* furniture.c */
void web_chrome(nz *z);       /* webpage.c: for stage_furniture */
void mail_envelope(nz *z);    /* mail.c: for stage_furniture */
/* webpage.c, for mail.c too: block b is one line of text no stage took;
 * set block z->b[i] aside as furniture of that kind, by that rule; can an
 * entry of section s open t (false: its first ASCII character opens none);
 * the whole of t, less a colon and spaces at its end, is an entry of s. */
bool nz_free_text(const pm_block *b);
void nz_aside(nz *z, size_t i, const char *kind, const char *rule);
bool nz_may_open(pm_lex_section s, const char *t);
bool nz_whole_entry(pm_lex_section s, const char *t);
void stage_end_mark(nz *z);   /* marks.c */
void stage_release(nz *z);    /* marks.c */
void stage_appended(nz *z);   /* marks.c: a press kit's next document, a translation */
void stage_headline(nz *z);   /* headline.c */
void stage_dateline(nz *z);   /* dateline.c */
void stage_sections(nz *z);   /* sections.c */
void stage_closing(nz *z);    /* closing.c */
void stage_byline(nz *z);     /* byline.c */
void stage_body(nz *z);       /* body.c */
void stage_language(nz *z);   /* language.c: language.body */
void nz_warn_no_lexicon(nz *z); /* language.c: language.no_lexicon */
void stage_date(nz *z);       /* date.c */
void stage_acronyms(nz *z);   /* acronyms.c */
void stage_quotes(nz *z);     /* quotes.c */
void stage_contacts(nz *z);   /* contacts.c */
void stage_structure(nz *z);  /* structure.c */
void stage_kind(nz *z);       /* understand.c (record 1.1) */
void stage_reference(nz *z);  /* understand.c */
void stage_issuer(nz *z);     /* understand.c */
void stage_lead(nz *z);       /* understand.c */
void stage_speakers(nz *z);   /* understand.c: quotes' role and organisation */
void stage_phones(nz *z);     /* understand.c: contacts' phones in E.164 */
void stage_aside(nz *z);      /* structure.c: the page furniture set aside (record 1.2) */

/* dateline.c, for the headline stage too: set the dateline from a match
 * (blk: its block, -1 none in particular); take into m the place that
 * opens the first unclaimed block of the three from `from` (its text
 * then starts after the place). */
void set_dateline(nz *z, const dl_match *m, long blk, const char *rule);
void place_opening(nz *z, size_t from, dl_match *m);

/* ---- the recognisers -------------------------------------------------- */

/* rules.c */
char *rule_end_mark(const char *text);
bool rule_end_mark_text(const char *text);
char *rule_release_line(const char *text, size_t *used);
bool rule_embargo(const char *release, char out[40], int dayfirst);
bool rule_contact_heading(const char *text);
size_t rule_contact_heading_rest(const char *text);
/* The heading of a closing block of furniture, and of which kind. */
enum { CLOSING_NONE, CLOSING_REFERENCES, CLOSING_SOCIAL, CLOSING_APPENDIX };
int rule_closing_heading(const char *text);
bool rule_about_heading_cjk(const char *text, size_t n);
bool rule_about_heading_inflected(const char *text, size_t n);
bool rule_social_line(const char *text);
/* furniture.link_line: a navigation or share bar, a bracketed link label */
bool rule_link_line(const char *text);
size_t rule_small_initials(const char *text, size_t *words);
bool rule_advisory_line(const char *text);
bool rule_cjk_issuer(const char *text);
bool rule_contact_paragraph(const char *text);
bool rule_about_heading(const char *text, char **inline_rest);
/* The length of a typed section number opening text ("1. ", "2) "), 0
 * when none (about.numbered_heading). */
size_t rule_section_number(const char *text);
bool rule_letterhead_line(const char *text);
bool rule_postal_line(const char *text);
bool rule_reach_label(const char *w);
bool rule_title_by_size(const nz *z, size_t i);
void rule_split_tags(const char *headline, pm_strv *tags, char **rest, const char *lang);
char *rule_rubric_line(const char *t);
size_t rule_one_word_event_rubric(const char *headline, size_t *title);
bool rule_dateline(nz *z, const char *text, dl_match *m);
/* 1 day-first, 0 month-first, -1 unknown, from the dateline's place. */
int rule_place_dayfirst(const char *place, size_t n, const char *lang);
int rule_spelling_dayfirst(pm_block *const *b, size_t n);
bool rule_byline(const char *text, char **name);
/* byline.cjk_agency_credit: the reporters named in the credit of a
 * Chinese agency's dateline, in t[0..n) ("（记者 林晓燕）"); NULL if none.
 * Freed by the caller. */
char *rule_agency_credit(const char *t, size_t n);
bool rule_signature(nz *z, size_t i);
size_t rule_signature_dash(const char *t);
bool rule_date_label(const char *text);
bool rule_signatory(const char *text);
bool rule_title_line(const char *text);
size_t rule_leading_wire_tag(const char *text);
bool rule_opening_names_wire(const char *text, size_t off);
bool rule_cjk_sender_line(const char *text);
bool rule_date_first_dateline(nz *z, const char *text, dl_match *m);
size_t rule_place_opening(const char *text, bool stripped, char *loc, size_t locsz);
size_t rule_title_place_opening(const char *text, char *loc, size_t locsz);
size_t rule_place_line(const char *text, char *loc, size_t locsz);
size_t rule_caps_place_bare(const char *text, size_t *place_n);
size_t rule_place_full_stop(const char *t, size_t *place_n, bool *caps);
bool rule_title_case(const char *text, const char *lang);
size_t rule_hijri_date(const char *text);
bool rule_author_list(const char *text);
bool rule_title_block_author(const nz *z, size_t i);
bool rule_title_block_signature(nz *z, size_t i);
bool rule_closing_date(const char *text, int dayfirst, pm_date *d);
bool rule_first_sentence_date(nz *z, pm_date *d);
bool rule_dateline_day_month(const char *text, int *mon, int *day);
bool rule_junk(const pm_block *b);
bool rule_page_number(const char *text);
bool rule_caption(const char *text);
/* acronyms.c: the acronyms that text t defines, added to f->acronyms. */
void rule_acronyms_text(const char *t, pm_fields *f);
/* quotes.c: the quotes of one paragraph, added to f->quotes. */
void rule_quotes_text(const char *t, pm_fields *f);
/* quotes.c: a span between paired quotation marks (“…”, «…», „…“, "…",
 * ‹…›, ‘…’, 「…」, 『…』) as byte offsets: the opening mark's start, the
 * inner text's start and end, the byte after the closing mark. The
 * spans of t, at most max, in order; quotes.c reads them for quotations,
 * language.c (language.body) to judge the body without them, so that
 * one rule says what stands between quotation marks. */
typedef struct qspan {
	size_t open, s, e, close;
} qspan;
size_t nz_quote_spans(const char *t, qspan *v, size_t max);

/* understand.c: the kind a line names (its rank, -1 none; release_line:
 * the line is the release line) and the rank's name; the reference a
 * line opens with; the issuer an About heading or a release line names
 * (NULL: none). The caller frees what they return. */
int rule_kind_line(const char *s, size_t n, bool release_line);
const char *rule_kind_name(int rank);
char *rule_reference(const char *s, size_t n);
char *rule_reference_kind(const char *s, size_t n);
char *rule_issuer_about(const char *heading);
char *rule_issuer_release_line(const char *release);
char *rule_issuer_department(const char *s, bool *dept);
bool rule_speaker_role(const char *after, const char *known, char **role, char **org);
char *rule_role_before(const char *text, const char *at);
bool nz_role_word(const char *w, size_t l);   /* quotes.c: [role_words], compounds too */
bool nz_role_link(const char *w, size_t l);   /* quotes.c: "of", "de", "dell'" of a role phrase */
char *nz_name_after_role(const char *t);  /* quotes.c: byline.role_before_name */
bool nz_is_article(const char *w, size_t l);  /* quotes.c: [articles], as written */
char *rule_role_in_speaker(const char *speaker);
char *rule_phone_e164(const char *phone, bool us_place);

/* contacts.c */
/* The contact leads ([contact_leads], any language) that open t[0..n),
 * longest first, as many as PM_LEX_MAX_NESTED: where the text after each
 * starts, its spaces and colons skipped (rest[i]), and whether a colon
 * stood there (colon[i]). contacts.lead_heading (sections.c) and
 * contacts.lead_then_name read a lead this one way. */
size_t rule_contact_leads(const char *t, size_t n, const char **rest, bool *colon);
/* Find the next e-mail address / phone number in s from byte `from`;
 * [*start, *end) on success. in_contact relaxes the phone rule. */
bool rule_find_email(const char *s, size_t from, size_t *start, size_t *end);
bool rule_find_phone(const char *s, size_t from, bool in_contact, size_t *start, size_t *end);
/* The address found from byte `from` as local@domain (obfuscated forms
 * "name [at] domain [dot] org" undone), its span in [*start, *end); NULL
 * when there is none. The caller frees it. */
char *rule_email_norm(const char *s, size_t from, size_t *start, size_t *end);

#endif
