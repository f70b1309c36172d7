/* This floor may use: isolate
 * It is used by: nothing (it is the pressmill-worker program)
 *
 * pressmill-worker.c - the program an isolated conversion runs in: the
 * library's worker pool (core/isolate/pool.c) starts it with
 * posix_spawn() from <libdir>/pressmill/, hands it documents over a
 * socket and reads back their records. Its whole work is pm_worker_main(), in the library, so
 * that worker and pool always speak the same protocol. Not for users.
 */
#include "isolate/isolate.h"

int main(int argc, char **argv)
{
	return pm_worker_main(argc, argv);
}
