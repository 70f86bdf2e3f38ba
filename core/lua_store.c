/* styr.store: the store as a Lua handle ("styr.Store"). */
#include <stdint.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "modules.h"
#include "store.h"

#define STORE_MT "styr.Store"

typedef struct lstore {
    store *s; /* NULL once closed */
} lstore;

static lstore *checkstore(lua_State *L)
{
    lstore *ls = luaL_checkudata(L, 1, STORE_MT);
    if (ls->s == NULL)
        luaL_error(L, "attempt to use a closed store");
    return ls;
}

/* Pushes fail, message, and the error kind ("busy", "refused", "error"); returns 3. */
static int push_error(lua_State *L, int code, const char *err)
{
    luaL_pushfail(L);
    lua_pushstring(L, err);
    lua_pushstring(L, code == STORE_BUSY ? "busy" : code == STORE_REFUSED ? "refused" : "error");
    return 3;
}

/* styr.store.open(path) -> Store | fail, message, kind */
static int l_open(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    int busy_ms = (int)luaL_optinteger(L, 2, STORE_DEFAULT_BUSY_MS);
    /* Create the handle closed first, so a memory error later leaves nothing dangling. */
    lstore *ls = lua_newuserdatauv(L, sizeof *ls, 0);
    ls->s = NULL;
    luaL_setmetatable(L, STORE_MT);
    char err[1024];
    int rc = store_open(path, busy_ms, &ls->s, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    return 1;
}

static int l_close(lua_State *L)
{
    lstore *ls = luaL_checkudata(L, 1, STORE_MT);
    if (ls->s) {
        store_rollback(ls->s);
        store_close(ls->s);
        ls->s = NULL;
    }
    return 0;
}

static int l_tostring(lua_State *L)
{
    lstore *ls = luaL_checkudata(L, 1, STORE_MT);
    if (ls->s)
        lua_pushfstring(L, "styr.Store (%s)", store_path(ls->s));
    else
        lua_pushliteral(L, "styr.Store (closed)");
    return 1;
}

/* Methods that return true or fail, message, kind. */
static int result(lua_State *L, int rc, const char *err)
{
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_pushboolean(L, 1);
    return 1;
}

static int l_begin(lua_State *L)
{
    lstore *ls = checkstore(L);
    char err[1024];
    return result(L, store_begin(ls->s, err, sizeof err), err);
}

static int l_commit(lua_State *L)
{
    lstore *ls = checkstore(L);
    char err[1024];
    return result(L, store_commit(ls->s, err, sizeof err), err);
}

static int l_rollback(lua_State *L)
{
    lstore *ls = checkstore(L);
    store_rollback(ls->s);
    return 0;
}

/* db:indicator(id, title, unit, direction, now) */
static int l_indicator(lua_State *L)
{
    lstore *ls = checkstore(L);
    char err[1024];
    int rc = store_indicator_put(ls->s, luaL_checkstring(L, 2), luaL_checkstring(L, 3),
                                 luaL_optstring(L, 4, NULL), luaL_optstring(L, 5, NULL),
                                 luaL_checkstring(L, 6), err, sizeof err);
    return result(L, rc, err);
}

/* db:series(indicator, area, gender, period_kind) -> id */
static int l_series(lua_State *L)
{
    lstore *ls = checkstore(L);
    char err[1024];
    int64_t id = 0;
    int rc = store_series_get(ls->s, luaL_checkstring(L, 2), luaL_checkstring(L, 3),
                              luaL_checkstring(L, 4), luaL_checkstring(L, 5), &id, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_pushinteger(L, (lua_Integer)id);
    return 1;
}

static const char *opt_field(lua_State *L, int t, const char *k)
{
    lua_getfield(L, t, k);
    /* Strings only: a number converted here would live only in the stack slot popped below. */
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
        luaL_error(L, "field '%s' must be a string, not a %s", k, luaL_typename(L, -1));
    const char *v = lua_tostring(L, -1);
    lua_pop(L, 1); /* the string stays alive: it is held by the table */
    return v;
}

/* db:put(series_id, period, { value=, text=, status=, note=, source=, vintage= }) -> changed */
static int l_put(lua_State *L)
{
    lstore *ls = checkstore(L);
    lua_Integer series = luaL_checkinteger(L, 2);
    const char *period = luaL_checkstring(L, 3);
    luaL_checktype(L, 4, LUA_TTABLE);
    store_observation obs = {0};
    lua_getfield(L, 4, "value");
    if (!lua_isnil(L, -1)) {
        obs.has_value = 1;
        obs.value = luaL_checknumber(L, -1);
    }
    lua_pop(L, 1);
    obs.text = opt_field(L, 4, "text");
    obs.status = opt_field(L, 4, "status");
    obs.note = opt_field(L, 4, "note");
    obs.source = opt_field(L, 4, "source");
    obs.vintage = opt_field(L, 4, "vintage");
    if (obs.status == NULL)
        obs.status = obs.has_value || obs.text ? "ok" : "missing";
    char err[1024];
    int changed = 0;
    int rc = store_observation_put(ls->s, series, period, &obs, &changed, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_pushboolean(L, changed);
    return 1;
}

static void set_str(lua_State *L, const char *k, const char *v)
{
    if (v) {
        lua_pushstring(L, v);
        lua_setfield(L, -2, k);
    }
}

static int push_row(void *ud, const store_row *r)
{
    lua_State *L = ud; /* stack: ..., list */
    lua_createtable(L, 0, 10);
    set_str(L, "area", r->area);
    set_str(L, "gender", r->gender);
    set_str(L, "period_kind", r->period_kind);
    set_str(L, "period", r->period);
    if (r->obs.has_value) {
        lua_pushnumber(L, r->obs.value);
        lua_setfield(L, -2, "value");
    }
    set_str(L, "text", r->obs.text);
    set_str(L, "status", r->obs.status);
    set_str(L, "note", r->obs.note);
    set_str(L, "source", r->obs.source);
    set_str(L, "vintage", r->obs.vintage);
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
    return 0;
}

/* db:latest(indicator) -> list of rows (latest vintage of each series and period) */
static int l_latest(lua_State *L)
{
    lstore *ls = checkstore(L);
    const char *ind = luaL_checkstring(L, 2);
    lua_newtable(L);
    char err[1024];
    int rc = store_latest_each(ls->s, ind, push_row, L, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    return 1;
}

/* db:run_start(command, started) -> run id */
static int l_run_start(lua_State *L)
{
    lstore *ls = checkstore(L);
    char err[1024];
    int64_t id = 0;
    int rc = store_run_start(ls->s, luaL_checkstring(L, 2), luaL_checkstring(L, 3), &id, err,
                             sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_pushinteger(L, (lua_Integer)id);
    return 1;
}

/* db:run_finish(id, finished, outcome, message) */
static int l_run_finish(lua_State *L)
{
    lstore *ls = checkstore(L);
    char err[1024];
    int rc = store_run_finish(ls->s, luaL_checkinteger(L, 2), luaL_checkstring(L, 3),
                              luaL_checkstring(L, 4), luaL_optstring(L, 5, NULL), err, sizeof err);
    return result(L, rc, err);
}

static const luaL_Reg methods[] = {
    {"begin", l_begin},       {"commit", l_commit},       {"rollback", l_rollback},
    {"indicator", l_indicator}, {"series", l_series},     {"put", l_put},
    {"latest", l_latest},     {"run_start", l_run_start}, {"run_finish", l_run_finish},
    {"close", l_close},       {NULL, NULL},
};

static const luaL_Reg metamethods[] = {
    {"__gc", l_close}, {"__close", l_close}, {"__tostring", l_tostring}, {"__index", NULL},
    {NULL, NULL},
};

static const luaL_Reg functions[] = {
    {"open", l_open},
    {NULL, NULL},
};

int luaopen_styr_store(lua_State *L)
{
    luaL_newmetatable(L, STORE_MT);
    luaL_setfuncs(L, metamethods, 0);
    luaL_newlibtable(L, methods);
    luaL_setfuncs(L, methods, 0);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    lua_pushinteger(L, STORE_SCHEMA_VERSION);
    lua_setfield(L, -2, "schema_version");
    return 1;
}
