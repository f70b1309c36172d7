/*
 * ocr.c - the model's side of reading page images (issue 14): the two
 * host callbacks a plugin that OCRs pages uses (pm_host.ocr_done, which
 * becomes the record's source.ocr, and pm_host.language, the record's own
 * language identifier lent for choosing an OCR model). The OCR itself
 * lives in the PDF plugin (plugins/pdf/ocr.c); the options reach it
 * through pm_options.ocr and pm_host.ocr (engine/engine.c).
 */
#include "model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A plugin's string, trusted neither for length nor for UTF-8. */
static json_t *short_string(const char *s, size_t max)
{
	pm_buf b;
	json_t *j;
	if (!s)
		return json_null();
	pm_buf_init(&b);
	pm_utf8_sanitize(&b, s, strnlen(s, max));
	j = json_string(b.data ? b.data : "");
	pm_buf_free(&b);
	return j;
}

int pm_host_ocr_done(pm_sink *s, const pm_ocr_report *r)
{
	pm_doc *d = (pm_doc *)s;
	json_t *o, *pages, *langs;
	size_t i, n;
	const char *p;
	if (!r || r->size < offsetof(pm_ocr_report, confidence) + sizeof r->confidence)
		return 0;
	o = json_object();
	pages = json_array();
	langs = json_array();
	if (!o || !pages || !langs) {
		json_decref(o);
		json_decref(pages);
		json_decref(langs);
		d->oom = true;
		return 1;
	}
	/* a page number is 1-based, at most the pages the plugin declared
	 * when it did, and the list is short enough to read */
	n = r->pages ? r->npages : 0;
	for (i = 0; i < n && i < 100000; i++)
		if (r->pages[i] > 0 && (d->pages <= 0 || r->pages[i] <= d->pages))
			json_array_append_new(pages, json_integer(r->pages[i]));
	/* "fr+en" as the list ["fr", "en"], each code as the record's
	 * language is written */
	for (p = r->languages; p && *p;) {
		size_t l = strcspn(p, "+");
		size_t k;
		bool ok = l >= 2 && l <= 3;
		for (k = 0; k < l && ok; k++)
			ok = p[k] >= 'a' && p[k] <= 'z';
		if (ok)
			json_array_append_new(langs, json_stringn(p, l));
		p += l;
		if (*p == '+')
			p++;
	}
	json_object_set_new(o, "pages", pages);
	json_object_set_new(o, "engine", short_string(r->engine, 64));
	json_object_set_new(o, "version", short_string(r->version, 64));
	json_object_set_new(o, "languages", langs);
	json_object_set_new(o, "confidence",
	                    isfinite(r->confidence) && r->confidence >= 0 && r->confidence <= 100
	                        ? json_real(round(r->confidence * 10) / 10)
	                        : json_null());
	json_decref(d->ocr);
	d->ocr = o;
	return 0;
}

const char *pm_host_language(pm_sink *s, const char *utf8, size_t len)
{
	pm_doc *d = (pm_doc *)s;
	if (!d->lingua || !utf8 || !pm_utf8_valid(utf8, len))
		return NULL;
	return pm_lang_identify(d->lingua, utf8, len);
}
