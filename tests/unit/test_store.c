/* Unit tests of core/store.c on real database files in a temporary folder: schema creation and
 * versioning, refusal of files that are not (or no longer) styr databases without writing to
 * them, transactions and the write lock, indicators, series, observation vintages and runs. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "modules.h"
#include "store.h"

/* ---- helpers ------------------------------------------------------------------------------- */

typedef struct fixture {
    char root[256]; /* mkdtemp folder, removed by the teardown */
    char db[300];   /* root/styr.db, not created by the setup */
    store *s;       /* closed by the teardown when a test leaves it open */
    store *s2;
} fixture;

static void remove_tree_at(int parent, const char *name)
{
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        DIR *d = fdopendir(fd);
        if (d != NULL) {
            struct dirent *e;
            while ((e = readdir(d)) != NULL)
                if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
                    remove_tree_at(dirfd(d), e->d_name);
            closedir(d);
        } else {
            close(fd);
        }
        unlinkat(parent, name, AT_REMOVEDIR);
    } else {
        unlinkat(parent, name, 0);
    }
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (fx == NULL)
        return -1;
    const char *tmp = getenv("TMPDIR");
    snprintf(fx->root, sizeof fx->root, "%s/styr-test-store-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (mkdtemp(fx->root) == NULL) {
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
    remove_tree_at(AT_FDCWD, fx->root);
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

/* A styr database with an indicator, a series and an observation, closed again. */
static void make_styr_db(fixture *fx)
{
    store *s = open_ok(fx);
    char err[1024];
    int64_t id = 0;
    int changed = 0;
    assert_int_equal(store_indicator_put(s, "ind1", "Indikator", "%", "up", "2019-10-01T00:00:00Z",
                                         err, sizeof err),
                     STORE_OK);
    assert_int_equal(store_series_get(s, "ind1", "0580", "T", "year", &id, err, sizeof err),
                     STORE_OK);
    for (int y = 2000; y < 2100; y++) {
        char period[16];
        snprintf(period, sizeof period, "%d", y);
        store_observation o = {1, y * 1.5, NULL, "ok", NULL, "config:init.lua:1",
                               "2019-10-01T00:00:00Z"};
        assert_int_equal(store_observation_put(s, id, period, &o, &changed, err, sizeof err),
                         STORE_OK);
    }
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
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                     "name IN ('indicators', 'series', 'observations', 'runs')"),
                     4);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                     "name = 'observations_by_period'"),
                     1);
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
    /* A reopened store keeps working. */
    store *s = open_ok(fx);
    char err[1024];
    int64_t id = 0;
    assert_int_equal(store_series_get(s, "ind1", "0580", "T", "year", &id, err, sizeof err),
                     STORE_OK);
    assert_int_equal(id, 1);
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
    raw_exec(fx->db, "CREATE TABLE contacts (name TEXT, phone TEXT);"
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
    assert_non_null(strstr(err, "schema version 2"));
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
    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(
        store_indicator_put(s, "gone", "Rolled back", NULL, NULL, now, err, sizeof err), STORE_OK);
    assert_int_equal(store_rollback(s), STORE_OK);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 0);

    assert_int_equal(store_begin(s, err, sizeof err), STORE_OK);
    assert_int_equal(store_indicator_put(s, "kept", "Committed", NULL, NULL, now, err, sizeof err),
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
    assert_int_equal(store_run_start(s, "sync", "2019-10-01T00:00:00Z", &(int64_t){0}, err,
                                     sizeof err),
                     STORE_OK);

    /* Opening (reading the header) works while the other holds the write lock. */
    assert_int_equal(store_open(fx->db, 150, &fx->s2, err, sizeof err), STORE_OK);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    assert_int_equal(store_begin(fx->s2, err, sizeof err), STORE_BUSY);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long waited_ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    assert_in_range(waited_ms, 100, 5000);
    assert_non_null(strstr(err, "locked by another styr process"));
    assert_non_null(strstr(err, "waited 150 ms"));
    assert_non_null(strstr(err, fx->db));

    assert_int_equal(store_commit(s, err, sizeof err), STORE_OK);
    assert_int_equal(store_begin(fx->s2, err, sizeof err), STORE_OK);
    assert_int_equal(store_commit(fx->s2, err, sizeof err), STORE_OK);
}

/* ---- indicators and series ----------------------------------------------------------------- */

static void test_indicator_put(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "", buf[128];
    assert_int_equal(store_indicator_put(s, "ind1", "Första titel", "%", "up",
                                         "2019-01-01T00:00:00Z", err, sizeof err),
                     STORE_OK);
    /* An unchanged definition writes nothing: updated_at stays. */
    assert_int_equal(store_indicator_put(s, "ind1", "Första titel", "%", "up",
                                         "2019-02-02T00:00:00Z", err, sizeof err),
                     STORE_OK);
    assert_string_equal(raw_text(fx->db, "SELECT updated_at FROM indicators", buf, sizeof buf),
                        "2019-01-01T00:00:00Z");
    /* A changed unit (to NULL) is an update. */
    assert_int_equal(store_indicator_put(s, "ind1", "Första titel", NULL, "up",
                                         "2019-03-03T00:00:00Z", err, sizeof err),
                     STORE_OK);
    assert_string_equal(raw_text(fx->db, "SELECT updated_at FROM indicators", buf, sizeof buf),
                        "2019-03-03T00:00:00Z");
    assert_string_equal(raw_text(fx->db, "SELECT unit FROM indicators", buf, sizeof buf), "NULL");
    assert_string_equal(raw_text(fx->db, "SELECT title FROM indicators", buf, sizeof buf),
                        "Första titel");
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 1);

    assert_int_equal(store_indicator_put(s, NULL, "t", NULL, NULL, "now", err, sizeof err),
                     STORE_INVALID);
    assert_int_equal(store_indicator_put(s, "x", NULL, NULL, NULL, "now", err, sizeof err),
                     STORE_INVALID);
    assert_int_equal(store_indicator_put(s, "x", "t", NULL, NULL, NULL, err, sizeof err),
                     STORE_INVALID);
    assert_non_null(strstr(err, "required"));
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM indicators"), 1);
}

static void test_series_get(void **state)
{
    fixture *fx = *state;
    store *s = open_ok(fx);
    char err[1024] = "";
    int64_t a = 0, b = 0, c = 0;
    assert_int_equal(store_indicator_put(s, "ind1", "T", NULL, NULL, "now", err, sizeof err),
                     STORE_OK);
    assert_int_equal(store_series_get(s, "ind1", "0580", "T", "year", &a, err, sizeof err),
                     STORE_OK);
    assert_int_equal(store_series_get(s, "ind1", "0580", "T", "year", &b, err, sizeof err),
                     STORE_OK);
    assert_true(a > 0);
    assert_int_equal(a, b);
    assert_int_equal(store_series_get(s, "ind1", "0580", "K", "year", &c, err, sizeof err),
                     STORE_OK);
    assert_int_not_equal(a, c);
    assert_int_equal(store_series_get(s, "ind1", "0580", "M", "tertial", &b, err, sizeof err),
                     STORE_OK);
    assert_int_not_equal(b, c);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM series"), 3);

    int64_t untouched = -1;
    assert_int_equal(store_series_get(s, "ind1", "0580", "X", "year", &untouched, err, sizeof err),
                     STORE_INVALID);
    assert_non_null(strstr(err, "gender must be T, K or M, not 'X'"));
    assert_int_equal(store_series_get(s, "ind1", "0580", "", "year", &untouched, err, sizeof err),
                     STORE_INVALID);
    assert_int_equal(store_series_get(s, "ind1", NULL, "T", "year", &untouched, err, sizeof err),
                     STORE_INVALID);
    assert_int_equal(untouched, -1);
    /* A series of an indicator that was never stored breaks the foreign key. */
    assert_int_equal(store_series_get(s, "nope", "0580", "T", "year", &untouched, err, sizeof err),
                     STORE_ERROR);
    assert_non_null(strstr(err, "storing a series"));
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM series"), 3);
}

/* ---- observations and vintages ------------------------------------------------------------- */

typedef struct collected {
    int n;
    int stop_after; /* 0: never */
    char lines[16][200];
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
    int64_t id = 0;
    int changed = -1;
    assert_int_equal(store_indicator_put(s, "ind1", "T", NULL, NULL, "now", err, sizeof err),
                     STORE_OK);
    assert_int_equal(store_series_get(s, "ind1", "0580", "T", "year", &id, err, sizeof err),
                     STORE_OK);

    store_observation o = {1, 12.5, NULL, "ok", NULL, "config:init.lua:3", "2019-01-01T00:00:00Z"};
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, 1);

    /* The same value again, from another source at a later time: not a new vintage. */
    o.source = "https://example.org/kolada";
    o.vintage = "2019-02-01T00:00:00Z";
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 1);

    /* A revised value is a new vintage; the earlier one is kept. */
    o.value = 13.25;
    o.vintage = "2019-03-01T00:00:00Z";
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, 1);
    /* So is a change of status, or of the note alone. */
    o.status = "preliminary";
    o.vintage = "2019-04-01T00:00:00Z";
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, 1);
    o.note = "reviderad";
    o.vintage = "2019-05-01T00:00:00Z";
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations WHERE period = '2018'"),
                     4);

    /* A missing value with its reason; then the value turns up. */
    store_observation m = {0, 0.0, NULL, "missing", "ej rapporterat", "config:init.lua:9",
                           "2019-01-01T00:00:00Z"};
    assert_int_equal(store_observation_put(s, id, "2019", &m, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(store_observation_put(s, id, "2019", &m, &changed, err, sizeof err), STORE_OK);
    assert_int_equal(changed, 0);
    store_observation v0 = {1, 0.0, NULL, "missing", "ej rapporterat", "config:init.lua:9",
                            "2019-06-01T00:00:00Z"};
    assert_int_equal(store_observation_put(s, id, "2019", &v0, &changed, err, sizeof err),
                     STORE_OK);
    assert_int_equal(changed, 1); /* 0 is a value, unlike no value */

    /* A text value in another series. */
    int64_t id2 = 0;
    assert_int_equal(store_series_get(s, "ind1", "0580", "K", "year", &id2, err, sizeof err),
                     STORE_OK);
    store_observation t = {0, 0.0, "Ja", "ok", NULL, "config:init.lua:12", "2019-01-01T00:00:00Z"};
    assert_int_equal(store_observation_put(s, id2, "2018", &t, &changed, err, sizeof err),
                     STORE_OK);
    assert_int_equal(changed, 1);
    t.text = "Nej";
    assert_int_equal(store_observation_put(s, id2, "2018", &t, &changed, err, sizeof err),
                     STORE_OK);
    assert_int_equal(changed, 1);

    /* Only the latest vintage of each (series, period), ordered by area, gender, period. */
    collected c = {0};
    assert_int_equal(store_latest_each(s, "ind1", collect, &c, err, sizeof err), STORE_OK);
    assert_int_equal(c.n, 3);
    assert_string_equal(c.lines[0], "0580 K year 2018 - Nej ok - config:init.lua:12 "
                                    "2019-01-01T00:00:00Z");
    assert_string_equal(c.lines[1], "0580 T year 2018 13.25 - preliminary reviderad "
                                    "https://example.org/kolada 2019-05-01T00:00:00Z");
    assert_string_equal(c.lines[2], "0580 T year 2019 0 - missing ej rapporterat "
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
    int64_t id = 0;
    int changed = -1;
    assert_int_equal(store_indicator_put(s, "ind1", "T", NULL, NULL, "now", err, sizeof err),
                     STORE_OK);
    assert_int_equal(store_series_get(s, "ind1", "0580", "T", "year", &id, err, sizeof err),
                     STORE_OK);
    store_observation o = {1, 1.0, NULL, "ok", NULL, "src", "2019-01-01T00:00:00Z"};

    o.vintage = NULL;
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err),
                     STORE_INVALID);
    assert_int_equal(changed, 0);
    o.vintage = "2019-01-01T00:00:00Z";
    o.source = NULL;
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err),
                     STORE_INVALID);
    o.source = "src";
    o.status = NULL;
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err),
                     STORE_INVALID);
    o.status = "ok";
    assert_int_equal(store_observation_put(s, id, NULL, &o, &changed, err, sizeof err),
                     STORE_INVALID);
    assert_non_null(strstr(err, "observation needs"));

    /* A status outside the list breaks the table's CHECK. */
    o.status = "guessed";
    changed = -1;
    assert_int_equal(store_observation_put(s, id, "2018", &o, &changed, err, sizeof err),
                     STORE_ERROR);
    assert_int_equal(changed, 0);
    assert_non_null(strstr(err, "storing an observation"));
    /* An unknown series breaks the foreign key. */
    o.status = "ok";
    assert_int_equal(store_observation_put(s, id + 100, "2018", &o, &changed, err, sizeof err),
                     STORE_ERROR);
    assert_int_equal(changed, 0);
    assert_int_equal(raw_int(fx->db, "SELECT count(*) FROM observations"), 0);
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
    assert_int_equal(store_run_start(s, "report uppfoljning", "2019-10-01T11:00:00Z", &r2, err,
                                     sizeof err),
                     STORE_OK);
    assert_true(r1 > 0);
    assert_true(r2 > r1);
    assert_string_equal(raw_text(fx->db, "SELECT outcome FROM runs WHERE id = 1", buf, sizeof buf),
                        "running");
    assert_string_equal(
        raw_text(fx->db, "SELECT finished_at FROM runs WHERE id = 1", buf, sizeof buf), "NULL");

    assert_int_equal(store_run_finish(s, r1, "2019-10-01T10:00:05Z", "succeeded", NULL, err,
                                      sizeof err),
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
                "assert(db:indicator('i', 'T', nil, nil, '2019-01-01T00:00:00Z'))\n"
                "local sid = assert(db:series('i', '0580', 'T', 'year'))\n"
                "local a = db:put(sid, '2018', { value = 5, source = 's', vintage = 'v1' })\n"
                "local b = db:put(sid, '2018', { value = 5, source = 's', vintage = 'v2' })\n"
                "local c = db:put(sid, '2017', { note = 'Saknas', source = 's', vintage = 'v1' })\n"
                "local rows = assert(db:latest('i'))\n"
                "return table.concat({ tostring(a), tostring(b), tostring(c), #rows,\n"
                "  rows[1].period, rows[1].status, rows[1].note, rows[2].period,\n"
                "  rows[2].value }, ' ')",
                buf, sizeof buf);
    assert_string_equal(buf, "true false true 2 2017 missing Saknas 2018 5.0");
    /* A refused file comes back as fail, message, kind. */
    write_bytes(fx->db, "not a database at all", 21);
    run_binding(fx, "local db, e, kind = store.open(PATH) return tostring(db) .. '|' .. kind",
                buf, sizeof buf);
    assert_string_equal(buf, "nil|refused");
}

/* A number in a text field of db:put used to be converted in a stack slot that was popped at
 * once, leaving a pointer to text the collector could free before it was stored. Refused now. */
static void test_binding_put_refuses_numbers_as_text(void **state)
{
    fixture *fx = *state;
    char buf[512];
    run_binding(fx,
                "local db = assert(store.open(PATH))\n"
                "assert(db:indicator('i', 'T', nil, nil, '2019-01-01T00:00:00Z'))\n"
                "local sid = assert(db:series('i', '0580', 'T', 'year'))\n"
                "local ok, e = pcall(db.put, db, sid, '2018',\n"
                "  { text = 12, note = 34, source = 's', vintage = 'v' })\n"
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
        T(test_refuses_truncated_database),
        T(test_refuses_folder),
        T(test_missing_folder_is_an_error),
        T(test_commit_and_rollback),
        T(test_second_writer_is_busy),
        T(test_indicator_put),
        T(test_series_get),
        T(test_observation_vintages),
        T(test_observation_invalid),
        T(test_runs),
        T(test_binding_put_and_latest),
        T(test_binding_put_refuses_numbers_as_text),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
