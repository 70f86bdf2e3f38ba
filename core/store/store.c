/* The store: SQLite behind a small domain API. All SQL of styr lives in the store: this file
 * (opening, schema and migrations, transactions, helpers the store's files share), store_data.c
 * (observations, indicator definitions), store_write.c (the one write path: values, formulas' runs),
 * store_compute.c (what compute and the report ask), store_runs.c
 * (fetch state, run history, status) and store_snapshots.c (configuration snapshots, what a run
 * was: its slot, base URL, warnings and configuration). */
#include "store/store.h"
#include "store_db.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

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
    /* 4 -> 5: styr serve (store_entries.c): what responsible officers enter in the browser
     * (analyses, activity status, own values) as versions that are only ever added, the sign-off
     * of each report's period per body, and the audit log of every write through the web. */
    "CREATE TABLE entries ("
    "  id INTEGER PRIMARY KEY,"
    "  kind TEXT NOT NULL,"
    "  subject TEXT NOT NULL,"
    "  period TEXT NOT NULL,"
    "  version INTEGER NOT NULL CHECK (version >= 1),"
    "  body TEXT,"
    "  text TEXT,"
    "  status TEXT,"
    "  value REAL,"
    "  author TEXT NOT NULL,"
    "  at TEXT NOT NULL,"
    "  UNIQUE (kind, subject, period, version)"
    ");"
    "CREATE TABLE signoffs ("
    "  id INTEGER PRIMARY KEY,"
    "  report TEXT NOT NULL,"
    "  period TEXT NOT NULL,"
    "  body TEXT NOT NULL,"
    "  version INTEGER NOT NULL CHECK (version >= 1),"
    "  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),"
    "  comment TEXT,"
    "  by_user TEXT NOT NULL,"
    "  at TEXT NOT NULL,"
    "  UNIQUE (report, period, body, version)"
    ");"
    "CREATE TABLE audit ("
    "  id INTEGER PRIMARY KEY,"
    "  at TEXT NOT NULL,"
    "  user TEXT NOT NULL,"
    "  address TEXT,"
    "  action TEXT NOT NULL,"
    "  target TEXT,"
    "  detail TEXT"
    ");"
    "CREATE INDEX audit_by_user ON audit (user, id);",
    /* 5 -> 6: how far the store's entries and observations went when a sign-off row was written
     * (the newest entry id and observation seq), so that the approved version is exactly what the
     * store held at the approval, even for an edit saved in the same second. NULL in older rows. */
    "ALTER TABLE signoffs ADD COLUMN entries_before INTEGER;"
    "ALTER TABLE signoffs ADD COLUMN values_before INTEGER;",
    /* 6 -> 7: runs that say what they were (store_snapshots.c): the scheduler's slot a run
     * belongs to, the base URL a fetch used, the warnings it raised (values the configuration
     * asked for and the source did not give), and the configuration it ran with, as a snapshot
     * of the configuration's files; each distinct file content is stored once
     * (config_contents), each distinct set of files once (config_snapshots, its manifest the
     * sorted list of paths and content ids). */
    "CREATE TABLE config_contents ("
    "  id INTEGER PRIMARY KEY,"
    "  hash TEXT NOT NULL,"
    "  body BLOB NOT NULL"
    ");"
    "CREATE INDEX config_contents_by_hash ON config_contents (hash);"
    "CREATE TABLE config_snapshots ("
    "  id INTEGER PRIMARY KEY,"
    "  digest TEXT NOT NULL,"
    "  manifest TEXT NOT NULL UNIQUE,"
    "  created_at TEXT NOT NULL"
    ");"
    "CREATE TABLE config_snapshot_files ("
    "  snapshot_id INTEGER NOT NULL REFERENCES config_snapshots(id),"
    "  path TEXT NOT NULL,"
    "  content_id INTEGER NOT NULL REFERENCES config_contents(id),"
    "  PRIMARY KEY (snapshot_id, path)"
    ");"
    "ALTER TABLE runs ADD COLUMN slot TEXT;"
    "ALTER TABLE runs ADD COLUMN base_url TEXT;"
    "ALTER TABLE runs ADD COLUMN warnings TEXT;"
    "ALTER TABLE runs ADD COLUMN config_snapshot INTEGER REFERENCES config_snapshots(id);",
    /* 7 -> 8: compact provenance. A fetched value's source was its request's URL, stored again
     * in every observation (some 340 bytes each); from version 8 on, the URL is stored once, in
     * requests, and such an observation's source is the empty text (STORE_SOURCE_SQL gives the URL
     * back; store_write.c). Rows written before keep their URL and read the same: values are
     * written only by store_write.c (tests/e2e/write_path_test.sh), so the migration itself only
     * marks the version, which keeps an older styr from reading '' as a source. */
    "SELECT 1;",
    /* 8 -> 9: what `styr status` shows of each series, kept with the series by store_put_rows
     * (store_write.c): the newest period whose latest vintage is not missing, and the newest
     * vintage of any of its values, so that status reads the series and not every observation.
     * The columns are filled once here from the stored values (with the rebuild of 9 -> 10, the
     * only statements outside store_write.c that touch a value table:
     * tests/e2e/write_path_test.sh knows them). */
    "ALTER TABLE series ADD COLUMN newest_period TEXT;"
    "ALTER TABLE series ADD COLUMN last_changed TEXT;"
    "UPDATE series SET last_changed = (SELECT max(vintage) FROM observations WHERE series_id = series.id), "
    "newest_period = (" STORE_NEWEST_PERIOD_SQL("series.id") ");",
    /* 9 -> 10: observations' status CHECK as a chain of comparisons. SQLite checks
     * `status IN (...)` by building a temporary index of the list for every row it inserts (a
     * b-tree begun, filled and rolled back per row); that made storing a value about a third
     * slower than the same insert without it (issue 13, docs/performance.md). `status = 'ok' OR
     * ...` allows exactly the same values. SQLite cannot change a CHECK in place, so the table is
     * rebuilt with its rows, their seq numbers and its index, once (as runs was, 1 -> 2); no
     * table refers to observations. The copy and the drop are the one place besides 8 -> 9 where
     * values are written outside store_write.c (tests/e2e/write_path_test.sh knows them). */
    "CREATE TABLE observations_v10 ("
    "  seq INTEGER PRIMARY KEY,"
    "  series_id INTEGER NOT NULL REFERENCES series(id),"
    "  period TEXT NOT NULL,"
    "  value REAL,"
    "  value_text TEXT,"
    "  status TEXT NOT NULL CHECK (status = 'ok' OR status = 'missing' OR status = 'preliminary'"
    "    OR status = 'confidential'),"
    "  note TEXT,"
    "  source TEXT NOT NULL,"
    "  vintage TEXT NOT NULL,"
    "  request_id INTEGER REFERENCES requests(id),"
    "  fetched_at TEXT,"
    "  run_id INTEGER REFERENCES runs(id)"
    ");"
    "INSERT INTO observations_v10 (seq, series_id, period, value, value_text, status, note, source,"
    "  vintage, request_id, fetched_at, run_id)"
    "  SELECT seq, series_id, period, value, value_text, status, note, source, vintage, request_id,"
    "  fetched_at, run_id FROM observations ORDER BY seq;"
    "DROP TABLE observations;"
    "ALTER TABLE observations_v10 RENAME TO observations;"
    "CREATE INDEX observations_by_period ON observations (series_id, period, seq);"
    /* The values typed into the configuration, apart: compute's sync asks, for every indicator,
     * which of its latest values were typed in (store_latest_from), and a national indicator of
     * 17 400 fetched values has none; with this partial index the question reads only the typed
     * ones (0.35 ms instead of 5 for such an indicator). */
    "CREATE INDEX observations_typed ON observations (series_id, period, seq) "
    "  WHERE substr(source, 1, 7) = 'config:';",
    /* 10 -> 11: what styr compute recorded for each formula when it last stored its results:
     * the hash of the formula's source, the indicators it read (ids, one per line, sorted) and
     * the store's newest observation then (seq). A formula is current while its hash is the same
     * and no value of an indicator it read, nor of its own, came after that seq
     * (store_compute_fresh). It replaces computed_inputs (a record per value, 20 % of a national
     * compute: docs/performance.md), which compute no longer writes; the records already stored
     * there stay. */
    "CREATE TABLE formula_runs ("
    "  indicator TEXT PRIMARY KEY,"
    "  formula_hash TEXT NOT NULL,"
    "  inputs TEXT NOT NULL,"
    "  seq INTEGER NOT NULL,"
    "  computed_at TEXT NOT NULL"
    ");",
};
#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int store_fail(char *err, size_t errlen, int code, const char *fmt, const char *a, const char *b)
{
    snprintf(err, errlen, fmt, a, b);
    return code;
}

static int sqlite_code(int rc)
{
    return (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) ? STORE_BUSY : STORE_ERROR;
}

/* Reports a SQLite failure with what was being done, on which file, and what to do about it:
 * the lock of another process, a full disk or an I/O error (with the system's reason: ENOSPC,
 * EFBIG, EIO), a read-only file or folder, a damaged file. */
int store_db_fail(store *s, int rc, const char *doing, char *err, size_t errlen)
{
    int sys = sqlite3_system_errno(s->db);
    const char *msg = sqlite3_errmsg(s->db);
    const char *why = sys != 0 ? strerror(sys) : NULL;
    switch (rc) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        snprintf(err, errlen,
                 "%s: %s: the database is locked by another styr process (waited %d ms); "
                 "try again when it has finished",
                 s->path, doing, s->busy_ms);
        break;
    case SQLITE_FULL:
        snprintf(err, errlen, "%s: %s: %s%s%s%s; free some disk space and run again", s->path,
                 doing, msg, why ? " (" : "", why ? why : "", why ? ")" : "");
        break;
    case SQLITE_READONLY:
        snprintf(err, errlen,
                 "%s: %s: %s; styr needs write access to the database file and to its folder "
                 "(for the -wal and -shm files beside it)",
                 s->path, doing, msg);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        snprintf(err, errlen, "%s: %s: the database is damaged (%s); restore it from a backup",
                 s->path, doing, msg);
        break;
    case SQLITE_CANTOPEN:
        snprintf(err, errlen,
                 "%s: %s: %s%s%s%s; check that its folder exists and that styr may write in it",
                 s->path, doing, msg, why ? " (" : "", why ? why : "", why ? ")" : "");
        break;
    case SQLITE_IOERR:
        snprintf(err, errlen,
                 "%s: %s: %s%s%s%s; check that the disk has free space and works, then run again",
                 s->path, doing, msg, why ? " (" : "", why ? why : "", why ? ")" : "");
        break;
    default:
        snprintf(err, errlen, "%s: %s: %s", s->path, doing, msg);
    }
    return sqlite_code(rc);
}

/* SQLite rolls a transaction back by itself after some errors (disk full, I/O error). The
 * caller's later writes must then fail instead of being committed one by one in autocommit mode,
 * which would store half a run. Returns STORE_OK while the caller's transaction (if any) is
 * alive. */
int store_check_txn(store *s, const char *doing, char *err, size_t errlen)
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
void store_wrote_data(store *s)
{
    if (!sqlite3_get_autocommit(s->db))
        s->wrote = 1;
}

int store_exec(store *s, const char *sql, const char *doing, char *err, size_t errlen)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? STORE_OK : store_db_fail(s, rc, doing, err, errlen);
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
        int code = store_db_fail(s, rc, "reading the database header", err, errlen);
        sqlite3_finalize(st);
        return code;
    }
    sqlite3_finalize(st);
    return STORE_OK;
}

int store_data_version(store *s, int64_t *v, char *err, size_t errlen)
{
    /* PRAGMA data_version moves when another connection commits; this connection's own writes
     * are counted by total_changes. Either moving since the last call moves the version. */
    long long dv = 0;
    int rc = query_int(s, "PRAGMA data_version", &dv, err, errlen);
    if (rc != STORE_OK)
        return rc;
    int64_t changes = (int64_t)sqlite3_total_changes64(s->db);
    if (dv != s->seen_data_version || changes != s->seen_changes) {
        s->seen_data_version = dv;
        s->seen_changes = changes;
        s->data_version++;
    }
    *v = s->data_version;
    return STORE_OK;
}

/* Refuses a file that exists, is not empty and does not start like a SQLite database, without
 * opening it through SQLite at all. */
static int check_header(const char *path, char *err, size_t errlen)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return errno == ENOENT
            ? STORE_OK
            : store_fail(err, errlen, STORE_ERROR, "%s: %s", path, strerror(errno));
    if (!S_ISREG(st.st_mode))
        return store_fail(err, errlen, STORE_REFUSED, "%s: %s", path,
                          "is not a regular file; give --db the path of a styr database file");
    if (st.st_size == 0)
        return STORE_OK;
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return store_fail(err, errlen, STORE_ERROR, "%s: %s", path, strerror(errno));
    char magic[16] = {0};
    size_t n = fread(magic, 1, sizeof magic, f);
    fclose(f);
    if (n != sizeof magic || memcmp(magic, "SQLite format 3", 16) != 0)
        return store_fail(err, errlen, STORE_REFUSED, "%s: %s", path,
                          "is not a styr database (not an SQLite file); it was left untouched");
    return STORE_OK;
}

/* A damaged file is refused before anything writes. Opening must stay cheap for a big store
 * (styr status on a gigabyte store must not read the whole file), so a normal open reads only
 * the schema and the first page of every table; the full PRAGMA quick_check (every page) runs
 * when the previous writer did not shut down cleanly: a write-ahead log was left beside the
 * file (SQLite removes it when the last connection closes normally; a styr killed or cut off by
 * a power loss leaves it). Another styr working on the store at the same moment also leaves one
 * there, which only costs that open the full check. store_check runs it on demand. */
static int check_on_open(store *s, char *err, size_t errlen)
{
    if (s->unclean)
        return store_check(s, 0, err, errlen);
    sqlite3_stmt *tables = NULL;
    int rc = sqlite3_prepare_v2(s->db,
                                "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite_%'",
                                -1, &tables, NULL);
    int src = rc;
    while (rc == SQLITE_OK && (src = sqlite3_step(tables)) == SQLITE_ROW) {
        char sql[300];
        snprintf(sql, sizeof sql, "SELECT 1 FROM \"%s\" NOT INDEXED LIMIT 1",
                 (const char *)sqlite3_column_text(tables, 0));
        sqlite3_stmt *probe = NULL;
        rc = sqlite3_prepare_v2(s->db, sql, -1, &probe, NULL);
        if (rc == SQLITE_OK) {
            int prc = sqlite3_step(probe);
            rc = (prc == SQLITE_ROW || prc == SQLITE_DONE) ? SQLITE_OK : prc;
        }
        sqlite3_finalize(probe);
    }
    sqlite3_finalize(tables);
    if (rc == SQLITE_OK && src != SQLITE_DONE)
        rc = src;
    if (rc == SQLITE_OK)
        return STORE_OK;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return store_db_fail(s, rc, "opening the database", err, errlen);
    return store_fail(err, errlen, STORE_REFUSED, "%s: %s", s->path,
                      "is damaged (a table cannot be read); it was left untouched: restore it "
                      "from a backup");
}

int store_check(store *s, int full, char *err, size_t errlen)
{
    long long ok = 0;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, full ? "PRAGMA integrity_check" : "PRAGMA quick_check", -1,
                                &st, NULL);
    int src = rc == SQLITE_OK ? sqlite3_step(st) : rc;
    if (src == SQLITE_ROW) {
        const unsigned char *r = sqlite3_column_text(st, 0);
        ok = r && strcmp((const char *)r, "ok") == 0;
    }
    sqlite3_finalize(st);
    if (src == SQLITE_BUSY || src == SQLITE_LOCKED)
        return store_db_fail(s, src, "checking the database", err, errlen);
    if (!ok)
        return store_fail(err, errlen, STORE_REFUSED, "%s: %s", s->path,
                          full ? "failed SQLite's integrity_check (the file is damaged); it was "
                                 "left untouched: restore it from a backup"
                               : "failed SQLite's quick_check (the file is damaged); it was left "
                                 "untouched: restore it from a backup");
    return STORE_OK;
}

/* Checks identity and version before anything writes, then applies the pending migrations in
 * one immediate transaction. */
static int prepare_schema(store *s, char *err, size_t errlen)
{
    long long app_id = 0, version = 0, objects = 0;
    int rc;
    if ((rc = query_int(s, "PRAGMA application_id", &app_id, err, errlen)) != STORE_OK)
        return rc == STORE_ERROR
            ? store_fail(err, errlen, STORE_REFUSED, "%s: %s", s->path,
                         "is not a readable styr database; it was left untouched")
            : rc;
    if ((rc = query_int(s, "PRAGMA user_version", &version, err, errlen)) != STORE_OK)
        return rc;
    if ((rc = query_int(s, "SELECT count(*) FROM sqlite_schema", &objects, err, errlen)) !=
        STORE_OK)
        return rc;
    if (app_id != STORE_APPLICATION_ID && !(app_id == 0 && objects == 0))
        return store_fail(
            err, errlen, STORE_REFUSED, "%s: %s", s->path,
            "is an SQLite database of another program, not a styr database; it was left "
            "untouched (give --db a new file name)");
    if (version > STORE_SCHEMA_VERSION) {
        snprintf(err, errlen,
                 "%s: was written by a newer styr (schema version %lld, this styr knows up to %d); "
                 "it was left untouched: upgrade styr",
                 s->path, version, STORE_SCHEMA_VERSION);
        return STORE_REFUSED;
    }
    if (objects > 0 && (rc = check_on_open(s, err, errlen)) != STORE_OK)
        return rc;
    /* A new store gets pages of 16 KiB instead of SQLite's 4: a store holds millions of small
     * rows written and read in runs, and the larger page takes a quarter of the system calls to
     * write its log and checkpoint (docs/performance.md: fetch and compute about 6 % faster). A
     * store made by an older styr keeps its pages. */
    if (objects == 0 &&
        (rc = store_exec(s, "PRAGMA page_size=" STORE_PAGE_SIZE_TEXT, "setting the page size", err,
                         errlen)) != STORE_OK)
        return rc;
    if ((rc = store_exec(s, "PRAGMA journal_mode=WAL", "switching to WAL", err, errlen)) !=
        STORE_OK)
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
        if ((rc = store_exec(s, migrations[v], doing, err, errlen)) != STORE_OK)
            goto fail;
    }
    char pragmas[128];
    snprintf(pragmas, sizeof pragmas, "PRAGMA application_id=%d; PRAGMA user_version=%d;",
             STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
    if ((rc = store_exec(s, pragmas, "recording the schema version", err, errlen)) != STORE_OK)
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
        return store_fail(err, errlen, STORE_ERROR, "%s: %s", path, "out of memory");
    }
    /* A write-ahead log left beside the file: the last writer did not close cleanly. */
    char wal[4096];
    struct stat wst;
    snprintf(wal, sizeof wal, "%s-wal", path);
    s->unclean = stat(wal, &wst) == 0 && wst.st_size > 0;
    /* A store handle is used by one thread only (styr's watchdog thread never touches the
     * database), so SQLite need not lock the connection on every call (SQLITE_OPEN_NOMUTEX), and
     * it need not keep memory statistics under a global lock (possible only before SQLite is
     * first initialised in the process; later calls are refused harmlessly). */
    static int configured;
    if (!configured) {
        configured = 1;
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    }
    int src = sqlite3_open_v2(
        path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (src != SQLITE_OK) {
        snprintf(err, errlen, "%s: cannot open the database: %s", path,
                 s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(src));
        store_close(s);
        return STORE_ERROR;
    }
    sqlite3_extended_result_codes(s->db, 0);
    s->busy_ms = busy_ms > 0 ? busy_ms : STORE_DEFAULT_BUSY_MS;
    sqlite3_busy_timeout(s->db, s->busy_ms);
    /* synchronous=FULL: a committed run survives power loss, not only a crash of styr. With one
     * transaction per fetched source or compute step there are few commits, so the extra fsync
     * costs nothing that matters: fetching 174 000 values into a new store took 2.17 s with FULL
     * and 2.12 s with NORMAL (best of three, WAL, issue 13). Durability first. */
    if ((rc = store_exec(s, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;", "configuring", err,
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
    if (s->db) {
        for (size_t k = 0; k < STORE_PUT_STATEMENTS; k++) /* store_put_rows's kept statements */
            sqlite3_finalize(s->put[k]);
        sqlite3_close_v2(s->db);
    }
    free(s->path);
    free(s);
}

const char *store_sqlite_version(void)
{
    return sqlite3_libversion();
}

const char *store_path(const store *s)
{
    return s->path;
}

int store_begin(store *s, char *err, size_t errlen)
{
    int rc = store_exec(s, "BEGIN IMMEDIATE", "starting a write transaction", err, errlen);
    if (rc == STORE_OK) {
        s->in_txn = 1;
        s->wrote = 0;
    }
    return rc;
}

int store_commit(store *s, char *err, size_t errlen)
{
    int rc = store_check_txn(s, "committing", err, errlen);
    if (rc == STORE_OK)
        rc = store_exec(s, "COMMIT", "committing", err, errlen);
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
int store_prepare(store *s, const char *sql, sqlite3_stmt **st, const char *doing, char *err,
                  size_t errlen)
{
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
    return rc == SQLITE_OK ? STORE_OK : store_db_fail(s, rc, doing, err, errlen);
}

void store_bind_text_or_null(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

/* Steps a statement that returns no rows, finalizes it, and reports a failure. */
int store_step_done(store *s, sqlite3_stmt *st, const char *doing, char *err, size_t errlen)
{
    int rc = sqlite3_step(st);
    int code = rc == SQLITE_DONE ? STORE_OK : store_db_fail(s, rc, doing, err, errlen);
    sqlite3_finalize(st);
    return code;
}

int store_same_text(const unsigned char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return a == NULL && b == NULL;
    return strcmp((const char *)a, b) == 0;
}

/* Finds or adds the requests row of a request text; *id is 0 for NULL. */
int store_request_id(store *s, const char *request, int64_t *id, char *err, size_t errlen)
{
    *id = 0;
    if (request == NULL)
        return STORE_OK;
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(
        s, "INSERT INTO requests (request) VALUES (?1) ON CONFLICT (request) DO NOTHING", &st,
        "storing a request", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, request, -1, SQLITE_TRANSIENT);
    if ((rc = store_step_done(s, st, "storing a request", err, errlen)) != STORE_OK)
        return rc;
    if ((rc = store_prepare(s, "SELECT id FROM requests WHERE request = ?1", &st,
                            "finding a request", err, errlen)) != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, request, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        *id = sqlite3_column_int64(st, 0);
    else
        rc = store_db_fail(s, src == SQLITE_DONE ? SQLITE_ERROR : src, "finding a request", err,
                           errlen);
    sqlite3_finalize(st);
    return rc;
}

void store_bind_id_or_null(sqlite3_stmt *st, int i, int64_t id)
{
    if (id > 0)
        sqlite3_bind_int64(st, i, id);
    else
        sqlite3_bind_null(st, i);
}
