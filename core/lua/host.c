/* The Lua host: builds the sandboxed state, enforces the memory cap and instruction budget,
 * and owns the one place where C calls into Lua (styr_pcall). */
#include "lua/host.h"
#include "lua/host_state.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "lua/modules.h"
#include "time/clock.h"
#include "version.h"

/* How often (in VM instructions) the count hook runs while the budget is not exhausted. */
#define HOOK_STRIDE 1000

/* Accounting shared by the allocator and the count hook; it is the allocator's userdata, so
 * both reach it through lua_getallocf. */
typedef struct limits {
    size_t used;
    size_t max_memory;
    int memory_armed; /* the cap applies only while Lua code runs under styr_pcall */
    int memory_exceeded;
    long long instructions;
    long long max_instructions;
    int budget_exceeded;
    double config_seconds; /* wall time spent in configuration code in this call */
    double max_seconds;
    double last_hook;   /* monotonic time of the previous hook */
    int last_in_config; /* whether the previous hook found configuration code running */
    char stop_msg[512]; /* why a limit stopped the run, with the configuration's file:line */
} limits;

struct host {
    lua_State *L;
    limits lim;
    int verbose;
};

/* Registry keys (addresses of statics). */
static const char KEY_HOST = 'h';
static const char KEY_LOADED = 'l';

static void budget_hook(lua_State *L, lua_Debug *ar);

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    limits *lim = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        lim->used -= old;
        return NULL;
    }
    if (nsize > old && lim->memory_armed &&
        (nsize - old > lim->max_memory || lim->used - old + nsize > lim->max_memory)) {
        lim->memory_exceeded = 1;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p == NULL)
        return NULL;
    lim->used = lim->used - old + nsize;
    return p;
}

static limits *get_limits(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

/* Finds the innermost configuration line on the stack ("@" chunks), else the running line. */
static void stop_location(lua_State *L, char *buf, size_t len)
{
    lua_Debug ar;
    snprintf(buf, len, "?");
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar))
            continue;
        if (level == 0 && ar.currentline > 0)
            snprintf(buf, len, "%s:%d", ar.short_src, ar.currentline);
        if (ar.source && ar.source[0] == '@' && ar.currentline > 0) {
            snprintf(buf, len, "%s:%d", ar.source + 1, ar.currentline);
            return;
        }
    }
}

/* Stops the run: the first time records the message, and from then on the hook fires on every
 * instruction, so that a pcall in the script cannot swallow the stop. */
static int stop(lua_State *L, limits *lim)
{
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    lua_pushstring(L, lim->stop_msg);
    return lua_error(L);
}

/* Count hook: charges the stride against the instruction budget and watches memory growth. The
 * budget is for configuration code (chunks "@path": files, formulas, custom jobs); styr's own
 * scripts ("=[styr]/…") are not charged, since their work grows with the size of a correct
 * configuration (a follow-up of 400 indicators for three committees takes some 40 million
 * instructions to render). */
static double monotonic_seconds(void)
{
    return (double)clock_monotonic_ns() / 1e9;
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    limits *lim = get_limits(L);
    int engine = lua_getinfo(L, "S", ar) && ar->source && strncmp(ar->source, "=[styr]/", 8) == 0;
    if (!engine)
        lim->instructions += HOOK_STRIDE;
    /* Time between two hooks that both found configuration code running is configuration time,
     * C functions it called included; styr's own work (fetching, rendering) is not counted. */
    double now = monotonic_seconds();
    if (!engine && lim->last_in_config && now > lim->last_hook)
        lim->config_seconds += now - lim->last_hook;
    lim->last_hook = now;
    lim->last_in_config = !engine;
    if (lim->stop_msg[0] != '\0') {
        stop(L, lim);
    } else if (lim->config_seconds > lim->max_seconds) {
        char where[300];
        stop_location(L, where, sizeof where);
        lim->budget_exceeded = 1;
        snprintf(
            lim->stop_msg, sizeof lim->stop_msg,
            "%s: time limit of %.0f s for configuration code exceeded (a loop that never ends? "
            "raise it with --max-seconds)",
            where, lim->max_seconds);
        stop(L, lim);
    } else if (lim->instructions > lim->max_instructions) {
        char where[300];
        stop_location(L, where, sizeof where);
        lim->budget_exceeded = 1;
        snprintf(lim->stop_msg, sizeof lim->stop_msg,
                 "%s: instruction budget of %lld exceeded (a loop that never ends? raise it with "
                 "--max-instructions)",
                 where, lim->max_instructions);
        stop(L, lim);
    } else if (lim->used > lim->max_memory / 16 * 15 || lim->memory_exceeded) {
        /* Gradual growth near the cap stops here, where the message can name file:line; a single
         * huge allocation is refused by the allocator instead. */
        char where[300];
        stop_location(L, where, sizeof where);
        lim->memory_exceeded = 1;
        snprintf(lim->stop_msg, sizeof lim->stop_msg,
                 "%s: memory limit of %d MiB exceeded (raise it with --max-memory)", where,
                 (int)(lim->max_memory / (1024 * 1024)));
        stop(L, lim);
    }
}

/* Message handler: turns any error object into a string, with a traceback when verbose. */
static int msghandler(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_HOST);
    host *h = lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (h != NULL && h->verbose)
        luaL_traceback(L, L, msg, 1);
    else
        lua_pushstring(L, msg);
    return 1;
}

int styr_pcall(lua_State *L, int nargs, int nresults, const char *what)
{
    void *ud = NULL;
    limits *lim = lua_getallocf(L, &ud) == limited_alloc ? ud : NULL;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    if (lim == NULL) {
        /* A state styr did not build (the busted specs' interpreter): no limits to arm. */
        int status = lua_pcall(L, nargs, nresults, base);
        lua_remove(L, base);
        if (status != LUA_OK) {
            lua_pushfstring(L, "%s: %s", what, lua_tostring(L, -1));
            lua_remove(L, -2);
        }
        return status;
    }
    /* A call inside a call (a scheduled job inside `styr daemon`) gets a budget of its own and
     * its own stop; the outer call's budget and hook are put back when it returns, so a job
     * stopped at its limit fails alone and a long-running command never runs out. */
    int nested = lim->memory_armed;
    long long outer_instructions = lim->instructions;
    double outer_seconds = lim->config_seconds;
    int outer_in_config = lim->last_in_config;
    lua_Hook outer_hook = lua_gethook(L);
    int outer_mask = lua_gethookmask(L), outer_count = lua_gethookcount(L);
    lim->instructions = 0;
    lim->config_seconds = 0;
    lim->last_in_config = 0;
    lim->budget_exceeded = 0;
    lim->memory_exceeded = 0;
    lim->stop_msg[0] = '\0';
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, HOOK_STRIDE);
    lim->memory_armed = 1;
    int status = lua_pcall(L, nargs, nresults, base);
    lim->memory_armed = nested;
    lua_remove(L, base);
    if (status != LUA_OK) {
        /* stack: message */
        if (lim->stop_msg[0] != '\0')
            lua_pushstring(L, lim->stop_msg);
        else if (status == LUA_ERRMEM)
            lua_pushfstring(L, "%s: memory limit of %d MiB exceeded (raise it with --max-memory)",
                            what, (int)(lim->max_memory / (1024 * 1024)));
        else
            lua_pushfstring(L, "%s: %s", what, lua_tostring(L, -1));
        lua_remove(L, -2);
    }
    if (nested) {
        lim->instructions = outer_instructions;
        lim->config_seconds = outer_seconds;
        lim->last_in_config = outer_in_config;
        lim->last_hook = monotonic_seconds();
        lim->budget_exceeded = 0;
        lim->memory_exceeded = 0;
        lim->stop_msg[0] = '\0';
        lua_sethook(L, outer_hook, outer_mask, outer_count);
    } else {
        lua_sethook(L, NULL, 0, 0);
    }
    return status;
}

int host_budget_exceeded(lua_State *L)
{
    return get_limits(L)->budget_exceeded;
}

int host_memory_exceeded(lua_State *L)
{
    return get_limits(L)->memory_exceeded;
}

/* The engine's require: modules come from the preload table built by modules_fill_preload
 * (C modules and the Lua layer), never from the file system's package.path. */
static int engine_require(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_LOADED); /* stack: name, loaded */
    if (lua_getfield(L, -1, name) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    if (modules_push_loader(L, name) != 0) /* stack: name, loaded, loader | message */
        return luaL_error(L, "module '%s' not found: %s", name, lua_tostring(L, -1));
    lua_pushstring(L, name);
    lua_call(L, 1, 1); /* engine code only: errors propagate to the caller's styr_pcall */
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, name);
    return 1;
}

/* Lua calls an xpcall message handler from inside the count hook, where hooks are off, when the
 * hook stops the run; a handler that loops would then never be stopped. This handler stands in
 * for the script's: once a limit has stopped the run it returns the stop message without calling
 * the script's handler (upvalue 1). */
static int guarded_msgh(lua_State *L)
{
    limits *lim = get_limits(L);
    if (lim->stop_msg[0] != '\0') {
        lua_pushstring(L, lim->stop_msg);
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* xpcall(f, msgh, ...): the base library's xpcall (upvalue 1) with msgh guarded. */
static int guarded_xpcall(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, guarded_msgh, 1);
    lua_replace(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* Opens the allowed standard libraries and removes what the sandbox must not offer. */
static void open_safe_libs(lua_State *L)
{
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},
        {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table},
        {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8},
        {LUA_OSLIBNAME, luaopen_os},
        {NULL, NULL},
    };
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    static const char *const base_removed[] = {"dofile", "loadfile", "collectgarbage", "print",
                                               NULL};
    for (const char *const *n = base_removed; *n; n++) {
        lua_pushnil(L);
        lua_setglobal(L, *n);
    }
    lua_getglobal(L, "xpcall");
    lua_pushcclosure(L, guarded_xpcall, 1);
    lua_setglobal(L, "xpcall");
    /* string.dump also hides behind ("").dump: remove it from the one real string table. */
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    /* Protect the string metatable: getmetatable("") returns a string, not the table. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushliteral(L, "protected");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    /* os keeps only clock, date, difftime, time. */
    lua_getglobal(L, LUA_OSLIBNAME);
    static const char *const os_removed[] = {"execute", "exit",      "getenv",  "remove",
                                             "rename",  "setlocale", "tmpname", NULL};
    for (const char *const *n = os_removed; *n; n++) {
        lua_pushnil(L);
        lua_setfield(L, -2, *n);
    }
    lua_pop(L, 1);
}

/* Runs inside protected mode so that a memory error while building the state is reported. */
static int setup_state(lua_State *L)
{
    const char *lua_dir = lua_touserdata(L, 1);
    open_safe_libs(L);
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &KEY_LOADED);
    modules_init(L, lua_dir);
    lua_pushcfunction(L, engine_require);
    lua_setglobal(L, "require");
    lua_pushliteral(L, STYR_VERSION);
    lua_setglobal(L, "STYR_VERSION");
    return 0;
}

host *host_new(const host_options *opts, char *err, size_t errlen)
{
    host *h = calloc(1, sizeof *h);
    if (h == NULL) {
        snprintf(err, errlen, "out of memory creating the Lua host");
        return NULL;
    }
    h->lim.max_memory = opts && opts->max_memory ? opts->max_memory : HOST_DEFAULT_MAX_MEMORY;
    h->lim.max_instructions =
        opts && opts->max_instructions > 0 ? opts->max_instructions : HOST_DEFAULT_MAX_INSTRUCTIONS;
    h->lim.max_seconds =
        opts && opts->max_seconds > 0 ? opts->max_seconds : HOST_DEFAULT_MAX_SECONDS;
    h->verbose = opts ? opts->verbose : 0;
    h->L = lua_newstate(limited_alloc, &h->lim);
    if (h->L == NULL) {
        snprintf(err, errlen, "cannot create a Lua state (out of memory)");
        free(h);
        return NULL;
    }
    lua_pushlightuserdata(h->L, h);
    lua_rawsetp(h->L, LUA_REGISTRYINDEX, &KEY_HOST);
    lua_pushcfunction(h->L, setup_state);
    lua_pushlightuserdata(h->L, (void *)(opts ? opts->lua_dir : NULL));
    if (styr_pcall(h->L, 1, 0, "starting the Lua host") != LUA_OK) {
        snprintf(err, errlen, "%s", lua_tostring(h->L, -1));
        host_free(h);
        return NULL;
    }
    return h;
}

void host_free(host *h)
{
    if (h == NULL)
        return;
    if (h->L)
        lua_close(h->L);
    free(h);
}

const char *host_lua_release(void)
{
    return LUA_RELEASE;
}

lua_State *host_state(host *h)
{
    return h->L;
}

int host_require(host *h, const char *name)
{
    lua_State *L = h->L;
    lua_pushcfunction(L, engine_require);
    lua_pushstring(L, name);
    return styr_pcall(L, 1, 1, "loading the engine");
}
