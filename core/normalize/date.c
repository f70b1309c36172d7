/*
 * date.c - the date stage of the normaliser (normalize.c runs it): the
 * record's `date`, from the best source found by the stages before it:
 * the dateline's (or a labelled date line's, which then is no dateline:
 * dateline.shape.label), else the release line's (which then dates a
 * dateline that gave only the place: dateline.date_from_release), else a closing or byline
 * date line's (which then gives its year to a dateline's day and month:
 * dateline.date_year_from_document), else the first sentence's "announced today, DATE", else
 * Markdown front matter; `date_ambiguous` when the numerals read both
 * ways.
 */
#include "normalize.h"

#include <string.h>

/* A dateline that gave its place and no date of its own, which a date
 * the release gives elsewhere may complete (dateline.date_from_release,
 * dateline.date_year_from_document). */
static bool dateline_place_alone(const pm_fields *f)
{
	return f->dateline.set && !f->dateline.has_date && f->dateline.location;
}

static void date_the_dateline(nz *z, const char iso[11], const char *why)
{
	z->f->dateline.has_date = true;
	memcpy(z->f->dateline.date, iso, sizeof z->f->dateline.date);
	stage_explain(z, "date", why, -1);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil), to count the days between two dates. */
static long civil_days(long y, long m, long d)
{
	long era, yoe, doy, doe;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* dateline.date_year_from_document: a wire dateline's day and month
 * without a year ("Ourém do Vale, 5 mar (Lusa) -") take the year of the
 * date the release gives for itself in a closing or date line (rel:
 * "Ourém do Vale, a 5 de março de 2025"), when that date is the same day
 * or at most three days after it (a release signed the day it was sent,
 * or filed a day or two later; a year-end story closed in January takes
 * the year before). An event date of the body is no such date, and
 * without one the dateline keeps no date: no year is guessed. */
static bool year_from_release_date(nz *z, const pm_date *rel, char iso[11])
{
	pm_fields *f = z->f;
	int mon, day;
	long y, gap;
	pm_date d;
	if (!dateline_place_alone(f) || !f->dateline.text || !rule_dateline_day_month(f->dateline.text, &mon, &day) ||
	    rel->y < 1000)
		return false;
	y = rel->y;
	if (mon > rel->m || (mon == rel->m && day > rel->d))
		y--; /* "30 dez" closed "2 de janeiro de 2026" */
	gap = civil_days(rel->y, rel->m, rel->d) - civil_days(y, mon, day);
	if (gap < 0 || gap > 3)
		return false;
	memset(&d, 0, sizeof d);
	d.y = (int)y;
	d.m = mon;
	d.d = day;
	pm_date_iso(&d, iso);
	return true;
}

void stage_date(nz *z)
{
	pm_fields *f = z->f;
	const char *d = f->dateline.set && f->dateline.has_date ? f->dateline.date : NULL;
	char iso[11];
	if (d) {
		pm_fields_set(&f->date, d);
		stage_explain(z, "date", z->dateline_labelled ? "labelled date line" : "dateline", -1);
	} else {
		const char *rel = f->release;
		pm_date rd;
		if (rel && pm_date_find(rel, strlen(rel), 0, z->dayfirst, &rd)) {
			pm_date_iso(&rd, iso);
			pm_fields_set(&f->date, iso);
			if (rd.ambiguous)
				z->ambiguous = true;
			stage_explain(z, "date", "release line", -1);
			/* dateline.date_from_release: a dateline that gives the
			 * place and no date of its own (a wire lead "Bad Kessel
			 * (ots) -", an agency's day and month without a year
			 * "(ANSA) - ROCCALTA, 5 MAR -") under a release line that
			 * dates the release ("Pressemitteilung vom 5. März 2025",
			 * "Comunicato stampa del 5 marzo 2025"): the two are one
			 * dateline, as a date line above the title and a place
			 * opening the text are (issue 13) */
			if (dateline_place_alone(f))
				date_the_dateline(z, iso, "dateline.date_from_release: the dateline's date from the release line");
		} else if (z->have_date) {
			pm_date_iso(&z->date, iso);
			pm_fields_set(&f->date, iso);
			if (z->date.ambiguous)
				z->ambiguous = true;
			if (year_from_release_date(z, &z->date, iso))
				date_the_dateline(z, iso,
				                  "dateline.date_year_from_document: the dateline's year from the release's closing date");
		} else if (rule_first_sentence_date(z, &rd)) {
			pm_date_iso(&rd, iso);
			pm_fields_set(&f->date, iso);
			stage_explain(z, "date", "first sentence: 'announced today, DATE'", -1);
			pm_doc_warn(z->doc, "date.guessed", PM_EFFECT_INFO, "release date read from the first sentence (no dateline)");
		} else {
			const char *fm = pm_doc_property(z->doc, "date");
			if (fm && z->fmt_txt && pm_date_find(fm, strlen(fm), 0, 1, &rd)) {
				pm_date_iso(&rd, iso);
				pm_fields_set(&f->date, iso);
				stage_explain(z, "date", "front matter date", -1);
			} else if (z->mail_date[0] && pm_date_find(z->mail_date, strlen(z->mail_date), 0, z->dayfirst, &rd)) {
				/* release.mail_headers: the day the mail was sent */
				pm_date_iso(&rd, iso);
				pm_fields_set(&f->date, iso);
				stage_explain(z, "date", "release.mail_headers: the e-mail's Date header", -1);
			}
		}
	}
	/* dateline.shape.label: the labelled line gave the date; the record
	 * has no dateline (no place was written, and the label is none) */
	if (d && z->dateline_labelled) {
		f->dateline.set = false;
		f->dateline.has_date = false;
		pm_fields_set(&f->dateline.text, NULL);
		pm_fields_set(&f->dateline.location, NULL);
	}
	if (z->ambiguous && f->date) {
		f->date_ambiguous = true;
		pm_doc_warn(z->doc, "date.ambiguous", PM_EFFECT_INFO,
		            "numeric date with two readings; read %s from the language and dateline",
		            z->dayfirst ? "day-first" : "month-first");
	}
}
