/*
 * test_rules.c - the normaliser's rules, one test per rule, with examples
 * in English, French, Spanish, German, Portuguese and Arabic, and the traps
 * each rule must not fall into (event dates, phone numbers, letterheads,
 * rubric-like colons, compound hyphens).
 */
#include "pm_test.h"
#include "normalize/normalize.h"

static pm_context *ctx;

static int setup(void **state)
{
	(void)state;
	ctx = pm_test_context();
	return ctx ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	pm_context_free(ctx);
	return 0;
}

static json_t *conv(const char *text)
{
	json_t *r = pm_convert_buffer(ctx, text, strlen(text), "t.txt");
	assert_non_null(r);
	assert_string_not_equal(pm_test_str(r, "status"), "failed");
	return r;
}

static const char *dl(json_t *r, const char *k)
{
	return json_string_value(json_object_get(json_object_get(r, "dateline"), k));
}

static const char *body0(json_t *r)
{
	const char *t = json_string_value(json_object_get(json_array_get(json_object_get(r, "body"), 0), "text"));
	assert_non_null(t);
	return t;
}

#define BODY "Le texte du communiqué se poursuit ici avec plusieurs phrases complètes. Il décrit le projet en détail et donne des chiffres précis."
#define EBODY "The release goes on here with several complete sentences. It describes the project in detail and gives precise figures."

static void end_marks(void **state)
{
	static const char *const yes[] = {"###", "# # #", "-30-", "- 30 -", "- FIN -", "-ENDS-", "ENDS",
	                                  "[ENDS]", "— FIN —", "-FIN-", "END", "- Fin du communiqué -", "ENDE",
	                                  "انتهى", "*** FIM ***", NULL};
	static const char *const no[] = {"Fin", "30", "The end of an era", "###abc", "Ends today", "Ende",
	                                 "30 -", NULL};
	size_t i;
	(void)state;
	for (i = 0; yes[i]; i++)
		if (!rule_end_mark_text(yes[i]))
			fail_msg("'%s' is an end mark", yes[i]);
	for (i = 0; no[i]; i++)
		if (rule_end_mark_text(no[i]))
			fail_msg("'%s' is no end mark", no[i]);
}

static void release_lines(void **state)
{
	static const char *const yes[] = {"FOR IMMEDIATE RELEASE", "COMMUNIQUÉ DE PRESSE", "Communiqué de presse",
	                                  "NOTA DE PRENSA", "PRESSEMITTEILUNG", "COMUNICADO DE IMPRENSA",
	                                  "بيان صحفي", "JOINT MEDIA RELEASE", "ACOSS Media Release",
	                                  "EMBARGOED UNTIL 10:00 CET, 5 March 2024", "EMBARGO",
	                                  "Comunicado conjunto: Lisboa e Madrid", "Acme Widgets PRESS STATEMENT",
	                                  /* headline.release_line.dated and .team */
	                                  "Medienmitteilung vom 12. Mai 2025", "Persbericht van 3 juni 2025",
	                                  "Communiqué de presse du 2 avril 2025", "Nota de prensa del Club Náutico Serrano",
	                                  "News from the Tollan Harbour Authority",
	                                  NULL};
	static const char *const no[] = {"Press releases are sent every day to journalists.",
	                                 "Release of the new model is planned", "EMBARGO ON EXPORTS",
	                                 "Communiquer avec la presse", "Acme Widgets Press Statements",
	                                 "Press release of the new model is planned for May", NULL};
	size_t i, used;
	char *r;
	(void)state;
	for (i = 0; yes[i]; i++) {
		r = rule_release_line(yes[i], &used);
		if (!r)
			fail_msg("'%s' is a release line", yes[i]);
		free(r);
	}
	for (i = 0; no[i]; i++) {
		r = rule_release_line(no[i], &used);
		if (r)
			fail_msg("'%s' is no release line", no[i]);
	}
}

/* headline.release_line.same_line: the phrase is the release, the title
 * after the separator stays; a date after it stays in the release. */
static void release_same_line(void **state)
{
	size_t used = 0;
	char *r;
	(void)state;
	r = rule_release_line("MEDIA RELEASE: Tollan Library lends telescopes", &used);
	assert_non_null(r);
	assert_string_equal(r, "MEDIA RELEASE");
	assert_string_equal("MEDIA RELEASE: Tollan Library lends telescopes" + used, "Tollan Library lends telescopes");
	free(r);
	r = rule_release_line("Comunicato stampa \xE2\x80\x93 Il porto di Lerino riapre", &used);
	assert_non_null(r);
	assert_string_equal(r, "Comunicato stampa");
	free(r);
	r = rule_release_line("FOR IMMEDIATE RELEASE: March 5, 2025", &used);
	assert_non_null(r);
	assert_string_equal(r, "FOR IMMEDIATE RELEASE: March 5, 2025");
	free(r);
}

static void embargo(void **state)
{
	char out[40];
	(void)state;
	assert_true(rule_embargo("EMBARGOED UNTIL 10:00 CET, 5 March 2024", out, 1));
	assert_string_equal(out, "2024-03-05T10:00+01:00");
	assert_true(rule_embargo("EMBARGO: 12 mars 2024", out, 1));
	assert_string_equal(out, "2024-03-12");
	assert_false(rule_embargo("FOR IMMEDIATE RELEASE", out, 1));
	/* the zone as written, its offset when it has one */
	assert_true(rule_embargo("SPERRFRIST: 5. März 2024, 10:00 MESZ", out, 1));
	assert_string_equal(out, "2024-03-05T10:00+02:00");
	assert_true(rule_embargo("EMBARGOED UNTIL 9:30 ET, 5 March 2024", out, 1));
	assert_string_equal(out, "2024-03-05T09:30");
	assert_true(rule_embargo("EMBARGOED UNTIL 9:30 cet, 5 March 2024", out, 1));
	assert_string_equal(out, "2024-03-05T09:30");
	/* [embargo_words] in any case, inside a word too: a compound */
	assert_true(rule_embargo("Veröffentlichungssperrfrist: 7. Mai 2025", out, 1));
	assert_string_equal(out, "2025-05-07");
	assert_true(rule_embargo("Under embargo until 8 June 2025", out, 1));
	assert_false(rule_embargo("Sperrgebiet ab 7. Mai 2025", out, 1));
}

static void tags(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Togo | CIMCT : Lomé accueillera un sommet en octobre\n\n" BODY "\n");
	assert_string_equal(pm_test_str(r, "headline"), "Lomé accueillera un sommet en octobre");
	assert_int_equal(json_array_size(json_object_get(r, "tags")), 2);
	assert_string_equal(json_string_value(json_array_get(json_object_get(r, "tags"), 1)), "CIMCT");
	json_decref(r);
	/* a figure makes the colon part of the title */
	r = conv("Budget 2024 : la Ville maintient ses taux\n\n" BODY "\n");
	assert_string_equal(pm_test_str(r, "headline"), "Budget 2024 : la Ville maintient ses taux");
	assert_int_equal(json_array_size(json_object_get(r, "tags")), 0);
	json_decref(r);
	/* an English title with a colon in it keeps it */
	r = conv("Acme Launches Orbit: A New Way to Ship Parcels\n\n" EBODY "\n");
	assert_string_equal(pm_test_str(r, "headline"), "Acme Launches Orbit: A New Way to Ship Parcels");
	json_decref(r);
	/* headline.rubric: a section's name, a capital after the colon */
	r = conv("Environment: Tollan plants four thousand street trees\n\n" EBODY "\n");
	assert_string_equal(pm_test_str(r, "headline"), "Tollan plants four thousand street trees");
	assert_string_equal(json_string_value(json_array_get(json_object_get(r, "tags"), 0)), "Environment");
	json_decref(r);
	/* headline.colon_sentence: lower case after the colon keeps it whole */
	r = conv("After two dry summers, the answer is simple: the reservoir grows\n\n" EBODY "\n");
	assert_string_equal(pm_test_str(r, "headline"), "After two dry summers, the answer is simple: the reservoir grows");
	assert_int_equal(json_array_size(json_object_get(r, "tags")), 0);
	json_decref(r);
}

static void datelines(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Un titre de communiqué\n\nPARIS, le 12 mars 2024 – Le groupe annonce un accord. " BODY "\n");
	assert_string_equal(dl(r, "location"), "PARIS");
	assert_string_equal(dl(r, "date"), "2024-03-12");
	assert_string_equal(pm_test_str(r, "date"), "2024-03-12");
	assert_true(!strncmp(body0(r), "Le groupe annonce", 17));
	json_decref(r);
	r = conv("A headline for a wire release\n\nNEW YORK, NY, March 5, 2024 /PRNewswire/ -- Acme Inc. today said. " EBODY "\n");
	assert_string_equal(dl(r, "location"), "NEW YORK");
	assert_string_equal(dl(r, "date"), "2024-03-05");
	assert_true(!strncmp(body0(r), "Acme Inc.", 9));
	json_decref(r);
	r = conv("Un titular de nota de prensa\n\nMadrid, 12 de marzo de 2024\n\nEl ministerio presenta hoy su plan. Las medidas entrarán en vigor en abril.\n");
	assert_string_equal(dl(r, "location"), "Madrid");
	assert_string_equal(dl(r, "date"), "2024-03-12");
	json_decref(r);
	r = conv("Eine Überschrift der Mitteilung\n\nBerlin, 12. März 2024 – Das Ministerium stellt heute seinen Plan vor. Die Maßnahmen gelten ab April.\n");
	assert_string_equal(dl(r, "location"), "Berlin");
	assert_string_equal(dl(r, "date"), "2024-03-12");
	json_decref(r);
	r = conv("Título do comunicado de imprensa\n\nLisboa, 5 de março de 2024 – O ministério apresenta hoje o seu plano. As medidas entram em vigor em abril.\n");
	assert_string_equal(dl(r, "location"), "Lisboa");
	assert_string_equal(dl(r, "date"), "2024-03-05");
	json_decref(r);
	r = conv("عنوان البيان الصحفي للوزارة\n\nالرياض، 31 مايو 2023\n\nأعلنت الوزارة اليوم عن خطة جديدة لدعم المشاريع الصغيرة والمتوسطة في المملكة.\n");
	assert_string_equal(dl(r, "location"), "الرياض");
	assert_string_equal(dl(r, "date"), "2023-05-31");
	assert_string_equal(pm_test_str(r, "language"), "ar");
	json_decref(r);
	r = conv("A headline about a Finnish company\n\nEspoo, Finland - October 5, 2017: Nordic Ltd said today. " EBODY "\n");
	assert_string_equal(dl(r, "location"), "Espoo");
	json_decref(r);
	/* a date alone on a line: location null */
	r = conv("COMMUNIQUÉ\n\n27 JUILLET 2023\n\nUn titre assez long pour un titre\n\n" BODY "\n");
	assert_null(dl(r, "location"));
	assert_string_equal(dl(r, "date"), "2023-07-27");
	json_decref(r);
}

/* The words of a dateline: the little word before the date is no part
 * of the place (in lower case or capitalised), particles and the
 * District of Columbia are, labels are no place. */
static void dateline_words(void **state)
{
	dl_match m;
	(void)state;
	assert_true(rule_dateline(NULL, "MADRID El 5 de marzo de 2024 – La empresa presenta su plan.", &m));
	assert_string_equal(m.location, "MADRID");
	assert_true(rule_dateline(NULL, "Lyon, le 5 mars 2024 – La ville présente son plan.", &m));
	assert_string_equal(m.location, "Lyon");
	assert_true(rule_dateline(NULL, "Rio de Janeiro, 5 de março de 2024 – A empresa apresenta o plano.", &m));
	assert_string_equal(m.location, "Rio de Janeiro");
	assert_true(rule_dateline(NULL, "WASHINGTON D.C. March 5, 2024 – The agency presents its plan.", &m));
	assert_string_equal(m.location, "WASHINGTON");
	assert_false(rule_dateline(NULL, "Updated 5 March 2024 – The agency presents its plan.", &m));
	/* a lower-case word that is no place particle ("presso") ends no
	 * place; "sul" is one (dateline.place.it_sul) */
	assert_false(rule_dateline(NULL, "Porto presso Mare 5 March 2024 – The agency presents its plan.", &m));
	assert_true(rule_dateline(NULL, "Porto sul Mare 5 March 2024 – The agency presents its plan.", &m));
	assert_string_equal(m.location, "Porto sul Mare");
	/* dateline.shape.label: a date label opens the date line, never a place */
	assert_true(rule_dateline(NULL, "Release date: 9 May 2023", &m));
	assert_string_equal(m.location, "");
	/* dateline.shape.paren_date and dateline.wire.time_zone */
	assert_true(rule_dateline(NULL, "FERNDALE (May 9, 2023) – The council met.", &m));
	assert_string_equal(m.location, "FERNDALE");
	assert_true(rule_dateline(NULL, "Ferndale, May 9, 2023, 9:30 a.m. PT – The council met.", &m));
	assert_string_equal(m.location, "Ferndale");
	assert_string_equal("Ferndale, May 9, 2023, 9:30 a.m. PT – The council met." + m.body_offset, "The council met.");
	/* dateline.wire.*: an agency's lead without the year, the place opening the text */
	{
		char loc[64];
		size_t off = rule_place_opening("Ferndale, 9 May (Reuters) - The council met.", false, loc, sizeof loc);
		assert_string_equal(loc, "Ferndale");
		assert_int_equal(off, strlen("Ferndale, 9 May (Reuters) - "));
		/* a parenthesis that names no agency is no tag */
		assert_int_equal(rule_place_opening("Ferndale (see below) - The council met.", false, loc, sizeof loc), 0);
		/* dateline.shape.glued_dash: the dash closed up to the place or
		 * the text; a hyphenated word after a state is no dash */
		off = rule_place_opening("FERNDALE, Wash.\xE2\x80\x94The council met.", false, loc, sizeof loc);
		assert_string_equal(loc, "FERNDALE");
		assert_string_equal("FERNDALE, Wash.\xE2\x80\x94The council met." + off, "The council met.");
		off = rule_place_opening("ALCORA.-La junta se reunió.", false, loc, sizeof loc);
		assert_string_equal(loc, "ALCORA");
		assert_string_equal("ALCORA.-La junta se reunió." + off, "La junta se reunió.");
		assert_int_equal(rule_place_opening("FERNDALE, D.C.-based Acme met the council.", false, loc, sizeof loc), 0);
	}
	/* the place says how to read 03/04/2024 */
	assert_int_equal(rule_place_dayfirst("Austin, TX", 10, "en"), 0);
	assert_int_equal(rule_place_dayfirst("SAN DIEGO", 9, "en"), 0);
	assert_int_equal(rule_place_dayfirst("Lyon", 4, "fr"), 1);
	assert_int_equal(rule_place_dayfirst("Harwick", 7, "en"), -1);
	/* date.numeric.ambiguous_day_first: English outside the US */
	assert_int_equal(rule_place_dayfirst("Sydney", 6, "en"), 1);
	assert_int_equal(rule_place_dayfirst("Harwick, England", 16, "en"), 1);
}

static void event_dates_are_not_release_dates(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Lomé accueillera un sommet en octobre prochain\n\nLa rencontre aura lieu les 14 et 15 octobre 2024 à Lomé. " BODY "\n");
	assert_null(pm_test_str(r, "date"));
	assert_true(json_is_null(json_object_get(r, "dateline")));
	json_decref(r);
	/* a phone number opening a line is no date either */
	r = conv("A headline for the phone test\n\n" EBODY "\n\nTel: 01/02/2024 555\n");
	assert_null(pm_test_str(r, "date"));
	json_decref(r);
}

static void ambiguous_dates(void **state)
{
	json_t *r, *w;
	size_t i;
	bool warned = false;
	(void)state;
	r = conv("Un titre pour la date ambiguë\n\nLyon, 03/04/2024 – La société annonce. " BODY "\n");
	assert_string_equal(pm_test_str(r, "date"), "2024-04-03");
	assert_true(json_is_true(json_object_get(r, "date_ambiguous")));
	w = json_object_get(r, "warnings");
	for (i = 0; i < json_array_size(w); i++)
		if (!strcmp(json_string_value(json_object_get(json_array_get(w, i), "code")), "date.ambiguous"))
			warned = true;
	assert_true(warned);
	json_decref(r);
	/* English and a US place: month first */
	r = conv("A headline for the date test\n\nBOSTON, 03/04/2024 -- Acme said today. " EBODY "\n");
	assert_string_equal(pm_test_str(r, "date"), "2024-03-04");
	json_decref(r);
}

static void first_sentence_date(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Un titre sans ligne de date\n\nLa société a annoncé aujourd'hui, 4 avril 2024, un nouveau produit. " BODY "\n");
	assert_string_equal(pm_test_str(r, "date"), "2024-04-04");
	assert_true(json_is_null(json_object_get(r, "dateline")));
	json_decref(r);
	r = conv("A headline without a dateline\n\nAcme announced today, April 4, 2024, a new product. " EBODY "\n");
	assert_string_equal(pm_test_str(r, "date"), "2024-04-04");
	json_decref(r);
	/* any "today" of the first 400 bytes, not only the first one */
	r = conv("A headline without a dateline\n\nAcme said today that, as of today, April 4, 2024, it grows. " EBODY "\n");
	assert_string_equal(pm_test_str(r, "date"), "2024-04-04");
	json_decref(r);
	r = conv("Eine Überschrift ohne Datumszeile\n\nDie Firma teilte heute, am 4. April 2024, mit, dass sie wächst. Sie stellt ein.\n");
	assert_string_equal(pm_test_str(r, "date"), "2024-04-04");
	json_decref(r);
}

static void closing_date(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Un titre de communiqué officiel\n\n" BODY "\n\nFait à Dakar, le 3 mai 2024\n");
	assert_string_equal(pm_test_str(r, "date"), "2024-05-03");
	assert_true(json_is_null(json_object_get(r, "dateline")));
	assert_null(strstr(json_string_value(json_object_get(r, "text")), "Fait à Dakar"));
	json_decref(r);
	/* a label and its colon, with French spacing too, or words that
	 * end where a word does */
	{
		pm_date d;
		assert_true(rule_closing_date("Fecha : 3 de mayo de 2024", 1, &d));
		assert_int_equal(d.d, 3);
		assert_true(rule_closing_date("DATUM: 3. Mai 2024", 1, &d));
		assert_true(rule_closing_date("Publié le 3 mai 2024", 1, &d));
		assert_false(rule_closing_date("Publié les 3 et 4 mai 2024", 1, &d));
		assert_false(rule_closing_date("Fait au Caire le 3 mai 2024", 1, &d));
		assert_false(rule_closing_date("Dates 3 mai 2024", 1, &d));
	}
}

static void bylines(void **state)
{
	char *name = NULL;
	json_t *r;
	(void)state;
	assert_true(rule_byline("By Jane Doe", &name));
	assert_string_equal(name, "Jane Doe");
	free(name);
	assert_true(rule_byline("Par Marie Dupont", &name));
	assert_string_equal(name, "Marie Dupont");
	free(name);
	assert_true(rule_byline("Source : Ministère de la Santé", &name));
	free(name);
	assert_false(rule_byline("By the end of the year, the plant will be ready.", NULL));
	/* a lead capitalised or in capitals, a label with its colon */
	assert_true(rule_byline("VON ANNA KLEIN", &name));
	assert_string_equal(name, "ANNA KLEIN");
	free(name);
	assert_true(rule_byline("PRÉPARÉ PAR Marie Dupont", NULL));
	assert_true(rule_byline("Auteur: Marie Dupont", NULL));
	assert_true(rule_byline("Fuente : Ministerio de Salud", NULL));
	assert_false(rule_byline("by Jane Doe", NULL));
	assert_false(rule_byline("Prepared By Jane Doe", NULL));
	assert_false(rule_byline("Source Ministère de la Santé", NULL));
	/* byline.by_colon: any lead may take a colon, French spacing too */
	assert_true(rule_byline("By: Dana Whitfield", &name));
	assert_string_equal(name, "Dana Whitfield");
	free(name);
	assert_true(rule_byline("BY: OREN BASK", &name));
	assert_string_equal(name, "OREN BASK");
	free(name);
	assert_true(rule_byline("Par : Lise Aubret", &name));
	assert_string_equal(name, "Lise Aubret");
	free(name);
	assert_true(rule_byline("Door: Joost de Wit", &name));
	assert_string_equal(name, "Joost de Wit");
	free(name);
	assert_true(rule_byline("Di: Marta Ferri", &name));
	assert_string_equal(name, "Marta Ferri");
	free(name);
	assert_true(rule_byline("بقلم: نادية الحسن", &name));
	assert_string_equal(name, "نادية الحسن");
	free(name);
	assert_false(rule_byline("Di Marta Ferri", NULL)); /* "di" is a label: its colon */
	assert_false(rule_byline("Door de regen werd het feest verplaatst.", NULL));
	/* byline.prepared_by: the name ends before a parenthesis, or a comma
	 * and a role; a comma and a name continue a list of writers */
	assert_true(rule_byline("Prepared by Tom Okafor (t.okafor@esk.example)", &name));
	assert_string_equal(name, "Tom Okafor");
	free(name);
	assert_true(rule_byline("Prepared by: Tom Okafor, Press Officer (t.okafor@esk.example)", &name));
	assert_string_equal(name, "Tom Okafor");
	free(name);
	assert_true(rule_byline("Verfasst von Uta Brinck (presse@brinck.example)", &name));
	assert_string_equal(name, "Uta Brinck");
	free(name);
	assert_true(rule_byline("Opgesteld door Sanne Mulder", &name));
	assert_string_equal(name, "Sanne Mulder");
	free(name);
	assert_true(rule_byline("A cura di Paolo Serra (ufficio stampa)", &name));
	assert_string_equal(name, "Paolo Serra");
	free(name);
	assert_true(rule_byline("Por Ana Ruiz, Luis Vera", &name));
	assert_string_equal(name, "Ana Ruiz, Luis Vera");
	free(name);
	/* a signatory's title: a word of [signature_titles] opening a word */
	assert_true(rule_title_line("Le Ministre de la Culture"));
	assert_true(rule_title_line("Chief Executive Officer"));
	assert_true(rule_title_line("L'Ambassadeur de France"));
	assert_true(rule_title_line("Der Geschäftsführer"));
	assert_true(rule_title_line("Directorate of Roads, Director"));
	assert_false(rule_title_line("The Directorate of Roads"));
	assert_false(rule_title_line("Une administration en 2024"));
	r = conv("Un titre de communiqué ordinaire\n\n" BODY "\n\nLa rédaction\n");
	assert_string_equal(pm_test_str(r, "byline"), "La rédaction");
	json_decref(r);
	r = conv("Un titre de communiqué officiel\n\n" BODY "\n\nLe Ministre de la Communication,\n\nPorte-Parole du Gouvernement\n\nAmadou SARRE\n\n02 octobre 2024\n");
	assert_string_equal(pm_test_str(r, "byline"), "Amadou SARRE");
	assert_string_equal(pm_test_str(r, "date"), "2024-10-02");
	assert_int_equal(json_array_size(json_object_get(r, "body")), 1);
	json_decref(r);
}

static void about_sections(void **state)
{
	char *rest = NULL;
	json_t *r, *a;
	(void)state;
	assert_true(rule_about_heading("About Lumenfold", NULL));
	assert_true(rule_about_heading("À propos de l’ANSV", NULL));
	assert_true(rule_about_heading("Acerca de Iberdrola", NULL));
	assert_true(rule_about_heading("Über die Stiftung", NULL));
	assert_true(rule_about_heading("نبذة عن الشركة", NULL));
	assert_true(rule_about_heading("About Acme Inc.", NULL));
	assert_true(rule_about_heading("A PROPOS D'HÉLIOSCOPE", NULL));
	assert_true(rule_about_heading("Acerca del Grupo Norte", NULL));
	assert_false(rule_about_heading("Abouts", NULL));
	assert_false(rule_about_heading("Sobrenatural", NULL));
	/* about.colon: a heading line may end with a colon */
	assert_true(rule_about_heading("About Orrin Tools:", NULL));
	assert_true(rule_about_heading("À propos de :", NULL));
	assert_true(rule_about_heading("Über die Falkner Mühle GmbH:", NULL));
	assert_true(rule_about_heading("Over Stichting Duinrand:", NULL));
	/* about.after_end, about.heading: the longer leads */
	assert_true(rule_about_heading("More about Orrin Tools", NULL));
	assert_true(rule_about_heading("Mehr über die Falkner Mühle", NULL));
	assert_true(rule_about_heading("Chi è Cantiere Ferri", NULL));
	assert_true(rule_about_heading("En savoir plus sur la Maison Lys", NULL));
	/* about.not_heading: the lead before a quantity, or opening a short
	 * sentence, or a sentence whose subject repeats a small word */
	assert_false(rule_about_heading("Über 40 Aussteller", NULL));
	assert_false(rule_about_heading("Sobre 2.500 metros de costa", NULL));
	assert_false(rule_about_heading("Over drie weken opent de zaal.", NULL));
	assert_false(rule_about_heading("Sobre a data da abertura, a diretora da escola disse que tudo depende das chuvas de abril.", &rest));
	assert_true(rule_about_heading("About 3M", NULL));
	assert_false(rule_about_heading("over the gate and into the yard", NULL));
	assert_false(rule_about_heading("about the rail", NULL));
	assert_false(rule_about_heading("About 300 people attended the event in Paris last week.", &rest));
	assert_true(rule_about_heading("About Hylaine Hylaine is a values-first technology consulting firm that helps clients.", &rest));
	assert_non_null(rest);
	assert_true(!strncmp(rest, "Hylaine is", 10));
	/* about.whole_line: the lead alone on the first line of a one-cell
	 * box's text or of a paragraph, its text on the lines under it */
	assert_true(rule_about_heading("Über uns\nDie Tafel Rennbach sammelt Lebensmittel.", &rest));
	assert_non_null(rest);
	assert_true(!strncmp(rest, "Die Tafel", 9));
	assert_true(rule_about_heading("Who we are:\nThe Orrin Trust restores canals.", &rest));
	assert_non_null(rest);
	assert_true(!strncmp(rest, "The Orrin", 9));
	/* about.whole_line.profile, about.heading.other */
	assert_true(rule_about_heading("Company profile", NULL));
	assert_true(rule_about_heading("Unternehmensprofil:", NULL));
	assert_true(rule_about_heading("HAKKIMIZDA", NULL));
	assert_true(rule_about_heading("Tietoja meistä", NULL));
	assert_false(rule_about_heading("Background", NULL));
	r = conv("A headline for the about test\n\n" EBODY "\n\nAbout Acme\n\nAcme makes parcels fly. It was founded in 2001.\n\nMedia contact\n\nJane Doe\njane@acme.example\n");
	a = json_object_get(r, "about");
	assert_int_equal(json_array_size(a), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(a, 0), "heading")), "About Acme");
	assert_int_equal(json_array_size(json_object_get(json_array_get(a, 0), "paragraphs")), 1);
	assert_int_equal(json_array_size(json_object_get(r, "body")), 1);
	json_decref(r);
}

/* closing.references and closing.social: the headings of closing lists
 * of works cited and of accounts, a colon after them or not; a sentence
 * that opens with the same words is no heading. */
static void closing_headings(void **state)
{
	(void)state;
	assert_int_equal(rule_closing_heading("Works Cited"), CLOSING_REFERENCES);
	assert_int_equal(rule_closing_heading("BIBLIOGRAPHIE :"), CLOSING_REFERENCES);
	assert_int_equal(rule_closing_heading("Quellen\nStadtarchiv Lindenau, 1890"), CLOSING_REFERENCES);
	assert_int_equal(rule_closing_heading("Folgen Sie uns auf:"), CLOSING_SOCIAL);
	assert_int_equal(rule_closing_heading("Síguenos en redes sociales"), CLOSING_SOCIAL);
	assert_int_equal(rule_closing_heading("Sources close to the council said the vote was near."), CLOSING_NONE);
	assert_int_equal(rule_closing_heading("Follow the river path to the mill"), CLOSING_NONE);
	assert_true(rule_social_line("Instagram – harbourrowing"));
	assert_true(rule_social_line("facebook.com/harbourrowing"));
	assert_false(rule_social_line("The club rows on the harbour every Sunday morning."));
	assert_false(rule_social_line("Opening hours"));
}

/* furniture.link_line: a bar of short labels (three cells at least, an
 * empty one allowed) or a link label alone in brackets is navigation; a
 * title with a long cell, a dated letterhead line, a contact line with an
 * address, a table row and a bracketed placeholder are not. */
static void link_lines(void **state)
{
	(void)state;
	assert_true(rule_link_line("Home | News | Events | Contact"));
	assert_true(rule_link_line("rss | | (MID)"));
	assert_true(rule_link_line("Teilen \xC2\xB7 Facebook \xC2\xB7 E-Mail \xC2\xB7 Drucken"));
	assert_true(rule_link_line("[Link to tweet]"));
	assert_true(rule_link_line("[Lien vers le tweet 2]"));
	assert_false(rule_link_line("Ashcombe Arts | News | Ashcombe Choir Records Its First Album"));
	assert_false(rule_link_line("Harbour news | Weekly"));
	assert_false(rule_link_line("Ministry of Coastal Works | Mombasa | 5 March 2024"));
	assert_false(rule_link_line("Web \xE2\x80\xA2 Twitter \xE2\x80\xA2 Media contact: press@acme.example"));
	assert_false(rule_link_line("| Item | Q3 | Change |"));
	assert_false(rule_link_line("[City, State]"));
	assert_false(rule_link_line("[ENDS]"));
	assert_false(rule_link_line("A | B --- | --- | ---"));
	assert_false(rule_link_line("Photos will be posted on Twitter | Facebook | Instagram."));
	assert_false(rule_link_line("Keywords: Document Analysis \xC2\xB7 Deep Learning \xC2\xB7 Layout"));
	assert_false(rule_link_line("(i) , \xC2\xB7 \xC2\xB7 \xC2\xB7 , we"));
	assert_false(rule_link_line("col\xC2\xB7lecci\xC3\xB3 \xC2\xB7l\xC2\xB7 arxiu\xC2\xB7hist\xC3\xB2ric"));
}

/* advisory.five_w: a media advisory's labelled lines; the label needs its
 * colon, so a sentence opening with the same word is none. */
static void advisory_lines(void **state)
{
	(void)state;
	assert_true(rule_advisory_line("WHEN: Monday, 3 November 2025, 9 a.m."));
	assert_true(rule_advisory_line("QUAND : lundi 3 novembre"));
	assert_true(rule_advisory_line("**Dónde:** plaza Mayor"));
	assert_true(rule_advisory_line("Wann: Montag, 3. November"));
	assert_false(rule_advisory_line("When the bridge opens, buses will use it."));
	assert_false(rule_advisory_line("Whatever: a title with a colon"));
	assert_false(rule_advisory_line("Ortsbeirat tagt am Montag"));
}

/* date.cjk.issuer: a short line with a Japanese or Chinese legal form is
 * the issuer; a sentence (。) or a place is not. */
static void cjk_issuers(void **state)
{
	(void)state;
	assert_true(rule_cjk_issuer("株式会社あおば技研"));
	assert_true(rule_cjk_issuer(" 青山数据服务有限公司"));
	assert_false(rule_cjk_issuer("株式会社あおば技研は、新製品を発表しました。"));
	assert_false(rule_cjk_issuer("青川"));
	assert_false(rule_cjk_issuer("Acme Holdings Ltd"));
}

/* Contact headings, contact paragraphs, captions and a site's section
 * labels, in the languages the lexicon lists them in. */
static void headings_and_leads(void **state)
{
	(void)state;
	assert_true(rule_contact_heading("Media Contacts"));
	assert_true(rule_contact_heading("CONTACTS PRESSE :"));
	assert_true(rule_contact_heading("Pressekontakt"));
	assert_true(rule_contact_heading("Contacto de prensa: Ana Ruiz"));
	assert_true(rule_contact_heading("Contact us"));
	assert_true(rule_contact_heading("CONTACT Lena Hart 202 555 0100"));
	assert_true(rule_contact_heading("Contact for further information:"));
	assert_false(rule_contact_heading("Contact lenses are sold in every pharmacy of the town."));
	assert_false(rule_contact_heading("Contactless payments grew"));
	/* contacts.heading.audience_pair: audiences joined before the
	 * heading they share, or after it closing the line; a sentence about
	 * the audiences is none */
	assert_true(rule_contact_heading("Investor and media contact:"));
	assert_true(rule_contact_heading("Press, analyst and investor enquiries"));
	assert_true(rule_contact_heading("Presse- und Investorenkontakt"));
	assert_true(rule_contact_heading("Medien und Analysten:"));
	assert_true(rule_contact_heading("Contacts presse et investisseurs"));
	assert_true(rule_contact_heading("Contatti stampa e investitori"));
	assert_false(rule_contact_heading("Media and analysts welcomed the results of the second quarter."));
	assert_false(rule_contact_heading("Contacts presse et investisseurs se multiplient depuis mars."));
	assert_false(rule_contact_heading("Media and investors"  " praised the plan"));
	/* a contact paragraph: a lead, then an address or a number */
	assert_true(rule_contact_paragraph("For more information, please write to lena@hart.example"));
	assert_true(rule_contact_paragraph("Contactos: Ana Ruiz, +34 912 345 678"));
	assert_true(rule_contact_paragraph("Contact: lena@hart.example"));
	assert_false(rule_contact_paragraph("Contact lena@hart.example"));
	/* or a contact word, an address and a number */
	assert_true(rule_contact_paragraph("Interview Inquiries go to lena@hart.example or +44 20 7946 0958."));
	assert_true(rule_contact_paragraph("Ihr Pressekontakt: lena@hart.example, +49 30 1234567"));
	assert_false(rule_contact_paragraph("Interview requests go to lena@hart.example or +44 20 7946 0958."));
	/* captions: capitalised, a number after a figure's lead */
	assert_true(rule_caption("Figure 3 The harbour at dawn"));
	assert_true(rule_caption("Foto : Lena Hart"));
	assert_true(rule_caption("Photo credits: Lena Hart"));
	assert_true(rule_caption("Abbildung 2 Der Hafen"));
	assert_false(rule_caption("Figure skating returns to the town in May."));
	assert_false(rule_caption("figure 3 shows the harbour"));
	assert_false(rule_caption("Photographers: the harbour"));
	/* body.caption.credit: a credit's lead and a name after it; a
	 * sentence that opens with the word is none */
	assert_true(rule_caption("Photo by Lena Hart"));
	assert_true(rule_caption("Photo courtesy of the Hart Trust"));
	assert_true(rule_caption("(Foto: Lena Hart)"));
	assert_true(rule_caption("Credit: Lena Hart"));
	assert_false(rule_caption("Credit Union members meet on Monday."));
	assert_false(rule_caption("Photo by photo, the show tells its story."));
	/* a site's section label above the title */
	assert_true(rule_letterhead_line("Salle de presse"));
	assert_true(rule_letterhead_line("NEWSROOM"));
	assert_false(rule_letterhead_line("Newsroom staff"));
}

/* letterhead.postal_line: a postal code by its shape beside a town makes
 * an address line; a year or a count before a capital does not */
static void postal_lines(void **state)
{
	(void)state;
	assert_true(rule_postal_line("14 Canal Wharf, Thornbury TB4 2QL"));
	assert_true(rule_postal_line("The Old School, Bramley GU5 0AA"));
	assert_true(rule_postal_line("40 Elm Street, Harlow, MA 01742"));
	assert_true(rule_postal_line("Dijkstraat 41, 2871 KP Oudewater"));
	assert_true(rule_postal_line("Rua das Azenhas 17, 4815-302 Vila Seca"));
	assert_true(rule_postal_line("Hafenstraße 12, 20457 Hamburg"));
	assert_true(rule_postal_line("Postfach 12 04, D-34517 Wendelmünde"));
	assert_true(rule_postal_line("Storgatan 5, 111 22 Stockholm"));
	assert_true(rule_postal_line("Via Roma 4 · 00184 Roma"));
	assert_true(rule_postal_line("34517 Wendelmünde"));
	assert_true(rule_letterhead_line("7 Lark Rise, Ferncombe FC2 8JN"));
	/* letterhead.postal_line.separated_code: a street without a number
	 * (a French "route", "chemin", "lieu-dit") then a separator's sign and
	 * the five-digit code with its town */
	assert_true(rule_postal_line("Chemin des Aulnes - 45210 Ferrières-sur-Loing"));
	assert_true(rule_postal_line("Lieu-dit Les Granges \xE2\x80\x93 71250 Saint-Vérand"));
	assert_true(rule_postal_line("Via dei Tigli 7 - 06031 Montebasso (PG)"));
	assert_false(rule_postal_line("Saison des concerts - 12000 Spectateurs Attendus"));
	/* titles, dates, counts */
	assert_false(rule_postal_line("2026 Budget Adds 300 Jobs"));
	assert_false(rule_postal_line("March 3-29, 2025 Opening: Friday, February 28, 6-9 pm"));
	assert_false(rule_postal_line("Hamburg, 12. März 2026"));
	assert_false(rule_postal_line("The town of Harlow will open 12 new homes in 2026 on Elm Street."));
	assert_false(rule_postal_line("1500 Runners Expected"));
	assert_false(rule_postal_line("Harbour Lights: twelve painters of the coast"));
}

static void letterhead_and_release(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Authorised by Jane Roe, Example Party, Canberra.\n\nThe Hon. Jane Roe MP  Minister for Health\n\nMEDIA RELEASE\n\n26 January 2020\n\nUpdate on the new virus in Australia\n\n" EBODY "\n");
	assert_string_equal(pm_test_str(r, "release"), "MEDIA RELEASE");
	assert_string_equal(pm_test_str(r, "headline"), "Update on the new virus in Australia");
	assert_string_equal(pm_test_str(r, "date"), "2020-01-26");
	assert_int_equal(json_array_size(json_object_get(r, "body")), 1);
	json_decref(r);
	/* headline.letterhead: a site's navigation and a logo's spaced
	 * capitals are no title */
	r = conv("Tollan Library | Home | Events | Visit us\n\nTollan Library lends telescopes to its readers\n\n" EBODY "\n");
	assert_string_equal(pm_test_str(r, "headline"), "Tollan Library lends telescopes to its readers");
	json_decref(r);
	r = conv("H A R B O U R   T R U S T\n\nHarbour Trust restores the old lifeboat station\n\n" EBODY "\n");
	assert_string_equal(pm_test_str(r, "headline"), "Harbour Trust restores the old lifeboat station");
	json_decref(r);
	/* headline.release_line.below: the title above the release line */
	r = conv("Harbour Trust restores the old lifeboat station\n\nMEDIA RELEASE\n\nTOLLAN, 4 May 2025 - The Harbour Trust said. " EBODY "\n");
	assert_string_equal(pm_test_str(r, "headline"), "Harbour Trust restores the old lifeboat station");
	json_decref(r);
}

static void subheadline(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Acme Introduces Orbit, a Parcel Drone\n\nAvailable today in 12 countries\n\n" EBODY "\n");
	assert_string_equal(pm_test_str(r, "subheadline"), "Available today in 12 countries");
	json_decref(r);
	/* a full-sentence standfirst is body */
	r = conv("Acme Introduces Orbit, a Parcel Drone\n\nThe company said on Monday that its new drone, built over four years with partners in Europe, will carry parcels of up to five kilograms.\n\n" EBODY "\n");
	assert_null(pm_test_str(r, "subheadline"));
	json_decref(r);
}

static bool junk(const char *text)
{
	pm_block b;
	memset(&b, 0, sizeof b);
	b.text = (char *)text;
	return rule_junk(&b);
}

/* Page furniture a scraper keeps: whole lines, openings, social labels
 * and lines of network names. */
static void junk_words(void **state)
{
	(void)state;
	assert_true(junk("Imprimer"));
	assert_true(junk("SHARE THIS"));
	assert_true(junk("Read more about the plan"));
	assert_true(junk("Suivez-nous sur les réseaux"));
	assert_true(junk("Connect with Acme"));
	assert_false(junk("Follow usage of the tool, the agency said."));
	assert_false(junk("Connect without cables, the new dock charges phones."));
	assert_true(junk("Instagram: @acme.example"));
	assert_true(junk("YouTube (EN): www.youtube.com/acme"));
	assert_false(junk("Instagrammers: www.acme.example"));
	assert_true(junk("LinkedIn | YouTube | X"));
	assert_false(junk("Linkedin | Youtube"));
	/* [social_media_labels] in any case */
	assert_true(junk("Keep up with the Orchard on Social Media: Bramblewick Orchard"));
	assert_true(junk("KEEP UP WITH THE ORCHARD ON SOCIAL MEDIA: BRAMBLEWICK ORCHARD"));
}

/* Issue 13: the optional sections completed for Portuguese, Italian,
 * Dutch and Arabic, each read by its rule in that language (the words
 * are core/lexicon's; these fail without them). */
static void completed_sections(void **state)
{
	char out[40];
	(void)state;
	/* [junk_prefixes]: a page's "read more" links */
	assert_true(junk("Leia mais sobre o programa"));
	assert_true(junk("Leggi di più sul progetto"));
	assert_true(junk("Continua a leggere l'articolo"));
	assert_true(junk("Lees meer over het plan"));
	assert_true(junk("اقرأ المزيد عن المشروع"));
	assert_true(junk("إقرأ أيضاً: الواحة تفتتح فرعها الثاني"));
	assert_false(junk("Leiam o relatório completo, pediu a diretora."));
	/* [feed_footer_leads], [feed_footer_links]: Yoast's footer in Arabic */
	assert_true(junk("ظهرت المقالة مكتبة الواحة تفتح أبوابها أولاً على أخبار الواحة."));
	assert_false(junk("ظهرت المقالة في عدد مارس من مجلة الواحة."));
	/* [embargo_words]: an Arabic embargo and the time it ends */
	assert_true(rule_embargo("يُحظر النشر قبل 5 مارس 2026 الساعة 10:00", out, 1));
	assert_string_equal(out, "2026-03-05T10:00");
	assert_true(rule_embargo("محظور النشر حتى 12 مايو 2026", out, 1));
	assert_false(rule_embargo("للنشر الفوري 12 مايو 2026", out, 1));
	/* [masthead_labels]: a masthead's address, no fact of the text */
	assert_true(rule_reach_label("العنوان"));
	assert_true(rule_reach_label("المقر الرئيسي"));
	/* [appendix_headings]: an Arabic appendix, in a script without case */
	assert_int_equal(rule_closing_heading("ملحق 1"), CLOSING_APPENDIX);
	assert_int_equal(rule_closing_heading("الملاحق:"), CLOSING_APPENDIX);
	assert_int_equal(rule_closing_heading("ملحق البيان يضم قائمة الشركاء"), CLOSING_NONE);
}

static void furniture_and_junk(void **state)
{
	json_t *r;
	(void)state;
	assert_true(rule_page_number("3"));
	assert_true(rule_page_number("- 3 -"));
	assert_true(rule_page_number("Page 3 of 7"));
	assert_true(rule_page_number("page 1 of 2"));
	assert_true(rule_page_number("3/7"));
	assert_false(rule_page_number("3 new jobs"));
	r = conv("A headline for the junk test\n\n" EBODY "\n\nShare\n\nFollow us on Facebook and Twitter\n\nThe post A headline appeared first on Example News.\n\n" EBODY "\n");
	assert_int_equal(json_array_size(json_object_get(r, "body")), 2);
	json_decref(r);
}

/* Short lines in a row whose bullets a layout drew are entries of their
 * own; two halves of one sentence cut by a stray break are joined. */
static void list_lines_not_joined(void **state)
{
	json_t *r;
	(void)state;
	r = conv("Eine Überschrift der Mitteilung über Aufzüge\n\n" EBODY "\n\nDie wichtigsten Ergebnisse\n\n"
	         "durchschnittliche Reparaturdauer: 4,6 Tage\n\nlängster Ausfall: 58 Tage\n\n"
	         "hoher Anteil durch Vandalismus: 14 Prozent\n\n" EBODY "\n");
	assert_int_equal(json_array_size(json_object_get(r, "body")), 6);
	json_decref(r);
}

static void end_mark_cuts_body(void **state)
{
	json_t *r;
	(void)state;
	r = conv("A headline for the end mark test\n\n" EBODY "\n\n###\n\nThis line follows the end mark and is not body.\n");
	assert_string_equal(pm_test_str(r, "end_mark"), "###");
	assert_int_equal(json_array_size(json_object_get(r, "body")), 1);
	json_decref(r);
}

static void evidence_on_explain(void **state)
{
	pm_options o;
	pm_context *c2;
	json_t *r, *ev;
	const char *t = "Un titre de communiqué\n\nPARIS, le 12 mars 2024 – Le groupe annonce. " BODY "\n";
	(void)state;
	pm_options_init(&o);
	o.plugin_path = PM_BUILD_DIR "/lib/pressmill/plugins";
	o.no_default_plugin_dir = 1;
	o.explain = 1;
	c2 = pm_context_new(&o);
	r = pm_convert_buffer(c2, t, strlen(t), "e.txt");
	ev = json_object_get(r, "evidence");
	assert_non_null(json_object_get(ev, "headline"));
	assert_non_null(json_object_get(json_object_get(ev, "dateline"), "rule"));
	/* each item names the stage that decided, from the driver's table */
	assert_string_equal(pm_json_str(json_object_get(json_object_get(ev, "headline"), "stage")), "headline");
	assert_string_equal(pm_json_str(json_object_get(json_object_get(ev, "dateline"), "stage")), "dateline");
	assert_string_equal(pm_json_str(json_object_get(json_object_get(ev, "date"), "stage")), "date");
	/* the repairs are no stage's */
	assert_null(json_object_get(json_object_get(ev, "repairs"), "stage"));
	json_decref(r);
	pm_context_free(c2);
	/* off by default: the record stays as specified */
	r = conv(t);
	assert_null(json_object_get(r, "evidence"));
	json_decref(r);
}

static void languages(void **state)
{
	static const struct { const char *text, *lang; } cases[] = {
		{"Le ministère de la Santé lance une campagne nationale de vaccination pour les éleveurs de toutes les régions.", "fr"},
		{"The ministry of health launches a national vaccination campaign for farmers in all regions of the country.", "en"},
		{"El Ministerio de Sanidad lanza una campaña nacional de vacunación para los ganaderos de todas las regiones.", "es"},
		{"Das Gesundheitsministerium startet eine landesweite Impfkampagne für die Landwirte in allen Regionen.", "de"},
		{"O Ministério da Saúde lança uma campanha nacional de vacinação para os agricultores de todas as regiões.", "pt"},
		{"أطلقت وزارة الصحة حملة وطنية للتطعيم لصالح المزارعين في جميع مناطق المملكة.", "ar"},
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *l = pm_lang_identify(pm_test_lingua(ctx), cases[i].text, strlen(cases[i].text));
		if (!l || strcmp(l, cases[i].lang))
			fail_msg("language of \"%.30s…\": got %s, want %s", cases[i].text, l ? l : "null", cases[i].lang);
	}
}

static void unreliable_text(void **state)
{
	/* Nepali typed in a legacy font, as the text layer gives it */
	const char *t = "g]kfn On]lS6«s, kfj/, nfO6 tyf g]kfn sGHo'd/ On]S6«f]lgS; P0 x'gL ;\\+\\3\n\n"
	                "g]kfn ;/sf/n] ljB't If]qdf d'Vo ?kdf sfo{ ug{] ;+:yfx?sf] sfof{no ;+rfng ug{] ;DaGwdf "
	                "k|fKt ;'emfjx? cg';f/ lg0f{o u/]sf] 5 . ljB't pTkfbg, k|;f/0f / ljt/0fsf] sfo{ ;DkGg ug{ "
	                "g]kfn ljB't k|flws/0fn] ;xof]u ug]{ 5 . ;+:yfn] dxTjk'0f{ ;'wf/ ug]{ of]hgf agfPsf] 5 .\n";
	json_t *r, *w;
	size_t i;
	bool warned = false;
	(void)state;
	r = conv(t);
	assert_null(pm_test_str(r, "language"));
	assert_string_equal(pm_test_str(r, "status"), "partial");
	w = json_object_get(r, "warnings");
	for (i = 0; i < json_array_size(w); i++)
		if (!strcmp(json_string_value(json_object_get(json_array_get(w, i), "code")), "text.unreliable"))
			warned = true;
	assert_true(warned);
	json_decref(r);
	/* ordinary text with e-mails, URLs and figures is not */
	r = conv("A headline about figures\n\n" EBODY " Revenue rose 7.4% to $412.6m (H1: $384.2m); see www.acme.example/q3 or mail ir@acme.example for the 10-K.\n");
	assert_string_equal(pm_test_str(r, "language"), "en");
	json_decref(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(end_marks),
		cmocka_unit_test(closing_headings),
		cmocka_unit_test(advisory_lines),
		cmocka_unit_test(cjk_issuers),
		cmocka_unit_test(release_lines),
		cmocka_unit_test(release_same_line),
		cmocka_unit_test(embargo),
		cmocka_unit_test(completed_sections),
		cmocka_unit_test(tags),
		cmocka_unit_test(datelines),
		cmocka_unit_test(dateline_words),
		cmocka_unit_test(event_dates_are_not_release_dates),
		cmocka_unit_test(ambiguous_dates),
		cmocka_unit_test(first_sentence_date),
		cmocka_unit_test(closing_date),
		cmocka_unit_test(bylines),
		cmocka_unit_test(about_sections),
		cmocka_unit_test(headings_and_leads),
		cmocka_unit_test(postal_lines),
		cmocka_unit_test(letterhead_and_release),
		cmocka_unit_test(subheadline),
		cmocka_unit_test(junk_words),
		cmocka_unit_test(furniture_and_junk),
		cmocka_unit_test(list_lines_not_joined),
		cmocka_unit_test(end_mark_cuts_body),
		cmocka_unit_test(link_lines),
		cmocka_unit_test(evidence_on_explain),
		cmocka_unit_test(languages),
		cmocka_unit_test(unreliable_text),
	};
	return cmocka_run_group_tests_name("rules", tests, setup, teardown);
}
