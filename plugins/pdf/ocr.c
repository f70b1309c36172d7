/*
 * ocr.c - reading a PDF page from its image with Tesseract (see ocr.h).
 * pdf.c calls it for the pages it decides to read so: the page is
 * rendered by poppler into a cairo image in memory, turned to grey, and
 * given to Tesseract's C API; Tesseract's blocks, lines and word boxes
 * become layout.c lines, in page points, with a font size measured from
 * the line's letters. No file is written and no process started.
 */
#define _GNU_SOURCE
#include "kit/kit.h"
#include "ocr.h"

#include <glib.h>

#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

double pdfo_clock(void)
{
	char buf[128];
	unsigned long long ran, waited;
	double t = (double)g_get_monotonic_time() / 1e6;
	ssize_t n;
	int fd = open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return t;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return t;
	buf[n] = '\0';
	if (sscanf(buf, "%llu %llu", &ran, &waited) != 2)
		return t;
	return t - (double)waited / 1e9;
}

cairo_surface_t *pdfo_render(PopplerPage *page, double x0, double y0, double scale, int W, int H,
                             void (*clip)(cairo_t *cr, const void *user), const void *user)
{
	cairo_surface_t *cs = cairo_image_surface_create(CAIRO_FORMAT_RGB24, W, H);
	cairo_t *cr;
	if (cairo_surface_status(cs) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(cs);
		return NULL;
	}
	cr = cairo_create(cs);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, scale, scale);
	cairo_translate(cr, -x0, -y0);
	if (clip) {
		clip(cr, user);
		cairo_clip(cr);
	}
	poppler_page_render(page, cr);
	cairo_destroy(cr);
	cairo_surface_flush(cs);
	return cs;
}

#if PDF_OCR

#include <cairo.h>
#include <dirent.h>
#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <limits.h>
#include <tesseract/capi.h>
#include <tesseract/version.h>

/* ---- Tesseract and Leptonica, loaded at the first page read ------------ */

/* The plugin does not link them: loading them (their relocations, their
 * static constructors, and libcurl, libarchive and libgomp behind them)
 * cost some 45 M instructions, half of a one-file run, in every process
 * that loaded the plugin, though most PDFs have a text layer and never
 * need a page read from its image (issue 15). They are opened by their
 * sonames, which the build reads from the libraries it compiled against
 * (plugins/pdf/module.mk), the first time a page is read or their version
 * is asked, and called through this table, its types taken from their
 * own headers. */
#define TESSERACT_FUNCTIONS(X) \
	X(TessBaseAPIClear) \
	X(TessBaseAPICreate) \
	X(TessBaseAPIDelete) \
	X(TessBaseAPIDetectOrientationScript) \
	X(TessBaseAPIEnd) \
	X(TessBaseAPIGetIterator) \
	X(TessBaseAPIGetThresholdedImage) \
	X(TessBaseAPIInit2) \
	X(TessBaseAPIRecognize) \
	X(TessBaseAPISetImage2) \
	X(TessBaseAPISetPageSegMode) \
	X(TessBaseAPISetSourceResolution) \
	X(TessBaseAPISetVariable) \
	X(TessDeleteText) \
	X(TessMonitorCreate) \
	X(TessMonitorDelete) \
	X(TessMonitorSetCancelFunc) \
	X(TessMonitorSetCancelThis) \
	X(TessPageIteratorBaseline) \
	X(TessPageIteratorBoundingBox) \
	X(TessPageIteratorIsAtBeginningOf) \
	X(TessPageIteratorNext) \
	X(TessPageIteratorOrientation) \
	X(TessResultIteratorConfidence) \
	X(TessResultIteratorDelete) \
	X(TessResultIteratorGetPageIterator) \
	X(TessResultIteratorGetUTF8Text) \
	X(TessVersion)
#define LEPTONICA_FUNCTIONS(X) \
	X(boxCreate) \
	X(boxDestroy) \
	X(leptSetStderrHandler) \
	X(pixClipRectangle) \
	X(pixClone) \
	X(pixCreate) \
	X(pixDeskewGeneral) \
	X(pixDestroy) \
	X(pixGetData) \
	X(pixGetDepth) \
	X(pixGetHeight) \
	X(pixGetWidth) \
	X(pixGetWpl) \
	X(pixRotateOrth) \
	X(pixScale) \
	X(pixSetInRect) \
	X(pixSetResolution)

static struct {
#define OCRLIB_POINTER(f) __typeof__(f) *f;
	TESSERACT_FUNCTIONS(OCRLIB_POINTER)
	LEPTONICA_FUNCTIONS(OCRLIB_POINTER)
#undef OCRLIB_POINTER
} ocrlib;
static bool ocrlib_ready;
static gint ocrlib_tried; /* ocrlib_load has run (atomic: the listing reads it) */
static char ocrlib_error[300];

static void *ocrlib_open(const char *soname)
{
	void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		const char *e = dlerror();
		snprintf(ocrlib_error, sizeof ocrlib_error, "cannot load %s", e ? e : soname);
	}
	return h;
}

static bool ocrlib_symbol(void *h, const char *name, void **fn)
{
	*fn = h ? dlsym(h, name) : NULL;
	if (!*fn && h && !ocrlib_error[0])
		snprintf(ocrlib_error, sizeof ocrlib_error, "cannot load Tesseract: no %s in its library", name);
	return *fn != NULL;
}

/* Whether Tesseract and Leptonica are loaded (once per process; a library
 * missing at run time stays missing, and ocrlib_error says why). The
 * handles are never closed: engines are cached for the process's life. */
static bool ocrlib_load(void)
{
	static gsize once = 0;
	if (g_once_init_enter(&once)) {
		void *tess = ocrlib_open(PDF_TESSERACT_LIB);
		void *lept = tess ? ocrlib_open(PDF_LEPTONICA_LIB) : NULL;
		bool ok = tess && lept;
#define OCRLIB_TESS(f) ok = ocrlib_symbol(tess, #f, (void **)&ocrlib.f) && ok;
#define OCRLIB_LEPT(f) ok = ocrlib_symbol(lept, #f, (void **)&ocrlib.f) && ok;
		TESSERACT_FUNCTIONS(OCRLIB_TESS)
		LEPTONICA_FUNCTIONS(OCRLIB_LEPT)
#undef OCRLIB_TESS
#undef OCRLIB_LEPT
		ocrlib_ready = ok;
		g_atomic_int_set(&ocrlib_tried, 1);
		g_once_init_leave(&once, 1);
	}
	return ocrlib_ready;
}

/* ---- language data ------------------------------------------------------ */

/* Tesseract's models by the record's language codes, with the script
 * Tesseract's orientation and script detection (OSD) names for them. A
 * model is used only when its file is installed. */
static const struct {
	const char *iso, *tess, *script;
} models[] = {
	{"en", "eng", "Latin"},    {"fr", "fra", "Latin"},    {"de", "deu", "Latin"},
	{"es", "spa", "Latin"},    {"pt", "por", "Latin"},    {"it", "ita", "Latin"},
	{"nl", "nld", "Latin"},    {"da", "dan", "Latin"},    {"sv", "swe", "Latin"},
	{"no", "nor", "Latin"},    {"fi", "fin", "Latin"},    {"pl", "pol", "Latin"},
	{"cs", "ces", "Latin"},    {"ro", "ron", "Latin"},    {"hu", "hun", "Latin"},
	{"tr", "tur", "Latin"},    {"ca", "cat", "Latin"},    {"id", "ind", "Latin"},
	{"ar", "ara", "Arabic"},   {"fa", "fas", "Arabic"},   {"ur", "urd", "Arabic"},
	{"ru", "rus", "Cyrillic"}, {"uk", "ukr", "Cyrillic"}, {"bg", "bul", "Cyrillic"},
	{"el", "ell", "Greek"},    {"he", "heb", "Hebrew"},   {"hi", "hin", "Devanagari"},
	{"zh", "chi_sim", "Han"},  {"ja", "jpn", "Japanese"}, {"ko", "kor", "Hangul"},
};
#define NMODELS (sizeof models / sizeof models[0])

#define MAX_LANGS_STR 64

static char tessdata[512];
static bool installed[NMODELS];
static bool have_osd;
static char features_found[400];  /* before a page is read from its image */
static char features_loaded[400]; /* after */

/* Where the language data is: $TESSDATA_PREFIX as Tesseract reads it,
 * else the folder of the build's Tesseract package. Passed to Tesseract
 * explicitly, so that what `pressmill plugins` lists is what is used. */
static void find_models(void)
{
	static gsize once = 0;
	if (g_once_init_enter(&once)) {
		const char *env = getenv("TESSDATA_PREFIX");
		DIR *dir;
		size_t i, len;
		snprintf(tessdata, sizeof tessdata, "%s", env && *env ? env : PDF_TESSDATA_DIR);
		len = strlen(tessdata);
		if (len && tessdata[len - 1] != '/' && len + 1 < sizeof tessdata)
			strcat(tessdata, "/");
		dir = opendir(tessdata);
		if (dir) {
			struct dirent *e;
			while ((e = readdir(dir))) {
				const char *dot = strstr(e->d_name, ".traineddata");
				if (!dot || dot[12])
					continue;
				if ((size_t)(dot - e->d_name) == 3 && !strncmp(e->d_name, "osd", 3))
					have_osd = true;
				for (i = 0; i < NMODELS; i++)
					if (strlen(models[i].tess) == (size_t)(dot - e->d_name) &&
					    !strncmp(e->d_name, models[i].tess, (size_t)(dot - e->d_name)))
						installed[i] = true;
			}
			closedir(dir);
		}
		g_once_init_leave(&once, 1);
	}
}

/* Whether the dynamic loader would find a library by its soname, asked
 * without loading it: in $LD_LIBRARY_PATH, in its cache (ld.so.cache
 * holds each library's path, which ends in "/soname"; the file must still
 * be there) or in the default folders. A library the loader would find
 * and then refuse (a missing symbol) is found here and fails at the first
 * page read, which then says why. */
static bool soname_found_in(const char *dir, size_t n, const char *soname)
{
	char path[PATH_MAX];
	if (!n)
		return false;
	if ((size_t)snprintf(path, sizeof path, "%.*s/%s", (int)n, dir, soname) >= sizeof path)
		return false;
	return access(path, R_OK) == 0;
}

static bool soname_in_cache(const char *soname)
{
	char key[256];
	size_t klen = (size_t)snprintf(key, sizeof key, "/%s", soname) + 1; /* with its NUL */
	gchar *cache = NULL;
	gsize len = 0;
	bool found = false;
	const char *p, *end;
	if (klen >= sizeof key || !g_file_get_contents("/etc/ld.so.cache", &cache, &len, NULL))
		return false;
	end = cache + len;
	for (p = cache; !found && (p = memmem(p, (size_t)(end - p), key, klen)); p++) {
		const char *start = p;
		while (start > cache && start[-1])
			start--;
		found = *start == '/' && access(start, R_OK) == 0;
	}
	g_free(cache);
	return found;
}

static bool soname_found(const char *soname)
{
	static const char *const defaults[] = {"/lib", "/usr/lib", "/lib64", "/usr/lib64"};
	const char *env = getenv("LD_LIBRARY_PATH");
	size_t i;
	if (strchr(soname, '/'))
		return access(soname, R_OK) == 0;
	while (env && *env) {
		size_t n = strcspn(env, ":;");
		if (soname_found_in(env, n, soname))
			return true;
		env += n + (env[n] != '\0');
	}
	if (soname_in_cache(soname))
		return true;
	for (i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
		if (soname_found_in(defaults[i], strlen(defaults[i]), soname))
			return true;
	return false;
}

/* The line `pressmill plugins` shows: the models installed and the
 * engine's version, or why OCR is not available. Tesseract is not loaded
 * for it (issue 15: the listing, which --resume and the server's version
 * endpoint read too, loaded it in every such run): until a page has been
 * read from its image in this process the line says whether the library
 * can be found and names the version the plugin was built against; once
 * a page was (loaded is true), it names the loaded library's version, or
 * why it could not be loaded. pdf.c's ocr_state gives the line as the
 * reason a scan went unread. */
static void describe(char *out, size_t cap, bool loaded)
{
	size_t i, n = 0, k;
	bool first = true;
	find_models();
	for (i = 0; i < NMODELS; i++)
		n += installed[i];
	if (!n) {
		snprintf(out, cap, "ocr: not available (no Tesseract language data in %.300s)", tessdata);
		return;
	}
	if (loaded && !ocrlib_ready) {
		snprintf(out, cap, "ocr: not available (%.300s)", ocrlib_error);
		return;
	}
	if (!loaded) {
		const char *missing = !soname_found(PDF_TESSERACT_LIB)   ? PDF_TESSERACT_LIB
		                      : !soname_found(PDF_LEPTONICA_LIB) ? PDF_LEPTONICA_LIB
		                                                          : NULL;
		if (missing) {
			snprintf(out, cap, "ocr: not available (cannot load %s: not found)", missing);
			return;
		}
	}
	k = (size_t)snprintf(out, cap, "ocr: tesseract %s (", loaded ? ocrlib.TessVersion() : TESSERACT_VERSION_STR);
	for (i = 0; i < NMODELS && k + 16 < cap; i++)
		if (installed[i]) {
			k += (size_t)snprintf(out + k, cap - k, "%s%s", first ? "" : ", ", models[i].tess);
			first = false;
		}
	snprintf(out + k, cap - k, "%s)", have_osd ? "; script detection" : "");
}

static int model_by_iso(const char *iso, size_t n)
{
	size_t i;
	for (i = 0; i < NMODELS; i++)
		if (strlen(models[i].iso) == n && !strncmp(models[i].iso, iso, n))
			return (int)i;
	return -1;
}

static int model_by_tess(const char *t, size_t n)
{
	size_t i;
	for (i = 0; i < NMODELS; i++)
		if (strlen(models[i].tess) == n && !strncmp(models[i].tess, t, n))
			return (int)i;
	return -1;
}

bool pdfo_available(void)
{
	size_t i;
	find_models();
	for (i = 0; i < NMODELS; i++)
		if (installed[i])
			return true;
	return false;
}

const char *pdfo_features(void)
{
	static gsize once_found = 0, once_loaded = 0;
	if (g_atomic_int_get(&ocrlib_tried)) {
		if (g_once_init_enter(&once_loaded)) {
			describe(features_loaded, sizeof features_loaded, true);
			g_once_init_leave(&once_loaded, 1);
		}
		return features_loaded;
	}
	if (g_once_init_enter(&once_found)) {
		describe(features_found, sizeof features_found, false);
		g_once_init_leave(&once_found, 1);
	}
	return features_found;
}

const char *pdfo_version(void)
{
	return ocrlib_load() ? ocrlib.TessVersion() : "";
}

/* ---- engines, kept between documents ---------------------------------- */

/* Loading a model takes a few hundred milliseconds and tens of
 * megabytes: a worker keeps the last few it used. A conversion takes an
 * engine out of the cache and gives it back, so two threads never share
 * one (a TessBaseAPI is not thread-safe). Three engines hold the script
 * detector and the two models of a first reading (English, then the
 * language it shows). */
#define CACHE_SLOTS 3
static GMutex cache_lock;
static struct {
	char langs[MAX_LANGS_STR];
	TessBaseAPI *api;
	unsigned long used;
} cache[CACHE_SLOTS];
static unsigned long cache_clock;

static void quiet_leptonica(const char *msg)
{
	(void)msg;
}

static TessBaseAPI *engine_take(const char *langs)
{
	TessBaseAPI *api = NULL;
	size_t i;
	g_mutex_lock(&cache_lock);
	for (i = 0; i < CACHE_SLOTS; i++)
		if (cache[i].api && !strcmp(cache[i].langs, langs)) {
			api = cache[i].api;
			cache[i].api = NULL;
			break;
		}
	g_mutex_unlock(&cache_lock);
	if (api)
		return api;
	/* Leptonica and Tesseract would print to stderr; a library must not */
	ocrlib.leptSetStderrHandler(quiet_leptonica);
	api = ocrlib.TessBaseAPICreate();
	if (!api)
		return NULL;
	ocrlib.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
	if (ocrlib.TessBaseAPIInit2(api, tessdata, langs, strcmp(langs, "osd") ? OEM_LSTM_ONLY : OEM_TESSERACT_ONLY)) {
		ocrlib.TessBaseAPIDelete(api);
		return NULL;
	}
	/* inverted text (white on black) is looked for line by line when
	 * a line reads badly, which doubles the time of a poor scan for
	 * rare gains in a press release */
	ocrlib.TessBaseAPISetVariable(api, "tessedit_do_invert", "0");
	return api;
}

static void engine_give(const char *langs, TessBaseAPI *api)
{
	size_t i, slot = 0;
	TessBaseAPI *old;
	if (!api)
		return;
	ocrlib.TessBaseAPIClear(api);
	g_mutex_lock(&cache_lock);
	for (i = 0; i < CACHE_SLOTS; i++) {
		if (!cache[i].api) {
			slot = i;
			break;
		}
		if (cache[i].used < cache[slot].used)
			slot = i;
	}
	old = cache[slot].api;
	snprintf(cache[slot].langs, sizeof cache[slot].langs, "%s", langs);
	cache[slot].api = api;
	cache[slot].used = ++cache_clock;
	g_mutex_unlock(&cache_lock);
	if (old) {
		ocrlib.TessBaseAPIEnd(old);
		ocrlib.TessBaseAPIDelete(old);
	}
}

/* The cached engines stay for the life of the process: the loader never
 * unloads a plugin, and freeing them at exit would run after Tesseract's
 * own static objects are gone. */

/* ---- the pixel sizes of the document's images -------------------------- */

/* A scanned page is one image drawn over the whole page, and is best read
 * at the image's own resolution (no resampling blur, no pixels made up).
 * poppler-glib tells where an image is drawn but not its size in pixels
 * without decoding it, which for a hostile image of gigapixels is the
 * cost to avoid. An image XObject's dictionary is never compressed (a
 * stream cannot sit in an object stream), so its /Width and /Height are
 * read from the file's bytes: a hint only, bounded and checked. */
typedef struct imgsize {
	unsigned w, h;
} imgsize;

#define MAX_IMAGES 4096

static long dict_int(const unsigned char *p, const unsigned char *end, const char *key)
{
	size_t kl = strlen(key);
	const unsigned char *q;
	for (q = p; q + kl < end; q++) {
		long v = 0;
		int digits = 0;
		const unsigned char *r;
		if (*q != '/' || memcmp(q, key, kl) != 0)
			continue;
		r = q + kl;
		/* "/Width 2480", not "/WidthX" */
		if (r < end && ((*r >= 'A' && *r <= 'Z') || (*r >= 'a' && *r <= 'z')))
			continue;
		while (r < end && (*r == ' ' || *r == '\r' || *r == '\n' || *r == '\t'))
			r++;
		while (r < end && *r >= '0' && *r <= '9' && digits < 7) {
			v = v * 10 + (*r - '0');
			r++;
			digits++;
		}
		/* an indirect reference ("/Width 12 0 R") is not followed */
		if (digits && !(r + 1 < end && r[0] == ' ' && r[1] >= '0' && r[1] <= '9'))
			return v;
		return -1;
	}
	return -1;
}

static size_t image_sizes(const unsigned char *data, size_t len, imgsize *out, size_t max)
{
	const unsigned char *p = data, *end = data + len;
	size_t n = 0;
	static const char pat[] = "/Image";
	while (p < end && n < max) {
		const unsigned char *hit = memmem(p, (size_t)(end - p), pat, sizeof pat - 1), *a, *b, *k;
		long w, h;
		if (!hit)
			break;
		p = hit + sizeof pat - 1;
		/* the key before it is /Subtype, and the dictionary is the
		 * innermost "<< ... >>" around it, looked for within 2 KB */
		k = hit;
		while (k > data && (k[-1] == ' ' || k[-1] == '\n' || k[-1] == '\r' || k[-1] == '\t'))
			k--;
		if (k - data < 8 || memcmp(k - 8, "/Subtype", 8) != 0)
			continue;
		for (a = k - 8; a > data && k - a < 2048; a--)
			if (a[-1] == '<' && a - 1 > data && a[-2] == '<')
				break;
		b = p;
		while (b + 1 < end && b - p < 2048 && !(b[0] == '>' && b[1] == '>'))
			b++;
		w = dict_int(a, b, "/Width");
		h = dict_int(a, b, "/Height");
		if (w > 0 && h > 0) {
			out[n].w = (unsigned)w;
			out[n].h = (unsigned)h;
			n++;
		}
	}
	return n;
}

/* ---- one document ------------------------------------------------------- */

struct pdfo_doc {
	pdfo_settings s;
	const unsigned char *data;
	size_t len;
	imgsize *images;
	size_t nimages;
	bool images_read;
	char langs[MAX_LANGS_STR];     /* Tesseract's "fra+eng", once chosen */
	char langs_iso[MAX_LANGS_STR]; /* the same as the record writes it */
	bool chosen;
	bool latin;                    /* chosen by script, Latin: a first pass tells the language */
	const char *problem;
	char why[96];
};

/* Turn "fr+en" or "fra+eng" into Tesseract's "fra+eng", keeping the
 * installed models only. */
static void map_languages(pdfo_doc *o, const char *given)
{
	const char *p = given;
	o->langs[0] = o->langs_iso[0] = '\0';
	while (*p) {
		size_t l = strcspn(p, "+");
		int m = model_by_iso(p, l);
		if (m < 0)
			m = model_by_tess(p, l);
		if (m >= 0 && installed[m] && !strstr(o->langs, models[m].tess) &&
		    strlen(o->langs) + strlen(models[m].tess) + 2 < sizeof o->langs) {
			if (o->langs[0]) {
				strcat(o->langs, "+");
				strcat(o->langs_iso, "+");
			}
			strcat(o->langs, models[m].tess);
			strcat(o->langs_iso, models[m].iso);
		}
		p += l;
		if (*p == '+')
			p++;
	}
}

pdfo_doc *pdfo_new(const pdfo_settings *s, const unsigned char *data, size_t len)
{
	pdfo_doc *o;
	if (!pdfo_available())
		return NULL;
	o = calloc(1, sizeof *o);
	if (!o)
		return NULL;
	o->s = *s;
	o->data = data;
	o->len = len;
	if (s->languages && *s->languages) {
		map_languages(o, s->languages);
		o->chosen = o->langs[0] != '\0';
		if (!o->chosen)
			o->problem = "none of the languages asked for has Tesseract data installed";
	}
	return o;
}

void pdfo_free(pdfo_doc *o)
{
	if (!o)
		return;
	free(o->images);
	free(o);
}

const char *pdfo_languages(const pdfo_doc *o)
{
	return o && o->chosen ? o->langs_iso : "";
}

const char *pdfo_problem(const pdfo_doc *o)
{
	return o && o->problem ? o->problem : "";
}

static double now_s(void)
{
	return (double)g_get_monotonic_time() / 1e6;
}

/* ---- rendering ------------------------------------------------------------ */

/* The resolution to read a page at: the scanned image's own when the
 * page is one image over (nearly) all of it, else the settings'. */
static double page_dpi(pdfo_doc *o, PopplerPage *page, double pw, double ph)
{
	GList *maps = poppler_page_get_image_mapping(page), *m;
	double dpi = o->s.dpi ? o->s.dpi : PM_OCR_DEFAULT_DPI;
	PopplerImageMapping *one = NULL;
	int count = 0;
	for (m = maps; m; m = m->next) {
		PopplerImageMapping *im = m->data;
		double w = fabs(im->area.x2 - im->area.x1), h = fabs(im->area.y2 - im->area.y1);
		/* images too small to matter beside a scan (a logo) are not counted */
		if (w * h < 0.05 * pw * ph)
			continue;
		count++;
		if (w * h >= 0.7 * pw * ph)
			one = im;
	}
	if (one && count == 1) {
		double w = fabs(one->area.x2 - one->area.x1), h = fabs(one->area.y2 - one->area.y1);
		double best = 0;
		size_t i;
		bool agree = true;
		if (!o->images_read) {
			o->images_read = true;
			o->images = malloc(MAX_IMAGES * sizeof *o->images);
			if (o->images)
				o->nimages = image_sizes(o->data, o->len, o->images, MAX_IMAGES);
		}
		/* the images whose shape is the area's, turned or not; all
		 * must give about one resolution */
		for (i = 0; i < o->nimages; i++) {
			double iw = o->images[i].w, ih = o->images[i].h, r;
			if (fabs(iw / ih - w / h) < 0.02 * (w / h))
				r = iw / w * 72;
			else if (fabs(ih / iw - w / h) < 0.02 * (w / h))
				r = ih / w * 72;
			else
				continue;
			if (best > 0 && fabs(r - best) > 0.1 * best)
				agree = false;
			if (best == 0)
				best = r;
		}
		/* below 150 dpi Tesseract loses small type, and above 600 a
		 * scan holds more paper grain than letter */
		if (best > 0 && agree)
			dpi = best < 150 ? 150 : best > 600 ? 600 : best;
	}
	poppler_page_free_image_mapping(maps);
	return dpi;
}

/* The page in grey at dpi; *ink gets the count of dark pixels. */
static PIX *render(PopplerPage *page, double dpi, double pw, double ph, size_t *ink)
{
	int W = (int)ceil(pw * dpi / 72), H = (int)ceil(ph * dpi / 72), x, y, stride;
	cairo_surface_t *cs;
	PIX *pix;
	l_uint32 *pd;
	int wpl;
	const unsigned char *px;
	*ink = 0;
	if (W < 1 || H < 1 || W > 32767 || H > 32767)
		return NULL;
	cs = pdfo_render(page, 0, 0, dpi / 72, W, H, NULL, NULL);
	if (!cs)
		return NULL;
	pix = ocrlib.pixCreate(W, H, 8);
	if (!pix) {
		cairo_surface_destroy(cs);
		return NULL;
	}
	ocrlib.pixSetResolution(pix, (l_int32)lround(dpi), (l_int32)lround(dpi));
	px = cairo_image_surface_get_data(cs);
	stride = cairo_image_surface_get_stride(cs);
	pd = ocrlib.pixGetData(pix);
	wpl = ocrlib.pixGetWpl(pix);
	for (y = 0; y < H; y++) {
		const uint32_t *row = (const uint32_t *)(const void *)(px + (size_t)y * (size_t)stride);
		l_uint32 *line = pd + (size_t)y * (size_t)wpl;
		for (x = 0; x < W; x++) {
			uint32_t v = row[x];
			unsigned g = (((v >> 16) & 0xFF) * 77 + ((v >> 8) & 0xFF) * 150 + (v & 0xFF) * 29) >> 8;
			SET_DATA_BYTE(line, x, g);
			*ink += g < 128;
		}
	}
	cairo_surface_destroy(cs);
	return pix;
}

/* ---- from Tesseract's words to lines ------------------------------------- */

typedef struct oword {
	char *text;
	int x0, y0, x1, y1;
	float conf;
	float asc;           /* baseline to the word's top, pixels; 0 unknown */
} oword;

typedef struct oline {
	size_t first, n;     /* its words */
	int para;            /* Tesseract's paragraph */
	int x0, y0, x1, y1;
	double asc;          /* baseline to the top of the line's box, pixels */
	double base;         /* the baseline under the line's middle, pixels */
	double ink_asc;      /* height of the ink zone measured over the baseline, pixels; 0 unknown */
	double zone_em;      /* what share of an em that zone is */
	double size;         /* font size, points */
} oline;

typedef struct oread {
	oword *w;
	size_t nw, wcap;
	oline *l;
	size_t nl, lcap;
	size_t turned;       /* words in blocks not upright, or read top to bottom */
	bool oom;
} oread;

static void oread_free(oread *r)
{
	size_t i;
	for (i = 0; i < r->nw; i++)
		free(r->w[i].text);
	free(r->w);
	free(r->l);
	memset(r, 0, sizeof *r);
}

/* Unicode's bidirectional formatting characters: the marks (LRM U+200E,
 * RLM U+200F, ALM U+061C) and the embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069). */
static bool bidi_mark(gunichar c)
{
	return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void pdfo_drop_bidi_marks(char *s)
{
	char *out = s;
	const char *p = s;
	while (*p) {
		const char *n = g_utf8_next_char(p);
		if (!bidi_mark(g_utf8_get_char(p))) {
			memmove(out, p, (size_t)(n - p));
			out += n - p;
		}
		p = n;
	}
	*out = '\0';
}

/* Tesseract's reading of the page, word by word in reading order (for
 * right-to-left lines, logical order: the order the words are read in). */
static void collect(TessBaseAPI *api, oread *r)
{
	TessResultIterator *ri = ocrlib.TessBaseAPIGetIterator(api);
	TessPageIterator *pi;
	int para = 0;
	bool turned = false;
	if (!ri)
		return;
	pi = ocrlib.TessResultIteratorGetPageIterator(ri);
	do {
		char *t;
		int x0, y0, x1, y1;
		if (ocrlib.TessPageIteratorIsAtBeginningOf(pi, RIL_BLOCK)) {
			TessOrientation orient;
			TessWritingDirection wd;
			TessTextlineOrder tlo;
			float deskew;
			ocrlib.TessPageIteratorOrientation(pi, &orient, &wd, &tlo, &deskew);
			turned = orient != ORIENTATION_PAGE_UP || wd == WRITING_DIRECTION_TOP_TO_BOTTOM;
		}
		if (ocrlib.TessPageIteratorIsAtBeginningOf(pi, RIL_PARA))
			para++;
		if (ocrlib.TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE) || !r->nl) {
			int bx0, by0, bx1, by1;
			oline *nl;
			if (r->nl == r->lcap) {
				size_t nc = r->lcap ? r->lcap * 2 : 64;
				oline *g = realloc(r->l, nc * sizeof *g);
				if (!g) {
					r->oom = true;
					break;
				}
				r->l = g;
				r->lcap = nc;
			}
			nl = &r->l[r->nl++];
			memset(nl, 0, sizeof *nl);
			nl->first = r->nw;
			nl->para = para;
			nl->x0 = nl->y0 = INT32_MAX;
			nl->x1 = nl->y1 = INT32_MIN;
			if (ocrlib.TessPageIteratorBoundingBox(pi, RIL_TEXTLINE, &x0, &y0, &x1, &y1) &&
			    ocrlib.TessPageIteratorBaseline(pi, RIL_TEXTLINE, &bx0, &by0, &bx1, &by1)) {
				/* the baseline under the middle of the line */
				double mid = (x0 + x1) / 2.0, base;
				base = bx1 != bx0 ? by0 + (double)(by1 - by0) * (mid - bx0) / (bx1 - bx0) : by0;
				nl->asc = base - y0;
				nl->base = base;
			}
		}
		t = ocrlib.TessResultIteratorGetUTF8Text(ri, RIL_WORD);
		if (t && *t && g_utf8_validate(t, -1, NULL) &&
		    ocrlib.TessPageIteratorBoundingBox(pi, RIL_WORD, &x0, &y0, &x1, &y1)) {
			oline *l = &r->l[r->nl - 1];
			oword *w;
			if (r->nw == r->wcap) {
				size_t nc = r->wcap ? r->wcap * 2 : 512;
				oword *g = realloc(r->w, nc * sizeof *g);
				if (!g) {
					ocrlib.TessDeleteText(t);
					r->oom = true;
					break;
				}
				r->w = g;
				r->wcap = nc;
			}
			w = &r->w[r->nw];
			w->text = strdup(g_strstrip(t));
			if (w->text)
				pdfo_drop_bidi_marks(w->text);
			if (!w->text) {
				ocrlib.TessDeleteText(t);
				r->oom = true;
				break;
			}
			w->x0 = x0, w->y0 = y0, w->x1 = x1, w->y1 = y1;
			w->conf = ocrlib.TessResultIteratorConfidence(ri, RIL_WORD);
			w->asc = 0;
			{
				int bx0, by0, bx1, by1;
				if (ocrlib.TessPageIteratorBaseline(pi, RIL_WORD, &bx0, &by0, &bx1, &by1)) {
					double mid = (x0 + x1) / 2.0;
					double base = bx1 != bx0 ? by0 + (double)(by1 - by0) * (mid - bx0) / (bx1 - bx0) : by0;
					if (base > y0)
						w->asc = (float)(base - y0);
				}
			}
			if (*w->text) {
				r->nw++;
				l->n++;
				r->turned += turned;
				if (x0 < l->x0)
					l->x0 = x0;
				if (y0 < l->y0)
					l->y0 = y0;
				if (x1 > l->x1)
					l->x1 = x1;
				if (y1 > l->y1)
					l->y1 = y1;
			} else {
				free(w->text);
			}
		}
		if (t)
			ocrlib.TessDeleteText(t);
	} while (ocrlib.TessPageIteratorNext(pi, RIL_WORD));
	ocrlib.TessResultIteratorDelete(ri);
}


/* Font sizes from the letters, measured on the ink of the image Tesseract
 * read (its thresholded copy) rather than on its boxes: a rule, the
 * grain of a scan or an accent above a line stretches the line's and the
 * words' boxes, and a scan turned a little makes a long line's box taller
 * than its type.
 *
 * The measure is the line's x-height zone: going up from the baseline,
 * every letter has ink in each row up to the x-height, and only the
 * ascenders, capitals, accents and dots go on above it, so the count of
 * separate runs of ink in a row falls there to a fraction of what it is
 * lower down. The x-height is about half an em in the faces releases are
 * set in (Times 0.45, Calibri 0.47, Georgia 0.48, Arial and DejaVu 0.52);
 * a line in capitals has no x-height, and the zone found is the cap
 * height, about 0.69 em (Calibri 0.64, Times 0.66, Arial 0.72, DejaVu
 * 0.73). In other scripts the measure is the ink's whole height over the
 * baseline, taken as 0.72 em. The lines of one paragraph (as Tesseract
 * groups them) are set in one size, so a line within an eighth of its
 * paragraph's median takes the median and the layout sees one size where
 * the type has one. */
#define X_HEIGHT_EM 0.49
#define CAP_HEIGHT_EM 0.69
#define INK_HEIGHT_EM 0.72

/* The line's letters: how many are Latin lower case, Latin capitals
 * (digits with them), and of other scripts; and how many have ink just
 * above the x-height (capitals, digits, b d f h k l t, and lower-case
 * letters with an accent above). */
static void letter_cases(const oread *r, const oline *l, size_t *lower, size_t *upper, size_t *other,
                         size_t *above)
{
	size_t j;
	*lower = *upper = *other = *above = 0;
	for (j = l->first; j < l->first + l->n; j++) {
		const char *p;
		for (p = r->w[j].text; *p; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);
			if (c >= 0x250 && g_unichar_isalpha(c)) {
				(*other)++;
			} else if (g_unichar_islower(c)) {
				(*lower)++;
				*above += (c < 0x80 && strchr("bdfhklt", (int)c)) || (c >= 0xE0 && c != 0xE7 && c != 0xF7);
			} else if (g_unichar_isupper(c) || g_unichar_isdigit(c)) {
				(*upper)++;
				(*above)++;
			}
		}
	}
}

/* The black pixels of one row of a 1-bit image between x0 and x1
 * (inclusive), and in *runs how many separate runs they make. Leptonica
 * keeps the leftmost pixel in a word's most significant bit. */
static int row_ink(const l_uint32 *row, int x0, int x1, int *runs)
{
	int w0 = x0 / 32, w1 = x1 / 32, i, ink = 0, starts = 0;
	l_uint32 prev = 0;
	for (i = w0; i <= w1; i++) {
		l_uint32 w = row[i];
		if (i == w0)
			w &= 0xFFFFFFFFu >> (x0 % 32);
		if (i == w1)
			w &= 0xFFFFFFFFu << (31 - x1 % 32);
		ink += __builtin_popcount(w);
		/* a run starts at a black pixel whose left neighbour is white */
		starts += __builtin_popcount(w & ~((w >> 1) | (prev << 31)));
		prev = w & 1u;
	}
	*runs = starts;
	return ink;
}

#define MAX_ROWS 1024

/* Each line's zone height (ink_asc): the x-height zone (the cap height
 * of a line in capitals) for Latin script, the ink's whole height over
 * the baseline for others. */
static void ink_heights(oread *r, PIX *bin)
{
	l_int32 W, H, wpl;
	l_uint32 *data;
	size_t i;
	int runs[MAX_ROWS];
	if (!bin || ocrlib.pixGetDepth(bin) != 1)
		return;
	W = ocrlib.pixGetWidth(bin);
	H = ocrlib.pixGetHeight(bin);
	wpl = ocrlib.pixGetWpl(bin);
	data = ocrlib.pixGetData(bin);
	for (i = 0; i < r->nl; i++) {
		oline *l = &r->l[i];
		int x0 = l->x0 < 0 ? 0 : l->x0, x1 = l->x1 >= W ? W - 1 : l->x1;
		int base = (int)lround(l->base), rows, k, top, body, blank = 0;
		int v[MAX_ROWS];
		size_t lower, upper, other, above;
		if (!l->n || x1 <= x0 || base <= 1 || base > H || base <= l->y0)
			continue;
		rows = base - l->y0 + (base - l->y0) / 2;
		if (rows > MAX_ROWS)
			rows = MAX_ROWS;
		if (rows > base)
			rows = base;
		for (k = 0; k < rows; k++)
			row_ink(data + (size_t)(base - 1 - k) * (size_t)wpl, x0, x1, &runs[k]);
		letter_cases(r, l, &lower, &upper, &other, &above);
		if (other > lower + upper) {
			/* the ink's top: a row or two without two runs ends it
			 * (an accent or a dot is one) */
			for (k = 0, top = 0; k < rows; k++) {
				if (runs[k] >= 2) {
					top = k + 1;
					blank = 0;
				} else if (++blank >= 2 && top) {
					break;
				}
			}
			l->ink_asc = top;
			l->zone_em = INK_HEIGHT_EM;
			continue;
		}
		/* the runs of the letters' lower part (the lower half of the
		 * line's box above the baseline), and the zone where the rows
		 * reach the bar the line's letters say: above the x-height
		 * only the letters that rise above it have ink, so the count
		 * falls to their share of the letters; the bar is halfway
		 * between that share and all. The zone starts at its first
		 * row (a baseline a little low leaves rows without letters
		 * under it) and ends where two rows in a row miss the bar. */
		body = (base - l->y0) / 2;
		if (body < 2 || body > rows)
			continue;
		{
			int n = 0, a, b, t, start = -1, miss = 0;
			double share = lower + upper ? (double)above / (double)(lower + upper) : 0.3;
			double bar;
			for (k = 0; k < body; k++)
				if (runs[k] >= 2)
					v[n++] = runs[k];
			if (n < 2)
				continue;
			/* median by insertion sort: a few dozen rows */
			for (a = 1; a < n; a++)
				for (b = a; b > 0 && v[b - 1] > v[b]; b--)
					t = v[b], v[b] = v[b - 1], v[b - 1] = t;
			t = v[n / 2];
			/* a line in capitals: the zone is the cap height */
			if (upper > 4 * lower)
				share = 0;
			bar = t * (1 + share) / 2;
			for (k = 0, top = -1; k < rows; k++) {
				if (runs[k] >= bar) {
					if (start < 0)
						start = k;
					top = k;
					miss = 0;
				} else if (start >= 0 && ++miss >= 2) {
					break;
				}
			}
			if (start < 0)
				continue;
			top = top - start + 1;
		}
		l->ink_asc = top;
		l->zone_em = upper > 4 * lower ? CAP_HEIGHT_EM : X_HEIGHT_EM;
	}
}

/* A word whose box is the ascender or cap height of its type: Latin
 * letters with ascenders, capitals or digits, and nothing that reaches
 * below the baseline or above the capitals (descenders, accents,
 * brackets): a measure where the ink could not be read. */
static bool cap_height_word(const char *t)
{
	bool tall = false;
	for (; *t; t++) {
		unsigned char c = (unsigned char)*t;
		if (c >= 0x80 || strchr("gjpqyQ,;()[]{}|/@$", c))
			return false;
		if (strchr("bdhklABCDEFGHIJKLMNOPRSTUVWXYZ0123456789", c))
			tall = true;
	}
	return tall;
}

static size_t line_letters(const oread *r, const oline *l)
{
	size_t j, n = 0;
	for (j = l->first; j < l->first + l->n; j++) {
		const char *p;
		for (p = r->w[j].text; *p; p = g_utf8_next_char(p))
			n += g_unichar_isalnum(g_utf8_get_char(p)) != 0;
	}
	return n;
}

static void line_sizes(oread *r, double dpi)
{
	size_t i, j, k;
	size_t nv = r->nl + 1;
	double *v;
	for (i = 0; i < r->nl; i++)
		nv = r->l[i].n + 1 > nv ? r->l[i].n + 1 : nv;
	v = malloc(nv * sizeof *v);
	if (!v)
		return;
	for (i = 0; i < r->nl; i++) {
		oline *l = &r->l[i];
		double asc;
		/* a line Tesseract began without a word kept (its box unset) */
		if (!l->n)
			continue;
		if (l->ink_asc > 0) {
			l->size = l->ink_asc * 72.0 / dpi / l->zone_em;
			l->size = round(l->size * 4) / 4;
			continue;
		}
		/* the words that show the ascender height; else the words'
		 * heights over Tesseract's baseline; else the line's */
		for (j = l->first, k = 0; j < l->first + l->n; j++)
			if (cap_height_word(r->w[j].text))
				v[k++] = r->w[j].y1 - r->w[j].y0;
		if (!k)
			for (j = l->first; j < l->first + l->n; j++)
				if (r->w[j].asc > 0)
					v[k++] = r->w[j].asc;
		if (k) {
			qsort(v, k, sizeof *v, pm_cmp_double);
			asc = v[k / 2];
		} else {
			asc = l->asc > 0 ? l->asc : (l->y1 - l->y0) * 0.75;
		}
		l->size = asc * 72.0 / dpi / INK_HEIGHT_EM;
		l->size = round(l->size * 4) / 4;
	}
	for (i = 0; i < r->nl; i = j) {
		double med;
		for (j = i, k = 0; j < r->nl && r->l[j].para == r->l[i].para; j++)
			if (r->l[j].n)
				v[k++] = r->l[j].size;
		if (!k)
			continue;
		qsort(v, k, sizeof *v, pm_cmp_double);
		med = v[k / 2];
		/* a short line's measure rests on few letters ("June 2024",
		 * "finds" closing a title): it takes the paragraph's size when
		 * within a quarter of it */
		for (k = i; k < j; k++)
			if (fabs(r->l[k].size - med) <= med / (line_letters(r, &r->l[k]) < 12 ? 4 : 8))
				r->l[k].size = med;
	}
	free(v);
}

/* Words Tesseract made of specks (a scan's dust, a stamp's texture, the
 * grain at a margin): no letter or digit, and little confidence, or not
 * full confidence at the end of a line, where the grain of the margin is
 * read as a bar or a dot ("30 |"); punctuation that ends a line of text
 * is read with confidence. */
bool pdfo_speck(const char *text, float conf, bool line_end)
{
	const char *p;
	for (p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isalnum(c))
			return false;
	}
	return conf < 50 || (line_end && conf < 80);
}

/* The median gap between the words of a line, pixels. */
static double usual_space(const oread *r, const oline *l)
{
	double v[64];
	size_t j, n = 0;
	for (j = l->first + 1; j < l->first + l->n && n < 64; j++)
		v[n++] = r->w[j].x0 - r->w[j - 1].x1;
	if (!n)
		return 0;
	qsort(v, n, sizeof *v, pm_cmp_double);
	return v[n / 2];
}

static bool pl_rtl(const char *t)
{
	return pm_rtl_char(g_utf8_get_char(t));
}

/* Marks that end a sentence, a clause or a quotation. */
static bool closing_mark(gunichar c)
{
	return c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == 0x060C || c == 0x061B ||
	       c == 0x061F || c == 0x201D || c == 0x2019 || c == '"';
}

void pdfo_rtl_end_marks(char *s)
{
	const char *p = s;
	char run[64];
	size_t rl, n = strlen(s), k = 0;
	gunichar last = 0;
	while (*p && closing_mark(g_utf8_get_char(p)))
		p = g_utf8_next_char(p);
	rl = (size_t)(p - s);
	/* the marks open a word of right-to-left letters */
	if (!rl || rl >= sizeof run || !*p || !pm_rtl_char(g_utf8_get_char(p)))
		return;
	/* and the line does not end with a mark of its own already */
	{
		const char *e = s + n, *q = g_utf8_find_prev_char(s, e);
		if (q)
			last = g_utf8_get_char(q);
		if (closing_mark(last))
			return;
	}
	/* the marks in the reverse order: the line's end, read from the right */
	p = s + rl;
	while (p > s) {
		const char *q = g_utf8_find_prev_char(s, p);
		memcpy(run + k, q, (size_t)(p - q));
		k += (size_t)(p - q);
		p = q;
	}
	memmove(s, s + rl, n - rl);
	memcpy(s + n - rl, run, rl);
}

static bool add_lines(const oread *r, double dpi, pdfl_doc *out, pdfo_result *res)
{
	double k = 72.0 / dpi, confsum = 0;
	size_t i, j;
	GString *t = g_string_sized_new(256);
	for (i = 0; i < r->nl; i++) {
		const oline *l = &r->l[i];
		pdfl_line pl;
		size_t chars = 0, kept = 0;
		double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9, first_w = 0;
		const oword *first = NULL;
		g_string_truncate(t, 0);
		for (j = l->first; j < l->first + l->n; j++) {
			const oword *w = &r->w[j];
			if (pdfo_speck(w->text, w->conf, j + 1 == l->first + l->n))
				continue;
			/* A line whose first word is one character set apart by a
			 * tab-like gap opens with a list marker (a drawn bullet,
			 * which Tesseract reads as the letter it resembles, "e"),
			 * as read_page() marks it in a text layer: the gap becomes
			 * a tab, which tells layout.c so. Tab-like: over half an
			 * em, and twice the line's usual space (a justified line
			 * widens all of its spaces alike). */
			if (kept == 1 && first && g_utf8_strlen(first->text, -1) == 1 && !pl_rtl(first->text) &&
			    (w->x0 - first->x1) * k > 0.5 * l->size && w->x0 - first->x1 > 1.5 * usual_space(r, l))
				g_string_append_c(t, '\t');
			else if (t->len)
				g_string_append_c(t, ' ');
			if (!first)
				first = w;
			g_string_append(t, w->text);
			chars += (size_t)g_utf8_strlen(w->text, -1);
			confsum += w->conf;
			res->words++;
			if (!kept++)
				first_w = (w->x1 - w->x0) * k;
			if (w->x0 * k < x0)
				x0 = w->x0 * k;
			if (w->y0 * k < y0)
				y0 = w->y0 * k;
			if (w->x1 * k > x1)
				x1 = w->x1 * k;
			if (w->y1 * k > y1)
				y1 = w->y1 * k;
		}
		if (!kept)
			continue;
		res->chars += chars;
		memset(&pl, 0, sizeof pl);
		/* the top of the type (its ascender height over the baseline),
		 * where a rule or grain above the letters stretched the words'
		 * boxes */
		if (l->ink_asc > 0 && l->size > 0) {
			double top = l->base * k - 0.75 * l->size;
			if (top > y0 && top < y1)
				y0 = top;
		}
		pl.x0 = x0;
		pl.y0 = y0;
		pl.x1 = x1;
		pl.y1 = y1;
		pl.size = l->size;
		pl.bold = 0;
		pl.first_w = first_w;
		pl.char_w = chars ? (x1 - x0) / (double)chars : 0;
		{
			const char *p;
			for (p = t->str; *p; p = g_utf8_next_char(p)) {
				gunichar c = g_utf8_get_char(p);
				if (g_unichar_isalpha(c)) {
					pl.rtl = pm_rtl_char(c);
					break;
				}
			}
		}
		if (pl.rtl)
			pdfo_rtl_end_marks(t->str);
		pl.font = NULL;
		if (!pdfl_add_line(out, &pl, t->str, t->len)) {
			g_string_free(t, TRUE);
			return false;
		}
	}
	g_string_free(t, TRUE);
	res->confidence = res->words ? confsum / (double)res->words : 0;
	return true;
}

/* ---- choosing the languages -------------------------------------------- */

/* The script of the page by Tesseract's OSD, and how the page must turn
 * to be upright (degrees clockwise). Returns false when OSD could not
 * tell (too little text, no osd data). */
static bool detect_script(PIX *pix, double dpi, char *script, size_t n, int *turn)
{
	TessBaseAPI *osd;
	int deg = 0;
	float oconf = 0, sconf = 0;
	const char *name = NULL;
	bool ok = false;
	*turn = 0;
	script[0] = '\0';
	if (!have_osd || !(osd = engine_take("osd")))
		return false;
	ocrlib.TessBaseAPISetPageSegMode(osd, PSM_OSD_ONLY);
	ocrlib.TessBaseAPISetImage2(osd, pix);
	ocrlib.TessBaseAPISetSourceResolution(osd, (int)lround(dpi));
	if (ocrlib.TessBaseAPIDetectOrientationScript(osd, &deg, &oconf, &name, &sconf)) {
		/* Tesseract's own bar for trusting the verdict: a margin over
		 * the next candidate that its CLI reports as confident */
		if (name && sconf >= 1.0f)
			snprintf(script, n, "%s", name);
		if (oconf >= 5.0f && (deg == 90 || deg == 180 || deg == 270))
			*turn = deg;
		ok = true;
	}
	/* name points into the engine's own table (Tesseract 5: capi.h's
	 * advice to free it is older than the code, and freeing it corrupts
	 * the engine) */
	engine_give("osd", osd);
	return ok;
}

/* Model m; a model of another script than Latin gets English beside it,
 * for what releases in any language give in Latin letters (e-mail
 * addresses, sites, names). Beside a Latin-script model English would
 * take over words it reads more surely, bold ones most, and drop their
 * accents ("facturacion"): there, only addresses are read again with it
 * (reread_addresses). */
static void choose(pdfo_doc *o, int m)
{
	char langs[MAX_LANGS_STR];
	snprintf(langs, sizeof langs, "%s%s", models[m].tess,
	         strcmp(models[m].script, "Latin") && strcmp(models[m].tess, "eng") ? "+eng" : "");
	map_languages(o, langs);
}

/* The installed models of a script; Latin script gives English, to be
 * refined by a first reading (o->latin). */
static bool script_models(pdfo_doc *o, const char *script)
{
	size_t i;
	char want[32];
	snprintf(want, sizeof want, "%s", script);
	if (!strcmp(want, "Katakana") || !strcmp(want, "Hiragana"))
		snprintf(want, sizeof want, "Japanese");
	if (!*want)
		snprintf(want, sizeof want, "Latin");
	o->latin = !strcmp(want, "Latin");
	for (i = 0; i < NMODELS; i++)
		if (installed[i] && !strcmp(models[i].script, want)) {
			choose(o, (int)i);
			return true;
		}
	return false;
}

/* ---- reading a page ------------------------------------------------------ */

/* Recognise pix with the engine for langs; the words go to r, and the
 * heights of their letters too unless it is a quick look. */
static pdfo_status recognise_as(pdfo_doc *o, const char *langs, PIX *pix, double dpi, bool quick, int psm,
                                oread *r);

static pdfo_status recognise(pdfo_doc *o, const char *langs, PIX *pix, double dpi, bool quick, oread *r)
{
	return recognise_as(o, langs, pix, dpi, quick, PSM_AUTO, r);
}

/* Tesseract's cancel callback: whether the deadline (a pdfo_clock()
 * time) it was given has passed. */
static bool past_deadline(void *deadline, int words)
{
	(void)words;
	return pdfo_clock() >= *(const double *)deadline;
}

static pdfo_status recognise_as(pdfo_doc *o, const char *langs, PIX *pix, double dpi, bool quick, int psm,
                                oread *r)
{
	TessBaseAPI *api = engine_take(langs);
	ETEXT_DESC *mon;
	int rc;
	if (!api) {
		o->problem = "Tesseract could not load its language data";
		return PDFO_FAILED;
	}
	mon = ocrlib.TessMonitorCreate();
	if (!mon) {
		engine_give(langs, api);
		return PDFO_NO_MEMORY;
	}
	if (o->s.deadline > 0) {
		/* Tesseract's own deadline is on the wall clock: it asks
		 * past_deadline() after each word instead */
		if (o->s.deadline - pdfo_clock() <= 0.05) {
			ocrlib.TessMonitorDelete(mon);
			engine_give(langs, api);
			return PDFO_NO_TIME;
		}
		ocrlib.TessMonitorSetCancelFunc(mon, past_deadline);
		ocrlib.TessMonitorSetCancelThis(mon, &o->s.deadline);
	}
	ocrlib.TessBaseAPISetPageSegMode(api, (TessPageSegMode)psm);
	ocrlib.TessBaseAPISetImage2(api, pix);
	ocrlib.TessBaseAPISetSourceResolution(api, (int)lround(dpi));
	rc = ocrlib.TessBaseAPIRecognize(api, mon);
	ocrlib.TessMonitorDelete(mon);
	if (o->s.deadline > 0 && pdfo_clock() >= o->s.deadline) {
		engine_give(langs, api);
		return PDFO_NO_TIME;
	}
	if (rc != 0) {
		engine_give(langs, api);
		o->problem = "Tesseract could not read the page image";
		return PDFO_FAILED;
	}
	collect(api, r);
	if (!quick) {
		PIX *bin = ocrlib.TessBaseAPIGetThresholdedImage(api);
		ink_heights(r, bin);
		ocrlib.pixDestroy(&bin);
	}
	engine_give(langs, api);
	return r->oom ? PDFO_NO_MEMORY : PDFO_READ;
}

/* The text of a reading, for the language identifier. */
static char *plain_text(const oread *r)
{
	GString *t = g_string_new(NULL);
	size_t i, j;
	for (i = 0; i < r->nl && t->len < 6000; i++) {
		for (j = r->l[i].first; j < r->l[i].first + r->l[i].n; j++) {
			g_string_append(t, r->w[j].text);
			g_string_append_c(t, ' ');
		}
		g_string_append_c(t, '\n');
	}
	return g_string_free(t, FALSE);
}

/* The language of a Latin-script page, from a quick first reading: the
 * middle two fifths of the page at no more than 150 dpi, with English
 * (the model whose letters cover most of the others' words well enough to
 * tell the language by its short words), given to the record's own
 * language identifier. The page is then read with that language's model,
 * and with English beside it, whose characters ('@' among them) the other
 * models read less surely. */
static pdfo_status first_pass(pdfo_doc *o, PIX *pix, double dpi)
{
	double f = dpi > 150 ? 150 / dpi : 1;
	PIX *small = f < 1 ? ocrlib.pixScale(pix, (l_float32)f, (l_float32)f) : ocrlib.pixClone(pix), *band = NULL;
	oread r;
	pdfo_status st;
	char *text;
	const char *iso = NULL;
	int m;
	if (!small)
		return PDFO_NO_MEMORY;
	memset(&r, 0, sizeof r);
	/* a copy of the band: Tesseract 5.3 reads a page given a rectangle
	 * of it (SetRectangle) as noise */
	{
		BOX *b = ocrlib.boxCreate(0, ocrlib.pixGetHeight(small) * 3 / 10, ocrlib.pixGetWidth(small), ocrlib.pixGetHeight(small) * 4 / 10);
		if (b)
			band = ocrlib.pixClipRectangle(small, b, NULL);
		ocrlib.boxDestroy(&b);
	}
	st = band ? recognise(o, o->langs, band, dpi * f, true, &r) : PDFO_READ;
	if (st == PDFO_READ && r.nw < 30) {
		oread_free(&r);
		st = recognise(o, o->langs, small, dpi * f, true, &r);
	}
	ocrlib.pixDestroy(&band);
	ocrlib.pixDestroy(&small);
	if (st != PDFO_READ) {
		oread_free(&r);
		return st;
	}
	text = plain_text(&r);
	if (text && o->s.language)
		iso = o->s.language(o->s.user, text, strlen(text));
	g_free(text);
	oread_free(&r);
	m = iso ? model_by_iso(iso, strlen(iso)) : -1;
	if (m >= 0 && installed[m] && !strcmp(models[m].script, "Latin"))
		choose(o, m);
	return PDFO_READ;
}

/* Whether a word looks like an address read without its '@': letters on
 * both sides of an inner '.', no '@' (gabinete.prensaQOmapa.es). */
static bool address_shaped(const char *t)
{
	const char *dot = strrchr(t, '.');
	size_t n = strlen(t);
	if (strchr(t, '@') || n < 6 || n > 200 || !dot || dot == t || !dot[1])
		return false;
	return g_ascii_isalpha(dot[-1]) && g_ascii_isalpha(dot[1]);
}

char *pdfo_take_address(const char *word, const char *read)
{
	char s[256];
	const char *at;
	size_t pre, post, n = strlen(word), l;
	/* the reading without what the margin around the word gave it
	 * (a dash, a full stop) */
	while (*read && !g_ascii_isalnum(*read))
		read++;
	l = strlen(read);
	while (l && !g_ascii_isalnum(read[l - 1]))
		l--;
	if (!l || l >= sizeof s)
		return NULL;
	memcpy(s, read, l);
	s[l] = '\0';
	at = strchr(s, '@');
	if (!at || strchr(at + 1, '@'))
		return NULL;
	pre = (size_t)(at - s);
	post = strlen(at + 1);
	if (!pre || !post || pre + post >= n || strncmp(word, s, pre) != 0 || strcmp(word + n - post, at + 1) != 0)
		return NULL;
	return strdup(s);
}

/* The models of most Latin-script languages read an e-mail address's
 * '@' as "QO", "©" or "(@": a word shaped like an address without one is
 * read again, alone, by the English model, whose '@' is sure, and takes
 * that reading when it is the same address with its '@'. */
static void reread_addresses(pdfo_doc *o, PIX *pix, double dpi, oread *r)
{
	size_t i;
	unsigned tries = 0;
	if (!strcmp(o->langs, "eng") || !installed[model_by_tess("eng", 3)])
		return;
	for (i = 0; i < r->nw && tries < 20; i++) {
		oword *w = &r->w[i];
		int m = (w->y1 - w->y0) / 2;
		BOX *b;
		PIX *crop;
		oread one;
		if (!address_shaped(w->text))
			continue;
		tries++;
		b = ocrlib.boxCreate(w->x0 - m, w->y0 - m, w->x1 - w->x0 + 2 * m, w->y1 - w->y0 + 2 * m);
		crop = b ? ocrlib.pixClipRectangle(pix, b, NULL) : NULL;
		ocrlib.boxDestroy(&b);
		if (!crop)
			continue;
		memset(&one, 0, sizeof one);
		if (recognise_as(o, "eng", crop, dpi, true, PSM_SINGLE_WORD, &one) == PDFO_READ && one.nw == 1) {
			char *a = pdfo_take_address(w->text, one.w[0].text);
			if (a) {
				free(w->text);
				w->text = a;
			}
		}
		oread_free(&one);
		ocrlib.pixDestroy(&crop);
	}
}

/* Turn the page image upright by turn degrees (OSD's count, clockwise;
 * pixRotateOrth turns clockwise too) and straighten it: a sheet scanned
 * a little askew gives lines whose boxes are taller than their type and
 * overlap, and the layout's gaps and sizes would be noise, so the page is
 * turned back straight (leptonica's skew search, within its default 7
 * degrees) and read in that frame. The page's size follows a quarter
 * turn. False when memory runs out (*pix is then freed). */
static bool upright(PIX **pix, int turn, double *pw, double *ph)
{
	l_float32 angle = 0, conf = 0;
	PIX *straight;
	if (turn) {
		PIX *up = ocrlib.pixRotateOrth(*pix, (360 - turn) / 90);
		ocrlib.pixDestroy(pix);
		if (!up)
			return false;
		*pix = up;
		if (turn != 180) {
			double t = *pw;
			*pw = *ph;
			*ph = t;
		}
	}
	straight = ocrlib.pixDeskewGeneral(*pix, 0, 0, 0, 0, 0, &angle, &conf);
	if (straight) {
		ocrlib.pixDestroy(pix);
		*pix = straight;
	}
	return true;
}

static double mean_confidence(const oread *r)
{
	double sum = 0;
	size_t i;
	for (i = 0; i < r->nw; i++)
		sum += r->w[i].conf;
	return r->nw ? sum / (double)r->nw : 0;
}

/* Below this a reading may be of a page turned upside down: OSD is asked. */
#define DOUBTFUL_CONFIDENCE 70.0

/* Most of the reading's words are in blocks Tesseract found turned, or
 * written top to bottom: the page lies a quarter round. */
static bool read_turned(const oread *r)
{
	return r->turned * 2 > r->nw;
}

/* Whether the reading of the page turned upright (again) is to be taken
 * over the first one. A page lying a quarter round reads as surely as an
 * upright one, but in lines running down the page that the layout cannot
 * use: the upright reading is taken when it reads across the page, unless
 * it is clearly less sure (5 points of mean confidence). A page upside
 * down reads poorly, and its upright reading is taken when surer. */
static bool upright_is_better(const oread *first, const oread *again)
{
	if (!again->nw || read_turned(again))
		return false;
	if (read_turned(first))
		return mean_confidence(again) >= mean_confidence(first) - 5;
	return mean_confidence(again) > mean_confidence(first);
}

/* Fewer dark pixels than one short word at 8 points: a page without
 * ink (a blank page, white vector shapes) costs no reading. */
static size_t blank_ink(double dpi)
{
	return (size_t)(0.3 * (dpi / 72) * (dpi / 72) * 8 * 8 * 4);
}

/* The dark pixels of the grey page image outside the text layer's
 * character boxes (page points, k pixels a point), each widened by two
 * pixels for the edge of a glyph's ink; stops counting at limit. */
static size_t uncovered_ink(PIX *pix, const PopplerRectangle *covered, size_t n, double k, size_t limit)
{
	l_int32 W = ocrlib.pixGetWidth(pix), H = ocrlib.pixGetHeight(pix), wpl = ocrlib.pixGetWpl(pix), mwpl, x, y;
	PIX *mask = ocrlib.pixCreate(W, H, 1);
	l_uint32 *pd = ocrlib.pixGetData(pix), *md;
	size_t i, ink = 0;
	if (!mask)
		return limit;
	for (i = 0; i < n; i++) {
		const PopplerRectangle *r = &covered[i];
		double x0 = fmin(r->x1, r->x2) * k - 2, y0 = fmin(r->y1, r->y2) * k - 2;
		double x1 = fmax(r->x1, r->x2) * k + 2, y1 = fmax(r->y1, r->y2) * k + 2;
		BOX *b;
		if (!(x1 > 0 && y1 > 0 && x0 < W && y0 < H))
			continue;
		x0 = fmax(x0, 0);
		y0 = fmax(y0, 0);
		b = ocrlib.boxCreate((l_int32)x0, (l_int32)y0, (l_int32)ceil(fmin(x1, W) - x0), (l_int32)ceil(fmin(y1, H) - y0));
		if (b)
			ocrlib.pixSetInRect(mask, b);
		ocrlib.boxDestroy(&b);
	}
	md = ocrlib.pixGetData(mask);
	mwpl = ocrlib.pixGetWpl(mask);
	for (y = 0; y < H && ink < limit; y++) {
		const l_uint32 *line = pd + (size_t)y * (size_t)wpl, *mline = md + (size_t)y * (size_t)mwpl;
		for (x = 0; x < W; x++)
			ink += GET_DATA_BYTE(line, x) < 128 && !GET_DATA_BIT(mline, x);
	}
	ocrlib.pixDestroy(&mask);
	return ink;
}

pdfo_status pdfo_read_page(pdfo_doc *o, PopplerPage *page, const PopplerRectangle *covered, size_t ncovered,
                           pdfl_doc *out, pdfo_result *res)
{
	double pw = 0, ph = 0, dpi, t0 = now_s();
	size_t ink = 0;
	PIX *pix, *raw = NULL;
	oread r;
	int turn = 0;
	pdfo_status st;
	memset(res, 0, sizeof *res);
	memset(&r, 0, sizeof r);
	poppler_page_get_size(page, &pw, &ph);
	/* a page without area (an empty media box) shows nothing */
	if (!(pw > 0 && ph > 0))
		return PDFO_BLANK;
	if (!(pw < 1e7 && ph < 1e7))
		return PDFO_TOO_LARGE;
	dpi = page_dpi(o, page, pw, ph);
	/* the pixel limit lowers the resolution; below 50 dpi no type a
	 * release uses can be read, and the page is left alone */
	if (o->s.max_pixels && (pw * dpi / 72) * (ph * dpi / 72) > (double)o->s.max_pixels)
		dpi = 72 * sqrt((double)o->s.max_pixels / (pw * ph));
	if ((pw * dpi / 72) > 32767 || (ph * dpi / 72) > 32767)
		dpi = 72 * 32767 / (pw > ph ? pw : ph);
	if (dpi < 50)
		return PDFO_TOO_LARGE;
	if (o->s.deadline > 0 && pdfo_clock() >= o->s.deadline)
		return PDFO_NO_TIME;
	if (!ocrlib_load()) {
		o->problem = ocrlib_error;
		return PDFO_NO_ENGINE;
	}
	pix = render(page, dpi, pw, ph, &ink);
	if (!pix)
		return PDFO_NO_MEMORY;
	res->dpi = (unsigned)lround(dpi);
	/* a page without ink costs no reading, nor one whose only ink is
	 * its text layer's characters */
	if (ink < blank_ink(dpi) ||
	    (covered && ncovered && uncovered_ink(pix, covered, ncovered, dpi / 72, blank_ink(dpi)) < blank_ink(dpi))) {
		ocrlib.pixDestroy(&pix);
		return PDFO_BLANK;
	}
	/* The script (for the models) and the orientation come from OSD on
	 * the first page read; a later page is turned after its reading
	 * when that shows it turned (below): OSD takes a sixth of a page's
	 * time, and most pages stand upright. */
	if (!o->chosen) {
		char script[32];
		bool known = detect_script(pix, dpi, script, sizeof script, &turn);
		if (!script_models(o, known ? script : "")) {
			snprintf(o->why, sizeof o->why, "no Tesseract language data installed for the %s script", script);
			o->problem = o->why;
			ocrlib.pixDestroy(&pix);
			return PDFO_NO_MODEL;
		}
	} else if (have_osd) {
		raw = ocrlib.pixClone(pix);
	}
	if (!upright(&pix, turn, &pw, &ph)) {
		ocrlib.pixDestroy(&raw);
		return PDFO_NO_MEMORY;
	}
	res->rotated = turn;
	st = PDFO_READ;
	if (!o->chosen && o->latin)
		st = first_pass(o, pix, dpi);
	o->chosen = true;
	if (st == PDFO_READ)
		st = recognise(o, o->langs, pix, dpi, false, &r);
	/* Tesseract reads the lines of a page turned a quarter round as
	 * vertical text, in the frame of the turned page, which the layout
	 * cannot use (the scripts read here are never written top to
	 * bottom); a page turned upside down reads poorly. Either way OSD
	 * says how far to turn it, and the page is read again. */
	if (st == PDFO_READ && raw && (read_turned(&r) || mean_confidence(&r) < DOUBTFUL_CONFIDENCE)) {
		char script[32];
		turn = 0;
		detect_script(raw, dpi, script, sizeof script, &turn);
		if (turn) {
			double tw = pw, th = ph;
			PIX *turned = ocrlib.pixClone(raw);
			oread again;
			memset(&again, 0, sizeof again);
			if (turned && upright(&turned, turn, &tw, &th) &&
			    recognise(o, o->langs, turned, dpi, false, &again) == PDFO_READ &&
			    upright_is_better(&r, &again)) {
				oread_free(&r);
				r = again;
				ocrlib.pixDestroy(&pix);
				pix = turned;
				pw = tw;
				ph = th;
				res->rotated = turn;
			} else {
				oread_free(&again);
				ocrlib.pixDestroy(&turned);
			}
		}
	}
	ocrlib.pixDestroy(&raw);
	if (st == PDFO_READ)
		reread_addresses(o, pix, dpi, &r);
	ocrlib.pixDestroy(&pix);
	if (st == PDFO_READ) {
		line_sizes(&r, dpi);
		if (!pdfl_add_page(out, pw, ph) || !add_lines(&r, dpi, out, res))
			st = PDFO_NO_MEMORY;
	}
	oread_free(&r);
	res->seconds = now_s() - t0;
	return st;
}

#else /* !PDF_OCR: built without Tesseract (make OCR=0) */

bool pdfo_available(void)
{
	return false;
}

const char *pdfo_features(void)
{
	return "ocr: not available (built without Tesseract)";
}

const char *pdfo_version(void)
{
	return "";
}

pdfo_doc *pdfo_new(const pdfo_settings *s, const unsigned char *data, size_t len)
{
	(void)s;
	(void)data;
	(void)len;
	return NULL;
}

void pdfo_free(pdfo_doc *o)
{
	(void)o;
}

pdfo_status pdfo_read_page(pdfo_doc *o, PopplerPage *page, const PopplerRectangle *covered, size_t ncovered,
                           pdfl_doc *out, pdfo_result *r)
{
	(void)o;
	(void)page;
	(void)covered;
	(void)ncovered;
	(void)out;
	memset(r, 0, sizeof *r);
	return PDFO_FAILED;
}

const char *pdfo_languages(const pdfo_doc *o)
{
	(void)o;
	return "";
}

const char *pdfo_problem(const pdfo_doc *o)
{
	(void)o;
	return "built without Tesseract";
}

#endif
