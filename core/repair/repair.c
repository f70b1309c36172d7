/*
 * repair.c - the repairs, in their order, once per conversion, between
 * the plugin and the normaliser (the engine calls pm_repair()): a
 * reordering of Arabic shows in the raw text, so its signs are read and
 * its order fixed before the line wraps are resolved; the Arabic
 * dictionary reads words, so it comes after; a paragraph cut by a break
 * is joined once every block's text is finished; the language is told
 * from the text as the reader will see it.
 *
 * Language identification runs on two samples: wraps.c's, of the raw
 * text, only when lines wrap, chooses the hyphen dictionary before the
 * wraps are resolved; language.c's, of the repaired content (tables
 * assembled, paragraphs joined), is the record's. One identification
 * of the raw content for both changes 43 of the 1,285 records of the
 * gold sets and the corpus (tables whose text is not assembled yet lose
 * their language), so both stay, each in its place.
 */
#include "repair.h"

#include <stdlib.h>

void pm_repair(pm_doc *d, pm_lingua *lingua)
{
	pm_wraps w;
	pm_block **content;
	size_t i, n = 0;
	pm_wraps_begin(&w, d, lingua);
	pm_arabic_order_signs(d);
	pm_wraps_resolve(&w, d, lingua);
	pm_arabic_order_dictionary(d, lingua);
	pm_ocr_addresses(d);
	/* the blocks of the document's own text, as the normaliser reads them */
	content = pm_calloc(d->nblocks + 1, sizeof *content);
	if (!content) {
		d->oom = true;
		pm_wraps_free(&w);
		return;
	}
	for (i = 0; i < d->nblocks; i++) {
		pm_block *b = &d->blocks[i];
		pm_block_table_text(b);
		if (pm_block_is_content(b->type) && b->text && *b->text)
			content[n++] = b;
	}
	n = pm_runon_join(&w, d, lingua, content, n);
	pm_language_detect(d, lingua, content, n);
	free(content);
	pm_wraps_free(&w);
}
