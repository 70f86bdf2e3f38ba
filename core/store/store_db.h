/* Inside the store (not part of its public face, store.h): the connection and the helpers that
 * store.c, store_data.c and store_runs.c share. Included by those files only. */
#ifndef STYR_STORE_DB_H
#define STYR_STORE_DB_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "store/store.h"

/* SQL: the URL of a requests row's text r ("GET URL" or "POST URL\nBODY"). An observation whose
 * source is that URL stores the empty text as its source (schema version 8: the URL is stored
 * once, in the request); readers give it back with STORE_SOURCE_SQL. */
#define STORE_REQUEST_URL_SQL(r)                                                                   \
    "CASE WHEN instr(" r ", char(10)) > 0 THEN substr(" r ", instr(" r ", ' ') + 1, instr(" r      \
    ", char(10)) - instr(" r ", ' ') - 1) ELSE substr(" r ", instr(" r ", ' ') + 1) END"
/* SQL: an observation o's source, with its request rq joined. */
#define STORE_SOURCE_SQL(o, rq)                                                                    \
    "CASE WHEN " o ".source = '' AND " rq                                                          \
    ".request IS NOT NULL THEN " STORE_REQUEST_URL_SQL(rq ".request") " ELSE " o ".source END"

/* The newest period of series SERIES (an SQL expression) whose latest vintage is not "missing"
 * (NULL when there is none): what a series' summary keeps (schema version 9). */
#define STORE_NEWEST_PERIOD_SQL(series)                                                            \
    "SELECT max(o.period) FROM observations o WHERE o.series_id = " series                         \
    " AND o.status <> 'missing' AND o.seq = (SELECT max(x.seq) FROM observations x "               \
    "WHERE x.series_id = o.series_id AND x.period = o.period)"

/* The statements store_put_rows keeps prepared on a handle (store->put, store_write.c). */
enum {
    ST_IND_PUT,
    ST_IND_KNOWN,
    ST_SERIES_FIND,
    ST_SERIES_ADD,
    ST_LATEST,
    ST_OBS_ADD,
    ST_SERIES_SUMMARY
};
#define STORE_PUT_STATEMENTS 7

struct store {
    sqlite3 *db;
    char *path;
    int busy_ms; /* how long a writer waits for the lock, as set on the connection */
    int in_txn;  /* store_begin succeeded and neither commit nor rollback has ended it since */
    int wrote;   /* data (not run history) written inside the current transaction */
    int unclean; /* a write-ahead log was left beside the file when it was opened */
    /* store_put_rows's statements, prepared the first time they are needed and kept for the
     * life of the handle (reset after each use, finalized by store_close). */
    sqlite3_stmt *put[STORE_PUT_STATEMENTS];
    /* store_data_version: what PRAGMA data_version and total_changes said last time, and the
     * version handed out (moved when either changed). */
    long long seen_data_version;
    int64_t seen_changes;
    int64_t data_version;
};

/* Writes fmt with a and b into err; returns code. */
int store_fail(char *err, size_t errlen, int code, const char *fmt, const char *a, const char *b);

/* Reports the SQLite failure rc with what was being done and on which file; returns STORE_BUSY
 * or STORE_ERROR. */
int store_db_fail(store *s, int rc, const char *doing, char *err, size_t errlen);
/* Hands each row of a prepared observations query to cb and finalizes it (store_data.c). */
int store_each_row(store *s, sqlite3_stmt *st, store_row_cb cb, void *ud, const char *doing,
                   char *err, size_t errlen);

/* STORE_OK unless SQLite has already rolled back the caller's transaction. */
int store_check_txn(store *s, const char *doing, char *err, size_t errlen);

/* Notes that data were written inside the current transaction. */
void store_wrote_data(store *s);

/* Runs SQL without results (one or more statements) or reports why not. */
int store_exec(store *s, const char *sql, const char *doing, char *err, size_t errlen);

/* Prepares a statement or reports why not. */
int store_prepare(store *s, const char *sql, sqlite3_stmt **st, const char *doing, char *err,
                  size_t errlen);

/* Binds v to parameter i, or NULL when v is NULL. */
void store_bind_text_or_null(sqlite3_stmt *st, int i, const char *v);

/* Steps a statement that returns no rows, finalizes it, and reports a failure. */
int store_step_done(store *s, sqlite3_stmt *st, const char *doing, char *err, size_t errlen);

/* Whether a column's text equals b (both NULL counts as equal). */
int store_same_text(const unsigned char *a, const char *b);

/* Finds or adds the requests row of a request text; *id is 0 for NULL. */
int store_request_id(store *s, const char *request, int64_t *id, char *err, size_t errlen);

/* Binds id to parameter i, or NULL when id is not positive. */
void store_bind_id_or_null(sqlite3_stmt *st, int i, int64_t id);

#endif
