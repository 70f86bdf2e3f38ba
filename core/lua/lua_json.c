/* styr.json: JSON text to Lua values and back, through core/formats/json.c (yajl).
 *
 *   json.decode(text [, { max_depth =, max_bytes =, allow_nul = }]) -> value | fail, message
 *   json.encode(value [, { sort_keys =, indent =, max_depth =, escape_slash = }])
 *       -> text | fail, message
 *   json.null                       the value of JSON null (a light userdata)
 *   json.array([t]), json.object([t])   mark t (or a new table) as a JSON array or object
 *   json.is_array(v), json.is_object(v)
 *   json.records(text, path, fields [, opts]) -> columns, top, found | fail, message: the objects
 *                                   at the end of a path of arrays read into columns, without
 *                                   the document as tables (lua_json_records.c)
 *
 * Decoding: objects become tables marked as objects, arrays sequences marked as arrays (a shared
 * metatable each), so an empty object and an empty array stay apart and encode back as they came.
 * null is json.null, in arrays and objects alike, so a sequence keeps its length and a key its
 * presence. Numbers without fraction or exponent that fit are integers, others floats
 * (18446744073709551616 is the float 2^64, as for Lua's tonumber); 1e400 is refused. Duplicate keys
 * are refused. "\u0000" is refused unless allow_nul. The message reads "line L, column C: …".
 *
 * Encoding: a table marked by json.array / json.object is written as that; an unmarked one is an
 * array when its keys are exactly 1..n (the empty table too: "[]"), an object when its keys are
 * all strings; anything else (mixed or sparse keys) is refused and names the place. Objects'
 * integer keys are written as strings. Tables are read raw (no __index, __pairs). Refused:
 * NaN, infinities, cycles, functions and other userdata, invalid UTF-8, nesting deeper than
 * max_depth (at most 127, yajl_gen's limit). A refusal names the place as a JSONPath ("$.a[0]",
 * indices from 0). */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/json.h"
#include "formats/utf8.h"
#include "lua/args.h"
#include "lua/modules.h"
#include "lua_json_records.h"

#define DECODER_MT "styr.json.Decoder"
#define ENCODER_MT "styr.json.Encoder"
#define ARRAY_MT "json.array"
#define OBJECT_MT "json.object"

/* Registry keys for the two marks (addresses of statics). */
static const char KEY_ARRAY = 'a';
static const char KEY_OBJECT = 'o';

static int is_marked(lua_State *L, int idx, const char *key)
{
    if (!lua_getmetatable(L, idx))
        return 0;
    lua_rawgetp(L, LUA_REGISTRYINDEX, key);
    int same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same;
}

static int is_null(lua_State *L, int idx)
{
    return lua_type(L, idx) == LUA_TLIGHTUSERDATA && lua_touserdata(L, idx) == NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* Decoding: json.c's events build the value on the Lua stack, one container per open level. */

typedef struct level {
    int is_array;
    lua_Integer n; /* items so far (an object's keys, an array's items) */
} level;

/* Each new container is sized as the last one closed at its depth and of its kind was, up to a
 * cap: an API answer is a list of records of one shape, and a table that grows one field at a
 * time is rebuilt at 1, 2, 4 and 8 fields. A wrong guess only sizes one table, and never past
 * the caps. With the marks kept on the stack (end), a Kolada page of 15 000 records of 5 fields
 * (1.2 MB) decodes in 10.1 ms instead of 15.2 (best of 40, tests/spec/json_spec.lua's shapes
 * unchanged). */
#define HINT_DEPTHS 16
#define HINT_MAX_FIELDS 64
#define HINT_MAX_ITEMS 4096

typedef struct decoder {
    lua_State *L;
    json_parser *p;
    level *levels; /* open containers, innermost last */
    size_t depth, cap;
    int fields[HINT_DEPTHS], items[HINT_DEPTHS]; /* the size hints, per depth */
} decoder;

/* __gc of the decoder box: a Lua error (out of memory) inside a handler unwinds through yajl to
 * the caller's pcall, leaving the parser to this. */
static int l_decoder_gc(lua_State *L)
{
    decoder *d = luaL_checkudata(L, 1, DECODER_MT);
    json_parser_free(d->p);
    d->p = NULL;
    free(d->levels);
    d->levels = NULL;
    return 0;
}

/* Stores the value on top in the container below it (with the key between them for an object);
 * at depth 0 it is the result and stays. */
static int add(decoder *d)
{
    lua_State *L = d->L;
    if (d->depth == 0)
        return 0;
    level *lv = &d->levels[d->depth - 1];
    if (lv->is_array) {
        lua_rawseti(L, -2, ++lv->n); /* stack: array, value */
    } else {
        lua_rawset(L, -3); /* stack: object, key, value */
        lv->n++;
    }
    return 0;
}

/* Room for a new container, its key and the value being built. */
static int room(decoder *d)
{
    if (!lua_checkstack(d->L, 4)) {
        json_parser_fail(d->p, "nesting too deep for the Lua stack");
        return -1;
    }
    return 0;
}

static int d_null(void *ctx)
{
    decoder *d = ctx;
    if (room(d))
        return -1;
    lua_pushlightuserdata(d->L, NULL);
    return add(d);
}

static int d_boolean(void *ctx, int value)
{
    decoder *d = ctx;
    if (room(d))
        return -1;
    lua_pushboolean(d->L, value);
    return add(d);
}

static int d_integer(void *ctx, int64_t value)
{
    decoder *d = ctx;
    if (room(d))
        return -1;
    lua_pushinteger(d->L, (lua_Integer)value);
    return add(d);
}

static int d_number(void *ctx, double value)
{
    decoder *d = ctx;
    if (room(d))
        return -1;
    lua_pushnumber(d->L, (lua_Number)value);
    return add(d);
}

static int d_string(void *ctx, const char *s, size_t len)
{
    decoder *d = ctx;
    if (room(d))
        return -1;
    lua_pushlstring(d->L, s, len);
    return add(d);
}

static int d_key(void *ctx, const char *s, size_t len)
{
    decoder *d = ctx;
    lua_State *L = d->L;
    if (room(d))
        return -1;
    lua_pushlstring(L, s, len); /* stack: object, key */
    lua_pushvalue(L, -1);
    if (lua_rawget(L, -3) != LUA_TNIL) {
        json_parser_fail(d->p, "duplicate key \"%.*s\"", (int)utf8_prefix(s, len, 60), s);
        return -1;
    }
    lua_pop(L, 1);
    return 0;
}

static int begin(decoder *d, int is_array)
{
    if (room(d))
        return -1;
    if (d->depth == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        level *lv = realloc(d->levels, cap * sizeof *lv);
        if (lv == NULL) {
            json_parser_fail(d->p, "out of memory");
            return -1;
        }
        d->levels = lv;
        d->cap = cap;
    }
    size_t at = d->depth;
    d->levels[d->depth++] = (level){is_array, 0};
    int hint = at < HINT_DEPTHS ? (is_array ? d->items[at] : d->fields[at]) : 0;
    lua_createtable(d->L, is_array ? hint : 0, is_array ? 0 : hint);
    return 0;
}

/* Where l_decode keeps the marks on the stack while it parses. */
#define OBJECT_MARK 4
#define ARRAY_MARK 5

static int end(decoder *d, int mark)
{
    lua_pushvalue(d->L, mark);
    lua_setmetatable(d->L, -2);
    size_t at = --d->depth;
    if (at < HINT_DEPTHS) {
        const level *lv = &d->levels[at];
        int max = lv->is_array ? HINT_MAX_ITEMS : HINT_MAX_FIELDS;
        int n = lv->n < max ? (int)lv->n : max;
        if (lv->is_array)
            d->items[at] = n;
        else
            d->fields[at] = n;
    }
    return add(d);
}

static int d_begin_object(void *ctx)
{
    return begin(ctx, 0);
}

static int d_end_object(void *ctx)
{
    return end(ctx, OBJECT_MARK);
}

static int d_begin_array(void *ctx)
{
    return begin(ctx, 1);
}

static int d_end_array(void *ctx)
{
    return end(ctx, ARRAY_MARK);
}

static const json_handlers decode_handlers = {
    d_null,         d_boolean, d_integer,    d_number,      d_string,
    d_begin_object, d_key,     d_end_object, d_begin_array, d_end_array,
};

static const args_field decode_options[] = {
    {"max_depth", ARGS_INTEGER},
    {"max_bytes", ARGS_INTEGER},
    {"allow_nul", ARGS_BOOLEAN},
    {NULL, 0},
};

/* json.decode(text [, opts]) -> value | fail, message */
static int l_decode(lua_State *L)
{
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    args opts;
    args_check_arg(&opts, L, 2, 1, "json.decode options", decode_options, NULL);
    json_parse_options o = {0};
    o.max_depth = (size_t)args_integer(&opts, "max_depth", JSON_DEFAULT_MAX_DEPTH, 1, 1000000);
    o.max_bytes = (uint64_t)args_integer(&opts, "max_bytes", (lua_Integer)JSON_DEFAULT_MAX_BYTES, 1,
                                         LUA_MAXINTEGER);
    o.allow_nul = args_boolean(&opts, "allow_nul", 0);
    lua_settop(L, 2);

    decoder *d = lua_newuserdatauv(L, sizeof *d, 0); /* stack: text, opts, box */
    memset(d, 0, sizeof *d);
    luaL_setmetatable(L, DECODER_MT);
    d->L = L;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_OBJECT);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_ARRAY); /* stack: text, opts, box, marks */
    if ((d->p = json_parser_new(&decode_handlers, d, &o)) == NULL)
        return luaL_error(L, "json.decode: out of memory");
    if (json_parser_feed(d->p, text, len) != 0 || json_parser_finish(d->p) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, json_parser_error(d->p));
        return 2;
    }
    /* stack: text, opts, box, marks, value */
    json_parser_free(d->p);
    d->p = NULL;
    return 1;
}

/* ------------------------------------------------------------------------------------------ */
/* Encoding: a walk over the value with the writer in a box (so that a Lua error cannot leak it)
 * and a table of the tables being written (for cycles). */

typedef struct step {
    const char *key; /* the key within an object, or NULL */
    size_t len;
    lua_Integer index; /* the index within an array */
} step;

typedef struct encoder {
    json_writer *w;
    int sort_keys;
    size_t max_depth;
    step path[JSON_MAX_WRITE_DEPTH + 1];
    size_t depth;
    char err[1024];
} encoder;

static int l_encoder_gc(lua_State *L)
{
    encoder *e = luaL_checkudata(L, 1, ENCODER_MT);
    json_writer_free(e->w);
    e->w = NULL;
    return 0;
}

/* Where the walk is, as "$", "$.name", "$[3]", "$["a b"]"; past 10 levels, the last 10 after
 * "$…". */
static void format_path(const encoder *e, char *out, size_t outlen)
{
    size_t n = (size_t)snprintf(out, outlen, e->depth > 10 ? "$…" : "$");
    for (size_t i = e->depth > 10 ? e->depth - 10 : 0; i < e->depth && n < outlen; i++) {
        const step *s = &e->path[i];
        int plain = s->key != NULL && s->len > 0 && s->len <= 40;
        for (size_t j = 0; plain && j < s->len; j++) {
            char c = s->key[j];
            plain = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                (j > 0 && c >= '0' && c <= '9');
        }
        if (s->key == NULL)
            n += (size_t)snprintf(out + n, outlen - n, "[%lld]", (long long)s->index);
        else if (plain)
            n += (size_t)snprintf(out + n, outlen - n, ".%.*s", (int)s->len, s->key);
        else
            n += (size_t)snprintf(out + n, outlen - n, "[\"%.*s\"]",
                                  (int)utf8_prefix(s->key, s->len, 40), s->key);
    }
}

/* Records a failure at the current place; returns -1. */
static int enc_fail(encoder *e, const char *what)
{
    char where[400];
    format_path(e, where, sizeof where);
    snprintf(e->err, sizeof e->err, "%s: %s", where, what);
    return -1;
}

/* After a writer call: 0, or -1 with the writer's reason at the current place. */
static int wrote(encoder *e, int rc)
{
    return rc == 0 ? 0 : enc_fail(e, json_writer_error(e->w));
}

/* The keys of an object, for writing them in order. */
typedef struct okey {
    const char *s; /* the string key, or num */
    size_t len;
    int is_int;
    lua_Integer i;
    char num[24];
} okey;

static int cmp_okey(const void *a, const void *b)
{
    const okey *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

static int encode_value(lua_State *L, encoder *e, int idx);

/* Writes the table at idx; visited (a table at index 3) holds the tables being written. */
static int encode_table(lua_State *L, encoder *e, int idx)
{
    if (e->depth >= e->max_depth) {
        char m[64];
        snprintf(m, sizeof m, "nesting deeper than %zu levels", e->max_depth);
        return enc_fail(e, m);
    }
    if (!lua_checkstack(L, 8))
        return enc_fail(e, "nesting too deep for the Lua stack");
    lua_pushvalue(L, idx);
    if (lua_rawget(L, 3) != LUA_TNIL)
        return enc_fail(e, "a cycle: the table contains itself");
    lua_pop(L, 1);
    lua_pushvalue(L, idx);
    lua_pushboolean(L, 1);
    lua_rawset(L, 3);

    /* What keys: positive integers (and the largest), strings, others. */
    lua_Integer count = 0, nstr = 0, nint = 0, maxint = 0, nother = 0;
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: key, value */
        lua_pop(L, 1);
        count++;
        if (lua_type(L, -1) == LUA_TSTRING)
            nstr++;
        else if (lua_isinteger(L, -1)) {
            nint++;
            lua_Integer k = lua_tointeger(L, -1);
            if (k > maxint)
                maxint = k;
        } else
            nother++;
    }
    int as_array = is_marked(L, idx, &KEY_ARRAY), as_object = is_marked(L, idx, &KEY_OBJECT);
    int sequence = nint == count && maxint == count; /* keys 1..n, or no keys */
    if (!as_array && !as_object) {
        if (sequence)
            as_array = 1;
        else if (nstr == count)
            as_object = 1;
        else
            return enc_fail(e,
                            nother > 0 ? "a table with keys that are neither strings nor "
                                         "integers"
                                       : "a table with both string and integer keys, or "
                                         "integer keys that are not 1..n: mark it with "
                                         "json.object() or json.array()");
    }
    int rc = 0;
    if (as_array) {
        if (!sequence)
            return enc_fail(e, "an array whose keys are not 1..n (use json.null for a hole)");
        if (wrote(e, json_write_begin_array(e->w)))
            return -1;
        e->depth++;
        for (lua_Integer i = 1; i <= count && rc == 0; i++) {
            e->path[e->depth - 1] = (step){NULL, 0, i - 1};
            lua_rawgeti(L, idx, i);
            rc = encode_value(L, e, lua_gettop(L));
            lua_pop(L, 1);
        }
        if (rc != 0)
            return -1;
        e->depth--;
        if (wrote(e, json_write_end_array(e->w)))
            return -1;
    } else {
        if (nother > 0)
            return enc_fail(e, "an object with keys that are neither strings nor integers");
        /* The keys, in a userdata the collector frees; a string key's text stays put while the
         * table, which holds the key, is unchanged: no Lua code runs here (but finalizers, which
         * have no business with a table being encoded). */
        okey *keys = lua_newuserdatauv(L, (size_t)count * sizeof *keys + 1, 0);
        int keys_idx = lua_gettop(L);
        lua_Integer n = 0;
        lua_pushnil(L);
        while (lua_next(L, idx) != 0) {
            lua_pop(L, 1);
            if (n == count) { /* cannot happen: nothing here changes the table */
                lua_pop(L, 1);
                break;
            }
            okey *k = &keys[n++];
            if (lua_type(L, -1) == LUA_TSTRING) {
                k->s = lua_tolstring(L, -1, &k->len);
                k->is_int = 0;
            } else {
                k->is_int = 1;
                k->i = lua_tointeger(L, -1);
                k->len = (size_t)snprintf(k->num, sizeof k->num, "%lld", (long long)k->i);
                k->s = k->num;
            }
        }
        /* Sorted on request, and whenever 1 and "1" could both be keys, to refuse that. */
        if (e->sort_keys || (nint > 0 && nstr > 0))
            qsort(keys, (size_t)n, sizeof *keys, cmp_okey);
        for (lua_Integer j = 1; j < n && nint > 0 && nstr > 0; j++) {
            if (cmp_okey(&keys[j - 1], &keys[j]) == 0) {
                const okey *ik = keys[j].is_int ? &keys[j] : &keys[j - 1];
                return enc_fail(e,
                                lua_pushfstring(L,
                                                "key \"%s\" is both a string and an "
                                                "integer key of the table",
                                                ik->num));
            }
        }
        if (wrote(e, json_write_begin_object(e->w)))
            return -1;
        e->depth++;
        for (lua_Integer j = 0; j < n && rc == 0; j++) {
            okey *k = &keys[j];
            e->path[e->depth - 1] = (step){k->s, k->len, 0};
            if (wrote(e, json_write_key(e->w, k->s, k->len)))
                return -1;
            if (k->is_int)
                lua_rawgeti(L, idx, k->i);
            else {
                lua_pushlstring(L, k->s, k->len);
                lua_rawget(L, idx);
            }
            rc = encode_value(L, e, lua_gettop(L));
            lua_pop(L, 1);
        }
        if (rc != 0)
            return -1;
        e->depth--;
        if (wrote(e, json_write_end_object(e->w)))
            return -1;
        lua_remove(L, keys_idx);
    }
    lua_pushvalue(L, idx);
    lua_pushnil(L);
    lua_rawset(L, 3);
    return 0;
}

/* Writes the value at idx. Returns 0, or -1 with e->err filled. */
static int encode_value(lua_State *L, encoder *e, int idx)
{
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        return wrote(e, json_write_null(e->w));
    case LUA_TBOOLEAN:
        return wrote(e, json_write_bool(e->w, lua_toboolean(L, idx)));
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx))
            return wrote(e, json_write_integer(e->w, (int64_t)lua_tointeger(L, idx)));
        return wrote(e, json_write_number(e->w, (double)lua_tonumber(L, idx)));
    case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, idx, &len);
        return wrote(e, json_write_string(e->w, s, len));
    }
    case LUA_TTABLE:
        return encode_table(L, e, idx);
    case LUA_TLIGHTUSERDATA:
        if (is_null(L, idx))
            return wrote(e, json_write_null(e->w));
        /* fall through */
    default:
        return enc_fail(e, lua_pushfstring(L, "a %s has no JSON form", luaL_typename(L, idx)));
    }
}

static const args_field encode_options[] = {
    {"sort_keys", ARGS_BOOLEAN},
    {"escape_slash", ARGS_BOOLEAN},
    {"max_depth", ARGS_INTEGER},
    {"indent", ARGS_BOOLEAN | ARGS_STRING}, /* true for two spaces, or the whitespace to use */
    {NULL, 0},
};

/* json.encode(value [, opts]) -> text | fail, message */
static int l_encode(lua_State *L)
{
    luaL_checkany(L, 1);
    args opts;
    args_check_arg(&opts, L, 2, 1, "json.encode options", encode_options, NULL);
    json_write_options wo = {0};
    int sort_keys = args_boolean(&opts, "sort_keys", 0);
    wo.escape_slash = args_boolean(&opts, "escape_slash", 0);
    size_t max_depth =
        (size_t)args_integer(&opts, "max_depth", JSON_MAX_WRITE_DEPTH, 1, JSON_MAX_WRITE_DEPTH);
    wo.indent = args_string(&opts, "indent", NULL); /* kept alive by the options table */
    if (wo.indent && wo.indent[strspn(wo.indent, " \t\r\n\v\f")] != '\0')
        return args_field_error(&opts, "indent", "true or a string of whitespace");
    if (wo.indent == NULL && args_boolean(&opts, "indent", 0))
        wo.indent = "  ";
    lua_settop(L, 2);
    lua_newtable(L);                                 /* stack: value, opts, visited */
    encoder *e = lua_newuserdatauv(L, sizeof *e, 0); /* stack: value, opts, visited, box */
    e->w = NULL;
    e->err[0] = '\0';
    e->depth = 0;
    luaL_setmetatable(L, ENCODER_MT);
    e->sort_keys = sort_keys;
    e->max_depth = max_depth;
    if ((e->w = json_writer_new(&wo)) == NULL)
        return luaL_error(L, "json.encode: out of memory");
    if (encode_value(L, e, 1) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, e->err);
        return 2;
    }
    size_t len;
    const char *text = json_writer_text(e->w, &len);
    lua_pushlstring(L, text, len);
    json_writer_free(e->w);
    e->w = NULL;
    return 1;
}

/* ------------------------------------------------------------------------------------------ */

/* json.array([t]) / json.object([t]) -> t, marked */
static int mark(lua_State *L, const char *key)
{
    if (lua_isnoneornil(L, 1)) {
        lua_settop(L, 0);
        lua_newtable(L);
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, key);
    lua_setmetatable(L, 1);
    return 1;
}

static int l_array(lua_State *L)
{
    return mark(L, &KEY_ARRAY);
}

static int l_object(lua_State *L)
{
    return mark(L, &KEY_OBJECT);
}

static int l_is_array(lua_State *L)
{
    lua_pushboolean(L, lua_type(L, 1) == LUA_TTABLE && is_marked(L, 1, &KEY_ARRAY));
    return 1;
}

static int l_is_object(lua_State *L)
{
    lua_pushboolean(L, lua_type(L, 1) == LUA_TTABLE && is_marked(L, 1, &KEY_OBJECT));
    return 1;
}

static const luaL_Reg functions[] = {
    {"decode", l_decode},
    {"encode", l_encode},
    {"array", l_array},
    {"object", l_object},
    {"is_array", l_is_array},
    {"is_object", l_is_object},
    {"records", lua_json_records},
    {NULL, NULL},
};

/* A box type with a __gc. */
static void box_type(lua_State *L, const char *name, lua_CFunction gc)
{
    if (luaL_newmetatable(L, name)) {
        lua_pushcfunction(L, gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
}

/* A mark: a metatable named for tostring, kept in the registry under key. */
static void mark_type(lua_State *L, const char *key, const char *name)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, key);
    if (lua_isnil(L, -1)) {
        lua_newtable(L);
        lua_pushstring(L, name);
        lua_setfield(L, -2, "__name");
        lua_rawsetp(L, LUA_REGISTRYINDEX, key);
    }
    lua_pop(L, 1);
}

int luaopen_styr_json(lua_State *L)
{
    box_type(L, DECODER_MT, l_decoder_gc);
    box_type(L, ENCODER_MT, l_encoder_gc);
    lua_json_records_open(L);
    mark_type(L, &KEY_ARRAY, ARRAY_MT);
    mark_type(L, &KEY_OBJECT, OBJECT_MT);
    luaL_newlib(L, functions);
    lua_pushlightuserdata(L, NULL);
    lua_setfield(L, -2, "null");
    return 1;
}
