/* Inside the styr.store binding (not a public face): what lua_store.c shares with
 * lua_store_entries.c (styr serve's entries, sign-off and audit log) and lua_store_snapshots.c. */
#ifndef STYR_LUA_STORE_H
#define STYR_LUA_STORE_H

#include <lauxlib.h>
#include <lua.h>

#include "store/store.h"

/* The open store of the "styr.Store" handle at argument 1; a closed handle raises an error. */
store *lua_store_check(lua_State *L);

/* The methods of lua_store_entries.c, added to the handle's methods. */
extern const luaL_Reg lua_store_entry_methods[];

/* The methods of lua_store_snapshots.c (configuration snapshots, what a run was), likewise. */
extern const luaL_Reg lua_store_snapshot_methods[];

#endif
