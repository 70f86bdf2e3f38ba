/* styr.output: atomic, confined writing of report files. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "lua/modules.h"
#include "formats/output.h"

/* Reads the list of files at index arg into a userdata array it pushes; *n gets its length.
 * Returns the array, or NULL with fail, message pushed (a name that is not a plain file name). */
static output_file *check_files(lua_State *L, int arg, const char *dir, size_t *count)
{
    luaL_checktype(L, arg, LUA_TTABLE);
    lua_Integer n = luaL_len(L, arg);
    if (n < 0 || n > 10000)
        luaL_argerror(L, arg, "too many files");
    output_file *files = lua_newuserdatauv(L, sizeof *files * (size_t)(n ? n : 1), 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, arg, i);
        if (!lua_istable(L, -1))
            luaL_error(L, "expected { name = string, data = string } as file %d", (int)i);
        lua_getfield(L, -1, "name");
        lua_getfield(L, -2, "data");
        size_t nlen = 0, dlen = 0;
        /* Strings only: a number converted here would live only in the stack slot popped below,
         * and could be collected before it is written. */
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "expected { name = string, data = string } as file %d", (int)i);
        const char *name = lua_tolstring(L, -2, &nlen);
        const char *data = lua_tolstring(L, -1, &dlen);
        if (!output_name_ok(name, nlen)) {
            luaL_pushfail(L);
            lua_pushfstring(L,
                            "%s: refusing output file name '%s' (it must be a plain file name "
                            "inside the output folder)",
                            dir, name);
            return NULL;
        }
        files[i - 1] = (output_file){name, data, dlen};
        lua_pop(L, 3); /* the strings stay alive in the argument table */
    }
    *count = (size_t)n;
    return files;
}

/* styr.output.write_all(dir, { { name = "x.html", data = "…" }, … }) -> true | fail, message */
static int l_write_all(lua_State *L)
{
    const char *dir = luaL_checkstring(L, 1);
    size_t n;
    output_file *files = check_files(L, 2, dir, &n);
    if (files == NULL)
        return 2;
    char err[1024];
    if (output_write_all(dir, files, n, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

/* styr.output.write_inside(root, folder, files) -> true | fail, message
 * write_all into folder (relative to root), which must stay inside root: a '..' or a symbolic
 * link that leads out of root is refused (a configuration's report job writing into a link to
 * elsewhere). */
static int l_write_inside(lua_State *L)
{
    const char *root = luaL_checkstring(L, 1);
    const char *rel = luaL_checkstring(L, 2);
    lua_pushfstring(L, "%s/%s", root, rel);
    const char *dir = lua_tostring(L, -1); /* kept on the stack for the messages */
    size_t n;
    output_file *files = check_files(L, 3, dir, &n);
    if (files == NULL)
        return 2;
    char err[1024];
    int dfd = output_open_inside(root, rel, err, sizeof err);
    if (dfd < 0 || output_write_at(dfd, dir, files, n, err, sizeof err) != 0) {
        if (dfd >= 0)
            close(dfd);
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    close(dfd);
    lua_pushboolean(L, 1);
    return 1;
}

static const luaL_Reg functions[] = {
    {"write_all", l_write_all},
    {"write_inside", l_write_inside},
    {NULL, NULL},
};

int luaopen_styr_output(lua_State *L)
{
    luaL_newlib(L, functions);
    return 1;
}
