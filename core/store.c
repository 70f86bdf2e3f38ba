/* The store: SQLite behind a small domain API. All SQL of styr lives in this file. */
#include "store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

struct store {
    sqlite3 *db;
    char *path;
    int busy_ms; /* how long a writer waits for the lock, as set on the connection */
};

/* Ordered migrations: entry i brings the schema from version i to i + 1. Never edit a released
 * entry; append a new one. */
static const char *const migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE indicators ("
    "  id TEXT PRIMARY KEY,"
    "  title TEXT NOT NULL,"
    "  unit TEXT,"
    "  direction TEXT,"
    "  updated_at TEXT NOT NULL"
    ");"
    "CREATE TABLE series ("
    "  id INTEGER PRIMARY KEY,"
    "  indicator_id TEXT NOT NULL REFERENCES indicators(id),"
    "  area TEXT NOT NULL,"
    "  gender TEXT NOT NULL CHECK (gender IN ('T', 'K', 'M')),"
    "  period_kind TEXT NOT NULL,"
    "  UNIQUE (indicator_id, area, gender, period_kind)"
    ");"
    "CREATE TABLE observations ("
    "  seq INTEGER PRIMARY KEY,"
    "  series_id INTEGER NOT NULL REFERENCES series(id),"
    "  period TEXT NOT NULL,"
    "  value REAL,"
    "  value_text TEXT,"
    "  status TEXT NOT NULL CHECK (status IN ('ok', 'missing', 'preliminary', 'confidential')),"
    "  note TEXT,"
    "  source TEXT NOT NULL,"
    "  vintage TEXT NOT NULL"
    ");"
    "CREATE INDEX observations_by_period ON observations (series_id, period, seq);"
    "CREATE TABLE runs ("
    "  id INTEGER PRIMARY KEY,"
    "  command TEXT NOT NULL,"
    "  started_at TEXT NOT NULL,"
    "  finished_at TEXT,"
    "  outcome TEXT NOT NULL CHECK (outcome IN ('running', 'succeeded', 'failed')),"
    "  message TEXT"
    ");",
};
#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

static int fail(char *err, size_t errlen, int code, const char *fmt, const char *a, const char *b)
{
    snprintf(err, errlen, fmt, a, b);
    return code;
}

static int sqlite_code(int rc)
{
    return (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) ? STORE_BUSY : STORE_ERROR;
}

/* Reports a SQLite failure with what was being done and on which file. */
static int db_fail(store *s, int rc, const char *doing, char *err, size_t errlen)
{
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        snprintf(err, errlen,
                 "%s: %s: the database is locked by another styr process (waited %d ms); "
                 "try again when it has finished",
                 s->path, doing, s->busy_ms);
    else
        snprintf(err, errlen, "%s: %s: %s", s->path, doing, sqlite3_errmsg(s->db));
    return sqlite_code(rc);
}

static int exec_sql(store *s, const char *sql, const char *doing, char *err, size_t errlen)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? STORE_OK : db_fail(s, rc, doing, err, errlen);
}

/* Reads a single integer from a pragma or query. */
static int query_int(store *s, const char *sql, long long *out, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK) {
        int code = db_fail(s, rc, "reading the database header", err, errlen);
        sqlite3_finalize(st);
        return code;
    }
    sqlite3_finalize(st);
    return STORE_OK;
}

/* Refuses a file that exists, is not empty and does not start like a SQLite database, without
 * opening it through SQLite at all. */
static int check_header(const char *path, char *err, size_t errlen)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return errno == ENOENT ? STORE_OK
                               : fail(err, errlen, STORE_ERROR, "%s: %s", path, strerror(errno));
    if (!S_ISREG(st.st_mode))
        return fail(err, errlen, STORE_REFUSED, "%s: %s", path,
                    "is not a regular file; give --db the path of a styr database file");
    if (st.st_size == 0)
        return STORE_OK;
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return fail(err, errlen, STORE_ERROR, "%s: %s", path, strerror(errno));
    char magic[16] = {0};
    size_t n = fread(magic, 1, sizeof magic, f);
    fclose(f);
    if (n != sizeof magic || memcmp(magic, "SQLite format 3", 16) != 0)
        return fail(err, errlen, STORE_REFUSED, "%s: %s", path,
                    "is not a styr database (not an SQLite file); it was left untouched");
    return STORE_OK;
}

/* Checks identity and version before anything writes, then applies the pending migrations in
 * one immediate transaction. */
static int prepare_schema(store *s, char *err, size_t errlen)
{
    long long app_id = 0, version = 0, objects = 0;
    int rc;
    if ((rc = query_int(s, "PRAGMA application_id", &app_id, err, errlen)) != STORE_OK)
        return rc == STORE_ERROR ? fail(err, errlen, STORE_REFUSED, "%s: %s", s->path,
                                        "is not a readable styr database; it was left untouched")
                                 : rc;
    if ((rc = query_int(s, "PRAGMA user_version", &version, err, errlen)) != STORE_OK)
        return rc;
    if ((rc = query_int(s, "SELECT count(*) FROM sqlite_schema", &objects, err, errlen)) != STORE_OK)
        return rc;
    if (app_id != STORE_APPLICATION_ID && !(app_id == 0 && objects == 0))
        return fail(err, errlen, STORE_REFUSED, "%s: %s", s->path,
                    "is an SQLite database of another program, not a styr database; it was left "
                    "untouched (give --db a new file name)");
    if (version > STORE_SCHEMA_VERSION) {
        snprintf(err, errlen,
                 "%s: was written by a newer styr (schema version %lld, this styr knows up to %d); "
                 "it was left untouched: upgrade styr",
                 s->path, version, STORE_SCHEMA_VERSION);
        return STORE_REFUSED;
    }
    if (objects > 0) {
        long long ok = 0;
        sqlite3_stmt *st = NULL;
        if (sqlite3_prepare_v2(s->db, "PRAGMA quick_check", -1, &st, NULL) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW) {
            const unsigned char *r = sqlite3_column_text(st, 0);
            ok = r && strcmp((const char *)r, "ok") == 0;
        }
        sqlite3_finalize(st);
        if (!ok)
            return fail(err, errlen, STORE_REFUSED, "%s: %s", s->path,
                        "failed SQLite's quick_check (the file is damaged); it was left untouched: "
                        "restore it from a backup");
    }
    if ((rc = exec_sql(s, "PRAGMA journal_mode=WAL", "switching to WAL", err, errlen)) != STORE_OK)
        return rc;
    if (version == STORE_SCHEMA_VERSION)
        return STORE_OK;
    if ((rc = store_begin(s, err, errlen)) != STORE_OK)
        return rc;
    /* Another process may have migrated while we waited for the lock. */
    if ((rc = query_int(s, "PRAGMA user_version", &version, err, errlen)) != STORE_OK)
        goto fail;
    for (int v = (int)version; v < N_MIGRATIONS; v++) {
        char doing[64];
        snprintf(doing, sizeof doing, "migrating the schema to version %d", v + 1);
        if ((rc = exec_sql(s, migrations[v], doing, err, errlen)) != STORE_OK)
            goto fail;
    }
    char pragmas[128];
    snprintf(pragmas, sizeof pragmas, "PRAGMA application_id=%d; PRAGMA user_version=%d;",
             STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
    if ((rc = exec_sql(s, pragmas, "recording the schema version", err, errlen)) != STORE_OK)
        goto fail;
    return store_commit(s, err, errlen);
fail:
    store_rollback(s);
    return rc;
}

/* Replaces err when SQLite found the file damaged while opening it; returns 1 then. */
static int damaged(store *s, char *err, size_t errlen)
{
    int code = sqlite3_errcode(s->db);
    if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB)
        return 0;
    snprintf(err, errlen, "%s: is damaged (%s); it was left untouched: restore it from a backup",
             s->path, sqlite3_errmsg(s->db));
    return 1;
}

int store_open(const char *path, int busy_ms, store **out, char *err, size_t errlen)
{
    *out = NULL;
    int rc = check_header(path, err, errlen);
    if (rc != STORE_OK)
        return rc;
    store *s = calloc(1, sizeof *s);
    if (s == NULL || (s->path = strdup(path)) == NULL) {
        free(s);
        return fail(err, errlen, STORE_ERROR, "%s: %s", path, "out of memory");
    }
    int src = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (src != SQLITE_OK) {
        snprintf(err, errlen, "%s: cannot open the database: %s", path,
                 s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(src));
        store_close(s);
        return STORE_ERROR;
    }
    sqlite3_extended_result_codes(s->db, 0);
    s->busy_ms = busy_ms > 0 ? busy_ms : STORE_DEFAULT_BUSY_MS;
    sqlite3_busy_timeout(s->db, s->busy_ms);
    /* synchronous=FULL: a committed run survives power loss, not only a crash of styr; styr
     * writes little and rarely, so the extra fsync costs nothing that matters. */
    if ((rc = exec_sql(s, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;", "configuring",
                       err, errlen)) != STORE_OK ||
        (rc = prepare_schema(s, err, errlen)) != STORE_OK) {
        if (rc == STORE_ERROR && damaged(s, err, errlen))
            rc = STORE_REFUSED;
        store_close(s);
        return rc;
    }
    *out = s;
    return STORE_OK;
}

void store_close(store *s)
{
    if (s == NULL)
        return;
    if (s->db)
        sqlite3_close_v2(s->db);
    free(s->path);
    free(s);
}

const char *store_path(const store *s)
{
    return s->path;
}

int store_begin(store *s, char *err, size_t errlen)
{
    return exec_sql(s, "BEGIN IMMEDIATE", "starting a write transaction", err, errlen);
}

int store_commit(store *s, char *err, size_t errlen)
{
    int rc = exec_sql(s, "COMMIT", "committing", err, errlen);
    if (rc != STORE_OK)
        store_rollback(s);
    return rc;
}

int store_rollback(store *s)
{
    if (sqlite3_get_autocommit(s->db))
        return STORE_OK;
    return sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK ? STORE_OK : STORE_ERROR;
}

/* Prepares a statement or reports why not. */
static int prepare(store *s, const char *sql, sqlite3_stmt **st, const char *doing, char *err,
                   size_t errlen)
{
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
    return rc == SQLITE_OK ? STORE_OK : db_fail(s, rc, doing, err, errlen);
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

/* Steps a statement that returns no rows, finalizes it, and reports a failure. */
static int step_done(store *s, sqlite3_stmt *st, const char *doing, char *err, size_t errlen)
{
    int rc = sqlite3_step(st);
    int code = rc == SQLITE_DONE ? STORE_OK : db_fail(s, rc, doing, err, errlen);
    sqlite3_finalize(st);
    return code;
}

int store_indicator_put(store *s, const char *id, const char *title, const char *unit,
                        const char *direction, const char *now, char *err, size_t errlen)
{
    if (id == NULL || title == NULL || now == NULL)
        return fail(err, errlen, STORE_INVALID, "%s%s", "indicator id, title and time are required", "");
    sqlite3_stmt *st = NULL;
    int rc = prepare(s,
                     "INSERT INTO indicators (id, title, unit, direction, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET "
                     "title = excluded.title, unit = excluded.unit, direction = excluded.direction, "
                     "updated_at = excluded.updated_at "
                     "WHERE title IS NOT excluded.title OR unit IS NOT excluded.unit "
                     "OR direction IS NOT excluded.direction",
                     &st, "storing an indicator", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, title, -1, SQLITE_TRANSIENT);
    bind_text_or_null(st, 3, unit);
    bind_text_or_null(st, 4, direction);
    sqlite3_bind_text(st, 5, now, -1, SQLITE_TRANSIENT);
    return step_done(s, st, "storing an indicator", err, errlen);
}

int store_series_get(store *s, const char *indicator, const char *area, const char *gender,
                     const char *period_kind, int64_t *series_id, char *err, size_t errlen)
{
    if (!indicator || !area || !gender || !period_kind)
        return fail(err, errlen, STORE_INVALID, "%s%s", "series needs indicator, area, gender, period kind", "");
    if (strcmp(gender, "T") && strcmp(gender, "K") && strcmp(gender, "M"))
        return fail(err, errlen, STORE_INVALID, "gender must be T, K or M, not '%s'%s", gender, "");
    sqlite3_stmt *st = NULL;
    int rc = prepare(s,
                     "INSERT INTO series (indicator_id, area, gender, period_kind) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT (indicator_id, area, gender, period_kind) DO NOTHING",
                     &st, "storing a series", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, area, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, gender, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, period_kind, -1, SQLITE_TRANSIENT);
    if ((rc = step_done(s, st, "storing a series", err, errlen)) != STORE_OK)
        return rc;
    rc = prepare(s,
                 "SELECT id FROM series WHERE indicator_id = ?1 AND area = ?2 AND gender = ?3 "
                 "AND period_kind = ?4",
                 &st, "finding a series", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, area, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, gender, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, period_kind, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        *series_id = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return STORE_OK;
    }
    rc = db_fail(s, src, "finding a series", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

static int same_text(const unsigned char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return a == NULL && b == NULL;
    return strcmp((const char *)a, b) == 0;
}

int store_observation_put(store *s, int64_t series_id, const char *period,
                          const store_observation *obs, int *changed, char *err, size_t errlen)
{
    *changed = 0;
    if (!period || !obs->status || !obs->source || !obs->vintage)
        return fail(err, errlen, STORE_INVALID, "%s%s", "observation needs period, status, source and vintage", "");
    sqlite3_stmt *st = NULL;
    int rc = prepare(s,
                     "SELECT value, value_text, status, note FROM observations "
                     "WHERE series_id = ?1 AND period = ?2 ORDER BY seq DESC LIMIT 1",
                     &st, "reading the latest vintage", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, series_id);
    sqlite3_bind_text(st, 2, period, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        int had_value = sqlite3_column_type(st, 0) != SQLITE_NULL;
        double old = sqlite3_column_double(st, 0);
        int same = had_value == (obs->has_value != 0) && (!had_value || old == obs->value) &&
                   same_text(sqlite3_column_text(st, 1), obs->text) &&
                   same_text(sqlite3_column_text(st, 2), obs->status) &&
                   same_text(sqlite3_column_text(st, 3), obs->note);
        sqlite3_finalize(st);
        if (same)
            return STORE_OK;
    } else {
        sqlite3_finalize(st);
        if (src != SQLITE_DONE)
            return db_fail(s, src, "reading the latest vintage", err, errlen);
    }
    rc = prepare(s,
                 "INSERT INTO observations (series_id, period, value, value_text, status, note, "
                 "source, vintage) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                 &st, "storing an observation", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, series_id);
    sqlite3_bind_text(st, 2, period, -1, SQLITE_TRANSIENT);
    if (obs->has_value)
        sqlite3_bind_double(st, 3, obs->value);
    else
        sqlite3_bind_null(st, 3);
    bind_text_or_null(st, 4, obs->text);
    sqlite3_bind_text(st, 5, obs->status, -1, SQLITE_TRANSIENT);
    bind_text_or_null(st, 6, obs->note);
    sqlite3_bind_text(st, 7, obs->source, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 8, obs->vintage, -1, SQLITE_TRANSIENT);
    rc = step_done(s, st, "storing an observation", err, errlen);
    if (rc == STORE_OK)
        *changed = 1;
    return rc;
}

int store_latest_each(store *s, const char *indicator, store_row_cb cb, void *ud, char *err,
                      size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare(s,
                     "SELECT se.area, se.gender, se.period_kind, o.period, o.value, o.value_text, "
                     "o.status, o.note, o.source, o.vintage "
                     "FROM series se JOIN observations o ON o.series_id = se.id "
                     "WHERE se.indicator_id = ?1 AND o.seq = (SELECT max(seq) FROM observations "
                     "  WHERE series_id = se.id AND period = o.period) "
                     "ORDER BY se.area, se.gender, o.period",
                     &st, "reading observations", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        store_row row = {
            .area = (const char *)sqlite3_column_text(st, 0),
            .gender = (const char *)sqlite3_column_text(st, 1),
            .period_kind = (const char *)sqlite3_column_text(st, 2),
            .period = (const char *)sqlite3_column_text(st, 3),
            .obs = {
                .has_value = sqlite3_column_type(st, 4) != SQLITE_NULL,
                .value = sqlite3_column_double(st, 4),
                .text = (const char *)sqlite3_column_text(st, 5),
                .status = (const char *)sqlite3_column_text(st, 6),
                .note = (const char *)sqlite3_column_text(st, 7),
                .source = (const char *)sqlite3_column_text(st, 8),
                .vintage = (const char *)sqlite3_column_text(st, 9),
            },
        };
        int r = cb(ud, &row);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK : db_fail(s, src, "reading observations", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_run_start(store *s, const char *command, const char *started, int64_t *run_id,
                    char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, "INSERT INTO runs (command, started_at, outcome) VALUES (?1, ?2, 'running')",
                     &st, "recording the run", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, command, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, started, -1, SQLITE_TRANSIENT);
    rc = step_done(s, st, "recording the run", err, errlen);
    if (rc == STORE_OK)
        *run_id = sqlite3_last_insert_rowid(s->db);
    return rc;
}

int store_run_finish(store *s, int64_t run_id, const char *finished, const char *outcome,
                     const char *message, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, "UPDATE runs SET finished_at = ?2, outcome = ?3, message = ?4 WHERE id = ?1",
                     &st, "recording the run's outcome", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, run_id);
    sqlite3_bind_text(st, 2, finished, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, outcome, -1, SQLITE_TRANSIENT);
    bind_text_or_null(st, 4, message);
    return step_done(s, st, "recording the run's outcome", err, errlen);
}
