/* Unit tests of core/formats/jsonstat.c: the recorded SCB 2.0 and Statistics Denmark 1.x responses, the
 * fixtures of tests/fixtures/jsonstat (sparse value object, status object, 1.x bundle), any
 * split of the stream, members in any order, and every refusal with its message. The SCB
 * values are checked against Python's json module. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/jsonstat.h"

#define OPENDATA "tests/fixtures/opendata"
#define SCB OPENDATA "/scb/v2_TAB6471_data_jsonstat2.json"
#define SCB_META OPENDATA "/scb/v2_TAB6471_metadata_jsonstat2.json"
#define DST OPENDATA "/dst/data_STRAF42_jsonstat_en.json"
#define DST_NOFILTER OPENDATA "/dst/data_STRAF42_nofilter_jsonstat_en.json"
#define FIX "tests/fixtures/jsonstat/"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long n = ftell(f);
    assert_true(n >= 0);
    assert_int_equal(fseek(f, 0, SEEK_SET), 0);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static jsonstat_cube *read_ok(const char *text, const jsonstat_options *o)
{
    jsonstat_cube *c = NULL;
    char err[1024] = "";
    if (jsonstat_read_buffer(text, strlen(text), o, &c, err, sizeof err) != 0)
        fail_msg("refused: %s", err);
    assert_non_null(c);
    return c;
}

static const char *read_err(const char *text, const jsonstat_options *o)
{
    static char err[1024];
    jsonstat_cube *c = NULL;
    if (jsonstat_read_buffer(text, strlen(text), o, &c, err, sizeof err) == 0)
        fail_msg("accepted: %s", text);
    assert_null(c);
    return err;
}

static void expect_contains(const char *haystack, const char *needle)
{
    if (strstr(haystack, needle) == NULL)
        fail_msg("'%s' does not contain '%s'", haystack, needle);
}

static double value_at(const jsonstat_cube *c, uint64_t pos, const char **status)
{
    double v;
    jsonstat_cell(c, pos, &v, status);
    return v;
}

/* The position of a cell given one code per dimension, in order. */
static uint64_t position(const jsonstat_cube *c, const char *const *codes)
{
    uint64_t pos = 0;
    for (size_t i = 0; i < jsonstat_dimension_count(c); i++) {
        int64_t j = jsonstat_category_position(c, i, codes[i], strlen(codes[i]));
        if (j < 0)
            fail_msg("no category %s", codes[i]);
        pos = pos * jsonstat_dimension_at(c, i)->size + (uint64_t)j;
    }
    return pos;
}

/* ------------------------------------------------------------------------------------------ */

/* Python's reading of the SCB response: the cell count, the sum of all values, and three cells
 * by their codes, as "count sum v1 v2 v3". */
static void python_reading(char *out, size_t outlen)
{
    const char *cmd =
        "python3 -c 'import json, sys\n"
        "d = json.load(open(sys.argv[1]))\n"
        "ids = d[\"id\"]; size = d[\"size\"]\n"
        "def pos(codes):\n"
        "    p = 0\n"
        "    for i, k in enumerate(ids):\n"
        "        p = p * size[i] + d[\"dimension\"][k][\"category\"][\"index\"][codes[i]]\n"
        "    return p\n"
        "v = d[\"value\"]\n"
        "print(len(v), sum(x for x in v if x is not None),\n"
        "      v[pos([\"01\", \"0-9\", \"TotSa\", \"000007SF\", \"2026M01\"])],\n"
        "      v[pos([\"05\", \"30-39\", \"2\", \"000007SF\", \"2026M03\"])],\n"
        "      v[pos([\"25\", \"100+10\", \"1\", \"000007SF\", \"2026M04\"])])' " SCB;
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    if (fgets(out, (int)outlen, p) == NULL)
        out[0] = '\0';
    assert_int_equal(pclose(p), 0);
}

static void test_scb_v2_against_python(void **state)
{
    (void)state;
    jsonstat_cube *c = NULL;
    char err[1024];
    if (jsonstat_read_file(SCB, NULL, &c, err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(jsonstat_cell_count(c), 2772);
    assert_int_equal(jsonstat_dimension_count(c), 5);
    const char *ids[] = {"Region", "Alder", "Kon", "ContentsCode", "Tid"};
    const size_t sizes[] = {21, 11, 3, 1, 4};
    for (size_t i = 0; i < 5; i++) {
        assert_string_equal(jsonstat_dimension_at(c, i)->id, ids[i]);
        assert_int_equal(jsonstat_dimension_at(c, i)->size, sizes[i]);
    }
    const jsonstat_dimension *region = jsonstat_dimension_at(c, 0);
    assert_string_equal(region->label, "region");
    assert_null(region->role);
    assert_string_equal(region->categories[0].code, "01");
    assert_string_equal(region->categories[0].label, "Stockholms län");
    assert_string_equal(region->categories[20].code, "25");
    assert_string_equal(jsonstat_dimension_at(c, 3)->role, "metric");
    assert_string_equal(jsonstat_dimension_at(c, 4)->role, "time");
    const jsonstat_unit *u = jsonstat_dimension_at(c, 3)->categories[0].unit;
    assert_non_null(u);
    assert_int_equal(u->decimals, 0);
    assert_string_equal(jsonstat_version(c), "2.0");
    assert_null(jsonstat_name(c));
    assert_string_equal(jsonstat_source(c), "SCB");

    double sum = 0;
    const double *values = jsonstat_values(c);
    for (uint64_t p = 0; p < jsonstat_cell_count(c); p++)
        if (!isnan(values[p]))
            sum += values[p];
    const char *a[] = {"01", "0-9", "TotSa", "000007SF", "2026M01"};
    const char *b[] = {"05", "30-39", "2", "000007SF", "2026M03"};
    const char *d[] = {"25", "100+10", "1", "000007SF", "2026M04"};
    char ours[256], theirs[256];
    snprintf(ours, sizeof ours, "%llu %.0f %.0f %.0f %.0f\n",
             (unsigned long long)jsonstat_cell_count(c), sum, value_at(c, position(c, a), NULL),
             value_at(c, position(c, b), NULL), value_at(c, position(c, d), NULL));
    python_reading(theirs, sizeof theirs);
    assert_string_equal(ours, theirs);
    assert_string_equal(ours, "2772 84837753 245284 30712 9\n");
    jsonstat_free(c);
}

/* Fed in pieces of 1 to 13 bytes, the response gives the same cube. */
static void test_any_split_gives_the_same_cube(void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(SCB, &len);
    jsonstat_cube *whole = read_ok(text, NULL);
    for (size_t piece = 1; piece <= 13; piece += 3) {
        jsonstat_reader *r = jsonstat_reader_new(NULL);
        char err[1024];
        for (size_t at = 0; at < len; at += piece)
            if (jsonstat_reader_feed(r, text + at, len - at < piece ? len - at : piece, err,
                                     sizeof err) != 0)
                fail_msg("%s", err);
        jsonstat_cube *c = NULL;
        if (jsonstat_reader_finish(r, &c, err, sizeof err) != 0)
            fail_msg("%s", err);
        jsonstat_reader_free(r);
        assert_int_equal(jsonstat_cell_count(c), 2772);
        assert_memory_equal(jsonstat_values(c), jsonstat_values(whole), 2772 * sizeof(double));
        jsonstat_free(c);
    }
    jsonstat_free(whole);
    free(text);
}

static void test_dst_v1_responses(void **state)
{
    (void)state;
    jsonstat_cube *c = NULL;
    char err[1024];
    if (jsonstat_read_file(DST, NULL, &c, err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_string_equal(jsonstat_name(c), "dataset");
    assert_null(jsonstat_version(c));
    assert_string_equal(jsonstat_label(c), "Decisions, total by national origin, Indhold and time");
    assert_int_equal(jsonstat_cell_count(c), 1);
    assert_int_equal(jsonstat_dimension_count(c), 3);
    assert_string_equal(jsonstat_dimension_at(c, 0)->id, "HERKOMST1");
    assert_string_equal(jsonstat_dimension_at(c, 0)->categories[0].label, "Total");
    assert_string_equal(jsonstat_dimension_at(c, 1)->role, "metric");
    assert_string_equal(jsonstat_dimension_at(c, 1)->categories[0].unit->base, "Number");
    assert_string_equal(jsonstat_dimension_at(c, 2)->role, "time");
    assert_string_equal(jsonstat_dimension_at(c, 2)->categories[0].code, "2023");
    const char *status = "x";
    assert_true(value_at(c, 0, &status) == 233454);
    assert_null(status);
    jsonstat_free(c);

    if (jsonstat_read_file(DST_NOFILTER, NULL, &c, err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(jsonstat_dimension_count(c), 2);
    assert_string_equal(jsonstat_dimension_at(c, 1)->categories[0].code, "2024");
    assert_true(value_at(c, 0, NULL) == 227774);
    jsonstat_free(c);
}

/* value first, as a sparse object; an index object out of order; a dimension with one category
 * and only a label; an extension holding "value" and "dimension" members, skipped. */
static void test_sparse_value_object(void **state)
{
    (void)state;
    jsonstat_cube *c = NULL;
    char err[1024];
    if (jsonstat_read_file(FIX "sparse_value_v2.json", NULL, &c, err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(jsonstat_cell_count(c), 6);
    const jsonstat_dimension *area = jsonstat_dimension_at(c, 0);
    assert_string_equal(area->role, "geo");
    assert_string_equal(area->categories[0].code, "0580");
    assert_string_equal(area->categories[0].label, "Linköping");
    assert_string_equal(area->categories[1].code, "2480");
    const jsonstat_dimension *sex = jsonstat_dimension_at(c, 1);
    assert_int_equal(sex->size, 1);
    assert_string_equal(sex->categories[0].code, "T");
    assert_string_equal(jsonstat_dimension_at(c, 2)->categories[2].code, "2021");
    double v;
    assert_int_equal(jsonstat_cell(c, 0, &v, NULL), 1);
    assert_true(v == 10.5);
    assert_int_equal(jsonstat_cell(c, 3, &v, NULL), 1);
    assert_true(v == 7);
    const uint64_t missing[] = {1, 2, 4, 5}; /* 5 is an explicit null */
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(jsonstat_cell(c, missing[i], &v, NULL), 0);
    const char *codes[] = {"2480", "T", "2019"};
    assert_int_equal(position(c, codes), 3);
    assert_int_equal(jsonstat_category_position(c, 0, "9999", 4), -1);
    jsonstat_free(c);
}

static void test_status_object_and_units(void **state)
{
    (void)state;
    jsonstat_cube *c = NULL;
    char err[1024];
    if (jsonstat_read_file(FIX "status_object_v2.json", NULL, &c, err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(jsonstat_cell_count(c), 4);
    const jsonstat_unit *u = jsonstat_dimension_at(c, 0)->categories[0].unit;
    assert_string_equal(u->label, "hushåll");
    assert_string_equal(u->symbol, "st");
    assert_string_equal(u->position, "end");
    assert_null(u->base);
    assert_int_equal(u->decimals, 0);
    const char *st;
    double v;
    assert_int_equal(jsonstat_cell(c, 0, &v, &st), 1);
    assert_true(v == 2996);
    assert_null(st);
    assert_int_equal(jsonstat_cell(c, 2, &v, &st), 0);
    assert_string_equal(st, "..");
    assert_int_equal(jsonstat_cell(c, 3, &v, &st), 1);
    assert_true(v == 2800.5);
    assert_string_equal(st, "p");
    jsonstat_free(c);

    /* status as one string for all, and as an array */
    c = read_ok("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"t\"],\"size\":[2],"
                "\"dimension\":{\"t\":{\"category\":{\"index\":[\"a\",\"b\"]}}},"
                "\"value\":[1,2],\"status\":\"e\"}",
                NULL);
    assert_int_equal(jsonstat_cell(c, 1, &v, &st), 1);
    assert_string_equal(st, "e");
    jsonstat_free(c);
    c = read_ok("{\"status\":[null,\"x\"],\"value\":[1,null],\"id\":[\"t\"],\"size\":[2],"
                "\"dimension\":{\"t\":{\"category\":{\"index\":[\"a\",\"b\"]}}}}",
                NULL);
    assert_int_equal(jsonstat_cell(c, 0, &v, &st), 1);
    assert_null(st);
    assert_int_equal(jsonstat_cell(c, 1, &v, &st), 0);
    assert_string_equal(st, "x");
    jsonstat_free(c);
    /* a one-element list holds for every cell (JSON-stat 2.0, as Statistics Norway answers) */
    c = read_ok("{\"status\":[\"a\"],\"value\":[1,2,3],\"id\":[\"t\"],\"size\":[3],"
                "\"dimension\":{\"t\":{\"category\":{\"index\":[\"a\",\"b\",\"c\"]}}}}",
                NULL);
    assert_int_equal(jsonstat_cell(c, 2, &v, &st), 1);
    assert_true(v == 3);
    assert_string_equal(st, "a");
    jsonstat_free(c);
    c = read_ok("{\"status\":[null],\"value\":[1,2],\"id\":[\"t\"],\"size\":[2],"
                "\"dimension\":{\"t\":{\"category\":{\"index\":[\"a\",\"b\"]}}}}",
                NULL);
    assert_int_equal(jsonstat_cell(c, 1, &v, &st), 1);
    assert_null(st);
    jsonstat_free(c);
    /* two items for three cells is still refused */
    expect_contains(
        read_err("{\"status\":[\"a\",\"b\"],\"value\":[1,2,3],\"id\":[\"t\"],\"size\":[3],"
                 "\"dimension\":{\"t\":{\"category\":{\"index\":[\"a\",\"b\",\"c\"]}}}}",
                 NULL),
        "status has 2 items but the dimensions give 3 cells");
}

static void test_v1_bundle(void **state)
{
    (void)state;
    jsonstat_cube *c = NULL;
    char err[1024];
    assert_int_equal(jsonstat_read_file(FIX "bundle_v1.json", NULL, &c, err, sizeof err), -1);
    expect_contains(err,
                    "the bundle holds 2 datasets ('unemployment', 'population'): choose one "
                    "with the dataset option");
    jsonstat_options o = {.dataset = "unemployment"};
    if (jsonstat_read_file(FIX "bundle_v1.json", &o, &c, err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_string_equal(jsonstat_name(c), "unemployment");
    assert_int_equal(jsonstat_cell_count(c), 4);
    assert_string_equal(jsonstat_dimension_at(c, 0)->role, "geo");
    assert_string_equal(jsonstat_dimension_at(c, 0)->categories[1].label, "Aarhus");
    const char *st;
    assert_true(value_at(c, 3, &st) == 5.9);
    assert_string_equal(st, "p");
    assert_true(value_at(c, 1, &st) == 4.8);
    assert_null(st);
    jsonstat_free(c);
    o.dataset = "population";
    if (jsonstat_read_file(FIX "bundle_v1.json", &o, &c, err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(jsonstat_cell_count(c), 1);
    assert_string_equal(jsonstat_dimension_at(c, 0)->categories[0].code, "707");
    assert_true(value_at(c, 0, NULL) == 37000);
    jsonstat_free(c);
    o.dataset = "nope";
    assert_int_equal(jsonstat_read_file(FIX "bundle_v1.json", &o, &c, err, sizeof err), -1);
    expect_contains(err,
                    "no dataset 'nope' in the bundle (it holds 'unemployment', "
                    "'population')");
    assert_int_equal(jsonstat_read_file(SCB, &o, &c, err, sizeof err), -1);
    expect_contains(err, "the response is one dataset, not a bundle with 'nope'");
}

/* The metadata response has "value": []: refused, or read for its dimensions only. */
static void test_metadata_response(void **state)
{
    (void)state;
    jsonstat_cube *c = NULL;
    char err[1024];
    assert_int_equal(jsonstat_read_file(SCB_META, NULL, &c, err, sizeof err), -1);
    expect_contains(err, "value has 0 items but the dimensions give");
    jsonstat_options o = {.skip_values = 1};
    if (jsonstat_read_file(SCB_META, &o, &c, err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_false(jsonstat_has_values(c));
    assert_null(jsonstat_values(c));
    const jsonstat_dimension *region = jsonstat_dimension_at(c, 0);
    assert_string_equal(region->id, "Region");
    assert_true(region->size >= 290);
    assert_true(jsonstat_category_position(c, 0, "0580", 4) >= 0);
    assert_true(jsonstat_category_position(c, 0, "2480", 4) >= 0);
    jsonstat_free(c);
}

/* A small dataset whose pieces the refusal tests change: id, size, dimension, value. The text
 * lives in one of 64 buffers used in turn. */
static char *dataset(const char *id, const char *size, const char *dims, const char *value)
{
    static char bufs[64][1024];
    static int next;
    char *buf = bufs[next++ % 64];
    snprintf(buf, sizeof bufs[0],
             "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":%s,\"size\":%s,"
             "\"dimension\":%s,\"value\":%s}",
             id, size, dims, value);
    return buf;
}

#define DIMS_OK                                                                                    \
    "{\"a\":{\"category\":{\"index\":[\"x\",\"y\"]}},\"Tid\":{\"category\":{\"index\":{"           \
    "\"2019\":0,\"2020\":1,\"2021\":2}}}}"

static void test_refusals_name_the_problem(void **state)
{
    (void)state;
    jsonstat_cube *c = read_ok(dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "[1,2,3,4,5,6]"), NULL);
    jsonstat_free(c);
    struct {
        const char *text, *message;
    } cases[] = {
        {dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "[1,2,3,4,5]"),
         "value has 5 items but the dimensions give 6 cells"},
        {dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "[1,2,3,4,5,6,7]"),
         "value has 7 items but the dimensions give 6 cells"},
        {dataset("[\"a\",\"Tid\"]", "[2,3]",
                 "{\"a\":{\"category\":{\"index\":[\"x\",\"y\"]}},\"Tid\":{\"category\":{\"label\":"
                 "{\"2019\":\"2019\",\"2020\":\"2020\"}}}}",
                 "[1,2,3,4,5,6]"),
         "dimension 'Tid' has no category index"},
        {dataset("[\"a\",\"Tid\"]", "[2,4]", DIMS_OK, "[1,2,3,4,5,6,7,8]"),
         "dimension 'Tid' has 3 categories but 'size' gives 4"},
        {dataset("[\"a\",\"Tid\"]", "[2]", DIMS_OK, "[1,2]"), "'size' has 1 items but 'id' has 2"},
        {dataset("[\"a\",\"Tid\",\"b\"]", "[2,3,1]", DIMS_OK, "[1,2,3,4,5,6]"),
         "dimension 'b' is in 'id' but 'dimension' has no object for it"},
        {dataset("[\"a\"]", "[2]", DIMS_OK, "[1,2]"), "dimension 'Tid' is not in 'id'"},
        {dataset("[\"a\",\"a\"]", "[2,2]", DIMS_OK, "[1,2,3,4]"),
         "dimension 'a' appears twice in 'id'"},
        {dataset(
             "[\"a\",\"Tid\"]", "[2,3]",
             "{\"a\":{\"category\":{\"index\":[\"x\",\"y\"]}},\"Tid\":{\"category\":{\"index\":{"
             "\"2019\":0,\"2020\":0,\"2021\":2}}}}",
             "[1,2,3,4,5,6]"),
         "dimension 'Tid': the index puts two categories at 0"},
        {dataset(
             "[\"a\",\"Tid\"]", "[2,3]",
             "{\"a\":{\"category\":{\"index\":[\"x\",\"y\"]}},\"Tid\":{\"category\":{\"index\":{"
             "\"2019\":0,\"2020\":1,\"2021\":7}}}}",
             "[1,2,3,4,5,6]"),
         "dimension 'Tid': the index puts '2021' at 7, outside 0..2"},
        {dataset(
             "[\"a\",\"Tid\"]", "[2,3]",
             "{\"a\":{\"category\":{\"index\":[\"x\",\"x\"]}},\"Tid\":{\"category\":{\"index\":{"
             "\"2019\":0,\"2020\":1,\"2021\":2}}}}",
             "[1,2,3,4,5,6]"),
         "dimension 'a': category 'x' appears twice in the index"},
        {dataset("[\"a\",\"Tid\"]", "[2,3]",
                 "{\"a\":{\"category\":{\"index\":[\"x\",\"y\"],\"label\":{\"z\":\"Z\"}}},"
                 "\"Tid\":{\"category\":{\"index\":[\"2019\",\"2020\",\"2021\"]}}}",
                 "[1,2,3,4,5,6]"),
         "dimension 'a': category 'z' has a label or unit but is not in the index"},
        {dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "{\"6\":1}"),
         "value position 6 is outside the 6 cells"},
        {dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "{\"1\":1,\"1\":2}"),
         "value position 1 appears twice"},
        {dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "{\"x\":1}"),
         "'value' has the key 'x', which is not a cell position"},
        {dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "[1,2,\"..\",4,5,6]"),
         "value[2] is a string, expected a number or null"},
        {dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "[1,2,3,4,5,1e400]"),
         "number 1e400 is too large for a double"},
        {dataset("[\"a\",\"Tid\"]", "[2,-3]", DIMS_OK, "[]"),
         "'size' items are negative, expected sizes"},
        {dataset("\"a\"", "[2]", DIMS_OK, "[]"), "'id' is a string, expected an array"},
        {"{\"value\":[1],\"value\":[2]}", "duplicate member 'value'"},
        {"{\"version\":\"2.0\",\"class\":\"collection\"}", "class 'collection' is not supported"},
        {"[1,2]", "a JSON-stat response is an object, not an array"},
        {"{}", "not a JSON-stat dataset"},
        {"{\"version\":\"2.0\",\"dimension\":{},\"value\":[]}", "the dataset has no 'id'"},
        {"{\"version\":\"2.0\",\"id\":[],\"dimension\":{},\"value\":[]}",
         "the dataset has no 'size'"},
        {"{\"version\":\"2.0\",\"id\":[],\"size\":[],\"dimension\":{}}",
         "the dataset has no 'value'"},
        {"{\"version\":\"2.0\",\"id\":[\"a\"],\"size\":[1],\"value\":[1],\"role\":{\"time\":[\"b\"]"
         "},"
         "\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}}}}",
         "'role' time names dimension 'b', which is not in 'id'"},
        {"{\"version\":\"2.0\",\"id\":[\"a\"],\"size\":[1],\"value\":[1],\"role\":{\"time\":[\"a\"]"
         ","
         "\"geo\":[\"a\"]},\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}}}}",
         "dimension 'a' has two roles, 'time' and 'geo'"},
        {"{\"dataset\":{\"dimension\":{\"id\":[\"a\"],\"size\":[1],\"a\":{\"category\":{\"index\":"
         "[\"x\"]}},\"a\":{}},\"value\":[1]}}",
         "dimension 'a' appears twice"},
        {"{\"dataset\":{\"dimension\":{\"id\":[\"a\"],\"size\":[1]},\"value\":[1]}}",
         "dataset 'dataset': dimension 'a' is in 'id' but 'dimension' has no object"},
        {"{\"version\":\"2.0\",\"id\":[\"a\"],\"size\":[1],\"value\":[1],\n\"dimension\":{\"a\":"
         "{\"category\":{\"index\":[\"x\"]}}}",
         "line 2, column"},
        {"{\"version\":\"2.0\",\"label\":\"\\ud800\"}", "surrogate"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_contains(read_err(cases[i].text, NULL), cases[i].message);
}

static void test_limits(void **state)
{
    (void)state;
    jsonstat_options o = {.max_cells = 5};
    expect_contains(read_err(dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "[1,2,3,4,5,6]"), &o),
                    "the sizes give more than 5 cells (max_cells)");
    /* value before the sizes: stopped as it grows past the limit */
    expect_contains(read_err("{\"value\":[1,2,3,4,5,6,7,8],\"id\":[]}", &o),
                    "'value' has more than 5 items (max_cells)");
    /* sizes whose product overflows 64 bits */
    expect_contains(
        read_err(dataset("[\"a\",\"b\",\"c\"]", "[4294967296,4294967296,16]", "{}", "[]"), NULL),
        "more than 50000000 cells");
    /* 256 different statuses */
    char *text = malloc(16384);
    assert_non_null(text);
    size_t n = (size_t)sprintf(text, "{\"id\":[\"a\"],\"size\":[256],\"status\":[");
    for (int i = 0; i < 256; i++)
        n += (size_t)sprintf(text + n, "%s\"s%d\"", i ? "," : "", i);
    n += (size_t)sprintf(text + n, "]}");
    expect_contains(read_err(text, NULL), "more than 255 different statuses");
    free(text);
    jsonstat_options small = {.max_bytes = 100};
    expect_contains(read_err(dataset("[\"a\",\"Tid\"]", "[2,3]", DIMS_OK, "[1,2,3,4,5,6]"), &small),
                    "the text is longer than 100 bytes");
}

/* Truncated at every byte, the SCB response is refused with a message each time. */
static void test_truncated_response(void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(DST, &len);
    for (size_t n = 0; n + 1 < len; n++) {
        jsonstat_cube *c = NULL;
        char err[1024] = "";
        assert_int_equal(jsonstat_read_buffer(text, n, NULL, &c, err, sizeof err), -1);
        assert_null(c);
        assert_true(strlen(err) > 0);
    }
    free(text);
    jsonstat_cube *c = NULL;
    char err[1024];
    assert_int_equal(
        jsonstat_read_file("tests/fixtures/jsonstat/nonexistent.json", NULL, &c, err, sizeof err),
        -1);
    expect_contains(err, "cannot open tests/fixtures/jsonstat/nonexistent.json: No such file");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scb_v2_against_python),
        cmocka_unit_test(test_any_split_gives_the_same_cube),
        cmocka_unit_test(test_dst_v1_responses),
        cmocka_unit_test(test_sparse_value_object),
        cmocka_unit_test(test_status_object_and_units),
        cmocka_unit_test(test_v1_bundle),
        cmocka_unit_test(test_metadata_response),
        cmocka_unit_test(test_refusals_name_the_problem),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_truncated_response),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
