/*
 * serve.c - `pressmill serve`: the converter as an HTTP service, for the
 * pipelines that call a conversion server over HTTP (tika-server's users:
 * NiFi, Logstash, scripts with curl). POST or PUT /convert with the
 * document as the body answers its record; GET /schema, /version,
 * /healthz and /metrics (Prometheus) describe the service. The service
 * never opens a file a request names: documents come in the body only.
 *
 * Threads: libmicrohttpd's one internal thread reads requests and writes
 * answers; the main thread drives the library's isolated worker pool
 * (pm_pool, which is driven from one thread), so a reader that crashes,
 * hangs or eats memory costs one failed record and a worker restart, never
 * the service. A request whose body is complete is suspended and queued;
 * the main thread submits it when a worker is idle and resumes it with the
 * record; the HTTP thread then answers. A third thread waits for SIGTERM
 * and SIGINT (blocked everywhere else) and starts the drain: stop
 * accepting, finish every request in flight, exit.
 */
#define _GNU_SOURCE
#include <pressmill/pressmill.h>

#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "cli.h"

/* Defaults of the service's own limits (README "HTTP service"). A body
 * is held in memory until a worker takes it, so the worst case is
 * max_connections x max_file_size: 32 x 64 MB. */
#define SERVE_PORT 8765
#define SERVE_MAX_FILE_MB 64
#define SERVE_MAX_CONNECTIONS 32
#define SERVE_CLIENT_TIMEOUT 10
/* A document name (?name=, Content-Disposition) longer than this is a
 * mistake, not a file name. */
#define SERVE_MAX_NAME 4096

enum route { R_NONE, R_CONVERT, R_SCHEMA, R_VERSION, R_HEALTHZ, R_METRICS };

typedef struct request {
	struct MHD_Connection *conn;
	enum route route;
	double started;
	/* the body, as it arrives */
	char *body;
	size_t len, cap;
	bool too_large;        /* past the limit: the rest is read and dropped */
	uint64_t dropped;
	char *name;
	bool explain, pretty;
	/* ?ocr=, ?ocr_lang=, ?ocr_max_pages=: this document's OCR options
	 * over the service's (own_ocr), languages in ocr_lang */
	bool own_ocr;
	pm_ocr_options ocr;
	char *ocr_lang;
	/* set by the main thread before it resumes the connection */
	bool done;
	pm_pool_result res;
	int submit_errno;      /* the pool refused the job (not EBUSY/EAGAIN) */
	struct request *next;  /* the queue */
} request;

/* Conversion-time histogram buckets, seconds (Prometheus "le"). */
static const double hist_le[] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
#define NHIST (sizeof hist_le / sizeof hist_le[0])

/* Answers counted by HTTP status for /metrics. */
static const unsigned http_codes[] = {200, 400, 404, 405, 411, 413, 415, 500, 503};
#define NHTTP (sizeof http_codes / sizeof http_codes[0])

typedef struct serve_opts {
	uint64_t max_file_bytes;
	unsigned max_connections;
	unsigned client_timeout;
	double timeout;
	int quiet, verbose;
} serve_opts;

typedef struct metrics {
	unsigned busy;
	unsigned long restarts;
	unsigned long docs[3];  /* by record status */
	unsigned long errors[PM_STATUS_COUNT];
	unsigned long hist[NHIST + 1];
	double hist_sum;
	unsigned long http[NHTTP + 1];
} metrics;

static struct server {
	serve_opts o;
	pm_ocr_options ocr;     /* the context's, under a request's ?ocr= ... */
	unsigned workers;
	pm_context *ctx;
	pm_pool *pool;
	struct MHD_Daemon *daemon;
	pthread_t main_thread;
	pthread_mutex_t lock;
	pthread_cond_t cv;
	/* under lock */
	request *qhead, *qtail;
	unsigned queued;
	unsigned in_flight;     /* requests from their first byte to their answer */
	bool stopping;
	bool abort;             /* a second signal: stop without draining */
	bool main_waits;        /* the main thread sits in pm_pool_wait() */
	metrics m;
} S;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("pressmill serve: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

/* The library's diagnostics may quote a document's name: what a
 * terminal would act on is escaped. */
static void log_library(void *user, int level, const char *msg)
{
	char *safe;
	(void)user;
	if (level > PM_LOG_WARNING && !S.o.verbose)
		return;
	safe = pm_sanitize_message(msg);
	say("%s", safe ? safe : "(message lost: out of memory)");
	free(safe);
}

static void log_mhd(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	if (!S.o.verbose)
		return;
	fputs("pressmill serve: http: ", stderr);
	vfprintf(stderr, fmt, ap);
}

/* ---- answers ---------------------------------------------------------- */

static void count_http(unsigned code)
{
	size_t i;
	for (i = 0; i < NHTTP && http_codes[i] != code; i++)
		;
	pthread_mutex_lock(&S.lock);
	S.m.http[i]++;
	pthread_mutex_unlock(&S.lock);
}

/* Queue an answer whose body (malloc()ed) the response takes over. */
static enum MHD_Result answer(struct MHD_Connection *c, unsigned code, char *body, size_t len,
                              const char *type, const char *allow)
{
	struct MHD_Response *r;
	enum MHD_Result ret;
	bool stopping;
	if (!body)
		return MHD_NO;
	r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (!r) {
		free(body);
		return MHD_NO;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	if (allow)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, allow);
	pthread_mutex_lock(&S.lock);
	stopping = S.stopping;
	pthread_mutex_unlock(&S.lock);
	if (stopping)
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
	ret = MHD_queue_response(c, code, r);
	MHD_destroy_response(r);
	count_http(code);
	return ret;
}

static enum MHD_Result answer_json(struct MHD_Connection *c, unsigned code, json_t *v,
                                   const char *allow)
{
	char *s = v ? json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	char *body = NULL;
	size_t len = 0;
	json_decref(v);
	if (s) {
		len = strlen(s);
		body = malloc(len + 2);
		if (body) {
			memcpy(body, s, len);
			body[len++] = '\n';
			body[len] = '\0';
		}
		free(s);
	}
	return answer(c, code, body, len, "application/json", allow);
}

/* A refused request: {"error": {"code", "message"}} and its 4xx/5xx. */
static enum MHD_Result refuse(struct MHD_Connection *c, unsigned code, const char *err,
                              const char *allow, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static enum MHD_Result refuse(struct MHD_Connection *c, unsigned code, const char *err,
                              const char *allow, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return answer_json(c, code, json_pack("{s:{s:s,s:s}}", "error", "code", err, "message", msg),
	                   allow);
}

/* The record a worker sent, as asked: evidence only with ?explain=1 (the
 * workers always make it, so that one pool serves both), indented with
 * ?pretty=1. NULL when memory runs out. */
static char *shape_record(const request *r, size_t *len)
{
	json_t *rec;
	char *s, *out;
	size_t l;
	if (r->explain && !r->pretty) {
		s = r->res.record;
		l = r->res.len;
		out = malloc(l + 2);
		if (out) {
			memcpy(out, s, l);
			out[l++] = '\n';
			out[l] = '\0';
			*len = l;
		}
		return out;
	}
	rec = json_loadb(r->res.record, r->res.len, 0, NULL);
	if (!rec)
		return NULL;
	if (!r->explain)
		json_object_del(rec, "evidence");
	s = pm_record_dumps(rec, r->pretty);
	json_decref(rec);
	if (!s)
		return NULL;
	l = strlen(s);
	out = realloc(s, l + 2);
	if (!out) {
		pm_free(s);
		return NULL;
	}
	out[l++] = '\n';
	out[l] = '\0';
	*len = l;
	return out;
}

static enum MHD_Result answer_record(request *r)
{
	static const char *const status_name[] = {"ok", "partial", "failed"};
	struct MHD_Response *resp;
	enum MHD_Result ret;
	size_t len = 0;
	char *body;
	const char *code;
	if (!r->res.record)
		return refuse(r->conn, 500, "internal", NULL,
		              r->submit_errno ? "no worker could take the document: %s"
		                              : "out of memory reading the record",
		              strerror(r->submit_errno ? r->submit_errno : ENOMEM));
	body = shape_record(r, &len);
	if (!body)
		return refuse(r->conn, 500, "internal", NULL, "out of memory shaping the record");
	resp = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(body);
		return MHD_NO;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
	if (r->res.status >= 0 && r->res.status <= 2)
		MHD_add_response_header(resp, "X-Pressmill-Status", status_name[r->res.status]);
	code = pm_status_code(r->res.error);
	if (code)
		MHD_add_response_header(resp, "X-Pressmill-Error", code);
	pthread_mutex_lock(&S.lock);
	if (S.stopping)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
	pthread_mutex_unlock(&S.lock);
	/* a failed document is still an answer: the record is the result */
	ret = MHD_queue_response(r->conn, MHD_HTTP_OK, resp);
	MHD_destroy_response(resp);
	count_http(200);
	return ret;
}

/* ---- the GET endpoints ------------------------------------------------ */

static enum MHD_Result get_version(struct MHD_Connection *c)
{
	const json_t *plugins = pm_context_plugins(S.ctx);
	json_t *list = json_array(), *v;
	size_t i;
	/* names and versions only: where the plugins live is the server's business */
	for (i = 0; i < json_array_size(plugins); i++) {
		json_t *p = json_array_get(plugins, i);
		if (json_object_get(p, "error"))
			continue;
		json_array_append_new(list, json_pack("{s:O,s:O,s:O}", "name", json_object_get(p, "name"),
		                                      "version", json_object_get(p, "version"),
		                                      "media_types", json_object_get(p, "media_types")));
	}
	v = json_pack("{s:s,s:s,s:o}", "pressmill", pm_version(), "record_schema",
	              PRESSMILL_RECORD_SCHEMA, "plugins", list);
	return answer_json(c, 200, v, NULL);
}

static enum MHD_Result get_healthz(struct MHD_Connection *c)
{
	bool stopping;
	unsigned busy, queued;
	pthread_mutex_lock(&S.lock);
	stopping = S.stopping;
	busy = S.m.busy;
	queued = S.queued;
	pthread_mutex_unlock(&S.lock);
	return answer_json(c, stopping ? 503 : 200,
	                   json_pack("{s:s,s:i,s:i,s:i}", "status", stopping ? "stopping" : "ok",
	                             "workers", (int)S.workers, "busy", (int)busy,
	                             "queued", (int)queued),
	                   NULL);
}

static void metric_head(FILE *f, const char *name, const char *type, const char *help)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static enum MHD_Result get_metrics(struct MHD_Connection *c)
{
	static const char *const status_name[] = {"ok", "partial", "failed"};
	metrics m;
	unsigned queued, in_flight;
	char *text = NULL;
	size_t len = 0, i;
	unsigned long cum = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return refuse(c, 500, "internal", NULL, "out of memory");
	pthread_mutex_lock(&S.lock);
	m = S.m;
	queued = S.queued;
	in_flight = S.in_flight;
	pthread_mutex_unlock(&S.lock);
	metric_head(f, "pressmill_documents_total", "counter", "Documents converted, by record status.");
	for (i = 0; i < 3; i++)
		fprintf(f, "pressmill_documents_total{status=\"%s\"} %lu\n", status_name[i], m.docs[i]);
	metric_head(f, "pressmill_document_errors_total", "counter",
	            "Failed documents, by the record's error code.");
	for (i = 1; i < PM_STATUS_COUNT; i++)
		fprintf(f, "pressmill_document_errors_total{code=\"%s\"} %lu\n", pm_status_code((int)i),
		        m.errors[i]);
	metric_head(f, "pressmill_conversion_seconds", "histogram",
	            "Time each document took in its worker.");
	for (i = 0; i < NHIST; i++) {
		cum += m.hist[i];
		fprintf(f, "pressmill_conversion_seconds_bucket{le=\"%g\"} %lu\n", hist_le[i], cum);
	}
	cum += m.hist[NHIST];
	fprintf(f, "pressmill_conversion_seconds_bucket{le=\"+Inf\"} %lu\n", cum);
	fprintf(f, "pressmill_conversion_seconds_sum %.6f\npressmill_conversion_seconds_count %lu\n",
	        m.hist_sum, cum);
	metric_head(f, "pressmill_workers", "gauge", "Worker processes that may convert at once (-j).");
	fprintf(f, "pressmill_workers %u\n", S.workers);
	metric_head(f, "pressmill_workers_busy", "gauge", "Workers converting a document now.");
	fprintf(f, "pressmill_workers_busy %u\n", m.busy);
	metric_head(f, "pressmill_worker_restarts_total", "counter",
	            "Workers replaced after a crash, a timeout or the memory limit.");
	fprintf(f, "pressmill_worker_restarts_total %lu\n", m.restarts);
	metric_head(f, "pressmill_queued_documents", "gauge",
	            "Documents received and waiting for a worker.");
	fprintf(f, "pressmill_queued_documents %u\n", queued);
	metric_head(f, "pressmill_requests_in_flight", "gauge",
	            "Requests being received, converted or answered.");
	fprintf(f, "pressmill_requests_in_flight %u\n", in_flight);
	metric_head(f, "pressmill_http_responses_total", "counter", "Answers, by HTTP status.");
	for (i = 0; i < NHTTP; i++)
		fprintf(f, "pressmill_http_responses_total{code=\"%u\"} %lu\n", http_codes[i], m.http[i]);
	if (m.http[NHTTP])
		fprintf(f, "pressmill_http_responses_total{code=\"other\"} %lu\n", m.http[NHTTP]);
	if (fclose(f) != 0 || !text) {
		free(text);
		return refuse(c, 500, "internal", NULL, "out of memory");
	}
	return answer(c, 200, text, len, "text/plain; version=0.0.4; charset=utf-8", NULL);
}

/* ---- /convert ----------------------------------------------------------- */

/* A query flag: absent, "0" or "false" is off; "", "1" or "true" is on. */
static int flag_value(const char *v)
{
	if (!v || !strcmp(v, "0") || !strcasecmp(v, "false"))
		return 0;
	if (!*v || !strcmp(v, "1") || !strcasecmp(v, "true"))
		return 1;
	return -1;
}

typedef struct query_check {
	const char *bad;
} query_check;

static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
	query_check *q = cls;
	(void)kind;
	(void)value;
	if (strcmp(key, "name") && strcmp(key, "explain") && strcmp(key, "pretty") && strcmp(key, "ocr") &&
	    strcmp(key, "ocr_lang") && strcmp(key, "ocr_max_pages")) {
		q->bad = key;
		return MHD_NO;
	}
	return MHD_YES;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * The file name a Content-Disposition header gives (RFC 6266): the
 * extended filename*=UTF-8''percent-encoded form when present, else
 * filename= as a token or a quoted string. NULL when there is none.
 */
static char *disposition_name(const char *h)
{
	const char *p;
	char *out;
	size_t n = 0;
	if (!h)
		return NULL;
	if ((p = strcasestr(h, "filename*=")) != NULL) {
		p += 10;
		if (!strncasecmp(p, "UTF-8''", 7)) {
			p += 7;
			out = malloc(strlen(p) + 1);
			if (!out)
				return NULL;
			while (*p && *p != ';' && *p != ' ' && *p != '\t') {
				if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
					out[n++] = (char)(hexval(p[1]) * 16 + hexval(p[2]));
					p += 3;
				} else {
					out[n++] = *p++;
				}
			}
			out[n] = '\0';
			if (n)
				return out;
			free(out);
		}
	}
	for (p = h; (p = strcasestr(p, "filename")) != NULL; p += 8) {
		const char *q = p + 8;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q == '=')
			break;
	}
	if (!p)
		return NULL;
	p = strchr(p, '=') + 1;
	while (*p == ' ' || *p == '\t')
		p++;
	out = malloc(strlen(p) + 1);
	if (!out)
		return NULL;
	if (*p == '"') {
		for (p++; *p && *p != '"'; p++) {
			if (*p == '\\' && p[1])
				p++;
			out[n++] = *p;
		}
	} else {
		while (*p && *p != ';' && *p != ' ' && *p != '\t')
			out[n++] = *p++;
	}
	out[n] = '\0';
	if (!n) {
		free(out);
		return NULL;
	}
	return out;
}

/* Everything a /convert request says in its head, checked before any of
 * its body is read: a refusal here is sent without reading the body. */
static enum MHD_Result convert_head(struct MHD_Connection *c, const char *method, request **out)
{
	const char *clen = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	const char *te = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	                                             MHD_HTTP_HEADER_TRANSFER_ENCODING);
	const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
	const char *name = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "name");
	int explain = flag_value(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "explain"));
	int pretty = flag_value(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "pretty"));
	const char *ocr_mode = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "ocr");
	const char *ocr_lang = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "ocr_lang");
	const char *ocr_pages = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "ocr_max_pages");
	unsigned long ocr_max_pages = 0;
	query_check q = {NULL};
	uint64_t declared = 0;
	request *r;
	if (strcmp(method, MHD_HTTP_METHOD_POST) && strcmp(method, MHD_HTTP_METHOD_PUT))
		return refuse(c, 405, "method_not_allowed", "POST, PUT",
		              "%s /convert: send the document with POST or PUT", method);
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, check_arg, &q);
	if (q.bad)
		return refuse(c, 400, "bad_request", NULL,
		              "unknown parameter '%.100s' (name, explain, pretty, ocr, ocr_lang and "
		              "ocr_max_pages are known)",
		              q.bad);
	if (explain < 0 || pretty < 0)
		return refuse(c, 400, "bad_request", NULL, "explain and pretty take 0 or 1");
	if (ocr_mode && cli_ocr_mode(ocr_mode) < 0)
		return refuse(c, 400, "bad_request", NULL, "ocr takes auto, always or never");
	if (ocr_lang && !cli_valid_ocr_langs(ocr_lang))
		return refuse(c, 400, "bad_request", NULL, "ocr_lang takes language codes joined by +, e.g. fr+en");
	if (ocr_pages) {
		char *e;
		errno = 0;
		ocr_max_pages = strtoul(ocr_pages, &e, 10);
		if (errno || e == ocr_pages || *e || *ocr_pages < '0' || *ocr_pages > '9' ||
		    ocr_max_pages > 1000000)
			return refuse(c, 400, "bad_request", NULL,
			              "ocr_max_pages takes a number of pages from 0 (no limit) to 1000000");
	}
	if (ct && !strncasecmp(ct, "multipart/", 10))
		return refuse(c, 415, "unsupported_media_type", NULL,
		              "send the document itself as the body (curl --data-binary @FILE or -T "
		              "FILE), not a %.*s form",
		              (int)strcspn(ct, "; \t"), ct);
	if (clen) {
		char *e;
		errno = 0;
		declared = strtoull(clen, &e, 10);
		if (errno || e == clen || *e || *clen == '-')
			return refuse(c, 400, "bad_request", NULL, "invalid Content-Length");
		if (declared > S.o.max_file_bytes)
			return refuse(c, 413, "too_large", NULL,
			              "a body of %llu bytes is over the limit of %llu (--max-file-size)",
			              (unsigned long long)declared,
			              (unsigned long long)S.o.max_file_bytes);
	} else if (!te || !strcasestr(te, "chunked")) {
		return refuse(c, 411, "length_required", NULL,
		              "send Content-Length (or a chunked body) with the document");
	}
	if (!name) {
		const char *cd = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Disposition");
		r = calloc(1, sizeof *r);
		if (r)
			r->name = disposition_name(cd);
	} else {
		r = calloc(1, sizeof *r);
		if (r)
			r->name = strdup(name);
	}
	if (!r)
		return MHD_NO;
	if (r->name && strlen(r->name) > SERVE_MAX_NAME) {
		free(r->name);
		free(r);
		return refuse(c, 400, "bad_request", NULL, "the document name is over %d bytes",
		              SERVE_MAX_NAME);
	}
	r->explain = explain;
	r->pretty = pretty;
	if (ocr_mode || ocr_lang || ocr_pages) {
		r->own_ocr = true;
		r->ocr = S.ocr;
		if (ocr_mode)
			r->ocr.mode = cli_ocr_mode(ocr_mode);
		if (ocr_lang && !(r->ocr_lang = strdup(ocr_lang))) {
			free(r->name);
			free(r);
			return MHD_NO;
		}
		if (ocr_lang)
			r->ocr.languages = r->ocr_lang;
		if (ocr_pages)
			r->ocr.max_pages = (unsigned)ocr_max_pages;
	}
	/* start small: a declared length is a promise, not memory to give */
	r->cap = declared < 65536 ? (size_t)declared : 65536;
	r->body = malloc(r->cap ? r->cap : 1);
	if (!r->body) {
		free(r->name);
		free(r->ocr_lang);
		free(r);
		return MHD_NO;
	}
	*out = r;
	return MHD_YES;
}

/* Keep the bytes that arrived; past the limit, count and drop them, and
 * past twice the limit stop reading (a chunked body that never ends). */
static enum MHD_Result convert_data(request *r, const char *data, size_t n)
{
	if (!r->too_large && r->len + n > S.o.max_file_bytes) {
		r->too_large = true;
		free(r->body);
		r->body = NULL;
		r->dropped = r->len;
		r->len = r->cap = 0;
	}
	if (r->too_large) {
		r->dropped += n;
		return r->dropped > 2 * S.o.max_file_bytes ? MHD_NO : MHD_YES;
	}
	if (r->len + n > r->cap) {
		size_t nc = r->cap ? r->cap : 65536;
		char *nb;
		while (nc < r->len + n)
			nc *= 2;
		if (nc > S.o.max_file_bytes)
			nc = (size_t)S.o.max_file_bytes;
		nb = realloc(r->body, nc);
		if (!nb)
			return MHD_NO;
		r->body = nb;
		r->cap = nc;
	}
	memcpy(r->body + r->len, data, n);
	r->len += n;
	return MHD_YES;
}

/* The whole body is here: hand it to the main thread and wait. */
static enum MHD_Result convert_queue(request *r)
{
	bool wake;
	MHD_suspend_connection(r->conn);
	pthread_mutex_lock(&S.lock);
	if (S.qtail)
		S.qtail->next = r;
	else
		S.qhead = r;
	S.qtail = r;
	S.queued++;
	wake = S.main_waits;
	pthread_cond_signal(&S.cv);
	pthread_mutex_unlock(&S.lock);
	/* interrupts the main thread's poll() in pm_pool_wait(), so that an
	 * idle worker takes the document now, not at the next tick */
	if (wake)
		pthread_kill(S.main_thread, SIGUSR1);
	return MHD_YES;
}

/* ---- the request handler (libmicrohttpd's thread) ---------------------- */

static enum route route_of(const char *url)
{
	static const struct { const char *path; enum route r; } routes[] = {
		{"/convert", R_CONVERT}, {"/schema", R_SCHEMA}, {"/version", R_VERSION},
		{"/healthz", R_HEALTHZ}, {"/metrics", R_METRICS},
	};
	size_t i;
	for (i = 0; i < sizeof routes / sizeof routes[0]; i++)
		if (!strcmp(url, routes[i].path))
			return routes[i].r;
	return R_NONE;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *data,
                              size_t *data_size, void **state)
{
	request *r = *state;
	(void)cls;
	(void)version;
	if (!r) {
		enum route rt = route_of(url);
		bool stopping;
		enum MHD_Result ret;
		pthread_mutex_lock(&S.lock);
		S.in_flight++;
		stopping = S.stopping;
		pthread_mutex_unlock(&S.lock);
		/* a marker so that the completion callback counts this request out */
		*state = (void *)&S;
		if (stopping)
			return refuse(c, 503, "stopping", NULL, "the service is stopping");
		if (rt == R_CONVERT) {
			request *nr = NULL;
			ret = convert_head(c, method, &nr);
			if (nr) {
				nr->conn = c;
				nr->route = rt;
				nr->started = now();
				*state = nr;
			}
			return ret;
		}
		if (rt == R_NONE)
			return refuse(c, 404, "not_found", NULL,
			              "no endpoint %.200s (POST /convert; GET /schema, /version, "
			              "/healthz, /metrics)",
			              url);
		if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD))
			return refuse(c, 405, "method_not_allowed", "GET, HEAD", "%.20s %.200s: use GET",
			              method, url);
		switch (rt) {
		case R_SCHEMA: {
			const char *s = pm_record_schema();
			return answer(c, 200, strdup(s), strlen(s), "application/schema+json", NULL);
		}
		case R_VERSION: return get_version(c);
		case R_HEALTHZ: return get_healthz(c);
		default: return get_metrics(c);
		}
	}
	if ((void *)r == (void *)&S) {
		/* an answered GET (or refusal) whose body still arrives: drop it */
		*data_size = 0;
		return MHD_YES;
	}
	if (*data_size) {
		enum MHD_Result ret = convert_data(r, data, *data_size);
		*data_size = 0;
		return ret;
	}
	if (r->done)
		return answer_record(r);
	if (r->too_large)
		return refuse(c, 413, "too_large", NULL,
		              "a body of %llu bytes or more is over the limit of %llu (--max-file-size)",
		              (unsigned long long)r->dropped, (unsigned long long)S.o.max_file_bytes);
	return convert_queue(r);
}

static void completed(void *cls, struct MHD_Connection *c, void **state,
                      enum MHD_RequestTerminationCode why)
{
	request *r = *state;
	(void)cls;
	(void)c;
	if (!r)
		return;
	if ((void *)r != (void *)&S) {
		if (S.o.verbose && r->done)
			/* a client's name is quoted: it may hold what a terminal acts on */
			say("%s: %s, %zu bytes, %.1f ms%s", r->name ? pm_quote(r->name) : "(no name)",
			    r->res.record ? (r->res.status == 0 ? "ok" : r->res.status == 1 ? "partial" : "failed")
			                  : "error",
			    r->len, (now() - r->started) * 1000.0,
			    why == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (answer not delivered)");
		free(r->body);
		free(r->name);
		free(r->ocr_lang);
		free(r->res.record);
		free(r);
	}
	*state = NULL;
	pthread_mutex_lock(&S.lock);
	S.in_flight--;
	pthread_cond_signal(&S.cv);
	pthread_mutex_unlock(&S.lock);
}

/* ---- the main thread: the worker pool ------------------------------------ */

/* A job ended: its request gets the record and its connection resumes. */
static void deliver(pm_pool_result *res)
{
	request *r = (request *)res->tag;
	size_t i;
	pthread_mutex_lock(&S.lock);
	if (res->status >= 0 && res->status <= 2)
		S.m.docs[res->status]++;
	if (res->error > 0 && res->error < PM_STATUS_COUNT)
		S.m.errors[res->error]++;
	for (i = 0; i < NHIST && res->seconds > hist_le[i]; i++)
		;
	S.m.hist[i]++;
	S.m.hist_sum += res->seconds;
	S.m.busy = pm_pool_running(S.pool);
	S.m.restarts = pm_pool_restarts(S.pool);
	r->res = *res;
	r->done = true;
	pthread_mutex_unlock(&S.lock);
	MHD_resume_connection(r->conn);
}

/* Submit queued documents while a worker is idle. Called with the lock
 * held; drops it around the pool calls. */
static void submit_queued(void)
{
	while (S.qhead && pm_pool_idle(S.pool) > 0) {
		request *r = S.qhead;
		int rc, err;
		S.qhead = r->next;
		if (!S.qhead)
			S.qtail = NULL;
		S.queued--;
		r->next = NULL;
		pthread_mutex_unlock(&S.lock);
		rc = pm_pool_submit_buffer_ocr(S.pool, r->body, r->len, r->name, r->own_ocr ? &r->ocr : NULL,
		                               (uintptr_t)r);
		err = errno;
		pthread_mutex_lock(&S.lock);
		if (rc == 0) {
			/* the pool copied the bytes */
			free(r->body);
			r->body = NULL;
			S.m.busy = pm_pool_running(S.pool);
			continue;
		}
		if (err == EBUSY || err == EAGAIN) {
			/* no process could start now: first in line again, tried
			 * after the next job ends or tick */
			r->next = S.qhead;
			S.qhead = r;
			if (!S.qtail)
				S.qtail = r;
			S.queued++;
			return;
		}
		r->submit_errno = err ? err : ENOMEM;
		r->done = true;
		pthread_mutex_unlock(&S.lock);
		MHD_resume_connection(r->conn);
		pthread_mutex_lock(&S.lock);
	}
}

static void on_wake(int sig)
{
	(void)sig;
}

/* SIGTERM and SIGINT, blocked in every other thread, arrive here: the
 * first starts the drain, a second one stops without it. */
static void *signal_thread(void *arg)
{
	sigset_t *set = arg;
	for (;;) {
		int sig = 0;
		if (sigwait(set, &sig) != 0)
			continue;
		pthread_mutex_lock(&S.lock);
		if (S.stopping)
			S.abort = true;
		S.stopping = true;
		pthread_cond_signal(&S.cv);
		pthread_mutex_unlock(&S.lock);
		pthread_kill(S.main_thread, SIGUSR1);
	}
	return NULL;
}

/* Run until SIGTERM/SIGINT, then drain: no new connection, every request
 * in flight answered (or the drain's deadline passed). */
static int run_pool(void)
{
	bool quiesced = false;
	double drain_deadline = 0;
	int rc = 0;
	pthread_mutex_lock(&S.lock);
	for (;;) {
		pm_pool_result res;
		int got;
		submit_queued();
		if (S.stopping && !quiesced) {
			MHD_socket fd;
			quiesced = true;
			pthread_mutex_unlock(&S.lock);
			fd = MHD_quiesce_daemon(S.daemon);
			if (fd != MHD_INVALID_SOCKET)
				close(fd);
			if (!S.o.quiet)
				say("stopping: %u request(s) in flight", S.in_flight);
			pthread_mutex_lock(&S.lock);
			/* a conversion ends within its timeout; a client still
			 * sending has the idle timeout between two reads */
			drain_deadline = now() + S.o.timeout + 2.0 * S.o.client_timeout + 5;
		}
		if (S.stopping && !S.in_flight && !S.qhead && !pm_pool_running(S.pool))
			break;
		if (S.abort || (S.stopping && now() > drain_deadline)) {
			say("stopping: %u request(s) left unanswered (%s)", S.in_flight,
			    S.abort ? "a second signal" : "the drain's deadline passed");
			rc = 1;
			break;
		}
		if (!pm_pool_running(S.pool)) {
			if (S.stopping || S.qhead) {
				struct timespec ts;
				clock_gettime(CLOCK_REALTIME, &ts);
				ts.tv_nsec += 50 * 1000000L;
				if (ts.tv_nsec >= 1000000000L) {
					ts.tv_sec++;
					ts.tv_nsec -= 1000000000L;
				}
				pthread_cond_timedwait(&S.cv, &S.lock, &ts);
			} else {
				pthread_cond_wait(&S.cv, &S.lock);
			}
			continue;
		}
		S.main_waits = true;
		pthread_mutex_unlock(&S.lock);
		/* A wake-up signal sent between the unlock and poll() is lost:
		 * the short timeout while a worker is idle bounds that delay. */
		got = pm_pool_wait(S.pool, pm_pool_idle(S.pool) ? 20 : 200, &res);
		pthread_mutex_lock(&S.lock);
		S.main_waits = false;
		if (got == 1) {
			pthread_mutex_unlock(&S.lock);
			deliver(&res);
			pthread_mutex_lock(&S.lock);
		}
	}
	pthread_mutex_unlock(&S.lock);
	return rc;
}

/* ---- options, start, stop ---------------------------------------------- */

static void serve_usage(FILE *f)
{
	fputs("usage: pressmill serve [options]\n"
	      "\n"
	      "An HTTP service: POST (or PUT) /convert with a document as the body answers its\n"
	      "record as JSON (?name=NAME or Content-Disposition names it; ?explain=1, ?pretty=1;\n"
	      "?ocr=MODE, ?ocr_lang=LANGS, ?ocr_max_pages=N: OCR as convert is told it);\n"
	      "GET /schema, /version, /healthz, /metrics (Prometheus).\n"
	      "  --listen ADDR:PORT     where to listen (default 127.0.0.1:8765; port 0: any free)\n"
	      "  -j, --jobs N           worker processes converting at once (default: number of cores)\n"
	      "  --timeout SECONDS      per-document time limit (default 30)\n"
	      "  --max-memory MB        per-worker memory limit (default 2048)\n"
	      "  --max-file-size MB     refuse larger bodies with 413 (default 64)\n"
	      "  --max-pages N          read at most N pages (default 2000)\n"
	      "  --max-connections N    clients connected at once (default 32)\n"
	      "  --client-timeout SECONDS  close a connection idle this long (default 10)\n"
	      "  -q, --quiet            no startup line\n"
	      "  -v, --verbose          log each document and HTTP diagnostics\n"
	      "  -h, --help             this help\n"
	      "SIGTERM or SIGINT: stop accepting, answer every request in flight, exit 0.\n",
	      f);
}

static double serve_num(const char *s, const char *what, double min, double max)
{
	char *e;
	double v;
	errno = 0;
	v = strtod(s, &e);
	if (errno || e == s || *e || !(v >= min) || v > max)
		exit(cli_usage_error("serve", "invalid %s: %s", what, pm_quote(s)));
	return v;
}

/* "ADDR:PORT", "[V6ADDR]:PORT", ":PORT" (every interface) or "PORT". */
static int parse_listen(const char *s, struct sockaddr_storage *ss, socklen_t *sl)
{
	char host[256] = "", *port;
	const char *colon = strrchr(s, ':');
	struct addrinfo hints, *ai = NULL;
	int rc;
	if (strlen(s) >= sizeof host)
		return -1;
	if (!colon) {
		strcpy(host, "127.0.0.1");
		port = (char *)s;
	} else if (s[0] == '[') {
		const char *rb = strchr(s, ']');
		if (!rb || rb[1] != ':')
			return -1;
		memcpy(host, s + 1, (size_t)(rb - s - 1));
		host[rb - s - 1] = '\0';
		port = (char *)rb + 2;
	} else {
		memcpy(host, s, (size_t)(colon - s));
		host[colon - s] = '\0';
		port = (char *)colon + 1;
	}
	/* strtol, not atol: a port of twenty digits is past a long, where
	 * atol is undefined; strtol gives LONG_MAX, refused */
	if (!*port || strspn(port, "0123456789") != strlen(port) || strtol(port, NULL, 10) > 65535)
		return -1;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	rc = getaddrinfo(*host ? host : NULL, port, &hints, &ai);
	if (rc != 0 || !ai)
		return -1;
	memcpy(ss, ai->ai_addr, ai->ai_addrlen);
	*sl = ai->ai_addrlen;
	freeaddrinfo(ai);
	return 0;
}

enum {
	SO_LISTEN = 256, SO_TIMEOUT, SO_MAXMEM, SO_MAXFILE, SO_MAXPAGES, SO_MAXCONN, SO_CLIENT_TIMEOUT
};

int pm_cli_serve(int argc, char **argv)
{
	static const struct option lo[] = {
		{"listen", required_argument, NULL, SO_LISTEN},
		{"jobs", required_argument, NULL, 'j'},
		{"timeout", required_argument, NULL, SO_TIMEOUT},
		{"max-memory", required_argument, NULL, SO_MAXMEM},
		{"max-file-size", required_argument, NULL, SO_MAXFILE},
		{"max-pages", required_argument, NULL, SO_MAXPAGES},
		{"max-connections", required_argument, NULL, SO_MAXCONN},
		{"client-timeout", required_argument, NULL, SO_CLIENT_TIMEOUT},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	const char *listen = "127.0.0.1:8765";
	struct sockaddr_storage addr;
	socklen_t addrlen = 0;
	pm_options opt;
	unsigned jobs = 0;
	sigset_t set, wake;
	struct sigaction sa;
	pthread_t sigthread;
	const union MHD_DaemonInfo *info;
	char host[128] = "?";
	int c, rc;

	memset(&S, 0, sizeof S);
	pm_options_init(&opt);
	S.o.max_file_bytes = (uint64_t)SERVE_MAX_FILE_MB << 20;
	S.o.max_connections = SERVE_MAX_CONNECTIONS;
	S.o.client_timeout = SERVE_CLIENT_TIMEOUT;
	/* getopt's own messages then read "pressmill serve: unrecognized option" */
	argv[0] = (char *)"pressmill serve";
	optind = 1;
	while ((c = getopt_long(argc, argv, "j:qvh", lo, NULL)) != -1) {
		switch (c) {
		case SO_LISTEN: listen = optarg; break;
		case 'j': jobs = (unsigned)serve_num(optarg, "job count", 1, 4096); break;
		case SO_TIMEOUT: opt.limits.timeout = serve_num(optarg, "timeout", 0.001, 1e6); break;
		case SO_MAXMEM:
			opt.limits.max_memory = (uint64_t)(serve_num(optarg, "memory limit", 16, 1e9) * 1048576.0);
			break;
		case SO_MAXFILE:
			S.o.max_file_bytes = (uint64_t)(serve_num(optarg, "file size", 0.000001, 1e7) * 1048576.0);
			break;
		case SO_MAXPAGES: opt.limits.max_pages = (unsigned)serve_num(optarg, "page count", 1, 1e9); break;
		case SO_MAXCONN:
			S.o.max_connections = (unsigned)serve_num(optarg, "connection count", 1, 65536);
			break;
		case SO_CLIENT_TIMEOUT:
			S.o.client_timeout = (unsigned)serve_num(optarg, "client timeout", 1, 86400);
			break;
		case 'q': S.o.quiet = 1; break;
		case 'v': S.o.verbose = 1; break;
		case 'h': serve_usage(stdout); return 0;
		default: return cli_try_help("serve"); /* getopt said what */
		}
	}
	if (optind < argc)
		return cli_usage_error("serve", "unexpected argument %s (the service reads documents "
		                                "from requests, not files)", pm_quote(argv[optind]));
	if (parse_listen(listen, &addr, &addrlen) != 0)
		return cli_usage_error("serve", "invalid --listen address: %s (ADDR:PORT)",
		                       pm_quote(listen));
	/* the pool's own size check would say too_large too; the service
	 * refuses before reading, so the two limits are one */
	opt.limits.max_file_bytes = S.o.max_file_bytes;
	/* every worker explains; the answer drops the evidence unless asked */
	opt.explain = 1;
	opt.log = log_library;
	S.o.timeout = opt.limits.timeout;
	S.ocr = opt.ocr;
	S.ctx = pm_context_new(&opt);
	S.pool = S.ctx ? pm_pool_new(S.ctx, jobs) : NULL;
	S.workers = S.pool ? pm_pool_size(S.pool) : 0;
	if (!S.pool) {
		say("out of memory");
		pm_context_free(S.ctx);
		return 1;
	}
	pthread_mutex_init(&S.lock, NULL);
	pthread_cond_init(&S.cv, NULL);
	S.main_thread = pthread_self();

	/* Signals: TERM and INT go to the signal thread only; USR1 (the wake
	 * up) to this thread only; the HTTP thread gets none. */
	signal(SIGPIPE, SIG_IGN);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_wake;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigemptyset(&wake);
	sigaddset(&wake, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	pthread_sigmask(SIG_BLOCK, &wake, NULL);

	S.daemon = MHD_start_daemon(
		MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ITC |
			(addr.ss_family == AF_INET6 ? MHD_USE_IPv6 : 0),
		0, NULL, NULL, handle, NULL,
		MHD_OPTION_EXTERNAL_LOGGER, log_mhd, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned int)S.o.max_connections,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)S.o.client_timeout,
		MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
		MHD_OPTION_END);
	if (!S.daemon) {
		say("cannot listen on %s: %s", pm_quote(listen), strerror(errno ? errno : EADDRINUSE));
		pm_pool_free(S.pool);
		pm_context_free(S.ctx);
		return 1;
	}
	pthread_sigmask(SIG_UNBLOCK, &wake, NULL);
	if (pthread_create(&sigthread, NULL, signal_thread, &set) != 0 ||
	    pthread_detach(sigthread) != 0) {
		say("cannot start the signal thread");
		MHD_stop_daemon(S.daemon);
		pm_pool_free(S.pool);
		pm_context_free(S.ctx);
		return 1;
	}
	info = MHD_get_daemon_info(S.daemon, MHD_DAEMON_INFO_BIND_PORT);
	getnameinfo((struct sockaddr *)&addr, addrlen, host, sizeof host, NULL, 0, NI_NUMERICHOST);
	if (!S.o.quiet)
		say("listening on http://%s%s%s:%u/ (%u workers)",
		    addr.ss_family == AF_INET6 ? "[" : "", host, addr.ss_family == AF_INET6 ? "]" : "",
		    info ? (unsigned)info->port : 0, S.workers);

	rc = run_pool();

	/* Stopping the daemon with a connection still suspended (a drain cut
	 * short) is not allowed: then the exit closes the sockets. */
	if (rc == 0)
		MHD_stop_daemon(S.daemon);
	pm_pool_free(S.pool);
	pm_context_free(S.ctx);
	if (!S.o.quiet && rc == 0)
		say("stopped");
	return rc;
}
