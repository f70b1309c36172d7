/*
 * sniff.c - what a document is when it is not a press release format:
 * text that is not prose (HTML, XML, RTF, JSON, CSV/TSV, source code and
 * serialised data) and the common binary formats, each with a name a user
 * recognises. Two users, on either side of the plugin wall, hence a member
 * of the kit: the txt plugin bids only on prose (pm_sniff_text() says
 * what else a text is), and the core names what it saw when no plugin
 * bids (pm_sniff_describe(), for the unsupported_format message).
 *
 * Every rule reads only the head a probe sees (PM_PROBE_BYTES) and states
 * the convention it relies on; none looks at the file name. The one
 * reader of a name here, pm_name_ext(), is the plugins' name hint: a
 * probe that already bids on the content adds PM_BID_NAME_HINT by it.
 */
#include "kit.h"

#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *pm_sniff_kind_name(int kind)
{
	switch (kind) {
	case PM_SNIFF_HTML: return "HTML (a web page)";
	case PM_SNIFF_XML: return "XML";
	case PM_SNIFF_RTF: return "RTF (rich text format)";
	case PM_SNIFF_JSON: return "JSON data";
	case PM_SNIFF_CSV: return "CSV (a table of separated values)";
	case PM_SNIFF_TSV: return "TSV (a table of tab-separated values)";
	case PM_SNIFF_CODE: return "source code or serialised data";
	default: return "prose";
	}
}

/* ---- helpers on the ASCII view ------------------------------------------ */

/* What the passes below look for in a byte, one table read instead of a
 * chain of comparisons: the sniff reads every byte of every text file's
 * head, several times. */
enum {
	SN_SPACE = 1,   /* ' ' \t \r \n \f \v */
	SN_TABLE = 2,   /* what pm_sn_table() counts: '"', '\n', ',', ';', '\t' */
	SN_SYNTAX = 4,  /* what pm_sn_code() counts: brackets, '"', '=' */
};

static const unsigned char pm_sn_class[256] = {
	['\t'] = SN_SPACE | SN_TABLE, ['\n'] = SN_SPACE | SN_TABLE, ['\v'] = SN_SPACE,
	['\f'] = SN_SPACE, ['\r'] = SN_SPACE, [' '] = SN_SPACE,
	['"'] = SN_TABLE | SN_SYNTAX, [','] = SN_TABLE, [';'] = SN_TABLE,
	['['] = SN_SYNTAX, [']'] = SN_SYNTAX, ['('] = SN_SYNTAX, [')'] = SN_SYNTAX,
	['{'] = SN_SYNTAX, ['}'] = SN_SYNTAX, ['<'] = SN_SYNTAX, ['>'] = SN_SYNTAX,
	['='] = SN_SYNTAX,
};

static bool pm_sn_space(char c)
{
	return pm_sn_class[(unsigned char)c] & SN_SPACE;
}

static bool pm_sn_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool pm_sn_prefix(const char *s, size_t n, const char *p)
{
	size_t l = strlen(p);
	return n >= l && !strncasecmp(s, p, l);
}

static const char *pm_sn_find(const char *s, size_t n, const char *needle)
{
	size_t l = strlen(needle), i;
	for (i = 0; l <= n && i <= n - l; i++)
		if (!strncasecmp(s + i, needle, l))
			return s + i;
	return NULL;
}

/* ---- markup: HTML and XML ----------------------------------------------- */

/* HTML's own element names (HTML Living Standard); a tag with one of
 * these names is HTML, any other tag is XML. */
static bool pm_sn_html_name(const char *s, size_t l)
{
	static const char *const names[] = {
		"html", "head", "body", "title", "meta", "link", "script", "style", "div", "span",
		"p", "a", "br", "hr", "img", "table", "tr", "td", "th", "thead", "tbody", "ul", "ol",
		"li", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "section",
		"article", "header", "footer", "nav", "main", "aside", "figure", "figcaption", "form",
		"input", "button", "iframe", "noscript", "blockquote", "pre", "code", "font", "center",
		"small", "sup", "sub", "label", "select", "option", "svg", NULL};
	size_t k;
	for (k = 0; names[k]; k++)
		if (strlen(names[k]) == l && !strncasecmp(s, names[k], l))
			return true;
	return false;
}

/* Tags in the text: how many, how many name HTML elements, and how many
 * bytes they cover. A tag is '<' [/!?] letter ... '>' on one line. */
static void pm_sn_tags(const char *s, size_t n, size_t *tags, size_t *html, size_t *bytes)
{
	size_t i = 0;
	*tags = *html = *bytes = 0;
	while (i < n) {
		size_t j, name, nl;
		const char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		i = (size_t)(lt - s);
		j = i + 1;
		if (j < n && (s[j] == '/' || s[j] == '!' || s[j] == '?'))
			j++;
		if (j >= n || !pm_sn_alpha(s[j])) {
			i++;
			continue;
		}
		name = j;
		while (j < n && (pm_sn_alpha(s[j]) || (s[j] >= '0' && s[j] <= '9') || s[j] == ':' ||
		                 s[j] == '-'))
			j++;
		nl = j - name;
		while (j < n && s[j] != '>' && s[j] != '<' && s[j] != '\n')
			j++;
		if (j >= n || s[j] != '>') {
			i = j;
			continue;
		}
		(*tags)++;
		if (pm_sn_html_name(s + name, nl))
			(*html)++;
		*bytes += j + 1 - i;
		i = j + 1;
	}
}

/* A line of one character repeated, '=' or '-' (three or more, spaces
 * allowed around): a Setext heading's underline or a plain text's rule. */
static bool pm_sn_rule_line(const char *s, size_t l)
{
	size_t k;
	if (l < 3 || (s[0] != '=' && s[0] != '-'))
		return false;
	for (k = 1; k < l; k++)
		if (s[k] != s[0])
			return false;
	return true;
}

/* Convention md.html_blocks: Markdown lets HTML blocks stand between its
 * own lines (a centred logo, "<p align=\"center\">", a comment, as
 * READMEs and release drafts do), so a text with a Markdown heading, an
 * ATX one ("# Title", "## About us") or a Setext one (a line of text
 * underlined with '=' or '-'), is Markdown however many tags it holds;
 * HTML writes its headings as <h1>. */
static bool pm_sn_markdown_heading(const char *t, size_t n)
{
	size_t i = 0, prev_len = 0;
	while (i < n) {
		const char *nl = memchr(t + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - t) : n, a = i, b, h = 0;
		while (a < e && a - i < 3 && t[a] == ' ')
			a++;
		b = e;
		while (b > a && pm_sn_space(t[b - 1]))
			b--;
		while (a + h < b && h < 7 && t[a + h] == '#')
			h++;
		if (h >= 1 && h <= 6 && a + h + 1 < b && t[a + h] == ' ' && pm_sn_alpha(t[a + h + 1]))
			return true;
		if (prev_len && pm_sn_rule_line(t + a, b - a))
			return true;
		prev_len = b > a && t[a] != '<' ? b - a : 0;
		i = e + 1;
	}
	return false;
}

/*
 * Markup by its opening (the XML declaration, a document type, the html
 * element), or by its share of the text: a text whose first non-blank
 * character opens a tag and whose tags are a quarter of it is markup, as
 * is any text whose tags are a fifth of it with at least eight HTML
 * elements (an HTML fragment). Markdown with a few inline tags (<br>,
 * <sup>) stays prose.
 */
static int pm_sn_markup(const char *t, size_t n, size_t nonspace)
{
	size_t tags, html, bytes;
	const char *p = t;
	size_t m = n;
	if (pm_sn_prefix(p, m, "<?xml")) {
		const char *h = pm_sn_find(p, m, "<html");
		const char *d = pm_sn_find(p, m, "<!doctype html");
		return h || d ? PM_SNIFF_HTML : PM_SNIFF_XML;
	}
	while (pm_sn_prefix(p, m, "<!--")) {
		const char *e = pm_sn_find(p, m, "-->");
		if (!e)
			break;
		m -= (size_t)(e + 3 - p);
		p = e + 3;
		while (m && pm_sn_space(*p))
			p++, m--;
	}
	if (pm_sn_prefix(p, m, "<!doctype html") || pm_sn_prefix(p, m, "<html") ||
	    pm_sn_prefix(p, m, "<head") || pm_sn_prefix(p, m, "<body"))
		return PM_SNIFF_HTML;
	if (pm_sn_prefix(p, m, "<!doctype"))
		return pm_sn_find(p, m, "<html") ? PM_SNIFF_HTML : PM_SNIFF_XML;
	pm_sn_tags(t, n, &tags, &html, &bytes);
	if (!nonspace || pm_sn_markdown_heading(t, n))
		return PM_SNIFF_PROSE;
	if (m && *p == '<' && tags >= 3 && bytes * 4 >= nonspace)
		return html * 2 >= tags ? PM_SNIFF_HTML : PM_SNIFF_XML;
	if (html >= 8 && bytes * 5 >= nonspace)
		return PM_SNIFF_HTML;
	return PM_SNIFF_PROSE;
}

/* ---- JSON ----------------------------------------------------------------- */

/* RFC 8259's grammar over the head: 1 a whole value, 2 a value cut by the
 * end of the head with no error so far, 0 not JSON. *tokens counts the
 * values and keys read. */
static int pm_sn_json_value(const char *s, size_t n, size_t *i, int depth,
                                   unsigned *tokens);

static void pm_sn_ws(const char *s, size_t n, size_t *i)
{
	while (*i < n && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\r' || s[*i] == '\n'))
		(*i)++;
}

static int pm_sn_json_string(const char *s, size_t n, size_t *i)
{
	(*i)++;
	while (*i < n) {
		unsigned char c = (unsigned char)s[*i];
		if (c == '"') {
			(*i)++;
			return 1;
		}
		if (c < 0x20)
			return 0;
		*i += c == '\\' ? 2 : 1;
	}
	return 2;
}

static int pm_sn_json_container(const char *s, size_t n, size_t *i, int depth,
                                       unsigned *tokens)
{
	char close = s[*i] == '{' ? '}' : ']';
	bool object = close == '}', first = true;
	(*i)++;
	for (;;) {
		int r;
		pm_sn_ws(s, n, i);
		if (*i >= n)
			return 2;
		if (first && s[*i] == close) {
			(*i)++;
			return 1;
		}
		if (object) {
			if (s[*i] != '"')
				return 0;
			r = pm_sn_json_string(s, n, i);
			if (r != 1)
				return r;
			(*tokens)++;
			pm_sn_ws(s, n, i);
			if (*i >= n)
				return 2;
			if (s[*i] != ':')
				return 0;
			(*i)++;
		}
		r = pm_sn_json_value(s, n, i, depth + 1, tokens);
		if (r != 1)
			return r;
		pm_sn_ws(s, n, i);
		if (*i >= n)
			return 2;
		if (s[*i] == close) {
			(*i)++;
			return 1;
		}
		if (s[*i] != ',')
			return 0;
		(*i)++;
		first = false;
	}
}

static int pm_sn_json_value(const char *s, size_t n, size_t *i, int depth,
                                   unsigned *tokens)
{
	static const char *const words[] = {"true", "false", "null"};
	size_t k;
	pm_sn_ws(s, n, i);
	if (*i >= n)
		return 2;
	if (depth > 64)
		return 2; /* deeper than a probe cares to look: no error so far */
	(*tokens)++;
	if (s[*i] == '{' || s[*i] == '[')
		return pm_sn_json_container(s, n, i, depth, tokens);
	if (s[*i] == '"')
		return pm_sn_json_string(s, n, i);
	if (s[*i] == '-' || (s[*i] >= '0' && s[*i] <= '9')) {
		size_t start = *i;
		while (*i < n && strchr("0123456789+-.eE", s[*i]))
			(*i)++;
		return *i > start ? 1 : 0;
	}
	for (k = 0; k < 3; k++) {
		size_t l = strlen(words[k]);
		if (n - *i < l)
			return strncmp(s + *i, words[k], n - *i) ? 0 : 2;
		if (!strncmp(s + *i, words[k], l)) {
			*i += l;
			return 1;
		}
	}
	return 0;
}

/* JSON opens with an object or an array and follows the grammar for as
 * far as the head goes; "[Embargoed]" or "{draft}" fail at once. */
static bool pm_sn_json(const char *t, size_t n)
{
	size_t i = 0;
	unsigned tokens = 0;
	int r;
	if (!n || (t[0] != '{' && t[0] != '['))
		return false;
	r = pm_sn_json_value(t, n, &i, 0, &tokens);
	return r == 1 || (r == 2 && tokens >= 3);
}

/* ---- delimited tables: CSV and TSV ---------------------------------------- */

/*
 * RFC 4180's shape: records of the same number of fields. Delimiters
 * inside double quotes do not count, and a quoted field may span lines.
 * A table is at least four records, four in five of them (the first, the
 * header, among them) with the same count of at least three fields (two
 * with tabs, which prose does not put inside lines). The last record is
 * left out when the head cuts it.
 */
static int pm_sn_table(const char *t, size_t n, bool cut)
{
	static const char delims[] = {',', ';', '\t'};
	enum { MAXREC = 64, NDELIMS = sizeof delims };
	/* Records end at the same newlines whatever the delimiter (quotes and
	 * line ends decide them), so one pass counts the three delimiters'
	 * fields of every record. */
	unsigned counts[NDELIMS][MAXREC], nrec = 0, cur[NDELIMS] = {0};
	bool inq = false, content = false;
	size_t i, d;
	for (i = 0; i < n && nrec < MAXREC; i++) {
		char c = t[i];
		if (!(pm_sn_class[(unsigned char)c] & (SN_TABLE | SN_SPACE))) {
			content = true; /* a byte that is none of those below */
			continue;
		}
		if (c == '"') {
			inq = !inq;
		} else if (!inq && c == '\n') {
			if (content) {
				for (d = 0; d < NDELIMS; d++)
					counts[d][nrec] = cur[d];
				nrec++;
			}
			for (d = 0; d < NDELIMS; d++)
				cur[d] = 0;
			content = false;
			continue;
		} else if (!inq) {
			cur[0] += c == delims[0];
			cur[1] += c == delims[1];
			cur[2] += c == delims[2];
		}
		if (!pm_sn_space(c))
			content = true;
	}
	if (content && !cut && nrec < MAXREC) {
		for (d = 0; d < NDELIMS; d++)
			counts[d][nrec] = cur[d];
		nrec++;
	}
	if (nrec < 4)
		return PM_SNIFF_PROSE;
	for (d = 0; d < NDELIMS; d++) {
		unsigned k, best = 0, bestn = 0;
		for (k = 0; k < nrec; k++) {
			unsigned same = 0, j;
			for (j = 0; j < nrec; j++)
				same += counts[d][j] == counts[d][k];
			if (same > bestn) {
				bestn = same;
				best = counts[d][k];
			}
		}
		if (best + 1 >= (delims[d] == '\t' ? 2u : 3u) && bestn * 5 >= nrec * 4 &&
		    counts[d][0] == best)
			return delims[d] == '\t' ? PM_SNIFF_TSV : PM_SNIFF_CSV;
	}
	return PM_SNIFF_PROSE;
}

/* ---- source code and serialised data ----------------------------------- */

/* A line that only code writes: a block opened or closed by a brace at
 * its end, a preprocessor directive, a comment opener, or a statement
 * keyword of a common language at its start (lower case, followed by
 * what the language puts there). A line ending in ';' is not enough:
 * French lists end their items so. */
static const char *const pm_sn_starts[] = {
		"#include", "#define", "#ifdef", "#ifndef", "#endif", "#pragma", "#!/", "//", "/*",
		"import ", "from ", "def ", "class ", "function ", "func ", "fn ", "package ",
		"public ", "private ", "protected ", "static ", "const ", "let ", "var ", "return ",
		"return;", "elif ", "else:", "try:", "except", "using ", "namespace ", "if (", "for (",
		"while (", "} else", "@interface", "module ", "require(", "print(", "console.", NULL};

/* The first bytes of pm_sn_starts, so that a line of prose (which opens
 * with a capital, a digit or a quote) is not compared with each of them:
 * the sniff runs on every text file a probe sees. */
typedef struct pm_sn_firsts {
	bool b[256];
} pm_sn_firsts;

static void pm_sn_firsts_init(pm_sn_firsts *f)
{
	size_t k;
	memset(f, 0, sizeof *f);
	for (k = 0; pm_sn_starts[k]; k++)
		f->b[(unsigned char)pm_sn_starts[k][0]] = true;
}

static bool pm_sn_code_line(const char *s, size_t l, const pm_sn_firsts *f)
{
	size_t k;
	if (!l)
		return false;
	if (s[l - 1] == '{' || s[l - 1] == '}' || (l >= 2 && s[l - 2] == '}' && s[l - 1] == ';'))
		return true;
	if (!f->b[(unsigned char)s[0]])
		return false;
	for (k = 0; pm_sn_starts[k]; k++) {
		size_t pl = strlen(pm_sn_starts[k]);
		if (l >= pl && !strncmp(s, pm_sn_starts[k], pl))
			return strcmp(pm_sn_starts[k], "from ") || pm_sn_find(s, l, " import ");
	}
	return false;
}

/*
 * A template's fill-in field, "{{city}}" or "{{ release_date }}": a word
 * (letters, digits, '_', '.', '-', spaces) between doubled braces on one
 * line, as Mustache, Jinja and the mail-merge templates of press-release
 * kits write them. Such a field stands for a word of the prose, so its
 * four braces are not syntax.
 */
static bool pm_sn_template_field(const char *s, size_t l)
{
	size_t k = 2;
	if (l < 5 || s[0] != '{' || s[1] != '{' || s[2] == '{')
		return false;
	while (k < l && k < 42 && (isalnum((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80 ||
				   s[k] == '_' || s[k] == '.' || s[k] == '-' || s[k] == ' '))
		k++;
	return k > 2 && k + 1 < l && s[k] == '}' && s[k + 1] == '}';
}

/*
 * Code by its lines: a script's "#!" first line, or three lines and a
 * third of all lines that only code writes (Markdown code fences are left
 * out: a Markdown release may quote code). Serialised data (pandoc's
 * native form, tagged translation memories) by its syntax: matched pairs
 * of brackets, braces, parentheses and angle brackets, quotes and '='
 * making a fourteenth of the visible characters. Prose stays under a
 * twentieth; only matched pairs count, so that text typed in a legacy
 * font (Preeti writes a Nepali vowel sign as ']') stays prose, and a
 * Markdown link's four are not counted.
 */
/* The length of the HTML tag or comment at s (l bytes to the line's
 * end): "<p align=\"center\">", "</strong>", "<!-- … -->"; 0 when none. */
static size_t pm_sn_html_tag_at(const char *s, size_t l)
{
	size_t j = 1, name;
	const char *gt;
	if (l >= 4 && !strncmp(s, "<!--", 4)) {
		const char *e = pm_sn_find(s, l, "-->");
		return e ? (size_t)(e + 3 - s) : 0;
	}
	if (j < l && s[j] == '/')
		j++;
	name = j;
	while (j < l && (pm_sn_alpha(s[j]) || (s[j] >= '0' && s[j] <= '9')))
		j++;
	if (j == name || !pm_sn_html_name(s + name, j - name) || (gt = memchr(s + j, '>', l - j)) == NULL)
		return 0;
	return (size_t)(gt + 1 - s);
}

static bool pm_sn_code(const char *t, size_t n, size_t nonspace)
{
	size_t i = 0, lines = 0, code = 0, links = 0, fields = 0, quotes = 0, eq = 0, syms;
	size_t open[4] = {0}, close[4] = {0};
	bool fence = false;
	pm_sn_firsts firsts;
	/* md.html_blocks: in Markdown, HTML's tags are layout, no syntax */
	bool md = pm_sn_markdown_heading(t, n);
	if (pm_sn_prefix(t, n, "#!/"))
		return true;
	pm_sn_firsts_init(&firsts);
	while (i < n) {
		const char *nl = memchr(t + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - t) : n, a, b;
		a = i;
		b = e;
		while (a < b && pm_sn_space(t[a]))
			a++;
		while (b > a && pm_sn_space(t[b - 1]))
			b--;
		if (b - a >= 3 && (!strncmp(t + a, "```", 3) || !strncmp(t + a, "~~~", 3))) {
			fence = !fence;
		} else if (b > a && !fence && !pm_sn_rule_line(t + a, b - a)) {
			/* a Setext underline or a rule of '=' is no code's '=' */
			size_t k;
			lines++;
			if (pm_sn_code_line(t + a, b - a, &firsts))
				code++;
			for (k = a; k < b; k++) {
				size_t tag;
				if (!(pm_sn_class[(unsigned char)t[k]] & SN_SYNTAX))
					continue; /* none of the cases below */
				if (md && t[k] == '<' && (tag = pm_sn_html_tag_at(t + k, b - k)) > 0) {
					k += tag - 1;
					continue;
				}
				switch (t[k]) {
				case '[': open[0]++; break;
				case '(': open[1]++; break;
				case '{': open[2]++; break;
				case '<': open[3]++; break;
				case ']': close[0]++; break;
				case ')': close[1]++; break;
				case '}': close[2]++; break;
				case '>': close[3]++; break;
				case '"': quotes++; break;
				case '=': eq++; break;
				default: break;
				}
				if (t[k] == ']' && k + 1 < b && t[k + 1] == '(')
					links++;
				if (t[k] == '{' && pm_sn_template_field(t + k, b - k))
					fields++;
			}
		}
		i = e + 1;
	}
	if (code >= 3 && code * 3 >= lines)
		return true;
	syms = quotes - quotes % 2 + eq;
	for (i = 0; i < 4; i++)
		syms += 2 * (open[i] < close[i] ? open[i] : close[i]);
	syms = syms > links * 4 ? syms - links * 4 : 0;
	syms = syms > fields * 4 ? syms - fields * 4 : 0;
	return nonspace >= 40 && syms * 14 >= nonspace;
}

/* ---- the text classifier ------------------------------------------------ */

/*
 * What the text at h (n bytes of a file of size bytes) is. Markup and
 * syntax are ASCII, so the view is the bytes with NULs dropped (UTF-16
 * and UTF-32 text read as its ASCII letters) and a UTF-8 BOM skipped.
 * Memory running out gives PM_SNIFF_PROSE: the txt plugin then reads the
 * text as before.
 */
int pm_sniff_text(const unsigned char *h, size_t n, unsigned long long size)
{
	char *v;
	size_t m = 0, i, nonspace = 0;
	const char *t;
	int kind = PM_SNIFF_PROSE;
	if (n >= 3 && h[0] == 0xEF && h[1] == 0xBB && h[2] == 0xBF)
		h += 3, n -= 3, size -= size >= 3 ? 3 : size;
	if (!memchr(h, 0, n)) {
		/* the usual case, text with no NUL: the view is the bytes */
		v = NULL;
		t = (const char *)h;
		m = n;
	} else {
		v = malloc(n + 1);
		if (!v)
			return PM_SNIFF_PROSE;
		for (i = 0; i < n; i++)
			if (h[i])
				v[m++] = (char)h[i];
		v[m] = '\0';
		t = v;
	}
	/* UTF-16/32 BOMs left over as bytes 0xFF 0xFE */
	while (m && ((unsigned char)*t == 0xFF || (unsigned char)*t == 0xFE))
		t++, m--;
	while (m && pm_sn_space(*t))
		t++, m--;
	for (i = 0; i < m; i++)
		nonspace += !pm_sn_space(t[i]);
	if (pm_sn_prefix(t, m, "{\\rtf"))
		kind = PM_SNIFF_RTF;
	else if ((kind = pm_sn_markup(t, m, nonspace)) != PM_SNIFF_PROSE)
		;
	else if (pm_sn_json(t, m))
		kind = PM_SNIFF_JSON;
	else if ((kind = pm_sn_table(t, m, n < size)) != PM_SNIFF_PROSE)
		;
	else if (pm_sn_code(t, m, nonspace))
		kind = PM_SNIFF_CODE;
	free(v);
	return kind;
}

/* ---- binary formats ------------------------------------------------------ */

/* The name of a binary format by its magic number (the formats' own
 * specifications), NULL when none matches. Zip packages are told apart
 * by the entry names in the head. */
const char *pm_sniff_binary(const unsigned char *h, size_t n)
{
	static const struct { const char *m; size_t l; const char *name; } mg[] = {
		{"%PDF-", 5, "a PDF document"},
		{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
		 "a legacy Microsoft Office file (DOC, XLS or PPT; save it as DOCX or PDF)"},
		{"\x89PNG\r\n\x1A\n", 8, "a PNG image"}, {"\xFF\xD8\xFF", 3, "a JPEG image"},
		{"GIF87a", 6, "a GIF image"}, {"GIF89a", 6, "a GIF image"},
		{"II*\0", 4, "a TIFF image"}, {"MM\0*", 4, "a TIFF image"},
		{"\x7F" "ELF", 4, "an executable program (ELF)"},
		{"\x1F\x8B", 2, "a gzip-compressed file"}, {"BZh", 3, "a bzip2-compressed file"},
		{"\xFD" "7zXZ\0", 6, "an xz-compressed file"}, {"7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive"},
		{"Rar!\x1A\x07", 6, "a RAR archive"}, {"%!PS", 4, "a PostScript document"},
		{"OggS", 4, "an Ogg audio or video file"}, {"ID3", 3, "an MP3 audio file"},
		{"RIFF", 4, "a RIFF audio or video file (WAV, AVI, WebP)"},
	};
	size_t i;
	for (i = 0; i < sizeof mg / sizeof mg[0]; i++)
		if (n >= mg[i].l && !memcmp(h, mg[i].m, mg[i].l))
			return mg[i].name;
	if (n >= 12 && !memcmp(h + 4, "ftyp", 4))
		return "an MP4 or QuickTime video";
	if (n >= 4 && !memcmp(h, "PK\x03\x04", 4)) {
		const char *s = (const char *)h;
		if (pm_sn_find(s, n, "mimetypeapplication/vnd.oasis.opendocument"))
			return "an OpenDocument file (ODT, ODS or ODP)";
		if (pm_sn_find(s, n, "xl/"))
			return "an Excel workbook (XLSX)";
		if (pm_sn_find(s, n, "ppt/"))
			return "a PowerPoint presentation (PPTX)";
		if (pm_sn_find(s, n, "word/"))
			return "a Word package the DOCX reader did not take";
		return "a ZIP archive";
	}
	if (n >= 4 && (!memcmp(h, "PK\x05\x06", 4) || !memcmp(h, "PK\x07\x08", 4)))
		return "a ZIP archive";
	return NULL;
}

/* What no plugin took, for the unsupported_format message: a binary
 * format's name, or a non-prose text's, or NULL. Bytes below 0x20 other
 * than white space and NUL (UTF-16 holds NULs) mean a binary. */
const char *pm_sniff_describe(const unsigned char *h, size_t n, unsigned long long size)
{
	const char *bin = pm_sniff_binary(h, n);
	size_t i, ctrl = 0;
	int kind;
	if (bin)
		return bin;
	for (i = 0; i < n; i++)
		if ((h[i] < 0x20 && h[i] && !pm_sn_space((char)h[i]) && h[i] != 0x1B) || h[i] == 0x7F)
			ctrl++;
	if (!n || ctrl * 100 > n)
		return NULL;
	kind = pm_sniff_text(h, n, size);
	return kind == PM_SNIFF_PROSE ? NULL : pm_sniff_kind_name(kind);
}

bool pm_name_ext(const char *name, const char *const *ext)
{
	size_t nl = name ? strlen(name) : 0, i;
	for (i = 0; ext[i]; i++) {
		size_t el = strlen(ext[i]);
		if (nl > el && !strcasecmp(name + nl - el, ext[i]))
			return true;
	}
	return false;
}
