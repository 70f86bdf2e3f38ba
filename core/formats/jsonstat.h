/* JSON-stat datasets (https://json-stat.org), read as a stream of JSON events (json.c, yajl), so
 * that a response of hundreds of megabytes never exists as a tree: only the dimensions and one
 * double per cell (plus one status byte per cell when statuses vary) are kept.
 *
 * Read: version 2.0 datasets ("version": "2.0", "class": "dataset", top-level id, size, role)
 * and 1.x responses ({"name": {dataset}, …}: Statistics Denmark's {"dataset": {…}}, or a bundle
 * of several; id, size and role inside "dimension"). Members may come in any order (value before
 * dimension included). Category index as an array or an object {code: position}; a dimension
 * with one category may leave out the index and give only the label. value as an array (numbers
 * or null) or a sparse object {"position": number}, cells it leaves out being missing; status as
 * one string for all cells, an array or an object {"position": string}. Unknown members
 * (extension, link, note, href, child, …) are skipped unread, duplicates in them unchecked. A
 * 1.x bundle of several datasets needs the dataset option (refused otherwise, naming them).
 *
 * Refused, with a message naming the member: a value count that differs from the cells the sizes
 * give, a size that differs from a dimension's categories, a dimension listed in id without an
 * object (or the other way round), a dimension without a category index, an index that is not a
 * permutation of 0..n-1, a position outside the cells, a duplicate member (of those read),
 * category, label, position or dimension, a value that is not a number or null (strings such as
 * ".." included: say so with status), more cells than max_cells, more than 255 different
 * statuses, and every JSON error json.c refuses (with line and column). */
#ifndef STYR_JSONSTAT_H
#define STYR_JSONSTAT_H

#include <stddef.h>
#include <stdint.h>

#define JSONSTAT_DEFAULT_MAX_CELLS ((uint64_t)50 * 1000 * 1000)
#define JSONSTAT_DEFAULT_MAX_BYTES ((uint64_t)1024 * 1024 * 1024)

typedef struct jsonstat_options {
    const char *dataset; /* in a 1.x bundle, the dataset to read; NULL: the only one */
    uint64_t max_cells;  /* 0 = JSONSTAT_DEFAULT_MAX_CELLS */
    uint64_t max_bytes;  /* longest input; 0 = JSONSTAT_DEFAULT_MAX_BYTES */
    int skip_values;     /* read the dimensions only (a metadata response has "value": []) */
} jsonstat_options;

typedef struct jsonstat_unit {
    const char *label, *symbol, *position, *base; /* NULL when absent */
    int decimals;                                 /* -1 when absent */
} jsonstat_unit;

typedef struct jsonstat_category {
    const char *code;
    const char *label;         /* NULL when absent */
    const jsonstat_unit *unit; /* NULL when absent */
} jsonstat_category;

typedef struct jsonstat_dimension {
    const char *id;
    const char *label; /* NULL when absent */
    const char *role;  /* "time", "geo", "metric" (or another role the dataset names), or NULL */
    size_t size;
    const jsonstat_category *categories; /* size of them, by position (the JSON-stat index) */
} jsonstat_dimension;

typedef struct jsonstat_cube jsonstat_cube;

/* The stream reader: feed it the response in pieces of any size, then finish. */
typedef struct jsonstat_reader jsonstat_reader;

/* options may be NULL (defaults); the reader copies what it keeps. NULL when out of memory. */
jsonstat_reader *jsonstat_reader_new(const jsonstat_options *o);
/* Returns 0, or -1 with err filled ("line L, column C: …") and the reader spent. */
int jsonstat_reader_feed(jsonstat_reader *r, const void *data, size_t len, char *err,
                         size_t errlen);
/* Returns 0 and the cube in *out (the caller owns it: jsonstat_free), or -1 with err filled. */
int jsonstat_reader_finish(jsonstat_reader *r, jsonstat_cube **out, char *err, size_t errlen);
void jsonstat_reader_free(jsonstat_reader *r);

/* One text in memory, or one file read in pieces. Return 0 and the cube, or -1 with err. */
int jsonstat_read_buffer(const void *text, size_t len, const jsonstat_options *o,
                         jsonstat_cube **out, char *err, size_t errlen);
int jsonstat_read_file(const char *path, const jsonstat_options *o, jsonstat_cube **out, char *err,
                       size_t errlen);

void jsonstat_free(jsonstat_cube *c);

/* The dataset's name in a 1.x response ("dataset" for Statistics Denmark) or NULL, and its
 * label, source, updated and version members, each NULL when absent. */
const char *jsonstat_name(const jsonstat_cube *c);
const char *jsonstat_label(const jsonstat_cube *c);
const char *jsonstat_source(const jsonstat_cube *c);
const char *jsonstat_updated(const jsonstat_cube *c);
const char *jsonstat_version(const jsonstat_cube *c);

size_t jsonstat_dimension_count(const jsonstat_cube *c);
/* Dimension i (0 ≤ i < count), in the order of id. */
const jsonstat_dimension *jsonstat_dimension_at(const jsonstat_cube *c, size_t i);
/* The position of category code in dimension i, or -1. */
int64_t jsonstat_category_position(const jsonstat_cube *c, size_t i, const char *code, size_t len);

/* The number of cells: the product of the sizes (1 for no dimensions). */
uint64_t jsonstat_cell_count(const jsonstat_cube *c);
/* 1 when read with values. */
int jsonstat_has_values(const jsonstat_cube *c);
/* Cell pos in row-major order (the last dimension varies fastest): returns 1 and sets *value
 * when it has one, 0 when it is null or missing. *status (when status is not NULL) is set to the
 * cell's status or NULL. Values are NaN for null cells. */
int jsonstat_cell(const jsonstat_cube *c, uint64_t pos, double *value, const char **status);
/* All values, cell_count of them, NaN where null or missing; NULL when read without values. */
const double *jsonstat_values(const jsonstat_cube *c);

#endif
