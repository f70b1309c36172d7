"""
conftest.py - what the tests of `pressmill serve` share: starting a server
of this build on a free loopback port (its stderr in a file, its port read
from the startup line), stopping it, and a small HTTP client (http.client,
one connection per call unless one is given).
"""
import http.client
import json
import os
import pathlib
import signal
import subprocess
import time

import pytest

SRC = pathlib.Path(os.environ.get("PRESSMILL_SRC", pathlib.Path(__file__).resolve().parents[2]))
BUILD = pathlib.Path(os.environ.get("PRESSMILL_BUILD", SRC / "build"))
CLI = os.environ.get("PRESSMILL_CLI", str(BUILD / "bin" / "pressmill"))
TESTPLUGINDIR = os.environ.get("PRESSMILL_TEST_PLUGINS", str(BUILD / "tests" / "plugins"))
SANITIZED = bool(os.environ.get("SANITIZE"))
# sanitizer builds run several times slower
SLOW = 4 if SANITIZED else 1
SAMPLES = sorted(p for p in (SRC / "samples").iterdir() if p.is_file())


def golden(sample):
    with open(SRC / "tests" / "golden" / (sample.name + ".json"), encoding="utf-8") as fh:
        return json.load(fh)


class Server:
    def __init__(self, tmp_path, *args, env=None):
        self.log = tmp_path / ("serve-%d.log" % time.monotonic_ns())
        self.args = [CLI, "serve", "--listen", "127.0.0.1:0"] + list(args)
        e = dict(os.environ)
        e.update(env or {})
        self.proc = subprocess.Popen(self.args, stdout=subprocess.DEVNULL,
                                     stderr=open(self.log, "wb"), env=e)
        deadline = time.time() + 10 * SLOW
        self.port = None
        while time.time() < deadline and self.proc.poll() is None:
            text = self.log.read_text(errors="replace")
            if "listening on http://127.0.0.1:" in text:
                self.port = int(text.split("listening on http://127.0.0.1:")[1].split("/")[0])
                break
            time.sleep(0.02)
        if self.port is None:
            self.proc.kill()
            raise AssertionError("the server did not start: " + self.log.read_text())

    def url(self, path):
        return "http://127.0.0.1:%d%s" % (self.port, path)

    def connect(self, timeout=30):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout * SLOW)

    def request(self, method, path, body=None, headers=None, conn=None):
        """(status, headers as a dict with lower-case names, body bytes)"""
        own = conn is None
        conn = conn or self.connect()
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            data = r.read()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, data
        finally:
            if own:
                conn.close()

    def rss_kb(self):
        with open("/proc/%d/status" % self.proc.pid) as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def metrics(self):
        status, _, body = self.request("GET", "/metrics")
        assert status == 200
        out = {}
        for line in body.decode().splitlines():
            if line and not line.startswith("#"):
                key, value = line.rsplit(" ", 1)
                out[key] = float(value)
        return out

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout * SLOW)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("the server did not stop on SIGTERM")


@pytest.fixture
def serve(tmp_path):
    """serve(*args, env=None) starts a server; all are stopped at the end,
    and must stop cleanly (exit 0) on SIGTERM."""
    started = []

    def start(*args, env=None):
        s = Server(tmp_path, *args, env=env)
        started.append(s)
        return s

    yield start
    for s in started:
        rc = s.stop()
        assert rc == 0, "exit %s: %s" % (rc, s.log.read_text())


@pytest.fixture
def crashy_env():
    if not os.path.exists(os.path.join(TESTPLUGINDIR, "crashy.so")):
        pytest.fail("the crashy test plugin is not built: run 'make tests'")
    return {"PRESSMILL_PLUGIN_PATH": TESTPLUGINDIR}
