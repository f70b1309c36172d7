/*
 * normalize.c - the press-release normaliser's driver: from the document
 * model, whatever the format, to the fields of the record (RECORD.md),
 * through a fixed table of named stages (the engine calls pm_normalize;
 * the unit tests run one stage at a time). Every rule is written once
 * and works on blocks; the format shows only in how much typography
 * (font size, bold, styles) the blocks carry.
 *
 * Order matters: page furniture and scraper junk go first, then the end
 * mark (what follows it is not body), the release line, the letterhead
 * and boxes a layout shows, the headline (what stands above it is
 * letterhead), the dateline, the "About" and contact sections, the
 * closing lines, the signature; what is left is the body. The date is
 * then chosen, and acronyms, quotes and contacts are read from the parts
 * they belong to. With --explain each field records the stage, rule and
 * block that gave it.
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

/* Some scrapes replaced all punctuation by spaces: rules that need a
 * separator or a period must then do without. */
static bool punctuation_stripped(nz *z)
{
	size_t i, words = 0, punct = 0;
	for (i = 0; i < z->n && words < 2000; i++) {
		const char *p;
		if (!z->b[i]->text)
			continue;
		words += nz_words(z->b[i]->text);
		for (p = z->b[i]->text; *p; p++)
			if (*p == '.' || *p == ',' || *p == ';')
				punct++;
	}
	return words >= 80 && punct * 40 < words;
}

/* The body's font size, for the headline stage to weigh a block's
 * against: the median of the long paragraphs', 0 when no size is known. */
static double median_font(nz *z)
{
	double v[256];
	size_t k = 0, i, j;
	for (i = 0; i < z->n && k < 256; i++)
		if (z->b[i]->font_size > 0 && z->b[i]->type == PM_BLOCK_PARAGRAPH && nz_cps(z->b[i]->text) > 80)
			v[k++] = z->b[i]->font_size;
	if (!k)
		return 0;
	for (i = 1; i < k; i++)
		for (j = i; j > 0 && v[j - 1] > v[j]; j--) {
			double t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	return v[k / 2];
}

/* The stages, in the order they run. A stage decides some fields and
 * the part some blocks became; a later stage reads what an earlier one
 * decided from the blocks' parts and from nz, never from the record.
 * This is the order the records are made in: moving a stage changes
 * them. */
static const pm_stage stages[] = {
	{"furniture", stage_furniture},  /* furniture.c: junk, page numbers, captions, running lines */
	{"end_mark", stage_end_mark},    /* marks.c: what follows the end mark is not body */
	{"release", stage_release},      /* marks.c: release line, embargo */
	{"layout", stage_layout},        /* furniture.c: letterhead and side boxes a layout shows */
	{"headline", stage_headline},    /* headline.c: headline, tags, subheadline, letterhead above */
	{"appended", stage_appended},    /* marks.c: a press kit's next document, a translation: not body */
	{"dateline", stage_dateline},    /* dateline.c: place and date, wire tags */
	{"sections", stage_sections},    /* sections.c: About sections, contact headings */
	{"closing", stage_closing},      /* closing.c: closing contact lines, closing date lines */
	{"byline", stage_byline},        /* byline.c: By-line, signature */
	{"body", stage_body},            /* body.c: what is left */
	{"language", stage_language},    /* language.c: the record's language, from the body */
	{"date", stage_date},            /* date.c: the release's date */
	{"acronyms", stage_acronyms},    /* acronyms.c: definitions anywhere in the text */
	{"quotes", stage_quotes},        /* quotes.c: quotes of the body, with speakers */
	{"contacts", stage_contacts},    /* contacts.c: contact blocks, then every address and number */
	{"structure", stage_structure},  /* structure.c: tables, links, figures and their captions */
	/* record 1.1: what reading the release as a release gives */
	{"kind", stage_kind},            /* understand.c: press release, statement, speech ... */
	{"reference", stage_reference},  /* understand.c: the release's own number */
	{"issuer", stage_issuer},        /* understand.c: the organisation that issued it */
	{"lead", stage_lead},            /* understand.c: the standfirst of front matter */
	{"speakers", stage_speakers},    /* understand.c: the role and organisation of quotes' speakers */
	{"phones", stage_phones},        /* understand.c: contacts' phones in E.164, when certain */
	/* record 1.2: last, once every part is final */
	{"aside", stage_aside},          /* structure.c: the page furniture the body leaves out */
};

const pm_stage *pm_normalize_stages(size_t *n)
{
	*n = sizeof stages / sizeof *stages;
	return stages;
}

bool pm_normalize_stage(nz *z, const char *name)
{
	size_t i;
	for (i = 0; i < sizeof stages / sizeof *stages; i++)
		if (!strcmp(stages[i].name, name)) {
			z->stage = stages[i].name;
			stages[i].run(z);
			return true;
		}
	return false;
}

bool pm_normalize_open(nz *z, pm_doc *doc, pm_fields *f, bool explain)
{
	size_t i;
	memset(z, 0, sizeof *z);
	z->doc = doc;
	z->f = f;
	z->explain = explain;
	z->head = z->release = z->dateline_blk = z->place_opened = -1;
	z->fmt_txt = doc->format && !strcmp(doc->format, "txt");
	z->b = pm_calloc(doc->nblocks + 1, sizeof *z->b);
	z->bi = pm_calloc(doc->nblocks + 1, sizeof *z->bi);
	z->memo = pm_calloc(doc->nblocks + 1, sizeof *z->memo);
	if (!z->b || !z->bi || !z->memo) {
		free(z->b);
		free(z->bi);
		free(z->memo);
		z->b = NULL;
		z->bi = NULL;
		z->memo = NULL;
		doc->oom = true;
		return false;
	}
	for (i = 0; i < doc->nblocks; i++) {
		pm_block *b = &doc->blocks[i];
		if (!pm_block_is_content(b->type)) {
			set_part(b, PM_PART_FURNITURE);
			continue;
		}
		if (!b->text || !*b->text)
			continue;
		z->bi[z->n] = i;
		z->b[z->n++] = b;
	}
	z->end = z->n;
	z->lang = doc->language;
	f->language = z->lang;
	/* Month-first numeric dates are an American habit. */
	z->dayfirst = !(z->lang && !strcmp(z->lang, "en"));
	if (!z->dayfirst)
		z->dayfirst = rule_spelling_dayfirst(z->b, z->n);
	z->stripped = punctuation_stripped(z);
	z->body_font = median_font(z);
	return true;
}

void pm_normalize_close(nz *z)
{
	nz_memo_free(z);
	free(z->b);
	free(z->bi);
	z->b = NULL;
	z->bi = NULL;
}

void pm_normalize(pm_doc *doc, pm_fields *f, bool explain)
{
	nz z;
	size_t i;
	if (!pm_normalize_open(&z, doc, f, explain))
		return;
	nz_warn_no_lexicon(&z);
	for (i = 0; i < sizeof stages / sizeof *stages; i++) {
		z.stage = stages[i].name;
		stages[i].run(&z);
	}
	pm_normalize_close(&z);
}
