/* Unit tests of core/http/http.c against the local replay server (tests/server/replay.py), which serves
 * the recorded open-data fixtures and injects faults. The server is started once for the group;
 * each test resets its request log and fault counters. Delays are small (backoff 10-50 ms,
 * timeouts 1-2 s) and no test asserts on the wall clock. Run from the project root. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "http/http.h"
#include "time/clock.h"

#define FIXTURES "tests/fixtures/opendata"
#define CSV "dst/data_STRAF42_csv_en.csv"
#define JSON "dst/data_STRAF42_jsonstat_en.json"
#define SECRET "Bearer s3cr3t-t0ken+VALUE/42"
#define SECRET_ENV "STYR_TEST_HTTP_TOKEN"

typedef struct server {
    pid_t pid;
    int port;
} server;

static server srv; /* the plain server, for the whole group */

/* ---- the replay server ----------------------------------------------------------------------- */

/* Starts replay.py with extra arguments (NULL-terminated) and reads its port; 0 or -1. */
static int start_server(server *s, const char *const *extra)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const char *argv[16] = {"/usr/bin/python3", "tests/server/replay.py", FIXTURES, "--lifetime",
                            "300"};
    int argc = 5;
    for (; extra && *extra && argc < 15; extra++)
        argv[argc++] = *extra;
    argv[argc] = NULL;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    close(fds[1]);
    char line[32];
    size_t n = 0;
    struct pollfd p = {.fd = fds[0], .events = POLLIN};
    while (n + 1 < sizeof line && poll(&p, 1, 10000) > 0) {
        if (read(fds[0], line + n, 1) != 1 || line[n] == '\n')
            break;
        n++;
    }
    line[n] = '\0';
    close(fds[0]); /* the server does not write again */
    s->pid = pid;
    s->port = atoi(line);
    if (s->port <= 0) {
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        return -1;
    }
    return 0;
}

static void stop_server(server *s)
{
    if (s->pid > 0) {
        kill(s->pid, SIGTERM);
        waitpid(s->pid, NULL, 0);
        s->pid = 0;
    }
}

/* The body of GET path from the server on port, through a plain socket (so that the test's own
 * bookkeeping does not go through the code under test); malloc'd, or NULL. */
static char *raw_get(int port, const char *path)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return NULL;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    char req[1024];
    int len = snprintf(req, sizeof req, "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n", path);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0 || write(fd, req, (size_t)len) != len) {
        close(fd);
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    ssize_t r;
    while (buf && n + 1 < cap && (r = read(fd, buf + n, cap - n - 1)) > 0)
        n += (size_t)r;
    close(fd);
    if (buf == NULL)
        return NULL;
    buf[n] = '\0';
    char *body = strstr(buf, "\r\n\r\n");
    char *out = body ? strdup(body + 4) : NULL;
    free(buf);
    return out;
}

/* How many requests the plain server got for path (with its query). */
static long requests_for(const char *path)
{
    char q[1024] = "/_log?path=";
    size_t n = strlen(q);
    for (const char *p = path; *p && n + 4 < sizeof q; p++) {
        unsigned char c = (unsigned char)*p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            strchr("/-_.~", c))
            q[n++] = (char)c;
        else
            n += (size_t)snprintf(q + n, sizeof q - n, "%%%02X", c);
    }
    q[n] = '\0';
    char *body = raw_get(srv.port, q);
    long v = body ? atol(body) : -1;
    free(body);
    return v;
}

static long server_number(const char *path)
{
    char *body = raw_get(srv.port, path);
    long v = body ? atol(body) : -1;
    free(body);
    return v;
}

/* ---- helpers --------------------------------------------------------------------------------- */

static const char *url(const char *path)
{
    static char buf[8][2048];
    static int k;
    char *b = buf[k++ % 8];
    if (snprintf(b, sizeof buf[0], "http://127.0.0.1:%d%s", srv.port, path) >= (int)sizeof buf[0])
        fail_msg("URL too long: %s", path);
    return b;
}

static http_options fast(void)
{
    http_options o;
    http_options_init(&o);
    o.timeout_ms = 2000;
    o.connect_timeout_ms = 1000;
    o.attempts = 3;
    o.backoff_ms = 10;
    o.backoff_max_ms = 50;
    o.retry_after_max_s = 1;
    o.quiet = 1;
    return o;
}

static http_result fetch(http_request q, const http_options *o)
{
    http_result r;
    char err[256] = "";
    int rc = http_fetch(&q, 1, o, &r, err, sizeof err);
    if (rc != 0)
        print_error("http_fetch: %s\n", err);
    assert_int_equal(rc, 0);
    return r;
}

static http_result get(const char *path, const http_options *o)
{
    return fetch((http_request){.url = url(path)}, o);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    char *buf = malloc(1 << 20);
    *len = buf ? fread(buf, 1, 1 << 20, f) : 0;
    fclose(f);
    return buf;
}

static void assert_contains(const char *haystack, const char *needle)
{
    if (haystack == NULL || strstr(haystack, needle) == NULL) {
        print_error("'%s' not in '%s'\n", needle, haystack ? haystack : "(null)");
        fail();
    }
}

static void assert_lacks(const char *haystack, const char *needle)
{
    if (haystack && strstr(haystack, needle) != NULL) {
        print_error("'%s' found in '%s'\n", needle, haystack);
        fail();
    }
}

static void assert_no_secret(const http_result *r)
{
    const char *parts[] = {"s3cr3t", "s3cr3t-t0ken%2BVALUE", "t0ken"};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        assert_lacks(r->error, parts[i]);
        assert_lacks(r->url, parts[i]);
        assert_lacks(r->etag, parts[i]);
        assert_lacks(r->last_modified, parts[i]);
        assert_lacks(r->content_type, parts[i]);
    }
}

static int reset(void **state)
{
    (void)state;
    char *body = raw_get(srv.port, "/_reset");
    int ok = body != NULL;
    free(body);
    setenv(SECRET_ENV, SECRET, 1);
    return ok ? 0 : -1;
}

static int group_setup(void **state)
{
    (void)state;
    /* 127.0.0.1 only, never through a proxy a developer may have configured */
    setenv("no_proxy", "127.0.0.1,localhost", 1);
    setenv("NO_PROXY", "127.0.0.1,localhost", 1);
    setenv("REPLAY_AUTH", SECRET, 1); /* the server accepts /auth/… with this Authorization */
    return start_server(&srv, NULL);
}

static int group_teardown(void **state)
{
    (void)state;
    stop_server(&srv);
    http_cleanup();
    return 0;
}

/* ---- pure functions -------------------------------------------------------------------------- */

static void test_retry_after_parsing(void **state)
{
    (void)state;
    time_t now = 1700000000; /* Tue, 14 Nov 2023 22:13:20 GMT */
    assert_int_equal(http_retry_after("5", now, 60), 5);
    assert_int_equal(http_retry_after(" 7 \r\n", now, 60), 7);
    assert_int_equal(http_retry_after("0", now, 60), 0);
    assert_int_equal(http_retry_after("-3", now, 60), 0);
    assert_int_equal(http_retry_after("120", now, 60), 60);
    assert_int_equal(http_retry_after("99999999999999999999999999", now, 60), 60);
    assert_int_equal(http_retry_after("Tue, 14 Nov 2023 22:13:50 GMT", now, 60), 30);
    assert_int_equal(http_retry_after("Tue, 14 Nov 2023 22:00:00 GMT", now, 60), 0);
    assert_int_equal(http_retry_after("Wed, 15 Nov 2023 22:13:20 GMT", now, 60), 60);
    assert_int_equal(http_retry_after("Tuesday, 14-Nov-23 22:13:30 GMT", now, 60), 10);
    assert_int_equal(http_retry_after("garbage", now, 60), -1);
    assert_int_equal(http_retry_after("soon please", now, 60), -1);
    assert_int_equal(http_retry_after("12abc", now, 60), -1);
    assert_int_equal(http_retry_after("1.5", now, 60), -1);
    assert_int_equal(http_retry_after("", now, 60), -1);
    assert_int_equal(http_retry_after(NULL, now, 60), -1);
}

static void test_redact_url(void **state)
{
    (void)state;
    char out[256];
    http_redact_url("https://user:pw@api.example.org/v1/x?token=abc&page=2#f", out, sizeof out);
    assert_string_equal(out, "https://***@api.example.org/v1/x?token=***&page=2#f");
    http_redact_url("https://api.example.org/x?apiKey=1&Signature=2&q=3&access_token=", out,
                    sizeof out);
    assert_string_equal(out,
                        "https://api.example.org/x?apiKey=***&Signature=***&q=3&access_token=***");
    http_redact_url("http://127.0.0.1:8080/kolada/v3/kpi?page=1", out, sizeof out);
    assert_string_equal(out, "http://127.0.0.1:8080/kolada/v3/kpi?page=1");
    http_redact_url("http://h/p?password=abcdef", out, 20);
    assert_int_equal(strlen(out), 19);
    assert_lacks(out, "abc");
}

static void test_user_agent(void **state)
{
    (void)state;
    assert_string_equal(http_user_agent(), "styr/" STYR_VERSION);
}

static void test_bad_arguments_are_call_errors(void **state)
{
    (void)state;
    http_options o = fast();
    http_result r;
    char err[256];
    http_request q = {.url = url("/" CSV), .method = "PUT"};
    assert_int_equal(http_fetch(&q, 1, &o, &r, err, sizeof err), -1);
    assert_contains(err, "GET or POST");
    q = (http_request){.url = NULL};
    assert_int_equal(http_fetch(&q, 1, &o, &r, err, sizeof err), -1);
    q = (http_request){.url = url("/" CSV), .secret_header = "Authorization"};
    assert_int_equal(http_fetch(&q, 1, &o, &r, err, sizeof err), -1);
    q = (http_request){.url = url("/" CSV)};
    o.attempts = 0;
    assert_int_equal(http_fetch(&q, 1, &o, &r, err, sizeof err), -1);
    assert_contains(err, "attempts");
    o = fast();
    o.rate = -1;
    assert_int_equal(http_fetch(&q, 1, &o, &r, err, sizeof err), -1);
    assert_int_equal(http_fetch(NULL, 0, &o, NULL, err, sizeof err), -1);
    o = fast();
    assert_int_equal(http_fetch(NULL, 0, &o, NULL, err, sizeof err), 0);
}

/* ---- answers --------------------------------------------------------------------------------- */

static void test_get_returns_fixture_bytes(void **state)
{
    (void)state;
    http_options o = fast();
    const char *files[] = {CSV, JSON, "kolada/municipality_v3.csv"};
    for (size_t i = 0; i < 3; i++) {
        char path[256], file[256];
        snprintf(path, sizeof path, "/%s", files[i]);
        snprintf(file, sizeof file, "%s/%s", FIXTURES, files[i]);
        size_t len = 0;
        char *want = slurp(file, &len);
        assert_non_null(want);
        http_result r = get(path, &o);
        assert_true(r.ok);
        assert_int_equal(r.status, 200);
        assert_int_equal(r.attempts, 1);
        assert_false(r.not_modified);
        assert_int_equal(r.len, len);
        assert_memory_equal(r.body, want, len);
        assert_non_null(r.etag);
        assert_non_null(r.last_modified);
        assert_string_equal(r.url, url(path));
        assert_non_null(r.content_type);
        free(want);
        http_result_free(&r);
    }
    http_result r = get("/" CSV, &o);
    assert_string_equal(r.content_type, "text/csv; charset=utf-8");
    http_result_free(&r);
    assert_int_equal(requests_for("/" CSV), 2);
}

static void test_post_body_arrives(void **state)
{
    (void)state;
    http_options o = fast();
    const char *body = "{\"table\":\"STRAF42\",\"lang\":\"en\",\"format\":\"csv\"}";
    http_result r = fetch((http_request){.url = url("/echo"),
                                         .method = "POST",
                                         .body = body,
                                         .body_len = strlen(body),
                                         .content_type = "application/json"},
                          &o);
    assert_true(r.ok);
    assert_int_equal(r.len, strlen(body));
    assert_string_equal(r.body, body);
    assert_string_equal(r.content_type, "application/json");
    http_result_free(&r);
    /* a body with a NUL byte arrives whole */
    r = fetch((http_request){.url = url("/echo"), .method = "POST", .body = "a\0b", .body_len = 3},
              &o);
    assert_true(r.ok);
    assert_int_equal(r.len, 3);
    assert_memory_equal(r.body, "a\0b", 3);
    http_result_free(&r);
}

static void test_headers_and_user_agent_are_sent(void **state)
{
    (void)state;
    http_options o = fast();
    const char *headers[] = {"X-Styr-Test: one", "Accept: application/json"};
    http_result r =
        fetch((http_request){.url = url("/_headers"), .headers = headers, .n_headers = 2}, &o);
    assert_true(r.ok);
    assert_contains(r.body, "User-Agent: styr/" STYR_VERSION "\n");
    assert_contains(r.body, "X-Styr-Test: one\n");
    assert_contains(r.body, "Accept: application/json\n");
    assert_lacks(r.body, "If-None-Match");
    http_result_free(&r);
    const char *bad[] = {"X-Evil: a\r\nX-Injected: b"};
    r = fetch((http_request){.url = url("/_headers"), .headers = bad, .n_headers = 1}, &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 0);
    http_result_free(&r);
}

static void test_conditional_get_not_modified(void **state)
{
    (void)state;
    http_options o = fast();
    http_result first = get("/" JSON, &o);
    assert_true(first.ok);
    assert_non_null(first.etag);
    http_result r = fetch((http_request){.url = url("/" JSON), .etag = first.etag}, &o);
    assert_true(r.ok);
    assert_true(r.not_modified);
    assert_int_equal(r.status, 304);
    assert_int_equal(r.len, 0);
    assert_string_equal(r.etag, first.etag);
    http_result_free(&r);
    r = fetch((http_request){.url = url("/" JSON), .last_modified = first.last_modified}, &o);
    assert_true(r.ok);
    assert_true(r.not_modified);
    assert_string_equal(r.last_modified, first.last_modified);
    http_result_free(&r);
    r = fetch((http_request){.url = url("/" JSON), .etag = "\"another-version\""}, &o);
    assert_true(r.ok);
    assert_false(r.not_modified);
    assert_int_equal(r.status, 200);
    assert_int_equal(r.len, first.len);
    http_result_free(&r);
    http_result_free(&first);
}

static void test_http_error_is_not_retried(void **state)
{
    (void)state;
    http_options o = fast();
    http_result r = get("/kolada/no-such-file.json", &o);
    assert_false(r.ok);
    assert_int_equal(r.status, 404);
    assert_int_equal(r.attempts, 1);
    assert_contains(r.error, "HTTP 404 Not Found");
    assert_contains(r.error, "/kolada/no-such-file.json");
    assert_contains(r.error, "after 1 attempt:");
    assert_non_null(r.body); /* an API's error body is handed on */
    http_result_free(&r);
    assert_int_equal(requests_for("/kolada/no-such-file.json"), 1);
}

static void test_html_and_invalid_json_are_handed_on(void **state)
{
    (void)state;
    /* The HTTP layer reports them as they are; the parsers refuse them. */
    http_options o = fast();
    http_result r = get("/fault/html-error/x", &o);
    assert_true(r.ok);
    assert_int_equal(r.status, 200);
    assert_string_equal(r.content_type, "text/html; charset=utf-8");
    assert_contains(r.body, "<html>");
    http_result_free(&r);
    r = get("/fault/invalid-json/x", &o);
    assert_true(r.ok);
    assert_string_equal(r.content_type, "application/json");
    assert_string_equal(r.body, "{\"values\": [1, 2, ");
    http_result_free(&r);
    r = get("/fault/content-type/text%2Fhtml/" JSON, &o);
    assert_true(r.ok);
    assert_string_equal(r.content_type, "text/html");
    http_result_free(&r);
}

/* ---- retries --------------------------------------------------------------------------------- */

static void test_500_then_200_succeeds_on_attempt_2(void **state)
{
    (void)state;
    http_options o = fast();
    const char *path = "/fault/status/500/1/" CSV;
    http_result r = get(path, &o);
    assert_true(r.ok);
    assert_int_equal(r.status, 200);
    assert_int_equal(r.attempts, 2);
    assert_int_equal(r.len, 45);
    http_result_free(&r);
    assert_int_equal(requests_for(path), 2);
}

static void test_503_until_attempts_run_out(void **state)
{
    (void)state;
    http_options o = fast();
    const char *path = "/fault/status/503/100/" CSV;
    http_result r = get(path, &o);
    assert_false(r.ok);
    assert_int_equal(r.status, 503);
    assert_int_equal(r.attempts, 3);
    assert_contains(r.error, "failed after 3 attempts: HTTP 503 Service Unavailable");
    http_result_free(&r);
    assert_int_equal(requests_for(path), 3);
    /* 404 and 400 are answers, not hiccups */
    r = get("/fault/status/400/100/" CSV, &o);
    assert_int_equal(r.attempts, 1);
    http_result_free(&r);
}

static void test_every_retryable_status_is_retried(void **state)
{
    (void)state;
    http_options o = fast();
    const int codes[] = {408, 429, 500, 502, 503, 504};
    for (size_t i = 0; i < 6; i++) {
        char path[128];
        snprintf(path, sizeof path, "/fault/status/%d/1/%s", codes[i], CSV);
        http_result r = get(path, &o);
        assert_true(r.ok);
        assert_int_equal(r.attempts, 2);
        http_result_free(&r);
    }
}

static void test_retry_after_seconds(void **state)
{
    (void)state;
    http_options o = fast();
    const char *path = "/fault/retry/429/seconds:1/1/" CSV;
    http_result r = get(path, &o);
    assert_true(r.ok);
    assert_int_equal(r.attempts, 2);
    http_result_free(&r);
    assert_int_equal(requests_for(path), 2);
    /* a huge value is clamped to retry_after_max_s (0 here: retry at once) */
    o.retry_after_max_s = 0;
    path = "/fault/retry/503/seconds:99999999/2/" CSV;
    r = get(path, &o);
    assert_true(r.ok);
    assert_int_equal(r.attempts, 3);
    http_result_free(&r);
}

static int64_t now_ms(void)
{
    return clock_monotonic_ns() / 1000000;
}

/* Retry-After: 999999999 is clamped to the request's own timeout (1 s), not only to
 * retry_after_max_s (300 s); and no wait runs past the deadline: the third attempt would start
 * after it, so the request fails after two, saying why. */
static void test_retry_after_is_clamped_to_timeout_and_deadline(void **state)
{
    (void)state;
    http_options o = fast();
    o.timeout_ms = 1000;
    o.retry_after_max_s = 300;
    o.attempts = 4;
    o.deadline_ms = 1500;
    const char *path = "/fault/retry/429/seconds:999999999/99/" CSV;
    int64_t t0 = now_ms();
    http_result r = get(path, &o);
    int64_t took = now_ms() - t0;
    print_message("Retry-After 999999999 with timeout 1 s, deadline 1.5 s: ended after %lld ms\n",
                  (long long)took);
    assert_false(r.ok);
    assert_int_equal(r.status, 429);
    assert_int_equal(r.attempts, 2);
    assert_contains(r.error, "failed after 2 attempts: HTTP 429");
    assert_contains(r.error, "the fetch's deadline (1.5 s from its first attempt) is reached");
    assert_contains(r.error, "Retry-After");
    http_result_free(&r);
    assert_int_equal(requests_for(path), 2);
}

/* An attempt ends at the deadline even when its own timeout is longer. */
static void test_deadline_ends_an_attempt(void **state)
{
    (void)state;
    http_options o = fast();
    o.timeout_ms = 10000;
    o.deadline_ms = 1000;
    const char *path = "/fault/hang/deadline";
    http_result r = get(path, &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 1);
    assert_contains(r.error, "Timeout was reached");
    assert_contains(r.error, "deadline");
    http_result_free(&r);
}

/* The default minimum speed (1024 bytes/s) is one a trickle of a byte a second does not meet:
 * with only the window shortened, the low-speed check ends it. */
static void test_default_minimum_speed_stops_a_trickle(void **state)
{
    (void)state;
    http_options d;
    http_options_init(&d);
    assert_int_equal(d.low_speed_limit, 1024);
    assert_int_equal(d.low_speed_time, 60);
    http_options o = fast();
    o.timeout_ms = 10000;
    o.low_speed_time = 2;
    o.attempts = 1;
    const char *path = "/fault/slow/" JSON;
    http_result r = get(path, &o);
    assert_false(r.ok);
    assert_contains(r.error, "too slow");
    http_result_free(&r);
}

static void test_retry_after_http_date(void **state)
{
    (void)state;
    http_options o = fast();
    const char *path = "/fault/retry/429/date:1/1/" CSV;
    http_result r = get(path, &o);
    assert_true(r.ok);
    assert_int_equal(r.attempts, 2);
    http_result_free(&r);
    path = "/fault/retry/429/date:-3600/2/" CSV; /* in the past: now */
    r = get(path, &o);
    assert_true(r.ok);
    assert_int_equal(r.attempts, 3);
    http_result_free(&r);
}

static void test_retry_after_garbage_falls_back_and_gives_up(void **state)
{
    (void)state;
    http_options o = fast();
    const char *path = "/fault/retry/429/raw:soon%20please/100/" CSV;
    http_result r = get(path, &o);
    assert_false(r.ok);
    assert_int_equal(r.status, 429);
    assert_int_equal(r.attempts, 3);
    assert_contains(r.error, "failed after 3 attempts: HTTP 429");
    http_result_free(&r);
    assert_int_equal(requests_for(path), 3);
}

static void test_connection_closed_without_answer_is_retried(void **state)
{
    (void)state;
    http_options o = fast();
    const char *path = "/fault/close/1/" CSV;
    http_result r = get(path, &o);
    assert_true(r.ok);
    assert_int_equal(r.attempts, 2);
    http_result_free(&r);
    assert_int_equal(requests_for(path), 2);
}

/* ---- timeouts and broken bodies -------------------------------------------------------------- */

static void test_hang_hits_the_timeout(void **state)
{
    (void)state;
    http_options o = fast();
    o.timeout_ms = 1000;
    o.attempts = 2;
    const char *path = "/fault/hang/x";
    http_result r = get(path, &o);
    assert_false(r.ok);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.attempts, 2);
    assert_contains(r.error, "Timeout was reached");
    assert_contains(r.error, "failed after 2 attempts");
    assert_null(r.body);
    http_result_free(&r);
    assert_int_equal(requests_for(path), 2);
}

static void test_one_byte_per_second_hits_the_low_speed_limit(void **state)
{
    (void)state;
    http_options o = fast();
    o.timeout_ms = 10000; /* the low-speed limit, not the total, ends it */
    o.low_speed_limit = 100;
    o.low_speed_time = 1;
    o.attempts = 1;
    const char *path = "/fault/slow/" JSON;
    http_result r = get(path, &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 1);
    assert_contains(r.error, "too slow");
    assert_null(r.body);
    http_result_free(&r);
    assert_int_equal(requests_for(path), 1);
}

static void test_truncated_body_is_an_error(void **state)
{
    (void)state;
    http_options o = fast();
    o.attempts = 2;
    const char *path = "/fault/truncate/" JSON;
    http_result r = get(path, &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 2);
    assert_contains(r.error, "partial");
    assert_null(r.body);
    http_result_free(&r);
    assert_int_equal(requests_for(path), 2);
}

static void test_connection_refused_is_reported(void **state)
{
    (void)state;
    /* a port that was free a moment ago: bound, then closed */
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(fd >= 0);
    struct sockaddr_in a = {.sin_family = AF_INET};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
    assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
    close(fd);
    char u[64];
    snprintf(u, sizeof u, "http://127.0.0.1:%d/" CSV, ntohs(a.sin_port));
    http_options o = fast();
    o.attempts = 2;
    http_result r = fetch((http_request){.url = u}, &o);
    assert_false(r.ok);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.attempts, 2);
    assert_contains(r.error, "connect");
    assert_contains(r.error, u);
    http_result_free(&r);
}

/* ---- redirects and protocols ----------------------------------------------------------------- */

static void test_redirects_are_followed(void **state)
{
    (void)state;
    http_options o = fast();
    http_result r = get("/fault/redirect/2/" CSV, &o);
    assert_true(r.ok);
    assert_int_equal(r.attempts, 1);
    assert_int_equal(r.len, 45);
    assert_string_equal(r.url, url("/fault/redirect/0/" CSV));
    http_result_free(&r);
}

static void test_redirect_loop_is_refused(void **state)
{
    (void)state;
    http_options o = fast();
    o.max_redirects = 3;
    const char *path = "/fault/redirect-loop/x";
    http_result r = get(path, &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 1);
    assert_contains(r.error, "redirects");
    http_result_free(&r);
    assert_int_equal(requests_for(path), 4); /* the request and three redirects */
}

static void test_redirect_to_other_protocols_is_refused(void **state)
{
    (void)state;
    http_options o = fast();
    const char *paths[] = {"/fault/redirect-to/file%3A%2F%2F%2Fetc%2Fpasswd",
                           "/fault/redirect-to/gopher%3A%2F%2F127.0.0.1%3A70%2F",
                           "/fault/redirect-to/ftp%3A%2F%2F127.0.0.1%2Fx"};
    for (size_t i = 0; i < 3; i++) {
        http_result r = get(paths[i], &o);
        assert_false(r.ok);
        assert_int_equal(r.attempts, 1);
        assert_contains(r.error, "rotocol");
        assert_true(r.body == NULL || strstr(r.body, "root:") == NULL);
        http_result_free(&r);
    }
}

static void test_other_protocols_are_refused(void **state)
{
    (void)state;
    http_options o = fast();
    const char *urls[] = {"file:///etc/passwd", "gopher://127.0.0.1:70/", "not a url", ""};
    for (size_t i = 0; i < 4; i++) {
        http_result r = fetch((http_request){.url = urls[i]}, &o);
        assert_false(r.ok);
        assert_int_equal(r.attempts, 0);
        assert_null(r.body);
        assert_contains(r.error, "invalid URL");
        http_result_free(&r);
    }
}

/* ---- the size cap ---------------------------------------------------------------------------- */

static void test_body_over_the_cap_is_aborted(void **state)
{
    (void)state;
    http_options o = fast();
    o.max_bytes = 10000;
    const char *paths[] = {"/fault/big/100000", "/fault/big-chunked/1000000",
                           "/fault/gzip/10000000"};
    for (size_t i = 0; i < 3; i++) {
        http_result r = get(paths[i], &o);
        assert_false(r.ok);
        assert_int_equal(r.attempts, 1);
        assert_contains(r.error, "larger than 10000 bytes");
        assert_null(r.body);
        http_result_free(&r);
        assert_int_equal(requests_for(paths[i]), 1);
    }
    /* exactly at the cap is fine, also decompressed */
    http_result r = get("/fault/big/10000", &o);
    assert_true(r.ok);
    assert_int_equal(r.len, 10000);
    http_result_free(&r);
    r = get("/fault/gzip/10000", &o);
    assert_true(r.ok);
    assert_int_equal(r.len, 10000);
    http_result_free(&r);
}

/* ---- secrets --------------------------------------------------------------------------------- */

static http_request with_secret(const char *u)
{
    return (http_request){.url = u, .secret_header = "Authorization", .secret_env = SECRET_ENV};
}

static void test_secret_header_is_sent(void **state)
{
    (void)state;
    http_options o = fast();
    http_result r = get("/auth/" CSV, &o); /* without it: refused */
    assert_false(r.ok);
    assert_int_equal(r.status, 401);
    http_result_free(&r);
    r = fetch(with_secret(url("/auth/" CSV)), &o);
    assert_true(r.ok);
    assert_int_equal(r.len, 45);
    assert_no_secret(&r);
    http_result_free(&r);
}

static void test_secret_never_in_errors_or_results(void **state)
{
    (void)state;
    http_options o = fast();
    o.attempts = 2;
    /* retried server errors */
    http_result r = fetch(with_secret(url("/auth/fault/status/500/100/" CSV)), &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 2);
    assert_contains(r.error, "HTTP 500");
    assert_no_secret(&r);
    http_result_free(&r);
    /* a timeout */
    o.timeout_ms = 1000;
    o.attempts = 1;
    r = fetch(with_secret(url("/auth/fault/hang/x")), &o);
    assert_false(r.ok);
    assert_no_secret(&r);
    http_result_free(&r);
    /* the server refuses a wrong token */
    setenv(SECRET_ENV, "Bearer s3cr3t-but-wrong", 1);
    r = fetch(with_secret(url("/auth/" CSV)), &o);
    assert_false(r.ok);
    assert_int_equal(r.status, 401);
    assert_no_secret(&r);
    http_result_free(&r);
    setenv(SECRET_ENV, SECRET, 1);
    /* a server that puts the secret into a redirect's URL (URL-encoded) or into headers */
    r = fetch(with_secret(url("/auth/fault/reflect-auth/redirect/fault/status/404/9/x")), &o);
    assert_false(r.ok);
    assert_int_equal(r.status, 404);
    assert_contains(r.url, "?q=***");
    assert_no_secret(&r);
    http_result_free(&r);
    r = fetch(with_secret(url("/auth/fault/reflect-auth/redirect/" CSV)), &o);
    assert_true(r.ok);
    assert_contains(r.url, "?q=***");
    assert_no_secret(&r);
    http_result_free(&r);
    r = fetch(with_secret(url("/auth/fault/reflect-auth/headers/x")), &o);
    assert_true(r.ok);
    assert_non_null(r.etag);
    assert_non_null(r.last_modified);
    assert_contains(r.content_type, "text/plain; x=");
    assert_no_secret(&r);
    http_result_free(&r);
    /* a URL given with the secret in it is scrubbed as well */
    r = fetch(with_secret(url("/nope?x=Bearer%20s3cr3t-t0ken%2BVALUE%2F42")), &o);
    assert_false(r.ok);
    assert_no_secret(&r);
    http_result_free(&r);
}

static void test_secret_not_sent_to_another_host(void **state)
{
    (void)state;
    http_options o = fast();
    char target[256], path[512];
    snprintf(target, sizeof target, "http%%3A%%2F%%2Flocalhost%%3A%d%%2F%s", srv.port, CSV);
    snprintf(path, sizeof path, "/auth/fault/redirect-to/%s", target);
    http_result r = fetch(with_secret(url(path)), &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 1);
    assert_contains(r.error, "refused");
    assert_contains(r.error, "secret header");
    assert_no_secret(&r);
    http_result_free(&r);
    assert_int_equal(requests_for("/" CSV), 0);
    /* the same origin is fine */
    snprintf(path, sizeof path, "/auth/fault/redirect/2/auth/%s", CSV);
    r = fetch(with_secret(url(path)), &o);
    assert_true(r.ok);
    assert_int_equal(r.attempts, 1);
    assert_int_equal(r.len, 45);
    http_result_free(&r);
    /* as are the protocol rules */
    r = fetch(with_secret(url("/auth/fault/redirect-to/file%3A%2F%2F%2Fetc%2Fpasswd")), &o);
    assert_false(r.ok);
    assert_contains(r.error, "refused");
    http_result_free(&r);
}

static void test_missing_secret_is_named_not_sent(void **state)
{
    (void)state;
    http_options o = fast();
    unsetenv(SECRET_ENV);
    http_result r = fetch(with_secret(url("/auth/" CSV)), &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 0);
    assert_contains(r.error, SECRET_ENV " is not set");
    http_result_free(&r);
    assert_int_equal(requests_for("/auth/" CSV), 0);
    setenv(SECRET_ENV, "Bearer x\r\nX-Injected: 1", 1);
    r = fetch(with_secret(url("/auth/" CSV)), &o);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 0);
    assert_lacks(r.error, "Injected");
    http_result_free(&r);
}

/* ---- parallel transfers ---------------------------------------------------------------------- */

static void test_parallel_with_per_host_limit(void **state)
{
    (void)state;
    size_t len = 0;
    char *want = slurp(FIXTURES "/" CSV, &len);
    assert_non_null(want);
    enum { N = 10 };
    char urls[N][256];
    http_request q[N];
    http_result r[N];
    for (long per_host = 2; per_host <= 5; per_host += 3) {
        for (int i = 0; i < N; i++) {
            snprintf(urls[i], sizeof urls[i], "%s?i=%d", url("/fault/delay/0.2/" CSV), i);
            q[i] = (http_request){.url = urls[i]};
        }
        assert_int_equal(server_number("/_reset") >= 0, 1);
        http_options o = fast();
        o.per_host = per_host;
        char err[256];
        assert_int_equal(http_fetch(q, N, &o, r, err, sizeof err), 0);
        for (int i = 0; i < N; i++) {
            assert_true(r[i].ok);
            assert_string_equal(r[i].url, urls[i]); /* results in the order of the requests */
            assert_int_equal(r[i].len, len);
            assert_memory_equal(r[i].body, want, len);
            http_result_free(&r[i]);
        }
        long most = server_number("/_active");
        assert_true(most >= 2);        /* in parallel ... */
        assert_true(most <= per_host); /* ... but never more than per_host at once */
    }
    free(want);
}

static void test_rate_limit_and_mixed_outcomes(void **state)
{
    (void)state;
    http_options o = fast();
    o.rate = 50;
    o.attempts = 2;
    http_request q[5] = {{.url = url("/" CSV)},
                         {.url = url("/fault/status/500/1/" JSON)},
                         {.url = url("/kolada/missing.csv")},
                         {.url = "file:///etc/passwd"},
                         {.url = url("/echo"), .method = "POST", .body = "x", .body_len = 1}};
    http_result r[5];
    char err[256];
    assert_int_equal(http_fetch(q, 5, &o, r, err, sizeof err), 0);
    assert_true(r[0].ok);
    assert_true(r[1].ok);
    assert_int_equal(r[1].attempts, 2);
    assert_false(r[2].ok);
    assert_int_equal(r[2].status, 404);
    assert_false(r[3].ok);
    assert_true(r[4].ok);
    assert_string_equal(r[4].body, "x");
    for (int i = 0; i < 5; i++)
        http_result_free(&r[i]);
}

/* ---- TLS ------------------------------------------------------------------------------------- */

static void test_self_signed_certificate_is_refused(void **state)
{
    (void)state;
    if (access("/usr/bin/openssl", X_OK) != 0)
        skip();
    char dir[] = "/tmp/styr-test-http-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char cmd[1024], cert[128], key[128];
    snprintf(cert, sizeof cert, "%s/cert.pem", dir);
    snprintf(key, sizeof key, "%s/key.pem", dir);
    snprintf(cmd, sizeof cmd,
             "/usr/bin/openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 "
             "-nodes -keyout %s -out %s -days 1 -subj /CN=127.0.0.1 "
             "-addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1",
             key, cert);
    assert_int_equal(system(cmd), 0);
    server tls = {0};
    const char *extra[] = {"--tls-cert", cert, "--tls-key", key, NULL};
    assert_int_equal(start_server(&tls, extra), 0);
    char u[128];
    snprintf(u, sizeof u, "https://127.0.0.1:%d/" CSV, tls.port);
    http_options o = fast();
    http_result r = fetch((http_request){.url = u}, &o);
    stop_server(&tls);
    unlink(cert);
    unlink(key);
    rmdir(dir);
    assert_false(r.ok);
    assert_int_equal(r.attempts, 1); /* a bad certificate is not a hiccup */
    assert_contains(r.error, "certificate");
    assert_null(r.body);
    http_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_retry_after_parsing),
        cmocka_unit_test(test_redact_url),
        cmocka_unit_test(test_user_agent),
        cmocka_unit_test_setup(test_bad_arguments_are_call_errors, reset),
        cmocka_unit_test_setup(test_get_returns_fixture_bytes, reset),
        cmocka_unit_test_setup(test_post_body_arrives, reset),
        cmocka_unit_test_setup(test_headers_and_user_agent_are_sent, reset),
        cmocka_unit_test_setup(test_conditional_get_not_modified, reset),
        cmocka_unit_test_setup(test_http_error_is_not_retried, reset),
        cmocka_unit_test_setup(test_html_and_invalid_json_are_handed_on, reset),
        cmocka_unit_test_setup(test_500_then_200_succeeds_on_attempt_2, reset),
        cmocka_unit_test_setup(test_503_until_attempts_run_out, reset),
        cmocka_unit_test_setup(test_every_retryable_status_is_retried, reset),
        cmocka_unit_test_setup(test_retry_after_seconds, reset),
        cmocka_unit_test_setup(test_retry_after_http_date, reset),
        cmocka_unit_test_setup(test_retry_after_garbage_falls_back_and_gives_up, reset),
        cmocka_unit_test_setup(test_connection_closed_without_answer_is_retried, reset),
        cmocka_unit_test_setup(test_hang_hits_the_timeout, reset),
        cmocka_unit_test_setup(test_one_byte_per_second_hits_the_low_speed_limit, reset),
        cmocka_unit_test_setup(test_retry_after_is_clamped_to_timeout_and_deadline, reset),
        cmocka_unit_test_setup(test_deadline_ends_an_attempt, reset),
        cmocka_unit_test_setup(test_default_minimum_speed_stops_a_trickle, reset),
        cmocka_unit_test_setup(test_truncated_body_is_an_error, reset),
        cmocka_unit_test_setup(test_connection_refused_is_reported, reset),
        cmocka_unit_test_setup(test_redirects_are_followed, reset),
        cmocka_unit_test_setup(test_redirect_loop_is_refused, reset),
        cmocka_unit_test_setup(test_redirect_to_other_protocols_is_refused, reset),
        cmocka_unit_test_setup(test_other_protocols_are_refused, reset),
        cmocka_unit_test_setup(test_body_over_the_cap_is_aborted, reset),
        cmocka_unit_test_setup(test_secret_header_is_sent, reset),
        cmocka_unit_test_setup(test_secret_never_in_errors_or_results, reset),
        cmocka_unit_test_setup(test_secret_not_sent_to_another_host, reset),
        cmocka_unit_test_setup(test_missing_secret_is_named_not_sent, reset),
        cmocka_unit_test_setup(test_parallel_with_per_host_limit, reset),
        cmocka_unit_test_setup(test_rate_limit_and_mixed_outcomes, reset),
        cmocka_unit_test_setup(test_self_signed_certificate_is_refused, reset),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
