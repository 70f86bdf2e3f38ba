/* The store: styr's SQLite database (WAL), the only state shared between runs.
 *
 * Tables: indicators, series (indicator x area x gender x period kind), observations (every
 * vintage of every value, with status, note and source) and runs (the history of commands).
 * The schema is created and migrated by an ordered list of migrations keyed by
 * PRAGMA user_version; a file that is not a styr database, or that a newer styr wrote, is refused
 * without being written to. Every function returns STORE_OK or an error code and fills err. */
#ifndef STYR_STORE_H
#define STYR_STORE_H

#include <stddef.h>
#include <stdint.h>

enum {
    STORE_OK = 0,
    STORE_ERROR = 1,    /* SQLite or I/O failure */
    STORE_REFUSED = 2,  /* not a styr database, newer schema, damaged file */
    STORE_BUSY = 3,     /* another process holds the write lock past the busy timeout */
    STORE_INVALID = 4,  /* bad argument from the caller */
};

#define STORE_SCHEMA_VERSION 1
#define STORE_APPLICATION_ID 0x53545952 /* "STYR" */
#define STORE_DEFAULT_BUSY_MS 5000

typedef struct store store;

typedef struct store_observation {
    int has_value;       /* value is meaningful */
    double value;
    const char *text;    /* value of a text indicator, or NULL */
    const char *status;  /* "ok", "missing", "preliminary", "confidential" */
    const char *note;    /* reason for a missing value or a note on the value, or NULL */
    const char *source;  /* where the value came from: "config:FILE:LINE", a URL, a file */
    const char *vintage; /* when the value became known (UTC, ISO 8601) */
} store_observation;

/* One latest-vintage row, as handed to store_latest_each's callback. Strings live until the
 * callback returns. */
typedef struct store_row {
    const char *area;
    const char *gender;
    const char *period_kind;
    const char *period;
    store_observation obs;
} store_row;

typedef int (*store_row_cb)(void *ud, const store_row *row);

int store_open(const char *path, int busy_ms, store **out, char *err, size_t errlen);
void store_close(store *s);
const char *store_path(const store *s);

/* Write transactions: BEGIN IMMEDIATE, so a second writer waits busy_timeout and then fails
 * clearly instead of failing half-way. */
int store_begin(store *s, char *err, size_t errlen);
int store_commit(store *s, char *err, size_t errlen);
int store_rollback(store *s);

/* Inserts or updates an indicator's definition; an unchanged definition writes nothing. */
int store_indicator_put(store *s, const char *id, const char *title, const char *unit,
                        const char *direction, const char *now, char *err, size_t errlen);

/* Finds or creates a series; gender is "T", "K" or "M". */
int store_series_get(store *s, const char *indicator, const char *area, const char *gender,
                     const char *period_kind, int64_t *series_id, char *err, size_t errlen);

/* Records an observation. When it equals the latest vintage of (series, period) nothing is
 * written and *changed is 0; otherwise a new vintage row is added and *changed is 1. */
int store_observation_put(store *s, int64_t series_id, const char *period,
                          const store_observation *obs, int *changed, char *err, size_t errlen);

/* Calls cb for the latest vintage of every (series, period) of an indicator, ordered by area,
 * gender and period. A non-zero return from cb stops and is returned. */
int store_latest_each(store *s, const char *indicator, store_row_cb cb, void *ud, char *err,
                      size_t errlen);

/* Run history. */
int store_run_start(store *s, const char *command, const char *started, int64_t *run_id,
                    char *err, size_t errlen);
int store_run_finish(store *s, int64_t run_id, const char *finished, const char *outcome,
                     const char *message, char *err, size_t errlen);

#endif
