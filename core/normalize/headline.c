/*
 * headline.c - the headline stage of the normaliser (normalize.c runs
 * it): the best-scored title-like block before the first long paragraph
 * gives `headline` (and `tags`, its rubric prefixes), a short line under
 * it `subheadline`, and what stands above it is letterhead. A scrape that
 * ran a dateline into the headline's line gives the dateline here
 * (dateline.c's set_dateline), so that the dateline stage leaves it be.
 */
#include "normalize.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Convention headline.cjk_title: Chinese and Japanese put no spaces
 * between words ("青川绿源科技发布新一代节水灌溉系统"), so there a
 * title's length is counted in characters (eight at least, where Latin
 * text needs twelve letters and three words). True when most of the
 * text is Han or kana; headline.unspaced_title: or Thai, Lao, Khmer or
 * Myanmar, which write no spaces between words either (a Thai title of
 * one "word", "สหกรณ์กาแฟเปิดโรงคั่วชุมชน", nz_unspaced_cp). */
static bool cjk_text(const char *t)
{
	size_t cps = 0, cjk = 0, n = strlen(t), k = 0;
	while (k < n) {
		int32_t c;
		k += pm_utf8_decode((const unsigned char *)t + k, n - k, &c);
		cps++;
		if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (nz_unspaced_cp(c) && !nz_cjk_cp(c)))
			cjk++;
	}
	return cps && cjk * 2 > cps;
}

/* Convention headline.hangul_title: a Hangul syllable writes what two or
 * three Latin letters do (누리시 is "Nurisi"), so a Korean title of three
 * short words ("누리시 봄맞이 야시장", eleven characters) is as long as a
 * Latin title of twelve letters: its syllables count twice. */
static size_t hangul_syllables(const char *t)
{
	size_t n = strlen(t), k = 0, h = 0;
	while (k < n) {
		int32_t c;
		k += pm_utf8_decode((const unsigned char *)t + k, n - k, &c);
		h += pm_cp_is_hangul(c);
	}
	return h;
}

/* Convention headline.pitch_quote: a quotation set above the title,
 * closed by its speaker's name after a dash ("“… across the valley.” –
 * Mara Quist", "« … du quartier. » — Inès Lebrun"), is the release's own
 * text, as a paragraph of sentences there is: its last sentence ends
 * inside the closing quote, and what follows the dash is a name of six
 * words at most, with no sentence of its own. */
static bool attributed_quote(const char *t)
{
	static const char *const closing[] = {"\xE2\x80\x9D", "\xC2\xBB", "\"", NULL};
	const char *q = NULL, *p, *name;
	size_t k, words = 0;
	for (k = 0; closing[k]; k++) {
		const char *f = t, *hit;
		while ((hit = strstr(f, closing[k])) != NULL) {
			if (!q || hit > q)
				q = hit;
			f = hit + 1;
		}
	}
	if (!q || q == t)
		return false;
	/* the sentence ends inside the quote, maybe before a space (French) */
	p = q;
	while (p > t && p[-1] == ' ')
		p--;
	if (p == t || !strchr(".!?", p[-1]))
		return false;
	p = q + ((unsigned char)*q == 0xE2 ? 3 : (unsigned char)*q == 0xC2 ? 2 : 1);
	while (*p == ' ')
		p++;
	if (!strncmp(p, "\xE2\x80\x93", 3) || !strncmp(p, "\xE2\x80\x94", 3))
		p += 3;
	else if (*p == '-')
		p += p[1] == '-' ? 2 : 1;
	else
		return false;
	while (*p == ' ')
		p++;
	name = p;
	if (!*name || strchr(name, '\n') || nz_ends_sentence(name) || strlen(name) > 80)
		return false;
	words = nz_words(name);
	return words >= 1 && words <= 6;
}

/* Typographic weight of a block as a headline candidate. */
/* Convention headline.candidates_after_furniture: how far down the text
 * block i stands - the blocks above it that the furniture stage did not
 * set aside (a web page's cookie notice, menu and share buttons above
 * the title: furniture.web.*). */
static size_t text_blocks_before(const nz *z, size_t i)
{
	size_t k, n = 0;
	for (k = 0; k < i; k++)
		if (z->b[k]->part != PM_PART_FURNITURE && z->b[k]->part != PM_PART_JUNK)
			n++;
	return n;
}

/* Whether a block above block i is claimed by no stage yet (text, not
 * a release line, letterhead or furniture). */
static bool unclaimed_before(const nz *z, size_t i)
{
	size_t k;
	for (k = 0; k < i; k++)
		if (z->b[k]->part == PM_PART_NONE)
			return true;
	return false;
}

static bool all_caps(const char *s, size_t n);
static bool lead_paragraph(nz *z, const char *t);
static bool sentence_case(const char *t);
static bool prose_paragraph(const pm_block *b);

/* Convention headline.short.over_deck: the first line of the title
 * block (what release lines, letterhead and date lines leave) is the
 * headline when the line under it is a longer one that elaborates it,
 * its deck ("Die Gemeinde baut einen Solarpark" over "Die Anlage auf der
 * alten Kiesgrube soll ab 2027 … versorgen"): a title of three to five
 * words says something as a longer one does, and without the title's
 * bonus the deck under it, which has it, won in plain text and in a PDF
 * whose deck is set in the title's own type. The first line is one line
 * opening with a capital, no sentence's stop inside or at its end, not
 * a kicker, rubric or label (capitals only, a colon: "Venue: Ashcombe
 * Parish Hall", a rubric's words: headline.rubric.*), no release line
 * nor what is left of one (an issuing team after the phrase:
 * headline.release_line.team), not repeated in the line under it (a
 * name that line goes on to use: "Pellham Rowing Club" over "Pellham
 * Rowing Club builds …"); only in a language whose release phrases the
 * lexicon knows (a "ΚΟΙΝΟ ΔΕΛΤΙΟ ΤΥΠΟΥ" over the title is a release line
 * it cannot tell) and no body's or company's name (an issuer's name over
 * the title is letterhead: every word with a capital but for short
 * particles, as headline.release_line.team reads a name, and one of them
 * a body's or a company's word, [org_words], [org_suffixes]: "Stadtwerke
 * Erlbach GmbH", "Fundación Sierra de Almenáraz"; "Gemeente plant nieuwe
 * fietsbrug" says something); the block under it one line or paragraph
 * opening with a capital, more words than the title and at most forty,
 * not the lead under its dateline. */
/* headline.title_over_deck: the text names t (in any case of its ASCII
 * letters: a letterhead's capitals, "KELLMONT HARBOUR FERRIES", are
 * "Kellmont Harbour Ferries" in the text) in a block other than block
 * i, as a phrase of its own words: a sender's name recurs in the lead,
 * the About section and the contacts; a title's words as written
 * rarely do. */
static bool named_elsewhere(const nz *z, size_t i, const char *t)
{
	size_t k, n = strlen(t);
	for (k = 0; k < z->n; k++) {
		const char *s = z->b[k]->text, *p;
		if (k == i || !s)
			continue;
		for (p = s; *p; p++) {
			if (p > s && (isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80))
				continue;
			if (!strncasecmp(p, t, n) && !isalnum((unsigned char)p[n]) && (unsigned char)p[n] < 0x80)
				return true;
		}
	}
	return false;
}

static bool short_title_over_deck(nz *z, size_t i, const pm_block *b)
{
	const char *t = b->text, *q;
	const pm_block *d = NULL, *e = NULL;
	size_t j, words = nz_words(t), dw, n = strlen(t), w = 0, last_named = 0;
	char *rubric;
	bool named = false, lower = false, said_after = false, caps = all_caps(t, n), body_after;
	if (words < 3 || words > 5 || strchr(t, '\n') || !pm_cp_is_upper(nz_first_cp(t)) || nz_ends_sentence(t) ||
	    strstr(t, ". ") || strchr(t, ':') || z->release == (long)i ||
	    pm_lex_opens(PM_LEX_RELEASE_LINES, t) || pm_lex_lang_id(z->lang) <= 0)
		return false;
	for (j = i + 1; j < z->end; j++)
		if (!z->b[j]->part && z->b[j]->text) {
			if (!d)
				d = z->b[j];
			else {
				e = z->b[j];
				break;
			}
		}
	if (!d || d->role == PM_ROLE_TITLE || d->type == PM_BLOCK_HEADING || !pm_cp_is_upper(nz_first_cp(d->text)))
		return false;
	dw = nz_words(d->text);
	if (dw <= words || dw > 40 || lead_paragraph(z, d->text) || strstr(d->text, t))
		return false;
	/* headline.title_over_deck: the title, its deck in sentence case,
	 * then the text (the lead under its dateline, or a paragraph of
	 * sentences): what follows makes the short line a title */
	body_after = e && sentence_case(d->text) && !all_caps(d->text, strlen(d->text)) &&
	             (lead_paragraph(z, e->text) || prose_paragraph(e)) && !named_elsewhere(z, i, t);
	/* in capitals ("FERRY HUB OPENS") a kicker's or a name's shape, but
	 * for a deck and the text under it; under a sender's line only so */
	if ((caps || unclaimed_before(z, i)) && !body_after)
		return false;
	rubric = rule_rubric_line(t);
	if (rubric) {
		free(rubric);
		return false;
	}
	for (q = t; *q; w++) {
		size_t l = strcspn(q, " ");
		pm_lex_query org = {PM_LEX_ORG_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_query suf = {PM_LEX_ORG_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, 0};
		if (l && (pm_lex_word(&org, q, l, NULL) || pm_lex_word(&suf, q, l, NULL)))
			named = true, last_named = w, said_after = false;
		else if (named && w == last_named + 1)
			said_after = last_named > 0 && pm_cp_is_upper(nz_first_cp(q));
		else if (named && !pm_cp_is_upper(nz_first_cp(q)))
			said_after = false; /* "Fundación Sierra de Almenáraz": a name's particle */
		if (l >= 4 && !pm_cp_is_upper(nz_first_cp(q)) && isalpha((unsigned char)*q))
			lower = true;
		q += l;
		while (*q == ' ')
			q++;
	}
	/* headline.title_over_deck: a name ends with its body's word or its
	 * legal form ("Kellmont Borough Council", "Harbourview Group Ltd"),
	 * or opens with it ("Ministry of Culture", "Asociación Vecinal de
	 * Torremolar"); capitalised words after a body's word that neither
	 * opens nor ends the line, no particle among them, say what the body
	 * did ("Kellmont Council Opens Library"), when a deck and the text
	 * follow */
	return lower || !named || (said_after && body_after);
}

static double headline_score(nz *z, size_t i, const pm_block *b)
{
	double s = 0;
	size_t len = nz_cps(b->text), words = nz_words(b->text);
	bool cjk = cjk_text(b->text);
	if (b->role == PM_ROLE_TITLE)
		s += 100;
	if (b->role == PM_ROLE_SUBTITLE)
		s -= 40;
	if (b->type == PM_BLOCK_HEADING)
		s += b->level <= 1 ? 45 : 30 - 3 * b->level;
	if (b->font_size > 0 && z->body_font > 0) {
		double r = b->font_size / z->body_font;
		if (r >= 1.15)
			s += 30 + 20 * (r > 2.5 ? 1.5 : r - 1);
		else if (r < 0.95)
			s -= 20;
	}
	if (b->flags & PM_BF_BOLD)
		s += 8;
	if (cjk ? len < 8 : (len + hangul_syllables(b->text) < 12 || words < 3))
		s -= 25;
	/* a CJK title never ends with the ideographic full stop: the lead does */
	if (cjk && nz_last_cp(b->text) == 0x3002)
		s -= 30;
	else if (words >= 6 && words <= 16 && !strstr(b->text, ". ") &&
	         (!nz_ends_sentence(b->text) || nz_last_cp(b->text) == '?' || nz_last_cp(b->text) == '!' ||
	          nz_last_cp(b->text) == 0x061F || nz_last_cp(b->text) == 0xFF1F || nz_last_cp(b->text) == 0xFF01))
		s += 6; /* a title says something (or asks it): a name alone rarely does */
	/* Convention headline.long.over_deck: a long title (17 to 30 words,
	 * one line, no sentence's stop inside or at its end) says something
	 * as a shorter one does; without the title's bonus, the short deck
	 * under it outscored it in plain text, where no type size tells them
	 * apart, while DOCX and PDF chose the long line by its style. Only
	 * the first of the text's unclaimed blocks (a release line or
	 * furniture above it allowed): under a title, a long line is the
	 * text's first sentence */
	else if (words > 16 && words <= 30 && !strstr(b->text, ". ") && !strchr(b->text, '\n') &&
	         !nz_ends_sentence(b->text) && !attributed_quote(b->text) && !unclaimed_before(z, i))
		s += 6;
	else if (short_title_over_deck(z, i, b))
		s += 6;
	if ((nz_last_cp(b->text) == '.' && words > 12) || (words > 20 && attributed_quote(b->text)))
		s -= 12; /* a full sentence is more likely the lead, a long quotation the pitch */
	if (len > 250)
		s -= 60;
	if (len > 400)
		s -= 200;
	if (nz_last_cp(b->text) == '.' && words > 25)
		s -= 20;
	if (strchr(b->text, '\n') && len > 200)
		s -= 30;
	s -= 4.0 * (double)text_blocks_before(z, i);
	return s;
}

/* Convention headline.letterhead: what a letterhead or a scraped site
 * header puts above the title is never the title:
 * - letter-spaced capitals, a logo's lettering ("A C M E   T O O L S");
 * - a site's navigation, three parts or more of a few words each between
 *   bars, dashes or dots ("Tollan Library | Home | Events | Contact",
 *   "Bäckerei Lind – Start – Presse");
 * - a block whose lines include an address, phone, e-mail or site line
 *   ("HARBOUR TRUST\n12 Quay Street · Tel. 555 0100"). */
static bool letterhead_block(const char *t)
{
	size_t tokens = 0, single = 0, parts = 1, longest = 0, words = 0;
	const char *p = t;
	while (*p) {
		size_t k = strcspn(p, " \n");
		if (k) {
			tokens++;
			unsigned char c = (unsigned char)*p;
			size_t cp_len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
			if (k == cp_len)
				single++;
		}
		p += k;
		p += strspn(p, " \n");
	}
	if (tokens >= 4 && single * 10 >= tokens * 7)
		return true;
	/* navigation: the parts between separators */
	for (p = t; *p;) {
		static const char *const seps[] = {" | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " \xE2\x80\xA2 ", NULL};
		size_t k, sl = 0;
		for (k = 0; seps[k]; k++)
			if (!strncmp(p, seps[k], strlen(seps[k])))
				sl = strlen(seps[k]);
		if (sl) {
			parts++;
			if (words > longest)
				longest = words;
			words = 0;
			p += sl;
			continue;
		}
		if (*p != ' ' && (p == t || p[-1] == ' '))
			words++;
		p++;
	}
	if (words > longest)
		longest = words;
	if (parts >= 3 && longest <= 3)
		return true;
	if (strchr(t, '\n')) {
		const char *line = t;
		while (line && *line) {
			const char *nl = strchr(line, '\n');
			char *one = pm_strndup(line, nl ? (size_t)(nl - line) : strlen(line));
			bool lh = one && rule_letterhead_line(one);
			free(one);
			if (lh)
				return true;
			line = nl ? nl + 1 : NULL;
		}
	}
	return false;
}

/* Convention headline.none / release_line.below: a block that opens
 * with a dated dateline and goes on with its sentence is the lead
 * paragraph, never the title ("BRAYFORD, Conn., May 22, 2025 – The ferry
 * will run…", "Kranzfeld, 5. März 2024 – Die Bibliothek verleiht…"), and
 * so is one that opens with a place and no date then a long sentence, no
 * title's length ("HOLLIS, Vt. – The town's library will …", "Boston MA
 * Senator Ada Marlow announced …" once a scrape lost the punctuation).
 * The title, when there is one, stands above it: with none there, the
 * release has no headline. */
static bool lead_paragraph(nz *z, const char *t)
{
	dl_match m;
	char loc[128];
	size_t off;
	if (rule_dateline(z, t, &m) && !m.whole && m.has_date && m.body_offset > 0 && m.body_offset < strlen(t) &&
	    nz_words(t + m.body_offset) >= 4)
		return true;
	off = rule_place_opening(t, z->stripped, loc, sizeof loc);
	return off && nz_words(t + off) >= 15;
}

/* Sentences that end inside t before its last: a stop after a word of
 * three small letters or more, then a space and a capital ("… sono
 * importanti. Open Data …"); "Inc. ", "Dr. ", "U.S. " are no ends. */
static size_t inner_sentence_ends(const char *t)
{
	size_t n = 0;
	const char *p;
	for (p = t; (p = strpbrk(p, ".!?")) != NULL; p++) {
		const char *w = p;
		size_t small = 0;
		while (w > t && islower((unsigned char)w[-1]))
			w--, small++;
		if (small >= 3 && (w == t || w[-1] == ' ') && p[1] == ' ' && pm_cp_is_upper(nz_first_cp(p + 2)))
			n++;
	}
	return n;
}

/* Whether block i stands apart from the text under it, as a title does:
 * more vertical space below it than half as much again as the text's
 * paragraphs leave between them (their median gap; gaps under half a
 * line are lines of one paragraph, not paragraph breaks). False where
 * the layout is unknown (no boxes: DOCX, plain text) or the text below
 * gives fewer than two gaps to measure. */
static bool set_apart_below(nz *z, size_t i)
{
	const pm_block *b = z->b[i], *prev = NULL;
	double gaps[16], below = -1, line = z->body_font > 0 ? z->body_font : b->font_size;
	size_t ng = 0, j;
	if (b->y1 <= 0 || line <= 0)
		return false;
	for (j = i + 1; j < z->n && ng < 16; j++) {
		const pm_block *c = z->b[j];
		if (c->part || !c->text)
			continue;
		if (below < 0) {
			if (c->page != b->page || c->y0 <= b->y1)
				return false;
			below = c->y0 - b->y1;
		} else if (prev && c->page == prev->page && c->y0 - prev->y1 >= 0.5 * line) {
			gaps[ng++] = c->y0 - prev->y1;
		}
		prev = c;
	}
	if (ng < 2)
		return false;
	qsort(gaps, ng, sizeof gaps[0], pm_cmp_double);
	return below >= 1.5 * gaps[ng / 2];
}

/* Whether the document names `name` (n bytes, as written: its capital
 * too) inside a sentence of another block than blk: after a word and a
 * space, not after a sentence's stop or a colon, and not run into a
 * longer word or number. */
static bool named_inside_sentence(nz *z, const char *name, size_t n, long blk)
{
	size_t i;
	for (i = 0; i < z->n; i++) {
		const char *t = z->b[i]->text, *at;
		if (!t || (long)z->bi[i] == blk)
			continue;
		for (at = strstr(t, name); at; at = strstr(at + 1, name)) {
			size_t k = (size_t)(at - t);
			unsigned char after = (unsigned char)at[n];
			if (k < 2 || t[k - 1] != ' ' || strchr(".!?:\n", t[k - 2]) || isalnum(after))
				continue;
			return true;
		}
	}
	return false;
}

/* Convention headline.rubric.event_one_word: an event named by one word
 * and its year before the colon ("Salon 2025 : Les artisans …", "Expo
 * 2026: Harwick Museum …", "Feria 2025: La …") is a rubric, when the
 * title after it opens with a capital (four words at least) and the
 * document names the event the same way, capital and year, inside a
 * sentence ("… exposent au Salon 2025 de Verlac"): there the word is a
 * name. A word and a year that open a sentence ("Seit 2019: Der …",
 * "Since 2019: The …") or a subject the text writes in small letters
 * ("le budget 2025") are the title's own words. Gives the title, or NULL. */
static char *one_word_event_rubric(nz *z, const char *h, long blk)
{
	size_t title = 0, n = rule_one_word_event_rubric(h, &title);
	char *name;
	if (!n)
		return NULL;
	name = pm_strndup(h, n);
	if (name && named_inside_sentence(z, name, n, blk)) {
		pm_strv_add(&z->f->tags, name);
		return nz_trim(h + title, strlen(h + title), "");
	}
	free(name);
	return NULL;
}

/* Convention headline.none.first_paragraph: a release with no title
 * opens with its first paragraph, and that paragraph is no headline: it
 * ends with a full stop and is set as the text is, where the document
 * says how its text is set (the body's size, not bold, centred, in
 * capitals, nor a heading or a title style) and fifteen words long; with
 * no type to tell (plain text), it holds two sentences or more and
 * twenty words, or thirty words in one. A title that ends with a full
 * stop stands apart by its type ("La ville rénove le port." in bold, in
 * a larger size), by the space that sets it apart from the text under
 * it (set_apart_below), or by its length: one sentence, under thirty
 * words. */
static bool first_paragraph(nz *z, size_t i)
{
	const pm_block *b = z->b[i];
	size_t words;
	bool typed = b->font_size > 0 && z->body_font > 0;
	if (b->type != PM_BLOCK_PARAGRAPH || b->role == PM_ROLE_TITLE || nz_last_cp(b->text) != '.')
		return false;
	words = nz_words(b->text);
	if (typed)
		return !(b->flags & (PM_BF_BOLD | PM_BF_CENTERED | PM_BF_UPPERCASE)) &&
		       b->font_size <= 1.05 * z->body_font && words >= 15 && !set_apart_below(z, i);
	return words >= 30 || (words >= 20 && inner_sentence_ends(b->text) >= 1);
}

/* Convention headline.label_line: a line that opens with a contact's
 * label ([contact_field_labels]: "담당부서", "담당자", "E-mail") or a
 * contact heading ([contact_headings]: "문의", "Contact"), then a colon
 * (ASCII or full-width) and its value, at most eight words, labels the
 * sender or a contact ("담당부서: 누리시 문화관광과", "문의: 홍보팀
 * 02-555-0100"): never the title above which it stands. In an uncased
 * script the label may be followed by a space instead ("담당부서 홍보팀"),
 * on a line of four words at most. */
static bool label_line(const char *t)
{
	size_t l = pm_lex_opens(PM_LEX_CONTACT_FIELD_LABELS, t), words;
	const char *p;
	if (!l)
		l = pm_lex_opens(PM_LEX_CONTACT_HEADINGS, t);
	if (!l || strchr(t, '\n') || (words = nz_words(t)) > 8)
		return false;
	p = t + l;
	while (*p == ' ')
		p++;
	if (*p == ':')
		p++;
	else if (!strncmp(p, "\xEF\xBC\x9A", 3))
		p += 3;
	else if (p == t + l || words > 4 || pm_cp_is_upper(nz_first_cp(t)) || pm_cp_is_lower(nz_first_cp(t)))
		return false;
	while (*p == ' ')
		p++;
	return *p != '\0';
}

static bool not_headline(nz *z, const pm_block *b)
{
	const char *t = b->text;
	if (!t || !*t)
		return true;
	if (b->type == PM_BLOCK_TABLE || b->type == PM_BLOCK_LIST_ITEM)
		return true;
	/* about.heading_ja heads boilerplate after the text; at the top,
	 * "新製品の発売について" is the release's title (Japanese titles end
	 * with the particle as often as About headings do); so is a Chinese
	 * title opening with "关于" (about.heading_zh: "关于开展…的通知"), and
	 * a Bulgarian title opening with "За" ("for": "За новата
	 * библиотека", about.heading.slavic_adjective) */
	if (pm_date_only(t, z->dayfirst) || rule_contact_heading(t) ||
	    (rule_about_heading(t, NULL) && !rule_about_heading_cjk(t, strlen(t)) &&
	     !rule_about_heading_inflected(t, strlen(t))))
		return true;
	/* dateline.ar.hijri: a Hijri date alone on its line ("الخميس 14
	 * رمضان 1445 هـ") dates the release; it is no title */
	{
		size_t h = rule_hijri_date(t);
		if (h && nz_only_punct(t + h))
			return true;
	}
	{
		dl_match m;
		if (rule_date_first_dateline(z, t, &m) || (rule_dateline(z, t, &m) && m.whole))
			return true;
	}
	if (lead_paragraph(z, t) || label_line(t))
		return true;
	if (rule_letterhead_line(t) || rule_byline(t, NULL) || letterhead_block(t))
		return true;
	return false;
}

static bool all_caps(const char *s, size_t n)
{
	size_t i, up = 0, lo = 0;
	for (i = 0; i < n; i++) {
		if (isupper((unsigned char)s[i]))
			up++;
		else if (islower((unsigned char)s[i]))
			lo++;
	}
	return up >= 4 && lo == 0;
}

/* Convention headline.subheadline.framed: Korean releases print the
 * subtitle between two dashes ("- 3월 10일부터 … 운영 -"), Japanese ones
 * between wave dashes ("～予約は…～", "〜…〜"); the frame is typography,
 * not the subtitle's text. Dashes frame only with a dash at both ends and
 * a space inside at least one of them ("- … -"; a PDF's text layer may
 * lose the other space), so that a subtitle opening with a minus or a
 * range keeps it; wave dashes frame as they stand. Shortens s in place. */
static size_t lead_bytes(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static void unframe_subheadline(char *s)
{
	size_t n = s ? strlen(s) : 0, la, lb;
	int32_t a, b;
	bool wave;
	if (n < 4)
		return;
	a = nz_first_cp(s);
	b = nz_last_cp(s);
	la = lead_bytes((unsigned char)s[0]);
	for (lb = 1; lb < n && ((unsigned char)s[n - lb] & 0xC0) == 0x80; lb++)
		;
	wave = (a == 0xFF5E || a == 0x301C) && (b == 0xFF5E || b == 0x301C);
	if (!wave && !(pm_cp_is_dash(a) && pm_cp_is_dash(b) && (s[la] == ' ' || s[n - lb - 1] == ' ')))
		return;
	if (la + lb + 1 >= n)
		return;
	n -= lb;
	while (n > la && s[n - 1] == ' ')
		n--;
	while (la < n && s[la] == ' ')
		la++;
	memmove(s, s + la, n - la);
	s[n - la] = '\0';
}

static void set_headline_text(nz *z, const char *t, long blk)
{
	char *flat;
	const char *nl = strchr(t, '\n');
	/* "Headline:", "Titre :" - a template's label ([headline_labels]),
	 * not the title */
	{
		size_t l = pm_lex_opens(PM_LEX_HEADLINE_LABELS, t);
		if (l) {
			size_t c = l + (t[l] == ' ');
			if (t[c] == ':') {
				t += c + 1;
				while (*t == ' ')
					t++;
			}
		}
	}
	/* Two lines, the first in capitals and the second not: title and
	 * subtitle set in one paragraph. */
	if (nl && all_caps(t, (size_t)(nl - t)) && !all_caps(nl + 1, strlen(nl + 1)) && !strchr(nl + 1, '\n') &&
	    nz_words(nl + 1) <= 20) {
		char *h = pm_strndup(t, (size_t)(nl - t)), *sub = pm_text_flatten(nl + 1);
		if (h && sub) {
			set_headline_text(z, h, blk);
			unframe_subheadline(sub);
			pm_fields_set(&z->f->subheadline, sub);
			z->sub_done = true;
			stage_explain(z, "subheadline", "second line of the headline paragraph", blk);
		}
		free(h);
		free(sub);
		return;
	}
	char *head = NULL;
	flat = pm_text_flatten(t);
	if (!flat)
		return;
	rule_split_tags(flat, &z->f->tags, &head, z->lang);
	if (!head)
		head = one_word_event_rubric(z, flat, blk);
	pm_fields_set(&z->f->headline, head ? head : flat);
	free(head);
	free(flat);
	stage_explain(z, "headline", "first title-like block", blk);
}

/* A scrape that ran the headline and the dateline into one line: "…
 * low income children October 18 2007 Washington D C". The date and the
 * place after it, ending the line, are the dateline. */
static void headline_tail_dateline(nz *z, pm_block *b)
{
	pm_date d;
	size_t n = strlen(b->text), from = 0;
	while (from < n && pm_date_find(b->text, n, from, z->dayfirst, &d)) {
		dl_match m;
		if (d.start > 20 && rule_date_first_dateline(z, b->text + d.start, &m)) {
			char *head = nz_trim(b->text, d.start, ",-:|");
			if (head && nz_words(head) >= 3) {
				set_dateline(z, &m, -1, "dateline run into the headline line");
				free(b->text);
				b->text = head;
				z->dateline_done = true;
				return;
			}
			free(head);
		}
		/* "… French Tech Alsace Strasbourg 20 Mai 2014": a place and a
		 * date ending the line */
		if (d.start > 20 && pm_date_only(b->text + d.end, z->dayfirst) == false &&
		    !b->text[d.end + strspn(b->text + d.end, " .,:-")]) {
			size_t ws = d.start, words = 0;
			while (ws > 0 && words < 3) {
				size_t k = ws;
				while (k > 0 && b->text[k - 1] == ' ')
					k--;
				while (k > 0 && b->text[k - 1] != ' ')
					k--;
				ws = k;
				words++;
				if (pm_cp_is_upper(nz_first_cp(b->text + ws))) {
					dl_match m2;
					char *tail = pm_strdup(b->text + ws);
					if (tail && rule_dateline(z, tail, &m2) && m2.whole && m2.location[0] &&
					    nz_words(m2.location) == words) {
						char *head = nz_trim(b->text, ws, ",-:|");
						if (head && nz_words(head) >= 3) {
							set_dateline(z, &m2, -1, "place and date ending the headline line");
							free(b->text);
							b->text = head;
							z->dateline_done = true;
							free(tail);
							return;
						}
						free(head);
					}
					free(tail);
				}
			}
		}
		from = d.end;
	}
}

/* "September 25 2007 Last Chance for …": a scrape put the date line and
 * the title on one line. The date is a dateline (the place may open the
 * text below). */
static void headline_head_date(nz *z, pm_block *b)
{
	pm_date d;
	size_t n = strlen(b->text), e;
	if (!pm_date_find(b->text, n < 60 ? n : 60, 0, z->dayfirst, &d) || d.start != 0)
		return;
	e = d.end + strspn(b->text + d.end, " ,:-");
	if (nz_words(b->text + e) < 3 || !pm_cp_is_upper(nz_first_cp(b->text + e)))
		return;
	{
		dl_match m;
		char *rest = pm_strdup(b->text + e);
		memset(&m, 0, sizeof m);
		m.has_date = true;
		m.date = d;
		m.whole = true;
		snprintf(m.text, sizeof m.text, "%.*s", (int)d.end, b->text);
		if (!rest)
			return;
		free(b->text);
		b->text = rest;
		place_opening(z, (size_t)z->head + 1, &m);
		set_dateline(z, &m, -1, "date line run into the headline line");
		z->dateline_done = true;
	}
}

/* Convention headline.subheadline.authors: a line under the title that
 * lists people ("Ana Ruiz, Leo Marchetti, Ida Berg", "Tomás Vidal Sáez,
 * Mia Lund") names the authors, it is no subtitle: two or more
 * comma-separated parts, each two to four capitalised words, no digit. */
bool rule_author_list(const char *t)
{
	size_t parts = 0;
	const char *p = t;
	if (!t || nz_has_digit(t) || strchr(t, '\n') || strchr(t, ':') || nz_ends_sentence(t))
		return false;
	while (*p) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p), words = 0, k = 0;
		while (k < len) {
			while (k < len && p[k] == ' ')
				k++;
			if (k >= len)
				break;
			if (!pm_cp_is_upper(nz_first_cp(p + k))) {
				/* a name's particle ([name_particles]: "Lotte van Brakel") */
				pm_lex_query q = {PM_LEX_NAME_PARTICLES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
				size_t w = k;
				while (w < len && p[w] != ' ')
					w++;
				if (!pm_lex_word(&q, p + k, w - k, NULL))
					return false;
			}
			words++;
			while (k < len && p[k] != ' ')
				k++;
		}
		if (words < 2 || words > 4)
			return false;
		parts++;
		p = e ? e + 1 : p + len;
	}
	return parts >= 2;
}

/* Convention byline.title_block_author: a title block sets its author
 * under the title, one person's name on a line and the body they work for
 * on the next (LaTeX's \maketitle with \author{Name \\ Affiliation},
 * groff -ms's .AU and .AI, a university's or an agency's release): the
 * name is the byline and the affiliation no body, neither a subtitle.
 * Block i is a name (two to five capitalised words, no digit, no body's
 * word: [org_words], [org_suffixes]) under a whole title (its last word
 * no function word), and block i + 1 an affiliation (three to ten words,
 * or two with a body's word; capitalised, no digit, no sentence) that the
 * release names again in another block (its opening sentence, its About
 * heading): the document's own evidence that the line is a body. */
bool rule_title_block_author(const nz *z, size_t i)
{
	pm_lex_query org = {PM_LEX_ORG_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query suffix = {PM_LEX_ORG_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_CAPITALS};
	const char *a, *n;
	size_t k;
	if (i + 1 >= z->end || z->b[i + 1]->part)
		return false;
	a = z->b[i]->text;
	n = z->b[i + 1]->text;
	if (!a || !n || !rule_signatory(a) || nz_words(a) > 5 || pm_lex_find(&org, a, strlen(a), NULL) ||
	    pm_lex_find(&suffix, a, strlen(a), NULL))
		return false;
	if (nz_has_digit(n) || strchr(n, '\n') || nz_words(n) < 2 || nz_words(n) > 10 || nz_ends_sentence(n) ||
	    !pm_cp_is_upper(nz_first_cp(n)) || !strcmp(a, n))
		return false;
	/* a body's name: a body's word, or three words or more (two
	 * capitalised words alone are a second author's name) */
	if (nz_words(n) < 3 && !pm_lex_find(&org, n, strlen(n), NULL))
		return false;
	/* the line above is a whole title: one that ends with a function
	 * word ("… de Engenharia de Computação e") goes on in the next line,
	 * which is then no name */
	if (i > 0 && z->b[i - 1]->text) {
		pm_lex_query fw = {PM_LEX_FUNCTION_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
		const char *t = z->b[i - 1]->text, *w = strrchr(t, ' ');
		w = w ? w + 1 : t;
		if (pm_lex_word(&fw, w, strlen(w), NULL))
			return false;
	}
	for (k = 0; k < z->n; k++)
		if (k != i && k != i + 1 && z->b[k]->text && strstr(z->b[k]->text, n))
			return true;
	return false;
}

/* Convention byline.title_block_signature: a title block with one line
 * between the title and its date (LaTeX's \maketitle with
 * \author{Gabinete de Prensa} or \author{Name} and no affiliation,
 * then \date{Vallehondo, 2 de abril de 2026}; a Word template's title,
 * author and date lines) signs the release: block i, right under the
 * headline (the caller says so), is one short line, the next block is the release's dateline
 * as a whole block or a date alone, and the line is
 * - a press or communication office ([department_words] as the whole
 *   line: "Gabinete de Prensa", "Press Office", "Pressestelle"), or
 * - a person's name (rule_signatory's shape, no body's word) whose last
 *   word the release names again after the date ("Ines Marquart" above,
 *   "said Marquart" below): the document's own evidence that the line
 *   is a person's, where a subtitle in headline capitals is not named
 *   again. */
bool rule_title_block_signature(nz *z, size_t i)
{
	pm_lex_query dept = {PM_LEX_DEPARTMENT_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query org = {PM_LEX_ORG_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	const pm_block *b = z->b[i], *n;
	const char *t = b->text, *last;
	size_t k;
	if (i + 1 >= z->end || !t || strchr(t, '\n') || nz_words(t) > 6 || nz_has_digit(t) || nz_ends_sentence(t))
		return false;
	n = z->b[i + 1];
	if (!n->text)
		return false;
	{
		dl_match m;
		if (!pm_date_only(n->text, z->dayfirst) && !(rule_dateline(z, n->text, &m) && m.whole && m.has_date))
			return false;
	}
	if (pm_lex_word(&dept, t, strlen(t), NULL))
		return true;
	if (!rule_signatory(t) || nz_words(t) > 4 || pm_lex_find(&org, t, strlen(t), NULL))
		return false;
	last = strrchr(t, ' ');
	last = last ? last + 1 : t;
	if (strlen(last) < 3)
		return false;
	for (k = i + 2; k < z->end; k++) {
		const char *o = z->b[k]->text, *at;
		size_t ln = strlen(last);
		for (at = o ? strstr(o, last) : NULL; at; at = strstr(at + 1, last))
			if ((at == o || !isalnum((unsigned char)at[-1])) && !isalnum((unsigned char)at[ln]))
				return true;
	}
	return false;
}

/* Convention headline.letterhead: whether a site, address or phone
 * line of the letterhead comes right under block i, past one more short
 * name ("RESERVE BANK OF INDIA" under the name in another script) and
 * past the blocks an earlier stage already took (a masthead box with the
 * site and e-mail that the layout set aside, a release line): the name
 * above them is the letterhead's, not the title.
 * Convention byline.prepared_by_email: a by-line that gives its writer's
 * e-mail ("Prepared by Lena Marsh (lena.marsh@example.org)", "Rédigé
 * par …", "Erstellt von …") is the title's by-line, no letterhead's
 * contact line: what stands right above it is the title. */
static bool letterhead_below(nz *z, size_t i)
{
	size_t j, names = 0;
	for (j = i + 1; j < z->n && j <= i + 6; j++) {
		const pm_block *n = z->b[j];
		if (j == i + 1 && !n->part && rule_byline(n->text, NULL))
			return false;
		if (rule_letterhead_line(n->text))
			return true;
		if (n->part)
			continue;
		if (nz_words(n->text) > 8 || ++names > 1)
			return false;
	}
	return false;
}

/* Convention headline.subheadline.event_lines: the practical lines of an
 * event under its title (dates, opening, hours: "June 3-9, 2025 Opening:
 * Friday, 6 pm", "14 juin 2025, 18 h : vernissage") are no subtitle, nor
 * is a sentence that opens with its date: a line that opens with a date,
 * or with a month and the days of a range. */
static bool opens_with_date(nz *z, const char *t)
{
	pm_date d;
	size_t n = strlen(t), month = pm_lex_opens(PM_LEX_MONTHS, t);
	/* a month and the days of a range ("January 15-24, 2020") */
	if (month && t[month] == ' ' && isdigit((unsigned char)t[month + 1]))
		return true;
	return pm_date_find(t, n < 40 ? n : 40, 0, z->dayfirst, &d) && d.start == 0;
}

/* A paragraph of sentences: eight words or more ending with a sentence's
 * stop, not set as a title. Text, never a title below it nor letterhead
 * above one. */
static bool prose_paragraph(const pm_block *b)
{
	/* headline.cjk_prose: Chinese and Japanese write a sentence's words
	 * unspaced, so thirty letters closed by the ideographic full stop
	 * are the paragraph of sentences eight spaced words are */
	bool cjk = cjk_text(b->text);
	return b->type == PM_BLOCK_PARAGRAPH && b->role != PM_ROLE_TITLE &&
	       (cjk ? nz_cps(b->text) >= 30 && nz_last_cp(b->text) == 0x3002 : nz_words(b->text) >= 8) &&
	       nz_ends_sentence(b->text) && !rule_letterhead_line(b->text);
}

/* Whether t holds a word of [today_words] ("today", "heute", "hoy",
 * "aujourd'hui"), in any case, opening a word; it may go on after an
 * apostrophe or a hyphen ("today's statement", "today’s vote"), as
 * pm_lex_find() reads a word's end and the dates' "announced today"
 * rule reads it (headline.none.lead_under_dateline: the possessive is
 * the lead's time element too). */
static bool says_today(const char *t)
{
	pm_lex_query q = {PM_LEX_TODAY_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	return pm_lex_find(&q, t, strlen(t), NULL);
}

/* Sentence case: a third of the words of four letters or more, two at
 * least, in small letters (no title in headline capitals). */
static bool sentence_case(const char *t)
{
	size_t long_words = 0, lower = 0;
	const char *p = t;
	while (*p) {
		size_t k = strcspn(p, " \n"), letters = 0, j;
		for (j = 0; j < k; j++)
			if (isalpha((unsigned char)p[j]) || (unsigned char)p[j] >= 0x80)
				letters++;
		if (letters >= 4 && (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80)) {
			long_words++;
			if (pm_cp_is_lower(nz_first_cp(p)))
				lower++;
		}
		p += k;
		p += strspn(p, " \n");
	}
	return lower >= 2 && lower * 3 >= long_words;
}

/* Convention headline.none.lead_under_dateline: a dateline on a line of
 * its own, with its place and its date ("October 24 2005 WASHINGTON D
 * C", "Lindenau, 5. März 2025"), opens the text; the block right under it
 * that says "today" in a sentence ("Senator Ada Marlow released the
 * following statement today …", "Die Stadtwerke geben heute bekannt …")
 * is the lead, no title: a title stands above the dateline, and says
 * what happened without "today" (headline style). Block i, the previous
 * block kept being that dateline line. */
static bool lead_under_dateline(nz *z, size_t i)
{
	const pm_block *b = z->b[i];
	size_t j = i;
	dl_match m;
	while (j > 0 && z->b[j - 1]->part)
		j--;
	if (j == 0 || !z->b[j - 1]->text || b->type != PM_BLOCK_PARAGRAPH || b->role == PM_ROLE_TITLE ||
	    nz_words(b->text) < 8 || !says_today(b->text) || !sentence_case(b->text))
		return false;
	memset(&m, 0, sizeof m);
	if (!rule_date_first_dateline(z, z->b[j - 1]->text, &m) &&
	    !(rule_dateline(z, z->b[j - 1]->text, &m) && m.whole))
		return false;
	return m.has_date && m.location[0];
}

/* Convention headline.pdf.size_change: on a page (a layout format's
 * blocks, with their boxes), a block set right under another with no
 * space inferred between them, only a change of type (another size, or
 * another face: the PDF plugin's layout.title_type_change), is the line
 * under a title: its subtitle or standfirst. The title is the one above,
 * set as large or larger; a kicker in smaller type above a title is not.
 * Formats that state their paragraphs (DOCX, text) have no boxes and
 * never meet this. */
static bool set_under_by_type(const nz *z, const pm_block *a, const pm_block *b)
{
	double big = a->font_size > b->font_size ? a->font_size : b->font_size;
	/* the line under is set apart from the body's type as well (larger,
	 * bold, centred): the text's first paragraph, stated apart from a
	 * bold title by its weight, is no subtitle, and neither is a
	 * paragraph in the body's size set in italic (a standfirst that the
	 * release keeps as its text) */
	bool display = (z->body_font > 0 && b->font_size >= 1.05 * z->body_font) ||
	               (b->flags & (PM_BF_BOLD | PM_BF_CENTERED));
	if (!display || !a->page || a->page != b->page || a->y1 <= a->y0 || b->y1 <= b->y0 || a->font_size <= 0 ||
	    b->font_size <= 0)
		return false;
	if (b->flags & PM_BF_INFERRED_BREAK)
		return false; /* space between them: no evidence of type */
	if (b->y0 < a->y1 - 0.5 * big || b->y0 - a->y1 > 1.5 * big)
		return false; /* not right under it */
	if (fabs(a->font_size - b->font_size) > (0.02 * big > 0.2 ? 0.02 * big : 0.2))
		return true;
	return a->font && b->font && strcmp(a->font, b->font) != 0;
}

/* The title above the candidate at i when i is the line set under it by
 * its type (headline.pdf.size_change): the block above, in display type
 * as large or larger, a title's length. */
static bool title_above_by_type(nz *z, size_t i)
{
	const pm_block *a, *b = z->b[i];
	size_t words;
	if (i == 0)
		return false;
	a = z->b[i - 1];
	if (a->part || not_headline(z, a) || !set_under_by_type(z, a, b) || a->font_size < b->font_size * 0.98)
		return false;
	if (!(z->body_font > 0 && a->font_size >= 1.15 * z->body_font) && !(a->flags & (PM_BF_BOLD | PM_BF_CENTERED)))
		return false;
	words = nz_words(a->text);
	return cjk_text(a->text) ? nz_cps(a->text) >= 8 : (words >= 3 && nz_cps(a->text) >= 12 && words <= 30);
}

/* Convention headline.release_line.title_first: right under the release
 * line stands the title, and a second line under it is its subtitle or
 * deck ("PRESSEMELDING" / "Kystkulturdagen i Strandvik" / "Båter, sjømat
 * og verksteder for hele familien"; "MEDIA RELEASE" / "Lantern Night at
 * Cobb Quay" / "Paper lanterns, folk music and a torchlit walk …"). The
 * score may prefer the second, which says more in more words, or asks
 * it, where a name alone "rarely says something"; when the two are set
 * alike (no style, heading level, size or weight tells them apart: plain
 * text, which has only their order, two Markdown headings of one level,
 * a document without styles) the first is the title, as the formats that
 * mark it say. Only under a release line, for what stands there is the
 * release's own, never the sender's letterhead. The block above the
 * candidate at i is taken when it is the first block under the release
 * line and has a title's shape: three words and twelve characters or
 * more, on one line, with no sentence's stop and no figure (a date or a
 * time line), and no label before a colon (one word and its colon:
 * "Venue: Harbour Hall", "Ort:"); a title's colon after a name of two
 * words or more stays ("Open Studios: Kelmarsh Weekend"). */
static bool title_under_release_line(nz *z, size_t i)
{
	const pm_block *a, *b = z->b[i];
	const char *t, *colon;
	size_t words;
	if (i < 2 || z->release < 0 || (size_t)z->release != i - 2)
		return false;
	a = z->b[i - 1];
	t = a->text;
	if (a->part || not_headline(z, a) || !t || strchr(t, '\n') || nz_has_digit(t) || nz_ends_sentence(t) ||
	    nz_colon_cp(nz_last_cp(t)))
		return false;
	colon = strchr(t, ':');
	if (colon) {
		const char *sp = memchr(t, ' ', (size_t)(colon - t));
		if (!sp || sp + 1 >= colon)
			return false; /* one word before the colon: a label */
	}
	if (a->role != b->role || a->type != b->type || a->level != b->level || fabs(a->font_size - b->font_size) > 0.05 ||
	    (a->flags & PM_BF_BOLD) != (b->flags & PM_BF_BOLD))
		return false;
	words = nz_words(t);
	return cjk_text(t) ? nz_cps(t) >= 8 : words >= 3 && nz_cps(t) >= 12;
}

/* Convention headline.subheadline.indented_run: under the title, a run
 * of two lines or more indented alike from the title's left edge (by an
 * em of the body or more) and in the body's size: a list whose bullets
 * the page draws as shapes (a browser's list discs, a designer's
 * squares), so its text has no marker. The highlights that sum the
 * release up (where.after_highlights), body entries, never a deck. */
static bool indented_run(const nz *z, size_t best, size_t i)
{
	const pm_block *t = z->b[best], *b = z->b[i], *c;
	double em = z->body_font > 0 ? z->body_font : 10;
	if (i + 1 >= z->end || b->x1 <= b->x0 || t->x1 <= t->x0 || b->page != t->page)
		return false;
	c = z->b[i + 1];
	if (c->part || c->x1 <= c->x0 || c->page != b->page || b->x0 < t->x0 + em || fabs(c->x0 - b->x0) > 0.2 * em)
		return false;
	return b->font_size > 0 && z->body_font > 0 && b->font_size < 1.1 * z->body_font &&
	       fabs(c->font_size - b->font_size) < 0.05 * b->font_size;
}

/* Convention headline.subheadline.past_date_line: a line giving only the
 * release's date set between the title and its deck (a newsroom page's
 * or a template's date under the title, the deck under it): the deck is
 * the subheadline all the same: four to twenty words on one line, no
 * sentence's stop, and, in a format that states sizes, set in display
 * type (a tenth larger than the body or more, smaller than the title);
 * in plain text, over the lead (a paragraph of sentences). The date line
 * stays the dateline without place. */
static bool deck_past_date_line(const nz *z, size_t best, size_t last)
{
	const pm_block *t = z->b[best], *d, *c, *e;
	size_t w;
	if (last + 2 >= z->end)
		return false;
	d = z->b[last + 1];
	c = z->b[last + 2];
	if (!d->text || !pm_date_only(d->text, z->dayfirst) || !c->text || c->part || c->type != PM_BLOCK_PARAGRAPH ||
	    strchr(c->text, '\n'))
		return false;
	w = nz_words(c->text);
	if (w < 4 || w > 20 || nz_ends_sentence(c->text))
		return false;
	if (z->fmt_txt) {
		/* plain text has only the order: the deck is a title's line
		 * over the lead, a paragraph of sentences */
		e = last + 3 < z->end ? z->b[last + 3] : NULL;
		return e && e->text && !e->part && nz_words(e->text) > 12 && nz_ends_sentence(e->text);
	}
	return z->body_font > 0 && t->font_size > 0 && c->font_size >= 1.1 * z->body_font && c->font_size < t->font_size;
}

/* Convention headline.split_paragraphs: in a format that states its
 * paragraphs (DOCX: no boxes on a page), a title that the writer broke
 * with Enter is two paragraphs of the same type (the same style role,
 * block type and level, size and face) where the second goes on with the
 * first's sentence: it opens in lower case ("… starts lending tools," /
 * "tents and telescopes to its members") or the first ends on a comma, a
 * dash or an ampersand. One headline, never a headline and its
 * subheadline (a subtitle is set in another type: Word's Subtitle style,
 * a smaller size, italics). */
static bool title_continues(nz *z, const pm_block *a, const pm_block *b)
{
	const unsigned face = PM_BF_BOLD | PM_BF_ITALIC | PM_BF_UPPERCASE | PM_BF_CENTERED;
	uint32_t last;
	if (!a->text || !b->text || b->part || a->x1 > a->x0 || b->x1 > b->x0 || a->font_size <= 0 ||
	    fabs(a->font_size - b->font_size) > 0.01 || a->role != b->role || a->type != b->type ||
	    a->level != b->level || (a->flags & face) != (b->flags & face) || strchr(a->text, '\n') ||
	    strchr(b->text, '\n'))
		return false;
	/* set as a title: the Title style, a heading, or display type */
	if (a->role != PM_ROLE_TITLE && a->type != PM_BLOCK_HEADING &&
	    !(z->body_font > 0 && a->font_size >= 1.15 * z->body_font))
		return false;
	if (not_headline(z, b) || nz_words(a->text) + nz_words(b->text) > 30 || nz_ends_sentence(a->text))
		return false;
	last = nz_last_cp(a->text);
	return pm_cp_is_lower(nz_first_cp(b->text)) || last == ',' || last == '-' || last == 0x2013 ||
	       last == 0x2014 || last == '&';
}

/* Convention headline.subheadline.display_type: in a format that states
 * its paragraphs and their type (DOCX: sizes and faces, no boxes), a
 * short line right under the title set apart from the text under it (a
 * larger size, or bold, italics or centring that the text under it does
 * not have) is the deck, the subheadline, even closed by a full stop, as
 * headline.pdf.size_change reads a PDF's: a sentence of twelve words at
 * most ("Sixth annual event brings 1,000 developers to the waterfront."),
 * never a label that ends with its colon. A longer sentence is a
 * standfirst, body (the gold sets). */
static bool set_apart_by_type(const nz *z, size_t i)
{
	const unsigned face = PM_BF_BOLD | PM_BF_ITALIC | PM_BF_CENTERED;
	const pm_block *b = z->b[i], *c = NULL;
	size_t j;
	/* a label ending with its colon ("Wydarzenie:") opens what follows */
	if (b->font_size <= 0 || b->x1 > b->x0 || nz_words(b->text) > 12 || nz_colon_cp(nz_last_cp(b->text)))
		return false;
	for (j = i + 1; j < z->end && !c; j++)
		if (!z->b[j]->part && z->b[j]->text && nz_words(z->b[j]->text) > 12 && z->b[j]->type == PM_BLOCK_PARAGRAPH)
			c = z->b[j];
	if (!c || c->font_size <= 0)
		return false;
	return b->font_size >= c->font_size + 0.5 || ((b->flags & face) & ~(c->flags & face)) != 0;
}

/* headline.release_line.cjk: a second release line of its own under the
 * first (the salutation "報道関係各位", then "ニュースリリース" over the
 * title) is a release line too, never the title: the block is a whole
 * [release_lines] entry. */
static bool release_line_alone(const pm_block *b)
{
	pm_lex_query q = {PM_LEX_RELEASE_LINES, PM_LEX_ALL_LANGS, 0, 0, 0};
	return b->text && !strchr(b->text, '\n') && pm_lex_word(&q, b->text, strlen(b->text), NULL);
}

/* date.cjk.issuer: a Japanese or Chinese release sets the issuer's name
 * (株式会社…, …有限公司; [cjk_org_forms]) next to its date line, under
 * the salutation or the release line ("報道関係各位" / "2025年6月2日" /
 * "霧野電機株式会社"): the sender, as a letterhead is, never the title,
 * which follows. Block i holds such a name with a date alone on its
 * line right above or below it. */
static bool cjk_issuer_by_date(nz *z, size_t i)
{
	const pm_block *b = z->b[i];
	if (!cjk_text(b->text) || !rule_cjk_issuer(b->text))
		return false;
	if ((i > 0 && z->b[i - 1]->text && pm_date_only(z->b[i - 1]->text, z->dayfirst)) ||
	    (i + 1 < z->end && z->b[i + 1]->text && pm_date_only(z->b[i + 1]->text, z->dayfirst)))
		return true;
	/* date.cjk.issuer.salutation_between: the date first, then the
	 * salutation or release line, then the issuer ("2025年3月5日" /
	 * "報道関係者各位" / "株式会社…"), as the upper-right date and the
	 * left-hand salutation of a Japanese letter read in lines */
	if (i > 1 && release_line_alone(z->b[i - 1]) && z->b[i - 2]->text &&
	    pm_date_only(z->b[i - 2]->text, z->dayfirst))
		return true;
	/* release.issuer_under_release_line.cjk: with no date beside it,
	 * the issuer's name right under the release line or the salutation
	 * ("【プレスリリース】" / "株式会社…", "新闻稿" / "…有限公司") with
	 * a block under it for the title */
	return i > 0 && i + 1 < z->end && (release_line_alone(z->b[i - 1]) || z->release == (long)i - 1);
}

/* date.cjk.issuer.sender_lines: the representative's and the securities
 * code's lines under the issuer beside a date line (rule_cjk_sender_line),
 * up to two, are the sender's. */
static bool cjk_sender_under_issuer(nz *z, size_t i)
{
	size_t k;
	if (!rule_cjk_sender_line(z->b[i]->text))
		return false;
	for (k = i; k-- > 0 && k + 3 > i;) {
		if (cjk_issuer_by_date(z, k))
			return true;
		if (!rule_cjk_sender_line(z->b[k]->text))
			return false;
	}
	return false;
}

/* Convention headline.wire_header_title: a disclosure wire (EQS, and
 * the services that copy its page) prints the title twice: in its header,
 * after the issuer's name and a colon ("Veltrona AG: Veltrona hebt …"),
 * over the wire's timestamp and notice lines, then alone over the text.
 * The title over the text is the release's, as the issuer's own DOCX and
 * PDF, which have no wire header, print it; the header's copy and the
 * lines between are the wire's. Returns the block holding the title
 * alone (the header's title, after its name and colon, word for word, on
 * a block of its own among the 8 under it, none of them long text), else
 * best. */
static size_t restated_title(const nz *z, size_t best)
{
	const char *t = z->b[best]->text, *colon = t ? strstr(t, ": ") : NULL;
	size_t j;
	if (!colon || nz_words(colon + 2) < 4 || nz_words(t) - nz_words(colon + 2) > 4)
		return best;
	for (j = best + 1; j < z->end && j < best + 9; j++) {
		const pm_block *b = z->b[j];
		if (b->type == PM_BLOCK_TABLE || !b->text || nz_cps(b->text) > 300)
			break;
		if (!b->part && !strcmp(b->text, colon + 2))
			return j;
	}
	return best;
}

/* Set as a title by its type: the title's style, a first-level heading,
 * or type a seventh larger than the body's (headline_score's marks). */
static bool titled_by_type(const nz *z, const pm_block *b)
{
	return b->role == PM_ROLE_TITLE || (b->type == PM_BLOCK_HEADING && b->level <= 1) ||
	       (b->font_size > 0 && z->body_font > 0 && b->font_size >= 1.15 * z->body_font);
}

/* The best-scored candidate among the first limit blocks, its score in
 * *score; (size_t)-1 when none. */
static size_t pick_headline(nz *z, size_t limit, bool above_release, double *score)
{
	size_t i, best = (size_t)-1;
	double bs = -1e9;
	bool after_prose = false, prev_prose = false;
	for (i = 0; i < limit; i++) {
		pm_block *b = z->b[i];
		double s;
		bool prose;
		if (b->part)
			continue;
		/* Convention headline.none (the title is above the text): under
		 * a paragraph of sentences, a title comes right after it, set as
		 * a title, with no full stop, and has text under it ("Editor's
		 * note: …" then the title, headline.prose_above_title). A short
		 * closing sentence of a release with no title ("Entry is free.")
		 * is no title, nor is a heading further down the text. */
		prose = prose_paragraph(b);
		/* Convention headline.title_above_lead: a title set as one (the
		 * title's style, a heading's, or type a seventh larger than the
		 * body's) above the text's first paragraph of sentences is the
		 * title; a heading under that paragraph opens a section of the
		 * text (a results notice's "1. 第2四半期の連結業績" under its
		 * lead), however its style scores */
		if (prose && best != (size_t)-1 && titled_by_type(z, z->b[best]))
			break;
		if (after_prose && !prev_prose && !prose)
			break;
		if (after_prose && (nz_ends_sentence(b->text) || i + 1 >= z->end)) {
			prev_prose = prose;
			continue;
		}
		after_prose = after_prose || prose;
		prev_prose = prose;
		/* the title stands above the dateline: nothing under its lead */
		if (lead_under_dateline(z, i))
			break;
		if (not_headline(z, b) || first_paragraph(z, i) || cjk_issuer_by_date(z, i) || cjk_sender_under_issuer(z, i) ||
		    release_line_alone(b))
			continue;
		/* After a release line, what is above it is letterhead, when a
		 * title follows the release line; with none below it (only the
		 * lead), the title is the block above it (convention
		 * headline.release_line.below: "Ferry adds a night crossing" /
		 * "FOR IMMEDIATE RELEASE" / "BRAYFORD, Conn., May 22 – …"). */
		if (z->release >= 0 && (long)i < z->release && !above_release)
			continue;
		/* a name or an address above a site, address or phone line is
		 * letterhead too */
		if (nz_words(b->text) <= 8 && letterhead_below(z, i) && !rule_title_by_size(z, i))
			continue;
		s = headline_score(z, i, b);
		if (s > bs) {
			bs = s;
			best = i;
		}
	}
	*score = bs;
	return best;
}

/* Whether block b, above the title, stands inside the first page's text
 * as a layout plugin placed it (not in the band above it, where a
 * letterhead stands) and is text of the document rather than the
 * sender's letterhead:
 * - convention letterhead.long_block_in_text: more than 20 words in the
 *   body's type or larger (a block of text set before a title the page
 *   gives lower down); a letterhead is short lines of names set apart,
 *   and a long line that describes a contact stands beside its phone or
 *   e-mail (rule_letterhead_line), which keeps it the letterhead's;
 * - convention letterhead.form_label: a form's label waiting for its
 *   value, a line of at most eight words closed by a colon, whose last
 *   word labels no way to reach the sender ("Name of the applicant:",
 *   "Nom de l'établissement :"; not "Tel:", "Address:"). */
static bool text_above_title(const nz *z, size_t i)
{
	const pm_block *b = z->b[i];
	const char *t = b->text, *w;
	size_t n, words;
	char word[64];
	if (!t || b->page != 1 || b->x1 <= b->x0 || (b->layout & (PM_BL_TOP_BAND | PM_BL_SIDE)))
		return false;
	words = nz_words(t);
	/* a contact's or a masthead's line of description, beside its
	 * phone or e-mail, is still theirs */
	if (words > 20 && b->font_size > 0 && z->body_font > 0 && b->font_size >= 0.95 * z->body_font)
		return !(i > 0 && z->b[i - 1]->text && rule_letterhead_line(z->b[i - 1]->text)) &&
		       !(i + 1 < z->end && z->b[i + 1]->text && rule_letterhead_line(z->b[i + 1]->text));
	n = strlen(t);
	while (n && t[n - 1] == ' ')
		n--;
	if (words > 8 || n < 2 || t[n - 1] != ':' || memchr(t, '\n', n))
		return false;
	n--;
	while (n && t[n - 1] == ' ')
		n--;
	for (w = t + n; w > t && w[-1] != ' '; w--)
		;
	if ((size_t)(t + n - w) >= sizeof word || t + n == w)
		return false;
	memcpy(word, w, (size_t)(t + n - w));
	word[t + n - w] = '\0';
	return !rule_reach_label(word);
}

/* Convention headline.front_matter.subtitle: Markdown front matter's
 * `subtitle` (`subheadline`, `deck`; the text plugin gives it as the
 * `subtitle` property) is the subheadline when the headline is the front
 * matter's title because the text has none of its own, as RECORD.md
 * takes the title; under a title the text prints, the front matter's
 * subtitle is the page's metadata, not a line the release shows (the
 * gold sets: "metadata, not a subheadline shown in the text"). A full
 * sentence of more than twenty-five words is a standfirst, no
 * subheadline (headline.subheadline.long_sentence). `description` and
 * `summary` are the page's description, the record's lead
 * (understand.c), never the subheadline. Called only where the headline
 * came from the front matter. */
static void front_matter_subtitle(nz *z)
{
	const char *sub = pm_doc_property(z->doc, "subtitle"), *title = pm_doc_property(z->doc, "title");
	char *flat;
	if (!z->fmt_txt || !sub || !title || z->f->subheadline || !z->f->headline ||
	    (nz_last_cp(sub) == '.' && nz_words(sub) > 25) || (flat = pm_text_flatten(sub)) == NULL)
		return;
	if (*flat)
		pm_fields_set(&z->f->subheadline, flat);
	free(flat);
	z->sub_done = true;
	stage_explain(z, "subheadline", "headline.front_matter.subtitle", -1);
}

/* Convention headline.rubric.kicker: a kicker (overline) set right
 * above the title in small capitals, with no colon or dash to close it
 * (`MEDIO AMBIENTE`, `CULTUUR` over the title): a rubric, so a tag, when
 * the type shows it: one to three words wholly in capitals, smaller than
 * the body's type and under three quarters of the title's size (where
 * the format states no sizes, a paragraph above the heading that is the
 * title: Markdown's `# Title`), the only
 * text above the title, no body's or company's word ([org_words],
 * [org_suffixes]: an issuer's name printed small is letterhead), and the
 * rubric's other tests (no figure, no release phrase or label). */
/* Whether the text under the title writes the word w (n bytes, ASCII
 * case aside) with a capital inside a sentence, after a word that is not
 * a sentence's end: a name ("Museum Zandhoven opent …"), for a language
 * whose dictionary is not installed (headline.rubric.kicker). */
static bool written_as_name(const nz *z, size_t best, const char *w, size_t n)
{
	size_t j;
	for (j = best + 1; j < z->end; j++) {
		const char *t = z->b[j]->text, *p;
		if (!t)
			continue;
		for (p = t + 1; *p; p++) {
			if (p[-1] != ' ' || strncasecmp(p, w, n) || (p[n] && isalpha((unsigned char)p[n])) ||
			    !isupper((unsigned char)*p))
				continue;
			if (p - t >= 2 && !strchr(".!?:\n", p[-2]))
				return true;
		}
	}
	return false;
}

static char *typographic_kicker(nz *z, size_t best)
{
	const pm_block *a = z->b[best - 1], *t = z->b[best];
	const char *q;
	size_t k, n;
	char *with_colon, *rubric;
	bool sized = a->font_size > 0 && t->font_size > 0 && z->body_font > 0;
	/* where the format states no sizes (Markdown), its structure: a
	 * paragraph above the heading or Title that is the headline */
	bool stated = (t->type == PM_BLOCK_HEADING || t->role == PM_ROLE_TITLE) && a->type == PM_BLOCK_PARAGRAPH;
	if (!a->text || strchr(a->text, '\n') ||
	    !(sized ? a->font_size <= 0.95 * z->body_font && a->font_size <= 0.75 * t->font_size : stated))
		return NULL;
	for (k = 0; k + 1 < best; k++)
		if (!z->b[k]->part)
			return NULL;
	n = strlen(a->text);
	/* only in a language whose release phrases the lexicon knows (a
	 * `PRANEŠIMAS SPAUDAI` over the title is a release line, not a
	 * topic), and never a site's section label (`NEWS`, `PRESS`: the
	 * page's, [site_labels], [web_nav_items]) */
	if (!all_caps(a->text, n) || pm_lex_lang_id(z->lang) <= 0 || pm_lex_has(PM_LEX_SITE_LABELS, a->text) ||
	    pm_lex_has(PM_LEX_WEB_NAV_ITEMS, a->text))
		return NULL;
	for (q = a->text; *q;) {
		size_t l = strcspn(q, " ");
		pm_lex_query org = {PM_LEX_ORG_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_query suf = {PM_LEX_ORG_SUFFIXES, PM_LEX_ALL_LANGS, 0, 0, 0};
		char *word;
		int known;
		if (l && (pm_lex_word(&org, q, l, NULL) || pm_lex_word(&suf, q, l, NULL)))
			return NULL;
		/* a topic is words of the language (`MEDIO AMBIENTE`, `CULTUUR`);
		 * a name printed small is not (`MUSEUM ZANDHOVEN`, `TOLWORTH
		 * LIBRARY`, a brand): every word in the release language's
		 * dictionary, none to ask is no kicker */
		word = l ? pm_strndup(q, l) : NULL;
		known = word && z->lang && z->doc->lingua ? pm_spell(z->doc->lingua, z->lang, word) : -1;
		free(word);
		if (l && (known == 0 || (known < 0 && written_as_name(z, best, q, l))))
			return NULL;
		q += l;
		while (*q == ' ')
			q++;
	}
	with_colon = malloc(n + 2);
	if (!with_colon)
		return NULL;
	memcpy(with_colon, a->text, n);
	with_colon[n] = ':';
	with_colon[n + 1] = '\0';
	rubric = rule_rubric_line(with_colon);
	free(with_colon);
	return rubric;
}

/* A deck's shape (headline.page_header_title.over_deck): one line of four
 * to twenty words, no sentence's stop, in display type (a tenth larger
 * than the body or more), not in the Title style or a heading. */
static bool deck_shape(const nz *z, const pm_block *b)
{
	size_t w = b->text ? nz_words(b->text) : 0;
	return w >= 4 && w <= 20 && !strchr(b->text, '\n') && !nz_ends_sentence(b->text) && b->role != PM_ROLE_TITLE &&
	       b->type == PM_BLOCK_PARAGRAPH && z->body_font > 0 && b->font_size >= 1.1 * z->body_font;
}

/* Convention headline.page_header_title: a Word template can give the
 * title its place in the page header, over a text that opens with the
 * dateline or a summary list and holds no title of its own: the header's
 * paragraph set as a title (the Title style, bold or a larger size), a
 * line of four to twenty-five words that is no sentence, no letterhead
 * (names with an address, phone, e-mail or site; a logo's lettering)
 * and no release line, is the headline, as the page shows it (the PDF
 * export prints it above the text). Only when the text gave no title:
 * a header over a titled text is letterhead. */
static bool page_header_title(nz *z, const pm_block *under)
{
	size_t i, s0, e0, words, used;
	if (z->fmt_txt)
		return false;
	for (i = 0; i < z->doc->nblocks; i++) {
		pm_block *b = &z->doc->blocks[i];
		bool typo, release;
		char *rl;
		if (b->type != PM_BLOCK_PAGE_HEADER || !b->text || !*b->text || b->page > 1)
			continue;
		words = nz_words(b->text);
		rl = rule_release_line(b->text, &used);
		release = rl != NULL;
		free(rl);
		typo = b->role == PM_ROLE_TITLE || (b->flags & PM_BF_BOLD) ||
		       (b->font_size > 0 && z->body_font > 0 && b->font_size >= 1.15 * z->body_font);
		if (!typo || words < 4 || words > 25 || strchr(b->text, '\n') ||
		    (nz_ends_sentence(b->text) && nz_last_cp(b->text) != '?' && nz_last_cp(b->text) != '!') ||
		    letterhead_block(b->text) || rule_letterhead_line(b->text) || release ||
		    rule_find_email(b->text, 0, &s0, &e0) || rule_find_phone(b->text, 0, false, &s0, &e0))
			continue;
		/* headline.page_header_title.over_deck: over a text whose first
		 * block is a deck, the header's title in a larger type than it */
		if (under && !(b->font_size > 0 && under->font_size > 0 && b->font_size >= 1.2 * under->font_size))
			continue;
		set_headline_text(z, b->text, (long)i);
		b->aside = ""; /* the headline holds it: no furniture */
		stage_explain(z, "headline", "headline.page_header_title", (long)i);
		return true;
	}
	return false;
}

/* Convention headline.page_header_title.over_deck: the title in the
 * first page's header band (a different first-page header) over a text
 * whose first block, best, is a short line set larger than the body but
 * smaller than the header's title, no sentence: that line is the deck,
 * the subheadline, and the header's title the headline, as the page
 * shows them one above the other. A DOCX's header part only: a PDF's
 * blocks in the header band are what its page prints there (a
 * preprint's margin stamp), and its title is read in place. Whether it
 * took both. */
static bool header_title_over_deck(nz *z, size_t best)
{
	char *flat;
	if (!z->doc->format || strcmp(z->doc->format, "docx") || text_blocks_before(z, best) != 0 ||
	    !deck_shape(z, z->b[best]) || !page_header_title(z, z->b[best]))
		return false;
	flat = pm_text_flatten(z->b[best]->text);
	pm_fields_set(&z->f->subheadline, flat);
	free(flat);
	set_part(z->b[best], PM_PART_SUBHEADLINE);
	z->sub_done = true;
	stage_explain(z, "subheadline", "headline.page_header_title.over_deck", (long)z->bi[best]);
	return true;
}

void stage_headline(nz *z)
{
	size_t i, best = (size_t)-1, limit, last, free_blocks = 0;
	double bs = -1e9;
	bool past_date;
	/* Candidates: the blocks before the first long body paragraph, twelve
	 * of the text's at most; what the furniture stage set aside above
	 * them (a web page's menu and cookie notice: furniture.web.*) counts
	 * for none (headline.candidates_after_furniture) */
	for (limit = 0; limit < z->end && free_blocks < 12; limit++) {
		pm_block *b = z->b[limit];
		if (b->part != PM_PART_FURNITURE && b->part != PM_PART_JUNK)
			free_blocks++;
		if (!b->part && b->type == PM_BLOCK_PARAGRAPH && nz_cps(b->text) > 300 &&
		    b->role != PM_ROLE_TITLE && limit > 0)
			break;
		/* nor after the lead (headline.none): the title is above it */
		if (!b->part && b->text && lead_paragraph(z, b->text)) {
			limit++;
			break;
		}
	}
	if (limit == 0 && z->end > 0)
		limit = 1;
	best = pick_headline(z, limit, false, &bs);
	/* With no title under the release line, the one above it; and when
	 * what stands under it is the text's first sentence, not a title
	 * (headline.release_line.below: "Tiergarten Mühlreith erweitert das
	 * Affenhaus" / "Pressemitteilung vom 5. März 2024" / "Der Tiergarten
	 * … erweitert …."), the title above it when it scores as well. */
	if (z->release > 0) {
		double bs2;
		bool sentence_below = best != (size_t)-1 && nz_last_cp(z->b[best]->text) == '.' &&
		                      nz_words(z->b[best]->text) > 8;
		if (best == (size_t)-1 || bs < -40 || sentence_below) {
			size_t above = pick_headline(z, (size_t)z->release, true, &bs2);
			/* a title says something: a name of three words above the
			 * release line ("ACME HOLDINGS LIMITED") is the letterhead's */
			if (above != (size_t)-1 && bs2 >= -40 &&
			    (best == (size_t)-1 || bs < -40 || (bs2 >= bs && nz_words(z->b[above]->text) >= 4)))
				best = above, bs = bs2;
		}
	}
	/* A long paragraph is a headline only when nothing else could be. */
	if (best != (size_t)-1 && bs < -40)
		best = (size_t)-1;
	/* Convention headline.front_matter: a Markdown text whose title is
	 * only in its front matter ("title: Harbour Trust restores …") and
	 * whose first lines are sentences, no heading: the front matter's
	 * title is the headline, the sentence stays body. */
	/* So for an e-mail's Subject header (release.mail_headers): the
	 * mail's subject is the title only when the text has none */
	if (best != (size_t)-1 && ((z->fmt_txt && pm_doc_property(z->doc, "title")) || z->mail_subject[0]) &&
	    z->b[best]->type != PM_BLOCK_HEADING && z->b[best]->role != PM_ROLE_TITLE &&
	    nz_last_cp(z->b[best]->text) == '.')
		best = (size_t)-1;
	if (best == (size_t)-1 && page_header_title(z, NULL))
		return;
	if (best != (size_t)-1 && header_title_over_deck(z, best))
		return;
	if (best == (size_t)-1) {
		/* Markdown front matter's title, only when the text has none. */
		const char *t = pm_doc_property(z->doc, "title");
		if (t && z->fmt_txt)
			set_headline_text(z, t, -1), stage_explain(z, "headline", "front matter title", -1);
		else if (z->mail_subject[0])
			set_headline_text(z, z->mail_subject, -1),
			    stage_explain(z, "headline", "release.mail_headers: the e-mail's Subject", -1);
		front_matter_subtitle(z);
		return;
	}
	/* (never onto the issuer beside a CJK date line: date.cjk.issuer) */
	if (best != (size_t)-1 && (title_above_by_type(z, best) || title_under_release_line(z, best)) &&
	    !cjk_issuer_by_date(z, best - 1))
		best--;
	/* headline.split_paragraphs: the candidate may be the second half */
	if (best > 0 && !z->b[best - 1]->part && title_continues(z, z->b[best - 1], z->b[best]) &&
	    !cjk_issuer_by_date(z, best - 1))
		best--;
	/* headline.wire_header_title: the title again over the text */
	{
		size_t again = restated_title(z, best);
		if (again != best) {
			set_part(z->b[best], PM_PART_LETTERHEAD);
			stage_explain(z, "headline", "headline.wire_header_title", (long)z->bi[again]);
			best = again;
		}
	}
	/* A page-title remnant: the same title cut off, just above the
	 * full one ("… SIGNED BY THE P" / "… SIGNED BY THE PRESIDENT"). */
	if (best + 1 < z->end && !z->b[best + 1]->part && z->b[best + 1]->text &&
	    strlen(z->b[best + 1]->text) > strlen(z->b[best]->text) &&
	    !strncmp(z->b[best + 1]->text, z->b[best]->text, strlen(z->b[best]->text)) &&
	    nz_words(z->b[best]->text) >= 4) {
		set_aside(z->b[best], "other");
		best++;
	}
	/* headline.rubric.own_line: the rubric on its line right above the
	 * title ("Culture :" / "la médiathèque ouvre le dimanche") is a tag,
	 * not letterhead */
	if (best > 0 && !z->b[best - 1]->part && z->b[best - 1]->type != PM_BLOCK_LIST_ITEM &&
	    nz_words(z->b[best]->text) >= 4) {
		char *rubric = rule_rubric_line(z->b[best - 1]->text);
		if (!rubric)
			rubric = typographic_kicker(z, best);
		if (rubric) {
			pm_strv_add(&z->f->tags, rubric); /* the list owns it */
			set_part(z->b[best - 1], PM_PART_LETTERHEAD);
			z->b[best - 1]->aside = ""; /* tags holds it */
			stage_explain(z, "tags", "rubric on its line above the title", (long)z->bi[best - 1]);
		}
	}
	z->head = (long)best;
	set_part(z->b[best], PM_PART_HEADLINE);
	headline_head_date(z, z->b[best]);
	headline_tail_dateline(z, z->b[best]);
	last = best;
	/* headline.split_paragraphs: the title's second paragraph joins it */
	if (best + 1 < z->end && title_continues(z, z->b[best], z->b[best + 1])) {
		pm_block *b2 = z->b[best + 1];
		size_t la = strlen(z->b[best]->text), lb = strlen(b2->text);
		char *both = malloc(la + lb + 2);
		if (both) {
			memcpy(both, z->b[best]->text, la);
			both[la] = ' ';
			memcpy(both + la + 1, b2->text, lb + 1);
			set_part(b2, PM_PART_HEADLINE);
			set_headline_text(z, both, (long)z->bi[best]);
			stage_explain(z, "headline", "title in two paragraphs of one type", (long)z->bi[best + 1]);
			free(both);
			last = best + 1;
		} else {
			set_headline_text(z, z->b[best]->text, (long)z->bi[best]);
		}
	} else {
		set_headline_text(z, z->b[best]->text, (long)z->bi[best]);
	}
	/* Nothing marked it as the title (style, heading, size, markup) and
	 * it was not the first thing in the document: a guess. */
	{
		const pm_block *hb = z->b[best];
		bool typo = hb->role == PM_ROLE_TITLE || hb->type == PM_BLOCK_HEADING ||
		            (hb->font_size > 0 && z->body_font > 0 && hb->font_size >= 1.15 * z->body_font);
		if (!typo && (best > 0 || bs < 0))
			pm_doc_warn(z->doc, "headline.guessed", PM_EFFECT_INFO,
			            "headline chosen by position and shape, with no title style or size to confirm it");
	}
	/* What stands above the title is the sender's letterhead: names,
	 * an address, a logo's words. A paragraph of sentences there is not
	 * (text set before a title, a note to editors, a quotation with its
	 * speaker's name): it stays the document's, as body, rather than go
	 * with the letterhead. */
	for (i = 0; i < best; i++)
		if (!z->b[i]->part && !prose_paragraph(z->b[i]) &&
		    !(nz_words(z->b[i]->text) > 20 && (nz_ends_sentence(z->b[i]->text) || attributed_quote(z->b[i]->text))) &&
		    !text_above_title(z, i))
			set_part(z->b[i], PM_PART_LETTERHEAD);
	/* A subheadline: a short secondary title right under it, or under
	 * the date line set between the two (headline.subheadline.past_date_line) */
	past_date = deck_past_date_line(z, best, last);
	for (i = last + 1; !z->sub_done && i < z->end && i < last + (past_date ? 3 : 2); i++) {
		pm_block *b = z->b[i];
		size_t len;
		if (b->part)
			continue;
		len = nz_cps(b->text);
		if (b->type == PM_BLOCK_TABLE || b->type == PM_BLOCK_LIST_ITEM || indented_run(z, best, i) || len > 200 || len < 8 ||
		    (nz_words(b->text) > 20 && b->role != PM_ROLE_SUBTITLE))
			break; /* a standfirst sentence is body */
		/* headline.subheadline.long_sentence: a full sentence of more
		 * than twenty-five words closed by a full stop is a standfirst,
		 * body, even in the word processor's Subtitle style (the gold
		 * sets: a subheadline is a short secondary title) */
		if (nz_last_cp(b->text) == '.' && nz_words(b->text) > 25)
			break;
		/* set under the title by its type alone (headline.pdf.size_change):
		 * a sentence of a subtitle's length (twenty words at most) is its
		 * subtitle, full stop or not */
		bool by_type = set_under_by_type(z, z->b[best], b) || set_apart_by_type(z, i);
		{
			dl_match dm;
			if (rule_date_first_dateline(z, b->text, &dm))
				break;
		}
		if (past_date && i == last + 1)
			continue; /* the date line: the dateline's */
		if (pm_date_only(b->text, z->dayfirst) || rule_dateline(z, b->text, NULL) || opens_with_date(z, b->text) ||
		    rule_byline(b->text, NULL) || rule_author_list(b->text) || rule_title_block_author(z, i) ||
		    (i == last + 1 && rule_title_block_signature(z, i)) || rule_contact_heading(b->text) ||
		    rule_about_heading(b->text, NULL) || rule_advisory_line(b->text))
			break;
		/* where.after_standfirst: one sentence between the title and a
		 * dated dateline is the standfirst (Vorspann, chapeau); closed
		 * by a full stop it is a full sentence, so the first body
		 * paragraph (the gold sets: "a full-sentence standfirst is the
		 * first body paragraph"), without one a deck, the subheadline,
		 * as any short line under the title is */
		bool title_case = rule_title_case(b->text, z->lang);
		if (b->role == PM_ROLE_SUBTITLE || (!nz_ends_sentence(b->text) || b->flags & PM_BF_ITALIC) ||
		    (b->type == PM_BLOCK_HEADING && b->level >= 2) || title_case || by_type) {
			if (nz_last_cp(b->text) == '.' && nz_words(b->text) > 12 && b->role != PM_ROLE_SUBTITLE &&
			    !title_case && !by_type)
				break;
			{
				char *flat = pm_text_flatten(b->text);
				unframe_subheadline(flat);
				pm_fields_set(&z->f->subheadline, flat);
				free(flat);
			}
			set_part(b, PM_PART_SUBHEADLINE);
			stage_explain(z, "subheadline", "short line under the headline", (long)z->bi[i]);
		}
		break;
	}
}
