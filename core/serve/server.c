/* The web server of `styr serve` on libmicrohttpd, polled by the caller's thread (server.h). */
#include "serve/server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <unistd.h>

#include <microhttpd.h>

#include "time/clock.h"

struct serve_server {
    struct MHD_Daemon *daemon;
    serve_handler handler;
    serve_done done;
    void *ud;
    size_t max_body;
    int64_t body_ns; /* how long a request's body may take to arrive, from its headers */
    int port;
    int quiesced;
};

/* One request being received: its body so far, or that it is already answered. */
typedef struct request_ctx {
    char *body; /* owned; NUL-terminated */
    size_t len, cap;
    int answered;    /* a 413 was queued on the first call: nothing more to do */
    int too_large;   /* a chunked body passed the limit: the rest is dropped, then 413 */
    size_t dropped;  /* bytes dropped since */
    int64_t started; /* monotonic ns when the headers were in */
} request_ctx;

/* A growing list of name/value pairs pointing into libmicrohttpd's memory. */
typedef struct pair_list {
    serve_pair *items;
    size_t n, cap;
    int failed;
} pair_list;

static enum MHD_Result collect_pair(void *cls, enum MHD_ValueKind kind, const char *key,
                                    const char *value)
{
    (void)kind;
    pair_list *l = cls;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        serve_pair *p = realloc(l->items, cap * sizeof *p);
        if (p == NULL) {
            l->failed = 1;
            return MHD_NO;
        }
        l->items = p;
        l->cap = cap;
    }
    l->items[l->n].name = key ? key : "";
    l->items[l->n].value = value ? value : "";
    l->n++;
    return MHD_YES;
}

/* Queues a fixed plain-text answer. */
static enum MHD_Result answer_text(struct MHD_Connection *c, unsigned int status, const char *text)
{
    struct MHD_Response *r =
        MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_PERSISTENT);
    if (r == NULL)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type", "text/plain; charset=utf-8");
    MHD_add_response_header(r, "Connection", "close");
    enum MHD_Result ok = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ok;
}

static const char TOO_LARGE[] = "413 Request body too large\n";

/* Writes the peer's numeric address into out. */
static void client_address(struct MHD_Connection *c, char *out, size_t outlen)
{
    out[0] = '\0';
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (ci == NULL || ci->client_addr == NULL)
        return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        inet_ntop(AF_INET, &in->sin_addr, out, (socklen_t)outlen);
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        /* An IPv4 peer on a dual-stack socket reads as itself, not as ::ffff:a.b.c.d. */
        if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr))
            inet_ntop(AF_INET, &in6->sin6_addr.s6_addr[12], out, (socklen_t)outlen);
        else
            inet_ntop(AF_INET6, &in6->sin6_addr, out, (socklen_t)outlen);
    }
}

/* Hands a complete request to the handler and queues its answer. */
static enum MHD_Result dispatch(serve_server *srv, struct MHD_Connection *c, const char *url,
                                const char *method, request_ctx *ctx)
{
    pair_list headers = {0}, args = {0};
    MHD_get_connection_values(c, MHD_HEADER_KIND, collect_pair, &headers);
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_pair, &args);
    enum MHD_Result ok;
    if (headers.failed || args.failed) {
        ok = answer_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "500 Out of memory\n");
        goto done;
    }
    char client[INET6_ADDRSTRLEN];
    client_address(c, client, sizeof client);
    serve_request req = {
        .method = method,
        .path = url,
        .client = client,
        .headers = headers.items,
        .n_headers = headers.n,
        .args = args.items,
        .n_args = args.n,
        .body = ctx->body ? ctx->body : "",
        .body_len = ctx->len,
    };
    serve_response res = {0};
    if (srv->handler == NULL || srv->handler(srv->ud, &req, &res) != 0) {
        if (srv->done)
            srv->done(srv->ud);
        ok = answer_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "500 Internal error\n");
        goto done;
    }
    struct MHD_Response *r = MHD_create_response_from_buffer(
        res.body_len, (void *)(res.body ? res.body : ""), MHD_RESPMEM_MUST_COPY);
    for (size_t i = 0; r != NULL && i < res.n_headers; i++)
        if (MHD_add_response_header(r, res.headers[i].name, res.headers[i].value) != MHD_YES) {
            MHD_destroy_response(r);
            r = NULL;
        }
    if (srv->done)
        srv->done(srv->ud);
    if (r == NULL) {
        ok = answer_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "500 Cannot build the answer\n");
        goto done;
    }
    ok = MHD_queue_response(c, (unsigned int)(res.status > 0 ? res.status : 500), r);
    MHD_destroy_response(r);
done:
    free(headers.items);
    free(args.items);
    return ok;
}

/* libmicrohttpd's access handler: called once when the headers are in, then once per piece of
 * body, then once more with no data when the request is complete. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    (void)version;
    serve_server *srv = cls;
    request_ctx *ctx = *con_cls;
    if (ctx == NULL) {
        ctx = calloc(1, sizeof *ctx);
        if (ctx == NULL)
            return MHD_NO;
        *con_cls = ctx;
        ctx->started = clock_monotonic_ns();
        /* A declared body above the limit is refused before a byte of it is read. */
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl != NULL) {
            char *end;
            errno = 0;
            unsigned long long n = strtoull(cl, &end, 10);
            if (errno != 0 || end == cl || *end != '\0' || n > srv->max_body) {
                ctx->answered = 1;
                return answer_text(c, MHD_HTTP_CONTENT_TOO_LARGE, TOO_LARGE);
            }
        }
        return MHD_YES;
    }
    /* A body trickling in (a byte now and then, never idle long enough for the connection
     * timeout) would hold its connection for ever: past the deadline the connection is closed. */
    if (!ctx->answered && clock_monotonic_ns() - ctx->started > srv->body_ns)
        return MHD_NO;
    if (*upload_data_size > 0) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (ctx->answered)
            return MHD_YES;
        /* A body without a declared length that passes the limit: what came is freed, the rest
         * is read and dropped (libmicrohttpd answers only once the request is complete), and a
         * client that goes on sending past 16 times the limit is cut off. */
        if (ctx->too_large || n > srv->max_body - ctx->len) {
            ctx->too_large = 1;
            free(ctx->body);
            ctx->body = NULL;
            ctx->len = ctx->cap = 0;
            ctx->dropped += n;
            return ctx->dropped / 16 > srv->max_body ? MHD_NO : MHD_YES;
        }
        if (ctx->len + n + 1 > ctx->cap) {
            size_t cap = ctx->cap ? ctx->cap : 4096;
            while (cap < ctx->len + n + 1)
                cap *= 2;
            char *p = realloc(ctx->body, cap);
            if (p == NULL)
                return MHD_NO;
            ctx->body = p;
            ctx->cap = cap;
        }
        memcpy(ctx->body + ctx->len, upload_data, n);
        ctx->len += n;
        ctx->body[ctx->len] = '\0';
        return MHD_YES;
    }
    if (ctx->answered)
        return MHD_YES;
    if (ctx->too_large) {
        ctx->answered = 1;
        return answer_text(c, MHD_HTTP_CONTENT_TOO_LARGE, TOO_LARGE);
    }
    return dispatch(srv, c, url, method, ctx);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)c;
    (void)toe;
    request_ctx *ctx = *con_cls;
    if (ctx != NULL) {
        free(ctx->body);
        free(ctx);
        *con_cls = NULL;
    }
}

int serve_start(const serve_options *opts, serve_server **out, char *err, size_t errlen)
{
    *out = NULL;
    const char *address = opts->address ? opts->address : "127.0.0.1";
    if (opts->port < 0 || opts->port > 65535) {
        snprintf(err, errlen, "port %d is not a port number (0 to 65535)", opts->port);
        return SERVE_ERROR;
    }
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr *sa;
    unsigned int flags = MHD_USE_ITC;
    memset(&in4, 0, sizeof in4);
    memset(&in6, 0, sizeof in6);
    if (inet_pton(AF_INET, address, &in4.sin_addr) == 1) {
        in4.sin_family = AF_INET;
        in4.sin_port = htons((uint16_t)opts->port);
        sa = (struct sockaddr *)&in4;
    } else if (inet_pton(AF_INET6, address, &in6.sin6_addr) == 1) {
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons((uint16_t)opts->port);
        sa = (struct sockaddr *)&in6;
        flags |= MHD_USE_IPv6;
    } else {
        snprintf(err, errlen, "'%s' is not a numeric IPv4 or IPv6 address", address);
        return SERVE_ERROR;
    }
    serve_server *srv = calloc(1, sizeof *srv);
    if (srv == NULL) {
        snprintf(err, errlen, "out of memory");
        return SERVE_ERROR;
    }
    srv->max_body = opts->max_body ? opts->max_body : SERVE_DEFAULT_MAX_BODY;
    unsigned int max_conn =
        (unsigned int)(opts->max_connections > 0 ? opts->max_connections
                                                 : SERVE_DEFAULT_MAX_CONNECTIONS);
    unsigned int timeout =
        (unsigned int)(opts->timeout_s > 0 ? opts->timeout_s : SERVE_DEFAULT_TIMEOUT_S);
    srv->body_ns = (int64_t)timeout * 1000000000;
    errno = 0;
    srv->daemon = MHD_start_daemon(
        flags, (uint16_t)opts->port, NULL, NULL, on_request, srv, MHD_OPTION_SOCK_ADDR, sa,
        MHD_OPTION_CONNECTION_LIMIT, max_conn, MHD_OPTION_CONNECTION_TIMEOUT, timeout,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)64 * 1024, MHD_OPTION_NOTIFY_COMPLETED,
        on_completed, NULL, MHD_OPTION_LISTEN_BACKLOG_SIZE, 128u, MHD_OPTION_END);
    if (srv->daemon == NULL) {
        int e = errno;
        snprintf(err, errlen, "cannot listen on %s port %d: %s", address, opts->port,
                 e ? strerror(e) : "libmicrohttpd refused to start");
        free(srv);
        return SERVE_ERROR;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
    srv->port = di ? di->port : opts->port;
    *out = srv;
    return SERVE_OK;
}

int serve_port(const serve_server *srv)
{
    return srv->port;
}

int serve_step(serve_server *srv, int timeout_ms, serve_handler handler, serve_done done, void *ud,
               char *err, size_t errlen)
{
    srv->handler = handler;
    srv->done = done;
    srv->ud = ud;
    errno = 0;
    enum MHD_Result r = MHD_run_wait(srv->daemon, timeout_ms);
    srv->handler = NULL;
    srv->done = NULL;
    srv->ud = NULL;
    if (r != MHD_YES) {
        /* A signal interrupting the wait is no failure: the caller checks its flags. */
        if (errno == EINTR)
            return SERVE_OK;
        snprintf(err, errlen, "serving requests failed: %s",
                 errno ? strerror(errno) : "libmicrohttpd gave no reason");
        return SERVE_ERROR;
    }
    return SERVE_OK;
}

void serve_quiesce(serve_server *srv)
{
    if (srv->quiesced)
        return;
    MHD_socket fd = MHD_quiesce_daemon(srv->daemon);
    if (fd != MHD_INVALID_SOCKET)
        close(fd);
    srv->quiesced = 1;
}

int serve_connections(const serve_server *srv)
{
    const union MHD_DaemonInfo *di =
        MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    return di ? (int)di->num_connections : 0;
}

void serve_stop(serve_server *srv)
{
    if (srv == NULL)
        return;
    MHD_stop_daemon(srv->daemon);
    free(srv);
}

int serve_random(void *buf, size_t n, char *err, size_t errlen)
{
    unsigned char *p = buf;
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            snprintf(err, errlen, "cannot read random bytes: %s", strerror(errno));
            return SERVE_ERROR;
        }
        p += got;
        n -= (size_t)got;
    }
    return SERVE_OK;
}
