/*
 * byline.c - the byline stage of the normaliser (normalize.c runs it):
 * "By Jane Doe" under the headline, or at the end of the release a
 * signatory under a title line, a "Source:"/"By" line, or the short line
 * that signs it; closing date lines on the way are the release's date.
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

void stage_byline(nz *z)
{
	size_t i, start = z->head >= 0 ? (size_t)z->head + 1 : 0;
	char *name = NULL;
	/* "By Jane Doe" under the headline (or above it, under the release
	 * line: "Prepared by Aubrey Moore, May 23, 2021") */
	for (i = z->release >= 0 ? (size_t)z->release + 1 : start; i < z->end && i < start + 4; i++) {
		pm_block *b = z->b[i];
		if (b->part && b->part != PM_PART_LETTERHEAD)
			continue;
		if (rule_byline(b->text, &name)) {
			pm_date d;
			pm_fields_set(&z->f->byline, name);
			free(name);
			set_part(b, PM_PART_BYLINE);
			stage_explain(z, "byline", "By-line under the headline", (long)z->bi[i]);
			/* "Prepared by X, May 23, 2021": the release's own date */
			if (!z->have_date && pm_date_find(b->text, strlen(b->text), 0, z->dayfirst, &d)) {
				z->date = d;
				z->have_date = true;
				stage_explain(z, "date", "date on the byline", (long)z->bi[i]);
			}
			return;
		}
	}
	/* A signature: the last short line of the release proper, maybe
	 * under the signatory's title ("Le Ministre de …, Porte-Parole du
	 * Gouvernement" / "Amadou SARRE") and above a closing date. */
	for (i = z->end; i-- > start;) {
		pm_block *b = z->b[i];
		if (b->part == PM_PART_ABOUT || b->part == PM_PART_CONTACT || b->part == PM_PART_AFTER_END ||
		    b->part == PM_PART_FURNITURE || b->part == PM_PART_JUNK)
			continue;
		if (!b->part && (pm_date_only(b->text, z->dayfirst) || rule_date_label(b->text))) {
			pm_date d;
			if (!z->have_date && pm_date_find(b->text, strlen(b->text), 0, z->dayfirst, &d)) {
				z->date = d;
				z->have_date = true;
				stage_explain(z, "date", "closing date line", (long)z->bi[i]);
			}
			set_part(b, PM_PART_BYLINE);
			continue;
		}
		if (b->part)
			break;
		if (i > start && rule_signatory(b->text) && rule_title_line(z->b[i - 1]->text) &&
		    !z->b[i - 1]->part) {
			char *flat = pm_text_flatten(b->text);
			pm_fields_set(&z->f->byline, flat);
			free(flat);
			set_part(b, PM_PART_BYLINE);
			set_part(z->b[i - 1], PM_PART_BYLINE);
			if (i - 1 > start && !z->b[i - 2]->part && rule_title_line(z->b[i - 2]->text) &&
			    nz_last_cp(z->b[i - 2]->text) == ',')
				set_part(z->b[i - 2], PM_PART_BYLINE);
			stage_explain(z, "byline", "signatory under a title line", (long)z->bi[i]);
			return;
		}
		if (rule_byline(b->text, &name)) {
			pm_fields_set(&z->f->byline, name);
			free(name);
			set_part(b, PM_PART_BYLINE);
			stage_explain(z, "byline", "Source/By line at the end", (long)z->bi[i]);
			return;
		}
		if (rule_signature(z, i)) {
			char *flat = pm_text_flatten(b->text);
			char *nl = flat ? strchr(flat, '\n') : NULL;
			if (nl)
				*nl = '\0';
			pm_fields_set(&z->f->byline, flat);
			free(flat);
			set_part(b, PM_PART_BYLINE);
			stage_explain(z, "byline", "signature line closing the release", (long)z->bi[i]);
			pm_doc_warn(z->doc, "byline.guessed", PM_EFFECT_INFO, "byline taken from the short line closing the release");
		}
		break;
	}
}
