/* Unit tests of core/time/period.c: every kind's notation and round trip, strict refusals with their
 * messages, foreign notations, order across kinds, stepping across year ends and 53-week years,
 * days, containment and children, the period of a date, and the aggregation rules with
 * complete and incomplete inputs. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/period.h"
#include "time/civil.h"

static period P(const char *s)
{
    period p;
    char err[PERIOD_ERR_SIZE];
    if (period_parse(s, strlen(s), &p, err, sizeof err) != PERIOD_OK)
        fail_msg("period_parse('%s'): %s", s, err);
    return p;
}

static const char *F(period p, char buf[PERIOD_TEXT_SIZE])
{
    if (period_format(p, buf, PERIOD_TEXT_SIZE) < 0)
        fail_msg("period_format(%d, %d, %d) failed", (int)p.kind, p.year, p.index);
    return buf;
}

static const char *D(period_date d, char buf[PERIOD_TEXT_SIZE])
{
    assert_true(period_format_date(d, buf, PERIOD_TEXT_SIZE) > 0);
    return buf;
}

static int same(period a, period b)
{
    return a.kind == b.kind && a.year == b.year && a.index == b.index;
}

static void expect_period(period got, const char *want)
{
    char buf[PERIOD_TEXT_SIZE];
    if (!period_valid(got) || strcmp(F(got, buf), want) != 0)
        fail_msg("got %s, expected %s", period_valid(got) ? buf : "(invalid)", want);
}

static void expect_refused(const char *s, size_t len, const char *message)
{
    period p = {PERIOD_YEAR, 1, 1};
    char err[PERIOD_ERR_SIZE] = "";
    int rc = period_parse(s, len, &p, err, sizeof err);
    if (rc != PERIOD_EPARSE)
        fail_msg("period_parse accepted '%.*s'", (int)len, s);
    if (strcmp(err, message) != 0)
        fail_msg("period_parse('%.*s'):\n  got      %s\n  expected %s", (int)len, s, err, message);
    assert_int_equal(p.year, 1); /* out untouched */
}

static void expect_step(const char *from, long long n, const char *want)
{
    period r;
    if (period_step(P(from), n, &r) != PERIOD_OK)
        fail_msg("period_step(%s, %lld) failed", from, n);
    expect_period(r, want);
}

static void expect_days(const char *s, const char *first, const char *last)
{
    period_date d;
    char buf[PERIOD_TEXT_SIZE];
    assert_int_equal(period_first_day(P(s), &d), PERIOD_OK);
    if (strcmp(D(d, buf), first) != 0)
        fail_msg("first day of %s: got %s, expected %s", s, buf, first);
    assert_int_equal(period_last_day(P(s), &d), PERIOD_OK);
    if (strcmp(D(d, buf), last) != 0)
        fail_msg("last day of %s: got %s, expected %s", s, buf, last);
}

/* Fails unless the children of s of the kind are exactly the space-separated list want. */
static void expect_children(const char *s, period_kind kind, const char *want)
{
    period ch[PERIOD_CHILDREN_MAX];
    int n = period_children(P(s), kind, ch, PERIOD_CHILDREN_MAX);
    char got[PERIOD_CHILDREN_MAX * PERIOD_TEXT_SIZE] = "", buf[PERIOD_TEXT_SIZE];
    if (n < 0)
        fail_msg("period_children(%s, %s) returned %d", s, period_kind_name(kind), n);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            strcat(got, " ");
        strcat(got, F(ch[i], buf));
    }
    if (strcmp(got, want) != 0)
        fail_msg("children of %s (%s):\n  got      %s\n  expected %s", s, period_kind_name(kind),
                 got, want);
}

static period_date date(int y, int m, int d)
{
    period_date r = {y, m, d};
    return r;
}

static void expect_of_date(period_date d, period_kind kind, const char *want)
{
    period p;
    if (period_of_date(d, kind, &p) != PERIOD_OK)
        fail_msg("period_of_date(%04d-%02d-%02d, %s) failed", d.year, d.month, d.day,
                 period_kind_name(kind));
    expect_period(p, want);
}

static void test_names(void **state)
{
    (void)state;
    static const char *const kinds[] = {"year", "half_year", "tertial", "quarter", "month", "week"};
    for (int k = 0; k < PERIOD_KINDS; k++) {
        period_kind got;
        assert_string_equal(period_kind_name((period_kind)k), kinds[k]);
        assert_int_equal(period_kind_from_name(kinds[k], &got), PERIOD_OK);
        assert_int_equal(got, k);
    }
    period_kind k;
    assert_int_equal(period_kind_from_name("Year", &k), PERIOD_EKIND);
    assert_int_equal(period_kind_from_name("halfyear", &k), PERIOD_EKIND);
    /* the half-year's former name is still read, as the one name */
    assert_int_equal(period_kind_from_name("half", &k), PERIOD_OK);
    assert_int_equal(k, PERIOD_HALF);
    assert_string_equal(period_kind_name(k), "half_year");
    assert_null(period_kind_name((period_kind)PERIOD_KINDS));
    assert_null(period_kind_name((period_kind)-1));
    static const char *const rules[] = {"sum", "mean", "last", "max", "min", "weighted_mean"};
    for (int r = 0; r < 6; r++) {
        period_rule got;
        assert_string_equal(period_rule_name((period_rule)r), rules[r]);
        assert_int_equal(period_rule_from_name(rules[r], &got), PERIOD_OK);
        assert_int_equal(got, r);
    }
    period_rule r;
    assert_int_equal(period_rule_from_name("average", &r), PERIOD_EKIND);
    assert_null(period_rule_name((period_rule)6));
    assert_string_equal(period_strerror(PERIOD_OK), "no error");
    assert_string_equal(period_strerror(PERIOD_EPARSE), "not a period");
    assert_string_equal(period_strerror(12345), "unknown error");
}

static void test_iso_weeks(void **state)
{
    (void)state;
    static const int long_years[] = {1976, 1981, 1987, 1992, 1998, 2004,
                                     2009, 2015, 2020, 2026, 2032, 2037};
    for (size_t i = 0; i < sizeof long_years / sizeof long_years[0]; i++)
        assert_int_equal(period_iso_weeks(long_years[i]), 53);
    for (int y = 2016; y <= 2025; y++)
        assert_int_equal(period_iso_weeks(y), y == 2020 ? 53 : 52);
    assert_int_equal(period_iso_weeks(0), 0);
    assert_int_equal(period_iso_weeks(10000), 0);
    /* For every year: 28 December always lies in the year's last ISO week, and a year's weeks
     * run from its week-1 Monday to the day before the next year's. */
    for (int y = 1; y <= 9999; y++) {
        period p;
        assert_int_equal(period_of_date(date(y, 12, 28), PERIOD_WEEK, &p), PERIOD_OK);
        if (p.year != y || p.index != period_iso_weeks(y))
            fail_msg("28 December %d is in %dW%02d, but %d has %d weeks", y, p.year, p.index, y,
                     period_iso_weeks(y));
        assert_int_equal(period_count(PERIOD_WEEK, y), period_iso_weeks(y));
    }
    assert_int_equal(period_count(PERIOD_YEAR, 2019), 1);
    assert_int_equal(period_count(PERIOD_HALF, 2019), 2);
    assert_int_equal(period_count(PERIOD_TERTIAL, 2019), 3);
    assert_int_equal(period_count(PERIOD_QUARTER, 2019), 4);
    assert_int_equal(period_count(PERIOD_MONTH, 2019), 12);
    assert_int_equal(period_count(PERIOD_MONTH, 0), 0);
    assert_int_equal(period_count((period_kind)9, 2019), 0);
}

static void test_parse_format(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        period_kind kind;
        int year, index;
    } cases[] = {
        {"2019", PERIOD_YEAR, 2019, 1},      {"0001", PERIOD_YEAR, 1, 1},
        {"9999", PERIOD_YEAR, 9999, 1},      {"2019H1", PERIOD_HALF, 2019, 1},
        {"2019H2", PERIOD_HALF, 2019, 2},    {"2019T1", PERIOD_TERTIAL, 2019, 1},
        {"2019T2", PERIOD_TERTIAL, 2019, 2}, {"2019T3", PERIOD_TERTIAL, 2019, 3},
        {"2019Q1", PERIOD_QUARTER, 2019, 1}, {"2019Q3", PERIOD_QUARTER, 2019, 3},
        {"2019Q4", PERIOD_QUARTER, 2019, 4}, {"2019-01", PERIOD_MONTH, 2019, 1},
        {"2019-05", PERIOD_MONTH, 2019, 5},  {"2019-12", PERIOD_MONTH, 2019, 12},
        {"2019W01", PERIOD_WEEK, 2019, 1},   {"2019W12", PERIOD_WEEK, 2019, 12},
        {"2019W52", PERIOD_WEEK, 2019, 52},  {"2020W53", PERIOD_WEEK, 2020, 53},
        {"2026W53", PERIOD_WEEK, 2026, 53},  {"0001W01", PERIOD_WEEK, 1, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        period p = P(cases[i].text);
        assert_int_equal(p.kind, cases[i].kind);
        assert_int_equal(p.year, cases[i].year);
        assert_int_equal(p.index, cases[i].index);
        char buf[PERIOD_TEXT_SIZE];
        assert_string_equal(F(p, buf), cases[i].text);
    }
    /* Every period of every kind in a few years: format, then parse back the same period. */
    static const int years[] = {1, 2, 999, 2004, 2019, 2020, 2021, 2026, 9998, 9999};
    for (size_t y = 0; y < sizeof years / sizeof years[0]; y++) {
        for (int k = 0; k < PERIOD_KINDS; k++) {
            int count = period_count((period_kind)k, years[y]);
            for (int i = 1; i <= count; i++) {
                period p = {(period_kind)k, years[y], i}, q;
                char buf[PERIOD_TEXT_SIZE];
                int len = period_format(p, buf, sizeof buf);
                assert_int_equal(len, (int)strlen(buf));
                assert_int_equal(period_parse(buf, (size_t)len, &q, NULL, 0), PERIOD_OK);
                if (!same(p, q))
                    fail_msg("%s did not round-trip", buf);
            }
        }
    }
    /* format refuses invalid periods and short buffers */
    char buf[PERIOD_TEXT_SIZE];
    period bad[] = {{PERIOD_HALF, 2019, 3},  {PERIOD_WEEK, 2019, 53},   {PERIOD_MONTH, 0, 1},
                    {PERIOD_YEAR, 10000, 1}, {PERIOD_QUARTER, 2019, 0}, {(period_kind)7, 2019, 1}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_false(period_valid(bad[i]));
        strcpy(buf, "junk");
        assert_int_equal(period_format(bad[i], buf, sizeof buf), PERIOD_ERANGE);
        assert_string_equal(buf, "");
    }
    char small[7];
    assert_int_equal(period_format(P("2019W12"), small, sizeof small), PERIOD_ERANGE);
    assert_int_equal(period_format(P("2019Q3"), small, sizeof small), 6);
}

static void test_parse_refusals(void **state)
{
    (void)state;
    static const struct {
        const char *text, *message;
    } cases[] = {
        {"", "'' is not a period: the text is empty"},
        {"2019H3", "'2019H3' is not a period: half-year 3 is out of range 1-2"},
        {"2019H0", "'2019H0' is not a period: half-year 0 is out of range 1-2"},
        {"2019T4", "'2019T4' is not a period: tertial 4 is out of range 1-3"},
        {"2019Q5", "'2019Q5' is not a period: quarter 5 is out of range 1-4"},
        {"2019-13", "'2019-13' is not a period: month 13 is out of range 01-12"},
        {"2019-00", "'2019-00' is not a period: month 00 is out of range 01-12"},
        {"2019W53",
         "'2019W53' is not a period: ISO week 53 is out of range 01-52 (2019 has 52 "
         "weeks)"},
        {"2021W53",
         "'2021W53' is not a period: ISO week 53 is out of range 01-52 (2021 has 52 "
         "weeks)"},
        {"2019W54",
         "'2019W54' is not a period: ISO week 54 is out of range 01-52 (2019 has 52 "
         "weeks)"},
        {"2020W54",
         "'2020W54' is not a period: ISO week 54 is out of range 01-53 (2020 has 53 "
         "weeks)"},
        {"2019W00",
         "'2019W00' is not a period: ISO week 00 is out of range 01-52 (2019 has 52 "
         "weeks)"},
        {"0000", "'0000' is not a period: year 0000 is out of range 0001-9999"},
        {"0000Q1", "'0000Q1' is not a period: year 0000 is out of range 0001-9999"},
        {" 2019",
         "' 2019' is not a period: expected a four-digit year first, as in 2019, 2019H1, "
         "2019T2, 2019Q3, 2019-05 or 2019W12"},
        {"19Q3",
         "'19Q3' is not a period: expected a four-digit year first, as in 2019, 2019H1, "
         "2019T2, 2019Q3, 2019-05 or 2019W12"},
        {"2019Q3 ", "'2019Q3 ' is not a period: unexpected ' ' after '2019Q3'"},
        {"2019Q34", "'2019Q34' is not a period: unexpected '4' after '2019Q3'"},
        {"2019-05-17", "'2019-05-17' is not a period: unexpected '-' after '2019-05'"},
        {"2019\n",
         "'2019?' is not a period: unexpected byte 0x0a after the year 2019 (expected "
         "H, T, Q, - or W)"},
        {"20190",
         "'20190' is not a period: unexpected '0' after the year 2019 (expected H, T, "
         "Q, - or W)"},
        {"2019q3",
         "'2019q3' is not a period: unexpected 'q' after the year 2019 (expected H, T, "
         "Q, - or W)"},
        {"2019M05",
         "'2019M05' is not a period: unexpected 'M' after the year 2019 (expected H, "
         "T, Q, - or W)"},
        {"2019K3",
         "'2019K3' is not a period: unexpected 'K' after the year 2019 (expected H, T, "
         "Q, - or W)"},
        {"2019Q", "'2019Q' is not a period: expected a digit 1-4 after 'Q'"},
        {"2019H", "'2019H' is not a period: expected a digit 1-2 after 'H'"},
        {"2019-5", "'2019-5' is not a period: expected two digits 01-12 after '-'"},
        {"2019W1", "'2019W1' is not a period: expected two digits 01-52 after 'W'"},
        {"2020Wx1", "'2020Wx1' is not a period: expected two digits 01-53 after 'W'"},
        {"2019-W12", "'2019-W12' is not a period: expected two digits 01-12 after '-'"},
        {"2019QQ", "'2019QQ' is not a period: expected a digit 1-4 after 'Q'"},
        {"2019-1\xc3\xa4", "'2019-1?\?' is not a period: expected two digits 01-12 after '-'"},
        {"20192019201920192019201920192019201920192019",
         "'2019201920192019201920192019201920192019...' is not a period: unexpected '2' after "
         "the year 2019 (expected H, T, Q, - or W)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_refused(cases[i].text, strlen(cases[i].text), cases[i].message);
    /* the length counts, so an embedded NUL is junk */
    expect_refused("2019Q3\0", 7, "'2019Q3?' is not a period: unexpected byte 0x00 after '2019Q3'");
    expect_refused("2019\0Q3", 7,
                   "'2019?Q3' is not a period: unexpected byte 0x00 after the year "
                   "2019 (expected H, T, Q, - or W)");
    /* and stops the parse: the text is only as long as len says */
    period p;
    assert_int_equal(period_parse("2019Q3xyz", 6, &p, NULL, 0), PERIOD_OK);
    expect_period(p, "2019Q3");
    /* a short message buffer still gets a terminated message */
    char err[12];
    assert_int_equal(period_parse("2019H3", 6, &p, err, sizeof err), PERIOD_EPARSE);
    assert_string_equal(err, "'2019H3' is");
}

static void test_foreign(void **state)
{
    (void)state;
    static const struct {
        const char *text, *canonical;
    } cases[] = {
        {"2019M05", "2019-05"},  {"2019M12", "2019-12"}, {"2019m01", "2019-01"},
        {"2019K3", "2019Q3"},    {"2019k1", "2019Q1"},   {"2019V12", "2019W12"},
        {"2020U53", "2020W53"},  {"2021U52", "2021W52"}, {"2019-W12", "2019W12"},
        {"2019-w01", "2019W01"}, {"2019H1", "2019H1"},   {"2019T2", "2019T2"},
        {"2019Q3", "2019Q3"},    {"2019-05", "2019-05"}, {"2019W12", "2019W12"},
        {"2019", "2019"},        {"2019h2", "2019H2"},   {"2019q4", "2019Q4"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        period p;
        char err[PERIOD_ERR_SIZE] = "";
        if (period_from_foreign(cases[i].text, strlen(cases[i].text), &p, err, sizeof err) !=
            PERIOD_OK)
            fail_msg("period_from_foreign('%s'): %s", cases[i].text, err);
        expect_period(p, cases[i].canonical);
    }
    static const struct {
        const char *text, *message;
    } bad[] = {
        {"2019M13", "'2019M13' is not a period: month 13 is out of range 01-12"},
        {"2019M5", "'2019M5' is not a period: expected two digits 01-12 after 'M'"},
        {"2019K5", "'2019K5' is not a period: quarter 5 is out of range 1-4"},
        {"2019U53",
         "'2019U53' is not a period: ISO week 53 is out of range 01-52 (2019 has 52 "
         "weeks)"},
        {"2019-W1", "'2019-W1' is not a period: expected two digits 01-52 after '-W'"},
        {"2019Z1",
         "'2019Z1' is not a period: unexpected 'Z' after the year 2019 (expected H, T, "
         "Q, K, M, -, W, V or U)"},
        {"2023QMAT01", "'2023QMAT01' is not a period: expected a digit 1-4 after 'Q'"},
        {"2019M05 ", "'2019M05 ' is not a period: unexpected ' ' after '2019M05'"},
        {"M052019",
         "'M052019' is not a period: expected a four-digit year first, as in 2019, "
         "2019H1, 2019T2, 2019Q3, 2019K3, 2019-05, 2019M05, 2019W12, 2019V12, 2019U12 "
         "or 2019-W12"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        period p;
        char err[PERIOD_ERR_SIZE] = "";
        assert_int_equal(period_from_foreign(bad[i].text, strlen(bad[i].text), &p, err, sizeof err),
                         PERIOD_EPARSE);
        if (strcmp(err, bad[i].message) != 0)
            fail_msg("period_from_foreign('%s'):\n  got      %s\n  expected %s", bad[i].text, err,
                     bad[i].message);
    }
}

static int cmp_texts(const void *a, const void *b)
{
    return period_compare(P(*(const char *const *)a), P(*(const char *const *)b));
}

static void test_compare(void **state)
{
    (void)state;
    assert_int_equal(period_compare(P("2019Q1"), P("2019Q2")), -1);
    assert_int_equal(period_compare(P("2019Q4"), P("2020Q1")), -1);
    assert_int_equal(period_compare(P("2020Q1"), P("2019Q4")), 1);
    assert_int_equal(period_compare(P("2019-05"), P("2019-05")), 0);
    assert_int_equal(period_compare(P("2019W52"), P("2020W01")), -1);
    assert_int_equal(period_compare(P("2020W53"), P("2021W01")), -1);
    /* across kinds: first day, then the longer one first */
    assert_int_equal(period_compare(P("2019"), P("2019H1")), -1);
    assert_int_equal(period_compare(P("2019H1"), P("2019")), 1);
    assert_int_equal(period_compare(P("2019Q1"), P("2019-01")), -1);
    assert_int_equal(period_compare(P("2019-12"), P("2020")), -1);
    assert_int_equal(period_compare(P("2019W01"), P("2019")), -1);  /* starts 2018-12-31 */
    assert_int_equal(period_compare(P("2019T2"), P("2019Q2")), 1);  /* May after April */
    assert_int_equal(period_compare(P("2019H2"), P("2019T3")), -1); /* July before September */

    /* A mixed list sorts into an outline: each period before the periods it contains. */
    const char *list[] = {"2019-02", "2019W05", "2019Q1",  "2020",   "2019",
                          "2019W01", "2019T1",  "2019-01", "2019H1", "2019H2",
                          "2019-12", "2019Q4",  "2019T3",  "2019W40"};
    const char *want[] = {"2019W01", "2019",   "2019H1", "2019T1",  "2019Q1", "2019-01", "2019W05",
                          "2019-02", "2019H2", "2019T3", "2019W40", "2019Q4", "2019-12", "2020"};
    size_t n = sizeof list / sizeof list[0];
    qsort(list, n, sizeof list[0], cmp_texts);
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], want[i]) != 0)
            fail_msg("sorted[%zu] is %s, expected %s", i, list[i], want[i]);
    /* antisymmetric, and 0 only for the same period */
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            assert_int_equal(period_compare(P(list[i]), P(list[j])), i < j ? -1 : i > j ? 1 : 0);
}

static void test_step(void **state)
{
    (void)state;
    expect_step("2019", 1, "2020");
    expect_step("2019", -2019 + 1, "0001");
    expect_step("2019H2", 1, "2020H1");
    expect_step("2019H1", -1, "2018H2");
    expect_step("2019T3", 1, "2020T1");
    expect_step("2019T1", -4, "2017T3");
    expect_step("2019Q4", 1, "2020Q1");
    expect_step("2019Q1", -1, "2018Q4");
    expect_step("2019Q3", 10, "2022Q1");
    expect_step("2019-12", 1, "2020-01");
    expect_step("2019-01", -1, "2018-12");
    expect_step("2019-05", -17, "2017-12");
    expect_step("2019-05", 0, "2019-05");
    expect_step("2019-05", 120, "2029-05");
    /* weeks across 52- and 53-week years */
    expect_step("2019W52", 1, "2020W01");
    expect_step("2020W52", 1, "2020W53");
    expect_step("2020W53", 1, "2021W01");
    expect_step("2021W01", -1, "2020W53");
    expect_step("2020W01", -1, "2019W52");
    expect_step("2026W52", 1, "2026W53");
    expect_step("2026W53", 1, "2027W01");
    expect_step("2019W12", 52, "2020W12");
    expect_step("2020W12", 52, "2021W11"); /* 2020 has 53 weeks */
    expect_step("2021W11", -52, "2020W12");
    expect_step("2015W53", 53 + 52 + 52 + 52 + 52 + 1, "2021W01");
    /* limits */
    period r;
    assert_int_equal(period_step(P("9999"), 1, &r), PERIOD_ERANGE);
    assert_int_equal(period_step(P("0001-01"), -1, &r), PERIOD_ERANGE);
    assert_int_equal(period_step(P("0001W01"), -1, &r), PERIOD_ERANGE);
    assert_int_equal(period_step(P("9999W52"), 1, &r), PERIOD_ERANGE);
    assert_int_equal(period_step(P("9999-12"), 0, &r), PERIOD_OK);
    assert_int_equal(period_step(P("2019"), 10000000000LL, &r), PERIOD_ERANGE);
    assert_int_equal(period_step(P("2019W01"), -9223372036854775807LL - 1, &r), PERIOD_ERANGE);
    assert_int_equal(period_step(P("2019W01"), 9223372036854775807LL, &r), PERIOD_ERANGE);
    period invalid = {PERIOD_MONTH, 2019, 13};
    assert_int_equal(period_step(invalid, 1, &r), PERIOD_ERANGE);
    expect_step("0001W01", 521722, "9999W52"); /* every week there is */
    expect_step("9999-12", -9999 * 12 + 1, "0001-01");

    /* For every kind over 2014-2028: one step lands on the next day after the last day, and
     * steps add up (n steps of 1 == one step of n). */
    for (int k = 0; k < PERIOD_KINDS; k++) {
        period p = {(period_kind)k, 2014, 1}, start = p;
        for (int n = 1; p.year < 2028; n++) {
            period next, jump;
            period_date last, first;
            assert_int_equal(period_step(p, 1, &next), PERIOD_OK);
            assert_int_equal(period_last_day(p, &last), PERIOD_OK);
            assert_int_equal(period_first_day(next, &first), PERIOD_OK);
            assert_int_equal(civil_to_days(first.year, first.month, first.day),
                             civil_to_days(last.year, last.month, last.day) + 1);
            assert_int_equal(period_step(start, n, &jump), PERIOD_OK);
            assert_true(same(jump, next));
            assert_int_equal(period_step(next, -n, &jump), PERIOD_OK);
            assert_true(same(jump, start));
            assert_int_equal(period_compare(p, next), -1);
            p = next;
        }
    }
}

static void test_days(void **state)
{
    (void)state;
    expect_days("2019", "2019-01-01", "2019-12-31");
    expect_days("2019H1", "2019-01-01", "2019-06-30");
    expect_days("2019H2", "2019-07-01", "2019-12-31");
    expect_days("2019T1", "2019-01-01", "2019-04-30");
    expect_days("2019T2", "2019-05-01", "2019-08-31");
    expect_days("2019T3", "2019-09-01", "2019-12-31");
    expect_days("2019Q1", "2019-01-01", "2019-03-31");
    expect_days("2019Q3", "2019-07-01", "2019-09-30");
    expect_days("2019-02", "2019-02-01", "2019-02-28");
    expect_days("2020-02", "2020-02-01", "2020-02-29");
    expect_days("2000-02", "2000-02-01", "2000-02-29");
    expect_days("2100-02", "2100-02-01", "2100-02-28");
    expect_days("2019W01", "2018-12-31", "2019-01-06");
    expect_days("2019W12", "2019-03-18", "2019-03-24");
    expect_days("2020W01", "2019-12-30", "2020-01-05");
    expect_days("2020W53", "2020-12-28", "2021-01-03");
    expect_days("2021W01", "2021-01-04", "2021-01-10");
    expect_days("2026W01", "2025-12-29", "2026-01-04");
    expect_days("2026W53", "2026-12-28", "2027-01-03");
    expect_days("0001W01", "0001-01-01", "0001-01-07");
    expect_days("9999W52", "9999-12-27", "10000-01-02"); /* reaches past 9999, documented */
    period_date d;
    period bad = {PERIOD_WEEK, 2019, 53};
    assert_int_equal(period_first_day(bad, &d), PERIOD_ERANGE);
    assert_int_equal(period_last_day(bad, &d), PERIOD_ERANGE);
}

static void test_contains_children(void **state)
{
    (void)state;
    /* months of tertials, quarters, half-years */
    expect_children("2019T1", PERIOD_MONTH, "2019-01 2019-02 2019-03 2019-04");
    expect_children("2019T2", PERIOD_MONTH, "2019-05 2019-06 2019-07 2019-08");
    expect_children("2019T3", PERIOD_MONTH, "2019-09 2019-10 2019-11 2019-12");
    expect_children("2019Q3", PERIOD_MONTH, "2019-07 2019-08 2019-09");
    expect_children("2019H2", PERIOD_MONTH, "2019-07 2019-08 2019-09 2019-10 2019-11 2019-12");
    expect_children("2019H1", PERIOD_QUARTER, "2019Q1 2019Q2");
    expect_children("2019", PERIOD_HALF, "2019H1 2019H2");
    expect_children("2019", PERIOD_TERTIAL, "2019T1 2019T2 2019T3");
    expect_children("2019", PERIOD_QUARTER, "2019Q1 2019Q2 2019Q3 2019Q4");
    expect_children("2019-05", PERIOD_MONTH, "2019-05");
    expect_children("2019Q2", PERIOD_QUARTER, "2019Q2");
    /* weeks by their Thursday */
    expect_children("2019-01", PERIOD_WEEK, "2019W01 2019W02 2019W03 2019W04 2019W05");
    expect_children("2019-02", PERIOD_WEEK, "2019W06 2019W07 2019W08 2019W09");
    expect_children("2020-12", PERIOD_WEEK, "2020W49 2020W50 2020W51 2020W52 2020W53");
    expect_children("2021-01", PERIOD_WEEK, "2021W01 2021W02 2021W03 2021W04");
    expect_children("2019W12", PERIOD_WEEK, "2019W12");
    expect_children("2019Q1", PERIOD_WEEK,
                    "2019W01 2019W02 2019W03 2019W04 2019W05 2019W06 2019W07 2019W08 2019W09 "
                    "2019W10 2019W11 2019W12 2019W13");
    period ch[PERIOD_CHILDREN_MAX];
    assert_int_equal(period_children(P("2020"), PERIOD_WEEK, ch, PERIOD_CHILDREN_MAX), 53);
    expect_period(ch[0], "2020W01");
    expect_period(ch[52], "2020W53");
    assert_int_equal(period_children(P("2021"), PERIOD_WEEK, ch, PERIOD_CHILDREN_MAX), 52);
    assert_int_equal(period_children(P("2019"), PERIOD_MONTH, ch, PERIOD_CHILDREN_MAX), 12);
    assert_int_equal(period_children(P("9999"), PERIOD_MONTH, ch, PERIOD_CHILDREN_MAX), 12);
    assert_int_equal(period_children(P("9999"), PERIOD_WEEK, ch, PERIOD_CHILDREN_MAX), 52);
    /* kinds that do not divide, a coarser kind, too little room */
    assert_int_equal(period_children(P("2019H1"), PERIOD_TERTIAL, ch, PERIOD_CHILDREN_MAX),
                     PERIOD_EKIND);
    assert_int_equal(period_children(P("2019T1"), PERIOD_QUARTER, ch, PERIOD_CHILDREN_MAX),
                     PERIOD_EKIND);
    assert_int_equal(period_children(P("2019Q1"), PERIOD_TERTIAL, ch, PERIOD_CHILDREN_MAX),
                     PERIOD_EKIND);
    assert_int_equal(period_children(P("2019-05"), PERIOD_YEAR, ch, PERIOD_CHILDREN_MAX),
                     PERIOD_EKIND);
    assert_int_equal(period_children(P("2019W05"), PERIOD_MONTH, ch, PERIOD_CHILDREN_MAX),
                     PERIOD_EKIND);
    assert_int_equal(period_children(P("2019"), PERIOD_MONTH, ch, 11), PERIOD_ERANGE);
    assert_int_equal(period_children(P("2020"), PERIOD_WEEK, ch, 52), PERIOD_ERANGE);
    period bad = {PERIOD_QUARTER, 2019, 5};
    assert_int_equal(period_children(bad, PERIOD_MONTH, ch, PERIOD_CHILDREN_MAX), PERIOD_ERANGE);

    /* divides */
    assert_true(period_divides(PERIOD_MONTH, PERIOD_TERTIAL));
    assert_true(period_divides(PERIOD_QUARTER, PERIOD_HALF));
    assert_true(period_divides(PERIOD_WEEK, PERIOD_MONTH));
    assert_true(period_divides(PERIOD_YEAR, PERIOD_YEAR));
    assert_false(period_divides(PERIOD_TERTIAL, PERIOD_HALF));
    assert_false(period_divides(PERIOD_QUARTER, PERIOD_TERTIAL));
    assert_false(period_divides(PERIOD_TERTIAL, PERIOD_QUARTER));
    assert_false(period_divides(PERIOD_YEAR, PERIOD_MONTH));
    assert_false(period_divides((period_kind)6, PERIOD_YEAR));

    /* contains */
    assert_true(period_contains(P("2019T2"), P("2019-05")));
    assert_true(period_contains(P("2019T2"), P("2019-08")));
    assert_false(period_contains(P("2019T2"), P("2019-04")));
    assert_false(period_contains(P("2019T2"), P("2019-09")));
    assert_true(period_contains(P("2019Q3"), P("2019-09")));
    assert_false(period_contains(P("2019Q3"), P("2020-09")));
    assert_true(period_contains(P("2019H2"), P("2019Q4")));
    assert_true(period_contains(P("2019"), P("2019T3")));
    assert_true(period_contains(P("2019-05"), P("2019-05")));
    assert_false(period_contains(P("2019-05"), P("2019Q2")));
    assert_false(period_contains(P("2019W20"), P("2019-05")));
    /* by days, also across kinds that do not divide */
    assert_true(period_contains(P("2019H1"), P("2019T1")));
    assert_false(period_contains(P("2019H1"), P("2019T2")));
    assert_true(period_contains(P("2019T1"), P("2019Q1")));
    assert_false(period_contains(P("2019T2"), P("2019Q2")));
    /* weeks: their Thursday decides */
    assert_true(period_contains(P("2019-01"), P("2019W01"))); /* starts 2018-12-31 */
    assert_false(period_contains(P("2018-12"), P("2019W01")));
    assert_false(period_contains(P("2018"), P("2019W01")));
    assert_true(period_contains(P("2019-01"), P("2019W05"))); /* ends 2019-02-03 */
    assert_false(period_contains(P("2019-02"), P("2019W05")));
    assert_true(period_contains(P("2020"), P("2020W53"))); /* ends 2021-01-03 */
    assert_true(period_contains(P("2020-12"), P("2020W53")));
    assert_true(period_contains(P("2020Q4"), P("2020W53")));
    assert_false(period_contains(P("2021-01"), P("2020W53")));
    assert_true(period_contains(P("2019W12"), P("2019W12")));
    assert_false(period_contains(P("2019W12"), P("2019W13")));
    assert_false(period_contains(bad, P("2019-01")));

    /* Over 2015-2027, for every dividing pair: the children of consecutive coarse periods are
     * consecutive fine periods without gap or overlap, each contained in its parent, and each
     * calendar period contains exactly the periods children lists. */
    for (int c = 0; c < PERIOD_KINDS; c++) {
        for (int f = 0; f < PERIOD_KINDS; f++) {
            if (!period_divides((period_kind)f, (period_kind)c))
                continue;
            period coarse = {(period_kind)c, 2015, 1}, expect = coarse;
            int started = 0;
            while (coarse.year <= 2027) {
                int n = period_children(coarse, (period_kind)f, ch, PERIOD_CHILDREN_MAX);
                assert_true(n >= 1);
                for (int i = 0; i < n; i++) {
                    if (started && !same(ch[i], expect)) {
                        char a[PERIOD_TEXT_SIZE], b[PERIOD_TEXT_SIZE];
                        fail_msg("children of %s: %s where %s was expected", F(coarse, a),
                                 F(ch[i], b), F(expect, b));
                    }
                    assert_true(period_contains(coarse, ch[i]));
                    assert_int_equal(period_step(ch[i], 1, &expect), PERIOD_OK);
                    started = 1;
                }
                period before, after;
                assert_int_equal(period_step(ch[0], -1, &before), PERIOD_OK);
                assert_int_equal(period_step(ch[n - 1], 1, &after), PERIOD_OK);
                assert_false(period_contains(coarse, before));
                assert_false(period_contains(coarse, after));
                assert_int_equal(period_step(coarse, 1, &coarse), PERIOD_OK);
            }
        }
    }
}

static void test_of_date(void **state)
{
    (void)state;
    period_date d = date(2019, 5, 17);
    expect_of_date(d, PERIOD_YEAR, "2019");
    expect_of_date(d, PERIOD_HALF, "2019H1");
    expect_of_date(d, PERIOD_TERTIAL, "2019T2");
    expect_of_date(d, PERIOD_QUARTER, "2019Q2");
    expect_of_date(d, PERIOD_MONTH, "2019-05");
    expect_of_date(d, PERIOD_WEEK, "2019W20");
    expect_of_date(date(2019, 4, 30), PERIOD_TERTIAL, "2019T1");
    expect_of_date(date(2019, 9, 1), PERIOD_TERTIAL, "2019T3");
    expect_of_date(date(2019, 7, 1), PERIOD_HALF, "2019H2");
    expect_of_date(date(2018, 12, 31), PERIOD_WEEK, "2019W01");
    expect_of_date(date(2018, 12, 31), PERIOD_YEAR, "2018");
    expect_of_date(date(2021, 1, 3), PERIOD_WEEK, "2020W53");
    expect_of_date(date(2021, 1, 4), PERIOD_WEEK, "2021W01");
    expect_of_date(date(2027, 1, 3), PERIOD_WEEK, "2026W53");
    expect_of_date(date(2016, 1, 3), PERIOD_WEEK, "2015W53");
    expect_of_date(date(2024, 2, 29), PERIOD_MONTH, "2024-02");
    expect_of_date(date(1, 1, 1), PERIOD_WEEK, "0001W01");
    expect_of_date(date(9999, 12, 26), PERIOD_WEEK, "9999W51");
    expect_of_date(date(9999, 12, 31), PERIOD_WEEK, "9999W52");
    expect_of_date(date(9999, 12, 31), PERIOD_MONTH, "9999-12");
    /* every day of 2015-2027 lies in the period of_date gives */
    for (long long t = civil_to_days(2015, 1, 1); t <= civil_to_days(2027, 12, 31); t++) {
        period_date day;
        civil_from_days(t, &day.year, &day.month, &day.day);
        for (int k = 0; k < PERIOD_KINDS; k++) {
            period p;
            period_date a, b;
            assert_int_equal(period_of_date(day, (period_kind)k, &p), PERIOD_OK);
            assert_int_equal(period_first_day(p, &a), PERIOD_OK);
            assert_int_equal(period_last_day(p, &b), PERIOD_OK);
            assert_true(civil_to_days(a.year, a.month, a.day) <= t);
            assert_true(t <= civil_to_days(b.year, b.month, b.day));
        }
    }
    period p;
    assert_int_equal(period_of_date(date(2019, 2, 29), PERIOD_MONTH, &p), PERIOD_ERANGE);
    assert_int_equal(period_of_date(date(2019, 13, 1), PERIOD_MONTH, &p), PERIOD_ERANGE);
    assert_int_equal(period_of_date(date(0, 12, 31), PERIOD_YEAR, &p), PERIOD_ERANGE);
    assert_int_equal(period_of_date(date(10000, 1, 1), PERIOD_YEAR, &p), PERIOD_ERANGE);
    assert_int_equal(period_of_date(date(2019, 5, 17), (period_kind)8, &p), PERIOD_ERANGE);
}

static void test_parse_date(void **state)
{
    (void)state;
    period_date d;
    char err[PERIOD_ERR_SIZE], buf[PERIOD_TEXT_SIZE];
    assert_int_equal(period_parse_date("2019-05-17", 10, &d, err, sizeof err), PERIOD_OK);
    assert_string_equal(D(d, buf), "2019-05-17");
    assert_int_equal(period_parse_date("2020-02-29", 10, &d, err, sizeof err), PERIOD_OK);
    static const struct {
        const char *text, *message;
    } bad[] = {
        {"2019-02-29", "'2019-02-29' is not a date: 2019-02 has 28 days"},
        {"2019-04-31", "'2019-04-31' is not a date: 2019-04 has 30 days"},
        {"2019-04-00", "'2019-04-00' is not a date: day 00 is out of range 01-30"},
        {"2019-13-01", "'2019-13-01' is not a date: month 13 is out of range 01-12"},
        {"0000-01-01", "'0000-01-01' is not a date: year 0000 is out of range 0001-9999"},
        {"2019-5-17", "'2019-5-17' is not a date: expected YYYY-MM-DD, as in 2019-05-17"},
        {"2019-05-17T00:00",
         "'2019-05-17T00:00' is not a date: expected YYYY-MM-DD, as in "
         "2019-05-17"},
        {"2019/05/17", "'2019/05/17' is not a date: expected YYYY-MM-DD, as in 2019-05-17"},
        {"", "'' is not a date: expected YYYY-MM-DD, as in 2019-05-17"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(period_parse_date(bad[i].text, strlen(bad[i].text), &d, err, sizeof err),
                         PERIOD_EPARSE);
        assert_string_equal(err, bad[i].message);
    }
    char small[10];
    assert_int_equal(period_format_date(date(2019, 5, 17), small, sizeof small), PERIOD_ERANGE);
}

/* ---- aggregation ---- */

#define MISSING NAN /* marks a listed period without a value in the tables below */

typedef struct obs {
    const char *period;
    double value;  /* MISSING: listed without a value */
    double weight; /* < 0: no weight */
} obs;

/* Aggregates the observations and fails unless the results are exactly want: "PERIOD=VALUE" or
 * "PERIOD:REASON" entries joined by " | ". */
static void expect_aggregate(const obs *o, size_t n, period_kind kind, period_rule rule,
                             const char *want)
{
    period_value in[64];
    period_result out[64];
    char got[2048] = "", err[PERIOD_ERR_SIZE] = "", buf[PERIOD_TEXT_SIZE];
    assert_true(n <= 64);
    for (size_t i = 0; i < n; i++) {
        in[i].period = P(o[i].period);
        in[i].present = !isnan(o[i].value);
        in[i].value = in[i].present ? o[i].value : 0;
        in[i].has_weight = o[i].weight >= 0;
        in[i].weight = o[i].weight;
    }
    size_t n_out = 99;
    int rc = period_aggregate(in, n, kind, rule, out, &n_out, err, sizeof err);
    if (rc != PERIOD_OK)
        fail_msg("period_aggregate returned %d: %s", rc, err);
    for (size_t i = 0; i < n_out; i++) {
        char item[256];
        if (out[i].present) {
            assert_true(isfinite(out[i].value));
            assert_string_equal(out[i].reason, "");
            snprintf(item, sizeof item, "%s=%.10g", F(out[i].period, buf), out[i].value);
        } else {
            assert_true(out[i].value == 0);
            snprintf(item, sizeof item, "%s:%s", F(out[i].period, buf), out[i].reason);
        }
        if (i > 0)
            strcat(got, " | ");
        strcat(got, item);
    }
    if (strcmp(got, want) != 0)
        fail_msg("%s to %s:\n  got      %s\n  expected %s", period_rule_name(rule),
                 period_kind_name(kind), got, want);
}

/* Like expect_aggregate for input that is refused. Here a NaN value is kept as a present value
 * when the weight is -2, and a weight of -3 is passed on as a (negative) weight. */
static void expect_aggregate_error(const obs *o, size_t n, period_kind kind, period_rule rule,
                                   int want_rc, const char *message)
{
    period_value in[16];
    period_result out[16];
    char err[PERIOD_ERR_SIZE] = "";
    for (size_t i = 0; i < n; i++) {
        in[i].period = P(o[i].period);
        in[i].present = !isnan(o[i].value) || o[i].weight == -2; /* -2: keep a NaN value */
        in[i].value = o[i].value;
        in[i].has_weight = o[i].weight >= 0 || isinf(o[i].weight) || isnan(o[i].weight) ||
            o[i].weight == -3; /* -3: a negative weight */
        in[i].weight = o[i].weight;
    }
    size_t n_out = 99;
    assert_int_equal(period_aggregate(in, n, kind, rule, out, &n_out, err, sizeof err), want_rc);
    assert_int_equal(n_out, 0);
    assert_string_equal(err, message);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const obs quarters_full[] = {
    {"2019Q3", 30, 1}, {"2019Q1", 10, 1}, {"2019Q4", 40, 2}, {"2019Q2", 20, 0}, /* unsorted */
    {"2020Q1", 5, 1},  {"2020Q2", 6, 1},  {"2020Q3", 7, 1},  {"2020Q4", 8, 4},
};
static const obs quarters_gaps[] = {
    {"2019Q1", 10, 1}, {"2019Q2", MISSING, 1}, {"2019Q3", 30, 1},
    {"2019Q4", 40, 1}, {"2020Q1", 5, 1},       {"2020Q2", 6, 1},
    {"2020Q3", 7, 1},  {"2020Q4", MISSING, 1}, {"2021Q2", 1, 1},
};

static void test_aggregate_complete(void **state)
{
    (void)state;
    expect_aggregate(quarters_full, N(quarters_full), PERIOD_YEAR, PERIOD_SUM,
                     "2019=100 | 2020=26");
    expect_aggregate(quarters_full, N(quarters_full), PERIOD_YEAR, PERIOD_MEAN,
                     "2019=25 | 2020=6.5");
    expect_aggregate(quarters_full, N(quarters_full), PERIOD_YEAR, PERIOD_LAST, "2019=40 | 2020=8");
    expect_aggregate(quarters_full, N(quarters_full), PERIOD_YEAR, PERIOD_MAX, "2019=40 | 2020=8");
    expect_aggregate(quarters_full, N(quarters_full), PERIOD_YEAR, PERIOD_MIN, "2019=10 | 2020=5");
    /* (10*1 + 20*0 + 30*1 + 40*2) / 4 = 30; (5 + 6 + 7 + 8*4) / 7 = 50/7 */
    expect_aggregate(quarters_full, N(quarters_full), PERIOD_YEAR, PERIOD_WEIGHTED_MEAN,
                     "2019=30 | 2020=7.142857143");
    expect_aggregate(quarters_full, N(quarters_full), PERIOD_HALF, PERIOD_SUM,
                     "2019H1=30 | 2019H2=70 | 2020H1=11 | 2020H2=15");
    expect_aggregate(quarters_full, N(quarters_full), PERIOD_QUARTER, PERIOD_SUM,
                     "2019Q1=10 | 2019Q2=20 | 2019Q3=30 | 2019Q4=40 | 2020Q1=5 | 2020Q2=6 | "
                     "2020Q3=7 | 2020Q4=8");
    /* months to tertials and quarters */
    obs months[12];
    static const char *const names[] = {"2019-01", "2019-02", "2019-03", "2019-04",
                                        "2019-05", "2019-06", "2019-07", "2019-08",
                                        "2019-09", "2019-10", "2019-11", "2019-12"};
    for (int i = 0; i < 12; i++)
        months[i] = (obs){names[i], i + 1, 1};
    expect_aggregate(months, 12, PERIOD_TERTIAL, PERIOD_SUM, "2019T1=10 | 2019T2=26 | 2019T3=42");
    expect_aggregate(months, 12, PERIOD_TERTIAL, PERIOD_MEAN,
                     "2019T1=2.5 | 2019T2=6.5 | 2019T3=10.5");
    expect_aggregate(months, 12, PERIOD_QUARTER, PERIOD_LAST,
                     "2019Q1=3 | 2019Q2=6 | 2019Q3=9 | 2019Q4=12");
    expect_aggregate(months, 12, PERIOD_YEAR, PERIOD_MAX, "2019=12");
    expect_aggregate(months, 12, PERIOD_HALF, PERIOD_MIN, "2019H1=1 | 2019H2=7");
    /* negative values are fine */
    static const obs negative[] = {{"2019H1", -3, 1}, {"2019H2", -5, 3}};
    expect_aggregate(negative, 2, PERIOD_YEAR, PERIOD_MAX, "2019=-3");
    expect_aggregate(negative, 2, PERIOD_YEAR, PERIOD_WEIGHTED_MEAN, "2019=-4.5");
    /* nothing in, nothing out */
    expect_aggregate(NULL, 0, PERIOD_YEAR, PERIOD_SUM, "");
}

static void test_aggregate_weeks(void **state)
{
    (void)state;
    /* 2020's 53 weeks, valued 1 each: 53 for the year, weeks in months by their Thursday. */
    obs weeks[53];
    static char names[53][PERIOD_TEXT_SIZE];
    for (int i = 0; i < 53; i++) {
        int len = snprintf(names[i], sizeof names[i], "2020W%02d", i + 1);
        assert_int_equal(len, 7);
        weeks[i] = (obs){names[i], 1, 1};
    }
    expect_aggregate(weeks, 53, PERIOD_YEAR, PERIOD_SUM, "2020=53");
    expect_aggregate(weeks, 53, PERIOD_YEAR, PERIOD_LAST, "2020=1");
    expect_aggregate(weeks, 53, PERIOD_QUARTER, PERIOD_SUM,
                     "2020Q1=13 | 2020Q2=13 | 2020Q3=13 | 2020Q4=14");
    expect_aggregate(weeks, 53, PERIOD_MONTH, PERIOD_SUM,
                     "2020-01=5 | 2020-02=4 | 2020-03=4 | 2020-04=5 | 2020-05=4 | 2020-06=4 | "
                     "2020-07=5 | 2020-08=4 | 2020-09=4 | 2020-10=5 | 2020-11=4 | 2020-12=5");
    /* without week 53, 2020 is incomplete */
    expect_aggregate(weeks, 52, PERIOD_YEAR, PERIOD_SUM, "2020:52 of 53 weeks: 2020W53 missing");
    expect_aggregate(weeks, 52, PERIOD_YEAR, PERIOD_LAST,
                     "2020:no value for 2020W53, the last ISO week");
    /* 2019W01 starts in December 2018 but belongs to January 2019 */
    static const obs edge[] = {{"2019W01", 7, 1}, {"2019W05", 9, 1}};
    expect_aggregate(edge, 2, PERIOD_MONTH, PERIOD_SUM,
                     "2019-01:2 of 5 weeks: 2019W02, 2019W03, 2019W04 missing");
    expect_aggregate(edge, 2, PERIOD_MONTH, PERIOD_LAST, "2019-01=9");
}

static void test_aggregate_incomplete(void **state)
{
    (void)state;
    expect_aggregate(quarters_gaps, N(quarters_gaps), PERIOD_YEAR, PERIOD_SUM,
                     "2019:3 of 4 quarters: 2019Q2 missing | 2020:3 of 4 quarters: 2020Q4 missing "
                     "| 2021:1 of 4 quarters: 2021Q1, 2021Q3, 2021Q4 missing");
    for (int r = PERIOD_SUM; r <= PERIOD_WEIGHTED_MEAN; r++) {
        if (r == PERIOD_LAST)
            continue;
        expect_aggregate(quarters_gaps, 4, PERIOD_YEAR, (period_rule)r,
                         "2019:3 of 4 quarters: 2019Q2 missing");
    }
    /* last: only the last quarter counts */
    expect_aggregate(quarters_gaps, N(quarters_gaps), PERIOD_YEAR, PERIOD_LAST,
                     "2019=40 | 2020:no value for 2020Q4, the last quarter | 2021:no value for "
                     "2021Q4, the last quarter");
    expect_aggregate(quarters_gaps, N(quarters_gaps), PERIOD_HALF, PERIOD_SUM,
                     "2019H1:1 of 2 quarters: 2019Q2 missing | 2019H2=70 | 2020H1=11 | "
                     "2020H2:1 of 2 quarters: 2020Q4 missing | 2021H1:1 of 2 quarters: 2021Q1 "
                     "missing");
    /* many missing months: three named, the rest counted */
    static const obs sparse[] = {{"2019-06", 1, 1}, {"2019-12", MISSING, 1}};
    expect_aggregate(sparse, 2, PERIOD_YEAR, PERIOD_MEAN,
                     "2019:1 of 12 months: 2019-01, 2019-02, 2019-03 and 8 more missing");
    /* same kind: one of one */
    static const obs one[] = {{"2019-06", MISSING, 1}, {"2019-07", 4, 1}};
    expect_aggregate(one, 2, PERIOD_MONTH, PERIOD_SUM,
                     "2019-06:0 of 1 month: 2019-06 missing | "
                     "2019-07=4");
    /* weighted mean: weights missing or adding up to 0 */
    static const obs noweight[] = {{"2019H1", 1, 1}, {"2019H2", 2, -1}};
    expect_aggregate(noweight, 2, PERIOD_YEAR, PERIOD_WEIGHTED_MEAN, "2019:no weight for 2019H2");
    expect_aggregate(noweight, 2, PERIOD_YEAR, PERIOD_SUM, "2019=3"); /* weights unused */
    static const obs zero[] = {{"2019H1", 1, 0}, {"2019H2", 2, 0}};
    expect_aggregate(zero, 2, PERIOD_YEAR, PERIOD_WEIGHTED_MEAN, "2019:the weights add up to 0");
}

static void test_aggregate_never_inf(void **state)
{
    (void)state;
    static const obs huge[] = {{"2019H1", DBL_MAX, 1}, {"2019H2", DBL_MAX, 1}};
    expect_aggregate(huge, 2, PERIOD_YEAR, PERIOD_SUM,
                     "2019:the sum is out of the range of numbers");
    expect_aggregate(huge, 2, PERIOD_YEAR, PERIOD_MEAN, "2019=1.797693135e+308");
    expect_aggregate(huge, 2, PERIOD_YEAR, PERIOD_WEIGHTED_MEAN, "2019=1.797693135e+308");
    expect_aggregate(huge, 2, PERIOD_YEAR, PERIOD_MAX, "2019=1.797693135e+308");
    static const obs heavy[] = {{"2019H1", 2, DBL_MAX}, {"2019H2", 4, DBL_MAX}};
    expect_aggregate(heavy, 2, PERIOD_YEAR, PERIOD_WEIGHTED_MEAN, "2019=3");
    static const obs opposite[] = {{"2019H1", DBL_MAX, 1}, {"2019H2", -DBL_MAX, 1}};
    expect_aggregate(opposite, 2, PERIOD_YEAR, PERIOD_MEAN, "2019=0");
    expect_aggregate(opposite, 2, PERIOD_YEAR, PERIOD_SUM, "2019=0");
}

static void test_aggregate_refusals(void **state)
{
    (void)state;
    static const obs mixed[] = {{"2019Q1", 1, 1}, {"2019-05", 2, 1}};
    expect_aggregate_error(mixed, 2, PERIOD_YEAR, PERIOD_SUM, PERIOD_EKIND,
                           "the series mixes kinds of period: 2019Q1 is a quarter, 2019-05 a "
                           "month");
    static const obs tertials[] = {{"2019T1", 1, 1}};
    expect_aggregate_error(tertials, 1, PERIOD_HALF, PERIOD_SUM, PERIOD_EKIND,
                           "tertials do not divide half-years, so cannot be summed up");
    static const obs years[] = {{"2019", 1, 1}};
    expect_aggregate_error(years, 1, PERIOD_MONTH, PERIOD_SUM, PERIOD_EKIND,
                           "years do not divide months, so cannot be summed up");
    static const obs twice[] = {{"2019Q1", 1, 1}, {"2019Q2", 1, 1}, {"2019Q1", 2, 1}};
    expect_aggregate_error(twice, 3, PERIOD_YEAR, PERIOD_SUM, PERIOD_EVALUE,
                           "2019Q1 is listed twice in the series");
    static const obs nan_value[] = {{"2019Q1", NAN, -2}};
    expect_aggregate_error(nan_value, 1, PERIOD_YEAR, PERIOD_SUM, PERIOD_EVALUE,
                           "the value of 2019Q1 is not a finite number");
    static const obs inf_value[] = {{"2019Q1", 1, 1}, {"2019Q2", INFINITY, 1}};
    expect_aggregate_error(inf_value, 2, PERIOD_YEAR, PERIOD_MAX, PERIOD_EVALUE,
                           "the value of 2019Q2 is not a finite number");
    static const obs inf_weight[] = {{"2019Q1", 1, INFINITY}};
    expect_aggregate_error(inf_weight, 1, PERIOD_YEAR, PERIOD_WEIGHTED_MEAN, PERIOD_EVALUE,
                           "the weight of 2019Q1 is not a finite number >= 0");
    static const obs negative_weight[] = {{"2019Q1", 1, -3}};
    expect_aggregate_error(negative_weight, 1, PERIOD_YEAR, PERIOD_WEIGHTED_MEAN, PERIOD_EVALUE,
                           "the weight of 2019Q1 is not a finite number >= 0");
    expect_aggregate_error(years, 1, (period_kind)9, PERIOD_SUM, PERIOD_EKIND,
                           "unknown period kind 9");
    expect_aggregate_error(years, 1, PERIOD_YEAR, (period_rule)9, PERIOD_EKIND,
                           "unknown aggregation rule 9");
    period_value bad = {{PERIOD_MONTH, 2019, 13}, 1, 1.0, 0, 0};
    period_result out[1];
    size_t n_out;
    char err[PERIOD_ERR_SIZE];
    assert_int_equal(
        period_aggregate(&bad, 1, PERIOD_YEAR, PERIOD_SUM, out, &n_out, err, sizeof err),
        PERIOD_ERANGE);
    assert_string_equal(err, "observation 1: not a valid period");
    /* err may be NULL */
    assert_int_equal(period_aggregate(&bad, 1, PERIOD_YEAR, PERIOD_SUM, out, &n_out, NULL, 0),
                     PERIOD_ERANGE);
}

static void test_aggregate_counts(void **state)
{
    (void)state;
    period_value in[3] = {
        {P("2019Q1"), 1, 1.0, 0, 0},
        {P("2019Q2"), 0, 0.0, 0, 0},
        {P("2019Q4"), 1, 4.0, 0, 0},
    };
    period_result out[3];
    size_t n_out;
    assert_int_equal(period_aggregate(in, 3, PERIOD_HALF, PERIOD_SUM, out, &n_out, NULL, 0),
                     PERIOD_OK);
    assert_int_equal(n_out, 2);
    expect_period(out[0].period, "2019H1");
    assert_int_equal(out[0].count, 1);
    assert_int_equal(out[0].expected, 2);
    expect_period(out[1].period, "2019H2");
    assert_int_equal(out[1].count, 1);
    assert_int_equal(out[1].expected, 2);
    assert_string_equal(out[1].reason, "1 of 2 quarters: 2019Q3 missing");
    /* the input is left as it was (sorting works on pointers) */
    expect_period(in[0].period, "2019Q1");
    expect_period(in[2].period, "2019Q4");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_iso_weeks),
        cmocka_unit_test(test_parse_format),
        cmocka_unit_test(test_parse_refusals),
        cmocka_unit_test(test_foreign),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_step),
        cmocka_unit_test(test_days),
        cmocka_unit_test(test_contains_children),
        cmocka_unit_test(test_of_date),
        cmocka_unit_test(test_parse_date),
        cmocka_unit_test(test_aggregate_complete),
        cmocka_unit_test(test_aggregate_weeks),
        cmocka_unit_test(test_aggregate_incomplete),
        cmocka_unit_test(test_aggregate_never_inf),
        cmocka_unit_test(test_aggregate_refusals),
        cmocka_unit_test(test_aggregate_counts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
