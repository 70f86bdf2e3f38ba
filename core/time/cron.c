/* Cron expressions: parsing into bitmasks, and the next fire time in a zone's local time. The
 * DST rules are written down in cron.h. */
#include "time/cron.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "time/civil.h"
#include "time/tz.h"

/* Longest piece of the expression quoted in a message, so a huge input gives a short message. */
#define QUOTE_MAX 64

/* 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, as in tz.c. */
#define EPOCH_MIN (-62135596800LL)
#define EPOCH_MAX 253402300799LL

/* Days of offsets loaded at once: a daily job needs a zone switch about twice a month. */
#define WINDOW_DAYS 18

static const char *const MONTH_NAMES[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL",
                                          "AUG", "SEP", "OCT", "NOV", "DEC", NULL};
static const char *const DAY_NAMES[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", NULL};

typedef struct field {
    const char *name;
    int min, max;             /* values a number may take */
    int star_max;             /* last value of '*': 6 for day-of-week, where 7 repeats 0 */
    const char *const *names; /* names of min, min + 1, ..., or NULL */
    const char *names_hint;   /* for messages: "a month name (JAN-DEC)" */
} field;

static const field FIELDS[5] = {
    {"minute", 0, 59, 59, NULL, NULL},
    {"hour", 0, 23, 23, NULL, NULL},
    {"day-of-month", 1, 31, 31, NULL, NULL},
    {"month", 1, 12, 12, MONTH_NAMES, "a month name (JAN-DEC)"},
    {"day-of-week", 0, 7, 6, DAY_NAMES, "a day name (SUN-SAT)"},
};

static const struct macro {
    const char *name, *expansion;
} MACROS[] = {
    {"@yearly", "0 0 1 1 *"},  {"@annually", "0 0 1 1 *"},
    {"@monthly", "0 0 1 * *"}, {"@weekly", "0 0 * * 0"},
    {"@daily", "0 0 * * *"},   {"@midnight", "0 0 * * *"},
    {"@hourly", "0 * * * *"},  {NULL, NULL},
};

const char *cron_strerror(int rc)
{
    switch (rc) {
    case CRON_OK:
        return "no error";
    case CRON_NEVER:
        return "the schedule never fires";
    case CRON_EZONE:
        return "unknown time zone";
    case CRON_ERANGE:
        return "time outside the years 1-9999";
    case CRON_ESYS:
        return "the C library's time functions failed";
    default:
        return "unknown error";
    }
}

/* Writes a message into err (when there is room for one) and returns -1. */
static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    if (err != NULL && errlen > 0) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
        if (n < 0)
            err[0] = '\0';
    }
    return -1;
}

static int quote_len(const char *s, const char *end)
{
    return end - s > QUOTE_MAX ? QUOTE_MAX : (int)(end - s);
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ASCII case-insensitive comparison of s[0..len) with the NUL-terminated name; the locale's
 * toupper could map letters differently. */
static int same_name(const char *s, size_t len, const char *name)
{
    if (strlen(name) != len)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char a = s[i], b = name[i];
        if (a >= 'a' && a <= 'z')
            a = (char)(a - 'a' + 'A');
        if (b >= 'a' && b <= 'z')
            b = (char)(b - 'a' + 'A');
        if (a != b)
            return 0;
    }
    return 1;
}

/* The context of one list entry, for messages. */
typedef struct entry {
    const field *f;
    const char *text, *end; /* the entry, e.g. "1-5/2" */
    char *err;
    size_t errlen;
} entry;

/* Reports the character at p, which has no place in the entry. */
static int unexpected(const entry *e, const char *p)
{
    int len = quote_len(e->text, e->end);
    if (*p > ' ' && *p < 127)
        return fail(e->err, e->errlen, "%s: unexpected '%c' in '%.*s'", e->f->name, *p, len,
                    e->text);
    return fail(e->err, e->errlen, "%s: unexpected character in '%.*s'", e->f->name, len, e->text);
}

/* Parses a number or (month, day-of-week) a name at *p. Returns 0 with *value set and *p moved
 * past it, or -1 with the message written. */
static int parse_value(const entry *e, const char **p, int *value)
{
    const field *f = e->f;
    const char *s = *p, *q = *p;
    if (q < e->end && is_digit(*q)) {
        long n = 0;
        for (; q < e->end && is_digit(*q); q++)
            if (n < 1000000) /* saturate: anything this large is out of range anyway */
                n = n * 10 + (*q - '0');
        if (n < f->min || n > f->max)
            return fail(e->err, e->errlen, "%s: %.*s is out of range %d-%d", f->name,
                        quote_len(s, q), s, f->min, f->max);
        *value = (int)n;
        *p = q;
        return 0;
    }
    if (q < e->end && is_alpha(*q)) {
        while (q < e->end && is_alpha(*q))
            q++;
        for (int i = 0; f->names && f->names[i]; i++) {
            if (same_name(s, (size_t)(q - s), f->names[i])) {
                *value = f->min + i;
                *p = q;
                return 0;
            }
        }
        if (f->names)
            return fail(e->err, e->errlen, "%s: '%.*s' is not a number or %s", f->name,
                        quote_len(s, q), s, f->names_hint);
        return fail(e->err, e->errlen, "%s: '%.*s' is not a number", f->name, quote_len(s, q), s);
    }
    if (q == e->end)
        return fail(e->err, e->errlen, "%s: a value is missing in '%.*s'", f->name,
                    quote_len(e->text, e->end), e->text);
    return unexpected(e, q);
}

/* Parses one list entry (*, a, a-b, each optionally /step) and sets its bits. Returns 0 or -1. */
static int parse_entry(const entry *e, uint64_t *bits)
{
    const field *f = e->f;
    const char *p = e->text;
    int lo, hi, ranged;
    if (p < e->end && *p == '*') {
        lo = f->min;
        hi = f->star_max;
        ranged = 1;
        p++;
    } else {
        if (parse_value(e, &p, &lo) != 0)
            return -1;
        hi = lo;
        ranged = 0;
        if (p < e->end && *p == '-') {
            p++;
            if (parse_value(e, &p, &hi) != 0)
                return -1;
            ranged = 1;
            if (hi < lo)
                return fail(e->err, e->errlen, "%s: range %.*s runs backwards", f->name,
                            quote_len(e->text, e->end), e->text);
        }
    }
    int step = 1;
    if (p < e->end && *p == '/') {
        p++;
        /* "5/10" means 5-59/10 to some crons and is an error to others: ask for the range. */
        if (!ranged)
            return fail(e->err, e->errlen,
                        "%s: '%.*s' has a step but no range (write */n or a-b/n)", f->name,
                        quote_len(e->text, e->end), e->text);
        const char *s = p;
        long n = 0;
        for (; p < e->end && is_digit(*p); p++)
            if (n < 1000000)
                n = n * 10 + (*p - '0');
        if (p == s) {
            if (p == e->end)
                return fail(e->err, e->errlen, "%s: the step is missing in '%.*s'", f->name,
                            quote_len(e->text, e->end), e->text);
            return unexpected(e, p);
        }
        int span = f->star_max - f->min + 1;
        if (n < 1 || n > span)
            return fail(e->err, e->errlen, "%s: step %.*s is out of range 1-%d", f->name,
                        quote_len(s, p), s, span);
        step = (int)n;
    }
    if (p != e->end)
        return unexpected(e, p);
    for (int v = lo; v <= hi; v += step)
        *bits |= (uint64_t)1 << v;
    return 0;
}

/* Parses one field (a comma-separated list) of text [s, end). Returns 0 or -1. */
static int parse_field(const field *f, const char *s, const char *end, uint64_t *bits, char *err,
                       size_t errlen)
{
    *bits = 0;
    const char *p = s;
    for (;;) {
        const char *comma = p;
        while (comma < end && *comma != ',')
            comma++;
        if (comma == p)
            return fail(err, errlen, "%s: empty entry in '%.*s'", f->name, quote_len(s, end), s);
        entry e = {f, p, comma, err, errlen};
        if (parse_entry(&e, bits) != 0)
            return -1;
        if (comma == end)
            return 0;
        p = comma + 1;
    }
}

/* Parses "@name" (with nothing after it but blanks). Returns 0 or -1. */
static int parse_macro(const char *s, cron_expr *out, char *err, size_t errlen)
{
    const char *end = s;
    while (*end && !is_space(*end))
        end++;
    const char *rest = end;
    while (is_space(*rest))
        rest++;
    if (*rest != '\0') {
        const char *rest_end = rest + strlen(rest);
        while (rest_end > rest && is_space(rest_end[-1]))
            rest_end--;
        return fail(err, errlen, "%.*s takes no fields, found '%.*s'", quote_len(s, end), s,
                    quote_len(rest, rest_end), rest);
    }
    for (const struct macro *m = MACROS; m->name; m++)
        if (same_name(s, (size_t)(end - s), m->name))
            return cron_parse(m->expansion, out, err, errlen);
    return fail(err, errlen,
                "unknown macro '%.*s' (known: @yearly, @annually, @monthly, @weekly, @daily, "
                "@midnight, @hourly)",
                quote_len(s, end), s);
}

int cron_parse(const char *expr, cron_expr *out, char *err, size_t errlen)
{
    if (expr == NULL)
        return fail(err, errlen, "empty expression");
    const char *p = expr;
    while (is_space(*p))
        p++;
    if (*p == '@')
        return parse_macro(p, out, err, errlen);

    /* Split on blanks; count every field so the message can say how many there were. */
    const char *start[5], *stop[5];
    int count = 0;
    while (*p) {
        const char *s = p;
        while (*p && !is_space(*p))
            p++;
        if (count < 5) {
            start[count] = s;
            stop[count] = p;
        }
        count++;
        while (is_space(*p))
            p++;
    }
    if (count == 0)
        return fail(err, errlen, "empty expression");
    if (count != 5)
        return fail(err, errlen,
                    "expected 5 fields (minute hour day-of-month month day-of-week), found %d",
                    count);

    uint64_t bits[5];
    for (int i = 0; i < 5; i++)
        if (parse_field(&FIELDS[i], start[i], stop[i], &bits[i], err, errlen) != 0)
            return -1;
    cron_expr c;
    c.minutes = bits[0];
    c.hours = (uint32_t)bits[1];
    c.days = (uint32_t)bits[2];
    c.months = (uint16_t)bits[3];
    /* Day 7 is Sunday again. */
    c.weekdays = (uint8_t)((bits[4] & 0x7f) | (bits[4] >> 7 & 1));
    c.flags =
        (uint8_t)((*start[1] == '*' ? CRON_HOUR_STAR : 0) | (*start[2] == '*' ? CRON_DOM_STAR : 0) |
                  (*start[4] == '*' ? CRON_DOW_STAR : 0));
    *out = c;
    return 0;
}

/* 1 when the date matches the day-of-month, month and day-of-week fields. */
static int day_matches(const cron_expr *c, int month, int day, int wday)
{
    if (!(c->months >> month & 1))
        return 0;
    int dom = c->days >> day & 1;
    int dow = c->weekdays >> wday & 1;
    if (!(c->flags & CRON_DOM_STAR) && !(c->flags & CRON_DOW_STAR))
        return dom || dow;
    return dom && dow;
}

int cron_matches(const cron_expr *c, int year, int month, int day, int hour, int minute)
{
    if (month < 1 || month > 12 || day < 1 || day > civil_days_in_month(year, month) || hour < 0 ||
        hour > 23 || minute < 0 || minute > 59)
        return 0;
    int wday = civil_weekday(civil_to_days(year, month, day));
    return day_matches(c, month, day, wday) && (c->hours >> hour & 1) && (c->minutes >> minute & 1);
}

static int from_tz(int rc)
{
    switch (rc) {
    case TZ_OK:
        return CRON_OK;
    case TZ_EZONE:
        return CRON_EZONE;
    case TZ_ERANGE:
        return CRON_ERANGE;
    default:
        return CRON_ESYS;
    }
}

/* Loads WINDOW_DAYS of offsets starting at `from`, clipped to the supported years. */
static int load_window(const char *zone, long long from, tz_window *w)
{
    long long lo = EPOCH_MIN - 86400, hi = EPOCH_MAX + 1 + 86400;
    if (from < lo)
        from = lo;
    long long to = from + WINDOW_DAYS * 86400LL;
    if (to > hi)
        to = hi;
    return from_tz(tz_window_load(zone, from, to, w));
}

static int min_offset(const tz_window *w)
{
    int m = w->span[0].offset;
    for (int k = 1; k < w->count; k++)
        if (w->span[k].offset < m)
            m = w->span[k].offset;
    return m;
}

/* The earliest fire time after `after` among the times of local date y-m-d, whose offsets w
 * covers. Returns CRON_OK with *next set, CRON_NEVER when none of the date's fire times lies
 * after `after`, or CRON_ESYS. */
static int next_on_day(const cron_expr *c, long long after, const tz_window *w, int y, int m, int d,
                       long long *next)
{
    int periodic = (c->flags & CRON_HOUR_STAR) != 0;
    long long midnight = civil_to_days(y, m, d) * 86400;
    /* Every instant a wall time n can map to is at most n - (the smallest offset): hours that
     * end before `after` by that bound are skipped without resolving their minutes. */
    int min_off = min_offset(w);
    int found = 0;
    long long best = 0;
    for (int h = 0; h < 24; h++) {
        if (!(c->hours >> h & 1))
            continue;
        if (midnight + h * 3600LL + 59 * 60 - min_off <= after)
            continue;
        for (int mi = 0; mi < 60; mi++) {
            if (!(c->minutes >> mi & 1))
                continue;
            tz_civil local = {.year = y, .month = m, .day = d, .hour = h, .min = mi, .sec = 0};
            tz_resolved r;
            if (tz_window_resolve(w, &local, &r) != TZ_OK)
                return CRON_ESYS;
            if (r.kind == TZ_GAP && periodic)
                continue; /* the wall clock never shows this time */
            if (r.first > after) {
                /* Later times of the day resolve to instants no earlier than this one. */
                if (!found || r.first < best)
                    best = r.first;
                *next = best;
                return CRON_OK;
            }
            /* The first occurrence has passed; a periodic job also fires at the second. */
            if (r.kind == TZ_AMBIGUOUS && periodic && r.second > after &&
                (!found || r.second < best)) {
                best = r.second;
                found = 1;
            }
        }
    }
    if (!found)
        return CRON_NEVER;
    *next = best;
    return CRON_OK;
}

/* cron_next with a window of offsets kept between calls (w->count == 0: none loaded yet). */
static int next_fire(const cron_expr *c, long long after, const char *zone, tz_window *w,
                     long long *next)
{
    if (after < EPOCH_MIN || after > EPOCH_MAX)
        return tz_valid(zone) ? CRON_ERANGE : CRON_EZONE;
    int rc;
    if (w->count == 0 || after < w->from || after >= w->to) {
        /* Four days back: the local date of `after`, and the day before it, must be covered. */
        if ((rc = load_window(zone, after - 4 * 86400LL, w)) != CRON_OK)
            return rc;
    }
    tz_civil now;
    if ((rc = tz_window_local(w, after, &now)) != TZ_OK)
        return from_tz(rc);
    /* Dates are searched in order, starting a day early, and the search ends the date after the
     * first one with a fire time. Fire times of one date normally all come before those of the
     * next, but not when clocks go back across midnight (St John's in 1987, Casey in 2010): the
     * new date's first hours then come before the old date's repeated ones. Changes shorter
     * than a day involve no other dates. */
    long long first_day = civil_to_days(now.year, now.month, now.day) - 1;
    long long found_day = 0, best = 0;
    int found = 0;
    for (long long i = 0; i <= CRON_HORIZON_DAYS; i++) {
        int y, m, d;
        long long days = first_day + i;
        if (found && days > found_day + 1)
            break;
        civil_from_days(days, &y, &m, &d);
        if (y > TZ_YEAR_MAX)
            break;
        if (y < TZ_YEAR_MIN || !day_matches(c, m, d, civil_weekday(days)))
            continue;
        if (!tz_window_covers(w, y, m, d) &&
            (rc = load_window(zone, days * 86400 - 86400, w)) != CRON_OK)
            return rc;
        long long t;
        rc = next_on_day(c, after, w, y, m, d, &t);
        if (rc == CRON_NEVER)
            continue;
        if (rc != CRON_OK)
            return rc;
        if (!found || t < best)
            best = t;
        if (!found)
            found_day = days;
        found = 1;
    }
    if (!found)
        return CRON_NEVER;
    *next = best;
    return CRON_OK;
}

int cron_next(const cron_expr *c, long long after, const char *zone, long long *next)
{
    tz_window w;
    w.count = 0;
    return next_fire(c, after, zone, &w, next);
}

int cron_each(const cron_expr *c, long long from, long long to, const char *zone, cron_emit emit,
              void *ud)
{
    if (from < EPOCH_MIN || from > EPOCH_MAX)
        return tz_valid(zone) ? CRON_ERANGE : CRON_EZONE;
    tz_window w;
    w.count = 0;
    long long after = from - 1;
    while (after + 1 < to) {
        long long t;
        int rc = next_fire(c, after, zone, &w, &t);
        if (rc == CRON_NEVER)
            return CRON_OK;
        if (rc != CRON_OK)
            return rc;
        if (t >= to || emit(t, ud) != 0)
            return CRON_OK;
        after = t;
    }
    return CRON_OK;
}
