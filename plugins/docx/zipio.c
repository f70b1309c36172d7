/*
 * zipio.c - the DOCX plugin's untrusting I/O: zip entries streamed into
 * libxml2's xmlTextReader through a read callback that counts every
 * decompressed byte against the per-entry, total and ratio caps (sizes in
 * the central directory are hints an attacker writes, so they can refuse
 * an entry early but never let one through), and XML readers configured
 * so that no DTD, entity or network access is ever honoured.
 */
#include "docx.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- buffer (the kit's) --------------------------------------------- */

/* A code point that UTF-8 cannot hold (a surrogate, past U+10FFFF) adds
 * nothing. */
bool docx_buf_addcp(pm_buf *b, uint32_t cp)
{
	char u[4];
	if (cp > 0x10FFFF || !pm_utf8_scalar((int32_t)cp))
		return true;
	return pm_buf_add(b, u, pm_utf8_encode((int32_t)cp, u));
}

char *docx_strndup(const char *s, size_t n)
{
	char *r;
	if (!s)
		return NULL;
	r = malloc(n + 1);
	if (!r)
		return NULL;
	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

/* ---- namespaces -------------------------------------------------------- */

int docx_ns_class(const xmlChar *u)
{
	static const struct {
		const char *uri;
		int cls;
	} t[] = {
		{"http://schemas.openxmlformats.org/wordprocessingml/2006/main", DNS_W},
		{"http://purl.oclc.org/ooxml/wordprocessingml/main", DNS_W},
		{"http://schemas.openxmlformats.org/officeDocument/2006/relationships", DNS_R},
		{"http://purl.oclc.org/ooxml/officeDocument/relationships", DNS_R},
		{"http://schemas.openxmlformats.org/markup-compatibility/2006", DNS_MC},
		{"http://schemas.openxmlformats.org/package/2006/relationships", DNS_PKGREL},
		{"http://purl.org/dc/elements/1.1/", DNS_DC},
		{"http://purl.org/dc/terms/", DNS_DCTERMS},
		{"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", DNS_CP},
		{"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", DNS_EP},
		{"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", DNS_EP},
		/* what a Choice may require that we read text from */
		{"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", DNS_KNOWN},
		{"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", DNS_KNOWN},
		{"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", DNS_KNOWN},
		{"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", DNS_KNOWN},
		{"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", DNS_KNOWN},
		{"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", DNS_KNOWN},
		{"http://schemas.openxmlformats.org/drawingml/2006/main", DNS_KNOWN},
		{"http://purl.oclc.org/ooxml/drawingml/main", DNS_KNOWN},
		{"http://schemas.openxmlformats.org/drawingml/2006/picture", DNS_KNOWN},
		{"http://schemas.microsoft.com/office/word/2010/wordml", DNS_KNOWN},
		{"http://schemas.microsoft.com/office/word/2012/wordml", DNS_KNOWN},
		{"http://schemas.microsoft.com/office/drawing/2010/main", DNS_KNOWN},
		{"urn:schemas-microsoft-com:vml", DNS_KNOWN},
		{"urn:schemas-microsoft-com:office:office", DNS_KNOWN},
		{"urn:schemas-microsoft-com:office:word", DNS_KNOWN},
		{"http://schemas.openxmlformats.org/officeDocument/2006/math", DNS_KNOWN},
	};
	size_t i;
	if (!u)
		return DNS_OTHER;
	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		if (!strcmp((const char *)u, t[i].uri))
			return t[i].cls;
	return DNS_OTHER;
}

/* ---- errors ------------------------------------------------------------ */

void docx_fail(docx_ctx *x, int status, const char *fmt, ...)
{
	va_list ap;
	if (x->status == PM_OK) {
		x->status = status;
		va_start(ap, fmt);
		vsnprintf(x->msg, sizeof x->msg, fmt, ap);
		va_end(ap);
	}
	x->stop = true;
}

bool docx_cb(docx_ctx *x, int rc)
{
	if (rc != 0)
		x->stop = true;
	return !x->stop;
}

/* ---- entries ----------------------------------------------------------- */

int64_t docx_locate(docx_ctx *x, const char *name)
{
	zip_int64_t i;
	if (!name || !*name)
		return -1;
	i = zip_name_locate(x->zip, name, 0);
	if (i < 0)
		i = zip_name_locate(x->zip, name, ZIP_FL_NOCASE);
	return i;
}

/* Inflating past this many bytes must respect max_ratio: small entries may
 * compress better than any sane ratio without being a bomb. */
#define RATIO_FLOOR (1u << 20)

static bool entry_over(docx_entry *e)
{
	docx_ctx *x = e->x;
	const pm_limits *l = x->lim;
	if (e->cap && e->got > e->cap) {
		docx_fail(x, PM_ERR_TOO_LARGE, "zip entry %s inflates beyond %llu bytes (max_entry_bytes)",
		          e->name, (unsigned long long)e->cap);
		return true;
	}
	if (l && l->max_total_bytes && x->total_read > l->max_total_bytes) {
		docx_fail(x, PM_ERR_TOO_LARGE, "zip entries inflate beyond %llu bytes in all (max_total_bytes)",
		          (unsigned long long)l->max_total_bytes);
		return true;
	}
	if (l && l->max_ratio && e->got > RATIO_FLOOR &&
	    e->got / (e->comp ? e->comp : 1) > l->max_ratio) {
		docx_fail(x, PM_ERR_TOO_LARGE, "zip entry %s inflates more than %u times (max_ratio)", e->name,
		          l->max_ratio);
		return true;
	}
	return false;
}

/* OPC forbids DTDs in package parts; refusing one outright is the only way
 * to be sure no entity is ever declared, whatever the parser does. The
 * markers are looked for in ASCII-compatible and both UTF-16 forms. Each
 * holds its '<' at offset 0 or 1 (lt_at), so one memchr for '<' finds
 * every place where one may start, instead of a compare at every byte for
 * each of the six: this scan sees every inflated byte of every part. */
static bool has_dtd(docx_entry *e, const char *buf, size_t n)
{
	static const char *const pat[] = {"<!DOCTYPE", "<!ENTITY", "<\0!\0D\0O\0C", "\0<\0!\0D\0O\0C",
	                                  "<\0!\0E\0N\0T", "\0<\0!\0E\0N\0T"};
	static const size_t pl[] = {9, 8, 10, 10, 10, 10};
	static const size_t lt_at[] = {0, 0, 0, 1, 0, 1};
	char win[16 + 4096];
	size_t off = 0, i, take;
	while (off < n) {
		size_t wl;
		const char *lt, *end;
		take = n - off > 4096 ? 4096 : n - off;
		memcpy(win, e->tail, e->ntail);
		memcpy(win + e->ntail, buf + off, take);
		wl = e->ntail + take;
		end = win + wl;
		for (lt = memchr(win, '<', wl); lt; lt = memchr(lt + 1, '<', (size_t)(end - lt - 1))) {
			size_t k = (size_t)(lt - win);
			for (i = 0; i < sizeof pl / sizeof pl[0]; i++)
				if (k >= lt_at[i] && k - lt_at[i] + pl[i] <= wl &&
				    !memcmp(win + k - lt_at[i], pat[i], pl[i]))
					return true;
		}
		{
			size_t keep = wl < 12 ? wl : 12;
			memmove(e->tail, win + wl - keep, keep);
			e->ntail = keep;
		}
		off += take;
	}
	return false;
}

static int entry_read(void *ctx, char *buf, int len)
{
	docx_entry *e = ctx;
	zip_int64_t n;
	if (e->failed || e->x->stop)
		return -1;
	if (len <= 0)
		return 0;
	n = zip_fread(e->zf, buf, (zip_uint64_t)len);
	if (n < 0) {
		zip_error_t *ze = zip_file_get_error(e->zf);
		int code = ze ? zip_error_code_zip(ze) : 0;
		e->failed = true;
		if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
			docx_fail(e->x, PM_ERR_ENCRYPTED, "zip entry %s is encrypted", e->name);
		else
			e->x->inflate_error = true; /* the XML loop decides: damage or loss */
		return -1;
	}
	e->got += (uint64_t)n;
	e->x->total_read += (uint64_t)n;
	if (entry_over(e)) {
		e->failed = true;
		return -1;
	}
	if (n > 0 && has_dtd(e, buf, (size_t)n)) {
		e->failed = true;
		docx_fail(e->x, PM_ERR_CORRUPT, "%s declares a DTD (forbidden in OOXML packages): refused",
		          e->name);
		return -1;
	}
	return (int)n;
}

static int entry_close(void *ctx)
{
	(void)ctx;
	return 0;
}

/* libxml2 would print its messages on stderr; plugins never print. */
static void quiet_errors(void *arg, xmlErrorPtr err)
{
	(void)arg;
	(void)err;
}

static docx_entry *entry_open(docx_ctx *x, const char *name)
{
	int64_t idx = docx_locate(x, name);
	zip_stat_t st;
	docx_entry *e;
	const pm_limits *l = x->lim;
	if (idx < 0)
		return NULL;
	zip_stat_init(&st);
	if (zip_stat_index(x->zip, (zip_uint64_t)idx, 0, &st) != 0) {
		docx_fail(x, PM_ERR_CORRUPT, "zip entry %s cannot be read", name);
		return NULL;
	}
	/* The declared sizes can only refuse: an entry that admits to being
	 * too big is refused before a byte is inflated. */
	if ((st.valid & ZIP_STAT_SIZE) && l && l->max_entry_bytes && st.size > l->max_entry_bytes) {
		docx_fail(x, PM_ERR_TOO_LARGE, "zip entry %s declares %llu bytes (max_entry_bytes %llu)", name,
		          (unsigned long long)st.size, (unsigned long long)l->max_entry_bytes);
		return NULL;
	}
	if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && l && l->max_ratio &&
	    st.size > RATIO_FLOOR && st.size / (st.comp_size ? st.comp_size : 1) > l->max_ratio) {
		docx_fail(x, PM_ERR_TOO_LARGE, "zip entry %s declares a compression ratio over %u (max_ratio)",
		          name, l->max_ratio);
		return NULL;
	}
	if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
		docx_fail(x, PM_ERR_ENCRYPTED, "zip entry %s is encrypted", name);
		return NULL;
	}
	e = calloc(1, sizeof *e);
	if (!e) {
		docx_fail(x, PM_ERR_RESOURCE_LIMIT, "out of memory");
		return NULL;
	}
	e->x = x;
	snprintf(e->name, sizeof e->name, "%s", name);
	e->comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
	e->cap = l ? l->max_entry_bytes : 0;
	e->zf = zip_fopen_index(x->zip, (zip_uint64_t)idx, 0);
	if (!e->zf) {
		zip_error_t *ze = zip_get_error(x->zip);
		int code = ze ? zip_error_code_zip(ze) : 0;
		if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
			docx_fail(x, PM_ERR_ENCRYPTED, "zip entry %s is encrypted", name);
		else if (code == ZIP_ER_COMPNOTSUPP)
			docx_fail(x, PM_ERR_UNSUPPORTED, "zip entry %s uses an unsupported compression", name);
		else
			docx_fail(x, PM_ERR_CORRUPT, "zip entry %s cannot be opened: %s", name,
			          ze ? zip_error_strerror(ze) : "error");
		free(e);
		return NULL;
	}
	return e;
}

xmlTextReaderPtr docx_open_xml(docx_ctx *x, const char *name, docx_entry **ep)
{
	docx_entry *e;
	xmlTextReaderPtr r;
	/* NONET: never fetch; no NOENT (entities stay unexpanded), no
	 * DTDLOAD/DTDATTR/DTDVALID, no HUGE (libxml2's own size limits stay). */
	int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
	*ep = NULL;
	if (x->stop)
		return NULL;
	e = entry_open(x, name);
	if (!e)
		return NULL;
	r = xmlReaderForIO(entry_read, entry_close, e, name, NULL, opts);
	if (!r) {
		zip_fclose(e->zf);
		free(e);
		docx_fail(x, PM_ERR_RESOURCE_LIMIT, "out of memory");
		return NULL;
	}
	xmlTextReaderSetStructuredErrorHandler(r, quiet_errors, NULL);
	xmlTextReaderSetParserProp(r, XML_PARSER_SUBST_ENTITIES, 0);
	xmlTextReaderSetParserProp(r, XML_PARSER_LOADDTD, 0);
	xmlTextReaderSetParserProp(r, XML_PARSER_DEFAULTATTRS, 0);
	xmlTextReaderSetParserProp(r, XML_PARSER_VALIDATE, 0);
	*ep = e;
	return r;
}

void docx_close_xml(xmlTextReaderPtr r, docx_entry *e)
{
	if (r)
		xmlFreeTextReader(r);
	if (e) {
		if (e->zf)
			zip_fclose(e->zf);
		free(e);
	}
}

bool docx_xml_node_ok(docx_ctx *x, xmlTextReaderPtr r, const char *part)
{
	int t = xmlTextReaderNodeType(r);
	if (t == XML_READER_TYPE_DOCUMENT_TYPE || t == XML_READER_TYPE_ENTITY ||
	    t == XML_READER_TYPE_ENTITY_REFERENCE) {
		docx_fail(x, PM_ERR_CORRUPT, "%s declares a DTD or entities (forbidden in OOXML packages): refused",
		          part);
		return false;
	}
	if (t == XML_READER_TYPE_ELEMENT && x->lim && x->lim->max_depth &&
	    (unsigned)xmlTextReaderDepth(r) >= x->lim->max_depth) {
		docx_fail(x, PM_ERR_TOO_LARGE, "%s nests elements deeper than %u (max_depth)", part,
		          x->lim->max_depth);
		return false;
	}
	return !x->stop;
}

void docx_xml_error(docx_ctx *x, const char *part)
{
	if (x->status != PM_OK)
		return;
	docx_fail(x, PM_ERR_CORRUPT, "%s is not well-formed XML", part);
}

/* The namespace URI of the reader's element or attribute, read from its
 * node: xmlTextReaderConstNamespaceUri, which says the same, interns the
 * URI in the reader's dictionary at every call (2.6% of the instructions
 * of the corpus's DOCX in its xmlDictLookup). Another node (a namespace
 * declaration) as the reader says. */
static const xmlChar *node_ns_uri(xmlTextReaderPtr r)
{
	xmlNodePtr n = xmlTextReaderCurrentNode(r);
	if (n && (n->type == XML_ELEMENT_NODE || n->type == XML_ATTRIBUTE_NODE))
		return n->ns ? n->ns->href : NULL;
	return xmlTextReaderConstNamespaceUri(r);
}

int docx_node_ns(xmlTextReaderPtr r)
{
	return docx_ns_class(node_ns_uri(r));
}

const char *docx_attr(xmlTextReaderPtr r, int nscls, const char *local)
{
	const char *v = NULL;
	if (xmlTextReaderHasAttributes(r) != 1)
		return NULL;
	if (xmlTextReaderMoveToFirstAttribute(r) != 1)
		return NULL;
	do {
		const xmlChar *ln = xmlTextReaderConstLocalName(r);
		if (ln && !strcmp((const char *)ln, local)) {
			const xmlChar *ns = node_ns_uri(r);
			int c = ns ? docx_ns_class(ns) : DNS_OTHER;
			/* Strict and some writers leave w: attributes unqualified */
			if (c == nscls || (!ns && nscls == DNS_W)) {
				v = (const char *)xmlTextReaderConstValue(r);
				break;
			}
		}
	} while (xmlTextReaderMoveToNextAttribute(r) == 1);
	xmlTextReaderMoveToElement(r);
	return v;
}
