/* styr.http: the HTTP client (core/http/) for Lua.
 *
 *   local http = require "styr.http"
 *   local results = http.fetch({ { url = "https://…" }, … }, { timeout = 30, attempts = 4 })
 *
 * A script that misuses the API gets a Lua error naming the field; a network or HTTP failure is a
 * result with ok = false and an error message, never a Lua error. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "http/http.h"
#include "lua/args.h"
#include "lua/modules.h"

#define RESULTS_MT "styr.HttpResults"
#define MAX_REQUESTS 100000

/* The C results of one fetch, owned by a userdata so that a memory error while they are turned
 * into Lua tables still frees them (__gc). */
typedef struct lresults {
    size_t n;
    http_result r[];
} lresults;

static int results_gc(lua_State *L)
{
    lresults *lr = luaL_checkudata(L, 1, RESULTS_MT);
    for (size_t i = 0; i < lr->n; i++)
        http_result_free(&lr->r[i]);
    lr->n = 0;
    return 0;
}

/* ---- options --------------------------------------------------------------------------------- */

static const args_field fetch_options[] = {
    {"max_bytes", ARGS_INTEGER},      {"timeout", ARGS_NUMBER},
    {"connect_timeout", ARGS_NUMBER}, {"low_speed_limit", ARGS_INTEGER},
    {"low_speed_time", ARGS_INTEGER}, {"attempts", ARGS_INTEGER},
    {"backoff_ms", ARGS_INTEGER},     {"backoff_max_ms", ARGS_INTEGER},
    {"deadline", ARGS_NUMBER},        {"retry_after_max_s", ARGS_INTEGER},
    {"max_redirects", ARGS_INTEGER},  {"per_host", ARGS_INTEGER},
    {"max_parallel", ARGS_INTEGER},   {"rate", ARGS_NUMBER},
    {"quiet", ARGS_BOOLEAN},          {NULL, 0},
};

/* Seconds as whole milliseconds, rounded up; def_ms when the option is absent. */
static long seconds_ms(const args *a, const char *key, long def_ms)
{
    if (!args_has(a, key))
        return def_ms;
    return (long)ceil(args_number(a, key, 0, 0.001, 86400, "a number of seconds") * 1000);
}

/* Reads the options table at idx (or nothing) into o; unknown fields are errors. */
static void read_options(lua_State *L, int idx, http_options *o)
{
    http_options_init(o);
    args a;
    args_check_arg(&a, L, idx, 1, "http.fetch options", fetch_options, NULL);
    o->max_bytes =
        (size_t)args_integer(&a, "max_bytes", (lua_Integer)o->max_bytes, 1, (lua_Integer)1 << 40);
    o->timeout_ms = seconds_ms(&a, "timeout", o->timeout_ms);
    o->connect_timeout_ms = seconds_ms(&a, "connect_timeout", o->connect_timeout_ms);
    o->low_speed_limit =
        (long)args_integer(&a, "low_speed_limit", o->low_speed_limit, 0, (lua_Integer)1 << 40);
    o->low_speed_time = (long)args_integer(&a, "low_speed_time", o->low_speed_time, 0, 86400);
    o->attempts = (int)args_integer(&a, "attempts", o->attempts, 1, 100);
    o->backoff_ms = (long)args_integer(&a, "backoff_ms", o->backoff_ms, 0, 86400000);
    o->backoff_max_ms = (long)args_integer(&a, "backoff_max_ms", o->backoff_max_ms, 0, 86400000);
    o->deadline_ms = seconds_ms(&a, "deadline", o->deadline_ms);
    o->retry_after_max_s =
        (long)args_integer(&a, "retry_after_max_s", o->retry_after_max_s, 0, 86400);
    o->max_redirects = (long)args_integer(&a, "max_redirects", o->max_redirects, 0, 50);
    o->per_host = (long)args_integer(&a, "per_host", o->per_host, 1, 1000);
    o->max_parallel = (long)args_integer(&a, "max_parallel", o->max_parallel, 1, 1000);
    o->rate = args_number(&a, "rate", o->rate, 0, 1e6, "a number of requests per second");
    o->quiet = args_boolean(&a, "quiet", o->quiet);
}

/* ---- requests -------------------------------------------------------------------------------- */

static const args_field request_fields[] = {
    {"url", ARGS_STRING},          {"method", ARGS_STRING},        {"body", ARGS_STRING},
    {"content_type", ARGS_STRING}, {"headers", ARGS_TABLE},        {"secret_header", ARGS_TABLE},
    {"etag", ARGS_STRING},         {"last_modified", ARGS_STRING}, {NULL, 0},
};

static const args_field secret_fields[] = {
    {"name", ARGS_STRING}, /* the header's name */
    {"env", ARGS_STRING},  /* the environment variable that holds its value */
    {NULL, 0},
};

/* Fills q from the request table at idx. Header lines are made as Lua strings kept in the anchor
 * table at `anchor`, their array as a userdata kept there too. */
static void read_request(lua_State *L, int idx, lua_Integer i, http_request *q, int anchor)
{
    char what[64];
    snprintf(what, sizeof what, "http.fetch request %lld", (long long)i);
    if (!lua_istable(L, idx))
        luaL_error(L, "%s: expected { url = string, method = \"GET\"|\"POST\", … }", what);
    args a;
    args_check_table(&a, L, idx, what, request_fields);
    memset(q, 0, sizeof *q);
    q->url = args_string(&a, "url", NULL); /* the strings stay alive in the request table */
    if (q->url == NULL)
        luaL_error(L, "%s: url is missing", what);
    q->method = args_string(&a, "method", NULL);
    if (q->method && strcmp(q->method, "GET") != 0 && strcmp(q->method, "POST") != 0)
        args_field_error(&a, "method", "\"GET\" or \"POST\"");
    q->body = args_string(&a, "body", &q->body_len);
    q->content_type = args_string(&a, "content_type", NULL);
    if ((q->body || q->content_type) && (q->method == NULL || strcmp(q->method, "POST") != 0))
        luaL_error(L, "%s: body and content_type need method = \"POST\"", what);
    q->etag = args_string(&a, "etag", NULL);
    q->last_modified = args_string(&a, "last_modified", NULL);

    if (args_has(&a, "secret_header")) {
        char swhat[96];
        snprintf(swhat, sizeof swhat, "%s secret_header", what);
        lua_getfield(L, idx, "secret_header"); /* stack: …, secret */
        args sa;
        args_check_table(&sa, L, -1, swhat, secret_fields);
        q->secret_header = args_string(&sa, "name", NULL);
        q->secret_env = args_string(&sa, "env", NULL);
        if (q->secret_header == NULL || q->secret_env == NULL)
            luaL_error(L, "%s: expected secret_header = { name = string, env = string }", what);
        if (*q->secret_header == '\0' ||
            strcspn(q->secret_header, ": \t\r\n") != strlen(q->secret_header))
            luaL_error(L, "%s: secret_header.name must be a header name", what);
        lua_pop(L, 1); /* the strings stay alive in the secret_header table */
    }

    if (args_has(&a, "headers")) {
        lua_getfield(L, idx, "headers"); /* stack: …, headers */
        size_t n = 0;
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            n++;
            lua_pop(L, 1);
        }
        if (n > 1000)
            luaL_error(L, "%s: too many headers", what);
        const char **lines = lua_newuserdatauv(L, sizeof *lines * (n ? n : 1), 0);
        lua_rawseti(L, anchor, luaL_len(L, anchor) + 1);
        size_t k = 0;
        lua_pushnil(L);                /* stack: …, headers, key */
        while (lua_next(L, -2) != 0) { /* stack: …, headers, key, value */
            if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
                luaL_error(L, "%s: expected headers = { [\"Name\"] = \"value\", … }", what);
            const char *name = lua_tostring(L, -2), *value = lua_tostring(L, -1);
            if (*name == '\0' || strcspn(name, ": \t\r\n") != strlen(name) ||
                strpbrk(value, "\r\n") != NULL)
                luaL_error(L, "%s: header '%s' is not a valid name: value pair", what, name);
            lua_pushfstring(L, "%s: %s", name, value);
            lines[k++] = lua_tostring(L, -1);
            lua_rawseti(L, anchor, luaL_len(L, anchor) + 1);
            lua_pop(L, 1);
        }
        q->headers = lines;
        q->n_headers = k;
        lua_pop(L, 1);
    }
}

/* ---- results --------------------------------------------------------------------------------- */

static void set_string(lua_State *L, const char *field, const char *s)
{
    if (s) {
        lua_pushstring(L, s);
        lua_setfield(L, -2, field);
    }
}

/* Pushes one result table. */
static void push_result(lua_State *L, const http_result *r)
{
    lua_createtable(L, 0, 11);
    lua_pushboolean(L, r->ok);
    lua_setfield(L, -2, "ok");
    lua_pushinteger(L, r->status);
    lua_setfield(L, -2, "status");
    lua_pushboolean(L, r->not_modified);
    lua_setfield(L, -2, "not_modified");
    lua_pushinteger(L, r->attempts);
    lua_setfield(L, -2, "attempts");
    if (r->body) {
        lua_pushlstring(L, r->body, r->len);
        lua_setfield(L, -2, "body");
    }
    lua_pushinteger(L, (lua_Integer)r->len);
    lua_setfield(L, -2, "bytes");
    set_string(L, "etag", r->etag);
    set_string(L, "last_modified", r->last_modified);
    set_string(L, "content_type", r->content_type);
    set_string(L, "url", r->url);
    if (!r->ok)
        set_string(L, "error", r->error);
}

/* styr.http.fetch(requests, options) -> { result, … } | fail, message
 * One result per request, in order: { ok, status, body, bytes, etag, last_modified, not_modified,
 * attempts, content_type, url, error }. Fails (nil, message) only when curl cannot be set up. */
static int l_fetch(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    http_options o;
    read_options(L, 2, &o);
    lua_settop(L, 2);
    lua_Integer n = luaL_len(L, 1);
    if (n < 0 || n > MAX_REQUESTS)
        return luaL_argerror(L, 1, "too many requests");
    lua_newtable(L); /* 3: anchor for header lines */
    http_request *reqs = lua_newuserdatauv(L, sizeof *reqs * (size_t)(n ? n : 1), 0); /* 4 */
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, 1, i); /* the request table, kept alive by the argument */
        read_request(L, lua_gettop(L), i, &reqs[i - 1], 3);
        lua_pop(L, 1);
    }
    lresults *lr = lua_newuserdatauv(L, sizeof *lr + sizeof(http_result) * (size_t)n, 0); /* 5 */
    lr->n = 0;
    luaL_setmetatable(L, RESULTS_MT);
    char err[512];
    if (http_fetch(reqs, (size_t)n, &o, lr->r, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lr->n = (size_t)n; /* from here on __gc frees them */
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        push_result(L, &lr->r[i - 1]);
        lua_rawseti(L, -2, i);
    }
    for (size_t i = 0; i < lr->n; i++)
        http_result_free(&lr->r[i]);
    lr->n = 0;
    return 1;
}

/* styr.http.redact_url(url) -> the URL with passwords and secret-looking query values as *** */
static int l_redact_url(lua_State *L)
{
    size_t len;
    const char *url = luaL_checklstring(L, 1, &len);
    luaL_Buffer b;
    size_t cap = 2 * len + 16; /* "k=&" grows to "k=***&": never more than twice */
    char *out = luaL_buffinitsize(L, &b, cap);
    size_t n = http_redact_url(url, out, cap);
    luaL_pushresultsize(&b, n);
    return 1;
}

static const luaL_Reg functions[] = {
    {"fetch", l_fetch},
    {"redact_url", l_redact_url},
    {NULL, NULL},
};

int luaopen_styr_http(lua_State *L)
{
    if (luaL_newmetatable(L, RESULTS_MT)) {
        lua_pushcfunction(L, results_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    lua_pushstring(L, http_user_agent());
    lua_setfield(L, -2, "user_agent");
    return 1;
}
