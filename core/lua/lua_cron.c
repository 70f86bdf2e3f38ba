/* styr.cron: cron expressions, and their fire times in a zone's local time. */
#include <stdint.h>

#include <lauxlib.h>
#include <lua.h>

#include "time/cron.h"
#include "lua/modules.h"

#define OCCURRENCES_DEFAULT_MAX 10000

/* Parses the expression at index 1. Returns 1, or pushes fail and the message and returns 0. */
static int check_expr(lua_State *L, cron_expr *c)
{
    const char *expr = luaL_checkstring(L, 1);
    char err[256];
    if (cron_parse(expr, c, err, sizeof err) == 0)
        return 1;
    luaL_pushfail(L);
    lua_pushfstring(L, "cron expression '%s': %s", expr, err);
    return 0;
}

/* Pushes fail and a message for a CRON_ return code; returns 2. */
static int push_error(lua_State *L, int rc, const char *zone)
{
    luaL_pushfail(L);
    if (rc == CRON_EZONE)
        lua_pushfstring(L, "unknown time zone '%s'", zone);
    else if (rc == CRON_NEVER)
        lua_pushfstring(L, "cron expression '%s' never fires", lua_tostring(L, 1));
    else
        lua_pushstring(L, cron_strerror(rc));
    return 2;
}

/* styr.cron.parse(expr) -> true | fail, message */
static int l_parse(lua_State *L)
{
    cron_expr c;
    if (!check_expr(L, &c))
        return 2;
    lua_pushboolean(L, 1);
    return 1;
}

/* Pushes the values whose bits are set in bits[lo..hi], as a sequence. */
static void push_values(lua_State *L, uint64_t bits, int lo, int hi)
{
    lua_newtable(L);
    lua_Integer n = 0;
    for (int v = lo; v <= hi; v++) {
        if (bits >> v & 1) {
            lua_pushinteger(L, v);
            lua_rawseti(L, -2, ++n);
        }
    }
}

/* styr.cron.fields(expr) -> {minute = {...}, hour = {...}, dom = {...}, month = {...},
 * dow = {...}, dom_any = boolean, dow_any = boolean, hour_any = boolean} | fail, message.
 * The lists hold the allowed values in order (dow: 0 = Sunday .. 6); an *_any flag is true when
 * the field was written starting with '*', which decides how the day fields combine. For
 * exporters that translate a schedule into another notation (iCalendar RRULE). */
static int l_fields(lua_State *L)
{
    cron_expr c;
    if (!check_expr(L, &c))
        return 2;
    lua_createtable(L, 0, 8);
    push_values(L, c.minutes, 0, 59);
    lua_setfield(L, -2, "minute");
    push_values(L, c.hours, 0, 23);
    lua_setfield(L, -2, "hour");
    push_values(L, c.days, 1, 31);
    lua_setfield(L, -2, "dom");
    push_values(L, c.months, 1, 12);
    lua_setfield(L, -2, "month");
    push_values(L, c.weekdays, 0, 6);
    lua_setfield(L, -2, "dow");
    lua_pushboolean(L, (c.flags & CRON_DOM_STAR) != 0);
    lua_setfield(L, -2, "dom_any");
    lua_pushboolean(L, (c.flags & CRON_DOW_STAR) != 0);
    lua_setfield(L, -2, "dow_any");
    lua_pushboolean(L, (c.flags & CRON_HOUR_STAR) != 0);
    lua_setfield(L, -2, "hour_any");
    return 1;
}

/* styr.cron.next(expr, after, zone) -> the first fire time after `after` | fail, message */
static int l_next(lua_State *L)
{
    lua_Integer after = luaL_checkinteger(L, 2);
    const char *zone = luaL_checkstring(L, 3);
    cron_expr c;
    if (!check_expr(L, &c))
        return 2;
    long long next;
    int rc = cron_next(&c, (long long)after, zone, &next);
    if (rc != CRON_OK)
        return push_error(L, rc, zone);
    lua_pushinteger(L, (lua_Integer)next);
    return 1;
}

/* State of occurrences' walk; the result table is on top of the stack. */
typedef struct collect {
    lua_State *L;
    lua_Integer n, max;
    int truncated;
} collect;

/* Appends one fire time; stops the walk on the one past max. lua_rawseti may raise a memory
 * error through cron_each, which holds no resources (its state is on the C stack). */
static int add_time(long long when, void *ud)
{
    collect *col = ud;
    if (col->n == col->max) {
        col->truncated = 1;
        return 1;
    }
    lua_pushinteger(col->L, (lua_Integer)when);
    lua_rawseti(col->L, -2, ++col->n);
    return 0;
}

/* styr.cron.occurrences(expr, from, to, zone [, max]) -> {fire times in [from, to)}, truncated
 * | fail, message. At most max (default 10000) times; truncated is true when more exist. */
static int l_occurrences(lua_State *L)
{
    lua_Integer from = luaL_checkinteger(L, 2);
    lua_Integer to = luaL_checkinteger(L, 3);
    const char *zone = luaL_checkstring(L, 4);
    lua_Integer max = luaL_optinteger(L, 5, OCCURRENCES_DEFAULT_MAX);
    luaL_argcheck(L, max >= 0, 5, "max must not be negative");
    cron_expr c;
    if (!check_expr(L, &c))
        return 2;
    lua_newtable(L); /* stack: expr, from, to, zone, [max,] list */
    collect col = {L, 0, max, 0};
    int rc = cron_each(&c, (long long)from, (long long)to, zone, add_time, &col);
    if (rc != CRON_OK)
        return push_error(L, rc, zone);
    lua_pushboolean(L, col.truncated);
    return 2;
}

static const luaL_Reg cron_functions[] = {
    {"parse", l_parse}, {"fields", l_fields}, {"next", l_next}, {"occurrences", l_occurrences},
    {NULL, NULL},
};

int luaopen_styr_cron(lua_State *L)
{
    luaL_newlib(L, cron_functions);
    return 1;
}
