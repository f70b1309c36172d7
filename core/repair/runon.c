/*
 * runon.c - a paragraph that a stray blank line, a page or a column break
 * cut in mid-sentence, joined back (README, "Repairs": runon). Run by
 * repair.c on the content blocks, after the line wraps (a word cut at
 * the break is decided as a line-end hyphen is, wraps.c).
 */
#include "repair.h"

#include <ctype.h>
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

/* Join a paragraph that a stray blank line, a page or a column break cut
 * in mid-sentence: the break was inferred, the first part does not end a
 * sentence and the second starts in lower case. A paragraph cut many
 * times (double-spaced text) is built up in one buffer, and the blocks
 * kept are compacted in place: one pass, whatever the number of joins. */
size_t pm_runon_join(pm_wraps *ws, pm_doc *d, pm_lingua *lingua, pm_block **bl, size_t n)
{
	size_t r, w = 0, acps = 0;
	pm_buf t; /* the text of bl[w - 1] while it takes in the blocks after it */
	bool joining = false;
	pm_buf_init(&t);
	for (r = 0; r < n; r++) {
		pm_block *a = w ? bl[w - 1] : NULL, *b = bl[r], *next = r + 1 < n ? bl[r + 1] : NULL;
		const char *at = a ? (joining ? t.data : a->text) : NULL;
		size_t alen = at ? (joining ? t.len : strlen(at)) : 0, bcps;
		if (!a || !(b->flags & PM_BF_INFERRED_BREAK) ||
		    (a->type != PM_BLOCK_PARAGRAPH && a->type != PM_BLOCK_LIST_ITEM) ||
		    b->type != PM_BLOCK_PARAGRAPH || !at || !b->text)
			goto keep;
		if ((nz_ends_sentence_cp(nz_last_cp_n(at, alen)) || !pm_cp_is_lower(nz_first_cp(b->text))) &&
		    !ends_with_title(at, alen))
			goto keep;
		bcps = nz_cps(b->text);
		/* a run of three short lines or more is a list whose bullets
		 * were drawn, not a sentence that a break cut; convention
		 * runon.short_line_run: b may close the run (a heading or a
		 * decided break after it), the run then the short line before
		 * a, a list's first item or its lead ("The course covers:");
		 * b ending a sentence is a paragraph's tail after a break,
		 * unless the lead's colon announced the list */
		if (acps < 30 ||
		    (acps < 80 && bcps < 120 && next && next->text && nz_cps(next->text) < 120 &&
		     next->type == b->type && (next->flags & PM_BF_INFERRED_BREAK) &&
		     !pm_date_only(next->text, 1)) ||
		    (!joining && acps < 80 && bcps < 120 && w >= 2 && bl[w - 2]->text &&
		     nz_cps(bl[w - 2]->text) < 120 && (a->flags & PM_BF_INFERRED_BREAK) &&
		     (bl[w - 2]->type == a->type || bl[w - 2]->type == PM_BLOCK_PARAGRAPH) &&
		     (!nz_ends_sentence(b->text) || nz_last_cp_n(bl[w - 2]->text, strlen(bl[w - 2]->text)) == ':')))
			goto keep;
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
	}
	if (joining) {
		char *j = pm_buf_steal(&t);
		if (j) {
			free(bl[w - 1]->text);
			bl[w - 1]->text = j;
		}
	}
	pm_buf_free(&t);
	return w;
}

