/* HTTP client on libcurl: see http.h. This file runs the loop and holds the public functions;
 * http_transfer.c sets up, starts and releases one transfer, http_attempt.c decides how an attempt
 * ends (success, failure, retry, redirect), http_url.c redacts URLs and reads Retry-After; their
 * shared state is in the private http_internal.h.
 *
 * One http_fetch drives all its requests through one curl multi handle. Each request is a small
 * state machine: WAITING (for its start time, a free slot for its host and overall, and the request
 * rate) -> ACTIVE (added to the multi handle) -> WAITING again for a retry or a manual redirect, or
 * DONE. Slots are counted here rather than left to CURLMOPT_MAX_HOST_CONNECTIONS alone, so that the
 * time a request waits for a slot does not count against its timeout. */
#include "http/http.h"
#include "http_internal.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#define WAIT_MAX_MS 1000 /* the loop looks around at least this often */

/* ---- the loop -------------------------------------------------------------------------------- */

static void progress(fetch_ctx *c, int last)
{
    if (!c->tty)
        return;
    int64_t now = http_now_ms();
    if (last) {
        if (c->drawn)
            (void)fputs("\r\033[K", stderr);
        return;
    }
    if (c->drawn && now - c->drawn_at < 100)
        return;
    (void)fprintf(stderr, "\rfetching %zu/%zu, %zu kB ", c->done, c->n, c->bytes / 1024);
    (void)fflush(stderr);
    c->drawn = 1;
    c->drawn_at = now;
}

static size_t active_for(const fetch_ctx *c, const char *origin)
{
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++)
        if (c->ts[i].state == T_ACTIVE && strcmp(c->ts[i].origin, origin) == 0)
            k++;
    return k;
}

/* Starts every waiting transfer that may start now; returns the earliest time one that is still
 * waiting could start (INT64_MAX when only a free slot can release it). */
static int64_t start_due(fetch_ctx *c, CURLM *multi)
{
    const http_options *o = c->o;
    int64_t now = http_now_ms(), wake = INT64_MAX;
    for (size_t i = 0; i < c->n; i++) {
        transfer *t = &c->ts[i];
        if (t->state != T_WAITING)
            continue;
        if (t->not_before > now) {
            if (t->not_before < wake)
                wake = t->not_before;
            continue;
        }
        if (c->active >= (size_t)o->max_parallel)
            break;
        if (active_for(c, t->origin) >= (size_t)o->per_host)
            continue;
        if (o->rate > 0 && now < c->next_slot) {
            if (c->next_slot < wake)
                wake = c->next_slot;
            break;
        }
        http_start(multi, t);
        if (o->rate > 0)
            c->next_slot = (c->next_slot > now ? c->next_slot : now) + (int64_t)(1000.0 / o->rate);
    }
    return wake;
}

/* Ends every transfer that has not ended with the same error (the multi handle broke). */
static void fail_all(fetch_ctx *c, CURLM *multi, const char *what, CURLMcode mc)
{
    for (size_t i = 0; i < c->n; i++) {
        transfer *t = &c->ts[i];
        if (t->state == T_ACTIVE) {
            (void)curl_multi_remove_handle(multi, t->easy);
            c->active--;
        }
        if (t->state != T_DONE)
            http_fail(t, "%s: %s", what, curl_multi_strerror(mc));
    }
}

static void run(fetch_ctx *c, CURLM *multi)
{
    while (c->done < c->n) {
        int64_t wake = start_due(c, multi);
        int running = 0;
        CURLMcode mc = curl_multi_perform(multi, &running);
        if (mc != CURLM_OK) {
            fail_all(c, multi, "curl_multi_perform", mc);
            return;
        }
        CURLMsg *msg;
        int left;
        while ((msg = curl_multi_info_read(multi, &left)) != NULL) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            CURLcode code = msg->data.result;
            CURL *easy = msg->easy_handle;
            transfer *t = NULL;
            for (size_t i = 0; i < c->n && t == NULL; i++)
                if (c->ts[i].easy == easy && c->ts[i].state == T_ACTIVE)
                    t = &c->ts[i];
            if (t == NULL)
                continue; /* not ours: cannot happen */
            if ((mc = curl_multi_remove_handle(multi, easy)) != CURLM_OK) {
                fail_all(c, multi, "curl_multi_remove_handle", mc);
                return;
            }
            c->active--;
            http_attempt_done(t, code);
            c->changed = 1;
        }
        progress(c, 0);
        if (c->done >= c->n)
            break;
        if (c->changed) {
            c->changed = 0;
            continue; /* slots freed or retries scheduled: look again before waiting */
        }
        int64_t now = http_now_ms();
        int64_t wait = wake == INT64_MAX ? WAIT_MAX_MS : wake - now;
        if (wait > WAIT_MAX_MS)
            wait = WAIT_MAX_MS;
        if (wait > 0 && (mc = curl_multi_poll(multi, NULL, 0, (int)wait, NULL)) != CURLM_OK) {
            fail_all(c, multi, "curl_multi_poll", mc);
            return;
        }
    }
}

/* ---- public ---------------------------------------------------------------------------------- */

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static CURLcode init_code = CURLE_FAILED_INIT;
static int cleaned;

static void global_init(void)
{
    init_code = curl_global_init(CURL_GLOBAL_DEFAULT);
}

void http_cleanup(void)
{
    if (init_code == CURLE_OK && !cleaned) {
        curl_global_cleanup();
        cleaned = 1;
    }
}

const char *http_user_agent(void)
{
    return USER_AGENT;
}

void http_options_init(http_options *o)
{
    *o = (http_options){
        .max_bytes = (size_t)64 << 20,
        .timeout_ms = 300000,
        .connect_timeout_ms = 30000,
        .low_speed_limit = 1024,
        .low_speed_time = 60,
        .attempts = 4,
        .backoff_ms = 1000,
        .backoff_max_ms = 60000,
        .retry_after_max_s = 300,
        .deadline_ms = 0,
        .max_redirects = 5,
        .per_host = 4,
        .max_parallel = 16,
        .rate = 0,
        .quiet = 0,
    };
}

void http_result_free(http_result *r)
{
    if (r == NULL)
        return;
    free(r->body);
    free(r->etag);
    free(r->last_modified);
    free(r->content_type);
    free(r->url);
    memset(r, 0, sizeof *r);
}

static int bad(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static int check_options(const http_options *o, char *err, size_t errlen)
{
    if (o->max_bytes == 0 || o->max_bytes > (size_t)INT64_MAX / 2)
        return bad(err, errlen, "http options: max_bytes must be positive");
    if (o->timeout_ms <= 0 || o->connect_timeout_ms <= 0)
        return bad(err, errlen, "http options: timeouts must be positive");
    if (o->low_speed_limit < 0 || o->low_speed_time < 0)
        return bad(err, errlen, "http options: low_speed_limit and low_speed_time must be >= 0");
    if (o->attempts < 1 || o->attempts > 100)
        return bad(err, errlen, "http options: attempts must be between 1 and 100");
    if (o->backoff_ms < 0 || o->backoff_max_ms < 0 || o->backoff_max_ms > 86400000L ||
        o->backoff_ms > 86400000L)
        return bad(err, errlen,
                   "http options: backoff_ms and backoff_max_ms must be between 0 "
                   "and a day");
    if (o->deadline_ms < 0 || o->deadline_ms > 86400000L)
        return bad(err, errlen, "http options: deadline_ms must be between 0 and a day");
    if (o->retry_after_max_s < 0 || o->retry_after_max_s > 86400)
        return bad(err, errlen, "http options: retry_after_max_s must be between 0 and 86400");
    if (o->max_redirects < 0 || o->max_redirects > 50)
        return bad(err, errlen, "http options: max_redirects must be between 0 and 50");
    if (o->per_host < 1 || o->per_host > 1000 || o->max_parallel < 1 || o->max_parallel > 1000)
        return bad(err, errlen,
                   "http options: per_host and max_parallel must be between 1 and "
                   "1000");
    if (!(o->rate >= 0 && o->rate <= 1e6))
        return bad(err, errlen, "http options: rate must be between 0 and 1e6 requests/s");
    return 0;
}

static int check_request(const http_request *q, size_t i, char *err, size_t errlen)
{
    if (q->url == NULL)
        return bad(err, errlen, "http request %zu: no URL", i + 1);
    if (q->method && strcmp(q->method, "GET") != 0 && strcmp(q->method, "POST") != 0)
        return bad(err, errlen, "http request %zu: method must be GET or POST", i + 1);
    if (q->n_headers > 0 && q->headers == NULL)
        return bad(err, errlen, "http request %zu: n_headers without headers", i + 1);
    for (size_t k = 0; k < q->n_headers; k++)
        if (q->headers[k] == NULL)
            return bad(err, errlen, "http request %zu: header %zu is NULL", i + 1, k + 1);
    if ((q->secret_header == NULL) != (q->secret_env == NULL))
        return bad(err, errlen, "http request %zu: secret_header and secret_env go together",
                   i + 1);
    if (q->secret_header &&
        (*q->secret_header == '\0' ||
         strcspn(q->secret_header, ": \t\r\n") != strlen(q->secret_header)))
        return bad(err, errlen, "http request %zu: secret_header must be a header name", i + 1);
    return 0;
}

int http_fetch(const http_request *reqs, size_t n, const http_options *opts, http_result *results,
               char *err, size_t errlen)
{
    http_options defaults;
    if (opts == NULL) {
        http_options_init(&defaults);
        opts = &defaults;
    }
    if (n > 0 && (reqs == NULL || results == NULL))
        return bad(err, errlen, "http_fetch: no requests or no results");
    if (n > 0)
        memset(results, 0, n * sizeof *results);
    if (check_options(opts, err, errlen) != 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (check_request(&reqs[i], i, err, errlen) != 0)
            return -1;
    if (n == 0)
        return 0;
    if (pthread_once(&init_once, global_init) != 0 || init_code != CURLE_OK || cleaned)
        return bad(err, errlen, "curl_global_init: %s", curl_easy_strerror(init_code));

    fetch_ctx c = {.o = opts, .n = n};
    c.rng = (uint64_t)http_now_ms() * 6364136223846793005ULL ^ ((uint64_t)getpid() << 32) ^
        (uint64_t)(uintptr_t)&c;
    if (c.rng == 0)
        c.rng = 88172645463325252ULL;
    c.tty = !opts->quiet && isatty(STDERR_FILENO);
    c.ts = calloc(n, sizeof *c.ts);
    if (c.ts == NULL)
        return bad(err, errlen, "http_fetch: out of memory for %zu requests", n);
    CURLM *multi = curl_multi_init();
    if (multi == NULL) {
        free(c.ts);
        return bad(err, errlen, "curl_multi_init failed");
    }
    CURLMcode mc = curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, opts->per_host);
    if (mc != CURLM_OK) {
        (void)curl_multi_cleanup(multi);
        free(c.ts);
        return bad(err, errlen, "setting CURLMOPT_MAX_HOST_CONNECTIONS: %s",
                   curl_multi_strerror(mc));
    }
    for (size_t i = 0; i < n; i++) {
        transfer *t = &c.ts[i];
        t->req = &reqs[i];
        t->res = &results[i];
        t->ctx = &c;
        http_prepare(t);
    }
    run(&c, multi);
    progress(&c, 1);
    for (size_t i = 0; i < n; i++) {
        if (c.ts[i].state == T_ACTIVE)
            (void)curl_multi_remove_handle(multi, c.ts[i].easy);
        http_release(&c.ts[i]);
    }
    (void)curl_multi_cleanup(multi);
    free(c.ts);
    return 0;
}
