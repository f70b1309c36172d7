/*
 * test_core_repairs.c - the rule every repair follows (README, "Repairs"):
 * it changes text only with evidence in the document, only in the sources
 * it applies to, and says what it changed in one "text.repaired" warning.
 * Arabic reordering damage is repaired in visual-order text (what a PDF
 * reader gives) that shows it strongly, with the Arabic dictionary only on
 * Arabic itself; logical-order text (DOCX, plain text) is never touched;
 * a hyphen at a paragraph cut joins only with the document's evidence;
 * mojibake is repaired only where the bytes can be nothing else.
 */
#include "pm_test.h"

static pm_context *ctx;

static int setup(void **state)
{
	(void)state;
	ctx = pm_test_context();
	return ctx ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	pm_context_free(ctx);
	return 0;
}

/* A model filled as a plugin fills it: blocks separated by '\0', lines
 * of a block by '\r' (a layout wrap); flags on every block. Finished and
 * normalised as convert.c does; returns the record (evidence included). */
/* The format and the PDF Producer property the next model() sets (NULL:
 * none, as before). */
static const char *model_format, *model_producer;

static json_t *model(const char *const *blocks, unsigned flags)
{
	pm_doc doc;
	pm_host host;
	pm_sink *s;
	json_t *rec;
	pm_fields f;
	pm_outcome o;
	size_t i;
	memset(&f, 0, sizeof f);
	pm_doc_init(&doc, &ctx->eng.opt.limits);
	doc.lingua = pm_test_lingua(ctx);
	s = (pm_sink *)&doc;
	host = *pm_doc_host();
	doc.format = model_format;
	if (model_producer)
		host.property(s, "producer", model_producer);
	for (i = 0; blocks[i]; i++) {
		pm_block_info in;
		const char *p = blocks[i], *e;
		memset(&in, 0, sizeof in);
		in.size = sizeof in;
		in.type = i == 0 ? PM_BLOCK_HEADING : PM_BLOCK_PARAGRAPH;
		in.level = i == 0 ? 1 : 0;
		in.flags = flags;
		host.block_begin(s, &in);
		while ((e = strchr(p, '\r'))) {
			host.text(s, p, (size_t)(e - p));
			host.line_end(s, PM_LINE_WRAP);
			p = e + 1;
		}
		host.text(s, p, strlen(p));
		host.block_end(s);
	}
	pm_engine_model(pm_test_lingua(ctx), &doc, &f, true);
	memset(&o, 0, sizeof o);
	o.source.path = "";
	o.doc = &doc;
	o.fields = &f;
	o.evidence = true;
	rec = pm_record_build(&o);
	assert_non_null(rec);
	pm_fields_free(&f);
	pm_doc_free(&doc);
	return rec;
}

static const char *body(json_t *r)
{
	const char *t = json_string_value(json_object_get(json_array_get(json_object_get(r, "body"), 0), "text"));
	assert_non_null(t);
	return t;
}

/* The message of the text.repaired warning, or NULL. */
static const char *repaired(json_t *r)
{
	json_t *w = pm_test_warning(r, "text.repaired");
	return w ? pm_json_str(json_object_get(w, "message")) : NULL;
}

static long repair_count(json_t *r, const char *name)
{
	return (long)json_integer_value(
		json_object_get(json_object_get(json_object_get(r, "evidence"), "repairs"), name));
}

static bool no_arabic_dictionary(void)
{
	if (pm_spell(pm_test_lingua(ctx), "ar", "العام") >= 0)
		return false;
	print_message("skipped: no Arabic hunspell dictionary (make deps installs hunspell-ar)\n");
	return true;
}

/* A conference announcement as a PDF reader's reordering leaves it: the
 * article's lam-alef turned round ("األمين"), a line's full stop opening
 * the next line, a damma one letter early ("ُيذكر"), "خالل" for "خلال". */
static const char *const damaged[] = {
	"األمين العام يفتتح المؤتمر السنوي للشباب",
	"افتتح األمين العام صباح اليوم المؤتمر السنوي\r"
	".للشباب في مدينة جدة بحضور عدد كبير من المشاركين\r"
	"ُيذكر أن المؤتمر يعقد خالل شهر مايو من كل عام",
	NULL};

static void visual_order_damage_repaired(void **state)
{
	json_t *r;
	(void)state;
	if (no_arabic_dictionary())
		skip();
	r = model(damaged, PM_BF_VISUAL_ORDER);
	assert_string_equal(pm_test_str(r, "headline"), "الأمين العام يفتتح المؤتمر السنوي للشباب");
	assert_non_null(strstr(body(r), "افتتح الأمين العام"));
	assert_non_null(strstr(body(r), "من المشاركين. يُذكر أن"));
	assert_non_null(strstr(body(r), "يعقد خلال شهر"));
	assert_true(repair_count(r, "arabic_order") >= 5);
	assert_non_null(strstr(repaired(r), "arabic_order"));
	/* a repair informs, it does not make the record partial */
	json_decref(r);
}

/* Convention pdf.rtl_cut_month: a justified line's widened letter gaps
 * cut a month name in two pieces the dictionary knows each ("نيس ان",
 * "أيل ول"); joined back, the dateline gives its date. Invented towns. */
static const char *const cut_month_1[] = {
	"األمين العام يفتتح معرض الخزف في تل الصفصاف",
	"تل الصفصاف، سوريا، 7 نيس ان 2024 - افتتح األمين العام صباح اليوم معرض الخزف السنوي\r"
	"في مدينة تل الصفصاف بحضور عدد كبير من المشاركين خالل أيام المعرض\r"
	".ويعرض الحرفيون أعمالهم في األسواق القديمة\r"
	"ُيذكر أن المعرض يقام خالل الربيع من كل عام",
	NULL};
static const char *const cut_month_2[] = {
	"األمين العام يفتتح سوق العسل في عين الزرزور",
	"عين الزرزور، لبنان، 12 أيل ول 2023 - افتتح األمين العام سوق العسل السنوي\r"
	"في ساحة البلدة بحضور عدد كبير من النحالين خالل أيام السوق\r"
	".ويبيع المزارعون العسل في األسواق المجاورة\r"
	"ُيذكر أن السوق يقام خالل الخريف من كل عام",
	NULL};

static void cut_month_name_joined(void **state)
{
	json_t *r;
	(void)state;
	if (no_arabic_dictionary())
		skip();
	r = model(cut_month_1, PM_BF_VISUAL_ORDER);
	assert_non_null(pm_test_str(r, "date"));
	assert_string_equal(pm_test_str(r, "date"), "2024-04-07");
	json_decref(r);
	r = model(cut_month_2, PM_BF_VISUAL_ORDER);
	assert_non_null(pm_test_str(r, "date"));
	assert_string_equal(pm_test_str(r, "date"), "2023-09-12");
	json_decref(r);
}

/* A line that opens with a vowelled letter and closes on punctuation: the
 * reordering put the letter's mark ahead of the punctuation it moved to
 * the line's start ("ُ.تقام"). The mark goes back on its letter, the
 * punctuation to the line's end. */
static const char *const mark_before_stop[] = {
	"األمين العام يفتتح المعرض السنوي للكتاب",
	"افتتح األمين العام صباح اليوم المعرض السنوي للكتاب\r"
	"ُ.تقام الندوات في قاعة المدينة القديمة خالل أيام المعرض\r"
	"ِ،بحضور عدد من الكتاب والناشرين من مدن المملكة",
	NULL};

static void mark_before_line_start_punctuation(void **state)
{
	json_t *r;
	(void)state;
	if (no_arabic_dictionary())
		skip();
	r = model(mark_before_stop, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(body(r), "تُقام الندوات في قاعة المدينة القديمة خلال أيام المعرض."));
	assert_non_null(strstr(body(r), "بِحضور عدد من الكتاب والناشرين من مدن المملكة،"));
	assert_null(strstr(body(r), "ُ."));
	json_decref(r);
}

/* Convention pdf.rtl_marks.evidence: a producer that draws a mark after
 * its letter keeps the logical order; its text shows the other signs of
 * a reordering (lam-alef pairs, full stops opening lines) and marks that
 * close words after their letter ("سنوياً", "مجاناً"), which a mark read
 * one letter early never does: the damma of "تُعقد" stays on its letter.
 * Without such marks, the marks move on as before ("ُيذكر" above). */
static const char *const logical_marks[] = {
	"األمين العام يفتتح المعرض السنوي للكتاب",
	"افتتح األمين العام صباح اليوم المعرض الذي يقام سنوياً\r"
	".في مدينة جدة بحضور عدد كبير من المشاركين\r"
	".تُعقد الندوات خالل أيام المعرض والدخول مجاناً للطلاب\r"
	".ويضم المعرض كتباً من الدول العربية",
	NULL};

static void logical_marks_kept(void **state)
{
	json_t *r;
	(void)state;
	r = model(logical_marks, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(body(r), "تُعقد الندوات"));
	assert_null(strstr(body(r), "تعُقد"));
	assert_non_null(strstr(body(r), "سنوياً"));
	json_decref(r);
}

/* Convention wrap.cjk: a paragraph of Japanese wrapped by a layout
 * joins its lines without a space (kana, ideographs, their punctuation,
 * and a Latin word beside them); in English text a Japanese word at a
 * wrap keeps its space. */
static const char *const japanese[] = {
	"\xE5\xB8\x82\xE6\xB0\x91\xE8\xAC\x9B\xE5\xBA\xA7\xE3\x81\xAE\xE3\x81\x8A\xE7\x9F\xA5\xE3\x82\x89\xE3\x81\x9B", /* 市民講座のお知らせ */
	/* 図書館では来月から市民講座を開き、ま / ちの歴史について学ぶ機会を設けま / す。申し込みは Web / フォームから受け付けます。 */
	"\xE5\x9B\xB3\xE6\x9B\xB8\xE9\xA4\xA8\xE3\x81\xA7\xE3\x81\xAF\xE6\x9D\xA5\xE6\x9C\x88\xE3\x81\x8B\xE3\x82\x89"
	"\xE5\xB8\x82\xE6\xB0\x91\xE8\xAC\x9B\xE5\xBA\xA7\xE3\x82\x92\xE9\x96\x8B\xE3\x81\x8D\xE3\x80\x81\xE3\x81\xBE\r"
	"\xE3\x81\xA1\xE3\x81\xAE\xE6\xAD\xB4\xE5\x8F\xB2\xE3\x81\xAB\xE3\x81\xA4\xE3\x81\x84\xE3\x81\xA6\xE5\xAD\xA6"
	"\xE3\x81\xB6\xE6\xA9\x9F\xE4\xBC\x9A\xE3\x82\x92\xE8\xA8\xAD\xE3\x81\x91\xE3\x81\xBE\r"
	"\xE3\x81\x99\xE3\x80\x82\xE7\x94\xB3\xE3\x81\x97\xE8\xBE\xBC\xE3\x81\xBF\xE3\x81\xAF Web\r"
	"\xE3\x83\x95\xE3\x82\xA9\xE3\x83\xBC\xE3\x83\xA0\xE3\x81\x8B\xE3\x82\x89\xE5\x8F\x97\xE3\x81\x91\xE4\xBB\x98"
	"\xE3\x81\x91\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82",
	NULL};

static const char *const english_with_a_name[] = {
	"The city library opens a new lecture series",
	"The lectures take place in the new reading room of the library, which the city built last year in the hall of\r"
	"\xE6\x9D\xB1\xE4\xBA\xAC opens in May with a talk on the history of the town and its harbour.", /* 東京 */
	NULL};

static void cjk_wraps_join_without_space(void **state)
{
	json_t *r;
	(void)state;
	r = model(japanese, 0);
	/* 、まちの / 設けます。 / は Webフォーム (the space typed in the line stays) */
	assert_non_null(strstr(body(r), "\xE3\x80\x81\xE3\x81\xBE\xE3\x81\xA1\xE3\x81\xAE"));
	assert_non_null(strstr(body(r), "\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82"));
	assert_non_null(strstr(body(r), "\xE3\x81\xAF Web\xE3\x83\x95"));
	assert_null(strstr(body(r), "\xE3\x81\xBE \xE3\x81"));
	json_decref(r);
	r = model(english_with_a_name, 0);
	assert_non_null(strstr(body(r), "hall of \xE6\x9D\xB1\xE4\xBA\xAC opens"));
	json_decref(r);
}

/* Convention wrap.hangul_in_word: Korean lines broken inside a word by a
 * layout that breaks between any two syllables. The document's own words
 * decide: "도" / "서관을" joins ("도서관" is written whole elsewhere) while
 * "도서관" / "앞마당에서" keeps its space (both pieces are words of their
 * own); two breaks proved inside a word (an ending alone before a stop or
 * a comma: "계획이" / "다.", "재생공장" / "으로,") show such a layout, and
 * then "분" / "쇄를" joins too, while "쓸 수" / "있을" keeps its space ("수"
 * stands alone elsewhere); lines broken at spaces, with nothing proved,
 * keep every space. */
static const char *const korean_proved[] = {
	/* 푸른들시립도서관, 봄맞이 그림책 장터 연다 */
	"\xED\x91\xB8\xEB\xA5\xB8\xEB\x93\xA4\xEC\x8B\x9C\xEB\xA6\xBD\xEB\x8F\x84\xEC\x84\x9C\xEA\xB4\x80, \xEB\xB4\x84\xEB\xA7\x9E\xEC\x9D\xB4 \xEA\xB7\xB8\xEB\xA6\xBC\xEC\xB1\x85 \xEC\x9E\xA5\xED\x84\xB0 \xEC\x97\xB0\xEB\x8B\xA4",
	/* 푸른들시립도서관은 4월 한 달 동안 도서관 / 앞마당에서 그림책 장터를 연다고 2일 밝혔다. 장터는 매주 토요일 도서관 정문 옆에서 열린다. */
	"\xED\x91\xB8\xEB\xA5\xB8\xEB\x93\xA4\xEC\x8B\x9C\xEB\xA6\xBD\xEB\x8F\x84\xEC\x84\x9C\xEA\xB4\x80\xEC\x9D\x80 4\xEC\x9B\x94 \xED\x95\x9C \xEB\x8B\xAC \xEB\x8F\x99\xEC\x95\x88 \xEB\x8F\x84\xEC\x84\x9C\xEA\xB4\x80\r"
	"\xEC\x95\x9E\xEB\xA7\x88\xEB\x8B\xB9\xEC\x97\x90\xEC\x84\x9C \xEA\xB7\xB8\xEB\xA6\xBC\xEC\xB1\x85 \xEC\x9E\xA5\xED\x84\xB0\xEB\xA5\xBC \xEC\x97\xB0\xEB\x8B\xA4\xEA\xB3\xA0 2\xEC\x9D\xBC \xEB\xB0\x9D\xED\x98\x94\xEB\x8B\xA4. \xEC\x9E\xA5\xED\x84\xB0\xEB\x8A\x94 \xEB\xA7\xA4\xEC\xA3\xBC \xED\x86\xA0\xEC\x9A\x94\xEC\x9D\xBC \xEB\x8F\x84\xEC\x84\x9C\xEA\xB4\x80 \xEC\xA0\x95\xEB\xAC\xB8 \xEC\x98\x86\xEC\x97\x90\xEC\x84\x9C \xEC\x97\xB4\xEB\xA6\xB0\xEB\x8B\xA4.",
	/* 김하늘 관장은 "많은 시민이 도 / 서관을 쉼터처럼 이용해 주시길 바란다"고 말했다. */
	"\xEA\xB9\x80\xED\x95\x98\xEB\x8A\x98 \xEA\xB4\x80\xEC\x9E\xA5\xEC\x9D\x80 \"\xEB\xA7\x8E\xEC\x9D\x80 \xEC\x8B\x9C\xEB\xAF\xBC\xEC\x9D\xB4 \xEB\x8F\x84\r"
	"\xEC\x84\x9C\xEA\xB4\x80\xEC\x9D\x84 \xEC\x89\xBC\xED\x84\xB0\xEC\xB2\x98\xEB\x9F\xBC \xEC\x9D\xB4\xEC\x9A\xA9\xED\x95\xB4 \xEC\xA3\xBC\xEC\x8B\x9C\xEA\xB8\xB8 \xEB\xB0\x94\xEB\x9E\x80\xEB\x8B\xA4\"\xEA\xB3\xA0 \xEB\xA7\x90\xED\x96\x88\xEB\x8B\xA4.",
	NULL};

static const char *const korean_anywhere[] = {
	/* 은빛항구군, 폐그물 재생 사업 시작 */
	"\xEC\x9D\x80\xEB\xB9\x9B\xED\x95\xAD\xEA\xB5\xAC\xEA\xB5\xB0, \xED\x8F\x90\xEA\xB7\xB8\xEB\xAC\xBC \xEC\x9E\xAC\xEC\x83\x9D \xEC\x82\xAC\xEC\x97\x85 \xEC\x8B\x9C\xEC\x9E\x91",
	/* 은빛항구군은 어선에서 나온 폐그물을 수거해 재생섬유로 만드는 사업을 시작할 계획이 / 다. 수거된 그물은 군내 재생공장 / 으로, 세척과 분 / 쇄를 거쳐 실로 가공된다. 주민들은 그물을 맡길 수 있다. */
	"\xEC\x9D\x80\xEB\xB9\x9B\xED\x95\xAD\xEA\xB5\xAC\xEA\xB5\xB0\xEC\x9D\x80 \xEC\x96\xB4\xEC\x84\xA0\xEC\x97\x90\xEC\x84\x9C \xEB\x82\x98\xEC\x98\xA8 \xED\x8F\x90\xEA\xB7\xB8\xEB\xAC\xBC\xEC\x9D\x84 \xEC\x88\x98\xEA\xB1\xB0\xED\x95\xB4 \xEC\x9E\xAC\xEC\x83\x9D\xEC\x84\xAC\xEC\x9C\xA0\xEB\xA1\x9C \xEB\xA7\x8C\xEB\x93\x9C\xEB\x8A\x94 \xEC\x82\xAC\xEC\x97\x85\xEC\x9D\x84 \xEC\x8B\x9C\xEC\x9E\x91\xED\x95\xA0 \xEA\xB3\x84\xED\x9A\x8D\xEC\x9D\xB4\r"
	"\xEB\x8B\xA4. \xEC\x88\x98\xEA\xB1\xB0\xEB\x90\x9C \xEA\xB7\xB8\xEB\xAC\xBC\xEC\x9D\x80 \xEA\xB5\xB0\xEB\x82\xB4 \xEC\x9E\xAC\xEC\x83\x9D\xEA\xB3\xB5\xEC\x9E\xA5\r"
	"\xEC\x9C\xBC\xEB\xA1\x9C, \xEC\x84\xB8\xEC\xB2\x99\xEA\xB3\xBC \xEB\xB6\x84\r"
	"\xEC\x87\x84\xEB\xA5\xBC \xEA\xB1\xB0\xEC\xB3\x90 \xEC\x8B\xA4\xEB\xA1\x9C \xEA\xB0\x80\xEA\xB3\xB5\xEB\x90\x9C\xEB\x8B\xA4. \xEC\xA3\xBC\xEB\xAF\xBC\xEB\x93\xA4\xEC\x9D\x80 \xEA\xB7\xB8\xEB\xAC\xBC\xEC\x9D\x84 \xEB\xA7\xA1\xEA\xB8\xB8 \xEC\x88\x98 \xEC\x9E\x88\xEB\x8B\xA4.",
	/* 군 관계자는 "매달 2톤의 그물을 다시 쓸 수 / 있을 것"이라고 말했다. */
	"\xEA\xB5\xB0 \xEA\xB4\x80\xEA\xB3\x84\xEC\x9E\x90\xEB\x8A\x94 \"\xEB\xA7\xA4\xEB\x8B\xAC 2\xED\x86\xA4\xEC\x9D\x98 \xEA\xB7\xB8\xEB\xAC\xBC\xEC\x9D\x84 \xEB\x8B\xA4\xEC\x8B\x9C \xEC\x93\xB8 \xEC\x88\x98\r"
	"\xEC\x9E\x88\xEC\x9D\x84 \xEA\xB2\x83\"\xEC\x9D\xB4\xEB\x9D\xBC\xEA\xB3\xA0 \xEB\xA7\x90\xED\x96\x88\xEB\x8B\xA4.",
	NULL};

static const char *const korean_at_spaces[] = {
	/* 은빛항구군, 폐그물 재생 사업 시작 */
	"\xEC\x9D\x80\xEB\xB9\x9B\xED\x95\xAD\xEA\xB5\xAC\xEA\xB5\xB0, \xED\x8F\x90\xEA\xB7\xB8\xEB\xAC\xBC \xEC\x9E\xAC\xEC\x83\x9D \xEC\x82\xAC\xEC\x97\x85 \xEC\x8B\x9C\xEC\x9E\x91",
	/* 은빛항구군은 어선에서 나온 폐그물을 수거해 / 재생섬유로 만드는 사업을 시작할 / 계획이다. 수거된 그물은 군내 / 재생공장에서 실로 가공된다. */
	"\xEC\x9D\x80\xEB\xB9\x9B\xED\x95\xAD\xEA\xB5\xAC\xEA\xB5\xB0\xEC\x9D\x80 \xEC\x96\xB4\xEC\x84\xA0\xEC\x97\x90\xEC\x84\x9C \xEB\x82\x98\xEC\x98\xA8 \xED\x8F\x90\xEA\xB7\xB8\xEB\xAC\xBC\xEC\x9D\x84 \xEC\x88\x98\xEA\xB1\xB0\xED\x95\xB4\r"
	"\xEC\x9E\xAC\xEC\x83\x9D\xEC\x84\xAC\xEC\x9C\xA0\xEB\xA1\x9C \xEB\xA7\x8C\xEB\x93\x9C\xEB\x8A\x94 \xEC\x82\xAC\xEC\x97\x85\xEC\x9D\x84 \xEC\x8B\x9C\xEC\x9E\x91\xED\x95\xA0\r"
	"\xEA\xB3\x84\xED\x9A\x8D\xEC\x9D\xB4\xEB\x8B\xA4. \xEC\x88\x98\xEA\xB1\xB0\xEB\x90\x9C \xEA\xB7\xB8\xEB\xAC\xBC\xEC\x9D\x80 \xEA\xB5\xB0\xEB\x82\xB4\r"
	"\xEC\x9E\xAC\xEC\x83\x9D\xEA\xB3\xB5\xEC\x9E\xA5\xEC\x97\x90\xEC\x84\x9C \xEC\x8B\xA4\xEB\xA1\x9C \xEA\xB0\x80\xEA\xB3\xB5\xEB\x90\x9C\xEB\x8B\xA4.",
	NULL};

/* Whether a paragraph of r's body holds s. */
static bool body_has(json_t *r, const char *s)
{
	json_t *b = json_object_get(r, "body");
	size_t i;
	for (i = 0; i < json_array_size(b); i++) {
		const char *t = json_string_value(json_object_get(json_array_get(b, i), "text"));
		if (t && strstr(t, s))
			return true;
	}
	return false;
}

static void hangul_wraps_inside_words(void **state)
{
	json_t *r;
	(void)state;
	r = model(korean_proved, 0);
	assert_true(body_has(r, "\xEB\x8F\x84\xEC\x84\x9C\xEA\xB4\x80\xEC\x9D\x84 \xEC\x89\xBC\xED\x84\xB0\xEC\xB2\x98\xEB\x9F\xBC")); /* 도서관을 쉼터처럼 */
	assert_true(body_has(r, "\xEB\x8F\x84\xEC\x84\x9C\xEA\xB4\x80 \xEC\x95\x9E\xEB\xA7\x88\xEB\x8B\xB9\xEC\x97\x90\xEC\x84\x9C")); /* 도서관 앞마당에서 */
	json_decref(r);
	r = model(korean_anywhere, 0);
	assert_true(body_has(r, "\xEC\x8B\x9C\xEC\x9E\x91\xED\x95\xA0 \xEA\xB3\x84\xED\x9A\x8D\xEC\x9D\xB4\xEB\x8B\xA4.")); /* 시작할 계획이다. */
	assert_true(body_has(r, "\xEC\x9E\xAC\xEC\x83\x9D\xEA\xB3\xB5\xEC\x9E\xA5\xEC\x9C\xBC\xEB\xA1\x9C,")); /* 재생공장으로, */
	assert_true(body_has(r, "\xEC\x84\xB8\xEC\xB2\x99\xEA\xB3\xBC \xEB\xB6\x84\xEC\x87\x84\xEB\xA5\xBC")); /* 세척과 분쇄를 */
	assert_true(body_has(r, "\xEC\x93\xB8 \xEC\x88\x98 \xEC\x9E\x88\xEC\x9D\x84")); /* 쓸 수 있을 */
	json_decref(r);
	r = model(korean_at_spaces, 0);
	assert_true(body_has(r, "\xEC\x88\x98\xEA\xB1\xB0\xED\x95\xB4 \xEC\x9E\xAC\xEC\x83\x9D\xEC\x84\xAC\xEC\x9C\xA0\xEB\xA1\x9C")); /* 수거해 재생섬유로 */
	assert_true(body_has(r, "\xEC\x8B\x9C\xEC\x9E\x91\xED\x95\xA0 \xEA\xB3\x84\xED\x9A\x8D\xEC\x9D\xB4\xEB\x8B\xA4.")); /* 시작할 계획이다. */
	assert_true(body_has(r, "\xEA\xB5\xB0\xEB\x82\xB4 \xEC\x9E\xAC\xEC\x83\x9D\xEA\xB3\xB5\xEC\x9E\xA5\xEC\x97\x90\xEC\x84\x9C")); /* 군내 재생공장에서 */
	json_decref(r);
}

/* DOCX and plain text store the logical order: whatever the text shows,
 * it is the document's own. */
static void logical_order_never_repaired(void **state)
{
	json_t *r;
	(void)state;
	r = model(damaged, 0);
	assert_string_equal(pm_test_str(r, "headline"), "األمين العام يفتتح المؤتمر السنوي للشباب");
	assert_non_null(strstr(body(r), "ُيذكر أن المؤتمر يعقد خالل"));
	assert_int_equal(repair_count(r, "arabic_order"), 0);
	assert_null(repaired(r));
	json_decref(r);
	/* the same through the text plugin */
	r = pm_test_convert_text(ctx, "األمين العام يفتتح المؤتمر السنوي للشباب\n\n"
	                              "ُيذكر أن المؤتمر يعقد خالل شهر مايو من كل عام في مدينة جدة.\n", "a.txt");
	assert_string_equal(pm_test_str(r, "headline"), "األمين العام يفتتح المؤتمر السنوي للشباب");
	assert_null(repaired(r));
	json_decref(r);
}

/* One or two signs are a typo or a quotation, not a reordered document:
 * correct text around them must not be "repaired" (the damma of "يُذكر"
 * stays after its letter). */
static void weak_evidence_not_repaired(void **state)
{
	static const char *const one_sign[] = {
		"الأمين العام يفتتح المؤتمر السنوي للشباب",
		"افتتح الأمين العام صباح اليوم المؤتمر السنوي للشباب في مدينة جدة.\r"
		"يُذكر أن المؤتمر يعقد خلال شهر مايو من كل عام، وأن ُالمشاركين كثر",
		NULL};
	json_t *r;
	(void)state;
	r = model(one_sign, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(body(r), "يُذكر أن المؤتمر يعقد خلال"));
	assert_non_null(strstr(body(r), "وأن ُالمشاركين"));
	assert_null(repaired(r));
	assert_string_equal(
		pm_json_str(json_object_get(json_object_get(json_object_get(r, "evidence"), "arabic_order"), "rule")),
		"no repair: no strong sign of reordering damage in visual-order text");
	json_decref(r);
}

/* Persian written in the Arabic script: two alefs in a row are Persian
 * spelling ("ناامید"), not damage, and the Arabic dictionary must never
 * rewrite it ("است و" is two words, "استو" none). Even with marks that
 * show a reordering, only the repairs that need no dictionary run. */
static void persian_never_gets_the_arabic_dictionary(void **state)
{
	static const char *const persian[] = {
		"کتاب تازه برای دانشجویان منتشر شد",
		"این کتاب برای دانشجویان است و آنها را به مطالعه تشویق می‌کند و ناامید نمی‌شوند\r"
		"ُنویسنده در این کتاب از تجربه خود در دانشگاه می‌گوید و ناآگاهی را کنار می‌گذارد\r"
		"ِدر پایان کتاب فهرستی از منابع آمده است و ُخوانندگان آن را به دیگران می‌دهند",
		NULL};
	static const char *const alef_pairs_only[] = {
		"کتاب تازه برای دانشجویان منتشر شد",
		"این کتاب برای دانشجویان ناامید است و آنها را به مطالعه تشویق می‌کند\r"
		"و ناآگاهی را کنار می‌گذارد تا ناامیدی و ناآرامی از میان برود",
		NULL};
	pm_arabic_stats st;
	json_t *r;
	(void)state;
	r = model(persian, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(body(r), "دانشجویان است و آنها را به مطالعه"));
	assert_null(strstr(body(r), "استو"));
	assert_non_null(strstr(body(r), "ناامید نمی‌شوند"));
	assert_string_equal(
		pm_json_str(json_object_get(json_object_get(json_object_get(r, "evidence"), "arabic_order"), "rule")),
		"visual-order text, damage shown: order repairs only (no Arabic dictionary)");
	json_decref(r);
	r = model(alef_pairs_only, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(body(r), "ناامید است و آنها را به"));
	assert_null(repaired(r));
	json_decref(r);
	/* the letters tell the languages apart */
	memset(&st, 0, sizeof st);
	pm_arabic_scan("این کتاب برای دانشجویان است", &st);
	assert_false(pm_arabic_language(&st));
	memset(&st, 0, sizeof st);
	pm_arabic_scan("یہ کتاب طلبہ کے لیے ہے اور انہیں پڑھنے کی ترغیب دیتی ہے", &st); /* Urdu */
	assert_false(pm_arabic_language(&st));
	memset(&st, 0, sizeof st);
	pm_arabic_scan("صدر الكتاب الجديد للطلاب في جامعة الملك سعود", &st);
	assert_true(pm_arabic_language(&st));
	assert_false(pm_arabic_damaged(&st));
}

/* Convention pdf.rtl_neutrals: the closing marks of a right-to-left line
 * that a reader put at the line's start go back to its end in Hebrew as
 * in Arabic (the direction, not the script); the Arabic letter repairs
 * (marks, lam-alef, dictionary) never touch Hebrew. */
static void hebrew_line_end_marks(void **state)
{
	static const char *const hebrew[] = {
		"\xD7\x94\xD7\x95\xD7\x93\xD7\xA2\xD7\x94 \xD7\x97\xD7\x93\xD7\xA9\xD7\x94", /* headline */
		"\xD7\x9E\xD7\x95\xD7\xA2\xD7\xA6\xD7\x94 \xD7\xA4\xD7\xAA\xD7\x97\xD7\x94 \xD7\x92\xD7\x9F\r"
		".\xD7\x97\xD7\x93\xD7\xA9 \xD7\x91\xD7\xA2\xD7\x99\xD7\xA8",
		".\xD7\x94\xD7\x9B\xD7\xA0\xD7\x99\xD7\xA1\xD7\x94 \xD7\x97\xD7\x99\xD7\xA0\xD7\x9D",
		":\xD7\x9C\xD7\xA4\xD7\xA8\xD7\x98\xD7\x99\xD7\x9D",
		NULL};
	json_t *r;
	(void)state;
	r = model(hebrew, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(body(r), "\xD7\x91\xD7\xA2\xD7\x99\xD7\xA8."));
	assert_null(strstr(body(r), " ."));
	assert_true(repair_count(r, "arabic_order") >= 2);
	assert_string_equal(
		pm_json_str(json_object_get(json_object_get(json_object_get(r, "evidence"), "arabic_order"), "rule")),
		"visual-order text, damage shown: order repairs only (no Arabic dictionary)");
	json_decref(r);
	/* the logical order of a DOCX or a text file is the document's own */
	r = model(hebrew, 0);
	assert_int_equal(repair_count(r, "arabic_order"), 0);
	json_decref(r);
}

/* Convention pdf.rtl_neutrals.spaced: a line's closing mark put at its
 * start with the space that follows it (": للاستفسارات") goes to the
 * line's end with that space, as the mark alone does. */
static void rtl_line_end_mark_with_space(void **state)
{
	static const char *const arabic[] = {
		"البلدية تفتتح حديقة جديدة", /* headline */
		"افتتحت البلدية اليوم حديقة جديدة في وسط\r.المدينة القديمة قرب السوق",
		".وتضم الحديقة ملاعب للأطفال وممرات للمشي",
		": وللاستفسارات يرجى الاتصال بالمكتب الإعلامي",
		NULL};
	json_t *r;
	const char *text;
	(void)state;
	r = model(arabic, PM_BF_VISUAL_ORDER);
	text = pm_test_str(r, "text");
	assert_non_null(text);
	assert_null(strstr(text, ": \xD9\x88"));
	assert_non_null(strstr(text, "الإعلامي:"));
	json_decref(r);
}

/* Convention pdf.rtl_neutrals.spaced: a quotation's last line read with
 * its closing guillemet and full stop first, then a space ("». طريقه"):
 * the marks and the space go to the line's end, as a full stop and a
 * space do (in a text showing the reversal: three lines opening with
 * their closing marks). */
static void rtl_line_end_guillemet_with_space(void **state)
{
	static const char *const arabic[] = {
		"المكتبة تفتح فرعاً جديداً", /* headline */
		"افتتحت المكتبة اليوم فرعاً جديداً في حي\r.الزيتون قرب المدرسة الابتدائية",
		".ويضم الفرع قاعة للمطالعة وركناً للأطفال",
		"وقال المدير: «نريد أن تكون القراءة متاحة\r». لكل طفل في المدينة",
		": وللاستفسارات يرجى الاتصال بإدارة المكتبة",
		NULL};
	json_t *r;
	const char *text;
	(void)state;
	r = model(arabic, PM_BF_VISUAL_ORDER);
	text = pm_test_str(r, "text");
	assert_non_null(text);
	assert_null(strstr(text, "\xC2\xBB. "));
	assert_non_null(strstr(text, "المدينة\xC2\xBB."));
	json_decref(r);
}

/* Convention pdf.rtl_neutrals.opening_guillemet: a wrapped line that
 * opens with « and a right-to-left letter was read in order ("«وردة»
 * لتوصيل …", an Arabic headline's second line; a Persian body line); the
 * mark stays where it is while the line's real closing marks (".سريعا")
 * still go to the end; a « that closes a »…« quotation (an open » before
 * it) is a line end's mark and moves as before. Invented texts. */
static void rtl_opening_guillemet_kept(void **state)
{
	static const char *const arabic[] = {
		"مؤسسة الغدير تطلق منصة\r«وردة» لتوصيل الزهور في المدينة", /* headline */
		"أعلنت مؤسسة الغدير اليوم إطلاق منصة جديدة باسم\r«وردة» لتوصيل الزهور إلى المنازل\r.في الأحياء القديمة سريعا",
		".ويعمل في المؤسسة ثلاثون موظفا",
		".وتستقبل المنصة الطلبات كل يوم",
		NULL};
	static const char *const persian[] = {
		"کتابخانه نارون ساعت کار خود را افزایش داد", /* headline */
		"مدیر کتابخانه نارون در نشستی خبری از طرح تازه\r«کتاب برای همه» خبر داد و گفت این طرح از ماه\r.آینده در همه شعبه‌ها اجرا می‌شود",
		".کتابخانه نارون در سال ۱۳۷۰ تأسیس شد",
		".عضویت در کتابخانه رایگان است",
		NULL};
	static const char *const reversed[] = {
		"البلدية تفتتح حديقة جديدة", /* headline */
		"قال رئيس البلدية إن الحديقة الجديدة: »مفتوحة للجميع\r«في كل الأيام",
		".وتضم الحديقة ملاعب للأطفال",
		".وتفتح الحديقة أبوابها كل صباح",
		".والدخول إليها مجاني",
		NULL};
	json_t *r;
	(void)state;
	r = model(arabic, PM_BF_VISUAL_ORDER);
	assert_string_equal(pm_json_str(json_object_get(r, "headline")),
	                    "مؤسسة الغدير تطلق منصة «وردة» لتوصيل الزهور في المدينة");
	assert_non_null(strstr(pm_test_str(r, "text"), "باسم «وردة» لتوصيل الزهور إلى المنازل في الأحياء القديمة سريعا."));
	json_decref(r);
	r = model(persian, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(pm_test_str(r, "text"), "تازه «کتاب برای همه» خبر داد"));
	assert_non_null(strstr(pm_test_str(r, "text"), "اجرا می‌شود."));
	json_decref(r);
	/* a »…« quotation: the « at the line's start closes it */
	r = model(reversed, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(pm_test_str(r, "text"), "»مفتوحة للجميع في كل الأيام«"));
	json_decref(r);
}

/* Convention pdf.rtl_neutrals.without_damage: an Urdu page set left to
 * right gives the order repairs no sign (its full stop, U+06D4, is a
 * letter to the bidi algorithm and stays in its word): the closing
 * quotation mark read first on a wrapped line, the quotation opened on
 * the line above, and the heading's colon read first still go to their
 * line's end. Correct text in each right-to-left language, a line opening
 * with a mark that opens (a guillemet, Hebrew's ”…” opening with U+201D
 * where no quotation is open), passes through unchanged.
 * Invented text. */
static void rtl_closing_marks_without_damage(void **state)
{
	static const char *const urdu[] = {
		"سبز کوٹ لائبریری میں بچوں کا نیا کمرہ", /* headline */
		"لائبریری کی منتظمہ، فرزانہ قریشی نے کہا: \xE2\x80\x9Cہم چاہتے ہیں کہ گاؤں کا ہر بچہ\r\xE2\x80\x9D یہاں آ کر پڑھ سکے۔",
		"کمرہ روزانہ صبح دس بجے سے شام پانچ بجے تک کھلا رہے گا۔",
		":رابطہ",
		NULL};
	static const char *const correct[] = {
		"مكتبة تل الريحان تفتح فرعا متنقلا", /* headline */
		"قالت المديرة: \xC2\xABنريد أن يجد كل طفل\r\xC2\xABكتابا\xC2\xBB يقرأه في كل حي\xC2\xBB.",
		"אמרה המנהלת, דלית שמעוני,\r\xE2\x80\x9Dאנחנו רוצים שכל ילד ימצא ספר\xE2\x80\x9D.",
		"\xC2\xABما می\xE2\x80\x8Cخواهیم هر خانواده\r\xC2\xABکتاب برای همه\xC2\xBB داشته باشد\xC2\xBB، گفت.",
		"\xE2\x80\x9Cہم چاہتے ہیں\rکہ ہر بچہ پڑھے۔\xE2\x80\x9D",
		NULL};
	json_t *r;
	(void)state;
	r = model(urdu, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(pm_test_str(r, "text"), "ہر بچہ یہاں آ کر پڑھ سکے۔\xE2\x80\x9D"));
	assert_null(strstr(pm_test_str(r, "text"), ":رابطہ"));
	json_decref(r);
	r = model(correct, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(pm_test_str(r, "text"), "كل طفل \xC2\xABكتابا\xC2\xBB يقرأه"));
	assert_non_null(strstr(pm_test_str(r, "text"), "שמעוני, \xE2\x80\x9Dאנחנו רוצים"));
	assert_non_null(strstr(pm_test_str(r, "text"), "خانواده \xC2\xABکتاب برای همه\xC2\xBB داشته"));
	assert_non_null(strstr(pm_test_str(r, "text"), "ہیں کہ ہر بچہ پڑھے۔\xE2\x80\x9D"));
	json_decref(r);
}

/* Convention pdf.rtl_edge_quotes: Hebrew set in a left-to-right
 * paragraph loses the quotation mark that opens a line among the marks
 * of its other end (a paragraph's first line ending '".', its last line
 * opening '"".'): the marks of a block alternate, so the mark goes back
 * to the line's start and the paragraph's full stop before its closing
 * mark; a line that opened right keeps its mark, gershayim ('"' inside a
 * word) count for nothing. Invented text. */
static void hebrew_edge_quotes(void **state)
{
	static const char *const hebrew[] = {
		"\xD7\xA1\xD7\xA4\xD7\xA8\xD7\x99\xD7\x99\xD7\x94 \xD7\x97\xD7\x93\xD7\xA9\xD7\x94 \xD7\x91\xD7\xA2\xD7\x99\xD7\xA8",
		"\xD7\x94\xD7\xA1\xD7\xA4\xD7\xA8\xD7\x99\xD7\x99\xD7\x94 \xD7\xAA\xD7\x99\xD7\xA4\xD7\xAA\xD7\x97 \xD7\x91\xD7\x99\xD7\x95\xD7\x9D \xD7\xA8\xD7\x90\xD7\xA9\xD7\x95\xD7\x9F\", \xD7\x90\xD7\x9E\xD7\xA8 \xD7\x9E\xD7\xA0\xD7\x9B\"\xD7\x9C \xD7\x94\xD7\x9E\xD7\x95\xD7\xA2\xD7\xA6\xD7\x94, \xD7\x93\xD7\x9F \xD7\x9C\xD7\x95\xD7\x99\".\r"
		"\"\".\xD7\xA2\xD7\x9B\xD7\xA9\xD7\x99\xD7\x95 \xD7\x9B\xD7\x95\xD7\x9C\xD7\x9D \xD7\x99\xD7\x95\xD7\x9B\xD7\x9C\xD7\x95 \xD7\x9C\xD7\xA7\xD7\xA8\xD7\x95\xD7\x90",
		"\"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\x9C\xD7\x9B\xD7\x95\xD7\x9C\xD7\x9D\", \xD7\x90\xD7\x9E\xD7\xA8\xD7\x94 \xD7\xA8\xD7\x95\xD7\xAA \xD7\x9B\xD7\x94\xD7\x9F.",
		".\xD7\x94\xD7\x9B\xD7\xA0\xD7\x99\xD7\xA1\xD7\x94 \xD7\x97\xD7\x99\xD7\xA0\xD7\x9D",
		":\xD7\x9C\xD7\xA4\xD7\xA8\xD7\x98\xD7\x99\xD7\x9D",
		".\xD7\x94\xD7\xA1\xD7\xA4\xD7\xA8\xD7\x99\xD7\x99\xD7\x94 \xD7\xA4\xD7\xAA\xD7\x95\xD7\x97\xD7\x94 \xD7\x91\xD7\x9B\xD7\x9C \xD7\x99\xD7\x95\xD7\x9D\r"
		".\xD7\xA2\xD7\x93 \xD7\x94\xD7\xA9\xD7\xA2\xD7\x94 \xD7\xA9\xD7\x9E\xD7\x95\xD7\xA0\xD7\x94 \xD7\x91\xD7\xA2\xD7\xA8\xD7\x91",
		NULL};
	json_t *r;
	(void)state;
	r = model(hebrew, PM_BF_VISUAL_ORDER);
	assert_non_null(strstr(pm_json_str(json_object_get(r, "text")), "\"\xD7\x94\xD7\xA1\xD7\xA4\xD7\xA8\xD7\x99\xD7\x99\xD7\x94 \xD7\xAA\xD7\x99\xD7\xA4\xD7\xAA\xD7\x97 \xD7\x91\xD7\x99\xD7\x95\xD7\x9D \xD7\xA8\xD7\x90\xD7\xA9\xD7\x95\xD7\x9F\", \xD7\x90\xD7\x9E\xD7\xA8 \xD7\x9E\xD7\xA0\xD7\x9B\"\xD7\x9C \xD7\x94\xD7\x9E\xD7\x95\xD7\xA2\xD7\xA6\xD7\x94, \xD7\x93\xD7\x9F \xD7\x9C\xD7\x95\xD7\x99. \"\xD7\xA2\xD7\x9B\xD7\xA9\xD7\x99\xD7\x95 \xD7\x9B\xD7\x95\xD7\x9C\xD7\x9D \xD7\x99\xD7\x95\xD7\x9B\xD7\x9C\xD7\x95 \xD7\x9C\xD7\xA7\xD7\xA8\xD7\x95\xD7\x90.\""));
	assert_non_null(strstr(pm_json_str(json_object_get(r, "text")), "\"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\x9C\xD7\x9B\xD7\x95\xD7\x9C\xD7\x9D\", \xD7\x90\xD7\x9E\xD7\xA8\xD7\x94 \xD7\xA8\xD7\x95\xD7\xAA \xD7\x9B\xD7\x94\xD7\x9F."));
	json_decref(r);
}

/* Convention pdf.rtl_prefix_hyphen.maqaf: a line broken after a maqaf
 * (U+05BE: a prefix letter before a number, "ב־" / "12 באוגוסט", or a
 * compound's first part, "רב־" / "תכליתי") joins the next with no space,
 * the maqaf kept; a line ending with a word and a space is joined as
 * before. */
static void maqaf_wrap_joined(void **state)
{
	static const char *const hebrew[] = {
		"\xD7\x9E\xD7\x91\xD7\xA6\xD7\xA2 \xD7\xA0\xD7\x99\xD7\xA7\xD7\x99\xD7\x95\xD7\x9F \xD7\x91\xD7\x97\xD7\x95\xD7\xA3",
		/* "המבצע ייערך ב־" / "12 באוגוסט באולם רב־" / "תכליתי חדש." */
		"\xD7\x94\xD7\x9E\xD7\x91\xD7\xA6\xD7\xA2 \xD7\x99\xD7\x99\xD7\xA2\xD7\xA8\xD7\x9A \xD7\x91\xD6\xBE\r"
		"12 \xD7\x91\xD7\x90\xD7\x95\xD7\x92\xD7\x95\xD7\xA1\xD7\x98 \xD7\x91\xD7\x90\xD7\x95\xD7\x9C\xD7\x9D \xD7\xA8\xD7\x91\xD6\xBE\r"
		"\xD7\xAA\xD7\x9B\xD7\x9C\xD7\x99\xD7\xAA\xD7\x99 \xD7\x97\xD7\x93\xD7\xA9.",
		NULL};
	json_t *r;
	const char *text;
	(void)state;
	r = model(hebrew, 0);
	text = pm_json_str(json_object_get(r, "text"));
	assert_non_null(strstr(text, "\xD7\x91\xD6\xBE" "12 \xD7\x91\xD7\x90\xD7\x95\xD7\x92\xD7\x95\xD7\xA1\xD7\x98"));
	assert_non_null(strstr(text, "\xD7\xA8\xD7\x91\xD6\xBE\xD7\xAA\xD7\x9B\xD7\x9C\xD7\x99\xD7\xAA\xD7\x99"));
	json_decref(r);
}

/* A paragraph cut at a line-end hyphen by a stray blank line: the hyphen
 * goes only with the document's evidence (its spelling elsewhere, the
 * dictionary's verdict in a document that hyphenates), as at a line
 * wrap; "well-known" is no "wellknown". */
static void runon_hyphen_needs_evidence(void **state)
{
	const char kept[] = "A headline about the annual programme of the council\n\n"
	                    "The council said the programme follows a well-\n\n"
	                    "known method that other regions use for their planning work.\n";
	const char joined[] = "A headline about the annual programme of the council\n\n"
	                      "The council said on Monday that the programme for next year follows a carefully pre-\n\n"
	                      "pared method that other regions use for their planning work.\n\n"
	                      "The method was prepared last year by the regional planning office.\n";
	json_t *r;
	(void)state;
	r = pm_test_convert_text(ctx, kept, "a.txt");
	assert_non_null(strstr(pm_test_str(r, "text"), "follows a well-known method"));
	assert_string_equal(repaired(r), "paragraphs joined: 1 (runon 1)");
	assert_string_equal(pm_test_str(r, "status"), "ok");
	json_decref(r);
	/* "prepared" written elsewhere in the document: one word */
	r = pm_test_convert_text(ctx, joined, "a.txt");
	assert_non_null(strstr(pm_test_str(r, "text"), "a carefully prepared method"));
	assert_string_equal(repaired(r), "words changed: 1 (hyphen 1); paragraphs joined: 1 (runon 1)");
	json_decref(r);
}

/* Convention wrap.typesetter_hyphenates: a PDF typeset by TeX or groff
 * (its Producer property names the typesetter: [hyphenating_producers])
 * has its line-end hyphens joined where neither the document's words nor
 * a dictionary decide (Swedish, without a dictionary: "fö-" / "remål");
 * the same lines from an unknown producer keep them, and a capital after
 * the hyphen ("Ferraris-" / "Bonomi") stays a compound in both. Italian
 * has its dictionary since hunspell-it (wrap.hyphen_dictionary): its
 * "pro-" / "gramma" is joined whatever the producer. */
static json_t *model_as(const char *const *blocks, const char *producer)
{
	json_t *r;
	model_format = "pdf";
	model_producer = producer;
	r = model(blocks, 0);
	model_format = model_producer = NULL;
	return r;
}

static void typesetter_hyphenates(void **state)
{
	static const char *const it[] = {
		"La cooperativa di Valdorno presenta le visite nei boschi",
		"La cooperativa di Valdorno ha presentato ieri il nuovo pro-\rgramma di visite guidate nei boschi della "
		"valle, che partir\xC3\xA0 in primavera con dodici percorsi segnati e una guida per ogni gruppo di "
		"quindici persone, come ha spiegato la responsabile Carla Ferraris-\rBonomi ai giornalisti.",
		"Le iscrizioni si aprono il primo marzo presso la sede della cooperativa e nei municipi della valle.",
		NULL};
	static const char *const sv[] = {
		"Kommunen \xC3\xB6ppnar en l\xC3\xA5nebod f\xC3\xB6r sportutrustning",
		"Kommunen \xC3\xB6ppnar en l\xC3\xA5nebod d\xC3\xA4r barn och unga kan l\xC3\xA5na skridskor och "
		"skidor. Hittills har boden tagit emot drygt tusen f\xC3\xB6-\rrem\xC3\xA5l som eleverna har lagat "
		"under vintern och som nu kan l\xC3\xA5nas ut i tv\xC3\xA5 veckor.",
		NULL};
	json_t *r;
	(void)state;
	r = model_as(it, "pdfTeX-1.40.24");
	assert_non_null(strstr(pm_test_str(r, "text"), "il nuovo programma di visite"));
	assert_non_null(strstr(pm_test_str(r, "text"), "Carla Ferraris-Bonomi"));
	json_decref(r);
	r = model_as(it, "Acme Report Writer 3.1");
	assert_non_null(strstr(pm_test_str(r, "text"), "il nuovo programma di visite"));
	assert_non_null(strstr(pm_test_str(r, "text"), "Carla Ferraris-Bonomi"));
	json_decref(r);
	r = model_as(sv, "groff version 1.22.4");
	assert_non_null(strstr(pm_test_str(r, "text"), "tusen f\xC3\xB6rem\xC3\xA5l som"));
	json_decref(r);
	r = model_as(sv, NULL);
	assert_non_null(strstr(pm_test_str(r, "text"), "tusen f\xC3\xB6-rem\xC3\xA5l som"));
	json_decref(r);
}

/* Convention runon.title_before_name: a break after an honorific with
 * its stop ("Landrätin Dr." / "Ulrike Brandl", "Prof." / "Ada Fenn": a
 * column or page break in a PDF, a stray blank line here) cuts no
 * sentence; a break after a sentence's stop before a capital stays. */
static void runon_after_a_title(void **state)
{
	const char de[] = "Landkreis fördert begrünte Dächer mit einem neuen Programm\n\n"
	                  "\xE2\x80\x9E" "Ein grünes Dach hält im Sommer die Hitze ab und speichert bei Starkregen das Wasser\xE2\x80\x9C, sagte Landrätin Dr.\n\n"
	                  "Ulrike Brandl bei der Vorstellung des Programms im Kreistag.\n\n"
	                  "Anträge sind vor Beginn der Arbeiten beim Umweltamt zu stellen.\n";
	const char en[] = "The county funds green roofs with a new programme\n\n"
	                  "The programme for homes, schools and businesses was presented on Monday at the county hall by Prof.\n\n"
	                  "Ada Fenn, who chairs the county's climate board since last year.\n\n"
	                  "Applications open in May for homes and businesses alike.\n";
	json_t *r;
	(void)state;
	r = pm_test_convert_text(ctx, de, "a.txt");
	assert_non_null(strstr(pm_test_str(r, "text"), "sagte Landrätin Dr. Ulrike Brandl bei"));
	assert_non_null(strstr(pm_test_str(r, "text"), "Kreistag.\n\nAnträge"));
	json_decref(r);
	r = pm_test_convert_text(ctx, en, "a.txt");
	assert_non_null(strstr(pm_test_str(r, "text"), "by Prof. Ada Fenn, who"));
	json_decref(r);
}

/* Mojibake: a run of Windows-1252 characters whose bytes are UTF-8 is
 * decoded back, unless it decodes to one character no text writes alone:
 * French «L'ÉTÉ» ("É»" would be U+027B) and "ÉTÉ :" with a no-break
 * space ("É" + U+00A0 would be U+0260) are real text. */
static void mojibake_needs_a_pattern_nothing_else_makes(void **state)
{
	const char t[] = "Un titre pour le festival de la ville\n\n"
	                 "Le festival \xC2\xAB" "L'\xC3\x89T\xC3\x89\xC2\xBB revient en juillet au caf\xC3\x83\xC2\xA9 "
	                 "du port, et le programme de l'\xC3\x89T\xC3\x89\xC2\xA0: concerts, lectures et "
	                 "\xC3\xA2\xE2\x82\xAC\xC5\x93" "ateliers\xC3\xA2\xE2\x82\xAC\xC2\x9D pour tous.\n";
	json_t *r;
	(void)state;
	r = pm_test_convert_text(ctx, t, "a.txt");
	assert_non_null(strstr(body(r), "\xC2\xAB" "L'\xC3\x89T\xC3\x89\xC2\xBB revient"));
	assert_non_null(strstr(body(r), "au caf\xC3\xA9 du port"));
	/* (the no-break space, white space, is cleaned to a space) */
	assert_non_null(strstr(body(r), "l'\xC3\x89T\xC3\x89 : concerts"));
	assert_non_null(strstr(body(r), "\xE2\x80\x9C" "ateliers" "\xE2\x80\x9D pour"));
	assert_string_equal(repaired(r), "words changed: 2 (mojibake 2)");
	assert_string_equal(pm_test_str(r, "status"), "ok");
	json_decref(r);
}

/* Convention wrap.address_split: a line that ends inside an e-mail or
 * web address lost no space there (after the '@', a dot of the local
 * part, the domain cut before its dot, its own hyphen kept, a URL's slash
 * before more of its path); a whole address at a line end, a URL's final
 * slash before a plain word, and a sentence ending with a word of the
 * language before an address keep their space. */
static const char *const address_wraps[] = {
	"The orchard opens a cider press",
	"For interviews write to Tilda Marsh at tilda.marsh@\r"
	"harwickvalley.example or to the office at press@harwick-\r"
	"valley.example, to her colleague at jonas.\r"
	"weller@harwickvalley.example or at info@harwickvalley.\r"
	"example, and read www.harwickvalley.example/news/\r"
	"cider-press-2025 for the plans.",
	NULL};

static const char *const address_whole[] = {
	"The orchard opens a cider press",
	"For interviews write to press@harwickvalley.example\r"
	"or call the office; the plans are at www.harwickvalley.example/\r"
	"and in the shop. Questions go to the office.\r"
	"info@harwickvalley.example answers them within a day. The press opens in 2025.\r"
	"press@harwickvalley.example takes the bookings for Tilda Marsh.\r"
	"tilda@harwickvalley.example is her own.",
	NULL};

static void address_wraps_joined(void **state)
{
	json_t *r;
	(void)state;
	r = model(address_wraps, 0);
	assert_non_null(strstr(body(r), "at tilda.marsh@harwickvalley.example or"));
	assert_non_null(strstr(body(r), "at press@harwick-valley.example, to"));
	assert_non_null(strstr(body(r), "at jonas.weller@harwickvalley.example or"));
	assert_non_null(strstr(body(r), "at info@harwickvalley.example, and"));
	assert_non_null(strstr(body(r), "read www.harwickvalley.example/news/cider-press-2025 for"));
	json_decref(r);
	r = model(address_whole, 0);
	assert_non_null(strstr(body(r), "press@harwickvalley.example or call"));
	assert_non_null(strstr(body(r), "www.harwickvalley.example/ and in"));
	assert_non_null(strstr(body(r), "the office. info@harwickvalley.example answers"));
	assert_non_null(strstr(body(r), "in 2025. press@harwickvalley.example takes"));
	assert_non_null(strstr(body(r), "Tilda Marsh. tilda@harwickvalley.example is"));
	json_decref(r);
}

/* Repair ocr_at_sign: a scan's recognised contact lines, the '@' misread. */
static const char *const misread_at[] = {
	"Harbour board opens the new terminal",
	"The terminal opens in the spring, the board said on Monday.",
	"Press: imprensa(Dharwickvalley.example, tilda.marsh\xC2\xA9harwick-valley.example, info@)harwick.example",
	"Visit www.kestrelbay.example or write to pressQkestrelbay.example",
	"Photographs: picturesQkestrelbay.example (high resolution) on request.",
	"Our FAQpage.info answers, and mobileQuay.example too",
	NULL};

/* The evidence of a domain written elsewhere, for top-level domains the
 * lexicon does not know: not the address's own domain after a "(@"
 * sign, and an address repaired in one block counts for the next. */
static const char *const misread_at_evidence[] = {
	"Ferry line adds a night crossing",
	"Write to desk(@tarnholm.zzq, copy to night(@tarnholm.zzq for the timetable.",
	"Fleet: fleet(Dvossby.example",
	"Bookings: agentQvossby.example",
	"Alone: clerk(@vossberg.zzq",
	NULL};

static void ocr_misread_at_repaired(void **state)
{
	json_t *r;
	char *t;
	(void)state;
	r = model(misread_at, PM_BF_RECOGNISED);
	t = json_dumps(r, 0);
	assert_non_null(t);
	/* a sign no address holds, and a known top-level domain */
	assert_non_null(strstr(t, "\"imprensa@harwickvalley.example\""));
	assert_non_null(strstr(t, "\"tilda.marsh@harwick-valley.example\""));
	assert_non_null(strstr(t, "\"info@harwick.example\""));
	/* "Q", a letter: only with the domain written elsewhere */
	assert_non_null(strstr(t, "\"press@kestrelbay.example\""));
	/* the domain found elsewhere though text follows the address */
	assert_non_null(strstr(t, "\"pictures@kestrelbay.example\""));
	assert_null(strstr(t, "FA@page"));
	assert_null(strstr(t, "mobile@uay"));
	assert_int_equal(repair_count(r, "ocr_at_sign"), 5);
	free(t);
	json_decref(r);
	/* typed text (no PM_BF_RECOGNISED) is never changed */
	r = model(misread_at, 0);
	t = json_dumps(r, 0);
	assert_null(strstr(t, "imprensa@harwickvalley.example"));
	assert_null(strstr(t, "press@kestrelbay.example"));
	assert_int_equal(repair_count(r, "ocr_at_sign"), 0);
	free(t);
	json_decref(r);
	r = model(misread_at_evidence, PM_BF_RECOGNISED);
	t = json_dumps(r, 0);
	/* each of desk and night is the other's evidence; fleet, repaired,
	 * is agent's; clerk's own "(@" is none */
	assert_true(strstr(t, "\"desk@tarnholm.zzq\"") && strstr(t, "\"night@tarnholm.zzq\"") &&
	            strstr(t, "\"fleet@vossby.example\"") && strstr(t, "\"agent@vossby.example\"") &&
	            !strstr(t, "clerk@vossberg"));
	assert_int_equal(repair_count(r, "ocr_at_sign"), 4);
	free(t);
	json_decref(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(visual_order_damage_repaired),
		cmocka_unit_test(ocr_misread_at_repaired),
		cmocka_unit_test(mark_before_line_start_punctuation),
		cmocka_unit_test(logical_marks_kept),
		cmocka_unit_test(logical_order_never_repaired),
		cmocka_unit_test(weak_evidence_not_repaired),
		cmocka_unit_test(persian_never_gets_the_arabic_dictionary),
		cmocka_unit_test(cut_month_name_joined),
		cmocka_unit_test(hebrew_line_end_marks),
		cmocka_unit_test(rtl_line_end_mark_with_space),
		cmocka_unit_test(rtl_line_end_guillemet_with_space),
		cmocka_unit_test(rtl_opening_guillemet_kept),
		cmocka_unit_test(rtl_closing_marks_without_damage),
		cmocka_unit_test(hebrew_edge_quotes),
		cmocka_unit_test(maqaf_wrap_joined),
		cmocka_unit_test(runon_hyphen_needs_evidence),
		cmocka_unit_test(typesetter_hyphenates),
		cmocka_unit_test(runon_after_a_title),
		cmocka_unit_test(cjk_wraps_join_without_space),
		cmocka_unit_test(hangul_wraps_inside_words),
		cmocka_unit_test(mojibake_needs_a_pattern_nothing_else_makes),
		cmocka_unit_test(address_wraps_joined),
	};
	return cmocka_run_group_tests_name("core_repairs", tests, setup, teardown);
}
