/*
 * language.c - the normaliser's "language" stage (normalize.c's table,
 * right after the body): the record's language decided on what the
 * release says, its headline and body, once the body is known.
 *
 * Convention language.body: the repair stage names the language from a
 * sample of every content block (repair/language.c), before anything
 * tells a body from an About section, a contact block or a quotation.
 * A short release whose About section, or whose quotations, are in
 * another language (an English notice from a French company, its
 * boilerplate in French; a release quoting a speaker at length in her
 * language) is then named after them. The body decides: the headline
 * and the body's paragraphs without their quoted spans, then with them;
 * the sample's verdict stands when neither holds enough words to judge
 * (BODY_WORDS), when the sample named no language (the text is none, or
 * too short), or when the body's verdict is no language of the lexicon.
 *
 * The stages before this one read the sample's language (they read every
 * language's lists anyway); those after it read the body's. The day-
 * or month-first reading of numeric dates stays the sample's: the
 * dateline was read with it.
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

/* Words a sample needs for its verdict to outweigh the whole text's:
 * fewer and a stray name or quotation weighs too much (the stop-word
 * vote alone wants 12 hits, a tenth of the words). */
#define BODY_WORDS 20

/* Append t to b, without the spans between quotation marks when strip
 * (each a space): the marks quotes.c pairs (nz_quote_spans), so that
 * what the language stage leaves out is what the quotes stage reads as
 * quoted; a mark with no closing one keeps the rest. */
static void add_text(pm_buf *b, const char *t, bool strip)
{
	size_t from = 0;
	if (strip) {
		qspan v[64];
		size_t n, i;
		/* at most 64 spans a call; the next call resumes after the
		 * last closing mark, where the scan would have gone on */
		do {
			const char *s = t + from;
			n = nz_quote_spans(s, v, 64);
			for (i = 0; i < n; i++) {
				pm_buf_add(b, t + from, (size_t)(s + v[i].open - (t + from)));
				pm_buf_addc(b, ' ');
				from = (size_t)(s + v[i].close - t);
			}
		} while (n == 64);
	}
	pm_buf_adds(b, t + from);
	pm_buf_addc(b, '\n');
}

/* The headline and the body's paragraphs, headings and list items, at
 * most 6000 bytes (what pm_lang_identify reads). */
static void body_sample(const pm_fields *f, pm_buf *b, bool strip)
{
	size_t i;
	if (f->headline)
		add_text(b, f->headline, strip);
	for (i = 0; i < f->nbody && b->len < 6000; i++) {
		const pm_body_item *it = &f->body[i];
		if (!it->text || it->table >= 0)
			continue;
		add_text(b, it->text, strip);
	}
}

/* issue 13: a language the lexicon has no file for gets only the rules
 * that need no words; the record says so (again from the language stage
 * below when the body names another language) */
void nz_warn_no_lexicon(nz *z)
{
	if (z->lang && pm_lex_lang_id(z->lang) < 0)
		pm_doc_warn(z->doc, "language.no_lexicon", PM_EFFECT_INFO,
		            "the text is in '%s', for which the lexicon has no word lists: the rules that read words "
		            "(release lines, months, section headings, speech verbs, contact labels) did not apply, "
		            "only those of layout, punctuation and numbers",
		            z->lang);
}

/* language.no_lexicon, said of the sample's language: said
 * again, or no more, of the body's. */
static void drop_warning(pm_doc *d, const char *code)
{
	size_t i, k = 0;
	for (i = 0; i < d->nwarnings; i++) {
		if (!strcmp(d->warnings[i].code, code)) {
			free(d->warnings[i].code);
			free(d->warnings[i].message);
			continue;
		}
		d->warnings[k++] = d->warnings[i];
	}
	d->nwarnings = k;
}

void stage_language(nz *z)
{
	const char *l = NULL;
	int pass;
	/* no language claimed: the text is no natural language (repair's
	 * text.unreliable) or too little of one to say */
	if (!z->lang)
		return;
	for (pass = 0; pass < 2 && !l; pass++) {
		pm_buf b;
		pm_buf_init(&b);
		body_sample(z->f, &b, pass == 0);
		if (b.data && nz_words(b.data) >= BODY_WORDS)
			l = pm_lang_identify(z->doc->lingua, b.data, b.len);
		pm_buf_free(&b);
	}
	/* only a language of the lexicon, whose stop words the verdict
	 * weighs (text/lang.c): a few words repeated ("Some content, .")
	 * make n-grams name any language */
	if (!l || !strcmp(l, z->lang) || pm_lex_lang_id(l) < 0)
		return;
	stage_explain(z, "language", "language.body", -1);
	z->lang = l;
	z->doc->language = l;
	z->f->language = l;
	drop_warning(z->doc, "language.no_lexicon");
	nz_warn_no_lexicon(z);
}
