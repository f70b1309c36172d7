/*
 * docx.c - the DOCX plugin's entry point: the probe (zip entries that name
 * a WordprocessingML package; OLE2 files that hold an encrypted package or
 * a legacy .doc, so that both get a clear error instead of "unsupported"),
 * the package relationships that say where each part is (never assumed:
 * pandoc's tests move word/document.xml), document properties, and the
 * order in which the stories are read: headers, body, notes, footers.
 */
#define _GNU_SOURCE
#include "docx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- probe ------------------------------------------------------------- */

static const unsigned char ole_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

static bool has_utf16(const unsigned char *h, size_t n, const char *ascii)
{
	size_t l = strlen(ascii), i, k;
	if (n < 2 * l)
		return false;
	for (i = 0; i + 2 * l <= n; i++) {
		if (h[i] != (unsigned char)ascii[0] || h[i + 1] != 0)
			continue;
		for (k = 1; k < l; k++)
			if (h[i + 2 * k] != (unsigned char)ascii[k] || h[i + 2 * k + 1] != 0)
				break;
		if (k == l)
			return true;
	}
	return false;
}

static bool has_bytes(const unsigned char *h, size_t n, const char *s)
{
	size_t l = strlen(s);
	return n >= l && memmem(h, n, s, l) != NULL;
}

static bool name_hint(const char *name)
{
	static const char *const ext[] = {".docx", ".docm", ".dotx", ".dotm", NULL};
	return pm_name_ext(name, ext);
}

static int docx_probe(const unsigned char *h, size_t n, uint64_t size, const char *name)
{
	int bid = PM_BID_NONE;
	(void)size;
	if (n >= 8 && !memcmp(h, ole_magic, 8)) {
		/* the directory usually sits in the first sectors */
		if (has_utf16(h, n, "EncryptedPackage") || has_utf16(h, n, "WordDocument"))
			bid = PM_BID_STRUCTURE;
		else
			bid = PM_BID_MAGIC;
	} else if (n >= 4 && !memcmp(h, "PK\3\4", 4)) {
		/* entry names are in the local headers at the front */
		if (has_bytes(h, n, "word/document.xml") ||
		    (has_bytes(h, n, "[Content_Types].xml") && has_bytes(h, n, "word/")))
			bid = PM_BID_STRUCTURE;
		else
			bid = PM_BID_MAGIC;
	}
	if (bid && name_hint(name))
		bid += PM_BID_NAME_HINT;
	return bid;
}

/* docx_probe bids only on an OLE container or a zip: their magic at byte 0. */
PM_PROBE_HINT(2, {{8, 8, {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}}, {4, 4, "PK\3\4"}})

/* ---- relationships ----------------------------------------------------- */

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)(c | 0x20);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* A relationship target as a zip entry name: relative to the source part's
 * folder, '..' resolved (never above the root: *climbs says the target
 * tried), %XX decoded. */
static char *resolve_target(const char *base_dir, const char *target, bool *climbs)
{
	char buf[1024];
	char *segs[64];
	size_t nseg = 0, i, bl = 0;
	char *p, *out;
	const char *t = target;
	if (!target)
		return NULL;
	if (*t == '/')
		snprintf(buf, sizeof buf, "%s", t + 1);
	else
		snprintf(buf, sizeof buf, "%s%s", base_dir, t);
	/* decode in place */
	for (p = buf, out = buf; *p; p++) {
		if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			*out++ = (char)(hexval(p[1]) * 16 + hexval(p[2]));
			p += 2;
		} else {
			*out++ = *p;
		}
	}
	*out = '\0';
	for (p = strtok(buf, "/"); p; p = strtok(NULL, "/")) {
		if (!strcmp(p, "."))
			continue;
		if (!strcmp(p, "..")) {
			if (nseg)
				nseg--;
			else
				*climbs = true;
			continue;
		}
		if (nseg < 64)
			segs[nseg++] = p;
	}
	out = malloc(1024);
	if (!out)
		return NULL;
	out[0] = '\0';
	for (i = 0; i < nseg; i++) {
		size_t l = strlen(segs[i]);
		if (bl + l + 2 >= 1024)
			break;
		if (i)
			out[bl++] = '/';
		memcpy(out + bl, segs[i], l);
		bl += l;
		out[bl] = '\0';
	}
	return out;
}

static void rels_free(docx_rels *r)
{
	size_t i;
	for (i = 0; i < r->n; i++) {
		free(r->v[i].id);
		free(r->v[i].type);
		free(r->v[i].target);
	}
	free(r->v);
	free(r->by_id);
	memset(r, 0, sizeof *r);
}

static int rel_cmp(const void *a, const void *b)
{
	const docx_rel *x = *(const docx_rel *const *)a, *y = *(const docx_rel *const *)b;
	int c = strcmp(x->id, y->id);
	return c ? c : (x > y) - (x < y);
}

/* Index the relationships by id once they are read (without the index,
 * lookups find nothing: an out-of-memory costs the hyperlinks only). */
static void rels_index(docx_rels *r)
{
	size_t i;
	r->by_id = malloc((r->n ? r->n : 1) * sizeof *r->by_id);
	if (!r->by_id)
		return;
	for (i = 0; i < r->n; i++)
		if (r->v[i].id)
			r->by_id[r->nby_id++] = &r->v[i];
	qsort(r->by_id, r->nby_id, sizeof *r->by_id, rel_cmp);
}

const docx_rel *docx_rel_find(const docx_rels *r, const char *id)
{
	size_t lo = 0, hi;
	if (!r || !id || !r->by_id)
		return NULL;
	/* the first relationship with this id, as the document gives it */
	hi = r->nby_id;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(r->by_id[mid]->id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->nby_id && !strcmp(r->by_id[lo]->id, id) ? r->by_id[lo] : NULL;
}

/* The .rels of part ("word/document.xml" -> "word/_rels/document.xml.rels",
 * "" -> "_rels/.rels"). A missing or broken .rels is no relationship. */
/* Clear a part's damage so that extraction goes on, and say what was lost. */
static void recover(docx_ctx *x, const char *code, const char *msg)
{
	x->status = PM_OK;
	x->stop = false;
	x->inflate_error = false;
	x->msg[0] = '\0';
	pm_host_warn(x->host, x->sink, code, PM_EFFECT_PARTIAL, msg);
}

static void rels_load(docx_ctx *x, const char *part, docx_rels *out)
{
	char rp[600], dir[512];
	const char *slash = strrchr(part, '/');
	size_t dl = slash ? (size_t)(slash - part + 1) : 0;
	docx_entry *e;
	xmlTextReaderPtr r;
	int ret;
	memset(out, 0, sizeof *out);
	if (dl >= sizeof dir)
		return;
	memcpy(dir, part, dl);
	dir[dl] = '\0';
	snprintf(rp, sizeof rp, "%s_rels/%s.rels", dir, slash ? slash + 1 : part);
	r = docx_open_xml(x, rp, &e);
	if (!r)
		return;
	while ((ret = xmlTextReaderRead(r)) == 1) {
		const char *id, *type, *target, *mode;
		docx_rel *nv;
		if (!docx_xml_node_ok(x, r, rp))
			break;
		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT ||
		    strcmp((const char *)xmlTextReaderConstLocalName(r), "Relationship"))
			continue;
		if (out->n >= 20000)
			break;
		if (out->n == out->cap) {
			size_t nc = out->cap ? out->cap * 2 : 16;
			nv = realloc(out->v, nc * sizeof *nv);
			if (!nv)
				break;
			out->v = nv;
			out->cap = nc;
		}
		nv = &out->v[out->n];
		memset(nv, 0, sizeof *nv);
		id = docx_attr(r, DNS_OTHER, "Id");
		nv->id = id ? strdup(id) : NULL;
		type = docx_attr(r, DNS_OTHER, "Type");
		nv->type = type ? strdup(type) : NULL;
		mode = docx_attr(r, DNS_OTHER, "TargetMode");
		nv->external = mode && !strcasecmp(mode, "External");
		target = docx_attr(r, DNS_OTHER, "Target");
		if (target)
			nv->target = nv->external ? strdup(target) : resolve_target(dir, target, &nv->climbs);
		out->n++;
	}
	docx_close_xml(r, e);
	rels_index(out);
	/* a damaged .rels costs its relationships only; size limits stay fatal */
	if (x->status == PM_ERR_CORRUPT || (x->status == PM_OK && x->inflate_error))
		recover(x, "docx.relationships", "a relationships part could not be read");
}

static bool type_is(const char *type, const char *suffix)
{
	size_t tl = type ? strlen(type) : 0, sl = strlen(suffix);
	return tl > sl && !strcmp(type + tl - sl, suffix) && type[tl - sl - 1] == '/';
}

static const char *rel_target(const docx_rels *r, const char *suffix)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		if (!r->v[i].external && r->v[i].target && type_is(r->v[i].type, suffix))
			return r->v[i].target;
	return NULL;
}

/* ---- properties -------------------------------------------------------- */

static bool iso_like(const char *v)
{
	int i;
	for (i = 0; i < 4; i++)
		if (v[i] < '0' || v[i] > '9')
			return false;
	return true;
}

static void trim(char *s)
{
	size_t n = strlen(s), a = 0;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\t'))
		s[--n] = '\0';
	while (s[a] == ' ' || s[a] == '\n' || s[a] == '\r' || s[a] == '\t')
		a++;
	memmove(s, s + a, n - a + 1);
}

/* core.xml and app.xml: flat lists of simple elements under the root. */
static void props_load(docx_ctx *x, const char *part, bool app)
{
	docx_entry *e;
	xmlTextReaderPtr r = docx_open_xml(x, part, &e);
	pm_buf val = {0};
	char key[32] = "";
	int ret;
	if (!r)
		return;
	while ((ret = xmlTextReaderRead(r)) == 1 && !x->stop) {
		int t = xmlTextReaderNodeType(r), depth = xmlTextReaderDepth(r);
		if (!docx_xml_node_ok(x, r, part))
			break;
		if (t == XML_READER_TYPE_ELEMENT && depth == 1) {
			int ns = docx_node_ns(r);
			const char *ln = (const char *)xmlTextReaderConstLocalName(r);
			key[0] = '\0';
			val.len = 0;
			if (val.data)
				val.data[0] = '\0';
			if (app) {
				if (ns == DNS_EP && !strcmp(ln, "Application"))
					snprintf(key, sizeof key, "creator");
				else if (ns == DNS_EP && !strcmp(ln, "Pages"))
					snprintf(key, sizeof key, "#pages");
			} else if (ns == DNS_DC && (!strcmp(ln, "title") || !strcmp(ln, "subject") ||
			                            !strcmp(ln, "language"))) {
				snprintf(key, sizeof key, "%s", ln);
			} else if (ns == DNS_DC && !strcmp(ln, "creator")) {
				snprintf(key, sizeof key, "author");
			} else if (ns == DNS_CP && !strcmp(ln, "keywords")) {
				snprintf(key, sizeof key, "keywords");
			} else if (ns == DNS_DCTERMS && (!strcmp(ln, "created") || !strcmp(ln, "modified"))) {
				snprintf(key, sizeof key, "%s", ln);
			}
			if (xmlTextReaderIsEmptyElement(r))
				key[0] = '\0';
		} else if ((t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) &&
		           key[0] && val.len < 65536) {
			const char *v = (const char *)xmlTextReaderConstValue(r);
			if (v)
				pm_buf_add(&val, v, strlen(v));
		} else if (t == XML_READER_TYPE_END_ELEMENT && depth == 1 && key[0]) {
			if (val.data && !val.failed) {
				trim(val.data);
				if (!strcmp(key, "#pages")) {
					long pg = strtol(val.data, NULL, 10);
					if (pg > 0 && pg < 1000000)
						docx_cb(x, x->host->pages(x->sink, (int)pg));
				} else if (*val.data && ((strcmp(key, "created") && strcmp(key, "modified")) ||
				                      iso_like(val.data))) {
					docx_cb(x, x->host->property(x->sink, key, val.data));
				}
			}
			key[0] = '\0';
		}
	}
	pm_buf_free(&val);
	docx_close_xml(r, e);
	if (x->status == PM_ERR_CORRUPT || (x->status == PM_OK && x->inflate_error))
		recover(x, "docx.properties", "document properties could not be read");
}

/* ---- extract ----------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Headers or footers, sorted by part name so the order does not depend on
 * how a writer listed its relationships. */
static void read_furniture(docx_ctx *x, docx_story_env *env, const docx_rels *doc_rels,
                           const char *suffix, int type)
{
	const char *names[64];
	size_t n = 0, i;
	for (i = 0; i < doc_rels->n && n < 64; i++) {
		const docx_rel *r = &doc_rels->v[i];
		size_t k;
		if (r->external || !r->target || !type_is(r->type, suffix))
			continue;
		for (k = 0; k < n; k++)
			if (!strcmp(names[k], r->target))
				break;
		if (k == n)
			names[n++] = r->target;
	}
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_str);
	for (i = 0; i < n && !x->stop; i++) {
		docx_rels rels;
		docx_story_env e2 = *env;
		rels_load(x, names[i], &rels);
		e2.rels = &rels;
		docx_read_story(x, &e2, names[i], type);
		env->changes = e2.changes;
		rels_free(&rels);
	}
}

/* Page furniture and notes are not worth the document: damage there is a
 * warning, while size and safety refusals stay fatal. */
static void forgive(docx_ctx *x, const char *what)
{
	if (x->status == PM_ERR_CORRUPT) {
		char m[160];
		snprintf(m, sizeof m, "%s could not be read", what);
		recover(x, "docx.damaged", m);
	}
}

static int finish(docx_ctx *x)
{
	if (x->status != PM_OK) {
		x->host->fail(x->sink, x->status, x->msg);
		return x->status;
	}
	return PM_OK;
}

static int extract_ole(const pm_input *in, const pm_host *host, pm_sink *sink)
{
	if (has_utf16(in->data, in->size, "EncryptedPackage")) {
		host->fail(sink, PM_ERR_ENCRYPTED, "encrypted (password-protected) Office document");
		return PM_ERR_ENCRYPTED;
	}
	if (has_utf16(in->data, in->size, "WordDocument")) {
		host->fail(sink, PM_ERR_UNSUPPORTED, "legacy Word 97-2003 .doc is not supported");
		return PM_ERR_UNSUPPORTED;
	}
	host->fail(sink, PM_ERR_UNSUPPORTED, "OLE2 compound file that is not a Word document");
	return PM_ERR_UNSUPPORTED;
}

/* No Word document inside: a bomb says so by what it declares. */
static int not_word(docx_ctx *x)
{
	zip_int64_t n = zip_get_num_entries(x->zip, 0), i;
	uint64_t total = 0;
	const pm_limits *l = x->lim;
	for (i = 0; i < n; i++) {
		zip_stat_t st;
		zip_stat_init(&st);
		if (zip_stat_index(x->zip, (zip_uint64_t)i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
			continue;
		total += st.size;
		if (l && l->max_total_bytes && total > l->max_total_bytes) {
			docx_fail(x, PM_ERR_TOO_LARGE,
			          "zip archive declares more than %llu bytes uncompressed (max_total_bytes)",
			          (unsigned long long)l->max_total_bytes);
			return finish(x);
		}
		if (l && l->max_entry_bytes && st.size > l->max_entry_bytes) {
			docx_fail(x, PM_ERR_TOO_LARGE, "zip entry declares %llu bytes (max_entry_bytes)",
			          (unsigned long long)st.size);
			return finish(x);
		}
	}
	docx_fail(x, PM_ERR_UNSUPPORTED, "zip archive without a Word document (no word/document.xml)");
	return finish(x);
}

static int docx_extract(const pm_input *in, const pm_host *host, pm_sink *sink)
{
	docx_ctx x;
	zip_error_t zerr;
	zip_source_t *src;
	docx_rels pkg = {0}, doc = {0};
	docx_styles styles;
	docx_numbering numbering;
	docx_story_env env;
	const char *main_part, *p;
	char *main_copy = NULL;
	unsigned ci;
	int st;
	memset(&x, 0, sizeof x);
	memset(&styles, 0, sizeof styles);
	memset(&numbering, 0, sizeof numbering);
	x.host = host;
	x.sink = sink;
	x.lim = host->limits;
	if (in->size >= 8 && !memcmp(in->data, ole_magic, 8))
		return extract_ole(in, host, sink);
	if (in->size < 4 || memcmp(in->data, "PK", 2) != 0) {
		host->fail(sink, PM_ERR_UNSUPPORTED, "not a zip archive");
		return PM_ERR_UNSUPPORTED;
	}
	zip_error_init(&zerr);
	src = zip_source_buffer_create(in->data, in->size, 0, &zerr);
	if (!src) {
		zip_error_fini(&zerr);
		host->fail(sink, PM_ERR_RESOURCE_LIMIT, "out of memory");
		return PM_ERR_RESOURCE_LIMIT;
	}
	x.zip = zip_open_from_source(src, ZIP_RDONLY, &zerr);
	if (!x.zip) {
		char m[200];
		snprintf(m, sizeof m, "not a readable zip archive: %s", zip_error_strerror(&zerr));
		zip_source_free(src);
		zip_error_fini(&zerr);
		host->fail(sink, PM_ERR_CORRUPT, m);
		return PM_ERR_CORRUPT;
	}
	zip_error_fini(&zerr);

	rels_load(&x, "", &pkg);
	main_part = rel_target(&pkg, "officeDocument");
	if (!main_part || docx_locate(&x, main_part) < 0)
		main_part = "word/document.xml";
	if (x.stop || docx_locate(&x, main_part) < 0) {
		st = x.stop ? finish(&x) : not_word(&x);
		goto out;
	}
	main_copy = strdup(main_part);
	if (!main_copy) {
		docx_fail(&x, PM_ERR_RESOURCE_LIMIT, "out of memory");
		st = finish(&x);
		goto out;
	}
	rels_load(&x, main_copy, &doc);

	p = rel_target(&pkg, "core-properties");
	props_load(&x, p ? p : "docProps/core.xml", false);
	p = rel_target(&pkg, "extended-properties");
	if (!p)
		p = rel_target(&pkg, "extendedProperties");
	props_load(&x, p ? p : "docProps/app.xml", true);

	if ((p = rel_target(&doc, "styles")))
		docx_styles_load(&x, &styles, p);
	else
		docx_styles_load(&x, &styles, "word/styles.xml");
	if ((p = rel_target(&doc, "numbering")))
		docx_numbering_load(&x, &numbering, p);

	memset(&env, 0, sizeof env);
	env.styles = &styles;
	env.numbering = &numbering;
	env.rels = &doc;
	if (!x.stop) {
		read_furniture(&x, &env, &doc, "header", PM_BLOCK_PAGE_HEADER);
		forgive(&x, "a page header");
	}
	if (!x.stop) {
		docx_read_story(&x, &env, main_copy, PM_BLOCK_PARAGRAPH);
	}
	{
		/* the notes' stories, each with its own relationships */
		static const char *const notes[][2] = {{"footnotes", "the footnotes"}, {"endnotes", "the endnotes"}};
		size_t k;
		for (k = 0; k < 2; k++) {
			docx_rels rels;
			docx_story_env e2 = env;
			if (x.stop || !(p = rel_target(&doc, notes[k][0])))
				continue;
			rels_load(&x, p, &rels);
			e2.rels = &rels;
			docx_read_story(&x, &e2, p, PM_BLOCK_FOOTNOTE);
			env.changes = e2.changes;
			rels_free(&rels);
			forgive(&x, notes[k][1]);
		}
	}
	if (!x.stop) {
		read_furniture(&x, &env, &doc, "footer", PM_BLOCK_PAGE_FOOTER);
		forgive(&x, "a page footer");
	}
	if (env.alt_chunks && x.status == PM_OK) {
		/* docx.alt_chunk: Word converts these imported parts when it
		 * opens the file; their text is missing from the record */
		char m[160];
		snprintf(m, sizeof m, "%u imported parts (w:altChunk) in tables or text boxes are not read",
		         env.alt_chunks);
		pm_host_warn(host, sink, "docx.alt_chunk", PM_EFFECT_PARTIAL, m);
	}
	if (env.changes && x.status == PM_OK) {
		char m[160];
		snprintf(m, sizeof m, "%u tracked changes: insertions kept, deletions and moved-from text dropped",
		         env.changes);
		pm_host_warn(host, sink, "docx.tracked_changes", PM_EFFECT_INFO, m);
	}
	for (ci = 0; ci < env.nchunks; ci++)
		free(env.chunks[ci]);
	st = finish(&x);
out:
	free(main_copy);
	rels_free(&pkg);
	rels_free(&doc);
	docx_styles_free(&styles);
	docx_numbering_free(&numbering);
	zip_discard(x.zip);
	return st;
}

static const char *const media_types[] = {
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	"application/vnd.ms-word.document.macroEnabled.12",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.template",
	"application/vnd.ms-word.template.macroEnabled.12", NULL};
static const char *const extensions[] = {"docx", "docm", "dotx", "dotm", NULL};

PM_PLUGIN_DEFINE(docx, "0.1.0",
                 "Word documents (OOXML WordprocessingML, transitional and strict)",
                 media_types, extensions, docx_probe, docx_extract)
