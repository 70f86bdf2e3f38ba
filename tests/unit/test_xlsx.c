/* core/formats/xlsx.c: workbooks built in memory, names checked, nothing left behind.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "formats/xlsx.h"

static int bytes_contain(const char *data, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(data + i, needle, n) == 0)
            return 1;
    return 0;
}

static void test_workbook_bytes(void **state)
{
    (void)state;
    char err[256];
    xlsx_book *b = xlsx_new(NULL, 1570000000, "Titel", err, sizeof err);
    assert_non_null(b);
    assert_int_equal(0, xlsx_sheet(b, "Medborgare", err, sizeof err));
    assert_int_equal(0, xlsx_column_width(b, 0, 30));
    assert_int_equal(0, xlsx_freeze_rows(b, 1));
    assert_int_equal(0, xlsx_string(b, 0, 0, "Indikator", 1));
    assert_int_equal(0, xlsx_number(b, 1, 0, 2996.5, "#,##0.0", 0));
    assert_int_equal(0, xlsx_string(b, 2, 0, "=cmd|' /C calc'!A0", 0));
    assert_int_equal(0, xlsx_blank(b, 3, 0, 0));
    assert_int_equal(-1, xlsx_number(b, -1, 0, 1, NULL, 0));
    assert_int_equal(-1, xlsx_string(b, 0, 16384, "x", 0));
    char *data = NULL;
    size_t len = 0;
    assert_int_equal(0, xlsx_finish(b, &data, &len, err, sizeof err));
    assert_true(len > 100);
    assert_memory_equal("PK", data, 2);
    assert_true(bytes_contain(data, len, "xl/worksheets/sheet1.xml"));
    free(data);
}

static void test_same_input_same_bytes(void **state)
{
    (void)state;
    char err[256];
    char *d[2];
    size_t n[2];
    for (int i = 0; i < 2; i++) {
        xlsx_book *b = xlsx_new(NULL, 1570000000, "T", err, sizeof err);
        assert_non_null(b);
        assert_int_equal(0, xlsx_sheet(b, "A", err, sizeof err));
        assert_int_equal(0, xlsx_number(b, 0, 0, 1.5, "0.0", 1));
        assert_int_equal(0, xlsx_finish(b, &d[i], &n[i], err, sizeof err));
    }
    assert_int_equal(n[0], n[1]);
    assert_memory_equal(d[0], d[1], n[0]);
    free(d[0]);
    free(d[1]);
}

static void test_bad_sheet_names(void **state)
{
    (void)state;
    char err[256];
    xlsx_book *b = xlsx_new(NULL, 0, NULL, err, sizeof err);
    assert_non_null(b);
    assert_int_equal(-1, xlsx_sheet(b, "a/b", err, sizeof err));
    assert_non_null(strstr(err, "a/b"));
    assert_int_equal(-1, xlsx_sheet(b, "0123456789012345678901234567890123", err, sizeof err));
    assert_int_equal(0, xlsx_sheet(b, "Ekonomi", err, sizeof err));
    assert_int_equal(-1, xlsx_sheet(b, "Ekonomi", err, sizeof err));
    assert_int_equal(-1, xlsx_sheet(b, "ekonomi", err, sizeof err));
    xlsx_discard(b);
}

static void test_unwritable_tmpdir(void **state)
{
    (void)state;
    char err[256] = "";
    assert_null(xlsx_new("/nonexistent/styr", 0, NULL, err, sizeof err));
    assert_non_null(strstr(err, "temporary"));
}

static void test_empty_workbook(void **state)
{
    (void)state;
    char err[256];
    xlsx_book *b = xlsx_new(NULL, 0, NULL, err, sizeof err);
    assert_non_null(b);
    char *data = NULL;
    size_t len = 0;
    assert_int_equal(0, xlsx_finish(b, &data, &len, err, sizeof err));
    assert_memory_equal("PK", data, 2);
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_workbook_bytes),  cmocka_unit_test(test_same_input_same_bytes),
        cmocka_unit_test(test_bad_sheet_names), cmocka_unit_test(test_unwritable_tmpdir),
        cmocka_unit_test(test_empty_workbook),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
