/*
 * paragraphs.c - the txt plugin's lines and paragraphs: the text split in
 * lines, blank lines and form feeds as breaks, hard-wrapped lines (a
 * newswire's fixed width) joined back into their paragraph, lists and
 * headings told apart, and each paragraph emitted as a block through the
 * host's callbacks.
 */
#define _GNU_SOURCE
#include "txt.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- lines ----------------------------------------------------------- */



/* Does s[0..n) hold a byte below 0x0D (the line's \t, \v or \f, which
 * the splitting replaces)? Eight bytes at a time: a SWAR test, exact for
 * "any" (Hacker's Delight 6-1). */
static bool has_low_control(const char *s, size_t n)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), high = ones * 0x80;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if ((w - ones * 0x0D) & ~w & high)
			return true;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] < 0x0D)
			return true;
	return false;
}

line *txt_split_lines(char *t, size_t n, size_t *count)
{
	size_t cap = 256, k = 0, i = 0;
	line *v = malloc(cap * sizeof *v);
	/* without a '\r' in the text (most of them), a line ends at the
	 * next '\n', which memchr() finds */
	bool cr = memchr(t, '\r', n) != NULL;
	if (!v)
		return NULL;
	while (i <= n) {
		size_t st = i, e;
		line *L;
		bool ff = false;
		if (!cr) {
			const char *nl = i < n ? memchr(t + i, '\n', n - i) : NULL;
			i = nl ? (size_t)(nl - t) : (i < n ? n : i);
		} else {
			while (i < n && t[i] != '\n' && t[i] != '\r')
				i++;
		}
		e = i;
		if (i < n && t[i] == '\r' && i + 1 < n && t[i + 1] == '\n')
			i++;
		t[e] = '\0';
		i++;
		if (k == cap) {
			line *nv;
			cap *= 2;
			nv = realloc(v, cap * sizeof *v);
			if (!nv) {
				free(v);
				return NULL;
			}
			v = nv;
		}
		L = &v[k++];
		/* form feeds: a page break, read as a blank line */
		if (has_low_control(t + st, e - st)) {
			size_t j;
			for (j = st; j < e; j++)
				if (t[j] == '\f') {
					t[j] = ' ';
					ff = true;
				} else if (t[j] == '\t' || t[j] == '\v') {
					t[j] = ' ';
				}
		}
		L->trail2 = e >= st + 2 && t[e - 1] == ' ' && t[e - 2] == ' ';
		while (e > st && (t[e - 1] == ' '))
			e--;
		L->s = t + st;
		L->len = e - st;
		L->indent = 0;
		while (L->indent < L->len && L->s[L->indent] == ' ')
			L->indent++;
		L->blank = L->indent == L->len;
		L->cols = pm_utf8_count(L->s, L->len);
		L->page_break = ff;
		L->own_line = false;
		if (i > n)
			break;
	}
	*count = k;
	return v;
}

/* ---- block emission -------------------------------------------------- */

static void emit_text(emitter *em, const char *t, size_t n)
{
	if (!em->stop && em->h->text(em->s, t, n))
		em->stop = true;
}

static void begin(emitter *em, int type, int level, unsigned flags, int role)
{
	pm_block_info bi;
	memset(&bi, 0, sizeof bi);
	bi.size = sizeof bi;
	bi.type = type;
	bi.level = level;
	bi.flags = flags;
	bi.role = role;
	bi.page = em->page;
	if (!em->stop && em->h->block_begin(em->s, &bi))
		em->stop = true;
}

static void end(emitter *em)
{
	if (!em->stop && em->h->block_end(em->s))
		em->stop = true;
}

/* Convention txt.bold_markers: plain text pasted from a mail or a chat
 * that writes bold as Markdown does, a line wholly between "**" (a
 * standfirst, a heading: "**Die Stadtwerke investieren …**"), with no
 * other "**" inside and text touching both markers. Convention
 * txt.bold_markers.single: a mail client's plain-text part writes the
 * HTML mail's bold as "*bold*" (a title, a kicker, "*PRESS RELEASE*"),
 * a line wholly between single asterisks with no other inside. The
 * width of the markers on either side, 0 when the line is none. */
static size_t txt_bold_marks(const char *s, size_t n)
{
	if (n > 4 && !strncmp(s, "**", 2) && !strncmp(s + n - 2, "**", 2) && s[2] != ' ' && s[2] != '*' &&
	    s[n - 3] != ' ' && s[n - 3] != '*' && !memmem(s + 2, n - 4, "**", 2))
		return 2;
	if (n > 3 && s[0] == '*' && s[n - 1] == '*' && s[1] != ' ' && s[1] != '*' && s[n - 2] != ' ' &&
	    !memchr(s + 1, '*', n - 2))
		return 1;
	return 0;
}

/* Emit one line's content (inline syntax rewritten in Markdown). */
static void emit_line(emitter *em, const char *s, size_t n)
{
	if (em->md) {
		pm_buf b = {0};
		char *nl;
		/* md.hard_break: a backslash closing the line is a hard
		 * break (the caller breaks the line), not the text's */
		if (n >= 2 && s[n - 1] == '\\' && s[n - 2] != '\\')
			n--;
		txt_md_inline(em, s, n, &b);
		if (b.data) {
			/* <br> inside the line became '\n': a line break */
			char *p = b.data;
			while ((nl = strchr(p, '\n'))) {
				emit_text(em, p, (size_t)(nl - p));
				if (!em->stop && em->h->line_end(em->s, PM_LINE_BREAK))
					em->stop = true;
				p = nl + 1;
			}
			emit_text(em, p, strlen(p));
		}
		pm_buf_free(&b);
	} else {
		/* txt.bold_markers: a plain-text line wholly between "**" is
		 * bold written as Markdown writes it; the markers are no text */
		size_t bm = txt_bold_marks(s, n);
		s += bm, n -= 2 * bm;
		emit_text(em, s, n);
		txt_bare_urls(em, s, n);
	}
}

/* ---- paragraphs ------------------------------------------------------- */

/* Whether a pipe table's row stands next to line i, past blank lines,
 * above or below it (the paragraph that starts at i, in the lines
 * below). */
static bool table_beside(const line *L, size_t n, size_t i)
{
	size_t j = i;
	while (j > 0 && L[j - 1].blank)
		j--;
	if (j > 0 && j < i && L[j - 1].s[L[j - 1].indent] == '|')
		return true;
	if (j > 0 && j == i && L[j - 1].s[L[j - 1].indent] == '|')
		return true;
	for (j = i + 1; j < n && !L[j].blank; j++)
		if (L[j].s[L[j].indent] == '|')
			return true;
	while (j < n && L[j].blank)
		j++;
	return j < n && L[j].s[L[j].indent] == '|';
}

/* The cells of a table row: parts between pipes that no backslash
 * escapes, a pipe at either end left out (GitHub Flavored Markdown). */
static size_t row_cells(const char *s, size_t n)
{
	size_t i, cells = 1, pipes = 0;
	while (n && s[n - 1] == ' ')
		n--;
	for (i = 0; i < n; i++)
		if (s[i] == '|' && (i == 0 || s[i - 1] != '\\')) {
			pipes++;
			if (i > 0 && i + 1 < n)
				cells++;
		}
	return pipes ? cells : 0;
}

/* GFM's delimiter row: cells of dashes with optional colons ("|---|:--:|",
 * "--- | :---:"); its number of cells, 0 when it is none. */
static size_t delimiter_cells(const char *s, size_t n)
{
	size_t i;
	bool dash = false;
	for (i = 0; i < n; i++) {
		if (!strchr("|-: ", s[i]))
			return 0;
		dash |= s[i] == '-';
	}
	return dash ? row_cells(s, n) : 0;
}

/* A GFM table opens at line i: a header row with a pipe, then a
 * delimiter row of as many cells ("a | b" then "--- | ---"; the spec's
 * leading and trailing pipes are optional). */
static bool gfm_table_at(const line *L, size_t n, size_t i)
{
	size_t h;
	if (i + 1 >= n || L[i + 1].blank)
		return false;
	h = row_cells(L[i].s + L[i].indent, L[i].len - L[i].indent);
	return h && h == delimiter_cells(L[i + 1].s + L[i + 1].indent, L[i + 1].len - L[i + 1].indent);
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* A line past any hard-wrap margin (no text is wrapped wider than 110
 * columns) that ends its block: a line left unwrapped in a wrapped text
 * (body.wrapped_text.long_lines). */
static size_t first_word_cols(const line *l);

/* Convention body.wrapped_text.margin_evidence: a block of two lines
 * whose second is longer than the first and its own first word together
 * was not wrapped at the second's length (the first line had room for
 * the word at that margin): a title and its subtitle, a label and a long
 * contact line set one under the other. The second line says nothing of
 * the margin. In a longer block such lines are many (a poem, a word
 * list) and say the text is not wrapped: they stay in the figures, as
 * does a line past 110 columns (body.wrapped_text.long_lines). */
static bool no_margin_evidence(const line *L, size_t n, size_t i)
{
	return i > 0 && !L[i - 1].blank && (i < 2 || L[i - 2].blank) && (i + 1 >= n || L[i + 1].blank) &&
	       L[i].cols <= 110 && L[i - 1].cols + 1 + first_word_cols(&L[i]) <= L[i].cols;
}

/* body.wrapped_text.margin_evidence: a line of several words that runs
 * past the margin was not wrapped at it, and so the break above it was
 * no wrap either (a subtitle under its title); one long word (a web
 * address) may run past it where it did not fit on the line above. */
static bool past_margin(const line *l, size_t width)
{
	return l->cols > width + 5 && memchr(l->s + l->indent, ' ', l->len - l->indent);
}

static bool unwrapped_line(const line *L, size_t n, size_t i)
{
	return !L[i].blank && L[i].cols > 110 && (i + 1 >= n || L[i + 1].blank);
}

/* The width the text was wrapped at, or 0 when it was not hard-wrapped:
 * most lines of a wrapped text end close to one right margin. With
 * skip_long, the lines unwrapped_line() names are left out of the
 * figures. */
static size_t wrap_width_of(const line *L, size_t n, bool skip_long, size_t *near_out)
{
	size_t *v, k = 0, i, w, near = 0;
	if (n < 4)
		return 0;
	v = malloc(n * sizeof *v);
	if (!v)
		return 0;
	for (i = 0; i < n; i++)
		if (!L[i].blank && !L[i].own_line && !no_margin_evidence(L, n, i) && !(skip_long && unwrapped_line(L, n, i)))
			v[k++] = L[i].cols;
	if (k < 4) {
		free(v);
		return 0;
	}
	if (k > 1)
		qsort(v, k, sizeof *v, cmp_size);
	w = v[(k * 95) / 100 == k ? k - 1 : (k * 95) / 100];
	if (w < 30 || w > 110) {
		free(v);
		return 0;
	}
	/* body.wrapped_text: the margin is where the lines of wrapped
	 * paragraphs end; a title or standfirst standing alone between
	 * blank lines is often left unwrapped past it, and then raises the
	 * figure above. Read it again from the lines that have a neighbour,
	 * when there are enough of them. */
	{
		size_t kin = 0, win;
		for (i = 0; i < n; i++)
			if (!L[i].blank && !L[i].own_line && !no_margin_evidence(L, n, i) &&
			    ((i + 1 < n && !L[i + 1].blank && !L[i + 1].own_line) || (i > 0 && !L[i - 1].blank && !L[i].own_line)) &&
			    !(skip_long && unwrapped_line(L, n, i)))
				v[kin++] = L[i].cols;
		if (kin >= 4) {
			qsort(v, kin, sizeof *v, cmp_size);
			win = v[(kin * 95) / 100 == kin ? kin - 1 : (kin * 95) / 100];
			if (win >= 30 && win < w)
				w = win;
		}
	}
	free(v);
	/* A wrapped paragraph's lines but its last end near the margin: look
	 * only at lines with another line under them (a letterhead, list
	 * items and paragraph ends are short for other reasons). */
	/* body.wrapped_text.short_blocks: a block whose lines are all
	 * shorter than half the margin (a contact block, an address, a mail
	 * signature) was set line by line, not wrapped: it says nothing
	 * either way */
	{
		size_t inner = 0, widest = 0;
		for (i = 0; i + 1 < n; i++) {
			if (i == 0 || L[i - 1].blank) {
				size_t e;
				widest = 0;
				for (e = i; e < n && !L[e].blank; e++)
					if (L[e].cols > widest)
						widest = L[e].cols;
			}
			if (L[i].blank || L[i + 1].blank || L[i].own_line || widest * 2 < w)
				continue;
			inner++;
			if (L[i].cols + 15 >= w && L[i].cols <= w + 5)
				near++;
		}
		if (inner < 3 || near * 10 < inner * 5)
			return 0;
	}
	*near_out = near;
	return w;
}

/* Whether the line is mostly Han or kana (Chinese, Japanese: no spaces
 * between words, so a tool that wraps at spaces leaves it whole, and one
 * that wraps Chinese or Japanese breaks it anywhere at the margin). */
static bool han_kana_line(const line *l)
{
	size_t i = l->indent, cjk = 0, all = 0;
	while (i < l->len) {
		int32_t c = -1;
		size_t k = pm_utf8_decode((const unsigned char *)l->s + i, l->len - i, &c);
		i += k ? k : 1;
		if (c == ' ')
			continue;
		all++;
		cjk += (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
		       (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E);
	}
	return all && cjk * 2 >= all;
}

/* Convention body.wrapped_text.cjk_unwrapped: a Chinese or Japanese text
 * shows no margin when two paragraphs of Han and kana run on one line
 * each far past it (ten columns more): a tool that wraps these scripts
 * breaks them anywhere at the margin, and one that wraps at spaces wraps
 * none of their lines. The lines that end near such a "margin" are then
 * short lines of their own (a letterhead, a contact block's "電話：…" /
 * "メール：…" lines), never wraps. */
static bool cjk_lines_past(const line *L, size_t n, size_t w)
{
	size_t i, past = 0;
	for (i = 0; i < n && past < 2; i++)
		if (!L[i].blank && L[i].cols > w + 10 && (i == 0 || L[i - 1].blank) && (i + 1 >= n || L[i + 1].blank) &&
		    han_kana_line(&L[i]))
			past++;
	return past >= 2;
}

static size_t wrap_width(const line *L, size_t n)
{
	size_t near = 0, w = wrap_width_of(L, n, false, &near);
	if (w && cjk_lines_past(L, n, w))
		return 0;
	/* body.wrapped_text.long_lines: a title over 110 characters, a
	 * contact sentence or notes after the end mark left unwrapped in a
	 * wrapped text raise the figures past any margin; read them again
	 * without such lines, and believe the margin only on the evidence of
	 * many wrapped lines (four or more ending at it, seven in ten of the
	 * lines with a line under them), at a width text is wrapped at */
	if (!w) {
		size_t i, longer = 0, inner = 0;
		for (i = 0; i < n; i++)
			longer += unwrapped_line(L, n, i);
		for (i = 0; i + 1 < n; i++)
			inner += !L[i].blank && !L[i + 1].blank;
		if (longer && (w = wrap_width_of(L, n, true, &near)) != 0 && (w < 50 || near < 4 || near * 10 < inner * 7))
			w = 0;
	}
	return w;
}

/* Convention body.wrap_cjk_bracket: Chinese and Japanese text is often broken
 * by hand where a line ran out, inside a phrase ("株式会社…（本社：…、
 * 代表取締役：佐伯" / "健一）は、…"). In a text not wrapped at a margin,
 * a line that leaves a full-width bracket open (（, 「, 『, 【) and a
 * line under it that closes it are one paragraph: a sentence never ends
 * inside brackets. */
static bool cjk_bracket_open(const char *a, size_t an, const char *b, size_t bn)
{
	static const char *const pairs[][2] = {
		{"\xEF\xBC\x88", "\xEF\xBC\x89"}, /* （ ） */
		{"\xE3\x80\x8C", "\xE3\x80\x8D"}, /* 「 」 */
		{"\xE3\x80\x8E", "\xE3\x80\x8F"}, /* 『 』 */
		{"\xE3\x80\x90", "\xE3\x80\x91"}, /* 【 】 */
	};
	size_t k, i;
	for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
		int depth = 0;
		for (i = 0; i + 3 <= an; i++) {
			if (!memcmp(a + i, pairs[k][0], 3))
				depth++;
			else if (!memcmp(a + i, pairs[k][1], 3) && depth > 0)
				depth--;
		}
		if (depth <= 0)
			continue;
		/* the line under it closes the bracket before opening another */
		for (i = 0; i + 3 <= bn; i++) {
			if (!memcmp(b + i, pairs[k][0], 3))
				break;
			if (!memcmp(b + i, pairs[k][1], 3))
				return true;
		}
	}
	return false;
}

/* Whether s holds at most max words (runs parted by spaces). */
static bool words_at_most(const char *s, size_t n, size_t max)
{
	size_t i, words = 0;
	bool in = false;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ') {
			in = false;
		} else if (!in) {
			in = true;
			if (++words > max)
				return false;
		}
	}
	return true;
}

static size_t first_word_cols(const line *l)
{
	size_t i = l->indent, st = i;
	while (i < l->len && l->s[i] != ' ')
		i++;
	return pm_utf8_count(l->s + st, i - st);
}

/* quotes.dash_speech_wrap: a dash that opens a line and a space after
 * it, the columns of the dash and of the word after it ("— говорит",
 * "– säger"), or 0. A typesetter never ends a line with the spaced dash
 * of an attribution's dash nor starts one with it alone: the dash goes
 * with the word after it, and so it must have fitted with that word on
 * the line above for the break to be the author's. */
static size_t dash_word_cols(const line *l)
{
	const char *s = l->s + l->indent;
	size_t n = l->len - l->indent, i = 4;
	if (n < 5 || memcmp(s, "\xE2\x80", 2) || (s[2] != '\x94' && s[2] != '\x93') || s[3] != ' ')
		return 0;
	while (i < n && s[i] != ' ')
		i++;
	return 2 + pm_utf8_count(s + 4, i - 4);
}

static bool ends_sentence(const line *l)
{
	const unsigned char *e;
	if (l->len == 0)
		return false;
	e = (const unsigned char *)l->s + l->len - 1;
	if (strchr(".!?:;\"')", *e))
		return true;
	/* », ”, … */
	if (l->len >= 2 && e[-1] == 0xC2 && e[0] == 0xBB)
		return true;
	if (l->len >= 3 && e[-2] == 0xE2 && e[-1] == 0x80 && (e[0] == 0x9D || e[0] == 0xA6 || e[0] == 0x99))
		return true;
	return false;
}

/* A scraped page often ends with a rule and a block of links (source,
 * share, "back to the news"): page furniture, not the release. Returns
 * the index of that rule, or n when the end is not such a block. */
static size_t link_tail(const line *L, size_t n, size_t start)
{
	size_t i, rule = n, links = 0, sk;
	for (i = n; i-- > start;) {
		const char *s = L[i].s + L[i].indent;
		size_t len = L[i].len - L[i].indent;
		if (L[i].blank)
			continue;
		if (txt_thematic_break(s, len)) {
			rule = i;
			break;
		}
		/* a line that is mostly link syntax or an address; a note's
		 * definition is a note, whatever it holds */
		if (L[i].indent <= 3 && txt_md_note_definition(s, len, &sk))
			return n;
		if (!((memmem(s, len, "](", 2) && s[0] == '[') || (len > 2 && !strncmp(s, "![", 2)) ||
		      !strncmp(s, "http", 4) || !strncmp(s, "<a ", 3)))
			return n;
		links++;
	}
	return links ? rule : n;
}

/* Whether the line at s could not run on a paragraph of Markdown (a
 * CommonMark lazy continuation line): it opens a block of its own. One
 * test for a paragraph, a block quote's lazy lines and a note's, so a
 * code fence (``` or ~~~) interrupts all three, as CommonMark says. */
static bool md_opens_block(const char *s, size_t n)
{
	size_t sk;
	return txt_atx_level(s, n, &sk) || s[0] == '>' || s[0] == '|' || txt_md_list_marker(s, n, &sk) ||
	       txt_thematic_break(s, n) || !strncmp(s, "```", 3) || !strncmp(s, "~~~", 3) ||
	       (n >= 4 && !strncmp(s, "<!--", 4));
}

/* A note's definition ("[^1]: text", pandoc's and GitHub's footnotes) at
 * line *i, its text starting at byte sk: one PM_BLOCK_FOOTNOTE block for
 * its first paragraph (with its lazy continuation lines), one more, marked
 * as continuing it, for each paragraph indented four columns or more
 * under it. */
static void note_definition(emitter *em, const line *L, size_t n, size_t *at, unsigned fl, size_t sk)
{
	size_t i = *at, j, sk2;
	const char *s = L[i].s + L[i].indent;
	begin(em, PM_BLOCK_FOOTNOTE, 0, fl | PM_BF_MARKUP, 0);
	emit_line(em, s + sk, L[i].len - L[i].indent - sk);
	for (i++; i < n && !L[i].blank && !L[i].page_break && !em->stop; i++) {
		const char *c = L[i].s + L[i].indent;
		size_t cl = L[i].len - L[i].indent;
		if ((L[i].indent <= 3 && txt_md_note_definition(c, cl, &sk2)) || md_opens_block(c, cl))
			break;
		em->h->line_end(em->s, PM_LINE_WRAP);
		emit_line(em, c, cl);
	}
	end(em);
	for (;;) {
		bool first = true;
		for (j = i; j < n && L[j].blank && !L[j].page_break; j++)
			;
		if (j == i || j >= n || L[j].indent < 4 || L[j].page_break || em->stop)
			break;
		begin(em, PM_BLOCK_FOOTNOTE, 0, PM_BF_MARKUP | PM_BF_NOTE_CONTINUES, 0);
		for (; j < n && !L[j].blank && !L[j].page_break && !em->stop; j++) {
			if (!first)
				em->h->line_end(em->s, PM_LINE_WRAP);
			emit_line(em, L[j].s + L[j].indent, L[j].len - L[j].indent);
			first = false;
		}
		end(em);
		i = j;
	}
	*at = i;
}

/* Convention body.wrapped_text.lone_paragraph: a text with too few
 * wrapped lines to show its margin (a newswire release whose one wrapped
 * paragraph, three lines of 65 columns, stands among unwrapped ones)
 * still shows a wrap where a long line's sentence runs on into the next:
 * the line is 45 columns or more, ends with no sentence's stop, and the
 * line under it goes on in small letters or after a comma. A short line
 * (an address, a label), a list item, or an e-mail address or a site
 * under it is no wrap. */
/* A small letter of ASCII or Latin-1 (ß to ÿ) */
static bool small_latin(int32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

/* Convention body.typed_line_break (plain text): in a text whose
 * paragraphs are set apart by blank lines, a paragraph typed as lines
 * ended by hand (Enter at every line, short of any margin) has lines
 * that stop in mid-phrase while the next opens with a name, a German
 * noun or a figure ("... every night from" / "1 June, so that ...",
 * "... rund neun Kilometer neue" / "Fernwärmeleitungen ..."): a line of
 * eight words or more whose last word is a word in small letters, no
 * punctuation after it, goes on whatever the case of the next. Not in
 * the text's first block (a title in sentence case over its dateline or
 * subtitle), whose lines are laid out, not typed on. */
static bool typed_prose_line(const line *prev, bool comma)
{
	const char *s = prev->s + prev->indent;
	size_t n = prev->len - prev->indent, k, words = 1;
	int32_t c = 0;
	if (comma && n > 1 && s[n - 1] == ',')
		n--;
	if (!n || (!isalpha((unsigned char)s[n - 1]) && (unsigned char)s[n - 1] < 0x80))
		return false;
	for (k = n; k > 0 && s[k - 1] != ' '; k--)
		;
	pm_utf8_decode((const unsigned char *)s + k, n - k, &c);
	if (!small_latin(c))
		return false;
	for (k = 0; k < n; k++)
		words += s[k] == ' ' && k + 1 < n && s[k + 1] != ' ';
	return words >= 8;
}

/* ... onto a line that opens with a capital or a figure (OPENS_CAPITAL),
 * or with a small letter (OPENS_SMALL): where the text's measure is
 * taken from long one-line paragraphs, the next word fits on the typed
 * line and no width rule joins a small letter either ("... und die
 * gesamte Technik wurde" / "erneuert, die Arbeiten ..."); after a comma
 * (typed_prose_line(prev, true)) only a small letter goes on, and after
 * a sentence's end (typed_sentence_goes_on) only a capital */
enum { OPENS_CAPITAL = 1, OPENS_SMALL = 2 };

static bool typed_goes_on(const line *cur, const char *cs, size_t cl, int opens)
{
	int32_t c = 0;
	size_t k, words = 1;
	pm_utf8_decode((const unsigned char *)cs, cl, &c);
	if (!((opens & OPENS_SMALL) && small_latin(c)) &&
	    !((opens & OPENS_CAPITAL) &&
	      ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))))
		return false;
	/* ... and is prose itself: eight words or more, or a sentence's
	 * end; a list typed one entry a line under a sentence with no colon
	 * (founding members, partners) has short names */
	for (k = 0; k < cl; k++)
		words += cs[k] == ' ' && k + 1 < cl && cs[k + 1] != ' ';
	return words >= 8 || ends_sentence(cur);
}

/* Convention body.typed_line_break.sentence (plain text): in the same
 * text, a typed paragraph's line that ends a sentence and runs to the
 * measure of the lines above it goes on when the next opens another
 * sentence ("... adjointe à la culture." / "« Nous voulions ..."): the
 * line under a continuation line is the paragraph's unless the line is
 * short (under 45 columns or eight words: an address, a label, a
 * signature), ends with a colon or a semicolon (a list's lead-in, an
 * item), or the next is a list item or no prose (eight words or a
 * sentence's end). Only a line that is itself a continuation: a block
 * whose first line ends a sentence is not shown to be typed prose. */
static bool typed_sentence_goes_on(const line *prev, const line *cur, const char *cs, size_t cl, bool continuation)
{
	const char *ps = prev->s + prev->indent;
	size_t pn = prev->len - prev->indent, k;
	int32_t c = 0;
	if (!continuation || prev->cols < 45 || cur->indent != prev->indent || !ends_sentence(prev) ||
	    strchr(":;", ps[pn - 1]) || words_at_most(ps, pn, 7))
		return false;
	/* the next opens with an opening quotation mark (« “ „ " ¿ ¡),
	 * then a capital or a figure */
	k = pm_utf8_decode((const unsigned char *)cs, cl, &c);
	if ((c == 0xAB || c == 0x201C || c == 0x201E || c == '"' || c == 0xBF || c == 0xA1) && k && k < cl) {
		while (k < cl && (cs[k] == ' ' || (unsigned char)cs[k] == 0xC2))
			k += (unsigned char)cs[k] == 0xC2 && k + 1 < cl && (unsigned char)cs[k + 1] == 0xA0 ? 2 : 1;
		if (k >= cl)
			return false;
		return typed_goes_on(cur, cs + k, cl - k, OPENS_CAPITAL);
	}
	return typed_goes_on(cur, cs, cl, OPENS_CAPITAL);
}

/* Convention body.indented_quote (plain text): a quotation typed in a
 * mail indented on its own, wrapped at a measure narrower than the
 * text's ("    « Sept actifs ... seuls dans" / "    leur voiture. ..."):
 * a run of two lines or more after a blank line, all at one indentation
 * of two columns or more, none a list item, its last line ending a
 * sentence, is one paragraph wrapped at its own measure, the widest of
 * its lines (40 columns or more): a line goes on where the next's first
 * word would not have fitted in it. An indented address or signature
 * (short lines, no stop at the end) is no such run. Returns the measure,
 * or 0 when line i opens no run. */
static size_t indented_block_measure(const line *L, size_t n, size_t i)
{
	size_t j, w = 0, sk;
	if (L[i].indent < 2 || (i > 0 && !L[i - 1].blank))
		return 0;
	for (j = i; j < n && !L[j].blank && (j == i || !L[j].page_break); j++) {
		if (L[j].indent != L[i].indent || L[j].own_line ||
		    txt_md_list_marker(L[j].s + L[j].indent, L[j].len - L[j].indent, &sk))
			return 0;
		if (L[j].cols > w)
			w = L[j].cols;
	}
	/* (German closes its quotation with “, U+201C) */
	if (j - i < 2 || w < 40 ||
	    !(ends_sentence(&L[j - 1]) || (L[j - 1].len >= 4 && !memcmp(L[j - 1].s + L[j - 1].len - 4, ".\xE2\x80\x9C", 4))))
		return 0;
	return w;
}

static bool lone_wrap(const line *prev, const line *cur, bool typed)
{
	const char *cs = cur->s + cur->indent;
	size_t cl = cur->len - cur->indent, sk;
	unsigned char last;
	int32_t c = 0;
	if (prev->cols < 45 || ends_sentence(prev) || !prev->len || txt_md_list_marker(cs, cl, &sk))
		return false;
	/* an e-mail address or a site on the line under a signature's or a
	 * contact's line ("Gabinete de prensa del Ayuntamiento …" /
	 * "prensa@villaseca.example") is a line of its own */
	if (memchr(cs, '@', cl) || memmem(cs, cl, "://", 3) || (cl >= 4 && !strncmp(cs, "www.", 4)))
		return false;
	last = (unsigned char)prev->s[prev->len - 1];
	pm_utf8_decode((const unsigned char *)cs, cl, &c);
	/* body.wrapped_text.lone_paragraph.ko: Hangul has no small letters;
	 * a Korean sentence ends with its full stop ("…밝혔다."), so a long
	 * line of Hangul with none at its end, and Hangul going on under it,
	 * is a wrap at a space between words (joined with that space) */
	if (c >= 0xAC00 && c <= 0xD7A3) {
		int32_t lc = 0;
		size_t k = prev->len;
		while (k > 0 && ((unsigned char)prev->s[k - 1] & 0xC0) == 0x80)
			k--;
		if (k > 0)
			k--;
		pm_utf8_decode((const unsigned char *)prev->s + k, prev->len - k, &lc);
		if ((lc >= 0xAC00 && lc <= 0xD7A3) || (lc >= '0' && lc <= '9') || lc == ',' || lc == '\'' ||
		    lc == '"' || lc == ')')
			return true;
	}
	if (typed && typed_prose_line(prev, false) && typed_goes_on(cur, cs, cl, OPENS_CAPITAL))
		return true;
	/* a small letter: ASCII, Latin-1's (ß to ÿ), Greek's, Cyrillic's */
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x3AC && c <= 0x3CE) ||
	       (c >= 0x430 && c <= 0x45F) || last == ',';
}

/* Convention txt.padded_table: a table typed in plain text, its columns
 * padded with spaces (a wire's key figures, "Revenue      212.4   194.9"):
 * the cells of a line are its parts between runs of two spaces or more.
 * Returns the number of cells of line l, and fills at most max spans. */
static size_t padded_cells(const line *l, const char **cs, size_t *cl, size_t max)
{
	const char *s = l->s + l->indent, *e = l->s + l->len, *p = s;
	size_t k = 0;
	while (p < e) {
		const char *c = p;
		while (p < e && !(p[0] == ' ' && p + 1 < e && p[1] == ' '))
			p++;
		if (k < max) {
			cs[k] = c;
			cl[k] = (size_t)(p - c);
		}
		k++;
		while (p < e && *p == ' ')
			p++;
	}
	return k;
}

/* txt.padded_table: two lines or more, one under the other with no blank
 * line, each of two cells or more parted by runs of spaces, the same
 * number in every row (the head row may lack the top-left one), and a
 * figure in a cell past the first of most rows: a table of figures, not
 * a contact block set in two columns. Returns the number of rows, 0 when
 * line i opens none. */
static size_t padded_table_rows(const line *L, size_t n, size_t i)
{
	const char *cs[16];
	size_t cl[16], cols, rows = 0, figures = 0, j;
	if (i + 1 >= n || L[i + 1].blank)
		return 0;
	cols = padded_cells(&L[i + 1], cs, cl, 16);
	if (cols > 16)
		return 0;
	for (j = i; j < n && !L[j].blank; j++) {
		size_t c = padded_cells(&L[j], cs, cl, 16), k;
		bool head = j == i && c + 1 == cols, fig = false; /* the head row, no top-left cell */
		if (c < 2 || (L[j].indent > 3 && !head) || (c != cols && !head))
			break;
		/* a table's cells are labels and figures: a row label of eight
		 * words at most, the other cells of three (prose whose
		 * sentences two spaces part has longer ones) */
		for (k = 0; k < c; k++) {
			if (!words_at_most(cs[k], cl[k], (k || head) ? 3 : 8))
				break;
			if (k || head) {
				size_t q;
				for (q = 0; q < cl[k] && !isdigit((unsigned char)cs[k][q]); q++)
					;
				fig = fig || q < cl[k];
			}
		}
		if (k < c)
			break;
		rows++;
		figures += fig;
	}
	if (rows < 2 || (j < n && !L[j].blank) || figures * 2 < rows)
		return 0;
	return rows;
}

void txt_paragraphs(emitter *em, line *L, size_t n, size_t start)
{
	size_t i = start, width = wrap_width(L + start, n - start);
	size_t tail = em->md ? link_tail(L, n, start) : n;
	bool after_blank = false, in_fence = false, seen = false;
	size_t blocks = 0, first_end = n, bi;
	/* body.typed_line_break: blocks apart by blank lines (two breaks or
	 * more), and where the first block ends */
	for (bi = start; bi < n; bi++) {
		if (!L[bi].blank) {
			seen = true;
			continue;
		}
		if (seen && first_end == n)
			first_end = bi;
		if (seen && bi + 1 < n && !L[bi + 1].blank)
			blocks++;
	}
	while (i < n && !em->stop) {
		if (i == tail) {
			/* the closing link block: furniture, a line a block */
			for (i = tail + 1; i < n && !em->stop; i++) {
				if (L[i].blank)
					continue;
				begin(em, PM_BLOCK_PAGE_FOOTER, 0, PM_BF_MARKUP, 0);
				emit_line(em, L[i].s + L[i].indent, L[i].len - L[i].indent);
				end(em);
			}
			break;
		}
		line *l = &L[i];
		const char *s = l->s + l->indent;
		size_t len = l->len - l->indent, sk = 0;
		int lvl;
		unsigned fl = after_blank ? PM_BF_INFERRED_BREAK : 0;
		if (l->page_break) {
			em->page++;
			fl |= PM_BF_INFERRED_BREAK | PM_BF_NEW_PAGE;
		}
		if (l->blank) {
			after_blank = true;
			i++;
			continue;
		}
		after_blank = false;
		if (em->md) {
			if (len >= 3 && (!strncmp(s, "```", 3) || !strncmp(s, "~~~", 3))) {
				in_fence = !in_fence;
				i++;
				continue;
			}
			if (in_fence) {
				begin(em, PM_BLOCK_PARAGRAPH, 0, fl | PM_BF_MARKUP, 0);
				emit_text(em, s, len);
				end(em);
				i++;
				continue;
			}
			if (l->indent <= 3 && len >= 4 && !strncmp(s, "<!--", 4)) {
				/* md.html_comment: an HTML comment is never shown
				 * (CommonMark's HTML block of kind 2: it runs from
				 * "<!--" to the line holding "-->"), however many
				 * lines and whatever Markdown it holds */
				const char *c = s + 4;
				size_t cl = len - 4;
				while (!memmem(c, cl, "-->", 3) && ++i < n) {
					c = L[i].s;
					cl = L[i].len;
				}
				i++;
				after_blank = true;
				continue;
			}
			if (em->ndefs && l->indent <= 3) {
				/* md.reference_links: a definition is never shown */
				link_def d;
				if (txt_md_link_definition(s, len, &d)) {
					i++;
					continue;
				}
			}
			if (em->nnotes && l->indent <= 3 && txt_md_note_definition(s, len, &sk)) {
				note_definition(em, L, n, &i, fl, sk);
				continue;
			}
			if ((lvl = txt_atx_level(s, len, &sk))) {
				size_t e = len;
				while (e > sk && (s[e - 1] == '#' || s[e - 1] == ' '))
					e--;
				begin(em, PM_BLOCK_HEADING, lvl, fl | PM_BF_MARKUP, 0);
				emit_line(em, s + sk, e > sk ? e - sk : 0);
				end(em);
				i++;
				continue;
			}
			if (txt_thematic_break(s, len)) {
				i++;
				after_blank = true;
				continue;
			}
			if (len > 7 && !strncmp(s, "Table: ", 7) && table_beside(L, n, i)) {
				/* pandoc's table caption: a paragraph opening with
				 * "Table:" right above or below a table */
				begin(em, PM_BLOCK_CAPTION, 0, fl | PM_BF_MARKUP, 0);
				emit_line(em, s + 7, len - 7);
				i++;
				while (i < n && !L[i].blank && L[i].s[L[i].indent] != '|' && !em->stop) {
					emit_text(em, " ", 1);
					emit_line(em, L[i].s + L[i].indent, L[i].len - L[i].indent);
					i++;
				}
				end(em);
				continue;
			}
			if (s[0] == '|' || gfm_table_at(L, n, i)) {
				/* md.pipe_table: rows of cells, the |---| rule skipped.
				 * Under a GFM delimiter row a row needs no leading
				 * pipe ("a | b" / "--- | ---" / "1 | 2"), only one
				 * pipe somewhere; other pipe tables open each row
				 * with one */
				size_t top = i;
				bool gfm = gfm_table_at(L, n, i);
				begin(em, PM_BLOCK_TABLE, 0, fl | PM_BF_MARKUP, 0);
				while (i < n && !L[i].blank && !em->stop &&
				       (L[i].s[L[i].indent] == '|' ||
				        (gfm && row_cells(L[i].s + L[i].indent, L[i].len - L[i].indent)))) {
					const char *r = L[i].s + L[i].indent, *re = L[i].s + L[i].len;
					bool rule = strspn(r, "|-: ") == (size_t)(re - r);
					bool first = true;
					/* the row above the |---| line is the header row
					 * (GitHub Flavored Markdown's tables, pandoc's pipe
					 * tables) */
					bool header = i == top && i + 1 < n && !L[i + 1].blank &&
					              strspn(L[i + 1].s + L[i + 1].indent, "|-: ") == L[i + 1].len - L[i + 1].indent &&
					              memchr(L[i + 1].s + L[i + 1].indent, '-', L[i + 1].len - L[i + 1].indent) &&
					              (L[i + 1].s[L[i + 1].indent] == '|' || gfm);
					if (*r == '|')
						r++;
					while (!rule && r < re) {
						const char *bar = r;
						const char *ce;
						/* a cell ends at the next '|' that no backslash escapes */
						while ((bar = memchr(bar, '|', (size_t)(re - bar))) && bar > r && bar[-1] == '\\')
							bar++;
						ce = bar ? bar : re;
						if (bar || ce > r) {
							if (em->h->cell(em->s, !first ? 0 : header ? PM_CELL_HEADER_ROW : PM_CELL_NEW_ROW))
								em->stop = true;
							first = false;
							while (r < ce && *r == ' ')
								r++;
							em->in_table = true;
							emit_line(em, r, (size_t)(ce - r));
							em->in_table = false;
						}
						r = bar ? bar + 1 : re;
					}
					i++;
				}
				end(em);
				continue;
			}
			if (s[0] == '>') {
				begin(em, PM_BLOCK_QUOTE, 0, fl | PM_BF_MARKUP, 0);
				/* '>' lines, and lazy continuation lines under them
				 * (CommonMark: the same paragraph) */
				while (i < n && !L[i].blank && !em->stop) {
					const char *q = L[i].s + L[i].indent;
					size_t ql = L[i].len - L[i].indent;
					if (*q != '>' && md_opens_block(q, ql))
						break;
					while (ql && (*q == '>' || *q == ' ')) {
						q++;
						ql--;
					}
					if (ql)
						emit_line(em, q, ql);
					em->h->line_end(em->s, PM_LINE_WRAP);
					i++;
				}
				end(em);
				continue;
			}
		}
		if (!em->md && (i == start || L[i - 1].blank)) {
			/* txt.padded_table: the rows are one table entry, their
			 * cells in reading order */
			size_t rows = padded_table_rows(L, n, i), r;
			if (rows) {
				begin(em, PM_BLOCK_TABLE, 0, fl, 0);
				for (r = 0; r < rows && !em->stop; r++, i++) {
					const char *cs[32];
					size_t cl[32], c = padded_cells(&L[i], cs, cl, 32), k;
					for (k = 0; k < c && k < 32 && !em->stop; k++) {
						if (em->h->cell(em->s, k ? 0 : PM_CELL_NEW_ROW))
							em->stop = true;
						emit_line(em, cs[k], cl[k]);
					}
				}
				end(em);
				continue;
			}
		}
		if (txt_md_list_marker(s, len, &sk)) {
			size_t base = l->indent;
			begin(em, PM_BLOCK_LIST_ITEM, (int)(base / 2) + 1, fl | (em->md ? PM_BF_MARKUP : 0), 0);
			/* in plain text a typed number is the item's text ("1.
			 * Register"), as in a word processor; in Markdown it is
			 * list syntax, and a bullet never is text */
			if (isdigit((unsigned char)s[0]) && !em->md)
				emit_line(em, s, len);
			else
				emit_line(em, s + sk, len - sk);
			i++;
			/* continuation lines: indented past the marker, or lazy */
			while (i < n && !L[i].blank && !em->stop) {
				size_t sk2;
				const char *s2 = L[i].s + L[i].indent;
				if (txt_md_list_marker(s2, L[i].len - L[i].indent, &sk2) || L[i].page_break)
					break;
				/* a line at the marker's indentation continues the
				 * item only when the item's sentence runs on */
				if (L[i].indent <= base && L[i - 1].len &&
				    strchr(".!?;", L[i - 1].s[L[i - 1].len - 1]))
					break;
				em->h->line_end(em->s, PM_LINE_WRAP);
				emit_line(em, s2, L[i].len - L[i].indent);
				i++;
			}
			end(em);
			continue;
		}
		/* a paragraph: lines up to a blank line, joined where wrapped */
		{
			/* md.bold_title, md.bold_line: a line wholly in strong
			 * emphasis is set in bold (a title, a heading) */
			bool bold_md = em->md && len > 4 && !strncmp(s, "**", 2) && !strncmp(s + len - 2, "**", 2);
			size_t j = i + 1;
			/* md.setext_heading: one line underlined by === or --- */
			if (em->md && j < n && !L[j].blank && L[j].len - L[j].indent >= 2 &&
			    (strspn(L[j].s + L[j].indent, "=") == L[j].len - L[j].indent ||
			     strspn(L[j].s + L[j].indent, "-") == L[j].len - L[j].indent)) {
				begin(em, PM_BLOCK_HEADING, L[j].s[L[j].indent] == '=' ? 1 : 2, fl | PM_BF_MARKUP, 0);
				emit_line(em, s, len);
				end(em);
				i = j + 1;
				continue;
			}
			size_t para = i, qm = em->md ? 0 : indented_block_measure(L, n, i);
			begin(em, PM_BLOCK_PARAGRAPH, 0,
			      fl | (bold_md || (!em->md && txt_bold_marks(s, len)) ? PM_BF_BOLD : 0) | (em->md ? PM_BF_MARKUP : 0), 0);
			emit_line(em, s, len);
			i++;
			while (i < n && !L[i].blank && !em->stop && !L[i].page_break) {
				line *prev = &L[i - 1], *cur = &L[i];
				const char *cs = cur->s + cur->indent;
				size_t cl = cur->len - cur->indent, sk2;
				bool wrap;
				if (em->md) {
					if (md_opens_block(cs, cl))
						break;
					/* md.bold_line: a first line wholly in strong
					 * emphasis is the section's heading set in bold
					 * ("**Über die Stadtbücherei**", "**Media
					 * contact:**"), written without the blank line
					 * under it that CommonMark would need; the text
					 * under it is a block of its own. A longer bold
					 * line stays with the text under it, as before:
					 * the rules read "About …: text" run together */
					if (bold_md && i == j && words_at_most(s, len, 10) &&
					    !(prev->trail2 && cl > 4 && !strncmp(cs, "**", 2) && !strncmp(cs + cl - 2, "**", 2)))
						break; /* (a bold title broken in two bold lines stays one) */
					/* md.hard_break: CommonMark's soft line break
					 * joins the lines; two spaces or a backslash at
					 * the line's end make a hard one, a line break
					 * inside the paragraph (a title broken where the
					 * writer chose, an address block's lines) */
					if (prev->trail2 || (prev->len >= 2 && prev->s[prev->len - 1] == '\\' &&
					                     prev->s[prev->len - 2] != '\\')) {
						if (!em->stop && em->h->line_end(em->s, PM_LINE_BREAK))
							em->stop = true;
						emit_line(em, cs, cl);
						i++;
						continue;
					}
					wrap = true;
				} else if (width) {
					size_t fw = first_word_cols(cur);
					if (!ends_sentence(prev) && dash_word_cols(cur))
						fw = dash_word_cols(cur);
					wrap = prev->cols + 1 + fw > width - 1 ||
					       (prev->len && prev->s[prev->len - 1] == '-' && !ends_sentence(prev)) ||
					       (prev->len >= 2 && (unsigned char)prev->s[prev->len - 2] == 0xC2 &&
					        (unsigned char)prev->s[prev->len - 1] == 0xAD);
					if (cur->indent > prev->indent + 1 && cur->indent >= 2)
						wrap = false; /* an indented first line starts a paragraph */
					if (past_margin(cur, width))
						wrap = false;
					/* body.typed_line_break: a line typed short of the
					 * margin in mid-phrase goes on, whatever its next
					 * word's case */
					if (!wrap && blocks >= 2 && i > first_end && cur->indent <= prev->indent &&
					    ((typed_prose_line(prev, false) && typed_goes_on(cur, cs, cl, OPENS_CAPITAL | OPENS_SMALL)) ||
					     (typed_prose_line(prev, true) && typed_goes_on(cur, cs, cl, OPENS_SMALL))))
						wrap = true;
					/* body.wrap_day_number: a typed number after a
					 * line whose sentence runs on is the text's, not a
					 * list's: the wrap put a date's day at the line's
					 * start ("myyntiin\n10. maaliskuuta", "ab\n17. März") */
					if (txt_md_list_marker(cs, cl, &sk2) &&
					    !(isdigit((unsigned char)cs[0]) && wrap && !ends_sentence(prev)))
						wrap = false;
				} else {
					wrap = cjk_bracket_open(prev->s + prev->indent, prev->len - prev->indent, cs, cl) ||
					       lone_wrap(prev, cur, blocks >= 2 && i > first_end);
				}
				if (!em->md && !wrap && blocks >= 2 && i > first_end &&
				    !txt_md_list_marker(cs, cl, &sk2) && typed_sentence_goes_on(prev, cur, cs, cl, i - 1 > para))
					wrap = true; /* body.typed_line_break.sentence */
				/* body.indented_quote: the run's own measure */
				if (qm && !wrap && prev->cols + 1 + first_word_cols(cur) > qm)
					wrap = true;
				/* body.leader_rows: rows set with dot leaders ("Lot 12
				 * ........ 4 500 €") one under the other, and the label
				 * line that opens them, are one entry, as a table is one;
				 * the line after the last row starts another */
				if (!em->md) {
					const char *ps = prev->s + prev->indent;
					size_t pl = prev->len - prev->indent;
					bool lc = pm_leader_row(cs, cl), lp = pm_leader_row(ps, pl);
					if (lc && (lp || (i == j && words_at_most(ps, pl, 8) &&
					                  (ps[pl - 1] == ':' || !ends_sentence(prev)))))
						wrap = true;
					else if (lp && !lc)
						wrap = false;
				}
				/* txt.mail_header_lines, txt.mail_separator_line */
				if (!em->md && (cur->own_line || txt_separator_line(prev) || txt_separator_line(cur)))
					wrap = false;
				if (!wrap)
					break;
				em->h->line_end(em->s, PM_LINE_WRAP);
				emit_line(em, cs, cl);
				i++;
			}
			end(em);
		}
	}
}

/* A pass over the text's lines before they are read: fix writes a line
 * it rewrites to out and says so, the others are copied; the text is
 * replaced when a line was rewritten. txt_split_collapsed and
 * txt_split_inline_bullets walk the text so. */
static void rewrite_lines(pm_buf *dec, bool (*fix)(pm_buf *out, const char *p, size_t len))
{
	pm_buf out = {0};
	const char *p = dec->data, *end = dec->data + dec->len;
	bool any = false;
	while (p < end) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		size_t len = e ? (size_t)(e - p) : (size_t)(end - p);
		if (fix(&out, p, len))
			any = true;
		else
			pm_buf_add(&out, p, len);
		if (e)
			pm_buf_addc(&out, '\n');
		p = e ? e + 1 : end;
	}
	txt_replace(dec, &out, any);
}

/* A pipe table's row (Markdown, GFM, pandoc): a line that opens or closes
 * with a bar. Its cells are the table's units, so bullets in them are the
 * cells' text, never a list run into the line. */
static bool pipe_row(const char *p, size_t len)
{
	while (len && (*p == ' ' || *p == '\t'))
		p++, len--;
	while (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r'))
		len--;
	return len >= 2 && (p[0] == '|' || p[len - 1] == '|') && memchr(p + 1, '|', len - 1);
}

/* Scrapers often collapse a whole page into one line, leaving runs of
 * spaces where the line and paragraph breaks were. In a line of more than
 * COLLAPSED_LINE bytes, a run of four or more spaces is a break, and so is
 * a run of two or more after a sentence's end before a capital: the
 * document shows its breaks no other way. Shorter lines are left alone
 * (two spaces after a period is an old typing habit, not a break), and
 * so is a pipe table's row. */
#define COLLAPSED_LINE 600

static bool sentence_end_before(const char *p, const char *start)
{
	unsigned char c;
	if (p <= start)
		return false;
	c = (unsigned char)p[-1];
	if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':')
		return true;
	/* ” » */
	if (p - start >= 3 && (unsigned char)p[-3] == 0xE2 && (unsigned char)p[-2] == 0x80 && c == 0x9D)
		return true;
	return p - start >= 2 && (unsigned char)p[-2] == 0xC2 && c == 0xBB;
}

/* One line of txt_split_collapsed: written to out, split, when it is a
 * collapsed page; false leaves it as it is. */
static bool split_collapsed_line(pm_buf *out, const char *p, size_t len)
{
	const char *q = p, *le = p + len;
	/* md.pipe_table: a pipe table's row is one line however long
	 * (GFM, "Tables"), and the spaces of its code spans are literal
	 * (CommonMark, "Code spans"): never a collapsed page */
	if (len <= COLLAPSED_LINE || pipe_row(p, len))
		return false;
	while (q < le) {
		if (*q == ' ') {
			const char *r = q;
			while (r < le && *r == ' ')
				r++;
			if ((r - q >= 4 && r < le && q > p) ||
			    (r - q >= 2 && r < le && sentence_end_before(q, p) &&
			     (isupper((unsigned char)*r) || (unsigned char)*r >= 0x80 || *r == '"'))) {
				pm_buf_add(out, "\n\n", 2);
				q = r;
				continue;
			}
			pm_buf_add(out, q, (size_t)(r - q));
			q = r;
			continue;
		}
		pm_buf_addc(out, *q++);
	}
	return true;
}

void txt_split_collapsed(pm_buf *dec)
{
	rewrite_lines(dec, split_collapsed_line);
}

/* The bullets that a list run into one line keeps between its items: the
 * bullet "•" (U+2022) and the Symbol font's bullet U+F0B7, which Word's
 * list bullets become in text extracted from its PDFs. The bytes of the
 * bullet that opens p (n bytes), or 0. */
static size_t run_bullet(const char *p, size_t n)
{
	static const char *const bullets[] = {"\xE2\x80\xA2", "\xEF\x82\xB7"};
	size_t k;
	for (k = 0; k < sizeof bullets / sizeof bullets[0]; k++)
		if (n >= 3 && !memcmp(p, bullets[k], 3))
			return 3;
	return 0;
}

/* The next " bullet " in p[0..n), or NULL. */
static const char *spaced_bullet(const char *p, size_t n)
{
	const char *q = p, *e = p + n;
	while ((q = memchr(q, ' ', (size_t)(e - q))) && e - q >= 5) {
		if (run_bullet(q + 1, (size_t)(e - q - 1)) && q[4] == ' ')
			return q;
		q++;
	}
	return NULL;
}

/* Convention body.inline_bullets: a list run into one line by an
 * extraction ("This includes: • one; • two", "FACTS  • one.  • two."):
 * two or more bullets inside a line, or one opening it and one more
 * inside, start lines of their own; a pipe table's row keeps its
 * bullets (convention body.table_row_bullets). */
/* One line of txt_split_inline_bullets: written to out, its bullets on
 * lines of their own, when it runs a list into itself; false leaves it
 * as it is. */
static bool split_bullet_line(pm_buf *out, const char *p, size_t len)
{
	size_t lead = 0;
	const char *b1 = pipe_row(p, len) ? NULL : spaced_bullet(p, len);
	const char *b2 = b1 ? spaced_bullet(b1 + 5, len - (size_t)(b1 + 5 - p)) : NULL;
	const char *q = p, *le = p + len, *b;
	while (lead < len && (p[lead] == ' ' || p[lead] == '\t'))
		lead++;
	/* one bullet after a list's own punctuation ("…; and • next"),
	 * after a full stop and the two spaces or more that a joined
	 * line break leaves ("…Japan.   • Next"), or after a bullet
	 * that opens the line */
	if (b1 && !b2 && b1 > p) {
		q = b1;
		while (q > p && q[-1] == ' ')
			q--;
		if ((q > p && (q[-1] == ';' || q[-1] == ':' || (q[-1] == '.' && b1 - q >= 1))) ||
		    (q - p >= 4 && !memcmp(q - 4, " and", 4)) || (q - p >= 3 && !memcmp(q - 3, " or", 3)) ||
		    (q - p >= 3 && !memcmp(q - 3, " et", 3)) ||
		    (lead + 3 < len && run_bullet(p + lead, len - lead) && p[lead + 3] == ' '))
			b2 = b1;
		q = p;
	}
	if (!b2)
		return false;
	while ((b = spaced_bullet(q, (size_t)(le - q)))) {
		pm_buf_add(out, q, (size_t)(b - q));
		pm_buf_addc(out, '\n');
		pm_buf_add(out, b + 1, 4);
		q = b + 5;
	}
	pm_buf_add(out, q, (size_t)(le - q));
	return true;
}

void txt_split_inline_bullets(pm_buf *dec)
{
	rewrite_lines(dec, split_bullet_line);
}

