/* Reading a binding's table arguments: known keys, their types, did-you-mean (args.h). */
#include "lua/args.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

/* Keys longer than this get no suggestion (every known key is far shorter). */
#define NAME_MAX_SUGGEST 64

/* Edit distance between a and b, ignoring ASCII case; both at most NAME_MAX_SUGGEST bytes. */
static size_t distance(const char *a, size_t la, const char *b, size_t lb)
{
    size_t prev[NAME_MAX_SUGGEST + 1], cur[NAME_MAX_SUGGEST + 1];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        int ca = tolower((unsigned char)a[i - 1]);
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = ca == tolower((unsigned char)b[j - 1]) ? 0 : 1;
            size_t best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (prev[j - 1] + cost < best)
                best = prev[j - 1] + cost;
            cur[j] = best;
        }
        memcpy(prev, cur, (lb + 1) * sizeof *prev);
    }
    return prev[lb];
}

/* The known name closest to name, or NULL when none is within max(2, len / 3) edits; ties go to
 * the name first in byte order (as util.closest does in Lua). */
static const char *closest(const char *name, size_t len, const args_field *fields)
{
    if (len > NAME_MAX_SUGGEST)
        return NULL;
    const char *best = NULL;
    size_t best_d = 0;
    for (const args_field *f = fields; f->name; f++) {
        size_t lf = strlen(f->name);
        if (lf > NAME_MAX_SUGGEST)
            continue;
        size_t d = distance(name, len, f->name, lf);
        if (best == NULL || d < best_d || (d == best_d && strcmp(f->name, best) < 0)) {
            best = f->name;
            best_d = d;
        }
    }
    size_t limit = len / 3 > 2 ? len / 3 : 2;
    return best && best_d <= limit ? best : NULL;
}

/* Called for every field of every row db:put_rows converts: the first letters are compared
 * before the whole names (most fields differ there). */
static const args_field *find(const args_field *fields, const char *name)
{
    for (const args_field *f = fields; f->name; f++)
        if (f->name[0] == name[0] && strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

/* Pushes "a string or an integer" for a types mask. */
static const char *push_types(lua_State *L, int types)
{
    static const struct {
        int bit;
        const char *name;
    } names[] = {
        {ARGS_STRING, "a string"},   {ARGS_INTEGER, "an integer"}, {ARGS_NUMBER, "a number"},
        {ARGS_BOOLEAN, "a boolean"}, {ARGS_TABLE, "a table"},      {ARGS_FUNCTION, "a function"},
    };
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    int n = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!(types & names[i].bit))
            continue;
        if (names[i].bit == ARGS_INTEGER && (types & ARGS_NUMBER))
            continue; /* "a number" says it */
        if (n++ > 0)
            luaL_addstring(&b, " or ");
        luaL_addstring(&b, names[i].name);
    }
    luaL_pushresult(&b);
    return lua_tostring(L, -1);
}

/* Whether the value at idx has one of the types. */
static int has_type(lua_State *L, int idx, int types)
{
    if (types & ARGS_ANY)
        return 1;
    switch (lua_type(L, idx)) {
    case LUA_TSTRING:
        return (types & ARGS_STRING) != 0;
    case LUA_TNUMBER:
        if (types & ARGS_NUMBER)
            return 1;
        if (types & ARGS_INTEGER) {
            int isint = 0;
            lua_tointegerx(L, idx, &isint);
            return isint;
        }
        return 0;
    case LUA_TBOOLEAN:
        return (types & ARGS_BOOLEAN) != 0;
    case LUA_TTABLE:
        return (types & ARGS_TABLE) != 0;
    case LUA_TFUNCTION:
        return (types & ARGS_FUNCTION) != 0;
    default:
        return 0;
    }
}

/* Pushes how the value at idx is named in a message: its type ("a table"), or for a number
 * that is not in range or not whole, the number itself. */
static const char *push_given(lua_State *L, int idx, int show_number)
{
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TNUMBER && show_number) {
        lua_pushvalue(L, idx); /* a copy: never convert a key of lua_next in place */
        const char *s = luaL_tolstring(L, -1, NULL);
        lua_remove(L, -2);
        return s;
    }
    const char *type = luaL_typename(L, idx);
    return lua_pushfstring(L, "%s %s", strchr("aeiou", type[0]) ? "an" : "a", type);
}

/* Pushes "a, b, c" of the known names. */
static const char *push_known(lua_State *L, const args_field *fields)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (const args_field *f = fields; f->name; f++) {
        if (f != fields)
            luaL_addstring(&b, ", ");
        luaL_addstring(&b, f->name);
    }
    luaL_pushresult(&b);
    return lua_tostring(L, -1);
}

/* Pushes the message for the unknown key at idx. */
static const char *push_unknown(lua_State *L, int idx, const args_field *fields)
{
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) != LUA_TSTRING) {
        const char *given = push_given(L, idx, 1);
        const char *known = push_known(L, fields);
        return lua_pushfstring(L, "a field name must be a string, not %s (known: %s)", given,
                               known);
    }
    size_t len;
    const char *k = lua_tolstring(L, idx, &len);
    const char *c = closest(k, len, fields);
    if (c)
        return lua_pushfstring(L, "unknown field '%s' (did you mean '%s'?)", k, c);
    return lua_pushfstring(L, "unknown field '%s' (known: %s)", k, push_known(L, fields));
}

/* Replaces everything above top with the message on top of the stack; returns it. */
static const char *keep_message(lua_State *L, int top)
{
    lua_replace(L, top + 1);
    lua_settop(L, top + 1);
    return lua_tostring(L, -1);
}

const char *args_problem(lua_State *L, int idx, const args_field *fields)
{
    idx = lua_absindex(L, idx);
    luaL_checkstack(L, 8, "checking a table argument");
    int top = lua_gettop(L);
    /* Unknown keys first. Tables iterate in no fixed order, so the one named is the first in
     * byte order (a key that is not a string before any), the same on every run. */
    int wrong_type = 0;
    lua_pushnil(L);                 /* stack: …, worst */
    lua_pushnil(L);                 /* stack: …, worst, key */
    while (lua_next(L, idx) != 0) { /* stack: …, worst, key, value */
        int is_string = lua_type(L, -2) == LUA_TSTRING;
        const args_field *f = is_string ? find(fields, lua_tostring(L, -2)) : NULL;
        if (f && !has_type(L, -1, f->types))
            wrong_type = 1;
        lua_pop(L, 1);
        if (f)
            continue;
        int worse = lua_isnil(L, -2) ||
            (lua_type(L, -2) == LUA_TSTRING &&
             (!is_string || strcmp(lua_tostring(L, -1), lua_tostring(L, -2)) < 0));
        if (worse) {
            lua_pushvalue(L, -1);
            lua_replace(L, -3);
        }
    }
    if (!lua_isnil(L, -1)) { /* stack: …, worst */
        push_unknown(L, -1, fields);
        return keep_message(L, top);
    }
    lua_pop(L, 1);
    if (!wrong_type)
        return NULL;
    /* Then types, in the order of the fields list. */
    for (const args_field *f = fields; f->name; f++) {
        lua_pushstring(L, f->name);
        if (lua_rawget(L, idx) != LUA_TNIL && !has_type(L, -1, f->types)) {
            const char *expected = push_types(L, f->types);
            /* 1.5 where an integer belongs: name the number, not its type */
            const char *given =
                push_given(L, -2, lua_type(L, -2) == LUA_TNUMBER && (f->types & ARGS_INTEGER));
            lua_pushfstring(L, "field '%s' must be %s, not %s", f->name, expected, given);
            return keep_message(L, top);
        }
        lua_pop(L, 1);
    }
    return NULL;
}

static void check(args *a, lua_State *L, int idx, const char *what, const args_field *fields)
{
    a->L = L;
    a->idx = lua_absindex(L, idx);
    a->what = what;
    a->fields = fields;
    if (args_problem(L, a->idx, fields) != NULL)
        luaL_error(L, "%s: %s", what, lua_tostring(L, -1));
}

void args_check_arg(args *a, lua_State *L, int arg, int optional, const char *what,
                    const args_field *fields, const char *form)
{
    if (optional && lua_isnoneornil(L, arg)) {
        *a = (args){L, 0, what, fields};
        return;
    }
    if (lua_type(L, arg) != LUA_TTABLE && form == NULL)
        luaL_typeerror(L, arg, "table"); /* "bad argument #2 to 'decode' (table expected, …)" */
    if (lua_type(L, arg) != LUA_TTABLE)
        luaL_argerror(L, arg,
                      lua_pushfstring(L, "expected %s, got %s", form, luaL_typename(L, arg)));
    check(a, L, arg, what, fields);
}

void args_check_table(args *a, lua_State *L, int idx, const char *what, const args_field *fields)
{
    if (lua_type(L, idx) != LUA_TTABLE)
        luaL_error(L, "%s: expected a table, got %s", what, push_given(L, idx, 0));
    check(a, L, idx, what, fields);
}

int args_scan(lua_State *L, int idx, const args_field *fields, args_value *out)
{
    idx = lua_absindex(L, idx);
    size_t n = 0;
    for (const args_field *f = fields; f->name; f++)
        out[n++] = (args_value){LUA_TNIL, NULL, 0, 0, 0};
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: …, key, value */
        if (lua_type(L, -2) != LUA_TSTRING) {
            lua_pop(L, 2);
            return -1;
        }
        size_t len;
        const char *key = lua_tolstring(L, -2, &len); /* a string key: no conversion in place */
        size_t k = 0;
        while (k < n &&
               !(fields[k].name[0] == key[0] && strlen(fields[k].name) == len &&
                 memcmp(fields[k].name, key, len) == 0))
            k++;
        if (k == n || !has_type(L, -1, fields[k].types)) {
            lua_pop(L, 2);
            return -1;
        }
        args_value *v = &out[k];
        v->type = lua_type(L, -1);
        if (v->type == LUA_TSTRING) {
            v->str = lua_tostring(L, -1); /* held by the table */
        } else if (v->type == LUA_TNUMBER) {
            v->num = lua_tonumber(L, -1);
            v->integer = lua_tointegerx(L, -1, &v->is_integer);
        }
        lua_pop(L, 1);
    }
    return 0;
}

/* Pushes the value of key (raw), after checking that key is one of the fields. */
static int get(const args *a, const char *key)
{
    if (find(a->fields, key) == NULL)
        luaL_error(a->L, "%s: styr reads field '%s', which it does not declare", a->what, key);
    if (a->idx == 0) {
        lua_pushnil(a->L);
        return LUA_TNIL;
    }
    lua_pushstring(a->L, key);
    return lua_rawget(a->L, a->idx);
}

int args_has(const args *a, const char *key)
{
    int t = get(a, key);
    lua_pop(a->L, 1);
    return t != LUA_TNIL;
}

const char *args_string(const args *a, const char *key, size_t *len)
{
    const char *s = NULL;
    if (get(a, key) == LUA_TSTRING)
        s = lua_tolstring(a->L, -1, len); /* held by the table */
    else if (len)
        *len = 0;
    lua_pop(a->L, 1);
    return s;
}

int args_boolean(const args *a, const char *key, int def)
{
    int v = get(a, key) == LUA_TBOOLEAN ? lua_toboolean(a->L, -1) : def;
    lua_pop(a->L, 1);
    return v;
}

/* Raises "WHAT: field 'KEY' must be EXPECTED, not VALUE" about the value at index v. */
static int range_error(const args *a, const char *key, int v, const char *expected)
{
    const char *given = push_given(a->L, v, 1);
    return luaL_error(a->L, "%s: field '%s' must be %s, not %s", a->what, key, expected, given);
}

lua_Integer args_integer(const args *a, const char *key, lua_Integer def, lua_Integer lo,
                         lua_Integer hi)
{
    lua_Integer v = def;
    if (get(a, key) == LUA_TNUMBER) {
        int isint = 0, top = lua_gettop(a->L);
        v = lua_tointegerx(a->L, -1, &isint);
        if (!isint || v < lo || v > hi)
            range_error(a, key, top,
                        lua_pushfstring(a->L, "an integer from %I to %I", (LUAI_UACINT)lo,
                                        (LUAI_UACINT)hi));
    }
    lua_pop(a->L, 1);
    return v;
}

double args_number(const args *a, const char *key, double def, double lo, double hi,
                   const char *noun)
{
    double v = def;
    if (get(a, key) == LUA_TNUMBER) {
        v = (double)lua_tonumber(a->L, -1);
        if (!isfinite(v) || v < lo || v > hi) {
            char expected[160];
            if (isinf(lo) && isinf(hi)) /* any finite number */
                snprintf(expected, sizeof expected, "%s", noun ? noun : "a finite number");
            else
                snprintf(expected, sizeof expected, "%s from %.15g to %.15g",
                         noun ? noun : "a number", lo, hi);
            range_error(a, key, lua_gettop(a->L), expected);
        }
    }
    lua_pop(a->L, 1);
    return v;
}

double args_number_any(const args *a, const char *key, double def)
{
    double v = get(a, key) == LUA_TNUMBER ? (double)lua_tonumber(a->L, -1) : def;
    lua_pop(a->L, 1);
    return v;
}

int args_field_error(const args *a, const char *key, const char *expected)
{
    get(a, key);
    if (lua_type(a->L, -1) == LUA_TSTRING) {
        const char *s = lua_tostring(a->L, -1);
        return luaL_error(a->L, "%s: field '%s' must be %s, not '%s'", a->what, key, expected, s);
    }
    return range_error(a, key, lua_gettop(a->L), expected);
}
