/* HTTP client on libcurl, the ground floor of the open-data connectors: GET and POST, only http and
 * https (requests and redirects), TLS verification always on, connect / low-speed / total timeouts,
 * a response-size cap, retries with exponential backoff, jitter and Retry-After, conditional
 * requests (ETag, Last-Modified), parallel transfers with a per-host limit and a request rate,
 * proxy variables as curl documents them, and secrets taken from the environment that never appear
 * in an error message or a result. C never prints, except a progress line on a terminal's stderr.
 */
#ifndef STYR_HTTP_H
#define STYR_HTTP_H

#include <stddef.h>
#include <time.h>

typedef struct http_request {
    const char *url;    /* http:// or https:// */
    const char *method; /* "GET" (also when NULL) or "POST" */
    const char *body;   /* POST body, body_len bytes; NULL for none */
    size_t body_len;
    const char *content_type;   /* the POST body's type, e.g. "application/json"; NULL: curl's */
    const char *const *headers; /* n_headers extra "Name: value" lines */
    size_t n_headers;
    const char *secret_header; /* a header name ("Authorization") whose value is read ... */
    const char *secret_env;    /* ... from this environment variable when the request starts */
    const char *etag;          /* sent as If-None-Match when not NULL */
    const char *last_modified; /* sent as If-Modified-Since when not NULL */
} http_request;

/* Every field has a default from http_options_init; all delays are options so tests run fast. */
typedef struct http_options {
    size_t max_bytes;        /* response body cap (after decompression); 64 MiB */
    long timeout_ms;         /* whole transfer, per attempt; 300 s */
    long connect_timeout_ms; /* 30 s */
    long low_speed_limit;    /* a transfer slower than this many bytes/s ... */
    long low_speed_time;     /* ... for this many seconds is aborted; 1024 B/s over 60 s (a
                                server that trickles meets no such speed); 0: off */
    int attempts;            /* tries per request, the first included; 4 */
    long backoff_ms;         /* delay before the first retry, doubled each retry; 1000 */
    long backoff_max_ms;     /* cap of that delay; 60 000 */
    long retry_after_max_s;  /* Retry-After is clamped to [0, this] and to timeout_ms; 300 */
    long deadline_ms;   /* a request's whole time, its attempts and waits included, from its first
                         attempt: no retry waits past it, an attempt ends at it; 0: none */
    long max_redirects; /* 5 */
    long per_host;      /* transfers at once per host (scheme, host, port); 4 */
    long max_parallel;  /* transfers at once over all hosts; 16 */
    double rate;        /* requests started per second over all hosts; 0: unlimited */
    int quiet;          /* no progress line, even when stderr is a terminal */
} http_options;

#define HTTP_ERROR_SIZE 768

typedef struct http_result {
    int ok;           /* 1: a 2xx answer, or 304 (then not_modified is 1) */
    int not_modified; /* the server answered 304 to a conditional request */
    long status;      /* the last HTTP status; 0 when no answer came */
    int attempts;     /* requests made, retries included, redirects not */
    char *body;       /* owned, NUL-terminated, len bytes; also the body of an HTTP error */
    size_t len;
    char *etag;                  /* owned, the response's ETag; NULL when absent */
    char *last_modified;         /* owned, the response's Last-Modified; NULL when absent */
    char *content_type;          /* owned; NULL when absent */
    char *url;                   /* owned, the last URL requested (after redirects) */
    char error[HTTP_ERROR_SIZE]; /* when !ok: what failed, on which URL (redacted), after how
                                  * many attempts, and curl's or the server's reason */
} http_result;

/* Fills o with the defaults above. */
void http_options_init(http_options *o);

/* Makes the n requests, in parallel within the limits of o (NULL: defaults), and fills results[i]
 * for reqs[i]. A network or HTTP failure, an unusable URL (not http/https, malformed) or a missing
 * secret is a result with ok == 0, not a failure of the call. Returns 0; or -1 with err filled
 * when the options or a request are malformed (no URL, a method other than GET/POST, secret_header
 * without secret_env) or curl cannot be set up; the results are then all empty. Free each result
 * with http_result_free. Blocks until every request has its result. */
int http_fetch(const http_request *reqs, size_t n, const http_options *o, http_result *results,
               char *err, size_t errlen);

/* Frees what a result owns and empties it. */
void http_result_free(http_result *r);

/* Seconds to wait for a Retry-After value (delta-seconds or an HTTP date, relative to now),
 * clamped to [0, max_s]; -1 when the value is neither (the caller falls back to its backoff). */
long http_retry_after(const char *value, time_t now, long max_s);

/* Copies url into out (always NUL-terminated) with a password in the user information and the
 * values of query parameters whose names look secret (token, key, secret, password, auth,
 * signature, session, credential) replaced by "***". Returns the length written. */
size_t http_redact_url(const char *url, char *out, size_t outlen);

/* "styr/VERSION", the User-Agent of every request. */
const char *http_user_agent(void);

/* Releases curl's global state (once, at the very end of the program); optional. */
void http_cleanup(void);

#endif
