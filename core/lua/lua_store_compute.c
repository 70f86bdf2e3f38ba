/* styr.store's methods for styr compute and the report (store/store_compute.h):
 *
 *   db:compute_fresh(indicator, { input ids }, formula_hash)
 *                                         -> fresh (boolean), results (count), missing (count)
 *                                            | fail, message, kind: whether the formula's stored
 *                                            results are current, and how many are missing
 *   db:formula_done(indicator, formula_hash, { input ids }, computed_at)
 *                                         -> true | fail, message, kind: records that the
 *                                            formula stored its results, reading those
 *                                            indicators (store_formula_done)
 *   db:latest_in(indicator, { areas } [, { as_of = T, before = SEQ }])
 *                                         -> list of rows as db:latest gives, for those areas only
 *   db:latest_from(indicator, prefix)    -> db:latest's rows whose source begins with prefix
 *   db:latest_values(indicator [, { as_of = T }])
 *                                         -> db:latest's rows without their provenance, each
 *                                            with key = area \0 gender \0 period, in the order
 *                                            of area, gender, period kind and period (the
 *                                            list's unsorted = true: not of area, gender and
 *                                            period)
 */
#include <stdint.h>
#include <string.h>

#include "lua/args.h"
#include "lua_store.h"
#include "store/store_compute.h"

static int fail(lua_State *L, int rc, const char *err)
{
    luaL_pushfail(L);
    lua_pushstring(L, err);
    lua_pushstring(L, rc == STORE_BUSY ? "busy" : "error");
    return 3;
}

/* The strings of the list at argument arg, as an array held by a new userdata on the stack; the
 * strings stay alive while the list is on the stack. what names the argument in the error. */
static const char **string_list(lua_State *L, int arg, const char *what, size_t *n)
{
    luaL_checktype(L, arg, LUA_TTABLE);
    *n = (size_t)lua_rawlen(L, arg);
    const char **list = lua_newuserdatauv(L, (*n ? *n : 1) * sizeof *list, 0);
    for (size_t i = 0; i < *n; i++) {
        lua_rawgeti(L, arg, (lua_Integer)i + 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            luaL_argerror(L, arg, what);
        list[i] = lua_tostring(L, -1);
        lua_pop(L, 1);
    }
    return list;
}

/* db:compute_fresh(indicator, { input ids }, formula_hash) -> fresh, results, missing */
static int l_compute_fresh(lua_State *L)
{
    store *s = lua_store_check(L);
    const char *ind = luaL_checkstring(L, 2);
    size_t n = 0;
    const char **inputs = string_list(L, 3, "expected a list of input indicator ids", &n);
    const char *hash = luaL_checkstring(L, 4);
    int fresh = 0;
    int64_t cells = 0, missing = 0;
    char err[1024];
    int rc =
        store_compute_fresh(s, ind, inputs, n, hash, &fresh, &cells, &missing, err, sizeof err);
    if (rc != STORE_OK)
        return fail(L, rc, err);
    lua_pushboolean(L, fresh);
    lua_pushinteger(L, (lua_Integer)cells);
    lua_pushinteger(L, (lua_Integer)missing);
    return 3;
}

/* db:formula_done(indicator, formula_hash, { input ids }, computed_at) -> true */
static int l_formula_done(lua_State *L)
{
    store *s = lua_store_check(L);
    const char *ind = luaL_checkstring(L, 2);
    const char *hash = luaL_checkstring(L, 3);
    size_t n = 0;
    const char **inputs = string_list(L, 4, "expected a list of input indicator ids", &n);
    const char *at = luaL_checkstring(L, 5);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (size_t i = 0; i < n; i++) {
        if (strchr(inputs[i], '\n') != NULL || inputs[i][0] == '\0')
            return luaL_argerror(L, 4, "an input id is empty or holds a line break");
        if (i > 0)
            luaL_addchar(&b, '\n');
        luaL_addstring(&b, inputs[i]);
    }
    luaL_pushresult(&b);
    char err[1024];
    int rc = store_formula_done(s, ind, hash, lua_tostring(L, -1), at, err, sizeof err);
    if (rc != STORE_OK)
        return fail(L, rc, err);
    lua_pushboolean(L, 1);
    return 1;
}

typedef struct in_areas {
    const char *indicator;
    const char *const *areas;
    size_t n;
    const char *as_of;
    int64_t before;
} in_areas;

static int each_in_areas(store *s, void *arg, store_row_cb cb, void *ud, char *err, size_t errlen)
{
    const in_areas *q = arg;
    return store_latest_in_areas(s, q->indicator, q->areas, q->n, q->as_of, q->before, cb, ud, err,
                                 errlen);
}

/* db:latest_in(indicator, { areas } [, { as_of = T, before = SEQ }]) -> list of rows */
static int l_latest_in(lua_State *L)
{
    static const args_field fields[] = {
        {"as_of", ARGS_STRING}, {"before", ARGS_INTEGER}, {NULL, 0}};
    store *s = lua_store_check(L);
    in_areas q = {0};
    q.indicator = luaL_checkstring(L, 2);
    args a;
    args_check_arg(&a, L, 4, 1, "db:latest_in options", fields,
                   "{ as_of = \"YYYY-MM-DDTHH:MM:SSZ\", before = SEQ }");
    q.as_of = args_string(&a, "as_of", NULL);
    q.before = (int64_t)args_integer(&a, "before", 0, 0, LUA_MAXINTEGER);
    lua_settop(L, 4);
    q.areas = string_list(L, 3, "expected a list of area codes", &q.n);
    return lua_store_collect_rows(L, s, each_in_areas, &q, NULL);
}

typedef struct from_q {
    const char *indicator;
    const char *prefix;
} from_q;

static int each_from(store *s, void *arg, store_row_cb cb, void *ud, char *err, size_t errlen)
{
    const from_q *q = arg;
    return store_latest_from(s, q->indicator, q->prefix, cb, ud, err, errlen);
}

/* db:latest_from(indicator, prefix) -> list of rows: db:latest's rows whose source begins with
 * prefix */
static int l_latest_from(lua_State *L)
{
    store *s = lua_store_check(L);
    from_q q = {luaL_checkstring(L, 2), luaL_checkstring(L, 3)};
    lua_settop(L, 3);
    return lua_store_collect_rows(L, s, each_from, &q, NULL);
}

/* One row as a formula reads it: where and when, the value and its vintage; no provenance. */
static int push_value_row(lua_State *L)
{
    const store_row *r = lua_touserdata(L, 2); /* stack: list, row, extra */
    lua_createtable(L, 0, 10);
    /* key: area \0 gender \0 period, as compute looks a row up (scripts/engine/compute.lua) */
    luaL_Buffer k;
    luaL_buffinit(L, &k);
    luaL_addstring(&k, r->area);
    luaL_addchar(&k, '\0');
    luaL_addstring(&k, r->gender);
    luaL_addchar(&k, '\0');
    luaL_addstring(&k, r->period);
    luaL_pushresult(&k);
    lua_setfield(L, -2, "key");
    lua_store_set_value_fields(L, r);
    lua_rawseti(L, 1, (lua_Integer)lua_rawlen(L, 1) + 1);
    return 0;
}

typedef struct latest_q {
    const char *indicator;
    const char *as_of;
    int in_order;
} latest_q;

static int each_latest(store *s, void *arg, store_row_cb cb, void *ud, char *err, size_t errlen)
{
    latest_q *q = arg;
    return store_latest_values_each(s, q->indicator, q->as_of, cb, ud, &q->in_order, err, errlen);
}

/* db:latest_values(indicator [, { as_of = T }]) -> list of rows { area, gender, period_kind,
 * period, value, text, status, note, vintage, key }: db:latest without the provenance, for compute,
 * which holds a whole indicator's rows at once; key is area .. "\0" .. gender .. "\0" .. period.
 * In the order of area, gender, period kind and period (store_latest_values_each); the list's field
 * unsorted is true when that is not the order of area, gender and period (an area and gender with
 * periods of two kinds). */
static int l_latest_values(lua_State *L)
{
    static const args_field fields[] = {{"as_of", ARGS_STRING}, {NULL, 0}};
    store *s = lua_store_check(L);
    latest_q q = {luaL_checkstring(L, 2), NULL, 1};
    args a;
    args_check_arg(&a, L, 3, 1, "db:latest_values options", fields,
                   "{ as_of = \"YYYY-MM-DDTHH:MM:SSZ\" }");
    q.as_of = args_string(&a, "as_of", NULL);
    lua_settop(L, 3);
    int n = lua_store_collect_rows(L, s, each_latest, &q, push_value_row);
    if (n == 1 && !q.in_order) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, "unsorted");
    }
    return n;
}

const luaL_Reg lua_store_compute_methods[] = {
    {"compute_fresh", l_compute_fresh}, {"formula_done", l_formula_done},
    {"latest_from", l_latest_from},     {"latest_in", l_latest_in},
    {"latest_values", l_latest_values}, {NULL, NULL},
};
