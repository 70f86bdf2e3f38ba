/* The Lua host: one sandboxed Lua state with a memory cap, and an instruction budget and a time
 * limit for configuration code (one instruction can run long in C: ("x"):rep(4096) in a loop).
 *
 * The state opens only base, string, table, math, utf8 and a reduced os; everything that
 * touches the outside world is reached through styr's own C modules (styr.store, styr.output,
 * styr.config, styr.clock). The engine's Lua layer (scripts/) is loaded from the copies embedded
 * in the binary, or from --lua-dir while developing. Configuration files run in an environment
 * the engine builds from an allow-list (scripts/sandbox.lua). */
#ifndef STYR_HOST_H
#define STYR_HOST_H

#include <stddef.h>
#include <lua.h>

#define HOST_DEFAULT_MAX_MEMORY ((size_t)64 * 1024 * 1024)
#define HOST_DEFAULT_MAX_INSTRUCTIONS 200000000LL
#define HOST_DEFAULT_MAX_SECONDS 60

typedef struct host_options {
    size_t max_memory; /* bytes the state may hold; 0 = default */
    long long
        max_instructions; /* VM instructions of configuration code per host_call; 0 = default */
    const char *lua_dir;  /* load engine scripts from this folder instead of the embedded copies */
    int verbose;          /* append Lua tracebacks to error messages */
    int max_seconds;      /* seconds spent in configuration code per host_call; 0 = default */
    int watchdog; /* end the process (exit HOST_EXIT_LIMIT) when one C call of configuration code,
                     or closing the state, outlasts max_seconds; the CLI sets it */
} host_options;

/* The exit code of a run the watchdog ends: a configuration error, as core/main.c's. */
#define HOST_EXIT_LIMIT 3
/* Configuration code may use at most this many repetitions (*, +, -, ?) in one pattern. */
#define HOST_MAX_PATTERN_REPETITIONS 8

typedef struct host host;

/* Creates a sandboxed state. Returns NULL and fills err (size errlen) on failure. */
host *host_new(const host_options *opts, char *err, size_t errlen);
void host_free(host *h);
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

/* The configuration folder being run (styr.config.enter), for the line that closes a limit
 * error ("styr: DIR: 1 problem"); NULL before one is entered. */
void host_set_config_dir(lua_State *L, const char *dir);
const char *host_config_dir(host *h);

/* Why the last failed call stopped, for exit codes: */
int host_budget_exceeded(lua_State *L); /* instruction budget */
int host_memory_exceeded(lua_State *L); /* memory cap */

#endif
