/* Unit tests of core/time/clock.c: parsing of --now / STYR_NOW values, the fixed and the real
 * clock, the monotonic clock, and the UTC timestamp format. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "time/clock.h"

#define SENTINEL ((time_t)-4242)

/* Parses s and returns the result, failing the test when s is refused. */
static time_t parse_ok(const char *s)
{
    time_t t = SENTINEL;
    if (clock_parse(s, &t) != 0)
        fail_msg("clock_parse refused '%s'", s);
    return t;
}

static void test_parse_dates(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("1970-01-01"), 0);
    assert_int_equal(parse_ok("1970-01-02"), 86400);
    assert_int_equal(parse_ok("2019-10-01"), 1569888000);
    assert_int_equal(parse_ok("2000-02-29"), 951782400); /* divisible by 400: a leap year */
    assert_int_equal(parse_ok("2024-02-29"), 1709164800);
    assert_int_equal(parse_ok("2020-12-31"), 1609372800);
    assert_int_equal(parse_ok("9999-12-31"), 253402214400LL);
}

static void test_parse_times(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("1970-01-01T00:00:00Z"), 0);
    assert_int_equal(parse_ok("2019-10-01T00:00:00Z"), parse_ok("2019-10-01"));
    assert_int_equal(parse_ok("2019-10-01T12:34:56Z"), 1569888000 + 12 * 3600 + 34 * 60 + 56);
    assert_int_equal(parse_ok("2019-12-31T23:59:59Z"), 1577836799);
    assert_int_equal(parse_ok("9999-12-31T23:59:59Z"), 253402300799LL);
}

/* Every day from 1970 to 2400 (leap rules of 4, 100 and 400 years) agrees with the C library's
 * timegm, and a date is the midnight of its own date-time form. */
static void test_parse_agrees_with_timegm(void **state)
{
    (void)state;
    struct tm tm = {.tm_year = 70, .tm_mon = 0, .tm_mday = 1};
    time_t expect = timegm(&tm);
    int days = 0;
    while (1) {
        struct tm *g = gmtime(&expect);
        assert_non_null(g);
        if (g->tm_year + 1900 > 2400)
            break;
        char date[64], datetime[96];
        snprintf(date, sizeof date, "%04d-%02d-%02d", g->tm_year + 1900, g->tm_mon + 1, g->tm_mday);
        snprintf(datetime, sizeof datetime, "%sT07:08:09Z", date);
        if (parse_ok(date) != expect)
            fail_msg("%s: got %lld, expected %lld", date, (long long)parse_ok(date),
                     (long long)expect);
        assert_int_equal(parse_ok(datetime), expect + 7 * 3600 + 8 * 60 + 9);
        expect += 86400;
        days++;
    }
    assert_int_equal(days, 157420); /* 1970-01-01 .. 2400-12-31 */
}

static void test_parse_rejects_malformed(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "",
        "2019",
        "2019-10",
        "2019-10-1",
        "2019-1-01",
        "19-10-01",
        "20191001",
        "2019/10/01",
        "2019.10.01",
        "2019-10-01 ",
        " 2019-10-01",
        "2019-10-01\n",
        "2019-10-0x",
        "abcd-ef-gh",
        /* blanks and signs inside a field that a bare sscanf would accept */
        " 2019-1-01",
        "2019- 1-01",
        "2019-+1-01",
        "2019-1 -01",
        "2019-01-+1",
        "+019-10-01",
        "-019-10-01",
        "2019-10-01T+1:00:00Z",
        "2019-10-01T 1:00:00Z",
        "2019-10-01T01:+0:00Z",
        "2019-10-01T01:00: 0Z",
        /* wrong date-time shapes */
        "2019-10-01T12:00:00",
        "2019-10-01T12:00:00z",
        "2019-10-01t12:00:00Z",
        "2019-10-01 12:00:00Z",
        "2019-10-01T12:00Z",
        "2019-10-01T12:00:00.5Z",
        "2019-10-01T12:00:00+01:00",
        "2019-10-01T12:00:00ZZ",
        "2019-10-01T",
        "2019-10-01Z",
        /* out of range */
        "2019-00-10",
        "2019-13-01",
        "2019-10-00",
        "2019-10-32",
        "2019-04-31",
        "2019-02-29", /* not a leap year */
        "2100-02-29", /* divisible by 100: not a leap year */
        "1969-12-31", /* before the epoch */
        "0000-01-01",
        "2019-10-01T24:00:00Z",
        "2019-10-01T23:60:00Z",
        "2019-10-01T23:59:60Z",
        "2019-10-01T99:99:99Z",
        /* other forms of "now" that are not accepted */
        "now",
        "today",
        "1569888000",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        time_t t = SENTINEL;
        if (clock_parse(bad[i], &t) != -1)
            fail_msg("clock_parse accepted '%s' as %lld", bad[i], (long long)t);
        if (t != SENTINEL)
            fail_msg("clock_parse wrote the output for the refused '%s'", bad[i]);
    }
}

static void test_format(void **state)
{
    (void)state;
    char buf[21]; /* the documented minimum: 20 characters and the terminator */
    clock_format(0, buf, sizeof buf);
    assert_string_equal(buf, "1970-01-01T00:00:00Z");
    clock_format(1569888000 + 12 * 3600 + 34 * 60 + 56, buf, sizeof buf);
    assert_string_equal(buf, "2019-10-01T12:34:56Z");
    clock_format(951782400 + 86399, buf, sizeof buf);
    assert_string_equal(buf, "2000-02-29T23:59:59Z");
    clock_format(253402300799LL, buf, sizeof buf);
    assert_string_equal(buf, "9999-12-31T23:59:59Z");
}

/* Whatever clock_format writes, clock_parse reads back to the same instant. */
static void test_format_parse_round_trip(void **state)
{
    (void)state;
    for (time_t t = 0; t < 253402300799LL; t += 7777777) {
        char buf[21];
        clock_format(t, buf, sizeof buf);
        assert_int_equal(strlen(buf), 20);
        assert_int_equal(parse_ok(buf), t);
    }
}

static int clear_env(void **state)
{
    (void)state;
    unsetenv("STYR_NOW");
    return 0;
}

static void test_now_fixed(void **state)
{
    (void)state;
    char err[256] = "";
    time_t t = SENTINEL;
    assert_int_equal(setenv("STYR_NOW", "2019-10-01", 1), 0);
    assert_int_equal(clock_now(&t, err, sizeof err), 0);
    assert_int_equal(t, 1569888000);
    assert_string_equal(err, "");

    assert_int_equal(setenv("STYR_NOW", "2019-10-01T08:00:00Z", 1), 0);
    assert_int_equal(clock_now(&t, err, sizeof err), 0);
    assert_int_equal(t, 1569888000 + 8 * 3600);
}

static void test_now_malformed(void **state)
{
    (void)state;
    char err[256] = "";
    time_t t = SENTINEL;
    assert_int_equal(setenv("STYR_NOW", "2019-13-01", 1), 0);
    assert_int_equal(clock_now(&t, err, sizeof err), -1);
    assert_non_null(strstr(err, "STYR_NOW/--now"));
    assert_non_null(strstr(err, "'2019-13-01'"));
    assert_non_null(strstr(err, "YYYY-MM-DD"));

    assert_int_equal(setenv("STYR_NOW", "2019-+1-01", 1), 0);
    assert_int_equal(clock_now(&t, err, sizeof err), -1);
    assert_non_null(strstr(err, "'2019-+1-01'"));

    /* A small buffer is filled, terminated and not overrun. */
    char small[8];
    memset(small, 'x', sizeof small);
    assert_int_equal(clock_now(&t, small, 5), -1);
    assert_int_equal(strlen(small), 4);
    assert_int_equal(small[5], 'x');
}

/* Unset or empty STYR_NOW: the real clock. */
static void test_now_real(void **state)
{
    (void)state;
    char err[64];
    time_t t = SENTINEL;
    time_t before = time(NULL);
    assert_int_equal(clock_now(&t, err, sizeof err), 0);
    time_t after = time(NULL);
    assert_in_range(t, before, after);

    assert_int_equal(setenv("STYR_NOW", "", 1), 0);
    t = SENTINEL;
    before = time(NULL);
    assert_int_equal(clock_now(&t, err, sizeof err), 0);
    after = time(NULL);
    assert_in_range(t, before, after);
}

/* The monotonic clock never goes back, ignores --now, and measures a sleep. */
static void test_monotonic(void **state)
{
    (void)state;
    assert_int_equal(setenv("STYR_NOW", "2019-10-01", 1), 0);
    int64_t a = clock_monotonic_ns();
    assert_true(a > 0);
    for (int i = 0; i < 1000; i++) {
        int64_t b = clock_monotonic_ns();
        assert_true(b >= a);
        a = b;
    }
    struct timespec pause = {0, 20 * 1000000};
    assert_int_equal(nanosleep(&pause, NULL), 0);
    int64_t waited = clock_monotonic_ns() - a;
    assert_in_range(waited, 20 * 1000000, 5 * 1000000000LL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_dates),
        cmocka_unit_test(test_parse_times),
        cmocka_unit_test(test_parse_agrees_with_timegm),
        cmocka_unit_test(test_parse_rejects_malformed),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_format_parse_round_trip),
        cmocka_unit_test_setup_teardown(test_now_fixed, clear_env, clear_env),
        cmocka_unit_test_setup_teardown(test_now_malformed, clear_env, clear_env),
        cmocka_unit_test_setup_teardown(test_now_real, clear_env, clear_env),
        cmocka_unit_test_setup_teardown(test_monotonic, clear_env, clear_env),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
