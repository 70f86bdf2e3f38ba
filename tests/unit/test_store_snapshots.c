/* Unit tests of the store's configuration snapshots and run notes (core/store/store_snapshots.c)
 * on real database files: a snapshot is stored once per distinct set of files and each distinct
 * file content once, its files come back byte for byte, the snapshot in force at a time is the
 * one of the newest succeeded run started by then, a failed put leaves nothing, and a run's slot,
 * base URL, warnings and snapshot are recorded and read back with the run history. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_util.h"

#include <sqlite3.h>

#include "store/store.h"

typedef struct fixture {
    char root[256];
    char db[300];
    store *s;
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (fx == NULL || test_make_tmpdir(fx->root, sizeof fx->root, "snapshots") == NULL) {
        free(fx);
        return -1;
    }
    snprintf(fx->db, sizeof fx->db, "%s/styr.db", fx->root);
    char err[512];
    if (store_open(fx->db, 1000, &fx->s, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    store_close(fx->s);
    test_remove_tree_at(AT_FDCWD, fx->root);
    free(fx);
    return 0;
}

static long long count(fixture *fx, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    long long n = -1;
    if (sqlite3_open_v2(fx->db, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

#define FILE_OF(p, text)                                                                           \
    {                                                                                              \
        p, text, sizeof text - 1                                                                   \
    }

/* A run started at `started` that succeeded (or failed) and recorded snapshot id. */
static int64_t run_with(fixture *fx, const char *started, const char *outcome, int64_t snapshot)
{
    char err[512];
    int64_t run = 0;
    assert_int_equal(store_run_start(fx->s, "report r", started, &run, err, sizeof err), STORE_OK);
    store_run_note n = {NULL, NULL, NULL, snapshot};
    assert_int_equal(store_run_note_put(fx->s, run, &n, err, sizeof err), STORE_OK);
    assert_int_equal(store_run_finish(fx->s, run, started, outcome, NULL, err, sizeof err),
                     STORE_OK);
    return run;
}

typedef struct found {
    int calls;
    int64_t id, run_id, files;
    char digest[64];
} found;

static int found_cb(void *ud, const store_snapshot *sn)
{
    found *f = ud;
    f->calls++;
    f->id = sn->id;
    f->run_id = sn->run_id;
    f->files = sn->files;
    snprintf(f->digest, sizeof f->digest, "%s", sn->digest);
    return 0;
}

typedef struct listing {
    int n;
    char text[1024];
} listing;

static int file_cb(void *ud, const store_config_file *f)
{
    listing *l = ud;
    size_t used = strlen(l->text);
    snprintf(l->text + used, sizeof l->text - used, "%s=%.*s;", f->path, (int)f->len,
             (const char *)f->body);
    l->n++;
    return 0;
}

static void test_stored_once_per_content(void **state)
{
    fixture *fx = *state;
    char err[512];
    store_config_file v1[] = {FILE_OF("init.lua", "include \"goals.lua\"\n"),
                              FILE_OF("goals.lua", "goal \"G\" { title = \"G\" }\n")};
    int64_t id1 = 0, id2 = 0, id3 = 0;
    int is_new = -1;
    assert_int_equal(
        store_snapshot_put(fx->s, v1, 2, "2019-10-01T00:00:00Z", &id1, &is_new, err, sizeof err),
        STORE_OK);
    assert_true(id1 > 0);
    assert_int_equal(is_new, 1);
    /* The same files in another order: the same snapshot, nothing added. */
    store_config_file again[] = {v1[1], v1[0]};
    assert_int_equal(
        store_snapshot_put(fx->s, again, 2, "2019-10-02T00:00:00Z", &id2, &is_new, err, sizeof err),
        STORE_OK);
    assert_int_equal(id2, id1);
    assert_int_equal(is_new, 0);
    assert_int_equal(count(fx, "SELECT count(*) FROM config_snapshots"), 1);
    assert_int_equal(count(fx, "SELECT count(*) FROM config_contents"), 2);
    /* One file changed: a new snapshot; the unchanged file's content is not stored again. */
    store_config_file v2[] = {v1[0], FILE_OF("goals.lua", "goal \"G\" { title = \"Ny\" }\n")};
    assert_int_equal(
        store_snapshot_put(fx->s, v2, 2, "2019-10-03T00:00:00Z", &id3, &is_new, err, sizeof err),
        STORE_OK);
    assert_true(id3 != id1);
    assert_int_equal(is_new, 1);
    assert_int_equal(count(fx, "SELECT count(*) FROM config_snapshots"), 2);
    assert_int_equal(count(fx, "SELECT count(*) FROM config_contents"), 3);
    /* Each snapshot's files come back as they were, ordered by path. */
    listing l = {0, ""};
    assert_int_equal(store_snapshot_files_each(fx->s, id1, file_cb, &l, err, sizeof err), STORE_OK);
    assert_int_equal(l.n, 2);
    assert_string_equal(
        l.text, "goals.lua=goal \"G\" { title = \"G\" }\n;init.lua=include \"goals.lua\"\n;");
    listing l3 = {0, ""};
    assert_int_equal(store_snapshot_files_each(fx->s, id3, file_cb, &l3, err, sizeof err),
                     STORE_OK);
    assert_non_null(strstr(l3.text, "title = \"Ny\""));
    /* An empty file is a file too. */
    store_config_file empty[] = {FILE_OF("init.lua", "")};
    int64_t id4 = 0;
    assert_int_equal(
        store_snapshot_put(fx->s, empty, 1, "2019-10-04T00:00:00Z", &id4, &is_new, err, sizeof err),
        STORE_OK);
    listing l4 = {0, ""};
    assert_int_equal(store_snapshot_files_each(fx->s, id4, file_cb, &l4, err, sizeof err),
                     STORE_OK);
    assert_string_equal(l4.text, "init.lua=;");
}

static void test_refused_puts_leave_nothing(void **state)
{
    fixture *fx = *state;
    char err[512];
    int64_t id = 0;
    int is_new = 0;
    store_config_file twice[] = {FILE_OF("init.lua", "a"), FILE_OF("init.lua", "b")};
    assert_int_equal(store_snapshot_put(fx->s, twice, 2, "t", &id, &is_new, err, sizeof err),
                     STORE_INVALID);
    assert_non_null(strstr(err, "the file init.lua is given twice"));
    store_config_file nameless[] = {{NULL, "x", 1}};
    assert_int_equal(store_snapshot_put(fx->s, nameless, 1, "t", &id, &is_new, err, sizeof err),
                     STORE_INVALID);
    assert_int_equal(store_snapshot_put(fx->s, twice, 0, "t", &id, &is_new, err, sizeof err),
                     STORE_INVALID);
    assert_int_equal(id, 0);
    assert_int_equal(count(fx, "SELECT count(*) FROM config_contents"), 0);
    assert_int_equal(count(fx, "SELECT count(*) FROM config_snapshots"), 0);
    /* Inside a transaction that is rolled back, nothing stays either. */
    store_config_file ok[] = {FILE_OF("init.lua", "x")};
    assert_int_equal(store_begin(fx->s, err, sizeof err), STORE_OK);
    assert_int_equal(store_snapshot_put(fx->s, ok, 1, "t", &id, &is_new, err, sizeof err),
                     STORE_OK);
    store_rollback(fx->s);
    assert_int_equal(count(fx, "SELECT count(*) FROM config_snapshots"), 0);
    listing l = {0, ""};
    assert_int_equal(store_snapshot_files_each(fx->s, 99, file_cb, &l, err, sizeof err),
                     STORE_INVALID);
    assert_non_null(strstr(err, "no configuration snapshot 99 is stored"));
}

static void test_snapshot_in_force(void **state)
{
    fixture *fx = *state;
    char err[512];
    store_config_file a[] = {FILE_OF("init.lua", "-- a\n")};
    store_config_file b[] = {FILE_OF("init.lua", "-- b\n")};
    int64_t ida = 0, idb = 0;
    int is_new;
    assert_int_equal(
        store_snapshot_put(fx->s, a, 1, "2019-10-01T08:00:00Z", &ida, &is_new, err, sizeof err),
        STORE_OK);
    assert_int_equal(
        store_snapshot_put(fx->s, b, 1, "2019-10-05T08:00:00Z", &idb, &is_new, err, sizeof err),
        STORE_OK);
    found none = {0};
    assert_int_equal(
        store_snapshot_at(fx->s, "2019-12-31T00:00:00Z", found_cb, &none, err, sizeof err),
        STORE_OK);
    assert_int_equal(none.calls, 0); /* no run recorded one yet */
    int64_t r1 = run_with(fx, "2019-10-01T08:00:00Z", "succeeded", ida);
    run_with(fx, "2019-10-03T08:00:00Z", "failed", idb); /* a failed run is not what was seen */
    int64_t r3 = run_with(fx, "2019-10-05T08:00:00Z", "succeeded", idb);
    found f = {0};
    assert_int_equal(
        store_snapshot_at(fx->s, "2019-09-30T23:59:59Z", found_cb, &f, err, sizeof err), STORE_OK);
    assert_int_equal(f.calls, 0);
    found at1 = {0};
    assert_int_equal(
        store_snapshot_at(fx->s, "2019-10-01T08:00:00Z", found_cb, &at1, err, sizeof err),
        STORE_OK);
    assert_int_equal(at1.calls, 1);
    assert_int_equal(at1.id, ida);
    assert_int_equal(at1.run_id, r1);
    assert_int_equal(at1.files, 1);
    assert_non_null(strstr(at1.digest, "fnv1a64:"));
    found at4 = {0};
    assert_int_equal(
        store_snapshot_at(fx->s, "2019-10-04T00:00:00Z", found_cb, &at4, err, sizeof err),
        STORE_OK);
    assert_int_equal(at4.id, ida); /* the failed run of 3 October does not count */
    found at9 = {0};
    assert_int_equal(
        store_snapshot_at(fx->s, "2019-10-09T00:00:00Z", found_cb, &at9, err, sizeof err),
        STORE_OK);
    assert_int_equal(at9.id, idb);
    assert_int_equal(at9.run_id, r3);
    found first = {0};
    assert_int_equal(store_snapshot_first(fx->s, found_cb, &first, err, sizeof err), STORE_OK);
    assert_int_equal(first.id, ida);
}

typedef struct seen_run {
    char slot[64], base_url[128], warnings[256];
    int64_t snapshot;
} seen_run;

static int run_cb(void *ud, const store_run *r)
{
    seen_run *s = ud;
    snprintf(s->slot, sizeof s->slot, "%s", r->slot ? r->slot : "(null)");
    snprintf(s->base_url, sizeof s->base_url, "%s", r->base_url ? r->base_url : "(null)");
    snprintf(s->warnings, sizeof s->warnings, "%s", r->warnings ? r->warnings : "(null)");
    s->snapshot = r->config_snapshot;
    return 1; /* the newest run only */
}

static void test_run_notes(void **state)
{
    fixture *fx = *state;
    char err[512];
    int64_t run = 0;
    assert_int_equal(store_run_start_ex(fx->s, "job hamta @2019-10-01T03:00:00Z", "job:hamta",
                                        "schedule", "2019-10-01T03:00:05Z", &run, err, sizeof err),
                     STORE_OK);
    store_run_note n = {"2019-10-01T03:00:00Z", "http://127.0.0.1:1/v3",
                        "kolada: no value for N00945, area 0580, 2019", 0};
    assert_int_equal(store_run_note_put(fx->s, run, &n, err, sizeof err), STORE_OK);
    seen_run s = {"", "", "", -1};
    assert_int_equal(store_runs_each(fx->s, NULL, run_cb, &s, err, sizeof err), 1);
    assert_string_equal(s.slot, "2019-10-01T03:00:00Z");
    assert_string_equal(s.base_url, "http://127.0.0.1:1/v3");
    assert_string_equal(s.warnings, "kolada: no value for N00945, area 0580, 2019");
    assert_int_equal(s.snapshot, 0);
    /* NULL keeps what is recorded; "" clears the warnings. */
    store_run_note keep = {NULL, NULL, "", 0};
    assert_int_equal(store_run_note_put(fx->s, run, &keep, err, sizeof err), STORE_OK);
    assert_int_equal(store_runs_each(fx->s, NULL, run_cb, &s, err, sizeof err), 1);
    assert_string_equal(s.slot, "2019-10-01T03:00:00Z");
    assert_string_equal(s.warnings, "(null)");
    /* An unknown run or snapshot is refused. */
    assert_int_equal(store_run_note_put(fx->s, run + 1, &n, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "no such run was started"));
    store_run_note bad = {NULL, NULL, NULL, 42};
    assert_int_equal(store_run_note_put(fx->s, run, &bad, err, sizeof err), STORE_INVALID);
    assert_non_null(strstr(err, "names a configuration snapshot that is not stored"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_stored_once_per_content),
        T(test_refused_puts_leave_nothing),
        T(test_snapshot_in_force),
        T(test_run_notes),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
