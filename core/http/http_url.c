/* The HTTP client's text work that needs no transfer: URLs with their secrets redacted, the
 * origin (scheme://host:port) of a URL, and Retry-After values. Part of the client (http.h). */
#include "http/http.h"
#include "http_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

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
int http_origin_of(const char *url, char *origin, size_t len, const char **why)
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
