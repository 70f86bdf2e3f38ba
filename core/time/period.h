/* Periods of the KPI engine: year "2019", half-year "2019H1", tertial "2019T2", quarter "2019Q3",
 * month "2019-05" and ISO 8601 week "2019W12"; parsing, formatting, ordering, stepping, their
 * days, which periods hold which, and aggregation of a finer series to a coarser kind.
 *
 * A period is (kind, year, index): index 1 for a year, 1-2 for half-years, 1-3 for tertials
 * (T1 January-April, T2 May-August, T3 September-December), 1-4 for quarters, 1-12 for months,
 * 1-52 or 1-53 for ISO weeks. A week's year is its ISO week-numbering year: week 1 is the week
 * (Monday to Sunday) holding the year's first Thursday, so 2019W01 runs 2018-12-31..2019-01-06
 * and 2020W53 runs 2020-12-28..2021-01-03. Years are 1-9999 (proleptic Gregorian calendar); the
 * days of 9999's last week reach into 10000-01-02 and are still reported.
 *
 * The rules this module decides (documented again at each function):
 *   - Order across kinds: by first day, then the longer period first (2019 < 2019H1 < 2019Q1 <
 *     2019-01 < 2019-02), so a sorted mixed list reads as an outline, each period before the
 *     periods it contains.
 *   - Weeks in coarser periods: a week belongs to the month, quarter, tertial, half-year and
 *     year that hold its Thursday (the ISO rule that gives a week its year, applied to months
 *     too), so every week lies in exactly one period of each coarser kind. 2019W01 is in
 *     2019-01 although it starts in December 2018; 2019W05 (2019-01-28..02-03) is in 2019-01.
 *   - Containment of calendar periods is by days: contains(a, b) when every day of b lies in a.
 *     "Divides" is stricter: kind F divides kind C when each C period is exactly the union of the
 *     F periods it contains; children and aggregation need a dividing kind. Months divide every
 *     coarser kind, quarters divide half-years and years, half-years and tertials divide years,
 *     weeks divide everything coarser (by the Thursday rule), and each kind divides itself.
 *     Tertials do not divide half-years or quarters (T2 is May-August) and quarters do not
 *     divide tertials, although 2019T1 contains 2019Q1 by days.
 *   - Aggregation and missing inputs: see period_aggregate. */
#ifndef STYR_PERIOD_H
#define STYR_PERIOD_H

#include <stddef.h>

/* Return codes. */
enum {
    PERIOD_OK = 0,
    PERIOD_EPARSE = -1, /* text that is not a period or a date (a message says why) */
    PERIOD_ERANGE = -2, /* a result outside the years 1-9999, or an invalid period given */
    PERIOD_EKIND = -3,  /* kinds that do not fit (one does not divide the other, mixed kinds) */
    PERIOD_EVALUE = -4, /* aggregation input: a duplicate period, a value or weight not finite */
    PERIOD_ENOMEM = -5,
};

/* Kinds, from coarse to fine; the numeric order is used for tie-breaks only. */
typedef enum period_kind {
    PERIOD_YEAR = 0,
    PERIOD_HALF = 1,
    PERIOD_TERTIAL = 2,
    PERIOD_QUARTER = 3,
    PERIOD_MONTH = 4,
    PERIOD_WEEK = 5,
} period_kind;

#define PERIOD_KINDS 6
#define PERIOD_YEAR_MIN 1
#define PERIOD_YEAR_MAX 9999
/* Room for any formatted period ("2019W12", "2019-05") or date ("2019-05-17", "10000-01-02"),
 * with the terminating NUL. */
#define PERIOD_TEXT_SIZE 16
/* Room for a message from period_parse, period_from_foreign or period_parse_date. */
#define PERIOD_ERR_SIZE 256
/* The most periods of one kind another period can hold: the 53 weeks of a long ISO year. */
#define PERIOD_CHILDREN_MAX 53
/* Room for an aggregation result's reason ("3 of 4 quarters: 2019Q2 missing"). */
#define PERIOD_REASON_SIZE 96

typedef struct period {
    period_kind kind;
    int year;  /* 1-9999; for weeks the ISO week-numbering year */
    int index; /* 1 .. period_count(kind, year) */
} period;

/* A civil date (proleptic Gregorian). */
typedef struct period_date {
    int year, month, day;
} period_date;

/* The kind's name: "year", "half_year", "tertial", "quarter", "month", "week"; NULL for no kind.
 * The configuration language, the store and styr.period use these names and no others. */
const char *period_kind_name(period_kind kind);

/* Looks up a kind by the name period_kind_name gives; "half", the half-year's former name in
 * styr.period, is still read as "half_year". Returns PERIOD_OK or PERIOD_EKIND. */
int period_kind_from_name(const char *name, period_kind *out);

/* 52 or 53: the ISO weeks of year (53 when 1 January is a Thursday, or a Wednesday in a leap
 * year: 2015, 2020, 2026, 2032). 0 for a year outside 1-9999. */
int period_iso_weeks(int year);

/* How many periods of the kind year has: 1, 2, 3, 4, 12, or 52/53 for weeks; 0 when the kind or
 * the year is out of range. */
int period_count(period_kind kind, int year);

/* 1 when p is a period of a known kind with year 1-9999 and index in range, else 0. */
int period_valid(period p);

/* Parses the canonical notation, strictly: exactly "YYYY", "YYYYHn", "YYYYTn", "YYYYQn",
 * "YYYY-MM" or "YYYYWww", upper-case letters, a four-digit year, two-digit months and weeks,
 * nothing before or after (len bytes from s, so an embedded NUL is junk too). Returns PERIOD_OK
 * and fills *out, or PERIOD_EPARSE and writes a message naming the text and what is wrong into
 * err ("'2019W53' is not a period: ISO week 53 is out of range 01-52 (2019 has 52 weeks)"); err
 * may be NULL. */
int period_parse(const char *s, size_t len, period *out, char *err, size_t errsize);

/* Parses the notations of Statistics Sweden (SCB), Statistics Denmark (DST) and Jobindsats, and
 * ISO 8601's week form, besides the canonical ones: "2019M05" month, "2019K3" quarter (kvartal),
 * "2019V12" week (vecka, SCB) and "2019U12" week (uge, DST), "2019-W12" week; "2019H1" half-year
 * (halvår), "2019T2" tertial and "2019Q3" quarter are the canonical forms anyway. The letter may
 * be lower-case; months and weeks still need two digits. Returns like period_parse. */
int period_from_foreign(const char *s, size_t len, period *out, char *err, size_t errsize);

/* Writes p's canonical notation into buf (PERIOD_TEXT_SIZE bytes suffice). Returns the length,
 * or PERIOD_ERANGE (and an empty string when size > 0) for an invalid period or a short buffer. */
int period_format(period p, char *buf, size_t size);

/* Orders valid periods: -1, 0 or 1. Within a kind, chronological. Across kinds, by first day,
 * then the longer period first, then by kind (never needed: two kinds never share both first
 * day and length), so that 2019 < 2019H1 < 2019T1 < 2019Q1 < 2019-01 and 2019W01 (from
 * 2018-12-31) < 2019. Equal only when the periods are the same. */
int period_compare(period a, period b);

/* The period n periods of the same kind after p (before it when n < 0), across year ends;
 * weeks step by 7 days, so 2020W53 + 1 = 2021W01 and 2021W01 - 1 = 2020W53. Returns PERIOD_OK,
 * or PERIOD_ERANGE when p is invalid or the result leaves the years 1-9999. */
int period_step(period p, long long n, period *out);

/* The first and the last day of p. Return PERIOD_OK or PERIOD_ERANGE (p invalid). */
int period_first_day(period p, period_date *out);
int period_last_day(period p, period_date *out);

/* 1 when outer contains inner, else 0 (also for invalid periods). A period contains itself.
 * A calendar period (not a week) contains another when every day of the inner one lies in it;
 * it contains a week when it holds the week's Thursday. A week contains only itself. */
int period_contains(period outer, period inner);

/* 1 when kind fine divides kind coarse (see the top of this file), else 0. */
int period_divides(period_kind fine, period_kind coarse);

/* The periods of the kind that p holds, in order, into out (room for max; PERIOD_CHILDREN_MAX
 * always suffices). Returns the count, PERIOD_EKIND when the kind does not divide p's kind, or
 * PERIOD_ERANGE (p invalid, or max too small). */
int period_children(period p, period_kind kind, period *out, int max);

/* The period of the kind holding date d (for weeks, the ISO week). Returns PERIOD_OK or
 * PERIOD_ERANGE (no such date, a year outside 1-9999, or an unknown kind). */
int period_of_date(period_date d, period_kind kind, period *out);

/* Parses a date "YYYY-MM-DD", strictly (len bytes from s). Returns PERIOD_OK, or PERIOD_EPARSE
 * with a message in err ("'2019-02-30' is not a date: 2019-02 has 28 days"); err may be NULL. */
int period_parse_date(const char *s, size_t len, period_date *out, char *err, size_t errsize);

/* Writes d as "YYYY-MM-DD". Returns the length, or PERIOD_ERANGE for a short buffer. */
int period_format_date(period_date d, char *buf, size_t size);

/* Aggregation rules. */
typedef enum period_rule {
    PERIOD_SUM = 0,
    PERIOD_MEAN = 1,
    PERIOD_LAST = 2,
    PERIOD_MAX = 3,
    PERIOD_MIN = 4,
    PERIOD_WEIGHTED_MEAN = 5,
} period_rule;

/* The rule's name: "sum", "mean", "last", "max", "min", "weighted_mean"; NULL for no rule. */
const char *period_rule_name(period_rule rule);

/* Looks up a rule by the name period_rule_name gives. Returns PERIOD_OK or PERIOD_EKIND. */
int period_rule_from_name(const char *name, period_rule *out);

/* One observation of a finer series. */
typedef struct period_value {
    period period;
    int present;    /* 0: the value is missing (listed, but unknown) */
    double value;   /* read only when present; must be finite */
    int has_weight; /* weighted mean only: 0 when no weight was given for this period */
    double weight;  /* weighted mean only: finite and >= 0 */
} period_value;

/* One value of the coarser series. */
typedef struct period_result {
    period period;
    int present;                     /* 0: missing, and reason says why */
    double value;                    /* finite when present, else 0 */
    int count;                       /* finer periods with a value */
    int expected;                    /* finer periods the coarse period holds */
    char reason[PERIOD_REASON_SIZE]; /* empty when present */
} period_result;

/* Aggregates the n observations in (all of one kind F, in any order, each period at most once)
 * to kind, which F must divide, by rule. The result has one entry for each period of kind that
 * holds at least one listed observation (present or missing), in order; coarse periods the
 * series never mentions are not invented. A coarse period's value is:
 *   sum, mean, max, min: over its F periods, when every one of them has a value;
 *   weighted mean: sum(w * v) / sum(w) over its F periods, when every one has a value and a
 *     weight; missing when the weights add up to 0;
 *   last: the value of its last F period (December, Q4, the last ISO week), when that one has
 *     a value, whatever the earlier ones hold, as for stocks counted at the end of a period.
 * Otherwise the coarse period is missing with a reason: "3 of 4 quarters: 2019Q2 missing",
 * "no value for 2019Q4, the last quarter", "no weight for 2019Q2", "the weights add up to 0".
 * A result that would not be finite (a sum beyond the range of doubles) is missing too ("the
 * sum is out of the range of numbers"), so no NaN or infinity ever comes out.
 * Returns PERIOD_OK with the results in out (room for n entries, the most there can be) and
 * their count in *n_out, or an error with a message in err (err may be NULL): PERIOD_EKIND (mixed
 * kinds, F does not divide kind, an unknown kind or rule), PERIOD_EVALUE (a period listed twice,
 * a value or weight not finite, a negative weight), PERIOD_ERANGE (an invalid period),
 * PERIOD_ENOMEM. */
int period_aggregate(const period_value *in, size_t n, period_kind kind, period_rule rule,
                     period_result *out, size_t *n_out, char *err, size_t errsize);

/* A short English description of a PERIOD_ return code. */
const char *period_strerror(int rc);

#endif
