/* Unit tests of core/time/civil.c: leap years, month lengths, day numbers and weekdays of the
 * proleptic Gregorian calendar, checked against known dates, the C library's timegm, and a round
 * trip over every day of some 15 000 years. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>
#include <time.h>

#include "time/civil.h"

static void test_leap_years_and_month_lengths(void **state)
{
    (void)state;
    assert_true(civil_is_leap(2000));  /* a century divisible by 400 */
    assert_false(civil_is_leap(1900)); /* a century that is not */
    assert_false(civil_is_leap(2100));
    assert_true(civil_is_leap(2024));
    assert_false(civil_is_leap(2023));
    assert_true(civil_is_leap(0)); /* 1 BC, proleptic */
    assert_true(civil_is_leap(-4));
    assert_false(civil_is_leap(-100));
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; m++)
        assert_int_equal(civil_days_in_month(2019, m), dim[m - 1]);
    assert_int_equal(civil_days_in_month(2020, 2), 29);
    assert_int_equal(civil_days_in_month(1900, 2), 28);
    assert_int_equal(civil_days_in_month(2019, 0), 0);
    assert_int_equal(civil_days_in_month(2019, 13), 0);
}

static void test_known_dates(void **state)
{
    (void)state;
    assert_int_equal(civil_to_days(1970, 1, 1), 0);
    assert_int_equal(civil_to_days(1969, 12, 31), -1);
    assert_int_equal(civil_to_days(2019, 10, 1), 18170);
    assert_int_equal(civil_to_days(2000, 3, 1), 11017);
    assert_int_equal(civil_to_days(1, 1, 1), -719162);
    assert_int_equal(civil_to_days(9999, 12, 31), 2932896);
    /* past the month's end counts on into the next month */
    assert_int_equal(civil_to_days(2019, 4, 31), civil_to_days(2019, 5, 1));
    int y, m, d;
    civil_from_days(-719162, &y, &m, &d);
    assert_int_equal(y * 10000 + m * 100 + d, 10101);
    civil_from_days(11016, &y, &m, &d);
    assert_int_equal(y * 10000 + m * 100 + d, 20000229);
    /* weekdays: 0 = Sunday */
    assert_int_equal(civil_weekday(0), 4);                          /* Thursday 1970-01-01 */
    assert_int_equal(civil_weekday(-1), 3);                         /* Wednesday */
    assert_int_equal(civil_weekday(civil_to_days(2000, 1, 1)), 6);  /* Saturday */
    assert_int_equal(civil_weekday(civil_to_days(2019, 10, 1)), 2); /* Tuesday */
    assert_int_equal(civil_weekday(civil_to_days(1, 1, 1)), 1);     /* Monday, proleptic */
    assert_int_equal(civil_weekday(civil_to_days(-1000, 3, 1)),
                     6); /* as 1800-03-01 (400-year cycles) */
}

/* Every day from 1900 to 2100 agrees with the C library's timegm. */
static void test_agrees_with_timegm(void **state)
{
    (void)state;
    for (long long days = civil_to_days(1900, 1, 1); days <= civil_to_days(2100, 12, 31); days++) {
        int y, m, d;
        civil_from_days(days, &y, &m, &d);
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        tm.tm_year = y - 1900;
        tm.tm_mon = m - 1;
        tm.tm_mday = d;
        time_t t = timegm(&tm);
        if ((long long)t != days * 86400 || tm.tm_wday != civil_weekday(days))
            fail_msg("%04d-%02d-%02d: day %lld, timegm %lld, weekday %d vs %d", y, m, d, days,
                     (long long)t / 86400, civil_weekday(days), tm.tm_wday);
    }
}

/* Every day of the years -4000 to 11000: from_days then to_days gives the day back, each date is
 * valid, each day follows the one before it in the calendar, and the weekday turns by one. */
static void test_round_trip_every_day(void **state)
{
    (void)state;
    long long first = civil_to_days(-4000, 1, 1), last = civil_to_days(11000, 12, 31);
    int py, pm, pd;
    civil_from_days(first - 1, &py, &pm, &pd);
    assert_true(py == -4001 && pm == 12 && pd == 31);
    for (long long days = first; days <= last; days++) {
        int y, m, d;
        civil_from_days(days, &y, &m, &d);
        int next_ok = (y == py && m == pm && d == pd + 1) ||
            (y == py && m == pm + 1 && d == 1 && pd == civil_days_in_month(py, pm)) ||
            (y == py + 1 && m == 1 && d == 1 && pm == 12 && pd == 31);
        if (civil_to_days(y, m, d) != days || !next_ok || d > civil_days_in_month(y, m) ||
            civil_weekday(days) != (civil_weekday(days - 1) + 1) % 7)
            fail_msg("day %lld: %d-%02d-%02d after %d-%02d-%02d", days, y, m, d, py, pm, pd);
        py = y, pm = m, pd = d;
    }
    /* 15001 years; leap years: 3751 multiples of 4, less 151 centuries, plus 38 multiples of 400 */
    assert_int_equal(last - first + 1, 15001LL * 365 + 3751 - 151 + 38);
}

/* Far from today: the first of each month of years a million apart still comes back. */
static void test_round_trip_far_years(void **state)
{
    (void)state;
    for (int y = -1000000; y <= 1000000; y += 9973) {
        for (int m = 1; m <= 12; m++) {
            int yy, mm, dd;
            civil_from_days(civil_to_days(y, m, 1), &yy, &mm, &dd);
            if (yy != y || mm != m || dd != 1)
                fail_msg("%d-%02d-01 came back as %d-%02d-%02d", y, m, yy, mm, dd);
        }
    }
}

/* Moved here from test_tz.c with the functions: the calendar of the DST rules' dates, and a
 * round trip over every day of the years 1 to 9999. */
static void test_calendar(void **state)
{
    (void)state;
    assert_true(civil_is_leap(2000));
    assert_false(civil_is_leap(1900));
    assert_false(civil_is_leap(2100));
    assert_true(civil_is_leap(2024));
    assert_true(civil_is_leap(2028));
    assert_false(civil_is_leap(2026));
    assert_int_equal(civil_days_in_month(2026, 2), 28);
    assert_int_equal(civil_days_in_month(2028, 2), 29);
    assert_int_equal(civil_days_in_month(2100, 2), 28);
    assert_int_equal(civil_days_in_month(2000, 2), 29);
    assert_int_equal(civil_days_in_month(2026, 4), 30);
    assert_int_equal(civil_days_in_month(2026, 12), 31);
    assert_int_equal(civil_days_in_month(2026, 0), 0);
    assert_int_equal(civil_days_in_month(2026, 13), 0);
    assert_int_equal(civil_to_days(1970, 1, 1), 0);
    assert_int_equal(civil_to_days(1969, 12, 31), -1);
    assert_int_equal(civil_to_days(2000, 3, 1), 11017);
    assert_int_equal(civil_to_days(1, 1, 1), -719162);
    assert_int_equal(civil_weekday(0), 4);                          /* a Thursday */
    assert_int_equal(civil_weekday(-1), 3);                         /* a Wednesday */
    assert_int_equal(civil_weekday(civil_to_days(2026, 3, 29)), 0); /* last Sunday of March */
    assert_int_equal(civil_weekday(civil_to_days(2026, 10, 25)), 0);
    assert_int_equal(civil_weekday(civil_to_days(2026, 3, 13)), 5); /* a Friday the 13th */
    assert_int_equal(civil_weekday(civil_to_days(1, 1, 1)), 1);     /* proleptic: a Monday */

    /* civil_from_days inverts days_from_civil, day by day from year 1 to 9999, and the weekday
     * advances by one each day. */
    int y = 1, m = 1, d = 1;
    for (long long days = civil_to_days(1, 1, 1); days <= civil_to_days(9999, 12, 31); days++) {
        int yy, mm, dd;
        civil_from_days(days, &yy, &mm, &dd);
        if (yy != y || mm != m || dd != d)
            fail_msg("day %lld: got %d-%d-%d, expected %d-%d-%d", days, yy, mm, dd, y, m, d);
        if (civil_to_days(y, m, d) != days)
            fail_msg("days_from_civil(%d-%d-%d) != %lld", y, m, d, days);
        assert_int_equal(civil_weekday(days + 1), (civil_weekday(days) + 1) % 7);
        if (++d > civil_days_in_month(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_leap_years_and_month_lengths),
        cmocka_unit_test(test_known_dates),
        cmocka_unit_test(test_agrees_with_timegm),
        cmocka_unit_test(test_round_trip_every_day),
        cmocka_unit_test(test_round_trip_far_years),
        cmocka_unit_test(test_calendar),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
