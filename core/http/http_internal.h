/* Inside the HTTP client (not part of its public face, http.h): the state of one fetch and of
 * each of its transfers, and the functions that http.c, http_url.c, http_attempt.c and
 * http_transfer.c share. Included by those files only.
 *
 * The files use each other one way, from the loop down: http.c (the loop) uses http_transfer.c
 * and http_attempt.c; http_transfer.c uses http_attempt.c and http_url.c; http_attempt.c uses
 * http_url.c; http_url.c uses none of them (make check-layout checks it). */
#ifndef STYR_HTTP_INTERNAL_H
#define STYR_HTTP_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <curl/curl.h>

#include "http/http.h"
#include "time/clock.h"
#include "version.h"

#define USER_AGENT "styr/" STYR_VERSION
#define HEADER_VALUE_MAX 4096 /* longer ETag, Last-Modified, Retry-After values are ignored */
#define ORIGIN_MAX 512

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
    int64_t deadline_at;     /* monotonic ms the deadline ends (0: none), set at the first start */
    char deadline_note[160]; /* why no retry was made, when the deadline forbade it */
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

/* The monotonic clock in milliseconds (0 if it cannot be read). */
static inline int64_t http_now_ms(void)
{
    return clock_monotonic_ns() / 1000000;
}

/* A copy of s, or NULL for NULL or out of memory. */
static inline char *http_dup_s(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* Writes scheme://host:port of an http(s) URL into origin; returns 0, or -1 with why. */
int http_origin_of(const char *url, char *origin, size_t len, const char **why);

/* Ends the transfer as failed: "METHOD URL[ failed after N attempts]: reason", scrubbed of the
 * secret. */
void http_fail(transfer *t, const char *fmt, ...);

/* An attempt ended with code: succeed, fail, or wait for a retry or a redirect. */
void http_attempt_done(transfer *t, CURLcode code);

/* Starts the next attempt of a waiting transfer on the multi handle; fails the transfer if it
 * cannot. */
void http_start(CURLM *multi, transfer *t);

/* Checks the request and builds what every attempt shares; on a problem the transfer is DONE
 * with the error and no request is made. */
void http_prepare(transfer *t);

/* Frees what a transfer owns, wiping the secret. */
void http_release(transfer *t);

#endif
