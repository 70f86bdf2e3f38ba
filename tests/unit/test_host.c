/* Unit tests of core/lua/host.c and host_cli.c: the sandboxed Lua state (what it leaves out), the
 * instruction budget, the memory cap, error messages of styr_pcall, the engine's require, refusal
 * of bytecode, and running a command line in the engine. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "lua/host_state.h"
#include "version.h"

/* ---- helpers ------------------------------------------------------------------------------- */

typedef struct fixture {
    host *h;
    char root[256]; /* mkdtemp folder when a test made one, removed by the teardown */
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (fx == NULL)
        return -1;
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    host_free(fx->h);
    int rc = 0;
    if (fx->root[0] != '\0') {
        test_remove_tree_at(AT_FDCWD, fx->root);
        struct stat st;
        rc = stat(fx->root, &st) != 0 && errno == ENOENT ? 0 : -1;
    }
    free(fx);
    return rc;
}

static void make_root(fixture *fx)
{
    if (test_make_tmpdir(fx->root, sizeof fx->root, "host") == NULL) {
        fx->root[0] = '\0';
        fail_msg("mkdtemp: %s", strerror(errno));
    }
}

static void write_bytes(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static lua_State *new_host(fixture *fx, size_t max_memory, long long max_instructions,
                           const char *lua_dir, int verbose)
{
    host_options o = {max_memory, max_instructions, lua_dir, verbose, 0, 0};
    char err[512] = "";
    fx->h = host_new(&o, err, sizeof err);
    if (fx->h == NULL)
        fail_msg("host_new: %s", err);
    return host_state(fx->h);
}

/* Loads src as a text chunk named name and runs it under styr_pcall; returns the status and
 * leaves the results (or the message) on the stack. */
static int run(lua_State *L, const char *name, const char *src, int nresults)
{
    if (luaL_loadbufferx(L, src, strlen(src), name, "t") != LUA_OK)
        fail_msg("cannot load the test chunk: %s", lua_tostring(L, -1));
    return styr_pcall(L, 0, nresults, "running the test");
}

/* Runs src, which must succeed and return one string; compares it with expect. */
static void run_expect(lua_State *L, const char *src, const char *expect)
{
    int top = lua_gettop(L);
    int status = run(L, "=test", src, 1);
    if (status != LUA_OK)
        fail_msg("%s\nfailed: %s", src, lua_tostring(L, -1));
    const char *got = lua_tostring(L, -1);
    if (got == NULL || strcmp(got, expect) != 0)
        fail_msg("%s\nreturned '%s', expected '%s'", src, got ? got : "(not a string)", expect);
    lua_settop(L, top);
}

/* Runs src, which must fail; the message must contain want. Returns the status. */
static int run_fails(lua_State *L, const char *name, const char *src, const char *want)
{
    int top = lua_gettop(L);
    int status = run(L, name, src, 0);
    if (status == LUA_OK)
        fail_msg("%s\nsucceeded, expected a failure with '%s'", src, want);
    const char *msg = lua_tostring(L, -1);
    assert_non_null(msg);
    if (strstr(msg, want) == NULL)
        fail_msg("%s\nfailed with '%s', expected '%s'", src, msg, want);
    assert_int_equal(lua_gettop(L), top + 1); /* exactly the message */
    lua_settop(L, top);
    return status;
}

typedef struct buffer {
    char data[4096];
    size_t len;
} buffer;

static int dump_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    (void)L;
    buffer *b = ud;
    if (b->len + sz > sizeof b->data)
        return 1;
    memcpy(b->data + b->len, p, sz);
    b->len += sz;
    return 0;
}

/* Bytecode of src, made by a plain Lua state outside the sandbox. */
static void bytecode_of(const char *src, buffer *b)
{
    lua_State *L = luaL_newstate();
    assert_non_null(L);
    b->len = 0;
    assert_int_equal(luaL_loadstring(L, src), LUA_OK);
    assert_int_equal(lua_dump(L, dump_writer, b, 0), 0);
    lua_close(L);
    assert_true(b->len > 4);
    assert_memory_equal(b->data, LUA_SIGNATURE, 4);
}

/* ---- the state ----------------------------------------------------------------------------- */

static void test_runs_code_and_sets_version(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 0, NULL, 0);
    run_expect(L, "return tostring(6 * 7)", "42");
    run_expect(L, "return STYR_VERSION", STYR_VERSION);
    run_expect(L, "return string.format('%s-%d', ('x'):rep(3), math.floor(2.5))", "xxx-2");
    run_expect(L, "return table.concat({utf8.char(229), 'r'}, '')", "år");
    run_expect(L, "return type(os.time()) .. type(os.date) .. type(os.clock) .. type(os.difftime)",
               "numberfunctionfunctionfunction");
    assert_int_equal(lua_gettop(L), 0);
}

static void test_sandbox_leaves_out_the_outside_world(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 0, NULL, 0);
    static const char *const absent[] = {
        "io",           "package",    "debug",       "dofile",      "loadfile",  "collectgarbage",
        "print",        "os.execute", "os.exit",     "os.getenv",   "os.remove", "os.rename",
        "os.setlocale", "os.tmpname", "string.dump", "(\"\").dump", "coroutine",
    };
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++) {
        char src[128];
        snprintf(src, sizeof src, "return type(%s)", absent[i]);
        run_expect(L, src, "nil");
    }
    /* Calling what was removed fails; the string metatable cannot be reached or changed. */
    run_fails(L, "=t", "os.execute('touch /tmp/styr-host-test-must-not-exist')",
              "attempt to call a nil value (field 'execute')");
    run_fails(L, "=t", "io.open('/etc/passwd')", "attempt to index a nil value (global 'io')");
    run_expect(L, "return getmetatable('')", "protected");
    run_fails(L, "=t", "setmetatable('', {})", "bad argument #1 to 'setmetatable'");
    /* The engine's require knows only styr's modules, never the file system's. */
    run_fails(L, "=t", "require 'io'", "module 'io' not found: no engine module named 'io'");
    run_fails(L, "=t", "require 'os'", "no engine module named 'os'");
    run_fails(L, "=t", "require 'styr.nope'", "no engine module named 'styr.nope'");
    run_expect(L, "return type(require 'styr.store') .. type(require 'styr.util')", "tabletable");
}

/* ---- bytecode ------------------------------------------------------------------------------ */

static void test_bytecode_is_refused(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 0, NULL, 0);
    buffer bc;
    bytecode_of("return 'ran bytecode'", &bc);

    /* The engine loads text only: load(..., "t") refuses a binary chunk. */
    lua_pushlstring(L, bc.data, bc.len);
    lua_setglobal(L, "BYTECODE");
    run_expect(L, "local f, e = load(BYTECODE, 'x', 't') return tostring(f) .. ': ' .. e",
               "nil: attempt to load a binary chunk (mode is 't')");

    /* The environment configuration files run in has no load at all, nor string.dump to make
     * bytecode, nor io or require. */
    static const char *const probes[][2] = {
        {"return load", "unknown name 'load'"},
        {"return loadstring", "unknown name 'loadstring'"},
        {"return dofile", "unknown name 'dofile'"},
        {"return require", "unknown name 'require'"},
        {"return io", "unknown name 'io'"},
        {"return debug", "unknown name 'debug'"},
        {"return _G", "unknown name '_G'"},
        {"return os.execute('true')", "attempt to call a nil value (field 'execute')"},
        {"return os.getenv('HOME')", "attempt to call a nil value (field 'getenv')"},
        {"return string.dump(function() end)", "attempt to call a nil value (field 'dump')"},
        {"x = 1", "cannot create the global variable 'x'"},
        {"setmetatable({}, {__gc = function() end})", "__gc metamethods are not allowed"},
        {"collectgarbage('collect')", "collectgarbage is not available"},
    };
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        lua_pushstring(L, probes[i][0]);
        lua_setglobal(L, "PROBE");
        char src[] = "local env = require('styr.sandbox').new({})\n"
                     "local f = assert(load(PROBE, '=config', 't', env))\n"
                     "local ok, e = pcall(f)\n"
                     "return ok and 'no error' or tostring(e)";
        int top = lua_gettop(L);
        assert_int_equal(run(L, "=test", src, 1), LUA_OK);
        const char *got = lua_tostring(L, -1);
        if (got == NULL || strstr(got, probes[i][1]) == NULL)
            fail_msg("configuration '%s': got '%s', expected '%s'", probes[i][0],
                     got ? got : "(nil)", probes[i][1]);
        lua_settop(L, top);
    }
    /* The safe part is there. */
    lua_pushstring(L, "return string.format('%d', math.max(1, 2)) .. os.date('!%Y', 0)");
    lua_setglobal(L, "PROBE");
    run_expect(L,
               "local env = require('styr.sandbox').new({})\n"
               "return assert(load(PROBE, '=config', 't', env))()",
               "21970");
}

/* An engine script given as bytecode through --lua-dir is refused, not run. */
static void test_lua_dir_refuses_bytecode(void **state)
{
    fixture *fx = *state;
    make_root(fx);
    buffer bc;
    bytecode_of("return 'ran bytecode'", &bc);
    char path[400];
    snprintf(path, sizeof path, "%s/lib", fx->root);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(path, sizeof path, "%s/lib/version.lua", fx->root);
    write_bytes(path, bc.data, bc.len);
    snprintf(path, sizeof path, "%s/lib/util.lua", fx->root);
    const char util[] = "return { marker = 'from lua_dir' }\n";
    write_bytes(path, util, sizeof util - 1);

    lua_State *L = new_host(fx, 0, 0, fx->root, 0);
    assert_int_not_equal(host_require(fx->h, "styr.version"), LUA_OK);
    const char *msg = lua_tostring(L, -1);
    assert_non_null(msg);
    if (strstr(msg, "attempt to load a binary chunk") == NULL)
        fail_msg("got '%s'", msg);
    assert_non_null(strstr(msg, "loading the engine"));
    lua_pop(L, 1);

    /* Text scripts come from the folder; a script missing there is an error, not a fallback. */
    assert_int_equal(host_require(fx->h, "styr.util"), LUA_OK);
    assert_int_equal(lua_getfield(L, -1, "marker"), LUA_TSTRING);
    assert_string_equal(lua_tostring(L, -1), "from lua_dir");
    lua_pop(L, 2);
    assert_int_not_equal(host_require(fx->h, "styr.format"), LUA_OK);
    assert_non_null(strstr(lua_tostring(L, -1), "cannot open"));
    lua_pop(L, 1);
    assert_int_equal(lua_gettop(L), 0);
}

/* ---- the engine's require ------------------------------------------------------------------ */

static void test_host_require(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 0, NULL, 0);
    assert_int_equal(host_require(fx->h, "styr.version"), LUA_OK);
    assert_string_equal(lua_tostring(L, -1), STYR_VERSION);
    lua_pop(L, 1);
    /* Loaded once: the same table twice. */
    assert_int_equal(host_require(fx->h, "styr.util"), LUA_OK);
    assert_int_equal(host_require(fx->h, "styr.util"), LUA_OK);
    assert_true(lua_istable(L, -1));
    assert_true(lua_rawequal(L, -1, -2));
    lua_pop(L, 2);
    assert_int_equal(host_require(fx->h, "styr.nope"), LUA_ERRRUN);
    assert_string_equal(lua_tostring(L, -1),
                        "loading the engine: module 'styr.nope' not found: no "
                        "engine module named 'styr.nope'");
    lua_pop(L, 1);
    assert_int_equal(lua_gettop(L), 0);
}

/* ---- error messages ------------------------------------------------------------------------ */

static void test_error_messages(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 0, NULL, 0);
    int top = lua_gettop(L);
    assert_int_equal(run(L, "@cfg/init.lua", "local x = 1\nerror('boom')", 0), LUA_ERRRUN);
    assert_string_equal(lua_tostring(L, -1), "running the test: cfg/init.lua:2: boom");
    lua_settop(L, top);
    /* A non-string error object still gives a message. */
    assert_int_equal(run(L, "=t", "error({})", 0), LUA_ERRRUN);
    assert_string_equal(lua_tostring(L, -1), "running the test: (error object is a table value)");
    lua_settop(L, top);
    assert_int_equal(run(L, "=t",
                         "error(setmetatable({}, {__tostring = function() return 'custom' "
                         "end}))",
                         0),
                     LUA_ERRRUN);
    assert_string_equal(lua_tostring(L, -1), "running the test: custom");
    lua_settop(L, top);
    /* Arguments and results pass through styr_pcall. */
    assert_int_equal(luaL_loadstring(L, "local a, b = ... return a + b, a * b"), LUA_OK);
    lua_pushinteger(L, 6);
    lua_pushinteger(L, 7);
    assert_int_equal(styr_pcall(L, 2, 2, "adding"), LUA_OK);
    assert_int_equal(lua_tointeger(L, -2), 13);
    assert_int_equal(lua_tointeger(L, -1), 42);
    lua_settop(L, top);
}

static void test_verbose_adds_traceback(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 0, NULL, 1);
    assert_int_equal(run(L, "@cfg/init.lua", "local function f() error('deep') end\nf()", 0),
                     LUA_ERRRUN);
    const char *msg = lua_tostring(L, -1);
    assert_non_null(strstr(msg, "running the test: cfg/init.lua:1: deep"));
    assert_non_null(strstr(msg, "stack traceback:"));
    assert_non_null(strstr(msg, "cfg/init.lua:2:"));
}

/* ---- instruction budget -------------------------------------------------------------------- */

static void test_instruction_budget(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 100000, NULL, 0);
    assert_int_equal(host_budget_exceeded(L), 0);
    run_fails(L, "@cfg/loop.lua", "local n = 0\nwhile true do\n  n = n + 1\nend",
              "instruction budget of 100000 exceeded");
    assert_int_equal(host_budget_exceeded(L), 1);
    assert_int_equal(host_memory_exceeded(L), 0);
    /* The message names the configuration line. */
    assert_int_equal(run(L, "@cfg/loop.lua", "local n = 0\nwhile true do\n  n = n + 1\nend", 0),
                     LUA_ERRRUN);
    const char *msg = lua_tostring(L, -1);
    if (strncmp(msg, "cfg/loop.lua:", 13) != 0)
        fail_msg("the message does not start with the file: '%s'", msg);
    lua_pop(L, 1);

    /* Each call gets a fresh budget: a short call afterwards succeeds and clears the flag. */
    run_expect(L, "local s = 0 for i = 1, 1000 do s = s + i end return tostring(s)", "500500");
    assert_int_equal(host_budget_exceeded(L), 0);
    /* Work somewhat under the budget in every call, many calls in a row: no carry-over. */
    for (int i = 0; i < 20; i++)
        run_expect(L, "local s = 0 for i = 1, 10000 do s = s + 1 end return tostring(s)", "10000");
}

/* A pcall (or xpcall) in the script cannot swallow the stop and carry on. */
static void test_budget_cannot_be_caught(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 100000, NULL, 0);
    run_fails(L, "=t", "local ok = pcall(function() while true do end end)\nreturn 'escaped'",
              "instruction budget of 100000 exceeded");
    assert_int_equal(host_budget_exceeded(L), 1);
    run_fails(L, "=t",
              "for i = 1, 1e9 do pcall(function() while true do end end) end\nreturn 'escaped'",
              "instruction budget of 100000 exceeded");
    run_fails(L, "=t",
              "xpcall(function() while true do end end, function(e) return e end)\n"
              "return 'escaped'",
              "instruction budget of 100000 exceeded");
    assert_int_equal(host_budget_exceeded(L), 1);
}

/* Runs src in a fresh host in a child process that an alarm kills if it hangs; returns 1 when the
 * child stopped with a message containing want. */
static int stops_in_child_opts(const char *src, const char *want, host_options o)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        return 0;
    if (pid == 0) {
        alarm(30);
        char err[512];
        host *h = host_new(&o, err, sizeof err);
        if (h == NULL)
            _exit(10);
        lua_State *L = host_state(h);
        if (luaL_loadstring(L, src) != LUA_OK)
            _exit(11);
        if (styr_pcall(L, 0, 0, "t") == LUA_OK)
            _exit(12);
        const char *msg = lua_tostring(L, -1);
        _exit(msg && strstr(msg, want) && host_budget_exceeded(L) ? 0 : 13);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return 0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        print_message("child for '%s': %s %d\n", src, WIFEXITED(status) ? "exit" : "signal",
                      WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
        return 0;
    }
    return 1;
}

static int stops_in_child(const char *src, const char *want, long long max_instructions)
{
    host_options o = {0, max_instructions, NULL, 0, 0, 0};
    return stops_in_child_opts(src, want, o);
}

/* The time limit: one instruction can run long in C, so a loop of ("x"):rep(4096) stays far
 * below any instruction budget for minutes; the time spent in configuration code stops it. */
static void test_time_limit(void **state)
{
    (void)state;
    host_options o = {0, 0, NULL, 0, 1, 0};
    assert_true(stops_in_child_opts("for i = 1, 1e9 do ('x('):rep(4096) end",
                                    "time limit of 1 s for configuration code exceeded", o));
}

/* styr's own scripts ("=[styr]/…" chunks) are neither timed nor charged: the same work as above,
 * bounded, runs past a one-second limit and a tiny instruction budget to its end. */
static void test_engine_code_is_not_limited(void **state)
{
    (void)state;
    host_options o = {0, 1000, NULL, 0, 1, 0};
    char err[512];
    host *h = host_new(&o, err, sizeof err);
    assert_non_null(h);
    lua_State *L = host_state(h);
    const char *src = "local t0 = os.clock()\n"
                      "local n = 0\n"
                      "while os.clock() - t0 < 1.5 do ('x('):rep(4096); n = n + 1 end\n"
                      "return n";
    assert_int_equal(luaL_loadbuffer(L, src, strlen(src), "=[styr]/t"), LUA_OK);
    if (styr_pcall(L, 0, 1, "t") != LUA_OK)
        fail_msg("engine code was stopped: %s", lua_tostring(L, -1));
    assert_true(lua_tointeger(L, -1) > 1000);
    host_free(h);
}

/* ---- the hook off while only styr's code runs (a host with the watchdog) -------------------- */

/* hook_is_on() -> whether a count hook is set now. */
static int l_hook_is_on(lua_State *L)
{
    lua_pushboolean(L, lua_gethook(L) != NULL);
    return 1;
}

/* A host with the watchdog (its ticks turn the hook back on), hook_is_on() as a global, and the
 * configuration chunk cfg_src (named cfg_name) loaded as the one argument of the engine chunk
 * engine_src ("=[styr]/t"), both ready for styr_pcall(L, 1, ...); max_seconds 0: the default. */
static lua_State *ticking_call(fixture *fx, size_t max_memory, long long max_instructions,
                               int max_seconds, const char *cfg_name, const char *cfg_src,
                               const char *engine_src)
{
    host_options o = {max_memory, max_instructions, NULL, 0, max_seconds, 1};
    char err[512] = "";
    fx->h = host_new(&o, err, sizeof err);
    if (fx->h == NULL)
        fail_msg("host_new: %s", err);
    lua_State *L = host_state(fx->h);
    lua_pushcfunction(L, l_hook_is_on);
    lua_setglobal(L, "hook_is_on");
    assert_int_equal(luaL_loadbuffer(L, engine_src, strlen(engine_src), "=[styr]/t"), LUA_OK);
    assert_int_equal(luaL_loadbuffer(L, cfg_src, strlen(cfg_src), cfg_name), LUA_OK);
    return L;
}

/* Engine code past its first hook runs with the hook off; configuration code it calls gets the
 * hook back from the watchdog's next tick (ticks come every 0.2 s; the loop gives up after 10 s
 * of processor time, which only a missing tick reaches). */
static void test_hook_off_in_engine_code(void **state)
{
    fixture *fx = *state;
    lua_State *L = ticking_call(fx, 0, 0, 0, "@cfg/wait.lua",
                                "local t0 = os.clock()\n"
                                "repeat until hook_is_on() or os.clock() - t0 > 10\n"
                                "return hook_is_on()",
                                "local cfg = ...\n"
                                "local s = 0\n"
                                "for i = 1, 5000 do s = s + i end\n"
                                "local off = not hook_is_on()\n"
                                "return off, cfg()");
    if (styr_pcall(L, 1, 2, "t") != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    if (!lua_toboolean(L, -2))
        fail_msg("the hook was still on in styr's own code");
    if (!lua_toboolean(L, -1))
        fail_msg("no tick turned the hook on in configuration code");
}

/* A loop that never ends, entered from engine code while the hook is off, is still stopped at
 * the instruction budget and named by its line. */
static void test_budget_after_hook_off(void **state)
{
    fixture *fx = *state;
    /* (The loop ends after 20 s of processor time, which only a missing tick lets it reach.) */
    lua_State *L = ticking_call(fx, 0, 100000, 0, "@cfg/loop.lua",
                                "local t0 = os.clock()\nwhile os.clock() - t0 < 20 do end",
                                "local cfg = ...\n"
                                "local s = 0\n"
                                "for i = 1, 5000 do s = s + i end\n"
                                "assert(not hook_is_on(), 'the hook is off')\n"
                                "cfg()");
    assert_int_equal(styr_pcall(L, 1, 0, "t"), LUA_ERRRUN);
    const char *msg = lua_tostring(L, -1);
    if (strstr(msg, "cfg/loop.lua:2: instruction budget of 100000 exceeded") == NULL)
        fail_msg("unexpected message: %s", msg);
    assert_int_equal(host_budget_exceeded(L), 1);
}

/* A signal mask inherited from whoever started styr that blocks the tick does not keep the hook
 * off for good: the call unblocks it, and a loop that never ends is stopped as before. */
static void test_tick_blocked_by_the_parent(void **state)
{
    fixture *fx = *state;
    sigset_t urg, old;
    sigemptyset(&urg);
    sigaddset(&urg, SIGURG);
    pthread_sigmask(SIG_BLOCK, &urg, &old);
    lua_State *L = ticking_call(fx, 0, 100000, 0, "@cfg/loop.lua",
                                "local t0 = os.clock()\nwhile os.clock() - t0 < 20 do end",
                                "local cfg = ...\n"
                                "local s = 0\n"
                                "for i = 1, 5000 do s = s + i end\n"
                                "assert(not hook_is_on(), 'the hook is off')\n"
                                "cfg()");
    int status = styr_pcall(L, 1, 0, "t");
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    assert_int_equal(status, LUA_ERRRUN);
    const char *msg = lua_tostring(L, -1);
    if (strstr(msg, "cfg/loop.lua:2: instruction budget of 100000 exceeded") == NULL)
        fail_msg("unexpected message: %s", msg);
}

/* Configuration code called in many short pieces by styr's code (a formula per value), each
 * shorter than a tick: the ticks that find it running charge it the time the hook was off, so
 * the time limit stops it (each piece spins 2 ms; 10 000 of them would take 20 s). */
static void test_time_limit_over_short_calls(void **state)
{
    fixture *fx = *state;
    lua_State *L = ticking_call(fx, 0, 0, 1, "@cfg/short.lua",
                                "local t0 = os.clock()\nrepeat until os.clock() - t0 > 0.002",
                                "local cfg = ...\n"
                                "for i = 1, 10000 do\n"
                                "  local s = 0\n"
                                "  for j = 1, 2000 do s = s + j end\n"
                                "  cfg()\n"
                                "end\n"
                                "return 'not stopped'");
    int status = styr_pcall(L, 1, 1, "t");
    const char *msg = lua_tostring(L, -1);
    if (status == LUA_OK ||
        strstr(msg, "time limit of 1 s for configuration code exceeded") == NULL ||
        strstr(msg, "cfg/short.lua:") == NULL)
        fail_msg("not stopped by the time limit: %s", msg ? msg : "(no message)");
    assert_int_equal(host_budget_exceeded(L), 1);
}

/* styr's own functions that configuration code calls are styr's time, while the hook is off as
 * before: 1000 calls of a configuration function that calls a styr function spinning 2 ms (2 s in
 * all) pass a 1 s limit. */
static void test_engine_helpers_are_not_charged(void **state)
{
    fixture *fx = *state;
    lua_State *L = ticking_call(fx, 0, 0, 1, "@cfg/calls.lua", "local helper = ...\nhelper()",
                                "local cfg = ...\n"
                                "local function spin()\n"
                                "  local t0 = os.clock()\n"
                                "  repeat until os.clock() - t0 > 0.002\n"
                                "end\n"
                                "for i = 1, 1000 do\n"
                                "  local s = 0\n"
                                "  for j = 1, 2000 do s = s + j end\n"
                                "  cfg(spin)\n"
                                "end\n"
                                "return 'done'");
    if (styr_pcall(L, 1, 1, "t") != LUA_OK)
        fail_msg("styr's time was charged to the configuration: %s", lua_tostring(L, -1));
    assert_string_equal(lua_tostring(L, -1), "done");
}

/* Memory: configuration code entered while the hook is off and growing past the cap is named by
 * its line (the allocator turns the hook on near the cap); styr's own growth is styr's. */
static void test_memory_after_hook_off(void **state)
{
    fixture *fx = *state;
    const char *grow = "local t = {}\nfor i = 1, 1e8 do\n  t[i] = ('x'):rep(40) .. i\nend";
    const char *engine = "local cfg = ...\n"
                         "local s = 0\n"
                         "for i = 1, 5000 do s = s + i end\n"
                         "assert(not hook_is_on(), 'the hook is off')\n"
                         "cfg()";
    lua_State *L = ticking_call(fx, (size_t)8 * 1024 * 1024, 0, 0, "@cfg/grow.lua", grow, engine);
    assert_int_not_equal(styr_pcall(L, 1, 0, "t"), LUA_OK);
    const char *msg = lua_tostring(L, -1);
    if (strstr(msg, "cfg/grow.lua:3: memory limit of 8 MiB exceeded (raise it") == NULL)
        fail_msg("unexpected message: %s", msg);
    assert_int_equal(host_stopped_in_engine(L), 0);
    lua_pop(L, 1);
    lua_gc(L, LUA_GCCOLLECT);
    assert_int_equal(luaL_loadbuffer(L, engine, strlen(engine), "=[styr]/t"), LUA_OK);
    assert_int_equal(luaL_loadbuffer(L, grow, strlen(grow), "=[styr]/grow"), LUA_OK);
    assert_int_not_equal(styr_pcall(L, 1, 0, "t"), LUA_OK);
    msg = lua_tostring(L, -1);
    if (strstr(msg, "memory limit of 8 MiB exceeded while styr was working") == NULL)
        fail_msg("unexpected message: %s", msg);
    assert_int_equal(host_stopped_in_engine(L), 1);
}

/* An xpcall message handler that never returns: Lua calls it from inside the count hook with
 * hooks off, so it must not get to run once a limit has stopped the run (it used to hang). */
static void test_budget_with_looping_message_handler(void **state)
{
    (void)state;
    const char *want = "instruction budget of 100000 exceeded";
    assert_true(stops_in_child(
        "xpcall(function() while true do end end, function(e) while true do end end)", want,
        100000));
    assert_true(stops_in_child("xpcall(error, function(e) while true do end end)", want, 100000));
    /* The same through the configuration environment, which copies xpcall. */
    assert_true(stops_in_child(
        "local env = require('styr.sandbox').new({})\n"
        "local f = assert(load('xpcall(function() while true do end end, function() while true do "
        "end end)', '@cfg/init.lua', 't', env))\n"
        "f()",
        want, 100000));
    /* A handler that loops on a plain error is stopped like any loop; xpcall still works. */
    assert_true(stops_in_child("local ok, e = xpcall(error, function(e) return 'handled' end)\n"
                               "assert(not ok and e == 'handled')\n"
                               "while true do end",
                               want, 100000));
}

/* ---- memory cap ---------------------------------------------------------------------------- */

static void test_memory_cap_gradual_growth(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, (size_t)8 * 1024 * 1024, 0, NULL, 0);
    assert_int_equal(host_memory_exceeded(L), 0);
    run_fails(L, "@cfg/grow.lua",
              "local t = {}\nfor i = 1, 1e8 do\n  t[i] = ('x'):rep(40) .. i\nend",
              "memory limit of 8 MiB exceeded");
    assert_int_equal(host_memory_exceeded(L), 1);
    assert_int_equal(host_budget_exceeded(L), 0);
    /* Once the garbage is collected, the state works again and the flag is cleared. */
    lua_gc(L, LUA_GCCOLLECT);
    run_expect(L, "return tostring(#('y'):rep(1000))", "1000");
    assert_int_equal(host_memory_exceeded(L), 0);
}

/* styr's own work (no configuration code on the stack) over the cap: the message says the job
 * needs more memory, names no configuration line and suggests a limit; the flag tells the CLI
 * not to count it as a configuration problem. */
static void test_memory_cap_in_engine_code(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, (size_t)8 * 1024 * 1024, 0, NULL, 0);
    run_fails(L, "=[styr]/engine/grow.lua",
              "local t = {}\nfor i = 1, 1e8 do\n  t[i] = ('x'):rep(40) .. i\nend",
              "memory limit of 8 MiB exceeded while styr was working (not in the configuration's "
              "code): this job needs more; nothing of the unfinished part was stored; run it again "
              "with a higher limit, for example --max-memory 32");
    assert_int_equal(host_memory_exceeded(L), 1);
    assert_int_equal(host_stopped_in_engine(L), 1);
    lua_gc(L, LUA_GCCOLLECT);
    /* Configuration code over the cap is the configuration's: its file:line, not the engine. */
    run_fails(L, "@cfg/grow.lua",
              "local t = {}\nfor i = 1, 1e8 do\n  t[i] = ('x'):rep(40) .. i\nend",
              "cfg/grow.lua:3: memory limit of 8 MiB exceeded (raise it with --max-memory)");
    assert_int_equal(host_stopped_in_engine(L), 0);
}

static void test_memory_cap_single_allocation(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, (size_t)8 * 1024 * 1024, 0, NULL, 0);
    int status = run_fails(L, "=t", "local s = ('x'):rep(64 * 1024 * 1024)\nreturn #s",
                           "memory limit of 8 MiB exceeded");
    assert_int_equal(status, LUA_ERRMEM);
    assert_int_equal(host_memory_exceeded(L), 1);
    /* A pcall in the script does not hide it: the run stops at the next check. */
    run_fails(L, "=t",
              "local ok = pcall(string.rep, 'x', 64 * 1024 * 1024)\n"
              "for i = 1, 1e7 do end\nreturn 'escaped'",
              "memory limit of 8 MiB exceeded");
    assert_int_equal(host_memory_exceeded(L), 1);
    /* Below the cap is fine. */
    run_expect(L, "return tostring(#('x'):rep(1024 * 1024))", "1048576");
    assert_int_equal(host_memory_exceeded(L), 0);
}

/* A cap too small for the standard libraries: host_new fails cleanly. */
static void test_memory_cap_too_small_for_the_host(void **state)
{
    (void)state;
    host_options o = {4096, 0, NULL, 0, 0, 0};
    char err[512] = "";
    host *h = host_new(&o, err, sizeof err);
    assert_null(h);
    if (strstr(err, "starting the Lua host") == NULL || strstr(err, "memory limit") == NULL)
        fail_msg("got '%s'", err);
}

/* ---- running a command line (host_run_cli) -------------------------------------------------- */

/* Writes root/cli/cli.lua (the engine's CLI, as --lua-dir finds it) with the given source. */
static void write_cli(fixture *fx, const char *src)
{
    char path[400];
    snprintf(path, sizeof path, "%s/cli", fx->root);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(path, sizeof path, "%s/cli/cli.lua", fx->root);
    write_bytes(path, src, strlen(src));
}

/* Runs cli in the host with stderr going to a file; returns the exit code, and what was written
 * to stderr in err. */
static int run_cli(fixture *fx, const host_cli *cli, char *err, size_t errlen)
{
    char path[400];
    snprintf(path, sizeof path, "%s/stderr.txt", fx->root);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    assert_true(saved >= 0 && fd >= 0);
    assert_true(dup2(fd, STDERR_FILENO) >= 0);
    close(fd);
    int code = host_run_cli(fx->h, cli);
    fflush(stderr);
    assert_true(dup2(saved, STDERR_FILENO) >= 0);
    close(saved);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t n = fread(err, 1, errlen - 1, f);
    err[n] = '\0';
    fclose(f);
    return code;
}

/* The engine's main gets the command, the options (a flag as true, a later option winning over an
 * earlier one), the arguments in order and verbose; its integer result is the exit code. */
static void test_run_cli_passes_the_command_line(void **state)
{
    fixture *fx = *state;
    make_root(fx);
    write_cli(fx,
              "return { main = function(o)\n"
              "  local ok = o.command == 'report' and o.verbose == true and o.config == 'B'\n"
              "    and o.json == true and #o.args == 2 and o.args[1] == 'x' and o.args[2] == 'y'\n"
              "  return ok and 7 or 9\n"
              "end }\n");
    lua_State *L = new_host(fx, 0, 0, fx->root, 1);
    const char *args[] = {"x", "y"};
    host_cli_option options[] = {{"config", "A"}, {"json", NULL}, {"config", "B"}};
    host_cli cli = {"report", 1, args, 2, options, 3};
    char err[2048];
    assert_int_equal(run_cli(fx, &cli, err, sizeof err), 7);
    assert_string_equal(err, "");
    assert_int_equal(lua_gettop(L), 0); /* the stack is left as found */
}

/* A failure in the engine is a fault in styr (70), named with the command; a result that is not an
 * integer is one too; a configuration stopped by its instruction budget is a configuration error
 * (3). */
static void test_run_cli_failures(void **state)
{
    fixture *fx = *state;
    make_root(fx);
    write_cli(
        fx,
        "return { main = function(o)\n"
        "  if o.command == 'boom' then error('it broke') end\n"
        "  if o.command == 'loop' then load('while true do end', '@cfg/loop.lua', 't')() end\n"
        "  return 'not a code'\n"
        "end }\n");
    lua_State *L = new_host(fx, 0, 100000, fx->root, 0);
    char err[2048];
    host_cli cli = {"boom", 0, NULL, 0, NULL, 0};
    assert_int_equal(run_cli(fx, &cli, err, sizeof err), STYR_EXIT_INTERNAL);
    if (strstr(err, "styr boom: ") == NULL || strstr(err, "it broke") == NULL ||
        strstr(err, "this is a fault in styr itself") == NULL)
        fail_msg("got '%s'", err);

    cli.command = "loop";
    assert_int_equal(run_cli(fx, &cli, err, sizeof err), STYR_EXIT_CONFIG);
    if (strstr(err, "cfg/loop.lua:1:") == NULL || strstr(err, "instruction budget") == NULL ||
        strstr(err, "fault in styr") != NULL || strstr(err, "1 problem") != NULL)
        fail_msg("got '%s'", err);
    /* once the engine named the configuration folder, the closing line of a configuration error */
    host_set_config_dir(L, "cfg");
    assert_int_equal(run_cli(fx, &cli, err, sizeof err), STYR_EXIT_CONFIG);
    if (strstr(err, "instruction budget") == NULL ||
        strstr(err, "\nstyr: cfg: 1 problem\n") == NULL)
        fail_msg("got '%s'", err);

    cli.command = "other";
    assert_int_equal(run_cli(fx, &cli, err, sizeof err), STYR_EXIT_INTERNAL);
    assert_int_equal(lua_gettop(L), 0);
}

/* Without the engine's CLI the command cannot run: a fault in styr, with the reason. */
static void test_run_cli_without_the_engine(void **state)
{
    fixture *fx = *state;
    make_root(fx);
    new_host(fx, 0, 0, fx->root, 0); /* an empty --lua-dir: no cli/cli.lua */
    char err[2048];
    host_cli cli = {"validate", 0, NULL, 0, NULL, 0};
    assert_int_equal(run_cli(fx, &cli, err, sizeof err), STYR_EXIT_INTERNAL);
    if (strncmp(err, "styr: ", 6) != 0 || strstr(err, "cannot open") == NULL)
        fail_msg("got '%s'", err);
}

/* A pattern with more repetitions than the host allows is refused when configuration code uses
 * it (the 12 repetitions below backtrack for years on 3000 bytes); styr's own scripts, plain
 * finds and patterns within the limit work as in Lua. */
static void test_pattern_repetitions(void **state)
{
    fixture *fx = *state;
    lua_State *L = new_host(fx, 0, 0, NULL, 0);
    run_fails(L, "@cfg.lua", "return ('a'):rep(3000):find(('a*'):rep(12) .. 'b')",
              "cfg.lua:1: string.find: the pattern has 12 repetitions (*, +, - or ?); "
              "configuration code may use at most 8");
    run_fails(L, "@cfg.lua", "return string.gsub('x', '.?.?.?.?.?.?.?.?.?', '')",
              "string.gsub: the pattern has 9 repetitions");
    run_fails(L, "@cfg.lua", "for w in ('ab'):gmatch('[%]]*a*b*c*d*e*f*g*h-') do end",
              "string.gmatch: the pattern has 9 repetitions");
    run_expect(L, "return tostring(('a*a*'):find(('a*'):rep(12), 1, true))", "nil");
    run_expect(L,
               "return ('2019-01-02T03:04:05Z'):gsub('^(%d+)-(%d+)-(%d+)T(%d+):(%d+):(%d+)Z$', "
               "'%1%2%3%4%5%6') .. ('%*[*]-%b()%f[%a]'):match('%%%*(%[%*%]%-)')",
               "20190102030405[*]-");
    lua_State *E = L;
    const char *src = "return ('aaa'):find(('a*'):rep(12))";
    assert_int_equal(luaL_loadbuffer(E, src, strlen(src), "=[styr]/t"), LUA_OK);
    if (styr_pcall(E, 0, 1, "t") != LUA_OK)
        fail_msg("styr's own scripts were refused: %s", lua_tostring(E, -1));
    assert_int_equal(lua_tointeger(E, -1), 1);
    lua_pop(E, 1);
}

/* Runs chunk src (named name) in a fresh host with the watchdog and a one-second limit, in a
 * child process (the watchdog ends it), then closes the host. Returns the child's exit code (or
 * -1) and its standard error in err. */
static int watchdog_child(const char *name, const char *src, char *err, size_t errlen)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        alarm(30);
        close(fds[0]);
        if (dup2(fds[1], STDERR_FILENO) < 0)
            _exit(10);
        host_options o = {0, 0, NULL, 0, 1, 1};
        char herr[512];
        host *h = host_new(&o, herr, sizeof herr);
        if (h == NULL)
            _exit(11);
        lua_State *L = host_state(h);
        host_set_config_dir(L, "cfgdir");
        if (luaL_loadbuffer(L, src, strlen(src), name) != LUA_OK)
            _exit(12);
        int status = styr_pcall(L, 0, 0, "t");
        host_free(h);
        _exit(status == LUA_OK ? 0 : 13);
    }
    close(fds[1]);
    size_t got = 0;
    ssize_t n;
    while (got + 1 < errlen && (n = read(fds[0], err + got, errlen - 1 - got)) > 0)
        got += (size_t)n;
    err[got] = '\0';
    close(fds[0]);
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

/* One C call the count hook cannot enter: a pattern within the repetition limit that still
 * backtracks for hours. The watchdog ends the run at the time limit, with the configuration's
 * file:line and the closing line of a configuration error. gmatch's iterator is watched too. */
static void test_watchdog_ends_a_long_c_call(void **state)
{
    (void)state;
    char err[2048];
    int rc = watchdog_child("@cfg.lua", "\nlocal x = ('a'):rep(3000):find(('a*'):rep(6) .. 'b')",
                            err, sizeof err);
    assert_int_equal(rc, HOST_EXIT_LIMIT);
    if (strstr(err,
               "cfg.lua:2: time limit of 1 s for configuration code exceeded inside "
               "string.find") == NULL ||
        strstr(err, "\nstyr: cfgdir: 1 problem\n") == NULL)
        fail_msg("stderr: %s", err);
    rc = watchdog_child("@cfg.lua", "for w in ('a'):rep(3000):gmatch(('a*'):rep(6) .. 'b') do end",
                        err, sizeof err);
    assert_int_equal(rc, HOST_EXIT_LIMIT);
    if (strstr(err,
               "cfg.lua:1: time limit of 1 s for configuration code exceeded inside "
               "string.gmatch") == NULL)
        fail_msg("stderr: %s", err);
    /* Short C calls in a loop are the count hook's: it stops them as before. */
    rc = watchdog_child("@cfg.lua", "for i = 1, 1e9 do ('x('):rep(4096) end", err, sizeof err);
    assert_int_equal(rc, 13);
}

/* Lua runs finalizers with hooks off, when the state closes: a finalizer that never returns
 * (which configuration code cannot make, but a hole might) is ended by the watchdog. */
static void test_watchdog_ends_a_finalizer_at_close(void **state)
{
    (void)state;
    char err[2048];
    int rc = watchdog_child("=t", "setmetatable({}, { __gc = function() while true do end end })",
                            err, sizeof err);
    assert_int_equal(rc, HOST_EXIT_LIMIT);
    if (strstr(err, "configuration code still ran 1 s after the command finished") == NULL ||
        strstr(err, "styr: cfgdir: 1 problem") == NULL)
        fail_msg("stderr: %s", err);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_runs_code_and_sets_version),
        T(test_sandbox_leaves_out_the_outside_world),
        T(test_bytecode_is_refused),
        T(test_lua_dir_refuses_bytecode),
        T(test_host_require),
        T(test_error_messages),
        T(test_verbose_adds_traceback),
        T(test_instruction_budget),
        T(test_budget_cannot_be_caught),
        T(test_budget_with_looping_message_handler),
        T(test_time_limit),
        T(test_engine_code_is_not_limited),
        T(test_hook_off_in_engine_code),
        T(test_budget_after_hook_off),
        T(test_tick_blocked_by_the_parent),
        T(test_time_limit_over_short_calls),
        T(test_engine_helpers_are_not_charged),
        T(test_memory_after_hook_off),
        T(test_pattern_repetitions),
        T(test_watchdog_ends_a_long_c_call),
        T(test_watchdog_ends_a_finalizer_at_close),
        T(test_memory_cap_gradual_growth),
        T(test_memory_cap_single_allocation),
        T(test_memory_cap_in_engine_code),
        T(test_memory_cap_too_small_for_the_host),
        T(test_run_cli_passes_the_command_line),
        T(test_run_cli_failures),
        T(test_run_cli_without_the_engine),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
