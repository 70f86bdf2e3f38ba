/* The clock: "now" for vintages, run history and report dates. STYR_NOW (set by --now) fixes it
 * for tests and reproducible runs; otherwise the real clock. */
#ifndef STYR_CLOCK_H
#define STYR_CLOCK_H

#include <stddef.h>
#include <time.h>

/* Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" (UTC). Returns 0, or -1 when malformed. */
int clock_parse(const char *s, time_t *out);

/* The current time: STYR_NOW when set (returns -1 with err filled when it is malformed). */
int clock_now(time_t *out, char *err, size_t errlen);

/* Formats t as "YYYY-MM-DDTHH:MM:SSZ" into buf (at least 21 bytes). */
void clock_format(time_t t, char *buf, size_t len);

#endif
