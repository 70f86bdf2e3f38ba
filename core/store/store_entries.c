/* The store's part for styr serve: entries written in the browser (versions, never overwritten,
 * saved optimistically), the sign-off of each report's period per body, and the audit log. See
 * store.h. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "store_db.h"

/* The newest version number of a key (0 when none), read with the statement's parameters bound
 * by the caller. */
static int newest_version(store *s, sqlite3_stmt *st, int64_t *out, const char *doing, char *err,
                          size_t errlen)
{
    int src = sqlite3_step(st);
    int rc = STORE_OK;
    if (src == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    else
        rc = store_db_fail(s, src, doing, err, errlen);
    sqlite3_finalize(st);
    return rc;
}

static int required(const char *v)
{
    return v != NULL && v[0] != '\0';
}

int store_entry_put(store *s, const store_entry *e, int64_t expected, int64_t *version, char *err,
                    size_t errlen)
{
    *version = 0;
    if (!required(e->kind) || !required(e->subject) || !required(e->period) ||
        !required(e->author) || !required(e->at))
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "an entry needs kind, subject, period, author and time", "");
    if (e->has_value && !isfinite(e->value))
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "an entry's value must be a finite number", "");
    int rc = store_check_txn(s, "saving an entry", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    rc = store_prepare(s,
                       "SELECT coalesce(max(version), 0) FROM entries "
                       "WHERE kind = ?1 AND subject = ?2 AND period = ?3",
                       &st, "saving an entry", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, e->kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, e->subject, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, e->period, -1, SQLITE_STATIC);
    int64_t newest = 0;
    if ((rc = newest_version(s, st, &newest, "saving an entry", err, errlen)) != STORE_OK)
        return rc;
    if (newest != expected) {
        *version = newest;
        snprintf(err, errlen,
                 "%s %s for %s was saved by someone else meanwhile (version %lld; this edit "
                 "started from version %lld)",
                 e->kind, e->subject, e->period, (long long)newest, (long long)expected);
        return STORE_CONFLICT;
    }
    rc = store_prepare(s,
                       "INSERT INTO entries (kind, subject, period, version, body, text, status, "
                       "value, author, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                       &st, "saving an entry", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, e->kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, e->subject, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, e->period, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, newest + 1);
    store_bind_text_or_null(st, 5, e->body);
    store_bind_text_or_null(st, 6, e->text);
    store_bind_text_or_null(st, 7, e->status);
    if (e->has_value)
        sqlite3_bind_double(st, 8, e->value);
    else
        sqlite3_bind_null(st, 8);
    sqlite3_bind_text(st, 9, e->author, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, e->at, -1, SQLITE_STATIC);
    if ((rc = store_step_done(s, st, "saving an entry", err, errlen)) != STORE_OK)
        return rc;
    store_wrote_data(s);
    *version = newest + 1;
    return STORE_OK;
}

int store_entries_each(store *s, const store_entry_filter *f, store_entry_cb cb, void *ud,
                       char *err, size_t errlen)
{
    static const store_entry_filter none = {0};
    if (f == NULL)
        f = &none;
    /* The latest version of each key among those saved by as_of (and before entry before_id):
     * no later version of the same key within the limits. */
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(
        s,
        "SELECT id, kind, subject, period, version, body, text, status, value, author, at "
        "FROM entries e WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR subject = ?2) "
        "AND (?3 IS NULL OR period = ?3) AND (?4 IS NULL OR body = ?4) "
        "AND (?5 IS NULL OR at <= ?5) AND (?7 = 0 OR id < ?7) "
        "AND (?6 OR NOT EXISTS (SELECT 1 FROM entries n "
        "  WHERE n.kind = e.kind AND n.subject = e.subject AND n.period = e.period "
        "  AND n.version > e.version AND (?5 IS NULL OR n.at <= ?5) AND (?7 = 0 OR n.id < ?7))) "
        "ORDER BY kind, subject, period, version",
        &st, "reading entries", err, errlen);
    if (rc != STORE_OK)
        return rc;
    store_bind_text_or_null(st, 1, f->kind);
    store_bind_text_or_null(st, 2, f->subject);
    store_bind_text_or_null(st, 3, f->period);
    store_bind_text_or_null(st, 4, f->body);
    store_bind_text_or_null(st, 5, f->as_of);
    sqlite3_bind_int(st, 6, f->all_versions ? 1 : 0);
    sqlite3_bind_int64(st, 7, f->before_id > 0 ? f->before_id : 0);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
#define COL(i) ((const char *)sqlite3_column_text(st, (i)))
        store_entry e = {
            .id = sqlite3_column_int64(st, 0),
            .kind = COL(1),
            .subject = COL(2),
            .period = COL(3),
            .version = sqlite3_column_int64(st, 4),
            .body = COL(5),
            .text = COL(6),
            .status = COL(7),
            .has_value = sqlite3_column_type(st, 8) != SQLITE_NULL,
            .value = sqlite3_column_double(st, 8),
            .author = COL(9),
            .at = COL(10),
        };
#undef COL
        int r = cb(ud, &e);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK : store_db_fail(s, src, "reading entries", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_signoff_put(store *s, const store_signoff *so, int64_t expected, int64_t *version,
                      char *err, size_t errlen)
{
    *version = 0;
    static const char *const states[] = {"draft", "submitted", "approved", "returned", NULL};
    int known = 0;
    for (int i = 0; so->state && states[i]; i++)
        known = known || strcmp(so->state, states[i]) == 0;
    if (!required(so->report) || !required(so->period) || !required(so->body) ||
        !required(so->by) || !required(so->at) || !known)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "a sign-off needs report, period, body, by, at and a state (draft, "
                          "submitted, approved or returned)",
                          "");
    int rc = store_check_txn(s, "signing off", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    rc = store_prepare(s,
                       "SELECT coalesce(max(version), 0) FROM signoffs "
                       "WHERE report = ?1 AND period = ?2 AND body = ?3",
                       &st, "signing off", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, so->report, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, so->period, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, so->body, -1, SQLITE_STATIC);
    int64_t newest = 0;
    if ((rc = newest_version(s, st, &newest, "signing off", err, errlen)) != STORE_OK)
        return rc;
    if (newest != expected) {
        *version = newest;
        snprintf(err, errlen,
                 "the sign-off of %s %s (%s) changed meanwhile (version %lld; this action "
                 "started from version %lld)",
                 so->report, so->period, so->body, (long long)newest, (long long)expected);
        return STORE_CONFLICT;
    }
    /* Where the entries and observations stand now (the next id and seq), read within the
     * statement that writes the row, so that nothing committed by anyone else falls between. */
    rc =
        store_prepare(s,
                      "INSERT INTO signoffs (report, period, body, version, state, comment, "
                      "by_user, at, entries_before, values_before) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                      "?7, ?8, (SELECT coalesce(max(id), 0) + 1 FROM entries), "
                      "(SELECT coalesce(max(seq), 0) + 1 FROM observations))",
                      &st, "signing off", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, so->report, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, so->period, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, so->body, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, newest + 1);
    sqlite3_bind_text(st, 5, so->state, -1, SQLITE_STATIC);
    store_bind_text_or_null(st, 6, so->comment);
    sqlite3_bind_text(st, 7, so->by, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, so->at, -1, SQLITE_STATIC);
    if ((rc = store_step_done(s, st, "signing off", err, errlen)) != STORE_OK)
        return rc;
    store_wrote_data(s);
    *version = newest + 1;
    return STORE_OK;
}

int store_signoffs_each(store *s, const char *report, const char *period, int all_versions,
                        store_signoff_cb cb, void *ud, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(
        s,
        "SELECT id, report, period, body, version, state, comment, by_user, at, "
        "coalesce(entries_before, 0), coalesce(values_before, 0) FROM signoffs o "
        "WHERE (?1 IS NULL OR report = ?1) AND (?2 IS NULL OR period = ?2) AND (?3 OR NOT "
        "EXISTS (SELECT 1 FROM signoffs n WHERE n.report = o.report AND n.period = o.period "
        "AND n.body = o.body AND n.version > o.version)) ORDER BY report, period, body, version",
        &st, "reading sign-offs", err, errlen);
    if (rc != STORE_OK)
        return rc;
    store_bind_text_or_null(st, 1, report);
    store_bind_text_or_null(st, 2, period);
    sqlite3_bind_int(st, 3, all_versions ? 1 : 0);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
#define COL(i) ((const char *)sqlite3_column_text(st, (i)))
        store_signoff so = {
            .id = sqlite3_column_int64(st, 0),
            .report = COL(1),
            .period = COL(2),
            .body = COL(3),
            .version = sqlite3_column_int64(st, 4),
            .state = COL(5),
            .comment = COL(6),
            .by = COL(7),
            .at = COL(8),
            .entries_before = sqlite3_column_int64(st, 9),
            .values_before = sqlite3_column_int64(st, 10),
        };
#undef COL
        int r = cb(ud, &so);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc = src == SQLITE_DONE ? STORE_OK : store_db_fail(s, src, "reading sign-offs", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_audit_add(store *s, const store_audit *a, char *err, size_t errlen)
{
    if (!required(a->at) || !required(a->user) || !required(a->action))
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "an audit row needs at, user and action", "");
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(s,
                           "INSERT INTO audit (at, user, address, action, target, detail) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                           &st, "writing the audit log", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, a->at, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, a->user, -1, SQLITE_STATIC);
    store_bind_text_or_null(st, 3, a->address);
    sqlite3_bind_text(st, 4, a->action, -1, SQLITE_STATIC);
    store_bind_text_or_null(st, 5, a->target);
    store_bind_text_or_null(st, 6, a->detail);
    return store_step_done(s, st, "writing the audit log", err, errlen);
}

int store_audit_each(store *s, const char *user, int limit, store_audit_cb cb, void *ud, char *err,
                     size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(s,
                           "SELECT id, at, user, address, action, target, detail FROM audit "
                           "WHERE ?1 IS NULL OR user = ?1 ORDER BY id DESC LIMIT ?2",
                           &st, "reading the audit log", err, errlen);
    if (rc != STORE_OK)
        return rc;
    store_bind_text_or_null(st, 1, user);
    sqlite3_bind_int(st, 2, limit > 0 ? limit : -1);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
#define COL(i) ((const char *)sqlite3_column_text(st, (i)))
        store_audit a = {
            .id = sqlite3_column_int64(st, 0),
            .at = COL(1),
            .user = COL(2),
            .address = COL(3),
            .action = COL(4),
            .target = COL(5),
            .detail = COL(6),
        };
#undef COL
        int r = cb(ud, &a);
        if (r != 0) {
            sqlite3_finalize(st);
            return r;
        }
    }
    rc =
        src == SQLITE_DONE ? STORE_OK : store_db_fail(s, src, "reading the audit log", err, errlen);
    sqlite3_finalize(st);
    return rc;
}
