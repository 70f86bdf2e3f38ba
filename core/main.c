/* styr: command-line entry. Parses arguments, sets up the Lua host and hands the command to the
 * engine (scripts/cli.lua). Nothing else lives here. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <sqlite3.h>

#include "host.h"
#include "version.h"

/* Exit codes, documented in the README. */
enum {
    EXIT_OK = 0,
    EXIT_RUN_FAILED = 1, /* data, network, store or output failure */
    EXIT_USAGE = 2,
    EXIT_CONFIG = 3,
    EXIT_INTERNAL = 70,
};

typedef struct command {
    const char *name;
    const char *usage;
    const char *help;
    const char *const *options; /* option names that take a value */
    const char *const *flags;   /* option names without a value */
    int min_args, max_args;
} command;

static const char *const no_opts[] = {NULL};
static const char *const report_opts[] = {"--config", "--out", "--db", NULL};
static const char *const json_flag[] = {"--json", NULL};
static const char *const show_opts[] = {"--config", "--year", NULL};
static const char *const export_opts[] = {"--config", "--format", "--out", "--year", NULL};

static const command commands[] = {
    {"validate", "styr validate [DIR]",
     "Checks the configuration in DIR (default: the current folder) and prints every problem as\n"
     "file:line: message. Exits 0 when it is valid, 3 when it is not. Touches no database.\n"
     "\n"
     "  --json    print the problems as a JSON array instead\n",
     no_opts, json_flag, 0, 1},
    {"report", "styr report NAME [--config DIR] [--out DIR] [--db FILE]",
     "Stores the configuration's typed-in values (one transaction; a value that did not change\n"
     "adds nothing), then renders report NAME in each of its formats into the output folder,\n"
     "atomically: a failure leaves earlier files intact.\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --out DIR      output folder (default: reports)\n"
     "  --db FILE      SQLite database (default: styr.db in the configuration folder)\n",
     report_opts, no_opts, 1, 1},
    {"show", "styr show org|wheel [--config DIR] [--year YEAR]",
     "Prints a view of the configuration on the terminal:\n"
     "  org     the organisation as a tree: levels, kinds, reporting lines, chairs, members, mandates\n"
     "  wheel   the annual wheel of one year in date order, in the municipality's time zone\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --year YEAR    the wheel's year (default: this year)\n",
     show_opts, no_opts, 1, 1},
    {"export", "styr export org|wheel --format FORMAT [--config DIR] [--out FILE] [--year YEAR]",
     "Writes a view of the configuration as a file (to standard output without --out):\n"
     "  org --format dot|svg    the organisation chart (SVG laid out by Graphviz)\n"
     "  wheel --format ics      the annual wheel as an iCalendar file (RFC 5545) for calendar programs\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --out FILE     write to FILE atomically instead of standard output\n"
     "  --year YEAR    the wheel's first year (default: this year)\n",
     export_opts, no_opts, 1, 1},
    {NULL, NULL, NULL, NULL, NULL, 0, 0},
};

static const char *const global_help =
    "styr: goals, indicators and follow-up reports for municipal labour-market governance.\n"
    "\n"
    "Usage: styr [GLOBAL OPTIONS] COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  validate [DIR]      check a configuration folder\n"
    "  report NAME         store the configuration's values and render report NAME\n"
    "  show org|wheel      print the organisation tree or the annual wheel of a year\n"
    "  export org|wheel    write the organisation chart (dot, svg) or the wheel (ics)\n"
    "  help [COMMAND]      show help for a command\n"
    "\n"
    "Global options:\n"
    "  --help, -h              show help (also after a command)\n"
    "  --version               print versions of styr, Lua and SQLite\n"
    "  --verbose, -v           add Lua tracebacks to errors\n"
    "  --max-memory MIB        memory cap for configuration code (default 64)\n"
    "  --max-instructions N    instruction budget for configuration code (default 200000000)\n"
    "  --lua-dir DIR           load the engine's Lua scripts from DIR (development)\n"
    "  --now TIME              fix the clock (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ), as STYR_NOW\n"
    "\n"
    "Exit codes: 0 ok, 1 run failed (data, store, output), 2 usage error, 3 configuration error,\n"
    "70 internal error.\n";

static int usage_error(const char *fmt, const char *a)
{
    fprintf(stderr, "styr: ");
    fprintf(stderr, fmt, a);
    fprintf(stderr, "\nTry 'styr --help'.\n");
    return EXIT_USAGE;
}

static int in_list(const char *const *list, const char *s)
{
    for (; *list; list++)
        if (strcmp(*list, s) == 0)
            return 1;
    return 0;
}

static const command *find_command(const char *name)
{
    for (const command *c = commands; c->name; c++)
        if (strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

static void print_command_help(const command *c)
{
    printf("Usage: %s\n\n%s", c->usage, c->help);
}

/* Parses a positive integer option value; returns 0 on success. */
static int parse_count(const char *s, long long max, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v <= 0 || v > max)
        return -1;
    *out = v;
    return 0;
}

int main(int argc, char **argv)
{
    host_options hopts = {0};
    int i = 1;
    /* Global options before the command. */
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(global_help, stdout);
            return EXIT_OK;
        } else if (!strcmp(a, "--version")) {
            printf("styr %s\n%s (linked)\nSQLite %s\n", STYR_VERSION, LUA_RELEASE, sqlite3_libversion());
            return EXIT_OK;
        } else if (!strcmp(a, "--verbose") || !strcmp(a, "-v")) {
            hopts.verbose = 1;
        } else if (!strcmp(a, "--max-memory") || !strcmp(a, "--max-instructions") ||
                   !strcmp(a, "--lua-dir") || !strcmp(a, "--now")) {
            if (i + 1 >= argc)
                return usage_error("option %s needs a value", a);
            const char *v = argv[++i];
            long long n;
            if (!strcmp(a, "--max-memory")) {
                if (parse_count(v, 1 << 20, &n) != 0)
                    return usage_error("--max-memory takes a number of MiB (1 to 1048576), not '%s'", v);
                hopts.max_memory = (size_t)n * 1024 * 1024;
            } else if (!strcmp(a, "--max-instructions")) {
                if (parse_count(v, (long long)1 << 50, &n) != 0)
                    return usage_error("--max-instructions takes a positive number, not '%s'", v);
                hopts.max_instructions = n;
            } else if (!strcmp(a, "--lua-dir")) {
                hopts.lua_dir = v;
            } else if (setenv("STYR_NOW", v, 1) != 0) {
                return usage_error("cannot set the clock to '%s'", v);
            }
        } else {
            return usage_error("unknown option '%s'", a);
        }
    }
    if (i >= argc) {
        fputs(global_help, stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[i++];
    if (!strcmp(name, "help")) {
        if (i >= argc) {
            fputs(global_help, stdout);
            return EXIT_OK;
        }
        const command *c = find_command(argv[i]);
        if (c == NULL)
            return usage_error("no command named '%s'", argv[i]);
        print_command_help(c);
        return EXIT_OK;
    }
    const command *cmd = find_command(name);
    if (cmd == NULL)
        return usage_error("unknown command '%s'", name);

    char err[1024];
    host *h = host_new(&hopts, err, sizeof err);
    if (h == NULL) {
        fprintf(stderr, "styr: %s\n", err);
        return EXIT_INTERNAL;
    }
    lua_State *L = host_state(h);
    /* stack: opts = { command = name, args = { … }, [option] = value, verbose = bool } */
    lua_newtable(L);
    lua_pushstring(L, name);
    lua_setfield(L, -2, "command");
    lua_pushboolean(L, hopts.verbose);
    lua_setfield(L, -2, "verbose");
    lua_newtable(L);
    int nargs = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            print_command_help(cmd);
            host_free(h);
            return EXIT_OK;
        } else if (in_list(cmd->options, a)) {
            if (i + 1 >= argc) {
                host_free(h);
                return usage_error("option %s needs a value", a);
            }
            lua_pushstring(L, argv[++i]);
            lua_setfield(L, -3, a + 2);
        } else if (in_list(cmd->flags, a)) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -3, a + 2);
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "styr %s: unknown option '%s'\nUsage: %s\n", cmd->name, a, cmd->usage);
            host_free(h);
            return EXIT_USAGE;
        } else {
            lua_pushstring(L, a);
            lua_rawseti(L, -2, ++nargs);
        }
    }
    if (nargs < cmd->min_args || nargs > cmd->max_args) {
        fprintf(stderr, "styr %s: wrong number of arguments\nUsage: %s\n", cmd->name, cmd->usage);
        host_free(h);
        return EXIT_USAGE;
    }
    lua_setfield(L, -2, "args");

    int code;
    if (host_require(h, "styr.cli") != LUA_OK) {
        fprintf(stderr, "styr: %s\n", lua_tostring(L, -1));
        host_free(h);
        return EXIT_INTERNAL;
    }
    lua_getfield(L, -1, "main"); /* stack: opts, cli, main */
    lua_pushvalue(L, -3);
    char what[64];
    snprintf(what, sizeof what, "styr %s", name);
    if (styr_pcall(L, 1, 1, what) != LUA_OK) {
        int limit = host_budget_exceeded(L) || host_memory_exceeded(L);
        lua_getglobal(L, "STYR_RUNNING"); /* the configuration file being run, set by the engine */
        const char *file = lua_tostring(L, -1);
        if (host_memory_exceeded(L) && file && strstr(lua_tostring(L, -2), file) == NULL)
            fprintf(stderr, "%s: %s\n", file, lua_tostring(L, -2));
        else
            fprintf(stderr, "%s\n", lua_tostring(L, -2));
        if (!limit)
            fprintf(stderr, "styr: this is a fault in styr itself; please report it with the "
                            "command and configuration that caused it\n");
        code = limit ? EXIT_CONFIG : EXIT_INTERNAL;
    } else {
        code = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : EXIT_INTERNAL;
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "styr: cannot write to standard output: %s\n", strerror(errno));
        code = code ? code : EXIT_RUN_FAILED;
    }
    host_free(h);
    return code;
}
