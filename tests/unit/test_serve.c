/* Unit tests of core/serve/server.c: a real server on 127.0.0.1 and a free port, driven by
 * serve_step in the test's thread while a client thread speaks raw HTTP to it. What a handler
 * sees (method, decoded path, query arguments in order, headers, a body holding a NUL), the
 * limits enforced before a handler is called (a declared or a chunked body over max_body: 413; a
 * body trickling in past the timeout: the connection closed), a failing handler (500), quiesce,
 * bad addresses and the random source. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "serve/server.h"

/* What the handler saw of the last request. */
typedef struct seen {
    int calls;
    int fail; /* the handler reports an internal failure */
    char method[16], path[256], first_x[32], test_header[64];
    size_t n_args;
    char body[256];
    size_t body_len;
} seen;

static int handler(void *ud, const serve_request *req, serve_response *res)
{
    seen *s = ud;
    s->calls++;
    if (s->fail)
        return -1;
    snprintf(s->method, sizeof s->method, "%s", req->method);
    snprintf(s->path, sizeof s->path, "%s", req->path);
    s->first_x[0] = s->test_header[0] = '\0';
    s->n_args = req->n_args;
    for (size_t i = req->n_args; i-- > 0;)
        if (strcmp(req->args[i].name, "x") == 0)
            snprintf(s->first_x, sizeof s->first_x, "%s", req->args[i].value);
    for (size_t i = 0; i < req->n_headers; i++)
        if (strcasecmp(req->headers[i].name, "X-Test") == 0)
            snprintf(s->test_header, sizeof s->test_header, "%s", req->headers[i].value);
    s->body_len = req->body_len < sizeof s->body ? req->body_len : sizeof s->body;
    memcpy(s->body, req->body, s->body_len);
    static const serve_pair headers[] = {{"Content-Type", "text/plain"}, {"X-Answer", "42"}};
    res->status = 200;
    res->headers = headers;
    res->n_headers = 2;
    res->body = "hello";
    res->body_len = 5;
    return 0;
}

/* A client speaking raw HTTP in a thread of its own. */
typedef struct client {
    int port;
    const char *request;
    size_t len;     /* bytes of request */
    size_t at_once; /* sent in one go; the rest a byte every trickle_ms */
    int trickle_ms;
    char response[4096];
    size_t response_len;
    int cut_off; /* a send failed: the server closed the connection */
    atomic_int done;
} client;

static int connect_to(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return -1;
    }
    struct timeval tv = {5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
}

static void *client_run(void *arg)
{
    client *c = arg;
    int fd = connect_to(c->port);
    if (fd >= 0) {
        size_t first = c->at_once && c->at_once < c->len ? c->at_once : c->len;
        if (send(fd, c->request, first, MSG_NOSIGNAL) != (ssize_t)first)
            c->cut_off = 1;
        for (size_t i = first; i < c->len && !c->cut_off; i++) {
            struct timespec ts = {0, (long)c->trickle_ms * 1000000L};
            nanosleep(&ts, NULL);
            if (send(fd, c->request + i, 1, MSG_NOSIGNAL) != 1)
                c->cut_off = 1;
        }
        ssize_t n;
        while (c->response_len < sizeof c->response - 1 &&
               (n = recv(fd, c->response + c->response_len,
                         sizeof c->response - 1 - c->response_len, 0)) > 0)
            c->response_len += (size_t)n;
        c->response[c->response_len] = '\0';
        close(fd);
    }
    atomic_store(&c->done, 1);
    return NULL;
}

/* Serves until the client is done (at most ~10 s). */
static void exchange(serve_server *srv, client *c, seen *s)
{
    c->port = serve_port(srv);
    c->len = c->len ? c->len : strlen(c->request);
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, client_run, c), 0);
    char err[256];
    for (int i = 0; i < 1000 && !atomic_load(&c->done); i++)
        assert_int_equal(serve_step(srv, 10, handler, NULL, s, err, sizeof err), SERVE_OK);
    pthread_join(t, NULL);
}

static serve_server *start(size_t max_body, int timeout_s)
{
    serve_options o = {
        .address = "127.0.0.1", .port = 0, .max_body = max_body, .timeout_s = timeout_s};
    serve_server *srv = NULL;
    char err[256];
    if (serve_start(&o, &srv, err, sizeof err) != SERVE_OK)
        fail_msg("serve_start: %s", err);
    assert_true(serve_port(srv) > 0);
    return srv;
}

static void test_request_as_the_handler_sees_it(void **state)
{
    (void)state;
    serve_server *srv = start(0, 0);
    seen s = {0};
    client c = {.request = "GET /a%20b?x=first&y=2&x=second HTTP/1.1\r\nHost: localhost\r\n"
                           "X-Test: value\r\nConnection: close\r\n\r\n"};
    exchange(srv, &c, &s);
    assert_int_equal(s.calls, 1);
    assert_string_equal(s.method, "GET");
    assert_string_equal(s.path, "/a b");
    assert_int_equal(s.n_args, 3);
    assert_string_equal(s.first_x, "first");
    assert_string_equal(s.test_header, "value");
    assert_non_null(strstr(c.response, "HTTP/1.1 200"));
    assert_non_null(strstr(c.response, "X-Answer: 42"));
    assert_non_null(strstr(c.response, "\r\n\r\nhello"));
    serve_stop(srv);
}

static void test_body_with_a_nul(void **state)
{
    (void)state;
    serve_server *srv = start(16, 0);
    seen s = {0};
    static const char req[] = "POST /p HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
                              "Connection: close\r\n\r\nab\0cd";
    client c = {.request = req, .len = sizeof req - 1};
    exchange(srv, &c, &s);
    assert_int_equal(s.calls, 1);
    assert_int_equal(s.body_len, 5);
    assert_memory_equal(s.body, "ab\0cd", 5);
    serve_stop(srv);
}

static void test_declared_body_over_the_limit(void **state)
{
    (void)state;
    serve_server *srv = start(16, 0);
    seen s = {0};
    client c = {.request = "POST /p HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n"
                           "Connection: close\r\n\r\n"};
    exchange(srv, &c, &s);
    assert_int_equal(s.calls, 0);
    assert_non_null(strstr(c.response, "HTTP/1.1 413"));
    serve_stop(srv);
}

static void test_chunked_body_over_the_limit(void **state)
{
    (void)state;
    serve_server *srv = start(16, 0);
    seen s = {0};
    client c = {.request = "POST /p HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                           "Connection: close\r\n\r\n"
                           "10\r\n0123456789abcdef\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n"};
    exchange(srv, &c, &s);
    assert_int_equal(s.calls, 0);
    assert_non_null(strstr(c.response, "HTTP/1.1 413"));
    serve_stop(srv);
}

static void test_body_trickling_in_is_cut_off(void **state)
{
    (void)state;
    serve_server *srv = start(0, 1); /* the body must arrive within 1 s of the headers */
    seen s = {0};
    static const char head[] = "POST /p HTTP/1.1\r\nHost: localhost\r\nContent-Length: 40\r\n"
                               "Connection: close\r\n\r\n";
    char req[sizeof head + 40];
    memcpy(req, head, sizeof head - 1);
    memset(req + sizeof head - 1, 'x', 40);
    /* a byte every 200 ms: never idle for the 1 s timeout, 8 s for the whole body */
    client c = {
        .request = req, .len = sizeof head - 1 + 40, .at_once = sizeof head - 1, .trickle_ms = 200};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    exchange(srv, &c, &s);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    assert_int_equal(s.calls, 0);
    assert_true(c.cut_off || c.response_len == 0);
    assert_true(t1.tv_sec - t0.tv_sec < 5);
    serve_stop(srv);
}

static void test_failing_handler_answers_500(void **state)
{
    (void)state;
    serve_server *srv = start(0, 0);
    seen s = {.fail = 1};
    client c = {.request = "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"};
    exchange(srv, &c, &s);
    assert_int_equal(s.calls, 1);
    assert_non_null(strstr(c.response, "HTTP/1.1 500"));
    serve_stop(srv);
}

static void test_quiesce_refuses_new_connections(void **state)
{
    (void)state;
    serve_server *srv = start(0, 0);
    int port = serve_port(srv);
    serve_quiesce(srv);
    serve_quiesce(srv); /* twice is harmless */
    int fd = connect_to(port);
    if (fd >= 0)
        close(fd);
    assert_true(fd < 0);
    assert_int_equal(serve_connections(srv), 0);
    serve_stop(srv);
    serve_stop(NULL);
}

static void test_bad_addresses(void **state)
{
    (void)state;
    serve_server *srv = NULL;
    char err[256];
    serve_options o = {.address = "localhost"};
    assert_int_equal(serve_start(&o, &srv, err, sizeof err), SERVE_ERROR);
    assert_null(srv);
    assert_non_null(strstr(err, "not a numeric IPv4 or IPv6 address"));
    serve_options p = {.address = "127.0.0.1", .port = 70000};
    assert_int_equal(serve_start(&p, &srv, err, sizeof err), SERVE_ERROR);
    assert_non_null(strstr(err, "70000"));
}

static void test_random(void **state)
{
    (void)state;
    unsigned char a[32] = {0}, b[32] = {0}, zero[32] = {0};
    char err[128];
    assert_int_equal(serve_random(a, sizeof a, err, sizeof err), SERVE_OK);
    assert_int_equal(serve_random(b, sizeof b, err, sizeof err), SERVE_OK);
    assert_true(memcmp(a, zero, sizeof a) != 0);
    assert_true(memcmp(a, b, sizeof a) != 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_request_as_the_handler_sees_it),
        cmocka_unit_test(test_body_with_a_nul),
        cmocka_unit_test(test_declared_body_over_the_limit),
        cmocka_unit_test(test_chunked_body_over_the_limit),
        cmocka_unit_test(test_body_trickling_in_is_cut_off),
        cmocka_unit_test(test_failing_handler_answers_500),
        cmocka_unit_test(test_quiesce_refuses_new_connections),
        cmocka_unit_test(test_bad_addresses),
        cmocka_unit_test(test_random),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
