/* JSON-stat datasets read from json.c's event stream: a small state machine (one frame per open
 * object or array that matters, a depth counter for subtrees it skips) fills a builder
 * (jsonstat_build.h) per dataset, and jsonstat_reader_finish has jsonstat_cube.c check it and
 * turn it into a cube.
 *
 * Memory: the dimensions and their categories, plus one double per cell. A value array is
 * appended as it comes (sized exactly when the sizes came first, doubling otherwise); a sparse
 * value object is kept as (position, value) pairs and scattered at the end. Statuses take a byte
 * per cell (an index into at most 255 distinct strings) and only when they vary per cell. */
#include "formats/jsonstat.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/json.h"
#include "formats/utf8.h"
#include "jsonstat_build.h"

/* At most 60 bytes of s, for a message: "%.*s" with Q(s, len). */
#define Q(s, len) (int)utf8_prefix((s), (len), 60), (s)

/* ------------------------------------------------------------------------------------------ */
/* The reader */

typedef enum {
    C_ROOT,
    C_DATASET,
    C_DIMENSION,
    C_DIM,
    C_CATEGORY,
    C_INDEX_ARRAY,
    C_INDEX_OBJECT,
    C_LABELS,
    C_UNITS,
    C_UNIT,
    C_IDS,
    C_SIZES,
    C_ROLES,
    C_ROLE_LIST,
    C_VALUE_ARRAY,
    C_VALUE_OBJECT,
    C_STATUS_ARRAY,
    C_STATUS_OBJECT,
} ctx_kind;

typedef struct frame {
    ctx_kind kind;
    int is_object; /* keys arrive in it */
    jsonstat_builder *b;
    size_t dim, cat;
    char *role; /* C_ROLE_LIST: the role's name, owned */
} frame;

enum { MAX_FRAMES = 16 };

struct jsonstat_reader {
    json_parser *p;
    char *dataset; /* the option, copied */
    uint64_t max_cells;
    int skip_values;
    frame stack[MAX_FRAMES];
    size_t depth;
    size_t skip; /* depth inside a subtree being skipped; 0 when reading */
    char *key;   /* the last key in the innermost object */
    size_t keylen, cap_key;
    uint64_t pos;            /* that key as a cell position, in a value or status object */
    jsonstat_builder *root;  /* the root object, read as a dataset */
    jsonstat_builder *entry; /* the bundle entry chosen (or the first) */
    size_t entries;          /* bundle entries met */
    char others[200];        /* their names, for a message */
    int failed;
};

typedef enum { VK_NULL, VK_BOOL, VK_INT, VK_NUM, VK_STR, VK_OBJ, VK_ARR } vkind;

typedef struct val {
    vkind k;
    int64_t i;
    double d;
    const char *s;
    size_t len;
} val;

static const char *kind_name(vkind k)
{
    static const char *const names[] = {"null",     "a boolean", "an integer", "a number",
                                        "a string", "an object", "an array"};
    return names[k];
}

/* Stops the parse with a message (json.c adds the position). Returns -1. */
static int fail(jsonstat_reader *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static int fail(jsonstat_reader *r, const char *fmt, ...)
{
    char m[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m, sizeof m, fmt, ap);
    va_end(ap);
    json_parser_fail(r->p, "%s", m);
    return -1;
}

static int oom(jsonstat_reader *r)
{
    return fail(r, "out of memory");
}

static int push(jsonstat_reader *r, ctx_kind kind, int is_object, jsonstat_builder *b, size_t dim,
                size_t cat)
{
    if (r->depth == MAX_FRAMES)
        return fail(r, "nesting too deep for a JSON-stat response");
    r->stack[r->depth++] = (frame){kind, is_object, b, dim, cat, NULL};
    r->keylen = 0;
    return 0;
}

static int skip(jsonstat_reader *r, const val *v)
{
    if (v->k == VK_OBJ || v->k == VK_ARR)
        r->skip = 1;
    return 0;
}

static int key_is(const jsonstat_reader *r, const char *name)
{
    return r->keylen == strlen(name) && memcmp(r->key, name, r->keylen) == 0;
}

/* A string member: set once. */
static int set_string(jsonstat_reader *r, jsonstat_builder *b, unsigned bit, char **dst,
                      const val *v)
{
    if (b->seen & bit)
        return fail(r, "duplicate member '%.*s'", Q(r->key, r->keylen));
    b->seen |= bit;
    if (v->k == VK_NULL)
        return 0;
    if (v->k != VK_STR)
        return fail(r, "'%.*s' is %s, expected a string", Q(r->key, r->keylen), kind_name(v->k));
    if ((*dst = jsonstat_dupn(v->s, v->len)) == NULL)
        return oom(r);
    return 0;
}

/* Marks member bit as met in b, refusing a second time. */
static int once(jsonstat_reader *r, jsonstat_builder *b, unsigned bit)
{
    if (b->seen & bit)
        return fail(r, "duplicate member '%.*s'", Q(r->key, r->keylen));
    b->seen |= bit;
    return 0;
}

/* Product of the sizes, or -1 with the message when it overflows or passes max_cells. */
static int count_cells(jsonstat_reader *r, jsonstat_builder *b)
{
    uint64_t cells = 1;
    for (size_t i = 0; i < b->nsizes; i++) {
        if (b->sizes[i] != 0 && cells > r->max_cells / b->sizes[i])
            return fail(r, "the sizes give more than %llu cells (max_cells)",
                        (unsigned long long)r->max_cells);
        cells *= b->sizes[i];
    }
    b->cells = cells;
    b->cells_known = 1;
    return 0;
}

/* A status string's index, interning it. Returns 1..255, or -1 with the message. */
static int status_index(jsonstat_reader *r, jsonstat_builder *b, const char *s, size_t len)
{
    for (int i = 1; i <= b->nstatus_names; i++)
        if (strlen(b->status_names[i]) == len && memcmp(b->status_names[i], s, len) == 0)
            return i;
    if (b->nstatus_names == 255)
        return fail(r, "more than 255 different statuses");
    char *copy = jsonstat_dupn(s, len);
    if (copy == NULL)
        return oom(r);
    b->status_names[++b->nstatus_names] = copy;
    return b->nstatus_names;
}

/* A member of a dataset object. Returns 0 when read (or being read), 1 when the key is not one
 * that a dataset reads, -1 on error. */
static int dataset_member(jsonstat_reader *r, jsonstat_builder *b, const val *v)
{
    if (key_is(r, "version"))
        return set_string(r, b, M_VERSION, &b->version, v);
    if (key_is(r, "class")) {
        if (set_string(r, b, M_CLASS, &b->klass, v) != 0)
            return -1;
        if (b->klass && strcmp(b->klass, "dataset") != 0)
            return fail(r,
                        "class '%s' is not supported: styr reads datasets (and 1.x bundles of "
                        "them)",
                        b->klass);
        return 0;
    }
    if (key_is(r, "label"))
        return set_string(r, b, M_LABEL, &b->label, v);
    if (key_is(r, "source"))
        return set_string(r, b, M_SOURCE, &b->source, v);
    if (key_is(r, "updated"))
        return set_string(r, b, M_UPDATED, &b->updated, v);
    if (key_is(r, "id")) {
        if (v->k != VK_ARR)
            return fail(r, "'id' is %s, expected an array of dimension ids", kind_name(v->k));
        return once(r, b, M_ID) ? -1 : push(r, C_IDS, 0, b, 0, 0);
    }
    if (key_is(r, "size")) {
        if (v->k != VK_ARR)
            return fail(r, "'size' is %s, expected an array of integers", kind_name(v->k));
        return once(r, b, M_SIZE) ? -1 : push(r, C_SIZES, 0, b, 0, 0);
    }
    if (key_is(r, "role")) {
        if (v->k != VK_OBJ)
            return fail(r, "'role' is %s, expected an object", kind_name(v->k));
        return once(r, b, M_ROLE) ? -1 : push(r, C_ROLES, 1, b, 0, 0);
    }
    if (key_is(r, "dimension")) {
        if (v->k != VK_OBJ)
            return fail(r, "'dimension' is %s, expected an object", kind_name(v->k));
        return once(r, b, M_DIMENSION) ? -1 : push(r, C_DIMENSION, 1, b, 0, 0);
    }
    if (key_is(r, "value")) {
        if (r->skip_values)
            return skip(r, v);
        if (once(r, b, M_VALUE))
            return -1;
        if (v->k == VK_ARR) {
            b->value_kind = V_ARRAY;
            if (b->cells_known && b->cells > 0) { /* the size is known: exactly that room */
                b->values =
                    jsonstat_grow(b->values, &b->cap_values, (size_t)b->cells, sizeof *b->values);
                if (b->cap_values < b->cells)
                    return oom(r);
            }
            return push(r, C_VALUE_ARRAY, 0, b, 0, 0);
        }
        if (v->k == VK_OBJ) {
            b->value_kind = V_OBJECT;
            return push(r, C_VALUE_OBJECT, 1, b, 0, 0);
        }
        return fail(r, "'value' is %s, expected an array or an object", kind_name(v->k));
    }
    if (key_is(r, "status")) {
        if (r->skip_values)
            return skip(r, v);
        if (once(r, b, M_STATUS))
            return -1;
        switch (v->k) {
        case VK_NULL:
            return 0;
        case VK_STR: {
            int i = status_index(r, b, v->s, v->len);
            if (i < 0)
                return -1;
            b->status_kind = S_STRING;
            b->all_status = (uint8_t)i;
            return 0;
        }
        case VK_ARR:
            b->status_kind = S_ARRAY;
            return push(r, C_STATUS_ARRAY, 0, b, 0, 0);
        case VK_OBJ:
            b->status_kind = S_OBJECT;
            return push(r, C_STATUS_OBJECT, 1, b, 0, 0);
        default:
            return fail(r, "'status' is %s, expected a string, an array or an object",
                        kind_name(v->k));
        }
    }
    return 1;
}

/* Members a dataset has that are not read; at the root they are not bundle entries. */
static int known_unread(const jsonstat_reader *r)
{
    static const char *const names[] = {"note",  "href",  "link",        "extension",
                                        "error", "child", "coordinates", NULL};
    for (const char *const *n = names; *n; n++)
        if (key_is(r, *n))
            return 1;
    return 0;
}

/* True once the root object shows members of a dataset. */
static int root_is_dataset(const jsonstat_builder *b)
{
    return (b->seen & (M_VERSION | M_CLASS | M_ID | M_SIZE | M_DIMENSION | M_VALUE)) != 0;
}

static int root_member(jsonstat_reader *r, const val *v)
{
    int rc = dataset_member(r, r->root, v);
    if (rc <= 0)
        return rc;
    if (v->k != VK_OBJ || known_unread(r) || root_is_dataset(r->root))
        return skip(r, v);
    /* An object under a name: a dataset of a 1.x bundle. */
    r->entries++;
    int wanted = r->dataset ? key_is(r, r->dataset) : r->entry == NULL;
    if (wanted && r->entry != NULL)
        return fail(r, "dataset '%s' appears twice in the bundle", r->dataset);
    size_t used = strlen(r->others);
    if (!wanted || r->dataset == NULL) /* names for a message: "a, b, …" */
        snprintf(r->others + used, sizeof r->others - used, "%s'%.*s'", used ? ", " : "",
                 Q(r->key, r->keylen));
    if (!wanted)
        return skip(r, v);
    if ((r->entry = jsonstat_builder_new(r->key, r->keylen)) == NULL)
        return oom(r);
    return push(r, C_DATASET, 1, r->entry, 0, 0);
}

/* The category with code in dimension d, added (without a position) when new. Returns its
 * index, or -1 with the message. */
static long long category(jsonstat_reader *r, jsonstat_dimb *d, const char *code, size_t len)
{
    size_t i;
    if (strmap_get(&d->by_code, code, len, &i))
        return (long long)i;
    char *copy = jsonstat_dupn(code, len);
    if (copy == NULL)
        return oom(r);
    jsonstat_category c = {copy, NULL, NULL};
    size_t n = d->ncats;
    if (JSONSTAT_APPEND(d->cats, d->ncats, d->cap, c) != 0) {
        free(copy);
        return oom(r);
    }
    int64_t none = -1;
    size_t npos = n;
    if (JSONSTAT_APPEND(d->pos, npos, d->cap_pos, none) != 0 ||
        strmap_put(&d->by_code, copy, len, n) != 0)
        return oom(r); /* the code is in cats, which frees it */
    return (long long)n;
}

static int dimension_member(jsonstat_reader *r, jsonstat_builder *b, const val *v)
{
    /* In 1.x, id, size and role sit here beside the dimensions; told apart from dimensions of
     * those names by their type (role only while no version says 2.x). */
    if ((key_is(r, "id") || key_is(r, "size")) && v->k == VK_ARR)
        return dataset_member(r, b, v);
    if (key_is(r, "role") && v->k == VK_OBJ && b->version == NULL)
        return dataset_member(r, b, v);
    if (v->k != VK_OBJ)
        return skip(r, v);
    size_t i;
    if (strmap_get(&b->dim_by_id, r->key, r->keylen, &i))
        return fail(r, "dimension '%.*s' appears twice", Q(r->key, r->keylen));
    jsonstat_dimb d;
    memset(&d, 0, sizeof d);
    if ((d.id = jsonstat_dupn(r->key, r->keylen)) == NULL)
        return oom(r);
    size_t n = b->ndims;
    if (JSONSTAT_APPEND(b->dims, b->ndims, b->cap_dims, d) != 0) {
        free(d.id);
        return oom(r);
    }
    if (strmap_put(&b->dim_by_id, b->dims[n].id, r->keylen, n) != 0)
        return oom(r);
    return push(r, C_DIM, 1, b, n, 0);
}

static int dim_member(jsonstat_reader *r, jsonstat_builder *b, jsonstat_dimb *d, size_t di,
                      const val *v)
{
    if (key_is(r, "label")) {
        if (d->has_label++)
            return fail(r, "dimension '%s': duplicate member 'label'", d->id);
        if (v->k == VK_NULL)
            return 0;
        if (v->k != VK_STR)
            return fail(r, "dimension '%s': 'label' is %s, expected a string", d->id,
                        kind_name(v->k));
        return (d->label = jsonstat_dupn(v->s, v->len)) == NULL ? oom(r) : 0;
    }
    if (key_is(r, "category")) {
        if (d->has_category++)
            return fail(r, "dimension '%s': duplicate member 'category'", d->id);
        if (v->k != VK_OBJ)
            return fail(r, "dimension '%s': 'category' is %s, expected an object", d->id,
                        kind_name(v->k));
        return push(r, C_CATEGORY, 1, b, di, 0);
    }
    return skip(r, v);
}

static int category_member(jsonstat_reader *r, jsonstat_builder *b, jsonstat_dimb *d, size_t di,
                           const val *v)
{
    if (key_is(r, "index")) {
        if (d->has_index++)
            return fail(r, "dimension '%s': duplicate member 'index'", d->id);
        if (v->k == VK_ARR)
            return push(r, C_INDEX_ARRAY, 0, b, di, 0);
        if (v->k == VK_OBJ)
            return push(r, C_INDEX_OBJECT, 1, b, di, 0);
        return fail(r, "dimension '%s': 'index' is %s, expected an array or an object", d->id,
                    kind_name(v->k));
    }
    if (key_is(r, "label")) {
        if (d->has_labels++)
            return fail(r, "dimension '%s': duplicate member 'label' in 'category'", d->id);
        if (v->k != VK_OBJ)
            return fail(r, "dimension '%s': category 'label' is %s, expected an object", d->id,
                        kind_name(v->k));
        return push(r, C_LABELS, 1, b, di, 0);
    }
    if (key_is(r, "unit") && v->k == VK_OBJ) {
        if (d->has_units++)
            return fail(r, "dimension '%s': duplicate member 'unit'", d->id);
        return push(r, C_UNITS, 1, b, di, 0);
    }
    return skip(r, v);
}

static int unit_member(jsonstat_reader *r, jsonstat_dimb *d, jsonstat_unit *u, const val *v)
{
    const char **field = key_is(r, "label") ? &u->label
        : key_is(r, "symbol")               ? &u->symbol
        : key_is(r, "position")             ? &u->position
        : key_is(r, "base")                 ? &u->base
                                            : NULL;
    if (field && v->k == VK_STR) {
        if (*field)
            return fail(r, "dimension '%s': duplicate member '%.*s' in a unit", d->id,
                        Q(r->key, r->keylen));
        return (*field = jsonstat_dupn(v->s, v->len)) == NULL ? oom(r) : 0;
    }
    if (key_is(r, "decimals") && v->k == VK_INT && v->i >= 0 && v->i <= 1000) {
        u->decimals = (int)v->i;
        return 0;
    }
    return skip(r, v);
}

/* A cell's value: a number or null (NaN). Returns 0, or -1 when it is neither. */
static int cell_value(const val *v, double *out)
{
    if (v->k == VK_INT)
        *out = (double)v->i;
    else if (v->k == VK_NUM)
        *out = v->d;
    else if (v->k == VK_NULL)
        *out = NAN;
    else
        return -1;
    return 0;
}

/* One value event at the current place. */
static int value(jsonstat_reader *r, const val *v)
{
    if (r->depth == 0) {
        if (v->k != VK_OBJ)
            return fail(r, "a JSON-stat response is an object, not %s", kind_name(v->k));
        return push(r, C_ROOT, 1, r->root, 0, 0);
    }
    frame *f = &r->stack[r->depth - 1];
    jsonstat_builder *b = f->b;
    jsonstat_dimb *d = f->kind >= C_DIM && f->kind <= C_UNIT ? &b->dims[f->dim] : NULL;
    switch (f->kind) {
    case C_ROOT:
        return root_member(r, v);
    case C_DATASET: {
        int rc = dataset_member(r, b, v);
        return rc <= 0 ? rc : skip(r, v);
    }
    case C_DIMENSION:
        return dimension_member(r, b, v);
    case C_DIM:
        return dim_member(r, b, d, f->dim, v);
    case C_CATEGORY:
        return category_member(r, b, d, f->dim, v);
    case C_INDEX_ARRAY: {
        if (v->k != VK_STR)
            return fail(r, "dimension '%s': index items are %s, expected category codes", d->id,
                        kind_name(v->k));
        long long c = category(r, d, v->s, v->len);
        if (c < 0)
            return -1;
        if (d->pos[c] >= 0)
            return fail(r, "dimension '%s': category '%.*s' appears twice in the index", d->id,
                        Q(v->s, v->len));
        d->pos[c] = (int64_t)d->next++;
        return 0;
    }
    case C_INDEX_OBJECT: {
        if (v->k != VK_INT || v->i < 0)
            return fail(r, "dimension '%s': the index of '%.*s' is %s, expected a position", d->id,
                        Q(r->key, r->keylen), v->k == VK_INT ? "negative" : kind_name(v->k));
        long long c = category(r, d, r->key, r->keylen);
        if (c < 0)
            return -1;
        if (d->pos[c] >= 0)
            return fail(r, "dimension '%s': category '%.*s' appears twice in the index", d->id,
                        Q(r->key, r->keylen));
        d->pos[c] = v->i;
        return 0;
    }
    case C_LABELS: {
        if (v->k == VK_NULL)
            return 0;
        if (v->k != VK_STR)
            return fail(r, "dimension '%s': the label of '%.*s' is %s, expected a string", d->id,
                        Q(r->key, r->keylen), kind_name(v->k));
        long long c = category(r, d, r->key, r->keylen);
        if (c < 0)
            return -1;
        if (d->cats[c].label)
            return fail(r, "dimension '%s': category '%.*s' has two labels", d->id,
                        Q(r->key, r->keylen));
        return (d->cats[c].label = jsonstat_dupn(v->s, v->len)) == NULL ? oom(r) : 0;
    }
    case C_UNITS: {
        if (v->k != VK_OBJ)
            return skip(r, v);
        long long c = category(r, d, r->key, r->keylen);
        if (c < 0)
            return -1;
        if (d->cats[c].unit)
            return fail(r, "dimension '%s': category '%.*s' has two units", d->id,
                        Q(r->key, r->keylen));
        jsonstat_unit *u = calloc(1, sizeof *u);
        if (u == NULL)
            return oom(r);
        u->decimals = -1;
        d->cats[c].unit = u;
        return push(r, C_UNIT, 1, b, f->dim, (size_t)c);
    }
    case C_UNIT:
        return unit_member(r, d, (jsonstat_unit *)d->cats[f->cat].unit, v);
    case C_IDS: {
        if (v->k != VK_STR)
            return fail(r, "'id' items are %s, expected dimension ids", kind_name(v->k));
        char *id = jsonstat_dupn(v->s, v->len);
        if (id == NULL || JSONSTAT_APPEND(b->ids, b->nids, b->cap_ids, id) != 0) {
            free(id);
            return oom(r);
        }
        return 0;
    }
    case C_SIZES: {
        if (v->k != VK_INT || v->i < 0)
            return fail(r, "'size' items are %s, expected sizes (integers from 0)",
                        v->k == VK_INT ? "negative" : kind_name(v->k));
        uint64_t n = (uint64_t)v->i;
        return JSONSTAT_APPEND(b->sizes, b->nsizes, b->cap_sizes, n) != 0 ? oom(r) : 0;
    }
    case C_ROLES: {
        if (v->k != VK_ARR)
            return skip(r, v);
        char *role = jsonstat_dupn(r->key, r->keylen);
        if (role == NULL)
            return oom(r);
        if (push(r, C_ROLE_LIST, 0, b, 0, 0) != 0) {
            free(role);
            return -1;
        }
        r->stack[r->depth - 1].role = role;
        return 0;
    }
    case C_ROLE_LIST: {
        if (v->k != VK_STR)
            return fail(r, "role '%s' lists %s, expected dimension ids", f->role, kind_name(v->k));
        rolepair rp = {jsonstat_dupn(f->role, strlen(f->role)), jsonstat_dupn(v->s, v->len)};
        if (rp.role == NULL || rp.dim == NULL ||
            JSONSTAT_APPEND(b->roles, b->nroles, b->cap_roles, rp)) {
            free(rp.role);
            free(rp.dim);
            return oom(r);
        }
        return 0;
    }
    case C_VALUE_ARRAY: {
        double x;
        if (cell_value(v, &x) != 0)
            return fail(r, "value[%llu] is %s, expected a number or null",
                        (unsigned long long)b->nvalues, kind_name(v->k));
        if (b->cells_known && b->nvalues >= b->cells) {
            b->nvalues++; /* too many: counted for the message, not kept */
            return 0;
        }
        if (b->nvalues >= r->max_cells)
            return fail(r, "'value' has more than %llu items (max_cells)",
                        (unsigned long long)r->max_cells);
        size_t n = (size_t)b->nvalues;
        if (JSONSTAT_APPEND(b->values, n, b->cap_values, x) != 0)
            return oom(r);
        b->nvalues = n;
        return 0;
    }
    case C_VALUE_OBJECT: {
        vpair vp = {r->pos, 0};
        if (cell_value(v, &vp.value) != 0)
            return fail(r, "value[\"%llu\"] is %s, expected a number or null",
                        (unsigned long long)r->pos, kind_name(v->k));
        if (b->nvpairs >= r->max_cells)
            return fail(r, "'value' has more than %llu items (max_cells)",
                        (unsigned long long)r->max_cells);
        return JSONSTAT_APPEND(b->vpairs, b->nvpairs, b->cap_vpairs, vp) != 0 ? oom(r) : 0;
    }
    case C_STATUS_ARRAY:
    case C_STATUS_OBJECT: {
        int i = 0;
        if (v->k == VK_STR && (i = status_index(r, b, v->s, v->len)) < 0)
            return -1;
        if (v->k != VK_STR && v->k != VK_NULL)
            return fail(r, "a status is %s, expected a string or null", kind_name(v->k));
        if (f->kind == C_STATUS_OBJECT) {
            spair sp = {r->pos, (uint8_t)i};
            if (i == 0)
                return 0;
            if (b->nspairs >= r->max_cells)
                return fail(r, "'status' has more than %llu items (max_cells)",
                            (unsigned long long)r->max_cells);
            return JSONSTAT_APPEND(b->spairs, b->nspairs, b->cap_spairs, sp) != 0 ? oom(r) : 0;
        }
        if (b->nstatus >= r->max_cells)
            return fail(r, "'status' has more than %llu items (max_cells)",
                        (unsigned long long)r->max_cells);
        uint8_t s = (uint8_t)i;
        size_t n = (size_t)b->nstatus;
        if (JSONSTAT_APPEND(b->status, n, b->cap_status, s) != 0)
            return oom(r);
        b->nstatus = n;
        return 0;
    }
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* json.c's events */

static int h_null(void *ctx)
{
    jsonstat_reader *r = ctx;
    val v = {VK_NULL, 0, 0, NULL, 0};
    return r->skip ? 0 : value(r, &v);
}

static int h_boolean(void *ctx, int b)
{
    jsonstat_reader *r = ctx;
    val v = {VK_BOOL, b, 0, NULL, 0};
    return r->skip ? 0 : value(r, &v);
}

static int h_integer(void *ctx, int64_t i)
{
    jsonstat_reader *r = ctx;
    val v = {VK_INT, i, 0, NULL, 0};
    return r->skip ? 0 : value(r, &v);
}

static int h_number(void *ctx, double d)
{
    jsonstat_reader *r = ctx;
    val v = {VK_NUM, 0, d, NULL, 0};
    return r->skip ? 0 : value(r, &v);
}

static int h_string(void *ctx, const char *s, size_t len)
{
    jsonstat_reader *r = ctx;
    val v = {VK_STR, 0, 0, s, len};
    return r->skip ? 0 : value(r, &v);
}

static int h_begin_object(void *ctx)
{
    jsonstat_reader *r = ctx;
    val v = {VK_OBJ, 0, 0, NULL, 0};
    if (r->skip) {
        r->skip++;
        return 0;
    }
    return value(r, &v);
}

static int h_begin_array(void *ctx)
{
    jsonstat_reader *r = ctx;
    val v = {VK_ARR, 0, 0, NULL, 0};
    if (r->skip) {
        r->skip++;
        return 0;
    }
    return value(r, &v);
}

static int h_end(void *ctx)
{
    jsonstat_reader *r = ctx;
    if (r->skip) {
        r->skip--;
        return 0;
    }
    frame *f = &r->stack[--r->depth];
    free(f->role);
    f->role = NULL;
    r->keylen = 0;
    return f->kind == C_SIZES ? count_cells(r, f->b) : 0;
}

/* A key: kept for the value that follows; in a value or status object, a cell position. */
static int h_key(void *ctx, const char *s, size_t len)
{
    jsonstat_reader *r = ctx;
    if (r->skip)
        return 0;
    r->key = jsonstat_grow(r->key, &r->cap_key, len + 1, 1);
    if (r->cap_key < len + 1)
        return oom(r);
    memcpy(r->key, s, len);
    r->key[len] = '\0';
    r->keylen = len;
    ctx_kind kind = r->stack[r->depth - 1].kind;
    if (kind == C_VALUE_OBJECT || kind == C_STATUS_OBJECT) {
        uint64_t pos = 0;
        int ok = len > 0 && len <= 19;
        for (size_t i = 0; ok && i < len; i++) {
            ok = s[i] >= '0' && s[i] <= '9';
            pos = pos * 10 + (uint64_t)(s[i] - '0');
        }
        if (!ok)
            return fail(r, "'%s' has the key '%.*s', which is not a cell position",
                        kind == C_VALUE_OBJECT ? "value" : "status", Q(s, len));
        r->pos = pos;
    }
    return 0;
}

static const json_handlers handlers = {
    h_null,         h_boolean, h_integer, h_number,      h_string,
    h_begin_object, h_key,     h_end,     h_begin_array, h_end,
};

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

/* ------------------------------------------------------------------------------------------ */
/* Reading */

jsonstat_reader *jsonstat_reader_new(const jsonstat_options *o)
{
    jsonstat_reader *r = calloc(1, sizeof *r);
    if (r == NULL)
        return NULL;
    json_parse_options po = {0};
    po.max_bytes = o && o->max_bytes ? o->max_bytes : JSONSTAT_DEFAULT_MAX_BYTES;
    r->max_cells = o && o->max_cells ? o->max_cells : JSONSTAT_DEFAULT_MAX_CELLS;
    r->skip_values = o ? o->skip_values : 0;
    if ((o && o->dataset && (r->dataset = strdup(o->dataset)) == NULL) ||
        (r->root = jsonstat_builder_new(NULL, 0)) == NULL ||
        (r->p = json_parser_new(&handlers, r, &po)) == NULL) {
        jsonstat_reader_free(r);
        return NULL;
    }
    return r;
}

void jsonstat_reader_free(jsonstat_reader *r)
{
    if (r == NULL)
        return;
    json_parser_free(r->p);
    for (size_t i = 0; i < r->depth; i++)
        free(r->stack[i].role);
    jsonstat_builder_free(r->root);
    jsonstat_builder_free(r->entry);
    free(r->key);
    free(r->dataset);
    free(r);
}

int jsonstat_reader_feed(jsonstat_reader *r, const void *data, size_t len, char *err, size_t errlen)
{
    if (!r->failed && json_parser_feed(r->p, data, len) == 0)
        return 0;
    r->failed = 1;
    return ferr(err, errlen, "%s", json_parser_error(r->p));
}

int jsonstat_reader_finish(jsonstat_reader *r, jsonstat_cube **out, char *err, size_t errlen)
{
    *out = NULL;
    if (r->failed || json_parser_finish(r->p) != 0) {
        r->failed = 1;
        return ferr(err, errlen, "%s", json_parser_error(r->p));
    }
    r->failed = 1; /* spent either way */
    jsonstat_builder *b = r->entry;
    if (r->dataset) {
        if (b == NULL && root_is_dataset(r->root))
            return ferr(err, errlen, "the response is one dataset, not a bundle with '%s'",
                        r->dataset);
        if (b == NULL)
            return ferr(err, errlen, "no dataset '%s' in the bundle (it holds %s)", r->dataset,
                        r->others[0] ? r->others : "none");
    } else if (root_is_dataset(r->root))
        b = r->root;
    else if (r->entries == 0)
        return ferr(err, errlen,
                    "not a JSON-stat dataset: no 'dimension', 'value' or dataset in it");
    else if (r->entries > 1)
        return ferr(err, errlen,
                    "the bundle holds %zu datasets (%s): choose one with the dataset option",
                    r->entries, r->others);
    if (jsonstat_builder_cube(b, r->max_cells, r->skip_values, out, err, errlen) != 0) {
        if (b->name) { /* say which dataset of the bundle */
            char m[512];
            snprintf(m, sizeof m, "%s", err);
            snprintf(err, errlen, "dataset '%s': %s", b->name, m);
        }
        return -1;
    }
    return 0;
}

int jsonstat_read_buffer(const void *text, size_t len, const jsonstat_options *o,
                         jsonstat_cube **out, char *err, size_t errlen)
{
    *out = NULL;
    jsonstat_reader *r = jsonstat_reader_new(o);
    if (r == NULL)
        return ferr(err, errlen, "out of memory");
    int rc = jsonstat_reader_feed(r, text, len, err, errlen) == 0 &&
            jsonstat_reader_finish(r, out, err, errlen) == 0
        ? 0
        : -1;
    jsonstat_reader_free(r);
    return rc;
}

int jsonstat_read_file(const char *path, const jsonstat_options *o, jsonstat_cube **out, char *err,
                       size_t errlen)
{
    enum { CHUNK = 256 * 1024 };
    *out = NULL;
    char m[512] = "";
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return ferr(err, errlen, "cannot open %s: %s", path, strerror(errno));
    char *buf = malloc(CHUNK);
    jsonstat_reader *r = jsonstat_reader_new(o);
    int rc = -1;
    if (buf == NULL || r == NULL) {
        snprintf(m, sizeof m, "out of memory");
        goto done;
    }
    size_t n;
    while ((n = fread(buf, 1, CHUNK, f)) > 0)
        if (jsonstat_reader_feed(r, buf, n, m, sizeof m) != 0)
            goto done;
    if (ferror(f)) {
        snprintf(m, sizeof m, "cannot read: %s", strerror(errno));
        goto done;
    }
    rc = jsonstat_reader_finish(r, out, m, sizeof m);
done:
    if (rc != 0)
        ferr(err, errlen, "%s: %s", path, m);
    jsonstat_reader_free(r);
    free(buf);
    fclose(f);
    return rc;
}
