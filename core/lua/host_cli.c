/* Running a command line in the engine: the one place that turns what main.c parsed into the
 * options table of styr.cli's main, calls it and reports how it ended (lua/host.h). */
#include <stdio.h>
#include <string.h>

#include <lua.h>

#include "lua/host.h"
#include "lua/host_state.h"

/* Pushes { command =, verbose =, args = { … }, [option] = value | true }; a memory error is
 * raised (run under lua_pcall). */
static int push_options(lua_State *L)
{
    const host_cli *cli = lua_touserdata(L, 1);
    lua_newtable(L); /* stack: cli, opts */
    lua_pushstring(L, cli->command);
    lua_setfield(L, -2, "command");
    lua_pushboolean(L, cli->verbose);
    lua_setfield(L, -2, "verbose");
    for (size_t i = 0; i < cli->n_options; i++) {
        if (cli->options[i].value)
            lua_pushstring(L, cli->options[i].value);
        else
            lua_pushboolean(L, 1);
        lua_setfield(L, -2, cli->options[i].name);
    }
    lua_createtable(L, (int)cli->n_args, 0); /* stack: cli, opts, args */
    for (size_t i = 0; i < cli->n_args; i++) {
        lua_pushstring(L, cli->args[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "args");
    return 1;
}

/* Prints the failure on top of the stack; returns the exit code it stands for. */
static int report_failure(host *h, lua_State *L, const char *cli_command)
{
    int limit = host_budget_exceeded(L) || host_memory_exceeded(L);
    lua_getglobal(L, "STYR_RUNNING"); /* the configuration file being run, set by the engine */
    const char *file = lua_tostring(L, -1);
    const char *msg = lua_tostring(L, -2);
    if (msg == NULL)
        msg = "(an error without a message)";
    int engine = host_stopped_in_engine(L);
    /* A memory error carries no position: name the configuration file that was running. */
    if (engine)
        fprintf(stderr, "styr %s: %s\n", cli_command, msg);
    else if (host_memory_exceeded(L) && file && strstr(msg, file) == NULL)
        fprintf(stderr, "%s: %s\n", file, msg);
    else
        fprintf(stderr, "%s\n", msg);
    if (limit && !engine && host_config_dir(h)) /* the closing line of every configuration error */
        fprintf(stderr, "styr: %s: 1 problem\n", host_config_dir(h));
    if (!limit)
        fprintf(stderr,
                "styr: this is a fault in styr itself; please report it with the "
                "command and configuration that caused it\n");
    lua_pop(L, 1);
    /* The job larger than the memory limit: the run failed (1), the configuration is not wrong. */
    return engine ? STYR_EXIT_RUN_FAILED : limit ? STYR_EXIT_CONFIG : STYR_EXIT_INTERNAL;
}

int host_run_cli(host *h, const host_cli *cli)
{
    lua_State *L = host_state(h);
    int top = lua_gettop(L);
    lua_pushcfunction(L, push_options);
    lua_pushlightuserdata(L, (void *)cli);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) { /* stack: opts | message */
        fprintf(stderr, "styr: %s\n", lua_tostring(L, -1));
        lua_settop(L, top);
        return STYR_EXIT_INTERNAL;
    }
    if (host_require(h, "styr.cli") != LUA_OK) { /* stack: opts, cli | message */
        fprintf(stderr, "styr: %s\n", lua_tostring(L, -1));
        lua_settop(L, top);
        return STYR_EXIT_INTERNAL;
    }
    lua_getfield(L, -1, "main"); /* stack: opts, cli, main */
    lua_pushvalue(L, -3);
    char what[64];
    snprintf(what, sizeof what, "styr %s", cli->command);
    int code;
    if (styr_pcall(L, 1, 1, what) != LUA_OK) /* stack: opts, cli, result | message */
        code = report_failure(h, L, cli->command);
    else
        code = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : STYR_EXIT_INTERNAL;
    lua_settop(L, top);
    return code;
}
