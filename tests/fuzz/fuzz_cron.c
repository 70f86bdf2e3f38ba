/* libFuzzer harness: core/time/cron.c, cron expressions (5 fields and @macros) and their next fire time.
 *
 * The input is the expression (up to its first NUL). Checks, beyond "no crash, no leak, no
 * undefined behaviour":
 *   - a refusal leaves a message; an accepted expression sets no bit outside its fields' ranges;
 *   - in UTC (no daylight-saving time) cron_next gives a whole minute strictly after the start
 *     that cron_matches accepts, or CRON_NEVER; and no minute in between matches when the gap is
 *     short enough to walk;
 *   - in a zone with daylight-saving time (picked by the input's length) cron_next answers within
 *     the horizon, after the start.
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/cron under make test. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "time/cron.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int matches_utc(const cron_expr *c, long long t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    CHECK(gmtime_r(&tt, &tm) != NULL);
    return cron_matches(c, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512)
        return 0;
    char *expr = malloc(size + 1);
    CHECK(expr != NULL);
    memcpy(expr, data, size);
    expr[size] = '\0';

    cron_expr c;
    memset(&c, 0xA5, sizeof c);
    char err[256] = "";
    if (cron_parse(expr, &c, err, sizeof err) != 0) {
        CHECK(err[0] != '\0');
        free(expr);
        return 0;
    }
    CHECK((c.minutes >> 60) == 0);
    CHECK((c.hours >> 24) == 0);
    CHECK((c.days & 1u) == 0);
    CHECK((c.months & ~(uint16_t)0x1FFE) == 0);
    CHECK((c.weekdays >> 7) == 0);
    CHECK((c.flags & ~7u) == 0);

    /* UTC: the next fire time matches, and nothing before it does. */
    const long long start = 1561975230LL; /* 2019-07-01 10:00:30 UTC */
    long long next = 0;
    int rc = cron_next(&c, start, "UTC", &next);
    CHECK(rc == CRON_OK || rc == CRON_NEVER);
    if (rc == CRON_OK) {
        CHECK(next > start && next % 60 == 0);
        CHECK(next - start <= (long long)(CRON_HORIZON_DAYS + 2) * 86400);
        CHECK(matches_utc(&c, next));
        if (next - start <= 3 * 86400)
            for (long long t = start - start % 60 + 60; t < next; t += 60)
                CHECK(!matches_utc(&c, t));
        long long again = 0;
        CHECK(cron_next(&c, next, "UTC", &again) == CRON_OK && again > next);
    }

    /* A zone with daylight-saving time, around a change (2019-03-31 in Europe). */
    static const char *const zones[] = {"Europe/Stockholm", "America/New_York",
                                        "Australia/Lord_Howe", "Europe/Copenhagen"};
    const char *zone = zones[size % 4];
    const long long spring = 1553989000LL; /* 2019-03-30 23:36:40 UTC */
    int rc2 = cron_next(&c, spring, zone, &next);
    CHECK(rc2 == CRON_OK || rc2 == CRON_NEVER);
    CHECK((rc2 == CRON_NEVER) == (rc == CRON_NEVER));
    if (rc2 == CRON_OK)
        CHECK(next > spring && next % 60 == 0);
    free(expr);
    return 0;
}
