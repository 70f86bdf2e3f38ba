/* The Lua host: builds the sandboxed state, enforces the memory cap and instruction budget,
 * and owns the one place where C calls into Lua (styr_pcall).
 *
 * The count hook cannot run inside one C call, so the time limit has two more guards: the
 * string functions that can run without end on small input (find, match, gmatch, gsub: a
 * pattern such as ("a*"):rep(12) .. "b" backtracks for years on 3000 bytes) refuse patterns with
 * more than HOST_MAX_PATTERN_REPETITIONS repetitions when configuration code calls them, and a
 * watchdog thread ends the run with the usual message when one such call, or closing the state
 * (finalizers), outlasts the limit.
 *
 * Any count hook makes Lua stop before every VM instruction (luaG_traceexec), which cost styr's
 * own work a sixth of its instructions. So when the watchdog runs, the hook turns itself off
 * while only styr's own code is on the stack (no configuration frame anywhere below), and the
 * watchdog turns it back on at its next tick with a signal to the thread running Lua (lua_sethook
 * may be called from a signal handler: lua.c stops a script on Ctrl-C this way). Configuration code
 * entered while the hook is off runs unhooked until the next tick at most; from then on it is
 * counted and timed as before. The first hook after an off stretch charges the whole stretch to
 * configuration time when it finds configuration code running (sampling: short pieces of
 * configuration code called by styr's code between ticks are timed, not counted). The allocator
 * turns the hook on when memory nears the cap, so that the stop names whose growth it was
 * (docs/reliability.md). */
#include "lua/host.h"
#include "lua/host_state.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

#include "lua/modules.h"
#include "time/clock.h"
#include "version.h"

/* How often (in VM instructions) the count hook runs while the budget is not exhausted. */
#define HOOK_STRIDE 1000
/* The signal by which the watchdog turns the count hook on in the thread running Lua. SIGURG's
 * default action is to ignore it, so a tick that arrived without the handler would do no harm;
 * styr never asks for sockets' out-of-band data, its only other use. */
#define TICK_SIGNAL SIGURG

/* Accounting shared by the allocator and the count hook; it is the allocator's userdata, so
 * both reach it through lua_getallocf. */
typedef struct limits {
    size_t used;
    size_t max_memory;
    int memory_armed; /* the cap applies only while Lua code runs under styr_pcall */
    int memory_exceeded;
    int engine_stop; /* the memory limit stopped styr's own work, not configuration code */
    int hooks_seen;  /* the count hook ran in this call (last_in_config says what it found) */
    long long instructions;
    long long max_instructions;
    int budget_exceeded;
    double config_seconds; /* wall time spent in configuration code in this call */
    double max_seconds;
    double last_hook;   /* monotonic time of the previous hook */
    int last_in_config; /* whether the previous hook found configuration code running */
    char stop_msg[512]; /* why a limit stopped the run, with the configuration's file:line */

    /* What the watchdog thread reads, written under mu. */
    pthread_mutex_t mu;
    int c_calls;          /* depth of guarded C calls made by configuration code */
    double c_call_since;  /* monotonic time the outermost one began */
    double c_call_spent;  /* configuration time spent in this styr_pcall before it began */
    char c_call_what[32]; /* "string.find" */
    char c_call_where[300];
    int closing; /* lua_close is running (finalizers) */
    double closing_since;
    char config_dir[1024]; /* the configuration folder, for the closing "DIR: 1 problem" line */
    int in_call;           /* an outermost styr_pcall runs, in call_thread */
    pthread_t call_thread;

    /* The hook may turn itself off while only styr's code runs (the watchdog ticks); armed_L is
     * the state the allocator arms when memory nears the cap, set while a call runs. */
    int ticking;
    lua_State *armed_L;
    atomic_int hook_on; /* the count hook is set (the watchdog ticks only when it is not) */
    int hook_was_off;   /* the hook was turned off in styr's code, at off_since */
    double off_since;
} limits;

struct host {
    lua_State *L;
    limits lim;
    int verbose;
    int watchdog; /* the thread runs */
    int watchdog_quit;
    pthread_t watchdog_thread;
    pthread_cond_t watchdog_cond;
};

/* Registry keys (addresses of statics). */
static const char KEY_HOST = 'h';
static const char KEY_LOADED = 'l';

/* The message of a job larger than the memory limit: styr's own work ran out (the limit in MiB,
 * then a suggested one). */
#define ENGINE_MEMORY_MSG                                                                          \
    "memory limit of %d MiB exceeded while styr was working (not in the configuration's code): "   \
    "this job needs more; nothing of the unfinished part was stored; run it again with a higher "  \
    "limit, for example --max-memory %d"

static void budget_hook(lua_State *L, lua_Debug *ar);
static limits *get_limits(lua_State *L);

/* The state whose hook the watchdog's tick turns on: set in the thread running an outermost
 * styr_pcall while the hook may be off, read by the signal handler in that thread. */
static _Thread_local lua_State *volatile tick_state;

/* Sets the count hook to run every `count` VM instructions (0: off), unless another hook took its
 * place (the daemon's abort on a second stop signal, core/lua/lua_sched.c, set from a signal
 * handler). */
static void set_hook(lua_State *L, int count)
{
    lua_Hook cur = lua_gethook(L);
    if (cur != NULL && cur != budget_hook)
        return;
    if (count == 0)
        lua_sethook(L, NULL, 0, 0);
    else
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, count);
    atomic_store(&get_limits(L)->hook_on, count != 0);
}

/* The tick: the count hook runs at the next VM instruction and decides whether it stays on. The
 * stop signals are blocked while this runs (watchdog_start), so that the abort cannot come
 * between set_hook's look and its change. */
static void on_tick(int sig)
{
    (void)sig;
    if (tick_state != NULL)
        set_hook(tick_state, 1);
}

/* set_hook outside the tick's handler: with the signals that change hooks blocked. */
static void set_hook_blocked(lua_State *L, int count)
{
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGINT);
    sigaddset(&block, TICK_SIGNAL);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    set_hook(L, count);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Turns the hook on at once (memory nears the cap): the next VM instruction sees it. */
static void arm_hook(limits *lim)
{
    if (lim->armed_L != NULL)
        set_hook_blocked(lim->armed_L, 1);
}

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
        arm_hook(lim);
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p == NULL)
        return NULL;
    lim->used = lim->used - old + nsize;
    if (nsize > old && lim->used > lim->max_memory / 16 * 15)
        arm_hook(lim);
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
    atomic_store(&lim->hook_on, 1);
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

/* Whether a configuration function (a Lua function not of styr's own scripts) is on the stack
 * below the running one. */
static int config_below(lua_State *L)
{
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "S", &ar) || ar.what[0] == 'C')
            continue;
        if (ar.source == NULL || strncmp(ar.source, "=[styr]/", 8) != 0)
            return 1;
    }
    return 0;
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    limits *lim = get_limits(L);
    int engine = lua_getinfo(L, "S", ar) && ar->source && strncmp(ar->source, "=[styr]/", 8) == 0;
    /* The instructions since the previous hook: its stride, or 1 when a tick turned it on. */
    int count = lua_gethookcount(L);
    if (!engine)
        lim->instructions += count;
    /* Time between two hooks that both found configuration code running is configuration time,
     * C functions it called included; styr's own work (fetching, rendering) is not counted. */
    double now = monotonic_seconds();
    /* The first hook after the hook was off samples what ran meanwhile: when configuration code
     * is running now, the whole time the hook was off counts as configuration time. Over many
     * ticks that charges configuration code called in short pieces (a formula per value) its
     * share of the time, which the time limit then bounds. styr's functions that configuration
     * code calls are styr's time, as between two hooks below. */
    if (lim->hook_was_off) {
        lim->hook_was_off = 0;
        if (!engine && now > lim->off_since)
            lim->config_seconds += now - lim->off_since;
    }
    if (!engine && lim->last_in_config && now > lim->last_hook)
        lim->config_seconds += now - lim->last_hook;
    lim->last_hook = now;
    lim->last_in_config = !engine;
    lim->hooks_seen = 1;
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
        /* Whose growth it is: the code running now (a formula's frame may lie below styr's own
         * functions it called; they are styr's work). */
        int in_config = !engine;
        lim->memory_exceeded = 1;
        lim->engine_stop = !in_config;
        int mib = (int)(lim->max_memory / (1024 * 1024));
        if (in_config)
            snprintf(lim->stop_msg, sizeof lim->stop_msg,
                     "%s: memory limit of %d MiB exceeded (raise it with --max-memory)", where,
                     mib);
        else /* the job, not the configuration's code, is larger than the limit */
            snprintf(lim->stop_msg, sizeof lim->stop_msg, ENGINE_MEMORY_MSG, mib, mib * 4);
        stop(L, lim);
    }
    if (!lim->ticking)
        return;
    if (engine && !config_below(L)) {
        /* only styr's own work: off until the watchdog's next tick */
        lim->hook_was_off = 1;
        lim->off_since = now;
        set_hook_blocked(L, 0);
    } else if (count != HOOK_STRIDE)
        set_hook_blocked(L, HOOK_STRIDE);
}

/* ---- The watchdog -------------------------------------------------------------------------- */

/* How often the watchdog looks. */
#define WATCHDOG_TICK_NS (200 * 1000 * 1000L)
/* How long one call must have run before the watchdog ends it: a loop of short calls that crosses
 * the limit is the count hook's to stop, with an error the run can report and go on from. */
#define WATCHDOG_GRACE_S 1.0

/* Writes all of s to standard error (the watchdog cannot use stdio: the main thread may hold
 * its lock). */
static void write_all_stderr(const char *s)
{
    size_t len = strlen(s);
    while (len > 0) {
        ssize_t n = write(STDERR_FILENO, s, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        s += n;
        len -= (size_t)n;
    }
}

/* Ends the process from the watchdog thread: message, the closing line every configuration error
 * has, exit code 3. Called with lim->mu held. */
static void watchdog_end(limits *lim, const char *msg)
{
    char buf[2048];
    if (lim->config_dir[0] != '\0')
        snprintf(buf, sizeof buf, "%s\nstyr: %s: 1 problem\n", msg, lim->config_dir);
    else
        snprintf(buf, sizeof buf, "%s\n", msg);
    write_all_stderr(buf);
    _exit(HOST_EXIT_LIMIT);
}

/* The watchdog thread: ends the run when configuration code has been inside one guarded C call
 * for longer than the time limit allows, or when closing the state (its finalizers) takes
 * longer than the limit. Everything else the count hook stops. */
static void *watchdog_main(void *arg)
{
    host *h = arg;
    limits *lim = &h->lim;
    /* Ticks not sent because the hook was on: every fifth tick goes anyway, in case another
     * hook took its place (the daemon's abort, put back after a job) without saying so. */
    int quiet_ticks = 0;
    if (pthread_mutex_lock(&lim->mu) != 0)
        return NULL;
    while (!h->watchdog_quit) {
        /* the condition variable waits on the monotonic clock (watchdog_start) */
        int64_t wake = clock_monotonic_ns() + WATCHDOG_TICK_NS;
        if (wake == WATCHDOG_TICK_NS)
            break; /* the clock cannot be read */
        struct timespec ts = {(time_t)(wake / 1000000000), (long)(wake % 1000000000)};
        int rc = pthread_cond_timedwait(&h->watchdog_cond, &lim->mu, &ts);
        if (rc != 0 && rc != ETIMEDOUT)
            break;
        if (h->watchdog_quit)
            break;
        double now = monotonic_seconds();
        char msg[800];
        if (lim->closing && now - lim->closing_since > lim->max_seconds) {
            snprintf(msg, sizeof msg,
                     "styr: configuration code still ran %.0f s after the command finished (a "
                     "finalizer that never returns?); stopped",
                     lim->max_seconds);
            watchdog_end(lim, msg);
        } else if (lim->c_calls > 0 && now - lim->c_call_since > WATCHDOG_GRACE_S &&
                   lim->c_call_spent + (now - lim->c_call_since) > lim->max_seconds) {
            snprintf(msg, sizeof msg,
                     "%s: time limit of %.0f s for configuration code exceeded inside %s (a "
                     "pattern that backtracks without end? simplify it, or raise the limit with "
                     "--max-seconds)",
                     lim->c_call_where, lim->max_seconds, lim->c_call_what);
            watchdog_end(lim, msg);
        }
        /* The tick: the count hook runs at the next VM instruction of the call (it turns itself
         * off again if only styr's own code runs). */
        if (lim->ticking && lim->in_call && (!atomic_load(&lim->hook_on) || ++quiet_ticks >= 5)) {
            pthread_kill(lim->call_thread, TICK_SIGNAL);
            quiet_ticks = 0;
        }
    }
    pthread_mutex_unlock(&lim->mu);
    return NULL;
}

/* Starts the watchdog; returns 0, or -1 (the host then runs without it). */
static int watchdog_start(host *h)
{
    /* The tick's handler stays installed for the life of the process (it does nothing in a
     * thread that runs no call); SA_RESTART resumes the system calls it interrupts. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_tick;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGTERM);
    sigaddset(&sa.sa_mask, SIGINT);
    if (sigaction(TICK_SIGNAL, &sa, NULL) != 0)
        return -1;
    pthread_condattr_t attr;
    if (pthread_condattr_init(&attr) != 0)
        return -1;
    int rc = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    if (rc == 0)
        rc = pthread_cond_init(&h->watchdog_cond, &attr);
    pthread_condattr_destroy(&attr);
    if (rc != 0)
        return -1;
    h->lim.ticking = 1; /* before the thread starts, which reads it */
    /* The watchdog never takes a signal: a stop signal must reach the thread running Lua (the
     * daemon's abort changes its hook, and set_hook_blocked keeps it out while it changes the
     * hook; a thread that did not block it would take it then). */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    rc = pthread_create(&h->watchdog_thread, NULL, watchdog_main, h);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        h->lim.ticking = 0;
        pthread_cond_destroy(&h->watchdog_cond);
        return -1;
    }
    h->watchdog = 1;
    return 0;
}

static void watchdog_stop(host *h)
{
    if (!h->watchdog)
        return;
    pthread_mutex_lock(&h->lim.mu);
    h->watchdog_quit = 1;
    pthread_cond_signal(&h->watchdog_cond);
    pthread_mutex_unlock(&h->lim.mu);
    pthread_join(h->watchdog_thread, NULL);
    pthread_cond_destroy(&h->watchdog_cond);
    h->watchdog = 0;
}

/* ---- Guarded string functions --------------------------------------------------------------- */

/* The end of the set "[...]" that starts at p[i], as Lua's matcher finds it (the first character
 * after '[' or "[^" is part of the set, even ']'). */
static size_t set_end(const char *p, size_t len, size_t i)
{
    i++;
    if (i < len && p[i] == '^')
        i++;
    do {
        if (i >= len)
            return len;
        i += p[i] == '%' ? 2 : 1;
    } while (i < len && p[i] != ']');
    return i + 1;
}

/* How many repetitions (*, +, - or ?) a Lua pattern holds: each can multiply the steps a failing
 * match takes by the subject's length. */
static int pattern_repetitions(const char *p, size_t len)
{
    size_t i = 0;
    int n = 0;
    if (len > 0 && p[0] == '^')
        i++;
    while (i < len) {
        size_t end;
        if (p[i] == '(' || p[i] == ')') {
            i++;
            continue;
        }
        if (p[i] == '%') {
            if (i + 1 >= len)
                break;
            char e = p[i + 1];
            if (e == 'b') {
                i += 4;
                continue;
            }
            if (e == 'f') {
                i = i + 2 < len && p[i + 2] == '[' ? set_end(p, len, i + 2) : i + 2;
                continue;
            }
            if (e >= '0' && e <= '9') {
                i += 2;
                continue;
            }
            end = i + 2;
        } else if (p[i] == '[') {
            end = set_end(p, len, i);
        } else {
            end = i + 1;
        }
        if (end < len && (p[end] == '*' || p[end] == '+' || p[end] == '-' || p[end] == '?')) {
            n++;
            end++;
        }
        i = end;
    }
    return n;
}

/* Does msg begin with a position, "chunk:line: "? */
static int has_position(const char *msg)
{
    const char *colon = strstr(msg, ": ");
    if (colon == NULL || colon == msg)
        return 0;
    const char *d = colon - 1;
    while (d > msg && *d >= '0' && *d <= '9')
        d--;
    return d < colon - 1 && *d == ':';
}

enum { GUARD_FIND, GUARD_MATCH, GUARD_GMATCH, GUARD_GSUB, GUARD_REP, GUARD_GMATCH_ITER };
static const char *const guard_names[] = {"string.find", "string.match", "string.gmatch",
                                          "string.gsub", "string.rep",   "string.gmatch"};

static int guarded_string(lua_State *L);

/* Marks the start and end of a guarded C call for the watchdog. */
static void c_call_begin(limits *lim, const char *what, const char *where)
{
    pthread_mutex_lock(&lim->mu);
    if (lim->c_calls++ == 0) {
        lim->c_call_since = monotonic_seconds();
        lim->c_call_spent = lim->config_seconds;
        snprintf(lim->c_call_what, sizeof lim->c_call_what, "%s", what);
        snprintf(lim->c_call_where, sizeof lim->c_call_where, "%s", where);
    }
    pthread_mutex_unlock(&lim->mu);
}

static void c_call_end(limits *lim)
{
    pthread_mutex_lock(&lim->mu);
    lim->c_calls--;
    pthread_mutex_unlock(&lim->mu);
}

/* string.find, match, gmatch, gsub and rep, and gmatch's iterators: upvalue 1 the string
 * library's own function, upvalue 2 which one (GUARD_*). Called by styr's own scripts they are
 * the library's functions. Called by configuration code, a pattern with more repetitions than
 * HOST_MAX_PATTERN_REPETITIONS is refused, and the call is watched by the watchdog. */
static int guarded_string(lua_State *L)
{
    int kind = (int)lua_tointeger(L, lua_upvalueindex(2));
    int n = lua_gettop(L);
    lua_Debug ar;
    int engine = lua_getstack(L, 1, &ar) && lua_getinfo(L, "S", &ar) && ar.source &&
        strncmp(ar.source, "=[styr]/", 8) == 0;
    if (engine) {
        lua_pushvalue(L, lua_upvalueindex(1));
        lua_insert(L, 1);
        lua_call(L, n, LUA_MULTRET);
        return lua_gettop(L);
    }
    if (kind <= GUARD_GSUB && lua_type(L, 2) == LUA_TSTRING &&
        !(kind == GUARD_FIND && lua_toboolean(L, 4))) {
        size_t plen;
        const char *p = lua_tolstring(L, 2, &plen);
        int reps = pattern_repetitions(p, plen);
        if (reps > HOST_MAX_PATTERN_REPETITIONS)
            return luaL_error(L,
                              "%s: the pattern has %d repetitions (*, +, - or ?); configuration "
                              "code may use at most %d in one pattern, since each can multiply "
                              "the time a match takes",
                              guard_names[kind], reps, HOST_MAX_PATTERN_REPETITIONS);
    }
    limits *lim = get_limits(L);
    char where[300];
    stop_location(L, where, sizeof where);
    if (strcmp(where, "?") == 0 && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
        snprintf(where, sizeof where, "%s:%d", ar.short_src, ar.currentline);
    c_call_begin(lim, guard_names[kind], where);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    int status = lua_pcall(L, n, LUA_MULTRET, 0);
    c_call_end(lim);
    if (status == LUA_ERRMEM && lim->memory_armed) {
        /* lua_error would turn the memory error into an ordinary one: raise it again as one, by
         * an allocation the cap refuses. */
        lua_pop(L, 1);
        lua_newuserdatauv(L, lim->max_memory + 1, 0);
    }
    if (status != LUA_OK) {
        /* The library's own errors ("resulting string too large", "malformed pattern") name the
         * caller's line when it calls them directly; here that is this function's, so the
         * configuration's file:line is added. A replacement function's errors have their own. */
        const char *msg = lua_tostring(L, -1);
        if (lua_type(L, -1) == LUA_TSTRING && lim->stop_msg[0] == '\0' &&
            (kind != GUARD_GSUB || !has_position(msg)))
            lua_pushfstring(L, "%s: %s", where, msg);
        return lua_error(L);
    }
    if (kind == GUARD_GMATCH && lua_gettop(L) >= 1 && lua_iscfunction(L, 1)) {
        /* The matching happens in the iterator: watch it too. */
        lua_pushvalue(L, 1);
        lua_pushinteger(L, GUARD_GMATCH_ITER);
        lua_pushcclosure(L, guarded_string, 2);
        lua_replace(L, 1);
    }
    return lua_gettop(L);
}

/* Replaces the string library's find, match, gmatch, gsub and rep with guarded ones, in the one
 * real string table (configuration code reaches it through the string metatable too). */
static void guard_string_library(lua_State *L)
{
    static const int kinds[] = {GUARD_FIND, GUARD_MATCH, GUARD_GMATCH, GUARD_GSUB, GUARD_REP};
    lua_getglobal(L, LUA_STRLIBNAME);
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        const char *field = guard_names[kinds[i]] + 7; /* past "string." */
        lua_getfield(L, -1, field);
        lua_pushinteger(L, kinds[i]);
        lua_pushcclosure(L, guarded_string, 2);
        lua_setfield(L, -2, field);
    }
    lua_pop(L, 1);
}

void host_set_config_dir(lua_State *L, const char *dir)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_HOST);
    host *h = lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (h == NULL)
        return; /* a state styr did not build */
    pthread_mutex_lock(&h->lim.mu);
    snprintf(h->lim.config_dir, sizeof h->lim.config_dir, "%s", dir);
    pthread_mutex_unlock(&h->lim.mu);
}

const char *host_config_dir(host *h)
{
    return h->lim.config_dir[0] ? h->lim.config_dir : NULL;
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
    lim->engine_stop = 0;
    lim->hooks_seen = 0;
    lim->stop_msg[0] = '\0';
    int ticked = !nested && lim->ticking;
    if (ticked) {
        /* The tick must reach this thread: a mask inherited from whoever started styr may block
         * it, and then the hook, once off, would never come back. */
        sigset_t tick;
        sigemptyset(&tick);
        sigaddset(&tick, TICK_SIGNAL);
        pthread_sigmask(SIG_UNBLOCK, &tick, NULL);
        pthread_mutex_lock(&lim->mu);
        lim->in_call = 1;
        lim->call_thread = pthread_self();
        pthread_mutex_unlock(&lim->mu);
        tick_state = L;
        lim->armed_L = L;
    }
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, HOOK_STRIDE);
    atomic_store(&lim->hook_on, 1);
    lim->hook_was_off = 0;
    lim->memory_armed = 1;
    int status = lua_pcall(L, nargs, nresults, base);
    lim->memory_armed = nested;
    if (ticked) {
        tick_state = NULL;
        lim->armed_L = NULL;
        pthread_mutex_lock(&lim->mu);
        lim->in_call = 0;
        pthread_mutex_unlock(&lim->mu);
    }
    lua_remove(L, base);
    if (status != LUA_OK) {
        /* stack: message */
        if (lim->stop_msg[0] != '\0')
            lua_pushstring(L, lim->stop_msg);
        else if ((status == LUA_ERRMEM ||
                  (lim->memory_exceeded && lua_type(L, -1) == LUA_TSTRING &&
                   strcmp(lua_tostring(L, -1), "not enough memory") == 0)) &&
                 lim->hooks_seen && !lim->last_in_config) {
            /* One allocation refused while styr's own code ran (the last hook found it). */
            int mib = (int)(lim->max_memory / (1024 * 1024));
            lim->memory_exceeded = 1;
            lim->engine_stop = 1;
            lua_pushfstring(L, ENGINE_MEMORY_MSG, mib, mib * 4);
        } else if (status == LUA_ERRMEM)
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
        lim->engine_stop = 0;
        lim->stop_msg[0] = '\0';
        lua_sethook(L, outer_hook, outer_mask, outer_count);
        atomic_store(&lim->hook_on, outer_hook != NULL);
        /* The outer call's time while this one ran was this one's: its sample starts now. */
        lim->hook_was_off = outer_hook == NULL;
        lim->off_since = lim->last_hook;
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

int host_stopped_in_engine(lua_State *L)
{
    return get_limits(L)->engine_stop;
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
    guard_string_library(L);
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
    if (pthread_mutex_init(&h->lim.mu, NULL) != 0) {
        snprintf(err, errlen, "cannot create the Lua host's lock");
        free(h);
        return NULL;
    }
    h->L = lua_newstate(limited_alloc, &h->lim);
    if (h->L == NULL) {
        snprintf(err, errlen, "cannot create a Lua state (out of memory)");
        pthread_mutex_destroy(&h->lim.mu);
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
    if (opts && opts->watchdog && watchdog_start(h) != 0) {
        snprintf(err, errlen, "cannot start the time limit's watchdog thread");
        host_free(h);
        return NULL;
    }
    return h;
}

/* Closes the state under the limits: Lua runs finalizers with hooks off, so the memory cap stays
 * armed and the watchdog ends a close that outlasts the time limit. Configuration code cannot
 * make finalizers (scripts/model/sandbox.lua), so this guards against a hole, not a feature. */
void host_free(host *h)
{
    if (h == NULL)
        return;
    if (h->L) {
        pthread_mutex_lock(&h->lim.mu);
        h->lim.closing = 1;
        h->lim.closing_since = monotonic_seconds();
        pthread_mutex_unlock(&h->lim.mu);
        h->lim.memory_armed = 1;
        lua_close(h->L);
    }
    watchdog_stop(h);
    pthread_mutex_destroy(&h->lim.mu);
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
