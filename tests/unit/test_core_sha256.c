/*
 * test_core_sha256.c - source.sha256 against the FIPS 180-4 examples and
 * the padding boundaries (55, 56, 63, 64 bytes), and the digest fed in
 * pieces: the digest is nettle's now, the interface and its hex are ours.
 */
#include "pm_test.h"

static void check(const void *data, size_t len, const char *want)
{
	char hex[65];
	memset(hex, 'x', sizeof hex);
	pm_sha256_hex(data, len, hex);
	assert_int_equal(hex[64], '\0');
	assert_string_equal(hex, want);
}

static void fips_vectors(void **state)
{
	(void)state;
	check("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	check("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	check("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
	      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void padding_boundaries(void **state)
{
	static const struct {
		size_t n;
		const char *hex;
	} v[] = {
		{55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
		{56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
		{63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
		{64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
		{119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
		{1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
	};
	size_t i;
	char *a = malloc(1000000);
	(void)state;
	assert_non_null(a);
	memset(a, 'a', 1000000);
	for (i = 0; i < sizeof v / sizeof v[0]; i++)
		check(a, v[i].n, v[i].hex);
	free(a);
}

static void all_byte_values(void **state)
{
	unsigned char b[256];
	size_t i;
	(void)state;
	for (i = 0; i < sizeof b; i++)
		b[i] = (unsigned char)i;
	check(b, sizeof b, "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880");
}

/* Fed in pieces of every size from 1 to 130 bytes (across the 64-byte
 * blocks and the padding), the digest is the one-call digest. */
static void in_pieces(void **state)
{
	static unsigned char b[1000];
	char whole[65], piece[65];
	size_t i, step;
	(void)state;
	for (i = 0; i < sizeof b; i++)
		b[i] = (unsigned char)(i * 7 + 3);
	pm_sha256_hex(b, sizeof b, whole);
	for (step = 1; step <= 130; step++) {
		pm_sha256 c;
		pm_sha256_init(&c);
		for (i = 0; i < sizeof b; i += step)
			pm_sha256_update(&c, b + i, sizeof b - i < step ? sizeof b - i : step);
		pm_sha256_final_hex(&c, piece);
		assert_string_equal(piece, whole);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fips_vectors),
		cmocka_unit_test(padding_boundaries),
		cmocka_unit_test(all_byte_values),
		cmocka_unit_test(in_pieces),
	};
	return cmocka_run_group_tests_name("core_sha256", tests, NULL, NULL);
}
