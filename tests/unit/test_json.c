/* Unit tests of core/formats/json.c: yajl's events passed on, any split of the input giving the same
 * events, the checks yajl leaves to us (RELIABILITY.md item 18: deep nesting, 1e400, 2^64, lone
 * surrogates, NUL, invalid UTF-8, trailing junk, truncated input, size), positions in messages,
 * and the writer (shortest round-trip numbers, refusals). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/json.h"
#include "lua/modules.h"

/* ------------------------------------------------------------------------------------------ */
/* A recorder: every event as text, "[ {k:a 1 } ]" style, to compare splits and check types. */

typedef struct rec {
    char log[8192];
    size_t len;
    json_parser *p;
    const char *refuse_key; /* a handler failure on this key */
} rec;

static int put(rec *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(r->log + r->len, sizeof r->log - r->len, fmt, ap);
    va_end(ap);
    if (n > 0 && (size_t)n < sizeof r->log - r->len)
        r->len += (size_t)n;
    return 0;
}

static int r_null(void *c)
{
    return put(c, "null ");
}
static int r_bool(void *c, int v)
{
    return put(c, v ? "true " : "false ");
}
static int r_int(void *c, int64_t v)
{
    return put(c, "i%lld ", (long long)v);
}
static int r_num(void *c, double v)
{
    return put(c, "d%.17g ", v);
}
static int r_str(void *c, const char *s, size_t len)
{
    rec *r = c;
    put(r, "s(%zu)", len);
    for (size_t i = 0; i < len; i++)
        put(r, (unsigned char)s[i] < 0x20 ? "\\x%02x" : "%c", (unsigned char)s[i]);
    return put(r, " ");
}
static int r_key(void *c, const char *s, size_t len)
{
    rec *r = c;
    if (r->refuse_key && strlen(r->refuse_key) == len && memcmp(s, r->refuse_key, len) == 0) {
        json_parser_fail(r->p, "no key '%s' here", r->refuse_key);
        return -1;
    }
    return put(c, "k:%.*s ", (int)len, s);
}
static int r_bo(void *c)
{
    return put(c, "{ ");
}
static int r_eo(void *c)
{
    return put(c, "} ");
}
static int r_ba(void *c)
{
    return put(c, "[ ");
}
static int r_ea(void *c)
{
    return put(c, "] ");
}

static const json_handlers recorder = {r_null, r_bool, r_int, r_num, r_str,
                                       r_bo,   r_key,  r_eo,  r_ba,  r_ea};

/* Parses text (len bytes) fed in pieces of `piece` bytes (0: all at once) with options o.
 * Returns the parser's result; the events go to r, the message to err. */
static int parse_split(const char *text, size_t len, size_t piece, const json_parse_options *o,
                       rec *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    json_parser *p = json_parser_new(&recorder, r, o);
    assert_non_null(p);
    r->p = p;
    int rc = 0;
    if (piece == 0)
        piece = len ? len : 1;
    for (size_t at = 0; at < len && rc == 0; at += piece)
        rc = json_parser_feed(p, text + at, len - at < piece ? len - at : piece);
    if (rc == 0)
        rc = json_parser_finish(p);
    snprintf(err, errlen, "%s", json_parser_error(p));
    json_parser_free(p);
    return rc;
}

/* Parses NUL-terminated text whole; expects failure and returns the message. */
static const char *refused(const char *text, const json_parse_options *o)
{
    static char err[512];
    rec r;
    if (parse_split(text, strlen(text), 0, o, &r, err, sizeof err) == 0)
        fail_msg("accepted: %s (events: %s)", text, r.log);
    assert_true(strlen(err) > 0);
    return err;
}

static void expect_contains(const char *haystack, const char *needle)
{
    if (strstr(haystack, needle) == NULL)
        fail_msg("'%s' does not contain '%s'", haystack, needle);
}

/* ------------------------------------------------------------------------------------------ */

static const char DOC[] = "\xef\xbb\xbf{\"name\": \"Link\\u00f6ping \\ud83d\\ude00 \xc3\xa5\","
                          " \"code\": \"0580\", \"n\": [0, -1, 9223372036854775807, "
                          "-9223372036854775808, 1.5, -0.0, 1e-400, 2e3, 18446744073709551616],\n"
                          " \"ok\": true, \"no\": false, \"none\": null, \"esc\": \"a\\\"\\\\\\/"
                          "\\b\\f\\n\\r\\t\", \"empty\": {}, \"list\": [[], [{}]]}  \n";

static const char DOC_EVENTS[] =
    "{ k:name s(18)Linköping \xf0\x9f\x98\x80 å k:code s(4)0580 k:n [ i0 i-1 "
    "i9223372036854775807 i-9223372036854775808 d1.5 d-0 d0 d2000 d1.8446744073709552e+19 ] "
    "k:ok true k:no false k:none null k:esc s(9)a\"\\/\\x08\\x0c\\x0a\\x0d\\x09 k:empty { } "
    "k:list [ [ ] [ { } ] ] } ";

static void test_events_of_a_document(void **state)
{
    (void)state;
    rec r;
    char err[512];
    assert_int_equal(parse_split(DOC, sizeof DOC - 1, 0, NULL, &r, err, sizeof err), 0);
    assert_string_equal(r.log, DOC_EVENTS);
}

/* Every split of the text, down to single bytes, gives the same events: UTF-8 sequences, \u
 * escapes and surrogate pairs, numbers and the BOM cut anywhere. */
static void test_any_split_gives_the_same_events(void **state)
{
    (void)state;
    for (size_t piece = 1; piece <= 17; piece++) {
        rec r;
        char err[512];
        if (parse_split(DOC, sizeof DOC - 1, piece, NULL, &r, err, sizeof err) != 0)
            fail_msg("pieces of %zu: %s", piece, err);
        assert_string_equal(r.log, DOC_EVENTS);
    }
}

static void test_scalars_at_the_top(void **state)
{
    (void)state;
    const char *texts[] = {"42", " \"x\" ", "null", "true", "-1.25e2", "[]", "{}"};
    const char *events[] = {"i42 ", "s(1)x ", "null ", "true ", "d-125 ", "[ ] ", "{ } "};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rec r;
        char err[512];
        assert_int_equal(parse_split(texts[i], strlen(texts[i]), 0, NULL, &r, err, sizeof err), 0);
        assert_string_equal(r.log, events[i]);
    }
}

/* RELIABILITY 18: 100 000 "[" end at the depth limit, with the place, not a crash. */
static void test_deep_nesting_is_refused(void **state)
{
    (void)state;
    size_t n = 100000;
    char *text = malloc(n + 1);
    assert_non_null(text);
    memset(text, '[', n);
    text[n] = '\0';
    const char *err = refused(text, NULL);
    assert_string_equal(err, "line 1, column 513: nesting deeper than 512 levels");
    json_parse_options o = {.max_depth = 3};
    assert_string_equal(refused("[[[[1]]]]", &o), "line 1, column 4: nesting deeper than 3 levels");
    rec r;
    char e[512];
    assert_int_equal(parse_split("[[[1]]]", 7, 0, &o, &r, e, sizeof e), 0);
    /* 512 levels are fine (and cost no recursion) */
    memset(text, '[', 512);
    memset(text + 512, ']', 512);
    assert_int_equal(parse_split(text, 1024, 0, NULL, &r, e, sizeof e), 0);
    free(text);
}

static void test_numbers_out_of_range(void **state)
{
    (void)state;
    expect_contains(refused("[1e400]", NULL), "number 1e400 is too large for a double");
    expect_contains(refused("{\"a\": -1e400}", NULL), "number -1e400 is too large");
    char big[400] = "[1";
    memset(big + 2, '0', 350);
    strcpy(big + 352, "]");
    expect_contains(refused(big, NULL), "is too large for a double");
    /* 2^64 does not fit an integer: a double, as Lua's tonumber makes it */
    rec r;
    char err[512];
    assert_int_equal(parse_split("[18446744073709551616, -9223372036854775809]", 44, 0, NULL, &r,
                                 err, sizeof err),
                     0);
    assert_string_equal(r.log, "[ d1.8446744073709552e+19 d-9.2233720368547758e+18 ] ");
    /* JSON's own number grammar is yajl's */
    expect_contains(refused("[01]", NULL), "parse error");
    expect_contains(refused("[NaN]", NULL), "lexical error");
    expect_contains(refused("[1.]", NULL), "lexical error");
    expect_contains(refused("[+1]", NULL), "lexical error");
}

/* Each number json.c converts (its fast path or strtod) is the double strtod gives. */
static double last_number;
static int keep_number(void *c, double v)
{
    (void)c;
    last_number = v;
    return 0;
}

static void test_numbers_are_correctly_rounded(void **state)
{
    (void)state;
    static const char *const fixed[] = {"0.1",
                                        "-0.0",
                                        "0.0",
                                        "1.5e-7",
                                        "9007199254740993.0",
                                        "123456789012345e-22",
                                        "123456789012345e22",
                                        "1234567890123456e-3",
                                        "0.000000000000000000000000001",
                                        "2.2250738585072011e-308",
                                        "1.7976931348623157e308",
                                        "4.9e-324",
                                        "1e23",
                                        "8.5e-23",
                                        "0.3",
                                        "1E+2",
                                        "1e-0",
                                        "100000000000000000000000.5",
                                        "3.0e10",
                                        "-12.34e-5"};
    json_handlers h = {0};
    h.number = keep_number;
    char text[64];
    uint32_t seed = 777;
    for (int k = 0; k < 200000; k++) {
        if (k < (int)(sizeof fixed / sizeof fixed[0]))
            snprintf(text, sizeof text, "%s", fixed[k]);
        else { /* digits, a point somewhere, an exponent sometimes */
            seed = seed * 1664525u + 1013904223u;
            int ndig = 1 + (int)((seed >> 8) % 19), point = (int)((seed >> 13) % (unsigned)ndig);
            size_t n = 0;
            if (seed & 1)
                text[n++] = '-';
            for (int d = 0; d < ndig; d++) {
                seed = seed * 1664525u + 1013904223u;
                text[n++] =
                    (char)('0' + (d == 0 && ndig > 1 ? 1 + (seed >> 9) % 9 : (seed >> 9) % 10));
                if (d == point)
                    text[n++] = '.', text[n++] = (char)('0' + (seed >> 20) % 10);
            }
            if (seed & 2)
                n += (size_t)snprintf(text + n, sizeof text - n, "e%d",
                                      (int)((seed >> 4) % 61) - 30);
            text[n] = '\0';
        }
        char err[256];
        last_number = NAN;
        if (json_parse(text, strlen(text), &h, NULL, NULL, err, sizeof err) != 0)
            fail_msg("%s: %s", text, err);
        double want = strtod(text, NULL);
        if (memcmp(&want, &last_number, sizeof want) != 0)
            fail_msg("%s read as %.17g, strtod says %.17g", text, last_number, want);
    }
}

static void test_lone_surrogates_are_refused(void **state)
{
    (void)state;
    assert_string_equal(refused("[\"a\\ud800b\"]", NULL),
                        "line 1, column 4: invalid string: high surrogate not followed by a low "
                        "surrogate in a \\u escape");
    expect_contains(refused("[\"\\ud800\\u0041\"]", NULL), "high surrogate not followed");
    expect_contains(refused("[\"\\ud800\\n\"]", NULL), "high surrogate not followed");
    expect_contains(refused("[\"\\ud800\"]", NULL), "high surrogate not followed");
    expect_contains(refused("{\"\\uDBFF\": 1}", NULL), "high surrogate not followed");
    assert_string_equal(refused("[\"ok\",\n \"\\udc00\"]", NULL),
                        "line 2, column 3: invalid string: lone low surrogate in a \\u escape");
    /* a pair split over pieces is still a pair; a lone one split over pieces still refused */
    static const char pair[] = "[\"\\ud83d\\ude00\", \"\\\\ud800\"]";
    static const char lone[] = "[\"x\", \"\\ud83d\\u0041\"]";
    for (size_t piece = 1; piece <= 8; piece++) {
        rec r;
        char err[512];
        assert_int_equal(parse_split(pair, sizeof pair - 1, piece, NULL, &r, err, sizeof err), 0);
        assert_string_equal(r.log, "[ s(4)\xf0\x9f\x98\x80 s(6)\\ud800 ] ");
        assert_int_equal(parse_split(lone, sizeof lone - 1, piece, NULL, &r, err, sizeof err), -1);
        assert_string_equal(err,
                            "line 1, column 8: invalid string: high surrogate not followed "
                            "by a low surrogate in a \\u escape");
    }
}

static void test_nul_bytes(void **state)
{
    (void)state;
    /* escaped: refused by default, allowed on request */
    assert_string_equal(refused("[\"a\\u0000b\"]", NULL),
                        "line 1, column 11: a string holds a NUL character (\\u0000)");
    expect_contains(refused("{\"a\\u0000\": 1}", NULL), "a key holds a NUL character");
    json_parse_options o = {.allow_nul = 1};
    rec r;
    char err[512];
    assert_int_equal(parse_split("[\"a\\u0000b\"]", 12, 0, &o, &r, err, sizeof err), 0);
    assert_string_equal(r.log, "[ s(3)a\\x00b ] ");
    /* raw: never JSON */
    static const char raw[] = "[\"a\0b\"]";
    assert_int_equal(parse_split(raw, sizeof raw - 1, 0, &o, &r, err, sizeof err), -1);
    expect_contains(err, "invalid character inside string");
    static const char outside[] = "[1]\0";
    assert_int_equal(parse_split(outside, sizeof outside - 1, 0, NULL, &r, err, sizeof err), -1);
}

static void test_invalid_utf8_is_refused(void **state)
{
    (void)state;
    const char *bad[] = {
        "[\"\xc0\x80\"]",         /* overlong NUL */
        "[\"\xe0\x80\xaf\"]",     /* overlong "/" */
        "[\"\xed\xa0\x80\"]",     /* an encoded surrogate */
        "[\"\xf4\x90\x80\x80\"]", /* past U+10FFFF */
        "[\"\xff\"]",             /* never UTF-8 */
        "[\"\xc3\"]",             /* cut sequence */
        "{\"\xe9t\xe9\": 1}",     /* Latin-1 key */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        expect_contains(refused(bad[i], NULL), "UTF");
    /* the place is the end of the string token, where yajl hands it over */
    assert_string_equal(refused("[\"\xed\xa0\x80\"]", NULL),
                        "line 1, column 4: invalid UTF-8 in a "
                        "string");
}

static void test_trailing_junk_and_truncation(void **state)
{
    (void)state;
    assert_string_equal(refused("[1] x", NULL),
                        "line 1, column 5: unexpected text after the JSON value");
    expect_contains(refused("{} {}", NULL), "unexpected text after the JSON value");
    expect_contains(refused("[1]]", NULL), "unexpected text after the JSON value");
    expect_contains(refused("[1] // comment", NULL), "line 1, column");
    expect_contains(refused("", NULL), "line 1, column 1: unexpected end of input");
    expect_contains(refused(" \n\t", NULL), "line 2, column 2: unexpected end of input");
    /* every prefix of a document is refused with a message, none crashes */
    size_t len = sizeof DOC - 1;
    for (size_t n = 0; n < len - 3; n++) { /* DOC ends in "}  \n" */
        rec r;
        char err[512];
        if (parse_split(DOC, n, 0, NULL, &r, err, sizeof err) == 0)
            fail_msg("the first %zu bytes were accepted", n);
        assert_non_null(strstr(err, "line "));
    }
}

static void test_positions_and_handler_messages(void **state)
{
    (void)state;
    const char *text = "{\n  \"a\": [1,\n    2 x]\n}";
    assert_string_equal(refused(text, NULL),
                        "line 3, column 7: lexical error: invalid char in "
                        "json text");
    /* columns count characters, not bytes */
    expect_contains(refused("[\"åäö\", x]", NULL), "line 1, column 9:");
    rec r;
    char err[512];
    memset(&r, 0, sizeof r);
    json_parser *p = json_parser_new(&recorder, &r, NULL);
    r.p = p;
    r.refuse_key = "bad";
    assert_int_equal(json_parser_feed(p, "{\"good\": 1,\n \"bad\": 2}", 22), -1);
    assert_string_equal(json_parser_error(p), "line 2, column 6: no key 'bad' here");
    /* the parser stays refused */
    assert_int_equal(json_parser_feed(p, " ", 1), -1);
    assert_int_equal(json_parser_finish(p), -1);
    json_parser_free(p);
    (void)err;
}

static void test_size_limit_and_bom(void **state)
{
    (void)state;
    json_parse_options o = {.max_bytes = 10};
    rec r;
    char err[512];
    assert_int_equal(parse_split("[1,2,3,4,5]", 11, 3, &o, &r, err, sizeof err), -1);
    assert_string_equal(err, "byte 11: the text is longer than 10 bytes");
    assert_int_equal(parse_split("[1,2,3,4]", 9, 0, &o, &r, err, sizeof err), 0);
    /* a BOM, split or whole, is skipped; half a BOM is an error; a BOM later is not skipped */
    for (size_t piece = 1; piece <= 4; piece++) {
        assert_int_equal(parse_split("\xef\xbb\xbf[1]", 6, piece, NULL, &r, err, sizeof err), 0);
        assert_string_equal(r.log, "[ i1 ] ");
    }
    expect_contains(refused("\xef\xbb[1]", NULL), "invalid UTF-8 at the start");
    expect_contains(refused("\xef\xbb", NULL), "invalid UTF-8 at the start");
    expect_contains(refused(" \xef\xbb\xbf[1]", NULL), "lexical error");
    assert_int_equal(json_parse("[true]", 6, &recorder, &r, NULL, err, sizeof err), 0);
}

/* Deterministic mutations of a document: each parse ends with 0 or a message, never a crash
 * (the sanitizer build makes this a memory-safety check). */
static void test_mutations_end_in_a_result(void **state)
{
    (void)state;
    size_t len = sizeof DOC - 1;
    char *buf = malloc(len);
    assert_non_null(buf);
    uint32_t seed = 12345;
    static const char bytes[] =
        "[]{}\",:\\u0123456789eE+-.nultrfas \n\xc3\xa5\xed\xa0\x80\xf4\x90\xff";
    for (int round = 0; round < 3000; round++) {
        memcpy(buf, DOC, len);
        for (int k = 0; k < 1 + round % 4; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % len;
            seed = seed * 1103515245u + 12345u;
            buf[at] = bytes[(seed >> 8) % (sizeof bytes - 1)];
        }
        rec r;
        char err[512];
        int rc = parse_split(buf, len, 1 + (size_t)round % 9, NULL, &r, err, sizeof err);
        assert_true(rc == 0 || strncmp(err, "line ", 5) == 0);
    }
    free(buf);
}

/* ------------------------------------------------------------------------------------------ */
/* Writing */

static char *written(json_writer *w)
{
    size_t len;
    const char *t = json_writer_text(w, &len);
    assert_int_equal(strlen(t), len);
    return strdup(t);
}

static void test_writer_compact_and_indented(void **state)
{
    (void)state;
    for (int indent = 0; indent <= 1; indent++) {
        json_write_options o = {indent ? "  " : NULL, 0};
        json_writer *w = json_writer_new(&o);
        assert_non_null(w);
        assert_int_equal(json_write_begin_object(w), 0);
        assert_int_equal(json_write_key(w, "kommun", 6), 0);
        assert_int_equal(json_write_string(w, "Link\xc3\xb6ping", 10), 0);
        assert_int_equal(json_write_key(w, "v", 1), 0);
        assert_int_equal(json_write_begin_array(w), 0);
        assert_int_equal(json_write_integer(w, INT64_MIN), 0);
        assert_int_equal(json_write_number(w, 0.1), 0);
        assert_int_equal(json_write_number(w, 1.0), 0);
        assert_int_equal(json_write_number(w, -0.0), 0);
        assert_int_equal(json_write_number(w, 1e300), 0);
        assert_int_equal(json_write_number(w, 1.0 / 3), 0);
        assert_int_equal(json_write_null(w), 0);
        assert_int_equal(json_write_bool(w, 1), 0);
        assert_int_equal(json_write_end_array(w), 0);
        assert_int_equal(json_write_end_object(w), 0);
        char *t = written(w);
        if (indent)
            assert_string_equal(t,
                                "{\n  \"kommun\": \"Link\xc3\xb6ping\",\n  \"v\": [\n"
                                "    -9223372036854775808,\n    0.1,\n    1.0,\n    -0.0,\n"
                                "    1e+300,\n    0.3333333333333333,\n    null,\n    true\n"
                                "  ]\n}\n");
        else
            assert_string_equal(t,
                                "{\"kommun\":\"Link\xc3\xb6ping\",\"v\":[-9223372036854775808,"
                                "0.1,1.0,-0.0,1e+300,0.3333333333333333,null,true]}");
        free(t);
        json_writer_free(w);
    }
    json_write_options bad = {"  x", 0};
    assert_null(json_writer_new(&bad));
}

static void test_writer_escapes(void **state)
{
    (void)state;
    json_write_options o = {NULL, 1};
    json_writer *w = json_writer_new(&o);
    assert_non_null(w);
    static const char s[] = "</script>\"\\\n\t\x01\0end";
    assert_int_equal(json_write_string(w, s, sizeof s - 1), 0);
    char *t = written(w);
    assert_string_equal(t, "\"<\\/script>\\\"\\\\\\n\\t\\u0001\\u0000end\"");
    /* it reads back to the same bytes */
    rec r;
    char err[512];
    json_parse_options po = {.allow_nul = 1};
    assert_int_equal(parse_split(t, strlen(t), 0, &po, &r, err, sizeof err), 0);
    assert_string_equal(r.log, "s(18)</script>\"\\\\x0a\\x09\\x01\\x00end ");
    free(t);
    json_writer_free(w);
}

static void test_writer_refusals(void **state)
{
    (void)state;
    json_writer *w = json_writer_new(NULL);
    assert_int_equal(json_write_begin_array(w), 0);
    assert_int_equal(json_write_number(w, NAN), -1);
    assert_string_equal(json_writer_error(w), "NaN is not a JSON number");
    assert_int_equal(json_write_null(w), -1); /* refused from then on */
    json_writer_free(w);

    w = json_writer_new(NULL);
    assert_int_equal(json_write_number(w, -INFINITY), -1);
    assert_string_equal(json_writer_error(w), "an infinity is not a JSON number");
    json_writer_free(w);

    w = json_writer_new(NULL);
    assert_int_equal(json_write_string(w, "\xed\xa0\x80", 3), -1);
    assert_string_equal(json_writer_error(w), "invalid UTF-8 in a string");
    json_writer_free(w);

    w = json_writer_new(NULL);
    assert_int_equal(json_write_key(w, "k", 1), -1); /* a key outside an object */
    json_writer_free(w);

    w = json_writer_new(NULL);
    assert_int_equal(json_write_begin_object(w), 0);
    assert_int_equal(json_write_integer(w, 1), -1); /* a value where a key belongs */
    assert_string_equal(json_writer_error(w), "a value where an object key belongs");
    json_writer_free(w);

    w = json_writer_new(NULL);
    assert_int_equal(json_write_begin_object(w), 0);
    assert_int_equal(json_write_key(w, "k", 1), 0);
    assert_int_equal(json_write_end_object(w), -1); /* the value is due */
    json_writer_free(w);

    w = json_writer_new(NULL);
    assert_int_equal(json_write_integer(w, 1), 0);
    assert_int_equal(json_write_integer(w, 2), -1);
    assert_string_equal(json_writer_error(w), "a second value after the complete document");
    json_writer_free(w);

    /* 127 levels are the most yajl_gen can write */
    w = json_writer_new(NULL);
    for (int i = 0; i < JSON_MAX_WRITE_DEPTH; i++)
        assert_int_equal(json_write_begin_array(w), 0);
    assert_int_equal(json_write_begin_array(w), -1);
    assert_string_equal(json_writer_error(w), "nesting deeper than 127 levels");
    json_writer_free(w);
    w = json_writer_new(NULL);
    for (int i = 0; i < JSON_MAX_WRITE_DEPTH; i++)
        assert_int_equal(json_write_begin_array(w), 0);
    for (int i = 0; i < JSON_MAX_WRITE_DEPTH; i++)
        assert_int_equal(json_write_end_array(w), 0);
    size_t len;
    json_writer_text(w, &len);
    assert_int_equal(len, 2 * JSON_MAX_WRITE_DEPTH);
    json_writer_free(w);
}

/* Doubles written read back to the same double. */
static void test_writer_numbers_round_trip(void **state)
{
    (void)state;
    uint64_t bits = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 20000; i++) {
        bits ^= bits << 13;
        bits ^= bits >> 7;
        bits ^= bits << 17;
        double d;
        memcpy(&d, &bits, sizeof d);
        if (!isfinite(d))
            continue;
        json_writer *w = json_writer_new(NULL);
        assert_int_equal(json_write_number(w, d), 0);
        size_t len;
        const char *t = json_writer_text(w, &len);
        double back = strtod(t, NULL);
        if (memcmp(&back, &d, sizeof d) != 0)
            fail_msg("%.17g written as %s", d, t);
        json_writer_free(w);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The Lua binding when memory runs out mid-parse: the error unwinds through yajl, and the boxes'
 * __gc free the parser and the writer (LeakSanitizer checks this in the SANITIZE=1 build). */

typedef struct budget {
    size_t used, limit;
} budget;

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    budget *b = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        b->used -= old;
        return NULL;
    }
    if (nsize > old && b->used + (nsize - old) > b->limit)
        return NULL;
    void *p = realloc(ptr, nsize);
    if (p)
        b->used = b->used - old + nsize;
    return p;
}

static void test_lua_binding_out_of_memory(void **state)
{
    (void)state;
    char doc[4096];
    size_t n = (size_t)snprintf(doc, sizeof doc, "{\"rows\": [");
    for (int i = 0; i < 60; i++)
        n += (size_t)snprintf(doc + n, sizeof doc - n, "%s{\"kommun\": \"%04d\", \"v\": %d.5}",
                              i ? "," : "", i, i);
    snprintf(doc + n, sizeof doc - n, "]}");
    int ok = 0, oom = 0;
    for (size_t extra = 0; extra < 40000; extra += 1500) {
        budget b = {0, SIZE_MAX};
        lua_State *L = lua_newstate(limited_alloc, &b);
        assert_non_null(L);
        luaL_requiref(L, "styr.json", luaopen_styr_json, 0);
        lua_getfield(L, -1, "decode");
        lua_pushstring(L, doc);
        b.limit = b.used + extra; /* from here on, allocations may fail */
        int rc = lua_pcall(L, 1, 1, 0);
        if (rc == LUA_OK && lua_checkstack(L, 2)) {
            lua_getfield(L, -2, "encode"); /* stack: json, value, encode (no allocation) */
            lua_insert(L, -2);
            rc = lua_pcall(L, 1, 1, 0);
        }
        assert_true(rc == LUA_OK || rc == LUA_ERRMEM);
        ok += rc == LUA_OK;
        oom += rc == LUA_ERRMEM;
        lua_close(L);
    }
    assert_true(ok > 0);
    assert_true(oom > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_events_of_a_document),
        cmocka_unit_test(test_any_split_gives_the_same_events),
        cmocka_unit_test(test_scalars_at_the_top),
        cmocka_unit_test(test_deep_nesting_is_refused),
        cmocka_unit_test(test_numbers_out_of_range),
        cmocka_unit_test(test_numbers_are_correctly_rounded),
        cmocka_unit_test(test_lone_surrogates_are_refused),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_invalid_utf8_is_refused),
        cmocka_unit_test(test_trailing_junk_and_truncation),
        cmocka_unit_test(test_positions_and_handler_messages),
        cmocka_unit_test(test_size_limit_and_bom),
        cmocka_unit_test(test_mutations_end_in_a_result),
        cmocka_unit_test(test_writer_compact_and_indented),
        cmocka_unit_test(test_writer_escapes),
        cmocka_unit_test(test_writer_refusals),
        cmocka_unit_test(test_writer_numbers_round_trip),
        cmocka_unit_test(test_lua_binding_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
