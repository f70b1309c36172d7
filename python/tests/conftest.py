"""
conftest.py - what the Python binding's tests share: where the repository,
the build and the test plugins are (from the environment `make
check-python` sets; the defaults fit a plain `make` in the repository),
and the golden records the conversions must equal.
"""
import json
import os
import pathlib

import pytest

SRC = pathlib.Path(os.environ.get("PRESSMILL_SRC", pathlib.Path(__file__).resolve().parents[2]))
BUILD = pathlib.Path(os.environ.get("PRESSMILL_BUILD", SRC / "build"))
TESTPLUGINDIR = pathlib.Path(os.environ.get("PRESSMILL_TEST_PLUGINS",
                                            BUILD / "tests" / "plugins"))
os.environ.setdefault("PRESSMILL_LIBRARY", str(BUILD / "lib" / "libpressmill.so.0"))

SAMPLES = sorted(p for p in (SRC / "samples").iterdir() if p.is_file())


@pytest.fixture(autouse=True)
def in_src(monkeypatch):
    """Paths in records are as given: the goldens were made from the
    repository's top folder with relative paths."""
    monkeypatch.chdir(SRC)


def golden(sample):
    with open(SRC / "tests" / "golden" / (sample.name + ".json"), encoding="utf-8") as fh:
        return json.load(fh)


def rel(sample):
    return "samples/" + sample.name
