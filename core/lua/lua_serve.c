/* styr.serve: the web server of `styr serve` (core/serve/server.h) as "styr.Server" handles.
 *
 *   local srv = serve.listen{ address = "127.0.0.1", port = 0, max_body = 1048576,
 *                             max_connections = 64, timeout = 30 }
 *   srv:port()                        -- the port bound (port 0 asks for a free one)
 *   srv:step(handler, ms, on_error)   -- serve what arrives within ms milliseconds
 *   srv:quiesce() / srv:connections() / srv:close()
 *   serve.random(n)                   -- n random bytes from the kernel, as 2n hex digits
 *
 * handler(req) gets { method =, path =, client =, headers = { [lower-case name] = value },
 * repeated = { [lower-case name] = true } (the headers sent more than once, whose values headers
 * joins with ", "), query = { [name] = value }, body = } and returns status, { [header] = value },
 * body. Each call goes through styr_pcall; a failure answers 500 and hands the message to
 * on_error. */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "lua/args.h"
#include "lua/host_state.h"
#include "lua/modules.h"
#include "serve/server.h"

#define SERVER_MT "styr.Server"

typedef struct lserver {
    serve_server *srv;     /* NULL once closed */
    lua_State *L;          /* the state of the running step, for the callbacks */
    int handler, on_error; /* stack indexes of the running step's functions */
    int top;               /* the stack's height before a request, put back by done */
} lserver;

static lserver *checkserver(lua_State *L)
{
    lserver *s = luaL_checkudata(L, 1, SERVER_MT);
    if (s->srv == NULL)
        luaL_error(L, "attempt to use a closed styr.Server");
    return s;
}

static const args_field listen_options[] = {
    {"address", ARGS_STRING},   /* default 127.0.0.1 */
    {"port", ARGS_INTEGER},     /* 0: any free port */
    {"max_body", ARGS_INTEGER}, /* bytes of a request body */
    {"max_connections", ARGS_INTEGER},
    {"timeout", ARGS_INTEGER}, /* seconds a connection may stay idle */
    {NULL, 0},
};

/* serve.listen(opts) -> Server | fail, message */
static int l_listen(lua_State *L)
{
    args a;
    args_check_arg(&a, L, 1, 0, "serve.listen options", listen_options, NULL);
    serve_options o = {0};
    o.address = args_string(&a, "address", NULL); /* held by the options table */
    if (o.address == NULL)
        o.address = "127.0.0.1";
    o.port = (int)args_integer(&a, "port", 0, 0, 65535);
    o.max_body = (size_t)args_integer(&a, "max_body", (lua_Integer)SERVE_DEFAULT_MAX_BODY, 1,
                                      (lua_Integer)1 << 30);
    o.max_connections =
        (int)args_integer(&a, "max_connections", SERVE_DEFAULT_MAX_CONNECTIONS, 1, 10000);
    o.timeout_s = (int)args_integer(&a, "timeout", SERVE_DEFAULT_TIMEOUT_S, 1, 3600);
    /* The handle exists (closed) before the socket, so a memory error leaks no socket. */
    lserver *s = lua_newuserdatauv(L, sizeof *s, 0);
    memset(s, 0, sizeof *s);
    luaL_setmetatable(L, SERVER_MT);
    char err[512];
    if (serve_start(&o, &s->srv, err, sizeof err) != SERVE_OK) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    return 1;
}

static int l_port(lua_State *L)
{
    lua_pushinteger(L, serve_port(checkserver(L)->srv));
    return 1;
}

/* Pushes the request table. */
static void push_request(lua_State *L, const serve_request *req)
{
    lua_createtable(L, 0, 8);
    lua_pushstring(L, req->method);
    lua_setfield(L, -2, "method");
    lua_pushstring(L, req->path);
    lua_setfield(L, -2, "path");
    lua_pushstring(L, req->client);
    lua_setfield(L, -2, "client");
    lua_pushlstring(L, req->body, req->body_len);
    lua_setfield(L, -2, "body");
    /* Header names are case-insensitive: lower-case keys; a repeated header joins with ", " and
     * is named in repeated (a trusted proxy sends its identity headers once). */
    lua_createtable(L, 0, 0);
    lua_createtable(L, 0, (int)req->n_headers); /* stack: req, repeated, headers */
    for (size_t i = 0; i < req->n_headers; i++) {
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        for (const char *p = req->headers[i].name; *p; p++)
            luaL_addchar(&b, (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : *p);
        luaL_pushresult(&b); /* stack: req, repeated, headers, name */
        lua_pushvalue(L, -1);
        if (lua_rawget(L, -3) == LUA_TSTRING) {
            lua_pushvalue(L, -2);
            lua_pushboolean(L, 1);
            lua_rawset(L, -6); /* repeated[name] = true */
            lua_pushliteral(L, ", ");
            lua_pushstring(L, req->headers[i].value);
            lua_concat(L, 3);
        } else {
            lua_pop(L, 1);
            lua_pushstring(L, req->headers[i].value);
        }
        lua_rawset(L, -3);
    }
    lua_setfield(L, -3, "headers");
    lua_setfield(L, -2, "repeated");
    /* The first of a repeated query argument counts. */
    lua_createtable(L, 0, (int)req->n_args);
    for (size_t i = 0; i < req->n_args; i++) {
        if (lua_getfield(L, -1, req->args[i].name) == LUA_TNIL) {
            lua_pushstring(L, req->args[i].value);
            lua_setfield(L, -3, req->args[i].name);
        }
        lua_pop(L, 1);
    }
    lua_setfield(L, -2, "query");
}

/* Reports a failed handler to on_error (its own failure is dropped: the answer is 500). */
static void report_error(lserver *s)
{
    lua_State *L = s->L;
    if (lua_isfunction(L, s->on_error)) {
        lua_pushvalue(L, s->on_error);
        lua_insert(L, -2);
        if (styr_pcall(L, 1, 0, "styr serve: on_error") != LUA_OK)
            lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
    }
}

/* Calls the Lua handler; leaves its answer on the stack until on_done pops it. */
static int on_request(void *ud, const serve_request *req, serve_response *res)
{
    lserver *s = ud;
    lua_State *L = s->L;
    s->top = lua_gettop(L);
    lua_pushvalue(L, s->handler);
    push_request(L, req);
    if (styr_pcall(L, 1, 3, "styr serve: request") != LUA_OK) {
        report_error(s);
        lua_settop(L, s->top);
        return -1;
    }
    /* stack: status, headers, body */
    int isnum;
    lua_Integer status = lua_tointegerx(L, -3, &isnum);
    if (!isnum || status < 100 || status > 599 || !lua_istable(L, -2) ||
        lua_type(L, -1) != LUA_TSTRING) {
        lua_pushfstring(L, "styr serve: the handler for %s %s returned no (status, headers, body)",
                        req->method, req->path);
        report_error(s);
        lua_settop(L, s->top);
        return -1;
    }
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, -3) != 0) {
        lua_pop(L, 1);
        n++;
    }
    serve_pair *pairs = lua_newuserdatauv(L, (n ? n : 1) * sizeof *pairs, 0);
    /* stack: status, headers, body, pairs */
    size_t i = 0;
    lua_pushnil(L);
    while (lua_next(L, -4) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
            lua_settop(L, s->top);
            lua_pushstring(L, "styr serve: response headers must be strings");
            report_error(s);
            lua_settop(L, s->top);
            return -1;
        }
        pairs[i].name = lua_tostring(L, -2); /* anchored in the headers table */
        pairs[i].value = lua_tostring(L, -1);
        i++;
        lua_pop(L, 1);
    }
    res->status = (int)status;
    res->headers = pairs;
    res->n_headers = i;
    res->body = lua_tolstring(L, -2, &res->body_len);
    return 0;
}

static void on_done(void *ud)
{
    lserver *s = ud;
    lua_settop(s->L, s->top);
}

/* srv:step(handler, timeout_ms [, on_error]) -> true | fail, message */
static int l_step(lua_State *L)
{
    lserver *s = checkserver(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_Integer ms = luaL_checkinteger(L, 3);
    luaL_argcheck(L, ms >= 0 && ms <= 60000, 3, "timeout must be 0 to 60000 ms");
    if (!lua_isnoneornil(L, 4))
        luaL_checktype(L, 4, LUA_TFUNCTION);
    lua_settop(L, 4);
    s->L = L;
    s->handler = 2;
    s->on_error = 4;
    /* The handler is known to C for this step only: no Lua value outlives the call. */
    char err[256];
    int rc = serve_step(s->srv, (int)ms, on_request, on_done, s, err, sizeof err);
    s->L = NULL;
    if (rc != SERVE_OK) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

static int l_quiesce(lua_State *L)
{
    serve_quiesce(checkserver(L)->srv);
    return 0;
}

static int l_connections(lua_State *L)
{
    lua_pushinteger(L, serve_connections(checkserver(L)->srv));
    return 1;
}

static int l_close(lua_State *L)
{
    lserver *s = luaL_checkudata(L, 1, SERVER_MT);
    serve_stop(s->srv);
    s->srv = NULL;
    return 0;
}

static int l_tostring(lua_State *L)
{
    lserver *s = luaL_checkudata(L, 1, SERVER_MT);
    if (s->srv)
        lua_pushfstring(L, "styr.Server (port %d)", serve_port(s->srv));
    else
        lua_pushliteral(L, "styr.Server (closed)");
    return 1;
}

/* serve.random(n) -> 2n hex digits | fail, message */
static int l_random(lua_State *L)
{
    lua_Integer n = luaL_checkinteger(L, 1);
    luaL_argcheck(L, n >= 1 && n <= 256, 1, "1 to 256 bytes");
    unsigned char buf[256];
    char err[128], hex[513];
    if (serve_random(buf, (size_t)n, err, sizeof err) != SERVE_OK) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    static const char digits[] = "0123456789abcdef";
    for (lua_Integer i = 0; i < n; i++) {
        hex[2 * i] = digits[buf[i] >> 4];
        hex[2 * i + 1] = digits[buf[i] & 15];
    }
    lua_pushlstring(L, hex, (size_t)(2 * n));
    return 1;
}

static const luaL_Reg methods[] = {
    {"port", l_port},   {"step", l_step}, {"quiesce", l_quiesce}, {"connections", l_connections},
    {"close", l_close}, {NULL, NULL},
};

static const luaL_Reg metamethods[] = {
    {"__gc", l_close}, {"__close", l_close}, {"__tostring", l_tostring},
    {"__index", NULL}, {NULL, NULL},
};

static const luaL_Reg functions[] = {
    {"listen", l_listen},
    {"random", l_random},
    {NULL, NULL},
};

int luaopen_styr_serve(lua_State *L)
{
    luaL_newmetatable(L, SERVER_MT);
    luaL_setfuncs(L, metamethods, 0);
    luaL_newlibtable(L, methods);
    luaL_setfuncs(L, methods, 0);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    return 1;
}
