/* styr.http: the HTTP client (core/http.c) for Lua.
 *
 *   local http = require "styr.http"
 *   local results = http.fetch({ { url = "https://…" }, … }, { timeout = 30, attempts = 4 })
 *
 * A script that misuses the API gets a Lua error naming the field; a network or HTTP failure is a
 * result with ok = false and an error message, never a Lua error. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "http/http.h"
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

static const char *const option_names[] = {
    "max_bytes",         "timeout",  "connect_timeout", "low_speed_limit",
    "low_speed_time",    "attempts", "backoff_ms",      "backoff_max_ms",
    "retry_after_max_s", "deadline", "max_redirects",   "per_host",
    "max_parallel",      "rate",     "quiet",           NULL};

/* The number at the top of the stack, checked to be finite and within [lo, hi] (`range` says so
 * to the user). */
static double number_field(lua_State *L, const char *name, double lo, double hi, const char *range)
{
    int isnum = 0;
    double v = (double)lua_tonumberx(L, -1, &isnum);
    if (!isnum || !isfinite(v) || v < lo || v > hi)
        luaL_error(L, "http options.%s: expected %s", name, range);
    return v;
}

static lua_Integer integer_field(lua_State *L, const char *name, lua_Integer lo, lua_Integer hi)
{
    int isint = 0;
    lua_Integer v = lua_tointegerx(L, -1, &isint);
    if (!isint || v < lo || v > hi)
        luaL_error(L, "http options.%s: expected an integer between %I and %I", name,
                   (LUAI_UACINT)lo, (LUAI_UACINT)hi);
    return v;
}

/* Reads the options table at idx (or nothing) into o; unknown fields are errors. */
static void read_options(lua_State *L, int idx, http_options *o)
{
    http_options_init(o);
    if (lua_isnoneornil(L, idx))
        return;
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: …, key, value */
        if (lua_type(L, -2) != LUA_TSTRING)
            luaL_error(L, "http options: field names must be strings");
        const char *k = lua_tostring(L, -2);
        if (strcmp(k, "max_bytes") == 0)
            o->max_bytes = (size_t)integer_field(L, k, 1, (lua_Integer)1 << 40);
        else if (strcmp(k, "timeout") == 0)
            o->timeout_ms = (long)ceil(
                number_field(L, k, 0.001, 86400, "a number of seconds from 0.001 to 86400") * 1000);
        else if (strcmp(k, "connect_timeout") == 0)
            o->connect_timeout_ms = (long)ceil(
                number_field(L, k, 0.001, 86400, "a number of seconds from 0.001 to 86400") * 1000);
        else if (strcmp(k, "low_speed_limit") == 0)
            o->low_speed_limit = (long)integer_field(L, k, 0, (lua_Integer)1 << 40);
        else if (strcmp(k, "low_speed_time") == 0)
            o->low_speed_time = (long)integer_field(L, k, 0, 86400);
        else if (strcmp(k, "attempts") == 0)
            o->attempts = (int)integer_field(L, k, 1, 100);
        else if (strcmp(k, "backoff_ms") == 0)
            o->backoff_ms = (long)integer_field(L, k, 0, 86400000);
        else if (strcmp(k, "backoff_max_ms") == 0)
            o->backoff_max_ms = (long)integer_field(L, k, 0, 86400000);
        else if (strcmp(k, "deadline") == 0)
            o->deadline_ms = (long)ceil(
                number_field(L, k, 0.001, 86400, "a number of seconds from 0.001 to 86400") * 1000);
        else if (strcmp(k, "retry_after_max_s") == 0)
            o->retry_after_max_s = (long)integer_field(L, k, 0, 86400);
        else if (strcmp(k, "max_redirects") == 0)
            o->max_redirects = (long)integer_field(L, k, 0, 50);
        else if (strcmp(k, "per_host") == 0)
            o->per_host = (long)integer_field(L, k, 1, 1000);
        else if (strcmp(k, "max_parallel") == 0)
            o->max_parallel = (long)integer_field(L, k, 1, 1000);
        else if (strcmp(k, "rate") == 0)
            o->rate = number_field(L, k, 0, 1e6, "a number of requests per second from 0 to 1e6");
        else if (strcmp(k, "quiet") == 0) {
            if (!lua_isboolean(L, -1))
                luaL_error(L, "http options.quiet: expected a boolean");
            o->quiet = lua_toboolean(L, -1);
        } else {
            luaL_Buffer b;
            luaL_buffinit(L, &b);
            for (const char *const *n = option_names; *n; n++) {
                luaL_addstring(&b, n == option_names ? "" : ", ");
                luaL_addstring(&b, *n);
            }
            luaL_pushresult(&b);
            luaL_error(L, "http options: unknown field '%s' (known: %s)", k, lua_tostring(L, -1));
        }
        lua_pop(L, 1);
    }
}

/* ---- requests -------------------------------------------------------------------------------- */

static const char *string_field(lua_State *L, int tbl, const char *name, size_t *len, lua_Integer i)
{
    int t = lua_getfield(L, tbl, name);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return NULL;
    }
    if (t != LUA_TSTRING)
        luaL_error(L, "http request %I: %s must be a string", (LUAI_UACINT)i, name);
    const char *s = lua_tolstring(L, -1, len);
    lua_pop(L, 1); /* the string stays alive in the request table */
    return s;
}

static int known_request_field(const char *k)
{
    static const char *const names[] = {"url",          "method",        "body",
                                        "content_type", "headers",       "secret_header",
                                        "etag",         "last_modified", NULL};
    for (const char *const *n = names; *n; n++)
        if (strcmp(*n, k) == 0)
            return 1;
    return 0;
}

/* Fills q from the request table at idx. Header lines are made as Lua strings kept in the anchor
 * table at `anchor`, their array as a userdata kept there too. */
static void read_request(lua_State *L, int idx, lua_Integer i, http_request *q, int anchor)
{
    if (!lua_istable(L, idx))
        luaL_error(L, "http request %I: expected { url = string, method = \"GET\"|\"POST\", … }",
                   (LUAI_UACINT)i);
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: …, key, value */
        if (lua_type(L, -2) != LUA_TSTRING || !known_request_field(lua_tostring(L, -2)))
            luaL_error(L,
                       "http request %I: unknown field '%s' (known: url, method, body, "
                       "content_type, headers, secret_header, etag, last_modified)",
                       (LUAI_UACINT)i, luaL_tolstring(L, -2, NULL));
        lua_pop(L, 1);
    }
    memset(q, 0, sizeof *q);
    q->url = string_field(L, idx, "url", NULL, i);
    if (q->url == NULL)
        luaL_error(L, "http request %I: url is missing", (LUAI_UACINT)i);
    q->method = string_field(L, idx, "method", NULL, i);
    if (q->method && strcmp(q->method, "GET") != 0 && strcmp(q->method, "POST") != 0)
        luaL_error(L, "http request %I: method must be \"GET\" or \"POST\"", (LUAI_UACINT)i);
    q->body = string_field(L, idx, "body", &q->body_len, i);
    q->content_type = string_field(L, idx, "content_type", NULL, i);
    if ((q->body || q->content_type) && (q->method == NULL || strcmp(q->method, "POST") != 0))
        luaL_error(L, "http request %I: body and content_type need method = \"POST\"",
                   (LUAI_UACINT)i);
    q->etag = string_field(L, idx, "etag", NULL, i);
    q->last_modified = string_field(L, idx, "last_modified", NULL, i);

    int t = lua_getfield(L, idx, "secret_header"); /* stack: …, secret */
    if (t == LUA_TTABLE) {
        lua_getfield(L, -1, "name");
        lua_getfield(L, -2, "env");
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L,
                       "http request %I: expected secret_header = { name = string, env = "
                       "string }",
                       (LUAI_UACINT)i);
        q->secret_header = lua_tostring(L, -2);
        q->secret_env = lua_tostring(L, -1);
        if (*q->secret_header == '\0' ||
            strcspn(q->secret_header, ": \t\r\n") != strlen(q->secret_header))
            luaL_error(L, "http request %I: secret_header.name must be a header name",
                       (LUAI_UACINT)i);
        lua_pop(L, 2); /* the strings stay alive in the secret_header table */
    } else if (t != LUA_TNIL) {
        luaL_error(L, "http request %I: expected secret_header = { name = string, env = string }",
                   (LUAI_UACINT)i);
    }
    lua_pop(L, 1);

    t = lua_getfield(L, idx, "headers"); /* stack: …, headers */
    if (t == LUA_TTABLE) {
        size_t n = 0;
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            n++;
            lua_pop(L, 1);
        }
        if (n > 1000)
            luaL_error(L, "http request %I: too many headers", (LUAI_UACINT)i);
        const char **lines = lua_newuserdatauv(L, sizeof *lines * (n ? n : 1), 0);
        lua_rawseti(L, anchor, luaL_len(L, anchor) + 1);
        size_t k = 0;
        lua_pushnil(L);                /* stack: …, headers, key */
        while (lua_next(L, -2) != 0) { /* stack: …, headers, key, value */
            if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
                luaL_error(L, "http request %I: expected headers = { [\"Name\"] = \"value\", … }",
                           (LUAI_UACINT)i);
            const char *name = lua_tostring(L, -2), *value = lua_tostring(L, -1);
            if (*name == '\0' || strcspn(name, ": \t\r\n") != strlen(name) ||
                strpbrk(value, "\r\n") != NULL)
                luaL_error(L, "http request %I: header '%s' is not a valid name: value pair",
                           (LUAI_UACINT)i, name);
            lua_pushfstring(L, "%s: %s", name, value);
            lines[k++] = lua_tostring(L, -1);
            lua_rawseti(L, anchor, luaL_len(L, anchor) + 1);
            lua_pop(L, 1);
        }
        q->headers = lines;
        q->n_headers = k;
    } else if (t != LUA_TNIL) {
        luaL_error(L, "http request %I: expected headers = { [\"Name\"] = \"value\", … }",
                   (LUAI_UACINT)i);
    }
    lua_pop(L, 1);
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
