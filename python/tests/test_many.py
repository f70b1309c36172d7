"""
test_many.py - pressmill.convert_many() on the library's worker pool, the
pandas-free example (examples/headlines.py), how the package finds the
library, and `pip install` of the package with no network.
"""
import csv
import io
import os
import pathlib
import shutil
import subprocess
import sys
import time

import pytest

import pressmill
from conftest import BUILD, SAMPLES, SRC, TESTPLUGINDIR, golden, rel


def by_path(records):
    out = {}
    for r in records:
        assert r["source"]["path"] not in out, "two records for " + r["source"]["path"]
        out[r["source"]["path"]] = r
    return out


def test_every_path_gives_its_golden_record():
    got = by_path(pressmill.convert_many([rel(s) for s in SAMPLES], jobs=2))
    assert got == {rel(s): golden(s) for s in SAMPLES}


def test_paths_are_read_as_workers_free_up():
    pulled = []

    def paths():
        for s in SAMPLES:
            pulled.append(s)
            yield rel(s)

    it = pressmill.convert_many(paths(), jobs=1)
    first = next(it)
    assert first["status"] == "ok"
    assert len(pulled) <= 2, "the whole input was read before the first record"
    rest = list(it)
    assert len(rest) == len(SAMPLES) - 1


@pytest.fixture
def crashy(monkeypatch):
    if not (TESTPLUGINDIR / "crashy.so").exists():
        pytest.fail("the crashy test plugin is not built: run 'make tests'")
    monkeypatch.setenv("PRESSMILL_PLUGIN_PATH", str(TESTPLUGINDIR))


def test_records_come_as_each_finishes(crashy, tmp_path):
    slow = tmp_path / "slow.pmt"
    slow.write_bytes(b"PMTEST-SLOW 1.5\nSlow but good.\n")
    paths = [str(slow)] + [rel(s) for s in SAMPLES[:3]]
    order = [r["source"]["path"] for r in pressmill.convert_many(paths, jobs=2)]
    assert sorted(order) == sorted(paths)
    assert order[-1] == str(slow), order


def test_a_crash_in_the_middle_costs_one_record(crashy, tmp_path):
    paths = []
    for i, s in enumerate(SAMPLES):
        paths.append(rel(s))
        if i % 3 == 1:
            bad = tmp_path / ("crash-%d.pmt" % i)
            bad.write_bytes(b"PMTEST-CRASH\n" if i % 2 else b"PMTEST-EXIT\n")
            paths.append(str(bad))
    missing = str(tmp_path / "missing.docx")
    paths.append(missing)
    got = by_path(pressmill.convert_many(paths, jobs=2, timeout=10))
    assert sorted(got) == sorted(paths)
    for p, r in got.items():
        if p.endswith(".pmt"):
            assert (r["status"], r["error"]["code"]) == ("failed", "crashed"), r
        elif p == missing:
            assert r["error"]["code"] == "io_error"
        else:
            assert r == golden(SRC / p)


def _children():
    kids = set()
    for task in pathlib.Path("/proc/self/task").iterdir():
        try:
            kids.update((task / "children").read_text().split())
        except OSError:
            pass
    return kids


def test_leaving_early_stops_the_workers():
    before = _children()
    it = pressmill.convert_many([rel(s) for s in SAMPLES] * 3, jobs=2)
    next(it)
    assert _children() - before, "no worker process seen"
    it.close()
    deadline = time.time() + 5
    while _children() - before and time.time() < deadline:
        time.sleep(0.05)
    assert not (_children() - before)


def test_misuse_raises_typed_errors():
    with pytest.raises(TypeError):
        pressmill.convert_many("samples/harbor-en.txt")
    with pytest.raises(ValueError):
        pressmill.convert_many([], jobs=0)
    with pytest.raises(TypeError):
        pressmill.convert_many([], jobs=1.5)
    with pytest.raises(TypeError):
        list(pressmill.convert_many([rel(SAMPLES[0]), 42], jobs=1))
    assert list(pressmill.convert_many([], jobs=1)) == []


def test_the_headlines_example():
    """examples/headlines.py: a table of headlines and dates, newest first."""
    env = dict(os.environ, PYTHONPATH=str(SRC / "python"))
    out = subprocess.run([sys.executable, str(SRC / "examples/headlines.py"), "-j", "2", "samples"],
                         cwd=SRC, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["path"] for r in rows] == [
        rel(s) for s in sorted(SAMPLES, key=lambda s: golden(s)["date"] or "", reverse=True)]
    for r in rows:
        g = golden(SRC / r["path"])
        assert (r["headline"], r["date"], r["status"]) == (g["headline"], g["date"], g["status"])


def _python(code, env):
    return subprocess.run([sys.executable, "-c", code], cwd=SRC, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_library_is_found_by_its_soname():
    env = {k: v for k, v in os.environ.items() if k != "PRESSMILL_LIBRARY"}
    env["PYTHONPATH"] = str(SRC / "python")
    env["LD_LIBRARY_PATH"] = str(BUILD / "lib")
    out = _python("import pressmill; print(pressmill.convert('samples/harbor-en.txt')['status'])",
                  env)
    assert out.returncode == 0 and out.stdout == "ok\n", out.stderr


def test_a_wrong_library_path_is_an_error_not_a_fallback():
    env = dict(os.environ, PYTHONPATH=str(SRC / "python"),
               PRESSMILL_LIBRARY="/nonexistent/libpressmill.so.0")
    out = _python("""
import pressmill
try:
    pressmill.convert('samples/harbor-en.txt')
except pressmill.LibraryNotFoundError as e:
    print('LibraryNotFoundError', 'PRESSMILL_LIBRARY' in str(e))
""", env)
    assert out.returncode == 0 and out.stdout == "LibraryNotFoundError True\n", out.stderr


def test_pip_installs_with_no_network(tmp_path):
    """`pip install --no-build-isolation` of a copy of python/ (pip builds
    in the tree it is given) into a virtual environment that sees Debian's
    setuptools; --no-index proves that nothing is downloaded."""
    if shutil.which("pip3") is None and not os.path.exists("/usr/lib/python3/dist-packages/pip"):
        pytest.skip("pip is not installed (python3-pip)")
    src = tmp_path / "src"
    shutil.copytree(SRC / "python", src, ignore=shutil.ignore_patterns("tests", "__pycache__"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(venv)], check=True, timeout=120)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    pip = subprocess.run([str(venv / "bin/python"), "-m", "pip", "install", "--no-index",
                          "--no-build-isolation", str(src)], env=env, capture_output=True,
                         text=True, timeout=300)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    out = subprocess.run([str(venv / "bin/python"), "-c",
                          "import pressmill, sys; "
                          "print(pressmill.__file__.startswith(sys.prefix), "
                          "pressmill.convert('samples/harbor-en.txt')['status'])"],
                         cwd=SRC, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout == "True ok\n", out.stderr
