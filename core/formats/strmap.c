/* The string map: FNV-1a hashing with a per-process seed (so that codes crafted to collide in
 * one run need not collide in the next), linear probing, doubling at half full. */
#include "formats/strmap.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t hash_seed;

static uint64_t hash(const char *s, size_t len)
{
    if (hash_seed == 0)
        hash_seed =
            (((uint64_t)time(NULL) * 0x9e3779b97f4a7c15ULL) ^ (uint64_t)(uintptr_t)&len) | 1;
    uint64_t h = 0xcbf29ce484222325ULL ^ hash_seed; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return h ^ (h >> 29);
}

/* The slot holding key, or the empty slot where it would go. The map has room (cap > n). */
static strmap_entry *slot(const strmap *m, const char *s, size_t len, uint64_t h)
{
    size_t i = (size_t)h & (m->cap - 1);
    for (;; i = (i + 1) & (m->cap - 1)) {
        strmap_entry *e = &m->e[i];
        if (e->key == NULL || (e->hash == h && e->len == len && memcmp(e->key, s, len) == 0))
            return e;
    }
}

int strmap_get(const strmap *m, const char *s, size_t len, size_t *value)
{
    if (m->cap == 0)
        return 0;
    strmap_entry *e = slot(m, s, len, hash(s, len));
    if (e->key == NULL)
        return 0;
    *value = e->value;
    return 1;
}

/* Adds key (not in the map yet), which must outlive the map. Returns 0, or -1 out of memory. */
int strmap_put(strmap *m, const char *s, size_t len, size_t value)
{
    if (2 * (m->n + 1) > m->cap) {
        strmap bigger = {calloc(m->cap ? m->cap * 2 : 16, sizeof(strmap_entry)),
                         m->cap ? m->cap * 2 : 16, m->n};
        if (bigger.e == NULL)
            return -1;
        for (size_t i = 0; i < m->cap; i++)
            if (m->e[i].key)
                *slot(&bigger, m->e[i].key, m->e[i].len, m->e[i].hash) = m->e[i];
        free(m->e);
        *m = bigger;
    }
    uint64_t h = hash(s, len);
    *slot(m, s, len, h) = (strmap_entry){s, len, h, value};
    m->n++;
    return 0;
}

void strmap_free(strmap *m)
{
    free(m->e);
    m->e = NULL;
    m->cap = m->n = 0;
}
