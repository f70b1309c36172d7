/*
 * body.c - reads a WordprocessingML story (the document body, a header or
 * footer, the footnotes or endnotes) through libxml2's SAX2 parser (zipio.c's
 * docx_sax_parse, which builds no tree: a story is most of a document's
 * XML) and pushes its blocks to the host. A paragraph is gathered whole before it
 * is emitted, because Word states some of what a paragraph is only at its
 * end (a deleted paragraph mark merges it with the next one) and because
 * text boxes anchored inside it must come after it, as blocks of their
 * own, never inside its sentence. Each element's meaning is decided by
 * its parent (w:tab is a tab in a run but a tab stop in w:tabs; w:del is
 * deleted text in a paragraph but a deleted mark in w:rPr), so the tokens
 * of the open elements are kept by depth.
 */
#include "docx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum tok {
	T_OTHER = 0,
	T_SKIP,      /* ignore the element and all it holds */
	T_BODY,
	T_P,
	T_PPR,
	T_PSTYLE,
	T_NUMPR,
	T_ILVL,
	T_NUMID,
	T_JC,
	T_SPACING,
	T_OUTLINE,
	T_FRAMEPR,
	T_RPR,
	T_R,
	T_T,
	T_TAB,
	T_BR,
	T_CR,
	T_SYM,
	T_NBHYPHEN,
	T_SOFTHYPHEN,
	T_DEL,
	T_INS,
	T_MOVEFROM,
	T_MOVETO,
	T_PRCHANGE,
	T_INSTR,
	T_FLDCHAR,
	T_FLDSIMPLE,
	T_HYPERLINK,
	T_TBL,
	T_TR,
	T_TC,
	T_TRPR,
	T_TBLHEADER,
	T_TXBX,
	T_NOTE,
	T_B,
	T_I,
	T_CAPS,
	T_SZ,
	T_RSTYLE,
	T_RFONTS,
	T_MC_AC,
	T_MC_CHOICE,
	T_MC_FALLBACK,
	T_VANISH,
	T_SDT,
	T_SDTPR,
	T_SDTCONTENT,
	T_PLCHDR,
	T_ALTCHUNK,
};

static int w_token(const char *n)
{
	static const struct {
		const char *name;
		int tok;
	} t[] = {
		{"p", T_P}, {"r", T_R}, {"t", T_T}, {"rPr", T_RPR}, {"pPr", T_PPR}, {"b", T_B},
		{"i", T_I}, {"sz", T_SZ}, {"tab", T_TAB}, {"br", T_BR}, {"cr", T_CR},
		{"pStyle", T_PSTYLE}, {"rStyle", T_RSTYLE}, {"numPr", T_NUMPR}, {"ilvl", T_ILVL},
		{"numId", T_NUMID}, {"jc", T_JC}, {"spacing", T_SPACING}, {"outlineLvl", T_OUTLINE}, {"framePr", T_FRAMEPR},
		{"sym", T_SYM}, {"noBreakHyphen", T_NBHYPHEN}, {"softHyphen", T_SOFTHYPHEN},
		{"ptab", T_TAB}, {"caps", T_CAPS}, {"rFonts", T_RFONTS}, {"del", T_DEL}, {"ins", T_INS},
		{"moveFrom", T_MOVEFROM}, {"moveTo", T_MOVETO}, {"instrText", T_INSTR},
		{"fldChar", T_FLDCHAR}, {"fldSimple", T_FLDSIMPLE}, {"hyperlink", T_HYPERLINK},
		{"tbl", T_TBL}, {"tr", T_TR}, {"tc", T_TC}, {"trPr", T_TRPR}, {"tblHeader", T_TBLHEADER},
		{"txbxContent", T_TXBX}, {"footnote", T_NOTE}, {"endnote", T_NOTE}, {"body", T_BODY},
		{"pPrChange", T_PRCHANGE}, {"rPrChange", T_PRCHANGE}, {"sectPrChange", T_PRCHANGE},
		{"tblPrChange", T_PRCHANGE}, {"trPrChange", T_PRCHANGE}, {"tcPrChange", T_PRCHANGE},
		{"tblGridChange", T_PRCHANGE}, {"numberingChange", T_PRCHANGE},
		{"vanish", T_VANISH}, {"sdt", T_SDT}, {"sdtPr", T_SDTPR}, {"sdtContent", T_SDTCONTENT},
		{"showingPlcHdr", T_PLCHDR}, {"altChunk", T_ALTCHUNK},
		/* no text of the document's own in these */
		{"sectPr", T_SKIP}, {"tblPr", T_SKIP}, {"tcPr", T_SKIP}, {"tblGrid", T_SKIP},
		{"sdtEndPr", T_SKIP}, {"delText", T_SKIP}, {"delInstrText", T_SKIP},
		{"footnotePr", T_SKIP}, {"endnotePr", T_SKIP}, {"tabs", T_SKIP}, {"rt", T_SKIP},
		{"rubyPr", T_SKIP}, {"commentReference", T_SKIP}, {"annotationRef", T_SKIP},
	};
	size_t i;
	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		if (n[0] == t[i].name[0] && !strcmp(n, t[i].name))
			return t[i].tok;
	return T_OTHER;
}

/* ---- paragraphs -------------------------------------------------------- */

#define NSZ 8
#define NLINES 8

/* A hyperlink of a paragraph: its target and the span of the paragraph's
 * text that shows it (to stays open, SIZE_MAX, until its element or
 * field ends). */
typedef struct dlink {
	char *url;
	size_t from, to;
} dlink;

typedef struct para {
	pm_buf text;             /* '\n' marks a line break */
	dlink *links;
	size_t nlinks;
	unsigned figures;        /* pictures and charts drawn in it */
	const docx_style *style;
	char *style_id;        /* as written, when styles.xml does not know it */
	int num_id, ilvl, jc, outline; /* direct formatting, -1 when unset */
	bool merge_next;       /* the mark is deleted, or a drop cap: runs on */
	int mark_vanish;       /* w:vanish in w:pPr's w:rPr (the mark's own), -1 when unset */
	int space_after;       /* w:spacing w:after in w:pPr (twips), -1 when unset */
	bool carry;            /* holds the text of a merged paragraph */
	unsigned long chars, bold, italic, caps;
	int sz[NSZ];
	unsigned long szn[NSZ];
	int nsz;
	/* docx.break_type_change: where each line (after a w:br) starts and
	 * the one type its characters share (size, bold, italic; -1 none
	 * yet, -2 mixed); nlines past NLINES: too many to tell */
	size_t line_off[NLINES];
	long line_sig[NLINES];
	int nlines;
} para;

typedef struct run {
	int b, i, caps, sz;
	const docx_style *rstyle;
	char sym_font[16];     /* "Symbol" or "Wingdings*" when the run's font is one */
	int vanish;            /* docx.hidden_text: the run's own w:vanish, -1 when unset */
} run;

typedef struct frame {
	bool box;              /* a text box's content */
	bool in_p;
	para p;
	run r;
	int tbl;               /* table nesting within this frame */
	bool row_first, row_header, cell_text, table_block;
	/* docx.layout_table: a body table is held back until its first row
	 * with text says whether it lays out the page (pending), and then
	 * either becomes a table block or gives its paragraphs as blocks */
	bool tbl_pending, tbl_layout;
	bool box_wait;         /* docx.one_cell_box: a first row of one cell, the table's end awaited */
	int del_row;           /* depth of the table whose row is deleted, 0 none */
} frame;

typedef struct queued {
	pm_block_info info;
	const char *style;     /* borrowed from the styles, or owned below */
	char *own_style;
	pm_buf text;
	dlink *links;
	size_t nlinks;
	/* in a held-back table row (story.row): a paragraph (cell -1) with
	 * its figures, or the start of a cell (cell: its PM_CELL_* kind) */
	int cell;
	unsigned figures;
} queued;

#define MAX_FRAMES 16
#define MAX_FIELDS 64
#define MAX_MC 32
#define INSTR_CAP 2048

typedef struct story {
	docx_ctx *x;
	docx_story_env *env;
	const docx_elem *el;   /* the element whose start is being read */
	const char *part;
	int type;              /* PM_BLOCK_PARAGRAPH for the body */
	unsigned char *tok;    /* token of the open element at each depth */
	size_t ntok;
	frame fr[MAX_FRAMES];
	int nfr;
	/* fields: 'c' in the code part, 'r' in the result */
	char fld[MAX_FIELDS];
	int nfld, fld_extra, code_depth;
	pm_buf instr;
	bool mc_taken[MAX_MC];
	int nmc;
	queued *q;
	size_t nq, qcap;
	queued *row;           /* docx.layout_table: the held-back table's paragraphs */
	size_t nrow, rowcap, row_bytes;
	uint64_t text_cap;
	bool note_has_text;    /* the open footnote or endnote gave a paragraph */
	int plc_sdt;           /* depth of the w:sdt whose w:sdtPr says showingPlcHdr, -1 none */
} story;

static void para_clear_props(para *p)
{
	p->style = NULL;
	free(p->style_id);
	p->style_id = NULL;
	p->num_id = p->ilvl = p->jc = p->outline = p->mark_vanish = p->space_after = -1;
	p->merge_next = false;
}

static void para_free_links(dlink *l, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(l[i].url);
	free(l);
}

static void para_reset(para *p)
{
	pm_buf_free(&p->text);
	para_free_links(p->links, p->nlinks);
	p->links = NULL;
	p->nlinks = 0;
	para_clear_props(p);
	p->carry = false;
	p->figures = 0;
	p->chars = p->bold = p->italic = p->caps = 0;
	p->nsz = 0;
	p->nlines = 1;
	p->line_off[0] = 0;
	p->line_sig[0] = -1;
}

static frame *top(story *s)
{
	return &s->fr[s->nfr - 1];
}

static const docx_style *para_style(story *s, const para *p)
{
	return p->style ? p->style : p->style_id ? NULL : s->env->styles->default_para;
}

/* A link whose text starts here; the host bounds how many a document
 * keeps, this how many one paragraph holds. */
static void para_add_link(story *s, para *p, const char *url)
{
	dlink *nl;
	if (!url || !*url || p->nlinks >= 1024)
		return;
	nl = realloc(p->links, (p->nlinks + 1) * sizeof *nl);
	if (!nl)
		return;
	p->links = nl;
	nl[p->nlinks].url = strdup(url);
	nl[p->nlinks].from = p->text.len;
	nl[p->nlinks].to = SIZE_MAX;
	if (nl[p->nlinks].url)
		p->nlinks++;
	(void)s;
}

/* The open link's text ends here (the end of w:hyperlink or of a
 * HYPERLINK field's result). */
static void para_end_link(para *p)
{
	if (p->nlinks && p->links[p->nlinks - 1].to == SIZE_MAX)
		p->links[p->nlinks - 1].to = p->text.len;
}

/* Hand a paragraph's links to the open block or cell, each with the text
 * it spans (a link never closed spans to the paragraph's end). */
static void push_links(story *s, const pm_buf *text, const dlink *links, size_t nlinks)
{
	docx_ctx *x = s->x;
	size_t i;
	for (i = 0; i < nlinks && !x->stop; i++) {
		size_t len = text->len, from = links[i].from < len ? links[i].from : len;
		size_t to = links[i].to < len ? links[i].to : len;
		char *t = to > from ? docx_strndup(text->data + from, to - from) : NULL;
		char *q;
		for (q = t; q && *q; q++)
			if (*q == '\n')
				*q = ' ';
		docx_cb(x, pm_host_link_text(x->host, x->sink, links[i].url, t));
		free(t);
	}
}

/* Figures go after the block that holds them (the host keeps them after
 * an open one); those of page headers and footers are the page's
 * letterhead and logos, not the release's figures. */
static void push_figures(story *s, unsigned n)
{
	docx_ctx *x = s->x;
	if (s->type != PM_BLOCK_PARAGRAPH)
		return;
	while (n-- > 0 && !x->stop)
		docx_cb(x, pm_host_figure(x->host, x->sink, NULL));
}

/* What the paragraph is, from its style, outline level and numbering. */
static void para_info(story *s, const para *p, bool box, pm_block_info *in, const char **style_name)
{
	const docx_styles *st = s->env->styles;
	const docx_style *ps = para_style(s, p);
	int cls = DCLS_NONE, lvl = 0, outline, num_id, ilvl, jc;
	unsigned long best = 0;
	int i;
	memset(in, 0, sizeof *in);
	in->size = sizeof *in;
	in->type = PM_BLOCK_PARAGRAPH;
	if (ps) {
		cls = ps->rcls;
		lvl = ps->rcls_level;
	} else if (p->style_id) {
		cls = docx_classify_name(p->style_id, &lvl);
	}
	outline = p->outline >= 0 ? p->outline : ps ? ps->routline : -1;
	num_id = p->num_id >= 0 ? p->num_id : ps ? ps->rnum_id : -1;
	ilvl = p->ilvl >= 0 ? p->ilvl : ps && ps->rilvl >= 0 ? ps->rilvl : 0;
	jc = p->jc >= 0 ? p->jc : ps && ps->rjc >= 0 ? ps->rjc : st->def_jc;
	if (cls == DCLS_TITLE) {
		in->role = PM_ROLE_TITLE;
	} else if (cls == DCLS_SUBTITLE) {
		in->role = PM_ROLE_SUBTITLE;
	} else if (cls == DCLS_HEADING) {
		in->type = PM_BLOCK_HEADING;
		in->level = lvl;
	} else if (outline >= 0 && outline <= 8) {
		in->type = PM_BLOCK_HEADING;
		in->level = outline + 1 > 6 ? 6 : outline + 1;
	} else if (docx_numbering_is_list(s->env->numbering, num_id, ilvl)) {
		in->type = PM_BLOCK_LIST_ITEM;
		in->level = ilvl < 0 ? 1 : ilvl > 8 ? 9 : ilvl + 1;
	} else if (cls == DCLS_QUOTE) {
		in->type = PM_BLOCK_QUOTE;
	} else if (cls == DCLS_CAPTION) {
		in->type = PM_BLOCK_CAPTION;
	}
	if (s->type != PM_BLOCK_PARAGRAPH) {
		in->type = s->type;
		in->level = 0;
	} else if (box) {
		in->type = PM_BLOCK_TEXT_BOX;
		in->level = 0;
	}
	if (p->chars) {
		if (p->bold * 10 >= p->chars * 9)
			in->flags |= PM_BF_BOLD;
		if (p->italic * 10 >= p->chars * 9)
			in->flags |= PM_BF_ITALIC;
		if (p->caps * 10 >= p->chars * 9)
			in->flags |= PM_BF_UPPERCASE;
	}
	if (p->space_after == 0)
		in->flags |= PM_BF_NO_SPACE_AFTER;
	else if (p->space_after > 0)
		in->flags |= PM_BF_SPACE_AFTER;
	if (jc == 'c')
		in->flags |= PM_BF_CENTERED;
	else if (jc == 'r')
		in->flags |= PM_BF_RIGHT;
	for (i = 0; i < p->nsz; i++)
		if (p->szn[i] > best) {
			best = p->szn[i];
			in->font_size = p->sz[i] / 2.0;
		}
	*style_name = ps ? (ps->name ? ps->name : ps->id) : p->style_id;
}

/* Only spaces and line breaks (also altchunk.c's test for an empty block). */
bool docx_blank(const pm_buf *b)
{
	size_t i;
	for (i = 0; i < b->len; i++)
		if (b->data[i] != ' ' && b->data[i] != '\n')
			return false;
	return true;
}

/* Push text with its line breaks ('\n') to the open block or cell. */
static void push_text(story *s, const char *t, size_t n, bool breaks)
{
	docx_ctx *x = s->x;
	size_t a = 0, i;
	for (i = 0; i <= n && !x->stop; i++) {
		if (i < n && t[i] != '\n')
			continue;
		if (i > a)
			docx_cb(x, x->host->text(x->sink, t + a, i - a));
		if (i < n && !x->stop) {
			if (breaks)
				docx_cb(x, x->host->line_end(x->sink, PM_LINE_BREAK));
			else
				docx_cb(x, x->host->text(x->sink, " ", 1));
		}
		a = i + 1;
	}
}

static void emit_block(story *s, const pm_block_info *in, const char *style, const pm_buf *text,
                       const dlink *links, size_t nlinks)
{
	docx_ctx *x = s->x;
	pm_block_info info = *in;
	info.style = style;
	if (s->type == PM_BLOCK_PARAGRAPH && s->env->page_break && text->len) {
		info.flags |= PM_BF_NEW_PAGE;
		s->env->page_break = false;
	}
	if (!docx_cb(x, x->host->block_begin(x->sink, &info)))
		return;
	push_text(s, text->data ? text->data : "", text->len, true);
	push_links(s, text, links, nlinks);
	if (!x->stop)
		docx_cb(x, x->host->block_end(x->sink));
	s->env->emitted++;
}

/* A new entry at the end of a list of queued paragraphs (s->q, s->row);
 * NULL when out of memory (then failed). */
static queued *queue_add(story *s, queued **v, size_t *n, size_t *cap)
{
	queued *q;
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 8;
		queued *nq = realloc(*v, nc * sizeof *nq);
		if (!nq) {
			docx_fail(s->x, PM_ERR_RESOURCE_LIMIT, "out of memory");
			return NULL;
		}
		*v = nq;
		*cap = nc;
	}
	q = &(*v)[(*n)++];
	memset(q, 0, sizeof *q);
	q->cell = -1;
	return q;
}

static void queued_free(queued *q)
{
	pm_buf_free(&q->text);
	para_free_links(q->links, q->nlinks);
	free(q->own_style);
}

static void flush_queue(story *s)
{
	size_t i;
	for (i = 0; i < s->nq; i++) {
		queued *q = &s->q[i];
		if (!s->x->stop)
			emit_block(s, &q->info, q->own_style ? q->own_style : q->style, &q->text, q->links,
			           q->nlinks);
		queued_free(q);
	}
	s->nq = 0;
}

/* The paragraph moves into q (its text, links and style as written). */
static void queue_para(story *s, para *p, bool box, queued *q)
{
	const char *sn;
	para_info(s, p, box, &q->info, &sn);
	if (sn == p->style_id) {
		q->own_style = p->style_id;
		p->style_id = NULL;
	} else {
		q->style = sn;
	}
	q->text = p->text;
	memset(&p->text, 0, sizeof p->text);
	q->links = p->links;
	q->nlinks = p->nlinks;
	p->links = NULL;
	p->nlinks = 0;
	q->figures = p->figures;
}

static void enqueue(story *s, para *p)
{
	queued *q = queue_add(s, &s->q, &s->nq, &s->qcap);
	if (q)
		queue_para(s, p, true, q);
}

/* Convention docx.break_type_change: one paragraph whose lines, split by
 * a line break (Shift+Enter), are set in two types, each line in one
 * type and the type changing once, in size or in italics: a title and
 * its subtitle typed as one paragraph ("Brantwood Museum returns a
 * canoe" in 18 pt bold, a break, "The canoe left the valley in 1893" in
 * 13 pt italics). The reader sees two blocks, so the host gets two, each
 * with its own type; the second never takes the paragraph's Title role.
 * A change of weight alone is a bold lead-in, not a new block. */
static bool split_by_type(story *s, para *p)
{
	int k, cut = -1;
	long first = -1, second = -1;
	if (p->nlines < 2 || p->nlines > NLINES)
		return false;
	for (k = 0; k < p->nlines; k++) {
		long sig = p->line_sig[k];
		if (sig == -2)
			return false;
		if (sig == -1)
			continue; /* a blank line */
		if (first == -1) {
			first = sig;
		} else if (sig != first) {
			if (cut != -1 && sig != second)
				return false;
			if (cut == -1) {
				cut = k;
				second = sig;
			}
		} else if (cut != -1) {
			return false; /* back to the first type */
		}
	}
	if (cut == -1 || ((first & 1) == (second & 1) && labs(first / 4 - second / 4) < 2))
		return false;
	{
		pm_block_info in, part;
		const char *sn;
		pm_buf a = {0}, b = {0};
		size_t end = p->line_off[cut];
		long sigs[2] = {first, second};
		int n;
		while (end > 0 && (p->text.data[end - 1] == '\n' || p->text.data[end - 1] == ' '))
			end--;
		pm_buf_add(&a, p->text.data, end);
		pm_buf_add(&b, p->text.data + p->line_off[cut], p->text.len - p->line_off[cut]);
		para_info(s, p, false, &in, &sn);
		for (n = 0; n < 2 && !s->x->stop; n++) {
			part = in;
			part.flags &= ~(unsigned)(PM_BF_BOLD | PM_BF_ITALIC);
			part.flags |= (sigs[n] & 2 ? PM_BF_BOLD : 0) | (sigs[n] & 1 ? PM_BF_ITALIC : 0);
			part.font_size = (double)(sigs[n] / 4) / 2.0;
			if (n == 1 && part.role == PM_ROLE_TITLE)
				part.role = PM_ROLE_NONE;
			emit_block(s, &part, sn, n ? &b : &a, NULL, 0);
		}
		pm_buf_free(&a);
		pm_buf_free(&b);
	}
	return true;
}

/* A paragraph of a table block: its text joins the open cell's. */
static void cell_para(story *s, frame *f, const pm_buf *text, const dlink *links, size_t nlinks, unsigned figures)
{
	docx_ctx *x = s->x;
	/* docx.cell_paragraphs: a cell's paragraphs are lines of its text,
	 * as the cell shows them (a heading over its text in a one-cell
	 * box); the record's table cells and body entry read them joined */
	if (f->cell_text)
		docx_cb(x, x->host->text(x->sink, "\n", 1));
	push_text(s, text->data, text->len, false);
	push_links(s, text, links, nlinks);
	push_figures(s, figures);
	f->cell_text = true;
}

static void table_decide(story *s, frame *f, bool force, bool box);

/* Convention docx.layout_table: Word users lay out a release's top with
 * a table without borders, the logo in one cell and "PRESS RELEASE" and
 * the title in the next; a data table never holds the document's Title
 * or Subtitle style. So a body table is held back (its paragraphs and
 * cell starts queued in s->row) until its first row with text ends:
 * when a paragraph of it has the Title or Subtitle style the table lays
 * out the page and each of its paragraphs is a block of its own, with
 * its style; else it is a table block, as it would have been. */
static void row_para(story *s, frame *f, para *p)
{
	queued *q = queue_add(s, &s->row, &s->nrow, &s->rowcap);
	if (!q)
		return;
	queue_para(s, p, false, q);
	s->row_bytes += q->text.len;
	/* a table whose first row is a whole document: decide now */
	if (s->nrow > 4096 || s->row_bytes > (1u << 20))
		table_decide(s, f, true, false);
}

static void row_cell(story *s, int kind)
{
	queued *q = queue_add(s, &s->row, &s->nrow, &s->rowcap);
	if (q)
		q->cell = kind;
}

/* Convention docx.layout_table.title_size: the title in the layout
 * table's cell may be set by hand instead of in the Title style, bold
 * and large beside "NEWS RELEASE" or the logo. A table that opens the
 * body (nothing of the text above it) whose first row holds a
 * paragraph of a title's length (at most 25 words) set at 1.4 times the
 * document's default size or more lays out the page too: a data table's
 * header row is set in the text's size or near it. */
static bool title_sized(const story *s, const queued *q)
{
	size_t words = 1, i;
	if (s->env->emitted || s->type != PM_BLOCK_PARAGRAPH || q->info.font_size <= 0 ||
	    q->info.font_size * 2 < 1.4 * s->env->styles->def_sz)
		return false;
	for (i = 0; i < q->text.len; i++)
		if (q->text.data[i] == ' ' && i + 1 < q->text.len && q->text.data[i + 1] != ' ')
			words++;
	return words <= 25;
}

/* Convention docx.one_cell_box: a table of one row and one cell holding
 * one paragraph is a frame drawn around a line of text, not a table of
 * data: templates box the deck under the title, a note to editors. The
 * first row holds one cell with one paragraph; whether the table ends
 * there is known at its end (another row makes it a data table's first
 * row). The boxed paragraph is the document's, a block with its style,
 * as a layout table's are. A box of several paragraphs (an About
 * section, a form) stays a table block whose cell's paragraphs are
 * lines (docx.cell_paragraphs). */
static bool one_cell_row(const story *s)
{
	size_t i, cells = 0, paras = 0;
	for (i = 0; i < s->nrow; i++) {
		if (s->row[i].cell == PM_CELL_HEADER_ROW)
			return false; /* a row repeated atop each page heads data */
		if (s->row[i].cell >= 0)
			cells++;
		else if (!docx_blank(&s->row[i].text))
			paras++;
	}
	return cells == 1 && paras == 1;
}

static void table_decide(story *s, frame *f, bool force, bool box)
{
	docx_ctx *x = s->x;
	bool layout = box, text = false;
	size_t i;
	for (i = 0; i < s->nrow; i++) {
		const queued *q = &s->row[i];
		if (q->cell >= 0 || docx_blank(&q->text))
			continue;
		text = true;
		if (q->info.role == PM_ROLE_TITLE || q->info.role == PM_ROLE_SUBTITLE || title_sized(s, q))
			layout = true;
	}
	if (!text && !force)
		return;
	f->tbl_pending = false;
	f->box_wait = false;
	if (layout) {
		f->tbl_layout = true;
	} else if (!x->stop) {
		pm_block_info in;
		memset(&in, 0, sizeof in);
		in.size = sizeof in;
		in.type = PM_BLOCK_TABLE;
		if (docx_cb(x, x->host->block_begin(x->sink, &in)))
			f->table_block = true;
		f->cell_text = false;
	}
	for (i = 0; i < s->nrow; i++) {
		queued *q = &s->row[i];
		if (!x->stop && (layout || f->table_block)) {
			if (q->cell >= 0) {
				if (!layout) {
					docx_cb(x, x->host->cell(x->sink, q->cell));
					f->cell_text = false;
				}
			} else if (docx_blank(&q->text)) {
				push_links(s, &q->text, q->links, q->nlinks);
				push_figures(s, q->figures);
			} else if (layout) {
				emit_block(s, &q->info, q->own_style ? q->own_style : q->style, &q->text, q->links,
				           q->nlinks);
				push_figures(s, q->figures);
			} else {
				cell_para(s, f, &q->text, q->links, q->nlinks, q->figures);
			}
		}
		queued_free(q);
	}
	s->nrow = 0;
	s->row_bytes = 0;
	if (layout && s->nfr == 1)
		flush_queue(s);
}

/* A finished paragraph goes to a cell, a queue (text boxes) or a block. */
static void deliver(story *s, frame *f)
{
	docx_ctx *x = s->x;
	para *p = &f->p;
	if (p->text.failed) {
		docx_fail(x, PM_ERR_RESOURCE_LIMIT, "out of memory");
		return;
	}
	if (f->tbl_pending) {
		if (!f->del_row)
			row_para(s, f, p);
		para_reset(p);
		return;
	}
	if (docx_blank(&p->text)) {
		/* a paragraph that holds only a picture, or a linked one: its
		 * links are kept (with no text), in a block of their own */
		if (!f->del_row && !f->box) {
			push_links(s, &p->text, p->links, p->nlinks);
			push_figures(s, p->figures);
		}
		/* Convention docx.text_box_blank_anchor: a text box anchored
		 * in a paragraph with no text of its own (converters and
		 * templates anchor the letterhead, the title, a sidebar in an
		 * empty paragraph) is read where its anchor stands, before the
		 * next paragraph, not after it */
		if (!f->box && !f->table_block && s->nfr == 1)
			flush_queue(s);
		para_reset(p);
		return;
	}
	if (f->box) {
		enqueue(s, p);
		push_figures(s, p->figures);
	} else if (f->table_block) {
		if (!f->del_row)
			cell_para(s, f, &p->text, p->links, p->nlinks, p->figures);
	} else if (s->type == PM_BLOCK_PARAGRAPH && !p->nlinks && split_by_type(s, p)) {
		push_figures(s, p->figures);
		if (s->nfr == 1)
			flush_queue(s);
	} else {
		pm_block_info in;
		const char *sn;
		para_info(s, p, false, &in, &sn);
		/* a note's paragraphs after its first are one note with it */
		if (s->type == PM_BLOCK_FOOTNOTE && p->text.len) {
			if (s->note_has_text)
				in.flags |= PM_BF_NOTE_CONTINUES;
			s->note_has_text = true;
		}
		emit_block(s, &in, sn, &p->text, p->links, p->nlinks);
		push_figures(s, p->figures);
		if (s->nfr == 1)
			flush_queue(s);
	}
	para_reset(p);
}

/* docx.hidden_text_style: whether docDefaults and the paragraph style,
 * read as the ECMA-376 style hierarchy reads them (part 1, 17.7.2), hide
 * what stands in the paragraph. w:vanish is a toggle property (17.7.3):
 * in a style, on flips the state reached so far and off leaves it; each
 * style's value is its basedOn chain's, resolved and bounded in styles.c. */
static bool para_styles_hide(story *s, const para *p)
{
	const docx_style *ps = para_style(s, p);
	bool h = s->env->styles->def_vanish == 1;
	return ps && ps->rvanish == 1 ? !h : h;
}

/* The paragraph mark has no character style: w:pPr's w:rPr is its direct
 * formatting, absolute; a hidden mark joins the paragraph to the next. */
static bool mark_hidden(story *s, const para *p)
{
	return p->mark_vanish >= 0 ? p->mark_vanish == 1 : para_styles_hide(s, p);
}

static void para_begin(story *s, frame *f)
{
	if (f->in_p) {
		/* a paragraph inside a paragraph: malformed, close the first */
		f->p.merge_next = false;
		deliver(s, f);
	}
	if (f->p.carry)
		para_clear_props(&f->p);
	else
		para_reset(&f->p);
	f->in_p = true;
	f->r = (run){-1, -1, -1, -1, NULL, "", -1};
}

static void para_end(story *s, frame *f)
{
	if (!f->in_p)
		return;
	f->in_p = false;
	if (mark_hidden(s, &f->p))
		f->p.merge_next = true;
	if (f->p.merge_next && !f->table_block && !f->tbl_pending) {
		f->p.carry = true;
		f->p.merge_next = false;
		return;
	}
	f->p.carry = false;
	deliver(s, f);
}

/* ---- text -------------------------------------------------------------- */

/* docx.hidden_text_style: whether the open run is hidden: the character
 * style toggles what docDefaults and the paragraph style left (so one
 * that hides within a hiding paragraph style shows), and the run's own
 * w:vanish is absolute (w:val="0" shows whatever the styles hid). */
static bool run_hidden(story *s, const frame *f)
{
	const docx_style *rs = f->r.rstyle;
	bool h;
	if (f->r.vanish >= 0)
		return f->r.vanish == 1;
	h = para_styles_hide(s, &f->p);
	return rs && rs->rvanish == 1 ? !h : h;
}

static bool text_on(story *s)
{
	frame *f = top(s);
	return f->in_p && s->code_depth == 0 && !run_hidden(s, f);
}

static void count_chars(story *s, frame *f, const char *t, size_t n)
{
	const docx_styles *st = s->env->styles;
	const docx_style *ps = para_style(s, &f->p), *rs = f->r.rstyle;
	unsigned long c = 0;
	size_t i;
	int b, it, caps, sz, k;
	for (i = 0; i < n; i++)
		if (((unsigned char)t[i] & 0xC0) != 0x80 && t[i] != ' ')
			c++;
	if (!c)
		return;
#define EFF(f_, r_, d_) (f->r.f_ >= 0 ? f->r.f_ : rs && rs->r_ >= 0 ? rs->r_ : ps && ps->r_ >= 0 ? ps->r_ : (d_))
	b = EFF(b, rb, st->def_b);
	it = EFF(i, ri, st->def_i);
	caps = EFF(caps, rcaps, 0);
	sz = EFF(sz, rsz, st->def_sz);
#undef EFF
	f->p.chars += c;
	if (f->p.nlines >= 1 && f->p.nlines <= NLINES) {
		long sig = (long)(sz > 0 ? sz : 0) * 4 + (b ? 2 : 0) + (it ? 1 : 0), *ls = &f->p.line_sig[f->p.nlines - 1];
		*ls = *ls == -1 ? sig : *ls == sig ? sig : -2;
	}
	if (b)
		f->p.bold += c;
	if (it)
		f->p.italic += c;
	if (caps)
		f->p.caps += c;
	for (k = 0; k < f->p.nsz; k++)
		if (f->p.sz[k] == sz)
			break;
	if (k == f->p.nsz && k < NSZ) {
		f->p.sz[k] = sz;
		f->p.szn[k] = 0;
		f->p.nsz++;
	}
	if (k < f->p.nsz)
		f->p.szn[k] += c;
}

static void add_bytes(story *s, const char *t, size_t n)
{
	frame *f = top(s);
	pm_buf_add(&f->p.text, t, n);
	if (f->p.text.len > s->text_cap && !f->box && !f->table_block && !f->tbl_pending) {
		/* Hand it over now: the host refuses what is over its limit and
		 * says stop, rather than this buffer growing without end. */
		deliver(s, f);
	}
}

static void add_text(story *s, const char *t, size_t n)
{
	frame *f = top(s);
	size_t a = 0, i;
	if (!text_on(s))
		return;
	count_chars(s, f, t, n);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c == '\t' || c == '\n' || c == '\r') {
			add_bytes(s, t + a, i - a);
			add_bytes(s, " ", 1);
			a = i + 1;
		} else if (c == 0xC2 && i + 1 < n && (unsigned char)t[i + 1] == 0xAD) {
			add_bytes(s, t + a, i - a); /* soft hyphen */
			a = i + 2;
			i++;
		} else if (c == 0xEF && i + 2 < n && ((unsigned char)t[i + 1] & 0xFC) == 0x80 &&
		           f->r.sym_font[0]) {
			/* U+F000-F0FF in a symbol font: the glyph's code, not a letter */
			uint32_t cp = 0xF000 | (((unsigned char)t[i + 1] & 0x03) << 6) |
			              ((unsigned char)t[i + 2] & 0x3F);
			add_bytes(s, t + a, i - a);
			cp = pm_symbol_char(f->r.sym_font, cp);
			if (cp >= 0x20) {
				pm_buf u = {0};
				docx_buf_addcp(&u, cp);
				if (u.data)
					add_bytes(s, u.data, u.len);
				pm_buf_free(&u);
			}
			a = i + 3;
			i += 2;
		} else if (c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
		           (unsigned char)t[i + 2] == 0x91) {
			add_bytes(s, t + a, i - a); /* non-breaking hyphen */
			add_bytes(s, "-", 1);
			a = i + 3;
			i += 2;
		}
	}
	add_bytes(s, t + a, n - a);
}

static void add_special(story *s, const char *t)
{
	if (!text_on(s))
		return;
	add_bytes(s, t, strlen(t));
}

/* ---- fields ------------------------------------------------------------ */

/* The URL of a HYPERLINK field code, NULL for another field or an anchor. */
static char *field_url(const char *code)
{
	const char *p = code, *a;
	while (*p == ' ')
		p++;
	if (strncasecmp(p, "HYPERLINK", 9) != 0)
		return NULL;
	p += 9;
	for (;;) {
		while (*p == ' ')
			p++;
		if (!*p)
			return NULL;
		if (*p == '\\') {
			if ((p[1] == 'l' || p[1] == 'L') && (p[2] == ' ' || !p[2]))
				return NULL; /* \l: a bookmark in this document */
			p++;
			while (*p && *p != ' ')
				p++;
			continue;
		}
		break;
	}
	if (*p == '"') {
		a = ++p;
		while (*p && *p != '"')
			p++;
	} else {
		a = p;
		while (*p && *p != ' ')
			p++;
	}
	if (p == a)
		return NULL;
	return docx_strndup(a, (size_t)(p - a));
}

static void field_link(story *s, const char *code)
{
	char *u = field_url(code);
	frame *f = top(s);
	if (u && f->in_p)
		para_add_link(s, &f->p, u);
	free(u);
}

static void fld_char(story *s, const char *type)
{
	if (!type)
		return;
	if (!strcmp(type, "begin")) {
		if (s->nfld >= MAX_FIELDS) {
			s->fld_extra++;
			return;
		}
		s->fld[s->nfld++] = 'c';
		s->code_depth++;
		s->instr.len = 0;
		if (s->instr.data)
			s->instr.data[0] = '\0';
	} else if (!strcmp(type, "separate")) {
		if (s->fld_extra || !s->nfld || s->fld[s->nfld - 1] != 'c')
			return;
		s->fld[s->nfld - 1] = 'r';
		s->code_depth--;
		if (s->instr.data)
			field_link(s, s->instr.data);
	} else if (!strcmp(type, "end")) {
		if (s->fld_extra) {
			s->fld_extra--;
			return;
		}
		if (!s->nfld)
			return;
		if (s->fld[--s->nfld] == 'c')
			s->code_depth--;
		else if (top(s)->in_p)
			para_end_link(&top(s)->p);
	}
}

/* ---- the element handlers ---------------------------------------------- */

static const char *attr_w(story *s, const char *n)
{
	return docx_elem_attr(s->el, DNS_W, n);
}

/* A whole number of a paragraph's or a run's property, bounded at ±100000 (docx_int_value). */
static int to_int(const char *v, int dflt)
{
	return docx_int_value(v, dflt, 100000);
}

static int parent_tok(story *s, int depth, int up)
{
	return depth - up >= 0 && (size_t)(depth - up) < s->ntok ? s->tok[depth - up] : T_OTHER;
}

/* Returns the token to remember for the element, or T_SKIP. */
static int on_start(story *s, int ns, const char *ln, int depth)
{
	frame *f = top(s);
	int tk, parent = parent_tok(s, depth, 1), gp = parent_tok(s, depth, 2);
	const char *v;
	if (ns == DNS_MC) {
		if (!strcmp(ln, "AlternateContent")) {
			if (s->nmc >= MAX_MC)
				return T_SKIP;
			s->mc_taken[s->nmc++] = false;
			return T_MC_AC;
		}
		if (!strcmp(ln, "Choice")) {
			if (!s->nmc || s->mc_taken[s->nmc - 1] || !s->el->requires_known)
				return T_SKIP;
			s->mc_taken[s->nmc - 1] = true;
			return T_MC_CHOICE;
		}
		if (!strcmp(ln, "Fallback")) {
			if (!s->nmc || s->mc_taken[s->nmc - 1])
				return T_SKIP;
			s->mc_taken[s->nmc - 1] = true;
			return T_MC_FALLBACK;
		}
		return T_OTHER;
	}
	if (ns != DNS_W) {
		/* a picture (DrawingML pic:pic, VML v:imagedata) or a chart
		 * (c:chart) drawn in the paragraph: a figure; a drawing that is
		 * only a shape or a text box is not one */
		if (f->in_p && (!strcmp(ln, "pic") || !strcmp(ln, "imagedata") || !strcmp(ln, "chart")) && f->p.figures < 1000)
			f->p.figures++;
		return T_OTHER;
	}
	tk = w_token(ln);
	switch (tk) {
	case T_P:
		para_begin(s, f);
		break;
	case T_R:
		if (f->in_p)
			f->r = (run){-1, -1, -1, -1, NULL, "", -1};
		break;
	case T_PSTYLE:
		if (parent == T_PPR && f->in_p && (v = attr_w(s, "val"))) {
			f->p.style = docx_style_find(s->env->styles, v);
			free(f->p.style_id);
			f->p.style_id = f->p.style ? NULL : strdup(v);
		}
		break;
	case T_ILVL:
		if (parent == T_NUMPR && gp == T_PPR && f->in_p)
			f->p.ilvl = to_int(attr_w(s, "val"), 0);
		break;
	case T_NUMID:
		if (parent == T_NUMPR && gp == T_PPR && f->in_p)
			f->p.num_id = to_int(attr_w(s, "val"), 0);
		break;
	case T_JC:
		if (parent == T_PPR && f->in_p && (v = attr_w(s, "val")))
			f->p.jc = !strcmp(v, "center") ? 'c' : !strcmp(v, "right") || !strcmp(v, "end") ? 'r' : 'l';
		break;
	case T_SPACING:
		/* runon.converted_lines.spacing: only the paragraph's own
		 * w:after (automatic spacing, the HTML-like kind, says nothing) */
		if (parent == T_PPR && f->in_p && (v = attr_w(s, "after"))) {
			int after = to_int(v, -1);
			const char *au = attr_w(s, "afterAutospacing");
			f->p.space_after = au && docx_onoff(au) ? -1 : after;
		}
		break;
	case T_OUTLINE:
		if (parent == T_PPR && f->in_p)
			f->p.outline = to_int(attr_w(s, "val"), 9);
		break;
	case T_FRAMEPR:
		/* a drop cap is the first letter of the next paragraph */
		if (parent == T_PPR && f->in_p && (v = attr_w(s, "dropCap")) &&
		    (!strcmp(v, "drop") || !strcmp(v, "margin")))
			f->p.merge_next = true;
		break;
	case T_RFONTS:
		if (parent == T_RPR && gp == T_R && f->in_p) {
			v = attr_w(s, "ascii");
			if (!v)
				v = attr_w(s, "hAnsi");
			if (v && (!strcasecmp(v, "Symbol") || !strncasecmp(v, "Wingdings", 9)))
				snprintf(f->r.sym_font, sizeof f->r.sym_font, "%s", v);
		}
		break;
	case T_B: case T_I: case T_CAPS: case T_SZ: case T_RSTYLE:
		if (parent == T_RPR && gp == T_R && f->in_p) {
			v = attr_w(s, "val");
			if (tk == T_B)
				f->r.b = docx_onoff(v);
			else if (tk == T_I)
				f->r.i = docx_onoff(v);
			else if (tk == T_CAPS)
				f->r.caps = docx_onoff(v);
			else if (tk == T_SZ)
				f->r.sz = to_int(v, -1) > 0 ? to_int(v, -1) : -1;
			else if (v)
				f->r.rstyle = docx_style_find(s->env->styles, v);
		}
		break;
	case T_DEL:
	case T_MOVEFROM:
		s->env->changes++;
		if (parent == T_RPR && gp == T_PPR) {
			if (f->in_p)
				f->p.merge_next = true;
			return T_OTHER;
		}
		if (parent == T_TRPR) {
			if (f->tbl && !f->del_row)
				f->del_row = f->tbl;
			return T_OTHER;
		}
		if (parent == T_RPR)
			return T_OTHER; /* a deleted run mark: the run itself is elsewhere */
		return T_SKIP;
	case T_INS:
	case T_MOVETO:
		s->env->changes++;
		break;
	case T_PRCHANGE:
		s->env->changes++;
		return T_SKIP; /* holds the properties as they were before */
	case T_VANISH:
		/* docx.hidden_text: hidden text is neither shown nor printed
		 * (an editor's note, a draft mark); a hidden paragraph mark
		 * joins the paragraph to the next, as Word shows it. Not
		 * w:webHidden: that is hidden in Web view only, printed. */
		if (parent == T_RPR && gp == T_R && f->in_p)
			f->r.vanish = docx_onoff(attr_w(s, "val"));
		else if (parent == T_RPR && gp == T_PPR && f->in_p)
			f->p.mark_vanish = docx_onoff(attr_w(s, "val"));
		break;
	case T_SDT:
		s->plc_sdt = -1;
		break;
	case T_PLCHDR:
		/* docx.placeholder_text: a content control never filled in
		 * shows its prompt ("Click or tap here to enter text."), a
		 * template's words, not the document's */
		if (parent == T_SDTPR && gp == T_SDT && docx_onoff(attr_w(s, "val")) == 1)
			s->plc_sdt = depth - 2;
		break;
	case T_SDTCONTENT:
		/* a cell or row control keeps its cell: the table's columns */
		if (parent == T_SDT && s->plc_sdt == depth - 1) {
			int outer = parent_tok(s, depth, 2);
			s->plc_sdt = -1;
			if (outer != T_TBL && outer != T_TR)
				return T_SKIP;
		}
		break;
	case T_ALTCHUNK:
		/* docx.alt_chunk: an imported part (HTML, text, RTF, another
		 * document) that Word converts and merges where the element
		 * stands. In the body, outside tables and text boxes, it is
		 * read (altchunk.c) once what comes before has gone out;
		 * elsewhere the record says it is not read */
		if (s->type == PM_BLOCK_PARAGRAPH && s->nfr == 1 && !f->tbl && !f->in_p &&
		    (v = docx_elem_attr(s->el, DNS_R, "id"))) {
			if (f->p.carry) {
				f->p.carry = false;
				deliver(s, f);
			}
			flush_queue(s);
			if (!s->x->stop)
				docx_alt_chunk(s->x, s->env, s->part, v);
		} else if (s->type == PM_BLOCK_PARAGRAPH) {
			s->env->alt_chunks++;
		}
		return T_SKIP;
	case T_T:
		break;
	case T_TAB:
		if (parent == T_R)
			add_special(s, " ");
		break;
	case T_BR:
	case T_CR:
		if (parent == T_R && s->type == PM_BLOCK_PARAGRAPH && (v = attr_w(s, "type")) && !strcmp(v, "page"))
			s->env->page_break = true;
		if (parent == T_R && text_on(s)) {
			para *p = &f->p;
			add_special(s, "\n");
			if (p->nlines >= 1 && p->nlines < NLINES) {
				p->line_off[p->nlines] = p->text.len;
				p->line_sig[p->nlines++] = -1;
			} else {
				p->nlines = NLINES + 1;
			}
		}
		break;
	case T_NBHYPHEN:
		if (parent == T_R)
			add_special(s, "-");
		break;
	case T_SOFTHYPHEN:
		break;
	case T_SYM:
		if (parent == T_R && text_on(s)) {
			char font[64];
			uint32_t cp;
			v = attr_w(s, "font");
			snprintf(font, sizeof font, "%s", v ? v : "");
			v = attr_w(s, "char");
			cp = v ? (uint32_t)strtoul(v, NULL, 16) : 0;
			cp = pm_symbol_char(font, cp);
			if (cp >= 0x20) {
				docx_buf_addcp(&f->p.text, cp);
				count_chars(s, f, "x", 1);
			}
		}
		break;
	case T_FLDCHAR:
		fld_char(s, attr_w(s, "fldCharType"));
		break;
	case T_FLDSIMPLE:
		if ((v = attr_w(s, "instr")))
			field_link(s, v);
		break;
	case T_HYPERLINK:
		if (f->in_p && (v = docx_elem_attr(s->el, DNS_R, "id"))) {
			const docx_rel *rel = docx_rel_find(s->env->rels, v);
			if (rel && rel->target && (rel->external || strchr(rel->target, ':')))
				para_add_link(s, &f->p, rel->target);
		}
		break;
	case T_TBL:
		f->tbl++;
		if (f->tbl == 1 && !f->box && s->type == PM_BLOCK_PARAGRAPH && s->nfr == 1) {
			if (f->p.carry) {
				f->p.carry = false;
				deliver(s, f);
			}
			f->tbl_pending = true; /* docx.layout_table: table_decide begins the block */
			f->cell_text = false;
		}
		break;
	case T_TR:
		if (f->tbl == 1) {
			f->row_first = true;
			f->row_header = false;
			/* docx.one_cell_box: a second row, a data table */
			if (f->box_wait)
				table_decide(s, f, true, false);
		}
		break;
	case T_TBLHEADER:
		/* a row Word repeats atop each page: the table's header row */
		if (parent == T_TRPR && f->tbl == 1)
			f->row_header = docx_onoff(attr_w(s, "val")) != 0;
		break;
	case T_TC:
		if (f->tbl == 1 && (f->table_block || f->tbl_pending) && !f->del_row) {
			int kind = !f->row_first ? 0 : f->row_header ? PM_CELL_HEADER_ROW : PM_CELL_NEW_ROW;
			if (f->tbl_pending)
				row_cell(s, kind);
			else
				docx_cb(s->x, s->x->host->cell(s->x->sink, kind));
			f->row_first = false;
			f->cell_text = false;
		}
		break;
	case T_TXBX:
		if (s->nfr >= MAX_FRAMES)
			return T_SKIP;
		memset(&s->fr[s->nfr], 0, sizeof s->fr[s->nfr]);
		s->fr[s->nfr].box = true;
		s->fr[s->nfr].p.num_id = s->fr[s->nfr].p.ilvl = -1;
		s->fr[s->nfr].p.jc = s->fr[s->nfr].p.outline = -1;
		s->nfr++;
		break;
	case T_NOTE:
		v = attr_w(s, "type");
		if (v && (!strcmp(v, "separator") || !strcmp(v, "continuationSeparator") ||
		          !strcmp(v, "continuationNotice")))
			return T_SKIP;
		s->note_has_text = false;
		break;
	default:
		break;
	}
	if (tk == T_INSTR && !s->fld_extra && s->nfld && s->fld[s->nfld - 1] == 'c')
		return T_INSTR;
	return tk == T_INSTR ? T_SKIP : tk;
}

static void close_frame(story *s)
{
	frame *f = top(s);
	if (f->in_p)
		para_end(s, f);
	if (f->p.carry) {
		f->p.carry = false;
		deliver(s, f);
	}
	if (f->tbl_pending)
		table_decide(s, f, true, f->box_wait);
	f->tbl_layout = false;
	if (f->table_block) {
		docx_cb(s->x, s->x->host->block_end(s->x->sink));
		f->table_block = false;
		if (s->nfr == 1)
			flush_queue(s);
	}
	para_reset(&f->p);
}

static void on_end(story *s, int tk)
{
	frame *f = top(s);
	switch (tk) {
	case T_P:
		para_end(s, f);
		break;
	case T_TR:
		if (f->del_row && f->del_row == f->tbl)
			f->del_row = 0;
		if (f->tbl == 1 && f->tbl_pending && !f->box_wait) {
			if (one_cell_row(s))
				f->box_wait = true;
			else
				table_decide(s, f, false, false);
		}
		break;
	case T_TBL:
		if (f->tbl > 0)
			f->tbl--;
		if (f->tbl == 0 && f->tbl_pending)
			table_decide(s, f, true, f->box_wait);
		if (f->tbl == 0)
			f->tbl_layout = false;
		if (f->tbl == 0 && f->table_block) {
			docx_cb(s->x, s->x->host->block_end(s->x->sink));
			f->table_block = false;
			if (s->nfr == 1)
				flush_queue(s);
		}
		break;
	case T_TXBX:
		if (s->nfr > 1) {
			close_frame(s);
			s->nfr--;
		}
		break;
	case T_HYPERLINK:
	case T_FLDSIMPLE:
		if (f->in_p)
			para_end_link(&f->p);
		break;
	case T_MC_AC:
		if (s->nmc)
			s->nmc--;
		break;
	default:
		break;
	}
}

static void on_text(story *s, int parent, const char *t, size_t n)
{
	if (parent == T_T)
		add_text(s, t, n);
	else if (parent == T_INSTR && s->instr.len < INSTR_CAP)
		pm_buf_add(&s->instr, t, n);
}

/* ---- the SAX events ----------------------------------------------------- */

static void story_start(docx_sax *sx, const docx_elem *el)
{
	story *s = docx_sax_user(sx);
	docx_ctx *x = s->x;
	int depth = el->depth, tk;
	if (depth < 0 || (size_t)depth >= s->ntok) {
		docx_fail(x, PM_ERR_TOO_LARGE, "%s nests elements too deeply", s->part);
		docx_sax_halt(sx);
		return;
	}
	if (depth == 0 && el->ns != DNS_W) {
		/* a spreadsheet or presentation, or a foreign vocabulary:
		 * refuse rather than read it as if it were Word's */
		if (s->type == PM_BLOCK_PARAGRAPH)
			docx_fail(x, PM_ERR_UNSUPPORTED, "%s is not WordprocessingML (root element <%s>)",
			          s->part, el->local);
		docx_sax_halt(sx);
		return;
	}
	s->el = el;
	tk = on_start(s, el->ns, el->local, depth);
	s->el = NULL;
	if (tk == T_SKIP) {
		docx_sax_skip(sx, el);
		return;
	}
	s->tok[depth] = (unsigned char)tk;
	if (el->empty)
		on_end(s, tk);
}

static void story_end(docx_sax *sx, int depth)
{
	story *s = docx_sax_user(sx);
	if (depth < 0 || (size_t)depth >= s->ntok)
		return;
	on_end(s, s->tok[depth]);
	s->tok[depth] = T_OTHER;
}

/* Only w:t and w:instrText hold text that is read (on_text). */
static bool story_text_wanted(int ns, const char *local)
{
	return ns == DNS_W && (!strcmp(local, "t") || !strcmp(local, "instrText"));
}

static void story_text(docx_sax *sx, int depth, const char *t, size_t n)
{
	story *s = docx_sax_user(sx);
	int parent = depth > 0 && (size_t)depth <= s->ntok ? s->tok[depth - 1] : T_OTHER;
	if (parent == T_T || parent == T_INSTR)
		on_text(s, parent, t, n);
}

void docx_read_story(docx_ctx *x, docx_story_env *env, const char *part, int story_type)
{
	static const docx_sax_events ev = {.start = story_start, .end = story_end, .text = story_text,
	                                    .text_wanted = story_text_wanted, .caller_judges_damage = true};
	story s;
	int rc;
	memset(&s, 0, sizeof s);
	s.x = x;
	s.env = env;
	s.part = part;
	s.type = story_type;
	s.text_cap = x->lim && x->lim->max_text_bytes ? x->lim->max_text_bytes : (64ULL << 20);
	if (x->stop)
		return;
	s.ntok = x->lim && x->lim->max_depth ? x->lim->max_depth + 2 : 4096;
	s.tok = calloc(s.ntok, 1);
	if (!s.tok) {
		docx_fail(x, PM_ERR_RESOURCE_LIMIT, "out of memory");
		return;
	}
	s.nfr = 1;
	s.plc_sdt = -1;
	s.fr[0].p.num_id = s.fr[0].p.ilvl = s.fr[0].p.jc = s.fr[0].p.outline = -1;
	rc = docx_sax_parse(x, part, &ev, &s);
	if (rc == DOCX_SAX_UNOPENED) {
		free(s.tok);
		return;
	}
	if (rc == DOCX_SAX_DAMAGED && !x->stop) {
		/* A damaged part keeps what was read before the damage. */
		if (env->emitted || top(&s)->p.text.len || s.nq)
			pm_host_warn(x->host, x->sink, "docx.damaged", PM_EFFECT_PARTIAL,
			             x->inflate_error ? "the zip data is damaged: text after the damage is lost"
			                              : "the document XML is damaged: text after the damage is lost");
		else if (x->inflate_error)
			docx_fail(x, PM_ERR_CORRUPT, "%s cannot be inflated: the zip data is damaged", part);
		else
			docx_xml_error(x, part);
	}
	x->inflate_error = false;
	while (s.nfr > 1 && !x->stop) {
		close_frame(&s);
		s.nfr--;
	}
	if (!x->stop)
		close_frame(&s);
	if (!x->stop)
		flush_queue(&s);
	else
		flush_queue(&s); /* frees only: emit_block checks stop */
	while (s.nfr > 0) {
		para_reset(&s.fr[s.nfr - 1].p);
		s.nfr--;
	}
	free(s.q);
	while (s.nrow > 0)
		queued_free(&s.row[--s.nrow]);
	free(s.row);
	pm_buf_free(&s.instr);
	free(s.tok);
}
