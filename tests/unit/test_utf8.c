/* Unit tests of core/formats/utf8.c, styr's one UTF-8 validator: known good and bad texts, the
 * offset of the first bad sequence, cutting at a sequence boundary, and agreement with a decoder
 * that checks code points (the configuration loader's former validator) over every sequence of up
 * to three bytes and the boundaries of four-byte ones. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "formats/utf8.h"

/* Moved here from test_json.c with the functions. */
static void test_utf8_helpers(void **state)
{
    (void)state;
    assert_true(utf8_valid("", 0));
    static const char good[] = "Ålborg \xf0\x9f\x98\x80 \xef\xbf\xbf \xf4\x8f\xbf\xbf";
    assert_true(utf8_valid(good, sizeof good - 1));
    assert_false(utf8_valid("\xed\xbf\xbf", 3));
    assert_false(utf8_valid("\xf8\x88\x80\x80\x80", 5));
    assert_false(utf8_valid("\xc2", 1));
    assert_false(utf8_valid("\xe2\x82", 2));
    assert_false(utf8_valid("\xe2\x28\xa1", 3));
    assert_int_equal(utf8_prefix("abc", 3, 10), 3);
    assert_int_equal(utf8_prefix("a\xc3\xa5\xc3\xa5", 5, 2), 1);
    assert_int_equal(utf8_prefix("a\xc3\xa5\xc3\xa5", 5, 3), 3);
    assert_int_equal(utf8_prefix("\xf0\x9f\x98\x80x", 5, 3), 0);
}

/* The offset of the first invalid sequence, as the configuration loader reports it (the line and
 * the byte shown to the user come from it). */
static void test_valid_prefix(void **state)
{
    (void)state;
    assert_int_equal(utf8_valid_prefix("", 0), 0);
    assert_int_equal(utf8_valid_prefix("abc", 3), 3);
    assert_int_equal(utf8_valid_prefix("ab\xff", 3), 2);
    assert_int_equal(utf8_valid_prefix("\xc3\xa5x\xc3", 4), 3);    /* cut at the end */
    assert_int_equal(utf8_valid_prefix("\xc3\xa5\xc0\x80", 4), 2); /* overlong NUL */
    assert_int_equal(utf8_valid_prefix("a\xed\xa0\x80", 4), 1);    /* a surrogate */
    assert_int_equal(utf8_valid_prefix("\xf4\x90\x80\x80", 4), 0); /* past U+10FFFF */
    assert_int_equal(utf8_valid_prefix("\xe2\x82\xac\x80", 4), 3); /* a stray continuation */
    assert_int_equal(utf8_valid_prefix("\xef\xbb\xbf", 3), 3);     /* a byte order mark */
    assert_int_equal(utf8_valid_prefix("x\0y", 3), 3);             /* NUL is valid UTF-8 */
}

/* A decoder that computes code points and refuses overlong forms, surrogates and values past
 * U+10FFFF: returns the offset of the first invalid sequence, or len. */
static size_t decode_check(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i], cp, n;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 1, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3, cp = c & 0x07;
        } else {
            return i;
        }
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n + 1;
    }
    return len;
}

static void agree(const unsigned char *s, size_t len)
{
    size_t want = decode_check(s, len), got = utf8_valid_prefix((const char *)s, len);
    if (got != want)
        fail_msg("%zu bytes %02x %02x %02x %02x: prefix %zu, the decoder says %zu", len, s[0],
                 len > 1 ? s[1] : 0, len > 2 ? s[2] : 0, len > 3 ? s[3] : 0, got, want);
}

static void test_agrees_with_a_decoder(void **state)
{
    (void)state;
    unsigned char s[4];
    for (unsigned a = 0; a < 256; a++) {
        s[0] = (unsigned char)a;
        agree(s, 1);
        for (unsigned b = 0; b < 256; b++) {
            s[1] = (unsigned char)b;
            agree(s, 2);
            for (unsigned c = 0; c < 256; c++) {
                s[2] = (unsigned char)c;
                agree(s, 3);
            }
        }
    }
    static const unsigned char edge[] = {0x00, 0x7f, 0x80, 0x8f, 0x90,
                                         0x9f, 0xa0, 0xbf, 0xc0, 0xff};
    for (unsigned a = 0xe0; a < 0x100; a++)
        for (size_t b = 0; b < sizeof edge; b++)
            for (size_t c = 0; c < sizeof edge; c++)
                for (size_t d = 0; d < sizeof edge; d++) {
                    s[0] = (unsigned char)a, s[1] = edge[b], s[2] = edge[c], s[3] = edge[d];
                    agree(s, 4);
                }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_helpers),
        cmocka_unit_test(test_valid_prefix),
        cmocka_unit_test(test_agrees_with_a_decoder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
