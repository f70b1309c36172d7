"""
_lib.py - finding and loading libpressmill, and the ctypes mirrors of the
few C structs the binding passes (pressmill.h). Used by __init__.py only.

The library is looked for, in order: the file named by $PRESSMILL_LIBRARY
(an error if it cannot be loaded, never a silent fallback); the library
`make install` installed this package with (_installed.py, written by the
Makefile); the soname through the dynamic loader (LD_LIBRARY_PATH,
ld.so.cache, the system folders); ctypes.util.find_library("pressmill").
"""
import ctypes
import ctypes.util
import os
import threading

# The ABI this binding is written for: the soname's major version.
SONAME = "libpressmill.so.0"
ENV_LIBRARY = "PRESSMILL_LIBRARY"


class Error(Exception):
    """Base class of the errors pressmill raises itself."""


class LibraryNotFoundError(Error, OSError):
    """libpressmill could not be found or loaded, or is not the ABI this
    binding knows."""


class PmLimits(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("max_file_bytes", ctypes.c_uint64),
        ("max_entry_bytes", ctypes.c_uint64),
        ("max_total_bytes", ctypes.c_uint64),
        ("max_ratio", ctypes.c_uint),
        ("max_pages", ctypes.c_uint),
        ("max_text_bytes", ctypes.c_uint64),
        ("max_depth", ctypes.c_uint),
        ("timeout", ctypes.c_double),
        ("max_memory", ctypes.c_uint64),
    ]


class PmOcrOptions(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("mode", ctypes.c_int),     # PM_OCR_AUTO, PM_OCR_ALWAYS, PM_OCR_NEVER
        ("languages", ctypes.c_char_p),
        ("max_pages", ctypes.c_uint),
        ("max_pixels", ctypes.c_uint64),
        ("dpi", ctypes.c_uint),
    ]


# pm_ocr_options.mode (plugin.h)
OCR_MODES = {"auto": 0, "always": 1, "never": 2}


class PmOptions(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("plugin_path", ctypes.c_char_p),
        ("no_default_plugin_dir", ctypes.c_int),
        ("log", ctypes.c_void_p),   # left NULL: no Python runs inside a worker
        ("log_user", ctypes.c_void_p),
        ("explain", ctypes.c_int),
        ("isolate", ctypes.c_int),
        ("limits", PmLimits),
        ("ocr", PmOcrOptions),
    ]


class PmPoolResult(ctypes.Structure):
    # record is a c_void_p, not c_char_p: ctypes would copy a c_char_p
    # into a bytes object and lose the pointer pm_free() needs.
    _fields_ = [
        ("tag", ctypes.c_size_t),
        ("record", ctypes.c_void_p),
        ("len", ctypes.c_size_t),
        ("status", ctypes.c_int),
        ("error", ctypes.c_int),
        ("seconds", ctypes.c_double),
    ]


def _declare(lib):
    """Argument and result types of every function the binding calls."""
    P, S, I, U, Z = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint,
                     ctypes.c_size_t)
    sig = {
        "pm_version": (S, []),
        "pm_free": (None, [P]),
        "pm_options_init": (None, [ctypes.POINTER(PmOptions)]),
        "pm_context_new": (P, [ctypes.POINTER(PmOptions)]),
        "pm_context_free": (None, [P]),
        "pm_convert_file_to_string": (P, [P, S, I]),
        "pm_convert_buffer_to_string": (P, [P, P, Z, S, I]),
        "pm_record_schema": (S, []),
        "pm_status_code": (S, [I]),
        "pm_pool_new": (P, [P, U]),
        "pm_pool_free": (None, [P]),
        "pm_pool_size": (U, [P]),
        "pm_pool_idle": (U, [P]),
        "pm_pool_running": (U, [P]),
        "pm_pool_submit_file": (I, [P, S, S, Z]),
        "pm_pool_wait": (I, [P, I, ctypes.POINTER(PmPoolResult)]),
    }
    for name, (res, args) in sig.items():
        try:
            fn = getattr(lib, name)
        except AttributeError:
            raise LibraryNotFoundError(
                "%s does not export %s: it is older than this binding" % (lib._name, name))
        fn.restype = res
        fn.argtypes = args


def _candidates():
    env = os.environ.get(ENV_LIBRARY)
    if env:
        return [(env, True)]
    out = []
    try:
        from . import _installed  # written by `make install`
        out.append((_installed.LIBRARY, False))
    except ImportError:
        pass
    out.append((SONAME, False))
    found = ctypes.util.find_library("pressmill")
    if found:
        out.append((found, False))
    return out


def _check_abi(lib, where):
    """pm_options_init() states the size of the structs as the library was
    built: a library of another layout is refused, never written into. The
    library fills a buffer far larger than any pm_options, so that a newer
    library's larger struct lands in memory of ours, not past a
    PmOptions."""
    room = ctypes.create_string_buffer(4096)
    lib.pm_options_init(ctypes.cast(room, ctypes.POINTER(PmOptions)))
    size = ctypes.c_size_t.from_buffer(room).value
    sizes = (size, )
    if size == ctypes.sizeof(PmOptions):
        opt = PmOptions.from_buffer_copy(room.raw[:size])
        sizes = (size, opt.limits.size, opt.ocr.size)
    if sizes != (ctypes.sizeof(PmOptions), ctypes.sizeof(PmLimits), ctypes.sizeof(PmOcrOptions)):
        raise LibraryNotFoundError(
            "%s has pm_options of %s bytes (pm_options, pm_limits, pm_ocr_options); this binding "
            "expects %d, %d, %d: the library and the Python package are from different versions"
            % (where, ", ".join(str(s) for s in sizes), ctypes.sizeof(PmOptions),
               ctypes.sizeof(PmLimits), ctypes.sizeof(PmOcrOptions)))


_lock = threading.Lock()
_lib = None


def load():
    """The loaded library (once per process)."""
    global _lib
    if _lib is not None:
        return _lib
    with _lock:
        if _lib is not None:
            return _lib
        tried = []
        for name, required in _candidates():
            try:
                lib = ctypes.CDLL(name, use_errno=True)
            except OSError as e:
                tried.append("%s (%s)" % (name, e))
                if required:
                    raise LibraryNotFoundError(
                        "$%s names %s, which cannot be loaded: %s" % (ENV_LIBRARY, name, e))
                continue
            _declare(lib)
            _check_abi(lib, name)
            _lib = lib
            return lib
        raise LibraryNotFoundError(
            "libpressmill not found: install it (`make install` in the pressmill repository) "
            "or set $%s to its path; tried %s" % (ENV_LIBRARY, "; ".join(tried)))
