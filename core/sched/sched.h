/* The scheduler's contact with the operating system: one scheduler per store (a lock file),
 * signals (stop, abort, reload) and an interruptible sleep until an instant of styr's clock.
 *
 * Lock. The lock file lies beside the database (styr.db -> styr.db.lock). It is held with
 * flock(LOCK_EX) for as long as the process keeps it, and names its holder: "pid=N",
 * "started=TIME", "command=NAME" lines, for the message the next scheduler prints. The kernel
 * drops the lock when the holder exits or is killed, so a lock file left by a killed process is
 * not held: the next scheduler takes it over and reports whom it took it from. The file is never
 * removed (removing it would let two processes lock two different files); a clean release
 * empties it. Keep the database on a local file system: flock over NFS may not exclude.
 *
 * Signals. SIGTERM and SIGINT ask the scheduler to stop: the first lets the running job finish,
 * the second aborts it (through the abort function the Lua binding registers, which makes the
 * job raise an error at its next Lua instruction so that its transaction is rolled back), a
 * third ends the process at once (exit status 128 + the signal). SIGHUP asks for a reload. The
 * handlers only set flags (and call the abort function); SA_RESTART keeps a job's system calls
 * going across the first signal.
 *
 * Sleep. sched_sleep_until waits until styr's clock (clock.h: the real clock, or STYR_NOW fixed,
 * or STYR_NOW running STYR_CLOCK_SPEED times as fast) reaches an instant, and returns early when
 * a signal has asked for something. It wakes at least once a minute to read the clock again, so
 * that a wall clock set forward or a suspended machine does not make it oversleep. Signals are
 * blocked while the flags are checked and unblocked atomically by pselect, so a signal that
 * arrives just before the sleep is not lost.
 *
 * Not thread-safe; styr is single-threaded. */
#ifndef STYR_SCHED_H
#define STYR_SCHED_H

#include <stddef.h>

enum {
    SCHED_OK = 0,
    SCHED_HELD = 1,   /* another process holds the lock */
    SCHED_ERROR = -1, /* a system call failed; err says which and why */
};

/* Why sched_sleep_until returned. */
enum {
    SCHED_WOKE_TIME = 0, /* the clock reached the instant */
    SCHED_WOKE_SIGNAL =
        1, /* a stop or reload is pending (see sched_stop_count, sched_take_reload) */
};

/* Who holds (or held) a lock file. pid 0: the file names nobody (new, or released cleanly). */
typedef struct sched_holder {
    long pid;
    char started[32]; /* as the holder wrote it, "" when unknown */
    char command[32];
} sched_holder;

typedef struct sched_lock sched_lock;

/* Takes the lock file at path (created 0644 when missing; a symbolic link or a file that is not
 * regular is refused) and writes the holder lines (pid, started, command) into it.
 *   SCHED_OK: *out holds the lock; *previous names the process that held it before and died
 *             without releasing it (a stale lock taken over), or has pid 0.
 *   SCHED_HELD: another process holds it; *previous names it (pid 0 if it has not written its
 *             name yet); *out is NULL.
 *   SCHED_ERROR: err says what failed; *out is NULL. */
int sched_lock_acquire(const char *path, const char *command, const char *started, sched_lock **out,
                       sched_holder *previous, char *err, size_t errlen);

/* Releases the lock: empties the file and closes it (the kernel drops the flock). NULL is a
 * no-op. */
void sched_lock_release(sched_lock *lock);

/* Whether the lock file at path is held by a process (1, holder filled), not held (0, holder
 * filled with what the file says, pid 0 after a clean release) or cannot be read (-1, err). A
 * missing file is not held. Takes nothing: it tests with a shared lock it drops at once. */
int sched_lock_probe(const char *path, sched_holder *holder, char *err, size_t errlen);

/* Installs the SIGTERM, SIGINT and SIGHUP handlers and clears the flags. Returns SCHED_OK, or
 * SCHED_ERROR with err filled. Calling it again only clears the flags. */
int sched_signals_install(char *err, size_t errlen);

/* Puts back the handlers that were in force before sched_signals_install. */
void sched_signals_restore(void);

/* Stop signals received since the handlers were installed (0, 1, 2 or more). */
int sched_stop_count(void);

/* The last stop signal received (SIGTERM or SIGINT), 0 when none. */
int sched_stop_signal(void);

/* 1 when a SIGHUP arrived since the last call (and clears it), else 0. */
int sched_take_reload(void);

/* Registers fn(ud), called from the signal handler when the second stop signal arrives, or
 * clears it (fn NULL). fn must be async-signal-safe. Returns 1 when a registered fn was called
 * since the previous call to sched_set_abort, else 0. */
int sched_set_abort(void (*fn)(void *ud), void *ud);

/* Sleeps until styr's clock reaches `until` (epoch seconds) or a signal asks for something.
 * With the clock fixed by STYR_NOW alone the clock never moves: it waits for a signal. Returns
 * SCHED_WOKE_TIME, SCHED_WOKE_SIGNAL, or SCHED_ERROR with err filled (a malformed STYR_NOW or
 * STYR_CLOCK_SPEED). */
int sched_sleep_until(long long until, char *err, size_t errlen);

#endif
