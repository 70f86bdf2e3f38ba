/* libFuzzer harness: core/time/period.c, period strings ("2019", "2019Q3", "2019-05", "2019W12", the
 * statistics offices' "2019M05", "2019K3", "2019V12", "2019U12", "2019-W12") and dates.
 *
 * Checks, beyond "no crash, no leak, no undefined behaviour":
 *   - a refusal leaves a message; an accepted text is a valid period;
 *   - the strict parser is exact: format(parse(s)) is s, byte for byte;
 *   - every accepted notation, canonical or foreign, formats to a text that parses back strictly
 *     to the same period (and a canonical text reads the same through the foreign parser);
 *   - the period's first day is not after its last, and the period of its first and last day
 *     (of the same kind) is the period itself; it contains itself; one step forward and back
 *     returns it; it orders equal to itself and before its successor;
 *   - a date the date parser accepts formats back to the same text.
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/period under make test. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/period.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same(period a, period b)
{
    return a.kind == b.kind && a.year == b.year && a.index == b.index;
}

static int date_cmp(period_date a, period_date b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    return a.day < b.day ? -1 : a.day > b.day;
}

/* Everything that must hold for a period one of the parsers accepted. */
static void check_period(period p)
{
    CHECK(period_valid(p));
    char text[PERIOD_TEXT_SIZE];
    int n = period_format(p, text, sizeof text);
    CHECK(n > 0 && (size_t)n == strlen(text));
    period back;
    char err[PERIOD_ERR_SIZE];
    if (period_parse(text, (size_t)n, &back, err, sizeof err) != PERIOD_OK) {
        fprintf(stderr, "fuzz_period: '%s' does not parse back: %s\n", text, err);
        CHECK(0);
    }
    CHECK(same(p, back));
    CHECK(period_from_foreign(text, (size_t)n, &back, NULL, 0) == PERIOD_OK && same(p, back));

    period_date first, last;
    CHECK(period_first_day(p, &first) == PERIOD_OK);
    CHECK(period_last_day(p, &last) == PERIOD_OK);
    CHECK(date_cmp(first, last) <= 0);
    period of;
    if (p.kind != PERIOD_WEEK || first.year >= 1) {
        if (period_of_date(first, p.kind, &of) == PERIOD_OK)
            CHECK(same(of, p));
        else
            CHECK(p.kind == PERIOD_WEEK); /* 0001W01 starts in year 0 */
    }
    if (period_of_date(last, p.kind, &of) == PERIOD_OK)
        CHECK(same(of, p));
    else
        CHECK(p.kind == PERIOD_WEEK); /* 9999W52 ends in year 10000 */
    CHECK(period_contains(p, p));
    CHECK(period_compare(p, p) == 0);

    period next, prev;
    if (period_step(p, 1, &next) == PERIOD_OK) {
        CHECK(period_valid(next) && period_compare(p, next) < 0 && period_compare(next, p) > 0);
        CHECK(period_step(next, -1, &prev) == PERIOD_OK && same(prev, p));
    }
    CHECK(period_step(p, 0, &next) == PERIOD_OK && same(next, p));

    period kids[PERIOD_CHILDREN_MAX];
    for (int k = 0; k < PERIOD_KINDS; k++) {
        int nk = period_children(p, (period_kind)k, kids, PERIOD_CHILDREN_MAX);
        if (nk < 0)
            continue;
        CHECK(nk > 0 && nk <= PERIOD_CHILDREN_MAX);
        for (int i = 0; i < nk; i++) {
            CHECK(period_valid(kids[i]) && kids[i].kind == (period_kind)k);
            CHECK(period_contains(p, kids[i]));
            if (i > 0)
                CHECK(period_compare(kids[i - 1], kids[i]) < 0);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64)
        return 0;
    /* An exact-size copy, so that reading past len is an ASan report. */
    char *s = malloc(size ? size : 1);
    CHECK(s != NULL);
    memcpy(s, data, size);
    char err[PERIOD_ERR_SIZE];
    period p;

    err[0] = '\0';
    if (period_parse(s, size, &p, err, sizeof err) == PERIOD_OK) {
        check_period(p);
        char text[PERIOD_TEXT_SIZE];
        int n = period_format(p, text, sizeof text);
        CHECK((size_t)n == size && memcmp(text, s, size) == 0);
        period f;
        CHECK(period_from_foreign(s, size, &f, NULL, 0) == PERIOD_OK && same(f, p));
    } else {
        CHECK(err[0] != '\0');
    }

    err[0] = '\0';
    if (period_from_foreign(s, size, &p, err, sizeof err) == PERIOD_OK)
        check_period(p);
    else
        CHECK(err[0] != '\0');
    /* err NULL is allowed */
    (void)period_from_foreign(s, size, &p, NULL, 0);
    (void)period_parse(s, size, &p, NULL, 0);

    period_date d;
    err[0] = '\0';
    if (period_parse_date(s, size, &d, err, sizeof err) == PERIOD_OK) {
        char text[PERIOD_TEXT_SIZE];
        int n = period_format_date(d, text, sizeof text);
        CHECK(n > 0 && (size_t)n == size && memcmp(text, s, size) == 0);
        for (int k = 0; k < PERIOD_KINDS; k++)
            if (period_of_date(d, (period_kind)k, &p) == PERIOD_OK)
                check_period(p);
    } else {
        CHECK(err[0] != '\0');
    }
    free(s);
    return 0;
}
