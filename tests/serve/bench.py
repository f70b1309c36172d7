#!/usr/bin/env python3
"""
bench.py - requests per second and latency of `pressmill serve -j 2` on
loopback ('make bench-serve'; not part of 'make check'). For a text, a
DOCX and a PDF release of samples/, a Python load client (CLIENTS
keep-alive connections, REQUESTS requests in all) posts the release over
and over and reports requests per second and the p50/p99 latency; when
wrk is installed (Debian's wrk) it measures the same for DURATION seconds.
Bounded in count and time. Prints a Markdown table.

  BENCH_CLIENTS=4 BENCH_REQUESTS=2000 BENCH_DURATION=10 make bench-serve
"""
import http.client
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from conftest import SRC, Server  # noqa: E402

CLIENTS = int(os.environ.get("BENCH_CLIENTS", "4"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "2000"))
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
RELEASES = ["samples/harbor-en.txt", "samples/docx-orchard-en.docx", "samples/pdf-lighthouse-en.pdf"]


def python_client(server, body, name):
    lat = []
    lock = threading.Lock()
    per = REQUESTS // CLIENTS

    def run():
        conn = server.connect()
        mine = []
        for _ in range(per):
            t = time.perf_counter()
            conn.request("POST", "/convert?name=" + name, body=body)
            r = conn.getresponse()
            r.read()
            mine.append(time.perf_counter() - t)
            if r.status != 200:
                raise SystemExit("HTTP %d" % r.status)
        conn.close()
        with lock:
            lat.extend(mine)

    threads = [threading.Thread(target=run) for _ in range(CLIENTS)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - t0
    lat.sort()
    return len(lat) / took, lat[len(lat) // 2] * 1000, lat[int(len(lat) * 0.99)] * 1000


def wrk(server, path, name):
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    script.write('wrk.method = "POST"\nlocal f = io.open("%s", "rb")\nwrk.body = f:read("*a")\n'
                 'f:close()\n' % path)
    script.close()
    out = subprocess.run(["wrk", "-t", "2", "-c", str(CLIENTS), "-d", "%ds" % DURATION, "--latency",
                          "-s", script.name, server.url("/convert?name=" + name)],
                         capture_output=True, text=True, timeout=DURATION + 60)
    os.unlink(script.name)

    def ms(label):
        m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s)" % label, out.stdout, re.M)
        if not m:
            return float("nan")
        return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)
    return (float(rps.group(1)) if rps else float("nan")), ms("50"), ms("99")


def main():
    tmp = pathlib.Path(tempfile.mkdtemp())
    server = Server(tmp, "-j", "2")
    try:
        print("| release | bytes | client | req/s | p50 ms | p99 ms |")
        print("|---|---|---|---|---|---|")
        for rel in RELEASES:
            path = SRC / rel
            body = path.read_bytes()
            name = path.name
            server.request("POST", "/convert?name=" + name, body=body)  # warm the workers
            r = python_client(server, body, name)
            print("| %s | %d | python, %d conn, %d req | %.0f | %.1f | %.1f |"
                  % (name, len(body), CLIENTS, REQUESTS // CLIENTS * CLIENTS, *r))
            if shutil.which("wrk"):
                r = wrk(server, path, name)
                print("| %s | %d | wrk, %d conn, %d s | %.0f | %.1f | %.1f |"
                      % (name, len(body), CLIENTS, DURATION, *r))
            sys.stdout.flush()
        print("server RSS after the runs: %d kB" % server.rss_kb())
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
