/*
 * log.c - the library's diagnostics go to the caller's callback
 * (pm_options.log) and nowhere else: the library never prints. Every
 * floor logs through a pm_logger it is given.
 */
#include "base.h"

#include <stdio.h>

void pm_log(const pm_logger *lg, int level, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	if (!lg || !lg->fn)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	lg->fn(lg->user, level, msg);
}
