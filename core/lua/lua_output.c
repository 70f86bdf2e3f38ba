/* styr.output: atomic, confined writing of report files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/output.h"
#include "lua/args.h"
#include "lua/modules.h"

static const args_field file_fields[] = {
    {"name", ARGS_STRING}, /* a plain file name inside dir */
    {"data", ARGS_STRING}, /* the bytes to write */
    {NULL, 0},
};

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
        char what[64];
        snprintf(what, sizeof what, "output.write_all file %d", (int)i);
        args a;
        args_check_table(&a, L, -1, what, file_fields);
        size_t nlen = 0, dlen = 0;
        /* Strings only (a number converted would live only in a stack slot, and could be
         * collected before it is written); the table holds them. */
        const char *name = args_string(&a, "name", &nlen);
        const char *data = args_string(&a, "data", &dlen);
        if (name == NULL || data == NULL)
            return luaL_error(L, "%s: expected { name = string, data = string }", what);
        if (!output_name_ok(name, nlen)) {
            luaL_pushfail(L);
            lua_pushfstring(L,
                            "%s: refusing output file name '%s' (it must be a plain file name "
                            "inside the output folder)",
                            dir, name);
            return 2;
        }
        files[i - 1] = (output_file){name, data, dlen};
        lua_pop(L, 1); /* the strings stay alive in the argument table */
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
