/* Time zones: UTC epoch seconds <-> local civil time in an IANA zone ("Europe/Stockholm"), read
 * from the system tz database (Debian's tzdata, /usr/share/zoneinfo, or $TZDIR when set).
 *
 * The C library does the zone arithmetic: each call points TZ at the zone's file, calls tzset()
 * and localtime_r(), and puts the previous TZ back before it returns. That makes every function
 * here NOT thread-safe (the environment and the C library's zone state are process-wide); styr
 * is single-threaded. mktime() is never used: local -> UTC is found by converting candidates
 * back to local time, so a wrong tm_isdst guess cannot pick the wrong instant.
 *
 * Local times that do not exist or exist twice (the DST decisions, as in Temporal's "compatible"
 * disambiguation):
 *   - in a spring-forward gap (2026-03-29 02:30 in Europe/Stockholm, where clocks jump from
 *     02:00 CET to 03:00 CEST), tz_from_local shifts the time forward by the gap's length:
 *     02:30 -> 03:30 CEST = 01:30 UTC (02:30 read with the offset in force before the gap);
 *   - in an autumn-back overlap (2026-10-25 02:30, which happens at 00:30 UTC in CEST and again
 *     at 01:30 UTC in CET), tz_from_local returns the earlier instant, 00:30 UTC.
 * tz_resolve and tz_window_resolve report which case applies and both candidate instants, for
 * callers that decide differently (styr.cron runs a job in a gap at the instant the gap ends).
 *
 * Supported years: 1 to 9999. Epoch seconds are POSIX time (no leap seconds), so the "right/"
 * zones, which count leap seconds, are refused. */
#ifndef STYR_TZ_H
#define STYR_TZ_H

/* Return codes of the functions below. */
enum {
    TZ_OK = 0,
    TZ_EZONE = -1,  /* not a zone name, or no such zone in the tz database */
    TZ_ERANGE = -2, /* a date or time field out of range, or a year outside 1-9999 */
    TZ_ESYS = -3,   /* the C library failed (no memory for the environment, localtime_r) */
};

#define TZ_YEAR_MIN 1
#define TZ_YEAR_MAX 9999

/* A local civil time. tz_to_local fills every field; tz_from_local and tz_resolve read only
 * year, month, day, hour, min and sec. */
typedef struct tz_civil {
    int year;       /* 1-9999 */
    int month;      /* 1-12 */
    int day;        /* 1-31 */
    int hour;       /* 0-23 */
    int min;        /* 0-59 */
    int sec;        /* 0-59 */
    int wday;       /* 0 = Sunday .. 6 = Saturday (as in struct tm and cron) */
    int yday;       /* 1-366, day of the year (1 = 1 January) */
    int utc_offset; /* seconds east of UTC: 3600 for CET, 7200 for CEST */
    int is_dst;     /* 1 during daylight-saving time, else 0 */
} tz_civil;

/* How a local time maps to instants. */
typedef enum tz_kind {
    TZ_UNIQUE = 0,    /* happens exactly once */
    TZ_GAP = 1,       /* never happens: skipped when clocks went forward */
    TZ_AMBIGUOUS = 2, /* happens twice: repeated when clocks went back */
} tz_kind;

typedef struct tz_resolved {
    tz_kind kind;
    /* UNIQUE: the instant. AMBIGUOUS: the first occurrence. GAP: the instant the gap ends (the
     * transition, 03:00 CEST = 01:00 UTC in the example above). In every case: the first instant
     * at which the wall clock shows this time or a later one. */
    long long first;
    /* UNIQUE: same as first. AMBIGUOUS: the second occurrence. GAP: the time shifted forward by
     * the gap's length (03:30 CEST = 01:30 UTC for 02:30), which is what tz_from_local returns. */
    long long second;
} tz_resolved;

/* The UTC offsets of one zone over a window of instants, loaded with a single zone switch, so
 * that many conversions (a cron schedule, a calendar) need no further switches. Spans are
 * sorted and contiguous and cover [from, to) exactly. */
#define TZ_WINDOW_SPANS 16
#define TZ_WINDOW_MAX_DAYS 64
typedef struct tz_window {
    long long from, to; /* instants [from, to) */
    int count;          /* spans in use */
    struct {
        long long begin, end; /* instants [begin, end) */
        int offset;           /* seconds east of UTC */
        int is_dst;
    } span[TZ_WINDOW_SPANS];
} tz_window;

/* 1 when zone names a zone of the tz database ("Europe/Stockholm", "UTC"), else 0. Refuses
 * empty names, names starting with '/', containing "." (so no "..") or characters other than
 * letters, digits, '/', '_', '-' and '+', the "right/" zones, and files that are not TZif. */
int tz_valid(const char *zone);

/* Converts epoch seconds to local civil time in zone. Returns TZ_OK, TZ_EZONE, TZ_ERANGE (a
 * year outside 1-9999) or TZ_ESYS; out is written only on TZ_OK. */
int tz_to_local(long long epoch, const char *zone, tz_civil *out);

/* Converts a local civil time in zone to epoch seconds: the unique instant, the earlier one
 * when the time is ambiguous, the time shifted forward by the gap when it does not exist.
 * Returns TZ_OK, TZ_EZONE, TZ_ERANGE (no such date or time) or TZ_ESYS. */
int tz_from_local(const tz_civil *in, const char *zone, long long *epoch);

/* Like tz_from_local, but reports the kind of local time and both candidate instants. */
int tz_resolve(const tz_civil *in, const char *zone, tz_resolved *out);

/* Loads zone's offsets over instants [from, to), at most TZ_WINDOW_MAX_DAYS days. Returns TZ_OK,
 * TZ_EZONE, TZ_ERANGE (a window too long or outside the supported years) or TZ_ESYS (also when
 * the zone changes offset more than TZ_WINDOW_SPANS - 1 times in the window). */
int tz_window_load(const char *zone, long long from, long long to, tz_window *out);

/* The local civil time of instant t, which must lie in the window (else TZ_ERANGE). */
int tz_window_local(const tz_window *w, long long t, tz_civil *out);

/* Resolves a local civil time like tz_resolve, without any zone switch. Returns TZ_OK, or
 * TZ_ERANGE when a field is out of range or the window does not cover every instant the date
 * could fall on (from a day before its midnight to two days after, since offsets stay within a
 * day of UTC). */
int tz_window_resolve(const tz_window *w, const tz_civil *in, tz_resolved *out);

/* 1 when the window covers the local date year-month-day in the sense of tz_window_resolve. */
int tz_window_covers(const tz_window *w, int year, int month, int day);

/* A short English description of a TZ_ return code. */
const char *tz_strerror(int rc);

#endif
