/*
 * test_docx.c - the DOCX plugin on small packages built here, in memory,
 * with libzip: probe bids, runs and special characters, styles by
 * localised name, lists, tables, links, notes, text boxes given exactly
 * once, tracked changes, field codes, page furniture, properties, and the
 * hostile cases (encrypted, legacy .doc, zip bombs, billion laughs, depth,
 * text limits). The model the plugin fills is inspected directly, and the
 * record where the normaliser's view matters.
 */
#include "pm_test.h"

#include <dirent.h>
#include <sys/stat.h>
#include <time.h>
#include <zip.h>

const pm_plugin *pressmill_plugin_entry_docx(void);

/* ---- building packages ------------------------------------------------- */

#define NS                                                                                     \
	"xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "            \
	"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "     \
	"xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "            \
	"xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "     \
	"xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " \
	"xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "                   \
	"xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:x9=\"urn:example:unknown\""

#define DOC(body) "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " NS "><w:body>" body "</w:body></w:document>"
#define P(text) "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"

#define PKG_RELS                                                                                   \
	"<?xml version=\"1.0\"?><Relationships "                                                   \
	"xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"                  \
	"<Relationship Id=\"rId1\" "                                                               \
	"Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" " \
	"Target=\"word/document.xml\"/>"                                                           \
	"<Relationship Id=\"rId2\" "                                                               \
	"Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" " \
	"Target=\"docProps/core.xml\"/>"                                                           \
	"<Relationship Id=\"rId3\" "                                                               \
	"Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" " \
	"Target=\"docProps/app.xml\"/></Relationships>"

#define CT "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"

#define REL(id, type, target) \
	"<Relationship Id=\"" id "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" type "\" Target=\"" target "\"/>"
#define DOC_RELS(rels) \
	"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" rels "</Relationships>"

typedef struct part {
	const char *name;
	const char *data;
	size_t len; /* 0: strlen */
} part;

typedef struct blob {
	unsigned char *d;
	size_t n;
} blob;

static blob mkzip(const part *parts, size_t n)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z;
	blob b = {0};
	size_t i;
	zip_stat_t st;
	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	assert_non_null(src);
	z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	assert_non_null(z);
	zip_source_keep(src);
	for (i = 0; i < n; i++) {
		size_t l = parts[i].len ? parts[i].len : strlen(parts[i].data);
		zip_source_t *s = zip_source_buffer(z, parts[i].data, l, 0);
		assert_non_null(s);
		assert_true(zip_file_add(z, parts[i].name, s, ZIP_FL_OVERWRITE) >= 0);
	}
	assert_int_equal(zip_close(z), 0);
	assert_int_equal(zip_source_stat(src, &st), 0);
	b.n = (size_t)st.size;
	b.d = malloc(b.n);
	assert_non_null(b.d);
	assert_int_equal(zip_source_open(src), 0);
	assert_int_equal(zip_source_read(src, b.d, b.n), (zip_int64_t)b.n);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	return b;
}

/* A package: document.xml plus optional parts (NULL-terminated pairs). */
static blob mkdocx(const char *document, const char *doc_rels, ...)
{
	part p[16];
	size_t n = 0;
	va_list ap;
	const char *name;
	p[n++] = (part){"[Content_Types].xml", CT, 0};
	p[n++] = (part){"_rels/.rels", PKG_RELS, 0};
	p[n++] = (part){"word/document.xml", document, 0};
	if (doc_rels)
		p[n++] = (part){"word/_rels/document.xml.rels", doc_rels, 0};
	va_start(ap, doc_rels);
	while ((name = va_arg(ap, const char *)) && n < 16) {
		const char *data = va_arg(ap, const char *);
		p[n++] = (part){name, data, 0};
	}
	va_end(ap);
	return mkzip(p, n);
}

/* ---- running the plugin ------------------------------------------------ */

typedef struct run_result {
	pm_doc doc;
	pm_limits lim;
	int status;
	pm_context *ctx;
} run_result;

static run_result *model_lim(blob b, const pm_limits *lim)
{
	run_result *r = calloc(1, sizeof *r);
	pm_host h;
	pm_input in;
	assert_non_null(r);
	if (lim)
		r->lim = *lim;
	else
		pm_limits_default(&r->lim);
	r->ctx = pm_test_context();
	pm_doc_init(&r->doc, &r->lim);
	r->doc.lingua = pm_test_lingua(r->ctx);
	h = *pm_doc_host();
	h.limits = &r->lim;
	memset(&in, 0, sizeof in);
	in.size_of = sizeof in;
	in.data = b.d;
	in.size = b.n;
	in.name = "test.docx";
	r->status = pressmill_plugin_entry_docx()->extract(&in, &h, (pm_sink *)&r->doc);
	if (r->status == PM_OK && r->doc.fail_status)
		r->status = r->doc.fail_status;
	pm_doc_finish(&r->doc);
	pm_repair(&r->doc, pm_test_lingua(r->ctx));
	free(b.d);
	return r;
}

static run_result *model(blob b)
{
	return model_lim(b, NULL);
}

static void run_free(run_result *r)
{
	pm_doc_free(&r->doc);
	pm_context_free(r->ctx);
	free(r);
}

static json_t *record(blob b, const char *name)
{
	pm_context *ctx = pm_test_context();
	json_t *rec;
	assert_non_null(ctx);
	rec = pm_convert_buffer(ctx, b.d, b.n, name);
	pm_context_free(ctx);
	free(b.d);
	assert_non_null(rec);
	return rec;
}

static const char *err_code(json_t *rec)
{
	return json_string_value(json_object_get(json_object_get(rec, "error"), "code"));
}

static size_t count_type(const pm_doc *d, int type)
{
	size_t i, n = 0;
	for (i = 0; i < d->nblocks; i++)
		if (d->blocks[i].type == type)
			n++;
	return n;
}

static const pm_block *find_text(const pm_doc *d, const char *needle)
{
	size_t i;
	for (i = 0; i < d->nblocks; i++)
		if (d->blocks[i].text && strstr(d->blocks[i].text, needle))
			return &d->blocks[i];
	return NULL;
}

/* How many times needle occurs in all the model's text, cells included. */
static size_t occurrences(const pm_doc *d, const char *needle)
{
	size_t i, j, n = 0;
	for (i = 0; i < d->nblocks; i++) {
		const char *t = d->blocks[i].text;
		while (t && (t = strstr(t, needle))) {
			n++;
			t++;
		}
		for (j = 0; j < d->blocks[i].ncells; j++) {
			t = d->blocks[i].cells[j].text;
			while (t && (t = strstr(t, needle))) {
				n++;
				t++;
			}
		}
	}
	return n;
}

static bool has_warning(const pm_doc *d, const char *code)
{
	size_t i;
	for (i = 0; i < d->nwarnings; i++)
		if (!strcmp(d->warnings[i].code, code))
			return true;
	return false;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- probe ------------------------------------------------------------- */

static void probe_bids(void **state)
{
	const pm_plugin *p = pressmill_plugin_entry_docx();
	part plain[] = {{"a.txt", "hello", 0}};
	blob d = mkdocx(DOC(P("x")), NULL, NULL), z = mkzip(plain, 1);
	unsigned char ole[1024];
	int bd, bz;
	(void)state;
	bd = p->probe(d.d, d.n, d.n, "x.bin");
	bz = p->probe(z.d, z.n, z.n, "x.docx");
	assert_true(bd >= PM_BID_STRUCTURE);
	assert_int_equal(p->probe(d.d, d.n, d.n, "x.docx"), bd + PM_BID_NAME_HINT);
	assert_true(bz > PM_BID_NONE && bz < PM_BID_STRUCTURE);
	assert_int_equal(p->probe((const unsigned char *)"hello world", 11, 11, "a.docx"), PM_BID_NONE);
	memset(ole, 0, sizeof ole);
	memcpy(ole, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
	memcpy(ole + 600, "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
	assert_true(p->probe(ole, sizeof ole, sizeof ole, "x.docx") >= PM_BID_STRUCTURE);
	free(d.d);
	free(z.d);
}

/* ---- text -------------------------------------------------------------- */

static void runs_and_characters(void **state)
{
	run_result *r;
	const pm_block *b;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:r><w:t>Hel</w:t></w:r><w:r><w:t>lo</w:t></w:r><w:r><w:tab/><w:t>world</w:t></w:r>"
	                     "<w:r><w:br/><w:t>next line co\xC2\xAD" "operate</w:t><w:softHyphen/><w:t>d</w:t></w:r>"
	                     "<w:r><w:t xml:space=\"preserve\"> e</w:t><w:noBreakHyphen/><w:t>mail</w:t></w:r>"
	                     "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/>"
	                     "<w:sym w:font=\"Wingdings\" w:char=\"F0B2\"/><w:sym w:font=\"Symbol\" w:char=\"F061\"/></w:r></w:p>"),
	                 NULL, NULL));
	assert_int_equal(r->status, PM_OK);
	assert_int_equal(r->doc.nblocks, 1);
	b = &r->doc.blocks[0];
	assert_string_equal(b->text, "Hello world\nnext line cooperated e-mail\xE2\x80\xA2\xE2\x9C\x93\xCE\xB1");
	run_free(r);
}

static void styles_by_localised_name(void **state)
{
	const char *styles =
		"<?xml version=\"1.0\"?><w:styles " NS ">"
		"<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault></w:docDefaults>"
		"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standard\"><w:name w:val=\"Normal\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"Titre\"><w:name w:val=\"Titre\"/><w:basedOn w:val=\"Standard\"/>"
		"<w:rPr><w:sz w:val=\"56\"/></w:rPr></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"Untertitel\"><w:name w:val=\"Untertitel\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"\xC3\x9C" "berschrift 1\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"MyHead\"><w:name w:val=\"Company head\"/><w:basedOn w:val=\"berschrift1\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"Outline3\"><w:name w:val=\"Custom\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"X1\"><w:name w:val=\"heading 2\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"Zitat\"><w:name w:val=\"Quote\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"Loop1\"><w:name w:val=\"Loop one\"/><w:basedOn w:val=\"Loop2\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"Loop2\"><w:name w:val=\"Loop two\"/><w:basedOn w:val=\"Loop1\"/></w:style>"
		"</w:styles>";
	run_result *r;
	const pm_block *b;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:pPr><w:pStyle w:val=\"Titre\"/></w:pPr><w:r><w:t>Le titre</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"Untertitel\"/></w:pPr><w:r><w:t>Der Untertitel</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"berschrift1\"/></w:pPr><w:r><w:t>Kapitel eins</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"MyHead\"/></w:pPr><w:r><w:t>Inherited head</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"Outline3\"/></w:pPr><w:r><w:t>Outline three</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"X1\"/></w:pPr><w:r><w:t>By name two</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"Zitat\"/></w:pPr><w:r><w:t>A quotation</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"Loop1\"/></w:pPr><w:r><w:t>Cyclic styles</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"Heading4\"/><w:jc w:val=\"center\"/></w:pPr>"
	                     "<w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr><w:t>Unknown id, big and bold</w:t></w:r>"
	                     "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"
	                     "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Mostly bold text here</w:t></w:r><w:r><w:t>!</w:t></w:r></w:p>"
	                     "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Half bold</w:t></w:r><w:r><w:t> and half plain</w:t></w:r></w:p>"),
	                 DOC_RELS(REL("rId1", "styles", "styles.xml")), "word/styles.xml", styles, NULL));
	assert_int_equal(r->status, PM_OK);
	b = find_text(&r->doc, "Le titre");
	assert_non_null(b);
	assert_int_equal(b->role, PM_ROLE_TITLE);
	assert_true(b->font_size == 28.0);
	assert_string_equal(b->style, "Titre");
	assert_int_equal(find_text(&r->doc, "Der Untertitel")->role, PM_ROLE_SUBTITLE);
	b = find_text(&r->doc, "Kapitel eins");
	assert_int_equal(b->type, PM_BLOCK_HEADING);
	assert_int_equal(b->level, 1);
	b = find_text(&r->doc, "Inherited head");
	assert_int_equal(b->type, PM_BLOCK_HEADING);
	assert_int_equal(b->level, 1);
	b = find_text(&r->doc, "Outline three");
	assert_int_equal(b->type, PM_BLOCK_HEADING);
	assert_int_equal(b->level, 3);
	assert_int_equal(find_text(&r->doc, "By name two")->level, 2);
	assert_int_equal(find_text(&r->doc, "A quotation")->type, PM_BLOCK_QUOTE);
	assert_int_equal(find_text(&r->doc, "Cyclic styles")->type, PM_BLOCK_PARAGRAPH);
	b = find_text(&r->doc, "Unknown id");
	assert_int_equal(b->type, PM_BLOCK_HEADING);
	assert_int_equal(b->level, 4);
	assert_true(b->flags & PM_BF_BOLD);
	assert_true(b->flags & PM_BF_CENTERED);
	assert_true(b->font_size == 18.0);
	b = find_text(&r->doc, "Mostly bold");
	assert_true(b->flags & PM_BF_BOLD);
	assert_true(b->font_size == 11.0); /* docDefaults */
	assert_false(find_text(&r->doc, "Half bold")->flags & PM_BF_BOLD);
	run_free(r);
}

static void headline_from_styles_in_record(void **state)
{
	const char *styles = "<?xml version=\"1.0\"?><w:styles " NS ">"
	                     "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Titel\"/></w:style>"
	                     "</w:styles>";
	json_t *rec;
	(void)state;
	rec = record(mkdocx(DOC(P("Pressemitteilung")
	                        "<w:p><w:pPr><w:pStyle w:val=\"Titel\"/></w:pPr><w:r><w:t>Neue Br\xC3\xBC" "cke f\xC3\xBCr die Altstadt er\xC3\xB6" "ffnet</w:t></w:r></w:p>"
	                        P("Die Stadt hat am Montag die neue Br\xC3\xBC" "cke \xC3\xBC" "ber den Fluss er\xC3\xB6" "ffnet, die beide Ufer der Altstadt verbindet und den Verkehr entlastet.")),
	                    DOC_RELS(REL("rId1", "styles", "styles.xml")), "word/styles.xml", styles, NULL),
	             "a.docx");
	assert_string_equal(pm_test_str(rec, "status"), "ok");
	assert_string_equal(pm_test_str(rec, "headline"), "Neue Br\xC3\xBC" "cke f\xC3\xBCr die Altstadt er\xC3\xB6" "ffnet");
	json_decref(rec);
}

/* docx.break_type_change: a title and its subtitle typed as one paragraph,
 * a line break between them and the type changing at it (18 pt bold, then
 * 13 pt italics), are two blocks: headline and subheadline. A bold lead-in
 * line in the body's size before a break is not split. */
#define RUN(props, text) "<w:r><w:rPr>" props "</w:rPr><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define BR_RUN(props, text) "<w:r><w:rPr>" props "</w:rPr><w:br/><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
static void break_type_change(void **state)
{
	json_t *rec;
	run_result *r;
	(void)state;
	rec = record(mkdocx(DOC("<w:p>" RUN("<w:b/><w:sz w:val=\"36\"/>", "Orchard Lane Museum returns a carved canoe")
	                        BR_RUN("<w:i/><w:sz w:val=\"26\"/>", "The canoe left the valley in 1893") "</w:p>"
	                        P("ORCHARD LANE, 30 April 2025 \xE2\x80\x93 Orchard Lane Museum has returned a carved cedar "
	                          "canoe to the Heron River people, 132 years after it was taken from the valley.")),
	                    NULL, NULL),
	             "a.docx");
	assert_string_equal(pm_test_str(rec, "headline"), "Orchard Lane Museum returns a carved canoe");
	assert_string_equal(pm_test_str(rec, "subheadline"), "The canoe left the valley in 1893");
	json_decref(rec);
	/* the model: two blocks, each with its own size and face */
	r = model(mkdocx(DOC("<w:p>" RUN("<w:b/><w:sz w:val=\"40\"/>", "Kettering Vale opens a lido")
	                     BR_RUN("<w:sz w:val=\"24\"/>", "") BR_RUN("<w:sz w:val=\"24\"/>", "Swimming returns after forty years") "</w:p>"
	                     "<w:p>" RUN("<w:b/>", "What happens next") BR_RUN("", "The lido opens in May.") "</w:p>"),
	                 NULL, NULL));
	assert_int_equal(r->status, PM_OK);
	assert_int_equal(r->doc.nblocks, 3);
	assert_string_equal(r->doc.blocks[0].text, "Kettering Vale opens a lido");
	assert_true(r->doc.blocks[0].flags & PM_BF_BOLD);
	assert_true(r->doc.blocks[0].font_size > 19.5 && r->doc.blocks[0].font_size < 20.5);
	assert_string_equal(r->doc.blocks[1].text, "Swimming returns after forty years");
	assert_false(r->doc.blocks[1].flags & PM_BF_BOLD);
	assert_true(r->doc.blocks[1].font_size > 11.5 && r->doc.blocks[1].font_size < 12.5);
	/* weight alone: one block, its break kept */
	assert_non_null(strchr(r->doc.blocks[2].text, '\n'));
	run_free(r);
}

/* headline.split_paragraphs: a title broken with Enter, two paragraphs of
 * one type (the Title style; or one size and face), the second going on
 * in lower case, is one headline; a Subtitle under them stays the
 * subheadline. Two bold lines where the second opens with a capital are
 * title and subtitle as before. */
static void split_title_paragraphs(void **state)
{
	const char *styles = "<?xml version=\"1.0\"?><w:styles " NS ">"
	                     "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
	                     "<w:rPr><w:sz w:val=\"52\"/></w:rPr></w:style>"
	                     "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/>"
	                     "<w:rPr><w:i/><w:sz w:val=\"30\"/></w:rPr></w:style>"
	                     "</w:styles>";
#define STYLED(id, text) "<w:p><w:pPr><w:pStyle w:val=\"" id "\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"
	const char *lead = "<w:p><w:r><w:t>KELLOW, 14 October 2025 \xE2\x80\x93 Kellow Public Library has started "
	                   "lending more than 300 household items, from drills and sewing machines to tents, to anyone "
	                   "with a library card.</w:t></w:r></w:p>";
	char doc[4096];
	json_t *rec;
	(void)state;
	snprintf(doc, sizeof doc, DOC("%s%s%s%s"), STYLED("Title", "Kellow Library starts lending tools,"),
	         STYLED("Title", "tents and telescopes to its members"),
	         STYLED("Subtitle", "A library of things opens in the reading room"), lead);
	rec = record(mkdocx(doc, DOC_RELS(REL("rId1", "styles", "styles.xml")), "word/styles.xml", styles, NULL),
	             "a.docx");
	assert_string_equal(pm_test_str(rec, "headline"),
	                    "Kellow Library starts lending tools, tents and telescopes to its members");
	assert_string_equal(pm_test_str(rec, "subheadline"), "A library of things opens in the reading room");
	json_decref(rec);
	snprintf(doc, sizeof doc, DOC("%s%s%s"),
	         "<w:p>" RUN("<w:b/><w:sz w:val=\"36\"/>", "Ollerby villagers buy the wind turbine") "</w:p>",
	         "<w:p>" RUN("<w:b/><w:sz w:val=\"36\"/>", "that has powered their school for ten years") "</w:p>", lead);
	rec = record(mkdocx(doc, NULL, NULL), "b.docx");
	assert_string_equal(pm_test_str(rec, "headline"),
	                    "Ollerby villagers buy the wind turbine that has powered their school for ten years");
	assert_true(json_is_null(json_object_get(rec, "subheadline")));
	json_decref(rec);
	snprintf(doc, sizeof doc, DOC("%s%s%s"),
	         "<w:p>" RUN("<w:b/><w:sz w:val=\"36\"/>", "Ollerby villagers buy their wind turbine") "</w:p>",
	         "<w:p>" RUN("<w:b/><w:sz w:val=\"36\"/>", "Insulation for the oldest homes") "</w:p>", lead);
	rec = record(mkdocx(doc, NULL, NULL), "c.docx");
	assert_string_equal(pm_test_str(rec, "headline"), "Ollerby villagers buy their wind turbine");
	assert_string_equal(pm_test_str(rec, "subheadline"), "Insulation for the oldest homes");
	json_decref(rec);
#undef STYLED
}

/* about.text_box: an About section set in a text box is the box's: the
 * box is read where the writer anchored it, here inside the text, and
 * the body goes on after it. */
static void about_in_text_box(void **state)
{
	json_t *rec, *about, *body;
	(void)state;
	rec = record(mkdocx(DOC(P("Pennock Valley Railway reopens its northern section")
	                        P("PENNOCK, 11 August 2025 \xE2\x80\x93 Pennock Valley Railway ran its first steam train in "
	                          "thirty years on the six miles between Pennock and Hawley Bridge on Saturday.")
	                        "<w:p><w:r><w:t xml:space=\"preserve\">Volunteers relaid the track over four winters.</w:t></w:r>"
	                        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" P("About Pennock Valley Railway")
	                        P("Pennock Valley Railway is a heritage railway run by 300 volunteers since 1968.")
	                        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
	                        P("Trains will run every weekend until the end of October.")
	                        P("Tickets cost twelve pounds for adults.")),
	                    NULL, NULL),
	             "a.docx");
	about = json_object_get(rec, "about");
	assert_int_equal(json_array_size(about), 1);
	assert_int_equal(json_array_size(json_object_get(json_array_get(about, 0), "paragraphs")), 1);
	body = json_object_get(rec, "body");
	assert_int_equal(json_array_size(body), 4);
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 3), "text")),
	                    "Tickets cost twelve pounds for adults.");
	json_decref(rec);
}

/* The block that holds needle has exactly the text want. */
static void assert_block_text(const pm_doc *d, const char *needle, const char *want)
{
	const pm_block *b = find_text(d, needle);
	assert_non_null(b);
	assert_string_equal(b->text, want);
}

/* docx.hidden_text: w:vanish text is neither shown nor printed: a hidden
 * run leaves its paragraph, a paragraph of hidden runs gives no block;
 * w:vanish w:val="0" and w:webHidden (hidden in Web view only) are
 * shown; a hidden paragraph mark joins the paragraph to the next. */
static void hidden_text(void **state)
{
	run_result *r;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:r><w:t xml:space=\"preserve\">Marlow Quay reopens </w:t></w:r>"
	                     "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\">[DRAFT 2] </w:t></w:r>"
	                     "<w:r><w:t>after repairs</w:t></w:r></w:p>"
	                     "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>NOTE: check the figures with Edda</w:t></w:r></w:p>"
	                     "<w:p><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>Shown despite the element.</w:t></w:r>"
	                     "<w:r><w:rPr><w:webHidden/></w:rPr><w:t xml:space=\"preserve\"> Page 4</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">Runs "
	                     "on </w:t></w:r></w:p>" P("into this line.")),
	                 NULL, NULL));
	assert_block_text(&r->doc, "Marlow Quay", "Marlow Quay reopens after repairs");
	assert_block_text(&r->doc, "Shown despite", "Shown despite the element. Page 4");
	assert_block_text(&r->doc, "Runs on", "Runs on into this line.");
	assert_int_equal(occurrences(&r->doc, "DRAFT") + occurrences(&r->doc, "Edda"), 0);
	assert_int_equal(r->doc.nblocks, 3);
	run_free(r);
}

/* docx.hidden_text_style: text hidden through styles is hidden too, by
 * the ECMA-376 style hierarchy (docDefaults, paragraph style, character
 * style, the run's own w:rPr): a character or paragraph style whose w:rPr
 * has w:vanish, and one based on it; a run's w:vanish w:val="0" or
 * "false" shows it again, a derived style's w:val="0" too; a character
 * style that hides inside a hiding paragraph style toggles it back
 * (w:vanish is a toggle property); w:webHidden in a style is kept
 * (hidden in Web view only, printed); a basedOn loop ends; a paragraph
 * whose style hides its mark shows its own runs as its own paragraph
 * only when w:pPr's w:rPr shows the mark. */
static void hidden_text_style(void **state)
{
	const char *styles =
		"<?xml version=\"1.0\"?><w:styles " NS ">"
		"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
		"<w:style w:type=\"character\" w:styleId=\"EditorNote\"><w:name w:val=\"Editor note\"/>"
		"<w:rPr><w:vanish/><w:color w:val=\"FF0000\"/></w:rPr></w:style>"
		"<w:style w:type=\"character\" w:styleId=\"DeskNote\"><w:name w:val=\"Desk note\"/>"
		"<w:basedOn w:val=\"EditorNote\"/></w:style>"
		"<w:style w:type=\"character\" w:styleId=\"ShownNote\"><w:name w:val=\"Shown note\"/>"
		"<w:basedOn w:val=\"EditorNote\"/><w:rPr><w:vanish w:val=\"0\"/></w:rPr></w:style>"
		"<w:style w:type=\"character\" w:styleId=\"WebOnly\"><w:name w:val=\"Web only\"/>"
		"<w:rPr><w:webHidden/></w:rPr></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"Draft\"><w:name w:val=\"Draft memo\"/>"
		"<w:basedOn w:val=\"Normal\"/><w:rPr><w:vanish w:val=\"true\"/></w:rPr></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"DraftChild\"><w:name w:val=\"Draft child\"/>"
		"<w:basedOn w:val=\"Draft\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"LoopA\"><w:name w:val=\"Loop A\"/><w:basedOn w:val=\"LoopB\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"LoopB\"><w:name w:val=\"Loop B\"/><w:basedOn w:val=\"LoopA\"/>"
		"<w:rPr><w:vanish/></w:rPr></w:style>"
		"</w:styles>";
	run_result *r;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:r><w:t xml:space=\"preserve\">Tollbridge ferry resumes </w:t></w:r>"
	                     "<w:r><w:rPr><w:rStyle w:val=\"EditorNote\"/></w:rPr><w:t xml:space=\"preserve\">[ask Orrin] </w:t></w:r>"
	                     "<w:r><w:rPr><w:rStyle w:val=\"DeskNote\"/></w:rPr><w:t xml:space=\"preserve\">[desk: embargo?] </w:t></w:r>"
	                     "<w:r><w:t>on Monday</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"Draft\"/></w:pPr><w:r><w:t>Internal: numbers unconfirmed</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"DraftChild\"/></w:pPr><w:r><w:t>Internal too: legal review</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"Draft\"/><w:rPr><w:vanish w:val=\"0\"/></w:rPr></w:pPr>"
	                     "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr>"
	                     "<w:t xml:space=\"preserve\">Shown on purpose</w:t></w:r>"
	                     "<w:r><w:rPr><w:rStyle w:val=\"EditorNote\"/><w:vanish w:val=\"false\"/></w:rPr>"
	                     "<w:t xml:space=\"preserve\"> and this too</w:t></w:r>"
	                     "<w:r><w:rPr><w:rStyle w:val=\"EditorNote\"/></w:rPr><w:t xml:space=\"preserve\"> toggled back</w:t></w:r>"
	                     "<w:r><w:t xml:space=\"preserve\"> [hidden tail]</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"LoopA\"/></w:pPr><w:r><w:t>Looping draft note</w:t></w:r></w:p>"
	                     /* kept in a style, w:webHidden is printed */
	                     "<w:p><w:r><w:rPr><w:rStyle w:val=\"ShownNote\"/></w:rPr><w:t>Derived style shows it</w:t></w:r>"
	                     "<w:r><w:rPr><w:rStyle w:val=\"WebOnly\"/></w:rPr><w:t xml:space=\"preserve\"> page 2</w:t></w:r></w:p>"),
	                 DOC_RELS(REL("rId1", "styles", "styles.xml")), "word/styles.xml", styles, NULL));
	assert_block_text(&r->doc, "Tollbridge", "Tollbridge ferry resumes on Monday");
	assert_block_text(&r->doc, "Shown on purpose", "Shown on purpose and this too toggled back");
	assert_block_text(&r->doc, "Derived style", "Derived style shows it page 2");
	assert_int_equal(occurrences(&r->doc, "Orrin") + occurrences(&r->doc, "embargo") +
	                 occurrences(&r->doc, "Internal") + occurrences(&r->doc, "hidden tail") +
	                 occurrences(&r->doc, "Looping"), 0);
	assert_int_equal(r->doc.nblocks, 3);
	assert_int_equal(r->status, PM_OK);
	run_free(r);
}

/* docx.hidden_text_style: docDefaults' rPrDefault w:vanish hides every
 * run that does not show itself (w:vanish w:val="0" on the run), and a
 * paragraph style that hides then toggles the default back to shown; the
 * shown run's paragraph mark stays hidden, so it runs on into the next
 * paragraph, as Word shows it. */
static void hidden_text_defaults(void **state)
{
	run_result *r;
	(void)state;
	r = model(mkdocx(DOC(P("Template boilerplate nobody sees")
	                     "<w:p><w:r><w:rPr><w:vanish w:val=\"off\"/></w:rPr>"
	                     "<w:t xml:space=\"preserve\">Quillfield library extends hours. </w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"Visible\"/></w:pPr><w:r><w:t>Readers welcome from May</w:t></w:r></w:p>"),
	                 DOC_RELS(REL("rId1", "styles", "styles.xml")), "word/styles.xml",
	                 "<?xml version=\"1.0\"?><w:styles " NS "><w:docDefaults><w:rPrDefault><w:rPr><w:vanish/>"
	                 "</w:rPr></w:rPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:styleId=\"Visible\">"
	                 "<w:rPr><w:vanish/></w:rPr></w:style></w:styles>",
	                 NULL));
	assert_int_equal(r->status, PM_OK);
	assert_block_text(&r->doc, "Quillfield", "Quillfield library extends hours. Readers welcome from May");
	assert_int_equal(occurrences(&r->doc, "boilerplate"), 0);
	assert_int_equal(r->doc.nblocks, 1);
	run_free(r);
}

/* docx.placeholder_text: a content control never filled in
 * (w:showingPlcHdr) shows its prompt, not the document's text: dropped
 * at block and run level; a filled control's text is kept, and so is
 * the text of w:sdtPr's neighbours. */
static void placeholder_text(void **state)
{
	run_result *r;
	(void)state;
	r = model(mkdocx(DOC("<w:sdt><w:sdtPr><w:alias w:val=\"Subtitle\"/><w:showingPlcHdr/><w:text/></w:sdtPr>"
	                     "<w:sdtContent>" P("Click or tap here to enter text.") "</w:sdtContent></w:sdt>"
	                     "<w:sdt><w:sdtPr><w:alias w:val=\"Title\"/><w:rPr><w:b/></w:rPr></w:sdtPr>"
	                     "<w:sdtContent>" P("Ferncombe Lido opens in May") "</w:sdtContent></w:sdt>"
	                     "<w:p><w:r><w:t xml:space=\"preserve\">Contact: </w:t></w:r><w:sdt><w:sdtPr>"
	                     "<w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Enter a name</w:t></w:r>"
	                     "</w:sdtContent></w:sdt><w:sdt><w:sdtPr><w:showingPlcHdr w:val=\"0\"/></w:sdtPr>"
	                     "<w:sdtContent><w:r><w:t>press@ferncombe-lido.example</w:t></w:r></w:sdtContent>"
	                     "</w:sdt></w:p>"),
	                 NULL, NULL));
	assert_int_equal(occurrences(&r->doc, "Click or tap") + occurrences(&r->doc, "Enter a name"), 0);
	assert_block_text(&r->doc, "Ferncombe", "Ferncombe Lido opens in May");
	assert_block_text(&r->doc, "Contact:", "Contact: press@ferncombe-lido.example");
	run_free(r);
}

/* docx.layout_table: a table that lays out the page top (a logo cell,
 * a cell with the release line and the Title-styled title) gives its
 * paragraphs as blocks and the title is the headline; a table without
 * the Title or Subtitle style stays one table block, its cells whole. */
static void layout_table(void **state)
{
	run_result *r;
	json_t *rec;
	const pm_block *b;
	const char *doc =
		DOC("<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"none\"/></w:tblBorders></w:tblPr><w:tr>"
		    "<w:tc><w:p><w:r><w:drawing><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"/>"
		    "</w:drawing></w:r></w:p></w:tc><w:tc>" P("PRESS RELEASE")
		    "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Haddow Mill Trust buys the weir</w:t></w:r></w:p>"
		    "</w:tc></w:tr></w:tbl>"
		    P("HADDOW, 3 March 2026 \xE2\x80\x93 The Haddow Mill Trust has bought the weir above the mill "
		      "from the county council for one pound.")
		    "<w:tbl><w:tr><w:tc>" P("Year") "</w:tc><w:tc>" P("Visitors") "</w:tc></w:tr>"
		    "<w:tr><w:tc>" P("2025") "</w:tc><w:tc>" P("8,400") "</w:tc></w:tr></w:tbl>");
	(void)state;
	r = model(mkdocx(doc, NULL, NULL));
	assert_int_equal(count_type(&r->doc, PM_BLOCK_TABLE), 1);
	assert_non_null(b = find_text(&r->doc, "Haddow Mill Trust buys"));
	assert_int_equal(b->type, PM_BLOCK_PARAGRAPH);
	assert_int_equal(b->role, PM_ROLE_TITLE);
	assert_non_null(find_text(&r->doc, "PRESS RELEASE"));
	assert_true(occurrences(&r->doc, "8,400") >= 1);
	run_free(r);
	rec = record(mkdocx(doc, NULL, NULL), "a.docx");
	assert_string_equal(pm_test_str(rec, "headline"), "Haddow Mill Trust buys the weir");
	json_decref(rec);
}

/* A page header part and the document that shows it, for the tests of
 * headline.page_header_title. */
#define HDR(paras) "<?xml version=\"1.0\"?><w:hdr " NS ">" paras "</w:hdr>"
#define WITH_HEADER(body) \
	DOC(body "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId7\"/></w:sectPr>")
#define HEADER_RELS DOC_RELS(REL("rId7", "header", "header1.xml"))
#define FRUN(rpr, text) "<w:r><w:rPr>" rpr "</w:rPr><w:t xml:space=\"preserve\">" text "</w:t></w:r>"

/* headline.page_header_title: a template that gives the title its place
 * in the page header, over a text opening with the dateline (a bold
 * header line) or with a summary list (a large one): the header's title
 * is the headline; a letterhead in the header (names and an e-mail) is
 * none, and over a text with a title of its own the header is
 * letterhead. */
static void title_in_page_header(void **state)
{
	json_t *rec;
#define LEAD                                                                                               \
	P("CORRAN BAY, 3 May 2026 \xE2\x80\x93 The Corran Bay Lifeboat Station has a new boat, paid for by a " \
	  "legacy from a local fisherman.")                                                                \
	P("The boat is faster and can work in heavier seas than the one it replaces.")
	(void)state;
	rec = record(mkdocx(WITH_HEADER(LEAD), HEADER_RELS, "word/header1.xml",
	                    HDR("<w:p>" FRUN("<w:b/>", "Corran Bay lifeboat crew takes delivery of a new boat") "</w:p>"),
	                    NULL),
	             "a.docx");
	assert_string_equal(pm_test_str(rec, "headline"), "Corran Bay lifeboat crew takes delivery of a new boat");
	/* furniture.listed: the header the headline took is not furniture */
	assert_int_equal(json_array_size(json_object_get(rec, "furniture")), 0);
	json_decref(rec);
	rec = record(mkdocx(WITH_HEADER("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
	                                "<w:r><w:t>A faster boat for heavier seas</w:t></w:r></w:p>" LEAD),
	                    HEADER_RELS, "word/header1.xml",
	                    HDR("<w:p>" FRUN("<w:sz w:val=\"36\"/>", "Lifeboat station in Corran Bay gets a new boat") "</w:p>"),
	                    NULL),
	             "a.docx");
	assert_string_equal(pm_test_str(rec, "headline"), "Lifeboat station in Corran Bay gets a new boat");
	json_decref(rec);
	rec = record(mkdocx(WITH_HEADER(LEAD), HEADER_RELS, "word/header1.xml",
	                    HDR("<w:p>" FRUN("<w:b/>", "Corran Bay Lifeboat Station, Harbour Road, press@corranbay-rnli.example")
	                        "</w:p>"),
	                    NULL),
	             "a.docx");
	assert_null(json_string_value(json_object_get(rec, "headline")));
	/* furniture.listed: a letterhead in the page header is the
	 * record's furniture, as a header part */
	assert_int_equal(json_array_size(json_object_get(rec, "furniture")), 1);
	assert_string_equal(pm_test_str(json_array_get(json_object_get(rec, "furniture"), 0), "kind"), "header");
	assert_true(json_is_null(json_object_get(json_array_get(json_object_get(rec, "furniture"), 0), "page")));
	json_decref(rec);
	rec = record(mkdocx(WITH_HEADER("<w:p>" FRUN("<w:b/><w:sz w:val=\"40\"/>", "A new lifeboat for Corran Bay") "</w:p>" LEAD),
	                    HEADER_RELS, "word/header1.xml",
	                    HDR("<w:p>" FRUN("<w:b/>", "Corran Bay Lifeboat Station news from the harbour") "</w:p>"), NULL),
	             "a.docx");
	assert_string_equal(pm_test_str(rec, "headline"), "A new lifeboat for Corran Bay");
	json_decref(rec);
#undef LEAD
}

/* docx.layout_table.title_size: a table that opens the body, the release
 * line in one cell and the title set large by hand in the next, lays
 * out the page (its paragraphs are blocks, the title the headline); a
 * table further down with a large first row stays a table. */
static void layout_table_title_size(void **state)
{
	run_result *r;
	json_t *rec;
#define DATELINE_P                                                                                         \
	P("ASHBY, 2 March 2026 \xE2\x80\x93 The county council has approved the six turbines of the Ashby Moor " \
	  "wind farm.")
#define TOP                                                                                                \
	"<w:tbl><w:tr><w:tc>" P("NEWS RELEASE") "</w:tc><w:tc><w:p>"                                        \
	FRUN("<w:b/><w:sz w:val=\"36\"/>", "Ashby Moor wind farm gets its planning permission")            \
	"</w:p></w:tc></w:tr></w:tbl>" DATELINE_P
#define LOWER                                                                                              \
	DATELINE_P "<w:tbl><w:tr><w:tc><w:p>" FRUN("<w:b/><w:sz w:val=\"36\"/>", "Turbine")                 \
	"</w:p></w:tc><w:tc><w:p>" FRUN("<w:b/><w:sz w:val=\"36\"/>", "Height") "</w:p></w:tc></w:tr>"       \
	"<w:tr><w:tc>" P("T1") "</w:tc><w:tc>" P("125 m") "</w:tc></w:tr></w:tbl>"
	(void)state;
	r = model(mkdocx(DOC(TOP), NULL, NULL));
	assert_int_equal(count_type(&r->doc, PM_BLOCK_TABLE), 0);
	assert_int_equal(find_text(&r->doc, "Ashby Moor wind farm gets")->type, PM_BLOCK_PARAGRAPH);
	run_free(r);
	rec = record(mkdocx(DOC(TOP), NULL, NULL), "a.docx");
	assert_string_equal(pm_test_str(rec, "headline"), "Ashby Moor wind farm gets its planning permission");
	json_decref(rec);
	r = model(mkdocx(DOC(LOWER), NULL, NULL));
	assert_int_equal(count_type(&r->doc, PM_BLOCK_TABLE), 1);
	run_free(r);
#undef TOP
#undef LOWER
#undef DATELINE_P
}

/* docx.cell_paragraphs: the paragraphs of a cell are lines of the
 * table block's text (a one-cell box holding an About heading and two
 * paragraphs gives the section both), while the record's table reads
 * the cell as one text. */
static void cell_paragraphs(void **state)
{
	json_t *rec, *about, *paras, *rows;
	(void)state;
	rec = record(mkdocx(DOC("<w:p><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr><w:t>Tollgate Ferries adds a night "
	                        "sailing</w:t></w:r></w:p>"
	                        P("TOLLGATE, 9 May 2026 \xE2\x80\x93 Tollgate Ferries will add a night sailing to Gannet Isle "
	                          "from June.")
	                        P("The crossing leaves the mainland at eleven and returns at one.")
	                        "<w:tbl><w:tr><w:tc>" P("About Tollgate Ferries")
	                        P("Tollgate Ferries has sailed to Gannet Isle since 1958.")
	                        P("It carries 400,000 passengers a year.") "</w:tc></w:tr></w:tbl>"),
	                    NULL, NULL),
	             "a.docx");
	about = json_array_get(json_object_get(rec, "about"), 0);
	assert_non_null(about);
	paras = json_object_get(about, "paragraphs");
	assert_int_equal(json_array_size(paras), 2);
	assert_string_equal(json_string_value(json_array_get(paras, 1)), "It carries 400,000 passengers a year.");
	rows = json_object_get(json_array_get(json_object_get(rec, "tables"), 0), "rows");
	assert_string_equal(json_string_value(json_array_get(json_array_get(rows, 0), 0)),
	                    "About Tollgate Ferries Tollgate Ferries has sailed to Gannet Isle since 1958. It carries "
	                    "400,000 passengers a year.");
	json_decref(rec);
}

/* docx.one_cell_box: a table of one cell holding one paragraph, right
 * under the title, is a boxed deck: its paragraph is a block (the
 * subheadline), and the record lists no table; a second row makes a
 * data table of it. Without the rule the deck was a table in the body. */
static void one_cell_box(void **state)
{
	json_t *rec, *rows;
	(void)state;
	rec = record(mkdocx(DOC("<w:p>" RUN("<w:b/><w:sz w:val=\"36\"/>", "Tollgate Ferries adds a night sailing") "</w:p>"
	                        "<w:tbl><w:tr><w:tc>" P("The late boat to Gannet Isle runs from June to September")
	                        "</w:tc></w:tr></w:tbl>"
	                        P("TOLLGATE, 9 May 2026 \xE2\x80\x93 Tollgate Ferries will add a night sailing to Gannet Isle "
	                          "from June.")
	                        P("The crossing leaves the mainland at eleven and returns at one.")),
	                    NULL, NULL),
	             "a.docx");
	assert_string_equal(pm_test_str(rec, "subheadline"), "The late boat to Gannet Isle runs from June to September");
	assert_int_equal(json_array_size(json_object_get(rec, "tables")), 0);
	json_decref(rec);
	rec = record(mkdocx(DOC(P("Tollgate Ferries adds a night sailing")
	                        "<w:tbl><w:tr><w:tc>" P("Sailing (night)") "</w:tc></w:tr>"
	                        "<w:tr><w:tc>" P("23:00") "</w:tc></w:tr></w:tbl>"),
	                    NULL, NULL),
	             "b.docx");
	rows = json_object_get(json_array_get(json_object_get(rec, "tables"), 0), "rows");
	assert_non_null(rows);
	assert_int_equal(json_array_size(rows), 2);
	json_decref(rec);
}

/* docx.alt_chunk: an imported part (w:altChunk) is not read; the record
 * says its text is missing. */
/* docx.alt_chunk: an HTML part merged through w:altChunk is read where
 * the element stands: headings, paragraphs, line breaks, list items and
 * a simple table, with script, style and head left out. */
static void alt_chunk(void **state)
{
	run_result *r;
	const pm_block *h, *a, *b, *c;
	size_t i;
	(void)state;
	r = model(mkdocx(
	    DOC(P("Harrowgate Kilns fires its first salt glaze") "<w:altChunk r:id=\"rId9\"/>"
	        P("Contact: Ottoline Marsh, press@harrowgate-kilns.example")),
	    DOC_RELS(REL("rId9", "aFChunk", "chunks/about.htm")), "word/chunks/about.htm",
	    "<!DOCTYPE html><html><head><title>Chunk title</title><style>p{color:red}</style>"
	    "<script>var leaked = 1;</script></head><body>"
	    "<h2>About Harrowgate Kilns</h2>\n<p>Harrowgate Kilns is a   pottery\n in the Wenlow valley.<br>"
	    "Founded 1921.</p><ul><li>Stoneware</li><li>Salt <b>glaze</b></li></ul>"
	    "<table><tr><th>Kiln</th><th>Built</th></tr><tr><td>North</td><td>1921</td></tr></table>"
	    "<p><a href=\"https://harrowgate-kilns.example/about\">Read more</a></p></body></html>",
	    NULL));
	assert_false(has_warning(&r->doc, "docx.alt_chunk"));
	assert_null(find_text(&r->doc, "leaked"));
	assert_null(find_text(&r->doc, "Chunk title"));
	h = find_text(&r->doc, "About Harrowgate Kilns");
	assert_non_null(h);
	assert_int_equal(h->type, PM_BLOCK_HEADING);
	assert_int_equal(h->level, 2);
	a = find_text(&r->doc, "Harrowgate Kilns is a pottery");
	assert_non_null(a);
	assert_string_equal(a->text, "Harrowgate Kilns is a pottery in the Wenlow valley.\nFounded 1921.");
	b = find_text(&r->doc, "Salt glaze");
	assert_non_null(b);
	assert_int_equal(b->type, PM_BLOCK_LIST_ITEM);
	assert_int_equal(count_type(&r->doc, PM_BLOCK_TABLE), 1);
	for (i = 0; i < r->doc.nblocks; i++)
		if (r->doc.blocks[i].type == PM_BLOCK_TABLE)
			assert_int_equal(r->doc.blocks[i].ncells, 4);
	/* the chunk stands between the paragraphs around the element */
	c = find_text(&r->doc, "Contact: Ottoline Marsh");
	assert_non_null(c);
	assert_true(find_text(&r->doc, "first salt glaze") < h && h < a && a < c);
	run_free(r);
}

/* docx.alt_chunk: a plain text part, one paragraph per line. */
static void alt_chunk_text(void **state)
{
	run_result *r;
	(void)state;
	r = model(mkdocx(DOC(P("Quillon Ferries adds a winter crossing") "<w:altChunk r:id=\"rIdT\"/>"),
	                 DOC_RELS(REL("rIdT", "aFChunk", "/word/afchunk.txt")), "word/afchunk.txt",
	                 "\xEF\xBB\xBFQuillon Ferries sails   between two islands.\r\n\r\nIt was founded in 1974.\n",
	                 NULL));
	assert_false(has_warning(&r->doc, "docx.alt_chunk"));
	assert_non_null(find_text(&r->doc, "Quillon Ferries sails between two islands."));
	assert_non_null(find_text(&r->doc, "It was founded in 1974."));
	assert_int_equal(r->doc.nblocks, 3);
	run_free(r);
}

/* docx.alt_chunk, hostile: targets outside the package, missing, too
 * large, the document itself, merged twice, RTF: none is read, each is
 * a warning, and the rest of the document is kept. */
static void alt_chunk_hostile(void **state)
{
	run_result *r;
	char *huge;
	size_t i, n = (5u << 20);
	unsigned v = 12345;
	(void)state;
	huge = malloc(n + 1);
	assert_non_null(huge);
	memcpy(huge, "<p>", 3);
	for (i = 3; i < n; i++) {
		v = v * 1103515245u + 12345u;
		huge[i] = (char)('a' + (v >> 16) % 26);
	}
	huge[n] = '\0';
	r = model(mkdocx(
	    DOC(P("Brackwater Mills reopens") "<w:altChunk r:id=\"rA\"/><w:altChunk r:id=\"rB\"/>"
	        "<w:altChunk r:id=\"rC\"/><w:altChunk r:id=\"rD\"/><w:altChunk r:id=\"rE\"/>"
	        "<w:altChunk r:id=\"rF\"/><w:altChunk r:id=\"rF\"/><w:altChunk r:id=\"rG\"/>"
	        "<w:altChunk/>" P("Contact: Fenwick Rowe")),
	    DOC_RELS(REL("rA", "aFChunk", "../../etc/passwd") REL("rB", "aFChunk", "missing.htm")
	             REL("rC", "aFChunk", "huge.htm") REL("rD", "aFChunk", "document.xml")
	             REL("rE", "aFChunk", "note.rtf") REL("rF", "aFChunk", "twice.htm")
	             "<Relationship Id=\"rG\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
	             "relationships/aFChunk\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"),
	    "word/huge.htm", huge, "word/note.rtf", "{\\rtf1\\ansi Brackwater RTF text}", "word/twice.htm",
	    "<p>Brackwater Mills grinds rye.</p>", "etc/passwd", "root:x:0:0:in the package, not the disk", NULL));
	free(huge);
	assert_int_equal(r->status, PM_OK);
	assert_true(has_warning(&r->doc, "docx.alt_chunk"));
	assert_null(find_text(&r->doc, "root:x"));
	assert_null(find_text(&r->doc, "RTF text"));
	assert_null(find_text(&r->doc, "Brackwater Mills reopens Brackwater"));
	assert_int_equal(occurrences(&r->doc, "Brackwater Mills grinds rye."), 1);
	assert_non_null(find_text(&r->doc, "Contact: Fenwick Rowe"));
	assert_int_equal(r->doc.nblocks, 3);
	run_free(r);
}

/* docx.alt_chunk: in a table cell the chunk is not read, and the record
 * says so. */
static void alt_chunk_in_table(void **state)
{
	run_result *r;
	(void)state;
	r = model(mkdocx(DOC(P("Pellmoor Choir sings") "<w:tbl><w:tr><w:tc><w:altChunk r:id=\"rId9\"/>"
	                     P("Cell") "</w:tc></w:tr></w:tbl>"),
	                 DOC_RELS(REL("rId9", "aFChunk", "cell.htm")), "word/cell.htm",
	                 "<p>Pellmoor chunk text</p>", NULL));
	assert_true(has_warning(&r->doc, "docx.alt_chunk"));
	assert_null(find_text(&r->doc, "Pellmoor chunk text"));
	run_free(r);
}

/* contacts.text_box: a contact block in a text box anchored beside the
 * title ends with the box; the release goes on after it as body. */
static void contacts_in_text_box(void **state)
{
	json_t *rec, *body;
	(void)state;
	rec = record(mkdocx(DOC("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Selham Vets open a night "
	                        "clinic</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" P("Media contact")
	                        P("Orla Penhale") P("orla@selham-vets.example")
	                        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
	                        P("SELHAM, 9 June 2026 \xE2\x80\x93 Selham Vets will open a night clinic for pets.")
	                        P("Two vets and a nurse will work from eight in the evening until six in the morning.")),
	                    NULL, NULL),
	             "a.docx");
	body = json_object_get(rec, "body");
	assert_int_equal(json_array_size(body), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 1), "text")),
	                    "Two vets and a nurse will work from eight in the evening until six in the morning.");
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(rec, "contacts"), 0),
	                                                      "email")),
	                    "orla@selham-vets.example");
	json_decref(rec);
}

/* headline.subheadline.display_type: a short sentence right under the
 * title, bold and centred where the text under it is neither, is the
 * subheadline though it ends with a full stop; a longer bold standfirst,
 * and a short sentence in the text's own type, stay body. */
static void subheadline_display_type(void **state)
{
	const char *lead = "<w:p><w:r><w:t>HARBOUR CITY, 12 May 2025 \xE2\x80\x93 The WebFlux Conference will return to the "
	                   "Harbour City Convention Centre on 3 and 4 September, its organisers said on Monday.</w:t></w:r></w:p>";
	const char *title = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" RUN("<w:b/><w:sz w:val=\"32\"/>", "WebFlux Conference returns to Harbour City") "</w:p>";
	char doc[4096];
	json_t *rec;
	(void)state;
	snprintf(doc, sizeof doc, DOC("%s%s%s"), title,
	         "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" RUN("<w:b/>", "Sixth annual event brings 1,000 developers to the waterfront.") "</w:p>",
	         lead);
	rec = record(mkdocx(doc, NULL, NULL), "a.docx");
	assert_string_equal(pm_test_str(rec, "subheadline"), "Sixth annual event brings 1,000 developers to the waterfront.");
	json_decref(rec);
	snprintf(doc, sizeof doc, DOC("%s%s%s"), title,
	         "<w:p>" RUN("<w:b/>", "Six hundred talks, forty workshops and a hackathon fill two days, and the organisers "
	                               "expect more visitors than ever before.") "</w:p>",
	         lead);
	rec = record(mkdocx(doc, NULL, NULL), "b.docx");
	assert_true(json_is_null(json_object_get(rec, "subheadline")));
	json_decref(rec);
	snprintf(doc, sizeof doc, DOC("%s%s%s"), title, P("Sixth annual event brings 1,000 developers to the waterfront."), lead);
	rec = record(mkdocx(doc, NULL, NULL), "c.docx");
	assert_true(json_is_null(json_object_get(rec, "subheadline")));
	json_decref(rec);
}

static void lists_from_numbering(void **state)
{
	const char *numbering =
		"<?xml version=\"1.0\"?><w:numbering " NS ">"
		"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl>"
		"<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl></w:abstractNum>"
		"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"none\"/><w:lvlText w:val=\"\"/></w:lvl></w:abstractNum>"
		"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
		"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
		"</w:numbering>";
	const char *styles = "<?xml version=\"1.0\"?><w:styles " NS ">"
	                     "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
	                     "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>";
	run_result *r;
	const pm_block *b;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>First item</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Nested item</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr><w:r><w:t>Styled item</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Numbering removed</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t>No marker shown</w:t></w:r></w:p>"
	                     P("\xE2\x80\xA2 stray bullet character")),
	                 DOC_RELS(REL("rId1", "styles", "styles.xml") REL("rId2", "numbering", "numbering.xml")),
	                 "word/styles.xml", styles, "word/numbering.xml", numbering, NULL));
	b = find_text(&r->doc, "First item");
	assert_int_equal(b->type, PM_BLOCK_LIST_ITEM);
	assert_int_equal(b->level, 1);
	b = find_text(&r->doc, "Nested item");
	assert_int_equal(b->type, PM_BLOCK_LIST_ITEM);
	assert_int_equal(b->level, 2);
	assert_int_equal(find_text(&r->doc, "Styled item")->type, PM_BLOCK_LIST_ITEM);
	assert_int_equal(find_text(&r->doc, "Numbering removed")->type, PM_BLOCK_PARAGRAPH);
	assert_int_equal(find_text(&r->doc, "No marker shown")->type, PM_BLOCK_PARAGRAPH);
	assert_int_equal(find_text(&r->doc, "stray bullet")->type, PM_BLOCK_PARAGRAPH);
	run_free(r);
}

/* styles.xml is read through SAX (zipio.c, docx_sax_parse) with the
 * tree reader's guards and outcomes: a DTD refused, '&' in an id as the
 * tree decodes it, an attribute of an unbound prefix not taken for w:,
 * libxml2's nesting cap a damage (styles lost, document kept) and
 * max_depth a refusal only where the reader met it, the styles read
 * before a damage kept. */
static run_result *styled(const char *styles, const char *style_id)
{
	char doc[1024];
	snprintf(doc, sizeof doc,
	         DOC("<w:p><w:pPr><w:pStyle w:val=\"%s\"/></w:pPr><w:r><w:t>Styled words</w:t></w:r></w:p>" P(
	             "A plain paragraph with enough words to be body text.")),
	         style_id);
	return model(mkdocx(doc, DOC_RELS(REL("rId1", "styles", "styles.xml")), "word/styles.xml", styles, NULL));
}

#define STYLES_HEAD "<?xml version=\"1.0\"?><w:styles " NS ">"
#define TITLE_STYLE(id) "<w:style w:type=\"paragraph\" w:styleId=\"" id "\"><w:name w:val=\"Title\"/></w:style>"

static void styles_hostile(void **state)
{
	run_result *r;
	char *deep, *o;
	size_t i;
	(void)state;
	/* a DTD: refused, the styles with it; the document stays */
	r = styled("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY t \"Title\">]><w:styles " NS ">"
	           "<w:style w:type=\"paragraph\" w:styleId=\"T\"><w:name w:val=\"&t;\"/></w:style></w:styles>",
	           "T");
	assert_int_equal(r->status, PM_OK);
	assert_true(has_warning(&r->doc, "docx.styles"));
	assert_int_not_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	/* '&' written as &amp; or &#38; in an id */
	r = styled(STYLES_HEAD TITLE_STYLE("R&amp;D") "</w:styles>", "R&#38;D");
	assert_int_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	assert_false(has_warning(&r->doc, "docx.styles"));
	run_free(r);
	/* q: is bound to no namespace: q:val is no w:val, an unqualified val is */
	r = styled(STYLES_HEAD "<w:style w:type=\"paragraph\" w:styleId=\"S\"><w:name q:val=\"Title\"/></w:style>"
	           "<w:style w:type=\"paragraph\" w:styleId=\"U\"><w:name val=\"Title\"/></w:style></w:styles>",
	           "S");
	assert_int_not_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	r = styled(STYLES_HEAD "<w:style w:type=\"paragraph\" w:styleId=\"U\"><w:name val=\"Title\"/></w:style></w:styles>",
	           "U");
	assert_int_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	/* deeper than libxml2's 256: damage, as the tree reader met it */
	deep = malloc(400 * 16 + 1024);
	o = deep + sprintf(deep, STYLES_HEAD TITLE_STYLE("T"));
	for (i = 0; i < 300; i++)
		o += sprintf(o, "<w:sdt>");
	for (i = 0; i < 300; i++)
		o += sprintf(o, "</w:sdt>");
	sprintf(o, "</w:styles>");
	r = styled(deep, "T");
	assert_int_equal(r->status, PM_OK);
	assert_true(has_warning(&r->doc, "docx.styles"));
	run_free(r);
	/* as deep as max_depth and no deeper: refused as too large */
	o = deep + sprintf(deep, STYLES_HEAD TITLE_STYLE("T"));
	for (i = 0; i < 256; i++)
		o += sprintf(o, "<w:sdt>");
	for (i = 0; i < 256; i++)
		o += sprintf(o, "</w:sdt>");
	sprintf(o, "</w:styles>");
	r = styled(deep, "T");
	assert_int_equal(r->status, PM_ERR_TOO_LARGE);
	run_free(r);
	/* damage: the styles read before it stay, those after it are lost */
	o = deep + sprintf(deep, STYLES_HEAD TITLE_STYLE("Early") "<!--");
	for (i = 0; i < 1500; i++)
		*o++ = 'x';
	sprintf(o, "--><w:style w:styleId=\"Bad\" & /><w:style w:type=\"paragraph\" w:styleId=\"Late\">"
	           "<w:name w:val=\"Title\"/></w:style></w:styles>");
	r = styled(deep, "Early");
	assert_int_equal(r->status, PM_OK);
	assert_true(has_warning(&r->doc, "docx.styles"));
	assert_int_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	r = styled(deep, "Late");
	assert_int_not_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	free(deep);
}

/* styles.xml's latent styles and table conditional formatting are
 * skipped; zipio.c hands them to libxml2 as spaces when they are plainly
 * well-formed (blank_skipped), and as written when not, so that a damage
 * inside them still costs the styles after it. */
static void styles_skipped_unparsed(void **state)
{
	run_result *r;
	char *big, *o;
	size_t i;
	(void)state;
	big = malloc(64 * 1024);
	/* many latent styles (over several of the parser's pieces) and a
	 * table style's conditional formatting, then the styles that count */
	o = big + sprintf(big, STYLES_HEAD "<w:latentStyles w:defQFormat=\"0\" w:count=\"300\">");
	for (i = 0; i < 300; i++)
		o += sprintf(o, "<w:lsdException w:name=\"Grid Table %zu Light\" w:uiPriority=\"%zu\"/>", i, i);
	o += sprintf(o, "</w:latentStyles><w:style w:type=\"table\" w:styleId=\"Grid\"><w:name w:val=\"Grid\"/>"
	                "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:sz w:val=\"40\"/></w:rPr>"
	                "<w:tcPr><w:shd w:val=\"clear\" w:fill=\"D9E2F3\"/></w:tcPr></w:tblStylePr></w:style>"
	                TITLE_STYLE("Early"));
	sprintf(o, "</w:styles>");
	r = styled(big, "Early");
	assert_int_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	assert_false(has_warning(&r->doc, "docx.styles"));
	run_free(r);
	/* a damage after them: the styles before it stay, those after go */
	sprintf(o, "<w:style w:styleId=\"Bad\" & />" TITLE_STYLE("Late") "</w:styles>");
	r = styled(big, "Early");
	assert_true(has_warning(&r->doc, "docx.styles"));
	assert_int_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	r = styled(big, "Late");
	assert_int_not_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	/* damage inside a latent style (an undefined entity, an attribute
	 * written twice): the parse meets it, the title style after it is lost */
	r = styled(STYLES_HEAD "<w:latentStyles><w:lsdException w:name=\"a &bogus; b\"/></w:latentStyles>"
	           TITLE_STYLE("T") "</w:styles>", "T");
	assert_true(has_warning(&r->doc, "docx.styles"));
	assert_int_not_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	r = styled(STYLES_HEAD "<w:latentStyles><w:lsdException w:name=\"a\" w:name=\"b\"/></w:latentStyles>"
	           TITLE_STYLE("T") "</w:styles>", "T");
	assert_true(has_warning(&r->doc, "docx.styles"));
	assert_int_not_equal(find_text(&r->doc, "Styled words")->role, PM_ROLE_TITLE);
	run_free(r);
	free(big);
}

static void tables_one_block(void **state)
{
	run_result *r;
	const pm_block *t = NULL;
	size_t i;
	(void)state;
	r = model(mkdocx(DOC(P("Before the table.")
	                     "<w:tbl><w:tblPr><w:tblW w:w=\"0\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>"
	                     "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"1\"/></w:tcPr>" P("Name") "</w:tc><w:tc>" P("Value") "</w:tc></w:tr>"
	                     "<w:tr><w:tc>" P("Two") P("paragraphs") "</w:tc><w:tc>"
	                     "<w:tbl><w:tr><w:tc>" P("nested") "</w:tc><w:tc>" P("cells") "</w:tc></w:tr></w:tbl>"
	                     "</w:tc></w:tr>"
	                     "<w:tr><w:trPr><w:del w:id=\"9\" w:author=\"a\"/></w:trPr><w:tc>" P("deleted row") "</w:tc></w:tr>"
	                     "</w:tbl>" P("After the table.")),
	                 NULL, NULL));
	assert_int_equal(count_type(&r->doc, PM_BLOCK_TABLE), 1);
	for (i = 0; i < r->doc.nblocks; i++)
		if (r->doc.blocks[i].type == PM_BLOCK_TABLE)
			t = &r->doc.blocks[i];
	assert_non_null(t);
	assert_int_equal(t->ncells, 4);
	assert_string_equal(t->cells[0].text, "Name");
	assert_string_equal(t->cells[1].text, "Value");
	assert_int_equal(t->cells[2].row, 1);
	assert_int_equal(t->cells[2].col, 0);
	/* docx.cell_paragraphs: a cell's paragraphs are its lines */
	assert_string_equal(t->cells[2].text, "Two\nparagraphs");
	assert_string_equal(t->cells[3].text, "nested\ncells");
	assert_int_equal(occurrences(&r->doc, "deleted row"), 0);
	assert_string_equal(r->doc.blocks[0].text, "Before the table.");
	assert_string_equal(r->doc.blocks[2].text, "After the table.");
	run_free(r);
}

static void hyperlinks_and_fields(void **state)
{
	run_result *r;
	const pm_block *b;
	size_t i;
	bool l1 = false, l2 = false;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:r><w:t xml:space=\"preserve\">Write to </w:t></w:r>"
	                     "<w:hyperlink r:id=\"rId5\"><w:r><w:t>the press desk</w:t></w:r></w:hyperlink>"
	                     "<w:r><w:t xml:space=\"preserve\"> or see </w:t></w:r>"
	                     "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org/news\" </w:instrText></w:r>"
	                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>our site</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
	                     "<w:r><w:t xml:space=\"preserve\"> on page </w:t></w:r>"
	                     "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGEREF _Toc1 \\h</w:instrText></w:r>"
	                     "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>NESTED</w:instrText></w:r>"
	                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>inner result in code</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
	                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
	                     "<w:fldSimple w:instr=\" HYPERLINK &quot;https://example.org/simple&quot; \"><w:r><w:t>.</w:t></w:r></w:fldSimple></w:p>"),
	                 DOC_RELS("<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
	                          "Target=\"mailto:press@example.org\" TargetMode=\"External\"/>"),
	                 NULL));
	assert_int_equal(r->doc.nblocks, 1);
	b = &r->doc.blocks[0];
	assert_string_equal(b->text, "Write to the press desk or see our site on page 7.");
	for (i = 0; i < b->nlinks; i++) {
		if (!strcmp(b->links[i], "mailto:press@example.org"))
			l1 = true;
		if (!strcmp(b->links[i], "https://example.org/news"))
			l2 = true;
	}
	assert_true(l1);
	assert_true(l2);
	assert_int_equal(b->nlinks, 3);
	run_free(r);
}

/* Record 1.1's structure from a document built here: a table with its
 * caption above it (Word's Caption style), its header row (w:tblHeader),
 * a merged and an empty cell and a link in a cell; a picture with its
 * caption under it; links of every kind, hostile targets kept as written
 * and bookmarks left out. */
static const char *jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void structure_in_record(void **state)
{
	json_t *r, *t, *rows, *links, *img, *body;
	size_t i;
	long table_entry = -1;
	(void)state;
	r = record(mkdocx(DOC(P("The mill opened its new granary on Monday, the cooperative said in a statement.")
	                      "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t>Table 1: Grain stored by kind</w:t></w:r></w:p>"
	                      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
	                      "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>" P("Kind") "</w:tc><w:tc>" P("Tonnes") "</w:tc><w:tc>" P("Share") "</w:tc></w:tr>"
	                      "<w:tr><w:tc>" P("Spelt") "</w:tc><w:tc>" P("410") "</w:tc><w:tc><w:p/></w:tc></w:tr>"
	                      "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" P("Rye and oats") "</w:tc>"
	                      "<w:tc><w:p><w:hyperlink r:id=\"rId7\"><w:r><w:t>see the ledger</w:t></w:r></w:hyperlink></w:p></w:tc></w:tr>"
	                      "</w:tbl>"
	                      "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData>"
	                      "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"/>"
	                      "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
	                      "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t>Figure 1: The granary at dawn</w:t></w:r></w:p>"
	                      "<w:p><w:r><w:t xml:space=\"preserve\">Details: </w:t></w:r>"
	                      "<w:hyperlink r:id=\"rId8\"><w:r><w:t>click</w:t></w:r></w:hyperlink>"
	                      "<w:r><w:t xml:space=\"preserve\"> or </w:t></w:r>"
	                      "<w:hyperlink r:id=\"rId9\"><w:r><w:t>open</w:t></w:r><w:r><w:t xml:space=\"preserve\"> the file</w:t></w:r></w:hyperlink>"
	                      "<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
	                      "<w:hyperlink w:anchor=\"top\"><w:r><w:t>back to the top</w:t></w:r></w:hyperlink>"
	                      "<w:fldSimple w:instr=\" HYPERLINK &quot;https://mill.example/granary&quot; \"><w:r><w:t>the granary page</w:t></w:r></w:fldSimple>"
	                      "<w:r><w:t xml:space=\"preserve\">.</w:t></w:r></w:p>"),
	                  DOC_RELS("<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
	                           "Target=\"https://mill.example/ledger?y=2024&amp;k=rye\" TargetMode=\"External\"/>"
	                           "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
	                           "Target=\"javascript:alert(1)\" TargetMode=\"External\"/>"
	                           "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
	                           "Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"),
	                  NULL),
	           "granary.docx");
	t = json_array_get(json_object_get(r, "tables"), 0);
	assert_int_equal(json_array_size(json_object_get(r, "tables")), 1);
	assert_string_equal(jstr(t, "caption"), "Table 1: Grain stored by kind");
	assert_true(json_is_true(json_object_get(t, "header")));
	rows = json_object_get(t, "rows");
	assert_int_equal(json_array_size(rows), 3);
	assert_string_equal(json_string_value(json_array_get(json_array_get(rows, 0), 2)), "Share");
	assert_string_equal(json_string_value(json_array_get(json_array_get(rows, 1), 1)), "410");
	assert_string_equal(json_string_value(json_array_get(json_array_get(rows, 1), 2)), "");
	assert_int_equal(json_array_size(json_array_get(rows, 2)), 2); /* the merged cell once */
	assert_string_equal(json_string_value(json_array_get(json_array_get(rows, 2), 0)), "Rye and oats");
	/* the body keeps the table's text, pointing at it */
	body = json_object_get(r, "body");
	for (i = 0; i < json_array_size(body); i++)
		if (!strcmp(jstr(json_array_get(body, i), "type"), "table")) {
			assert_string_equal(jstr(json_array_get(body, i), "text"),
			                    "Kind Tonnes Share Spelt 410 Rye and oats see the ledger");
			table_entry = (long)json_integer_value(json_object_get(json_array_get(body, i), "table"));
		}
	assert_int_equal(table_entry, 0);
	assert_null(strstr(json_string_value(json_object_get(r, "text")), "Figure 1"));
	links = json_object_get(r, "links");
	assert_int_equal(json_array_size(links), 4);
	assert_string_equal(jstr(json_array_get(links, 0), "text"), "see the ledger");
	assert_string_equal(jstr(json_array_get(links, 0), "url"), "https://mill.example/ledger?y=2024&k=rye");
	assert_string_equal(jstr(json_array_get(links, 1), "text"), "click");
	assert_string_equal(jstr(json_array_get(links, 1), "url"), "javascript:alert(1)");
	assert_string_equal(jstr(json_array_get(links, 2), "text"), "open the file");
	assert_string_equal(jstr(json_array_get(links, 2), "url"), "file:///etc/passwd");
	assert_string_equal(jstr(json_array_get(links, 3), "text"), "the granary page");
	assert_string_equal(jstr(json_array_get(links, 3), "url"), "https://mill.example/granary");
	assert_int_equal(json_array_size(json_object_get(r, "images")), 1);
	img = json_array_get(json_object_get(r, "images"), 0);
	assert_string_equal(jstr(img, "caption"), "Figure 1: The granary at dawn");
	assert_true(json_is_null(json_object_get(img, "page")));
	json_decref(r);
}

/* Hostile structure: rows of thousands of empty cells cost no text, so
 * the cell bound holds them, with a warning, and the record is whole. */
static void structure_bounds(void **state)
{
	size_t n = 0, cap = 4u << 20, i;
	char *doc = malloc(cap);
	json_t *r, *w;
	bool warned = false;
	(void)state;
	assert_non_null(doc);
	n += (size_t)snprintf(doc + n, cap - n, "<?xml version=\"1.0\"?><w:document " NS "><w:body>"
	                      P("A release with a table far too large for any reader.") "<w:tbl>");
	for (i = 0; i < 1200 && n + 2000 < cap; i++) {
		size_t k;
		n += (size_t)snprintf(doc + n, cap - n, "<w:tr>");
		for (k = 0; k < 100; k++)
			n += (size_t)snprintf(doc + n, cap - n, "<w:tc/>");
		n += (size_t)snprintf(doc + n, cap - n, "<w:tc>" P("x") "</w:tc></w:tr>");
	}
	snprintf(doc + n, cap - n, "</w:tbl></w:body></w:document>");
	r = record(mkdocx(doc, NULL, NULL), "big.docx");
	free(doc);
	assert_string_equal(jstr(r, "status"), "partial");
	w = json_object_get(r, "warnings");
	for (i = 0; i < json_array_size(w); i++)
		warned |= !strcmp(jstr(json_array_get(w, i), "code"), "limit.tables");
	assert_true(warned);
	assert_int_equal(json_array_size(json_object_get(r, "tables")), 1);
	json_decref(r);
}

static void footnotes_out_of_body(void **state)
{
	const char *notes = "<?xml version=\"1.0\"?><w:footnotes " NS ">"
	                    "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/><w:t>SEP</w:t></w:r></w:p></w:footnote>"
	                    "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Source: the 2024 survey.</w:t></w:r></w:p>"
	                    "<w:p/><w:p><w:r><w:t>Weighted by region.</w:t></w:r></w:p></w:footnote>"
	                    "<w:footnote w:id=\"2\"><w:p><w:r><w:t>A note no text points at.</w:t></w:r></w:p></w:footnote>"
	                    "</w:footnotes>";
	const char *endnotes = "<?xml version=\"1.0\"?><w:endnotes " NS ">"
	                       "<w:endnote w:id=\"1\"><w:p><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote></w:endnotes>";
	blob b = mkdocx(DOC("<w:p><w:r><w:t>Sales rose by a tenth</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
	                    "<w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t xml:space=\"preserve\"> in the year to March, and the company hired staff.</w:t></w:r></w:p>"),
	                DOC_RELS(REL("rId1", "footnotes", "footnotes.xml") REL("rId2", "endnotes", "endnotes.xml")),
	                "word/footnotes.xml", notes, "word/endnotes.xml", endnotes, NULL);
	blob c;
	run_result *r;
	json_t *rec;
	(void)state;
	c.n = b.n;
	c.d = malloc(b.n);
	memcpy(c.d, b.d, b.n);
	r = model(b);
	assert_int_equal(count_type(&r->doc, PM_BLOCK_FOOTNOTE), 4);
	assert_int_equal(find_text(&r->doc, "Source: the 2024 survey.")->type, PM_BLOCK_FOOTNOTE);
	assert_int_equal(find_text(&r->doc, "An endnote.")->type, PM_BLOCK_FOOTNOTE);
	assert_null(find_text(&r->doc, "SEP"));
	assert_string_equal(r->doc.blocks[0].text,
	                    "Sales rose by a tenth in the year to March, and the company hired staff.");
	run_free(r);
	rec = record(c, "n.docx");
	assert_null(strstr(pm_test_str(rec, "text"), "survey"));
	/* the record's notes: one per note, its paragraphs joined, in the
	 * order of the parts (footnotes, then endnotes) */
	assert_int_equal(json_array_size(json_object_get(rec, "notes")), 3);
	assert_string_equal(pm_test_str(json_array_get(json_object_get(rec, "notes"), 0), "text"),
	                    "Source: the 2024 survey. Weighted by region.");
	assert_string_equal(pm_test_str(json_array_get(json_object_get(rec, "notes"), 1), "text"),
	                    "A note no text points at.");
	assert_string_equal(pm_test_str(json_array_get(json_object_get(rec, "notes"), 2), "text"), "An endnote.");
	json_decref(rec);
}

/* A shape with a text box: the Choice (wps) and the Fallback (VML) hold
 * the same text; exactly one must be read, after its anchor paragraph. */
#define BOX(req, inner)                                                                                \
	"<mc:AlternateContent><mc:Choice Requires=\"" req "\"><w:drawing><wp:anchor><a:graphic><a:graphicData>" \
	"<wps:wsp><wps:txbx><w:txbxContent>" inner "</w:txbxContent></wps:txbx></wps:wsp>"               \
	"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"                                \
	"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" inner "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>" \
	"</mc:AlternateContent>"

static void text_boxes_exactly_once(void **state)
{
	run_result *r;
	const pm_block *b;
	size_t i, anchor = 0, box = 0;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:r><w:t xml:space=\"preserve\">The anchor sentence runs </w:t></w:r><w:r>" BOX("wps", P("Box text one") P("Box text two")) "</w:r>"
	                     "<w:r><w:t xml:space=\"preserve\">on to its end.</w:t></w:r></w:p>"
	                     "<w:p><w:r>" BOX("x9", P("Fallback box")) "</w:r></w:p>"
	                     "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>" P("Lonely choice")
	                     "</w:txbxContent></wps:txbx></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>"
	                     "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" P("Plain VML box") "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"),
	                 NULL, NULL));
	assert_int_equal(occurrences(&r->doc, "Box text one"), 1);
	assert_int_equal(occurrences(&r->doc, "Box text two"), 1);
	assert_int_equal(occurrences(&r->doc, "Fallback box"), 1);
	assert_int_equal(occurrences(&r->doc, "Lonely choice"), 1);
	assert_int_equal(occurrences(&r->doc, "Plain VML box"), 1);
	b = find_text(&r->doc, "The anchor sentence");
	assert_string_equal(b->text, "The anchor sentence runs on to its end.");
	for (i = 0; i < r->doc.nblocks; i++) {
		if (r->doc.blocks[i].text && strstr(r->doc.blocks[i].text, "anchor sentence"))
			anchor = i;
		if (r->doc.blocks[i].text && !strcmp(r->doc.blocks[i].text, "Box text one"))
			box = i;
	}
	assert_true(box == anchor + 1);
	assert_int_equal(find_text(&r->doc, "Box text one")->type, PM_BLOCK_TEXT_BOX);
	assert_int_equal(find_text(&r->doc, "Box text two")->type, PM_BLOCK_TEXT_BOX);
	assert_int_equal(find_text(&r->doc, "Fallback box")->type, PM_BLOCK_TEXT_BOX);
	run_free(r);
}

/* docx.text_box_blank_anchor: converters and templates anchor the
 * letterhead and the title in text boxes of their own, each in an empty
 * paragraph at the top: the boxes are read where they stand, before
 * the first paragraph of text, which then is no letterhead. */
static void text_boxes_in_blank_anchors(void **state)
{
	run_result *r;
	size_t i, title = 0, lead = 0;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:r>" BOX("wps", P("Harbeck Lifeboat Station") P("News release")) "</w:r></w:p>"
	                     "<w:p><w:r>" BOX("wps", P("Harbeck lifeboat crew gets a new boathouse")) "</w:r></w:p>"
	                     P("HARBECK, 2 May 2026 \xE2\x80\x93 The Harbeck lifeboat crew moved into its new boathouse.")
	                     P("The old one had stood since 1911.")),
	                 NULL, NULL));
	for (i = 0; i < r->doc.nblocks; i++) {
		if (r->doc.blocks[i].text && !strcmp(r->doc.blocks[i].text, "Harbeck lifeboat crew gets a new boathouse"))
			title = i;
		if (r->doc.blocks[i].text && strstr(r->doc.blocks[i].text, "HARBECK, 2 May"))
			lead = i;
	}
	assert_true(title < lead);
	assert_int_equal(occurrences(&r->doc, "Harbeck Lifeboat Station"), 1);
	run_free(r);
}

/* runon.converted_lines: a DOCX converted from a PDF writes each visual
 * line as a paragraph (or puts a line break at its end): the lines that
 * fill the measure or go on in lower case join, whatever the next line
 * opens with (a name, a figure); a line ending its sentence ends its
 * paragraph. Without the rule each line was a body paragraph. */
static void converted_lines_joined(void **state)
{
	json_t *rec, *body;
	(void)state;
	rec = record(mkdocx(DOC("<w:p>" RUN("<w:b/><w:sz w:val=\"36\"/>", "Kettering Weir gets a fish pass") "</w:p>"
	                        P("KETTERING, 4 May 2026 \xE2\x80\x93 The Kettering Anglers' Trust has finished a fish pass")
	                        P("beside the old weir on the Nenholme, the first of four planned along the river by")
	                        P("2029.")
	                        P("The pass is a staircase of thirty pools, each a hand's breadth above the one below")
	                        P("it, built in local stone by the trust's volunteers over two summers.")
	                        P("\xE2\x80\x9cSalmon were last seen above the weir in 1952, when the mill burned,\xE2\x80\x9d said Wendell")
	                        P("Okafor, the trust's chair.")
	                        "<w:p><w:r><w:t xml:space=\"preserve\">Volunteers counted 140 sea trout passing in the first week of the trial, more than</w:t>"
	                        "<w:br/><w:t xml:space=\"preserve\">the whole of the previous year, and the trust's counter will run until</w:t>"
	                        "<w:br/><w:t xml:space=\"preserve\">November.</w:t></w:r></w:p>"),
	                    NULL, NULL),
	             "c.docx");
	body = json_object_get(rec, "body");
	assert_int_equal(json_array_size(body), 4);
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 0), "text")),
	                    "The Kettering Anglers' Trust has finished a fish pass beside the old weir on the Nenholme, the "
	                    "first of four planned along the river by 2029.");
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 2), "text")),
	                    "\xE2\x80\x9cSalmon were last seen above the weir in 1952, when the mill burned,\xE2\x80\x9d said "
	                    "Wendell Okafor, the trust's chair.");
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 3), "text")),
	                    "Volunteers counted 140 sea trout passing in the first week of the trial, more than the whole "
	                    "of the previous year, and the trust's counter will run until November.");
	json_decref(rec);
}

/* runon.converted_lines.spacing: a converter that writes each of a PDF's
 * lines as a paragraph states no space after the lines inside a paragraph
 * and some after its last: those lines join the next, whatever it opens
 * with (here capitals and figures throughout, which runon.converted_lines
 * alone does not take for wraps). Without the rule each line was a body
 * paragraph. */
#define PS(after, text) "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"" after "\" w:line=\"264\" w:lineRule=\"exact\"/></w:pPr>" \
	"<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"
#define SPACED_TITLE "<w:p>" RUN("<w:b/><w:sz w:val=\"36\"/>", "Brookhollow Museum reopens its East Wing") "</w:p>"
static void converted_spacing_joined(void **state)
{
	json_t *rec, *body;
	(void)state;
	rec = record(mkdocx(DOC(SPACED_TITLE
	                        PS("0", "BROOKHOLLOW, 12 March 2026 \xE2\x80\x93 The Brookhollow Museum of Rail reopens its East Wing on")
	                        PS("200", "Saturday after a restoration of two years paid for by the Carrow Valley Heritage Fund.")
	                        PS("0", "The wing houses the museum's collection of signal boxes, among them one built in")
	                        PS("200", "1887 for Brookhollow Junction and moved here in pieces by its volunteers.")
	                        PS("0", "\xE2\x80\x9cWe counted every brick twice,\xE2\x80\x9d said the museum's director, Priya Lindqvist, who chairs the")
	                        PS("200", "Restoration Committee.")),
	                    NULL, NULL),
	             "s.docx");
	body = json_object_get(rec, "body");
	assert_int_equal(json_array_size(body), 3);
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 1), "text")),
	                    "The wing houses the museum's collection of signal boxes, among them one built in 1887 for "
	                    "Brookhollow Junction and moved here in pieces by its volunteers.");
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 2), "text")),
	                    "\xE2\x80\x9cWe counted every brick twice,\xE2\x80\x9d said the museum's director, Priya Lindqvist, "
	                    "who chairs the Restoration Committee.");
	json_decref(rec);
}

/* runon.converted_lines.spacing, the guard: a text typed with no space
 * after anywhere (Word's No Spacing, set on each paragraph) closes no run
 * of lines, and one whose runs are short lines (an address typed line by
 * line, space after its last) shows no converter: nothing joins. */
static void converted_spacing_typed_kept(void **state)
{
	json_t *rec, *body;
	char *dump;
	(void)state;
	rec = record(mkdocx(DOC(SPACED_TITLE
	                        PS("0", "BROOKHOLLOW, 12 March 2026 \xE2\x80\x93 The Brookhollow Museum of Rail reopens its East Wing on Saturday.")
	                        PS("0", "Opening hours and tickets")
	                        PS("0", "The wing is open from Tuesday to Sunday and tickets cost the same as before the works.")
	                        PS("0", "Volunteers who helped with the restoration get in free for the whole of the first year.")),
	                    NULL, NULL),
	             "n.docx");
	body = json_object_get(rec, "body");
	assert_int_equal(json_array_size(body), 4);
	json_decref(rec);
	rec = record(mkdocx(DOC(SPACED_TITLE
	                        PS("200", "BROOKHOLLOW, 12 March 2026 \xE2\x80\x93 The Brookhollow Museum of Rail reopens its East Wing on Saturday.")
	                        PS("200", "The wing houses the museum's collection of signal boxes, among them one built in 1887.")
	                        PS("0", "Brookhollow Museum of Rail")
	                        PS("0", "Station Road 4")
	                        PS("200", "Brookhollow BH4 7QT")
	                        PS("0", "Press office")
	                        PS("0", "Tom Aldous")
	                        PS("200", "Telephone 01632 960 412")),
	                    NULL, NULL),
	             "a.docx");
	dump = json_dumps(rec, 0);
	assert_non_null(dump);
	assert_null(strstr(dump, "Rail Station Road"));
	assert_null(strstr(dump, "office Tom"));
	free(dump);
	json_decref(rec);
}

/* The story is read by SAX (body.c, zipio.c): the text of a w:t must come
 * whole, as the tree reader's text node held it, wherever the parser's
 * pieces cut it (a soft hyphen cut in two would leave its bytes), with
 * references and CDATA merged into it; a Choice's Requires prefixes are
 * looked up where the Choice stands, its own declarations included. */
static void story_text_whole(void **state)
{
	run_result *r;
	char *doc = malloc(16384), *want = malloc(8192), *o = doc, *w = want;
	int i;
	(void)state;
	o += sprintf(o, "<?xml version=\"1.0\"?><w:document " NS "><w:body><w:p><w:r><w:t>");
	for (i = 0; i < 600; i++) {
		o += sprintf(o, "Wort%d\xC2\xAD", i % 10);
		w += sprintf(w, "Wort%d", i % 10);
	}
	sprintf(o, " a&amp;b<![CDATA[c<d]]>e&#x41;</w:t></w:r></w:p>"
	           "<w:p><w:r><mc:AlternateContent><mc:Choice xmlns:q=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
	           "Requires=\"q\">" P("Own binding") "</mc:Choice><mc:Fallback>" P("Own fallback")
	           "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
	           "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps zz\">" P("Unbound choice")
	           "</mc:Choice><mc:Fallback>" P("Unbound fallback") "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
	           "</w:body></w:document>");
	sprintf(w, " a&bc<deA");
	r = model(mkdocx(doc, NULL, NULL));
	assert_int_equal(r->status, PM_OK);
	assert_non_null(find_text(&r->doc, "Wort0Wort1"));
	assert_string_equal(find_text(&r->doc, "Wort0Wort1")->text, want);
	assert_int_equal(occurrences(&r->doc, "Own binding"), 1);
	assert_int_equal(occurrences(&r->doc, "Own fallback"), 0);
	assert_int_equal(occurrences(&r->doc, "Unbound choice"), 0);
	assert_int_equal(occurrences(&r->doc, "Unbound fallback"), 1);
	run_free(r);
	free(doc);
	free(want);
}

static void tracked_changes(void **state)
{
	run_result *r;
	(void)state;
	r = model(mkdocx(DOC("<w:p><w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r>"
	                     "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\">inserted </w:t></w:r></w:ins>"
	                     "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>deleted </w:delText></w:r></w:del>"
	                     "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>moved away </w:t></w:r></w:moveFrom>"
	                     "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"4\" w:author=\"a\"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>text</w:t></w:r></w:p>"
	                     "<w:p><w:pPr><w:rPr><w:del w:id=\"5\" w:author=\"a\"/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">First half and </w:t></w:r></w:p>"
	                     "<w:p><w:r><w:t>second half.</w:t></w:r></w:p>"
	                     "<w:p><w:moveTo w:id=\"6\" w:author=\"a\"><w:r><w:t>moved here</w:t></w:r></w:moveTo></w:p>"),
	                 NULL, NULL));
	assert_int_equal(r->status, PM_OK);
	assert_string_equal(r->doc.blocks[0].text, "Kept inserted text");
	assert_false(r->doc.blocks[0].flags & PM_BF_ITALIC);
	assert_string_equal(r->doc.blocks[1].text, "First half and second half.");
	assert_string_equal(r->doc.blocks[2].text, "moved here");
	assert_int_equal(r->doc.nblocks, 3);
	assert_true(has_warning(&r->doc, "docx.tracked_changes"));
	{
		size_t i;
		bool found = false;
		for (i = 0; i < r->doc.nwarnings; i++)
			found |= strstr(r->doc.warnings[i].message, "6 tracked changes") != NULL;
		assert_true(found);
	}
	run_free(r);
}

static void headers_and_footers(void **state)
{
	const char *hdr = "<?xml version=\"1.0\"?><w:hdr " NS ">" P("Ministry of Examples") "</w:hdr>";
	const char *ftr = "<?xml version=\"1.0\"?><w:ftr " NS "><w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
	                  "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
	                  "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>";
	blob b = mkdocx(DOC(P("Body text of the release, long enough to be a paragraph of its own.")
	                    "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rId7\"/><w:footerReference w:type=\"default\" r:id=\"rId8\"/></w:sectPr>"),
	                DOC_RELS(REL("rId7", "header", "header1.xml") REL("rId8", "footer", "footer1.xml")),
	                "word/header1.xml", hdr, "word/footer1.xml", ftr, NULL);
	run_result *r = model(b);
	(void)state;
	assert_int_equal(find_text(&r->doc, "Ministry of Examples")->type, PM_BLOCK_PAGE_HEADER);
	assert_int_equal(find_text(&r->doc, "Page 1")->type, PM_BLOCK_PAGE_FOOTER);
	assert_int_equal(find_text(&r->doc, "Body text")->type, PM_BLOCK_PARAGRAPH);
	assert_int_equal(occurrences(&r->doc, "PAGE"), 0);
	run_free(r);
}

static void properties(void **state)
{
	const char *core = "<?xml version=\"1.0\"?><cp:coreProperties "
	                   "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
	                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
	                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
	                   "<dc:title>Annual results</dc:title><dc:creator>Jane Roe</dc:creator><dc:subject>Finance</dc:subject>"
	                   "<cp:keywords>results, 2024</cp:keywords>"
	                   "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-05T09:30:00Z</dcterms:created>"
	                   "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">not a date</dcterms:modified></cp:coreProperties>";
	const char *app = "<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
	                  "<Application>Microsoft Office Word</Application><Pages>3</Pages></Properties>";
	json_t *rec, *p;
	(void)state;
	rec = record(mkdocx(DOC(P("Some text of the document.")), NULL, "docProps/core.xml", core, "docProps/app.xml", app, NULL),
	             "p.docx");
	p = json_object_get(json_object_get(rec, "source"), "properties");
	assert_string_equal(json_string_value(json_object_get(p, "title")), "Annual results");
	assert_string_equal(json_string_value(json_object_get(p, "author")), "Jane Roe");
	assert_string_equal(json_string_value(json_object_get(p, "subject")), "Finance");
	assert_string_equal(json_string_value(json_object_get(p, "keywords")), "results, 2024");
	assert_string_equal(json_string_value(json_object_get(p, "created")), "2024-03-05T09:30:00Z");
	assert_null(json_object_get(p, "modified"));
	assert_string_equal(json_string_value(json_object_get(p, "creator")), "Microsoft Office Word");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(rec, "source"), "pages")), 3);
	assert_string_equal(json_string_value(json_object_get(json_object_get(rec, "source"), "format")), "docx");
	json_decref(rec);
}

static void strict_and_macro_packages(void **state)
{
	const char *strict = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
	                     "<w:body><w:p><w:r><w:t>Strict text</w:t></w:r></w:p></w:body></w:document>";
	const char *sheet = "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
	run_result *r;
	json_t *rec;
	(void)state;
	r = model(mkdocx(strict, NULL, NULL));
	assert_int_equal(r->status, PM_OK);
	assert_string_equal(r->doc.blocks[0].text, "Strict text");
	run_free(r);
	rec = record(mkdocx(DOC(P("Macro-enabled document text.")), NULL, NULL), "m.docm");
	assert_string_equal(pm_test_str(rec, "status"), "ok");
	json_decref(rec);
	r = model(mkdocx(sheet, NULL, NULL));
	assert_int_equal(r->status, PM_ERR_UNSUPPORTED);
	run_free(r);
}

/* ---- hostile ----------------------------------------------------------- */

static blob ole_with(const char *utf16_name, size_t name_bytes)
{
	blob b;
	b.n = 4096;
	b.d = calloc(1, b.n);
	memcpy(b.d, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
	memcpy(b.d + 1024, utf16_name, name_bytes);
	return b;
}

static void encrypted_and_legacy(void **state)
{
	json_t *rec;
	(void)state;
	rec = record(ole_with("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32), "secret.docx");
	assert_string_equal(pm_test_str(rec, "status"), "failed");
	assert_string_equal(err_code(rec), "encrypted");
	json_decref(rec);
	rec = record(ole_with("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24), "old.doc");
	assert_string_equal(err_code(rec), "unsupported_format");
	assert_non_null(strstr(json_string_value(json_object_get(json_object_get(rec, "error"), "message")),
	                       "legacy Word 97-2003 .doc is not supported"));
	json_decref(rec);
}

static void zip_bombs(void **state)
{
	size_t big = 24u << 20, i;
	char *zeros = malloc(big + 64);
	blob b;
	run_result *r;
	double t0;
	part p[3];
	(void)state;
	/* a document.xml of 24 MB that compresses about a thousand times */
	strcpy(zeros, "<?xml version=\"1.0\"?><w:document " NS "><w:body>");
	i = strlen(zeros);
	memset(zeros + i, ' ', big - i);
	zeros[big] = '\0';
	p[0] = (part){"[Content_Types].xml", CT, 0};
	p[1] = (part){"_rels/.rels", PKG_RELS, 0};
	p[2] = (part){"word/document.xml", zeros, big};
	b = mkzip(p, 3);
	free(zeros);
	assert_true(b.n < big / 200);
	t0 = now();
	r = model(b);
	assert_int_equal(r->status, PM_ERR_TOO_LARGE);
	assert_true(now() - t0 < 1.0 * PM_TEST_SLOWDOWN);
	run_free(r);

	/* a central directory that declares a huge size for document.xml */
	b = mkdocx(DOC(P("small")), NULL, NULL);
	for (i = 0; i + 46 < b.n; i++)
		if (!memcmp(b.d + i, "PK\1\2", 4) && !memcmp(b.d + i + 46, "word/document.xml", 17))
			memcpy(b.d + i + 24, "\xF0\xFF\xFF\xFF", 4);
	t0 = now();
	r = model(b);
	assert_int_equal(r->status, PM_ERR_TOO_LARGE);
	assert_true(now() - t0 < 1.0 * PM_TEST_SLOWDOWN);
	run_free(r);
}

static void shared_zip_bomb(void **state)
{
	char path[4200];
	FILE *f;
	blob b;
	long n;
	run_result *r;
	double t0;
	(void)state;
	PM_SKIP_WITHOUT_SHARED();
	snprintf(path, sizeof path, "%s/corpus/hostile/harimypala+Zip_Bomb/zbsm.zip", pm_test_shared());
	f = fopen(path, "rb");
	if (!f) {
		print_message("skipped: %s is absent\n", path);
		skip();
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b.n = (size_t)n;
	b.d = malloc(b.n);
	assert_int_equal(fread(b.d, 1, b.n, f), b.n);
	fclose(f);
	t0 = now();
	r = model(b);
	assert_int_equal(r->status, PM_ERR_TOO_LARGE);
	assert_true(now() - t0 < 0.5 * PM_TEST_SLOWDOWN);
	run_free(r);
}

static void billion_laughs(void **state)
{
	const char *bomb =
		"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
		"<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
		"<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
		"<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
		"<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
		"<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
		"<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
		"<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
		"<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
		"<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">"
		"<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
		"<w:document " NS "><w:body><w:p><w:r><w:t>&lol9; &xxe;</w:t></w:r></w:p></w:body></w:document>";
	run_result *r;
	double t0 = now();
	(void)state;
	r = model(mkdocx(bomb, NULL, NULL));
	assert_int_equal(r->status, PM_ERR_CORRUPT);
	assert_int_equal(occurrences(&r->doc, "lol"), 0);
	assert_int_equal(occurrences(&r->doc, "root:"), 0);
	assert_true(now() - t0 < 1.0 * PM_TEST_SLOWDOWN);
	run_free(r);
}

/* A DTD marker anywhere in a part refuses it, wherever the reads of the
 * inflated part cut it: libxml2 reads 4 bytes, then 4096 at a time, and
 * has_dtd keeps the last 12 bytes of each read for the next. A comment
 * pushes "<!ENTITY" across the end of the second read at every offset
 * (and the '<' of the padding start no marker). A '<' that starts no
 * marker refuses nothing. */
static void dtd_marker_anywhere(void **state)
{
	static const char head[] = "<?xml version=\"1.0\"?><w:document " NS
	                           "><w:body><w:p><w:r><w:t>ok</w:t></w:r></w:p><!--";
	size_t at;
	(void)state;
	for (at = 4100 - 10; at <= 4100 + 1; at++) {
		size_t k, pad = at - (sizeof head - 1);
		char *doc = malloc(at + 2048);
		char *o = doc;
		run_result *r;
		memcpy(o, head, sizeof head - 1);
		o += sizeof head - 1;
		for (k = 0; k < pad; k++)
			*o++ = (k % 7) ? 'x' : '<';
		{
			static const char tail[] = "<!ENTITY--></w:body></w:document>";
			memcpy(o, tail, sizeof tail);
		}
		r = model(mkdocx(doc, NULL, NULL));
		if (r->status != PM_ERR_CORRUPT)
			print_error("marker at %zu: status %d\n", at, (int)r->status);
		assert_int_equal(r->status, PM_ERR_CORRUPT);
		run_free(r);
		free(doc);
	}
	{
		run_result *r = model(mkdocx("<?xml version=\"1.0\"?><w:document " NS "><w:body><w:p><w:r>"
		                             "<w:t>a &lt;!DOC x</w:t></w:r></w:p><!-- <!DOCTYP <!ENTIT < ! -->"
		                             "</w:body></w:document>",
		                             NULL, NULL));
		assert_int_equal(r->status, PM_OK);
		run_free(r);
	}
}

static void depth_and_text_limits(void **state)
{
	size_t depth = 600, i;
	char *deep = malloc(depth * 64 + 2048);
	char *o = deep;
	pm_limits lim;
	run_result *r;
	char *big;
	(void)state;
	o += sprintf(o, "<?xml version=\"1.0\"?><w:document " NS "><w:body><w:p>");
	for (i = 0; i < depth; i++)
		o += sprintf(o, "<w:sdt><w:sdtContent>");
	o += sprintf(o, "<w:r><w:t>deep</w:t></w:r>");
	for (i = 0; i < depth; i++)
		o += sprintf(o, "</w:sdtContent></w:sdt>");
	sprintf(o, "</w:p></w:body></w:document>");
	r = model(mkdocx(deep, NULL, NULL));
	assert_true(r->status == PM_ERR_TOO_LARGE || r->status == PM_ERR_CORRUPT);
	run_free(r);
	free(deep);

	/* the host's text limit stops the plugin, with what was read kept */
	big = malloc(300000);
	o = big;
	o += sprintf(o, "<?xml version=\"1.0\"?><w:document " NS "><w:body>");
	for (i = 0; i < 3000; i++)
		o += sprintf(o, "<w:p><w:r><w:t>Paragraph %zu of many.</w:t></w:r></w:p>", i);
	sprintf(o, "</w:body></w:document>");
	pm_limits_default(&lim);
	lim.max_text_bytes = 2000;
	r = model_lim(mkdocx(big, NULL, NULL), &lim);
	assert_true(r->doc.nblocks > 10 && r->doc.nblocks < 200);
	assert_true(has_warning(&r->doc, "limit.text"));
	run_free(r);
	free(big);
}

static void damaged_xml(void **state)
{
	run_result *r;
	char *doc = malloc(64 * 1024), *o = doc;
	int i;
	(void)state;
	/* libxml2's reader drops the last chunk it was given when the input
	 * ends in an error: what came before it is kept, with a warning */
	o += sprintf(o, "<?xml version=\"1.0\"?><w:document " NS "><w:body>");
	for (i = 0; i < 400; i++)
		o += sprintf(o, "<w:p><w:r><w:t>Readable paragraph %d.</w:t></w:r></w:p>", i);
	sprintf(o, "<w:p><w:r><w:t>cut here");
	r = model(mkdocx(doc, NULL, NULL));
	free(doc);
	assert_int_equal(r->status, PM_OK);
	assert_non_null(find_text(&r->doc, "Readable paragraph 0."));
	assert_true(r->doc.nblocks > 350);
	assert_true(has_warning(&r->doc, "docx.damaged"));
	run_free(r);
	r = model(mkdocx("<w:document " NS "><w:body><w:p", NULL, NULL));
	assert_int_equal(r->status, PM_ERR_CORRUPT);
	run_free(r);
}

/* ---- the shared corpus -------------------------------------------------- */

static bool docx_name(const char *n)
{
	size_t l = strlen(n);
	return l > 5 && (!strcasecmp(n + l - 5, ".docx") || !strcasecmp(n + l - 5, ".docm") ||
	                 !strcasecmp(n + l - 5, ".dotx") || !strcasecmp(n + l - 4, ".zip") ||
	                 !strcasecmp(n + l - 6, ".ooxml") || !strcasecmp(n + l - 5, ".xlsx"));
}

static void walk(pm_context *ctx, const char *dir, size_t *count, double *worst)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	if (!d)
		return;
	while ((e = readdir(d))) {
		char p[4096];
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
		if (stat(p, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			walk(ctx, p, count, worst);
		} else if (docx_name(e->d_name)) {
			double t0 = now(), dt;
			json_t *rec = pm_convert_file(ctx, p, NULL);
			const char *s;
			assert_non_null(rec);
			s = pm_test_str(rec, "status");
			assert_non_null(s);
			assert_true(!strcmp(s, "ok") || !strcmp(s, "partial") || !strcmp(s, "failed"));
			dt = now() - t0;
			if (dt > *worst)
				*worst = dt;
			if (dt > 5.0 * PM_TEST_SLOWDOWN)
				fail_msg("%s took %.1f s", p, dt);
			json_decref(rec);
			(*count)++;
		}
	}
	closedir(d);
}

static void shared_corpus_records(void **state)
{
	char p[4200];
	pm_context *ctx;
	size_t n = 0;
	double worst = 0;
	(void)state;
	PM_SKIP_WITHOUT_SHARED();
	ctx = pm_test_context();
	snprintf(p, sizeof p, "%s/corpus/hostile", pm_test_shared());
	walk(ctx, p, &n, &worst);
	snprintf(p, sizeof p, "%s/corpus/suites", pm_test_shared());
	walk(ctx, p, &n, &worst);
	pm_context_free(ctx);
	print_message("%zu DOCX-like files gave a record each, slowest %.2f s\n", n, worst);
	assert_true(n > 100);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(probe_bids),
		cmocka_unit_test(runs_and_characters),
		cmocka_unit_test(styles_by_localised_name),
		cmocka_unit_test(headline_from_styles_in_record),
		cmocka_unit_test(break_type_change),
		cmocka_unit_test(split_title_paragraphs),
		cmocka_unit_test(about_in_text_box),
		cmocka_unit_test(subheadline_display_type),
		cmocka_unit_test(lists_from_numbering),
		cmocka_unit_test(styles_hostile),
		cmocka_unit_test(styles_skipped_unparsed),
		cmocka_unit_test(tables_one_block),
		cmocka_unit_test(hyperlinks_and_fields),
		cmocka_unit_test(structure_in_record),
		cmocka_unit_test(structure_bounds),
		cmocka_unit_test(footnotes_out_of_body),
		cmocka_unit_test(text_boxes_exactly_once),
		cmocka_unit_test(text_boxes_in_blank_anchors),
		cmocka_unit_test(converted_lines_joined),
		cmocka_unit_test(converted_spacing_joined),
		cmocka_unit_test(converted_spacing_typed_kept),
		cmocka_unit_test(story_text_whole),
		cmocka_unit_test(tracked_changes),
		cmocka_unit_test(headers_and_footers),
		cmocka_unit_test(properties),
		cmocka_unit_test(strict_and_macro_packages),
		cmocka_unit_test(encrypted_and_legacy),
		cmocka_unit_test(zip_bombs),
		cmocka_unit_test(shared_zip_bomb),
		cmocka_unit_test(hidden_text),
		cmocka_unit_test(hidden_text_style),
		cmocka_unit_test(hidden_text_defaults),
		cmocka_unit_test(placeholder_text),
		cmocka_unit_test(layout_table),
		cmocka_unit_test(title_in_page_header),
		cmocka_unit_test(layout_table_title_size),
		cmocka_unit_test(cell_paragraphs),
		cmocka_unit_test(one_cell_box),
		cmocka_unit_test(alt_chunk),
		cmocka_unit_test(alt_chunk_text),
		cmocka_unit_test(alt_chunk_hostile),
		cmocka_unit_test(alt_chunk_in_table),
		cmocka_unit_test(contacts_in_text_box),
		cmocka_unit_test(billion_laughs),
		cmocka_unit_test(dtd_marker_anywhere),
		cmocka_unit_test(depth_and_text_limits),
		cmocka_unit_test(damaged_xml),
		cmocka_unit_test(shared_corpus_records),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
