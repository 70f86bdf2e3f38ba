/* Unit tests of core/time/cron.c: parsing (errors and their messages, ranges, steps, lists, names,
 * macros), day-of-month/day-of-week semantics, and fire times in UTC and across the DST changes
 * of Europe/Stockholm and Europe/Copenhagen (and zones that change at midnight or by half an
 * hour). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "time/cron.h"
#include "time/civil.h"
#include "time/tz.h"

#define STOCKHOLM "Europe/Stockholm"
#define COPENHAGEN "Europe/Copenhagen"

static long long utc(int y, int mo, int d, int h, int mi, int s)
{
    return civil_to_days(y, mo, d) * 86400 + h * 3600LL + mi * 60LL + s;
}

static cron_expr parse_ok(const char *expr)
{
    cron_expr c;
    char err[256] = "";
    if (cron_parse(expr, &c, err, sizeof err) != 0)
        fail_msg("cron_parse refused '%s': %s", expr, err);
    return c;
}

static long long next_ok(const char *expr, long long after, const char *zone)
{
    cron_expr c = parse_ok(expr);
    long long t = -1;
    int rc = cron_next(&c, after, zone, &t);
    if (rc != CRON_OK)
        fail_msg("cron_next('%s', %lld, %s) returned %d", expr, after, zone, rc);
    if (t <= after)
        fail_msg("cron_next('%s', %lld, %s) went back to %lld", expr, after, zone, t);
    return t;
}

/* Collects the fire times of [from, to) into `times` (at most cap), through cron_each. */
typedef struct list {
    long long times[2000];
    int n;
} list;

static int collect(long long when, void *ud)
{
    list *l = ud;
    if (l->n == (int)(sizeof l->times / sizeof l->times[0]))
        return 1;
    l->times[l->n++] = when;
    return 0;
}

static list *occurrences(const char *expr, long long from, long long to, const char *zone)
{
    static list l;
    cron_expr c = parse_ok(expr);
    l.n = 0;
    int rc = cron_each(&c, from, to, zone, collect, &l);
    if (rc != CRON_OK)
        fail_msg("cron_each('%s', %s) returned %d", expr, zone, rc);
    /* Each fire time is cron_next of the one before. */
    long long after = from - 1;
    for (int i = 0; i < l.n; i++) {
        long long t = -1;
        assert_int_equal(cron_next(&c, after, zone, &t), CRON_OK);
        if (t != l.times[i])
            fail_msg("'%s' in %s: cron_each gave %lld, cron_next %lld", expr, zone, l.times[i], t);
        after = t;
    }
    return &l;
}

/* Fails unless the fire times of expr in [from, to) are exactly the `n` given ones. */
static void expect_times(const char *expr, const char *zone, long long from, long long to, int n,
                         ...)
{
    list *l = occurrences(expr, from, to, zone);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        long long want = va_arg(ap, long long);
        if (i >= l->n || l->times[i] != want) {
            va_end(ap);
            fail_msg("'%s' in %s: fire time %d is %lld, expected %lld (%d fire times)", expr, zone,
                     i, i < l->n ? l->times[i] : -1, want, l->n);
        }
    }
    va_end(ap);
    if (l->n != n)
        fail_msg("'%s' in %s: %d fire times, expected %d", expr, zone, l->n, n);
}

static void expect_error(const char *expr, const char *message)
{
    cron_expr c;
    memset(&c, 0x5a, sizeof c);
    cron_expr untouched = c;
    char err[256] = "";
    if (cron_parse(expr, &c, err, sizeof err) != -1)
        fail_msg("cron_parse accepted '%s'", expr);
    if (strcmp(err, message) != 0)
        fail_msg("cron_parse('%s'): message '%s', expected '%s'", expr, err, message);
    assert_memory_equal(&c, &untouched, sizeof c);
}

static void test_parse_errors(void **state)
{
    (void)state;
    expect_error("", "empty expression");
    expect_error(" \t ", "empty expression");
    expect_error("* * * *",
                 "expected 5 fields (minute hour day-of-month month day-of-week), found 4");
    expect_error("* * * * * *",
                 "expected 5 fields (minute hour day-of-month month day-of-week), found 6");
    expect_error("0 0 1 1 * @yearly",
                 "expected 5 fields (minute hour day-of-month month day-of-week), found 6");
    expect_error("60 * * * *", "minute: 60 is out of range 0-59");
    expect_error("* 24 * * *", "hour: 24 is out of range 0-23");
    expect_error("0 0 32 * *", "day-of-month: 32 is out of range 1-31");
    expect_error("0 0 0 * *", "day-of-month: 0 is out of range 1-31");
    expect_error("0 0 * 13 *", "month: 13 is out of range 1-12");
    expect_error("0 0 * 0 *", "month: 0 is out of range 1-12");
    expect_error("0 0 * * 8", "day-of-week: 8 is out of range 0-7");
    expect_error("0 0 1-40 * *", "day-of-month: 40 is out of range 1-31");
    expect_error("99999999999999999999 * * * *",
                 "minute: 99999999999999999999 is out of range 0-59");
    expect_error("0 0 * FOO *", "month: 'FOO' is not a number or a month name (JAN-DEC)");
    expect_error("0 0 * JANUARY *", "month: 'JANUARY' is not a number or a month name (JAN-DEC)");
    expect_error("0 0 * * FUN", "day-of-week: 'FUN' is not a number or a day name (SUN-SAT)");
    expect_error("0 0 * * MON-FUN", "day-of-week: 'FUN' is not a number or a day name (SUN-SAT)");
    expect_error("x * * * *", "minute: 'x' is not a number");
    expect_error("0 MON * * *", "hour: 'MON' is not a number");
    expect_error("0 0 JAN * *", "day-of-month: 'JAN' is not a number");
    expect_error("0 0 L * *", "day-of-month: 'L' is not a number");
    expect_error("0 0 ? * *", "day-of-month: unexpected '?' in '?'");
    expect_error("0 0 * * 5#3", "day-of-week: unexpected '#' in '5#3'");
    expect_error("5-1 * * * *", "minute: range 5-1 runs backwards");
    expect_error("0 22-2 * * *", "hour: range 22-2 runs backwards");
    expect_error("0 0 * * FRI-MON", "day-of-week: range FRI-MON runs backwards");
    expect_error("*/0 * * * *", "minute: step 0 is out of range 1-60");
    expect_error("*/61 * * * *", "minute: step 61 is out of range 1-60");
    expect_error("0 0 * * */8", "day-of-week: step 8 is out of range 1-7");
    expect_error("5/10 * * * *", "minute: '5/10' has a step but no range (write */n or a-b/n)");
    expect_error("*/ * * * *", "minute: the step is missing in '*/'");
    expect_error("*/x * * * *", "minute: unexpected 'x' in '*/x'");
    expect_error("*/5/2 * * * *", "minute: unexpected '/' in '*/5/2'");
    expect_error("1,,2 * * * *", "minute: empty entry in '1,,2'");
    expect_error("1, * * * *", "minute: empty entry in '1,'");
    expect_error(",1 * * * *", "minute: empty entry in ',1'");
    expect_error("1- * * * *", "minute: a value is missing in '1-'");
    expect_error("-1 * * * *", "minute: unexpected '-' in '-1'");
    expect_error("1-2-3 * * * *", "minute: unexpected '-' in '1-2-3'");
    expect_error("** * * * *", "minute: unexpected '*' in '**'");
    expect_error("*/5,abc * * * *", "minute: 'abc' is not a number");
    /* "1–5" with an en dash (UTF-8 e2 80 93), as pasted from a word processor */
    expect_error("1\342\200\2235 * * * *", "minute: unexpected character in '1\342\200\2235'");
    expect_error("@reboot",
                 "unknown macro '@reboot' (known: @yearly, @annually, @monthly, "
                 "@weekly, @daily, @midnight, @hourly)");
    expect_error("@",
                 "unknown macro '@' (known: @yearly, @annually, @monthly, @weekly, @daily, "
                 "@midnight, @hourly)");
    expect_error("@daily 5", "@daily takes no fields, found '5'");
    expect_error("  @hourly * * * * *  ", "@hourly takes no fields, found '* * * * *'");

    /* A long token is quoted shortened; a short buffer is filled, terminated, not overrun. */
    char big[300];
    memset(big, '7', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    memcpy(big + 200, " * * * *", 8);
    big[208] = '\0';
    cron_expr c;
    char err[256];
    assert_int_equal(cron_parse(big, &c, err, sizeof err), -1);
    assert_true(strlen(err) < 120);
    assert_non_null(strstr(err, "is out of range 0-59"));
    char small[8];
    memset(small, 'x', sizeof small);
    assert_int_equal(cron_parse("61 * * * *", &c, small, 5), -1);
    assert_string_equal(small, "minu");
    assert_int_equal(small[5], 'x');
    assert_int_equal(cron_parse("61 * * * *", &c, NULL, 0), -1);
    assert_int_equal(cron_parse(NULL, &c, err, sizeof err), -1);
    assert_string_equal(err, "empty expression");
}

#define BITS(lo, hi) ((((uint64_t)1 << ((hi) - (lo) + 1)) - 1) << (lo))

static void test_parse_fields(void **state)
{
    (void)state;
    cron_expr c = parse_ok("* * * * *");
    assert_true(c.minutes == BITS(0, 59));
    assert_int_equal(c.hours, BITS(0, 23));
    assert_int_equal(c.days, BITS(1, 31));
    assert_int_equal(c.months, BITS(1, 12));
    assert_int_equal(c.weekdays, BITS(0, 6));
    assert_int_equal(c.flags, CRON_DOM_STAR | CRON_DOW_STAR | CRON_HOUR_STAR);

    c = parse_ok("*/15 1-5 1,15,31 */3 1-5");
    assert_true(c.minutes == (1ull << 0 | 1ull << 15 | 1ull << 30 | 1ull << 45));
    assert_int_equal(c.hours, BITS(1, 5));
    assert_int_equal(c.days, 1u << 1 | 1u << 15 | 1u << 31);
    assert_int_equal(c.months, 1u << 1 | 1u << 4 | 1u << 7 | 1u << 10);
    assert_int_equal(c.weekdays, BITS(1, 5));
    assert_int_equal(c.flags, 0);

    c = parse_ok("10-30/10 0-23/6 2-30/7 2-12/5 1-7/2");
    assert_true(c.minutes == (1ull << 10 | 1ull << 20 | 1ull << 30));
    assert_int_equal(c.hours, 1u << 0 | 1u << 6 | 1u << 12 | 1u << 18);
    assert_int_equal(c.days, 1u << 2 | 1u << 9 | 1u << 16 | 1u << 23 | 1u << 30);
    assert_int_equal(c.months, 1u << 2 | 1u << 7 | 1u << 12);
    assert_int_equal(c.weekdays, 1u << 1 | 1u << 3 | 1u << 5 | 1u << 0); /* 7 is Sunday */

    /* Lists mixing forms, leading zeros, blanks of any kind between fields. */
    c = parse_ok("  05,10-12,*/20\t0\n1 * *  ");
    assert_true(
        c.minutes ==
        (1ull << 0 | 1ull << 5 | 1ull << 10 | 1ull << 11 | 1ull << 12 | 1ull << 20 | 1ull << 40));
    assert_int_equal(c.hours, 1u);

    /* Names, in any case, alone, in ranges, with steps, next to numbers. */
    c = parse_ok("0 0 * jan,Mar,DEC mon-FRI");
    assert_int_equal(c.months, 1u << 1 | 1u << 3 | 1u << 12);
    assert_int_equal(c.weekdays, BITS(1, 5));
    c = parse_ok("0 0 * JAN-DEC/4 SUN,7");
    assert_int_equal(c.months, 1u << 1 | 1u << 5 | 1u << 9);
    assert_int_equal(c.weekdays, 1u);
    c = parse_ok("0 0 * * 5-7");
    assert_int_equal(c.weekdays, 1u << 5 | 1u << 6 | 1u << 0);
    c = parse_ok("0 0 * * */2");
    assert_int_equal(c.weekdays, 1u << 0 | 1u << 2 | 1u << 4 | 1u << 6);
    c = parse_ok("0 0 * * 0-7");
    assert_int_equal(c.weekdays, BITS(0, 6));
    assert_int_equal(c.flags, CRON_DOM_STAR); /* "0-7" restricts nothing, but is written out */
    c = parse_ok("*/60 0 * * sat");
    assert_true(c.minutes == 1ull);
    assert_int_equal(c.weekdays, 1u << 6);

    /* Which fields count as '*': the written form decides. */
    assert_int_equal(parse_ok("0 */2 */2 * */2").flags,
                     CRON_HOUR_STAR | CRON_DOM_STAR | CRON_DOW_STAR);
    assert_int_equal(parse_ok("0 0-23 1-31 * 0-6").flags, 0);
}

static void test_macros(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"@yearly", "0 0 1 1 *"}, {"@annually", "0 0 1 1 *"}, {"@monthly", "0 0 1 * *"},
        {"@weekly", "0 0 * * 0"}, {"@daily", "0 0 * * *"},    {"@midnight", "0 0 * * *"},
        {"@hourly", "0 * * * *"}, {" @DAILY ", "0 0 * * *"},  {"@Weekly\n", "0 0 * * 0"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        cron_expr a = parse_ok(pairs[i][0]), b = parse_ok(pairs[i][1]);
        if (memcmp(&a, &b, sizeof a) != 0)
            fail_msg("'%s' differs from '%s'", pairs[i][0], pairs[i][1]);
    }
    long long jan = utc(2026, 1, 1, 0, 0, 0);
    assert_int_equal(next_ok("@yearly", jan, "UTC"), utc(2027, 1, 1, 0, 0, 0));
    assert_int_equal(next_ok("@monthly", jan, "UTC"), utc(2026, 2, 1, 0, 0, 0));
    assert_int_equal(next_ok("@weekly", jan, "UTC"), utc(2026, 1, 4, 0, 0, 0)); /* a Sunday */
    assert_int_equal(next_ok("@daily", jan, "UTC"), utc(2026, 1, 2, 0, 0, 0));
    assert_int_equal(next_ok("@midnight", jan - 1, "UTC"), jan);
    assert_int_equal(next_ok("@hourly", jan, "UTC"), utc(2026, 1, 1, 1, 0, 0));
    assert_int_equal(next_ok("@daily", jan, STOCKHOLM), utc(2026, 1, 1, 23, 0, 0));
}

/* Both day fields restricted: either may match. One of them '*': both must. */
static void test_day_semantics(void **state)
{
    (void)state;
    cron_expr c = parse_ok("0 0 13 * FRI");
    assert_true(cron_matches(&c, 2026, 3, 13, 0, 0));  /* Friday the 13th */
    assert_true(cron_matches(&c, 2026, 5, 13, 0, 0));  /* a Wednesday, by the day of the month */
    assert_true(cron_matches(&c, 2026, 5, 15, 0, 0));  /* a Friday, by the day of the week */
    assert_false(cron_matches(&c, 2026, 5, 14, 0, 0)); /* neither */
    assert_false(cron_matches(&c, 2026, 5, 15, 0, 1)); /* the wrong minute */
    assert_false(cron_matches(&c, 2026, 2, 30, 0, 0)); /* no such date */
    assert_false(cron_matches(&c, 2026, 13, 1, 0, 0));
    expect_times("0 0 13 * FRI", "UTC", utc(2026, 5, 1, 0, 0, 0), utc(2026, 6, 13, 0, 0, 0), 8,
                 utc(2026, 5, 1, 0, 0, 0), utc(2026, 5, 8, 0, 0, 0), utc(2026, 5, 13, 0, 0, 0),
                 utc(2026, 5, 15, 0, 0, 0), utc(2026, 5, 22, 0, 0, 0), utc(2026, 5, 29, 0, 0, 0),
                 utc(2026, 6, 5, 0, 0, 0), utc(2026, 6, 12, 0, 0, 0));

    /* Day of the month a star with a step: both fields must match (Mondays on odd days). */
    c = parse_ok("0 0 */2 * MON");
    assert_true(cron_matches(&c, 2026, 6, 1, 0, 0));  /* Monday the 1st */
    assert_false(cron_matches(&c, 2026, 6, 8, 0, 0)); /* Monday the 8th */
    assert_false(cron_matches(&c, 2026, 6, 3, 0, 0)); /* Wednesday the 3rd */
    assert_true(cron_matches(&c, 2026, 6, 15, 0, 0)); /* Monday the 15th */
    /* Day of the week '*': the day of the month alone. */
    c = parse_ok("0 0 1 * *");
    assert_true(cron_matches(&c, 2026, 6, 1, 0, 0));
    assert_false(cron_matches(&c, 2026, 6, 2, 0, 0));
    /* Day of the month '*': the day of the week alone. */
    c = parse_ok("0 0 * * 1-5");
    assert_true(cron_matches(&c, 2026, 6, 5, 0, 0));  /* Friday */
    assert_false(cron_matches(&c, 2026, 6, 6, 0, 0)); /* Saturday */
    /* Months restrict both. */
    c = parse_ok("0 0 13 JUN FRI");
    assert_false(cron_matches(&c, 2026, 5, 15, 0, 0));
    assert_true(cron_matches(&c, 2026, 6, 5, 0, 0));
    assert_true(cron_matches(&c, 2026, 6, 13, 0, 0));
}

static void test_next_basics(void **state)
{
    (void)state;
    long long t = utc(2026, 6, 10, 10, 7, 30);
    assert_int_equal(next_ok("*/15 * * * *", t, "UTC"), utc(2026, 6, 10, 10, 15, 0));
    /* Strictly after. */
    assert_int_equal(next_ok("*/15 * * * *", utc(2026, 6, 10, 10, 15, 0), "UTC"),
                     utc(2026, 6, 10, 10, 30, 0));
    assert_int_equal(next_ok("*/15 * * * *", utc(2026, 6, 10, 10, 14, 59), "UTC"),
                     utc(2026, 6, 10, 10, 15, 0));
    assert_int_equal(next_ok("* * * * *", t, "UTC"), utc(2026, 6, 10, 10, 8, 0));
    /* The last minute of an hour, and of a day. */
    assert_int_equal(next_ok("59 * * * *", utc(2026, 6, 10, 10, 58, 30), "UTC"),
                     utc(2026, 6, 10, 10, 59, 0));
    assert_int_equal(next_ok("59 23 * * *", utc(2026, 6, 10, 21, 58, 59), STOCKHOLM),
                     utc(2026, 6, 10, 21, 59, 0));
    assert_int_equal(next_ok("0 9 * * MON-FRI", utc(2026, 6, 12, 9, 0, 0), "UTC"),
                     utc(2026, 6, 15, 9, 0, 0));
    assert_int_equal(next_ok("59 23 31 12 *", t, "UTC"), utc(2026, 12, 31, 23, 59, 0));
    assert_int_equal(next_ok("0 0 1 1 *", utc(2026, 12, 31, 23, 59, 59), "UTC"),
                     utc(2027, 1, 1, 0, 0, 0));
    /* In local time: 09:00 in Stockholm is 07:00 UTC in summer, 08:00 in winter. */
    assert_int_equal(next_ok("0 9 * * *", t, STOCKHOLM), utc(2026, 6, 11, 7, 0, 0));
    assert_int_equal(next_ok("0 9 * * *", utc(2026, 12, 1, 0, 0, 0), COPENHAGEN),
                     utc(2026, 12, 1, 8, 0, 0));
    assert_int_equal(next_ok("30 17 * * *", t, "Asia/Kathmandu"), utc(2026, 6, 10, 11, 45, 0));
    /* A local date that is not the UTC date. */
    assert_int_equal(next_ok("0 0 * * SAT", utc(2026, 6, 12, 21, 0, 0), STOCKHOLM),
                     utc(2026, 6, 12, 22, 0, 0));

    /* Failures. */
    cron_expr c = parse_ok("* * * * *");
    long long n = 4242;
    assert_int_equal(cron_next(&c, t, "No/Such_Zone", &n), CRON_EZONE);
    assert_int_equal(cron_next(&c, t, "", &n), CRON_EZONE);
    assert_int_equal(cron_next(&c, utc(10000, 1, 1, 0, 0, 0), "UTC", &n), CRON_ERANGE);
    assert_int_equal(cron_next(&c, -(1LL << 62), "UTC", &n), CRON_ERANGE);
    assert_int_equal(cron_next(&c, -(1LL << 62), "No/Such_Zone", &n), CRON_EZONE);
    assert_int_equal(n, 4242);
    assert_string_equal(cron_strerror(CRON_NEVER), "the schedule never fires");
    assert_string_equal(cron_strerror(CRON_EZONE), "unknown time zone");
    assert_string_equal(cron_strerror(CRON_ERANGE), "time outside the years 1-9999");
    assert_string_equal(cron_strerror(99), "unknown error");
}

static void test_leap_day_and_month_ends(void **state)
{
    (void)state;
    assert_int_equal(next_ok("0 0 29 2 *", utc(2026, 1, 1, 0, 0, 0), "UTC"),
                     utc(2028, 2, 29, 0, 0, 0));
    assert_int_equal(next_ok("0 0 29 2 *", utc(2028, 2, 29, 0, 0, 0), "UTC"),
                     utc(2032, 2, 29, 0, 0, 0));
    /* The longest wait: 2100 is not a leap year. */
    assert_int_equal(next_ok("0 0 29 2 *", utc(2096, 3, 1, 0, 0, 0), "UTC"),
                     utc(2104, 2, 29, 0, 0, 0));
    assert_int_equal(next_ok("0 12 29 FEB *", utc(2026, 1, 1, 0, 0, 0), STOCKHOLM),
                     utc(2028, 2, 29, 11, 0, 0));
    /* A date that must fall on a weekday ('*' stepped weekday: both fields must match) can be
     * decades away: 29 February on a Sunday comes in 2032, then 2060; 4 September on a Sunday in
     * 2022, then 2033 (both found by fuzzing, when the search gave up after eight years). */
    assert_int_equal(next_ok("0 0 29 2 */7", utc(2032, 3, 1, 0, 0, 0), "UTC"),
                     utc(2060, 2, 29, 0, 0, 0));
    assert_int_equal(next_ok("0 9 4 9 */7", utc(2022, 9, 5, 0, 0, 0), "UTC"),
                     utc(2033, 9, 4, 9, 0, 0));
    /* Across 2100, which is not a leap year: 29 February on a Sunday in 2088, then 2128. */
    assert_int_equal(next_ok("0 0 29 2 */7", utc(2088, 3, 1, 0, 0, 0), "UTC"),
                     utc(2128, 2, 29, 0, 0, 0));
    /* Never: 30 and 31 February, 31 April, and a leap day after the last one of year 9999. */
    static const char *const never[] = {"0 0 30 2 *", "0 0 31 2 *", "0 0 31 4,6,9,11 *",
                                        "* * 30,31 FEB *"};
    for (size_t i = 0; i < sizeof never / sizeof never[0]; i++) {
        cron_expr c = parse_ok(never[i]);
        long long n = 4242;
        if (cron_next(&c, utc(2026, 1, 1, 0, 0, 0), STOCKHOLM, &n) != CRON_NEVER)
            fail_msg("'%s' fired at %lld", never[i], n);
        assert_int_equal(n, 4242);
    }
    cron_expr c = parse_ok("0 0 29 2 *");
    long long n;
    assert_int_equal(cron_next(&c, utc(9996, 3, 1, 0, 0, 0), "UTC", &n), CRON_NEVER);
    assert_int_equal(cron_next(&c, utc(9996, 2, 28, 0, 0, 0), "UTC", &n), CRON_OK);
    assert_int_equal(n, utc(9996, 2, 29, 0, 0, 0));
    /* With day-of-week restricted too, 30 February still fires: on the Mondays of February. */
    assert_int_equal(next_ok("0 0 30 2 MON", utc(2026, 6, 10, 0, 0, 0), "UTC"),
                     utc(2027, 2, 1, 0, 0, 0));

    /* 31st: only the months that have one. */
    expect_times("0 0 31 * *", "UTC", utc(2026, 1, 1, 0, 0, 0), utc(2027, 1, 1, 0, 0, 0), 7,
                 utc(2026, 1, 31, 0, 0, 0), utc(2026, 3, 31, 0, 0, 0), utc(2026, 5, 31, 0, 0, 0),
                 utc(2026, 7, 31, 0, 0, 0), utc(2026, 8, 31, 0, 0, 0), utc(2026, 10, 31, 0, 0, 0),
                 utc(2026, 12, 31, 0, 0, 0));
    expect_times("0 6 30 * *", "UTC", utc(2026, 1, 1, 0, 0, 0), utc(2026, 5, 1, 0, 0, 0), 3,
                 utc(2026, 1, 30, 6, 0, 0), utc(2026, 3, 30, 6, 0, 0), utc(2026, 4, 30, 6, 0, 0));
}

/* The change days of Stockholm and Copenhagen (2026-03-29 and 2026-10-25, at 01:00 UTC). */
static void check_dst(const char *zone)
{
    long long spring = utc(2026, 3, 28, 23, 0, 0); /* 2026-03-29 00:00 CET */
    long long spring_end = utc(2026, 3, 29, 22, 0, 0);
    long long autumn = utc(2026, 10, 24, 22, 0, 0); /* 2026-10-25 00:00 CEST */
    long long autumn_end = utc(2026, 10, 25, 23, 0, 0);

    /* 02:30 every day: once on each change day. March: 02:30 does not exist, so at the end of
     * the gap, 03:00 CEST. October: at the first 02:30 (CEST), not the second. */
    expect_times("30 2 * * *", zone, utc(2026, 3, 27, 12, 0, 0), utc(2026, 3, 31, 0, 0, 0), 3,
                 utc(2026, 3, 28, 1, 30, 0), utc(2026, 3, 29, 1, 0, 0), utc(2026, 3, 30, 0, 30, 0));
    expect_times("30 2 * * *", zone, utc(2026, 10, 23, 12, 0, 0), utc(2026, 10, 27, 0, 0, 0), 3,
                 utc(2026, 10, 24, 0, 30, 0), utc(2026, 10, 25, 0, 30, 0),
                 utc(2026, 10, 26, 1, 30, 0));
    /* 03:00 exists once on both days. */
    expect_times("0 3 * * *", zone, spring, spring_end, 1, utc(2026, 3, 29, 1, 0, 0));
    expect_times("0 3 * * *", zone, autumn, autumn_end, 1, utc(2026, 10, 25, 2, 0, 0));
    /* 02:00 and 03:00 (two times of the job) both land on 03:00 CEST in March: once. */
    expect_times("0 2,3 * * *", zone, spring, spring_end, 1, utc(2026, 3, 29, 1, 0, 0));
    expect_times("30 2,3 * * *", zone, spring, spring_end, 2, utc(2026, 3, 29, 1, 0, 0),
                 utc(2026, 3, 29, 1, 30, 0));
    expect_times("0 2,3 * * *", zone, autumn, autumn_end, 2, utc(2026, 10, 25, 0, 0, 0),
                 utc(2026, 10, 25, 2, 0, 0));
    /* Every ten minutes in the 2 o'clock hour (hour fixed): once at 03:00 in March, the first
     * hour only in October. */
    expect_times("*/10 2 * * *", zone, spring, spring_end, 1, utc(2026, 3, 29, 1, 0, 0));
    list *l = occurrences("*/10 2 * * *", autumn, autumn_end, zone);
    assert_int_equal(l->n, 6);
    assert_int_equal(l->times[0], utc(2026, 10, 25, 0, 0, 0));
    assert_int_equal(l->times[5], utc(2026, 10, 25, 0, 50, 0));

    /* Hourly: one real hour apart across both changes, 23 runs in March, 25 in October. */
    l = occurrences("0 * * * *", spring, spring_end, zone);
    assert_int_equal(l->n, 23);
    for (int i = 0; i < l->n; i++)
        assert_int_equal(l->times[i], spring + i * 3600LL);
    l = occurrences("@hourly", autumn, autumn_end, zone);
    assert_int_equal(l->n, 25);
    for (int i = 0; i < l->n; i++)
        assert_int_equal(l->times[i], autumn + i * 3600LL);
    /* Every 15 minutes does not pause in October. */
    l = occurrences("*/15 * * * *", autumn, autumn_end, zone);
    assert_int_equal(l->n, 100);
    for (int i = 0; i < l->n; i++)
        assert_int_equal(l->times[i], autumn + i * 900LL);
    /* Half past every hour: the skipped 02:30 is not made up in March; both 02:30s in October. */
    l = occurrences("30 * * * *", spring, spring_end, zone);
    assert_int_equal(l->n, 23);
    assert_int_equal(l->times[1], utc(2026, 3, 29, 0, 30, 0)); /* 01:30 CET */
    assert_int_equal(l->times[2], utc(2026, 3, 29, 1, 30, 0)); /* 03:30 CEST */
    l = occurrences("30 * * * *", autumn, autumn_end, zone);
    assert_int_equal(l->n, 25);
    assert_int_equal(l->times[2], utc(2026, 10, 25, 0, 30, 0)); /* 02:30 CEST */
    assert_int_equal(l->times[3], utc(2026, 10, 25, 1, 30, 0)); /* 02:30 CET */

    /* Starting inside the changes. */
    assert_int_equal(next_ok("30 2 * * *", utc(2026, 3, 29, 0, 59, 59), zone),
                     utc(2026, 3, 29, 1, 0, 0));
    assert_int_equal(next_ok("30 2 * * *", utc(2026, 3, 29, 1, 0, 0), zone),
                     utc(2026, 3, 30, 0, 30, 0));
    assert_int_equal(next_ok("30 2 * * *", utc(2026, 10, 25, 0, 30, 0), zone),
                     utc(2026, 10, 26, 1, 30, 0));
    assert_int_equal(next_ok("30 2 * * *", utc(2026, 10, 25, 1, 10, 0), zone),
                     utc(2026, 10, 26, 1, 30, 0));
    assert_int_equal(next_ok("30 * * * *", utc(2026, 10, 25, 1, 10, 0), zone),
                     utc(2026, 10, 25, 1, 30, 0));
    assert_int_equal(next_ok("30 * * * *", utc(2026, 10, 25, 0, 59, 0), zone),
                     utc(2026, 10, 25, 1, 30, 0));
    assert_int_equal(next_ok("0 * * * *", utc(2026, 10, 25, 0, 59, 59), zone),
                     utc(2026, 10, 25, 1, 0, 0));
    assert_int_equal(next_ok("45 2 * * *", utc(2026, 10, 25, 0, 50, 0), zone),
                     utc(2026, 10, 26, 1, 45, 0));
    assert_int_equal(next_ok("45 2 * * *", utc(2026, 10, 25, 0, 40, 0), zone),
                     utc(2026, 10, 25, 0, 45, 0));
    /* Weekly on Sundays at 02:30: both change days are Sundays. */
    assert_int_equal(next_ok("30 2 * * SUN", utc(2026, 3, 23, 0, 0, 0), zone),
                     utc(2026, 3, 29, 1, 0, 0));
    assert_int_equal(next_ok("30 2 * * SUN", utc(2026, 10, 19, 0, 0, 0), zone),
                     utc(2026, 10, 25, 0, 30, 0));
}

static void test_dst_stockholm(void **state)
{
    (void)state;
    check_dst(STOCKHOLM);
}

static void test_dst_copenhagen(void **state)
{
    (void)state;
    check_dst(COPENHAGEN);
}

/* Changes at midnight (Santiago) and by half an hour (Lord Howe). */
static void test_dst_other_zones(void **state)
{
    (void)state;
    /* Santiago, 6 September 2026: 00:00-00:59 does not exist. The daily midnight job runs at
     * 01:00 -03 that day, which is still 6 September. */
    expect_times("0 0 * * *", "America/Santiago", utc(2026, 9, 4, 12, 0, 0),
                 utc(2026, 9, 7, 12, 0, 0), 3, utc(2026, 9, 5, 4, 0, 0), utc(2026, 9, 6, 4, 0, 0),
                 utc(2026, 9, 7, 3, 0, 0));
    /* Santiago, 4 April 2026: 23:00-23:59 happens twice; a job at 23:30 runs once. */
    expect_times("30 23 * * *", "America/Santiago", utc(2026, 4, 4, 12, 0, 0),
                 utc(2026, 4, 6, 12, 0, 0), 2, utc(2026, 4, 5, 2, 30, 0),
                 utc(2026, 4, 6, 3, 30, 0));
    list *l = occurrences("30 * * * *", utc(2026, 4, 5, 0, 0, 0), utc(2026, 4, 5, 6, 0, 0),
                          "America/Santiago");
    assert_int_equal(l->n, 6);
    for (int i = 0; i < l->n; i++)
        assert_int_equal(l->times[i], utc(2026, 4, 5, 0, 30, 0) + i * 3600LL);
    /* Lord Howe, 4 October 2026: 02:00-02:29 does not exist; 5 April: 01:30-01:59 twice. */
    expect_times("15 2 * * *", "Australia/Lord_Howe", utc(2026, 10, 3, 12, 0, 0),
                 utc(2026, 10, 4, 12, 0, 0), 1, utc(2026, 10, 3, 15, 30, 0));
    expect_times("45 1 * * *", "Australia/Lord_Howe", utc(2026, 4, 4, 12, 0, 0),
                 utc(2026, 4, 5, 12, 0, 0), 1, utc(2026, 4, 4, 14, 45, 0));
    l = occurrences("*/15 * * * *", utc(2026, 4, 4, 13, 0, 0), utc(2026, 4, 4, 17, 0, 0),
                    "Australia/Lord_Howe");
    assert_int_equal(l->n, 16);
    for (int i = 0; i < l->n; i++)
        assert_int_equal(l->times[i], utc(2026, 4, 4, 13, 0, 0) + i * 900LL);
    /* Clocks that go back across midnight: the end of the previous date happens again after
     * the new date has begun. St John's, 25 October 1987: 00:00:59 NDT -> 23:01 NST on the 24th;
     * Casey, 5 March 2010: 01:59:59 (+11) -> 23:00 (+8) on the 4th. */
    assert_int_equal(next_ok("30 * * * *", utc(1987, 10, 25, 2, 30, 30), "America/St_Johns"),
                     utc(1987, 10, 25, 3, 0, 0)); /* 23:30 NST on the 24th */
    assert_int_equal(next_ok("0 * * * *", utc(2010, 3, 4, 14, 30, 0), "Antarctica/Casey"),
                     utc(2010, 3, 4, 15, 0, 0)); /* 23:00 (+8) on the 4th */
    /* ... while the new date's first hours come before the old date's repeated ones. */
    assert_int_equal(next_ok("0,30 * * * *", utc(1987, 10, 25, 2, 29, 0), "America/St_Johns"),
                     utc(1987, 10, 25, 2, 30, 0)); /* 00:00 NDT on the 25th */
    assert_int_equal(next_ok("0 * * * *", utc(2010, 3, 4, 13, 30, 0), "Antarctica/Casey"),
                     utc(2010, 3, 4, 14, 0, 0)); /* 01:00 (+11) on the 5th */
    assert_int_equal(next_ok("0 * * * *", utc(2010, 3, 4, 11, 30, 0), "Antarctica/Casey"),
                     utc(2010, 3, 4, 12, 0, 0)); /* 23:00 (+11) on the 4th */
    l = occurrences("0 * * * *", utc(2010, 3, 4, 10, 0, 0), utc(2010, 3, 4, 20, 0, 0),
                    "Antarctica/Casey");
    assert_int_equal(l->n, 10);
    for (int i = 0; i < l->n; i++)
        assert_int_equal(l->times[i], utc(2010, 3, 4, 10, 0, 0) + i * 3600LL);
    assert_int_equal(next_ok("0 1 * * *", utc(2010, 3, 4, 14, 30, 0), "Antarctica/Casey"),
                     utc(2010, 3, 5, 17, 0, 0)); /* 01:00 on the 5th has passed: the 6th */
    /* New York: 02:30 daily. */
    expect_times("30 2 * * *", "America/New_York", utc(2026, 3, 8, 0, 0, 0),
                 utc(2026, 3, 9, 0, 0, 0), 1, utc(2026, 3, 8, 7, 0, 0));
    expect_times("30 1 * * *", "America/New_York", utc(2026, 11, 1, 0, 0, 0),
                 utc(2026, 11, 2, 0, 0, 0), 1, utc(2026, 11, 1, 5, 30, 0));
}

/* Away from changes, a time fires exactly when its local wall time matches: checked minute by
 * minute against cron_matches for assorted expressions over weeks of 2026. */
static void test_against_brute_force(void **state)
{
    (void)state;
    static const char *const exprs[] = {
        "*/7 3-5 1,15 */2 MON", "0 0 13 * FRI",    "15,45 */6 * * 1-5",
        "0 12 * JAN,JUL *",     "59 23 28-31 * *",
    };
    static const char *const zones[] = {STOCKHOLM, COPENHAGEN, "UTC", "Asia/Kathmandu"};
    long long from = utc(2026, 4, 1, 0, 0, 0), to = utc(2026, 9, 1, 0, 0, 0);
    for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
        tz_window w;
        for (size_t e = 0; e < sizeof exprs / sizeof exprs[0]; e++) {
            cron_expr c = parse_ok(exprs[e]);
            long long after = from - 1, next = 0;
            assert_int_equal(cron_next(&c, after, zones[z], &next), CRON_OK);
            w.count = 0;
            for (long long t = from; t < to; t += 60) {
                if (w.count == 0 || t >= w.to)
                    assert_int_equal(tz_window_load(zones[z], t, t + 30 * 86400LL, &w), TZ_OK);
                tz_civil l;
                assert_int_equal(tz_window_local(&w, t, &l), TZ_OK);
                int match = cron_matches(&c, l.year, l.month, l.day, l.hour, l.min);
                if (match != (t == next))
                    fail_msg("'%s' in %s at %lld: matches %d, next fire time %lld", exprs[e],
                             zones[z], t, match, next);
                if (match)
                    assert_int_equal(cron_next(&c, t, zones[z], &next), CRON_OK);
            }
        }
    }
}

/* cron_each: the walk stops when told, and covers [from, to). */
static int stop_after_three(long long when, void *ud)
{
    (void)when;
    return ++*(int *)ud == 3;
}

static void test_each(void **state)
{
    (void)state;
    cron_expr c = parse_ok("0 * * * *");
    int calls = 0;
    assert_int_equal(cron_each(&c, 0, 86400 * 10, "UTC", stop_after_three, &calls), CRON_OK);
    assert_int_equal(calls, 3);
    /* from is included, to is not. */
    expect_times("0 * * * *", "UTC", 3600, 4 * 3600, 3, 3600LL, 7200LL, 10800LL);
    expect_times("0 * * * *", "UTC", 3601, 4 * 3600 + 1, 3, 7200LL, 10800LL, 14400LL);
    expect_times("0 * * * *", "UTC", 3600, 3600, 0);
    expect_times("0 * * * *", "UTC", 7200, 3600, 0);
    expect_times("0 0 30 2 *", "UTC", 0, 86400LL * 365 * 20, 0);
    /* A year of a daily job, in both zones, agrees with cron_next step by step. */
    list *l =
        occurrences("30 2 * * *", utc(2026, 1, 1, 0, 0, 0), utc(2027, 1, 1, 0, 0, 0), STOCKHOLM);
    assert_int_equal(l->n, 365);
    l = occurrences("0 9-17 * * MON-FRI", utc(2026, 1, 1, 0, 0, 0), utc(2026, 6, 1, 0, 0, 0),
                    COPENHAGEN);
    assert_int_equal(l->n, 107 * 9);
    calls = 0;
    assert_int_equal(cron_each(&c, 0, 3600 * 5, "No/Such_Zone", stop_after_three, &calls),
                     CRON_EZONE);
    assert_int_equal(cron_each(&c, -(1LL << 62), 0, "UTC", stop_after_three, &calls), CRON_ERANGE);
    assert_int_equal(calls, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_parse_fields),
        cmocka_unit_test(test_macros),
        cmocka_unit_test(test_day_semantics),
        cmocka_unit_test(test_next_basics),
        cmocka_unit_test(test_leap_day_and_month_ends),
        cmocka_unit_test(test_dst_stockholm),
        cmocka_unit_test(test_dst_copenhagen),
        cmocka_unit_test(test_dst_other_zones),
        cmocka_unit_test(test_against_brute_force),
        cmocka_unit_test(test_each),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
