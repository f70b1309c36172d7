"""
test_load.py - `pressmill serve` under the loads a service meets:
concurrent clients (http.client threads and curl processes at once), a
crashing document in the middle of a load, truncated bodies, slow
(slowloris) clients whose connection timeout must free their slot, a
hanging document, resident memory staying flat over 10,000 requests, and
SIGTERM answering the requests in flight before the exit.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time

import pytest

from conftest import SAMPLES, SANITIZED, SLOW, SRC, golden

SMALL = (b"ACME opens a workshop in Lyon\n\n"
         b"LYON, 4 March 2024 - ACME announced today a new workshop for repairs.\n\n"
         b"\"We repair what others throw away,\" said Jane Roe, its director.\n")


def run_threads(n, fn):
    errors = []

    def wrap(i):
        try:
            fn(i)
        except Exception as e:  # reported below, with the thread's number
            errors.append("%d: %r" % (i, e))

    threads = [threading.Thread(target=wrap, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_concurrent_clients_python_and_curl(serve):
    s = serve("-j", "2")
    want = {"samples/" + p.name: golden(p) for p in SAMPLES}
    curls = []
    if shutil.which("curl"):
        for i, sample in enumerate(SAMPLES[:4]):
            args = ["curl", "--parallel", "--parallel-max", "4"]
            for k in range(5):
                # --next: each transfer its own body (several -d would be joined)
                args += (["--next"] if k else []) + [
                    "-sS", "--noproxy", "*", "-f", "--data-binary", "@" + str(sample),
                    s.url("/convert?name=samples/" + sample.name)]
            curls.append((sample, subprocess.Popen(args, stdout=subprocess.PIPE,
                                                   stderr=subprocess.PIPE)))

    def client(i):
        conn = s.connect()
        for k in range(12):
            sample = SAMPLES[(i + k) % len(SAMPLES)]
            status, _, body = s.request("POST", "/convert?name=samples/" + sample.name,
                                        body=sample.read_bytes(), conn=conn)
            assert status == 200
            assert json.loads(body) == want["samples/" + sample.name], sample.name
        conn.close()

    assert run_threads(8, client) == []
    for sample, p in curls:
        out, err = p.communicate(timeout=120 * SLOW)
        assert p.returncode == 0, err
        records = [json.loads(line) for line in out.decode().splitlines()]
        assert records == [golden(sample)] * 5
    m = s.metrics()
    assert m['pressmill_documents_total{status="ok"}'] == 8 * 12 + 5 * len(curls)
    assert m["pressmill_requests_in_flight"] == 1  # this /metrics request


def test_a_crashing_document_in_the_middle_of_a_load(serve, crashy_env):
    s = serve("-j", "2", "--timeout", "10", env=crashy_env)
    bad = {0: (b"PMTEST-CRASH\n", "crashed"), 1: (b"PMTEST-ABORT\n", "crashed"),
           2: (b"PMTEST-EXIT\n", "crashed")}
    crashed = []

    def client(i):
        conn = s.connect()
        for k in range(10):
            if k == 5 and i in bad:
                status, _, body = s.request("POST", "/convert?name=bad.pmt", body=bad[i][0],
                                            conn=conn)
                rec = json.loads(body)
                assert status == 200 and rec["error"]["code"] == bad[i][1], rec
                crashed.append(i)
                continue
            sample = SAMPLES[(i + k) % len(SAMPLES)]
            status, _, body = s.request("POST", "/convert?name=samples/" + sample.name,
                                        body=sample.read_bytes(), conn=conn)
            assert status == 200 and json.loads(body) == golden(sample), sample.name
        conn.close()

    assert run_threads(6, client) == []
    assert sorted(crashed) == [0, 1, 2]
    m = s.metrics()
    assert m['pressmill_document_errors_total{code="crashed"}'] == 3
    assert m["pressmill_worker_restarts_total"] == 3
    assert m['pressmill_documents_total{status="ok"}'] == 6 * 10 - 3


def test_a_hanging_document_times_out(serve, crashy_env):
    s = serve("-j", "1", "--timeout", "1", env=crashy_env)
    t = time.time()
    status, _, body = s.request("POST", "/convert", body=b"PMTEST-HANG\n")
    assert status == 200 and json.loads(body)["error"]["code"] == "timeout"
    assert time.time() - t < 10 * SLOW
    assert s.request("POST", "/convert", body=SMALL)[0] == 200


def test_truncated_bodies_cost_nothing(serve):
    """Bodies cut short by the client are never converted, and their
    requests end (at the latest when the client timeout closes them)."""
    s = serve("-j", "1", "--client-timeout", "1")
    for declared, sent in ((1000, 10), (100000, 99999), (50, 0)):
        raw = socket.create_connection(("127.0.0.1", s.port), timeout=10 * SLOW)
        raw.sendall(b"POST /convert HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % declared
                    + b"y" * sent)
        raw.close()
    # a chunked body cut in the middle of a chunk
    raw = socket.create_connection(("127.0.0.1", s.port), timeout=10 * SLOW)
    raw.sendall(b"POST /convert HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                b"400\r\nabc")
    raw.close()
    status, _, body = s.request("POST", "/convert", body=SMALL)
    assert status == 200 and json.loads(body)["status"] == "ok"
    deadline = time.time() + 4 * SLOW
    while s.metrics()["pressmill_requests_in_flight"] > 1 and time.time() < deadline:
        time.sleep(0.05)
    m = s.metrics()
    assert m["pressmill_requests_in_flight"] == 1
    assert m['pressmill_documents_total{status="ok"}'] == 1  # nothing half-read was converted


def test_slow_clients_are_timed_out_and_free_their_slot(serve):
    """Four connections (the limit) held by clients that stall in their
    headers or body: a fifth client waits (its connection is not taken
    while the slots are full) until the client timeout closes the slow
    ones, and is then answered."""
    s = serve("-j", "1", "--max-connections", "4", "--client-timeout", "1")
    slow = []
    for i in range(4):
        c = socket.create_connection(("127.0.0.1", s.port), timeout=10 * SLOW)
        if i % 2:
            c.sendall(b"POST /convert HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")
        else:
            c.sendall(b"POST /convert HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        slow.append(c)
    time.sleep(0.2)
    t = time.time()
    status, _, body = s.request("POST", "/convert", body=SMALL)
    waited = time.time() - t
    assert status == 200 and json.loads(body)["status"] == "ok"
    assert 0.5 < waited < 5 * SLOW, "the fifth client waited %.1f s" % waited
    for c in slow:
        c.settimeout(5 * SLOW)
        try:
            assert c.recv(65536) == b"", "a stalled request was answered"
        except ConnectionResetError:
            pass
        c.close()


def test_a_trickling_client_is_closed_too(serve):
    """A body sent a byte at a time slower than the client timeout."""
    s = serve("-j", "1", "--client-timeout", "1")
    c = socket.create_connection(("127.0.0.1", s.port), timeout=10 * SLOW)
    c.sendall(b"POST /convert HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")
    closed = False
    for _ in range(6):
        time.sleep(1.5)
        try:
            c.sendall(b"z")
        except (BrokenPipeError, ConnectionResetError):
            closed = True
            break
    c.close()
    assert closed, "a client idle past --client-timeout kept its connection"


@pytest.mark.skipif(SANITIZED, reason="sanitizer builds keep freed memory in quarantine")
def test_memory_stays_flat_over_10000_requests(serve):
    s = serve("-j", "2")
    per_thread = 2500

    def client(n):
        def run(i):
            conn = s.connect()
            for _ in range(n):
                status, _, body = s.request("POST", "/convert?name=m.txt", body=SMALL, conn=conn)
                assert status == 200 and body.startswith(b'{"schema"')
            conn.close()
        return run

    # warm up: allocator arenas, buffers at their working size
    assert run_threads(4, client(250)) == []
    before = s.rss_kb()
    t = time.time()
    assert run_threads(4, client(per_thread)) == []
    took = time.time() - t
    after = s.rss_kb()
    m = s.metrics()
    assert m['pressmill_documents_total{status="ok"}'] == 4 * (250 + per_thread)
    print("10,000 requests in %.1f s (%.0f/s); server RSS %d kB -> %d kB"
          % (took, 4 * per_thread / took, before, after))
    assert after - before < 1024, "server RSS grew from %d to %d kB" % (before, after)
    assert took < 60


def test_sigterm_answers_the_requests_in_flight(serve, crashy_env):
    s = serve("-j", "2", env=crashy_env)
    answers = []

    def slow_request(i):
        status, _, body = s.request("POST", "/convert?name=slow%d.pmt" % i,
                                    body=b"PMTEST-SLOW 1.5\nSlow but good.\n")
        answers.append((status, json.loads(body)["status"]))

    threads = [threading.Thread(target=slow_request, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    deadline = time.time() + 5 * SLOW
    while s.metrics()["pressmill_requests_in_flight"] < 4 and time.time() < deadline:
        time.sleep(0.02)
    s.proc.send_signal(signal.SIGTERM)
    time.sleep(0.2)
    # no new connection is accepted while draining
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", s.port), timeout=2).recv(1)
    for t in threads:
        t.join(30 * SLOW)
    assert answers == [(200, "ok")] * 3
    assert s.proc.wait(30 * SLOW) == 0
    assert "stopped" in s.log.read_text()
