/* The one place that knows every module of styr: the C bindings, one file each in core/lua/
 * (styr.store, styr.http, styr.json, styr.jsonstat, styr.xlsx, styr.markdown, styr.graph,
 * styr.output, styr.period, styr.tz, styr.cron, styr.sched, styr.config, and styr.console and
 * styr.clock, both in lua_console.c), and the Lua modules embedded from scripts/ (styr.NAME) and
 * plugins/ (styr.plugin.NAME). modules.c lists them; the engine's require and the styr_core module
 * for the specs load them from there. */
#ifndef STYR_MODULES_H
#define STYR_MODULES_H

#include <lua.h>

int luaopen_styr_store(lua_State *L);
int luaopen_styr_output(lua_State *L);
int luaopen_styr_config(lua_State *L);
int luaopen_styr_console(lua_State *L);
int luaopen_styr_clock(lua_State *L);
int luaopen_styr_tz(lua_State *L);
int luaopen_styr_cron(lua_State *L);
int luaopen_styr_graph(lua_State *L);
int luaopen_styr_http(lua_State *L);
int luaopen_styr_sched(lua_State *L);
int luaopen_styr_period(lua_State *L);
int luaopen_styr_json(lua_State *L);
int luaopen_styr_jsonstat(lua_State *L);
int luaopen_styr_xlsx(lua_State *L);
int luaopen_styr_markdown(lua_State *L);
int luaopen_styr_serve(lua_State *L);

/* Remembers where engine scripts come from: lua_dir, or the embedded copies when NULL. */
void modules_init(lua_State *L, const char *lua_dir);

/* Pushes a loader function for module `name` and returns 0, or pushes a message and returns -1. */
int modules_push_loader(lua_State *L, const char *name);

/* Fills the table at index idx (package.preload for a plain Lua interpreter) with a loader for
 * every module, C and Lua. */
void modules_fill_preload(lua_State *L, int idx);

#endif
