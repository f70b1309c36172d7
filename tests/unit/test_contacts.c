/*
 * test_contacts.c - contacts.c: phone numbers in the shapes of six
 * languages and the figures that are not phones (dates, years, reference
 * numbers, amounts), e-mail addresses plain and obfuscated, and the
 * grouping of names, roles and organisations in contact blocks.
 */
#include "pm_test.h"
#include "normalize/normalize.h"

/* The first phone in s as a new string, or NULL. */
static char *phone(const char *s, bool in_contact)
{
	size_t a, b;
	if (!rule_find_phone(s, 0, in_contact, &a, &b))
		return NULL;
	return pm_strndup(s + a, b - a);
}

static void expect_phone(const char *s, bool in_contact, const char *want)
{
	char *got = phone(s, in_contact);
	if (!want) {
		if (got)
			print_message("unexpected phone '%s' in '%s'\n", got, s);
		assert_null(got);
		return;
	}
	if (!got)
		print_message("no phone in '%s'\n", s);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void phones_found(void **state)
{
	(void)state;
	/* en */
	expect_phone("Call +1 617-555-0142 for details.", false, "+1 617-555-0142");
	expect_phone("Media line: (212) 555-0176.", false, "(212) 555-0176");
	expect_phone("Reach us at 888-902-4192 today", false, "888-902-4192");
	expect_phone("+44 (0)20 7946 0958 | out of hours", false, "+44 (0)20 7946 0958");
	/* contacts.phone_paren_cc: the country code in parentheses */
	expect_phone("Móvil: (+34) 655 210 384", false, "(+34) 655 210 384");
	expect_phone("(+33) 745118203", false, "(+33) 745118203");
	expect_phone("Tel. (+351) 936 402 117 (redação)", false, "(+351) 936 402 117");
	/* contacts.phone_bare: ten bare digits alone on a contact block's line */
	expect_phone("Dana Whitfield\n7165550198", true, "7165550198");
	expect_phone("3479031562", true, "3479031562");
	expect_phone("phone 202/224-5344", false, "202/224-5344");
	expect_phone("ring healthdirect on 1800 022 222 to", false, "1800 022 222");
	expect_phone("over the phone by calling 180 22 66. Please", false, "180 22 66");
	expect_phone("Sheradyn Holderhead 0418 514 271 1 sheradyn@x.au", false, "0418 514 271");
	expect_phone("Mobile: 07729529863", false, "07729529863");
	expect_phone("www.Wire.com310.299.1717 Editor@Wire.com", false, "310.299.1717");
	/* fr */
	expect_phone("Tél. : 01 42 75 80 00", false, "01 42 75 80 00");
	expect_phone("Contact : +33 (0)1 23 45 67 89", false, "+33 (0)1 23 45 67 89");
	expect_phone("02 40 00 41 27 / 06 84 12 37 59", true, "02 40 00 41 27");
	expect_phone("Tél. : 819 555-0187 | Cell. : 438 555-0119", false, "819 555-0187");
	/* de */
	expect_phone("Tel.: (030) 90298-2843", false, "(030) 90298-2843");
	expect_phone("Telefon 030 1234567", false, "030 1234567");
	expect_phone("Tel.: +49 30 18 681- 22222", false, "+49 30 18 681- 22222");
	/* es */
	expect_phone("Teléfono: +34 91 123 45 67", false, "+34 91 123 45 67");
	expect_phone("Tel.: 91 347 51 45 / 91 347 53 25", false, "91 347 51 45");
	/* pt */
	expect_phone("Telefone: (11) 3091-1234", false, "(11) 3091-1234");
	expect_phone("Ligue +55 11 98765-4321", false, "+55 11 98765-4321");
	/* ar: Eastern Arabic digits and a label */
	expect_phone("هاتف: ٠١٢٣٤٥٦٧٨٩", false, "٠١٢٣٤٥٦٧٨٩");
	expect_phone("للتواصل +966 11 234 5678", false, "+966 11 234 5678");
}

static void not_phones(void **state)
{
	(void)state;
	/* dates and years */
	expect_phone("between 2019-2024 the programme grew", false, NULL);
	expect_phone("Les années 2019 2020 2021 ont été", true, NULL);
	expect_phone("Berlin, 05.03.2024 - Der Bezirk", false, NULL);
	/* ten bare digits: outside a contact block or inside a line, an id */
	expect_phone("7165550198", false, NULL);
	expect_phone("Order 7165550198 shipped", true, NULL);
	expect_phone("(+3) the third option", false, NULL);
	expect_phone("le 12/03/2024 à Paris", false, NULL);
	expect_phone("Riyad, 2023-05-31", false, NULL);
	/* references and identifiers */
	expect_phone("la loi n° 2015-1970 du 30 décembre", false, NULL);
	expect_phone("ISBN 978-2-07-036822-8", false, NULL);
	expect_phone("Registered charity number 1098765 (England)", false, NULL);
	expect_phone("Ley 39/2015, de 1 de octubre", false, NULL);
	expect_phone("order 123456789 was shipped", false, NULL);
	/* amounts and measures */
	expect_phone("a budget of 1 234 567 euros", false, NULL);
	expect_phone("um total de 12 345 678 habitantes", false, NULL);
	expect_phone("costs $ 12 500 000 in total", false, NULL);
	expect_phone("9 488 547 557 850 00 Per Citizen", true, NULL);
	expect_phone("Öffnungszeiten 09.00-17.00 Uhr", true, NULL);
	/* postal codes and coordinates */
	expect_phone("75008 Paris", true, NULL);
	expect_phone("48.8566, 2.3522", false, NULL);
	expect_phone("بلغ عدد الدول ٤٢ دولة", false, NULL);
	/* a reference word and only separators before the number, an
	 * abbreviated unit as a word of its own after it */
	expect_phone("Tel. 030 1234567, Nr:030 1234567", true, "030 1234567");
	expect_phone("Akte Nr:030 1234567", true, NULL);
	expect_phone("Akte Nr 030 1234567", true, NULL);
	expect_phone("Ernte 030 1234567 t.", true, NULL);
	expect_phone("Ernte 030 1234567 ha, 2024", true, NULL);
	expect_phone("Tel. 030 1234567 hat Vorwahl", true, "030 1234567");
}

static void emails(void **state)
{
	size_t a, b;
	char *e;
	(void)state;
	e = rule_email_norm("write to press@lumenfold.com.", 0, &a, &b);
	assert_non_null(e);
	assert_string_equal(e, "press@lumenfold.com");
	free(e);
	e = rule_email_norm("by emailing education@dva.gov.au.", 0, &a, &b);
	assert_non_null(e);
	assert_string_equal(e, "education@dva.gov.au");
	free(e);
	e = rule_email_norm("Courriel : jean.dupont [at] mairie [dot] fr", 0, &a, &b);
	assert_non_null(e);
	assert_string_equal(e, "jean.dupont@mairie.fr");
	free(e);
	e = rule_email_norm("E-Mail: presse(at)ba-fk.berlin.de", 0, &a, &b);
	assert_non_null(e);
	assert_string_equal(e, "presse@ba-fk.berlin.de");
	free(e);
	e = rule_email_norm("310.299.1717 OfficeEditor@MiningNewsWire.com", 0, &a, &b);
	assert_non_null(e);
	assert_string_equal(e, "Editor@MiningNewsWire.com");
	free(e);
	/* contacts.email_glued: a capitalised label on a lower-case address */
	{
		static const char *const glued[][2] = {
		    {"Emailnews@orrin.example", "news@orrin.example"},
		    {"E-Mailpresse@falkner.example", "presse@falkner.example"},
		    {"Courrielpresse@lys.example", "presse@lys.example"},
		    {"E-mailadresinfo@duinrand.example", "info@duinrand.example"},
		    /* no label, or no capital: the address as written */
		    {"emailnews@orrin.example", "emailnews@orrin.example"},
		    {"contactdesk@orrin.example", "contactdesk@orrin.example"},
		    {"Maria.Ferri@cantiere.example", "Maria.Ferri@cantiere.example"},
		    {"EMAILNEWS@ORRIN.EXAMPLE", "EMAILNEWS@ORRIN.EXAMPLE"},
		};
		size_t g;
		for (g = 0; g < sizeof glued / sizeof glued[0]; g++) {
			e = rule_email_norm(glued[g][0], 0, &a, &b);
			assert_non_null(e);
			assert_string_equal(e, glued[g][1]);
			free(e);
		}
	}
	/* a handle or a bare "@" is not an address */
	assert_null(rule_email_norm("follow @pressmill on social media", 0, &a, &b));
	assert_null(rule_email_norm("meet us at the fair (at) noon", 0, &a, &b));
	assert_true(rule_find_email("البريد: info@example.sa", 0, &a, &b));
}

static json_t *conv(const char *text)
{
	pm_context *ctx = pm_test_context();
	json_t *r;
	assert_non_null(ctx);
	r = pm_test_convert_text(ctx, text, "c.txt");
	pm_context_free(ctx);
	assert_non_null(r);
	return r;
}

static const char *cfield(json_t *r, size_t i, const char *k)
{
	return json_string_value(json_object_get(json_array_get(json_object_get(r, "contacts"), i), k));
}

static size_t ncontacts(json_t *r)
{
	return json_array_size(json_object_get(r, "contacts"));
}

static const char *const body_en =
	"Acme opens a new plant in Ohio\n\n"
	"COLUMBUS, Ohio, March 5, 2024 -- Acme Corp opened a plant that will employ 400 people by 2026, "
	"the company said on Tuesday in a statement to the press and to investors.\n\n";

static void contact_block_en(void **state)
{
	char text[2048];
	json_t *r;
	(void)state;
	snprintf(text, sizeof text,
	         "%sMedia Contact\n\nJane Doe, Director of Communications, Acme Corp, +1 617-555-0142, jane@acme.com\n",
	         body_en);
	r = conv(text);
	assert_int_equal(ncontacts(r), 1);
	assert_string_equal(cfield(r, 0, "name"), "Jane Doe");
	assert_string_equal(cfield(r, 0, "role"), "Director of Communications");
	assert_string_equal(cfield(r, 0, "organization"), "Acme Corp");
	assert_string_equal(cfield(r, 0, "phone"), "+1 617-555-0142");
	assert_string_equal(cfield(r, 0, "email"), "jane@acme.com");
	json_decref(r);

	snprintf(text, sizeof text,
	         "%sMedia Contact\n\nPriya Raman\nLumenfold, Inc.\n(212) 555-0176\npress@lumenfold.com\n"
	         "www.lumenfold.com\n",
	         body_en);
	r = conv(text);
	assert_int_equal(ncontacts(r), 1);
	assert_string_equal(cfield(r, 0, "name"), "Priya Raman");
	assert_string_equal(cfield(r, 0, "organization"), "Lumenfold, Inc.");
	assert_string_equal(cfield(r, 0, "phone"), "(212) 555-0176");
	assert_string_equal(cfield(r, 0, "url"), "www.lumenfold.com");
	json_decref(r);

	/* "Name | Role | email" and two people in one block */
	snprintf(text, sizeof text,
	         "%sPress Contacts\n\nJane Doe | Press Officer | jane@acme.com\n"
	         "John Roe | Investor Relations Manager | john@acme.com\n",
	         body_en);
	r = conv(text);
	assert_int_equal(ncontacts(r), 2);
	assert_string_equal(cfield(r, 0, "name"), "Jane Doe");
	assert_string_equal(cfield(r, 0, "role"), "Press Officer");
	assert_string_equal(cfield(r, 0, "email"), "jane@acme.com");
	assert_string_equal(cfield(r, 1, "name"), "John Roe");
	assert_string_equal(cfield(r, 1, "email"), "john@acme.com");
	json_decref(r);
}

/* Particles inside a name ("bin", "bint", "van der") are part of it: the
 * one list of [name_particles] that quotes.c reads too. */
static void names_with_particles(void **state)
{
	char text[2048];
	json_t *r;
	(void)state;
	snprintf(text, sizeof text, "%sMedia Contact\n\nNoura bint Khalid, Press Officer, noura@acme.example\n",
	         body_en);
	r = conv(text);
	assert_int_equal(ncontacts(r), 1);
	assert_non_null(cfield(r, 0, "name"));
	assert_string_equal(cfield(r, 0, "name"), "Noura bint Khalid");
	assert_string_equal(cfield(r, 0, "role"), "Press Officer");
	json_decref(r);
	snprintf(text, sizeof text, "%sMedia Contact\n\nPieter van der Berg, Press Officer, pieter@acme.example\n",
	         body_en);
	r = conv(text);
	assert_string_equal(cfield(r, 0, "name"), "Pieter van der Berg");
	json_decref(r);
}

/* A legal form after a comma belongs to the name before it, as written
 * or in capitals. */
static void legal_forms(void **state)
{
	char text[2048];
	json_t *r;
	(void)state;
	snprintf(text, sizeof text, "%sMedia Contact\n\nPriya Raman, Harbor Light, INC., (212) 555-0176, press@harbor.example\n",
	         body_en);
	r = conv(text);
	assert_non_null(cfield(r, 0, "organization"));
	assert_string_equal(cfield(r, 0, "organization"), "Harbor Light, INC.");
	json_decref(r);
	snprintf(text, sizeof text, "%sMedia Contact\n\nPriya Raman, Harbor Light, plc, (212) 555-0176, press@harbor.example\n",
	         body_en);
	r = conv(text);
	assert_string_equal(cfield(r, 0, "organization"), "Harbor Light, plc");
	json_decref(r);
}

static void contact_block_fr_de_es_pt(void **state)
{
	json_t *r;
	(void)state;
	r = conv("La Ville vote son budget\n\n"
	         "SAINT-NAZAIRE, le 12 mars 2024 – Le conseil municipal a adopté le budget primitif de la Ville, "
	         "qui prévoit 40 millions d'euros d'investissement en 2024.\n\n"
	         "Contact presse\n\nAnne-Sophie Le Goff, attachée de presse\nTél. : 02 40 00 41 27 / 06 84 12 37 59\n"
	         "presse@mairie-saintnazaire.fr\n");
	assert_int_equal(ncontacts(r), 2);
	assert_string_equal(cfield(r, 0, "name"), "Anne-Sophie Le Goff");
	assert_string_equal(cfield(r, 0, "role"), "attachée de presse");
	assert_string_equal(cfield(r, 0, "phone"), "02 40 00 41 27");
	assert_string_equal(cfield(r, 1, "phone"), "06 84 12 37 59");
	json_decref(r);

	r = conv("Schulstraßen in Kreuzberg\n\n"
	         "Berlin, 12. März 2024 – Das Bezirksamt richtet vier weitere Schulstraßen ein, die morgens für den "
	         "Autoverkehr gesperrt werden.\n\n"
	         "Pressekontakt\n\nBezirksamt Friedrichshain-Kreuzberg\nTel.: (030) 90298-2843\n"
	         "E-Mail: presse(at)ba-fk.berlin.de\n");
	assert_int_equal(ncontacts(r), 1);
	assert_string_equal(cfield(r, 0, "organization"), "Bezirksamt Friedrichshain-Kreuzberg");
	assert_string_equal(cfield(r, 0, "phone"), "(030) 90298-2843");
	assert_string_equal(cfield(r, 0, "email"), "presse@ba-fk.berlin.de");
	json_decref(r);

	r = conv("El Gobierno amplía las ayudas\n\n"
	         "Madrid, 12 de marzo de 2024 – El Ministerio ha aprobado hoy nuevas ayudas para los agricultores "
	         "afectados por la sequía en 2023 y 2024.\n\n"
	         "Contacto de prensa\n\nMinisterio de Agricultura, Pesca y Alimentación\n"
	         "Teléfono: +34 91 347 51 45\ngabinete.prensa@mapa.es\n");
	assert_int_equal(ncontacts(r), 1);
	assert_string_equal(cfield(r, 0, "organization"), "Ministerio de Agricultura, Pesca y Alimentación");
	assert_string_equal(cfield(r, 0, "phone"), "+34 91 347 51 45");
	json_decref(r);

	r = conv("Universidade anuncia novo centro\n\n"
	         "São Paulo, 12 de março de 2024 – A universidade inaugurou hoje um centro de pesquisa que vai "
	         "receber 200 pesquisadores até 2026.\n\n"
	         "Assessoria de imprensa\n\nMaria da Silva\nTelefone: (11) 3091-1234\nmaria@usp.br\n");
	assert_int_equal(ncontacts(r), 1);
	assert_string_equal(cfield(r, 0, "name"), "Maria da Silva");
	assert_string_equal(cfield(r, 0, "phone"), "(11) 3091-1234");
	assert_string_equal(cfield(r, 0, "email"), "maria@usp.br");
	json_decref(r);
}

static void whole_document(void **state)
{
	json_t *r;
	size_t i;
	(void)state;
	/* numbers and addresses of the body count once; years, references
	 * and amounts of the body do not */
	r = conv("Acme opens a new plant\n\n"
	         "BOSTON, March 5, 2024 -- Acme Corp, which was founded in 1998 and grew by 12 500 000 dollars "
	         "between 2019-2024 under law n° 2015-1970, opened a plant. Call +1 617-555-0142 or write to "
	         "info [at] acme [dot] com for a visit.\n\n"
	         "Journalists may also call +1 617-555-0142.\n");
	assert_int_equal(ncontacts(r), 2);
	for (i = 0; i < ncontacts(r); i++) {
		const char *p = cfield(r, i, "phone"), *e = cfield(r, i, "email");
		if (p)
			assert_string_equal(p, "+1 617-555-0142");
		if (e)
			assert_string_equal(e, "info@acme.com");
	}
	json_decref(r);

	r = conv("التحالف يستقبل وفدا من سيراليون\n\n"
	         "الرياض، 31 مايو 2023 - استقبل التحالف الإسلامي العسكري لمحاربة الإرهاب وفدا عسكريا من 42 دولة "
	         "في مقره بالرياض لبحث سبل التعاون.\n\n"
	         "للتواصل\n\nهاتف: ٠١١٢٣٤٥٦٧٨\nmedia@imctc.org\n");
	assert_int_equal(ncontacts(r), 1);
	assert_string_equal(cfield(r, 0, "phone"), "٠١١٢٣٤٥٦٧٨");
	assert_string_equal(cfield(r, 0, "email"), "media@imctc.org");
	json_decref(r);
}

/* Convention contacts.letterhead_lines: the sender's lines above the
 * title, each a block of its own, are one run: the number and the
 * address under the name are one contact; a block of the text after
 * them starts afresh. */
static void letterhead_lines(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Kestrel Valley Choir\n\n+44 1632 960 442\n\nchoir@kestrelvalley.example\n\n"
	         "Kestrel Valley Choir sings in the cathedral at Easter\n\n"
	         "KESTREL BRIDGE, 2 March 2026 - The Kestrel Valley Choir will sing the Easter vigil in the cathedral "
	         "for the first time, with forty singers from the valley's villages.\n\n"
	         "Rehearsals are held on Tuesday evenings in the village hall.\n");
	assert_int_equal(ncontacts(r), 1);
	assert_string_equal(cfield(r, 0, "phone"), "+44 1632 960 442");
	assert_string_equal(cfield(r, 0, "email"), "choir@kestrelvalley.example");
	json_decref(r);
}

/* Found by fuzzing: a "+" opening a run of more than fifteen figures
 * made the phone scanner stand still. It must move on and end. */
/* contacts.phone_alternative: the number after a phone and "or" ("ou",
 * "oder", "o", "of") is a phone too; after a figure that is no phone, or
 * after another word, it is not. */
static char *second_phone(const char *s)
{
	size_t a, b;
	if (!rule_find_phone(s, 0, false, &a, &b) || !rule_find_phone(s, b, false, &a, &b))
		return NULL;
	return pm_strndup(s + a, b - a);
}

static void phone_alternatives(void **state)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{"Reach Ann Cole on +1 212 555 0100 or 555 0101 until Friday.", "555 0101"},
		{"Joindre Léa Marchal au +33 4 72 10 20 30 ou 04 72 10 20 31.", "04 72 10 20 31"},
		{"Jonas Brandt ist unter +49 341 1234 5678 oder 1234 5679 erreichbar.", "1234 5679"},
		{"Chiamare Marco Oldani al +39 0187 123 456 o 0187 123 457.", "0187 123 457"},
		{"Bel Sanne Bakker op +31 20 123 4567 of 123 4568.", "123 4568"},
		/* no phone before the word: "2,000 or 3,000 visitors" */
		{"Between 2 000 or 3 000 visitors come each day, the trust said.", NULL},
		/* a phone, then another word: the figure is no phone */
		{"Call +1 212 555 0100 about the 200 500 tickets.", NULL},
	};
	size_t k;
	(void)state;
	for (k = 0; k < sizeof cases / sizeof *cases; k++) {
		char *got = second_phone(cases[k].text);
		if (!cases[k].want) {
			if (got)
				print_message("unexpected second phone '%s' in '%s'\n", got, cases[k].text);
			assert_null(got);
			continue;
		}
		if (!got)
			print_message("no second phone in '%s'\n", cases[k].text);
		assert_non_null(got);
		assert_string_equal(got, cases[k].want);
		free(got);
	}
}

static void long_figure_run_after_plus(void **state)
{
	size_t a, b, from = 0, found = 0;
	const char *s = "+228 10 00 00 0228 10 00 00 00 and (228 10 00 00 0228 10 00 00 00";
	(void)state;
	while (found < 10 && rule_find_phone(s, from, false, &a, &b)) {
		assert_true(b > a);
		from = b;
		found++;
	}
	assert_true(found < 10);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(long_figure_run_after_plus),
		cmocka_unit_test(phone_alternatives),
		cmocka_unit_test(phones_found),
		cmocka_unit_test(not_phones),
		cmocka_unit_test(emails),
		cmocka_unit_test(contact_block_en),
		cmocka_unit_test(names_with_particles),
		cmocka_unit_test(legal_forms),
		cmocka_unit_test(contact_block_fr_de_es_pt),
		cmocka_unit_test(whole_document),
		cmocka_unit_test(letterhead_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
