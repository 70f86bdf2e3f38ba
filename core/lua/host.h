/* The Lua host, as the CLI entry (core/main.c) sees it: no Lua types here, so that main.c parses
 * arguments and dispatches without Lua's headers.
 *
 * A host is one sandboxed Lua state with a memory cap, and an instruction budget and a time limit
 * for configuration code (one instruction can run long in C: ("x"):rep(4096) in a loop). The
 * state opens only base, string, table, math, utf8 and a reduced os; everything that touches the
 * outside world is reached through styr's C bindings (styr.store, styr.http, styr.output, …,
 * listed in lua/modules.c). The engine's Lua layer (scripts/) is loaded from the copies embedded
 * in the binary, or from --lua-dir while developing. Configuration files run in an environment
 * the engine builds from an allow-list (scripts/model/sandbox.lua).
 *
 * Bindings and tests that work with the state itself include lua/host_state.h. */
#ifndef STYR_HOST_H
#define STYR_HOST_H

#include <stddef.h>

#define HOST_DEFAULT_MAX_MEMORY ((size_t)64 * 1024 * 1024)
#define HOST_DEFAULT_MAX_INSTRUCTIONS 200000000LL
#define HOST_DEFAULT_MAX_SECONDS 60

/* styr's exit codes, documented in the README and in `styr --help`. */
enum {
    STYR_EXIT_OK = 0,
    STYR_EXIT_RUN_FAILED = 1, /* data, network, store or output failure */
    STYR_EXIT_USAGE = 2,
    STYR_EXIT_CONFIG = 3,
    STYR_EXIT_INTERNAL = 70,
};

typedef struct host_options {
    size_t max_memory; /* bytes the state may hold; 0 = default */
    long long
        max_instructions; /* VM instructions of configuration code per styr_pcall; 0 = default */
    const char *lua_dir;  /* load engine scripts from this folder instead of the embedded copies */
    int verbose;          /* append Lua tracebacks to error messages */
    int max_seconds;      /* seconds spent in configuration code per styr_pcall; 0 = default */
    int watchdog; /* end the process (exit HOST_EXIT_LIMIT) when one C call of configuration code,
                     or closing the state, outlasts max_seconds; the CLI sets it */
} host_options;

/* The exit code of a run the watchdog ends: a configuration error, as the CLI's. */
#define HOST_EXIT_LIMIT STYR_EXIT_CONFIG
/* Configuration code may use at most this many repetitions (*, +, -, ?) in one pattern. */
#define HOST_MAX_PATTERN_REPETITIONS 8

typedef struct host host;

/* Creates a sandboxed state. Returns NULL and fills err (size errlen) on failure. */
host *host_new(const host_options *opts, char *err, size_t errlen);
void host_free(host *h);

/* The configuration folder being run (styr.config.enter), for the line that closes a limit
 * error ("styr: DIR: 1 problem"); NULL before one is entered. */
const char *host_config_dir(host *h);

/* The release of the Lua linked into styr ("Lua 5.4.6"), for --version. */
const char *host_lua_release(void);

/* One option of a command line: --config DIR is { "config", "DIR" }; a flag (--json) has value
 * NULL and reaches the engine as true. */
typedef struct host_cli_option {
    const char *name; /* without the leading "--" */
    const char *value;
} host_cli_option;

/* A command line as main.c parsed it. The strings stay owned by the caller. */
typedef struct host_cli {
    const char *command;     /* "report" */
    int verbose;             /* --verbose: the engine adds tracebacks */
    const char *const *args; /* the positional arguments, in order */
    size_t n_args;
    const host_cli_option *options; /* in order; a later one wins over an earlier one */
    size_t n_options;
} host_cli;

/* Runs the command in the engine: calls main of styr.cli (scripts/cli/cli.lua) with
 * { command =, verbose =, args = { … }, [option] = value | true } under styr_pcall. Prints a
 * failure to stderr as "what: file:line: message" (a limit of configuration code named at the
 * configuration's file; any other failure marked as a fault in styr). Returns the exit code: what
 * main returned, STYR_EXIT_CONFIG when a limit stopped the run (followed by the line
 * "styr: DIR: 1 problem" once a configuration folder was entered), STYR_EXIT_INTERNAL otherwise. */
int host_run_cli(host *h, const host_cli *cli);

#endif
