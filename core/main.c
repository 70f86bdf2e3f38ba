/* styr: command-line entry. Parses arguments and hands the command to the engine
 * (scripts/cli/cli.lua) through the Lua host (lua/host.h, which has no Lua types). Nothing else
 * lives here; no Lua API is used here. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua/host.h"
#include "store/store.h"
#include "version.h"

typedef struct command {
    const char *name;
    const char *usage;
    const char *help;
    const char *const *options; /* option names that take a value */
    const char *const *flags;   /* option names without a value */
    int min_args, max_args;
} command;

static const char *const no_opts[] = {NULL};
static const char *const report_opts[] = {"--config", "--out",      "--db",
                                          "--as-of",  "--audience", NULL};
static const char *const json_flag[] = {"--json", NULL};
static const char *const show_opts[] = {"--config", "--year", "--from", "--to",
                                        "--body",   "--kind", NULL};
static const char *const show_flags[] = {"--json", "--cron", NULL};
static const char *const init_opts[] = {"--municipality", "--area", "--committee",
                                        "--peers",        "--name", NULL};
static const char *const init_flags[] = {"--force", "--offline", NULL};
static const char *const doctor_opts[] = {"--config", "--db", NULL};
static const char *const doctor_flags[] = {"--offline", NULL};
static const char *const fetch_opts[] = {"--config", "--db", NULL};
static const char *const fetch_flags[] = {"--offline", "--quiet", "--json", "--strict", NULL};
static const char *const history_opts[] = {"--config", "--db",    "--source",
                                           "--job",    "--limit", NULL};
static const char *const history_flags[] = {"--failed", "--json", "--audit", NULL};
static const char *const status_opts[] = {"--config", "--db", NULL};
static const char *const sources_opts[] = {"--config", NULL};
static const char *const sources_flags[] = {"--offline", "--json", NULL};
static const char *const sched_opts[] = {"--config", "--db", NULL};
static const char *const export_opts[] = {"--config", "--format", "--out",  "--year", "--from",
                                          "--to",     "--body",   "--kind", NULL};
static const char *const export_flags[] = {"--cron", "--deadlines", NULL};
static const char *const due_opts[] = {"--config", "--db", "--body", NULL};
static const char *const due_flags[] = {"--deadlines", "--json", NULL};
static const char *const compute_opts[] = {"--config", "--db", "--as-of", NULL};
static const char *const serve_opts[] = {"--config", "--db", "--listen", "--dev-user", NULL};
static const char *const serve_flags[] = {"--read-only", NULL};
static const char *const explain_opts[] = {"--config", "--db",     "--as-of", "--period",
                                           "--area",   "--gender", NULL};

static const command commands[] = {
    {"init",
     "styr init DIR [--municipality CODE] [--area AREA] [--committee NAME] [--peers CODES] "
     "[--name NAME] [--force] [--offline]",
     "Writes a working, commented configuration into folder DIR (created when missing) for a\n"
     "municipality given by its code: the municipality, a committee and its administration, a goal\n"
     "with labour-market indicators (Kolada's KPIs for a Swedish code, Statistics Denmark's tables\n"
     "for a Danish one), peers from the municipality's comparison group, a source, an annual wheel\n"
     "with tertial (SE) or quarterly (DK) follow-ups and a report with every kind of block. On a\n"
     "terminal it asks for what the flags leave out. Refuses a folder that is not empty.\n"
     "\n"
     "  --municipality CODE  four digits for Sweden (0581 Norrköping), three for Denmark (707 Norddjurs)\n"
     "  --area AREA       labour_market (default) or social_assistance\n"
     "  --committee NAME  the committee's name (default: Arbetsmarknadsnämnden, Beskæftigelsesudvalget, ...)\n"
     "  --peers CODES     the municipalities to compare with, comma-separated (default: the\n"
     "                    municipality's comparison group: its county in Sweden, its KOMGRP group in Denmark)\n"
     "  --name NAME       the municipality's name (needed for a code styr's catalogue does not have)\n"
     "  --force           write into a folder that is not empty (files of the same name are replaced)\n"
     "  --offline         look the code up in the catalogue bundled with styr only\n",
     init_opts, init_flags, 1, 1},
    {"doctor", "styr doctor [--config DIR] [--db FILE] [--offline]",
     "Checks the setup and says what to fix: versions, the configuration, the database (its folder\n"
     "writable), the time zone, each source's base URL, where it comes from and its environment\n"
     "variable, a test request to each (not with --offline), and the scheduler's systemd units where\n"
     "installed. Exits 0 when nothing needs fixing, 1 when something does.\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --db FILE      SQLite database (default: styr.db in the configuration folder)\n"
     "  --offline      only the local checks: no request to the sources\n",
     doctor_opts, doctor_flags, 0, 0},
    {"validate", "styr validate [DIR]",
     "Checks the configuration in DIR (default: the current folder) and prints every problem as\n"
     "file:line: message. Exits 0 when it is valid, 3 when it is not. Stores nothing; with a\n"
     "definition_lock it opens DIR/styr.db, when there is one, to check the locked definitions.\n"
     "\n"
     "  --json    print the problems as a JSON array instead\n",
     no_opts, json_flag, 0, 1},
    {"report",
     "styr report NAME [--config DIR] [--out DIR] [--db FILE] [--as-of DATE] [--audience BODY]",
     "Stores the configuration's typed-in values (one transaction; a value that did not change\n"
     "adds nothing) and computes the formulas, then renders report NAME in each of its formats\n"
     "into the output folder, once per audience, atomically: a failure leaves earlier files intact.\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --out DIR      output folder (default: reports)\n"
     "  --db FILE      SQLite database (default: styr.db in the configuration folder)\n"
     "  --as-of DATE   use only the values known at DATE (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ):\n"
     "                 the report as it was then, dated DATE\n"
     "  --audience BODY  render only for these of the report's audiences (ids, comma-separated)\n",
     report_opts, no_opts, 1, 1},
    {"show",
     "styr show org|wheel|indicators|goals|sources|bodies|reports [--config DIR] [--json] "
     "[--year YEAR | --from DATE --to DATE] [--body ID] [--kind KIND] [--cron]",
     "Prints a view of the configuration on the terminal:\n"
     "  org         the organisation as a tree: levels, kinds, reporting lines, chairs, members, mandates\n"
     "  wheel       the annual wheel of one year (or --from/--to) in date order, in the municipality's\n"
     "              time zone; plain cron jobs (a nightly fetch) only with --cron\n"
     "  indicators  id, title, unit, direction, targets, source and goals of each indicator\n"
     "  goals       id, title, perspective, body, status rule and indicators of each goal\n"
     "  sources     id, connector, base URL and what each source fetches\n"
     "  bodies      bodies, groups and roles: id, name, kind, level, reporting line\n"
     "  reports     id, title, year, formats, audiences and goals of each report\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --json         print the listing as JSON (indicators, goals, sources, bodies, reports, wheel)\n"
     "  --year YEAR    the wheel's year (default: this year)\n"
     "  --from DATE    the wheel from this day (YYYY-MM-DD), with --to\n"
     "  --to DATE      the wheel up to and including this day\n"
     "  --body ID      the wheel's events of one body: its meetings and the reports due to it\n"
     "  --kind KIND    the wheel's events of these kinds: meeting, report, data, job (comma-separated)\n"
     "  --cron         include the jobs that repeat by a cron expression\n",
     show_opts, show_flags, 1, 1},
    {"export",
     "styr export org|wheel --format FORMAT [--config DIR] [--out FILE] [--year YEAR] [--from DATE] "
     "[--to DATE] [--body ID] [--kind KIND] [--cron] [--deadlines]",
     "Writes a view of the configuration as a file (to standard output without --out):\n"
     "  org --format dot|svg    the organisation chart (SVG laid out by Graphviz)\n"
     "  wheel --format ics      the annual wheel as an iCalendar file (RFC 5545) for calendar programs\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --out FILE     write to FILE atomically instead of standard output\n"
     "  --year YEAR    the wheel's first year (default: this year)\n"
     "  --from DATE    the wheel's first day (YYYY-MM-DD): its events from then on; --to their last\n"
     "  --body ID, --kind KIND, --cron   as for styr show wheel\n"
     "  --deadlines    wheel: also each body's submission deadline for every reporting period\n"
     "                 (one all-day event per body, report and period; with --body, that body's)\n",
     export_opts, export_flags, 1, 1},
    {"fetch",
     "styr fetch [SOURCE...] [--config DIR] [--db FILE] [--offline] [--quiet] [--json] [--strict]",
     "Fetches the configuration's data sources (all, or the ones named) over HTTP and stores\n"
     "their values: one transaction per source, a value that did not change adds nothing, a\n"
     "changed value adds a vintage. A source that fails stores nothing and leaves its earlier\n"
     "data as they were; the others go on. Exits 1 when any source failed.\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --db FILE      SQLite database (default: styr.db in the configuration folder)\n"
     "  --offline      answer from the responses stored by the last successful fetch\n"
     "  --quiet        no progress line on the terminal\n"
     "  --json         print a JSON array: per source its counts, the base URL used and from where\n"
     "  --strict       a value the configuration asks for that comes back empty fails the source\n"
     "                 (as expect = \"values\" on a source does); without it, a warning\n"
     "\n"
     "Each source's base URL comes from STYR_URL_<SOURCE ID>, STYR_URL_<CONNECTOR> (e.g.\n"
     "STYR_URL_KOLADA), the source's url or the connector's default, the first that is set\n"
     "(docs/sources.md); it is printed and recorded with the run.\n",
     fetch_opts, fetch_flags, 0, 64},
    {"sources", "styr sources search kolada TEXT [--config DIR] [--offline] [--json]",
     "Searches a source's catalogue: `sources search kolada TEXT` lists the Kolada KPIs whose\n"
     "id or title contains every word of TEXT, from Kolada's live catalogue, or from the catalogue\n"
     "bundled with styr when offline or when Kolada cannot be reached, with the areas Kolada has\n"
     "each KPI for (municipalities, regions) and its latest year where known.\n"
     "\n"
     "  --config DIR   configuration folder whose kolada source gives the address (optional)\n"
     "  --offline      search the bundled catalogue only\n"
     "  --json         print a JSON array of {id, title, coverage, latest}\n",
     sources_opts, sources_flags, 3, 3},
    {"history",
     "styr history [--source S | --job J] [--failed] [--audit] [--limit N] [--json] [--config DIR] "
     "[--db FILE]",
     "Lists the runs recorded in the database, newest first: command, source, outcome, new /\n"
     "changed / unchanged counts, bytes, attempts, duration, HTTP status and error.\n"
     "\n"
     "  --source S     only the runs of source S\n"
     "  --job J        only the runs of job J (a wheel event with job = ...)\n"
     "  --failed       only failed runs\n"
     "  --limit N      at most N runs (default 50)\n"
     "  --json         print a JSON array\n"
     "  --audit        list the web workspace's audit log instead (styr serve): who, when,\n"
     "                 from which address, what; newest first\n",
     history_opts, history_flags, 0, 0},
    {"status", "styr status [--config DIR] [--db FILE] [--json]",
     "Shows, per source, the last fetch and its outcome, and per indicator the newest period\n"
     "stored, when it last changed and when the annual wheel expects the next delivery.\n",
     status_opts, json_flag, 0, 0},
    {"due", "styr due [--config DIR] [--db FILE] [--deadlines [--body B,...] [--json]]",
     "Runs every job of the annual wheel that became due since its last run, in dependency\n"
     "order, then exits: for system cron or a systemd timer. After downtime each job follows its\n"
     "catch_up policy (once, each or skip). Takes the store's scheduler lock; when another\n"
     "scheduler holds it, logs who and exits 0 without running anything. Exits 1 when a job\n"
     "failed. Logs to stderr as \"styr[PID]: LEVEL: message\" lines (see --log-level).\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --db FILE      SQLite database (default: styr.db in the configuration folder)\n"
     "  --deadlines    run nothing; list what each body must still submit to the follow-up and\n"
     "                 by when (from the wheel and the sign-offs made in styr serve), overdue\n"
     "                 parts marked\n"
     "  --body B,...   only these bodies' deadlines (implies --deadlines)\n"
     "  --json         with --deadlines: print a JSON array\n",
     due_opts, due_flags, 0, 0},
    {"daemon", "styr daemon [--config DIR] [--db FILE]",
     "Stays running: sleeps until the next job is due, runs it, and so on. SIGTERM or SIGINT\n"
     "lets the running job finish and exits 0; a second one aborts the job (its transaction is\n"
     "rolled back). SIGHUP reloads the configuration; when the new one has problems they are\n"
     "logged and the old one stays in force. Holds the store's scheduler lock while it runs (a\n"
     "second daemon exits 1, naming the first one's pid).\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --db FILE      SQLite database (default: styr.db in the configuration folder)\n",
     sched_opts, no_opts, 0, 0},
    {"run", "styr run JOB [--config DIR] [--db FILE]",
     "Runs job JOB (a wheel event with job = fetch, compute, report or custom) now, whatever its\n"
     "schedule, and records it in the run history with trigger \"manual\". Exits 1 when it failed.\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --db FILE      SQLite database (default: styr.db in the configuration folder)\n",
     sched_opts, no_opts, 1, 1},
    {"compute", "styr compute [--config DIR] [--db FILE] [--as-of DATE]",
     "Stores the configuration's typed-in values, then computes every indicator that has a\n"
     "formula, for every area, gender and period its inputs have, in dependency order, and stores\n"
     "the results (source formula:FILE:LINE; a missing result with its reason) in one transaction.\n"
     "A formula whose source, inputs, targets, base years and input values did not change since\n"
     "its last run is not computed again. Prints how many values were new, changed and\n"
     "unchanged. Exits 3 when a formula fails.\n"
     "\n"
     "  --config DIR   configuration folder (default: the current folder)\n"
     "  --db FILE      SQLite database (default: styr.db in the configuration folder)\n"
     "  --as-of DATE   compute from the vintages known at DATE (YYYY-MM-DD: end of that day, or\n"
     "                 YYYY-MM-DDTHH:MM:SSZ) and print the values; stores nothing\n",
     compute_opts, no_opts, 0, 0},
    {"explain",
     "styr explain INDICATOR [--period P] [--area A] [--gender G] [--as-of DATE] [--json]",
     "Shows where a value comes from: the value and its vintages, the formula (file:line and\n"
     "source text), and each input value with its source (URL, file or config:FILE:LINE), fetch\n"
     "time and vintages, down to the raw data.\n"
     "\n"
     "  --period P     the period (default: the newest one with a value)\n"
     "  --area A       the area (default: the municipality's code)\n"
     "  --gender G     T (total, default), K (women) or M (men)\n"
     "  --as-of DATE   as the store knew it at DATE\n"
     "  --json         print JSON\n",
     explain_opts, json_flag, 1, 1},
    {"serve",
     "styr serve [--config DIR] [--db FILE] [--listen ADDR:PORT] [--dev-user NAME | --read-only]",
     "Serves the web workspace: the organisation, goals, each body's indicators, lineage, the\n"
     "annual wheel and every report; responsible officers write analyses, activity status and\n"
     "own values per reporting period and submit them; approvers approve or return them. The user\n"
     "comes from the trusted reverse proxy's headers (web { trusted_proxies = ... }); roles from\n"
     "access { ... } in the configuration. A change to one of the configuration's files, or\n"
     "SIGHUP, reloads it between requests (one with problems is logged and the last good one\n"
     "stays in force); SIGTERM or SIGINT stops accepting connections, finishes the requests in\n"
     "flight and exits 0.\n"
     "\n"
     "  --config DIR      configuration folder (default: the current folder)\n"
     "  --db FILE         SQLite database (default: styr.db in the configuration folder)\n"
     "  --listen ADDR:PORT  where to listen (default 127.0.0.1:8080; port 0: any free port)\n"
     "  --dev-user NAME   for local use: every request from a loopback address is user NAME\n"
     "                    (with every role when the configuration gives NAME none)\n"
     "  --read-only       serve the approved versions of the reports only, without sign-in\n",
     serve_opts, serve_flags, 0, 0},
    {"test", "styr test [DIR]",
     "Runs the configuration's formula specs, DIR/spec/*_spec.lua (busted style: describe, it,\n"
     "assert), against the engine. Exits 0 when all pass, 1 when any fails.\n",
     no_opts, no_opts, 0, 1},
    {NULL, NULL, NULL, NULL, NULL, 0, 0},
};

static const char *const global_help =
    "styr: goals, indicators and follow-up reports for municipal labour-market governance.\n"
    "\n"
    "Usage: styr [GLOBAL OPTIONS] COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  init DIR            write a configuration for your municipality (by its code)\n"
    "  validate [DIR]      check a configuration folder\n"
    "  doctor              check the setup: database, time zone, sources' base URLs, scheduler\n"
    "  report NAME         store the configuration's values and render report NAME\n"
    "  show VIEW           print org, wheel, indicators, goals, sources, bodies or reports\n"
    "  export org|wheel    write the organisation chart (dot, svg) or the wheel (ics)\n"
    "  fetch [SOURCE...]   fetch open data (Kolada, SCB, Statistics Denmark, ...) into the store\n"
    "  sources search kolada TEXT   find Kolada KPI ids by title\n"
    "  history             list recorded runs: outcomes, counts, errors\n"
    "  status              last fetch per source, newest data per indicator\n"
    "  due                 run the wheel's jobs that are due, then exit (for cron/systemd timers)\n"
    "  daemon              run the wheel's jobs as they come due, until SIGTERM\n"
    "  run JOB             run one job now\n"
    "  compute             compute the indicators that have formulas and store the values\n"
    "  explain INDICATOR   show a value's formula, inputs, sources and vintages\n"
    "  test [DIR]          run the configuration's formula specs (DIR/spec/*_spec.lua)\n"
    "  serve               the web workspace: reporting, sign-off and reports in the browser\n"
    "  help [COMMAND]      show help for a command\n"
    "\n"
    "Global options:\n"
    "  --help, -h              show help (also after a command)\n"
    "  --version               print versions of styr, Lua and SQLite\n"
    "  --verbose, -v           add Lua tracebacks to errors\n"
    "  --max-memory MIB        memory cap for configuration code (default 64)\n"
    "  --max-instructions N    instruction budget for configuration code (default 200000000)\n"
    "  --max-seconds N         time limit for configuration code (default 60)\n"
    "  --lua-dir DIR           load the engine's Lua scripts from DIR (development)\n"
    "  --now TIME              fix the clock (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ), as STYR_NOW;\n"
    "                          with STYR_CLOCK_SPEED=N it starts there and runs N times as fast\n"
    "  --log-level LEVEL       error, warn, info (default) or debug: the scheduler's log, as\n"
    "                          STYR_LOG_LEVEL\n"
    "\n"
    "Exit codes: 0 ok, 1 run failed (data, store, output), 2 usage error, 3 configuration error,\n"
    "70 internal error.\n";

static int usage_error(const char *fmt, const char *a)
{
    fprintf(stderr, "styr: ");
    fprintf(stderr, fmt, a);
    fprintf(stderr, "\nTry 'styr --help'.\n");
    return STYR_EXIT_USAGE;
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
    hopts.watchdog = 1;
    int i = 1;
    /* Global options before the command. */
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(global_help, stdout);
            return STYR_EXIT_OK;
        } else if (!strcmp(a, "--version")) {
            printf("styr %s\n%s (linked)\nSQLite %s\n", STYR_VERSION, host_lua_release(),
                   store_sqlite_version());
            return STYR_EXIT_OK;
        } else if (!strcmp(a, "--verbose") || !strcmp(a, "-v")) {
            hopts.verbose = 1;
        } else if (!strcmp(a, "--max-memory") || !strcmp(a, "--max-instructions") ||
                   !strcmp(a, "--max-seconds") || !strcmp(a, "--lua-dir") || !strcmp(a, "--now") ||
                   !strcmp(a, "--log-level")) {
            if (i + 1 >= argc)
                return usage_error("option %s needs a value", a);
            const char *v = argv[++i];
            long long n;
            if (!strcmp(a, "--max-memory")) {
                if (parse_count(v, 1 << 20, &n) != 0)
                    return usage_error(
                        "--max-memory takes a number of MiB (1 to 1048576), not '%s'", v);
                hopts.max_memory = (size_t)n * 1024 * 1024;
            } else if (!strcmp(a, "--max-instructions")) {
                if (parse_count(v, (long long)1 << 50, &n) != 0)
                    return usage_error("--max-instructions takes a positive number, not '%s'", v);
                hopts.max_instructions = n;
            } else if (!strcmp(a, "--max-seconds")) {
                if (parse_count(v, 86400, &n) != 0)
                    return usage_error(
                        "--max-seconds takes a number of seconds (1 to 86400), not '%s'", v);
                hopts.max_seconds = (int)n;
            } else if (!strcmp(a, "--lua-dir")) {
                hopts.lua_dir = v;
            } else if (!strcmp(a, "--log-level")) {
                if (strcmp(v, "error") && strcmp(v, "warn") && strcmp(v, "info") &&
                    strcmp(v, "debug"))
                    return usage_error("--log-level takes error, warn, info or debug, not '%s'", v);
                if (setenv("STYR_LOG_LEVEL", v, 1) != 0)
                    return usage_error("cannot set the log level to '%s'", v);
            } else if (setenv("STYR_NOW", v, 1) != 0) {
                return usage_error("cannot set the clock to '%s'", v);
            }
        } else {
            return usage_error("unknown option '%s'", a);
        }
    }
    if (i >= argc) {
        fputs(global_help, stderr);
        return STYR_EXIT_USAGE;
    }
    const char *name = argv[i++];
    if (!strcmp(name, "help")) {
        if (i >= argc) {
            fputs(global_help, stdout);
            return STYR_EXIT_OK;
        }
        const command *c = find_command(argv[i]);
        if (c == NULL)
            return usage_error("no command named '%s'", argv[i]);
        print_command_help(c);
        return STYR_EXIT_OK;
    }
    const command *cmd = find_command(name);
    if (cmd == NULL)
        return usage_error("unknown command '%s'", name);

    /* The command's own options and arguments; argv keeps the strings. */
    host_cli_option *options = calloc((size_t)argc, sizeof *options);
    const char **args = calloc((size_t)argc, sizeof *args);
    if (options == NULL || args == NULL) {
        free(options);
        free(args);
        fprintf(stderr, "styr: out of memory reading the command line\n");
        return STYR_EXIT_INTERNAL;
    }
    host_cli cli = {name, hopts.verbose, args, 0, options, 0};
    int code = -1;
    for (; i < argc && code < 0; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            print_command_help(cmd);
            code = STYR_EXIT_OK;
        } else if (in_list(cmd->options, a)) {
            if (i + 1 >= argc)
                code = usage_error("option %s needs a value", a);
            else
                options[cli.n_options++] = (host_cli_option){a + 2, argv[++i]};
        } else if (in_list(cmd->flags, a)) {
            options[cli.n_options++] = (host_cli_option){a + 2, NULL};
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "styr %s: unknown option '%s'\nUsage: %s\n", cmd->name, a, cmd->usage);
            code = STYR_EXIT_USAGE;
        } else {
            args[cli.n_args++] = a;
        }
    }
    if (code < 0 && ((int)cli.n_args < cmd->min_args || (int)cli.n_args > cmd->max_args)) {
        fprintf(stderr, "styr %s: wrong number of arguments\nUsage: %s\n", cmd->name, cmd->usage);
        code = STYR_EXIT_USAGE;
    }
    if (code < 0) {
        char err[1024];
        host *h = host_new(&hopts, err, sizeof err);
        if (h == NULL) {
            fprintf(stderr, "styr: %s\n", err);
            code = STYR_EXIT_INTERNAL;
        } else {
            code = host_run_cli(h, &cli);
            if (fflush(stdout) != 0) {
                fprintf(stderr, "styr: cannot write to standard output: %s\n", strerror(errno));
                code = code ? code : STYR_EXIT_RUN_FAILED;
            }
            host_free(h);
        }
    }
    free(options);
    free(args);
    return code;
}
