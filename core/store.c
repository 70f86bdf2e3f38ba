/* The store: SQLite behind a small domain API. All SQL of styr lives in this file. */
#include "store.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

struct store {
    sqlite3 *db;
    char *path;
    int busy_ms; /* how long a writer waits for the lock, as set on the connection */
    int in_txn;  /* store_begin succeeded and neither commit nor rollback has ended it since */
    int wrote;   /* data (not run history) written inside the current transaction */
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
    /* 1 -> 2: provenance of fetched values (request, fetch time, run), the fetch state of each
     * source request (validators and the last body, for conditional and offline runs) and a
     * richer run history. runs is rebuilt because SQLite cannot change a CHECK in place (outcome
     * gains 'skipped'); nothing referred to it in version 1, and ids are kept. Each distinct
     * request text is stored once, in requests. */
    "CREATE TABLE runs_v2 ("
    "  id INTEGER PRIMARY KEY,"
    "  command TEXT NOT NULL,"
    "  source TEXT,"
    "  triggered_by TEXT NOT NULL DEFAULT 'manual'"
    "    CHECK (triggered_by IN ('manual', 'schedule', 'catch-up')),"
    "  started_at TEXT NOT NULL,"
    "  finished_at TEXT,"
    "  outcome TEXT NOT NULL CHECK (outcome IN ('running', 'succeeded', 'failed', 'skipped')),"
    "  message TEXT,"
    "  error TEXT,"
    "  n_new INTEGER,"
    "  n_changed INTEGER,"
    "  n_unchanged INTEGER,"
    "  bytes INTEGER,"
    "  duration_ms INTEGER,"
    "  http_status INTEGER,"
    "  attempts INTEGER"
    ");"
    "INSERT INTO runs_v2 (id, command, started_at, finished_at, outcome, message)"
    "  SELECT id, command, started_at, finished_at, outcome, message FROM runs ORDER BY id;"
    "DROP TABLE runs;"
    "ALTER TABLE runs_v2 RENAME TO runs;"
    "CREATE INDEX runs_by_source ON runs (source, id);"
    "CREATE TABLE requests ("
    "  id INTEGER PRIMARY KEY,"
    "  request TEXT NOT NULL UNIQUE"
    ");"
    "ALTER TABLE observations ADD COLUMN request_id INTEGER REFERENCES requests(id);"
    "ALTER TABLE observations ADD COLUMN fetched_at TEXT;"
    "ALTER TABLE observations ADD COLUMN run_id INTEGER REFERENCES runs(id);"
    "CREATE TABLE fetch_state ("
    "  id INTEGER PRIMARY KEY,"
    "  source TEXT NOT NULL,"
    "  request_key TEXT NOT NULL,"
    "  request_id INTEGER REFERENCES requests(id),"
    "  etag TEXT,"
    "  last_modified TEXT,"
    "  content_type TEXT,"
    "  body BLOB NOT NULL,"
    "  body_hash TEXT NOT NULL,"
    "  status INTEGER NOT NULL CHECK (status BETWEEN 100 AND 599),"
    "  fetched_at TEXT NOT NULL,"
    "  changed_at TEXT NOT NULL,"
    "  run_id INTEGER REFERENCES runs(id),"
    "  UNIQUE (source, request_key)"
    ");",
    /* 2 -> 3: what each computed value was computed from (styr compute): the hash of the
     * formula's source and the inputs' vintages, so that compute recomputes only what changed. */
    "CREATE TABLE computed_inputs ("
    "  series_id INTEGER NOT NULL REFERENCES series(id),"
    "  period TEXT NOT NULL,"
    "  formula_hash TEXT NOT NULL,"
    "  inputs TEXT NOT NULL,"
    "  computed_at TEXT NOT NULL,"
    "  PRIMARY KEY (series_id, period)"
    ");",
    /* 3 -> 4: the history of each indicator's definition (unit, direction, kind, formula hash),
     * with the decision that allowed a change during a locked mandate period
     * (scripts/definitions.lua). Rows are only added; the latest row of an indicator is its
     * definition in force. */
    "CREATE TABLE indicator_definitions ("
    "  id INTEGER PRIMARY KEY,"
    "  indicator TEXT NOT NULL,"
    "  unit TEXT,"
    "  direction TEXT,"
    "  kind TEXT NOT NULL,"
    "  formula_hash TEXT,"
    "  formula_at TEXT,"
    "  changes TEXT,"
    "  decision_ref TEXT,"
    "  decision_date TEXT,"
    "  decision_change TEXT,"
    "  recorded_at TEXT NOT NULL"
    ");"
    "CREATE INDEX indicator_definitions_by_indicator ON indicator_definitions (indicator, id);",
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

/* Reports a SQLite failure with what was being done and on which file; for a full disk or an I/O
 * error also the system's reason (ENOSPC, EFBIG, EIO). */
static int db_fail(store *s, int rc, const char *doing, char *err, size_t errlen)
{
    int sys = sqlite3_system_errno(s->db);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        snprintf(err, errlen,
                 "%s: %s: the database is locked by another styr process (waited %d ms); "
                 "try again when it has finished",
                 s->path, doing, s->busy_ms);
    else if ((rc == SQLITE_FULL || rc == SQLITE_IOERR) && sys != 0)
        snprintf(err, errlen, "%s: %s: %s (%s)", s->path, doing, sqlite3_errmsg(s->db),
                 strerror(sys));
    else
        snprintf(err, errlen, "%s: %s: %s", s->path, doing, sqlite3_errmsg(s->db));
    return sqlite_code(rc);
}

/* SQLite rolls a transaction back by itself after some errors (disk full, I/O error). The
 * caller's later writes must then fail instead of being committed one by one in autocommit mode,
 * which would store half a run. Returns STORE_OK while the caller's transaction (if any) is
 * alive. */
static int check_txn(store *s, const char *doing, char *err, size_t errlen)
{
    if (s->in_txn && sqlite3_get_autocommit(s->db)) {
        snprintf(err, errlen,
                 "%s: %s: the transaction was already rolled back after an earlier error; "
                 "nothing of it was stored (roll back and start again)",
                 s->path, doing);
        return STORE_ERROR;
    }
    return STORE_OK;
}

/* Notes that data were written, so that a run cannot be recorded as succeeded before they are
 * committed. */
static void wrote_data(store *s)
{
    if (!sqlite3_get_autocommit(s->db))
        s->wrote = 1;
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
    if ((rc = query_int(s, "SELECT count(*) FROM sqlite_schema", &objects, err, errlen)) !=
        STORE_OK)
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
    if ((rc = exec_sql(s, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;", "configuring", err,
                       errlen)) != STORE_OK ||
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
    int rc = exec_sql(s, "BEGIN IMMEDIATE", "starting a write transaction", err, errlen);
    if (rc == STORE_OK) {
        s->in_txn = 1;
        s->wrote = 0;
    }
    return rc;
}

int store_commit(store *s, char *err, size_t errlen)
{
    int rc = check_txn(s, "committing", err, errlen);
    if (rc == STORE_OK)
        rc = exec_sql(s, "COMMIT", "committing", err, errlen);
    if (rc != STORE_OK)
        store_rollback(s);
    s->in_txn = 0;
    s->wrote = 0;
    return rc;
}

int store_rollback(store *s)
{
    s->in_txn = 0;
    s->wrote = 0;
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
        return fail(err, errlen, STORE_INVALID, "%s%s", "indicator id, title and time are required",
                    "");
    sqlite3_stmt *st = NULL;
    int rc = check_txn(s, "storing an indicator", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = prepare(s,
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
    rc = step_done(s, st, "storing an indicator", err, errlen);
    if (rc == STORE_OK)
        wrote_data(s);
    return rc;
}

int store_series_get(store *s, const char *indicator, const char *area, const char *gender,
                     const char *period_kind, int64_t *series_id, char *err, size_t errlen)
{
    if (!indicator || !area || !gender || !period_kind)
        return fail(err, errlen, STORE_INVALID, "%s%s",
                    "series needs indicator, area, gender, period kind", "");
    if (strcmp(gender, "T") && strcmp(gender, "K") && strcmp(gender, "M"))
        return fail(err, errlen, STORE_INVALID, "gender must be T, K or M, not '%s'%s", gender, "");
    sqlite3_stmt *st = NULL;
    int rc = check_txn(s, "storing a series", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = prepare(
        s,
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
    wrote_data(s);
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

/* Finds or adds the requests row of a request text; *id is 0 for NULL. */
static int request_id(store *s, const char *request, int64_t *id, char *err, size_t errlen)
{
    *id = 0;
    if (request == NULL)
        return STORE_OK;
    sqlite3_stmt *st = NULL;
    int rc =
        prepare(s, "INSERT INTO requests (request) VALUES (?1) ON CONFLICT (request) DO NOTHING",
                &st, "storing a request", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, request, -1, SQLITE_TRANSIENT);
    if ((rc = step_done(s, st, "storing a request", err, errlen)) != STORE_OK)
        return rc;
    if ((rc = prepare(s, "SELECT id FROM requests WHERE request = ?1", &st, "finding a request",
                      err, errlen)) != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, request, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        *id = sqlite3_column_int64(st, 0);
    else
        rc = db_fail(s, src == SQLITE_DONE ? SQLITE_ERROR : src, "finding a request", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

static void bind_id_or_null(sqlite3_stmt *st, int i, int64_t id)
{
    if (id > 0)
        sqlite3_bind_int64(st, i, id);
    else
        sqlite3_bind_null(st, i);
}

int store_observation_put(store *s, int64_t series_id, const char *period,
                          const store_observation *obs, int *what, char *err, size_t errlen)
{
    *what = STORE_UNCHANGED;
    if (!period || !obs->status || !obs->source || !obs->vintage)
        return fail(err, errlen, STORE_INVALID, "%s%s",
                    "observation needs period, status, source and vintage", "");
    if (obs->has_value && !isfinite(obs->value))
        return fail(err, errlen, STORE_INVALID, "%s: the value of period %s is not a finite number",
                    obs->source, period);
    if (obs->run_id < 0)
        return fail(err, errlen, STORE_INVALID, "%s: period %s: a run id cannot be negative",
                    obs->source, period);
    sqlite3_stmt *st = NULL;
    int rc = check_txn(s, "storing an observation", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = prepare(s,
                 "SELECT value, value_text, status, note FROM observations "
                 "WHERE series_id = ?1 AND period = ?2 ORDER BY seq DESC LIMIT 1",
                 &st, "reading the latest vintage", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, series_id);
    sqlite3_bind_text(st, 2, period, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    int kind = STORE_NEW;
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
        kind = STORE_CHANGED;
    } else {
        sqlite3_finalize(st);
        if (src != SQLITE_DONE)
            return db_fail(s, src, "reading the latest vintage", err, errlen);
    }
    int64_t req = 0;
    if ((rc = request_id(s, obs->request, &req, err, errlen)) != STORE_OK)
        return rc;
    rc = prepare(s,
                 "INSERT INTO observations (series_id, period, value, value_text, status, note, "
                 "source, vintage, request_id, fetched_at, run_id) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
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
    bind_id_or_null(st, 9, req);
    bind_text_or_null(st, 10, obs->fetched_at);
    bind_id_or_null(st, 11, obs->run_id);
    rc = step_done(s, st, "storing an observation", err, errlen);
    if (rc == STORE_OK) {
        *what = kind;
        wrote_data(s);
    }
    return rc;
}

int store_latest_each(store *s, const char *indicator, store_row_cb cb, void *ud, char *err,
                      size_t errlen)
{
    return store_observations_each(s, indicator, NULL, 0, cb, ud, err, errlen);
}

int store_observations_each(store *s, const char *indicator, const char *as_of, int all_vintages,
                            store_row_cb cb, void *ud, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    /* ?2 NULL: no as-of limit. Vintages are UTC ISO 8601 text, so text order is time order. */
    int rc =
        prepare(s,
                all_vintages
                    ? "SELECT se.area, se.gender, se.period_kind, o.period, o.value, o.value_text, "
                      "o.status, o.note, o.source, o.vintage, rq.request, o.fetched_at, o.run_id "
                      "FROM series se JOIN observations o ON o.series_id = se.id "
                      "LEFT JOIN requests rq ON rq.id = o.request_id "
                      "WHERE se.indicator_id = ?1 AND (?2 IS NULL OR o.vintage <= ?2) "
                      "ORDER BY se.area, se.gender, o.period, o.seq"
                    : "SELECT se.area, se.gender, se.period_kind, o.period, o.value, o.value_text, "
                      "o.status, o.note, o.source, o.vintage, rq.request, o.fetched_at, o.run_id "
                      "FROM series se JOIN observations o ON o.series_id = se.id "
                      "LEFT JOIN requests rq ON rq.id = o.request_id "
                      "WHERE se.indicator_id = ?1 AND o.seq = (SELECT max(seq) FROM observations "
                      "  WHERE series_id = se.id AND period = o.period "
                      "  AND (?2 IS NULL OR vintage <= ?2)) "
                      "ORDER BY se.area, se.gender, o.period",
                &st, "reading observations", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    bind_text_or_null(st, 2, as_of);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        store_row row = {
            .area = (const char *)sqlite3_column_text(st, 0),
            .gender = (const char *)sqlite3_column_text(st, 1),
            .period_kind = (const char *)sqlite3_column_text(st, 2),
            .period = (const char *)sqlite3_column_text(st, 3),
            .obs =
                {
                    .has_value = sqlite3_column_type(st, 4) != SQLITE_NULL,
                    .value = sqlite3_column_double(st, 4),
                    .text = (const char *)sqlite3_column_text(st, 5),
                    .status = (const char *)sqlite3_column_text(st, 6),
                    .note = (const char *)sqlite3_column_text(st, 7),
                    .source = (const char *)sqlite3_column_text(st, 8),
                    .vintage = (const char *)sqlite3_column_text(st, 9),
                    .request = (const char *)sqlite3_column_text(st, 10),
                    .fetched_at = (const char *)sqlite3_column_text(st, 11),
                    .run_id = sqlite3_column_int64(st, 12),
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

/* ---- computed inputs -------------------------------------------------------------------------- */

int store_computed_put(store *s, int64_t series_id, const char *period, const store_computed *c,
                       char *err, size_t errlen)
{
    if (!period || !c->formula_hash || !c->inputs || !c->computed_at)
        return fail(err, errlen, STORE_INVALID, "%s%s",
                    "computed inputs need period, formula_hash, inputs and computed_at", "");
    int rc = check_txn(s, "recording computed inputs", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    rc = prepare(
        s,
        "INSERT INTO computed_inputs (series_id, period, formula_hash, inputs, computed_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (series_id, period) DO UPDATE SET "
        "formula_hash = excluded.formula_hash, inputs = excluded.inputs, "
        "computed_at = excluded.computed_at",
        &st, "recording computed inputs", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, series_id);
    sqlite3_bind_text(st, 2, period, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, c->formula_hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, c->inputs, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, c->computed_at, -1, SQLITE_TRANSIENT);
    rc = step_done(s, st, "recording computed inputs", err, errlen);
    if (rc == STORE_OK)
        wrote_data(s);
    return rc;
}

int store_computed_each(store *s, const char *indicator, store_computed_cb cb, void *ud, char *err,
                        size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc =
        prepare(s,
                "SELECT se.area, se.gender, se.period_kind, c.period, c.formula_hash, c.inputs, "
                "c.computed_at FROM series se JOIN computed_inputs c ON c.series_id = se.id "
                "WHERE se.indicator_id = ?1 ORDER BY se.area, se.gender, c.period",
                &st, "reading computed inputs", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        store_computed c = {
            .formula_hash = (const char *)sqlite3_column_text(st, 4),
            .inputs = (const char *)sqlite3_column_text(st, 5),
            .computed_at = (const char *)sqlite3_column_text(st, 6),
        };
        int r = cb(
            ud, (const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
            (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3), &c);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK : db_fail(s, src, "reading computed inputs", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

/* ---- indicator definitions ------------------------------------------------------------------- */

int store_definition_put(store *s, const store_definition *d, char *err, size_t errlen)
{
    if (!d->indicator || !d->kind || !d->recorded_at)
        return fail(err, errlen, STORE_INVALID, "%s%s",
                    "an indicator definition needs indicator, kind and recorded_at", "");
    int rc = check_txn(s, "recording an indicator definition", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    rc = prepare(
        s,
        "INSERT INTO indicator_definitions (indicator, unit, direction, kind, formula_hash, "
        "formula_at, changes, decision_ref, decision_date, decision_change, recorded_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        &st, "recording an indicator definition", err, errlen);
    if (rc != STORE_OK)
        return rc;
    /* In the order of the columns above. */
    const char *const values[] = {
        d->indicator,   d->unit,    d->direction,    d->kind,          d->formula_hash,
        d->formula_at,  d->changes, d->decision_ref, d->decision_date, d->decision_change,
        d->recorded_at,
    };
    for (int i = 0; i < (int)(sizeof values / sizeof values[0]); i++)
        bind_text_or_null(st, i + 1, values[i]);
    rc = step_done(s, st, "recording an indicator definition", err, errlen);
    if (rc == STORE_OK)
        wrote_data(s);
    return rc;
}

int store_definitions_each(store *s, const char *indicator, store_definition_cb cb, void *ud,
                           char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare(s,
                     "SELECT id, indicator, unit, direction, kind, formula_hash, formula_at, "
                     "changes, decision_ref, decision_date, decision_change, recorded_at "
                     "FROM indicator_definitions WHERE ?1 IS NULL OR indicator = ?1 "
                     "ORDER BY indicator, id",
                     &st, "reading indicator definitions", err, errlen);
    if (rc != STORE_OK)
        return rc;
    bind_text_or_null(st, 1, indicator);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
#define COL(i) ((const char *)sqlite3_column_text(st, (i)))
        store_definition d = {
            .id = sqlite3_column_int64(st, 0),
            .indicator = COL(1),
            .unit = COL(2),
            .direction = COL(3),
            .kind = COL(4),
            .formula_hash = COL(5),
            .formula_at = COL(6),
            .changes = COL(7),
            .decision_ref = COL(8),
            .decision_date = COL(9),
            .decision_change = COL(10),
            .recorded_at = COL(11),
        };
#undef COL
        int r = cb(ud, &d);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK
                            : db_fail(s, src, "reading indicator definitions", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

/* ---- fetch state ----------------------------------------------------------------------------- */

void store_hash(const void *data, size_t len, char out[STORE_HASH_SIZE])
{
    const unsigned char *p = data;
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3u;
    }
    snprintf(out, STORE_HASH_SIZE, "fnv1a64:%016llx", (unsigned long long)h);
}

#define FETCH_STATE_COLUMNS                                                                        \
    "fs.request_key, rq.request, fs.etag, fs.last_modified, fs.content_type, "                     \
    "CASE WHEN ?3 THEN fs.body END, length(fs.body), fs.status, fs.fetched_at, fs.run_id, "        \
    "fs.body_hash, fs.changed_at "                                                                 \
    "FROM fetch_state fs LEFT JOIN requests rq ON rq.id = fs.request_id "

/* Hands each row of a fetch-state query to cb; a non-zero return from cb stops and is
 * returned. Finalizes st. */
static int each_fetch_state(store *s, sqlite3_stmt *st, store_fetch_state_cb cb, void *ud,
                            char *err, size_t errlen)
{
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        int has_body = sqlite3_column_type(st, 5) != SQLITE_NULL;
        const void *body = has_body ? sqlite3_column_blob(st, 5) : NULL;
        size_t body_len = (size_t)sqlite3_column_int64(st, 6);
        if (has_body && body == NULL && body_len > 0) {
            src = SQLITE_NOMEM; /* a body too large to read into memory */
            break;
        }
        store_fetch_state fs = {
            .request = (const char *)sqlite3_column_text(st, 1),
            .etag = (const char *)sqlite3_column_text(st, 2),
            .last_modified = (const char *)sqlite3_column_text(st, 3),
            .content_type = (const char *)sqlite3_column_text(st, 4),
            /* An empty blob comes back as a NULL pointer: make it an empty, present body. */
            .body = !has_body ? NULL
                : body        ? body
                              : "",
            .body_len = body_len,
            .status = (long)sqlite3_column_int64(st, 7),
            .fetched_at = (const char *)sqlite3_column_text(st, 8),
            .run_id = sqlite3_column_int64(st, 9),
            .body_hash = (const char *)sqlite3_column_text(st, 10),
            .changed_at = (const char *)sqlite3_column_text(st, 11),
        };
        int r = cb(ud, (const char *)sqlite3_column_text(st, 0), &fs);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    int rc =
        src == SQLITE_DONE ? STORE_OK : db_fail(s, src, "reading the fetch state", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_fetch_state_get(store *s, const char *source, const char *key, int with_body,
                          store_fetch_state_cb cb, void *ud, char *err, size_t errlen)
{
    if (source == NULL || key == NULL)
        return fail(err, errlen, STORE_INVALID, "%s%s",
                    "fetch state needs a source and a request key", "");
    sqlite3_stmt *st = NULL;
    int rc =
        prepare(s, "SELECT " FETCH_STATE_COLUMNS "WHERE fs.source = ?1 AND fs.request_key = ?2",
                &st, "reading the fetch state", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 3, with_body != 0);
    return each_fetch_state(s, st, cb, ud, err, errlen);
}

int store_responses_each(store *s, const char *source, int with_body, store_fetch_state_cb cb,
                         void *ud, char *err, size_t errlen)
{
    if (source == NULL)
        return fail(err, errlen, STORE_INVALID, "%s%s", "stored responses are listed per source",
                    "");
    sqlite3_stmt *st = NULL;
    int rc =
        prepare(s, "SELECT " FETCH_STATE_COLUMNS "WHERE fs.source = ?1 ORDER BY fs.request_key",
                &st, "reading the stored responses", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 3, with_body != 0);
    return each_fetch_state(s, st, cb, ud, err, errlen);
}

/* What is stored for (source, key): *found, and whether body equals the stored body (*same). The
 * hash and length decide most cases without reading the stored body. */
static int compare_body(store *s, const char *source, const char *key, const void *body, size_t len,
                        const char *hash, int *found, int *same, char *err, size_t errlen)
{
    *found = *same = 0;
    sqlite3_stmt *st = NULL;
    int rc = prepare(s,
                     "SELECT length(body), body_hash, id FROM fetch_state "
                     "WHERE source = ?1 AND request_key = ?2",
                     &st, "reading the fetch state", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src != SQLITE_ROW) {
        sqlite3_finalize(st);
        return src == SQLITE_DONE ? STORE_OK
                                  : db_fail(s, src, "reading the fetch state", err, errlen);
    }
    *found = 1;
    int candidate = body != NULL && (size_t)sqlite3_column_int64(st, 0) == len &&
        same_text(sqlite3_column_text(st, 1), hash);
    int64_t id = sqlite3_column_int64(st, 2);
    sqlite3_finalize(st);
    if (!candidate)
        return STORE_OK;
    if ((rc = prepare(s, "SELECT body FROM fetch_state WHERE id = ?1", &st,
                      "reading the stored body", err, errlen)) != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        const void *old = sqlite3_column_blob(st, 0);
        if (old == NULL && len > 0)
            src = sqlite3_errcode(s->db) == SQLITE_NOMEM ? SQLITE_NOMEM : SQLITE_ROW;
        else
            *same = len == 0 || memcmp(old, body, len) == 0;
    }
    rc = src == SQLITE_ROW ? STORE_OK : db_fail(s, src, "reading the stored body", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_fetch_state_put(store *s, const char *source, const char *key,
                          const store_fetch_state *fs, int *body_changed, char *err, size_t errlen)
{
    *body_changed = 0;
    if (source == NULL || key == NULL || fs->fetched_at == NULL)
        return fail(err, errlen, STORE_INVALID, "%s%s",
                    "fetch state needs a source, a request key and the fetch time", "");
    if (fs->body != NULL && (fs->status < 100 || fs->status > 599))
        return fail(err, errlen, STORE_INVALID,
                    "%s: %s: an HTTP status from 100 to 599 is required", source, key);
    if (fs->run_id < 0)
        return fail(err, errlen, STORE_INVALID, "%s: %s: a run id cannot be negative", source, key);
    int rc = check_txn(s, "storing the fetch state", err, errlen);
    if (rc != STORE_OK)
        return rc;
    char hash[STORE_HASH_SIZE] = "";
    if (fs->body != NULL)
        store_hash(fs->body, fs->body_len, hash);
    int found = 0, same = 0;
    if ((rc = compare_body(s, source, key, fs->body, fs->body_len, hash, &found, &same, err,
                           errlen)) != STORE_OK)
        return rc;
    if (fs->body == NULL && !found)
        return fail(err, errlen, STORE_INVALID,
                    "%s: %s: no stored response to keep (an answer 304 needs an earlier body)",
                    source, key);
    int64_t req = 0;
    if ((rc = request_id(s, fs->request, &req, err, errlen)) != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    const char *doing = "storing the fetch state";
    if (fs->body != NULL && !same) {
        /* A new or different body: replace everything. */
        rc = prepare(
            s,
            "INSERT INTO fetch_state (source, request_key, request_id, etag, "
            "last_modified, content_type, body, body_hash, status, fetched_at, "
            "changed_at, run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11) "
            "ON CONFLICT (source, request_key) DO UPDATE SET "
            "request_id = coalesce(excluded.request_id, request_id), etag = excluded.etag, "
            "last_modified = excluded.last_modified, "
            "content_type = excluded.content_type, body = excluded.body, "
            "body_hash = excluded.body_hash, status = excluded.status, "
            "fetched_at = excluded.fetched_at, changed_at = excluded.changed_at, "
            "run_id = excluded.run_id",
            &st, doing, err, errlen);
        if (rc != STORE_OK)
            return rc;
        if (fs->body_len > 0)
            sqlite3_bind_blob64(st, 7, fs->body, fs->body_len, SQLITE_STATIC);
        else
            sqlite3_bind_zeroblob(st, 7, 0); /* empty, not NULL */
        sqlite3_bind_text(st, 8, hash, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 9, fs->status);
    } else if (fs->body != NULL) {
        /* The same body again (a server without validators, or new validators): the body and
         * changed_at stay, everything else is the new answer's. */
        rc = prepare(s,
                     "UPDATE fetch_state SET request_id = coalesce(?3, request_id), etag = ?4, "
                     "last_modified = ?5, content_type = ?6, status = ?9, fetched_at = ?10, "
                     "run_id = ?11 WHERE source = ?1 AND request_key = ?2",
                     &st, doing, err, errlen);
        if (rc != STORE_OK)
            return rc;
        sqlite3_bind_int64(st, 9, fs->status);
    } else {
        /* 304: the stored body is still current. */
        rc = prepare(s,
                     "UPDATE fetch_state SET request_id = coalesce(?3, request_id), "
                     "etag = coalesce(?4, etag), last_modified = coalesce(?5, last_modified), "
                     "fetched_at = ?10, run_id = ?11 WHERE source = ?1 AND request_key = ?2",
                     &st, doing, err, errlen);
        if (rc != STORE_OK)
            return rc;
    }
    sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
    bind_id_or_null(st, 3, req);
    bind_text_or_null(st, 4, fs->etag);
    bind_text_or_null(st, 5, fs->last_modified);
    if (fs->body != NULL)
        bind_text_or_null(st, 6, fs->content_type);
    sqlite3_bind_text(st, 10, fs->fetched_at, -1, SQLITE_TRANSIENT);
    bind_id_or_null(st, 11, fs->run_id);
    rc = step_done(s, st, doing, err, errlen);
    if (rc == STORE_OK) {
        *body_changed = fs->body != NULL && !same;
        wrote_data(s);
    }
    return rc;
}

/* ---- run history ----------------------------------------------------------------------------- */

static int valid_trigger(const char *t)
{
    return t == NULL || !strcmp(t, "manual") || !strcmp(t, "schedule") || !strcmp(t, "catch-up");
}

int store_run_start_ex(store *s, const char *command, const char *source, const char *trigger,
                       const char *started, int64_t *run_id, char *err, size_t errlen)
{
    if (command == NULL || started == NULL)
        return fail(err, errlen, STORE_INVALID, "%s%s", "a run needs a command and a start time",
                    "");
    if (!valid_trigger(trigger))
        return fail(err, errlen, STORE_INVALID,
                    "a run's trigger is manual, schedule or catch-up, not '%s'%s", trigger, "");
    sqlite3_stmt *st = NULL;
    int rc = check_txn(s, "recording the run", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = prepare(s,
                 "INSERT INTO runs (command, source, triggered_by, started_at, outcome) "
                 "VALUES (?1, ?2, coalesce(?3, 'manual'), ?4, 'running')",
                 &st, "recording the run", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, command, -1, SQLITE_TRANSIENT);
    bind_text_or_null(st, 2, source);
    bind_text_or_null(st, 3, trigger);
    sqlite3_bind_text(st, 4, started, -1, SQLITE_TRANSIENT);
    rc = step_done(s, st, "recording the run", err, errlen);
    if (rc == STORE_OK)
        *run_id = sqlite3_last_insert_rowid(s->db);
    return rc;
}

int store_run_start(store *s, const char *command, const char *started, int64_t *run_id, char *err,
                    size_t errlen)
{
    return store_run_start_ex(s, command, NULL, NULL, started, run_id, err, errlen);
}

static void bind_count(sqlite3_stmt *st, int i, int64_t v)
{
    if (v >= 0)
        sqlite3_bind_int64(st, i, v);
    else
        sqlite3_bind_null(st, i);
}

int store_run_finish_ex(store *s, int64_t run_id, const store_run_result *res, char *err,
                        size_t errlen)
{
    char what[48];
    snprintf(what, sizeof what, "run %lld", (long long)run_id);
    if (res->finished == NULL || res->outcome == NULL)
        return fail(err, errlen, STORE_INVALID, "%s: %s", what,
                    "finishing a run needs the finish time and the outcome");
    if (!valid_trigger(res->trigger))
        return fail(err, errlen, STORE_INVALID,
                    "a run's trigger is manual, schedule or catch-up, not '%s'%s", res->trigger,
                    "");
    if (strcmp(res->outcome, "succeeded") == 0 && !sqlite3_get_autocommit(s->db) && s->wrote)
        return fail(err, errlen, STORE_INVALID, "%s: %s", what,
                    "cannot be recorded as succeeded before its data are committed: commit "
                    "first, then finish the run");
    sqlite3_stmt *st = NULL;
    int rc = check_txn(s, "recording the run's outcome", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = prepare(s,
                 "UPDATE runs SET finished_at = ?2, outcome = ?3, message = ?4, error = ?5, "
                 "source = coalesce(?6, source), triggered_by = coalesce(?7, triggered_by), "
                 "n_new = ?8, n_changed = ?9, n_unchanged = ?10, bytes = ?11, duration_ms = ?12, "
                 "http_status = ?13, attempts = ?14 WHERE id = ?1",
                 &st, "recording the run's outcome", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, run_id);
    sqlite3_bind_text(st, 2, res->finished, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, res->outcome, -1, SQLITE_TRANSIENT);
    bind_text_or_null(st, 4, res->message);
    bind_text_or_null(st, 5, res->error);
    bind_text_or_null(st, 6, res->source);
    bind_text_or_null(st, 7, res->trigger);
    bind_count(st, 8, res->n_new);
    bind_count(st, 9, res->n_changed);
    bind_count(st, 10, res->n_unchanged);
    bind_count(st, 11, res->bytes);
    bind_count(st, 12, res->duration_ms);
    bind_count(st, 13, res->http_status > 0 ? res->http_status : -1);
    bind_count(st, 14, res->attempts);
    if ((rc = step_done(s, st, "recording the run's outcome", err, errlen)) != STORE_OK)
        return rc;
    if (sqlite3_changes(s->db) == 0)
        return fail(err, errlen, STORE_INVALID, "%s: %s", what,
                    "no such run was started (or its start was rolled back)");
    return STORE_OK;
}

int store_run_finish(store *s, int64_t run_id, const char *finished, const char *outcome,
                     const char *message, char *err, size_t errlen)
{
    store_run_result res = STORE_RUN_RESULT_INIT;
    res.finished = finished;
    res.outcome = outcome;
    res.message = message;
    return store_run_finish_ex(s, run_id, &res, err, errlen);
}

static int64_t column_count(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, i);
}

int store_runs_each(store *s, const store_run_filter *f, store_run_cb cb, void *ud, char *err,
                    size_t errlen)
{
    store_run_filter all = {NULL, 0, 0};
    if (f == NULL)
        f = &all;
    sqlite3_stmt *st = NULL;
    int rc = prepare(s,
                     "SELECT id, command, source, triggered_by, started_at, finished_at, outcome, "
                     "message, error, n_new, n_changed, n_unchanged, bytes, duration_ms, "
                     "http_status, attempts FROM runs "
                     "WHERE (?1 IS NULL OR source = ?1) AND (?2 = 0 OR outcome = 'failed') "
                     "ORDER BY id DESC LIMIT ?3",
                     &st, "reading the run history", err, errlen);
    if (rc != STORE_OK)
        return rc;
    bind_text_or_null(st, 1, f->source);
    sqlite3_bind_int(st, 2, f->failed_only != 0);
    sqlite3_bind_int(st, 3, f->limit > 0 ? f->limit : -1);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        store_run run = {
            .id = sqlite3_column_int64(st, 0),
            .command = (const char *)sqlite3_column_text(st, 1),
            .started = (const char *)sqlite3_column_text(st, 4),
            .r =
                {
                    .source = (const char *)sqlite3_column_text(st, 2),
                    .trigger = (const char *)sqlite3_column_text(st, 3),
                    .finished = (const char *)sqlite3_column_text(st, 5),
                    .outcome = (const char *)sqlite3_column_text(st, 6),
                    .message = (const char *)sqlite3_column_text(st, 7),
                    .error = (const char *)sqlite3_column_text(st, 8),
                    .n_new = column_count(st, 9),
                    .n_changed = column_count(st, 10),
                    .n_unchanged = column_count(st, 11),
                    .bytes = column_count(st, 12),
                    .duration_ms = column_count(st, 13),
                    .http_status = (long)(column_count(st, 14) > 0 ? column_count(st, 14) : 0),
                    .attempts = (int)column_count(st, 15),
                },
        };
        int r = cb(ud, &run);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK : db_fail(s, src, "reading the run history", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

/* ---- status ---------------------------------------------------------------------------------- */

int store_source_status_each(store *s, store_source_status_cb cb, void *ud, char *err,
                             size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare(
        s,
        "WITH names AS (SELECT source FROM runs WHERE source IS NOT NULL "
        "               UNION SELECT source FROM fetch_state), "
        "     responses AS (SELECT source, max(fetched_at) AS fetched, max(changed_at) AS changed, "
        "                          count(*) AS n FROM fetch_state GROUP BY source) "
        "SELECT n.source, (SELECT finished_at FROM runs WHERE source = n.source AND "
        "                  outcome = 'succeeded' ORDER BY id DESC LIMIT 1), "
        "       r.started_at, r.outcome, r.error, p.fetched, p.changed, coalesce(p.n, 0) "
        "FROM names n "
        "LEFT JOIN runs r ON r.id = (SELECT max(id) FROM runs WHERE source = n.source) "
        "LEFT JOIN responses p ON p.source = n.source "
        "ORDER BY n.source",
        &st, "reading the status of the sources", err, errlen);
    if (rc != STORE_OK)
        return rc;
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        store_source_status ss = {
            .source = (const char *)sqlite3_column_text(st, 0),
            .last_success = (const char *)sqlite3_column_text(st, 1),
            .last_run = (const char *)sqlite3_column_text(st, 2),
            .last_outcome = (const char *)sqlite3_column_text(st, 3),
            .last_error = (const char *)sqlite3_column_text(st, 4),
            .last_fetched = (const char *)sqlite3_column_text(st, 5),
            .last_changed = (const char *)sqlite3_column_text(st, 6),
            .responses = sqlite3_column_int64(st, 7),
        };
        int r = cb(ud, &ss);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK
                            : db_fail(s, src, "reading the status of the sources", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_series_status_each(store *s, const char *indicator, store_series_status_cb cb, void *ud,
                             char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    /* The newest period counts only when its latest vintage is not "missing". */
    int rc = prepare(s,
                     "SELECT se.indicator_id, se.area, se.period_kind, "
                     "       max(CASE WHEN o.status <> 'missing' AND o.seq = (SELECT max(x.seq) "
                     "                FROM observations x WHERE x.series_id = o.series_id "
                     "                AND x.period = o.period) THEN o.period END), "
                     "       max(o.vintage), count(DISTINCT o.period) "
                     "FROM series se JOIN observations o ON o.series_id = se.id "
                     "WHERE ?1 IS NULL OR se.indicator_id = ?1 "
                     "GROUP BY se.indicator_id, se.area, se.period_kind "
                     "ORDER BY se.indicator_id, se.area, se.period_kind",
                     &st, "reading the status of the indicators", err, errlen);
    if (rc != STORE_OK)
        return rc;
    bind_text_or_null(st, 1, indicator);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        store_series_status ss = {
            .indicator = (const char *)sqlite3_column_text(st, 0),
            .area = (const char *)sqlite3_column_text(st, 1),
            .period_kind = (const char *)sqlite3_column_text(st, 2),
            .newest_period = (const char *)sqlite3_column_text(st, 3),
            .last_changed = (const char *)sqlite3_column_text(st, 4),
            .periods = sqlite3_column_int64(st, 5),
        };
        int r = cb(ud, &ss);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK
                            : db_fail(s, src, "reading the status of the indicators", err, errlen);
    sqlite3_finalize(st);
    return rc;
}
