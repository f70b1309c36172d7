/* This floor may use: model text base kit
 * It is used by: engine isolate api
 *
 * normalize.h - the normalize floor: from the repaired document model,
 * whatever the format, to the press-release fields of the record
 * (RECORD.md). normalize.c drives the rules; rules.c, contacts.c,
 * quotes.c and acronyms.c implement them. Each rule is a pure function of
 * text where it can be, so that unit tests can call it directly. Not
 * installed; not part of the ABI.
 */
#ifndef PM_NORMALIZE_H
#define PM_NORMALIZE_H

#include "model/model.h"

typedef struct nz {
	pm_doc *doc;
	pm_fields *f;    /* what the rules found so far */
	bool explain;    /* record each field's evidence */
	pm_block **b;    /* content blocks in reading order */
	size_t *bi;      /* their index in doc->blocks */
	size_t n;
	size_t end;      /* index of the end mark, or n */
	long head, release, dateline_block, contact_start;
	const char *lang;
	int dayfirst;
	double body_font;
	bool fmt_txt;
	bool stripped;   /* a scrape that lost its punctuation */
	bool dateline_done;
	bool sub_done;
	bool ambiguous;
	bool have_date;  /* from a closing or "Date:" line */
	pm_date date;
} nz;

typedef struct dl_match {
	char text[256];       /* the dateline as written */
	char location[128];   /* "" when none */
	bool has_date;
	pm_date date;
	bool whole;           /* the block is only the dateline */
	size_t body_offset;   /* where the paragraph's own text starts */
} dl_match;

/* Fill the press-release fields of rec from the repaired model
 * (normalize.c). */
void pm_normalize(pm_doc *doc, pm_fields *f, bool explain);

/* rules.c */
char *rule_end_mark(const char *text);
bool rule_end_mark_text(const char *text);
char *rule_release_line(const char *text, size_t *used);
bool rule_embargo(const char *release, char out[40], int dayfirst);
bool rule_contact_heading(const char *text);
bool rule_contact_paragraph(const char *text);
bool rule_about_heading(const char *text, char **inline_rest);
bool rule_letterhead_line(const char *text);
void rule_split_tags(const char *headline, pm_strv *tags, char **rest, const char *lang);
bool rule_dateline(nz *z, const char *text, dl_match *m);
/* 1 day-first, 0 month-first, -1 unknown, from the dateline's place. */
int rule_place_dayfirst(const char *place, size_t n, const char *lang);
bool rule_byline(const char *text, char **name);
bool rule_signature(nz *z, size_t i);
bool rule_date_label(const char *text);
bool rule_signatory(const char *text);
bool rule_title_line(const char *text);
size_t rule_leading_wire_tag(const char *text);
bool rule_date_first_dateline(nz *z, const char *text, dl_match *m);
size_t rule_place_opening(const char *text, bool stripped, char *loc, size_t locsz);
bool rule_closing_date(const char *text, int dayfirst, pm_date *d);
bool rule_first_sentence_date(nz *z, pm_date *d);
bool rule_junk(const pm_block *b);
bool rule_page_number(const char *text);
bool rule_caption(const char *text);
void rule_acronyms(nz *z);
/* acronyms.c: the acronyms that text t defines, added to f->acronyms. */
void rule_acronyms_text(const char *t, pm_fields *f);
void rule_quotes(nz *z);
/* quotes.c: the quotes of one paragraph, added to f->quotes. */
void rule_quotes_text(const char *t, pm_fields *f);

/* contacts.c */
void rule_contacts(nz *z);
/* Find the next e-mail address / phone number in s from byte `from`;
 * [*start, *end) on success. in_contact relaxes the phone rule. */
bool rule_find_email(const char *s, size_t from, size_t *start, size_t *end);
bool rule_find_phone(const char *s, size_t from, bool in_contact, size_t *start, size_t *end);
/* The address found from byte `from` as local@domain (obfuscated forms
 * "name [at] domain [dot] org" undone), its span in [*start, *end); NULL
 * when there is none. The caller frees it. */
char *rule_email_norm(const char *s, size_t from, size_t *start, size_t *end);

#endif
