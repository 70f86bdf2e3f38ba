/* json.records (lua_json_records.c), registered by styr.json (lua_json.c). */
#ifndef STYR_LUA_JSON_RECORDS_H
#define STYR_LUA_JSON_RECORDS_H

#include <lua.h>

/* json.records(text, path, fields [, opts]) -> columns, top, found | fail, message */
int lua_json_records(lua_State *L);

/* Registers the recorder's box type (its __gc frees the parser after a Lua error). */
void lua_json_records_open(lua_State *L);

#endif
