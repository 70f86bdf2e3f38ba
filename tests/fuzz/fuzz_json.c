/* libFuzzer harness: core/formats/json.c, the hardened yajl parser and the writer.
 *
 * Checks, beyond "no crash, no leak, no undefined behaviour":
 *   - every string and key the parser hands over is valid UTF-8 without NUL, every number is
 *     finite, arrays and objects open and close in balance;
 *   - feeding the text in two pieces (split at a point the input chooses) gives the same verdict
 *     and the same events as feeding it whole;
 *   - a text the parser accepts, written back event by event with json_writer, parses again to
 *     exactly the same events (strings, integers, doubles bit for bit).
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/json under make test. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/json.h"
#include "formats/utf8.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The events of one parse, serialised: a tag byte, then the payload. */
typedef struct events {
    unsigned char *buf;
    size_t len, cap;
    int depth, max_depth;
    json_writer *w; /* NULL, or the writer echoing every event */
    int write_failed;
} events;

static void put(events *e, const void *p, size_t n)
{
    if (e->len + n > e->cap) {
        size_t cap = e->cap ? e->cap : 256;
        while (cap < e->len + n)
            cap *= 2;
        unsigned char *b = realloc(e->buf, cap);
        CHECK(b != NULL);
        e->buf = b;
        e->cap = cap;
    }
    memcpy(e->buf + e->len, p, n);
    e->len += n;
}

static void tag(events *e, char t)
{
    put(e, &t, 1);
}

static void echo(events *e, int rc)
{
    if (rc != 0)
        e->write_failed = 1;
}

static int on_null(void *ctx)
{
    events *e = ctx;
    tag(e, 'n');
    if (e->w && !e->write_failed)
        echo(e, json_write_null(e->w));
    return 0;
}

static int on_bool(void *ctx, int v)
{
    events *e = ctx;
    CHECK(v == 0 || v == 1);
    tag(e, v ? 't' : 'f');
    if (e->w && !e->write_failed)
        echo(e, json_write_bool(e->w, v));
    return 0;
}

static int on_integer(void *ctx, int64_t v)
{
    events *e = ctx;
    tag(e, 'i');
    put(e, &v, sizeof v);
    if (e->w && !e->write_failed)
        echo(e, json_write_integer(e->w, v));
    return 0;
}

static int on_number(void *ctx, double v)
{
    events *e = ctx;
    CHECK(isfinite(v));
    tag(e, 'd');
    put(e, &v, sizeof v);
    if (e->w && !e->write_failed)
        echo(e, json_write_number(e->w, v));
    return 0;
}

static void text(events *e, char t, const char *s, size_t len)
{
    CHECK(s != NULL);
    CHECK(utf8_valid(s, len));
    CHECK(memchr(s, '\0', len) == NULL);
    tag(e, t);
    put(e, &len, sizeof len);
    put(e, s, len);
}

static int on_string(void *ctx, const char *s, size_t len)
{
    events *e = ctx;
    text(e, 's', s, len);
    if (e->w && !e->write_failed)
        echo(e, json_write_string(e->w, s, len));
    return 0;
}

static int on_key(void *ctx, const char *s, size_t len)
{
    events *e = ctx;
    text(e, 'k', s, len);
    if (e->w && !e->write_failed)
        echo(e, json_write_key(e->w, s, len));
    return 0;
}

static void open_(events *e, char t)
{
    tag(e, t);
    e->depth++;
    if (e->depth > e->max_depth)
        e->max_depth = e->depth;
}

static void close_(events *e, char t)
{
    CHECK(e->depth > 0);
    tag(e, t);
    e->depth--;
}

static int on_begin_object(void *ctx)
{
    events *e = ctx;
    open_(e, '{');
    if (e->w && !e->write_failed)
        echo(e, json_write_begin_object(e->w));
    return 0;
}

static int on_end_object(void *ctx)
{
    events *e = ctx;
    close_(e, '}');
    if (e->w && !e->write_failed)
        echo(e, json_write_end_object(e->w));
    return 0;
}

static int on_begin_array(void *ctx)
{
    events *e = ctx;
    open_(e, '[');
    if (e->w && !e->write_failed)
        echo(e, json_write_begin_array(e->w));
    return 0;
}

static int on_end_array(void *ctx)
{
    events *e = ctx;
    close_(e, ']');
    if (e->w && !e->write_failed)
        echo(e, json_write_end_array(e->w));
    return 0;
}

static const json_handlers handlers = {
    .null_value = on_null,
    .boolean = on_bool,
    .integer = on_integer,
    .number = on_number,
    .string = on_string,
    .begin_object = on_begin_object,
    .key = on_key,
    .end_object = on_end_object,
    .begin_array = on_begin_array,
    .end_array = on_end_array,
};

/* Parses data in two pieces split at `split`; returns 0 or -1 like json_parser_finish. */
static int parse_split(const uint8_t *data, size_t size, size_t split, events *e)
{
    json_parser *p = json_parser_new(&handlers, e, NULL);
    CHECK(p != NULL);
    int rc = json_parser_feed(p, data, split);
    if (rc == 0)
        rc = json_parser_feed(p, data + split, size - split);
    if (rc == 0)
        rc = json_parser_finish(p);
    if (rc != 0)
        CHECK(json_parser_error(p)[0] != '\0');
    json_parser_free(p);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    events whole = {0}, parts = {0}, again = {0};
    char err[256];
    whole.w = json_writer_new(NULL);
    CHECK(whole.w != NULL);
    int rc = json_parse(data, size, &handlers, &whole, NULL, err, sizeof err);
    if (rc == 0)
        CHECK(whole.depth == 0);
    else
        CHECK(err[0] != '\0');

    /* The same text in two pieces, split where the first byte says. */
    size_t split = size > 0 ? (size_t)data[0] * 7919u % (size + 1) : 0;
    int rc2 = parse_split(data, size, split, &parts);
    CHECK(rc == rc2);
    if (rc == 0) {
        CHECK(whole.len == parts.len);
        CHECK(whole.len == 0 || memcmp(whole.buf, parts.buf, whole.len) == 0);
    }

    /* Written back, it reads the same (unless deeper than the writer can go). */
    if (rc == 0 && whole.max_depth <= JSON_MAX_WRITE_DEPTH) {
        if (whole.write_failed)
            fprintf(stderr, "fuzz_json: writer refused: %s\n", json_writer_error(whole.w));
        CHECK(!whole.write_failed);
        size_t tlen = 0;
        const char *t = json_writer_text(whole.w, &tlen);
        CHECK(t != NULL && t[tlen] == '\0');
        if (json_parse(t, tlen, &handlers, &again, NULL, err, sizeof err) != 0) {
            fprintf(stderr, "fuzz_json: written text refused: %s\n", err);
            CHECK(0);
        }
        CHECK(again.len == whole.len);
        CHECK(whole.len == 0 || memcmp(whole.buf, again.buf, whole.len) == 0);
    }
    json_writer_free(whole.w);
    free(whole.buf);
    free(parts.buf);
    free(again.buf);
    return 0;
}
