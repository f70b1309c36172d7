"""
pressmill - press releases (PDF, DOCX, plain text, Markdown) in, one JSON
record each out, as a dict: headline, dateline, date, byline, body
paragraphs, quotes, About sections, contacts, acronyms, file properties.
A binding of libpressmill (ctypes) for notebooks, scripts and pipelines.

    import pressmill
    record = pressmill.convert("release.pdf")
    for record in pressmill.convert_many(paths, jobs=4):
        ...

Every input gives a record: a file that cannot be read (missing, damaged,
not a press-release format, too slow) gives a record whose "status" is
"failed" and whose "error" says why, never an exception. Exceptions are
for misuse only: TypeError and ValueError for bad arguments,
LibraryNotFoundError when libpressmill cannot be loaded, MemoryError when
memory runs out. The record is described in docs/record.md of the
repository and by schema().
"""
import base64
import ctypes
import errno
import json
import os
import re
import threading
import time
import weakref

from ._lib import OCR_MODES, Error, LibraryNotFoundError, PmOptions, PmPoolResult, load

__all__ = ["convert", "convert_many", "schema", "version", "Converter", "Error",
           "LibraryNotFoundError"]
__version__ = "0.1.0"

_MB = 1048576


def version():
    """The version of the libpressmill loaded, e.g. "0.1.0"."""
    return load().pm_version().decode()


def schema():
    """The record's JSON Schema, as a dict."""
    return json.loads(load().pm_record_schema().decode("utf-8"))


def _take_string(lib, ptr, what):
    """The JSON text the library malloc()ed at ptr, as a dict; freed."""
    if not ptr:
        raise MemoryError("libpressmill ran out of memory " + what)
    try:
        return json.loads(ctypes.string_at(ptr).decode("utf-8"))
    finally:
        lib.pm_free(ptr)


def _number(value, what, minimum):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("%s must be a number, not %s" % (what, type(value).__name__))
    if value < minimum:
        raise ValueError("%s must be at least %s, not %r" % (what, minimum, value))
    return value


_OCR_LANG = re.compile(r"[a-z]{2,3}(\+[a-z]{2,3})*\Z")


def _options(isolate, explain, timeout, max_memory, max_file_size, max_pages, ocr=None,
             ocr_lang=None, ocr_max_pages=None):
    """pm_options with the library's defaults and the limits given (MB for
    sizes, as on the command line; None keeps the default), and OCR as on
    the command line: ocr "auto", "always" or "never", ocr_lang "fr+en",
    ocr_max_pages (0: no limit)."""
    timeout = _number(timeout, "timeout", 0.001)
    max_memory = _number(max_memory, "max_memory", 16)
    max_file_size = _number(max_file_size, "max_file_size", 0.000001)
    max_pages = _number(max_pages, "max_pages", 1)
    ocr_max_pages = _number(ocr_max_pages, "ocr_max_pages", 0)
    if ocr is not None and ocr not in OCR_MODES:
        raise ValueError("ocr must be one of %s, not %r" % (", ".join(OCR_MODES), ocr))
    if ocr_lang is not None:
        if not isinstance(ocr_lang, str):
            raise TypeError("ocr_lang must be a str, not %s" % type(ocr_lang).__name__)
        if not _OCR_LANG.match(ocr_lang):
            raise ValueError("ocr_lang must be language codes joined by +, e.g. 'fr+en', not %r"
                             % ocr_lang)
    lib = load()
    opt = PmOptions()
    lib.pm_options_init(ctypes.byref(opt))
    opt.isolate = 1 if isolate else 0
    opt.explain = 1 if explain else 0
    if timeout is not None:
        opt.limits.timeout = float(timeout)
    if max_memory is not None:
        opt.limits.max_memory = int(max_memory * _MB)
    if max_file_size is not None:
        opt.limits.max_file_bytes = int(max_file_size * _MB)
    if max_pages is not None:
        opt.limits.max_pages = int(max_pages)
    if ocr is not None:
        opt.ocr.mode = OCR_MODES[ocr]
    if ocr_lang is not None:
        # the bytes stay referenced by opt; the library copies them
        opt.ocr.languages = ocr_lang.encode("ascii")
    if ocr_max_pages is not None:
        opt.ocr.max_pages = int(ocr_max_pages)
    return opt


def _new_context(opt):
    lib = load()
    ctx = lib.pm_context_new(ctypes.byref(opt))
    if not ctx:
        raise MemoryError("libpressmill ran out of memory making a context")
    return ctx


def _path_bytes(path):
    """A path given as str, bytes or os.PathLike, as the bytes the C
    library opens (names that are not UTF-8 keep their exact bytes)."""
    try:
        return os.fsencode(path)
    except TypeError:
        raise TypeError("a path must be str, bytes or os.PathLike, not %s"
                        % type(path).__name__) from None


def _set_name(source, raw):
    """source.path (and source.path_bytes, for a name that is not UTF-8)
    as the library sets them for a name."""
    try:
        source["path"] = raw.decode("utf-8")
        source.pop("path_bytes", None)
    except UnicodeDecodeError:
        source["path"] = raw.decode("utf-8", "replace")
        source["path_bytes"] = base64.b64encode(raw).decode("ascii")


class Converter:
    """A libpressmill context: plugins loaded once, limits set once, used
    for many conversions. One thread at a time (the module's convert()
    keeps one per thread). isolate=True (the default) converts in a worker
    process, so that a document that crashes or hangs its reader gives a
    failed record ("crashed", "timeout", "resource_limit") instead of
    taking Python down. Sizes in MB, timeout in seconds. OCR of scanned
    PDF pages: ocr="auto" (the default: pages without a text layer or with
    a failing one), "always" or "never"; ocr_lang="fr+en" forces the
    languages; ocr_max_pages (default 20, 0: no limit)."""

    def __init__(self, *, isolate=True, explain=False, timeout=None, max_memory=None,
                 max_file_size=None, max_pages=None, ocr=None, ocr_lang=None, ocr_max_pages=None):
        opt = _options(isolate, explain, timeout, max_memory, max_file_size, max_pages, ocr,
                       ocr_lang, ocr_max_pages)
        self._lib = load()
        self._ctx = _new_context(opt)
        self._finalizer = weakref.finalize(self, self._lib.pm_context_free, self._ctx)

    def close(self):
        """Free the context and stop its worker process (also done when the
        Converter is garbage-collected)."""
        self._finalizer()
        self._ctx = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def convert(self, source, name=None):
        """The record of one document, as a dict. source is a path (str,
        bytes or os.PathLike), the document's bytes (bytes, bytearray,
        memoryview) or a binary file object. name is what source.path says
        and a hint to the format: default the path, or the file object's
        name; none for bytes."""
        if self._ctx is None:
            raise ValueError("this Converter is closed")
        if name is not None and not isinstance(name, (str, bytes, os.PathLike)):
            raise TypeError("name must be str, bytes or os.PathLike, not %s"
                            % type(name).__name__)
        if hasattr(source, "read") and not isinstance(source, (bytes, bytearray, memoryview)):
            data = source.read()
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("the file object must be opened in binary mode ('rb')")
            if name is None and isinstance(getattr(source, "name", None), (str, bytes)):
                name = source.name
            source = data
        if isinstance(source, (bytearray, memoryview)):
            source = bytes(source)
        if isinstance(source, bytes):
            ptr = self._lib.pm_convert_buffer_to_string(
                self._ctx, source, len(source), None if name is None else _path_bytes(name), 0)
            return _take_string(self._lib, ptr, "converting a buffer")
        rec = _take_string(self._lib,
                           self._lib.pm_convert_file_to_string(self._ctx, _path_bytes(source), 0),
                           "converting a file")
        if name is not None:
            _set_name(rec["source"], _path_bytes(name))
        return rec


_local = threading.local()


def _thread_converter(isolate, explain):
    cache = getattr(_local, "converters", None)
    if cache is None:
        cache = _local.converters = {}
    key = (bool(isolate), bool(explain))
    conv = cache.get(key)
    if conv is None:
        conv = cache[key] = Converter(isolate=isolate, explain=explain)
    return conv


def convert(path_or_bytes, name=None, isolate=True, explain=False):
    """The record of one document, as a dict (see Converter.convert).
    isolate=False converts in this process (faster, for trusted input);
    explain=True adds an "evidence" object saying which stage and rule
    found each field. A document that cannot be read gives its failed record."""
    return _thread_converter(isolate, explain).convert(path_or_bytes, name)


def convert_many(paths, jobs=None, *, explain=False, timeout=None, max_memory=None,
                 max_file_size=None, max_pages=None, ocr=None, ocr_lang=None, ocr_max_pages=None):
    """Convert many files at once on libpressmill's worker pool (`jobs`
    worker processes, default one per CPU) and yield each record, as a
    dict, as soon as it is done: in completion order, not input order
    (record["source"]["path"] says which). paths may be any iterable, a
    generator included; it is read as workers become free. Every path
    gives exactly one record. Limits and OCR as for Converter."""
    if jobs is not None:
        if isinstance(jobs, bool) or not isinstance(jobs, int):
            raise TypeError("jobs must be an int, not %s" % type(jobs).__name__)
        if jobs < 1:
            raise ValueError("jobs must be at least 1, not %d" % jobs)
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("paths must be an iterable of paths, not one path")
    opt = _options(True, explain, timeout, max_memory, max_file_size, max_pages, ocr, ocr_lang,
                   ocr_max_pages)
    return _many(iter(paths), jobs or 0, opt)


def _many(paths, jobs, opt):
    lib = load()
    ctx = _new_context(opt)
    pool = lib.pm_pool_new(ctx, jobs)
    if not pool:
        lib.pm_context_free(ctx)
        raise MemoryError("libpressmill ran out of memory making a worker pool")
    res = PmPoolResult()
    pending = None
    exhausted = False
    try:
        while True:
            while lib.pm_pool_idle(pool) > 0:
                if pending is None:
                    if exhausted:
                        break
                    try:
                        pending = _path_bytes(next(paths))
                    except StopIteration:
                        exhausted = True
                        break
                if lib.pm_pool_submit_file(pool, pending, None, 0) == 0:
                    pending = None
                    continue
                err = ctypes.get_errno()
                if err == errno.ENOMEM:
                    raise MemoryError("libpressmill ran out of memory submitting a job")
                if err == errno.ENOENT:
                    raise LibraryNotFoundError("libpressmill cannot start its worker program")
                break  # EBUSY, EAGAIN: try again once a job ends
            # a bounded wait, so that Ctrl-C reaches Python between two looks
            got = lib.pm_pool_wait(pool, 200, ctypes.byref(res))
            if got == 1:
                yield _take_string(lib, res.record, "reading a result")
            elif got < 0:
                if exhausted and pending is None:
                    return
                time.sleep(0.05)  # nothing running and the submit was refused
    finally:
        lib.pm_pool_free(pool)
        lib.pm_context_free(ctx)
