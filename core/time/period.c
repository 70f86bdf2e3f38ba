/* Periods of the KPI engine; see period.h for the rules on order, weeks and aggregation. The
 * calendar arithmetic (days since 1970-01-01, weekdays, month lengths) comes from civil.h. */
#include "time/period.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/civil.h"

/* A step larger than this leaves the years 1-9999 whatever the kind (9999 years hold fewer than
 * 530 000 weeks); refusing it first keeps the arithmetic far from overflow. */
#define STEP_MAX 10000000LL

/* How many bytes of a refused text a message quotes. */
#define SHOW_MAX 40

/* The one name of each kind, as the configuration language and the store write it. */
static const char *const kind_names[PERIOD_KINDS] = {"year",    "half_year", "tertial",
                                                     "quarter", "month",     "week"};
static const char *const kind_plurals[PERIOD_KINDS] = {"years",    "half-years", "tertials",
                                                       "quarters", "months",     "weeks"};
static const char *const kind_singulars[PERIOD_KINDS] = {"year",    "half-year", "tertial",
                                                         "quarter", "month",     "week"};
/* Months in a period of each calendar kind (weeks have none). */
static const int kind_months[PERIOD_KINDS] = {12, 6, 4, 3, 1, 0};

static const char *const rule_names[] = {"sum", "mean", "last", "max", "min", "weighted_mean"};
#define RULES ((int)(sizeof rule_names / sizeof rule_names[0]))

const char *period_kind_name(period_kind kind)
{
    return (int)kind >= 0 && (int)kind < PERIOD_KINDS ? kind_names[kind] : NULL;
}

int period_kind_from_name(const char *name, period_kind *out)
{
    for (int k = 0; k < PERIOD_KINDS; k++) {
        if (strcmp(name, kind_names[k]) == 0) {
            *out = (period_kind)k;
            return PERIOD_OK;
        }
    }
    if (strcmp(name, "half") == 0) { /* the former name, which connectors may still use */
        *out = PERIOD_HALF;
        return PERIOD_OK;
    }
    return PERIOD_EKIND;
}

const char *period_rule_name(period_rule rule)
{
    return (int)rule >= 0 && (int)rule < RULES ? rule_names[rule] : NULL;
}

int period_rule_from_name(const char *name, period_rule *out)
{
    for (int r = 0; r < RULES; r++) {
        if (strcmp(name, rule_names[r]) == 0) {
            *out = (period_rule)r;
            return PERIOD_OK;
        }
    }
    return PERIOD_EKIND;
}

const char *period_strerror(int rc)
{
    switch (rc) {
    case PERIOD_OK:
        return "no error";
    case PERIOD_EPARSE:
        return "not a period";
    case PERIOD_ERANGE:
        return "period out of range";
    case PERIOD_EKIND:
        return "the period kinds do not fit";
    case PERIOD_EVALUE:
        return "bad value in a series";
    case PERIOD_ENOMEM:
        return "out of memory";
    default:
        return "unknown error";
    }
}

/* Monday = 0 .. Sunday = 6, the ISO numbering less one. */
static int iso_weekday(long long days)
{
    return (civil_weekday(days) + 6) % 7;
}

/* Days since 1970-01-01 of the Monday that starts ISO week 1 of year: the week holding 4
 * January, which is the week holding the year's first Thursday. */
static long long week1_monday(int year)
{
    long long jan4 = civil_to_days(year, 1, 4);
    return jan4 - iso_weekday(jan4);
}

/* The ISO week holding the day: the year and the week of that week's Thursday. */
static void iso_week_of(long long days, int *year, int *week)
{
    long long thursday = days - iso_weekday(days) + 3;
    int m, d;
    civil_from_days(thursday, year, &m, &d);
    *week = (int)((thursday - civil_to_days(*year, 1, 1)) / 7) + 1;
}

int period_iso_weeks(int year)
{
    if (year < PERIOD_YEAR_MIN || year > PERIOD_YEAR_MAX)
        return 0;
    int jan1 = iso_weekday(civil_to_days(year, 1, 1));
    return jan1 == 3 || (jan1 == 2 && civil_is_leap(year)) ? 53 : 52;
}

int period_count(period_kind kind, int year)
{
    if (year < PERIOD_YEAR_MIN || year > PERIOD_YEAR_MAX || (int)kind < 0 ||
        (int)kind >= PERIOD_KINDS)
        return 0;
    return kind == PERIOD_WEEK ? period_iso_weeks(year) : 12 / kind_months[kind];
}

int period_valid(period p)
{
    int count = period_count(p.kind, p.year);
    return count > 0 && p.index >= 1 && p.index <= count;
}

/* The first and last day of a valid period, as days since 1970-01-01. */
static void span(period p, long long *first, long long *last)
{
    if (p.kind == PERIOD_WEEK) {
        *first = week1_monday(p.year) + 7LL * (p.index - 1);
        *last = *first + 6;
        return;
    }
    int months = kind_months[p.kind];
    int m_first = (p.index - 1) * months + 1, m_last = p.index * months;
    *first = civil_to_days(p.year, m_first, 1);
    *last = civil_to_days(p.year, m_last, civil_days_in_month(p.year, m_last));
}

static period_date date_of_days(long long days)
{
    period_date d;
    civil_from_days(days, &d.year, &d.month, &d.day);
    return d;
}

static int date_valid(period_date d)
{
    return d.year >= PERIOD_YEAR_MIN && d.year <= PERIOD_YEAR_MAX && d.month >= 1 &&
        d.month <= 12 && d.day >= 1 && d.day <= civil_days_in_month(d.year, d.month);
}

int period_first_day(period p, period_date *out)
{
    if (!period_valid(p))
        return PERIOD_ERANGE;
    long long first, last;
    span(p, &first, &last);
    *out = date_of_days(first);
    return PERIOD_OK;
}

int period_last_day(period p, period_date *out)
{
    if (!period_valid(p))
        return PERIOD_ERANGE;
    long long first, last;
    span(p, &first, &last);
    *out = date_of_days(last);
    return PERIOD_OK;
}

int period_format(period p, char *buf, size_t size)
{
    int n;
    if (!period_valid(p)) {
        if (size > 0)
            buf[0] = '\0';
        return PERIOD_ERANGE;
    }
    switch (p.kind) {
    case PERIOD_YEAR:
        n = snprintf(buf, size, "%04d", p.year);
        break;
    case PERIOD_HALF:
        n = snprintf(buf, size, "%04dH%d", p.year, p.index);
        break;
    case PERIOD_TERTIAL:
        n = snprintf(buf, size, "%04dT%d", p.year, p.index);
        break;
    case PERIOD_QUARTER:
        n = snprintf(buf, size, "%04dQ%d", p.year, p.index);
        break;
    case PERIOD_MONTH:
        n = snprintf(buf, size, "%04d-%02d", p.year, p.index);
        break;
    default:
        n = snprintf(buf, size, "%04dW%02d", p.year, p.index);
        break;
    }
    return n < 0 || (size_t)n >= size ? PERIOD_ERANGE : n;
}

int period_format_date(period_date d, char *buf, size_t size)
{
    int n = snprintf(buf, size, "%04d-%02d-%02d", d.year, d.month, d.day);
    return n < 0 || (size_t)n >= size ? PERIOD_ERANGE : n;
}

/* ---- parsing ---- */

/* Writes "'TEXT' is not a WHAT: REASON" into err, quoting at most SHOW_MAX bytes of the text with
 * control characters and non-ASCII bytes shown as '?'. Returns PERIOD_EPARSE. */
static int parse_fail(char *err, size_t errsize, const char *s, size_t len, const char *what,
                      const char *fmt, ...)
{
    if (err == NULL || errsize == 0)
        return PERIOD_EPARSE;
    char show[SHOW_MAX + 4];
    size_t n = len < SHOW_MAX ? len : SHOW_MAX;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        show[i] = c >= 0x20 && c < 0x7f ? (char)c : '?';
    }
    show[n] = '\0';
    if (len > SHOW_MAX)
        strcat(show, "...");
    char reason[PERIOD_ERR_SIZE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    snprintf(err, errsize, "'%s' is not a %s: %s", show, what, reason);
    return PERIOD_EPARSE;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Reads exactly n digits at s[pos..] (within len) into *value; 0 when they are not there. */
static int read_digits(const char *s, size_t len, size_t pos, int n, int *value)
{
    if (pos + (size_t)n > len)
        return 0;
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_digit(s[pos + i]))
            return 0;
        v = v * 10 + (s[pos + i] - '0');
    }
    *value = v;
    return 1;
}

/* Describes byte c for a message: "'x'", or "byte 0x0a" for one that cannot be shown. */
static const char *show_byte(unsigned char c, char buf[16])
{
    if (c >= 0x20 && c < 0x7f)
        snprintf(buf, 16, "'%c'", c);
    else
        snprintf(buf, 16, "byte 0x%02x", c);
    return buf;
}

static char upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/* The canonical notations, and with `foreign` also SCB's, DST's and ISO's (see period.h). */
static int parse_period(const char *s, size_t len, int foreign, period *out, char *err,
                        size_t errsize)
{
    static const char *const forms = "2019, 2019H1, 2019T2, 2019Q3, 2019-05 or 2019W12";
    static const char *const foreign_forms =
        "2019, 2019H1, 2019T2, 2019Q3, 2019K3, 2019-05, 2019M05, 2019W12, 2019V12, 2019U12 "
        "or 2019-W12";
    const char *what = "period";
    char b[16];
    if (len == 0)
        return parse_fail(err, errsize, s, len, what, "the text is empty");
    int year;
    if (!read_digits(s, len, 0, 4, &year))
        return parse_fail(err, errsize, s, len, what, "expected a four-digit year first, as in %s",
                          foreign ? foreign_forms : forms);
    if (year < PERIOD_YEAR_MIN)
        return parse_fail(err, errsize, s, len, what, "year 0000 is out of range 0001-9999");
    period p = {PERIOD_YEAR, year, 1};
    size_t pos = 4;
    if (len > pos) {
        char c = foreign ? upper(s[pos]) : s[pos];
        int digits = 1, high = 0;
        const char *after = NULL; /* the designator, for messages */
        char designator[4] = {c, '\0', '\0', '\0'};
        if (c == 'H') {
            p.kind = PERIOD_HALF;
        } else if (c == 'T') {
            p.kind = PERIOD_TERTIAL;
        } else if (c == 'Q' || (foreign && c == 'K')) {
            p.kind = PERIOD_QUARTER;
        } else if (c == '-' && foreign && len > pos + 1 && upper(s[pos + 1]) == 'W') {
            p.kind = PERIOD_WEEK;
            designator[1] = 'W';
            pos++;
        } else if (c == '-' || (foreign && c == 'M')) {
            p.kind = PERIOD_MONTH;
        } else if (c == 'W' || (foreign && (c == 'V' || c == 'U'))) {
            p.kind = PERIOD_WEEK;
        } else {
            return parse_fail(err, errsize, s, len, what,
                              "unexpected %s after the year %04d (expected %s)",
                              show_byte((unsigned char)s[pos], b), year,
                              foreign ? "H, T, Q, K, M, -, W, V or U" : "H, T, Q, - or W");
        }
        pos++;
        after = designator;
        if (p.kind == PERIOD_MONTH || p.kind == PERIOD_WEEK)
            digits = 2;
        high = p.kind == PERIOD_WEEK ? period_iso_weeks(year) : period_count(p.kind, year);
        const char *name = p.kind == PERIOD_WEEK ? "ISO week" : kind_singulars[p.kind];
        if (!read_digits(s, len, pos, digits, &p.index)) {
            if (digits == 1)
                return parse_fail(err, errsize, s, len, what, "expected a digit 1-%d after '%s'",
                                  high, after);
            return parse_fail(err, errsize, s, len, what, "expected two digits 01-%02d after '%s'",
                              high, after);
        }
        if (p.index < 1 || p.index > high) {
            if (p.kind == PERIOD_WEEK)
                return parse_fail(err, errsize, s, len, what,
                                  "ISO week %02d is out of range 01-%02d (%04d has %d weeks)",
                                  p.index, high, year, high);
            if (digits == 2)
                return parse_fail(err, errsize, s, len, what, "%s %02d is out of range 01-%02d",
                                  name, p.index, high);
            return parse_fail(err, errsize, s, len, what, "%s %d is out of range 1-%d", name,
                              p.index, high);
        }
        pos += (size_t)digits;
    }
    if (pos < len)
        return parse_fail(err, errsize, s, len, what, "unexpected %s after '%.*s'",
                          show_byte((unsigned char)s[pos], b), (int)pos, s);
    *out = p;
    return PERIOD_OK;
}

int period_parse(const char *s, size_t len, period *out, char *err, size_t errsize)
{
    return parse_period(s, len, 0, out, err, errsize);
}

int period_from_foreign(const char *s, size_t len, period *out, char *err, size_t errsize)
{
    return parse_period(s, len, 1, out, err, errsize);
}

int period_parse_date(const char *s, size_t len, period_date *out, char *err, size_t errsize)
{
    const char *what = "date";
    period_date d;
    if (len != 10 || !read_digits(s, len, 0, 4, &d.year) || s[4] != '-' ||
        !read_digits(s, len, 5, 2, &d.month) || s[7] != '-' || !read_digits(s, len, 8, 2, &d.day))
        return parse_fail(err, errsize, s, len, what, "expected YYYY-MM-DD, as in 2019-05-17");
    if (d.year < PERIOD_YEAR_MIN)
        return parse_fail(err, errsize, s, len, what, "year 0000 is out of range 0001-9999");
    if (d.month < 1 || d.month > 12)
        return parse_fail(err, errsize, s, len, what, "month %02d is out of range 01-12", d.month);
    int dim = civil_days_in_month(d.year, d.month);
    if (d.day < 1)
        return parse_fail(err, errsize, s, len, what, "day 00 is out of range 01-%02d", dim);
    if (d.day > dim)
        return parse_fail(err, errsize, s, len, what, "%04d-%02d has %d days", d.year, d.month,
                          dim);
    *out = d;
    return PERIOD_OK;
}

/* ---- order, arithmetic, containment ---- */

int period_compare(period a, period b)
{
    if (a.kind == b.kind) {
        if (a.year != b.year)
            return a.year < b.year ? -1 : 1;
        return a.index < b.index ? -1 : a.index > b.index;
    }
    long long fa, la, fb, lb;
    span(a, &fa, &la);
    span(b, &fb, &lb);
    if (fa != fb)
        return fa < fb ? -1 : 1;
    if (la != lb)
        return la > lb ? -1 : 1; /* the longer one first */
    return a.kind < b.kind ? -1 : 1;
}

/* The period of the kind holding the day (days since 1970-01-01); the year may fall outside
 * 1-9999, which callers check. */
static period period_of_days(long long days, period_kind kind)
{
    period p = {kind, 0, 1};
    if (kind == PERIOD_WEEK) {
        iso_week_of(days, &p.year, &p.index);
        return p;
    }
    int m, d;
    civil_from_days(days, &p.year, &m, &d);
    p.index = (m - 1) / kind_months[kind] + 1;
    return p;
}

int period_of_date(period_date d, period_kind kind, period *out)
{
    if (!date_valid(d) || (int)kind < 0 || (int)kind >= PERIOD_KINDS)
        return PERIOD_ERANGE;
    period p = period_of_days(civil_to_days(d.year, d.month, d.day), kind);
    if (!period_valid(p))
        return PERIOD_ERANGE; /* the ISO week of 9999-12-31 would belong to year 10000 */
    *out = p;
    return PERIOD_OK;
}

int period_step(period p, long long n, period *out)
{
    if (!period_valid(p) || n > STEP_MAX || n < -STEP_MAX)
        return PERIOD_ERANGE;
    period r = p;
    if (p.kind == PERIOD_WEEK) {
        long long first, last;
        span(p, &first, &last);
        r = period_of_days(first + 7 * n, PERIOD_WEEK);
    } else {
        long long count = 12 / kind_months[p.kind];
        long long linear = p.year * count + (p.index - 1) + n;
        long long year = linear >= 0 ? linear / count : -((-linear + count - 1) / count);
        if (year < PERIOD_YEAR_MIN || year > PERIOD_YEAR_MAX)
            return PERIOD_ERANGE;
        r.year = (int)year;
        r.index = (int)(linear - year * count) + 1;
    }
    if (!period_valid(r))
        return PERIOD_ERANGE;
    *out = r;
    return PERIOD_OK;
}

int period_contains(period outer, period inner)
{
    if (!period_valid(outer) || !period_valid(inner))
        return 0;
    if (outer.kind == inner.kind)
        return outer.year == inner.year && outer.index == inner.index;
    if (outer.kind == PERIOD_WEEK)
        return 0; /* a week holds no other kind */
    long long fo, lo, fi, li;
    span(outer, &fo, &lo);
    span(inner, &fi, &li);
    if (inner.kind == PERIOD_WEEK) {
        long long thursday = fi + 3;
        return fo <= thursday && thursday <= lo;
    }
    return fo <= fi && li <= lo;
}

int period_divides(period_kind fine, period_kind coarse)
{
    /* divides[fine][coarse] */
    static const unsigned char divides[PERIOD_KINDS][PERIOD_KINDS] = {
        /*           Y  H  T  Q  M  W */
        /* year */ {1, 0, 0, 0, 0, 0},
        /* half */ {1, 1, 0, 0, 0, 0},
        /* tert */ {1, 0, 1, 0, 0, 0},
        /* quar */ {1, 1, 0, 1, 0, 0},
        /* mont */ {1, 1, 1, 1, 1, 0},
        /* week */ {1, 1, 1, 1, 1, 1},
    };
    if ((int)fine < 0 || (int)fine >= PERIOD_KINDS || (int)coarse < 0 ||
        (int)coarse >= PERIOD_KINDS)
        return 0;
    return divides[fine][coarse];
}

int period_children(period p, period_kind kind, period *out, int max)
{
    if (!period_valid(p))
        return PERIOD_ERANGE;
    if (!period_divides(kind, p.kind))
        return PERIOD_EKIND;
    long long first, last;
    span(p, &first, &last);
    int n = 0;
    if (kind == PERIOD_WEEK) {
        /* Every week whose Thursday lies in p. */
        for (long long thu = first + (4 - civil_weekday(first) + 7) % 7; thu <= last; thu += 7) {
            if (n == max)
                return PERIOD_ERANGE;
            out[n++] = period_of_days(thu, PERIOD_WEEK);
        }
        return n;
    }
    for (period c = period_of_days(first, kind);;) {
        if (n == max)
            return PERIOD_ERANGE;
        out[n++] = c;
        if (period_step(c, 1, &c) != PERIOD_OK)
            break; /* past 9999 */
        long long cf, cl;
        span(c, &cf, &cl);
        if (cf > last)
            break;
    }
    return n;
}

/* ---- aggregation ---- */

/* Writes a message into err when there is room; returns rc. */
static int agg_fail(char *err, size_t errsize, int rc, const char *fmt, ...)
{
    if (err != NULL && errsize > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errsize, fmt, ap);
        va_end(ap);
    }
    return rc;
}

static int compare_values(const void *a, const void *b)
{
    const period_value *x = *(const period_value *const *)a;
    const period_value *y = *(const period_value *const *)b;
    return period_compare(x->period, y->period);
}

/* The period of kind holding p (by its Thursday for a week); kind must be p's kind or coarser. */
static period parent_of(period p, period_kind kind)
{
    long long first, last;
    span(p, &first, &last);
    return period_of_days(p.kind == PERIOD_WEEK ? first + 3 : first, kind);
}

static int same_period(period a, period b)
{
    return a.kind == b.kind && a.year == b.year && a.index == b.index;
}

/* Appends text to the reason, silently cut at its size. */
static void reason_add(char *reason, const char *fmt, ...)
{
    size_t used = strlen(reason);
    if (used + 1 >= PERIOD_REASON_SIZE)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason + used, PERIOD_REASON_SIZE - used, fmt, ap);
    va_end(ap);
}

/* Fills r for the coarse period r->period from its listed finer observations m[0..k). */
static void aggregate_one(period_result *r, const period_value *const *m, size_t k,
                          period_kind fine, period_rule rule)
{
    period ch[PERIOD_CHILDREN_MAX];
    char text[PERIOD_TEXT_SIZE];
    int expected = period_children(r->period, fine, ch, PERIOD_CHILDREN_MAX);
    int count = 0;
    for (size_t i = 0; i < k; i++)
        count += m[i]->present != 0;
    r->count = count;
    r->expected = expected;
    r->present = 0;
    r->value = 0;
    r->reason[0] = '\0';

    if (rule == PERIOD_LAST) {
        /* The observations are sorted, so the last child can only be the last one listed. */
        const period_value *v = m[k - 1];
        if (same_period(v->period, ch[expected - 1]) && v->present) {
            r->present = 1;
            r->value = v->value;
        } else {
            period_format(ch[expected - 1], text, sizeof text);
            reason_add(r->reason, "no value for %s, the last %s", text,
                       fine == PERIOD_WEEK ? "ISO week" : kind_singulars[fine]);
        }
        return;
    }

    if (count < expected) {
        reason_add(r->reason, "%d of %d %s", count, expected,
                   expected == 1 ? kind_singulars[fine] : kind_plurals[fine]);
        /* Name up to three of the finer periods without a value. */
        int shown = 0, missing = expected - count;
        size_t j = 0;
        for (int c = 0; c < expected && shown < 3; c++) {
            while (j < k && period_compare(m[j]->period, ch[c]) < 0)
                j++;
            if (j < k && same_period(m[j]->period, ch[c]) && m[j]->present)
                continue;
            period_format(ch[c], text, sizeof text);
            reason_add(r->reason, "%s%s", shown == 0 ? ": " : ", ", text);
            shown++;
        }
        if (missing > shown)
            reason_add(r->reason, " and %d more", missing - shown);
        reason_add(r->reason, " missing");
        return;
    }

    /* Every finer period is listed once and has a value, so k == expected. */
    double value = m[0]->value;
    const char *what = "value";
    switch (rule) {
    case PERIOD_SUM:
    case PERIOD_MEAN: {
        double sum = 0;
        for (size_t i = 0; i < k; i++)
            sum += m[i]->value;
        if (rule == PERIOD_SUM) {
            value = sum;
            what = "sum";
            break;
        }
        value = sum / (double)k;
        if (!isfinite(value)) { /* the sum overflowed; the mean itself cannot */
            value = 0;
            for (size_t i = 0; i < k; i++)
                value += m[i]->value / (double)k;
        }
        what = "mean";
        break;
    }
    case PERIOD_MAX:
        for (size_t i = 1; i < k; i++)
            value = m[i]->value > value ? m[i]->value : value;
        break;
    case PERIOD_MIN:
        for (size_t i = 1; i < k; i++)
            value = m[i]->value < value ? m[i]->value : value;
        break;
    default: { /* PERIOD_WEIGHTED_MEAN */
        double wsum = 0, wmax = 0, num = 0;
        for (size_t i = 0; i < k; i++) {
            if (!m[i]->has_weight) {
                period_format(m[i]->period, text, sizeof text);
                reason_add(r->reason, "no weight for %s", text);
                return;
            }
            wsum += m[i]->weight;
            wmax = m[i]->weight > wmax ? m[i]->weight : wmax;
            num += m[i]->weight * m[i]->value;
        }
        if (wmax == 0) {
            reason_add(r->reason, "the weights add up to 0");
            return;
        }
        value = num / wsum;
        if (!isfinite(value)) {
            /* A product or a sum overflowed: weights scaled to at most 1 make the mean a convex
             * combination of the values, which stays within their range. */
            double scaled = 0;
            for (size_t i = 0; i < k; i++)
                scaled += m[i]->weight / wmax;
            value = 0;
            for (size_t i = 0; i < k; i++)
                value += (m[i]->weight / wmax / scaled) * m[i]->value;
        }
        what = "weighted mean";
        break;
    }
    }
    if (!isfinite(value)) {
        reason_add(r->reason, "the %s is out of the range of numbers", what);
        return;
    }
    r->present = 1;
    r->value = value;
}

int period_aggregate(const period_value *in, size_t n, period_kind kind, period_rule rule,
                     period_result *out, size_t *n_out, char *err, size_t errsize)
{
    char a[PERIOD_TEXT_SIZE], b[PERIOD_TEXT_SIZE];
    *n_out = 0;
    if (err != NULL && errsize > 0)
        err[0] = '\0';
    if (period_kind_name(kind) == NULL)
        return agg_fail(err, errsize, PERIOD_EKIND, "unknown period kind %d", (int)kind);
    if (period_rule_name(rule) == NULL)
        return agg_fail(err, errsize, PERIOD_EKIND, "unknown aggregation rule %d", (int)rule);
    if (n == 0)
        return PERIOD_OK;
    period_kind fine = in[0].period.kind;
    for (size_t i = 0; i < n; i++) {
        const period_value *v = &in[i];
        if (!period_valid(v->period))
            return agg_fail(err, errsize, PERIOD_ERANGE, "observation %zu: not a valid period",
                            i + 1);
        period_format(v->period, a, sizeof a);
        if (v->period.kind != fine) {
            period_format(in[0].period, b, sizeof b);
            return agg_fail(err, errsize, PERIOD_EKIND,
                            "the series mixes kinds of period: %s is a %s, %s a %s", b,
                            kind_singulars[fine], a, kind_singulars[v->period.kind]);
        }
        if (v->present && !isfinite(v->value))
            return agg_fail(err, errsize, PERIOD_EVALUE, "the value of %s is not a finite number",
                            a);
        if (rule == PERIOD_WEIGHTED_MEAN && v->has_weight &&
            (!isfinite(v->weight) || v->weight < 0))
            return agg_fail(err, errsize, PERIOD_EVALUE,
                            "the weight of %s is not a finite number >= 0", a);
    }
    if (!period_divides(fine, kind))
        return agg_fail(err, errsize, PERIOD_EKIND, "%s do not divide %s, so cannot be summed up",
                        kind_plurals[fine], kind_plurals[kind]);

    /* Sort pointers to the observations (owned here, freed before returning). */
    const period_value **sorted = malloc(n * sizeof *sorted);
    if (sorted == NULL)
        return agg_fail(err, errsize, PERIOD_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++)
        sorted[i] = &in[i];
    qsort(sorted, n, sizeof *sorted, compare_values);
    for (size_t i = 1; i < n; i++) {
        if (same_period(sorted[i - 1]->period, sorted[i]->period)) {
            period_format(sorted[i]->period, a, sizeof a);
            free(sorted);
            return agg_fail(err, errsize, PERIOD_EVALUE, "%s is listed twice in the series", a);
        }
    }

    /* The sorted observations fall into runs, one per coarse period, in order. */
    size_t count = 0;
    for (size_t start = 0; start < n;) {
        period parent = parent_of(sorted[start]->period, kind);
        size_t end = start + 1;
        while (end < n && same_period(parent_of(sorted[end]->period, kind), parent))
            end++;
        out[count].period = parent;
        aggregate_one(&out[count], sorted + start, end - start, fine, rule);
        count++;
        start = end;
    }
    free(sorted);
    *n_out = count;
    return PERIOD_OK;
}
