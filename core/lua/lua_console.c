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

/* styr.console.isatty("stdout"|"stderr"|"stdin") */
static int l_isatty(lua_State *L)
{
    static const char *const names[] = {"stdout", "stderr", "stdin", NULL};
    static const int fds[] = {STDOUT_FILENO, STDERR_FILENO, STDIN_FILENO};
    int which = luaL_checkoption(L, 1, "stdout", names);
    lua_pushboolean(L, isatty(fds[which]));
    return 1;
}

/* styr.console.read_line() -> the next line of standard input without its line end, or nil at the
 * end of input (or a read error). A line longer than 4 KiB is cut there; the rest is read as the
 * next line. For answers to questions on a terminal. */
static int l_read_line(lua_State *L)
{
    char buf[4096];
    if (fflush(stdout) != 0 || fgets(buf, sizeof buf, stdin) == NULL)
        return 0;
    size_t n = strlen(buf);
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        n--;
    lua_pushlstring(L, buf, n);
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
    {"env", l_env},
    {"out", l_out},
    {"err", l_err},
    {"isatty", l_isatty},
    {"read_line", l_read_line},
    {NULL, NULL},
};

int luaopen_styr_console(lua_State *L)
{
    luaL_newlib(L, console_functions);
    lua_pushliteral(L, LUA_RELEASE); /* the Lua styr is linked with, for styr doctor */
    lua_setfield(L, -2, "lua_release");
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
