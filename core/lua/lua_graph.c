/* styr.graph: organisation charts, DOT text laid out and rendered by Graphviz. */
#include <stdlib.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/graph.h"
#include "lua/modules.h"

#define BUFFER_MT "styr.graph.Buffer"

/* __gc of the box that owns graph_render's buffer until its text is a Lua string, so that a
 * memory error while pushing the string cannot leak the buffer. */
static int l_buffer_gc(lua_State *L)
{
    char **box = luaL_checkudata(L, 1, BUFFER_MT);
    free(*box);
    *box = NULL;
    return 0;
}

/* styr.graph.render(dot [, "svg" | "dot"]) -> text | fail, message
 * The format defaults to svg; "dot" returns the DOT text with the computed layout. A DOT syntax
 * error returns fail and Graphviz's message. */
static int l_render(lua_State *L)
{
    static const char *const formats[] = {"svg", "dot", NULL};
    size_t len = 0, outlen = 0;
    const char *dot = luaL_checklstring(L, 1, &len);
    const char *format = formats[luaL_checkoption(L, 2, "svg", formats)];
    char **box = lua_newuserdatauv(L, sizeof *box, 0); /* stack: dot, [format,] box */
    *box = NULL;
    luaL_setmetatable(L, BUFFER_MT);
    char err[1536];
    if (graph_render(dot, len, format, box, &outlen, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushlstring(L, *box, outlen);
    free(*box);
    *box = NULL;
    return 1;
}

static const luaL_Reg functions[] = {
    {"render", l_render},
    {NULL, NULL},
};

int luaopen_styr_graph(lua_State *L)
{
    if (luaL_newmetatable(L, BUFFER_MT)) {
        lua_pushcfunction(L, l_buffer_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    return 1;
}
