/* JSON through yajl 2.1, and the checks yajl leaves to its caller.
 *
 * yajl's lexer and parser do the work; what it does not check, this file does, on the events
 * (never a parser of its own):
 *   - UTF-8: yajl checks only the shape of multi-byte sequences, so it passes overlong forms
 *     ("\xc0\x80"), encoded surrogates ("\xed\xa0\x80") and code points past U+10FFFF. Every
 *     string and key is checked strictly after yajl has decoded it.
 *   - \u escapes: yajl turns a lone high surrogate ("\ud800") into "?", and pairs a high
 *     surrogate with whatever \u escape follows ("\ud800\u0041" becomes U+10041) without a
 *     look. Decoded strings cannot show that, so a small scanner follows the raw text for \u
 *     escapes only: in valid JSON every backslash is inside a string, so no string tracking is
 *     needed, and the scanner looks only at what yajl accepted.
 *   - numbers arrive as text (yajl_number): integers that fit in int64_t stay integers, others
 *     become doubles; a number that overflows a double (1e400) is refused, underflow gives 0 or
 *     a subnormal. Short numbers take Clinger's exact fast path (most of the time spent on a
 *     JSON-stat response is numbers), the rest strtod in the "C" locale whatever the process's
 *     LC_NUMERIC.
 *   - NUL: yajl refuses a raw control character but decodes "\u0000"; refused unless allowed,
 *     since codes and labels travel on into C strings (SQLite, file names, messages).
 *   - depth: yajl's parser stack grows without bound (100 000 "[" cost 100 000 bytes and are
 *     legal to it); the nesting is counted here and refused past max_depth.
 *   - size: refused past max_bytes, before yajl sees the bytes.
 * Duplicate keys are the handlers' business: they know whether they keep a key.
 *
 * Known limit of yajl 2.1: its buffers (yajl_buf.c: a token cut by a chunk boundary, the writer's
 * output) do not check malloc's result, so running out of memory inside yajl is a crash, not an
 * error. max_bytes bounds what a parse can make it hold. */
#include "formats/json.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_gen.h>
#include <yajl/yajl_parse.h>

#include "formats/utf8.h"

/* The "C" locale for strtod and snprintf, made once and kept for the life of the process. */
static locale_t c_locale(void)
{
    static locale_t c;
    if (c == (locale_t)0)
        c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    return c;
}

/* ------------------------------------------------------------------------------------------ */
/* Parsing */

/* The \u-escape scanner's states (see the top of the file). */
enum { SC_TEXT, SC_BACKSLASH, SC_HEX, SC_WANT_BACKSLASH, SC_WANT_U, SC_LOW_HEX };

struct json_parser {
    yajl_handle y;
    const json_handlers *h;
    void *ctx;
    size_t max_depth;
    uint64_t max_bytes;
    int allow_nul;
    size_t depth;
    uint64_t total;  /* bytes fed so far */
    int bom;         /* bytes of a leading BOM matched so far; 3 once past the start */
    uint64_t line;   /* where the current chunk starts: line from 1, */
    uint64_t column; /* characters since the last newline */
    /* \u-escape scanner */
    int sc_state, sc_digits;
    unsigned sc_code;
    uint64_t sc_line, sc_column; /* where the pending escape starts, when not sc_in_chunk */
    size_t sc_start;             /* its offset in the current chunk, when sc_in_chunk */
    int sc_in_chunk;
    const char *chunk; /* the chunk being fed, for positions */
    int failed;        /* err holds the first failure */
    int stop_reason;   /* msg holds a handler's or a check's message */
    char msg[400];
    char err[512];
};

/* The characters among n bytes of UTF-8: the bytes that do not continue a sequence, counted 8
 * at a time (a continuation byte has its top bits 10). */
static uint64_t count_chars(const unsigned char *s, size_t n)
{
    uint64_t cont = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        cont += (uint64_t)__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080ULL);
    }
    for (; i < n; i++)
        cont += (s[i] & 0xc0) == 0x80;
    return n - cont;
}

/* Moves (*line, *column) over n bytes of text. */
static void advance(uint64_t *line, uint64_t *column, const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text, *end = s + n, *from = s;
    for (const unsigned char *nl; from < end && (nl = memchr(from, '\n', (size_t)(end - from)));) {
        (*line)++;
        *column = 0;
        from = nl + 1;
    }
    *column += count_chars(from, (size_t)(end - from));
}

/* Records the first failure at (line, column). */
static void fail_at(json_parser *p, uint64_t line, uint64_t column, const char *msg)
{
    if (p->failed)
        return;
    p->failed = 1;
    snprintf(p->err, sizeof p->err, "line %llu, column %llu: %s", (unsigned long long)line,
             (unsigned long long)column + 1, msg);
}

/* Records the first failure at offset k of the current chunk. */
static void fail_in_chunk(json_parser *p, size_t k, const char *msg)
{
    uint64_t line = p->line, column = p->column;
    advance(&line, &column, p->chunk, k);
    fail_at(p, line, column, msg);
}

void json_parser_fail(json_parser *p, const char *fmt, ...)
{
    if (p->stop_reason)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->msg, sizeof p->msg, fmt, ap);
    va_end(ap);
    p->stop_reason = 1;
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Fixes the line and column of the pending escape, which starts at sc_start of the current
 * chunk when sc_in_chunk (computed only when needed: an escape is common, a message rare). */
static void escape_position(json_parser *p)
{
    if (!p->sc_in_chunk)
        return;
    p->sc_line = p->line;
    p->sc_column = p->column;
    advance(&p->sc_line, &p->sc_column, p->chunk, p->sc_start);
    p->sc_in_chunk = 0;
}

static void escape_fail(json_parser *p, const char *msg)
{
    escape_position(p);
    fail_at(p, p->sc_line, p->sc_column, msg);
}

/* Follows the \u escapes in the first n bytes of the current chunk. Returns 0, or -1 with the
 * failure recorded at the escape that holds a lone surrogate. */
static int scan_escapes(json_parser *p, size_t n)
{
    const unsigned char *s = (const unsigned char *)p->chunk;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        switch (p->sc_state) {
        case SC_TEXT: {
            const unsigned char *b = memchr(s + i, '\\', n - i);
            if (b == NULL)
                return 0;
            i = (size_t)(b - s);
            p->sc_start = i; /* where this escape starts, for a message */
            p->sc_in_chunk = 1;
            p->sc_state = SC_BACKSLASH;
            break;
        }
        case SC_BACKSLASH:
            p->sc_state = c == 'u' ? SC_HEX : SC_TEXT;
            p->sc_digits = 0;
            p->sc_code = 0;
            break;
        case SC_HEX:
        case SC_LOW_HEX: {
            int v = hexval(c);
            if (v < 0) { /* yajl refuses it; not ours to report */
                p->sc_state = SC_TEXT;
                break;
            }
            p->sc_code = p->sc_code * 16 + (unsigned)v;
            if (++p->sc_digits < 4)
                break;
            unsigned code = p->sc_code & 0xffff;
            if (p->sc_state == SC_LOW_HEX) {
                if (code < 0xdc00 || code > 0xdfff)
                    goto lone_high;
                p->sc_state = SC_TEXT;
            } else if (code >= 0xdc00 && code <= 0xdfff) {
                escape_fail(p, "invalid string: lone low surrogate in a \\u escape");
                return -1;
            } else
                p->sc_state = code >= 0xd800 && code <= 0xdbff ? SC_WANT_BACKSLASH : SC_TEXT;
            break;
        }
        case SC_WANT_BACKSLASH:
            if (c != '\\')
                goto lone_high;
            p->sc_state = SC_WANT_U;
            break;
        case SC_WANT_U:
            if (c != 'u')
                goto lone_high;
            p->sc_state = SC_LOW_HEX;
            p->sc_digits = 0;
            p->sc_code = 0;
            break;
        }
    }
    if (p->sc_state != SC_TEXT)
        escape_position(p); /* the chunk ends inside an escape: its position, while known */
    return 0;
lone_high:
    escape_fail(p,
                "invalid string: high surrogate not followed by a low surrogate in a \\u "
                "escape");
    return -1;
}

/* Every check stops the parse the same way: the message in msg, 0 to yajl. */
#define STOP(p, ...) (json_parser_fail((p), __VA_ARGS__), 0)
/* Calls handler fn with args (ctx first): 1 to go on, 0 to stop. */
#define CALL(p, fn, args) ((p)->h->fn == NULL || (p)->h->fn args == 0 ? 1 : 0)

static int check_string(json_parser *p, const char *s, size_t len, const char *what)
{
    if (!utf8_valid(s, len))
        return STOP(p, "invalid UTF-8 in a %s", what);
    if (!p->allow_nul && memchr(s, '\0', len) != NULL)
        return STOP(p, "a %s holds a NUL character (\\u0000)", what);
    return 1;
}

static int y_null(void *ctx)
{
    json_parser *p = ctx;
    return CALL(p, null_value, (p->ctx));
}

static int y_boolean(void *ctx, int value)
{
    json_parser *p = ctx;
    return CALL(p, boolean, (p->ctx, value));
}

/* Clinger's fast path: a number of at most 15 significant digits (so its digits are exact in a
 * double) scaled by a power of ten up to 10^22 (exact too) is one correctly rounded multiply or
 * divide. Returns 1 with *out, or 0 when the number needs strtod. yajl has checked the grammar. */
static int fast_double(const char *s, size_t len, double *out)
{
    static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    size_t i = 0;
    int neg = s[0] == '-';
    i += (size_t)neg;
    uint64_t m = 0;
    int digits = 0, scale = 0;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
        if (m == 0 && s[i] == '0')
            continue; /* a leading zero */
        m = m * 10 + (uint64_t)(s[i] - '0');
        if (++digits > 15)
            return 0;
    }
    if (i < len && s[i] == '.') {
        for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
            scale--;
            if (m == 0 && s[i] == '0')
                continue;
            m = m * 10 + (uint64_t)(s[i] - '0');
            if (++digits > 15)
                return 0;
        }
    }
    if (i < len) { /* an exponent */
        int eneg = 0, e = 0;
        i++;
        if (s[i] == '+' || s[i] == '-')
            eneg = s[i++] == '-';
        for (; i < len; i++) {
            e = e * 10 + (s[i] - '0');
            if (e > 400)
                return 0;
        }
        scale += eneg ? -e : e;
    }
    if (scale < -22 || scale > 22)
        return 0;
    double d = scale < 0 ? (double)m / p10[-scale] : (double)m * p10[scale];
    *out = neg ? -d : d;
    return 1;
}

static int y_number(void *ctx, const char *s, size_t len)
{
    json_parser *p = ctx;
    int is_integer =
        memchr(s, '.', len) == NULL && memchr(s, 'e', len) == NULL && memchr(s, 'E', len) == NULL;
    if (is_integer && len <= 18) { /* at most 17 digits and a sign: fits */
        int64_t i = 0;
        for (size_t k = s[0] == '-'; k < len; k++)
            i = i * 10 + (s[k] - '0');
        return CALL(p, integer, (p->ctx, s[0] == '-' ? -i : i));
    }
    double d;
    if (!is_integer && fast_double(s, len, &d))
        return CALL(p, number, (p->ctx, d));
    /* the rest through the C library, which wants a NUL at the end */
    char small[64], *text = small;
    if (len >= sizeof small && (text = malloc(len + 1)) == NULL)
        return STOP(p, "out of memory");
    memcpy(text, s, len);
    text[len] = '\0';
    int ok;
    errno = 0;
    long long i = is_integer ? strtoll(text, NULL, 10) : 0;
    if (is_integer && errno == 0) {
        ok = CALL(p, integer, (p->ctx, (int64_t)i));
    } else {
        /* Only here: a handler may leave by longjmp (a Lua memory error), so the locale must
         * not be switched around yajl_parse. */
        locale_t old = uselocale(c_locale());
        d = strtod(text, NULL);
        uselocale(old);
        if (isinf(d))
            ok = STOP(p, "number %.40s%s is too large for a double", text, len > 40 ? "…" : "");
        else
            ok = CALL(p, number, (p->ctx, d));
    }
    if (text != small)
        free(text);
    return ok;
}

static int y_string(void *ctx, const unsigned char *s, size_t len)
{
    json_parser *p = ctx;
    if (!check_string(p, (const char *)s, len, "string"))
        return 0;
    return CALL(p, string, (p->ctx, (const char *)s, len));
}

static int y_key(void *ctx, const unsigned char *s, size_t len)
{
    json_parser *p = ctx;
    if (!check_string(p, (const char *)s, len, "key"))
        return 0;
    return CALL(p, key, (p->ctx, (const char *)s, len));
}

static int enter(json_parser *p)
{
    if (p->depth >= p->max_depth)
        return STOP(p, "nesting deeper than %zu levels", p->max_depth);
    p->depth++;
    return 1;
}

static int y_begin_object(void *ctx)
{
    json_parser *p = ctx;
    return enter(p) && CALL(p, begin_object, (p->ctx));
}

static int y_end_object(void *ctx)
{
    json_parser *p = ctx;
    p->depth--;
    return CALL(p, end_object, (p->ctx));
}

static int y_begin_array(void *ctx)
{
    json_parser *p = ctx;
    return enter(p) && CALL(p, begin_array, (p->ctx));
}

static int y_end_array(void *ctx)
{
    json_parser *p = ctx;
    p->depth--;
    return CALL(p, end_array, (p->ctx));
}

static const yajl_callbacks callbacks = {
    y_null,         y_boolean, NULL,         NULL,          y_number,    y_string,
    y_begin_object, y_key,     y_end_object, y_begin_array, y_end_array,
};

json_parser *json_parser_new(const json_handlers *h, void *ctx, const json_parse_options *o)
{
    json_parser *p = calloc(1, sizeof *p);
    if (p == NULL)
        return NULL;
    p->y = yajl_alloc(&callbacks, NULL, p);
    if (p->y == NULL || c_locale() == (locale_t)0) {
        json_parser_free(p);
        return NULL;
    }
    p->h = h;
    p->ctx = ctx;
    p->max_depth = o && o->max_depth ? o->max_depth : JSON_DEFAULT_MAX_DEPTH;
    p->max_bytes = o && o->max_bytes ? o->max_bytes : JSON_DEFAULT_MAX_BYTES;
    p->allow_nul = o ? o->allow_nul : 0;
    p->line = 1;
    p->sc_state = SC_TEXT;
    return p;
}

void json_parser_free(json_parser *p)
{
    if (p == NULL)
        return;
    if (p->y)
        yajl_free(p->y);
    free(p);
}

const char *json_parser_error(const json_parser *p)
{
    return p->err;
}

/* yajl's message for its status, without the trailing newline and full stop, in our words
 * where yajl's would puzzle a reader. */
static void yajl_message(json_parser *p, const unsigned char *text, size_t len, char *out,
                         size_t outlen)
{
    unsigned char *e = yajl_get_error(p->y, 0, text, len);
    const char *m = e ? (const char *)e : "invalid JSON";
    if (strstr(m, "premature EOF"))
        m = "unexpected end of input (truncated JSON?)";
    else if (strstr(m, "trailing garbage"))
        m = "unexpected text after the JSON value";
    snprintf(out, outlen, "%s", m);
    size_t n = strlen(out);
    while (n > 0 && (out[n - 1] == '\n' || out[n - 1] == '.'))
        out[--n] = '\0';
    if (e)
        yajl_free_error(p->y, e);
}

int json_parser_feed(json_parser *p, const void *data, size_t len)
{
    if (p->failed)
        return -1;
    if (len > p->max_bytes - p->total) {
        snprintf(p->err, sizeof p->err, "byte %llu: the text is longer than %llu bytes",
                 (unsigned long long)p->max_bytes + 1, (unsigned long long)p->max_bytes);
        p->failed = 1;
        return -1;
    }
    p->total += len;
    const unsigned char *s = data;
    /* A leading byte order mark (any split over feeds) is skipped; a partial one is an error. */
    static const unsigned char bom[3] = {0xef, 0xbb, 0xbf};
    while (p->bom < 3 && len > 0) {
        if (*s != bom[p->bom]) {
            if (p->bom > 0) {
                fail_at(p, 1, 0, "invalid UTF-8 at the start of the text");
                return -1;
            }
            p->bom = 3;
            break;
        }
        p->bom++;
        s++;
        len--;
    }
    if (len == 0)
        return 0;

    p->chunk = (const char *)s;
    yajl_status st = yajl_parse(p->y, s, len);
    size_t done = st == yajl_status_ok ? len : yajl_get_bytes_consumed(p->y);
    /* A lone surrogate before the point where yajl stopped is the first error. */
    if (scan_escapes(p, done < len ? done : len) != 0)
        return -1;
    if (st != yajl_status_ok) {
        char m[400];
        if (st == yajl_status_client_canceled)
            snprintf(m, sizeof m, "%s", p->stop_reason ? p->msg : "stopped by the reader");
        else
            yajl_message(p, s, len, m, sizeof m);
        /* yajl counts a token as consumed once read: point at the token's last byte */
        fail_in_chunk(p, done > 0 ? done - 1 : 0, m);
        return -1;
    }
    advance(&p->line, &p->column, p->chunk, len);
    p->chunk = NULL;
    return 0;
}

int json_parser_finish(json_parser *p)
{
    if (p->failed)
        return -1;
    if (p->bom > 0 && p->bom < 3) {
        fail_at(p, 1, 0, "invalid UTF-8 at the start of the text");
        return -1;
    }
    yajl_status st = yajl_complete_parse(p->y);
    if (st != yajl_status_ok) {
        char m[400];
        if (st == yajl_status_client_canceled)
            snprintf(m, sizeof m, "%s", p->stop_reason ? p->msg : "stopped by the reader");
        else
            yajl_message(p, NULL, 0, m, sizeof m);
        fail_at(p, p->line, p->column, m);
        return -1;
    }
    if (p->sc_state != SC_TEXT) { /* cannot happen after yajl accepted the whole text */
        fail_at(p, p->sc_line, p->sc_column, "unfinished \\u escape");
        return -1;
    }
    return 0;
}

int json_parse(const void *text, size_t len, const json_handlers *h, void *ctx,
               const json_parse_options *o, char *err, size_t errlen)
{
    json_parser *p = json_parser_new(h, ctx, o);
    if (p == NULL) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    int rc = json_parser_feed(p, text, len) == 0 && json_parser_finish(p) == 0 ? 0 : -1;
    if (rc != 0)
        snprintf(err, errlen, "%s", p->err);
    json_parser_free(p);
    return rc;
}

/* ------------------------------------------------------------------------------------------ */
/* Writing */

struct json_writer {
    yajl_gen g;
    int failed;
    /* The containers open, innermost last ('o' or 'a'), and whether an object wants a key next:
     * yajl_gen tells a key from a string value only by its own state, so a misplaced key would
     * pass as a value. */
    char open[JSON_MAX_WRITE_DEPTH + 1];
    size_t depth;
    int want_key;
    char *indent; /* yajl_gen keeps the pointer, so the writer owns a copy */
    char err[256];
};

json_writer *json_writer_new(const json_write_options *o)
{
    json_writer *w = calloc(1, sizeof *w);
    if (w == NULL || c_locale() == (locale_t)0 || (w->g = yajl_gen_alloc(NULL)) == NULL)
        goto fail;
    if (o && o->indent) {
        if ((w->indent = strdup(o->indent)) == NULL)
            goto fail;
        if (!yajl_gen_config(w->g, yajl_gen_beautify, 1) ||
            !yajl_gen_config(w->g, yajl_gen_indent_string, w->indent))
            goto fail;
    }
    if (o && o->escape_slash && !yajl_gen_config(w->g, yajl_gen_escape_solidus, 1))
        goto fail;
    return w;
fail:
    json_writer_free(w);
    return NULL;
}

void json_writer_free(json_writer *w)
{
    if (w == NULL)
        return;
    if (w->g)
        yajl_gen_free(w->g);
    free(w->indent);
    free(w);
}

const char *json_writer_error(const json_writer *w)
{
    return w->err;
}

/* Records the writer's first failure; returns -1. */
static int writer_fail(json_writer *w, const char *m)
{
    if (!w->failed) {
        w->failed = 1;
        snprintf(w->err, sizeof w->err, "%s", m);
    }
    return -1;
}

/* Turns a yajl_gen status into 0, or -1 with the writer's message. */
static int gen_status(json_writer *w, yajl_gen_status st)
{
    switch (st) {
    case yajl_gen_status_ok:
        return 0;
    case yajl_gen_keys_must_be_strings:
        return writer_fail(w, "a value where an object key belongs");
    case yajl_max_depth_exceeded:
        return writer_fail(w, "nesting deeper than 127 levels");
    case yajl_gen_generation_complete:
        return writer_fail(w, "a second value after the complete document");
    case yajl_gen_invalid_number:
        return writer_fail(w, "NaN or infinity");
    case yajl_gen_invalid_string:
        return writer_fail(w, "invalid UTF-8");
    default:
        return writer_fail(w, "cannot write JSON");
    }
}

/* Before a value: refuses one where a key belongs. */
static int before_value(json_writer *w)
{
    if (w->failed)
        return -1;
    if (w->want_key)
        return writer_fail(w, "a value where an object key belongs");
    return 0;
}

/* After a value (or a closed container): an object wants its next key. */
static int after_value(json_writer *w, int rc)
{
    if (rc == 0)
        w->want_key = w->depth > 0 && w->open[w->depth - 1] == 'o';
    return rc;
}

#define WRITE(w, call) (before_value(w) != 0 ? -1 : after_value((w), gen_status((w), (call))))

int json_write_null(json_writer *w)
{
    return WRITE(w, yajl_gen_null(w->g));
}

int json_write_bool(json_writer *w, int value)
{
    return WRITE(w, yajl_gen_bool(w->g, value != 0));
}

int json_write_integer(json_writer *w, int64_t value)
{
    return WRITE(w, yajl_gen_integer(w->g, (long long)value));
}

int json_write_number(json_writer *w, double value)
{
    if (before_value(w) != 0)
        return -1;
    if (!isfinite(value))
        return writer_fail(
            w, isnan(value) ? "NaN is not a JSON number" : "an infinity is not a JSON number");
    /* yajl_gen_double writes "%.20g" (0.1 as 0.10000000000000000555): the shortest of 15, 16
     * and 17 significant digits that reads back the same instead, in the "C" locale. */
    char buf[40];
    locale_t old = uselocale(c_locale());
    for (int digits = 15; digits <= 17; digits++) {
        snprintf(buf, sizeof buf, "%.*g", digits, value);
        if (strtod(buf, NULL) == value)
            break;
    }
    uselocale(old);
    if (strpbrk(buf, ".eE") == NULL) /* "1" would read back as an integer */
        strcat(buf, ".0");
    return WRITE(w, yajl_gen_number(w->g, buf, strlen(buf)));
}

int json_write_string(json_writer *w, const char *s, size_t len)
{
    if (before_value(w) != 0)
        return -1;
    if (!utf8_valid(s, len))
        return writer_fail(w, "invalid UTF-8 in a string");
    return WRITE(w, yajl_gen_string(w->g, (const unsigned char *)s, len));
}

int json_write_key(json_writer *w, const char *s, size_t len)
{
    if (w->failed)
        return -1;
    if (!w->want_key)
        return writer_fail(w, "an object key outside an object, or where a value belongs");
    if (!utf8_valid(s, len))
        return writer_fail(w, "invalid UTF-8 in a key");
    if (gen_status(w, yajl_gen_string(w->g, (const unsigned char *)s, len)) != 0)
        return -1;
    w->want_key = 0;
    return 0;
}

/* Opens an object ('o') or an array ('a'). */
static int begin(json_writer *w, char kind)
{
    if (before_value(w) != 0)
        return -1;
    if (w->depth >= JSON_MAX_WRITE_DEPTH)
        return writer_fail(w, "nesting deeper than 127 levels");
    if (gen_status(w, kind == 'o' ? yajl_gen_map_open(w->g) : yajl_gen_array_open(w->g)) != 0)
        return -1;
    w->open[w->depth++] = kind;
    w->want_key = kind == 'o';
    return 0;
}

/* Closes the innermost container, which must be of this kind. */
static int end(json_writer *w, char kind)
{
    if (w->failed)
        return -1;
    if (w->depth == 0 || w->open[w->depth - 1] != kind || (kind == 'o' && !w->want_key))
        return writer_fail(w,
                           kind == 'o' ? "an object closed where it is not open or a value is due"
                                       : "an array closed where it is not open");
    if (gen_status(w, kind == 'o' ? yajl_gen_map_close(w->g) : yajl_gen_array_close(w->g)) != 0)
        return -1;
    w->depth--;
    return after_value(w, 0);
}

int json_write_begin_object(json_writer *w)
{
    return begin(w, 'o');
}

int json_write_end_object(json_writer *w)
{
    return end(w, 'o');
}

int json_write_begin_array(json_writer *w)
{
    return begin(w, 'a');
}

int json_write_end_array(json_writer *w)
{
    return end(w, 'a');
}

const char *json_writer_text(json_writer *w, size_t *len)
{
    const unsigned char *buf = NULL;
    size_t n = 0;
    if (yajl_gen_get_buf(w->g, &buf, &n) != yajl_gen_status_ok || buf == NULL) {
        *len = 0;
        return "";
    }
    *len = n;
    return (const char *)buf;
}
