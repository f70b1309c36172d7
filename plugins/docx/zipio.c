/*
 * zipio.c - the DOCX plugin's untrusting I/O: zip entries streamed into
 * libxml2 (its xmlTextReader, or its SAX2 parser for the parts read by
 * events: the stories, styles and numbering) through a read callback that counts every
 * decompressed byte against the per-entry, total and ratio caps (sizes in
 * the central directory are hints an attacker writes, so they can refuse
 * an entry early but never let one through), and XML readers configured
 * so that no DTD, entity or network access is ever honoured.
 */
#include "docx.h"

#include <pthread.h>
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
			/* each marker has '!' or a NUL right after its '<' (and
			 * none fits in the window with its '<' last): an XML
			 * part's every tag is passed by this one test */
			if (k + 1 >= wl || (win[k + 1] != '!' && win[k + 1] != '\0'))
				continue;
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

/* ---- SAX reading -------------------------------------------------------- */

/* libxml2's own nesting cap without XML_PARSE_HUGE (xmlParserMaxDepth):
 * the tree-building reader meets it when it pushes a node, as a parse
 * error; SAX builds no node, so it is checked here, with the same effect. */
#define LIBXML_MAX_DEPTH 256
/* The reader's pieces: it parses CHUNK_SIZE bytes at a time and reads
 * 4096 whenever fewer remain (xmlreader.c, xmlTextReaderPushData). */
#define READER_PIECE 512
#define READER_READ 4096
/* libxml2's cap on one text node without XML_PARSE_HUGE
 * (XML_MAX_TEXT_LENGTH): the tree builder fails the parse when text it
 * appends to a node would pass it; SAX builds no node, so it is counted
 * here, with the same effect. */
#define LIBXML_MAX_TEXT 10000000u

/* What the reader would make a node of (or, for EV_END, leave), held
 * until its piece parsed without error. Text, comments and processing
 * instructions are kept only as places: they decide when the reader reads
 * on (see reader_reads_on). */
enum { EV_START, EV_END, EV_TEXT, EV_NODE };
typedef struct sax_event {
	const char *local;     /* the parser's dictionary: valid while it lives */
	int kind, ns, depth;   /* depth: of the element, or of the text as a child */
	bool empty, requires_known;
	size_t attr0, nattr;   /* its attributes in docx_sax.attrs */
	/* the wanted text that ends where this event begins (docx_sax.texts) */
	bool has_text;
	int text_depth;
	size_t text_at, text_len;
} sax_event;

struct docx_sax {
	docx_ctx *x;
	const char *part;
	const docx_sax_events *ev;
	void *user;
	xmlParserCtxtPtr ctxt;
	int depth;             /* open elements, as parsed */
	int skip_depth;        /* >= 0: the events given are in the subtree skipped at this depth */
	bool last_start_empty; /* the end event that follows belongs to an <x/> */
	bool too_deep;         /* the piece goes past libxml2's nesting cap */
	bool root_closed;      /* the root element's end is parsed */
	bool holding;          /* the events since the root closed wait for the end of the input */
	size_t hold_given;     /* how many of them the reader gives if the rest is damaged */
	bool oom;
	bool halted;           /* stopped on purpose (a limit, the host, the caller) */
	sax_event *q;          /* the piece's events */
	size_t nq, capq;
	docx_qattr *attrs;
	size_t nattrs, capattrs;
	pm_buf values;
	/* wanted text (docx_sax_events.text): the texts the piece's events
	 * carry, then the text still open at the piece's end (from pend_at),
	 * which the next event parsed, in this piece or a later one, carries */
	pm_buf texts;
	bool pend;
	int pend_depth;
	size_t pend_at;
	size_t text_run;       /* bytes of the text node being parsed (any, wanted or not) */
	bool huge;             /* a text node passes libxml2's cap */
	bool want[LIBXML_MAX_DEPTH + 2]; /* text_wanted of the open element at each depth */
	/* the namespace classes of the last URIs met (interned by the parser) */
	const xmlChar *ns_uri[4];
	int ns_cls[4];
	unsigned ns_next;
};

void *docx_sax_user(const docx_sax *s)
{
	return s->user;
}

void docx_sax_halt(docx_sax *s)
{
	s->halted = true;
}

void docx_sax_skip(docx_sax *s, const docx_elem *el)
{
	if (!el->empty)
		s->skip_depth = el->depth;
}

static int sax_ns_class(docx_sax *s, const xmlChar *uri)
{
	unsigned i;
	int c;
	if (!uri)
		return DNS_OTHER;
	for (i = 0; i < 4; i++)
		if (s->ns_uri[i] == uri)
			return s->ns_cls[i];
	c = docx_ns_class(uri);
	s->ns_uri[s->ns_next] = uri;
	s->ns_cls[s->ns_next] = c;
	s->ns_next = (s->ns_next + 1) % 4;
	return c;
}

static sax_event *queue_event(docx_sax *s)
{
	if (s->nq == s->capq) {
		size_t nc = s->capq ? s->capq * 2 : 64;
		sax_event *nv = realloc(s->q, nc * sizeof *nv);
		if (!nv) {
			s->oom = true;
			return NULL;
		}
		s->q = nv;
		s->capq = nc;
	}
	return &s->q[s->nq++];
}

/* The wanted text parsed since the last event ends where ev begins: ev
 * carries it, so that it is given only if ev's piece parses, as the
 * reader gives a text node only once it sees what follows it. */
static void carry_text(docx_sax *s, sax_event *ev)
{
	ev->has_text = s->pend;
	if (!s->pend)
		return;
	ev->text_depth = s->pend_depth;
	ev->text_at = s->pend_at;
	ev->text_len = s->texts.len - s->pend_at;
	s->pend = false;
}

/* A Choice's Requires, as the reader found it: docx_attr meets the
 * element's namespace declarations first (xmlns:Requires is an attribute
 * named Requires to the reader), then its attributes in no namespace we
 * know. Each prefix is looked up among the bindings in scope, innermost
 * first, as xmlSearchNs walks the tree. */
static bool mc_requires_known(docx_sax *s, int nns, const xmlChar **nsdefs, const docx_elem *el)
{
	const char *req = NULL, *p;
	int i;
	for (i = 0; i < nns && !req; i++)
		if (nsdefs[2 * i] && !strcmp((const char *)nsdefs[2 * i], "Requires"))
			req = (const char *)nsdefs[2 * i + 1];
	if (!req)
		req = docx_elem_attr(el, DNS_OTHER, "Requires");
	if (!req)
		return false;
	for (p = req; *p;) {
		size_t l = 0;
		const xmlChar *uri = NULL;
		int c, k;
		while (*p == ' ')
			p++;
		while (p[l] && p[l] != ' ')
			l++;
		if (!l)
			break;
		if (l >= 64)
			return false;
		for (k = s->ctxt->nsNr - 2; k >= 0; k -= 2) {
			const xmlChar *pre = s->ctxt->nsTab[k];
			if (pre && strlen((const char *)pre) == l && !memcmp(pre, p, l)) {
				uri = s->ctxt->nsTab[k + 1];
				break;
			}
		}
		c = uri ? docx_ns_class(uri) : DNS_OTHER;
		if (c == DNS_OTHER || c == DNS_MC)
			return false;
		p += l;
	}
	return true;
}

/* The value as the tree would hold it: without entity substitution the
 * parser hands '&' on as "&#38;" (every other reference is resolved or
 * refused), which the tree builder decodes. */
static size_t queue_value(docx_sax *s, const char *v, const char *end)
{
	size_t at = s->values.len;
	while (v < end) {
		const char *amp = memchr(v, '&', (size_t)(end - v));
		if (!amp) {
			pm_buf_add(&s->values, v, (size_t)(end - v));
			break;
		}
		pm_buf_add(&s->values, v, (size_t)(amp - v));
		pm_buf_addc(&s->values, '&');
		v = amp + (end - amp >= 5 && !memcmp(amp, "&#38;", 5) ? 5 : 1);
	}
	pm_buf_addc(&s->values, '\0');
	if (s->values.failed)
		s->oom = true;
	return at;
}

static void sax_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                      int nns, const xmlChar **nsdefs, int nattr, int ndefaulted, const xmlChar **attrs)
{
	docx_sax *s = ctx;
	xmlParserInputPtr in = s->ctxt->input;
	int depth = s->depth++, i;
	sax_event *ev;
	(void)ndefaulted;
	s->text_run = 0;
	/* the parser stands on the "/>" of an element written empty, where
	 * the reader looks for it */
	s->last_start_empty = in && in->cur && in->cur[0] == '/' && in->cur[1] == '>';
	if (depth > LIBXML_MAX_DEPTH) {
		s->too_deep = true;
		xmlStopParser(s->ctxt);
		return;
	}
	ev = queue_event(s);
	if (ev && s->nattrs + (size_t)nattr > s->capattrs) {
		size_t nc = s->capattrs ? s->capattrs : 64;
		docx_qattr *nv;
		while (s->nattrs + (size_t)nattr > nc)
			nc *= 2;
		nv = realloc(s->attrs, nc * sizeof *nv);
		if (nv) {
			s->attrs = nv;
			s->capattrs = nc;
		} else {
			ev = NULL;
		}
	}
	if (!ev) {
		s->oom = true;
		xmlStopParser(s->ctxt);
		return;
	}
	/* an unbound prefix leaves the element or attribute in no namespace,
	 * named "prefix:local" (as libxml2's tree names it) */
	ev->local = (const char *)local;
	if (prefix && !uri) {
		const xmlChar *q = xmlDictQLookup(s->ctxt->dict, prefix, local);
		if (q)
			ev->local = (const char *)q;
	}
	ev->ns = sax_ns_class(s, uri);
	ev->kind = EV_START;
	ev->depth = depth;
	ev->empty = s->last_start_empty;
	ev->requires_known = false;
	ev->attr0 = s->nattrs;
	ev->nattr = (size_t)nattr;
	carry_text(s, ev);
	for (i = 0; i < nattr; i++) {
		const xmlChar *const *a = attrs + 5 * i;
		docx_qattr *qa = &s->attrs[s->nattrs++];
		qa->local = (const char *)a[0];
		if (a[1] && !a[2]) {
			const xmlChar *q = xmlDictQLookup(s->ctxt->dict, a[1], a[0]);
			if (q)
				qa->local = (const char *)q;
		}
		qa->has_ns = a[2] != NULL;
		qa->ns = sax_ns_class(s, a[2]);
		qa->value = queue_value(s, (const char *)a[3], (const char *)a[4]);
	}
	if (s->ev->text_wanted)
		s->want[depth] = s->ev->text_wanted(ev->ns, ev->local);
	if (ev->ns == DNS_MC && !strcmp(ev->local, "Choice") && !s->oom) {
		docx_elem el;
		memset(&el, 0, sizeof el);
		el.nattr = nattr;
		el.attrs = s->attrs ? s->attrs + ev->attr0 : NULL; /* no attribute read yet: no array, and NULL + 0 is undefined */
		el.values = s->values.data;
		ev->requires_known = mc_requires_known(s, nns, nsdefs, &el);
	}
	if (s->oom)
		xmlStopParser(s->ctxt);
}

/* An event that carries only its kind and depth (an element's end, a
 * text or other node); out of memory stops the parser. */
static void queue_marker(docx_sax *s, int kind, int depth)
{
	sax_event *ev = queue_event(s);
	if (!ev) {
		xmlStopParser(s->ctxt);
		return;
	}
	memset(ev, 0, sizeof *ev);
	ev->kind = kind;
	ev->depth = depth;
	if (kind != EV_TEXT)
		carry_text(s, ev);
}

static void sax_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
	docx_sax *s = ctx;
	int depth = --s->depth;
	bool was_empty = s->last_start_empty;
	(void)local;
	(void)prefix;
	(void)uri;
	s->last_start_empty = false;
	s->text_run = 0;
	if (depth == 0)
		s->root_closed = true;
	if (was_empty)
		return;
	queue_marker(s, EV_END, depth);
}

/* A node that is no element: adjacent text is one node, as in the tree. */
static void queue_node(docx_sax *s, int kind)
{
	if (s->holding)
		return; /* after the root: its place no longer matters */
	if (kind == EV_TEXT && s->nq && s->q[s->nq - 1].kind == EV_TEXT && s->q[s->nq - 1].depth == s->depth)
		return;
	queue_marker(s, kind, s->depth);
}

static void sax_text(void *ctx, const xmlChar *t, int n)
{
	docx_sax *s = ctx;
	if (s->ev->text && n > 0) {
		if (s->text_run && s->text_run + (size_t)n > LIBXML_MAX_TEXT) {
			s->huge = true;
			xmlStopParser(s->ctxt);
			return;
		}
		s->text_run += (size_t)n;
		if (s->depth > 0 && s->want[s->depth - 1]) {
			if (!s->pend) {
				s->pend = true;
				s->pend_depth = s->depth;
				s->pend_at = s->texts.len;
			}
			if (!pm_buf_add(&s->texts, (const char *)t, (size_t)n)) {
				s->oom = true;
				xmlStopParser(s->ctxt);
				return;
			}
		}
	}
	queue_node(s, EV_TEXT);
}

static void sax_comment(void *ctx, const xmlChar *t)
{
	docx_sax *s = ctx;
	(void)t;
	s->text_run = 0;
	queue_node(s, EV_NODE);
}

static void sax_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	docx_sax *s = ctx;
	(void)target;
	(void)data;
	s->text_run = 0;
	queue_node(s, EV_NODE);
}

/* Whether the event at j is a node beside one at depth. */
static bool sibling_at(const docx_sax *s, size_t j, int depth)
{
	return j < s->nq && s->q[j].kind != EV_END && s->q[j].depth == depth;
}

/* Once the parser has closed the root, the reader reads the rest of the
 * input (and ends the parse) as soon as it stands on a node with nothing
 * after it: an element without a next sibling and with no child or one
 * text child, a last text or other node, or the end of a last element
 * (xmlTextReaderRead's loop, where the parser's current node is NULL).
 * How many of the piece's events it gives until then; a damaged rest then
 * ends the reading there. */
static size_t reader_reads_on(const docx_sax *s)
{
	size_t i;
	for (i = 0; i < s->nq; i++) {
		const sax_event *ev = &s->q[i];
		size_t after = i + 1, children = 0;
		if (ev->kind == EV_START && !ev->empty) {
			while (after < s->nq && !(s->q[after].kind == EV_END && s->q[after].depth == ev->depth))
				after++;
			children = after - i - 1;
			after++;
		}
		if (sibling_at(s, after, ev->depth))
			continue;
		if (ev->kind != EV_START || children == 0 || (children == 1 && s->q[i + 1].kind == EV_TEXT))
			return i + 1;
	}
	return s->nq;
}

const char *docx_elem_attr(const docx_elem *el, int nscls, const char *local)
{
	int i;
	for (i = 0; i < el->nattr; i++) {
		const docx_qattr *a = &el->attrs[i];
		/* Strict and some writers leave w: attributes unqualified */
		if (!strcmp(a->local, local) && (a->ns == nscls || (!a->has_ns && nscls == DNS_W)))
			return el->values + a->value;
	}
	return NULL;
}

int docx_int_value(const char *v, int dflt, long bound)
{
	char *e;
	long n;
	if (!v)
		return dflt;
	n = strtol(v, &e, 10);
	return e == v || n < -bound || n > bound ? dflt : (int)n;
}

/* Give the piece's events, checked as the reader's loops check the nodes
 * they are given. */
static void give_events(docx_sax *s)
{
	docx_ctx *x = s->x;
	size_t i;
	for (i = 0; i < s->nq && !s->halted; i++) {
		const sax_event *ev = &s->q[i];
		if (ev->has_text && s->skip_depth < 0) {
			if (x->stop) {
				s->halted = true;
				break;
			}
			s->ev->text(s, ev->text_depth, s->texts.data + ev->text_at, ev->text_len);
		}
		if (ev->kind == EV_TEXT || ev->kind == EV_NODE)
			continue;
		if (ev->kind == EV_END) {
			if (s->skip_depth >= 0) {
				if (ev->depth == s->skip_depth)
					s->skip_depth = -1;
			} else if (x->stop) {
				s->halted = true;
			} else if (s->ev->end) {
				s->ev->end(s, ev->depth);
			}
			continue;
		}
		if (s->skip_depth >= 0)
			continue;
		if (x->lim && x->lim->max_depth && (unsigned)ev->depth >= x->lim->max_depth) {
			docx_fail(x, PM_ERR_TOO_LARGE, "%s nests elements deeper than %u (max_depth)", s->part,
			          x->lim->max_depth);
			s->halted = true;
		} else if (x->stop) {
			s->halted = true;
		} else {
			docx_elem el;
			el.local = ev->local;
			el.ns = ev->ns;
			el.depth = ev->depth;
			el.empty = ev->empty;
			el.requires_known = ev->requires_known;
			el.nattr = (int)ev->nattr;
			el.attrs = s->attrs ? s->attrs + ev->attr0 : NULL; /* no attribute read yet: no array, and NULL + 0 is undefined */
			el.values = s->values.data;
			s->ev->start(s, &el);
		}
	}
	s->nq = 0;
	s->nattrs = 0;
	pm_buf_reset(&s->values);
	if (s->pend) {
		size_t open = s->texts.len - s->pend_at;
		memmove(s->texts.data, s->texts.data + s->pend_at, open);
		s->texts.len = open;
		s->pend_at = 0;
	} else {
		s->texts.len = 0;
	}
}

/* One piece to the parser; its events to the caller when it parsed well.
 * False when the reading ends here (damage, a halt, the end). */
static bool parse_piece(docx_sax *s, const char *data, size_t n, bool last, bool *damaged, bool *done)
{
	int rc;
	rc = xmlParseChunk(s->ctxt, data, (int)n, last);
	if (s->oom) {
		docx_fail(s->x, PM_ERR_RESOURCE_LIMIT, "out of memory");
		return false;
	}
	if (rc != 0 || !s->ctxt->wellFormed || s->too_deep || s->huge) {
		*damaged = true;
		if (s->holding) {
			s->nq = s->hold_given;
			give_events(s);
		}
		return false;
	}
	if (s->root_closed && !s->holding && !last) {
		s->holding = true;
		s->hold_given = reader_reads_on(s);
	}
	if (!s->holding || last)
		give_events(s);
	if (s->halted)
		return false;
	if (last) {
		*done = true;
		return false;
	}
	return true;
}

/* ---- skipped elements never parsed ------------------------------------ */

/* A caller that skips some w: elements wherever they stand (styles.xml's
 * latent styles and table conditional formatting, 62% of the corpus's
 * styles bytes) has them turned into spaces (and empty comments,
 * blank_out) before libxml2 sees them: spaces and comments between two
 * elements are nodes that no caller without a text callback is told of,
 * and every byte keeps its offset, so the
 * parser's pieces, its errors and the events given around them are
 * those of the part as written. Only an element whose removal cannot
 * change what the parse gives is blanked: in a part in UTF-8 without
 * comments, CDATA or declarations, whose root binds w to the
 * wordprocessingml namespace and no element binds it again; the element
 * and everything in it well-formed in the simplest way (w: elements
 * whose attributes are letters, plain or w:, each once, with printable
 * ASCII values without references; white space between the tags),
 * nested well within the depth caps. Anything else is left to libxml2
 * (and to the skip). */

/* memmem, which C11 and POSIX lack */
static const char *blank_find(const char *h, size_t hn, const char *n, size_t nn)
{
	const char *p = h, *end = h + hn;
	while (nn && (size_t)(end - p) >= nn && (p = memchr(p, n[0], (size_t)(end - p - (ptrdiff_t)nn + 1)))) {
		if (!memcmp(p, n, nn))
			return p;
		p++;
	}
	return NULL;
}

/* Byte classes of what a blanked element may hold: every byte of it is
 * looked at, a table lookup each. */
enum { BC_LETTER = 1, BC_DIGIT = 2, BC_WS = 4, BC_VALUE = 8 };
static unsigned char blank_class[256];

static void blank_classes(void)
{
	int c;
	for (c = 0; c < 256; c++) {
		unsigned char k = 0;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			k |= BC_LETTER;
		if (c >= '0' && c <= '9')
			k |= BC_DIGIT;
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
			k |= BC_WS;
		if (c >= 0x20 && c <= 0x7E && c != '<' && c != '&')
			k |= BC_VALUE;
		blank_class[c] = k;
	}
}

static bool blank_ws(char c)
{
	return blank_class[(unsigned char)c] & BC_WS;
}

static bool blank_letter(char c)
{
	return blank_class[(unsigned char)c] & BC_LETTER;
}

/* A name of letters and digits, "w:" first when w_only; its length, 0
 * when there is none. */
static size_t blank_name(const char *p, const char *end, bool w_only, bool may_w)
{
	const char *q = p;
	if (end - q >= 2 && q[0] == 'w' && q[1] == ':' && (w_only || may_w))
		q += 2;
	else if (w_only)
		return 0;
	if (q >= end || !blank_letter(*q))
		return 0;
	while (q < end && (blank_class[(unsigned char)*q] & (BC_LETTER | BC_DIGIT)))
		q++;
	return (size_t)(q - p);
}

/* One tag of a blanked element at p ('<'), checked strictly: its end
 * (after '>'), or NULL. kind: 1 start, 2 end, 3 empty. */
static const char *blank_strict_tag(const char *p, const char *end, int *kind, const char **name, size_t *nlen)
{
	const char *q = p + 1, *an[16];
	size_t al[16], na = 0, i;
	bool close = q < end && *q == '/';
	if (close)
		q++;
	*name = q;
	*nlen = blank_name(q, end, true, true);
	if (!*nlen)
		return NULL;
	q += *nlen;
	for (;;) {
		const char *v;
		size_t l;
		bool ws = false;
		while (q < end && blank_ws(*q)) {
			q++;
			ws = true;
		}
		if (q >= end)
			return NULL;
		if (*q == '>') {
			*kind = close ? 2 : 1;
			return q + 1;
		}
		if (*q == '/' && !close) {
			if (q + 1 >= end || q[1] != '>')
				return NULL;
			*kind = 3;
			return q + 2;
		}
		if (close || !ws || na == 16)
			return NULL;
		l = blank_name(q, end, false, true);
		if (!l)
			return NULL;
		for (i = 0; i < na; i++)
			if (al[i] == l && !memcmp(an[i], q, l))
				return NULL; /* twice: not well-formed */
		an[na] = q;
		al[na++] = l;
		q += l;
		if (end - q < 2 || q[0] != '=' || (q[1] != '"' && q[1] != '\''))
			return NULL;
		for (v = q + 2; v < end && *v != q[1]; v++)
			if (!(blank_class[(unsigned char)*v] & BC_VALUE))
				return NULL;
		if (v >= end)
			return NULL;
		q = v + 1;
	}
}

/* The element starting at p, all of it checked strictly: its end, or
 * NULL. depth is its own; neither it nor anything in it may reach
 * max_depth (the caller's, 0: none) or libxml2's cap. */
static const char *blank_element(const char *p, const char *end, int depth, unsigned max_depth)
{
	const char *stack[64];
	size_t slen[64];
	int open = 0;
	const char *q = p;
	for (;;) {
		const char *name;
		size_t nlen;
		int kind;
		q = blank_strict_tag(q, end, &kind, &name, &nlen);
		if (!q)
			return NULL;
		if (kind == 1) {
			if (open == 64 || depth + open + 1 >= LIBXML_MAX_DEPTH ||
			    (max_depth && (unsigned)(depth + open) >= max_depth))
				return NULL;
			stack[open] = name;
			slen[open++] = nlen;
		} else if (kind == 2) {
			if (!open || slen[open - 1] != nlen || memcmp(stack[open - 1], name, nlen))
				return NULL;
			if (!--open)
				return q;
		} else if (!open) {
			return q;
		}
		while (q < end && blank_ws(*q))
			q++;
		if (q >= end || *q != '<')
			return NULL;
	}
}

/* The end of the tag at p in the rest of the part (quoted values may
 * hold '>'), and its kind; NULL when the part holds what blank_skipped
 * does not follow (a comment, CDATA, a declaration). */
static const char *blank_any_tag(const char *p, const char *end, int *kind)
{
	const char *q = p + 1;
	if (q >= end || *q == '!' || *q == '?')
		return NULL;
	*kind = *q == '/' ? 2 : 1;
	for (; q < end; q++) {
		if (*q == '"' || *q == '\'') {
			const char *c = memchr(q + 1, *q, (size_t)(end - q - 1));
			if (!c)
				return NULL;
			q = c;
		} else if (*q == '>') {
			if (*kind == 1 && q[-1] == '/')
				*kind = 3;
			return q + 1;
		}
	}
	return NULL;
}

/* Whether the tag [p, e) binds the prefix w: to the wordprocessingml
 * namespace (bind: the URI must be W's) or at all. */
static bool blank_binds_w(const char *p, const char *e, bool *is_w)
{
	const char *q = p;
	while ((q = blank_find(q, (size_t)(e - q), "xmlns:w", 7))) {
		const char *r = q + 7, *v;
		char uri[128];
		q += 7;
		if (!blank_ws(q[-8]))
			continue;
		while (r < e && blank_ws(*r))
			r++;
		if (r >= e || *r != '=')
			continue; /* xmlns:w14 and kin */
		r++;
		while (r < e && blank_ws(*r))
			r++;
		if (r >= e || (*r != '"' && *r != '\''))
			return *is_w = false, true;
		v = memchr(r + 1, *r, (size_t)(e - r - 1));
		if (!v || (size_t)(v - r - 1) >= sizeof uri)
			return *is_w = false, true;
		memcpy(uri, r + 1, (size_t)(v - r - 1));
		uri[v - r - 1] = '\0';
		*is_w = docx_ns_class((const xmlChar *)uri) == DNS_W;
		return true;
	}
	return false;
}

static bool blank_skipped_name(const char *const *skipped, const char *name, size_t nlen)
{
	for (; *skipped; skipped++)
		if (strlen(*skipped) == nlen && !memcmp(*skipped, name, nlen))
			return true;
	return false;
}

/* Spaces, with an empty comment every BLANK_MARK bytes: in a long run of
 * spaces without a '<', libxml2's push parser looks for the last '<' of
 * its buffer from the end back (xmlParseGetLasts) at every piece, all
 * the way through the run. A comment is a node no caller is told of. */
#define BLANK_MARK 384
static void blank_out(char *p, size_t n)
{
	size_t i;
	memset(p, ' ', n);
	for (i = BLANK_MARK; i + 7 <= n; i += BLANK_MARK)
		memcpy(p + i, "<!---->", 7);
}

static void blank_skipped(char *buf, size_t n, const char *const *skipped, unsigned max_depth)
{
	const char *end = buf + n, *p = buf, *lt;
	int depth = 0;
	bool root = true, is_w = false;
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, blank_classes);
	if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	if (end - p >= 5 && !memcmp(p, "<?xml", 5)) {
		const char *d = blank_find(p, (size_t)(end - p), "?>", 2), *enc;
		if (!d)
			return;
		enc = blank_find(p, (size_t)(d - p), "encoding", 8);
		if (enc) {
			const char *v = enc + 8;
			while (v < d && (blank_ws(*v) || *v == '=' || *v == '"' || *v == '\''))
				v++;
			if (d - v < 5 || strncasecmp(v, "utf-8", 5) || (v[5] != '"' && v[5] != '\''))
				return;
		}
		p = d + 2;
	}
	while ((lt = memchr(p, '<', (size_t)(end - p)))) {
		int kind;
		const char *te = blank_any_tag(lt, end, &kind);
		if (!te)
			return;
		if (kind != 2) {
			bool binds = blank_binds_w(lt, te, &is_w);
			if (root ? !binds || !is_w : binds)
				return;
			root = false;
		}
		if (kind == 1 && depth > 0 && lt[1] == 'w' && lt[2] == ':') {
			size_t l = blank_name(lt + 1, end, true, true);
			const char *ee;
			if (l > 2 && blank_skipped_name(skipped, lt + 3, l - 2) &&
			    (ee = blank_element(lt, end, depth, max_depth))) {
				blank_out((char *)lt, (size_t)(ee - lt));
				p = ee;
				continue;
			}
		}
		depth += kind == 1 ? 1 : kind == 2 ? -1 : 0;
		p = te;
	}
}

/* The part read ahead, whole, for blank_skipped; the sax loop then takes
 * its reads from here, each of the length entry_read gave. A read that
 * failed is given where it came, with the error it left in x, so that
 * everything parsed before it is parsed before the error is known, as
 * when reading as the parse goes. */
typedef struct ahead {
	char *buf;
	size_t len, cap;
	int *reads;            /* what each read returned, in order */
	uint64_t *totals;      /* x->total_read after each */
	uint64_t total0;       /* x->total_read before the first */
	size_t nreads, capreads, next;
	/* x as the failing read (the last one) left it */
	int status;
	char msg[256];
	bool stop, inflate_error;
} ahead;

static bool ahead_read(docx_ctx *x, docx_entry *e, ahead *a)
{
	int saved_status = x->status;
	char saved_msg[256];
	bool saved_stop = x->stop, saved_infl = x->inflate_error;
	int len = 4;
	memcpy(saved_msg, x->msg, sizeof saved_msg);
	for (;;) {
		int n;
		if (a->len + (size_t)len > a->cap) {
			size_t nc = a->cap ? a->cap * 2 : 65536;
			char *nb;
			while (nc < a->len + (size_t)len)
				nc *= 2;
			if (!(nb = realloc(a->buf, nc)))
				return false;
			a->buf = nb;
			a->cap = nc;
		}
		if (a->nreads == a->capreads) {
			size_t nc = a->capreads ? a->capreads * 2 : 64;
			int *nr = realloc(a->reads, nc * sizeof *nr);
			uint64_t *nt;
			if (!nr)
				return false;
			a->reads = nr;
			if (!(nt = realloc(a->totals, nc * sizeof *nt)))
				return false;
			a->totals = nt;
			a->capreads = nc;
		}
		n = entry_read(e, a->buf + a->len, len);
		a->reads[a->nreads++] = n;
		if (n < 0) {
			a->totals[a->nreads - 1] = x->total_read;
			/* the error waits for the parse to reach it */
			a->status = x->status;
			memcpy(a->msg, x->msg, sizeof a->msg);
			a->stop = x->stop;
			a->inflate_error = x->inflate_error;
			x->status = saved_status;
			memcpy(x->msg, saved_msg, sizeof saved_msg);
			x->stop = saved_stop;
			x->inflate_error = saved_infl;
			return true;
		}
		a->totals[a->nreads - 1] = x->total_read;
		if (n == 0)
			return true; /* as the loop: no read after an empty one */
		a->len += (size_t)n;
		len = READER_READ;
	}
}

static void ahead_free(ahead *a)
{
	if (!a)
		return;
	free(a->buf);
	free(a->reads);
	free(a->totals);
}

/* The next read, from what was read ahead (a NULL: from the entry). */
static int next_read(docx_entry *e, ahead *a, char *buf, int len, size_t *at)
{
	int n;
	if (!a)
		return entry_read(e, buf, len);
	if (a->next >= a->nreads)
		return 0;
	n = a->reads[a->next++];
	if (n < 0) {
		docx_ctx *x = e->x;
		x->status = a->status;
		memcpy(x->msg, a->msg, sizeof x->msg);
		x->stop = a->stop;
		x->inflate_error = a->inflate_error;
		return n;
	}
	(void)len;
	memcpy(buf, a->buf + *at, (size_t)n);
	*at += (size_t)n;
	return n;
}

/* docx_sax_parse's way out before the parse runs, when memory ran out
 * (for the read-ahead of a part or for libxml2's context): the entry
 * closed, what was read let go, the record's error set. */
static int sax_out_of_memory(docx_ctx *x, docx_entry *e, char *data, ahead *a)
{
	free(data);
	ahead_free(a);
	zip_fclose(e->zf);
	free(e);
	docx_fail(x, PM_ERR_RESOURCE_LIMIT, "out of memory");
	return DOCX_SAX_STOPPED;
}

int docx_sax_parse(docx_ctx *x, const char *part, const docx_sax_events *ev, void *user)
{
	/* the reader's options: see docx_open_xml */
	const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
	xmlSAXHandler h;
	docx_sax s;
	docx_entry *e;
	char *data;
	size_t use = 0, cur = 0, at = 0;
	int n;
	bool damaged = false, done = false, eof = false;
	ahead ah, *a = NULL;
	memset(&ah, 0, sizeof ah);
	if (x->stop)
		return DOCX_SAX_UNOPENED;
	e = entry_open(x, part);
	if (!e)
		return DOCX_SAX_UNOPENED;
	data = malloc(READER_READ + READER_PIECE);
	if (ev->skipped && !ev->text && data) {
		a = &ah;
		a->total0 = x->total_read;
		if (!ahead_read(x, e, a))
			return sax_out_of_memory(x, e, data, a);
		if (!a->nreads || a->reads[a->nreads - 1] >= 0)
			blank_skipped(a->buf, a->len, ev->skipped, x->lim ? x->lim->max_depth : 0);
	}
	memset(&h, 0, sizeof h);
	h.initialized = XML_SAX2_MAGIC;
	h.startElementNs = sax_start;
	h.endElementNs = sax_end;
	h.characters = sax_text;
	h.ignorableWhitespace = sax_text;
	h.comment = sax_comment;
	h.processingInstruction = sax_pi;
	h.serror = quiet_errors;
	memset(&s, 0, sizeof s);
	s.x = x;
	s.part = part;
	s.ev = ev;
	s.user = user;
	s.skip_depth = -1;
	/* the reader's first read: four bytes, from which libxml2 detects the
	 * encoding */
	n = data ? next_read(e, a, data, 4, &at) : -1;
	if (n > 0)
		use = (size_t)n;
	else
		eof = true; /* as the reader: no read after a failed or empty one */
	if (n < 0)
		damaged = true;
	s.ctxt = data ? xmlCreatePushParserCtxt(&h, &s, use == 4 ? data : NULL, use == 4 ? 4 : 0, part) : NULL;
	if (!s.ctxt)
		return sax_out_of_memory(x, e, data, a);
	xmlCtxtUseOptions(s.ctxt, opts);
	if (use == 4)
		cur = 4;
	while (!damaged) {
		if (use - cur < READER_PIECE && !eof) {
			memmove(data, data + cur, use - cur);
			use -= cur;
			cur = 0;
			n = next_read(e, a, data + use, READER_READ, &at);
			if (n < 0) {
				damaged = true;
				if (s.holding) {
					s.nq = s.hold_given;
					give_events(&s);
				}
				break;
			}
			if (n == 0)
				eof = true;
			use += (size_t)n;
		}
		if (eof) {
			parse_piece(&s, data + cur, use - cur, true, &damaged, &done);
			break;
		}
		n = use - cur >= READER_PIECE ? READER_PIECE : (int)(use - cur);
		if (!parse_piece(&s, data + cur, (size_t)n, false, &damaged, &done))
			break;
		cur += (size_t)n;
	}
	damaged = damaged && !x->stop;
	if (damaged && !ev->caller_judges_damage)
		docx_xml_error(x, part);
	xmlFreeParserCtxt(s.ctxt);
	free(s.q);
	free(s.attrs);
	pm_buf_free(&s.values);
	pm_buf_free(&s.texts);
	free(data);
	if (a) {
		/* the bytes the parse took, as if read as it went */
		x->total_read = a->next ? a->totals[a->next - 1] : a->total0;
		ahead_free(a);
	}
	zip_fclose(e->zf);
	free(e);
	return done ? DOCX_SAX_READ : damaged && ev->caller_judges_damage ? DOCX_SAX_DAMAGED : DOCX_SAX_STOPPED;
}

/* ---- whole parts (altchunk.c) ------------------------------------------ */

int docx_read_part(docx_ctx *x, const char *name, uint64_t cap, pm_buf *out)
{
	docx_entry *e;
	char buf[4096];
	zip_int64_t n = 0;
	int rc = 1;
	int64_t idx = docx_locate(x, name);
	zip_stat_t st;
	if (idx < 0)
		return 0;
	/* a part that admits to being over cap is not opened: it costs the
	 * caller's warning, not the document */
	zip_stat_init(&st);
	if (zip_stat_index(x->zip, (zip_uint64_t)idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
	    st.size > cap)
		return -1;
	e = entry_open(x, name);
	if (!e)
		return x->status == PM_OK ? 0 : -2;
	/* no DTD scan here: an HTML chunk opens with <!DOCTYPE html>, and it
	 * goes to libxml2's HTML parser, which loads nothing */
	while (!x->stop && (n = zip_fread(e->zf, buf, sizeof buf)) > 0) {
		e->got += (uint64_t)n;
		x->total_read += (uint64_t)n;
		if (e->got > cap) {
			rc = -1;
			break;
		}
		if (entry_over(e)) {
			rc = -2;
			break;
		}
		if (!pm_buf_add(out, buf, (size_t)n)) {
			docx_fail(x, PM_ERR_RESOURCE_LIMIT, "out of memory");
			rc = -2;
			break;
		}
	}
	if (rc == 1 && (n < 0 || x->stop))
		rc = x->status == PM_OK ? -3 : -2;
	zip_fclose(e->zf);
	free(e);
	return rc;
}
