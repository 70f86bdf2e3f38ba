/* styr.output: atomic, confined writing of report files. */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "lua/modules.h"
#include "formats/output.h"

/* styr.output.write_all(dir, { { name = "x.html", data = "…" }, … }) -> true | fail, message */
static int l_write_all(lua_State *L)
{
    const char *dir = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 2);
    if (n < 0 || n > 10000)
        return luaL_argerror(L, 2, "too many files");
    output_file *files = lua_newuserdatauv(L, sizeof *files * (size_t)(n ? n : 1), 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, 2, i);
        if (!lua_istable(L, -1))
            return luaL_error(L, "expected { name = string, data = string } as file %d", (int)i);
        lua_getfield(L, -1, "name");
        lua_getfield(L, -2, "data");
        size_t nlen = 0, dlen = 0;
        /* Strings only: a number converted here would live only in the stack slot popped below,
         * and could be collected before it is written. */
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
            return luaL_error(L, "expected { name = string, data = string } as file %d", (int)i);
        const char *name = lua_tolstring(L, -2, &nlen);
        const char *data = lua_tolstring(L, -1, &dlen);
        if (!output_name_ok(name, nlen)) {
            luaL_pushfail(L);
            lua_pushfstring(L,
                            "%s: refusing output file name '%s' (it must be a plain file name "
                            "inside the output folder)",
                            dir, name);
            return 2;
        }
        files[i - 1] = (output_file){name, data, dlen};
        lua_pop(L, 3); /* the strings stay alive in the argument table */
    }
    char err[1024];
    if (output_write_all(dir, files, (size_t)n, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

static const luaL_Reg functions[] = {
    {"write_all", l_write_all},
    {NULL, NULL},
};

int luaopen_styr_output(lua_State *L)
{
    luaL_newlib(L, functions);
    return 1;
}
