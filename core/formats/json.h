/* JSON through yajl (Debian's libyajl-dev), hardened for data from the network: a streaming
 * parser that reports events to handlers, and a writer. No parsing of our own beyond what yajl
 * leaves unchecked (see json.c): strict UTF-8, lone surrogates, numbers out of range, NUL bytes,
 * nesting depth and input size.
 *
 * Errors carry where they happened: "line L, column C: message" (columns count characters, from
 * 1), or "byte N: message" where no line applies (the size limit). */
#ifndef STYR_JSON_H
#define STYR_JSON_H

#include <stddef.h>
#include <stdint.h>

#define JSON_DEFAULT_MAX_DEPTH 512
#define JSON_DEFAULT_MAX_BYTES ((uint64_t)256 * 1024 * 1024)
/* yajl_gen keeps a fixed stack of 128 states, so a written document nests at most 127 deep. */
#define JSON_MAX_WRITE_DEPTH 127

/* ------------------------------------------------------------------------------------------ */
/* Parsing */

typedef struct json_parse_options {
    size_t max_depth;   /* deepest nesting of arrays and objects; 0 = JSON_DEFAULT_MAX_DEPTH */
    uint64_t max_bytes; /* longest input, a leading BOM included; 0 = JSON_DEFAULT_MAX_BYTES */
    int allow_nul;      /* accept "\u0000" in strings and keys (refused by default) */
} json_parse_options;

/* The events of a document, in order. Strings and keys are valid UTF-8, without NUL unless
 * allow_nul, and valid only during the call. Integers are numbers written without fraction or
 * exponent that fit in int64_t; every other number arrives as a finite double. A handler returns
 * 0 to go on; anything else stops the parse, with the message it gave json_parser_fail (or a
 * generic one). A NULL handler ignores its event. */
typedef struct json_handlers {
    int (*null_value)(void *ctx);
    int (*boolean)(void *ctx, int value);
    int (*integer)(void *ctx, int64_t value);
    int (*number)(void *ctx, double value);
    int (*string)(void *ctx, const char *s, size_t len);
    int (*begin_object)(void *ctx);
    int (*key)(void *ctx, const char *s, size_t len);
    int (*end_object)(void *ctx);
    int (*begin_array)(void *ctx);
    int (*end_array)(void *ctx);
} json_handlers;

typedef struct json_parser json_parser;

/* A parser reporting to h with ctx; options may be NULL (defaults). The text is one JSON value
 * of any type, surrounded by whitespace only; one leading UTF-8 byte order mark is skipped.
 * Returns NULL when out of memory. The caller owns it: json_parser_free. */
json_parser *json_parser_new(const json_handlers *h, void *ctx, const json_parse_options *o);
void json_parser_free(json_parser *p);

/* Feeds the next len bytes of the text (any split, even inside a token or a UTF-8 sequence).
 * Returns 0, or -1 once the text is known to be bad; the parser then refuses further input. */
int json_parser_feed(json_parser *p, const void *data, size_t len);

/* Ends the text: returns 0 when it held exactly one complete value, else -1 (truncated input). */
int json_parser_finish(json_parser *p);

/* The message of the first failure, "" before any. */
const char *json_parser_error(const json_parser *p);

/* Called by a handler that refuses what it was given: records the message (printf format),
 * which the parser prefixes with the position. The first message wins. */
void json_parser_fail(json_parser *p, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* One whole text in memory: new, feed, finish, free. Returns 0, or -1 with err filled. */
int json_parse(const void *text, size_t len, const json_handlers *h, void *ctx,
               const json_parse_options *o, char *err, size_t errlen);

/* ------------------------------------------------------------------------------------------ */
/* Writing */

typedef struct json_write_options {
    const char *indent; /* whitespace to indent with, one line per member; NULL: compact */
    int escape_slash;   /* write "/" as "\/", so "</script>" can sit inside HTML */
} json_write_options;

typedef struct json_writer json_writer;

/* A writer for one value; options may be NULL (compact). Returns NULL when out of memory or
 * when indent holds anything but whitespace. The caller owns it: json_writer_free. */
json_writer *json_writer_new(const json_write_options *o);
void json_writer_free(json_writer *w);

/* Each writes one token and returns 0, or -1 with the reason in json_writer_error (and the
 * writer then refuses everything): a string or key that is not valid UTF-8, NaN or an
 * infinity, a key outside an object or a value where a key belongs, nesting deeper than
 * JSON_MAX_WRITE_DEPTH, a second top-level value. Doubles are written with the fewest digits that
 * read back to the same double, and always as a float ("1.0", never "1"). Strings may hold NUL
 * (written "\u0000"). */
int json_write_null(json_writer *w);
int json_write_bool(json_writer *w, int value);
int json_write_integer(json_writer *w, int64_t value);
int json_write_number(json_writer *w, double value);
int json_write_string(json_writer *w, const char *s, size_t len);
int json_write_key(json_writer *w, const char *s, size_t len);
int json_write_begin_object(json_writer *w);
int json_write_end_object(json_writer *w);
int json_write_begin_array(json_writer *w);
int json_write_end_array(json_writer *w);

/* The text written so far (valid until the next write or free), *len bytes, NUL-terminated. */
const char *json_writer_text(json_writer *w, size_t *len);
const char *json_writer_error(const json_writer *w);

#endif
