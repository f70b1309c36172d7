/*
 * txt.h - what the txt plugin's files share: the lines of the decoded
 * text, the emitter that turns them into blocks, and the passes each file
 * gives the others.
 */
#ifndef PM_TXT_H
#define PM_TXT_H

#include <pressmill/plugin.h>

#include <stdbool.h>
#include <stddef.h>

#include "kit/kit.h"

typedef struct line {
	char *s;        /* points into the decoded text, NUL-terminated */
	size_t len;     /* bytes, right-trimmed */
	size_t cols;    /* code points */
	size_t indent;  /* leading spaces (tab = 4) */
	bool blank;
	bool page_break;
	bool trail2;    /* two spaces or more trimmed off its end (Markdown's hard break) */
	bool own_line;  /* never continues the line above: a mail header field, a quote's first line (mail.c) */
} line;

/* A Markdown note's label as written between "[^" and "]". */
typedef struct note_label {
	const char *s;
	size_t n;
} note_label;

typedef struct emitter {
	const pm_host *h;
	pm_sink *s;
	bool md;
	bool stop;
	int page;
	int in_link;    /* inside a link's text: its web addresses are not links of their own */
	bool in_table;  /* in a pipe table's cell */
	note_label *notes; /* the labels the document's note definitions give, sorted */
	size_t nnotes;
	struct link_def *defs; /* the document's link reference definitions */
	size_t ndefs;
} emitter;

/* A link reference definition: "[label]: url", its parts in the text. */
typedef struct link_def {
	const char *label, *url;
	size_t ln, ul;
} link_def;

/* A rewrite pass ends here: its output replaces the text only when it
 * changed something and was built whole; either way it is consumed. */
static inline void txt_replace(pm_buf *text, pm_buf *out, bool changed)
{
	if (changed && !out->failed) {
		pm_buf_free(text);
		*text = *out;
	} else {
		pm_buf_free(out);
	}
}

/* ---- decode.c ---------------------------------------------------------- */

/* 0 none, 1 UTF-16LE, 2 UTF-16BE: by where the zero bytes fall. */
int txt_utf16_guess(const unsigned char *h, size_t n);
/* Decode the whole input to UTF-8 into out; returns the charset name
 * (static or in cs, which must hold 64 bytes); *bad counts what could
 * not be decoded. */
const char *txt_decode(const pm_input *in, const pm_host *h, pm_sink *s, pm_buf *out,
                       char cs[64], unsigned long *bad);
/* Mojibake runs decoded back: how many, and in *words the words changed. */
size_t txt_fix_mojibake(pm_buf *t, size_t *words);

/* ---- markdown.c -------------------------------------------------------- */

bool txt_looks_markdown(const line *L, size_t n, const char *name);
/* The length of a bare web address at p ("https://…", "www.…"), 0 when
 * none starts there; before is the character before it ('\0' at a line's
 * start). */
size_t txt_bare_url(const char *p, const char *end, char before);
/* A link with its text to the host (text may be NULL). */
void txt_link(emitter *em, const char *url, size_t ul, const char *text, size_t tl);
/* Every bare web address of plain text, as a link showing itself. */
void txt_bare_urls(emitter *em, const char *s, size_t n);
/* YAML front matter's keys as the file's properties; returns the first
 * line after it (0 without one). */
size_t txt_front_matter(emitter *em, const line *L, size_t n);
bool txt_md_list_marker(const char *s, size_t n, size_t *skip);
bool txt_thematic_break(const char *s, size_t n);
int txt_atx_level(const char *s, size_t n, size_t *skip);
/* The n bytes at p with Markdown's inline syntax rewritten into out
 * (links go to the open block). */
void txt_md_inline(emitter *em, const char *p, size_t n, pm_buf *out);
/* The length of the label of a note definition opening s ("[^1]: ..."),
 * 0 when s opens none; *skip: where the note's text starts. */
size_t txt_md_note_definition(const char *s, size_t n, size_t *skip);
/* The labels of every note definition from line start on, into em. */
void txt_md_note_labels(emitter *em, const line *L, size_t n, size_t start);
/* Whether the line s (n bytes, its indentation off) is a link reference
 * definition ("[label]: url 'title'"); its label and url into d. */
bool txt_md_link_definition(const char *s, size_t n, link_def *d);
/* Every link reference definition from line start on, into em. */
void txt_md_link_defs(emitter *em, const line *L, size_t n, size_t start);

/* ---- paragraphs.c ------------------------------------------------------ */

/* The text cut in lines (in place: each NUL-terminated); malloc()ed. */
line *txt_split_lines(char *t, size_t n, size_t *count);
/* Lines run together by an extraction, and bullets inline, split first. */
void txt_split_collapsed(pm_buf *dec);
void txt_split_inline_bullets(pm_buf *dec);
/* Every paragraph from line start on, emitted as blocks. */
void txt_paragraphs(emitter *em, line *L, size_t n, size_t start);

/* ---- mail.c ------------------------------------------------------------ */

/* A reply's "> " quote markers taken off its lines (txt.mail_quote). */
void txt_unquote_mail(line *L, size_t n);
/* The lines of a mail's header blocks marked (txt.mail_header_lines). */
void txt_mail_fields(line *L, size_t n);
/* A signature delimiter or a forward marker line (txt.mail_separator_line). */
bool txt_separator_line(const line *l);

#endif
