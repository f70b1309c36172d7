/*
 * lexicon_table.h - the layout of the compiled lexicon, shared by the
 * source tools/lexc.py generates ($(BUILD)/gen/lexicon_data.c) and by
 * lexicon.c, the only code that reads it.
 *
 * Each section is a radix trie over case-folded code points: a node's
 * label is the folded UTF-8 of the code points on the edge into it, its
 * children are contiguous and sorted by the first code point of their
 * label, and the entries whose folded key ends at the node are listed
 * from pm_lex_node_entries[entries], language by language.
 */
#ifndef PM_LEXICON_TABLE_H
#define PM_LEXICON_TABLE_H

#include "lexicon.h"

typedef struct pm_lex_node {
	uint32_t label;      /* offset in pm_lex_labels */
	uint32_t first;      /* first code point of the label (0 for a root) */
	uint32_t child;      /* index of the first child in pm_lex_nodes */
	uint32_t entries;    /* offset in pm_lex_node_entries */
	uint16_t label_len;  /* bytes */
	uint16_t nchild;
	uint16_t nentries;
} pm_lex_node;

typedef struct pm_lex_row {
	uint32_t text;       /* offset in pm_lex_strings */
	uint32_t value;      /* offset in pm_lex_strings, or UINT32_MAX */
	int32_t num;
	uint32_t tags;
	uint8_t lang;
	uint8_t stem;
} pm_lex_row;

typedef struct pm_lex_sect {
	uint32_t root;       /* node index */
	uint32_t first;      /* first row of the section in pm_lex_rows */
	uint32_t count;
	uint8_t fold;        /* 0 NZ, 1 BASE */
} pm_lex_sect;

extern const char pm_lex_strings[];
extern const unsigned char pm_lex_labels[];
extern const pm_lex_node pm_lex_nodes[];
extern const uint16_t pm_lex_node_entries[];
extern const pm_lex_row pm_lex_rows[];
extern const pm_lex_sect pm_lex_sects[PM_LEX_NSECTIONS];
extern const char *const pm_lex_lang_codes[];
extern const size_t pm_lex_nlang;
extern const char *const pm_lex_section_names[PM_LEX_NSECTIONS];

#endif
