/*
 * test_txt_sniff.c - honest formats (plugins/kit/sniff.c): the txt plugin bids
 * only on prose; HTML, XML, RTF, JSON, CSV/TSV and source code are
 * unsupported_format with a message that names them; prose that looks a
 * little like them (French lists ending in ';', Markdown with inline tags,
 * links and code fences, a bracketed first line, contact lines full of
 * commas) stays text; a record with no text at all is failed, no_text.
 * Every example here was written for this test.
 */
#include "pm_test.h"

#include "kit/kit.h"

const pm_plugin *pressmill_plugin_entry(void);

static int kind(const char *s)
{
	return pm_sniff_text((const unsigned char *)s, strlen(s), strlen(s));
}

static int bid(const char *s)
{
	return pressmill_plugin_entry()->probe((const unsigned char *)s, strlen(s), strlen(s),
	                                       "x.txt");
}

static const char html_page[] =
	"<!DOCTYPE html>\n<html lang=\"en\"><head><title>Mill news</title></head>\n"
	"<body><h1>The mill reopens</h1><p>Our mill reopens on Monday.</p></body></html>\n";

static const char html_fragment[] =
	"Mill news\n<div class=\"post\"><h2>The mill reopens</h2>\n"
	"<p>Our <b>mill</b> reopens on Monday.</p><p>Doors open at <i>nine</i>.</p>\n"
	"<ul><li>Bread</li><li>Flour</li></ul><br><a href=\"/more\">More</a></div>\n";

static const char xml_doc[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<release id=\"7\">\n"
	"  <title>The mill reopens</title>\n  <body>Our mill reopens on Monday.</body>\n"
	"</release>\n";

static const char json_doc[] =
	"{\n  \"title\": \"The mill reopens\",\n  \"date\": \"2024-03-04\",\n"
	"  \"paragraphs\": [\"Our mill reopens on Monday.\", \"Doors open at nine.\"]\n}\n";

static const char csv_doc[] =
	"date,title,town,words\n2024-03-04,The mill reopens,Lyon,120\n"
	"2024-03-05,\"Bread, flour and more\",Lyon,80\n2024-03-07,New baker hired,Vienne,95\n"
	"2024-03-09,Open day,Lyon,60\n";

static const char tsv_doc[] =
	"date\ttitle\ttown\n2024-03-04\tThe mill reopens\tLyon\n"
	"2024-03-05\tBread and flour\tLyon\n2024-03-07\tNew baker hired\tVienne\n";

static const char c_source[] =
	"#include <stdio.h>\n\nstatic int mill(int sacks)\n{\n\tif (sacks > 3) {\n"
	"\t\treturn sacks * 2;\n\t}\n\treturn sacks;\n}\n\nint main(void)\n{\n"
	"\tprintf(\"%d\\n\", mill(4));\n\treturn 0;\n}\n";

static const char py_source[] =
	"import sys\nfrom pathlib import Path\n\n\ndef mill(sacks):\n    return sacks * 2\n\n\n"
	"class Baker:\n    def bake(self):\n        return mill(3)\n";

static const char native_data[] =
	"[Para [Str \"Our\",Space,Str \"mill\",Space,Str \"reopens.\"]\n"
	",Header 2 (\"doors\",[],[]) [Str \"Doors\",Space,Str \"at\",Space,Str \"nine\"]]\n";

static void non_prose_is_named(void **state)
{
	(void)state;
	assert_int_equal(kind(html_page), PM_SNIFF_HTML);
	assert_int_equal(kind(html_fragment), PM_SNIFF_HTML);
	assert_int_equal(kind("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html><body>x</body></html>"),
	                 PM_SNIFF_HTML);
	assert_int_equal(kind("<!-- saved page -->\n<html><body><p>x</p></body></html>"), PM_SNIFF_HTML);
	assert_int_equal(kind(xml_doc), PM_SNIFF_XML);
	assert_int_equal(kind("<!DOCTYPE note [<!ENTITY a \"b\">]>\n<note>&a;</note>\n"), PM_SNIFF_XML);
	assert_int_equal(kind("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 The mill reopens.\\par}"),
	                 PM_SNIFF_RTF);
	assert_int_equal(kind(json_doc), PM_SNIFF_JSON);
	assert_int_equal(kind("[{\"id\": 1, \"title\": \"Mill\"}, {\"id\": 2, \"title\": \"Bread\"}]"),
	                 PM_SNIFF_JSON);
	assert_int_equal(kind("{\"id\":1,\"t\":\"a\"}\n{\"id\":2,\"t\":\"b\"}\n"), PM_SNIFF_JSON);
	/* cut by the end of the head: still JSON so far */
	assert_int_equal(kind("{\"title\": \"The mill\", \"body\": [\"Our mill reopens on"), PM_SNIFF_JSON);
	assert_int_equal(kind(csv_doc), PM_SNIFF_CSV);
	assert_int_equal(kind("a;b;c\n1;2;3\n4;5;6\n7;8;9\n"), PM_SNIFF_CSV);
	assert_int_equal(kind(tsv_doc), PM_SNIFF_TSV);
	assert_int_equal(kind(c_source), PM_SNIFF_CODE);
	assert_int_equal(kind(py_source), PM_SNIFF_CODE);
	assert_int_equal(kind("#!/bin/sh\necho mill\n"), PM_SNIFF_CODE);
	assert_int_equal(kind(native_data), PM_SNIFF_CODE);
}

static void prose_stays_prose(void **state)
{
	(void)state;
	/* French lists end their items with ';' */
	assert_int_equal(kind("Le conseil a adopté :\n\n- le projet de loi sur l'eau ;\n"
	                      "- le décret sur les moulins ;\n- la nomination du directeur ;\n"
	                      "- le budget de la boulangerie.\n\nFait à Lyon, le 4 mars 2024.\n"),
	                 PM_SNIFF_PROSE);
	/* Markdown with a few inline tags, links and a code fence */
	assert_int_equal(kind("# The mill reopens\n\nLYON, March 4, 2024 - Our mill reopens<br>on "
	                      "Monday, see [the map](https://mill.example/map) and "
	                      "[hours](https://mill.example/h).\n\n```\nint sacks = 3;\nreturn sacks;\n"
	                      "if (x) {\n}\n```\n\nContact: [Jane Roe](mailto:jane@mill.example)\n"),
	                 PM_SNIFF_PROSE);
	/* a bracketed or braced first line is not JSON */
	assert_int_equal(kind("[Embargoed until 4 March 2024]\n\nThe mill reopens on Monday.\n"),
	                 PM_SNIFF_PROSE);
	assert_int_equal(kind("{draft}\nThe mill reopens on Monday.\n"), PM_SNIFF_PROSE);
	/* a starting tag-like phrase without markup's share */
	assert_int_equal(kind("<EMBARGOED> The mill reopens on Monday, its owners said today in a "
	                      "statement that ran to several sentences about bread and flour.\n"),
	                 PM_SNIFF_PROSE);
	/* contact lines with commas, among sentences */
	assert_int_equal(kind("The mill reopens\n\nLYON, France, March 4, 2024 - Our mill reopens.\n"
	                      "Jane Roe, Director, Mill Co., Lyon\nJohn Doe, Baker, Mill Co., Vienne\n"
	                      "It will bake bread, cakes and pies every day.\n"),
	                 PM_SNIFF_PROSE);
	assert_int_equal(kind("Short note\n"), PM_SNIFF_PROSE);
	/* a release template's fill-in fields (Mustache, Jinja, mail merge) stand for words */
	assert_int_equal(kind("{{company}} opens a bakery in {{town}}\n\n{{town}}, {{date}} - "
	                      "{{company}} will open its {{ shop_name }} next week.\n"),
	                 PM_SNIFF_PROSE);
}

static void txt_bids_only_on_prose(void **state)
{
	(void)state;
	assert_int_equal(bid(html_page), PM_BID_NONE);
	assert_int_equal(bid(xml_doc), PM_BID_NONE);
	assert_int_equal(bid(json_doc), PM_BID_NONE);
	assert_int_equal(bid(csv_doc), PM_BID_NONE);
	assert_int_equal(bid(c_source), PM_BID_NONE);
	assert_int_equal(bid("The mill reopens\n\nOur mill reopens on Monday.\n"),
	                 PM_BID_FALLBACK + PM_BID_NAME_HINT);
	{
		/* UTF-16 HTML is HTML too */
		static const char u16[] = "\xFF\xFE<\0h\0t\0m\0l\0>\0<\0b\0o\0d\0y\0>\0x\0<\0/\0b\0o\0d\0y\0>\0";
		assert_int_equal(pressmill_plugin_entry()->probe((const unsigned char *)u16, sizeof u16 - 1,
		                                                 sizeof u16 - 1, "x.txt"),
		                 PM_BID_NONE);
	}
}

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

static void expect_failure(const char *bytes, size_t n, const char *code, const char *says)
{
	json_t *r = conv(bytes, n, "note.txt");
	json_t *e = json_object_get(r, "error");
	assert_string_equal(pm_test_str(r, "status"), "failed");
	assert_string_equal(json_string_value(json_object_get(e, "code")), code);
	if (!strstr(json_string_value(json_object_get(e, "message")), says))
		fail_msg("message '%s' does not say '%s'", json_string_value(json_object_get(e, "message")),
		         says);
	json_decref(r);
}

static void unsupported_says_what_was_seen(void **state)
{
	(void)state;
	expect_failure(html_page, strlen(html_page), "unsupported_format", "HTML");
	expect_failure(xml_doc, strlen(xml_doc), "unsupported_format", "XML");
	expect_failure(json_doc, strlen(json_doc), "unsupported_format", "JSON");
	/* doubled braces holding more than a word are still serialised data */
	expect_failure("{{\"town\": \"Lyon\", \"mill\": {\"open\": true, \"sacks\": [1, 2, 3]}}, "
	               "{\"town\": \"Vienne\", \"mill\": {\"open\": false, \"sacks\": []}}}\n",
	               121, "unsupported_format", "");
	expect_failure(csv_doc, strlen(csv_doc), "unsupported_format", "CSV");
	expect_failure(c_source, strlen(c_source), "unsupported_format", "source code");
	expect_failure("{\\rtf1 x}", 9, "unsupported_format", "RTF");
	expect_failure("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16, "unsupported_format", "PNG image");
	expect_failure("\x7F" "ELF\2\1\1\0\0\0", 10, "unsupported_format", "executable");
	/* nothing recognisable: the plain message */
	expect_failure("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F", 10, "unsupported_format",
	               "no plugin recognises");
}

static void no_text_fails(void **state)
{
	(void)state;
	expect_failure("   \n\n\t  \n", 9, "no_text", "holds no text");
	expect_failure("\xEF\xBB\xBF\n\n  \n", 7, "no_text", "holds no text");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(non_prose_is_named),
		cmocka_unit_test(prose_stays_prose),
		cmocka_unit_test(txt_bids_only_on_prose),
		cmocka_unit_test(unsupported_says_what_was_seen),
		cmocka_unit_test(no_text_fails),
	};
	return cmocka_run_group_tests_name("txt_sniff", tests, NULL, NULL);
}
