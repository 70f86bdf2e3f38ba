/* styr_core: the engine as a Lua C module, so that busted specs running in a plain Lua 5.4
 * interpreter exercise the same C code and embedded scripts as the styr binary.
 *
 *   package.cpath = "build/?.so;" .. package.cpath
 *   require "styr_core"          -- makes require "styr.store", "styr.model", … work
 */
#include <lauxlib.h>
#include <lua.h>

#include "lua/modules.h"
#include "version.h"

int luaopen_styr_core(lua_State *L)
{
    modules_init(L, NULL);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
    modules_fill_preload(L, -1);
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushliteral(L, STYR_VERSION);
    lua_setfield(L, -2, "version");
    return 1;
}
