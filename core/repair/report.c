/*
 * report.c - what the repairs changed, told to the reader of the record
 * (README, "Repairs"): one informational warning, and with --explain the
 * counts and what decided the Arabic order repair. The engine calls it
 * once the normaliser is done, so that the warning comes after the
 * normaliser's own.
 */
#include "repair.h"

#include <string.h>

/* What the repairs changed (README, "Repairs"), for the reader of the
 * record: one informational warning, "words changed: 12 (hyphen 10,
 * arabic_order 2); paragraphs joined: 3 (runon 3)"; with
 * --explain, evidence.repairs counts each repair and evidence.arabic_order
 * shows what decided that repair. */
void pm_repair_report(pm_doc *d, json_t *evidence)
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
		pm_doc_warn(d, "text.repaired", "words changed: %lu (%s); paragraphs joined: %lu (%s)",
		            nwords, words.data, njoins, joins.data);
	else if (nwords)
		pm_doc_warn(d, "text.repaired", "words changed: %lu (%s)", nwords, words.data);
	else if (njoins)
		pm_doc_warn(d, "text.repaired", "paragraphs joined: %lu (%s)", njoins, joins.data);
	pm_buf_free(&words);
	pm_buf_free(&joins);
	if (evidence) {
		json_t *o = json_object(), *a = json_object();
		/* every repair of the core and the txt plugin, 0 when it made none */
		json_object_set_new(o, "hyphen", json_integer(0));
		json_object_set_new(o, "runon", json_integer(0));
		json_object_set_new(o, "arabic_order", json_integer(0));
		json_object_set_new(o, "mojibake", json_integer(0));
		for (i = 0; i < d->nrepairs; i++)
			json_object_set_new(o, d->repairs[i].name, json_integer((json_int_t)d->repairs[i].count));
		json_object_set_new(evidence, "repairs", o);
		json_object_set_new(a, "rule", json_string(
			d->arabic_dictionary ? "visual-order text, damage shown, Arabic: order and dictionary repairs"
			: d->arabic_damaged ? "visual-order text, damage shown: order repairs only (no Arabic dictionary)"
			: "no repair: no strong sign of reordering damage in visual-order text"));
		json_object_set_new(a, "signs_marks_first", json_integer((json_int_t)d->arabic.marks_first));
		json_object_set_new(a, "signs_stop_first", json_integer((json_int_t)d->arabic.stop_first));
		json_object_set_new(a, "signs_tanween_first", json_integer((json_int_t)d->arabic.tanween_first));
		json_object_set_new(a, "signs_alef_pairs", json_integer((json_int_t)d->arabic.alef_pairs));
		json_object_set_new(a, "letters", json_integer((json_int_t)d->arabic.letters));
		json_object_set_new(a, "other_language_letters", json_integer((json_int_t)d->arabic.other_letters));
		json_object_set_new(a, "dictionary_words", json_integer((json_int_t)d->arabic.dict_words));
		json_object_set_new(a, "dictionary_known", json_integer((json_int_t)d->arabic.dict_known));
		json_object_set_new(evidence, "arabic_order", a);
	}
}

