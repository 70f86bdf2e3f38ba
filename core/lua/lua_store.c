/* styr.store: the store as a Lua handle ("styr.Store").
 *
 *   store.open(path [, busy_ms])          -> Store | fail, message, kind
 *   store.hash(data)                      -> "fnv1a64:…", the body_hash of a fetch state
 *   store.schema_version                  -> the schema version this styr writes
 *   db:begin() / db:commit()              -> true | fail, message, kind (BEGIN IMMEDIATE / COMMIT)
 *   db:rollback()                         -> nothing; harmless outside a transaction
 *   db:indicator(id, title, unit, direction, now)       -> true | fail, …
 *   db:series(indicator, area, gender, period_kind)     -> series id | fail, …
 *   db:put(series_id, period, obs)        -> "new" | "changed" | "unchanged" | fail, …
 *   db:latest(indicator [, { as_of = T }]) -> list of rows: latest vintage of each series and
 *                                           period (known at UTC time T)
 *   db:vintages(indicator [, { as_of = T }]) -> every vintage, by area, gender, period, oldest first
 *   db:save_computed(series_id, period, { formula_hash =, inputs =, computed_at = }) -> true | fail
 *   db:computed(indicator)                -> list of what each computed value was computed from
 *   db:save_definition({ indicator =, kind =, recorded_at =, unit =, direction =, formula_hash =,
 *                        formula_at =, changes =, decision_ref =, decision_date =,
 *                        decision_change = })            -> true | fail, …
 *   db:definitions([indicator])           -> list of recorded definitions, by indicator, oldest
 *                                           first
 *   db:fetch_state(source, key [, with_body])           -> state | false (none stored) | fail, …
 *   db:save_fetch_state(source, key, state)             -> true, body_changed | fail, …
 *   db:responses(source [, with_body])    -> list of states (each with .key), by request key
 *   db:run_start(command, started [, { source =, trigger = }])  -> run id | fail, …
 *   db:run_finish(run_id, finished, outcome [, message])        -> true | fail, …
 *   db:run_finish_ex(run_id, result)      -> true | fail, … (counts, bytes, duration, failure)
 *   db:runs([{ source =, failed =, limit = }])          -> list of runs, newest first
 *   db:status([indicator])                -> { sources = { … }, indicators = { … } }
 *   db:close()                            -> also __close and __gc
 *   db:save_entry / entries / save_signoff / signoffs / audit_add / audit: styr serve's entries,
 *                                           sign-off and audit log (lua_store_entries.c)
 *
 * Expected failures (busy, disk full, refused file, bad value) return fail, message and a kind
 * ("busy", "refused", "invalid", "error"); a call of the wrong form raises a Lua error naming the
 * form it expects. Rows are built under lua_pcall while SQLite iterates, so a memory error (the
 * engine's state has a budget) stops the iteration and finalizes the statement before it is
 * raised again. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "lua/modules.h"
#include "lua_store.h"
#include "store/store.h"

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

store *lua_store_check(lua_State *L)
{
    return checkstore(L)->s;
}

/* Pushes fail, message, and the error kind; returns 3. */
static int push_error(lua_State *L, int code, const char *err)
{
    luaL_pushfail(L);
    lua_pushstring(L, err);
    lua_pushstring(L,
                   code == STORE_BUSY          ? "busy"
                       : code == STORE_REFUSED ? "refused"
                       : code == STORE_INVALID ? "invalid"
                                               : "error");
    return 3;
}

/* styr.store.open(path [, busy_ms]) -> Store | fail, message, kind */
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

/* styr.store.hash(data) -> "fnv1a64:" .. 16 hex digits */
static int l_hash(lua_State *L)
{
    size_t len;
    const char *data = luaL_checklstring(L, 1, &len);
    char out[STORE_HASH_SIZE];
    store_hash(data, len, out);
    lua_pushstring(L, out);
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

/* ---- reading option tables ----------------------------------------------------------------- */

/* Raises an error naming the first key of table t that is not in known (NULL-terminated), with
 * the form the method expects. */
static void check_fields(lua_State *L, int t, const char *const known[], const char *form)
{
    lua_pushnil(L);               /* stack: …, nil */
    while (lua_next(L, t) != 0) { /* stack: …, key, value */
        int ok = 0;
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -2);
            for (size_t i = 0; known[i] && !ok; i++)
                ok = strcmp(k, known[i]) == 0;
            if (!ok)
                luaL_error(L, "unknown field '%s'; expected %s", k, form);
        } else {
            luaL_error(L, "a field name must be a string, not a %s; expected %s",
                       luaL_typename(L, -2), form);
        }
        lua_pop(L, 1); /* stack: …, key */
    }
}

/* Raises "bad argument #arg to 'method' (expected FORM, got TYPE)" unless arg is a table. */
static void check_table(lua_State *L, int arg, const char *form)
{
    if (lua_type(L, arg) != LUA_TTABLE)
        luaL_argerror(L, arg,
                      lua_pushfstring(L, "expected %s, got %s", form, luaL_typename(L, arg)));
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

/* An integer field, def when absent. A float with an integral value is accepted; with
 * round_ok, any finite number is rounded (durations measured in fractions). */
static int64_t opt_int_field(lua_State *L, int t, const char *k, int64_t def, int round_ok)
{
    int64_t v = def;
    lua_getfield(L, t, k);
    if (!lua_isnil(L, -1)) {
        int isint = 0;
        lua_Integer i = lua_tointegerx(L, -1, &isint);
        if (isint && lua_type(L, -1) == LUA_TNUMBER) {
            v = (int64_t)i;
        } else if (round_ok && lua_type(L, -1) == LUA_TNUMBER && isfinite(lua_tonumber(L, -1)) &&
                   fabs(lua_tonumber(L, -1)) < 9e15) {
            v = (int64_t)llround(lua_tonumber(L, -1));
        } else if (lua_type(L, -1) == LUA_TNUMBER) {
            luaL_error(L, "field '%s' must be %s, not %s", k, round_ok ? "a number" : "an integer",
                       round_ok ? "one out of range" : "a fraction or one out of range");
        } else {
            luaL_error(L, "field '%s' must be %s, not a %s", k,
                       round_ok ? "a number" : "an integer", luaL_typename(L, -1));
        }
    }
    lua_pop(L, 1);
    return v;
}

static int opt_bool_field(lua_State *L, int t, const char *k)
{
    lua_getfield(L, t, k);
    if (!lua_isnil(L, -1) && !lua_isboolean(L, -1))
        luaL_error(L, "field '%s' must be a boolean, not a %s", k, luaL_typename(L, -1));
    int v = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}

/* ---- building result tables under protection ------------------------------------------------ */

/* Iterating SQLite rows into Lua tables: each row is built by a pusher run under lua_pcall with
 * (list, row, key) as arguments, which appends one table to list. A Lua error (memory) stops the
 * iteration: the store finalizes its statement, and the error is raised again afterwards. */
typedef struct collector {
    lua_State *L;
    lua_CFunction push;
    int list;   /* absolute stack index of the list */
    int failed; /* the error object is on top of the stack */
} collector;

static int collect(collector *c, const void *row, const void *extra)
{
    lua_State *L = c->L;
    lua_pushcfunction(L, c->push);
    lua_pushvalue(L, c->list);
    lua_pushlightuserdata(L, (void *)row);
    lua_pushlightuserdata(L, (void *)extra);
    if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
        c->failed = 1; /* stack: …, list, error */
        return 1;
    }
    return 0;
}

/* Starts a collection into a new list on top of the stack. */
static void collector_init(collector *c, lua_State *L, lua_CFunction push)
{
    luaL_checkstack(L, 8, "reading from the store");
    lua_newtable(L);
    c->L = L;
    c->push = push;
    c->list = lua_gettop(L);
    c->failed = 0;
}

/* Finishes a collection: raises a pusher's error, reports a store failure, or returns 1 with the
 * list on top. */
static int collector_end(collector *c, int rc, const char *err)
{
    if (c->failed)
        return lua_error(c->L);
    if (rc != STORE_OK)
        return push_error(c->L, rc, err);
    return 1;
}

static void set_str(lua_State *L, const char *k, const char *v)
{
    if (v) {
        lua_pushstring(L, v);
        lua_setfield(L, -2, k);
    }
}

/* Sets t[k] = v unless v is below zero (not recorded). */
static void set_count(lua_State *L, const char *k, int64_t v)
{
    if (v >= 0) {
        lua_pushinteger(L, (lua_Integer)v);
        lua_setfield(L, -2, k);
    }
}

static void append(lua_State *L)
{
    /* stack: list, row, extra, item */
    lua_rawseti(L, 1, (lua_Integer)lua_rawlen(L, 1) + 1);
}

/* ---- observations ---------------------------------------------------------------------------- */

static const char *const PUT_FIELDS[] = {"value",   "text",    "status",     "note",   "source",
                                         "vintage", "request", "fetched_at", "run_id", NULL};
#define PUT_FORM                                                                                   \
    "db:put(series_id, period, { value = number, text = string, status = string, note = "          \
    "string, source = string, vintage = string, request = string, fetched_at = string, run_id "    \
    "= integer })"

static const char *const KIND_NAMES[] = {"unchanged", "new", "changed"};

/* db:put(series_id, period, obs) -> "new" | "changed" | "unchanged" */
static int l_put(lua_State *L)
{
    lstore *ls = checkstore(L);
    lua_Integer series = luaL_checkinteger(L, 2);
    const char *period = luaL_checkstring(L, 3);
    check_table(L, 4, PUT_FORM);
    check_fields(L, 4, PUT_FIELDS, PUT_FORM);
    store_observation obs = {0};
    lua_getfield(L, 4, "value");
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TNUMBER)
            luaL_error(L, "field 'value' must be a number, not a %s", luaL_typename(L, -1));
        obs.has_value = 1;
        obs.value = lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
    obs.text = opt_field(L, 4, "text");
    obs.status = opt_field(L, 4, "status");
    obs.note = opt_field(L, 4, "note");
    obs.source = opt_field(L, 4, "source");
    obs.vintage = opt_field(L, 4, "vintage");
    obs.request = opt_field(L, 4, "request");
    obs.fetched_at = opt_field(L, 4, "fetched_at");
    obs.run_id = opt_int_field(L, 4, "run_id", 0, 0);
    if (obs.status == NULL)
        obs.status = obs.has_value || obs.text ? "ok" : "missing";
    char err[1024];
    int what = STORE_UNCHANGED;
    int rc = store_observation_put(ls->s, series, period, &obs, &what, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_pushstring(L, KIND_NAMES[what]);
    return 1;
}

static int push_row(lua_State *L)
{
    const store_row *r = lua_touserdata(L, 2);
    lua_createtable(L, 0, 13);
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
    set_str(L, "request", r->obs.request);
    set_str(L, "fetched_at", r->obs.fetched_at);
    if (r->obs.run_id > 0) {
        lua_pushinteger(L, (lua_Integer)r->obs.run_id);
        lua_setfield(L, -2, "run_id");
    }
    append(L);
    return 0;
}

static int row_cb(void *ud, const store_row *r)
{
    return collect(ud, r, NULL);
}

#define AS_OF_FORM "{ as_of = \"YYYY-MM-DDTHH:MM:SSZ\" }"

/* Rows of an indicator: the latest vintage of each (series, period) or every vintage, at or
 * before opts.as_of when given. */
static int observations(lua_State *L, int all_vintages)
{
    static const char *const fields[] = {"as_of", NULL};
    lstore *ls = checkstore(L);
    const char *ind = luaL_checkstring(L, 2);
    const char *as_of = NULL;
    if (!lua_isnoneornil(L, 3)) {
        check_table(L, 3, AS_OF_FORM);
        check_fields(L, 3, fields, AS_OF_FORM);
        as_of = opt_field(L, 3, "as_of");
    }
    lua_settop(L, 3);
    collector c;
    collector_init(&c, L, push_row);
    char err[1024];
    int rc = store_observations_each(ls->s, ind, as_of, all_vintages, row_cb, &c, err, sizeof err);
    return collector_end(&c, rc, err);
}

/* db:latest(indicator [, { as_of = T }]) -> list of rows (latest vintage of each series and
 * period, known at T) */
static int l_latest(lua_State *L)
{
    return observations(L, 0);
}

/* db:vintages(indicator [, { as_of = T }]) -> list of rows: every vintage, oldest first */
static int l_vintages(lua_State *L)
{
    return observations(L, 1);
}

/* ---- computed inputs ------------------------------------------------------------------------- */

static const char *const COMPUTED_FIELDS[] = {"formula_hash", "inputs", "computed_at", NULL};
#define COMPUTED_FORM                                                                              \
    "db:save_computed(series_id, period, { formula_hash = string, inputs = string, computed_at "   \
    "= string })"

/* db:save_computed(series_id, period, { formula_hash =, inputs =, computed_at = }) -> true */
static int l_save_computed(lua_State *L)
{
    lstore *ls = checkstore(L);
    lua_Integer series = luaL_checkinteger(L, 2);
    const char *period = luaL_checkstring(L, 3);
    check_table(L, 4, COMPUTED_FORM);
    check_fields(L, 4, COMPUTED_FIELDS, COMPUTED_FORM);
    store_computed c = {
        .formula_hash = opt_field(L, 4, "formula_hash"),
        .inputs = opt_field(L, 4, "inputs"),
        .computed_at = opt_field(L, 4, "computed_at"),
    };
    char err[1024];
    int rc = store_computed_put(ls->s, series, period, &c, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_pushboolean(L, 1);
    return 1;
}

typedef struct computed_row {
    const char *area, *gender, *period_kind, *period;
    const store_computed *c;
} computed_row;

static int push_computed(lua_State *L)
{
    const computed_row *r = lua_touserdata(L, 2);
    lua_createtable(L, 0, 7);
    set_str(L, "area", r->area);
    set_str(L, "gender", r->gender);
    set_str(L, "period_kind", r->period_kind);
    set_str(L, "period", r->period);
    set_str(L, "formula_hash", r->c->formula_hash);
    set_str(L, "inputs", r->c->inputs);
    set_str(L, "computed_at", r->c->computed_at);
    append(L);
    return 0;
}

static int computed_cb(void *ud, const char *area, const char *gender, const char *period_kind,
                       const char *period, const store_computed *c)
{
    computed_row r = {area, gender, period_kind, period, c};
    return collect(ud, &r, NULL);
}

/* db:computed(indicator) -> list of { area, gender, period_kind, period, formula_hash, inputs,
 * computed_at } */
static int l_computed(lua_State *L)
{
    lstore *ls = checkstore(L);
    const char *ind = luaL_checkstring(L, 2);
    collector c;
    collector_init(&c, L, push_computed);
    char err[1024];
    int rc = store_computed_each(ls->s, ind, computed_cb, &c, err, sizeof err);
    return collector_end(&c, rc, err);
}

/* ---- indicator definitions ------------------------------------------------------------------- */

static const char *const DEFINITION_FIELDS[] = {
    "indicator",   "unit",    "direction",    "kind",          "formula_hash",
    "formula_at",  "changes", "decision_ref", "decision_date", "decision_change",
    "recorded_at", NULL};
#define DEFINITION_FORM                                                                            \
    "db:save_definition({ indicator = string, kind = string, recorded_at = string, unit = "        \
    "string, direction = string, formula_hash = string, formula_at = string, changes = string, "   \
    "decision_ref = string, decision_date = string, decision_change = string })"

/* db:save_definition(definition) -> true */
static int l_save_definition(lua_State *L)
{
    lstore *ls = checkstore(L);
    check_table(L, 2, DEFINITION_FORM);
    check_fields(L, 2, DEFINITION_FIELDS, DEFINITION_FORM);
    store_definition d = {
        .indicator = opt_field(L, 2, "indicator"),
        .unit = opt_field(L, 2, "unit"),
        .direction = opt_field(L, 2, "direction"),
        .kind = opt_field(L, 2, "kind"),
        .formula_hash = opt_field(L, 2, "formula_hash"),
        .formula_at = opt_field(L, 2, "formula_at"),
        .changes = opt_field(L, 2, "changes"),
        .decision_ref = opt_field(L, 2, "decision_ref"),
        .decision_date = opt_field(L, 2, "decision_date"),
        .decision_change = opt_field(L, 2, "decision_change"),
        .recorded_at = opt_field(L, 2, "recorded_at"),
    };
    char err[1024];
    return result(L, store_definition_put(ls->s, &d, err, sizeof err), err);
}

static int push_definition(lua_State *L)
{
    const store_definition *d = lua_touserdata(L, 2);
    lua_createtable(L, 0, 12);
    set_count(L, "id", d->id);
    set_str(L, "indicator", d->indicator);
    set_str(L, "unit", d->unit);
    set_str(L, "direction", d->direction);
    set_str(L, "kind", d->kind);
    set_str(L, "formula_hash", d->formula_hash);
    set_str(L, "formula_at", d->formula_at);
    set_str(L, "changes", d->changes);
    set_str(L, "decision_ref", d->decision_ref);
    set_str(L, "decision_date", d->decision_date);
    set_str(L, "decision_change", d->decision_change);
    set_str(L, "recorded_at", d->recorded_at);
    append(L);
    return 0;
}

static int definition_cb(void *ud, const store_definition *d)
{
    return collect(ud, d, NULL);
}

/* db:definitions([indicator]) -> list of definitions, by indicator, oldest first */
static int l_definitions(lua_State *L)
{
    lstore *ls = checkstore(L);
    const char *ind = luaL_optstring(L, 2, NULL);
    collector c;
    collector_init(&c, L, push_definition);
    char err[1024];
    int rc = store_definitions_each(ls->s, ind, definition_cb, &c, err, sizeof err);
    return collector_end(&c, rc, err);
}

/* ---- fetch state ----------------------------------------------------------------------------- */

static int push_fetch_state(lua_State *L)
{
    const store_fetch_state *fs = lua_touserdata(L, 2);
    lua_createtable(L, 0, 12);
    set_str(L, "key", lua_touserdata(L, 3));
    set_str(L, "request", fs->request);
    set_str(L, "etag", fs->etag);
    set_str(L, "last_modified", fs->last_modified);
    set_str(L, "content_type", fs->content_type);
    if (fs->body) {
        lua_pushlstring(L, fs->body, fs->body_len);
        lua_setfield(L, -2, "body");
    }
    set_count(L, "size", (int64_t)fs->body_len);
    set_count(L, "status", fs->status);
    set_str(L, "fetched_at", fs->fetched_at);
    if (fs->run_id > 0)
        set_count(L, "run_id", fs->run_id);
    set_str(L, "body_hash", fs->body_hash);
    set_str(L, "changed_at", fs->changed_at);
    append(L);
    return 0;
}

static int fetch_state_cb(void *ud, const char *key, const store_fetch_state *fs)
{
    return collect(ud, fs, key);
}

/* db:fetch_state(source, key [, with_body = true]) -> state | false */
static int l_fetch_state(lua_State *L)
{
    lstore *ls = checkstore(L);
    const char *source = luaL_checkstring(L, 2);
    const char *key = luaL_checkstring(L, 3);
    int with_body = lua_isnoneornil(L, 4) || lua_toboolean(L, 4);
    collector c;
    collector_init(&c, L, push_fetch_state);
    char err[1024];
    int rc =
        store_fetch_state_get(ls->s, source, key, with_body, fetch_state_cb, &c, err, sizeof err);
    if (collector_end(&c, rc, err) != 1)
        return 3;
    if (lua_rawgeti(L, -1, 1) == LUA_TNIL)
        lua_pushboolean(L, 0);
    return 1;
}

/* db:responses(source [, with_body = true]) -> list of states, ordered by key */
static int l_responses(lua_State *L)
{
    lstore *ls = checkstore(L);
    const char *source = luaL_checkstring(L, 2);
    int with_body = lua_isnoneornil(L, 3) || lua_toboolean(L, 3);
    collector c;
    collector_init(&c, L, push_fetch_state);
    char err[1024];
    int rc = store_responses_each(ls->s, source, with_body, fetch_state_cb, &c, err, sizeof err);
    return collector_end(&c, rc, err);
}

static const char *const STATE_FIELDS[] = {"request",    "etag",         "last_modified",
                                           "body",       "content_type", "status",
                                           "fetched_at", "run_id",       NULL};
#define STATE_FORM                                                                                 \
    "db:save_fetch_state(source, key, { body = string, status = integer, content_type = "          \
    "string, etag = string, last_modified = string, request = string, fetched_at = string, "       \
    "run_id = integer })"

/* db:save_fetch_state(source, key, state) -> true, body_changed */
static int l_save_fetch_state(lua_State *L)
{
    lstore *ls = checkstore(L);
    const char *source = luaL_checkstring(L, 2);
    const char *key = luaL_checkstring(L, 3);
    check_table(L, 4, STATE_FORM);
    check_fields(L, 4, STATE_FIELDS, STATE_FORM);
    store_fetch_state fs = {0};
    fs.request = opt_field(L, 4, "request");
    fs.etag = opt_field(L, 4, "etag");
    fs.last_modified = opt_field(L, 4, "last_modified");
    fs.content_type = opt_field(L, 4, "content_type");
    fs.fetched_at = opt_field(L, 4, "fetched_at");
    lua_getfield(L, 4, "body");
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
        luaL_error(L, "field 'body' must be a string, not a %s", luaL_typename(L, -1));
    fs.body = lua_tolstring(L, -1, &fs.body_len); /* held by the table */
    lua_pop(L, 1);
    fs.status = (long)opt_int_field(L, 4, "status", fs.body ? 200 : 0, 0);
    fs.run_id = opt_int_field(L, 4, "run_id", 0, 0);
    char err[1024];
    int changed = 0;
    int rc = store_fetch_state_put(ls->s, source, key, &fs, &changed, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_pushboolean(L, 1);
    lua_pushboolean(L, changed);
    return 2;
}

/* ---- runs ------------------------------------------------------------------------------------ */

/* db:run_start(command, started [, { source =, trigger = }]) -> run id */
static int l_run_start(lua_State *L)
{
    static const char *const fields[] = {"source", "trigger", NULL};
    lstore *ls = checkstore(L);
    const char *command = luaL_checkstring(L, 2);
    const char *started = luaL_checkstring(L, 3);
    const char *source = NULL, *trigger = NULL;
    if (!lua_isnoneornil(L, 4)) {
        const char *form = "db:run_start(command, started, { source = string, trigger = "
                           "\"manual\" | \"schedule\" | \"catch-up\" })";
        check_table(L, 4, form);
        check_fields(L, 4, fields, form);
        source = opt_field(L, 4, "source");
        trigger = opt_field(L, 4, "trigger");
    }
    char err[1024];
    int64_t id = 0;
    int rc = store_run_start_ex(ls->s, command, source, trigger, started, &id, err, sizeof err);
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

static const char *const FINISH_FIELDS[] = {
    "finished", "outcome",   "message", "error",       "source",      "trigger",  "new",
    "changed",  "unchanged", "bytes",   "duration_ms", "http_status", "attempts", NULL};
#define FINISH_FORM                                                                                \
    "db:run_finish_ex(run_id, { finished = string, outcome = string, message = string, error = "   \
    "string, source = string, trigger = string, new = integer, changed = integer, unchanged = "    \
    "integer, bytes = integer, duration_ms = number, http_status = integer, attempts = integer "   \
    "})"

/* db:run_finish_ex(run_id, result) -> true */
static int l_run_finish_ex(lua_State *L)
{
    lstore *ls = checkstore(L);
    lua_Integer id = luaL_checkinteger(L, 2);
    check_table(L, 3, FINISH_FORM);
    check_fields(L, 3, FINISH_FIELDS, FINISH_FORM);
    store_run_result r = STORE_RUN_RESULT_INIT;
    r.finished = opt_field(L, 3, "finished");
    r.outcome = opt_field(L, 3, "outcome");
    r.message = opt_field(L, 3, "message");
    r.error = opt_field(L, 3, "error");
    r.source = opt_field(L, 3, "source");
    r.trigger = opt_field(L, 3, "trigger");
    r.n_new = opt_int_field(L, 3, "new", -1, 0);
    r.n_changed = opt_int_field(L, 3, "changed", -1, 0);
    r.n_unchanged = opt_int_field(L, 3, "unchanged", -1, 0);
    r.bytes = opt_int_field(L, 3, "bytes", -1, 0);
    r.duration_ms = opt_int_field(L, 3, "duration_ms", -1, 1);
    int64_t status = opt_int_field(L, 3, "http_status", 0, 0);
    r.http_status = status > 0 && status < 1000 ? (long)status : 0;
    int64_t attempts = opt_int_field(L, 3, "attempts", -1, 0);
    r.attempts = attempts >= 0 && attempts <= INT32_MAX ? (int)attempts : -1;
    char err[1024];
    return result(L, store_run_finish_ex(ls->s, id, &r, err, sizeof err), err);
}

static int push_run(lua_State *L)
{
    const store_run *run = lua_touserdata(L, 2);
    lua_createtable(L, 0, 16);
    set_count(L, "id", run->id);
    set_str(L, "command", run->command);
    set_str(L, "source", run->r.source);
    set_str(L, "trigger", run->r.trigger);
    set_str(L, "started", run->started);
    set_str(L, "finished", run->r.finished);
    set_str(L, "outcome", run->r.outcome);
    set_str(L, "message", run->r.message);
    set_str(L, "error", run->r.error);
    set_count(L, "new", run->r.n_new);
    set_count(L, "changed", run->r.n_changed);
    set_count(L, "unchanged", run->r.n_unchanged);
    set_count(L, "bytes", run->r.bytes);
    set_count(L, "duration_ms", run->r.duration_ms);
    if (run->r.http_status > 0)
        set_count(L, "http_status", run->r.http_status);
    set_count(L, "attempts", run->r.attempts);
    append(L);
    return 0;
}

static int run_cb(void *ud, const store_run *run)
{
    return collect(ud, run, NULL);
}

/* db:runs([{ source = string, failed = boolean, limit = integer }]) -> list, newest first */
static int l_runs(lua_State *L)
{
    static const char *const fields[] = {"source", "failed", "limit", NULL};
    const char *form = "db:runs({ source = string, failed = boolean, limit = integer })";
    lstore *ls = checkstore(L);
    store_run_filter f = {NULL, 0, 0};
    if (!lua_isnoneornil(L, 2)) {
        check_table(L, 2, form);
        check_fields(L, 2, fields, form);
        f.source = opt_field(L, 2, "source");
        f.failed_only = opt_bool_field(L, 2, "failed");
        int64_t limit = opt_int_field(L, 2, "limit", 0, 0);
        if (limit < 0 || limit > INT32_MAX)
            luaL_error(L, "field 'limit' must be a positive integer; expected %s", form);
        f.limit = (int)limit;
    }
    collector c;
    collector_init(&c, L, push_run);
    char err[1024];
    int rc = store_runs_each(ls->s, &f, run_cb, &c, err, sizeof err);
    return collector_end(&c, rc, err);
}

/* ---- status ---------------------------------------------------------------------------------- */

static int push_source_status(lua_State *L)
{
    const store_source_status *ss = lua_touserdata(L, 2);
    lua_createtable(L, 0, 8);
    set_str(L, "source", ss->source);
    set_str(L, "last_success", ss->last_success);
    set_str(L, "last_run", ss->last_run);
    set_str(L, "last_outcome", ss->last_outcome);
    set_str(L, "last_error", ss->last_error);
    set_str(L, "last_fetched", ss->last_fetched);
    set_str(L, "last_changed", ss->last_changed);
    set_count(L, "responses", ss->responses);
    append(L);
    return 0;
}

static int push_series_status(lua_State *L)
{
    const store_series_status *ss = lua_touserdata(L, 2);
    lua_createtable(L, 0, 6);
    set_str(L, "indicator", ss->indicator);
    set_str(L, "area", ss->area);
    set_str(L, "period_kind", ss->period_kind);
    set_str(L, "newest_period", ss->newest_period);
    set_str(L, "last_changed", ss->last_changed);
    set_count(L, "periods", ss->periods);
    append(L);
    return 0;
}

static int source_status_cb(void *ud, const store_source_status *ss)
{
    return collect(ud, ss, NULL);
}

static int series_status_cb(void *ud, const store_series_status *ss)
{
    return collect(ud, ss, NULL);
}

/* db:status([indicator]) -> { sources = list, indicators = list } */
static int l_status(lua_State *L)
{
    lstore *ls = checkstore(L);
    const char *indicator = luaL_optstring(L, 2, NULL);
    lua_settop(L, 2);
    lua_createtable(L, 0, 2); /* stack: db, indicator, status */
    char err[1024];
    collector c;
    collector_init(&c, L, push_source_status); /* stack: db, indicator, status, sources */
    int rc = store_source_status_each(ls->s, source_status_cb, &c, err, sizeof err);
    if (collector_end(&c, rc, err) != 1)
        return 3;
    lua_setfield(L, 3, "sources");
    collector_init(&c, L, push_series_status); /* stack: db, indicator, status, indicators */
    rc = store_series_status_each(ls->s, indicator, series_status_cb, &c, err, sizeof err);
    if (collector_end(&c, rc, err) != 1)
        return 3;
    lua_setfield(L, 3, "indicators");
    return 1;
}

static const luaL_Reg methods[] = {
    {"begin", l_begin},
    {"commit", l_commit},
    {"rollback", l_rollback},
    {"indicator", l_indicator},
    {"series", l_series},
    {"put", l_put},
    {"latest", l_latest},
    {"vintages", l_vintages},
    {"computed", l_computed},
    {"save_computed", l_save_computed},
    {"definitions", l_definitions},
    {"save_definition", l_save_definition},
    {"fetch_state", l_fetch_state},
    {"save_fetch_state", l_save_fetch_state},
    {"responses", l_responses},
    {"run_start", l_run_start},
    {"run_finish", l_run_finish},
    {"run_finish_ex", l_run_finish_ex},
    {"runs", l_runs},
    {"status", l_status},
    {"close", l_close},
    {NULL, NULL},
};

static const luaL_Reg metamethods[] = {
    {"__gc", l_close}, {"__close", l_close}, {"__tostring", l_tostring},
    {"__index", NULL}, {NULL, NULL},
};

static const luaL_Reg functions[] = {
    {"open", l_open},
    {"hash", l_hash},
    {NULL, NULL},
};

int luaopen_styr_store(lua_State *L)
{
    luaL_newmetatable(L, STORE_MT);
    luaL_setfuncs(L, metamethods, 0);
    luaL_newlibtable(L, methods);
    luaL_setfuncs(L, methods, 0);
    luaL_setfuncs(L, lua_store_entry_methods, 0); /* lua_store_entries.c: styr serve's tables */
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    lua_pushinteger(L, STORE_SCHEMA_VERSION);
    lua_setfield(L, -2, "schema_version");
    lua_pushstring(L, store_sqlite_version());
    lua_setfield(L, -2, "sqlite_version");
    return 1;
}
