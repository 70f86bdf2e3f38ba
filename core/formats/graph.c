/* Graph charts through Graphviz's C library: DOT text in, SVG (or laid-out DOT) out.
 *
 * A child process per render: graph_render forks, the child lays out and renders the graph and
 * sends the result (or Graphviz's message) back through a pipe, then exits without freeing
 * anything. Graphviz 2.42 (Debian 12) cannot be run in-process cleanly: its dot layout leaks
 * virtual edges and nodes for every graph with clusters (an organisation chart always has them;
 * upstream issues #65, #614, #649), and agclose() fails, leaving the whole graph behind, when a
 * graph with newrank=true has clusters and edge labels. Graphviz also calls exit() when out of
 * memory. In a child, all of that ends with the child: styr's own memory stays flat (and clean
 * under LeakSanitizer), and a Graphviz crash is an error message, not the end of styr. A fork
 * costs about a millisecond; loading the plugins and laying out a chart take some 20 ms.
 *
 * Plugins: gvContext() in each child loads the plugins named in Graphviz's config6a: dot_layout,
 * core (the svg and dot renderers) and pango, which measures labels with the installed fonts
 * (fonts-dejavu-core), so boxes fit their text. In-process, Graphviz 2.42's pango plugin would be
 * a third reason for the child: it keeps a pointer into the context in a static variable (ASan:
 * heap-use-after-free in libgvplugin_pango on a second context in one process), and fontconfig,
 * which it starts, leaks its font list. With one context per child neither can happen. The output
 * depends on the machine's fonts, and is the same from call to call on one machine.
 *
 * Errors: Graphviz reports through agerr(), which prints to stderr unless a user function is set
 * with agseterrf(). The child installs one, with the report level at AGWARN so that every message
 * reaches it (below that level cgraph would write them to a tmpfile() instead), and points its
 * stdout and stderr at /dev/null for the few places that print directly. */
#include "formats/graph.h"
#include "formats/output.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gvc.h>

/* Graphviz's messages in the child. agusererrf carries no user pointer, so this is static. */
static struct {
    char text[1024];
    size_t len;
    int label; /* the previous piece was the "Error" label, so the ": " after it is dropped */
    int full;  /* text is full: later pieces are dropped */
} messages;

/* The agusererrf: cgraph hands over "Error" or "Warning", then ": ", then the formatted message
 * ending in a newline. Keeps the text without the "Error: " label, lines joined by "; ". */
static int collect(char *piece)
{
    if (messages.full)
        return 0;
    if (strcmp(piece, "Error") == 0) {
        messages.label = 1;
        return 0;
    }
    if (messages.label && strcmp(piece, ": ") == 0) {
        messages.label = 0;
        return 0;
    }
    messages.label = 0;
    for (const char *p = piece; *p != '\0'; p++) {
        const char *add = *p == '\n' ? "; " : p;
        size_t n = *p == '\n' ? 2 : 1;
        if (messages.len + n >= sizeof messages.text) {
            /* Full: keep the first messages, which are the ones that matter, and no cut UTF-8
             * sequence at the end. */
            while (messages.len > 0 && (unsigned char)messages.text[messages.len - 1] >= 0x80)
                messages.len--;
            messages.text[messages.len] = '\0';
            messages.full = 1;
            return 0;
        }
        memcpy(messages.text + messages.len, add, n);
        messages.len += n;
        messages.text[messages.len] = '\0';
    }
    return 0;
}

/* Graphviz's messages so far, without the trailing "; ", or `otherwise` when there were none. */
static const char *messages_or(const char *otherwise)
{
    while (messages.len >= 2 && strcmp(messages.text + messages.len - 2, "; ") == 0)
        messages.text[messages.len -= 2] = '\0';
    return messages.len > 0 ? messages.text : otherwise;
}

/* The DOT text as cgraph's lexer reads it, through an Agiodisc_t of our own (see read_graph). */
typedef struct reader {
    const char *data;
    size_t len, pos;
} reader;

static int reader_read(void *chan, char *buf, int bufsize)
{
    reader *r = chan;
    size_t n = r->len - r->pos;
    if (bufsize <= 0)
        return 0;
    if (n > (size_t)bufsize)
        n = (size_t)bufsize;
    memcpy(buf, r->data + r->pos, n);
    r->pos += n;
    return (int)n;
}

/* Runs in the child: reads the one graph in the DOT text. Returns it, or NULL with err filled.
 *
 * agmemread would do, but it stops after the closing brace of the first graph and silently
 * drops the rest: "digraph a {} digraph b {}" would draw a. Worse, cgraph's lexer keeps what it
 * read beyond that brace in globals for the next parse, so in one process a later
 * agmemread("digraph c {}") returns b. Here the text is read through a reader of our own and on
 * to its end, so that text after the first graph is an error (the child process then takes the
 * lexer's globals with it). */
static Agraph_t *read_graph(const char *dot, size_t len, char *err, size_t errlen)
{
    static Agiodisc_t io = {reader_read, NULL, NULL};
    static Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
    io.putstr = AgIoDisc.putstr; /* for agwrite, which styr does not call on these graphs */
    io.flush = AgIoDisc.flush;
    reader r = {dot, len, 0};

    Agraph_t *g = agread(&r, &disc);
    if (g == NULL) {
        snprintf(err, errlen, "cannot read the DOT text: %s", messages_or("it holds no graph"));
        return NULL;
    }
    int more = 0;
    while (agread(&r, &disc) != NULL)
        more++; /* not closed: like everything else, it goes with the child process */
    if (more > 0 || agerrors() >= AGERR) {
        snprintf(err, errlen, "cannot read the DOT text: %s",
                 agerrors() >= AGERR ? messages_or("text after the graph")
                                     : "it holds more than one graph");
        return NULL;
    }
    return g;
}

/* The child's answer on the pipe: a kind byte, 'O' (the output follows) or 'E' (a message
 * follows), the length as a uint64_t, then the bytes. The length tells the parent a whole answer
 * from a child that died while writing it. */
enum { HEAD = 1 + sizeof(uint64_t) };

/* Sends the answer and ends the child: exit status 0, or 3 when the pipe failed. */
static _Noreturn void answer(int fd, char kind, const char *data, size_t len)
{
    char head[HEAD];
    uint64_t n = len;
    head[0] = kind;
    memcpy(head + 1, &n, sizeof n);
    int ok = output_write_fd(fd, head, sizeof head) == 0 && output_write_fd(fd, data, len) == 0;
    _exit(ok ? 0 : 3); /* not exit(): the parent's atexit handlers and stdio buffers are not ours */
}

/* Runs in the child: lays out and renders the graph, answers on fd, exits. Frees nothing: the
 * process owns all of Graphviz's memory and returns it by ending. */
static _Noreturn void render_in_child(int fd, const char *dot, size_t len, const char *format)
{
    char err[1536];
    /* styr's handlers (a daemon's SIGTERM) are for the parent; Ctrl-C ends the render too. */
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        if (sigaction(sigs[i], &dfl, NULL) != 0) {
            snprintf(err, sizeof err, "cannot start Graphviz: cannot reset signal %d: %s", sigs[i],
                     strerror(errno));
            answer(fd, 'E', err, strlen(err));
        }
    }
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null < 0 || dup2(null, STDOUT_FILENO) < 0 || dup2(null, STDERR_FILENO) < 0) {
        snprintf(err, sizeof err, "cannot start Graphviz: /dev/null: %s", strerror(errno));
        answer(fd, 'E', err, strlen(err));
    }

    agseterrf(collect);
    agseterr(AGWARN);
    GVC_t *gvc = gvContext();
    if (gvc == NULL) {
        snprintf(err, sizeof err, "cannot start Graphviz: %s", messages_or("out of memory"));
        answer(fd, 'E', err, strlen(err));
    }
    Agraph_t *g = read_graph(dot, len, err, sizeof err);
    if (g == NULL)
        answer(fd, 'E', err, strlen(err));
    if (gvLayout(gvc, g, "dot") != 0) {
        snprintf(err, sizeof err, "cannot lay out the graph '%s': %s", agnameof(g),
                 messages_or("the dot layout failed"));
        answer(fd, 'E', err, strlen(err));
    }
    char *data = NULL;
    unsigned int datalen = 0;
    if (gvRenderData(gvc, g, format, &data, &datalen) != 0 || data == NULL) {
        snprintf(err, sizeof err, "cannot render the graph '%s' as %s: %s", agnameof(g), format,
                 messages_or("Graphviz produced no output"));
        answer(fd, 'E', err, strlen(err));
    }
    answer(fd, 'O', data, datalen);
}

/* Reads fd to its end into a malloc'd buffer with room for one more byte. Returns 0, or an errno
 * value; *buf is set either way (NULL or partial) and the caller frees it. */
static int read_to_end(int fd, char **buf, size_t *n)
{
    size_t cap = 0;
    *buf = NULL;
    *n = 0;
    for (;;) {
        if (cap - *n < 4096) {
            size_t want = cap ? cap * 2 : 65536;
            char *bigger = want > cap ? realloc(*buf, want) : NULL;
            if (bigger == NULL)
                return ENOMEM;
            *buf = bigger;
            cap = want;
        }
        ssize_t r = read(fd, *buf + *n, cap - *n - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (r == 0)
            return 0;
        *n += (size_t)r;
    }
}

int graph_render(const char *dot, size_t len, const char *format, char **out, size_t *outlen,
                 char *err, size_t errlen)
{
    *out = NULL;
    *outlen = 0;
    if (format == NULL || (strcmp(format, "svg") != 0 && strcmp(format, "dot") != 0)) {
        snprintf(err, errlen, "cannot render a graph as '%s': the formats are svg and dot",
                 format ? format : "(null)");
        return -1;
    }
    if (dot == NULL || memchr(dot, '\0', len) != NULL) {
        snprintf(err, errlen, "cannot read the DOT text: it holds a NUL byte at offset %zu",
                 dot ? (size_t)((const char *)memchr(dot, '\0', len) - dot) : (size_t)0);
        return -1;
    }

    int fds[2];
    if (pipe(fds) != 0) {
        snprintf(err, errlen, "cannot start Graphviz: cannot make a pipe: %s", strerror(errno));
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(err, errlen, "cannot start Graphviz: cannot fork: %s", strerror(errno));
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        render_in_child(fds[1], dot, len, format);
    }
    close(fds[1]); /* so that the read below ends when the child does */

    char *buf = NULL;
    size_t n = 0;
    int rerr = read_to_end(fds[0], &buf, &n);
    close(fds[0]);
    if (rerr != 0)
        kill(pid, SIGKILL); /* it may be blocked on a pipe nobody reads */
    int status = 0;
    pid_t waited;
    while ((waited = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
        ;
    /* waited is -1 (ECHILD) when a SIGCHLD handler of the host reaped the child first: the
     * answer's length then tells whether it finished. */

    uint64_t alen = 0;
    if (n >= HEAD)
        memcpy(&alen, buf + 1, sizeof alen);
    int whole = rerr == 0 && n >= HEAD && alen == n - HEAD && (buf[0] == 'O' || buf[0] == 'E');
    int rc = -1;
    if (rerr != 0) {
        snprintf(err, errlen, "cannot read Graphviz's answer: %s", strerror(rerr));
    } else if (whole && buf[0] == 'O') {
        memmove(buf, buf + HEAD, (size_t)alen);
        buf[alen] = '\0'; /* read_to_end left room for it */
        *out = buf;
        *outlen = (size_t)alen;
        buf = NULL;
        rc = 0;
    } else if (whole) {
        snprintf(err, errlen, "%.*s", (int)(alen < 4096 ? alen : 4096), buf + HEAD);
    } else if (waited == pid && WIFSIGNALED(status)) {
        snprintf(err, errlen, "Graphviz stopped on signal %d (%s) while drawing the graph",
                 WTERMSIG(status), strsignal(WTERMSIG(status)));
    } else if (waited == pid && WIFEXITED(status) && WEXITSTATUS(status) != 0) {
        snprintf(err, errlen,
                 "Graphviz exited with status %d while drawing the graph (out of "
                 "memory?)",
                 WEXITSTATUS(status));
    } else {
        snprintf(err, errlen, "Graphviz ended without an answer while drawing the graph");
    }
    free(buf);
    return rc;
}
