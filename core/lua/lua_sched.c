/* styr.sched: the scheduler lock ("styr.SchedLock" handles), signal flags, the interruptible
 * sleep, and sched.call, which runs one job with a budget of its own and lets a second stop
 * signal abort it. */
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "time/clock.h"
#include "lua/host_state.h"
#include "lua/modules.h"
#include "sched/sched.h"

#define LOCK_MT "styr.SchedLock"

typedef struct llock {
    sched_lock *lock; /* NULL once released */
} llock;

/* Pushes { pid =, started =, command = } (fields absent when unknown). */
static void push_holder(lua_State *L, const sched_holder *h)
{
    lua_createtable(L, 0, 3);
    if (h->pid > 0) {
        lua_pushinteger(L, (lua_Integer)h->pid);
        lua_setfield(L, -2, "pid");
    }
    if (h->started[0]) {
        lua_pushstring(L, h->started);
        lua_setfield(L, -2, "started");
    }
    if (h->command[0]) {
        lua_pushstring(L, h->command);
        lua_setfield(L, -2, "command");
    }
}

/* sched.lock(path, command, started) -> Lock, previous | fail, message [, holder]
 * previous names the process whose stale lock was taken over (nil when the lock was free);
 * holder (on failure) names the process that holds it. */
static int l_lock(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *command = luaL_checkstring(L, 2);
    const char *started = luaL_checkstring(L, 3);
    /* The handle exists (released) before the lock is taken, so a memory error leaves no lock
     * behind without an owner. */
    llock *ll = lua_newuserdatauv(L, sizeof *ll, 0);
    ll->lock = NULL;
    luaL_setmetatable(L, LOCK_MT);
    sched_holder prev;
    char err[512];
    int rc = sched_lock_acquire(path, command, started, &ll->lock, &prev, err, sizeof err);
    if (rc == SCHED_HELD) {
        luaL_pushfail(L);
        if (prev.pid > 0)
            lua_pushfstring(L, "%s: another scheduler holds the lock: pid %d (%s, started %s)",
                            path, (int)prev.pid, prev.command[0] ? prev.command : "?",
                            prev.started[0] ? prev.started : "?");
        else
            lua_pushfstring(
                L, "%s: another scheduler holds the lock (it has not written its pid yet)", path);
        push_holder(L, &prev);
        return 3;
    }
    if (rc != SCHED_OK) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    if (prev.pid > 0)
        push_holder(L, &prev);
    else
        lua_pushnil(L);
    return 2;
}

static int l_release(lua_State *L)
{
    llock *ll = luaL_checkudata(L, 1, LOCK_MT);
    sched_lock_release(ll->lock);
    ll->lock = NULL;
    return 0;
}

static int l_lock_tostring(lua_State *L)
{
    llock *ll = luaL_checkudata(L, 1, LOCK_MT);
    lua_pushstring(L, ll->lock ? "styr.SchedLock (held)" : "styr.SchedLock (released)");
    return 1;
}

/* sched.probe(path) -> held, holder | fail, message */
static int l_probe(lua_State *L)
{
    sched_holder h;
    char err[512];
    int held = sched_lock_probe(luaL_checkstring(L, 1), &h, err, sizeof err);
    if (held < 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, held);
    push_holder(L, &h);
    return 2;
}

/* sched.signals() -> true | fail, message: SIGTERM/SIGINT stop, SIGHUP reloads (see sched.h). */
static int l_signals(lua_State *L)
{
    char err[256];
    if (sched_signals_install(err, sizeof err) != SCHED_OK) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

/* sched.stopping() -> number of stop signals received, name of the last one (or nil) */
static int l_stopping(lua_State *L)
{
    int sig = sched_stop_signal();
    lua_pushinteger(L, sched_stop_count());
    if (sig == 0)
        lua_pushnil(L);
    else
        lua_pushstring(L, sig == SIGTERM ? "SIGTERM" : sig == SIGINT ? "SIGINT" : "signal");
    return 2;
}

/* sched.reload_requested() -> boolean (a SIGHUP arrived; clears it) */
static int l_reload_requested(lua_State *L)
{
    lua_pushboolean(L, sched_take_reload());
    return 1;
}

/* sched.sleep_until(epoch) -> "time" | "signal" | fail, message */
static int l_sleep_until(lua_State *L)
{
    char err[256];
    int rc = sched_sleep_until((long long)luaL_checkinteger(L, 1), err, sizeof err);
    if (rc == SCHED_ERROR) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushstring(L, rc == SCHED_WOKE_TIME ? "time" : "signal");
    return 1;
}

/* sched.clock_rate() -> 0 (fixed by STYR_NOW), 1 (real) or the fast clock's speed | fail, msg */
static int l_clock_rate(lua_State *L)
{
    double rate;
    char err[256];
    if (clock_rate(&rate, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushnumber(L, rate);
    return 1;
}

static int l_pid(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)getpid());
    return 1;
}

/* ---- aborting a job on the second stop signal ---------------------------------------------- */

static const char ABORT_MSG[] = "aborted by a second stop signal";

/* Raises the abort at every Lua instruction, so that no pcall inside the job can swallow it;
 * sched.call puts the caller's hook back once the job has unwound. */
static void abort_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    lua_pushstring(L, ABORT_MSG);
    lua_error(L);
}

/* Called from the signal handler; lua_sethook may be called asynchronously (as lua.c does for
 * its own Ctrl-C). */
static void on_abort(void *ud)
{
    lua_sethook((lua_State *)ud, abort_hook,
                LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

/* sched.call(what, fn, ...) -> true, results... | false, message, aborted
 * Runs fn (a job) in its own styr_pcall: a fresh instruction budget and the memory cap, and a
 * failure (a limit included) that stops the job, not the scheduler. While it runs, a second stop
 * signal aborts it: aborted is then true. Calls nest (a pass runs jobs): the innermost call owns
 * the abort while it runs; between jobs the scheduler itself checks sched.stopping(). */
static int l_call(lua_State *L)
{
    const char *what = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    int nargs = lua_gettop(L) - 2;
    if (sched_stop_count() >= 2) { /* the second signal came before the job started */
        lua_pushboolean(L, 0);
        lua_pushfstring(L, "%s: %s", what, ABORT_MSG);
        lua_pushboolean(L, 1);
        return 3;
    }
    lua_Hook hook = lua_gethook(L);
    int mask = lua_gethookmask(L), count = lua_gethookcount(L);
    sched_set_abort(on_abort, L);
    int status = styr_pcall(L, nargs, LUA_MULTRET, what);
    int aborted = sched_set_abort(NULL, NULL) || sched_stop_count() >= 2;
    /* The abort hook may have been set after styr_pcall restored ours: restore it again. */
    lua_sethook(L, hook, mask, count);
    if (status != LUA_OK) {
        /* stack: what, message */
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        lua_pushboolean(L, aborted);
        lua_gc(L, LUA_GCCOLLECT); /* what the failed job held */
        return 3;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, 2);
    return lua_gettop(L) - 1;
}

static const luaL_Reg lock_methods[] = {
    {"release", l_release},
    {NULL, NULL},
};

static const luaL_Reg lock_meta[] = {
    {"__gc", l_release}, {"__close", l_release}, {"__tostring", l_lock_tostring},
    {"__index", NULL},   {NULL, NULL},
};

static const luaL_Reg functions[] = {
    {"lock", l_lock},
    {"probe", l_probe},
    {"signals", l_signals},
    {"stopping", l_stopping},
    {"reload_requested", l_reload_requested},
    {"sleep_until", l_sleep_until},
    {"clock_rate", l_clock_rate},
    {"pid", l_pid},
    {"call", l_call},
    {NULL, NULL},
};

int luaopen_styr_sched(lua_State *L)
{
    luaL_newmetatable(L, LOCK_MT);
    luaL_setfuncs(L, lock_meta, 0);
    luaL_newlibtable(L, lock_methods);
    luaL_setfuncs(L, lock_methods, 0);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    return 1;
}
