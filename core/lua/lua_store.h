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

/* The methods of lua_store_compute.c (compute's freshness check, the report's rows for a few
 * areas), likewise. */
extern const luaL_Reg lua_store_compute_methods[];

/* Sets t[k] = v on the table on top of the stack, unless v is NULL. */
void lua_store_set_text(lua_State *L, const char *k, const char *v);
/* Sets a row's place and value on the table on top of the stack: area, gender, period_kind, period,
 * value, text, status, note and vintage (shared by db:latest and db:latest_values). */
void lua_store_set_value_fields(lua_State *L, const store_row *r);

/* Reads rows with each(s, arg, cb, ud, err, errlen) into a list of row tables (a memory error
 * mid-way finalizes the statement, then is raised): returns 1 with the list on top, or 3 (fail,
 * message, kind) when the store failed. push builds and appends one row table from (list, row
 * as a light userdata holding a store_row, NULL); NULL pushes the rows db:latest gives. */
typedef int (*lua_store_rows_fn)(store *s, void *arg, store_row_cb cb, void *ud, char *err,
                                 size_t errlen);
int lua_store_collect_rows(lua_State *L, store *s, lua_store_rows_fn each, void *arg,
                           lua_CFunction push);
/* The same into a table whose array holds `columns` new tables first (t[1] … t[columns]), for a
 * push that fills columns instead of appending row tables. */
int lua_store_collect_rows_into(lua_State *L, store *s, lua_store_rows_fn each, void *arg,
                                lua_CFunction push, int columns);

#endif
