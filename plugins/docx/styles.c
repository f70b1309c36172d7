/*
 * styles.c - styles.xml and numbering.xml for the DOCX plugin. A style's
 * meaning (Title, Subtitle, Heading n, Quote, Caption) is found by its
 * name and its id, in English and in the languages Word localises them to,
 * then inherited through basedOn chains together with outline levels,
 * numbering and the run properties (bold, italic, caps, size, alignment)
 * the normaliser weighs when it looks for a headline.
 */
#include "docx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int docx_onoff(const char *v)
{
	if (!v)
		return 1;
	if (!strcmp(v, "0") || !strcasecmp(v, "false") || !strcasecmp(v, "off") || !strcasecmp(v, "none"))
		return 0;
	return 1;
}

/* A whole number of a style's or a numbering's property, bounded at ±1000000 (docx_int_value). */
static int to_int(const char *v, int dflt)
{
	return docx_int_value(v, dflt, 1000000);
}

/* Lower-case ASCII and Latin-1 letters, drop spaces, '-' and '_', so that
 * "Heading 1", "heading1", "Überschrift 1", "Sous-titre" compare. */
static void fold_name(const char *s, char *out, size_t cap)
{
	size_t n = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p && n + 3 < cap) {
		if (*p == ' ' || *p == '-' || *p == '_') {
			p++;
			continue;
		}
		if (*p < 0x80) {
			out[n++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
			p++;
		} else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) {
			out[n++] = (char)0xC3;
			out[n++] = (char)(p[1] + 0x20);
			p += 2;
		} else {
			out[n++] = (char)*p++;
		}
	}
	out[n] = '\0';
}

int docx_classify_name(const char *name, int *level)
{
	/* Word's built-in names, then their usual localisations (the name in
	 * styles.xml is English for built-ins, but generators write local
	 * names and ids: "Titre", "Überschrift1", "Titel", "Título 1"). */
	static const char *const title[] = {"title", "titre", "titel", "t\xc3\xadtulo", "titulo",
	                                    "titolo", "tytu\xc5\x82", NULL};
	static const char *const subtitle[] = {"subtitle", "soustitre", "untertitel",
	                                       "subt\xc3\xadtulo", "subtitulo", "sottotitolo",
	                                       "ondertitel", "podtytu\xc5\x82", NULL};
	static const char *const heading[] = {"heading", "titre", "\xc3\xbc" "berschrift", "berschrift",
	                                      "t\xc3\xadtulo", "titulo", "titolo", "kop",
	                                      "encabezado", "nagl\xc3\xb3wek", "rubrik", "overskrift",
	                                      "otsikko", NULL};
	static const char *const quote[] = {"quote", "intensequote", "blocktext", "citation",
	                                    "citationintense", "zitat", "intensiveszitat", "cita",
	                                    "citadestacada", "citazione", "citazioneintensa", NULL};
	static const char *const caption[] = {"caption", "l\xc3\xa9gende", "legende", "beschriftung",
	                                      "epígrafe", "didascalia", "bijschrift", NULL};
	char f[128];
	size_t i, l;
	*level = 0;
	if (!name || !*name)
		return DCLS_NONE;
	fold_name(name, f, sizeof f);
	for (i = 0; title[i]; i++)
		if (!strcmp(f, title[i]))
			return DCLS_TITLE;
	for (i = 0; subtitle[i]; i++)
		if (!strcmp(f, subtitle[i]))
			return DCLS_SUBTITLE;
	for (i = 0; heading[i]; i++) {
		l = strlen(heading[i]);
		if (!strncmp(f, heading[i], l) && f[l] >= '1' && f[l] <= '9' && !f[l + 1]) {
			*level = f[l] - '0';
			if (*level > 6)
				*level = 6;
			return DCLS_HEADING;
		}
	}
	for (i = 0; quote[i]; i++)
		if (!strcmp(f, quote[i]))
			return DCLS_QUOTE;
	for (i = 0; caption[i]; i++)
		if (!strcmp(f, caption[i]))
			return DCLS_CAPTION;
	return DCLS_NONE;
}

static int jc_value(const char *v)
{
	if (!v)
		return -1;
	if (!strcmp(v, "center"))
		return 'c';
	if (!strcmp(v, "right") || !strcmp(v, "end"))
		return 'r';
	return 'l';
}

/* ---- styles.xml -------------------------------------------------------- */

enum { SC_NONE, SC_DEFAULTS_R, SC_DEFAULTS_P, SC_STYLE_P, SC_STYLE_R };

static docx_style *new_style(docx_styles *s)
{
	docx_style *st;
	if (s->n == s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 64;
		docx_style *nv;
		if (nc > 100000)
			return NULL;
		nv = realloc(s->v, nc * sizeof *nv);
		if (!nv)
			return NULL;
		s->v = nv;
		s->cap = nc;
	}
	st = &s->v[s->n++];
	memset(st, 0, sizeof *st);
	st->b = st->i = st->caps = st->sz = st->jc = st->outline = st->num_id = st->ilvl = st->vanish = -1;
	return st;
}

static int by_id_cmp(const void *a, const void *b)
{
	const docx_style *x = *(const docx_style *const *)a, *y = *(const docx_style *const *)b;
	return strcmp(x->id, y->id);
}

const docx_style *docx_style_find(const docx_styles *s, const char *id)
{
	size_t lo = 0, hi = s->n;
	if (!id || !s->by_id)
		return NULL;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(id, s->by_id[mid]->id);
		if (!c)
			return s->by_id[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Resolve each style through its basedOn chain (cycles and absurd depths
 * stop the walk: the chain is data, not a promise). */
static void resolve(docx_styles *s)
{
	size_t i;
	s->by_id = malloc((s->n ? s->n : 1) * sizeof *s->by_id);
	if (!s->by_id)
		return;
	for (i = 0; i < s->n; i++)
		s->by_id[i] = &s->v[i];
	if (s->n > 1)
		qsort(s->by_id, s->n, sizeof *s->by_id, by_id_cmp);
	for (i = 0; i < s->n; i++) {
		docx_style *st = &s->v[i];
		const docx_style *c = st;
		int hops = 0;
		st->rb = st->ri = st->rcaps = st->rsz = st->rjc = st->routline = st->rnum_id = st->rilvl = st->rvanish = -1;
		st->rcls = DCLS_NONE;
		st->rcls_level = 0;
		while (c && hops++ < 32) {
#define INH(f, r) if (st->r < 0 && c->f >= 0) st->r = c->f
			INH(b, rb);
			INH(i, ri);
			INH(caps, rcaps);
			INH(sz, rsz);
			INH(jc, rjc);
			INH(outline, routline);
			INH(num_id, rnum_id);
			INH(ilvl, rilvl);
			/* docx.hidden_text_style: the nearest style of the chain
			 * that writes w:vanish decides (a derived style's
			 * w:val="0" shows what its base hid, as Word does) */
			INH(vanish, rvanish);
#undef INH
			if (st->rcls == DCLS_NONE && c->cls != DCLS_NONE) {
				st->rcls = c->cls;
				st->rcls_level = c->cls_level;
			}
			c = c->based_on ? docx_style_find(s, c->based_on) : NULL;
			if (c == st)
				break;
		}
		if (st->kind == 'p' && st->is_default && !s->default_para)
			s->default_para = st;
	}
}

/* What the reading of styles.xml knows between two events. */
typedef struct styles_read {
	docx_styles *s;
	int ctx, ctx_depth;    /* SC_*: which run or paragraph properties are open */
	docx_style *cur;       /* the style being read, while its element is open */
	int cur_depth;
} styles_read;

static void styles_end(docx_sax *sx, int depth)
{
	styles_read *rd = docx_sax_user(sx);
	if (depth == rd->ctx_depth) {
		rd->ctx = SC_NONE;
		rd->ctx_depth = -1;
	}
	if (depth == rd->cur_depth) {
		rd->cur = NULL;
		rd->cur_depth = -1;
	}
}

/* A style element: its kind, default flag and id, classified by id. */
static void style_open(docx_sax *sx, styles_read *rd, const docx_elem *el)
{
	docx_styles *s = rd->s;
	docx_style *cur = new_style(s);
	const char *v;
	char *id;
	rd->cur = cur;
	if (!cur) {
		docx_sax_halt(sx);
		return;
	}
	rd->cur_depth = el->empty ? -1 : el->depth;
	v = docx_elem_attr(el, DNS_W, "type");
	cur->kind = v && !strcmp(v, "paragraph") ? 'p' : v && !strcmp(v, "character") ? 'c' : 'o';
	v = docx_elem_attr(el, DNS_W, "default");
	cur->is_default = v && docx_onoff(v);
	v = docx_elem_attr(el, DNS_W, "styleId");
	id = strdup(v ? v : "");
	if (!id) {
		s->n--;
		rd->cur = NULL;
		docx_sax_halt(sx);
		return;
	}
	cur->id = id;
	if (cur->kind == 'p')
		cur->cls = docx_classify_name(cur->id, &cur->cls_level);
	if (rd->cur_depth < 0)
		rd->cur = NULL;
}

static void styles_start(docx_sax *sx, const docx_elem *el)
{
	styles_read *rd = docx_sax_user(sx);
	docx_styles *s = rd->s;
	docx_style *cur = rd->cur;
	const char *ln = el->local, *v;
	int depth = el->depth;
	if (el->ns != DNS_W)
		return;
	if (!strcmp(ln, "latentStyles") || !strcmp(ln, "tblStylePr") || !strcmp(ln, "rPrChange") ||
	    !strcmp(ln, "pPrChange")) {
		/* conditional or superseded formatting: not the style's own */
		docx_sax_skip(sx, el);
		return;
	}
	if (!strcmp(ln, "style")) {
		style_open(sx, rd, el);
		return;
	}
	if (!strcmp(ln, "rPrDefault")) {
		rd->ctx = SC_DEFAULTS_R;
		rd->ctx_depth = depth;
		return;
	}
	if (!strcmp(ln, "pPrDefault")) {
		rd->ctx = SC_DEFAULTS_P;
		rd->ctx_depth = depth;
		return;
	}
	if (cur && (!strcmp(ln, "rPr") || !strcmp(ln, "pPr")) && !el->empty && depth == rd->cur_depth + 1) {
		rd->ctx = ln[0] == 'r' ? SC_STYLE_R : SC_STYLE_P;
		rd->ctx_depth = depth;
		return;
	}
	v = docx_elem_attr(el, DNS_W, "val");
	if (cur && depth == rd->cur_depth + 1) {
		if (!strcmp(ln, "name") && v) {
			int c, lvl;
			free(cur->name);
			cur->name = strdup(v);
			if (cur->kind == 'p' && (c = docx_classify_name(v, &lvl)) != DCLS_NONE) {
				cur->cls = c;
				cur->cls_level = lvl;
			}
		} else if (!strcmp(ln, "basedOn") && v) {
			free(cur->based_on);
			cur->based_on = strdup(v);
		}
		return;
	}
	if (rd->ctx == SC_DEFAULTS_R) {
		if (!strcmp(ln, "sz") && to_int(v, 0) > 0)
			s->def_sz = to_int(v, 20);
		else if (!strcmp(ln, "b"))
			s->def_b = docx_onoff(v);
		else if (!strcmp(ln, "i"))
			s->def_i = docx_onoff(v);
		else if (!strcmp(ln, "vanish"))
			s->def_vanish = docx_onoff(v);
	} else if (rd->ctx == SC_DEFAULTS_P) {
		if (!strcmp(ln, "jc"))
			s->def_jc = jc_value(v);
	} else if (cur && rd->ctx == SC_STYLE_R) {
		if (!strcmp(ln, "b"))
			cur->b = docx_onoff(v);
		else if (!strcmp(ln, "i"))
			cur->i = docx_onoff(v);
		else if (!strcmp(ln, "caps"))
			cur->caps = docx_onoff(v);
		else if (!strcmp(ln, "vanish"))
			cur->vanish = docx_onoff(v);
		else if (!strcmp(ln, "sz") && to_int(v, 0) > 0)
			cur->sz = to_int(v, 0);
	} else if (cur && rd->ctx == SC_STYLE_P) {
		if (!strcmp(ln, "outlineLvl"))
			cur->outline = to_int(v, 9);
		else if (!strcmp(ln, "jc"))
			cur->jc = jc_value(v);
		else if (!strcmp(ln, "numId"))
			cur->num_id = to_int(v, 0);
		else if (!strcmp(ln, "ilvl"))
			cur->ilvl = to_int(v, 0);
	}
}

/* styles.xml is read through SAX: most of a Word styles part is latent
 * styles and table conditional formatting, which a tree-building reader
 * would build nodes for only to skip them. */
void docx_styles_load(docx_ctx *x, docx_styles *s, const char *part)
{
	/* styles_start skips these at any depth, before looking at anything
	 * else: most of the part's bytes, never parsed (zipio.c) */
	static const char *const skipped[] = {"latentStyles", "tblStylePr", NULL};
	static const docx_sax_events ev = {.start = styles_start, .end = styles_end, .skipped = skipped};
	styles_read rd = {s, SC_NONE, -1, NULL, -1};
	s->def_b = s->def_i = s->def_vanish = 0;
	s->def_sz = 20; /* Word's default when docDefaults says nothing: 10 pt */
	s->def_jc = 'l';
	if (docx_sax_parse(x, part, &ev, &rd) == DOCX_SAX_UNOPENED)
		return;
	/* A broken styles part costs the styles, not the document. */
	if (x->status == PM_ERR_CORRUPT) {
		x->status = PM_OK;
		x->stop = false;
		x->msg[0] = '\0';
		pm_host_warn(x->host, x->sink, "docx.styles", PM_EFFECT_PARTIAL,
		             "styles.xml could not be read: default styles used");
	}
	resolve(s);
}

void docx_styles_free(docx_styles *s)
{
	size_t i;
	for (i = 0; i < s->n; i++) {
		free(s->v[i].id);
		free(s->v[i].name);
		free(s->v[i].based_on);
	}
	free(s->v);
	free(s->by_id);
	memset(s, 0, sizeof *s);
}

/* ---- numbering.xml ----------------------------------------------------- */

static bool push_int2(int **a, int **b, size_t *n, size_t *cap, int va, int vb)
{
	if (*n >= 100000)
		return false;
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 16;
		int *na, *nb;
		na = realloc(*a, nc * sizeof *na);
		if (!na)
			return false;
		*a = na;
		nb = realloc(*b, nc * sizeof *nb);
		if (!nb)
			return false;
		*b = nb;
		*cap = nc;
	}
	(*a)[*n] = va;
	(*b)[*n] = vb;
	(*n)++;
	return true;
}

static int order_cmp(const void *a, const void *b)
{
	const docx_id_index *x = a, *y = b;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->at < y->at ? 1 : x->at > y->at ? -1 : 0;
}

/* The ids with their positions, sorted by id, the later definition of an
 * id first. */
static docx_id_index *id_order(const int *ids, size_t n)
{
	docx_id_index *o = malloc((n ? n : 1) * sizeof *o);
	size_t i;
	if (!o)
		return NULL;
	for (i = 0; i < n; i++) {
		o[i].id = ids[i];
		o[i].at = i;
	}
	qsort(o, n, sizeof *o, order_cmp);
	return o;
}

/* The position of the last definition of id, or n when there is none. */
static size_t id_find(const docx_id_index *order, size_t n, int id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (order[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && order[lo].id == id ? order[lo].at : n;
}

/* What the reading of numbering.xml knows between two events. */
typedef struct numbering_read {
	docx_numbering *nb;
	int cur_abs, cur_num, cur_lvl;
	bool fmt_none, text_empty;
	int abs_depth, num_depth, lvl_depth;
} numbering_read;

static void numbering_end(docx_sax *sx, int depth)
{
	numbering_read *rd = docx_sax_user(sx);
	docx_numbering *nb = rd->nb;
	if (depth == rd->lvl_depth) {
		/* a level that shows neither number nor bullet */
		if (rd->fmt_none && rd->text_empty && rd->cur_lvl >= 0 && rd->cur_lvl < 9 && nb->nabs &&
		    nb->abs_ids[nb->nabs - 1] == rd->cur_abs)
			nb->abs_none[nb->nabs - 1] |= 1u << rd->cur_lvl;
		rd->lvl_depth = -1;
	} else if (depth == rd->abs_depth) {
		rd->abs_depth = -1;
		rd->cur_abs = -1;
	} else if (depth == rd->num_depth) {
		rd->num_depth = -1;
		rd->cur_num = -1;
	}
}

static void numbering_start(docx_sax *sx, const docx_elem *el)
{
	numbering_read *rd = docx_sax_user(sx);
	docx_numbering *nb = rd->nb;
	const char *ln = el->local, *v;
	if (el->ns != DNS_W)
		return;
	if (!strcmp(ln, "abstractNum")) {
		rd->cur_abs = to_int(docx_elem_attr(el, DNS_W, "abstractNumId"), -1);
		if (!el->empty)
			rd->abs_depth = el->depth;
		if (!push_int2(&nb->abs_ids, (int **)&nb->abs_none, &nb->nabs, &nb->cap_abs, rd->cur_abs, 0))
			docx_sax_halt(sx);
	} else if (!strcmp(ln, "lvl") && rd->cur_abs >= 0) {
		rd->cur_lvl = to_int(docx_elem_attr(el, DNS_W, "ilvl"), -1);
		rd->fmt_none = false;
		rd->text_empty = false;
		if (!el->empty)
			rd->lvl_depth = el->depth;
	} else if (!strcmp(ln, "numFmt") && rd->lvl_depth >= 0) {
		v = docx_elem_attr(el, DNS_W, "val");
		rd->fmt_none = v && !strcmp(v, "none");
	} else if (!strcmp(ln, "lvlText") && rd->lvl_depth >= 0) {
		v = docx_elem_attr(el, DNS_W, "val");
		rd->text_empty = !v || !*v;
	} else if (!strcmp(ln, "num")) {
		rd->cur_num = to_int(docx_elem_attr(el, DNS_W, "numId"), -1);
		if (!el->empty)
			rd->num_depth = el->depth;
	} else if (!strcmp(ln, "abstractNumId") && rd->cur_num >= 0 && el->depth == rd->num_depth + 1) {
		if (!push_int2(&nb->num_ids, &nb->num_abs, &nb->nnum, &nb->cap_num, rd->cur_num,
		               to_int(docx_elem_attr(el, DNS_W, "val"), -1)))
			docx_sax_halt(sx);
	} else if (!strcmp(ln, "lvlOverride") || !strcmp(ln, "numPicBullet")) {
		docx_sax_skip(sx, el);
	}
}

void docx_numbering_load(docx_ctx *x, docx_numbering *nb, const char *part)
{
	static const docx_sax_events ev = {.start = numbering_start, .end = numbering_end};
	numbering_read rd = {nb, -1, -1, -1, false, false, -1, -1, -1};
	/* present from the opening on, as when it was read by the tree reader */
	if (docx_sax_parse(x, part, &ev, &rd) == DOCX_SAX_UNOPENED)
		return;
	nb->present = true;
	nb->num_order = id_order(nb->num_ids, nb->nnum);
	nb->abs_order = id_order(nb->abs_ids, nb->nabs);
	if (!nb->num_order || !nb->abs_order)
		nb->present = false; /* out of memory: lists guessed */
	if (x->status == PM_ERR_CORRUPT) {
		x->status = PM_OK;
		x->stop = false;
		x->msg[0] = '\0';
		nb->present = false;
		pm_host_warn(x->host, x->sink, "docx.numbering", PM_EFFECT_PARTIAL,
		             "numbering.xml could not be read: lists guessed");
	}
}

void docx_numbering_free(docx_numbering *nb)
{
	free(nb->num_ids);
	free(nb->num_abs);
	free(nb->abs_ids);
	free(nb->abs_none);
	free(nb->num_order);
	free(nb->abs_order);
	memset(nb, 0, sizeof *nb);
}

bool docx_numbering_is_list(const docx_numbering *nb, int num_id, int ilvl)
{
	size_t i, j;
	if (num_id <= 0)
		return false;
	if (!nb || !nb->present)
		return true;
	/* the last definition of the num, then of its abstract num */
	i = id_find(nb->num_order, nb->nnum, num_id);
	if (i == nb->nnum)
		return false; /* a numId that numbering.xml does not define shows nothing */
	j = id_find(nb->abs_order, nb->nabs, nb->num_abs[i]);
	if (j == nb->nabs)
		return true;
	return !(ilvl >= 0 && ilvl < 9 && (nb->abs_none[j] & (1u << ilvl)));
}

