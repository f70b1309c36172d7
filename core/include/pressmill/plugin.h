/*
 * pressmill/plugin.h - the contract between the pressmill core and a format
 * plugin (one shared object per format, loaded at run time).
 *
 * A plugin exports exactly one symbol, PM_PLUGIN_ENTRY_SYMBOL, a function
 * returning a pointer to a const, static pm_plugin descriptor, which
 * PM_PLUGIN_DEFINE (at the end of this header) writes for it. The loader
 * calls nothing else in the object before it has checked the descriptor's
 * `abi` and `size`, so an old or foreign plugin is rejected, never run.
 *
 * Plugins know nothing of press releases. They read bytes the core hands
 * them and push what the document says (blocks of text with their structure
 * and typography, file properties) through the pm_host callbacks. The core
 * builds its document model from those calls and turns it into the record,
 * once, for every format.
 *
 * Plugins never print, never exit, never do their own file I/O on the input
 * (the input is given in memory), and never trust a length, an offset, an
 * entity or a path found inside a document.
 */
#ifndef PRESSMILL_PLUGIN_H
#define PRESSMILL_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped on any incompatible change of the structs or callbacks below. */
#define PM_PLUGIN_ABI 1
#define PM_PLUGIN_ENTRY_SYMBOL "pressmill_plugin_entry"

#if defined(__GNUC__)
#define PM_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define PM_PLUGIN_EXPORT
#endif

/*
 * Status codes: what extract() returns and what pm_host.fail() takes. They
 * map one to one onto the record's error codes (RECORD.md).
 */
typedef enum pm_status {
	PM_OK = 0,
	PM_ERR_UNSUPPORTED,     /* "unsupported_format": not ours after all */
	PM_ERR_CORRUPT,         /* "corrupt": damaged beyond reading */
	PM_ERR_ENCRYPTED,       /* "encrypted": needs a password we lack */
	PM_ERR_TOO_LARGE,       /* "too_large": a size limit refused it */
	PM_ERR_TIMEOUT,         /* "timeout": the time limit ran out */
	PM_ERR_CRASHED,         /* "crashed": the reader died (set by the core) */
	PM_ERR_RESOURCE_LIMIT,  /* "resource_limit": memory ran out */
	PM_ERR_IO,              /* "io_error": the file could not be read */
	PM_ERR_EMPTY,           /* "empty": nothing to read */
	PM_ERR_NO_TEXT,         /* "no_text": read, but it holds no text (a scan, blank pages) */
	PM_STATUS_COUNT
} pm_status;

/*
 * Probe bids, calibrated as libarchive calibrates its bidders: a bid is a
 * statement of how much of the format was verified, so that plugins written
 * separately compare fairly. The highest bid wins; ties go to the plugin
 * loaded first; a bid of 0 is "not mine". The file name is a hint only: it
 * may add at most PM_BID_NAME_HINT to a bid that the content already earns,
 * never make a bid on its own.
 *
 *   0   PM_BID_NONE       the content is not this format
 *   5   PM_BID_FALLBACK   the content could be this format because it is
 *                         not obviously anything else (plain text)
 *   40  PM_BID_MAGIC      the leading magic bytes match ("%PDF-", "PK\3\4")
 *                         but nothing more was checked
 *   70  PM_BID_STRUCTURE  magic plus a structural check (a zip whose entries
 *                         name this package type, a PDF header version)
 *   100 PM_BID_CERTAIN    the structure identifies the format beyond doubt
 */
#define PM_BID_NONE 0
#define PM_BID_FALLBACK 5
#define PM_BID_MAGIC 40
#define PM_BID_STRUCTURE 70
#define PM_BID_CERTAIN 100
#define PM_BID_NAME_HINT 3

/* How many leading bytes probe() sees at most (fewer for a smaller file). */
#define PM_PROBE_BYTES 65536

typedef enum pm_block_type {
	PM_BLOCK_PARAGRAPH = 1,
	PM_BLOCK_HEADING,      /* level 1-6 */
	PM_BLOCK_LIST_ITEM,    /* level = nesting depth, 1 for the outermost */
	PM_BLOCK_QUOTE,        /* a block quotation marked as such */
	PM_BLOCK_TABLE,        /* text goes into cells, see pm_host.cell */
	PM_BLOCK_PAGE_HEADER,  /* running header: furniture, never body */
	PM_BLOCK_PAGE_FOOTER,  /* running footer or page number */
	PM_BLOCK_FOOTNOTE,     /* footnote or endnote text */
	PM_BLOCK_TEXT_BOX,     /* a paragraph inside a text box or shape */
	PM_BLOCK_CAPTION,      /* figure or table caption */
	PM_BLOCK_TYPE_COUNT
} pm_block_type;

/* What a style or the layout says the block is, beyond its type. */
typedef enum pm_role {
	PM_ROLE_NONE = 0,
	PM_ROLE_TITLE,         /* the document's Title style, Markdown front matter title... */
	PM_ROLE_SUBTITLE
} pm_role;

/* pm_block_info.flags */
#define PM_BF_BOLD 0x01      /* all (or nearly all) of the text is bold */
#define PM_BF_ITALIC 0x02
#define PM_BF_CENTERED 0x04
#define PM_BF_RIGHT 0x08
#define PM_BF_UPPERCASE 0x10 /* rendered in capitals (w:caps), not written so */
/* The break before this block was inferred from layout (a blank line, a
 * vertical gap, a page or column change), not stated by the document: the
 * core may join the block to the previous one when a sentence runs on. */
#define PM_BF_INFERRED_BREAK 0x20
#define PM_BF_NEW_PAGE 0x40  /* first block of a new page */
#define PM_BF_MARKUP 0x80    /* came from markup (Markdown/HTML) the plugin removed */
/* The plugin put this text in reading order itself, from the positions of
 * its glyphs (a PDF's content stream), instead of reading it in the
 * logical order the file stores (DOCX, plain text). Right-to-left runs of
 * such text may show the marks of that reordering (an Arabic lam-alef
 * turned round, a mark one letter early), and only such text may be
 * repaired for them. Old plugins never set it: their text is taken as
 * stored in logical order. */
#define PM_BF_VISUAL_ORDER 0x100
/* A PM_BLOCK_FOOTNOTE block that is a further paragraph of the note the
 * block before it opened (a note of several paragraphs): without it each
 * footnote block is a note of its own. */
#define PM_BF_NOTE_CONTINUES 0x200
/* The text was recognised from a page image (a scan's OCR text layer, or
 * the plugin's own OCR), not typed: it may show a recognition's misreadings
 * (an address's '@' read as "(D"), and only such text is repaired for them
 * (repair ocr_at_sign). Old plugins never set it. */
#define PM_BF_RECOGNISED 0x400
/* The paragraph's own formatting (not its style) states the space after
 * it: none (0x800) or some (0x1000). A DOCX that a PDF converter wrote
 * gives each visual line a paragraph with no space after, and the last
 * line of each of the PDF's paragraphs some (runon.converted_lines.spacing).
 * Neither set: not stated on the paragraph, or the format has no such
 * thing. Old plugins never set them. */
#define PM_BF_NO_SPACE_AFTER 0x800
#define PM_BF_SPACE_AFTER 0x1000

/* pm_block_info.layout: where a layout format (PDF) put the block on its
 * page, for telling letterheads, page furniture and boxes from the text
 * when the words alone cannot. "The text" is the page's main flow: its
 * paragraphs in the body's size. */
#define PM_BL_TOP_BAND 0x01    /* above the page's text (title, letterhead, running header) */
#define PM_BL_BOTTOM_BAND 0x02 /* below the page's text (footer, footnotes) */
#define PM_BL_REPEATED 0x04    /* the same text, digits aside, at the same place on another page */
#define PM_BL_ALONE 0x08       /* no other text on the page beside it, at the same height */
#define PM_BL_SIDE 0x10        /* in a column beside the text, narrower than half of it (sidebar, box) */
/* Added after PM_BL_SIDE (record 1.2's furniture[] kind "margin"): a
 * furniture block set in the page's outer margin, outside its text: what
 * a browser prints there (the date, the page's title and address, a page
 * counter) or a label running up the margin. */
#define PM_BL_MARGIN 0x20

typedef struct pm_block_info {
	size_t size;           /* sizeof(pm_block_info) as the plugin was built */
	int type;              /* pm_block_type */
	int level;             /* heading level or list depth, else 0 */
	int role;              /* pm_role */
	int page;              /* 1-based page number, 0 when unknown */
	double font_size;      /* dominant size in points, 0 when unknown */
	unsigned flags;        /* PM_BF_* */
	const char *style;     /* style name as written, or NULL; borrowed */
	/* Bounding box in points from the top-left of the page, all 0 when
	 * unknown (only layout formats know it). */
	double x0, y0, x1, y1;
	/* Added after ABI 1 first shipped: the core reads these only when
	 * size covers them, so plugins built before still load and work. */
	unsigned layout;       /* PM_BL_*, 0 when unknown */
	const char *font;      /* dominant font's name (no subset prefix), or NULL; borrowed */
} pm_block_info;

/*
 * Whether a struct of the given type, as its `size` member says it was
 * built, holds field f. Every struct of this header that grew after ABI 1
 * shipped (pm_block_info, pm_limits, pm_host, and the descriptor) begins
 * with its size: a reader checks each field added later with this before
 * it touches it, so that a plugin built against an older header and a
 * core built against a newer one (or the reverse) still work together:
 *
 *     if (PM_SIZE_HAS(host->size, pm_host, spell) && host->spell) ...
 */
#define PM_SIZE_HAS(size, type, f) ((size) >= offsetof(type, f) + sizeof(((type *)0)->f))
/* The first name of PM_SIZE_HAS, kept for plugins written with it. */
#define PM_INFO_HAS(size, type, f) PM_SIZE_HAS(size, type, f)

/* What a warning does to the record (pm_host.warn_effect): it informs,
 * and the record stays "ok" (an encoding guessed, tracked changes
 * accepted), or it says that something of the document is missing or
 * damaged, and the record is "partial". */
typedef enum pm_effect {
	PM_EFFECT_PARTIAL = 0,
	PM_EFFECT_INFO = 1
} pm_effect;

/* pm_host.cell new_row values */
#define PM_CELL_NEW_ROW 1
#define PM_CELL_HEADER_ROW 2 /* a new row that is the table's header row */

/* pm_host.line_end kinds */
#define PM_LINE_WRAP 1  /* the layout wrapped the line here: join with a space (or a hyphen rule) */
#define PM_LINE_BREAK 2 /* an explicit line break inside the block (w:br, two trailing spaces) */

/*
 * Limits the core imposes; plugins must honour those that concern them and
 * report PM_ERR_TOO_LARGE or a warning with a partial result when hit.
 * A value of 0 means "no limit".
 */
typedef struct pm_limits {
	size_t size;
	uint64_t max_file_bytes;      /* input file size */
	uint64_t max_entry_bytes;     /* one decompressed archive entry */
	uint64_t max_total_bytes;     /* all decompressed entries of one input */
	unsigned max_ratio;           /* decompressed/compressed size of one entry */
	unsigned max_pages;           /* pages read */
	uint64_t max_text_bytes;      /* text pushed to the model */
	unsigned max_depth;           /* XML element nesting */
	double timeout;               /* seconds per document (enforced by the core) */
	uint64_t max_memory;          /* bytes of address space per worker (core) */
} pm_limits;

typedef struct pm_sink pm_sink; /* opaque to plugins */

/*
 * OCR of page images (a scanned PDF, or a text layer too damaged to
 * trust): what the caller asks for, in pm_options.ocr, handed to plugins
 * as pm_host.ocr. Added after ABI 1 first shipped; versioned by size.
 */
#define PM_OCR_AUTO 0   /* pages without a text layer, and pages whose layer fails the health check */
#define PM_OCR_ALWAYS 1 /* every page, the text layer replaced */
#define PM_OCR_NEVER 2  /* never: a page image gives no text */

typedef struct pm_ocr_options {
	size_t size;             /* sizeof(pm_ocr_options) as the caller was built */
	int mode;                /* PM_OCR_* */
	/* Languages to read, ISO 639-1 or Tesseract codes joined by '+'
	 * ("fr+en", "ara"); NULL or "": chosen per document from a first
	 * pass (script detection, then the core's language identifier). */
	const char *languages;
	unsigned max_pages;      /* pages OCRed per document (20); 0: no limit */
	uint64_t max_pixels;     /* pixels of one page image (25 million); 0: no limit */
	unsigned dpi;            /* resolution pages are rendered at (300); a page that
	                          * is one scanned image is read at the image's own */
} pm_ocr_options;

/* The defaults (pm_options_init), for plugins given no pm_host.ocr. */
#define PM_OCR_DEFAULT_MAX_PAGES 20
#define PM_OCR_DEFAULT_MAX_PIXELS 25000000
#define PM_OCR_DEFAULT_DPI 300

/* What OCR did for one document (pm_host.ocr_done): the record's
 * source.ocr. Strings and the page array are borrowed for the call. */
typedef struct pm_ocr_report {
	size_t size;             /* sizeof(pm_ocr_report) as the plugin was built */
	const int *pages;        /* 1-based numbers of the pages whose text came from OCR */
	size_t npages;
	const char *engine;      /* "tesseract" */
	const char *version;     /* the engine's own version string */
	const char *languages;   /* the models used, ISO 639-1 where there is one, '+'-joined */
	double confidence;       /* mean word confidence over those pages, 0-100 */
} pm_ocr_report;

/*
 * The callbacks a plugin fills the model with. Every callback returns 0 to
 * go on; non-zero means "stop": a limit was hit or memory ran out, and the
 * plugin must return from extract() promptly (its return value is then
 * ignored). Strings are borrowed for the duration of the call and must be
 * UTF-8: invalid sequences are replaced, not trusted.
 */
typedef struct pm_host {
	size_t size;   /* sizeof(pm_host) as the core was built */
	int abi;       /* PM_PLUGIN_ABI of the core */
	const pm_limits *limits;

	/* Blocks do not nest: block_begin ends an open block. */
	int (*block_begin)(pm_sink *s, const pm_block_info *info);
	int (*text)(pm_sink *s, const char *utf8, size_t len);
	int (*line_end)(pm_sink *s, int kind);
	/* Start the next cell of the open table; new_row starts a row. A
	 * row the format marks as the table's header row (DOCX w:tblHeader,
	 * the row above a Markdown table's |---| line) is started with
	 * PM_CELL_HEADER_ROW instead of 1: a core built before this reads
	 * any non-zero value as "new row", so only the first cell of a row
	 * may carry it. */
	int (*cell)(pm_sink *s, int new_row);
	/* A hyperlink target met in the open block (its text goes through text()). */
	int (*link)(pm_sink *s, const char *url);
	int (*block_end)(pm_sink *s);

	/* Keys: title, author, subject, keywords, created, modified, producer,
	 * creator, language. Dates in ISO 8601 when the plugin can make them so. */
	int (*property)(pm_sink *s, const char *key, const char *value);
	int (*pages)(pm_sink *s, int pages);
	int (*encoding)(pm_sink *s, const char *charset);
	/* code is "<plugin>.<what>", e.g. "pdf.no_text_layer" */
	int (*warn)(pm_sink *s, const char *code, const char *message);
	/* Record the reason extract() will return status; message says why. */
	int (*fail)(pm_sink *s, int status, const char *message);
	/* Added after ABI 1 first shipped: call only when size covers it
	 * (PM_INFO_HAS(host->size, pm_host, spell)). Whether word is in the
	 * spelling dictionary of language lang (ISO 639-1, "en", "fr"...):
	 * 1 yes, 0 no, -1 no dictionary for it. These are the core's own
	 * dictionaries, loaded once per context, so a plugin that checks
	 * words (the PDF text-layer health check) loads none of its own. */
	int (*spell)(pm_sink *s, const char *lang, const char *word);
	/* Added after ABI 1 first shipped: call only when size covers it
	 * (PM_INFO_HAS(host->size, pm_host, repaired)). The plugin changed
	 * the text it read, with evidence from the document (README,
	 * "Repairs"): `repair` names the repair ("mojibake"), `words` how many
	 * words it changed. The core reports every repair of the conversion
	 * in one "text.repaired" warning. */
	int (*repaired)(pm_sink *s, const char *repair, unsigned long words);
	/* Added after ABI 1 first shipped: call only when size covers it, or
	 * through pm_host_warn below. warn(), saying where it is raised what
	 * the warning does to the record (a pm_effect; any other value is
	 * taken as PM_EFFECT_PARTIAL). A warning given through warn() alone,
	 * as plugins built before this callback give theirs, makes the record
	 * partial unless its code is one the core knows to be informational
	 * ("*.guessed", "docx.tracked_changes", "txt.encoding_guessed",
	 * "txt.mojibake_repaired"). */
	int (*warn_effect)(pm_sink *s, const char *code, int effect, const char *message);
	/* Added after ABI 1 first shipped: call only when size covers it, or
	 * through pm_host_link_text below. A hyperlink of the open block (or
	 * cell) with the text that shows it, in the order the document gives
	 * them; the text still goes through text() as the rest of the block.
	 * text may be NULL when the link shows none (a linked picture). The
	 * URL is the document's, as written: the core never follows it. */
	int (*link_text)(pm_sink *s, const char *url, const char *text);
	/* Added after ABI 1 first shipped: call only when size covers it
	 * (pm_host_figure below). A figure (picture, chart, drawing) at this
	 * point of the document, after the blocks given so far (and after the
	 * open block, if one is open); caption is a caption the format
	 * attaches to the figure itself (a Markdown image's alternative
	 * text), NULL when none. Caption paragraphs go as PM_BLOCK_CAPTION
	 * blocks: the core pairs them with their figure or table. */
	int (*figure)(pm_sink *s, const char *caption);

	/* Added after ABI 1 first shipped, for reading page images (OCR):
	 * use each only when size covers it (PM_SIZE_HAS(host->size,
	 * pm_host, member)). */
	/* What the caller asked of OCR (pm_options.ocr); NULL: the defaults
	 * (mode auto, PM_OCR_DEFAULT_*). Read its fields only as far as its
	 * own size covers them. */
	const pm_ocr_options *ocr;
	/* Report what OCR did for the document: the record's source.ocr.
	 * Called at most once per extract. */
	int (*ocr_done)(pm_sink *s, const pm_ocr_report *report);
	/* The language of a text as the core identifies a record's language
	 * (ISO 639-1, static string), or NULL when unsure: lets a plugin
	 * pick an OCR model from a first reading. */
	const char *(*language)(pm_sink *s, const char *utf8, size_t len);
} pm_host;

/* A warning with its effect: through warn_effect when the core has it,
 * else through warn, the core then judging the effect by the code as it
 * did before warn_effect. */
static inline int pm_host_warn(const pm_host *host, pm_sink *s, const char *code, int effect,
                               const char *message)
{
	if (PM_SIZE_HAS(host->size, pm_host, warn_effect) && host->warn_effect)
		return host->warn_effect(s, code, effect, message);
	return host->warn(s, code, message);
}

/* A hyperlink with its text: through link_text when the core has it,
 * else through link (the URL alone) as before. */
static inline int pm_host_link_text(const pm_host *host, pm_sink *s, const char *url, const char *text)
{
	if (PM_SIZE_HAS(host->size, pm_host, link_text) && host->link_text)
		return host->link_text(s, url, text);
	return host->link(s, url);
}

/* A figure, when the core takes figures; 0 (go on) when it does not. */
static inline int pm_host_figure(const pm_host *host, pm_sink *s, const char *caption)
{
	if (PM_SIZE_HAS(host->size, pm_host, figure) && host->figure)
		return host->figure(s, caption);
	return 0;
}

/* The input, entirely in memory (read-only). */
typedef struct pm_input {
	size_t size_of;            /* sizeof(pm_input) as the core was built */
	const unsigned char *data;
	size_t size;
	const char *name;          /* base name, a hint only; may be "" */
} pm_input;

typedef struct pm_plugin {
	int abi;                   /* PM_PLUGIN_ABI the plugin was built against */
	size_t size;               /* sizeof(pm_plugin) as the plugin was built */
	const char *name;          /* short, lowercase: "pdf", "docx", "txt" */
	const char *version;
	const char *description;
	const char *const *media_types; /* NULL-terminated; the first is the record's */
	const char *const *extensions;  /* NULL-terminated, without dot */
	/* head holds min(size, PM_PROBE_BYTES) bytes; return a PM_BID_* score.
	 * Must be cheap, and safe on any bytes. */
	int (*probe)(const unsigned char *head, size_t head_len, uint64_t size,
	             const char *name);
	/* Returns PM_OK (possibly after warnings) or a pm_status error. */
	int (*extract)(const pm_input *in, const pm_host *host, pm_sink *sink);
	/* Added after ABI 1 first shipped (the loader reads it only when size
	 * covers it, and accepts descriptors that end before it): one line on
	 * what this build of the plugin can do on this machine, for
	 * `pressmill plugins` ("ocr: tesseract 5.3.0 (eng, fra)", "ocr: not
	 * available"); NULL or a NULL result: nothing to say. Cheap: it is
	 * called whenever the plugin is loaded. */
	const char *(*features)(void);
} pm_plugin;

/* The size of an ABI 1 descriptor as it first shipped: the least the
 * loader accepts. */
#define PM_PLUGIN_SIZE_V1 offsetof(pm_plugin, features)

typedef const pm_plugin *(*pm_plugin_entry_fn)(void);

#if defined(__GNUC__)
#define PM_PLUGIN_WEAK __attribute__((weak))
#else
#define PM_PLUGIN_WEAK
#endif

/*
 * A probe hint: what the loader may know of a plugin's probe without
 * loading it. Loading a plugin is most of a short run's cost (pdf.so
 * brings poppler, cairo and NSS: some 9 ms of relocations), and a text
 * file never needs the PDF or DOCX reader, so a plugin whose probe bids
 * PM_BID_NONE on any head lacking one of a few magic strings states
 * them here, and the loader reads them from the file's ELF section
 * PM_PROBE_HINT_SECTION (no code run, nothing relocated) and loads the
 * plugin only for a head that has one. It is a promise about the probe:
 * for every head and name, if no magic[i] lies wholly within the head's
 * first within[i] bytes, probe() returns PM_BID_NONE. A plugin without a
 * hint (or whose hint cannot be read) is loaded as before, for the first
 * file probed. Fixed-size integers and bytes only, so that the section
 * needs no relocation and reads the same from the file as in memory.
 */
#define PM_PROBE_HINT_SECTION "pressmill_probe_hint"
#define PM_PROBE_HINT_MAX 4
#define PM_PROBE_HINT_BYTES 16

typedef struct pm_probe_magic {
	uint32_t within;  /* the magic ends at most this many bytes into the head */
	uint32_t len;     /* 1..PM_PROBE_HINT_BYTES */
	unsigned char bytes[PM_PROBE_HINT_BYTES];
} pm_probe_magic;

typedef struct pm_probe_hint {
	uint32_t abi;     /* PM_PLUGIN_ABI */
	uint32_t n;       /* magics used, 1..PM_PROBE_HINT_MAX */
	pm_probe_magic magic[PM_PROBE_HINT_MAX];
} pm_probe_hint;

/* In a plugin's source, once, e.g. for PDF (its probe looks for "%PDF-"
 * in the first 1024 bytes):
 *
 *     PM_PROBE_HINT(1, {{1024, 5, "%PDF-"}})
 */
#if defined(__GNUC__)
#define PM_PROBE_HINT(n_, ...)                                                              \
	__attribute__((section(PM_PROBE_HINT_SECTION), used)) static const pm_probe_hint  \
	    pm_probe_hint_decl = {PM_PLUGIN_ABI, (n_), __VA_ARGS__};
#else
#define PM_PROBE_HINT(n_, ...)
#endif

/*
 * A plugin's descriptor and entry points, in one line at the end of its
 * source (no semicolon after it):
 *
 *     PM_PLUGIN_DEFINE(txt, "0.1.0", "plain text and Markdown", media, exts,
 *                      txt_probe, txt_extract)
 *
 * emits the const descriptor (name, version, description, the
 * NULL-terminated media types and extensions, probe, extract, and the
 * ABI version and size), the entry symbol the loader looks up
 * (PM_PLUGIN_ENTRY_SYMBOL, exported), and pressmill_plugin_entry_<name>.
 * The shared entry symbol is weak, so that a program that links several
 * plugins into itself (the tests, the fuzzers) links them side by side
 * and reaches each by its own name. PM_PLUGIN_DEFINE_FEATURES is the
 * same with the descriptor's features function (NULL in PM_PLUGIN_DEFINE).
 */
#define PM_PLUGIN_DEFINE(name_, version_, description_, media_types_, extensions_, probe_,   \
                         extract_)                                                         \
	PM_PLUGIN_DEFINE_FEATURES(name_, version_, description_, media_types_, extensions_,  \
	                          probe_, extract_, NULL)

#define PM_PLUGIN_DEFINE_FEATURES(name_, version_, description_, media_types_, extensions_,  \
                                  probe_, extract_, features_)                             \
	static const pm_plugin pm_plugin_descriptor = {                                    \
		.abi = PM_PLUGIN_ABI,                                                      \
		.size = sizeof(pm_plugin),                                                 \
		.name = #name_,                                                            \
		.version = version_,                                                       \
		.description = description_,                                               \
		.media_types = media_types_,                                               \
		.extensions = extensions_,                                                 \
		.probe = probe_,                                                           \
		.extract = extract_,                                                       \
		.features = features_,                                                     \
	};                                                                                 \
	const pm_plugin *pressmill_plugin_entry_##name_(void);                             \
	const pm_plugin *pressmill_plugin_entry_##name_(void)                              \
	{                                                                                  \
		return &pm_plugin_descriptor;                                              \
	}                                                                                  \
	PM_PLUGIN_EXPORT PM_PLUGIN_WEAK const pm_plugin *pressmill_plugin_entry(void);     \
	PM_PLUGIN_EXPORT PM_PLUGIN_WEAK const pm_plugin *pressmill_plugin_entry(void)      \
	{                                                                                  \
		return &pm_plugin_descriptor;                                              \
	}

#ifdef __cplusplus
}
#endif
#endif
