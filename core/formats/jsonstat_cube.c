/* The JSON-stat cube: the builder checked (sizes against categories and values, index
 * positions, roles, ids) and turned into a compact cube, and the cube's accessors. */
#include "jsonstat_build.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *jsonstat_dupn(const char *s, size_t len)
{
    char *d = malloc(len + 1);
    if (d) {
        memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}

void *jsonstat_grow(void *items, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return items;
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        if (c > SIZE_MAX / 2 / size)
            return items;
        c *= 2;
    }
    void *n = realloc(items, c * size);
    if (n == NULL)
        return items;
    *cap = c;
    return n;
}

/* ------------------------------------------------------------------------------------------ */
/* Builders */

static void dimb_free(jsonstat_dimb *d)
{
    free(d->id);
    free(d->label);
    for (size_t i = 0; i < d->ncats; i++) {
        free((char *)d->cats[i].code);
        free((char *)d->cats[i].label);
        if (d->cats[i].unit) {
            jsonstat_unit *u = (jsonstat_unit *)d->cats[i].unit;
            free((char *)u->label);
            free((char *)u->symbol);
            free((char *)u->position);
            free((char *)u->base);
            free(u);
        }
    }
    free(d->cats);
    free(d->pos);
    strmap_free(&d->by_code);
}

void jsonstat_builder_free(jsonstat_builder *b)
{
    if (b == NULL)
        return;
    free(b->name);
    free(b->label);
    free(b->source);
    free(b->updated);
    free(b->version);
    free(b->klass);
    for (size_t i = 0; i < b->nids; i++)
        free(b->ids[i]);
    free(b->ids);
    free(b->sizes);
    for (size_t i = 0; i < b->nroles; i++) {
        free(b->roles[i].role);
        free(b->roles[i].dim);
    }
    free(b->roles);
    for (size_t i = 0; i < b->ndims; i++)
        dimb_free(&b->dims[i]);
    free(b->dims);
    strmap_free(&b->dim_by_id);
    free(b->values);
    free(b->vpairs);
    free(b->status);
    free(b->spairs);
    for (int i = 1; i <= b->nstatus_names; i++)
        free(b->status_names[i]);
    free(b);
}

jsonstat_builder *jsonstat_builder_new(const char *name, size_t len)
{
    jsonstat_builder *b = calloc(1, sizeof *b);
    if (b && name && (b->name = jsonstat_dupn(name, len)) == NULL) {
        free(b);
        return NULL;
    }
    return b;
}

/* ------------------------------------------------------------------------------------------ */
/* The cube */

struct jsonstat_cube {
    char *name, *label, *source, *updated, *version;
    jsonstat_dimension *dims;
    strmap *codes; /* per dimension: code -> position */
    size_t ndims;
    uint64_t cells;
    int has_values;
    double *values;  /* cells of them, NaN where null or missing */
    uint8_t *status; /* cells of them, or NULL: all_status for every cell */
    uint8_t all_status;
    char *status_names[256]; /* [1..nstatus_names] */
    int nstatus_names;
};

void jsonstat_free(jsonstat_cube *c)
{
    if (c == NULL)
        return;
    free(c->name);
    free(c->label);
    free(c->source);
    free(c->updated);
    free(c->version);
    for (size_t i = 0; c->dims && i < c->ndims; i++) {
        jsonstat_dimension *d = &c->dims[i];
        free((char *)d->id);
        free((char *)d->label);
        free((char *)d->role);
        jsonstat_dimb tmp; /* the categories are freed as a builder's are */
        memset(&tmp, 0, sizeof tmp);
        tmp.cats = (jsonstat_category *)d->categories;
        tmp.ncats = d->categories ? d->size : 0;
        dimb_free(&tmp);
        if (c->codes)
            strmap_free(&c->codes[i]);
    }
    free(c->dims);
    free(c->codes);
    free(c->values);
    free(c->status);
    for (int i = 1; i <= c->nstatus_names; i++)
        free(c->status_names[i]);
    free(c);
}

static int ferr(char *err, size_t errlen, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Fills err; returns -1. */
static int ferr(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        ferr(err, errlen, __VA_ARGS__);                                                            \
        goto fail;                                                                                 \
    } while (0)

/* Orders dimension d's categories by position into the cube's dimension out (the strings move).
 * Returns 0, or -1 with err. */
static int place_categories(jsonstat_dimb *d, uint64_t size, jsonstat_dimension *out, strmap *codes,
                            char *err, size_t errlen)
{
    uint8_t *seen = NULL;
    jsonstat_category *cats = NULL;
    if (!d->has_index) {
        if (d->ncats != 1)
            FAIL("dimension '%s' has no category index", d->id);
        d->pos[0] = 0;
    }
    seen = calloc(d->ncats + 1, 1);
    cats = calloc(d->ncats + 1, sizeof *cats);
    if (seen == NULL || cats == NULL)
        FAIL("out of memory");
    for (size_t k = 0; k < d->ncats; k++) {
        int64_t p = d->pos[k];
        if (p < 0)
            FAIL("dimension '%s': category '%s' has a label or unit but is not in the index", d->id,
                 d->cats[k].code);
        if ((uint64_t)p >= d->ncats)
            FAIL("dimension '%s': the index puts '%s' at %lld, outside 0..%zu", d->id,
                 d->cats[k].code, (long long)p, d->ncats - 1);
        if (seen[p]++)
            FAIL("dimension '%s': the index puts two categories at %lld", d->id, (long long)p);
        cats[p] = d->cats[k];
    }
    if (d->ncats != size)
        FAIL("dimension '%s' has %zu categories but 'size' gives %llu", d->id, d->ncats,
             (unsigned long long)size);
    for (size_t p = 0; p < d->ncats; p++)
        if (strmap_put(codes, cats[p].code, strlen(cats[p].code), p) != 0)
            FAIL("out of memory");
    free(seen);
    free(d->cats); /* its strings now belong to cats */
    d->cats = NULL;
    d->ncats = 0;
    out->id = d->id;
    out->label = d->label;
    d->id = d->label = NULL;
    out->size = (size_t)size;
    out->categories = cats;
    return 0;
fail:
    strmap_free(codes);
    free(seen);
    free(cats);
    return -1;
}

/* Scatters (position, value) pairs into cells values. Returns 0, or -1 with err. */
static int scatter_values(const vpair *pairs, size_t n, uint64_t cells, double *values, char *err,
                          size_t errlen)
{
    uint8_t *bits = calloc((size_t)(cells / 8) + 1, 1);
    if (bits == NULL)
        return ferr(err, errlen, "out of memory");
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        uint64_t p = pairs[i].pos;
        if (p >= cells)
            rc = ferr(err, errlen, "value position %llu is outside the %llu cells",
                      (unsigned long long)p, (unsigned long long)cells);
        else if (bits[p / 8] & (1u << (p % 8)))
            rc = ferr(err, errlen, "value position %llu appears twice", (unsigned long long)p);
        else {
            bits[p / 8] |= (uint8_t)(1u << (p % 8));
            values[p] = pairs[i].value;
        }
    }
    free(bits);
    return rc;
}

/* Checks the builder and turns it into a cube (moving what it can). Returns 0, or -1 with err. */
int jsonstat_builder_cube(jsonstat_builder *b, uint64_t max_cells, int skip_values,
                          jsonstat_cube **out, char *err, size_t errlen)
{
    strmap ids = {NULL, 0, 0};
    jsonstat_cube *c = calloc(1, sizeof *c);
    if (c == NULL)
        FAIL("out of memory");
    if (!(b->seen & M_ID))
        FAIL("the dataset has no 'id' (its list of dimensions)");
    if (!(b->seen & M_SIZE))
        FAIL("the dataset has no 'size'");
    if (b->nsizes != b->nids)
        FAIL("'size' has %zu items but 'id' has %zu", b->nsizes, b->nids);
    for (size_t i = 0; i < b->nids; i++) {
        size_t j;
        if (strmap_get(&ids, b->ids[i], strlen(b->ids[i]), &j))
            FAIL("dimension '%s' appears twice in 'id'", b->ids[i]);
        if (strmap_put(&ids, b->ids[i], strlen(b->ids[i]), i) != 0)
            FAIL("out of memory");
        if (!strmap_get(&b->dim_by_id, b->ids[i], strlen(b->ids[i]), &j))
            FAIL("dimension '%s' is in 'id' but 'dimension' has no object for it", b->ids[i]);
    }
    for (size_t k = 0; k < b->ndims; k++) {
        size_t j;
        if (!strmap_get(&ids, b->dims[k].id, strlen(b->dims[k].id), &j))
            FAIL("dimension '%s' is not in 'id'", b->dims[k].id);
    }
    c->ndims = b->nids;
    c->dims = calloc(b->nids + 1, sizeof *c->dims);
    c->codes = calloc(b->nids + 1, sizeof *c->codes);
    if (c->dims == NULL || c->codes == NULL)
        FAIL("out of memory");
    for (size_t i = 0; i < b->nids; i++) {
        size_t k = 0;
        strmap_get(&b->dim_by_id, b->ids[i], strlen(b->ids[i]), &k); /* there: checked above */
        if (place_categories(&b->dims[k], b->sizes[i], &c->dims[i], &c->codes[i], err, errlen) != 0)
            goto fail;
    }
    for (size_t k = 0; k < b->nroles; k++) {
        size_t i;
        if (!strmap_get(&ids, b->roles[k].dim, strlen(b->roles[k].dim), &i))
            FAIL("'role' %s names dimension '%s', which is not in 'id'", b->roles[k].role,
                 b->roles[k].dim);
        jsonstat_dimension *d = &c->dims[i];
        if (d->role && strcmp(d->role, b->roles[k].role) != 0)
            FAIL("dimension '%s' has two roles, '%s' and '%s'", d->id, d->role, b->roles[k].role);
        if (d->role == NULL) {
            d->role = b->roles[k].role;
            b->roles[k].role = NULL;
        }
    }
    c->cells = 1;
    for (size_t i = 0; i < b->nsizes; i++) {
        if (b->sizes[i] != 0 && c->cells > max_cells / b->sizes[i])
            FAIL("the sizes give more than %llu cells (max_cells)", (unsigned long long)max_cells);
        c->cells *= b->sizes[i];
    }
    if (!skip_values) {
        uint64_t cells = c->cells;
        if (b->value_kind == V_NONE)
            FAIL("the dataset has no 'value'");
        if (b->value_kind == V_ARRAY) {
            if (b->nvalues != cells)
                FAIL("value has %llu items but the dimensions give %llu cells",
                     (unsigned long long)b->nvalues, (unsigned long long)cells);
            c->values = b->values;
            b->values = NULL;
            if (b->cap_values > cells && cells > 0) {
                double *t = realloc(c->values, (size_t)cells * sizeof *t);
                if (t)
                    c->values = t;
            }
        } else {
            if ((c->values = malloc((size_t)cells * sizeof *c->values + 1)) == NULL)
                FAIL("out of memory");
            for (uint64_t p = 0; p < cells; p++)
                c->values[p] = NAN;
            if (scatter_values(b->vpairs, b->nvpairs, cells, c->values, err, errlen) != 0)
                goto fail;
        }
        c->has_values = 1;
        if (b->status_kind == S_ARRAY && b->nstatus == 1 && cells != 1) {
            /* JSON-stat 2.0: a one-element status list holds for every cell (Statistics
             * Norway and Eurostat answer "status": ["a"] or [null] this way). */
            c->all_status = b->status[0];
        } else if (b->status_kind == S_ARRAY) {
            if (b->nstatus != cells)
                FAIL("status has %llu items but the dimensions give %llu cells",
                     (unsigned long long)b->nstatus, (unsigned long long)cells);
            c->status = b->status;
            b->status = NULL;
        } else if (b->status_kind == S_OBJECT) {
            if ((c->status = calloc((size_t)cells + 1, 1)) == NULL)
                FAIL("out of memory");
            for (size_t k = 0; k < b->nspairs; k++) {
                uint64_t p = b->spairs[k].pos;
                if (p >= cells)
                    FAIL("status position %llu is outside the %llu cells", (unsigned long long)p,
                         (unsigned long long)cells);
                if (c->status[p])
                    FAIL("status position %llu appears twice", (unsigned long long)p);
                c->status[p] = b->spairs[k].status;
            }
        } else
            c->all_status = b->all_status;
        memcpy(c->status_names, b->status_names, sizeof c->status_names);
        c->nstatus_names = b->nstatus_names;
        b->nstatus_names = 0;
    }
    c->name = b->name;
    c->label = b->label;
    c->source = b->source;
    c->updated = b->updated;
    c->version = b->version;
    b->name = b->label = b->source = b->updated = b->version = NULL;
    strmap_free(&ids);
    *out = c;
    return 0;
fail:
    strmap_free(&ids);
    jsonstat_free(c);
    return -1;
}

/* ------------------------------------------------------------------------------------------ */
/* Accessors */

const char *jsonstat_name(const jsonstat_cube *c)
{
    return c->name;
}

const char *jsonstat_label(const jsonstat_cube *c)
{
    return c->label;
}

const char *jsonstat_source(const jsonstat_cube *c)
{
    return c->source;
}

const char *jsonstat_updated(const jsonstat_cube *c)
{
    return c->updated;
}

const char *jsonstat_version(const jsonstat_cube *c)
{
    return c->version;
}

size_t jsonstat_dimension_count(const jsonstat_cube *c)
{
    return c->ndims;
}

const jsonstat_dimension *jsonstat_dimension_at(const jsonstat_cube *c, size_t i)
{
    return i < c->ndims ? &c->dims[i] : NULL;
}

int64_t jsonstat_category_position(const jsonstat_cube *c, size_t i, const char *code, size_t len)
{
    size_t p;
    if (i >= c->ndims || !strmap_get(&c->codes[i], code, len, &p))
        return -1;
    return (int64_t)p;
}

uint64_t jsonstat_cell_count(const jsonstat_cube *c)
{
    return c->cells;
}

int jsonstat_has_values(const jsonstat_cube *c)
{
    return c->has_values;
}

int jsonstat_cell(const jsonstat_cube *c, uint64_t pos, double *value, const char **status)
{
    double v = c->has_values && pos < c->cells ? c->values[pos] : NAN;
    if (status) {
        uint8_t s = !c->has_values || pos >= c->cells ? 0
            : c->status                               ? c->status[pos]
                                                      : c->all_status;
        *status = s ? c->status_names[s] : NULL;
    }
    *value = v;
    return !isnan(v);
}

const double *jsonstat_values(const jsonstat_cube *c)
{
    return c->has_values ? c->values : NULL;
}
