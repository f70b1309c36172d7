"""
test_http.py - `pressmill serve` answered as a client sees it: each sample
posted gives its golden record (POST and PUT, ?name= and
Content-Disposition, chunked, from curl and from http.client), ?explain
and ?pretty, a scan read as ?ocr=, ?ocr_lang= and ?ocr_max_pages= ask and
the next request on the same worker read with the service's own, the GET
endpoints, a document that fails answered 200 with its
failed record, and every refusal a JSON error with its 4xx: 400, 404, 405,
411, 413 (before the body is read, and for a chunked body as it arrives),
415.
"""
import hashlib
import json
import shutil
import socket
import subprocess
import time

import pytest

from conftest import BUILD, CLI, SAMPLES, SLOW, SRC, golden


def record(body):
    return json.loads(body.decode("utf-8"))


def test_each_sample_gives_its_golden_record(serve):
    s = serve("-j", "2")
    conn = s.connect()  # one keep-alive connection for all
    for sample in SAMPLES:
        status, headers, body = s.request("POST", "/convert?name=samples/" + sample.name,
                                          body=sample.read_bytes(), conn=conn)
        assert status == 200
        assert headers["content-type"] == "application/json"
        assert record(body) == golden(sample), sample.name
        assert headers["x-pressmill-status"] == golden(sample)["status"]
    conn.close()


def test_put_and_content_disposition(serve):
    s = serve("-j", "1")
    sample = SRC / "samples/harbor-en.txt"
    want = golden(sample)
    for method, headers, name in (
            ("PUT", {"Content-Disposition": 'attachment; filename="harbor-en.txt"'},
             "harbor-en.txt"),
            ("POST", {"Content-Disposition": "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.txt"},
             "résumé.txt"),
            ("POST", {"Content-Disposition": "inline; filename=plain.txt"}, "plain.txt"),
            ("POST", {}, "")):
        status, _, body = s.request(method, "/convert", body=sample.read_bytes(), headers=headers)
        assert status == 200
        got = record(body)
        assert got["source"]["path"] == name
        got["source"]["path"] = want["source"]["path"]
        assert got == want
    # ?name= wins over the header
    _, _, body = s.request("POST", "/convert?name=q.txt", body=sample.read_bytes(),
                           headers={"Content-Disposition": 'attachment; filename="h.txt"'})
    assert record(body)["source"]["path"] == "q.txt"


def test_a_chunked_body(serve):
    s = serve("-j", "1")
    sample = SRC / "samples/pdf-lighthouse-en.pdf"
    data = sample.read_bytes()
    chunks = (data[i:i + 1000] for i in range(0, len(data), 1000))
    # http.client sends an iterable chunked
    status, _, body = s.request("POST", "/convert?name=samples/" + sample.name, body=chunks)
    assert status == 200 and record(body) == golden(sample)
    # record 1.2: the running header and page numbers, in furniture
    assert {"text": "Page 2", "kind": "page_number", "page": 2} in record(body)["furniture"]


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl(serve):
    s = serve("-j", "2")
    sample = SRC / "samples/docx-orchard-en.docx"
    want = golden(sample)
    runs = [
        ["--data-binary", "@" + str(sample), s.url("/convert?name=samples/" + sample.name)],
        ["-T", str(sample), s.url("/convert?name=samples/" + sample.name)],
        ["-H", "Transfer-Encoding: chunked", "--data-binary", "@" + str(sample),
         s.url("/convert?name=samples/" + sample.name)],
    ]
    for args in runs:
        out = subprocess.run(["curl", "-sS", "--noproxy", "*", "-f"] + args, capture_output=True,
                             timeout=60 * SLOW)
        assert out.returncode == 0, out.stderr
        assert record(out.stdout) == want, args


def test_explain_and_pretty(serve):
    s = serve("-j", "1")
    data = (SRC / "samples/harbor-en.txt").read_bytes()
    plain = record(s.request("POST", "/convert", body=data)[2])
    assert "evidence" not in plain
    explained = record(s.request("POST", "/convert?explain=1", body=data)[2])
    assert explained["evidence"]["headline"]["rule"]
    assert {k: v for k, v in explained.items() if k != "evidence"} == plain
    _, _, pretty = s.request("POST", "/convert?pretty=1", body=data)
    assert pretty.startswith(b"{\n") and record(pretty) == plain
    _, _, both = s.request("POST", "/convert?pretty=true&explain=true", body=data)
    assert both.startswith(b"{\n") and record(both) == explained
    _, _, off = s.request("POST", "/convert?pretty=0&explain=false", body=data)
    assert record(off) == plain and not off.startswith(b"{\n")


def test_ocr_options_per_request(serve, tmp_path):
    """?ocr=, ?ocr_lang= and ?ocr_max_pages= hold for their request only:
    the one worker reads the next scan with the service's options again."""
    mkscan = BUILD / "tests" / "mkscan"
    if not mkscan.exists():
        pytest.skip("no build/tests/mkscan: built without OCR (OCR=0)")
    scan = tmp_path / "scan.pdf"  # a release of two pages
    subprocess.run([str(mkscan), "--dpi", "150", "--noise", "4", "--jpeg", "80",
                    str(SRC / "tests/eval/docs/x-en-01.pdf"), str(scan)], check=True)
    data = scan.read_bytes()
    s = serve("-j", "1")
    off = record(s.request("POST", "/convert?ocr=never", body=data)[2])
    assert off["error"]["code"] == "no_text" and "ocr" not in off["source"]
    one = record(s.request("POST", "/convert?ocr_lang=fr&ocr_max_pages=1&ocr=auto", body=data)[2])
    assert one["source"]["ocr"]["languages"] == ["fr"] and one["source"]["ocr"]["pages"] == [1]
    assert "pdf.ocr_incomplete" in [w["code"] for w in one["warnings"]]
    # the service's own options again: both pages, languages chosen
    own = record(s.request("POST", "/convert", body=data)[2])
    assert own["source"]["ocr"]["languages"] == ["en"] and own["source"]["ocr"]["pages"] == [1, 2], \
        own["source"]["ocr"]
    for bad in ("ocr=sometimes", "ocr_lang=fr%20en", "ocr_lang=", "ocr_max_pages=-1",
                "ocr_max_pages=x", "ocr_max_pages=99999999999"):
        assert error_of(s.request("POST", "/convert?" + bad, body=b"x"))[:2] == \
            (400, "bad_request"), bad


def test_the_body_is_the_only_input(serve):
    """A name is a label: the service never opens a file it names."""
    s = serve("-j", "1")
    body = b"Short note\n\nA body that is not the server's password file.\n"
    status, _, data = s.request("POST", "/convert?name=/etc/passwd", body=body)
    rec = record(data)
    assert status == 200 and rec["source"]["path"] == "/etc/passwd"
    assert rec["source"]["bytes"] == len(body)
    assert rec["source"]["sha256"] == hashlib.sha256(body).hexdigest()


def test_documents_that_fail_are_answered_with_their_record(serve):
    s = serve("-j", "1")
    for body, code in ((b"", "empty"), (bytes(range(256)) * 8, "unsupported_format"),
                       (b"%PDF-1.7\n" + b"\x00garbage" * 100, "corrupt")):
        status, headers, data = s.request("POST", "/convert?name=x", body=body)
        rec = record(data)
        assert status == 200
        assert (rec["status"], rec["error"]["code"]) == ("failed", code), rec["error"]
        assert headers["x-pressmill-status"] == "failed"
        assert headers["x-pressmill-error"] == code


def test_get_endpoints(serve):
    s = serve("-j", "2")
    status, headers, body = s.request("GET", "/schema")
    assert status == 200 and headers["content-type"] == "application/schema+json"
    assert json.loads(body) == json.loads((SRC / "schema/record.schema.json").read_text())
    status, _, body = s.request("GET", "/version")
    v = json.loads(body)
    assert status == 200 and v["record_schema"] == "pressmill.record/1.2"
    assert sorted(p["name"] for p in v["plugins"]) == ["docx", "pdf", "txt"]
    assert "file" not in json.dumps(v), "where plugins live is not the client's business"
    with open("/proc/%d/maps" % s.proc.pid) as fh:
        assert "libtesseract" not in fh.read(), "the plugins' versions are told without loading Tesseract"
    status, _, body = s.request("GET", "/healthz")
    assert status == 200 and json.loads(body) == {"status": "ok", "workers": 2, "busy": 0,
                                                  "queued": 0}
    status, headers, body = s.request("HEAD", "/healthz")
    assert status == 200 and body == b""
    s.request("POST", "/convert", body=(SRC / "samples/harbor-en.txt").read_bytes())
    s.request("POST", "/convert", body=b"")
    m = s.metrics()
    assert m['pressmill_documents_total{status="ok"}'] == 1
    assert m['pressmill_documents_total{status="failed"}'] == 1
    assert m['pressmill_document_errors_total{code="empty"}'] == 1
    assert m['pressmill_conversion_seconds_count'] == 2
    assert m['pressmill_conversion_seconds_bucket{le="+Inf"}'] == 2
    assert m["pressmill_workers"] == 2 and m["pressmill_worker_restarts_total"] == 0
    assert m['pressmill_http_responses_total{code="200"}'] >= 6


def error_of(resp):
    status, headers, body = resp
    e = json.loads(body)["error"]
    assert headers["content-type"] == "application/json"
    assert e["message"]
    return status, e["code"], headers


def test_bad_requests_get_a_json_error_and_their_status(serve):
    s = serve("-j", "1", "--max-file-size", "0.01")
    assert error_of(s.request("GET", "/nowhere"))[:2] == (404, "not_found")
    assert error_of(s.request("GET", "/"))[:2] == (404, "not_found")
    st, code, h = error_of(s.request("GET", "/convert"))
    assert (st, code, h["allow"]) == (405, "method_not_allowed", "POST, PUT")
    st, code, h = error_of(s.request("DELETE", "/metrics"))
    assert (st, code, h["allow"]) == (405, "method_not_allowed", "GET, HEAD")
    assert error_of(s.request("POST", "/convert?nmae=x", body=b"x"))[:2] == (400, "bad_request")
    assert error_of(s.request("POST", "/convert?pretty=yes", body=b"x"))[:2] == (400, "bad_request")
    assert error_of(s.request("POST", "/convert?name=" + "n" * 5000, body=b"x"))[:2] == \
        (400, "bad_request")
    assert error_of(s.request("POST", "/convert", body=b"--b\r\n",
                              headers={"Content-Type": "multipart/form-data; boundary=b"}))[:2] \
        == (415, "unsupported_media_type")
    # no length, not chunked
    raw = socket.create_connection(("127.0.0.1", s.port), timeout=10 * SLOW)
    raw.sendall(b"POST /convert HTTP/1.1\r\nHost: x\r\n\r\n")
    head = raw.recv(65536)
    raw.close()
    assert head.startswith(b"HTTP/1.1 411 "), head[:100]
    big = b"x" * 20000
    assert error_of(s.request("POST", "/convert", body=big))[:2] == (413, "too_large")
    chunks = (big[i:i + 1000] for i in range(0, len(big), 1000))
    assert error_of(s.request("POST", "/convert", body=chunks))[:2] == (413, "too_large")
    # the server is fine afterwards
    assert s.request("POST", "/convert", body=b"Fine\n\nStill here.\n")[0] == 200


def test_413_comes_before_the_body(serve):
    """A declared length over the limit is refused at once: the client
    waits for no 100 Continue and sends nothing."""
    s = serve("-j", "1", "--max-file-size", "1")
    raw = socket.create_connection(("127.0.0.1", s.port), timeout=10 * SLOW)
    raw.sendall(b"POST /convert HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000000\r\n"
                b"Expect: 100-continue\r\n\r\n")
    t = time.time()
    head = raw.recv(65536)
    raw.close()
    assert head.startswith(b"HTTP/1.1 413 "), head[:200]
    assert b"100 Continue" not in head
    assert time.time() - t < 5 * SLOW


def test_listen_errors(serve):
    bad = subprocess.run([CLI, "serve", "--listen", "127.0.0.1:99999"], capture_output=True,
                         text=True, timeout=10)
    assert bad.returncode == 2 and "--listen" in bad.stderr
    s = serve("-j", "1")
    taken = subprocess.run([CLI, "serve", "--listen", "127.0.0.1:%d" % s.port],
                           capture_output=True, text=True, timeout=10 * SLOW)
    assert taken.returncode == 1 and "cannot listen" in taken.stderr
