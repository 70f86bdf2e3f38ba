/* styr.console and styr.clock: the engine's stdout/stderr and "now". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "time/clock.h"
#include "lua/modules.h"

static int write_to(lua_State *L, FILE *f)
{
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = luaL_checklstring(L, i, &len);
        if (fwrite(s, 1, len, f) != len)
            return luaL_error(L, "cannot write to %s", f == stdout ? "stdout" : "stderr");
    }
    return 0;
}

static int l_out(lua_State *L)
{
    return write_to(L, stdout);
}

static int l_err(lua_State *L)
{
    return write_to(L, stderr);
}

/* styr.console.isatty("stdout"|"stderr") */
static int l_isatty(lua_State *L)
{
    static const char *const names[] = {"stdout", "stderr", NULL};
    int which = luaL_checkoption(L, 1, "stdout", names);
    lua_pushboolean(L, isatty(which == 0 ? STDOUT_FILENO : STDERR_FILENO));
    return 1;
}

/* styr.console.env("STYR_…") -> value | nil: styr's own settings from the environment. Other
 * variables (tokens, paths) stay out of reach of the engine's Lua. */
static int l_env(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    if (strncmp(name, "STYR_", 5) != 0)
        return luaL_argerror(L, 1, "only STYR_ variables can be read");
    const char *v = getenv(name);
    if (v == NULL)
        return 0;
    lua_pushstring(L, v);
    return 1;
}

static const luaL_Reg console_functions[] = {
    {"env", l_env}, {"out", l_out}, {"err", l_err}, {"isatty", l_isatty}, {NULL, NULL},
};

int luaopen_styr_console(lua_State *L)
{
    luaL_newlib(L, console_functions);
    return 1;
}

/* styr.clock.now() -> "YYYY-MM-DDTHH:MM:SSZ", epoch seconds | fail, message */
static int l_now(lua_State *L)
{
    time_t t;
    char err[256], buf[32];
    if (clock_now(&t, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    clock_format(t, buf, sizeof buf);
    lua_pushstring(L, buf);
    lua_pushinteger(L, (lua_Integer)t);
    return 2;
}

/* styr.clock.parse("YYYY-MM-DD" | "YYYY-MM-DDTHH:MM:SSZ") -> epoch seconds | fail */
static int l_parse(lua_State *L)
{
    time_t t;
    if (clock_parse(luaL_checkstring(L, 1), &t) != 0) {
        luaL_pushfail(L);
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)t);
    return 1;
}

/* styr.clock.elapsed_ms() -> milliseconds on a monotonic clock (for durations only; never
 * affected by --now or by the wall clock being set) */
static int l_elapsed_ms(lua_State *L)
{
    int64_t ns = clock_monotonic_ns();
    if (ns == 0)
        return luaL_error(L, "the monotonic clock failed");
    lua_pushinteger(L, (lua_Integer)(ns / 1000000));
    return 1;
}

static const luaL_Reg clock_functions[] = {
    {"now", l_now},
    {"elapsed_ms", l_elapsed_ms},
    {"parse", l_parse},
    {NULL, NULL},
};

int luaopen_styr_clock(lua_State *L)
{
    luaL_newlib(L, clock_functions);
    return 1;
}
