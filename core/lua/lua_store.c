/* styr.store: the store as a Lua handle ("styr.Store").
 *
 *   store.open(path [, busy_ms])          -> Store | fail, message, kind
 *   store.hash(data)                      -> "fnv1a64:…", the body_hash of a fetch state
 *   store.schema_version                  -> the schema version this styr writes
 *   db:begin() / db:commit()              -> true | fail, message, kind (BEGIN IMMEDIATE / COMMIT)
 *   db:rollback()                         -> nothing; harmless outside a transaction
 *   db:put_rows(rows [, opts])            -> { new =, changed =, unchanged = } [, outcomes]
 *                                           | fail, …: the one way values are written, all of
 *                                           a batch or none; each row { indicator =, title =,
 *                                           unit =, direction =, area =, gender =,
 *                                           period_kind =, period =, value =, text =, status =,
 *                                           note =, source =, vintage =, request =,
 *                                           fetched_at =, run_id = };
 *                                           opts: defaults for indicator, period_kind, source,
 *                                           request, vintage, fetched_at, run_id; outcomes =
 *                                           true for a list of "new", "changed", "unchanged"
 *                                           per row
 *   db:put_columns(cols, opts)            -> as db:put_rows, for values given as columns
 *                                           (compute's results, a connector's page): cols = {
 *                                           n =, area =, gender =, period =, value = (nil:
 *                                           missing), note = [, indicator =, period_kind =,
 *                                           status =, title =, unit =, direction =] }; opts:
 *                                           source, vintage (required), the indicator, period
 *                                           kind and definition when no column gives them,
 *                                           request, fetched_at, run_id, outcomes
 *   db:latest(indicator [, { as_of = T, before = SEQ }]) -> list of rows: latest vintage of each
 *                                           series and period (known at UTC time T; among the
 *                                           rows stored before a sign-off's values_before SEQ)
 *   db:vintages(indicator [, { as_of = T, before = SEQ }]) -> every vintage, by area, gender,
 *                                           period, oldest first
 *   db:data_version()                     -> integer that moves whenever data were committed
 *                                           since the last call (by any connection) | fail, …
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
 *   db:runs([{ source =, failed =, limit = }])          -> list of runs, newest first (with
 *                                           slot, base_url, warnings, config_snapshot when noted)
 *   db:status([indicator [, { each = fn, series = false }]])
 *                                         -> { sources = { … }, indicators = { … } } (with
 *                                           each: fn(row) per series as it is read, no list;
 *                                           series = false: the sources only)
 *   db:close()                            -> also __close and __gc
 *   db:save_entry / entries / save_signoff / signoffs / audit_add / audit: styr serve's entries,
 *                                           sign-off and audit log (lua_store_entries.c)
 *   db:save_snapshot / snapshot_at / first_snapshot / snapshot_files / run_note: configuration
 *                                           snapshots and what a run was (lua_store_snapshots.c)
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

#include "lua/args.h"
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

/* Sets t[k] = v on the table on top of the stack, unless v is NULL (shared by the store's
 * bindings: lua_store.h). */
void lua_store_set_text(lua_State *L, const char *k, const char *v)
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

static const args_field ROW_FIELDS[] = {
    {"indicator", ARGS_STRING},   {"title", ARGS_STRING},   {"unit", ARGS_STRING},
    {"direction", ARGS_STRING},   {"area", ARGS_STRING},    {"gender", ARGS_STRING},
    {"period_kind", ARGS_STRING}, {"period", ARGS_STRING},  {"value", ARGS_NUMBER},
    {"text", ARGS_STRING},        {"status", ARGS_STRING},  {"note", ARGS_STRING},
    {"source", ARGS_STRING},      {"vintage", ARGS_STRING}, {"request", ARGS_STRING},
    {"fetched_at", ARGS_STRING},  {"run_id", ARGS_INTEGER}, {NULL, 0},
};

/* Defaults for every row of a call (a row's own field wins), and what the call returns. */
static const args_field PUT_ROWS_OPTIONS[] = {
    {"indicator", ARGS_STRING}, {"period_kind", ARGS_STRING}, {"source", ARGS_STRING},
    {"request", ARGS_STRING},   {"vintage", ARGS_STRING},     {"fetched_at", ARGS_STRING},
    {"run_id", ARGS_INTEGER},   {"outcomes", ARGS_BOOLEAN},   {NULL, 0},
};

#define PUT_ROWS_FORM                                                                              \
    "db:put_rows({ { indicator = string, area = string, gender = \"T\"|\"K\"|\"M\", period = "     \
    "string, value = number, … }, … } [, { vintage = string, source = string, … }])"

static const char *const KIND_NAMES[] = {"unchanged", "new", "changed"};

/* The index of each field in ROW_FIELDS, for args_scan's values. */
enum {
    R_INDICATOR,
    R_TITLE,
    R_UNIT,
    R_DIRECTION,
    R_AREA,
    R_GENDER,
    R_PERIOD_KIND,
    R_PERIOD,
    R_VALUE,
    R_TEXT,
    R_STATUS,
    R_NOTE,
    R_SOURCE,
    R_VINTAGE,
    R_REQUEST,
    R_FETCHED_AT,
    R_RUN_ID,
    R_FIELDS
};

/* The call's defaults for every row (opts), read once. */
typedef struct row_defaults {
    const char *indicator;
    const char *period_kind, *source, *request, *vintage, *fetched_at;
    lua_Integer run_id;
} row_defaults;

static const char *str_or(const args_value *v, const char *def)
{
    return v->type == LUA_TSTRING ? v->str : def;
}

/* Reads the table at the top of the stack with the fields' list into out; a table of the wrong
 * form raises the args module's error naming the row and the field. */
static void scan(lua_State *L, const char *what, const args_field *fields, args_value *out)
{
    if (!lua_istable(L, -1) || args_scan(L, -1, fields, out) != 0) {
        args a;
        args_check_table(&a, L, -1, what, fields); /* raises for every form it knows */
        luaL_error(L, "%s: a field's name holds a NUL byte", what); /* the one it lets through */
    }
}

/* Reads row i (from 1) of the list at index `list` into v, in one pass over the row; a row of
 * the wrong form raises an error naming the row and the field. The strings stay alive in the
 * row, held by the list. */
static void read_row(lua_State *L, int list, lua_Integer i, const row_defaults *def, store_value *v)
{
    char what[64];
    lua_rawgeti(L, list, i); /* stack: …, row */
    args_value f[R_FIELDS];
    if (!lua_istable(L, -1) || args_scan(L, -1, ROW_FIELDS, f) != 0) {
        snprintf(what, sizeof what, "db:put_rows row %lld", (long long)i);
        if (!lua_istable(L, -1))
            luaL_error(L,
                       "%s: expected { indicator = string, area = string, gender = string, "
                       "period = string, … }, got %s",
                       what, luaL_typename(L, -1));
        scan(L, what, ROW_FIELDS, f);
    }
    memset(v, 0, sizeof *v);
    v->indicator = str_or(&f[R_INDICATOR], def->indicator);
    v->title = str_or(&f[R_TITLE], NULL);
    v->unit = str_or(&f[R_UNIT], NULL);
    v->direction = str_or(&f[R_DIRECTION], NULL);
    v->area = str_or(&f[R_AREA], NULL);
    v->gender = str_or(&f[R_GENDER], NULL);
    v->period_kind = str_or(&f[R_PERIOD_KIND], def->period_kind);
    v->period = str_or(&f[R_PERIOD], NULL);
    store_observation *o = &v->obs;
    o->has_value = f[R_VALUE].type != LUA_TNIL;
    o->value =
        o->has_value ? (double)f[R_VALUE].num : 0; /* the store refuses NaN, naming the row */
    o->text = str_or(&f[R_TEXT], NULL);
    o->status = str_or(&f[R_STATUS], NULL);
    if (o->status == NULL)
        o->status = o->has_value || o->text ? "ok" : "missing";
    o->note = str_or(&f[R_NOTE], NULL);
    o->source = str_or(&f[R_SOURCE], def->source);
    o->vintage = str_or(&f[R_VINTAGE], def->vintage);
    o->request = str_or(&f[R_REQUEST], def->request);
    o->fetched_at = str_or(&f[R_FETCHED_AT], def->fetched_at);
    o->run_id = f[R_RUN_ID].type != LUA_TNIL ? f[R_RUN_ID].integer : def->run_id;
    lua_pop(L, 1); /* stack: … (the row is held by the list) */
}

static int put_and_count(lua_State *L, lstore *ls, const store_value *rows, int *what,
                         lua_Unsigned n);

/* db:put_rows(rows [, opts]) -> { new =, changed =, unchanged = } [, outcomes] | fail, message,
 * kind. The one way values are written (store_put_rows): all rows or none. With
 * opts.outcomes, also a list of "new", "changed" or "unchanged" per row. */
static int l_put_rows(lua_State *L)
{
    lstore *ls = checkstore(L);
    luaL_argexpected(L, lua_type(L, 2) == LUA_TTABLE, 2, "list of rows");
    args opts;
    args_check_arg(&opts, L, 3, 1, "db:put_rows options", PUT_ROWS_OPTIONS, PUT_ROWS_FORM);
    lua_settop(L, 3);
    lua_Unsigned n = lua_rawlen(L, 2);
    if (n > (lua_Unsigned)(SIZE_MAX / sizeof(store_value)))
        return luaL_error(L, "db:put_rows: too many rows (%I)", (LUAI_UACINT)n);
    int outcomes = args_boolean(&opts, "outcomes", 0);
    /* The rows as C values, in a userdata so that an error while reading them leaks nothing. */
    store_value *rows = lua_newuserdatauv(L, n ? (size_t)n * sizeof *rows : 1, 0);
    int *what = outcomes ? lua_newuserdatauv(L, n ? (size_t)n * sizeof *what : 1, 0) : NULL;
    row_defaults def = {
        args_string(&opts, "indicator", NULL),
        args_string(&opts, "period_kind", NULL),
        args_string(&opts, "source", NULL),
        args_string(&opts, "request", NULL),
        args_string(&opts, "vintage", NULL),
        args_string(&opts, "fetched_at", NULL),
        args_integer(&opts, "run_id", 0, LUA_MININTEGER, LUA_MAXINTEGER),
    };
    for (lua_Unsigned i = 0; i < n; i++)
        read_row(L, 2, (lua_Integer)i + 1, &def, &rows[i]);
    return put_and_count(L, ls, rows, what, n);
}

/* Stores n rows read by db:put_rows or db:put_columns and returns its results: the counts, and
 * each row's outcome when what is not NULL. */
static int put_and_count(lua_State *L, lstore *ls, const store_value *rows, int *what,
                         lua_Unsigned n)
{
    char err[1024];
    store_put_counts counts;
    int rc = store_put_rows(ls->s, rows, (size_t)n, what, &counts, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, (lua_Integer)counts.n_new);
    lua_setfield(L, -2, "new");
    lua_pushinteger(L, (lua_Integer)counts.n_changed);
    lua_setfield(L, -2, "changed");
    lua_pushinteger(L, (lua_Integer)counts.n_unchanged);
    lua_setfield(L, -2, "unchanged");
    if (!what)
        return 1;
    lua_createtable(L, (int)(n < INT32_MAX ? n : 0), 0);
    for (lua_Unsigned i = 0; i < n; i++) {
        lua_pushstring(L, KIND_NAMES[what[i]]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 2;
}

/* What db:put_columns reads: the columns (the first five required, the others optional), then
 * the options. */
static const char *const COLUMN_NAMES[] = {"area",  "gender",    "period",      "value",
                                           "note",  "indicator", "period_kind", "status",
                                           "title", "unit",      "direction"};
enum {
    C_AREA,
    C_GENDER,
    C_PERIOD,
    C_VALUE,
    C_NOTE,
    C_REQUIRED,
    C_INDICATOR = C_REQUIRED,
    C_PERIOD_KIND,
    C_STATUS,
    C_TITLE,
    C_UNIT,
    C_DIRECTION,
    C_COLUMNS
};

static const args_field PUT_COLUMNS_OPTIONS[] = {
    {"indicator", ARGS_STRING}, {"period_kind", ARGS_STRING}, {"title", ARGS_STRING},
    {"unit", ARGS_STRING},      {"direction", ARGS_STRING},   {"source", ARGS_STRING},
    {"vintage", ARGS_STRING},   {"request", ARGS_STRING},     {"fetched_at", ARGS_STRING},
    {"run_id", ARGS_INTEGER},   {"outcomes", ARGS_BOOLEAN},   {NULL, 0},
};

#define PUT_COLUMNS_FORM                                                                            \
    "db:put_columns({ n = count, area = {…}, gender = {…}, period = {…}, value = {…}, "     \
    "note = {…} [, indicator =, period_kind =, status =, title =, unit =, direction = {…}] }, " \
    "{ indicator = string, source = string, vintage = string, … })"

/* Row i's string in column c (at stack index base + c, held by the column): the column's, or def
 * when the column is absent or (optional) holds nothing for the row; any other value is an error
 * naming both. */
static const char *column_string(lua_State *L, int base, int c, lua_Integer i, int optional,
                                 const char *def)
{
    if (lua_type(L, base + c) != LUA_TTABLE)
        return def;
    int t = lua_rawgeti(L, base + c, i);
    const char *s = t == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1);
    if (s)
        return s;
    if (!(optional && t == LUA_TNIL))
        luaL_error(L, "db:put_columns: %s[%I] must be a string, not %s", COLUMN_NAMES[c],
                   (LUAI_UACINT)i, lua_typename(L, t));
    return def;
}

/* db:put_columns(cols, opts) -> as db:put_rows, for values given as columns instead of a table
 * per value (compute's results, a connector's page). cols.n values; value[i] a number, or nil with
 * note[i] the reason it is missing; status[i] when given, else ok with a value and missing without.
 * The indicator and period kind come from their columns when given, else from opts; title, unit and
 * direction (an indicator's definition) from their columns at the rows that carry them, or, without
 * a title column, from opts for the first value. A column of another name is an error. opts.source and vintage are required, request, fetched_at and run_id
 * go with every value. */
static int l_put_columns(lua_State *L)
{
    lstore *ls = checkstore(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    args opts;
    args_check_arg(&opts, L, 3, 0, "db:put_columns options", PUT_COLUMNS_OPTIONS, PUT_COLUMNS_FORM);
    lua_settop(L, 3);
    lua_pushnil(L); /* every column is one db:put_columns knows */
    while (lua_next(L, 2) != 0) {
        const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        int known = k && strcmp(k, "n") == 0;
        for (int c = 0; k && !known && c < C_COLUMNS; c++)
            known = strcmp(k, COLUMN_NAMES[c]) == 0;
        if (!known)
            return luaL_error(L, "db:put_columns: cols has an unknown column '%s'",
                              k ? k : luaL_typename(L, -2));
        lua_pop(L, 1);
    }
    int base = 4; /* the columns: stack 4 … */
    for (int c = 0; c < C_COLUMNS; c++) {
        int t = lua_getfield(L, 2, COLUMN_NAMES[c]);
        if (t != LUA_TTABLE && (c < C_REQUIRED || t != LUA_TNIL))
            return luaL_error(L, "db:put_columns: cols.%s must be a list", COLUMN_NAMES[c]);
    }
    lua_getfield(L, 2, "n");
    lua_Integer n = lua_tointeger(L, -1);
    if (!lua_isinteger(L, -1) || n < 0 || (lua_Unsigned)n > SIZE_MAX / sizeof(store_value))
        return luaL_error(L, "db:put_columns: cols.n must be the count of values");
    lua_pop(L, 1);
    store_value *rows = lua_newuserdatauv(L, n ? (size_t)n * sizeof *rows : 1, 0);
    int *what = args_boolean(&opts, "outcomes", 0)
        ? lua_newuserdatauv(L, n ? (size_t)n * sizeof *what : 1, 0)
        : NULL;
    const char *indicator = args_string(&opts, "indicator", NULL);
    const char *period_kind = args_string(&opts, "period_kind", NULL);
    const char *source = args_string(&opts, "source", NULL);
    const char *vintage = args_string(&opts, "vintage", NULL);
    const char *request = args_string(&opts, "request", NULL);
    const char *fetched_at = args_string(&opts, "fetched_at", NULL);
    lua_Integer run_id = args_integer(&opts, "run_id", 0, LUA_MININTEGER, LUA_MAXINTEGER);
    for (lua_Integer i = 1; i <= n; i++) {
        store_value *v = &rows[i - 1];
        memset(v, 0, sizeof *v);
        v->indicator = column_string(L, base, C_INDICATOR, i, 0, indicator);
        v->area = column_string(L, base, C_AREA, i, 0, NULL);
        v->gender = column_string(L, base, C_GENDER, i, 0, NULL);
        v->period_kind = column_string(L, base, C_PERIOD_KIND, i, 1, period_kind);
        v->period = column_string(L, base, C_PERIOD, i, 0, NULL);
        v->title = column_string(L, base, C_TITLE, i, 1, NULL);
        v->unit = column_string(L, base, C_UNIT, i, 1, NULL);
        v->direction = column_string(L, base, C_DIRECTION, i, 1, NULL);
        store_observation *o = &v->obs;
        int t = lua_rawgeti(L, base + C_VALUE, i);
        if (t != LUA_TNIL && t != LUA_TNUMBER)
            return luaL_error(L, "db:put_columns: value[%I] must be a number or nil, not %s",
                              (LUAI_UACINT)i, lua_typename(L, t));
        o->has_value = t == LUA_TNUMBER;
        o->value = o->has_value ? (double)lua_tonumber(L, -1) : 0; /* the store refuses NaN */
        lua_pop(L, 1);
        o->status = column_string(L, base, C_STATUS, i, 1, o->has_value ? "ok" : "missing");
        o->note = column_string(L, base, C_NOTE, i, 1, NULL);
        o->source = source;
        o->vintage = vintage;
        o->request = request;
        o->fetched_at = fetched_at;
        o->run_id = run_id;
    }
    if (n > 0 && lua_type(L, base + C_TITLE) != LUA_TTABLE) { /* no definition columns */
        rows[0].title = args_string(&opts, "title", NULL);
        rows[0].unit = args_string(&opts, "unit", NULL);
        rows[0].direction = args_string(&opts, "direction", NULL);
    }
    return put_and_count(L, ls, rows, what, (lua_Unsigned)n);
}

/* lua_store.h */
void lua_store_set_value_fields(lua_State *L, const store_row *r)
{
    lua_store_set_text(L, "area", r->area);
    lua_store_set_text(L, "gender", r->gender);
    lua_store_set_text(L, "period_kind", r->period_kind);
    lua_store_set_text(L, "period", r->period);
    if (r->obs.has_value) {
        lua_pushnumber(L, r->obs.value);
        lua_setfield(L, -2, "value");
    }
    lua_store_set_text(L, "text", r->obs.text);
    lua_store_set_text(L, "status", r->obs.status);
    lua_store_set_text(L, "note", r->obs.note);
    lua_store_set_text(L, "vintage", r->obs.vintage);
}

static int push_row(lua_State *L)
{
    const store_row *r = lua_touserdata(L, 2);
    lua_createtable(L, 0, 13);
    lua_store_set_value_fields(L, r);
    lua_store_set_text(L, "source", r->obs.source);
    lua_store_set_text(L, "request", r->obs.request);
    lua_store_set_text(L, "fetched_at", r->obs.fetched_at);
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

int lua_store_collect_rows(lua_State *L, store *s, lua_store_rows_fn each, void *arg,
                           lua_CFunction push)
{
    return lua_store_collect_rows_into(L, s, each, arg, push, 0);
}

int lua_store_collect_rows_into(lua_State *L, store *s, lua_store_rows_fn each, void *arg,
                                lua_CFunction push, int columns)
{
    collector c;
    collector_init(&c, L, push ? push : push_row);
    for (int col = 1; col <= columns; col++) {
        lua_newtable(L);
        lua_rawseti(L, c.list, col);
    }
    char err[1024];
    int rc = each(s, arg, row_cb, &c, err, sizeof err);
    return collector_end(&c, rc, err);
}

#define AS_OF_FORM "{ as_of = \"YYYY-MM-DDTHH:MM:SSZ\", before = SEQ }"

/* Rows of an indicator: the latest vintage of each (series, period) or every vintage, at or
 * before opts.as_of when given, and among the rows stored before opts.before (a sign-off's
 * values_before) when given. */
static int observations(lua_State *L, int all_vintages)
{
    static const args_field fields[] = {
        {"as_of", ARGS_STRING}, {"before", ARGS_INTEGER}, {NULL, 0}};
    lstore *ls = checkstore(L);
    const char *ind = luaL_checkstring(L, 2);
    args a;
    args_check_arg(&a, L, 3, 1, all_vintages ? "db:vintages options" : "db:latest options", fields,
                   AS_OF_FORM);
    const char *as_of = args_string(&a, "as_of", NULL);
    int64_t before = (int64_t)args_integer(&a, "before", 0, 0, LUA_MAXINTEGER);
    lua_settop(L, 3);
    collector c;
    collector_init(&c, L, push_row);
    char err[1024];
    int rc = store_observations_each_before(ls->s, ind, as_of, before, all_vintages, row_cb, &c,
                                            err, sizeof err);
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

/* ---- indicator definitions ------------------------------------------------------------------- */

static const args_field DEFINITION_FIELDS[] = {
    {"indicator", ARGS_STRING},     {"unit", ARGS_STRING},
    {"direction", ARGS_STRING},     {"kind", ARGS_STRING},
    {"formula_hash", ARGS_STRING},  {"formula_at", ARGS_STRING},
    {"changes", ARGS_STRING},       {"decision_ref", ARGS_STRING},
    {"decision_date", ARGS_STRING}, {"decision_change", ARGS_STRING},
    {"recorded_at", ARGS_STRING},   {NULL, 0},
};
#define DEFINITION_FORM                                                                            \
    "db:save_definition({ indicator = string, kind = string, recorded_at = string, unit = "        \
    "string, direction = string, formula_hash = string, formula_at = string, changes = string, "   \
    "decision_ref = string, decision_date = string, decision_change = string })"

/* db:save_definition(definition) -> true */
static int l_save_definition(lua_State *L)
{
    lstore *ls = checkstore(L);
    args a;
    args_check_arg(&a, L, 2, 0, "db:save_definition", DEFINITION_FIELDS, DEFINITION_FORM);
    store_definition d = {
        .indicator = args_string(&a, "indicator", NULL),
        .unit = args_string(&a, "unit", NULL),
        .direction = args_string(&a, "direction", NULL),
        .kind = args_string(&a, "kind", NULL),
        .formula_hash = args_string(&a, "formula_hash", NULL),
        .formula_at = args_string(&a, "formula_at", NULL),
        .changes = args_string(&a, "changes", NULL),
        .decision_ref = args_string(&a, "decision_ref", NULL),
        .decision_date = args_string(&a, "decision_date", NULL),
        .decision_change = args_string(&a, "decision_change", NULL),
        .recorded_at = args_string(&a, "recorded_at", NULL),
    };
    char err[1024];
    return result(L, store_definition_put(ls->s, &d, err, sizeof err), err);
}

static int push_definition(lua_State *L)
{
    const store_definition *d = lua_touserdata(L, 2);
    lua_createtable(L, 0, 12);
    set_count(L, "id", d->id);
    lua_store_set_text(L, "indicator", d->indicator);
    lua_store_set_text(L, "unit", d->unit);
    lua_store_set_text(L, "direction", d->direction);
    lua_store_set_text(L, "kind", d->kind);
    lua_store_set_text(L, "formula_hash", d->formula_hash);
    lua_store_set_text(L, "formula_at", d->formula_at);
    lua_store_set_text(L, "changes", d->changes);
    lua_store_set_text(L, "decision_ref", d->decision_ref);
    lua_store_set_text(L, "decision_date", d->decision_date);
    lua_store_set_text(L, "decision_change", d->decision_change);
    lua_store_set_text(L, "recorded_at", d->recorded_at);
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
    lua_store_set_text(L, "key", lua_touserdata(L, 3));
    lua_store_set_text(L, "request", fs->request);
    lua_store_set_text(L, "etag", fs->etag);
    lua_store_set_text(L, "last_modified", fs->last_modified);
    lua_store_set_text(L, "content_type", fs->content_type);
    if (fs->body) {
        lua_pushlstring(L, fs->body, fs->body_len);
        lua_setfield(L, -2, "body");
    }
    set_count(L, "size", (int64_t)fs->body_len);
    set_count(L, "status", fs->status);
    lua_store_set_text(L, "fetched_at", fs->fetched_at);
    if (fs->run_id > 0)
        set_count(L, "run_id", fs->run_id);
    lua_store_set_text(L, "body_hash", fs->body_hash);
    lua_store_set_text(L, "changed_at", fs->changed_at);
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

static const args_field STATE_FIELDS[] = {
    {"request", ARGS_STRING},    {"etag", ARGS_STRING},         {"last_modified", ARGS_STRING},
    {"body", ARGS_STRING},       {"content_type", ARGS_STRING}, {"status", ARGS_INTEGER},
    {"fetched_at", ARGS_STRING}, {"run_id", ARGS_INTEGER},      {NULL, 0},
};
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
    args a;
    args_check_arg(&a, L, 4, 0, "db:save_fetch_state", STATE_FIELDS, STATE_FORM);
    store_fetch_state fs = {0};
    fs.request = args_string(&a, "request", NULL);
    fs.etag = args_string(&a, "etag", NULL);
    fs.last_modified = args_string(&a, "last_modified", NULL);
    fs.content_type = args_string(&a, "content_type", NULL);
    fs.fetched_at = args_string(&a, "fetched_at", NULL);
    fs.body = args_string(&a, "body", &fs.body_len); /* held by the table */
    fs.status = (long)args_integer(&a, "status", fs.body ? 200 : 0, LUA_MININTEGER, LUA_MAXINTEGER);
    fs.run_id = args_integer(&a, "run_id", 0, LUA_MININTEGER, LUA_MAXINTEGER);
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
    static const args_field fields[] = {
        {"source", ARGS_STRING}, {"trigger", ARGS_STRING}, {NULL, 0}};
    lstore *ls = checkstore(L);
    const char *command = luaL_checkstring(L, 2);
    const char *started = luaL_checkstring(L, 3);
    args a;
    args_check_arg(&a, L, 4, 1, "db:run_start options", fields,
                   "db:run_start(command, started, { source = string, trigger = \"manual\" | "
                   "\"schedule\" | \"catch-up\" })");
    const char *source = args_string(&a, "source", NULL);
    const char *trigger = args_string(&a, "trigger", NULL);
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

static const args_field FINISH_FIELDS[] = {
    {"finished", ARGS_STRING},    {"outcome", ARGS_STRING},
    {"message", ARGS_STRING},     {"error", ARGS_STRING},
    {"source", ARGS_STRING},      {"trigger", ARGS_STRING},
    {"new", ARGS_INTEGER},        {"changed", ARGS_INTEGER},
    {"unchanged", ARGS_INTEGER},  {"bytes", ARGS_INTEGER},
    {"duration_ms", ARGS_NUMBER}, {"http_status", ARGS_INTEGER},
    {"attempts", ARGS_INTEGER},   {NULL, 0},
};
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
    args a;
    args_check_arg(&a, L, 3, 0, "db:run_finish_ex", FINISH_FIELDS, FINISH_FORM);
    store_run_result r = STORE_RUN_RESULT_INIT;
    r.finished = args_string(&a, "finished", NULL);
    r.outcome = args_string(&a, "outcome", NULL);
    r.message = args_string(&a, "message", NULL);
    r.error = args_string(&a, "error", NULL);
    r.source = args_string(&a, "source", NULL);
    r.trigger = args_string(&a, "trigger", NULL);
    r.n_new = args_integer(&a, "new", -1, LUA_MININTEGER, LUA_MAXINTEGER);
    r.n_changed = args_integer(&a, "changed", -1, LUA_MININTEGER, LUA_MAXINTEGER);
    r.n_unchanged = args_integer(&a, "unchanged", -1, LUA_MININTEGER, LUA_MAXINTEGER);
    r.bytes = args_integer(&a, "bytes", -1, LUA_MININTEGER, LUA_MAXINTEGER);
    /* measured in fractions of a millisecond: rounded */
    r.duration_ms = llround(args_number(&a, "duration_ms", -1, -9e15, 9e15, NULL));
    int64_t status = args_integer(&a, "http_status", 0, LUA_MININTEGER, LUA_MAXINTEGER);
    r.http_status = status > 0 && status < 1000 ? (long)status : 0;
    int64_t attempts = args_integer(&a, "attempts", -1, LUA_MININTEGER, LUA_MAXINTEGER);
    r.attempts = attempts >= 0 && attempts <= INT32_MAX ? (int)attempts : -1;
    char err[1024];
    return result(L, store_run_finish_ex(ls->s, id, &r, err, sizeof err), err);
}

static int push_run(lua_State *L)
{
    const store_run *run = lua_touserdata(L, 2);
    lua_createtable(L, 0, 20);
    set_count(L, "id", run->id);
    lua_store_set_text(L, "command", run->command);
    lua_store_set_text(L, "source", run->r.source);
    lua_store_set_text(L, "trigger", run->r.trigger);
    lua_store_set_text(L, "started", run->started);
    lua_store_set_text(L, "finished", run->r.finished);
    lua_store_set_text(L, "outcome", run->r.outcome);
    lua_store_set_text(L, "message", run->r.message);
    lua_store_set_text(L, "error", run->r.error);
    set_count(L, "new", run->r.n_new);
    set_count(L, "changed", run->r.n_changed);
    set_count(L, "unchanged", run->r.n_unchanged);
    set_count(L, "bytes", run->r.bytes);
    set_count(L, "duration_ms", run->r.duration_ms);
    if (run->r.http_status > 0)
        set_count(L, "http_status", run->r.http_status);
    set_count(L, "attempts", run->r.attempts);
    lua_store_set_text(L, "slot", run->slot);
    lua_store_set_text(L, "base_url", run->base_url);
    lua_store_set_text(L, "warnings", run->warnings);
    if (run->config_snapshot > 0)
        set_count(L, "config_snapshot", run->config_snapshot);
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
    static const args_field fields[] = {
        {"source", ARGS_STRING}, {"failed", ARGS_BOOLEAN}, {"limit", ARGS_INTEGER}, {NULL, 0}};
    lstore *ls = checkstore(L);
    args a;
    args_check_arg(&a, L, 2, 1, "db:runs options", fields,
                   "db:runs({ source = string, failed = boolean, limit = integer })");
    store_run_filter f = {NULL, 0, 0};
    f.source = args_string(&a, "source", NULL);
    f.failed_only = args_boolean(&a, "failed", 0);
    f.limit = (int)args_integer(&a, "limit", 0, 0, INT32_MAX); /* 0: no limit */
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
    lua_store_set_text(L, "source", ss->source);
    lua_store_set_text(L, "last_success", ss->last_success);
    lua_store_set_text(L, "last_run", ss->last_run);
    lua_store_set_text(L, "last_outcome", ss->last_outcome);
    lua_store_set_text(L, "last_error", ss->last_error);
    lua_store_set_text(L, "last_fetched", ss->last_fetched);
    lua_store_set_text(L, "last_changed", ss->last_changed);
    set_count(L, "responses", ss->responses);
    append(L);
    return 0;
}

/* One series' status as a new table on top of the stack. */
static void new_series_status(lua_State *L, const store_series_status *ss)
{
    lua_createtable(L, 0, 6);
    lua_store_set_text(L, "indicator", ss->indicator);
    lua_store_set_text(L, "area", ss->area);
    lua_store_set_text(L, "period_kind", ss->period_kind);
    lua_store_set_text(L, "newest_period", ss->newest_period);
    lua_store_set_text(L, "last_changed", ss->last_changed);
    set_count(L, "periods", ss->periods);
}

static int push_series_status(lua_State *L)
{
    new_series_status(L, lua_touserdata(L, 2));
    append(L);
    return 0;
}

/* The same handed to the function in the collector's place instead of a list (opts.each). */
static int call_series_status(lua_State *L)
{
    lua_pushvalue(L, 1); /* stack: fn, row, extra, fn */
    new_series_status(L, lua_touserdata(L, 2));
    lua_call(L, 1, 0);
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

/* db:data_version() -> integer | fail, message, kind */
static int l_data_version(lua_State *L)
{
    lstore *ls = checkstore(L);
    int64_t v = 0;
    char err[512];
    int rc = store_data_version(ls->s, &v, err, sizeof err);
    if (rc != STORE_OK)
        return push_error(L, rc, err);
    lua_pushinteger(L, (lua_Integer)v);
    return 1;
}

/* db:status([indicator [, { each = fn, series = false }]]) -> { sources = list, indicators = list }:
 * with each, every series' status goes to fn(row) as it is read, in the list's order, and the
 * result has no indicators list (styr status on a national store: memory that does not grow
 * with it); with series = false, the sources only. */
static int l_status(lua_State *L)
{
    static const args_field fields[] = {
        {"each", ARGS_FUNCTION}, {"series", ARGS_BOOLEAN}, {NULL, 0}};
    lstore *ls = checkstore(L);
    const char *indicator = luaL_optstring(L, 2, NULL);
    args a;
    args_check_arg(&a, L, 3, 1, "db:status options", fields,
                   "{ each = function(row) … end, series = false }");
    int each = args_has(&a, "each");
    int series = args_boolean(&a, "series", 1);
    lua_settop(L, 3);
    if (each)
        lua_getfield(L, 3, "each");
    else
        lua_pushnil(L);
    lua_createtable(L, 0, 2); /* stack: db, indicator, opts, each, status */
    char err[1024];
    collector c;
    collector_init(&c, L, push_source_status); /* stack: …, status, sources */
    int rc = store_source_status_each(ls->s, source_status_cb, &c, err, sizeof err);
    if (collector_end(&c, rc, err) != 1)
        return 3;
    lua_setfield(L, 5, "sources");
    if (!series)
        return 1;
    collector_init(&c, L, each ? call_series_status : push_series_status);
    if (each) {
        /* The function takes the list's place: call_series_status calls it. */
        lua_pushvalue(L, 4);
        lua_replace(L, c.list);
    }
    rc = store_series_status_each(ls->s, indicator, series_status_cb, &c, err, sizeof err);
    if (collector_end(&c, rc, err) != 1)
        return 3;
    if (each)
        lua_pop(L, 1);
    else
        lua_setfield(L, 5, "indicators");
    return 1;
}

static const luaL_Reg methods[] = {
    {"begin", l_begin},
    {"commit", l_commit},
    {"rollback", l_rollback},
    {"put_rows", l_put_rows},
    {"put_columns", l_put_columns},
    {"latest", l_latest},
    {"vintages", l_vintages},
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
    {"data_version", l_data_version},
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
    luaL_setfuncs(L, lua_store_entry_methods, 0);    /* lua_store_entries.c: styr serve's tables */
    luaL_setfuncs(L, lua_store_snapshot_methods, 0); /* lua_store_snapshots.c */
    luaL_setfuncs(L, lua_store_compute_methods, 0);  /* lua_store_compute.c */
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    lua_pushinteger(L, STORE_SCHEMA_VERSION);
    lua_setfield(L, -2, "schema_version");
    lua_pushstring(L, store_sqlite_version());
    lua_setfield(L, -2, "sqlite_version");
    return 1;
}
