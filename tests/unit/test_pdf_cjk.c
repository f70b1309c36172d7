/*
 * test_pdf_cjk.c - PDFs whose CJK fonts are not embedded, as Japanese,
 * Chinese and Korean offices often publish them: the text is a string of
 * codes in one of Adobe's predefined CMaps (UniJIS-UCS2-H and kin), and
 * poppler can only turn those codes into characters with the CMap and
 * CID-to-Unicode tables of Debian's poppler-data. A machine without that
 * package gives an empty record (pdf.no_text_layer); this test fails there,
 * which is how a missing package in 'make deps' shows. CID 1, the space in
 * all three collections, is given a proportional width as real fonts do.
 */
#include "pm_test.h"

/* One page, one line per entry, in a Type0 font with the given predefined
 * CMap and character collection; text is written as UCS-2 codes, which is
 * what the Uni*-UCS2-H CMaps read. In a line, '\x01' is a gap of a
 * quarter em, '\x03' one of half an em, '\x02' one of 0.6 em and
 * '\x06' one of 0.15 em (kerning in a TJ array, no space character). Every character but the
 * space is an em wide. '\x04' sets the ASCII after it, up to a '\x05', in
 * Helvetica 10 on the baseline; a line opening with '\x07' is a note at the page's
 * foot, in Helvetica 8. The CJK font's box hangs cjk_descent thousandths
 * of an em below the baseline. */
static int cjk_descent = -120;

static char *make_cjk_pdf(const char *cmap, const char *ordering, const char *const *lines,
                          size_t nlines, size_t *len)
{
	pm_buf b, content;
	size_t off[9], xref;
	int i;
	pm_buf_init(&b);
	pm_buf_init(&content);
	for (size_t k = 0; k < nlines; k++) {
		const char *s = lines[k];
		if (*s == '\x07') {
			pm_buf_adds(&content, "BT /F2 8 Tf 72 60 Td (");
			pm_buf_adds(&content, s + 1);
			pm_buf_adds(&content, ") Tj ET\n");
			continue;
		}
		pm_buf_printf(&content, "BT /F1 20 Tf 72 %zu Td [<", 700 - 40 * k);
		while (*s) {
			if (*s == '\x04') {
				const char *e = strchr(s, '\x05');
				assert_non_null(e);
				pm_buf_printf(&content, ">] TJ /F2 10 Tf (%.*s) Tj /F1 20 Tf [<", (int)(e - s - 1), s + 1);
				s = e + 1;
				continue;
			}
			int32_t cp;
			size_t l;
			if (*s == '\x01' || *s == '\x02' || *s == '\x03' || *s == '\x06') {
				pm_buf_adds(&content, *s == '\x01'   ? "> -250 <"
				                      : *s == '\x02' ? "> -600 <"
				                      : *s == '\x03' ? "> -500 <"
				                                      : "> -150 <");
				s++;
				continue;
			}
			l = pm_utf8_decode((const unsigned char *)s, strlen(s), &cp);
			assert_true(cp > 0 && cp < 0x10000);
			pm_buf_printf(&content, "%04X", (unsigned)cp);
			s += l;
		}
		pm_buf_adds(&content, ">] TJ ET\n");
	}
	pm_buf_adds(&b, "%PDF-1.4\n");
	off[1] = b.len;
	pm_buf_adds(&b, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
	off[2] = b.len;
	pm_buf_adds(&b, "2 0 obj\n<< /Type /Pages /Count 1 /Kids [3 0 R] >>\nendobj\n");
	off[3] = b.len;
	pm_buf_adds(&b, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
	                "/Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> /Contents 4 0 R >>\nendobj\n");
	off[4] = b.len;
	pm_buf_printf(&b, "4 0 obj\n<< /Length %zu >>\nstream\n", content.len);
	pm_buf_add(&b, content.data, content.len);
	pm_buf_adds(&b, "\nendstream\nendobj\n");
	off[5] = b.len;
	pm_buf_printf(&b, "5 0 obj\n<< /Type /Font /Subtype /Type0 /BaseFont /NotEmbedded-Regular "
	                  "/Encoding /%s /DescendantFonts [6 0 R] >>\nendobj\n", cmap);
	off[6] = b.len;
	pm_buf_printf(&b, "6 0 obj\n<< /Type /Font /Subtype /CIDFontType0 /BaseFont /NotEmbedded-Regular "
	                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (%s) /Supplement 2 >> "
	                  "/FontDescriptor 7 0 R /DW 1000 /W [1 [278]] >>\nendobj\n", ordering);
	off[7] = b.len;
	pm_buf_printf(&b, "7 0 obj\n<< /Type /FontDescriptor /FontName /NotEmbedded-Regular /Flags 4 "
	                  "/FontBBox [0 %d 1000 900] /ItalicAngle 0 /Ascent %d /Descent %d "
	                  "/CapHeight 700 /StemV 80 >>\nendobj\n", cjk_descent - 80, 1000 + cjk_descent, cjk_descent);
	off[8] = b.len;
	pm_buf_adds(&b, "8 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n");
	xref = b.len;
	pm_buf_adds(&b, "xref\n0 9\n0000000000 65535 f \n");
	for (i = 1; i <= 8; i++)
		pm_buf_printf(&b, "%010zu 00000 n \n", off[i]);
	pm_buf_printf(&b, "trailer\n<< /Size 9 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", xref);
	pm_buf_free(&content);
	assert_false(b.failed);
	*len = b.len;
	return pm_buf_steal(&b);
}

static void check_text(const char *cmap, const char *ordering, const char *const *lines, size_t n)
{
	size_t len;
	char *pdf = make_cjk_pdf(cmap, ordering, lines, n, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	assert_non_null(text);
	for (size_t k = 0; k < n; k++) {
		if (!strstr(text, lines[k]))
			fail_msg("%s/%s: '%s' not in the record's text '%s' (is poppler-data installed?)",
			         cmap, ordering, lines[k], text);
	}
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

static void japanese_not_embedded(void **state)
{
	const char *const lines[] = {"新製品の発売について", "本日、当社は新しい製品を発表しました。"};
	(void)state;
	check_text("UniJIS-UCS2-H", "Japan1", lines, 2);
}

static void chinese_not_embedded(void **state)
{
	/* not "新闻稿" (press release): a release line leaves the text */
	const char *const lines[] = {"合作计划公告", "今天我们宣布了一项新的合作计划。"};
	(void)state;
	check_text("UniGB-UCS2-H", "GB1", lines, 2);
}

static void korean_not_embedded(void **state)
{
	const char *const lines[] = {"새로운 협력 계획 발표", "오늘 우리는 새로운 협력 계획을 발표했습니다."};
	(void)state;
	check_text("UniKS-UCS2-H", "Korea1", lines, 2);
}

/* Convention pdf.jlreq_spacing: the quarter em a Japanese typesetter
 * puts between Japanese and Latin letters or digits is no space of the
 * text ("2024年", "Webサイト"); a wider gap (0.6 em) is one, and a page
 * of a few Chinese ideographs (no kana, fewer than 40 ideographs: too
 * little to call it Chinese, pdf.clreq_spacing) keeps the spaces poppler
 * finds. */
static void japanese_interscript_spacing(void **state)
{
	const char *const lines[] = {
		"\xE6\x96\xB0\xE8\xA3\xBD\xE5\x93\x81\xE3\x81\xAE\xE7\x99\xBA\xE5\xA3\xB2\xE3\x81\xAB"
		"\xE3\x81\xA4\xE3\x81\x84\xE3\x81\xA6\xE3\x81\x8A\xE7\x9F\xA5\xE3\x82\x89\xE3\x81\x9B",
		/* 2024 年 4 月に Web サイトで、 新しい製品 (0.6 em) を発表しました。 */
		"2024\x01\xE5\xB9\xB4\x01" "4\x01\xE6\x9C\x88\xE3\x81\xAB\x01Web\x01\xE3\x82\xB5\xE3\x82\xA4"
		"\xE3\x83\x88\xE3\x81\xA7\xE3\x80\x81\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE8\xA3\xBD"
		"\xE5\x93\x81" "ABC\x02\xE3\x82\x92\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\xBE\xE3\x81\x97"
		"\xE3\x81\x9F\xE3\x80\x82"};
	const char *const zh[] = {"\xE6\x96\xB0\xE9\x97\xBB\xE7\xA8\xBF",
	                          "\xE4\xBB\x8A\xE5\xA4\xA9\xE5\x8F\x91\xE5\xB8\x83\x01" "2024\x01"
	                          "\xE5\xB9\xB4\xE7\x9A\x84\xE8\xAE\xA1\xE5\x88\x92\xE3\x80\x82"};
	size_t len;
	char *pdf = make_cjk_pdf("UniJIS-UCS2-H", "Japan1", lines, 2, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	(void)state;
	assert_non_null(text);
	/* 2024年4月にWebサイト */
	if (!strstr(text, "2024\xE5\xB9\xB4" "4\xE6\x9C\x88\xE3\x81\xABWeb\xE3\x82\xB5"))
		fail_msg("quarter-em spacing read as spaces: '%s'", text);
	/* 製品ABC を */
	assert_non_null(strstr(text, "ABC \xE3\x82\x92"));
	json_decref(rec);
	free(pdf);
	pdf = make_cjk_pdf("UniGB-UCS2-H", "GB1", zh, 2, &len);
	rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	text = pm_test_str(rec, "text");
	assert_non_null(text);
	/* 发布 2024 年 */
	if (!strstr(text, "\xE5\x8F\x91\xE5\xB8\x83 2024 \xE5\xB9\xB4"))
		fail_msg("Chinese spacing changed: '%s'", text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* Convention pdf.clreq_spacing: a Chinese page (40 ideographs or more)
 * sets the same quarter em between Han and Western letters, digits and
 * curly quotes (W3C clreq 3.2.2): no space of the text ("发布2025年",
 * "发布“山雀”"); a wider gap (0.6 em) stays one. */
static void chinese_interscript_spacing(void **state)
{
	const char *const zh[] = {
		"新闻稿",
		"青岚科技今天发布\x01" "2025\x01年的新产品计划",
		"产品名为\x01“山雀”\x01系列空气监测仪器",
		"可同时测量室内的多种指标并提醒用户开窗",
		"产品支持\x02" "USB\x02充电与手机应用连接使用",
	};
	/* what the text must hold: no space at the quarter em, one at 0.6 em */
	static const char *const want[] = {"发布2025年的", "名为“山雀”系列", "支持 USB 充电"};
	size_t len, k;
	char *pdf = make_cjk_pdf("UniGB-UCS2-H", "GB1", zh, 5, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	(void)state;
	for (k = 0; k < sizeof want / sizeof want[0]; k++)
		if (!pm_test_str(rec, "text") || !strstr(pm_test_str(rec, "text"), want[k]))
			fail_msg("'%s' not in '%s'", want[k], pm_test_str(rec, "text"));
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* Convention pdf.jlreq_spacing, on a justified line: the quarter em
 * between Japanese and Latin letters grows with the line's stretch (half
 * an em here) and is still no space on a line filled to the column's
 * margin, where three lines end; the same gap on the paragraph's last
 * line, short of the margin, is a space typed ("2F センター"). */
static void japanese_stretched_spacing(void **state)
{
	const char *const lines[] = {
		"新製品の発売について",
		/* twenty ems each, but the last */
		"本日、当社は港町の新しい案内書を発売しま",
		"Web\x03も含めたAPI\x03を使う新しい案内書",
		"町の地図と店の一覧を載せた便利な手引きで",
		"会場は2F\x03センターです。",
	};
	size_t len;
	char *pdf = make_cjk_pdf("UniJIS-UCS2-H", "Japan1", lines, 5, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	(void)state;
	assert_non_null(text);
	if (!strstr(text, "Webも含めたAPIを使う新しい"))
		fail_msg("stretched spacing read as spaces: '%s'", text);
	if (!strstr(text, "2F センター"))
		fail_msg("a space on a short line left out: '%s'", text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* Convention pdf.cjk_first_word: a line of ideographs may break after
 * any of them, so a line ending a sentence three ems and more short of
 * the margin ends its paragraph, though the next line's text runs to
 * its first space far beyond that (Japanese, then Chinese). */
static void cjk_short_line_ends_paragraph(void **state)
{
	const char *const ja[] = {
		"港町の案内書について",
		"本日、当社は港町の新しい案内書を発売しま",
		"した。地図を載せています。",
		"詳細はhttp://a.jp/ をご覧下さい。",
	};
	const char *const zh[] = {
		"港口城市的新指南",
		"今天我们发布了一本关于港口城市的新指南，",
		"书里有地图和商店名单。",
		"详情请见http://a.cn/ 网站说明。",
	};
	const char *const *docs[] = {ja, zh};
	const char *const cmaps[][2] = {{"UniJIS-UCS2-H", "Japan1"}, {"UniGB-UCS2-H", "GB1"}};
	const char *const ends[] = {"載せています。", "商店名单。"};
	size_t k;
	(void)state;
	for (k = 0; k < 2; k++) {
		size_t len, i;
		char *pdf = make_cjk_pdf(cmaps[k][0], cmaps[k][1], docs[k], 4, &len);
		pm_context *ctx = pm_test_context();
		json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
		json_t *body = json_object_get(rec, "body");
		bool found = false;
		for (i = 0; i < json_array_size(body); i++) {
			const char *t = json_string_value(json_object_get(json_array_get(body, i), "text"));
			size_t tl = t ? strlen(t) : 0, el = strlen(ends[k]);
			if (tl >= el && !strcmp(t + tl - el, ends[k]))
				found = true;
		}
		if (!found)
			fail_msg("no paragraph ends with '%s': '%s'", ends[k], pm_test_str(rec, "text"));
		json_decref(rec);
		pm_context_free(ctx);
		free(pdf);
	}
}

/* Convention pdf.jlreq_spacing, after the ideographic comma and full
 * stop: the quarter em set between "、" or "。" and a Latin word or a
 * number is spacing too ("本日、2025年", "ました。Webサイト"). */
static void japanese_spacing_after_comma(void **state)
{
	const char *const lines[] = {
		"港町の案内書について",
		"本日、\x01" "2025\x01年\x01" "3\x01月に案内書を出しました。",
		"地図を載せました。\x01Web\x01サイトもご覧下さい。",
	};
	size_t len;
	char *pdf = make_cjk_pdf("UniJIS-UCS2-H", "Japan1", lines, 3, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	(void)state;
	assert_non_null(text);
	if (!strstr(text, "本日、2025年3月に") || !strstr(text, "ました。Webサイト"))
		fail_msg("the spacing after 、 or 。 read as a space: '%s'", text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* Convention pdf.jlreq_spacing.brackets: the quarter em set between a
 * full-width bracket and the Latin word or number inside it is spacing
 * ("（NPO）", "「Web」", "【2025】"); a wider gap (0.6 em) after a
 * closing bracket is a space still. Japanese and Chinese pages. */
static void spacing_inside_fullwidth_brackets(void **state)
{
	const char *const ja[] = {
		"川辺町の新しい図書館について",
		"川辺町図書協会（\x01NPO\x01）は、「\x01Web\x01」で本の予約を始めます。",
		"開館は【\x01" "2025\x01】年の春です。",
	};
	const char *const zh[] = {
		"新闻稿",
		"青岚市图书协会（\x01NPO\x01）今天发布新的借书规则和开放时间",
		"读者可以通过《\x01Web\x01》\x02" "App\x02预约图书并在分馆取书",
		"图书馆的开放时间从每周二到周日上午九点到晚上八点",
	};
	size_t len;
	char *pdf = make_cjk_pdf("UniJIS-UCS2-H", "Japan1", ja, 3, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	(void)state;
	assert_non_null(text);
	if (!strstr(text, "（NPO）は、「Web」で") || !strstr(text, "【2025】年"))
		fail_msg("the spacing inside brackets read as a space: '%s'", text);
	json_decref(rec);
	free(pdf);
	pdf = make_cjk_pdf("UniGB-UCS2-H", "GB1", zh, 4, &len);
	rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	text = pm_test_str(rec, "text");
	assert_non_null(text);
	if (!strstr(text, "协会（NPO）今天") || !strstr(text, "《Web》 App 预约"))
		fail_msg("Chinese brackets: '%s'", text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* Convention pdf.cjk_digit_on_line: a Latin digit between ideographs
 * ("自4月1日起", "至9月3日止") is set in a smaller Latin type whose box sits
 * high in the CJK font's, which hangs far below the baseline: on the
 * line's baseline it is text, not a note's raised number, even where the
 * page holds a note 1 (which made the "1" of "4月1日" a note's mark). */
static void cjk_digits_on_the_baseline(void **state)
{
	const char *const lines[] = {
		"松川市博物馆延长开放时间",
		"自\x04" "4\x05月\x04" "1\x05日起，松川市博物馆延长开放时间。",
		"至\x04" "9\x05月\x04" "3\x05日止，每周五开放至晚上九点。",
		"\x07" "1 Annual report of the Songchuan museum, 2025.",
	};
	size_t len;
	char *pdf;
	pm_context *ctx;
	json_t *rec;
	const char *text;
	(void)state;
	cjk_descent = -400;
	pdf = make_cjk_pdf("UniGB-UCS2-H", "GB1", lines, 4, &len);
	cjk_descent = -120;
	ctx = pm_test_context();
	rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	text = pm_test_str(rec, "text");
	assert_non_null(text);
	if (!strstr(text, "自4月1日起") || !strstr(text, "至9月3日止"))
		fail_msg("a digit on the line was taken for a note's mark: %s", text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* Convention pdf.hangul_latin_spacing: a word processor's Asian/Latin
 * spacing between Hangul and a figure (0.15 em here, narrower than the
 * page's word spaces between syllables) and the sliver before a comma
 * are no spaces of the text ("7월 15일", "넓고,"); a typed space before a
 * figure ("공방은 7월") stays one. */
static void korean_figure_spacing(void **state)
{
	const char *const lines[] = {
		"구름다리 공방 새 작업장 연다",
		"구름다리 공방은 7\x06월 15\x06일 새 작업장을 연다고 밝혔다.",
		"작업장은 넓고\x06, 밝으며 누구나 쓸 수 있다.",
	};
	size_t len;
	char *pdf = make_cjk_pdf("UniKS-UCS2-H", "Korea1", lines, 3, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	(void)state;
	assert_non_null(text);
	if (!strstr(text, "공방은 7월 15일 새") || !strstr(text, "넓고, 밝으며"))
		fail_msg("Asian/Latin spacing read as a space: '%s'", text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* A Korean page of the given lines whose record's text holds every
 * string of want (NULL-terminated): how its justified wraps were read. */
static void check_korean_wraps(const char *const *lines, size_t n, const char *const *want)
{
	size_t len, k;
	char *pdf = make_cjk_pdf("UniKS-UCS2-H", "Korea1", lines, n, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	assert_non_null(text);
	for (k = 0; want[k]; k++)
		if (!strstr(text, want[k]))
			fail_msg("a justified wrap misread ('%s' missing): '%s'", want[k], text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* Convention pdf.hangul_wrap_anywhere, on a justified page: two lines
 * justified to one margin, their word spaces stretched by 0.15 em each
 * (four of them: 0.6 em, less than a syllable, left over at their
 * natural width), break inside a word ("갖추" / "었고", "휴게" / "실은");
 * the paragraph's last line shows the natural gap. */
static void korean_justified_wrap_in_word(void **state)
{
	const char *const lines[] = {
		"햇살마을 도서관 소식",
		/* eighteen syllables and four stretched spaces each */
		"햇살마을 \x06도서관은 \x06어린이용 \x06동화책을 \x06갖추",
		"었고 \x06새로운 \x06열람실들을 \x06마련하였는데 \x06휴게",
		"실은 오는 봄부터 문을 연다.",
	};
	static const char *const want[] = {"동화책을 갖추었고 새로운", "마련하였는데 휴게실은 오는", NULL};
	(void)state;
	check_korean_wraps(lines, 4, want);
}

/* Convention pdf.hangul_wrap_anywhere.words: on a justified page that
 * wraps anywhere, the document's own words tell a wrap at a space from
 * one inside a word: "마을의" / "주민" keeps its space, for "마을" stands
 * alone in a line (the word and its particle); "운영계획을" / "정하기로",
 * two pieces of three syllables and more, keeps it; "앞마당" / "에서"
 * joins, for "에서" only ever ends a word in the lines ("광장에서"). */
static void korean_justified_wrap_by_words(void **state)
{
	const char *const lines[] = {
		"솔숲마을 소식 안내",
		/* nineteen syllables and five stretched spaces each */
		"솔숲마을 \x06주민들은 \x06마을 \x06광장에서 \x06매달 \x06마을의",
		"주민 \x06회의를 \x06열고 \x06새로운 \x06도서관의 \x06운영계획을",
		"정하기로 \x06했다 \x06다가오는 \x06회의는 \x06도서관 \x06앞마당",
		"에서 오후 두 시에 열린다.",
	};
	static const char *const want[] = {"매달 마을의 주민 회의를", "운영계획을 정하기로", "도서관 앞마당에서 오후", NULL};
	(void)state;
	check_korean_wraps(lines, 5, want);
}

/* Convention pdf.jlreq_spacing.postcode: the space after a Japanese
 * postcode ("〒150-0042 山吹市") is typed, though as narrow as the
 * spacing between figures and Japanese, which "2025年" still loses. */
static void japanese_postcode_space(void **state)
{
	const char *const lines[] = {
		"山吹書房の新しい本について",
		"本日、山吹書房は\x01" "2025\x01年の新しい本を発表しました。",
		"所在地：〒150-0042 山吹市若草町1-2",
	};
	size_t len;
	char *pdf = make_cjk_pdf("UniJIS-UCS2-H", "Japan1", lines, 3, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	(void)state;
	assert_non_null(text);
	if (!strstr(text, "〒150-0042 山吹市") || !strstr(text, "は2025年の"))
		fail_msg("the space after a postcode: '%s'", text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

/* Convention pdf.cjk_ideographic_space: the ideographic space (U+3000,
 * an em wide) parting the phrases of a Chinese title, which the text
 * layer drops and splits the line at: one line, a space in it. */
static void chinese_ideographic_space(void **state)
{
	const char *const lines[] = {
		"松湾市推出公交换乘地铁优惠　每趟减两元",
		"松湾市交通局今天宣布，自下月起乘客从公交换乘地铁时每趟可减两元。",
		"优惠适用于全市所有公交线路和地铁线路，乘客无需另行申请即可享受。",
	};
	size_t len;
	char *pdf = make_cjk_pdf("UniGB-UCS2-H", "GB1", lines, 3, &len);
	pm_context *ctx = pm_test_context();
	json_t *rec = pm_convert_buffer(ctx, pdf, len, "release.pdf");
	const char *text = pm_test_str(rec, "text");
	(void)state;
	assert_non_null(text);
	if (!strstr(text, "优惠 每趟减两元"))
		fail_msg("an ideographic space split the line: '%s'", text);
	json_decref(rec);
	pm_context_free(ctx);
	free(pdf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(japanese_not_embedded),
		cmocka_unit_test(chinese_not_embedded),
		cmocka_unit_test(korean_not_embedded),
		cmocka_unit_test(japanese_interscript_spacing),
		cmocka_unit_test(spacing_inside_fullwidth_brackets),
		cmocka_unit_test(chinese_interscript_spacing),
		cmocka_unit_test(japanese_stretched_spacing),
		cmocka_unit_test(cjk_short_line_ends_paragraph),
		cmocka_unit_test(cjk_digits_on_the_baseline),
		cmocka_unit_test(japanese_spacing_after_comma),
		cmocka_unit_test(korean_figure_spacing),
		cmocka_unit_test(korean_justified_wrap_in_word),
		cmocka_unit_test(korean_justified_wrap_by_words),
		cmocka_unit_test(japanese_postcode_space),
		cmocka_unit_test(chinese_ideographic_space),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
