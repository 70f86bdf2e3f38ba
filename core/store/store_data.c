/* The store's data: indicators, series, observations, computed inputs and indicator
 * definitions. Part of the store (store.h); its shared internals are in store_db.h. */
#include "store/store.h"
#include "store_db.h"

#include <math.h>
#include <string.h>

#include <sqlite3.h>

int store_indicator_put(store *s, const char *id, const char *title, const char *unit,
                        const char *direction, const char *now, char *err, size_t errlen)
{
    if (id == NULL || title == NULL || now == NULL)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "indicator id, title and time are required", "");
    sqlite3_stmt *st = NULL;
    int rc = store_check_txn(s, "storing an indicator", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = store_prepare(
        s,
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
    store_bind_text_or_null(st, 3, unit);
    store_bind_text_or_null(st, 4, direction);
    sqlite3_bind_text(st, 5, now, -1, SQLITE_TRANSIENT);
    rc = store_step_done(s, st, "storing an indicator", err, errlen);
    if (rc == STORE_OK)
        store_wrote_data(s);
    return rc;
}

int store_series_get(store *s, const char *indicator, const char *area, const char *gender,
                     const char *period_kind, int64_t *series_id, char *err, size_t errlen)
{
    if (!indicator || !area || !gender || !period_kind)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "series needs indicator, area, gender, period kind", "");
    if (strcmp(gender, "T") && strcmp(gender, "K") && strcmp(gender, "M"))
        return store_fail(err, errlen, STORE_INVALID, "gender must be T, K or M, not '%s'%s",
                          gender, "");
    sqlite3_stmt *st = NULL;
    int rc = store_check_txn(s, "storing a series", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = store_prepare(
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
    if ((rc = store_step_done(s, st, "storing a series", err, errlen)) != STORE_OK)
        return rc;
    store_wrote_data(s);
    rc =
        store_prepare(s,
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
    rc = store_db_fail(s, src, "finding a series", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

int store_observation_put(store *s, int64_t series_id, const char *period,
                          const store_observation *obs, int *what, char *err, size_t errlen)
{
    *what = STORE_UNCHANGED;
    if (!period || !obs->status || !obs->source || !obs->vintage)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "observation needs period, status, source and vintage", "");
    if (obs->has_value && !isfinite(obs->value))
        return store_fail(err, errlen, STORE_INVALID,
                          "%s: the value of period %s is not a finite number", obs->source, period);
    if (obs->run_id < 0)
        return store_fail(err, errlen, STORE_INVALID, "%s: period %s: a run id cannot be negative",
                          obs->source, period);
    sqlite3_stmt *st = NULL;
    int rc = store_check_txn(s, "storing an observation", err, errlen);
    if (rc != STORE_OK)
        return rc;
    rc = store_prepare(s,
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
            store_same_text(sqlite3_column_text(st, 1), obs->text) &&
            store_same_text(sqlite3_column_text(st, 2), obs->status) &&
            store_same_text(sqlite3_column_text(st, 3), obs->note);
        sqlite3_finalize(st);
        if (same)
            return STORE_OK;
        kind = STORE_CHANGED;
    } else {
        sqlite3_finalize(st);
        if (src != SQLITE_DONE)
            return store_db_fail(s, src, "reading the latest vintage", err, errlen);
    }
    int64_t req = 0;
    if ((rc = store_request_id(s, obs->request, &req, err, errlen)) != STORE_OK)
        return rc;
    rc = store_prepare(
        s,
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
    store_bind_text_or_null(st, 4, obs->text);
    sqlite3_bind_text(st, 5, obs->status, -1, SQLITE_TRANSIENT);
    store_bind_text_or_null(st, 6, obs->note);
    sqlite3_bind_text(st, 7, obs->source, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 8, obs->vintage, -1, SQLITE_TRANSIENT);
    store_bind_id_or_null(st, 9, req);
    store_bind_text_or_null(st, 10, obs->fetched_at);
    store_bind_id_or_null(st, 11, obs->run_id);
    rc = store_step_done(s, st, "storing an observation", err, errlen);
    if (rc == STORE_OK) {
        *what = kind;
        store_wrote_data(s);
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
    return store_observations_each_before(s, indicator, as_of, 0, all_vintages, cb, ud, err,
                                          errlen);
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
              "o.status, o.note, o.source, o.vintage, rq.request, o.fetched_at, o.run_id "
              "FROM series se JOIN observations o ON o.series_id = se.id "
              "LEFT JOIN requests rq ON rq.id = o.request_id "
              "WHERE se.indicator_id = ?1 AND (?2 IS NULL OR o.vintage <= ?2) "
              "AND (?3 = 0 OR o.seq < ?3) "
              "ORDER BY se.area, se.gender, o.period, o.seq"
            : "SELECT se.area, se.gender, se.period_kind, o.period, o.value, o.value_text, "
              "o.status, o.note, o.source, o.vintage, rq.request, o.fetched_at, o.run_id "
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
    rc = src == SQLITE_DONE ? STORE_OK : store_db_fail(s, src, "reading observations", err, errlen);
    sqlite3_finalize(st);
    return rc;
}

/* ---- computed inputs -------------------------------------------------------------------------- */

int store_computed_put(store *s, int64_t series_id, const char *period, const store_computed *c,
                       char *err, size_t errlen)
{
    if (!period || !c->formula_hash || !c->inputs || !c->computed_at)
        return store_fail(err, errlen, STORE_INVALID, "%s%s",
                          "computed inputs need period, formula_hash, inputs and computed_at", "");
    int rc = store_check_txn(s, "recording computed inputs", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    rc = store_prepare(
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
    rc = store_step_done(s, st, "recording computed inputs", err, errlen);
    if (rc == STORE_OK)
        store_wrote_data(s);
    return rc;
}

int store_computed_each(store *s, const char *indicator, store_computed_cb cb, void *ud, char *err,
                        size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(
        s,
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
    rc = src == SQLITE_DONE ? STORE_OK
                            : store_db_fail(s, src, "reading computed inputs", err, errlen);
    sqlite3_finalize(st);
    return rc;
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
