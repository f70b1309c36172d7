/*
 * test_txt.c - the plain-text plugin: probe bids, charset decoding,
 * paragraphs (blank lines, hard wraps, run-on joins), Markdown syntax.
 */
#include "pm_test.h"

const pm_plugin *pressmill_plugin_entry_txt(void);

static json_t *conv(const char *bytes, size_t n, const char *name)
{
	pm_context *ctx = pm_test_context();
	json_t *r;
	assert_non_null(ctx);
	r = pm_convert_buffer(ctx, bytes, n, name);
	pm_context_free(ctx);
	assert_non_null(r);
	return r;
}

static const char *body_text(json_t *r, size_t i)
{
	const char *t = json_string_value(json_object_get(json_array_get(json_object_get(r, "body"), i), "text"));
	assert_non_null(t);
	return t;
}

static void probe_bids(void **state)
{
	const pm_plugin *p = pressmill_plugin_entry_txt();
	(void)state;
	assert_int_equal(p->probe((const unsigned char *)"Hello world\n", 12, 12, "a.txt"),
	                 PM_BID_FALLBACK + PM_BID_NAME_HINT);
	assert_int_equal(p->probe((const unsigned char *)"Hello world\n", 12, 12, "a.bin"), PM_BID_FALLBACK);
	assert_int_equal(p->probe((const unsigned char *)"%PDF-1.4\n", 9, 9, "a.txt"), PM_BID_NONE);
	assert_int_equal(p->probe((const unsigned char *)"PK\3\4abc", 7, 7, "a.txt"), PM_BID_NONE);
	assert_int_equal(p->probe((const unsigned char *)"ab\0cd\1\2\3", 8, 8, "x.txt"), PM_BID_NONE);
	assert_true(p->probe((const unsigned char *)"\xFF\xFEh\0i\0", 6, 6, "x") > PM_BID_FALLBACK);
}

static void binary_named_txt_is_unsupported(void **state)
{
	unsigned char bin[256];
	json_t *r;
	size_t i;
	(void)state;
	for (i = 0; i < sizeof bin; i++)
		bin[i] = (unsigned char)(i * 37);
	r = conv((const char *)bin, sizeof bin, "x.txt");
	assert_string_equal(pm_test_str(r, "status"), "failed");
	assert_string_equal(json_string_value(json_object_get(json_object_get(r, "error"), "code")),
	                    "unsupported_format");
	json_decref(r);
}

static void charsets(void **state)
{
	/* "Été à Paris" in Windows-1252 with a curly apostrophe (0x92) */
	const char cp1252[] = "Communiqu\xe9 de presse\n\nUn titre pour la saison chaude\n\nL\x92\xe9t\xe9 \xe0 Paris est chaud, tr\xe8s chaud, "
	                      "et la ville se pr\xe9pare \xe0 accueillir les visiteurs.\n";
	const char u16[] = "\xFF\xFE" "H\0i\0 \0t\0h\0e\0r\0e\0\n\0";
	json_t *r;
	(void)state;
	r = conv(cp1252, sizeof cp1252 - 1, "a.txt");
	assert_string_equal(json_string_value(json_object_get(json_object_get(r, "source"), "encoding")),
	                    "WINDOWS-1252");
	assert_non_null(strstr(body_text(r, 0), "L\xE2\x80\x99\xC3\xA9t\xC3\xA9"));
	json_decref(r);
	r = conv(u16, sizeof u16 - 1, "a.txt");
	assert_string_equal(json_string_value(json_object_get(json_object_get(r, "source"), "encoding")),
	                    "UTF-16LE");
	assert_string_equal(pm_test_str(r, "headline"), "Hi there");
	json_decref(r);
}

/* Convention txt.encoding.dos_guess: a Dutch release in Windows-1252
 * whose only accented letter is "ö" (0xF6: "coöperatie", "coördinator"),
 * which uchardet takes for a DOS page where 0xF6 is "÷": Windows-1252
 * reads it as a letter inside its words, the DOS page does not. */
static void dos_page_guess_for_western_text(void **state)
{
	const char nl[] = "PERSBERICHT\r\n\r\nBewoners van Dreesburg richten een energieco\xf6peratie op\r\n\r\n"
	                  "Dreesburg, 2 mei 2025\r\n\r\nBewoners van Dreesburg kunnen vanaf juni lid worden van de\r\n"
	                  "nieuwe energieco\xf6peratie Windkracht. De co\xf6peratie plaatst twee windmolens aan\r\n"
	                  "de rand van het dorp en verdeelt de opbrengst onder haar leden.\r\n\r\n"
	                  "De co\xf6rdinator van het project is Femke Wolters. Leden betalen geen inleg en\r\n"
	                  "krijgen de opbrengst verrekend met hun energierekening.\r\n";
	json_t *r;
	(void)state;
	r = conv(nl, sizeof nl - 1, "a.txt");
	assert_string_equal(json_string_value(json_object_get(json_object_get(r, "source"), "encoding")),
	                    "WINDOWS-1252");
	assert_non_null(strstr(pm_test_str(r, "headline"), "energieco\xC3\xB6peratie"));
	json_decref(r);
}

static void invalid_utf8_warns(void **state)
{
	const char t[] = "Title of the release\n\nSome text \xC3\xA9 then a bad byte \xC3 and more text \xE2\x82\xAC here.\n";
	json_t *r;
	(void)state;
	r = conv(t, sizeof t - 1, "a.txt");
	assert_non_null(pm_test_warning(r, "txt.invalid_bytes"));
	assert_non_null(strstr(body_text(r, 0), "\xEF\xBF\xBD"));
	json_decref(r);
}

static void hard_wrapped_paragraphs(void **state)
{
	const char t[] =
		"A headline for a wrapped release\n\n"
		"This paragraph was wrapped by a newswire system at about seventy\n"
		"columns, so every line but the last ends close to the margin and\n"
		"the reader must join them back into one paragraph of text.\n"
		"A second paragraph starts on its own line after a short last line.\n"
		"It is also wrapped at the same width so that the rule can see the\n"
		"margin clearly and join the lines, a word being consid-\n"
		"ered cut at the line end.\n";
	json_t *r;
	(void)state;
	r = conv(t, sizeof t - 1, "a.txt");
	assert_string_equal(body_text(r, 0),
	                    "This paragraph was wrapped by a newswire system at about seventy columns, so every "
	                    "line but the last ends close to the margin and the reader must join them back into "
	                    "one paragraph of text.");
	assert_non_null(strstr(body_text(r, 1), "being considered cut"));
	json_decref(r);
}

static void runon_across_blank_line(void **state)
{
	const char t[] = "Un titre de communiqué assez long\n\n"
	                 "Le ministre a souligné que les croyances erronées sous\n\n"
	                 "toutes leurs formes seront combattues avec la dernière énergie.\n";
	json_t *r;
	(void)state;
	r = conv(t, sizeof t - 1, "a.txt");
	assert_int_equal(json_array_size(json_object_get(r, "body")), 1);
	assert_non_null(strstr(body_text(r, 0), "erronées sous toutes leurs"));
	json_decref(r);
}

static void markdown(void **state)
{
	const char t[] = "---\ntitle: \"Front title\"\ndate: \"2024-08-14\"\n---\n\n"
	                 "# The **real** headline\n\n"
	                 "Text with a [link](https://example.org/x) and *emphasis* and <b>tags</b>.\n\n"
	                 "- first item\n- second item\n\n> a quoted passage of text\n";
	json_t *r, *body, *props;
	(void)state;
	r = conv(t, sizeof t - 1, "a.md");
	assert_string_equal(pm_test_str(r, "headline"), "The real headline");
	body = json_object_get(r, "body");
	assert_string_equal(body_text(r, 0), "Text with a link and emphasis and tags.");
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 1), "type")), "list_item");
	assert_string_equal(body_text(r, 2), "second item");
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 3), "type")), "quote");
	props = json_object_get(json_object_get(r, "source"), "properties");
	assert_string_equal(json_string_value(json_object_get(props, "title")), "Front title");
	assert_string_equal(pm_test_str(r, "date"), "2024-08-14");
	json_decref(r);
}

/* Front matter lists (record 1.1, source.properties.tags / categories):
 * block lists indented or not, flow lists with a quoted comma, a single
 * category; keywords stays 1.0's one string; a YAML timestamp date is
 * given in ISO 8601, another date as written. */
static void markdown_front_matter_lists(void **state)
{
	const char t[] = "---\ntitle: Tram line opens\ndate: 2025-03-04 10:15:00 +01:00\n"
	                 "tags:\n- Verkehr\n- \"Stadt, Land\"\ncategory: Pressemitteilung\n"
	                 "keywords:\n  - ignored after tags\n---\n\n# Tram line opens\n\nThe new line runs every ten minutes.\n";
	const char u[] = "---\ntitle: x\npublished: 4 March 2025\ncategories: [Comunicati, 'Trasporti, citt\xC3\xA0']\n"
	                 "tags: [ a ,b ]\n---\n\nLa nuova linea parte ogni dieci minuti dal centro.\n";
	json_t *r, *props, *l;
	(void)state;
	r = conv(t, sizeof t - 1, "a.md");
	props = json_object_get(json_object_get(r, "source"), "properties");
	assert_string_equal(json_string_value(json_object_get(props, "date")), "2025-03-04T10:15:00+01:00");
	assert_string_equal(pm_test_str(r, "date"), "2025-03-04");
	assert_string_equal(json_string_value(json_object_get(props, "keywords")), "Verkehr, Stadt, Land");
	l = json_object_get(props, "tags");
	assert_int_equal(json_array_size(l), 3);
	assert_string_equal(json_string_value(json_array_get(l, 1)), "Stadt, Land");
	assert_string_equal(json_string_value(json_array_get(l, 2)), "ignored after tags");
	l = json_object_get(props, "categories");
	assert_int_equal(json_array_size(l), 1);
	assert_string_equal(json_string_value(json_array_get(l, 0)), "Pressemitteilung");
	/* the record's tags stay the headline's rubric prefixes (none) */
	assert_int_equal(json_array_size(json_object_get(r, "tags")), 0);
	json_decref(r);
	r = conv(u, sizeof u - 1, "b.md");
	props = json_object_get(json_object_get(r, "source"), "properties");
	assert_string_equal(json_string_value(json_object_get(props, "date")), "4 March 2025");
	l = json_object_get(props, "categories");
	assert_int_equal(json_array_size(l), 2);
	assert_string_equal(json_string_value(json_array_get(l, 1)), "Trasporti, citt\xC3\xA0");
	l = json_object_get(props, "tags");
	assert_int_equal(json_array_size(l), 2);
	assert_string_equal(json_string_value(json_array_get(l, 0)), "a");
	assert_string_equal(json_string_value(json_array_get(l, 1)), "b");
	assert_string_equal(json_string_value(json_object_get(props, "keywords")), "a, b");
	json_decref(r);
}

/* GFM tables (GitHub Flavored Markdown spec, "Tables"): the leading and
 * trailing pipes are optional; the delimiter row must have as many cells
 * as the header row; without a delimiter row a line with a pipe is text. */
static void markdown_gfm_table_without_pipes(void **state)
{
	const char t[] = "# Ergebnisse\n\nDie Zahlen des Jahres.\n\n"
	                 "Jahr | Boote | Besucher\n:--- | ---: | ---\n2023 | 410 | 52 000\n2024 | 455 \\| 460 | 61 000\n\n"
	                 "Ende des Berichts.\n\n"
	                 "A | B\n--- | --- | ---\n\nEither | or.\n";
	json_t *r, *tables, *rows, *body;
	(void)state;
	r = conv(t, sizeof t - 1, "a.md");
	tables = json_object_get(r, "tables");
	assert_int_equal(json_array_size(tables), 1);
	assert_true(json_is_true(json_object_get(json_array_get(tables, 0), "header")));
	rows = json_object_get(json_array_get(tables, 0), "rows");
	assert_int_equal(json_array_size(rows), 3);
	assert_int_equal(json_array_size(json_array_get(rows, 2)), 3);
	assert_string_equal(json_string_value(json_array_get(json_array_get(rows, 0), 2)), "Besucher");
	assert_string_equal(json_string_value(json_array_get(json_array_get(rows, 2), 1)), "455 | 460");
	body = json_object_get(r, "body");
	assert_string_equal(body_text(r, 2), "Ende des Berichts.");
	/* two header cells over three delimiter cells: no table */
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 3), "type")), "paragraph");
	assert_string_equal(body_text(r, 4), "Either | or.");
	json_decref(r);
}

static void mojibake_and_bullets(void **state)
{
	/* "•" encoded twice (UTF-8 read as Windows-1252, twice), run inline */
	const char t[] = "A headline about energy bills\n\n"
	                 "The plan has several parts that the minister listed today in Canberra. This includes: "
	                 "\xC3\x83\xC2\xA2\xC3\x82\xC2\x80\xC3\x82\xC2\xA2 a price cap; "
	                 "\xC3\x83\xC2\xA2\xC3\x82\xC2\x80\xC3\x82\xC2\xA2 simpler bills.\n\n"
	                 "Caf\xC3\x83\xC2\xA9 owners and \xC3\x82ge limits stay as they are.\n";
	json_t *r, *body;
	(void)state;
	r = conv(t, sizeof t - 1, "a.txt");
	body = json_object_get(r, "body");
	assert_string_equal(json_string_value(json_object_get(json_array_get(body, 1), "type")), "list_item");
	assert_string_equal(body_text(r, 1), "a price cap;");
	assert_string_equal(body_text(r, 2), "simpler bills.");
	/* "Ã©" repaired to "é", a real "Âge" left alone */
	assert_string_equal(body_text(r, 3), "Caf\xC3\xA9 owners and \xC3\x82ge limits stay as they are.");
	json_decref(r);
}

static void collapsed_scrape(void **state)
{
	char t[4096];
	json_t *r;
	(void)state;
	snprintf(t, sizeof t, "%s", "Headline of a scraped page          ");
	strcat(t, "The first paragraph of the release has a few sentences. It goes on for a while so that the line is long, "
	          "much longer than any line a person would type, and it keeps going with clauses that add nothing but length to it.  The second paragraph starts after two spaces "
	          "that follow a period. It is also long enough to matter, with words and words and words and more words "
	          "to fill the line past six hundred bytes, which is what a collapsed scrape looks like when the page's "
	          "breaks were lost.  A third paragraph closes the text. Here two spaces  inside a sentence stay a space.");
	r = conv(t, strlen(t), "a.txt");
	assert_string_equal(pm_test_str(r, "headline"), "Headline of a scraped page");
	assert_int_equal(json_array_size(json_object_get(r, "body")), 3);
	assert_non_null(strstr(body_text(r, 2), "two spaces inside a sentence"));
	json_decref(r);
}

/* The document decides an undecided line-end hyphen (core/hyphen.c):
 * kept where nothing shows typesetter hyphenation, joined where another
 * split proves it. Both texts wrap at the same width. */
static void hyphen_rule_by_document(void **state)
{
	const char keep[] =
		"Un titre de communiqué sur la finance illicite\n\n"
		"Les participants se pencheront sur les nouvelles formes de financement,\n"
		"dont le recours aux crypto-\n"
		"actifs et les transferts informels, qui ont beaucoup augmenté depuis cinq\n"
		"ans selon les services de renseignement financier de la région du Sahel.\n";
	const char join[] =
		"Un titre de communiqué sur la finance illicite\n\n"
		"Les participants se pencheront sur les nouvelles formes de financement du\n"
		"terrorisme et de l'extré-\n"
		"misme violent, dont le recours aux crypto-\n"
		"actifs et les transferts informels, qui ont beaucoup augmenté depuis cinq\n"
		"ans selon les services de renseignement financier de la région du Sahel.\n";
	json_t *r;
	(void)state;
	r = conv(keep, sizeof keep - 1, "a.txt");
	assert_non_null(strstr(body_text(r, 0), "aux crypto-actifs et"));
	json_decref(r);
	r = conv(join, sizeof join - 1, "a.txt");
	assert_non_null(strstr(body_text(r, 0), "l'extrémisme violent"));
	assert_non_null(strstr(body_text(r, 0), "aux cryptoactifs et"));
	json_decref(r);
	{
		/* a soft hyphen where the line broke joins the word for certain */
		const char soft[] =
			"Un titre de communiqué sur la finance illicite\n\n"
			"Les participants se pencheront sur les nouvelles formes de financement,\n"
			"dont le recours aux crypto\xC2\xAD\n"
			"actifs et les transferts informels, qui ont beaucoup augmenté depuis cinq\n"
			"ans selon les services de renseignement financier de la région du Sahel.\n";
		r = conv(soft, sizeof soft - 1, "a.txt");
		assert_non_null(strstr(body_text(r, 0), "aux cryptoactifs et"));
		json_decref(r);
	}
}

/* A scraped Markdown page's closing rule and link block are furniture;
 * a rule inside the text is only a break. */
static void markdown_link_tail(void **state)
{
	const char t[] = "# A headline for the scraped page\n\n"
	                 "The first paragraph of the release says what happened today in the city.\n\n"
	                 "---\n\n"
	                 "The second paragraph comes after a rule and is still the release's text.\n\n"
	                 "---\n\n"
	                 "[Fuente: Gabinete de Prensa](https://example.org/prensa)\n"
	                 "[Compartir en redes](https://example.org/share)\n\n"
	                 "![QR](https://example.org/qr.png)\n";
	json_t *r;
	(void)state;
	r = conv(t, sizeof t - 1, "a.md");
	assert_int_equal(json_array_size(json_object_get(r, "body")), 2);
	assert_null(pm_test_str(r, "byline"));
	assert_null(strstr(json_string_value(json_object_get(r, "text")), "Compartir"));
	json_decref(r);
}

static const char *jget(json_t *a, size_t i, const char *k)
{
	return json_string_value(json_object_get(json_array_get(a, i), k));
}

static const char *cell(json_t *r, size_t t, size_t row, size_t col)
{
	json_t *rows = json_object_get(json_array_get(json_object_get(r, "tables"), t), "rows");
	return json_string_value(json_array_get(json_array_get(rows, row), col));
}

/* Record 1.1's structure from Markdown: a pipe table with its header row
 * (the row above |---|), an escaped bar, a pandoc "Table:" caption under
 * it; links with their text in document order (inline, autolink, a bare
 * address, a linked image), and an image alone on its line as a figure
 * captioned by its alternative text. */
static void markdown_structure(void **state)
{
	const char t[] = "# Ferry timetable changes from May\n\n"
	                 "The ferry company will add [two evening crossings](https://ferry.example/may \"May\") "
	                 "and publish the times at www.ferry.example/times, or ask <desk@ferry.example>.\n\n"
	                 "| Route | Departs | Note |\n"
	                 "|:------|--------:|------|\n"
	                 "| Island \\| Mainland | 19:40 | new |\n"
	                 "| Mainland | 21:10 | `<b>**x\\|y**</b>` |\n\n"
	                 "Table: Evening crossings from 3 May\n\n"
	                 "![The new ferry at the island pier](pier.jpg)\n\n"
	                 "[![logo](logo.png)](https://ferry.example/)\n";
	json_t *r, *links, *body, *img;
	size_t i;
	bool pointed = false;
	(void)state;
	r = conv(t, sizeof t - 1, "ferry.md");
	assert_int_equal(json_array_size(json_object_get(r, "tables")), 1);
	assert_string_equal(jget(json_object_get(r, "tables"), 0, "caption"), "Evening crossings from 3 May");
	assert_true(json_is_true(json_object_get(json_array_get(json_object_get(r, "tables"), 0), "header")));
	assert_string_equal(cell(r, 0, 0, 1), "Departs");
	assert_string_equal(cell(r, 0, 1, 0), "Island | Mainland");
	assert_string_equal(cell(r, 0, 2, 1), "21:10");
	/* a code span is literal, a bar escaped in it aside (GFM) */
	assert_string_equal(cell(r, 0, 2, 2), "<b>**x|y**</b>");
	body = json_object_get(r, "body");
	for (i = 0; i < json_array_size(body); i++)
		if (json_integer_value(json_object_get(json_array_get(body, i), "table")) == 0 &&
		    json_object_get(json_array_get(body, i), "table"))
			pointed = true;
	assert_true(pointed);
	links = json_object_get(r, "links");
	assert_int_equal(json_array_size(links), 4);
	assert_string_equal(jget(links, 0, "text"), "two evening crossings");
	assert_string_equal(jget(links, 0, "url"), "https://ferry.example/may");
	assert_string_equal(jget(links, 1, "url"), "www.ferry.example/times");
	assert_string_equal(jget(links, 2, "url"), "desk@ferry.example");
	assert_string_equal(jget(links, 3, "url"), "https://ferry.example/");
	assert_true(json_is_null(json_object_get(json_array_get(links, 3), "text")));
	assert_int_equal(json_array_size(json_object_get(r, "images")), 2);
	img = json_object_get(r, "images");
	assert_string_equal(jget(img, 0, "caption"), "The new ferry at the island pier");
	assert_true(json_is_null(json_object_get(json_array_get(img, 1), "caption")));
	assert_null(strstr(json_string_value(json_object_get(r, "text")), "Evening crossings"));
	json_decref(r);
}

/* md.pipe_table: a pipe table's row is one line however long (GFM,
 * "Tables"), and a code span's content is literal (CommonMark, "Code
 * spans"): a row of more than six hundred bytes whose cell holds a code
 * span opening with four spaces is a table row, never a collapsed scrape
 * split at its runs of spaces. */
static void long_table_row_with_spaced_code(void **state)
{
	char t[4096];
	json_t *r;
	(void)state;
	snprintf(t, sizeof t, "%s",
	         "# Harbour rules\n\nThe rules of the Quillmouth harbour office.\n\n"
	         "| Rule | What it says |\n|---|---|\n| `moor.left` | a boat typed in the log (`    Heron II moored at");
	strcat(t, " the north quay` / `    left at dawn`): ");
	while (strlen(t) < 1400)
		strcat(t, "a boat that stays longer than a week pays the harbour dues of a resident boat, ");
	strcat(t, "and so on. |\n| `moor.right` | short |\n\nThe office opens at eight.\n");
	r = conv(t, strlen(t), "rules.md");
	assert_int_equal(json_array_size(json_object_get(r, "tables")), 1);
	assert_int_equal(json_array_size(json_object_get(json_array_get(json_object_get(r, "tables"), 0), "rows")), 3);
	assert_string_equal(cell(r, 0, 2, 1), "short");
	assert_non_null(strstr(cell(r, 0, 1, 1), "Heron II moored"));
	assert_int_equal(json_array_size(json_object_get(r, "body")), 3);
	assert_string_equal(body_text(r, 2), "The office opens at eight.");
	json_decref(r);
}

/* Footnotes as pandoc and GitHub write them: each definition is a note
 * (with its lazy lines and the paragraphs indented under it), never
 * body, and a reference mark whose label a definition gives leaves the
 * text; "[^x]" that nothing defines is text. A definition holding a link
 * at the end of the file is a note, not the closing block of links. */
static void markdown_footnotes(void **state)
{
	const char t[] = "# Valley line reopens after the floods\n\n"
	                 "The valley line carries trains again from Monday [^works], two weeks early.\n"
	                 "Fares stay as they were[^fares]; the \"[^beta]\" timetable is a draft.\n\n"
	                 "Crews rebuilt four bridges and two kilometres of embankment over the summer.\n\n"
	                 "---\n\n"
	                 "[^works]: Track and signals were replaced between\n"
	                 "the two tunnels.\n\n"
	                 "    Two bridges were rebuilt in steel.\n\n"
	                 "[^fares]: See [the fares page](https://valley.example/fares).\n";
	json_t *r, *notes, *body;
	(void)state;
	r = conv(t, sizeof t - 1, "valley.md");
	body = json_object_get(r, "body");
	assert_int_equal(json_array_size(body), 2);
	assert_string_equal(jget(body, 0, "text"), "The valley line carries trains again from Monday, two weeks early. "
	                                           "Fares stay as they were; the \"[^beta]\" timetable is a draft.");
	notes = json_object_get(r, "notes");
	assert_int_equal(json_array_size(notes), 2);
	assert_string_equal(jget(notes, 0, "text"),
	                    "Track and signals were replaced between the two tunnels. Two bridges were rebuilt in steel.");
	assert_string_equal(jget(notes, 1, "text"), "See the fares page.");
	assert_string_equal(jget(json_object_get(r, "links"), 0, "url"), "https://valley.example/fares");
	assert_null(strstr(json_string_value(json_object_get(r, "text")), "tunnels"));
	json_decref(r);
}

/* CommonMark: a code fence (``` or ~~~) interrupts a paragraph and a
 * block quote's lazy lines; the code is never joined to the sentence
 * above it. */
static void markdown_fence_interrupts(void **state)
{
	const char t[] = "# Harbour museum opens a night wing\n\n"
	                 "The night wing keeps these hours:\n"
	                 "```\n"
	                 "Thu-Sat 19:00-23:00\n"
	                 "```\n\n"
	                 "> Visitors asked to see the ships by lamplight.\n"
	                 "~~~\n"
	                 "Sun 18:00-21:00\n"
	                 "~~~\n\n"
	                 "Entry to the night wing is free in its first month.\n";
	json_t *r, *body;
	(void)state;
	r = conv(t, sizeof t - 1, "harbour.md");
	body = json_object_get(r, "body");
	assert_string_equal(jget(body, 0, "text"), "The night wing keeps these hours:");
	assert_string_equal(jget(body, 1, "text"), "Thu-Sat 19:00-23:00");
	assert_string_equal(jget(body, 2, "text"), "Visitors asked to see the ships by lamplight.");
	assert_string_equal(jget(body, 3, "text"), "Sun 18:00-21:00");
	json_decref(r);
}

/* Plain text: bare web addresses are links (GFM's extended autolinks),
 * without the sentence's closing punctuation or an unmatched ')'. */
static void plain_text_urls(void **state)
{
	const char t[] = "Ferry times change in May.\n\n"
	                 "See https://ferry.example/times. The plan (http://ferry.example/plan_(v2)) is online;\n"
	                 "old pages at www.ferry.example/old, not at ftp://ferry.example or xwww.example.\n";
	json_t *r, *links;
	(void)state;
	r = conv(t, sizeof t - 1, "ferry.txt");
	links = json_object_get(r, "links");
	assert_int_equal(json_array_size(links), 3);
	assert_string_equal(jget(links, 0, "url"), "https://ferry.example/times");
	assert_string_equal(jget(links, 1, "url"), "http://ferry.example/plan_(v2)");
	assert_string_equal(jget(links, 2, "url"), "www.ferry.example/old");
	assert_string_equal(jget(links, 2, "text"), "www.ferry.example/old");
	json_decref(r);
}

/* A million links cost little text: the link bound holds them, with a
 * warning, and the record is whole. */
static void structure_bounds(void **state)
{
	size_t n = 30000, i, len = 0;
	char *t = malloc(n * 8 + 64);
	json_t *r;
	(void)state;
	assert_non_null(t);
	len += (size_t)sprintf(t, "A page of links.\n\n");
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(t + len, "[a](b) ");
	r = conv(t, len, "links.md");
	free(t);
	assert_int_equal(json_array_size(json_object_get(r, "links")), PM_MAX_LINKS);
	assert_string_equal(json_string_value(json_object_get(r, "status")), "partial");
	json_decref(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(probe_bids),
		cmocka_unit_test(binary_named_txt_is_unsupported),
		cmocka_unit_test(charsets),
		cmocka_unit_test(dos_page_guess_for_western_text),
		cmocka_unit_test(invalid_utf8_warns),
		cmocka_unit_test(hard_wrapped_paragraphs),
		cmocka_unit_test(runon_across_blank_line),
		cmocka_unit_test(markdown),
		cmocka_unit_test(markdown_front_matter_lists),
		cmocka_unit_test(markdown_gfm_table_without_pipes),
		cmocka_unit_test(mojibake_and_bullets),
		cmocka_unit_test(collapsed_scrape),
		cmocka_unit_test(hyphen_rule_by_document),
		cmocka_unit_test(markdown_link_tail),
		cmocka_unit_test(markdown_structure),
		cmocka_unit_test(long_table_row_with_spaced_code),
		cmocka_unit_test(markdown_footnotes),
		cmocka_unit_test(markdown_fence_interrupts),
		cmocka_unit_test(plain_text_urls),
		cmocka_unit_test(structure_bounds),
	};
	return cmocka_run_group_tests_name("txt", tests, NULL, NULL);
}
