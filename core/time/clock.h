/* The clock: "now" for vintages, run history and report dates. STYR_NOW (set by --now) fixes it
 * for tests and reproducible runs; otherwise the real clock. STYR_CLOCK_SPEED=N together with
 * STYR_NOW makes a fast clock for testing the scheduler: it starts at STYR_NOW when styr first
 * reads it and runs N times as fast as real time (N = 60: a minute per second). */
#ifndef STYR_CLOCK_H
#define STYR_CLOCK_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" (UTC). Returns 0, or -1 when malformed. */
int clock_parse(const char *s, time_t *out);

/* The current time: STYR_NOW when set (returns -1 with err filled when it is malformed). */
int clock_now(time_t *out, char *err, size_t errlen);

/* How fast the clock runs: 0 when STYR_NOW fixes it, 1 for the real clock, N for the fast clock
 * (STYR_CLOCK_SPEED, a number from 0.001 to 1000000). Returns 0, or -1 with err filled when
 * STYR_CLOCK_SPEED is malformed or set without STYR_NOW. */
int clock_rate(double *rate, char *err, size_t errlen);

/* Nanoseconds on the monotonic clock, for durations only: never affected by --now or by the wall
 * clock being set. 0 when the clock cannot be read. The one place styr reads CLOCK_MONOTONIC. */
int64_t clock_monotonic_ns(void);

/* Formats t as "YYYY-MM-DDTHH:MM:SSZ" into buf (at least 21 bytes). */
void clock_format(time_t t, char *buf, size_t len);

#endif
