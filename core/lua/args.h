/* Reading a binding's table arguments the one way (CONVENTIONS item 23): an options table
 * (json.decode's { max_depth = … }), a record (db:put's observation, an http.fetch request) or a
 * description (xlsx.workbook's sheets). Every key must be one the function knows, with a value of
 * a type it accepts:
 *
 *   json.decode options: unknown field 'max_dpeth' (did you mean 'max_depth'?)
 *   json.decode options: field 'max_depth' must be an integer, not a string
 *   json.decode options: field 'max_depth' must be an integer from 1 to 1000000, not 0
 *
 * The closest known key is found by edit distance, ignoring case, as the configuration language
 * does for its constructors (scripts/lib/util.lua). With no close key, the message lists the known
 * ones. Values are read raw (no metamethods), so a string read here is held by the table for as
 * long as the table is on the stack. */
#ifndef STYR_LUA_ARGS_H
#define STYR_LUA_ARGS_H

#include <lua.h>

/* The types a field accepts, or-ed together. */
enum {
    ARGS_STRING = 1 << 0,
    ARGS_INTEGER = 1 << 1, /* a number with an integral value: 3 or 3.0 */
    ARGS_NUMBER = 1 << 2,  /* any number */
    ARGS_BOOLEAN = 1 << 3,
    ARGS_TABLE = 1 << 4,
    ARGS_FUNCTION = 1 << 5,
    ARGS_ANY = 1 << 6, /* any value: the binding checks it itself */
};

/* One known key and the types its value may take; a list of them ends with {NULL, 0}. */
typedef struct args_field {
    const char *name;
    int types;
} args_field;

/* A checked table. `what` names the function and the table for messages ("json.decode options",
 * "http.fetch request 3") and must outlive the args. */
typedef struct args {
    lua_State *L;
    int idx; /* absolute stack index of the table; 0 when the optional table was not given */
    const char *what;
    const args_field *fields;
} args;

/* Checks argument `arg` of the running C function: a table whose keys are all in fields with
 * values of their types. When optional, none or nil is accepted as an absent table (every
 * getter then returns its default). Raises a Lua error otherwise; for an argument that is not a
 * table, "bad argument #arg to 'f' (expected FORM, got TYPE)", or Lua's "table expected" when
 * form is NULL. */
void args_check_arg(args *a, lua_State *L, int arg, int optional, const char *what,
                    const args_field *fields, const char *form);

/* The same for a table that is not an argument (an entry of a list, a nested table) at idx. */
void args_check_table(args *a, lua_State *L, int idx, const char *what, const args_field *fields);

/* The check without raising, for callers that add their own context: returns NULL when the table
 * at idx is fine, else pushes a message ("unknown field 'x' (did you mean 'y'?)") and returns it. */
const char *args_problem(lua_State *L, int idx, const args_field *fields);

/* Getters, for keys of the fields list (a key left out of it is a mistake in styr: an error).
 * Each returns def when the key is absent. */
int args_has(const args *a, const char *key);
const char *args_string(const args *a, const char *key, size_t *len); /* NULL when absent */
int args_boolean(const args *a, const char *key, int def);
/* An integer in lo..hi; outside it, an error naming the range. */
lua_Integer args_integer(const args *a, const char *key, lua_Integer def, lua_Integer lo,
                         lua_Integer hi);
/* A finite number in lo..hi (-HUGE_VAL..HUGE_VAL: any finite number); `noun` says what it is
 * ("a number of seconds"), NULL for "a number". */
double args_number(const args *a, const char *key, double def, double lo, double hi,
                   const char *noun);

/* Any number, NaN and infinities included, for a value the C module checks itself. */
double args_number_any(const args *a, const char *key, double def);

/* One field as args_scan read it. */
typedef struct args_value {
    int type;        /* LUA_TNIL when the field is absent, else its Lua type */
    const char *str; /* a string's bytes, held by the table */
    lua_Number num;  /* a number */
    lua_Integer integer;
    int is_integer; /* the number has an integer representation (integer is set) */
} args_value;

/* Reads every field of the table at idx in one pass, for a caller that reads many tables of the
 * same form (db:put_rows' rows): out[k] is the field fields[k] (out has one entry per field).
 * Returns 0, or -1 when the table has a key that is not a field or a value of the wrong type:
 * the caller then calls args_check_table, whose message names the problem. */
int args_scan(lua_State *L, int idx, const args_field *fields, args_value *out);

/* Raises "WHAT: field 'KEY' must be EXPECTED, not VALUE" for a check the getters do not make
 * (a string that must be whitespace, a method that must be GET or POST). */
int args_field_error(const args *a, const char *key, const char *expected);

#endif
