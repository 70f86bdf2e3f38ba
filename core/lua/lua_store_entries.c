/* styr.store's methods for styr serve (store.h, "web entries, sign-off and audit"):
 *
 *   db:save_entry({ kind =, subject =, period =, body =, text =, status =, value =, author =,
 *                   at = }, expected)        -> version | fail, message, "conflict", newest
 *   db:entries([{ kind =, subject =, period =, body =, as_of =, before =, all = }])
 *                                            -> list of entries (before: a sign-off's
 *                                            entries_before)
 *   db:save_signoff({ report =, period =, body =, state =, comment =, by =, at = }, expected)
 *                                            -> version | fail, message, "conflict", newest
 *   db:signoffs([{ report =, period =, all = }])  -> list of sign-off rows, each with
 *                                            entries_before and values_before (0: not recorded)
 *   db:audit_add({ at =, user =, address =, action =, target =, detail = }) -> true | fail, …
 *   db:audit([{ user =, limit = }])          -> list of audit rows, newest first
 *
 * Rows are built under lua_pcall while SQLite iterates (as in lua_store.c), so a memory error
 * finalizes the statement before it is raised again. */
#include <math.h>
#include <string.h>

#include "lua/args.h"
#include "lua_store.h"

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

static const args_field ENTRY_FIELDS[] = {
    {"kind", ARGS_STRING},   {"subject", ARGS_STRING},
    {"period", ARGS_STRING}, {"body", ARGS_STRING},
    {"text", ARGS_STRING},   {"status", ARGS_STRING},
    {"value", ARGS_NUMBER},  {"author", ARGS_STRING},
    {"at", ARGS_STRING},     {NULL, 0},
};
#define ENTRY_FORM                                                                                 \
    "db:save_entry({ kind =, subject =, period =, body =, text =, status =, value =, author =, "   \
    "at = }, expected_version)"

static int l_save_entry(lua_State *L)
{
    store *s = lua_store_check(L);
    args a;
    args_check_arg(&a, L, 2, 0, "db:save_entry", ENTRY_FIELDS, ENTRY_FORM);
    store_entry e = {0};
    e.kind = args_string(&a, "kind", NULL); /* the strings are held by the table */
    e.subject = args_string(&a, "subject", NULL);
    e.period = args_string(&a, "period", NULL);
    e.body = args_string(&a, "body", NULL);
    e.text = args_string(&a, "text", NULL);
    e.status = args_string(&a, "status", NULL);
    e.author = args_string(&a, "author", NULL);
    e.at = args_string(&a, "at", NULL);
    e.has_value = args_has(&a, "value");
    e.value = args_number(&a, "value", 0, -HUGE_VAL, HUGE_VAL, NULL);
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
    lua_store_set_text(L, "kind", e->kind);
    lua_store_set_text(L, "subject", e->subject);
    lua_store_set_text(L, "period", e->period);
    set_i(L, "version", e->version);
    lua_store_set_text(L, "body", e->body);
    lua_store_set_text(L, "text", e->text);
    lua_store_set_text(L, "status", e->status);
    if (e->has_value) {
        lua_pushnumber(L, e->value);
        lua_setfield(L, -2, "value");
    }
    lua_store_set_text(L, "author", e->author);
    lua_store_set_text(L, "at", e->at);
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
    static const args_field fields[] = {
        {"kind", ARGS_STRING},   {"subject", ARGS_STRING},
        {"period", ARGS_STRING}, {"body", ARGS_STRING},
        {"as_of", ARGS_STRING},  {"before", ARGS_INTEGER},
        {"all", ARGS_BOOLEAN},   {NULL, 0},
    };
    store *s = lua_store_check(L);
    args a;
    args_check_arg(&a, L, 2, 1, "db:entries options", fields,
                   "db:entries({ kind =, subject =, period =, body =, as_of =, before =, all = })");
    store_entry_filter f = {0};
    f.kind = args_string(&a, "kind", NULL);
    f.subject = args_string(&a, "subject", NULL);
    f.period = args_string(&a, "period", NULL);
    f.body = args_string(&a, "body", NULL);
    f.as_of = args_string(&a, "as_of", NULL);
    f.before_id = (int64_t)args_integer(&a, "before", 0, 0, LUA_MAXINTEGER);
    f.all_versions = args_boolean(&a, "all", 0);
    reader r;
    reader_init(&r, L, push_entry);
    char err[512];
    int rc = store_entries_each(s, &f, entry_cb, &r, err, sizeof err);
    return finish(&r, rc, err);
}

static const args_field SIGNOFF_FIELDS[] = {
    {"report", ARGS_STRING},  {"period", ARGS_STRING},
    {"body", ARGS_STRING},    {"state", ARGS_STRING},
    {"comment", ARGS_STRING}, {"by", ARGS_STRING},
    {"at", ARGS_STRING},      {NULL, 0},
};

static int l_save_signoff(lua_State *L)
{
    store *s = lua_store_check(L);
    args a;
    args_check_arg(&a, L, 2, 0, "db:save_signoff", SIGNOFF_FIELDS,
                   "db:save_signoff({ report =, period =, body =, state =, comment =, by =, at = "
                   "}, expected_version)");
    store_signoff so = {0};
    so.report = args_string(&a, "report", NULL);
    so.period = args_string(&a, "period", NULL);
    so.body = args_string(&a, "body", NULL);
    so.state = args_string(&a, "state", NULL);
    so.comment = args_string(&a, "comment", NULL);
    so.by = args_string(&a, "by", NULL);
    so.at = args_string(&a, "at", NULL);
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
    lua_createtable(L, 0, 11);
    set_i(L, "id", so->id);
    lua_store_set_text(L, "report", so->report);
    lua_store_set_text(L, "period", so->period);
    lua_store_set_text(L, "body", so->body);
    set_i(L, "version", so->version);
    lua_store_set_text(L, "state", so->state);
    lua_store_set_text(L, "comment", so->comment);
    lua_store_set_text(L, "by", so->by);
    lua_store_set_text(L, "at", so->at);
    set_i(L, "entries_before", so->entries_before);
    set_i(L, "values_before", so->values_before);
    lua_rawseti(L, 1, (lua_Integer)lua_rawlen(L, 1) + 1);
    return 0;
}

static int signoff_cb(void *ud, const store_signoff *so)
{
    return read_row(ud, so);
}

static int l_signoffs(lua_State *L)
{
    static const args_field fields[] = {
        {"report", ARGS_STRING}, {"period", ARGS_STRING}, {"all", ARGS_BOOLEAN}, {NULL, 0}};
    store *s = lua_store_check(L);
    args a;
    args_check_arg(&a, L, 2, 1, "db:signoffs options", fields,
                   "db:signoffs({ report =, period =, all = })");
    const char *report = args_string(&a, "report", NULL);
    const char *period = args_string(&a, "period", NULL);
    int all = args_boolean(&a, "all", 0);
    reader r;
    reader_init(&r, L, push_signoff);
    char err[512];
    int rc = store_signoffs_each(s, report, period, all, signoff_cb, &r, err, sizeof err);
    return finish(&r, rc, err);
}

static const args_field AUDIT_FIELDS[] = {
    {"at", ARGS_STRING},
    {"user", ARGS_STRING},
    {"address", ARGS_STRING},
    {"action", ARGS_STRING},
    {"target", ARGS_STRING},
    {"detail", ARGS_STRING},
    {NULL, 0},
};

static int l_audit_add(lua_State *L)
{
    store *s = lua_store_check(L);
    args in;
    args_check_arg(&in, L, 2, 0, "db:audit_add", AUDIT_FIELDS,
                   "db:audit_add({ at =, user =, address =, action =, target =, detail = })");
    store_audit a = {0};
    a.at = args_string(&in, "at", NULL);
    a.user = args_string(&in, "user", NULL);
    a.address = args_string(&in, "address", NULL);
    a.action = args_string(&in, "action", NULL);
    a.target = args_string(&in, "target", NULL);
    a.detail = args_string(&in, "detail", NULL);
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
    lua_store_set_text(L, "at", a->at);
    lua_store_set_text(L, "user", a->user);
    lua_store_set_text(L, "address", a->address);
    lua_store_set_text(L, "action", a->action);
    lua_store_set_text(L, "target", a->target);
    lua_store_set_text(L, "detail", a->detail);
    lua_rawseti(L, 1, (lua_Integer)lua_rawlen(L, 1) + 1);
    return 0;
}

static int audit_cb(void *ud, const store_audit *a)
{
    return read_row(ud, a);
}

static int l_audit(lua_State *L)
{
    static const args_field fields[] = {{"user", ARGS_STRING}, {"limit", ARGS_INTEGER}, {NULL, 0}};
    store *s = lua_store_check(L);
    args a;
    args_check_arg(&a, L, 2, 1, "db:audit options", fields, "db:audit({ user =, limit = })");
    const char *user = args_string(&a, "user", NULL);
    lua_Integer limit = args_integer(&a, "limit", 0, 0, 1000000); /* 0: all */
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
