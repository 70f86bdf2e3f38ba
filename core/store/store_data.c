/* Reading the store's values (observations) and the history of indicator
 * definitions. Values are written by store_write.c only. Part of the store (store.h); its shared
 * internals are in store_db.h. */
#include "store/store.h"
#include "store_db.h"

#include <sqlite3.h>

int store_latest_each(store *s, const char *indicator, store_row_cb cb, void *ud, char *err,
                      size_t errlen)
{
    return store_observations_each(s, indicator, NULL, 0, cb, ud, err, errlen);
}

int store_observations_each(store *s, const char *indicator, const char *as_of, int all_vintages,
                            store_row_cb cb, void *ud, char *err, size_t errlen)
{
    return store_observations_each_before(s, indicator, as_of, 0, all_vintages, cb, ud, err,
                                          errlen);
}

/* Hands each row of a prepared observations query (the columns, in order: area, gender,
 * period_kind, period, value, value_text, status, note, source, vintage, request, fetched_at,
 * run_id) to cb, then finalizes the statement. Returns cb's non-zero answer, STORE_OK, or the
 * store's failure while `doing`. */
int store_each_row(store *s, sqlite3_stmt *st, store_row_cb cb, void *ud, const char *doing,
                   char *err, size_t errlen)
{
    int rc;
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
    rc = src == SQLITE_DONE ? STORE_OK : store_db_fail(s, src, doing, err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_observations_each_before(store *s, const char *indicator, const char *as_of,
                                   int64_t before_seq, int all_vintages, store_row_cb cb, void *ud,
                                   char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    /* ?2 NULL: no as-of limit. Vintages are UTC ISO 8601 text, so text order is time order.
     * ?3 0: no limit on the rows stored, else rows below seq ?3 (seq only grows: observations
     * are never deleted). */
    int rc = store_prepare(
        s,
        all_vintages
            ? "SELECT se.area, se.gender, se.period_kind, o.period, o.value, o.value_text, "
              "o.status, o.note, " STORE_SOURCE_SQL(
                  "o", "rq") ", o.vintage, rq.request, o.fetched_at, o.run_id "
                             "FROM series se JOIN observations o ON o.series_id = se.id "
                             "LEFT JOIN requests rq ON rq.id = o.request_id "
                             "WHERE se.indicator_id = ?1 AND (?2 IS NULL OR o.vintage <= ?2) "
                             "AND (?3 = 0 OR o.seq < ?3) "
                             "ORDER BY se.area, se.gender, o.period, o.seq"
            : "SELECT se.area, se.gender, se.period_kind, o.period, o.value, o.value_text, "
              "o.status, o.note, " STORE_SOURCE_SQL(
                  "o",
                  "rq") ", o.vintage, rq.request, o.fetched_at, o.run_id "
                        "FROM series se JOIN observations o ON o.series_id = se.id "
                        "LEFT JOIN requests rq ON rq.id = o.request_id "
                        "WHERE se.indicator_id = ?1 AND o.seq = (SELECT max(seq) FROM observations "
                        "  WHERE series_id = se.id AND period = o.period "
                        "  AND (?2 IS NULL OR vintage <= ?2) AND (?3 = 0 OR seq < ?3)) "
                        "ORDER BY se.area, se.gender, o.period",
        &st, "reading observations", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    store_bind_text_or_null(st, 2, as_of);
    sqlite3_bind_int64(st, 3, before_seq > 0 ? before_seq : 0);
    return store_each_row(s, st, cb, ud, "reading observations", err, errlen);
}

/* ---- indicator definitions ------------------------------------------------------------------- */

int store_definition_put(store *s, const store_definition *d, char *err, size_t errlen)
{
    if (!d->indicator || !d->kind || !d->recorded_at)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "an indicator definition needs indicator, kind and recorded_at", "");
    int rc = store_check_txn(s, "recording an indicator definition", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    rc = store_prepare(
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
        store_bind_text_or_null(st, i + 1, values[i]);
    rc = store_step_done(s, st, "recording an indicator definition", err, errlen);
    if (rc == STORE_OK)
        store_wrote_data(s);
    return rc;
}

int store_definitions_each(store *s, const char *indicator, store_definition_cb cb, void *ud,
                           char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(s,
                           "SELECT id, indicator, unit, direction, kind, formula_hash, formula_at, "
                           "changes, decision_ref, decision_date, decision_change, recorded_at "
                           "FROM indicator_definitions WHERE ?1 IS NULL OR indicator = ?1 "
                           "ORDER BY indicator, id",
                           &st, "reading indicator definitions", err, errlen);
    if (rc != STORE_OK)
        return rc;
    store_bind_text_or_null(st, 1, indicator);
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
                            : store_db_fail(s, src, "reading indicator definitions", err, errlen);
    sqlite3_finalize(st);
    return rc;
}
