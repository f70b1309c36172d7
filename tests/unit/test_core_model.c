/*
 * test_core_model.c - the document model through the host callbacks a
 * plugin calls: block attributes (clamped, never trusted), text, line
 * ends, table cells, links, file properties (known keys only), limits
 * (max_text_bytes stops the plugin with warning limit.text), warnings
 * and the effect each has on the record, invalid UTF-8, and pm_doc_finish: wraps become spaces, and a hyphen at a wrap is
 * dropped or kept with the document itself as evidence.
 */
#include "pm_test.h"

typedef struct fixture {
	pm_doc doc;
	pm_limits lim;
	pm_host host;
	pm_sink *s;
	pm_context *ctx;
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	pm_limits_default(&f->lim);
	pm_doc_init(&f->doc, &f->lim);
	f->host = *pm_doc_host();
	f->host.limits = &f->lim;
	f->s = (pm_sink *)&f->doc;
	f->ctx = pm_test_context();
	f->doc.lingua = pm_test_lingua(f->ctx);
	*state = f;
	return f->ctx ? 0 : -1;
}

static int teardown(void **state)
{
	fixture *f = *state;
	pm_doc_free(&f->doc);
	pm_context_free(f->ctx);
	free(f);
	return 0;
}

static int begin(fixture *f, int type, int level, unsigned flags)
{
	pm_block_info in;
	memset(&in, 0, sizeof in);
	in.size = sizeof in;
	in.type = type;
	in.level = level;
	in.flags = flags;
	return f->host.block_begin(f->s, &in);
}

static int text(fixture *f, const char *t)
{
	return f->host.text(f->s, t, strlen(t));
}

static const char *warning_code(const pm_doc *d, const char *code)
{
	size_t i;
	for (i = 0; i < d->nwarnings; i++)
		if (!strcmp(d->warnings[i].code, code))
			return d->warnings[i].code;
	return NULL;
}

/* Fields added to pm_block_info later (layout, font) are read only when
 * the plugin's struct is large enough; a plugin built before them still
 * gives its box. */
static void block_info_versions(void **state)
{
	fixture *f = *state;
	pm_block_info in;
	memset(&in, 0, sizeof in);
	in.size = sizeof in;
	in.type = PM_BLOCK_PARAGRAPH;
	in.x0 = 72;
	in.y1 = 90;
	in.layout = PM_BL_TOP_BAND | PM_BL_ALONE | 0x8000; /* an unknown bit is dropped */
	in.font = "Helvetica-Bold";
	assert_int_equal(f->host.block_begin(f->s, &in), 0);
	assert_int_equal(text(f, "New"), 0);
	/* as built against the header that ended at y1 */
	in.size = offsetof(pm_block_info, layout);
	assert_int_equal(f->host.block_begin(f->s, &in), 0);
	assert_int_equal(text(f, "Old"), 0);
	assert_int_equal(f->host.block_end(f->s), 0);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_int_equal(f->doc.nblocks, 2);
	assert_int_equal(f->doc.blocks[0].layout, PM_BL_TOP_BAND | PM_BL_ALONE);
	assert_string_equal(f->doc.blocks[0].font, "Helvetica-Bold");
	assert_true(f->doc.blocks[1].x0 == 72 && f->doc.blocks[1].y1 == 90);
	assert_int_equal(f->doc.blocks[1].layout, 0);
	assert_null(f->doc.blocks[1].font);
}

static void blocks_and_attributes(void **state)
{
	fixture *f = *state;
	pm_block_info in;
	pm_block *b;
	memset(&in, 0, sizeof in);
	in.size = sizeof in;
	in.type = PM_BLOCK_HEADING;
	in.level = 2;
	in.page = 3;
	in.font_size = 18.5;
	in.flags = PM_BF_BOLD | PM_BF_CENTERED;
	in.style = "Heading 2";
	in.x0 = 72;
	in.y1 = 100;
	assert_int_equal(f->host.block_begin(f->s, &in), 0);
	assert_int_equal(text(f, "Un titre"), 0);
	assert_int_equal(f->host.block_end(f->s), 0);
	/* nonsense attributes are clamped; a bad type becomes a paragraph */
	in.type = 99;
	in.level = 1000;
	in.page = -4;
	in.font_size = 1e9;
	in.style = "bad \xFF style";
	assert_int_equal(f->host.block_begin(f->s, &in), 0);
	assert_int_equal(text(f, "Corps"), 0);
	/* block_begin ends the open block */
	assert_int_equal(begin(f, PM_BLOCK_QUOTE, 0, 0), 0);
	assert_int_equal(text(f, "Quote"), 0);
	/* an older, smaller pm_block_info: its missing geometry is not read */
	in.size = offsetof(pm_block_info, x0);
	in.type = PM_BLOCK_LIST_ITEM;
	in.level = 1;
	in.x0 = 5;
	assert_int_equal(f->host.block_begin(f->s, &in), 0);
	assert_int_equal(text(f, "Item"), 0);
	/* text without block_begin opens a paragraph */
	assert_int_equal(f->host.block_end(f->s), 0);
	assert_int_equal(text(f, "Orphan"), 0);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_int_equal(f->doc.nblocks, 5);
	b = &f->doc.blocks[0];
	assert_int_equal(b->type, PM_BLOCK_HEADING);
	assert_int_equal(b->level, 2);
	assert_int_equal(b->page, 3);
	assert_true(b->font_size > 18 && b->font_size < 19);
	assert_int_equal(b->flags, PM_BF_BOLD | PM_BF_CENTERED);
	assert_string_equal(b->style, "Heading 2");
	assert_true(b->x0 == 72 && b->y1 == 100);
	assert_string_equal(b->text, "Un titre");
	b = &f->doc.blocks[1];
	assert_int_equal(b->type, PM_BLOCK_PARAGRAPH);
	assert_int_equal(b->level, 9);
	assert_int_equal(b->page, 0);
	assert_true(b->font_size == 0);
	assert_string_equal(b->style, "bad \xEF\xBF\xBD style");
	assert_int_equal(f->doc.blocks[2].type, PM_BLOCK_QUOTE);
	assert_string_equal(f->doc.blocks[2].text, "Quote");
	assert_int_equal(f->doc.blocks[3].type, PM_BLOCK_LIST_ITEM);
	assert_true(f->doc.blocks[3].x0 == 0);
	assert_int_equal(f->doc.blocks[4].type, PM_BLOCK_PARAGRAPH);
	assert_string_equal(f->doc.blocks[4].text, "Orphan");
}

static void line_ends(void **state)
{
	fixture *f = *state;
	begin(f, PM_BLOCK_PARAGRAPH, 0, 0);
	text(f, "first line   ");
	f->host.line_end(f->s, PM_LINE_WRAP);
	text(f, "second line");
	f->host.line_end(f->s, PM_LINE_BREAK);
	text(f, "third  \t line");
	f->host.block_end(f->s);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_string_equal(f->doc.blocks[0].text, "first line second line\nthird line");
}

static void cells_and_links(void **state)
{
	fixture *f = *state;
	pm_block *b;
	begin(f, PM_BLOCK_TABLE, 0, 0);
	f->host.cell(f->s, 1);
	text(f, "Nom");
	f->host.cell(f->s, 0);
	text(f, "Téléphone");
	f->host.cell(f->s, 1);
	text(f, "Jean");
	f->host.cell(f->s, 0);
	f->host.link(f->s, "mailto:jean@example.org");
	f->host.link(f->s, "");
	f->host.link(f->s, NULL);
	text(f, "+33 1 23 45 67 89");
	f->host.block_end(f->s);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_int_equal(f->doc.nblocks, 1);
	b = &f->doc.blocks[0];
	assert_int_equal(b->ncells, 4);
	assert_int_equal(b->cells[0].row, 0);
	assert_int_equal(b->cells[0].col, 0);
	assert_string_equal(b->cells[1].text, "Téléphone");
	assert_int_equal(b->cells[1].col, 1);
	assert_int_equal(b->cells[2].row, 1);
	assert_int_equal(b->cells[2].col, 0);
	assert_int_equal(b->cells[3].row, 1);
	assert_int_equal(b->cells[3].col, 1);
	assert_string_equal(b->cells[3].text, "+33 1 23 45 67 89");
	assert_int_equal(b->nlinks, 1);
	assert_string_equal(b->links[0], "mailto:jean@example.org");
}

static void properties_filtered(void **state)
{
	fixture *f = *state;
	json_t *p = f->doc.properties;
	f->host.property(f->s, "title", "  Un   titre\n sur deux lignes ");
	f->host.property(f->s, "author", "Jane \xFF Doe");
	f->host.property(f->s, "created", "2024-03-03T10:00:00Z");
	f->host.property(f->s, "secret", "not a known key");
	f->host.property(f->s, "subject", "   ");
	f->host.property(f->s, NULL, "x");
	f->host.property(f->s, "keywords", NULL);
	f->host.pages(f->s, 7);
	f->host.pages(f->s, -1);
	f->host.encoding(f->s, "WINDOWS-1252");
	assert_int_equal(json_object_size(p), 3);
	assert_string_equal(pm_test_str(p, "title"), "Un titre sur deux lignes");
	assert_string_equal(pm_test_str(p, "author"), "Jane \xEF\xBF\xBD Doe");
	assert_string_equal(pm_test_str(p, "created"), "2024-03-03T10:00:00Z");
	assert_null(json_object_get(p, "secret"));
	assert_null(json_object_get(p, "subject"));
	assert_int_equal(f->doc.pages, 7);
	assert_string_equal(f->doc.encoding, "WINDOWS-1252");
}

static void warnings_and_fail(void **state)
{
	fixture *f = *state;
	f->host.warn(f->s, "pdf.no_text_layer", "no text");
	f->host.warn(f->s, "pdf.no_text_layer", "no text"); /* deduplicated */
	f->host.warn(f->s, "pdf.no_text_layer", "other message");
	f->host.warn(f->s, NULL, NULL);
	assert_int_equal(f->doc.nwarnings, 3);
	assert_non_null(warning_code(&f->doc, "plugin.warning"));
	(f->host.fail)(f->s, PM_ERR_ENCRYPTED, "password");
	assert_int_equal(f->doc.fail_status, PM_ERR_ENCRYPTED);
	assert_string_equal(f->doc.fail_message, "password");
	/* an out-of-range status is "corrupt", not trusted */
	(f->host.fail)(f->s, 1234, NULL);
	assert_int_equal(f->doc.fail_status, PM_ERR_CORRUPT);
	(f->host.fail)(f->s, PM_OK, "ok is no failure");
	assert_int_equal(f->doc.fail_status, PM_ERR_CORRUPT);
}

static int warning_effect(const pm_doc *d, const char *code)
{
	size_t i;
	for (i = 0; i < d->nwarnings; i++)
		if (!strcmp(d->warnings[i].code, code))
			return d->warnings[i].effect;
	fail_msg("no warning %s", code);
	return -1;
}

/* A plugin says where it raises a warning what the warning does to the
 * record (pm_host.warn_effect, through pm_host_warn); a warning given
 * through warn() alone, as plugins built before warn_effect give theirs,
 * keeps the effect the core gave it by its code. */
static void warning_effects(void **state)
{
	fixture *f = *state;
	pm_host old = f->host;
	/* said by the plugin: the effect it says, whatever the code */
	pm_host_warn(&f->host, f->s, "x.note", PM_EFFECT_INFO, "said to inform");
	pm_host_warn(&f->host, f->s, "x.lost", PM_EFFECT_PARTIAL, "said to lose text");
	pm_host_warn(&f->host, f->s, "x.guessed", PM_EFFECT_PARTIAL, "a guess that lost text");
	f->host.warn_effect(f->s, "x.unknown", 7, "an effect this core does not know");
	assert_int_equal(warning_effect(&f->doc, "x.note"), PM_EFFECT_INFO);
	assert_int_equal(warning_effect(&f->doc, "x.lost"), PM_EFFECT_PARTIAL);
	assert_int_equal(warning_effect(&f->doc, "x.guessed"), PM_EFFECT_PARTIAL);
	assert_int_equal(warning_effect(&f->doc, "x.unknown"), PM_EFFECT_PARTIAL);
	/* a plugin built before warn_effect: its host ends before it, and
	 * pm_host_warn falls back on warn(), judged by the code */
	old.size = offsetof(pm_host, warn_effect);
	pm_host_warn(&old, f->s, "y.note", PM_EFFECT_INFO, "not heard: judged by its code");
	pm_host_warn(&old, f->s, "y.guessed", PM_EFFECT_PARTIAL, "judged by its code");
	f->host.warn(f->s, "docx.tracked_changes", "3 tracked changes");
	f->host.warn(f->s, "txt.encoding_guessed", "decoded as Windows-1252");
	f->host.warn(f->s, "txt.mojibake_repaired", "2 runs");
	f->host.warn(f->s, "docx.damaged", "text after the damage is lost");
	assert_int_equal(warning_effect(&f->doc, "y.note"), PM_EFFECT_PARTIAL);
	assert_int_equal(warning_effect(&f->doc, "y.guessed"), PM_EFFECT_INFO);
	assert_int_equal(warning_effect(&f->doc, "docx.tracked_changes"), PM_EFFECT_INFO);
	assert_int_equal(warning_effect(&f->doc, "txt.encoding_guessed"), PM_EFFECT_INFO);
	assert_int_equal(warning_effect(&f->doc, "txt.mojibake_repaired"), PM_EFFECT_INFO);
	assert_int_equal(warning_effect(&f->doc, "docx.damaged"), PM_EFFECT_PARTIAL);
}

static void text_limit_stops(void **state)
{
	fixture *f = *state;
	f->lim.max_text_bytes = 20;
	begin(f, PM_BLOCK_PARAGRAPH, 0, 0);
	assert_int_equal(text(f, "0123456789"), 0);
	assert_int_equal(text(f, "0123456789"), 0);
	/* the 21st byte: stop, with a warning saying why */
	assert_int_not_equal(text(f, "x"), 0);
	assert_true(f->doc.stopped);
	assert_non_null(warning_code(&f->doc, "limit.text"));
	/* every later call says stop too */
	assert_int_not_equal(begin(f, PM_BLOCK_PARAGRAPH, 0, 0), 0);
	assert_int_not_equal(text(f, "y"), 0);
	assert_int_not_equal(f->host.line_end(f->s, PM_LINE_WRAP), 0);
	assert_int_not_equal(f->host.cell(f->s, 1), 0);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_int_equal(f->doc.nblocks, 1);
	assert_string_equal(f->doc.blocks[0].text, "01234567890123456789");
	assert_false(f->doc.oom);
}

static void invalid_utf8_replaced(void **state)
{
	fixture *f = *state;
	begin(f, PM_BLOCK_PARAGRAPH, 0, 0);
	text(f, "a\xC3" "b\xED\xA0\x80" "c");
	f->host.block_end(f->s);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_string_equal(f->doc.blocks[0].text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "c");
	assert_non_null(warning_code(&f->doc, "text.invalid_utf8"));
}

static const char *para(fixture *f, const char *a, const char *b)
{
	begin(f, PM_BLOCK_PARAGRAPH, 0, 0);
	text(f, a);
	if (b) {
		f->host.line_end(f->s, PM_LINE_WRAP);
		text(f, b);
	}
	f->host.block_end(f->s);
	return NULL;
}

/* The document writes "extrémisme" elsewhere: the split one is joined. */
static void hyphen_joined_by_evidence(void **state)
{
	fixture *f = *state;
	para(f, "La lutte contre l'extré-", "misme violent continue.");
	para(f, "L'extrémisme recule dans la région, selon le rapport annuel.", NULL);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_string_equal(f->doc.blocks[0].text, "La lutte contre l'extrémisme violent continue.");
}

/* The document writes "sous-estimée" elsewhere: the hyphen stays. */
static void hyphen_kept_by_evidence(void **state)
{
	fixture *f = *state;
	para(f, "La menace reste sous-", "estimée par les autorités.");
	para(f, "Une menace sous-estimée est une menace réelle pour la région.", NULL);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_string_equal(f->doc.blocks[0].text, "La menace reste sous-estimée par les autorités.");
}

/* Evidence beats the default: a document that hyphenates "co-founder"
 * twice keeps it, one that writes "cofounder" joins it. */
static void hyphen_evidence_both_ways(void **state)
{
	fixture *f = *state;
	para(f, "She is a co-", "founder of the company, and the board said so.");
	para(f, "The cofounder spoke first. The cofounder spoke again.", NULL);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_string_equal(f->doc.blocks[0].text, "She is a cofounder of the company, and the board said so.");
}

/* Without evidence, the dictionary of the text's language decides: "ex"
 * is a prefix that keeps its hyphen by default, but "executive" is a word
 * and "ex-ecutive" is not. */
static void hyphen_dictionary(void **state)
{
	fixture *f = *state;
	para(f, "The company announced that the new bridge will be open to the public and that the ex-",
	     "ecutive board will be followed by the other cities of the region in the coming years.");
	para(f, "The mayor said that the project was a success for the city and for the people who live there.", NULL);
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_non_null(strstr(f->doc.blocks[0].text, "that the executive board will"));
}

/* A capital after the wrap is a real hyphen ("Jean-" + "Pierre"), and a
 * plain wrap inside a word run gets a space. */
static void hyphen_before_capital_kept(void **state)
{
	fixture *f = *state;
	para(f, "M. Jean-", "Pierre Martin a parlé.");
	pm_doc_finish(&f->doc);
	pm_repair(&f->doc, pm_test_lingua(f->ctx));
	assert_string_equal(f->doc.blocks[0].text, "M. Jean-Pierre Martin a parlé.");
}

static void doc_add_for_fuzzers(void **state)
{
	fixture *f = *state;
	pm_block *b = pm_doc_add(&f->doc, PM_BLOCK_HEADING, "Titre");
	assert_non_null(b);
	assert_int_equal(b->type, PM_BLOCK_HEADING);
	assert_string_equal(b->text, "Titre");
	assert_int_equal(f->doc.nblocks, 1);
}

/* Record 1.1's structure in the model: a header row flagged by the
 * plugin, links with their text (old plugins: none), figures given while
 * a block is open following it; a plugin built before link_text and
 * figure falls back on link() and gives no figures. */
static void structure_callbacks(void **state)
{
	fixture *f = *state;
	pm_host old = f->host;
	pm_block_info t = {.size = sizeof t, .type = PM_BLOCK_TABLE};
	f->host.block_begin(f->s, &t);
	f->host.cell(f->s, PM_CELL_HEADER_ROW);
	f->host.text(f->s, "Quay", 4);
	f->host.cell(f->s, 0);
	f->host.text(f->s, "Depth", 5);
	f->host.cell(f->s, PM_CELL_NEW_ROW);
	f->host.text(f->s, "North", 5);
	pm_host_link_text(&f->host, f->s, "https://port.example/north", "North\n quay");
	pm_host_figure(&f->host, f->s, "  A chart of depths ");
	f->host.block_end(f->s);
	old.size = offsetof(pm_host, link_text);
	pm_host_link_text(&old, f->s, "https://port.example/old", "not heard");
	assert_int_equal(pm_host_figure(&old, f->s, "not heard"), 0);
	pm_doc_finish(&f->doc);
	assert_int_equal(f->doc.nblocks, 3);
	assert_true(f->doc.blocks[0].cells[0].header && f->doc.blocks[0].cells[1].header);
	assert_false(f->doc.blocks[0].cells[2].header);
	assert_string_equal(f->doc.blocks[0].link_texts[0], "North quay");
	assert_int_equal(f->doc.blocks[1].type, PM_BLOCK_FIGURE);
	assert_string_equal(f->doc.blocks[1].text, "A chart of depths");
	assert_string_equal(f->doc.blocks[2].links[0], "https://port.example/old");
	assert_null(f->doc.blocks[2].link_texts[0]);
	assert_int_equal(f->doc.nlinks, 2);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(blocks_and_attributes),
		T(block_info_versions),
		T(line_ends),
		T(cells_and_links),
		T(structure_callbacks),
		T(properties_filtered),
		T(warnings_and_fail),
		T(warning_effects),
		T(text_limit_stops),
		T(invalid_utf8_replaced),
		T(hyphen_joined_by_evidence),
		T(hyphen_kept_by_evidence),
		T(hyphen_evidence_both_ways),
		T(hyphen_dictionary),
		T(hyphen_before_capital_kept),
		T(doc_add_for_fuzzers),
	};
	return cmocka_run_group_tests_name("core_model", tests, NULL, NULL);
}
