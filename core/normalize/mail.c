/*
 * mail.c - the envelope of a release that reached us as an e-mail, for
 * the furniture stage (furniture.c calls mail_envelope() before
 * webpage.c's web_chrome(), and with its helpers): monitoring services
 * and archives receive most releases by mail and keep it as text, or as
 * Markdown made from the HTML mail. The mail brings its header blocks,
 * the forwarder's note and the client's forward marker, the sender's
 * greeting, a signature, the mail server's legal notice and a
 * newsletter's furniture. None of it is the release's: the headers go
 * to the record's furniture as mail_header, the rest as other or footer,
 * never to the body, headline or About section. The Subject and the sent
 * date of the issuer's own message are kept for the headline and date
 * stages (the title and date when the release gives none). The words are
 * the lexicon's ([mail_headers], [mail_forward_markers], [mail_wrote],
 * [mail_greetings], [mail_disclaimers], [newsletter_lines],
 * [mail_subject_prefixes]); the line shapes the txt plugin reads first
 * (plugins/txt/mail.c: quote markers, one header field a line,
 * separator lines).
 */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

/* The kind of e-mail header that the line s (n bytes) is, 0 when none
 * (release.mail_headers: 1 the subject, 2 the sent date, 3 an address
 * line), and in *val where its value starts: a name of [mail_headers]
 * at the line's start, its colon (French puts a space before it), a
 * value. Markdown from an HTML mail sets the name in bold ("**From:**
 * …"), whose markers the txt plugin took off. */
static int mail_header(const char *s, size_t n, size_t *val)
{
	pm_lex_query q = {PM_LEX_MAIL_HEADERS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t k;
	if (!pm_lex_prefix(&q, s, n, &m))
		return 0;
	k = m.len;
	if (k < n && s[k] == ' ')
		k++;
	if (k >= n || s[k] != ':')
		return 0;
	for (k++; k < n && s[k] == ' '; k++)
		;
	if (k >= n)
		return 0;
	*val = k;
	return m.entry.num;
}

/* One header block: its subject, its sent date, how many header lines. */
struct headers {
	size_t lines;
	bool subject;
	char subj[sizeof ((nz *)0)->mail_subject];
	char date[sizeof ((nz *)0)->mail_date];
};

static void keep_value(char *dst, size_t cap, const char *s, size_t n)
{
	if (n < cap && !*dst) {
		memcpy(dst, s, n);
		dst[n] = '\0';
	}
}

/* The run of header blocks from block i on, every line of each a header
 * line: the block after it (i when none), what it said into *h. */
static size_t header_run(const nz *z, size_t i, struct headers *h)
{
	size_t k;
	memset(h, 0, sizeof *h);
	for (k = i; k < z->n && k < i + 12; k++) {
		const char *t = z->b[k]->text, *line;
		size_t lines = 0;
		if (z->b[k]->part || !t || !*t)
			break;
		/* every line of the block a header line, before any is kept */
		for (line = t; line && *line;) {
			const char *nl = strchr(line, '\n');
			size_t len = nl ? (size_t)(nl - line) : strlen(line), val = 0;
			if (!mail_header(line, len, &val))
				return h->lines >= 2 ? k : i;
			line = nl ? nl + 1 : NULL;
		}
		for (line = t; line && *line;) {
			const char *nl = strchr(line, '\n');
			size_t len = nl ? (size_t)(nl - line) : strlen(line), val = 0;
			int kind = mail_header(line, len, &val);
			lines++;
			if (kind == 1) {
				h->subject = true;
				keep_value(h->subj, sizeof h->subj, line + val, len - val);
			} else if (kind == 2) {
				keep_value(h->date, sizeof h->date, line + val, len - val);
			}
			line = nl ? nl + 1 : NULL;
		}
		h->lines += lines;
	}
	return h->lines >= 2 ? k : i;
}

/* Convention headline.mail_subject: a Subject says what the mail is
 * before what the release says: reply and forward prefixes ("Fwd:",
 * "TR:", "AW:", "I:"; [mail_subject_prefixes]) and the release label
 * ("PRESS RELEASE:", "Communiqué de presse :", "PERSBERICHT:"; a release
 * line of [release_lines] with its title after it) are no part of the
 * title. Cut in place. */
static void subject_title(char *s)
{
	pm_lex_query q = {PM_LEX_MAIL_SUBJECT_PREFIXES, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_match m;
	size_t n = strlen(s), used = 0, k;
	char *rel;
	for (;;) {
		if (!pm_lex_prefix(&q, s, n, &m))
			break;
		k = m.len;
		if (k < n && s[k] == ' ')
			k++;
		if (k >= n || s[k] != ':')
			break;
		for (k++; k < n && s[k] == ' '; k++)
			;
		memmove(s, s + k, n - k + 1);
		n -= k;
	}
	rel = rule_release_line(s, &used);
	if (rel && used > 0 && used < n) {
		while (used < n && (s[used] == ' ' || s[used] == ':'))
			used++;
		memmove(s, s + used, n - used + 1);
	}
	free(rel);
}

/* Convention furniture.mail.forward_marker: the line a client writes
 * over a forwarded message ("---------- Forwarded message ---------",
 * "-----Original Message-----", "Début du message réexpédié :";
 * [mail_forward_markers], between its dashes), or a reply's attribution
 * line over the message it quotes ("Am 20.04.2026 um 09:12 schrieb …
 * <…>:", "On … wrote:"; a [mail_wrote] verb in a line ending with a
 * colon that gives an address or a figure). */
static bool forward_marker(const char *t)
{
	size_t n = strlen(t), a = 0;
	char *core;
	bool r;
	if (!n || n > 300 || strchr(t, '\n'))
		return false;
	while (a < n && (t[a] == '-' || t[a] == '_' || t[a] == ' '))
		a++;
	while (n > a && (t[n - 1] == '-' || t[n - 1] == '_' || t[n - 1] == ' ' || t[n - 1] == ':' ||
	                 (n >= a + 2 && !strncmp(t + n - 2, "\xc2\xa0", 2))))
		n -= t[n - 1] == '\xa0' ? 2 : 1;
	core = n > a ? pm_strndup(t + a, n - a) : NULL;
	r = core && pm_lex_has(PM_LEX_MAIL_FORWARD_MARKERS, core);
	free(core);
	if (r)
		return true;
	if (t[strlen(t) - 1] == ':' && (strchr(t, '@') || nz_has_digit(t))) { /* strlen(t) > 0: above */
		pm_lex_query q = {PM_LEX_MAIL_WROTE, PM_LEX_ALL_LANGS, 0, 0, 0};
		pm_lex_match m;
		return pm_lex_find(&q, t, strlen(t), &m) && nz_words(t) <= 30;
	}
	return false;
}

static bool note_line(const pm_block *b)
{
	return nz_free_text(b) && nz_words(b->text) <= 30;
}

/* Convention furniture.mail.signature: the signature under the
 * delimiter "-- " (RFC 3676 §4.3; the txt plugin keeps the delimiter a
 * line of its own): the delimiter and the short lines under it up to the
 * next blank line (name, role, organisation, address; each a block of
 * its own where the text is wrapped, one block with its line breaks in
 * Markdown) are the mail's. */
static void signature(nz *z)
{
	size_t i, k;
	for (i = 0; i + 1 < z->n; i++) {
		const pm_block *b = z->b[i];
		if (b->part || !b->text || strcmp(b->text, "--"))
			continue;
		nz_aside(z, i, "footer", "furniture.mail.signature: the signature delimiter");
		for (k = i + 1; k < z->n && k < i + 12; k++) {
			const pm_block *s = z->b[k];
			if ((s->part == PM_PART_JUNK || s->part == PM_PART_FURNITURE) &&
			    !(k > i + 1 && (s->flags & PM_BF_INFERRED_BREAK)))
				continue; /* a line the junk rules took already */
			/* a line of prose under the delimiter is the text's again */
			if (s->part || !s->text || nz_words(s->text) > 20 ||
			    (k > i + 1 && (s->flags & PM_BF_INFERRED_BREAK)))
				break;
			nz_aside(z, k, "footer", "furniture.mail.signature: the signature under the delimiter");
		}
		i = k - 1;
	}
}

/* Convention furniture.mail.disclaimer: the legal notice a mail server
 * adds under every message ("This e-mail and any attachments are
 * confidential …", "Ce message et toutes les pièces jointes …", "AVISO
 * LEGAL: …"; [mail_disclaimers] opens it): the mail's, not the
 * release's (a release's own disclaimer, a forward-looking statement,
 * stays body). Only in a mail. */
static void disclaimer(nz *z)
{
	size_t i;
	for (i = 0; i < z->n; i++)
		if (nz_free_text(z->b[i]) && nz_may_open(PM_LEX_MAIL_DISCLAIMERS, z->b[i]->text) &&
		    pm_lex_opens(PM_LEX_MAIL_DISCLAIMERS, z->b[i]->text) && nz_words(z->b[i]->text) <= 120)
			nz_aside(z, i, "footer", "furniture.mail.disclaimer: the mail's legal notice");
}

/* Convention furniture.mail.greeting: the sender's salutation over the
 * release ("Dear editor,", "Madame, Monsieur,", "Sehr geehrte Damen und
 * Herren,"; [mail_greetings]) and the one short sentence under it that
 * sends the release ("Please find our latest news release below."),
 * first after the mail's headers: a letter's, not the release's. */
static void greeting(nz *z, size_t from)
{
	size_t i = from;
	while (i < z->n && z->b[i]->part)
		i++;
	if (i >= z->n || !z->b[i]->text || !nz_may_open(PM_LEX_MAIL_GREETINGS, z->b[i]->text) ||
	    !pm_lex_opens(PM_LEX_MAIL_GREETINGS, z->b[i]->text) || nz_words(z->b[i]->text) > 24)
		return;
	nz_aside(z, i, "other", "furniture.mail.greeting: the sender's salutation");
	if (strchr(z->b[i]->text, '\n') || i + 1 >= z->n)
		return;
	if (nz_free_text(z->b[i + 1]) && nz_words(z->b[i + 1]->text) <= 16 && nz_ends_sentence(z->b[i + 1]->text))
		nz_aside(z, i + 1, "other", "furniture.mail.greeting: the sentence that sends the release");
}

/* A line of its own that only holds image placeholders as a client
 * writes them for a text part ("[image: Marrowby Festival of Light]",
 * "[image: Facebook] <https://…>"): a label, a colon, a name, in
 * brackets, each with its link, nothing else. */
static bool image_placeholders(const char *t)
{
	size_t items = 0;
	while (*t) {
		const char *c, *e;
		while (*t == ' ')
			t++;
		if (!*t)
			break;
		if (*t != '[' || !(e = strchr(t, ']')) || !(c = memchr(t, ':', (size_t)(e - t))) || c - t > 24)
			return false;
		t = e + 1;
		while (*t == ' ')
			t++;
		if (*t == '<') {
			if (!(e = strchr(t, '>')))
				return false;
			t = e + 1;
		}
		items++;
	}
	return items > 0;
}

/* A line of the block opens with a [newsletter_lines] entry. */
static bool newsletter_line(const char *t)
{
	const char *line;
	for (line = t; line && *line;) {
		if (nz_may_open(PM_LEX_NEWSLETTER_LINES, line) && pm_lex_opens(PM_LEX_NEWSLETTER_LINES, line))
			return true;
		line = strchr(line, '\n');
		if (line)
			line++;
	}
	return false;
}

/* Convention furniture.mail.newsletter: a newsletter's furniture around
 * the release, as a mailing service sends it: "View this email in your
 * browser", the logo's image placeholder over the text; under it, from
 * its first line that says why you got it or how to leave
 * ("Copyright © …" and "You are receiving this email because …", "Our
 * mailing address is:", "unsubscribe from this list"; [newsletter_lines])
 * to the text's end, the short blocks (the address, the preference
 * links), and the placeholders and link lines just above (its social
 * icons). */
static void newsletter(nz *z)
{
	size_t i, start = z->n, foot = z->n;
	for (i = 0; i < z->n; i++)
		if (!z->b[i]->part && z->b[i]->text && nz_ends_sentence(z->b[i]->text) && nz_words(z->b[i]->text) > 8 &&
		    !newsletter_line(z->b[i]->text)) {
			start = i;
			break;
		}
	for (i = 0; i < z->n; i++) {
		const pm_block *b = z->b[i];
		if (!nz_free_text(b) && !(b->text && !b->part && strchr(b->text, '\n')))
			continue;
		if (image_placeholders(b->text))
			nz_aside(z, i, i < start ? "header" : "footer", "furniture.mail.newsletter: an image placeholder");
		else if (nz_words(b->text) <= 60 && newsletter_line(b->text)) {
			nz_aside(z, i, i < start ? "header" : "footer", "furniture.mail.newsletter: a newsletter's line");
			if (i > start && foot == z->n)
				foot = i;
		}
	}
	if (foot == z->n)
		return;
	for (i = foot + 1; i < z->n; i++)
		if (!z->b[i]->part && z->b[i]->text && nz_words(z->b[i]->text) > 60)
			return;
	for (i = foot + 1; i < z->n; i++)
		if (!z->b[i]->part && z->b[i]->text)
			nz_aside(z, i, "footer", "furniture.mail.newsletter: the newsletter's footer");
	/* what stands just above the footer: its copyright, its social links */
	for (i = foot; i-- > start;) {
		const pm_block *b = z->b[i];
		if (b->part == PM_PART_FURNITURE || b->part == PM_PART_JUNK)
			continue;
		if (b->part || !b->text || !(rule_link_line(b->text) || rule_social_line(b->text)))
			break;
		nz_aside(z, i, "footer", "furniture.mail.newsletter: the newsletter's links");
	}
}

/* Convention release.mail_headers: a release sent as an e-mail and
 * saved as text opens with the mail's headers, "From:", "To:", "Date:",
 * "Subject:" (Outlook's "Sent:", "Betreff:", "Objet :"; the names are
 * [mail_headers]), one to a line, before its text. The subject is the
 * release's title, the date the day it was sent (the release's date
 * when the text gives none: date.c), and the address lines are the
 * mail's furniture, never contacts. Taken only as a block of two header
 * lines or more with a subject among them, at the text's top. The
 * subject is the title only where the text gives none of its own
 * (headline.c, as a front matter's title). A forwarded mail
 * (furniture.mail.forward_marker) brings the forwarder's headers, a
 * note, the marker, then the issuer's own headers: the note is the
 * forwarder's, and the subject and date are those of the issuer's
 * message, the innermost. */
void mail_envelope(nz *z)
{
	struct headers h, in;
	size_t top = 0, end, i;
	while (top < z->n && top < 4 && (z->b[top]->part || !z->b[top]->text))
		top++;
	end = header_run(z, top, &h);
	if (end == top || !h.subject) {
		newsletter(z);
		return;
	}
	for (i = top; i < end; i++)
		set_aside(z->b[i], "mail_header");
	stage_explain(z, "release", "release.mail_headers", (long)z->bi[top]);
	for (i = end; i < z->n && i < end + 8;) {
		size_t k, e2;
		if (!z->b[i]->text || z->b[i]->part) {
			i++;
			continue;
		}
		if (!forward_marker(z->b[i]->text)) {
			if (!note_line(z->b[i]))
				break;
			i++;
			continue;
		}
		for (k = end; k < i; k++)
			if (!z->b[k]->part)
				nz_aside(z, k, "other", "furniture.mail.forward_marker: the forwarder's note");
		nz_aside(z, i, "mail_header", "furniture.mail.forward_marker: a forward marker or attribution line");
		e2 = header_run(z, i + 1, &in);
		if (e2 > i + 1) {
			for (k = i + 1; k < e2; k++)
				set_aside(z->b[k], "mail_header");
			if (in.subject)
				memcpy(h.subj, in.subj, sizeof h.subj);
			if (in.date[0])
				memcpy(h.date, in.date, sizeof h.date);
		}
		end = i = e2 > i + 1 ? e2 : i + 1;
	}
	subject_title(h.subj);
	memcpy(z->mail_subject, h.subj, sizeof h.subj);
	memcpy(z->mail_date, h.date, sizeof h.date);
	greeting(z, end);
	signature(z);
	disclaimer(z);
	newsletter(z);
}
