/*
 * alloc.c - the allocator the kit's buffer grows with, for plugins: the
 * C library's. The core defines pm_kit_realloc() itself (its allocation
 * hook), so the linker takes this member of libpmkit.a only where nothing
 * else defines it (kit.h).
 */
#include "kit.h"

#include <stdlib.h>

void *pm_kit_realloc(void *p, size_t n)
{
	return realloc(p, n ? n : 1);
}
