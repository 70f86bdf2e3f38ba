/* styr.period: the periods of core/time/period.c for Lua.
 *
 * Periods are plain strings in their canonical notation ("2019", "2019H1", "2019T2", "2019Q3",
 * "2019-05", "2019W12"): they compare with ==, serve as table keys and go into the store and
 * reports as they are. Every function that takes a period also takes an integer year (2019) and
 * the table period.parse returns ({ kind = "quarter", year = 2019, index = 3 }); every function
 * that returns a period returns the string. Kinds are named "year", "half_year", "tertial",
 * "quarter", "month", "week", as in the configuration language and the store ("half", the
 * half-year's former name here, is still accepted).
 *
 * Errors: text that comes from data (period.parse, period.from_foreign, the date of
 * period.of_date) gives fail plus a message; so does a step out of the years 1-9999. A bad
 * period, kind or rule passed to any other function is a mistake in the script and raises an
 * error naming the argument. */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "lua/args.h"
#include "lua/modules.h"
#include "time/period.h"

#define PERIOD_FORM                                                                                \
    "a period (\"2019\", \"2019H1\", \"2019T2\", \"2019Q3\", \"2019-05\", \"2019W12\", a "         \
    "year as an integer, or { kind = string, year = integer, index = integer })"

#define SERIES_FORM "expected a series { { period = \"2019Q1\", value = number | nil }, … }"

static const args_field period_fields[] = {
    {"kind", ARGS_STRING},
    {"year", ARGS_INTEGER},
    {"index", ARGS_INTEGER}, /* may be left out for a year */
    {NULL, 0},
};

/* An entry of period.aggregate's series; the binding checks the values itself. */
static const args_field entry_fields[] = {
    {"period", ARGS_ANY},
    {"value", ARGS_ANY},
    {NULL, 0},
};

/* Reads integer field `name` of the table at idx into *out; 0 when it is absent or not an
 * integer that fits an int. */
static int int_field(lua_State *L, int idx, const char *name, int *out)
{
    int isint;
    lua_getfield(L, idx, name);
    lua_Integer v = lua_tointegerx(L, -1, &isint);
    lua_pop(L, 1);
    if (!isint || v < -1000000 || v > 1000000)
        return 0;
    *out = (int)v;
    return 1;
}

/* Reads the period at idx into *p: a string in canonical notation, an integer year, or a table
 * { kind, year, index } (index may be left out for a year). Returns 1, or 0 with a message
 * pushed. */
static int to_period(lua_State *L, int idx, period *p)
{
    idx = lua_absindex(L, idx);
    char err[PERIOD_ERR_SIZE];
    switch (lua_type(L, idx)) {
    case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, idx, &len);
        if (period_parse(s, len, p, err, sizeof err) == PERIOD_OK)
            return 1;
        lua_pushstring(L, err);
        return 0;
    }
    case LUA_TNUMBER: {
        int isint;
        lua_Integer y = lua_tointegerx(L, idx, &isint);
        p->kind = PERIOD_YEAR;
        p->year = isint && y >= PERIOD_YEAR_MIN && y <= PERIOD_YEAR_MAX ? (int)y : 0;
        p->index = 1;
        if (period_valid(*p))
            return 1;
        lua_pushvalue(L, idx); /* a copy, so that a key of lua_next is never converted */
        lua_pushfstring(L, "%s is not a year 1-9999", lua_tostring(L, -1));
        lua_remove(L, -2);
        return 0;
    }
    case LUA_TTABLE: {
        if (args_problem(L, idx, period_fields) != NULL) {
            lua_pushfstring(L, "{ kind, year, index }: %s", lua_tostring(L, -1));
            lua_remove(L, -2);
            return 0;
        }
        int ok = lua_getfield(L, idx, "kind") == LUA_TSTRING &&
            period_kind_from_name(lua_tostring(L, -1), &p->kind) == PERIOD_OK;
        lua_pop(L, 1);
        if (!ok) {
            lua_pushstring(L,
                           "{ kind = … }: kind must be \"year\", \"half_year\", \"tertial\", "
                           "\"quarter\", \"month\" or \"week\"");
            return 0;
        }
        p->index = 1;
        lua_getfield(L, idx, "index");
        int has_index = !lua_isnil(L, -1);
        lua_pop(L, 1);
        if (!int_field(L, idx, "year", &p->year) ||
            ((has_index || p->kind != PERIOD_YEAR) && !int_field(L, idx, "index", &p->index))) {
            lua_pushstring(L, "{ kind, year, index }: year and index must be integers");
            return 0;
        }
        if (period_valid(*p))
            return 1;
        int count = period_count(p->kind, p->year);
        if (count == 0)
            lua_pushfstring(L, "{ kind = \"%s\", year = %d }: the year is out of range 1-9999",
                            period_kind_name(p->kind), p->year);
        else
            lua_pushfstring(L,
                            "{ kind = \"%s\", year = %d, index = %d }: index is out of range "
                            "1-%d",
                            period_kind_name(p->kind), p->year, p->index, count);
        return 0;
    }
    default:
        lua_pushfstring(L, "expected %s, got %s", PERIOD_FORM, luaL_typename(L, idx));
        return 0;
    }
}

/* Like to_period for argument arg, raising an argument error when it is not a period. */
static period check_period(lua_State *L, int arg)
{
    period p;
    if (!to_period(L, arg, &p))
        luaL_argerror(L, arg, lua_tostring(L, -1));
    return p;
}

static period_kind check_kind(lua_State *L, int arg)
{
    const char *name = luaL_checkstring(L, arg);
    period_kind k;
    if (period_kind_from_name(name, &k) != PERIOD_OK)
        luaL_argerror(
            L, arg,
            lua_pushfstring(L,
                            "unknown period kind '%s' (expected year, half_year, tertial, "
                            "quarter, month or week)",
                            name));
    return k;
}

static void push_period(lua_State *L, period p)
{
    char buf[PERIOD_TEXT_SIZE];
    period_format(p, buf, sizeof buf);
    lua_pushstring(L, buf);
}

static void push_date(lua_State *L, period_date d)
{
    char buf[PERIOD_TEXT_SIZE];
    period_format_date(d, buf, sizeof buf);
    lua_pushstring(L, buf);
}

/* styr.period.parse(s) -> { kind = string, year = integer, index = integer } | fail, message */
static int l_parse(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    char err[PERIOD_ERR_SIZE];
    period p;
    if (period_parse(s, len, &p, err, sizeof err) != PERIOD_OK) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_createtable(L, 0, 3);
    lua_pushstring(L, period_kind_name(p.kind));
    lua_setfield(L, -2, "kind");
    lua_pushinteger(L, p.year);
    lua_setfield(L, -2, "year");
    lua_pushinteger(L, p.index);
    lua_setfield(L, -2, "index");
    return 1;
}

/* styr.period.from_foreign(s) -> canonical string | fail, message. "2019M05" -> "2019-05",
 * "2019K3" -> "2019Q3", "2019V12" / "2019U12" / "2019-W12" -> "2019W12"; canonical text too. */
static int l_from_foreign(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    char err[PERIOD_ERR_SIZE];
    period p;
    if (period_from_foreign(s, len, &p, err, sizeof err) != PERIOD_OK) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    push_period(L, p);
    return 1;
}

/* styr.period.format(p) -> canonical string */
static int l_format(lua_State *L)
{
    push_period(L, check_period(L, 1));
    return 1;
}

/* styr.period.kind(p) -> kind name */
static int l_kind(lua_State *L)
{
    lua_pushstring(L, period_kind_name(check_period(L, 1).kind));
    return 1;
}

/* styr.period.compare(a, b) -> -1 | 0 | 1 (order across kinds: first day, then longer first) */
static int l_compare(lua_State *L)
{
    period a = check_period(L, 1), b = check_period(L, 2);
    lua_pushinteger(L, period_compare(a, b));
    return 1;
}

/* styr.period.step(p, n) -> string | fail, message */
static int l_step(lua_State *L)
{
    period p = check_period(L, 1), r;
    lua_Integer n = luaL_checkinteger(L, 2);
    if (period_step(p, (long long)n, &r) != PERIOD_OK) {
        char buf[PERIOD_TEXT_SIZE];
        period_format(p, buf, sizeof buf);
        luaL_pushfail(L);
        lua_pushfstring(L, "%s stepped by %I leaves the years 1-9999", buf, n);
        return 2;
    }
    push_period(L, r);
    return 1;
}

/* styr.period.first_day(p) -> "YYYY-MM-DD" */
static int l_first_day(lua_State *L)
{
    period_date d;
    period_first_day(check_period(L, 1), &d);
    push_date(L, d);
    return 1;
}

/* styr.period.last_day(p) -> "YYYY-MM-DD" */
static int l_last_day(lua_State *L)
{
    period_date d;
    period_last_day(check_period(L, 1), &d);
    push_date(L, d);
    return 1;
}

/* styr.period.contains(outer, inner) -> boolean */
static int l_contains(lua_State *L)
{
    period outer = check_period(L, 1), inner = check_period(L, 2);
    lua_pushboolean(L, period_contains(outer, inner));
    return 1;
}

/* styr.period.divides(fine_kind, coarse_kind) -> boolean */
static int l_divides(lua_State *L)
{
    period_kind fine = check_kind(L, 1), coarse = check_kind(L, 2);
    lua_pushboolean(L, period_divides(fine, coarse));
    return 1;
}

static const char *plural(period_kind k)
{
    static const char *const names[PERIOD_KINDS] = {"years",    "half-years", "tertials",
                                                    "quarters", "months",     "weeks"};
    return names[k];
}

/* styr.period.children(p, kind) -> { string, … }: the periods of the kind p holds, in order. */
static int l_children(lua_State *L)
{
    period p = check_period(L, 1);
    period_kind kind = check_kind(L, 2);
    period ch[PERIOD_CHILDREN_MAX];
    int n = period_children(p, kind, ch, PERIOD_CHILDREN_MAX);
    if (n < 0)
        return luaL_argerror(
            L, 2, lua_pushfstring(L, "%s do not divide %s", plural(kind), plural(p.kind)));
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        push_period(L, ch[i]);
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

/* styr.period.of_date("YYYY-MM-DD", kind) -> string | fail, message */
static int l_of_date(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    period_kind kind = check_kind(L, 2);
    char err[PERIOD_ERR_SIZE];
    period_date d;
    period p;
    if (period_parse_date(s, len, &d, err, sizeof err) != PERIOD_OK) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    if (period_of_date(d, kind, &p) != PERIOD_OK) {
        luaL_pushfail(L);
        lua_pushfstring(L, "%s falls in an ISO week of the year 10000", s);
        return 2;
    }
    push_period(L, p);
    return 1;
}

/* styr.period.iso_weeks(year) -> 52 | 53 */
static int l_iso_weeks(lua_State *L)
{
    lua_Integer y = luaL_checkinteger(L, 1);
    luaL_argcheck(L, y >= PERIOD_YEAR_MIN && y <= PERIOD_YEAR_MAX, 1, "year out of range 1-9999");
    lua_pushinteger(L, period_iso_weeks((int)y));
    return 1;
}

/* Compares weights by period, for sorting and searching the weights table. */
static int compare_weights(const void *a, const void *b)
{
    const period_value *x = a, *y = b;
    return period_compare(x->period, y->period);
}

/* Reads the weights table at idx (period -> number) into a sorted array in a new userdata, which
 * is left on the stack (the garbage collector owns it). Returns the array and its length. */
static period_value *read_weights(lua_State *L, int idx, size_t *count)
{
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: …, key, value */
        n++;
        lua_pop(L, 1);
    }
    period_value *w = lua_newuserdatauv(L, (n ? n : 1) * sizeof *w, 0);
    size_t i = 0;
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: …, w, key, value */
        period_value *v = &w[i++];
        memset(v, 0, sizeof *v);
        if (!to_period(L, -2, &v->period))
            luaL_error(L, "weights: %s", lua_tostring(L, -1));
        if (lua_type(L, -1) != LUA_TNUMBER) {
            const char *type = luaL_typename(L, -1);
            char buf[PERIOD_TEXT_SIZE];
            period_format(v->period, buf, sizeof buf);
            luaL_error(L, "weights[\"%s\"]: expected a number, got %s", buf, type);
        }
        v->present = 1;
        v->value = lua_tonumber(L, -1);
        lua_pop(L, 1);
    }
    qsort(w, n, sizeof *w, compare_weights);
    for (size_t j = 1; j < n; j++) {
        if (period_compare(w[j - 1].period, w[j].period) == 0) {
            char buf[PERIOD_TEXT_SIZE];
            period_format(w[j].period, buf, sizeof buf);
            luaL_error(L, "weights: %s is given twice", buf);
        }
    }
    *count = n;
    return w;
}

/* styr.period.aggregate(series, kind, rule [, weights]) -> { { period =, value =, reason =,
 * count =, expected = }, … }. series is a list of { period = p, value = number | nil }; rule is
 * "sum", "mean", "last", "max", "min" or "weighted_mean", which needs weights = { [p] = number }
 * (period.h has the rules on missing inputs). A result has a value, or no value and a reason. */
static int l_aggregate(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    period_kind kind = check_kind(L, 2);
    const char *rule_name = luaL_checkstring(L, 3);
    period_rule rule;
    if (period_rule_from_name(rule_name, &rule) != PERIOD_OK)
        return luaL_argerror(L, 3,
                             lua_pushfstring(L,
                                             "unknown rule '%s' (expected sum, mean, last, "
                                             "max, min or weighted_mean)",
                                             rule_name));
    size_t nw = 0;
    period_value *weights = NULL;
    if (rule == PERIOD_WEIGHTED_MEAN) {
        luaL_argexpected(L, lua_type(L, 4) == LUA_TTABLE, 4, "table of weights");
        weights = read_weights(L, 4, &nw); /* stack: series, kind, rule, weights, w */
    } else if (!lua_isnoneornil(L, 4)) {
        return luaL_argerror(L, 4, "weights are only used by the rule 'weighted_mean'");
    }

    size_t n = (size_t)lua_rawlen(L, 1);
    if (n > (size_t)1 << 24)
        return luaL_error(L, "series of %I observations is too long", (lua_Integer)n);
    period_value *in = lua_newuserdatauv(L, (n ? n : 1) * sizeof *in, 0);
    period_result *out = lua_newuserdatauv(L, (n ? n : 1) * sizeof *out, 0);
    for (size_t i = 0; i < n; i++) {
        period_value *v = &in[i];
        memset(v, 0, sizeof *v);
        if (lua_rawgeti(L, 1, (lua_Integer)i + 1) != LUA_TTABLE) /* stack: …, entry */
            return luaL_error(L, SERIES_FORM ": series[%I] is %s", (lua_Integer)i + 1,
                              luaL_typename(L, -1));
        if (args_problem(L, -1, entry_fields) != NULL)
            return luaL_error(L, "period.aggregate series[%I]: %s", (lua_Integer)i + 1,
                              lua_tostring(L, -1));
        lua_getfield(L, -1, "period"); /* stack: …, entry, period */
        if (!to_period(L, -1, &v->period))
            return luaL_error(L, "series[%I].period: %s", (lua_Integer)i + 1, lua_tostring(L, -1));
        int type = lua_getfield(L, -2, "value"); /* stack: …, entry, period, value */
        if (type == LUA_TNUMBER) {
            v->present = 1;
            v->value = lua_tonumber(L, -1);
        } else if (type != LUA_TNIL) {
            return luaL_error(L, "series[%I].value: expected a number or nil, got %s",
                              (lua_Integer)i + 1, luaL_typename(L, -1));
        }
        lua_pop(L, 3);
        if (weights != NULL) {
            period_value *w = bsearch(v, weights, nw, sizeof *weights, compare_weights);
            if (w != NULL) {
                v->has_weight = 1;
                v->weight = w->value;
            }
        }
    }
    char err[PERIOD_ERR_SIZE];
    size_t n_out;
    if (period_aggregate(in, n, kind, rule, out, &n_out, err, sizeof err) != PERIOD_OK)
        return luaL_error(L, "aggregate: %s", err);

    lua_createtable(L, (int)n_out, 0);
    for (size_t i = 0; i < n_out; i++) {
        const period_result *r = &out[i];
        lua_createtable(L, 0, 4);
        push_period(L, r->period);
        lua_setfield(L, -2, "period");
        if (r->present) {
            lua_pushnumber(L, r->value);
            lua_setfield(L, -2, "value");
        } else {
            lua_pushstring(L, r->reason);
            lua_setfield(L, -2, "reason");
        }
        lua_pushinteger(L, r->count);
        lua_setfield(L, -2, "count");
        lua_pushinteger(L, r->expected);
        lua_setfield(L, -2, "expected");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

static const luaL_Reg period_functions[] = {
    {"parse", l_parse},         {"from_foreign", l_from_foreign}, {"format", l_format},
    {"kind", l_kind},           {"compare", l_compare},           {"step", l_step},
    {"first_day", l_first_day}, {"last_day", l_last_day},         {"contains", l_contains},
    {"divides", l_divides},     {"children", l_children},         {"of_date", l_of_date},
    {"iso_weeks", l_iso_weeks}, {"aggregate", l_aggregate},       {NULL, NULL},
};

int luaopen_styr_period(lua_State *L)
{
    luaL_newlib(L, period_functions);
    return 1;
}
