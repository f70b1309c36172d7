/*
 * runon.c - a paragraph that a stray blank line, a page or a column break
 * cut in mid-sentence, joined back (README, "Repairs": runon). Run by
 * repair.c on the content blocks, after the line wraps (a word cut at
 * the break is decided as a line-end hyphen is, wraps.c).
 */
#include "repair.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Convention runon.title_before_name: a part that ends with an honorific
 * written with its stop ("sagte Landrätin Dr." / "Ulrike Brandl …",
 * "said Prof." / "Ada Fenn"; [person_titles], as written) ends no
 * sentence: the name that the break put in the next column follows. */
static bool ends_with_title(const char *t, size_t n)
{
	pm_lex_query q = {PM_LEX_PERSON_TITLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t s = n;
	if (n < 2 || t[n - 1] != '.')
		return false;
	while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\n')
		s--;
	return n - s >= 2 && pm_lex_word(&q, t + s, n - s, NULL);
}

/* The size most of the placed text is set in (by characters), 0 when
 * no block was placed by a layout plugin or none gives its size; with
 * placed false, that of the text no layout placed (a word processor's). */
static double body_size(pm_block **bl, size_t n, bool placed)
{
	double sizes[32], best = 0;
	size_t cps[32], k = 0, i, j, most = 0;
	for (i = 0; i < n; i++) {
		double fs = bl[i]->font_size;
		if (!bl[i]->text || (bl[i]->x1 > bl[i]->x0) != placed || fs <= 0)
			continue;
		for (j = 0; j < k && fabs(sizes[j] - fs) > 0.25; j++)
			;
		if (j == k) {
			if (k == 32)
				continue;
			sizes[k] = fs;
			cps[k++] = 0;
		}
		cps[j] += nz_cps(bl[i]->text);
	}
	for (j = 0; j < k; j++)
		if (cps[j] > most)
			most = cps[j], best = sizes[j];
	return best;
}

/* Convention runon.short_line_run: blocks a and b are consecutive lines
 * of a list whose markers a layout drew (placed, in the body's size,
 * starting at the same x), the block before a a short line of the list
 * too (an item, or its lead ending with a colon). Text without layout,
 * and display type (a title split by a blank line), keep the join. */
static bool drawn_list_pair(const pm_block *prev, const pm_block *a, const pm_block *b, double body)
{
	if (body <= 0 || !prev->text || !(a->x1 > a->x0) || !(b->x1 > b->x0) || !(prev->x1 > prev->x0))
		return false;
	if (fabs(a->font_size - body) > 0.25 || fabs(b->font_size - body) > 0.25 || fabs(a->x0 - b->x0) > 1)
		return false;
	if (nz_cps(prev->text) >= 120 || !(a->flags & PM_BF_INFERRED_BREAK))
		return false;
	return !nz_ends_sentence(b->text) || nz_last_cp_n(prev->text, strlen(prev->text)) == ':';
}

/* Convention runon.converted_lines: a DOCX converted from a PDF (Acrobat's
 * Export to Word, Word's PDF reflow, online converters, ABBYY) keeps the
 * PDF's visual lines: each line a paragraph of its own, or a paragraph
 * with a line break (w:br) at every line's end. The measure the PDF was
 * set to is the longest line of the text's size; a line wraps where it
 * ends no sentence and the next goes on in lower case, or where the
 * next line's first word would not have fitted on it (the rules that
 * join a PDF's and a plain text's lines). The document shows it is such
 * a text by three such wraps or more on lines of prose (letters, not
 * code or figures) of three quarters of the measure or more, two of them
 * going on in lower case (lines of a list or of a test page, which do
 * not fit one another either, open in capitals). Only a word processor's
 * paragraphs of one type (size, weight, slant): a PDF's lines are joined
 * by its layout, plain text's by its margin (txt plugin). */
#define CONVERTED_EVIDENCE 3
#define CONVERTED_LOWER 2

/* The code points of s up to e. */
static size_t span_cps(const char *s, const char *e)
{
	return pm_utf8_count(s, (size_t)(e - s));
}

static int32_t span_last_cp(const char *s, const char *e)
{
	return nz_last_cp_n(s, (size_t)(e - s));
}

/* a and b: lines of one text (paragraphs, no layout, one type) */
static bool line_pair(const pm_block *a, const pm_block *b)
{
	return a->type == PM_BLOCK_PARAGRAPH && b->type == PM_BLOCK_PARAGRAPH && !(a->x1 > a->x0) &&
	       !(b->x1 > b->x0) && fabs(a->font_size - b->font_size) < 0.25 &&
	       !((a->flags ^ b->flags) & (PM_BF_BOLD | PM_BF_ITALIC)) && a->text && b->text;
}

/* The line [s, e) (cps code points) and the text after it are a wrap in
 * a text set to measure: it ends no sentence, and the next goes on in
 * lower case or its first word would not have fitted on the line. */
static bool wraps_at(const char *s, const char *e, size_t cps, const char *next, double measure)
{
	const char *w = next;
	if (nz_ends_sentence_cp(span_last_cp(s, e)))
		return false;
	if (pm_cp_is_lower(nz_first_cp(next)))
		return true;
	while (*w && *w != ' ' && *w != '\n')
		w++;
	return (double)(cps + 1 + span_cps(next, w)) >= 0.9 * measure;
}

/* The line [s, e) is prose: four in five of its characters other than
 * spaces are letters (a dateline's figures pass; a line of code, of
 * addresses or of figures does not). */
static bool prose_line(const char *s, const char *e)
{
	size_t letters = 0, other = 0;
	while (s < e) {
		int32_t c = -1;
		size_t n = pm_utf8_decode((const unsigned char *)s, (size_t)(e - s), &c);
		if (n == 0)
			n = 1;
		if (pm_cp_is_letter(c))
			letters++;
		else if (!pm_cp_is_space(c))
			other++;
		s += n;
	}
	return letters >= 4 * other;
}

/* A wrap the document shows at [s, e) before next, counted as evidence:
 * 1 a wrap, 2 one going on in lower case, 0 none. */
static int shown_wrap(const char *s, const char *e, const char *next, double measure)
{
	size_t c = span_cps(s, e);
	if (c * 4 < measure * 3 || !prose_line(s, e) || !wraps_at(s, e, c, next, measure))
		return 0;
	return pm_cp_is_lower(nz_first_cp(next)) ? 2 : 1;
}

/* The longest line of the text's size among paragraphs no layout placed
 * that run on into a line of their type (a deck or a heading in the
 * text's size, bold or italic, above the text is not one of its lines). */
static size_t longest_line(pm_block **bl, size_t n, double size)
{
	size_t i, longest = 0;
	for (i = 0; i < n; i++) {
		const char *p, *e;
		bool next = i + 1 < n && line_pair(bl[i], bl[i + 1]);
		if (bl[i]->type != PM_BLOCK_PARAGRAPH || bl[i]->x1 > bl[i]->x0 || !bl[i]->text ||
		    fabs(bl[i]->font_size - size) > 0.25)
			continue;
		for (p = bl[i]->text; p; p = e ? e + 1 : NULL) {
			size_t c;
			e = strchr(p, '\n');
			c = span_cps(p, e ? e : p + strlen(p));
			if ((e || next) && c > longest)
				longest = c;
		}
	}
	return longest;
}

/* The measure a converted DOCX's lines fill, 0 when it shows none. */
static double converted_measure(const pm_doc *d, pm_block **bl, size_t n)
{
	size_t i, k = 0, lower = 0;
	double measure;
	if (!d->format || strcmp(d->format, "docx"))
		return 0;
	measure = (double)longest_line(bl, n, body_size(bl, n, false));
	if (measure < 40)
		return 0;
	for (i = 0; i < n && (k < CONVERTED_EVIDENCE || lower < CONVERTED_LOWER); i++) {
		const char *p, *e;
		int w;
		if (bl[i]->type != PM_BLOCK_PARAGRAPH || bl[i]->x1 > bl[i]->x0 || !bl[i]->text)
			continue;
		for (p = bl[i]->text; (e = strchr(p, '\n')); p = e + 1)
			if ((w = shown_wrap(p, e, e + 1, measure)) != 0)
				k++, lower += w == 2;
		if (i + 1 < n && line_pair(bl[i], bl[i + 1]) &&
		    (w = shown_wrap(p, p + strlen(p), bl[i + 1]->text, measure)) != 0)
			k++, lower += w == 2;
	}
	return k >= CONVERTED_EVIDENCE && lower >= CONVERTED_LOWER ? measure : 0;
}

/* Convention runon.converted_lines.spacing: a converter that gives each
 * of a PDF's lines a paragraph of its own may state the paragraph spacing
 * on each: no space after the lines inside a paragraph, some after its
 * last line. Where lines open in capitals (German nouns, names) the wraps
 * do not show as runon.converted_lines needs them; the spacing does. A
 * line runs on into the next where it states no space after, the next is
 * of its type, style and alignment and states its spacing too, and the
 * line is prose of three quarters of the measure or more (the measure:
 * the longest such line). The document shows the pattern by runs of such
 * lines, each closed by a line of the same style with space after: two
 * runs or more, three long lines or more, and more runs of long lines than
 * of short ones (an address block typed line by line with no space after
 * is a run of short lines). A person's text set with no space after
 * everywhere (Word's No Spacing) closes no run, and one set so in its
 * style states nothing on the paragraphs: neither is joined. */
#define SPACING_RUNS 2
#define SPACING_LINES 3

static bool same_style(const pm_block *a, const pm_block *b)
{
	return a->style && b->style ? !strcmp(a->style, b->style) : a->style == b->style;
}

/* a states no space after, b goes on in its type, style and alignment,
 * and states its spacing (flags only: a's text may be joined already) */
static bool spacing_pair(const pm_block *a, const pm_block *b)
{
	return (a->flags & PM_BF_NO_SPACE_AFTER) && (b->flags & (PM_BF_NO_SPACE_AFTER | PM_BF_SPACE_AFTER)) &&
	       a->type == PM_BLOCK_PARAGRAPH && b->type == PM_BLOCK_PARAGRAPH && !(a->x1 > a->x0) &&
	       !(b->x1 > b->x0) && fabs(a->font_size - b->font_size) < 0.25 &&
	       !((a->flags ^ b->flags) & (PM_BF_BOLD | PM_BF_ITALIC | PM_BF_CENTERED | PM_BF_RIGHT)) &&
	       same_style(a, b);
}

/* A line of a run that the converter wrapped: prose, three quarters of
 * the measure or more */
static bool spacing_long(const char *t, double measure)
{
	const char *e = t + strlen(t);
	return !strchr(t, '\n') && (double)span_cps(t, e) * 4 >= measure * 3 && prose_line(t, e);
}

/* The measure a converted DOCX's spaced lines fill, 0 when its spacing
 * shows no converter's lines. */
static double spacing_measure(const pm_doc *d, pm_block **bl, size_t n)
{
	size_t i, longest = 0, lines = 0, good = 0, bad = 0;
	bool run_long = true, in_run = false;
	double measure;
	if (!d->format || strcmp(d->format, "docx"))
		return 0;
	for (i = 0; i + 1 < n; i++)
		if (bl[i]->text && !strchr(bl[i]->text, '\n') && spacing_pair(bl[i], bl[i + 1])) {
			size_t c = nz_cps(bl[i]->text);
			if (c > longest)
				longest = c;
		}
	measure = (double)longest;
	if (measure < 40)
		return 0;
	for (i = 0; i + 1 < n; i++) {
		if (!bl[i]->text || !bl[i + 1]->text || !spacing_pair(bl[i], bl[i + 1])) {
			in_run = false;
			continue;
		}
		if (!in_run)
			run_long = true, in_run = true;
		if (spacing_long(bl[i]->text, measure))
			lines++;
		else
			run_long = false;
		if (bl[i + 1]->flags & PM_BF_SPACE_AFTER) {
			if (run_long)
				good++;
			else
				bad++;
			in_run = false;
		}
	}
	return good >= SPACING_RUNS && lines >= SPACING_LINES && good > bad ? measure : 0;
}

/* runon.converted_lines, the breaks inside a paragraph: a wrap's break
 * becomes a space */
static void unwrap_converted_breaks(pm_doc *d, pm_block **bl, size_t n, double measure)
{
	size_t i;
	for (i = 0; i < n; i++) {
		char *p, *e;
		if (bl[i]->type != PM_BLOCK_PARAGRAPH || bl[i]->x1 > bl[i]->x0 || !bl[i]->text)
			continue;
		for (p = bl[i]->text; (e = strchr(p, '\n')); p = e + 1)
			if (e[1] && e[1] != '\n' && wraps_at(p, e, span_cps(p, e), e + 1, measure)) {
				*e = ' ';
				pm_doc_repaired(d, "runon", 1);
			}
	}
}

/* runon.converted_lines: the line above the next block (b's last line),
 * copied before b's text is freed by a join; only kept in a document that
 * shows the converter's wraps (measure > 0), the only one that asks */
static void note_above(const char *text, pm_buf *above, size_t *cps)
{
	const char *nl = text ? strrchr(text, '\n') : NULL, *l = nl ? nl + 1 : text;
	pm_buf_reset(above);
	if (l)
		pm_buf_adds(above, l);
	*cps = l && !above->failed ? span_cps(l, l + strlen(l)) : 0;
}

/* Join a paragraph that a stray blank line, a page or a column break cut
 * in mid-sentence: the break was inferred, the first part does not end a
 * sentence and the second starts in lower case. A paragraph cut many
 * times (double-spaced text) is built up in one buffer, and the blocks
 * kept are compacted in place: one pass, whatever the number of joins. */
size_t pm_runon_join(pm_wraps *ws, pm_doc *d, pm_lingua *lingua, pm_block **bl, size_t n)
{
	size_t r, w = 0, acps = 0;
	double body = -1; /* body_size of the placed text, once asked */
	pm_buf t; /* the text of bl[w - 1] while it takes in the blocks after it */
	bool joining = false;
	double measure = converted_measure(d, bl, n);
	double spaced = spacing_measure(d, bl, n); /* runon.converted_lines.spacing */
	pm_buf above; /* runon.converted_lines: the line above b */
	size_t above_cps = 0;
	pm_buf_init(&t);
	pm_buf_init(&above);
	if (measure > 0)
		unwrap_converted_breaks(d, bl, n, measure);
	for (r = 0; r < n; r++) {
		pm_block *a = w ? bl[w - 1] : NULL, *b = bl[r], *next = r + 1 < n ? bl[r + 1] : NULL;
		const char *at = a ? (joining ? t.data : a->text) : NULL;
		size_t alen = at ? (joining ? t.len : strlen(at)) : 0, bcps = 0;
		/* the block read before b: bl[r - 1] is a (w == r) or was
		 * joined into a and left in place (w < r) */
		const pm_block *up = r ? bl[r - 1] : NULL;
		if (spaced > 0 && a && at && b->text && up && spacing_pair(up, b) && spacing_pair(a, b) &&
		    !strchr(b->text, '\n') && above.len && !above.failed &&
		    spacing_long(above.data, spaced))
			goto join;
		if (measure > 0 && a && above_cps && at && b->text && line_pair(a, b) && !strchr(b->text, '\n') &&
		    wraps_at(above.data, above.data + above.len, above_cps, b->text, measure))
			goto join;
		if (!a || !(b->flags & PM_BF_INFERRED_BREAK) ||
		    (a->type != PM_BLOCK_PARAGRAPH && a->type != PM_BLOCK_LIST_ITEM) ||
		    b->type != PM_BLOCK_PARAGRAPH || !at || !b->text)
			goto keep;
		if ((nz_ends_sentence_cp(nz_last_cp_n(at, alen)) || !pm_cp_is_lower(nz_first_cp(b->text))) &&
		    !ends_with_title(at, alen))
			goto keep;
		bcps = nz_cps(b->text);
		/* a run of three short lines or more is a list whose bullets
		 * were drawn, not a sentence that a break cut; b may also close
		 * the run (a heading or a decided break after it), the run then
		 * the short line before a (runon.short_line_run) */
		if (acps < 30 ||
		    (acps < 80 && bcps < 120 && next && next->text && nz_cps(next->text) < 120 &&
		     next->type == b->type && (next->flags & PM_BF_INFERRED_BREAK) &&
		     !pm_date_only(next->text, 1)) ||
		    (!joining && acps < 80 && bcps < 120 && w >= 2 &&
		     (bl[w - 2]->type == a->type || bl[w - 2]->type == PM_BLOCK_PARAGRAPH) &&
		     drawn_list_pair(bl[w - 2], a, b, body < 0 ? (body = body_size(bl, n, true)) : body)))
			goto keep;
		/* Convention runon.short_run_last_item: ... and its last item
		 * is one of it too, where the line after the list is long (a
		 * paragraph going on): the item above it is short, opens in
		 * lower case after an inferred break and a short block that
		 * ends no sentence, so that the rule above kept it apart as an
		 * item of the run (a sentence that a break cut opens in capitals
		 * or follows a long block) */
		if (!joining && w >= 2 && acps < 80 && bcps < 120 && a->type == b->type &&
		    bl[w - 2]->type == b->type && (a->flags & PM_BF_INFERRED_BREAK) &&
		    pm_cp_is_lower(nz_first_cp(a->text)) && bl[w - 2]->text && nz_cps(bl[w - 2]->text) < 120 &&
		    !nz_ends_sentence_cp(nz_last_cp_n(bl[w - 2]->text, strlen(bl[w - 2]->text))))
			goto keep;
	join:
		bcps = nz_cps(b->text);
		if (!joining) {
			pm_buf_reset(&t);
			pm_buf_add(&t, a->text, alen);
			if (t.failed)
				goto keep;
			joining = true;
		}
		/* "extré-" | "misme": a word cut at the break, joined by the
		 * same rule as a line-end hyphen */
		if (t.len >= 2 && t.data[t.len - 1] == '-' && isalpha((unsigned char)t.data[t.len - 2])) {
			const char *ls = t.data + t.len - 1, *re = b->text;
			char *left, *right;
			while (ls > t.data && (isalpha((unsigned char)ls[-1]) || ((unsigned char)ls[-1] & 0x80)))
				ls--;
			while (*re && (isalpha((unsigned char)*re) || ((unsigned char)*re & 0x80)))
				re++;
			left = pm_strndup(ls, (size_t)(t.data + t.len - 1 - ls));
			right = pm_strndup(b->text, (size_t)(re - b->text));
			/* the same evidence as a line-end hyphen: the document's
			 * own spelling and hyphenation, not a guess */
			if (left && right && pm_wraps_join(ws, d, lingua, left, right) == 1) {
				t.data[--t.len] = '\0';
				acps--;
			}
			free(left);
			free(right);
		} else {
			pm_buf_addc(&t, ' ');
			acps++;
		}
		pm_buf_adds(&t, b->text);
		acps += bcps;
		pm_doc_repaired(d, "runon", 1);
		b->part = PM_PART_NONE;
		if (measure > 0 || spaced > 0)
			note_above(b->text, &above, &above_cps);
		free(b->text);
		b->text = NULL;
		continue;
	keep:
		if (joining) {
			char *j = pm_buf_steal(&t);
			if (j) {
				free(a->text);
				a->text = j;
			}
			joining = false;
		}
		bl[w++] = b;
		acps = nz_cps(b->text);
		if (measure > 0 || spaced > 0)
			note_above(b->text, &above, &above_cps);
	}
	if (joining) {
		char *j = pm_buf_steal(&t);
		if (j) {
			free(bl[w - 1]->text);
			bl[w - 1]->text = j;
		}
	}
	pm_buf_free(&t);
	pm_buf_free(&above);
	return w;
}

