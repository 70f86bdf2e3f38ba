/* Time zones through the C library's tz database reader; see tz.h for the DST decisions. */
#include "time/tz.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "time/civil.h"

/* Years up to 9999 and back to year 1 need more than 32 bits of seconds. */
_Static_assert(sizeof(time_t) >= 8, "styr needs a 64-bit time_t");

#define ZONEINFO_DEFAULT "/usr/share/zoneinfo"
#define ZONE_NAME_MAX 255
#define PATH_LEN 4096

/* 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
#define EPOCH_MIN (-62135596800LL)
#define EPOCH_MAX 253402300799LL

/* The six-hour sampling step used to find offset changes: a change and its reversal within six
 * hours would go unseen, and no zone in the database has one. */
#define SAMPLE_STEP (6 * 3600)

const char *tz_strerror(int rc)
{
    switch (rc) {
    case TZ_OK:
        return "no error";
    case TZ_EZONE:
        return "unknown time zone";
    case TZ_ERANGE:
        return "date or time out of range";
    case TZ_ESYS:
        return "the C library's time functions failed";
    default:
        return "unknown error";
    }
}

/* 1 when name has the shape of a tz database name. The name becomes part of a file path, so
 * anything that could leave the database folder ("..", a leading '/') is refused, and so are
 * the "right/" zones, whose clocks count leap seconds that POSIX epoch seconds do not. */
static int name_ok(const char *zone)
{
    size_t len = strlen(zone);
    if (len == 0 || len > ZONE_NAME_MAX || zone[0] == '/' || zone[len - 1] == '/')
        return 0;
    if (strncmp(zone, "right/", 6) == 0 || strstr(zone, "//") != NULL)
        return 0;
    for (const char *p = zone; *p; p++) {
        char c = *p;
        int ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '/' || c == '_' || c == '-' || c == '+';
        if (!ok)
            return 0;
    }
    return 1;
}

/* Checks zone and writes the path of its file into path. Returns TZ_OK, TZ_EZONE (bad name, no
 * such file, not a TZif file) or TZ_ESYS (the file exists but could not be read). */
static int zone_file(const char *zone, char *path, size_t len)
{
    if (zone == NULL || !name_ok(zone))
        return TZ_EZONE;
    /* The same folder glibc reads: $TZDIR when set, else Debian's tzdata location. */
    const char *dir = getenv("TZDIR");
    if (dir == NULL || *dir == '\0')
        dir = ZONEINFO_DEFAULT;
    int n = snprintf(path, len, "%s/%s", dir, zone);
    if (n < 0 || (size_t)n >= len)
        return TZ_EZONE;
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return errno == ENOENT || errno == ENOTDIR || errno == EISDIR || errno == ENAMETOOLONG
            ? TZ_EZONE
            : TZ_ESYS;
    /* Without this check a folder ("Europe") or a text file ("zone.tab") would be accepted,
     * and glibc would silently fall back to UTC for it. */
    char magic[4];
    size_t got = fread(magic, 1, sizeof magic, f);
    int read_errno = ferror(f) ? (errno != 0 ? errno : EIO) : 0;
    int close_failed = fclose(f) != 0;
    if (read_errno == EISDIR) /* a folder ("Europe") opens, but cannot be read */
        return TZ_EZONE;
    if (read_errno != 0 || close_failed)
        return TZ_ESYS;
    return got == sizeof magic && memcmp(magic, "TZif", 4) == 0 ? TZ_OK : TZ_EZONE;
}

int tz_valid(const char *zone)
{
    char path[PATH_LEN];
    return zone_file(zone, path, sizeof path) == TZ_OK;
}

/* The TZ value in force before a switch, so it can be put back. */
typedef struct zone_switch {
    char *saved; /* owned copy of the previous TZ, NULL when TZ was unset */
    int had_tz;
} zone_switch;

/* Makes zone the process's local time zone. Returns TZ_OK, TZ_EZONE or TZ_ESYS; on failure
 * nothing is changed. */
static int zone_enter(const char *zone, zone_switch *sw)
{
    char path[PATH_LEN], value[PATH_LEN + 1];
    int rc = zone_file(zone, path, sizeof path);
    if (rc != TZ_OK)
        return rc;
    /* ":" and the absolute path: glibc then reads exactly the file checked above. */
    int n = snprintf(value, sizeof value, ":%s", path);
    if (n < 0 || (size_t)n >= sizeof value)
        return TZ_EZONE;
    const char *old = getenv("TZ");
    sw->had_tz = old != NULL;
    sw->saved = NULL;
    /* Copied because setenv may free the string getenv returned. */
    if (old && (sw->saved = strdup(old)) == NULL)
        return TZ_ESYS;
    if (setenv("TZ", value, 1) != 0) {
        free(sw->saved);
        sw->saved = NULL;
        return TZ_ESYS;
    }
    tzset();
    return TZ_OK;
}

/* Puts back the TZ saved by zone_enter. Returns TZ_OK, or TZ_ESYS when the environment could not
 * be restored. */
static int zone_leave(zone_switch *sw)
{
    int rc = sw->had_tz ? setenv("TZ", sw->saved, 1) : unsetenv("TZ");
    free(sw->saved);
    sw->saved = NULL;
    tzset();
    return rc == 0 ? TZ_OK : TZ_ESYS;
}

/* Seconds since the epoch of a broken-down time read as if it were UTC. */
static long long naive_seconds(int year, int month, int day, int hour, int min, int sec)
{
    return civil_to_days(year, month, day) * 86400 + hour * 3600LL + min * 60LL + sec;
}

/* Local broken-down time and UTC offset at instant t in the current zone. Returns TZ_OK or
 * TZ_ESYS. The offset is computed from the fields rather than read from the glibc-only
 * tm_gmtoff. */
static int local_at(long long t, struct tm *tm, int *offset)
{
    time_t tt = (time_t)t;
    if (localtime_r(&tt, tm) == NULL)
        return TZ_ESYS;
    long long wall = naive_seconds(tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour,
                                   tm->tm_min, tm->tm_sec);
    *offset = (int)(wall - t);
    return TZ_OK;
}

/* Offset and daylight-saving flag at instant t in the current zone. Returns TZ_OK or TZ_ESYS. */
static int offset_at(long long t, int *offset, int *is_dst)
{
    struct tm tm;
    int rc = local_at(t, &tm, offset);
    if (rc == TZ_OK)
        *is_dst = tm.tm_isdst > 0;
    return rc;
}

/* Fills w->span with the offsets in force over instants [w->from, w->to), in the current zone.
 * Samples every SAMPLE_STEP seconds and bisects to the second where offset or DST flag changes.
 * Returns TZ_OK or TZ_ESYS. */
static int load_spans(tz_window *w)
{
    int cur, cur_dst, rc;
    if ((rc = offset_at(w->from, &cur, &cur_dst)) != TZ_OK)
        return rc;
    w->count = 1;
    w->span[0].begin = w->from;
    w->span[0].offset = cur;
    w->span[0].is_dst = cur_dst;
    long long lo = w->from;
    while (lo < w->to) {
        long long hi = w->to - lo > SAMPLE_STEP ? lo + SAMPLE_STEP : w->to;
        int off, dst;
        if ((rc = offset_at(hi, &off, &dst)) != TZ_OK)
            return rc;
        if (off == cur && dst == cur_dst) {
            lo = hi;
            continue;
        }
        /* The change happens in (lo, hi]: bisect to its first second b. */
        long long a = lo, b = hi;
        while (b - a > 1) {
            long long mid = a + (b - a) / 2;
            if ((rc = offset_at(mid, &off, &dst)) != TZ_OK)
                return rc;
            if (off == cur && dst == cur_dst)
                a = mid;
            else
                b = mid;
        }
        if (b >= w->to)
            break; /* the change happens when the window ends */
        if ((rc = offset_at(b, &off, &dst)) != TZ_OK)
            return rc;
        if (w->count == TZ_WINDOW_SPANS)
            return TZ_ESYS;
        w->span[w->count - 1].end = b;
        w->span[w->count].begin = b;
        w->span[w->count].offset = off;
        w->span[w->count].is_dst = dst;
        w->count++;
        cur = off;
        cur_dst = dst;
        lo = b; /* another change may follow before hi */
    }
    w->span[w->count - 1].end = w->to;
    return TZ_OK;
}

static int date_ok(int year, int month, int day)
{
    return year >= TZ_YEAR_MIN && year <= TZ_YEAR_MAX && month >= 1 && month <= 12 && day >= 1 &&
        day <= civil_days_in_month(year, month);
}

/* TZ_ERANGE, unless zone is bad too: a bad zone is reported first, whatever the date. */
static int range_error(const char *zone)
{
    char path[PATH_LEN];
    int rc = zone_file(zone, path, sizeof path);
    return rc != TZ_OK ? rc : TZ_ERANGE;
}

int tz_window_load(const char *zone, long long from, long long to, tz_window *out)
{
    /* A day of margin on both sides of the supported years, for the dates at their edges. */
    if (from >= to || to - from > TZ_WINDOW_MAX_DAYS * 86400LL || from < EPOCH_MIN - 86400 ||
        to > EPOCH_MAX + 1 + 86400)
        return range_error(zone);
    tz_window w;
    w.from = from;
    w.to = to;
    zone_switch sw;
    int rc = zone_enter(zone, &sw);
    if (rc != TZ_OK)
        return rc;
    rc = load_spans(&w);
    int lrc = zone_leave(&sw);
    if (rc != TZ_OK)
        return rc;
    if (lrc != TZ_OK)
        return lrc;
    *out = w;
    return TZ_OK;
}

/* Floor division, for wall-clock seconds before 1970. */
static long long floor_div(long long a, long long b)
{
    long long q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int tz_window_local(const tz_window *w, long long t, tz_civil *out)
{
    for (int k = 0; k < w->count; k++) {
        if (t < w->span[k].begin || t >= w->span[k].end)
            continue;
        long long wall = t + w->span[k].offset;
        long long days = floor_div(wall, 86400);
        long long secs = wall - days * 86400;
        int year, month, day;
        civil_from_days(days, &year, &month, &day);
        if (year < TZ_YEAR_MIN || year > TZ_YEAR_MAX)
            return TZ_ERANGE;
        out->year = year;
        out->month = month;
        out->day = day;
        out->hour = (int)(secs / 3600);
        out->min = (int)(secs / 60 % 60);
        out->sec = (int)(secs % 60);
        out->wday = civil_weekday(days);
        out->yday = (int)(days - civil_to_days(year, 1, 1)) + 1;
        out->utc_offset = w->span[k].offset;
        out->is_dst = w->span[k].is_dst;
        return TZ_OK;
    }
    return TZ_ERANGE;
}

int tz_window_covers(const tz_window *w, int year, int month, int day)
{
    if (!date_ok(year, month, day))
        return 0;
    long long midnight = civil_to_days(year, month, day) * 86400;
    return w->from <= midnight - 86400 && midnight + 2 * 86400 <= w->to;
}

int tz_window_resolve(const tz_window *w, const tz_civil *in, tz_resolved *out)
{
    if (!date_ok(in->year, in->month, in->day) || in->hour < 0 || in->hour > 23 || in->min < 0 ||
        in->min > 59 || in->sec < 0 || in->sec > 59)
        return TZ_ERANGE;
    if (!tz_window_covers(w, in->year, in->month, in->day))
        return TZ_ERANGE;
    long long n = naive_seconds(in->year, in->month, in->day, in->hour, in->min, in->sec);
    int found = 0;
    long long lo = 0, hi = 0;
    for (int k = 0; k < w->count; k++) {
        long long t = n - w->span[k].offset;
        if (t < w->span[k].begin || t >= w->span[k].end)
            continue;
        if (found == 0 || t < lo)
            lo = t;
        if (found == 0 || t > hi)
            hi = t;
        found++;
    }
    if (found > 0) {
        out->kind = found == 1 ? TZ_UNIQUE : TZ_AMBIGUOUS;
        out->first = lo;
        out->second = hi;
        return TZ_OK;
    }
    /* A gap: the wall clock jumps from below n to above it where some span begins. */
    for (int k = 1; k < w->count; k++) {
        long long wall_end_before = w->span[k - 1].end + w->span[k - 1].offset;
        long long wall_begin_after = w->span[k].begin + w->span[k].offset;
        if (wall_end_before <= n && n < wall_begin_after) {
            out->kind = TZ_GAP;
            out->first = w->span[k].begin;
            out->second = n - w->span[k - 1].offset;
            return TZ_OK;
        }
    }
    return TZ_ESYS; /* cannot happen for a window filled by tz_window_load */
}

int tz_resolve(const tz_civil *in, const char *zone, tz_resolved *out)
{
    if (!date_ok(in->year, in->month, in->day))
        return range_error(zone);
    long long midnight = civil_to_days(in->year, in->month, in->day) * 86400;
    tz_window w;
    int rc = tz_window_load(zone, midnight - 86400, midnight + 2 * 86400, &w);
    if (rc != TZ_OK)
        return rc;
    return tz_window_resolve(&w, in, out);
}

int tz_from_local(const tz_civil *in, const char *zone, long long *epoch)
{
    tz_resolved r;
    int rc = tz_resolve(in, zone, &r);
    if (rc != TZ_OK)
        return rc;
    *epoch = r.kind == TZ_GAP ? r.second : r.first;
    return TZ_OK;
}

int tz_to_local(long long epoch, const char *zone, tz_civil *out)
{
    if (epoch < EPOCH_MIN || epoch > EPOCH_MAX)
        return range_error(zone);
    zone_switch sw;
    int rc = zone_enter(zone, &sw);
    if (rc != TZ_OK)
        return rc;
    struct tm tm;
    int offset;
    rc = local_at(epoch, &tm, &offset);
    int lrc = zone_leave(&sw);
    if (rc != TZ_OK)
        return rc;
    if (lrc != TZ_OK)
        return lrc;
    int year = tm.tm_year + 1900;
    /* An offset can move the local date just outside the supported years. */
    if (year < TZ_YEAR_MIN || year > TZ_YEAR_MAX)
        return TZ_ERANGE;
    out->year = year;
    out->month = tm.tm_mon + 1;
    out->day = tm.tm_mday;
    out->hour = tm.tm_hour;
    out->min = tm.tm_min;
    out->sec = tm.tm_sec;
    out->wday = tm.tm_wday;
    out->yday = tm.tm_yday + 1;
    out->utc_offset = offset;
    out->is_dst = tm.tm_isdst > 0;
    return TZ_OK;
}
