/* libFuzzer harness: core/formats/jsonstat.c, the streaming JSON-stat reader (1.x and 2.0 datasets).
 *
 * The first input byte picks the options (skip_values, a 1.x dataset name to ask for, the split
 * point); the rest is the response. Checks, beyond "no crash, no leak, no undefined behaviour":
 *   - a refusal comes with a message, an accepted response with a cube;
 *   - the cube is consistent: the cell count is the product of the dimension sizes (and within
 *     max_cells), every dimension has an id and size categories with codes, each code's position
 *     (jsonstat_category_position) is its index, jsonstat_cell agrees with jsonstat_values;
 *   - the response fed to jsonstat_reader in two pieces gives the same verdict and the same cube.
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/jsonstat under make test. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/jsonstat.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Small enough that a fuzzed size cannot ask for gigabytes. */
#define MAX_CELLS 100000

static int same_double(double a, double b)
{
    return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

static int same_str(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* Walks the whole cube, checking it hangs together. */
static void check_cube(const jsonstat_cube *c, int skip_values)
{
    size_t nd = jsonstat_dimension_count(c);
    uint64_t cells = 1;
    for (size_t i = 0; i < nd; i++) {
        const jsonstat_dimension *d = jsonstat_dimension_at(c, i);
        CHECK(d != NULL && d->id != NULL);
        CHECK(d->size > 0 ? d->categories != NULL : 1);
        if (__builtin_mul_overflow(cells, (uint64_t)d->size, &cells))
            cells = UINT64_MAX; /* only a later size 0 can make that a valid cube */
        for (size_t k = 0; k < d->size; k++) {
            const jsonstat_category *cat = &d->categories[k];
            CHECK(cat->code != NULL);
            CHECK(jsonstat_category_position(c, i, cat->code, strlen(cat->code)) == (int64_t)k);
            if (cat->unit != NULL)
                CHECK(cat->unit->decimals >= -1);
        }
    }
    for (size_t i = 0; i < nd; i++)
        if (jsonstat_dimension_at(c, i)->size == 0)
            cells = 0;
    CHECK(jsonstat_cell_count(c) == cells && cells <= MAX_CELLS);
    CHECK(jsonstat_has_values(c) == !skip_values);
    const double *values = jsonstat_values(c);
    CHECK(skip_values ? values == NULL : (cells == 0 || values != NULL));
    if (skip_values)
        return;
    for (uint64_t pos = 0; pos < cells; pos++) {
        double v = 0;
        const char *status = NULL;
        int has = jsonstat_cell(c, pos, &v, &status);
        CHECK(has == 0 || has == 1);
        if (has) {
            CHECK(isfinite(v));
            CHECK(same_double(v, values[pos]));
        } else {
            CHECK(isnan(values[pos]));
        }
    }
}

/* The two cubes hold the same dimensions and cells. */
static void check_same(const jsonstat_cube *a, const jsonstat_cube *b)
{
    CHECK(same_str(jsonstat_name(a), jsonstat_name(b)));
    CHECK(same_str(jsonstat_label(a), jsonstat_label(b)));
    CHECK(same_str(jsonstat_updated(a), jsonstat_updated(b)));
    size_t nd = jsonstat_dimension_count(a);
    CHECK(nd == jsonstat_dimension_count(b));
    for (size_t i = 0; i < nd; i++) {
        const jsonstat_dimension *x = jsonstat_dimension_at(a, i), *y = jsonstat_dimension_at(b, i);
        CHECK(strcmp(x->id, y->id) == 0 && x->size == y->size);
        CHECK(same_str(x->label, y->label) && same_str(x->role, y->role));
        for (size_t k = 0; k < x->size; k++)
            CHECK(strcmp(x->categories[k].code, y->categories[k].code) == 0);
    }
    uint64_t cells = jsonstat_cell_count(a);
    CHECK(cells == jsonstat_cell_count(b));
    for (uint64_t pos = 0; pos < cells && jsonstat_has_values(a); pos++) {
        double v1 = 0, v2 = 0;
        const char *s1 = NULL, *s2 = NULL;
        CHECK(jsonstat_cell(a, pos, &v1, &s1) == jsonstat_cell(b, pos, &v2, &s2));
        CHECK(same_double(v1, v2) && same_str(s1, s2));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t mode = data[0];
    data++;
    size--;
    static const char *const names[] = {NULL, "dataset", "a", "BE0101"};
    jsonstat_options o = {0};
    o.dataset = names[mode & 3];
    o.skip_values = (mode >> 2) & 1;
    o.max_cells = MAX_CELLS;

    char err[512] = "";
    jsonstat_cube *whole = NULL;
    int rc = jsonstat_read_buffer(data, size, &o, &whole, err, sizeof err);
    if (rc == 0) {
        CHECK(whole != NULL);
        check_cube(whole, o.skip_values);
    } else {
        CHECK(rc == -1 && whole == NULL && err[0] != '\0');
    }

    /* The same response in two pieces, split where the rest of the mode byte says. */
    size_t split = size > 0 ? (size_t)(mode >> 3) * 2654435761u % (size + 1) : 0;
    jsonstat_reader *r = jsonstat_reader_new(&o);
    CHECK(r != NULL);
    char err2[512] = "";
    jsonstat_cube *parts = NULL;
    int rc2 = jsonstat_reader_feed(r, data, split, err2, sizeof err2);
    if (rc2 == 0)
        rc2 = jsonstat_reader_feed(r, data + split, size - split, err2, sizeof err2);
    if (rc2 == 0)
        rc2 = jsonstat_reader_finish(r, &parts, err2, sizeof err2);
    jsonstat_reader_free(r);
    if (rc != rc2)
        fprintf(stderr, "fuzz_jsonstat: whole: %d %s; split at %zu: %d %s\n", rc, err, split, rc2,
                err2);
    CHECK(rc == rc2);
    if (rc == 0) {
        CHECK(parts != NULL);
        check_same(whole, parts);
    }
    jsonstat_free(whole);
    jsonstat_free(parts);
    return 0;
}
