/* The store's record of fetching and running: the fetch state of each source request, the run
 * history and the status of sources and indicators. Part of the store (store.h); its shared
 * internals are in store_db.h. */
#include "store/store.h"
#include "store_db.h"

#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

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
    int rc = src == SQLITE_DONE ? STORE_OK
                                : store_db_fail(s, src, "reading the fetch state", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_fetch_state_get(store *s, const char *source, const char *key, int with_body,
                          store_fetch_state_cb cb, void *ud, char *err, size_t errlen)
{
    if (source == NULL || key == NULL)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "fetch state needs a source and a request key", "");
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(
        s, "SELECT " FETCH_STATE_COLUMNS "WHERE fs.source = ?1 AND fs.request_key = ?2", &st,
        "reading the fetch state", err, errlen);
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
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "stored responses are listed per source", "");
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(
        s, "SELECT " FETCH_STATE_COLUMNS "WHERE fs.source = ?1 ORDER BY fs.request_key", &st,
        "reading the stored responses", err, errlen);
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
    int rc = store_prepare(s,
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
                                  : store_db_fail(s, src, "reading the fetch state", err, errlen);
    }
    *found = 1;
    int candidate = body != NULL && (size_t)sqlite3_column_int64(st, 0) == len &&
        store_same_text(sqlite3_column_text(st, 1), hash);
    int64_t id = sqlite3_column_int64(st, 2);
    sqlite3_finalize(st);
    if (!candidate)
        return STORE_OK;
    if ((rc = store_prepare(s, "SELECT body FROM fetch_state WHERE id = ?1", &st,
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
    rc = src == SQLITE_ROW ? STORE_OK
                           : store_db_fail(s, src, "reading the stored body", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_fetch_state_put(store *s, const char *source, const char *key,
                          const store_fetch_state *fs, int *body_changed, char *err, size_t errlen)
{
    *body_changed = 0;
    if (source == NULL || key == NULL || fs->fetched_at == NULL)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "fetch state needs a source, a request key and the fetch time", "");
    if (fs->body != NULL && (fs->status < 100 || fs->status > 599))
        return store_fail(err, errlen, STORE_INVALID,
                          "%s: %s: an HTTP status from 100 to 599 is required", source, key);
    if (fs->run_id < 0)
        return store_fail(err, errlen, STORE_INVALID, "%s: %s: a run id cannot be negative", source,
                          key);
    int rc = store_check_txn(s, "storing the fetch state", err, errlen);
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
        return store_fail(
            err, errlen, STORE_INVALID,
            "%s: %s: no stored response to keep (an answer 304 needs an earlier body)", source,
            key);
    int64_t req = 0;
    if ((rc = store_request_id(s, fs->request, &req, err, errlen)) != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    const char *doing = "storing the fetch state";
    if (fs->body != NULL && !same) {
        /* A new or different body: replace everything. */
        rc = store_prepare(
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
        rc = store_prepare(
            s,
            "UPDATE fetch_state SET request_id = coalesce(?3, request_id), etag = ?4, "
            "last_modified = ?5, content_type = ?6, status = ?9, fetched_at = ?10, "
            "run_id = ?11 WHERE source = ?1 AND request_key = ?2",
            &st, doing, err, errlen);
        if (rc != STORE_OK)
            return rc;
        sqlite3_bind_int64(st, 9, fs->status);
    } else {
        /* 304: the stored body is still current. */
        rc =
            store_prepare(s,
                          "UPDATE fetch_state SET request_id = coalesce(?3, request_id), "
                          "etag = coalesce(?4, etag), last_modified = coalesce(?5, last_modified), "
                          "fetched_at = ?10, run_id = ?11 WHERE source = ?1 AND request_key = ?2",
                          &st, doing, err, errlen);
        if (rc != STORE_OK)
            return rc;
    }
    sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
    store_bind_id_or_null(st, 3, req);
    store_bind_text_or_null(st, 4, fs->etag);
    store_bind_text_or_null(st, 5, fs->last_modified);
    if (fs->body != NULL)
        store_bind_text_or_null(st, 6, fs->content_type);
    sqlite3_bind_text(st, 10, fs->fetched_at, -1, SQLITE_TRANSIENT);
    store_bind_id_or_null(st, 11, fs->run_id);
    rc = store_step_done(s, st, doing, err, errlen);
    if (rc == STORE_OK) {
        *body_changed = fs->body != NULL && !same;
        store_wrote_data(s);
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
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "a run needs a command and a start time", "");
    if (!valid_trigger(trigger))
        return store_fail(err, errlen, STORE_INVALID,
                          "a run's trigger is manual, schedule or catch-up, not '%s'%s", trigger,
                          "");
    sqlite3_stmt *st = NULL;
    int rc = store_check_txn(s, "recording the run", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = store_prepare(s,
                       "INSERT INTO runs (command, source, triggered_by, started_at, outcome) "
                       "VALUES (?1, ?2, coalesce(?3, 'manual'), ?4, 'running')",
                       &st, "recording the run", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, command, -1, SQLITE_TRANSIENT);
    store_bind_text_or_null(st, 2, source);
    store_bind_text_or_null(st, 3, trigger);
    sqlite3_bind_text(st, 4, started, -1, SQLITE_TRANSIENT);
    rc = store_step_done(s, st, "recording the run", err, errlen);
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
        return store_fail(err, errlen, STORE_INVALID, "%s: %s", what,
                          "finishing a run needs the finish time and the outcome");
    if (!valid_trigger(res->trigger))
        return store_fail(err, errlen, STORE_INVALID,
                          "a run's trigger is manual, schedule or catch-up, not '%s'%s",
                          res->trigger, "");
    if (strcmp(res->outcome, "succeeded") == 0 && !sqlite3_get_autocommit(s->db) && s->wrote)
        return store_fail(err, errlen, STORE_INVALID, "%s: %s", what,
                          "cannot be recorded as succeeded before its data are committed: commit "
                          "first, then finish the run");
    sqlite3_stmt *st = NULL;
    int rc = store_check_txn(s, "recording the run's outcome", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = store_prepare(
        s,
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
    store_bind_text_or_null(st, 4, res->message);
    store_bind_text_or_null(st, 5, res->error);
    store_bind_text_or_null(st, 6, res->source);
    store_bind_text_or_null(st, 7, res->trigger);
    bind_count(st, 8, res->n_new);
    bind_count(st, 9, res->n_changed);
    bind_count(st, 10, res->n_unchanged);
    bind_count(st, 11, res->bytes);
    bind_count(st, 12, res->duration_ms);
    bind_count(st, 13, res->http_status > 0 ? res->http_status : -1);
    bind_count(st, 14, res->attempts);
    if ((rc = store_step_done(s, st, "recording the run's outcome", err, errlen)) != STORE_OK)
        return rc;
    if (sqlite3_changes(s->db) == 0)
        return store_fail(err, errlen, STORE_INVALID, "%s: %s", what,
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
    int rc =
        store_prepare(s,
                      "SELECT id, command, source, triggered_by, started_at, finished_at, outcome, "
                      "message, error, n_new, n_changed, n_unchanged, bytes, duration_ms, "
                      "http_status, attempts, slot, base_url, warnings, config_snapshot FROM runs "
                      "WHERE (?1 IS NULL OR source = ?1) AND (?2 = 0 OR outcome = 'failed') "
                      "ORDER BY id DESC LIMIT ?3",
                      &st, "reading the run history", err, errlen);
    if (rc != STORE_OK)
        return rc;
    store_bind_text_or_null(st, 1, f->source);
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
            .slot = (const char *)sqlite3_column_text(st, 16),
            .base_url = (const char *)sqlite3_column_text(st, 17),
            .warnings = (const char *)sqlite3_column_text(st, 18),
            .config_snapshot = sqlite3_column_int64(st, 19),
        };
        int r = cb(ud, &run);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK
                            : store_db_fail(s, src, "reading the run history", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

/* ---- status ---------------------------------------------------------------------------------- */

int store_source_status_each(store *s, store_source_status_cb cb, void *ud, char *err,
                             size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(
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
    rc = src == SQLITE_DONE
        ? STORE_OK
        : store_db_fail(s, src, "reading the status of the sources", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_series_status_each(store *s, const char *indicator, store_series_status_cb cb, void *ud,
                             char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    /* The series' summaries, kept by store_put_rows: the newest period whose latest vintage is
     * not "missing", and the newest vintage. Only where every period is missing are the
     * observations counted (the message about an indicator that never had a value says how
     * many periods). */
    int rc =
        store_prepare(s,
                      "SELECT se.indicator_id, se.area, se.period_kind, max(se.newest_period), "
                      "       max(se.last_changed), "
                      "       CASE WHEN max(se.newest_period) IS NULL THEN ("
                      "         SELECT count(DISTINCT o.period) FROM series s2 "
                      "         JOIN observations o ON o.series_id = s2.id "
                      "         WHERE s2.indicator_id = se.indicator_id AND s2.area = se.area "
                      "         AND s2.period_kind = se.period_kind) ELSE -1 END "
                      "FROM series se "
                      "WHERE (?1 IS NULL OR se.indicator_id = ?1) AND se.last_changed IS NOT NULL "
                      "GROUP BY se.indicator_id, se.area, se.period_kind "
                      "ORDER BY se.indicator_id, se.area, se.period_kind",
                      &st, "reading the status of the indicators", err, errlen);
    if (rc != STORE_OK)
        return rc;
    store_bind_text_or_null(st, 1, indicator);
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
    rc = src == SQLITE_DONE
        ? STORE_OK
        : store_db_fail(s, src, "reading the status of the indicators", err, errlen);
    sqlite3_finalize(st);
    return rc;
}
