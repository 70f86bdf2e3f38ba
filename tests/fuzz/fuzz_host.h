/* Shared by the harnesses that drive styr's Lua layer (fuzz_config.c, fuzz_csv.c,
 * fuzz_html_escape.c): one sandboxed host for the whole run, made as core/main.c makes it
 * (host_new with a memory cap and an instruction budget, the embedded engine scripts, a fixed
 * clock), and a way to run a Lua function of the harness on each input.
 *
 * The host is kept across inputs (a new one per input would cost more than the input): each input
 * runs under styr_pcall with a fresh budget, and the stack is emptied after it. */
#ifndef STYR_FUZZ_HOST_H
#define STYR_FUZZ_HOST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "lua/host_state.h"

/* Small enough that a runaway configuration stops within libFuzzer's time-out. */
#define FUZZ_MAX_MEMORY ((size_t)48 * 1024 * 1024)
#define FUZZ_MAX_INSTRUCTIONS 20000000LL
/* A loop of long C calls (("x"):rep(4096)) stays under any instruction budget: time stops it. */
#define FUZZ_MAX_SECONDS 2

static host *fuzz_host_h;
static int fuzz_host_fn = LUA_NOREF;

static void fuzz_host_free(void)
{
    host_free(fuzz_host_h);
    fuzz_host_h = NULL;
}

/* The host, with the harness's function src (a Lua chunk returning a function) loaded once.
 * Aborts when that fails: the harness itself is broken then. */
static lua_State *fuzz_host(const char *name, const char *src)
{
    if (fuzz_host_h == NULL) {
        if (setenv("STYR_NOW", "2019-10-01", 1) != 0)
            abort();
        /* No watchdog: it would end the whole run; a C call that outlasts libFuzzer's time-out
         * is reported as a timeout instead. */
        host_options o = {FUZZ_MAX_MEMORY, FUZZ_MAX_INSTRUCTIONS, NULL, 0, FUZZ_MAX_SECONDS, 0};
        char err[512] = "";
        fuzz_host_h = host_new(&o, err, sizeof err);
        if (fuzz_host_h == NULL) {
            fprintf(stderr, "%s: host_new: %s\n", name, err);
            abort();
        }
        atexit(fuzz_host_free);
        lua_State *L = host_state(fuzz_host_h);
        if (luaL_loadbufferx(L, src, strlen(src), name, "t") != LUA_OK ||
            styr_pcall(L, 0, 1, name) != LUA_OK || !lua_isfunction(L, -1)) {
            fprintf(stderr, "%s: %s\n", name, lua_tostring(L, -1));
            abort();
        }
        fuzz_host_fn = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    return host_state(fuzz_host_h);
}

/* Calls the harness's function with the input as a string (and extra, when not NULL, as a second
 * string) under styr_pcall. Returns LUA_OK, or the error status when the budget or the memory
 * cap stopped it. Any other error is a fault in styr: printed, then abort. */
static int fuzz_host_call(const char *name, const char *src, const uint8_t *data, size_t size,
                          const char *extra)
{
    lua_State *L = fuzz_host(name, src);
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, fuzz_host_fn);
    lua_pushlstring(L, (const char *)data, size);
    int nargs = 1;
    if (extra != NULL) {
        lua_pushstring(L, extra);
        nargs++;
    }
    int rc = styr_pcall(L, nargs, 0, name);
    if (rc != LUA_OK && !host_budget_exceeded(L) && !host_memory_exceeded(L)) {
        fprintf(stderr, "%s: %s\n", name, lua_tostring(L, -1));
        abort();
    }
    lua_settop(L, top);
    return rc;
}

#endif
