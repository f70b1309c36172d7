/*
 * test_dates.c - reading dates as press releases print them, in six
 * languages, and the traps: ambiguous numeric dates, phone and reference
 * numbers that must never read as dates.
 */
#include "pm_test.h"

static void expect(const char *s, int dayfirst, const char *iso, bool ambiguous)
{
	pm_date d;
	char out[11];
	if (!pm_date_find(s, strlen(s), 0, dayfirst, &d))
		fail_msg("no date found in \"%s\"", s);
	pm_date_iso(&d, out);
	if (strcmp(out, iso) != 0)
		fail_msg("\"%s\": got %s, want %s", s, out, iso);
	assert_int_equal(d.ambiguous, ambiguous);
}

static void none(const char *s)
{
	pm_date d;
	if (pm_date_find(s, strlen(s), 0, 1, &d)) {
		char out[11];
		pm_date_iso(&d, out);
		fail_msg("\"%s\" read as the date %s", s, out);
	}
}

static void numeric(void **state)
{
	(void)state;
	expect("Riyad, 31-5-2023", 1, "2023-05-31", false);
	expect("le 2024-03-05 à Paris", 1, "2024-03-05", false);
	expect("03/04/2024", 1, "2024-04-03", true);
	expect("03/04/2024", 0, "2024-03-04", true);
	expect("12.03.2024", 0, "2024-03-12", false); /* dotted: European, day first */
	expect("13.03.2024", 0, "2024-03-13", false); /* 13 is no month */
	expect("04/04/2024", 0, "2024-04-04", false); /* same either way */
	expect("5/31/2023", 1, "2023-05-31", false);  /* only one reading */
}

static void month_names(void **state)
{
	(void)state;
	expect("NEW YORK, March 5, 2024 /PRNewswire/", 0, "2024-03-05", false);
	expect("May 12th, 2022- Cambridge, MA", 0, "2022-05-12", false);
	expect("Tuesday Nov 26, 2024 @ 8:00 AM", 0, "2024-11-26", false);
	expect("PARIS, le 12 mars 2024 –", 1, "2024-03-12", false);
	expect("le 1er avril 2024", 1, "2024-04-01", false);
	expect("27 JUILLET 2023", 1, "2023-07-27", false);
	expect("Madrid, 12 de marzo de 2024", 1, "2024-03-12", false);
	expect("Berlin, 12. März 2024", 1, "2024-03-12", false);
	expect("Lisboa, 5 de março de 2024", 1, "2024-03-05", false);
	expect("São Paulo, 3 de Fevereiro de 2021", 1, "2021-02-03", false);
	expect("Roma, 3 febbraio 2021", 1, "2021-02-03", false);
	expect("الرياض، 31 مايو 2023", 1, "2023-05-31", false);
	expect("الرياض، ٣١ مايو ٢٠٢٣م", 1, "2023-05-31", false);
	expect("dimanche 3 mars 2024", 1, "2024-03-03", false);
	expect("October 24  2005  WASHINGTON", 0, "2005-10-24", false);
}

/* The words of a date come from the lexicon: the longest name wins
 * ("Sept." over "Sep"), a month may be named twice ("Januar/Jänner"), the
 * suffix and the little words between the parts are read in any language,
 * and a digit glued after the name does not hide it. */
static void words_of_dates(void **state)
{
	(void)state;
	expect("Issued Sept. 3, 2024 in Denver", 0, "2024-09-03", false);
	expect("Wien, am 7. Januar/J\xC3\xA4nner 2025", 1, "2025-01-07", false);
	expect("Bagdad, 9 \xD8\xA2\xD8\xB0\xD8\xA7\xD8\xB1/\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2023", 1,
	       "2023-03-09", false);
	expect("on the 3rd of May 2024", 1, "2024-05-03", false);
	expect("Thurs. 14 Nov 2024", 1, "2024-11-14", false);
	expect("Quito, 2 de octubre del 2023", 1, "2023-10-02", false);
	expect("Porto, 1\xC2\xBA de julho de 2022", 1, "2022-07-01", false);
	expect("DUBLIN 4 FEB2025", 1, "2025-02-04", false);
	none("the 3 marches of 2024");
}

static void traps(void **state)
{
	(void)state;
	none("Tél. : 01 42 75 80 00");
	none("+33 1 42 75 80 00");
	none("Par décret n° 2024-1590 du conseil");
	none("le 31 février 2024");   /* no such day */
	none("les 14 et 15 octobre prochains");
	none("ref 12-05-24");        /* two-digit years only with / or . */
	none("(212) 555-0176");
	none("ISBN 978-3-16-148410-0");
	none("Q3 2024 results");
}

static void times(void **state)
{
	int h, m;
	size_t e;
	(void)state;
	assert_true(pm_date_time_at("10:00 CET", 9, 0, &h, &m, &e));
	assert_int_equal(h, 10);
	assert_int_equal(m, 0);
	assert_true(pm_date_time_at("9 a.m. EST", 10, 0, &h, &m, &e));
	assert_int_equal(h, 9);
	assert_true(pm_date_time_at("3:30 pm", 7, 0, &h, &m, &e));
	assert_int_equal(h, 15);
	assert_int_equal(m, 30);
	assert_true(pm_date_time_at("14h30", 5, 0, &h, &m, &e));
	assert_int_equal(h, 14);
	assert_false(pm_date_time_at("2024", 4, 0, &h, &m, &e));
	/* [meridiems] of ar.lex: Arabic's twelve-hour clock, with and
	 * without the tanween */
	assert_true(pm_date_time_at("10:30 مساءً", strlen("10:30 مساءً"), 0, &h, &m, &e));
	assert_int_equal(h, 22);
	assert_int_equal(m, 30);
	assert_true(pm_date_time_at("9 صباحاً", strlen("9 صباحاً"), 0, &h, &m, &e));
	assert_int_equal(h, 9);
	assert_true(pm_date_time_at("1 ظهرا", strlen("1 ظهرا"), 0, &h, &m, &e));
	assert_int_equal(h, 13);
	/* a month that opens with the letter of "مساء" is no meridiem */
	assert_true(pm_date_time_at("10 مايو", strlen("10 مايو"), 0, &h, &m, &e));
	assert_int_equal(h, 10);
	/* an event's hours: Italian "ore" before them ([clock_leads]),
	 * "alle" and Portuguese "às" between them ([time_range_words]) */
	assert_true(pm_date_time_range("sabato 5 aprile, ore 10-18", strlen("sabato 5 aprile, ore 10-18")));
	assert_true(pm_date_time_range("sabato 5 aprile dalle 10 alle 18.30", strlen("sabato 5 aprile dalle 10 alle 18.30")));
	assert_true(pm_date_time_range("sábado, 5 de abril, das 10h às 18h", strlen("sábado, 5 de abril, das 10h às 18h")));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(numeric),
		cmocka_unit_test(month_names),
		cmocka_unit_test(words_of_dates),
		cmocka_unit_test(traps),
		cmocka_unit_test(times),
	};
	return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
