/* HTTP client on libcurl: see http.h.
 *
 * One http_fetch drives all its requests through one curl multi handle. Each request is a small
 * state machine: WAITING (for its start time, a free slot for its host and overall, and the request
 * rate) -> ACTIVE (added to the multi handle) -> WAITING again for a retry or a manual redirect, or
 * DONE. Slots are counted here rather than left to CURLMOPT_MAX_HOST_CONNECTIONS alone, so that the
 * time a request waits for a slot does not count against its timeout. */
#include "http.h"

#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "version.h"

#define USER_AGENT "styr/" STYR_VERSION
#define HEADER_VALUE_MAX 4096 /* longer ETag, Last-Modified, Retry-After values are ignored */
#define ORIGIN_MAX 512
#define WAIT_MAX_MS 1000 /* the loop looks around at least this often */

enum { T_WAITING, T_ACTIVE, T_DONE };

typedef struct buffer {
    char *data; /* owned */
    size_t len, cap;
} buffer;

typedef struct fetch_ctx fetch_ctx;

typedef struct transfer {
    const http_request *req;
    http_result *res;
    fetch_ctx *ctx;
    CURL *easy;                 /* owned, reused by every attempt */
    struct curl_slist *headers; /* owned, wiped before it is freed (it may hold the secret) */
    char *secret;               /* owned copy of the secret value, wiped; NULL without one */
    char *secret_escaped;       /* owned: the secret as it would look URL-encoded */
    char *url;                  /* owned: the URL of the next attempt (manual redirects move it) */
    char origin[ORIGIN_MAX];    /* scheme://host:port of url: the per-host slot key */
    int post;                   /* 1 while the method is POST (a 303 turns it into GET) */
    int state;
    int attempt;    /* attempts started */
    int redirects;  /* redirects followed by hand (requests with a secret) */
    int redirected; /* the next start follows a redirect: not a new attempt */
    int64_t not_before;
    buffer body;
    int too_big, oom;
    char *etag, *last_modified, *retry_after, *reason; /* owned: the last response's headers */
    char errbuf[CURL_ERROR_SIZE];
} transfer;

struct fetch_ctx {
    const http_options *o;
    transfer *ts;
    size_t n, done, active;
    int changed;       /* an attempt ended: slots may have freed, retries may be due */
    int64_t next_slot; /* the request rate's next start time */
    uint64_t rng;
    size_t bytes;
    int tty;
    int64_t drawn_at;
    int drawn;
};

/* ---- small helpers --------------------------------------------------------------------------- */

static int64_t now_ms(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
        return 0;
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static uint64_t next_random(fetch_ctx *c)
{
    /* xorshift64*: jitter needs spread, not quality. */
    c->rng ^= c->rng >> 12;
    c->rng ^= c->rng << 25;
    c->rng ^= c->rng >> 27;
    return c->rng * 2685821657736338717ULL;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

static char *dup_s(const char *s)
{
    return s ? dup_n(s, strlen(s)) : NULL;
}

static void wipe_free(char *s)
{
    if (s) {
        explicit_bzero(s, strlen(s));
        free(s);
    }
}

static int has_line_break(const char *s)
{
    return s && strpbrk(s, "\r\n") != NULL;
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

/* ---- URLs ------------------------------------------------------------------------------------ */

typedef struct sbuf {
    char *p;
    size_t len, cap;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    while (n-- > 0 && b->len + 1 < b->cap)
        b->p[b->len++] = *s++;
    b->p[b->len] = '\0';
}

static int secret_param(const char *name, size_t len)
{
    static const char *const words[] = {"token", "key", "secret",  "pass",       "pwd",
                                        "auth",  "sig", "session", "credential", NULL};
    char low[64];
    if (len >= sizeof low)
        len = sizeof low - 1;
    for (size_t i = 0; i < len; i++)
        low[i] = (char)tolower((unsigned char)name[i]);
    low[len] = '\0';
    for (const char *const *w = words; *w; w++)
        if (strstr(low, *w))
            return 1;
    return 0;
}

size_t http_redact_url(const char *url, char *out, size_t outlen)
{
    if (out == NULL || outlen == 0)
        return 0;
    sbuf b = {out, 0, outlen};
    out[0] = '\0';
    if (url == NULL)
        return 0;
    const char *p = url;
    const char *sep = strstr(url, "://");
    if (sep && strcspn(url, "/?#") > (size_t)(sep - url)) { /* "://" ends the scheme */
        put(&b, url, (size_t)(sep - url) + 3);
        p = sep + 3;
        size_t alen = strcspn(p, "/?#");
        const char *at = NULL;
        for (size_t i = 0; i < alen; i++)
            if (p[i] == '@')
                at = p + i;
        if (at) { /* user information: a password, or a token used as user name */
            put(&b, "***@", 4);
            p = at + 1;
        }
    }
    size_t plen = strcspn(p, "?#");
    put(&b, p, plen);
    p += plen;
    if (*p == '?') {
        put(&b, "?", 1);
        p++;
        while (*p && *p != '#') {
            size_t plen2 = strcspn(p, "&#");
            size_t nlen = strcspn(p, "=&#");
            if (nlen < plen2 && secret_param(p, nlen)) {
                put(&b, p, nlen + 1);
                put(&b, "***", 3);
            } else {
                put(&b, p, plen2);
            }
            p += plen2;
            if (*p == '&') {
                put(&b, "&", 1);
                p++;
            }
        }
    }
    put(&b, p, strlen(p));
    return b.len;
}

/* Writes scheme://host:port of an http(s) URL into origin; returns 0, or -1 with why. */
static int origin_of(const char *url, char *origin, size_t len, const char **why)
{
    int rc = -1;
    char *scheme = NULL, *host = NULL, *port = NULL;
    CURLU *u = curl_url();
    if (u == NULL) {
        *why = "out of memory";
        return -1;
    }
    CURLUcode uc = curl_url_set(u, CURLUPART_URL, url, 0);
    if (uc != CURLUE_OK) {
        *why = curl_url_strerror(uc);
        goto done;
    }
    if ((uc = curl_url_get(u, CURLUPART_SCHEME, &scheme, 0)) != CURLUE_OK) {
        *why = curl_url_strerror(uc);
        goto done;
    }
    if (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0) {
        *why = "only http and https are fetched";
        goto done;
    }
    if ((uc = curl_url_get(u, CURLUPART_HOST, &host, 0)) != CURLUE_OK ||
        (uc = curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT)) != CURLUE_OK) {
        *why = curl_url_strerror(uc);
        goto done;
    }
    for (char *h = host; *h; h++)
        *h = (char)tolower((unsigned char)*h);
    if (snprintf(origin, len, "%s://%s:%s", scheme, host, port) >= (int)len) {
        *why = "host name too long";
        goto done;
    }
    rc = 0;
done:
    curl_free(scheme);
    curl_free(host);
    curl_free(port);
    curl_url_cleanup(u);
    return rc;
}

/* ---- Retry-After ----------------------------------------------------------------------------- */

long http_retry_after(const char *value, time_t now, long max_s)
{
    if (value == NULL || max_s < 0)
        return -1;
    while (*value == ' ' || *value == '\t')
        value++;
    size_t len = strlen(value);
    while (len > 0 &&
           (value[len - 1] == ' ' || value[len - 1] == '\t' || value[len - 1] == '\r' ||
            value[len - 1] == '\n'))
        len--;
    if (len == 0 || len > 64)
        return -1;
    char v[65];
    memcpy(v, value, len);
    v[len] = '\0';
    /* delta-seconds; a negative number is not valid but clearly means "now" */
    const char *d = v[0] == '-' ? v + 1 : v;
    if (*d && strspn(d, "0123456789") == strlen(d)) {
        if (v[0] == '-')
            return 0;
        long s = 0;
        for (; *d; d++) {
            if (s > max_s)
                return max_s;
            s = s * 10 + (*d - '0');
        }
        return s > max_s ? max_s : s;
    }
    /* an HTTP date; curl_getdate also takes other date forms, which is harmless here */
    if (!isalpha((unsigned char)v[0]))
        return -1;
    time_t when = curl_getdate(v, NULL);
    if (when == (time_t)-1)
        return -1;
    if (when <= now)
        return 0;
    double delta = difftime(when, now);
    return delta > (double)max_s ? max_s : (long)delta;
}

/* ---- curl callbacks -------------------------------------------------------------------------- */

static void forget_headers(transfer *t)
{
    free(t->etag);
    free(t->last_modified);
    free(t->retry_after);
    free(t->reason);
    t->etag = t->last_modified = t->retry_after = t->reason = NULL;
}

static size_t on_body(char *ptr, size_t size, size_t nmemb, void *ud)
{
    transfer *t = ud;
    size_t n = size * nmemb;
    size_t max = t->ctx->o->max_bytes;
    if (n > max - t->body.len) {
        t->too_big = 1;
        return 0; /* curl aborts the transfer with CURLE_WRITE_ERROR */
    }
    if (t->body.len + n + 1 > t->body.cap) {
        size_t cap = t->body.cap ? t->body.cap : 16384;
        while (cap < t->body.len + n + 1)
            cap = cap > SIZE_MAX / 2 ? t->body.len + n + 1 : cap * 2;
        if (cap > max + 1)
            cap = max + 1;
        char *p = realloc(t->body.data, cap);
        if (p == NULL) {
            t->oom = 1;
            return 0;
        }
        t->body.data = p;
        t->body.cap = cap;
    }
    memcpy(t->body.data + t->body.len, ptr, n);
    t->body.len += n;
    t->body.data[t->body.len] = '\0';
    t->ctx->bytes += n;
    return n;
}

/* Keeps a copy of one header value in *slot (NULL when too long); returns 0, or -1 out of memory.
 */
static int keep_value(char **slot, const char *v, size_t len)
{
    free(*slot);
    *slot = NULL;
    if (len > HEADER_VALUE_MAX)
        return 0;
    *slot = dup_n(v, len);
    return *slot ? 0 : -1;
}

static size_t on_header(char *buf, size_t size, size_t nitems, void *ud)
{
    transfer *t = ud;
    size_t n = size * nitems, len = n;
    while (len > 0 && (buf[len - 1] == '\r' || buf[len - 1] == '\n'))
        len--;
    if (len >= 5 && memcmp(buf, "HTTP/", 5) == 0) {
        /* A new response (a redirect's, an interim 1xx, the final one): start afresh. */
        forget_headers(t);
        t->body.len = 0;
        size_t i = 5;
        while (i < len && buf[i] != ' ')
            i++; /* version */
        while (i < len && buf[i] == ' ')
            i++;
        while (i < len && isdigit((unsigned char)buf[i]))
            i++; /* status code */
        while (i < len && buf[i] == ' ')
            i++;
        if (keep_value(&t->reason, buf + i, len - i) != 0)
            goto oom;
        return n;
    }
    const char *colon = memchr(buf, ':', len);
    if (colon == NULL)
        return n;
    size_t nlen = (size_t)(colon - buf);
    const char *v = colon + 1;
    size_t vlen = len - nlen - 1;
    while (vlen > 0 && (*v == ' ' || *v == '\t'))
        v++, vlen--;
    while (vlen > 0 && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t'))
        vlen--;
    char **slot = NULL;
    if (nlen == 4 && strncasecmp(buf, "etag", 4) == 0)
        slot = &t->etag;
    else if (nlen == 13 && strncasecmp(buf, "last-modified", 13) == 0)
        slot = &t->last_modified;
    else if (nlen == 11 && strncasecmp(buf, "retry-after", 11) == 0)
        slot = &t->retry_after;
    if (slot && keep_value(slot, v, vlen) != 0)
        goto oom;
    return n;
oom:
    t->oom = 1;
    return 0;
}

/* ---- one transfer ---------------------------------------------------------------------------- */

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
static void fail(transfer *t, const char *fmt, ...)
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
        (reason ? strlen(reason) : 0) + 8;
    char *msg = reason && url ? malloc(need) : NULL;
    if (msg) {
        snprintf(msg, need, "%s %s%s: %s", method, url, count, reason);
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
        t->body.data = dup_s("");
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
        r->content_type = dup_s(ct);
    if (curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff) {
        free(r->url);
        r->url = dup_s(eff);
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
        fail(t, "out of memory");
        return;
    }
    http_result *r = t->res;
    if (not_modified) {
        /* Keep the caller's validators when a 304 does not repeat them. */
        if (r->etag == NULL && t->req->etag)
            r->etag = dup_s(t->req->etag);
        if (r->last_modified == NULL && t->req->last_modified)
            r->last_modified = dup_s(t->req->last_modified);
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
    t->not_before = now_ms() + delay;
}

static void retry(transfer *t)
{
    fetch_ctx *c = t->ctx;
    int64_t delay = backoff_ms(c, t->attempt);
    if (t->retry_after) {
        long s = http_retry_after(t->retry_after, time(NULL), c->o->retry_after_max_s);
        if (s >= 0) {
            int64_t spread = c->o->backoff_ms < 1000 ? c->o->backoff_ms : 1000;
            delay =
                (int64_t)s * 1000 + (spread > 0 ? (int64_t)(next_random(c) % (uint64_t)spread) : 0);
        }
    }
    wait_again(t, delay);
}

/* Ends the transfer with an HTTP status that is an answer, keeping the body: an API's error body
 * can say what was wrong. */
static void fail_status(transfer *t, long status)
{
    keep_response(t);
    fail(t, "HTTP %ld%s%s", status, t->reason && *t->reason ? " " : "", t->reason ? t->reason : "");
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
        fail(t, "out of memory");
    else if (t->redirects >= t->ctx->o->max_redirects)
        fail(t, "too many redirects (more than %ld), the last to %s", t->ctx->o->max_redirects,
             shown);
    else if (origin_of(target, origin, sizeof origin, &why) != 0)
        fail(t, "redirect to %s refused: %s", shown, why);
    else if (strcmp(origin, t->origin) != 0)
        fail(t,
             "redirect to %s refused: the request carries a secret header, which is only sent "
             "to %s",
             shown, t->origin);
    else if ((url = dup_s(target)) == NULL)
        fail(t, "out of memory");
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
static void attempt_done(transfer *t, CURLcode code)
{
    const http_options *o = t->ctx->o;
    long status = 0;
    if (curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK)
        status = 0;
    t->res->status = status;
    t->res->attempts = t->attempt;
    int more = t->attempt < o->attempts;
    if (t->oom)
        fail(t, "out of memory");
    else if (code == CURLE_OK && status >= 200 && status < 300)
        succeed(t, 0);
    else if (code == CURLE_OK && status == 304)
        succeed(t, 1);
    else if (code == CURLE_OK && status >= 300 && status < 400 && t->secret)
        follow(t, status);
    else if (code == CURLE_OK && retryable_status(status) && more)
        retry(t);
    else if (code == CURLE_OK)
        fail_status(t, status);
    else if (t->too_big || code == CURLE_FILESIZE_EXCEEDED)
        fail(t, "the response is larger than %zu bytes (max_bytes)", o->max_bytes);
    else if (retryable_code(code) && more)
        retry(t);
    else
        fail(t, "%s%s%s%s", curl_easy_strerror(code), t->errbuf[0] ? " (" : "", t->errbuf,
             t->errbuf[0] ? ")" : "");
}

#define SET(opt, val)                                                                              \
    do {                                                                                           \
        if ((rc = curl_easy_setopt(h, opt, val)) != CURLE_OK) {                                    \
            *what = #opt;                                                                          \
            return rc;                                                                             \
        }                                                                                          \
    } while (0)

/* Sets every option of one attempt on a freshly reset handle; returns curl's code and, on
 * failure, the option's name in *what. */
static CURLcode configure(transfer *t, const char **what)
{
    const http_options *o = t->ctx->o;
    CURL *h = t->easy;
    CURLcode rc;
    curl_easy_reset(h);
    SET(CURLOPT_URL, t->url);
    SET(CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0; Debian 12 has 7.88.1 */
    SET(CURLOPT_PROTOCOLS_STR, "http,https");
    SET(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    SET(CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    SET(CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    SET(CURLOPT_FOLLOWLOCATION, t->secret ? 0L : 1L);
    SET(CURLOPT_MAXREDIRS, o->max_redirects);
    SET(CURLOPT_SSL_VERIFYPEER, 1L);
    SET(CURLOPT_SSL_VERIFYHOST, 2L);
    SET(CURLOPT_USERAGENT, USER_AGENT);
    /* every encoding curl decodes; the size cap counts decoded bytes */
    SET(CURLOPT_ACCEPT_ENCODING, "");
    SET(CURLOPT_TIMEOUT_MS, o->timeout_ms);
    SET(CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms);
    SET(CURLOPT_LOW_SPEED_LIMIT, o->low_speed_limit);
    SET(CURLOPT_LOW_SPEED_TIME, o->low_speed_time);
    SET(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
    SET(CURLOPT_ERRORBUFFER, t->errbuf);
    SET(CURLOPT_WRITEFUNCTION, on_body);
    SET(CURLOPT_WRITEDATA, (void *)t);
    SET(CURLOPT_HEADERFUNCTION, on_header);
    SET(CURLOPT_HEADERDATA, (void *)t);
    SET(CURLOPT_HTTPHEADER, t->headers);
    if (t->post) {
        SET(CURLOPT_POST, 1L);
        SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(t->req->body ? t->req->body_len : 0));
        SET(CURLOPT_POSTFIELDS, t->req->body ? t->req->body : "");
    } else {
        SET(CURLOPT_HTTPGET, 1L);
    }
    return CURLE_OK;
}

#undef SET

static void start(CURLM *multi, transfer *t)
{
    t->errbuf[0] = '\0';
    t->too_big = t->oom = 0;
    t->body.len = 0;
    forget_headers(t);
    if (!t->redirected)
        t->attempt++;
    t->redirected = 0;
    const char *what = "";
    CURLcode rc = configure(t, &what);
    if (rc != CURLE_OK) {
        fail(t, "setting %s: %s", what, curl_easy_strerror(rc));
        return;
    }
    CURLMcode mc = curl_multi_add_handle(multi, t->easy);
    if (mc != CURLM_OK) {
        fail(t, "curl_multi_add_handle: %s", curl_multi_strerror(mc));
        return;
    }
    t->state = T_ACTIVE;
    t->ctx->active++;
}

/* Appends a header line; returns 0, or -1 out of memory. */
static int add_header(transfer *t, const char *fmt, ...)
{
    char line[HEADER_VALUE_MAX + 128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof line)
        return -1;
    struct curl_slist *l = curl_slist_append(t->headers, line);
    explicit_bzero(line, sizeof line);
    if (l == NULL)
        return -1;
    t->headers = l;
    return 0;
}

/* Checks the request and builds what every attempt shares; on a problem the transfer is DONE
 * with the error and no request is made. */
static void prepare(transfer *t)
{
    const http_request *q = t->req;
    t->post = q->method && strcmp(q->method, "POST") == 0;
    t->url = dup_s(q->url);
    if (t->url == NULL) {
        fail(t, "out of memory");
        return;
    }
    t->res->url = dup_s(q->url);
    const char *why = NULL;
    if (origin_of(q->url, t->origin, sizeof t->origin, &why) != 0) {
        fail(t, "invalid URL: %s", why);
        return;
    }
    if (q->secret_env) {
        const char *v = getenv(q->secret_env);
        if (v == NULL || *v == '\0') {
            fail(t, "the environment variable %s is not set (it holds the %s header)",
                 q->secret_env, q->secret_header);
            return;
        }
        if (has_line_break(v) || strlen(v) > HEADER_VALUE_MAX) {
            fail(t,
                 "the value of %s is not a valid %s header value (a line break, or "
                 "longer than %d bytes)",
                 q->secret_env, q->secret_header, HEADER_VALUE_MAX);
            return;
        }
        t->secret = dup_s(v);
        char *esc = curl_easy_escape(NULL, v, 0);
        if (esc) {
            t->secret_escaped = dup_s(esc);
            explicit_bzero(esc, strlen(esc));
            curl_free(esc);
        }
        if (t->secret == NULL || t->secret_escaped == NULL) {
            fail(t, "out of memory");
            return;
        }
    }
    for (size_t i = 0; i < q->n_headers; i++) {
        if (has_line_break(q->headers[i]) || strchr(q->headers[i], ':') == NULL) {
            fail(t, "extra header %zu is not one \"Name: value\" line", i + 1);
            return;
        }
        if (add_header(t, "%s", q->headers[i]) != 0) {
            fail(t, "extra header %zu: too long or out of memory", i + 1);
            return;
        }
    }
    if (has_line_break(q->content_type) || has_line_break(q->etag) ||
        has_line_break(q->last_modified)) {
        fail(t, "content_type, etag or last_modified holds a line break");
        return;
    }
    if ((t->post && q->content_type && add_header(t, "Content-Type: %s", q->content_type) != 0) ||
        (q->etag && add_header(t, "If-None-Match: %s", q->etag) != 0) ||
        (q->last_modified && add_header(t, "If-Modified-Since: %s", q->last_modified) != 0) ||
        add_header(t, "Expect:") != 0 ||
        (t->secret && add_header(t, "%s: %s", q->secret_header, t->secret) != 0)) {
        fail(t, "a header is too long, or out of memory");
        return;
    }
    t->easy = curl_easy_init();
    if (t->easy == NULL) {
        fail(t, "curl_easy_init failed");
        return;
    }
    t->state = T_WAITING;
    t->not_before = 0;
}

static void release(transfer *t)
{
    for (struct curl_slist *l = t->headers; l; l = l->next)
        if (l->data)
            explicit_bzero(l->data, strlen(l->data));
    curl_slist_free_all(t->headers);
    if (t->easy)
        curl_easy_cleanup(t->easy);
    wipe_free(t->secret);
    wipe_free(t->secret_escaped);
    free(t->url);
    free(t->body.data);
    forget_headers(t);
}

/* ---- the loop -------------------------------------------------------------------------------- */

static void progress(fetch_ctx *c, int last)
{
    if (!c->tty)
        return;
    int64_t now = now_ms();
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
    int64_t now = now_ms(), wake = INT64_MAX;
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
        start(multi, t);
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
            fail(t, "%s: %s", what, curl_multi_strerror(mc));
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
            attempt_done(t, code);
            c->changed = 1;
        }
        progress(c, 0);
        if (c->done >= c->n)
            break;
        if (c->changed) {
            c->changed = 0;
            continue; /* slots freed or retries scheduled: look again before waiting */
        }
        int64_t now = now_ms();
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
        .low_speed_limit = 1,
        .low_speed_time = 60,
        .attempts = 4,
        .backoff_ms = 1000,
        .backoff_max_ms = 60000,
        .retry_after_max_s = 300,
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
    c.rng = (uint64_t)now_ms() * 6364136223846793005ULL ^ ((uint64_t)getpid() << 32) ^
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
        prepare(t);
    }
    run(&c, multi);
    progress(&c, 1);
    for (size_t i = 0; i < n; i++) {
        if (c.ts[i].state == T_ACTIVE)
            (void)curl_multi_remove_handle(multi, c.ts[i].easy);
        release(&c.ts[i]);
    }
    (void)curl_multi_cleanup(multi);
    free(c.ts);
    return 0;
}
