/* Fixed or real "now", and UTC timestamps. */
#include "time/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/civil.h"

/* 1 when s has exactly the shape of pattern: '9' stands for one ASCII digit, anything else for
 * itself. sscanf alone would also accept blanks and signs ("2019- 1-01", "2019-+1-01"). */
static int has_shape(const char *s, const char *pattern)
{
    for (; *pattern; s++, pattern++)
        if (*pattern == '9' ? (*s < '0' || *s > '9') : *s != *pattern)
            return 0;
    return *s == '\0';
}

int clock_parse(const char *s, time_t *out)
{
    int y, mo, d, h = 0, mi = 0, se = 0, n = 0;
    size_t len = strlen(s);
    if (!has_shape(s, "9999-99-99") && !has_shape(s, "9999-99-99T99:99:99Z"))
        return -1;
    if (len == 10) {
        if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
            return -1;
    } else if (len == 20) {
        if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &y, &mo, &d, &h, &mi, &se, &n) != 6 || n != 20)
            return -1;
    } else {
        return -1;
    }
    if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > civil_days_in_month(y, mo) ||
        h > 23 || mi > 59 || se > 59 || h < 0 || mi < 0 || se < 0)
        return -1;
    *out = (time_t)(civil_to_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + se);
    return 0;
}

int clock_rate(double *rate, char *err, size_t errlen)
{
    const char *fixed = getenv("STYR_NOW");
    const char *speed = getenv("STYR_CLOCK_SPEED");
    if (speed == NULL || *speed == '\0') {
        *rate = fixed && *fixed ? 0 : 1;
        return 0;
    }
    char *end;
    double v = strtod(speed, &end);
    if (end == speed || *end != '\0' || !(v >= 0.001 && v <= 1e6)) {
        snprintf(err, errlen, "STYR_CLOCK_SPEED: '%s' is not a speed from 0.001 to 1000000", speed);
        return -1;
    }
    if (fixed == NULL || *fixed == '\0') {
        snprintf(err, errlen,
                 "STYR_CLOCK_SPEED needs STYR_NOW (or --now): the time the fast clock "
                 "starts from");
        return -1;
    }
    *rate = v;
    return 0;
}

int64_t clock_monotonic_ns(void)
{
    struct timespec t;
    if (clock_gettime(CLOCK_MONOTONIC, &t) != 0)
        return 0;
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Seconds on the monotonic clock since the fast clock was first read (0 at that first read). */
static double fast_elapsed(void)
{
    static int started;
    static int64_t t0;
    int64_t t = clock_monotonic_ns();
    if (!started) {
        t0 = t;
        started = 1;
    }
    return (double)(t - t0) / 1e9;
}

int clock_now(time_t *out, char *err, size_t errlen)
{
    const char *fixed = getenv("STYR_NOW");
    if (fixed && *fixed) {
        time_t base;
        double rate;
        if (clock_parse(fixed, &base) != 0) {
            snprintf(err, errlen,
                     "STYR_NOW/--now: '%s' is not a date (YYYY-MM-DD) or UTC time "
                     "(YYYY-MM-DDTHH:MM:SSZ)",
                     fixed);
            return -1;
        }
        if (clock_rate(&rate, err, errlen) != 0)
            return -1;
        *out = rate > 0 ? base + (time_t)(fast_elapsed() * rate) : base;
        return 0;
    }
    double rate;
    if (clock_rate(&rate, err, errlen) != 0)
        return -1;
    *out = time(NULL);
    return 0;
}

void clock_format(time_t t, char *buf, size_t len)
{
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL || strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
        snprintf(buf, len, "1970-01-01T00:00:00Z");
}
