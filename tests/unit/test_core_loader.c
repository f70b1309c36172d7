/*
 * test_core_loader.c - the descriptor checks the loader runs before any
 * plugin code (pm_plugin_check), registration (duplicates refused), and
 * dispatch (pm_registry_probe: the highest bid wins, ties go to the plugin
 * loaded first, bids above PM_BID_CERTAIN count as certain), the probe
 * hints that keep a plugin unloaded for heads it cannot bid on, and the
 * features lines asked for the listing only. The loader's
 * tests with real broken .so files live with the test plugins.
 */
#include "pm_test.h"

static const char *const mt[] = {"text/x-test", NULL};
static const char *const no_mt[] = {NULL};

static int bid_none(const unsigned char *h, size_t n, uint64_t sz, const char *name)
{
	return PM_BID_NONE;
}
static int bid_magic(const unsigned char *h, size_t n, uint64_t sz, const char *name)
{
	return n >= 4 && !memcmp(h, "MAGC", 4) ? PM_BID_MAGIC : PM_BID_NONE;
}
static int bid_fallback(const unsigned char *h, size_t n, uint64_t sz, const char *name)
{
	return PM_BID_FALLBACK;
}
static int bid_structure(const unsigned char *h, size_t n, uint64_t sz, const char *name)
{
	return n >= 4 && !memcmp(h, "MAGC", 4) ? PM_BID_STRUCTURE : PM_BID_NONE;
}
static int bid_huge(const unsigned char *h, size_t n, uint64_t sz, const char *name)
{
	return n >= 4 && !memcmp(h, "HUGE", 4) ? 1000 : PM_BID_NONE;
}
static int extract_ok(const pm_input *in, const pm_host *host, pm_sink *s)
{
	return PM_OK;
}

#define PLUGIN(nm, pr)                                                                         \
	{                                                                                      \
		.abi = PM_PLUGIN_ABI, .size = sizeof(pm_plugin), .name = nm, .version = "1",   \
		.media_types = mt, .probe = pr, .extract = extract_ok                          \
	}

static void check_rejects_bad_descriptors(void **state)
{
	pm_plugin good = PLUGIN("good", bid_magic), p;
	(void)state;
	assert_null(pm_plugin_check(&good));
	assert_non_null(pm_plugin_check(NULL));
	p = good;
	p.abi = PM_PLUGIN_ABI + 1;
	assert_non_null(strstr(pm_plugin_check(&p), "ABI"));
	p = good;
	p.abi = 0;
	assert_non_null(pm_plugin_check(&p));
	p = good;
	p.size = PM_PLUGIN_SIZE_V1 - 1;
	assert_non_null(strstr(pm_plugin_check(&p), "smaller"));
	/* a plugin built before the descriptor grew (features) still loads */
	p = good;
	p.size = PM_PLUGIN_SIZE_V1;
	assert_null(pm_plugin_check(&p));
	p = good;
	p.size = offsetof(pm_plugin, probe);
	assert_non_null(pm_plugin_check(&p));
	p = good;
	p.name = NULL;
	assert_non_null(strstr(pm_plugin_check(&p), "name"));
	p.name = "";
	assert_non_null(strstr(pm_plugin_check(&p), "name"));
	p.name = "a-name-much-longer-than-thirty-two-characters";
	assert_non_null(strstr(pm_plugin_check(&p), "name"));
	p = good;
	p.version = NULL;
	assert_non_null(pm_plugin_check(&p));
	p = good;
	p.probe = NULL;
	assert_non_null(strstr(pm_plugin_check(&p), "probe"));
	p = good;
	p.extract = NULL;
	assert_non_null(strstr(pm_plugin_check(&p), "extract"));
	p = good;
	p.media_types = NULL;
	assert_non_null(strstr(pm_plugin_check(&p), "media type"));
	p.media_types = no_mt;
	assert_non_null(strstr(pm_plugin_check(&p), "media type"));
	/* a larger descriptor (a newer plugin, same ABI) is accepted */
	p = good;
	p.size = sizeof(pm_plugin) + 16;
	assert_null(pm_plugin_check(&p));
}

static void registry_refuses_bad_and_duplicate(void **state)
{
	static pm_plugin a = PLUGIN("alpha", bid_magic), a2 = PLUGIN("alpha", bid_structure),
	                 bad = PLUGIN("bad", NULL);
	pm_registry r;
	const char *why = NULL;
	json_t *l;
	(void)state;
	memset(&r, 0, sizeof r);
	r.listing = json_array();
	assert_int_equal(pm_registry_add(&r, &a, NULL, "/x/alpha.so", &why), 0);
	assert_int_equal(r.n, 1);
	assert_int_equal(pm_registry_add(&r, &a2, NULL, "/y/alpha.so", &why), -1);
	assert_non_null(strstr(why, "duplicate"));
	assert_int_equal(pm_registry_add(&r, &bad, NULL, "/y/bad.so", &why), -1);
	assert_non_null(strstr(why, "probe"));
	assert_int_equal(r.n, 1);
	assert_ptr_equal(r.v[0].p, &a);
	l = json_array_get(r.listing, 0);
	assert_string_equal(pm_test_str(l, "name"), "alpha");
	assert_string_equal(pm_test_str(l, "file"), "/x/alpha.so");
	assert_string_equal(json_string_value(json_array_get(json_object_get(l, "media_types"), 0)),
	                    "text/x-test");
	/* without a file it is "built in" */
	{
		static pm_plugin b = PLUGIN("beta", bid_none);
		assert_int_equal(pm_registry_add(&r, &b, NULL, NULL, &why), 0);
		assert_string_equal(r.v[1].file, "(built in)");
	}
	pm_registry_free(&r);
}

static int features_asked;
static const char *features_costly(void)
{
	features_asked++;
	return "engine: 1.0";
}

/* A plugin's features line is asked when the listing is read, once, and
 * never by registration or a probe: it may cost what a conversion does not
 * need (the PDF plugin's loads Tesseract to tell its version). A plugin
 * built before the descriptor had the member is listed without it. */
static void features_asked_for_the_listing_only(void **state)
{
	static pm_plugin a = PLUGIN("alpha", bid_magic), old = PLUGIN("old", bid_none);
	pm_registry r;
	const char *why = NULL;
	const json_t *l;
	int bid = 0;
	(void)state;
	a.features = features_costly;
	old.features = features_costly;
	old.size = PM_PLUGIN_SIZE_V1;
	features_asked = 0;
	memset(&r, 0, sizeof r);
	r.listing = json_array();
	assert_int_equal(pm_registry_add(&r, &a, NULL, "/x/alpha.so", &why), 0);
	assert_int_equal(pm_registry_add(&r, &old, NULL, "/x/old.so", &why), 0);
	assert_ptr_equal(pm_registry_probe(&r, (const unsigned char *)"MAGC", 4, 4, "f", &bid), &a);
	assert_int_equal(features_asked, 0);
	assert_null(json_object_get(json_array_get(r.listing, 0), "features"));
	l = pm_registry_listing(&r);
	assert_int_equal(features_asked, 1);
	assert_string_equal(pm_test_str(json_array_get(l, 0), "features"), "engine: 1.0");
	assert_null(json_object_get(json_array_get(l, 1), "features"));
	l = pm_registry_listing(&r);
	assert_int_equal(features_asked, 1);
	assert_string_equal(pm_test_str(json_array_get(l, 0), "features"), "engine: 1.0");
	pm_registry_free(&r);
}

static const pm_plugin *probe(pm_registry *r, const char *bytes, int *bid)
{
	return pm_registry_probe(r, (const unsigned char *)bytes, strlen(bytes), strlen(bytes),
	                         "f.bin", bid);
}

static void probe_highest_bid_ties_first(void **state)
{
	static pm_plugin fb = PLUGIN("fallback", bid_fallback), m1 = PLUGIN("magic1", bid_magic),
	                 m2 = PLUGIN("magic2", bid_magic), st = PLUGIN("structure", bid_structure),
	                 hg = PLUGIN("huge", bid_huge), nn = PLUGIN("none", bid_none);
	pm_registry r;
	const char *why;
	int bid = -1;
	(void)state;
	memset(&r, 0, sizeof r);
	r.listing = json_array();
	/* nothing loaded: no winner, bid 0 */
	assert_null(probe(&r, "MAGC", &bid));
	assert_int_equal(bid, 0);
	assert_int_equal(pm_registry_add(&r, &nn, NULL, NULL, &why), 0);
	assert_null(probe(&r, "MAGC", &bid));
	assert_int_equal(bid, PM_BID_NONE);
	assert_int_equal(pm_registry_add(&r, &fb, NULL, NULL, &why), 0);
	assert_int_equal(pm_registry_add(&r, &m1, NULL, NULL, &why), 0);
	assert_int_equal(pm_registry_add(&r, &m2, NULL, NULL, &why), 0);
	/* magic beats the fallback; magic1 and magic2 tie: the first loaded */
	assert_ptr_equal(probe(&r, "MAGC rest", &bid), &m1);
	assert_int_equal(bid, PM_BID_MAGIC);
	/* nobody else bids: the fallback takes it */
	assert_ptr_equal(probe(&r, "plain", &bid), &fb);
	assert_int_equal(bid, PM_BID_FALLBACK);
	/* a later, higher bid wins whatever the order */
	assert_int_equal(pm_registry_add(&r, &st, NULL, NULL, &why), 0);
	assert_ptr_equal(probe(&r, "MAGC rest", &bid), &st);
	assert_int_equal(bid, PM_BID_STRUCTURE);
	/* a bid above CERTAIN counts as CERTAIN */
	assert_int_equal(pm_registry_add(&r, &hg, NULL, NULL, &why), 0);
	assert_ptr_equal(probe(&r, "HUGE", &bid), &hg);
	assert_int_equal(bid, PM_BID_CERTAIN);
	/* bid may be NULL */
	assert_ptr_equal(pm_registry_probe(&r, (const unsigned char *)"MAGC", 4, 4, NULL, NULL), &st);
	pm_registry_free(&r);
}

/* Ties at CERTAIN: the clamp must not let a later "1000" beat an earlier
 * honest 100. */
static int bid_certain(const unsigned char *h, size_t n, uint64_t sz, const char *name)
{
	return n >= 4 && !memcmp(h, "HUGE", 4) ? PM_BID_CERTAIN : PM_BID_NONE;
}

static void clamp_keeps_tie_rule(void **state)
{
	static pm_plugin c = PLUGIN("certain", bid_certain), hg = PLUGIN("huge", bid_huge);
	pm_registry r;
	const char *why;
	int bid;
	(void)state;
	memset(&r, 0, sizeof r);
	r.listing = json_array();
	assert_int_equal(pm_registry_add(&r, &c, NULL, NULL, &why), 0);
	assert_int_equal(pm_registry_add(&r, &hg, NULL, NULL, &why), 0);
	assert_ptr_equal(probe(&r, "HUGE", &bid), &c);
	assert_int_equal(bid, PM_BID_CERTAIN);
	pm_registry_free(&r);
}

static void load_empty_and_missing_dirs(void **state)
{
	pm_registry r;
	char dir[] = "/tmp/pm-loader-XXXXXX";
	(void)state;
	assert_non_null(mkdtemp(dir));
	pm_registry_load(&r, dir, true, NULL, NULL);
	assert_int_equal(r.n, 0);
	assert_int_equal(json_array_size(r.listing), 0);
	pm_registry_free(&r);
	pm_registry_load(&r, "/nonexistent/a::/nonexistent/b", true, NULL, NULL);
	assert_int_equal(r.n, 0);
	pm_registry_free(&r);
	rmdir(dir);
	/* the build tree's plugins: found, not loaded until asked; then txt
	 * at least, and none rejected */
	pm_registry_load(&r, PM_BUILD_DIR "/lib/pressmill/plugins", true, NULL, NULL);
	assert_int_equal(r.n, 0);
	assert_true(r.npending >= 1);
	pm_registry_load_all(&r);
	assert_true(r.n >= 1);
	{
		size_t i;
		bool txt = false;
		for (i = 0; i < r.n; i++)
			txt = txt || !strcmp(r.v[i].p->name, "txt");
		assert_true(txt);
	}
	pm_registry_free(&r);
}

/* Plugins loaded as the probe needs them choose what plugins loaded at
 * start choose, for every kind of content; a file found but not needed
 * stays unloaded only behind a certain bid. */
static void lazy_probe_chooses_as_eager(void **state)
{
	static const char *const heads[] = {
		"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "PK\3\4\x14\x01\x01\x01word/document.xml",
		"PK\3\4 not an office file", "Plain words of a press release.\n", "# A heading\n\nText.",
		"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "", "\x01\x02\x03 binary"};
	static const char *const names[] = {"a.pdf", "a.docx", "a.txt", "a.md", "a", ""};
	pm_registry eager, lazy;
	size_t i, k;
	(void)state;
	pm_registry_load(&eager, PM_BUILD_DIR "/lib/pressmill/plugins", true, NULL, NULL);
	pm_registry_load_all(&eager);
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		for (k = 0; k < sizeof names / sizeof names[0]; k++) {
			int be = -1, bl = -1;
			const pm_plugin *pe, *pl;
			pm_registry_load(&lazy, PM_BUILD_DIR "/lib/pressmill/plugins", true, NULL, NULL);
			pe = pm_registry_probe(&eager, (const unsigned char *)heads[i], strlen(heads[i]) + 1,
			                       strlen(heads[i]) + 1, names[k], &be);
			pl = pm_registry_probe(&lazy, (const unsigned char *)heads[i], strlen(heads[i]) + 1,
			                       strlen(heads[i]) + 1, names[k], &bl);
			assert_int_equal(be, bl);
			if (pe != pl)
				print_error("head %zu, name %s: %s lazily, %s eagerly\n", i, names[k],
				            pl ? pl->name : "none", pe ? pe->name : "none");
			assert_true((pe && pl && !strcmp(pe->name, pl->name)) || (!pe && !pl));
			/* below a certain bid, every file was loaded but those
			 * whose hint rules the head out */
			if (bl < PM_BID_CERTAIN) {
				size_t j;
				for (j = 0; j < lazy.npending; j++)
					assert_true(lazy.pending[j].tried || lazy.pending[j].hint == 1);
			}
			pm_registry_free(&lazy);
		}
	pm_registry_free(&eager);
}

static bool tried(const pm_registry *r, const char *plugin_file)
{
	size_t j, l = strlen(plugin_file);
	for (j = 0; j < r->npending; j++) {
		size_t fl = strlen(r->pending[j].file);
		if (fl >= l && !strcmp(r->pending[j].file + fl - l, plugin_file))
			return r->pending[j].tried;
	}
	fail_msg("no %s among the plugins found", plugin_file);
	return false;
}

/* One registry converting documents of several formats one after
 * another, so that plugins load in an order other than the search order
 * (txt.so before pdf.so): every choice is still the eager one, a text
 * head loads neither the PDF nor the DOCX reader (their hints rule it
 * out), and the listing keeps the search order. */
static void hints_skip_plugins_and_keep_choices(void **state)
{
	static const char *const heads[] = {
		"Quillbrook Ferry Trust opens a new landing stage.\n", "# Marrowgate Choir\n\nText.",
		"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "   \n%PDF-1.7 after some junk",
		"PK\3\4\x14\x01\x01\x01word/document.xml", "Plain text naming %PDF-1.4 late",
		"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1WordDocument", "PK\3\4 no office parts"};
	static const char *const names[] = {"notes.txt", "choir.md", "a.pdf", "b.pdf", "c.docx",
	                                    "d.txt", "e.doc", "f.zip"};
	pm_registry eager, lazy;
	const json_t *le, *ll;
	size_t i;
	(void)state;
	pm_registry_load(&eager, PM_BUILD_DIR "/lib/pressmill/plugins", true, NULL, NULL);
	pm_registry_load_all(&eager);
	pm_registry_load(&lazy, PM_BUILD_DIR "/lib/pressmill/plugins", true, NULL, NULL);
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		int be = -1, bl = -1;
		size_t n = strlen(heads[i]);
		const pm_plugin *pe = pm_registry_probe(&eager, (const unsigned char *)heads[i], n, n,
		                                        names[i], &be);
		const pm_plugin *pl = pm_registry_probe(&lazy, (const unsigned char *)heads[i], n, n,
		                                        names[i], &bl);
		assert_int_equal(be, bl);
		assert_non_null(pe);
		assert_non_null(pl);
		assert_string_equal(pe->name, pl->name);
		if (i == 1) {
			/* two text files: the heavy readers never loaded */
			assert_false(tried(&lazy, "/pdf.so"));
			assert_false(tried(&lazy, "/docx.so"));
			assert_true(tried(&lazy, "/txt.so"));
		}
		if (i == 2)
			assert_true(tried(&lazy, "/pdf.so"));
	}
	le = pm_registry_listing(&eager);
	ll = pm_registry_listing(&lazy);
	assert_true(json_equal(le, ll));
	pm_registry_free(&lazy);
	pm_registry_free(&eager);
}

/* The hints are promises about the probes (plugin.h): heads that hold a
 * magic only past its window, or not at all, get PM_BID_NONE from the
 * plugin that states it. */
static void hints_hold_for_their_probes(void **state)
{
	pm_registry r;
	unsigned char head[2048];
	size_t j, at, i;
	int checked = 0;
	(void)state;
	pm_registry_load(&r, PM_BUILD_DIR "/lib/pressmill/plugins", true, NULL, NULL);
	pm_registry_load_all(&r);
	for (j = 0; j < r.npending; j++) {
		pm_pending *pe = &r.pending[j];
		const pm_plugin *p = NULL;
		(void)pm_registry_may_bid(pe, (const unsigned char *)"", 0); /* reads the hint */
		if (pe->hint != 1)
			continue;
		for (i = 0; i < r.n; i++)
			if (!strcmp(r.v[i].file, pe->file))
				p = r.v[i].p;
		assert_non_null(p);
		for (i = 0; i < pe->h.n; i++) {
			const pm_probe_magic *m = &pe->h.magic[i];
			/* the magic one byte past its window, after text or zeros */
			for (at = m->within - m->len + 1; at < m->within + 3 && at + m->len <= sizeof head; at++) {
				memset(head, at & 1 ? 'a' : 0, sizeof head);
				memcpy(head + at, m->bytes, m->len);
				assert_int_equal(p->probe(head, sizeof head, sizeof head, "x.pdf"), PM_BID_NONE);
				assert_int_equal(p->probe(head, sizeof head, sizeof head, "x.docx"), PM_BID_NONE);
			}
			/* and inside it, where the loader does load the plugin */
			memset(head, 'a', sizeof head);
			memcpy(head + m->within - m->len, m->bytes, m->len);
			assert_true(pm_registry_may_bid(pe, head, sizeof head));
			checked++;
		}
	}
	/* the PDF reader's and the DOCX reader's two */
	assert_true(checked >= 3);
	pm_registry_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(check_rejects_bad_descriptors),
		cmocka_unit_test(registry_refuses_bad_and_duplicate),
		cmocka_unit_test(features_asked_for_the_listing_only),
		cmocka_unit_test(probe_highest_bid_ties_first),
		cmocka_unit_test(clamp_keeps_tie_rule),
		cmocka_unit_test(load_empty_and_missing_dirs),
		cmocka_unit_test(lazy_probe_chooses_as_eager),
		cmocka_unit_test(hints_skip_plugins_and_keep_choices),
		cmocka_unit_test(hints_hold_for_their_probes),
	};
	return cmocka_run_group_tests_name("core_loader", tests, NULL, NULL);
}
