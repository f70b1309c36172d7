#!/usr/bin/python3
"""Make rtl-runs-fa-rtlpage.pdf, rtl-runs-fa-ltrpage.pdf and
rtl-runs-he-ltrpage.pdf, the PDFs of test_pdf.c's rtl_text_runs: invented
Persian and Hebrew releases printed by Chromium from HTML with dir='rtl'
and without a direction. They hold the words that Persian writes with a
zero-width non-joiner (pdf.rtl_zwnj_kept) and numbers written left to
right inside right-to-left lines: a phone number whose groups a hyphen
parts, a plus sign before a number (pdf.rtl_number_runs). The PDFs are
committed; run this again (Debian's python3 and chromium) after editing.

Usage, from the repository root: /usr/bin/python3 tests/data/pdf/make_rtl_runs.py
"""
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_rtl_columns  # noqa: E402  (its print_pdf)
CSS = """body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.35; margin: 0; }
h1 { font-size: 18pt; margin: .2em 0 .5em; } h2 { font-size: 13pt; margin: 1em 0 .3em; } p { margin: 0 0 .8em; }"""
ZW = "\u200c"
DOCS = {
    "fa-rtlpage": (True, "بیانیه مطبوعاتی",
                   "دانشگاه کوهپایه آزمایشگاه آب" + ZW + "شناسی تازه" + ZW + "ای راه" + ZW + "اندازی کرد",
                   ["کوهپایه، ۲۰ آذر ۱۴۰۳ – دانشگاه کوهپایه امروز آزمایشگاه آب" + ZW + "شناسی تازه" + ZW
                    + "ای را با حضور استادان و دانشجویان افتتاح کرد. این آزمایشگاه نمونه" + ZW
                    + "های آب چشمه" + ZW + "های منطقه را بررسی می" + ZW + "کند.",
                    "دانشجویان می" + ZW + "توانند از هفته آینده در کارگاه" + ZW + "های آزمایشگاه شرکت کنند."],
                   "روابط عمومی دانشگاه", ["تلفن: 026-5550-1177", "نمابر: +98-26-5550-1188", "info@kuhpayeh-uni.example"]),
    "fa-ltrpage": (False, "خبر",
                   "کتابخانه شهر باران" + ZW + "دشت ساعت کار خود را افزایش می" + ZW + "دهد",
                   ["باران" + ZW + "دشت، ۳ دی ۱۴۰۳ – کتابخانه مرکزی شهر باران" + ZW + "دشت از ماه آینده تا ساعت ده شب باز است و"
                    + " کتاب" + ZW + "خوان" + ZW + "ها می" + ZW + "توانند در سالن مطالعه بمانند.",
                    "عضویت برای دانش" + ZW + "آموزان رایگان است."],
                   "تماس", ["تلفن: 031-5557-2040", "library@barandasht.example"]),
    "he-ltrpage": (False, "הודעה לעיתונות",
                   "מוזיאון עמק הדקלים פותח אגף חדש לילדים",
                   ["עמק הדקלים, 12 בינואר 2025 – מוזיאון עמק הדקלים פתח היום אגף חדש לילדים ובו תערוכה על ציפורי העמק."
                    " הכניסה לאגף חינם בחודש הראשון.",
                    "שעות הפתיחה מתפרסמות באתר המוזיאון."],
                   "לפרטים נוספים", ["טלפון: 04-555-0123", "פקס: +972-4-555-0124", "press@emek-museum.example"]),
}


def html(d):
    rtl, kicker, head, paras, contact_h, contact = d
    out = ["<html%s><head><meta charset='utf-8'><style>%s</style></head><body>" % (" dir='rtl'" if rtl else "", CSS)]
    out.append("<div>%s</div><h1>%s</h1>" % (kicker, head))
    out += ["<p>%s</p>" % p for p in paras]
    out.append("<h2>%s</h2>" % contact_h)
    out += ["<div>%s</div>" % c for c in contact]
    out.append("</body></html>")
    return "\n".join(out)


def main():
    tmp = tempfile.mkdtemp(prefix="rtlruns-")
    for name, d in DOCS.items():
        make_rtl_columns.print_pdf(html(d), tmp, name, os.path.join(HERE, "rtl-runs-%s.pdf" % name))


if __name__ == "__main__":
    main()
