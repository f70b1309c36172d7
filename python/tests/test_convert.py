"""
test_convert.py - pressmill.convert(), schema() and version() as a user
calls them: every sample gives its golden record from a path, from bytes
and from a file object, in process and isolated; a file that cannot be
read gives its failed record, never an exception; misuse raises typed
errors; a crashing reader costs one failed record, not the interpreter.
"""
import ctypes
import io
import json
import os
import pathlib
import re
import subprocess
import threading

import pytest

import pressmill
from conftest import BUILD, SAMPLES, SRC, TESTPLUGINDIR, golden, rel


def test_version_is_the_library_and_the_package():
    header = (SRC / "core/include/pressmill/pressmill.h").read_text()
    want = re.search(r'#define PRESSMILL_VERSION "([^"]+)"', header).group(1)
    assert pressmill.version() == want
    assert pressmill.__version__ == want
    pyproject = (SRC / "python/pyproject.toml").read_text()
    assert re.search(r'^version = "([^"]+)"', pyproject, re.M).group(1) == want


def test_schema_is_the_repository_schema():
    with open(SRC / "schema/record.schema.json", encoding="utf-8") as fh:
        assert pressmill.schema() == json.load(fh)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_path_gives_the_golden_record(sample):
    assert pressmill.convert(rel(sample)) == golden(sample)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_in_process_equals_isolated(sample):
    assert pressmill.convert(rel(sample), isolate=False) == golden(sample)


@pytest.mark.parametrize("sample", SAMPLES[:3], ids=lambda p: p.name)
def test_pathlike_and_bytes_path(sample):
    assert pressmill.convert(pathlib.Path(rel(sample))) == golden(sample)
    # bytes are the document, never a path
    as_content = pressmill.convert(os.fsencode(rel(sample)))
    assert as_content["source"]["bytes"] == len(os.fsencode(rel(sample)))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_bytes_with_a_name(sample):
    data = sample.read_bytes()
    for given in (data, bytearray(data), memoryview(data)):
        assert pressmill.convert(given, name=rel(sample)) == golden(sample)


def test_file_object_named_after_its_file():
    sample = SAMPLES[0]
    with open(rel(sample), "rb") as fh:
        assert pressmill.convert(fh) == golden(sample)
    rec = pressmill.convert(io.BytesIO(sample.read_bytes()), name="inbox/x" + sample.suffix)
    assert rec["source"]["path"] == "inbox/x" + sample.suffix
    with pytest.raises(TypeError):
        pressmill.convert(io.StringIO("text mode"))


def test_a_display_name_for_a_path():
    sample = SAMPLES[0]
    rec = pressmill.convert(rel(sample), name="elsewhere/" + sample.name)
    want = golden(sample)
    want["source"]["path"] = "elsewhere/" + sample.name
    assert rec == want


def test_a_name_that_is_not_utf8_keeps_its_bytes():
    rec = pressmill.convert("samples/harbor-en.txt", name=b"caf\xe9.txt")
    assert rec["source"]["path"] == "caf\ufffd.txt"
    assert rec["source"]["path_bytes"] == "Y2Fm6S50eHQ="
    same = pressmill.convert((SRC / "samples/harbor-en.txt").read_bytes(), name=b"caf\xe9.txt")
    assert same["source"] == rec["source"]


def test_furniture_lists_the_page_furniture():
    # record 1.2: the running header and the page numbers the body
    # leaves out, each with its kind and page; [] when there is none
    rec = pressmill.convert("samples/pdf-lighthouse-en.pdf")
    assert rec["schema"] == "pressmill.record/1.2"
    assert {"text": "Page 2", "kind": "page_number", "page": 2} in rec["furniture"]
    assert {"text": "Carrow Point Lighthouse Trust", "kind": "header", "page": 1} in rec["furniture"]
    assert pressmill.convert("samples/harbor-en.txt")["furniture"] == []


def test_explain_adds_evidence():
    rec = pressmill.convert("samples/harbor-en.txt", explain=True)
    assert rec["evidence"]["headline"]["rule"]
    assert "evidence" not in pressmill.convert("samples/harbor-en.txt")


@pytest.mark.parametrize("isolate", [True, False])
def test_unreadable_inputs_give_failed_records(tmp_path, isolate):
    missing = pressmill.convert(str(tmp_path / "missing.pdf"), isolate=isolate)
    assert missing["status"] == "failed" and missing["error"]["code"] == "io_error"
    assert missing["source"]["path"] == str(tmp_path / "missing.pdf")
    folder = pressmill.convert(tmp_path, isolate=isolate)
    assert folder["status"] == "failed" and folder["error"]["code"] == "io_error"
    empty = pressmill.convert(b"", name="empty.txt", isolate=isolate)
    assert empty["error"]["code"] == "empty"
    binary = pressmill.convert(bytes(range(256)) * 4, isolate=isolate)
    assert binary["error"]["code"] == "unsupported_format"


def test_misuse_raises_typed_errors():
    for bad in (None, 42, 3.5, ["samples/harbor-en.txt"], object()):
        with pytest.raises(TypeError):
            pressmill.convert(bad)
    with pytest.raises(TypeError):
        pressmill.convert(b"text", name=7)
    with pytest.raises(ValueError):
        pressmill.Converter(timeout=-1)
    with pytest.raises(TypeError):
        pressmill.Converter(max_memory="lots")
    conv = pressmill.Converter()
    conv.close()
    with pytest.raises(ValueError):
        conv.convert("samples/harbor-en.txt")
    assert issubclass(pressmill.LibraryNotFoundError, pressmill.Error)


def test_converter_limits_apply():
    with pressmill.Converter(max_file_size=0.001) as conv:
        rec = conv.convert("samples/harbor-en.txt")
    assert rec["status"] == "failed" and rec["error"]["code"] == "too_large"


@pytest.fixture
def crashy(monkeypatch):
    """The crashy test plugin (tests/plugins/crashy), found first."""
    if not (TESTPLUGINDIR / "crashy.so").exists():
        pytest.fail("the crashy test plugin is not built: run 'make tests'")
    monkeypatch.setenv("PRESSMILL_PLUGIN_PATH", str(TESTPLUGINDIR))


def test_a_crashing_reader_costs_one_record(crashy):
    with pressmill.Converter() as conv:
        for magic, code in (("CRASH", "crashed"), ("ABORT", "crashed"), ("EXIT", "crashed")):
            rec = conv.convert(b"PMTEST-" + magic.encode() + b"\n", name=magic + ".pmt")
            assert rec["status"] == "failed" and rec["error"]["code"] == code, rec
        # the next document gets a fresh worker
        assert conv.convert("samples/harbor-en.txt") == golden(SRC / "samples/harbor-en.txt")


def test_a_hanging_reader_times_out(crashy):
    with pressmill.Converter(timeout=0.5) as conv:
        rec = conv.convert(b"PMTEST-HANG\n", name="hang.pmt")
    assert rec["error"]["code"] == "timeout"


def test_threads_convert_at_once():
    """One context per thread (the module keeps them): concurrent calls
    give the same records as serial ones."""
    want = {rel(s): golden(s) for s in SAMPLES}
    errors = []

    def work(paths):
        try:
            for p in paths:
                if pressmill.convert(p) != want[p]:
                    errors.append(p)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(repr(e))

    threads = [threading.Thread(target=work, args=(list(want) * 2,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def _rss_kb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


@pytest.mark.skipif(bool(os.environ.get("SANITIZE")),
                    reason="sanitizer builds keep freed memory in quarantine")
def test_strings_the_library_allocates_are_freed():
    """pm_free() takes back every record string: 3,000 conversions in
    process leave the resident size where 300 left it."""
    data = (SRC / "samples/harbor-en.txt").read_bytes()
    for _ in range(300):
        pressmill.convert(data, isolate=False)
    before = _rss_kb()
    for _ in range(3000):
        pressmill.convert(data, isolate=False)
    grown = _rss_kb() - before
    # a leak of the ~3.5 KB record each time would be 10 MB
    assert grown < 2048, "resident size grew by %d kB" % grown


def test_the_library_exports_what_a_binding_needs_and_no_test_hook():
    lib = ctypes.CDLL(os.environ["PRESSMILL_LIBRARY"])
    for name in ("pm_free", "pm_version", "pm_record_schema", "pm_pool_new", "pm_pool_wait"):
        assert hasattr(lib, name), name
    assert not hasattr(lib, "pm_alloc_fail_at")


def test_ocr_options_are_checked():
    """OCR's options take the command line's values, and no others."""
    for bad, err in ((dict(ocr="sometimes"), ValueError), (dict(ocr_lang="fr en"), ValueError),
                     (dict(ocr_lang=5), TypeError), (dict(ocr_max_pages=-1), ValueError)):
        with pytest.raises(err):
            pressmill.Converter(**bad)


@pytest.fixture
def scan(tmp_path):
    """A release of tests/eval/docs scanned at 150 dpi (image-only PDF)."""
    mkscan = BUILD / "tests" / "mkscan"
    if not mkscan.exists():
        pytest.skip("no build/tests/mkscan: the library is built without OCR (OCR=0)")
    out = tmp_path / "scan.pdf"
    subprocess.run([str(mkscan), "--dpi", "150", "--noise", "4", "--jpeg", "80",
                    str(SRC / "tests/eval/docs/x-en-02.pdf"), str(out)], check=True)
    return out


def test_ocr_reads_a_scan_as_asked(scan):
    """The OCR options reach the library in process and the workers
    (convert_many)."""
    with pressmill.Converter(isolate=False, ocr="never") as conv:
        rec = conv.convert(scan)
    assert rec["error"]["code"] == "no_text" and "ocr" not in rec["source"], rec["error"]
    with pressmill.Converter(isolate=False, ocr_lang="fr") as conv:
        rec = conv.convert(scan)
    assert rec["source"]["ocr"]["languages"] == ["fr"] and rec["source"]["ocr"]["pages"] == [1]
    rec = next(pressmill.convert_many([scan], jobs=1, ocr_lang="en", ocr_max_pages=1))
    assert rec["status"] == "ok" and rec["source"]["ocr"]["languages"] == ["en"], rec["warnings"]
