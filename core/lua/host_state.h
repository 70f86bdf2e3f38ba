/* The Lua side of the host (lua/host.h), for the bindings and the tests that work with the state
 * itself: the state, the one door into Lua (styr_pcall), the engine's require and why a call
 * stopped. */
#ifndef STYR_HOST_STATE_H
#define STYR_HOST_STATE_H

#include <lua.h>

#include "lua/host.h"

lua_State *host_state(host *h);

/* Calls the function below nargs arguments on the stack with a traceback handler, a fresh
 * instruction budget and the memory cap armed. On failure returns a LUA_ERR* code and leaves
 * one string on the stack: "what: file:line: message" (plus traceback when verbose).
 * Calls nest: an inner call (a job run by the scheduler inside the command's call) gets a fresh
 * budget of its own, and the outer call's budget and hook are restored when it returns. In a
 * state styr did not create (a plain lua5.4 loading styr_core.so) it is a plain traceback pcall. */
int styr_pcall(lua_State *L, int nargs, int nresults, const char *what);

/* Loads engine module `name` (e.g. "styr.cli") through the engine's require, leaving its value
 * on the stack. Returns LUA_OK or an error code with a message on the stack. */
int host_require(host *h, const char *name);

/* Remembers the configuration folder being run (styr.config.enter), for host_config_dir. */
void host_set_config_dir(lua_State *L, const char *dir);

/* Why the last failed call stopped, for exit codes: */
int host_budget_exceeded(lua_State *L); /* instruction budget */
int host_memory_exceeded(lua_State *L); /* memory cap */
/* The memory cap stopped styr's own work (no configuration code was running): the job is larger
 * than the limit, not a mistake in the configuration. */
int host_stopped_in_engine(lua_State *L);

#endif
