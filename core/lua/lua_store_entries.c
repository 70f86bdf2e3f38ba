/* styr.store's methods for styr serve (store.h, "web entries, sign-off and audit"):
 *
 *   db:save_entry({ kind =, subject =, period =, body =, text =, status =, value =, author =,
 *                   at = }, expected)        -> version | fail, message, "conflict", newest
 *   db:entries([{ kind =, subject =, period =, body =, as_of =, all = }]) -> list of entries
 *   db:save_signoff({ report =, period =, body =, state =, comment =, by =, at = }, expected)
 *                                            -> version | fail, message, "conflict", newest
 *   db:signoffs([{ report =, period =, all = }])  -> list of sign-off rows
 *   db:audit_add({ at =, user =, address =, action =, target =, detail = }) -> true | fail, …
 *   db:audit([{ user =, limit = }])          -> list of audit rows, newest first
 *
 * Rows are built under lua_pcall while SQLite iterates (as in lua_store.c), so a memory error
 * finalizes the statement before it is raised again. */
#include <math.h>
#include <string.h>

#include "lua_store.h"

/* Raises an error naming the first key of table t not in known. */
static void check_known(lua_State *L, int t, const char *const known[], const char *form)
{
    lua_pushnil(L);
    while (lua_next(L, t) != 0) {
        int ok = 0;
        const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        for (size_t i = 0; k && known[i] && !ok; i++)
            ok = strcmp(k, known[i]) == 0;
        if (!ok)
            luaL_error(L, "unknown field '%s'; expected %s", k ? k : luaL_typename(L, -2), form);
        lua_pop(L, 1);
    }
}

static const char *str_field(lua_State *L, int t, const char *k)
{
    lua_getfield(L, t, k);
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
        luaL_error(L, "field '%s' must be a string, not a %s", k, luaL_typename(L, -1));
    const char *v = lua_tostring(L, -1);
    lua_pop(L, 1); /* held by the table */
    return v;
}

static int fail(lua_State *L, int rc, const char *err, int64_t newest)
{
    luaL_pushfail(L);
    lua_pushstring(L, err);
    lua_pushstring(L,
                   rc == STORE_CONFLICT      ? "conflict"
                       : rc == STORE_BUSY    ? "busy"
                       : rc == STORE_INVALID ? "invalid"
                                             : "error");
    if (rc != STORE_CONFLICT)
        return 3;
    lua_pushinteger(L, (lua_Integer)newest);
    return 4;
}

static int64_t expected_arg(lua_State *L, int arg)
{
    lua_Integer v = luaL_optinteger(L, arg, 0);
    luaL_argcheck(L, v >= 0, arg, "the version edited must be 0 or more");
    return (int64_t)v;
}

static const char *const ENTRY_FIELDS[] = {"kind",   "subject", "period", "body", "text",
                                           "status", "value",   "author", "at",   NULL};
#define ENTRY_FORM                                                                                 \
    "db:save_entry({ kind =, subject =, period =, body =, text =, status =, value =, author =, "   \
    "at = }, expected_version)"

static int l_save_entry(lua_State *L)
{
    store *s = lua_store_check(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    check_known(L, 2, ENTRY_FIELDS, ENTRY_FORM);
    store_entry e = {0};
    e.kind = str_field(L, 2, "kind");
    e.subject = str_field(L, 2, "subject");
    e.period = str_field(L, 2, "period");
    e.body = str_field(L, 2, "body");
    e.text = str_field(L, 2, "text");
    e.status = str_field(L, 2, "status");
    e.author = str_field(L, 2, "author");
    e.at = str_field(L, 2, "at");
    lua_getfield(L, 2, "value");
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1)))
            return luaL_error(L, "field 'value' must be a finite number; expected %s", ENTRY_FORM);
        e.has_value = 1;
        e.value = lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
    int64_t expected = expected_arg(L, 3), version = 0;
    char err[512];
    int rc = store_entry_put(s, &e, expected, &version, err, sizeof err);
    if (rc != STORE_OK)
        return fail(L, rc, err, version);
    lua_pushinteger(L, (lua_Integer)version);
    return 1;
}

/* ---- reading, one protected push per row ----------------------------------------------------- */

typedef struct reader {
    lua_State *L;
    lua_CFunction push;
    int list;
    int failed;
} reader;

static int read_row(reader *r, const void *row)
{
    lua_State *L = r->L;
    lua_pushcfunction(L, r->push);
    lua_pushvalue(L, r->list);
    lua_pushlightuserdata(L, (void *)row);
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
        r->failed = 1; /* the error stays on top */
        return 1;
    }
    return 0;
}

static void set_s(lua_State *L, const char *k, const char *v)
{
    if (v) {
        lua_pushstring(L, v);
        lua_setfield(L, -2, k);
    }
}

static void set_i(lua_State *L, const char *k, int64_t v)
{
    lua_pushinteger(L, (lua_Integer)v);
    lua_setfield(L, -2, k);
}

/* stack: list, row */
static int push_entry(lua_State *L)
{
    const store_entry *e = lua_touserdata(L, 2);
    lua_createtable(L, 0, 12);
    set_i(L, "id", e->id);
    set_s(L, "kind", e->kind);
    set_s(L, "subject", e->subject);
    set_s(L, "period", e->period);
    set_i(L, "version", e->version);
    set_s(L, "body", e->body);
    set_s(L, "text", e->text);
    set_s(L, "status", e->status);
    if (e->has_value) {
        lua_pushnumber(L, e->value);
        lua_setfield(L, -2, "value");
    }
    set_s(L, "author", e->author);
    set_s(L, "at", e->at);
    lua_rawseti(L, 1, (lua_Integer)lua_rawlen(L, 1) + 1);
    return 0;
}

static int entry_cb(void *ud, const store_entry *e)
{
    return read_row(ud, e);
}

static int finish(reader *r, int rc, const char *err)
{
    if (r->failed)
        return lua_error(r->L);
    if (rc != STORE_OK)
        return fail(r->L, rc, err, 0);
    return 1;
}

static void reader_init(reader *r, lua_State *L, lua_CFunction push)
{
    luaL_checkstack(L, 8, "reading from the store");
    lua_newtable(L);
    r->L = L;
    r->push = push;
    r->list = lua_gettop(L);
    r->failed = 0;
}

static int l_entries(lua_State *L)
{
    static const char *const fields[] = {"kind", "subject", "period", "body", "as_of", "all", NULL};
    store *s = lua_store_check(L);
    store_entry_filter f = {0};
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        check_known(L, 2, fields,
                    "db:entries({ kind =, subject =, period =, body =, as_of =, all = })");
        f.kind = str_field(L, 2, "kind");
        f.subject = str_field(L, 2, "subject");
        f.period = str_field(L, 2, "period");
        f.body = str_field(L, 2, "body");
        f.as_of = str_field(L, 2, "as_of");
        lua_getfield(L, 2, "all");
        f.all_versions = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    reader r;
    reader_init(&r, L, push_entry);
    char err[512];
    int rc = store_entries_each(s, &f, entry_cb, &r, err, sizeof err);
    return finish(&r, rc, err);
}

static const char *const SIGNOFF_FIELDS[] = {"report",  "period", "body", "state",
                                             "comment", "by",     "at",   NULL};

static int l_save_signoff(lua_State *L)
{
    store *s = lua_store_check(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    check_known(L, 2, SIGNOFF_FIELDS,
                "db:save_signoff({ report =, period =, body =, state =, comment =, by =, at = }, "
                "expected_version)");
    store_signoff so = {0};
    so.report = str_field(L, 2, "report");
    so.period = str_field(L, 2, "period");
    so.body = str_field(L, 2, "body");
    so.state = str_field(L, 2, "state");
    so.comment = str_field(L, 2, "comment");
    so.by = str_field(L, 2, "by");
    so.at = str_field(L, 2, "at");
    int64_t expected = expected_arg(L, 3), version = 0;
    char err[512];
    int rc = store_signoff_put(s, &so, expected, &version, err, sizeof err);
    if (rc != STORE_OK)
        return fail(L, rc, err, version);
    lua_pushinteger(L, (lua_Integer)version);
    return 1;
}

static int push_signoff(lua_State *L)
{
    const store_signoff *so = lua_touserdata(L, 2);
    lua_createtable(L, 0, 9);
    set_i(L, "id", so->id);
    set_s(L, "report", so->report);
    set_s(L, "period", so->period);
    set_s(L, "body", so->body);
    set_i(L, "version", so->version);
    set_s(L, "state", so->state);
    set_s(L, "comment", so->comment);
    set_s(L, "by", so->by);
    set_s(L, "at", so->at);
    lua_rawseti(L, 1, (lua_Integer)lua_rawlen(L, 1) + 1);
    return 0;
}

static int signoff_cb(void *ud, const store_signoff *so)
{
    return read_row(ud, so);
}

static int l_signoffs(lua_State *L)
{
    static const char *const fields[] = {"report", "period", "all", NULL};
    store *s = lua_store_check(L);
    const char *report = NULL, *period = NULL;
    int all = 0;
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        check_known(L, 2, fields, "db:signoffs({ report =, period =, all = })");
        report = str_field(L, 2, "report");
        period = str_field(L, 2, "period");
        lua_getfield(L, 2, "all");
        all = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    reader r;
    reader_init(&r, L, push_signoff);
    char err[512];
    int rc = store_signoffs_each(s, report, period, all, signoff_cb, &r, err, sizeof err);
    return finish(&r, rc, err);
}

static const char *const AUDIT_FIELDS[] = {"at",     "user",   "address", "action",
                                           "target", "detail", NULL};

static int l_audit_add(lua_State *L)
{
    store *s = lua_store_check(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    check_known(L, 2, AUDIT_FIELDS,
                "db:audit_add({ at =, user =, address =, action =, target =, detail = })");
    store_audit a = {0};
    a.at = str_field(L, 2, "at");
    a.user = str_field(L, 2, "user");
    a.address = str_field(L, 2, "address");
    a.action = str_field(L, 2, "action");
    a.target = str_field(L, 2, "target");
    a.detail = str_field(L, 2, "detail");
    char err[512];
    int rc = store_audit_add(s, &a, err, sizeof err);
    if (rc != STORE_OK)
        return fail(L, rc, err, 0);
    lua_pushboolean(L, 1);
    return 1;
}

static int push_audit(lua_State *L)
{
    const store_audit *a = lua_touserdata(L, 2);
    lua_createtable(L, 0, 7);
    set_i(L, "id", a->id);
    set_s(L, "at", a->at);
    set_s(L, "user", a->user);
    set_s(L, "address", a->address);
    set_s(L, "action", a->action);
    set_s(L, "target", a->target);
    set_s(L, "detail", a->detail);
    lua_rawseti(L, 1, (lua_Integer)lua_rawlen(L, 1) + 1);
    return 0;
}

static int audit_cb(void *ud, const store_audit *a)
{
    return read_row(ud, a);
}

static int l_audit(lua_State *L)
{
    static const char *const fields[] = {"user", "limit", NULL};
    store *s = lua_store_check(L);
    const char *user = NULL;
    lua_Integer limit = 0;
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        check_known(L, 2, fields, "db:audit({ user =, limit = })");
        user = str_field(L, 2, "user");
        lua_getfield(L, 2, "limit");
        limit = luaL_optinteger(L, -1, 0);
        lua_pop(L, 1);
        if (limit < 0 || limit > 1000000)
            return luaL_error(L, "field 'limit' must be 0 (all) to 1000000");
    }
    reader r;
    reader_init(&r, L, push_audit);
    char err[512];
    int rc = store_audit_each(s, user, (int)limit, audit_cb, &r, err, sizeof err);
    return finish(&r, rc, err);
}

const luaL_Reg lua_store_entry_methods[] = {
    {"save_entry", l_save_entry},
    {"entries", l_entries},
    {"save_signoff", l_save_signoff},
    {"signoffs", l_signoffs},
    {"audit_add", l_audit_add},
    {"audit", l_audit},
    {NULL, NULL},
};
