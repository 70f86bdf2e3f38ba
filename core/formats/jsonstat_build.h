/* Inside the JSON-stat reader (not part of its public face, jsonstat.h): the builder that
 * jsonstat.c fills from the JSON events and jsonstat_cube.c checks and turns into a cube. */
#ifndef STYR_JSONSTAT_BUILD_H
#define STYR_JSONSTAT_BUILD_H

#include <stddef.h>
#include <stdint.h>

#include "formats/jsonstat.h"
#include "formats/strmap.h"

/* A copy of s[0..len) with a NUL after it, or NULL when out of memory. */
char *jsonstat_dupn(const char *s, size_t len);

/* Room for need items of size bytes in items (capacity *cap): returns the (moved) array with
 * *cap updated; when out of memory, items itself with *cap unchanged. */
void *jsonstat_grow(void *items, size_t *cap, size_t need, size_t size);

/* Appends item to the growable array arr (n items, room for cap; all three lvalues). Evaluates
 * to 0, or -1 when out of memory. */
#define JSONSTAT_APPEND(arr, n, cap, item)                                                         \
    (((n) < (cap) || ((arr) = jsonstat_grow((arr), &(cap), (n) + 1, sizeof *(arr)), (n) < (cap)))  \
         ? ((arr)[(n)++] = (item), 0)                                                              \
         : -1)

/* A dimension as read so far. */
typedef struct jsonstat_dimb {
    char *id, *label;
    int has_label, has_category, has_index, has_labels, has_units;
    jsonstat_category *cats; /* in the order met; strings and units owned */
    int64_t *pos;            /* per category: its position, -1 until the index gives one */
    size_t ncats, cap, cap_pos;
    strmap by_code;
    size_t next; /* the next position of an index array */
} jsonstat_dimb;

typedef struct vpair {
    uint64_t pos;
    double value;
} vpair;

typedef struct spair {
    uint64_t pos;
    uint8_t status;
} spair;

typedef struct rolepair {
    char *role, *dim;
} rolepair;

enum { V_NONE, V_ARRAY, V_OBJECT };
enum { S_NONE, S_STRING, S_ARRAY, S_OBJECT };
enum {
    M_VERSION = 1 << 0,
    M_CLASS = 1 << 1,
    M_LABEL = 1 << 2,
    M_SOURCE = 1 << 3,
    M_UPDATED = 1 << 4,
    M_ID = 1 << 5,
    M_SIZE = 1 << 6,
    M_ROLE = 1 << 7,
    M_DIMENSION = 1 << 8,
    M_VALUE = 1 << 9,
    M_STATUS = 1 << 10,
};

/* A dataset as read so far. */
typedef struct jsonstat_builder {
    char *name, *label, *source, *updated, *version, *klass;
    unsigned seen; /* M_* members met */
    char **ids;
    size_t nids, cap_ids;
    uint64_t *sizes;
    size_t nsizes, cap_sizes;
    int cells_known; /* the size list is complete: cells holds its product */
    uint64_t cells;
    rolepair *roles;
    size_t nroles, cap_roles;
    jsonstat_dimb *dims;
    size_t ndims, cap_dims;
    strmap dim_by_id;
    int value_kind;
    double *values; /* an array's items in order, as many as fit */
    uint64_t nvalues;
    size_t cap_values;
    vpair *vpairs; /* an object's items */
    size_t nvpairs, cap_vpairs;
    int status_kind;
    uint8_t *status; /* an array's items (an index into status_names, 0 for none) */
    uint64_t nstatus;
    size_t cap_status;
    spair *spairs;
    size_t nspairs, cap_spairs;
    uint8_t all_status; /* one status for all cells */
    char *status_names[256];
    int nstatus_names;
} jsonstat_builder;

/* A builder for the dataset called name (len bytes; NULL for the root object). NULL when out of
 * memory. */
jsonstat_builder *jsonstat_builder_new(const char *name, size_t len);
void jsonstat_builder_free(jsonstat_builder *b);

/* Checks the builder and turns it into a cube, moving what it can out of the builder (which the
 * caller still frees). skip_values: the dataset was read without value and status. Returns 0, or
 * -1 with err filled. */
int jsonstat_builder_cube(jsonstat_builder *b, uint64_t max_cells, int skip_values,
                          jsonstat_cube **out, char *err, size_t errlen);

#endif
