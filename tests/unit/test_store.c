/* Unit tests of the store (core/store*.c) on real database files in a temporary folder: schema creation and
 * versioning, the migration of a version-1 file written by styr 0.1, refusal of files that are
 * not (or no longer) styr databases without writing to them, transactions and the write lock,
 * indicators, series, observation vintages and their provenance, fetch state, runs, status
 * queries, and faults: kill -9 in the middle of a large transaction and a full disk. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "lua/modules.h"
#include "store/store.h"
#include "store/store_compute.h"
#include "store/store_db.h" /* the kept statements, to count their runs */
#include "time/clock.h"

/* ---- helpers ------------------------------------------------------------------------------- */

typedef struct fixture {
    char root[256]; /* mkdtemp folder, removed by the teardown */
    char db[300];   /* root/styr.db, not created by the setup */
    store *s;       /* closed by the teardown when a test leaves it open */
    store *s2;
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (fx == NULL)
        return -1;
    if (test_make_tmpdir(fx->root, sizeof fx->root, "store") == NULL) {
        free(fx);
        return -1;
    }
    snprintf(fx->db, sizeof fx->db, "%s/styr.db", fx->root);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    store_close(fx->s);
    store_close(fx->s2);
    test_remove_tree_at(AT_FDCWD, fx->root);
    struct stat st;
    int gone = stat(fx->root, &st) != 0 && errno == ENOENT;
    free(fx);
    return gone ? 0 : -1;
}

static const char *at(const fixture *fx, const char *rel, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%s", fx->root, rel);
    return buf;
}

static int exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

typedef struct blob {
    unsigned char *data;
    size_t len;
} blob;

static blob slurp(const char *path)
{
    blob b = {NULL, 0};
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("%s: cannot read: %s", path, strerror(errno));
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b.data = malloc(n > 0 ? (size_t)n : 1);
    if (b.data == NULL) {
        fclose(f);
        fail_msg("out of memory");
    }
    b.len = fread(b.data, 1, (size_t)n, f);
    fclose(f);
    return b;
}

static void write_bytes(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* Runs SQL on path through SQLite directly, as another program would. */
static void raw_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *msg = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        char copy[256];
        snprintf(copy, sizeof copy, "%s", msg ? msg : "?");
        sqlite3_free(msg);
        sqlite3_close(db);
        fail_msg("%s: %s", sql, copy);
    }
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

/* One integer from a query on path, through a separate read-only connection. */
static long long raw_int(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    int rc = sqlite3_step(st);
    long long v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -999;
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (rc != SQLITE_ROW)
        fail_msg("%s: no row", sql);
    return v;
}

/* One text value (or "NULL") from a query on path into buf. */
static const char *raw_text(const char *path, const char *sql, char *buf, size_t len)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(st, 0);
        snprintf(buf, len, "%s", t ? (const char *)t : "NULL");
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (rc != SQLITE_ROW)
        fail_msg("%s: no row", sql);
    return buf;
}

/* Opens fx->db into fx->s, failing the test with the store's message on an error. */
static store *open_ok(fixture *fx)
{
    char err[1024] = "";
    int rc = store_open(fx->db, 0, &fx->s, err, sizeof err);
    if (rc != STORE_OK)
        fail_msg("store_open: %d: %s", rc, err);
    assert_non_null(fx->s);
    return fx->s;
}

static void close_store(fixture *fx)
{
    store_close(fx->s);
    fx->s = NULL;
}

/* ---- storing values: store_put_rows -------------------------------------------------------- */

/* A series as the tests name it. store_put_rows finds or creates it, and stores its indicator
 * with the title (NULL: the store must know the indicator already). */
typedef struct tseries {
    const char *indicator, *title, *area, *gender, *kind;
} tseries;

static const tseries IND1_T = {"ind1", "T", "0580", "T", "year"};
static const tseries IND1_K = {"ind1", "T", "0580", "K", "year"};

/* A value of series sr for period, as store_put_rows takes it. */
static store_value value_of(const tseries *sr, const char *period, const store_observation *o)
{
    store_value v = {.indicator = sr->indicator,
                     .title = sr->title,
                     .area = sr->area,
                     .gender = sr->gender,
                     .period_kind = sr->kind,
                     .period = period};
    if (o)
        v.obs = *o;
    return v;
}

/* Stores one observation of series sr for period with store_put_rows; *what says what was done
 * (STORE_UNCHANGED when the call failed). */
static int put1(store *s, const tseries *sr, const char *period, const store_observation *o,
                int *what, char *err, size_t errlen)
{
    store_value v = value_of(sr, period, o);
    int w = STORE_UNCHANGED;
    int rc = store_put_rows(s, &v, 1, &w, NULL, err, errlen);
    *what = rc == STORE_OK ? w : STORE_UNCHANGED;
    return rc;
}

/* A styr database with an indicator, a series and an observation, closed again. */
static void make_styr_db(fixture *fx)
{
    store *s = open_ok(fx);
    char err[1024];
    static char periods[100][16];
    store_value rows[100];
    const tseries ind1 = {"ind1", "Indikator", "0580", "T", "year"};
    for (int y = 2000; y < 2100; y++) {
        snprintf(periods[y - 2000], sizeof periods[0], "%d", y);
        store_observation o = {
            1,    y * 1.5, NULL, "ok", NULL, "config:init.lua:1", "2019-10-01T00:00:00Z",
            NULL, NULL,    0};
        rows[y - 2000] = value_of(&ind1, periods[y - 2000], &o);
        rows[y - 2000].unit = "%";
        rows[y - 2000].direction = "up";
    }
    store_put_counts counts;
    if (store_put_rows(s, rows, 100, NULL, &counts, err, sizeof err) != STORE_OK)
        fail_msg("store_put_rows: %s", err);
    assert_int_equal(counts.n_new, 100);
    close_store(fx);
}

/* Tries to open a file that must be refused, and checks that it was not written to at all: same
 * bytes, and no journal, WAL or shared-memory file left next to it. */
static void assert_refused_untouched(const char *path, int code, const char *why)
{
    blob before = slurp(path);
    struct stat st_before;
    assert_int_equal(stat(path, &st_before), 0);
    char err[1024] = "";
    store *s = (store *)&err; /* must be reset to NULL */
    int rc = store_open(path, 0, &s, err, sizeof err);
    store_close(s);
    blob after = slurp(path);
    int same = before.len == after.len && memcmp(before.data, after.data, before.len) == 0;
    free(before.data);
    free(after.data);
    if (rc != code)
        fail_msg("store_open(%s) returned %d (%s), expected %d", path, rc, err, code);
    assert_null(s);
    if (strstr(err, why) == NULL)
        fail_msg("message '%s' does not say '%s'", err, why);
    assert_non_null(strstr(err, path));
    assert_true(same);
    struct stat st_after;
    assert_int_equal(stat(path, &st_after), 0);
    assert_int_equal(st_before.st_mtim.tv_sec, st_after.st_mtim.tv_sec);
    assert_int_equal(st_before.st_mtim.tv_nsec, st_after.st_mtim.tv_nsec);
    static const char *const sidecars[] = {"-journal", "-wal", "-shm"};
    for (size_t i = 0; i < 3; i++) {
        char side[400];
        snprintf(side, sizeof side, "%s%s", path, sidecars[i]);
        if (exists(side))
            fail_msg("refusing %s left %s behind", path, side);
    }
}

/* SQL that removes what schema version 11 added (the formulas' runs), and with it what version 9
 * added (the series' summaries). */
#define V11_OBJECTS_DROPPED "DROP TABLE formula_runs; "
#define V9_OBJECTS_DROPPED                                                                         \
    "ALTER TABLE series DROP COLUMN newest_period; ALTER TABLE series DROP COLUMN last_changed; " V11_OBJECTS_DROPPED

/* SQL that removes what schema versions 7 and later added, to make an older database out of a
 * new one. */
#define V7_OBJECTS_DROPPED                                                                         \
    "ALTER TABLE runs DROP COLUMN slot; ALTER TABLE runs DROP COLUMN base_url; "                   \
    "ALTER TABLE runs DROP COLUMN warnings; ALTER TABLE runs DROP COLUMN config_snapshot; "        \
    "DROP TABLE config_snapshot_files; DROP TABLE config_snapshots; DROP TABLE config_contents; " V9_OBJECTS_DROPPED

/* ---- creating and reopening ---------------------------------------------------------------- */

static void test_new_database_gets_schema(void **state)
{
    fixture *fx = *state;
    assert_false(exists(fx->db));
    store *s = open_ok(fx);
    assert_string_equal(store_path(s), fx->db);
    close_store(fx);

    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(raw_int(fx->db, "PRAGMA application_id"), STORE_APPLICATION_ID);
    char buf[64];
    assert_string_equal(raw_text(fx->db, "PRAGMA journal_mode", buf, sizeof buf), "wal");
    assert_int_equal(raw_int(fx->db, "PRAGMA page_size"), STORE_PAGE_SIZE);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                             "name IN ('indicators', 'series', 'observations', 'runs', "
                             "'requests', 'fetch_state')"),
                     6);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                             "name IN ('observations_by_period', 'runs_by_source')"),
                     2);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM pragma_table_info('observations') "
                             "WHERE name IN ('request_id', 'fetched_at', 'run_id')"),
                     3);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM pragma_table_info('runs')"), 20);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM pragma_table_info('runs') WHERE name IN "
                             "('slot', 'base_url', 'warnings', 'config_snapshot')"),
                     4);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM runs"), 0);
}

/* An empty file (as `touch` leaves it) is a new database. */
static void test_empty_file_becomes_database(void **state)
{
    fixture *fx = *state;
    write_bytes(fx->db, "", 0);
    open_ok(fx);
    close_store(fx);
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(raw_int(fx->db, "PRAGMA application_id"), STORE_APPLICATION_ID);
    assert_int_equal(raw_int(fx->db, "PRAGMA page_size"), STORE_PAGE_SIZE);
}

static void test_reopen_is_idempotent(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    long long objects = raw_int(fx->db, "SELECT count(*) FROM sqlite_schema");
    long long rows = raw_int(fx->db, "SELECT count(*) FROM observations");
    assert_int_equal(rows, 100);
    for (int i = 0; i < 3; i++) {
        open_ok(fx);
        close_store(fx);
    }
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM sqlite_schema"), objects);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), rows);
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 1);
    /* A reopened store keeps working: the same series, a new vintage. */
    store *s = open_ok(fx);
    char err[1024];
    int what = -1;
    store_observation o = {1, 7, NULL, "ok", NULL, "s", "2019-10-02T00:00:00Z", NULL, NULL, 0};
    assert_int_equal(
        put1(s, &(tseries){"ind1", NULL, "0580", "T", "year"}, "2000", &o, &what, err, sizeof err),
        STORE_OK);
    assert_int_equal(what, STORE_CHANGED);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM series"), 1);
    assert_int_equal(raw_int(fx->db, "SELECT max(series_id) FROM observations"), 1);
}

/* ---- refusals ------------------------------------------------------------------------------ */

static void test_refuses_text_file(void **state)
{
    fixture *fx = *state;
    const char text[] = "indicator,value\nind1,42\nthis is a CSV file, not a database\n";
    write_bytes(fx->db, text, sizeof text - 1);
    assert_refused_untouched(fx->db, STORE_REFUSED, "not an SQLite file");
}

static void test_refuses_short_file(void **state)
{
    fixture *fx = *state;
    write_bytes(fx->db, "SQLite", 6); /* starts like one, but shorter than the header */
    assert_refused_untouched(fx->db, STORE_REFUSED, "not a styr database");
}

static void test_refuses_file_with_binary_garbage(void **state)
{
    fixture *fx = *state;
    unsigned char junk[8192];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)(i * 131 + 7);
    write_bytes(fx->db, junk, sizeof junk);
    assert_refused_untouched(fx->db, STORE_REFUSED, "not an SQLite file");
}

static void test_refuses_other_programs_database(void **state)
{
    fixture *fx = *state;
    raw_exec(fx->db,
             "CREATE TABLE contacts (name TEXT, phone TEXT);"
             "INSERT INTO contacts VALUES ('Anna', '013-123456');");
    assert_refused_untouched(fx->db, STORE_REFUSED, "another program");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM contacts"), 1);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM sqlite_schema WHERE name = 'runs'"), 0);
}

/* Another program's database in WAL mode: opening it must not checkpoint or rewrite it. */
static void test_refuses_other_programs_wal_database(void **state)
{
    fixture *fx = *state;
    raw_exec(fx->db, "PRAGMA journal_mode=WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    assert_refused_untouched(fx->db, STORE_REFUSED, "another program");
}

/* Another program's empty database that has its own application id. */
static void test_refuses_foreign_application_id(void **state)
{
    fixture *fx = *state;
    raw_exec(fx->db, "PRAGMA application_id = 1234;");
    assert_int_equal(raw_int(fx->db, "PRAGMA application_id"), 1234);
    assert_refused_untouched(fx->db, STORE_REFUSED, "another program");
}

static void test_refuses_database_of_newer_styr(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", STORE_SCHEMA_VERSION + 1);
    raw_exec(fx->db, sql);
    assert_refused_untouched(fx->db, STORE_REFUSED, "written by a newer styr");
    char err[1024] = "";
    store *s = NULL;
    assert_int_equal(store_open(fx->db, 0, &s, err, sizeof err), STORE_REFUSED);
    char expect[64];
    snprintf(expect, sizeof expect, "schema version %d", STORE_SCHEMA_VERSION + 1);
    assert_non_null(strstr(err, expect));
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION + 1);
}

/* A styr database whose pages were overwritten: SQLite's quick_check fails and the file is left
 * for the user to restore. */
static void test_refuses_damaged_database(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    int page = (int)raw_int(fx->db, "PRAGMA page_size");
    long long pages = raw_int(fx->db, "PRAGMA page_count");
    assert_true(pages >= 3);
    /* Garbage over every page after the first (the header page stays intact). */
    blob b = slurp(fx->db);
    assert_int_equal(b.len, (size_t)(page * pages));
    for (size_t i = (size_t)page; i < b.len; i++)
        b.data[i] = (unsigned char)(i * 7 + 3);
    write_bytes(fx->db, b.data, b.len);
    free(b.data);
    assert_refused_untouched(fx->db, STORE_REFUSED, "left untouched");
}

/* Opening a store reads only its schema and the first page of each table, so that a big store
 * opens at once; SQLite's quick_check of every page runs when the last writer left its
 * write-ahead log behind (killed, a power cut), and store_check runs it (or the full
 * integrity_check) on demand. The damage here is in an index, which a cheap open never reads. */
static void test_open_is_cheap_and_checks_after_an_unclean_shutdown(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    int page = (int)raw_int(fx->db, "PRAGMA page_size");
    long long root = raw_int(fx->db,
                             "SELECT rootpage FROM sqlite_schema "
                             "WHERE name = 'observations_by_period'");
    assert_true(root > 1);
    blob b = slurp(fx->db);
    for (int i = 0; i < page; i++)
        b.data[(size_t)(root - 1) * (size_t)page + (size_t)i] = (unsigned char)(i * 13 + 5);
    write_bytes(fx->db, b.data, b.len);
    free(b.data);

    char err[1024] = "";
    store *s = NULL;
    assert_int_equal(store_open(fx->db, 0, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_check(s, 0, err, sizeof err), STORE_REFUSED);
    assert_non_null(strstr(err, "quick_check"));
    assert_non_null(strstr(err, fx->db));
    assert_int_equal(store_check(s, 1, err, sizeof err), STORE_REFUSED);
    assert_non_null(strstr(err, "integrity_check"));
    store_close(s);

    /* A log left beside the file, as a killed styr leaves it. */
    char wal[400];
    snprintf(wal, sizeof wal, "%s-wal", fx->db);
    write_bytes(wal, "not a finished write-ahead log", 30);
    s = NULL;
    err[0] = '\0';
    assert_int_equal(store_open(fx->db, 0, &s, err, sizeof err), STORE_REFUSED);
    assert_null(s);
    assert_non_null(strstr(err, "quick_check"));
    assert_non_null(strstr(err, "restore it from a backup"));
}

/* A sound store passes both checks on demand. */
static void test_check_on_demand_passes_a_sound_store(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    char err[1024] = "";
    store *s = NULL;
    assert_int_equal(store_open(fx->db, 0, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_check(s, 0, err, sizeof err), STORE_OK);
    assert_int_equal(store_check(s, 1, err, sizeof err), STORE_OK);
    store_close(s);
}

/* store_put_rows prepares its statements once per store handle and reads the latest vintage of a
 * series' periods in one query per series, not one per value; the vintage rules stay: an
 * unchanged value adds nothing, a changed one adds a vintage, and a later row of the same batch
 * for the same period is compared with the earlier one. */
static void test_put_rows_prepares_once_and_reads_latest_once_per_series(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx); /* ind1: 100 years of one series */
    store *s = open_ok(fx);
    char err[1024];
    static char periods[100][16];
    store_value rows[102];
    const tseries ind1 = {"ind1", "Indikator", "0580", "T", "year"};
    store_observation obs[102];
    for (int y = 0; y < 100; y++) {
        snprintf(periods[y], sizeof periods[0], "%d", 2000 + y);
        /* Years 2000-2009 change, the others are as stored. */
        obs[y] = (store_observation){1,
                                     (2000 + y) * 1.5 + (y < 10),
                                     NULL,
                                     "ok",
                                     NULL,
                                     "config:init.lua:1",
                                     "2019-10-02T00:00:00Z",
                                     NULL,
                                     NULL,
                                     0};
        rows[y] = value_of(&ind1, periods[y], &obs[y]);
        rows[y].title = NULL;
    }
    /* Then 2000 twice more: as the changed value just stored, then changed again. */
    obs[100] = obs[0];
    rows[100] = value_of(&ind1, periods[0], &obs[100]);
    rows[100].title = NULL;
    obs[101] = obs[0];
    obs[101].value = 7;
    rows[101] = value_of(&ind1, periods[0], &obs[101]);
    rows[101].title = NULL;
    int what[102];
    store_put_counts c;
    if (store_put_rows(s, rows, 102, what, &c, err, sizeof err) != STORE_OK)
        fail_msg("store_put_rows: %s", err);
    assert_int_equal(c.n_new, 0);
    assert_int_equal(c.n_changed, 11);
    assert_int_equal(c.n_unchanged, 91);
    assert_int_equal(what[0], STORE_CHANGED);
    assert_int_equal(what[10], STORE_UNCHANGED);
    assert_int_equal(what[100], STORE_UNCHANGED);
    assert_int_equal(what[101], STORE_CHANGED);
    /* One query for the series' latest vintages, whatever the number of values. */
    assert_non_null(s->put[ST_LATEST]);
    assert_int_equal(sqlite3_stmt_status(s->put[ST_LATEST], SQLITE_STMTSTATUS_RUN, 0), 1);
    assert_int_equal(sqlite3_stmt_status(s->put[ST_OBS_ADD], SQLITE_STMTSTATUS_RUN, 0), 11);

    /* The next batch on the same handle reuses the prepared statements. */
    sqlite3_stmt *latest = s->put[ST_LATEST], *add = s->put[ST_OBS_ADD];
    if (store_put_rows(s, rows, 100, what, &c, err, sizeof err) != STORE_OK)
        fail_msg("store_put_rows: %s", err);
    assert_int_equal(c.n_changed, 1); /* 2000 back from 7 */
    assert_int_equal(c.n_unchanged, 99);
    assert_ptr_equal(s->put[ST_LATEST], latest);
    assert_ptr_equal(s->put[ST_OBS_ADD], add);
    assert_int_equal(sqlite3_stmt_status(latest, SQLITE_STMTSTATUS_RUN, 0), 2);
    close_store(fx);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 112);
    assert_int_equal(raw_int(fx->db,
                             "SELECT value FROM observations WHERE period = '2000' "
                             "ORDER BY seq DESC LIMIT 1"),
                     3001);
}

/* A styr database cut short, as by an interrupted copy. */
static void test_refuses_truncated_database(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    int page = (int)raw_int(fx->db, "PRAGMA page_size");
    assert_int_equal(truncate(fx->db, page + page / 2), 0);
    assert_refused_untouched(fx->db, STORE_REFUSED, "left untouched");
}

static void test_refuses_folder(void **state)
{
    fixture *fx = *state;
    char err[1024] = "";
    store *s = NULL;
    assert_int_equal(store_open(fx->root, 0, &s, err, sizeof err), STORE_REFUSED);
    assert_null(s);
    assert_non_null(strstr(err, "not a regular file"));
}

static void test_missing_folder_is_an_error(void **state)
{
    fixture *fx = *state;
    char path[400], err[1024] = "";
    at(fx, "no/such/folder/styr.db", path, sizeof path);
    store *s = NULL;
    assert_int_equal(store_open(path, 0, &s, err, sizeof err), STORE_ERROR);
    assert_null(s);
    assert_non_null(strstr(err, "cannot open the database"));
    assert_false(exists(path));
}

/* ---- transactions and the write lock ------------------------------------------------------- */

static void test_commit_and_rollback(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024];
    const char *now = "2019-10-01T00:00:00Z";
    int what = -1;
    store_observation o = {1, 1, NULL, "ok", NULL, "s", now, NULL, NULL, 0};
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(put1(s, &(tseries){"gone", "Rolled back", "0580", "T", "year"}, "2019", &o,
                          &what, err, sizeof err),
                     STORE_OK);
    assert_int_equal(store_rollback(s), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 0);

    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(put1(s, &(tseries){"kept", "Committed", "0580", "T", "year"}, "2019", &o,
                          &what, err, sizeof err),
                     STORE_OK);
    /* Not visible to another connection before the commit. */
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 0);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators WHERE id = 'kept'"), 1);

    /* Rolling back outside a transaction is harmless; nesting is an error. */
    assert_int_equal(store_rollback(s), STORE_OK);
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(store_begin(s, err, sizeof err), STORE_ERROR);
    assert_non_null(strstr(err, "starting a write transaction"));
    assert_int_equal(store_rollback(s), STORE_OK);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_ERROR);
}

/* A second writer waits the busy timeout it was given, then fails with STORE_BUSY and a message
 * that says so, instead of failing half-way. */
static void test_second_writer_is_busy(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(
        store_run_start(s, "sync", "2019-10-01T00:00:00Z", &(int64_t){0}, err, sizeof err),
        STORE_OK);

    /* Opening (reading the header) works while the other holds the write lock. */
    assert_int_equal(store_open(fx->db, 150, &fx->s2, err, sizeof err), STORE_OK);
    int64_t t0 = clock_monotonic_ns();
    assert_int_equal(store_begin(fx->s2, err, sizeof err), STORE_BUSY);
    long waited_ms = (long)((clock_monotonic_ns() - t0) / 1000000);
    assert_in_range(waited_ms, 100, 5000);
    assert_non_null(strstr(err, "locked by another styr process"));
    assert_non_null(strstr(err, "waited 150 ms"));
    assert_non_null(strstr(err, fx->db));

    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);
    assert_int_equal(store_begin(fx->s2, err, sizeof err), STORE_OK);
    assert_int_equal(store_commit(fx->s2, err, sizeof err), STORE_OK);
}

/* ---- indicators and series ----------------------------------------------------------------- */

/* An indicator's definition comes with its values: stored the first time, updated when it
 * changes, and left alone (updated_at too) when it does not. */
static void test_indicator_definition(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "", buf[128];
    int what = -1;
    store_observation o = {1, 1, NULL, "ok", NULL, "s", "2019-01-01T00:00:00Z", NULL, NULL, 0};
    store_value v = value_of(&(tseries){"ind1", "Första titel", "0580", "T", "year"}, "2018", &o);
    v.unit = "%";
    v.direction = "up";
    assert_int_equal(store_put_rows(s, &v, 1, &what, NULL, err, sizeof err), STORE_OK);
    /* An unchanged definition writes nothing: updated_at stays. */
    v.obs.vintage = "2019-02-02T00:00:00Z";
    assert_int_equal(store_put_rows(s, &v, 1, &what, NULL, err, sizeof err), STORE_OK);
    assert_string_equal(raw_text(fx->db, "SELECT updated_at FROM indicators", buf, sizeof buf),
                        "2019-01-01T00:00:00Z");
    /* A changed unit (to NULL) is an update. */
    v.unit = NULL;
    v.obs.vintage = "2019-03-03T00:00:00Z";
    assert_int_equal(store_put_rows(s, &v, 1, &what, NULL, err, sizeof err), STORE_OK);
    assert_string_equal(raw_text(fx->db, "SELECT updated_at FROM indicators", buf, sizeof buf),
                        "2019-03-03T00:00:00Z");
    assert_string_equal(raw_text(fx->db, "SELECT unit FROM indicators", buf, sizeof buf), "NULL");
    assert_string_equal(raw_text(fx->db, "SELECT title FROM indicators", buf, sizeof buf),
                        "Första titel");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 1);

    /* A row without a title uses the stored definition; one without the indicator, or with an
     * indicator the store does not know and no title, or without its time, is refused. */
    store_value known = value_of(&(tseries){"ind1", NULL, "0580", "K", "year"}, "2018", &o);
    assert_int_equal(store_put_rows(s, &known, 1, &what, NULL, err, sizeof err), STORE_OK);
    assert_string_equal(raw_text(fx->db, "SELECT title FROM indicators", buf, sizeof buf),
                        "Första titel");
    store_value bad = value_of(&(tseries){NULL, "t", "0580", "T", "year"}, "2018", &o);
    assert_int_equal(store_put_rows(s, &bad, 1, &what, NULL, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "field 'indicator' is required"));
    bad = value_of(&(tseries){"x", NULL, "0580", "T", "year"}, "2018", &o);
    assert_int_equal(store_put_rows(s, &bad, 1, &what, NULL, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "indicator 'x' is not in the store"));
    bad = value_of(&(tseries){"x", "t", "0580", "T", "year"}, "2018", &o);
    bad.obs.vintage = NULL;
    assert_int_equal(store_put_rows(s, &bad, 1, &what, NULL, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "required"));
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 1);
    /* Two definitions of one indicator in one call are refused, naming both rows. */
    store_value two[2] = {v, v};
    two[1].title = "Andra titel";
    assert_int_equal(store_put_rows(s, two, 2, NULL, NULL, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "row 2 (indicator 'ind1'"));
    assert_non_null(strstr(err, "defined differently in row 1"));
    assert_string_equal(raw_text(fx->db, "SELECT title FROM indicators", buf, sizeof buf),
                        "Första titel");
}

/* A series is found or created per (indicator, area, gender, period kind). */
static void test_series_found_or_created(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    int what = -1;
    store_observation o = {1, 1, NULL, "ok", NULL, "s", "2019-01-01T00:00:00Z", NULL, NULL, 0};
    assert_int_equal(put1(s, &IND1_T, "2018", &o, &what, err, sizeof err), STORE_OK);
    assert_int_equal(put1(s, &IND1_T, "2019", &o, &what, err, sizeof err), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM series"), 1);
    assert_int_equal(raw_int(fx->db, "SELECT count(DISTINCT series_id) FROM observations"), 1);
    assert_int_equal(put1(s, &IND1_K, "2018", &o, &what, err, sizeof err), STORE_OK);
    assert_int_equal(put1(s, &(tseries){"ind1", "T", "0580", "M", "tertial"}, "2018T1", &o, &what,
                          err, sizeof err),
                     STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM series"), 3);
    assert_int_equal(raw_int(fx->db, "SELECT count(DISTINCT series_id) FROM observations"), 3);

    what = -1;
    assert_int_equal(
        put1(s, &(tseries){"ind1", "T", "0580", "X", "year"}, "2018", &o, &what, err, sizeof err),
        STORE_INVALID);
    assert_non_null(strstr(err, "gender must be T, K or M, not 'X'"));
    assert_int_equal(what, STORE_UNCHANGED);
    assert_int_equal(
        put1(s, &(tseries){"ind1", "T", "0580", "", "year"}, "2018", &o, &what, err, sizeof err),
        STORE_INVALID);
    assert_int_equal(
        put1(s, &(tseries){"ind1", "T", NULL, "T", "year"}, "2018", &o, &what, err, sizeof err),
        STORE_INVALID);
    assert_non_null(strstr(err, "field 'area' is required"));
    assert_int_equal(
        put1(s, &(tseries){"ind1", "T", "0580", "T", NULL}, "2018", &o, &what, err, sizeof err),
        STORE_INVALID);
    assert_non_null(strstr(err, "field 'period_kind' is required"));
    /* A series of an indicator the store does not know, given without its title. */
    assert_int_equal(
        put1(s, &(tseries){"nope", NULL, "0580", "T", "year"}, "2018", &o, &what, err, sizeof err),
        STORE_INVALID);
    assert_non_null(strstr(err, "indicator 'nope' is not in the store"));
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM series"), 3);
}

/* ---- observations and vintages ------------------------------------------------------------- */

typedef struct collected {
    int n;
    int stop_after; /* 0: never */
    char lines[16][400];
} collected;

static int collect(void *ud, const store_row *r)
{
    collected *c = ud;
    if (c->n < 16) {
        char value[40];
        if (r->obs.has_value)
            snprintf(value, sizeof value, "%g", r->obs.value);
        else
            snprintf(value, sizeof value, "-");
        snprintf(c->lines[c->n], sizeof c->lines[c->n], "%s %s %s %s %s %s %s %s %s %s", r->area,
                 r->gender, r->period_kind, r->period, value, r->obs.text ? r->obs.text : "-",
                 r->obs.status, r->obs.note ? r->obs.note : "-", r->obs.source, r->obs.vintage);
    }
    c->n++;
    return c->stop_after && c->n >= c->stop_after ? 77 : 0;
}

static void test_observation_vintages(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    const tseries *id = &IND1_T;
    int changed = -1;

    store_observation o = {
        1, 12.5, NULL, "ok", NULL, "config:init.lua:3", "2019-01-01T00:00:00Z", NULL, NULL, 0};
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_NEW);

    /* The same value again, from another source at a later time: not a new vintage. */
    o.source = "https://example.org/kolada";
    o.vintage = "2019-02-01T00:00:00Z";
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_UNCHANGED);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 1);

    /* A revised value is a new vintage; the earlier one is kept. */
    o.value = 13.25;
    o.vintage = "2019-03-01T00:00:00Z";
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_CHANGED);
    /* So is a change of status, or of the note alone. */
    o.status = "preliminary";
    o.vintage = "2019-04-01T00:00:00Z";
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_CHANGED);
    o.note = "reviderad";
    o.vintage = "2019-05-01T00:00:00Z";
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_CHANGED);
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_UNCHANGED);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations WHERE period = '2018'"), 4);

    /* A missing value with its reason; then the value turns up. */
    store_observation m = {
        0,    0.0,  NULL, "missing", "ej rapporterat", "config:init.lua:9", "2019-01-01T00:00:00Z",
        NULL, NULL, 0};
    assert_int_equal(put1(s, id, "2019", &m, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_NEW);
    assert_int_equal(put1(s, id, "2019", &m, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_UNCHANGED);
    store_observation v0 = {
        1,    0.0,  NULL, "missing", "ej rapporterat", "config:init.lua:9", "2019-06-01T00:00:00Z",
        NULL, NULL, 0};
    assert_int_equal(put1(s, id, "2019", &v0, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_CHANGED); /* 0 is a value, unlike no value */

    /* A text value in another series. */
    const tseries *id2 = &IND1_K;
    store_observation t = {
        0, 0.0, "Ja", "ok", NULL, "config:init.lua:12", "2019-01-01T00:00:00Z", NULL, NULL, 0};
    assert_int_equal(put1(s, id2, "2018", &t, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_NEW);
    t.text = "Nej";
    assert_int_equal(put1(s, id2, "2018", &t, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, STORE_CHANGED);

    /* Only the latest vintage of each (series, period), ordered by area, gender, period. */
    collected c = {0};
    assert_int_equal(store_latest_each(s, "ind1", collect, &c, err, sizeof err), STORE_OK);
    assert_int_equal(c.n, 3);
    assert_string_equal(c.lines[0],
                        "0580 K year 2018 - Nej ok - config:init.lua:12 "
                        "2019-01-01T00:00:00Z");
    assert_string_equal(c.lines[1],
                        "0580 T year 2018 13.25 - preliminary reviderad "
                        "https://example.org/kolada 2019-05-01T00:00:00Z");
    assert_string_equal(c.lines[2],
                        "0580 T year 2019 0 - missing ej rapporterat "
                        "config:init.lua:9 2019-06-01T00:00:00Z");

    /* Another indicator has no rows; a non-zero callback result stops and is returned. */
    collected none = {0};
    assert_int_equal(store_latest_each(s, "other", collect, &none, err, sizeof err), STORE_OK);
    assert_int_equal(none.n, 0);
    collected stop = {.stop_after = 2};
    assert_int_equal(store_latest_each(s, "ind1", collect, &stop, err, sizeof err), 77);
    assert_int_equal(stop.n, 2);

    /* Everything was kept on disk. */
    close_store(fx);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 8);
}

static void test_observation_invalid(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    const tseries *id = &IND1_T;
    int changed = -1;
    store_observation o = {1, 1.0, NULL, "ok", NULL, "src", "2019-01-01T00:00:00Z", NULL, NULL, 0};

    o.vintage = NULL;
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_INVALID);
    assert_int_equal(changed, STORE_UNCHANGED);
    assert_non_null(strstr(err, "field 'vintage' is required"));
    o.vintage = "2019-01-01T00:00:00Z";
    o.source = NULL;
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "field 'source' is required"));
    o.source = "src";
    o.status = NULL;
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "field 'status' is required"));
    o.status = "ok";
    assert_int_equal(put1(s, id, NULL, &o, &changed, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "field 'period' is required"));
    /* The message names the row and what it stands for. */
    assert_non_null(strstr(err, "row 1 (indicator 'ind1', area '0580', gender 'T'): "));

    /* A status outside the list is refused before anything is written. */
    o.status = "guessed";
    changed = -1;
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_INVALID);
    assert_int_equal(changed, STORE_UNCHANGED);
    assert_non_null(strstr(err,
                           "field 'status' must be ok, missing, preliminary or confidential, not "
                           "'guessed'"));
    /* A run that does not exist breaks the foreign key: an error naming the row, nothing kept. */
    o.status = "ok";
    o.run_id = 4242;
    assert_int_equal(put1(s, id, "2018", &o, &changed, err, sizeof err), STORE_ERROR);
    assert_int_equal(changed, STORE_UNCHANGED);
    assert_non_null(strstr(err, "storing row 1 (indicator 'ind1'"));
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM series"), 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 0);
}

/* A batch: per-value outcomes and counts; inside the caller's transaction a failure half-way
 * undoes only the call's own writes, and the transaction goes on. */
static void test_put_rows_batch(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    store_observation o = {1, 1, NULL, "ok", NULL, "s", "2019-01-01T00:00:00Z", NULL, NULL, 0};
    store_value rows[4] = {value_of(&IND1_T, "2017", &o), value_of(&IND1_T, "2018", &o),
                           value_of(&IND1_K, "2018", &o), value_of(&IND1_T, "2017", &o)};
    int what[4] = {-1, -1, -1, -1};
    store_put_counts counts = {-1, -1, -1};
    assert_int_equal(store_put_rows(s, rows, 4, what, &counts, err, sizeof err), STORE_OK);
    assert_int_equal(what[0], STORE_NEW);
    assert_int_equal(what[2], STORE_NEW);
    assert_int_equal(what[3], STORE_UNCHANGED); /* the same value again in the same call */
    assert_int_equal(counts.n_new, 3);
    assert_int_equal(counts.n_changed, 0);
    assert_int_equal(counts.n_unchanged, 1);
    rows[1].obs.value = 2;
    assert_int_equal(store_put_rows(s, rows, 4, what, &counts, err, sizeof err), STORE_OK);
    assert_int_equal(what[1], STORE_CHANGED);
    assert_int_equal(counts.n_changed, 1);
    assert_int_equal(counts.n_unchanged, 3);
    /* Nothing to store is no error. */
    assert_int_equal(store_put_rows(s, NULL, 0, NULL, &counts, err, sizeof err), STORE_OK);
    assert_int_equal(counts.n_new + counts.n_changed + counts.n_unchanged, 0);

    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    store_value first = value_of(&IND1_T, "2019", &o);
    assert_int_equal(store_put_rows(s, &first, 1, NULL, NULL, err, sizeof err), STORE_OK);
    /* Rows 1 and 2 are written before row 3's unknown indicator turns up. */
    store_value half[3] = {value_of(&IND1_T, "2020", &o), value_of(&IND1_K, "2020", &o),
                           value_of(&(tseries){"unknown", NULL, "0580", "T", "year"}, "2020", &o)};
    counts = (store_put_counts){-1, -1, -1};
    assert_int_equal(store_put_rows(s, half, 3, NULL, &counts, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err,
                           "row 3 (indicator 'unknown', area '0580', gender 'T', period "
                           "'2020'): indicator 'unknown' is not in the store"));
    assert_int_equal(counts.n_new, 0);
    store_value last = value_of(&IND1_T, "2021", &o);
    assert_int_equal(store_put_rows(s, &last, 1, NULL, NULL, err, sizeof err), STORE_OK);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations WHERE period = '2020'"), 0);
    assert_int_equal(
        raw_int(fx->db, "SELECT count(*) FROM observations WHERE period IN ('2019', '2021')"), 2);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 6);
}

/* ---- runs ---------------------------------------------------------------------------------- */

static void test_runs(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "", buf[200];
    int64_t r1 = 0, r2 = 0;
    assert_int_equal(store_run_start(s, "sync", "2019-10-01T10:00:00Z", &r1, err, sizeof err),
                     STORE_OK);
    assert_int_equal(
        store_run_start(s, "report uppfoljning", "2019-10-01T11:00:00Z", &r2, err, sizeof err),
        STORE_OK);
    assert_true(r1 > 0);
    assert_true(r2 > r1);
    assert_string_equal(raw_text(fx->db, "SELECT outcome FROM runs WHERE id = 1", buf, sizeof buf),
                        "running");
    assert_string_equal(
        raw_text(fx->db, "SELECT finished_at FROM runs WHERE id = 1", buf, sizeof buf), "NULL");

    assert_int_equal(
        store_run_finish(s, r1, "2019-10-01T10:00:05Z", "succeeded", NULL, err, sizeof err),
        STORE_OK);
    assert_int_equal(store_run_finish(s, r2, "2019-10-01T11:00:01Z", "failed",
                                      "init.lua:3: unknown name 'indikator'", err, sizeof err),
                     STORE_OK);
    char sql[200];
    snprintf(sql, sizeof sql,
             "SELECT command || '|' || started_at || '|' || finished_at || '|' || outcome || "
             "'|' || coalesce(message, 'NULL') FROM runs WHERE id = %lld",
             (long long)r1);
    assert_string_equal(raw_text(fx->db, sql, buf, sizeof buf),
                        "sync|2019-10-01T10:00:00Z|2019-10-01T10:00:05Z|succeeded|NULL");
    snprintf(sql, sizeof sql,
             "SELECT command || '|' || finished_at || '|' || outcome || '|' || message "
             "FROM runs WHERE id = %lld",
             (long long)r2);
    assert_string_equal(raw_text(fx->db, sql, buf, sizeof buf),
                        "report uppfoljning|2019-10-01T11:00:01Z|failed|"
                        "init.lua:3: unknown name 'indikator'");

    /* An outcome outside the list breaks the CHECK and changes nothing. */
    assert_int_equal(
        store_run_finish(s, r1, "2019-10-02T00:00:00Z", "maybe", NULL, err, sizeof err),
        STORE_ERROR);
    assert_non_null(strstr(err, "recording the run's outcome"));
    snprintf(sql, sizeof sql, "SELECT outcome || '|' || finished_at FROM runs WHERE id = %lld",
             (long long)r1);
    assert_string_equal(raw_text(fx->db, sql, buf, sizeof buf), "succeeded|2019-10-01T10:00:05Z");

    /* The history outlives the connection. */
    close_store(fx);
    open_ok(fx);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM runs"), 2);
}

/* ---- migration from version 1 ---------------------------------------------------------------- */

/* tests/fixtures/store/v1.db was written by styr 0.1 (schema version 1, the code before migration
 * 2): `styr report` four times on a small configuration (a value revised, a value removed from
 * the configuration, a failed run). Found next to this file, whatever the working folder. */
static const char *v1_fixture(char *buf, size_t len)
{
    const char *file = __FILE__; /* …/tests/unit/test_store.c */
    const char *slash = strrchr(file, '/');
    int dir_len = slash ? (int)(slash - file) : 0;
    snprintf(buf, len, "%.*s%s../fixtures/store/v1.db", dir_len, file, slash ? "/" : "");
    return buf;
}

static void copy_v1_fixture(fixture *fx)
{
    char src[512];
    blob b = slurp(v1_fixture(src, sizeof src));
    write_bytes(fx->db, b.data, b.len);
    free(b.data);
}

/* Every row of the version-1 tables, as text, in a stable order. */
static void v1_rows(const char *path, char *buf, size_t len)
{
    raw_text(
        path,
        "SELECT group_concat(r, char(10)) FROM ("
        "SELECT 'i|' || id || '|' || title || '|' || coalesce(unit, '-') || '|' || "
        "  coalesce(direction, '-') || '|' || updated_at AS r FROM indicators "
        "UNION ALL SELECT 's|' || id || '|' || indicator_id || '|' || area || '|' || gender || "
        "  '|' || period_kind FROM series "
        "UNION ALL SELECT 'o|' || seq || '|' || series_id || '|' || period || '|' || "
        "  coalesce(value, '-') || '|' || coalesce(value_text, '-') || '|' || status || '|' || "
        "  coalesce(note, '-') || '|' || source || '|' || vintage FROM observations "
        "UNION ALL SELECT 'r|' || id || '|' || command || '|' || started_at || '|' || "
        "  coalesce(finished_at, '-') || '|' || outcome || '|' || coalesce(message, '-') "
        "  FROM runs ORDER BY 1)",
        buf, len);
}

static void test_migrates_v1_database(void **state)
{
    fixture *fx = *state;
    copy_v1_fixture(fx);
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), 1);
    char before[8192], after[8192], buf[256];
    v1_rows(fx->db, before, sizeof before);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 7);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM runs"), 4);

    store *s = open_ok(fx);
    close_store(fx);
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    /* An older store keeps the pages it was made with. */
    assert_int_equal(raw_int(fx->db, "PRAGMA page_size"), 4096);
    assert_int_equal(raw_int(fx->db, "PRAGMA application_id"), STORE_APPLICATION_ID);
    assert_string_equal(raw_text(fx->db, "PRAGMA integrity_check", buf, sizeof buf), "ok");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    v1_rows(fx->db, after, sizeof after);
    assert_string_equal(after, before);
    /* The new columns of old rows say "not recorded"; old runs were started by hand. */
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM observations WHERE request_id IS NULL "
                             "AND fetched_at IS NULL AND run_id IS NULL"),
                     7);
    assert_string_equal(raw_text(fx->db,
                                 "SELECT group_concat(triggered_by || ':' || "
                                 "coalesce(source, '-') || ':' || coalesce(n_new, '-'), ',') "
                                 "FROM runs",
                                 buf, sizeof buf),
                        "manual:-:-,manual:-:-,manual:-:-,manual:-:-");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM fetch_state"), 0);

    /* The migrated store works: latest values as before, new runs continue the ids. */
    s = open_ok(fx);
    char err[1024] = "";
    collected c = {0};
    assert_int_equal(store_latest_each(s, "a", collect, &c, err, sizeof err), STORE_OK);
    assert_int_equal(c.n, 2);
    assert_string_equal(c.lines[0],
                        "0580 T year 2017 - - missing removed from the configuration "
                        "config:cfg/init.lua:4 2019-10-03T00:00:00Z");
    assert_string_equal(c.lines[1],
                        "0580 T year 2018 13 - ok - config:cfg/init.lua:4 "
                        "2019-10-02T00:00:00Z");
    int64_t run = 0;
    assert_int_equal(store_run_start_ex(s, "fetch kolada", "kolada", "schedule",
                                        "2020-01-01T05:00:00Z", &run, err, sizeof err),
                     STORE_OK);
    assert_int_equal(run, 5);
    /* Opening again migrates nothing more. */
    close_store(fx);
    long long objects = raw_int(fx->db, "SELECT count(*) FROM sqlite_schema");
    open_ok(fx);
    close_store(fx);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM sqlite_schema"), objects);
}

/* A migration that fails half-way leaves the version-1 database exactly as it was in content:
 * one transaction. The obstacle is a table that migration 2 wants to create. */
static void test_failed_migration_changes_nothing(void **state)
{
    fixture *fx = *state;
    copy_v1_fixture(fx);
    raw_exec(fx->db, "CREATE TABLE fetch_state (x);");
    char before[8192], after[8192], err[1024] = "";
    v1_rows(fx->db, before, sizeof before);
    long long objects = raw_int(fx->db, "SELECT count(*) FROM sqlite_schema");
    store *s = NULL;
    assert_int_equal(store_open(fx->db, 0, &s, err, sizeof err), STORE_ERROR);
    assert_null(s);
    if (strstr(err, "migrating the schema to version 2") == NULL ||
        strstr(err, "fetch_state") == NULL || strstr(err, fx->db) == NULL)
        fail_msg("unclear message: %s", err);
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), 1);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM sqlite_schema"), objects);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM pragma_table_info('runs')"), 6);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM sqlite_schema WHERE name IN "
                             "('requests', 'runs_v2', 'runs_by_source')"),
                     0);
    v1_rows(fx->db, after, sizeof after);
    assert_string_equal(after, before);
}

/* ---- provenance and what a put did ----------------------------------------------------------- */

/* An open store (fx->s) and the series ind1 0580/T/year its values go to. */
static const tseries *one_series(fixture *fx)
{
    open_ok(fx);
    return &IND1_T;
}

/* ---- as-of reading (schema 3) and formulas' runs (schema 11) ------------------------------ */

/* store_compute_fresh for ind1 reading "a" with hash: 1 current, 0 not (the call must succeed);
 * *cells gets its count of results. */
static int fresh_of(store *s, const char *hash, int64_t *cells)
{
    const char *reads[] = {"a"};
    int fresh = -1;
    int64_t missing = 0;
    char err[1024] = "";
    assert_int_equal(
        store_compute_fresh(s, "ind1", reads, 1, hash, &fresh, cells, &missing, err, sizeof err),
        STORE_OK);
    return fresh;
}

static void test_as_of_and_formula_runs(void **state)
{
    fixture *fx = *state;
    const tseries *id = one_series(fx);
    store *s = fx->s;
    char err[1024] = "";
    int what = -1;
    store_observation o = {
        1, 1, NULL, "ok", NULL, "config:init.lua:3", "2026-01-01T00:00:00Z", NULL, NULL, 0};
    assert_int_equal(put1(s, id, "2019", &o, &what, err, sizeof err), STORE_OK);
    o.value = 2;
    o.vintage = "2026-02-01T00:00:00Z";
    assert_int_equal(put1(s, id, "2019", &o, &what, err, sizeof err), STORE_OK);

    collected c = {0};
    assert_int_equal(
        store_observations_each(s, "ind1", "2026-01-31T23:59:59Z", 0, collect, &c, err, sizeof err),
        STORE_OK);
    assert_int_equal(c.n, 1);
    assert_string_equal(c.lines[0],
                        "0580 T year 2019 1 - ok - config:init.lua:3 2026-01-01T00:00:00Z");
    memset(&c, 0, sizeof c);
    assert_int_equal(
        store_observations_each(s, "ind1", "2025-12-31T23:59:59Z", 0, collect, &c, err, sizeof err),
        STORE_OK);
    assert_int_equal(c.n, 0);
    memset(&c, 0, sizeof c);
    assert_int_equal(store_observations_each(s, "ind1", NULL, 1, collect, &c, err, sizeof err),
                     STORE_OK);
    assert_int_equal(c.n, 2);
    assert_string_equal(c.lines[1],
                        "0580 T year 2019 2 - ok - config:init.lua:3 2026-02-01T00:00:00Z");

    /* A formula's run (ind1 as a formula reading "a"): current until a value it read, or one of
     * its results, is stored after it. */
    int64_t cells = 0;
    assert_int_equal(fresh_of(s, "fnv1a64:1", &cells), 0); /* no run recorded */
    assert_int_equal(
        store_formula_done(s, "ind1", "fnv1a64:1", "a", "2026-02-01T00:00:00Z", err, sizeof err),
        STORE_OK);
    assert_int_equal(fresh_of(s, "fnv1a64:1", &cells), 1);
    assert_int_equal(cells, 1);
    assert_int_equal(fresh_of(s, "fnv1a64:2", &cells), 0); /* another formula */
    o.value = 3;
    o.vintage = "2026-03-01T00:00:00Z";
    assert_int_equal(put1(s, id, "2019", &o, &what, err, sizeof err), STORE_OK);
    assert_int_equal(fresh_of(s, "fnv1a64:1", &cells), 0); /* a result stored after the run */
    /* Recorded again: current; then a value of the input it read is stored: stale. */
    assert_int_equal(
        store_formula_done(s, "ind1", "fnv1a64:1", "a", "2026-03-01T00:00:00Z", err, sizeof err),
        STORE_OK);
    assert_int_equal(fresh_of(s, "fnv1a64:1", &cells), 1);
    const tseries input = {"a", "A", "0580", "T", "year"};
    o.vintage = "2026-03-02T00:00:00Z";
    assert_int_equal(put1(s, &input, "2019", &o, &what, err, sizeof err), STORE_OK);
    assert_int_equal(fresh_of(s, "fnv1a64:1", &cells), 0); /* an input stored after the run */
    /* An input the run did not record but the formula declares now counts as well. */
    assert_int_equal(
        store_formula_done(s, "ind1", "fnv1a64:1", "", "2026-03-03T00:00:00Z", err, sizeof err),
        STORE_OK);
    assert_int_equal(fresh_of(s, "fnv1a64:1", &cells), 1);
    o.vintage = "2026-03-04T00:00:00Z";
    o.value = 4;
    assert_int_equal(put1(s, &input, "2019", &o, &what, err, sizeof err), STORE_OK);
    assert_int_equal(fresh_of(s, "fnv1a64:1", &cells), 0);
    assert_int_equal(store_formula_done(s, "ind1", "fnv1a64:1", NULL, "t", err, sizeof err),
                     STORE_INVALID);
}

static int collect_definition(void *ud, const store_definition *d)
{
    collected *c = ud;
    if (c->n < 16)
        snprintf(c->lines[c->n], sizeof c->lines[c->n], "%lld %s %s %s %s %s %s %s %s %s",
                 (long long)d->id, d->indicator, d->unit ? d->unit : "-",
                 d->direction ? d->direction : "-", d->kind,
                 d->formula_hash ? d->formula_hash : "-", d->changes ? d->changes : "-",
                 d->decision_ref ? d->decision_ref : "-", d->decision_date ? d->decision_date : "-",
                 d->recorded_at);
    c->n++;
    return 0;
}

/* Definitions are a history: each put adds a row, read back per indicator, oldest first; a
 * definition without its required fields is refused. */
static void test_definitions_history(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    store_definition a1 = {.indicator = "a",
                           .unit = "percent",
                           .direction = "increase",
                           .kind = "number",
                           .recorded_at = "2019-10-01T00:00:00Z"};
    store_definition b1 = {.indicator = "b",
                           .kind = "number",
                           .formula_hash = "fnv1a64:1",
                           .formula_at = "init.lua:7",
                           .recorded_at = "2019-10-01T00:00:00Z"};
    store_definition a2 = a1;
    a2.unit = "count";
    a2.changes = "unit: percent → count";
    a2.decision_ref = "AMN 2020-03-12 § 45";
    a2.decision_date = "2020-03-12";
    a2.decision_change = "Antal i stället för andel";
    a2.recorded_at = "2020-04-01T00:00:00Z";
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(store_definition_put(s, &a1, err, sizeof err), STORE_OK);
    assert_int_equal(store_definition_put(s, &b1, err, sizeof err), STORE_OK);
    assert_int_equal(store_definition_put(s, &a2, err, sizeof err), STORE_OK);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);

    collected c = {0};
    assert_int_equal(store_definitions_each(s, "a", collect_definition, &c, err, sizeof err),
                     STORE_OK);
    assert_int_equal(c.n, 2);
    assert_string_equal(c.lines[0], "1 a percent increase number - - - - 2019-10-01T00:00:00Z");
    assert_string_equal(c.lines[1],
                        "3 a count increase number - unit: percent → count "
                        "AMN 2020-03-12 § 45 2020-03-12 2020-04-01T00:00:00Z");
    memset(&c, 0, sizeof c);
    assert_int_equal(store_definitions_each(s, NULL, collect_definition, &c, err, sizeof err),
                     STORE_OK);
    assert_int_equal(c.n, 3);
    assert_string_equal(c.lines[2], "2 b - - number fnv1a64:1 - - - 2019-10-01T00:00:00Z");

    store_definition bad = a1;
    bad.kind = NULL;
    assert_int_equal(store_definition_put(s, &bad, err, sizeof err), STORE_INVALID);
    bad = a1;
    bad.recorded_at = NULL;
    assert_int_equal(store_definition_put(s, &bad, err, sizeof err), STORE_INVALID);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicator_definitions"), 3);
}

/* A version-3 database (before the definition history) gains the table and keeps its rows. */
static void test_migrates_v3_database(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    raw_exec(fx->db,
             "DROP TABLE indicator_definitions; DROP TABLE entries; DROP TABLE signoffs; "
             "DROP TABLE audit; " V7_OBJECTS_DROPPED "PRAGMA user_version = 3;");
    long long rows = raw_int(fx->db, "SELECT count(*) FROM observations");
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM sqlite_schema WHERE name = "
                             "'indicator_definitions'"),
                     0);
    open_ok(fx);
    close_store(fx);
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM sqlite_schema WHERE name IN "
                             "('indicator_definitions', "
                             "'indicator_definitions_by_indicator')"),
                     2);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), rows);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicator_definitions"), 0);
}

/* Schema version 10: observations' status CHECK is a chain of comparisons, not `IN (...)` (which
 * SQLite checks with a temporary index built for every inserted row), and the values typed into
 * the configuration have a partial index of their own. A store written by version 9 is rebuilt
 * with every row, its seq number and its indexes, and the CHECK still refuses a status outside
 * the four. */
static void test_status_check_rebuilt_v10(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    raw_exec(fx->db,
             "UPDATE observations SET status = 'missing', value = NULL WHERE period = '2001'; "
             "UPDATE observations SET status = 'preliminary', note = 'prel.' "
             "WHERE period = '2002'");
    /* The table as version 9 made it: the same columns, status checked by IN. */
    raw_exec(
        fx->db,
        "PRAGMA foreign_keys = OFF; BEGIN; "
        "CREATE TABLE o9 (seq INTEGER PRIMARY KEY, series_id INTEGER NOT NULL REFERENCES "
        "series(id), period TEXT NOT NULL, value REAL, value_text TEXT, status TEXT NOT NULL "
        "CHECK (status IN ('ok', 'missing', 'preliminary', 'confidential')), note TEXT, "
        "source TEXT NOT NULL, vintage TEXT NOT NULL, request_id INTEGER REFERENCES "
        "requests(id), fetched_at TEXT, run_id INTEGER REFERENCES runs(id)); "
        "INSERT INTO o9 SELECT * FROM observations ORDER BY seq; DROP TABLE observations; "
        "ALTER TABLE o9 RENAME TO observations; "
        "CREATE INDEX observations_by_period ON observations (series_id, period, seq); " V11_OBJECTS_DROPPED
        "PRAGMA user_version = 9; COMMIT;");
    const char *digest_sql =
        "SELECT group_concat(seq || '|' || series_id || '|' || period || '|' || "
        "coalesce(value, 'n') || '|' || status || '|' || coalesce(note, 'n') || '|' || source || "
        "'|' || vintage, ';') FROM (SELECT * FROM observations ORDER BY seq)";
    char before[8192], after[8192], sql[256];
    raw_text(fx->db, digest_sql, before, sizeof before);
    raw_text(fx->db, "SELECT sql FROM sqlite_schema WHERE name = 'observations'", sql, sizeof sql);
    assert_non_null(strstr(sql, "status IN ("));

    open_ok(fx);
    close_store(fx);
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    raw_text(fx->db, digest_sql, after, sizeof after);
    assert_string_equal(after, before);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 100);
    raw_text(fx->db, "SELECT sql FROM sqlite_schema WHERE name = 'observations'", sql, sizeof sql);
    assert_null(strstr(sql, " IN ("));
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                             "AND name IN ('observations_by_period', 'observations_typed') AND "
                             "tbl_name = 'observations'"),
                     2);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM sqlite_schema WHERE name = 'o9' OR "
                             "name = 'observations_v10'"),
                     0);
    /* The CHECK holds as before: every allowed status is stored, another is refused. */
    store *s = open_ok(fx);
    char err[1024];
    int what = 0;
    const tseries ind1 = {"ind1", "Indikator", "0580", "T", "year"};
    const char *allowed[] = {"ok", "missing", "preliminary", "confidential"};
    for (int i = 0; i < 4; i++) {
        store_observation o = {
            i != 1, 7.0 + i, NULL, allowed[i], "n", "config:init.lua:1", "2020-01-01T00:00:00Z",
            NULL,   NULL,    0};
        assert_int_equal(put1(s, &ind1, "2003", &o, &what, err, sizeof err), STORE_OK);
        assert_int_equal(what, STORE_CHANGED);
    }
    /* A fetched value is not in the index of typed-in values; every typed one is. */
    store_observation fetched = {
        1,    9.0,  NULL, "ok", NULL, "https://api.kolada.se/v3/x", "2020-02-01T00:00:00Z",
        NULL, NULL, 0};
    assert_int_equal(put1(s, &ind1, "2004", &fetched, &what, err, sizeof err), STORE_OK);
    close_store(fx);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM observations INDEXED BY observations_typed "
                             "WHERE substr(source, 1, 7) = 'config:'"),
                     104);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(fx->db, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
                                  "INSERT INTO observations (series_id, period, status, source, "
                                  "vintage) VALUES (1, '2004', 'guessed', 'x', 'y')",
                                  NULL, NULL, NULL),
                     SQLITE_CONSTRAINT);
    sqlite3_close(db);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 105);
}

static int collect_provenance(void *ud, const store_row *r)
{
    collected *c = ud;
    if (c->n < 16)
        snprintf(c->lines[c->n], sizeof c->lines[c->n], "%s %s|%s|%s|%lld", r->period,
                 r->obs.source, r->obs.request ? r->obs.request : "NULL",
                 r->obs.fetched_at ? r->obs.fetched_at : "NULL", (long long)r->obs.run_id);
    c->n++;
    return 0;
}

/* Compact provenance (schema version 8): a fetched value whose source is its request's URL
 * stores the URL once, in the request, and reads it back from there; a store written by schema
 * version 7 (the URL in every observation) is migrated, keeps its rows and reads the same. */
static void test_compact_provenance_and_its_migration(void **state)
{
    fixture *fx = *state;
    const tseries *id = one_series(fx);
    store *s = fx->s;
    char err[1024] = "";
    int what = -1;
    const char *get = "GET https://api.kolada.se/v3/data/kpi/N31807/municipality/0580";
    const char *post = "POST https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0210\n{\"query\":[]}";
    store_observation a = {1,
                           11,
                           NULL,
                           "ok",
                           NULL,
                           "https://api.kolada.se/v3/data/kpi/N31807/municipality/0580",
                           "2020-02-01T05:00:03Z",
                           get,
                           "2020-02-01T05:00:03Z",
                           0};
    store_observation b = {1,
                           12,
                           NULL,
                           "ok",
                           NULL,
                           "https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0210",
                           "2020-02-01T05:00:04Z",
                           post,
                           "2020-02-01T05:00:04Z",
                           0};
    store_observation c = {1,
                           13,
                           NULL,
                           "ok",
                           NULL,
                           "https://api.scb.se/other",
                           "2020-02-01T05:00:05Z",
                           post,
                           "2020-02-01T05:00:05Z",
                           0};
    assert_int_equal(put1(s, id, "2018", &a, &what, err, sizeof err), STORE_OK);
    assert_int_equal(put1(s, id, "2019", &b, &what, err, sizeof err), STORE_OK);
    assert_int_equal(put1(s, id, "2020", &c, &what, err, sizeof err), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations WHERE source = ''"), 2);
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM observations "
                             "WHERE source = 'https://api.scb.se/other'"),
                     1);
    collected before = {0};
    assert_int_equal(store_latest_each(s, "ind1", collect_provenance, &before, err, sizeof err),
                     STORE_OK);
    assert_int_equal(before.n, 3);
    char buf[600];
    snprintf(buf, sizeof buf,
             "2018 https://api.kolada.se/v3/data/kpi/N31807/municipality/0580|%s|"
             "2020-02-01T05:00:03Z|0",
             get);
    assert_string_equal(before.lines[0], buf);
    snprintf(buf, sizeof buf,
             "2019 https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0210|%s|"
             "2020-02-01T05:00:04Z|0",
             post);
    assert_string_equal(before.lines[1], buf);
    snprintf(buf, sizeof buf, "2020 https://api.scb.se/other|%s|2020-02-01T05:00:05Z|0", post);
    assert_string_equal(before.lines[2], buf);
    close_store(fx);

    /* The same store as schema version 7 wrote it: every URL in its observation. It is
     * migrated to version 8, its rows kept as they are, and it reads the same. */
    raw_exec(fx->db,
             "UPDATE observations SET source = (SELECT " STORE_REQUEST_URL_SQL(
                 "r.request") " FROM requests r WHERE r.id = observations.request_id) "
                              "WHERE source = ''; " V9_OBJECTS_DROPPED "PRAGMA user_version = 7;");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations WHERE source = ''"), 0);
    s = open_ok(fx);
    assert_int_equal(raw_int(fx->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    collected after = {0};
    assert_int_equal(store_latest_each(s, "ind1", collect_provenance, &after, err, sizeof err),
                     STORE_OK);
    assert_int_equal(after.n, 3);
    for (int i = 0; i < 3; i++)
        assert_string_equal(after.lines[i], before.lines[i]);
    /* Unchanged values after the migration add nothing; a changed one is stored compact. */
    assert_int_equal(put1(s, id, "2018", &a, &what, err, sizeof err), STORE_OK);
    assert_int_equal(what, STORE_UNCHANGED);
    a.value = 21;
    assert_int_equal(put1(s, id, "2018", &a, &what, err, sizeof err), STORE_OK);
    assert_int_equal(what, STORE_CHANGED);
    close_store(fx);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations WHERE source = ''"), 1);
}

static void test_observation_provenance(void **state)
{
    fixture *fx = *state;
    const tseries *id = one_series(fx);
    store *s = fx->s;
    char err[1024] = "", buf[512];
    int64_t run = 0;
    int what = -1;
    assert_int_equal(store_run_start_ex(s, "fetch kolada", "kolada", "manual",
                                        "2020-02-01T05:00:00Z", &run, err, sizeof err),
                     STORE_OK);
    const char *get = "GET https://api.kolada.se/v2/data/kpi/N31807/municipality/0580";
    const char *post = "POST https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0210\n"
                       "{\"query\":[{\"code\":\"Region\",\"selection\":{\"filter\":\"item\","
                       "\"values\":[\"0580\"]}}],\"response\":{\"format\":\"json-stat2\"}}";
    store_observation typed = {
        1, 10, NULL, "ok", NULL, "config:init.lua:4", "2020-01-01T00:00:00Z", NULL, NULL, 0};
    assert_int_equal(put1(s, id, "2017", &typed, &what, err, sizeof err), STORE_OK);
    store_observation a = {1,
                           11,
                           NULL,
                           "ok",
                           NULL,
                           "https://api.kolada.se/v2/data/kpi/N31807",
                           "2020-02-01T05:00:03Z",
                           get,
                           "2020-02-01T05:00:03Z",
                           run};
    assert_int_equal(put1(s, id, "2018", &a, &what, err, sizeof err), STORE_OK);
    assert_int_equal(what, STORE_NEW);
    store_observation b = {1,
                           12,
                           NULL,
                           "preliminary",
                           "prel.",
                           "https://api.scb.se/AM0210",
                           "2020-02-01T05:00:04Z",
                           post,
                           "2020-02-01T05:00:04Z",
                           run};
    assert_int_equal(put1(s, id, "2019", &b, &what, err, sizeof err), STORE_OK);
    assert_int_equal(what, STORE_NEW);
    /* Same request again, for another period: the request text is stored once. */
    b.value = 13;
    assert_int_equal(put1(s, id, "2020", &b, &what, err, sizeof err), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM requests"), 2);
    assert_int_equal(raw_int(fx->db, "SELECT count(DISTINCT request_id) FROM observations"), 2);

    /* The same figure from a later run is no new vintage and keeps the first provenance. */
    int64_t run2 = 0;
    assert_int_equal(store_run_start(s, "fetch", "2020-03-01T05:00:00Z", &run2, err, sizeof err),
                     STORE_OK);
    store_observation again = a;
    again.fetched_at = again.vintage = "2020-03-01T05:00:01Z";
    again.run_id = run2;
    assert_int_equal(put1(s, id, "2018", &again, &what, err, sizeof err), STORE_OK);
    assert_int_equal(what, STORE_UNCHANGED);

    collected c = {0};
    assert_int_equal(store_latest_each(s, "ind1", collect_provenance, &c, err, sizeof err),
                     STORE_OK);
    assert_int_equal(c.n, 4);
    assert_string_equal(c.lines[0], "2017 config:init.lua:4|NULL|NULL|0");
    snprintf(buf, sizeof buf,
             "2018 https://api.kolada.se/v2/data/kpi/N31807|%s|"
             "2020-02-01T05:00:03Z|%lld",
             get, (long long)run);
    assert_string_equal(c.lines[1], buf);
    snprintf(buf, sizeof buf, "2019 https://api.scb.se/AM0210|%s|2020-02-01T05:00:04Z|%lld", post,
             (long long)run);
    assert_string_equal(c.lines[2], buf);

    /* A run that does not exist breaks the foreign key; nothing is written. */
    store_observation ghost = a;
    ghost.value = 99;
    ghost.run_id = 4242;
    what = -1;
    assert_int_equal(put1(s, id, "2018", &ghost, &what, err, sizeof err), STORE_ERROR);
    assert_int_equal(what, STORE_UNCHANGED);
    ghost.run_id = -1;
    assert_int_equal(put1(s, id, "2018", &ghost, &what, err, sizeof err), STORE_INVALID);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 4);
    close_store(fx);
    /* On disk: NULL, not 0 or '', for a typed-in value. */
    assert_int_equal(raw_int(fx->db,
                             "SELECT count(*) FROM observations WHERE period = '2017' AND "
                             "request_id IS NULL AND fetched_at IS NULL AND run_id IS NULL"),
                     1);
}

/* New, changed or unchanged, with value, text, status and note all compared. */
static void test_observation_new_changed_unchanged(void **state)
{
    fixture *fx = *state;
    const tseries *id = one_series(fx);
    store *s = fx->s;
    char err[1024] = "";
    int what = -1;
    store_observation o = {1, 5, NULL, "ok", NULL, "u", "v1", NULL, NULL, 0};
#define PUT(expect)                                                                                \
    do {                                                                                           \
        what = -1;                                                                                 \
        assert_int_equal(put1(s, id, "2018", &o, &what, err, sizeof err), STORE_OK);               \
        assert_int_equal(what, expect);                                                            \
    } while (0)
    PUT(STORE_NEW);
    PUT(STORE_UNCHANGED);
    o.value = 5.5;
    PUT(STORE_CHANGED);
    o.status = "preliminary";
    PUT(STORE_CHANGED);
    o.status = "confidential";
    PUT(STORE_CHANGED);
    PUT(STORE_UNCHANGED);
    o.note = "röjd";
    PUT(STORE_CHANGED);
    o.note = NULL; /* a note taken away is a change too */
    PUT(STORE_CHANGED);
    o.has_value = 0;
    o.status = "missing";
    o.note = "sekretess";
    PUT(STORE_CHANGED);
    PUT(STORE_UNCHANGED);
    o.note = "ej rapporterat";
    PUT(STORE_CHANGED);
    o.has_value = 0;
    o.status = "ok";
    o.note = NULL;
    o.text = "Ja";
    PUT(STORE_CHANGED);
    o.text = "Ja";
    PUT(STORE_UNCHANGED);
#undef PUT
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 9);
    /* Not a finite number: refused, nothing written. */
    store_observation bad = {1, NAN, NULL, "ok", NULL, "u", "v", NULL, NULL, 0};
    assert_int_equal(put1(s, id, "2019", &bad, &what, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "not a finite number"));
    bad.value = INFINITY;
    assert_int_equal(put1(s, id, "2019", &bad, &what, err, sizeof err), STORE_INVALID);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 9);
}

/* ---- fetch state ----------------------------------------------------------------------------- */

typedef struct got_state {
    int n;
    char key[256];
    char text[1024];
    unsigned char *body; /* owned copy */
    size_t body_len;
    int body_null;
} got_state;

static int keep_state(void *ud, const char *key, const store_fetch_state *fs)
{
    got_state *g = ud;
    g->n++;
    snprintf(g->key, sizeof g->key, "%s", key);
    snprintf(g->text, sizeof g->text, "%s|%s|%s|%s|%ld|%s|%lld|%s|%s|%zu",
             fs->request ? fs->request : "NULL", fs->etag ? fs->etag : "NULL",
             fs->last_modified ? fs->last_modified : "NULL",
             fs->content_type ? fs->content_type : "NULL", fs->status, fs->fetched_at,
             (long long)fs->run_id, fs->changed_at, fs->body_hash, fs->body_len);
    free(g->body);
    g->body = NULL;
    g->body_null = fs->body == NULL;
    g->body_len = fs->body_len;
    if (fs->body) {
        g->body = malloc(fs->body_len + 1);
        assert_non_null(g->body);
        memcpy(g->body, fs->body, fs->body_len);
    }
    return 0;
}

static void test_fetch_state_round_trip(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "", hash[STORE_HASH_SIZE], expect[1024];
    int changed = -1;
    int64_t run = 0;
    assert_int_equal(store_run_start_ex(s, "fetch kolada", "kolada", NULL, "2020-01-01T05:00:00Z",
                                        &run, err, sizeof err),
                     STORE_OK);
    /* A 1 MB body of every byte value, NULs included. */
    size_t len = 1024 * 1024;
    unsigned char *body = malloc(len);
    assert_non_null(body);
    for (size_t i = 0; i < len; i++)
        body[i] = (unsigned char)((i * 2654435761u) >> 13);
    const char *key = "GET https://api.kolada.se/v2/data/kpi/N31807";
    store_fetch_state fs = {
        .request = key,
        .etag = "W/\"abc\"",
        .last_modified = "Wed, 01 Jan 2020 04:00:00 GMT",
        .content_type = "application/json",
        .body = body,
        .body_len = len,
        .status = 200,
        .fetched_at = "2020-01-01T05:00:01Z",
        .run_id = run,
    };
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(store_fetch_state_put(s, "kolada", key, &fs, &changed, err, sizeof err),
                     STORE_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);

    got_state g = {0};
    assert_int_equal(store_fetch_state_get(s, "kolada", key, 1, keep_state, &g, err, sizeof err),
                     STORE_OK);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.key, key);
    store_hash(body, len, hash);
    snprintf(expect, sizeof expect,
             "%s|W/\"abc\"|Wed, 01 Jan 2020 04:00:00 GMT|application/json|200|"
             "2020-01-01T05:00:01Z|%lld|2020-01-01T05:00:01Z|%s|%zu",
             key, (long long)run, hash, len);
    assert_string_equal(g.text, expect);
    assert_int_equal(g.body_len, len);
    assert_memory_equal(g.body, body, len);
    assert_int_equal(strncmp(hash, "fnv1a64:", 8), 0);
    assert_int_equal(strlen(hash), STORE_HASH_SIZE - 1);
    /* Without the body: its size only. */
    assert_int_equal(store_fetch_state_get(s, "kolada", key, 0, keep_state, &g, err, sizeof err),
                     STORE_OK);
    assert_true(g.body_null);
    assert_int_equal(g.body_len, len);
    /* Nothing stored for another key or source: the callback is not called. */
    got_state none = {0};
    assert_int_equal(
        store_fetch_state_get(s, "kolada", "GET other", 1, keep_state, &none, err, sizeof err),
        STORE_OK);
    assert_int_equal(store_fetch_state_get(s, "scb", key, 1, keep_state, &none, err, sizeof err),
                     STORE_OK);
    assert_int_equal(none.n, 0);

    /* The same bytes again, later, with new validators: not changed; changed_at stays. */
    int64_t run2 = 0;
    assert_int_equal(store_run_start(s, "fetch", "2020-02-01T05:00:00Z", &run2, err, sizeof err),
                     STORE_OK);
    unsigned char *copy = malloc(len);
    assert_non_null(copy);
    memcpy(copy, body, len);
    store_fetch_state same = fs;
    same.body = copy;
    same.etag = "W/\"abd\"";
    same.last_modified = NULL;
    same.fetched_at = "2020-02-01T05:00:01Z";
    same.run_id = run2;
    assert_int_equal(store_fetch_state_put(s, "kolada", key, &same, &changed, err, sizeof err),
                     STORE_OK);
    assert_int_equal(changed, 0);
    assert_int_equal(store_fetch_state_get(s, "kolada", key, 1, keep_state, &g, err, sizeof err),
                     STORE_OK);
    snprintf(expect, sizeof expect,
             "%s|W/\"abd\"|NULL|application/json|200|2020-02-01T05:00:01Z|%lld|"
             "2020-01-01T05:00:01Z|%s|%zu",
             key, (long long)run2, hash, len);
    assert_string_equal(g.text, expect);
    assert_memory_equal(g.body, body, len);

    /* A 304: no body given; the stored body, status and type stay, the time moves. */
    store_fetch_state nm = {.fetched_at = "2020-03-01T05:00:00Z"};
    assert_int_equal(store_fetch_state_put(s, "kolada", key, &nm, &changed, err, sizeof err),
                     STORE_OK);
    assert_int_equal(changed, 0);
    assert_int_equal(store_fetch_state_get(s, "kolada", key, 1, keep_state, &g, err, sizeof err),
                     STORE_OK);
    snprintf(expect, sizeof expect,
             "%s|W/\"abd\"|NULL|application/json|200|2020-03-01T05:00:00Z|0|"
             "2020-01-01T05:00:01Z|%s|%zu",
             key, hash, len);
    assert_string_equal(g.text, expect);
    assert_memory_equal(g.body, body, len);
    /* A 304 where nothing is stored is the caller's mistake. */
    assert_int_equal(
        store_fetch_state_put(s, "kolada", "GET never", &nm, &changed, err, sizeof err),
        STORE_INVALID);
    assert_non_null(strstr(err, "no stored response"));

    /* One byte different (same length): changed, the new bytes kept. */
    copy[len / 2] ^= 1;
    same.fetched_at = "2020-04-01T05:00:00Z";
    assert_int_equal(store_fetch_state_put(s, "kolada", key, &same, &changed, err, sizeof err),
                     STORE_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(store_fetch_state_get(s, "kolada", key, 1, keep_state, &g, err, sizeof err),
                     STORE_OK);
    assert_memory_equal(g.body, copy, len);
    assert_non_null(strstr(g.text, "|2020-04-01T05:00:00Z|" /* changed_at */));

    /* An empty body is a body (not NULL); a status outside 100..599 is refused. */
    store_fetch_state empty = {
        .body = "", .body_len = 0, .status = 204, .fetched_at = "2020-01-01T00:00:00Z"};
    assert_int_equal(
        store_fetch_state_put(s, "kolada", "GET empty", &empty, &changed, err, sizeof err),
        STORE_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(
        store_fetch_state_get(s, "kolada", "GET empty", 1, keep_state, &g, err, sizeof err),
        STORE_OK);
    assert_false(g.body_null);
    assert_int_equal(g.body_len, 0);
    assert_int_equal(
        store_fetch_state_put(s, "kolada", "GET empty", &empty, &changed, err, sizeof err),
        STORE_OK);
    assert_int_equal(changed, 0);
    empty.status = 0;
    assert_int_equal(store_fetch_state_put(s, "kolada", "GET x", &empty, &changed, err, sizeof err),
                     STORE_INVALID);
    empty.status = 200;
    empty.fetched_at = NULL;
    assert_int_equal(store_fetch_state_put(s, "kolada", "GET x", &empty, &changed, err, sizeof err),
                     STORE_INVALID);

    /* Listing a source's responses (offline runs): its own only, by key. */
    store_fetch_state other = {
        .body = "{}", .body_len = 2, .status = 200, .fetched_at = "2020-01-01T00:00:00Z"};
    assert_int_equal(
        store_fetch_state_put(s, "scb", "POST https://scb/x", &other, &changed, err, sizeof err),
        STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM fetch_state"), 3);
    got_state list = {0};
    assert_int_equal(store_responses_each(s, "kolada", 1, keep_state, &list, err, sizeof err),
                     STORE_OK);
    assert_int_equal(list.n, 2);
    assert_string_equal(list.key, key); /* "GET empty" < "GET https://…": the last one is key */
    free(list.body);
    free(g.body);
    free(copy);
    free(body);
}

/* ---- runs: the richer history ---------------------------------------------------------------- */

typedef struct run_lines {
    int n;
    char lines[16][400];
} run_lines;

static int collect_run(void *ud, const store_run *r)
{
    run_lines *c = ud;
    if (c->n < 16)
        snprintf(c->lines[c->n], sizeof c->lines[c->n],
                 "%lld %s %s %s %s %s %s %s %s %lld/%lld/%lld %lld %lld %ld %d", (long long)r->id,
                 r->command, r->r.source ? r->r.source : "-", r->r.trigger, r->started,
                 r->r.finished ? r->r.finished : "-", r->r.outcome,
                 r->r.message ? r->r.message : "-", r->r.error ? r->r.error : "-",
                 (long long)r->r.n_new, (long long)r->r.n_changed, (long long)r->r.n_unchanged,
                 (long long)r->r.bytes, (long long)r->r.duration_ms, r->r.http_status,
                 r->r.attempts);
    c->n++;
    return 0;
}

static void test_runs_history(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    int64_t r1 = 0, r2 = 0, r3 = 0, r4 = 0;
    assert_int_equal(store_run_start(s, "report r", "2020-01-01T08:00:00Z", &r1, err, sizeof err),
                     STORE_OK);
    assert_int_equal(
        store_run_finish(s, r1, "2020-01-01T08:00:01Z", "succeeded", "ok", err, sizeof err),
        STORE_OK);
    assert_int_equal(store_run_start_ex(s, "fetch kolada", "kolada", "schedule",
                                        "2020-01-02T05:00:00Z", &r2, err, sizeof err),
                     STORE_OK);
    store_run_result res = STORE_RUN_RESULT_INIT;
    res.finished = "2020-01-02T05:00:09Z";
    res.outcome = "succeeded";
    res.message = "3 new, 1 changed, 10 unchanged";
    res.n_new = 3;
    res.n_changed = 1;
    res.n_unchanged = 10;
    res.bytes = 123456;
    res.duration_ms = 9000;
    res.attempts = 2;
    assert_int_equal(store_run_finish_ex(s, r2, &res, err, sizeof err), STORE_OK);
    assert_int_equal(store_run_start_ex(s, "fetch scb", "scb", "catch-up", "2020-01-03T05:00:00Z",
                                        &r3, err, sizeof err),
                     STORE_OK);
    store_run_result bad = STORE_RUN_RESULT_INIT;
    bad.finished = "2020-01-03T05:01:00Z";
    bad.outcome = "failed";
    bad.error = "https://api.scb.se/…: HTTP 503 after 4 attempts";
    bad.n_new = bad.n_changed = bad.n_unchanged = 0;
    bad.bytes = 0;
    bad.http_status = 503;
    bad.attempts = 4;
    assert_int_equal(store_run_finish_ex(s, r3, &bad, err, sizeof err), STORE_OK);
    /* Source and trigger may also be given at the end (NULL keeps them). */
    assert_int_equal(
        store_run_start(s, "fetch kolada", "2020-01-04T05:00:00Z", &r4, err, sizeof err), STORE_OK);
    store_run_result late = STORE_RUN_RESULT_INIT;
    late.finished = "2020-01-04T05:00:02Z";
    late.outcome = "failed";
    late.error = "timeout";
    late.source = "kolada";
    late.trigger = "schedule";
    assert_int_equal(store_run_finish_ex(s, r4, &late, err, sizeof err), STORE_OK);
    int64_t r5 = 0;
    assert_int_equal(store_run_start_ex(s, "fetch kolada", "kolada", "schedule",
                                        "2020-01-05T05:00:00Z", &r5, err, sizeof err),
                     STORE_OK); /* still running */

    run_lines all = {0};
    assert_int_equal(store_runs_each(s, NULL, collect_run, &all, err, sizeof err), STORE_OK);
    assert_int_equal(all.n, 5);
    assert_string_equal(all.lines[0],
                        "5 fetch kolada kolada schedule 2020-01-05T05:00:00Z - "
                        "running - - -1/-1/-1 -1 -1 0 -1");
    assert_string_equal(all.lines[1],
                        "4 fetch kolada kolada schedule 2020-01-04T05:00:00Z "
                        "2020-01-04T05:00:02Z failed - timeout -1/-1/-1 -1 -1 0 -1");
    assert_string_equal(all.lines[2],
                        "3 fetch scb scb catch-up 2020-01-03T05:00:00Z 2020-01-03T05:01:00Z failed "
                        "- https://api.scb.se/…: HTTP 503 after 4 attempts 0/0/0 0 -1 503 4");
    assert_string_equal(all.lines[3],
                        "2 fetch kolada kolada schedule 2020-01-02T05:00:00Z 2020-01-02T05:00:09Z "
                        "succeeded 3 new, 1 changed, 10 unchanged - 3/1/10 123456 9000 0 2");
    assert_string_equal(all.lines[4],
                        "1 report r - manual 2020-01-01T08:00:00Z "
                        "2020-01-01T08:00:01Z succeeded ok - -1/-1/-1 -1 -1 0 -1");

    store_run_filter kolada = {"kolada", 0, 0};
    run_lines k = {0};
    assert_int_equal(store_runs_each(s, &kolada, collect_run, &k, err, sizeof err), STORE_OK);
    assert_int_equal(k.n, 3);
    assert_int_equal(strncmp(k.lines[0], "5 ", 2), 0);
    assert_int_equal(strncmp(k.lines[2], "2 ", 2), 0);
    store_run_filter failed = {NULL, 1, 0};
    run_lines f = {0};
    assert_int_equal(store_runs_each(s, &failed, collect_run, &f, err, sizeof err), STORE_OK);
    assert_int_equal(f.n, 2);
    assert_int_equal(strncmp(f.lines[0], "4 ", 2), 0);
    assert_int_equal(strncmp(f.lines[1], "3 ", 2), 0);
    store_run_filter kolada_failed_1 = {"kolada", 1, 1};
    run_lines kf = {0};
    assert_int_equal(store_runs_each(s, &kolada_failed_1, collect_run, &kf, err, sizeof err),
                     STORE_OK);
    assert_int_equal(kf.n, 1);
    assert_int_equal(strncmp(kf.lines[0], "4 ", 2), 0);
    store_run_filter limit2 = {NULL, 0, 2};
    run_lines l2 = {0};
    assert_int_equal(store_runs_each(s, &limit2, collect_run, &l2, err, sizeof err), STORE_OK);
    assert_int_equal(l2.n, 2);
    store_run_filter nobody = {"nobody", 0, 0};
    run_lines nb = {0};
    assert_int_equal(store_runs_each(s, &nobody, collect_run, &nb, err, sizeof err), STORE_OK);
    assert_int_equal(nb.n, 0);

    /* Wrong calls. */
    int64_t x = 0;
    assert_int_equal(store_run_start_ex(s, "fetch", NULL, "cron", "t", &x, err, sizeof err),
                     STORE_INVALID);
    assert_non_null(strstr(err, "manual, schedule or catch-up, not 'cron'"));
    store_run_result r = STORE_RUN_RESULT_INIT;
    r.finished = "t";
    r.outcome = "failed";
    assert_int_equal(store_run_finish_ex(s, 999, &r, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "run 999: no such run"));
    r.outcome = NULL;
    assert_int_equal(store_run_finish_ex(s, r5, &r, err, sizeof err), STORE_INVALID);
    r.outcome = "skipped"; /* the second of two overlapping runs */
    assert_int_equal(store_run_finish_ex(s, r5, &r, err, sizeof err), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM runs WHERE outcome = 'skipped'"), 1);
}

/* A run can be recorded as succeeded only after its data were committed. */
static void test_run_succeeds_only_after_commit(void **state)
{
    fixture *fx = *state;
    const tseries *id = one_series(fx);
    store *s = fx->s;
    char err[1024] = "";
    int64_t run = 0;
    int what = 0;
    store_run_result ok = STORE_RUN_RESULT_INIT;
    ok.finished = "2020-01-01T05:00:05Z";
    ok.outcome = "succeeded";

    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(store_run_start_ex(s, "fetch kolada", "kolada", NULL, "2020-01-01T05:00:00Z",
                                        &run, err, sizeof err),
                     STORE_OK);
    store_observation o = {1, 1, NULL, "ok", NULL, "u", "v", "GET u", "t", run};
    assert_int_equal(put1(s, id, "2019", &o, &what, err, sizeof err), STORE_OK);
    /* Too early: inside the transaction that wrote the data. */
    assert_int_equal(store_run_finish_ex(s, run, &ok, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "before its data are committed"));
    /* A failure may be recorded at any time. */
    store_run_result failed = ok;
    failed.outcome = "failed";
    assert_int_equal(store_run_finish_ex(s, run, &failed, err, sizeof err), STORE_OK);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);
    /* After the commit: outside a transaction, or in a short one of its own. */
    assert_int_equal(store_run_finish_ex(s, run, &ok, err, sizeof err), STORE_OK);
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(store_run_finish_ex(s, run, &ok, err, sizeof err), STORE_OK);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM runs WHERE outcome = 'succeeded'"), 1);
}

/* ---- status ---------------------------------------------------------------------------------- */

static int collect_source_status(void *ud, const store_source_status *ss)
{
    collected *c = ud;
    if (c->n < 16)
        snprintf(c->lines[c->n], sizeof c->lines[c->n], "%s %s %s %s %s %s %s %lld", ss->source,
                 ss->last_success ? ss->last_success : "-", ss->last_run ? ss->last_run : "-",
                 ss->last_outcome ? ss->last_outcome : "-", ss->last_error ? ss->last_error : "-",
                 ss->last_fetched ? ss->last_fetched : "-",
                 ss->last_changed ? ss->last_changed : "-", (long long)ss->responses);
    c->n++;
    return 0;
}

static int collect_series_status(void *ud, const store_series_status *ss)
{
    collected *c = ud;
    if (c->n < 16)
        snprintf(c->lines[c->n], sizeof c->lines[c->n], "%s %s %s %s %s %lld", ss->indicator,
                 ss->area, ss->period_kind, ss->newest_period ? ss->newest_period : "-",
                 ss->last_changed, (long long)ss->periods);
    c->n++;
    return 0;
}

static void test_status_queries(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    int what = 0, changed = 0;
    int64_t run = 0;
    const tseries a = {"a", "A", "0580", "T", "year"}, ak = {"a", "A", "0580", "K", "year"},
                  u = {"a", "A", "0580:AMF", "T", "year"}, b = {"b", "B", "0580", "T", "year"};
    struct {
        const tseries *series;
        const char *period;
        int has_value;
        const char *status;
        const char *vintage;
    } puts[] = {
        {&a, "2017", 1, "ok", "2019-01-01T00:00:00Z"},
        {&a, "2018", 1, "ok", "2019-02-01T00:00:00Z"},
        {&ak, "2019", 1, "preliminary", "2020-03-01T00:00:00Z"}, /* newest period of 0580 */
        {&a, "2020", 0, "missing", "2020-04-01T00:00:00Z"},      /* not present: missing */
        {&u, "2018", 1, "ok", "2019-05-01T00:00:00Z"},
        {&u, "2019", 1, "ok", "2019-06-01T00:00:00Z"},
        {&u, "2019", 0, "missing", "2019-07-01T00:00:00Z"}, /* withdrawn since */
        {&b, "2016", 0, "missing", "2018-01-01T00:00:00Z"},
    };
    for (size_t i = 0; i < sizeof puts / sizeof puts[0]; i++) {
        store_observation o = {puts[i].has_value,
                               1.0,
                               NULL,
                               puts[i].status,
                               NULL,
                               "src",
                               puts[i].vintage,
                               NULL,
                               NULL,
                               0};
        assert_int_equal(put1(s, puts[i].series, puts[i].period, &o, &what, err, sizeof err),
                         STORE_OK);
    }
    collected c = {0};
    assert_int_equal(store_series_status_each(s, NULL, collect_series_status, &c, err, sizeof err),
                     STORE_OK);
    assert_int_equal(c.n, 3);
    /* periods is counted only where every period is missing (-1: not counted) */
    assert_string_equal(c.lines[0], "a 0580 year 2019 2020-04-01T00:00:00Z -1");
    assert_string_equal(c.lines[1], "a 0580:AMF year 2018 2019-07-01T00:00:00Z -1");
    assert_string_equal(c.lines[2], "b 0580 year - 2018-01-01T00:00:00Z 1");
    collected only_b = {0};
    assert_int_equal(
        store_series_status_each(s, "b", collect_series_status, &only_b, err, sizeof err),
        STORE_OK);
    assert_int_equal(only_b.n, 1);

    /* Sources: from the run history and the fetch state. */
    collected none = {0};
    assert_int_equal(store_source_status_each(s, collect_source_status, &none, err, sizeof err),
                     STORE_OK);
    assert_int_equal(none.n, 0);
    store_run_result ok = STORE_RUN_RESULT_INIT, bad = STORE_RUN_RESULT_INIT;
    ok.outcome = "succeeded";
    bad.outcome = "failed";
    bad.error = "HTTP 503";
    assert_int_equal(store_run_start_ex(s, "fetch kolada", "kolada", NULL, "2020-01-01T05:00:00Z",
                                        &run, err, sizeof err),
                     STORE_OK);
    ok.finished = "2020-01-01T05:00:09Z";
    assert_int_equal(store_run_finish_ex(s, run, &ok, err, sizeof err), STORE_OK);
    store_fetch_state fs = {.body = "[]",
                            .body_len = 2,
                            .status = 200,
                            .fetched_at = "2020-01-01T05:00:03Z",
                            .run_id = run};
    assert_int_equal(store_fetch_state_put(s, "kolada", "GET 1", &fs, &changed, err, sizeof err),
                     STORE_OK);
    fs.fetched_at = "2020-01-01T05:00:04Z";
    assert_int_equal(store_fetch_state_put(s, "kolada", "GET 2", &fs, &changed, err, sizeof err),
                     STORE_OK);
    assert_int_equal(store_run_start_ex(s, "fetch kolada", "kolada", NULL, "2020-01-02T05:00:00Z",
                                        &run, err, sizeof err),
                     STORE_OK);
    bad.finished = "2020-01-02T05:01:00Z";
    assert_int_equal(store_run_finish_ex(s, run, &bad, err, sizeof err), STORE_OK);
    assert_int_equal(store_run_start_ex(s, "fetch scb", "scb", NULL, "2020-01-02T06:00:00Z", &run,
                                        err, sizeof err),
                     STORE_OK);
    bad.finished = "2020-01-02T06:01:00Z";
    assert_int_equal(store_run_finish_ex(s, run, &bad, err, sizeof err), STORE_OK);
    fs.fetched_at = "2019-12-01T00:00:00Z"; /* responses kept from an earlier configuration */
    fs.run_id = 0;
    assert_int_equal(store_fetch_state_put(s, "statbank", "GET x", &fs, &changed, err, sizeof err),
                     STORE_OK);
    collected src = {0};
    assert_int_equal(store_source_status_each(s, collect_source_status, &src, err, sizeof err),
                     STORE_OK);
    assert_int_equal(src.n, 3);
    assert_string_equal(src.lines[0],
                        "kolada 2020-01-01T05:00:09Z 2020-01-02T05:00:00Z failed "
                        "HTTP 503 2020-01-01T05:00:04Z 2020-01-01T05:00:04Z 2");
    assert_string_equal(src.lines[1], "scb - 2020-01-02T06:00:00Z failed HTTP 503 - - 0");
    assert_string_equal(src.lines[2],
                        "statbank - - - - 2019-12-01T00:00:00Z 2019-12-01T00:00:00Z 1");
}

/* ---- faults ---------------------------------------------------------------------------------- */

/* Writes many rows in one transaction (observations, and large bodies so that SQLite spills
 * uncommitted pages into the WAL), until it fails or max_rows; returns the store's code and its
 * message. After ready_after rows it writes one byte to ready_fd (-1: none). */
static int write_batch(store *s, long max_rows, long ready_after, int ready_fd, char *err,
                       size_t errlen)
{
    int64_t run = 0;
    int rc, changed = 0;
    static unsigned char body[64 * 1024];
    for (size_t i = 0; i < sizeof body; i++)
        body[i] = (unsigned char)(i * 31 + 1);
    if ((rc = store_run_start_ex(s, "fetch big", "big", "schedule", "2020-01-01T05:00:00Z", &run,
                                 err, errlen)) != STORE_OK)
        return rc;
    /* Fifty values per store_put_rows, between the responses. */
    const tseries big = {"big", "Big", "0580", "T", "month"};
    static char periods[50][32];
    store_value rows[50];
    size_t n = 0;
    for (long i = 0; i < max_rows; i++) {
        char key[64];
        snprintf(periods[n], sizeof periods[n], "p%09ld", i);
        store_observation o = {1,
                               (double)i,
                               NULL,
                               "ok",
                               NULL,
                               "https://example.org/big",
                               "2020-01-01T05:00:01Z",
                               "GET https://example.org/big",
                               "2020-01-01T05:00:01Z",
                               run};
        rows[n] = value_of(&big, periods[n], &o);
        if (++n == 50 || i + 1 == max_rows) {
            if ((rc = store_put_rows(s, rows, n, NULL, NULL, err, errlen)) != STORE_OK)
                return rc;
            n = 0;
        }
        if (i % 50 == 0) {
            snprintf(key, sizeof key, "GET https://example.org/big?page=%ld", i);
            memcpy(body, &i, sizeof i);
            store_fetch_state fs = {.body = body,
                                    .body_len = sizeof body,
                                    .status = 200,
                                    .fetched_at = "2020-01-01T05:00:01Z",
                                    .run_id = run};
            if ((rc = store_fetch_state_put(s, "big", key, &fs, &changed, err, errlen)) != STORE_OK)
                return rc;
        }
        if (i == ready_after && ready_fd >= 0 && write(ready_fd, "x", 1) != 1)
            return STORE_ERROR;
    }
    return STORE_OK;
}

static long long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

/* kill -9 in the middle of a large write transaction: the database passes integrity_check and
 * holds none of the batch; the next run stores it whole. */
static void test_kill_during_large_transaction(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    long long obs_before = raw_int(fx->db, "SELECT count(*) FROM observations");
    int pfd[2];
    assert_int_equal(pipe(pfd), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(pfd[0]);
        store *s = NULL;
        char err[1024];
        if (store_open(fx->db, 0, &s, err, sizeof err) != STORE_OK ||
            store_begin(s, err, sizeof err) != STORE_OK)
            _exit(2);
        write_batch(s, 10000000, 2000, pfd[1], err, sizeof err);
        _exit(3); /* never commits */
    }
    close(pfd[1]);
    char c = 0;
    assert_int_equal(read(pfd[0], &c, 1), 1);
    close(pfd[0]);
    /* Wait until uncommitted pages have reached the WAL (at most 60 s). */
    char wal[400];
    snprintf(wal, sizeof wal, "%s-wal", fx->db);
    for (int i = 0; i < 6000 && file_size(wal) < 4 * 1024 * 1024; i++)
        usleep(10000);
    assert_true(file_size(wal) >= 4 * 1024 * 1024);
    assert_int_equal(kill(pid, SIGKILL), 0);
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    char buf[128];
    assert_string_equal(raw_text(fx->db, "PRAGMA integrity_check", buf, sizeof buf), "ok");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), obs_before);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM fetch_state"), 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM runs"), 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators WHERE id = 'big'"), 0);

    /* The rerun stores the whole batch. */
    store *s = open_ok(fx);
    char err[1024] = "";
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(write_batch(s, 500, -1, -1, err, sizeof err), STORE_OK);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);
    close_store(fx);
    assert_string_equal(raw_text(fx->db, "PRAGMA integrity_check", buf, sizeof buf), "ok");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), obs_before + 500);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM fetch_state"), 10);
}

/* A full disk (a file size limit makes write() fail with EFBIG) in the middle of a transaction:
 * the store reports it clearly, refuses to go on writing outside the lost transaction, the commit
 * fails, and the database holds none of the batch. */
static void test_disk_full_during_transaction(void **state)
{
    fixture *fx = *state;
    make_styr_db(fx);
    long long obs_before = raw_int(fx->db, "SELECT count(*) FROM observations");
    int pfd[2];
    assert_int_equal(pipe(pfd), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(pfd[0]);
        char report[3 * 1100] = "", err[1024] = "", err2[1024] = "", err3[1024] = "";
        store *s = NULL;
        if (store_open(fx->db, 0, &s, err, sizeof err) != STORE_OK)
            _exit(2);
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl;
        if (getrlimit(RLIMIT_FSIZE, &rl) != 0)
            _exit(3);
        rl.rlim_cur = 1024 * 1024; /* no file may grow past 1 MiB */
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
            _exit(4);
        int rc = store_begin(s, err, sizeof err);
        if (rc == STORE_OK)
            rc = write_batch(s, 200000, -1, -1, err, sizeof err);
        /* Going on as if nothing happened must not store anything either. */
        int what = 0;
        store_observation o = {1, 1, NULL, "ok", NULL, "s", "2020-01-01T05:00:01Z", NULL, NULL, 0};
        int rc2 = put1(s, &IND1_K, "2019", &o, &what, err2, sizeof err2);
        int rc3 = store_commit(s, err3, sizeof err3);
        snprintf(report, sizeof report, "%d|%s\n%d|%s\n%d|%s\n", rc, err, rc2, err2, rc3, err3);
        store_close(s);
        ssize_t w = write(pfd[1], report, strlen(report));
        _exit(w == (ssize_t)strlen(report) ? 0 : 5);
    }
    close(pfd[1]);
    char report[4096] = "";
    size_t got = 0;
    ssize_t n;
    while ((n = read(pfd[0], report + got, sizeof report - 1 - got)) > 0)
        got += (size_t)n;
    report[got] = '\0';
    close(pfd[0]);
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail_msg("child failed (status %d): %s", status, report);
    /* 1. the write that hit the limit: an error naming the file, what was done and why */
    char expect[600];
    snprintf(expect, sizeof expect, "1|%s: ", fx->db);
    if (strncmp(report, expect, strlen(expect)) != 0 || strstr(report, "File too large") == NULL)
        fail_msg("unclear disk-full message: %s", report);
    /* 2. and 3. the later write and the commit fail too */
    char *second = strchr(report, '\n');
    assert_non_null(second);
    assert_int_equal(strncmp(second + 1, "1|", 2), 0);
    /* SQLite rolled the transaction back itself: the store says so instead of writing on in
     * autocommit mode (which would have stored the series row below). */
    if (strstr(second, "already rolled back") == NULL && strstr(second, "disk I/O") == NULL)
        fail_msg("unclear message after a lost transaction: %s", second);
    char *third = strchr(second + 1, '\n');
    assert_non_null(third);
    assert_int_equal(strncmp(third + 1, "1|", 2), 0);

    char buf[128];
    assert_string_equal(raw_text(fx->db, "PRAGMA integrity_check", buf, sizeof buf), "ok");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), obs_before);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM series"), 1);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM fetch_state"), 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM runs"), 0);
    /* With room again, the store works. */
    store *s = open_ok(fx);
    char err[1024] = "";
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(write_batch(s, 100, -1, -1, err, sizeof err), STORE_OK);
    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), obs_before + 100);
}

/* ---- the Lua binding (styr.store) ----------------------------------------------------------- */

/* Runs src in a plain Lua state with `store` = styr.store and PATH = fx->db; returns its string
 * result in buf. */
static const char *run_binding(fixture *fx, const char *src, char *buf, size_t len)
{
    lua_State *L = luaL_newstate();
    assert_non_null(L);
    luaL_openlibs(L);
    luaL_requiref(L, "styr.store", luaopen_styr_store, 0);
    lua_setglobal(L, "store");
    lua_pushstring(L, fx->db);
    lua_setglobal(L, "PATH");
    int rc = luaL_loadstring(L, src);
    if (rc == LUA_OK)
        rc = lua_pcall(L, 0, 1, 0);
    snprintf(buf, len, "%s%s", rc == LUA_OK ? "" : "error: ",
             lua_tostring(L, -1) ? lua_tostring(L, -1) : "(not a string)");
    lua_close(L); /* also closes the database through __gc */
    return buf;
}

static void test_binding_put_and_latest(void **state)
{
    fixture *fx = *state;
    char buf[512];
    run_binding(fx,
                "local db = assert(store.open(PATH))\n"
                "local function put(period, obs)\n"
                "  obs.indicator, obs.title, obs.area, obs.gender, obs.period_kind, obs.period =\n"
                "    'i', 'T', '0580', 'T', 'year', period\n"
                "  local counts, what = assert(db:put_rows({ obs }, { outcomes = true }))\n"
                "  return what[1]\n"
                "end\n"
                "local a = put('2018', { value = 5, source = 's', vintage = 'v1' })\n"
                "local b = put('2018', { value = 5, source = 's', vintage = 'v2' })\n"
                "local c = put('2017', { note = 'Saknas', source = 's', vintage = 'v1' })\n"
                "local rows = assert(db:latest('i'))\n"
                "return table.concat({ tostring(a), tostring(b), tostring(c), #rows,\n"
                "  rows[1].period, rows[1].status, rows[1].note, rows[2].period,\n"
                "  rows[2].value }, ' ')",
                buf, sizeof buf);
    assert_string_equal(buf, "new unchanged new 2 2017 missing Saknas 2018 5.0");
    /* A refused file comes back as fail, message, kind. */
    write_bytes(fx->db, "not a database at all", 21);
    run_binding(fx, "local db, e, kind = store.open(PATH) return tostring(db) .. '|' .. kind", buf,
                sizeof buf);
    assert_string_equal(buf, "nil|refused");
}

/* A number in a text field of a value (db:put, now db:put_rows) used to be converted in a stack
 * slot that was popped at once, leaving a pointer to text the collector could free before it was
 * stored. Refused now. */
static void test_binding_put_refuses_numbers_as_text(void **state)
{
    fixture *fx = *state;
    char buf[512];
    run_binding(fx,
                "local db = assert(store.open(PATH))\n"
                "local ok, e = pcall(db.put_rows, db, { { indicator = 'i', title = 'T',\n"
                "  area = '0580', gender = 'T', period_kind = 'year', period = '2018',\n"
                "  text = 12, note = 34, source = 's', vintage = 'v' } })\n"
                "return tostring(ok) .. ' ' .. e",
                buf, sizeof buf);
    if (strncmp(buf, "false ", 6) != 0 ||
        strstr(buf, "field 'text' must be a string, not a number") == NULL)
        fail_msg("got '%s'", buf);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 0);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_new_database_gets_schema),
        T(test_empty_file_becomes_database),
        T(test_reopen_is_idempotent),
        T(test_refuses_text_file),
        T(test_refuses_short_file),
        T(test_refuses_file_with_binary_garbage),
        T(test_refuses_other_programs_database),
        T(test_refuses_other_programs_wal_database),
        T(test_refuses_foreign_application_id),
        T(test_refuses_database_of_newer_styr),
        T(test_refuses_damaged_database),
        T(test_open_is_cheap_and_checks_after_an_unclean_shutdown),
        T(test_check_on_demand_passes_a_sound_store),
        T(test_put_rows_prepares_once_and_reads_latest_once_per_series),
        T(test_refuses_truncated_database),
        T(test_refuses_folder),
        T(test_missing_folder_is_an_error),
        T(test_commit_and_rollback),
        T(test_second_writer_is_busy),
        T(test_indicator_definition),
        T(test_series_found_or_created),
        T(test_observation_vintages),
        T(test_as_of_and_formula_runs),
        T(test_definitions_history),
        T(test_migrates_v3_database),
        T(test_compact_provenance_and_its_migration),
        T(test_status_check_rebuilt_v10),
        T(test_observation_invalid),
        T(test_put_rows_batch),
        T(test_runs),
        T(test_migrates_v1_database),
        T(test_failed_migration_changes_nothing),
        T(test_observation_provenance),
        T(test_observation_new_changed_unchanged),
        T(test_fetch_state_round_trip),
        T(test_runs_history),
        T(test_run_succeeds_only_after_commit),
        T(test_status_queries),
        T(test_kill_during_large_transaction),
        T(test_disk_full_during_transaction),
        T(test_binding_put_and_latest),
        T(test_binding_put_refuses_numbers_as_text),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
