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
 *                                         -> { keys, area, gender, period_kind, period, value,
 *                                            note }: db:latest's latest vintages as columns for
 *                                            compute (l_latest_values)
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

/* The parts of db:latest_values' answer, in the order the answer's array holds them while the rows
 * are read (named when done: l_latest_values). */
enum { COL_KEYS = 1, COL_AREA, COL_GENDER, COL_KIND, COL_PERIOD, COL_VALUE, COL_NOTE, COL_COUNT };
static const char *const COL_NAMES[] = {NULL,          "keys",   "area",  "gender",
                                        "period_kind", "period", "value", "note"};

/* t[col][i] = s */
static void set_at(lua_State *L, int col, lua_Integer i, const char *s)
{
    lua_rawgeti(L, 1, col);
    lua_pushstring(L, s);
    lua_rawseti(L, -2, i);
    lua_pop(L, 1);
}

/* One row as a formula reads it: its key and where, then its value (a number to compute with) or
 * its note (any other row: missing, text only or no value; false when it has none). */
static int push_value_row(lua_State *L)
{
    const store_row *r = lua_touserdata(L, 2); /* stack: t, row, extra */
    lua_rawgeti(L, 1, COL_KEYS);               /* 4 */
    lua_Integer i = (lua_Integer)lua_rawlen(L, 4) + 1;
    /* key: area \0 gender \0 period, as compute looks a row up (scripts/engine/compute.lua) */
    luaL_Buffer k;
    luaL_buffinit(L, &k);
    luaL_addstring(&k, r->area);
    luaL_addchar(&k, '\0');
    luaL_addstring(&k, r->gender);
    luaL_addchar(&k, '\0');
    luaL_addstring(&k, r->period);
    luaL_pushresult(&k); /* 5 */
    int usable = r->obs.has_value && !(r->obs.status && strcmp(r->obs.status, "missing") == 0);
    /* A key met again (one period string under two period kinds): the last row's value or note
     * counts, and the key keeps its first place in the lists. */
    lua_rawgeti(L, 1, usable ? COL_NOTE : COL_VALUE); /* 6: the map the row does not go to */
    lua_pushvalue(L, 5);
    int other = lua_rawget(L, 6) != LUA_TNIL;
    lua_pop(L, 1);
    lua_rawgeti(L, 1, usable ? COL_VALUE : COL_NOTE); /* 7 */
    lua_pushvalue(L, 5);
    int same = lua_rawget(L, 7) != LUA_TNIL;
    lua_pop(L, 2);
    if (other) {
        lua_pushvalue(L, 5);
        lua_pushnil(L);
        lua_rawset(L, 6);
    }
    lua_pop(L, 1);
    if (!other && !same) {
        lua_pushvalue(L, 5);
        lua_rawseti(L, 4, i);
        set_at(L, COL_AREA, i, r->area);
        set_at(L, COL_GENDER, i, r->gender);
        set_at(L, COL_KIND, i, r->period_kind ? r->period_kind : "year");
        set_at(L, COL_PERIOD, i, r->period);
    }
    lua_rawgeti(L, 1, usable ? COL_VALUE : COL_NOTE);
    lua_pushvalue(L, 5);
    if (usable)
        lua_pushnumber(L, r->obs.value);
    else if (r->obs.note)
        lua_pushstring(L, r->obs.note);
    else
        lua_pushboolean(L, 0);
    lua_rawset(L, -3);
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

/* db:latest_values(indicator [, { as_of = T }]) -> { keys, area, gender, period_kind, period,
 * value, note }: db:latest's latest vintages for compute, which holds a whole indicator at once,
 * without a table per row. keys[i] = area .. "\0" .. gender .. "\0" .. period, with the row's
 * parts in area[i], gender[i], period_kind[i] and period[i], in the order of area, gender, period
 * kind and period (store_latest_values_each); unsorted = true when that is not the order of area,
 * gender and period (an area and gender with periods of two kinds). value[key] is the number a
 * formula computes with; every other row (missing, text only, no value) has note[key] instead:
 * its note, or false. */
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
    int n = lua_store_collect_rows_into(L, s, each_latest, &q, push_value_row, COL_COUNT - 1);
    if (n != 1)
        return n;
    for (int col = 1; col < COL_COUNT; col++) { /* the parts by name */
        lua_rawgeti(L, -1, col);
        lua_setfield(L, -2, COL_NAMES[col]);
        lua_pushnil(L);
        lua_rawseti(L, -2, col);
    }
    if (!q.in_order) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, "unsorted");
    }
    return 1;
}

const luaL_Reg lua_store_compute_methods[] = {
    {"compute_fresh", l_compute_fresh}, {"formula_done", l_formula_done},
    {"latest_from", l_latest_from},     {"latest_in", l_latest_in},
    {"latest_values", l_latest_values}, {NULL, NULL},
};
