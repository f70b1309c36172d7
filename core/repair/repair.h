/* This floor may use: model text base kit
 * It is used by: engine isolate api
 *
 * repair.h - the repair floor: what the core changes in the text a plugin
 * gave, with evidence from the document (README, "Repairs"), once per
 * conversion, before the normaliser reads it: line wraps resolved and
 * line-end hyphens joined or kept (wraps.c, hyphen.c), Arabic that a
 * reader's bidi reordering damaged (arabic.c), paragraphs that a break cut
 * in mid-sentence (runon.c), and the language of the repaired text
 * (language.c). repair.c runs them in order; report.c tells the record
 * what they changed. Not installed; not part of the ABI.
 */
#ifndef PM_REPAIR_H
#define PM_REPAIR_H

#include "model/model.h"

/* ---- the repairs in order (repair.c) and their report (report.c) ----- */

/* Every repair, in order, on a finished model (pm_doc_finish). */
void pm_repair(pm_doc *d, pm_lingua *lingua);
/* After the normaliser: one informational "text.repaired" warning saying
 * what the repairs changed, and the rule that decided the Arabic order
 * repair (d->arabic_rule, for --explain). */
void pm_repair_report(pm_doc *d);

/* ---- e-mail addresses an OCR misread (ocr_address.c) ----------------- */

/* Repair ocr_at_sign: the '@' that text recognised from a page image
 * (PM_BF_RECOGNISED) misread as "(D", "(@", "@)", "©", "®" or "Q" put
 * back in an address, with evidence from the document. */
void pm_ocr_addresses(pm_doc *d);

/* ---- line wraps and hyphens (wraps.c) -------------------------------- */

/* What a document shows of how it writes its words, gathered before its
 * line wraps are resolved: the evidence of line-end hyphen joins, kept for
 * the later repairs that meet a split word too (runon.c). */
typedef struct pm_wraps {
	pm_strmap words;     /* the document's words outside line wraps */
	/* the texts words is counted from, copied as they were before any
	 * repair ('\0' after each), until a wrap or a join first asks for
	 * words: most documents never do */
	pm_buf pending;
	bool counted;        /* words holds the counts, pending is spent */
	unsigned proofs;     /* splits that prove typesetter hyphenation */
	const char *lang;    /* pm_lang_identify() of a sample, once lang_done */
	bool lang_done;
	/* wrap.hangul_in_word: the Hangul runs of the document's words
	 * outside line wraps, whole and their prefixes of two syllables
	 * or more */
	pm_strmap hangul_words, hangul_prefixes;
} pm_wraps;

/* Count the document's words, choose the dictionary's language when
 * lines wrap. */
void pm_wraps_begin(pm_wraps *w, pm_doc *d, pm_lingua *lingua);
/* Resolve every line wrap (a hyphen at one joined or kept by the rule of
 * hyphen.c with the document as evidence) and clean every block's text. */
void pm_wraps_resolve(pm_wraps *w, pm_doc *d, pm_lingua *lingua);
/* Whether "left-" + "right", split by a break the layout made, is one
 * word, decided as a line-end hyphen is; a join is counted. */
int pm_wraps_join(pm_wraps *w, pm_doc *d, pm_lingua *lingua, const char *left, const char *right);
void pm_wraps_free(pm_wraps *w);

/* ---- the hyphen rule (hyphen.c) -------------------------------------- */

/* Decide whether "left-" + "right" split at a line end is one word
 * ("extré-" + "misme" -> 1) or a real compound ("sous-" + "estimée" -> 0).
 * joined_seen / hyphen_seen: how often each form occurs elsewhere in the
 * document; lang: ISO 639-1 or NULL. pm_hyphen_decide() leaves rule 3 to
 * the caller: 1 join, 0 keep, -1 undecided; *strong says the verdict
 * proves typesetter hyphenation. */
int pm_hyphen_decide(pm_lingua *lingua, const char *left, const char *right,
                     unsigned joined_seen, unsigned hyphen_seen, const char *lang, bool *strong);
int pm_hyphen_join(pm_lingua *lingua, const char *left, const char *right,
                   unsigned joined_seen, unsigned hyphen_seen, const char *lang);
/* Is right an ending never written after a hyphen ([hyphen_suffixes] of
 * lang, every language's when lang is NULL)? Such a split joins. */
bool pm_hyphen_suffix(const char *right, const char *lang);
/* Is right a conjunction after a suspended compound's hyphen
 * ([suspended_hyphen_words] of lang)? Such a split keeps its hyphen and
 * the space: "Tram- und Busnetz". */
bool pm_hyphen_suspended(const char *right, size_t n, const char *lang);

/* ---- Arabic order (arabic.c) ----------------------------------------- */

/* Arabic text whose lam-alef ligatures a PDF's reordering turned round
 * ("األمين" for "الأمين"): repaired word by word where the dictionary
 * knows the repaired form. Returns a new string, or NULL when nothing
 * changed. */
char *pm_arabic_repair(pm_lingua *lingua, const char *text);
/* Add what text (with the model's line markers) shows to *st. */
void pm_arabic_scan(const char *text, pm_arabic_stats *st);
/* Text in Arabic itself: next to none of the letters that only the other
 * languages of the script use. */
bool pm_arabic_language(const pm_arabic_stats *st);
/* Strong evidence of the damage: PM_ARABIC_MIN_SIGNS signs at least, and
 * one in every thousand letters (alef pairs counted only in Arabic
 * itself): a reordered document shows them in line after line. */
#define PM_ARABIC_MIN_SIGNS 3
bool pm_arabic_damaged(const pm_arabic_stats *st);
/* Whether the Arabic dictionary knows most of the words of the
 * visual-order blocks (the sample's counts go to *st): it is the text's
 * language, and its verdicts mean something. */
bool pm_arabic_dictionary_fits(pm_lingua *lingua, const pm_block *b, size_t n, pm_arabic_stats *st);
/* The reordering fixes that need no dictionary, on text that still holds
 * the model's line markers; NULL when nothing changed. marks_early: the
 * document's marks were read one letter early (pdf.rtl_marks.evidence),
 * each goes after the letter that follows it. */
char *pm_arabic_fix_order(const char *text, bool marks_early);
/* pdf.rtl_neutrals.without_damage: a line read with marks that close
 * (a full stop, a colon; the block's open quotation's closing mark)
 * first, before a right-to-left letter, gets them at its end (NULL:
 * nothing changed); no sign of damage needed */
char *pm_rtl_closing_marks(const char *text);
/* The document's visual-order text, step one (raw, with its line
 * markers): the signs of the damage, then the fixes that need no
 * dictionary; step two (finished text): the dictionary repairs. */
void pm_arabic_order_signs(pm_doc *d);
void pm_arabic_order_dictionary(pm_doc *d, pm_lingua *lingua);

/* ---- paragraphs cut in mid-sentence (runon.c) ------------------------ */

/* Join, among the n content blocks b (in reading order, with text), each
 * one that a break the layout made cut from the one before in
 * mid-sentence; the joined blocks lose their text and leave the list,
 * which keeps its order: returns how many remain. */
size_t pm_runon_join(pm_wraps *w, pm_doc *d, pm_lingua *lingua, pm_block **b, size_t n);

/* ---- the language of the text (language.c) --------------------------- */

/* The language of the n content blocks b, repaired, into d->language:
 * none when the words mix letters with symbols (a "text.unreliable"
 * warning). */
void pm_language_detect(pm_doc *d, pm_lingua *lingua, pm_block **b, size_t n);

#endif
