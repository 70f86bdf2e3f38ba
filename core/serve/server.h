/* The web server of `styr serve`: GNU libmicrohttpd without a thread of its own. The caller's
 * thread runs serve_step in a loop, and every request is handed to the caller's handler from
 * inside serve_step, so that one thread (the one owning the Lua state) does all the work.
 *
 * Limits enforced here, before a handler sees a request: the body size (a Content-Length above
 * max_body is answered 413 before the body is read; a chunked body that passes max_body is
 * answered 413 once it is complete, the bytes past the limit dropped instead of kept, and the
 * connection closed past 16 times max_body), the number of connections (more wait in the listen
 * queue), the connection timeout (a client that sends nothing for timeout_s seconds is dropped,
 * and a request whose body has not all arrived timeout_s seconds after its headers has its
 * connection closed, so a slow client cannot hold a slot) and the memory per connection (headers
 * and the URL).
 *
 * Stopping: serve_quiesce closes the listening socket (new connections are refused) while the
 * connections in flight go on being served by serve_step; serve_connections says how many are
 * left. Signals are not handled here: the caller uses sched.h's stop and reload flags between
 * steps.
 *
 * Not thread-safe: one thread calls every function of one server. */
#ifndef STYR_SERVE_H
#define STYR_SERVE_H

#include <stddef.h>

enum {
    SERVE_OK = 0,
    SERVE_ERROR = -1, /* err says what failed */
};

#define SERVE_DEFAULT_MAX_BODY ((size_t)1024 * 1024)
#define SERVE_DEFAULT_MAX_CONNECTIONS 64
#define SERVE_DEFAULT_TIMEOUT_S 30

typedef struct serve_options {
    const char *address; /* numeric IPv4 or IPv6 address to listen on; NULL: 127.0.0.1 */
    int port;            /* 0: any free port (see serve_port) */
    size_t max_body;     /* bytes of request body; 0: SERVE_DEFAULT_MAX_BODY */
    int max_connections; /* 0: SERVE_DEFAULT_MAX_CONNECTIONS */
    int timeout_s; /* idle seconds before a connection is dropped, and seconds a body may take to
                    * arrive after its headers; 0: default */
} serve_options;

/* A header or a query argument, as the client sent it (arguments decoded). */
typedef struct serve_pair {
    const char *name;
    const char *value;
} serve_pair;

/* What a handler sees. Every string lives until the handler returns. */
typedef struct serve_request {
    const char *method;
    const char *path;   /* the URL's path, percent-decoded by libmicrohttpd, without the query */
    const char *client; /* the peer's numeric address ("127.0.0.1", "::1"), "" when unknown */
    const serve_pair *headers;
    size_t n_headers;
    const serve_pair *args; /* the query's arguments, in order */
    size_t n_args;
    const char *body; /* NUL-terminated copy of the body (which may itself hold NULs) */
    size_t body_len;
} serve_request;

/* What a handler answers. The server copies everything before the handler's strings go. */
typedef struct serve_response {
    int status;
    const serve_pair *headers; /* Content-Type included */
    size_t n_headers;
    const char *body;
    size_t body_len;
} serve_response;

/* Returns 0 with *res filled, or non-zero for an internal failure (answered 500). The handler
 * may keep nothing of req after it returns; res's strings must live until serve_step's call of
 * the handler has returned (they are copied then). done(ud) is called after the copy. */
typedef int (*serve_handler)(void *ud, const serve_request *req, serve_response *res);
typedef void (*serve_done)(void *ud);

typedef struct serve_server serve_server;

/* Binds and listens. Returns SERVE_OK with *out set, or SERVE_ERROR with err filled (address in
 * use, bad address). */
int serve_start(const serve_options *opts, serve_server **out, char *err, size_t errlen);

/* The port the server listens on (the one chosen when port 0 was asked for). */
int serve_port(const serve_server *srv);

/* Waits up to timeout_ms for network activity and serves what is ready, calling handler(ud, …)
 * for every complete request and done(ud) (when not NULL) once its answer is copied. Returns
 * SERVE_OK (a signal interrupting the wait included) or SERVE_ERROR with err filled. */
int serve_step(serve_server *srv, int timeout_ms, serve_handler handler, serve_done done, void *ud,
               char *err, size_t errlen);

/* Stops accepting connections (closes the listening socket); the open ones go on. */
void serve_quiesce(serve_server *srv);

/* Connections open now. */
int serve_connections(const serve_server *srv);

/* Closes every connection and frees the server. NULL is a no-op. */
void serve_stop(serve_server *srv);

/* Fills buf with n bytes from the kernel's random source. Returns SERVE_OK or SERVE_ERROR. */
int serve_random(void *buf, size_t n, char *err, size_t errlen);

#endif
