/* What a run was: the configuration snapshot it ran with (content-addressed: each distinct file
 * content once, each distinct set of files once), and the notes beside its outcome (the
 * scheduler's slot, the base URL of a fetch, its warnings). Part of the store (store.h); its
 * shared internals are in store_db.h. */
#include "store/store.h"
#include "store_db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

/* ---- snapshots ----------------------------------------------------------------------------- */

/* qsort's order of files: by path. */
static int by_path(const void *a, const void *b)
{
    const store_config_file *const *x = a, *const *y = b;
    return strcmp((*x)->path, (*y)->path);
}

/* Finds the content row holding exactly these bytes, or adds one; *id is its id. */
static int content_id(store *s, const store_config_file *f, int64_t *id, char *err, size_t errlen)
{
    const char *doing = "storing the configuration's files";
    char hash[STORE_HASH_SIZE];
    store_hash(f->len ? f->body : "", f->len, hash);
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(s,
                           "SELECT id, body FROM config_contents WHERE hash = ?1 AND "
                           "length(body) = ?2",
                           &st, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)f->len);
    int src;
    *id = 0;
    /* The hash only narrows the search: the bytes decide. */
    while (*id == 0 && (src = sqlite3_step(st)) == SQLITE_ROW) {
        const void *old = sqlite3_column_blob(st, 1);
        if (f->len == 0 || (old != NULL && memcmp(old, f->body, f->len) == 0))
            *id = sqlite3_column_int64(st, 0);
    }
    if (*id == 0 && src != SQLITE_DONE) {
        rc = store_db_fail(s, src, doing, err, errlen);
        sqlite3_finalize(st);
        return rc;
    }
    sqlite3_finalize(st);
    if (*id != 0)
        return STORE_OK;
    if ((rc = store_prepare(s, "INSERT INTO config_contents (hash, body) VALUES (?1, ?2)", &st,
                            doing, err, errlen)) != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
    if (f->len > 0)
        sqlite3_bind_blob64(st, 2, f->body, f->len, SQLITE_STATIC);
    else
        sqlite3_bind_zeroblob(st, 2, 0);
    if ((rc = store_step_done(s, st, doing, err, errlen)) != STORE_OK)
        return rc;
    *id = sqlite3_last_insert_rowid(s->db);
    return STORE_OK;
}

/* A growing text buffer; ok is 0 after an allocation failed. */
typedef struct text {
    char *p;
    size_t len, cap;
    int ok;
} text;

static void text_add(text *t, const char *s, size_t n)
{
    if (!t->ok)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + n + 1)
            cap *= 2;
        char *p = realloc(t->p, cap);
        if (p == NULL) {
            t->ok = 0;
            return;
        }
        t->p = p;
        t->cap = cap;
    }
    memcpy(t->p + t->len, s, n);
    t->len += n;
    t->p[t->len] = '\0';
}

/* Stores the snapshot of the sorted files (ids: their content ids); the work of
 * store_snapshot_put inside its savepoint. */
static int put_sorted(store *s, const store_config_file **sorted, size_t n, const char *created_at,
                      int64_t *snapshot_id, int *is_new, char *err, size_t errlen)
{
    const char *doing = "storing the configuration snapshot";
    int64_t *ids = calloc(n, sizeof *ids);
    text manifest = {NULL, 0, 0, 1}, digest_src = {NULL, 0, 0, 1};
    int rc =
        ids ? STORE_OK : store_fail(err, errlen, STORE_ERROR, "%s: %s", doing, "out of memory");
    for (size_t i = 0; i < n && rc == STORE_OK; i++) {
        rc = content_id(s, sorted[i], &ids[i], err, errlen);
        if (rc != STORE_OK)
            break;
        /* The manifest names contents by id (one row per distinct content), so equal manifests
         * are equal snapshots; the digest is for people, over the paths and bytes' hashes. */
        char line[64], hash[STORE_HASH_SIZE];
        snprintf(line, sizeof line, "%lld\t", (long long)ids[i]);
        text_add(&manifest, line, strlen(line));
        text_add(&manifest, sorted[i]->path, strlen(sorted[i]->path));
        text_add(&manifest, "\n", 1);
        store_hash(sorted[i]->len ? sorted[i]->body : "", sorted[i]->len, hash);
        text_add(&digest_src, sorted[i]->path, strlen(sorted[i]->path));
        text_add(&digest_src, "\t", 1);
        text_add(&digest_src, hash, strlen(hash));
        text_add(&digest_src, "\n", 1);
    }
    if (rc == STORE_OK && (!manifest.ok || !digest_src.ok))
        rc = store_fail(err, errlen, STORE_ERROR, "%s: %s", doing, "out of memory");
    sqlite3_stmt *st = NULL;
    if (rc == STORE_OK &&
        (rc = store_prepare(s, "SELECT id FROM config_snapshots WHERE manifest = ?1", &st, doing,
                            err, errlen)) == STORE_OK) {
        sqlite3_bind_text(st, 1, manifest.p, (int)manifest.len, SQLITE_TRANSIENT);
        int src = sqlite3_step(st);
        if (src == SQLITE_ROW) {
            *snapshot_id = sqlite3_column_int64(st, 0);
            *is_new = 0;
        } else if (src != SQLITE_DONE) {
            rc = store_db_fail(s, src, doing, err, errlen);
        }
        sqlite3_finalize(st);
    }
    if (rc == STORE_OK && *snapshot_id == 0) {
        char digest[STORE_HASH_SIZE];
        store_hash(digest_src.p, digest_src.len, digest);
        rc = store_prepare(s,
                           "INSERT INTO config_snapshots (digest, manifest, created_at) "
                           "VALUES (?1, ?2, ?3)",
                           &st, doing, err, errlen);
        if (rc == STORE_OK) {
            sqlite3_bind_text(st, 1, digest, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, manifest.p, (int)manifest.len, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 3, created_at, -1, SQLITE_TRANSIENT);
            rc = store_step_done(s, st, doing, err, errlen);
        }
        if (rc == STORE_OK) {
            *snapshot_id = sqlite3_last_insert_rowid(s->db);
            *is_new = 1;
        }
        for (size_t i = 0; i < n && rc == STORE_OK; i++) {
            rc = store_prepare(s,
                               "INSERT INTO config_snapshot_files (snapshot_id, path, content_id) "
                               "VALUES (?1, ?2, ?3)",
                               &st, doing, err, errlen);
            if (rc != STORE_OK)
                break;
            sqlite3_bind_int64(st, 1, *snapshot_id);
            sqlite3_bind_text(st, 2, sorted[i]->path, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 3, ids[i]);
            rc = store_step_done(s, st, doing, err, errlen);
        }
    }
    free(ids);
    free(manifest.p);
    free(digest_src.p);
    return rc;
}

#define SNAPSHOT_SAVEPOINT "styr_snapshot_put"

int store_snapshot_put(store *s, const store_config_file *files, size_t n, const char *created_at,
                       int64_t *snapshot_id, int *is_new, char *err, size_t errlen)
{
    *snapshot_id = 0;
    *is_new = 0;
    if (n == 0 || files == NULL || created_at == NULL)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "a configuration snapshot needs its files and the time it was taken", "");
    const store_config_file **sorted = malloc(n * sizeof *sorted);
    if (sorted == NULL)
        return store_fail(err, errlen, STORE_ERROR, "%s: %s", "storing the configuration snapshot",
                          "out of memory");
    for (size_t i = 0; i < n; i++)
        sorted[i] = &files[i];
    int rc = STORE_OK;
    for (size_t i = 0; i < n && rc == STORE_OK; i++)
        if (files[i].path == NULL || files[i].path[0] == '\0' ||
            (files[i].body == NULL && files[i].len > 0))
            rc = store_fail(err, errlen, STORE_INVALID, "configuration snapshot: file %s%s",
                            files[i].path ? files[i].path : "(without a path)",
                            " needs a path and its bytes");
    if (rc == STORE_OK) {
        qsort(sorted, n, sizeof *sorted, by_path);
        for (size_t i = 1; i < n && rc == STORE_OK; i++)
            if (strcmp(sorted[i - 1]->path, sorted[i]->path) == 0)
                rc = store_fail(err, errlen, STORE_INVALID,
                                "configuration snapshot: the file %s is given twice%s",
                                sorted[i]->path, "");
    }
    if (rc == STORE_OK)
        rc = store_check_txn(s, "storing the configuration snapshot", err, errlen);
    if (rc != STORE_OK) {
        free(sorted);
        return rc;
    }
    /* As store_put_rows: inside the caller's transaction a savepoint, outside one its own. */
    int own = !s->in_txn;
    rc = own ? store_begin(s, err, errlen)
             : store_exec(s, "SAVEPOINT " SNAPSHOT_SAVEPOINT, "storing the configuration snapshot",
                          err, errlen);
    if (rc == STORE_OK) {
        rc = put_sorted(s, sorted, n, created_at, snapshot_id, is_new, err, errlen);
        if (rc == STORE_OK) {
            store_wrote_data(s);
            rc = own ? store_commit(s, err, errlen)
                     : store_exec(s, "RELEASE " SNAPSHOT_SAVEPOINT,
                                  "storing the configuration snapshot", err, errlen);
        }
        if (rc != STORE_OK) {
            if (own)
                store_rollback(s);
            else if (!sqlite3_get_autocommit(s->db))
                sqlite3_exec(s->db,
                             "ROLLBACK TO " SNAPSHOT_SAVEPOINT "; RELEASE " SNAPSHOT_SAVEPOINT,
                             NULL, NULL, NULL);
            *snapshot_id = 0;
            *is_new = 0;
        }
    }
    free(sorted);
    return rc;
}

#define SNAPSHOT_COLUMNS                                                                           \
    "sn.id, sn.digest, sn.created_at, "                                                            \
    "(SELECT count(*) FROM config_snapshot_files f WHERE f.snapshot_id = sn.id), "                 \
    "r.id, r.command, r.started_at "

/* Hands the one row of a snapshot query to cb, if there is one; finalizes st. */
static int one_snapshot(store *s, sqlite3_stmt *st, store_snapshot_cb cb, void *ud,
                        const char *doing, char *err, size_t errlen)
{
    int src = sqlite3_step(st), rc = STORE_OK;
    if (src == SQLITE_ROW) {
        store_snapshot sn = {
            .id = sqlite3_column_int64(st, 0),
            .digest = (const char *)sqlite3_column_text(st, 1),
            .created_at = (const char *)sqlite3_column_text(st, 2),
            .files = sqlite3_column_int64(st, 3),
            .run_id = sqlite3_column_int64(st, 4),
            .run_command = (const char *)sqlite3_column_text(st, 5),
            .run_started = (const char *)sqlite3_column_text(st, 6),
        };
        rc = cb(ud, &sn);
    } else if (src != SQLITE_DONE) {
        rc = store_db_fail(s, src, doing, err, errlen);
    }
    sqlite3_finalize(st);
    return rc;
}

int store_snapshot_at(store *s, const char *as_of, store_snapshot_cb cb, void *ud, char *err,
                      size_t errlen)
{
    const char *doing = "finding the configuration snapshot in force";
    if (as_of == NULL)
        return store_fail(err, errlen, STORE_INVALID, "%s: %s", doing, "a time is required");
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(s,
                           "SELECT " SNAPSHOT_COLUMNS
                           "FROM runs r JOIN config_snapshots sn ON sn.id = r.config_snapshot "
                           "WHERE r.outcome = 'succeeded' AND r.started_at <= ?1 "
                           "ORDER BY r.started_at DESC, r.id DESC LIMIT 1",
                           &st, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, as_of, -1, SQLITE_TRANSIENT);
    return one_snapshot(s, st, cb, ud, doing, err, errlen);
}

int store_snapshot_first(store *s, store_snapshot_cb cb, void *ud, char *err, size_t errlen)
{
    const char *doing = "finding the oldest configuration snapshot";
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(s,
                           "SELECT " SNAPSHOT_COLUMNS
                           "FROM runs r JOIN config_snapshots sn ON sn.id = r.config_snapshot "
                           "WHERE r.outcome = 'succeeded' ORDER BY r.started_at, r.id LIMIT 1",
                           &st, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    return one_snapshot(s, st, cb, ud, doing, err, errlen);
}

int store_snapshot_files_each(store *s, int64_t id, store_config_file_cb cb, void *ud, char *err,
                              size_t errlen)
{
    const char *doing = "reading the configuration snapshot";
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(s, "SELECT count(*) FROM config_snapshots WHERE id = ?1", &st, doing,
                           err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    int src = sqlite3_step(st);
    int64_t found = src == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (src != SQLITE_ROW)
        return store_db_fail(s, src, doing, err, errlen);
    if (found == 0) {
        char what[48];
        snprintf(what, sizeof what, "%lld", (long long)id);
        return store_fail(err, errlen, STORE_INVALID, "no configuration snapshot %s%s", what,
                          " is stored");
    }
    if ((rc = store_prepare(s,
                            "SELECT f.path, c.body FROM config_snapshot_files f "
                            "JOIN config_contents c ON c.id = f.content_id "
                            "WHERE f.snapshot_id = ?1 ORDER BY f.path",
                            &st, doing, err, errlen)) != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        size_t len = (size_t)sqlite3_column_bytes(st, 1);
        const void *body = sqlite3_column_blob(st, 1);
        if (body == NULL && len > 0) {
            src = SQLITE_NOMEM;
            break;
        }
        store_config_file f = {(const char *)sqlite3_column_text(st, 0), body ? body : "", len};
        int r = cb(ud, &f);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK : store_db_fail(s, src, doing, err, errlen);
    sqlite3_finalize(st);
    return rc;
}

/* ---- notes on a run -------------------------------------------------------------------------- */

int store_run_note_put(store *s, int64_t run_id, const store_run_note *n, char *err, size_t errlen)
{
    char what[48];
    snprintf(what, sizeof what, "run %lld", (long long)run_id);
    const char *doing = "recording what the run was";
    if (n->config_snapshot < 0)
        return store_fail(err, errlen, STORE_INVALID, "%s: %s", what,
                          "a snapshot id cannot be negative");
    int rc = store_check_txn(s, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    if (n->config_snapshot > 0) {
        if ((rc = store_prepare(s, "SELECT 1 FROM config_snapshots WHERE id = ?1", &st, doing, err,
                                errlen)) != STORE_OK)
            return rc;
        sqlite3_bind_int64(st, 1, n->config_snapshot);
        int src = sqlite3_step(st);
        sqlite3_finalize(st);
        if (src == SQLITE_DONE)
            return store_fail(err, errlen, STORE_INVALID, "%s: %s", what,
                              "names a configuration snapshot that is not stored");
        if (src != SQLITE_ROW)
            return store_db_fail(s, src, doing, err, errlen);
    }
    rc = store_prepare(s,
                       "UPDATE runs SET slot = coalesce(?2, slot), base_url = coalesce(?3, "
                       "base_url), warnings = CASE WHEN ?4 IS NULL THEN warnings WHEN ?4 = '' "
                       "THEN NULL ELSE ?4 END, config_snapshot = coalesce(?5, config_snapshot) "
                       "WHERE id = ?1",
                       &st, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, run_id);
    store_bind_text_or_null(st, 2, n->slot);
    store_bind_text_or_null(st, 3, n->base_url);
    store_bind_text_or_null(st, 4, n->warnings);
    store_bind_id_or_null(st, 5, n->config_snapshot);
    if ((rc = store_step_done(s, st, doing, err, errlen)) != STORE_OK)
        return rc;
    if (sqlite3_changes(s->db) == 0)
        return store_fail(err, errlen, STORE_INVALID, "%s: %s", what,
                          "no such run was started (or its start was rolled back)");
    return STORE_OK;
}
