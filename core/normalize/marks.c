/*
 * marks.c - the end mark and release stages of the normaliser
 * (normalize.c runs them): the lines that frame a release. The end mark
 * ("###", "-30-", "- FIN -") ends the body: what follows it is marked as
 * after the end, so later stages read About and contact sections there
 * but never body. The release line ("FOR IMMEDIATE RELEASE", "Communiqué
 * de presse") gives `release` and `embargo`, and tells the headline stage
 * that what stands above it is letterhead.
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

static void find_end_mark(nz *z)
{
	size_t i;
	for (i = 0; i < z->n; i++) {
		char *m = rule_end_mark(z->b[i]->text);
		if (!m)
			continue;
		/* An end mark in the first lines is a separator, not the end. */
		if (i < 3 && z->n > 6) {
			free(m);
			continue;
		}
		pm_fields_set(&z->f->end_mark, m);
		free(m);
		set_part(z->b[i], PM_PART_END_MARK);
		z->end = i;
		stage_explain(z, "end_mark", "end-mark line", (long)z->bi[i]);
		return;
	}
	z->end = z->n;
}

void stage_end_mark(nz *z)
{
	size_t i;
	find_end_mark(z);
	for (i = z->end + 1; i < z->n; i++)
		z->b[i]->part = PM_PART_AFTER_END;
}

void stage_release(nz *z)
{
	size_t i;
	for (i = 0; i < z->n && i < 30; i++) {
		pm_block *b = z->b[i];
		char *rel;
		if (i > 0 && b->type == PM_BLOCK_PARAGRAPH && nz_cps(b->text) > 300)
			break; /* the release proper has begun */
		size_t used = 0;
		if (b->part)
			continue;
		rel = rule_release_line(b->text, &used);
		if (!rel)
			continue;
		pm_fields_set(&z->f->release, rel);
		{
			char emb[40];
			if (rule_embargo(rel, emb, z->dayfirst))
				pm_fields_set(&z->f->embargo, emb);
		}
		free(rel);
		z->release = (long)i;
		stage_explain(z, "release", "release-line pattern", (long)z->bi[i]);
		if (used >= strlen(b->text)) {
			set_part(b, PM_PART_RELEASE);
		} else {
			/* "FOR IMMEDIATE RELEASE\nHeadline...": keep the rest */
			char *rest = pm_strdup(b->text + used);
			char *tr = rest ? nz_trim(rest, strlen(rest), ":-\n") : NULL;
			free(rest);
			if (tr && *tr) {
				free(b->text);
				b->text = tr;
			} else {
				free(tr);
				set_part(b, PM_PART_RELEASE);
			}
		}
		return;
	}
}
