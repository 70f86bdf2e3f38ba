/* What styr compute and the report ask the store beyond one indicator's rows: whether a formula's
 * stored results are still those of its inputs (so compute can leave the formula alone without
 * reading a value), and the latest rows of an indicator for a few areas only (the report's home
 * municipality and its peers, not the whole country). Part of the store (store.h). */
#ifndef STYR_STORE_COMPUTE_H
#define STYR_STORE_COMPUTE_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

/* Whether the stored results of formula indicator `indicator` are current: it has results, its
 * last run is recorded (store_formula_done) with the formula whose hash is formula_hash, and no
 * value of any indicator it read (the declared `inputs`, n of them, and every indicator in its
 * record) nor any of its own results was stored after that run. *fresh is 1 or 0, *cells the
 * number of results, *missing how many of them are missing. When *fresh is 0 the caller computes
 * the formula again (store_put_rows then writes only the values that changed). */
int store_compute_fresh(store *s, const char *indicator, const char *const *inputs, size_t n,
                        const char *formula_hash, int *fresh, int64_t *cells, int64_t *missing,
                        char *err, size_t errlen);

/* Calls cb for the latest vintage of every (series, period) of an indicator whose area is one of
 * areas (n of them), ordered by area, gender and period; as_of (NULL: no limit) and before_seq
 * (0: no limit) as in store_observations_each_before. A non-zero return from cb stops and is
 * returned. */
int store_latest_in_areas(store *s, const char *indicator, const char *const *areas, size_t n,
                          const char *as_of, int64_t before_seq, store_row_cb cb, void *ud,
                          char *err, size_t errlen);

/* Calls cb for the latest vintage of every (series, period) of an indicator, known at as_of (NULL:
 * no limit), with its place, value, text, status, note and vintage only (no provenance: source,
 * request, fetched_at and run_id are NULL and 0): what a formula reads. Ordered by area, gender,
 * period kind and period, as the store's indexes hold them, so that nothing is sorted; *in_order
 * is 1 when that is also the order of area, gender and period (no area and gender has periods of
 * two kinds), else 0. A non-zero return from cb stops and is returned. */
int store_latest_values_each(store *s, const char *indicator, const char *as_of, store_row_cb cb,
                             void *ud, int *in_order, char *err, size_t errlen);

/* Calls cb for the latest vintage of every (series, period) of an indicator whose source begins
 * with prefix ("config:": the values typed into the configuration that are still in force),
 * ordered by area, gender and period. A non-zero return from cb stops and is returned. */
int store_latest_from(store *s, const char *indicator, const char *prefix, store_row_cb cb,
                      void *ud, char *err, size_t errlen);

#endif
