/*
 * mail.c - the txt plugin's reading of a release saved from an e-mail:
 * the line shapes mail clients write around a message, which decide
 * where its paragraphs begin and end before any word is read (the
 * normaliser's mail rules, core/normalize/mail.c, then say what each
 * block is). txt.c unquotes the lines; paragraphs.c asks the others
 * while it joins wrapped lines. No word of any language is read here.
 */
#include "txt.h"

#include <string.h>

/* Convention txt.mail_quote: a reply quotes the message it answers with
 * "> " at each line's start (RFC 3676 §4.5; ">" alone on a quoted blank
 * line, ">> " one level deeper). In plain text (Markdown reads '>' as its
 * block quote), a run of three lines or more that all open with '>' is
 * such a quote: its markers are no text, so they are taken off and the
 * quoted message's paragraphs, wraps and blank lines are read as the
 * text's own. */
void txt_unquote_mail(line *L, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && L[j].len && L[j].s[0] == '>')
			j++;
		if (j - i < 3) {
			i = j > i ? j : i + 1;
			continue;
		}
		/* the quote opens a paragraph: never the attribution line's
		 * ("… schrieb X <x@…>:") wrapped on */
		L[i].own_line = true;
		for (; i < j; i++) {
			line *l = &L[i];
			while (l->len && l->s[0] == '>') {
				l->s++, l->len--;
				if (l->len && l->s[0] == ' ')
					l->s++, l->len--;
			}
			l->indent = 0;
			while (l->indent < l->len && l->s[l->indent] == ' ')
				l->indent++;
			l->blank = l->indent == l->len;
			l->cols = pm_utf8_count(l->s, l->len);
		}
	}
}

/* The line is "Label: value": a label of one to three words of letters
 * (or hyphens, dots) at the line's start, a colon (a space before it as
 * French writes it), a value. */
static bool field_line(const line *l)
{
	const char *s = l->s;
	size_t n = l->len, k = 0, words = 1;
	if (l->indent || n < 4)
		return false;
	while (k < n && k < 32) {
		unsigned char c = (unsigned char)s[k];
		if (c == ':' || (c == ' ' && k + 1 < n && s[k + 1] == ':'))
			break;
		if (c == ' ') {
			if (++words > 3 || (k && s[k - 1] == ' '))
				return false;
		} else if (!(c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '.')) {
			return false;
		}
		k++;
	}
	if (k == 0 || k >= n || k >= 32)
		return false;
	if (s[k] == ' ')
		k++;
	return k + 2 < n && s[k] == ':' && s[k + 1] == ' ';
}

/* Convention txt.mail_header_lines: a mail's header block as a client
 * saves it ("From: …", "Sent: …", "To: …", "Subject: …"; "De : …",
 * "Von: …", "Asunto: …"), three field lines or more one under the other:
 * one field a line, never a wrapped paragraph, and their lengths (a
 * long Subject) say nothing of the margin the text is wrapped at. Marks
 * them own_line. */
void txt_mail_fields(line *L, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && !L[j].blank && field_line(&L[j]))
			j++;
		if (j - i >= 3)
			for (; i < j; i++)
				L[i].own_line = true;
		i = j > i ? j : i + 1;
	}
}

/* Convention txt.mail_separator_line: the lines a mail client draws
 * between messages and before a signature are lines of their own, never
 * a wrapped paragraph's (nor a line-end hyphen's): the signature
 * delimiter "-- " (RFC 3676 §4.3), a forward or reply marker set between
 * runs of five hyphens or more ("---------- Forwarded message
 * ---------", "-----Original Message-----"), a rule of underscores
 * (Outlook's). */
bool txt_separator_line(const line *l)
{
	const char *s = l->s + l->indent;
	size_t n = l->len - l->indent;
	if (n == 2 && !strncmp(s, "--", 2))
		return true;
	return n >= 5 && (!strncmp(s, "-----", 5) || !strncmp(s + n - 5, "-----", 5) || !strncmp(s, "_____", 5));
}
