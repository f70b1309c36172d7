/* This floor may use: kit
 * It is used by: text model repair normalize engine isolate api
 *
 * base.h - the base floor of the core: allocation (with the test hook
 * that fails the Nth allocation), the growable buffer (the plugin kit's,
 * kit.h), a string map, logging through the caller's callback, SHA-256.
 * Nothing here knows what a document or a press release is. Not
 * installed; not part of the ABI.
 */
#ifndef PM_BASE_H
#define PM_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <pressmill/pressmill.h>

#include "kit/kit.h"

/* What the library exports beside its public header (the worker program's
 * main). */
#define PM_API __attribute__((visibility("default")))

/* ---- allocation (alloc.c) -------------------------------------------- */

/* The library's allocator: the C library's, counted, with a hook that
 * makes an allocation fail on purpose. pm_kit_realloc() (kit.h) is
 * pm_realloc(), so buffers count too. */
void *pm_malloc(size_t n);
void *pm_calloc(size_t n, size_t size);
void *pm_realloc(void *p, size_t n);
void *pm_reallocarray(void *p, size_t n, size_t size);
char *pm_strdup(const char *s);
char *pm_strndup(const char *s, size_t n);

/* Test hook: make the Nth allocation through pm_malloc & co in the calling
 * thread fail (0: off). Returns the number of allocations the thread made
 * since its last call. Not exported from libpressmill.so (no PM_API): the
 * unit tests reach it by linking the library's objects. */
unsigned long pm_alloc_fail_at(unsigned long n);
/* Failed allocations in this thread so far, real or injected: a caller
 * compares it before and after a piece of work to know whether any
 * allocation inside failed. */
unsigned long pm_alloc_failures(void);

/* ---- strings (alloc.c) ----------------------------------------------- */

/* Whether s (NUL-terminated), or the l bytes at w, is one of the entries
 * of a NULL-terminated list. */
bool pm_str_in(const char *s, const char *const *list);
bool pm_mem_in(const char *w, size_t l, const char *const *list);
/* The first needle (short) within the n bytes at s, or NULL: a strstr
 * that stops at a bound instead of the end of the text. */
const char *pm_memstr(const char *s, size_t n, const char *needle);

/* ---- string map (strmap.c) ------------------------------------------- */

/* A map from strings (any bytes, copied in) to a size_t, by hashing:
 * what lets a pass over a document count or find its repeated texts in
 * one sweep instead of comparing every pair. Zero-initialise it.
 * pm_strmap_add() returns the key's value (0 when new), NULL when memory
 * ran out; pm_strmap_get() returns it or NULL when the key is absent. */
typedef struct pm_strmap {
	char **keys;
	size_t *lens;
	size_t *vals;
	size_t cap, n;
} pm_strmap;

size_t *pm_strmap_add(pm_strmap *m, const char *s, size_t n);
size_t *pm_strmap_get(const pm_strmap *m, const char *s, size_t n);
void pm_strmap_free(pm_strmap *m);

/* ---- logging (log.c) ------------------------------------------------- */

/* Where diagnostics go: the caller's callback (pm_options.log), or
 * nowhere. The library never prints. */
typedef struct pm_logger {
	pm_log_fn fn;
	void *user;
} pm_logger;

void pm_log(const pm_logger *lg, int level, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- SHA-256 (sha256.c) ---------------------------------------------- */

#include <nettle/sha2.h>

void pm_sha256_hex(const void *data, size_t len, char out[65]);
typedef struct pm_sha256 {
	struct sha256_ctx ctx; /* nettle's */
} pm_sha256;
void pm_sha256_init(pm_sha256 *c);
void pm_sha256_update(pm_sha256 *c, const void *data, size_t len);
void pm_sha256_final_hex(pm_sha256 *c, char out[65]);

#endif
