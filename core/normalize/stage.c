/*
 * stage.c - what every stage of the normaliser shares: the evidence it
 * gives --explain, named after the stage that runs (nz.stage, set by the
 * driver in normalize.c).
 */
#include "normalize.h"

void stage_explain(nz *z, const char *field, const char *rule, long block)
{
	pm_fields *f = z->f;
	if (!z->explain || !pm_grow((void **)&f->evidence, &f->capevidence, f->nevidence, sizeof *f->evidence))
		return;
	f->evidence[f->nevidence].stage = z->stage;
	f->evidence[f->nevidence].field = field;
	f->evidence[f->nevidence].rule = rule;
	f->evidence[f->nevidence].block = block;
	f->nevidence++;
}
