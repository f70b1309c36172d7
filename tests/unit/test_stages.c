/*
 * test_stages.c - each stage of the normaliser's table alone, on a
 * document model built by hand (no plugin, no repair): what the stage
 * decides (fields, the part each block became, the evidence it gives,
 * named after it) and what it must leave alone. The stages before it
 * are not run; what they would have decided is set by hand where the
 * stage reads it (the headline's block, the end, a part). Also: the table
 * itself, in the order the records are made in, and the driver, which is
 * nothing but that table run in order.
 */
#include "pm_test.h"
#include "normalize/normalize.h"

typedef struct doc {
	pm_limits lim;
	pm_doc doc;
	pm_fields f;
	nz z;
	bool open;
} doc;

#define LONG_EN                                                                                       \
	"The yard will build four electric ferries for the lake crossings over the next three years. " \
	"Each vessel carries two hundred passengers and forty cars, and charges in twelve minutes at "   \
	"either quay."
#define LONG_FR                                                                                       \
	"Le chantier construira quatre bacs électriques pour la traversée du lac au cours des trois "   \
	"prochaines années. Chaque bateau emporte deux cents passagers et quarante voitures."

static doc *doc_new(const char *language)
{
	doc *d = calloc(1, sizeof *d);
	assert_non_null(d);
	pm_limits_default(&d->lim);
	pm_doc_init(&d->doc, &d->lim);
	d->doc.format = "docx";
	d->doc.language = language;
	return d;
}

/* A block of the model; its attributes are set on the pointer returned,
 * before the next block is added (adding may move the blocks). */
static pm_block *add(doc *d, int type, const char *text)
{
	pm_block *b = pm_doc_add(&d->doc, type, text);
	assert_non_null(b);
	return b;
}

static pm_block *para(doc *d, const char *text)
{
	return add(d, PM_BLOCK_PARAGRAPH, text);
}

/* What the stages need before the first runs, with --explain on. */
static void doc_open(doc *d)
{
	assert_true(pm_normalize_open(&d->z, &d->doc, &d->f, true));
	d->open = true;
}

static void run(doc *d, const char *stage)
{
	if (!d->open)
		doc_open(d);
	assert_true(pm_normalize_stage(&d->z, stage));
}

static void doc_free(doc *d)
{
	if (d->open)
		pm_normalize_close(&d->z);
	pm_fields_free(&d->f);
	pm_doc_free(&d->doc);
	free(d);
}

static int part(const doc *d, size_t block)
{
	return d->doc.blocks[block].part;
}

/* The last evidence given for field, which must name stage. */
static const pm_evidence *evidence(const doc *d, const char *field, const char *stage)
{
	const pm_evidence *e = NULL;
	size_t i;
	for (i = 0; i < d->f.nevidence; i++)
		if (!strcmp(d->f.evidence[i].field, field))
			e = &d->f.evidence[i];
	if (!e)
		fail_msg("no evidence for %s", field);
	assert_string_equal(e->stage, stage);
	return e;
}

static bool warned(const doc *d, const char *code)
{
	size_t i;
	for (i = 0; i < d->doc.nwarnings; i++)
		if (!strcmp(d->doc.warnings[i].code, code))
			return true;
	return false;
}

/* structure.appended_document: a second release opens page 2 under its
 * own title, a dateline opening its paragraph: it and what follows are
 * after the end, never body. A section heading opening page 2 over a
 * paragraph with no dateline stays the release's. */
static void sized_block(doc *d, int type, const char *text, double size, unsigned flags)
{
	pm_block *b = add(d, type, text);
	b->font_size = size;
	b->flags |= flags;
}

static void appended_document_new_page(void **state)
{
	doc *d = doc_new("en"), *e = doc_new("en");
	doc *both[2] = {d, e};
	size_t k;
	(void)state;
	for (k = 0; k < 2; k++) {
		sized_block(both[k], PM_BLOCK_PARAGRAPH, "Ashcombe Tramway reopens its hill line", 20, PM_BF_BOLD);
		sized_block(both[k], PM_BLOCK_PARAGRAPH, "ASHCOMBE, 4 May 2026 - " LONG_EN, 11, 0);
		sized_block(both[k], PM_BLOCK_PARAGRAPH, LONG_EN, 11, 0);
		sized_block(both[k], PM_BLOCK_PARAGRAPH, k ? "Timetable and fares" : "Second line reopens",
		      k ? 13 : 20, PM_BF_BOLD | PM_BF_NEW_PAGE);
		sized_block(both[k], PM_BLOCK_PARAGRAPH, k ? "The line climbs 140 metres over two kilometres and opened in 1902." : "ASHCOMBE, 4 May 2026 - The second line reopens too, with six new trams and a new depot.", 11, 0);
	}
	pm_normalize(&d->doc, &d->f, true);
	pm_normalize(&e->doc, &e->f, true);
	assert_int_equal(part(d, 3), PM_PART_AFTER_END);
	assert_int_equal(part(d, 4), PM_PART_AFTER_END);
	assert_int_equal(part(d, 2), PM_PART_BODY);
	assert_int_equal(part(e, 3), PM_PART_BODY);
	assert_int_equal(part(e, 4), PM_PART_BODY);
	doc_free(d);
	doc_free(e);
}

/* structure.translation_follows: the line naming the translation (framed
 * by dashes) and all after it are after the end, never body. */
static void translation_follows_line(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "Ashcombe Tramway reopens its hill line");
	para(d, "ASHCOMBE, 4 May 2026 - " LONG_EN);
	para(d, "\u2014 Version fran\u00e7aise \u2014");
	para(d, "Le tramway d'Ashcombe rouvre sa ligne de la colline");
	para(d, LONG_FR);
	para(d, "The version in English was checked by the board.");
	pm_normalize(&d->doc, &d->f, true);
	assert_int_equal(part(d, 1), PM_PART_BODY);
	assert_int_equal(part(d, 2), PM_PART_AFTER_END);
	assert_int_equal(part(d, 4), PM_PART_AFTER_END);
	doc_free(d);
}

/* ---- the table --------------------------------------------------------- */

/* The order the records are made in (README, "How it is built";
 * docs/record.md names them too): moving a stage changes records. */
static void table_in_order(void **state)
{
	static const char *const names[] = {"furniture", "end_mark", "release", "layout", "headline",
	                                    "appended", "dateline", "sections", "closing", "byline", "body",
	                                    "language", "date", "acronyms", "quotes", "contacts", "structure", "kind",
	                                    "reference", "issuer", "lead", "speakers", "phones", "aside"};
	size_t n, i;
	const pm_stage *s = pm_normalize_stages(&n);
	nz z;
	(void)state;
	assert_int_equal(n, sizeof names / sizeof *names);
	for (i = 0; i < n; i++) {
		assert_string_equal(s[i].name, names[i]);
		assert_non_null(s[i].run);
	}
	memset(&z, 0, sizeof z);
	assert_false(pm_normalize_stage(&z, "signature"));
}

/* nz_flat and nz_junk judge a block's text once (body, acronyms and
 * quotes read it flattened; furniture and body ask whether it is junk),
 * and again when a stage rewrote the text, even at the same address. */
static void block_cache_follows_text(void **state)
{
	doc *d = doc_new("en");
	char *t;
	(void)state;
	para(d, "Share");
	para(d, "First line\nsecond line");
	doc_open(d);
	assert_true(nz_junk(&d->z, 0));
	assert_string_equal(nz_flat(&d->z, 1), "First line second line");
	assert_ptr_equal(nz_flat(&d->z, 1), nz_flat(&d->z, 1));
	t = d->z.b[0]->text;
	strcpy(t, "Sha"); /* rewritten where it stands */
	assert_false(nz_junk(&d->z, 0));
	assert_string_equal(nz_flat(&d->z, 0), "Sha");
	t = d->z.b[1]->text;
	strcpy(t, "One\nline");
	assert_string_equal(nz_flat(&d->z, 1), "One line");
	assert_null(nz_flat(&d->z, 2));
	doc_free(d);
}

/* pm_normalize is the table run in order: the same fields, parts and
 * evidence as running each stage by name. */
static void driver_runs_the_table(void **state)
{
	doc *a = doc_new("en"), *b = doc_new("en");
	doc *both[2] = {a, b};
	const pm_stage *s;
	size_t n, i, k;
	json_t *ra, *rb;
	pm_outcome o;
	char *ja, *jb;
	(void)state;
	for (k = 0; k < 2; k++) {
		doc *d = both[k];
		para(d, "FOR IMMEDIATE RELEASE");
		add(d, PM_BLOCK_HEADING, "Brindle Marine to Build Four Electric Lake Ferries")->level = 1;
		para(d, "KELOWNA, B.C., June 3, 2025 -- Brindle Marine said today that it won the contract. " LONG_EN);
		para(d, "\u201cThese ferries will change the crossing,\u201d said Oona Halvorsen, chief executive of "
		        "Brindle Marine.");
		para(d, "###");
		para(d, "Media contact: Ravi Tamm, ravi.tamm@brindle.example");
	}
	pm_normalize(&a->doc, &a->f, true);
	doc_open(b);
	s = pm_normalize_stages(&n);
	for (i = 0; i < n; i++)
		assert_true(pm_normalize_stage(&b->z, s[i].name));
	for (i = 0; i < a->doc.nblocks; i++)
		assert_int_equal(part(a, i), part(b, i));
	memset(&o, 0, sizeof o);
	o.source.path = "t.docx";
	o.evidence = true;
	o.fields = &a->f;
	ra = pm_record_build(&o);
	o.fields = &b->f;
	rb = pm_record_build(&o);
	ja = json_dumps(ra, JSON_COMPACT);
	jb = json_dumps(rb, JSON_COMPACT);
	assert_non_null(ja);
	assert_string_equal(ja, jb);
	/* and the table did decide something */
	assert_string_equal(a->f.headline, "Brindle Marine to Build Four Electric Lake Ferries");
	assert_int_equal(a->f.nquotes, 1);
	free(ja);
	free(jb);
	json_decref(ra);
	json_decref(rb);
	doc_free(a);
	doc_free(b);
}

/* ---- furniture ----------------------------------------------------------- */

/* b placed on page as a layout plugin places it, in a box. */
static void placed(pm_block *b, int page)
{
	b->page = page;
	b->x0 = 72;
	b->x1 = 520;
	b->y0 = 100;
	b->y1 = 112;
}

/* Page numbers, captions (by their words or by the plugin's layout),
 * scraper junk and a short line printed on every page go; a sentence
 * the author says three times stays. */
static void furniture(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "Brindle Marine Quarterly | Kelowna | Summer 2025");  /* 0: a running header */
	para(d, LONG_EN);                                             /* 1 */
	para(d, "Page 2 of 3");                                       /* 2 */
	para(d, "Brindle Marine Quarterly | Kelowna | Summer 2025");  /* 3 */
	add(d, PM_BLOCK_CAPTION, "The first hull in the dry dock");   /* 4 */
	para(d, "Share on Facebook");                                 /* 5 */
	para(d, "We build every ferry to last for fifty years on the lake.");  /* 6 */
	para(d, "Brindle Marine Quarterly | Kelowna | Summer 2025");  /* 7 */
	para(d, "We build every ferry to last for fifty years on the lake.");  /* 8 */
	para(d, "We build every ferry to last for fifty years on the lake.");  /* 9 */
	run(d, "furniture");
	assert_int_equal(part(d, 0), PM_PART_FURNITURE);
	assert_int_equal(part(d, 3), PM_PART_FURNITURE);
	assert_int_equal(part(d, 7), PM_PART_FURNITURE);
	assert_int_equal(part(d, 2), PM_PART_FURNITURE);
	assert_int_equal(part(d, 4), PM_PART_FURNITURE);
	assert_int_equal(part(d, 5), PM_PART_JUNK);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	assert_int_equal(part(d, 6), PM_PART_NONE);
	assert_int_equal(part(d, 9), PM_PART_NONE);
	doc_free(d);
	/* placed on pages, a copy counts once per page: a label said three
	 * times on one page (a price list's, a specimen's) is the page's
	 * text, a line on the head of three pages is a running header */
	d = doc_new("en");
	d->doc.format = "pdf";
	placed(para(d, "Ferry timetable valid from 1 June"), 1);          /* 0 */
	placed(para(d, "Kelowna quay to Westbank, every hour"), 1);       /* 1 */
	placed(para(d, "Kelowna quay to Westbank, every hour"), 1);       /* 2 */
	placed(para(d, "Kelowna quay to Westbank, every hour"), 1);       /* 3 */
	placed(para(d, LONG_EN), 1);                                      /* 4 */
	placed(para(d, "Ferry timetable valid from 1 June"), 2);          /* 5 */
	placed(para(d, LONG_EN), 2);                                      /* 6 */
	placed(para(d, "Ferry timetable valid from 1 June"), 3);          /* 7 */
	placed(para(d, "Ferry timetable valid from 1 June"), 3);          /* 8 */
	run(d, "furniture");
	assert_int_equal(part(d, 1), PM_PART_NONE);
	assert_int_equal(part(d, 2), PM_PART_NONE);
	assert_int_equal(part(d, 3), PM_PART_NONE);
	assert_int_equal(part(d, 0), PM_PART_FURNITURE);
	assert_int_equal(part(d, 5), PM_PART_FURNITURE);
	assert_int_equal(part(d, 7), PM_PART_FURNITURE);
	assert_int_equal(part(d, 8), PM_PART_FURNITURE);
	doc_free(d);
	/* plain text's pages (form feeds) place nothing: every copy counts */
	d = doc_new("en");
	d->doc.format = "txt";
	para(d, "Kelowna quay to Westbank, every hour")->page = 1;
	para(d, LONG_EN)->page = 1;
	para(d, "Kelowna quay to Westbank, every hour")->page = 1;
	para(d, "Kelowna quay to Westbank, every hour")->page = 1;
	run(d, "furniture");
	assert_int_equal(part(d, 0), PM_PART_FURNITURE);
	assert_int_equal(part(d, 2), PM_PART_FURNITURE);
	doc_free(d);
}

/* b placed on page in type of size points. */
static pm_block *sized(pm_block *b, int page, double size)
{
	placed(b, page);
	b->font_size = size;
	return b;
}

/* Item i of furniture[] is kind, text, on page (0: unknown). */
static void furniture_is(const doc *d, size_t i, const char *kind, const char *text, int page)
{
	assert_true(i < d->f.nfurniture);
	assert_string_equal(d->f.furniture[i].kind, kind);
	assert_string_equal(d->f.furniture[i].text, text);
	assert_int_equal(d->f.furniture[i].page, page);
}

/* Convention furniture.listed (record 1.2): what the stages set aside
 * as the page's is listed in furniture[], in document order, with its
 * kind and page; what another field holds (a note, a caption an image
 * took) is not listed again, and the body is what it was. */
static void aside(void **state)
{
	doc *d = doc_new("en");
	pm_block *b;
	(void)state;
	b = add(d, PM_BLOCK_PAGE_HEADER, "Tallowmere Ferry Board");             /* 0: a header part */
	b->page = 1;
	para(d, "Tallowmere Ferry Board adds a night crossing");                /* 1 */
	para(d, LONG_EN);                                                       /* 2 */
	para(d, "Page 2 of 3")->page = 2;                                       /* 3 */
	para(d, "Osric Vale Quarterly | Tallowmere | Winter 2025");             /* 4 */
	para(d, "Osric Vale Quarterly | Tallowmere | Winter 2025");             /* 5 */
	para(d, "Osric Vale Quarterly | Tallowmere | Winter 2025");             /* 6 */
	para(d, "© 2025 Tallowmere Ferry Board. All rights reserved.");   /* 7 */
	add(d, PM_BLOCK_CAPTION, "The night ferry at the north quay");          /* 8: an image's */
	b = add(d, PM_BLOCK_PAGE_FOOTER, "- 3 -");                              /* 9 */
	b->page = 3;
	b = add(d, PM_BLOCK_PAGE_FOOTER, "06/12/2026, 10:30 tallowmere.example/news"); /* 10 */
	b->page = 3;
	b->layout = PM_BL_MARGIN | PM_BL_BOTTOM_BAND;
	add(d, PM_BLOCK_FOOTNOTE, "A note of its own.");                        /* 11: notes' */
	pm_normalize(&d->doc, &d->f, false);
	assert_int_equal(d->f.nfurniture, 8);
	furniture_is(d, 0, "header", "Tallowmere Ferry Board", 1);
	furniture_is(d, 1, "page_number", "Page 2 of 3", 2);
	furniture_is(d, 2, "running", "Osric Vale Quarterly | Tallowmere | Winter 2025", 0);
	furniture_is(d, 4, "running", "Osric Vale Quarterly | Tallowmere | Winter 2025", 0);
	furniture_is(d, 5, "copyright", "\xC2\xA9 2025 Tallowmere Ferry Board. All rights reserved.", 0);
	furniture_is(d, 6, "page_number", "- 3 -", 3);
	furniture_is(d, 7, "margin", "06/12/2026, 10:30 tallowmere.example/news", 3);
	assert_int_equal(d->f.nimages, 1);
	assert_int_equal(d->f.nnotes, 1);
	/* the body is the release's alone */
	assert_int_equal(d->f.nbody, 1);
	doc_free(d);
	/* a browser's print line in the page's margin; a rubric gone to
	 * tags is not listed again */
	d = doc_new("en");
	b = add(d, PM_BLOCK_PAGE_HEADER, "06/12/2026, 10:30 Night crossing | Tallowmere Ferry Board");
	b->page = 1;
	b->layout = PM_BL_MARGIN | PM_BL_TOP_BAND;
	para(d, "Ferries:");
	add(d, PM_BLOCK_HEADING, "Tallowmere Ferry Board adds a night crossing")->level = 1;
	para(d, LONG_EN);
	pm_normalize(&d->doc, &d->f, false);
	assert_int_equal(d->f.tags.n, 1);
	assert_int_equal(d->f.nfurniture, 1);
	assert_string_equal(d->f.furniture[0].kind, "margin");
	doc_free(d);
}

/* Convention furniture.repeated.title_kept: the first page's title, in
 * its largest type, is never a running header, though its words come
 * back over the next pages; the copies on those pages still are. */
static void furniture_title_kept(void **state)
{
	static const char *const title = "Kelowna yard launches its first electric hull, the Okanagan";
	static const char *const titre = "Chantier de Kelowna : quatre bacs électriques, bilan 2025";
	doc *d = doc_new("en");
	(void)state;
	d->doc.format = "pdf";
	d->doc.pages = 2;
	sized(para(d, title), 1, 20);   /* 0: the title */
	sized(para(d, LONG_EN), 1, 11); /* 1 */
	sized(para(d, title), 2, 9);    /* 2: the same words as page 2's header */
	sized(para(d, LONG_EN), 2, 11); /* 3 */
	run(d, "furniture");
	assert_int_equal(part(d, 0), PM_PART_NONE);
	assert_int_equal(part(d, 2), PM_PART_FURNITURE);
	doc_free(d);
	d = doc_new("fr");
	d->doc.format = "pdf";
	d->doc.pages = 3;
	sized(para(d, titre), 1, 18);   /* 0 */
	sized(para(d, LONG_FR), 1, 11); /* 1 */
	sized(para(d, titre), 2, 9);    /* 2 */
	sized(para(d, LONG_FR), 2, 11); /* 3 */
	sized(para(d, titre), 3, 9);    /* 4 */
	run(d, "furniture");
	assert_int_equal(part(d, 0), PM_PART_NONE);
	assert_int_equal(part(d, 2), PM_PART_FURNITURE);
	assert_int_equal(part(d, 4), PM_PART_FURNITURE);
	doc_free(d);
	/* a header in small type on page 1 too goes, beside a larger title */
	d = doc_new("en");
	d->doc.format = "pdf";
	d->doc.pages = 2;
	sized(para(d, title), 1, 9);                                     /* 0: header */
	sized(para(d, "Four electric ferries for the lake crossings"), 1, 20); /* 1: title */
	sized(para(d, LONG_EN), 1, 11);                                  /* 2 */
	sized(para(d, title), 2, 9);                                     /* 3 */
	sized(para(d, LONG_EN), 2, 11);                                  /* 4 */
	run(d, "furniture");
	assert_int_equal(part(d, 0), PM_PART_FURNITURE);
	assert_int_equal(part(d, 3), PM_PART_FURNITURE);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	doc_free(d);
}

/* Convention furniture.figures_page: bare numbers placed inside a page
 * whose words are mostly figures (a survey map's lot numbers under its
 * title) are the page's text, not page numbers; the same numbers beside
 * prose (a chart's axis beside the story) and a number in the page's
 * bottom band stay furniture. */
static void furniture_figures_page(void **state)
{
	static const char *const labels[] = {"166", "256", "3", "30 40", "6", "150", "165", "76 3", "25 00"};
	int prose;
	(void)state;
	/* alone under a title, then beside two paragraphs of prose */
	for (prose = 0; prose < 2; prose++) {
		doc *d = doc_new(prose ? "fr" : "en");
		size_t k, first = prose ? 2 : 1;
		d->doc.format = "pdf";
		d->doc.pages = 1;
		if (prose) {
			sized(para(d, LONG_FR), 1, 11);
			sized(para(d, LONG_EN), 1, 11);
		} else {
			sized(para(d, "MARSH END SURVEYORS - Lots of Willowbrook Phase 3"), 1, 12);
		}
		for (k = 0; k < sizeof labels / sizeof *labels; k++)
			sized(para(d, labels[k]), 1, 9);
		/* a page number in the bottom band */
		sized(para(d, "2"), 1, 9)->layout = PM_BL_BOTTOM_BAND;
		run(d, "furniture");
		for (k = 0; k < sizeof labels / sizeof *labels; k++)
			assert_int_equal(part(d, first + k), prose ? PM_PART_FURNITURE : PM_PART_NONE);
		assert_int_equal(part(d, first + k), PM_PART_FURNITURE);
		doc_free(d);
	}
}

/* Convention furniture.repeated.most_pages: two copies of a line make a
 * running header in a release of two to four pages, not in one of
 * eight, where a heading said on two pages is the author's. */
static void furniture_two_copies_on_most_pages(void **state)
{
	static const char *const heading = "Results by region, 2024 and 2025 compared";
	static const char *const rubrique = "Résultats par région, 2024 et 2025 comparés";
	doc *d = doc_new("en");
	(void)state;
	d->doc.format = "pdf";
	d->doc.pages = 8;
	sized(para(d, LONG_EN), 1, 11); /* 0 */
	sized(para(d, heading), 2, 11); /* 1 */
	sized(para(d, LONG_EN), 2, 11); /* 2 */
	sized(para(d, heading), 6, 11); /* 3 */
	sized(para(d, LONG_EN), 6, 11); /* 4 */
	run(d, "furniture");
	assert_int_equal(part(d, 1), PM_PART_NONE);
	assert_int_equal(part(d, 3), PM_PART_NONE);
	doc_free(d);
	/* on the two pages of a two-page release, the header it is */
	d = doc_new("fr");
	d->doc.format = "pdf";
	d->doc.pages = 2;
	sized(para(d, rubrique), 1, 9);  /* 0 */
	sized(para(d, LONG_FR), 1, 11);  /* 1 */
	sized(para(d, rubrique), 2, 9);  /* 2 */
	sized(para(d, LONG_FR), 2, 11);  /* 3 */
	run(d, "furniture");
	assert_int_equal(part(d, 0), PM_PART_FURNITURE);
	assert_int_equal(part(d, 2), PM_PART_FURNITURE);
	doc_free(d);
}

/* Convention furniture.repeated.bands: where the layout plugin told a
 * page's top and bottom bands, a line repeated inside the text of three
 * pages (a specimen sheet's sample sentence, a form's label under each
 * section) is the pages' text; a copy in a band, or one the plugin
 * found repeated itself, is still a running line; and without bands on
 * the page (a plugin that places but does not measure) copies count as
 * before. */
static void furniture_repeated_bands(void **state)
{
	static const char *const sample[] = {"Sphinx of black quartz, judge my vow",
	                                     "Portez ce vieux whisky au juge blond qui fume"};
	static const char *const head[] = {"Tallowmere Type Foundry | Specimen | Winter 2026",
	                                   "Fonderie de Valcourbe | Spécimen | Hiver 2026"};
	int lang, banded;
	(void)state;
	for (lang = 0; lang < 2; lang++)
		for (banded = 0; banded < 2; banded++) {
			doc *d = doc_new(lang ? "fr" : "en");
			int pg;
			d->doc.format = "pdf";
			d->doc.pages = 3;
			for (pg = 1; pg <= 3; pg++) {
				pm_block *h = sized(para(d, head[lang]), pg, 9); /* 0, 3, 6: header */
				h->y0 = 30, h->y1 = 40;
				if (banded)
					h->layout = PM_BL_TOP_BAND;
				sized(para(d, lang ? LONG_FR : LONG_EN), pg, 11)->layout = PM_BL_ALONE; /* 1, 4, 7 */
				sized(para(d, sample[lang]), pg, 11)->layout = PM_BL_ALONE;          /* 2, 5, 8 */
			}
			run(d, "furniture");
			for (pg = 0; pg < 3; pg++) {
				assert_int_equal(part(d, 3 * pg), PM_PART_FURNITURE);
				assert_int_equal(part(d, 3 * pg + 2), banded ? PM_PART_NONE : PM_PART_FURNITURE);
			}
			doc_free(d);
		}
	/* a copy the plugin found at the same place on other pages stays a
	 * running line, though inside the text */
	{
		doc *d = doc_new("en");
		int pg;
		d->doc.format = "pdf";
		d->doc.pages = 3;
		for (pg = 1; pg <= 3; pg++) {
			sized(para(d, "Tallowmere Type Foundry"), pg, 9)->layout = PM_BL_TOP_BAND;      /* 0, 3, 6 */
			sized(para(d, sample[0]), pg, 9)->layout = PM_BL_REPEATED | PM_BL_ALONE; /* 1, 4, 7 */
			sized(para(d, LONG_EN), pg, 11);                                             /* 2, 5, 8 */
		}
		run(d, "furniture");
		for (pg = 0; pg < 3; pg++)
			assert_int_equal(part(d, 3 * pg + 1), PM_PART_FURNITURE);
		doc_free(d);
	}
}

/* ---- end mark ------------------------------------------------------------ */

static void end_mark(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, LONG_EN);
	para(d, "-30-");
	para(d, "About Brindle Marine");
	run(d, "end_mark");
	assert_string_equal(d->f.end_mark, "-30-");
	assert_int_equal(d->z.end, 2);
	assert_int_equal(part(d, 2), PM_PART_END_MARK);
	assert_int_equal(part(d, 3), PM_PART_AFTER_END);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	assert_int_equal(evidence(d, "end_mark", "end_mark")->block, 2);
	doc_free(d);
	/* in the first lines of a longer text, a separator, not the end */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, "###");
	para(d, LONG_EN);
	para(d, LONG_EN);
	para(d, LONG_EN);
	para(d, LONG_EN);
	para(d, LONG_EN);
	run(d, "end_mark");
	assert_null(d->f.end_mark);
	assert_int_equal(d->z.end, 7);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	doc_free(d);
}

/* ---- release --------------------------------------------------------------- */

static void release(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "Brindle Marine Ltd.");
	para(d, "EMBARGOED UNTIL 9 June 2025");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, LONG_EN);
	run(d, "release");
	assert_string_equal(d->f.release, "EMBARGOED UNTIL 9 June 2025");
	assert_string_equal(d->f.embargo, "2025-06-09");
	assert_int_equal(d->z.release, 1);
	assert_int_equal(part(d, 1), PM_PART_RELEASE);
	assert_int_equal(part(d, 0), PM_PART_NONE);
	assert_int_equal(evidence(d, "release", "release")->block, 1);
	doc_free(d);
	/* the release line and the title in one block: the title stays */
	d = doc_new("fr");
	para(d, "COMMUNIQUÉ DE PRESSE\nLe chantier Brindle lance quatre bacs électriques");
	para(d, LONG_FR);
	run(d, "release");
	assert_non_null(d->f.release);
	assert_int_equal(part(d, 0), PM_PART_NONE);
	assert_string_equal(d->doc.blocks[0].text, "Le chantier Brindle lance quatre bacs électriques");
	doc_free(d);
	/* no release line: nothing decided */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, LONG_EN);
	run(d, "release");
	assert_null(d->f.release);
	assert_int_equal(d->z.release, -1);
	doc_free(d);
}

/* ---- layout -------------------------------------------------------------- */

/* A title, a paragraph, the four blocks of a box beside the text
 * (PM_BL_SIDE) and a paragraph, on page 1, through the layout stage. */
static doc *side_box_doc(const char *lang, const char *const box[4])
{
	doc *d = doc_new(lang);
	pm_block *b = add(d, PM_BLOCK_HEADING, "Valdobra reopens its covered market");
	size_t k;
	b->page = 1;
	para(d, LONG_EN)->page = 1;
	for (k = 0; k < 4; k++) {
		b = para(d, box[k]);
		b->page = 1, b->layout = PM_BL_SIDE;
	}
	para(d, LONG_EN)->page = 1;
	run(d, "layout");
	return d;
}

/* Convention furniture.phone_label_stop: in a box beside the text, the
 * stop of an abbreviated phone label before its number ("Tel. 075",
 * "cell. 348", "tel. 01632") and an address's closing "(PG)" end no
 * sentence, and a contact heading's colon is a label's: the box of a
 * masthead and a contact is furniture. A box that says something in
 * sentences stays. */
static void layout_phone_label_stop(void **state)
{
	static const char *const box[][5] = {
		{"it", "Comune di Valdobra · Ufficio Tecnico · Via Roma 3, 06100 Valdobra (PG)", "Per informazioni:",
		 "Elena Fratti", "Tel. 075 555 0142 – cell. 348 555 0199"},
		{"en", "Harrowgate Borough Council", "Media contact:", "Owen Latch", "tel. 01632 960 187"},
	};
	size_t t, k;
	(void)state;
	for (t = 0; t < sizeof box / sizeof *box; t++) {
		doc *d = side_box_doc(box[t][0], box[t] + 1);
		for (k = 2; k < 6; k++)
			assert_int_equal(part(d, k), PM_PART_FURNITURE);
		assert_int_equal(part(d, 6), PM_PART_NONE);
		doc_free(d);
	}
	/* the guard: a stop after a word that labels no phone ends a sentence */
	{
		doc *d = doc_new("en");
		pm_block *b = add(d, PM_BLOCK_HEADING, "Valdobra reopens its covered market");
		b->page = 1;
		para(d, LONG_EN)->page = 1;
		b = para(d, "Media contact:");
		b->page = 1, b->layout = PM_BL_SIDE;
		b = para(d, "The market opens at nine. 40 stalls are let");
		b->page = 1, b->layout = PM_BL_SIDE;
		run(d, "layout");
		assert_int_equal(part(d, 2), PM_PART_NONE);
		assert_int_equal(part(d, 3), PM_PART_NONE);
		doc_free(d);
	}
}

/* Short blocks above the first page's text, one giving a site, are the
 * sender's letterhead; a box beside the text with a contact heading and
 * no sentence is furniture; a box that says something stays. */
static void layout(void **state)
{
	doc *d = doc_new("en");
	pm_block *b;
	(void)state;
	b = para(d, "Brindle Marine Ltd.");
	b->page = 1, b->layout = PM_BL_TOP_BAND;
	b = para(d, "www.brindle-marine.example");
	b->page = 1, b->layout = PM_BL_TOP_BAND;
	b = add(d, PM_BLOCK_HEADING, "Brindle Marine wins the lake ferry contract");
	b->page = 1;
	b = para(d, "Media enquiries");
	b->page = 1, b->layout = PM_BL_SIDE;
	b = para(d, "Ravi Tamm");
	b->page = 1, b->layout = PM_BL_SIDE;
	para(d, LONG_EN)->page = 1;
	b = para(d, "Every ferry is built to last fifty years. The yard says so.");
	b->page = 1, b->layout = PM_BL_SIDE;
	run(d, "layout");
	assert_int_equal(part(d, 0), PM_PART_LETTERHEAD);
	assert_int_equal(part(d, 1), PM_PART_LETTERHEAD);
	assert_int_equal(part(d, 2), PM_PART_NONE);
	assert_int_equal(part(d, 3), PM_PART_FURNITURE);
	assert_int_equal(part(d, 4), PM_PART_FURNITURE);
	assert_int_equal(part(d, 5), PM_PART_NONE);
	assert_int_equal(part(d, 6), PM_PART_NONE);
	evidence(d, "letterhead", "layout");
	evidence(d, "furniture", "layout");
	doc_free(d);
	/* convention body.key_value_table: two narrow columns side by side
	 * in the text, labels and values, one value a site or a phone, are a
	 * table of facts, not a sidebar (labels without a colon, or with the
	 * full-width '：', are no sentence to holds_sentence); the same grid
	 * above the first page's text is a masthead */
	{
		static const char *const facts[][4] = {
			{"en", "Event\nWeb site", "Harbour Days 2025\nwww.harbour-days.example",
			 "Every boat on the pier is open to visitors on both days, and the yard says so."},
			{"fr", "Nom\nBilletterie", "Fête du port\n04 75 55 01 23",
			 "Tous les bateaux du quai sont ouverts aux visiteurs pendant les deux jours, et le chantier le dit."},
			{"ja", "名称：\nWebサイト：", "港まつり2025\nhttp://minato-matsuri.example/",
			 "二日間、港のすべての船を一般に公開します。造船所もそう述べています。"},
		};
		size_t t;
		for (t = 0; t < sizeof facts / sizeof *facts; t++) {
			d = doc_new(facts[t][0]);
			b = add(d, PM_BLOCK_HEADING, "Brindle Marine opens its yard");
			b->page = 1, b->x0 = 72, b->x1 = 520, b->y0 = 80, b->y1 = 100;
			b = para(d, facts[t][3]);
			b->page = 1, b->x0 = 72, b->x1 = 520, b->y0 = 120, b->y1 = 160;
			b = para(d, facts[t][1]);
			b->page = 1, b->layout = PM_BL_SIDE, b->font_size = 10;
			b->x0 = 72, b->x1 = 160, b->y0 = 180, b->y1 = 220;
			b = para(d, facts[t][2]);
			b->page = 1, b->layout = PM_BL_SIDE, b->font_size = 10;
			b->x0 = 180, b->x1 = 330, b->y0 = 181, b->y1 = 220;
			run(d, "layout");
			assert_int_equal(part(d, 2), PM_PART_NONE);
			assert_int_equal(part(d, 3), PM_PART_NONE);
			doc_free(d);
		}
		/* the guard: a badge's words in sizes of their own beside the
		 * contact box at the foot of the page are no table */
		d = doc_new("en");
		b = add(d, PM_BLOCK_HEADING, "Brindle Marine opens its yard");
		b->page = 1, b->x0 = 72, b->x1 = 520, b->y0 = 80, b->y1 = 100;
		b = para(d, LONG_EN);
		b->page = 1, b->font_size = 11, b->x0 = 72, b->x1 = 520, b->y0 = 120, b->y1 = 600;
		b = para(d, "KEEP");
		b->page = 1, b->layout = PM_BL_SIDE, b->font_size = 24, b->x0 = 80, b->x1 = 140, b->y0 = 680, b->y1 = 710;
		b = para(d, "the yard");
		b->page = 1, b->layout = PM_BL_SIDE, b->font_size = 15, b->x0 = 75, b->x1 = 150, b->y0 = 705, b->y1 = 722;
		b = para(d, "#KeepTheYard\nkeeptheyard@brindle-marine.example");
		b->page = 1, b->layout = PM_BL_SIDE, b->font_size = 11, b->x0 = 320, b->x1 = 520, b->y0 = 670, b->y1 = 720;
		run(d, "layout");
		assert_int_equal(part(d, 2), PM_PART_FURNITURE);
		assert_int_equal(part(d, 3), PM_PART_FURNITURE);
		assert_int_equal(part(d, 4), PM_PART_FURNITURE);
		doc_free(d);
		/* the guard: the same two columns in the first page's top band */
		d = doc_new("en");
		b = para(d, "Brindle Marine Ltd.\nPier 4, Lowmoor");
		b->page = 1, b->layout = PM_BL_SIDE | PM_BL_TOP_BAND, b->x0 = 72, b->x1 = 200, b->y0 = 20, b->y1 = 50;
		b = para(d, "www.brindle-marine.example\n+44 20 7946 0000");
		b->page = 1, b->layout = PM_BL_SIDE | PM_BL_TOP_BAND, b->x0 = 380, b->x1 = 520, b->y0 = 20, b->y1 = 50;
		b = add(d, PM_BLOCK_HEADING, "Brindle Marine opens its yard");
		b->page = 1, b->x0 = 72, b->x1 = 520, b->y0 = 80, b->y1 = 100;
		run(d, "layout");
		assert_int_not_equal(part(d, 0), PM_PART_NONE);
		assert_int_not_equal(part(d, 1), PM_PART_NONE);
		doc_free(d);
	}
	/* a format without layout: the same words decide nothing here */
	d = doc_new("en");
	para(d, "Brindle Marine Ltd.");
	para(d, "www.brindle-marine.example");
	para(d, "Brindle Marine wins the lake ferry contract");
	run(d, "layout");
	assert_int_equal(part(d, 0), PM_PART_NONE);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	assert_int_equal(d->f.nevidence, 0);
	doc_free(d);
}

/* Convention headline.none.first_paragraph: a first paragraph in the
 * body's type, ending with a full stop, is no headline; set apart from
 * the text by more space than its paragraphs leave, or in bold, it is. */
/* The stages the headline tests need, in their order. */
static doc *layout_and_headline(doc *d)
{
	run(d, "layout");
	run(d, "headline");
	return d;
}

static doc *first_paragraph_doc(double gap_below, unsigned flags)
{
	doc *d = doc_new("en");
	pm_block *b;
	double y = 100;
	size_t k;
	b = para(d, "The Harbour Trust regrets the council's decision to close the boathouse slipway for the whole "
	            "summer season this year.");
	b->page = 1, b->font_size = 10, b->flags = flags, b->x0 = 72, b->x1 = 520, b->y0 = y, b->y1 = y + 24;
	y += 24 + gap_below;
	for (k = 0; k < 3; k++) {
		b = para(d, LONG_EN);
		b->page = 1, b->font_size = 10, b->x0 = 72, b->x1 = 520, b->y0 = y, b->y1 = y + 36;
		y += 36 + 12;
	}
	return layout_and_headline(d);
}

static void headline_first_paragraph(void **state)
{
	doc *d;
	(void)state;
	/* the paragraphs' own space under it: the text's first paragraph */
	d = first_paragraph_doc(12, 0);
	assert_null(d->f.headline);
	assert_int_not_equal(part(d, 0), PM_PART_HEADLINE);
	doc_free(d);
	/* twice that space under it: set apart, a title */
	d = first_paragraph_doc(30, 0);
	assert_non_null(d->f.headline);
	assert_int_equal(part(d, 0), PM_PART_HEADLINE);
	doc_free(d);
	/* in bold: a title */
	d = first_paragraph_doc(12, PM_BF_BOLD);
	assert_non_null(d->f.headline);
	assert_int_equal(part(d, 0), PM_PART_HEADLINE);
	doc_free(d);
}

/* Convention headline.title_above_lead (with headline.cjk_prose): a
 * title in the body's style made bold and larger stands above a short
 * lead; a numbered heading in a heading style under the lead opens a
 * section and is never the headline, though its style outscores the
 * title's direct formatting. */
static doc *title_above_lead_doc(const char *lang, double title_size, const char *title, const char *lead,
                                 const char *heading, const char *text)
{
	doc *d = doc_new(lang);
	pm_block *b;
	size_t k;
	b = para(d, title);
	b->font_size = title_size, b->flags = PM_BF_BOLD;
	b = para(d, lead);
	b->font_size = 10.5;
	b = add(d, PM_BLOCK_HEADING, heading);
	b->level = 2, b->font_size = 13;
	for (k = 0; k < 3; k++) {
		b = para(d, text);
		b->font_size = 10.5;
	}
	return layout_and_headline(d);
}

static void headline_title_above_lead(void **state)
{
	doc *d;
	(void)state;
	d = title_above_lead_doc("en", 14.5, "Corran Quay Ferries extend their summer timetable",
	                         "Corran Quay Ferries will run two more crossings a day from June to September, the "
	                         "board said on Monday.",
	                         "1. The new timetable for the summer season", LONG_EN);
	assert_non_null(d->f.headline);
	assert_string_equal(d->f.headline, "Corran Quay Ferries extend their summer timetable");
	assert_int_equal(part(d, 2), 0);
	doc_free(d);
	d = title_above_lead_doc("ja", 16, "北浦化成、第3四半期決算及び業績予想の修正に関するお知らせ",
	                         "当社は、本日開催の取締役会において、2026年12月期第3四半期の決算を承認しましたので、お知らせいたします。",
	                         "1. 第3四半期の連結業績",
	                         "売上高は前年同期比で増加しました。受注は堅調に推移しており、通期の見通しに変更はありません。"
	                         "海外向けの出荷が伸び、国内の設備投資の回復も追い風となりました。"
	                         "新工場の稼働は予定どおり来年春を見込んでいます。");
	assert_non_null(d->f.headline);
	assert_string_equal(d->f.headline, "北浦化成、第3四半期決算及び業績予想の修正に関するお知らせ");
	assert_int_equal(part(d, 2), 0);
	doc_free(d);
}

/* Convention letterhead.title_by_size: the page's largest type over a
 * site line is the title when no other title follows it; when one does,
 * the large name above the site line is the letterhead's. */
static void layout_title_by_size(void **state)
{
	doc *d = doc_new("en");
	pm_block *b;
	(void)state;
	b = para(d, "Winter timetable");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 20, b->flags = PM_BF_BOLD;
	b = para(d, "Timetables: https://lakeferries.example/winter");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 12, b->flags = PM_BF_BOLD;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 10;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 10;
	run(d, "layout");
	run(d, "headline");
	assert_int_equal(part(d, 0), PM_PART_HEADLINE);
	assert_int_equal(part(d, 1), PM_PART_LETTERHEAD);
	assert_string_equal(d->f.headline, "Winter timetable");
	doc_free(d);
	/* a title of its own under the letterhead */
	d = doc_new("en");
	b = para(d, "NORTHWAY FERRIES");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 24, b->flags = PM_BF_BOLD;
	b = para(d, "www.northway-ferries.example");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 10;
	b = para(d, "Northway adds a night crossing to the islands");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 16, b->flags = PM_BF_BOLD;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 10;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 10;
	run(d, "layout");
	run(d, "headline");
	assert_int_equal(part(d, 0), PM_PART_LETTERHEAD);
	assert_int_equal(part(d, 1), PM_PART_LETTERHEAD);
	assert_string_equal(d->f.headline, "Northway adds a night crossing to the islands");
	doc_free(d);
	/* the same title at the body's size, in bold: still a title below */
	d = doc_new("en");
	b = para(d, "NORTHWAY FERRIES");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 24, b->flags = PM_BF_BOLD;
	b = para(d, "www.northway-ferries.example");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 10;
	b = para(d, "Northway adds a night crossing to the islands");
	b->page = 1, b->font_size = 10, b->flags = PM_BF_BOLD;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 10;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 10;
	run(d, "layout");
	run(d, "headline");
	assert_int_equal(part(d, 0), PM_PART_LETTERHEAD);
	assert_string_equal(d->f.headline, "Northway adds a night crossing to the islands");
	doc_free(d);
	/* large type that is no words (a logo read by OCR) is no title */
	d = doc_new("en");
	b = para(d, "NW. \"Q\xE2\x80\x9D");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 30;
	b = para(d, "www.northway-ferries.example");
	b->page = 1, b->layout = PM_BL_TOP_BAND, b->font_size = 10;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 10;
	run(d, "layout");
	assert_int_equal(part(d, 0), PM_PART_LETTERHEAD);
	doc_free(d);
}

/* Convention body.side_facts: a box beside the text that labels two
 * facts or more besides its phone (a hotel's, a venue's facts column) is
 * the text's, not the sender's masthead; a box whose labels only say how
 * to reach the sender ("Phone:", "E-mail:", "Address:") is still the
 * masthead's furniture. */
static void layout_side_facts(void **state)
{
	static const char *const box[][6] = {
		{"en", "Harrowby Quay Lodge", "Rating: 3 - Star\nQuay Street 4, Lowmoor", "Phone: +44 1632 960 412",
		 "Check-in time: 14:00\nCheck-out time: 11:00", "x"},
		{"fr", "Salle des fêtes de Varenne", "Capacité : 300 places\nAccès : parking gratuit", "Tél. : 04 75 55 01 23",
		 "Ouverture : 9 h", "x"},
		{"en", "Media contact:", "Ravi Tamm", "Phone: +44 1632 960 187\nE-mail: ravi@brindle-marine.example",
		 "Address: 4 Quay Road, Lowmoor", "furniture"},
	};
	size_t t, k;
	(void)state;
	for (t = 0; t < sizeof box / sizeof *box; t++) {
		doc *d = side_box_doc(box[t][0], box[t] + 1);
		for (k = 2; k < 6; k++)
			assert_int_equal(part(d, k), strcmp(box[t][5], "furniture") ? PM_PART_NONE : PM_PART_FURNITURE);
		doc_free(d);
	}
}

/* Convention letterhead.long_block_in_text: a block above the title
 * that stands inside the first page's text (not in the band above it)
 * and holds more than 20 words in the body's type is text, not the
 * sender's letterhead; the same block in the band above the text is
 * still letterhead. Convention letterhead.form_label: a form's label
 * there, closed by a colon and waiting for its value, stays text; a
 * label of a way to reach the sender ("Tel.:", "Address:") does not. */
static doc *above_title_doc(const char *lang, const char *above, unsigned layout)
{
	doc *d = doc_new(lang);
	pm_block *b = para(d, above);
	b->page = 1, b->layout = layout, b->font_size = 11, b->x0 = 72, b->x1 = 520, b->y0 = 90, b->y1 = 130;
	b = para(d, "Harrowby Rowing Club opens its winter boathouse");
	b->page = 1, b->font_size = 18, b->flags = PM_BF_BOLD, b->x0 = 72, b->x1 = 520, b->y0 = 150, b->y1 = 170;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 11, b->x0 = 72, b->x1 = 520, b->y0 = 190, b->y1 = 260;
	b = para(d, LONG_EN);
	b->page = 1, b->font_size = 11, b->x0 = 72, b->x1 = 520, b->y0 = 270, b->y1 = 340;
	run(d, "layout");
	run(d, "headline");
	assert_string_equal(d->f.headline, "Harrowby Rowing Club opens its winter boathouse");
	return d;
}

static void letterhead_in_text(void **state)
{
	static const char *const text[][3] = {
		{"en",
		 "Sailing races, rowing regattas, fish market stalls, open boat yards, a night parade of lit boats "
		 "and concerts on the pier every evening of the week",
		 "x"},
		{"fr",
		 "Régates à la voile et à l'aviron, marché aux poissons, chantiers ouverts, défilé de bateaux "
		 "illuminés et concerts sur la jetée chaque soir de la semaine",
		 "x"},
		{"en", "Name of the applicant:", "x"},
		{"fr", "Nom de l'établissement :", "x"},
		{"en", "Tel.:", "letterhead"},
		{"en", "Address:", "letterhead"},
	};
	size_t t;
	(void)state;
	for (t = 0; t < sizeof text / sizeof *text; t++) {
		doc *d = above_title_doc(text[t][0], text[t][1], 0);
		assert_int_equal(part(d, 0), strcmp(text[t][2], "letterhead") ? PM_PART_NONE : PM_PART_LETTERHEAD);
		doc_free(d);
		/* in the band above the page's text, a letterhead's */
		d = above_title_doc(text[t][0], text[t][1], PM_BL_TOP_BAND);
		assert_int_equal(part(d, 0), PM_PART_LETTERHEAD);
		doc_free(d);
	}
	/* the guard: a contact's long line of description over its phone
	 * and e-mail is the contact's, above the title */
	{
		doc *d = doc_new("en");
		static const char *const contact[] = {
		    "Ravi Tamm (he/him)",
		    "Boatbuilder living in Lowmoor for the last twelve years, organiser of the harbour festival and founder of "
		    "the Lowmoor Rowing Association",
		    "01632 960 187 or ravi@brindle-marine.example", "Harrowby Rowing Club opens its winter boathouse"};
		pm_block *b;
		size_t k;
		for (k = 0; k < 4; k++) {
			b = para(d, contact[k]);
			b->page = 1, b->font_size = k == 3 ? 18 : 11, b->x0 = 72, b->x1 = 520;
			b->y0 = 90 + 30 * (double)k, b->y1 = 110 + 30 * (double)k;
		}
		b = para(d, LONG_EN);
		b->page = 1, b->font_size = 11, b->x0 = 72, b->x1 = 520, b->y0 = 220, b->y1 = 290;
		b = para(d, LONG_EN);
		b->page = 1, b->font_size = 11, b->x0 = 72, b->x1 = 520, b->y0 = 300, b->y1 = 370;
		run(d, "layout");
		run(d, "headline");
		assert_string_equal(d->f.headline, contact[3]);
		assert_int_equal(part(d, 1), PM_PART_LETTERHEAD);
		doc_free(d);
	}
}

/* ---- headline ------------------------------------------------------------ */

static void headline(void **state)
{
	doc *d = doc_new("en");
	pm_block *b;
	(void)state;
	para(d, "Brindle Marine Ltd.");
	b = add(d, PM_BLOCK_HEADING, "Brindle Marine Wins the Lake Ferry Contract");
	b->level = 1;
	b = para(d, "Four electric ferries for the Okanagan crossings");
	b->flags = PM_BF_ITALIC;
	para(d, LONG_EN);
	run(d, "headline");
	assert_string_equal(d->f.headline, "Brindle Marine Wins the Lake Ferry Contract");
	assert_string_equal(d->f.subheadline, "Four electric ferries for the Okanagan crossings");
	assert_int_equal(d->z.head, 1);
	assert_int_equal(part(d, 0), PM_PART_LETTERHEAD);
	assert_int_equal(part(d, 1), PM_PART_HEADLINE);
	assert_int_equal(part(d, 2), PM_PART_SUBHEADLINE);
	assert_int_equal(part(d, 3), PM_PART_NONE);
	assert_int_equal(evidence(d, "headline", "headline")->block, 1);
	evidence(d, "subheadline", "headline");
	assert_false(warned(d, "headline.guessed")); /* a heading says it is one */
	doc_free(d);
	/* nothing typographic, and not first: a guess, which says so */
	d = doc_new("en");
	para(d, "Kelowna");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, LONG_EN);
	run(d, "headline");
	assert_non_null(d->f.headline);
	assert_true(warned(d, "headline.guessed"));
	assert_int_equal(d->doc.warnings[0].effect, PM_EFFECT_INFO);
	doc_free(d);
	/* a date line run into the title's line: the headline stage gives
	 * the dateline, and the title keeps only its words */
	d = doc_new("en");
	para(d, "June 3 2025 Brindle Marine Wins the Lake Ferry Contract");
	para(d, LONG_EN);
	run(d, "headline");
	assert_string_equal(d->f.headline, "Brindle Marine Wins the Lake Ferry Contract");
	assert_true(d->f.dateline.set);
	assert_string_equal(d->f.dateline.date, "2025-06-03");
	assert_true(d->z.dateline_done);
	evidence(d, "dateline", "headline");
	doc_free(d);
	/* headline.subheadline.long_sentence: a sentence of 29 words in the
	 * Subtitle style is the standfirst, body; one of 12 words is the
	 * subheadline */
	d = doc_new("en");
	b = add(d, PM_BLOCK_HEADING, "Brindle Marine Wins the Lake Ferry Contract");
	b->level = 1;
	b = para(d, "The yard at Peachland will build four electric ferries for the two lake crossings, which "
	            "carry three thousand cars a day in the busy summer months of the year.");
	b->role = PM_ROLE_SUBTITLE;
	para(d, LONG_EN);
	run(d, "headline");
	assert_null(d->f.subheadline);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	doc_free(d);
	d = doc_new("en");
	b = add(d, PM_BLOCK_HEADING, "Brindle Marine Wins the Lake Ferry Contract");
	b->level = 1;
	b = para(d, "The yard will build four electric ferries for the lake crossings.");
	b->role = PM_ROLE_SUBTITLE;
	para(d, LONG_EN);
	run(d, "headline");
	assert_string_equal(d->f.subheadline, "The yard will build four electric ferries for the lake crossings.");
	doc_free(d);
}

/* ---- dateline ------------------------------------------------------------ */

static void dateline(void **state)
{
	doc *d = doc_new("fr");
	(void)state;
	para(d, "Le chantier Brindle lance quatre bacs électriques");
	para(d, "ANNECY, le 2 juin 2025 – Le chantier a signé le contrat. " LONG_FR);
	doc_open(d);
	d->z.head = 0; /* what the headline stage decides */
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "dateline");
	assert_true(d->f.dateline.set);
	assert_string_equal(d->f.dateline.location, "ANNECY");
	assert_string_equal(d->f.dateline.date, "2025-06-02");
	assert_true(!strncmp(d->doc.blocks[1].text, "Le chantier a signé", 20));
	assert_int_equal(part(d, 1), PM_PART_NONE); /* the paragraph goes on: body */
	assert_int_equal(evidence(d, "dateline", "dateline")->block, 1);
	doc_free(d);
	/* a date on its own line, the place opening the paragraph below */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, "June 3, 2025");
	para(d, "KELOWNA, B.C. -- Brindle Marine said today that it won the contract. " LONG_EN);
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "dateline");
	assert_string_equal(d->f.dateline.date, "2025-06-03");
	assert_non_null(d->f.dateline.location);
	assert_int_equal(part(d, 1), PM_PART_DATELINE);
	assert_true(!strncmp(d->doc.blocks[2].text, "Brindle Marine said", 19));
	doc_free(d);
	/* decided already in the headline's line: the stage leaves it be */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, "June 3, 2025");
	doc_open(d);
	d->z.head = 0;
	d->z.dateline_done = true;
	run(d, "dateline");
	assert_false(d->f.dateline.set);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	doc_free(d);
	/* an event date in the text is no dateline */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, "The first ferry will sail on the lake after the launch on 14 October 2026 at the quay. " LONG_EN);
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "dateline");
	assert_false(d->f.dateline.set);
	doc_free(d);
}

/* ---- sections ------------------------------------------------------------ */

/* b, a footer line of a PDF page: on page, from x0 to x1. */
static pm_block *foot_line(doc *d, const char *text, int page, double x1)
{
	pm_block *b = add(d, PM_BLOCK_PAGE_FOOTER, text);
	b->page = page;
	b->x0 = 72;
	b->x1 = x1;
	b->y0 = 780;
	b->y1 = 790;
	return b;
}

/* Convention about.page_footer: an About heading in the page footer over
 * prose is the About section, once for every page that prints it; a
 * PDF's footer lines join into the paragraph unless one ended a sentence
 * short of the measure; a footer menu's "About us" over an address is
 * furniture. */
/* The sections stage on d, its first block the headline. */
static void sections_under_title(doc *d)
{
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "sections");
}

static void sections_page_footer(void **state)
{
	doc *d = doc_new("en");
	int pg;
	(void)state;
	d->doc.format = "pdf";
	para(d, "Tessaly Water relines the Pennock aqueduct");
	para(d, LONG_EN);
	for (pg = 1; pg <= 2; pg++) {
		foot_line(d, "Company profile", pg, 160);
		foot_line(d, "Tessaly Water supplies drinking water to 480,000 people in the valley and treats", pg, 520);
		foot_line(d, "their waste water at nine works.", pg, 250);
		foot_line(d, "It employs six hundred people in the valley.", pg, 300);
	}
	sections_under_title(d);
	assert_int_equal(d->f.nabout, 1);
	assert_string_equal(d->f.about[0].heading, "Company profile");
	assert_int_equal(d->f.about[0].paragraphs.n, 2);
	assert_string_equal(d->f.about[0].paragraphs.v[0], "Tessaly Water supplies drinking water to 480,000 people "
	                                                   "in the valley and treats their waste water at nine works.");
	assert_string_equal(d->f.about[0].paragraphs.v[1], "It employs six hundred people in the valley.");
	/* every line of both pages' footers is the section's, none furniture */
	for (pg = 2; pg < 10; pg++)
		assert_int_equal(part(d, (size_t)pg), PM_PART_ABOUT);
	doc_free(d);
	/* the heading opening its text, in a DOCX footer part (no geometry) */
	d = doc_new("fr");
	para(d, "Le Lac Noir change ses compteurs");
	para(d, LONG_FR);
	add(d, PM_BLOCK_PAGE_FOOTER, "À propos de la Régie du Lac Noir : La Régie du Lac Noir distribue l'eau de sept "
	                             "communes du plateau.");
	sections_under_title(d);
	assert_int_equal(d->f.nabout, 1);
	assert_string_equal(d->f.about[0].heading, "À propos de la Régie du Lac Noir");
	assert_string_equal(d->f.about[0].paragraphs.v[0], "La Régie du Lac Noir distribue l'eau de sept communes du plateau.");
	doc_free(d);
	/* a site's footer: the menu's "About us", then an address */
	d = doc_new("en");
	para(d, "Harwell Bakeries opens a second shop");
	para(d, LONG_EN);
	add(d, PM_BLOCK_PAGE_FOOTER, "About us");
	add(d, PM_BLOCK_PAGE_FOOTER, "Harwell Bakeries Ltd, 2 Mill Lane, Harwell HW3 4RT, 01632 960 118");
	sections_under_title(d);
	assert_int_equal(d->f.nabout, 0);
	assert_int_equal(part(d, 2), PM_PART_FURNITURE);
	doc_free(d);
}

/* Convention about.page_footer (its contact line): a one-line About text that
 * is the footer's widest line ends its sentence there; the press-office
 * line under it (an address, a number) does not run on from it. */
static void sections_page_footer_contact_line(void **state)
{
	doc *d = doc_new("it");
	(void)state;
	d->doc.format = "pdf";
	para(d, "La Filarmonica di Borgoleno compie 150 anni");
	para(d, LONG_FR);
	foot_line(d, "Chi siamo", 1, 120);
	foot_line(d, "La Filarmonica di Borgoleno è una banda musicale fondata nel 1874, con 60 musicisti.", 1, 520);
	foot_line(d, "Ufficio stampa: stampa@borgoleno.example \u00b7 +39 0575 61 24 98", 1, 430);
	sections_under_title(d);
	assert_int_equal(d->f.nabout, 1);
	assert_string_equal(d->f.about[0].paragraphs.v[0],
	                    "La Filarmonica di Borgoleno è una banda musicale fondata nel 1874, con 60 musicisti.");
	doc_free(d);
	d = doc_new("en");
	d->doc.format = "pdf";
	para(d, "Hollin Ridge orchard plants forty old varieties");
	para(d, LONG_EN);
	foot_line(d, "About us", 1, 130);
	foot_line(d, "Hollin Ridge Orchard Trust looks after nine acres of orchard on the ridge.", 1, 500);
	foot_line(d, "Press office: +44 1632 960 871", 1, 260);
	sections_under_title(d);
	assert_int_equal(d->f.nabout, 1);
	assert_string_equal(d->f.about[0].paragraphs.v[0],
	                    "Hollin Ridge Orchard Trust looks after nine acres of orchard on the ridge.");
	doc_free(d);
}

static void sections(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, LONG_EN);
	para(d, "About Brindle Marine");
	para(d, "Brindle Marine builds ferries and work boats on Okanagan Lake. It was founded in 1961.");
	para(d, "Press contact");
	para(d, "Ravi Tamm");
	para(d, "ravi.tamm@brindle.example");
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "sections");
	assert_int_equal(d->f.nabout, 1);
	assert_string_equal(d->f.about[0].heading, "About Brindle Marine");
	assert_int_equal(d->f.about[0].paragraphs.n, 1);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	assert_int_equal(part(d, 2), PM_PART_ABOUT);
	assert_int_equal(part(d, 3), PM_PART_ABOUT);
	assert_int_equal(part(d, 4), PM_PART_CONTACT);
	assert_int_equal(part(d, 5), PM_PART_CONTACT);
	assert_int_equal(part(d, 6), PM_PART_CONTACT);
	assert_int_equal(evidence(d, "about", "sections")->block, 2);
	assert_int_equal(evidence(d, "contacts", "sections")->block, 4);
	doc_free(d);
	/* a short note asking the reader to write ends the About section */
	d = doc_new("en");
	para(d, "Orrin Tools opens a second forge");
	para(d, LONG_EN);
	para(d, "About Orrin Tools:");
	para(d, "Orrin Tools has made hand tools in Vermont since 1908. It employs ninety people.");
	para(d, "Review copies of the catalogue are free to the press. Please write to desk@orrin.example.");
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "sections");
	assert_int_equal(d->f.nabout, 1);
	assert_string_equal(d->f.about[0].heading, "About Orrin Tools");
	assert_int_equal(d->f.about[0].paragraphs.n, 1);
	assert_int_equal(part(d, 4), PM_PART_NONE);
	doc_free(d);
	/* "About" opening a sentence is no heading */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, "About two hundred people from the valley work at the yard, which has built ferries since 1961.");
	run(d, "sections");
	assert_int_equal(d->f.nabout, 0);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	doc_free(d);
}

/* ---- closing ------------------------------------------------------------- */

static void closing(void **state)
{
	doc *d = doc_new("fr");
	(void)state;
	para(d, "Le chantier Brindle lance quatre bacs électriques");
	para(d, LONG_FR);
	para(d, LONG_FR);
	para(d, "Inès Morel");
	para(d, "ines.morel@brindle.example");
	para(d, "+33 4 50 12 34 56");
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "closing");
	/* the closing lines with an address and a number are contacts, and
	 * the name heading them signs the release */
	assert_int_equal(part(d, 3), PM_PART_CONTACT);
	assert_int_equal(part(d, 4), PM_PART_CONTACT);
	assert_int_equal(part(d, 5), PM_PART_CONTACT);
	assert_int_equal(part(d, 2), PM_PART_NONE);
	assert_int_equal(evidence(d, "contacts", "closing")->block, 3);
	assert_string_equal(d->f.byline, "Inès Morel");
	evidence(d, "byline", "closing");
	doc_free(d);
	/* the closing date line is the release's date, for the date stage */
	d = doc_new("fr");
	para(d, "Le chantier Brindle lance quatre bacs électriques");
	para(d, LONG_FR);
	para(d, "Fait à Annecy, le 2 juin 2025");
	run(d, "closing");
	assert_true(d->z.have_date);
	assert_int_equal(d->z.date.y, 2025);
	assert_int_equal(d->z.date.m, 6);
	assert_int_equal(d->z.date.d, 2);
	assert_int_equal(part(d, 2), PM_PART_BYLINE);
	assert_int_equal(evidence(d, "date", "closing")->block, 2);
	assert_int_equal(part(d, 1), PM_PART_NONE);
	doc_free(d);
	/* a sentence giving one number closes the body, not a contact block */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, LONG_EN);
	para(d, "Passengers who want to know more about the new ferries and their timetable can call the yard "
	        "on 250 555 0142 during the week.");
	run(d, "closing");
	assert_int_equal(part(d, 2), PM_PART_NONE);
	assert_false(d->z.have_date);
	assert_null(d->f.byline);
	doc_free(d);
}

/* ---- byline -------------------------------------------------------------- */

static void byline(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, "By Oona Halvorsen");
	para(d, LONG_EN);
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "byline");
	assert_string_equal(d->f.byline, "Oona Halvorsen");
	assert_int_equal(part(d, 1), PM_PART_BYLINE);
	assert_int_equal(evidence(d, "byline", "byline")->block, 1);
	assert_false(warned(d, "byline.guessed"));
	doc_free(d);
	/* the short name-like line closing the release signs it: a guess */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, LONG_EN);
	para(d, "Oona Halvorsen");
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "byline");
	assert_string_equal(d->f.byline, "Oona Halvorsen");
	assert_int_equal(part(d, 2), PM_PART_BYLINE);
	assert_true(warned(d, "byline.guessed"));
	doc_free(d);
	/* byline.signature_block: name, title, organisation; the name signs */
	{
		static const char *const block[][3] = {
		    {"Lucía Ferrer Olmos", "Jefa de Prensa", "Consorcio del Puerto de Almadrava"},
		    {"Paul Vasseur", "Directeur", "Syndicat mixte du Haut-Lys"},
		    {"Inês Calado Moura", "Diretora", "Cooperativa Agrícola do Vale Seco"},
		};
		size_t k;
		for (k = 0; k < 3; k++) {
			d = doc_new("es");
			para(d, "Brindle Marine wins the lake ferry contract");
			para(d, LONG_EN);
			para(d, block[k][0]);
			para(d, block[k][1]);
			para(d, block[k][2]);
			doc_open(d);
			d->z.head = 0;
			d->doc.blocks[0].part = PM_PART_HEADLINE;
			run(d, "byline");
			assert_string_equal(d->f.byline, block[k][0]);
			assert_int_equal(part(d, 2), PM_PART_BYLINE);
			assert_int_equal(part(d, 3), PM_PART_BYLINE);
			assert_int_equal(part(d, 4), PM_PART_BYLINE);
			doc_free(d);
		}
	}
	/* byline.signature_name_title: the typed name above the title
	 * signs, in parentheses too; a title above the name is the other
	 * rule's order and gives the same name */
	{
		static const char *const block[][3] = {
		    {"Mira Kessel", "Head of Communications", "Mira Kessel"},
		    {"(R. K. Menon)", "Chief General Manager", "R. K. Menon"},
		    {"Director", "Anna Lind Varga", "Anna Lind Varga"},
		};
		size_t k;
		for (k = 0; k < 3; k++) {
			d = doc_new("en");
			para(d, "Brindle Marine wins the lake ferry contract");
			para(d, LONG_EN);
			para(d, block[k][0]);
			para(d, block[k][1]);
			doc_open(d);
			d->z.head = 0;
			d->doc.blocks[0].part = PM_PART_HEADLINE;
			run(d, "byline");
			assert_string_equal(d->f.byline, block[k][2]);
			assert_int_equal(part(d, 2), PM_PART_BYLINE);
			assert_int_equal(part(d, 3), PM_PART_BYLINE);
			doc_free(d);
		}
		/* two names, or a name under a sentence, sign nothing here */
		d = doc_new("en");
		para(d, "Brindle Marine wins the lake ferry contract");
		para(d, LONG_EN);
		para(d, "The ferry will be run by the chief engineer.");
		para(d, "Chief Engineer");
		doc_open(d);
		d->z.head = 0;
		d->doc.blocks[0].part = PM_PART_HEADLINE;
		run(d, "byline");
		assert_int_equal(part(d, 2), PM_PART_NONE);
		doc_free(d);
	}
	/* byline.signature_full_stop: the stop is no part of the signature,
	 * an abbreviation's is; a long signature is a name, not a sentence */
	{
		static const char *const sig[][2] = {
		    {"The Trustees of the Elm Hall Library.", "The Trustees of the Elm Hall Library"},
		    {"El Comité Organizador.", "El Comité Organizador"},
		    {"Orrin Tools Inc.", "Orrin Tools Inc."},
		    {"Cantiere Ferri S.p.A.", "Cantiere Ferri S.p.A."},
		    {"We look forward to seeing you all there.", NULL},
		};
		size_t k;
		for (k = 0; k < sizeof sig / sizeof sig[0]; k++) {
			d = doc_new("en");
			para(d, "Brindle Marine wins the lake ferry contract");
			para(d, LONG_EN);
			para(d, sig[k][0]);
			doc_open(d);
			d->z.head = 0;
			d->doc.blocks[0].part = PM_PART_HEADLINE;
			run(d, "byline");
			if (sig[k][1])
				assert_string_equal(d->f.byline, sig[k][1]);
			else
				assert_null(d->f.byline);
			doc_free(d);
		}
	}
	/* "By" opening a sentence is no byline */
	d = doc_new("en");
	para(d, "Brindle Marine wins the lake ferry contract");
	para(d, "By the end of 2027 all four ferries will sail on the lake, the yard said.");
	para(d, LONG_EN);
	doc_open(d);
	d->z.head = 0;
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	run(d, "byline");
	assert_null(d->f.byline);
	doc_free(d);
}

/* ---- body ---------------------------------------------------------------- */

static void body(void **state)
{
	doc *d = doc_new("en");
	pm_block *b;
	(void)state;
	para(d, "Brindle Marine wins the lake ferry contract");   /* 0: the headline */
	b = add(d, PM_BLOCK_HEADING, "The ferries");              /* 1 */
	b->level = 3;
	para(d, "First line of the yard's statement.\nSecond line, set apart by the writer."); /* 2 */
	para(d, "A sentence that the writer\nwrapped with a break.");  /* 3 */
	add(d, PM_BLOCK_LIST_ITEM, "two hundred passengers");     /* 4 */
	para(d, "Follow us on Twitter");                          /* 5: junk */
	para(d, "-30-");                                          /* 6: the end */
	para(d, "This line follows the end mark.");               /* 7 */
	doc_open(d);
	d->doc.blocks[0].part = PM_PART_HEADLINE;
	d->z.end = 6;
	d->doc.blocks[6].part = PM_PART_END_MARK;
	d->doc.blocks[7].part = PM_PART_AFTER_END;
	run(d, "body");
	assert_int_equal(d->f.nbody, 5);
	assert_string_equal(d->f.body[0].type, "heading");
	assert_int_equal(d->f.body[0].level, 3);
	assert_string_equal(d->f.body[1].text, "First line of the yard's statement.");
	assert_string_equal(d->f.body[2].text, "Second line, set apart by the writer.");
	assert_string_equal(d->f.body[3].text, "A sentence that the writer wrapped with a break.");
	assert_string_equal(d->f.body[4].type, "list_item");
	assert_int_equal(part(d, 2), PM_PART_BODY);
	assert_int_equal(part(d, 5), PM_PART_JUNK);
	assert_int_equal(part(d, 0), PM_PART_HEADLINE);
	assert_int_equal(part(d, 7), PM_PART_AFTER_END);
	doc_free(d);
}

/* ---- date ---------------------------------------------------------------- */

static void date(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, LONG_EN);
	doc_open(d);
	/* the dateline's date before the release line's */
	d->f.dateline.set = d->f.dateline.has_date = true;
	snprintf(d->f.dateline.date, sizeof d->f.dateline.date, "2025-06-03");
	pm_fields_set(&d->f.release, "FOR RELEASE 9 June 2025");
	run(d, "date");
	assert_string_equal(d->f.date, "2025-06-03");
	assert_string_equal(evidence(d, "date", "date")->rule, "dateline");
	doc_free(d);
	/* no dateline date: the release line's */
	d = doc_new("en");
	para(d, LONG_EN);
	doc_open(d);
	pm_fields_set(&d->f.release, "FOR RELEASE 9 June 2025");
	run(d, "date");
	assert_string_equal(d->f.date, "2025-06-09");
	doc_free(d);
	/* else a closing line's, found by an earlier stage */
	d = doc_new("en");
	para(d, LONG_EN);
	doc_open(d);
	d->z.have_date = true;
	d->z.date.y = 2025, d->z.date.m = 5, d->z.date.d = 30;
	run(d, "date");
	assert_string_equal(d->f.date, "2025-05-30");
	assert_false(warned(d, "date.guessed"));
	doc_free(d);
	/* else the first body paragraph's "announced today, DATE": a guess */
	d = doc_new("en");
	para(d, "Brindle Marine announced today, June 3, 2025, that it won the ferry contract. " LONG_EN);
	doc_open(d);
	d->doc.blocks[0].part = PM_PART_BODY;
	run(d, "date");
	assert_string_equal(d->f.date, "2025-06-03");
	assert_true(warned(d, "date.guessed"));
	doc_free(d);
	/* a date read both ways says so */
	d = doc_new("fr");
	para(d, LONG_FR);
	doc_open(d);
	d->z.ambiguous = true;
	d->f.dateline.set = d->f.dateline.has_date = true;
	snprintf(d->f.dateline.date, sizeof d->f.dateline.date, "2025-04-03");
	run(d, "date");
	assert_true(d->f.date_ambiguous);
	assert_true(warned(d, "date.ambiguous"));
	doc_free(d);
	/* nothing: no date (the file's own dates are not the release's) */
	d = doc_new("en");
	para(d, LONG_EN);
	run(d, "date");
	assert_null(d->f.date);
	doc_free(d);
}

/* ---- acronyms, quotes, contacts ------------------------------------------ */

static void acronyms(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "The Okanagan Lake Ferry Authority (OLFA) chose the yard after a public tender.");
	para(d, "Share this: the Society of Ferry Engineers (SFE)");
	doc_open(d);
	d->doc.blocks[0].part = PM_PART_CONTACT; /* a definition counts wherever it is */
	d->doc.blocks[1].part = PM_PART_JUNK;
	run(d, "acronyms");
	assert_int_equal(d->f.nacronyms, 1);
	assert_string_equal(d->f.acronyms[0].shrt, "OLFA");
	assert_string_equal(d->f.acronyms[0].lng, "Okanagan Lake Ferry Authority");
	doc_free(d);
}

static void quotes(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "\u201cThese ferries will change the crossing,\u201d said Oona Halvorsen, chief executive of "
	        "Brindle Marine.");
	para(d, "\u201cWe build boats to last,\u201d said Ravi Tamm, the yard's manager.");
	doc_open(d);
	d->doc.blocks[0].part = PM_PART_BODY;
	d->doc.blocks[1].part = PM_PART_ABOUT; /* only the body's quotes are the release's */
	run(d, "quotes");
	assert_int_equal(d->f.nquotes, 1);
	assert_string_equal(d->f.quotes[0].text, "These ferries will change the crossing");
	assert_string_equal(d->f.quotes[0].speaker, "Oona Halvorsen");
	doc_free(d);
}

static void contacts(void **state)
{
	doc *d = doc_new("en");
	(void)state;
	para(d, "Media contact:");
	para(d, "Ravi Tamm\nravi.tamm@brindle.example\n+1 250 555 0142");
	para(d, "Tickets are sold at tickets@lakeferries.example for the first crossing.");
	doc_open(d);
	d->doc.blocks[0].part = PM_PART_CONTACT;
	d->doc.blocks[1].part = PM_PART_CONTACT;
	d->doc.blocks[2].part = PM_PART_BODY;
	run(d, "contacts");
	assert_int_equal(d->f.ncontacts, 2);
	assert_string_equal(d->f.contacts[0].name, "Ravi Tamm");
	assert_string_equal(d->f.contacts[0].email, "ravi.tamm@brindle.example");
	assert_non_null(d->f.contacts[0].phone);
	/* an address in the body is a contact too, with no name */
	assert_string_equal(d->f.contacts[1].email, "tickets@lakeferries.example");
	assert_null(d->f.contacts[1].name);
	doc_free(d);
}

/* contacts.table_cells: a table cell is a unit of text; numbers in
 * adjacent cells are separate values. A fares row "Night crossings |
 * 412 | (38) | 519 | 207" holds no phone, though its cells one space
 * apart read like "412 (38) 519 207"; a number inside one cell is one. */
static void contacts_table_cells(void **state)
{
	doc *d = doc_new("en");
	const pm_host *h = pm_doc_host();
	pm_sink *s = (pm_sink *)&d->doc;
	pm_block_info t = {.size = sizeof t, .type = PM_BLOCK_TABLE};
	static const char *const row[] = {"Night crossings", "412", "(38)", "519", "207"};
	size_t k;
	(void)state;
	para(d, LONG_EN);
	h->block_begin(s, &t);
	for (k = 0; k < sizeof row / sizeof *row; k++) {
		h->cell(s, k ? 0 : PM_CELL_NEW_ROW);
		h->text(s, row[k], strlen(row[k]));
	}
	h->cell(s, PM_CELL_NEW_ROW);
	h->text(s, "Bookings", 8);
	h->cell(s, 0);
	h->text(s, "+1 250 555 0187", 15);
	h->block_end(s);
	pm_doc_finish(&d->doc);
	pm_block_table_text(&d->doc.blocks[1]);
	doc_open(d);
	d->doc.blocks[0].part = PM_PART_BODY;
	d->doc.blocks[1].part = PM_PART_BODY;
	run(d, "contacts");
	for (k = 0; k < d->f.ncontacts; k++)
		if (d->f.contacts[k].phone)
			print_message("phone '%s'\n", d->f.contacts[k].phone);
	assert_int_equal(d->f.ncontacts, 1);
	assert_string_equal(d->f.contacts[0].phone, "+1 250 555 0187");
	doc_free(d);

	/* in a contact block the cells of a table still group as its lines
	 * would: the name beside the number is the number's */
	d = doc_new("en");
	para(d, LONG_EN);
	h = pm_doc_host();
	s = (pm_sink *)&d->doc;
	h->block_begin(s, &t);
	h->cell(s, PM_CELL_NEW_ROW);
	h->text(s, "Ravi Tamm", 9);
	h->cell(s, 0);
	h->text(s, "+1 250 555 0142", 15);
	h->block_end(s);
	pm_doc_finish(&d->doc);
	pm_block_table_text(&d->doc.blocks[1]);
	doc_open(d);
	d->doc.blocks[0].part = PM_PART_BODY;
	d->doc.blocks[1].part = PM_PART_CONTACT;
	run(d, "contacts");
	assert_int_equal(d->f.ncontacts, 1);
	assert_string_equal(d->f.contacts[0].name, "Ravi Tamm");
	assert_string_equal(d->f.contacts[0].phone, "+1 250 555 0142");
	doc_free(d);
}

/* The structure stage pairs captions as Word's "Insert Caption" and the
 * style guides place them: a figure's under it, a table's above it; a
 * caption beside neither is an image of its own when a format that marks
 * captions marks it or its words say so, but what a layout plugin took
 * for a caption by its size alone (a chart's labels, a table's figures)
 * is no image. */
static void structure(void **state)
{
	doc *d = doc_new("en");
	const pm_host *h = pm_doc_host();
	pm_sink *s = (pm_sink *)&d->doc;
	pm_block_info t = {.size = sizeof t, .type = PM_BLOCK_TABLE};
	pm_block *b;
	(void)state;
	para(d, LONG_EN);
	add(d, PM_BLOCK_CAPTION, "Harbour dues by vessel");
	h->block_begin(s, &t);
	h->cell(s, PM_CELL_HEADER_ROW);
	h->text(s, "Vessel", 6);
	h->cell(s, 0);
	h->text(s, "Due", 3);
	h->cell(s, PM_CELL_NEW_ROW);
	h->text(s, "Ferry", 5);
	h->block_end(s);
	b = para(d, "");
	b->type = PM_BLOCK_FIGURE;
	add(d, PM_BLOCK_CAPTION, "The new quay at dawn");
	b = add(d, PM_BLOCK_CAPTION, "$62,020");
	b->x0 = 72, b->y0 = 400, b->x1 = 120, b->y1 = 410;
	b = add(d, PM_BLOCK_CAPTION, "Figure 3: The lake crossings");
	b->x0 = 72, b->y0 = 500, b->x1 = 300, b->y1 = 510;
	b->page = 2;
	pm_doc_finish(&d->doc);
	pm_block_table_text(&d->doc.blocks[2]);
	doc_open(d);
	run(d, "furniture");
	run(d, "body");
	run(d, "structure");
	assert_int_equal(d->f.ntables, 1);
	assert_string_equal(d->f.tables[0].caption, "Harbour dues by vessel");
	assert_true(d->f.tables[0].header);
	assert_int_equal(d->f.tables[0].nrows, 2);
	assert_int_equal(d->f.tables[0].rows[1].n, 1);
	assert_int_equal(d->f.body[1].table, 0);
	assert_int_equal(d->f.nimages, 2);
	assert_string_equal(d->f.images[0].caption, "The new quay at dawn");
	assert_string_equal(d->f.images[1].caption, "Figure 3: The lake crossings");
	assert_int_equal(d->f.images[1].page, 2);
	doc_free(d);
}

/* furniture.web.related.sidebar: a CMS template's "Related" list in a
 * sidebar, placed by the layout: its items are the short lines in the
 * heading's column wherever the reading order puts them (after the
 * article when the sidebar floats right), and the article beside it is
 * not (the kicker and title after a sidebar read first). */
static void furniture_related_sidebar(void **state)
{
	doc *d;
	pm_block *b;
	(void)state;
	/* the sidebar on the right, its items read after the article */
	d = doc_new("en");
	b = add(d, PM_BLOCK_HEADING, "Brindle Marine opens its yard");
	b->page = 1, b->x0 = 72, b->x1 = 400, b->y0 = 80, b->y1 = 100;
	b = para(d, "Related news");
	b->page = 1, b->x0 = 430, b->x1 = 500, b->y0 = 80, b->y1 = 92;
	b = para(d, LONG_EN);
	b->page = 1, b->x0 = 72, b->x1 = 400, b->y0 = 120, b->y1 = 200;
	b = para(d, "Quieter mornings in the harbour");
	b->page = 1, b->x0 = 72, b->x1 = 260, b->y0 = 210, b->y1 = 222;
	b = para(d, "Ferry timetable for the winter");
	b->page = 1, b->x0 = 440, b->x1 = 520, b->y0 = 98, b->y1 = 120;
	b = para(d, "New quay opens in Lowmoor");
	b->page = 1, b->x0 = 440, b->x1 = 520, b->y0 = 124, b->y1 = 136;
	run(d, "furniture");
	assert_int_equal(part(d, 1), PM_PART_FURNITURE);
	assert_int_equal(part(d, 4), PM_PART_FURNITURE);
	assert_int_equal(part(d, 5), PM_PART_FURNITURE);
	assert_int_equal(part(d, 0), PM_PART_NONE);
	assert_int_equal(part(d, 3), PM_PART_NONE);
	doc_free(d);
	/* the sidebar on the left, read before the article's kicker and title */
	d = doc_new("en");
	b = para(d, "Related news");
	b->page = 1, b->x0 = 72, b->x1 = 140, b->y0 = 100, b->y1 = 112;
	b = para(d, "Ferry timetable for the winter");
	b->page = 1, b->x0 = 80, b->x1 = 160, b->y0 = 116, b->y1 = 140;
	b = para(d, "New quay opens in Lowmoor");
	b->page = 1, b->x0 = 80, b->x1 = 160, b->y0 = 144, b->y1 = 156;
	b = para(d, "NEWS RELEASE");
	b->page = 1, b->x0 = 200, b->x1 = 300, b->y0 = 100, b->y1 = 110;
	b = add(d, PM_BLOCK_HEADING, "Brindle Marine opens its yard");
	b->page = 1, b->x0 = 200, b->x1 = 520, b->y0 = 114, b->y1 = 140;
	b = para(d, LONG_EN);
	b->page = 1, b->x0 = 200, b->x1 = 520, b->y0 = 150, b->y1 = 260;
	run(d, "furniture");
	assert_int_equal(part(d, 0), PM_PART_FURNITURE);
	assert_int_equal(part(d, 1), PM_PART_FURNITURE);
	assert_int_equal(part(d, 2), PM_PART_FURNITURE);
	assert_int_not_equal(part(d, 4), PM_PART_FURNITURE);
	assert_int_equal(part(d, 5), PM_PART_NONE);
	doc_free(d);
	/* the first item read right after the heading, the next ones after
	 * the article: the column goes on below the first */
	d = doc_new("en");
	b = para(d, "Related news");
	b->page = 1, b->x0 = 430, b->x1 = 500, b->y0 = 80, b->y1 = 92;
	b = para(d, "Ferry timetable for the winter");
	b->page = 1, b->x0 = 440, b->x1 = 520, b->y0 = 96, b->y1 = 120;
	b = add(d, PM_BLOCK_HEADING, "Brindle Marine opens its yard");
	b->page = 1, b->x0 = 72, b->x1 = 400, b->y0 = 80, b->y1 = 100;
	b = para(d, LONG_EN);
	b->page = 1, b->x0 = 72, b->x1 = 400, b->y0 = 120, b->y1 = 200;
	b = para(d, "New quay opens in Lowmoor");
	b->page = 1, b->x0 = 440, b->x1 = 520, b->y0 = 124, b->y1 = 136;
	b = para(d, "Harbour dues frozen for 2027");
	b->page = 1, b->x0 = 440, b->x1 = 520, b->y0 = 140, b->y1 = 152;
	run(d, "furniture");
	assert_int_equal(part(d, 1), PM_PART_FURNITURE);
	assert_int_equal(part(d, 4), PM_PART_FURNITURE);
	assert_int_equal(part(d, 5), PM_PART_FURNITURE);
	assert_int_equal(part(d, 2), PM_PART_NONE);
	assert_int_equal(part(d, 3), PM_PART_NONE);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_in_order),
		cmocka_unit_test(driver_runs_the_table),
		cmocka_unit_test(block_cache_follows_text),
		cmocka_unit_test(furniture),
		cmocka_unit_test(furniture_title_kept),
		cmocka_unit_test(furniture_related_sidebar),
		cmocka_unit_test(aside),
		cmocka_unit_test(furniture_two_copies_on_most_pages),
		cmocka_unit_test(furniture_figures_page),
		cmocka_unit_test(furniture_repeated_bands),
		cmocka_unit_test(end_mark),
		cmocka_unit_test(release),
		cmocka_unit_test(layout),
		cmocka_unit_test(layout_phone_label_stop),
		cmocka_unit_test(layout_side_facts),
		cmocka_unit_test(letterhead_in_text),
		cmocka_unit_test(layout_title_by_size),
		cmocka_unit_test(headline_first_paragraph),
		cmocka_unit_test(headline_title_above_lead),
		cmocka_unit_test(headline),
		cmocka_unit_test(dateline),
		cmocka_unit_test(sections),
		cmocka_unit_test(sections_page_footer),
		cmocka_unit_test(sections_page_footer_contact_line),
		cmocka_unit_test(closing),
		cmocka_unit_test(byline),
		cmocka_unit_test(body),
		cmocka_unit_test(date),
		cmocka_unit_test(acronyms),
		cmocka_unit_test(quotes),
		cmocka_unit_test(contacts),
		cmocka_unit_test(contacts_table_cells),
		cmocka_unit_test(structure),
		cmocka_unit_test(appended_document_new_page),
		cmocka_unit_test(translation_follows_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
