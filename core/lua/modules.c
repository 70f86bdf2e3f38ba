/* Registry of styr's modules, used by the binary's engine require and by the styr_core Lua C
 * module that the busted specs load. */
#include "lua/modules.h"

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

#include "embedded.h"

static const luaL_Reg c_modules[] = {
    {"styr.store", luaopen_styr_store},
    {"styr.output", luaopen_styr_output},
    {"styr.config", luaopen_styr_config},
    {"styr.console", luaopen_styr_console},
    {"styr.graph", luaopen_styr_graph},
    {"styr.http", luaopen_styr_http},
    {"styr.tz", luaopen_styr_tz},
    {"styr.cron", luaopen_styr_cron},
    {"styr.clock", luaopen_styr_clock},
    {"styr.period", luaopen_styr_period},
    {"styr.sched", luaopen_styr_sched},
    {"styr.json", luaopen_styr_json},
    {"styr.jsonstat", luaopen_styr_jsonstat},
    {"styr.xlsx", luaopen_styr_xlsx},
    {"styr.markdown", luaopen_styr_markdown},
    {"styr.serve", luaopen_styr_serve},
    {NULL, NULL},
};

static const char KEY_LUA_DIR = 'd';

void modules_init(lua_State *L, const char *lua_dir)
{
    if (lua_dir)
        lua_pushstring(L, lua_dir);
    else
        lua_pushnil(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &KEY_LUA_DIR);
}

static const embedded_script *find_script(const char *name)
{
    if (strncmp(name, "styr.", 5) != 0)
        return NULL;
    for (const embedded_script *e = styr_scripts; e->name; e++)
        if (strcmp(e->name, name + 5) == 0)
            return e;
    return NULL;
}

/* Leaves exactly one value (the loader, or the message) above `top`. */
static int leave_one(lua_State *L, int top, int rc)
{
    lua_replace(L, top + 1);
    lua_settop(L, top + 1);
    return rc;
}

int modules_push_loader(lua_State *L, const char *name)
{
    int top = lua_gettop(L);
    for (const luaL_Reg *m = c_modules; m->name; m++) {
        if (strcmp(m->name, name) == 0) {
            lua_pushcfunction(L, m->func);
            return 0;
        }
    }
    const embedded_script *e = find_script(name);
    if (e == NULL) {
        lua_pushfstring(L, "no engine module named '%s'", name);
        return -1;
    }
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_LUA_DIR);
    const char *dir = lua_tostring(L, -1);
    int rc;
    if (dir) {
        /* Developing: read DIR/FOLDER/NAME.lua from --lua-dir (plugins live beside the scripts
         * folder: DIR/../plugins/NAME.lua); "=" keeps engine chunks apart from configuration
         * chunks ("@"), which styr.config.where relies on. */
        const char *path = lua_pushfstring(L, "%s/%s.lua", dir, e->path);
        FILE *f = fopen(path, "rb");
        if (f == NULL) {
            lua_pushfstring(L, "cannot open %s", path);
            return leave_one(L, top, -1);
        }
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        char chunk[4096];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
            luaL_addlstring(&b, chunk, n);
        fclose(f);
        luaL_pushresult(&b);
        size_t len;
        const char *src = lua_tolstring(L, -1, &len);
        const char *chunkname = lua_pushfstring(L, "=%s", path);
        rc = luaL_loadbufferx(L, src, len, chunkname, "t");
    } else {
        char chunkname[128];
        snprintf(chunkname, sizeof chunkname, "=[styr]/%s.lua", e->path);
        rc = luaL_loadbufferx(L, (const char *)e->data, e->len, chunkname, "t");
    }
    return leave_one(L, top, rc == LUA_OK ? 0 : -1);
}

static int preload_loader(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    if (modules_push_loader(L, name) != 0)
        return lua_error(L);
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    return 1;
}

void modules_fill_preload(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    for (const luaL_Reg *m = c_modules; m->name; m++) {
        lua_pushcfunction(L, preload_loader);
        lua_setfield(L, idx, m->name);
    }
    for (const embedded_script *e = styr_scripts; e->name; e++) {
        lua_pushcfunction(L, preload_loader);
        lua_pushfstring(L, "styr.%s", e->name);
        lua_insert(L, -2);
        lua_settable(L, idx);
    }
}
