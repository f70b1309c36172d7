#!/usr/bin/python3
"""Make rtl-columns-ltrpage.pdf and rtl-columns-rtlpage.pdf, the PDFs of
test_pdf.c's rtl_two_column_pages: an invented Arabic release in two
justified columns under a full-width title, printed by Chromium from HTML
without a direction (columns filled from the left, lines set flush left,
as a page laid out left to right holding Arabic text) and with dir='rtl'
(columns filled from the right, lines flush right). The PDFs are
committed; run this again (Debian's python3 and chromium) after editing.

Usage, from the repository root: /usr/bin/python3 tests/data/pdf/make_rtl_columns.py
"""
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSS = """body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; margin: 0; }
h1 { font-size: 19pt; margin: .2em 0 .4em; } h2 { font-size: 13pt; margin: 1em 0 .3em; }
p { margin: 0 0 .7em; } .cols { column-count: 2; column-gap: 1.8em; } .cols p { text-align: justify; }"""
AR = dict(
 head="بلدية وادي النخيل تفتتح مكتبة عامة جديدة في السوق القديم",
 paras=["وادي النخيل، 14 أبريل 2025 – افتتحت بلدية وادي النخيل اليوم مكتبة عامة جديدة في مبنى السوق القديم بعد ترميمه، وتضم المكتبة أكثر من عشرين ألف كتاب وقاعة للأطفال وركنا للقراءة في الحديقة.",
        "وقالت رئيسة البلدية سلمى الحارثي: «أردنا أن يعود السوق القديم مكانا يلتقي فيه الناس، وأن تكون المكتبة مفتوحة للجميع طوال الأسبوع».",
        "وتفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى التاسعة مساء، والاشتراك فيها مجاني لسكان المدينة."],
 about_h="نبذة عن بلدية وادي النخيل",
 about="تأسست بلدية وادي النخيل عام 1978، وتخدم أكثر من ستين ألف نسمة في المدينة والقرى المحيطة بها.",
 contact_h="للتواصل الإعلامي", contact=["قسم الإعلام", "هاتف: 0096824000000", "media@wadi-nakheel.example"])
def html(d, rtl):
    out=["<html%s><head><meta charset='utf-8'><style>%s</style></head><body>" % (" dir='rtl'" if rtl else "", CSS)]
    out.append("<div>بيان صحفي</div><h1>%s</h1><div class='cols'>" % d["head"])
    out += ["<p>%s</p>" % p for p in d["paras"]]
    out.append("<h2>%s</h2><p>%s</p><h2>%s</h2>" % (d["about_h"], d["about"], d["contact_h"]))
    out += ["<div>%s</div>" % c for c in d["contact"]]
    out.append("<p style='text-align:center'>-انتهى-</p></div></body></html>")
    return "\n".join(out)


def print_pdf(text, tmp, name, out):
    """Print the HTML text to the PDF out with Chromium (also used by make_rtl_runs.py)."""
    src = os.path.join(tmp, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--no-pdf-header-footer", "--user-data-dir=" + os.path.join(tmp, "profile"),
                    "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    print(out)


def main():
    tmp = tempfile.mkdtemp(prefix="rtlcols-")
    for name, rtl in (("ltrpage", False), ("rtlpage", True)):
        print_pdf(html(AR, rtl), tmp, name, os.path.join(HERE, "rtl-columns-%s.pdf" % name))


if __name__ == "__main__":
    main()
