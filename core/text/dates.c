/*
 * dates.c - finding and reading the dates press releases print: numeric
 * ("31-5-2023", "03/04/2024", "2024-03-05"), with month names in English,
 * French, Spanish, German, Portuguese, Italian, Dutch and Arabic, with
 * Eastern Arabic and full-width digits, ordinals ("1er", "5th", "12."), weekdays and the
 * little words between ("12 de marzo de 2024"). A numeric date whose two
 * readings are both valid is reported as ambiguous with the reading the
 * caller's preference chose. Digits that belong to longer numbers (phone
 * numbers, references such as "n° 2015-1970") are never read as a date.
 * Its callers are the normaliser's: the dateline, date, closing, byline,
 * headline and release-line rules (dateline.c, date.c, closing.c,
 * byline.c, headline.c, marks.c, rules.c), so that every date a record
 * gives is read by one reading.
 */
#include "text.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Month names, weekdays, ordinal suffixes and the little words between a
 * date's parts are the lexicon's ([months], [weekdays], [ordinal_suffixes],
 * [date_connectors]), in every language at once: a release's dates are
 * often in another language than its text. */

static size_t dec(const char *s, size_t n, int32_t *cp)
{
	return pm_utf8_decode((const unsigned char *)s, n, cp);
}

/* The longest entry of section sec at s[i..n) (of month want, when want
 * is not 0) that ends where the word does: no letter may follow, a digit
 * may ("Sept2024", as a PDF glued them). Case folds as nz_prefix() folds.
 * Its bytes, 0 if none; *num gets its value. */
static size_t lex_at(pm_lex_section sec, const char *s, size_t n, size_t i, int32_t want, int32_t *num)
{
	pm_lex_query q = {sec, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match m[PM_LEX_MAX_NESTED];
	size_t k;
	if (i >= n)
		return 0;
	k = pm_lex_prefixes(&q, s + i, n - i, m, PM_LEX_MAX_NESTED);
	while (k-- > 0) {
		size_t e = i + m[k].len;
		int32_t c;
		if (want && m[k].entry.num != want)
			continue;
		if (e < n) {
			dec(s + e, n - e, &c);
			if (pm_cp_is_letter(c))
				continue;
		}
		if (num)
			*num = m[k].entry.num;
		return m[k].len;
	}
	return 0;
}

static bool is_digit_at(const char *s, size_t n, size_t i, int *val, size_t *len)
{
	int32_t c;
	size_t l;
	if (i >= n)
		return false;
	l = dec(s + i, n - i, &c);
	if (c >= '0' && c <= '9')
		*val = c - '0';
	else if (c >= 0x660 && c <= 0x669)
		*val = c - 0x660;
	else if (c >= 0x6F0 && c <= 0x6F9)
		*val = c - 0x6F0;
	else if (c >= 0xFF10 && c <= 0xFF19)
		*val = c - 0xFF10; /* date.cjk.fullwidth_digits: "２０２５年３月５日" */
	else
		return false;
	*len = l;
	return true;
}

/* Read a run of digits at i: value, digit count, bytes. */
static bool number(const char *s, size_t n, size_t i, long *v, int *digits, size_t *bytes)
{
	size_t p = i, l;
	int d, k = 0;
	long val = 0;
	while (k < 9 && is_digit_at(s, n, p, &d, &l)) {
		val = val * 10 + d;
		p += l;
		k++;
	}
	if (!k)
		return false;
	*v = val;
	*digits = k;
	*bytes = p - i;
	return true;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
	while (i < n) {
		int32_t c;
		size_t l = dec(s + i, n - i, &c);
		if (!pm_cp_is_space(c))
			break;
		i += l;
	}
	return i;
}

static int month_at(const char *s, size_t n, size_t i, size_t *len)
{
	int32_t m = 0;
	size_t best = lex_at(PM_LEX_MONTHS, s, n, i, 0, &m);
	if (m && i + best < n && s[i + best] == '.')
		best++; /* "Sept.", "janv." */
	/* "آذار/مارس", "Januar/Jänner": the same month in two names */
	if (m && i + best + 1 < n && s[i + best] == '/') {
		size_t l2 = lex_at(PM_LEX_MONTHS, s, n, i + best + 1, m, NULL);
		if (l2)
			best += 1 + l2;
	}
	*len = best;
	return m;
}

static size_t weekday_at(const char *s, size_t n, size_t i)
{
	size_t l = lex_at(PM_LEX_WEEKDAYS, s, n, i, 0, NULL);
	if (l && i + l < n && s[i + l] == '.')
		l++;
	return l;
}

static bool valid_ymd(long y, long m, long d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	return true;
}

/* Skip an ordinal suffix after a day number: 1er, 1st, 2nd, 3rd, 4th, 12., 1º */
static size_t ordinal(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '.')
		return 1 + lex_at(PM_LEX_ORDINAL_SUFFIXES, s, n, i + 1, 0, NULL); /* "1.º de abril" */
	return lex_at(PM_LEX_ORDINAL_SUFFIXES, s, n, i, 0, NULL);
}

/* date.cjk.ymd: the year, month and day each closed by its character,
 * in Chinese and Japanese (年 月 日) or Korean (년 월 일), spaces allowed
 * between: "2024年3月5日", "2024년 3월 5일"; also between a number and
 * its character, as a scraper inserts spaces between scripts
 * (date.cjk.spaced: "2024 年 3 月 5 日"). The bytes from i, or 0. */
static size_t cjk_ymd(const char *s, size_t n, size_t i, long *y, long *m, long *d)
{
	static const char *const marks[2][3] = {{"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"},
	                                        {"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"}};
	int script;
	for (script = 0; script < 2; script++) {
		size_t p = i, l;
		long v[3];
		int dg, k;
		for (k = 0; k < 3; k++) {
			if (k)
				p = skip_spaces(s, n, p);
			if (!number(s, n, p, &v[k], &dg, &l) ||
			    (k == 0 ? dg != 4 && !(script == 0 && dg == 3 && v[0] >= 100 && v[0] < 200) : dg > 2))
				break;
			p = skip_spaces(s, n, p + l);
			if (p + 3 > n || memcmp(s + p, marks[script][k], 3))
				break;
			p += 3;
		}
		/* date.cjk.minguo: Taiwan dates official documents by the
		 * Republic's calendar, its year 1 being 1912 ("114年3月5日" is
		 * 2025-03-05, 中華民國紀元); a year of three figures before 年,
		 * with month and day, is no Gregorian year a release prints */
		if (k == 3 && v[0] >= 100 && v[0] < 200)
			v[0] += 1911;
		if (k == 3 && valid_ymd(v[0], v[1], v[2])) {
			*y = v[0];
			*m = v[1];
			*d = v[2];
			return p - i;
		}
	}
	return 0;
}

/* Convention date.ja.era: Japanese official and many corporate
 * documents date by the era, its name, the year of the era, then month
 * and day ("令和7年3月12日" is 2025-03-12, "平成30年9月21日"; the
 * Japanese Calendar, 元号法 1979). [era_names] gives each name the
 * Gregorian year before its first (令和 = 2018). The era's first year,
 * written 元年, is not read. The bytes from i, or 0. */
static size_t era_ymd(const char *s, size_t n, size_t i, long *y, long *m, long *d)
{
	static const char *const marks[3] = {"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"}; /* 年 月 日 */
	pm_lex_query q = {PM_LEX_ERA_NAMES, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY};
	pm_lex_match em;
	size_t p, l;
	long v[3];
	int dg, k;
	if (i >= n || !((unsigned char)s[i] & 0x80) || !pm_lex_prefix(&q, s + i, strnlen(s + i, n - i < 16 ? n - i : 16), &em))
		return 0;
	p = i + em.len;
	for (k = 0; k < 3; k++) {
		p = skip_spaces(s, n, p);
		if (!number(s, n, p, &v[k], &dg, &l) || dg > (k == 0 ? 3 : 2) || v[k] < 1)
			return 0; /* (民國114年: date.cjk.minguo) */
		p = skip_spaces(s, n, p + l);
		if (p + 3 > n || memcmp(s + p, marks[k], 3))
			return 0;
		p += 3;
	}
	v[0] += em.entry.num;
	if (!valid_ymd(v[0], v[1], v[2]))
		return 0;
	*y = v[0];
	*m = v[1];
	*d = v[2];
	return p - i;
}

/* Convention date.ko.dotted: Korean writes a date in figures alone with a
 * full stop after the year, the month and the day, a space after each
 * ("2025. 3. 12.", 한글 맞춤법 부록 문장 부호: 마침표 "아라비아 숫자만으로
 * 연월일을 표시할 때"). Year first, always; the closing stop is required,
 * so that a sentence ending in a year ("… in 2025. 3 new …") is none.
 * The bytes from i, or 0. */
static size_t ko_dotted(const char *s, size_t n, size_t i, long *y, long *m, long *d)
{
	size_t p = i, l;
	long v[3];
	int dg, k;
	for (k = 0; k < 3; k++) {
		if (!number(s, n, p, &v[k], &dg, &l) || (k == 0 ? dg != 4 : dg > 2))
			return 0;
		p += l;
		if (p >= n || s[p] != '.')
			return 0;
		p++;
		if (k < 2) {
			if (p >= n || s[p] != ' ')
				return 0;
			p = skip_spaces(s, n, p);
		}
	}
	/* the weekday in parentheses may follow the closing stop, as Korean
	 * release dates give it ("2025. 3. 12.(수)") */
	if (p < n && s[p] != ' ' && s[p] != '\n' && s[p] != '(' && !(s[p] & 0x80))
		return 0;
	if (!valid_ymd(v[0], v[1], v[2]))
		return 0;
	*y = v[0];
	*m = v[1];
	*d = v[2];
	return p - i;
}

/* A mark word of section sec ([year_marks], [day_marks], as written)
 * after one space at i: its bytes and the space's, or 0; with whole, not
 * when a letter follows it. */
static size_t mark_after(const char *s, size_t n, size_t i, pm_lex_section sec, bool whole)
{
	pm_lex_query q = {sec, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	pm_lex_match m;
	if (i + 1 >= n || s[i] != ' ')
		return 0;
	if (!pm_lex_prefix(&q, s + i + 1, n - i - 1, &m))
		return 0;
	if (whole && i + 1 + m.len < n) {
		int32_t c;
		dec(s + i + 1 + m.len, n - i - 1 - m.len, &c);
		if (pm_cp_is_letter(c))
			return 0;
	}
	return 1 + m.len;
}

/* dateline.lang.year_mark: the word "year" after a year and one space,
 * as Polish, Russian and Ukrainian dates write it ("12 marca 2025 r.",
 * "14 марта 2025 г."; [year_marks], as written): part of the date, so
 * that the dateline's separator, not "r. –", ends it. Bytes to take, or
 * 0. */
static size_t year_mark(const char *s, size_t n, size_t i)
{
	return mark_after(s, n, i, PM_LEX_YEAR_MARKS, false);
}

/* date.lt.year_first: the word "day", abbreviated, after the day and one
 * space ("5 d.", [day_marks], as written). Bytes to take, or 0. */
static size_t day_mark(const char *s, size_t n, size_t i)
{
	return mark_after(s, n, i, PM_LEX_DAY_MARKS, true);
}

/* Convention date.hu.year_first: Hungarian writes the year first, a full
 * stop after it, the month's name in lower case, then the day and its
 * full stop ("2025. március 5.", "Szentkővár, 2025. március 5. –"; the
 * day may carry a case ending instead, "március 5-én"). The month must
 * be in lower case, so that a sentence ending in a year and one opening
 * with a month ("… in 2025. March 5 was …") is none. i is at the year
 * (4 digits, la bytes). The bytes from i, or 0. */
static size_t hu_year_first(const char *s, size_t n, size_t i, size_t la, long y, long *m, long *d)
{
	size_t p = i + la, l, ld, mk, at;
	int mon, dg;
	int32_t c;
	/* date.lt.year_first: Lithuanian writes the word "year" after the
	 * year instead of the full stop, and "day" after the day, both
	 * abbreviated ("2025 m. kovo 5 d.", [year_marks], [day_marks]) */
	if (p + 2 < n && s[p] == '.' && s[p + 1] == ' ')
		p += 2;
	else if ((mk = year_mark(s, n, p)) > 0 && p + mk + 1 < n && s[p + mk] == ' ')
		p += mk + 1;
	else
		return 0;
	at = p;
	dec(s + p, n - p, &c);
	if (!pm_cp_is_lower(c) || !(mon = month_at(s, n, p, &l)))
		return 0;
	p = skip_spaces(s, n, p + l);
	if (p == at + l || !number(s, n, p, d, &dg, &ld) || dg > 2)
		return 0;
	p += ld;
	if ((mk = day_mark(s, n, p)) > 0)
		p += mk;
	else if (p < n && s[p] == '.')
		p++;
	else if (p < n && s[p] != '-' && s[p] != ' ' && s[p] != ',' && s[p] != '\n')
		return 0;
	if (!valid_ymd(y, mon, *d))
		return 0;
	*m = mon;
	return p - i;
}

/* Connector words between date parts ("12 de marzo", "5th of May"). */
static size_t connector(const char *s, size_t n, size_t i)
{
	size_t j = skip_spaces(s, n, i), l = lex_at(PM_LEX_DATE_CONNECTORS, s, n, j, 0, NULL);
	return l ? j + l - i : 0;
}

static bool digit_or_sep_before(const char *s, size_t i)
{
	unsigned char c;
	if (i == 0)
		return false;
	c = (unsigned char)s[i - 1];
	if (isdigit(c) || c == '+')
		return true;
	if ((c == '-' || c == '/' || c == '.') && i >= 2 && isdigit((unsigned char)s[i - 2]))
		return true;
	/* Eastern Arabic digit before (2-byte UTF-8 ending in 0xA0-0xA9/0xB0-0xB9) */
	if (i >= 2 && (unsigned char)s[i - 2] == 0xD9 && c >= 0xA0 && c <= 0xA9)
		return true;
	/* a full-width digit before (EF BC 90-99; date.cjk.fullwidth_digits) */
	if (i >= 3 && (unsigned char)s[i - 3] == 0xEF && (unsigned char)s[i - 2] == 0xBC && c >= 0x90 && c <= 0x99)
		return true;
	return false;
}

static bool digit_or_sep_after(const char *s, size_t n, size_t i)
{
	int d;
	size_t l;
	if (i >= n)
		return false;
	if (is_digit_at(s, n, i, &d, &l))
		return true;
	if ((s[i] == '-' || s[i] == '/' || (s[i] == '.' && i + 1 < n && s[i + 1] != ' ')) &&
	    is_digit_at(s, n, i + 1, &d, &l))
		return true;
	return false;
}

/* The Gregorian date of a Solar Hijri one (the Iranian and Afghan civil
 * calendar): days counted from a fixed epoch with the 33-year cycle of
 * its leap years, then read back as a Gregorian year, month and day (the
 * arithmetic of the widely used jalali-to-gregorian conversion; exact for
 * 1300-1500 SH, 1921-2121). */
static void solar_hijri_to_gregorian(long jy, long jm, long jd, pm_date *out)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	long days, gy, gm = 0;
	jy += 1595;
	days = -355668 + 365 * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + jd +
	       (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
	gy = 400 * (days / 146097);
	days %= 146097;
	if (days > 36524) {
		days--;
		gy += 100 * (days / 36524);
		days %= 36524;
		if (days >= 365)
			days++;
	}
	gy += 4 * (days / 1461);
	days %= 1461;
	if (days > 365) {
		gy += (days - 1) / 365;
		days = (days - 1) % 365;
	}
	days++;
	for (gm = 0; gm < 12; gm++) {
		long len = mdays[gm] + (gm == 1 && ((gy % 4 == 0 && gy % 100 != 0) || gy % 400 == 0));
		if (days <= len)
			break;
		days -= len;
	}
	out->y = (int)gy;
	out->m = (int)gm + 1;
	out->d = (int)days;
}

/* date.fa.solar_hijri: "۱۴ اسفند ۱۴۰۳" - a day, a month of the Solar
 * Hijri calendar ([solar_hijri_months]) and a year of 1300-1500, in
 * Persian or Latin digits: the date in the Gregorian calendar, as
 * RECORD.md's ISO 8601 dates are. */
static bool solar_hijri_at(const char *s, size_t n, size_t p, long day, pm_date *out)
{
	int32_t m = 0;
	size_t l = lex_at(PM_LEX_SOLAR_HIJRI_MONTHS, s, n, p, 0, &m), q;
	long y;
	int dc;
	size_t lc;
	if (!l || day < 1 || day > (m <= 6 ? 31 : 30))
		return false;
	q = skip_spaces(s, n, p + l);
	if (!number(s, n, q, &y, &dc, &lc) || dc != 4 || y < 1300 || y > 1500 || digit_or_sep_after(s, n, q + lc))
		return false;
	solar_hijri_to_gregorian(y, m, day, out);
	out->end = q + lc;
	out->end += year_mark(s, n, out->end);
	return valid_ymd(out->y, out->m, out->d);
}

/* date.th.buddhist_era: "5 มีนาคม 2568", "5 มี.ค. 68", "5 มีนาคม พ.ศ.
 * 2568" - a day, a Thai month ([buddhist_era_months]), an era mark
 * perhaps ([buddhist_era_marks], its value the years between the era and
 * the Gregorian one) and the year. Thai dates count years in the Buddhist
 * era, 543 before the Gregorian: with no mark, a year of 2400 or more is
 * one, a year below it is Gregorian, and two figures after a month are
 * the Buddhist era's last two (2500 + yy), as Thai abbreviated dates are
 * written. */
static bool buddhist_era_at(const char *s, size_t n, size_t p, long day, pm_date *out)
{
	int32_t m = 0, off = -1;
	size_t l = lex_at(PM_LEX_BUDDHIST_ERA_MONTHS, s, n, p, 0, &m), q, ml;
	long y;
	int dc;
	size_t lc;
	if (!l)
		return false;
	q = skip_spaces(s, n, p + l);
	if ((ml = lex_at(PM_LEX_BUDDHIST_ERA_MARKS, s, n, q, 0, &off)) > 0)
		q = skip_spaces(s, n, q + ml);
	else
		off = -1;
	if (!number(s, n, q, &y, &dc, &lc) || digit_or_sep_after(s, n, q + lc))
		return false;
	if (dc == 2 && off < 0)
		y = 2500 + y - 543;
	else if (dc == 4 && off >= 0)
		y -= off;
	else if (dc == 4 && y >= 2400)
		y -= 543;
	else if (dc != 4)
		return false;
	if (!valid_ymd(y, m, day))
		return false;
	out->y = (int)y; out->m = (int)m; out->d = (int)day;
	out->end = q + lc;
	return true;
}

/* Try to read a date starting exactly at i. */
/* The year that closes a date whose month m and day d are read, at q
 * after them: a connector ("de", "del"), a comma, spaces, then four
 * digits with no digit or separator after them, a valid date with m and
 * d. Where it does, *out is that date, ending after the year. */
static bool year_closes(const char *s, size_t n, size_t q, int m, long d, pm_date *out)
{
	long y;
	int dy;
	size_t ly;
	q += connector(s, n, q);
	if (q < n && s[q] == ',')
		q++;
	q = skip_spaces(s, n, q);
	if (!number(s, n, q, &y, &dy, &ly) || dy != 4 || digit_or_sep_after(s, n, q + ly) || !valid_ymd(y, m, d))
		return false;
	out->y = (int)y; out->m = m; out->d = (int)d;
	out->end = q + ly;
	return true;
}

static bool date_at(const char *s, size_t n, size_t i, int dayfirst, pm_date *out)
{
	long a, b, c;
	int da, db, dc;
	size_t la, lb, lc, p, l;
	int m;
	memset(out, 0, sizeof *out);
	out->start = i;
	if ((l = era_ymd(s, n, i, &a, &b, &c)) > 0) {
		out->y = (int)a; out->m = (int)b; out->d = (int)c;
		out->end = i + l;
		return true;
	}
	if (number(s, n, i, &a, &da, &la)) {
		if (digit_or_sep_before(s, i))
			return false;
		p = i + la;
		if ((da == 4 || da == 3) && (l = cjk_ymd(s, n, i, &a, &b, &c)) > 0) {
			out->y = (int)a; out->m = (int)b; out->d = (int)c;
			out->end = i + l;
			return true;
		}
		if (da == 4 && (l = ko_dotted(s, n, i, &a, &b, &c)) > 0) {
			out->y = (int)a; out->m = (int)b; out->d = (int)c;
			out->end = i + l;
			return true;
		}
		if (da == 4 && (l = hu_year_first(s, n, i, la, a, &b, &c)) > 0) {
			out->y = (int)a; out->m = (int)b; out->d = (int)c;
			out->end = i + l;
			return true;
		}
		/* numeric: A sep B sep C */
		if (p < n && (s[p] == '-' || s[p] == '/' || s[p] == '.') &&
		    number(s, n, p + 1, &b, &db, &lb) && p + 1 + lb < n && s[p + 1 + lb] == s[p] &&
		    number(s, n, p + 2 + lb, &c, &dc, &lc)) {
			size_t e = p + 2 + lb + lc;
			if (digit_or_sep_after(s, n, e))
				return false;
			if (da == 4 && db <= 2 && dc <= 2) {
				if (!valid_ymd(a, b, c))
					return false;
				out->y = (int)a; out->m = (int)b; out->d = (int)c;
			} else if (da <= 2 && db <= 2 && (dc == 4 || dc == 2)) {
				long y = dc == 2 ? 2000 + c : c;
				bool dm = valid_ymd(y, b, a), md = valid_ymd(y, a, b);
				if (!dm && !md)
					return false;
				if (dc == 2 && s[p] != '/' && s[p] != '.')
					return false; /* "12-05-24" is too often a reference */
				/* dots are the European way ("05.03.2024"): day first,
				 * whatever the language */
				if (dm && md && a != b && s[p] == '.') {
					out->d = (int)a; out->m = (int)b;
				} else if (dm && md && a != b) {
					out->ambiguous = true;
					if (dayfirst) { out->d = (int)a; out->m = (int)b; }
					else { out->m = (int)a; out->d = (int)b; }
				} else if (dm) {
					out->d = (int)a; out->m = (int)b;
				} else {
					out->m = (int)a; out->d = (int)b;
				}
				out->y = (int)y;
			} else {
				return false;
			}
			out->end = e;
			out->numeric = true;
			return true;
		}
		/* D [ord] [de|of] MONTH [de|,] YYYY */
		if (da <= 2) {
			p += ordinal(s, n, p);
			p += connector(s, n, p);
			p = skip_spaces(s, n, p);
			if (solar_hijri_at(s, n, p, a, out))
				return true;
			if (buddhist_era_at(s, n, p, a, out))
				return true;
			m = month_at(s, n, p, &l);
			if (m && year_closes(s, n, p + l, m, a, out)) {
				/* the era after the year ([era_marks], as written:
				 * Arabic "م", Gregorian) */
				pm_lex_query era = {PM_LEX_ERA_MARKS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE | PM_LEX_NO_BOUNDARY};
				pm_lex_match em;
				if (pm_lex_prefix(&era, s + out->end, n - out->end, &em))
					out->end += em.len;
				else
					out->end += year_mark(s, n, out->end);
				return true;
			}
		}
		return false;
	}
	/* MONTH D[ord][,] YYYY */
	m = month_at(s, n, i, &l);
	if (m) {
		size_t q = skip_spaces(s, n, i + l);
		if (number(s, n, q, &a, &da, &la) && da <= 2) {
			q += la;
			q += ordinal(s, n, q) == 1 && s[q] == '.' ? 0 : ordinal(s, n, q);
			/* "Marzo 5 del 2024", "noviembre 7 de 2024" */
			if (year_closes(s, n, q, m, a, out))
				return true;
		}
	}
	return false;
}

bool pm_date_at(const char *s, size_t n, size_t i, int dayfirst, pm_date *out)
{
	size_t w;
	if (date_at(s, n, i, dayfirst, out))
		return true;
	/* a weekday first: "Tuesday, March 5, 2024", "mardi 12 mars 2024" */
	w = weekday_at(s, n, i);
	if (w) {
		size_t j = i + w;
		if (j < n && s[j] == ',')
			j++;
		j = skip_spaces(s, n, j);
		if (date_at(s, n, j, dayfirst, out)) {
			out->start = i;
			return true;
		}
	}
	return false;
}

static bool word_start(const char *s, size_t n, size_t i)
{
	int32_t c = -1;
	size_t k = i, dl;
	int dv;
	if (i == 0)
		return true;
	/* step back one code point */
	k--;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	pm_utf8_decode((const unsigned char *)s + k, i - k, &c);
	/* date.cjk.ymd: Chinese and Japanese glue a date to the word before
	 * it, with no space ("成都2024年3月5日电"): after a Han or kana
	 * letter a figure starts a word */
	if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF))
		return is_digit_at(s, n, i, &dv, &dl); /* also a full-width one: "令和７年" */
	return !pm_cp_is_letter(c) && !pm_cp_is_digit(c);
}

bool pm_date_find(const char *s, size_t n, size_t from, int dayfirst, pm_date *out)
{
	size_t i;
	for (i = from; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c & 0xC0) == 0x80)
			continue;
		if (!word_start(s, n, i))
			continue;
		/* A date opens with a digit, a month's name or a weekday's
		 * (pm_date_at): a word that opens with an ASCII character that
		 * is no digit and opens no entry of [months] or [weekdays] is
		 * passed without their lookups (the callers search every word
		 * of a block) */
		if (c < 0x80 && !(c >= '0' && c <= '9') && !pm_lex_ascii_opens(PM_LEX_MONTHS, c) &&
		    !pm_lex_ascii_opens(PM_LEX_WEEKDAYS, c))
			continue;
		if (pm_date_at(s, n, i, dayfirst, out))
			return true;
	}
	return false;
}

void pm_date_iso(const pm_date *d, char out[11])
{
	out[0] = (char)('0' + d->y / 1000 % 10);
	out[1] = (char)('0' + d->y / 100 % 10);
	out[2] = (char)('0' + d->y / 10 % 10);
	out[3] = (char)('0' + d->y % 10);
	out[4] = '-';
	out[5] = (char)('0' + d->m / 10);
	out[6] = (char)('0' + d->m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d->d / 10);
	out[9] = (char)('0' + d->d % 10);
	out[10] = '\0';
}

int pm_date_time_at(const char *s, size_t n, size_t i, int *hh, int *mm, size_t *end)
{
	long h, m;
	int dh, dm;
	size_t lh, lm, p;
	pm_lex_query meridiem = {PM_LEX_MERIDIEMS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_NO_BOUNDARY | PM_LEX_ASCII_CASE};
	pm_lex_match half;
	if (!number(s, n, i, &h, &dh, &lh) || dh > 2)
		return 0;
	p = i + lh;
	if (p < n && (s[p] == ':' || s[p] == 'h' || s[p] == '.') &&
	    number(s, n, p + 1, &m, &dm, &lm) && dm == 2) {
		p += 1 + lm;
	} else {
		m = 0;
	}
	p = skip_spaces(s, n, p);
	/* [meridiems]: "pm", "a.m." (their dots may lie past n: the text
	 * goes on, and the hour is before n); 16 bytes, for the Arabic ones
	 * ("صباحاً" is 12) */
	if (p + 2 <= n && pm_lex_prefix(&meridiem, s + p, strnlen(s + p, 16), &half)) {
		if (half.entry.num == 12 && h < 12)
			h += 12;
		else if (half.entry.num == 0 && h == 12)
			h = 0;
		p += half.len;
	} else if (m == 0 && !(p > i + lh)) {
		return 0;
	}
	if (h > 23 || m > 59)
		return 0;
	*hh = (int)h;
	*mm = (int)m;
	*end = p;
	return 1;
}

/* One hour of a time range at i: the hour (two digits at most, 24 at
 * most), its minutes and a meridiem if any. *clock says whether it is
 * written as a clock time ("18:00", "9.30", "10h", "6 p.m."), not a bare
 * number. Bytes, or 0. */
static size_t range_hour(const char *s, size_t n, size_t i, bool *clock)
{
	long h;
	int dh, hh, mm;
	size_t lh, end;
	*clock = false;
	if (!number(s, n, i, &h, &dh, &lh) || dh > 2 || h > 24)
		return 0;
	if (pm_date_time_at(s, n, i, &hh, &mm, &end)) {
		size_t k;
		/* minutes ("18:00", "9.30", "10h30") or a meridiem ("6 p.m."),
		 * not a bare hour before a space */
		for (k = i + lh; k < end && !(s[k] == ':' || s[k] == '.' || s[k] == 'h' || isalpha((unsigned char)s[k])); k++)
			;
		if (k < end) {
			*clock = true;
			while (end > i + lh && s[end - 1] == ' ')
				end--;
			return end - i;
		}
	}
	if (i + lh < n && s[i + lh] == 'h') /* "10h" */
		*clock = true, lh++;
	return lh;
}

/* Convention dateline.event_time: an event's time range ("kl. 11–18",
 * "6:30-9:00 p.m.", "11 a.m. to 6 p.m.", "10 bis 16 Uhr"): two hours
 * joined by a dash or a [time_range_words] word, one of them written as
 * a clock time, or the hours led by [clock_leads] ("kl.") or followed by
 * a [clock_units] unit ("Uhr"). A date line that holds one gives the
 * event's date, not the release's (a poster's date block, a media
 * advisory's). Day ranges ("14–16 June") and years ("2024–2025") are no
 * hours. */
bool pm_date_time_range(const char *s, size_t n)
{
	pm_lex_query words = {PM_LEX_TIME_RANGE_WORDS, PM_LEX_ALL_LANGS, 0, 0, 0};
	pm_lex_query leads = {PM_LEX_CLOCK_LEADS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	pm_lex_query units = {PM_LEX_CLOCK_UNITS, PM_LEX_ALL_LANGS, 0, 0, PM_LEX_CASE};
	size_t i;
	for (i = 0; i < n; i++) {
		size_t a, p, b, q, l;
		bool c1, c2, led = false;
		int32_t c;
		pm_lex_match m;
		/* an hour stands alone: not inside a number or a numeric date
		 * ("2024-03-05", "5.3.2025", "3/5") */
		if (!isdigit((unsigned char)s[i]) ||
		    (i > 0 && (isdigit((unsigned char)s[i - 1]) || isalpha((unsigned char)s[i - 1]) || s[i - 1] == '-' ||
		               s[i - 1] == '/' || s[i - 1] == '.')))
			continue;
		if (!(a = range_hour(s, n, i, &c1)))
			continue;
		p = skip_spaces(s, n, i + a);
		c = 0;
		l = p < n ? pm_utf8_decode((const unsigned char *)s + p, n - p, &c) : 0;
		if (l && pm_cp_is_dash(c))
			p += l;
		else if (p < n && pm_lex_prefix(&words, s + p, n - p, &m) && p + m.len < n && s[p + m.len] == ' ')
			p += m.len;
		else
			continue;
		p = skip_spaces(s, n, p);
		if (p >= n || !isdigit((unsigned char)s[p]) || !(b = range_hour(s, n, p, &c2)))
			continue;
		q = p + b;
		if (q < n && isdigit((unsigned char)s[q]))
			continue;
		/* "kl. 11–18": a lead word right before the first hour */
		{
			size_t w = i;
			while (w > 0 && s[w - 1] == ' ')
				w--;
			size_t st = w;
			while (st > 0 && s[st - 1] != ' ' && s[st - 1] != ',')
				st--;
			led = w > st && pm_lex_word(&leads, s + st, w - st, NULL);
		}
		if (!c1 && !c2 && !led) {
			size_t u = skip_spaces(s, n, q), r = u;
			while (r < n && s[r] != ' ' && s[r] != ',' && s[r] != '.')
				r++;
			if (!(r > u && pm_lex_word(&units, s + u, r - u, NULL)))
				continue;
		}
		return true;
	}
	return false;
}

bool pm_date_only(const char *t, int dayfirst)
{
	pm_date d;
	size_t n;
	if (!t)
		return false;
	n = strlen(t);
	if (n > 60)
		return false;
	if (!pm_date_find(t, n, 0, dayfirst, &d) || d.start > 12)
		return false;
	return nz_only_punct(t + d.end);
}
