/* How an attempt of a transfer ends: success, a failure reported without the secret, a retry
 * after a backoff or Retry-After, or a redirect followed by hand. Part of the HTTP client
 * (http.h). */
#include "http/http.h"
#include "http_internal.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

static uint64_t next_random(fetch_ctx *c)
{
    /* xorshift64*: jitter needs spread, not quality. */
    c->rng ^= c->rng >> 12;
    c->rng ^= c->rng << 25;
    c->rng ^= c->rng >> 27;
    return c->rng * 2685821657736338717ULL;
}

/* Replaces every occurrence of secret in s, in place, by asterisks. */
static void scrub_one(char *s, const char *secret)
{
    if (s == NULL || secret == NULL || *secret == '\0')
        return;
    size_t sl = strlen(secret);
    char *from = s, *p;
    while ((p = strstr(from, secret)) != NULL) {
        if (sl >= 3) {
            memcpy(p, "***", 3);
            memmove(p + 3, p + sl, strlen(p + sl) + 1);
            from = p + 3;
        } else {
            memset(p, '*', sl);
            from = p + sl;
        }
    }
}

/* Removes the request's secret, plain or URL-encoded, from a string the caller will see. */
static void scrub(const transfer *t, char *s)
{
    scrub_one(s, t->secret);
    scrub_one(s, t->secret_escaped);
}

/* The URL as shown in messages: redacted and scrubbed, whole (so no truncation can cut a secret in
 * half); owned by the caller, NULL out of memory. */
static char *shown_url(const transfer *t, const char *url)
{
    size_t cap = 2 * strlen(url) + 16; /* redaction at most doubles a URL */
    char *s = malloc(cap);
    if (s) {
        http_redact_url(url, s, cap);
        scrub(t, s);
    }
    return s;
}

/* Copies s into dst (size dstlen), ending with "..." when it had to be cut. */
static void copy_cut(char *dst, size_t dstlen, const char *s)
{
    size_t len = strlen(s);
    if (len < dstlen) {
        memcpy(dst, s, len + 1);
        return;
    }
    memcpy(dst, s, dstlen - 4);
    memcpy(dst + dstlen - 4, "...", 4);
}

/* Ends the transfer as failed: "METHOD URL[ failed after N attempts]: reason". The message is
 * composed whole and scrubbed of the secret before it is cut to fit the result. */
void http_fail(transfer *t, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int rlen = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *reason = rlen >= 0 ? malloc((size_t)rlen + 1) : NULL;
    if (reason && vsnprintf(reason, (size_t)rlen + 1, fmt, ap2) < 0)
        reason[0] = '\0';
    va_end(ap2);
    char *url = shown_url(t, t->req->url);
    const char *method = t->req->method ? t->req->method : "GET";
    char count[64] = "";
    if (t->attempt > 0)
        snprintf(count, sizeof count, " failed after %d attempt%s", t->attempt,
                 t->attempt == 1 ? "" : "s");
    size_t need = strlen(method) + (url ? strlen(url) : 0) + strlen(count) +
        (reason ? strlen(reason) : 0) + strlen(t->deadline_note) + 8;
    char *msg = reason && url ? malloc(need) : NULL;
    if (msg) {
        snprintf(msg, need, "%s %s%s: %s%s", method, url, count, reason, t->deadline_note);
        scrub(t, msg);
        copy_cut(t->res->error, sizeof t->res->error, msg);
    } else {
        copy_cut(t->res->error, sizeof t->res->error, "out of memory while reporting a failure");
    }
    free(msg);
    free(url);
    free(reason);
    scrub(t, t->res->url);
    t->res->ok = 0;
    t->res->attempts = t->attempt;
    t->state = T_DONE;
    t->ctx->done++;
}

/* Hands the last response (body, validators, type, final URL) over to the result. */
static void keep_response(transfer *t)
{
    http_result *r = t->res;
    if (t->body.data == NULL)
        t->body.data = http_dup_s("");
    if (t->body.data == NULL) {
        t->oom = 1;
        return;
    }
    r->body = t->body.data;
    r->len = t->body.len;
    t->body = (buffer){0};
    r->etag = t->etag;
    r->last_modified = t->last_modified;
    t->etag = t->last_modified = NULL;
    char *ct = NULL, *eff = NULL;
    if (curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &ct) == CURLE_OK && ct)
        r->content_type = http_dup_s(ct);
    if (curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff) {
        free(r->url);
        r->url = http_dup_s(eff);
    }
    scrub(t, r->etag);
    scrub(t, r->last_modified);
    scrub(t, r->content_type);
    scrub(t, r->url);
}

static void succeed(transfer *t, int not_modified)
{
    keep_response(t);
    if (t->oom) {
        http_fail(t, "out of memory");
        return;
    }
    http_result *r = t->res;
    if (not_modified) {
        /* Keep the caller's validators when a 304 does not repeat them. */
        if (r->etag == NULL && t->req->etag)
            r->etag = http_dup_s(t->req->etag);
        if (r->last_modified == NULL && t->req->last_modified)
            r->last_modified = http_dup_s(t->req->last_modified);
    }
    r->ok = 1;
    r->not_modified = not_modified;
    r->attempts = t->attempt;
    t->state = T_DONE;
    t->ctx->done++;
}

static int retryable_status(long status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
        status == 504;
}

static int retryable_code(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return 1;
    default:
        return 0;
    }
}

/* Milliseconds before retry number k (k = attempts made so far): exponential, capped, and with
 * "equal jitter" (half fixed, half random) so that many clients do not retry in step. */
static int64_t backoff_ms(fetch_ctx *c, int k)
{
    int64_t d = c->o->backoff_ms, max = c->o->backoff_max_ms;
    for (int i = 1; i < k && d < max; i++)
        d *= 2;
    if (d > max)
        d = max;
    if (d <= 1)
        return d;
    return d / 2 + (int64_t)(next_random(c) % (uint64_t)(d / 2 + 1));
}

static void wait_again(transfer *t, int64_t delay)
{
    t->state = T_WAITING;
    t->not_before = http_now_ms() + delay;
}

/* Schedules the next attempt after a backoff, or after Retry-After: that is clamped to
 * retry_after_max_s and to the request's own timeout (a server cannot make one wait stall a fetch
 * longer than one attempt may last). Returns 0, or -1 without scheduling anything when the wait
 * would end past the request's deadline (deadline_note then says so). */
static int retry(transfer *t)
{
    fetch_ctx *c = t->ctx;
    int64_t delay = backoff_ms(c, t->attempt);
    if (t->retry_after) {
        long max_s = c->o->retry_after_max_s;
        long timeout_s = (c->o->timeout_ms + 999) / 1000;
        if (timeout_s < max_s)
            max_s = timeout_s;
        long s = http_retry_after(t->retry_after, time(NULL), max_s);
        if (s >= 0) {
            int64_t spread = c->o->backoff_ms < 1000 ? c->o->backoff_ms : 1000;
            delay =
                (int64_t)s * 1000 + (spread > 0 ? (int64_t)(next_random(c) % (uint64_t)spread) : 0);
        }
    }
    if (t->deadline_at > 0 && http_now_ms() + delay >= t->deadline_at) {
        double secs = c->o->deadline_ms / 1000.0;
        snprintf(t->deadline_note, sizeof t->deadline_note,
                 secs >= 10 ? "; no more attempts: the fetch's deadline (%.0f s from its first "
                              "attempt) is reached%s"
                            : "; no more attempts: the fetch's deadline (%.1f s from its first "
                              "attempt) is reached%s",
                 secs, t->retry_after ? " (the server asked to wait with Retry-After)" : "");
        return -1;
    }
    wait_again(t, delay);
    return 0;
}

/* Ends the transfer with an HTTP status that is an answer, keeping the body: an API's error body
 * can say what was wrong. */
static void fail_status(transfer *t, long status)
{
    keep_response(t);
    http_fail(t, "HTTP %ld%s%s", status, t->reason && *t->reason ? " " : "",
              t->reason ? t->reason : "");
}

/* A redirect answered to a request that carries a secret: curl does not follow those (it would
 * send the secret header to any host), so follow it here, to the same origin only. */
static void follow(transfer *t, long status)
{
    char *target = NULL;
    if (curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &target) != CURLE_OK || target == NULL) {
        fail_status(t, status);
        return;
    }
    char *shown = shown_url(t, target), *url = NULL;
    char origin[ORIGIN_MAX];
    const char *why = NULL;
    if (shown == NULL)
        http_fail(t, "out of memory");
    else if (t->redirects >= t->ctx->o->max_redirects)
        http_fail(t, "too many redirects (more than %ld), the last to %s", t->ctx->o->max_redirects,
                  shown);
    else if (http_origin_of(target, origin, sizeof origin, &why) != 0)
        http_fail(t, "redirect to %s refused: %s", shown, why);
    else if (strcmp(origin, t->origin) != 0)
        http_fail(t,
                  "redirect to %s refused: the request carries a secret header, which is only sent "
                  "to %s",
                  shown, t->origin);
    else if ((url = http_dup_s(target)) == NULL)
        http_fail(t, "out of memory");
    free(shown);
    if (url == NULL)
        return;
    free(t->url);
    t->url = url;
    if (status == 303 || ((status == 301 || status == 302) && t->post))
        t->post = 0; /* what curl and browsers do */
    t->redirects++;
    t->redirected = 1;
    wait_again(t, 0);
}

/* An attempt ended with code: succeed, fail, or wait for a retry or a redirect. */
void http_attempt_done(transfer *t, CURLcode code)
{
    const http_options *o = t->ctx->o;
    long status = 0;
    if (curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK)
        status = 0;
    t->res->status = status;
    t->res->attempts = t->attempt;
    int more = t->attempt < o->attempts;
    if (t->oom)
        http_fail(t, "out of memory");
    else if (code == CURLE_OK && status >= 200 && status < 300)
        succeed(t, 0);
    else if (code == CURLE_OK && status == 304)
        succeed(t, 1);
    else if (code == CURLE_OK && status >= 300 && status < 400 && t->secret)
        follow(t, status);
    else if (code == CURLE_OK && retryable_status(status) && more && retry(t) == 0)
        return;
    else if (code == CURLE_OK)
        fail_status(t, status);
    else if (t->too_big || code == CURLE_FILESIZE_EXCEEDED)
        http_fail(t, "the response is larger than %zu bytes (max_bytes)", o->max_bytes);
    else if (retryable_code(code) && more && retry(t) == 0)
        return;
    else
        http_fail(t, "%s%s%s%s", curl_easy_strerror(code), t->errbuf[0] ? " (" : "", t->errbuf,
                  t->errbuf[0] ? ")" : "");
}
