/* styr.jsonstat: JSON-stat datasets as cubes ("styr.JsonStat"), read by core/formats/jsonstat.c.
 *
 *   jsonstat.read(text_or_path [, { file =, dataset =, max_cells =, max_bytes =, values = }])
 *       -> cube | fail, message
 *   cube:size()        -> number of cells
 *   cube:dimensions()  -> { { id =, label =, role = "time"|"geo"|"metric"|nil, size =,
 *                             categories = { { code =, label =, index =, unit = }, … } }, … }
 *                         (index: the JSON-stat position, from 0: categories[i].index == i - 1;
 *                          unit: { label =, symbol =, position =, base =, decimals = } or nil)
 *   cube:cells()       -> iterator: codes, value, status for each cell in row-major order (the
 *                         last dimension fastest); codes = { [dimension id] = code }, a new
 *                         table each time; value a number or nil (null), status a string or nil
 *   cube:each(fn)      -> calls fn(codes, value, status) per cell, with one codes table updated
 *                         in place; stops at the first result of fn that is not nil or false,
 *                         and returns it
 *   cube:get(codes)    -> value, status of the cell at { [dimension id] = code, … }
 *   cube:label(), cube:info() -> the dataset's label; { name, label, source, updated, version }
 *   cube:close()       (also __close and __gc)
 *
 * Values come as integers when they are whole and within ±2^53, else as floats. Read with
 * values = false, a cube has dimensions only (for metadata responses); cells, each and get then
 * raise an error. */
#include <math.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/jsonstat.h"
#include "lua/args.h"
#include "lua/modules.h"

#define CUBE_MT "styr.JsonStat"

typedef struct lcube {
    jsonstat_cube *c; /* NULL once closed */
} lcube;

static jsonstat_cube *checkcube(lua_State *L, int idx)
{
    lcube *lc = luaL_checkudata(L, idx, CUBE_MT);
    if (lc->c == NULL)
        luaL_error(L, "attempt to use a closed JSON-stat cube");
    return lc->c;
}

static jsonstat_cube *checkvalues(lua_State *L, int idx)
{
    jsonstat_cube *c = checkcube(L, idx);
    if (!jsonstat_has_values(c))
        luaL_error(L, "the JSON-stat cube was read without values (values = false)");
    return c;
}

static const args_field read_options[] = {
    {"file", ARGS_BOOLEAN},      /* the first argument is a path */
    {"values", ARGS_BOOLEAN},    /* false: read the dimensions only */
    {"dataset", ARGS_STRING},    /* which dataset of a JSON-stat 1.x bundle */
    {"max_cells", ARGS_INTEGER}, /* refuse a cube of more cells */
    {"max_bytes", ARGS_INTEGER}, /* refuse a longer response */
    {NULL, 0},
};

/* jsonstat.read(text_or_path [, opts]) -> cube | fail, message */
static int l_read(lua_State *L)
{
    size_t len;
    const char *src = luaL_checklstring(L, 1, &len);
    args opts;
    args_check_arg(&opts, L, 2, 1, "jsonstat.read options", read_options, NULL);
    jsonstat_options o = {0};
    int file = args_boolean(&opts, "file", 0);
    o.skip_values = !args_boolean(&opts, "values", 1);
    o.dataset = args_string(&opts, "dataset", NULL); /* kept alive by the options table */
    o.max_cells = (uint64_t)args_integer(
        &opts, "max_cells", (lua_Integer)JSONSTAT_DEFAULT_MAX_CELLS, 1, LUA_MAXINTEGER);
    o.max_bytes = (uint64_t)args_integer(
        &opts, "max_bytes", (lua_Integer)JSONSTAT_DEFAULT_MAX_BYTES, 1, LUA_MAXINTEGER);
    if (file && strlen(src) != len)
        return luaL_argerror(L, 1, "a path without NUL bytes");

    lcube *lc = lua_newuserdatauv(L, sizeof *lc, 0); /* closed until the read succeeds */
    lc->c = NULL;
    luaL_setmetatable(L, CUBE_MT);
    char err[1024];
    int rc = file ? jsonstat_read_file(src, &o, &lc->c, err, sizeof err)
                  : jsonstat_read_buffer(src, len, &o, &lc->c, err, sizeof err);
    if (rc != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    return 1;
}

static int l_close(lua_State *L)
{
    lcube *lc = luaL_checkudata(L, 1, CUBE_MT);
    jsonstat_free(lc->c);
    lc->c = NULL;
    return 0;
}

static int l_tostring(lua_State *L)
{
    lcube *lc = luaL_checkudata(L, 1, CUBE_MT);
    if (lc->c == NULL) {
        lua_pushliteral(L, "styr.JsonStat (closed)");
        return 1;
    }
    const char *label = jsonstat_label(lc->c);
    lua_pushfstring(
        L, "styr.JsonStat (%I cells, %I dimensions%s%s)", (lua_Integer)jsonstat_cell_count(lc->c),
        (lua_Integer)jsonstat_dimension_count(lc->c), label ? ": " : "", label ? label : "");
    return 1;
}

/* Pushes a string field of the table on top when s is not NULL. */
static void set_string(lua_State *L, const char *field, const char *s)
{
    if (s) {
        lua_pushstring(L, s);
        lua_setfield(L, -2, field);
    }
}

static int l_size(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)jsonstat_cell_count(checkcube(L, 1)));
    return 1;
}

static int l_label(lua_State *L)
{
    const char *label = jsonstat_label(checkcube(L, 1));
    if (label)
        lua_pushstring(L, label);
    else
        lua_pushnil(L);
    return 1;
}

static int l_info(lua_State *L)
{
    jsonstat_cube *c = checkcube(L, 1);
    lua_createtable(L, 0, 5);
    set_string(L, "name", jsonstat_name(c));
    set_string(L, "label", jsonstat_label(c));
    set_string(L, "source", jsonstat_source(c));
    set_string(L, "updated", jsonstat_updated(c));
    set_string(L, "version", jsonstat_version(c));
    return 1;
}

static int l_dimensions(lua_State *L)
{
    jsonstat_cube *c = checkcube(L, 1);
    size_t n = jsonstat_dimension_count(c);
    lua_createtable(L, (int)n, 0); /* stack: cube, dims */
    for (size_t i = 0; i < n; i++) {
        const jsonstat_dimension *d = jsonstat_dimension_at(c, i);
        lua_createtable(L, 0, 5); /* stack: cube, dims, dim */
        set_string(L, "id", d->id);
        set_string(L, "label", d->label);
        set_string(L, "role", d->role);
        lua_pushinteger(L, (lua_Integer)d->size);
        lua_setfield(L, -2, "size");
        lua_createtable(L, (int)d->size, 0); /* stack: cube, dims, dim, cats */
        for (size_t j = 0; j < d->size; j++) {
            const jsonstat_category *cat = &d->categories[j];
            lua_createtable(L, 0, 4); /* stack: …, cats, cat */
            set_string(L, "code", cat->code);
            set_string(L, "label", cat->label);
            lua_pushinteger(L, (lua_Integer)j);
            lua_setfield(L, -2, "index");
            if (cat->unit) {
                lua_createtable(L, 0, 5);
                set_string(L, "label", cat->unit->label);
                set_string(L, "symbol", cat->unit->symbol);
                set_string(L, "position", cat->unit->position);
                set_string(L, "base", cat->unit->base);
                if (cat->unit->decimals >= 0) {
                    lua_pushinteger(L, cat->unit->decimals);
                    lua_setfield(L, -2, "decimals");
                }
                lua_setfield(L, -2, "unit");
            }
            lua_rawseti(L, -2, (lua_Integer)j + 1);
        }
        lua_setfield(L, -2, "categories");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

/* Pushes a cell's value (nil for null) and status (nil for none). */
static void push_cell(lua_State *L, const jsonstat_cube *c, uint64_t pos)
{
    double v;
    const char *status;
    if (!jsonstat_cell(c, pos, &v, &status))
        lua_pushnil(L);
    else if (v == floor(v) && fabs(v) <= 9007199254740992.0)
        lua_pushinteger(L, (lua_Integer)v);
    else
        lua_pushnumber(L, (lua_Number)v);
    if (status)
        lua_pushstring(L, status);
    else
        lua_pushnil(L);
}

/* Sets codes[id] for every dimension from cell position pos (row-major). */
static void set_codes(lua_State *L, const jsonstat_cube *c, int codes, uint64_t pos)
{
    for (size_t i = jsonstat_dimension_count(c); i-- > 0;) {
        const jsonstat_dimension *d = jsonstat_dimension_at(c, i);
        uint64_t j = d->size ? pos % d->size : 0;
        pos = d->size ? pos / d->size : 0;
        lua_pushstring(L, d->categories[j].code);
        lua_setfield(L, codes, d->id);
    }
}

/* The iterator of cube:cells(): upvalue 1 the cube, upvalue 2 the next position. */
static int cells_next(lua_State *L)
{
    jsonstat_cube *c = checkvalues(L, lua_upvalueindex(1));
    lua_Integer pos = lua_tointeger(L, lua_upvalueindex(2));
    if ((uint64_t)pos >= jsonstat_cell_count(c))
        return 0;
    lua_pushinteger(L, pos + 1);
    lua_replace(L, lua_upvalueindex(2));
    lua_createtable(L, 0, (int)jsonstat_dimension_count(c));
    set_codes(L, c, lua_gettop(L), (uint64_t)pos);
    push_cell(L, c, (uint64_t)pos);
    return 3;
}

static int l_cells(lua_State *L)
{
    checkvalues(L, 1);
    lua_settop(L, 1);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, cells_next, 2);
    return 1;
}

/* cube:each(fn): the codes table is one, updated in place (only the dimensions that change). */
static int l_each(lua_State *L)
{
    jsonstat_cube *c = checkvalues(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_settop(L, 2);
    lua_newtable(L); /* stack: cube, fn, codes */
    uint64_t cells = jsonstat_cell_count(c);
    size_t n = jsonstat_dimension_count(c);
    for (uint64_t pos = 0; pos < cells; pos++) {
        c = checkvalues(L, 1); /* fn may have closed it */
        if (pos == 0)
            set_codes(L, c, 3, 0);
        else { /* like an odometer: the last dimension turns every cell */
            uint64_t p = pos;
            for (size_t i = n; i-- > 0;) {
                const jsonstat_dimension *d = jsonstat_dimension_at(c, i);
                uint64_t j = p % d->size;
                p /= d->size;
                lua_pushstring(L, d->categories[j].code);
                lua_setfield(L, 3, d->id);
                if (j != 0)
                    break; /* the dimensions before it did not change */
            }
        }
        lua_pushvalue(L, 2);
        lua_pushvalue(L, 3);
        push_cell(L, c, pos);
        lua_call(L, 3, 1); /* fn's errors go to the caller of each, like table.sort's */
        if (lua_toboolean(L, -1))
            return 1;
        lua_pop(L, 1);
    }
    return 0;
}

/* cube:get{ [dimension id] = code, … } -> value, status */
static int l_get(lua_State *L)
{
    jsonstat_cube *c = checkvalues(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    uint64_t pos = 0;
    for (size_t i = 0; i < jsonstat_dimension_count(c); i++) {
        const jsonstat_dimension *d = jsonstat_dimension_at(c, i);
        lua_getfield(L, 2, d->id);
        size_t len;
        const char *code = lua_tolstring(L, -1, &len);
        if (code == NULL)
            return luaL_error(L, "cube:get: no code for dimension '%s'", d->id);
        int64_t j = jsonstat_category_position(c, i, code, len);
        if (j < 0)
            return luaL_error(L, "cube:get: dimension '%s' has no category '%s'", d->id, code);
        pos = pos * d->size + (uint64_t)j;
        lua_pop(L, 1);
    }
    push_cell(L, c, pos);
    return 2;
}

static const luaL_Reg methods[] = {
    {"size", l_size}, {"dimensions", l_dimensions}, {"cells", l_cells}, {"each", l_each},
    {"get", l_get},   {"label", l_label},           {"info", l_info},   {"close", l_close},
    {NULL, NULL},
};

static const luaL_Reg metamethods[] = {
    {"__gc", l_close},
    {"__close", l_close},
    {"__tostring", l_tostring},
    {NULL, NULL},
};

static const luaL_Reg functions[] = {
    {"read", l_read},
    {NULL, NULL},
};

int luaopen_styr_jsonstat(lua_State *L)
{
    if (luaL_newmetatable(L, CUBE_MT)) {
        luaL_setfuncs(L, metamethods, 0);
        luaL_newlib(L, methods);
        lua_setfield(L, -2, "__index");
    }
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    return 1;
}
