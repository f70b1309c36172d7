#!/usr/bin/env python3
"""lex_migrate.py - the word tables of the C sources, for the lexicon.

    tools/lex_migrate.py [--src DIR]            print every table (the inventory)
    tools/lex_migrate.py --tsv [--src DIR]      the tables as the lexicon test read them
    tools/lex_migrate.py --summary [--src DIR]  one line per table
    tools/lex_migrate.py --compare [--src DIR]  tables against core/lexicon/*.lex
    tools/lex_migrate.py --inline [--src DIR]   words compared inline in C, and why each may stay

It finds the string tables of core/ (`static const char *const x[] =
{...}`, inside functions or not), the struct tables that hold words
(months, time zones, the language vote's stop words) and a few runs of
literals written inline, and says for each one which lexicon section
holds its words (MAP below), how the rule compared them and what differs
on purpose. The lexicon was written from this output, reviewed by hand;
the output for the 54 tables of issue 12, taken before the rules moved
to the lexicon, is kept in tests/lexicon/migrated.tsv, which
tests/unit/test_lexicon.c checks the lexicon against.

Those tables are gone from C. What the script finds now are the tables
that hold no word of a language (NOT_WORDS: quotation marks, separators,
model and dictionary names ...). The build runs --tsv and stops on a
table in neither MAP nor NOT_WORDS: a new word list belongs in the
lexicon, not in C. It stops too on a word written inline in a comparison
(`strstr(t, "Sperrfrist")`, `nz_prefix(p, "page ")`): --inline lists the
string literals with a letter among the arguments of strcmp, strncmp,
strstr, memcmp, nz_prefix and kin in core/ (the CLI aside), and why each
may stay (INLINE_NOT_WORDS: URL schemes, format names, warning codes).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# table id -> (section, tags the entries must carry, how the entries are
# written in C and turned into lexicon words, how the rule compares today,
# notes). "norm" operations, applied in order:
#   trim      spaces at both ends            colon   a trailing ':' (and spaces)
#   comma     a leading ", "                 stem    the entries are word beginnings
# "by_lang": the table's languages matter (one vote per language).
# "part": the table is one of several that fill the section (the reverse
# check runs on their union); "extra": words the section holds for
# another table's sake (a drifted copy), listed so that the test knows.
MAP = {
    # rules.c
    "rules.c:rule_end_mark:core": dict(
        section="end_marks", norm="trim", cmp="nz_equals on the mark stripped of its frame; "
        "a word mark in capitals or framed; '30' only framed (tag framed)"),
    "rules.c::release_phrases": dict(
        section="release_lines", norm="trim", cmp="nz_prefix_word; in capitals, alone or "
        "before ':' '-' '–' '—' '|'; RELEASE and EMBARGO only alone (tag alone)"),
    "rules.c:rule_release_line:tail": dict(
        section="release_lines", with_tags="tail", norm="trim",
        cmp="nz_prefix after a space, ending the line (an issuer's name before it)"),
    "rules.c::zones": dict(
        section="time_zones", norm="trim", cmp="strncmp, exact case, no letter after"),
    "rules.c:rule_contact_heading:h": dict(
        section="contact_headings", norm="trim", cmp="nz_prefix_word, then the heading's shape"),
    "rules.c:rule_caption:lead": dict(
        section="caption_leads", norm="trim colon", cmp="nz_prefix and the first letter's case "
        "as written; ': ' leads (tag colon) and 'credit' leads stand alone, the others need a "
        "number (tag number)"),
    "rules.c:rule_contact_paragraph:lead": dict(
        section="contact_leads", norm="trim colon", cmp="nz_prefix, no word boundary "
        "('Contacto' opens 'Contactos'); 'Contact:' and 'Contacts:' with their colon (tag colon)"),
    "rules.c:rule_contact_paragraph:words": dict(
        section="contact_words", norm="trim", cmp="strstr: exact case, anywhere, inside words too"),
    "rules.c:rule_about_heading:h": dict(
        section="about_headings", norm="trim", cmp="nz_prefix with the space after it "
        "('À PROPOS D'' without)"),
    "rules.c:rule_letterhead_line:labels": dict(
        section="site_labels", norm="trim", cmp="nz_equals, the whole line"),
    "rules.c:date_lead:w": dict(
        section="date_leads", norm="trim", cmp="strncmp, exact case ('le' and 'Le' are two "
        "entries in C, one here), a space after"),
    "rules.c:location_ok:tails": dict(
        section="place_suffixes", norm="trim", cmp="strcmp at the end of the place, after a space"),
    "rules.c:location_ok:labels": dict(
        section="place_labels", norm="trim", cmp="nz_equals, the whole place"),
    "rules.c:location_ok:particles": dict(
        section="place_particles", norm="trim", cmp="strncmp on a lower-case word, exact case"),
    "rules.c:rule_closing_date:lead": dict(
        section="closing_date_leads", norm="trim colon", cmp="nz_prefix; the colon is part of "
        "the C entry (tag colon; only 'Date' accepts ' :')"),
    "rules.c:rule_first_sentence_date:today": dict(
        section="today_words", norm="trim", cmp="strstr: exact case, anywhere"),
    "rules.c:rule_byline:lead": dict(
        section="byline_leads", norm="trim colon", cmp="nz_prefix and strncmp: exact case as "
        "written in C (By/BY, Par/PAR, Por/POR, the others as written); the colon of "
        "'Source:' and kin is part of the C entry (tag colon)"),
    "rules.c:rule_date_label:l": dict(
        section="date_labels", norm="trim", cmp="nz_equals after trimming ':'"),
    "rules.c:rule_title_line:titles": dict(
        section="signature_titles", norm="trim", cmp="ASCII tolower then strstr after the "
        "line's start, a space or an apostrophe, no ASCII letter after"),
    "rules.c:rule_junk:junk": dict(
        section="junk_lines", norm="trim", cmp="nz_equals, the whole block"),
    "rules.c:rule_junk:labels": dict(
        section="social_labels", norm="trim", cmp="nz_prefix, then ':' (or ' (...):')"),
    "rules.c:rule_junk:nets": dict(
        section="social_networks", norm="trim", cmp="strncmp, exact case, whole word"),
    "rules.c:rule_junk:(inline nz_prefix)": dict(
        section="junk_prefixes", norm="trim", cmp="nz_prefix (the two conditional leads, "
        "'The post ' and 'Follow ', stay in C as logic)"),
    "rules.c:rule_place_dayfirst:us": dict(
        section="month_first_places", norm="trim comma", cmp="nz_prefix anywhere in the place; "
        "', NY' and kin after a comma (tag after_comma)"),
    # headline.c
    "headline.c:set_headline_text:labels": dict(
        section="headline_labels", norm="trim colon", cmp="nz_prefix with the colon"),
    # contacts.c
    "email_phone.c:glued_label:w": dict(
        section="email_labels", norm="trim", cmp="strncmp, exact case, a capital after"),
    "email_phone.c:phone_label_before:labels": dict(
        section="phone_labels", norm="trim", cmp="ASCII-lower window, strstr, word boundaries"),
    "email_phone.c:veto_before:w": dict(
        section="number_references", norm="trim", cmp="ASCII-lower window, strstr, "
        "only separators between it and the number"),
    "email_phone.c:veto_after:w": dict(
        section="number_units", norm="trim", cmp="strncasecmp prefix, no boundary "
        "('t ' and 'ha ' with their space)"),
    "contacts.c:role_word:w": dict(
        section="contact_roles", norm="trim", cmp="ASCII lower, has_word (word boundaries)"),
    "contacts.c:strong_org_word:w": dict(
        section="org_words", with_tags="strong", norm="trim", cmp="ASCII lower, has_word"),
    "contacts.c:org_word:w": dict(
        section="org_words", norm="trim", cmp="ASCII lower, has_word"),
    "contacts.c:particle:p": dict(
        section="name_particles", norm="trim", cmp="pm_mem_in, exact case",
        extra=["bint"], why="quotes.c's copy has 'bint', this one not"),
    "contacts.c:strip_label:labels": dict(
        section="contact_field_labels", norm="trim", cmp="nz_prefix, then ':' or '.'"),
    "contacts.c:legal_suffix:w": dict(
        section="org_suffixes", norm="trim", cmp="pm_str_in, exact case"),
    # quotes.c
    "quotes.c::verbs": dict(
        section="speech_verbs", norm="trim", cmp="strncasecmp (ASCII case only), word "
        "boundaries; the first in table order wins"),
    "quotes.c:name_follows:w": dict(
        section="speech_verbs", with_tags="name_follows", norm="trim", cmp="pm_str_in on a verb"),
    "quotes.c::pronouns": dict(
        section="pronoun_attributions", norm="trim", cmp="as the verbs"),
    "quotes.c:not_name_word:s": dict(
        section="not_name_words", norm="trim", cmp="pm_mem_in, exact case"),
    "quotes.c:particle:p": dict(
        section="name_particles", norm="trim", cmp="pm_mem_in, exact case"),
    "quotes.c:title_word:t": dict(
        section="person_titles", norm="trim", cmp="pm_mem_in, exact case"),
    "quotes.c:role_lead:stems": dict(
        section="role_words", norm="trim stem", part=True, cmp="ASCII tolower (and "
        "Latin-1 capitals of the first letter), strncmp prefix, or strstr inside a word "
        "4 letters longer (compounds)"),
    "quotes.c:role_lead:ar": dict(
        section="role_words", norm="trim", part=True, cmp="pm_mem_in, exact"),
    "quotes.c:name_at_len:art": dict(
        section="articles", norm="trim", cmp="strncmp, exact case, with the space or "
        "apostrophe after"),
    "quotes.c:name_at_len:stop": dict(
        section="name_stop_words", norm="trim", cmp="exact, whole word"),
    # dates.c
    "dates.c::months": dict(
        section="months", norm="trim", cmp="match_word: lower_cp folding (the same letters "
        "as nz_prefix), a word boundary after; the longest wins"),
    "dates.c::weekdays": dict(
        section="weekdays", norm="trim", cmp="match_word; the first in table order wins"),
    "dates.c:ordinal:suf": dict(
        section="ordinal_suffixes", norm="trim", cmp="match_word after the day's digits"),
    "dates.c:connector:w": dict(
        section="date_connectors", norm="trim", cmp="match_word"),
    # acronyms.c
    "acronyms.c::function_words": dict(
        section="function_words", norm="trim", cmp="strcmp on the word folded without "
        "accents (the section folds BASE)"),
    "acronyms.c::head_nouns": dict(
        section="head_nouns", norm="trim", cmp="strcmp on the word folded without accents"),
    # lang.c
    "lang.c::stop": dict(
        section="stop_words", norm="trim", by_lang=True, cmp="strcmp on the word, ASCII lower-cased; "
        "one vote per language"),
    # hyphen.c
    "hyphen.c:hyphen_prefix:p": dict(
        section="hyphen_prefixes", norm="trim", cmp="pm_str_in, exact case"),
    # arabic.c
    "arabic.c:repair_word:alone": dict(
        section="article_forms", norm="trim", cmp="memcmp, the whole word"),
}

# Tables that hold no words of a language: they stay in C.
NOT_WORDS = {
    "acronyms.c:strip_quotes:q": "quotation marks",
    "rules.c:rule_release_line:pairs": "bracket pairs",
    "contacts.c:split_segments:seps": "separators",
    "headline.c:letterhead_block:seps": "separators",
    "rules.c:issuer_before_place:seps": "separators",
    "rules.c:link_bar_line:bars": "separators",
    "webpage.c:breadcrumbs:seps": "separators",
    "headline.c:attributed_quote:closing": "closing quotation marks",
    "body.c:typed_bullet:bullets": "bullet characters",
    "model.c:plugin_effect:info": "warning codes",
    "lang.c::langs": "textcat model names",
    "lang.c::siblings": "language codes keyed by the [sibling_words] tags",
    "model.c:h_property:keys": "metadata keys",
    "wraps.c:typesetter_hyphenates:keys": "metadata keys",
    "model.c:h_property:list_keys": "metadata keys whose value is a list",
    "record.c:pm_record_fail:clear": "record field names",
    "record.c:pm_record_fail:empty": "record field names",
    "quotes.c::qmarks": "quotation mark pairs",
    "understand.c::kinds": "record kind names (docs/record.md), keyed by lexicon tags",
    "ocr_address.c::misreads": "glyph sequences a recognition reads for '@'",
}

LITERAL = r'"(?:[^"\\]|\\.)*"'

# Words written inline in a comparison ("strstr(t, \"Sperrfrist\")") are
# word lists too, one entry long: inline_words() finds the string
# literals with a letter among the arguments of these functions, and the
# build stops on one that is not in INLINE_NOT_WORDS.
COMPARISONS = ("strcmp", "strncmp", "strcasecmp", "strncasecmp", "strstr", "memcmp",
               "nz_prefix", "nz_prefix_word", "nz_equals", "nz_has_word", "nz_word", "obf_token")

# literals that are no word of a language: (file, literal) -> why
INLINE_NOT_WORDS = {
    ("record.c", "ok"): "record status values",
    ("record.c", "partial"): "record status values",
    ("record.c", "failed"): "record status values",
    ("record.c", "heading"): "body item types",
    ("body.c", "heading"): "body item types",
    ("structure.c", "table"): "body item types",
    ("contacts.c", "mail_header"): "a furniture kind of the record (docs/record.md)",
    ("contacts.c", "box"): "a furniture kind of the record (docs/record.md)",
    ("report.c", "runon"): "repair names",
    ("arabic.c", "rtl_ligature"): "repair names",
    ("lang.c", "zh-Hans"): "textcat model names",
    ("lang.c", "en fr es de pt it"): "language codes",
    ("spell.c", "UTF-8"): "a charset name",
    ("worker.c", "version"): "frame field names",
    ("normalize.c", "txt"): "format names",
    ("wraps.c", "txt"): "format names",
    ("wraps.c", "pdf"): "format names",
    ("runon.c", "docx"): "format names",
    ("headline.c", "docx"): "format names",
    ("normalize.c", "en"): "language codes",
    ("rules.c", "en"): "language codes",
    ("wraps.c", "ja"): "language codes",
    ("wraps.c", "zh"): "language codes",
    ("rules.c", "www."): "web addresses",
    ("rules.c", "http"): "web addresses",
    ("rules.c", ".com"): "web addresses",
    ("rules.c", "t.me/"): "web addresses",
    ("sections.c", "www."): "web addresses",
    ("closing.c", "www."): "web addresses",
    ("understand.c", "www."): "web addresses",
    ("wraps.c", "www."): "web addresses (wrap.address_split)",
    ("wraps.c", "http://"): "URL schemes (wrap.address_split)",
    ("wraps.c", "https://"): "URL schemes (wrap.address_split)",
    ("email_phone.c", "xn--"): "the ACE prefix of internationalised domain labels (RFC 5890)",
    ("closing.c", "http"): "web addresses",
    ("contacts.c", "mailto:"): "URL schemes",
    ("rules.c", "function("): "script code a scraper kept",
    ("rules.c", "function ("): "script code a scraper kept",
    ("rules.c", "document.getElementById"): "script code a scraper kept",
    ("rules.c", "window."): "script code a scraper kept",
    ("rules.c", "var "): "script code a scraper kept",
    ("rules.c", "<script"): "script code a scraper kept",
    ("rules.c", "\u00ba"): "the ordinal indicator after a number (\"N\u00ba 14\")",
    ("engine.c", ".no_text_layer"): "warning codes",
    ("model.c", ".guessed"): "warning codes",
    ("loader.c", ".so"): "file name suffixes",
    ("worker.c", "--pressmill-worker"): "command-line options",
}


def c_unescape(lit):
    """The bytes of a run of adjacent C string literals, as text."""
    out = bytearray()
    for m in re.finditer(LITERAL, lit):
        s, i = m.group(0)[1:-1], 0
        while i < len(s):
            c = s[i]
            if c != "\\":
                out.extend(c.encode("utf-8"))
                i += 1
                continue
            n = s[i + 1]
            if n == "x":
                h = re.match(r"[0-9a-fA-F]+", s[i + 2:]).group(0)
                out.append(int(h, 16))
                i += 2 + len(h)
            elif n in "01234567":
                o = re.match(r"[0-7]{1,3}", s[i + 1:]).group(0)
                out.append(int(o, 8))
                i += 1 + len(o)
            else:
                out.extend({"n": b"\n", "t": b"\t", "\\": b"\\", '"': b'"', "'": b"'"}.get(n, n.encode()))
                i += 2
    return out.decode("utf-8")


def strip_comments(src):
    """C comments blanked out (string literals kept), offsets unchanged."""
    out, i, n = list(src), 0, len(src)
    while i < n:
        if src[i] == '"':
            m = re.match(LITERAL, src[i:])
            i += len(m.group(0)) if m else 1
        elif src[i] == "'":
            m = re.match(r"'(?:[^'\\]|\\.)*'", src[i:])
            i += len(m.group(0)) if m else 1
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            for k in range(i, j):
                if out[k] != "\n":
                    out[k] = " "
            i = j
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = " "
            i = j
        else:
            i += 1
    return "".join(out)


def blank_literals(src):
    """String and character literals blanked out, offsets unchanged."""
    return re.sub(LITERAL + r"|'(?:[^'\\]|\\.)*'", lambda m: " " * len(m.group(0)), src)


def functions(src):
    """[(start, end, name)] of the function bodies at file level."""
    out, depth, start, name = [], 0, None, None
    for m in re.finditer(r"[{}]", blank_literals(src)):
        if m.group(0) == "{":
            if depth == 0:
                head = src[max(0, m.start() - 400):m.start()]
                fm = re.search(r"(\w+)\s*\([^;{}]*\)\s*$", head)
                start, name = m.start(), fm.group(1) if fm else None
            depth += 1
        else:
            depth -= 1
            if depth == 0 and start is not None:
                if name:
                    out.append((start, m.end(), name))
                start = None
    return out


def enclosing(funcs, pos):
    for a, b, name in funcs:
        if a <= pos < b:
            return name
    return ""


def tables(src_dir):
    """Every table: dicts with id, file, function, name, line, entries
    [(word, lang or None, value or None)], kind."""
    found = []
    paths = []
    for dirpath, dirs, files in os.walk(src_dir):
        dirs[:] = sorted(d for d in dirs if d not in ("cli", "worker", "include", "lexicon"))
        paths += [os.path.join(dirpath, f) for f in files if f.endswith(".c")]
    for path in sorted(paths, key=os.path.basename):
        fn = os.path.basename(path)
        raw = open(path, encoding="utf-8").read()
        src = strip_comments(raw)
        funcs = functions(src)

        def add(name, pos, entries, kind):
            func = enclosing(funcs, pos)
            found.append(dict(id=f"{fn}:{func}:{name}", file=fn, function=func, name=name,
                              line=src.count("\n", 0, pos) + 1, entries=entries, kind=kind))

        # string tables
        for m in re.finditer(r"static\s+const\s+char\s*\*\s*const\s+(\w+)\s*\[\]\s*=\s*\{(.*?)\};", src, re.S):
            body = m.group(2)
            items = []
            for part in re.finditer(r"((?:" + LITERAL + r"\s*)+)|\bNULL\b", body):
                if part.group(1):
                    items.append((c_unescape(part.group(1)), None, None))
            add(m.group(1), m.start(), items, "strings")
        # struct tables of words
        for m in re.finditer(r"static\s+const\s+struct\s*(\w*)\s*\{[^}]*\}\s*(\w+)\s*\[\]\s*=\s*\{(.*?)\};", src, re.S):
            name, body = m.group(2), m.group(3)
            items = []
            if name == "months":
                for e in re.finditer(r"\{(" + LITERAL + r"),\s*(\d+),\s*(" + LITERAL + r")\}", body):
                    items.append((c_unescape(e.group(1)), c_unescape(e.group(3)), e.group(2)))
            elif name == "zones":
                for e in re.finditer(r"\{(" + LITERAL + r"),\s*(" + LITERAL + r"|NULL)\}", body):
                    v = None if e.group(2) == "NULL" else c_unescape(e.group(2))
                    items.append((c_unescape(e.group(1)), None, v))
            elif name == "stop":
                for e in re.finditer(r"\{(" + LITERAL + r"),\s*\{([^}]*)\}\}", body):
                    lang = c_unescape(e.group(1))
                    for w in re.finditer(LITERAL, e.group(2)):
                        items.append((c_unescape(w.group(0)), lang, None))
            elif name == "map":
                for e in re.finditer(r"\{(" + LITERAL + r"),\s*(" + LITERAL + r")\}", body):
                    items.append((c_unescape(e.group(1)), None, c_unescape(e.group(2))))
            else:
                for e in re.finditer(LITERAL, body):
                    items.append((c_unescape(e.group(0)), None, None))
            add(name, m.start(), items, "struct")
        # tables of pairs (the quotation marks)
        for m in re.finditer(r"static\s+const\s+char\s*\*\s*const\s+(\w+)\s*\[\]\[\d+\]\s*=\s*\{(.*?)\};", src, re.S):
            items = [(c_unescape(e.group(0)), None, None) for e in re.finditer(LITERAL, m.group(2))]
            add(m.group(1), m.start(), items, "struct")
        # the junk leads written inline in rule_junk()
        for a, b, name in funcs:
            if fn == "rules.c" and name == "rule_junk":
                items = []
                for e in re.finditer(r"nz_prefix\(t,\s*(" + LITERAL + r")\)", src[a:b]):
                    w = c_unescape(e.group(1))
                    if w not in ("The post ", "Follow ") and (w, None, None) not in items:
                        items.append((w, None, None))
                if items:
                    add("(inline nz_prefix)", a, items, "inline")
    return found


def call_args(src, start):
    """The text of the argument list whose '(' is at start, up to its ')'."""
    depth, i, blank = 0, start, blank_literals(src)
    while i < len(src):
        if blank[i] == "(":
            depth += 1
        elif blank[i] == ")":
            depth -= 1
            if depth == 0:
                return src[start + 1:i]
        i += 1
    return src[start + 1:]


def inline_words(src_dir):
    """[(path, line, function, literal)]: the literals with a letter among
    the arguments of a comparison (COMPARISONS) in the C sources."""
    found = []
    paths = []
    for dirpath, dirs, files in os.walk(src_dir):
        dirs[:] = sorted(d for d in dirs if d not in ("cli", "include", "lexicon"))
        paths += [os.path.join(dirpath, f) for f in files if f.endswith(".c")]
    call = re.compile(r"\b(" + "|".join(COMPARISONS) + r")\s*\(")
    for path in sorted(paths, key=os.path.basename):
        fn = os.path.basename(path)
        src = strip_comments(open(path, encoding="utf-8").read())
        funcs = functions(src)
        blank = blank_literals(src)
        for m in call.finditer(blank):
            if re.match(r"\s*(static\s+)?\w[\w\s\*]*$", blank[blank.rfind("\n", 0, m.start()) + 1:m.start()]) \
                    and src[m.end():].lstrip().startswith(("const", "char", "void")):
                continue  # a definition, not a call
            args = call_args(src, m.end() - 1)
            for lit in re.finditer(LITERAL, args):
                text = c_unescape(lit.group(0))
                if any(c.isalpha() for c in text):
                    found.append((os.path.relpath(path, ROOT), src.count("\n", 0, m.end()) + 1,
                                  enclosing(funcs, m.start()), text))
    return found


def normalise(word, norm):
    for op in norm.split():
        if op == "trim":
            word = word.strip()
        elif op == "colon":
            word = word.rstrip().rstrip(":").rstrip()
        elif op == "comma":
            word = word[1:].strip() if word.startswith(",") else word
    return word


def words_of(t, spec):
    """The table's entries as lexicon words: [(word, lang, value)], once each."""
    out = []
    for w, lang, val in t["entries"]:
        norm = spec.get("norm", "trim")
        item = (normalise(w, norm), lang, val)
        if item not in out:
            out.append(item)
    return out


def compare(found):
    """What the C test checks, in Python, with the compiler's own reading
    of the lexicon: for each table, the words the section lacks and the
    words it holds beyond the table (outside pending entries); and the
    pending entries that are no news (their word is known already)."""
    sys.path.insert(0, HERE)
    import lexc
    lexdir = os.path.join(ROOT, "core", "lexicon")
    sections, tags, errors = lexc.read_sections(os.path.join(lexdir, "sections.def"))
    files = sorted(os.path.join(lexdir, f) for f in os.listdir(lexdir) if f.endswith(".lex"))
    entries, order = lexc.check_all(sections, files, errors)
    if errors:
        print("\n".join(errors))
        return 1
    fold = {s.name: s.fold for s in sections}
    bad = 0
    groups = {}
    for t in found:
        spec = MAP.get(t["id"])
        if not spec:
            continue
        sec, want = spec["section"], set(spec.get("with_tags", "").split()) - {""}
        stem = "stem" in spec.get("norm", "")
        by_lang = spec.get("by_lang", False)

        def key(word, lang):
            k = (lexc.fold_key(word, fold[sec]), stem)
            return (lang,) + k if by_lang else k
        table = {key(w, l): w for w, l, v in words_of(t, spec)}
        lex = {key(e.text, order[e.lang]): e.text for e in entries if e.section.name == sec and
               "pending" not in e.tags and want <= e.tags and e.stem == stem}
        allowed = {key(x, None) for x in spec.get("extra", [])}
        missing = sorted(table[k] for k in set(table) - set(lex))
        if spec.get("part"):
            groups.setdefault((sec, tuple(sorted(want))), [set(), lex, []])[0].update(table)
            extra = []
        else:
            extra = sorted(lex[k] for k in set(lex) - set(table) - allowed)
        if missing or extra:
            bad += 1
            print(f"{t['id']} -> [{sec}]: missing {missing}, extra {extra}")
    for (sec, want), (union, lex, _) in groups.items():
        extra = sorted(lex[k] for k in set(lex) - union)
        if extra:
            bad += 1
            print(f"[{sec}] beyond its tables: {extra}")
    # as written: a list read as written (titles) may know "Dr." and wait for "dr."
    known = {(e.section.name, e.text) for e in entries if "pending" not in e.tags}
    for e in entries:
        if "pending" in e.tags and (e.section.name, e.text) in known and e.section.name != "stop_words":
            print(f"note: {os.path.basename(e.path)}:{e.line}: {e.text!r} is pending, "
                  f"but [{e.section.name}] knows it already")
    print(f"compare: {bad} table(s) differ from the lexicon")
    return 1 if bad else 0


def main(argv):
    src = os.path.join(ROOT, "core")
    mode = "print"
    i = 0
    while i < len(argv):
        if argv[i] == "--src" and i + 1 < len(argv):
            src = argv[i + 1]
            i += 1
        elif argv[i] in ("--tsv", "--summary", "--compare", "--inline"):
            mode = argv[i][2:]
        else:
            print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
            return 2
        i += 1
    found = tables(src)
    unknown = [t["id"] for t in found if t["id"] not in MAP and t["id"] not in NOT_WORDS]
    if unknown:
        # a new table in C: say where its words belong before going on
        for u in unknown:
            print(f"lex_migrate: table {u} is in neither MAP nor NOT_WORDS", file=sys.stderr)
        return 1
    inline = inline_words(src)
    if mode == "inline":
        for path, line, func, text in inline:
            fn = os.path.basename(path)
            why = INLINE_NOT_WORDS.get((fn, text))
            print(f"{path}:{line}\t{func or '-'}\t{text!r}\t{why or 'A WORD: belongs in the lexicon'}")
        return 0
    stray = [(path, line, text) for path, line, func, text in inline
             if (os.path.basename(path), text) not in INLINE_NOT_WORDS]
    if stray:
        # a word written into a condition: it belongs in a section
        for fn, line, text in stray:
            print(f"lex_migrate: {fn}:{line}: {text!r} compared inline: put it in a lexicon "
                  f"section (core/lexicon/README), or in INLINE_NOT_WORDS if it is no word",
                  file=sys.stderr)
        return 1
    if mode == "compare":
        return compare(found)
    if mode == "tsv":
        for t in found:
            spec = MAP.get(t["id"])
            if not spec or not t["entries"]:
                continue
            print("\t".join(["T", t["id"], spec["section"], spec.get("with_tags", "-"),
                             "stem" if "stem" in spec.get("norm", "") else "word",
                             "part" if spec.get("part") else "whole",
                             "bylang" if spec.get("by_lang") else "-"]))
            for w, lang, val in words_of(t, spec):
                print("\t".join(["W", t["id"], w, lang or "-", val if val is not None else "-"]))
            for x in spec.get("extra", []):
                print("\t".join(["X", t["id"], x]))
        return 0
    total_words = total_tables = 0
    for t in found:
        spec = MAP.get(t["id"])
        n = len(t["entries"])
        if spec:
            total_words += n
            total_tables += 1
        if mode == "summary":
            dest = f"[{spec['section']}]" + (f" {{{spec['with_tags']}}}" if spec.get("with_tags") else "") \
                if spec else f"(stays in C: {NOT_WORDS[t['id']]})"
            print(f"{t['file']}:{t['line']}\t{t['function'] or '-'}\t{t['name']}\t{t['kind']}\t{n}\t{dest}")
            continue
        print(f"== {t['file']}:{t['line']} {t['function'] + '()' if t['function'] else '(file)'} "
              f"{t['name']}: {n} entries, {t['kind']}")
        if not spec:
            print(f"   stays in C: {NOT_WORDS[t['id']]}")
            continue
        print(f"   -> [{spec['section']}]" + (f" tagged {spec['with_tags']}" if spec.get("with_tags") else ""))
        print(f"   compared: {spec['cmp']}")
        if spec.get("extra"):
            print(f"   drift: {spec.get('why')}")
        for w, lang, val in t["entries"]:
            extra = "".join([f"  [{lang}]" if lang else "", f"  = {val}" if val is not None else ""])
            print(f"   {w!r}{extra}")
    print(f"{total_tables} word tables, {total_words} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
