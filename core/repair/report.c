/*
 * report.c - what the repairs changed, told to the reader of the record
 * (README, "Repairs"): one informational warning, and what decided the
 * Arabic order repair, which --explain shows with the counts of every
 * repair (record.c builds it). The engine calls it once the normaliser is
 * done, so that the warning comes after the normaliser's own.
 */
#include "repair.h"

#include <string.h>

/* What the repairs changed (README, "Repairs"), for the reader of the
 * record: one informational warning, "words changed: 12 (hyphen 10,
 * arabic_order 2); paragraphs joined: 3 (runon 3)"; with
 * --explain, evidence.repairs counts each repair and evidence.arabic_order
 * shows what decided that repair. */
void pm_repair_report(pm_doc *d)
{
	pm_buf words, joins;
	unsigned long nwords = 0, njoins = 0;
	size_t i;
	pm_buf_init(&words);
	pm_buf_init(&joins);
	for (i = 0; i < d->nrepairs; i++) {
		bool join = !strcmp(d->repairs[i].name, "runon");
		pm_buf *b = join ? &joins : &words;
		pm_buf_printf(b, "%s%s %lu", b->len ? ", " : "", d->repairs[i].name, d->repairs[i].count);
		*(join ? &njoins : &nwords) += d->repairs[i].count;
	}
	if (nwords && njoins)
		pm_doc_warn(d, "text.repaired", PM_EFFECT_INFO, "words changed: %lu (%s); paragraphs joined: %lu (%s)",
		            nwords, words.data, njoins, joins.data);
	else if (nwords)
		pm_doc_warn(d, "text.repaired", PM_EFFECT_INFO, "words changed: %lu (%s)", nwords, words.data);
	else if (njoins)
		pm_doc_warn(d, "text.repaired", PM_EFFECT_INFO, "paragraphs joined: %lu (%s)", njoins, joins.data);
	pm_buf_free(&words);
	pm_buf_free(&joins);
	/* what decided the Arabic order repair, for --explain (record.c
	 * shows it with the counts) */
	d->arabic_rule = d->arabic_dictionary
	                         ? "visual-order text, damage shown, Arabic: order and dictionary repairs"
	                 : d->arabic_damaged
	                         ? "visual-order text, damage shown: order repairs only (no Arabic dictionary)"
	                         : "no repair: no strong sign of reordering damage in visual-order text";
}

