/* The store: styr's SQLite database (WAL), the only state shared between runs.
 *
 * Tables: indicators, series (indicator x area x gender x period kind), observations (every
 * vintage of every value, with status, note, source and the provenance of fetched values:
 * request, fetch time, run), requests (each distinct request text once), fetch_state (per source
 * request: validators and the raw body of the last successful response, for conditional and
 * offline runs), runs (the history of commands, with counts and failures), formula_runs (per
 * formula: its hash, what it read and the store's newest value when it last stored its results;
 * computed_inputs, a record per computed value, holds what styr before schema 11 wrote) and
 * indicator_definitions (the history of each indicator's unit, direction, kind and formula hash,
 * with the decision behind a change during a locked mandate period).
 * The schema is created and migrated by an ordered list of migrations keyed by
 * PRAGMA user_version; a file that is not a styr database, or that a newer styr wrote, is refused
 * without being written to. Every function returns STORE_OK or an error code and fills err.
 *
 * Values are written one way only: store_put_rows, a batch of values with their indicators,
 * series; store_formula_done records a formula's run.
 * No other function writes them.
 *
 * Transactions are the caller's: store_begin / store_commit / store_rollback around the writes of
 * one run. Record a run as succeeded only after its data were committed: commit, then call
 * store_run_finish_ex outside a transaction (one statement, its own transaction) or in a short
 * transaction of its own; store_run_finish_ex refuses "succeeded" inside a transaction that has
 * already written data. */
#ifndef STYR_STORE_H
#define STYR_STORE_H

#include <stddef.h>
#include <stdint.h>

enum {
    STORE_OK = 0,
    STORE_ERROR = 1,    /* SQLite or I/O failure (disk full included) */
    STORE_REFUSED = 2,  /* not a styr database, newer schema, damaged file */
    STORE_BUSY = 3,     /* another process holds the write lock past the busy timeout */
    STORE_INVALID = 4,  /* bad argument from the caller */
    STORE_CONFLICT = 5, /* someone else saved a newer version first (store_entries.c) */
};

/* What store_put_rows did with each value. */
enum {
    STORE_UNCHANGED = 0, /* equal to the latest vintage: nothing written */
    STORE_NEW = 1,       /* no earlier vintage of (series, period): first vintage written */
    STORE_CHANGED = 2,   /* differs from the latest vintage: a new vintage written */
};

#define STORE_SCHEMA_VERSION 11

/* The page size of a new store (an existing store keeps the one it was made with). */
#define STORE_PAGE_SIZE 16384
#define STORE_PAGE_SIZE_TEXT "16384"
#define STORE_APPLICATION_ID 0x53545952 /* "STYR" */
#define STORE_DEFAULT_BUSY_MS 5000

typedef struct store store;

typedef struct store_observation {
    int has_value;       /* value is meaningful */
    double value;        /* finite; NaN and infinities are refused */
    const char *text;    /* value of a text indicator, or NULL */
    const char *status;  /* "ok", "missing", "preliminary", "confidential" */
    const char *note;    /* reason for a missing value or a note on the value, or NULL */
    const char *source;  /* where the value came from: "config:FILE:LINE", a URL, a file */
    const char *vintage; /* when the value became known (UTC, ISO 8601) */
    /* Provenance of a fetched value; NULL and 0 for a value typed into the configuration. */
    const char *request;    /* the request: "GET URL" or "POST URL\nBODY"; never a header, and
                             * URLs with secrets redacted (http_redact_url) by the caller */
    const char *fetched_at; /* when the response arrived (UTC, ISO 8601) */
    int64_t run_id;         /* the run that brought this vintage; 0: none */
} store_observation;

/* One latest-vintage row, as handed to store_latest_each's callback. Strings live until the
 * callback returns. */
typedef struct store_row {
    const char *area;
    const char *gender;
    const char *period_kind;
    const char *period;
    store_observation obs;
} store_row;

typedef int (*store_row_cb)(void *ud, const store_row *row);

/* Opens (creating when missing) and migrates a styr store. Opening is cheap: it reads the
 * schema and the first page of each table, and runs SQLite's quick_check (every page) only when
 * the last writer left its write-ahead log behind (killed, or a power cut). A damaged file is
 * refused (STORE_REFUSED) and left untouched. */
int store_open(const char *path, int busy_ms, store **out, char *err, size_t errlen);

/* Checks the whole file on demand: SQLite's quick_check, or with full its integrity_check (also
 * every index against its table). STORE_OK, or STORE_REFUSED with what to do in err. */
int store_check(store *s, int full, char *err, size_t errlen);

/* The version of the SQLite library the store runs on ("3.40.1"), for styr --version. */
const char *store_sqlite_version(void);
void store_close(store *s);
const char *store_path(const store *s);

/* The version of the SQLite library styr runs with ("3.40.1"). */
const char *store_sqlite_version(void);

/* Write transactions: BEGIN IMMEDIATE, so a second writer waits busy_timeout and then fails
 * clearly instead of failing half-way. A failed commit is rolled back. */
int store_begin(store *s, char *err, size_t errlen);
int store_commit(store *s, char *err, size_t errlen);
int store_rollback(store *s);

/* Calls cb for the latest vintage of every (series, period) of an indicator, ordered by area,
 * gender and period. A non-zero return from cb stops and is returned. */
int store_latest_each(store *s, const char *indicator, store_row_cb cb, void *ud, char *err,
                      size_t errlen);

/* The same with a choice: as_of (NULL: no limit) keeps only vintages at or before that UTC time
 * (ISO 8601 text, compared as text); all_vintages hands every vintage (ordered by area, gender,
 * period, then oldest first) instead of the latest of each (series, period). */
int store_observations_each(store *s, const char *indicator, const char *as_of, int all_vintages,
                            store_row_cb cb, void *ud, char *err, size_t errlen);

/* The same, also limited to the rows stored before a point: before_seq > 0 keeps only the rows
 * numbered below before_seq (a sign-off's values_before: exactly what the store held when the
 * sign-off was written, whatever vintage times the rows carry); 0: no such limit. */
int store_observations_each_before(store *s, const char *indicator, const char *as_of,
                                   int64_t before_seq, int all_vintages, store_row_cb cb, void *ud,
                                   char *err, size_t errlen);

/* The store's data version: *v changes whenever data were committed since the last call, by this
 * connection or any other (another styr process, a fetch while styr serve runs); equal values
 * mean nothing was written in between. For caches of what was built from the store. */
int store_data_version(store *s, int64_t *v, char *err, size_t errlen);

/* ---- writing values: the one way ------------------------------------------------------------ */

/* One value for store_put_rows: its indicator (with the indicator's definition when the store
 * may not know it yet), its series (area, gender, period kind), its period and its observation.
 * The strings are the caller's and are only read during the call. */
typedef struct store_value {
    const char *indicator;   /* required */
    const char *title;       /* the indicator's definition: with a title, title, unit and
                              * direction are stored (an unchanged definition writes nothing);
                              * NULL: the store must know the indicator already */
    const char *unit;        /* NULL: none */
    const char *direction;   /* NULL: none */
    const char *area;        /* required */
    const char *gender;      /* "T", "K" or "M" */
    const char *period_kind; /* required: "year", "tertial", "month", … */
    const char *period;      /* required */
    store_observation obs;   /* status ok, missing, preliminary or confidential; source and
                              * vintage required */
} store_value;

/* How many values of a batch were written as a first vintage, as a new vintage, or not at all. */
typedef struct store_put_counts {
    int64_t n_new, n_changed, n_unchanged;
} store_put_counts;

/* Stores n values, in order, and counts them. Each value's indicator definition is stored (once
 * per call, dated with that value's vintage) when the value carries one, its series is found or
 * created, and its observation is compared with the latest vintage of (series, period): value,
 * text, status and note, not source or provenance (the same figure from elsewhere is no news).
 * Equal: nothing is written (STORE_UNCHANGED); otherwise a vintage row is added (STORE_NEW for
 * the first of the period, STORE_CHANGED after an earlier one). Values of one (series, period) in
 * one call are compared in order, so a repeated value is unchanged.
 *
 * what (NULL: not wanted) receives STORE_NEW, STORE_CHANGED or STORE_UNCHANGED for each value.
 * All or nothing: inside the caller's transaction (store_begin) a failure undoes the call's
 * writes and leaves the transaction as it was before the call (unless SQLite rolled the whole
 * transaction back, as after a full disk; later writes then fail too); outside a transaction the
 * call is one of its own. A refused value (STORE_INVALID: a missing field, a gender other than
 * T, K or M, a status outside the list, a value that is not finite, a negative run id, an
 * indicator the store does not know given without a title, or one
 * given two different definitions) stops the call with a message naming its row (counted from
 * 1) and the field; nothing of the call is kept. */
int store_put_rows(store *s, const store_value *rows, size_t n, int *what, store_put_counts *counts,
                   char *err, size_t errlen);

/* Records that formula indicator `indicator` (hash formula_hash) has just stored its results,
 * reading the indicators in `inputs` (ids, one per line, sorted): with the store's newest
 * observation, so that store_compute_fresh can tell later whether anything it read, or any of its
 * results, was stored after this. Replaces the indicator's previous record. Inside the caller's
 * transaction (with the results) or as a transaction of its own. */
int store_formula_done(store *s, const char *indicator, const char *formula_hash,
                       const char *inputs, const char *computed_at, char *err, size_t errlen);

/* ---- indicator definitions: what an indicator meant, and since when --------------------------- */

typedef struct store_definition {
    int64_t id;                  /* filled when read; ignored by put */
    const char *indicator;       /* required */
    const char *unit;            /* NULL: none declared */
    const char *direction;       /* NULL: none declared */
    const char *kind;            /* "number" or "text"; required */
    const char *formula_hash;    /* hash of the formula's source and inputs; NULL: no formula */
    const char *formula_at;      /* "FILE:LINE" of the formula when recorded, or NULL */
    const char *changes;         /* what changed since the previous definition, or NULL (first) */
    const char *decision_ref;    /* the decision that allowed the change, or NULL */
    const char *decision_date;   /* its date, YYYY-MM-DD, or NULL */
    const char *decision_change; /* the decision's own words on what changed, or NULL */
    const char *recorded_at;     /* UTC, ISO 8601; required */
} store_definition;

typedef int (*store_definition_cb)(void *ud, const store_definition *d);

/* Adds a definition to an indicator's history, in the caller's transaction; earlier rows are
 * never changed. */
int store_definition_put(store *s, const store_definition *d, char *err, size_t errlen);

/* Calls cb for every recorded definition of one indicator or (NULL) all, ordered by indicator
 * and then oldest first (strings live until cb returns). A non-zero return from cb stops and is
 * returned. */
int store_definitions_each(store *s, const char *indicator, store_definition_cb cb, void *ud,
                           char *err, size_t errlen);

/* ---- fetch state: one row per (source, request key) ---------------------------------------- */

typedef struct store_fetch_state {
    const char *request; /* the request, as in store_observation; NULL: none (put: keep) */
    const char *etag;    /* the response's validators; NULL when it had none */
    const char *last_modified;
    const char *content_type; /* of the body; NULL when unknown */
    const void *body;         /* the raw body; put: NULL keeps the stored one (an answer 304) */
    size_t body_len;
    long status;            /* HTTP status of the response that brought the body (2xx) */
    const char *fetched_at; /* when the last successful answer (2xx or 304) arrived */
    int64_t run_id;         /* the run of that answer; 0: none */
    /* Filled when read, ignored by put: */
    const char *body_hash;  /* "fnv1a64:" and 16 hex digits, see store_hash */
    const char *changed_at; /* fetched_at of the answer that last brought a different body */
} store_fetch_state;

/* key is the request key; st is valid until the callback returns (body NULL unless asked for). */
typedef int (*store_fetch_state_cb)(void *ud, const char *key, const store_fetch_state *st);

/* Calls cb once with the state of (source, key) when one is stored (not at all otherwise);
 * with_body: also read the body (body_len is always set). cb's non-zero return is returned. */
int store_fetch_state_get(store *s, const char *source, const char *key, int with_body,
                          store_fetch_state_cb cb, void *ud, char *err, size_t errlen);

/* Saves the state of (source, key) after a successful answer, in the caller's transaction (the
 * same one as the values parsed from it, so that both or neither are kept). With a body: replaces
 * everything; *body_changed is 1 when no body was stored or its bytes differ, and changed_at moves
 * to fetched_at only then. Without a body (304): keeps body, status, content type and changed_at,
 * updates fetched_at, run_id, and etag / last_modified / request where given; *body_changed is 0;
 * STORE_INVALID when nothing is stored. */
int store_fetch_state_put(store *s, const char *source, const char *key,
                          const store_fetch_state *st, int *body_changed, char *err, size_t errlen);

/* Calls cb for every stored response of a source, ordered by request key (styr fetch --offline).
 * A non-zero return from cb stops and is returned. */
int store_responses_each(store *s, const char *source, int with_body, store_fetch_state_cb cb,
                         void *ud, char *err, size_t errlen);

/* Writes the 64-bit FNV-1a hash of data as "fnv1a64:" and 16 lowercase hex digits into out
 * (at least STORE_HASH_SIZE bytes): the body_hash of the fetch state. A change detector, not a
 * security measure (put compares the bytes themselves). */
#define STORE_HASH_SIZE 25
void store_hash(const void *data, size_t len, char out[STORE_HASH_SIZE]);

/* ---- run history --------------------------------------------------------------------------- */

/* The end of a run. Numbers below zero are "not recorded" (NULL); start from
 * STORE_RUN_RESULT_INIT. */
typedef struct store_run_result {
    const char *finished; /* UTC, ISO 8601; required */
    const char *outcome;  /* "succeeded", "failed" or "skipped" (a second, overlapping run) */
    const char *message;  /* summary line, or NULL */
    const char *error;    /* what went wrong (no secrets), or NULL */
    const char *source;   /* job or source name; NULL keeps what run_start recorded */
    const char *trigger;  /* "manual", "schedule", "catch-up"; NULL keeps the recorded one */
    int64_t n_new, n_changed, n_unchanged; /* values written as first vintage / new vintage / not */
    int64_t bytes;                         /* bytes transferred */
    int64_t duration_ms;                   /* wall time of the run */
    long http_status;                      /* status of the last failed answer; <= 0: none */
    int attempts;                          /* HTTP requests made, retries included */
} store_run_result;

#define STORE_RUN_RESULT_INIT                                                                      \
    {                                                                                              \
        .n_new = -1, .n_changed = -1, .n_unchanged = -1, .bytes = -1, .duration_ms = -1,           \
        .http_status = 0, .attempts = -1                                                           \
    }

/* A row of the history, as handed to store_runs_each's callback (strings live until it returns;
 * r.finished is NULL while the run is going on). */
typedef struct store_run {
    int64_t id;
    const char *command;
    const char *started;
    store_run_result r;
    /* What the run was (store_run_note; NULL / 0 when not recorded): the scheduler's slot it
     * belongs to (UTC, ISO 8601), the base URL a fetch used, its warnings (one per line) and the
     * configuration snapshot it ran with. */
    const char *slot;
    const char *base_url;
    const char *warnings;
    int64_t config_snapshot;
} store_run;

typedef struct store_run_filter {
    const char *source; /* only runs of this job or source; NULL: all */
    int failed_only;    /* only runs whose outcome is "failed" */
    int limit;          /* at most this many; <= 0: all */
} store_run_filter;

typedef int (*store_run_cb)(void *ud, const store_run *run);

/* Records the start of a run (outcome "running"); the legacy form has no source and trigger
 * "manual". *run_id is the new run's id. */
int store_run_start(store *s, const char *command, const char *started, int64_t *run_id, char *err,
                    size_t errlen);
int store_run_start_ex(store *s, const char *command, const char *source, const char *trigger,
                       const char *started, int64_t *run_id, char *err, size_t errlen);

/* Records the end of a run. "succeeded" is refused (STORE_INVALID) inside a transaction that has
 * written data: commit the data first. STORE_INVALID also for an unknown run id. */
int store_run_finish_ex(store *s, int64_t run_id, const store_run_result *res, char *err,
                        size_t errlen);
/* The same with only finished, outcome and message (counts not recorded). */
int store_run_finish(store *s, int64_t run_id, const char *finished, const char *outcome,
                     const char *message, char *err, size_t errlen);

/* Calls cb for the runs that pass the filter (NULL: all), newest (highest id) first. A non-zero
 * return from cb stops and is returned. */
int store_runs_each(store *s, const store_run_filter *f, store_run_cb cb, void *ud, char *err,
                    size_t errlen);

/* ---- what a run was, and the configuration it ran with (store_snapshots.c) -------------------
 *
 * A configuration snapshot is the set of a configuration folder's files a run loaded (paths
 * relative to the folder, and their bytes). It is content-addressed: each distinct file content
 * is stored once, each distinct set of files once, so a run that loads an unchanged
 * configuration adds nothing but the run's reference to it. `styr report --as-of` renders with
 * the snapshot in force then. */

typedef struct store_config_file {
    const char *path; /* relative to the configuration folder; unique within a snapshot */
    const void *body; /* the file's bytes (NULL only when len is 0) */
    size_t len;
} store_config_file;

/* Stores the n files as one snapshot (in the caller's transaction, or one of its own; all or
 * nothing), or finds the same snapshot stored before: *snapshot_id is its id, *is_new 1 when it
 * was added now. created_at (UTC, ISO 8601) is kept for a new snapshot. STORE_INVALID for no
 * files, a file without a path, or a path given twice. */
int store_snapshot_put(store *s, const store_config_file *files, size_t n, const char *created_at,
                       int64_t *snapshot_id, int *is_new, char *err, size_t errlen);

/* One snapshot, as handed to the callbacks below (strings live until the callback returns). */
typedef struct store_snapshot {
    int64_t id;
    const char *digest;     /* "fnv1a64:…" of its paths and contents, for people to compare */
    const char *created_at; /* when it was first stored */
    int64_t files;
    /* store_snapshot_at only: the run that used it last at or before the time asked for. */
    int64_t run_id;
    const char *run_command;
    const char *run_started;
} store_snapshot;

typedef int (*store_snapshot_cb)(void *ud, const store_snapshot *sn);

/* The snapshot in force at as_of (UTC, ISO 8601; compared as text): the one of the newest
 * succeeded run started at or before as_of that recorded one. Calls cb once when there is one,
 * not at all otherwise; cb's non-zero return is returned. */
int store_snapshot_at(store *s, const char *as_of, store_snapshot_cb cb, void *ud, char *err,
                      size_t errlen);

/* The oldest snapshot any run recorded (cb called once, run fields of that run), or none. */
int store_snapshot_first(store *s, store_snapshot_cb cb, void *ud, char *err, size_t errlen);

typedef int (*store_config_file_cb)(void *ud, const store_config_file *f);

/* Calls cb for every file of snapshot id, ordered by path; STORE_INVALID for an unknown id. */
int store_snapshot_files_each(store *s, int64_t id, store_config_file_cb cb, void *ud, char *err,
                              size_t errlen);

/* What a run was, recorded beside its outcome (NULL / 0: keep what is recorded). */
typedef struct store_run_note {
    const char *slot;        /* the scheduler's slot the run belongs to (UTC, ISO 8601) */
    const char *base_url;    /* the base URL a fetch used */
    const char *warnings;    /* the run's warnings, one per line ("" clears them) */
    int64_t config_snapshot; /* the configuration snapshot it ran with */
} store_run_note;

/* Records n of run run_id (its own statement; in the caller's transaction when one is open).
 * STORE_INVALID for an unknown run or an unknown snapshot. */
int store_run_note_put(store *s, int64_t run_id, const store_run_note *n, char *err, size_t errlen);

/* ---- status (styr status) ------------------------------------------------------------------ */

/* One source: every name found in the run history or the fetch state. */
typedef struct store_source_status {
    const char *source;
    const char *last_success; /* finished_at of its newest succeeded run, or NULL */
    const char *last_run;     /* started_at of its newest run, or NULL */
    const char *last_outcome; /* that run's outcome, or NULL */
    const char *last_error;   /* that run's error, or NULL */
    const char *last_fetched; /* newest fetched_at of its stored responses, or NULL */
    const char *last_changed; /* newest changed_at of its stored responses, or NULL */
    int64_t responses;        /* stored responses */
} store_source_status;

/* One (indicator, area, period kind), genders taken together. */
typedef struct store_series_status {
    const char *indicator;
    const char *area;
    const char *period_kind;
    const char *newest_period; /* greatest period (as text) whose latest vintage is not
                                * "missing", or NULL when every period is missing */
    const char *last_changed;  /* newest vintage of any of its values */
    int64_t periods;           /* distinct periods stored (all genders), counted only when
                                * every period is missing (newest_period NULL), else -1: status
                                * reads the series' kept summary, not their observations */
} store_series_status;

typedef int (*store_source_status_cb)(void *ud, const store_source_status *st);
typedef int (*store_series_status_cb)(void *ud, const store_series_status *st);

/* Calls cb for every source, ordered by name. A non-zero return from cb stops and is returned. */
int store_source_status_each(store *s, store_source_status_cb cb, void *ud, char *err,
                             size_t errlen);

/* Calls cb for every (indicator, area, period kind) with values, of one indicator or (NULL) all,
 * ordered by indicator, area and period kind. A non-zero return from cb stops and is returned. */
int store_series_status_each(store *s, const char *indicator, store_series_status_cb cb, void *ud,
                             char *err, size_t errlen);

/* ---- web entries, sign-off and audit (styr serve; store_entries.c) --------------------------
 *
 * An entry is what a responsible officer writes for one (kind, subject, period): kind "analysis"
 * (subject: an indicator), "activity" (subject: an activity's id; status and text as comment) or
 * "value" (subject: an indicator the municipality measures itself). Every save adds a version;
 * nothing is overwritten. Saves are optimistic: the caller names the version it edited
 * (0: none yet) and gets STORE_CONFLICT when another save came first. A sign-off row is the
 * state of one body's part of a report's period; the approved row's time is the as-of time of
 * the approved version, and the row records how far the store's entries and observations went
 * when it was written (entries_before, values_before), so that the approved version is exactly
 * what the store held at the approval, even for a change saved in the same second. Writes happen in
 * the caller's transaction (store_begin), so that the entry and its audit row are kept together
 * or not at all. */

typedef struct store_entry {
    int64_t id;          /* filled when read */
    const char *kind;    /* "analysis", "activity", "value" */
    const char *subject; /* indicator or activity id */
    const char *period;  /* the reporting period */
    int64_t version;     /* filled when read; put: ignored (the next one is taken) */
    const char *body;    /* the responsible body, or NULL */
    const char *text;    /* analysis (Markdown) or comment, or NULL */
    const char *status;  /* activity status, or NULL */
    int has_value;
    double value;       /* finite */
    const char *author; /* the user who saved it */
    const char *at;     /* UTC, ISO 8601 */
} store_entry;

typedef struct store_entry_filter {
    const char *kind, *subject, *period, *body; /* NULL: any */
    const char *as_of;                          /* only versions saved at or before; NULL: all */
    int64_t before_id; /* only entries with id < before_id (a sign-off's entries_before); 0: all */
    int all_versions;  /* every version, not only the latest */
} store_entry_filter;

typedef int (*store_entry_cb)(void *ud, const store_entry *e);

/* Adds a version of (kind, subject, period). expected is the version the user edited (0 for a
 * first entry); when another version is newer, nothing is written and STORE_CONFLICT is
 * returned with *version set to the newest one. Otherwise *version is the new version. */
int store_entry_put(store *s, const store_entry *e, int64_t expected, int64_t *version, char *err,
                    size_t errlen);

/* Calls cb for the entries that pass the filter (NULL: latest of all), ordered by kind, subject,
 * period and version. A non-zero return from cb stops and is returned. */
int store_entries_each(store *s, const store_entry_filter *f, store_entry_cb cb, void *ud,
                       char *err, size_t errlen);

typedef struct store_signoff {
    int64_t id;
    const char *report, *period, *body;
    int64_t version;     /* filled when read */
    const char *state;   /* "draft", "submitted", "approved", "returned" */
    const char *comment; /* a returned part's reason, or NULL */
    const char *by;      /* the user */
    const char *at;      /* UTC, ISO 8601: for "approved", the as-of time of the approved version */
    /* Filled when read (put records them): the id the next entry and the seq the next
     * observation would have had when the row was written (so at least 1), the exact extent of
     * the approved version; 0 for rows older than schema 6. */
    int64_t entries_before, values_before;
} store_signoff;

typedef int (*store_signoff_cb)(void *ud, const store_signoff *so);

/* Adds a sign-off state, optimistic as store_entry_put. */
int store_signoff_put(store *s, const store_signoff *so, int64_t expected, int64_t *version,
                      char *err, size_t errlen);

/* Calls cb for the sign-off rows of report and period (NULL: any), latest per body or, with
 * all_versions, every row; ordered by report, period, body and version. */
int store_signoffs_each(store *s, const char *report, const char *period, int all_versions,
                        store_signoff_cb cb, void *ud, char *err, size_t errlen);

typedef struct store_audit {
    int64_t id;
    const char *at;      /* UTC, ISO 8601 */
    const char *user;    /* who */
    const char *address; /* the client's address as the trusted proxy gave it, or NULL */
    const char *action;  /* "entry", "submit", "approve", "return", "refused", … */
    const char *target;  /* what: "analysis/hushall_fsd/2019-05-30", … */
    const char *detail;  /* more, or NULL */
} store_audit;

typedef int (*store_audit_cb)(void *ud, const store_audit *a);

/* Adds an audit row (in the caller's transaction when one is open). */
int store_audit_add(store *s, const store_audit *a, char *err, size_t errlen);

/* Calls cb for the audit rows of user (NULL: everyone), newest first, at most limit (<= 0: all). */
int store_audit_each(store *s, const char *user, int limit, store_audit_cb cb, void *ud, char *err,
                     size_t errlen);

#endif
