/* One transfer of the HTTP client: checking a request and building what its attempts share
 * (URL, headers, the secret), setting up and starting each attempt on its curl handle, the
 * callbacks that take in the response, and releasing it all. Part of the client (http.h). */
#include "http/http.h"
#include "http_internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

/* ---- small helpers --------------------------------------------------------------------------- */

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
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
    long timeout_ms = o->timeout_ms;
    if (t->deadline_at > 0) { /* no attempt runs past the deadline */
        int64_t left = t->deadline_at - http_now_ms();
        if (left < timeout_ms)
            timeout_ms = left > 1 ? (long)left : 1;
    }
    SET(CURLOPT_TIMEOUT_MS, timeout_ms);
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

void http_start(CURLM *multi, transfer *t)
{
    t->errbuf[0] = '\0';
    t->too_big = t->oom = 0;
    t->body.len = 0;
    forget_headers(t);
    if (!t->redirected)
        t->attempt++;
    t->redirected = 0;
    if (t->attempt == 1 && t->deadline_at == 0 && t->ctx->o->deadline_ms > 0)
        t->deadline_at = http_now_ms() + t->ctx->o->deadline_ms;
    const char *what = "";
    CURLcode rc = configure(t, &what);
    if (rc != CURLE_OK) {
        http_fail(t, "setting %s: %s", what, curl_easy_strerror(rc));
        return;
    }
    CURLMcode mc = curl_multi_add_handle(multi, t->easy);
    if (mc != CURLM_OK) {
        http_fail(t, "curl_multi_add_handle: %s", curl_multi_strerror(mc));
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
void http_prepare(transfer *t)
{
    const http_request *q = t->req;
    t->post = q->method && strcmp(q->method, "POST") == 0;
    t->url = http_dup_s(q->url);
    if (t->url == NULL) {
        http_fail(t, "out of memory");
        return;
    }
    t->res->url = http_dup_s(q->url);
    const char *why = NULL;
    if (http_origin_of(q->url, t->origin, sizeof t->origin, &why) != 0) {
        http_fail(t, "invalid URL: %s", why);
        return;
    }
    if (q->secret_env) {
        const char *v = getenv(q->secret_env);
        if (v == NULL || *v == '\0') {
            http_fail(t, "the environment variable %s is not set (it holds the %s header)",
                      q->secret_env, q->secret_header);
            return;
        }
        if (has_line_break(v) || strlen(v) > HEADER_VALUE_MAX) {
            http_fail(t,
                      "the value of %s is not a valid %s header value (a line break, or "
                      "longer than %d bytes)",
                      q->secret_env, q->secret_header, HEADER_VALUE_MAX);
            return;
        }
        t->secret = http_dup_s(v);
        char *esc = curl_easy_escape(NULL, v, 0);
        if (esc) {
            t->secret_escaped = http_dup_s(esc);
            explicit_bzero(esc, strlen(esc));
            curl_free(esc);
        }
        if (t->secret == NULL || t->secret_escaped == NULL) {
            http_fail(t, "out of memory");
            return;
        }
    }
    for (size_t i = 0; i < q->n_headers; i++) {
        if (has_line_break(q->headers[i]) || strchr(q->headers[i], ':') == NULL) {
            http_fail(t, "extra header %zu is not one \"Name: value\" line", i + 1);
            return;
        }
        if (add_header(t, "%s", q->headers[i]) != 0) {
            http_fail(t, "extra header %zu: too long or out of memory", i + 1);
            return;
        }
    }
    if (has_line_break(q->content_type) || has_line_break(q->etag) ||
        has_line_break(q->last_modified)) {
        http_fail(t, "content_type, etag or last_modified holds a line break");
        return;
    }
    if ((t->post && q->content_type && add_header(t, "Content-Type: %s", q->content_type) != 0) ||
        (q->etag && add_header(t, "If-None-Match: %s", q->etag) != 0) ||
        (q->last_modified && add_header(t, "If-Modified-Since: %s", q->last_modified) != 0) ||
        add_header(t, "Expect:") != 0 ||
        (t->secret && add_header(t, "%s: %s", q->secret_header, t->secret) != 0)) {
        http_fail(t, "a header is too long, or out of memory");
        return;
    }
    t->easy = curl_easy_init();
    if (t->easy == NULL) {
        http_fail(t, "curl_easy_init failed");
        return;
    }
    t->state = T_WAITING;
    t->not_before = 0;
}

void http_release(transfer *t)
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
