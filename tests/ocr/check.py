#!/usr/bin/python3
"""The OCR checks of 'make check' (tests/ocr.mk): small scans made at test
time from releases of tests/eval/docs (rendered from specs by
../shared/eval/render.py), read through the command line, checked against
the born-digital release's gold; garbled text layers over good images;
the options; the limits; the hostile scans of tests/ocr/hostile.py.

usage: check.py --cli CLI --mkscan MKSCAN --src SRC --work DIR
"""
import argparse
import collections
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata

PASS = FAIL = 0


def ok(name, cond, detail=""):
    global PASS, FAIL
    if cond:
        PASS += 1
        print("ok   " + name)
    else:
        FAIL += 1
        print("FAIL " + name + (": " + detail if detail else ""))


def words(s):
    s = unicodedata.normalize("NFC", s or "").casefold()
    s = s.translate(str.maketrans({"\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'}))
    return re.findall(r"\w+(?:['\-.,@]\w+)*", s)


def word_f1(rec, gold):
    got = collections.Counter(w for b in rec.get("body") or [] for w in words(b.get("text")))
    want = collections.Counter(w for p in gold["body"] for w in words(p))
    hit = sum((got & want).values())
    if not hit:
        return 0.0
    p, r = hit / sum(got.values()), hit / sum(want.values())
    return 2 * p * r / (p + r)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


class Env:
    def __init__(self, a):
        self.cli, self.mkscan, self.src, self.work = a.cli, a.mkscan, a.src, a.work
        self.sanitized = a.sanitized
        self.schema = json.load(open(os.path.join(a.src, "schema", "record.schema.json"), encoding="utf-8"))

    def gold(self, rid):
        with open(os.path.join(self.src, "tests", "eval", "docs", rid + ".gold.json"), encoding="utf-8") as fh:
            return json.load(fh)["expect"]

    def born(self, rid):
        return os.path.join(self.src, "tests", "eval", "docs", rid + ".pdf")

    def scan(self, rid, name, *args):
        out = os.path.join(self.work, name + ".pdf")
        subprocess.run([self.mkscan] + list(args) + [self.born(rid), out], check=True)
        return out

    def convert(self, paths, *opts, env=None):
        """Records by path; the run's exit status, wall seconds."""
        t0 = time.time()
        p = subprocess.run([self.cli, "convert", "--ndjson", "-q"] + list(opts) + list(paths),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, check=False)
        recs = {}
        for ln in p.stdout.decode("utf-8").splitlines():
            r = json.loads(ln)
            recs[r["source"]["path"]] = r
        return recs, p.returncode, time.time() - t0


def codes(r):
    return [w["code"] for w in r.get("warnings") or []]


def warning(r, code):
    for w in r.get("warnings") or []:
        if w["code"] == code:
            return w["message"]
    return ""


def valid(env, r):
    try:
        import jsonschema
    except ImportError:
        return True
    try:
        jsonschema.validate(r, env.schema)
        return True
    except jsonschema.ValidationError as e:
        print("    schema: " + e.message)
        return False


def scans_read_as_born_digital(env):
    """Latin-script scans give the born-digital release's fields; Arabic as measured."""
    en = env.scan("x-en-02", "en-200", "--dpi", "200", "--rotate", "0.6", "--noise", "8", "--jpeg", "70", "--seed", "2")
    fr = env.scan("x-fr-01", "fr-150", "--dpi", "150", "--rotate", "-0.8", "--noise", "6", "--jpeg", "75", "--seed", "3")
    ar = env.scan("x-ar-01", "ar-300", "--dpi", "300", "--rotate", "0.4", "--noise", "6", "--jpeg", "80", "--seed", "4")
    recs, rc, _ = env.convert([en, fr, ar], "-j", "2")
    ok("scans: one record each, exit 0", len(recs) == 3 and rc == 0, "rc %d" % rc)
    for path, rid, lang in ((en, "x-en-02", ["en"]), (fr, "x-fr-01", ["fr"]), (ar, "x-ar-01", ["ar", "en"])):
        r, g = recs.get(path, {}), env.gold(rid)
        o = (r.get("source") or {}).get("ocr") or {}
        name = os.path.basename(path)
        ok("%s: schema-valid record, status ok" % name, valid(env, r) and r.get("status") == "ok",
           "%s %s" % (r.get("status"), codes(r)))
        ok("%s: source.ocr says page 1, tesseract, %s" % (name, "+".join(lang)),
           o.get("pages") == [1] and o.get("engine") == "tesseract" and o.get("languages") == lang and
           (o.get("confidence") or 0) > 60, json.dumps(o))
        ok("%s: a pdf.ocr warning with the pages and the confidence" % name,
           "page 1 (no text layer)" in warning(r, "pdf.ocr") and "confidence" in warning(r, "pdf.ocr"))
        ok("%s: no pdf.no_text_layer warning" % name, "pdf.no_text_layer" not in codes(r))
        f1 = word_f1(r, g)
        if lang[0] != "ar":
            ok("%s: headline as born-digital" % name, norm(r.get("headline")) == norm(g["headline"]),
               "%r" % r.get("headline"))
            ok("%s: date as born-digital" % name, r.get("date") == g["date"], "%r" % r.get("date"))
            ok("%s: dateline place as born-digital" % name,
               norm((r.get("dateline") or {}).get("location")) == norm(g["dateline"]["location"]))
            ok("%s: body word F1 %.3f >= 0.95" % (name, f1), f1 >= 0.95)
        else:
            # Arabic is reported as measured (README); the bar only says
            # that the text read is Arabic text in logical order
            ok("%s: body word F1 %.3f >= 0.6 (Arabic, as measured)" % (name, f1), f1 >= 0.6)
    return en


def garbled_layers(env):
    """A text layer failing the health check over a good image is replaced by
    the OCR reading; over an unreadable image it is kept; a layer with a few
    ligature holes passes the check and is read as it is."""
    paths = {}
    for mode in ("glued", "unmapped", "ligatures"):
        paths[mode] = env.scan("x-en-03", "garbled-" + mode, "--dpi", "200", "--rotate", "0.3", "--noise", "6",
                               "--jpeg", "80", "--pages", "1", "--garble", mode)
    paths["noise"] = env.scan("x-en-03", "garbled-noise", "--dpi", "100", "--noise", "160", "--jpeg", "20",
                              "--pages", "1", "--garble", "glued")
    recs, _, _ = env.convert(list(paths.values()), "-j", "2")
    g = env.gold("x-en-03")
    for mode in ("glued", "unmapped"):
        r = recs.get(paths[mode], {})
        ok("garbled layer (%s): it fails the health check, OCR replaces it" % mode,
           "page 1 (text layer failing)" in warning(r, "pdf.ocr") and "pdf.text_layer" not in codes(r) and
           ((r.get("source") or {}).get("ocr") or {}).get("pages") == [1], json.dumps(r.get("warnings")))
        ok("garbled layer (%s): headline as born-digital" % mode, norm(r.get("headline")) == norm(g["headline"]),
           "%r" % r.get("headline"))
    r = recs.get(paths["ligatures"], {})
    ok("a few ligature holes: the layer passes the health check and is kept, no OCR",
       (r.get("source") or {}).get("ocr") is None and "pdf.text_layer" not in codes(r), json.dumps(r.get("warnings")))
    r = recs.get(paths["noise"], {})
    ok("garbled layer over an unreadable image: the layer is kept, and the warnings say so",
       "pdf.text_layer" in codes(r) and (r.get("source") or {}).get("ocr") is None and
       "pdf.ocr_not_better" in codes(r), json.dumps(r.get("warnings")))
    ok("garbled layer kept: the record is partial", r.get("status") == "partial")


def stamped_scan(env):
    """A scan with a stamp's few characters of real text is still a scan."""
    st = env.scan("x-de-01", "stamped", "--dpi", "200", "--noise", "5", "--jpeg", "75", "--stamp", "Seite 1 von 1")
    recs, _, _ = env.convert([st])
    r, g = recs.get(st, {}), env.gold("x-de-01")
    ok("a scan stamped with a line of text: read from its image (no text layer)",
       "page 1 (no text layer)" in warning(r, "pdf.ocr"), json.dumps(r.get("warnings")))
    ok("a stamped scan: headline as born-digital", norm(r.get("headline")) == norm(g["headline"]),
       "%r" % r.get("headline"))


def existing_ocr_layers(env):
    """A scan that carries an OCR layer (tests/eval25: ocrmypdf, tesseract's
    PDF renderer) keeps a sound layer and is not read again; a page of it
    without a layer is read from its image; the layer's lines, a degree
    askew, make the paragraphs of the born-digital release
    (layout.skewed_baseline, layout.ocr_layer_size); a layer recognised
    from a blurred copy, whose words the dictionary does not know, is read
    again from the page image and the new reading kept
    (health.ocr_layer_unknown_words)."""
    d = os.path.join(env.src, "tests", "eval25", "docs")
    kept, part = os.path.join(d, "e25-de-01.pdf"), os.path.join(d, "e25-es-01.pdf")
    poor = os.path.join(d, "e25-en-03.pdf")
    recs, _, _ = env.convert([kept, part, poor], "-j", "2")
    r = recs.get(kept, {})
    ok("a sound OCR layer is kept, not read again", r.get("status") == "ok" and not (r.get("source") or {}).get("ocr")
       and "pdf.ocr" not in codes(r), json.dumps(r.get("warnings")))
    with open(os.path.join(d, "e25-de-01.gold.json"), encoding="utf-8") as fh:
        g = json.load(fh)["expect"]
    ok("an OCR layer 1.3 degrees askew: one paragraph per paragraph",
       len(r.get("body") or []) == len(g["body"]) and word_f1(r, g) > 0.95,
       "%d paragraphs, word F1 %.3f" % (len(r.get("body") or []), word_f1(r, g)))
    r = recs.get(part, {})
    ok("a page without the layer the others have is read from its image",
       ((r.get("source") or {}).get("ocr") or {}).get("pages") == [2], json.dumps((r.get("source") or {}).get("ocr")))
    r = recs.get(poor, {})
    ok("a poor OCR layer fails the health check and is read again from its image",
       "page 1 (text layer failing)" in warning(r, "pdf.ocr") and
       ((r.get("source") or {}).get("ocr") or {}).get("pages") == [1], json.dumps(r.get("warnings")))
    with open(os.path.join(d, "e25-en-03.gold.json"), encoding="utf-8") as fh:
        g = json.load(fh)["expect"]
    ok("a poor OCR layer read again: headline as printed", norm(r.get("headline")) == norm(g["headline"]),
       "%r" % r.get("headline"))


def options(env, en):
    recs, _, _ = env.convert([en], "--ocr", "never")
    r = recs.get(en, {})
    ok("--ocr never: no OCR, pdf.no_text_layer says OCR is off",
       (r.get("source") or {}).get("ocr") is None and "OCR off" in warning(r, "pdf.no_text_layer"))
    born = env.born("x-en-02")
    recs, _, _ = env.convert([born], "--ocr", "always")
    r = recs.get(born, {})
    g = env.gold("x-en-02")
    ok("--ocr always: a born-digital page is read from its image",
       ((r.get("source") or {}).get("ocr") or {}).get("pages") == [1] and "--ocr always" in warning(r, "pdf.ocr"))
    ok("--ocr always: headline as born-digital", norm(r.get("headline")) == norm(g["headline"]))
    # one page read with both options (an English release read with the
    # French model and English: what was asked, not what was found)
    two = env.scan("x-en-01", "en-2pages", "--dpi", "150", "--noise", "5", "--jpeg", "75")
    recs, _, _ = env.convert([two], "--ocr-max-pages", "1", "--ocr-lang", "fr+en")
    r = recs.get(two, {})
    ok("--ocr-lang fr+en: those models", ((r.get("source") or {}).get("ocr") or {}).get("languages") == ["fr", "en"],
       json.dumps((r.get("source") or {}).get("ocr")))
    ok("--ocr-max-pages 1: one page read, the other named in pdf.ocr_incomplete, record partial",
       ((r.get("source") or {}).get("ocr") or {}).get("pages") == [1] and
       "from page 2 on" in warning(r, "pdf.ocr_incomplete") and r.get("status") == "partial",
       json.dumps(r.get("warnings")))
    recs, rc, _ = env.convert([en], "--ocr", "sometimes")
    ok("--ocr with a bad value is a usage error", rc == 2)
    p = subprocess.run([env.cli, "plugins"], stdout=subprocess.PIPE, check=False)
    ok("pressmill plugins names the OCR engine and its languages",
       re.search(rb"ocr: tesseract [0-9.]+ \(.*eng", p.stdout) is not None, p.stdout.decode())
    return two


def worker_threads(env, two):
    """Tesseract runs with one thread per worker (OMP_THREAD_LIMIT=1): the
    workers' threads are counted while they read a page of a scan, with
    OpenMP asked for four threads (OMP_NUM_THREADS), which without the limit
    it would start whatever the machine's cores."""
    e = dict(os.environ, OMP_NUM_THREADS="4")
    e.pop("OMP_THREAD_LIMIT", None)
    proc = subprocess.Popen([env.cli, "convert", "-q", "-j", "1", "--ocr-max-pages", "1", two],
                            stdout=subprocess.DEVNULL, env=e)
    most = 0
    while proc.poll() is None:
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % pid) as fh:
                    f = fh.read().rsplit(")", 1)[1].split()
                if int(f[1]) != proc.pid:
                    continue
                most = max(most, len(os.listdir("/proc/%s/task" % pid)))
            except (OSError, IndexError, ValueError):
                continue
        time.sleep(0.05)
    ok("a worker reads with one Tesseract thread (at most 2 threads seen: %d)" % most, 0 < most <= 2)


def limits(env, two):
    """A timeout shorter than the reading: a timeout record or the pages read
    in time, within the timeout; no file left in TMPDIR; the next input of
    the batch converts."""
    tmp = tempfile.mkdtemp(dir=env.work)
    e = dict(os.environ, TMPDIR=tmp)
    born = env.born("x-en-02")
    recs, _, wall = env.convert([two, born], "-j", "1", "--timeout", "1.5", env=e)
    r = recs.get(two, {})
    ok("timeout 1.5 s on a two-page scan: timeout, or partial with pdf.ocr_incomplete (%.1f s)" % wall,
       (r.get("error") or {}).get("code") == "timeout" or
       (r.get("status") == "partial" and "time limit" in warning(r, "pdf.ocr_incomplete")),
       json.dumps(r.get("error") or r.get("warnings")))
    ok("timeout: the next input of the batch converts", recs.get(born, {}).get("status") == "ok")
    ok("timeout: nothing left in TMPDIR", os.listdir(tmp) == [])
    # in process there is no worker to kill: OCR's own share of the
    # timeout stops it, and a scan of which no page was read in time is a
    # timeout, not a document without text
    recs, _, wall = env.convert([two], "--no-isolate", "--timeout", "0.3", env=e)
    r = recs.get(two, {})
    ok("in process, timeout 0.3 s: a timeout record, OCR stopped in time (%.1f s)" % wall,
       (r.get("error") or {}).get("code") == "timeout" and "OCR ran out of time" in (r.get("error") or {}).get(
           "message", "") and wall < 10, json.dumps(r.get("error")))


def hostile(env):
    d = os.path.join(env.work, "hostile")
    subprocess.run([sys.executable, os.path.join(env.src, "tests", "ocr", "hostile.py"), d], check=True)
    files = [os.path.join(d, f) for f in ("huge-image.pdf", "huge-page.pdf", "scan-2000.pdf")]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    recs, _, wall = env.convert(files, "-j", "1")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ok("hostile scans: one schema-valid record each in %.1f s" % wall,
       len(recs) == 3 and all(valid(env, r) for r in recs.values()) and wall < 90)
    peak = max(rss, before) / 1024
    if env.sanitized:
        # ASan's allocator keeps freed memory in quarantine and pads every
        # block: the bound is the release build's (as the sweep's)
        print("note hostile scans: peak resident size %.0f MB (sanitized build: not checked)" % peak)
    else:
        ok("hostile scans: peak resident size %.0f MB <= 1024 MB" % peak, rss < 1024 * 1024)
    r = recs.get(files[1], {})
    ok("a page of 100,000 points is not rendered: pdf.ocr_incomplete says too large",
       "too large" in warning(r, "pdf.ocr_incomplete"))
    r = recs.get(files[2], {})
    o = (r.get("source") or {}).get("ocr") or {}
    ok("a 2,000-page scan: 20 pages read, the 1,980 others named",
       len(o.get("pages") or []) == 20 and "1980 pages from page 21 on" in warning(r, "pdf.ocr_incomplete"),
       json.dumps(r.get("warnings"))[:400])


def without_ocr(env, plugins, scan):
    """The plugin built with OCR=0 loads, says so, and a scan gives its one
    record saying so."""
    e = dict(os.environ, PRESSMILL_PLUGIN_PATH=plugins)
    p = subprocess.run([env.cli, "plugins"], stdout=subprocess.PIPE, env=e, check=False)
    ok("OCR=0: pressmill plugins says ocr: not available",
       b"ocr: not available (built without Tesseract)" in p.stdout, p.stdout.decode())
    recs, _, _ = env.convert([scan], env=e)
    r = recs.get(scan, {})
    ok("OCR=0: a scan's pdf.no_text_layer warning says ocr: not available",
       "ocr: not available" in warning(r, "pdf.no_text_layer") and (r.get("source") or {}).get("ocr") is None,
       json.dumps(r.get("warnings")))


def loaded_on_demand(env, scan):
    """Tesseract is loaded at the first page read from its image, not with
    the plugin: a born-digital PDF converts without it (the dynamic
    loader's own account, LD_DEBUG=files, names every library it opens),
    a scan loads it; the listing, which `pressmill plugins`, --resume and
    the server's version endpoint read, tells the engine without loading
    it."""
    born = env.born("x-en-02")

    def opened(args):
        e = dict(os.environ, LD_DEBUG="files")
        p = subprocess.run([env.cli] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=e, check=False)
        return p.returncode, b"libtesseract" in p.stderr
    rc, tess = opened(["convert", "--no-isolate", "-q", "-o", os.path.join(env.work, "on-demand"), born])
    ok("on demand: a PDF with a text layer converts without loading Tesseract", rc == 0 and not tess, "rc %d" % rc)
    rc, tess = opened(["convert", "--no-isolate", "-q", "-o", os.path.join(env.work, "on-demand"), scan])
    ok("on demand: a scan loads Tesseract", rc == 0 and tess, "rc %d" % rc)
    e = dict(os.environ, LD_DEBUG="files")
    p = subprocess.run([env.cli, "plugins"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=e, check=False)
    ok("on demand: pressmill plugins names the engine without loading it",
       p.returncode == 0 and b"libtesseract" not in p.stderr and
       re.search(rb"ocr: tesseract [0-9.]+ \(.*eng", p.stdout) is not None, p.stdout.decode())
    out = os.path.join(env.work, "on-demand-resume")
    rc, _ = opened(["convert", "--no-isolate", "-q", "-o", out, born])
    rc2, tess = opened(["convert", "--no-isolate", "-q", "--resume", "-o", out, born])
    ok("on demand: --resume reads the plugins' versions without loading it", rc == 0 and rc2 == 0 and not tess,
       "rc %d %d" % (rc, rc2))


def without_library(env, plugins, scan):
    """The plugin built against a Tesseract soname that no library has (as
    when libtesseract is removed after the build): the listing says OCR is
    not available and why, a PDF with a text layer converts as with the
    library, and a scan gives its one record, failed for want of text as
    with OCR=0, whose warning and error say the library could not be
    loaded."""
    e = dict(os.environ, PRESSMILL_PLUGIN_PATH=plugins)
    p = subprocess.run([env.cli, "plugins"], stdout=subprocess.PIPE, env=e, check=False)
    ok("no library: pressmill plugins says ocr: not available (cannot load ...)",
       b"ocr: not available (cannot load libtesseract-absent" in p.stdout, p.stdout.decode())
    born = env.born("x-en-02")
    with_lib, _, _ = env.convert([born])
    recs, rc, _ = env.convert([born, scan], env=e)
    ok("no library: a PDF with a text layer gives the same record",
       recs.get(born) == with_lib.get(born) and born in recs, "")
    r = recs.get(scan, {})
    err = r.get("error") or {}
    ok("no library: a scan gives one record (no_text) saying the library could not be loaded",
       len(recs) == 2 and r.get("status") == "failed" and err.get("code") == "no_text" and
       "cannot load libtesseract-absent" in warning(r, "pdf.ocr_incomplete") and
       "see pdf.ocr_incomplete" in err.get("message", "") and valid(env, r), json.dumps(r.get("warnings")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--mkscan", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--plugins-without-ocr")
    ap.add_argument("--plugins-without-library")
    ap.add_argument("--sanitized", action="store_true", help="an ASan/UBSan build: memory is reported, not bounded")
    a = ap.parse_args()
    # the Makefile gives every test one OpenMP thread; here the command
    # line and its workers must limit Tesseract themselves
    os.environ.pop("OMP_THREAD_LIMIT", None)
    os.makedirs(a.work, exist_ok=True)
    env = Env(a)
    en = scans_read_as_born_digital(env)
    garbled_layers(env)
    stamped_scan(env)
    existing_ocr_layers(env)
    two = options(env, en)
    worker_threads(env, two)
    limits(env, two)
    hostile(env)
    loaded_on_demand(env, en)
    if a.plugins_without_ocr:
        without_ocr(env, a.plugins_without_ocr, en)
    if a.plugins_without_library:
        without_library(env, a.plugins_without_library, en)
    print("ocr: %d passed, %d failed" % (PASS, FAIL))
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
