/* Unit tests of core/time/tz.c: zone names, UTC <-> local civil time across DST changes (gaps and
 * repeated hours), round trips, offset windows, and that TZ is put back. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "time/civil.h"
#include "time/tz.h"

#define STOCKHOLM "Europe/Stockholm"
#define COPENHAGEN "Europe/Copenhagen"

/* Epoch seconds of a UTC date and time. */
static long long utc(int y, int mo, int d, int h, int mi, int s)
{
    return civil_to_days(y, mo, d) * 86400 + h * 3600LL + mi * 60LL + s;
}

static tz_civil civil(int y, int mo, int d, int h, int mi, int s)
{
    tz_civil c = {.year = y, .month = mo, .day = d, .hour = h, .min = mi, .sec = s};
    return c;
}

static long long from_local_ok(const char *zone, int y, int mo, int d, int h, int mi, int s)
{
    tz_civil c = civil(y, mo, d, h, mi, s);
    long long e = -1;
    int rc = tz_from_local(&c, zone, &e);
    if (rc != TZ_OK)
        fail_msg("tz_from_local(%04d-%02d-%02d %02d:%02d:%02d, %s) returned %d", y, mo, d, h, mi, s,
                 zone, rc);
    return e;
}

static tz_resolved resolve_ok(const char *zone, int y, int mo, int d, int h, int mi, int s)
{
    tz_civil c = civil(y, mo, d, h, mi, s);
    tz_resolved r;
    int rc = tz_resolve(&c, zone, &r);
    if (rc != TZ_OK)
        fail_msg("tz_resolve(%04d-%02d-%02d %02d:%02d:%02d, %s) returned %d", y, mo, d, h, mi, s,
                 zone, rc);
    return r;
}

static tz_civil to_local_ok(long long epoch, const char *zone)
{
    tz_civil c;
    memset(&c, 0x5a, sizeof c);
    int rc = tz_to_local(epoch, zone, &c);
    if (rc != TZ_OK)
        fail_msg("tz_to_local(%lld, %s) returned %d", epoch, zone, rc);
    return c;
}

/* Fails unless c shows the given local time, offset and DST flag. */
static void expect_local(tz_civil c, int y, int mo, int d, int h, int mi, int s, int offset,
                         int is_dst)
{
    if (c.year != y || c.month != mo || c.day != d || c.hour != h || c.min != mi || c.sec != s ||
        c.utc_offset != offset || c.is_dst != is_dst)
        fail_msg("got %04d-%02d-%02d %02d:%02d:%02d offset %d dst %d, expected %04d-%02d-%02d "
                 "%02d:%02d:%02d offset %d dst %d",
                 c.year, c.month, c.day, c.hour, c.min, c.sec, c.utc_offset, c.is_dst, y, mo, d, h,
                 mi, s, offset, is_dst);
}

static void test_valid(void **state)
{
    (void)state;
    static const char *const good[] = {
        STOCKHOLM,
        COPENHAGEN,
        "UTC",
        "Etc/UTC",
        "America/New_York",
        "Etc/GMT+5",
        "Australia/Lord_Howe",
        "America/Argentina/Buenos_Aires",
        "GMT-0",
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        if (!tz_valid(good[i]))
            fail_msg("tz_valid refused '%s'", good[i]);
    char long_name[400];
    memset(long_name, 'A', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    static const char *const bad[] = {
        "",
        "/usr/share/zoneinfo/UTC",
        "/etc/passwd",
        "../zoneinfo/UTC",
        "Europe/../UTC",
        "Europe/./Stockholm",
        "..",
        "Europe",  /* a folder */
        "Europe/", /* trailing slash */
        "Europe//Stockholm",
        "zone.tab",  /* a text file of the database */
        "tzdata.zi", /* ditto */
        "Mars/Olympus_Mons",
        "right/UTC", /* counts leap seconds */
        "Europe/Stockholm ",
        " Europe/Stockholm",
        "Europe/Stockholm\n",
        ":Europe/Stockholm",
        "Europe\\Stockholm",
        "CET-1CEST,M3.5.0,M10.5.0/3", /* a POSIX TZ rule, not a zone name */
        "europe/stockholm",           /* names are case-sensitive */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (tz_valid(bad[i]))
            fail_msg("tz_valid accepted '%s'", bad[i]);
    assert_false(tz_valid(long_name));
    assert_false(tz_valid(NULL));
}

static void test_to_local(void **state)
{
    (void)state;
    tz_civil c = to_local_ok(0, "UTC");
    expect_local(c, 1970, 1, 1, 0, 0, 0, 0, 0);
    assert_int_equal(c.wday, 4);
    assert_int_equal(c.yday, 1);

    c = to_local_ok(utc(2026, 1, 15, 11, 22, 33), STOCKHOLM);
    expect_local(c, 2026, 1, 15, 12, 22, 33, 3600, 0);
    assert_int_equal(c.wday, 4);
    assert_int_equal(c.yday, 15);

    c = to_local_ok(utc(2026, 7, 1, 22, 30, 0), COPENHAGEN);
    expect_local(c, 2026, 7, 2, 0, 30, 0, 7200, 1);
    assert_int_equal(c.yday, 183);

    c = to_local_ok(utc(2028, 12, 31, 23, 0, 0), STOCKHOLM);
    expect_local(c, 2029, 1, 1, 0, 0, 0, 3600, 0);
    assert_int_equal(c.yday, 1);
    c = to_local_ok(utc(2028, 12, 31, 22, 59, 59), STOCKHOLM);
    assert_int_equal(c.yday, 366);

    c = to_local_ok(utc(2026, 1, 15, 12, 0, 0), "America/New_York");
    expect_local(c, 2026, 1, 15, 7, 0, 0, -5 * 3600, 0);
    c = to_local_ok(utc(2026, 1, 15, 12, 0, 0), "Asia/Kathmandu");
    expect_local(c, 2026, 1, 15, 17, 45, 0, 5 * 3600 + 45 * 60, 0);

    /* The ends of the supported years, and beyond. */
    c = to_local_ok(utc(1, 1, 1, 0, 0, 0), "UTC");
    expect_local(c, 1, 1, 1, 0, 0, 0, 0, 0);
    c = to_local_ok(utc(9999, 12, 31, 23, 59, 59), "UTC");
    expect_local(c, 9999, 12, 31, 23, 59, 59, 0, 0);
    tz_civil untouched;
    memset(&untouched, 0x5a, sizeof untouched);
    tz_civil out = untouched;
    assert_int_equal(tz_to_local(utc(9999, 12, 31, 23, 59, 59) + 1, "UTC", &out), TZ_ERANGE);
    assert_int_equal(tz_to_local(utc(1, 1, 1, 0, 0, 0) - 1, "UTC", &out), TZ_ERANGE);
    assert_int_equal(tz_to_local(utc(9999, 12, 31, 23, 0, 0), STOCKHOLM, &out), TZ_ERANGE);
    assert_int_equal(tz_to_local(0, "Mars/Olympus_Mons", &out), TZ_EZONE);
    assert_int_equal(tz_to_local(1LL << 62, "Mars/Olympus_Mons", &out), TZ_EZONE);
    assert_memory_equal(&out, &untouched, sizeof out);
}

/* Both zones change at 01:00 UTC on the last Sundays of March and October. */
static void check_transitions(const char *zone)
{
    /* Spring: 01:59:59 CET is followed by 03:00:00 CEST. */
    expect_local(to_local_ok(utc(2026, 3, 29, 0, 59, 59), zone), 2026, 3, 29, 1, 59, 59, 3600, 0);
    expect_local(to_local_ok(utc(2026, 3, 29, 1, 0, 0), zone), 2026, 3, 29, 3, 0, 0, 7200, 1);
    /* Autumn: 02:59:59 CEST is followed by 02:00:00 CET. */
    expect_local(to_local_ok(utc(2026, 10, 25, 0, 59, 59), zone), 2026, 10, 25, 2, 59, 59, 7200, 1);
    expect_local(to_local_ok(utc(2026, 10, 25, 1, 0, 0), zone), 2026, 10, 25, 2, 0, 0, 3600, 0);
    expect_local(to_local_ok(utc(2026, 10, 25, 0, 30, 0), zone), 2026, 10, 25, 2, 30, 0, 7200, 1);
    expect_local(to_local_ok(utc(2026, 10, 25, 1, 30, 0), zone), 2026, 10, 25, 2, 30, 0, 3600, 0);
}

static void test_to_local_transitions(void **state)
{
    (void)state;
    check_transitions(STOCKHOLM);
    check_transitions(COPENHAGEN);
}

/* 02:00-02:59 on 2026-03-29 does not exist: shifted forward by the hour (02:30 -> 03:30 CEST). */
static void check_gap(const char *zone)
{
    assert_int_equal(from_local_ok(zone, 2026, 3, 29, 2, 30, 0), utc(2026, 3, 29, 1, 30, 0));
    assert_int_equal(from_local_ok(zone, 2026, 3, 29, 2, 0, 0), utc(2026, 3, 29, 1, 0, 0));
    assert_int_equal(from_local_ok(zone, 2026, 3, 29, 2, 59, 59), utc(2026, 3, 29, 1, 59, 59));
    tz_resolved r = resolve_ok(zone, 2026, 3, 29, 2, 30, 0);
    assert_int_equal(r.kind, TZ_GAP);
    assert_int_equal(r.first, utc(2026, 3, 29, 1, 0, 0)); /* the gap ends: 03:00 CEST */
    assert_int_equal(r.second, utc(2026, 3, 29, 1, 30, 0));
    /* The times around the gap exist once. */
    r = resolve_ok(zone, 2026, 3, 29, 1, 59, 59);
    assert_int_equal(r.kind, TZ_UNIQUE);
    assert_int_equal(r.first, utc(2026, 3, 29, 0, 59, 59));
    assert_int_equal(r.second, r.first);
    r = resolve_ok(zone, 2026, 3, 29, 3, 0, 0);
    assert_int_equal(r.kind, TZ_UNIQUE);
    assert_int_equal(r.first, utc(2026, 3, 29, 1, 0, 0));
    /* Converting the shifted instant back shows the time after the gap. */
    expect_local(to_local_ok(from_local_ok(zone, 2026, 3, 29, 2, 30, 0), zone), 2026, 3, 29, 3, 30,
                 0, 7200, 1);
}

/* 02:00-02:59 on 2026-10-25 happens twice: the first occurrence (CEST). */
static void check_ambiguous(const char *zone)
{
    assert_int_equal(from_local_ok(zone, 2026, 10, 25, 2, 30, 0), utc(2026, 10, 25, 0, 30, 0));
    assert_int_equal(from_local_ok(zone, 2026, 10, 25, 2, 0, 0), utc(2026, 10, 25, 0, 0, 0));
    assert_int_equal(from_local_ok(zone, 2026, 10, 25, 2, 59, 59), utc(2026, 10, 25, 0, 59, 59));
    tz_resolved r = resolve_ok(zone, 2026, 10, 25, 2, 30, 0);
    assert_int_equal(r.kind, TZ_AMBIGUOUS);
    assert_int_equal(r.first, utc(2026, 10, 25, 0, 30, 0));
    assert_int_equal(r.second, utc(2026, 10, 25, 1, 30, 0));
    r = resolve_ok(zone, 2026, 10, 25, 1, 59, 59);
    assert_int_equal(r.kind, TZ_UNIQUE);
    assert_int_equal(r.first, utc(2026, 10, 24, 23, 59, 59));
    r = resolve_ok(zone, 2026, 10, 25, 3, 0, 0);
    assert_int_equal(r.kind, TZ_UNIQUE);
    assert_int_equal(r.first, utc(2026, 10, 25, 2, 0, 0));
}

static void test_from_local_gap_and_overlap(void **state)
{
    (void)state;
    check_gap(STOCKHOLM);
    check_gap(COPENHAGEN);
    check_ambiguous(STOCKHOLM);
    check_ambiguous(COPENHAGEN);
}

/* Other shapes of change: at midnight (Santiago), by half an hour (Lord Howe), other rules. */
static void test_from_local_other_zones(void **state)
{
    (void)state;
    /* New York: 02:00 EST -> 03:00 EDT on 8 March, 02:00 EDT -> 01:00 EST on 1 November. */
    tz_resolved r = resolve_ok("America/New_York", 2026, 3, 8, 2, 30, 0);
    assert_int_equal(r.kind, TZ_GAP);
    assert_int_equal(r.first, utc(2026, 3, 8, 7, 0, 0));
    assert_int_equal(r.second, utc(2026, 3, 8, 7, 30, 0));
    r = resolve_ok("America/New_York", 2026, 11, 1, 1, 30, 0);
    assert_int_equal(r.kind, TZ_AMBIGUOUS);
    assert_int_equal(r.first, utc(2026, 11, 1, 5, 30, 0));
    assert_int_equal(r.second, utc(2026, 11, 1, 6, 30, 0));
    /* Santiago: 6 September has no 00:xx; 4 April has its 23:xx twice. */
    r = resolve_ok("America/Santiago", 2026, 9, 6, 0, 0, 0);
    assert_int_equal(r.kind, TZ_GAP);
    assert_int_equal(r.first, utc(2026, 9, 6, 4, 0, 0));
    r = resolve_ok("America/Santiago", 2026, 4, 4, 23, 15, 0);
    assert_int_equal(r.kind, TZ_AMBIGUOUS);
    assert_int_equal(r.first, utc(2026, 4, 5, 2, 15, 0));
    assert_int_equal(r.second, utc(2026, 4, 5, 3, 15, 0));
    /* Lord Howe: half-hour changes. */
    r = resolve_ok("Australia/Lord_Howe", 2026, 10, 4, 2, 10, 0);
    assert_int_equal(r.kind, TZ_GAP);
    assert_int_equal(r.first, utc(2026, 10, 3, 15, 30, 0));
    r = resolve_ok("Australia/Lord_Howe", 2026, 4, 5, 1, 45, 0);
    assert_int_equal(r.kind, TZ_AMBIGUOUS);
    assert_int_equal(r.second - r.first, 1800);
    /* No DST at all. */
    r = resolve_ok("UTC", 2026, 3, 29, 2, 30, 0);
    assert_int_equal(r.kind, TZ_UNIQUE);
    assert_int_equal(r.first, utc(2026, 3, 29, 2, 30, 0));
}

static void test_from_local_rejects(void **state)
{
    (void)state;
    static const int bad[][6] = {
        {2026, 2, 29, 0, 0, 0}, {2100, 2, 29, 0, 0, 0}, {2026, 4, 31, 0, 0, 0},
        {2026, 0, 1, 0, 0, 0},  {2026, 13, 1, 0, 0, 0}, {2026, 1, 0, 0, 0, 0},
        {2026, 1, 1, 24, 0, 0}, {2026, 1, 1, 0, 60, 0}, {2026, 1, 1, 0, 0, 60},
        {2026, 1, 1, -1, 0, 0}, {0, 1, 1, 0, 0, 0},     {10000, 1, 1, 0, 0, 0},
        {-5, 1, 1, 0, 0, 0},    {2026, 1, 1, 0, -1, 0}, {2026, 1, 1, 0, 0, -1},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        tz_civil c = civil(bad[i][0], bad[i][1], bad[i][2], bad[i][3], bad[i][4], bad[i][5]);
        long long e = 4242;
        int rc = tz_from_local(&c, STOCKHOLM, &e);
        if (rc != TZ_ERANGE)
            fail_msg("entry %zu: returned %d, expected TZ_ERANGE", i, rc);
        assert_int_equal(e, 4242);
        /* A bad zone is reported first. */
        assert_int_equal(tz_from_local(&c, "No/Such_Zone", &e), TZ_EZONE);
    }
    tz_civil ok = civil(2026, 6, 1, 12, 0, 0);
    long long e = 4242;
    assert_int_equal(tz_from_local(&ok, "No/Such_Zone", &e), TZ_EZONE);
    assert_int_equal(tz_from_local(&ok, "../../etc/passwd", &e), TZ_EZONE);
    assert_int_equal(e, 4242);
    /* The first and last supported instants. */
    tz_civil first = civil(1, 1, 1, 0, 0, 0), last = civil(9999, 12, 31, 23, 59, 59);
    assert_int_equal(tz_from_local(&first, "UTC", &e), TZ_OK);
    assert_int_equal(e, utc(1, 1, 1, 0, 0, 0));
    assert_int_equal(tz_from_local(&last, "UTC", &e), TZ_OK);
    assert_int_equal(e, utc(9999, 12, 31, 23, 59, 59));
    assert_int_equal(tz_from_local(&last, STOCKHOLM, &e), TZ_OK);
    assert_int_equal(e, utc(9999, 12, 31, 22, 59, 59));
}

/* to_local then from_local gives the instant back, except for the second occurrence of a
 * repeated time, which gives the first; every local time from_local returns converts back to
 * itself unless it lies in a gap. */
static void check_round_trips(const char *zone, long long from, long long to, long long step)
{
    for (long long t = from; t < to; t += step) {
        tz_civil c = to_local_ok(t, zone);
        tz_resolved r;
        assert_int_equal(tz_resolve(&c, zone, &r), TZ_OK);
        /* tz_from_local is tz_resolve's choice; it is called on every 16th point to save time. */
        long long back = r.first;
        if ((t - from) / step % 16 == 0)
            assert_int_equal(from_local_ok(zone, c.year, c.month, c.day, c.hour, c.min, c.sec),
                             back);
        if (r.kind == TZ_AMBIGUOUS) {
            if (t != r.first && t != r.second)
                fail_msg("%s %lld: neither occurrence", zone, t);
            assert_int_equal(back, r.first);
        } else if (back != t) {
            fail_msg("%s: %lld -> %04d-%02d-%02d %02d:%02d:%02d -> %lld", zone, t, c.year, c.month,
                     c.day, c.hour, c.min, c.sec, back);
        }
        assert_int_not_equal(r.kind, TZ_GAP);
    }
}

static void test_round_trips(void **state)
{
    (void)state;
    static const char *const zones[] = {
        "Europe/Stockholm",
        "Europe/Copenhagen",
        "America/New_York",
        "Australia/Lord_Howe",
        "America/Santiago",
        "Asia/Kathmandu",
        "UTC",
    };
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
        /* 2026 every 2 h 17 min 13 s, so the hours and minutes vary */
        check_round_trips(zones[i], utc(2026, 1, 1, 0, 0, 0), utc(2027, 1, 1, 0, 0, 0), 8233);
    }
    /* Every minute around both changes. */
    check_round_trips(STOCKHOLM, utc(2026, 3, 28, 23, 0, 0), utc(2026, 3, 29, 4, 0, 0), 60);
    check_round_trips(COPENHAGEN, utc(2026, 10, 24, 22, 0, 0), utc(2026, 10, 25, 4, 0, 0), 60);
    /* Far past and future, including the 1900s when Sweden's DST rules differed. */
    check_round_trips(STOCKHOLM, utc(1900, 1, 1, 0, 0, 0), utc(2100, 1, 1, 0, 0, 0),
                      86400LL * 97 + 3541);
    check_round_trips(STOCKHOLM, utc(1, 1, 3, 0, 0, 0), utc(1, 2, 1, 0, 0, 0), 86400 + 7);

    /* Every local minute of both change days, in both directions. */
    for (int i = 0; i < 2; i++) {
        const char *zone = i ? COPENHAGEN : STOCKHOLM;
        for (int m = 0; m < 24 * 60; m++) {
            int h = m / 60, mi = m % 60;
            tz_resolved r = resolve_ok(zone, 2026, 3, 29, h, mi, 0);
            assert_int_equal(r.kind, h == 2 ? TZ_GAP : TZ_UNIQUE);
            if (h != 2)
                expect_local(to_local_ok(r.first, zone), 2026, 3, 29, h, mi, 0, h < 2 ? 3600 : 7200,
                             h > 2);
            r = resolve_ok(zone, 2026, 10, 25, h, mi, 0);
            assert_int_equal(r.kind, h == 2 ? TZ_AMBIGUOUS : TZ_UNIQUE);
            expect_local(to_local_ok(r.first, zone), 2026, 10, 25, h, mi, 0, h <= 2 ? 7200 : 3600,
                         h <= 2);
            expect_local(to_local_ok(r.second, zone), 2026, 10, 25, h, mi, 0, h < 2 ? 7200 : 3600,
                         h < 2);
        }
    }
}

static void test_window(void **state)
{
    (void)state;
    tz_window w;
    long long from = utc(2026, 3, 20, 0, 0, 0), to = utc(2026, 4, 5, 0, 0, 0);
    assert_int_equal(tz_window_load(STOCKHOLM, from, to, &w), TZ_OK);
    assert_int_equal(w.count, 2);
    assert_int_equal(w.span[0].begin, from);
    assert_int_equal(w.span[0].end, utc(2026, 3, 29, 1, 0, 0));
    assert_int_equal(w.span[0].offset, 3600);
    assert_int_equal(w.span[1].begin, utc(2026, 3, 29, 1, 0, 0));
    assert_int_equal(w.span[1].end, to);
    assert_int_equal(w.span[1].offset, 7200);
    assert_int_equal(w.span[1].is_dst, 1);
    /* The window's conversions agree with the direct ones. */
    for (long long t = from; t < to; t += 997) {
        tz_civil a, b = to_local_ok(t, STOCKHOLM);
        assert_int_equal(tz_window_local(&w, t, &a), TZ_OK);
        assert_memory_equal(&a, &b, sizeof a);
    }
    tz_civil c;
    assert_int_equal(tz_window_local(&w, from - 1, &c), TZ_ERANGE);
    assert_int_equal(tz_window_local(&w, to, &c), TZ_ERANGE);
    /* A date is covered when the window holds a day before it to two days after. */
    assert_true(tz_window_covers(&w, 2026, 3, 21));
    assert_false(tz_window_covers(&w, 2026, 3, 20));
    assert_true(tz_window_covers(&w, 2026, 4, 3));
    assert_false(tz_window_covers(&w, 2026, 4, 4));
    assert_false(tz_window_covers(&w, 2026, 2, 30));
    tz_civil t = civil(2026, 4, 4, 12, 0, 0);
    tz_resolved r;
    assert_int_equal(tz_window_resolve(&w, &t, &r), TZ_ERANGE);
    t = civil(2026, 3, 29, 2, 30, 0);
    assert_int_equal(tz_window_resolve(&w, &t, &r), TZ_OK);
    assert_int_equal(r.kind, TZ_GAP);
    /* Refused windows. */
    assert_int_equal(tz_window_load(STOCKHOLM, to, from, &w), TZ_ERANGE);
    assert_int_equal(tz_window_load(STOCKHOLM, from, from + (TZ_WINDOW_MAX_DAYS + 1) * 86400LL, &w),
                     TZ_ERANGE);
    assert_int_equal(tz_window_load("Nowhere", from, to, &w), TZ_EZONE);
    /* A whole window without change, and one holding a full year of them. */
    assert_int_equal(tz_window_load("UTC", from, to, &w), TZ_OK);
    assert_int_equal(w.count, 1);
    assert_int_equal(tz_window_load(STOCKHOLM, utc(2026, 3, 1, 0, 0, 0),
                                    utc(2026, 3, 1, 0, 0, 0) + TZ_WINDOW_MAX_DAYS * 86400LL, &w),
                     TZ_OK);
    assert_int_equal(w.count, 2);
}

/* TZ is put back as it was, whether set or unset, after success and after failure. */
static void test_tz_restored(void **state)
{
    (void)state;
    tz_civil c;
    long long e;
    tz_civil in = civil(2026, 10, 25, 2, 30, 0);
    assert_int_equal(setenv("TZ", "America/New_York", 1), 0);
    tzset();
    assert_int_equal(tz_to_local(0, STOCKHOLM, &c), TZ_OK);
    assert_string_equal(getenv("TZ"), "America/New_York");
    assert_int_equal(tz_from_local(&in, STOCKHOLM, &e), TZ_OK);
    assert_int_equal(tz_to_local(0, "No/Such", &c), TZ_EZONE);
    assert_string_equal(getenv("TZ"), "America/New_York");
    /* The C library's own local time follows the restored TZ. */
    time_t t = (time_t)utc(2026, 1, 15, 12, 0, 0);
    struct tm tm;
    assert_non_null(localtime_r(&t, &tm));
    assert_int_equal(tm.tm_hour, 7);

    assert_int_equal(unsetenv("TZ"), 0);
    tzset();
    assert_int_equal(tz_to_local(0, COPENHAGEN, &c), TZ_OK);
    assert_null(getenv("TZ"));
    assert_int_equal(tz_from_local(&in, COPENHAGEN, &e), TZ_OK);
    assert_null(getenv("TZ"));
}

static void test_strerror(void **state)
{
    (void)state;
    assert_string_equal(tz_strerror(TZ_OK), "no error");
    assert_string_equal(tz_strerror(TZ_EZONE), "unknown time zone");
    assert_string_equal(tz_strerror(TZ_ERANGE), "date or time out of range");
    assert_non_null(strstr(tz_strerror(TZ_ESYS), "C library"));
    assert_string_equal(tz_strerror(12345), "unknown error");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid),
        cmocka_unit_test(test_to_local),
        cmocka_unit_test(test_to_local_transitions),
        cmocka_unit_test(test_from_local_gap_and_overlap),
        cmocka_unit_test(test_from_local_other_zones),
        cmocka_unit_test(test_from_local_rejects),
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_window),
        cmocka_unit_test(test_tz_restored),
        cmocka_unit_test(test_strerror),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
