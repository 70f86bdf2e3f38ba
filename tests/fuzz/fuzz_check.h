/* CHECK(cond) for the harnesses: an invariant that does not hold prints where and what, then
 * aborts, which libFuzzer reports as a crash (and the replay under make test as a failure). */
#ifndef STYR_FUZZ_CHECK_H
#define STYR_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

#endif
