/* libFuzzer harness: http_retry_after (core/http/http_url.c), the Retry-After header: delta-seconds or
 * an HTTP date (through curl_getdate), clamped to [0, max_s].
 *
 * The first two input bytes pick max_s within the range styr's options allow (0-86400); the rest
 * is the header value, up to its first NUL. Checks, beyond "no crash, no leak, no undefined
 * behaviour":
 *   - the answer is -1 or within [0, max_s];
 *   - a value of only digits (with blanks around) is min(that number, max_s), a negative one 0;
 *   - a value that is neither digits nor starts with a letter is -1;
 *   - a date is measured from now: the same value a day later waits no longer.
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/retry_after under make test. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "http/http_internal.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What the value must give when it is blanks, an optional '-', digits, blanks: 1 and *want, else 0. */
static int digits_answer(const char *v, long max_s, long *want)
{
    const char *p = v;
    while (*p == ' ' || *p == '\t')
        p++;
    const char *start = p;
    int neg = *p == '-';
    if (neg)
        p++;
    const char *d = p;
    while (isdigit((unsigned char)*p))
        p++;
    if (p == d)
        return 0;
    const char *end = p;
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
    if (*p != '\0' || end - start > 64)
        return 0;
    if (neg) {
        *want = 0;
        return 1;
    }
    long s = 0;
    for (; d < end && s <= max_s; d++)
        s = s * 10 + (*d - '0');
    *want = s > max_s ? max_s : s;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 256)
        return 0;
    long max_s = ((long)data[0] << 8 | data[1]) * 86400L / 65535L;
    char *v = malloc(size - 1);
    CHECK(v != NULL);
    memcpy(v, data + 2, size - 2);
    v[size - 2] = '\0';

    const time_t now = 1561975200; /* 2019-07-01 10:00:00 UTC */
    long s = http_retry_after(v, now, max_s);
    CHECK(s == -1 || (s >= 0 && s <= max_s));

    long want = 0;
    if (digits_answer(v, max_s, &want)) {
        if (s != want)
            fprintf(stderr, "fuzz_retry_after: '%s' max %ld gave %ld, want %ld\n", v, max_s, s,
                    want);
        CHECK(s == want);
    } else {
        const char *p = v;
        while (*p == ' ' || *p == '\t')
            p++;
        if (!isalpha((unsigned char)*p))
            CHECK(s == -1);
        if (s >= 0) {
            long later = http_retry_after(v, now + 86400, max_s);
            CHECK(later >= 0 && later <= s);
        }
    }
    CHECK(http_retry_after(v, now, -1) == -1);
    CHECK(http_retry_after(NULL, now, max_s) == -1);
    free(v);
    return 0;
}
