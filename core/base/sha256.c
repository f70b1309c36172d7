/*
 * sha256.c - SHA-256 for source.sha256, in one call or fed in pieces (the
 * engine digests every input; the worker pool digests an input it reads in
 * bounded chunks). The digest is nettle's: the hash of the input was a
 * fifth of a DOCX or PDF conversion with a portable C SHA-256 (63
 * instructions a byte), and nettle picks the CPU's SHA instructions at run
 * time where it has them (about 1.6 GB/s on this project's machine).
 */
#include "base.h"

#include <nettle/sha2.h>

static void to_hex(const uint8_t digest[SHA256_DIGEST_SIZE], char out[65])
{
	static const char hex[] = "0123456789abcdef";
	size_t i;
	for (i = 0; i < SHA256_DIGEST_SIZE; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 15];
	}
	out[64] = '\0';
}

void pm_sha256_init(pm_sha256 *c)
{
	sha256_init(&c->ctx);
}

void pm_sha256_update(pm_sha256 *c, const void *data, size_t len)
{
	sha256_update(&c->ctx, len, data);
}

void pm_sha256_final_hex(pm_sha256 *c, char out[65])
{
	uint8_t digest[SHA256_DIGEST_SIZE];
	sha256_digest(&c->ctx, SHA256_DIGEST_SIZE, digest);
	to_hex(digest, out);
}

void pm_sha256_hex(const void *data, size_t len, char out[65])
{
	pm_sha256 c;
	pm_sha256_init(&c);
	pm_sha256_update(&c, data, len);
	pm_sha256_final_hex(&c, out);
}
