/*
 * body.c - the body stage of the normaliser (normalize.c runs it): every
 * block of the release proper that no earlier stage claimed becomes body
 * (junk aside), each explicit line break a new entry, with the entry's
 * type from the block's (paragraph, heading, list item, quote, table).
 * The quotes stage reads the blocks it marks.
 */
#include "normalize.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static const char *body_type(const pm_block *b)
{
	switch (b->type) {
	case PM_BLOCK_HEADING: return "heading";
	case PM_BLOCK_LIST_ITEM: return "list_item";
	case PM_BLOCK_QUOTE: return "quote";
	case PM_BLOCK_TABLE: return "table";
	default:
		if ((b->flags & PM_BF_BOLD) && (b->flags & PM_BF_MARKUP) && nz_cps(b->text) < 120 &&
		    !nz_ends_sentence(b->text))
			return "heading";
		return "paragraph";
	}
}

/* Convention body.typed_bullet: a list typed by hand, each item a
 * paragraph that opens with a bullet character and a space ("• Max
 * Pool of …" / "• Ada Brun of …": Word with no list numbering, a
 * pasted list), is a list; the bullet is its marker, not its text. The
 * bullets are those of Word's bullet library too, which a user types
 * or inserts as symbols (w:sym in Wingdings, read as their Unicode
 * signs): ✓ ✔ ❖ ◆ ♦ ► ➤ besides • ▪ ➢. The bytes of such a bullet and
 * the blanks after it at the start of t, or 0. */
static size_t typed_bullet(const char *t)
{
	static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x97\x8F", "\xE2\x97\x8B", "\xE2\x96\xAA",
	                                      "\xE2\x96\xA0", "\xE2\x97\xA6", "\xE2\x80\xA3", "\xE2\x81\x83",
	                                      "\xE2\x9E\xA2", "\xEF\x82\xB7", "\xE2\x9C\x93", "\xE2\x9C\x94",
	                                      "\xE2\x9D\x96", "\xE2\x97\x86", "\xE2\x99\xA6", "\xE2\x96\xBA",
	                                      "\xE2\x9E\xA4", NULL};
	size_t k, n;
	for (k = 0; t && bullets[k]; k++) {
		n = strlen(bullets[k]);
		if (!strncmp(t, bullets[k], n) && (t[n] == ' ' || t[n] == '\t')) {
			while (t[n] == ' ' || t[n] == '\t')
				n++;
			return t[n] && t[n] != '\n' ? n : 0;
		}
	}
	return 0;
}

/* Whether paragraph block i is an item of a typed list: it and the
 * paragraph before or after it open with the same bullet (one alone
 * is a stray character, kept as written). */
static bool typed_item(const nz *z, size_t i)
{
	size_t n = typed_bullet(z->b[i]->text), j;
	if (!n || z->b[i]->type != PM_BLOCK_PARAGRAPH)
		return false;
	for (j = i > 0 ? i - 1 : i + 1; j <= i + 1 && j < z->end; j += 2)
		if (z->b[j]->type == PM_BLOCK_PARAGRAPH && typed_bullet(z->b[j]->text) == n &&
		    !strncmp(z->b[j]->text, z->b[i]->text, n))
			return true;
	return false;
}

/* Convention body.dash_speech_item: the PDF reader keeps the dash of a
 * one-line list item that may be speech ("– Det er fint, sier Name.":
 * pdf.dash_speech_line, a dash, a space and a capital, a whole
 * sentence), because the words that tell speech from an item are the
 * lexicon's. Such an item whose dash is followed, after a comma or a
 * spaced dash, by a speech verb ([speech_verbs]) is a paragraph of
 * direct speech, as the TXT and DOCX readers give it (quotes.dash_speech
 * reads it); any other of that shape is a list item whose dash is its
 * marker. An item of another shape that opens with a dash ("— $", a
 * table's empty cell read as an item) is left as it was. The bytes of
 * the dash and its blanks when t opens with one, else 0. */
static size_t dash_marker(const char *t)
{
	size_t n = 3;
	if (!t || (unsigned char)t[0] != 0xE2 || (unsigned char)t[1] != 0x80 ||
	    ((unsigned char)t[2] != 0x93 && (unsigned char)t[2] != 0x94) || t[3] != ' ')
		return 0;
	while (t[n] == ' ')
		n++;
	return t[n] ? n : 0;
}

static bool dash_speech_item(const char *t)
{
	pm_lex_query verbs = {PM_LEX_SPEECH_VERBS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t i, n = strlen(t);
	for (i = dash_marker(t); i && i < n; i++) {
		size_t w = 0;
		if (t[i] == ',' && t[i + 1] == ' ')
			w = i + 2;
		else if (t[i] == ' ' && dash_marker(t + i + 1))
			w = i + 1 + dash_marker(t + i + 1);
		if (w && pm_lex_prefix(&verbs, t + w, n - w, NULL))
			return true;
	}
	return false;
}

/* The line breaks of a block's text that show a new line keep their
 * '\n'; those that are wraps written as breaks become spaces: inside an
 * open parenthesis, or where the next line goes on in lower case (after
 * a list item's ";" or a sentence's end, lower case is the next line).
 * With split false, every break is a wrap (a table's cell). Used by the
 * body and by the About sections (sections.c), which split alike. */
void nz_unwrap_breaks(char *copy, bool split)
{
	/* the parenthesis depth of the line so far, counted up to
	 * `counted`: a line that many breaks turned into wraps is
	 * counted once, not again at each break */
	const char *counted = copy;
	int depth = 0;
	char *q;
	for (q = copy; q && (q = strchr(q, '\n')); q++) {
		/* inside an open parenthesis the break is a wrap */
		for (; counted < q; counted++)
			depth += *counted == '(' ? 1 : *counted == ')' ? -1 : 0;
		/* lower case after a list item's ";" is the next item */
		if (!split || depth > 0 ||
		    (pm_cp_is_lower(nz_first_cp(q + 1)) && !(q > copy && strchr(";.!?", q[-1])))) {
			*q = ' ';
		} else {
			depth = 0; /* a new line begins */
		}
		counted = q + 1;
	}
}

void stage_body(nz *z)
{
	size_t i;
	for (i = 0; i < z->end; i++) {
		pm_block *b = z->b[i];
		char *flat;
		const char *ty;
		size_t skip = 0;
		if (b->part)
			continue;
		if (nz_junk(z, i)) {
			set_part(b, PM_PART_JUNK);
			continue;
		}
		set_part(b, PM_PART_BODY);
		if (b->type == PM_BLOCK_LIST_ITEM && dash_marker(b->text) &&
		    pm_cp_is_upper(nz_first_cp(b->text + dash_marker(b->text))) && nz_ends_sentence(b->text)) {
			if (dash_speech_item(b->text)) {
				b->type = PM_BLOCK_PARAGRAPH;
				b->level = 0;
			} else {
				skip = dash_marker(b->text);
			}
		}
		ty = body_type(b);
		if (typed_item(z, i)) {
			ty = "list_item";
			skip = typed_bullet(b->text);
		}
		/* An explicit line break inside a paragraph (Word's w:br, a
		 * Markdown hard break) shows a new line to the reader: each
		 * line is an entry of its own, except in a table, and except
		 * where the next line goes on in lower case (a wrap written as
		 * a break). */
		{
			char *copy = pm_strdup(b->text + skip), *save = NULL, *line;
			bool split = b->type != PM_BLOCK_TABLE;
			bool whole = !skip && copy && *copy && !strchr(copy, '\n');
			nz_unwrap_breaks(copy, split);
			for (line = copy ? (split ? strtok_r(copy, "\n", &save) : copy) : NULL; line;
			     line = split ? strtok_r(NULL, "\n", &save) : NULL) {
				/* a block of one line is its whole text, which
				 * acronyms and quotes read flattened too */
				flat = whole ? pm_strdup(nz_flat(z, i)) : pm_text_flatten(line);
				if (flat && *flat) {
					pm_fields *f = z->f;
					if (pm_grow((void **)&f->body, &f->capbody, f->nbody, sizeof *f->body)) {
						pm_body_item *it = &f->body[f->nbody++];
						it->type = ty;
						it->text = flat;
						it->level = !strcmp(ty, "heading") ? (b->level >= 1 && b->level <= 6 ? b->level : 2) : 0;
						it->block = z->bi[i];
						it->table = -1;
						flat = NULL;
					}
				}
				free(flat);
			}
			free(copy);
		}
	}
}
