/*
 * engine.c - one conversion, in this process: the input's bytes (read in
 * bounded reads, never mapped, never trusted), the plugin whose probe
 * bids highest on them, the model it fills, the repairs, the normaliser,
 * the record. Every input gives one record, a failed one when any step
 * refuses it. The engine never isolates: the isolate floor runs it in a
 * worker process, the API in the caller's.
 */
#define _GNU_SOURCE
#include "engine.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

PM_API void pm_limits_default(pm_limits *l)
{
	memset(l, 0, sizeof *l);
	l->size = sizeof *l;
	l->max_file_bytes = 512ULL << 20;
	l->max_entry_bytes = 256ULL << 20;
	l->max_total_bytes = 512ULL << 20;
	l->max_ratio = 200;
	l->max_pages = 2000;
	l->max_text_bytes = 64ULL << 20;
	l->max_depth = 256;
	l->timeout = 30;
	l->max_memory = 2048ULL << 20;
}

static void ocr_default(pm_ocr_options *o)
{
	memset(o, 0, sizeof *o);
	o->size = sizeof *o;
	o->mode = PM_OCR_AUTO;
	o->max_pages = PM_OCR_DEFAULT_MAX_PAGES;
	o->max_pixels = PM_OCR_DEFAULT_MAX_PIXELS;
	o->dpi = PM_OCR_DEFAULT_DPI;
}

PM_API void pm_options_init(pm_options *o)
{
	memset(o, 0, sizeof *o);
	o->size = sizeof *o;
	pm_limits_default(&o->limits);
	ocr_default(&o->ocr);
}

void pm_options_copy(pm_options *to, const pm_options *from)
{
	pm_options_init(to);
	if (!from || from->size < offsetof(pm_options, ocr))
		return;
	memcpy(to, from, from->size < sizeof *to ? from->size : sizeof *to);
	to->size = sizeof *to;
	if (from->size < sizeof *from) {
		ocr_default(&to->ocr);
	} else if (from->ocr.size < sizeof from->ocr) {
		pm_ocr_options given = from->ocr;
		ocr_default(&to->ocr);
		memcpy(&to->ocr, &given, given.size >= sizeof(size_t) ? given.size : 0);
		to->ocr.size = sizeof to->ocr;
	}
	if (to->ocr.mode < PM_OCR_AUTO || to->ocr.mode > PM_OCR_NEVER)
		to->ocr.mode = PM_OCR_AUTO;
	if (to->limits.size < sizeof(pm_limits))
		pm_limits_default(&to->limits);
}

bool pm_engine_init(pm_engine *e, const pm_options *opt)
{
	memset(e, 0, sizeof *e);
	e->opt = *opt;
	if (e->opt.ocr.languages) {
		e->ocr_languages = pm_strdup(e->opt.ocr.languages);
		if (!e->ocr_languages)
			return false;
		e->opt.ocr.languages = e->ocr_languages;
	}
	e->log.fn = e->opt.log;
	e->log.user = e->opt.log_user;
	e->lingua.log = &e->log;
	pm_registry_load(&e->reg, e->opt.plugin_path, e->opt.no_default_plugin_dir, e->opt.log,
	                 e->opt.log_user);
	return e->reg.listing != NULL;
}

void pm_engine_free(pm_engine *e)
{
	pm_registry_free(&e->reg);
	pm_lingua_close(&e->lingua);
	free(e->ocr_languages);
	e->ocr_languages = NULL;
}

static const char *base_name(const char *p)
{
	const char *s = p ? strrchr(p, '/') : NULL;
	return s ? s + 1 : p ? p : "";
}

/* Warnings that inform without saying that something is missing. */
/*
 * A record with nothing in it (no headline, body, About section or
 * contact) is a failure, so that a filter on "status" catches it: the
 * document holds no text at all (a scan without OCR, blank pages; a
 * reader's warning says which), or its only text is page furniture and
 * junk the normaliser took out.
 */
static bool fields_empty(const pm_fields *f)
{
	return !f->headline && !f->nbody && !f->nabout && !f->ncontacts;
}

static void no_text_message(const pm_doc *doc, char *m, size_t msz)
{
	size_t i, blocks = 0;
	const char *why = NULL;
	for (i = 0; i < doc->nblocks; i++) {
		const char *t = doc->blocks[i].text;
		while (t && *t && (*t == ' ' || *t == '\n'))
			t++;
		blocks += t && *t;
	}
	for (i = 0; i < doc->nwarnings; i++) {
		const char *c = doc->warnings[i].code;
		size_t l = strlen(c);
		if (l > 14 && !strcmp(c + l - 14, ".no_text_layer"))
			why = doc->warnings[i].message;
	}
	if (blocks)
		snprintf(m, msz, "no release text: the document's only text (%zu block%s) is page "
		         "furniture or junk (headers, footers, page numbers, captions, links)",
		         blocks, blocks == 1 ? "" : "s");
	else if (why)
		snprintf(m, msz, "the document holds no text: %s", why);
	else if (doc->pages > 0)
		snprintf(m, msz, "the document holds no text on its %d page%s", doc->pages,
		         doc->pages == 1 ? "" : "s");
	else
		snprintf(m, msz, "the document holds no text");
}

void pm_engine_model(pm_lingua *lingua, pm_doc *doc, pm_fields *f, bool explain)
{
	pm_doc_finish(doc);
	pm_repair(doc, lingua);
	if (doc->oom)
		return;
	pm_normalize(doc, f, explain);
	pm_repair_report(doc);
}

/* One conversion: what its record is built from, and what that borrows. */
typedef struct conversion {
	pm_outcome o;
	pm_doc doc;
	bool have_doc;
	pm_fields fields;
	char sha[65];
	char msg[512];
} conversion;

/* The conversion proper, on bytes in memory: cv->o says what the record
 * is. size: the input's size as seen, for a failure to read it. */
static void convert_raw(pm_engine *e, const unsigned char *data, size_t len, uint64_t size,
                        const char *display, int io_status, const char *io_msg, conversion *cv)
{
	pm_outcome *o = &cv->o;
	const pm_plugin *p = NULL;
	pm_doc *doc = &cv->doc;
	pm_input in;
	int bid = 0, st;
	o->source.path = display;
	if (io_status) {
		o->error = io_status;
		o->message = io_msg;
		/* a file too large to read is still as large as it is */
		o->source.bytes = io_status == PM_ERR_TOO_LARGE ? size : 0;
		return;
	}
	o->source.bytes = len;
	pm_sha256_hex(data, len, cv->sha);
	o->source.sha256 = cv->sha;
	if (len == 0) {
		o->error = PM_ERR_EMPTY;
		o->message = "the file is empty";
		return;
	}
	if (e->opt.limits.max_file_bytes && len > e->opt.limits.max_file_bytes) {
		snprintf(cv->msg, sizeof cv->msg, "file of %zu bytes exceeds max_file_bytes (%llu)", len,
		         (unsigned long long)e->opt.limits.max_file_bytes);
		o->error = PM_ERR_TOO_LARGE;
		o->message = cv->msg;
		return;
	}
	p = pm_registry_probe(&e->reg, data, len < PM_PROBE_BYTES ? len : PM_PROBE_BYTES, len,
	                      base_name(display), &bid);
	if (!p) {
		const char *seen;
		/* whether any plugin loads at all, as when all were loaded at
		 * start (the files a hint passed over are tried now) */
		pm_registry_load_all(&e->reg);
		seen = e->reg.n ? pm_sniff_describe(data, len < PM_PROBE_BYTES ? len
		                                                       : PM_PROBE_BYTES, len)
		                              : NULL;
		snprintf(cv->msg, sizeof cv->msg, "no plugin reads this content: it is %s", seen ? seen : "");
		o->error = PM_ERR_UNSUPPORTED;
		o->message = !e->reg.n ? "no plugins loaded (see 'pressmill plugins')"
		             : seen     ? cv->msg
		                        : "no plugin recognises this content";
		return;
	}
	o->source.format = p->name;
	o->source.media_type = p->media_types[0];
	o->source.plugin = p->name;
	o->source.plugin_version = p->version;

	pm_doc_init(doc, &e->opt.limits);
	cv->have_doc = true;
	doc->lingua = &e->lingua;
	doc->format = p->name;
	memset(&in, 0, sizeof in);
	in.size_of = sizeof in;
	in.data = data;
	in.size = len;
	in.name = base_name(display);
	{
		pm_host host = *pm_doc_host();
		host.limits = &e->opt.limits;
		host.ocr = &e->opt.ocr;
		st = p->extract(&in, &host, (pm_sink *)doc);
	}
	if (doc->oom)
		st = PM_ERR_RESOURCE_LIMIT;
	else if (st == PM_OK && doc->fail_status)
		st = doc->fail_status;
	if (st < 0 || st >= PM_STATUS_COUNT)
		st = PM_ERR_CORRUPT;
	o->source.encoding = doc->encoding;
	o->source.pages = doc->pages;
	o->source.properties = doc->properties;
	o->source.ocr = doc->ocr;
	if (st != PM_OK) {
		o->error = st;
		o->message = doc->oom ? "out of memory" : doc->fail_message ? doc->fail_message : pm_status_code(st);
		o->doc = doc;
		return;
	}
	pm_engine_model(&e->lingua, doc, &cv->fields, e->opt.explain);
	if (doc->oom) {
		o->error = PM_ERR_RESOURCE_LIMIT;
		o->message = "out of memory";
		return;
	}
	o->doc = doc;
	o->fields = &cv->fields;
	o->evidence = e->opt.explain;
	if (fields_empty(&cv->fields)) {
		no_text_message(doc, cv->msg, sizeof cv->msg);
		o->error = PM_ERR_NO_TEXT;
		o->message = cv->msg;
	}
}

/* A record built while an allocation failed may have lost a field without
 * anyone noticing (setters that cannot report): it becomes a
 * resource_limit failure, or NULL when even that cannot be built. */
static json_t *convert_bytes(pm_engine *e, const unsigned char *data, size_t len, uint64_t size,
                             const char *display, int io_status, const char *io_msg)
{
	unsigned long failures = pm_alloc_failures();
	conversion cv;
	json_t *rec;
	memset(&cv, 0, sizeof cv);
	convert_raw(e, data, len, size, display, io_status, io_msg, &cv);
	rec = pm_record_build(&cv.o);
	if (rec && pm_alloc_failures() != failures) {
		json_decref(rec);
		failures = pm_alloc_failures();
		cv.o.error = PM_ERR_RESOURCE_LIMIT;
		cv.o.message = "out of memory";
		rec = pm_record_build(&cv.o);
		if (pm_alloc_failures() != failures) {
			json_decref(rec);
			rec = NULL;
		}
	}
	pm_fields_free(&cv.fields);
	if (cv.have_doc)
		pm_doc_free(&cv.doc);
	return rec;
}

/* The whole of the regular file open on fd, read from its start in
 * bounded reads into memory of our own. Never mapped: a file that shrinks
 * under a mapping (a log rotated, a download restarted) raises SIGBUS in
 * whoever touches the lost pages, and in a batch that is the runner. A
 * file that grows meanwhile is read as it was when looked at; one that
 * shrinks, as far as it goes. NULL with *st set when it cannot be read;
 * *size gets the size seen. */
static unsigned char *read_input(pm_engine *e, int fd, size_t *len, uint64_t *size, int *st,
                                 char *msg, size_t msgsz)
{
	struct stat sb;
	unsigned char *buf;
	size_t cap, got = 0;
	*len = 0;
	*size = 0;
	*st = PM_OK;
	if (fstat(fd, &sb) < 0) {
		snprintf(msg, msgsz, "cannot read: %s", strerror(errno));
		*st = PM_ERR_IO;
		return NULL;
	}
	if (!S_ISREG(sb.st_mode)) {
		snprintf(msg, msgsz, "%s", S_ISDIR(sb.st_mode) ? "is a directory" : "not a regular file");
		*st = PM_ERR_IO;
		return NULL;
	}
	*size = (uint64_t)sb.st_size;
	if (e->opt.limits.max_file_bytes && (uint64_t)sb.st_size > e->opt.limits.max_file_bytes) {
		snprintf(msg, msgsz, "file of %lld bytes exceeds max_file_bytes (%llu)",
		         (long long)sb.st_size, (unsigned long long)e->opt.limits.max_file_bytes);
		*st = PM_ERR_TOO_LARGE;
		return NULL;
	}
	if ((uint64_t)sb.st_size >= SIZE_MAX) {
		snprintf(msg, msgsz, "file of %lld bytes does not fit in memory", (long long)sb.st_size);
		*st = PM_ERR_TOO_LARGE;
		return NULL;
	}
	cap = (size_t)sb.st_size;
	buf = pm_malloc(cap + 1);
	if (!buf) {
		snprintf(msg, msgsz, "out of memory reading %zu bytes", cap);
		*st = PM_ERR_RESOURCE_LIMIT;
		return NULL;
	}
	while (got < cap) {
		ssize_t r = pread(fd, buf + got, cap - got, (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int err = errno;
			free(buf);
			snprintf(msg, msgsz, "cannot read: %s", strerror(err));
			*st = err == ENOMEM ? PM_ERR_RESOURCE_LIMIT : PM_ERR_IO;
			return NULL;
		}
		if (r == 0)
			break;
		got += (size_t)r;
	}
	buf[got] = '\0';
	*len = got;
	return buf;
}

json_t *pm_engine_convert_fd(pm_engine *e, int fd, const char *display)
{
	size_t len;
	uint64_t size;
	int st;
	char msg[512] = "";
	unsigned char *m = read_input(e, fd, &len, &size, &st, msg, sizeof msg);
	json_t *rec = convert_bytes(e, m, len, size, display ? display : "", st, msg);
	free(m);
	return rec;
}

json_t *pm_engine_convert_buffer(pm_engine *e, const void *data, size_t len, const char *name)
{
	return convert_bytes(e, data, len, len, name ? name : "", 0, NULL);
}

json_t *pm_engine_failed(const pm_source *src, int status, const char *message)
{
	unsigned long failures = pm_alloc_failures();
	pm_outcome o;
	json_t *rec;
	memset(&o, 0, sizeof o);
	o.source = *src;
	if (!o.source.path)
		o.source.path = "";
	o.error = status ? status : PM_ERR_IO;
	o.message = message;
	rec = pm_record_build(&o);
	if (rec && pm_alloc_failures() != failures) {
		json_decref(rec);
		failures = pm_alloc_failures();
		o.error = PM_ERR_RESOURCE_LIMIT;
		o.message = "out of memory";
		rec = pm_record_build(&o);
		if (pm_alloc_failures() != failures) {
			json_decref(rec);
			rec = NULL;
		}
	}
	return rec;
}
