/* Writing values: store_put_rows (store.h), the one way a value gets into the store, for
 * fetch, the configuration's typed-in values, formulas and web entries alike. A batch is checked
 * whole before anything is written; then each statement is prepared once per store handle (kept
 * in the handle, reset and rebound for every value), the ids of indicators, series and requests
 * are looked up once per batch, and the latest vintage of every period of a series is read in
 * one query the first time the batch meets the series (none for a series the batch creates), so
 * that storing a value costs one insert, or nothing when it did not change. Part of the store;
 * its shared internals are in store_db.h. */
#include "store/store.h"
#include "store_db.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

/* ---- a map from byte strings to ids, for what a batch looks up again and again -------------- */

/* The twin of formats/strmap.h, which the store may not use (core/README.md: store/ and formats/
 * do not know each other); this one owns copies of its keys, built per value. */

typedef struct idmap_slot {
    char *key; /* a copy in the map's blocks; NULL: an empty slot */
    size_t len;
    uint64_t hash;
    int64_t value;
} idmap_slot;

/* The keys' copies live in blocks of this size (a longer key gets a block of its own), freed
 * together with the map: a batch adds one key per new period, and one allocation each cost more
 * than the lookup itself. */
#define IDMAP_BLOCK 65536

typedef struct idmap_block {
    struct idmap_block *next;
    size_t size, used;
    char data[];
} idmap_block;

/* Zero-initialised ({0}) it is empty; at most half full. */
typedef struct idmap {
    idmap_slot *slot;
    size_t cap, n;
    idmap_block *blocks; /* the first has room left, or is full */
} idmap;

static uint64_t hash_bytes(const char *p, size_t len)
{
    uint64_t h = 0xcbf29ce484222325u; /* FNV-1a, as store_hash */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)p[i];
        h *= 0x100000001b3u;
    }
    return h;
}

/* The slot that holds key, or the empty slot where it would go (cap > 0). */
static idmap_slot *idmap_slot_of(const idmap *m, const char *key, size_t len, uint64_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        idmap_slot *sl = &m->slot[i];
        if (sl->key == NULL || (sl->hash == h && sl->len == len && memcmp(sl->key, key, len) == 0))
            return sl;
    }
}

/* The slot holding key (whose hash is h), or NULL. */
static idmap_slot *idmap_find_hashed(const idmap *m, const char *key, size_t len, uint64_t h)
{
    if (m->cap == 0)
        return NULL;
    idmap_slot *sl = idmap_slot_of(m, key, len, h);
    return sl->key ? sl : NULL;
}

/* The slot holding key, or NULL. */
static idmap_slot *idmap_find(const idmap *m, const char *key, size_t len)
{
    return idmap_find_hashed(m, key, len, hash_bytes(key, len));
}

/* A copy of key in the map's blocks, or NULL when out of memory. */
static char *idmap_keep(idmap *m, const char *key, size_t len)
{
    idmap_block *bl = m->blocks;
    if (bl == NULL || bl->size - bl->used < len + 1) {
        size_t size = len + 1 > IDMAP_BLOCK ? len + 1 : IDMAP_BLOCK;
        idmap_block *fresh = malloc(sizeof *fresh + size);
        if (fresh == NULL)
            return NULL;
        fresh->size = size;
        fresh->used = 0;
        fresh->next = m->blocks;
        m->blocks = bl = fresh;
    }
    char *copy = bl->data + bl->used;
    memcpy(copy, key, len);
    copy[len] = '\0';
    bl->used += len + 1;
    return copy;
}

/* Adds key (not in the map yet, its hash h) with value. Returns 0, or -1 when out of memory. */
static int idmap_add_hashed(idmap *m, const char *key, size_t len, uint64_t h, int64_t value)
{
    if (2 * (m->n + 1) > m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 64;
        idmap_slot *slot = calloc(cap, sizeof *slot);
        if (slot == NULL)
            return -1;
        idmap bigger = {slot, cap, m->n, m->blocks};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slot[i].key)
                *idmap_slot_of(&bigger, m->slot[i].key, m->slot[i].len, m->slot[i].hash) =
                    m->slot[i];
        free(m->slot);
        *m = bigger;
    }
    char *copy = idmap_keep(m, key, len);
    if (copy == NULL)
        return -1;
    *idmap_slot_of(m, key, len, h) = (idmap_slot){copy, len, h, value};
    m->n++;
    return 0;
}

/* Adds key (not in the map yet) with value. Returns 0, or -1 when out of memory. */
static int idmap_add(idmap *m, const char *key, size_t len, int64_t value)
{
    return idmap_add_hashed(m, key, len, hash_bytes(key, len), value);
}

static void idmap_free(idmap *m)
{
    while (m->blocks) {
        idmap_block *next = m->blocks->next;
        free(m->blocks);
        m->blocks = next;
    }
    free(m->slot);
    *m = (idmap){0};
}

/* ---- one batch -------------------------------------------------------------------------------- */

/* What an indicator of the batch is in the indicators map: 1 + the index of the row whose
 * definition is stored, NO_DEFINITION when no row carries one, DONE once handled. */
#define NO_DEFINITION 0
#define DONE (-1)

/* The latest vintage of one period of a series, as the batch knows it. */
typedef struct latest_rec {
    int has_value;
    int owned; /* text, status and note are copies owned by the batch (read from the store), else
                  they are the batch's rows' own strings, alive for the whole call */
    double value;
    const char *text, *status, *note;
} latest_rec;

/* What the batch wrote to one series, for the series' summary (status reads it, schema 9):
 * the greatest period written with a status other than missing, the newest vintage written,
 * and whether a missing value was written (the newest period is then read again). The strings
 * are the batch's rows' own. */
typedef struct series_sum {
    int64_t series;
    const char *newest, *changed;
    int missing;
} series_sum;

typedef struct batch {
    store *s;
    const store_value *rows;
    idmap indicators; /* indicator id -> its state, above */
    idmap series;     /* indicator \0 area \0 gender \0 period kind -> series id */
    idmap requests;   /* request text -> requests row id */
    /* The previous row's request and source, by address: the rows of one answer share the same
     * strings, so most rows skip hashing and comparing a URL of some hundred bytes. */
    const char *last_request;
    int64_t last_request_id;
    const char *last_source, *last_source_request;
    int last_source_is_url;
    /* The series of the last rows, by the addresses of their strings: the rows of a call share
     * their strings (a Lua string of the same text is one string), and their series come in
     * runs (a formula's periods) or in turns (a page's genders), so most rows skip building,
     * hashing and looking up their series' key. */
    struct {
        const char *indicator, *area, *gender, *period_kind;
        int64_t id;
    } recent[4];
    unsigned recent_next;
    /* The indicator of the last row checked and the last one known to the store, by address. */
    const char *checked_indicator, *known_indicator;
    idmap latest;    /* series id (8 bytes) + period -> index in recs */
    size_t lkey_len; /* the last key find_latest built in lkey, and its hash */
    uint64_t lkey_hash;
    idmap touched;           /* series id (8 bytes) -> index in sums */
    int64_t last_sum_series; /* the series of sums[last_sum - 1] (last_sum 0: none yet) */
    size_t last_sum;
    series_sum *sums;
    size_t n_sums, cap_sums;
    latest_rec *recs;
    size_t n_recs, cap_recs;
    char *key; /* the series key being built */
    size_t key_cap;
    char *lkey; /* the latest map's key being built */
    size_t lkey_cap;
    char *err;
    size_t errlen;
} batch;

/* Writes "row N (indicator 'x', area 'y', gender 'g', period 'p')" into buf: the row's place
 * (from 1) and what it names. */
static void describe(const batch *b, size_t i, char *buf, size_t len)
{
    const store_value *r = &b->rows[i];
    int n = snprintf(buf, len, "row %zu", i + 1);
    const char *names[] = {"indicator", "area", "gender", "period"};
    const char *values[] = {r->indicator, r->area, r->gender, r->period};
    const char *sep = " (";
    for (size_t k = 0; k < 4 && n >= 0 && (size_t)n < len; k++) {
        if (values[k] == NULL)
            continue;
        n += snprintf(buf + n, len - (size_t)n, "%s%s '%s'", sep, names[k], values[k]);
        sep = ", ";
    }
    if (n >= 0 && (size_t)n < len && sep[0] == ',')
        snprintf(buf + n, len - (size_t)n, ")");
}

/* Refuses row i: "row N (…): MESSAGE" in err; returns STORE_INVALID. */
static int refuse(batch *b, size_t i, const char *fmt, ...)
{
    char where[512], what[512];
    describe(b, i, where, sizeof where);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    snprintf(b->err, b->errlen, "%s: %s", where, what);
    return STORE_INVALID;
}

/* Reports the SQLite failure rc while storing row i; returns STORE_BUSY or STORE_ERROR. */
static int db_fail(batch *b, size_t i, int rc)
{
    char where[512], doing[600];
    describe(b, i, where, sizeof where);
    snprintf(doing, sizeof doing, "storing %s", where);
    return store_db_fail(b->s, rc, doing, b->err, b->errlen);
}

/* Reports running out of memory while storing the batch; returns STORE_ERROR. */
static int out_of_memory(batch *b)
{
    return store_fail(b->err, b->errlen, STORE_ERROR, "%s: %s", store_path(b->s),
                      "out of memory while storing values");
}

static int same_or_null(const char *a, const char *b)
{
    return (a == NULL || b == NULL) ? a == b : strcmp(a, b) == 0;
}

static const char *const STATUSES[] = {"ok", "missing", "preliminary", "confidential", NULL};

/* Checks row i without touching the database; returns STORE_OK or STORE_INVALID. */
static int check_row(batch *b, size_t i)
{
    const store_value *r = &b->rows[i];
    const char *const required[] = {"indicator", "area",   "gender", "period_kind",
                                    "period",    "status", "source"};
    const char *const given[] = {r->indicator, r->area,       r->gender,    r->period_kind,
                                 r->period,    r->obs.status, r->obs.source};
    for (size_t k = 0; k < sizeof given / sizeof given[0]; k++)
        if (given[k] == NULL)
            return refuse(b, i, "field '%s' is required", required[k]);
    if (r->obs.vintage == NULL)
        return refuse(b, i, "field 'vintage' is required (when the value became known)");
    if (strcmp(r->gender, "T") && strcmp(r->gender, "K") && strcmp(r->gender, "M"))
        return refuse(b, i, "gender must be T, K or M, not '%s' (field 'gender')", r->gender);
    int known = 0;
    for (size_t k = 0; STATUSES[k] && !known; k++)
        known = strcmp(r->obs.status, STATUSES[k]) == 0;
    if (!known)
        return refuse(b, i,
                      "field 'status' must be ok, missing, preliminary or confidential, not '%s'",
                      r->obs.status);
    if (r->obs.has_value && !isfinite(r->obs.value))
        return refuse(b, i,
                      "field 'value' is not a finite number (NaN and infinities cannot "
                      "be stored)");
    if (r->obs.run_id < 0)
        return refuse(b, i, "field 'run_id' cannot be negative");
    if (r->title == NULL && (r->unit != NULL || r->direction != NULL))
        return refuse(b, i,
                      "field 'title' is required with unit and direction (the "
                      "indicator's definition)");

    /* One definition per indicator and call. */
    if (r->title == NULL && r->indicator == b->checked_indicator)
        return STORE_OK; /* the row before had the same indicator, already in the map */
    b->checked_indicator = r->indicator;
    size_t len = strlen(r->indicator);
    idmap_slot *sl = idmap_find(&b->indicators, r->indicator, len);
    if (sl == NULL) {
        if (idmap_add(&b->indicators, r->indicator, len, r->title ? (int64_t)i + 1 : NO_DEFINITION))
            return out_of_memory(b);
    } else if (r->title != NULL && sl->value == NO_DEFINITION) {
        sl->value = (int64_t)i + 1;
    } else if (r->title != NULL) {
        const store_value *d = &b->rows[sl->value - 1];
        if (!same_or_null(d->title, r->title) || !same_or_null(d->unit, r->unit) ||
            !same_or_null(d->direction, r->direction))
            return refuse(b, i,
                          "indicator '%s' is defined differently in row %lld (title, unit or "
                          "direction); give it one definition",
                          r->indicator, (long long)sl->value);
    }
    return STORE_OK;
}

/* The kept statement k of the handle, prepared the first time (*out); reset for reuse. */
static int stmt(batch *b, int k, const char *sql, size_t i, sqlite3_stmt **out)
{
    sqlite3_stmt **st = &b->s->put[k];
    if (*st != NULL) {
        sqlite3_reset(*st);
        *out = *st;
        return STORE_OK;
    }
    int rc = sqlite3_prepare_v3(b->s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    *out = *st;
    return rc == SQLITE_OK ? STORE_OK : db_fail(b, i, rc);
}

/* Steps a statement that returns no rows. */
static int step_done(batch *b, sqlite3_stmt *st, size_t i)
{
    int rc = sqlite3_step(st);
    return rc == SQLITE_DONE ? STORE_OK : db_fail(b, i, rc);
}

static void bind_text(sqlite3_stmt *st, int k, const char *v)
{
    if (v)
        sqlite3_bind_text(st, k, v, -1, SQLITE_STATIC); /* the caller's, alive for the call */
    else
        sqlite3_bind_null(st, k);
}

/* Stores the definition of row i's indicator the first time the batch meets it, or makes sure
 * the store knows the indicator when no row defines it. */
static int indicator_of(batch *b, size_t i)
{
    const store_value *r = &b->rows[i];
    if (r->indicator == b->known_indicator)
        return STORE_OK;
    idmap_slot *sl = idmap_find(&b->indicators, r->indicator, strlen(r->indicator));
    if (sl->value == DONE) {
        b->known_indicator = r->indicator;
        return STORE_OK;
    }
    int rc;
    if (sl->value != NO_DEFINITION) {
        const store_value *d = &b->rows[sl->value - 1];
        sqlite3_stmt *put = NULL;
        rc = stmt(b, ST_IND_PUT,
                  "INSERT INTO indicators (id, title, unit, direction, updated_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET "
                  "title = excluded.title, unit = excluded.unit, direction = excluded.direction, "
                  "updated_at = excluded.updated_at "
                  "WHERE title IS NOT excluded.title OR unit IS NOT excluded.unit "
                  "OR direction IS NOT excluded.direction",
                  i, &put);
        if (rc != STORE_OK)
            return rc;
        bind_text(put, 1, d->indicator);
        bind_text(put, 2, d->title);
        bind_text(put, 3, d->unit);
        bind_text(put, 4, d->direction);
        bind_text(put, 5, d->obs.vintage);
        rc = step_done(b, put, i);
        sqlite3_reset(put);
        if (rc != STORE_OK)
            return rc;
    } else {
        sqlite3_stmt *known = NULL;
        rc = stmt(b, ST_IND_KNOWN, "SELECT 1 FROM indicators WHERE id = ?1", i, &known);
        if (rc != STORE_OK)
            return rc;
        bind_text(known, 1, r->indicator);
        int src = sqlite3_step(known);
        sqlite3_reset(known);
        if (src == SQLITE_DONE)
            return refuse(b, i,
                          "indicator '%s' is not in the store; give the row its title (and "
                          "unit and direction) so that it can be stored",
                          r->indicator);
        if (src != SQLITE_ROW)
            return db_fail(b, i, src);
    }
    sl->value = DONE;
    b->known_indicator = r->indicator;
    return STORE_OK;
}

static int load_latest(batch *b, size_t i, int64_t series);
static int series_lookup(batch *b, size_t i, int64_t *id);

/* Finds or creates the series of row i; *id is its id. The first time the batch meets a series
 * that was in the store, the latest vintage of each of its periods is read (load_latest). */
static int series_of(batch *b, size_t i, int64_t *id)
{
    const store_value *r = &b->rows[i];
    for (size_t k = 0; k < sizeof b->recent / sizeof b->recent[0]; k++)
        if (b->recent[k].indicator == r->indicator && b->recent[k].area == r->area &&
            b->recent[k].gender == r->gender && b->recent[k].period_kind == r->period_kind) {
            *id = b->recent[k].id;
            return STORE_OK;
        }
    int rc = series_lookup(b, i, id);
    if (rc == STORE_OK) {
        unsigned k = b->recent_next++ % (unsigned)(sizeof b->recent / sizeof b->recent[0]);
        b->recent[k].indicator = r->indicator;
        b->recent[k].area = r->area;
        b->recent[k].gender = r->gender;
        b->recent[k].period_kind = r->period_kind;
        b->recent[k].id = *id;
    }
    return rc;
}

/* series_of without the cache of the last rows' series. */
static int series_lookup(batch *b, size_t i, int64_t *id)
{
    const store_value *r = &b->rows[i];
    const char *parts[] = {r->indicator, r->area, r->gender, r->period_kind};
    size_t lens[4], len = 0;
    for (size_t k = 0; k < 4; k++)
        len += (lens[k] = strlen(parts[k])) + 1;
    if (len > b->key_cap) {
        char *key = realloc(b->key, len * 2);
        if (key == NULL)
            return out_of_memory(b);
        b->key = key;
        b->key_cap = len * 2;
    }
    size_t at = 0;
    for (size_t k = 0; k < 4; k++) {
        memcpy(b->key + at, parts[k], lens[k]);
        at += lens[k];
        b->key[at++] = '\0';
    }
    idmap_slot *sl = idmap_find(&b->series, b->key, len);
    if (sl) {
        *id = sl->value;
        return STORE_OK;
    }
    sqlite3_stmt *find = NULL, *add = NULL;
    int rc = stmt(b, ST_SERIES_FIND,
                  "SELECT id FROM series WHERE indicator_id = ?1 AND area = ?2 AND gender = ?3 "
                  "AND period_kind = ?4",
                  i, &find);
    if (rc != STORE_OK)
        return rc;
    for (int k = 0; k < 4; k++)
        bind_text(find, k + 1, parts[k]);
    int src = sqlite3_step(find);
    if (src == SQLITE_ROW) {
        *id = sqlite3_column_int64(find, 0);
        sqlite3_reset(find);
        if ((rc = load_latest(b, i, *id)) != STORE_OK)
            return rc;
    } else if (src == SQLITE_DONE) {
        sqlite3_reset(find);
        rc = stmt(b, ST_SERIES_ADD,
                  "INSERT INTO series (indicator_id, area, gender, period_kind) "
                  "VALUES (?1, ?2, ?3, ?4)",
                  i, &add);
        if (rc != STORE_OK)
            return rc;
        for (int k = 0; k < 4; k++)
            bind_text(add, k + 1, parts[k]);
        rc = step_done(b, add, i);
        sqlite3_reset(add);
        if (rc != STORE_OK)
            return rc;
        *id = sqlite3_last_insert_rowid(b->s->db);
    } else {
        sqlite3_reset(find);
        return db_fail(b, i, src);
    }
    if (idmap_add(&b->series, b->key, len, *id))
        return out_of_memory(b);
    return STORE_OK;
}

/* The requests row of row i's request (0: none), looked up once per batch. */
static int request_of(batch *b, size_t i, int64_t *id)
{
    const char *request = b->rows[i].obs.request;
    *id = 0;
    if (request == NULL)
        return STORE_OK;
    if (request == b->last_request) {
        *id = b->last_request_id;
        return STORE_OK;
    }
    size_t len = strlen(request);
    idmap_slot *sl = idmap_find(&b->requests, request, len);
    if (sl) {
        *id = sl->value;
        b->last_request = request;
        b->last_request_id = *id;
        return STORE_OK;
    }
    int rc = store_request_id(b->s, request, id, b->err, b->errlen);
    if (rc != STORE_OK)
        return rc;
    if (idmap_add(&b->requests, request, len, *id))
        return out_of_memory(b);
    b->last_request = request;
    b->last_request_id = *id;
    return STORE_OK;
}

/* The key of a period of a series in the latest map: the id's 8 bytes, then the period. */
static int latest_key(batch *b, size_t i, int64_t series, const char *period, size_t *len)
{
    size_t plen = strlen(period);
    *len = sizeof series + plen;
    if (*len > b->lkey_cap) {
        char *key = realloc(b->lkey, *len * 2);
        if (key == NULL)
            return out_of_memory(b);
        b->lkey = key;
        b->lkey_cap = *len * 2;
    }
    (void)i;
    memcpy(b->lkey, &series, sizeof series);
    memcpy(b->lkey + sizeof series, period, plen);
    return STORE_OK;
}

/* The latest vintage the batch knows of a period of a series, or NULL (*rc says whether out of
 * memory). The key and its hash stay in lkey, lkey_len and lkey_hash for add_latest. */
static latest_rec *find_latest(batch *b, size_t i, int64_t series, const char *period, int *rc)
{
    *rc = latest_key(b, i, series, period, &b->lkey_len);
    if (*rc != STORE_OK)
        return NULL;
    b->lkey_hash = hash_bytes(b->lkey, b->lkey_len);
    idmap_slot *sl = idmap_find_hashed(&b->latest, b->lkey, b->lkey_len, b->lkey_hash);
    return sl ? &b->recs[sl->value] : NULL;
}

static char *copy_or_null(const char *v, int *failed)
{
    if (v == NULL)
        return NULL;
    char *c = strdup(v);
    if (c == NULL)
        *failed = 1;
    return c;
}

static void latest_rec_free(latest_rec *rec)
{
    if (rec->owned) {
        free((char *)rec->text);
        free((char *)rec->status);
        free((char *)rec->note);
    }
}

/* Room for item n of an array of *cap items of size bytes, doubling it when full. Returns 0, or
 * -1 when out of memory (the array stays as it was). */
static int room_for(void **items, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t more = *cap ? 2 * *cap : 64;
    void *bigger = realloc(*items, more * size);
    if (bigger == NULL)
        return -1;
    *items = bigger;
    *cap = more;
    return 0;
}

/* A new record in the latest map for the key find_latest looked up last and did not find, or
 * NULL when out of memory. */
static latest_rec *new_latest(batch *b)
{
    if (room_for((void **)&b->recs, &b->cap_recs, b->n_recs, sizeof *b->recs) ||
        idmap_add_hashed(&b->latest, b->lkey, b->lkey_len, b->lkey_hash, (int64_t)b->n_recs))
        return NULL;
    return &b->recs[b->n_recs++];
}

/* A new latest vintage for the key find_latest looked up last and did not find, with row i's
 * own strings (alive for the whole call). */
static int add_latest(batch *b, size_t i)
{
    const store_observation *obs = &b->rows[i].obs;
    latest_rec *rec = new_latest(b);
    if (rec == NULL)
        return out_of_memory(b);
    *rec = (latest_rec){obs->has_value != 0, 0,           obs->has_value ? obs->value : 0,
                        obs->text,           obs->status, obs->note};
    return STORE_OK;
}

/* Records what the latest vintage of a period of a series the store had is, with copies of its
 * strings (read from the store). */
static int remember_latest(batch *b, size_t i, int64_t series, const char *period, int has_value,
                           double value, const char *text, const char *status, const char *note)
{
    int rc;
    latest_rec *rec = find_latest(b, i, series, period, &rc);
    if (rc != STORE_OK)
        return rc;
    if (rec != NULL)
        latest_rec_free(rec);
    else if ((rec = new_latest(b)) == NULL)
        return out_of_memory(b);
    int failed = 0;
    *rec = (latest_rec){has_value != 0,
                        1,
                        has_value ? value : 0,
                        copy_or_null(text, &failed),
                        copy_or_null(status, &failed),
                        copy_or_null(note, &failed)};
    if (!failed)
        return STORE_OK;
    latest_rec_free(rec);
    *rec = (latest_rec){0};
    return out_of_memory(b);
}

/* Reads the latest vintage of every period of a series the store had, in one query. */
static int load_latest(batch *b, size_t i, int64_t series)
{
    sqlite3_stmt *st = NULL;
    /* SQLite gives the other columns from the row that holds max(seq). */
    int rc = stmt(b, ST_LATEST,
                  "SELECT period, value, value_text, status, note, max(seq) FROM observations "
                  "WHERE series_id = ?1 GROUP BY period",
                  i, &st);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, series);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        int has_value = sqlite3_column_type(st, 1) != SQLITE_NULL;
        rc = remember_latest(
            b, i, series, (const char *)sqlite3_column_text(st, 0), has_value,
            has_value ? sqlite3_column_double(st, 1) : 0, (const char *)sqlite3_column_text(st, 2),
            (const char *)sqlite3_column_text(st, 3), (const char *)sqlite3_column_text(st, 4));
        if (rc != STORE_OK) {
            sqlite3_reset(st);
            return rc;
        }
    }
    sqlite3_reset(st);
    return src == SQLITE_DONE ? STORE_OK : db_fail(b, i, src);
}

/* Whether source is the URL of request ("GET URL" or "POST URL\nBODY"): then the observation
 * stores it once, in the request (schema version 8). */
static int source_is_request_url(const char *source, const char *request)
{
    if (source == NULL || request == NULL || source[0] == '\0')
        return 0;
    const char *url = strchr(request, ' ');
    if (url == NULL)
        return 0;
    url++;
    size_t len = strcspn(url, "\n");
    return strlen(source) == len && memcmp(source, url, len) == 0;
}

/* Notes that row i was stored in series, for the series' summary. */
static int note_summary(batch *b, size_t i, int64_t series)
{
    const store_value *r = &b->rows[i];
    if (b->last_sum == 0 || b->last_sum_series != series) {
        idmap_slot *sl = idmap_find(&b->touched, (const char *)&series, sizeof series);
        if (sl != NULL) {
            b->last_sum = (size_t)sl->value + 1;
        } else {
            if (room_for((void **)&b->sums, &b->cap_sums, b->n_sums, sizeof *b->sums) ||
                idmap_add(&b->touched, (const char *)&series, sizeof series, (int64_t)b->n_sums))
                return out_of_memory(b);
            b->sums[b->n_sums++] = (series_sum){series, NULL, NULL, 0};
            b->last_sum = b->n_sums;
        }
        b->last_sum_series = series;
    }
    series_sum *sum = &b->sums[b->last_sum - 1];
    if (strcmp(r->obs.status, "missing") == 0)
        sum->missing = 1;
    else if (sum->newest == NULL || strcmp(r->period, sum->newest) > 0)
        sum->newest = r->period;
    if (sum->changed == NULL || strcmp(r->obs.vintage, sum->changed) > 0)
        sum->changed = r->obs.vintage;
    return STORE_OK;
}

/* Brings the summary of every series the batch wrote up to date: one statement per series. */
static int update_summaries(batch *b)
{
    for (size_t k = 0; k < b->n_sums; k++) {
        const series_sum *sum = &b->sums[k];
        sqlite3_stmt *st = NULL;
        /* Text order is period order within a kind, as the status always compared them. */
        int rc = stmt(
            b, ST_SERIES_SUMMARY,
            "UPDATE series SET "
            "last_changed = CASE WHEN last_changed IS NULL OR ?2 > last_changed "
            "  THEN ?2 ELSE last_changed END, "
            "newest_period = CASE WHEN ?4 THEN (" STORE_NEWEST_PERIOD_SQL(
                "?1") ") "
                      "  WHEN ?3 IS NOT NULL AND (newest_period IS NULL OR ?3 > newest_period) "
                      "  THEN ?3 ELSE newest_period END "
                      "WHERE id = ?1",
            0, &st);
        if (rc != STORE_OK)
            return rc;
        sqlite3_bind_int64(st, 1, sum->series);
        bind_text(st, 2, sum->changed);
        bind_text(st, 3, sum->newest);
        sqlite3_bind_int(st, 4, sum->missing);
        int src = sqlite3_step(st);
        sqlite3_reset(st);
        if (src != SQLITE_DONE)
            return store_db_fail(b->s, src, "updating what styr status shows of the series stored",
                                 b->err, b->errlen);
    }
    return STORE_OK;
}

/* Stores row i: its observation when it differs from the latest vintage (*what says what was
 * done). */
static int put_row(batch *b, size_t i, int *what)
{
    const store_value *r = &b->rows[i];
    const store_observation *obs = &r->obs;
    int64_t series = 0;
    int rc;
    if ((rc = indicator_of(b, i)) != STORE_OK || (rc = series_of(b, i, &series)) != STORE_OK)
        return rc;
    latest_rec *known = find_latest(b, i, series, r->period, &rc);
    if (rc != STORE_OK)
        return rc;
    *what = STORE_NEW;
    if (known != NULL) {
        int same = known->has_value == (obs->has_value != 0) &&
            (!known->has_value || known->value == obs->value) &&
            same_or_null(known->text, obs->text) && same_or_null(known->status, obs->status) &&
            same_or_null(known->note, obs->note);
        *what = same ? STORE_UNCHANGED : STORE_CHANGED;
    }
    if (*what != STORE_UNCHANGED) {
        int64_t request = 0;
        if ((rc = request_of(b, i, &request)) != STORE_OK)
            return rc;
        sqlite3_stmt *st = NULL;
        rc = stmt(b, ST_OBS_ADD,
                  "INSERT INTO observations (series_id, period, value, value_text, status, note, "
                  "source, vintage, request_id, fetched_at, run_id) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                  i, &st);
        if (rc != STORE_OK)
            return rc;
        sqlite3_bind_int64(st, 1, series);
        bind_text(st, 2, r->period);
        if (obs->has_value)
            sqlite3_bind_double(st, 3, obs->value);
        else
            sqlite3_bind_null(st, 3);
        bind_text(st, 4, obs->text);
        bind_text(st, 5, obs->status);
        bind_text(st, 6, obs->note);
        if (obs->source != b->last_source || obs->request != b->last_source_request) {
            b->last_source = obs->source;
            b->last_source_request = obs->request;
            b->last_source_is_url = source_is_request_url(obs->source, obs->request);
        }
        if (b->last_source_is_url)
            sqlite3_bind_text(st, 7, "", 0, SQLITE_STATIC); /* the URL is in the request */
        else
            bind_text(st, 7, obs->source);
        bind_text(st, 8, obs->vintage);
        store_bind_id_or_null(st, 9, request);
        bind_text(st, 10, obs->fetched_at);
        store_bind_id_or_null(st, 11, obs->run_id);
        rc = step_done(b, st, i);
        sqlite3_reset(st);
        if (rc != STORE_OK)
            return rc;
        /* A later row of the batch for the same period compares with this one. */
        if (known != NULL) {
            latest_rec_free(known);
            *known = (latest_rec){obs->has_value != 0, 0,           obs->has_value ? obs->value : 0,
                                  obs->text,           obs->status, obs->note};
        } else if ((rc = add_latest(b, i)) != STORE_OK) {
            return rc;
        }
        if ((rc = note_summary(b, i, series)) != STORE_OK)
            return rc;
    }
    return STORE_OK;
}

static void batch_free(batch *b)
{
    /* The kept statements are reset, so that none holds the transaction open. */
    for (size_t k = 0; k < STORE_PUT_STATEMENTS; k++)
        if (b->s->put[k])
            sqlite3_reset(b->s->put[k]);
    for (size_t k = 0; k < b->n_recs; k++)
        latest_rec_free(&b->recs[k]);
    free(b->recs);
    free(b->sums);
    idmap_free(&b->touched);
    idmap_free(&b->latest);
    idmap_free(&b->indicators);
    idmap_free(&b->series);
    idmap_free(&b->requests);
    free(b->key);
    free(b->lkey);
}

#define SAVEPOINT "styr_put_rows"

int store_put_rows(store *s, const store_value *rows, size_t n, int *what, store_put_counts *counts,
                   char *err, size_t errlen)
{
    if (counts)
        *counts = (store_put_counts){0, 0, 0};
    if (n > 0 && rows == NULL)
        return store_fail(err, errlen, STORE_INVALID, "%s%s", "store_put_rows: no rows given", "");
    batch b = {.s = s, .rows = rows, .err = err, .errlen = errlen};
    int rc = STORE_OK;
    for (size_t i = 0; i < n && rc == STORE_OK; i++)
        rc = check_row(&b, i);
    if (rc == STORE_OK)
        rc = store_check_txn(s, "storing values", err, errlen);
    if (rc != STORE_OK || n == 0) {
        batch_free(&b);
        return rc;
    }
    /* Inside the caller's transaction a savepoint, so that a failure undoes this call only;
     * outside one, a transaction of the call's own. */
    int own = !s->in_txn;
    rc = own ? store_begin(s, err, errlen)
             : store_exec(s, "SAVEPOINT " SAVEPOINT, "storing values", err, errlen);
    if (rc != STORE_OK) {
        batch_free(&b);
        return rc;
    }
    store_put_counts c = {0, 0, 0};
    for (size_t i = 0; i < n && rc == STORE_OK; i++) {
        int w = STORE_UNCHANGED;
        rc = put_row(&b, i, &w);
        c.n_new += w == STORE_NEW;
        c.n_changed += w == STORE_CHANGED;
        c.n_unchanged += w == STORE_UNCHANGED;
        if (what)
            what[i] = w;
    }
    if (rc == STORE_OK)
        rc = update_summaries(&b);
    batch_free(&b); /* every statement reset before the transaction ends */
    if (rc == STORE_OK) {
        store_wrote_data(s);
        rc = own ? store_commit(s, err, errlen)
                 : store_exec(s, "RELEASE " SAVEPOINT, "storing values", err, errlen);
    }
    if (rc != STORE_OK) {
        if (own)
            store_rollback(s);
        else if (!sqlite3_get_autocommit(s->db)) /* SQLite may have rolled back everything */
            sqlite3_exec(s->db, "ROLLBACK TO " SAVEPOINT "; RELEASE " SAVEPOINT, NULL, NULL, NULL);
        return rc;
    }
    if (counts)
        *counts = c;
    return STORE_OK;
}

int store_formula_done(store *s, const char *indicator, const char *formula_hash,
                       const char *inputs, const char *computed_at, char *err, size_t errlen)
{
    const char *doing = "recording a formula's run";
    if (!indicator || !formula_hash || !inputs || !computed_at)
        return store_fail(err, errlen, STORE_INVALID, "%s: %s", doing,
                          "indicator, formula hash, inputs and time are required");
    int rc = store_check_txn(s, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    rc = store_prepare(
        s,
        "INSERT INTO formula_runs (indicator, formula_hash, inputs, seq, computed_at) "
        "VALUES (?1, ?2, ?3, (SELECT coalesce(max(seq), 0) FROM observations), ?4) "
        "ON CONFLICT (indicator) DO UPDATE SET formula_hash = excluded.formula_hash, "
        "inputs = excluded.inputs, seq = excluded.seq, computed_at = excluded.computed_at",
        &st, doing, err, errlen);
    if (rc != STORE_OK)
        return rc;
    sqlite3_bind_text(st, 1, indicator, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, formula_hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, inputs, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, computed_at, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    rc = src == SQLITE_DONE ? STORE_OK : store_db_fail(s, src, doing, err, errlen);
    sqlite3_finalize(st);
    return rc;
}
