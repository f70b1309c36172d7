/*
 * test_acronyms.c - acronyms.c: definitions either way round in six
 * languages, the long form's extent (no leading article, the head noun of
 * an institution kept), and parentheses that define nothing.
 */
#include "pm_test.h"
#include "normalize/normalize.h"

/* The long form text t gives for acronym sh, or NULL. */
static char *long_of(const char *t, const char *sh)
{
	pm_fields f;
	size_t i;
	char *r = NULL;
	memset(&f, 0, sizeof f);
	rule_acronyms_text(t, &f);
	for (i = 0; i < f.nacronyms; i++)
		if (!strcmp(f.acronyms[i].shrt, sh))
			r = pm_strdup(f.acronyms[i].lng);
	pm_fields_free(&f);
	return r;
}

static void expect(const char *t, const char *sh, const char *lo)
{
	char *got = long_of(t, sh);
	if (!lo) {
		if (got)
			print_message("unexpected %s = '%s' in '%s'\n", sh, got, t);
		assert_null(got);
		return;
	}
	if (!got)
		print_message("no %s in '%s'\n", sh, t);
	assert_non_null(got);
	assert_string_equal(got, lo);
	free(got);
}

/* Each row of a table: text, acronym, long form (NULL: none). */
static void expect_rows(const char *const rows[][3], size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		expect(rows[i][0], rows[i][1], rows[i][2]);
}

static size_t count(const char *t)
{
	pm_fields f;
	size_t n;
	memset(&f, 0, sizeof f);
	rule_acronyms_text(t, &f);
	n = f.nacronyms;
	pm_fields_free(&f);
	return n;
}

/* Convention acronyms.arabic_long_form: as many Arabic words as the
 * acronym has capitals; none when they run out, when punctuation breaks
 * the run, or when the acronym has small letters. */
static void arabic_long_form(void **state)
{
	(void)state;
	expect("\xD8\xA3\xD8\xB9\xD9\x84\xD9\x86\xD8\xAA \xD9\x87\xD9\x8A\xD8\xA6\xD8\xA9 "
	       "\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87 (WA) \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85",
	       "WA", "\xD9\x87\xD9\x8A\xD8\xA6\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87");
	/* a comma (Arabic or Latin) inside the run */
	expect("\xD9\x87\xD9\x8A\xD8\xA6\xD8\xA9\xD8\x8C \xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87 (WAB)",
	       "WAB", NULL);
	/* fewer words than capitals, a Latin word in the run */
	expect("\xD9\x87\xD9\x8A\xD8\xA6\xD8\xA9 (WAB)", "WAB", NULL);
	expect("Nord \xD9\x87\xD9\x8A\xD8\xA6\xD8\xA9 (NW)", "NW", NULL);
	/* small letters: no count to trust */
	expect("\xD9\x87\xD9\x8A\xD8\xA6\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87 (WAs)",
	       "WAs", NULL);
}

static void long_before(void **state)
{
	(void)state;
	/* acronyms.repeated_letter: each word's initial, not a letter inside */
	expect("The Tri-County Transit Trust (TCTT) bought six buses.", "TCTT", "Tri-County Transit Trust");
	expect("La Société des Sources de Saint-Sylve (SSSS) embauche.", "SSSS",
	       "Société des Sources de Saint-Sylve");
	expect("the Mid Marsh Monitoring Mission (MMMM) reported", "MMMM", "Mid Marsh Monitoring Mission");
	expect("the Northern Rail Restoration Association (NRRA) said", "NRRA",
	       "Northern Rail Restoration Association");
	/* fr */
	expect("les pays membres de la Coalition Islamique Militaire de Lutte contre le Terrorisme (CIMCT).",
	       "CIMCT", "Coalition Islamique Militaire de Lutte contre le Terrorisme");
	expect("les membres de l'Organisation du traité de l'Atlantique nord (OTAN) se réunissent", "OTAN",
	       "Organisation du traité de l'Atlantique nord");
	expect("l’évaluation des actions de l’Agence nationale de Sécurité routière (ANASER) en 2024",
	       "ANASER", "Agence nationale de Sécurité routière");
	expect("Titulaire d’un Diplôme d’Etudes Supérieures (DESS), il", "DESS", "Diplôme d’Etudes Supérieures");
	expect("est nommé Directeur du Centre des Œuvres universitaires de Dakar (COUD)", "COUD",
	       "Centre des Œuvres universitaires de Dakar");
	expect("Directeur général du Fonds de Financement de la Formation Professionnelle et Technique (3FPT)",
	       "3FPT", "Fonds de Financement de la Formation Professionnelle et Technique");
	expect("Directeur général de la Société de Gestion et d’Exploitation du Patrimoine Bâti de l’Etat (SOGEPA SN)",
	       "SOGEPA SN", "Société de Gestion et d’Exploitation du Patrimoine Bâti de l’Etat");
	/* the head noun that the acronym leaves out */
	expect("le Directeur général de l’Agence d’Assistance à la Sécurité de Proximité (ASP).", "ASP",
	       "Agence d’Assistance à la Sécurité de Proximité");
	expect("Directeur général de la Société nationale des Chemins de Fer du Sénégal (CFS)", "CFS",
	       "Société nationale des Chemins de Fer du Sénégal");
	expect("la prochaine réunion des « Chief Information Officers » (CIO) qui", "CIO",
	       "Chief Information Officers");
	/* en */
	expect("according to the World Health Organization (WHO), cases rose", "WHO", "World Health Organization");
	expect("a grant from the Office of Domestic Preparedness (ODP) will", "ODP", "Office of Domestic Preparedness");
	expect("at U.S. Citizenship and Immigration Services (USCIS) - a multi-year effort", "USCIS",
	       "U.S. Citizenship and Immigration Services");
	expect("strong Environmental, Social and Governance (ESG) results", "ESG", "Environmental, Social and Governance");
	expect("the novel coronavirus (2019-nCoV) outbreak", "2019-nCoV", "novel coronavirus");
	expect("tracking key performance indicators (KPIs) weekly", "KPIs", "key performance indicators");
	expect("sales on a like-for-like (LFL) basis", "LFL", "like-for-like");
	expect("MiningNewsWire (“MNW”) is a specialized platform", "MNW", "MiningNewsWire");
	/* es, de, pt */
	expect("según la Agencia Española de Protección de Datos (AEPD), las", "AEPD",
	       "Agencia Española de Protección de Datos");
	/* [long_form_links] of pt.lex and nl.lex: the head noun the acronym
	 * leaves out is taken in over its preposition */
	expect("o Fundo das Pescas Costeiras do Minho (PCM) publicou", "PCM",
	       "Fundo das Pescas Costeiras do Minho");
	expect("het Fonds voor Duurzame Kustvisserij Walcheren (DKW) betaalt", "DKW",
	       "Fonds voor Duurzame Kustvisserij Walcheren");
	expect("la Entidad Estatal de Seguros Agrarios (ENESA) un estudio", "ENESA", "Entidad Estatal de Seguros Agrarios");
	expect("warnt das Bundesamt für Sicherheit in der Informationstechnik (BSI) vor", "BSI",
	       "Bundesamt für Sicherheit in der Informationstechnik");
	expect("nach der Straßenverkehrs-Ordnung (StVO).", "StVO", "Straßenverkehrs-Ordnung");
	expect("dos Estados-membros da Comunidade dos Países de Língua Portuguesa (CPLP), reunidos", "CPLP",
	       "Comunidade dos Países de Língua Portuguesa");
	expect("o papel do Centro de Análise Estratégica (CAE) da CPLP", "CAE", "Centro de Análise Estratégica");
	expect("Central Asian Expo-Center (CAEx), Mirzo", "CAEx", "Central Asian Expo-Center");
}

static void long_inside(void **state)
{
	(void)state;
	expect("La CIMCT (Coalition Islamique Militaire de Lutte contre le Terrorisme) a annoncé", "CIMCT",
	       "Coalition Islamique Militaire de Lutte contre le Terrorisme");
	expect("The WHO (World Health Organization) said", "WHO", "World Health Organization");
	/* a long sentence after the parenthesis does not count against it */
	expect("Their software uses MRI (Magnetic Resonance Imaging) images to produce an accurate representation "
	       "of the patient’s body, which surgeons then use to simulate the events of the surgery.",
	       "MRI", "Magnetic Resonance Imaging");
	expect("Die BSI (Bundesamt für Sicherheit in der Informationstechnik) warnt", "BSI",
	       "Bundesamt für Sicherheit in der Informationstechnik");
	/* Arabic text around a Latin definition */
	expect("أعلن التحالف IMCTC (Islamic Military Counter Terrorism Coalition) اليوم", "IMCTC",
	       "Islamic Military Counter Terrorism Coalition");
	/* a leading article inside is not part of the long form */
	expect("el PNUD (el Programa de las Naciones Unidas para el Desarrollo) ha", "PNUD",
	       "Programa de las Naciones Unidas para el Desarrollo");
}

static void not_acronyms(void **state)
{
	(void)state;
	assert_int_equal(count("Lumenfold Inc. (NASDAQ: LMFD) announced"), 0);
	assert_int_equal(count("l'un des (42) pays membres"), 0);
	assert_int_equal(count("the figures (see below) show"), 0);
	assert_int_equal(count("LONDON (Reuters) - Shares rose"), 0);
	assert_int_equal(count("Les ministres (ils étaient douze) ont signé"), 0);
	assert_int_equal(count("a rise of 12% (EUR) in sales"), 0);
	/* letters that are not in the words before */
	assert_int_equal(count("the new plant in Ohio (XYZ) opened"), 0);
	/* a sentence boundary stops the search */
	assert_int_equal(count("We met Tom. Jane arrived later (TJ)."), 0);
	/* an acronym-looking parenthesis whose words are a name, not a definition */
	assert_int_equal(count("Paris (France) et Berlin"), 0);
	/* one definition per acronym */
	assert_int_equal(count("the World Health Organization (WHO) and again the World Health Organization (WHO)"), 1);
	/* Arabic long forms in Arabic script are not matched letter by letter */
	assert_int_equal(count("التحالف الإسلامي العسكري لمحاربة الإرهاب (٤٢)"), 0);
}

/* Conventions acronyms.or_apposition, acronyms.syllabic,
 * acronyms.digit_count and acronyms.digit_word: their edges. */
static void apposition_syllables_figures(void **state)
{
	(void)state;
	expect("The Harwick Valley Transit Authority, or HVTA, will run.", "HVTA", "Harwick Valley Transit Authority");
	expect("It is run by the Harwick Valley Transit Authority, or HVTA.", "HVTA",
	       "Harwick Valley Transit Authority");
	/* a capitalised word going on into the sentence, and letters that
	 * do not spell it */
	expect("Book online, by phone, or HVTA staff will help.", "HVTA", NULL);
	expect("Apples, pears, or HVTA, whichever comes first.", "HVTA", NULL);
	/* syllables: every word gives its start, the first two letters */
	expect("the Mercado Común del Sur (Mercosur) met", "Mercosur", "Mercado Común del Sur");
	expect("the Mercado Común del Sur (Mcosur) met", "Mcosur", NULL);
	expect("Ana Maria Souza (Anma) spoke", "Anma", NULL);
	expect("Two Words (Twwo) only", "Twwo", NULL);
	/* a figure after a letter counts it; a figure that counts nothing is
	 * a word ("Second"), or the number the name ends with, in figures or
	 * written out (acronyms.number_word: "Group of Seven", not "Eight") */
	expect("the World Wide Web Consortium (W3C) said", "W3C", "World Wide Web Consortium");
	expect("the Second Chance Housing Network (2CHN) said", "2CHN", "Second Chance Housing Network");
	expect("the Group of Seven (G7) met", "G7", "Group of Seven");
	expect("the Group of Eight (G7) met", "G7", NULL);
	expect("the Kell Twenty-Three (K23) met", "K23", "Kell Twenty-Three");
	expect("the Kell Three-Twenty (K23) met", "K23", NULL);
	/* acronyms.stands_for: past an article, up to the last letter's
	 * word; words that do not spell it, or a full stop first, none */
	expect("ABC stands for the Alpha Beta Club of Pellow.", "ABC", "Alpha Beta Club");
	expect("HVB stands for quality and value.", "HVB", NULL);
	expect("ABC stands for Alpha. Beta Club", "ABC", NULL);
	/* acronyms.ampersand: "+" only between letters */
	expect("la investigación y desarrollo (I+D) crece", "I+D", "investigación y desarrollo");
	expect("Tumours with high levels are called HER2 positive (HER2+).", "HER2+", NULL);
	expect("the ranges of ClusterM+1 (CM+1) stay", "CM+1", NULL);
}

/* Conventions acronyms.apposition_after, acronyms.compound_word,
 * acronyms.doubled_plural and acronyms.camel_clipping: their edges. */
static void after_compounds_doubles(void **state)
{
	/* text, acronym, long form (NULL: none) */
	static const char *const cases[][3] = {
		/* the long form must end where the apposition does */
		{"The HRCT – Harwick River Conservation Trust – will plant.", "HRCT", "Harwick River Conservation Trust"},
		{"HRCT – Harwick River Conservation Trust plants willows", "HRCT", NULL},
		{"NASA – the agency – said", "NASA", NULL},
		/* after a comma: three letters, and an article or capitals */
		{"to HRCT, the Harwick River Conservation Trust, which", "HRCT", "Harwick River Conservation Trust"},
		{"Sponsors: KP, Kell Paper, and others.", "KP", NULL},
		{"we met HRC, his rare colleagues, on Monday", "HRC", NULL},
		/* a function word gives the letter it opens only where it must */
		{"DOR – Department of Rivers – said", "DOR", "Department of Rivers"},
		{"the Harwick Council of Elders (CoE) met", "CoE", "Council of Elders"},
		{"the Office of Domestic Preparedness (ODP) said", "ODP", "Office of Domestic Preparedness"},
		/* a list line of abbreviations */
		{"HWV: Hollstätter Wasserverband", "HWV", "Hollstätter Wasserverband"},
		{"BRIEFING: BIG RIVER EVENT FOR INDIAN GROWERS", "BRIEFING", NULL},
		/* compounds: long enough for a part per capital */
		{"die Landeswasserversorgung (LWV) baut", "LWV", "Landeswasserversorgung"},
		{"shares of Microsoft (MSFT) rose", "MSFT", NULL},
		{"the Landesamt (LA) said", "LA", NULL},
		/* doubled initials: the words' initials only; "SSSS" is no pair */
		{"a las Fuerzas Armadas (FF.AA.) y", "FF.AA.", "Fuerzas Armadas"},
		{"firmaron con las Fuerzas (FF.AA.) y", "FF.AA.", NULL},
		{"la Société des Sources de Saint-Sylve (SSSS)", "SSSS", "Société des Sources de Saint-Sylve"},
		/* clipped words, one clipped at least, two letters each */
		{"educational technology (EdTech) firms", "EdTech", "educational technology"},
		{"the new Data Hub (DataHub) opens", "DataHub", NULL},
		{"Jane Doe (JaneD) said", "JaneD", NULL},
	};
	(void)state;
	expect_rows(cases, sizeof cases / sizeof cases[0]);
}

/* Conventions acronyms.legal_form, acronyms.or_defined_term,
 * acronyms.fullwidth_latin, acronyms.article_letter, acronyms.own_word and
 * acronyms.idle_words: their edges. */
static void legal_forms_and_terms(void **state)
{
	/* text, acronym, long form (NULL: none) */
	static const char *const cases[][3] = {
		/* a legal form's stop is no sentence's end; another word's is */
		{"Harwick Systems Inc. (HSI) said", "HSI", "Harwick Systems Inc."},
		{"Harwick Sheep Inn. Today (HSI) said", "HSI", NULL},
		/* "or" and another name; "or" inside the name is none */
		{"the Pellow Health Alliance (PHA or the Alliance) met", "PHA", "Pellow Health Alliance"},
		{"the Pellow Health Alliance (“PHA” or “Alliance”) met", "PHA", "Pellow Health Alliance"},
		{"Harwick Inc. (“Harwick” or the “Company”) said", "Harwick", NULL},
		/* a Latin long form glued to kana, in full-width parentheses;
		 * after kanji the run of kanji (acronyms.cjk_long_form) */
		{"当社はHarbor Data Platform（HDP）を", "HDP", "Harbor Data Platform"},
		{"当社はデータ基盤（HDP）を", "HDP", "データ基盤"},
		/* the article only where nothing else spells the letters */
		{"The Pellow Conservancy (TPC) bought", "TPC", "The Pellow Conservancy"},
		{"the Pellow Conservancy (PC) bought", "PC", "Pellow Conservancy"},
		/* the short form as a word of the long form */
		{"KESTREL Systems Ltd. (KESTREL) said", "KESTREL", NULL},
		{"Estados Unidos (EE. UU.) y", "EE. UU.", "Estados Unidos"},
		/* small words of a long form matched inside words hold a letter */
		{"we sell megawatt hours (MWh) to", "MWh", "megawatt hours"},
		{"the event starting at 7 pm (EST) in", "EST", NULL},
		/* a word is what spaces separate; one letter is a conjunction */
		{"кожна об'єднана територіальна громада (ОТГ) отримає", "ОТГ", "об'єднана територіальна громада"},
		{"системой контроля и управления доступом (СКУД)", "СКУД", "системой контроля и управления доступом"},
		{"generally accepted accounting principles in the United States (GAAP)", "GAAP",
		 "generally accepted accounting principles in the United States"},
	};
	(void)state;
	expect_rows(cases, sizeof cases / sizeof cases[0]);
}

static void in_records(void **state)
{
	pm_context *ctx = pm_test_context();
	json_t *r, *a;
	(void)state;
	assert_non_null(ctx);
	r = pm_test_convert_text(ctx,
	                         "Lomé accueillera un sommet\n\n"
	                         "Lomé sera le théâtre d’une rencontre des pays membres de la Coalition Islamique "
	                         "Militaire de Lutte contre le Terrorisme (CIMCT), avec les Organisations de la "
	                         "société civile (OSC).\n",
	                         "a.txt");
	a = json_object_get(r, "acronyms");
	assert_int_equal(json_array_size(a), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(a, 1), "long")),
	                    "Organisations de la société civile");
	json_decref(r);
	pm_context_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(long_before),
		cmocka_unit_test(long_inside),
		cmocka_unit_test(arabic_long_form),
		cmocka_unit_test(not_acronyms),
		cmocka_unit_test(apposition_syllables_figures),
		cmocka_unit_test(after_compounds_doubles),
		cmocka_unit_test(legal_forms_and_terms),
		cmocka_unit_test(in_records),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
