/* A map from strings (bytes with a length) to size_t, by open addressing: for codes and ids
 * that arrive by the thousands and are looked up per event. The keys are not copied: each must
 * stay in place while the map holds it. */
#ifndef STYR_STRMAP_H
#define STYR_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct strmap_entry {
    const char *key; /* NULL: an empty slot */
    size_t len;
    uint64_t hash;
    size_t value;
} strmap_entry;

/* Zero-initialised ({0}) it is empty; at most half full. */
typedef struct strmap {
    strmap_entry *e;
    size_t cap, n;
} strmap;

/* 1 and *value when key s (len bytes) is in the map, else 0. */
int strmap_get(const strmap *m, const char *s, size_t len, size_t *value);

/* Adds key s (len bytes, not in the map yet). Returns 0, or -1 when out of memory. */
int strmap_put(strmap *m, const char *s, size_t len, size_t value);

/* Releases the slots (not the keys); the map is empty again. */
void strmap_free(strmap *m);

#endif
