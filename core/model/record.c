/*
 * record.c - the record (RECORD.md), the one place JSON is built:
 * pm_record_build() makes every record, converted or failed, from where
 * its input came from (pm_source), the fields the normaliser found
 * (pm_fields), the document's warnings and the failure if any; every key
 * in the documented order (and the keys this project appended:
 * `producer`, `source.path_bytes`), the derived `text` and `stats`, and
 * with --explain the evidence. Also serialisation and the public readers
 * of a record.
 */
#include "model.h"

#include <stdlib.h>
#include <string.h>

/* json_string() without jansson's own check of the UTF-8, byte by byte
 * (a twentieth of a text release's instructions): pm_utf8_valid()
 * accepts what jansson's check accepts (RFC 3629: no overlong form, no
 * surrogate, nothing past U+10FFFF, NUL allowed), eight ASCII bytes at a
 * time, and a string it refuses gives NULL as json_string() does. */
static json_t *rec_string(const char *s)
{
	size_t n;
	if (!s)
		return NULL;
	n = strlen(s);
	return pm_utf8_valid(s, n) ? json_stringn_nocheck(s, n) : NULL;
}

void pm_json_set_str(json_t *obj, const char *key, const char *s)
{
	if (!s) {
		json_object_set_new(obj, key, json_null());
		return;
	}
	if (pm_utf8_valid(s, strlen(s))) {
		json_object_set_new(obj, key, rec_string(s));
	} else {
		pm_buf b;
		pm_buf_init(&b);
		pm_utf8_sanitize(&b, s, strlen(s));
		json_object_set_new(obj, key, b.data ? rec_string(b.data) : json_null());
		pm_buf_free(&b);
	}
}

static void base64(pm_buf *b, const unsigned char *p, size_t n)
{
	static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;
	for (i = 0; i + 2 < n; i += 3) {
		uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
		char q[4] = {digits[v >> 18], digits[(v >> 12) & 63], digits[(v >> 6) & 63], digits[v & 63]};
		pm_buf_add(b, q, 4);
	}
	if (n - i == 1) {
		uint32_t v = (uint32_t)p[i] << 16;
		char q[4] = {digits[v >> 18], digits[(v >> 12) & 63], '=', '='};
		pm_buf_add(b, q, 4);
	} else if (n - i == 2) {
		uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
		char q[4] = {digits[v >> 18], digits[(v >> 12) & 63], digits[(v >> 6) & 63], '='};
		pm_buf_add(b, q, 4);
	}
}

/* source.path is text, so a name that is not UTF-8 loses bytes to U+FFFD
 * there, and two names can end up alike ("a\xff" and "a\xfe"): its exact
 * bytes go beside it, base64, so that a record can always be matched to
 * its input. UTF-8 names (nearly all) keep the record as it was. */
void pm_record_set_path(json_t *rec, const char *display)
{
	json_t *src = json_object_get(rec, "source");
	const char *d = display ? display : "";
	pm_json_set_str(src, "path", d);
	if (pm_utf8_valid(d, strlen(d))) {
		json_object_del(src, "path_bytes");
	} else {
		pm_buf b;
		pm_buf_init(&b);
		base64(&b, (const unsigned char *)d, strlen(d));
		json_object_set_new(src, "path_bytes", b.data && !b.failed ? rec_string(b.data) : json_null());
		pm_buf_free(&b);
	}
}

json_t *pm_record_skeleton(void)
{
	json_t *r = json_object(), *src = json_object(), *stats = json_object();
	json_t *prod = json_object();
	if (!r || !src || !stats || !prod) {
		json_decref(r);
		json_decref(src);
		json_decref(stats);
		json_decref(prod);
		return NULL;
	}
	json_object_set_new(r, "schema", rec_string(PRESSMILL_RECORD_SCHEMA));
	json_object_set_new(r, "status", rec_string("ok"));
	json_object_set_new(src, "path", rec_string(""));
	json_object_set_new(src, "format", json_null());
	json_object_set_new(src, "media_type", json_null());
	json_object_set_new(src, "bytes", json_integer(0));
	json_object_set_new(src, "sha256", json_null());
	json_object_set_new(src, "encoding", json_null());
	json_object_set_new(src, "pages", json_null());
	json_object_set_new(src, "properties", json_object());
	json_object_set_new(r, "source", src);
	json_object_set_new(r, "language", json_null());
	json_object_set_new(r, "headline", json_null());
	json_object_set_new(r, "subheadline", json_null());
	json_object_set_new(r, "tags", json_array());
	json_object_set_new(r, "release", json_null());
	json_object_set_new(r, "embargo", json_null());
	json_object_set_new(r, "dateline", json_null());
	json_object_set_new(r, "date", json_null());
	json_object_set_new(r, "date_ambiguous", json_false());
	json_object_set_new(r, "byline", json_null());
	json_object_set_new(r, "body", json_array());
	json_object_set_new(r, "quotes", json_array());
	json_object_set_new(r, "about", json_array());
	json_object_set_new(r, "contacts", json_array());
	json_object_set_new(r, "acronyms", json_array());
	json_object_set_new(r, "end_mark", json_null());
	json_object_set_new(r, "text", rec_string(""));
	json_object_set_new(stats, "paragraphs", json_integer(0));
	json_object_set_new(stats, "words", json_integer(0));
	json_object_set_new(stats, "characters", json_integer(0));
	json_object_set_new(r, "stats", stats);
	json_object_set_new(r, "warnings", json_array());
	json_object_set_new(r, "error", json_null());
	/* Appended to the keys of RECORD.md (an additive revision: every key
	 * before keeps its place and meaning): which pressmill and which
	 * plugin made the record, so that --resume knows a record an upgrade
	 * made stale. */
	json_object_set_new(prod, "name", rec_string("pressmill"));
	json_object_set_new(prod, "version", rec_string(PRESSMILL_VERSION));
	json_object_set_new(prod, "plugin", json_null());
	json_object_set_new(prod, "plugin_version", json_null());
	json_object_set_new(r, "producer", prod);
	/* Record 1.1, appended after producer in the order docs/record.md
	 * fixes: what reading the release as a release gives. */
	json_object_set_new(r, "lead", json_null());
	json_object_set_new(r, "kind", json_null());
	json_object_set_new(r, "reference", json_null());
	json_object_set_new(r, "issuer", json_null());
	/* Record 1.1 appends the document's structure after producer (and
	 * before the optional evidence): tables as rows of cells, links with
	 * their text, figures with their captions. */
	json_object_set_new(r, "tables", json_array());
	json_object_set_new(r, "links", json_array());
	json_object_set_new(r, "images", json_array());
	json_object_set_new(r, "notes", json_array());
	/* Record 1.2 appends after them the page furniture the body leaves
	 * out: running headers and footers, page numbers, letterheads ... */
	json_object_set_new(r, "furniture", json_array());
	/* One check at the end: the _new setters steal even on failure. */
	if (json_object_size(r) != 33 || json_object_size(src) != 8 || json_object_size(prod) != 4) {
		json_decref(r);
		return NULL;
	}
	return r;
}

static const char *const status_codes[PM_STATUS_COUNT] = {
	[PM_OK] = NULL,
	[PM_ERR_UNSUPPORTED] = "unsupported_format",
	[PM_ERR_CORRUPT] = "corrupt",
	[PM_ERR_ENCRYPTED] = "encrypted",
	[PM_ERR_TOO_LARGE] = "too_large",
	[PM_ERR_TIMEOUT] = "timeout",
	[PM_ERR_CRASHED] = "crashed",
	[PM_ERR_RESOURCE_LIMIT] = "resource_limit",
	[PM_ERR_IO] = "io_error",
	[PM_ERR_EMPTY] = "empty",
	[PM_ERR_NO_TEXT] = "no_text",
};

PM_API const char *pm_status_code(int status)
{
	if (status <= 0 || status >= PM_STATUS_COUNT)
		return status == 0 ? NULL : "corrupt";
	return status_codes[status];
}

void pm_record_fail(json_t *rec, int status, const char *message)
{
	json_t *e = json_object();
	const char *code = pm_status_code(status);
	size_t i;
	static const char *const clear[] = {"language", "headline", "subheadline", "release",
	                                    "embargo", "dateline", "date", "byline", "end_mark",
	                                    "lead", "kind", "reference", "issuer", NULL};
	static const char *const empty[] = {"tags", "body", "quotes", "about", "contacts",
	                                    "acronyms", "tables", "links", "images", "notes", "furniture", NULL};
	json_object_set_new(rec, "status", rec_string("failed"));
	for (i = 0; clear[i]; i++)
		json_object_set_new(rec, clear[i], json_null());
	for (i = 0; empty[i]; i++)
		json_object_set_new(rec, empty[i], json_array());
	json_object_set_new(rec, "date_ambiguous", json_false());
	pm_record_text(rec);
	if (!e)
		return;
	json_object_set_new(e, "code", rec_string(code ? code : "corrupt"));
	pm_json_set_str(e, "message", message && *message ? message : code);
	json_object_set_new(rec, "error", e);
}

void pm_record_text(json_t *rec)
{
	pm_buf b;
	size_t i, paragraphs = 0;
	const char *h = json_string_value(json_object_get(rec, "headline"));
	const char *sh = json_string_value(json_object_get(rec, "subheadline"));
	json_t *body = json_object_get(rec, "body"), *stats;
	pm_buf_init(&b);
	if (h && *h) {
		pm_buf_adds(&b, h);
		paragraphs++;
	}
	if (sh && *sh) {
		if (b.len)
			pm_buf_adds(&b, "\n\n");
		pm_buf_adds(&b, sh);
		paragraphs++;
	}
	for (i = 0; i < json_array_size(body); i++) {
		const char *t = json_string_value(json_object_get(json_array_get(body, i), "text"));
		if (!t || !*t)
			continue;
		if (b.len)
			pm_buf_adds(&b, "\n\n");
		pm_buf_adds(&b, t);
		paragraphs++;
	}
	json_object_set_new(rec, "text", rec_string(b.data ? b.data : ""));
	stats = json_object();
	if (stats) {
		json_object_set_new(stats, "paragraphs", json_integer((json_int_t)paragraphs));
		json_object_set_new(stats, "words", json_integer((json_int_t)pm_text_words(b.data)));
		json_object_set_new(stats, "characters",
		                    json_integer((json_int_t)pm_text_chars(b.data)));
		json_object_set_new(rec, "stats", stats);
	}
	pm_buf_free(&b);
}

/* The compact text of a record is written here rather than by
 * json_dumps, which costs a tenth of a text conversion (issue 15): it
 * decodes every character of every string, and calls back per piece.
 * The text is jansson's (2.14) to the byte, which the records of the
 * gold sets and the corpus are checked against (tools/compare_records.py)
 * and tests/unit/test_core_record.c too: keys in insertion order, ','
 * and ':' without spaces, '"', '\\' and the controls below U+0020
 * escaped ("\n" and the like where JSON has a short form, else "\u"
 * and four capital hex digits), every other character as it is; a real
 * in jansson's own form, by jansson. What jansson would refuse goes back
 * to it whole (a string that is not valid UTF-8, a tree that holds
 * itself): it fails then, as before. */
static bool dump_string(pm_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	const uint64_t ones = UINT64_C(0x0101010101010101), high = UINT64_C(0x8080808080808080);
	size_t i = 0, kept = 0, end;
	uint64_t seen = 0;
	bool ascii = true;
	pm_buf_addc(b, '"');
	while (i < n) {
		unsigned char c;
		char esc[6];
		size_t el = 2;
		uint64_t w, q, bs;
		/* eight bytes at a time while none is below 0x20, '"' or '\\'
		 * (the records' text is long and rarely escaped): a byte test
		 * of the SWAR kind, exact for "any" (Hacker's Delight 6-1) */
		if (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			seen |= w;
			q = w ^ (ones * '"');
			bs = w ^ (ones * '\\');
			if (!((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & high)) {
				i += 8;
				continue;
			}
		}
		/* a word with such a byte, or the tail: byte by byte */
		end = i + 8 < n ? i + 8 : n;
		for (; i < end; i++) {
			c = (unsigned char)s[i];
			if (c >= 0x20 && c != '"' && c != '\\') {
				ascii &= c < 0x80;
				continue;
			}
			break;
		}
		if (i == end)
			continue;
		c = (unsigned char)s[i];
		pm_buf_add(b, s + kept, i - kept);
		kept = i + 1;
		esc[0] = '\\';
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			esc[1] = 'u';
			esc[2] = '0';
			esc[3] = '0';
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			el = 6;
		}
		pm_buf_add(b, esc, el);
		i++;
	}
	pm_buf_add(b, s + kept, n - kept);
	pm_buf_addc(b, '"');
	return (ascii && !(seen & high)) || pm_utf8_valid(s, n);
}

/* depth guards against a tree that holds itself (jansson refuses it;
 * so does this, by handing it over) */
static bool dump_value(pm_buf *b, const json_t *v, int depth)
{
	if (depth > 1000)
		return false;
	switch (json_typeof(v)) {
	case JSON_OBJECT: {
		void *it = json_object_iter((json_t *)v);
		bool first = true;
		pm_buf_addc(b, '{');
		for (; it; it = json_object_iter_next((json_t *)v, it)) {
			if (!first)
				pm_buf_addc(b, ',');
			first = false;
			if (!dump_string(b, json_object_iter_key(it), json_object_iter_key_len(it)))
				return false;
			pm_buf_addc(b, ':');
			if (!dump_value(b, json_object_iter_value(it), depth + 1))
				return false;
		}
		return pm_buf_addc(b, '}');
	}
	case JSON_ARRAY: {
		size_t i, n = json_array_size(v);
		pm_buf_addc(b, '[');
		for (i = 0; i < n; i++) {
			if (i)
				pm_buf_addc(b, ',');
			if (!dump_value(b, json_array_get(v, i), depth + 1))
				return false;
		}
		return pm_buf_addc(b, ']');
	}
	case JSON_STRING:
		return dump_string(b, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		return pm_buf_printf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
	case JSON_TRUE:
		return pm_buf_add(b, "true", 4);
	case JSON_FALSE:
		return pm_buf_add(b, "false", 5);
	case JSON_NULL:
		return pm_buf_add(b, "null", 4);
	case JSON_REAL: {
		char *r = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		bool ok = r && pm_buf_adds(b, r);
		free(r);
		return ok;
	}
	default:
		return false;
	}
}

PM_API char *pm_record_dumps(const json_t *record, int pretty)
{
	pm_buf b;
	if (pretty || !json_is_object(record))
		return json_dumps(record, (pretty ? JSON_INDENT(2) : JSON_COMPACT) | JSON_PRESERVE_ORDER |
		                              JSON_ENSURE_ASCII * 0);
	pm_buf_init(&b);
	if (!dump_value(&b, record, 0) || b.failed) {
		pm_buf_free(&b);
		return json_dumps(record, JSON_COMPACT | JSON_PRESERVE_ORDER);
	}
	return pm_buf_steal(&b);
}

PM_API int pm_record_status(const json_t *record)
{
	const char *s = json_string_value(json_object_get(record, "status"));
	if (!s)
		return -1;
	if (!strcmp(s, "ok"))
		return 0;
	if (!strcmp(s, "partial"))
		return 1;
	if (!strcmp(s, "failed"))
		return 2;
	return -1;
}

PM_API const char *pm_record_schema(void)
{
	return pm_schema_text;
}

PM_API int pm_record_error(const json_t *record)
{
	const char *code = json_string_value(json_object_get(json_object_get(record, "error"), "code"));
	int s;
	if (!code)
		return PM_OK;
	for (s = 1; s < PM_STATUS_COUNT; s++)
		if (!strcmp(pm_status_code(s), code))
			return s;
	return PM_ERR_CORRUPT;
}

/* ---- the record, built once ------------------------------------------- */

/* An item of images[], notes[] or furniture[]: its text under key, its
 * kind (furniture's; NULL: none), then the page it is on (null when the
 * format gives none). */
static void append_paged(json_t *a, const char *key, const char *text, const char *kind, int page)
{
	json_t *o = json_object();
	pm_json_set_str(o, key, text);
	if (kind)
		pm_json_set_str(o, "kind", kind);
	json_object_set_new(o, "page", page > 0 ? json_integer(page) : json_null());
	json_array_append_new(a, o);
}

/* tables, links, images, notes (record 1.1) and furniture (1.2): the
 * document's structure and what its pages print around the text. */
static void set_structure(json_t *r, const pm_fields *f)
{
	json_t *a = json_object_get(r, "tables");
	size_t i, k, c;
	for (i = 0; i < f->ntables; i++) {
		const pm_table *t = &f->tables[i];
		json_t *o = json_object(), *rows = json_array();
		pm_json_set_str(o, "caption", t->caption);
		json_object_set_new(o, "header", json_boolean(t->header));
		for (k = 0; k < t->nrows; k++) {
			json_t *row = json_array();
			for (c = 0; c < t->rows[k].n; c++)
				json_array_append_new(row, rec_string(t->rows[k].v[c]));
			json_array_append_new(rows, row);
		}
		json_object_set_new(o, "rows", rows);
		json_array_append_new(a, o);
	}
	a = json_object_get(r, "links");
	for (i = 0; i < f->nlinks; i++) {
		json_t *o = json_object();
		pm_json_set_str(o, "text", f->links[i].text);
		pm_json_set_str(o, "url", f->links[i].url);
		json_array_append_new(a, o);
	}
	a = json_object_get(r, "images");
	for (i = 0; i < f->nimages; i++)
		append_paged(a, "caption", f->images[i].caption, NULL, f->images[i].page);
	a = json_object_get(r, "notes");
	for (i = 0; i < f->nnotes; i++)
		append_paged(a, "text", f->notes[i].text, NULL, f->notes[i].page);
	a = json_object_get(r, "furniture");
	for (i = 0; i < f->nfurniture; i++)
		append_paged(a, "text", f->furniture[i].text, f->furniture[i].kind, f->furniture[i].page);
}

/* The keys record 1.1 added for the release (docs/record.md), all in one
 * place: lead, kind, reference, issuer, and inside quotes[] and
 * contacts[]. */
static void set_fields_11(json_t *r, const pm_fields *f)
{
	json_t *quotes = json_object_get(r, "quotes");
	json_t *contacts = json_object_get(r, "contacts");
	size_t i;
	/* quotes[] gain the speaker's role and organisation, after the keys
	 * of 1.0 */
	for (i = 0; i < f->nquotes && i < json_array_size(quotes); i++) {
		json_t *q = json_array_get(quotes, i);
		pm_json_set_str(q, "role", f->quotes[i].role);
		pm_json_set_str(q, "organization", f->quotes[i].organization);
	}
	/* contacts[] gain the phone's E.164 form */
	for (i = 0; i < f->ncontacts && i < json_array_size(contacts); i++)
		pm_json_set_str(json_array_get(contacts, i), "e164", f->contacts[i].e164);
	pm_json_set_str(r, "lead", f->lead);
	pm_json_set_str(r, "kind", f->kind);
	pm_json_set_str(r, "reference", f->reference);
	if (f->issuer.name) {
		json_t *o = json_object();
		if (o) {
			pm_json_set_str(o, "name", f->issuer.name);
			pm_json_set_str(o, "evidence", f->issuer.evidence);
			json_object_set_new(r, "issuer", o);
		}
	}
}

static void set_fields(json_t *r, const pm_fields *f)
{
	json_t *a;
	size_t i, k;
	pm_json_set_str(r, "language", f->language);
	pm_json_set_str(r, "headline", f->headline);
	pm_json_set_str(r, "subheadline", f->subheadline);
	a = json_object_get(r, "tags");
	for (i = 0; i < f->tags.n; i++)
		json_array_append_new(a, rec_string(f->tags.v[i]));
	pm_json_set_str(r, "release", f->release);
	pm_json_set_str(r, "embargo", f->embargo);
	if (f->dateline.set) {
		json_t *d = json_object();
		if (d) {
			pm_json_set_str(d, "text", f->dateline.text);
			pm_json_set_str(d, "location", f->dateline.location);
			json_object_set_new(d, "date",
			                    f->dateline.has_date ? rec_string(f->dateline.date) : json_null());
			json_object_set_new(r, "dateline", d);
		}
	}
	pm_json_set_str(r, "date", f->date);
	if (f->date_ambiguous)
		json_object_set_new(r, "date_ambiguous", json_true());
	pm_json_set_str(r, "byline", f->byline);
	a = json_object_get(r, "body");
	for (i = 0; i < f->nbody; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "type", rec_string(f->body[i].type));
		json_object_set_new(o, "text", rec_string(f->body[i].text));
		if (!strcmp(f->body[i].type, "heading"))
			json_object_set_new(o, "level", json_integer(f->body[i].level));
		if (f->body[i].table >= 0 && (size_t)f->body[i].table < f->ntables)
			json_object_set_new(o, "table", json_integer(f->body[i].table));
		json_array_append_new(a, o);
	}
	a = json_object_get(r, "quotes");
	for (i = 0; i < f->nquotes; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "text", rec_string(f->quotes[i].text));
		json_object_set_new(o, "speaker", rec_string(f->quotes[i].speaker));
		json_array_append_new(a, o);
	}
	a = json_object_get(r, "about");
	for (i = 0; i < f->nabout; i++) {
		json_t *sec = json_object(), *paras = json_array();
		pm_json_set_str(sec, "heading", f->about[i].heading);
		for (k = 0; k < f->about[i].paragraphs.n; k++)
			json_array_append_new(paras, rec_string(f->about[i].paragraphs.v[k]));
		json_object_set_new(sec, "paragraphs", paras);
		json_array_append_new(a, sec);
	}
	a = json_object_get(r, "contacts");
	for (i = 0; i < f->ncontacts; i++) {
		const pm_contact *c = &f->contacts[i];
		json_t *o = json_object();
		pm_json_set_str(o, "name", c->name);
		pm_json_set_str(o, "role", c->role);
		pm_json_set_str(o, "organization", c->organization);
		pm_json_set_str(o, "email", c->email);
		pm_json_set_str(o, "phone", c->phone);
		pm_json_set_str(o, "url", c->url);
		json_array_append_new(a, o);
	}
	a = json_object_get(r, "acronyms");
	for (i = 0; i < f->nacronyms; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "short", rec_string(f->acronyms[i].shrt));
		json_object_set_new(o, "long", rec_string(f->acronyms[i].lng));
		json_array_append_new(a, o);
	}
	pm_json_set_str(r, "end_mark", f->end_mark);
	pm_record_text(r);
	set_fields_11(r, f);
	set_structure(r, f);
}

/* --explain: for each field, the stage and rule that set it last, at the
 * place the first one took; then what the repairs did. */
static json_t *evidence(const pm_fields *f, const pm_doc *d)
{
	json_t *ev = json_object();
	size_t i;
	for (i = 0; f && i < f->nevidence; i++) {
		const pm_evidence *e = &f->evidence[i];
		json_t *o = json_object();
		if (!o)
			continue;
		if (e->stage)
			json_object_set_new(o, "stage", rec_string(e->stage));
		json_object_set_new(o, "rule", rec_string(e->rule));
		if (e->block >= 0)
			json_object_set_new(o, "block", json_integer(e->block));
		json_object_set_new(ev, e->field, o);
	}
	if (d) {
		json_t *o = json_object(), *a = json_object();
		/* every repair of the core and the txt plugin, 0 when it made none */
		json_object_set_new(o, "hyphen", json_integer(0));
		json_object_set_new(o, "runon", json_integer(0));
		json_object_set_new(o, "arabic_order", json_integer(0));
		json_object_set_new(o, "mojibake", json_integer(0));
		for (i = 0; i < d->nrepairs; i++)
			json_object_set_new(o, d->repairs[i].name, json_integer((json_int_t)d->repairs[i].count));
		json_object_set_new(ev, "repairs", o);
		json_object_set_new(a, "rule", rec_string(d->arabic_rule ? d->arabic_rule : ""));
		json_object_set_new(a, "signs_marks_first", json_integer((json_int_t)d->arabic.marks_first));
		json_object_set_new(a, "marks_last", json_integer((json_int_t)d->arabic.marks_last));
		json_object_set_new(a, "signs_stop_first", json_integer((json_int_t)d->arabic.stop_first));
		json_object_set_new(a, "signs_tanween_first", json_integer((json_int_t)d->arabic.tanween_first));
		json_object_set_new(a, "signs_alef_pairs", json_integer((json_int_t)d->arabic.alef_pairs));
		json_object_set_new(a, "letters", json_integer((json_int_t)d->arabic.letters));
		json_object_set_new(a, "other_language_letters", json_integer((json_int_t)d->arabic.other_letters));
		json_object_set_new(a, "dictionary_words", json_integer((json_int_t)d->arabic.dict_words));
		json_object_set_new(a, "dictionary_known", json_integer((json_int_t)d->arabic.dict_known));
		json_object_set_new(ev, "arabic_order", a);
	}
	return ev;
}

json_t *pm_record_build(const pm_outcome *o)
{
	const pm_source *s = &o->source;
	json_t *r = pm_record_skeleton(), *src, *prod;
	size_t i;
	if (!r)
		return NULL;
	src = json_object_get(r, "source");
	prod = json_object_get(r, "producer");
	pm_record_set_path(r, s->path);
	json_object_set_new(src, "bytes", json_integer((json_int_t)s->bytes));
	if (s->sha256)
		json_object_set_new(src, "sha256", rec_string(s->sha256));
	if (s->format)
		json_object_set_new(src, "format", rec_string(s->format));
	if (s->media_type)
		json_object_set_new(src, "media_type", rec_string(s->media_type));
	if (s->plugin) {
		pm_json_set_str(prod, "plugin", s->plugin);
		pm_json_set_str(prod, "plugin_version", s->plugin_version);
	}
	if (s->encoding)
		pm_json_set_str(src, "encoding", s->encoding);
	if (s->pages > 0)
		json_object_set_new(src, "pages", json_integer(s->pages));
	if (s->properties)
		json_object_set(src, "properties", s->properties);
	if (s->ocr)
		json_object_set(src, "ocr", s->ocr);
	if (o->fields && !o->error)
		set_fields(r, o->fields);
	if (o->doc) {
		json_t *w = json_object_get(r, "warnings");
		bool partial = false;
		for (i = 0; i < o->doc->nwarnings; i++) {
			json_t *e = json_object();
			if (!e)
				continue;
			pm_json_set_str(e, "code", o->doc->warnings[i].code);
			pm_json_set_str(e, "message", o->doc->warnings[i].message);
			json_array_append_new(w, e);
			partial |= o->doc->warnings[i].effect == PM_EFFECT_PARTIAL;
		}
		if (partial)
			json_object_set_new(r, "status", rec_string("partial"));
	}
	if (o->error)
		pm_record_fail(r, o->error, o->message);
	if (o->evidence)
		json_object_set_new(r, "evidence", evidence(o->fields, o->doc));
	return r;
}
