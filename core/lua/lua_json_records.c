/* styr.json's records (lua_json.c registers it):
 *
 *   json.records(text, path, fields [, { outer =, max_depth =, max_bytes = }])
 *       -> columns, top, found | fail, message
 *
 * The objects at the end of a path of arrays of objects, each read into columns, without building
 * the document as tables: what a connector needs of a page of thousands of values. path names the
 * arrays from the document's root object: "values[].values[]" is the array "values" of the root,
 * each of its objects' array "values", and each object of those is a record. fields lists the
 * record's own scalar members read; outer, the members read from the objects enclosing it on the
 * path (the nearest that has one; it may come before or after the array). A name that is "n" or
 * is listed twice is an error.
 *
 *   columns  { n = records, [field] = { value of record 1, …, record n } }: strings, integers,
 *            floats, booleans and json.null as json.decode gives them; nil where neither the
 *            record nor an enclosing object has the member, or it is an array or an object
 *   top      the root object's scalar members by name ({} when the root is not an object)
 *   found    { arrays =, items =, objects = }, each a list with one count per step of the path:
 *            the arrays it found, the items they held and how many of those were objects
 *            (objects[#path] = n), so that a caller can tell a document of another shape ("no
 *            values list") from an empty page
 *
 * The text is checked as json.decode checks it (strict UTF-8, depth and size limits, one value):
 * a bad text gives fail and the same "line L, column C: …" message. A duplicate key is refused
 * the same way where it matters: a member read, a path's array, a scalar of the root; members not
 * read are read past, not kept, and not checked for duplicates. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/json.h"
#include "lua/args.h"
#include "lua_json_records.h"

#define RECORDER_MT "styr.json.Recorder"
#define MAX_STEPS 8
#define MAX_FIELDS 32
#define MAX_TOP_KEY 256

/* An open container. level: on the path, an object's level (0 the root, nsteps a record) or an
 * array's step (1 … nsteps); -1 off the path. */
typedef struct rframe {
    int is_array;
    int level;
    int key_field;     /* an object's current key: the index of the field it names, or -1 */
    int key_step;      /* the current key names the path's next array */
    uint32_t seen;     /* an object's fields read so far, one bit each */
    int step_seen;     /* an object's path array met already */
    lua_Integer first; /* an enclosing object on the path: the first record begun inside it */
} rframe;

typedef struct recorder {
    lua_State *L;
    json_parser *p;
    rframe *frames;
    size_t depth, cap;
    int nsteps, nfields, nown; /* fields[0 … nown-1] are the record's own, the rest outer */
    const char *steps[MAX_STEPS];
    size_t step_len[MAX_STEPS];
    const char *fields[MAX_FIELDS];
    size_t field_len[MAX_FIELDS];
    lua_Integer n;
    lua_Integer arrays[MAX_STEPS + 1], objects[MAX_STEPS + 1], items[MAX_STEPS + 1];
    char top_key[MAX_TOP_KEY];
    int top_key_ok;
    int top, pend, cols; /* stack indexes: the top table, the first pending table, first column */
} recorder;

static int l_recorder_gc(lua_State *L)
{
    recorder *r = luaL_checkudata(L, 1, RECORDER_MT);
    json_parser_free(r->p);
    r->p = NULL;
    free(r->frames);
    r->frames = NULL;
    return 0;
}

/* The object's current key has its value: forget it. */
static void key_done(recorder *r)
{
    if (r->depth > 0 && !r->frames[r->depth - 1].is_array) {
        r->frames[r->depth - 1].key_field = -1;
        r->frames[r->depth - 1].key_step = 0;
    }
}

/* A scalar on top of the stack: kept where the path and the fields want it, then popped. */
static int value(recorder *r)
{
    lua_State *L = r->L;
    if (r->depth > 0) {
        const rframe *f = &r->frames[r->depth - 1];
        if (f->is_array && f->level > 0)
            r->items[f->level]++;
        if (!f->is_array && f->level >= 0) {
            if (f->level == 0 && r->top_key_ok) {
                if (lua_getfield(L, r->top, r->top_key) != LUA_TNIL) {
                    json_parser_fail(r->p, "duplicate key \"%s\"", r->top_key);
                    return -1;
                }
                lua_pop(L, 1);
                lua_pushvalue(L, -1);
                lua_setfield(L, r->top, r->top_key);
            }
            if (f->key_field >= 0) {
                /* The record's own member goes to its column; an enclosing object's waits until
                 * that object ends, then goes to its records. */
                lua_pushvalue(L, -1);
                if (f->level == r->nsteps)
                    lua_rawseti(L, r->cols + f->key_field, r->n);
                else
                    lua_rawseti(L, r->pend + f->level, f->key_field + 1);
            }
        }
    }
    lua_pop(L, 1);
    key_done(r);
    return 0;
}

static int room(recorder *r)
{
    if (!lua_checkstack(r->L, 4)) {
        json_parser_fail(r->p, "nesting too deep for the Lua stack");
        return -1;
    }
    return 0;
}

static int r_null(void *ctx)
{
    recorder *r = ctx;
    if (room(r))
        return -1;
    lua_pushlightuserdata(r->L, NULL);
    return value(r);
}

static int r_boolean(void *ctx, int v)
{
    recorder *r = ctx;
    if (room(r))
        return -1;
    lua_pushboolean(r->L, v);
    return value(r);
}

static int r_integer(void *ctx, int64_t v)
{
    recorder *r = ctx;
    if (room(r))
        return -1;
    lua_pushinteger(r->L, (lua_Integer)v);
    return value(r);
}

static int r_number(void *ctx, double v)
{
    recorder *r = ctx;
    if (room(r))
        return -1;
    lua_pushnumber(r->L, (lua_Number)v);
    return value(r);
}

static int r_string(void *ctx, const char *s, size_t len)
{
    recorder *r = ctx;
    if (room(r))
        return -1;
    lua_pushlstring(r->L, s, len);
    return value(r);
}

static int r_key(void *ctx, const char *s, size_t len)
{
    recorder *r = ctx;
    rframe *f = &r->frames[r->depth - 1];
    if (f->level < 0)
        return 0;
    /* The record's own fields in a record, the outer ones in an enclosing object; each read
     * once (a duplicate key is refused, as json.decode refuses it). */
    f->key_field = -1;
    int own = f->level == r->nsteps;
    for (int i = own ? 0 : r->nown; i < (own ? r->nown : r->nfields); i++)
        if (r->field_len[i] == len && memcmp(r->fields[i], s, len) == 0) {
            if (f->seen & (UINT32_C(1) << i)) {
                json_parser_fail(r->p, "duplicate key \"%s\"", r->fields[i]);
                return -1;
            }
            f->seen |= UINT32_C(1) << i;
            f->key_field = i;
            break;
        }
    f->key_step = f->level < r->nsteps && r->step_len[f->level] == len &&
        memcmp(r->steps[f->level], s, len) == 0;
    if (f->key_step) {
        if (f->step_seen) {
            json_parser_fail(r->p, "duplicate key \"%.*s\"", (int)r->step_len[f->level],
                             r->steps[f->level]);
            return -1;
        }
        f->step_seen = 1;
    }
    if (f->level == 0) {
        r->top_key_ok = len < MAX_TOP_KEY && memchr(s, '\0', len) == NULL;
        if (r->top_key_ok) {
            memcpy(r->top_key, s, len);
            r->top_key[len] = '\0';
        }
    }
    return 0;
}

static int open_frame(recorder *r, int is_array)
{
    if (room(r))
        return -1;
    if (r->depth == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        rframe *fr = realloc(r->frames, cap * sizeof *fr);
        if (fr == NULL) {
            json_parser_fail(r->p, "out of memory");
            return -1;
        }
        r->frames = fr;
        r->cap = cap;
    }
    const rframe *parent = r->depth ? &r->frames[r->depth - 1] : NULL;
    int level = -1;
    if (parent && parent->is_array && parent->level > 0)
        r->items[parent->level]++;
    if (is_array) {
        if (parent && !parent->is_array && parent->level >= 0 && parent->key_step) {
            level = parent->level + 1;
            r->arrays[level]++;
        }
    } else if (!parent) {
        level = 0;
    } else if (parent->is_array && parent->level > 0) {
        level = parent->level;
        r->objects[level]++;
        if (level == r->nsteps)
            r->n++;
    }
    key_done(r); /* a container is the value of the parent's key */
    r->frames[r->depth++] = (rframe){is_array, level, -1, 0, 0, 0, r->n + 1};
    if (!is_array && level >= 0 && level < r->nsteps)
        for (int i = 1; i <= r->nfields; i++) { /* a new enclosing object: nothing pending */
            lua_pushnil(r->L);
            lua_rawseti(r->L, r->pend + level, i);
        }
    return 0;
}

static int r_begin_object(void *ctx)
{
    return open_frame(ctx, 0);
}

static int r_begin_array(void *ctx)
{
    return open_frame(ctx, 1);
}

static int r_end_object(void *ctx)
{
    recorder *r = ctx;
    lua_State *L = r->L;
    const rframe f = r->frames[--r->depth];
    if (f.level >= 0 && f.level < r->nsteps && f.first <= r->n) {
        /* An enclosing object's members go to the records begun inside it that lack their own
         * (or a nearer enclosing object's). */
        for (int i = 0; i < r->nfields; i++) {
            if (lua_rawgeti(L, r->pend + f.level, i + 1) == LUA_TNIL) {
                lua_pop(L, 1);
                continue;
            }
            int col = r->cols + i;
            for (lua_Integer k = f.first; k <= r->n; k++) {
                if (lua_rawgeti(L, col, k) == LUA_TNIL) {
                    lua_pushvalue(L, -2);
                    lua_rawseti(L, col, k);
                }
                lua_pop(L, 1);
            }
            lua_pop(L, 1);
        }
    }
    return 0;
}

static int r_end_array(void *ctx)
{
    recorder *r = ctx;
    r->depth--;
    return 0;
}

static const json_handlers record_handlers = {
    r_null,         r_boolean, r_integer,    r_number,      r_string,
    r_begin_object, r_key,     r_end_object, r_begin_array, r_end_array,
};

/* Reads path ("a[].b[]") into the recorder's steps; the strings stay in the argument. */
static void read_path(lua_State *L, recorder *r, const char *path)
{
    const char *s = path;
    while (*s) {
        const char *open = strstr(s, "[]");
        size_t len = open ? (size_t)(open - s) : 0;
        if (!open || len == 0 || memchr(s, '[', len) || memchr(s, ']', len) ||
            memchr(s, '.', len) || r->nsteps == MAX_STEPS)
            luaL_error(L,
                       "json.records: the path must read like \"values[].values[]\" (at most %d "
                       "arrays), not \"%s\"",
                       MAX_STEPS, path);
        r->steps[r->nsteps] = s;
        r->step_len[r->nsteps++] = len;
        s = open + 2;
        if (*s == '.' && s[1] != '\0')
            s++;
        else if (*s != '\0')
            luaL_error(L, "json.records: the path must read like \"values[].values[]\", not \"%s\"",
                       path);
    }
    if (r->nsteps == 0)
        luaL_error(L, "json.records: the path must name at least one array (\"values[]\")");
}

static const args_field record_options[] = {
    {"outer", ARGS_TABLE},
    {"max_depth", ARGS_INTEGER},
    {"max_bytes", ARGS_INTEGER},
    {NULL, 0},
};

/* Adds the names of the list at index list to the recorder's fields (held by the list). */
static void read_fields(lua_State *L, recorder *r, int list, const char *what)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, list);
    if (r->nfields + n > MAX_FIELDS)
        luaL_error(L, "json.records: at most %d members can be read", MAX_FIELDS);
    for (lua_Integer i = 1; i <= n; i++) {
        size_t len;
        if (lua_rawgeti(L, list, i) != LUA_TSTRING)
            luaL_error(L, "json.records: %s[%I] must be a member name", what, (LUAI_UACINT)i);
        const char *name = lua_tolstring(L, -1, &len);
        lua_pop(L, 1);
        if (strcmp(name, "n") == 0 || len != strlen(name))
            luaL_error(L, "json.records: %s[%I] cannot be read (\"n\" is the count)", what,
                       (LUAI_UACINT)i);
        for (int j = 0; j < r->nfields; j++)
            if (strcmp(r->fields[j], name) == 0)
                luaL_error(L, "json.records: the member \"%s\" is listed twice", name);
        r->fields[r->nfields] = name;
        r->field_len[r->nfields++] = len;
    }
}

int lua_json_records(lua_State *L)
{
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    const char *path = luaL_checkstring(L, 2);
    luaL_checktype(L, 3, LUA_TTABLE);
    args opts;
    args_check_arg(&opts, L, 4, 1, "json.records options", record_options, NULL);
    json_parse_options o = {0};
    o.max_depth = (size_t)args_integer(&opts, "max_depth", JSON_DEFAULT_MAX_DEPTH, 1, 1000000);
    o.max_bytes = (uint64_t)args_integer(&opts, "max_bytes", (lua_Integer)JSON_DEFAULT_MAX_BYTES, 1,
                                         LUA_MAXINTEGER);
    lua_settop(L, 4);

    recorder *r = lua_newuserdatauv(L, sizeof *r, 0); /* 5 */
    memset(r, 0, sizeof *r);
    luaL_setmetatable(L, RECORDER_MT);
    r->L = L;
    read_path(L, r, path);
    read_fields(L, r, 3, "fields");
    r->nown = r->nfields;
    if (args_has(&opts, "outer")) {
        lua_getfield(L, 4, "outer");
        lua_replace(L, 4); /* the outer list stays on the stack, holding its names */
        read_fields(L, r, 4, "outer");
    }
    if (r->nfields == 0)
        return luaL_error(L, "json.records: fields must list the members to read");
    luaL_checkstack(L, 8 + r->nsteps + r->nfields, "json.records");
    lua_newtable(L); /* 6: columns */
    lua_newtable(L); /* 7: top */
    r->top = 7;
    r->pend = 8;
    for (int i = 0; i < r->nsteps; i++)
        lua_createtable(L, r->nfields, 0);
    r->cols = r->pend + r->nsteps;
    for (int i = 0; i < r->nfields; i++) {
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, 6, r->fields[i]);
    }
    if ((r->p = json_parser_new(&record_handlers, r, &o)) == NULL)
        return luaL_error(L, "json.records: out of memory");
    if (json_parser_feed(r->p, text, len) != 0 || json_parser_finish(r->p) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, json_parser_error(r->p));
        return 2;
    }
    json_parser_free(r->p);
    r->p = NULL;
    lua_pushinteger(L, r->n);
    lua_setfield(L, 6, "n");
    lua_pushvalue(L, 6);
    lua_pushvalue(L, 7);
    lua_createtable(L, 0, 3); /* found */
    static const char *const names[] = {"arrays", "items", "objects"};
    for (int which = 0; which < 3; which++) {
        const lua_Integer *counts = which == 0 ? r->arrays : which == 1 ? r->items : r->objects;
        lua_createtable(L, r->nsteps, 0);
        for (int i = 1; i <= r->nsteps; i++) {
            lua_pushinteger(L, counts[i]);
            lua_rawseti(L, -2, i);
        }
        lua_setfield(L, -2, names[which]);
    }
    return 3;
}

void lua_json_records_open(lua_State *L)
{
    if (luaL_newmetatable(L, RECORDER_MT)) {
        lua_pushcfunction(L, l_recorder_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
}
