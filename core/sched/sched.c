/* The scheduler's lock file, signal flags and interruptible sleep (see sched.h). */
#include "sched/sched.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "time/clock.h"

/* The longest single wait: the clock is read again at least this often (seconds of real time). */
#define SCHED_MAX_WAIT 60.0

struct sched_lock {
    int fd;
};

/* ---- lock file ---------------------------------------------------------------------------- */

/* Fills h from the lock file's text ("pid=N" / "started=…" / "command=…" lines). */
static void parse_holder(const char *text, sched_holder *h)
{
    memset(h, 0, sizeof *h);
    const char *p = text;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        char line[128];
        if (len < sizeof line) {
            memcpy(line, p, len);
            line[len] = '\0';
            if (strncmp(line, "pid=", 4) == 0) {
                char *end;
                long v = strtol(line + 4, &end, 10);
                if (end != line + 4 && *end == '\0' && v > 0)
                    h->pid = v;
            } else if (strncmp(line, "started=", 8) == 0) {
                snprintf(h->started, sizeof h->started, "%.31s", line + 8);
            } else if (strncmp(line, "command=", 8) == 0) {
                snprintf(h->command, sizeof h->command, "%.31s", line + 8);
            }
        }
        p += len + (eol != NULL);
    }
}

/* Reads the holder lines from fd (from its start). Returns 0, or -1 with errno set. */
static int read_holder(int fd, sched_holder *h)
{
    char buf[512];
    ssize_t n;
    do {
        n = pread(fd, buf, sizeof buf - 1, 0);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return -1;
    buf[n] = '\0';
    parse_holder(buf, h);
    return 0;
}

/* Opens the lock file without following a symbolic link; refuses anything but a regular file.
 * Returns the descriptor, or -1 with err filled. */
static int open_lock_file(const char *path, int flags, char *err, size_t errlen)
{
    int fd;
    do {
        fd = open(path, flags | O_CLOEXEC | O_NOFOLLOW, 0644);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        if (errno == ELOOP)
            snprintf(err, errlen, "%s: the scheduler lock is a symbolic link; refused", path);
        else
            snprintf(err, errlen, "%s: cannot open the scheduler lock: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: the scheduler lock is not a regular file; refused", path);
        close(fd);
        return -1;
    }
    return fd;
}

static int write_all(int fd, const char *s, size_t len)
{
    off_t off = 0;
    while (len > 0) {
        ssize_t n = pwrite(fd, s, len, off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        s += n;
        len -= (size_t)n;
        off += n;
    }
    return 0;
}

int sched_lock_acquire(const char *path, const char *command, const char *started, sched_lock **out,
                       sched_holder *previous, char *err, size_t errlen)
{
    *out = NULL;
    memset(previous, 0, sizeof *previous);
    int fd = open_lock_file(path, O_RDWR | O_CREAT, err, errlen);
    if (fd < 0)
        return SCHED_ERROR;
    int rc;
    do {
        rc = flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        int e = errno;
        if (e == EWOULDBLOCK) {
            /* The holder writes its name right after locking; give it a moment to do so. */
            for (int i = 0; i < 20; i++) {
                if (read_holder(fd, previous) != 0 || previous->pid != 0)
                    break;
                struct timespec ts = {0, 5 * 1000 * 1000};
                nanosleep(&ts, NULL);
            }
            close(fd);
            return SCHED_HELD;
        }
        snprintf(err, errlen, "%s: cannot lock: %s", path, strerror(e));
        close(fd);
        return SCHED_ERROR;
    }
    /* Ours. A name left in the file belongs to a process that ended without releasing. */
    if (read_holder(fd, previous) != 0)
        memset(previous, 0, sizeof *previous);
    char text[256];
    int len = snprintf(text, sizeof text, "pid=%ld\nstarted=%s\ncommand=%s\n", (long)getpid(),
                       started ? started : "", command ? command : "");
    if (len < 0 || (size_t)len >= sizeof text || ftruncate(fd, 0) != 0 ||
        write_all(fd, text, (size_t)len) != 0) {
        snprintf(err, errlen, "%s: cannot write the scheduler lock: %s", path, strerror(errno));
        close(fd);
        return SCHED_ERROR;
    }
    sched_lock *l = malloc(sizeof *l);
    if (l == NULL) {
        snprintf(err, errlen, "out of memory");
        close(fd);
        return SCHED_ERROR;
    }
    l->fd = fd;
    *out = l;
    return SCHED_OK;
}

void sched_lock_release(sched_lock *lock)
{
    if (lock == NULL)
        return;
    /* Empty first, while still holding it: a clean release leaves no name behind. A failure
     * only makes the next scheduler report a stale lock. */
    if (ftruncate(lock->fd, 0) != 0) {
        /* nothing more to do */
    }
    close(lock->fd);
    free(lock);
}

int sched_lock_probe(const char *path, sched_holder *holder, char *err, size_t errlen)
{
    memset(holder, 0, sizeof *holder);
    int fd;
    do {
        fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        if (errno == ENOENT)
            return 0;
        snprintf(err, errlen, "%s: cannot open the scheduler lock: %s", path, strerror(errno));
        return -1;
    }
    int held = 0;
    if (flock(fd, LOCK_SH | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK) {
            snprintf(err, errlen, "%s: cannot test the scheduler lock: %s", path, strerror(errno));
            close(fd);
            return -1;
        }
        held = 1;
    }
    if (read_holder(fd, holder) != 0)
        memset(holder, 0, sizeof *holder);
    close(fd); /* drops the shared lock, if it was taken */
    return held;
}

/* ---- signals ------------------------------------------------------------------------------ */

static volatile sig_atomic_t stop_count;
static volatile sig_atomic_t stop_signal;
static volatile sig_atomic_t reload_pending;
static volatile sig_atomic_t abort_called;
static void (*volatile abort_fn)(void *);
static void *volatile abort_ud;

static int installed;
static struct sigaction old_term, old_int, old_hup;

static void on_signal(int sig)
{
    int saved = errno;
    if (sig == SIGHUP) {
        reload_pending = 1;
    } else {
        stop_signal = sig;
        if (stop_count < 1000)
            stop_count = stop_count + 1;
        if (stop_count == 2) {
            void (*fn)(void *) = abort_fn;
            if (fn) {
                abort_called = 1;
                fn(abort_ud);
            }
        } else if (stop_count >= 3) {
            static const char msg[] = "styr: third stop signal: exiting at once\n";
            ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
            (void)w;
            _exit(128 + sig);
        }
    }
    errno = saved;
}

int sched_signals_install(char *err, size_t errlen)
{
    stop_count = 0;
    stop_signal = 0;
    reload_pending = 0;
    if (installed)
        return SCHED_OK;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGTERM);
    sigaddset(&sa.sa_mask, SIGINT);
    sigaddset(&sa.sa_mask, SIGHUP);
    /* The Lua host's tick (SIGURG, core/lua/host.c) must not come between the abort's change of
     * the hook and its end. */
    sigaddset(&sa.sa_mask, SIGURG);
    sa.sa_flags = SA_RESTART;
    if (sigaction(SIGTERM, &sa, &old_term) != 0 || sigaction(SIGINT, &sa, &old_int) != 0 ||
        sigaction(SIGHUP, &sa, &old_hup) != 0) {
        snprintf(err, errlen, "cannot install the signal handlers: %s", strerror(errno));
        return SCHED_ERROR;
    }
    installed = 1;
    return SCHED_OK;
}

void sched_signals_restore(void)
{
    if (!installed)
        return;
    sigaction(SIGTERM, &old_term, NULL);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGHUP, &old_hup, NULL);
    installed = 0;
}

int sched_stop_count(void)
{
    return stop_count;
}

int sched_stop_signal(void)
{
    return stop_signal;
}

int sched_take_reload(void)
{
    int r = reload_pending;
    reload_pending = 0;
    return r;
}

int sched_set_abort(void (*fn)(void *ud), void *ud)
{
    /* Block the stop signals while the pair changes, so the handler never sees half of it. */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &old);
    abort_fn = fn;
    abort_ud = ud;
    int called = abort_called;
    abort_called = 0;
    sigprocmask(SIG_SETMASK, &old, NULL);
    return called;
}

/* ---- sleep -------------------------------------------------------------------------------- */

int sched_sleep_until(long long until, char *err, size_t errlen)
{
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGHUP);
    for (;;) {
        double rate;
        time_t now;
        if (clock_rate(&rate, err, errlen) != 0 || clock_now(&now, err, errlen) != 0)
            return SCHED_ERROR;
        if ((long long)now >= until)
            return SCHED_WOKE_TIME;
        /* Real seconds until the clock shows `until`; a fixed clock never gets there. */
        double wait = rate > 0 ? (double)(until - (long long)now) / rate : -1;
        if (wait > SCHED_MAX_WAIT)
            wait = SCHED_MAX_WAIT;
        if (wait >= 0 && wait < 0.001)
            wait = 0.001;
        sigprocmask(SIG_BLOCK, &block, &old);
        if (stop_count > 0 || reload_pending) {
            sigprocmask(SIG_SETMASK, &old, NULL);
            return SCHED_WOKE_SIGNAL;
        }
        struct timespec ts;
        if (wait >= 0) {
            ts.tv_sec = (time_t)wait;
            ts.tv_nsec = (long)((wait - (double)ts.tv_sec) * 1e9);
        }
        /* Unblocks the signals and waits, atomically: a signal that came after the check above
         * ends the wait at once. */
        int rc = pselect(0, NULL, NULL, NULL, wait >= 0 ? &ts : NULL, &old);
        int e = errno;
        sigprocmask(SIG_SETMASK, &old, NULL);
        if (rc < 0 && e != EINTR) {
            snprintf(err, errlen, "cannot wait: %s", strerror(e));
            return SCHED_ERROR;
        }
    }
}
