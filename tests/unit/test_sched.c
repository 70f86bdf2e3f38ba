/* Unit tests of core/sched/sched.c and its binding: the scheduler lock (taken, refused while another
 * process holds it, a stale lock of a killed process taken over, symbolic links refused, probe),
 * the signal flags and the abort function, the interruptible sleep (fixed, fast and real clock;
 * woken by signals, also one that arrives just before the sleep), and sched.call: a job with a
 * budget of its own inside a longer call. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "time/clock.h"
#include "lua/host_state.h"
#include "sched/sched.h"

typedef struct fixture {
    char dir[64];
    char lock[128];
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (fx == NULL)
        return -1;
    snprintf(fx->dir, sizeof fx->dir, "%s", "/tmp/styr-sched-XXXXXX");
    if (mkdtemp(fx->dir) == NULL)
        return -1;
    snprintf(fx->lock, sizeof fx->lock, "%s/styr.db.lock", fx->dir);
    unsetenv("STYR_NOW");
    unsetenv("STYR_CLOCK_SPEED");
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    char path[160];
    static const char *const names[] = {"styr.db.lock", "link.lock", "dir.lock", "other"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", fx->dir, names[i]);
        if (unlink(path) != 0)
            rmdir(path);
    }
    rmdir(fx->dir);
    free(fx);
    unsetenv("STYR_NOW");
    unsetenv("STYR_CLOCK_SPEED");
    sched_signals_restore();
    return 0;
}

static double mono(void)
{
    return (double)clock_monotonic_ns() / 1e9;
}

static char *file_text(const char *path)
{
    static char buf[512];
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Forks a child that takes the lock, tells the parent through a pipe, and waits to be killed. */
static pid_t child_holding(const char *path)
{
    int p[2];
    assert_int_equal(pipe(p), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(p[0]);
        sched_lock *l;
        sched_holder prev;
        char err[256];
        char c = sched_lock_acquire(path, "daemon", "2019-10-01T00:00:00Z", &l, &prev, err,
                                    sizeof err) == SCHED_OK
            ? 'y'
            : 'n';
        if (write(p[1], &c, 1) != 1)
            _exit(2);
        for (;;)
            pause();
    }
    close(p[1]);
    char c = 0;
    assert_int_equal(read(p[0], &c, 1), 1);
    close(p[0]);
    assert_int_equal(c, 'y');
    return pid;
}

/* ---- lock ------------------------------------------------------------------------------------ */

static void test_lock_take_and_release(void **state)
{
    fixture *fx = *state;
    sched_lock *l = NULL;
    sched_holder prev;
    char err[256];
    assert_int_equal(
        sched_lock_acquire(fx->lock, "due", "2019-10-01T00:00:00Z", &l, &prev, err, sizeof err),
        SCHED_OK);
    assert_non_null(l);
    assert_int_equal(prev.pid, 0); /* a new file: nobody held it before */
    char want[128];
    snprintf(want, sizeof want, "pid=%ld\nstarted=2019-10-01T00:00:00Z\ncommand=due\n",
             (long)getpid());
    assert_string_equal(file_text(fx->lock), want);

    /* Probe: held, by us. */
    sched_holder h;
    assert_int_equal(sched_lock_probe(fx->lock, &h, err, sizeof err), 1);
    assert_int_equal(h.pid, getpid());
    assert_string_equal(h.command, "due");
    assert_string_equal(h.started, "2019-10-01T00:00:00Z");

    /* A second acquisition (another open file description) is refused and names us. */
    sched_lock *l2 = (sched_lock *)1;
    assert_int_equal(sched_lock_acquire(fx->lock, "daemon", "x", &l2, &h, err, sizeof err),
                     SCHED_HELD);
    assert_null(l2);
    assert_int_equal(h.pid, getpid());
    assert_string_equal(h.command, "due");

    /* A clean release empties the file and leaves it in place. */
    sched_lock_release(l);
    assert_string_equal(file_text(fx->lock), "");
    assert_int_equal(sched_lock_probe(fx->lock, &h, err, sizeof err), 0);
    assert_int_equal(h.pid, 0);
    assert_int_equal(sched_lock_acquire(fx->lock, "due", "t", &l, &prev, err, sizeof err),
                     SCHED_OK);
    assert_int_equal(prev.pid, 0); /* released cleanly: not reported as stale */
    sched_lock_release(l);
    sched_lock_release(NULL);
}

static void test_lock_other_process_and_stale(void **state)
{
    fixture *fx = *state;
    pid_t child = child_holding(fx->lock);
    sched_lock *l = NULL;
    sched_holder h;
    char err[256];
    assert_int_equal(sched_lock_acquire(fx->lock, "due", "t", &l, &h, err, sizeof err), SCHED_HELD);
    assert_null(l);
    assert_int_equal(h.pid, child);
    assert_string_equal(h.command, "daemon");
    assert_string_equal(h.started, "2019-10-01T00:00:00Z");
    assert_int_equal(sched_lock_probe(fx->lock, &h, err, sizeof err), 1);
    assert_int_equal(h.pid, child);

    /* Killed without releasing: its name stays in the file, but the kernel dropped the lock. */
    kill(child, SIGKILL);
    int status;
    assert_int_equal(waitpid(child, &status, 0), child);
    assert_int_equal(sched_lock_probe(fx->lock, &h, err, sizeof err), 0);
    assert_int_equal(h.pid, child);
    assert_int_equal(sched_lock_acquire(fx->lock, "due", "t2", &l, &h, err, sizeof err), SCHED_OK);
    assert_int_equal(h.pid, child); /* the stale holder, taken over */
    assert_string_equal(h.command, "daemon");
    char want[128];
    snprintf(want, sizeof want, "pid=%ld\nstarted=t2\ncommand=due\n", (long)getpid());
    assert_string_equal(file_text(fx->lock), want);
    sched_lock_release(l);
}

static void test_lock_refuses_links_and_odd_files(void **state)
{
    fixture *fx = *state;
    char link[160], other[160], dir[160];
    snprintf(link, sizeof link, "%s/link.lock", fx->dir);
    snprintf(other, sizeof other, "%s/other", fx->dir);
    snprintf(dir, sizeof dir, "%s/dir.lock", fx->dir);
    FILE *f = fopen(other, "w");
    assert_non_null(f);
    fputs("keep me\n", f);
    fclose(f);
    assert_int_equal(symlink(other, link), 0);
    sched_lock *l = NULL;
    sched_holder h;
    char err[256] = "";
    assert_int_equal(sched_lock_acquire(link, "due", "t", &l, &h, err, sizeof err), SCHED_ERROR);
    assert_null(l);
    assert_non_null(strstr(err, "symbolic link"));
    assert_string_equal(file_text(other), "keep me\n"); /* not written through the link */
    assert_int_equal(mkdir(dir, 0700), 0);
    assert_int_equal(sched_lock_acquire(dir, "due", "t", &l, &h, err, sizeof err), SCHED_ERROR);
    assert_non_null(strstr(err, "dir.lock"));
    /* A folder that does not exist. */
    assert_int_equal(
        sched_lock_acquire("/nonexistent/styr.db.lock", "due", "t", &l, &h, err, sizeof err),
        SCHED_ERROR);
    assert_non_null(strstr(err, "No such file"));
    /* Probing a missing file: not held. */
    assert_int_equal(sched_lock_probe("/nonexistent/x.lock", &h, err, sizeof err), 0);
}

/* ---- signals and sleep --------------------------------------------------------------------- */

static void test_fixed_clock_sleep(void **state)
{
    (void)state;
    char err[256];
    setenv("STYR_NOW", "2019-10-01T00:00:00Z", 1);
    time_t now;
    assert_int_equal(clock_now(&now, err, sizeof err), 0);
    /* An instant that has come: at once. */
    double t0 = mono();
    assert_int_equal(sched_sleep_until((long long)now, err, sizeof err), SCHED_WOKE_TIME);
    assert_int_equal(sched_sleep_until((long long)now - 3600, err, sizeof err), SCHED_WOKE_TIME);
    assert_true(mono() - t0 < 5);
    /* A later instant never comes on a fixed clock: a pending signal ends the wait. */
    assert_int_equal(sched_signals_install(err, sizeof err), SCHED_OK);
    raise(SIGHUP);
    assert_int_equal(sched_sleep_until((long long)now + 60, err, sizeof err), SCHED_WOKE_SIGNAL);
    assert_int_equal(sched_take_reload(), 1);
    assert_int_equal(sched_take_reload(), 0);
    assert_int_equal(sched_stop_count(), 0);
    /* A malformed clock is an error, not a sleep. */
    setenv("STYR_NOW", "yesterday", 1);
    assert_int_equal(sched_sleep_until(0, err, sizeof err), SCHED_ERROR);
    assert_non_null(strstr(err, "STYR_NOW"));
}

static void test_fast_clock(void **state)
{
    (void)state;
    char err[256];
    double rate;
    setenv("STYR_CLOCK_SPEED", "60", 1);
    assert_int_equal(clock_rate(&rate, err, sizeof err), -1); /* needs STYR_NOW */
    assert_non_null(strstr(err, "needs STYR_NOW"));
    time_t now;
    assert_int_equal(clock_now(&now, err, sizeof err), -1);
    setenv("STYR_NOW", "2019-10-01T00:00:00Z", 1);
    static const char *const bad[] = {"0", "-1", "fast", "1e9", "60s", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        setenv("STYR_CLOCK_SPEED", bad[i], 1);
        int rc = clock_rate(&rate, err, sizeof err);
        if (bad[i][0] == '\0') {
            assert_int_equal(rc, 0); /* empty: unset */
            assert_true(rate == 0);
        } else if (rc != -1) {
            fail_msg("STYR_CLOCK_SPEED='%s' accepted", bad[i]);
        }
    }
    unsetenv("STYR_CLOCK_SPEED");
    assert_int_equal(clock_rate(&rate, err, sizeof err), 0);
    assert_true(rate == 0);
    unsetenv("STYR_NOW");
    assert_int_equal(clock_rate(&rate, err, sizeof err), 0);
    assert_true(rate == 1);

    /* 600 times as fast: ten minutes of the clock pass in about a second. */
    setenv("STYR_NOW", "2019-10-01T00:00:00Z", 1);
    setenv("STYR_CLOCK_SPEED", "600", 1);
    assert_int_equal(clock_now(&now, err, sizeof err), 0);
    assert_true(now >= 1569888000 && now < 1569888000 + 365 * 86400);
    double t0 = mono();
    assert_int_equal(sched_sleep_until((long long)now + 600, err, sizeof err), SCHED_WOKE_TIME);
    double took = mono() - t0;
    time_t after;
    assert_int_equal(clock_now(&after, err, sizeof err), 0);
    assert_true(after >= now + 600);
    assert_true(took > 0.5); /* it did wait, in real time */
    /* The clock only moves forward, and by about 600 clock seconds per real second. */
    assert_true(after - now <= (time_t)(took * 600) + 600);
}

static void test_real_clock_sleep(void **state)
{
    (void)state;
    char err[256];
    time_t now;
    assert_int_equal(clock_now(&now, err, sizeof err), 0);
    double t0 = mono();
    assert_int_equal(sched_sleep_until((long long)now + 1, err, sizeof err), SCHED_WOKE_TIME);
    assert_true(mono() - t0 > 0.0);
    time_t after;
    assert_int_equal(clock_now(&after, err, sizeof err), 0);
    assert_true(after >= now + 1);
}

static int aborts;
static void count_abort(void *ud)
{
    (void)ud;
    aborts++;
}

/* A child signals us while we sleep; stop signals count up, the second calls the abort
 * function. */
static void test_signals_wake_and_abort(void **state)
{
    (void)state;
    char err[256];
    assert_int_equal(sched_signals_install(err, sizeof err), SCHED_OK);
    setenv("STYR_NOW", "2019-10-01T00:00:00Z", 1); /* fixed: only a signal ends the sleep */
    pid_t parent = getpid();
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        struct timespec ts = {0, 200 * 1000 * 1000};
        nanosleep(&ts, NULL);
        kill(parent, SIGTERM);
        _exit(0);
    }
    assert_int_equal(sched_sleep_until(1569888000LL + 3600, err, sizeof err), SCHED_WOKE_SIGNAL);
    int status;
    waitpid(child, &status, 0);
    assert_int_equal(sched_stop_count(), 1);
    assert_int_equal(sched_stop_signal(), SIGTERM);
    /* Once a stop is pending, sleeping returns at once. */
    assert_int_equal(sched_sleep_until(1569888000LL + 3600, err, sizeof err), SCHED_WOKE_SIGNAL);

    aborts = 0;
    assert_int_equal(sched_set_abort(count_abort, NULL), 0);
    raise(SIGINT);
    assert_int_equal(sched_stop_count(), 2);
    assert_int_equal(sched_stop_signal(), SIGINT);
    assert_int_equal(aborts, 1);
    assert_int_equal(sched_set_abort(NULL, NULL), 1); /* it was called */
    assert_int_equal(sched_set_abort(NULL, NULL), 0);

    /* Installing again clears the flags. */
    assert_int_equal(sched_signals_install(err, sizeof err), SCHED_OK);
    assert_int_equal(sched_stop_count(), 0);
    assert_int_equal(sched_stop_signal(), 0);

    /* A third stop signal ends the process at once, with 128 + the signal. */
    child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        close(STDERR_FILENO);
        raise(SIGTERM);
        raise(SIGTERM);
        raise(SIGTERM);
        _exit(0);
    }
    waitpid(child, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 128 + SIGTERM);
}

/* ---- sched.call: a job inside a longer call ------------------------------------------------- */

static int run_lua(lua_State *L, const char *code)
{
    if (luaL_loadbufferx(L, code, strlen(code), "=test", "t") != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    return styr_pcall(L, 0, 1, "test");
}

static void test_call_budget_of_its_own(void **state)
{
    (void)state;
    host_options o = {0};
    o.max_instructions = 2000000;
    char err[256];
    host *h = host_new(&o, err, sizeof err);
    assert_non_null(h);
    lua_State *L = host_state(h);
    /* A job that never ends is stopped at its budget; the outer call goes on, and each job gets
     * a whole budget: five jobs of 1.5 M instructions each fit although the outer budget is 2 M. */
    int rc =
        run_lua(L,
                "local sched = require 'styr.sched'\n"
                "local ok, msg = sched.call('job forever', function() while true do end end)\n"
                "assert(ok == false, 'the endless job failed')\n"
                "assert(msg:find('instruction budget', 1, true), msg)\n"
                "local n = 0\n"
                "for i = 1, 5 do\n"
                "  local ok2, v = sched.call('job ' .. i, function(k)\n"
                "    local s = 0; for j = 1, 150000 do s = s + j end; return k end, i)\n"
                "  assert(ok2 and v == i, tostring(v))\n"
                "  n = n + 1\n"
                "end\n"
                "local ok3, e3 = sched.call('job error', function() error('boom') end)\n"
                "assert(not ok3 and e3:find('boom'), e3)\n"
                "local ok4, a, b = sched.call('job results', function() return 1, nil, 3 end)\n"
                "assert(ok4 and a == 1 and b == nil)\n"
                "return n\n");
    if (rc != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    assert_int_equal(lua_tointeger(L, -1), 5);
    lua_pop(L, 1);
    /* The outer call's own budget is still enforced after jobs ran inside it. */
    rc = run_lua(L,
                 "local sched = require 'styr.sched'\n"
                 "sched.call('job', function() end)\n"
                 "while true do end\n");
    assert_int_not_equal(rc, LUA_OK);
    assert_non_null(strstr(lua_tostring(L, -1), "instruction budget"));
    assert_true(host_budget_exceeded(L));
    lua_pop(L, 1);
    host_free(h);
}

static int l_raise_term(lua_State *L)
{
    (void)L;
    raise(SIGTERM);
    return 0;
}

/* The second stop signal aborts the running job, even through the job's own pcall; the call
 * that ran the job goes on. */
static void test_call_abort(void **state)
{
    (void)state;
    char err[256];
    host *h = host_new(NULL, err, sizeof err);
    assert_non_null(h);
    lua_State *L = host_state(h);
    assert_int_equal(sched_signals_install(err, sizeof err), SCHED_OK);
    lua_pushcfunction(L, l_raise_term);
    lua_setglobal(L, "raise_term");
    int rc = run_lua(
        L,
        "local sched = require 'styr.sched'\n"
        "local after_first, swallowed = false, 0\n"
        "local ok, msg, aborted = sched.call('job', function()\n"
        "  raise_term()\n"
        "  after_first = sched.stopping() == 1\n"
        "  for i = 1, 10 do pcall(function() raise_term(); while true do end end); swallowed = swallowed + 1 end\n"
        "  return 'finished'\n"
        "end)\n"
        "assert(after_first, 'the first signal lets the job go on')\n"
        "assert(ok == false and aborted == true, tostring(msg))\n"
        "assert(msg:find('aborted by a second stop signal', 1, true), msg)\n"
        "assert(swallowed == 0, 'the pcall in the job swallowed the abort')\n"
        "local s = 0; for i = 1, 1000 do s = s + i end\n"
        "local ok2, msg2, aborted2 = sched.call('next job', function() return 1 end)\n"
        "assert(ok2 == false and aborted2 == true and msg2:find('aborted'), 'no job starts after the abort')\n"
        "return s\n");
    if (rc != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    assert_int_equal(lua_tointeger(L, -1), 500500);
    lua_pop(L, 1);
    assert_true(sched_stop_count() >= 2);
    host_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_lock_take_and_release, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lock_other_process_and_stale, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lock_refuses_links_and_odd_files, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fixed_clock_sleep, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fast_clock, setup, teardown),
        cmocka_unit_test_setup_teardown(test_real_clock_sleep, setup, teardown),
        cmocka_unit_test_setup_teardown(test_signals_wake_and_abort, setup, teardown),
        cmocka_unit_test_setup_teardown(test_call_budget_of_its_own, setup, teardown),
        cmocka_unit_test_setup_teardown(test_call_abort, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
