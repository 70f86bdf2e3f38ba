/* What styr compute and the report ask the store beyond one indicator's rows (store_compute.h):
 * whether a formula's results are current, and an indicator's latest rows for a few areas.
 * Reads only; values are written by store_write.c. Its shared internals are in store_db.h. */
#include "store/store_compute.h"
#include "store_db.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

/* The distinct indicator ids a formula read, collected from its recorded inputs. Owns its
 * strings. */
typedef struct id_set {
    char **ids;
    size_t n, cap;
} id_set;

static void id_set_free(id_set *set)
{
    for (size_t i = 0; i < set->n; i++)
        free(set->ids[i]);
    free(set->ids);
}

/* Adds the id of len bytes unless it is there; 0, or -1 when out of memory. */
static int id_set_add(id_set *set, const char *id, size_t len)
{
    for (size_t i = 0; i < set->n; i++)
        if (strlen(set->ids[i]) == len && memcmp(set->ids[i], id, len) == 0)
            return 0;
    if (set->n == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 8;
        char **ids = realloc(set->ids, cap * sizeof *ids);
        if (!ids)
            return -1;
        set->ids = ids;
        set->cap = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, id, len);
    copy[len] = '\0';
    set->ids[set->n++] = copy;
    return 0;
}

/* Adds every line of a formula's recorded inputs (one indicator id per line). */
static int id_set_add_lines(id_set *set, const char *text)
{
    const char *p = text;
    while (p && *p) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len > 0 && id_set_add(set, p, len) != 0)
            return -1;
        p = end ? end + 1 : NULL;
    }
    return 0;
}

/* The greatest observation number (seq) stored for an indicator, 0 when it has none. */
static int newest_seq(store *s, const char *indicator, int64_t *seq, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(s,
                           "SELECT coalesce(max(o.seq), 0) FROM series se "
                           "JOIN observations o ON o.series_id = se.id WHERE se.indicator_id = ?1",
                           &st, "reading an input's newest value", err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        *seq = sqlite3_column_int64(st, 0);
        rc = STORE_OK;
    } else {
        rc = store_db_fail(s, src, "reading an input's newest value", err, errlen);
    }
    sqlite3_finalize(st);
    return rc;
}

int store_compute_fresh(store *s, const char *indicator, const char *const *inputs, size_t n,
                        const char *formula_hash, int *fresh, int64_t *cells, int64_t *missing,
                        char *err, size_t errlen)
{
    const char *doing = "checking whether a formula's results are current";
    sqlite3_stmt *st = NULL;
    id_set set = {0};
    int64_t newest_result = 0, recorded_seq = 0;
    *fresh = 0;
    *cells = 0;
    *missing = 0;
    /* The results: how many, the newest of their latest vintages (by storing order) and how many
     * of them are missing (SQLite takes the bare columns from the row of max(seq)). Grouped by
     * the series' place (one series per indicator, area, gender and period kind) and period, the
     * order in which the indexes give the rows, so that nothing is sorted: 10 ms instead of 20 for
     * a formula of 17 400 results. */
    int rc =
        store_prepare(s,
                      "SELECT count(*), coalesce(max(latest), 0), coalesce(sum(gone), 0) FROM ("
                      "  SELECT max(o.seq) AS latest,"
                      "         (o.status = 'missing' OR o.value IS NULL) AS gone FROM series se "
                      "  JOIN observations o ON o.series_id = se.id "
                      "  WHERE se.indicator_id = ?1 "
                      "  GROUP BY se.area, se.gender, se.period_kind, o.period)",
                      &st, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src != SQLITE_ROW) {
        rc = store_db_fail(s, src, doing, err, errlen);
        goto fail;
    }
    *cells = sqlite3_column_int64(st, 0);
    newest_result = sqlite3_column_int64(st, 1);
    *missing = sqlite3_column_int64(st, 2);
    sqlite3_finalize(st);
    st = NULL;
    if (*cells == 0)
        return STORE_OK;

    /* The formula's record (store_formula_done): its hash, what it read, the store's newest
     * observation when it ran. */
    rc = store_prepare(s, "SELECT formula_hash, inputs, seq FROM formula_runs WHERE indicator = ?1",
                       &st, doing, err, errlen);
    if (rc != STORE_OK)
        goto fail;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    src = sqlite3_step(st);
    if (src == SQLITE_DONE)
        goto done; /* never recorded (computed by an older styr, or typed in) */
    if (src != SQLITE_ROW) {
        rc = store_db_fail(s, src, doing, err, errlen);
        goto fail;
    }
    const char *hash = (const char *)sqlite3_column_text(st, 0);
    if (!hash || strcmp(hash, formula_hash) != 0)
        goto done; /* another formula computed it */
    recorded_seq = sqlite3_column_int64(st, 2);
    if (id_set_add_lines(&set, (const char *)sqlite3_column_text(st, 1)) != 0) {
        rc = store_fail(err, errlen, STORE_ERROR, "%s: %s", doing, "out of memory");
        goto fail;
    }
    sqlite3_finalize(st);
    st = NULL;
    if (newest_result > recorded_seq)
        goto done; /* a result stored after the formula's run, by another writer */
    for (size_t i = 0; i < n; i++)
        if (id_set_add(&set, inputs[i], strlen(inputs[i])) != 0) {
            rc = store_fail(err, errlen, STORE_ERROR, "%s: %s", doing, "out of memory");
            goto fail;
        }
    for (size_t i = 0; i < set.n; i++) {
        int64_t newest = 0;
        if ((rc = newest_seq(s, set.ids[i], &newest, err, errlen)) != STORE_OK)
            goto fail;
        if (newest > recorded_seq)
            goto done; /* an input stored after the formula ran */
    }
    *fresh = 1;
done:
    rc = STORE_OK;
fail:
    sqlite3_finalize(st);
    id_set_free(&set);
    return rc;
}

int store_latest_in_areas(store *s, const char *indicator, const char *const *areas, size_t n,
                          const char *as_of, int64_t before_seq, store_row_cb cb, void *ud,
                          char *err, size_t errlen)
{
    const char *doing = "reading observations";
    /* The areas as one text "|A|B|…|", matched with instr (area codes hold no '|'). */
    size_t len = 2;
    for (size_t i = 0; i < n; i++)
        len += strlen(areas[i]) + 1;
    char *list = malloc(len);
    if (!list)
        return store_fail(err, errlen, STORE_ERROR, "%s: %s", doing, "out of memory");
    char *p = list;
    *p++ = '|';
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(areas[i]);
        memcpy(p, areas[i], l);
        p += l;
        *p++ = '|';
    }
    *p = '\0';
    sqlite3_stmt *st = NULL;
    int rc =
        store_prepare(s,
                      "SELECT se.area, se.gender, se.period_kind, o.period, o.value, o.value_text, "
                      "o.status, o.note, o.source, o.vintage, rq.request, o.fetched_at, o.run_id "
                      "FROM series se JOIN observations o ON o.series_id = se.id "
                      "LEFT JOIN requests rq ON rq.id = o.request_id "
                      "WHERE se.indicator_id = ?1 AND instr(?4, '|' || se.area || '|') > 0 "
                      "AND o.seq = (SELECT max(seq) FROM observations "
                      "  WHERE series_id = se.id AND period = o.period "
                      "  AND (?2 IS NULL OR vintage <= ?2) AND (?3 = 0 OR seq < ?3)) "
                      "ORDER BY se.area, se.gender, o.period",
                      &st, doing, err, errlen);
    if (rc != STORE_OK) {
        free(list);
        return rc;
    }
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    store_bind_text_or_null(st, 2, as_of);
    sqlite3_bind_int64(st, 3, before_seq > 0 ? before_seq : 0);
    sqlite3_bind_text(st, 4, list, -1, SQLITE_TRANSIENT);
    free(list);
    return store_each_row(s, st, cb, ud, doing, err, errlen);
}

/* SQL of store_latest_from: the latest rows of indicator ?1 whose source passes TEST. */
#define LATEST_FROM_SQL(TEST)                                                                      \
    "SELECT se.area, se.gender, se.period_kind, o.period, o.value, o.value_text, "                 \
    "o.status, o.note, o.source, o.vintage, rq.request, o.fetched_at, o.run_id "                   \
    "FROM series se JOIN observations o ON o.series_id = se.id "                                   \
    "LEFT JOIN requests rq ON rq.id = o.request_id "                                               \
    "WHERE se.indicator_id = ?1 AND " TEST " "                                                     \
    "AND o.seq = (SELECT max(seq) FROM observations "                                              \
    "  WHERE series_id = se.id AND period = o.period) "                                            \
    "ORDER BY se.area, se.gender, o.period"

int store_latest_from(store *s, const char *indicator, const char *prefix, store_row_cb cb,
                      void *ud, char *err, size_t errlen)
{
    const char *doing = "reading observations";
    sqlite3_stmt *st = NULL;
    /* "config:" (the values typed into the configuration, compute's sync) is read through the
     * partial index observations_typed, whose condition the query repeats word for word so that
     * SQLite may use it: only the typed values are visited. */
    int typed = strcmp(prefix, "config:") == 0;
    int rc = store_prepare(s,
                           typed ? LATEST_FROM_SQL("substr(o.source, 1, 7) = 'config:'")
                                 : LATEST_FROM_SQL("substr(o.source, 1, length(?2)) = ?2"),
                           &st, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    if (!typed)
        sqlite3_bind_text(st, 2, prefix, -1, SQLITE_TRANSIENT);
    return store_each_row(s, st, cb, ud, doing, err, errlen);
}

/* ---- the latest values of an indicator, for compute ------------------------------------------ */

/* A row held until the next one shows it is its period's latest vintage: its strings copied into
 * one buffer (the statement's own are gone after the next step). */
typedef struct held_row {
    int64_t series;
    store_row row;
    char *buf;
    size_t cap;
} held_row;

/* Copies column col of st (text or NULL) into h->buf at *at; returns its place or -1. */
static ptrdiff_t hold_text(held_row *h, sqlite3_stmt *st, int col, size_t *at)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    if (t == NULL)
        return -1;
    size_t len = (size_t)sqlite3_column_bytes(st, col) + 1;
    memcpy(h->buf + *at, t, len);
    ptrdiff_t place = (ptrdiff_t)*at;
    *at += len;
    return place;
}

/* Holds the statement's row (columns: series id, area, gender, period kind, period, value,
 * value_text, status, note, vintage); 0, or -1 when out of memory. */
static int hold_row(held_row *h, sqlite3_stmt *st)
{
    size_t need = 0;
    for (int col = 1; col <= 9; col++)
        if (col != 5)
            need += (size_t)sqlite3_column_bytes(st, col) + 1;
    if (need > h->cap) {
        size_t cap = need < 256 ? 256 : need * 2;
        char *buf = realloc(h->buf, cap);
        if (buf == NULL)
            return -1;
        h->buf = buf;
        h->cap = cap;
    }
    size_t at = 0;
    ptrdiff_t place[10];
    for (int col = 1; col <= 9; col++)
        place[col] = col == 5 ? -1 : hold_text(h, st, col, &at);
#define HELD(col) (place[col] < 0 ? NULL : h->buf + place[col])
    h->series = sqlite3_column_int64(st, 0);
    h->row = (store_row){
        .area = HELD(1),
        .gender = HELD(2),
        .period_kind = HELD(3),
        .period = HELD(4),
        .obs = {.has_value = sqlite3_column_type(st, 5) != SQLITE_NULL,
                .value = sqlite3_column_double(st, 5),
                .text = HELD(6),
                .status = HELD(7),
                .note = HELD(8),
                .vintage = HELD(9)},
    };
#undef HELD
    return 0;
}

int store_latest_values_each(store *s, const char *indicator, const char *as_of, store_row_cb cb,
                             void *ud, int *in_order, char *err, size_t errlen)
{
    const char *doing = "reading observations";
    sqlite3_stmt *st = NULL;
    /* Every vintage (known at ?2), each period's oldest first, in the order of the series' and
     * the observations' indexes; the last row of each (series, period) is its latest. This reads
     * each row once, where asking for max(seq) per row looked each period up again. */
    int rc = store_prepare(s,
                           "SELECT se.id, se.area, se.gender, se.period_kind, o.period, o.value, "
                           "o.value_text, o.status, o.note, o.vintage "
                           "FROM series se JOIN observations o ON o.series_id = se.id "
                           "WHERE se.indicator_id = ?1 AND (?2 IS NULL OR o.vintage <= ?2) "
                           "ORDER BY se.area, se.gender, se.period_kind, o.period, o.seq",
                           &st, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    store_bind_text_or_null(st, 2, as_of);
    held_row h = {0};
    int holding = 0, src;
    *in_order = 1;
    rc = STORE_OK;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        if (holding) {
            int64_t series = sqlite3_column_int64(st, 0);
            const char *period = (const char *)sqlite3_column_text(st, 4);
            int same = series == h.series && period != NULL && strcmp(period, h.row.period) == 0;
            /* Another series of the same area and gender: periods of another kind. */
            if (series != h.series && *in_order &&
                strcmp((const char *)sqlite3_column_text(st, 1), h.row.area) == 0 &&
                strcmp((const char *)sqlite3_column_text(st, 2), h.row.gender) == 0)
                *in_order = 0;
            if (!same && (rc = cb(ud, &h.row)) != 0)
                break;
        }
        if (hold_row(&h, st) != 0) {
            rc = store_fail(err, errlen, STORE_ERROR, "%s: %s", doing, "out of memory");
            break;
        }
        holding = 1;
    }
    if (rc == STORE_OK && src != SQLITE_ROW) {
        if (src != SQLITE_DONE)
            rc = store_db_fail(s, src, doing, err, errlen);
        else if (holding)
            rc = cb(ud, &h.row);
    }
    sqlite3_finalize(st);
    free(h.buf);
    return rc;
}
