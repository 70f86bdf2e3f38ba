/* Cron schedules: standard 5-field expressions (minute hour day-of-month month day-of-week) and
 * the @macros, evaluated in the local time of an IANA zone.
 *
 * Syntax: '*', numbers, ranges a-b, steps *\/n and a-b/n, lists a,b,c; month names JAN-DEC and
 * weekday names SUN-SAT in any case; day-of-week 0 and 7 both mean Sunday. A step needs a range
 * or '*' before it ("5/10" is refused: write 5-59/10). @yearly = @annually = "0 0 1 1 *",
 * @monthly = "0 0 1 * *", @weekly = "0 0 * * 0", @daily = @midnight = "0 0 * * *",
 * @hourly = "0 * * * *".
 *
 * Days (classic cron): when both day-of-month and day-of-week are restricted (neither field
 * starts with '*'), a day matches when EITHER matches ("0 0 13 * FRI": every 13th and every
 * Friday); otherwise both must match, so "*" or "*" followed by a step in one of them leaves the
 * other in charge ("0 0 *\/2 * MON": Mondays that fall on odd days of the month).
 *
 * Daylight-saving time. An expression names wall-clock times; cron_next turns them into instants:
 *   - a time that happens once fires then;
 *   - a time that does not exist (the spring-forward gap, 02:00-02:59 on the last Sunday of March
 *     in Europe/Stockholm) fires ONCE, at the instant the gap ends: 03:00 local (CEST), 01:00 UTC.
 *     Several skipped times (02:00, 02:30) and a 03:00 time of the same job fire once, together;
 *   - a time that happens twice (02:00-02:59 on the last Sunday of October) fires ONCE, at its
 *     first occurrence (02:30 CEST = 00:30 UTC; not again at 02:30 CET = 01:30 UTC).
 * Exception, as in Vixie cron: a job whose hour field starts with '*' ("0 * * * *", @hourly,
 * "*\/15 * * * *") is a periodic job that follows the wall clock: it fires at both occurrences of
 * a repeated time and not at all for skipped times, so an hourly job keeps firing once every real
 * hour across both changes (23 runs on the March day, 25 on the October day) and a job every
 * 15 minutes does not pause for an hour in October.
 *
 * Search: day by day over at most CRON_HORIZON_DAYS days, then hour by hour and minute by minute
 * within a matching day. The horizon is the Gregorian calendar's 400-year cycle, after which
 * dates and weekdays repeat, so every satisfiable expression fires within it: also a date that
 * must fall on a weekday ("0 0 29 2 *\/7", 29 February on a Sunday: 2032, 2060, 2088, then 2128
 * across the non-leap 2100). CRON_NEVER therefore means the expression never
 * fires at all ("0 0 30 2 *"), or not before year 9999. Instants are epoch seconds in years
 * 1-9999. Not thread-safe (see tz.h).
 *
 * ("*\/" in these comments stands for star-slash, which would end the comment.) */
#ifndef STYR_CRON_H
#define STYR_CRON_H

#include <stddef.h>
#include <stdint.h>

/* Return codes of cron_next and cron_each. */
enum {
    CRON_OK = 0,
    CRON_NEVER = -1,  /* the expression never fires after the given instant */
    CRON_EZONE = -2,  /* unknown time zone */
    CRON_ERANGE = -3, /* an instant outside the years 1-9999 */
    CRON_ESYS = -4,   /* the C library's time functions failed */
};

/* 400 years, the Gregorian cycle: dates and weekdays repeat after it. (Eight years, the longest
 * wait between two 29 Februaries, missed dates that must fall on a weekday: found by fuzzing.) */
#define CRON_HORIZON_DAYS 146097

/* Flags of cron_expr: fields written starting with '*'. */
#define CRON_DOM_STAR 0x1u  /* day-of-month */
#define CRON_DOW_STAR 0x2u  /* day-of-week */
#define CRON_HOUR_STAR 0x4u /* hour: a periodic job, see the DST rules above */

/* A parsed expression: one bit per allowed value. Plain data, no allocation. */
typedef struct cron_expr {
    uint64_t minutes; /* bit n: minute n, 0-59 */
    uint32_t hours;   /* bit n: hour n, 0-23 */
    uint32_t days;    /* bit n: day of the month n, 1-31 */
    uint16_t months;  /* bit n: month n, 1-12 */
    uint8_t weekdays; /* bit n: weekday n, 0 = Sunday .. 6 = Saturday (7 is stored as 0) */
    uint8_t flags;    /* CRON_DOM_STAR | CRON_DOW_STAR | CRON_HOUR_STAR */
} cron_expr;

/* Parses expr into out. Returns 0, or -1 with a message in err naming the field and the bad
 * token ("day-of-month: 32 is out of range 1-31"); out is written only on success. err may be
 * NULL when errlen is 0. */
int cron_parse(const char *expr, cron_expr *out, char *err, size_t errlen);

/* 1 when the local wall-clock time year-month-day hour:minute matches c, else 0 (also for a date
 * that does not exist). */
int cron_matches(const cron_expr *c, int year, int month, int day, int hour, int minute);

/* The first fire time strictly after `after` (epoch seconds), with the schedule read in zone's
 * local time. Returns CRON_OK with *next set, CRON_NEVER, CRON_EZONE, CRON_ERANGE or CRON_ESYS. */
int cron_next(const cron_expr *c, long long after, const char *zone, long long *next);

/* Called by cron_each for each fire time; a non-zero return stops the walk. */
typedef int (*cron_emit)(long long when, void *ud);

/* Calls emit for every fire time in [from, to), in order, loading the zone's offsets once per
 * few weeks instead of once per fire time. Returns CRON_OK (also when emit stopped the walk or
 * the expression never fires), CRON_EZONE, CRON_ERANGE or CRON_ESYS. */
int cron_each(const cron_expr *c, long long from, long long to, const char *zone, cron_emit emit,
              void *ud);

/* A short English description of a CRON_ return code. */
const char *cron_strerror(int rc);

#endif
