/* styr.tz: UTC epoch seconds <-> local civil time in an IANA time zone. */
#include <stdio.h>

#include <lauxlib.h>
#include <lua.h>

#include "lua/args.h"
#include "lua/modules.h"
#include "time/civil.h"
#include "time/tz.h"

/* Pushes fail and a message for a tz_ return code; returns 2. */
static int push_error(lua_State *L, int rc, const char *zone)
{
    luaL_pushfail(L);
    if (rc == TZ_EZONE)
        lua_pushfstring(L, "unknown time zone '%s'", zone);
    else
        lua_pushstring(L, tz_strerror(rc));
    return 2;
}

/* styr.tz.valid(zone) -> boolean */
static int l_valid(lua_State *L)
{
    lua_pushboolean(L, tz_valid(luaL_checkstring(L, 1)));
    return 1;
}

static void set_int(lua_State *L, const char *name, int value)
{
    lua_pushinteger(L, value);
    lua_setfield(L, -2, name);
}

/* styr.tz.to_local(epoch, zone) -> {year, month, day, hour, min, sec, wday, yday, offset, isdst}
 * | fail, message. wday counts from 0 = Sunday, yday from 1 = 1 January. */
static int l_to_local(lua_State *L)
{
    lua_Integer epoch = luaL_checkinteger(L, 1);
    const char *zone = luaL_checkstring(L, 2);
    tz_civil c;
    int rc = tz_to_local((long long)epoch, zone, &c);
    if (rc != TZ_OK)
        return push_error(L, rc, zone);
    lua_createtable(L, 0, 10);
    set_int(L, "year", c.year);
    set_int(L, "month", c.month);
    set_int(L, "day", c.day);
    set_int(L, "hour", c.hour);
    set_int(L, "min", c.min);
    set_int(L, "sec", c.sec);
    set_int(L, "wday", c.wday);
    set_int(L, "yday", c.yday);
    set_int(L, "offset", c.utc_offset);
    lua_pushboolean(L, c.is_dst);
    lua_setfield(L, -2, "isdst");
    return 1;
}

#define FROM_LOCAL_FORM                                                                            \
    "from_local({ year = integer, month = integer, day = integer, hour = integer?, "               \
    "min = integer?, sec = integer? }, zone)"

/* The fields of from_local's table; to_local's result is accepted as it is, its wday, yday,
 * offset and isdst ignored. */
static const args_field local_fields[] = {
    {"year", ARGS_INTEGER},
    {"month", ARGS_INTEGER},
    {"day", ARGS_INTEGER},
    {"hour", ARGS_INTEGER},
    {"min", ARGS_INTEGER},
    {"sec", ARGS_INTEGER},
    {"wday", ARGS_INTEGER},
    {"yday", ARGS_INTEGER},
    {"offset", ARGS_INTEGER},
    {"isdst", ARGS_BOOLEAN},
    {NULL, 0},
};

/* Reads integer field `name` (def when absent and def >= 0). Values far outside any calendar
 * are clamped to -1, which the C side refuses as out of range. */
static int get_field(const args *a, const char *name, int def)
{
    if (!args_has(a, name) && def < 0)
        luaL_error(a->L, "expected %s: field '%s' is missing", FROM_LOCAL_FORM, name);
    lua_Integer v = args_integer(a, name, def, LUA_MININTEGER, LUA_MAXINTEGER);
    return v < 0 || v > 1000000 ? -1 : (int)v;
}

/* styr.tz.from_local({year, month, day, hour = 0, min = 0, sec = 0}, zone) -> epoch, kind
 * | fail, message. kind is "unique", "gap" (the time does not exist: shifted forward by the
 * gap) or "ambiguous" (it exists twice: the earlier instant). */
static int l_from_local(lua_State *L)
{
    args a;
    args_check_arg(&a, L, 1, 0, "tz.from_local", local_fields, FROM_LOCAL_FORM);
    const char *zone = luaL_checkstring(L, 2);
    tz_civil c = {0};
    c.year = get_field(&a, "year", -1);
    c.month = get_field(&a, "month", -1);
    c.day = get_field(&a, "day", -1);
    c.hour = get_field(&a, "hour", 0);
    c.min = get_field(&a, "min", 0);
    c.sec = get_field(&a, "sec", 0);
    tz_resolved r;
    int rc = tz_resolve(&c, zone, &r);
    if (rc == TZ_ERANGE) {
        char msg[128];
        snprintf(msg, sizeof msg,
                 "%04d-%02d-%02d %02d:%02d:%02d is not a date and time in the "
                 "years 1-9999",
                 c.year, c.month, c.day, c.hour, c.min, c.sec);
        luaL_pushfail(L);
        lua_pushstring(L, msg);
        return 2;
    }
    if (rc != TZ_OK)
        return push_error(L, rc, zone);
    static const char *const kinds[] = {"unique", "gap", "ambiguous"};
    lua_pushinteger(L, (lua_Integer)(r.kind == TZ_GAP ? r.second : r.first));
    lua_pushstring(L, kinds[r.kind]);
    return 2;
}

/* Civil calendar arithmetic (no zone), for the wheel: day numbers count from 1970-01-01. */
static int check_year(lua_State *L, int arg)
{
    lua_Integer y = luaL_checkinteger(L, arg);
    luaL_argcheck(L, y >= TZ_YEAR_MIN && y <= TZ_YEAR_MAX, arg, "a year from 1 to 9999");
    return (int)y;
}

/* styr.tz.days_in_month(year, month) -> 28..31 */
static int l_days_in_month(lua_State *L)
{
    int y = check_year(L, 1);
    lua_Integer m = luaL_checkinteger(L, 2);
    luaL_argcheck(L, m >= 1 && m <= 12, 2, "a month from 1 to 12");
    lua_pushinteger(L, civil_days_in_month(y, (int)m));
    return 1;
}

/* styr.tz.day_number(year, month, day) -> days since 1970-01-01 */
static int l_day_number(lua_State *L)
{
    int y = check_year(L, 1);
    lua_Integer m = luaL_checkinteger(L, 2), d = luaL_checkinteger(L, 3);
    luaL_argcheck(L, m >= 1 && m <= 12, 2, "a month from 1 to 12");
    luaL_argcheck(L, d >= 1 && d <= civil_days_in_month(y, (int)m), 3, "a day of that month");
    lua_pushinteger(L, (lua_Integer)civil_to_days(y, (int)m, (int)d));
    return 1;
}

/* styr.tz.civil(day_number) -> year, month, day */
static int l_civil(lua_State *L)
{
    int y, m, d;
    civil_from_days((long long)luaL_checkinteger(L, 1), &y, &m, &d);
    lua_pushinteger(L, y);
    lua_pushinteger(L, m);
    lua_pushinteger(L, d);
    return 3;
}

/* styr.tz.weekday(day_number) -> 0 (Sunday) .. 6 */
static int l_weekday(lua_State *L)
{
    lua_pushinteger(L, civil_weekday((long long)luaL_checkinteger(L, 1)));
    return 1;
}

static const luaL_Reg tz_functions[] = {
    {"days_in_month", l_days_in_month},
    {"day_number", l_day_number},
    {"civil", l_civil},
    {"weekday", l_weekday},
    {"valid", l_valid},
    {"to_local", l_to_local},
    {"from_local", l_from_local},
    {NULL, NULL},
};

int luaopen_styr_tz(lua_State *L)
{
    luaL_newlib(L, tz_functions);
    return 1;
}
